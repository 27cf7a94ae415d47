"""`distillwatch gateway`: serve the inline gateway; `distillwatch gateway add-key`: issue a
client key (only its SHA-256 digest is stored)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="OpenAI-compatible inline gateway that detects and contains distillation live.",
    no_args_is_help=False,
    add_completion=False,
)

UPSTREAM_KEY_ENV = "DISTILLWATCH_UPSTREAM_API_KEY"
ADMIN_TOKEN_ENV = "DISTILLWATCH_ADMIN_TOKEN"


def _secret(env: str, file: Path | None) -> str | None:
    if file is not None:
        try:
            return file.read_text().strip() or None
        except OSError as e:
            raise typer.BadParameter(f"{file}: {e.strerror}") from None
    return os.environ.get(env) or None


@app.callback(invoke_without_command=True)
def gateway(
    ctx: typer.Context,
    upstream: Annotated[
        str | None,
        typer.Option(
            "--upstream",
            help="Base URL of the OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1",
        ),
    ] = None,
    keys: Annotated[
        Path | None, typer.Option("--keys", help="Keys file (JSON Lines of hashed client keys).")
    ] = None,
    policy: Annotated[
        Path | None, typer.Option("--policy", help="Policy file (TOML); defaults when omitted.")
    ] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8080,
    state: Annotated[
        str, typer.Option("--state", help="'memory' or redis://host:port/db[?prefix=dw:]")
    ] = "memory",
    log_dir: Annotated[
        Path | None,
        typer.Option("--log-dir", help="Write contract exchange logs and the decision log here."),
    ] = None,
    verdicts: Annotated[
        Path | None,
        typer.Option("--verdicts", help="A scan's --out directory to enforce (hot-reloaded)."),
    ] = None,
    upstream_key_file: Annotated[
        Path | None,
        typer.Option(
            "--upstream-key-file",
            help=f"File with the upstream API key (else ${UPSTREAM_KEY_ENV}).",
        ),
    ] = None,
    upstream_transport: Annotated[
        str,
        typer.Option(
            "--upstream-transport",
            help="fast (asyncio + httptools) or httpcore (httpx's default transport).",
        ),
    ] = "fast",
    admin_token_file: Annotated[
        Path | None,
        typer.Option(
            "--admin-token-file",
            help=f"File with the /admin bearer token (else ${ADMIN_TOKEN_ENV}); no token, no admin.",
        ),
    ] = None,
) -> None:
    """Serve /v1/chat/completions, /v1/completions, /v1/responses and /v1/models.

    Run several processes with the same --state redis://... to share live state.
    """
    if ctx.invoked_subcommand is not None:
        return
    if upstream is None or keys is None:
        raise typer.BadParameter("--upstream and --keys are required to serve")
    if upstream_transport not in ("fast", "httpcore"):
        raise typer.BadParameter("--upstream-transport must be 'fast' or 'httpcore'")
    import logging

    import uvicorn

    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.gateway.app import build_gateway, create_app
    from distillwatch.gateway.settings import GatewaySettings

    settings = GatewaySettings(
        upstream=upstream,
        keys=keys,
        policy=policy,
        state=state,
        log_dir=log_dir,
        verdicts=verdicts,
        upstream_key=_secret(UPSTREAM_KEY_ENV, upstream_key_file),
        admin_token=_secret(ADMIN_TOKEN_ENV, admin_token_file),
        upstream_transport=upstream_transport,
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from distillwatch.detect.live import LiveDetector
    from distillwatch.respond.policy import load_policy

    try:
        pol = load_policy(policy)
    except DistillwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    try:
        detector = LiveDetector()
    except Exception as e:  # a missing or incompatible trained model: say so, no traceback
        typer.echo(f"error: the signals extractor could not be loaded: {e}", err=True)
        raise typer.Exit(2) from None
    try:
        gw = build_gateway(settings, policy=pol, detector=detector)
    except DistillwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    uvicorn.run(
        create_app(gw, settings),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,  # client facts come from the policy's [trust] headers
    )


@app.command("add-key")
def add_key_cmd(
    keys: Annotated[Path, typer.Option("--keys", help="Keys file to append to.")],
    account: Annotated[str, typer.Option("--account", help="Account id the key bills to.")],
    key_id: Annotated[str | None, typer.Option("--key-id")] = None,
    org: Annotated[str | None, typer.Option("--org")] = None,
    tier: Annotated[str | None, typer.Option("--tier")] = None,
    signup_channel: Annotated[str | None, typer.Option("--signup-channel")] = None,
    email_domain: Annotated[str | None, typer.Option("--email-domain")] = None,
    verified: Annotated[bool | None, typer.Option("--verified/--unverified")] = None,
) -> None:
    """Create a client key for an account; prints the key once (it is stored hashed)."""
    from distillwatch.contract.exchange import AccountInfo
    from distillwatch.gateway.keys import add_key

    info = AccountInfo(
        tier=tier, signup_channel=signup_channel, email_domain=email_domain, verified=verified
    )
    has_info = any(v is not None for v in (tier, signup_channel, email_domain, verified))
    key, entry = add_key(keys, account, key_id, org, info if has_info else None)
    typer.echo(key)
    typer.echo(f"key_id={entry.key_id} account_id={entry.account_id}", err=True)

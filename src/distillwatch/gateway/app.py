"""The ASGI application: OpenAI routes in front of the upstream, plus /metrics, /healthz and
the separately authenticated /admin lookup."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from distillwatch.detect.live import LiveDetector
from distillwatch.gateway import errors
from distillwatch.gateway.keys import KeyBook
from distillwatch.gateway.logs import DecisionLog, RotatingExchangeLog
from distillwatch.gateway.proxy import Gateway, bearer
from distillwatch.gateway.settings import GatewaySettings
from distillwatch.gateway.state.base import StateError, open_store
from distillwatch.gateway.verdicts import BatchVerdicts
from distillwatch.respond.policy import Policy, load_policy

log = logging.getLogger("distillwatch.gateway")


def build_gateway(
    settings: GatewaySettings,
    policy: Policy | None = None,
    detector: LiveDetector | None = None,
) -> Gateway:
    pol = policy if policy is not None else load_policy(settings.policy)
    verdicts = BatchVerdicts(settings.verdicts)
    verdicts.reload_if_changed()
    ex_log = dec_log = None
    if settings.log_dir is not None:
        ex_log = RotatingExchangeLog(
            settings.log_dir / "exchanges", pol.logs.rotate_bytes, pol.logs.rotate_seconds
        )
        dec_log = DecisionLog(settings.log_dir / "decisions.jsonl")
    return Gateway(
        policy=pol,
        keys=KeyBook(settings.keys),
        store=open_store(settings.state),
        detector=detector if detector is not None else LiveDetector(),
        verdicts=verdicts,
        upstream=settings.upstream,
        upstream_key=settings.upstream_key,
        exchange_log=ex_log,
        decision_log=dec_log,
        transport=settings.upstream_transport,
    )


def create_app(gw: Gateway, settings: GatewaySettings) -> Starlette:
    async def maintain() -> None:
        while True:
            await asyncio.sleep(settings.reload_interval_s)
            try:
                gw.keys.reload_if_changed()
                if gw.verdicts.reload_if_changed():
                    gw.metrics.batch_accounts.set(len(gw.verdicts.accounts))
                gw.flush()
            except Exception:  # a bad reload keeps the last good tables
                log.exception("reload failed")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gw.start()
        gw.metrics.batch_accounts.set(len(gw.verdicts.accounts))
        task = asyncio.create_task(maintain())
        try:
            yield
        finally:
            task.cancel()
            await gw.stop()

    def route(endpoint: str) -> Any:
        async def handler(request: Request) -> Response:
            try:
                return await gw.handle(request, endpoint)
            except Exception:  # a gateway bug still answers in the API's own error shape
                gw.metrics.errors.labels("internal").inc()
                log.exception("unhandled error on %s", endpoint)
                return errors.openai_error(
                    500,
                    "The gateway failed to handle the request.",
                    "server_error",
                    "gateway_error",
                )

        return handler

    async def models(request: Request) -> Response:
        key = bearer(request)
        if not key or gw.keys.lookup(key) is None:
            return errors.unauthorized()
        assert gw.http is not None
        try:
            up = await gw.http.get(gw.upstream + "/models", headers=gw._auth)
        except httpx.HTTPError as e:
            return gw._upstream_error(e)
        return Response(up.content, up.status_code, media_type="application/json")

    async def metrics(request: Request) -> Response:
        return Response(generate_latest(gw.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    async def healthz(request: Request) -> Response:
        ok = await gw.store.ping()
        return JSONResponse({"ok": ok, "state": gw.store.kind}, status_code=200 if ok else 503)

    async def admin_account(request: Request) -> Response:
        token = settings.admin_token
        given = bearer(request) or ""
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            return errors.openai_error(
                401, "Admin token required.", "invalid_request_error", "invalid_admin_token"
            )
        aid = request.path_params["account_id"]
        try:
            live = await gw.store.verdict(aid)
            prof = await gw.store.profile(aid)
        except StateError as e:
            return errors.unavailable("state_unavailable", str(e))
        bv = gw.verdicts.get(aid)
        out: dict[str, Any] = {"account_id": aid, "state": gw.store.kind, "live": None}
        if live is not None:
            out["live"] = {
                "exchanges": live.exchanges,
                "score": live.score,
                "flagged": live.flagged,
                "flagged_at": live.flagged_at,
                "exchanges_before_flag": live.exchanges_before_flag,
                "evidence": [e.public() for e in live.evidence],
            }
        if prof is not None:
            profile, ctx = prof
            out["values"] = profile.values(ctx)
        out["batch"] = (
            None
            if bv is None
            else {
                "flagged": bv.flagged,
                "score": bv.score,
                "campaign_id": bv.campaign_id,
                "reasons": list(bv.reasons),
            }
        )
        return JSONResponse(out)

    routes = [
        Route("/v1/chat/completions", route("chat.completions"), methods=["POST"]),
        Route("/v1/completions", route("completions"), methods=["POST"]),
        Route("/v1/responses", route("responses"), methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/admin/accounts/{account_id}", admin_account, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)

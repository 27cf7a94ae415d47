"""Fixtures: a fake OpenAI upstream, gateways served by uvicorn on loopback, redis-server.

Detection uses the deterministic PatternExtractor of tests/exchanges.py (the same stand-in
the scan tests use), so live and batch runs see identical signals.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_upstream import make_upstream
from servers import REDIS_SERVER, redis_server, serve

from distillwatch.contract.exchange import AccountInfo
from distillwatch.detect.live import LiveDetector
from distillwatch.gateway.app import build_gateway, create_app
from distillwatch.gateway.keys import add_key
from distillwatch.gateway.proxy import Gateway
from distillwatch.gateway.settings import GatewaySettings
from distillwatch.respond.policy import Policy, load_policy
from exchanges import PatternExtractor

ACCOUNTS = [
    "a-good",
    "a-tag",
    "a-throttle",
    "a-strip",
    "a-cap",
    "a-verify",
    "a-block",
    "a-verified",
    "a-attack",
    "a-camp1",
    "a-camp2",
]
ADMIN_TOKEN = "admin-secret-token"
UPSTREAM_KEY = "sk-upstream-secret-123"

ACTIONS_POLICY = """
[detector]
fold = "before_response"

[throttle]
account_rate = 0.001
account_burst = 2
campaign_rate = 0.001
campaign_burst = 3

[cap]
max_tokens = 64
n = 1
logprobs = false

[tag]
to = "both"

[[rules]]
name = "tag-it"
actions = ["tag"]
when.accounts = ["a-tag"]

[[rules]]
name = "throttle-it"
actions = ["throttle"]
when.accounts = ["a-throttle"]

[[rules]]
name = "strip-it"
actions = ["strip_reasoning"]
when.accounts = ["a-strip"]

[[rules]]
name = "cap-it"
actions = ["cap"]
when.accounts = ["a-cap"]

[[rules]]
name = "verify-it"
actions = ["require_verification"]
when.accounts = ["a-verify", "a-verified"]

[[rules]]
name = "block-it"
actions = ["block"]
when.accounts = ["a-block"]

[[rules]]
name = "live-flag"
actions = ["tag", "strip_reasoning", "cap"]
when.flagged = true

[[rules]]
name = "campaign"
actions = ["throttle"]
when.campaign = true
"""


@dataclass
class Harness:
    url: str
    gw: Gateway
    keys: dict[str, str]
    log_dir: Path
    seen: list[dict[str, Any]]
    extra: dict[str, Any] = field(default_factory=dict)

    def settle(self) -> None:
        """Wait for folds that run after responses, then flush the logs."""
        deadline = time.monotonic() + 5
        time.sleep(0.02)
        while self.gw.busy and time.monotonic() < deadline:
            time.sleep(0.01)
        self.gw.flush()

    def client(self, account: str = "a-good", **kw: Any) -> openai.OpenAI:
        return openai.OpenAI(
            base_url=self.url + "/v1", api_key=self.keys[account], max_retries=0, **kw
        )

    def aclient(self, account: str = "a-good", **kw: Any) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(
            base_url=self.url + "/v1", api_key=self.keys[account], max_retries=0, **kw
        )


@pytest.fixture(scope="session")
def upstream() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    app, seen = make_upstream()
    with serve(app) as url:
        yield url + "/v1", seen


@pytest.fixture(scope="session")
def keys_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("keys") / "keys.jsonl"
    plain = {}
    for a in ACCOUNTS:
        info = AccountInfo(verified=True) if a == "a-verified" else AccountInfo(tier="t1")
        plain[a], _ = add_key(path, a, key_id=f"k-{a}", account=info)
    return path, plain


def detector() -> LiveDetector:
    return LiveDetector(extractor=PatternExtractor())


@pytest.fixture
def make_gateway(
    upstream: tuple[str, list[dict[str, Any]]],
    keys_file: tuple[Path, dict[str, str]],
    tmp_path: Path,
) -> Iterator[Callable[..., Harness]]:
    stack: list[Any] = []
    up_url, seen = upstream
    seen.clear()

    def make(
        policy: Policy | str | None = None,
        state: str = "memory",
        verdicts: Path | None = None,
        upstream_url: str | None = None,
        det: LiveDetector | None = None,
        transport: str = "fast",
    ) -> Harness:
        log_dir = tmp_path / f"gw{len(stack)}"
        if isinstance(policy, str):
            p = tmp_path / f"policy{len(stack)}.toml"
            p.write_text(policy)
            policy = load_policy(p)
        settings = GatewaySettings(
            upstream=upstream_url or up_url,
            keys=keys_file[0],
            state=state,
            log_dir=log_dir,
            verdicts=verdicts,
            upstream_key=UPSTREAM_KEY,
            admin_token=ADMIN_TOKEN,
            reload_interval_s=0.05,
            upstream_transport=transport,
        )
        gw = build_gateway(settings, policy=policy, detector=det or detector())
        cm = serve(create_app(gw, settings))
        url = cm.__enter__()
        stack.append(cm)
        return Harness(url=url, gw=gw, keys=keys_file[1], log_dir=log_dir, seen=seen)

    yield make
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (run .ci/setup-redis.sh)")
    with redis_server(tmp_path) as url:
        yield url

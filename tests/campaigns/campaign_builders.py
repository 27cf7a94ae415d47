"""Hand-made accounts for campaign tests: facts folded into real profiles, replayed with the
real scorer, so the campaign stage sees exactly what a scan would hand it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime

from distillwatch.contract.exchange import AccountInfo
from distillwatch.detect.scoring import Scorer
from distillwatch.profiles import Facts, ProfileContext
from distillwatch.scan.stages import AccountResult, replay_account
from fact_rows import facts

T0 = 1_769_904_000.0  # 2026-02-01T00:00:00Z
DAY = 86400.0
HOUR = 3600.0


@dataclass
class Spec:
    """How one hand-made account behaves."""

    acct: str
    start: float
    n: int
    gap: float = 600.0
    intent_share: float = 0.0
    intent_score: float = 0.95
    """The reasoning-extraction score of the account's harvest requests (flagged at >= 0.75)."""
    templates: tuple[str, ...] = ("t-own",)
    capability: str = "chat"
    ips: tuple[str, ...] = ("203.0.113.0/24",)
    asn: int = 64500
    tls: str = "t13d1516h2_common"
    ua: str = "OpenAI/Python 1.54.3"
    model: str = "teacher-1"
    end_users: int = 0
    languages: tuple[str, ...] = ("en",)
    prompt_prefix: str = ""
    harvest_prompts: int = 0
    """With k > 0, the harvest requests cycle through k prompts (an app re-sending a few)."""
    info: dict[str, object] = field(default_factory=dict)


def facts_of(s: Spec) -> list[Facts]:
    rng = random.Random(f"{s.acct}-{s.start}")
    out = []
    t = s.start
    for i in range(s.n):
        t += s.gap * (0.5 + rng.random())
        harvest = rng.random() < s.intent_share
        p = s.intent_score if harvest else 0.02
        flagged = harvest and p >= 0.75
        out.append(
            facts(
                ts=t,
                account_id=s.acct,
                model=s.model,
                end_user_id=f"{s.acct}-u{rng.randrange(s.end_users)}" if s.end_users else None,
                input_tokens=50,
                output_tokens=400,
                max_tokens=1024,
                temperature=0.7,
                finish_reason="stop",
                intent=(p, 0.01, 0.0, 0.0),
                intent_flagged=flagged,
                capability=s.capability,
                language=rng.choice(s.languages),
                template=rng.choice(s.templates),
                client="sdk",
                prompt_hash=(
                    f"{s.acct}-h{i % s.harvest_prompts}"
                    if harvest and s.harvest_prompts
                    else f"{s.prompt_prefix or s.acct}-{i}"
                ),
                ip_prefix=rng.choice(s.ips),
                asn=s.asn,
                tls=s.tls,
                user_agent=s.ua,
            )
        )
    return out


def info_of(s: Spec) -> AccountInfo:
    d = dict(s.info)
    created = d.pop("created_at", s.start - DAY)
    return AccountInfo(created_at=datetime.fromtimestamp(float(created), tz=UTC), **d)


def context(specs: list[Spec], new_models: dict[str, float] | None = None) -> ProfileContext:
    ctx = ProfileContext()
    ctx.observe_model("teacher-1", T0 - DAY)
    for m, t in (new_models or {}).items():
        ctx.observe_model(m, t)
    return ctx


def replay(
    specs: list[Spec], ctx: ProfileContext, until: float | None = None
) -> list[AccountResult]:
    """Replay every account; several specs with one account id are one account's phases."""
    scorer = Scorer()
    by_acct: dict[str, list[Facts]] = {}
    for s in specs:
        by_acct.setdefault(s.acct, []).extend(
            f for f in facts_of(s) if until is None or f.ts <= until
        )
    return [
        replay_account(a, sorted(fs, key=lambda f: f.ts), ctx, scorer)
        for a, fs in by_acct.items()
        if fs
    ]


def background(k: int = 40) -> list[Spec]:
    """Unrelated benign accounts: own payment, own templates, shared popular SDK traits."""
    rng = random.Random(99)
    out = []
    for i in range(k):
        out.append(
            Spec(
                acct=f"bg-{i:03d}",
                start=T0 + rng.random() * 5 * DAY,
                n=30,
                gap=rng.choice([900.0, 3000.0]),
                templates=(f"t-bg-{i}-a", f"t-bg-{i}-b"),
                capability=rng.choice(["chat", "creative", "coding"]),
                ips=(f"198.51.{i}.0/24",),
                asn=rng.choice([64500, 64501, 64502]),
                info={
                    "payment_fingerprint": f"pay-bg-{i}",
                    "email_domain": "gmail.com",
                    "signup_channel": "standard",
                    "created_at": T0 - rng.random() * 60 * DAY,
                },
            )
        )
    return out


def infos(specs: list[Spec]) -> dict[str, AccountInfo]:
    return {s.acct: info_of(s) for s in specs}

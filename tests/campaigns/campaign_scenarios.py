"""Hand-built populations for campaign tests: a university, an enterprise, a hydra cell
with quiet members, relays and routers."""

from __future__ import annotations

from campaign_builders import DAY, HOUR, T0, Spec

ATTACK = dict(
    tls="t13d1812h1_rig",
    ua="python-requests/2.31.0",
    capability="math",
    templates=("t-cot-1", "t-cot-2", "t-cot-3"),
)


def university() -> list[Spec]:
    return [
        Spec(
            acct=f"uni-{i}",
            start=T0 + i * HOUR,
            n=25,
            gap=2000.0,
            templates=(f"t-hw-{i}", "t-hw-common"),
            capability="math",
            ips=("10.1.2.0/24",),
            asn=64999,
            intent_share=0.0,
            info={
                "email_domain": "uni.example.edu",
                "signup_channel": "edu",
                "payment_fingerprint": f"pay-uni-{i}",
                "created_at": T0 - 2 * DAY,
            },
        )
        for i in range(8)
    ]


def enterprise() -> list[Spec]:
    return [
        Spec(
            acct=f"ent-{i}",
            start=T0,
            n=120,
            gap=300.0,
            templates=("t-ent-classify",),
            capability="enterprise",
            ips=("192.0.2.0/24",),
            tls="t13d1715h2_java",
            ua="OpenAI/Java/0.18.2",
            info={
                "payment_fingerprint": "pay-acme",
                "email_domain": "acme.example",
                "signup_channel": "enterprise",
                "created_at": T0 - 30 * DAY,
            },
        )
        for i in range(5)
    ]


def hydra(quiet_created: float | None = None) -> list[Spec]:
    """Three loud harvesters and three quiet members of one cell."""
    loud = [
        Spec(
            acct=f"hy-loud-{i}",
            start=T0 + DAY,
            n=150,
            gap=240.0,
            intent_share=0.7,
            ips=(f"100.64.{i}.0/24",),
            asn=65000 + i,
            info={
                "payment_fingerprint": "pay-cell-a",
                "signup_channel": "startup",
                "created_at": T0 - 1.5 * DAY,
            },
            **ATTACK,
        )
        for i in range(3)
    ]
    quiet = [
        Spec(
            acct=f"hy-quiet-{i}",
            start=max(T0 + 3 * DAY, (quiet_created or 0.0) + HOUR),
            n=6,
            gap=1800.0,
            intent_share=0.0,
            ips=(f"100.65.{i}.0/24",),
            asn=65100 + i,
            info={
                "payment_fingerprint": "pay-cell-a" if i < 2 else "pay-cell-b",
                "signup_channel": "startup",
                "created_at": quiet_created if quiet_created is not None else T0 - 1.2 * DAY,
            },
            **ATTACK,
        )
        for i in range(3)
    ]
    return loud + quiet


def relay(acct: str, harvest: float) -> Spec:
    return Spec(
        acct=acct,
        start=T0,
        n=600,
        gap=120.0,
        intent_share=harvest,
        end_users=400,
        templates=(*[f"t-{acct}-{k}" for k in range(30)], "t-cot-1"),
        languages=("en", "zh", "es", "ru", "pt", "de"),
        ips=("52.14.1.0/24",),
        asn=16509,
        tls="t13d1516h2_server",
        ua="Go-http-client/2.0",
        info={"signup_channel": "reseller", "payment_fingerprint": f"pay-{acct}"},
    )

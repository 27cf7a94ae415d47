"""The account population: who exists, their signup context, network and campaign membership.

Built once in the parent process from the run seed; every account gets an index that keys its
own RNG, so the traffic of an account never depends on which other accounts are generated.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from distillwatch.simulate import infra
from distillwatch.simulate.config import Campaign, Persona, RangeConfig
from distillwatch.simulate.text.chat import CHAT_LANGUAGES
from distillwatch.simulate.text.extraction import ATTACK_LANGUAGES, HARVEST_SYSTEMS

DAY = 86400.0
CONSUMER_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "qq.com",
    "163.com",
    "yandex.ru",
    "naver.com",
    "gmx.de",
    "proton.me",
    "hotmail.com",
    "mail.ru",
)
EDU_DOMAINS = (
    "stanford.edu",
    "mit.edu",
    "u-tokyo.ac.jp",
    "tsinghua.edu.cn",
    "ox.ac.uk",
    "tum.de",
    "usp.br",
    "snu.ac.kr",
    "iitb.ac.in",
    "uba.ar",
    "msu.ru",
    "ethz.ch",
)
WORD_A = ("nova", "quant", "deep", "hyper", "blue", "zen", "astra", "flux", "vector", "lumen")
WORD_B = ("trace", "mind", "labs", "forge", "stack", "works", "logic", "ai", "sys", "data")


@dataclass(slots=True)
class Infra:
    """A campaign instance's shared infrastructure (what links its accounts)."""

    campaign_id: str
    family: str
    number: int  # keys the campaign-wide RNG (burst times)
    client: tuple[str, str]
    proxies: list[tuple[str, int, str]]  # (ip, asn, country) residential or datacenter pool
    system: str | None
    languages: tuple[str, ...]
    lang_weights: tuple[float, ...]
    domains: tuple[str, ...]
    params_seed: int


@dataclass(slots=True)
class AccountSpec:
    index: int
    account_id: str
    family: str  # persona or campaign type
    group: str  # benign | attack
    campaign_id: str | None
    created_at: float
    signup_channel: str
    email_domain: str
    payment_fingerprint: str | None
    verified: bool
    tier: str
    active_from: float
    active_to: float
    daily_rate: float
    tz: int
    country: str
    lang: str
    homes: list[tuple[str, int, str]]  # stable (ip, asn, country)
    client: tuple[str, str]
    template: int = 0
    infra: Infra | None = None
    keys: int = 1
    extra: dict[str, float] = field(default_factory=dict)


def _fp(*parts: object) -> str:
    return "pf_" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:20]


def _choice(rng: np.random.Generator, weighted: tuple[tuple[str, float], ...]) -> str:
    names = [n for n, _ in weighted]
    w = np.array([x for _, x in weighted], dtype=float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _counts(total: int, shares: list[float], mins: list[int]) -> list[int]:
    """`total` split by `shares` (largest remainders); minimums only when they fit."""
    if sum(mins) > total:
        mins = [0] * len(mins)
    s = np.array(shares, dtype=float)
    raw = s / s.sum() * total
    out = np.maximum(np.floor(raw).astype(int), mins)
    rem = total - int(out.sum())
    order = np.argsort(-(raw - np.floor(raw)))
    i = 0
    while rem > 0:
        out[order[i % len(out)]] += 1
        rem -= 1
        i += 1
    return [int(x) for x in out]


def build_population(
    cfg: RangeConfig, accounts: int, start: float, days: int, seed: int
) -> tuple[list[AccountSpec], list[Infra]]:
    """All accounts (ids assigned in a shuffled order so ids carry no label) and campaigns."""
    rng = np.random.default_rng([seed, 0xACC7])
    end = start + days * DAY
    n_attack = round(accounts * cfg.attack_share) if cfg.campaigns else 0
    n_benign = accounts - n_attack
    drafts: list[dict[str, object]] = []
    # benign
    counts = _counts(n_benign, [p.share for p in cfg.personas], [0] * len(cfg.personas))
    for persona, k in zip(cfg.personas, counts, strict=True):
        for _ in range(k):
            drafts.append(_benign(rng, persona, start, end))
    # attack
    infras: list[Infra] = []
    if n_attack:
        ccounts = _counts(
            n_attack, [c.share for c in cfg.campaigns], [c.min_accounts for c in cfg.campaigns]
        )
        number = 0
        for camp, k in zip(cfg.campaigns, ccounts, strict=True):
            n_inst = max(1, min(camp.campaigns, k // max(1, camp.min_accounts)))
            sizes = _counts(k, [1.0] * n_inst, [0] * n_inst)
            for size in sizes:
                number += 1
                inf = _infra(rng, camp, number)
                infras.append(inf)
                drafts.extend(_campaign_accounts(rng, camp, inf, size, start, end))
    order = rng.permutation(len(drafts))
    out: list[AccountSpec] = []
    for idx, j in enumerate(order):
        d = drafts[int(j)]
        out.append(AccountSpec(index=idx, account_id=f"a-{idx + 1:05d}", **d))  # type: ignore[arg-type]
    return out, infras


def _home(
    rng: np.random.Generator, datacenter: bool, country: str | None = None
) -> tuple[str, int, str]:
    if datacenter:
        asn, cc, prefix = infra.pick(rng, infra.DATACENTER)
    else:
        asn, cc, prefix = infra.residential_for(rng, country)
    return infra.ip_in(rng, prefix), asn, cc


def _benign(rng: np.random.Generator, p: Persona, start: float, end: float) -> dict[str, object]:
    server = p.client in ("server",) or p.name in ("enterprise_pipeline", "eval_runner")
    homes = [_home(rng, server) for _ in range(int(rng.integers(1, 3)))]
    country = homes[0][2]
    lang = infra.COUNTRY_LANG.get(country, "en")
    if rng.random() < p.english or lang not in CHAT_LANGUAGES:
        lang = "en"
    channel = _choice(rng, p.channels)
    if channel == "edu":
        domain = str(rng.choice(EDU_DOMAINS))
    elif channel in ("enterprise", "reseller", "startup", "cloud_marketplace") or server:
        domain = f"{rng.choice(WORD_A)}{rng.choice(WORD_B)}-{int(rng.integers(10, 99))}.com"
    else:
        domain = str(rng.choice(CONSUMER_DOMAINS))
    new_signup = rng.random() < 0.05  # some honest accounts sign up during the window
    created = (
        start + rng.uniform(0, (end - start) * 0.8)
        if new_signup
        else start - rng.uniform(1, 700) * DAY
    )
    daily = float(p.timing.daily_median * rng.lognormal(0.0, p.timing.daily_sigma))
    clients = infra.CLIENTS[p.client if p.client in infra.CLIENTS else "sdk"]
    free = p.tiers[0] == "free" and rng.random() < 0.5
    return dict(
        family=p.name,
        group="benign",
        campaign_id=None,
        created_at=created,
        signup_channel=channel,
        email_domain=domain,
        payment_fingerprint=None if free else _fp("benign", rng.integers(1 << 62)),
        verified=bool(rng.random() < (0.95 if server else 0.7)),
        tier=p.tiers[int(rng.integers(len(p.tiers)))] if not free else p.tiers[0],
        active_from=max(start, created),
        active_to=end,
        daily_rate=daily,
        tz=infra.COUNTRY_TZ.get(country, 0),
        country=country,
        lang=lang,
        homes=homes,
        client=clients[int(rng.integers(len(clients)))],
        template=int(rng.integers(0, 1000)),
        keys=int(rng.integers(1, 4)),
    )


def _infra(rng: np.random.Generator, c: Campaign, number: int) -> Infra:
    if c.ip_mode == "residential":
        rows = [
            infra.RESIDENTIAL[int(i)] for i in rng.choice(len(infra.RESIDENTIAL), 30, replace=False)
        ]
        proxies = []
        for _ in range(int(rng.integers(400, 1500))):
            asn, cc, prefix = rows[int(rng.integers(len(rows)))]
            proxies.append((infra.ip_in(rng, prefix), asn, cc))
    elif c.ip_mode == "datacenter":
        asn, cc, prefix = infra.pick(rng, infra.DATACENTER)
        proxies = [(infra.ip_in(rng, prefix), asn, cc) for _ in range(int(rng.integers(3, 12)))]
    else:
        proxies = []
    others = [x for x in ATTACK_LANGUAGES if x != "en"]
    k = int(rng.integers(4, len(others) + 1))
    langs = ("en", *[others[int(i)] for i in rng.choice(len(others), k, replace=False)])
    rest = (1.0 - c.english) / k
    domains = tuple(
        f"{rng.choice(WORD_A)}{rng.choice(WORD_B)}.{rng.choice(['io', 'ai', 'dev', 'xyz'])}"
        for _ in range(3)
    )
    return Infra(
        campaign_id=f"c-{number:03d}",
        family=c.name,
        number=number,
        client=infra.ATTACK_CLIENTS[int(rng.integers(len(infra.ATTACK_CLIENTS)))],
        proxies=proxies,
        system=HARVEST_SYSTEMS[int(rng.integers(len(HARVEST_SYSTEMS)))],
        languages=langs,
        lang_weights=(c.english, *([rest] * k)),
        domains=domains,
        params_seed=int(rng.integers(1, 2**31)),
    )


def _campaign_accounts(
    rng: np.random.Generator, c: Campaign, inf: Infra, size: int, start: float, end: float
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    cohort_at = start - rng.uniform(2, 40) * DAY
    swap_pairs = size // 2 if c.swap else 0
    bans = [start + rng.uniform(0.25, 0.7) * (end - start) for _ in range(swap_pairs)]
    for i in range(size):
        group = i // max(1, c.payment_group)
        # signups in cohorts of ~20, each cohort spread over `cohort_days`
        created = (
            cohort_at + (i // 20) * rng.uniform(0.5, 3) * DAY + rng.uniform(0, c.cohort_days) * DAY
        )
        active_from, active_to = max(start, created), end
        if c.swap and i < swap_pairs:  # first generation: banned mid-window
            active_to = bans[i]
            created = min(created, start - DAY)
            active_from = start
        elif c.swap and swap_pairs:  # replacement: fresh account created after a ban
            created = bans[(i - swap_pairs) % swap_pairs] + rng.uniform(0.05, 0.5) * DAY
            active_from, active_to = created, end
        if c.ip_mode == "stable" or not inf.proxies:
            homes = [_home(rng, False)]
        else:
            homes = [inf.proxies[int(rng.integers(len(inf.proxies)))]]
        channel = _choice(rng, c.channels)
        if channel == "edu":
            domain = str(rng.choice(EDU_DOMAINS))
        elif c.name in ("evasive", "slow_drip", "probing"):
            domain = str(rng.choice(CONSUMER_DOMAINS))
        else:
            domain = inf.domains[int(rng.integers(len(inf.domains)))]
        country = homes[0][2]
        daily = float(c.timing.daily_median * rng.lognormal(0.0, c.timing.daily_sigma))
        client = inf.client
        if c.name == "relay":  # a reseller's gateway, not a harvesting script
            opts = infra.CLIENTS["server"]
            client = opts[inf.number % len(opts)]
        if c.name == "evasive":
            opts = infra.CLIENTS["browserish"]
            client = opts[int(rng.integers(len(opts)))]
        out.append(
            dict(
                family=c.name,
                group="attack",
                campaign_id=inf.campaign_id,
                created_at=created,
                signup_channel=channel,
                email_domain=domain,
                payment_fingerprint=_fp(inf.campaign_id, group, c.payment_group),
                verified=bool(rng.random() < (0.6 if c.name == "evasive" else 0.2)),
                tier=str(rng.choice(["tier-1", "tier-2", "tier-3"]))
                if c.name != "relay"
                else "tier-5",
                active_from=active_from,
                active_to=active_to,
                daily_rate=daily,
                tz=infra.COUNTRY_TZ.get(country, 0),
                country=country,
                lang="en",
                homes=homes,
                client=client,
                infra=inf,
                keys=int(rng.integers(1, 3)),
            )
        )
    return out

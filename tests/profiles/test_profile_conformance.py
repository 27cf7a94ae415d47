"""The shared conformance suite: every registered profile feature, the same checks.

merge(profile(A), profile(B)) == profile(A + B) for time-ordered splits (all features) and
for interleaved splits (features that are not order-sensitive); serialisation round trips;
determinism; values are finite numbers or None, shares in [0, 1]; empty profiles work.
"""

from __future__ import annotations

import math
import random

import msgspec
import pytest

from distillwatch.profiles import FEATURES, AccountProfile, Facts, ProfileContext
from distillwatch.profiles.features.base import Feature
from distillwatch.signals.base import CAPABILITIES

T0 = 1_769_904_000.0  # 2026-02-01T00:00:00Z


def stream(seed: int, n: int = 400) -> list[Facts]:
    rng = random.Random(seed)
    ts = T0
    out: list[Facts] = []
    for _ in range(n):
        # a third of requests repeat the previous user turn, as an agent's tool loop does
        repeat = out and rng.random() < 0.3
        ts += rng.choice([0.4, 1.0, 3.0, 45.0, 600.0, 4000.0]) * rng.random()
        p = rng.random()
        out.append(
            Facts(
                ts=ts,
                account_id="a-1",
                model=rng.choice(["teacher-1", "teacher-1", "teacher-2"]),
                conversation_id=rng.choice([None, f"c{rng.randrange(30)}"]),
                end_user_id=rng.choice([None, f"u{rng.randrange(2000)}"]),
                user_turns=rng.randrange(1, 5),
                assistant_turns=rng.randrange(0, 4),
                has_system=rng.random() < 0.5,
                input_tokens=rng.choice([None, rng.randrange(5, 3000)]),
                output_tokens=rng.randrange(1, 8000),
                reasoning_tokens=rng.choice([None, rng.randrange(0, 8000)]),
                reasoning_returned=rng.random() < 0.3,
                max_tokens=rng.choice([None, 1024, 32000]),
                n=rng.choice([None, 1, 8, 64]),
                logprobs=rng.random() < 0.2,
                top_logprobs=rng.choice([None, 5]),
                temperature=rng.choice([None, 0.0, 0.6, 0.7, 1.0]),
                thinking_budget=rng.choice([None, 16000]),
                reasoning_effort=rng.choice([None, "low", "high"]),
                tools=rng.choice([None, 0, 3]),
                finish_reason=rng.choice(["stop", "length", None]),
                intent=(p, (1 - p) / 3, 0.0, 0.05),
                intent_flagged=p > 0.8,
                capability=rng.choice(CAPABILITIES),
                language=rng.choice(["en", "zh", "ru", "es", "und"]),
                template=f"t-{rng.randrange(400):08x}",
                client=rng.choice(["openai-python", "curl", "unknown"]),
                prompt_hash=out[-1].prompt_hash if repeat else f"{rng.randrange(200):016x}",
                ip_prefix=f"198.51.{rng.randrange(120)}.0/24",
                asn=rng.randrange(64500, 64620),
                tls=rng.choice(["t13d1516h2", "t13d1715h2"]),
                user_agent=rng.choice(["OpenAI/Python 1.40.0", "curl/8.5"]),
            )
        )
    return out


def fold(cls: type[Feature], facts: list[Facts]) -> Feature:
    f = cls()
    for x in facts:
        f.update(x)
    return f


CTX = ProfileContext(
    log_start=T0, model_first_seen={"teacher-1": T0, "teacher-2": T0 + 1.5 * 86400}
)


@pytest.mark.parametrize("cls", FEATURES, ids=lambda c: c.name)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_merge_equals_one_pass_time_split(cls: type[Feature], seed: int) -> None:
    facts = stream(seed)
    cut = random.Random(seed).randrange(1, len(facts))
    a, b = fold(cls, facts[:cut]), fold(cls, facts[cut:])
    a.merge(b)
    assert a == fold(cls, facts)
    assert a.values(CTX) == fold(cls, facts).values(CTX)


@pytest.mark.parametrize(
    "cls", [c for c in FEATURES if not c.order_sensitive], ids=lambda c: c.name
)
@pytest.mark.parametrize("seed", [4, 5])
def test_merge_equals_one_pass_interleaved(cls: type[Feature], seed: int) -> None:
    facts = stream(seed)
    rng = random.Random(seed)
    left = [f for f in facts if rng.random() < 0.5]
    right = [f for f in facts if f not in left]
    a, b = fold(cls, left), fold(cls, right)
    a.merge(b)
    assert a.values(CTX) == fold(cls, left + right).values(CTX)
    assert a == fold(cls, left + right)


@pytest.mark.parametrize("cls", FEATURES, ids=lambda c: c.name)
def test_merge_with_empty_is_identity(cls: type[Feature]) -> None:
    facts = stream(7, 50)
    a = fold(cls, facts)
    a.merge(cls())
    assert a == fold(cls, facts)
    e = cls()
    e.merge(fold(cls, facts))
    assert e == fold(cls, facts)


@pytest.mark.parametrize("cls", FEATURES, ids=lambda c: c.name)
def test_values_are_finite_and_shares_bounded(cls: type[Feature]) -> None:
    for feat in (cls(), fold(cls, stream(8, 1)), fold(cls, stream(9))):
        vals = feat.values(CTX)
        assert vals, f"{cls.name} must expose at least one value"
        for k, v in vals.items():
            assert v is None or (isinstance(v, float) and math.isfinite(v)), (k, v)
            if v is not None and (k.endswith("_share") or k.endswith("_rate")):
                assert 0.0 <= v <= 1.0, (k, v)


@pytest.mark.parametrize("cls", FEATURES, ids=lambda c: c.name)
def test_serialisation_round_trip_and_metadata(cls: type[Feature]) -> None:
    feat = fold(cls, stream(10))
    again = msgspec.msgpack.decode(msgspec.msgpack.encode(feat), type=cls)
    assert again == feat
    assert cls.name and cls.description, "every feature documents itself"


def test_feature_names_are_unique_and_values_do_not_collide() -> None:
    names = [c.name for c in FEATURES]
    assert len(names) == len(set(names))
    seen: dict[str, str] = {}
    for c in FEATURES:
        for k in c().values(CTX):
            assert k not in seen, f"{k} from {c.name} and {seen.get(k)}"
            seen[k] = c.name


def test_topk_beyond_capacity_keeps_misra_gries_bound() -> None:
    """Past its capacity TopK is a Misra–Gries summary: exact merge is no longer promised,
    but every kept count is within n/capacity below the truth, in one pass and merged."""
    from distillwatch.profiles.sketches import TopK

    rng = random.Random(13)
    keys = [f"k{min(int(rng.paretovariate(1.1)), 5000)}" for _ in range(20_000)]
    truth: dict[str, int] = {}
    for k in keys:
        truth[k] = truth.get(k, 0) + 1
    one = TopK(capacity=32)
    a, b = TopK(capacity=32), TopK(capacity=32)
    for i, k in enumerate(keys):
        one.add(k)
        (a if i % 2 else b).add(k)
    a.merge(b)
    for summary in (one, a):
        bound = summary.total / summary.capacity
        assert summary.total == len(keys)
        for k, c in summary.counts.items():
            assert truth[k] - bound <= c <= truth[k]
        for k, c in truth.items():
            if c > bound:
                assert k in summary.counts


def test_profile_merge_and_bytes() -> None:
    facts = stream(11)
    whole = AccountProfile("a-1")
    for f in facts:
        whole.update(f)
    a, b = AccountProfile("a-1"), AccountProfile("a-1")
    for f in facts[:150]:
        a.update(f)
    for f in facts[150:]:
        b.update(f)
    a.merge(b)
    assert a == whole
    assert AccountProfile.from_bytes(whole.to_bytes()) == whole
    assert whole.count == len(facts)


def test_release_pivot_is_causal() -> None:
    from distillwatch.profiles.features.release import ReleasePivot

    release = T0 + 1.5 * 86400
    facts = [f for f in stream(12, 600)]
    feat = fold(ReleasePivot, facts)
    before = ProfileContext(log_start=T0, model_first_seen=CTX.model_first_seen, now=release - 1)
    assert feat.values(before)["pivot_share"] is None
    after = ProfileContext(log_start=T0, model_first_seen=CTX.model_first_seen, now=release + 10)
    assert feat.values(after)["pivot_share"] is not None

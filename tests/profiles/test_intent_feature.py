"""The intent feature's weighted shares: the log-odds ramp, and agent-loop repeats counted once."""

from __future__ import annotations

import pytest

from distillwatch.profiles import Facts, ProfileContext
from distillwatch.profiles.features.intent import WEIGHT_HI, WEIGHT_LO, Intent, request_weight
from fact_rows import facts

T0 = 1_769_904_000.0


def fact(i: int, prompt: str, reasoning: float, grading: float = 0.0) -> Facts:
    return facts(
        ts=T0 + 10.0 * i,
        intent=(reasoning, grading, 0.0, 0.0),
        intent_flagged=max(reasoning, grading) >= 0.75,
        capability="coding",
        prompt_hash=prompt,
    )


def fold(facts: list[Facts]) -> Intent:
    f = Intent()
    for x in facts:
        f.update(x)
    return f


def test_request_weight_ramp() -> None:
    assert request_weight(0.0) == request_weight(WEIGHT_LO) == 0.0
    assert request_weight(WEIGHT_HI) == request_weight(1.0) == 1.0
    assert request_weight(0.5) == pytest.approx(0.5)  # symmetric bounds, linear in log-odds
    ws = [request_weight(p / 100) for p in range(101)]
    assert ws == sorted(ws)


def test_a_repeated_user_turn_counts_once() -> None:
    loop = [fact(i, "same-task", 0.5) for i in range(10)]
    rest = [fact(10 + i, f"p{i}", 0.01) for i in range(9)]
    v = fold(loop + rest).values(ProfileContext())
    assert v["intent_requests"] == 10.0
    assert v["reasoning_extraction_weighted_share"] == pytest.approx(0.05)
    assert v["reward_grading_weighted_share"] == 0.0
    # the same prompt again after another one is a new request
    v = fold([fact(0, "x", 0.9), fact(1, "y", 0.0), fact(2, "x", 0.9)]).values(ProfileContext())
    assert v["intent_requests"] == 3.0
    assert v["reasoning_extraction_weighted_share"] == pytest.approx(2 / 3)


def test_below_the_ramp_counts_nothing_and_families_count_apart() -> None:
    v = fold([fact(i, f"p{i}", 0.19, 0.85) for i in range(4)]).values(ProfileContext())
    assert v["reasoning_extraction_weighted_share"] == 0.0
    assert v["reward_grading_weighted_share"] == 1.0
    assert v["intent_weighted"] == 4.0


@pytest.mark.parametrize("cut", range(1, 12))
def test_merge_across_a_run_equals_one_pass(cut: int) -> None:
    facts = [fact(i, "p-run" if 3 <= i < 9 else f"p{i}", 0.3 + 0.05 * i) for i in range(12)]
    a, b = fold(facts[:cut]), fold(facts[cut:])
    a.merge(b)
    assert a == fold(facts)


def test_evidence_counts_distinct_prompts_once_and_saturates() -> None:
    from distillwatch.profiles.features.intent import DISTINCT_SATURATION

    # an app re-sending two prompts all month, one of them borderline (0.29 -> weight ~0.17)
    cycled = [
        fact(i, "borderline" if i % 2 else "plain", 0.29 if i % 2 else 0.0) for i in range(200)
    ]
    v = fold(cycled).values(ProfileContext())
    assert v["reasoning_extraction_weighted_share"] == pytest.approx(
        request_weight(0.29) / 2, abs=1e-3
    )
    assert v["intent_weighted"] > 15  # the share's own sum grows with every repeat...
    assert v["intent_weighted_distinct"] == pytest.approx(request_weight(0.29), abs=1e-3)
    # ...a harvest asks different things: its distinct evidence grows, then saturates
    harvest = [fact(i, f"task-{i}", 0.6) for i in range(200)]
    f = fold(harvest)
    assert f.distinct_full and not f.distinct
    assert f.values(ProfileContext())["intent_weighted_distinct"] == DISTINCT_SATURATION
    for cut in (1, 30, 199):  # split anywhere, merged: the same state
        a, b = fold(harvest[:cut]), fold(harvest[cut:])
        a.merge(b)
        assert a == f


def test_the_earliest_distinct_flagged_prompts_survive_any_split() -> None:
    from distillwatch.profiles.features.intent import FLAGGED_KEEP

    # 40 flagged requests an hour apart over 25 distinct prompts, some repeated later
    rows = [
        facts(
            ts=T0 + 3600.0 * i,
            intent=(0.9, 0.0, 0.0, 0.0),
            intent_flagged=True,
            capability="coding",
            prompt_hash=f"h{(i * 7) % 25}",
        )
        for i in range(40)
    ]
    whole = fold(rows)
    assert len(whole.flagged_first) == FLAGGED_KEEP
    hours = sorted(whole.flagged_first.values())
    assert hours == [int(T0 // 3600) + i for i in range(FLAGGED_KEEP)]
    for cut in (1, 9, 20, 39):
        a, b = fold(rows[:cut]), fold(rows[cut:])
        a.merge(b)
        assert a.flagged_first == whole.flagged_first

"""Scoring: grouped, capped evidence; single signals never flag, combinations do."""

from __future__ import annotations

import math

import pytest

from distillwatch.contract.errors import ConfigError
from distillwatch.detect.calibration import (
    Calibration,
    calibrate,
    load_calibration,
    single_group_floor,
)
from distillwatch.detect.rules import GROUP_CAPS, RULES
from distillwatch.detect.scoring import Scorer, score_of, total_of
from distillwatch.profiles import AccountProfile, ProfileContext
from distillwatch.profiles.features.base import Feature


class Fixed(AccountProfile):
    """A profile whose values are given, to test the rules on exact inputs."""

    def __init__(self, values: dict[str, float | None]) -> None:
        super().__init__("a")
        self._values = values

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        return dict(self._values)


def strong(group: str) -> dict[str, float | None]:
    """Values that max out every rule of one group (with plenty of exchanges)."""
    vals: dict[str, float | None] = {"exchanges": 10_000.0, "intent_requests": 10_000.0}
    for r in RULES:
        vals[r.count] = 10_000.0
        if r.group == group:
            vals[r.value] = r.hi * 1.5
    if group == "automation":
        vals["gap_cv"] = 0.0
    return vals


SCORER = Scorer(Calibration(threshold=single_group_floor()))


@pytest.mark.parametrize("group", sorted(GROUP_CAPS))
def test_no_single_group_flags_alone(group: str) -> None:
    s = SCORER.score(Fixed(strong(group)), ProfileContext())
    assert not s.flagged, (group, s.total, s.score)
    assert s.total <= GROUP_CAPS[group] + 1e-9


def test_floor_holds_against_any_calibration() -> None:
    cal = calibrate([0.0] * 5000, budget=0.001)
    assert cal.threshold >= single_group_floor()


def test_combination_flags_and_evidence_is_ordered() -> None:
    vals = strong("intent") | strong("workload")
    s = SCORER.score(Fixed(vals), ProfileContext())
    assert s.flagged
    weights = [e.weight for e in s.evidence]
    assert weights == sorted(weights, reverse=True)
    assert s.evidence[0].code in {r.code for r in RULES if r.group == "intent"}


def test_few_exchanges_discount_rates() -> None:
    def total(n: float) -> float:
        vals: dict[str, float | None] = {
            "reasoning_extraction_rate": 1.0,
            "intent_flagged": n,
            "exchanges": n,
            "single_turn_share": 1.0,
        }
        return SCORER.score(Fixed(vals), ProfileContext()).total

    assert total(1) < total(3) < total(100)


def test_empty_profile_scores_zero_evidence() -> None:
    s = SCORER.score(AccountProfile("empty"), ProfileContext())
    assert s.evidence == [] and not s.flagged and s.total == 0.0


def test_every_rule_reads_a_value_some_feature_produces() -> None:
    from distillwatch.detect.scoring import derived
    from distillwatch.profiles.registry import FEATURES

    produced: set[str] = set()
    for cls in FEATURES:
        produced |= set(cls().values(ProfileContext()))
    produced |= set(derived({"gap_cv": None}))
    for r in RULES:
        assert r.value in produced, r.code
        assert r.count in produced, r.code
        assert r.group in GROUP_CAPS
    assert len({r.code for r in RULES}) == len(RULES)
    assert issubclass(FEATURES[0], Feature)


def test_calibration_quantile_respects_budget() -> None:
    scores = [i / 10_000 for i in range(10_000)]  # benign scores 0 .. 0.9999
    cal = calibrate(scores, budget=0.001)
    flagged = sum(1 for s in scores if s >= cal.threshold)
    assert flagged <= 10
    assert cal.benign_accounts == 10_000
    assert cal.threshold >= single_group_floor()
    high = calibrate([0.99] * 100 + [0.1] * 900, budget=0.001)
    assert sum(1 for s in [0.99] * 100 if s >= high.threshold) == 0


def test_calibration_errors_name_the_field(tmp_path) -> None:
    with pytest.raises(ConfigError, match="budget"):
        calibrate([0.1], budget=1.5)
    bad = tmp_path / "cal.json"
    bad.write_text('{"threshold": 0.5, "colour": "red"}')
    with pytest.raises(ConfigError, match="colour"):
        load_calibration(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_calibration(tmp_path / "missing.json")


def test_score_total_round_trip() -> None:
    for t in (0.0, 1.5, 3.0, 4.2):
        assert math.isclose(total_of(score_of(t)), t, abs_tol=1e-9)


def test_every_intent_family_has_one_weighted_rule_and_the_campaign_judge_shares_its_ramp() -> None:
    from distillwatch.detect.graph.judge import INTENT_RAMPS
    from distillwatch.signals.base import INTENT_FAMILIES

    intent_rules = [r for r in RULES if r.group == "intent"]
    assert sorted(r.value for r in intent_rules) == sorted(
        f"{fam}_weighted_share" for fam in INTENT_FAMILIES
    )
    assert set(INTENT_RAMPS) == set(INTENT_FAMILIES)
    for r in intent_rules:
        assert INTENT_RAMPS[r.value.removesuffix("_weighted_share")] == (r.lo, r.hi)
        assert r.count == "intent_weighted_distinct"

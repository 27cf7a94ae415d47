"""The account evidence rules: which profile values count, how much, and in which group.

Rules are grouped by what they measure. A group's contribution is capped, and the
operating threshold is never below the largest group cap (see calibration), so no single
kind of signal — heavy volume, a benchmark-shaped workload, a multilingual audience — can
flag an account alone; only combinations do. Ramps turn a value into a strength in [0, 1];
`min_n` discounts rates measured on few exchanges (strength × (1 - exp(-n / min_n))).
Weights are set by reasoning about the disclosed campaigns and honest heavy users, not fit
to the range; the threshold is calibrated on benign reference traffic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    group: str
    value: str
    lo: float
    hi: float
    weight: float
    detail: str
    count: str = "exchanges"
    min_n: float = 10.0


GROUP_CAPS: dict[str, float] = {
    # What the requests ask for (reasoning written out, grading, safe rewrites, synthetic
    # data): the strongest evidence, still not enough alone (a researcher probing once).
    "intent": 2.4,
    # The shape and economics of a benchmark-like harvesting workload: single-turn,
    # templated, focused on reasoning/coding, many samples, logprobs, huge budgets, long
    # outputs, a jump to a new model. Honest eval runners have all of it, so the whole
    # group together counts for less than intent alone.
    "workload": 1.6,
    # Machine timing and proxy rotation: how the traffic is sent, not what it asks.
    "automation": 1.0,
}

RULES: tuple[Rule, ...] = (
    # Intent is read from the weighted shares (profiles/features/intent.py): each request
    # counts by how strongly it reads as the family, so the evidence does not hinge on the
    # classifier's one flag threshold. Where each ramp starts is set above what honest
    # heavy users reach (docs/signals.md, "From requests to accounts"): students ask for
    # essays to be graded, so grading starts higher than reasoning extraction. Since the
    # classifier learns from real users' prompts and code benchmark items (stop 12) honest
    # accounts' reasoning shares stay under 0.7% on the range and 1.3% for pseudo-accounts of
    # real ShareGPT users (0% for HumanEval), and the quietest harvesters' sit near 4%, so
    # that ramp runs from 2% to 6%.
    # Their evidence (`count`) is the weight of distinct prompts, not of requests: one
    # borderline prompt re-sent all month is one prompt's worth (stop 13).
    Rule(
        "cot_elicitation_rate",
        "intent",
        "reasoning_extraction_weighted_share",
        0.02,
        0.06,
        2.4,
        "{pct} of prompts, weighted by intent score, ask for the model's full reasoning",
        count="intent_weighted_distinct",
        min_n=3.0,
    ),
    Rule(
        "reward_grading_rate",
        "intent",
        "reward_grading_weighted_share",
        0.2,
        0.6,
        2.4,
        "{pct} of prompts, weighted by intent score, use the model as a grader or reward model",
        count="intent_weighted_distinct",
        min_n=3.0,
    ),
    Rule(
        "safe_rewrite_rate",
        "intent",
        "safe_rewrite_weighted_share",
        0.05,
        0.3,
        2.4,
        "{pct} of prompts, weighted by intent score, ask for 'safe' rewrites of sensitive requests",
        count="intent_weighted_distinct",
        min_n=3.0,
    ),
    Rule(
        "synthetic_data_rate",
        "intent",
        "synthetic_data_weighted_share",
        0.1,
        0.5,
        1.4,  # asking for synthetic data is everyday enterprise work: weak alone
        "{pct} of prompts, weighted by intent score, ask for synthetic training data",
        count="intent_weighted_distinct",
        min_n=3.0,
    ),
    Rule(
        "capability_focus",
        "workload",
        "target_share",
        0.6,
        0.95,
        0.6,
        "{pct} of traffic on distillation targets (reasoning, coding, tools, grading)",
    ),
    Rule(
        "single_turn_share",
        "workload",
        "single_turn_share",
        0.7,
        0.97,
        0.4,
        "{pct} of requests are single-turn",
    ),
    Rule(
        "template_concentration",
        "workload",
        "template_top5_share",
        0.3,
        0.8,
        0.4,
        "{pct} of prompts fit the account's top 5 templates",
    ),
    Rule(
        "output_input_ratio",
        "workload",
        "output_input_ratio",
        4.0,
        20.0,
        0.4,
        "outputs are {val:.1f}x the inputs in tokens",
    ),
    Rule(
        "language_spread",
        "workload",
        "languages",
        3.0,
        6.0,
        0.3,
        "traffic spread over {val:.0f} languages",
    ),
    Rule(
        "multi_sample_share",
        "workload",
        "multi_sample_share",
        0.1,
        0.5,
        0.5,
        "{pct} of requests ask for several samples (n > 1)",
    ),
    Rule(
        "logprobs_share",
        "workload",
        "logprobs_share",
        0.05,
        0.4,
        0.7,
        "{pct} of requests ask for logprobs",
    ),
    Rule(
        "huge_budget_share",
        "workload",
        "huge_budget_share",
        0.3,
        0.8,
        0.4,
        "{pct} of requests set huge max_tokens or thinking budgets",
    ),
    Rule(
        "max_token_saturation",
        "workload",
        "saturation_share",
        0.2,
        0.6,
        0.3,
        "{pct} of capped responses ran to the token limit",
    ),
    Rule(
        "reasoning_returned",
        "workload",
        "reasoning_returned_share",
        0.5,
        0.9,
        0.3,
        "{pct} of responses returned reasoning text",
    ),
    Rule(
        "flat_diurnal",
        "automation",
        "hour_entropy",
        0.93,
        0.99,
        0.4,
        "activity spread evenly over all 24 hours (entropy {val:.2f})",
        min_n=48.0,
    ),
    Rule(
        "regular_timing",
        "automation",
        "gap_regularity",
        0.5,
        0.85,
        0.3,
        "inter-arrival gaps are machine-regular (regularity {val:.2f})",
        min_n=20.0,
    ),
    Rule(
        "asn_rotation",
        "automation",
        "distinct_asns",
        3.0,
        12.0,
        0.5,
        "traffic from {val:.0f} networks (ASNs): proxy rotation",
    ),
    Rule(
        "release_pivot",
        "workload",
        "pivot_share",
        0.25,
        0.5,
        0.9,
        "{pct} of traffic moved to a new model within 24 h of its release",
        count="pivot_window_exchanges",
        min_n=10.0,
    ),
)

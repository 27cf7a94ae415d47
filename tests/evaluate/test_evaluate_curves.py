from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from evaluate_fixtures import write_jsonl

from distillwatch.contract.readers import ReadReport
from distillwatch.evaluate.curves import thin_indices, threshold_curve
from distillwatch.evaluate.inputs import AccountFinding, LabelRecord
from distillwatch.evaluate.timeline import timeline_from_data, timeline_from_flags


def _labels(attack: list[str], benign: list[str]) -> dict[str, LabelRecord]:
    out = {a: LabelRecord(account_id=a, label="attack", persona="p") for a in attack}
    out.update({b: LabelRecord(account_id=b, label="benign", persona="q") for b in benign})
    return out


def test_threshold_curve_by_hand() -> None:
    labels = _labels(["p1", "p2", "p3"], ["n1", "n2", "n3"])
    scores = {"p1": 0.9, "p2": 0.8, "p3": 0.3, "n1": 0.85, "n2": 0.2, "n3": 0.1}
    c = threshold_curve(labels, scores, flagged={"p1", "p2", "n1"})
    assert c.thresholds == [None, 0.9, 0.85, 0.8, 0.3, 0.2, 0.1]
    third = 1 / 3
    assert c.recall == pytest.approx([0, third, third, 2 * third, 1, 1, 1])
    assert c.false_positive_rate == pytest.approx([0, 0, third, third, third, 2 * third, 1])
    # AUC = P(attack score > benign score) = (3 + 2 + 2) / 9
    assert c.auc == pytest.approx(7 / 9)
    assert (c.operating_recall, c.operating_fpr) == (pytest.approx(2 * third), pytest.approx(third))


def test_threshold_curve_unscored_and_ties() -> None:
    labels = _labels(["p1", "p2"], ["n1"])
    c = threshold_curve(labels, {"p1": 0.5, "n1": 0.5}, flagged=set())
    assert c.unscored == 1
    assert c.recall == [0.0, 0.5]  # p2 has no score: never reached
    assert c.false_positive_rate == [0.0, 1.0]
    assert c.as_dict()["points"][-1] == {
        "threshold": 0.5,
        "recall": 0.5,
        "false_positive_rate": 1.0,
    }


def test_thin_indices() -> None:
    assert thin_indices(5, 10) == [0, 1, 2, 3, 4]
    idx = thin_indices(10_000, 100)
    assert idx[0] == 0 and idx[-1] == 9_999 and len(idx) == 100


def _epoch(hhmm: str) -> float:
    return datetime.fromisoformat(f"2026-01-01T{hhmm}:00+00:00").timestamp()


def test_timeline_from_flags(
    labels: dict[str, LabelRecord], findings: dict[str, AccountFinding]
) -> None:
    known = {a: f for a, f in findings.items() if a in labels}
    tl = timeline_from_flags(labels, known)
    # flagged attack accounts at their flagged_at: a2 09:00 (0), a1 10:00 (10), a5 11:00 (5),
    # a3 12:00 (20, no count); unflagged a6 (30) + a7 (40) have no time.
    times, cum = tl.cumulative()
    assert list(times) == [_epoch("09:00"), _epoch("10:00"), _epoch("11:00"), _epoch("12:00")]
    assert list(cum) == [0, 10, 15, 35]
    assert tl.untimed_leaked == 70 and tl.leaked == 105
    d = tl.as_dict()
    assert d["approximate"] is True and d["first"] == "2026-01-01T09:00:00.000Z"


def _exchange(i: int, account: str, hhmm: str) -> dict[str, object]:
    return {
        "id": f"ex-{i}",
        "ts": f"2026-01-01T{hhmm}:00Z",
        "account_id": account,
        "request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
    }


def test_timeline_from_data(
    tmp_path: Path, labels: dict[str, LabelRecord], findings: dict[str, AccountFinding]
) -> None:
    rows: list[dict[str, object] | str] = [
        _exchange(1, "a1", "09:00"),
        _exchange(2, "a1", "09:59"),
        _exchange(3, "a1", "10:00"),  # at flagged_at: served, then flagged -> leaked
        _exchange(4, "a1", "11:00"),
        _exchange(5, "a6", "13:00"),  # unflagged: everything leaks
        _exchange(6, "a6", "08:00"),
        _exchange(7, "b1", "07:30"),  # benign: ignored
        _exchange(8, "a4", "07:00"),  # attack, absent from the scan: leaks
        _exchange(9, "x-unlabeled", "07:00"),
        "{not json",
    ]
    path = write_jsonl(tmp_path / "data" / "ex.jsonl", rows)
    known = {a: f for a, f in findings.items() if a in labels}
    report = ReadReport()
    tl = timeline_from_data(labels, known, [path], report)
    assert report.skipped_total == 1 and report.examples[0].line == 10
    assert tl.served_times is not None and len(tl.served_times) == 7
    times, cum = tl.cumulative()
    expected = sorted(_epoch(h) for h in ["09:00", "09:59", "10:00", "13:00", "08:00", "07:00"])
    assert list(times) == expected and list(cum) == [1, 2, 3, 4, 5, 6]
    assert tl.per_account_served == {"a1": 4, "a6": 2, "a4": 1}
    assert tl.as_dict()["fraction_from_data"] == pytest.approx(6 / 7)
    assert datetime.fromtimestamp(times[0], tz=UTC).hour == 7

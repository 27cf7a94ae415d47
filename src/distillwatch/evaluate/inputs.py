"""Reading ground truth (`labels.jsonl`) and a scan's outputs (`accounts.jsonl`,
`campaigns.jsonl`) as the contract defines them.

A malformed line is skipped and recorded with its file and line number (`ReadReport`), never
a crash; a missing file or a file with no valid line at all is an `InputError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

import msgspec

from distillwatch.contract.errors import InputError
from distillwatch.contract.readers import ReadReport, iter_lines, iter_records

UNKNOWN_PERSONA = "(unknown)"


class LabelRecord(msgspec.Struct, kw_only=True):
    account_id: str
    label: Literal["attack", "benign"]
    campaign_id: str | None = None
    persona: str | None = None

    @property
    def is_attack(self) -> bool:
        return self.label == "attack"

    @property
    def persona_name(self) -> str:
        return self.persona or UNKNOWN_PERSONA


class AccountFinding(msgspec.Struct, kw_only=True):
    account_id: str
    score: float
    flagged: bool
    exchanges: int
    flagged_at: datetime | None = None
    exchanges_before_flag: int | None = None
    campaign_id: str | None = None

    def __post_init__(self) -> None:
        # msgspec turns a ValueError here into a ValidationError naming the line.
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} outside [0, 1]")
        if self.exchanges < 0:
            raise ValueError(f"exchanges {self.exchanges} is negative")
        if self.flagged_at is not None and self.flagged_at.tzinfo is None:
            self.flagged_at = self.flagged_at.replace(tzinfo=UTC)


class CampaignFinding(msgspec.Struct, kw_only=True):
    campaign_id: str
    accounts: list[str]
    score: float | None = None
    exchanges: int | None = None


@dataclass
class ScanOutputs:
    """What one scan reported, keyed by account and campaign id."""

    accounts: dict[str, AccountFinding]
    campaigns: dict[str, CampaignFinding]
    campaigns_source: str
    """`campaigns.jsonl`, or `accounts.jsonl` when the campaigns file was absent."""
    notes: list[str] = field(default_factory=list)


T = TypeVar("T", bound=msgspec.Struct)


def read_records(path: Path, kind: type[T], key: str, report: ReadReport) -> dict[str, T]:
    """Valid records of one JSON Lines file by `key`; bad and duplicate lines go to `report`."""
    out: dict[str, T] = {}
    try:
        for lineno, rec in iter_records(path, msgspec.json.Decoder(kind), report):
            ident = getattr(rec, key)
            if ident in out:
                report.skip(
                    str(path),
                    lineno,
                    "duplicate_id",
                    f"{key} {ident!r} seen before; kept the first",
                )
                continue
            report.read += 1
            out[ident] = rec
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e})") from e
    return out


def read_labels(path: str | Path, report: ReadReport) -> dict[str, LabelRecord]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: labels file not found")
    report.files += 1
    labels = read_records(p, LabelRecord, "account_id", report)
    if not labels:
        raise InputError(f"{p}: no valid label line{_first_problem(report, p)}")
    return labels


def read_scan(scan_dir: str | Path, report: ReadReport) -> ScanOutputs:
    d = Path(scan_dir)
    if not d.is_dir():
        raise InputError(f"{d}: scan directory not found")
    accounts_path = d / "accounts.jsonl"
    if not accounts_path.is_file():
        raise InputError(f"{d}: no accounts.jsonl (is this the --out directory of a scan?)")
    report.files += 1
    accounts = read_records(accounts_path, AccountFinding, "account_id", report)
    if not accounts and _nonblank(accounts_path):
        raise InputError(
            f"{accounts_path}: no valid account line{_first_problem(report, accounts_path)}"
        )
    campaigns_path = d / "campaigns.jsonl"
    if campaigns_path.is_file():
        report.files += 1
        campaigns = read_records(campaigns_path, CampaignFinding, "campaign_id", report)
        return ScanOutputs(accounts, campaigns, "campaigns.jsonl")
    derived: dict[str, list[str]] = {}
    for a in accounts.values():
        if a.campaign_id is not None:
            derived.setdefault(a.campaign_id, []).append(a.account_id)
    return ScanOutputs(
        accounts,
        {c: CampaignFinding(campaign_id=c, accounts=ids) for c, ids in derived.items()},
        "accounts.jsonl",
        [f"{campaigns_path} not found: campaign membership taken from accounts.jsonl"],
    )


def _nonblank(path: Path) -> bool:
    return any(line is None or line.strip() for _, line in iter_lines(path))


def _first_problem(report: ReadReport, path: Path) -> str:
    for b in report.examples:
        if b.file == str(path):
            return f" (first problem: line {b.line}: {b.reason}: {b.detail})"
    return " (file is empty)"

"""The latest batch scan's findings, enforced live: SCAN_DIR/accounts.jsonl and
campaigns.jsonl (contract formats), reloaded when either file changes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

log = logging.getLogger("distillwatch.gateway")
_DEC = msgspec.json.Decoder()


@dataclass(frozen=True, slots=True)
class BatchVerdict:
    flagged: bool
    score: float | None
    campaign_id: str | None
    reasons: tuple[str, ...]


@dataclass
class BatchVerdicts:
    scan_dir: Path | None
    accounts: dict[str, BatchVerdict] = field(default_factory=dict)
    campaigns: dict[str, dict[str, Any]] = field(default_factory=dict)
    _mtimes: tuple[float | None, float | None] = (None, None)
    bad_lines: int = 0

    def get(self, account_id: str) -> BatchVerdict | None:
        return self.accounts.get(account_id)

    def _stamp(self) -> tuple[float | None, float | None]:
        assert self.scan_dir is not None
        out: list[float | None] = []
        for name in ("accounts.jsonl", "campaigns.jsonl"):
            try:
                out.append((self.scan_dir / name).stat().st_mtime)
            except FileNotFoundError:
                out.append(None)
        return out[0], out[1]

    def reload_if_changed(self) -> bool:
        if self.scan_dir is None:
            return False
        stamp = self._stamp()
        if stamp == self._mtimes:
            return False
        self.load()
        self._mtimes = stamp
        return True

    def _lines(self, name: str) -> list[dict[str, Any]]:
        assert self.scan_dir is not None
        path = self.scan_dir / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return []
        out = []
        for no, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = _DEC.decode(line)
            except msgspec.DecodeError as e:
                self.bad_lines += 1
                log.warning("%s:%d: skipped, not JSON: %s", path, no, e)
                continue
            if isinstance(obj, dict):
                out.append(obj)
        return out

    def load(self) -> None:
        campaigns: dict[str, dict[str, Any]] = {}
        member: dict[str, str] = {}
        for c in self._lines("campaigns.jsonl"):
            cid = c.get("campaign_id")
            if not isinstance(cid, str):
                continue
            campaigns[cid] = c
            for a in c.get("accounts") or ():
                if isinstance(a, str):
                    member.setdefault(a, cid)
        accounts: dict[str, BatchVerdict] = {}
        for a in self._lines("accounts.jsonl"):
            aid = a.get("account_id")
            if not isinstance(aid, str):
                continue
            cid = a.get("campaign_id") if isinstance(a.get("campaign_id"), str) else None
            reasons = tuple(
                r["code"]
                for r in a.get("reasons") or ()
                if isinstance(r, dict) and isinstance(r.get("code"), str)
            )
            score = a.get("score")
            accounts[aid] = BatchVerdict(
                flagged=a.get("flagged") is True,
                score=float(score) if isinstance(score, int | float) else None,
                campaign_id=cid or member.get(aid),
                reasons=reasons,
            )
        for aid, cid in member.items():
            if aid not in accounts:
                accounts[aid] = BatchVerdict(False, None, cid, ())
        self.accounts, self.campaigns = accounts, campaigns
        log.info("batch verdicts: %d accounts, %d campaigns", len(accounts), len(campaigns))

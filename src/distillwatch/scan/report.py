"""The short human summary a scan prints: counts, skipped lines, top accounts and reasons."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from distillwatch.scan.outputs import ts_str
from distillwatch.scan.run import ScanResult


def print_summary(result: ScanResult, out: Path, top: int, console: Console) -> None:
    s = result.summary
    console.print(
        f"[bold]{s['exchanges_read']:,}[/] exchanges from {s['files']} file(s), "
        f"[bold]{s['accounts']:,}[/] accounts in {s['timings_s']['total']:.1f}s "
        f"({s['exchanges_per_second'] or 0:,.0f}/s): "
        f"[bold red]{s['flagged_accounts']:,}[/] flagged, [bold]{s['campaigns']}[/] campaigns"
    )
    if s["skipped"]:
        reasons = ", ".join(f"{k} {v}" for k, v in s["skipped_by_reason"].items())
        console.print(f"[yellow]skipped {s['skipped']:,} bad lines[/] ({reasons})")
        for ex in s["skipped_examples"][:3]:
            console.print(f"  {ex['file']}:{ex['line']}: {ex['reason']}: {ex['detail'][:100]}")
    flagged = sorted((r for r in result.results if r.flagged), key=lambda r: -r.score)[:top]
    if flagged:
        t = Table(title=f"top {len(flagged)} flagged accounts", title_justify="left")
        t.add_column("account")
        t.add_column("score", justify="right")
        t.add_column("flagged at")
        t.add_column("before flag", justify="right")
        t.add_column("campaign")
        t.add_column("top reasons")
        for r in flagged:
            t.add_row(
                r.account_id,
                f"{r.score:.3f}",
                ts_str(r.flagged_at) or "",
                f"{r.exchanges_before_flag}/{r.exchanges}",
                r.campaign_id or "",
                "; ".join(e.detail for e in r.evidence[:2]),
            )
        console.print(t)
    console.print(f"results in {out}/ (accounts.jsonl, campaigns.jsonl, summary.json)")

"""`distillwatch demo`: the first thing a new user runs — simulate, scan, evaluate, explain."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer


def demo(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Where the range, scan and evaluation go.")
    ] = Path("demo-out"),
    days: Annotated[int, typer.Option(help="Days of traffic to simulate.")] = 30,
    accounts: Annotated[int, typer.Option(help="Accounts in the simulated population.")] = 2000,
    seed: Annotated[
        int, typer.Option(help="Seed of the simulated month (held out from tuning).")
    ] = 7,
    logs: Annotated[
        list[Path] | None,
        typer.Option(
            "--logs", help="Scan these logs of your own instead of simulating (no evaluation)."
        ),
    ] = None,
) -> None:
    """Simulate a month of API traffic with distillation campaigns hidden in it, scan it,
    and show what was caught, what was missed and which honest users were flagged."""
    from rich.console import Console

    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.scan.report import print_summary
    from distillwatch.scan.run import ScanOptions, run_scan

    console = Console()
    try:
        if logs:
            result = run_scan(logs, out / "scan", ScanOptions())
            print_summary(result, out / "scan", top=10, console=console)
            return
        from distillwatch.evaluate.evaluation import evaluate_scan
        from distillwatch.evaluate.output import write_outputs
        from distillwatch.evaluate.report import print_console
        from distillwatch.simulate.runner import SimulateArgs, simulate

        range_dir, scan_dir = out / "range", out / "scan"
        console.rule("[bold]1. simulate")
        man = simulate(
            range_dir,
            SimulateArgs(days=days, accounts=accounts, seed=seed, workers=os.cpu_count() or 1),
        )
        counts = man["counts"]
        console.print(
            f"{counts['exchanges']:,} exchanges from {counts['accounts']:,} accounts "
            f"({counts['attack_accounts']:,} of them attackers) over {days} days "
            f"in {range_dir}/ (ground truth: labels.jsonl)"
        )
        console.rule("[bold]2. scan")
        result = run_scan(
            [range_dir / "exchanges"],
            scan_dir,
            ScanOptions(accounts_file=str(range_dir / "accounts.jsonl")),
        )
        print_summary(result, scan_dir, top=8, console=console)
        console.rule("[bold]3. evaluate against ground truth")
        ev = evaluate_scan(range_dir / "labels.jsonl", scan_dir, [range_dir / "exchanges"])
        written = write_outputs(ev, scan_dir)
        print_console(ev, written)
        _explain(range_dir / "labels.jsonl", result, console)
    except DistillwatchError as e:
        console.print(f"[red]error:[/] {e}")
        raise typer.Exit(2) from None


def _explain(labels_path: Path, result: object, console: object) -> None:
    """Name a few misses and false positives, with the evidence the detector had."""
    import json

    from rich.console import Console

    from distillwatch.scan.run import ScanResult

    assert isinstance(result, ScanResult) and isinstance(console, Console)
    labels = {r["account_id"]: r for r in map(json.loads, labels_path.read_text().splitlines())}
    missed = [
        r
        for r in result.results
        if labels.get(r.account_id, {}).get("label") == "attack" and not r.flagged
    ]
    false_pos = [
        r
        for r in result.results
        if labels.get(r.account_id, {}).get("label") == "benign" and r.flagged
    ]
    console.print(
        f"\n[bold]missed[/] {len(missed)} attack accounts; "
        f"[bold]falsely flagged[/] {len(false_pos)} honest accounts"
    )
    for title, rows in (
        ("missed (attack, not flagged)", missed),
        ("false positives (honest, flagged)", false_pos),
    ):
        for r in sorted(rows, key=lambda r: -r.score)[:4]:
            persona = labels[r.account_id].get("persona")
            why = "; ".join(e.detail for e in r.evidence[:2]) or "no evidence"
            console.print(f"  {title}: {r.account_id} ({persona}, score {r.score:.2f}): {why}")

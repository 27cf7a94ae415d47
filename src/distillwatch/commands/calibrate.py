"""`distillwatch calibrate`: set the operating threshold on benign reference traffic."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def calibrate(
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Calibration file to write (the package ships data/calibration.json).",
        ),
    ] = Path("src/distillwatch/data/calibration.json"),
    budget: Annotated[
        float, typer.Option(help="Share of benign accounts allowed to be flagged.")
    ] = 0.001,
    accounts: Annotated[
        int, typer.Option(help="Accounts per reference seed (benign-only).")
    ] = 6000,
    days: Annotated[int, typer.Option(help="Days per reference month.")] = 30,
    intent_model: Annotated[
        Path | None,
        typer.Option(
            "--intent-model",
            help="Intent model file the scans will read (default: the shipped one).",
        ),
    ] = None,
    work: Annotated[Path, typer.Option(help="Scratch directory for the reference traffic.")] = Path(
        "benchmarks/work/calibration"
    ),
) -> None:
    """Simulate benign-only reference months (seeds reserved for calibration), score every
    account, and set the threshold so at most BUDGET of benign accounts would be flagged —
    never below what a single evidence group reaches alone."""
    from rich.console import Console

    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.detect.reference import calibrate_on_reference

    console = Console()
    try:
        cal = calibrate_on_reference(
            work,
            accounts=accounts,
            days=days,
            budget=budget,
            intent_model=str(intent_model) if intent_model else None,
        )
    except DistillwatchError as e:
        console.print(f"[red]error:[/] {e}")
        raise typer.Exit(2) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(cal.to_json() + "\n")
    console.print(
        f"threshold {cal.threshold:.4f} (benign quantile {cal.benign_quantile_score}, floor "
        f"{cal.floor:.4f}) from {cal.benign_accounts:,} benign accounts -> {out}"
    )
    for persona, top in sorted(cal.by_persona_max.items(), key=lambda kv: -kv[1]):
        console.print(f"  highest {persona} score: {top:.4f}")

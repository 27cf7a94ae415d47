"""`distillwatch evaluate`: score a scan's findings against ground-truth labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def evaluate(
    labels: Annotated[
        Path,
        typer.Option(
            "--labels", help="Ground truth: labels.jsonl (account_id, label, campaign_id, persona)."
        ),
    ],
    scan: Annotated[
        Path,
        typer.Option("--scan", help="A scan's --out directory (accounts.jsonl, campaigns.jsonl)."),
    ],
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data", help="The exchange files the scan read: times the leak exactly. Repeatable."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Where to write evaluation.{json,md,png}; default: the scan directory."
        ),
    ] = None,
    campaign_threshold: Annotated[
        float,
        typer.Option(
            "--campaign-threshold", help="Share of a true campaign's accounts that must be flagged."
        ),
    ] = 0.8,
    confidence: Annotated[
        float, typer.Option("--confidence", help="Interval confidence level.")
    ] = 0.95,
) -> None:
    """Score a scan against ground truth, with exact 95% intervals.

    Recall, false-positive rate and precision per persona; campaign recall and purity;
    the share of attack exchanges served before each account was flagged.
    """
    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.evaluate.evaluation import evaluate_scan
    from distillwatch.evaluate.output import write_outputs
    from distillwatch.evaluate.report import print_console

    if not 0.0 < confidence < 1.0 or not 0.0 < campaign_threshold <= 1.0:
        typer.echo(
            "error: --confidence must be in (0, 1) and --campaign-threshold in (0, 1]", err=True
        )
        raise typer.Exit(2)
    try:
        ev = evaluate_scan(labels, scan, data or (), 1 - confidence, campaign_threshold)
        written = write_outputs(ev, out if out is not None else scan)
    except DistillwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    print_console(ev, written)

"""`distillwatch signals`: per-request signals, one JSON object per exchange read, in order."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, BinaryIO

import typer

BATCH = 1024


def signals(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Exchange files (.jsonl, .jsonl.gz, .parquet) or directories."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSON Lines file.")],
    model: Annotated[
        Path | None, typer.Option(help="Intent model file (default: the shipped one).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Write the request signals of every exchange: intent, capability, language, template, client.

    One object per exchange read, in input order: id, intent_score, flagged, intent (four
    families), capability, language, template, client. Bad lines are skipped and reported.
    """
    import msgspec
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.contract.readers import ReadReport, read_exchanges
    from distillwatch.signals import load_extractor

    console = Console(stderr=True, soft_wrap=True)
    report = ReadReport()
    enc = msgspec.json.Encoder()
    try:
        extractor = load_extractor(str(model) if model else None)
    except ValueError as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    written = 0
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with (
            out.open("wb") as fh,
            Progress(
                TextColumn("[bold]signals[/bold]"),
                BarColumn(bar_width=None),
                TextColumn("{task.completed:,} exchanges"),
                TimeElapsedColumn(),
                console=console,
                disable=quiet,
                transient=True,
            ) as bar,
        ):
            task = bar.add_task("signals", total=None)
            batch = []
            for ex in read_exchanges(inputs, report):
                batch.append(ex)
                if len(batch) >= BATCH:
                    written += _write(fh, enc, extractor, batch)
                    bar.advance(task, len(batch))
                    batch = []
            if batch:
                written += _write(fh, enc, extractor, batch)
                bar.advance(task, len(batch))
    except DistillwatchError as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    console.print(f"wrote {written:,} signal records to {out}")
    if report.skipped_total:
        console.print(f"[yellow]skipped {report.skipped_total:,} bad lines:[/yellow]")
        for reason, n in sorted(report.skipped.items()):
            console.print(f"  {reason}: {n:,}")
        for b in report.examples[:10]:
            console.print(f"  {b.file}:{b.line}: {b.reason}: {b.detail}")


def _write(fh: BinaryIO, enc: Any, extractor: Any, batch: list[Any]) -> int:
    from distillwatch.signals.output import signals_record

    for ex, sig in zip(batch, extractor.extract_many(batch), strict=True):
        fh.write(enc.encode(signals_record(ex.id, sig)))
        fh.write(b"\n")
    return len(batch)

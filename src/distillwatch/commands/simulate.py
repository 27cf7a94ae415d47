"""`distillwatch simulate`: generate the traffic range (benign personas + attack campaigns)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def simulate(
    out: Annotated[Path | None, typer.Option("--out", help="Output directory.")] = None,
    days: Annotated[int, typer.Option(help="Length of the window in days.")] = 30,
    accounts: Annotated[int, typer.Option(help="Number of accounts (about 15% attack).")] = 2000,
    seed: Annotated[int, typer.Option(help="Random seed; same arguments give the same bytes.")] = 0,
    scale: Annotated[float, typer.Option(help="Multiplies every account's request volume.")] = 1.0,
    fmt: Annotated[str, typer.Option("--format", help="jsonl.gz, jsonl or parquet.")] = "jsonl.gz",
    exclude_family: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude-family",
            help="Leave out a persona, campaign, group or prompt family (repeatable).",
        ),
    ] = None,
    only_family: Annotated[
        list[str] | None,
        typer.Option(
            "--only-family",
            help="Keep only these personas/campaigns/groups (repeatable; 'benign' = all benign).",
        ),
    ] = None,
    benign_only: Annotated[
        bool, typer.Option("--benign-only", help="Same as --only-family benign.")
    ] = False,
    start: Annotated[
        str | None, typer.Option(help="Window start, RFC 3339 (default 2026-03-02T00:00:00Z).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Processes (output does not depend on it).")] = 1,
    shards: Annotated[int | None, typer.Option(help="Output shard files (default 8).")] = None,
    compresslevel: Annotated[int, typer.Option(help="gzip level 1-9.")] = 1,
    part: Annotated[
        str | None,
        typer.Option(help="K/N: write only shard files k with k % N == K (split a big run)."),
    ] = None,
    stats: Annotated[
        Path | None,
        typer.Option("--stats", help="Print per-persona statistics of a generated DIR and exit."),
    ] = None,
    list_families: Annotated[
        bool, typer.Option("--list-families", help="Print the family names and exit.")
    ] = False,
) -> None:
    """Write a synthetic month of API traffic with ground truth: DIR/exchanges/, DIR/accounts.jsonl,
    DIR/labels.jsonl, DIR/manifest.json."""
    import json
    import time

    from distillwatch.contract.errors import DistillwatchError
    from distillwatch.simulate.config import DEFAULT_CONFIG
    from distillwatch.simulate.families import all_families
    from distillwatch.simulate.runner import SimulateArgs
    from distillwatch.simulate.runner import simulate as run
    from distillwatch.simulate.stats import range_stats, stats_markdown

    try:
        if list_families:
            typer.echo(json.dumps(all_families(DEFAULT_CONFIG), indent=2))
            return
        if stats is not None:
            if not (stats / "labels.jsonl").is_file() or not (stats / "manifest.json").is_file():
                raise DistillwatchError(
                    f"{stats}: not a range directory (labels.jsonl/manifest.json missing)"
                )
            typer.echo(stats_markdown(range_stats(stats)))
            return
        if out is None:
            raise DistillwatchError("--out DIR is required")
        only = list(only_family or [])
        if benign_only:
            only.append("benign")
        if not 1 <= compresslevel <= 9:
            raise DistillwatchError("--compresslevel must be between 1 and 9")
        part_kn = None
        if part is not None:
            try:
                k, n = (int(x) for x in part.split("/"))
            except ValueError:
                raise DistillwatchError(f"--part: expected K/N such as 0/4, not {part!r}") from None
            part_kn = (k, n)
        t0 = time.perf_counter()
        manifest = run(
            out,
            SimulateArgs(
                days=days,
                accounts=accounts,
                seed=seed,
                scale=scale,
                fmt=fmt,
                only=tuple(only),
                exclude=tuple(exclude_family or []),
                start=start,
                workers=workers,
                compresslevel=compresslevel,
                shards=shards,
                part=part_kn,
            ),
        )
    except DistillwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    except OSError as e:  # e.g. --out is a file, or the disk is full
        typer.echo(f"error: cannot write {out}: {e.strerror or e}", err=True)
        raise typer.Exit(2) from None
    c = manifest["counts"]
    typer.echo(
        f"wrote {c['exchanges']} exchanges from {c['accounts']} accounts "
        f"({c['attack_accounts']} attack) to {out} in {time.perf_counter() - t0:.1f} s"
    )

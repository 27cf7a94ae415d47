"""How benchmark results are written: a JSON file and its Markdown rendering, side by side."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def pct(x: dict[str, Any], digits: int = 1) -> str:
    """A rate from `evaluate_intent.rate`: 'r% [lo, hi] (k/n)'."""
    lo, hi = x["ci95"]
    return (
        f"{100 * x['rate']:.{digits}f}% [{100 * lo:.{digits}f}, {100 * hi:.{digits}f}] "
        f"({x['k']}/{x['n']})"
    )


def write_results(stem: str, results: dict[str, Any], markdown: str) -> None:
    """benchmarks/results/STEM.json and STEM.md; the Markdown is printed too."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{stem}.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text(markdown)
    print(markdown)


def section(title: str, caption: str, header: list[str]) -> list[str]:
    """The Markdown lines that open a results table: a '##' title, a caption, the header."""
    return [
        "",
        f"## {title}",
        "",
        caption,
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]


def table_row(label: str, cells: Iterable[str]) -> str:
    """One Markdown table row: the label, then the cells."""
    return f"| {label} | " + " | ".join(cells) + " |"

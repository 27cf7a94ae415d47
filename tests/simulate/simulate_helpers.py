"""Helpers for the simulate tests: read a generated range back as plain dicts."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distillwatch.simulate.runner import SimulateArgs

SMALL = SimulateArgs(days=6, accounts=260, seed=11)


def iter_exchanges(directory: Path) -> Iterator[dict[str, Any]]:
    for f in sorted((directory / "exchanges").glob("part-*.jsonl*")):
        opener = gzip.open if f.name.endswith(".gz") else open
        with opener(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines()]

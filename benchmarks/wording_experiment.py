"""The stop-13 "wording" experiment: does training on more varied wording generalise?

Trains the variants of docs/signals.md, "New wording" (each the shipped corpus plus: the
quiet pairs; two thirds of the first blind pair's attack phrasings and half its hard
negatives; both; and both with the whole first blind pair, as `train-intent --wording`),
then scores each, beside the shipped model, on what none of the split variants trained on:
the first blind pair's held-out part (attack phrasing 2 of every cell, hard negatives 2-3),
the first independent sets and real users' held-out prompts. Intervals are clustered over
phrasings (conversations for real prompts). The account-level columns of that section come
from `account_intent_by_persona.py --models` on the files written here.

    .venv/bin/python benchmarks/wording_experiment.py          # trains (about 12 min)
    .venv/bin/python benchmarks/account_intent_by_persona.py --name wording_account_intent \\
        --models shipped benchmarks/work/wording_*.npz

No later blind pair (`corpus.build.BLIND_PAIRS` 2 and up) is read. Writes benchmarks/results/wording.json, .md
and the models to benchmarks/work/wording_*.npz.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, write_results
from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.corpus.build import (
    Example,
    blind_attack_examples,
    blind_benign_examples,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    quiet_examples,
    real_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import pooled_rate, top_scores
from distillwatch.signals.model import load_model
from distillwatch.signals.train import train, train_default

WORK = Path(__file__).resolve().parent / "work"


def phrasing(e: Example) -> int:
    """The index of an example's phrasing inside its (sub-family or source, language) cell."""
    return int(e.group.rsplit("/", 1)[1])


def blind_train_part() -> list[Example]:
    """Two thirds of the first blind pair's attack phrasings, half its hard negatives."""
    return [e for e in blind_attack_examples(12, 0) if phrasing(e) < 2] + [
        e for e in blind_benign_examples(60, 0) if phrasing(e) < 2
    ]


def variants() -> dict[str, Callable[[], Any]]:
    def base(quiet: bool) -> list[Example]:
        return build_corpus(12, 60, 0, True, True) + (list(quiet_examples(12, 0)) if quiet else [])

    def fit(examples: list[Example]) -> Any:
        return train(examples, CAPABILITIES, benign_splits=("train", "test"))

    return {
        "quiet": lambda: fit(base(True)),
        "blind_part": lambda: fit(base(False) + blind_train_part()),
        "quiet_blind_part": lambda: fit(base(True) + blind_train_part()),
        "wording": lambda: train_default(wording=True),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-train", action="store_true", help="score the models already written")
    a = ap.parse_args()
    WORK.mkdir(exist_ok=True)
    paths = {name: WORK / f"wording_{name}.npz" for name in variants()}
    if not a.no_train:
        for name, make in variants().items():
            print(f"training {name}", flush=True)
            make().save(paths[name])
    sets = {
        "first blind pair, held-out attacks": [
            e for e in blind_attack_examples(12, 0) if phrasing(e) == 2
        ],
        "first blind pair, held-out hard negatives": [
            e for e in blind_benign_examples(24, 0) if phrasing(e) >= 2
        ],
        "independent attacks": list(independent_attack_examples(12, 0)),
        "independent hard negatives": list(independent_benign_examples(24, 0)),
        "real held-out prompts": [e for e in real_examples() if split_of(e.group) == "test"],
    }
    results: dict[str, Any] = {"machine": machine(), "models": {}}
    for name, path in {"shipped": None, **paths}.items():
        m = load_model(path)
        row: dict[str, Any] = {"threshold": m.threshold}
        for s, ex in sets.items():
            row[s] = pooled_rate(ex, top_scores(m, ex) >= m.threshold)
        results["models"][name] = row
    write_results("wording", results, render(results, list(sets)))


def render(r: dict[str, Any], sets: list[str]) -> str:
    m = r["machine"]

    def fmt(x: dict[str, Any]) -> str:
        lo, hi = x["ci95_clustered"]
        return f"{100 * x['rate']:.1f}% [{100 * lo:.1f}, {100 * hi:.1f}] ({x['k']}/{x['n']})"

    lines = [
        "# The wording experiment (not shipped)",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}.",
    ]
    lines += section(
        "Each model at its own threshold",
        "Intervals: cluster bootstrap over phrasings (conversations for real prompts). "
        "`wording` trained on the whole first blind pair, so its first two columns are not "
        "held out for it.",
        ["model", "threshold", *sets],
    )
    for name, row in r["models"].items():
        lines.append(
            f"| {name} | {row['threshold']:.3f} | " + " | ".join(fmt(row[s]) for s in sets) + " |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

"""What a gate costs the embedding stage: recall and false positives against stage calls.

The opt-in embedding stage (`signals/embedding_stage.py`) costs ~3 ms a request. With a
gate, only requests the n-gram model scores at least that high run it; the rest keep the
n-gram probabilities. This scores every read blind pair, the first independent pair and
real users' held-out prompts once with each head, then applies each gate in numpy: attacks
caught and hard negatives flagged at the staged model's threshold, and the share of
requests that would run the stage. Every set here is dev (the fifth pair was read once for
the stage in stop 17); the sixth pair stays out.

    .venv/bin/python benchmarks/stage_gate.py --model staged.npz [--gates 0 0.02 0.05 0.1]

Writes benchmarks/results/stage_gate.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import pct, write_results
from distillwatch.signals.corpus.build import (
    BLIND_PAIRS,
    Example,
    blind_pair_attacks,
    blind_pair_benign,
    independent_attack_examples,
    independent_benign_examples,
    real_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import rate
from distillwatch.signals.model import load_model

READ_PAIRS = [n for n, p in BLIND_PAIRS.items() if p.is_dev_set]


def sets() -> dict[str, tuple[bool, list[Example]]]:
    """(is attack, requests) per set, every one of them dev."""
    real_test = [e for e in real_examples() if split_of(e.group) == "test"]
    return {
        "read blind pairs, attacks": (
            True,
            [e for n in READ_PAIRS for e in blind_pair_attacks(n, 12, 0)],
        ),
        "read blind pairs, hard negatives": (
            False,
            [e for n in READ_PAIRS for e in blind_pair_benign(n, 24, 0)],
        ),
        "first independent attacks": (True, list(independent_attack_examples(12, 0))),
        "first independent hard negatives": (False, list(independent_benign_examples(24, 0))),
        "real users' held-out prompts": (False, real_test),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="a model file with an embedding stage")
    ap.add_argument(
        "--base",
        default="shipped",
        help="the model the stage was added to ('shipped' or a file): its own threshold is "
        "the n-gram row's",
    )
    ap.add_argument("--gates", type=float, nargs="+", default=[0.0, 0.01, 0.02, 0.05, 0.1, 0.2])
    ap.add_argument("--name", default="stage_gate")
    a = ap.parse_args()
    staged = load_model(a.model)
    if staged.stage is None:
        raise SystemExit(f"{a.model} has no embedding stage (distillwatch train-embedding-stage)")
    base = load_model(None if a.base == "shipped" else a.base)
    if not np.array_equal(base.weights, staged.weights):
        raise SystemExit(f"{a.model} was not built on {a.base}: pass its base model with --base")
    ngram = replace(staged, stage=None)
    t = staged.threshold
    out: dict[str, Any] = {
        "machine": machine(),
        "model": a.model,
        "threshold": t,
        "pairs": READ_PAIRS,
        "sets": {},
    }
    for name, (attack, ex) in sets().items():
        users, contexts = [e.user for e in ex], [e.context for e in ex]
        p_ng, _ = ngram.predict(users, contexts)
        p_st = staged.stage.probs(users, contexts)
        top_ng = p_ng[:, 1:].max(axis=1)
        rows: dict[str, Any] = {}
        for g in a.gates:
            run = top_ng >= g
            p: npt.NDArray[Any] = np.where(run[:, None], (p_ng + p_st) / 2, p_ng)
            hits = p[:, 1:].max(axis=1) >= t
            rows[str(g)] = {
                "flagged": rate(int(hits.sum()), len(hits)),
                "stage_share": float(run.mean()),
            }
        rows["n-gram alone"] = {
            "flagged": rate(int((top_ng >= base.threshold).sum()), len(top_ng)),
            "stage_share": 0.0,
            "threshold": base.threshold,
        }
        out["sets"][name] = {"attack": attack, "n": len(ex), "by_gate": rows}
        print(name, {k: round(v["flagged"]["rate"], 4) for k, v in rows.items()}, flush=True)
    write_results(a.name, out, render(out))


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    names = list(r["sets"])
    gates = list(r["sets"][names[0]]["by_gate"])
    lines = [
        "# The embedding stage behind a gate",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Model "
        f"`{r['model']}` at its threshold {r['threshold']:.3f}; the n-gram model alone (its base) "
        f"at its own. Read blind pairs: {', '.join(map(str, r['pairs']))} (all dev). A gate g runs the "
        "stage only on requests whose n-gram intent score is at least g. Rates over requests, "
        "95% Clopper-Pearson intervals (one phrasing's requests move together, so the "
        "clustered intervals of `blind_sets.py` are wider).",
        "",
        "| gate | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for g in gates:
        cells = []
        for n in names:
            row = r["sets"][n]["by_gate"][g]
            share = "" if g == "n-gram alone" else f"; stage on {100 * row['stage_share']:.1f}%"
            cells.append(pct(row["flagged"]) + share)
        lines.append(f"| {g} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

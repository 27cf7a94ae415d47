"""Do more writers help the embedding stage on new wording? Leave one read blind pair out.

Stop 15 trained the n-gram model on the read blind pairs ("more writers") and judged it on
the honest side only: no unread pair was ever spent to ask whether other writers' phrasings
help on new wording at the request level. The read pairs (dev) can answer that among
themselves: for each read pair h, the stage's head is fitted on the corpus (as
`train-embedding-stage` fits it: 6 examples per attack phrasing, 24 per benign one) plus
every other read pair's attacks and hard negatives (same sizes, framing seed 1), gated at
0.1 on the shipped n-gram model and calibrated as `add_embedding_stage` calibrates; then
pair h's attacks (12 per phrasing) and hard negatives (24), framed as `blind_sets.py`
frames them (seed 0), and real users' held-out prompts are read at its own threshold,
beside the stage without the pairs and the shipped model. Every set here is dev; the
seventh pair stays out.

    .venv/bin/python benchmarks/stage_writers_lopo.py     # ~30 min on two cores
    # the n-gram head trained on the other pairs too (~5 min more a fold):
    .venv/bin/python benchmarks/stage_writers_lopo.py --ngram --name stage_writers_lopo_ngram
    # second round: the stage's weight in the mean
    .venv/bin/python benchmarks/stage_writers_lopo.py --weights 0.5 0.6 0.7 0.8 \
        --name stage_writers_lopo_weights

Embeddings are cached in benchmarks/work/lopo_*.npz. Writes
benchmarks/results/stage_writers_lopo.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import write_results
from distillwatch.evaluate.cluster_intervals import cluster_interval
from distillwatch.signals.corpus.build import (
    BLIND_PAIRS,
    Example,
    blind_pair_attacks,
    blind_pair_benign,
    blind_pairs_whole,
    build_corpus,
    real_examples,
    split_of,
)
from distillwatch.signals.embedding_stage import EmbeddingStage, features, fit_stage
from distillwatch.signals.model import IntentModel, load_model
from distillwatch.signals.train import (
    calibrate_threshold,
    calibration_examples,
    stage_training_set,
    train_default,
)

WORK = Path(__file__).parent / "work"
READ_PAIRS = [n for n, p in BLIND_PAIRS.items() if p.is_dev_set]
GATE = 0.1


def cached(name: str, ex: Sequence[Example]) -> npt.NDArray[np.float32]:
    """[user, context] embeddings of `ex`, cached by name (and checked by count)."""
    path = WORK / f"lopo_{name}.npz"
    if path.exists():
        with np.load(path) as z:
            if z["x"].shape[0] == len(ex):
                return np.asarray(z["x"], np.float32)
    print(f"embedding {name}: {len(ex):,} requests", flush=True)
    x = features([e.user for e in ex], [e.context for e in ex])
    np.savez(path, x=x)
    return x


class Scored:
    """A set's n-gram probabilities and embeddings: any stage is then scored in numpy."""

    def __init__(self, name: str, ex: Sequence[Example]) -> None:
        self.ex = list(ex)
        self.p_ng = self.ngram_probs(load_model())
        self.x = cached(name, ex)

    def ngram_probs(self, ngram: IntentModel) -> npt.NDArray[np.float32]:
        p, _ = ngram.predict([e.user for e in self.ex], [e.context for e in self.ex])
        return p

    def top(
        self,
        stage: EmbeddingStage | None,
        w: float = 0.5,
        p_ng: npt.NDArray[np.float32] | None = None,
    ) -> npt.NDArray[np.float64]:
        """The intent score (top family) with `stage` gated at GATE and weighing `w` in the
        mean (None: n-gram alone), over the shipped n-gram's probabilities or `p_ng`."""
        p = self.p_ng if p_ng is None else p_ng
        if stage is not None:
            run = p[:, 1:].max(axis=1) >= GATE
            p_st = stage.head(self.x)
            p = np.where(run[:, None], (1 - w) * p + w * p_st, p)
        return np.asarray(p[:, 1:].max(axis=1), np.float64)


def label_of(w: float) -> str:
    return "stage + other pairs" if w == 0.5 else f"stage + other pairs, weight {w}"


def rate(ex: Sequence[Example], hits: npt.NDArray[np.bool_]) -> dict[str, Any]:
    """Pooled rate with a cluster interval over phrasings (one phrasing's requests move
    together)."""
    k: dict[str, int] = {}
    n: dict[str, int] = {}
    for e, h in zip(ex, hits, strict=True):
        k[e.group] = k.get(e.group, 0) + int(h)
        n[e.group] = n.get(e.group, 0) + 1
    ks, ns = list(k.values()), [n[g] for g in k]
    lo, hi = cluster_interval(ks, ns)
    return {"k": sum(ks), "n": sum(ns), "rate": sum(ks) / max(1, sum(ns)), "ci95": [lo, hi]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="stage_writers_lopo")
    ap.add_argument(
        "--weights",
        type=float,
        nargs="+",
        default=[0.5],
        help="the stage's weight in the mean for the head with the other pairs (0.5: equal)",
    )
    ap.add_argument(
        "--ngram",
        action="store_true",
        help="also train the n-gram model on the other pairs (train-intent --blind-pair) and "
        "read the held-out pair with it, alone and under the fold's stage (~5 min a fold)",
    )
    a = ap.parse_args()
    corpus = build_corpus(6, 24, 0)
    train_ex, _ = stage_training_set(corpus)
    calib = Scored("calib", calibration_examples(corpus))
    x_corpus = cached("corpus_train", train_ex)
    # framed with the next seed, as `train-embedding-stage --blind-pair` frames them
    train_pairs = {n: list(blind_pairs_whole((n,), 6, 24, 1)) for n in READ_PAIRS}
    x_pairs = {n: cached(f"pair{n}_train", ex) for n, ex in train_pairs.items()}
    tests = {
        n: (
            Scored(f"pair{n}_attacks", list(blind_pair_attacks(n, 12, 0))),
            Scored(f"pair{n}_benign", list(blind_pair_benign(n, 24, 0))),
        )
        for n in READ_PAIRS
    }
    real = Scored("real_test", [e for e in real_examples() if split_of(e.group) == "test"])
    shipped_t = load_model().threshold
    base = load_model(WORK / "intent_use_stage_gate01.npz")
    assert base.stage is not None
    out: dict[str, Any] = {
        "machine": machine(),
        "pairs": READ_PAIRS,
        "gate": GATE,
        "corpus_train": len(train_ex),
        "folds": {},
    }
    for h in READ_PAIRS:
        others = [n for n in READ_PAIRS if n != h]
        # as add_embedding_stage picks them: the corpus's, then the pairs' (in this order,
        # so the cached embeddings line up)
        ex, w = stage_training_set(corpus, [e for n in others for e in train_pairs[n]])
        x = np.concatenate([x_corpus, *(x_pairs[n] for n in others)])
        print(f"fold {h}: fitting on {len(ex):,} requests", flush=True)
        stage = fit_stage(x, [e.label for e in ex], base.intent_classes, w)
        attacks, benign = tests[h]
        fold: dict[str, Any] = {}
        runs = [("shipped", None, 0.5, shipped_t), ("stage", base.stage, 0.5, base.threshold)]
        runs += [
            (label_of(wt), stage, wt, calibrate_threshold(calib.top(stage, wt))) for wt in a.weights
        ]
        probs: dict[str, Any] = {}
        if a.ngram:
            print(f"fold {h}: training the n-gram model with pairs {others}", flush=True)
            ng = train_default(blind=tuple(others))
            probs = {k: s.ngram_probs(ng) for k, s in (("a", attacks), ("b", benign), ("r", real))}
            p_calib = calib.ngram_probs(ng)
            runs += [
                ("n-gram + other pairs", None, 0.5, ng.threshold),
                (
                    "both + other pairs",
                    stage,
                    0.5,
                    calibrate_threshold(calib.top(stage, 0.5, p_calib)),
                ),
            ]
        for label, st, wt, t in runs:
            own = label.startswith(("n-gram +", "both +"))
            fold[label] = {
                "threshold": t,
                "attacks caught": rate(
                    attacks.ex, attacks.top(st, wt, probs.get("a") if own else None) >= t
                ),
                "hard negatives flagged": rate(
                    benign.ex, benign.top(st, wt, probs.get("b") if own else None) >= t
                ),
                "real prompts flagged": rate(
                    real.ex, real.top(st, wt, probs.get("r") if own else None) >= t
                ),
            }
            print(h, label, {k: round(v["rate"], 4) for k, v in fold[label].items() if k != "threshold"}, flush=True)  # fmt: skip
        out["folds"][str(h)] = fold
    out["pooled"] = {
        label: {
            m: {
                "k": sum(f[label][m]["k"] for f in out["folds"].values()),
                "n": sum(f[label][m]["n"] for f in out["folds"].values()),
            }
            for m in ("attacks caught", "hard negatives flagged")
        }
        for label in next(iter(out["folds"].values()))
    }
    write_results(a.name, out, render(out))


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    labels = list(r["pooled"])
    lines = [
        "# More writers for the embedding stage: leave one read blind pair out",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Read pairs "
        f"{', '.join(map(str, r['pairs']))} (all dev). Per fold, the stage's head is fitted on "
        f"the corpus ({r['corpus_train']:,} requests) plus every other read pair, gated at "
        f"{r['gate']} and calibrated as `add_embedding_stage` calibrates; the held-out pair is "
        "read at each model's own threshold. Intervals: cluster bootstrap over phrasings.",
        "",
        "| held-out pair | "
        + " | ".join(f"{x}: caught / hard negatives / real" for x in labels)
        + " |",
        "|---|" + "---|" * len(labels),
    ]

    def cell(x: dict[str, Any]) -> str:
        a, b, c = x["attacks caught"], x["hard negatives flagged"], x["real prompts flagged"]
        return (
            f"{100 * a['rate']:.1f}% [{100 * a['ci95'][0]:.1f}, {100 * a['ci95'][1]:.1f}] / "
            f"{100 * b['rate']:.2f}% / {c['k']}"
        )

    for h, fold in r["folds"].items():
        lines.append(f"| {h} | " + " | ".join(cell(fold[x]) for x in labels) + " |")
    p = r["pooled"]
    lines.append(
        "| **pooled** | "
        + " | ".join(
            f"{100 * p[x]['attacks caught']['k'] / p[x]['attacks caught']['n']:.1f}% / "
            f"{100 * p[x]['hard negatives flagged']['k'] / p[x]['hard negatives flagged']['n']:.2f}%"
            for x in labels
        )
        + " |"
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

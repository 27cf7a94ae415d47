"""Which embedding head: linear or one hidden layer, with or without gate weighting (dev).

The embedding stage runs only on requests the n-gram head scores at least the gate (0.1),
but a linear head fitted on every training request alike spends most of its fit on requests
it never sees. This fits the heads named in docs/evaluation.md ("Stop 22") on the training
requests `train-embedding-stage` uses for W10 (seed 0, 6 / 24 per phrasing, read pairs 1-7
and 9-11 whole), each under the same n-gram head, gate and geometric combination, with the
threshold calibrated as `add_embedding_stage` calibrates it, and reads each on dev: the read
pairs' attacks and hard negatives, and real users' prompts (held-out split and all turns).

Embedding the ~358,000 distinct texts takes ~22 minutes on one core; they are cached
(`--cache`, keyed by a digest of the texts), and each head then fits in 1-3 minutes.

    .venv/bin/python benchmarks/stage_heads.py \\
        --ngram benchmarks/work/intent_writers10.npz \\
        --linear-from benchmarks/work/intent_writers10g_stage.npz

Writes benchmarks/results/stage_heads.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
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
    blind_pairs_whole,
    build_corpus,
    real_examples,
    split_of,
)
from distillwatch.signals.embedding_stage import EmbeddingStage, embed, fit_stage
from distillwatch.signals.evaluate_intent import rate
from distillwatch.signals.model import load_model
from distillwatch.signals.train import (
    INTENT_CLASSES,
    calibrate_threshold,
    calibration_examples,
    stage_training_set,
)

P10 = (1, 2, 3, 4, 5, 6, 7, 9, 10, 11)
GATE = 0.1
HIDDEN = 256
DEFAULT_HEADS = ["lr:1", "lr:3", "lr:10", "mlp:1", "mlp:3", "mlp:10", "mlp:1:1"]
"""kind:gate weight[:seed]; the first six are the stop-22 rule's candidates, the last a
second seed of one of them (how much a hidden head moves with its seed alone)."""


def build_sets(
    dev_pairs: list[int],
) -> tuple[dict[str, list[Example]], npt.NDArray[np.float64]]:
    """The sets by name, and the training requests' weights (real prompts weigh less)."""
    corpus = build_corpus(6, 24, 0)
    train_ex, weight = stage_training_set(corpus, list(blind_pairs_whole(P10, 6, 24, 1)))
    sets = {"train": train_ex, "calib": calibration_examples(corpus)}
    for n in dev_pairs:
        if not BLIND_PAIRS[n].is_dev_set:
            raise SystemExit(f"blind pair {n} is unread: a test set, not dev")
        sets[f"b{n}_attacks"] = list(blind_pair_attacks(n, 12, 0))
        sets[f"b{n}_benign"] = list(blind_pair_benign(n, 24, 0))
    sets["real"] = list(real_examples())
    return sets, weight


def cached_embeddings(texts: list[str], cache: Path) -> npt.NDArray[np.float16]:
    """Embeddings of `texts` (float16, as cached), computed once per distinct text list."""
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8", "surrogatepass")).hexdigest()
    path = cache / f"embeddings-{digest[:16]}.npy"
    if path.exists():
        return np.load(path)
    cache.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    e = embed(
        texts,
        lambda d, t: print(f"  embedded {d:,}/{t:,} ({time.time() - t0:.0f} s)", flush=True),
    )
    np.save(path, e.astype(np.float16))
    return np.load(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ngram", required=True, help="the n-gram model the stage sits on")
    ap.add_argument("--linear-from", help="a staged model whose (linear) head is read too")
    ap.add_argument("--heads", nargs="+", default=DEFAULT_HEADS)
    ap.add_argument("--dev-pairs", type=int, nargs="+", default=[8, 12, 16])
    ap.add_argument("--cache", type=Path, default=Path("benchmarks/work/stage_heads"))
    ap.add_argument("--name", default="stage_heads")
    a = ap.parse_args()
    t0 = time.time()
    sets, base_weight = build_sets(a.dev_pairs)
    texts = sorted({t for ex in sets.values() for e in ex for t in (e.user, e.context) if t})
    print(f"{len(texts):,} distinct texts", flush=True)
    emb = np.concatenate([cached_embeddings(texts, a.cache), np.zeros((1, 512), np.float16)])
    index = {t: i for i, t in enumerate(texts)}
    ngram = replace(load_model(a.ngram), stage=None)

    def rows(ex: list[Example]) -> npt.NDArray[np.float32]:
        u = [index[e.user] if e.user else -1 for e in ex]
        c = [index[e.context] if e.context else -1 for e in ex]
        return np.concatenate([emb[u], emb[c]], axis=1).astype(np.float32)

    top: dict[str, npt.NDArray[Any]] = {}
    probs: dict[str, npt.NDArray[Any]] = {}
    for k, ex in sets.items():
        probs[k] = ngram.predict([e.user for e in ex], [e.context for e in ex])[0]
        top[k] = probs[k][:, 1:].max(axis=1)
    x_train = rows(sets["train"])
    y = [e.label for e in sets["train"]]
    seen = top["train"] >= GATE
    gated = {
        k: rows([e for e, over in zip(ex, top[k] >= GATE, strict=True) if over])
        for k, ex in sets.items()
        if k != "train"
    }
    heads: dict[str, EmbeddingStage] = {}
    if a.linear_from:
        donor = load_model(a.linear_from).stage
        if donor is None:
            raise SystemExit(f"{a.linear_from} has no embedding stage")
        heads["linear head of --linear-from"] = donor
    fit_seconds: dict[str, float] = {}
    for spec in a.heads:
        kind, k_, *seed_ = spec.split(":")
        weight = base_weight.copy()
        weight[seen] *= float(k_)
        t = time.time()
        heads[spec] = fit_stage(
            x_train,
            y,
            INTENT_CLASSES,
            weight,
            hidden=HIDDEN if kind == "mlp" else 0,
            seed=int(seed_[0]) if seed_ else 0,
        )
        fit_seconds[spec] = time.time() - t
        print(f"fitted {spec} in {fit_seconds[spec]:.0f} s", flush=True)
    split = np.array([split_of(e.group) for e in sets["real"]])
    out: dict[str, Any] = {
        "machine": machine(),
        "ngram": a.ngram,
        "gate": GATE,
        "hidden": HIDDEN,
        "dev_pairs": a.dev_pairs,
        "train_requests": len(sets["train"]),
        "train_requests_over_gate": int(seen.sum()),
        "fit_seconds": fit_seconds,
        "heads": {},
    }
    for name, fitted in heads.items():
        # as IntentModel combines them: the stage's own `combined`, on the rows over the gate
        head = replace(fitted, gate=GATE, combine="geometric")
        final: dict[str, npt.NDArray[np.float32]] = {}
        for k in sets:
            if k == "train":
                continue
            p = probs[k].copy()
            run = top[k] >= GATE
            if run.any():
                p[run] = head.combined(p[run], head.head(gated[k]))
            final[k] = p[:, 1:].max(axis=1)
        thr = calibrate_threshold(final["calib"])
        r: dict[str, Any] = {"threshold": thr}
        for n in a.dev_pairs:
            for side in ("attacks", "benign"):
                hits = final[f"b{n}_{side}"] >= thr
                r[f"b{n}_{side}"] = rate(int(hits.sum()), len(hits))
        flagged = final["real"] >= thr
        r["real_test"] = rate(int(flagged[split == "test"].sum()), int((split == "test").sum()))
        r["real_all"] = rate(int(flagged.sum()), len(flagged))
        out["heads"][name] = r
        print(name, {k: v["k"] if isinstance(v, dict) else v for k, v in r.items()}, flush=True)
    out["seconds"] = time.time() - t0
    write_results(a.name, out, render(out))


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    pairs = r["dev_pairs"]
    head = ["head", "threshold"]
    head += [f"pair {n} attacks" for n in pairs] + [f"pair {n} hard negatives" for n in pairs]
    head += ["real held-out prompts", "all real turns"]
    lines = [
        "# Embedding heads for the stage, on dev",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Under n-gram model "
        f"`{r['ngram']}`, gate {r['gate']}, geometric mean; each head's threshold calibrated on "
        f"the corpus's benign calibration set. Heads: `lr` linear, `mlp` one hidden layer of "
        f"{r['hidden']} ReLU units; `:K` multiplies the training weight of the "
        f"{r['train_requests_over_gate']:,} of {r['train_requests']:,} training requests over "
        "the gate by K; `:K:S` fits with seed S. Read pairs "
        f"{', '.join(map(str, pairs))} are dev (read before). Rates over requests, 95% "
        "Clopper-Pearson intervals (one phrasing's requests move together, so "
        "`blind_sets.py`'s clustered intervals are wider).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for name, h in r["heads"].items():
        cells = [name, f"{h['threshold']:.3f}"]
        cells += [pct(h[f"b{n}_attacks"], 2) for n in pairs]
        cells += [pct(h[f"b{n}_benign"], 2) for n in pairs]
        cells += [pct(h["real_test"], 2), pct(h["real_all"], 2)]
        lines.append("| " + " | ".join(cells) + " |")
    fits = ", ".join(f"{k} {v:.0f} s" for k, v in r["fit_seconds"].items())
    lines += ["", f"Fit times (one process): {fits}. Whole run {r['seconds'] / 60:.0f} min."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

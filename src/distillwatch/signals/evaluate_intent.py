"""Leave-one-family-out evaluation of the intent classifier, with Clopper-Pearson intervals.

For every extraction family, and every phrasing sub-family inside it, a model is trained
without any example of it (in any language), its threshold calibrated on held-out benign
phrasings, and then measured on what it never saw: the detection rate on the held-out
(sub-)family, and false positives on a separate set of held-out benign phrasings, overall,
per benign source and per language.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.corpus.build import (
    Example,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    split_of,
)
from distillwatch.signals.train import MAX_FPR, TWINS, train


def clopper_pearson(k: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """Exact two-sided (1 - alpha) interval for a binomial proportion k/n."""
    from scipy.stats import beta

    if n == 0:
        return (0.0, 1.0)
    lo = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
    hi = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
    return (lo, hi)


def rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = clopper_pearson(k, n)
    return {"k": k, "n": n, "rate": (k / n) if n else None, "ci95": [round(lo, 6), round(hi, 6)]}


def _rates_by(
    examples: Sequence[Example], hits: np.ndarray, key: Callable[[Example], str]
) -> dict[str, Any]:
    k: dict[str, int] = defaultdict(int)
    n: dict[str, int] = defaultdict(int)
    for e, h in zip(examples, hits, strict=True):
        n[key(e)] += 1
        k[key(e)] += int(h)
    return {g: rate(k[g], n[g]) for g in sorted(n)}


def held_out_units(corpus: Sequence[Example]) -> list[tuple[str, str | None]]:
    """(family, sub-family or None for the whole family) for every attack unit."""
    subs: dict[str, list[str]] = defaultdict(list)
    for e in corpus:
        if e.label != "none" and e.subfamily not in subs[e.label]:
            subs[e.label].append(e.subfamily)
    units: list[tuple[str, str | None]] = []
    for fam, ss in subs.items():
        units.append((fam, None))
        units.extend((fam, s) for s in ss)
    return units


def evaluate(
    attack_per_phrase: int = 12,
    benign_per_phrase: int = 60,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
    pairs: bool = True,
    real: bool = True,
) -> dict[str, Any]:
    """Run every leave-one-out fold (`pairs=False`, `real=False`: on the corpus without the
    contrast set, without real prompts);
    returns the results as a JSON-ready dict."""
    corpus = build_corpus(attack_per_phrase, benign_per_phrase, seed, pairs, real)
    test_benign = [e for e in corpus if e.label == "none" and split_of(e.group) == "test"]
    # written apart from the corpus and never trained on by any model
    independent = list(independent_benign_examples(benign_per_phrase, seed))
    independent_attacks = list(independent_attack_examples(attack_per_phrase, seed))
    ind_det_k = ind_det_n = 0
    # false positives per (language, source), pooled over sub-family folds
    ben_k: dict[tuple[str, str], int] = defaultdict(int)
    ben_n: dict[tuple[str, str], int] = defaultdict(int)
    ind_k: dict[tuple[str, str], int] = defaultdict(int)
    ind_n: dict[tuple[str, str], int] = defaultdict(int)
    folds: list[dict[str, Any]] = []
    det_by_lang_k: dict[str, int] = defaultdict(int)
    det_by_lang_n: dict[str, int] = defaultdict(int)
    for fam, sub in held_out_units(corpus):
        t0 = time.perf_counter()

        def held(e: Example, fam: str = fam, sub: str | None = sub) -> bool:
            return e.label == fam and (sub is None or e.subfamily == sub)

        model = train(
            [e for e in corpus if not held(e)], CAPABILITIES, c=8.0, with_capability=False
        )
        held_ex = [e for e in corpus if held(e)]
        p_held, _ = model.predict([e.user for e in held_ex], [e.context for e in held_ex])
        det = p_held[:, 1:].max(axis=1) >= model.threshold
        same_family = p_held.argmax(axis=1) == model.intent_classes.index(fam)
        p_ben, _ = model.predict([e.user for e in test_benign], [e.context for e in test_benign])
        fp = p_ben[:, 1:].max(axis=1) >= model.threshold
        p_ind, _ = model.predict([e.user for e in independent], [e.context for e in independent])
        held_ind = [e for e in independent_attacks if held(e)]
        p_hi, _ = model.predict([e.user for e in held_ind], [e.context for e in held_ind])
        det_ind = p_hi[:, 1:].max(axis=1) >= model.threshold
        fp_ind = p_ind[:, 1:].max(axis=1) >= model.threshold
        fold = {
            "family": fam,
            "subfamily": sub,
            "threshold": model.threshold,
            "detection": rate(int(det.sum()), len(held_ex)),
            "detected_as_same_family": rate(int((det & same_family).sum()), len(held_ex)),
            "detection_by_language": _rates_by(held_ex, det, lambda e: e.lang),
            "benign_fp": rate(int(fp.sum()), len(test_benign)),
            "benign_fp_by_source": _rates_by(test_benign, fp, lambda e: e.subfamily),
            "benign_fp_by_language": _rates_by(test_benign, fp, lambda e: e.lang),
            "independent_benign_fp": rate(int(fp_ind.sum()), len(independent)),
            "independent_detection": rate(int(det_ind.sum()), len(held_ind)),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        folds.append(fold)
        if sub is not None:
            for e, d in zip(held_ex, det, strict=True):
                det_by_lang_n[e.lang] += 1
                det_by_lang_k[e.lang] += int(d)
            ind_det_k += int(det_ind.sum())
            ind_det_n += len(held_ind)
            for examples, flags, k, n in (
                (test_benign, fp, ben_k, ben_n),
                (independent, fp_ind, ind_k, ind_n),
            ):
                for e, f in zip(examples, flags, strict=True):
                    n[(e.lang, e.subfamily)] += 1
                    k[(e.lang, e.subfamily)] += int(f)
        if progress is not None:
            d_rate = int(det.sum()) / max(len(held_ex), 1)
            progress(f"{fam}/{sub or '*'}: detection {d_rate:.3f}, benign FP {fp.mean():.4f}")
    sub_folds = [f for f in folds if f["subfamily"] is not None]
    k_det = sum(f["detection"]["k"] for f in sub_folds)
    n_det = sum(f["detection"]["n"] for f in sub_folds)
    benign = _pooled_fp(ben_k, ben_n)
    # the honest twins are near-misses written against every sub-family (train.TWINS): the
    # false positives of ordinary honest requests are reported without them too
    ordinary = [key for key in ben_n if key[1] not in TWINS]
    plain = _pooled_fp({key: ben_k[key] for key in ordinary}, {key: ben_n[key] for key in ordinary})
    return {
        "corpus": {
            "attack_per_phrase": attack_per_phrase,
            "benign_per_phrase": benign_per_phrase,
            "seed": seed,
            "examples": len(corpus),
            "benign_test": len(test_benign),
            "pairs": pairs,
            "real_prompts": real,
        },
        "target": {"max_benign_fpr": MAX_FPR, "min_detection": 0.95},
        "summary": {
            "subfamily_holdout_detection": rate(k_det, n_det),
            "subfamily_holdout_detection_by_language": {
                g: rate(det_by_lang_k[g], det_by_lang_n[g]) for g in sorted(det_by_lang_n)
            },
            "benign_fp_pooled_over_subfamily_folds": benign["fp_pooled"],
            "benign_fp_by_language_pooled": benign["fp_by_language"],
            "worst_language_fp_over_average": benign["worst_language_fp_over_average"],
            "benign_without_twins": plain,
            "independent_benign": _pooled_fp(ind_k, ind_n),
            "independent_attack_detection": rate(ind_det_k, ind_det_n),
        },
        "folds": folds,
    }


def _pooled_fp(k: dict[tuple[str, str], int], n: dict[tuple[str, str], int]) -> dict[str, Any]:
    """False positives pooled over folds, from counts per (language, source): overall, per
    language, per source, and the worst language over the average."""
    by_lang_k: dict[str, int] = defaultdict(int)
    by_lang_n: dict[str, int] = defaultdict(int)
    by_src_k: dict[str, int] = defaultdict(int)
    by_src_n: dict[str, int] = defaultdict(int)
    for (lang, src), nn in n.items():
        by_lang_k[lang] += k[(lang, src)]
        by_lang_n[lang] += nn
        by_src_k[src] += k[(lang, src)]
        by_src_n[src] += nn
    total_k, total_n = sum(k.values()), sum(n.values())
    avg = total_k / total_n if total_n else 0.0
    worst = max((by_lang_k[g] / by_lang_n[g] for g in by_lang_n), default=0.0)
    return {
        "fp_pooled": rate(total_k, total_n),
        "fp_by_language": {g: rate(by_lang_k[g], by_lang_n[g]) for g in sorted(by_lang_n)},
        "fp_by_source": {g: rate(by_src_k[g], by_src_n[g]) for g in sorted(by_src_n)},
        "worst_language_fp_over_average": (worst / avg) if avg else None,
    }


def write_results(results: dict[str, Any], out: Path) -> None:
    """`out` (.json) and a Markdown table beside it (.md)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n")
    out.with_suffix(".md").write_text(render_markdown(results))


def _fmt(r: dict[str, Any]) -> str:
    if not r["n"]:
        return "n/a"
    lo, hi = r["ci95"]
    return f"{100 * r['rate']:.2f}% [{100 * lo:.2f}, {100 * hi:.2f}] ({r['k']}/{r['n']})"


def _ratio(x: float | None) -> str:
    return "n/a (no false positives)" if x is None else f"{x:.2f}"


def macro_detection(res: dict[str, Any]) -> float:
    """Mean detection over sub-family folds: every way of asking counts once, whatever its
    number of examples (the pooled rate shifts with the corpus mix; this one less)."""
    rates = [f["detection"]["rate"] for f in res["folds"] if f["subfamily"] and f["detection"]["n"]]
    return float(np.mean(rates)) if rates else 0.0


def _rate_table(title: str, column: str, metric: str, rows: dict[str, Any]) -> list[str]:
    """A titled two-column table of rates, one row per group, in the order given."""
    lines = ["", f"## {title}", "", f"| {column} | {metric} |", "|---|---|"]
    return lines + [f"| {g} | {_fmt(r)} |" for g, r in rows.items()]


def render_markdown(res: dict[str, Any]) -> str:
    s = res["summary"]
    lines = [
        "# Intent classifier: leave-one-family-out evaluation",
        "",
        f"Corpus: {res['corpus']['examples']} examples; held-out benign test set: "
        f"{res['corpus']['benign_test']} requests from phrasings never trained on. "
        "Rates with 95% Clopper-Pearson intervals.",
        "",
        f"- Sub-family held out, detection (pooled): {_fmt(s['subfamily_holdout_detection'])}",
        f"- Sub-family held out, detection (mean over sub-families): "
        f"{100 * macro_detection(res):.2f}%",
        f"- Benign false positives (pooled over those folds): {_fmt(s['benign_fp_pooled_over_subfamily_folds'])}",
        f"- Worst language FP / average FP: {_ratio(s['worst_language_fp_over_average'])}",
        *(
            [
                f"- Without the honest twins (ordinary benign sources only): FP "
                f"{_fmt(s['benign_without_twins']['fp_pooled'])}, worst language / average "
                f"{_ratio(s['benign_without_twins']['worst_language_fp_over_average'])}"
            ]
            if "benign_without_twins" in s
            else []
        ),
        f"- Independent benign set (600 hard-negative phrasings written apart from the corpus, "
        f"never trained on): FP {_fmt(s['independent_benign']['fp_pooled'])}, worst language / "
        f"average {_ratio(s['independent_benign']['worst_language_fp_over_average'])}",
        f"- Independent attack phrasings of the held-out sub-family (written apart from the "
        f"corpus, never trained on): detection "
        f"{_fmt(s['independent_attack_detection'])}",
        "",
        "| held out | threshold | detection | detected as its own family | benign FP "
        "| independent benign FP | independent attack detection |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in res["folds"]:
        unit = f"{f['family']} / {f['subfamily'] or '(whole family)'}"
        lines.append(
            f"| {unit} | {f['threshold']:.3f} | {_fmt(f['detection'])} | "
            f"{_fmt(f['detected_as_same_family'])} | {_fmt(f['benign_fp'])} | "
            f"{_fmt(f['independent_benign_fp'])} | {_fmt(f['independent_detection'])} |"
        )
    lines += _rate_table(
        "Sub-family hold-out detection by language",
        "language",
        "detection",
        s["subfamily_holdout_detection_by_language"],
    )
    lines += _rate_table(
        "Benign FP by language (pooled over sub-family folds)",
        "language",
        "FP",
        s["benign_fp_by_language_pooled"],
    )
    if "benign_without_twins" in s:
        lines += _rate_table(
            "Benign FP by language, honest twins left out (pooled over sub-family folds)",
            "language",
            "FP",
            s["benign_without_twins"]["fp_by_language"],
        )
    k_src: dict[str, int] = defaultdict(int)
    n_src: dict[str, int] = defaultdict(int)
    for f in res["folds"]:
        if f["subfamily"] is None:
            continue
        for src, r in f["benign_fp_by_source"].items():
            k_src[src] += r["k"]
            n_src[src] += r["n"]
    lines += _rate_table(
        "Benign FP by source (pooled over sub-family folds)",
        "source",
        "FP",
        {g: rate(k_src[g], n_src[g]) for g in sorted(n_src)},
    )
    ind = s["independent_benign"]
    for col, key in (("language", "fp_by_language"), ("source", "fp_by_source")):
        lines += _rate_table(
            f"Independent benign set: FP by {col} (pooled over sub-family folds)",
            col,
            "FP",
            ind[key],
        )
    return "\n".join(lines) + "\n"

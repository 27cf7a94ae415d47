"""Leave-one-family-out evaluation of the intent classifier, with 95% intervals.

For every extraction family, and every phrasing sub-family inside it, a model is trained
without any example of it (in any language), its threshold calibrated on held-out benign
phrasings, and then measured on what it never saw: the detection rate on the held-out
(sub-)family, and false positives on a separate set of held-out benign phrasings, overall,
per benign source and per language.

Every request is one phrasing filled with a payload, and one phrasing's requests are flagged
or missed together: the summary's intervals are cluster-bootstrap intervals over phrasings
(conversations, for real prompts; `evaluate.cluster_intervals`), never narrower than
Clopper-Pearson over requests. The per-fold table keeps Clopper-Pearson over requests.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from distillwatch.evaluate.cluster_intervals import cluster_interval, ratio_to_average_intervals
from distillwatch.evaluate.intervals import clopper_pearson
from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.corpus.build import (
    REAL_SOURCE,
    SHORT_TURN_SOURCE,
    Example,
    blind_attack_examples,
    blind_benign_examples,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    negatives_meta,
    split_of,
)
from distillwatch.signals.model import IntentModel
from distillwatch.signals.train import MAX_FPR, TWINS, calibrate_threshold, train


def rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = clopper_pearson(k, n)
    return {"k": k, "n": n, "rate": (k / n) if n else None, "ci95": [round(lo, 6), round(hi, 6)]}


BLIND_SET = "the second independent pair (stop 13, BLIND_*)"
"""Which written sets the evaluation's "blind" rows are: results files say so."""

Counts = dict[str, int]
"""Hits or trials per phrasing group."""
Tally = dict[tuple[str, str, str], int]
"""Hits or trials per (language, source or sub-family, phrasing group)."""


def clustered_rate(k: Counts, n: Counts) -> dict[str, Any]:
    """`rate` of the pooled counts, with the cluster-bootstrap interval over phrasing groups."""
    groups = sorted(n)
    out = rate(sum(k.get(g, 0) for g in groups), sum(n[g] for g in groups))
    lo, hi = cluster_interval([k.get(g, 0) for g in groups], [n[g] for g in groups])
    out["ci95_clustered"] = [round(lo, 6), round(hi, 6)]
    out["clusters"] = len(groups)
    return out


def _pick(examples: Sequence[Example], mask: np.ndarray) -> list[Example]:
    return [e for e, m in zip(examples, mask, strict=True) if m]


def _real_summary(at_op: Tallies) -> dict[str, Any]:
    """The summary at the real-traffic operating point, pooled over the sub-family folds."""
    return {
        "real_operating_point": {m: at_op.rate(m) for m in at_op.n},
        "real_operating_point_detection_by_language": at_op.by_language("held-out detection"),
        "real_operating_point_independent_benign": at_op.fp("independent benign FP"),
        "real_operating_point_blind_benign": at_op.fp("blind benign FP"),
    }


def tally(
    k: Tally,
    n: Tally,
    examples: Sequence[Example],
    hits: np.ndarray,
) -> None:
    """Add hits and trials per (language, source, phrasing group)."""
    for e, h in zip(examples, hits, strict=True):
        key = (e.lang, e.subfamily, e.group)
        n[key] += 1
        k[key] += int(h)


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
    wording: bool = False,
    blind: tuple[int, ...] = (),
    negatives: Sequence[str] = (),
) -> dict[str, Any]:
    """Run every leave-one-out fold (`pairs=False`, `real=False`: on the corpus without the
    contrast set, without real prompts; `negatives`: with these training-only sets
    (`TRAINING_NEGATIVES`), whose 'test' phrasings then count among the benign requests);
    returns the results as a JSON-ready dict."""
    corpus = build_corpus(
        attack_per_phrase, benign_per_phrase, seed, pairs, real, wording, blind, negatives
    )
    # the content-free short turns are trivially benign: counted, they would flatter every
    # false-positive rate (they stay out of calibration for the same reason, `train.train`)
    test_benign = [
        e
        for e in corpus
        if e.label == "none" and split_of(e.group) == "test" and e.subfamily != SHORT_TURN_SOURCE
    ]
    # sets written apart from the corpus, never trained on by any model: (name, hard
    # negatives, attacks). The first blind pair was read once in stop 13 and is dev since;
    # the second (BLIND2_*) is kept unread for the next change's measurement.
    written = [
        (
            "independent",
            list(independent_benign_examples(benign_per_phrase, seed)),
            list(independent_attack_examples(attack_per_phrase, seed)),
        ),
    ]
    if not (wording or 1 in blind):  # trained on otherwise: not a written test set then
        written.append(
            (
                "blind",
                list(blind_benign_examples(benign_per_phrase, seed)),
                list(blind_attack_examples(attack_per_phrase, seed)),
            )
        )
    # real users' prompts of the 'calib' split: the second operating point's threshold
    real_calib = [e for e in corpus if e.subfamily == REAL_SOURCE and split_of(e.group) == "calib"]
    is_real_test = np.array([e.subfamily == REAL_SOURCE for e in test_benign], bool)
    # pooled over the sub-family folds, at each fold's threshold and at the real-traffic one
    pooled, at_op = Tallies(), Tallies()
    folds: list[dict[str, Any]] = []
    for fam, sub in held_out_units(corpus):
        t0 = time.perf_counter()

        def held(e: Example, fam: str = fam, sub: str | None = sub) -> bool:
            return e.label == fam and (sub is None or e.subfamily == sub)

        model = train(
            [e for e in corpus if not held(e)], CAPABILITIES, c=8.0, with_capability=False
        )
        held_ex = [e for e in corpus if held(e)]
        p_held, _ = model.predict([e.user for e in held_ex], [e.context for e in held_ex])
        s_held = p_held[:, 1:].max(axis=1)
        s_ben = top_scores(model, test_benign)
        # per written set: its hard negatives and the attacks of the held-out unit, scored
        sets = [
            (name, benign, top_scores(model, benign), attacks, top_scores(model, attacks))
            for name, benign, all_attacks in written
            for attacks in [[e for e in all_attacks if held(e)]]
        ]
        t = model.threshold
        det, fp = s_held >= t, s_ben >= t
        same_family = p_held.argmax(axis=1) == model.intent_classes.index(fam)
        # second operating point: the threshold at MAX_FPR of real users' prompts (calib
        # split, no floor), as a provider would set it on its own traffic
        at_real: dict[str, tuple[list[Example], np.ndarray]] = {}
        real_t = 0.0
        if real_calib:
            real_t = calibrate_threshold(top_scores(model, real_calib), MAX_FPR, floor=0.0)
            flag_ben = s_ben >= real_t
            at_real = {
                "held-out detection": (held_ex, s_held >= real_t),
                "real prompts FP": (_pick(test_benign, is_real_test), flag_ben[is_real_test]),
                "corpus benign FP": (_pick(test_benign, ~is_real_test), flag_ben[~is_real_test]),
            }
            for name, benign, sb, attacks, sa in sets:
                at_real[f"{name} benign FP"] = (benign, sb >= real_t)
                at_real[f"{name} attack detection"] = (attacks, sa >= real_t)
        fold = {
            "family": fam,
            "subfamily": sub,
            "threshold": t,
            "detection": rate(int(det.sum()), len(held_ex)),
            "detected_as_same_family": rate(int((det & same_family).sum()), len(held_ex)),
            "detection_by_language": _rates_by(held_ex, det, lambda e: e.lang),
            "benign_fp": rate(int(fp.sum()), len(test_benign)),
            "benign_fp_by_source": _rates_by(test_benign, fp, lambda e: e.subfamily),
            "benign_fp_by_language": _rates_by(test_benign, fp, lambda e: e.lang),
        }
        for name, benign, sb, attacks, sa in sets:
            fold[f"{name}_benign_fp"] = rate(int((sb >= t).sum()), len(benign))
            fold[f"{name}_detection"] = rate(int((sa >= t).sum()), len(attacks))
        if at_real:
            fold["real_operating_point"] = {
                "threshold": real_t,
                **{m: rate(int(h.sum()), len(h)) for m, (_, h) in at_real.items()},
            }
        fold["seconds"] = round(time.perf_counter() - t0, 1)
        folds.append(fold)
        if sub is not None:
            pooled.add("held-out detection", held_ex, det)
            pooled.add("benign FP", test_benign, fp)
            for name, benign, sb, attacks, sa in sets:
                pooled.add(f"{name} benign FP", benign, sb >= t)
                pooled.add(f"{name} attack detection", attacks, sa >= t)
            for m, (examples, hits) in at_real.items():
                at_op.add(m, examples, hits)
        if progress is not None:
            d_rate = int(det.sum()) / max(len(held_ex), 1)
            progress(f"{fam}/{sub or '*'}: detection {d_rate:.3f}, benign FP {fp.mean():.4f}")
    corpus_fp = pooled.fp("benign FP")
    # the honest twins are near-misses written against every sub-family (train.TWINS): the
    # false positives of ordinary honest requests are reported without them too
    ben_k, ben_n = pooled.k["benign FP"], pooled.n["benign FP"]
    ordinary = [key for key in ben_n if key[1] not in TWINS]
    plain = pooled_fp({key: ben_k[key] for key in ordinary}, {key: ben_n[key] for key in ordinary})
    return {
        "corpus": {
            "attack_per_phrase": attack_per_phrase,
            "benign_per_phrase": benign_per_phrase,
            "seed": seed,
            "examples": len(corpus),
            "benign_test": len(test_benign),
            "pairs": pairs,
            "real_prompts": real,
            **({"wording": True} if wording else {}),
            **({"blind_pairs_trained": list(blind)} if blind else {}),
            **negatives_meta(negatives),
            "blind_set": BLIND_SET,
        },
        "target": {"max_benign_fpr": MAX_FPR, "min_detection": 0.95},
        "summary": {
            "subfamily_holdout_detection": pooled.rate("held-out detection"),
            "subfamily_holdout_detection_by_language": pooled.by_language("held-out detection"),
            "benign_fp_pooled_over_subfamily_folds": corpus_fp["fp_pooled"],
            "benign_fp_by_language_pooled": corpus_fp["fp_by_language"],
            "worst_language_fp_over_average": corpus_fp["worst_language_fp_over_average"],
            "worst_language_fp_over_average_ci95": corpus_fp["worst_language_fp_over_average_ci95"],
            "worst_language": corpus_fp["worst_language"],
            "benign_fp_by_source_pooled": corpus_fp["fp_by_source"],
            "benign_without_twins": plain,
            **{
                key: value
                for name, _, _ in written
                for key, value in (
                    (f"{name}_benign", pooled.fp(f"{name} benign FP")),
                    (f"{name}_attack_detection", pooled.rate(f"{name} attack detection")),
                )
            },
            **(_real_summary(at_op) if at_op.n else {}),
        },
        "folds": folds,
    }


def top_scores(model: IntentModel, examples: Sequence[Example]) -> np.ndarray:
    """Each example's strongest intent family probability (what the flag threshold reads)."""
    probs, _ = model.predict([e.user for e in examples], [e.context for e in examples])
    out: np.ndarray = probs[:, 1:].max(axis=1)
    return out


def pooled_rate(examples: Sequence[Example], hits: np.ndarray) -> dict[str, Any]:
    """The rate of `hits` over `examples`, its interval clustered over phrasing groups."""
    t = Tallies()
    t.add("", examples, hits)
    return t.rate("")


class Tallies:
    """Hits and trials per measure, per (language, source or sub-family, phrasing group)."""

    def __init__(self) -> None:
        self.k: dict[str, Tally] = defaultdict(lambda: defaultdict(int))
        self.n: dict[str, Tally] = defaultdict(lambda: defaultdict(int))

    def add(self, measure: str, examples: Sequence[Example], hits: np.ndarray) -> None:
        tally(self.k[measure], self.n[measure], examples, hits)

    def rate(self, measure: str) -> dict[str, Any]:
        """The pooled rate, its interval clustered over phrasing groups."""
        return clustered_by(self.k[measure], self.n[measure], lambda key: "all").get(
            "all", rate(0, 0)
        )

    def by_language(self, measure: str) -> dict[str, Any]:
        return clustered_by(self.k[measure], self.n[measure], lambda key: key[0])

    def fp(self, measure: str) -> dict[str, Any]:
        """`pooled_fp` of a false-positive measure."""
        return pooled_fp(self.k[measure], self.n[measure])


def clustered_by(
    k: Tally,
    n: Tally,
    part: Callable[[tuple[str, str, str]], str],
) -> dict[str, Any]:
    """`clustered_rate` per `part` of the (language, source, group) keys, in sorted order."""
    parts_k: dict[str, Counts] = defaultdict(lambda: defaultdict(int))
    parts_n: dict[str, Counts] = defaultdict(lambda: defaultdict(int))
    for key, nn in n.items():
        parts_k[part(key)][key[2]] += k[key]
        parts_n[part(key)][key[2]] += nn
    return {p: clustered_rate(parts_k[p], parts_n[p]) for p in sorted(parts_n)}


def pooled_fp(k: Tally, n: Tally) -> dict[str, Any]:
    """False positives pooled over folds, from counts per (language, source, phrasing group):
    overall, per language, per source, and the worst language over the average with that
    language's interval (phrasings resampled within each language)."""
    by_lang = clustered_by(k, n, lambda key: key[0])
    pooled = clustered_by(k, n, lambda key: "all").get("all", rate(0, 0))
    avg = pooled["rate"] or 0.0
    rated = {g: r["rate"] for g, r in by_lang.items() if r["n"]}
    worst = max(rated, key=lambda g: rated[g], default=None)
    strata: dict[str, tuple[list[int], list[int]]] = {}
    for lang in by_lang:
        keys = sorted(key for key in n if key[0] == lang)
        strata[lang] = ([k[key] for key in keys], [n[key] for key in keys])
    ratios = ratio_to_average_intervals(strata) if avg else {}
    ci = ratios.get(worst) if worst is not None else None
    return {
        "fp_pooled": pooled,
        "fp_by_language": by_lang,
        "fp_by_source": clustered_by(k, n, lambda key: key[1]),
        "worst_language": worst if avg else None,
        "worst_language_fp_over_average": (rated[worst] / avg) if avg and worst else None,
        "worst_language_fp_over_average_ci95": ([round(ci[0], 4), round(ci[1], 4)] if ci else None),
        "fp_over_average_ci95_by_language": {
            g: [round(lo, 4), round(hi, 4)] for g, (lo, hi) in ratios.items()
        },
    }


def write_results(results: dict[str, Any], out: Path) -> None:
    """`out` (.json) and a Markdown table beside it (.md)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n")
    out.with_suffix(".md").write_text(render_markdown(results))


def _fmt(r: dict[str, Any]) -> str:
    """The rate, its interval (clustered over phrasings where there is one) and its counts."""
    if not r["n"]:
        return "n/a"
    lo, hi = r.get("ci95_clustered", r["ci95"])
    return f"{100 * r['rate']:.2f}% [{100 * lo:.2f}, {100 * hi:.2f}] ({r['k']}/{r['n']})"


def _ratio(x: float | None, ci: list[float] | None = None) -> str:
    if x is None:
        return "n/a (no false positives)"
    return f"{x:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "")


def _worst(fp: dict[str, Any]) -> str:
    """The worst language's FP over the average, with its interval and name where known."""
    out = _ratio(
        fp["worst_language_fp_over_average"], fp.get("worst_language_fp_over_average_ci95")
    )
    return out + (f" ({fp['worst_language']})" if fp.get("worst_language") else "")


def macro_detection(res: dict[str, Any]) -> float:
    """Mean detection over sub-family folds: every way of asking counts once, whatever its
    number of examples (the pooled rate shifts with the corpus mix; this one less)."""
    rates = [f["detection"]["rate"] for f in res["folds"] if f["subfamily"] and f["detection"]["n"]]
    return float(np.mean(rates)) if rates else 0.0


def _rate_table(title: str, column: str, metric: str, rows: dict[str, Any]) -> list[str]:
    """A titled two-column table of rates, one row per group, in the order given."""
    lines = ["", f"## {title}", "", f"| {column} | {metric} |", "|---|---|"]
    return lines + [f"| {g} | {_fmt(r)} |" for g, r in rows.items()]


def _real_operating_point(res: dict[str, Any]) -> list[str]:
    """The section on the second operating point (threshold set on real users' prompts)."""
    s = res["summary"]
    op = s["real_operating_point"]
    ind = s["real_operating_point_independent_benign"]
    lines = [
        "",
        "## Second operating point: the threshold a provider would set on its own traffic",
        "",
        f"Each fold's threshold put at {100 * MAX_FPR:g}% of real users' prompts (the "
        "ShareGPT 'calib' split, which no model trains on; no floor), instead of at "
        f"{100 * MAX_FPR:g}% of the corpus's benign phrasings. Real prompts FP is measured on "
        "the 'test' split (never trained on, never calibrated on). The hard negatives (the "
        "corpus's and the independent set) are near-misses written to be hard, far denser "
        "than in real traffic: their rates here are a stress test of this operating point, "
        "not its false-positive rate on traffic. Pooled over the sub-family folds.",
        "",
        "| measure | rate |",
        "|---|---|",
        *(f"| {m} | {_fmt(r)} |" for m, r in op.items()),
        f"| independent benign: worst language / average | {_worst(ind)} |",
        *(
            [
                "| blind benign: worst language / average | "
                f"{_worst(s['real_operating_point_blind_benign'])} |"
            ]
            if "real_operating_point_blind_benign" in s
            else []
        ),
        "",
        "| held out | threshold | detection | real prompts FP | independent benign FP "
        "| independent attack detection |",
        "|---|---|---|---|---|---|",
    ]
    for f in res["folds"]:
        r = f.get("real_operating_point")
        if r is None or f["subfamily"] is None:
            continue
        lines.append(
            f"| {f['family']} / {f['subfamily']} | {r['threshold']:.3f} | "
            f"{_fmt(r['held-out detection'])} | {_fmt(r['real prompts FP'])} | "
            f"{_fmt(r['independent benign FP'])} | {_fmt(r['independent attack detection'])} |"
        )
    return lines + _rate_table(
        "Second operating point: held-out detection by language",
        "language",
        "detection",
        s["real_operating_point_detection_by_language"],
    )


def render_markdown(res: dict[str, Any]) -> str:
    s = res["summary"]
    blind = "blind_benign" in s
    lines = [
        "# Intent classifier: leave-one-family-out evaluation",
        "",
        f"Corpus: {res['corpus']['examples']} examples; held-out benign test set: "
        f"{res['corpus']['benign_test']} requests from phrasings never trained on. "
        + (
            "Summary rates and the tables by language and source: 95% cluster-bootstrap "
            "intervals over phrasings (conversations for real prompts), never narrower than "
            "Clopper-Pearson over requests, since one phrasing's requests are flagged or "
            "missed together; the worst-language ratio's interval resamples phrasings within "
            "each language. Per-fold table: Clopper-Pearson over requests."
            if "ci95_clustered" in s["subfamily_holdout_detection"]
            else "Rates with 95% Clopper-Pearson intervals."
        ),
        "",
        f"- Sub-family held out, detection (pooled): {_fmt(s['subfamily_holdout_detection'])}",
        f"- Sub-family held out, detection (mean over sub-families): "
        f"{100 * macro_detection(res):.2f}%",
        f"- Benign false positives (pooled over those folds): {_fmt(s['benign_fp_pooled_over_subfamily_folds'])}",
        f"- Worst language FP / average FP: {_worst(s)}",
        *(
            [
                f"- Without the honest twins (ordinary benign sources only): FP "
                f"{_fmt(s['benign_without_twins']['fp_pooled'])}, worst language / average "
                f"{_worst(s['benign_without_twins'])}"
            ]
            if "benign_without_twins" in s
            else []
        ),
        f"- Independent benign set (600 hard-negative phrasings written apart from the corpus, "
        f"never trained on): FP {_fmt(s['independent_benign']['fp_pooled'])}, worst language / "
        f"average {_worst(s['independent_benign'])}",
        f"- Independent attack phrasings of the held-out sub-family (written apart from the "
        f"corpus, never trained on): detection "
        f"{_fmt(s['independent_attack_detection'])}",
        *(
            [
                f"- Blind benign set ({res['corpus'].get('blind_set', BLIND_SET)}: 600 "
                "hard-negative phrasings written from a brief alone, read once in stop 13 and never "
                "trained on): FP "
                f"{_fmt(s['blind_benign']['fp_pooled'])}, worst language / average "
                f"{_worst(s['blind_benign'])}",
                "- Blind attack phrasings of the held-out sub-family (likewise): detection "
                f"{_fmt(s['blind_attack_detection'])}",
            ]
            if blind
            else []
        ),
        "",
        "| held out | threshold | detection | detected as its own family | benign FP "
        "| independent benign FP | independent attack detection |"
        + (" blind benign FP | blind attack detection |" if blind else ""),
        "|---|---|---|---|---|---|---|" + ("---|---|" if blind else ""),
    ]
    for f in res["folds"]:
        unit = f"{f['family']} / {f['subfamily'] or '(whole family)'}"
        lines.append(
            f"| {unit} | {f['threshold']:.3f} | {_fmt(f['detection'])} | "
            f"{_fmt(f['detected_as_same_family'])} | {_fmt(f['benign_fp'])} | "
            f"{_fmt(f['independent_benign_fp'])} | {_fmt(f['independent_detection'])} |"
            + (f" {_fmt(f['blind_benign_fp'])} | {_fmt(f['blind_detection'])} |" if blind else "")
        )
    if "real_operating_point" in s:
        lines += _real_operating_point(res)
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
    by_source = s.get("benign_fp_by_source_pooled")
    if by_source is None:  # results written before it was in the summary
        k_src: dict[str, int] = defaultdict(int)
        n_src: dict[str, int] = defaultdict(int)
        for f in res["folds"]:
            if f["subfamily"] is None:
                continue
            for src, r in f["benign_fp_by_source"].items():
                k_src[src] += r["k"]
                n_src[src] += r["n"]
        by_source = {g: rate(k_src[g], n_src[g]) for g in sorted(n_src)}
    lines += _rate_table(
        "Benign FP by source (pooled over sub-family folds)", "source", "FP", by_source
    )
    for name, key in (("Independent", "independent_benign"), ("Blind", "blind_benign")):
        if key not in s:
            continue
        for col, part in (("language", "fp_by_language"), ("source", "fp_by_source")):
            lines += _rate_table(
                f"{name} benign set: FP by {col} (pooled over sub-family folds)",
                col,
                "FP",
                s[key][part],
            )
    return "\n".join(lines) + "\n"

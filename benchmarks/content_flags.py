"""The intent model on honest bulk-content requests (the content_studio persona's frames).

Content businesses ask for many items per request: FAQ entries, quiz questions with answer
keys, product copy variants, fixture rows. Worded so, a request names items, answers and
variety the way synthetic-dataset harvesting does. The frames (`simulate/text/content_*.py`)
were written from a brief alone by three writers who did not read the detector, its corpus
or its lexicon; no model trains on them.

Per request: flagged at the model's own threshold and at the real-traffic threshold (0.1%
of real users' held-out prompts, as `blind_sets.py`), and the synthetic-data request weight
the account stage counts (`profiles.features.intent.request_weight`, a ramp from 0.2 to 0.8
in probability): an account that sent only one frame would reach that frame's mean weight as
its synthetic-data weighted share (the rule's ramp starts at 10%). Intervals are
cluster-bootstrap over frames.

    .venv/bin/python benchmarks/content_flags.py --models shipped OTHER.npz
    # the second content set (three more writers, same brief), a test set:
    .venv/bin/python benchmarks/content_flags.py --set blind --name content_blind_flags \
        --models NEW.npz shipped

Writes benchmarks/results/content_flags.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, table_row, write_results
from blind_sets import _fmt, scores
from distillwatch.detect.rules import RULES
from distillwatch.profiles.features.intent import request_weight
from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.corpus.build import Example, real_examples, split_of
from distillwatch.signals.evaluate_intent import Tallies, clustered_by
from distillwatch.signals.model import load_model
from distillwatch.signals.train import MAX_FPR, calibrate_threshold
from distillwatch.simulate.text import content

FILLS = 12
"""Requests per frame: each frame with several topics and counts, half with a system prompt."""


SETS = {
    "range": "the range's content_studio frames (simulate/text/content_*.py)",
    "blind": "the second content set, written blind (signals/corpus/content_blind_*.py)",
}
"""The content sets by name: the range's, and a second written blind in stop 15."""


def load_set(name: str) -> content.ContentSet:
    if name == "range":
        return content.RANGE_SET
    from importlib import import_module

    return content.content_set(
        *(import_module(f"distillwatch.signals.corpus.content_blind_{x}") for x in "abc")
    )


def examples(cset: content.ContentSet) -> list[Example]:
    rng = np.random.default_rng(20261128)
    out = []
    for kind in content.KINDS:
        for lang, frames in cset.frames[kind].items():
            topics, systems = cset.topics[lang], cset.systems[lang]
            for i, frame in enumerate(frames):
                for j in range(FILLS):
                    user = frame.replace("{topic}", topics[j % len(topics)]).replace(
                        "{n}", str(int(rng.integers(3, 31)))
                    )
                    ctx = systems[j % len(systems)] if j % 2 else ""
                    out.append(Example(user, ctx, "none", kind, lang, "", f"{kind}:{lang}:{i}"))
    return out


def synthetic_ramp() -> tuple[float, float]:
    rule = next(r for r in RULES if r.value == "synthetic_data_weighted_share")
    return rule.lo, rule.hi


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["shipped"], help="'shipped' or .npz files")
    ap.add_argument("--name", default="content_flags", help="results file stem")
    ap.add_argument(
        "--set",
        choices=sorted(SETS),
        default="range",
        help="range: the range persona's frames (read in stop 15 for the shipped model); "
        "blind: a second set by three more writers, a test set (docs/evaluation.md)",
    )
    a = ap.parse_args()
    ex = examples(load_set(a.set))
    real = real_examples()
    real_calib = [e for e in real if split_of(e.group) == "calib"]
    syn = 1 + INTENT_FAMILIES.index("synthetic_data")
    lo, _ = synthetic_ramp()
    results: dict[str, Any] = {
        "machine": machine(),
        "requests": len(ex),
        "frames": len({e.group for e in ex}),
        "synthetic_ramp_start": lo,
        "set": SETS[a.set],
        "models": {},
    }
    first_text: dict[str, str] = {}
    for e in ex:
        first_text.setdefault(e.group, e.user)
    for path in a.models:
        m = load_model(None if path == "shipped" else path)
        real_t = calibrate_threshold(scores(m, real_calib), MAX_FPR, floor=0.0)
        probs, _ = m.predict([e.user for e in ex], [e.context for e in ex])
        top = probs[:, 1:].max(axis=1)  # what `top_scores` reads, from the same prediction
        weight = np.array([request_weight(float(p)) for p in probs[:, syn]])
        by_frame: dict[str, list[float]] = {}
        for e, w in zip(ex, weight, strict=True):
            by_frame.setdefault(e.group, []).append(float(w))
        frame_mean = {g: float(np.mean(v)) for g, v in by_frame.items()}
        over = sorted((g for g, v in frame_mean.items() if v >= lo), key=lambda g: -frame_mean[g])
        row: dict[str, Any] = {"real_threshold": real_t, "threshold": m.threshold}
        for point, t in (("own threshold", m.threshold), ("real-traffic threshold", real_t)):
            tallies = Tallies()
            tallies.add("hits", ex, top >= t)
            row[point] = tallies.fp("hits")
        tallies = Tallies()
        tallies.add("w", ex, weight >= lo)
        row["frames_over_ramp"] = [
            {
                "frame": g,
                "mean_weight": frame_mean[g],
                "text": first_text[g],
            }
            for g in over
        ]
        row["mean_weight_by_kind"] = {
            k: float(np.mean([frame_mean[g] for g in frame_mean if g.startswith(k + ":")]))
            for k in content.KINDS
        }
        row["requests_over_ramp_by_kind"] = clustered_by(
            tallies.k["w"], tallies.n["w"], lambda key: key[1]
        )
        results["models"][path] = row
    write_results(a.name, results, render(results))


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    models = list(r["models"])
    lines = [
        "# The intent model on honest bulk-content requests",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. {r['requests']:,} "
        f"requests from {r['frames']} frames of {r.get('set', SETS['range'])} "
        f"(8 kinds x 15 languages x 3, written from a brief, never trained on; {FILLS} fills "
        "each). 95% cluster-bootstrap intervals over frames.",
    ]
    lines += section(
        "Summary",
        "Flagged: the request's strongest intent family over the threshold. Synthetic-data "
        f"weight: what the account stage counts per request; its rule's ramp starts at "
        f"{100 * r['synthetic_ramp_start']:.0f}% of an account's requests.",
        ["measure", *models],
    )

    def row(label: str, get: Any) -> None:
        lines.append(table_row(label, (get(r["models"][x]) for x in models)))

    row(
        "threshold (own; real-traffic)",
        lambda x: f"{x['threshold']:.3f}; {x['real_threshold']:.3f}",
    )
    for point in ("own threshold", "real-traffic threshold"):
        row(f"flagged, {point}", lambda x, p=point: _fmt(x[p]["fp_pooled"]))
    row(
        "frames whose mean synthetic weight reaches the ramp",
        lambda x: str(len(x["frames_over_ramp"])),
    )
    first = r["models"][models[0]]
    for part, title in (("fp_by_source", "kind"), ("fp_by_language", "language")):
        lines += section(
            f"Flagged at the own threshold, by {title}",
            f"Requests flagged at each model's own threshold, by {title}.",
            [title, *models],
        )
        for g in first["own threshold"][part]:
            lines.append(
                table_row(g, (_fmt(r["models"][x]["own threshold"][part][g]) for x in models))
            )
    lines += section(
        "Synthetic-data weight by kind",
        "Mean request weight over the kind's frames (what a one-kind account's weighted "
        "share would be), and the requests whose own weight is at least the ramp's start.",
        ["kind", *[f"{x}: mean weight; requests weighing at least that" for x in models]],
    )
    for k in first["mean_weight_by_kind"]:
        lines.append(
            f"| {k} | "
            + " | ".join(
                f"{100 * r['models'][x]['mean_weight_by_kind'][k]:.1f}%; "
                + _fmt(r["models"][x]["requests_over_ramp_by_kind"][k])
                for x in models
            )
            + " |"
        )
    for x in models:
        lines += section(
            f"Frames at the ramp, {x}",
            "Every frame whose mean synthetic-data weight reaches the ramp's start.",
            ["frame", "mean weight", "text (first fill)"],
        )
        for f in r["models"][x]["frames_over_ramp"]:
            text = f["text"].replace("\n", " ").replace("|", "/")[:140]
            lines.append(f"| {f['frame']} | {100 * f['mean_weight']:.0f}% | {text} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

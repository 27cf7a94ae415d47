"""What the account stage's intent evidence is made of, per simulated persona and model.

The account rules read each intent family's *weighted share* (profiles/features/intent.py:
every request counts by its family probability on a log-odds ramp from 0.2 to 0.8, a run of
one repeated user turn once), not the share of requests over the classifier's flag
threshold. This measures both shares per account, and the intent group's contribution
under the current rules (capped at 2.4; the account threshold is 2.5 at least), for every
persona of a simulated month: the honest personas' worst accounts are the false-positive
pressure, the attack personas' weak accounts (10th percentile) what the stage has to work
with. Several models are measured on the same requests in the same run.

    .venv/bin/python benchmarks/account_intent_by_persona.py --models shipped OLD.npz

Data: the 1.2M-exchange month of bench_scan.py (seed 101, generated if missing), every
exchange, in time order per account. Writes benchmarks/results/account_intent.json and .md.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import msgspec
import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import write_results
from bench_scan import ensure_data
from distillwatch.contract.readers import ReadReport, expand_paths, read_exchanges
from distillwatch.detect.calibration import Calibration
from distillwatch.detect.rules import GROUP_CAPS
from distillwatch.detect.scoring import RATE_PRIOR_N, Scorer, derived
from distillwatch.profiles import AccountProfile, Facts, ProfileContext
from distillwatch.profiles.features.intent import Intent
from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.fingerprint import prompt_fingerprint
from distillwatch.signals.model import load_model
from distillwatch.signals.text import prepare

SHORT = {
    "reasoning_extraction": "reasoning",
    "reward_grading": "grading",
    "safe_rewrite": "rewrite",
    "synthetic_data": "synthetic",
}


class _IntentOnly(AccountProfile):
    """A profile whose values are one Intent feature's: the scorer's intent group alone."""

    def __init__(self, intent: Intent) -> None:
        super().__init__("a")
        self._intent = intent

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        return self._intent.values(ctx)


def load(d: Path) -> tuple[list[tuple[float, str, str, str, str]], dict[str, str]]:
    """Every exchange as (ts, account, user, context, prompt hash), and account -> persona."""
    persona = {}
    for line in (d / "labels.jsonl").read_text().splitlines():
        r = json.loads(line)
        persona[r["account_id"]] = r["persona"]
    rows = []
    for ex in read_exchanges([str(f) for f in expand_paths([d / "exchanges"])], ReadReport()):
        t = prepare(ex)
        rows.append((ex.epoch, ex.account_id, t.user, t.context, prompt_fingerprint(ex)))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows, persona


def measure(
    rows: list[tuple[float, str, str, str, str]], persona: dict[str, str], path: str | None
) -> dict[str, Any]:
    m = load_model(path)
    probs = np.concatenate(
        [
            m.predict([r[2] for r in rows[i : i + 20_000]], [r[3] for r in rows[i : i + 20_000]])[0]
            for i in range(0, len(rows), 20_000)
        ]
    )[:, 1 : 1 + len(INTENT_FAMILIES)]
    template = _template_facts()
    feats: dict[str, Intent] = defaultdict(Intent)
    for (ts, acct, _, _, ph), p in zip(rows, probs.tolist(), strict=True):
        top = max(p)
        feats[acct].update(
            msgspec.structs.replace(
                template,
                ts=ts,
                intent=tuple(p),
                intent_flagged=top >= m.threshold,
                prompt_hash=ph,
            )
        )
    scorer = Scorer(Calibration(threshold=1.0))
    ctx = ProfileContext()
    cap = GROUP_CAPS["intent"]
    per: dict[str, list[dict[str, float]]] = defaultdict(list)
    for acct, f in feats.items():
        v = derived(f.values(ctx))
        for fam in INTENT_FAMILIES:  # the flagged shares, shrunk as the rules before shrank them
            v[f"{fam}_rate"] = float(v[f"{fam}_rate"] or 0.0) * f.count / (f.count + RATE_PRIOR_N)
        row = {
            "intent_group": min(scorer.score(_IntentOnly(f), ctx).groups["intent"], cap),
            "intent_group_before": min(_before(v), cap),
        }
        for fam in INTENT_FAMILIES:
            row[f"{SHORT[fam]} flagged"] = float(v[f"{fam}_rate"] or 0.0)
            row[f"{SHORT[fam]} weighted"] = float(v[f"{fam}_weighted_share"] or 0.0)
        per[persona[acct]].append(row)
    out: dict[str, Any] = {"threshold": m.threshold, "personas": {}}
    for p, accts in sorted(per.items()):
        cols = {k: np.array([a[k] for a in accts]) for k in accts[0]}
        out["personas"][p] = {
            "accounts": len(accts),
            **{
                k: {
                    "q10": float(np.quantile(x, 0.1)),
                    "median": float(np.median(x)),
                    "max": float(x.max()),
                }
                for k, x in cols.items()
            },
        }
    return out


BEFORE = {
    "reasoning_extraction": 2.4,
    "reward_grading": 2.4,
    "safe_rewrite": 2.4,
    "synthetic_data": 1.4,
}
"""The intent rules before the weighted shares (stop 10), as the baseline: per family, a
ramp over the (shrunk) share of flagged requests from 3% to 40%, this weight, discounted by
1 - exp(-flagged / 3)."""


def _before(v: dict[str, float | None]) -> float:
    n = float(v.get("intent_flagged") or 0.0)
    total = 0.0
    for fam, weight in BEFORE.items():
        rate = float(v[f"{fam}_rate"] or 0.0)
        s = min(max((rate - 0.03) / (0.4 - 0.03), 0.0), 1.0)
        w = weight * s * (1.0 - math.exp(-n / 3.0))
        total += w if w >= 0.05 else 0.0
    return total


def _template_facts() -> Facts:
    return Facts(
        ts=0.0,
        account_id="a",
        model="m",
        conversation_id=None,
        end_user_id=None,
        user_turns=1,
        assistant_turns=0,
        has_system=False,
        input_tokens=None,
        output_tokens=None,
        reasoning_tokens=None,
        reasoning_returned=False,
        max_tokens=None,
        n=None,
        logprobs=False,
        top_logprobs=None,
        temperature=None,
        thinking_budget=None,
        reasoning_effort=None,
        tools=None,
        finish_reason=None,
        intent=(),
        intent_flagged=False,
        capability="chat",
        language="en",
        template="",
        client="unknown",
        prompt_hash="",
        ip_prefix=None,
        asn=None,
        tls=None,
        user_agent=None,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["shipped"], help="'shipped' or .npz files")
    ap.add_argument("--name", default="account_intent", help="results file stem")
    a = ap.parse_args()
    d, _ = ensure_data(1_000_000, "parquet", 101)
    rows, persona = load(d)
    kind = {p: "benign" for p in persona.values()}
    for line in (d / "labels.jsonl").read_text().splitlines():
        r = json.loads(line)
        if r["label"] != "benign":
            kind[r["persona"]] = "attack"
    results: dict[str, Any] = {
        "machine": machine(),
        "exchanges": len(rows),
        "kind": kind,
        "models": {p: measure(rows, persona, None if p == "shipped" else p) for p in a.models},
    }
    write_results(a.name, results, render(results))


def margins(
    res: dict[str, Any], kind: dict[str, str], family: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Scale-free separation per family: each attack persona's weakest tenth (its own main
    family's weighted share) over the highest honest account's share of that family. Ramps
    are read per model, so a model whose scores run higher lifts both sides; this ratio is
    what a ramp can separate. `family` fixes each attack persona's family (by default the one
    with its highest median share), so that models compare on the same one."""
    personas = res["personas"]
    honest = [p for p in personas if kind[p] == "benign"]
    out = []
    for p in sorted(x for x in personas if kind[x] == "attack"):
        fam = (family or {}).get(p) or max(
            SHORT.values(), key=lambda f: personas[p][f"{f} weighted"]["median"]
        )
        top = max(honest, key=lambda h: personas[h][f"{fam} weighted"]["max"])
        hi = personas[top][f"{fam} weighted"]["max"]
        lo = personas[p][f"{fam} weighted"]["q10"]
        out.append(
            {
                "attack": p,
                "family": fam,
                "attack_q10": lo,
                "honest_max": hi,
                "honest_persona": top,
                "ratio": lo / hi if hi > 0 else None,
            }
        )
    return out


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        "# Account intent evidence per simulated persona",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Every exchange "
        f"({r['exchanges']:,}) of the range month of seed 101, folded per account in time "
        "order. Per family: the share of requests over the model's flag threshold "
        "(`flagged`, what the account rules read before) and the weighted share (what they "
        "read now), both shrunk for small accounts (4 clean requests of prior, as the rules read them); `intent group`: the "
        "intent evidence under the current rules (cap 2.4; the account threshold is at "
        "least 2.5); `intent group before`: under the rules before (a ramp over the flagged "
        "share from 3% to 40%), on the same requests. Honest personas: median / **max** over accounts; attack personas: "
        "**10th percentile** / median.",
    ]
    for name, res in r["models"].items():
        personas = res["personas"]
        keys = [k for k in next(iter(personas.values())) if k != "accounts"]
        lines += [
            "",
            f"## {name} (flag threshold {res['threshold']:.3f})",
            "",
            "| persona | kind | accounts | " + " | ".join(k.replace("_", " ") for k in keys) + " |",
            "|---|---|---|" + "---|" * len(keys),
        ]
        for p in sorted(personas, key=lambda p: (r["kind"][p], p)):
            x = personas[p]
            honest = r["kind"][p] == "benign"
            cells = [
                f"{x[k]['median']:.3f} / **{x[k]['max']:.3f}**"
                if honest
                else f"**{x[k]['q10']:.3f}** / {x[k]['median']:.3f}"
                for k in keys
            ]
            lines.append(f"| {p} | {r['kind'][p]} | {x['accounts']} | " + " | ".join(cells) + " |")
    models = list(r["models"])
    lines += [
        "",
        "## Margins",
        "",
        "Per attack persona, its main family: its weakest tenth's weighted share over the "
        "highest honest account's share of that family on this month (real users' "
        "pseudo-accounts are in `real_prompts_flags.py`). Scale-free: a model whose scores "
        "run higher lifts both, and ramps are read per model.",
        "",
        "| attack persona | family | " + " | ".join(models) + " |",
        "|---|---|" + "---|" * len(models),
    ]
    first_rows = margins(r["models"][models[0]], r["kind"])
    family = {x["attack"]: x["family"] for x in first_rows}
    rows = {m: margins(r["models"][m], r["kind"], family) for m in models}
    for i, first in enumerate(rows[models[0]]):
        cells = []
        for m in models:
            x = rows[m][i]
            ratio = "no honest share" if x["ratio"] is None else f"{x['ratio']:.1f}x"
            cells.append(
                f"{ratio} ({100 * x['attack_q10']:.1f}% / {100 * x['honest_max']:.2f}% "
                f"{x['honest_persona']})"
            )
        lines.append(f"| {first['attack']} | {first['family']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

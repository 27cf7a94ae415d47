"""Helpers for the tests of the written sets: every phrasing of a nested table, and the
normal form two phrasings are compared in (case, punctuation and spacing ignored)."""

from __future__ import annotations

import re


def leaves(x: object) -> list[str]:
    """Every string of a nested dict / list / tuple table, in order."""
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in leaves(v)]
    if isinstance(x, list | tuple):
        return [s for v in x for s in leaves(v)]
    return []


def norm(s: str) -> str:
    """Lower case, runs of non-word characters as one space: what makes two lines 'the same'."""
    return re.sub(r"\W+", " ", s.lower()).strip()

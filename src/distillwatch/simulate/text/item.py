"""One pooled piece of text: a prompt with the answer (and reasoning) the model gives."""

from __future__ import annotations

from typing import NamedTuple


class TextItem(NamedTuple):
    prompt: str
    answer: str
    reasoning: str
    lang: str

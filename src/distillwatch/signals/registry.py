"""The table of request signals: one module each, all checked by one conformance suite.

A signal is a class with `name`, `description`, `compute(batch) -> list` (one value per
request, in order) and a static `valid(value) -> bool` that states its output range. Adding
a signal is one module plus one line here; tests/signals/test_conformance.py then checks it.
"""

from __future__ import annotations

from typing import Any, Protocol

from distillwatch.signals.batch import Batch
from distillwatch.signals.capability import CapabilitySignal
from distillwatch.signals.client import ClientSignal
from distillwatch.signals.intent import IntentSignal
from distillwatch.signals.language import LanguageSignal
from distillwatch.signals.template import TemplateSignal


class Signal(Protocol):
    name: str
    description: str

    def compute(self, batch: Batch) -> list[Any]: ...

    @staticmethod
    def valid(value: object) -> bool: ...


SIGNALS: tuple[type[Signal], ...] = (
    IntentSignal,
    CapabilitySignal,
    LanguageSignal,
    TemplateSignal,
    ClientSignal,
)
"""Built-in signals, in the order they are computed."""


def build_signals() -> list[Signal]:
    return [cls() for cls in SIGNALS]

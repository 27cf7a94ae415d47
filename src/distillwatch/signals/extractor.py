"""The request-signals extractor that the scan, the profiles and the gateway all use."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from distillwatch.contract.exchange import Exchange
from distillwatch.signals.base import RequestSignals
from distillwatch.signals.batch import Batch
from distillwatch.signals.intent import Intent
from distillwatch.signals.model import IntentModel, load_model
from distillwatch.signals.registry import Signal, build_signals
from distillwatch.signals.text import prepare


class Extractor:
    """Computes every registered signal for a batch of exchanges (implements SignalExtractor)."""

    def __init__(self, model: IntentModel, signals: Sequence[Signal] | None = None):
        self.model = model
        self.signals = list(signals) if signals is not None else build_signals()

    def compute(self, exs: Sequence[Exchange]) -> dict[str, list[Any]]:
        """Every signal's values for `exs`, by signal name."""
        batch = Batch([prepare(e) for e in exs], self.model)
        return {s.name: s.compute(batch) for s in self.signals}

    def extract_many(self, exs: Sequence[Exchange]) -> list[RequestSignals]:
        return self.assemble(self.compute(exs))

    @staticmethod
    def assemble(cols: dict[str, list[Any]]) -> list[RequestSignals]:
        """One `RequestSignals` per request from `compute`'s columns."""
        intents: list[Intent] = cols["intent"]
        return [
            RequestSignals(
                intent=it.families,
                intent_score=it.score,
                flagged=it.flagged,
                capability=cap,
                language=lang,
                template=tpl,
                client=client,
            )
            for it, cap, lang, tpl, client in zip(
                intents,
                cols["capability"],
                cols["language"],
                cols["template"],
                cols["client"],
                strict=True,
            )
        ]

    def clear_caches(self) -> None:
        """Empty the signals' memo caches (a cold start, for benchmarks and tests)."""
        self.model.clear_cache()
        for s in self.signals:
            clear = getattr(s, "clear_cache", None)
            if clear is not None:
                clear()

    def extract(self, ex: Exchange) -> RequestSignals:
        return self.extract_many([ex])[0]


@lru_cache(maxsize=4)
def load_extractor(model_path: str | Path | None = None) -> Extractor:
    """The extractor with the shipped model (or `model_path`), loaded once per process."""
    return Extractor(load_model(model_path))

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
        cols = self.compute(exs)
        out: list[RequestSignals] = []
        for i in range(len(exs)):
            it: Intent = cols["intent"][i]
            out.append(
                RequestSignals(
                    intent=it.families,
                    intent_score=it.score,
                    flagged=it.flagged,
                    capability=cols["capability"][i],
                    language=cols["language"][i],
                    template=cols["template"][i],
                    client=cols["client"][i],
                )
            )
        return out

    def extract(self, ex: Exchange) -> RequestSignals:
        return self.extract_many([ex])[0]


@lru_cache(maxsize=4)
def load_extractor(model_path: str | Path | None = None) -> Extractor:
    """The extractor with the shipped model (or `model_path`), loaded once per process."""
    return Extractor(load_model(model_path))

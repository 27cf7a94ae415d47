"""Extraction intent: a probability per family, the top one, and the flag decision."""

from __future__ import annotations

from dataclasses import dataclass

from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.batch import Batch


@dataclass(frozen=True, slots=True)
class Intent:
    """Family probabilities; `score` is the highest, `flagged` is `score >= threshold`."""

    families: dict[str, float]
    score: float
    flagged: bool


class IntentSignal:
    name = "intent"
    description = (
        "Probability per extraction-intent family (linear model over hashed n-grams and a "
        "concept lexicon; averaged with the opt-in embedding stage where the model carries one)."
    )

    def compute(self, batch: Batch) -> list[Intent]:
        if not len(batch):
            return []
        probs, _ = batch.probs
        cols = [batch.model.intent_classes.index(f) for f in INTENT_FAMILIES]
        fam = probs[:, cols].astype(float)
        top = fam.max(axis=1)
        thr = batch.model.threshold
        out: list[Intent] = []
        for row, s, t in zip(fam.tolist(), top.tolist(), batch.texts, strict=True):
            if not t.user and not t.context:  # nothing to read: no intent
                out.append(Intent(dict.fromkeys(INTENT_FAMILIES, 0.0), 0.0, False))
                continue
            out.append(Intent(dict(zip(INTENT_FAMILIES, row, strict=True)), s, s >= thr))
        return out

    @staticmethod
    def valid(value: object) -> bool:
        return (
            isinstance(value, Intent)
            and set(value.families) == set(INTENT_FAMILIES)
            and all(0.0 <= p <= 1.0 for p in value.families.values())
            and 0.0 <= value.score <= 1.0
            and value.score == max(value.families.values())
        )

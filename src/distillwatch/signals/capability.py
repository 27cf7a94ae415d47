"""Capability target: what the request asks the model to do (one of `CAPABILITIES`).

Images mean vision and tool definitions or tool results mean agentic (structure beats
wording); otherwise the capability head of the shared linear model decides.
"""

from __future__ import annotations

from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.batch import Batch


class CapabilitySignal:
    name = "capability"
    description = "Capability target: vision/agentic from request structure, else the model head."

    def compute(self, batch: Batch) -> list[str]:
        if not len(batch):
            return []
        _, cap = batch.probs
        classes = batch.model.capability_classes
        best = cap.argmax(axis=1).tolist()
        out: list[str] = []
        for t, j in zip(batch.texts, best, strict=True):
            if t.has_image:
                out.append("vision")
            elif t.has_tools:
                out.append("agentic")
            elif not t.user:
                out.append("chat")
            else:
                out.append(classes[j])
        return out

    @staticmethod
    def valid(value: object) -> bool:
        return value in CAPABILITIES

"""What a feature may know beyond the account's own exchanges, at a given moment."""

from __future__ import annotations

from dataclasses import dataclass, field

PIVOT_WINDOW_S = 24 * 3600.0
"""A pivot is traffic moved to a new model within 24 h of its first appearance."""

NEW_MODEL_GRACE_S = 24 * 3600.0
"""Models already seen in the first day of the logs are not 'new': they predate the logs."""


@dataclass
class ProfileContext:
    """Global, causal context: model first-seen times (from all accounts) and the log start."""

    log_start: float | None = None
    model_first_seen: dict[str, float] = field(default_factory=dict)
    now: float | None = None

    def observe_model(self, model: str, ts: float) -> None:
        if self.log_start is None or ts < self.log_start:
            self.log_start = ts
        seen = self.model_first_seen.get(model)
        if seen is None or ts < seen:
            self.model_first_seen[model] = ts

    def new_models(self, now: float | None = None) -> dict[str, float]:
        """Models released after the logs began, as known at `now` (all when None)."""
        if self.log_start is None:
            return {}
        cut = self.log_start + NEW_MODEL_GRACE_S
        return {
            m: t for m, t in self.model_first_seen.items() if t > cut and (now is None or t <= now)
        }

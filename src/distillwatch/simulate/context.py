"""What every worker needs to generate an account's traffic (picklable, built once)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from distillwatch.contract.errors import ConfigError
from distillwatch.simulate.config import Campaign, Persona, RangeConfig
from distillwatch.simulate.families import Selection

DAY = 86400.0


@dataclass(frozen=True, slots=True)
class RunContext:
    cfg: RangeConfig
    seed: int
    start: float  # epoch seconds
    days: int
    scale: float
    selection: Selection

    @property
    def end(self) -> float:
        return self.start + self.days * DAY

    @property
    def release(self) -> float:
        """When the new model is released (epoch)."""
        return self.start + self.cfg.models.release_fraction * self.days * DAY

    @property
    def start_weekday(self) -> int:
        return datetime.fromtimestamp(self.start, UTC).weekday()

    def persona(self, name: str) -> Persona | None:
        return next((p for p in self.cfg.personas if p.name == name), None)

    def campaign(self, name: str) -> Campaign | None:
        return next((c for c in self.cfg.campaigns if c.name == name), None)


def parse_start(s: str) -> float:
    """Epoch seconds of an RFC 3339 / ISO date; naive means UTC."""
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(
            f"--start: {s!r} is not an RFC 3339 time (e.g. 2026-03-02T00:00:00Z)"
        ) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()

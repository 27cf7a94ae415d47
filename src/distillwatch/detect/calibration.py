"""The operating threshold, calibrated to a false-positive budget on benign reference traffic.

`distillwatch calibrate` scores benign-only reference traffic (simulated with a seed that
is never used for evaluation), takes the (1 - budget) quantile of benign account scores,
and floors it at the score that the largest single evidence group could reach alone. The
result ships in the package (`data/calibration.json`) with how it was made.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from distillwatch.contract.errors import ConfigError
from distillwatch.detect.rules import GROUP_CAPS

DEFAULT_BUDGET = 0.001


def single_group_floor() -> float:
    """Score reached by the largest group alone, plus a margin: no single signal flags."""
    from distillwatch.detect.scoring import score_of

    return score_of(max(GROUP_CAPS.values()) + 0.1)


@dataclass
class Calibration:
    threshold: float
    budget: float = DEFAULT_BUDGET
    benign_accounts: int = 0
    benign_quantile_score: float | None = None
    floor: float | None = None
    source: str = "uncalibrated: single-group floor only"
    by_persona_max: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def calibrate(
    benign_scores: list[float],
    budget: float = DEFAULT_BUDGET,
    source: str = "",
    by_persona_max: dict[str, float] | None = None,
) -> Calibration:
    """Threshold such that at most `budget` of the benign accounts score at or above it."""
    if not 0 < budget < 1:
        raise ConfigError(f"budget: must be in (0, 1), got {budget}")
    floor = single_group_floor()
    if not benign_scores:
        return Calibration(threshold=floor, budget=budget, floor=floor, source=source)
    s = sorted(benign_scores, reverse=True)
    allowed = math.floor(budget * len(s))  # how many benign accounts may sit at/above it
    q = s[allowed] if allowed < len(s) else 0.0
    threshold = max(math.nextafter(q, 1.0), floor)
    return Calibration(
        threshold=threshold,
        budget=budget,
        benign_accounts=len(s),
        benign_quantile_score=q,
        floor=floor,
        source=source,
        by_persona_max=by_persona_max or {},
    )


def load_calibration(path: str | Path | None = None) -> Calibration:
    try:
        if path is None:
            text = resources.files("distillwatch").joinpath("data/calibration.json").read_text()
        else:
            text = Path(path).read_text()
    except FileNotFoundError:
        if path is not None:
            raise ConfigError(f"{path}: calibration file not found") from None
        floor = single_group_floor()
        return Calibration(threshold=floor, floor=floor)
    try:
        raw: dict[str, Any] = json.loads(text)
        return Calibration(**raw)
    except (json.JSONDecodeError, TypeError) as e:
        raise ConfigError(f"calibration file {path or 'data/calibration.json'}: {e}") from e

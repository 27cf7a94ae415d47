"""What the metrics need of a ground-truth record and of a scanned account, as protocols,
so callers can pass `inputs.LabelRecord`/`inputs.AccountFinding` or their own objects."""

from __future__ import annotations

from typing import Protocol


class Label(Protocol):
    """What the metrics need of one ground-truth record (`inputs.LabelRecord` has it)."""

    @property
    def is_attack(self) -> bool: ...
    @property
    def persona_name(self) -> str: ...
    @property
    def campaign_id(self) -> str | None: ...


class Finding(Protocol):
    """What leak fraction needs of one scanned account (`inputs.AccountFinding` has it)."""

    @property
    def flagged(self) -> bool: ...
    @property
    def exchanges(self) -> int: ...
    @property
    def exchanges_before_flag(self) -> int | None: ...

"""Scan state carried between runs: add a new day of logs without replaying the month.

Holds every account's replay result (profile, flag, timestamps) and the global context.
A new run continues each account's profile with its new exchanges; profiles merge exactly
when the new exchanges come after the old ones (as daily logs do).
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from distillwatch.contract.errors import InputError
from distillwatch.contract.exchange import AccountInfo
from distillwatch.scan.stages import AccountResult

STATE_FILE = "state.msgpack"
VERSION = 1


class ScanState(msgspec.Struct, kw_only=True):
    version: int = VERSION
    log_start: float | None = None
    model_first_seen: dict[str, float] = msgspec.field(default_factory=dict)
    accounts: dict[str, AccountInfo] = msgspec.field(default_factory=dict)
    results: list[AccountResult] = msgspec.field(default_factory=list)
    runs: int = 0


def load_state(directory: Path) -> ScanState | None:
    path = directory / STATE_FILE
    if not path.exists():
        return None
    try:
        state = msgspec.msgpack.decode(path.read_bytes(), type=ScanState)
    except (msgspec.DecodeError, msgspec.ValidationError) as e:
        raise InputError(f"{path}: not a distillwatch scan state ({e})") from e
    if state.version != VERSION:
        raise InputError(
            f"{path}: state version {state.version}, this distillwatch reads {VERSION}"
        )
    return state


def save_state(directory: Path, state: ScanState) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (STATE_FILE + ".tmp")
    tmp.write_bytes(msgspec.msgpack.encode(state))
    tmp.replace(directory / STATE_FILE)

"""Scan state carried between runs: add a new day of logs without replaying the month.

Holds every account's replay result (profile, flag, timestamps) and the global context.
A new run continues each account's profile with its new exchanges; profiles merge exactly
when the new exchanges come after the old ones (as daily logs do).

Layout (version 2): `state.msgpack` holds the global context and names a generation
directory, which holds one file of account results per replay shard. Each replay worker
reads its shard's results and writes the new ones itself, so the main process never holds
the month's profiles (a 16M-exchange month's state is about a gigabyte of msgpack). A run
writes a fresh generation and switches `state.msgpack` to it last (an atomic rename), so an
interrupted run leaves the previous state intact. Version 1 (every result inline in
`state.msgpack`) is still read.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import msgspec

from distillwatch.contract.errors import InputError
from distillwatch.contract.exchange import AccountInfo
from distillwatch.scan.stages import AccountResult

STATE_FILE = "state.msgpack"
VERSION = 2
READABLE = (1, 2)
GENERATION_PREFIX = "results-"


class ScanState(msgspec.Struct, kw_only=True):
    version: int = VERSION
    log_start: float | None = None
    model_first_seen: dict[str, float] = msgspec.field(default_factory=dict)
    accounts: dict[str, AccountInfo] = msgspec.field(default_factory=dict)
    results: list[AccountResult] = msgspec.field(default_factory=list)
    """Version 1 only: every account's result inline."""
    shards: int = 0
    """Version 2: how many shard files the generation holds (accounts by `shard_of`)."""
    generation: str | None = None
    """Version 2: the directory (inside the state directory) of the shard files."""
    runs: int = 0
    intent_model: str | None = None
    """The sha256 prefix of the intent model the profiles' signals came from (None: a state
    written before it was recorded)."""


_RESULTS = msgspec.msgpack.Decoder(list[AccountResult])
_ENCODER = msgspec.msgpack.Encoder()


def load_state(directory: Path) -> ScanState | None:
    path = directory / STATE_FILE
    if not path.exists():
        return None
    try:
        state = msgspec.msgpack.decode(path.read_bytes(), type=ScanState)
    except (msgspec.DecodeError, msgspec.ValidationError) as e:
        raise InputError(f"{path}: not a distillwatch scan state ({e})") from e
    if state.version not in READABLE:
        raise InputError(
            f"{path}: state version {state.version}, this distillwatch reads "
            f"{', '.join(map(str, READABLE))}"
        )
    if state.version == 2 and not (directory / (state.generation or "")).is_dir():
        raise InputError(f"{path}: its results directory {state.generation!r} is missing")
    return state


def shard_path(generation_dir: Path, shard: int) -> Path:
    return generation_dir / f"shard-{shard:04d}.msgpack"


def load_shard(generation_dir: Path, shard: int) -> dict[str, AccountResult]:
    """The results of one shard's accounts from an earlier run (empty if it had none)."""
    path = shard_path(generation_dir, shard)
    if not path.exists():
        return {}
    try:
        return {r.account_id: r for r in _RESULTS.decode(path.read_bytes())}
    except (msgspec.DecodeError, msgspec.ValidationError) as e:
        raise InputError(f"{path}: not a distillwatch scan state shard ({e})") from e


def save_shard(generation_dir: Path, shard: int, results: list[AccountResult]) -> None:
    if results:
        shard_path(generation_dir, shard).write_bytes(_ENCODER.encode(results))


def new_generation(directory: Path) -> Path:
    """A fresh, empty directory for this run's shard files."""
    path = directory / f"{GENERATION_PREFIX}{uuid.uuid4().hex[:12]}"
    path.mkdir(parents=True)
    return path


def save_state(directory: Path, state: ScanState) -> None:
    """Write `state.msgpack` atomically, then drop generations it no longer names."""
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (STATE_FILE + ".tmp")
    tmp.write_bytes(msgspec.msgpack.encode(state))
    tmp.replace(directory / STATE_FILE)
    for old in directory.glob(f"{GENERATION_PREFIX}*"):
        if old.name != state.generation and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def load_all_results(directory: Path, state: ScanState) -> list[AccountResult]:
    """Every account's result, whatever the version (for a run with another shard count)."""
    if state.version == 1:
        return list(state.results)
    gen = directory / (state.generation or "")
    return [r for s in range(state.shards) for r in load_shard(gen, s).values()]

"""The training commands re-run themselves with OpenBLAS pinned, once, and nothing else does."""

from __future__ import annotations

import subprocess
import sys
from typing import NoReturn

import pytest

from distillwatch import reproducible
from distillwatch.reproducible import KEEP, PINNED_BLAS, pinned_environment, rerun_pinned


@pytest.fixture
def x86(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reproducible.platform, "machine", lambda: "x86_64")


@pytest.mark.usefixtures("x86")
def test_only_training_commands_are_pinned_and_only_once() -> None:
    env = {"PATH": "/bin", "OPENBLAS_NUM_THREADS": "16"}
    for command in ("train-intent", "train-embedding-stage", "eval-intent"):
        pinned = pinned_environment([command, "--out", "m.npz"], env)
        assert pinned == {"PATH": "/bin", **PINNED_BLAS}
        assert pinned_environment([command], pinned) is None  # the re-run runs as it is
    for argv in (["scan", "logs/"], ["signals", "x.jsonl"], ["calibrate"], []):
        assert pinned_environment(argv, env) is None
    assert pinned_environment(["train-intent"], {**env, KEEP: "1"}) is None


def test_other_machines_keep_their_kernels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reproducible.platform, "machine", lambda: "aarch64")
    assert pinned_environment(["train-intent"], {}) is None


@pytest.mark.usefixtures("x86")
def test_the_rerun_is_the_same_command_under_the_pinned_environment() -> None:
    calls: list[tuple[str, list[str], dict[str, str]]] = []

    class Replaced(Exception):
        pass

    def execve(path: str, args: list[str], env: dict[str, str]) -> NoReturn:
        calls.append((path, args, env))
        raise Replaced

    with pytest.raises(Replaced):
        rerun_pinned(["train-intent", "--out", "m.npz"], {"HOME": "/h"}, execve)
    assert calls == [
        (
            sys.executable,
            [sys.executable, "-m", "distillwatch.cli", "train-intent", "--out", "m.npz"],
            {"HOME": "/h", **PINNED_BLAS},
        )
    ]
    rerun_pinned(["scan", "x"], {"HOME": "/h"}, execve)  # returns: nothing to pin
    assert len(calls) == 1


def test_the_rerun_form_runs_the_cli() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "distillwatch.cli", "train-intent", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**PINNED_BLAS, "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 0 and "--blind-pair" in r.stdout, r.stderr

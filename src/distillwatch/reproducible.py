"""Training's floats pass through OpenBLAS, which picks its kernels by CPU (AVX-512 machines
get other kernels than AVX2 ones) and splits work by thread count; the logistic fits stop
where their tolerance says, so those last-bit differences move weights and thresholds. The
training commands therefore re-run themselves once with both pinned, and the model file is
the same on every x86-64 machine (docs/signals.md, "Reproducible")."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import NoReturn

TRAINING_COMMANDS = frozenset({"train-intent", "train-embedding-stage", "eval-intent"})
"""The commands whose output is a fitted model (or the fits of an evaluation)."""

PINNED_BLAS: Mapping[str, str] = {
    "OPENBLAS_CORETYPE": "Haswell",  # AVX2 kernels: every x86-64 CPU of the last decade has them
    "OPENBLAS_NUM_THREADS": "2",
}
"""What the shipped model was trained under (two cores, AVX2 kernels)."""

KEEP = "DISTILLWATCH_KEEP_BLAS"
"""Set to 1 to train with the machine's own kernels and threads (faster, not reproducible)."""


def pinned_environment(argv: Sequence[str], env: Mapping[str, str]) -> dict[str, str] | None:
    """The environment a training command must re-run under, or None to run as it is."""
    if not argv or argv[0] not in TRAINING_COMMANDS or env.get(KEEP) == "1":
        return None
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return None  # the pinned kernels are x86-64 ones
    if all(env.get(k) == v for k, v in PINNED_BLAS.items()):
        return None
    return {**env, **PINNED_BLAS}


def rerun_pinned(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    execve: Callable[[str, list[str], dict[str, str]], NoReturn] = os.execve,
) -> None:
    """Replace this process with the same command under the pinned environment, if needed
    (OpenBLAS reads it once, when numpy loads, so it cannot be changed in-process)."""
    pinned = pinned_environment(argv, os.environ if env is None else env)
    if pinned is None:
        return
    print(
        f"{argv[0]}: OpenBLAS pinned (AVX2 kernels, two threads) so that the result is the "
        f"same on every x86-64 machine; {KEEP}=1 uses the machine's own",
        file=sys.stderr,
    )
    execve(sys.executable, [sys.executable, "-m", "distillwatch.cli", *argv], pinned)

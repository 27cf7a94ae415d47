"""A small range shared by the simulate tests (generated once per session, in tmp)."""

from __future__ import annotations

from pathlib import Path

import pytest
from simulate_helpers import SMALL

from distillwatch.simulate.runner import simulate


@pytest.fixture(scope="session")
def small_range(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("range")
    simulate(out, SMALL)
    return out

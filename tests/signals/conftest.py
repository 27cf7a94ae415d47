"""Fixtures for the signals tests."""

from __future__ import annotations

import pytest

from distillwatch.signals import load_extractor
from distillwatch.signals.extractor import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return load_extractor()

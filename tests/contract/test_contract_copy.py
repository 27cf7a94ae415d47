"""The project's copy of the contract matches the shared one it was taken from."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SHARED = ROOT.parent / "shared" / "contract"


@pytest.mark.parametrize("name", ["exchange.schema.json", "README.md"])
def test_copy_is_current(name: str) -> None:
    if not SHARED.exists():
        pytest.skip("shared contract not present beside the checkout")
    assert (ROOT / "docs" / "contract" / name).read_text() == (SHARED / name).read_text()

"""Shared fixtures: where the seeds and the corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CONVENTIO_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
FAST13 = SEEDS / "000_8225b601652a85c2.txt"
DJEPVA = SEEDS / "004_6ded1538d4395905.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing: expected the seeds and corpus at {SHARED}")
    return SHARED

"""Shared test helpers: where the shared real data is, reading CSV outputs."""

import csv
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REINDUSTRIA_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"


@pytest.fixture
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"shared data not found at {DATA} (set REINDUSTRIA_SHARED)")
    return DATA


def read_csv(path) -> list[dict]:
    """The rows of a CSV output, as dicts of strings."""
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))

"""Fixtures of the ops tests: the loaded sample archive (module-wide) and its truth."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.archive import load_archive

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture(scope="session")
def sample_archive():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(
            SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json", staff=SAMPLE / "staff.csv"
        )


@pytest.fixture(scope="session")
def events() -> dict:
    return json.loads((SAMPLE / "truth" / "events.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def customers_path() -> Path:
    return SAMPLE / "customers.csv"


@pytest.fixture(scope="session")
def truth_employees() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "truth" / "employees.csv")

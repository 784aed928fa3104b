"""Fixtures for the Dask tests: the sample archive as a store (once per session), its pandas twin, a LocalCluster."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.archive import load_rooms, load_scope, load_staff
from toolkit.store import ingest, read_store

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``sample_data/archive`` ingested into a fresh store."""
    store = tmp_path_factory.mktemp("scale") / "store"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ingest(SAMPLE / "archive", store)
    return store


@pytest.fixture(scope="session")
def side_paths() -> dict[str, Path]:
    return {"scope": SAMPLE / "scope.csv", "staff": SAMPLE / "staff.csv", "rooms": SAMPLE / "rooms.json"}


@pytest.fixture(scope="session")
def pandas_archive(sample_store: Path, side_paths: dict[str, Path]):
    """The store read with pandas, with the sample scope, staff and rooms: the reference."""
    a = read_store(sample_store)
    staff = load_staff(side_paths["staff"], tz=a.tz)
    rooms, members = load_rooms(side_paths["rooms"], tz=a.tz, employees=frozenset(staff["userid"].dropna()))
    return dataclasses.replace(a, scope=load_scope(side_paths["scope"], tz=a.tz), staff=staff, rooms=rooms,
                               room_members=members)  # fmt: skip


@pytest.fixture(scope="session")
def dask_client():
    """A LocalCluster of two single-threaded worker processes (what ``toolkit.scale.client()`` starts on 2 cores)."""
    from toolkit.scale import client

    c = client(n_workers=2, threads_per_worker=1, processes=True)
    yield c
    c.close()


def sort(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


def assert_same(got: pd.DataFrame, ref: pd.DataFrame, keys: list[str]) -> None:
    """Equal frames once both are sorted by ``keys`` (Dask returns rows partition by partition)."""
    assert len(ref) > 0
    pd.testing.assert_frame_equal(sort(got, keys), sort(ref, keys))


@pytest.fixture(autouse=True)
def _quiet_dask_internals():
    """dask 2026.8 calls ``reset_index(inplace=True)`` in its parquet reader, deprecated by pandas 3.1.

    ``dd.from_pandas`` would also turn pandas' ``str`` columns into ``string[pyarrow]`` (NA instead of
    NaN); the tests build frames with it, so that conversion is off (``read_store_dask`` sets its dtypes itself).
    """
    import dask

    with warnings.catch_warnings(), dask.config.set({"dataframe.convert-string": False}):
        warnings.filterwarnings("ignore", message="The inplace keyword", module="dask")
        warnings.filterwarnings("ignore", message="The inplace keyword")
        yield

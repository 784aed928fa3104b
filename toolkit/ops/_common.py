"""Private helpers shared by the ops modules: argument checks, weeks, side files."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..archive import schema
from ..archive.load import Archive
from ..archive.side import find_beside
from ..exceptions import OpsDataWarning

__all__ = ["OpsDataWarning", "find_beside"]


def _check_archive(archive: Any, name: str = "archive") -> Archive:
    if not isinstance(archive, Archive):
        raise TypeError(f"{name} must be a toolkit.archive.Archive (from load_archive); got {type(archive).__name__}")
    return archive


def _timedelta(name: str, value: Any) -> pd.Timedelta:
    try:
        td = pd.Timedelta(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{name} must be a duration such as '24h'; got {value!r}") from exc
    if pd.isna(td) or td <= pd.Timedelta(0):
        raise ValueError(f"{name} must be a positive duration; got {value!r}")
    return td


def _timestamp(name: str, value: Any, tz: str) -> pd.Timestamp:
    """A required time given by a user, in ``tz`` (:func:`toolkit.archive.schema.to_timestamp`; None is no time)."""
    ts = schema.to_timestamp(value, tz, name)
    if ts is None:
        raise ValueError(f"{name} must be a date or time such as '2026-07-03'; got None")
    return ts


def _lookup(keys: pd.Series, table: pd.Series, dtype: Any = None) -> pd.Series:
    """``keys.map(table)``, also when ``table`` is empty (missing keys give NA; first of duplicate labels wins).

    ``Series.map`` with an empty datetime ``table`` raises ``TypeError: Cannot
    cast DatetimeArray to dtype float64`` (pandas 2.x-3.x); ``reindex`` keeps
    the table's dtype instead.

    Examples
    --------
    >>> empty = pd.Series([], dtype="datetime64[ns, UTC]")
    >>> _lookup(pd.Series(["a", "b"]), empty).tolist()
    [NaT, NaT]
    >>> _lookup(pd.Series(["b", "x"]), pd.Series([1, 2], index=["a", "b"])).tolist()
    [2.0, nan]
    """
    table = table[~table.index.duplicated()]
    out = table.reindex(keys.to_numpy())
    out.index, out.name = keys.index, keys.name
    return out if dtype is None else out.astype(dtype)


def _week(times: pd.Series) -> pd.Series:
    """The Monday (00:00, tz-naive) of each time's week, in the times' own zone."""
    local = times.dt.tz_localize(None)
    return (local.dt.normalize() - pd.to_timedelta(local.dt.day_of_week, unit="D")).astype("datetime64[ns]")



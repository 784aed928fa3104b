"""Argument checks shared by the replay and the threshold statistics (private)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..exceptions import SchemaError


def _unit(name: str, value: Any) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a number in [0, 1]; got {value!r}") from exc
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be in [0, 1]; got {value!r}")
    return v


def _check_frame(name: str, df: Any, cols: Sequence[str]) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame; got {type(df).__name__}")
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SchemaError(f"{name} lacks columns {missing}")
    return df

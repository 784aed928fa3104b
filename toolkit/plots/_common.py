"""Small helpers every plot module shares: input checks, a fresh Axes, labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ..exceptions import SchemaError

__all__ = ["_axes", "_label", "_require"]


def _require(frame: Any, columns: Iterable[str], name: str) -> pd.DataFrame:
    """``frame`` itself, after checking it is a DataFrame holding ``columns``."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame; got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SchemaError(f"{name} lacks columns {missing}")
    return frame


def _axes(ax: Axes | None) -> Axes:
    """``ax``, or the Axes of a new figure when ``ax`` is None."""
    if ax is None:
        _, ax = plt.subplots()
    elif not isinstance(ax, Axes):
        raise TypeError(f"ax must be a matplotlib Axes or None; got {type(ax).__name__}")
    return ax


def _label(ax: Axes, title: str | None, xlabel: str | None, ylabel: str | None) -> None:
    """Set the title and axis labels that are not None."""
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)

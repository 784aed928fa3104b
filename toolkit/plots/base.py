"""Helpers every plot module shares, in every package: input checks, a fresh Axes, labels.

Each ``plot_x`` of the toolkit starts the same way (check the frame, take the
caller's Axes or a new one with Chinese glyphs, set the labels), so these live
here once, with :func:`toolkit.plots.use_cjk_font`.

Examples
--------
>>> import pandas as pd
>>> ax = new_axes(None, figsize=(4, 3))
>>> set_labels(ax, "标题", None, "n")
>>> ax.get_title(), ax.get_ylabel()
('标题', 'n')
>>> require_frame(pd.DataFrame({"n": [1]}), ["n", "week"], "weekly")
Traceback (most recent call last):
...
toolkit.exceptions.SchemaError: weekly lacks columns ['week']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from .._validate import require_columns
from ._style import use_cjk_font

__all__ = ["new_axes", "require_frame", "set_labels"]


def require_frame(frame: Any, columns: Iterable[str], name: str) -> pd.DataFrame:
    """``frame`` itself, after checking it is a DataFrame holding ``columns`` (:func:`toolkit._validate.require_columns`)."""
    return require_columns(frame, columns, name)


def new_axes(ax: Axes | None, figsize: tuple[float, float] | None = None) -> Axes:
    """``ax``, or the Axes of a new figure (of ``figsize``) when ``ax`` is None.

    Sets the Chinese font first (:func:`toolkit.plots.use_cjk_font`), so labels render.
    """
    use_cjk_font()
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    elif not isinstance(ax, Axes):
        raise TypeError(f"ax must be a matplotlib Axes or None; got {type(ax).__name__}")
    return ax


def set_labels(ax: Axes, title: str | None, xlabel: str | None, ylabel: str | None) -> None:
    """Set the title and axis labels that are not None."""
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)

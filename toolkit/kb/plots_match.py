"""Plots of KB retrieval quality: are right matches scored above wrong ones?

Draws frames from :mod:`toolkit.kb.evaluate` and computes nothing of its
own. Call :func:`toolkit.plots.use_cjk_font` once first so the Chinese
labels render.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from toolkit._validate import require_columns
from toolkit.plots.base import new_axes, set_labels

__all__ = ["plot_match_scores"]


def plot_match_scores(
    ranks: pd.DataFrame,
    *,
    ax: Axes | None = None,
    bins: int = 20,
    labels: tuple[str, str] = ("正确 Correct", "错误 Wrong"),
    title: str | None = "首选匹配的分数 Score of the top match",
    xlabel: str | None = "分数 Score",
    ylabel: str | None = "问题数 Questions",
    **style: Any,
) -> Axes:
    """Histograms of the top match's score, correct top matches against wrong ones.

    A calibrated matcher puts the correct matches at high scores and the
    wrong ones low, so a suggestion threshold can be read off the plot.

    Parameters
    ----------
    ranks : pandas.DataFrame
        As returned by :func:`toolkit.kb.hit_ranks`: ``top_score`` and
        ``is_hit`` (queries without a match, NaN ``top_score``, are left
        out).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    bins : int, default 20
        Equal-width bins over [0, 1].
    labels : (str, str)
        Legend labels of the correct and the wrong top matches.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.hist` (``alpha``, ...);
        ``color_hit`` and ``color_miss`` set the two colours.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    SchemaError
        ``top_score`` or ``is_hit`` is missing.
    ValueError
        ``bins`` is not a positive int.

    Examples
    --------
    >>> import pandas as pd
    >>> ranks = pd.DataFrame({"top_score": [0.9, 0.8, 0.2, 0.1], "is_hit": [True, True, False, True]})
    >>> ax = plot_match_scores(ranks, bins=5)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['正确 Correct', '错误 Wrong']
    >>> len(ax.patches)
    10
    """
    require_columns(ranks, ["top_score", "is_hit"], "ranks", hint="pass the frame toolkit.kb.hit_ranks returns")
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or bins < 1:
        raise ValueError(f"bins must be a positive int; got {bins!r}")
    ax = new_axes(ax)
    data = ranks[ranks["top_score"].notna()]
    edges = np.linspace(0.0, 1.0, int(bins) + 1)
    hit = data.loc[data["is_hit"].astype(bool), "top_score"].to_numpy(dtype=float)
    miss = data.loc[~data["is_hit"].astype(bool), "top_score"].to_numpy(dtype=float)
    opts = {"alpha": 0.6, **style}
    colors = (opts.pop("color_hit", "tab:green"), opts.pop("color_miss", "tab:red"))
    ax.hist(hit, bins=edges, label=labels[0], color=colors[0], **opts)
    ax.hist(miss, bins=edges, label=labels[1], color=colors[1], **opts)
    ax.set_xlim(0, 1)
    ax.legend()
    set_labels(ax, title, xlabel, ylabel)
    return ax

"""Plots of frequent-question clusters: top clusters, weekly trends, a 2-D map.

Every function draws on a given or new Axes with Chinese labels rendered
(:func:`toolkit.plots.use_cjk_font`) and returns the Axes.

Examples
--------
>>> import pandas as pd
>>> c = pd.DataFrame({"cluster_id": [0, 1], "label": ["退换货 / 运费", "保修"],
...                   "representative": ["退货运费谁出", "保修多久"],
...                   "n_questions": [30, 20], "share_of_customers": [0.4, 0.25]})
>>> ax = plot_top_clusters(c)
>>> ax.get_xlabel()
'share of customers who asked'
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_cluster_map", "plot_cluster_trends", "plot_top_clusters"]


def _axes(ax: Any, figsize: tuple[float, float]) -> Any:
    import matplotlib.pyplot as plt

    from toolkit.plots import use_cjk_font

    use_cjk_font()
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def _name(row: pd.Series, width: int = 18) -> str:
    rep = str(row.get("representative", ""))
    rep = rep if len(rep) <= width else rep[: width - 1] + "…"
    return f"#{int(row['cluster_id'])} {rep}"


def plot_top_clusters(clusters: pd.DataFrame, *, top: int = 15, by: str | None = None, ax: Any = None) -> Any:
    """Horizontal bars of the largest clusters: "x% of customers asked about ...".

    Parameters
    ----------
    clusters : pandas.DataFrame
        ``FrequentQuestions.clusters_`` (``cluster_id``, ``representative``
        and ``share_of_customers`` or ``n_questions``).
    top : int, default 15
        Bars to draw.
    by : str, optional
        Column to rank and draw; default ``share_of_customers`` when it has
        values, else ``n_questions``.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
    """
    if by is None:
        has_share = "share_of_customers" in clusters and clusters["share_of_customers"].notna().any()
        by = "share_of_customers" if has_share else "n_questions"
    if by not in clusters.columns:
        raise ValueError(f"clusters lacks column {by!r}")
    ax = _axes(ax, (8, max(2.5, 0.38 * min(top, len(clusters)) + 1)))
    c = clusters.sort_values([by, "cluster_id"], ascending=[False, True]).head(top).iloc[::-1]
    values = c[by].astype(float).to_numpy()
    ax.barh([_name(r) for _, r in c.iterrows()], values, color="#4C72B0")
    share = by == "share_of_customers"
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:.1%}" if share else f" {int(v):,}", va="center", fontsize=8)
    ax.set_xlabel("share of customers who asked" if share else "questions")
    ax.set_title(f"Top {len(c)} frequent questions")
    if share:
        ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.set_xlim(0, (values.max() if len(values) else 1) * 1.15)
    return ax


def plot_cluster_trends(clusters: pd.DataFrame, *, top: int = 6, ax: Any = None) -> Any:
    """Weekly question counts of the largest clusters (the ``weekly`` column).

    Parameters
    ----------
    clusters : pandas.DataFrame
        ``clusters_`` of a model fitted on an :func:`extract_questions`
        frame (its ``weekly`` column holds a Series per cluster).
    top : int, default 6
        Lines to draw (largest ``n_questions`` first).
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
    """
    if "weekly" not in clusters.columns or not clusters["weekly"].map(lambda w: isinstance(w, pd.Series)).any():
        raise ValueError("clusters has no weekly counts: fit FrequentQuestions on an extract_questions frame")
    ax = _axes(ax, (9, 4))
    c = clusters.sort_values(["n_questions", "cluster_id"], ascending=[False, True]).head(top)
    for _, row in c.iterrows():
        w = row["weekly"]
        if not isinstance(w, pd.Series) or w.empty:
            continue
        x = [p.start_time for p in w.index] if isinstance(w.index, pd.PeriodIndex) else list(w.index)
        ax.plot(x, w.to_numpy(), marker="o", markersize=3, label=_name(row, 14))
    ax.set_ylabel("questions per week")
    ax.set_title("Weekly trend of the largest clusters")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.figure.autofmt_xdate()
    return ax


def plot_cluster_map(model: Any, *, annotate: int = 12, ax: Any = None, random_state: int = 0) -> Any:
    """A 2-D map of the clusters: centroids projected by PCA, sized by questions.

    Close points are clusters with similar questions: candidates to merge.

    Parameters
    ----------
    model : toolkit.questions.FrequentQuestions
        A fitted model (uses ``centroids_`` and ``clusters_``).
    annotate : int, default 12
        Label the largest clusters with their representative question.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    random_state : int, default 0
        Seeds the PCA solver.

    Returns
    -------
    matplotlib.axes.Axes
    """
    from sklearn.decomposition import PCA

    c = model.clusters_
    cent = np.asarray(model.centroids_)
    if len(c) < 2:
        raise ValueError("a cluster map needs at least 2 clusters")
    ax = _axes(ax, (8, 6))
    xy = PCA(n_components=2, random_state=random_state, svd_solver="full").fit_transform(cent)
    # fix the sign of each axis so reruns draw the same picture
    xy *= np.where(xy[np.abs(xy).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0)
    n = c["n_questions"].astype(float).to_numpy()
    ax.scatter(xy[:, 0], xy[:, 1], s=20 + 400 * n / n.max(), alpha=0.5, color="#4C72B0", edgecolor="white")
    for i in np.argsort(-n, kind="stable")[:annotate]:
        ax.annotate(_name(c.iloc[i], 12), xy[i], fontsize=8, ha="center", va="bottom")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"{len(c)} clusters (PCA of centroids; area = questions)")
    return ax

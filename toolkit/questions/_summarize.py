"""The one-row-per-cluster summary of any labelling (:func:`summarize_clusters`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .._validate import require_columns

__all__ = ["summarize_clusters"]


def summarize_clusters(questions: pd.DataFrame, labels: Sequence[int] | np.ndarray, *,
                       clusters: pd.DataFrame | None = None,
                       n_customers_all: int | None = None) -> pd.DataFrame:
    """Customers and weekly counts per cluster of an :func:`extract_questions` frame.

    Parameters
    ----------
    questions : pandas.DataFrame
        Rows that were clustered (e.g. ``extract_questions(...)`` filtered
        to ``is_question``), with ``customer_id`` and ``asked_at``.
    labels : sequence of int
        Cluster per row (``-1`` outliers are left out), as ``labels_``.
    clusters : pandas.DataFrame, optional
        ``FrequentQuestions.clusters_``; its columns are joined on
        ``cluster_id``.
    n_customers_all : int, optional
        The denominator of ``share_of_customers``: all customers who asked
        anything. Default: the distinct ``customer_id`` of ``questions``.

    Returns
    -------
    pandas.DataFrame
        One row per cluster, sorted by ``cluster_id``: ``cluster_id``,
        ``n_questions``, ``n_customers`` (distinct ``customer_id``),
        ``share_of_customers`` (of all customers in ``questions``) and
        ``weekly`` (pandas.Series of counts per week starting Monday, in the
        time zone of ``asked_at``), plus the columns of ``clusters``.

    Raises
    ------
    ValueError
        If a column is missing or ``labels`` has the wrong length.

    Examples
    --------
    >>> q = pd.DataFrame({"customer_id": ["a", "b", "a", "c"],
    ...                   "asked_at": pd.to_datetime(["2026-07-01", "2026-07-02", "2026-07-09",
    ...                                               "2026-07-09"]).tz_localize("Asia/Shanghai")})
    >>> s = summarize_clusters(q, [0, 0, 0, -1])
    >>> s[["cluster_id", "n_questions", "n_customers", "share_of_customers"]]
       cluster_id  n_questions  n_customers  share_of_customers
    0           0            3            2            0.666667
    >>> s.loc[0, "weekly"].tolist()
    [2, 1]
    """
    require_columns(questions, ["customer_id", "asked_at"], "questions")
    lab = np.asarray(labels)
    if len(lab) != len(questions):
        raise ValueError(f"labels must have one entry per row; got {len(lab)} for {len(questions)} rows")
    q = questions[["customer_id", "asked_at"]].reset_index(drop=True).assign(cluster_id=lab)
    n_all = q["customer_id"].nunique() if n_customers_all is None else int(n_customers_all)
    q = q[q["cluster_id"] >= 0]
    rows = []
    for cid, g in q.groupby("cluster_id", sort=True):
        at = g["asked_at"]
        week = (at.dt.tz_localize(None) if at.dt.tz is not None else at).dt.to_period("W-SUN")
        rows.append({
            "cluster_id": int(cid),
            "n_questions": len(g),
            "n_customers": int(g["customer_id"].nunique()),
            "share_of_customers": g["customer_id"].nunique() / n_all if n_all else float("nan"),
            "weekly": week.value_counts().sort_index().rename("n_questions"),
        })
    out = pd.DataFrame(rows, columns=["cluster_id", "n_questions", "n_customers",
                                      "share_of_customers", "weekly"])
    if clusters is not None:
        out = out.merge(clusters.drop(columns=["n_questions", "n_customers", "share_of_customers", "weekly"],
                                      errors="ignore"),
                        on="cluster_id", how="left")
    return out

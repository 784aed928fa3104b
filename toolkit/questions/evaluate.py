"""Score a clustering of questions against gold intent groups.

Examples
--------
>>> from toolkit.questions import evaluate_clusters
>>> scores = evaluate_clusters([0, 0, 1, 1, -1], ["a", "a", "b", "b", "b"])
>>> round(scores["purity"], 3), round(scores["outlier_share"], 3)
(1.0, 0.2)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn import metrics

__all__ = ["align_truth", "evaluate_clusters"]


def _as_1d(values: Any, name: str) -> pd.Series:
    if isinstance(values, (str, bytes)) or np.ndim(values) != 1:
        raise TypeError(f"{name} must be a 1-d sequence; got {type(values).__name__}")
    return pd.Series(list(values), dtype=object)


def evaluate_clusters(
    labels: Sequence[int] | np.ndarray | pd.Series,
    gold: Sequence[Any] | np.ndarray | pd.Series,
    *,
    top_k: int = 30,
) -> dict[str, Any]:
    """Compare predicted cluster labels with gold intent groups.

    Only items with a gold label are scored: ``None``/``NaN`` gold marks an
    unlabelled item and is excluded everywhere (also from
    ``outlier_share``).

    Parameters
    ----------
    labels : sequence of int
        Predicted cluster per item; ``-1`` is an outlier (no cluster).
    gold : sequence
        Gold group per item (any hashable), ``None``/``NaN`` if unknown.
    top_k : int, default 30
        How many of the largest gold groups ``best_match_f1`` averages over
        (ties broken by group label).

    Returns
    -------
    dict
        - ``nmi``, ``ari``, ``v_measure``: :func:`sklearn.metrics.normalized_mutual_info_score`,
          :func:`~sklearn.metrics.adjusted_rand_score`, :func:`~sklearn.metrics.v_measure_score`,
          with every outlier counted as a cluster of its own (so leaving an
          item out never merges it with other outliers).
        - ``purity``: share of clustered (non-outlier) items whose gold group
          is the majority group of their cluster; NaN if nothing is clustered.
        - ``outlier_share``: share of items labelled ``-1``.
        - ``best_match_f1``: mean over the ``top_k`` largest gold groups of the
          best F1 (``2|G∩C| / (|G| + |C|)``) against any predicted cluster;
          outliers never match.
        - ``n_items``, ``n_clusters`` (excluding ``-1``), ``n_gold_groups``.

    Raises
    ------
    TypeError
        If ``labels`` or ``gold`` is not 1-d.
    ValueError
        If their lengths differ, a label is not an integer >= -1, ``top_k``
        is not a positive int, or no item has a gold label.

    Examples
    --------
    >>> s = evaluate_clusters([0, 0, 0, 1, 1, -1], ["a", "a", "b", "b", "b", None])
    >>> {k: round(float(s[k]), 3) for k in ("purity", "outlier_share", "best_match_f1")}
    {'purity': 0.8, 'outlier_share': 0.0, 'best_match_f1': 0.8}
    >>> round(float(s["ari"]), 3)
    0.167
    """
    if not isinstance(top_k, (int, np.integer)) or isinstance(top_k, bool) or top_k < 1:
        raise ValueError(f"top_k must be a positive int; got {top_k!r}")
    lab = _as_1d(labels, "labels")
    gld = _as_1d(gold, "gold")
    if len(lab) != len(gld):
        raise ValueError(f"labels and gold must have the same length; got {len(lab)} and {len(gld)}")
    try:
        lab_arr = np.asarray(lab.to_numpy(), dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError("labels must be integers >= -1") from exc
    if np.isnan(lab_arr).any() or (lab_arr != np.round(lab_arr)).any() or (lab_arr < -1).any():
        raise ValueError("labels must be integers >= -1")
    lab_int = lab_arr.astype(np.int64)
    keep = ~gld.isna().to_numpy()
    if not keep.any():
        raise ValueError("no item has a gold label")
    lab_int = lab_int[keep]
    gold_codes, gold_uniques = pd.factorize(gld[keep].astype(str))
    n = len(lab_int)

    outlier = lab_int == -1
    singleton = lab_int.copy()
    top = lab_int.max(initial=-1) + 1
    singleton[outlier] = top + np.arange(int(outlier.sum()))

    clustered = ~outlier
    if clustered.any():
        ct = pd.crosstab(lab_int[clustered], gold_codes[clustered])
        purity = float(ct.max(axis=1).sum() / clustered.sum())
    else:
        ct = None
        purity = float("nan")

    sizes = pd.Series(gold_codes).value_counts()
    order = sorted(sizes.index, key=lambda c: (-sizes[c], str(gold_uniques[c])))[:top_k]
    f1s = []
    cl_sizes = pd.Series(lab_int[clustered]).value_counts()
    for g in order:
        if ct is None or g not in ct.columns:
            f1s.append(0.0)
            continue
        inter = ct[g]
        f1 = 2 * inter / (sizes[g] + cl_sizes.reindex(inter.index))
        f1s.append(float(f1.max()))

    return {
        "nmi": float(metrics.normalized_mutual_info_score(gold_codes, singleton)),
        "ari": float(metrics.adjusted_rand_score(gold_codes, singleton)),
        "v_measure": float(metrics.v_measure_score(gold_codes, singleton)),
        "purity": purity,
        "outlier_share": float(outlier.mean()),
        "best_match_f1": float(np.mean(f1s)),
        "n_items": int(n),
        "n_clusters": int(len(np.unique(lab_int[clustered]))),
        "n_gold_groups": int(len(gold_uniques)),
    }


def align_truth(questions: pd.DataFrame, truth: pd.DataFrame, column: str = "intent") -> pd.Series:
    """Gold labels for extracted question turns, matched to labelled turns by msgid.

    A predicted turn takes the label of the labelled turns that share a
    msgid with it; when it merged several (a greeting and the question after
    it), labelled questions (``is_question`` True in ``truth``) win over
    non-questions, then the earliest.

    Parameters
    ----------
    questions : pandas.DataFrame
        ``msgids`` (lists of str), e.g. :func:`extract_questions` output.
    truth : pandas.DataFrame
        ``msgids`` (lists or space-joined str), ``column`` and optionally
        ``is_question``, e.g. ``sample_data/truth/questions.csv``.
    column : str, default "intent"
        The label to carry over (``intent``, ``kb_id`` ...).

    Returns
    -------
    pandas.Series
        Aligned to ``questions``' index; ``None`` where no msgid is
        labelled.

    Examples
    --------
    >>> q = pd.DataFrame({"msgids": [["a", "b"], ["c"], ["z"]]})
    >>> t = pd.DataFrame({"msgids": ["a", "b", "c"], "intent": ["greeting", "price", "refund"],
    ...                   "is_question": [False, True, True]})
    >>> align_truth(q, t).tolist()
    ['price', 'refund', None]
    """
    for name, df, cols in (("questions", questions, ["msgids"]), ("truth", truth, ["msgids", column])):
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise ValueError(f"{name} lacks columns {missing}")
    is_q = truth["is_question"].astype(bool) if "is_question" in truth.columns else pd.Series(True, truth.index)
    label: dict[str, tuple[int, Any]] = {}
    for ids, value, q in zip(truth["msgids"], truth[column], is_q):
        for mid in (ids.split() if isinstance(ids, str) else ids):
            label[str(mid)] = (0 if q else 1, value)
    out = []
    for ids in questions["msgids"]:
        hits = [label[m] for m in ids if m in label]
        best = min(hits, key=lambda h: h[0]) if hits else None
        out.append(None if best is None or pd.isna(best[1]) else best[1])
    return pd.Series(out, index=questions.index, dtype=object, name=column)

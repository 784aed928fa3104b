"""Score a clustering of questions against gold intent groups or labelled pairs.

Examples
--------
>>> from toolkit.questions import evaluate_clusters
>>> scores = evaluate_clusters([0, 0, 1, 1, -1], ["a", "a", "b", "b", "b"])
>>> round(scores["purity"], 3), round(scores["outlier_share"], 3)
(1.0, 0.2)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn import metrics

from .._validate import require_columns

__all__ = ["PAIR_COLUMNS", "align_truth", "evaluate_clusters", "evaluate_pairs"]

#: Columns :func:`evaluate_pairs` reads from ``pairs``.
PAIR_COLUMNS = ("question1", "question2", "label")


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
        require_columns(df, cols, name)
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


def _check_cluster_labels(values: np.ndarray, name: str) -> np.ndarray:
    """``values`` as int64, or ValueError unless every value is an integer >= -1."""
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be integers >= -1") from exc
    if np.isnan(arr).any() or (arr != np.round(arr)).any() or (arr < -1).any():
        raise ValueError(f"{name} must be integers >= -1")
    return arr.astype(np.int64)


def _label_lookup(labels: Any, texts: Any) -> pd.Series:
    """Cluster label per text (a Series indexed by text, unique index)."""
    if texts is not None:
        if isinstance(labels, Mapping):
            raise TypeError("labels must be a 1-d sequence when texts is given; got a mapping")
        lab = _as_1d(labels, "labels")
        txt = _as_1d(texts, "texts")
        if len(lab) != len(txt):
            raise ValueError(f"labels and texts must have the same length; got {len(lab)} and {len(txt)}")
        series = pd.Series(lab.to_numpy(), index=pd.Index(txt.to_numpy(), dtype=object))
    elif isinstance(labels, pd.Series):
        series = pd.Series(labels.to_numpy(dtype=object), index=pd.Index(labels.index, dtype=object))
    elif isinstance(labels, Mapping):
        series = pd.Series(list(labels.values()), index=pd.Index(list(labels.keys()), dtype=object),
                           dtype=object)
    else:
        raise TypeError("labels must be a mapping or a pandas Series indexed by text, or a sequence "
                        f"aligned with texts=; got {type(labels).__name__} without texts")
    codes = _check_cluster_labels(series.to_numpy(), "labels")
    series = pd.Series(codes, index=series.index)
    if not series.index.is_unique:
        dup = series.groupby(level=0, sort=False).nunique()
        n_conflict = int((dup > 1).sum())
        if n_conflict:
            raise ValueError(f"labels gives {n_conflict} texts more than one cluster label")
        series = series[~series.index.duplicated()]
    return series


def evaluate_pairs(
    labels: Mapping[str, int] | pd.Series | Sequence[int] | np.ndarray,
    pairs: pd.DataFrame,
    *,
    texts: Sequence[str] | np.ndarray | pd.Series | pd.Index | None = None,
) -> dict[str, Any]:
    """Check a clustering on labelled question pairs: same intent, same cluster?

    Each pair counts as a prediction "same intent" when both of its texts
    sit in the same cluster. Positive pairs (``label`` 1) should share a
    cluster, negative pairs (``label`` 0) should not. An outlier (``-1``)
    shares a cluster with nobody, not even with another outlier. Texts are
    matched exactly: pass them as they were clustered.

    Parameters
    ----------
    labels : mapping, pandas.Series or sequence of int
        The cluster of each text (``-1`` for an outlier): a dict or a
        Series indexed by text or, with ``texts``, a sequence aligned with
        it (e.g. ``model.labels_`` with the texts given to ``fit``). A text
        may repeat if it always carries the same label.
    pairs : pandas.DataFrame
        Columns ``question1``, ``question2`` (str) and ``label`` (1 same
        intent, 0 different; bool accepted). Pairs with a text that has no
        label (or is missing) are counted in ``n_pairs`` but not scored.
    texts : sequence of str, optional
        The texts ``labels`` is aligned with, when it is a plain sequence.

    Returns
    -------
    dict
        - ``precision``: share of the scored pairs put in the same cluster
          that are positive (NaN if none is).
        - ``recall``: share of the scored positive pairs put in the same
          cluster (NaN if there is no positive pair).
        - ``f1``: harmonic mean of the two, ``2 tp / (n_positive +
          n_same_cluster)`` (0 when no positive pair shares a cluster, NaN
          when there is neither a positive nor a same-cluster pair).
        - ``accuracy``: share of the scored pairs decided right (NaN if none
          is scored).
        - ``n_pairs``, ``n_scored``, ``n_positive`` (scored positives),
          ``n_same_cluster`` (scored pairs in one cluster).

    Raises
    ------
    TypeError
        If ``labels`` is a plain sequence without ``texts`` (or a mapping
        with it), or ``pairs`` is not a DataFrame.
    ValueError
        If ``pairs`` lacks a column, a pair label is not 0 or 1, a cluster
        label is not an integer >= -1, ``labels`` and ``texts`` differ in
        length, or one text has two cluster labels.

    See Also
    --------
    evaluate_clusters : scores against gold groups instead of pairs.

    Notes
    -----
    The metric has a blind spot: it only looks at the labelled pairs, so a
    clustering that puts every text in one cluster gets recall 1 and
    precision equal to the share of positive pairs (F1 0.67 on LCQMC, where
    half the pairs are positive), and one that leaves every text alone gets
    precision NaN, recall 0, F1 0 and accuracy equal to the share of
    negatives.
    Always read it beside these two trivial references (and beside group
    metrics such as :func:`evaluate_clusters` where there are groups):
    precision guards against merging, recall against splitting.

    Examples
    --------
    >>> pairs = pd.DataFrame({"question1": ["怎么退货", "怎么退货", "运费多少", "在吗"],
    ...                       "question2": ["如何退货", "运费多少", "邮费多少", "你好"],
    ...                       "label": [1, 0, 1, 1]})
    >>> labels = {"怎么退货": 0, "如何退货": 0, "运费多少": 1, "邮费多少": -1}
    >>> s = evaluate_pairs(labels, pairs)
    >>> {k: round(float(s[k]), 3) for k in ("precision", "recall", "f1", "accuracy")}
    {'precision': 1.0, 'recall': 0.5, 'f1': 0.667, 'accuracy': 0.667}
    >>> s["n_pairs"], s["n_scored"], s["n_positive"], s["n_same_cluster"]
    (4, 3, 2, 1)

    Labels aligned with the clustered texts, e.g. a fitted model's ``labels_``:

    >>> evaluate_pairs([0, 0, 0, 0], pairs, texts=["怎么退货", "如何退货", "运费多少", "邮费多少"])["recall"]
    1.0
    """
    require_columns(pairs, PAIR_COLUMNS, "pairs", hint=f"it needs {list(PAIR_COLUMNS)}")
    gold_raw = pairs["label"]
    gold_ok = gold_raw.isin([0, 1, True, False]) & gold_raw.notna()
    if not bool(gold_ok.all()):
        raise ValueError(f"pairs['label'] must be 0 or 1; got {int((~gold_ok).sum())} other values")
    lookup = _label_lookup(labels, texts)

    def _clusters(column: str) -> np.ndarray:
        values = pairs[column].to_numpy(dtype=object)
        pos = lookup.index.get_indexer(pd.Index(values, dtype=object))
        out = np.full(len(values), -2, dtype=np.int64)  # -2: no label, not scored
        found = pos >= 0
        out[found] = lookup.to_numpy()[pos[found]]
        return out

    c1, c2 = _clusters("question1"), _clusters("question2")
    scored = (c1 != -2) & (c2 != -2)
    gold = gold_raw.to_numpy(dtype=np.int64)[scored] == 1
    same = (c1[scored] == c2[scored]) & (c1[scored] != -1)
    n_scored = int(scored.sum())
    n_pos, n_same = int(gold.sum()), int(same.sum())
    tp = int((gold & same).sum())
    nan = float("nan")
    precision = tp / n_same if n_same else nan
    recall = tp / n_pos if n_pos else nan
    f1 = 2 * tp / (n_pos + n_same) if n_pos + n_same else nan  # = 2PR / (P + R), 0 when tp is 0
    accuracy = float((gold == same).mean()) if n_scored else nan
    return {
        "precision": float(precision),
        "recall": float(recall),
        "f1": float(f1),
        "accuracy": accuracy,
        "n_pairs": int(len(pairs)),
        "n_scored": n_scored,
        "n_positive": n_pos,
        "n_same_cluster": n_same,
    }

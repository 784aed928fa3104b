"""Retrieval quality of KB matches: top-k accuracy and MRR against gold entries, and a TF-IDF baseline.

Examples
--------
>>> import pandas as pd
>>> from toolkit.kb import evaluate_retrieval
>>> matches = pd.DataFrame({"query_pos": [0, 0, 1, 1], "rank": [1, 2, 1, 2],
...                         "kb_id": ["A", "B", "A", "B"]})
>>> s = evaluate_retrieval(matches, ["A", "B"])
>>> s["top_1"], s["top_3"], s["mrr"]
(0.5, 1.0, 0.75)
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from toolkit._validate import require_columns
from toolkit.text import char_ngrams, normalize_text

__all__ = ["char_tfidf_match", "evaluate_retrieval", "hit_ranks"]


def _is_missing(v: object) -> bool:
    if v is None or v is pd.NA:
        return True
    return isinstance(v, float) and math.isnan(v)


def _gold_sets(gold: Iterable[Any]) -> list[frozenset[str] | None]:
    if isinstance(gold, (str, bytes)):
        raise TypeError("gold must be a sequence with one gold kb_id (or a set of them) per query")
    out: list[frozenset[str] | None] = []
    for g in gold:
        if _is_missing(g):
            out.append(None)
        elif isinstance(g, (set, frozenset, list, tuple)):
            ids = frozenset(str(x) for x in g if not _is_missing(x))
            out.append(ids or None)
        elif isinstance(g, str) and not g.strip():
            out.append(None)
        else:
            out.append(frozenset([str(g)]))
    return out


def hit_ranks(
    matches: pd.DataFrame,
    gold: Sequence[Any] | pd.Series,
    *,
    groups: Mapping[str, Hashable] | pd.Series | None = None,
) -> pd.DataFrame:
    """Rank of the first correct entry for each labelled query.

    Parameters
    ----------
    matches : pandas.DataFrame
        Output of :meth:`toolkit.kb.KBMatcher.match`: ``query_pos``,
        ``rank``, ``kb_id`` (``score`` is carried along when present).
    gold : sequence
        One item per query, in query order (``query_pos`` indexes it): a
        gold ``kb_id``, a set/list of acceptable ``kb_id``, or missing /
        empty for an unlabelled query (left out).
    groups : mapping or pandas.Series, optional
        ``kb_id`` -> group (e.g. ``answer_group``, entries sharing one
        answer): a match counts as correct when its group is a gold
        entry's group. ``kb_id`` without a group are their own group.

    Returns
    -------
    pandas.DataFrame
        One row per labelled query: ``query_pos`` (int), ``hit_rank`` (float,
        1-based rank of the first correct entry, NaN if none in the
        matches), ``top_score`` (score at rank 1, NaN if no match or no
        ``score`` column), ``is_hit`` (bool, rank 1 correct).

    Raises
    ------
    SchemaError
        If ``matches`` lacks ``query_pos``, ``rank`` or ``kb_id``.
    ValueError
        If a ``query_pos`` is outside ``gold``.

    Examples
    --------
    >>> m = pd.DataFrame({"query_pos": [0, 0], "rank": [1, 2], "kb_id": ["B", "A"]})
    >>> hit_ranks(m, ["A", None])
       query_pos  hit_rank  top_score  is_hit
    0          0       2.0        NaN   False
    >>> hit_ranks(m, ["A"], groups={"A": "g1", "B": "g1"})["hit_rank"].tolist()
    [1.0]
    """
    require_columns(matches, ["query_pos", "rank", "kb_id"], "matches")
    gsets = _gold_sets(gold)
    n = len(gsets)
    qp = matches["query_pos"].to_numpy()
    if len(qp) and (qp.min() < 0 or qp.max() >= n):
        raise ValueError(f"matches has query_pos outside 0..{n - 1} (gold has {n} items)")
    grp: dict[str, Hashable] = {}
    if groups is not None:
        grp = {str(k): v for k, v in (groups.items() if isinstance(groups, (Mapping, pd.Series)) else groups)}

    def key(kb_id: str) -> Hashable:
        return ("g", grp[kb_id]) if kb_id in grp else ("k", kb_id)

    m = matches.sort_values(["query_pos", "rank"], kind="stable")
    has_score = "score" in m.columns
    first_rank: dict[int, float] = {}
    top_score: dict[int, float] = {}
    gold_keys = [None if g is None else {key(x) for x in g} for g in gsets]
    for q, r, kb, sc in zip(m["query_pos"].to_numpy(), m["rank"].to_numpy(), m["kb_id"].astype(str).to_numpy(),
                           m["score"].to_numpy() if has_score else np.full(len(m), np.nan)):
        q = int(q)
        if q not in top_score:
            top_score[q] = float(sc)
        gk = gold_keys[q]
        if gk is not None and q not in first_rank and key(kb) in gk:
            first_rank[q] = float(r)
    labelled = [i for i, g in enumerate(gold_keys) if g is not None]
    ranks = np.array([first_rank.get(i, np.nan) for i in labelled], dtype=np.float64)
    return pd.DataFrame({
        "query_pos": np.asarray(labelled, dtype=np.int64),
        "hit_rank": ranks,
        "top_score": np.array([top_score.get(i, np.nan) for i in labelled], dtype=np.float64),
        "is_hit": ranks == 1.0,
    })


def evaluate_retrieval(
    matches: pd.DataFrame,
    gold: Sequence[Any] | pd.Series,
    *,
    groups: Mapping[str, Hashable] | pd.Series | None = None,
    ks: Sequence[int] = (1, 3, 10),
) -> dict[str, float]:
    """Top-k accuracy and mean reciprocal rank of KB matches.

    Parameters
    ----------
    matches : pandas.DataFrame
        Output of :meth:`toolkit.kb.KBMatcher.match` (``query_pos``,
        ``rank``, ``kb_id``).
    gold : sequence
        Gold ``kb_id`` (or set of them) per query, in query order; missing
        or empty for unlabelled queries, which are left out.
    groups : mapping or pandas.Series, optional
        ``kb_id`` -> group; a match in a gold entry's group counts (see
        :func:`hit_ranks`).
    ks : sequence of int, default (1, 3, 10)
        Cut-offs reported as ``top_<k>``.

    Returns
    -------
    dict
        ``n_queries`` (labelled queries), ``top_<k>`` for each ``k`` (share
        of labelled queries with a correct entry within the first ``k``;
        a query with no matches counts as a miss), ``mrr`` (mean of
        1/rank of the first correct entry, 0 when none is listed, so it is
        MRR@max rank listed).

    Raises
    ------
    ValueError
        If no query is labelled or a ``k`` is not a positive int.

    See Also
    --------
    hit_ranks : The per-query ranks behind these figures.

    Examples
    --------
    >>> m = pd.DataFrame({"query_pos": [0, 1, 1], "rank": [1, 1, 2], "kb_id": ["A", "C", "B"]})
    >>> evaluate_retrieval(m, ["A", "B", "C"], ks=(1, 2))
    {'n_queries': 3, 'top_1': 0.333333, 'top_2': 0.666667, 'mrr': 0.5}
    """
    for k in ks:
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
            raise ValueError(f"ks must hold positive ints; got {k!r}")
    hr = hit_ranks(matches, gold, groups=groups)
    if not len(hr):
        raise ValueError("gold labels no query (all missing or empty)")
    r = hr["hit_rank"].to_numpy()
    out: dict[str, Any] = {"n_queries": len(hr)}
    for k in ks:
        out[f"top_{int(k)}"] = round(float(np.mean(np.nan_to_num(r, nan=np.inf) <= k)), 6)
    out["mrr"] = round(float(np.mean(np.where(np.isnan(r), 0.0, 1.0 / np.nan_to_num(r, nan=1.0)))), 6)
    return out


def char_tfidf_match(
    kb: pd.DataFrame,
    queries: Iterable[str] | pd.Series,
    *,
    k: int = 10,
    ngram_range: tuple[int, int] = (1, 3),
) -> pd.DataFrame:
    """Baseline retrieval: cosine of character n-gram TF-IDF, best phrasing per entry.

    The "obvious" matcher the hybrid :class:`toolkit.kb.KBMatcher` is
    compared with: :class:`sklearn.feature_extraction.text.TfidfVectorizer`
    over :func:`toolkit.text.char_ngrams` (sublinear tf) fitted on the KB
    phrasings. Scores are raw cosines, not calibrated.

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id`` and ``question``.
    queries : iterable of str
    k : int, default 10
    ngram_range : (int, int), default (1, 3)

    Returns
    -------
    pandas.DataFrame
        ``query_pos``, ``rank``, ``kb_id``, ``score`` (cosine), sorted by
        ``query_pos`` and ``rank``; empty queries get no rows.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["A", "B"], "question": ["怎么开发票", "保修多久"]})
    >>> char_tfidf_match(kb, ["开发票", ""], k=1)[["query_pos", "rank", "kb_id"]]
       query_pos  rank kb_id
    0          0     1     A
    """
    if isinstance(queries, (str, bytes)):
        raise TypeError("queries must be a list of str, not a single string")
    qs = [normalize_text(q if isinstance(q, str) else None) for q in queries]
    kbq = [normalize_text(q if isinstance(q, str) else None) for q in kb["question"]]
    ids = kb["kb_id"].astype(str).to_numpy()
    keep = [i for i, t in enumerate(kbq) if t]
    entry_ids, inv = np.unique(ids[keep], return_inverse=True)
    live = [i for i, t in enumerate(qs) if t]
    if not keep or not live:
        return pd.DataFrame({"query_pos": pd.Series([], dtype="int64"), "rank": pd.Series([], dtype="int64"),
                             "kb_id": pd.Series([], dtype="str"), "score": pd.Series([], dtype="float64")})
    vec = TfidfVectorizer(analyzer=lambda t: char_ngrams(t, ngram_range, normalized=True), sublinear_tf=True)
    kmat = vec.fit_transform([kbq[i] for i in keep])
    order = np.argsort(inv, kind="stable")
    starts = np.searchsorted(inv[order], np.arange(len(entry_ids)))
    kk = min(int(k), len(entry_ids))
    parts = []
    for s0 in range(0, len(live), 2048):
        rows = np.asarray(live[s0 : s0 + 2048])
        sim = (vec.transform([qs[i] for i in rows]) @ kmat.T).toarray()[:, order]
        ent = np.maximum.reduceat(sim, starts, axis=1)
        top = np.argsort(-ent, axis=1, kind="stable")[:, :kk]
        parts.append(pd.DataFrame({
            "query_pos": np.repeat(rows, kk).astype(np.int64),
            "rank": np.tile(np.arange(1, kk + 1), len(rows)).astype(np.int64),
            "kb_id": pd.Series(entry_ids[top.ravel()], dtype="str"),
            "score": np.take_along_axis(ent, top, axis=1).ravel().astype(np.float64),
        }))
    return pd.concat(parts, ignore_index=True)

"""Which frequent questions the KB answers, and which it does not ("add these to the KB").

Examples
--------
>>> import pandas as pd
>>> class Fixed:  # a stand-in for a fitted KBMatcher: 保修 questions match K1
...     def match(self, queries, k=10):
...         s = [0.9 if "保修" in q else 0.1 for q in queries]
...         return pd.DataFrame({"query_pos": range(len(queries)), "rank": 1, "kb_id": "K1",
...                              "score": s, "margin": s})
>>> clusters = pd.DataFrame({"cluster_id": [0, 1], "representative": ["保修多久", "能改地址吗"],
...                          "examples": [["保修多久", "保修几年"], ["能改地址吗"]],
...                          "n_questions": [5, 3], "n_customers": [4, 3], "share_of_customers": [0.4, 0.3]})
>>> coverage(clusters, Fixed())[["cluster_id", "kb_id", "is_answered", "gap_rank"]]
   cluster_id kb_id  is_answered  gap_rank
0           1   NaN        False       1.0
1           0    K1         True       NaN
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from toolkit.exceptions import SchemaError
from toolkit.text import normalize_series

from .score import ASK_AGAIN, Matcher, _check_fraction, _check_positive_int

__all__ = ["COVERAGE_COLUMNS", "coverage", "coverage_summary"]

#: Columns of :func:`coverage`.
COVERAGE_COLUMNS: tuple[str, ...] = (
    "cluster_id",
    "representative",
    "label",
    "n_questions",
    "n_customers",
    "share_of_customers",
    "share_of_questions",
    "kb_id",
    "best_kb_id",
    "match_score",
    "runner_up_kb_id",
    "margin",
    "is_answered",
    "is_follow_up",
    "gap_rank",
    "examples",
)


def _as_list(v: Any) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, (list, tuple, np.ndarray, pd.Series)):
        return [str(x) for x in v if isinstance(x, str) and x.strip()]
    return []


def _from_questions(q: pd.DataFrame) -> pd.DataFrame:
    """Clusters from a questions frame: by ``cluster_id`` if present, else by normalized text."""
    if "text" not in q.columns:
        raise SchemaError("a questions frame needs a 'text' column")
    q = q.reset_index(drop=True)
    if "is_question" in q.columns:
        q = q[q["is_question"].astype(bool)]
    norm = normalize_series(q["text"].astype("str"), remove_emoji=True, remove_mentions=True,
                            remove_placeholders=True)
    q = q.assign(_norm=norm.to_numpy())
    q = q[q["_norm"].str.strip().ne("")]
    if "cluster_id" in q.columns:
        q = q[q["cluster_id"].astype("int64") >= 0]
        key = q["cluster_id"].astype("int64")
    else:
        codes, _ = pd.factorize(q["_norm"], sort=True)
        key = pd.Series(codes, index=q.index, dtype="int64")
    has_cust = "customer_id" in q.columns
    n_all = q["customer_id"].nunique() if has_cust else 0
    rows = []
    for cid, g in q.groupby(key, sort=True):
        counts = g["_norm"].value_counts(sort=False)
        order = sorted(counts.index, key=lambda t: (-counts[t], t))
        rows.append({
            "cluster_id": int(cid),
            "representative": order[0],
            "label": order[0],
            "n_questions": len(g),
            "n_customers": int(g["customer_id"].nunique()) if has_cust else np.nan,
            "share_of_customers": g["customer_id"].nunique() / n_all if has_cust and n_all else np.nan,
            "examples": order[:5],
        })
    return pd.DataFrame(rows, columns=["cluster_id", "representative", "label", "n_questions", "n_customers",
                                       "share_of_customers", "examples"])


def coverage(
    questions_or_clusters: pd.DataFrame,
    matcher: Matcher,
    *,
    threshold: float = 0.5,
    max_examples: int = 5,
) -> pd.DataFrame:
    """Match each frequent-question cluster to its best KB entry; rank the unanswered ones.

    Each cluster's texts (its ``representative`` and up to ``max_examples``
    ``examples``) are matched with ``matcher``; an entry's cluster score is
    the mean of its scores over those texts (0 where it is not in a text's
    top 3), and the best entry is the one with the highest mean. A cluster
    is *answered* when that mean reaches ``threshold``. Unanswered clusters
    get ``gap_rank`` 1, 2, ... by share of customers (or, without customer
    counts, by number of questions): the questions to add to the KB first.
    Unanswered clusters of generic re-asks (到底是多久, 能说具体点吗 ...:
    :data:`toolkit.kb.score.ASK_AGAIN` on the representative) are follow-ups
    to a vague reply, not topics: they are flagged ``is_follow_up``, get no
    ``gap_rank`` and come last.

    Parameters
    ----------
    questions_or_clusters : pandas.DataFrame
        One of:

        - clusters: :attr:`toolkit.questions.FrequentQuestions.clusters_` or
          :func:`toolkit.questions.summarize_clusters` output (``cluster_id``,
          ``representative``, optional ``examples``, ``label``,
          ``n_questions``, ``n_customers``, ``share_of_customers``);
        - questions: an :func:`toolkit.questions.extract_questions` frame
          (``text``; ``is_question`` and ``customer_id`` used when present),
          grouped by its ``cluster_id`` column if it has one (e.g. the
          ``labels_`` of ``FrequentQuestions``; -1 left out), else by
          normalized text.
    matcher : object
        A fitted :class:`toolkit.kb.KBMatcher` (``match(queries, k)``).
    threshold : float, default 0.5
        Lowest mean match score of an answered cluster (the matcher's
        scores are calibrated probabilities of a correct match: 0.5 means
        the entry more likely than not answers the cluster).
    max_examples : int, default 5
        Example texts per cluster matched besides the representative.

    Returns
    -------
    pandas.DataFrame
        One row per cluster, gaps first (by ``gap_rank``), then answered
        clusters by share of customers (:data:`COVERAGE_COLUMNS`):
        ``cluster_id``, ``representative``, ``label``, ``n_questions``,
        ``n_customers`` and ``share_of_customers`` (NaN when unknown),
        ``share_of_questions``, ``kb_id`` (best entry if answered, else
        NaN), ``best_kb_id`` (best entry even below threshold),
        ``match_score`` (its mean score), ``runner_up_kb_id``, ``margin``
        (best minus runner-up mean score), ``is_answered`` (bool),
        ``is_follow_up`` (bool), ``gap_rank`` (float, NaN when answered or
        a follow-up) and ``examples`` (list).
        A seeded ``clusters_`` column ``kb_id`` is not kept (the match is
        what counts).

    Raises
    ------
    TypeError
        If the input is not a DataFrame or the matcher returns the wrong
        frame.
    toolkit.exceptions.SchemaError
        If neither a clusters frame nor a questions frame is recognized.
    ValueError
        If ``threshold`` is not in [0, 1] or ``max_examples`` not positive.

    See Also
    --------
    coverage_summary : shares of customers and questions covered.
    toolkit.questions.FrequentQuestions : the clusters.
    """
    if not isinstance(questions_or_clusters, pd.DataFrame):
        raise TypeError(f"questions_or_clusters must be a pandas DataFrame; got {type(questions_or_clusters).__name__}")
    thr = _check_fraction("threshold", threshold)
    n_ex = _check_positive_int("max_examples", max_examples)
    df = questions_or_clusters
    if {"cluster_id", "representative"} <= set(df.columns):
        cl = df.reset_index(drop=True).copy()
    elif "text" in df.columns:
        cl = _from_questions(df)
    else:
        raise SchemaError(
            "questions_or_clusters must be a clusters frame (cluster_id, representative) "
            "or a questions frame (text)"
        )
    cl = cl.drop(columns=["kb_id"], errors="ignore")
    for col, default in (("label", None), ("n_questions", np.nan), ("n_customers", np.nan),
                         ("share_of_customers", np.nan)):
        if col not in cl.columns:
            cl[col] = cl["representative"] if col == "label" else default
    if "examples" not in cl.columns:
        cl["examples"] = [[r] for r in cl["representative"]]

    texts: list[str] = []
    owner: list[int] = []
    for i, (rep, ex) in enumerate(zip(cl["representative"], cl["examples"], strict=True)):
        items = list(dict.fromkeys([*_as_list(rep), *_as_list(ex)[:n_ex]]))
        texts.extend(items)
        owner.extend([i] * len(items))
    uniq = list(dict.fromkeys(texts))
    res = matcher.match(uniq, k=3) if uniq else pd.DataFrame(columns=["query_pos", "rank", "kb_id", "score"])
    need = {"query_pos", "rank", "kb_id", "score"}
    if not isinstance(res, pd.DataFrame) or need - set(res.columns):
        raise TypeError(f"matcher.match must return a DataFrame with columns {sorted(need)}")
    by_text: dict[str, dict[str, float]] = {t: {} for t in uniq}
    for pos, kid, sc in zip(res["query_pos"], res["kb_id"].astype(str), res["score"].astype(float), strict=True):
        by_text[uniq[int(pos)]][kid] = max(sc, by_text[uniq[int(pos)]].get(kid, 0.0))

    best, best_sc, second, margin = [], [], [], []
    per_cluster: list[list[str]] = [[] for _ in range(len(cl))]
    for t, o in zip(texts, owner, strict=True):
        per_cluster[o].append(t)
    for items in per_cluster:
        tot: dict[str, float] = {}
        for t in items:
            for kid, sc in by_text[t].items():
                tot[kid] = tot.get(kid, 0.0) + sc
        ranked = sorted(((v / len(items), k) for k, v in tot.items()), key=lambda p: (-p[0], p[1]))
        if ranked:
            best.append(ranked[0][1])
            best_sc.append(ranked[0][0])
            second.append(ranked[1][1] if len(ranked) > 1 else np.nan)
            margin.append(ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0))
        else:
            best.append(np.nan)
            best_sc.append(0.0)
            second.append(np.nan)
            margin.append(0.0)

    cl["best_kb_id"] = pd.Series(best, dtype=object)
    cl["match_score"] = np.asarray(best_sc, dtype=np.float64)
    cl["runner_up_kb_id"] = pd.Series(second, dtype=object)
    cl["margin"] = np.asarray(margin, dtype=np.float64)
    cl["is_answered"] = (cl["match_score"] >= thr).astype(bool)
    cl["kb_id"] = cl["best_kb_id"].where(cl["is_answered"])
    nq = pd.to_numeric(cl["n_questions"], errors="coerce")
    cl["share_of_questions"] = nq / nq.sum() if nq.notna().any() and nq.sum() > 0 else np.nan
    rep_norm = normalize_series(cl["representative"].astype("str"), remove_emoji=True, remove_mentions=True)
    cl["is_follow_up"] = rep_norm.str.contains(ASK_AGAIN, regex=True).to_numpy(dtype=bool) & ~cl["is_answered"]
    rank_by = "share_of_customers" if cl["share_of_customers"].notna().any() else "share_of_questions"
    order = cl.assign(_gap=~cl["is_answered"] & ~cl["is_follow_up"], _by=pd.to_numeric(cl[rank_by], errors="coerce").fillna(-1.0))
    order["_kind"] = np.where(order["_gap"], 0, np.where(order["is_follow_up"], 2, 1))
    order = order.sort_values(["_kind", "_by", "cluster_id"], ascending=[True, False, True], kind="stable")
    gaps = order["_gap"].to_numpy()
    gap_rank = np.where(gaps, np.cumsum(gaps), np.nan)
    out = order.drop(columns=["_gap", "_by", "_kind"]).assign(gap_rank=gap_rank.astype(np.float64)).reset_index(drop=True)
    for col in ("kb_id", "best_kb_id", "runner_up_kb_id"):
        out[col] = out[col].astype("str").where(out[col].notna())
    return out[list(COVERAGE_COLUMNS)]


def coverage_summary(cov: pd.DataFrame) -> pd.DataFrame:
    """Clusters, questions and customers covered by the KB, as counts and shares.

    Parameters
    ----------
    cov : pandas.DataFrame
        :func:`coverage` output.

    Returns
    -------
    pandas.DataFrame
        Rows ``answered`` and ``gap`` (not answered); columns
        ``clusters``, ``questions`` and ``share_of_questions``.
        Customer shares are not added up: a customer can ask in several
        clusters.

    Examples
    --------
    >>> cov = pd.DataFrame({"is_answered": [True, False, True], "n_questions": [5, 3, 2]})
    >>> coverage_summary(cov)
              clusters  questions  share_of_questions
    answered         2          7                 0.7
    gap              1          3                 0.3
    """
    if not isinstance(cov, pd.DataFrame) or not {"is_answered", "n_questions"} <= set(cov.columns):
        raise SchemaError("cov must be a coverage() frame with is_answered and n_questions")
    ans = cov["is_answered"].astype(bool)
    nq = pd.to_numeric(cov["n_questions"], errors="coerce").fillna(0)
    total = float(nq.sum())
    rows = {}
    for name, mask in (("answered", ans), ("gap", ~ans)):
        rows[name] = {"clusters": int(mask.sum()), "questions": int(nq[mask].sum()),
                      "share_of_questions": float(nq[mask].sum()) / total if total else float("nan")}
    return pd.DataFrame.from_dict(rows, orient="index")


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
from toolkit._validate import require_columns
from toolkit.questions import is_follow_up_text
from toolkit.text import normalize_series

from ._checks import _check_fraction, _check_positive_int
from ._replies import ASK_AGAIN, Matcher
from toolkit.archive.schema import BOOL, FLOAT, INT, OBJECT, STR

__all__ = ["COVERAGE_COLUMNS", "TOPIC_COVERAGE_COLUMNS", "coverage", "coverage_summary", "topic_coverage",
           "topic_coverage_summary"]

#: Columns of :func:`coverage`.
COVERAGE_SCHEMA: dict[str, str] = {
    "cluster_id": INT,
    "representative": STR,
    "label": STR,
    "n_questions": INT,
    "n_customers": INT,
    "share_of_customers": FLOAT,
    "share_of_questions": FLOAT,
    "kb_id": STR,
    "best_kb_id": STR,
    "match_score": FLOAT,
    "runner_up_kb_id": STR,
    "margin": FLOAT,
    "is_answered": BOOL,
    "is_follow_up": BOOL,
    "gap_rank": FLOAT,  # NaN for answered clusters
    "examples": OBJECT,  # list of str
}
COVERAGE_COLUMNS: tuple[str, ...] = tuple(COVERAGE_SCHEMA)


#: Columns of :func:`topic_coverage`.
TOPIC_COVERAGE_SCHEMA: dict[str, str] = {
    "topic_id": FLOAT,  # float: -1 the long tail, NaN the re-asks row
    "label": STR,
    "representative": STR,
    "n_questions": INT,
    "n_customers": INT,
    "share_of_questions": FLOAT,
    "share_of_customers": FLOAT,
    "n_answered": INT,
    "answered_share": FLOAT,
    "kb_id": STR,
    "kb_share": FLOAT,
    "status": STR,
    "is_follow_up": BOOL,
    "gap_rank": FLOAT,  # NaN for answered topics
}
TOPIC_COVERAGE_COLUMNS: tuple[str, ...] = tuple(TOPIC_COVERAGE_SCHEMA)

#: Label of the row that gathers the questions in no topic.
LONG_TAIL = "long tail (no topic)"
#: Label of the row that gathers generic re-asks (到底几天, 还是没明白).
RE_ASKS = "generic re-asks (follow-ups)"


def _as_list(v: Any) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, (list, tuple, np.ndarray, pd.Series)):
        return [str(x) for x in v if isinstance(x, str) and x.strip()]
    return []


def _from_questions(q: pd.DataFrame) -> pd.DataFrame:
    """Clusters from a questions frame: by ``cluster_id`` if present, else by normalized text."""
    require_columns(q, ["text"], "questions_or_clusters",
                    hint="pass the frame extract_questions returns or FrequentQuestions.clusters_")
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
    :data:`toolkit.kb.score.ASK_AGAIN` on the representative, or flagged
    ``is_follow_up`` in the input, as ``FrequentQuestions.clusters_`` flags
    the clusters of its follow-up topic) are follow-ups to a vague reply,
    not topics: they are flagged ``is_follow_up``, get no ``gap_rank`` and
    come last.

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
    flagged = cl["is_follow_up"].fillna(False).astype(bool).to_numpy() if "is_follow_up" in cl.columns else False
    cl["is_follow_up"] = (rep_norm.str.contains(ASK_AGAIN, regex=True).to_numpy(dtype=bool) | flagged) & ~cl["is_answered"]
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



def topic_coverage(
    questions: pd.DataFrame,
    matcher: Matcher | None = None,
    *,
    topics: pd.DataFrame | None = None,
    threshold: float = 0.5,
    answered_share: float = 0.5,
    partly_share: float = 0.2,
) -> pd.DataFrame:
    """KB coverage of every question turn, per topic, with the long tail and the re-asks as one line each.

    Each question counts as answered when its rank-1 KB entry scores at
    least ``threshold``; a topic's ``answered_share`` is the share of its
    questions answered. Unlike :func:`coverage` (clusters, judged by a few
    texts each), every question turn is counted, so the shares add up to the
    archive: topics, then one row for the questions in no topic (the long
    tail), then one row for the generic re-asks (到底几天, 还是没明白: see
    :func:`toolkit.questions.is_follow_up_text`; a topic that
    ``FrequentQuestions`` flags ``is_follow_up`` joins them). Re-asks are
    follow-ups to a vague reply, not topics: they carry ``status``
    ``"re-ask"`` and no ``gap_rank``, and charts and tables should leave
    them out (:func:`toolkit.kb.plots.plot_topic_coverage` does).

    Parameters
    ----------
    questions : pandas.DataFrame
        One row per question turn with ``text`` and ``topic_id`` (e.g.
        ``FrequentQuestions(...).fit(questions).topic_labels_``; -1 or NaN =
        no topic); ``customer_id`` when known; ``kb_id`` and ``match_score``
        (:func:`toolkit.kb.score.match_replies` output, where ``kb_id`` is set
        only at or above its threshold) are used when present, otherwise
        ``matcher`` matches the texts. Rows with ``is_question`` False are
        left out.
    matcher : object, optional
        A fitted :class:`toolkit.kb.KBMatcher`; needed without ``kb_id`` and
        ``match_score``.
    topics : pandas.DataFrame, optional
        ``FrequentQuestions.topics_`` (``topic_id``, ``label``,
        ``representative``, ``is_follow_up``) for the labels; without it
        the most common text of each topic is its label.
    threshold : float, default 0.5
        Lowest calibrated score of an answered question.
    answered_share, partly_share : float, default 0.5 and 0.2
        ``status`` is ``"answered"`` at or above ``answered_share``,
        ``"partly"`` at or above ``partly_share``, else ``"gap"``.

    Returns
    -------
    pandas.DataFrame
        :data:`TOPIC_COVERAGE_COLUMNS`: topics by share of customers (or of
        questions), then the long tail (``topic_id`` -1), then the re-asks
        (``topic_id`` NaN). ``share_of_questions`` is over all question
        turns (the column sums to 1); ``share_of_customers`` counts each
        customer once per row. ``kb_id`` is the entry most answered questions
        went to and ``kb_share`` its share of them. ``gap_rank`` 1, 2, ... on
        topics with status ``"gap"``.

    Raises
    ------
    toolkit.exceptions.SchemaError
        Without ``text`` or ``topic_id``, or without a matcher when the
        frame holds no match.
    ValueError
        If a share or the threshold is not in [0, 1].

    Examples
    --------
    >>> class Fixed:  # a stand-in for a fitted KBMatcher: 保修 questions match K1
    ...     def match(self, queries, k=1):
    ...         return pd.DataFrame({"query_pos": range(len(queries)), "rank": 1, "kb_id": "K1",
    ...                              "score": [0.9 if "保修" in q else 0.1 for q in queries]})
    >>> q = pd.DataFrame({"text": ["保修多久", "保修几年", "能改地址吗", "地址能改吗", "发票", "到底几天"],
    ...                   "topic_id": [0, 0, 1, 1, -1, 0]})
    >>> tc = topic_coverage(q, Fixed())
    >>> tc[["topic_id", "n_questions", "answered_share", "kb_id", "status"]]
       topic_id  n_questions  answered_share kb_id    status
    0       0.0            2             1.0    K1  answered
    1       1.0            2             0.0   NaN       gap
    2      -1.0            1             0.0   NaN       gap
    3       NaN            1             0.0   NaN    re-ask
    >>> tc["label"].tolist()
    ['保修多久', '能改地址吗', 'long tail (no topic)', 'generic re-asks (follow-ups)']
    """
    require_columns(questions, ["text", "topic_id"], "questions", hint="add topic_id = FrequentQuestions.topic_labels_")
    thr = _check_fraction("threshold", threshold)
    hi = _check_fraction("answered_share", answered_share)
    lo = _check_fraction("partly_share", partly_share)
    q = questions
    if "is_question" in q.columns:
        q = q[q["is_question"].astype(bool)]
    q = q.reset_index(drop=True)
    text = q["text"].astype("str").fillna("")
    if {"kb_id", "match_score"} <= set(q.columns):
        score = pd.to_numeric(q["match_score"], errors="coerce").fillna(0.0).to_numpy()
        kb = q["kb_id"].astype("object").where(q["kb_id"].notna() & (score >= thr))
    elif matcher is not None:
        uniq = list(dict.fromkeys(text))
        res = matcher.match(uniq, k=1) if uniq else pd.DataFrame(columns=["query_pos", "rank", "kb_id", "score"])
        top = res[res["rank"] == 1].drop_duplicates("query_pos")
        sc = dict(zip(top["query_pos"].astype(int), top["score"].astype(float), strict=True))
        kid = dict(zip(top["query_pos"].astype(int), top["kb_id"].astype(str), strict=True))
        pos = {t: i for i, t in enumerate(uniq)}
        score = np.array([sc.get(pos[t], 0.0) for t in text], dtype=np.float64)
        kb = pd.Series([kid.get(pos[t]) if s >= thr else None for t, s in zip(text, score, strict=True)], dtype=object)
    else:
        raise SchemaError("questions has no kb_id and match_score (match_replies output): pass a fitted matcher")
    norm = q["text_norm"].astype("str") if "text_norm" in q.columns else normalize_series(text)
    re_ask = norm.map(is_follow_up_text).to_numpy(dtype=bool, copy=True)
    topic = pd.to_numeric(q["topic_id"], errors="coerce").fillna(-1).astype(np.int64).to_numpy()
    names: dict[int, tuple[str, str]] = {}
    if topics is not None and len(topics):
        if "is_follow_up" in topics.columns:
            fu = set(topics.loc[topics["is_follow_up"].fillna(False).astype(bool), "topic_id"].astype(int))
            re_ask |= np.isin(topic, list(fu))
        for r in topics.itertuples():
            names[int(r.topic_id)] = (str(getattr(r, "label", r.representative)), str(r.representative))
    group = np.where(re_ask, -2, topic)  # -2: re-asks, -1: long tail
    cust = q["customer_id"].astype("str") if "customer_id" in q.columns else pd.Series(np.nan, index=q.index)
    f = pd.DataFrame({"g": group, "text": text, "kb": kb, "ok": kb.notna().to_numpy(), "cust": cust})
    n_all = len(f)
    n_cust = cust.nunique() if "customer_id" in q.columns else 0
    rows = []
    for g, part in f.groupby("g", sort=True):
        g = int(g)
        common = part["text"].value_counts()
        label, rep = names.get(g, (common.index[0], common.index[0])) if g >= 0 else (
            (LONG_TAIL, common.index[0]) if g == -1 else (RE_ASKS, common.index[0]))
        n_ok = int(part["ok"].sum())
        kbc = part.loc[part["ok"], "kb"].value_counts()
        share = n_ok / len(part)
        status = "re-ask" if g == -2 else ("answered" if share >= hi else "partly" if share >= lo else "gap")
        rows.append({
            "topic_id": float(g) if g != -2 else np.nan, "label": label, "representative": rep,
            "n_questions": len(part), "n_customers": int(part["cust"].nunique()) if n_cust else np.nan,
            "share_of_questions": len(part) / n_all, "share_of_customers":
                part["cust"].nunique() / n_cust if n_cust else np.nan,
            "n_answered": n_ok, "answered_share": share,
            "kb_id": str(sorted(kbc[kbc == kbc.max()].index)[0]) if n_ok else np.nan,
            "kb_share": float(kbc.max()) / n_ok if n_ok else np.nan,
            "status": status, "is_follow_up": g == -2,
        })
    out = pd.DataFrame(rows, columns=[c for c in TOPIC_COVERAGE_COLUMNS if c != "gap_rank"])
    by = "share_of_customers" if n_cust else "share_of_questions"
    kind = np.where(out["topic_id"].isna(), 2, np.where(out["topic_id"] < 0, 1, 0))
    out = out.assign(_k=kind, _b=out[by].fillna(0.0)).sort_values(["_k", "_b", "topic_id"],
                                                                 ascending=[True, False, True], kind="stable")
    gap = ((out["status"] == "gap") & (out["_k"] == 0)).to_numpy()
    out["gap_rank"] = np.where(gap, np.cumsum(gap), np.nan).astype(np.float64)
    out = out.drop(columns=["_k", "_b"]).reset_index(drop=True)
    for col in ("n_questions", "n_answered"):
        out[col] = out[col].astype(np.int64)
    out["is_follow_up"] = out["is_follow_up"].astype(bool)
    return out[list(TOPIC_COVERAGE_COLUMNS)]


def topic_coverage_summary(tc: pd.DataFrame) -> pd.DataFrame:
    """Question turns by coverage status: topics answered, partly answered and not, the long tail, re-asks.

    Parameters
    ----------
    tc : pandas.DataFrame
        :func:`topic_coverage` output.

    Returns
    -------
    pandas.DataFrame
        Rows ``answered topics``, ``partly answered topics``, ``gap
        topics``, ``long tail``, ``generic re-asks`` and ``all question
        turns``; columns ``topics``, ``questions``, ``answered`` (questions
        given an entry at the threshold) and ``share_of_questions`` (of all
        question turns: the first five rows add up to the last).

    Examples
    --------
    >>> tc = pd.DataFrame({"topic_id": [0, 1, -1, np.nan], "status": ["answered", "gap", "gap", "re-ask"],
    ...                    "n_questions": [6, 2, 1, 1], "n_answered": [5, 0, 1, 0]})
    >>> topic_coverage_summary(tc)
                            topics  questions  answered  share_of_questions
    answered topics              1          6         5                 0.6
    partly answered topics       0          0         0                 0.0
    gap topics                   1          2         0                 0.2
    long tail                    0          1         1                 0.1
    generic re-asks              0          1         0                 0.1
    all question turns           2         10         6                 1.0
    """
    need = {"topic_id", "status", "n_questions", "n_answered"}
    if not isinstance(tc, pd.DataFrame) or need - set(tc.columns):
        raise SchemaError(f"tc must be a topic_coverage() frame with {sorted(need)}")
    tid = pd.to_numeric(tc["topic_id"], errors="coerce")
    is_topic = tid.ge(0).to_numpy()
    masks = {
        "answered topics": is_topic & (tc["status"] == "answered").to_numpy(),
        "partly answered topics": is_topic & (tc["status"] == "partly").to_numpy(),
        "gap topics": is_topic & (tc["status"] == "gap").to_numpy(),
        "long tail": (tid == -1).to_numpy(),
        "generic re-asks": tid.isna().to_numpy(),
    }
    total = int(tc["n_questions"].sum())
    rows = {}
    for name, m in masks.items():
        rows[name] = {"topics": int(m.sum()) if name.endswith("topics") else 0,
                      "questions": int(tc.loc[m, "n_questions"].sum()), "answered": int(tc.loc[m, "n_answered"].sum())}
    rows["all question turns"] = {"topics": int(is_topic.sum()), "questions": total,
                                  "answered": int(tc["n_answered"].sum())}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out["share_of_questions"] = out["questions"] / total if total else np.nan
    return out

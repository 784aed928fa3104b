"""Topics: the curator's level above paraphrase clusters.

A paraphrase cluster holds questions that ask the same thing (给家人买也算复购吗);
a topic holds the clusters a curator would handle together (复购优惠: 给家人买也算复购吗,
群里说的9折怎么领, 复购优惠能和券叠加吗 ...). :class:`FrequentQuestions` finds both
in one fit: Leiden communities of the question graph at a high resolution give
the clusters, and Leiden on the graph of those clusters at a low resolution
gives the topics, so every topic is a union of whole clusters.

Generic re-asks (到底几天, 还是没明白: :func:`is_follow_up_text`) carry the intent
of the question they follow, which the text alone does not say; they are kept
out of the topic graph and gathered in one follow-up topic
(``is_follow_up`` True) that a notebook shows apart.

Examples
--------
>>> from toolkit.questions import FrequentQuestions
>>> texts = ["花呗怎么还款", "花呗如何还款", "花呗还款方式", "花呗还款日期",
...          "借呗额度怎么提升", "借呗额度如何提升", "到底几天", "到底是多久"]
>>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3, topic_resolution=0.1).fit(texts)
>>> fq.topics_[["topic_id", "label", "representative", "n_questions", "n_clusters", "is_follow_up"]]
   topic_id         label representative  n_questions  n_clusters  is_follow_up
0         0  花呗 / 还款 / 方式         花呗还款方式            4           1         False
1         1  借呗 / 提升 / 额度       借呗额度如何提升            2           1         False
2         2  到底 / 几天 / 多久           到底几天            2           0          True

Questions that no paraphrase cluster takes (``-1`` in ``labels_``) still
belong to a topic:

>>> fq.labels_.tolist()
[-1, -1, 1, 1, 0, 0, -1, -1]
>>> fq.topic_labels_.tolist()
[0, 0, 0, 0, 1, 1, 2, 2]
>>> fq.clusters_[["cluster_id", "representative", "topic_id"]]
   cluster_id representative  topic_id
0           0       借呗额度如何提升         1
1           1         花呗还款方式         0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ._graph import coarsen, leiden
from ._keywords import TokenMatrix, keywords
from ..archive.schema import BOOL, FLOAT, INT, OBJECT, STR

if TYPE_CHECKING:
    import igraph as ig

__all__ = ["TOPIC_COLUMNS", "summarize_topics", "topics_of_communities"]

#: Columns of ``FrequentQuestions.topics_``.
TOPIC_SCHEMA: dict[str, str] = {
    "topic_id": INT,
    "label": STR,
    "representative": STR,
    "n_questions": INT,
    "n_customers": INT,
    "share_of_customers": FLOAT,
    "n_clusters": INT,
    "weekly": OBJECT,  # a Series of counts per week
    "kb_id": STR,  # float64 (all NaN) without seed_questions
    "examples": OBJECT,  # list of str
    "is_follow_up": BOOL,
}
TOPIC_COLUMNS: tuple[str, ...] = tuple(TOPIC_SCHEMA)


def topics_of_communities(graph: ig.Graph, community: np.ndarray, weights: np.ndarray, *,
                          is_follow_up: np.ndarray, resolution: float,
                          random_state: int) -> tuple[np.ndarray, int]:
    """Topic per paraphrase community (private helper of ``FrequentQuestions``).

    Parameters
    ----------
    graph : igraph.Graph
        Nearest-neighbour graph of the unique texts.
    community : numpy.ndarray of int
        Community per unique text, 0..k-1.
    weights : numpy.ndarray
        Occurrences of each unique text.
    is_follow_up : numpy.ndarray of bool
        Per unique text: a generic re-ask.
    resolution : float
        CPM resolution of the topic level.
    random_state : int
        Leiden seed.

    Returns
    -------
    (numpy.ndarray of int, int)
        Topic per community (length k), and the topic id shared by the
        follow-up communities (most of their questions are re-asks), or -1
        when there are none.
    """
    k = int(community.max()) + 1 if len(community) else 0
    if k == 0:
        return np.zeros(0, dtype=np.int64), -1
    total = np.bincount(community, weights=weights, minlength=k)
    follow = np.bincount(community, weights=weights * is_follow_up, minlength=k) > 0.5 * total
    keep = np.flatnonzero(~follow)
    topic = np.zeros(k, dtype=np.int64)
    if len(keep):
        dense = np.full(k, -1, dtype=np.int64)
        dense[keep] = np.arange(len(keep))
        coarse, sizes = coarsen(graph, dense[community])
        topic[keep] = leiden(coarse, resolution=resolution, node_weights=sizes, random_state=random_state)
    n_topics = int(topic[keep].max()) + 1 if len(keep) else 0
    topic[follow] = n_topics
    return topic, (n_topics if follow.any() else -1)


def _central_texts(x: np.ndarray, weights: np.ndarray, uniq: np.ndarray, idx: np.ndarray, n: int = 5) -> list[str]:
    """The ``n`` texts of ``idx`` closest to the others (weighted), most central first; ties by text."""
    xs = x[idx].astype(np.float64)
    score = np.round(xs @ (xs * weights[idx, None]).sum(axis=0), 6)
    order = np.lexsort((uniq[idx], -score))[:n]
    return [str(uniq[idx[i]]) for i in order]


def summarize_topics(clusters: pd.DataFrame, uniq: np.ndarray, x: np.ndarray, tokens: TokenMatrix,
                     weights: np.ndarray, uniq_cluster: np.ndarray,
                     uniq_topic: np.ndarray, text_topic: np.ndarray, *, follow_up_topic: int,
                     min_topic_size: int, n_keywords: int) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The topic table, topic per text and topic per cluster (private helper of ``FrequentQuestions``).

    Topics with fewer than ``min_topic_size`` questions are dropped (their
    texts get ``-1``). A topic's representative is that of its largest
    cluster; a topic of outliers only (long, distinct texts: nobody asked
    them twice) is represented by its most central texts (``x``, the unit
    features of ``uniq``). Topic ids follow the table: 0 has the most questions,
    ties by representative.

    Returns
    -------
    (pandas.DataFrame, numpy.ndarray, numpy.ndarray)
        ``topics_`` (:data:`TOPIC_COLUMNS`, customer columns NaN), the topic
        per input text and the topic per row of ``clusters``.
    """
    n_q = np.bincount(uniq_topic, weights=weights) if len(uniq_topic) else np.zeros(0)
    kept = np.flatnonzero(n_q >= min_topic_size)
    # clusters of each topic, largest first (clusters_ is sorted by size)
    cl_topic = pd.Series(uniq_topic[uniq_cluster >= 0]).groupby(uniq_cluster[uniq_cluster >= 0]).first()
    members = clusters.assign(_topic=cl_topic.reindex(clusters["cluster_id"].to_numpy()).to_numpy())
    by_topic = {int(t): g for t, g in members.groupby("_topic", sort=False)}
    rows = []
    for t in kept:
        g = by_topic.get(int(t))
        if g is not None:
            rep = str(g["representative"].iloc[0])
            seeded = g["kb_id"].dropna()
            kb = seeded.iloc[0] if len(seeded) else np.nan
            examples = g["representative"].head(5).tolist()
        else:
            examples = _central_texts(x, weights, uniq, np.flatnonzero(uniq_topic == t))
            rep, kb = examples[0], np.nan
        rows.append({"old": int(t), "representative": rep, "n_questions": int(n_q[t]),
                     "n_clusters": 0 if g is None else len(g), "kb_id": kb, "examples": examples,
                     "is_follow_up": bool(t == follow_up_topic)})
    rows.sort(key=lambda r: (-r["n_questions"], r["representative"]))
    remap = np.full(len(n_q) + 1, -1, dtype=np.int64)
    for i, r in enumerate(rows):
        remap[r["old"]] = i
    new_uniq = remap[uniq_topic]
    frame = pd.DataFrame(rows, columns=["old", "representative", "n_questions", "n_clusters", "kb_id", "examples",
                                        "is_follow_up"])
    frame.insert(0, "topic_id", np.arange(len(rows), dtype=np.int64))
    frame.insert(1, "label", keywords(tokens, weights, new_uniq, len(rows), n_keywords))
    frame["n_customers"] = np.nan
    frame["share_of_customers"] = np.nan
    frame["weekly"] = None
    frame["is_follow_up"] = frame["is_follow_up"].astype(bool)
    per_cluster = np.full(len(clusters), -1, dtype=np.int64)
    if len(clusters):
        first = pd.Series(new_uniq[uniq_cluster >= 0]).groupby(uniq_cluster[uniq_cluster >= 0]).first()
        per_cluster = first.reindex(clusters["cluster_id"].to_numpy()).fillna(-1).astype(np.int64).to_numpy()
    return frame[list(TOPIC_COLUMNS)], remap[text_topic], per_cluster


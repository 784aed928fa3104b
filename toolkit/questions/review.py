"""Keep cluster ids stable across runs, and hand clusters to KB curators for review.

Examples
--------
>>> import pandas as pd
>>> old = pd.DataFrame({"cluster_id": [0, 1], "label": ["还款", "额度"],
...                     "representative": ["花呗怎么还款", "借呗额度怎么提升"],
...                     "examples": [["花呗怎么还款"], ["借呗额度怎么提升"]]})
>>> new = pd.DataFrame({"cluster_id": [0, 1], "label": ["额度", "注销"],
...                     "representative": ["借呗额度如何提升", "怎么注销账户"],
...                     "examples": [["借呗额度如何提升"], ["怎么注销账户"]]})
>>> m = match_previous(old, new, embedder="none", threshold=0.3)
>>> m[["cluster_id", "run_cluster_id", "status", "previous_ids"]]
   cluster_id  run_cluster_id status previous_ids
0           1               0   same          [1]
1           2               1    new           []
>>> m.attrs["gone"]["cluster_id"].tolist()
[0]
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize

from toolkit._cells import (FORMULA_PREFIXES, REPLACEMENT, WrittenFileMap, neutralize_cell, safe_frame,
                            write_safe_csv)
from toolkit._validate import require_columns
from toolkit.text import char_ngrams, normalize_series

from .cluster import _NORMALIZE, MAX_EMBED_CHARS, FrequentQuestions, _embed_use
from .extract import question_core
from toolkit.archive.schema import FLOAT, INT, OBJECT, STR

# MATCH_COLUMNS: the old name of MATCH_PREVIOUS_COLUMNS, served (with a warning) by __getattr__ below.
__all__ = ["DECISIONS", "FORMULA_PREFIXES", "MATCH_COLUMNS", "MATCH_PREVIOUS_COLUMNS", "export_review",  # noqa: F822
           "majority_intent", "match_previous", "neutralize_cell"]

#: Columns of :func:`match_previous`, before the new run's own columns.
MATCH_PREVIOUS_SCHEMA: dict[str, str] = {
    "cluster_id": INT,  # topic_id at level='topic'
    "run_cluster_id": INT,  # run_topic_id at level='topic'
    "status": STR,
    "previous_ids": OBJECT,  # list of int
    "previous_label": STR,
    "similarity": FLOAT,
}
MATCH_PREVIOUS_COLUMNS: tuple[str, ...] = tuple(MATCH_PREVIOUS_SCHEMA)

#: Old names kept for one release (they warn with ``FutureWarning``): old -> new.
_RENAMED = {"MATCH_COLUMNS": "MATCH_PREVIOUS_COLUMNS"}


def __getattr__(name: str) -> Any:
    """``MATCH_COLUMNS``, the old name of :data:`MATCH_PREVIOUS_COLUMNS`, with a ``FutureWarning`` (PEP 562)."""
    if name in _RENAMED:
        new = _RENAMED[name]
        warnings.warn(f"toolkit.questions.review.{name} is renamed {new} (toolkit.kb.MATCH_COLUMNS is another frame); "
                      f"the old name will be removed in the next release", FutureWarning, stacklevel=2)
        return globals()[new]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: The choices offered in the curator's ``decision`` column of :func:`export_review`.
DECISIONS: tuple[str, ...] = ("keep", "add_to_kb", "update_kb", "merge", "split", "rename", "ignore")


#: Private column of the texts that profile a topic (its examples and its clusters' representatives).
_PROFILE = "_profile_texts"


def _clusters_of(obj: Any, name: str) -> pd.DataFrame:
    if isinstance(obj, FrequentQuestions):
        obj._check_fitted()
        return obj.clusters_
    if isinstance(obj, pd.DataFrame):
        return obj
    raise TypeError(f"{name} must be a fitted FrequentQuestions or its clusters_ frame; got {type(obj).__name__}")


def _topics_of(obj: Any, name: str) -> pd.DataFrame:
    """Topics frame with ``cluster_id`` holding the topic id, ready for :func:`_match_frames`.

    For a fitted model each topic's examples are extended by the
    representatives of its paraphrase clusters, so the profile covers the
    whole topic.
    """
    if isinstance(obj, FrequentQuestions):
        obj._check_fitted()
        if not hasattr(obj, "topics_"):
            raise ValueError(f"{name} has no topics_: fit it with a version of FrequentQuestions that finds topics")
        t = obj.topics_.copy()
        c = obj.clusters_
        if "topic_id" in c.columns and len(t):
            reps = (c[c["topic_id"] >= 0].sort_values(["topic_id", "n_questions", "cluster_id"],
                                                      ascending=[True, False, True], kind="stable")
                    .groupby("topic_id")["representative"].agg(list))
            t[_PROFILE] = [
                [*(list(ex) if isinstance(ex, (list, tuple, np.ndarray)) else []), *reps.get(int(tid), [])]
                for tid, ex in zip(t["topic_id"], t["examples"] if "examples" in t else [None] * len(t))
            ]
    elif isinstance(obj, pd.DataFrame):
        t = obj
    else:
        raise TypeError(f"{name} must be a fitted FrequentQuestions or its topics_ frame; got {type(obj).__name__}")
    require_columns(t, ["topic_id"], name, hint="pass a fitted FrequentQuestions or its topics_ frame")
    return t.drop(columns=["cluster_id", "run_cluster_id"], errors="ignore").rename(
        columns={"topic_id": "cluster_id", "run_topic_id": "run_cluster_id"})


def _profiles(frame: pd.DataFrame, name: str) -> list[list[str]]:
    require_columns(frame, ["cluster_id", "representative"], name)
    out = []
    col = _PROFILE if _PROFILE in frame else "examples"
    for rep, ex in zip(frame["representative"], frame[col] if col in frame else [None] * len(frame)):
        texts = [str(rep)] if isinstance(rep, str) and rep else []
        if isinstance(ex, (list, tuple, np.ndarray)):
            texts += [str(t) for t in ex if isinstance(t, str) and t]
        out.append(texts or [""])
    return out


def _profile_vectors(old: list[list[str]], new: list[list[str]],
                     embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray],
                     lexical_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Mean feature vector of each cluster's texts, old and new in one space."""
    texts = [t for p in old + new for t in p]
    norm = normalize_series(pd.Series(texts, dtype=object), **_NORMALIZE)
    keys = [question_core(t) for t in norm]
    vec = TfidfVectorizer(analyzer=lambda t: char_ngrams(t, (1, 3), normalized=True), sublinear_tf=True)
    feats = l2_normalize(vec.fit_transform(keys).toarray())
    if embedder != "none":
        fn = _embed_use if embedder == "use" else embedder
        emb = l2_normalize(np.asarray(fn([k[:MAX_EMBED_CHARS] for k in keys]), dtype=np.float64))
        w = float(lexical_weight)
        feats = np.hstack([math.sqrt(w) * feats, math.sqrt(1.0 - w) * emb])
    sizes = [len(p) for p in old + new]
    bounds = np.cumsum([0, *sizes])
    prof = l2_normalize(np.vstack([feats[a:b].mean(axis=0) for a, b in zip(bounds[:-1], bounds[1:])]))
    return prof[: len(old)], prof[len(old):]


def match_previous(old: FrequentQuestions | pd.DataFrame, new: FrequentQuestions | pd.DataFrame, *,
                   threshold: float = 0.6,
                   embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray] = "use",
                   lexical_weight: float = 0.5,
                   level: Literal["cluster", "topic"] = "cluster") -> pd.DataFrame:
    """Carry cluster (or topic) ids from an earlier run over to a new one, and say what changed.

    Each cluster is profiled by its representative and examples (the mean of
    their features, computed for both runs in one space: character n-gram
    TF-IDF plus the sentence encoder, as in :class:`FrequentQuestions`).
    Old and new clusters are paired one to one by maximum total cosine
    (Hungarian assignment, :func:`scipy.optimize.linear_sum_assignment`);
    a pair counts when its cosine is at least ``threshold``.

    ``status`` of each new cluster:

    - ``same``: paired with one old cluster whose label it keeps;
    - ``renamed``: paired with one old cluster, but its label changed;
    - ``merged``: paired, and further old clusters (unpaired ones whose most
      similar new cluster this is, above ``threshold``) flowed into it;
      ``previous_ids`` lists them all, the paired one first;
    - ``split``: not paired, but its most similar old cluster (above
      ``threshold``) was paired with another new cluster: it takes a new id
      and ``previous_ids`` names where it came from;
    - ``new``: nothing similar before; a new id.

    New ids continue after the largest old id, so no id is ever reused.
    Old clusters that went into no new cluster are listed in
    ``attrs["gone"]``.

    With ``level="topic"`` the same is done for topics (``topics_``): a
    topic is profiled by its representative and examples and, when a
    fitted model is given, the representatives of its paraphrase clusters.
    The id columns are then ``topic_id`` (stable) and ``run_topic_id``.

    Parameters
    ----------
    old, new : FrequentQuestions or pandas.DataFrame
        Fitted models or their ``clusters_`` frames (``cluster_id``,
        ``representative``, optional ``examples`` and ``label``). For a
        chain of runs pass the previous result of ``match_previous`` as
        ``old``: its ``cluster_id`` holds the stable ids.
    threshold : float, default 0.6
        Minimum cosine between two cluster profiles to call them the same.
    embedder : {"use", "none"} or callable, default "use"
        As in :class:`FrequentQuestions`.
    lexical_weight : float, default 0.5
        Weight of the lexical cosine.
    level : {"cluster", "topic"}, default "cluster"
        Match paraphrase clusters (``clusters_``, ``cluster_id``) or topics
        (``topics_``, ``topic_id``: pass fitted models, ``topics_`` frames
        or an earlier ``match_previous(..., level="topic")`` result).

    Returns
    -------
    pandas.DataFrame
        One row per new cluster in the new run's order: :data:`MATCH_PREVIOUS_COLUMNS`
        (``cluster_id`` the stable id, ``run_cluster_id`` the id within the
        new run, ``status``, ``previous_ids`` list of old ids,
        ``previous_label``, ``similarity`` to the paired or nearest old
        cluster) followed by the new frame's other columns.
        ``attrs["gone"]``: old clusters (``cluster_id``, ``label``,
        ``representative``, ``best_similarity``) with no successor.
        At the topic level ``cluster_id`` and ``run_cluster_id`` are
        named ``topic_id`` and ``run_topic_id``, here and in ``gone``.

    Raises
    ------
    TypeError, ValueError
        For an unfitted model, a frame without the columns above, a
        threshold outside [0, 1] or an unknown ``level``.

    Examples
    --------
    Topics keep their ids the same way:

    >>> old_t = pd.DataFrame({"topic_id": [0, 1], "label": ["退款", "发票"],
    ...                       "representative": ["退款退到哪里", "发票怎么开"],
    ...                       "examples": [["退款多久到账"], ["能开专票吗"]]})
    >>> new_t = pd.DataFrame({"topic_id": [0, 1], "label": ["发票", "保修"],
    ...                       "representative": ["发票怎么开", "保修多久"],
    ...                       "examples": [["能开专票吗"], ["保修期多久"]]})
    >>> mt = match_previous(old_t, new_t, embedder="none", level="topic")
    >>> mt[["topic_id", "run_topic_id", "status", "previous_ids"]]
       topic_id  run_topic_id status previous_ids
    0         1             0   same          [1]
    1         2             1    new           []
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValueError(f"threshold must be a number in [0, 1]; got {threshold!r}")
    if level == "cluster":
        o = _clusters_of(old, "old").reset_index(drop=True)
        n = _clusters_of(new, "new").reset_index(drop=True)
        return _match_frames(o, n, threshold, embedder, lexical_weight)
    if level != "topic":
        raise ValueError(f"level must be 'cluster' or 'topic'; got {level!r}")
    o = _topics_of(old, "old").reset_index(drop=True)
    n = _topics_of(new, "new").reset_index(drop=True)
    out = _match_frames(o, n, threshold, embedder, lexical_weight)
    names = {"cluster_id": "topic_id", "run_cluster_id": "run_topic_id"}
    gone = out.attrs["gone"].rename(columns=names)
    out = out.rename(columns=names)
    out.attrs["gone"] = gone
    return out


def _match_frames(o: pd.DataFrame, n: pd.DataFrame, threshold: float,
                  embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray],
                  lexical_weight: float) -> pd.DataFrame:
    """:func:`match_previous` on two frames whose id column is ``cluster_id``."""
    op, np_ = _profiles(o, "old"), _profiles(n, "new")
    rest_cols = [c for c in n.columns if c not in ("cluster_id", _PROFILE, *MATCH_PREVIOUS_COLUMNS)]
    if len(n) == 0:
        out = pd.DataFrame({c: pd.Series(dtype=object) for c in (*MATCH_PREVIOUS_COLUMNS, *rest_cols)})
        out.attrs["gone"] = o[["cluster_id"]].assign(label=o.get("label"), representative=o["representative"],
                                                     best_similarity=np.nan)
        return out
    old_ids = o["cluster_id"].astype(int).to_numpy()
    old_labels = o["label"].tolist() if "label" in o else [None] * len(o)
    next_id = int(old_ids.max()) + 1 if len(o) else 0
    if len(o):
        po, pn = _profile_vectors(op, np_, embedder, lexical_weight)
        sim = pn @ po.T  # new x old
    else:
        sim = np.zeros((len(n), 0))
    paired: dict[int, int] = {}
    if sim.size:
        rows, cols = linear_sum_assignment(-sim)
        paired = {int(r): int(c) for r, c in zip(rows, cols) if sim[r, c] >= threshold}
    taken = set(paired.values())
    into: dict[int, list[int]] = {r: [c] for r, c in paired.items()}
    gone = []
    for c in range(len(o)):
        if c in taken:
            continue
        r = int(sim[:, c].argmax())
        if sim[r, c] >= threshold and r in paired:
            into[r].append(c)
        else:
            gone.append(c)
    records = []
    for r in range(len(n)):
        label = n.at[r, "label"] if "label" in n else None
        if r in paired:
            c = paired[r]
            olds = into[r]
            status = "merged" if len(olds) > 1 else ("same" if label == old_labels[c] else "renamed")
            stable, prev, s = int(old_ids[c]), [int(old_ids[i]) for i in olds], float(sim[r, c])
            prev_label = old_labels[c]
        else:
            c = int(sim[r].argmax()) if sim.shape[1] else -1
            s = float(sim[r, c]) if c >= 0 else float("nan")
            if c >= 0 and s >= threshold:
                status, prev, prev_label = "split", [int(old_ids[c])], old_labels[c]
            else:
                status, prev, prev_label = "new", [], None
            stable, next_id = next_id, next_id + 1
        records.append((stable, int(n.at[r, "cluster_id"]), status, prev, prev_label, round(s, 6)))
    out = pd.DataFrame.from_records(records, columns=list(MATCH_PREVIOUS_COLUMNS))
    out = pd.concat([out, n[rest_cols]], axis=1)
    g = o.iloc[gone]
    out.attrs["gone"] = pd.DataFrame({
        "cluster_id": g["cluster_id"].astype(int).to_numpy(),
        "label": [old_labels[i] for i in gone],
        "representative": g["representative"].to_numpy(),
        "best_similarity": [round(float(sim[:, i].max()), 6) if len(n) else np.nan for i in gone],
    })
    return out


def _flat(v: Any) -> Any:
    if isinstance(v, (list, tuple, np.ndarray)):
        return " | ".join(str(x) for x in v)
    if isinstance(v, pd.Series):
        return ", ".join(f"{k}: {int(x)}" for k, x in v.items())
    return v


def _topics_frames(model_or_clusters: Any, topics: Any) -> pd.DataFrame | None:
    if topics is not None:
        if isinstance(topics, FrequentQuestions):
            topics._check_fitted()
            topics = getattr(topics, "topics_", None)
        if not isinstance(topics, pd.DataFrame):
            raise TypeError(f"topics must be a topics_ frame or a fitted FrequentQuestions; got "
                            f"{type(topics).__name__}")
        require_columns(topics, ["topic_id"], "topics")
        return topics
    if isinstance(model_or_clusters, FrequentQuestions):
        return getattr(model_or_clusters, "topics_", None)
    return None


_CURATOR = ("decision", "new_label", "kb_answer", "notes")


def _yes(value: Any) -> str:
    return "yes" if isinstance(value, (bool, np.bool_)) and bool(value) else ""


def _topic_sheet(t: pd.DataFrame, c: pd.DataFrame) -> pd.DataFrame:
    """Topic rows, each followed by its clusters' rows (see :func:`export_review`)."""
    t = t.copy()
    for col in ("label", "representative", "n_questions", "n_customers", "share_of_customers", "n_clusters",
                "kb_id", "is_follow_up"):
        if col not in t.columns:
            t[col] = np.nan if col != "is_follow_up" else False
    t["is_follow_up"] = t["is_follow_up"].fillna(False).astype(bool)
    t = t.sort_values(["is_follow_up", "share_of_customers", "n_questions", "topic_id"],
                      ascending=[True, False, False, True], na_position="last", kind="stable")
    # clusters name the topic of their own run; a matched topics frame maps it to the stable id
    run_id = t["run_topic_id"] if "run_topic_id" in t.columns else t["topic_id"]
    stable = dict(zip(run_id.astype(int), t["topic_id"].astype(int)))
    has_topic = "topic_id" in c.columns
    ctop = c["topic_id"].map(lambda v: stable.get(int(v), -1) if pd.notna(v) else -1) if has_topic else \
        pd.Series(-1, index=c.index)
    c = c.assign(_topic=ctop.to_numpy()).sort_values(
        ["_topic", "share_of_customers", "n_questions", "cluster_id"], ascending=[True, False, False, True],
        na_position="last", kind="stable")
    groups = {int(k): g for k, g in c.groupby("_topic", sort=False)}
    matched = "status" in t.columns
    cols = ["level", "topic_rank", "topic_id", "cluster_id", "label", "representative", "n_questions",
            "n_customers", "share_of_customers", "n_clusters", "kb_id", "is_follow_up"]
    if matched or "status" in c.columns:
        cols += ["status", "previous_ids"]
    rows: list[dict[str, Any]] = []

    def add_clusters(g: pd.DataFrame, rank: Any, tid: Any) -> None:
        for _, r in g.iterrows():
            rows.append({"level": "cluster", "topic_rank": rank, "topic_id": tid, "cluster_id": int(r["cluster_id"]),
                         "label": r["label"], "representative": r["representative"],
                         "n_questions": r["n_questions"], "n_customers": r["n_customers"],
                         "share_of_customers": r["share_of_customers"], "n_clusters": np.nan,
                         "kb_id": r["kb_id"], "is_follow_up": _yes(r.get("is_follow_up")),
                         "status": r.get("status", ""), "previous_ids": _flat(r.get("previous_ids", ""))})

    for rank, (_, r) in enumerate(t.iterrows(), start=1):
        tid = int(r["topic_id"])
        rows.append({"level": "topic", "topic_rank": rank, "topic_id": tid, "cluster_id": np.nan,
                     "label": r["label"], "representative": r["representative"],
                     "n_questions": r["n_questions"], "n_customers": r["n_customers"],
                     "share_of_customers": r["share_of_customers"], "n_clusters": r["n_clusters"],
                     "kb_id": r["kb_id"], "is_follow_up": "yes" if r["is_follow_up"] else "",
                     "status": r.get("status", ""), "previous_ids": _flat(r.get("previous_ids", ""))})
        add_clusters(groups.get(tid, c.iloc[:0]), rank, tid)
    rest = c[~c["_topic"].isin(t["topic_id"].astype(int))]
    if len(rest):
        rows.append({"level": "topic", "topic_rank": np.nan, "topic_id": -1, "cluster_id": np.nan,
                     "label": "(no topic)", "representative": "", "n_questions": int(rest["n_questions"].sum()),
                     "n_customers": np.nan, "share_of_customers": np.nan, "n_clusters": len(rest),
                     "kb_id": np.nan, "is_follow_up": "", "status": "", "previous_ids": ""})
        add_clusters(rest, np.nan, -1)
    out = pd.DataFrame(rows, columns=[*cols, *[k for k in ("status", "previous_ids") if k not in cols]])[cols]
    for col in _CURATOR:
        out[col] = ""
    return out


def export_review(model_or_clusters: FrequentQuestions | pd.DataFrame, path: str | Path, *,
                  examples: int = 10, questions: pd.DataFrame | None = None,
                  topics: FrequentQuestions | pd.DataFrame | None = None) -> dict[str, Path]:
    """Write the topics and clusters for KB curators: an Excel workbook and CSV files.

    The workbook has these sheets:

    - ``topics`` (first, when there are topics: a fitted model's
      ``topics_`` or the ``topics`` argument): one row per topic (bold,
      shaded) ranked by share of customers, the follow-up topic of generic
      re-asks last, each followed by its paraphrase clusters (indented and
      grouped with Excel outline levels, so a click on the margin folds
      them): ``level`` ("topic"/"cluster"), ``topic_rank``, ``topic_id``,
      ``cluster_id`` (empty on topic rows), ``label``, ``representative``,
      ``n_questions``, ``n_customers``, ``share_of_customers``,
      ``n_clusters``, ``kb_id``, ``is_follow_up`` ("yes"), ``status`` and
      ``previous_ids`` (when given by :func:`match_previous`), and the
      curator's columns ``decision`` (a drop-down of :data:`DECISIONS`, one
      per topic and one per cluster), ``new_label``, ``kb_answer``,
      ``notes``. Clusters of no listed topic come last under "(no topic)".
    - ``overview``: one row per cluster ranked by share of customers (then
      by questions): ``rank``, ``cluster_id``, ``label``,
      ``representative``, ``n_questions``, ``n_customers``,
      ``share_of_customers``, ``kb_id``, ``status`` (when given by
      :func:`match_previous`), and empty columns for the curator:
      ``decision`` (a drop-down of :data:`DECISIONS`), ``new_label``,
      ``kb_answer``, ``notes``;
    - ``examples``: up to ``examples`` distinct questions per cluster
      (from ``questions`` when given, else the cluster's stored examples);
    - ``about``: what the columns mean, then two rows that count the
      cells made safe (below): ``n_neutralized_cells`` and
      ``n_cleaned_cells``.

    Beside it, ``<stem>_overview.csv``, ``<stem>_examples.csv`` and, with
    topics, ``<stem>_topics.csv`` (UTF-8 with BOM, so Excel opens the
    Chinese text correctly, and ``\r\n`` line ends; see
    :func:`toolkit._cells.write_safe_csv`).

    Customer texts are untrusted, so every text cell goes through
    :func:`toolkit._cells.safe_frame`, in the workbook and the CSV files
    alike: characters a workbook cannot hold (control characters such as
    ``\x0b``, lone surrogates, U+FFFE/U+FFFF) are replaced by U+FFFD "�",
    and text that a spreadsheet would read as a formula (starting with
    ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a leading
    apostrophe (:func:`neutralize_cell`). Numbers, dates and empty cells
    are written as they are.

    Parameters
    ----------
    model_or_clusters : FrequentQuestions or pandas.DataFrame
        A fitted model, its ``clusters_``, or a :func:`match_previous`
        result.
    path : str or pathlib.Path
        The workbook to write (``.xlsx`` is added when missing); parent
        folders are created.
    examples : int, default 10
        Examples per cluster.
    questions : pandas.DataFrame, optional
        The clustered questions with ``text`` and a ``cluster_id`` column
        (e.g. ``q.assign(cluster_id=model.labels_)``), to show more
        examples than the model keeps.
    topics : FrequentQuestions or pandas.DataFrame, optional
        The topics to nest the clusters under: ``topics_`` or a
        ``match_previous(old, new, level="topic")`` result (its
        ``run_topic_id`` links the clusters' ``topic_id``). Default: the
        model's ``topics_``; none for a clusters frame.

    Returns
    -------
    dict
        ``{"xlsx": ..., "overview_csv": ..., "examples_csv": ...}`` paths,
        and ``"topics_csv"`` with topics. The dict (a
        :class:`toolkit._cells.WrittenFileMap`) also carries the counts
        written to the ``about`` sheet: ``n_neutralized_cells`` (text cells
        given a leading ``'``) and ``n_cleaned_cells`` (cells in which
        characters were replaced by U+FFFD), both over the workbook's
        data sheets (the CSV files repeat them).

    Raises
    ------
    TypeError
        If ``model_or_clusters`` or ``topics`` is of the wrong type.
    ValueError
        For a frame without its id column, or ``examples`` not a positive
        int.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(
    ...     ["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升", "借呗额度提升"])
    >>> out = export_review(fq, pathlib.Path(tempfile.mkdtemp()) / "review")
    >>> sorted(out), out["xlsx"].suffix
    (['examples_csv', 'overview_csv', 'topics_csv', 'xlsx'], '.xlsx')
    >>> pd.read_excel(out["xlsx"], sheet_name="overview")[["rank", "representative", "decision"]]
       rank representative  decision
    0     1         借呗额度提升       NaN
    1     2         花呗如何还款       NaN

    Frames work too; ``topics`` nests the clusters under their topics:

    >>> c = pd.DataFrame({"cluster_id": [0, 1, 2], "representative": ["退款多久到账", "=1+1", "到底几天"],
    ...                   "n_questions": [5, 3, 4], "topic_id": [0, 0, 1]})
    >>> t = pd.DataFrame({"topic_id": [0, 1], "label": ["退款", "到底"], "representative": ["退款多久到账", "到底几天"],
    ...                   "n_questions": [8, 4], "is_follow_up": [False, True]})
    >>> out = export_review(c, pathlib.Path(tempfile.mkdtemp()) / "review", topics=t)
    >>> pd.read_excel(out["xlsx"], sheet_name="topics")[["level", "topic_id", "cluster_id", "representative"]]
         level  topic_id  cluster_id representative
    0    topic         0         NaN         退款多久到账
    1  cluster         0         0.0         退款多久到账
    2  cluster         0         1.0           '=1+1
    3    topic         1         NaN           到底几天
    4  cluster         1         2.0           到底几天
    >>> out.n_neutralized_cells, out.n_cleaned_cells
    (2, 0)
    """
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415  (lazy: openpyxl only when a workbook is written)
    from openpyxl.utils import get_column_letter  # noqa: PLC0415  (lazy: openpyxl only when a workbook is written)
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415  (lazy: openpyxl only when a workbook is written)

    c = _clusters_of(model_or_clusters, "model_or_clusters").copy()
    require_columns(c, ["cluster_id"], "model_or_clusters")
    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 1:
        raise ValueError(f"examples must be a positive int; got {examples!r}")
    t = _topics_frames(model_or_clusters, topics)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)

    for col in ("label", "representative", "n_questions", "n_customers", "share_of_customers", "kb_id"):
        if col not in c.columns:
            c[col] = np.nan
    c = c.sort_values(["share_of_customers", "n_questions", "cluster_id"], ascending=[False, False, True],
                      na_position="last", kind="stable").reset_index(drop=True)
    c.insert(0, "rank", np.arange(1, len(c) + 1))
    cols = ["rank", "cluster_id", "label", "representative", "n_questions", "n_customers",
            "share_of_customers", "kb_id"]
    if "status" in c.columns:
        cols += ["status", "previous_ids"]
    if "weekly" in c.columns:
        cols.append("weekly")
    overview = c[cols].map(_flat)
    for col in _CURATOR:
        overview[col] = ""
    order = {int(cid): i for i, cid in enumerate(c["cluster_id"])}
    topic_sheet = _topic_sheet(t, c) if t is not None else None

    if questions is not None:
        require_columns(questions, ["text", "cluster_id"], "questions")
        q = questions[questions["cluster_id"] >= 0]
        ex = (q.groupby(["cluster_id", "text"]).size().reset_index(name="n")
              .sort_values(["cluster_id", "n", "text"], ascending=[True, False, True]))
        ex = ex.groupby("cluster_id", sort=False).head(examples)
        ex_rows = [(int(cid), t_, int(k)) for cid, t_, k in zip(ex["cluster_id"], ex["text"], ex["n"])]
    else:
        ex_rows = []
        for cid, lst in zip(c["cluster_id"], c.get("examples", pd.Series([[]] * len(c)))):
            for t_ in (list(lst) if isinstance(lst, (list, tuple, np.ndarray)) else [])[:examples]:
                ex_rows.append((int(cid), str(t_), np.nan))
    ex_frame = pd.DataFrame(ex_rows, columns=["cluster_id", "question", "times_asked"])
    ex_frame["rank"] = ex_frame["cluster_id"].map(order)
    ex_frame = ex_frame.sort_values(["rank", "cluster_id"], kind="stable")
    ex_frame["rank"] = ex_frame["rank"] + 1
    ex_frame = ex_frame[["rank", "cluster_id", "question", "times_asked"]].reset_index(drop=True)

    data = [("overview", safe_frame(overview)), ("examples", safe_frame(ex_frame))]
    if topic_sheet is not None:
        data.insert(0, ("topics", safe_frame(topic_sheet)))
    # the CSV files repeat these sheets, so the workbook's cells are counted once
    n_neutralized = sum(sf.n_neutralized for _, sf in data)
    n_cleaned = sum(sf.n_cleaned for _, sf in data)
    about = pd.DataFrame({
        "column": ["level", "topic_rank", "rank", "share_of_customers", "n_questions", "n_clusters",
                   "representative", "label", "kb_id", "is_follow_up", "decision", "new_label", "kb_answer",
                   "notes"],
        "meaning": [
            "topics sheet: a topic (the curator's unit), then its paraphrase clusters (indented, foldable)",
            "1 = the topic asked by the largest share of customers; generic re-asks come last",
            "1 = the cluster asked by the largest share of customers",
            "customers who asked in this topic or cluster / all customers who asked anything "
            "(each customer counted once)",
            "question turns in the topic or cluster",
            "paraphrase clusters in the topic",
            "the most central question (medoid)",
            "distinctive keywords (c-TF-IDF)",
            "the KB entry the cluster was seeded with, if any",
            "yes: generic re-asks (到底几天, 还是没明白) that say a reply fell short, not what was asked",
            "your decision, per topic and per cluster: " + ", ".join(DECISIONS),
            "a better name for the topic or cluster",
            "the KB answer to add or the fix to make",
            "anything else",
        ],
    })
    about = pd.concat([about, pd.DataFrame({
        "column": ["n_neutralized_cells", "n_cleaned_cells"],
        "meaning": [
            f"{n_neutralized} text cells began with = + - @, a tab or a carriage return and were written with a "
            "leading ' so that no spreadsheet runs them as formulas (here and in the CSV files)",
            f"{n_cleaned} cells held characters a workbook cannot store (control characters such as \\x0b, "
            f"broken surrogates, U+FFFE/U+FFFF); each was replaced by {REPLACEMENT} (U+FFFD), here and in the "
            "CSV files",
        ],
    })], ignore_index=True)

    sheets = [(name, sf.frame) for name, sf in data] + [("about", safe_frame(about).frame)]
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for name, frame in sheets:
            frame.to_excel(xw, sheet_name=name, index=False)
        for name, frame in sheets:
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            for i, col in enumerate(frame.columns, start=1):
                width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width * 1.6))
            if name not in ("overview", "topics") or not len(frame):
                continue
            dcol = get_column_letter(list(frame.columns).index("decision") + 1)
            dv = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True)
            dv.add(f"{dcol}2:{dcol}{len(frame) + 1}")
            ws.add_data_validation(dv)
            scol = get_column_letter(list(frame.columns).index("share_of_customers") + 1)
            for cell in ws[scol][1:]:
                cell.number_format = "0.0%"
        if topic_sheet is not None and len(topic_sheet):
            ws = xw.sheets["topics"]
            ws.sheet_properties.outlinePr.summaryBelow = False  # the topic row sits above its clusters
            rcol = list(topic_sheet.columns).index("representative")
            bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F4")
            for i, level in enumerate(topic_sheet["level"], start=2):
                if level == "topic":
                    for cell in ws[i]:
                        cell.font, cell.fill = bold, fill
                else:
                    ws.row_dimensions[i].outlineLevel = 1
                    for j in (rcol - 1, rcol):  # label and representative
                        ws.cell(row=i, column=j + 1).alignment = Alignment(indent=2)

    stem = path.with_suffix("")
    out = WrittenFileMap({"xlsx": path}, n_neutralized_cells=n_neutralized, n_cleaned_cells=n_cleaned)
    safe = dict(sheets)
    for key, name in (("overview_csv", "overview"), ("examples_csv", "examples"), ("topics_csv", "topics")):
        if name not in safe:
            continue
        out[key] = stem.with_name(f"{stem.name}_{name}.csv")
        write_safe_csv(safe[name], out[key])
    return out


def majority_intent(labels: Any, gold: Any) -> pd.DataFrame:
    """Each cluster's (or topic's) most common gold intent, and its share of the labelled questions.

    Parameters
    ----------
    labels : sequence of int
        Cluster or topic per question (``labels_``, ``topic_labels_``);
        ``-1`` outliers are left out.
    gold : sequence
        Gold intent per question, ``None``/``NaN`` if unlabelled (e.g.
        :func:`align_truth`).

    Returns
    -------
    pandas.DataFrame
        One row per label with labelled questions, sorted by ``id``:
        ``id``, ``n_labelled``, ``majority_intent`` (ties: the first
        intent in sorted order), ``majority_share`` (in [0, 1]) and
        ``has_majority`` (``majority_share`` above 0.5).

    Raises
    ------
    ValueError
        If ``labels`` and ``gold`` differ in length.

    Examples
    --------
    >>> majority_intent([0, 0, 0, 1, 1, -1], ["a", "a", "b", "b", "c", "a"])
       id  n_labelled majority_intent  majority_share  has_majority
    0   0           3               a        0.666667          True
    1   1           2               b        0.500000         False
    """
    lab = np.asarray(labels)
    g = pd.Series(list(gold), dtype=object)
    if len(lab) != len(g):
        raise ValueError(f"labels and gold must have the same length; got {len(lab)} and {len(g)}")
    d = pd.DataFrame({"id": lab.astype(int), "intent": g}).dropna()
    d = d[d["id"] >= 0]
    cnt = d.groupby(["id", "intent"]).size().reset_index(name="n")
    cnt = cnt.sort_values(["id", "n", "intent"], ascending=[True, False, True], kind="stable")
    first = cnt.groupby("id", sort=True).head(1).set_index("id")
    total = cnt.groupby("id")["n"].sum()
    out = pd.DataFrame({"id": first.index.astype(int), "n_labelled": total.loc[first.index].astype(int).to_numpy(),
                        "majority_intent": first["intent"].to_numpy(),
                        "majority_share": (first["n"] / total.loc[first.index]).astype(float).to_numpy()})
    out["has_majority"] = out["majority_share"] > 0.5
    return out.reset_index(drop=True)

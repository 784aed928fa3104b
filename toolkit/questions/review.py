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
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize

from toolkit.text import char_ngrams, normalize_series

from .cluster import _NORMALIZE, MAX_EMBED_CHARS, FrequentQuestions, _embed_use
from .extract import question_core

__all__ = ["DECISIONS", "MATCH_COLUMNS", "export_review", "match_previous"]

#: Columns of :func:`match_previous`, before the new run's own columns.
MATCH_COLUMNS: tuple[str, ...] = (
    "cluster_id",
    "run_cluster_id",
    "status",
    "previous_ids",
    "previous_label",
    "similarity",
)

#: The choices offered in the curator's ``decision`` column of :func:`export_review`.
DECISIONS: tuple[str, ...] = ("keep", "add_to_kb", "update_kb", "merge", "split", "rename", "ignore")


def _clusters_of(obj: Any, name: str) -> pd.DataFrame:
    if isinstance(obj, FrequentQuestions):
        obj._check_fitted()
        return obj.clusters_
    if isinstance(obj, pd.DataFrame):
        return obj
    raise TypeError(f"{name} must be a fitted FrequentQuestions or its clusters_ frame; got {type(obj).__name__}")


def _profiles(frame: pd.DataFrame, name: str) -> list[list[str]]:
    missing = {"cluster_id", "representative"} - set(frame.columns)
    if missing:
        raise ValueError(f"{name} lacks columns {sorted(missing)}")
    out = []
    for rep, ex in zip(frame["representative"], frame["examples"] if "examples" in frame else [None] * len(frame)):
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
                   lexical_weight: float = 0.5) -> pd.DataFrame:
    """Carry cluster ids from an earlier run over to a new one, and say what changed.

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

    Returns
    -------
    pandas.DataFrame
        One row per new cluster in the new run's order: :data:`MATCH_COLUMNS`
        (``cluster_id`` the stable id, ``run_cluster_id`` the id within the
        new run, ``status``, ``previous_ids`` list of old ids,
        ``previous_label``, ``similarity`` to the paired or nearest old
        cluster) followed by the new frame's other columns.
        ``attrs["gone"]``: old clusters (``cluster_id``, ``label``,
        ``representative``, ``best_similarity``) with no successor.

    Raises
    ------
    TypeError, ValueError
        For an unfitted model, a frame without the columns above, or a
        threshold outside [0, 1].
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ValueError(f"threshold must be a number in [0, 1]; got {threshold!r}")
    o = _clusters_of(old, "old").reset_index(drop=True)
    n = _clusters_of(new, "new").reset_index(drop=True)
    op, np_ = _profiles(o, "old"), _profiles(n, "new")
    rest_cols = [c for c in n.columns if c not in ("cluster_id", *MATCH_COLUMNS)]
    if len(n) == 0:
        out = pd.DataFrame({c: pd.Series(dtype=object) for c in (*MATCH_COLUMNS, *rest_cols)})
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
    out = pd.DataFrame.from_records(records, columns=list(MATCH_COLUMNS))
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


def export_review(model_or_clusters: FrequentQuestions | pd.DataFrame, path: str | Path, *,
                  examples: int = 10, questions: pd.DataFrame | None = None) -> dict[str, Path]:
    """Write the clusters for KB curators: an Excel workbook and CSV files.

    The workbook has three sheets:

    - ``overview``: one row per cluster ranked by share of customers (then
      by questions): ``rank``, ``cluster_id``, ``label``,
      ``representative``, ``n_questions``, ``n_customers``,
      ``share_of_customers``, ``kb_id``, ``status`` (when given by
      :func:`match_previous`), and empty columns for the curator:
      ``decision`` (a drop-down of :data:`DECISIONS`), ``new_label``,
      ``kb_answer``, ``notes``;
    - ``examples``: up to ``examples`` distinct questions per cluster
      (from ``questions`` when given, else the cluster's stored examples);
    - ``about``: what the columns mean.

    Beside it, ``<stem>_overview.csv`` and ``<stem>_examples.csv`` (UTF-8
    with BOM, so Excel opens the Chinese text correctly).

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

    Returns
    -------
    dict
        ``{"xlsx": ..., "overview_csv": ..., "examples_csv": ...}`` paths.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(
    ...     ["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升", "借呗额度提升"])
    >>> out = export_review(fq, pathlib.Path(tempfile.mkdtemp()) / "review")
    >>> sorted(out), out["xlsx"].suffix
    (['examples_csv', 'overview_csv', 'xlsx'], '.xlsx')
    >>> pd.read_excel(out["xlsx"], sheet_name="overview")[["rank", "representative", "decision"]]
       rank representative  decision
    0     1         借呗额度提升       NaN
    1     2         花呗如何还款       NaN
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    c = _clusters_of(model_or_clusters, "model_or_clusters").copy()
    if "cluster_id" not in c.columns:
        raise ValueError("clusters frame lacks a 'cluster_id' column")
    if isinstance(examples, bool) or not isinstance(examples, int) or examples < 1:
        raise ValueError(f"examples must be a positive int; got {examples!r}")
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
    for col in ("decision", "new_label", "kb_answer", "notes"):
        overview[col] = ""
    order = {int(cid): i for i, cid in enumerate(c["cluster_id"])}

    if questions is not None:
        if not {"text", "cluster_id"} <= set(questions.columns):
            raise ValueError("questions must have 'text' and 'cluster_id' columns")
        q = questions[questions["cluster_id"] >= 0]
        ex = (q.groupby(["cluster_id", "text"]).size().reset_index(name="n")
              .sort_values(["cluster_id", "n", "text"], ascending=[True, False, True]))
        ex = ex.groupby("cluster_id", sort=False).head(examples)
        ex_rows = [(int(cid), t, int(k)) for cid, t, k in zip(ex["cluster_id"], ex["text"], ex["n"])]
    else:
        ex_rows = []
        for cid, lst in zip(c["cluster_id"], c.get("examples", pd.Series([[]] * len(c)))):
            for t in (list(lst) if isinstance(lst, (list, tuple, np.ndarray)) else [])[:examples]:
                ex_rows.append((int(cid), str(t), np.nan))
    ex_frame = pd.DataFrame(ex_rows, columns=["cluster_id", "question", "times_asked"])
    ex_frame["rank"] = ex_frame["cluster_id"].map(order)
    ex_frame = ex_frame.sort_values(["rank", "cluster_id"], kind="stable")
    ex_frame["rank"] = ex_frame["rank"] + 1
    ex_frame = ex_frame[["rank", "cluster_id", "question", "times_asked"]].reset_index(drop=True)

    about = pd.DataFrame({
        "column": ["rank", "share_of_customers", "n_questions", "representative", "label", "kb_id", "decision",
                   "new_label", "kb_answer", "notes"],
        "meaning": [
            "1 = the cluster asked by the largest share of customers",
            "customers who asked in this cluster / all customers who asked anything",
            "question turns in the cluster",
            "the most central question (medoid)",
            "distinctive keywords (c-TF-IDF)",
            "the KB entry the cluster was seeded with, if any",
            "your decision: " + ", ".join(DECISIONS),
            "a better name for the cluster",
            "the KB answer to add or the fix to make",
            "anything else",
        ],
    })

    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        overview.to_excel(xw, sheet_name="overview", index=False)
        ex_frame.to_excel(xw, sheet_name="examples", index=False)
        about.to_excel(xw, sheet_name="about", index=False)
        for name, frame in (("overview", overview), ("examples", ex_frame), ("about", about)):
            ws = xw.sheets[name]
            ws.freeze_panes = "A2"
            for i, col in enumerate(frame.columns, start=1):
                width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width * 1.6))
        ws = xw.sheets["overview"]
        if len(overview):
            dcol = get_column_letter(list(overview.columns).index("decision") + 1)
            dv = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True)
            dv.add(f"{dcol}2:{dcol}{len(overview) + 1}")
            ws.add_data_validation(dv)
            scol = get_column_letter(list(overview.columns).index("share_of_customers") + 1)
            for cell in ws[scol][1:]:
                cell.number_format = "0.0%"

    stem = path.with_suffix("")
    ov_csv = stem.with_name(stem.name + "_overview.csv")
    ex_csv = stem.with_name(stem.name + "_examples.csv")
    overview.to_csv(ov_csv, index=False, encoding="utf-8-sig")
    ex_frame.to_csv(ex_csv, index=False, encoding="utf-8-sig")
    return {"xlsx": path, "overview_csv": ov_csv, "examples_csv": ex_csv}

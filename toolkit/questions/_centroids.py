"""Per-cluster arithmetic shared by :class:`~toolkit.questions.FrequentQuestions` and :func:`summarize_clusters`:
groups of labels, weighted centroids, best matches, examples, follow-up cores."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy import sparse
import pandas as pd
from sklearn.preprocessing import normalize as l2_normalize

from .extract import is_follow_up_text


def _follow_up_cores(uniq: list[str], cores: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """Per unique core text: it, or a whole text reduced to it, is a generic re-ask (到底几天)."""
    flagged = {c for c, w in set(zip(cores.tolist(), whole.tolist())) if c and is_follow_up_text(w)}
    return np.array([t in flagged or is_follow_up_text(t) for t in uniq], dtype=bool)


def _groups(lab: np.ndarray) -> Iterable[tuple[int, np.ndarray]]:
    """(label, indices) for each label >= 0, in label order (indices ascending)."""
    order = np.argsort(lab, kind="stable")
    srt = lab[order]
    start = np.searchsorted(srt, 0)
    if start == len(srt):
        return
    cuts = np.flatnonzero(np.diff(srt[start:])) + start + 1
    for chunk in np.split(order[start:], cuts - start):
        yield int(lab[chunk[0]]), chunk


def _group_means(x: np.ndarray, lab: np.ndarray, weights: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Unit-norm weighted mean of the rows of each label in ``ids``."""
    pos = np.full(int(max(lab.max(), ids.max() if len(ids) else 0)) + 1, -1, dtype=np.int64)
    pos[ids] = np.arange(len(ids))
    rows = np.where(lab >= 0, pos[np.maximum(lab, 0)], -1)
    ok = rows >= 0
    m = sparse.csr_matrix((weights[ok], (rows[ok], np.flatnonzero(ok))), shape=(len(ids), x.shape[0]))
    return l2_normalize(np.asarray(m @ x.astype(np.float64)))


def _best_match(x: np.ndarray, cent: np.ndarray, chunk: int = 4096) -> tuple[np.ndarray, np.ndarray]:
    """Index and cosine of the nearest centroid for each row, in chunks (bounded memory)."""
    best = np.zeros(len(x), dtype=np.int64)
    top = np.zeros(len(x))
    c = cent.astype(np.float32).T
    for i in range(0, len(x), chunk):
        sim = x[i:i + chunk] @ c
        b = sim.argmax(axis=1)
        best[i:i + chunk] = b
        top[i:i + chunk] = sim[np.arange(len(b)), b]
    return best, top


def _examples(per_text: np.ndarray, texts: np.ndarray, n: int = 5) -> dict[int, list[str]]:
    """The ``n`` most frequent whole texts of each label (ties: text order)."""
    ex = (pd.DataFrame({"c": per_text, "t": texts})
          .loc[lambda d: d["c"] >= 0]
          .value_counts()
          .reset_index(name="n")
          .sort_values(["c", "n", "t"], ascending=[True, False, True]))
    top = ex.groupby("c", sort=False).head(n)
    return {int(c): list(v) for c, v in top.groupby("c", sort=False)["t"]}

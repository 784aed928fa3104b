"""Cluster and topic labels: the most distinctive words of each group (private).

Examples
--------
>>> import numpy as np
>>> tokens = token_matrix(np.array(["花呗怎么还款", "花呗还款", "借呗额度提升"]))
>>> keywords(tokens, np.ones(3), np.array([0, 0, 1]), 2, 2)
['花呗 / 还款', '借呗 / 提升']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from toolkit.text import Segmenter

__all__ = ["TokenMatrix", "keywords", "token_matrix"]


@dataclass(frozen=True)
class TokenMatrix:
    """Which label words each text holds: ``matrix`` (texts x words, 0/1) and ``vocabulary``."""

    matrix: sparse.csr_matrix
    vocabulary: np.ndarray


def _label_word(tok: str) -> bool:
    return len(tok) > 1 or "\u4e00" <= tok <= "\u9fff"


def token_matrix(texts: np.ndarray) -> TokenMatrix:
    """Segment each text once (:class:`toolkit.text.Segmenter`) into its set of label words."""
    seg = Segmenter()
    vec = CountVectorizer(analyzer=lambda t: [w for w in seg(t) if _label_word(w)], binary=True,
                          dtype=np.float64)
    if len(texts) == 0:
        return TokenMatrix(sparse.csr_matrix((0, 0)), np.array([], dtype=object))
    try:
        m = vec.fit_transform(list(texts))
    except ValueError:  # no label word at all
        return TokenMatrix(sparse.csr_matrix((len(texts), 0)), np.array([], dtype=object))
    return TokenMatrix(m.tocsr(), vec.get_feature_names_out())


def keywords(tokens: TokenMatrix, weights: np.ndarray, lab: np.ndarray, k: int, n_kw: int) -> list[str]:
    """c-TF-IDF keywords of each label 0..k-1, joined with ``" / "``.

    A word's score in a group is its weighted share of the group's words times
    ``log(1 + mean words per group / the word's weighted count overall)``;
    ties go to the word that sorts first.
    """
    if k == 0:
        return []
    n = len(lab)
    ok = lab >= 0
    member = sparse.csr_matrix((weights[ok], (lab[ok], np.flatnonzero(ok))), shape=(k, n))
    counts = (member @ tokens.matrix).tocsr()
    per_group = np.asarray(counts.sum(axis=1)).ravel()
    total = np.asarray(counts.sum(axis=0)).ravel()
    avg = float(per_group.mean()) or 1.0
    out = []
    for g in range(k):
        lo, hi = counts.indptr[g], counts.indptr[g + 1]
        cols = counts.indices[lo:hi]
        if len(cols) == 0:
            out.append("")
            continue
        score = counts.data[lo:hi] / (per_group[g] or 1.0) * np.log1p(avg / total[cols])
        words = tokens.vocabulary[cols]
        order = np.lexsort((words, -np.round(score, 12)))[:n_kw]
        out.append(" / ".join(str(words[i]) for i in order))
    return out

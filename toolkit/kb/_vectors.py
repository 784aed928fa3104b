"""Unit vectors of texts for the relevance of KB answers: sentence embeddings and character 1-2-gram TF-IDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from toolkit.text import char_ngrams

from . import _embed

Embedder = Literal["use", "none"] | Callable[[list[str]], np.ndarray]


def _embed_use(texts: list[str]) -> np.ndarray:
    return _embed.embed_use(texts)  # the encoder shared with the matcher and clustering


def _unit_rows(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return x / n


class _Vectors:
    """Unit vectors of distinct texts: sentence embeddings and char 1-2-gram TF-IDF."""

    def __init__(self, texts: Iterable[str], embedder: Embedder) -> None:
        self.texts = list(dict.fromkeys(t for t in texts))
        self.pos = {t: i for i, t in enumerate(self.texts)}
        if not self.texts:
            self.lex = None
            self.emb = None
            return
        vec = TfidfVectorizer(analyzer=lambda t: char_ngrams(t, (1, 2), normalized=True), sublinear_tf=True)
        self.lex = vec.fit_transform(self.texts)
        if isinstance(embedder, str):
            if embedder == "none":
                self.emb = None
                return
            fn: Callable[[list[str]], np.ndarray] = _embed_use
        else:
            fn = embedder
        emb = np.asarray(fn(self.texts), dtype=np.float64)
        if emb.ndim != 2 or emb.shape[0] != len(self.texts):
            raise ValueError(f"embedder must return an array of shape (n_texts, d); got {emb.shape}")
        self.emb = _unit_rows(emb)

    def centroid_cos(self, text: str, others: Sequence[str], weights: Sequence[float] | None = None) -> float:
        """Mean of the lexical and embedding cosines between ``text`` and the centroid of ``others``."""
        if not others or self.lex is None:
            return float("nan")
        idx = [self.pos[o] for o in others]
        w = np.asarray(weights if weights is not None else np.ones(len(idx)), dtype=np.float64)
        i = self.pos[text]
        lex_c = sp.csr_matrix(w[None, :]) @ self.lex[idx]
        lex_a = self.lex[i]
        dot = float((lex_a @ lex_c.T).toarray()[0, 0])
        na = float(np.sqrt(lex_a.multiply(lex_a).sum()))
        nc = float(np.sqrt(lex_c.multiply(lex_c).sum()))
        cos_l = dot / (na * nc) if na > 0 and nc > 0 else 0.0
        if self.emb is None:
            return cos_l
        emb_c = (self.emb[idx] * w[:, None]).sum(axis=0)
        return 0.5 * cos_l + 0.5 * _cos(self.emb[i], emb_c)

    def lexical_cos(self, text: str, others: Sequence[str]) -> np.ndarray:
        """Character 1-2-gram TF-IDF cosine between ``text`` and each of ``others`` (rows are unit length)."""
        if not others or self.lex is None:
            return np.zeros(len(others))
        rows = self.lex[[self.pos[o] for o in others]]
        return np.asarray((rows @ self.lex[self.pos[text]].T).toarray()).ravel()


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0.0 or nb == 0.0:
        return 0.0
    return float(a @ b) / (na * nb)

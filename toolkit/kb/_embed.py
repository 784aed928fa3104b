"""The sentence encoder shared with question clustering (one model, one batching rule)."""

from __future__ import annotations

import numpy as np

from toolkit.text.embed import e5_embeddings, sentence_embeddings

__all__ = ["embed_e5", "embed_use", "l2_rows"]


def embed_use(texts: list[str]) -> np.ndarray:
    """USE-multilingual embeddings (512-d float64), batches of 64."""
    return sentence_embeddings(texts)


def embed_e5(texts: list[str]) -> np.ndarray:
    """multilingual-e5-small embeddings (384-d float64, "query: " prefix), batches of 64."""
    return e5_embeddings(texts)


def l2_rows(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length; zero rows stay zero."""
    x = np.asarray(x)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x, dtype=np.result_type(x, np.float32)), where=norms > 0)

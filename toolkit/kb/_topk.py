"""KBMatcher's fast path: the calibrated logit of every (query, phrasing) pair, entry maxima and top-k.

:class:`_TopKEngine` holds the methods of :class:`toolkit.kb.match.KBMatcher` that
score batches of queries (one dense BLAS product and one sparse product,
batches on threads); ``_top_k`` and ``_top_k_t`` are the top-k kernels.
"""

from __future__ import annotations

import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from ._shipped_calibration import _sigmoid

# Held while a match runs its batches on threads with a one-thread BLAS (see ``_top_blocks``).
_BLAS_LIMIT_LOCK = threading.Lock()


class _TopKEngine:
    """The scoring methods of :class:`toolkit.kb.match.KBMatcher` (a mixin).

    They read what ``KBMatcher.fit`` sets: the lexical indexes ``_char`` and
    ``_word``, ``_weights``, ``_intercept``, ``kb_embeddings_``,
    ``phrasings_``, ``n_entries_``, the entry/phrasing tables ``_cols``,
    ``_multi`` and ``_multi_slot``, and the parameters ``batch_size`` and
    ``n_jobs``, and call its ``_tokens``; ``_build_fast_path`` (called at the end of ``fit``) adds
    the folded matrices the others use.
    """

    def _build_fast_path(self) -> None:
        """Fold the weights into the matrices of one dense and one sparse product.

        The lexical part of the logit is ``X @ M``: ``X`` the stacked binary
        query matrix (char tokens scaled by the query's BM25 mass, char
        tokens, word tokens scaled by the query's mass) and ``M`` the
        stacked BM25 weights and idf shares, with the calibration weights
        folded in. Rows of ``M`` for frequent tokens (in more than 2% of
        the phrasings; at most 512 of them) are nearly dense, so they join
        the embeddings in one BLAS product ``[emb, X_frequent] @ [w3 *
        E, M_frequent].T``; the rest stays a (now really) sparse product.
        The result is exact, only faster. A feature whose calibration
        weight is 0 is left out (the shipped ``"use"`` calibration has no
        word and no ``char_query`` feature, so queries are not segmented
        into words at all and the products carry the ``char_entry`` block
        only).
        """
        w = self._weights
        c, wd = self._char, self._word
        self._use_words = bool(w[2] != 0)
        # a block whose weight is 0 would only add explicit zeros (and dense columns) to the products
        self._use_char_query = bool(w[0] != 0)
        ce = c.binary_idf @ sp.diags(np.where(c.doc_mass > 0, w[1] / np.maximum(c.doc_mass, 1e-12), 0.0).astype(np.float32))
        lex_parts = (([c.weights * w[0]] if self._use_char_query else []) + [ce]
                     + ([wd.weights * w[2]] if self._use_words else []))
        lex = sp.vstack(lex_parts).tocsr().astype(np.float32)
        n_ph = lex.shape[1]
        nnz = np.diff(lex.indptr)
        frequent = np.flatnonzero(nnz > max(8, 0.02 * n_ph))
        if len(frequent) > 512:
            frequent = np.sort(frequent[np.argsort(-nnz[frequent], kind="stable")[:512]])
        is_freq = np.zeros(lex.shape[0], bool)
        is_freq[frequent] = True
        self._lex_frequent = frequent
        self._lex_rare = np.flatnonzero(~is_freq)
        self._lex_matrix = lex[self._lex_rare].tocsr()
        # column selections of the query matrix as sparse products (cheaper
        # than fancy column indexing of a wide sparse matrix)
        n_tok = lex.shape[0]
        self._pick_rare = sp.csr_matrix(
            (np.ones(len(self._lex_rare), np.float32), (self._lex_rare, np.arange(len(self._lex_rare)))),
            shape=(n_tok, len(self._lex_rare)))
        self._pick_frequent = sp.csr_matrix(
            (np.ones(len(frequent), np.float32), (frequent, np.arange(len(frequent)))),
            shape=(n_tok, len(frequent)))
        emb_w = (
            (self.kb_embeddings_ * w[3]).astype(np.float32)
            if self.kb_embeddings_ is not None and w[3] != 0 else None
        )
        self._emb_weighted = emb_w
        dense_parts = ([emb_w] if emb_w is not None else []) + [lex[frequent].T.toarray().astype(np.float32)]
        # (n_phrasings, d + n_frequent), C-contiguous for the BLAS product
        self._dense_matrix = np.ascontiguousarray(np.hstack(dense_parts)) if dense_parts else None
        self._n_frequent = len(frequent)

    def _threads(self, n_batches: int) -> int:
        nj = getattr(self, "n_jobs", None)
        if nj is None or nj == -1:
            nj = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return max(1, min(int(nj), n_batches))

    def _top_blocks(self, texts: list[str], emb: np.ndarray | None, k: int
                    ) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """``_top_block`` over batches of ``batch_size`` queries, in order.

        With several threads, each scores whole batches with a one-thread
        BLAS: the text work, the top-k and the products of one batch run
        beside those of another (one BLAS product on two threads leaves
        the second core idle during everything else). The arithmetic of a
        batch is the same either way, so the results are identical.
        """
        bs = int(self.batch_size)
        starts = list(range(0, len(texts), bs))
        n_threads = self._threads(len(starts))
        # One logits buffer per thread, reused by its batches (a fresh
        # ~10 MB array per batch can cost more in page faults than it saves).
        size = len(self.phrasings_) * min(bs, len(texts))
        buffers: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        for _ in range(n_threads):
            buffers.put(np.empty(size, np.float32))

        def block(start: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
            sl = slice(start, start + bs)
            buf = buffers.get()
            try:
                return self._top_block(texts[sl], emb[sl] if emb is not None else None, k, buf=buf)
            finally:
                buffers.put(buf)

        if n_threads == 1:
            return [block(s) for s in starts]
        # The BLAS thread count is process-wide: matches running at once in
        # several threads (a threaded Dask scheduler) take turns, so that
        # each one restores what it found and none leaves the BLAS at 1.
        with _BLAS_LIMIT_LOCK, threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(n_threads) as pool:
            return list(pool.map(block, starts))

    def _query_sparse(self, texts: list[str]) -> sp.csr_matrix:
        """The stacked query matrix ``X`` of ``_build_fast_path``."""
        chars, words = self._tokens(texts, words=self._use_words)
        c = self._char
        cq, cmass = c.query_matrix(chars)
        inv_c = np.where(cmass > 0, 1.0 / np.maximum(cmass, 1e-12), 0.0).astype(np.float32)
        parts = ([sp.diags(inv_c) @ cq] if getattr(self, "_use_char_query", True) else []) + [cq]
        if self._use_words:
            wq, wmass = self._word.query_matrix(words)
            inv_w = np.where(wmass > 0, 1.0 / np.maximum(wmass, 1e-12), 0.0).astype(np.float32)
            parts.append(sp.diags(inv_w) @ wq)
        return sp.hstack(parts, format="csr")

    def _logit_t(self, texts: list[str], emb: np.ndarray | None, buf: np.ndarray | None = None) -> np.ndarray:
        """Logit without intercept, transposed: (n_phrasings, n_queries) float32, C order.

        Phrasings along the rows make the per-entry maxima and the top-k
        below reductions over contiguous rows (vectorized), not over short
        strided runs.
        """
        x = self._query_sparse(texts)
        n_q, n_ph = len(texts), len(self.phrasings_)
        use_emb = emb is not None and self._emb_weighted is not None
        if use_emb or self._n_frequent:
            x_freq = (x @ self._pick_frequent).toarray()
            if use_emb:
                q = np.hstack([np.asarray(emb, np.float32), x_freq])
                dense = self._dense_matrix
            else:
                q = x_freq
                dense = self._dense_matrix[:, -self._n_frequent:]
            if buf is not None:
                zt = np.matmul(dense, np.asarray(q, np.float32).T, out=buf[: n_ph * n_q].reshape(n_ph, n_q))
            else:
                zt = np.ascontiguousarray(dense @ q.T, dtype=np.float32)
        else:
            zt = np.zeros((n_ph, n_q), np.float32)
        rare = ((x @ self._pick_rare) @ self._lex_matrix).tocsr()
        if rare.nnz:
            # a sparse product holds each (query, phrasing) pair once
            rows = np.repeat(np.arange(n_q, dtype=np.int64), np.diff(rare.indptr))
            flat = rare.indices.astype(np.int64) * n_q + rows
            zt.ravel()[flat] += rare.data
        return zt

    def _logit(self, texts: list[str], emb: np.ndarray | None, *, intercept: bool = True) -> np.ndarray:
        """Calibration logit per (query, phrasing), float32 (n_queries, n_phrasings)."""
        z = self._logit_t(texts, emb).T
        if intercept:
            z = z + np.float32(self._intercept)
        return z

    def _top_block(self, texts: list[str], emb: np.ndarray | None, k: int, *, buf: np.ndarray | None = None
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(entry index, score, margin, best phrasing) arrays of shape (n, k)."""
        zt = self._logit_t(texts, emb, buf)
        if zt.shape[0] == self.n_entries_:  # one phrasing per entry
            top, topz = _top_k_t(zt, k + 1)
            return self._finish(top, topz, top[:, :k], k)
        # Entry maxima in place (rows 0..n_entries-1 are the entries' first
        # phrasings); the first phrasings' own logits are kept aside for
        # choosing each match's best phrasing.
        multi = self._multi
        first = zt[multi].copy()
        self._entry_max_t(zt, out=zt[: self.n_entries_])
        top, topz = _top_k_t(zt[: self.n_entries_], k + 1)
        best = self._best_phrasing(zt, top[:, :k], first=first)
        return self._finish(top, topz, best, k)

    def _entry_max_t(self, zt: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Best phrasing's logit per entry, (n_entries, n_queries); row e holds entry e's first phrasing."""
        cols = self._cols
        ent = zt[: self.n_entries_].copy() if out is None else out
        for j in range(1, cols.shape[1]):
            more = np.flatnonzero(cols[:, j] >= 0)
            ent[more] = np.maximum(ent[more], zt[cols[more, j]])
        return ent

    def _entry_max(self, z: np.ndarray) -> np.ndarray:
        """Best phrasing's logit per entry, (n_queries, n_entries)."""
        return self._entry_max_t(np.ascontiguousarray(z.T)).T

    def _finish(self, top: np.ndarray, topz: np.ndarray, best: np.ndarray, k: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        n_q = top.shape[0]
        score = _sigmoid(topz.astype(np.float64) + self._intercept)
        nxt = np.concatenate([score[:, 1:], np.zeros((n_q, 1))], axis=1)
        margin = score - nxt
        k = min(k, top.shape[1])
        return top[:, :k], score[:, :k], margin[:, :k], best[:, :k]

    def _best_phrasing(self, zt: np.ndarray, top: np.ndarray, *, first: np.ndarray | None = None) -> np.ndarray:
        """Phrasing of each entry in ``top`` that scored best (ties: first in text order).

        ``zt`` is the transposed logit; ``first`` the rows ``self._multi``
        of it (first phrasings of entries with more than one) when rows
        0..n_entries-1 of ``zt`` were overwritten by the entry maxima.
        """
        cols = self._cols
        rows = np.arange(top.shape[0])[:, None]
        best = top.copy()
        best_z = zt[best, rows]
        if first is not None and len(first):
            slot = self._multi_slot[top]
            has = slot >= 0
            best_z = np.where(has, first[np.where(has, slot, 0), rows], best_z)
        for j in range(1, cols.shape[1]):
            c = cols[top, j]
            ok = c >= 0
            v = zt[np.where(ok, c, 0), rows]
            better = ok & (v > best_z)
            best = np.where(better, c, best)
            best_z = np.where(better, v, best_z)
        return best


def _top_k(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Column indices and values of the ``k`` largest entries of each row,
    by value descending then index ascending (deterministic ties).

    Faster than ``argpartition`` on wide rows: one pass takes the maxima of
    blocks of 32 columns; only the ``k`` blocks with the largest maxima can
    hold the ``k`` largest values, and only they are sorted.
    """
    n, m = x.shape
    k = min(k, m)
    if n == 0 or k == 0:
        return np.zeros((n, k), np.int64), np.zeros((n, k), x.dtype)
    block = 32
    n_blocks = -(-m // block)
    if n_blocks <= 2 * k:
        top = np.argsort(-x, axis=1, kind="stable")[:, :k]
        return top, np.take_along_axis(x, top, axis=1)
    pad = n_blocks * block - m
    xb = x if pad == 0 else np.concatenate([x, np.full((n, pad), -np.inf, x.dtype)], axis=1)
    xb = xb.reshape(n, n_blocks, block)
    # The k largest values lie in the k blocks with the largest maxima.
    bmax = xb.max(axis=2)
    blocks = np.sort(np.argpartition(-bmax, k - 1, axis=1)[:, :k], axis=1)
    vals = xb[np.arange(n)[:, None], blocks].reshape(n, k * block)
    cols = (blocks[:, :, None] * block + np.arange(block)[None, None, :]).reshape(n, k * block)
    # by value descending, then column ascending (cols are ascending already)
    order = np.argsort(-vals, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(cols, order, axis=1).astype(np.int64), np.take_along_axis(vals, order, axis=1)


def _top_k_t(xt: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` largest values of each column of ``xt`` (``xt`` is (n_columns, n_rows)).

    Returns the same as ``_top_k(xt.T, k)`` for distinct values: for each
    row of ``xt.T``, indices and values of its ``k`` largest entries by
    value descending, ties by index ascending.

    The ``k``-th largest of the maxima of blocks of 32 entries is a lower
    bound of the ``k``-th largest value (``k`` blocks each hold a value at
    least that large), so one vectorized comparison over the whole array
    leaves a few candidates per row, which are then sorted.
    """
    m, n = xt.shape
    k = min(k, m)
    if n == 0 or k == 0:
        return np.zeros((n, k), np.int64), np.zeros((n, k), xt.dtype)
    block = 32
    n_full = m // block
    if n_full < 2 * k:
        x = np.ascontiguousarray(xt.T)
        top = np.argsort(-x, axis=1, kind="stable")[:, :k]
        return top, np.take_along_axis(x, top, axis=1)
    bmax = xt[: n_full * block].reshape(n_full, block, n).max(axis=1)  # (n_full, n)
    # the k-th largest block maximum of each row (the partial last block is
    # left out: the bound only gets lower, still a bound)
    thr = -np.partition(-bmax, k - 1, axis=0)[k - 1]
    # Every value >= thr lies in a full block whose maximum is >= thr, or in
    # the partial last block: read only those blocks, not the whole array.
    # Candidates come row by row (of xt.T), and in each row by ascending index.
    q, b = np.nonzero((bmax >= thr[None, :]).T)
    flat = ((b * (block * n) + q)[:, None] + (np.arange(block) * n)[None, :]).ravel()
    v = xt.ravel()[flat]
    q = np.repeat(q, block)
    keep = v >= thr[q]
    r, q, v = flat[keep] // n, q[keep], v[keep]
    tail = m - n_full * block
    if tail:
        tq, tr = np.nonzero((xt[n_full * block:] >= thr[None, :]).T)
        r = np.concatenate([r, tr + n_full * block])
        q = np.concatenate([q, tq])
        v = np.concatenate([v, xt[tr + n_full * block, tq]])
    # One stable sort on (row, value descending): the float32 bits mapped to
    # an unsigned key of the same order (+ 0.0 folds -0.0 into 0.0); ties
    # keep their ascending index (the tail comes after every full block).
    bits = (v + np.float32(0.0)).view(np.uint32)
    up = np.where(bits >= np.uint32(0x80000000), ~bits, bits | np.uint32(0x80000000))
    key = (q.astype(np.uint64) << np.uint64(32)) | (~up).astype(np.uint64)
    order = np.argsort(key, kind="stable")
    r, v = r[order], v[order]
    counts = np.bincount(q, minlength=n)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    idx = starts[:, None] + np.arange(k)[None, :]
    return r[idx].astype(np.int64), v[idx]


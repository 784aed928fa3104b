"""Per-archive calibration of KB match scores, refitted on weak labels the archive itself holds.

The shipped :data:`toolkit.kb.match.CALIBRATION` was fitted once on one bank's question pairs; on another
archive a top-1 score of 0.7 need not be right 70% of the time. :func:`fit_archive_calibration` collects weak
labels, each a (top-1 score, correct?) observation, from the KB and the chats of the archive (never from gold
labels) and refits a monotone map of the score on them: rankings and top-1 entries never change.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from toolkit.exceptions import CalibrationWarning
from toolkit.text import normalize_text

from .match import KBMatcher
from .._validate import check_random_state, require_columns

__all__ = ["ArchiveCalibration", "CalibrationWarning", "expected_calibration_error", "fit_archive_calibration",
           "reliability_table"]

#: Weak-label sources, in the order of ``ArchiveCalibration.n_labels``.
SOURCES: tuple[str, ...] = ("self_retrieval", "known_negative", "reply_agreement")
_AGREE, _DISAGREE, _MAX_PER_SOURCE, _EPS = 0.35, 0.05, 5000, 1e-9
_LABEL_COLUMNS = ["source", "item", "kb_id", "score", "is_correct", "is_answerable"]


def _bins(scores: np.ndarray, n_bins: int) -> np.ndarray:
    return np.clip((scores * n_bins).astype(np.int64), 0, n_bins - 1)


def _scores(scores: Any) -> np.ndarray:
    s = np.asarray(scores, dtype=np.float64)
    if not np.isfinite(s).all() or ((s < 0) | (s > 1)).any():
        raise ValueError("scores must be finite and lie in [0, 1]")
    return s


def reliability_table(scores: Any, correct: Any, n_bins: int = 10) -> pd.DataFrame:
    """Accuracy of the matches per score bin: is a score of 0.7 right 70% of the time?

    Parameters
    ----------
    scores : array-like of float
        Scores in [0, 1] (e.g. the top-1 ``score`` of each query).
    correct : array-like of bool
        Whether each match is correct.
    n_bins : int, default 10
        Equal-width bins over [0, 1]; a score of 1.0 falls in the last bin.

    Returns
    -------
    pandas.DataFrame
        One row per non-empty bin, in score order: ``bin`` (str, ``"0.7-0.8"``), ``n`` (int), ``mean_score``
        and ``accuracy`` (float).

    Raises
    ------
    ValueError
        If the lengths differ, a score is outside [0, 1], ``correct`` is not boolean or ``n_bins`` is bad.

    Examples
    --------
    >>> reliability_table([0.05, 0.75, 0.72, 0.78], [False, True, True, False])
           bin  n  mean_score  accuracy
    0  0.0-0.1  1        0.05  0.000000
    1  0.7-0.8  3        0.75  0.666667
    """
    if isinstance(n_bins, bool) or not isinstance(n_bins, (int, np.integer)) or n_bins < 1:
        raise ValueError(f"n_bins must be a positive int; got {n_bins!r}")
    s, c = _scores(scores).ravel(), np.asarray(correct).ravel()
    if len(s) != len(c):
        raise ValueError(f"scores and correct must have the same length; got {len(s)} and {len(c)}")
    if c.dtype != bool and not np.isin(c, (0, 1)).all():
        raise ValueError("correct must hold booleans (or 0 and 1)")
    c = c.astype(bool)
    b, d = _bins(s, n_bins), 1 if n_bins <= 10 else 2
    rows = [{"bin": f"{i / n_bins:.{d}f}-{(i + 1) / n_bins:.{d}f}", "n": int((b == i).sum()),
             "mean_score": float(s[b == i].mean()), "accuracy": float(c[b == i].mean())}
            for i in range(n_bins) if (b == i).any()]
    return pd.DataFrame(rows, columns=["bin", "n", "mean_score", "accuracy"]).astype({"n": "int64"})


def expected_calibration_error(scores: Any, correct: Any, n_bins: int = 10) -> float:
    """Expected calibration error: the count-weighted mean gap between score and accuracy per bin.

    ``sum over bins of n_bin / n * |mean score in bin - accuracy in bin|`` over the equal-width bins of
    :func:`reliability_table`. 0 is perfect; NaN without scores.

    Parameters
    ----------
    scores, correct, n_bins
        As :func:`reliability_table`.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        As :func:`reliability_table`.

    Examples
    --------
    >>> round(expected_calibration_error([0.05, 0.75, 0.72, 0.78], [False, True, True, False]), 4)
    0.075
    """
    t = reliability_table(scores, correct, n_bins)
    return float((t["n"] * (t["mean_score"] - t["accuracy"]).abs()).sum() / t["n"].sum()) if len(t) else float("nan")


def _logit(s: np.ndarray) -> np.ndarray:
    return np.log(np.clip(s, _EPS, 1 - _EPS)) - np.log1p(-np.clip(s, _EPS, 1 - _EPS))


@dataclass(frozen=True, eq=False)
class ArchiveCalibration:
    """A monotone recalibration of KB match scores for one archive (see :func:`fit_archive_calibration`).

    Attributes
    ----------
    method : {"platt", "isotonic", "shipped"}
        ``"shipped"``: the fit fell back to the identity map (the shipped calibration); ``warning`` says why.
    n_labels : dict
        Weak labels per source (``SOURCES``), and ``"positive"``: how many are correct.
    warning : str or None
    reliability : pandas.DataFrame
        On the weak labels (in sample), per bin of the score *before* (10 equal-width bins): ``bin``, ``n``,
        ``mean_score_before``, ``mean_score_after``, ``weak_accuracy``.
    labels : pandas.DataFrame
        ``source``, ``item`` (row of the matcher's ``phrasings_`` or of ``questions``), ``kb_id`` (top-1),
        ``score``, ``is_correct``, ``is_answerable`` (an entry with the right answer was in the KB).
    params : dict
        ``slope`` and ``intercept`` on the score's logit (platt), knots ``x``, ``y`` (isotonic), or ``{}``.
    answerable_share : float or None
        Estimated share of the archive's questions the KB can answer (None without ``questions``).
    score_shift : float or None
        Total variation distance (10 bins) between the questions' top-1 score histogram and the weak
        labels' mixture at ``answerable_share`` (None without ``questions``).
    """

    method: Literal["platt", "isotonic", "shipped"]
    n_labels: dict[str, int]
    warning: str | None
    reliability: pd.DataFrame = field(repr=False)
    labels: pd.DataFrame = field(repr=False)
    params: dict[str, Any] = field(default_factory=dict)
    answerable_share: float | None = None
    score_shift: float | None = None

    def transform(self, scores: Any) -> np.ndarray:
        """Recalibrated scores, same shape, in [0, 1] (``"platt"``: strictly increasing, 0 and 1 kept).

        Raises
        ------
        ValueError
            If a score is not finite or outside [0, 1].
        """
        s = _scores(scores)
        if self.method == "platt":
            out = 1.0 / (1.0 + np.exp(-(self.params["slope"] * _logit(s) + self.params["intercept"])))
            return np.where(s <= 0, 0.0, np.where(s >= 1, 1.0, out))
        if self.method == "isotonic":
            return np.interp(s, self.params["x"], self.params["y"])
        return s.copy()

    def apply(self, matches: pd.DataFrame) -> pd.DataFrame:
        """Matches with recalibrated ``score`` and ``margin``; rows, ranks and entries unchanged.

        Parameters
        ----------
        matches : pandas.DataFrame
            :meth:`KBMatcher.match` output: ``query_pos``, ``rank``, ``score`` and optionally ``margin``
            (``score`` minus the next entry's score, the entry ranked ``k + 1`` included).

        Returns
        -------
        pandas.DataFrame
            A copy with ``score`` transformed and ``margin`` recomputed against the next rank's new score
            where the frame holds it, else against the transform of ``score - margin`` (the entry ranked
            ``k + 1``): the margin means what it meant before.

        Raises
        ------
        SchemaError
            If ``query_pos``, ``rank`` or ``score`` is missing.

        Examples
        --------
        >>> kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么开发票", "保修多久"]})
        >>> m = KBMatcher(embedder="none").fit(kb)
        >>> cal = ArchiveCalibration("platt", {}, None, pd.DataFrame(), pd.DataFrame(),
        ...                          {"slope": 1.0, "intercept": -1.0})
        >>> out = cal.apply(m.match(["发票"], k=2))
        >>> out[["rank", "kb_id"]].values.tolist(), bool(out["score"].is_monotonic_decreasing)
        ([[1, 'K1'], [2, 'K2']], True)
        """
        require_columns(matches, ["query_pos", "rank", "score"], "matches")
        out = matches.copy()
        old = out["score"].to_numpy(dtype=np.float64)
        out["score"] = new = self.transform(old)
        if "margin" in out.columns:
            nxt = self.transform(np.clip(old - out["margin"].to_numpy(dtype=np.float64), 0.0, 1.0))
            qp, rk = out["query_pos"].to_numpy(), out["rank"].to_numpy()
            by_key = pd.Series(new, index=pd.MultiIndex.from_arrays([qp, rk]))
            follow = by_key[~by_key.index.duplicated()].reindex(pd.MultiIndex.from_arrays([qp, rk + 1])).to_numpy()
            out["margin"] = new - np.where(np.isnan(follow), nxt, follow)
        return out


def _answer_classes(kb: pd.DataFrame) -> dict[str, str]:
    """kb_id -> answer class: entries with the same normalized answer text share one (no answer: its own)."""
    answers = kb["answer"] if "answer" in kb.columns else pd.Series(None, index=kb.index, dtype=object)
    out: dict[str, str] = {}
    for k, a in zip(kb["kb_id"].astype(str), answers):
        t = normalize_text(a).strip() if isinstance(a, str) else ""
        out.setdefault(k, "a:" + t if t else "k:" + k)
    return out


def _kb_labels(matcher: KBMatcher, classes: dict[str, str], rng: np.random.Generator) -> pd.DataFrame:
    """Self-retrieval and known-negative labels: every phrasing against the KB without it / its entry."""
    ph = matcher.phrasings_
    if matcher.n_entries_ < 2:
        return pd.DataFrame(columns=_LABEL_COLUMNS)
    # One entry per phrasing (same texts, same idf statistics: the held-out phrasing stays in them). An entry
    # scores its best phrasing, so the best phrasing outside an excluded set is the top-1 without that set.
    single = clone(matcher).set_params(verbose=False).fit(
        pd.DataFrame({"kb_id": [f"{i:09d}" for i in range(len(ph))], "question": ph["question"]}))
    entry, items = ph["entry"].to_numpy(), np.arange(len(ph))
    n_phr = np.bincount(entry)
    if len(items) > _MAX_PER_SOURCE:
        items = np.sort(rng.choice(items, _MAX_PER_SOURCE, replace=False))
    emb = single.kb_embeddings_[items] if single.kb_embeddings_ is not None else None
    res = single.match(ph["question"].iloc[items].tolist(), k=min(len(ph), int(n_phr.max()) + 1),
                       query_embeddings=emb)
    item, cand = items[res["query_pos"].to_numpy()], res["kb_id"].astype(int).to_numpy()
    cls = np.array([classes.get(k, "k:" + k) for k in matcher.entries_["kb_id"]], dtype=object)
    n_cls = pd.Series(cls).map(pd.Series(cls).value_counts()).to_numpy()
    rows = []
    for src, keep in (("self_retrieval", (cand != item) & (n_phr[entry[item]] >= 2)),
                      ("known_negative", entry[cand] != entry[item])):
        first = np.flatnonzero(keep)[np.unique(item[keep], return_index=True)[1]]  # best remaining phrasing
        it, ca = item[first], cand[first]
        rows.append(pd.DataFrame({
            "source": src, "item": it, "kb_id": matcher.entries_["kb_id"].to_numpy()[entry[ca]],
            "score": res["score"].to_numpy()[first], "is_correct": cls[entry[ca]] == cls[entry[it]],
            "is_answerable": (src == "self_retrieval") | (n_cls[entry[it]] >= 2)}))  # the right answer is left
    return pd.concat(rows, ignore_index=True)


def _reply_labels(kb: pd.DataFrame, q: pd.DataFrame, top: pd.DataFrame) -> pd.DataFrame:
    """Reply agreement: the agent's actual reply against the top-1 entry's answer and every other answer."""
    top = top[top["query_pos"].map(lambda i: isinstance(q["reply_text"].iat[i], str)).to_numpy(dtype=bool)]
    texts = sorted(set((ans := {k: c[2:] for k, c in _answer_classes(kb).items() if c.startswith("a:")}).values()))
    if not texts or not len(top):
        return pd.DataFrame(columns=_LABEL_COLUMNS)
    it = top["query_pos"].to_numpy()
    rep = [normalize_text(r) for r in q["reply_text"].iloc[it]]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False).fit(rep + texts)
    amat, col = vec.transform(texts), {t: i for i, t in enumerate(texts)}
    tc = np.array([col.get(ans.get(k, ""), -1) for k in top["kb_id"]], dtype=np.int64)
    agree_top, agree_other = np.zeros(len(rep)), np.zeros(len(rep))
    for s0 in range(0, len(rep), 2000):
        sim, c = (vec.transform(rep[s0:s0 + 2000]) @ amat.T).toarray(), tc[s0:s0 + 2000]
        rows = np.arange(len(sim))
        agree_top[s0:s0 + 2000] = np.where(c >= 0, sim[rows, np.maximum(c, 0)], 0.0)
        sim[rows[c >= 0], c[c >= 0]] = -1.0
        agree_other[s0:s0 + 2000] = sim.max(axis=1)
    # correct: the reply says what the top-1's answer says, no other answer more; wrong: another's, not it
    pos_l = (tc >= 0) & (agree_top >= _AGREE) & (agree_top >= agree_other)
    lab = pos_l | ((tc >= 0) & (agree_other >= _AGREE) & (agree_top <= _DISAGREE))
    return pd.DataFrame({"source": "reply_agreement", "item": it[lab], "kb_id": top["kb_id"].to_numpy()[lab],
                         "score": top["score"].to_numpy()[lab], "is_correct": pos_l[lab], "is_answerable": True})


def _answerable_share(scores: Any, answerable: np.ndarray, unanswerable: np.ndarray, n_bins: int = 20) -> float | None:
    """Share of the questions the KB can answer: EM for the weight of the mixture of the answerable and
    unanswerable labels' score histograms (add-half smoothing) that fits the questions' top-1 scores
    (Saerens et al., 2002). None without questions or without either population."""
    if scores is None or not len(scores) or not len(answerable) or not len(unanswerable):
        return None
    f = [(np.bincount(_bins(v, n_bins), minlength=n_bins) + 0.5) / (len(v) + 0.5 * n_bins)
         for v in (answerable, unanswerable)]
    fa, fn = (h[_bins(scores, n_bins)] for h in f)
    pi, old = 0.5, -1.0
    for _ in range(500):
        if abs(pi - old) < 1e-9:
            break
        pi, old = float(np.mean(pi * fa / (pi * fa + (1 - pi) * fn))), pi
    return pi


def fit_archive_calibration(
    matcher: KBMatcher, kb: pd.DataFrame, questions: pd.DataFrame | list[str] | None = None, *,
    min_labels: int = 100, max_shift: float = 0.25, method: Literal["platt", "isotonic"] = "platt",
    random_state: int | np.random.Generator | None = 0,
) -> ArchiveCalibration:
    """Refit the score calibration of a matcher on the weak labels one archive holds.

    Weak labels, (top-1 score, correct?) observations, never from gold: ``self_retrieval``, each phrasing
    of an entry with two or more against the KB without that phrasing (correct: the top-1 is its entry or
    one with the same normalized answer text); ``known_negative``, each phrasing against the KB without its
    whole entry (wrong unless another entry has the same answer: the scores of questions the KB cannot
    answer); ``reply_agreement``, the agent's actual reply to a question against every KB answer, by cosine
    of character 1-2-gram TF-IDF vectors (the idea of ``toolkit.gating.reply_agreement``, redone here as
    ``kb`` must not import the higher ``gating`` layer): correct when the top-1 entry's answer agrees >= 0.35
    and no other more, wrong when another answer agrees >= 0.35 and the top-1's <= 0.05 (the agent gave
    another entry's answer); vague replies, small talk and answers outside the KB stay unlabelled.

    A Platt map ``sigmoid(a * logit(score) + b)`` (``a > 0``; scikit-learn ``LogisticRegression``) is fitted
    on them: strictly increasing, so rankings and top-1 entries are unchanged. With ``questions``, labels of
    answerable (``is_answerable``) and unanswerable questions are weighted by their estimated shares of the
    archive's questions (``answerable_share``): the fit follows the archive's mix, not the KB's.

    Parameters
    ----------
    matcher : KBMatcher
        Fitted on ``kb`` (fitted here on a clone if it is not); never changed.
    kb : pandas.DataFrame
        ``kb_id``, ``question`` and, for answer classes and reply agreement, ``answer``
        (:attr:`toolkit.kb.KnowledgeBase.entries`).
    questions : pandas.DataFrame or list of str, optional
        The archive's questions: :func:`toolkit.questions.extract_questions` output (``text``,
        ``reply_text``; only ``is_question`` rows when that column is present) or their texts. Their
        top-1 scores give ``answerable_share``; replies give reply labels.
    min_labels : int, default 100
        Fewer weak labels, or fewer than 10 correct or 10 wrong ones: the shipped calibration is kept
        (``method="shipped"``) with a warning.
    max_shift : float, default 0.25
        Also kept when ``score_shift`` exceeds it: the labels' scores do not describe the archive's
        questions (e.g. questions that contain a KB phrasing verbatim, which leave-one-out labels never do).
    method : {"platt", "isotonic"}, default "platt"
        ``"isotonic"``: scikit-learn ``IsotonicRegression`` on the score, interpolated linearly; only
        non-decreasing (it ties scores).
    random_state : int, numpy.random.Generator or None, default 0
        Chooses the phrasings queried when the KB has more than 5,000.

    Returns
    -------
    ArchiveCalibration

    Raises
    ------
    TypeError
        If ``matcher`` is not a ``KBMatcher``, ``kb`` not a DataFrame or ``questions`` of another type.
    SchemaError
        If ``kb`` or ``questions`` lacks a column.
    ValueError
        If ``min_labels``, ``max_shift`` or ``method`` is invalid.

    Warns
    -----
    CalibrationWarning
        When it falls back to the shipped calibration.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2", "K2"],
    ...                    "question": ["怎么开发票", "发票怎么开", "保修多久", "保修期多长"],
    ...                    "answer": ["订单页申请", "订单页申请", "保修2年", "保修2年"]})
    >>> m = KBMatcher(embedder="none").fit(kb)
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     cal = fit_archive_calibration(m, kb)
    >>> cal.method, cal.n_labels["self_retrieval"], len(w)
    ('shipped', 4, 1)
    >>> cal.warning
    'only 8 weak labels in this archive (100 needed): the shipped calibration is kept; scores may not ...'
    """
    if not isinstance(matcher, KBMatcher) or not isinstance(kb, pd.DataFrame):
        bad = ("matcher", "a KBMatcher", matcher) if not isinstance(matcher, KBMatcher) else ("kb", "a DataFrame", kb)
        raise TypeError(f"{bad[0]} must be {bad[1]}; got {type(bad[2]).__name__}")
    require_columns(kb, ["kb_id", "question"], "kb")
    if isinstance(min_labels, bool) or not isinstance(min_labels, (int, np.integer)) or min_labels < 1:
        raise ValueError(f"min_labels must be a positive int; got {min_labels!r}")
    if isinstance(max_shift, bool) or not isinstance(max_shift, (int, float)) or not 0 <= max_shift <= 1:
        raise ValueError(f"max_shift must be a number in [0, 1]; got {max_shift!r}")
    if method not in ("platt", "isotonic"):
        raise ValueError(f"method must be 'platt' or 'isotonic'; got {method!r}")
    if isinstance(questions, pd.DataFrame):
        require_columns(questions, ["text", "reply_text"], "questions")
    elif questions is not None and not isinstance(questions, (list, tuple, pd.Series)):
        raise TypeError(f"questions must be a DataFrame, a list of str or None; got {type(questions).__name__}")
    rng = check_random_state(random_state)
    matcher = matcher if hasattr(matcher, "phrasings_") else clone(matcher).fit(kb)
    parts, qscores = [_kb_labels(matcher, _answer_classes(kb), rng)], None
    if questions is not None:
        q = (questions.reset_index(drop=True) if isinstance(questions, pd.DataFrame)
             else pd.DataFrame({"text": list(questions), "reply_text": None}))
        ok = q["text"].map(lambda v: isinstance(v, str)) & (q["is_question"].fillna(False).astype(bool)
                                                             if "is_question" in q.columns else True)
        pos = np.flatnonzero(ok.to_numpy())
        qtop = matcher.match(q["text"].iloc[pos].tolist(), k=1)
        qtop = qtop.assign(query_pos=pos[qtop["query_pos"].to_numpy()])
        parts.append(_reply_labels(kb, q, qtop))
        qscores = qtop["score"].to_numpy()
    labels = pd.concat([p for p in parts if len(p)] or parts[:1], ignore_index=True).astype(
        {"item": "int64", "score": "float64", "is_correct": "bool", "is_answerable": "bool"})
    x, y, ans = (labels[c].to_numpy() for c in ("score", "is_correct", "is_answerable"))
    n = {**{s: int((labels["source"] == s).sum()) for s in SOURCES}, "positive": int(y.sum())}
    share, shift, wt = _answerable_share(qscores, x[ans], x[~ans]), None, np.ones(len(x))
    if share is not None:  # each population weighs its share of the archive's questions
        wt = np.where(ans, share / max(ans.sum(), 1), (1 - share) / max((~ans).sum(), 1)) * len(x)
        hist = [np.bincount(_bins(v, 10), minlength=10) / len(v) for v in (qscores, x[ans], x[~ans])]
        shift = round(float(0.5 * np.abs(hist[0] - share * hist[1] - (1 - share) * hist[2]).sum()), 6)
    warning, params, used = None, {}, "shipped"
    if len(y) < min_labels:
        warning = f"only {len(y)} weak labels in this archive ({min_labels} needed)"
    elif min(y.sum(), (~y).sum()) < 10:
        warning = f"only {int(y.sum())} correct and {int((~y).sum())} wrong weak labels (10 of each needed)"
    elif shift is not None and shift > max_shift:
        warning = f"the weak labels' scores do not describe this archive's questions (shift {shift:.2f} > {max_shift})"
    elif method == "platt":
        lr = LogisticRegression(C=1e4).fit(_logit(x)[:, None], y, sample_weight=wt)
        if lr.coef_[0, 0] <= 0:
            warning = "the weak labels do not rise with the score"
        else:
            params, used = {"slope": float(lr.coef_[0, 0]), "intercept": float(lr.intercept_[0])}, "platt"
    else:
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(x, y.astype(float), sample_weight=wt)
        kx, ky = iso.X_thresholds_, iso.y_thresholds_
        params, used = {"x": np.r_[0.0, kx, 1.0], "y": np.r_[ky[0], ky, ky[-1]]}, "isotonic"
    if warning is not None:
        warning += ": the shipped calibration is kept; scores may not mean the same here"
        warnings.warn(warning, CalibrationWarning, stacklevel=2)
    cal = ArchiveCalibration(used, n, warning, pd.DataFrame(), labels, params,  # type: ignore[arg-type]
                             None if share is None else round(float(share), 6), shift)
    after, b = cal.transform(x), _bins(x, 10)
    rel = reliability_table(x, y).rename(columns={"mean_score": "mean_score_before", "accuracy": "weak_accuracy"})
    rel.insert(3, "mean_score_after", [float(after[b == i].mean()) for i in np.unique(b)])
    object.__setattr__(cal, "reliability", rel)
    return cal

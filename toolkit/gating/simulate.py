"""Confidence gating: replay customer questions through a KB matcher and decide when to show a suggestion.

A suggestion is *shown* when the question is eligible (see
:func:`toolkit.gating.eligibility`), the matcher's best KB entry scores at
least the policy's threshold, and it leads the second entry by at least the
policy's margin (Rasa's "ambiguity threshold"). It is *correct* when that KB
entry is the right one: the gold KB id where the truth is known, otherwise a
documented proxy (the employee's real reply agrees with the KB answer, see
:func:`reply_agreement`).

:func:`sweep_thresholds` evaluates a whole grid of thresholds and margins
from one sort of the scores (cumulative sums and ``searchsorted``), and
:func:`choose_threshold` picks the lowest threshold whose precision reaches a
target with a stated confidence: by Learn-Then-Test (exact binomial p-values,
fixed-sequence testing from the strictest threshold down) or by a bootstrap
over questions (:func:`scipy.stats.bootstrap`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import stats

from ..exceptions import SchemaError

__all__ = [
    "GATING_COLUMNS",
    "GatingPolicy",
    "GatingResult",
    "SegmentChoice",
    "ThresholdChoice",
    "attach_truth",
    "choose_threshold",
    "reply_agreement",
    "segment_thresholds",
    "simulate_gating",
    "sweep_thresholds",
]

#: Columns :func:`simulate_gating` adds to each question (see its Returns).
GATING_COLUMNS: tuple[str, ...] = (
    "is_eligible",
    "kb_id",
    "score",
    "margin",
    "threshold",
    "is_shown",
    "correct_basis",
    "agreement_score",
    "is_top_correct",
    "is_correct",
    "potential_saved_seconds",
    "saved_seconds",
)

_MATCH_COLUMNS = ("query_pos", "rank", "kb_id", "score", "margin")
#: Question columns that are not carried into the per-question output (long texts and lists).
_DROP = ("msgids", "text_norm")


def _unit(name: str, value: Any) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a number in [0, 1]; got {value!r}") from exc
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be in [0, 1]; got {value!r}")
    return v


@dataclass(frozen=True)
class GatingPolicy:
    """When to show a suggestion.

    Parameters
    ----------
    threshold : float
        Minimum score in [0, 1] of the best KB entry.
    margin : float
        Minimum gap in [0, 1] between the best and the second-best KB entry
        (0 = no ambiguity check).
    segment_by : str, optional
        Column of the questions that names their segment (``chat_type``,
        ``employee_id``, ``cluster`` ...). Required with ``segment_thresholds``.
    segment_thresholds : mapping of str to float, optional
        Thresholds per segment; other segments use ``threshold``. Stored as a
        sorted tuple of pairs so the policy stays hashable.

    Examples
    --------
    >>> p = GatingPolicy(threshold=0.6, margin=0.05, segment_by="chat_type", segment_thresholds={"group": 0.8})
    >>> p.segment_thresholds
    (('group', 0.8),)
    >>> import pandas as pd
    >>> p.thresholds_for(pd.DataFrame({"chat_type": ["single", "group"]})).tolist()
    [0.6, 0.8]
    >>> GatingPolicy(threshold=1.5)
    Traceback (most recent call last):
    ...
    ValueError: threshold must be in [0, 1]; got 1.5
    """

    threshold: float = 0.7
    margin: float = 0.0
    segment_by: str | None = None
    segment_thresholds: Any = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "threshold", _unit("threshold", self.threshold))
        object.__setattr__(self, "margin", _unit("margin", self.margin))
        seg = self.segment_thresholds
        if seg is None:
            seg = ()
        items = seg.items() if isinstance(seg, Mapping) else seg
        try:
            pairs = tuple(sorted((str(k), _unit(f"segment_thresholds[{k!r}]", v)) for k, v in items))
        except (TypeError, ValueError) as exc:
            if isinstance(exc, ValueError) and "segment_thresholds[" in str(exc):
                raise
            raise TypeError(f"segment_thresholds must map segment names to thresholds; got {seg!r}") from exc
        object.__setattr__(self, "segment_thresholds", pairs)
        if pairs and not self.segment_by:
            raise ValueError("segment_by must name a column when segment_thresholds are given")

    def thresholds_for(self, questions: pd.DataFrame) -> np.ndarray:
        """The threshold that applies to each row of ``questions``."""
        out = np.full(len(questions), self.threshold, dtype=float)
        if self.segment_thresholds:
            if self.segment_by not in questions.columns:
                raise SchemaError(f"questions lack the segment column {self.segment_by!r} of the policy")
            seg = questions[self.segment_by].astype("str")
            mapped = seg.map(dict(self.segment_thresholds)).to_numpy(dtype=float, na_value=np.nan)
            out = np.where(np.isnan(mapped), out, mapped)
        return out


@dataclass(frozen=True, eq=False)
class GatingResult:
    """The output of :func:`simulate_gating`: one row per question, plus totals.

    Attributes
    ----------
    per_question : pandas.DataFrame
        See :func:`simulate_gating`.
    totals : dict
        ``n_questions``, ``n_eligible``, ``shown``, ``correct``, ``precision``
        (correct / shown), ``coverage`` (shown / eligible),
        ``correct_coverage`` (correct / eligible), ``saved_hours``,
        ``n_truth``, ``n_proxy``, ``n_unknown`` (how correctness was judged).
    policy : GatingPolicy
    """

    per_question: pd.DataFrame
    totals: dict[str, float]
    policy: GatingPolicy

    def with_policy(self, policy: GatingPolicy) -> GatingResult:
        """The same replay under another policy, without running the matcher again.

        Examples
        --------
        >>> import pandas as pd
        >>> q = pd.DataFrame({"question_id": ["a", "b"], "text": ["x", "y"], "has_gold": True, "gold_kb_id": ["K1", "K2"]})
        >>> m = pd.DataFrame({"query_pos": [0, 1], "rank": 1, "kb_id": ["K1", "K1"], "score": [0.9, 0.6], "margin": 0.2})
        >>> r = simulate_gating(q, m, GatingPolicy(threshold=0.5))
        >>> r.totals["shown"], r.with_policy(GatingPolicy(threshold=0.8)).totals["shown"]
        (2, 1)
        """
        if not isinstance(policy, GatingPolicy):
            raise TypeError(f"policy must be a GatingPolicy; got {type(policy).__name__}")
        pq = self.per_question.copy()
        score = pq["score"].to_numpy(dtype=float)
        margin = pq["margin"].to_numpy(dtype=float)
        thr = policy.thresholds_for(pq)
        shown = pq["is_eligible"].to_numpy(dtype=bool) & (np.nan_to_num(score, nan=-1.0) >= thr) & (
            np.nan_to_num(margin, nan=-1.0) >= policy.margin
        )
        correct = shown & pq["is_top_correct"].to_numpy(dtype=bool)
        pq["threshold"] = thr
        pq["is_shown"] = shown
        pq["is_correct"] = correct
        pq["saved_seconds"] = np.where(correct, pq["potential_saved_seconds"].to_numpy(dtype=float), 0.0)
        return GatingResult(per_question=pq, totals=_totals(pq), policy=policy)

    def recalibrated(self, calibration: Any) -> GatingResult:
        """The same replay with scores mapped by a monotone recalibration, under the same policy.

        Parameters
        ----------
        calibration : object
            With ``transform(scores) -> array``, increasing (e.g.
            :func:`toolkit.kb.fit_archive_calibration` output). ``score``
            becomes ``transform(score)`` and ``margin`` the gap to the
            transformed runner-up score ``transform(score - margin)``, so the
            ranking and the precision-coverage curve are unchanged; only the
            threshold that gives a precision moves (scores mean what they say
            on this archive).

        Examples
        --------
        >>> import numpy as np, pandas as pd
        >>> class Square:
        ...     def transform(self, s):
        ...         return np.asarray(s, dtype=float) ** 2
        >>> q = pd.DataFrame({"question_id": ["a", "b"], "text": ["x", "y"], "has_gold": True, "gold_kb_id": ["K1", "K2"]})
        >>> m = pd.DataFrame({"query_pos": [0, 1], "rank": 1, "kb_id": ["K1", "K1"], "score": [0.9, 0.6], "margin": 0.2})
        >>> r = simulate_gating(q, m, GatingPolicy(threshold=0.5)).recalibrated(Square())
        >>> r.per_question[["score", "margin"]].round(2).values.tolist(), r.totals["shown"]
        ([[0.81, 0.32], [0.36, 0.2]], 1)
        """
        pq = self.per_question.copy()
        score = pq["score"].to_numpy(dtype=float)
        known = ~np.isnan(score)
        margin = np.nan_to_num(pq["margin"].to_numpy(dtype=float), nan=0.0)
        new, runner = np.full(len(pq), np.nan), np.full(len(pq), np.nan)
        new[known] = calibration.transform(score[known])
        runner[known] = calibration.transform(np.clip(score[known] - margin[known], 0.0, 1.0))
        pq["score"] = new
        pq["margin"] = new - runner
        return GatingResult(per_question=pq, totals=self.totals, policy=self.policy).with_policy(self.policy)

    def totals_frame(self) -> pd.DataFrame:
        """The totals as a one-row frame (rounded for display)."""
        return pd.DataFrame([self.totals]).round(4)


def _check_frame(name: str, df: Any, cols: Sequence[str]) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame; got {type(df).__name__}")
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SchemaError(f"{name} lacks columns {missing}")
    return df


# --------------------------------------------------------------------------
# Ground truth and the reply proxy
# --------------------------------------------------------------------------


def attach_truth(questions: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """Add the gold KB entry of each question from a labelled truth table.

    Parameters
    ----------
    questions : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output (``question_id``,
        and ``msgids`` when present).
    truth : pandas.DataFrame
        One row per labelled turn: ``msgids`` (space-joined or a list),
        ``kb_id`` (empty or NaN = the intent has no KB entry) and optionally
        ``intent`` (``sample_data/truth/questions.csv``).

    Returns
    -------
    pandas.DataFrame
        ``questions`` plus ``gold_kb_id`` (str, NaN when no KB entry answers
        it), ``gold_intent`` (str) and ``has_gold`` (bool: a truth row shares a
        message with the question). A question matched by several truth turns
        takes the earliest one that names a KB entry, else the earliest: a
        customer turn that joins a greeting (客服在吗, no entry) and the
        question after it is judged by its question.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"question_id": ["a", "c", "z", "g"], "msgids": [["a", "b"], ["c"], ["z"], ["g", "h"]]})
    >>> t = pd.DataFrame({"msgids": ["a b", "c", "g", "h"], "kb_id": ["K01", "", "", "K02"],
    ...                   "intent": ["warranty", "chitchat", "greeting", "invoice"]})
    >>> attach_truth(q, t)[["question_id", "gold_kb_id", "gold_intent", "has_gold"]]
      question_id gold_kb_id gold_intent  has_gold
    0           a        K01    warranty      True
    1           c        NaN    chitchat      True
    2           z        NaN         NaN     False
    3           g        K02     invoice      True
    """
    _check_frame("questions", questions, ("question_id",))
    _check_frame("truth", truth, ("msgids", "kb_id"))
    t = truth.copy()
    t["_msgid"] = t["msgids"].map(lambda v: v.split() if isinstance(v, str) else list(v) if v is not None else [])
    t = t.explode("_msgid").dropna(subset=["_msgid"]).drop_duplicates("_msgid")
    kb = t["kb_id"].astype("str").str.strip()
    t = pd.DataFrame({
        "_msgid": t["_msgid"].astype("str"),
        "gold_kb_id": kb.where(kb.ne("") & kb.notna()).astype("str"),
        "gold_intent": (t["intent"].astype("str") if "intent" in t else pd.Series(pd.NA, index=t.index, dtype="str")),
    })
    q = questions.drop(columns=[c for c in ("gold_kb_id", "gold_intent", "has_gold") if c in questions])
    q = q.reset_index(drop=True)
    ids = q["msgids"] if "msgids" in q else q["question_id"].map(lambda v: [v])
    ex = pd.DataFrame({"_pos": np.arange(len(q)), "_msgid": ids}).explode("_msgid")
    ex["_order"] = np.arange(len(ex))
    ex["_msgid"] = ex["_msgid"].astype("str")
    hit = ex.merge(t, on="_msgid", how="inner")
    hit["_no_entry"] = hit["gold_kb_id"].isna()
    hit = hit.sort_values(["_no_entry", "_order"], kind="stable").drop_duplicates("_pos")
    hit = hit.set_index("_pos")
    pos = np.arange(len(q))
    q["gold_kb_id"] = hit["gold_kb_id"].reindex(pos).astype("str").to_numpy()
    q["gold_intent"] = hit["gold_intent"].reindex(pos).astype("str").to_numpy()
    q["has_gold"] = np.isin(pos, hit.index.to_numpy())
    return q


def reply_agreement(replies: pd.Series, answers: pd.Series) -> np.ndarray:
    """How much each employee reply agrees with a KB answer: cosine of character n-grams.

    Both texts are normalised with :func:`toolkit.text.normalize_series`,
    then compared as TF-IDF vectors of character 1- and 2-grams (fitted on
    both sides together); the cosine lies in [0, 1].

    Parameters
    ----------
    replies, answers : pandas.Series
        Aligned by position; missing or empty texts give NaN.

    Returns
    -------
    numpy.ndarray
        Float scores in [0, 1], NaN where either text is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> s = reply_agreement(pd.Series(["整机保修两年，电池保修一年", "你好", None]),
    ...                     pd.Series(["本公司产品整机保修2年，电池保修1年。", "请在小程序提交维修申请", "x"]))
    >>> [round(float(v), 2) for v in s[:2]], bool(s[0] > s[1]), bool(pd.isna(s[2]))
    ([0.58, 0.0], True, True)
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..text import normalize_series

    if len(replies) != len(answers):
        raise ValueError(f"replies and answers must have the same length; got {len(replies)} and {len(answers)}")
    r = normalize_series(pd.Series(replies).reset_index(drop=True).astype("str"))
    a = normalize_series(pd.Series(answers).reset_index(drop=True).astype("str"))
    ok = (r.notna() & a.notna() & r.str.len().gt(0) & a.str.len().gt(0)).to_numpy(dtype=bool, na_value=False)
    out = np.full(len(r), np.nan)
    if not ok.any():
        return out
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False)
    vec.fit(pd.concat([r[ok], a[ok]]).tolist())
    xr = vec.transform(r[ok].tolist())
    xa = vec.transform(a[ok].tolist())
    out[ok] = np.clip(np.asarray(xr.multiply(xa).sum(axis=1)).ravel(), 0.0, 1.0)
    return out


# --------------------------------------------------------------------------
# Replay
# --------------------------------------------------------------------------


def _top_matches(matches: pd.DataFrame, n: int) -> pd.DataFrame:
    _check_frame("matches", matches, _MATCH_COLUMNS)
    qp = pd.to_numeric(matches["query_pos"], errors="coerce")
    if qp.isna().any() or (qp < 0).any() or (qp >= n).any():
        raise ValueError(f"matches.query_pos must be positions 0..{n - 1} of the questions passed")
    sc = pd.to_numeric(matches["score"], errors="coerce")
    if ((sc < 0) | (sc > 1)).any():
        raise ValueError("matches.score must lie in [0, 1]")
    top = matches[matches["rank"] == 1].drop_duplicates("query_pos")
    out = pd.DataFrame(
        {"kb_id": pd.Series(pd.NA, index=range(n), dtype="str"), "score": np.nan, "margin": np.nan}
    )
    pos = top["query_pos"].to_numpy(dtype=int)
    out.loc[pos, "kb_id"] = top["kb_id"].astype("str").to_numpy()
    out.loc[pos, "score"] = top["score"].to_numpy(dtype=float)
    m = top["margin"].to_numpy(dtype=float)
    out.loc[pos, "margin"] = np.where(np.isnan(m), top["score"].to_numpy(dtype=float), m)
    return out


def simulate_gating(
    questions: pd.DataFrame,
    matcher: Any,
    policy: GatingPolicy,
    *,
    kb: pd.DataFrame | None = None,
    proxy_threshold: float = 0.2,
    accept_seconds: float = 60.0,
    max_reply_seconds: float = 1800.0,
) -> GatingResult:
    """Replay customer questions through a KB matcher under a gating policy.

    Parameters
    ----------
    questions : pandas.DataFrame
        One row per customer question (e.g. ``extract_questions`` rows with
        ``is_question``, joined with :func:`toolkit.gating.eligible_questions`
        and :func:`attach_truth`). Uses ``question_id`` and ``text``, and when
        present ``is_eligible`` (ineligible questions are never shown),
        ``has_gold``/``gold_kb_id`` (ground truth), ``reply_text`` (for the
        proxy), ``reply_seconds`` (time saved) and the policy's ``segment_by``.
        Every row is replayed as a question: rows with ``is_question`` False
        are an error.
    matcher : KBMatcher-like or pandas.DataFrame
        A fitted object with ``match(queries, k)`` (``toolkit.kb.KBMatcher``),
        called once on ``questions["text"]``, or its precomputed output: one
        row per question and rank with ``query_pos`` (position in
        ``questions``), ``rank``, ``kb_id``, ``score`` in [0, 1] and ``margin``
        (score minus the next entry's). Pass the frame to replay many policies
        without re-running the matcher.
    policy : GatingPolicy
    kb : pandas.DataFrame, optional
        ``kb_id`` and ``answer``, for the proxy on questions without truth.
    proxy_threshold : float
        Minimum :func:`reply_agreement` between the employee's real reply and
        the suggested KB answer for the suggestion to count as correct when
        no truth is known. On the sample archive, where the truth is known
        for every question, the proxy at 0.2 agrees with the truth on 68% of
        the best matches: 89% of the suggestions it calls correct are
        correct, but it finds only 37% of the correct ones (vague replies and
        outdated KB answers disagree with right entries). So precision judged
        by the proxy is a conservative estimate.
    accept_seconds : float
        Seconds an agent needs to check and send a correct suggestion.
    max_reply_seconds : float
        Replies slower than this were waits (the agent was away), not work;
        the time saved is capped there.

    Returns
    -------
    GatingResult
        ``per_question``: the questions (without ``msgids``/``text_norm``), in
        order, plus :data:`GATING_COLUMNS`:

        - ``is_eligible`` (bool; all True without the column),
        - ``kb_id``, ``score``, ``margin``: the best KB entry (NaN when the
          matcher returned none; a missing margin is the score itself),
        - ``threshold``: the threshold applied, ``is_shown`` (bool),
        - ``correct_basis``: ``truth``, ``proxy`` or ``none`` (no truth and no
          reply or KB answer: counted as not correct),
        - ``agreement_score``: reply vs KB answer (NaN without the proxy),
        - ``is_top_correct``: the best entry is right, whether shown or not,
        - ``is_correct``: shown and right,
        - ``potential_saved_seconds``: ``min(reply_seconds, max_reply_seconds)
          - accept_seconds`` (at least 0; 0 without a reply) if a correct
          suggestion were shown, ``saved_seconds``: the same for shown correct
          suggestions, else 0.

        ``totals``: see :class:`GatingResult`.

    Raises
    ------
    TypeError
        ``policy`` is not a :class:`GatingPolicy`, or ``matcher`` has no
        ``match`` method and is not a frame.
    toolkit.exceptions.SchemaError
        Required columns are missing.
    ValueError
        ``questions`` holds non-questions, or ``matches`` do not fit them.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"question_id": ["q1", "q2", "q3"], "text": ["保修多久", "怎么退货", "发票"],
    ...                   "is_eligible": [True, True, False], "has_gold": True,
    ...                   "gold_kb_id": ["K01", "K04", "K09"], "reply_seconds": [300.0, 90.0, 60.0]})
    >>> matches = pd.DataFrame({"query_pos": [0, 1, 2], "rank": 1, "kb_id": ["K01", "K05", "K09"],
    ...                         "score": [0.9, 0.8, 0.95], "margin": [0.3, 0.1, 0.5]})
    >>> r = simulate_gating(q, matches, GatingPolicy(threshold=0.75))
    >>> r.per_question[["question_id", "is_shown", "is_correct", "saved_seconds"]]
      question_id  is_shown  is_correct  saved_seconds
    0          q1      True        True          240.0
    1          q2      True       False            0.0
    2          q3     False       False            0.0
    >>> {k: r.totals[k] for k in ("n_eligible", "shown", "correct", "precision", "coverage")}
    {'n_eligible': 2, 'shown': 2, 'correct': 1, 'precision': 0.5, 'coverage': 1.0}
    """
    if not isinstance(policy, GatingPolicy):
        raise TypeError(f"policy must be a GatingPolicy; got {type(policy).__name__}")
    _check_frame("questions", questions, ("question_id", "text"))
    if "is_question" in questions.columns and not questions["is_question"].astype(bool).all():
        raise ValueError("questions holds turns that are not questions; pass questions[questions['is_question']]")
    proxy_threshold = _unit("proxy_threshold", proxy_threshold)
    if accept_seconds < 0 or max_reply_seconds <= 0:
        raise ValueError(
            f"accept_seconds must be >= 0 and max_reply_seconds > 0; got {accept_seconds!r} and {max_reply_seconds!r}"
        )
    q = questions.reset_index(drop=True)
    n = len(q)
    if isinstance(matcher, pd.DataFrame):
        top = _top_matches(matcher, n)
    elif hasattr(matcher, "match"):
        # match each distinct text once (customers repeat themselves), then spread back
        codes, uniques = pd.factorize(q["text"].fillna("").astype(str), sort=False)
        top = _top_matches(matcher.match(list(uniques), k=2), len(uniques)).iloc[codes].reset_index(drop=True)
    else:
        raise TypeError(f"matcher must have a match(queries, k) method or be a matches DataFrame; got {type(matcher).__name__}")

    out = q.drop(columns=[c for c in (*_DROP, *GATING_COLUMNS) if c in q.columns])
    eligible = q["is_eligible"].astype(bool).to_numpy() if "is_eligible" in q else np.ones(n, dtype=bool)
    score = top["score"].to_numpy(dtype=float)
    margin = top["margin"].to_numpy(dtype=float)
    thr = policy.thresholds_for(q)
    shown = eligible & ~np.isnan(score) & (np.nan_to_num(score, nan=-1.0) >= thr) & (
        np.nan_to_num(margin, nan=-1.0) >= policy.margin
    )

    has_gold = q["has_gold"].astype(bool).to_numpy() if "has_gold" in q else np.zeros(n, dtype=bool)
    kb_top = top["kb_id"]
    if has_gold.any():
        _check_frame("questions", q, ("gold_kb_id",))
        gold = q["gold_kb_id"].astype("str")
        truth_ok = (kb_top.notna() & gold.notna() & (kb_top == gold)).to_numpy(dtype=bool, na_value=False)
    else:
        truth_ok = np.zeros(n, dtype=bool)
    agreement = np.full(n, np.nan)
    need = ~has_gold & kb_top.notna().to_numpy()
    if kb is not None and "reply_text" in q and need.any():
        _check_frame("kb", kb, ("kb_id", "answer"))
        answers = kb.drop_duplicates("kb_id").set_index(kb["kb_id"].drop_duplicates().astype(str))["answer"]
        ans = kb_top[need].astype(str).map(answers)
        agreement[need] = reply_agreement(q.loc[need, "reply_text"], ans)
    basis = np.where(has_gold, "truth", np.where(~np.isnan(agreement), "proxy", "none"))
    top_ok = np.where(has_gold, truth_ok, np.nan_to_num(agreement, nan=-1.0) >= proxy_threshold)
    top_ok &= kb_top.notna().to_numpy()

    if "reply_seconds" in q:
        rs = pd.to_numeric(q["reply_seconds"], errors="coerce").to_numpy(dtype=float)
        potential = np.clip(np.minimum(np.nan_to_num(rs, nan=0.0), max_reply_seconds) - accept_seconds, 0.0, None)
        potential[np.isnan(rs)] = 0.0
    else:
        potential = np.zeros(n)
    correct = shown & top_ok

    out["is_eligible"] = eligible
    out["kb_id"] = kb_top.to_numpy()
    out["score"] = score
    out["margin"] = margin
    out["threshold"] = thr
    out["is_shown"] = shown
    out["correct_basis"] = pd.array(basis, dtype="str")
    out["agreement_score"] = agreement
    out["is_top_correct"] = top_ok
    out["is_correct"] = correct
    out["potential_saved_seconds"] = potential
    out["saved_seconds"] = np.where(correct, potential, 0.0)
    return GatingResult(per_question=out, totals=_totals(out), policy=policy)


def _totals(pq: pd.DataFrame) -> dict[str, float]:
    n_elig = int(pq["is_eligible"].sum())
    shown = int(pq["is_shown"].sum())
    correct = int(pq["is_correct"].sum())
    basis = pq["correct_basis"].value_counts()
    return {
        "n_questions": len(pq),
        "n_eligible": n_elig,
        "shown": shown,
        "correct": correct,
        "precision": correct / shown if shown else float("nan"),
        "coverage": shown / n_elig if n_elig else float("nan"),
        "correct_coverage": correct / n_elig if n_elig else float("nan"),
        "saved_hours": float(pq["saved_seconds"].sum()) / 3600.0,
        "n_truth": int(basis.get("truth", 0)),
        "n_proxy": int(basis.get("proxy", 0)),
        "n_unknown": int(basis.get("none", 0)),
    }


# --------------------------------------------------------------------------
# Sweeps
# --------------------------------------------------------------------------

DEFAULT_THRESHOLDS = np.round(np.linspace(0.0, 1.0, 101), 2)


def _replayed(replayed: GatingResult | pd.DataFrame) -> pd.DataFrame:
    pq = replayed.per_question if isinstance(replayed, GatingResult) else replayed
    _check_frame("replayed", pq, ("score", "margin", "is_top_correct"))
    return pq


def _grid(values: Any, name: str) -> np.ndarray:
    arr = np.unique(np.asarray(values, dtype=float).ravel())
    if arr.size == 0:
        raise ValueError(f"{name} must hold at least one value")
    if np.isnan(arr).any() or (arr < 0).any() or (arr > 1).any():
        raise ValueError(f"{name} must lie in [0, 1]")
    return arr


def _arrays(pq: pd.DataFrame) -> tuple[np.ndarray, ...]:
    n = len(pq)
    eligible = pq["is_eligible"].to_numpy(dtype=bool) if "is_eligible" in pq else np.ones(n, dtype=bool)
    score = np.nan_to_num(pq["score"].to_numpy(dtype=float), nan=-np.inf)
    margin = np.nan_to_num(pq["margin"].to_numpy(dtype=float), nan=-np.inf)
    ok = pq["is_top_correct"].to_numpy(dtype=bool)
    saved = (
        pq["potential_saved_seconds"].to_numpy(dtype=float) if "potential_saved_seconds" in pq else np.zeros(n)
    )
    return eligible, score, margin, ok, saved


def _sweep(eligible, score, margin, ok, saved, thresholds, margins) -> dict[str, np.ndarray]:
    """Shown/correct/saved for every (margin, threshold): one sort per margin, then cumulative sums."""
    n_elig = int(eligible.sum())
    cols: dict[str, list[np.ndarray]] = {k: [] for k in ("margin", "threshold", "shown", "correct", "saved")}
    for m in margins:
        keep = eligible & (margin >= m)
        s = score[keep]
        order = np.argsort(s, kind="stable")
        s = s[order]
        c = np.concatenate([[0], np.cumsum(ok[keep][order], dtype=np.int64)])
        v = np.concatenate([[0.0], np.cumsum(np.where(ok[keep], saved[keep], 0.0)[order])])
        idx = np.searchsorted(s, thresholds, side="left")  # first score >= threshold
        cols["margin"].append(np.full(len(thresholds), m))
        cols["threshold"].append(thresholds)
        cols["shown"].append(len(s) - idx)
        cols["correct"].append(c[-1] - c[idx])
        cols["saved"].append(v[-1] - v[idx])
    out = {k: np.concatenate(v) for k, v in cols.items()}
    out["n_eligible"] = np.full(len(out["shown"]), n_elig)
    return out


def sweep_thresholds(
    replayed: GatingResult | pd.DataFrame,
    *,
    thresholds: Any = None,
    margins: Any = (0.0,),
    by: str | None = None,
    accept_rate: float = 1.0,
) -> pd.DataFrame:
    """Precision, coverage and expected accepted suggestions over a grid of thresholds and margins.

    Vectorised: per margin the scores are sorted once and every threshold is
    answered with ``searchsorted`` into cumulative sums, so a million
    questions over a hundred thresholds take a fraction of a second.

    Parameters
    ----------
    replayed : GatingResult or pandas.DataFrame
        :func:`simulate_gating` output (its ``per_question`` frame: ``score``,
        ``margin``, ``is_top_correct``, and ``is_eligible`` and
        ``potential_saved_seconds`` when present). The policy it was run with
        does not matter.
    thresholds : array-like, optional
        Thresholds in [0, 1]; default 0, 0.01, ..., 1.
    margins : array-like
        Minimum gaps between the first and second KB entry.
    by : str, optional
        A segment column: one sweep per segment.
    accept_rate : float
        Share of correct suggestions an agent accepts.

    Returns
    -------
    pandas.DataFrame
        One row per (segment,) margin and threshold: ``margin``,
        ``threshold``, ``n_eligible``, ``shown``, ``correct``, ``precision``
        (correct / shown, NaN when nothing is shown), ``coverage`` (shown /
        eligible), ``correct_coverage``, ``expected_accepted`` (correct x
        ``accept_rate``), ``saved_hours``; ``by``'s column first when given.

    Examples
    --------
    >>> import pandas as pd
    >>> pq = pd.DataFrame({"score": [0.9, 0.8, 0.6, 0.3], "margin": [0.5, 0.05, 0.3, 0.1],
    ...                    "is_top_correct": [True, True, False, False]})
    >>> sweep_thresholds(pq, thresholds=[0.5, 0.85], margins=[0.0, 0.1])[
    ...     ["margin", "threshold", "shown", "correct", "precision", "coverage"]]
       margin  threshold  shown  correct  precision  coverage
    0     0.0       0.50      3        2   0.666667      0.75
    1     0.0       0.85      1        1   1.000000      0.25
    2     0.1       0.50      2        1   0.500000      0.50
    3     0.1       0.85      1        1   1.000000      0.25
    """
    pq = _replayed(replayed)
    thr = _grid(DEFAULT_THRESHOLDS if thresholds is None else thresholds, "thresholds")
    mar = _grid(margins, "margins")
    accept_rate = _unit("accept_rate", accept_rate)
    arrays = _arrays(pq)
    if by is None:
        parts = [(None, _sweep(*arrays, thr, mar))]
    else:
        _check_frame("replayed", pq, (by,))
        seg = pq[by].astype("str").fillna("<NA>").to_numpy(dtype=object)
        parts = []
        for key in sorted(set(seg)):
            sel = seg == key
            parts.append((key, _sweep(*(a[sel] for a in arrays), thr, mar)))
    frames = []
    for key, d in parts:
        f = pd.DataFrame(
            {
                "margin": d["margin"],
                "threshold": d["threshold"],
                "n_eligible": d["n_eligible"].astype(np.int64),
                "shown": d["shown"].astype(np.int64),
                "correct": d["correct"].astype(np.int64),
            }
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            f["precision"] = np.where(f["shown"] > 0, f["correct"] / f["shown"].where(f["shown"] > 0, 1), np.nan)
            ne = f["n_eligible"].where(f["n_eligible"] > 0)
            f["coverage"] = f["shown"] / ne
            f["correct_coverage"] = f["correct"] / ne
        f["expected_accepted"] = f["correct"] * accept_rate
        f["saved_hours"] = d["saved"] / 3600.0
        if by is not None:
            f.insert(0, by, key)
        frames.append(f)
    return pd.concat(frames, ignore_index=True)


# --------------------------------------------------------------------------
# Choosing a threshold with a confidence statement
# --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ThresholdChoice:
    """The threshold :func:`choose_threshold` picked, with its evidence.

    Attributes
    ----------
    threshold : float
        The lowest threshold whose precision reaches the target with the
        stated confidence (NaN when none does).
    margin, target_precision, confidence : float
    method : str
        ``"ltt"`` or ``"bootstrap"``.
    n_eligible, shown, correct : int
    precision, coverage : float
        At the chosen threshold, on the replayed questions.
    precision_lower : float
        One-sided lower confidence bound of the precision at the chosen
        threshold (Clopper-Pearson for ``ltt``, bootstrap for ``bootstrap``).
    ci_low, ci_high : float
        Two-sided bootstrap interval (:func:`scipy.stats.bootstrap`,
        percentile, resampling questions) of the precision at the chosen
        threshold.
    curve : pandas.DataFrame
        The sweep at ``margin`` with ``p_value`` (LTT), ``precision_lower``
        and ``is_chosen`` per threshold.
    """

    threshold: float
    margin: float
    target_precision: float
    confidence: float
    method: str
    n_eligible: int
    shown: int
    correct: int
    precision: float
    coverage: float
    precision_lower: float
    ci_low: float
    ci_high: float
    curve: pd.DataFrame = field(repr=False)

    @property
    def found(self) -> bool:
        """Whether some threshold reached the target."""
        return not np.isnan(self.threshold)

    @property
    def claim(self) -> str:
        """The sentence an operator can repeat."""
        if not self.found:
            return (
                f"no threshold shows suggestions that are at least {self.target_precision:.0%} correct "
                f"with {self.confidence:.0%} confidence"
            )
        return (
            f"at threshold {self.threshold:.2f} (margin {self.margin:.2f}), shown suggestions are at least "
            f"{self.target_precision:.0%} correct with {self.confidence:.0%} confidence "
            f"(measured {self.precision:.1%}, 95% bootstrap interval {self.ci_low:.1%}-{self.ci_high:.1%}; "
            f"coverage {self.coverage:.1%} of eligible questions)"
        )

    @property
    def policy(self) -> GatingPolicy:
        """A :class:`GatingPolicy` at the chosen threshold (showing nothing when none was found)."""
        return GatingPolicy(threshold=1.0 if not self.found else self.threshold, margin=self.margin)

    def summary(self) -> pd.DataFrame:
        """The scalar fields as a one-row frame (rounded)."""
        keys = ("threshold", "margin", "target_precision", "confidence", "method", "n_eligible", "shown", "correct",
                "precision", "coverage", "precision_lower", "ci_low", "ci_high")
        return pd.DataFrame([{k: getattr(self, k) for k in keys}]).round(4)


def _precision_stat(shown: np.ndarray, ok: np.ndarray, axis: int = -1) -> np.ndarray:
    s = shown.sum(axis=axis)
    c = (shown & ok).sum(axis=axis) if shown.dtype == bool else (shown * ok).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(s > 0, c / np.where(s > 0, s, 1), np.nan)


def _bootstrap_ci(shown: np.ndarray, ok: np.ndarray, confidence: float, n_resamples: int, rng: np.random.Generator,
                  alternative: str = "two-sided") -> tuple[float, float]:
    if shown.sum() == 0:
        return float("nan"), float("nan")
    res = stats.bootstrap(
        (shown.astype(np.int8), ok.astype(np.int8)),
        _precision_stat,
        paired=True,
        vectorized=True,
        n_resamples=n_resamples,
        batch=max(1, min(n_resamples, 2_000_000 // max(len(shown), 1))),
        confidence_level=confidence,
        method="percentile",
        alternative=alternative,
        random_state=rng,
    )
    return float(res.confidence_interval.low), float(res.confidence_interval.high)


def _rng(random_state: int | np.random.Generator | None) -> np.random.Generator:
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, (int, np.integer)):
        return np.random.default_rng(random_state)
    raise TypeError(f"random_state must be an int, a numpy Generator or None; got {type(random_state).__name__}")


def choose_threshold(
    target_precision: float,
    replayed: GatingResult | pd.DataFrame,
    *,
    margin: float = 0.0,
    thresholds: Any = None,
    confidence: float = 0.95,
    method: Literal["ltt", "bootstrap"] = "ltt",
    min_shown: int = 100,
    n_resamples: int = 2000,
    random_state: int | np.random.Generator | None = 0,
) -> ThresholdChoice:
    """The lowest threshold whose shown suggestions are at least ``target_precision`` correct, with confidence.

    Parameters
    ----------
    target_precision : float
        Required share of correct suggestions among those shown, in (0, 1).
    replayed : GatingResult or pandas.DataFrame
        :func:`simulate_gating` output.
    margin : float
        The ambiguity margin to hold fixed.
    thresholds : array-like, optional
        Candidate thresholds; default 0, 0.01, ..., 1.
    confidence : float
        Confidence level of the claim, e.g. 0.95.
    method : {"ltt", "bootstrap"}
        ``"ltt"`` (default): Learn-Then-Test (Angelopoulos et al. 2021). For
        each threshold, the null "precision < target" is tested with an
        exact one-sided binomial p-value on the shown suggestions; the
        thresholds are tested in a fixed order from the strictest down and
        testing stops at the first null that is not rejected at level
        ``1 - confidence`` (fixed-sequence testing controls the family-wise
        error without a multiplicity correction). Thresholds showing fewer
        than ``min_shown`` suggestions are skipped (a rule on the scores
        alone, not on correctness). ``"bootstrap"``: one-sided percentile
        bootstrap lower bounds of the precision at every threshold
        (:func:`scipy.stats.bootstrap`, questions resampled); the lowest
        threshold whose bound reaches the target. Pointwise, so slightly
        optimistic when many thresholds are compared.
    min_shown : int
        Smallest number of shown suggestions a threshold needs to be tested
        (default 100). Fixed-sequence testing stops at the first threshold it
        cannot clear, so starting it on a handful of suggestions (where even
        41 correct of 42 is no proof of 90% at 95% confidence) would stop it
        at once.
    n_resamples : int
        Bootstrap resamples (for the interval, and for ``method="bootstrap"``).
    random_state : int, numpy.random.Generator or None
        Seeds the bootstrap (default 0: the same interval every run).

    Returns
    -------
    ThresholdChoice
        See its attributes; ``claim`` is the sentence to repeat.

    Raises
    ------
    ValueError
        For a target or confidence outside (0, 1), an unknown method, or
        ``min_shown < 1``.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rng = np.random.default_rng(0)
    >>> score = rng.random(4000)
    >>> pq = pd.DataFrame({"score": score, "margin": 0.5, "is_top_correct": rng.random(4000) < score})
    >>> c = choose_threshold(0.9, pq, n_resamples=500)
    >>> float(c.threshold), c.shown, bool(c.precision_lower >= 0.9)
    (0.86, 534, True)
    >>> c.claim.split(" (measured")[0]
    'at threshold 0.86 (margin 0.00), shown suggestions are at least 90% correct with 95% confidence'
    """
    target = float(target_precision)
    if not 0.0 < target < 1.0:
        raise ValueError(f"target_precision must be in (0, 1); got {target_precision!r}")
    if not 0.0 < float(confidence) < 1.0:
        raise ValueError(f"confidence must be in (0, 1); got {confidence!r}")
    if method not in ("ltt", "bootstrap"):
        raise ValueError(f"method must be 'ltt' or 'bootstrap'; got {method!r}")
    if int(min_shown) < 1:
        raise ValueError(f"min_shown must be at least 1; got {min_shown!r}")
    margin = _unit("margin", margin)
    rng = _rng(random_state)
    alpha = 1.0 - float(confidence)
    pq = _replayed(replayed)
    thr = _grid(DEFAULT_THRESHOLDS if thresholds is None else thresholds, "thresholds")
    curve = sweep_thresholds(pq, thresholds=thr, margins=[margin])
    shown = curve["shown"].to_numpy()
    correct = curve["correct"].to_numpy()
    tested = shown >= int(min_shown)

    eligible, score, mar, ok, _ = _arrays(pq)
    s_e, m_e, ok_e = score[eligible], mar[eligible], ok[eligible]
    if method == "ltt":
        p = np.where(tested, stats.binom.sf(correct - 1, np.maximum(shown, 1), target), np.nan)
        passed = np.zeros(len(thr), dtype=bool)
        for j in range(len(thr) - 1, -1, -1):  # strictest threshold first; at most len(thr) steps
            if not tested[j]:
                continue
            if p[j] > alpha:
                break
            passed[j] = True
        curve["p_value"] = p
        lower = np.full(len(thr), np.nan)
        for j in np.flatnonzero(tested):
            lower[j] = stats.binomtest(int(correct[j]), int(shown[j]), target, alternative="greater").proportion_ci(
                confidence_level=float(confidence)
            ).low
    else:
        # bin each question by the number of thresholds it clears; precision at every threshold per resample
        b = np.where(m_e >= margin, np.searchsorted(thr, s_e, side="right"), 0)
        n_t = len(thr)

        def stat(bins: np.ndarray, good: np.ndarray, axis: int = -1) -> np.ndarray:
            bins2 = np.atleast_2d(bins)
            good2 = np.atleast_2d(good)
            rows = bins2.shape[0]
            flat = (bins2 + (n_t + 1) * np.arange(rows)[:, None]).ravel()
            cnt = np.bincount(flat, minlength=rows * (n_t + 1)).reshape(rows, n_t + 1)
            cor = np.bincount(flat, weights=good2.ravel().astype(float), minlength=rows * (n_t + 1)).reshape(rows, n_t + 1)
            sh = np.cumsum(cnt[:, ::-1], axis=1)[:, ::-1][:, 1:]
            co = np.cumsum(cor[:, ::-1], axis=1)[:, ::-1][:, 1:]
            with np.errstate(invalid="ignore", divide="ignore"):
                prec = np.where(sh > 0, co / np.where(sh > 0, sh, 1), 0.0)
            out = prec.T  # (n_t, rows)
            return out[:, 0] if bins.ndim == 1 else out

        if len(b) and shown.sum():
            res = stats.bootstrap(
                (b, ok_e.astype(np.int8)), stat, paired=True, vectorized=True, n_resamples=n_resamples,
                batch=max(1, min(n_resamples, 2_000_000 // max(len(b), 1))), method="percentile",
                confidence_level=float(confidence), alternative="greater", random_state=rng,
            )
            lower = np.where(tested, np.asarray(res.confidence_interval.low, dtype=float), np.nan)
        else:
            lower = np.full(len(thr), np.nan)
        passed = tested & (np.nan_to_num(lower, nan=-1.0) >= target)
    curve["precision_lower"] = lower
    chosen = int(np.flatnonzero(passed)[0]) if passed.any() else None
    curve["is_chosen"] = np.arange(len(thr)) == (chosen if chosen is not None else -1)
    n_elig = int(eligible.sum())
    if chosen is None:
        return ThresholdChoice(
            threshold=float("nan"), margin=margin, target_precision=target, confidence=float(confidence),
            method=method, n_eligible=n_elig, shown=0, correct=0, precision=float("nan"), coverage=0.0,
            precision_lower=float("nan"), ci_low=float("nan"), ci_high=float("nan"), curve=curve,
        )
    t = float(thr[chosen])
    shown_mask = (s_e >= t) & (m_e >= margin)
    ci_low, ci_high = _bootstrap_ci(shown_mask, ok_e, float(confidence), n_resamples, rng)
    return ThresholdChoice(
        threshold=t, margin=margin, target_precision=target, confidence=float(confidence), method=method,
        n_eligible=n_elig, shown=int(shown[chosen]), correct=int(correct[chosen]),
        precision=float(correct[chosen] / shown[chosen]), coverage=float(shown[chosen] / n_elig) if n_elig else 0.0,
        precision_lower=float(lower[chosen]), ci_low=ci_low, ci_high=ci_high, curve=curve,
    )


# --------------------------------------------------------------------------
# Per-segment thresholds
# --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SegmentChoice:
    """Per-segment thresholds from :func:`segment_thresholds` and what they gain.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per segment: the segment column, ``n_eligible``, ``threshold``,
        ``source`` (``segment``, or ``global`` when the segment is too small or
        reaches the target at no threshold), ``shown``, ``correct``,
        ``precision``, ``coverage`` under its own threshold, and
        ``global_shown``, ``global_correct``, ``global_precision``,
        ``global_coverage`` under the global one, and ``gain_correct``.
    comparison : pandas.DataFrame
        Two rows, ``global`` and ``per_segment``: ``shown``, ``correct``,
        ``precision``, ``coverage``, ``saved_hours`` over all questions.
    policy : GatingPolicy
        The per-segment policy.
    global_choice : ThresholdChoice
    """

    table: pd.DataFrame
    comparison: pd.DataFrame
    policy: GatingPolicy
    global_choice: ThresholdChoice


def segment_thresholds(
    replayed: GatingResult | pd.DataFrame,
    target_precision: float,
    *,
    by: str,
    margin: float = 0.0,
    thresholds: Any = None,
    confidence: float = 0.95,
    method: Literal["ltt", "bootstrap"] = "ltt",
    min_questions: int = 200,
    min_shown: int = 100,
    n_resamples: int = 1000,
    random_state: int | np.random.Generator | None = 0,
) -> SegmentChoice:
    """One threshold per segment (cluster, employee, chat type ...) and what it gains over one global threshold.

    Each segment with at least ``min_questions`` eligible questions gets its
    own :func:`choose_threshold` at confidence ``1 - (1 - confidence) / S``
    (Bonferroni over the ``S`` segments tested, so that all per-segment claims
    hold together); the others keep the global threshold.

    A global threshold only promises the target on the mix of segments: it
    can reach it by letting a strong segment carry a weak one. Per-segment
    thresholds hold the target in every segment, so they show more where
    matching is easy and less where it is hard; ``comparison`` says whether
    the total of correct suggestions goes up or down.

    Parameters
    ----------
    replayed : GatingResult or pandas.DataFrame
        :func:`simulate_gating` output with the ``by`` column.
    target_precision : float
    by : str
        The segment column.
    margin, thresholds, confidence, method, min_shown, n_resamples, random_state
        As in :func:`choose_threshold`.
    min_questions : int
        Smallest segment (eligible questions) that gets its own threshold.

    Returns
    -------
    SegmentChoice

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rng = np.random.default_rng(1)
    >>> n = 6000
    >>> seg = np.where(rng.random(n) < 0.5, "easy", "hard")
    >>> score = rng.random(n)
    >>> ok = rng.random(n) < np.where(seg == "easy", 0.5 + score / 2, score)
    >>> pq = pd.DataFrame({"segment": seg, "score": score, "margin": 1.0, "is_top_correct": ok})
    >>> s = segment_thresholds(pq, 0.9, by="segment", n_resamples=200)
    >>> s.table[["segment", "threshold", "source"]]
      segment  threshold   source
    0    easy       0.65  segment
    1    hard       0.88  segment
    >>> bool(s.comparison.set_index("policy").loc["per_segment", "correct"]
    ...      > s.comparison.set_index("policy").loc["global", "correct"])
    True
    """
    pq = _replayed(replayed)
    _check_frame("replayed", pq, (by,))
    rng = _rng(random_state)
    kw = dict(margin=margin, thresholds=thresholds, method=method, min_shown=min_shown, n_resamples=n_resamples)
    glob = choose_threshold(target_precision, pq, confidence=confidence, random_state=rng, **kw)
    g_thr = glob.threshold if glob.found else 1.0
    seg = pq[by].astype("str").fillna("<NA>")
    eligible = pq["is_eligible"].to_numpy(dtype=bool) if "is_eligible" in pq else np.ones(len(pq), dtype=bool)
    sizes = pd.Series(eligible, index=seg.to_numpy()).groupby(level=0).sum()
    big = sorted(k for k, v in sizes.items() if v >= int(min_questions))
    seg_conf = 1.0 - (1.0 - float(confidence)) / max(len(big), 1)
    rows = []
    for key in sorted(sizes.index):
        part = pq[(seg == key).to_numpy()]
        thr_g = sweep_thresholds(part, thresholds=[g_thr], margins=[margin]).iloc[0]
        source, t = "global", g_thr
        if key in big:
            c = choose_threshold(target_precision, part, confidence=seg_conf, random_state=rng, **kw)
            if c.found:
                source, t = "segment", c.threshold
        own = sweep_thresholds(part, thresholds=[t], margins=[margin]).iloc[0]
        rows.append(
            {
                by: key, "n_eligible": int(sizes[key]), "threshold": t, "source": source,
                "shown": int(own["shown"]), "correct": int(own["correct"]), "precision": own["precision"],
                "coverage": own["coverage"], "global_shown": int(thr_g["shown"]),
                "global_correct": int(thr_g["correct"]), "global_precision": thr_g["precision"],
                "global_coverage": thr_g["coverage"], "gain_correct": int(own["correct"] - thr_g["correct"]),
            }
        )
    table = pd.DataFrame(rows)
    policy = GatingPolicy(
        threshold=g_thr, margin=margin, segment_by=by,
        segment_thresholds={r[by]: r["threshold"] for r in rows if r["source"] == "segment"},
    )
    n_elig = int(eligible.sum())
    comp = []
    for name, thr_arr in (("global", np.full(len(pq), g_thr)), ("per_segment", policy.thresholds_for(pq))):
        _, score, mar, ok, saved = _arrays(pq)
        shown = eligible & (score >= thr_arr) & (mar >= margin)
        s, c = int(shown.sum()), int((shown & ok).sum())
        comp.append({
            "policy": name, "shown": s, "correct": c, "precision": c / s if s else float("nan"),
            "coverage": s / n_elig if n_elig else float("nan"), "saved_hours": float(saved[shown & ok].sum()) / 3600,
        })
    return SegmentChoice(table=table, comparison=pd.DataFrame(comp), policy=policy, global_choice=glob)

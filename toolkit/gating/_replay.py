"""The replay: customer questions through a KB matcher under a gating policy.

:class:`GatingPolicy` says when a suggestion is shown, :func:`simulate_gating`
replays the questions and :class:`GatingResult` holds the outcome per
question with its totals. Public home: :mod:`toolkit.gating.simulate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import SchemaError
from .._validate import require_columns
from ._checks import _unit
from ._truth import reply_agreement
from ..archive.schema import BOOL, FLOAT, STR


#: Columns :func:`simulate_gating` adds to each question (see its Returns).
GATING_SCHEMA: dict[str, str] = {
    "is_eligible": BOOL,
    "kb_id": STR,  # object when there are no questions
    "score": FLOAT,
    "margin": FLOAT,
    "threshold": FLOAT,
    "is_shown": BOOL,
    "correct_basis": STR,
    "agreement_score": FLOAT,
    "is_top_correct": BOOL,
    "is_correct": BOOL,
    "potential_saved_seconds": FLOAT,
    "saved_seconds": FLOAT,
}
GATING_COLUMNS: tuple[str, ...] = tuple(GATING_SCHEMA)

_MATCH_COLUMNS = ("query_pos", "rank", "kb_id", "score", "margin")
#: Question columns that are not carried into the per-question output (long texts and lists).
_DROP = ("msgids", "text_norm")


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


# --------------------------------------------------------------------------
# Replay
# --------------------------------------------------------------------------


def _top_matches(matches: pd.DataFrame, n: int) -> pd.DataFrame:
    require_columns(matches, _MATCH_COLUMNS, "matches")
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
    require_columns(questions, ("question_id", "text"), "questions")
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
        require_columns(q, ("gold_kb_id",), "questions")
        gold = q["gold_kb_id"].astype("str")
        truth_ok = (kb_top.notna() & gold.notna() & (kb_top == gold)).to_numpy(dtype=bool, na_value=False)
    else:
        truth_ok = np.zeros(n, dtype=bool)
    agreement = np.full(n, np.nan)
    need = ~has_gold & kb_top.notna().to_numpy()
    if kb is not None and "reply_text" in q and need.any():
        require_columns(kb, ("kb_id", "answer"), "kb")
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

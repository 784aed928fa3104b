"""A gating decision an operator can act on: thresholds for several precision targets, and which one to use.

:func:`choose_threshold` answers one question ("which threshold gives 90%
precision with 95% confidence?") and can answer it with "none". An
operator needs more: what each of several targets would cost in coverage,
which one to switch on and why, and, when no target is reached, what would
reach it. :func:`gating_decision` runs :func:`choose_threshold` for each
target on one replay and adds:

- the precision-coverage curve with a Clopper-Pearson confidence band per
  threshold (:attr:`GatingDecision.curve`, drawn by
  :func:`toolkit.gating.plots.plot_gating_decision`);
- a recommendation: the strictest target reached that still shows
  suggestions on a useful share of the eligible questions;
- for a target no threshold reaches, the cheapest way there: how many more
  judged suggestions would prove the precision the replay already measures
  near the target, and which KB entries and topics lose it (wrong
  suggestions shown, questions left without a suggestion).

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> score = rng.random(5000)
>>> pq = pd.DataFrame({"score": score, "margin": 0.5, "is_top_correct": rng.random(5000) < score ** 0.5,
...                    "kb_id": rng.choice(["K1", "K2", "K3"], 5000)})
>>> d = gating_decision(pq, targets=(0.8, 0.9, 0.99))
>>> d.table[["target_precision", "found", "threshold", "shown"]]
   target_precision  found  threshold  shown
0              0.80   True       0.37   3132
1              0.90   True       0.68   1606
2              0.99  False        NaN      0
>>> d.recommended
0.9
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from ._checks import _unit
from ._replay import GatingResult
from ._thresholds import (
    DEFAULT_THRESHOLDS,
    ThresholdChoice,
    _arrays,
    _grid,
    _replayed,
    choose_threshold,
    sweep_thresholds,
)
from ..archive.schema import BOOL, FLOAT, INT

__all__ = ["DECISION_COLUMNS", "GatingDecision", "gating_decision", "needed_to_prove"]

#: Columns of :attr:`GatingDecision.table`, in order.
DECISION_SCHEMA: dict[str, str] = {
    "target_precision": FLOAT,
    "found": BOOL,
    "threshold": FLOAT,
    "margin": FLOAT,
    "n_eligible": INT,
    "shown": INT,
    "correct": INT,
    "precision": FLOAT,
    "precision_lower": FLOAT,
    "coverage": FLOAT,
    "saved_hours": FLOAT,
    "is_recommended": BOOL,
}
DECISION_COLUMNS: tuple[str, ...] = tuple(DECISION_SCHEMA)


def needed_to_prove(precision: float, target: float, confidence: float = 0.95, *, limit: int = 1_000_000) -> int | None:
    """Judged suggestions needed before a measured precision proves a target.

    The smallest ``n`` for which ``round(precision * n)`` correct out of ``n``
    gives a one-sided Clopper-Pearson lower bound of at least ``target`` at
    ``confidence``: how many suggestions must be shown and judged (labelled
    replies) if the precision measured so far holds.

    Returns
    -------
    int or None
        ``None`` when ``precision <= target`` (no sample size proves it) or
        more than ``limit`` would be needed.

    Examples
    --------
    >>> needed_to_prove(0.95, 0.9)
    116
    >>> needed_to_prove(0.88, 0.9) is None
    True
    """
    p, t = float(precision), float(target)
    if not (np.isfinite(p) and p > t):
        return None

    def lower(n: int) -> float:
        k = int(round(p * n))
        return float(stats.beta.ppf(1.0 - float(confidence), k, n - k + 1)) if k > 0 else 0.0

    hi = 16
    while lower(hi) < t:
        hi *= 2
        if hi > limit:
            return None
    lo = hi // 2
    while lo < hi:  # the bound grows with n (up to rounding): bisect to the first n that clears it
        mid = (lo + hi) // 2
        if lower(mid) >= t:
            hi = mid
        else:
            lo = mid + 1
    return hi


@dataclass(frozen=True, eq=False)
class GatingDecision:
    """What :func:`gating_decision` found: one row per target, the recommendation, and what would help.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per target (``DECISION_COLUMNS``): the lowest threshold
        that reaches it with the stated confidence (NaN when none does), its
        shown and correct suggestions (integers), measured precision, lower
        confidence bound, coverage of the eligible questions and hours saved
        on the replayed questions (times ``scale``).
    recommended : float
        The recommended target precision (NaN when no target is reached).
    reason : str
        Why, in one or two sentences an operator can repeat.
    advice : pandas.DataFrame
        For each target not reached: ``target_precision``, ``best_threshold``
        (the threshold with the highest measured precision among those
        showing at least ``min_shown``), ``best_precision``, ``best_shown``,
        ``judged_needed`` (:func:`needed_to_prove`: judged suggestions at that
        threshold that would prove the target if its precision holds; NaN when
        the measured precision is not above the target), and ``what_would``
        (a sentence).
    weak_entries : pandas.DataFrame
        The KB entries whose shown suggestions (at the recommended threshold,
        or at the loosest tested one without a recommendation) are most often
        wrong: ``kb_id``, ``shown``, ``wrong``, ``precision``.
    gaps : pandas.DataFrame
        With ``topic_col``: topics by eligible questions left without a
        suggestion at that threshold (``topic``, ``n_eligible``, ``shown``,
        ``coverage``, ``n_unanswered``), the long tail (topic -1) as one
        row; questions with no value (e.g. generic re-asks, which are
        follow-ups rather than topics) are left out. Empty without
        ``topic_col``.
    curve : pandas.DataFrame
        :func:`sweep_thresholds` at ``margin`` plus ``ci_low`` / ``ci_high``
        (two-sided Clopper-Pearson band of the precision at each threshold).
    choices : dict
        ``target -> ThresholdChoice``.
    confidence : float
    scale : float
    """

    table: pd.DataFrame
    recommended: float
    reason: str
    advice: pd.DataFrame
    weak_entries: pd.DataFrame
    gaps: pd.DataFrame
    curve: pd.DataFrame = field(repr=False)
    choices: dict[float, ThresholdChoice] = field(repr=False)
    confidence: float = 0.95
    scale: float = 1.0

    @property
    def found(self) -> bool:
        """Whether some target is reached."""
        return not np.isnan(self.recommended)

    @property
    def choice(self) -> ThresholdChoice | None:
        """The :class:`ThresholdChoice` of the recommended target (``None`` when none is reached)."""
        return self.choices.get(self.recommended) if self.found else None

    @property
    def policy(self) -> Any:
        """The recommended :class:`GatingPolicy` (showing nothing when no target is reached)."""
        if self.found:
            return self.choices[self.recommended].policy
        return next(iter(self.choices.values())).policy

    def report(self) -> str:
        """The decision as plain text: one line per target, the recommendation, and the advice."""
        lines = []
        for r in self.table.itertuples():
            if r.found:
                lines.append(
                    f"- {r.target_precision:.0%} target: threshold {r.threshold:.2f} shows {r.shown:,} of {r.n_eligible:,}"
                    f" eligible questions ({r.coverage:.1%}), {r.correct:,} correct ({r.precision:.1%}, at least"
                    f" {r.precision_lower:.1%} with {self.confidence:.0%} confidence), {r.saved_hours:,.1f} hours saved"
                )
            else:
                lines.append(f"- {r.target_precision:.0%} target: not reached")
        lines.append(self.reason)
        lines += [f"- {a}" for a in self.advice["what_would"]]
        return "\n".join(lines)


def _band(curve: pd.DataFrame, confidence: float) -> pd.DataFrame:
    k = curve["correct"].to_numpy(dtype=float)
    n = curve["shown"].to_numpy(dtype=float)
    a = (1.0 - confidence) / 2.0
    with np.errstate(invalid="ignore"):
        lo = np.where(k > 0, stats.beta.ppf(a, k, n - k + 1), 0.0)
        hi = np.where(k < n, stats.beta.ppf(1.0 - a, k + 1, n - k), 1.0)
    out = curve.copy()
    out["ci_low"] = np.where(n > 0, lo, np.nan)
    out["ci_high"] = np.where(n > 0, hi, np.nan)
    return out


def _weak_entries(pq: pd.DataFrame, threshold: float, margin: float, n: int) -> pd.DataFrame:
    cols = ["kb_id", "shown", "wrong", "precision"]
    if "kb_id" not in pq:
        return pd.DataFrame(columns=cols)
    eligible, score, mar, ok, _ = _arrays(pq)
    shown = eligible & (score >= threshold) & (mar >= margin)
    if not shown.any():
        return pd.DataFrame(columns=cols)
    f = pd.DataFrame({"kb_id": pq["kb_id"].astype("str").to_numpy()[shown], "ok": ok[shown]})
    g = f.groupby("kb_id", sort=True)["ok"].agg(shown="size", correct="sum").reset_index()
    g["wrong"] = (g["shown"] - g["correct"]).astype(np.int64)
    g["shown"] = g["shown"].astype(np.int64)
    g["precision"] = g["correct"] / g["shown"]
    g = g[g["wrong"] > 0].sort_values(["wrong", "kb_id"], ascending=[False, True], kind="stable")
    return g[cols].head(n).reset_index(drop=True)


def _gaps(pq: pd.DataFrame, topic_col: str | None, threshold: float, margin: float, n: int) -> pd.DataFrame:
    cols = ["topic", "n_eligible", "shown", "coverage", "n_unanswered"]
    if topic_col is None:
        return pd.DataFrame(columns=cols)
    eligible, score, mar, _, _ = _arrays(pq)
    known = pq[topic_col].notna().to_numpy()  # missing: not a topic (generic re-asks), left out
    topic = pq[topic_col].map(lambda v: "long tail (no topic)" if str(v) in ("-1", "-1.0", "") else str(v))
    keep = eligible & known
    f = pd.DataFrame({"topic": topic.to_numpy()[keep], "shown": ((score >= threshold) & (mar >= margin))[keep]})
    if f.empty:
        return pd.DataFrame(columns=cols)
    g = f.groupby("topic", sort=True)["shown"].agg(n_eligible="size", shown="sum").reset_index()
    g["shown"] = g["shown"].astype(np.int64)
    g["coverage"] = g["shown"] / g["n_eligible"]
    g["n_unanswered"] = (g["n_eligible"] - g["shown"]).astype(np.int64)
    tail = g[g["topic"] == "long tail (no topic)"]
    head = g[g["topic"] != "long tail (no topic)"].sort_values(["n_unanswered", "topic"], ascending=[False, True],
                                                               kind="stable").head(n)
    return pd.concat([head, tail], ignore_index=True)[cols]


def gating_decision(
    replayed: GatingResult | pd.DataFrame,
    *,
    targets: Sequence[float] = (0.8, 0.85, 0.9),
    confidence: float = 0.95,
    margin: float = 0.0,
    thresholds: Any = None,
    min_coverage: float = 0.05,
    min_shown: int = 100,
    scale: float = 1.0,
    topic_col: str | None = None,
    n_advice: int = 5,
    random_state: int | np.random.Generator | None = 0,
) -> GatingDecision:
    """Thresholds for several precision targets on one replay, the one to switch on, and what would help.

    Parameters
    ----------
    replayed : GatingResult or pandas.DataFrame
        :func:`simulate_gating` output (``score``, ``margin``,
        ``is_top_correct``; ``is_eligible``, ``potential_saved_seconds``,
        ``kb_id`` and ``topic_col`` used when present).
    targets : sequence of float, default (0.8, 0.85, 0.9)
        Precision targets in (0, 1), each tested with
        :func:`choose_threshold` (Learn-Then-Test) at ``confidence``. Each
        target is a separate claim; the recommendation picks among claims
        that each hold at ``confidence``.
    confidence : float, default 0.95
    margin : float, default 0.0
        Minimum gap between the first and second KB entry, held fixed.
    thresholds : array-like, optional
        Candidate thresholds; default 0, 0.01, ..., 1.
    min_coverage : float, default 0.05
        The share of eligible questions a target must still show
        suggestions on to be worth switching on.
    min_shown : int, default 100
        As :func:`choose_threshold`; also the least shown suggestions for a
        threshold to be named in the advice.
    scale : float, default 1.0
        Multiplies the hours saved, e.g. eligible questions / replayed
        questions when the replay is a sample.
    topic_col : str, optional
        A per-question topic column (e.g. the labels of
        :attr:`toolkit.questions.FrequentQuestions.topic_labels_`; -1 = the
        long tail, missing = not a topic, such as a generic re-ask) for
        :attr:`GatingDecision.gaps`.
    n_advice : int, default 5
        Rows of ``weak_entries`` and ``gaps``.
    random_state : int, numpy.random.Generator or None, default 0
        Seeds the bootstrap intervals of :func:`choose_threshold`.

    Returns
    -------
    GatingDecision

    Raises
    ------
    ValueError
        For no target, a target outside (0, 1), or a negative ``scale``.

    Notes
    -----
    The recommendation is the strictest target reached whose coverage is at
    least ``min_coverage``; when every reached target shows less, the one
    with the most correct suggestions. Stricter targets cost coverage, so
    the reason names what the next looser target would add. Hours saved
    follow :func:`simulate_gating` (an agent's reply time, at most 30
    minutes, less 60 s to check a suggestion).
    """
    tg = sorted({round(float(t), 6) for t in targets})
    if not tg:
        raise ValueError("targets must hold at least one precision target")
    for t in tg:
        if not 0.0 < t < 1.0:
            raise ValueError(f"every target must lie in (0, 1); got {t!r}")
    if not np.isfinite(float(scale)) or float(scale) < 0:
        raise ValueError(f"scale must be a non-negative number; got {scale!r}")
    margin = _unit("margin", margin)
    pq = _replayed(replayed)
    thr = _grid(DEFAULT_THRESHOLDS if thresholds is None else thresholds, "thresholds")
    curve = _band(sweep_thresholds(pq, thresholds=thr, margins=[margin]), float(confidence))
    curve["saved_hours"] = curve["saved_hours"] * float(scale)
    # Each target's bootstrap interval from the same seed: a target's row does not depend on the others asked for.
    choices = {t: choose_threshold(t, pq, margin=margin, thresholds=thr, confidence=confidence, min_shown=min_shown,
                                   random_state=random_state) for t in tg}
    rows = []
    for t, c in choices.items():
        saved = float(curve.loc[np.isclose(curve["threshold"], c.threshold), "saved_hours"].sum()) if c.found else 0.0
        rows.append({"target_precision": t, "found": c.found, "threshold": c.threshold, "margin": margin,
                     "n_eligible": int(c.n_eligible), "shown": int(c.shown), "correct": int(c.correct),
                     "precision": c.precision, "precision_lower": c.precision_lower, "coverage": c.coverage,
                     "saved_hours": saved})
    table = pd.DataFrame(rows)
    reached = table[table["found"]]
    useful = reached[reached["coverage"] >= float(min_coverage)]
    if not useful.empty:
        rec = useful.iloc[-1]
    elif not reached.empty:
        rec = reached.sort_values(["correct", "target_precision"], ascending=[False, False], kind="stable").iloc[0]
    else:
        rec = None
    recommended = float(rec["target_precision"]) if rec is not None else float("nan")
    table["is_recommended"] = np.isclose(table["target_precision"], recommended)
    table = table[list(DECISION_COLUMNS)]

    reason = _reason(table, rec, float(min_coverage), float(confidence))
    tested = curve[curve["shown"] >= int(min_shown)]
    advice_rows = []
    for t, c in choices.items():
        if c.found:
            continue
        best = tested.sort_values(["precision", "shown"], ascending=[False, False], kind="stable").head(1)
        if best.empty:
            advice_rows.append({"target_precision": t, "best_threshold": np.nan, "best_precision": np.nan,
                                "best_shown": 0, "judged_needed": np.nan,
                                "what_would": f"{t:.0%}: fewer than {min_shown} suggestions at any threshold; replay "
                                              "more questions (or label more replies) before any claim"})
            continue
        b = best.iloc[0]
        need = needed_to_prove(float(b["precision"]), t, float(confidence))
        if need is not None:
            text = (f"{t:.0%}: at threshold {b['threshold']:.2f} the replay measures {b['precision']:.1%} on "
                    f"{int(b['shown']):,} shown suggestions; about {need:,} judged suggestions at that threshold "
                    f"(labelled replies) would prove {t:.0%} if that precision holds")
        else:
            text = (f"{t:.0%}: no threshold measures above {t:.0%} on {min_shown}+ suggestions (best "
                    f"{b['precision']:.1%} at {b['threshold']:.2f}); more labels will not help: fix the KB entries "
                    "whose suggestions are wrong most often, and add entries for the topics left unanswered")
        advice_rows.append({"target_precision": t, "best_threshold": float(b["threshold"]),
                            "best_precision": float(b["precision"]), "best_shown": int(b["shown"]),
                            "judged_needed": float(need) if need is not None else np.nan, "what_would": text})
    advice = pd.DataFrame(advice_rows, columns=["target_precision", "best_threshold", "best_precision", "best_shown",
                                                "judged_needed", "what_would"])
    at = float(rec["threshold"]) if rec is not None else (
        float(tested["threshold"].min()) if not tested.empty else float(thr[len(thr) // 2]))
    return GatingDecision(
        table=table, recommended=recommended, reason=reason, advice=advice,
        weak_entries=_weak_entries(pq, at, margin, int(n_advice)),
        gaps=_gaps(pq, topic_col, at, margin, int(n_advice)),
        curve=curve, choices=choices, confidence=float(confidence), scale=float(scale),
    )


def _reason(table: pd.DataFrame, rec: pd.Series | None, min_coverage: float, confidence: float) -> str:
    if rec is None:
        return (f"No target is reached with {confidence:.0%} confidence: do not switch suggestions on yet "
                "(see what would help below).")
    t = float(rec["target_precision"])
    text = (f"Recommended: the {t:.0%} target, threshold {rec['threshold']:.2f}: it shows {rec['coverage']:.1%} of "
            f"eligible questions and at least {t:.0%} of them are right with {confidence:.0%} confidence")
    stricter = table[(table["target_precision"] > t) & table["found"]]
    looser = table[(table["target_precision"] < t) & table["found"]]
    if not stricter.empty:
        s = stricter.iloc[0]
        text += (f"; the {s['target_precision']:.0%} target would show only {s['coverage']:.1%} (less than the "
                 f"{min_coverage:.0%} worth switching on)")
    elif (table["target_precision"] > t).any():
        text += "; no stricter target is reached"
    looser = looser[looser["shown"] > int(rec["shown"])]
    if not looser.empty:
        lo = looser.iloc[-1]
        extra = int(lo["shown"]) - int(rec["shown"])
        wrong = int(lo["shown"]) - int(lo["correct"]) - (int(rec["shown"]) - int(rec["correct"]))
        text += (f". Dropping to {lo['target_precision']:.0%} would show {extra:,} more suggestions, of which "
                 f"{wrong:,} more are wrong")
    if float(rec["coverage"]) < min_coverage:
        text += f". Coverage is below {min_coverage:.0%}: worth it only where a wrong suggestion is cheap"
    return text + "."

"""Threshold statistics: sweeps over a grid, a threshold chosen with confidence, per-segment thresholds.

:func:`sweep_thresholds` evaluates a whole grid of thresholds and margins
from one sort of the scores, :func:`choose_threshold` picks the lowest
threshold whose precision reaches a target with a stated confidence, and
:func:`segment_thresholds` does so per segment. Public home:
:mod:`toolkit.gating.simulate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import stats

from ._checks import _unit
from ._replay import GatingPolicy, GatingResult
from .._validate import check_random_state, require_columns


# --------------------------------------------------------------------------
# Sweeps
# --------------------------------------------------------------------------

DEFAULT_THRESHOLDS = np.round(np.linspace(0.0, 1.0, 101), 2)


def _replayed(replayed: GatingResult | pd.DataFrame) -> pd.DataFrame:
    pq = replayed.per_question if isinstance(replayed, GatingResult) else replayed
    require_columns(pq, ("score", "margin", "is_top_correct"), "replayed")
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
        require_columns(pq, (by,), "replayed")
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
    rng = check_random_state(random_state)
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
    require_columns(pq, (by,), "replayed")
    rng = check_random_state(random_state)
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

"""Plots of the gating frames: eligibility reasons, the funnel, licence gains, precision vs coverage.

Each ``plot_x(frame, *, ax=None, ...)`` draws the tidy frame a
:mod:`toolkit.gating` function returns and gives back its Axes; it never
shows, saves or closes the figure. Call :func:`toolkit.plots.use_cjk_font`
once first so Chinese labels render.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..plots.base import new_axes

__all__ = ["plot_eligibility_reasons", "plot_funnel", "plot_gating_decision", "plot_marginal_gains",
           "plot_precision_coverage"]


def _ax(ax: Axes | None, figsize: tuple[float, float] = (7, 4)) -> Axes:
    return new_axes(ax, figsize)


def plot_eligibility_reasons(
    elig: pd.DataFrame, *, ax: Axes | None = None, title: str = "适用性 Eligibility by reason"
) -> Axes:
    """Horizontal bars: how many messages (or questions) carry each ``reason``.

    Parameters
    ----------
    elig : pandas.DataFrame
        :func:`toolkit.gating.eligibility` or
        :func:`toolkit.gating.eligible_questions` output (``reason``,
        ``is_eligible``).

    Examples
    --------
    >>> import pandas as pd
    >>> e = pd.DataFrame({"reason": ["eligible_single", "internal", "eligible_single"],
    ...                   "is_eligible": [True, False, True]})
    >>> ax = plot_eligibility_reasons(e)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['internal', 'eligible_single']
    """
    counts = elig.groupby("reason")["is_eligible"].agg(["size", "first"]).sort_values("size")
    ax = _ax(ax)
    colors = ["tab:green" if ok else "tab:gray" for ok in counts["first"]]
    ax.barh(counts.index.astype(str), counts["size"], color=colors)
    for y, v in enumerate(counts["size"]):
        ax.annotate(f"{int(v):,}", (v, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlabel("messages")
    ax.set_title(title)
    return ax


def plot_funnel(funnel: pd.DataFrame, *, ax: Axes | None = None, title: str = "建议漏斗 Suggestion funnel") -> Axes:
    """The funnel of :func:`toolkit.gating.gating_funnel` as bars, estimates hatched.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"stage": ["archived", "eligible"], "n": [10.0, 8.0], "share_of_all": [1.0, 0.8],
    ...                   "is_estimate": [False, False]})
    >>> ax = plot_funnel(f)
    >>> len(ax.patches), ax.get_title()
    (2, '建议漏斗 Suggestion funnel')
    """
    ax = _ax(ax)
    f = funnel.iloc[::-1]
    bars = ax.barh(f["stage"].astype(str), f["n"], color="tab:blue")
    for bar, est, share in zip(bars, f["is_estimate"], f["share_of_all"]):
        if est:
            bar.set_hatch("//")
            bar.set_alpha(0.6)
        ax.annotate(f"{bar.get_width():,.0f} ({share:.0%})", (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_xlabel("customer questions (hatched: estimated)")
    ax.set_title(title)
    ax.margins(x=0.2)
    return ax


def plot_marginal_gains(
    steps: pd.DataFrame, *, ax: Axes | None = None, title: str = "授权的边际收益 Marginal gain per licence"
) -> Axes:
    """Bars of each licence's marginal gain (estimated part hatched) and the cumulative share on a second axis.

    Parameters
    ----------
    steps : pandas.DataFrame
        :func:`toolkit.gating.optimize_licenses` output.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"step": [1, 2], "userid": ["a", "b"], "marginal_gain": [5.0, 2.0],
    ...                   "observed_gain": [3.0, 2.0], "estimated_gain": [2.0, 0.0], "cumulative_share": [0.7, 1.0]})
    >>> ax = plot_marginal_gains(s)
    >>> ax.get_xlabel()
    'licences (greedy order)'
    """
    ax = _ax(ax, (10, 4))
    x = steps["step"].to_numpy()
    obs = np.minimum(steps["observed_gain"].to_numpy(), steps["marginal_gain"].to_numpy())
    est = steps["marginal_gain"].to_numpy() - obs
    ax.bar(x, obs, color="tab:blue", label="observed")
    ax.bar(x, est, bottom=obs, color="tab:blue", alpha=0.4, hatch="//", label="estimated (never archived)")
    ax.set_xlabel("licences (greedy order)")
    ax.set_ylabel("questions made eligible")
    ax2 = ax.twinx()
    ax2.plot(x, steps["cumulative_share"].to_numpy(), color="tab:orange", marker=".", label="cumulative share")
    ax2.set_ylim(0, 1.05)
    ax2.set_ylabel("cumulative share")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="center right", fontsize=8)
    ax.set_title(title)
    return ax


def plot_precision_coverage(
    curve: pd.DataFrame,
    *,
    choice: Any = None,
    ax: Axes | None = None,
    title: str = "精确率与覆盖率 Precision vs coverage",
) -> Axes:
    """Precision against coverage over the thresholds of a sweep, with the chosen point and its interval.

    Parameters
    ----------
    curve : pandas.DataFrame
        :func:`toolkit.gating.sweep_thresholds` output (one line per
        margin), or ``ThresholdChoice.curve``.
    choice : ThresholdChoice, optional
        Marks the chosen threshold with its bootstrap interval and the target.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"margin": 0.0, "threshold": [0.2, 0.8], "coverage": [0.9, 0.2], "precision": [0.6, 0.95]})
    >>> ax = plot_precision_coverage(c)
    >>> len(ax.get_lines()), ax.get_xlabel()
    (1, 'coverage (shown / eligible questions)')
    """
    ax = _ax(ax, (7, 5))
    for m, part in curve.groupby("margin", sort=True):
        part = part.sort_values("threshold")
        ax.plot(part["coverage"], part["precision"], marker=".", ms=3, label=f"margin ≥ {m:.2f}")
    if choice is not None and choice.found:
        err = np.array([[choice.precision - choice.ci_low], [choice.ci_high - choice.precision]])
        ax.errorbar([choice.coverage], [choice.precision], yerr=err, fmt="o", color="tab:red", capsize=4,
                    label=f"chosen: threshold {choice.threshold:.2f}")
    if choice is not None:
        ax.axhline(choice.target_precision, color="tab:red", ls="--", lw=1, label=f"target {choice.target_precision:.0%}")
    ax.set_xlabel("coverage (shown / eligible questions)")
    ax.set_ylabel("precision (correct / shown)")
    ax.set_xlim(0, 1.02)
    ax.legend(fontsize=8)
    ax.set_title(title)
    return ax


def plot_gating_decision(
    decision: Any,
    *,
    ax: Axes | None = None,
    title: str = "推荐阈值 Gating decision: precision vs coverage",
) -> Axes:
    """The precision-coverage curve with its confidence band, each target, and the recommended threshold.

    Parameters
    ----------
    decision : GatingDecision
        :func:`toolkit.gating.gating_decision` output: its ``curve`` (with
        ``ci_low`` / ``ci_high``) and ``table``.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> from toolkit.gating import gating_decision
    >>> rng = np.random.default_rng(0)
    >>> s = rng.random(3000)
    >>> d = gating_decision(pd.DataFrame({"score": s, "margin": 0.5, "is_top_correct": rng.random(3000) < s ** 0.5}))
    >>> ax = plot_gating_decision(d)
    >>> ax.get_xlabel()
    'coverage (shown / eligible questions)'
    """
    ax = _ax(ax, (8, 5))
    c = decision.curve[decision.curve["shown"] > 0].sort_values("threshold")
    ax.fill_between(c["coverage"], c["ci_low"], c["ci_high"], color="tab:blue", alpha=0.2, lw=0,
                    label=f"{decision.confidence:.0%} confidence band")
    ax.plot(c["coverage"], c["precision"], color="tab:blue", lw=1.5, label="measured precision")
    colors = plt.get_cmap("tab10")
    for i, r in enumerate(decision.table.itertuples()):
        col = colors(i + 1)
        ax.axhline(r.target_precision, color=col, ls="--", lw=0.8)
        if r.found:
            ax.plot([r.coverage], [r.precision], marker="*" if r.is_recommended else "o",
                    ms=14 if r.is_recommended else 7, color=col, ls="none",
                    label=(f"{r.target_precision:.0%}: threshold {r.threshold:.2f}, coverage {r.coverage:.1%}"
                           + (" (recommended)" if r.is_recommended else "")))
        else:
            ax.plot([], [], ls="--", color=col, label=f"{r.target_precision:.0%}: not reached")
    lo = float(np.nanmin([c["ci_low"].min() if len(c) else 1.0, decision.table["target_precision"].min()]))
    ax.set_ylim(max(0.0, lo - 0.05), 1.01)
    ax.set_xlim(0, min(1.02, float(c["coverage"].max()) * 1.05 + 0.02) if len(c) else 1.02)
    ax.set_xlabel("coverage (shown / eligible questions)")
    ax.set_ylabel("precision (correct / shown)")
    ax.legend(fontsize=8, loc="lower left")
    ax.set_title(title)
    return ax

"""Plots of the ops frames: refusal rates, reply times, file freshness, retention, QA hits.

Each ``plot_x(frame, *, ax=None, ...)`` draws a frame returned by a
:mod:`toolkit.ops` function, computes nothing of its own, and returns the
Axes (never shows, saves or closes). Call :func:`toolkit.plots.use_cjk_font`
first so Chinese labels render.
"""

from __future__ import annotations

from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..plots.base import new_axes as _axes, require_frame as _require, set_labels as _label

__all__ = [
    "plot_refusal_rates",
    "plot_reply_time_distribution",
    "plot_reply_time_trend",
    "plot_period_comparison",
    "plot_file_freshness",
    "plot_retention",
    "plot_qa_hits",
]

_FLAG = "#d62728"
_BASE = "#1f77b4"
_AFTER = "#2ca02c"


def _no_data(ax: Axes) -> None:
    ax.text(0.5, 0.5, "无数据 No data", transform=ax.transAxes, ha="center", va="center", color="0.4")


def _fmt_label(v: Any) -> str:
    if isinstance(v, pd.Timestamp):
        return f"{v:%m-%d}"
    return "未知 unknown" if pd.isna(v) else str(v)


def plot_refusal_rates(
    rates: pd.DataFrame,
    *,
    by: str | None = None,
    threshold: float | None = None,
    ax: Axes | None = None,
    title: str | None = "拒绝存档率 Refusal rate",
    xlabel: str | None = "拒绝率 Refusal rate",
    ylabel: str | None = None,
) -> Axes:
    """Horizontal bars of refusal rates with their Wilson intervals; flagged groups in red.

    Parameters
    ----------
    rates : pandas.DataFrame
        From :func:`toolkit.ops.refusal_rate` with ``by`` set: the group
        column, ``refusal_rate``, ``ci_low``, ``ci_high``, ``flagged``.
    by : str, optional
        The group column; by default the first column before ``prompted``.
    threshold : float, optional
        Draws the threshold line; defaults to ``rates.attrs["threshold"]``.
    ax : matplotlib.axes.Axes, optional
    title, xlabel, ylabel : str or None

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"employee_id": ["a", "b"], "prompted": [10, 20], "refusal_rate": [0.1, 0.3],
    ...                   "ci_low": [0.02, 0.15], "ci_high": [0.4, 0.5], "flagged": [False, True]})
    >>> ax = plot_refusal_rates(r, threshold=0.2)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a', 'b']
    """
    _require(rates, ["refusal_rate", "ci_low", "ci_high", "flagged"], "rates")
    ax = _axes(ax)
    cols = list(rates.columns)
    if by is None:
        cand = cols[: cols.index("prompted")] if "prompted" in cols else []
        by = cand[0] if cand else None
    labels = [_fmt_label(v) for v in rates[by]] if by else ["全部 overall"] * len(rates)
    pos = np.arange(len(rates))
    rate = rates["refusal_rate"].to_numpy(dtype=float)
    err = np.vstack([np.clip(rate - rates["ci_low"].to_numpy(dtype=float), 0, None),
                     np.clip(rates["ci_high"].to_numpy(dtype=float) - rate, 0, None)])
    colors = [_FLAG if f else _BASE for f in rates["flagged"]]
    if len(rates):
        ax.barh(pos, np.nan_to_num(rate), xerr=np.nan_to_num(err), color=colors, ecolor="0.3", capsize=2)
        ax.set_yticks(pos, labels)
        ax.set_ylim(len(rates) - 0.5, -0.5)
    else:
        _no_data(ax)
    thr = threshold if threshold is not None else rates.attrs.get("threshold")
    if thr is not None:
        ax.axvline(thr, color=_FLAG, linestyle="--", linewidth=1, label=f"阈值 threshold {thr:.0%}")
        ax.legend(loc="lower right")
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:.0%}"))
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_reply_time_distribution(
    rt: pd.DataFrame,
    *,
    change_date: Any = None,
    column: str = "reply_seconds",
    bins: int = 40,
    ax: Axes | None = None,
    title: str | None = "回复时长分布 Reply times",
    xlabel: str | None = "回复时长（秒，对数）Reply time (s, log)",
    ylabel: str | None = "占比 Share",
) -> Axes:
    """Histogram of reply times on a log scale, split before/after ``change_date`` when given.

    Parameters
    ----------
    rt : pandas.DataFrame
        From :func:`toolkit.ops.reply_times` or
        :func:`toolkit.ops.first_reply_times` (``asked_at`` or
        ``started_at``, and ``column``).
    change_date : date or str, optional
        Splits the rows into before and after (same zone as the frame).
    column : str
        Duration column (seconds).
    bins : int
        Log-spaced bins.
    ax, title, xlabel, ylabel
        As usual.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.date_range("2026-08-20", periods=6, freq="2D", tz="Asia/Shanghai")
    >>> rt = pd.DataFrame({"asked_at": t, "reply_seconds": [300.0, 200, 400, 60, 50, 70]})
    >>> ax = plot_reply_time_distribution(rt, change_date="2026-08-25")
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['之前 before (n=3)', '之后 after (n=3)']
    """
    tcol = "asked_at" if "asked_at" in rt.columns else "started_at"
    _require(rt, [column, tcol], "rt")
    ax = _axes(ax)
    v = rt[column].astype(float)
    ok = v.notna() & (v > 0)
    if not ok.any():
        _no_data(ax)
        _label(ax, title, xlabel, ylabel)
        return ax
    edges = np.logspace(np.log10(v[ok].min()), np.log10(v[ok].max()), bins + 1)
    if change_date is not None:
        tz = rt[tcol].dt.tz
        ch = pd.Timestamp(change_date)
        ch = ch.tz_localize(tz) if ch.tzinfo is None and tz is not None else ch
        after = rt[tcol] >= ch
        parts = [(v[ok & ~after], "之前 before", _BASE), (v[ok & after], "之后 after", _AFTER)]
    else:
        parts = [(v[ok], "全部 all", _BASE)]
    for values, name, color in parts:
        if len(values):
            ax.hist(values, bins=edges, weights=np.full(len(values), 1 / len(values)), alpha=0.55, color=color,
                    label=f"{name} (n={len(values):,})")
    ax.set_xscale("log")
    ax.legend()
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_reply_time_trend(
    weekly: pd.DataFrame,
    *,
    change_date: Any = None,
    ax: Axes | None = None,
    title: str | None = "每周回复时长 Weekly reply time",
    xlabel: str | None = "周 Week",
    ylabel: str | None = "秒 Seconds",
) -> Axes:
    """Weekly p50 and p90 reply times as lines, with the change date marked.

    Parameters
    ----------
    weekly : pandas.DataFrame
        From :func:`toolkit.ops.summarize_reply_times` with ``by="week"``:
        ``week``, ``p50_seconds``, ``p90_seconds``.
    change_date : date or str, optional
        Draws a vertical line.
    ax, title, xlabel, ylabel
        As usual.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"week": pd.to_datetime(["2026-08-17", "2026-08-24"]),
    ...                   "p50_seconds": [300.0, 60.0], "p90_seconds": [1500.0, 300.0]})
    >>> ax = plot_reply_time_trend(w, change_date="2026-08-25")
    >>> len(ax.get_lines())
    3
    """
    _require(weekly, ["week", "p50_seconds", "p90_seconds"], "weekly")
    ax = _axes(ax)
    x = pd.to_datetime(weekly["week"])
    ax.plot(x, weekly["p50_seconds"], marker="o", color=_BASE, label="p50 中位数 median")
    ax.plot(x, weekly["p90_seconds"], marker="s", color="#ff7f0e", label="p90")
    if change_date is not None:
        ch = pd.Timestamp(change_date)
        ax.axvline(ch.tz_localize(None) if ch.tzinfo else ch, color=_FLAG, linestyle="--", linewidth=1, label="变更 change")
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d"))
    ax.legend()
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_period_comparison(
    cmp: pd.DataFrame,
    *,
    by: str | None = None,
    ax: Axes | None = None,
    title: str | None = "中位回复时长变化 Change in median reply time",
    xlabel: str | None = "之后 − 之前（秒）After − before (s)",
    ylabel: str | None = None,
) -> Axes:
    """Difference of medians (after − before) per group, with bootstrap intervals.

    Parameters
    ----------
    cmp : pandas.DataFrame
        From :func:`toolkit.ops.compare_periods`: ``p50_diff_seconds``,
        ``ci_low``, ``ci_high`` and the group column.
    by : str, optional
        Group column; by default the first column before ``n_before``.
    ax, title, xlabel, ylabel
        As usual.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"employee_id": ["a", "b"], "n_before": [50, 60], "p50_diff_seconds": [-200.0, -150.0],
    ...                   "ci_low": [-250.0, -190.0], "ci_high": [-160.0, -100.0]})
    >>> ax = plot_period_comparison(c)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a', 'b']
    """
    _require(cmp, ["p50_diff_seconds", "ci_low", "ci_high"], "cmp")
    ax = _axes(ax)
    cols = list(cmp.columns)
    if by is None:
        cand = cols[: cols.index("n_before")] if "n_before" in cols else []
        by = cand[0] if cand else None
    labels = [_fmt_label(v) for v in cmp[by]] if by else ["全部 overall"] * len(cmp)
    d = cmp["p50_diff_seconds"].to_numpy(dtype=float)
    err = np.vstack([np.clip(d - cmp["ci_low"].to_numpy(dtype=float), 0, None), np.clip(cmp["ci_high"].to_numpy(dtype=float) - d, 0, None)])
    pos = np.arange(len(cmp))
    if len(cmp):
        ax.errorbar(d, pos, xerr=np.nan_to_num(err), fmt="o", color=_BASE, ecolor="0.4", capsize=2)
        ax.set_yticks(pos, labels)
        ax.set_ylim(len(cmp) - 0.5, -0.5)
    else:
        _no_data(ax)
    ax.axvline(0, color="0.3", linewidth=1)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_file_freshness(
    fresh: pd.DataFrame,
    *,
    lag_hours: float = 24.0,
    ax: Axes | None = None,
    title: str | None = "每日文件延迟 Daily file delay",
    xlabel: str | None = "文件日期 File date",
    ylabel: str | None = "最早消息等待（小时）Oldest message wait (h)",
) -> Axes:
    """Bars of each daily file's ``delay_hours``; late files in red, missing dates as red marks.

    Parameters
    ----------
    fresh : pandas.DataFrame
        From :func:`toolkit.ops.file_freshness`: ``file_date``, ``status``,
        ``delay_hours``.
    lag_hours : float
        Draws the normal-lag line (24 h for T+1).
    ax, title, xlabel, ylabel
        As usual.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"file_date": pd.to_datetime(["2026-08-10", "2026-08-11", "2026-08-12"]),
    ...                   "status": ["ok", "missing", "late"], "delay_hours": [20.0, None, 47.8]})
    >>> ax = plot_file_freshness(f)
    >>> len(ax.patches)
    2
    """
    _require(fresh, ["file_date", "status", "delay_hours"], "fresh")
    ax = _axes(ax)
    d = fresh.dropna(subset=["file_date"])
    x = pd.to_datetime(d["file_date"])
    x = x.dt.tz_localize(None) if x.dt.tz is not None else x
    has = d["delay_hours"].notna().to_numpy()
    colors = [_FLAG if s in ("late", "stale") else _BASE for s in d["status"]]
    ax.bar(x[has], d["delay_hours"][has], width=0.8, color=[c for c, h in zip(colors, has, strict=True) if h])
    miss = d["status"].eq("missing").to_numpy()
    if miss.any():
        ax.plot(x[miss], np.zeros(int(miss.sum())), "x", color=_FLAG, markersize=10, mew=2, label="缺失 missing")
    ax.axhline(lag_hours, color="0.3", linestyle="--", linewidth=1, label=f"T+1 ({lag_hours:g} h)")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d"))
    ax.legend()
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_retention(days: pd.DataFrame, *, ax: Axes | None = None, title: str = "每日存档消息数", ylabel: str = "消息数") -> Axes:
    """Messages per day of the covered period; missing days in red, quarantined records stacked.

    Parameters
    ----------
    days : pandas.DataFrame
        ``RetentionCheck.days``: ``day``, ``n_messages``, ``n_quarantined``,
        ``is_missing``.
    ax : matplotlib.axes.Axes, optional
    title, ylabel : str

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.DataFrame({"day": pd.date_range("2026-07-01", periods=3, tz="Asia/Shanghai"),
    ...                   "n_messages": [5, 0, 7], "n_quarantined": [0, 0, 1], "is_missing": [False, True, False]})
    >>> ax = plot_retention(d)
    >>> len(ax.patches)
    7
    """
    ax = _axes(ax, figsize=(10, 3))
    x = pd.to_datetime(days["day"]).dt.tz_localize(None)
    ax.bar(x, days["n_messages"], width=0.9, color="#4c72b0", label="消息")
    ax.bar(x, days["n_quarantined"], bottom=days["n_messages"], width=0.9, color="#dd8452", label="隔离记录")
    missing = days["is_missing"].to_numpy(dtype=bool)
    top = float(max(days["n_messages"].max() if len(days) else 1, 1))
    ax.bar(x[missing], [top] * int(missing.sum()), width=0.9, color="#c44e52", alpha=0.3, label="缺失日")
    _label(ax, title, None, ylabel)
    ax.legend(loc="upper left", fontsize="small")
    return ax


def plot_qa_hits(hits: pd.DataFrame, *, ax: Axes | None = None, title: str = "质检命中", xlabel: str = "命中数") -> Axes:
    """Horizontal bars: hits per rule, coloured by severity.

    Parameters
    ----------
    hits : pandas.DataFrame
        :func:`toolkit.ops.qa_hits` output (``rule``, ``severity``).
    ax : matplotlib.axes.Axes, optional
    title, xlabel : str

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_qa_hits(pd.DataFrame({"rule": ["a", "a", "b"], "severity": ["high", "high", "low"]}))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['b', 'a']
    """
    ax = _axes(ax, figsize=(7, 3))
    counts = hits.groupby(["rule", "severity"], sort=False).size().reset_index(name="n")
    counts = counts.sort_values(["n", "rule"], ascending=[True, False], kind="stable")
    colors = {"high": "#c44e52", "medium": "#dd8452", "low": "#8c8c8c"}
    ax.barh(counts["rule"], counts["n"], color=[colors.get(s, "#4c72b0") for s in counts["severity"]])
    _label(ax, title, xlabel, None)
    return ax

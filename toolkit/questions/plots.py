"""Plots of frequent questions: top topics and their phrasings, a treemap, weekly trends.

Every function draws on a given or new Axes with Chinese labels rendered
(:func:`toolkit.plots.use_cjk_font`) and returns the Axes. They take the
frames of a fitted :class:`~toolkit.questions.FrequentQuestions`:
``topics_`` (the curator's level) and ``clusters_`` (paraphrases, each with
the ``topic_id`` it belongs to).

Examples
--------
>>> import pandas as pd
>>> c = pd.DataFrame({"cluster_id": [0, 1], "label": ["退换货 / 运费", "保修"],
...                   "representative": ["退货运费谁出", "保修多久"],
...                   "n_questions": [30, 20], "share_of_customers": [0.4, 0.25]})
>>> ax = plot_top_clusters(c)
>>> ax.get_xlabel()
'share of customers who asked'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import pandas as pd
import squarify
from matplotlib import colormaps
from matplotlib.colors import to_rgb
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from toolkit.plots.base import new_axes, require_frame as _require

__all__ = [
    "plot_cluster_map",
    "plot_cluster_trends",
    "plot_top_clusters",
    "plot_top_topics",
    "plot_topic_map",
    "plot_topic_trends",
]

# a dark-to-light ramp for a topic's largest clusters, then the rest of the topic
_SEGMENTS = ("#27408B", "#4C72B0", "#8DA9D6")
_REST = "#D6DEEE"
_FOLLOW = ("#5F5F5F", "#8A8A8A", "#B0B0B0")
_FOLLOW_REST = "#DCDCDC"


def _axes(ax: Any, figsize: tuple[float, float]) -> Any:
    return new_axes(ax, figsize)


def _short(text: Any, width: int) -> str:
    s = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def _name(row: pd.Series, width: int = 18) -> str:
    return f"#{int(row['cluster_id'])} {_short(row.get('representative', ''), width)}"


def _topic_name(row: pd.Series, width: int = 18) -> str:
    label = row.get("label")
    text = label if isinstance(label, str) and label else row.get("representative", "")
    return f"T{int(row['topic_id'])} {_short(text, width)}"


def _is_follow_up(frame: pd.DataFrame) -> pd.Series:
    if "is_follow_up" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["is_follow_up"].fillna(False).astype(bool)


def _check_top(top: Any) -> int:
    if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1:
        raise ValueError(f"top must be a positive int; got {top!r}")
    return int(top)


def plot_top_clusters(clusters: pd.DataFrame, *, top: int = 15, by: str | None = None, ax: Any = None) -> Any:
    """Horizontal bars of the largest clusters: "x% of customers asked about ...".

    Parameters
    ----------
    clusters : pandas.DataFrame
        ``FrequentQuestions.clusters_`` (``cluster_id``, ``representative``
        and ``share_of_customers`` or ``n_questions``).
    top : int, default 15
        Bars to draw.
    by : str, optional
        Column to rank and draw; default ``share_of_customers`` when it has
        values, else ``n_questions``.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes

    See Also
    --------
    plot_top_topics : The same one level up, with each topic's phrasings.
    """
    if by is None:
        has_share = "share_of_customers" in clusters and clusters["share_of_customers"].notna().any()
        by = "share_of_customers" if has_share else "n_questions"
    _require(clusters, [by], "clusters")
    ax = _axes(ax, (8, max(2.5, 0.38 * min(top, len(clusters)) + 1)))
    c = clusters.sort_values([by, "cluster_id"], ascending=[False, True]).head(top).iloc[::-1]
    values = c[by].astype(float).to_numpy()
    ax.barh([_name(r) for _, r in c.iterrows()], values, color="#4C72B0")
    share = by == "share_of_customers"
    for y, v in enumerate(values):
        ax.text(v, y, f" {v:.1%}" if share else f" {int(v):,}", va="center", fontsize=8)
    ax.set_xlabel("share of customers who asked" if share else "questions")
    ax.set_title(f"Top {len(c)} frequent questions")
    if share:
        ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.set_xlim(0, (values.max() if len(values) else 1) * 1.15)
    return ax


def _phrasings(topics: pd.DataFrame, clusters: pd.DataFrame | None, n: int) -> dict[int, list[tuple[str, float]]]:
    """Per topic: its ``n`` largest clusters as (representative, share of the topic's questions)."""
    out: dict[int, list[tuple[str, float]]] = {}
    if clusters is not None:
        c = clusters[clusters["topic_id"] >= 0].sort_values(
            ["topic_id", "n_questions", "cluster_id"], ascending=[True, False, True], kind="stable")
        size = dict(zip(topics["topic_id"].astype(int), topics["n_questions"].astype(float)))
        for tid, g in c.groupby("topic_id", sort=False):
            total = max(size.get(int(tid), 0.0), float(g["n_questions"].sum()), 1.0)
            out[int(tid)] = [(str(r), float(k) / total)
                             for r, k in zip(g["representative"].head(n), g["n_questions"].head(n))]
    elif "examples" in topics.columns:
        for tid, ex in zip(topics["topic_id"], topics["examples"]):
            if isinstance(ex, (list, tuple, np.ndarray)):
                out[int(tid)] = [(str(t), float("nan")) for t in list(ex)[:n]]
    return out


def plot_top_topics(topics: pd.DataFrame, clusters: pd.DataFrame | None = None, *, top: int = 15,
                    by: str | None = None, phrasings: int = 3,
                    follow_up: Literal["apart", "inline", "drop"] = "apart", width: int = 14,
                    title: str | None = None, xlabel: str | None = None, ax: Any = None) -> Any:
    """The largest topics, each bar split into its largest paraphrase clusters.

    One bar per topic, as long as the share of customers who asked about
    it (each customer counted once per topic). The bar is split into the
    topic's ``phrasings`` largest paraphrase clusters (dark to light, in
    proportion to their share of the topic's questions) and the rest of the
    topic (palest). Right of each bar: the share, then those clusters'
    representative questions in the same order, so a curator reads "51% of
    customers asked about 退款: 退款退到哪里 · 退款多久到账 · 取消订单".

    The follow-up topic (generic re-asks such as 到底几天 / 还是没明白,
    ``is_follow_up`` True) says that a reply fell short, not what was asked:
    by default it is drawn apart, in grey, below a dashed line.

    Parameters
    ----------
    topics : pandas.DataFrame
        ``FrequentQuestions.topics_``: ``topic_id``, ``label``,
        ``representative``, ``n_questions``, and optionally
        ``share_of_customers``, ``is_follow_up`` and ``examples``.
    clusters : pandas.DataFrame, optional
        ``FrequentQuestions.clusters_`` (``cluster_id``, ``representative``,
        ``n_questions``, ``topic_id``) for the split bars; without it the
        bars are whole and the text shows the topic's ``examples``.
    top : int, default 15
        Topics to draw (not counting the follow-up topic drawn apart).
    by : str, optional
        Column to rank and draw: ``share_of_customers`` when it has values
        (fitted on an :func:`extract_questions` frame), else the share of
        all topics' questions (``n_questions`` over their sum).
    phrasings : int, default 3
        Clusters per topic to show (0 for none).
    follow_up : {"apart", "inline", "drop"}, default "apart"
        Where the follow-up topic goes: below the others, ranked among
        them (grey), or left out.
    width : int, default 14
        Characters kept of each label and phrasing.
    title, xlabel : str, optional
        Override the default title and x-axis label.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    TypeError
        If ``topics`` or ``clusters`` is not a DataFrame.
    ValueError
        For a missing column or an option out of range.

    See Also
    --------
    plot_topic_map : All topics and clusters at once, as a treemap.

    Examples
    --------
    >>> t = pd.DataFrame({"topic_id": [0, 1, 2], "label": ["退款 / 到账", "保修 / 多久", "到底 / 几天"],
    ...                   "representative": ["退款多久到账", "保修多久", "到底几天"],
    ...                   "n_questions": [50, 30, 20], "share_of_customers": [0.4, 0.3, 0.2],
    ...                   "is_follow_up": [False, False, True]})
    >>> c = pd.DataFrame({"cluster_id": [0, 1, 2], "representative": ["退款多久到账", "退款退到哪里", "保修多久"],
    ...                   "n_questions": [30, 15, 30], "topic_id": [0, 0, 1]})
    >>> ax = plot_top_topics(t, c)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['T0 退款 / 到账', 'T1 保修 / 多久', 'T2 到底 / 几天 (re-asks)']
    >>> len(ax.patches)  # T0: 2 clusters + rest; T1: 1 cluster; T2: whole
    5
    """
    _require(topics, ("topic_id", "representative", "n_questions"), "topics")
    if clusters is not None:
        _require(clusters, ("cluster_id", "representative", "n_questions", "topic_id"), "clusters")
    top = _check_top(top)
    if isinstance(phrasings, bool) or not isinstance(phrasings, (int, np.integer)) or phrasings < 0:
        raise ValueError(f"phrasings must be a non-negative int; got {phrasings!r}")
    if follow_up not in ("apart", "inline", "drop"):
        raise ValueError(f"follow_up must be 'apart', 'inline' or 'drop'; got {follow_up!r}")
    t = topics.copy()
    if by is None:
        has_share = "share_of_customers" in t and t["share_of_customers"].notna().any()
        by = "share_of_customers" if has_share else "share_of_questions"
    if by == "share_of_questions" and by not in t.columns:
        total = float(t["n_questions"].sum())
        t[by] = t["n_questions"].astype(float) / total if total else 0.0
    _require(t, [by], "topics")
    is_share = by.startswith("share_of")
    fu = _is_follow_up(t)
    t = t.sort_values([by, "topic_id"], ascending=[False, True], kind="stable")
    if follow_up == "inline":
        main, apart = t.head(top), t.iloc[:0]
    else:
        main, apart = t[~fu.loc[t.index]].head(top), t[fu.loc[t.index]]
        if follow_up == "drop":
            apart = apart.iloc[:0]
    n_rows = len(main) + len(apart)
    ax = _axes(ax, (12, max(2.5, 0.42 * n_rows + (1.6 if len(apart) else 1.0))))
    parts = _phrasings(t, clusters, phrasings) if phrasings else {}
    rows = [(r, False) for _, r in main.iterrows()] + [(r, True) for _, r in apart.iterrows()]
    ys, names, vmax = [], [], 0.0
    for i, (row, is_apart) in enumerate(rows):
        y = float(i) + (0.6 if is_apart else 0.0)
        v = float(row[by]) if pd.notna(row[by]) else 0.0
        vmax = max(vmax, v)
        grey = bool(fu.loc[row.name])
        seg_colors, rest_color = (_FOLLOW, _FOLLOW_REST) if grey else (_SEGMENTS, _REST)
        left = 0.0
        segs = parts.get(int(row["topic_id"]), []) if clusters is not None else []
        for k, (_, frac) in enumerate(segs):
            w = v * frac
            ax.barh(y, w, left=left, color=seg_colors[min(k, len(seg_colors) - 1)], edgecolor="white",
                    linewidth=0.6, height=0.7)
            left += w
        if v - left > 1e-12 or not segs:
            ax.barh(y, v - left, left=left, color=rest_color if segs else seg_colors[1], edgecolor="white",
                    linewidth=0.6, height=0.7)
        value = f"{v:.0%}" if is_share else f"{v:,.0f}"
        texts = [_short(p, width) for p, _ in parts.get(int(row["topic_id"]), [])]
        ax.text(v, y, f"  {value}  " + " · ".join(texts), va="center", fontsize=8.5,
                color="#333333" if not grey else "#555555")
        ys.append(y)
        names.append(_topic_name(row, width) + (" (re-asks)" if grey else ""))
    ax.set_yticks(ys, names, fontsize=9)
    ax.set_ylim(max(ys, default=0) + 0.6, -0.6)
    if len(apart):
        sep = len(main) - 0.5 + 0.3
        ax.axhline(sep, color="#999999", linestyle="--", linewidth=0.8)
        ax.text(0, sep + 0.05, "generic re-asks (follow-ups), shown apart", fontsize=8, color="#555555",
                va="top", ha="left", transform=ax.get_yaxis_transform())
    # room on the right for the phrasings
    ax.set_xlim(0, (vmax or 1.0) * (2.1 if phrasings else 1.2))
    if is_share:
        ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
        ax.set_xticks([x for x in ax.get_xticks() if x <= vmax * 1.05])
    default_x = {"share_of_customers": "share of customers who asked (each customer once per topic)",
                 "share_of_questions": "share of questions"}.get(by, by)
    ax.set_xlabel(default_x if xlabel is None else xlabel)
    ax.set_title(f"Top {len(main)} topics and their most frequent phrasings" if title is None else title)
    if clusters is not None and phrasings:

        names_ = ["largest phrasing", "2nd", "3rd"][: min(phrasings, 3)]
        handles = [Patch(color=_SEGMENTS[k], label=n) for k, n in enumerate(names_)]
        handles.append(Patch(color=_REST, label="rest of the topic"))
        ax.legend(handles=handles, fontsize=8, loc="center right", title="bar split by the topic's questions",
                  title_fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def _week_series(w: Any) -> pd.Series | None:
    if not isinstance(w, pd.Series) or w.empty:
        return None
    if not isinstance(w.index, pd.PeriodIndex):
        w = w.copy()
        w.index = pd.PeriodIndex(pd.DatetimeIndex(w.index).tz_localize(None) if getattr(w.index, "tz", None)
                                 else w.index, freq="W-SUN")
    return w.astype(float)


def _naive(ts: Any, name: str) -> pd.Timestamp | None:
    if ts is None:
        return None
    try:
        t = pd.Timestamp(ts)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a timestamp or None; got {ts!r}") from exc
    if t is pd.NaT:
        raise ValueError(f"{name} must be a timestamp or None; got {ts!r}")
    # weeks are counted in the wall-clock time of asked_at (see summarize_clusters)
    return t.tz_localize(None) if t.tzinfo is not None else t


def _plot_trends(frame: pd.DataFrame, name_of: Callable[[pd.Series], str], *, id_col: str, top: int,
                 data_end: Any, data_start: Any, partial: str, what: str, title: str | None,
                 ylabel: str | None, ax: Any) -> Any:

    if "weekly" not in frame.columns or not frame["weekly"].map(lambda w: isinstance(w, pd.Series)).any():
        raise ValueError(f"{what} has no weekly counts: fit FrequentQuestions on an extract_questions frame")
    top = _check_top(top)
    if partial not in ("mark", "drop"):
        raise ValueError(f"partial must be 'mark' or 'drop'; got {partial!r}")
    end, start = _naive(data_end, "data_end"), _naive(data_start, "data_start")
    ax = _axes(ax, (10, 4.2))
    rows = frame.sort_values(["n_questions", id_col], ascending=[False, True], kind="stable").head(top)
    series = [(row, s) for _, row in rows.iterrows() if (s := _week_series(row["weekly"])) is not None]
    if not series:
        return ax
    lo = min(s.index.min() for _, s in series)
    hi = max(s.index.max() for _, s in series)
    weeks = pd.period_range(lo, hi, freq="W-SUN")
    # a week is partial when the data do not cover it from Monday 00:00 to the end of Sunday
    is_partial = np.zeros(len(weeks), dtype=bool)
    if end is not None:
        is_partial |= np.array([end < p.end_time for p in weeks])
    if start is not None:
        is_partial |= np.array([start > p.start_time for p in weeks])
    keep = ~is_partial if partial == "drop" else np.ones(len(weeks), dtype=bool)
    x = np.array([p.start_time for p in weeks])
    for row, s in series:
        y = s.reindex(weeks, fill_value=0.0).to_numpy()
        full = np.where(is_partial, np.nan, y)
        (line,) = ax.plot(x[keep], full[keep], marker="o", markersize=3, label=name_of(row))
        if partial == "mark" and is_partial.any():
            # dashed from each partial week to its complete neighbours, hollow marker
            for i in np.flatnonzero(is_partial):
                nb = [j for j in (i - 1, i + 1) if 0 <= j < len(weeks) and not is_partial[j]]
                for j in nb:
                    ax.plot(x[[j, i]], y[[j, i]], linestyle=":", color=line.get_color(), linewidth=1.2)
                ax.plot(x[i], y[i], marker="o", markersize=5, markerfacecolor="white",
                        markeredgecolor=line.get_color(), linestyle="none")
    handles, labels = ax.get_legend_handles_labels()
    note = ""
    if is_partial.any():
        span = [p for p, b in zip(weeks, is_partial) if b]
        says = []
        for p in span:
            bits = []
            if start is not None and start > p.start_time:
                bits.append(f"data from {start:%m-%d %H:%M}")
            if end is not None and end < p.end_time:
                bits.append(f"data to {end:%m-%d %H:%M}")
            says.append(f"week of {p.start_time:%m-%d}: " + ", ".join(bits))
        if partial == "mark":
            for p in span:
                ax.axvspan(p.start_time - pd.Timedelta(days=3.5), p.start_time + pd.Timedelta(days=3.5),
                           color="#EEEEEE", zorder=0)
            handles.append(Line2D([], [], linestyle=":", marker="o", markerfacecolor="white", color="#555555"))
            labels.append("partial week (incomplete counts)")
            handles.append(Patch(color="#EEEEEE"))
            labels.append("\n".join(says))
            note = " (shaded: partial week, not a drop in demand)"
        else:
            note = f" ({len(span)} partial week{'s' if len(span) > 1 else ''} left out)"
    ax.set_ylabel("questions per week" if ylabel is None else ylabel)
    ax.set_title((f"Weekly trend of the largest {what}" + note) if title is None else title, fontsize=10)
    ax.legend(handles, labels, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_ylim(bottom=0)
    for tick in ax.get_xticklabels():  # this Axes only: autofmt_xdate would hide other Axes' labels
        tick.set_rotation(30)
        tick.set_horizontalalignment("right")
    return ax


def plot_cluster_trends(clusters: pd.DataFrame, *, top: int = 6, data_end: Any = None, data_start: Any = None,
                        partial: Literal["mark", "drop"] = "mark", title: str | None = None,
                        ylabel: str | None = None, ax: Any = None) -> Any:
    """Weekly question counts of the largest clusters (the ``weekly`` column).

    Weeks run Monday to Sunday (``W-SUN``) in the wall-clock time of
    ``asked_at``; each point sits at its week's Monday. A week the data do
    not fully cover (``data_end`` before the end of its Sunday, or
    ``data_start`` after its Monday) holds too few questions, which would
    look like demand vanishing: with ``partial="mark"`` it is drawn with a
    dotted line and a hollow marker on a grey band, and the legend says so;
    ``partial="drop"`` leaves it out. Weeks missing from a cluster's series
    count 0.

    Parameters
    ----------
    clusters : pandas.DataFrame
        ``clusters_`` of a model fitted on an :func:`extract_questions`
        frame (its ``weekly`` column holds a Series per cluster).
    top : int, default 6
        Lines to draw (largest ``n_questions`` first).
    data_end, data_start : timestamp, optional
        When the data end and begin, e.g. ``questions["asked_at"].max()``
        and ``.min()`` (tz-aware times are read as wall-clock time, like
        the weeks). Without them no week is taken as partial.
    partial : {"mark", "drop"}, default "mark"
        What to do with partial weeks.
    title, ylabel : str, optional
        Override the default title and y-axis label.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If there are no weekly counts, or an option is out of range.
    """
    _require(clusters, ("cluster_id", "n_questions"), "clusters")
    return _plot_trends(clusters, lambda r: _name(r, 14), id_col="cluster_id", top=top, data_end=data_end,
                        data_start=data_start, partial=partial, what="clusters", title=title, ylabel=ylabel,
                        ax=ax)


def plot_topic_trends(topics: pd.DataFrame, *, top: int = 6, data_end: Any = None, data_start: Any = None,
                      partial: Literal["mark", "drop"] = "mark", follow_up: bool = False,
                      title: str | None = None, ylabel: str | None = None, ax: Any = None) -> Any:
    """Weekly question counts of the largest topics, partial weeks marked.

    As :func:`plot_cluster_trends`, one level up.

    Parameters
    ----------
    topics : pandas.DataFrame
        ``topics_`` of a model fitted on an :func:`extract_questions`
        frame: ``topic_id``, ``label``, ``n_questions``, ``weekly``, and
        optionally ``is_follow_up``.
    top : int, default 6
        Lines to draw (largest ``n_questions`` first).
    data_end, data_start : timestamp, optional
        When the data end and begin (see :func:`plot_cluster_trends`).
    partial : {"mark", "drop"}, default "mark"
        What to do with partial weeks.
    follow_up : bool, default False
        Include the follow-up topic (generic re-asks).
    title, ylabel : str, optional
        Override the default title and y-axis label.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If there are no weekly counts, or an option is out of range.

    Examples
    --------
    >>> weeks = pd.period_range("2026-09-07", periods=4, freq="W-SUN")
    >>> t = pd.DataFrame({"topic_id": [0], "label": ["退款 / 到账"], "n_questions": [70],
    ...                   "weekly": [pd.Series([20, 22, 24, 4], index=weeks)]})
    >>> ax = plot_topic_trends(t, data_end=pd.Timestamp("2026-09-29 09:30", tz="Asia/Shanghai"))
    >>> ax.get_legend().get_texts()[1].get_text()
    'partial week (incomplete counts)'
    >>> ax = plot_topic_trends(t, data_end="2026-09-29 09:30", partial="drop")
    >>> len(ax.get_lines()[0].get_xdata())
    3
    """
    _require(topics, ("topic_id", "n_questions"), "topics")
    t = topics if follow_up else topics[~_is_follow_up(topics)]
    return _plot_trends(t, lambda r: _topic_name(r, 14), id_col="topic_id", top=top, data_end=data_end,
                        data_start=data_start, partial=partial, what="topics", title=title, ylabel=ylabel,
                        ax=ax)


def _text_width(text: str, fontsize: float) -> float:
    """Rough width in inches: CJK characters are square, Latin ones about half."""
    units = sum(1.0 if ord(ch) >= 0x2E80 else 0.58 for ch in text)
    return units * fontsize / 72.0


def _fit(text: str, w: float, h: float, sizes: tuple[float, ...]) -> tuple[str, float] | None:
    """The text, shortened if need be, and the largest font size at which it fits a w x h inch box."""
    for fs in sizes:
        if fs * 1.35 / 72.0 > h:
            continue
        if _text_width(text, fs) <= w:
            return text, fs
    fs = sizes[-1]
    if fs * 1.35 / 72.0 > h:
        return None
    for n in range(len(text) - 1, 2, -1):
        cut = text[:n] + "…"
        if _text_width(cut, fs) <= w:
            return cut, fs
    return None


def _lighter(color: Any, amount: float) -> tuple[float, float, float]:

    r, g, b = to_rgb(color)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def plot_topic_map(topics: pd.DataFrame, clusters: pd.DataFrame | None = None, *, top: int | None = 20,
                   follow_up: Literal["mark", "drop"] = "mark", title: str | None = None, ax: Any = None) -> Any:
    """A treemap: each topic a coloured box sized by its questions, its paraphrase clusters inside.

    Why a treemap: the old map (:func:`plot_cluster_map`) placed cluster
    centroids by PCA, which keeps little of a high-dimensional sentence
    space, so near points were often unrelated and the cloud had no
    names. Here nothing depends on a projection: box areas are question
    counts (which add up, unlike shares of customers), every box is named
    where its name fits (the topic's keywords on a header strip, each
    cluster's representative question inside it, shortened with "…" if
    needed), and the nesting shows which phrasings a curator handles
    together. Boxes are laid out by the squarified algorithm (Bruls,
    Huizing and van Wijk; the ``squarify`` package), largest first from the
    top left. Questions of a topic that no paraphrase cluster took are the
    hatched remainder of its box. The follow-up topic (generic re-asks) is
    grey.

    Parameters
    ----------
    topics : pandas.DataFrame
        ``FrequentQuestions.topics_``: ``topic_id``, ``label``,
        ``representative``, ``n_questions``, optionally ``is_follow_up``.
    clusters : pandas.DataFrame, optional
        ``FrequentQuestions.clusters_`` (``cluster_id``,
        ``representative``, ``n_questions``, ``topic_id``); without it the
        topic boxes are not subdivided.
    top : int or None, default 20
        Largest topics to draw (by ``n_questions``); None draws all.
    follow_up : {"mark", "drop"}, default "mark"
        Draw the follow-up topic in grey, or leave it out.
    title : str, optional
        Override the default title.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the figure should be large (the default is 14 x 8
        inches) for the cluster names to fit.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    TypeError
        If ``topics`` or ``clusters`` is not a DataFrame.
    ValueError
        For a missing column or an option out of range.

    Examples
    --------
    >>> t = pd.DataFrame({"topic_id": [0, 1], "label": ["退款 / 到账", "保修 / 多久"],
    ...                   "representative": ["退款多久到账", "保修多久"], "n_questions": [50, 30]})
    >>> c = pd.DataFrame({"cluster_id": [0, 1, 2], "representative": ["退款多久到账", "退款退到哪里", "保修多久"],
    ...                   "n_questions": [30, 15, 30], "topic_id": [0, 0, 1]})
    >>> ax = plot_topic_map(t, c)
    >>> len(ax.patches)  # 2 topics, 3 clusters, 1 unclustered remainder
    6
    >>> sorted(x.get_text() for x in ax.texts)[:2]
    ['T0 退款 / 到账', 'T1 保修 / 多久']
    """

    _require(topics, ("topic_id", "representative", "n_questions"), "topics")
    if clusters is not None:
        _require(clusters, ("cluster_id", "representative", "n_questions", "topic_id"), "clusters")
    if top is not None:
        top = _check_top(top)
    if follow_up not in ("mark", "drop"):
        raise ValueError(f"follow_up must be 'mark' or 'drop'; got {follow_up!r}")
    fu = _is_follow_up(topics)
    t = topics[~fu] if follow_up == "drop" else topics
    t = t[t["n_questions"].astype(float) > 0].sort_values(["n_questions", "topic_id"], ascending=[False, True],
                                                          kind="stable")
    total_all = float(topics["n_questions"].sum())
    if top is not None:
        t = t.head(top)
    own = ax is None
    ax = _axes(ax, (14, 8))
    fig = ax.figure
    if own:
        ax.set_position((0.01, 0.01, 0.98, 0.94))
    pos = ax.get_position()
    W, H = pos.width * fig.get_figwidth(), pos.height * fig.get_figheight()  # data units = inches
    ax.set_xlim(0, W)
    ax.set_ylim(H, 0)  # y down, so the largest box sits top left
    ax.set_axis_off()
    if t.empty:
        return ax
    sizes = t["n_questions"].astype(float).to_numpy()
    rects = squarify.squarify(squarify.normalize_sizes(sizes, W, H), 0.0, 0.0, W, H)
    tab = colormaps["tab10"]
    palette = [tab(i) for i in (0, 1, 2, 3, 4, 5, 6, 8, 9)]  # not tab10's grey: grey is the follow-up topic
    members = {}
    if clusters is not None:
        cl = clusters[clusters["n_questions"].astype(float) > 0]
        members = {int(k): g.sort_values(["n_questions", "cluster_id"], ascending=[False, True], kind="stable")
                   for k, g in cl.groupby("topic_id")}
    colour_i = 0
    gap = 0.03
    for (_, row), r in zip(t.iterrows(), rects):
        x, y, dx, dy = r["x"] + gap, r["y"] + gap, r["dx"] - 2 * gap, r["dy"] - 2 * gap
        if dx <= 0 or dy <= 0:
            continue
        grey = bool(fu.loc[row.name])
        base = "#7F7F7F" if grey else palette[colour_i % len(palette)]
        colour_i += 0 if grey else 1
        ax.add_patch(Rectangle((x, y), dx, dy, facecolor=base, edgecolor="white", linewidth=1.5))
        head = _fit(_topic_name(row, 40) + (" re-asks" if grey else ""), dx - 0.08, min(dy, 0.3), (10, 8.5, 7))
        hh = 0.0
        if head is not None:
            hh = head[1] * 1.5 / 72.0
            ax.text(x + 0.04, y + hh / 2, head[0], fontsize=head[1], color="white",
                    va="center", ha="left")
        share = float(row["n_questions"]) / total_all if total_all else float("nan")
        g = members.get(int(row["topic_id"]))
        bx, by_, bdx, bdy = x + 0.03, y + hh, dx - 0.06, dy - hh - 0.03
        if g is None or g.empty or bdx <= 0 or bdy <= 0:
            sub = _fit(f"{_short(row['representative'], 30)}  {share:.1%}", dx - 0.08, dy - hh, (8.5, 7))
            if sub is not None:
                ax.text(x + dx / 2, y + hh + (dy - hh) / 2, sub[0], fontsize=sub[1], color="white",
                        ha="center", va="center")
            continue
        csz = g["n_questions"].astype(float).to_numpy()
        rest = max(float(row["n_questions"]) - csz.sum(), 0.0)
        all_sz = np.append(csz, rest) if rest > 0 else csz
        scale = bdx * bdy / max(all_sz.sum(), 1e-9)
        # the remainder is laid out last, bottom right
        order = np.argsort(-all_sz[: len(csz)], kind="stable")
        layout = squarify.squarify(list(all_sz[: len(csz)][order] * scale) + ([rest * scale] if rest > 0 else []),
                                   bx, by_, bdx, bdy)
        for k, cr in enumerate(layout):
            is_rest = k >= len(csz)
            shade = _lighter(base, 0.78 if is_rest else (0.25 + 0.3 * (k % 2)))
            ax.add_patch(Rectangle((cr["x"], cr["y"]), cr["dx"], cr["dy"], facecolor=shade, edgecolor="white",
                                   linewidth=0.6, hatch="///" if is_rest else None))
            if is_rest:
                continue
            crow = g.iloc[int(order[k])]
            lab = _fit(str(crow["representative"]), cr["dx"] - 0.06, cr["dy"] - 0.02, (8.5, 7.5, 6.5))
            if lab is not None:
                ax.text(cr["x"] + cr["dx"] / 2, cr["y"] + cr["dy"] / 2, lab[0], fontsize=lab[1],
                        color="#1A1A1A", ha="center", va="center")
    shown = float(t["n_questions"].sum())
    n_clusters = sum(len(members.get(int(k), ())) for k in t["topic_id"])
    ax.set_title((f"{len(t)} of {len(topics)} topics ({shown / total_all:.0%} of questions), "
                  f"{n_clusters} paraphrase clusters inside; area = questions, hatched = in no cluster")
                 if title is None else title, fontsize=10)
    return ax


def plot_cluster_map(model: Any, *, annotate: int = 12, ax: Any = None, random_state: int = 0) -> Any:
    """A 2-D map of the clusters: centroids projected by PCA, sized by questions.

    Kept for compatibility: prefer :func:`plot_topic_map`, whose boxes are
    named and grouped by topic. Close points are clusters with similar
    questions: candidates to merge (but a 2-D projection keeps little of
    the embedding space, so far points may be similar too).

    Parameters
    ----------
    model : toolkit.questions.FrequentQuestions
        A fitted model (uses ``centroids_`` and ``clusters_``).
    annotate : int, default 12
        Label the largest clusters with their representative question.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    random_state : int, default 0
        Seeds the PCA solver.

    Returns
    -------
    matplotlib.axes.Axes
    """
    from sklearn.decomposition import PCA  # noqa: PLC0415  (lazy: only the cluster map needs scikit-learn)

    c = model.clusters_
    cent = np.asarray(model.centroids_)
    if len(c) < 2:
        raise ValueError("a cluster map needs at least 2 clusters")
    ax = _axes(ax, (8, 6))
    xy = PCA(n_components=2, random_state=random_state, svd_solver="full").fit_transform(cent)
    # fix the sign of each axis so reruns draw the same picture
    xy *= np.where(xy[np.abs(xy).argmax(axis=0), [0, 1]] < 0, -1.0, 1.0)
    n = c["n_questions"].astype(float).to_numpy()
    ax.scatter(xy[:, 0], xy[:, 1], s=20 + 400 * n / n.max(), alpha=0.5, color="#4C72B0", edgecolor="white")
    for i in np.argsort(-n, kind="stable")[:annotate]:
        ax.annotate(_name(c.iloc[i], 12), xy[i], fontsize=8, ha="center", va="bottom")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"{len(c)} clusters (PCA of centroids; area = questions)")
    return ax

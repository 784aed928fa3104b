"""Plots of a loaded archive's overview (notebook 01).

Each function draws one frame returned by :mod:`toolkit.archive.summary` (or
the conversations of :func:`toolkit.archive.sessionize`) and computes nothing
of its own. All follow one signature, ``plot_x(frame, *, ax=None, **style)``:
with ``ax=None`` a new figure is made, otherwise the plot is drawn on ``ax``;
the Axes is returned. Titles and axis labels are parameters, with bilingual
defaults; ``**style`` goes to the underlying matplotlib call (``color``,
``alpha``, ...). Call :func:`toolkit.plots.use_cjk_font` once first so the
Chinese labels render.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..archive import summary as S
from ..exceptions import SchemaError
from .base import new_axes as _axes, require_frame as _require, set_labels as _label

__all__ = [
    "CHAT_TYPE_LABELS",
    "plot_daily_volume",
    "plot_weekday_hour_heatmap",
    "plot_msgtypes",
    "plot_chat_types",
    "plot_top_senders",
    "plot_conversation_lengths",
    "plot_quarantine_reasons",
]

#: Bar labels of :func:`plot_chat_types`; unknown types show their code.
CHAT_TYPE_LABELS: dict[str, str] = {
    "single": "单聊 single",
    "group": "群聊 group",
    "internal": "内部 internal",
}

_NOTHING = "无数据 No data"


def _no_data(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color="0.4")


def _barh(ax: Axes, labels: Sequence[str], values: Sequence[float], *, log: bool, **style: Any) -> None:
    """Horizontal bars, the first label at the top."""
    pos = np.arange(len(labels))
    ax.barh(pos, values, **style)
    ax.set_yticks(pos, [str(v) for v in labels])
    if len(labels):
        ax.set_ylim(len(labels) - 0.5, -0.5)
    if log:
        ax.set_xscale("log")


def plot_daily_volume(
    daily: pd.DataFrame,
    *,
    ax: Axes | None = None,
    by: str | None = None,
    title: str | None = "每日消息量 Messages per day",
    xlabel: str | None = "日期 Date",
    ylabel: str | None = "消息数 Messages",
    **style: Any,
) -> Axes:
    """Line plot of messages per day, one line per group with ``by``.

    Parameters
    ----------
    daily : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.daily_volume`:
        ``date``, ``n_messages`` and, when split, the ``by`` column.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    by : str, optional
        The grouping column. When None and ``daily`` has exactly one column
        besides ``date`` and ``n_messages``, that column is used.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.plot`.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    SchemaError
        A needed column is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> daily = pd.DataFrame({"date": pd.date_range("2026-01-01", periods=3),
    ...                       "n_messages": [5, 0, 7]})
    >>> ax = plot_daily_volume(daily)
    >>> len(ax.lines), ax.get_title()
    (1, '每日消息量 Messages per day')
    """
    _require(daily, (S.DATE, S.N_MESSAGES), "daily")
    if by is None:
        extra = [c for c in daily.columns if c not in (S.DATE, S.N_MESSAGES)]
        by = extra[0] if len(extra) == 1 else None
    elif by not in daily.columns:
        raise SchemaError(f"daily lacks the by column {by!r}")
    ax = _axes(ax)
    if daily.empty:
        _no_data(ax, _NOTHING)
    elif by is None:
        ax.plot(daily[S.DATE], daily[S.N_MESSAGES], **style)
    else:
        for key, part in daily.groupby(by, sort=True, observed=True):
            ax.plot(part[S.DATE], part[S.N_MESSAGES], label=str(key), **style)
        ax.legend(title=by)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_weekday_hour_heatmap(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    cmap: str = "Blues",
    colorbar: bool = True,
    weekday_labels: Sequence[str] | None = None,
    hour_step: int = 3,
    title: str | None = "各时段消息量 Messages by weekday and hour",
    xlabel: str | None = "小时 Hour",
    ylabel: str | None = "星期 Weekday",
    **style: Any,
) -> Axes:
    """Heatmap of messages by weekday (rows) and hour of day (columns).

    Parameters
    ----------
    table : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.weekday_hour`: a
        7 x 24 table of counts, weekdays as index, hours as columns.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    cmap : str
        Colour map name.
    colorbar : bool
        Add a colour bar beside the axes.
    weekday_labels : sequence of str, optional
        Row labels, such as ``("周一", "周二", ...)``; the table's index by
        default.
    hour_step : int
        Label every ``hour_step``-th hour.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.imshow`.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        ``weekday_labels`` does not match the rows, or ``hour_step`` < 1.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame(0, index=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ...                      columns=range(24))
    >>> ax = plot_weekday_hour_heatmap(table, colorbar=False)
    >>> [t.get_text() for t in ax.get_yticklabels()][:2]
    ['Mon', 'Tue']
    """
    _require(table, (), "table")
    labels = [str(v) for v in table.index] if weekday_labels is None else [str(v) for v in weekday_labels]
    if len(labels) != len(table.index):
        raise ValueError(f"weekday_labels must have {len(table.index)} labels; got {len(labels)}")
    if isinstance(hour_step, bool) or not isinstance(hour_step, int) or hour_step < 1:
        raise ValueError(f"hour_step must be a positive integer; got {hour_step!r}")
    ax = _axes(ax)
    style = {"aspect": "auto", "interpolation": "nearest", **style}
    image = ax.imshow(table.to_numpy(dtype="float64"), cmap=cmap, **style)
    ax.set_yticks(np.arange(len(labels)), labels)
    cols = list(table.columns)
    ticks = np.arange(0, len(cols), hour_step)
    ax.set_xticks(ticks, [str(cols[i]) for i in ticks])
    if colorbar:
        ax.figure.colorbar(image, ax=ax)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_msgtypes(
    counts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    log: bool = False,
    top: int | None = None,
    title: str | None = "消息类型 Message types",
    xlabel: str | None = "消息数 Messages",
    ylabel: str | None = None,
    **style: Any,
) -> Axes:
    """Horizontal bars of messages per msgtype, the most frequent on top.

    Parameters
    ----------
    counts : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.msgtype_counts`:
        ``msgtype`` and ``n``, in the order to draw.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    log : bool
        Logarithmic count axis (useful as text usually dwarfs the rest).
    top : int, optional
        Draw only the first ``top`` rows.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"msgtype": ["text", "image"], "n": [90, 10]})
    >>> ax = plot_msgtypes(counts, log=True)
    >>> [t.get_text() for t in ax.get_yticklabels()], ax.get_xscale()
    (['text', 'image'], 'log')
    """
    _require(counts, (S.MSGTYPE, S.N), "counts")
    if top is not None:
        counts = counts.head(top)
    ax = _axes(ax)
    _barh(ax, counts[S.MSGTYPE].tolist(), counts[S.N].tolist(), log=log, **style)
    if counts.empty:
        _no_data(ax, _NOTHING)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_chat_types(
    counts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    labels: Mapping[str, str] | None = None,
    annotate: bool = True,
    title: str | None = "会话类型 Chat types",
    xlabel: str | None = None,
    ylabel: str | None = "消息数 Messages",
    **style: Any,
) -> Axes:
    """Bars of messages per chat type, annotated with the number of chats.

    Parameters
    ----------
    counts : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.chat_type_counts`:
        ``chat_type``, ``n`` and optionally ``n_chats``.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    labels : mapping, optional
        Bar label of each chat type; :data:`CHAT_TYPE_LABELS` by default.
    annotate : bool
        Write the message count (and chats, when given) above each bar.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.bar`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"chat_type": ["single", "group"], "n": [7, 3], "n_chats": [4, 1]})
    >>> ax = plot_chat_types(counts)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['单聊 single', '群聊 group']
    """
    _require(counts, (S.CHAT_TYPE, S.N), "counts")
    names = CHAT_TYPE_LABELS if labels is None else labels
    ax = _axes(ax)
    pos = np.arange(len(counts))
    bars = ax.bar(pos, counts[S.N].tolist(), **style)
    ax.set_xticks(pos, [names.get(str(k), str(k)) for k in counts[S.CHAT_TYPE]])
    if annotate and len(counts):
        if S.N_CHATS in counts.columns:
            texts = [f"{n:,} ({c:,} 个会话 chats)" for n, c in zip(counts[S.N], counts[S.N_CHATS])]
        else:
            texts = [f"{n:,}" for n in counts[S.N]]
        ax.bar_label(bars, labels=texts, padding=2, fontsize="small")
        ax.margins(y=0.12)
    if counts.empty:
        _no_data(ax, _NOTHING)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_top_senders(
    top: pd.DataFrame,
    *,
    ax: Axes | None = None,
    log: bool = False,
    title: str | None = "发送最多的成员 Top senders",
    xlabel: str | None = "消息数 Messages",
    ylabel: str | None = None,
    **style: Any,
) -> Axes:
    """Horizontal bars of the senders with the most messages, the top one on top.

    Parameters
    ----------
    top : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.top_senders`:
        ``sender_id`` and ``n_messages``, in the order to draw.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    log : bool
        Logarithmic count axis.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> top = pd.DataFrame({"sender_id": ["lisi", "zhangsan"], "n_messages": [30, 20]})
    >>> ax = plot_top_senders(top)
    >>> len(ax.patches), ax.get_yticklabels()[0].get_text()
    (2, 'lisi')
    """
    _require(top, (S.SENDER_ID, S.N_MESSAGES), "top")
    ax = _axes(ax)
    _barh(ax, top[S.SENDER_ID].tolist(), top[S.N_MESSAGES].tolist(), log=log, **style)
    if top.empty:
        _no_data(ax, _NOTHING)
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_conversation_lengths(
    conversations: pd.DataFrame,
    *,
    ax: Axes | None = None,
    bins: int = 30,
    log: bool = True,
    title: str | None = "会话长度 Conversation length",
    xlabel: str | None = "每个会话的消息数 Messages per conversation",
    ylabel: str | None = "会话数 Conversations",
    **style: Any,
) -> Axes:
    """Histogram of messages per conversation, with logarithmic bins by default.

    Parameters
    ----------
    conversations : pandas.DataFrame
        Column ``n_messages``, as returned by :func:`toolkit.archive.sessionize`.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    bins : int
        Number of bins. With ``log``, at most that many: the log-spaced
        edges are rounded to whole message counts and merged where equal.
    log : bool
        Logarithmically spaced bins on a logarithmic x axis (lengths are
        heavy-tailed); linear bins otherwise.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.hist`.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        ``bins`` is not a positive integer.

    Examples
    --------
    >>> import pandas as pd
    >>> convs = pd.DataFrame({"n_messages": [1, 2, 2, 3, 40, 100]})
    >>> ax = plot_conversation_lengths(convs, bins=5)
    >>> len(ax.patches), ax.get_xscale()
    (5, 'log')
    """
    _require(conversations, (S.N_MESSAGES,), "conversations")
    if isinstance(bins, bool) or not isinstance(bins, int) or bins < 1:
        raise ValueError(f"bins must be a positive integer; got {bins!r}")
    values = conversations[S.N_MESSAGES].dropna().to_numpy(dtype="float64")
    ax = _axes(ax)
    if len(values) == 0:
        _no_data(ax, _NOTHING)
    else:
        lo, hi = float(values.min()), float(values.max())
        if log:
            # Counts are integers: round the log-spaced edges to whole numbers and
            # centre them between integers, so no bin falls between two counts.
            lo = max(lo, 1.0)
            edges = np.unique(np.round(np.geomspace(lo, max(hi + 1.0, lo + 1.0), bins + 1))) - 0.5
        else:
            edges = np.linspace(lo, max(hi, lo + 1.0), bins + 1)
        ax.hist(values, bins=edges, **{"edgecolor": "white", **style})
        if log:
            ax.set_xscale("log")
    _label(ax, title, xlabel, ylabel)
    return ax


def plot_quarantine_reasons(
    counts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    log: bool = False,
    title: str | None = "隔离原因 Quarantine reasons",
    xlabel: str | None = "记录数 Records",
    ylabel: str | None = None,
    empty_text: str = "无隔离记录 Nothing quarantined",
    **style: Any,
) -> Axes:
    """Horizontal bars of quarantined records per reason code.

    Parameters
    ----------
    counts : pandas.DataFrame
        As returned by :func:`toolkit.archive.summary.quarantine_reason_counts`:
        ``reason`` and ``n``, in the order to draw.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    log : bool
        Logarithmic count axis.
    title, xlabel, ylabel : str or None
        Labels; None leaves them unset.
    empty_text : str
        Shown in the middle of the axes when nothing was quarantined.
    **style
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"reason": ["bad_json", "bad_time"], "n": [3, 1]})
    >>> ax = plot_quarantine_reasons(counts)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['bad_json', 'bad_time']
    """
    _require(counts, (S.REASON, S.N), "counts")
    ax = _axes(ax)
    _barh(ax, counts[S.REASON].tolist(), counts[S.N].tolist(), log=log and not counts.empty, **style)
    if counts.empty:
        _no_data(ax, empty_text)
    _label(ax, title, xlabel, ylabel)
    return ax

"""Descriptive summaries of a loaded archive: frames in, tidy frames out.

Every function here is pure pandas. It never changes its input, validates the
columns it needs, and returns a new frame in a deterministic order: counts
descending, ties broken by name (stable sorts), so notebook output is the same
on every run. The plots in :mod:`toolkit.plots.archive` draw these frames.

Examples
--------
>>> import pandas as pd
>>> from toolkit.archive import schema
>>> from toolkit.archive.summary import msgtype_counts
>>> msgs = schema.empty_frame(schema.MESSAGE_COLUMNS)
>>> msgtype_counts(msgs)
Empty DataFrame
Columns: [msgtype, n, share]
Index: []
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from . import schema

__all__ = [
    "WEEKDAYS",
    "daily_volume",
    "weekday_hour",
    "msgtype_counts",
    "chat_type_counts",
    "top_senders",
    "conversation_length_stats",
    "quarantine_reason_counts",
    "reconciliation",
]


def _name(columns: Mapping[str, str], name: str) -> str:
    """Return ``name`` after checking that the schema defines it."""
    if name not in columns:  # pragma: no cover - guards schema renames
        raise ImportError(f"toolkit.archive.schema no longer defines column {name!r}")
    return name


# Input columns, checked against the schema once at import.
MSGID = _name(schema.MESSAGE_COLUMNS, "msgid")
MSGTYPE = _name(schema.MESSAGE_COLUMNS, "msgtype")
SENDER_ID = _name(schema.MESSAGE_COLUMNS, "sender_id")
SENDER_KIND = _name(schema.MESSAGE_COLUMNS, "sender_kind")
CHAT_TYPE = _name(schema.MESSAGE_COLUMNS, "chat_type")
CHAT_ID = _name(schema.MESSAGE_COLUMNS, "chat_id")
SENT_AT = _name(schema.MESSAGE_COLUMNS, "sent_at")
N_MESSAGES = _name(schema.CONVERSATION_COLUMNS, "n_messages")
REASON = _name(schema.QUARANTINE_COLUMNS, "reason")

# Output columns defined by this module.
DATE = "date"
N = "n"
SHARE = "share"
N_CHATS = "n_chats"
STAT = "stat"
WEEKDAY = "weekday"
HOUR = "hour"
ITEM = "item"
VALUE = "value"
RECONCILES = "reconciles"

#: Row labels of :func:`weekday_hour`, Monday first.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_PERCENTILES = (0.25, 0.5, 0.75, 0.9, 0.99)


def _require(frame: Any, columns: Mapping[str, str], needed: tuple[str, ...], name: str) -> pd.DataFrame:
    """Validate that ``frame`` has the ``needed`` columns of ``columns``."""
    return schema.validate_frame(frame, {c: columns[c] for c in needed}, name=name)


def _share(counts: pd.Series) -> pd.Series:
    total = counts.sum()
    if total == 0:
        return pd.Series(np.nan, index=counts.index, dtype="float64")
    return counts.astype("float64") / float(total)


def _sort_counts(frame: pd.DataFrame, count: str, key: str) -> pd.DataFrame:
    """Counts descending, ties by ``key`` ascending; a fresh 0..n-1 index."""
    out = frame.sort_values(key, kind="stable").sort_values(count, ascending=False, kind="stable")
    return out.reset_index(drop=True)


def daily_volume(messages: pd.DataFrame, *, by: str | None = None) -> pd.DataFrame:
    """Messages per calendar day, optionally split by a column.

    Days are calendar days in the time zone of ``sent_at``. Days without any
    message between the first and the last one are included with 0, so a
    gap in the archive shows as a gap in the plot.

    Parameters
    ----------
    messages : pandas.DataFrame
        Columns ``sent_at`` (tz-aware datetime) and, if given, ``by``.
    by : str, optional
        A column of ``messages`` to split the counts by, such as
        ``"chat_type"`` or ``"sender_kind"``. Every day gets a row for every
        value seen (missing values are dropped).

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime64, midnight of the local day, tz-naive),
        ``n_messages`` (int64) and, with ``by``, the ``by`` column; sorted by
        date, then ``by``.

    Raises
    ------
    SchemaError
        ``sent_at`` is missing or not tz-aware.
    ValueError
        ``by`` is not a column of ``messages``.

    See Also
    --------
    toolkit.plots.plot_daily_volume

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-01-01 09:00", "2026-01-01 23:59", "2026-01-03 08:00"])
    >>> msgs = pd.DataFrame({"sent_at": t.tz_localize("Asia/Shanghai"),
    ...                      "chat_type": ["single", "group", "single"]})
    >>> daily_volume(msgs)
            date  n_messages
    0 2026-01-01           2
    1 2026-01-02           0
    2 2026-01-03           1
    >>> daily_volume(msgs, by="chat_type").head(2)
            date  n_messages chat_type
    0 2026-01-01           1     group
    1 2026-01-01           1    single
    """
    _require(messages, schema.MESSAGE_COLUMNS, (SENT_AT,), "messages")
    if by is not None and by not in messages.columns:
        raise ValueError(f"by must be a column of messages; got {by!r}")
    if by in (SENT_AT, DATE, N_MESSAGES):
        raise ValueError(f"by must not be {by!r}")
    days = messages[SENT_AT].dt.tz_localize(None).dt.normalize().rename(DATE)
    if days.empty or days.isna().all():
        out = pd.DataFrame({DATE: pd.Series([], dtype="datetime64[ns]"), N_MESSAGES: pd.Series([], dtype="int64")})
        if by is not None:
            out[by] = pd.Series([], dtype=messages[by].dtype)
        return out
    calendar = pd.date_range(days.min(), days.max(), freq="D", name=DATE)
    if by is None:
        counts = days.value_counts().reindex(calendar, fill_value=0)
        out = counts.rename(N_MESSAGES).astype("int64").reset_index()
        return out
    keys = messages[by]
    groups = pd.Index(keys.dropna().unique()).sort_values()
    grid = pd.MultiIndex.from_product([calendar, groups], names=[DATE, by])
    counts = pd.Series(1, index=pd.MultiIndex.from_arrays([days, keys], names=[DATE, by]))
    counts = counts.groupby(level=[0, 1], dropna=True).sum().reindex(grid, fill_value=0)
    out = counts.rename(N_MESSAGES).astype("int64").reset_index()
    out = out[[DATE, N_MESSAGES, by]]
    return out


def weekday_hour(messages: pd.DataFrame) -> pd.DataFrame:
    """Messages by weekday and hour of day, as a 7 x 24 table.

    Parameters
    ----------
    messages : pandas.DataFrame
        Column ``sent_at`` (tz-aware datetime); the local weekday and hour
        in its time zone are counted.

    Returns
    -------
    pandas.DataFrame
        Index ``weekday`` (``Mon`` .. ``Sun``), columns ``hour`` 0 .. 23,
        int64 counts (0 where nothing was sent).

    Raises
    ------
    SchemaError
        ``sent_at`` is missing or not tz-aware.

    See Also
    --------
    toolkit.plots.plot_weekday_hour_heatmap

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-01-05 09:10", "2026-01-05 09:50", "2026-01-11 23:00"])
    >>> table = weekday_hour(pd.DataFrame({"sent_at": t.tz_localize("Asia/Shanghai")}))
    >>> table.shape
    (7, 24)
    >>> table.loc[["Mon", "Sun"], [9, 23]]
    hour     9   23
    weekday
    Mon      2   0
    Sun      0   1
    """
    _require(messages, schema.MESSAGE_COLUMNS, (SENT_AT,), "messages")
    t = messages[SENT_AT].dropna()
    idx = pd.MultiIndex.from_arrays(
        [t.dt.day_of_week.to_numpy(dtype="int64"), t.dt.hour.to_numpy(dtype="int64")], names=[WEEKDAY, HOUR]
    )
    counts = pd.Series(1, index=idx, dtype="int64").groupby(level=[0, 1]).sum()
    table = counts.unstack(HOUR, fill_value=0).reindex(index=range(7), columns=range(24), fill_value=0)
    table = table.astype("int64")
    table.index = pd.Index(WEEKDAYS, name=WEEKDAY)
    table.columns = pd.Index(range(24), name=HOUR)
    return table


def msgtype_counts(messages: pd.DataFrame) -> pd.DataFrame:
    """Number and share of messages of each ``msgtype``.

    Parameters
    ----------
    messages : pandas.DataFrame
        Column ``msgtype``. A missing msgtype is counted as ``"<NA>"``.

    Returns
    -------
    pandas.DataFrame
        ``msgtype``, ``n`` (int64), ``share`` (float, of all messages);
        most frequent first, ties by msgtype.

    Raises
    ------
    SchemaError
        ``msgtype`` is missing.

    See Also
    --------
    toolkit.plots.plot_msgtypes

    Examples
    --------
    >>> import pandas as pd
    >>> msgs = pd.DataFrame({"msgtype": ["text", "image", "text", "voice"]})
    >>> msgtype_counts(msgs)
      msgtype  n  share
    0    text  2   0.50
    1   image  1   0.25
    2   voice  1   0.25
    """
    _require(messages, schema.MESSAGE_COLUMNS, (MSGTYPE,), "messages")
    return _value_counts(messages[MSGTYPE], MSGTYPE)


def _value_counts(values: pd.Series, name: str) -> pd.DataFrame:
    keys = values.astype("str").fillna("<NA>") if len(values) else values.astype("str")
    counts = keys.value_counts(sort=False).astype("int64")
    out = pd.DataFrame({name: counts.index.astype("str"), N: counts.to_numpy(), SHARE: _share(counts).to_numpy()})
    return _sort_counts(out, N, name)


def chat_type_counts(messages: pd.DataFrame) -> pd.DataFrame:
    """Messages and chats of each chat type (single, group, internal).

    Parameters
    ----------
    messages : pandas.DataFrame
        Columns ``chat_type`` and ``chat_id``.

    Returns
    -------
    pandas.DataFrame
        ``chat_type``, ``n`` (messages, int64), ``n_chats`` (distinct
        ``chat_id``, int64), ``share`` (of all messages). Every type of
        :data:`toolkit.archive.schema.CHAT_TYPES` is listed, with 0 if
        absent; most messages first, ties by chat type.

    Raises
    ------
    SchemaError
        A needed column is missing.

    See Also
    --------
    toolkit.plots.plot_chat_types

    Examples
    --------
    >>> import pandas as pd
    >>> msgs = pd.DataFrame({"chat_type": ["single", "single", "group"],
    ...                      "chat_id": ["a|b", "a|c", "r1"]})
    >>> chat_type_counts(msgs)
      chat_type  n  n_chats     share
    0    single  2        2  0.666667
    1     group  1        1  0.333333
    2  internal  0        0  0.000000
    """
    _require(messages, schema.MESSAGE_COLUMNS, (CHAT_TYPE, CHAT_ID), "messages")
    kinds = messages[CHAT_TYPE].astype("str").fillna("<NA>")
    names = list(schema.CHAT_TYPES) + sorted(set(kinds.unique()) - set(schema.CHAT_TYPES))
    n = kinds.value_counts(sort=False).reindex(names, fill_value=0).astype("int64")
    chats = messages[CHAT_ID].groupby(kinds.to_numpy()).nunique().reindex(names, fill_value=0).astype("int64")
    out = pd.DataFrame({CHAT_TYPE: names, N: n.to_numpy(), N_CHATS: chats.to_numpy(), SHARE: _share(n).to_numpy()})
    if len(messages) == 0:
        out[SHARE] = 0.0
    return _sort_counts(out, N, CHAT_TYPE)


def top_senders(messages: pd.DataFrame, *, n: int = 10, kind: str | None = "employee") -> pd.DataFrame:
    """The senders with the most messages.

    Parameters
    ----------
    messages : pandas.DataFrame
        Columns ``sender_id``, ``sender_kind`` and ``chat_id``.
    n : int
        How many senders to return (at most).
    kind : {"employee", "external", "robot"} or None
        Only senders of this ``sender_kind``; None for all senders.

    Returns
    -------
    pandas.DataFrame
        ``sender_id``, ``n_messages`` (int64), ``n_chats`` (distinct chats
        the sender wrote in, int64), ``share`` (of the messages of the
        selected kind); most messages first, ties by sender id.

    Raises
    ------
    SchemaError
        A needed column is missing.
    ValueError
        ``n`` is not a positive integer or ``kind`` is unknown.

    See Also
    --------
    toolkit.plots.plot_top_senders

    Examples
    --------
    >>> import pandas as pd
    >>> msgs = pd.DataFrame({
    ...     "sender_id": ["zhangsan", "lisi", "zhangsan", "wmC1", "lisi"],
    ...     "sender_kind": ["employee", "employee", "employee", "external", "employee"],
    ...     "chat_id": ["a", "b", "c", "a", "b"]})
    >>> top_senders(msgs, n=5)
      sender_id  n_messages  n_chats  share
    0      lisi           2        1    0.5
    1  zhangsan           2        2    0.5
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer; got {n!r}")
    if kind is not None and kind not in schema.SENDER_KINDS:
        raise ValueError(f"kind must be one of {list(schema.SENDER_KINDS)} or None; got {kind!r}")
    _require(messages, schema.MESSAGE_COLUMNS, (SENDER_ID, SENDER_KIND, CHAT_ID), "messages")
    sel = messages if kind is None else messages[messages[SENDER_KIND] == kind]
    sel = sel[sel[SENDER_ID].notna()]
    grouped = sel.groupby(SENDER_ID, sort=True, observed=True)
    out = pd.DataFrame(
        {
            N_MESSAGES: grouped.size().astype("int64"),
            N_CHATS: grouped[CHAT_ID].nunique().astype("int64"),
        }
    )
    out.index = out.index.astype("str")
    out = out.rename_axis(SENDER_ID).reset_index()
    out[SHARE] = _share(out[N_MESSAGES])
    return _sort_counts(out, N_MESSAGES, SENDER_ID).head(int(n))


def conversation_length_stats(conversations: pd.DataFrame) -> pd.DataFrame:
    """Distribution of conversation lengths (messages per conversation).

    Parameters
    ----------
    conversations : pandas.DataFrame
        Column ``n_messages``, as returned by
        :func:`toolkit.archive.sessionize`.

    Returns
    -------
    pandas.DataFrame
        Columns ``stat`` and ``n_messages`` (float), one row each for
        ``count``, ``mean``, ``min``, ``p25``, ``p50``, ``p75``, ``p90``,
        ``p99`` and ``max`` (linear interpolation between ranks). All but
        ``count`` are NaN when there are no conversations.

    Raises
    ------
    SchemaError
        ``n_messages`` is missing or not an integer column.

    See Also
    --------
    toolkit.plots.plot_conversation_lengths

    Examples
    --------
    >>> import pandas as pd
    >>> convs = pd.DataFrame({"n_messages": pd.array([1, 2, 3, 4, 10], dtype="Int64")})
    >>> conversation_length_stats(convs).set_index("stat").loc[["count", "mean", "p50", "max"]]
           n_messages
    stat
    count         5.0
    mean          4.0
    p50           3.0
    max          10.0
    """
    _require(conversations, schema.CONVERSATION_COLUMNS, (N_MESSAGES,), "conversations")
    values = conversations[N_MESSAGES].dropna().to_numpy(dtype="float64")
    stats: dict[str, float] = {"count": float(len(values))}
    if len(values):
        stats["mean"] = float(values.mean())
        stats["min"] = float(values.min())
        for q in _PERCENTILES:
            stats[f"p{round(q * 100)}"] = float(np.percentile(values, q * 100))
        stats["max"] = float(values.max())
    else:
        for key in ["mean", "min", *(f"p{round(q * 100)}" for q in _PERCENTILES), "max"]:
            stats[key] = float("nan")
    return pd.DataFrame({STAT: list(stats), N_MESSAGES: list(stats.values())})


def quarantine_reason_counts(quarantine: pd.DataFrame) -> pd.DataFrame:
    """Number and share of quarantined records by reason code.

    Parameters
    ----------
    quarantine : pandas.DataFrame
        Column ``reason`` (see :data:`toolkit.archive.schema.QUARANTINE_COLUMNS`).

    Returns
    -------
    pandas.DataFrame
        ``reason``, ``n`` (int64), ``share`` (of all quarantined records);
        most frequent first, ties by reason. Empty when nothing was
        quarantined.

    Raises
    ------
    SchemaError
        ``reason`` is missing.

    See Also
    --------
    toolkit.plots.plot_quarantine_reasons

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"reason": ["bad_json", "bad_time", "bad_json"]})
    >>> quarantine_reason_counts(q)
         reason  n     share
    0  bad_json  2  0.666667
    1  bad_time  1  0.333333
    """
    _require(quarantine, schema.QUARANTINE_COLUMNS, (REASON,), "quarantine")
    return _value_counts(quarantine[REASON], REASON)


def reconciliation(report: Mapping[str, int]) -> pd.DataFrame:
    """The load report as a one-column frame, plus whether it reconciles.

    Parameters
    ----------
    report : mapping
        ``Archive.report``: the keys of
        :data:`toolkit.archive.schema.REPORT_KEYS` with integer counts.
        Other keys are ignored.

    Returns
    -------
    pandas.DataFrame
        Index ``item`` (the seven report keys in schema order, then
        ``reconciles``), one column ``value`` (object): the counts as
        ``int``, and for ``reconciles`` a ``bool`` that is True when
        ``records_read == messages + consent + recalls + switches +
        duplicates + quarantined``.

    Raises
    ------
    TypeError
        ``report`` is not a mapping.
    ValueError
        A report key is missing or its count is not an integer.

    Examples
    --------
    >>> report = {"records_read": 10, "messages": 6, "consent": 1, "recalls": 1,
    ...           "switches": 0, "duplicates": 1, "quarantined": 1}
    >>> reconciliation(report)
                 value
    item
    records_read    10
    messages         6
    consent          1
    recalls          1
    switches         0
    duplicates       1
    quarantined      1
    reconciles    True
    """
    if not isinstance(report, Mapping):
        raise TypeError(f"report must be a mapping such as Archive.report; got {type(report).__name__}")
    missing = [k for k in schema.REPORT_KEYS if k not in report]
    if missing:
        raise ValueError(f"report lacks keys {missing}")
    values: dict[str, Any] = {}
    for key in schema.REPORT_KEYS:
        v = report[key]
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)):
            raise ValueError(f"report[{key!r}] must be an integer; got {v!r}")
        values[key] = int(v)
    total, parts = schema.REPORT_KEYS[0], schema.REPORT_KEYS[1:]
    values[RECONCILES] = bool(values[total] == sum(values[k] for k in parts))
    index = pd.Index(list(values), name=ITEM)
    return pd.DataFrame({VALUE: pd.Series(list(values.values()), index=index, dtype="object")})

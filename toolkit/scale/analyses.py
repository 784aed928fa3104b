"""The toolkit's analyses on Dask: the pandas functions, run per partition.

Every function here takes a :class:`~toolkit.scale.DaskArchive` (or its Dask
``messages``) and returns the same frame as its pandas twin. Nothing is
re-implemented: each partition goes through the pandas function itself, and
only the combination of the partial results is written here.

- **Per message** (no shuffle): :func:`eligibility` (the scope and the members
  seen in each room are gathered first and sent to every partition with the
  other small tables).
- **Per chat** (after :func:`~toolkit.scale.partition_by_chat`, which puts each
  chat in one partition): :func:`sessionize`, :func:`conversation_ids`,
  :func:`extract_questions`, :func:`reply_times`, :func:`first_reply_times`.
- **Counts** (per-partition counts, summed): :func:`daily_volume`,
  :func:`weekday_hour`, :func:`msgtype_counts`, :func:`chat_type_counts`,
  :func:`top_senders`.
- **Small tables only**: :func:`refusal_rate` (consent fits in memory).
- **Fitted models shipped to the workers**: :func:`predict_clusters`
  (:meth:`FrequentQuestions.predict <toolkit.questions.FrequentQuestions.predict>`)
  and :func:`match_questions` (:meth:`KBMatcher.match <toolkit.kb.KBMatcher.match>`).

Row-level results are lazy ``dask.dataframe`` objects (call :func:`compute` or
``.compute()``); their rows come partition by partition, so sort before
comparing with pandas, whose functions sort their output. Counts are computed
and returned as pandas frames. ``attrs`` of the pandas results are not carried
over.

Given pandas input (an :class:`~toolkit.archive.Archive` or a DataFrame), each
function simply calls its pandas twin, so one notebook runs on both backends:
``scale.reply_times(archive)`` with whatever :func:`~toolkit.scale.read_archive`
returned, then :func:`compute`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd

from ..archive import schema
from ..archive import sessions as _sessions
from ..archive import summary as _summary
from ..archive.load import Archive
from ..gating import eligibility as _pd_eligibility
from ..gating import resolve_scope as _resolve_scope
from ..ops import consent as _consent
from ..ops import efficiency as _eff
from ..questions import extract as _extract
from ..text import normalize_series
from .read import DaskArchive, _is_by_chat, _mark_by_chat, partition_by_chat

__all__ = [
    "compute",
    "daily_volume",
    "weekday_hour",
    "msgtype_counts",
    "chat_type_counts",
    "top_senders",
    "sessionize",
    "conversation_ids",
    "extract_questions",
    "reply_times",
    "first_reply_times",
    "refusal_rate",
    "eligibility",
    "predict_clusters",
    "match_questions",
]

_NEVER = 2**62  # a min_repeats no text reaches: automatic_replies' templates only


# --------------------------------------------------------------------------- helpers


def _split(obj: Any, name: str = "archive_or_messages") -> tuple[dd.DataFrame, DaskArchive | None]:
    if isinstance(obj, DaskArchive):
        return obj.messages, obj
    if isinstance(obj, dd.DataFrame):
        return obj, None
    raise TypeError(
        f"{name} must be a DaskArchive, a Dask frame of messages, an Archive or a pandas DataFrame; "
        f"got {type(obj).__name__}"
    )


def _pandas(obj: Any) -> bool:
    """True for pandas input (an Archive or a DataFrame): the pandas function runs as is."""
    return isinstance(obj, (Archive, pd.DataFrame))


def _frame(obj: Any) -> pd.DataFrame:
    return obj.messages if isinstance(obj, Archive) else obj


def _check_columns(ddf: dd.DataFrame, needed: Iterable[str], name: str = "messages") -> None:
    schema.validate_frame(ddf._meta, {c: schema.MESSAGE_COLUMNS[c] for c in needed}, name=name)


def _partials(ddf: dd.DataFrame, fn: Any, **kw: Any) -> pd.DataFrame:
    """``fn`` on every partition, the partial results concatenated (computed)."""
    meta = fn(ddf._meta, **kw)
    return ddf.map_partitions(fn, **kw, meta=meta).compute()


def _by_chat(ddf: dd.DataFrame, columns: Sequence[str]) -> dd.DataFrame:
    """Only ``columns`` (less to move), then each chat in one partition."""
    if list(ddf.columns) != list(columns) and all(c in ddf.columns for c in columns):
        if _is_by_chat(ddf):  # already shuffled: selecting columns keeps chats whole
            return _mark_by_chat(ddf[list(columns)])
        ddf = ddf[list(columns)]
    return partition_by_chat(ddf)


def compute(result: Any, *, progress: bool = False) -> Any:
    """A result in memory: Dask collections are computed, pandas objects returned as they are.

    Parameters
    ----------
    result : dask collection or pandas object
        What a :mod:`toolkit.scale` function returned.
    progress : bool
        Show a progress bar while computing (``distributed.progress`` with a
        client, else Dask's local progress bar). Keep it off in notebooks
        that nbval checks.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> ddf = dd.from_pandas(pd.DataFrame({"x": [1, 2, 3]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     compute(ddf)["x"].tolist()
    [1, 2, 3]
    >>> compute(pd.Series([1]))
    0    1
    dtype: int64
    """
    if not dask.is_dask_collection(result):
        return result
    if not progress:
        return result.compute()
    try:
        from distributed import get_client  # noqa: PLC0415  (lazy: a distributed client only when one runs)
        from distributed import progress as _progress  # noqa: PLC0415  (lazy: a distributed client only when one runs)

        get_client()
    except (ImportError, ValueError):
        from dask.diagnostics import ProgressBar  # noqa: PLC0415  (lazy: only with progress=True)

        with ProgressBar():
            return result.compute()
    persisted = result.persist()
    _progress(persisted)
    return persisted.compute()


# --------------------------------------------------------------------------- counts


def daily_volume(messages: DaskArchive | dd.DataFrame, *, by: str | None = None) -> pd.DataFrame:
    """Messages per calendar day, as :func:`toolkit.archive.summary.daily_volume`.

    Each partition is counted with the pandas function; the counts are summed
    and the calendar filled as the pandas function fills it (every day from
    the first to the last, every value of ``by`` on every day).

    Parameters
    ----------
    messages : DaskArchive or dask.dataframe.DataFrame
        Messages with ``sent_at`` (and ``by``).
    by : str, optional
        A column to split the counts by.

    Returns
    -------
    pandas.DataFrame
        ``date``, ``n_messages`` and, with ``by``, the ``by`` column.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> t = pd.to_datetime(["2026-01-01 09:00", "2026-01-01 23:59", "2026-01-03 08:00"])
    >>> msgs = dd.from_pandas(pd.DataFrame({"sent_at": t.tz_localize("Asia/Shanghai")}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     daily_volume(msgs)
            date  n_messages
    0 2026-01-01           2
    1 2026-01-02           0
    2 2026-01-03           1
    """
    if _pandas(messages):
        return _summary.daily_volume(_frame(messages), by=by)
    ddf, _ = _split(messages, "messages")
    _check_columns(ddf, ["sent_at"])
    if by is not None and by not in ddf.columns:
        raise ValueError(f"by must be a column of messages; got {by!r}")
    cols = ["sent_at"] + ([by] if by is not None else [])
    parts = _partials(ddf[cols], _summary.daily_volume, by=by)
    empty = _summary.daily_volume(ddf._meta[cols], by=by)
    if parts.empty:
        return empty
    keys = [_summary.DATE] + ([by] if by is not None else [])
    counts = parts.groupby(keys, sort=True)[_summary.N_MESSAGES].sum()
    calendar = pd.date_range(parts[_summary.DATE].min(), parts[_summary.DATE].max(), freq="D", name=_summary.DATE)
    if by is None:
        out = counts.reindex(calendar, fill_value=0).astype("int64").reset_index()
    else:
        groups = pd.Index(parts[by].dropna().unique()).sort_values()
        grid = pd.MultiIndex.from_product([calendar, groups], names=keys)
        out = counts.reindex(grid, fill_value=0).astype("int64").reset_index()[[_summary.DATE, _summary.N_MESSAGES, by]]
        out[by] = out[by].astype(empty[by].dtype)
    return out


def weekday_hour(messages: DaskArchive | dd.DataFrame) -> pd.DataFrame:
    """Messages by weekday and hour, as :func:`toolkit.archive.summary.weekday_hour` (7 x 24 counts summed).

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> t = pd.to_datetime(["2026-01-05 09:10", "2026-01-05 09:50", "2026-01-11 23:00"])
    >>> msgs = dd.from_pandas(pd.DataFrame({"sent_at": t.tz_localize("Asia/Shanghai")}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     int(weekday_hour(msgs).loc["Mon", 9])
    2
    """
    if _pandas(messages):
        return _summary.weekday_hour(_frame(messages))
    ddf, _ = _split(messages, "messages")
    _check_columns(ddf, ["sent_at"])
    parts = _partials(ddf[["sent_at"]], lambda p: _summary.weekday_hour(p).reset_index())
    if parts.empty:
        return _summary.weekday_hour(ddf._meta[["sent_at"]])
    out = parts.groupby(_summary.WEEKDAY, sort=False).sum().reindex(list(_summary.WEEKDAYS)).astype("int64")
    out.index = pd.Index(_summary.WEEKDAYS, name=_summary.WEEKDAY)
    out.columns = pd.Index(range(24), name=_summary.HOUR)
    return out


def msgtype_counts(messages: DaskArchive | dd.DataFrame) -> pd.DataFrame:
    """Number and share of each ``msgtype``, as :func:`toolkit.archive.summary.msgtype_counts`.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> msgs = dd.from_pandas(pd.DataFrame({"msgtype": ["text", "image", "text", "voice"]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     msgtype_counts(msgs)
      msgtype  n  share
    0    text  2   0.50
    1   image  1   0.25
    2   voice  1   0.25
    """
    if _pandas(messages):
        return _summary.msgtype_counts(_frame(messages))
    ddf, _ = _split(messages, "messages")
    _check_columns(ddf, ["msgtype"])
    parts = _partials(ddf[["msgtype"]], _summary.msgtype_counts)
    return _recount(parts, "msgtype", [_summary.N])


def _recount(parts: pd.DataFrame, key: str, sums: list[str], share_of: str = _summary.N) -> pd.DataFrame:
    """Sum partial counts by ``key``; share and order as the summary functions do."""
    out = parts.groupby(key, sort=False)[sums].sum().astype("int64").reset_index()
    out[key] = out[key].astype("str")
    out[_summary.SHARE] = _summary._share(out[share_of]).to_numpy()
    return _summary._sort_counts(out[[key, *sums, _summary.SHARE]], share_of, key)


def chat_type_counts(messages: DaskArchive | dd.DataFrame) -> pd.DataFrame:
    """Messages and chats per chat type, as :func:`toolkit.archive.summary.chat_type_counts`.

    Counted per chat partition (:func:`~toolkit.scale.partition_by_chat`), so
    that the distinct chats of the partitions add up.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> msgs = dd.from_pandas(pd.DataFrame({"chat_type": ["single", "single", "group"],
    ...                                     "chat_id": ["a|b", "a|b", "r1"]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     chat_type_counts(msgs)
      chat_type  n  n_chats     share
    0    single  2        1  0.666667
    1     group  1        1  0.333333
    2  internal  0        0  0.000000
    """
    if _pandas(messages):
        return _summary.chat_type_counts(_frame(messages))
    ddf, _ = _split(messages, "messages")
    _check_columns(ddf, ["chat_type", "chat_id"])
    parts = _partials(_by_chat(ddf, ["chat_type", "chat_id"]), _summary.chat_type_counts)
    names = list(schema.CHAT_TYPES) + sorted(set(parts["chat_type"]) - set(schema.CHAT_TYPES))
    out = parts.groupby("chat_type", sort=False)[[_summary.N, _summary.N_CHATS]].sum().reindex(names, fill_value=0)
    out = out.astype("int64").rename_axis("chat_type").reset_index()
    out["chat_type"] = out["chat_type"].astype("str")
    out[_summary.SHARE] = _summary._share(out[_summary.N]).to_numpy() if out[_summary.N].sum() else 0.0
    return _summary._sort_counts(out, _summary.N, "chat_type")


def top_senders(messages: DaskArchive | dd.DataFrame, *, n: int = 10, kind: str | None = "employee") -> pd.DataFrame:
    """The senders with the most messages, as :func:`toolkit.archive.summary.top_senders`.

    Counted per chat partition, so that each sender's distinct chats add up.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> msgs = dd.from_pandas(pd.DataFrame({
    ...     "sender_id": ["zhangsan", "lisi", "zhangsan", "wmC1", "lisi"],
    ...     "sender_kind": ["employee", "employee", "employee", "external", "employee"],
    ...     "chat_id": ["a", "b", "c", "a", "b"]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     top_senders(msgs, n=5)
      sender_id  n_messages  n_chats  share
    0      lisi           2        1    0.5
    1  zhangsan           2        2    0.5
    """
    if _pandas(messages):
        return _summary.top_senders(_frame(messages), n=n, kind=kind)
    _summary.top_senders(pd.DataFrame({c: pd.Series([], dtype="str") for c in ("sender_id", "sender_kind", "chat_id")}),
                         n=n, kind=kind)  # fmt: skip  (checks n and kind)
    ddf, _ = _split(messages, "messages")
    _check_columns(ddf, ["sender_id", "sender_kind", "chat_id"])
    chats = _by_chat(ddf, ["sender_id", "sender_kind", "chat_id"])
    # Every sender of the partition (n = all rows), so nothing is cut before the sum.
    parts = _partials(chats, lambda p: _summary.top_senders(p, n=max(len(p), 1), kind=kind))
    out = _recount(parts, "sender_id", [_summary.N_MESSAGES, _summary.N_CHATS], share_of=_summary.N_MESSAGES)
    return out.head(int(n))


# --------------------------------------------------------------------------- per chat


_SESSION_COLUMNS = ("chat_id", "chat_type", "sent_at", "sender_id", "sender_kind", "receiver_ids")


def sessionize(messages: DaskArchive | dd.DataFrame, *, gap: str | pd.Timedelta = "30min") -> dd.DataFrame:
    """Conversations, as :func:`toolkit.archive.sessionize`, computed per chat partition.

    Returns
    -------
    dask.dataframe.DataFrame
        :data:`~toolkit.archive.schema.CONVERSATION_COLUMNS`; sorted by
        ``start`` then ``chat_id`` within each partition (sort after
        ``compute()`` for the pandas order). ``conversation_id`` equals
        pandas' (``"<chat_id>@<start>"``).

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:05", "2026-07-01 11:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({"chat_id": ["wmA|zs"] * 3, "chat_type": ["single"] * 3, "sent_at": t,
    ...                      "sender_id": ["wmA", "zs", "wmA"], "sender_kind": ["external", "employee", "external"],
    ...                      "receiver_ids": [["zs"], ["wmA"], ["zs"]]})
    >>> with dask.config.set(scheduler="sync"):
    ...     conv = sessionize(dd.from_pandas(msgs, npartitions=2)).compute()
    >>> conv["conversation_id"].tolist()
    ['wmA|zs@20260701T090000', 'wmA|zs@20260701T110000']
    """
    if _pandas(messages):
        return _sessions.sessionize(_frame(messages), gap=gap)
    ddf, _ = _split(messages, "messages")
    _sessions._order(ddf._meta, gap)  # checks the columns and the gap now, not at compute time
    cols = [c for c in _SESSION_COLUMNS if c in ddf.columns]
    chats = _by_chat(ddf, cols)
    meta = _sessions.sessionize(chats._meta, gap=gap)
    return chats.map_partitions(lambda p: _sessions.sessionize(p.reset_index(drop=True), gap=gap), meta=meta)


def _conversation_ids(part: pd.DataFrame, gap: Any) -> pd.DataFrame:
    part = part.reset_index(drop=True)  # partitions may repeat index labels
    return pd.DataFrame({"msgid": part["msgid"], "conversation_id": _sessions.conversation_ids(part, gap=gap)})


def conversation_ids(messages: DaskArchive | dd.DataFrame, *, gap: str | pd.Timedelta = "30min") -> dd.DataFrame:
    """The conversation of each message, as :func:`toolkit.archive.conversation_ids`.

    Returns
    -------
    dask.dataframe.DataFrame
        ``msgid`` and ``conversation_id`` (str), one row per message, in chat
        partitions (join on ``msgid``).

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:05", "2026-07-01 11:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({"msgid": ["m1", "m2", "m3"], "chat_id": ["a|b"] * 3, "sent_at": t,
    ...                      "sender_id": ["a", "b", "a"], "sender_kind": ["external", "employee", "external"]})
    >>> with dask.config.set(scheduler="sync"):
    ...     ids = conversation_ids(dd.from_pandas(msgs, npartitions=2)).compute()
    >>> ids.sort_values("msgid")["conversation_id"].tolist()
    ['a|b@20260701T090000', 'a|b@20260701T090000', 'a|b@20260701T110000']
    """
    if _pandas(messages):
        return _conversation_ids(_frame(messages), gap)
    ddf, _ = _split(messages, "messages")
    _sessions._order(ddf._meta, gap)
    _check_columns(ddf, ["msgid"])
    chats = _by_chat(ddf, ["msgid", "chat_id", "sent_at", "sender_id", "sender_kind"])
    return chats.map_partitions(_conversation_ids, gap=gap, meta=_conversation_ids(chats._meta, gap))


def _per_chat(archive_or_messages: Any, required: Sequence[str]) -> tuple[dd.DataFrame, Any]:
    """Chat partitions of the required columns (and ``receiver_ids`` when present), and the small tables as a delayed Archive (or None)."""
    ddf, archive = _split(archive_or_messages)
    _check_columns(ddf, required)
    cols = [c for c in schema.MESSAGE_COLUMNS if c in required or (c == "receiver_ids" and c in ddf.columns)]
    chats = _by_chat(ddf, cols)
    small = None if archive is None else dask.delayed(archive.small(), pure=True)
    return chats, small


def _with(small: Archive | None, part: pd.DataFrame) -> Archive | pd.DataFrame:
    return part if small is None else dataclasses.replace(small, messages=part)


def _apply(part: pd.DataFrame, fn: Any, small: Archive | None, kw: dict[str, Any]) -> pd.DataFrame:
    out = fn(_with(small, part.reset_index(drop=True)), **kw)
    out.attrs = {}
    return out


def extract_questions(archive_or_messages: DaskArchive | dd.DataFrame, **kwargs: Any) -> dd.DataFrame:
    """Customer question turns, as :func:`toolkit.questions.extract_questions`, per chat partition.

    Parameters
    ----------
    archive_or_messages : DaskArchive or dask.dataframe.DataFrame
        With a :class:`~toolkit.scale.DaskArchive`, its consent records are
        sent to every partition, so refusals are honoured as in pandas.
    **kwargs
        Options of :func:`toolkit.questions.extract_questions`.

    Returns
    -------
    dask.dataframe.DataFrame
        :data:`~toolkit.questions.QUESTION_COLUMNS`, one row per turn (sort by
        ``asked_at``, ``question_id`` after ``compute()`` for pandas' order).

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00:00", "2026-07-01 09:00:30", "2026-07-01 09:01:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({"msgid": ["m1", "m2", "m3"], "msgtype": "text", "sender_id": ["wmA", "wmA", "zs"],
    ...     "sender_kind": ["external", "external", "employee"], "chat_id": "wmA|zs", "chat_type": "single",
    ...     "sent_at": t, "text": ["你好", "保修多久？", "两年"]})
    >>> with dask.config.set(scheduler="sync"):
    ...     q = extract_questions(dd.from_pandas(msgs, npartitions=2)).compute()
    >>> q[["question_id", "text", "is_question", "reply_seconds"]]
      question_id       text  is_question  reply_seconds
    0          m1  你好 保修多久？         True           30.0
    """
    if _pandas(archive_or_messages):
        return _extract.extract_questions(archive_or_messages, **kwargs)
    chats, small = _per_chat(archive_or_messages, _extract._REQUIRED)
    _extract.extract_questions(chats._meta, **kwargs)  # checks the options now
    meta = _apply(chats._meta, _extract.extract_questions, None, kwargs)
    return chats.map_partitions(_apply, _extract.extract_questions, small, kwargs, meta=meta)


_HUMAN_COLUMNS = ("msgid", "msgtype", "sender_id", "sender_kind", "chat_id", "chat_type", "sent_at", "text")


def _fast_replies(part: pd.DataFrame, within: Any, templates: tuple[str, ...]) -> pd.DataFrame:
    """Employee messages that ``automatic_replies`` flags with ``min_repeats=1``, with their normalised text."""
    part = part.reset_index(drop=True)  # pandas functions expect unique labels; partitions may repeat them
    flagged = _eff.automatic_replies(part, within=within, min_repeats=1, templates=templates)
    sel = part.loc[flagged.to_numpy(), ["msgid", "sender_id", "text"]]
    return pd.DataFrame({"msgid": sel["msgid"].astype("str"), "sender_id": sel["sender_id"].astype("str"),
                         "norm": normalize_series(sel["text"].astype("str"))})  # fmt: skip


def _automatic_msgids(chats: dd.DataFrame, within: Any, min_repeats: int, templates: tuple[str, ...]) -> Any:
    """Delayed set of the msgids :func:`toolkit.ops.automatic_replies` flags over the whole archive.

    ``automatic_replies`` counts an employee's fast repeats across all chats,
    so the counts are summed over partitions: each partition lists its
    candidates (``min_repeats=1``: every fast reply, plus template texts),
    and a candidate is automatic when its text is a template or its
    (employee, text) pair reaches ``min_repeats`` overall.
    """
    meta = _fast_replies(chats._meta, within, templates)
    fast = chats.map_partitions(_fast_replies, within, templates, meta=meta)
    tmpl = frozenset(normalize_series(pd.Series(list(templates), dtype="str")).dropna()) if templates else frozenset()

    def decide(cands: pd.DataFrame) -> frozenset[str]:
        is_tmpl = cands["norm"].isin(tmpl)
        counts = cands[~is_tmpl].groupby(["sender_id", "norm"], sort=False).size()
        keys = pd.MultiIndex.from_frame(cands[["sender_id", "norm"]])
        repeated = keys.isin(counts[counts >= min_repeats].index)
        return frozenset(cands.loc[is_tmpl.to_numpy() | repeated, "msgid"])

    return dask.delayed(decide)(fast)  # the candidates, concatenated: few rows


def _drop_msgids(part: pd.DataFrame, msgids: frozenset[str]) -> pd.DataFrame:
    return part[~part["msgid"].isin(msgids)] if msgids else part


def _human_chats(archive_or_messages: Any, exclude_automatic: bool, auto: dict[str, Any]) -> tuple[dd.DataFrame, Any]:
    chats, small = _per_chat(archive_or_messages, _HUMAN_COLUMNS)
    if exclude_automatic:
        # Check the options with the pandas function before anything runs.
        _eff.automatic_replies(chats._meta, within=auto["within"], min_repeats=auto["min_repeats"], templates=auto["templates"])
        templates = tuple(auto["templates"])
        auto_ids = _automatic_msgids(chats, auto["within"], int(auto["min_repeats"]), templates)
        chats = chats.map_partitions(_drop_msgids, auto_ids, meta=chats._meta)
    return chats, small


def reply_times(archive_or_messages: DaskArchive | dd.DataFrame, *, exclude_automatic: bool = True,
                auto_within: str | pd.Timedelta = "3s", auto_min_repeats: int = 5, auto_templates: Iterable[str] = (),
                **kwargs: Any) -> dd.DataFrame:  # fmt: skip
    """Reply time of each customer question turn, as :func:`toolkit.ops.reply_times`.

    Automatic replies are found over the whole archive first (an employee's
    fast repeats are counted across all chats, as in pandas), removed, and
    then :func:`toolkit.ops.reply_times` runs on each chat partition with
    ``exclude_automatic=False``.

    Parameters
    ----------
    archive_or_messages : DaskArchive or dask.dataframe.DataFrame
        With a :class:`~toolkit.scale.DaskArchive`, refusals are honoured.
    exclude_automatic, auto_within, auto_min_repeats, auto_templates
        As in :func:`toolkit.ops.reply_times`.
    **kwargs
        Other options of :func:`toolkit.ops.reply_times` (``max_wait``,
        ``business_hours``, ``questions_only``).

    Returns
    -------
    dask.dataframe.DataFrame
        The columns of :func:`toolkit.ops.reply_times`; sort by ``asked_at``,
        ``question_id`` after ``compute()`` for pandas' order.

    Examples
    --------
    >>> import dask
    >>> from toolkit.testing import tiny_archive
    >>> from toolkit.ops import reply_times as pandas_reply_times
    >>> a = tiny_archive()
    >>> m = dd.from_pandas(a.messages, npartitions=3)
    >>> with dask.config.set(scheduler="sync"):
    ...     rt = reply_times(m).compute()
    >>> ref = pandas_reply_times(a.messages)
    >>> bool((rt.sort_values("question_id")["reply_seconds"].to_numpy(na_value=-1.0)
    ...       == ref.sort_values("question_id")["reply_seconds"].to_numpy(na_value=-1.0)).all())
    True
    """
    if _pandas(archive_or_messages):
        return _eff.reply_times(archive_or_messages, exclude_automatic=exclude_automatic, auto_within=auto_within,
                                 auto_min_repeats=auto_min_repeats, auto_templates=auto_templates, **kwargs)
    auto = {"within": auto_within, "min_repeats": auto_min_repeats, "templates": auto_templates}
    chats, small = _human_chats(archive_or_messages, exclude_automatic, auto)
    kw = dict(kwargs, exclude_automatic=False)
    meta = _apply(chats._meta, _eff.reply_times, None, kw)
    return chats.map_partitions(_apply, _eff.reply_times, small, kw, meta=meta)


def first_reply_times(archive_or_messages: DaskArchive | dd.DataFrame, *, exclude_automatic: bool = True,
                      auto_within: str | pd.Timedelta = "3s", auto_min_repeats: int = 5,
                      auto_templates: Iterable[str] = (), **kwargs: Any) -> dd.DataFrame:  # fmt: skip
    """First reply time of each customer-opened conversation, as :func:`toolkit.ops.first_reply_times`.

    Automatic replies are handled as in :func:`reply_times`.

    Returns
    -------
    dask.dataframe.DataFrame
        The columns of :func:`toolkit.ops.first_reply_times`; sort by
        ``started_at``, ``conversation_id`` after ``compute()``.

    Examples
    --------
    >>> import dask
    >>> from toolkit.testing import tiny_archive
    >>> a = tiny_archive()
    >>> with dask.config.set(scheduler="sync"):
    ...     f = first_reply_times(dd.from_pandas(a.messages, npartitions=2)).compute()
    >>> int(f["is_answered"].sum())
    7
    """
    if _pandas(archive_or_messages):
        return _eff.first_reply_times(archive_or_messages, exclude_automatic=exclude_automatic, auto_within=auto_within,
                                       auto_min_repeats=auto_min_repeats, auto_templates=auto_templates, **kwargs)
    auto = {"within": auto_within, "min_repeats": auto_min_repeats, "templates": auto_templates}
    chats, small = _human_chats(archive_or_messages, exclude_automatic, auto)
    kw = dict(kwargs, exclude_automatic=False)
    meta = _apply(chats._meta, _eff.first_reply_times, None, kw)
    return chats.map_partitions(_apply, _eff.first_reply_times, small, kw, meta=meta)


# --------------------------------------------------------------------------- small tables and per message


def refusal_rate(archive: DaskArchive, **kwargs: Any) -> pd.DataFrame:
    """Consent refusal rates, as :func:`toolkit.ops.refusal_rate`.

    Consent records are few (one per customer answer) and a
    :class:`~toolkit.scale.DaskArchive` holds them in pandas, so the pandas
    function runs on them directly: nothing is read from the messages.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> from toolkit.scale import DaskArchive
    >>> a = tiny_archive()
    >>> fields = {f: getattr(a, f) for f in a.__dataclass_fields__ if f != "messages"}
    >>> da = DaskArchive(messages=dd.from_pandas(a.messages, npartitions=1), **fields)
    >>> refusal_rate(da)[["prompted", "refused"]]
       prompted  refused
    0         3        1
    """
    if isinstance(archive, Archive):
        return _consent.refusal_rate(archive, **kwargs)
    if not isinstance(archive, DaskArchive):
        raise TypeError(f"archive must be a toolkit.scale.DaskArchive or a toolkit.archive.Archive; got {type(archive).__name__}")
    return _consent.refusal_rate(archive.small(), **kwargs)


_ELIG_COLUMNS = ("msgid", "sender_id", "sender_kind", "roomid", "chat_type", "chat_id", "sent_at")


def _room_senders(part: pd.DataFrame) -> pd.DataFrame:
    g = part[part["chat_type"] == "group"]
    return pd.DataFrame({"roomid": g["roomid"].astype("str"), "member_id": g["sender_id"].astype("str")}).drop_duplicates()


def _single_employees(part: pd.DataFrame) -> pd.DataFrame:
    s = part[(part["chat_type"] == "single") & (part["sender_kind"] == "employee")]
    return s[["sender_id", "chat_type", "sender_kind"]].drop_duplicates()


def _eligibility(part: pd.DataFrame, small: Archive, as_of: Any) -> pd.DataFrame:
    out = _pd_eligibility(dataclasses.replace(small, messages=part.reset_index(drop=True)), as_of=as_of)
    out.attrs = {}
    return out


def eligibility(archive: DaskArchive, *, scope: Any = None, as_of: Any = None) -> dd.DataFrame:
    """Per-message eligibility for AI suggestions, as :func:`toolkit.gating.eligibility`.

    No shuffle: the scope (given, the archive's, or inferred from the 1:1
    chats of the whole archive, with the same warning) and the members of
    each room (from ``room_members`` and every sender seen in the room, over
    the whole archive) are gathered first and sent to every partition with
    the consent records; each partition then goes through the pandas function.

    Returns
    -------
    dask.dataframe.DataFrame
        :data:`~toolkit.gating.ELIGIBILITY_COLUMNS`, one row per message, in
        the order of the messages within each partition.

    Examples
    --------
    >>> import dask
    >>> from toolkit.testing import tiny_archive
    >>> from toolkit.scale import DaskArchive
    >>> a = tiny_archive()
    >>> fields = {f: getattr(a, f) for f in a.__dataclass_fields__ if f != "messages"}
    >>> da = DaskArchive(messages=dd.from_pandas(a.messages, npartitions=2), **fields)
    >>> with dask.config.set(scheduler="sync"):
    ...     e = eligibility(da).compute()
    >>> len(e) == len(a.messages)
    True
    """
    if isinstance(archive, Archive):
        return _pd_eligibility(archive, scope=scope, as_of=as_of)
    if not isinstance(archive, DaskArchive):
        raise TypeError(f"archive must be a toolkit.scale.DaskArchive or a toolkit.archive.Archive; got {type(archive).__name__}")
    ddf = archive.messages
    _check_columns(ddf, _ELIG_COLUMNS)
    small = archive.small()
    if scope is None and small.scope is None:
        # resolve_scope infers it from the employees of 1:1 chats: gather just those rows.
        senders = ddf.map_partitions(_single_employees, meta=_single_employees(ddf._meta)).compute()
        scope_df = _resolve_scope(dataclasses.replace(small, messages=senders))
    else:
        scope_df = _resolve_scope(small, scope)
    # The members seen in each room, over the whole archive: lazy, so that the
    # messages are read once when computed with other analyses.
    seen = ddf.map_partitions(_room_senders, meta=_room_senders(ddf._meta)).drop_duplicates(split_out=1)
    small = dataclasses.replace(small, scope=scope_df)
    full = dask.delayed(_add_room_senders, pure=True)(small, seen, str(ddf._meta["sent_at"].dtype.tz))
    meta = _eligibility(ddf._meta[list(ddf.columns)], small, as_of)
    return ddf.map_partitions(_eligibility, full, as_of, meta=meta)


def _add_room_senders(small: Archive, seen: pd.DataFrame, tz: str) -> Archive:
    """The small tables with every room sender as a member from always (``joined_at`` NaT)."""
    seen = seen.drop_duplicates()
    members = [seen.assign(member_kind=pd.Series(pd.NA, index=seen.index, dtype="str"),
                           joined_at=pd.Series(pd.NaT, index=seen.index, dtype=pd.DatetimeTZDtype("ns", tz)))]  # fmt: skip
    if small.room_members is not None:
        members.insert(0, small.room_members)
    room_members = pd.concat(members, ignore_index=True)[list(schema.ROOM_MEMBER_COLUMNS)]
    return dataclasses.replace(small, room_members=room_members)


# --------------------------------------------------------------------------- fitted models


def _predict(part: pd.DataFrame, model: Any, column: str) -> pd.DataFrame:
    labels = model.predict(part[column]) if len(part) else np.array([], dtype=np.int64)
    return part.assign(cluster_id=np.asarray(labels, dtype=np.int64))


def predict_clusters(questions: dd.DataFrame, model: Any, *, column: str = "text") -> dd.DataFrame:
    """Assign questions to a fitted :class:`~toolkit.questions.FrequentQuestions`, per partition.

    The fitted model is sent once to the workers and its ``predict`` runs on
    each partition; a text's cluster does not depend on the other texts, so
    the labels equal ``model.predict(all texts)``.

    Parameters
    ----------
    questions : dask.dataframe.DataFrame
        Questions, e.g. from :func:`extract_questions`.
    model : FrequentQuestions
        A fitted model.
    column : str
        The text column.

    Returns
    -------
    dask.dataframe.DataFrame
        ``questions`` with ``cluster_id`` (int64, ``-1`` for none).

    Examples
    --------
    >>> import dask, pandas as pd
    >>> from toolkit.questions import FrequentQuestions
    >>> fq = FrequentQuestions(embedder="none", similarity_threshold=0.3, assign_threshold=0.3)
    >>> _ = fq.fit(["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升"])
    >>> q = dd.from_pandas(pd.DataFrame({"text": ["花呗还款怎么操作", "借呗额度能提升吗", "今天天气"]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     predict_clusters(q, fq).compute()["cluster_id"].tolist()
    [1, 0, -1]
    """
    if isinstance(questions, pd.DataFrame):
        return _predict(questions, model, column)
    if not isinstance(questions, dd.DataFrame):
        raise TypeError(f"questions must be a Dask or pandas DataFrame; got {type(questions).__name__}")
    if column not in questions.columns:
        raise ValueError(f"column {column!r} is not a column of questions; got columns {list(questions.columns)}")
    if not hasattr(model, "predict"):
        raise TypeError(f"model must be a fitted FrequentQuestions; got {type(model).__name__}")
    from sklearn.utils.validation import check_is_fitted  # noqa: PLC0415  (lazy: scikit-learn only for a fitted model)

    check_is_fitted(model)
    meta = questions._meta.assign(cluster_id=pd.Series([], dtype="int64"))
    return questions.map_partitions(_predict, dask.delayed(model, pure=True), column, meta=meta)


def _match(part: pd.DataFrame, matcher: Any, column: str, id_column: str, k: int) -> pd.DataFrame:
    out = matcher.match(part[column].reset_index(drop=True), k)
    ids = part[id_column].to_numpy()[out["query_pos"].to_numpy()] if len(out) else np.array([], dtype=object)
    out.insert(0, id_column, pd.array(ids, dtype=part[id_column].dtype))
    return out.drop(columns="query_pos")


def match_questions(questions: dd.DataFrame, matcher: Any, *, k: int = 10, column: str = "text",
                    id_column: str = "question_id") -> dd.DataFrame:  # fmt: skip
    """Match questions to a fitted :class:`~toolkit.kb.KBMatcher`, per partition.

    Parameters
    ----------
    questions : dask.dataframe.DataFrame
        Questions with ``column`` and a unique ``id_column``.
    matcher : KBMatcher
        A fitted matcher (sent once to the workers).
    k : int
        Entries per question.
    column, id_column : str
        The text and the id columns.

    Returns
    -------
    dask.dataframe.DataFrame
        ``id_column`` then the :data:`~toolkit.kb.MATCH_COLUMNS` except
        ``query_pos`` (``rank``, ``kb_id``, ``score``, ``margin``,
        ``matched_question``): the rows ``matcher.match(texts, k)`` gives, with
        each query's position replaced by its id. Entries and ranks equal a
        single pandas call; ``score`` and ``margin`` agree to float32 rounding
        (about 1e-7: the matcher's float32 matrix products round differently
        for another batch size).

    Examples
    --------
    >>> import dask, pandas as pd
    >>> from toolkit.kb import KBMatcher
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么开发票", "保修多久"]})
    >>> m = KBMatcher(embedder="none").fit(kb)
    >>> q = dd.from_pandas(pd.DataFrame({"question_id": ["q1", "q2"], "text": ["开发票", "保修期多长"]}), npartitions=2)
    >>> with dask.config.set(scheduler="sync"):
    ...     match_questions(q, m, k=1).compute()[["question_id", "kb_id"]]
      question_id kb_id
    0          q1    K1
    0          q2    K2
    """
    if isinstance(questions, pd.DataFrame):
        return _match(questions, matcher, column, id_column, int(k))
    if not isinstance(questions, dd.DataFrame):
        raise TypeError(f"questions must be a Dask or pandas DataFrame; got {type(questions).__name__}")
    for c in (column, id_column):
        if c not in questions.columns:
            raise ValueError(f"{c!r} is not a column of questions; got columns {list(questions.columns)}")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(f"k must be a positive int; got {k!r}")
    from sklearn.utils.validation import check_is_fitted  # noqa: PLC0415  (lazy: scikit-learn only for a fitted model)

    check_is_fitted(matcher)
    meta = _match(questions._meta, matcher, column, id_column, int(k))
    return questions.map_partitions(_match, dask.delayed(matcher, pure=True), column, id_column, int(k), meta=meta)

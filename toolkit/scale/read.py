"""Read a Parquet store lazily with Dask: messages as a ``dask.dataframe``, the rest in pandas.

The store (:mod:`toolkit.store`) keeps messages in day partitions
(``messages/day=YYYY-MM-DD/part-RRRRR-0.parquet``). Here they are read with
:func:`dask.dataframe.read_parquet` (one Dask partition per file unless
``npartitions`` is given) and every partition is converted with the store's
own Arrow-to-pandas step, so each computed partition has exactly the dtypes of
:data:`toolkit.archive.schema.MESSAGE_COLUMNS`, as ``load_archive`` returns
them. Consent, recalls, switches, the quarantine and the side tables are small
and are read with pandas.
"""

from __future__ import annotations

import dataclasses
import os
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

from ..archive import schema
from ..archive.load import Archive
from ..archive.side import load_rooms, load_scope, load_staff
from ..store import arrow_to_frame, read_manifest, read_store, read_table, table_parts

__all__ = ["DaskArchive", "read_store_dask", "read_archive", "partition_by_chat", "is_dask"]

_DAY = "day="


@dataclass
class DaskArchive:
    """An archive whose ``messages`` is a lazy ``dask.dataframe``; every other frame is pandas.

    Mirrors :class:`toolkit.archive.Archive` field for field, so that the
    functions of :mod:`toolkit.scale` accept either.

    Attributes
    ----------
    messages : dask.dataframe.DataFrame
        Lazily read messages; each partition has the columns and dtypes of
        :data:`~toolkit.archive.schema.MESSAGE_COLUMNS` (or the chosen subset).
    consent, recalls, switches, quarantine, files : pandas.DataFrame
        As in :class:`~toolkit.archive.Archive`.
    report, repairs, skipped, skipped_reasons, tz
        As in :class:`~toolkit.archive.Archive`.
    scope, rooms, room_members, staff : pandas.DataFrame or None
        Side tables, when given to :func:`read_archive`.
    """

    messages: dd.DataFrame
    consent: pd.DataFrame
    recalls: pd.DataFrame
    switches: pd.DataFrame
    quarantine: pd.DataFrame
    report: dict[str, int]
    files: pd.DataFrame
    repairs: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    skipped_reasons: dict[str, str] = field(default_factory=dict)
    scope: pd.DataFrame | None = None
    rooms: pd.DataFrame | None = None
    room_members: pd.DataFrame | None = None
    staff: pd.DataFrame | None = None
    tz: str = schema.DEFAULT_TZ

    @property
    def reconciles(self) -> bool:
        """True when ``records_read`` equals the sum of where the records went."""
        r = self.report
        return r["records_read"] == sum(r[k] for k in schema.REPORT_KEYS[1:])

    def with_messages(self, messages: pd.DataFrame) -> Archive:
        """A pandas :class:`~toolkit.archive.Archive` with these ``messages`` and every small table.

        This is what each Dask partition sees: its own messages plus the
        whole consent, scope, staff ... tables.
        """
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "messages"}
        return Archive(messages=messages, **fields)

    def small(self) -> Archive:
        """The small tables as an :class:`~toolkit.archive.Archive` with no messages (to ship to workers)."""
        return self.with_messages(self.messages._meta)

    def __repr__(self) -> str:
        r = self.report
        parts = ", ".join(f"{k}={r[k]:,}" for k in schema.REPORT_KEYS)
        return f"DaskArchive({parts}; {self.messages.npartitions} partitions, tz={self.tz!r})"


def is_dask(obj: Any) -> bool:
    """True for a Dask collection or a :class:`DaskArchive`.

    Examples
    --------
    >>> import pandas as pd
    >>> is_dask(pd.DataFrame())
    False
    """
    return isinstance(obj, (DaskArchive, dd.DataFrame, dd.Series))


def _columns(columns: Sequence[str] | None) -> list[str]:
    if columns is None:
        return list(schema.MESSAGE_COLUMNS)
    if isinstance(columns, str):
        columns = [columns]
    cols = list(columns)
    unknown = [c for c in cols if c not in schema.MESSAGE_COLUMNS]
    if unknown:
        raise ValueError(f"unknown message columns {unknown}; choose from {list(schema.MESSAGE_COLUMNS)}")
    return cols


def _convert(part: pd.DataFrame, *, tz: str, columns: list[str], recalled: frozenset[str] | None) -> pd.DataFrame:
    """One Arrow-backed partition -> the loader's dtypes (the store's own conversion)."""
    table = pa.Table.from_pandas(part, preserve_index=False)
    out = arrow_to_frame(table, {c: schema.MESSAGE_COLUMNS[c] for c in table.column_names}, tz)
    if recalled is not None:
        out["is_recalled"] = out["msgid"].isin(recalled).astype(bool)
        out = out[columns]
    return out


def read_store_dask(
    store_dir: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
    npartitions: int | None = None,
) -> dd.DataFrame:
    """The messages of a store as a lazily read ``dask.dataframe``.

    Parameters
    ----------
    store_dir : path
        A store written by :func:`toolkit.store.ingest`.
    columns : list of str, optional
        Message columns to read (of :data:`~toolkit.archive.schema.MESSAGE_COLUMNS`),
        in that order; default all.
    since, until : str, date or Timestamp, optional
        Keep messages with ``since <= sent_at < until`` (naive values are in
        the store's time zone). Day partitions outside the range are not read;
        the rest are filtered by ``dask.dataframe.read_parquet``'s ``filters``.
    npartitions : int, optional
        Repartition to this many partitions; default one per stored file
        (one per day and ingest run).

    Returns
    -------
    dask.dataframe.DataFrame
        Each partition has the columns and dtypes ``load_archive`` returns
        (``is_recalled`` recomputed from every recall in the store, as
        :func:`toolkit.store.read_store` does). Rows keep the store's order
        within a day; days are in date order.

    Raises
    ------
    ArchiveError
        ``store_dir`` is missing, not a store, or its manifest is corrupted.
    ValueError
        An unknown column, a bad ``since``/``until``, or ``npartitions`` not a
        positive int.

    Examples
    --------
    >>> import dask
    >>> from toolkit.testing import tiny_store
    >>> ddf = read_store_dask(tiny_store(days=3), columns=["msgid", "text", "sent_at"], since="2025-07-02")
    >>> ddf.npartitions
    2
    >>> with dask.config.set(scheduler="sync"):
    ...     ddf.compute()
      msgid text                   sent_at
    0    m1  第1天 2025-07-02 08:33:20+08:00
    1    m2  第2天 2025-07-03 08:33:20+08:00
    >>> str(ddf.dtypes["sent_at"])
    'datetime64[ns, Asia/Shanghai]'
    """
    store = Path(store_dir)
    manifest = read_manifest(store)
    tz = manifest["tz"]
    cols = _columns(columns)
    if npartitions is not None and (isinstance(npartitions, bool) or not isinstance(npartitions, int) or npartitions < 1):
        raise ValueError(f"npartitions must be a positive int or None; got {npartitions!r}")
    lo, hi = schema.to_timestamp(since, tz, "since"), schema.to_timestamp(until, tz, "until")
    files = table_parts(store, "messages", manifest)
    if lo is not None:
        files = [f for f in files if f.parent.name[len(_DAY):] >= lo.strftime("%Y-%m-%d")]
    if hi is not None:
        files = [f for f in files if f.parent.name[len(_DAY):] <= hi.strftime("%Y-%m-%d")]
    meta = schema.empty_frame({c: schema.MESSAGE_COLUMNS[c] for c in cols}, tz)
    if not files:
        return dd.from_pandas(meta, npartitions=1)

    recalled: frozenset[str] | None = None
    if "is_recalled" in cols:
        recalls = read_table(store, "recalls", manifest=manifest)
        recalled = frozenset(recalls["pre_msgid"].dropna().astype(str))
    read_cols = [c for c in cols if c != "is_recalled"] + (["msgid"] if recalled is not None and "msgid" not in cols else [])
    filters = []
    if lo is not None:
        filters.append(("sent_at", ">=", lo.as_unit("ns")))
    if hi is not None:
        filters.append(("sent_at", "<", hi.as_unit("ns")))
    raw = dd.read_parquet(
        [str(f) for f in files],
        columns=read_cols,
        filters=filters or None,
        dtype_backend="pyarrow",
        index=False,
        ignore_metadata_file=True,
        calculate_divisions=False,
    )
    ddf = raw.map_partitions(_convert, tz=tz, columns=cols, recalled=recalled, meta=meta)
    if npartitions is not None and npartitions != ddf.npartitions:
        ddf = ddf.repartition(npartitions=npartitions)
    return ddf


def read_archive(
    store_dir: str | os.PathLike[str],
    *,
    backend: Literal["dask", "pandas"] = "dask",
    columns: Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
    npartitions: int | None = None,
    scope: Any = None,
    rooms: Any = None,
    staff: Any = None,
) -> DaskArchive | Archive:
    """Read a store as a :class:`DaskArchive` (``backend="dask"``) or an :class:`~toolkit.archive.Archive`.

    Parameters
    ----------
    store_dir : path
        A store written by :func:`toolkit.store.ingest`.
    backend : {"dask", "pandas"}
        ``"dask"``: messages stay on disk as a lazy Dask frame
        (:func:`read_store_dask`); ``"pandas"``: everything in memory, as
        :func:`toolkit.store.read_store`.
    columns, since, until
        As in :func:`toolkit.store.read_store`.
    npartitions : int, optional
        Dask only: the number of partitions (default one per stored file).
    scope, rooms, staff : path or DataFrame, optional
        Side tables, read with :func:`toolkit.archive.load_scope`,
        :func:`~toolkit.archive.load_rooms` and
        :func:`~toolkit.archive.load_staff` (the store does not hold them).

    Returns
    -------
    DaskArchive or Archive

    Raises
    ------
    ArchiveError
        ``store_dir`` is not a store.
    ValueError
        A bad ``backend`` or another bad argument.

    Examples
    --------
    >>> from toolkit.testing import tiny_store
    >>> store = tiny_store(days=1)
    >>> read_archive(store, scope=["zhangsan"])
    DaskArchive(records_read=1, messages=1, consent=0, recalls=0, switches=0, duplicates=0, quarantined=0; 1 partitions, tz='Asia/Shanghai')
    >>> type(read_archive(store, backend="pandas")).__name__
    'Archive'
    """
    if backend not in ("dask", "pandas"):
        raise ValueError(f"backend must be 'dask' or 'pandas'; got {backend!r}")
    if backend == "pandas" and npartitions is not None:
        raise ValueError("npartitions applies to backend='dask' only")
    # The small tables (and every check of the arguments) come from the pandas reader;
    # with backend="dask" it reads no message at all.
    if backend == "dask":
        _columns(columns)  # check them now
    # columns=[]: only the row numbers of the messages are read (no message data).
    small = read_store(store_dir, columns=columns if backend == "pandas" else [], since=since, until=until)
    tz = small.tz
    side: dict[str, Any] = {}
    staff_df = load_staff(staff, tz=tz) if staff is not None else None
    side["staff"] = staff_df
    side["scope"] = load_scope(scope, tz=tz) if scope is not None else None
    if rooms is not None:
        employees = frozenset(staff_df["userid"].dropna()) if staff_df is not None else frozenset()
        side["rooms"], side["room_members"] = load_rooms(rooms, tz=tz, employees=employees)
    if backend == "pandas":
        return dataclasses.replace(small, **side)
    messages = read_store_dask(store_dir, columns=columns, since=since, until=until, npartitions=npartitions)
    fields = {f.name: getattr(small, f.name) for f in dataclasses.fields(Archive) if f.name != "messages"}
    fields.update({k: v for k, v in side.items() if v is not None})
    return DaskArchive(messages=messages, **fields)


# Frames known to hold each chat in exactly one partition (by their graph name).
_BY_CHAT: weakref.WeakValueDictionary[str, dd.DataFrame] = weakref.WeakValueDictionary()


def partition_by_chat(
    messages: dd.DataFrame, *, npartitions: int | None = None, persist: bool = False, shuffle_method: str = "tasks"
) -> dd.DataFrame:
    """Shuffle messages so that every chat lies in exactly one partition.

    Sessions, reply pairing and question turns never cross chats, so after
    this shuffle the pandas functions run on each partition unchanged. The
    functions of :mod:`toolkit.scale` that need it call it themselves; a frame
    it returned is recognised and not shuffled again (pass ``persist=True`` to
    reuse it across analyses).

    Parameters
    ----------
    messages : dask.dataframe.DataFrame
        Messages with ``chat_id``.
    npartitions : int, optional
        Partitions after the shuffle (default: as many as before).
    persist : bool
        Keep the shuffled partitions in (cluster) memory, to run several
        analyses on them without shuffling again.
    shuffle_method : {"tasks", "p2p", "disk"}
        Dask's shuffle algorithm. The default is ``"tasks"`` because
        ``distributed``'s ``"p2p"`` (2026.8) fails on the ``receiver_ids``
        column ("data type 'list<item: dictionary<...>>[pyarrow]' not
        understood"); ``"p2p"`` works on frames without it.

    Returns
    -------
    dask.dataframe.DataFrame
        The same rows, hashed on ``chat_id``.

    Examples
    --------
    >>> import dask, dask.dataframe as dd, pandas as pd
    >>> m = dd.from_pandas(pd.DataFrame({"chat_id": list("abcabc"), "x": range(6)}), npartitions=3)
    >>> with dask.config.set(scheduler="sync"):
    ...     parts = [set(p.compute()["chat_id"]) for p in partition_by_chat(m).partitions]
    >>> sorted(c for p in parts for c in p)  # each chat in one partition only
    ['a', 'b', 'c']
    """
    if not isinstance(messages, dd.DataFrame):
        raise TypeError(f"messages must be a dask.dataframe.DataFrame; got {type(messages).__name__}")
    if "chat_id" not in messages.columns:
        raise ValueError("messages lack the chat_id column needed to partition by chat")
    if _is_by_chat(messages) and npartitions in (None, messages.npartitions):
        out = messages
    else:
        out = messages.shuffle(on="chat_id", npartitions=npartitions or messages.npartitions, shuffle_method=shuffle_method)
    if persist:
        out = out.persist()
    return _mark_by_chat(out)


def _is_by_chat(ddf: dd.DataFrame) -> bool:
    return ddf._name in _BY_CHAT


def _mark_by_chat(ddf: dd.DataFrame) -> dd.DataFrame:
    _BY_CHAT[ddf._name] = ddf
    return ddf

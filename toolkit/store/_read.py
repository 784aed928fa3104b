"""Read a store back: the whole of it as an :class:`~toolkit.archive.Archive`, or one table as a frame."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from ..archive import schema
from ..archive.load import Archive
from ._manifest import read_manifest
from ._tables import _ROW, _TABLES, _TIME_COLUMN, _arrow_schema, arrow_to_frame, table_parts

__all__ = ["read_store", "read_table"]


def _bound(value: Any, tz: str, name: str) -> pd.Timestamp | None:
    return schema.to_timestamp(value, tz, name)


def _read_table(
    store: Path,
    name: str,
    manifest: dict[str, Any],
    tz: str,
    *,
    columns: list[str] | None = None,
    since: pd.Timestamp | None = None,
    until: pd.Timestamp | None = None,
    participant: str | None = None,
) -> pd.DataFrame:
    spec = _TABLES[name]
    wanted = list(spec) if columns is None else columns
    parts = table_parts(store, name, manifest)
    if not parts:
        return schema.empty_frame({c: spec[c] for c in wanted}, tz)
    arrow_schema = _arrow_schema(spec, tz)
    expr = None
    tcol = _TIME_COLUMN.get(name)
    if name == "messages":
        arrow_schema = arrow_schema.append(pa.field("day", pa.string()))
        dataset = ds.dataset(
            [str(p) for p in parts],
            schema=arrow_schema,
            format="parquet",
            partitioning=ds.partitioning(pa.schema([("day", pa.string())]), flavor="hive"),
            partition_base_dir=str(store / "messages"),
        )
    else:
        dataset = ds.dataset([str(p) for p in parts], schema=arrow_schema, format="parquet")
    for bound, op in ((since, "ge"), (until, "lt")):
        if bound is None or tcol is None:
            continue
        scalar = pa.scalar(bound.as_unit("ns").value, type=pa.timestamp("ns", tz=tz))
        cond = ds.field(tcol) >= scalar if op == "ge" else ds.field(tcol) < scalar
        if name == "messages":  # prune day partitions before reading any row
            day = bound.strftime("%Y-%m-%d")
            cond = cond & ((ds.field("day") >= day) if op == "ge" else (ds.field("day") <= day))
        expr = cond if expr is None else expr & cond
    if participant is not None and name == "messages":
        rows = _participant_rows(dataset, participant, expr)
        cond = ds.field(_ROW).isin(pa.array(rows, pa.int64()))
        expr = cond if expr is None else expr & cond
    table = dataset.to_table(columns=[*wanted, _ROW], filter=expr)
    table = table.sort_by(_ROW).drop_columns([_ROW])
    return arrow_to_frame(table, spec, tz)


def read_table(
    store_dir: str | os.PathLike[str],
    name: str,
    *,
    manifest: dict[str, Any] | None = None,
    columns: Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
) -> pd.DataFrame:
    """One table of a store as a pandas frame, in load order, with the loader's dtypes.

    Parameters
    ----------
    store_dir : path
        The store folder.
    name : {"messages", "consent", "recalls", "switches", "quarantine", "files"}
        The table.
    manifest : dict, optional
        The manifest as :func:`~toolkit.store.read_manifest` returns it (read
        from ``store_dir`` when not given): only the parts of its runs are read.
    columns : list of str, optional
        Columns to read, in that order; default all (see the ``*_COLUMNS`` of
        :mod:`toolkit.archive.schema`). ``is_recalled`` is read as stored, not
        recomputed (:func:`read_store` recomputes it).
    since, until : str, date or Timestamp, optional
        Keep rows from ``since`` (inclusive) until ``until`` (exclusive), by
        the table's time column; naive values are in the store's time zone.
        The quarantine and the files table have no time column: read whole.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    ArchiveError
        ``store_dir`` is missing, not a store, or its manifest is corrupted.
    ValueError
        An unknown table or column, or a ``since``/``until`` that is not a time.

    Examples
    --------
    >>> from toolkit.testing import daily_records, tiny_store
    >>> recall = {"msgid": "r1", "action": "recall", "from": "zhangsan", "roomid": "",
    ...           "msgtime": 1751330060000, "revoke": {"pre_msgid": "m0"}}
    >>> read_table(tiny_store(daily_records(1) + [recall]), "recalls", columns=["msgid", "pre_msgid", "recalled_at"])
      msgid pre_msgid               recalled_at
    0    r1        m0 2025-07-01 08:34:20+08:00
    """
    if name not in _TABLES:
        raise ValueError(f"unknown store table {name!r}; choose from {list(_TABLES)}")
    store = Path(store_dir)
    if manifest is None:
        manifest = read_manifest(store)
    tz = manifest["tz"]
    cols = None
    if columns is not None:
        cols = [columns] if isinstance(columns, str) else list(columns)
        unknown = [c for c in cols if c not in _TABLES[name]]
        if unknown:
            raise ValueError(f"unknown {name} columns {unknown}; choose from {list(_TABLES[name])}")
    return _read_table(store, name, manifest, tz, columns=cols, since=_bound(since, tz, "since"), until=_bound(until, tz, "until"))


def _participant_rows(dataset: ds.Dataset, user: str, expr: Any) -> np.ndarray:
    """Row numbers of the messages ``user`` sent or received, reading only the id columns, batch by batch."""
    found = []
    target = pa.scalar(user, pa.string())
    for batch in dataset.to_batches(columns=["sender_id", "receiver_ids", _ROW], filter=expr):
        sent = pc.fill_null(pc.equal(batch.column("sender_id"), target), False).to_numpy(zero_copy_only=False)
        lists = batch.column("receiver_ids")
        flat = pc.list_flatten(lists)
        if pa.types.is_dictionary(flat.type):
            flat = flat.cast(pa.string())
        hit = pc.fill_null(pc.equal(flat, target), False).to_numpy(zero_copy_only=False)
        got = sent.copy()
        got[pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)[hit]] = True
        found.append(batch.column(_ROW).to_numpy(zero_copy_only=False)[got])
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _consent_of(consent: pd.DataFrame, customer: str | None) -> pd.DataFrame:
    return consent if customer is None else consent[consent["customer_id"] == customer].reset_index(drop=True)


def read_store(
    store_dir: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
    customer: str | None = None,
) -> Archive:
    """Read a store written by :func:`ingest` back as an :class:`~toolkit.archive.Archive`.

    ``toolkit.archive.load_archive(store_dir)`` calls this function.

    Parameters
    ----------
    store_dir : path
        The store folder.
    columns : list of str, optional
        Message columns to read (of :data:`~toolkit.archive.schema.MESSAGE_COLUMNS`),
        in that order; default all. Other frames are always read whole.
    since, until : str, date or Timestamp, optional
        Keep records from ``since`` (inclusive) until ``until`` (exclusive),
        by ``sent_at`` for messages and by time for consent, recalls and
        switches. Naive values are in the store's time zone. Day partitions
        outside the range are not read.
    customer : str, optional
        Only the messages this userid (a customer, or anyone) sent or
        received, for one person's history: the id columns are scanned
        first, then only the rows found are read, so the store is never
        loaded whole. Consent records are cut to this customer; recalls and
        switches are kept whole.

    Returns
    -------
    Archive
        Frames with the dtypes of :mod:`toolkit.archive.schema`, each in load
        order (file order within a run, runs in order), as
        :func:`~toolkit.archive.load_archive` returns them. ``report``,
        ``files``, ``repairs`` and ``quarantine`` describe the whole store,
        whatever ``since`` and ``until``; ``skipped`` lists files that were
        not archive files.

    Raises
    ------
    ArchiveError
        ``store_dir`` is missing, not a store, or its manifest is corrupted.
    ValueError
        An unknown column, or a ``since``/``until`` that is not a time.

    Examples
    --------
    >>> from toolkit.testing import tiny_store
    >>> store = tiny_store(days=3)  # one message a day, 2025-07-01 to 07-03
    >>> sorted(p.name for p in (store / "messages").iterdir())
    ['day=2025-07-01', 'day=2025-07-02', 'day=2025-07-03']
    >>> a = read_store(store, columns=["msgid", "text"], since="2025-07-02")
    >>> a.messages
      msgid text
    0    m1  第1天
    1    m2  第2天
    >>> a.report["messages"]
    3
    """
    # No lock needed: an ingest writes its parts first, under a run number the
    # manifest does not list yet (``table_parts`` skips it), never rewrites or
    # deletes a committed part (it removes only leftovers of its own,
    # uncommitted run number) and then replaces the manifest atomically
    # (``os.replace``). So the manifest read once here names exactly the parts
    # of the runs it lists, all complete on disk, whatever an ingest does meanwhile.
    store = Path(store_dir)
    manifest = read_manifest(store)
    tz = manifest["tz"]
    if columns is not None:
        if isinstance(columns, str):
            columns = [columns]
        cols = list(columns)
        unknown = [c for c in cols if c not in schema.MESSAGE_COLUMNS]
        if unknown:
            raise ValueError(f"unknown message columns {unknown}; choose from {list(schema.MESSAGE_COLUMNS)}")
    else:
        cols = list(schema.MESSAGE_COLUMNS)
    lo, hi = _bound(since, tz, "since"), _bound(until, tz, "until")

    # is_recalled is recomputed from every recall, so that a recall ingested
    # in a later run than its message still marks it.
    read_cols = cols + (["msgid"] if "is_recalled" in cols and "msgid" not in cols else [])
    if customer is not None and (not isinstance(customer, str) or not customer.strip()):
        raise ValueError(f"customer must be a non-empty userid; got {customer!r}")
    messages = _read_table(store, "messages", manifest, tz, columns=read_cols, since=lo, until=hi, participant=customer)
    all_recalls = _read_table(store, "recalls", manifest, tz)
    if "is_recalled" in cols:
        messages["is_recalled"] = messages["msgid"].isin(all_recalls["pre_msgid"]).astype(bool)
        messages = messages[cols]
    recalls = all_recalls
    if lo is not None or hi is not None:
        recalls = _read_table(store, "recalls", manifest, tz, since=lo, until=hi)
    files = _read_table(store, "files", manifest, tz)
    return Archive(
        messages=messages,
        consent=_consent_of(_read_table(store, "consent", manifest, tz, since=lo, until=hi), customer),
        recalls=recalls,
        switches=_read_table(store, "switches", manifest, tz, since=lo, until=hi),
        quarantine=_read_table(store, "quarantine", manifest, tz),
        report={k: int(manifest["report"][k]) for k in schema.REPORT_KEYS},
        files=files,
        repairs={k: int(v) for k, v in manifest["repairs"].items()},
        skipped=[f["path"] for f in manifest["files"] if f.get("status") == "not_archive"],
        tz=tz,
    )

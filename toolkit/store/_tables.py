"""The store's tables on disk: their columns, their Arrow schema, and the Parquet parts of committed runs."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from ..archive import schema
from ._manifest import read_manifest

__all__ = ["arrow_to_frame", "table_parts"]

_ROW = "_row"  # global load order, across runs
_TABLES: dict[str, dict[str, str]] = {
    "messages": schema.MESSAGE_COLUMNS,
    "consent": schema.CONSENT_COLUMNS,
    "recalls": schema.RECALL_COLUMNS,
    "switches": schema.SWITCH_COLUMNS,
    "quarantine": schema.QUARANTINE_COLUMNS,
    "files": schema.FILE_COLUMNS,
}
#: Time column of each side table, for ``since``/``until``.
_TIME_COLUMN = {"messages": "sent_at", "consent": "at", "recalls": "recalled_at", "switches": "at"}
_COMPRESSION = "zstd"  # a third smaller than snappy here, and as fast to read
_PART = re.compile(r"part-(\d{5})")
_DAY = re.compile(r"day=(\d{4}-\d{2}-\d{2})$")


def _arrow_type(kind: str, tz: str) -> pa.DataType:
    return {
        "str": pa.large_string(),
        "Int64": pa.int64(),
        "datetime": pa.timestamp("ns", tz=tz),
        "list<str>": pa.list_(pa.string()),
        "bool": pa.bool_(),
        "float64": pa.float64(),
    }[kind]


def _arrow_schema(columns: dict[str, str], tz: str) -> pa.Schema:
    return pa.schema([(c, _arrow_type(k, tz)) for c, k in columns.items()] + [(_ROW, pa.int64())])


def _to_arrow(df: pd.DataFrame, columns: dict[str, str], tz: str) -> pa.Table:
    table = pa.Table.from_pandas(df[[*columns, _ROW]], preserve_index=False).replace_schema_metadata(None)
    return table.cast(_arrow_schema(columns, tz))


def arrow_to_frame(table: pa.Table, columns: dict[str, str], tz: str) -> pd.DataFrame:
    """Arrow -> pandas with exactly the dtypes of :func:`schema.frame_dtypes`.

    The store's own conversion, for a table (or a batch) read from its Parquet
    parts: each column gets the dtype :func:`toolkit.archive.load_archive`
    gives it.

    Parameters
    ----------
    table : pyarrow.Table
        Columns read from a store table (any subset, in any order).
    columns : dict
        Column name -> kind, as :data:`toolkit.archive.schema.MESSAGE_COLUMNS`
        and the other ``*_COLUMNS``; columns of ``table`` not named here are
        converted as pyarrow does.
    tz : str
        The store's time zone (``read_manifest(store)["tz"]``).

    Returns
    -------
    pandas.DataFrame
        The columns of ``table``, in its order.

    Examples
    --------
    >>> import pyarrow as pa
    >>> from toolkit.archive import schema
    >>> t = pa.table({"msgid": ["m1"], "receiver_ids": [["zs", "ls"]]})
    >>> f = arrow_to_frame(t, schema.MESSAGE_COLUMNS, "Asia/Shanghai")
    >>> str(f["msgid"].dtype), f["receiver_ids"].iloc[0]
    ('str', ['zs', 'ls'])
    """
    dtypes = schema.frame_dtypes(columns, tz)
    out: dict[str, pd.Series] = {}
    for name in table.column_names:
        col = table.column(name)
        if columns.get(name) == "list<str>":
            out[name] = pd.Series(pd.arrays.ArrowExtensionArray(col.cast(schema.LIST_STR_TYPE)), name=name)
        else:
            s = col.to_pandas()
            out[name] = s.astype(dtypes[name]) if name in dtypes else s
    return pd.DataFrame(out, columns=table.column_names)


def table_parts(store_dir: str | os.PathLike[str], name: str, manifest: dict[str, Any] | None = None) -> list[Path]:
    """Parquet parts of one table written by committed runs, in run order.

    Parts a run left without committing its manifest (a failed or running
    ingest) are not listed. Messages are listed by day, then by run.

    Parameters
    ----------
    store_dir : path
        The store folder.
    name : {"messages", "consent", "recalls", "switches", "quarantine", "files"}
        The table.
    manifest : dict, optional
        The manifest as :func:`~toolkit.store.read_manifest` returns it (read
        from ``store_dir`` when not given): the parts are those of its runs.

    Returns
    -------
    list of pathlib.Path
        Files ``messages/day=YYYY-MM-DD/part-RRRRR-0.parquet`` or
        ``<name>/part-RRRRR.parquet``.

    Raises
    ------
    ArchiveError
        ``store_dir`` is not a store (when ``manifest`` is not given).
    ValueError
        An unknown table name.

    Examples
    --------
    >>> from toolkit.testing import tiny_store
    >>> store = tiny_store(days=2)
    >>> [p.relative_to(store).as_posix() for p in table_parts(store, "messages")]
    ['messages/day=2025-07-01/part-00001-0.parquet', 'messages/day=2025-07-02/part-00001-0.parquet']
    """
    if name not in _TABLES:
        raise ValueError(f"unknown store table {name!r}; choose from {list(_TABLES)}")
    store = Path(store_dir)
    if manifest is None:
        manifest = read_manifest(store)
    n_runs = len(manifest["runs"])
    pattern = "day=*/part-*.parquet" if name == "messages" else "part-*.parquet"
    found = []
    for f in (store / name).glob(pattern):
        m = _PART.match(f.name)
        if m and int(m.group(1)) <= n_runs:
            found.append(f)
    return sorted(found, key=lambda f: (f.parent.name, f.name))


def _run_of(part: Path) -> int:
    """The run that wrote a part (``part-RRRRR...``); :func:`table_parts` lists no other file."""
    m = _PART.match(part.name)
    return int(m.group(1)) if m else 0

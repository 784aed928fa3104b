"""Records arriving again in a later run: duplicates of a stored row, or conflicts with it.

Integrity across runs follows the loader's rule within a load (see
:func:`toolkit.store.ingest`): only the stored rows of incoming msgids are read
for the comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..archive import schema
from ..archive.quarantine import RAW_LIMIT, Reason
from ._tables import _TABLES, _arrow_type, _run_of, table_parts

#: Tables deduplicated by msgid, across runs as within a load.
_KEYED = ("messages", "consent", "recalls", "switches")
#: The content a msgid arriving again must repeat to be a duplicate: the fields
#: of the loader's fingerprint (toolkit.archive.load), per table. Anything else
#: is a conflicting duplicate. seq, source, line and derived columns may differ.
_CONTENT: dict[str, tuple[str, ...]] = {
    "messages": ("sender_id", "msgtype", "sent_at", "receiver_ids", "roomid", "text",
                 "sdkfileid", "filesize", "md5sum", "fileext", "play_seconds"),
    "consent": ("status", "customer_id", "employee_id", "at"),
    "recalls": ("pre_msgid", "sender_id", "roomid", "recalled_at"),
    "switches": ("user_id", "at"),
}  # fmt: skip
_RUN = "_run"  # the run that stored a row, while comparing
_SEP = "\x1f"  # joins receiver ids for comparison; never a valid id character
_SCAN_ROWS = 1 << 20  # stored msgids tested against the incoming ids per is_in call (memory bound)


def _drop_stored(
    frames: dict[str, pd.DataFrame], files: pd.DataFrame, store: Path, manifest: dict[str, Any], tz: str
) -> tuple[int, int]:
    """Take out of ``frames`` the records whose msgid the store already holds.

    Returns how many were duplicates and how many conflicting duplicates.

    A record whose stored version (same table, same :data:`_CONTENT`) is equal
    is a duplicate: dropped, and counted in ``duplicates`` of its file. Any
    other (other content, or the msgid stored in another table) is a
    conflicting duplicate: moved to ``frames["quarantine"]`` and counted in
    ``quarantined``. Either way it leaves its table's count in ``files``, so
    ``records_read`` still adds up. Updates ``frames`` and ``files`` in place.
    """
    incoming = [frames[name]["msgid"] for name in _KEYED if len(frames[name])]
    if not incoming:
        return 0, 0
    wanted = pc.unique(pa.chunked_array([pa.array(ids).cast(pa.large_string()) for ids in incoming]))
    stored = _stored_versions(store, manifest, wanted)
    if not stored:
        return 0, 0
    # Each stored msgid (the store holds each once), with the run and file that stored it.
    ref = pa.schema([("msgid", pa.large_string()), ("source", pa.large_string()), (_RUN, pa.int64())])
    where = pa.concat_tables([t.select(ref.names).cast(ref) for t in stored.values()]).combine_chunks()
    order = pd.Series(np.arange(len(files)), index=files["source"].to_numpy())
    conflict_rows = []
    n_dup = 0
    for name in _KEYED:
        df = frames[name]
        if not len(df):
            continue
        dup, conflict = _split_stored(df, name, stored, where, tz)
        for mask, count in ((dup, "duplicates"), (conflict, "quarantined")):
            if mask.any():
                per_file = df.loc[mask, "source"].value_counts().reindex(order.index, fill_value=0).to_numpy()
                files[name] -= per_file
                files[count] += per_file
        n_dup += int(dup.sum())
        if conflict.any():
            conflict_rows.append(_conflict_rows(df[conflict], name, where, tz))
        if dup.any() or conflict.any():
            frames[name] = df[~(dup | conflict)].reset_index(drop=True)
    if not conflict_rows:
        return n_dup, 0
    # The store's quarantine in load order: by file, then line, the conflicts among the loader's rows.
    q = pd.concat([frames["quarantine"], *conflict_rows], ignore_index=True)
    key = pd.DataFrame({"file": q["source"].map(order).fillna(len(order)).to_numpy(), "line": q["line"].fillna(0)})
    frames["quarantine"] = q.iloc[key.sort_values(["file", "line"], kind="stable").index].reset_index(drop=True)
    return n_dup, int(sum(len(r) for r in conflict_rows))



def _take_hits(parts: list[Path], ids: list[pa.ChunkedArray], wanted: pa.Array, columns: list[str]) -> list[pa.Table]:
    """The rows of ``parts`` whose msgid is in ``wanted``: ``columns`` plus the run that wrote them.

    ``ids`` are the parts' msgid columns: one ``is_in`` over all of them (the
    value set is hashed once), then only parts with a hit are read further.
    """
    hit = pc.is_in(pa.chunked_array([c for i in ids for c in i.chunks], type=wanted.type), value_set=wanted)
    flags = hit.to_numpy(zero_copy_only=False)
    bounds = np.cumsum([0, *(len(i) for i in ids)])
    out = []
    for k, part in enumerate(parts):
        rows = np.flatnonzero(flags[bounds[k] : bounds[k + 1]])
        if len(rows):
            table = pq.ParquetFile(part).read(columns=columns).take(pa.array(rows))
            out.append(table.append_column(_RUN, pa.array(np.full(len(rows), _run_of(part)), type=pa.int64())))
    return out


def _stored_versions(store: Path, manifest: dict[str, Any], wanted: pa.Array) -> dict[str, pa.Table]:
    """The stored rows, per table, whose msgid is in ``wanted`` (the incoming ids).

    Each table holds ``msgid``, ``source``, the :data:`_CONTENT` columns and
    ``_run`` (the run that stored the row). Streams the stored msgid columns,
    some million ids at a time, against the (small) set of incoming ids with
    ``pyarrow.compute.is_in``, so memory follows the day being ingested, not
    the size of the store; content columns are read only from parts holding
    one of those ids, and only those rows are kept.
    """
    found: dict[str, pa.Table] = {}
    for name in _KEYED:
        columns = ["msgid", "source", *_CONTENT[name]]
        pieces: list[pa.Table] = []
        group: list[Path] = []
        ids: list[pa.ChunkedArray] = []
        n = 0
        for part in table_parts(store, name, manifest):
            col = pq.ParquetFile(part).read(columns=["msgid"]).column(0).cast(wanted.type)
            group.append(part)
            ids.append(col)
            n += len(col)
            if n >= _SCAN_ROWS:
                pieces += _take_hits(group, ids, wanted, columns)
                group, ids, n = [], [], 0
        if group:
            pieces += _take_hits(group, ids, wanted, columns)
        if pieces:
            found[name] = pa.concat_tables(pieces)
    return found


def _comparable(table: pa.Table, name: str) -> pa.Table:
    """The :data:`_CONTENT` columns of ``table`` as ``pyarrow.compute.equal`` compares them.

    A receiver list becomes one string (ids joined by a separator no id holds).
    """
    out = {}
    for c in _CONTENT[name]:
        col = table.column(c)
        if pa.types.is_list(col.type) or pa.types.is_large_list(col.type):
            col = pc.binary_join(col.cast(pa.list_(pa.large_string())), pa.scalar(_SEP, pa.large_string()))
        elif pa.types.is_string(col.type):
            col = col.cast(pa.large_string())
        out[c] = col
    return pa.table(out)


def _same_content(incoming: pa.Table, stored: pa.Table, name: str) -> np.ndarray:
    """A mask over ``incoming``: its stored row (same msgid, same table) has equal content.

    Equal means every :data:`_CONTENT` column is equal, or missing on both
    sides. A msgid is stored once, so ``index_in`` lines the rows up; no join.
    """
    at = pc.index_in(incoming.column("msgid").cast(pa.large_string()),
                     value_set=stored.column("msgid").cast(pa.large_string()))  # fmt: skip
    found = pc.is_valid(at)
    if not pc.any(found).as_py():
        return np.zeros(len(incoming), dtype=bool)
    a_side = _comparable(incoming.filter(found), name)
    b_side = _comparable(stored.take(pc.drop_null(at)), name)
    same = pa.array(np.ones(len(a_side), dtype=bool))
    for c in _CONTENT[name]:
        a, b = a_side.column(c), b_side.column(c)
        equal = pc.or_(pc.fill_null(pc.equal(a, b), False), pc.and_(pc.is_null(a), pc.is_null(b)))
        same = pc.and_(same, equal)
    out = np.zeros(len(incoming), dtype=bool)
    out[np.flatnonzero(found.to_numpy(zero_copy_only=False))] = same.to_numpy(zero_copy_only=False)
    return out


def _conflict_rows(rows: pd.DataFrame, name: str, where: pa.Table, tz: str) -> pd.DataFrame:
    """Quarantine rows (:data:`~toolkit.archive.schema.QUARANTINE_COLUMNS`) for incoming ``rows`` that conflict.

    ``where`` holds ``msgid``, ``source`` and ``_run`` of the stored rows: the
    detail names the run and file of the stored version. ``raw`` is the record
    as loaded (its JSON when the loader kept it), truncated.
    """
    rows = rows.reset_index(drop=True)
    at = where.take(pc.index_in(pa.array(rows["msgid"]).cast(pa.large_string()), value_set=where.column("msgid")))
    detail = (
        "msgid " + rows["msgid"].str.slice(0, 80) + " is already in the store (run "
        + pd.Series(at.column(_RUN).to_pandas()).astype("Int64").astype("str") + ", "
        + pd.Series(at.column("source").to_pandas(), dtype="str") + ") with other content; the stored version is kept"
    )  # fmt: skip
    shown = rows[["msgid", *_CONTENT[name]]].copy()
    for c in _CONTENT[name]:
        if isinstance(shown[c].dtype, pd.DatetimeTZDtype):
            shown[c] = shown[c].dt.strftime("%Y-%m-%dT%H:%M:%S%z")
        elif isinstance(shown[c].dtype, pd.ArrowDtype):  # receiver lists
            shown[c] = pd.Series(shown[c].tolist(), dtype=object)
    # One JSON object per line: "\n" inside a value is escaped, so splitting on it is safe.
    lines = shown.to_json(orient="records", lines=True, force_ascii=False).split("\n")
    raw = pd.Series(lines[: len(rows)], dtype="str")
    if "raw" in rows:  # messages of unknown type: the record's own JSON
        raw = rows["raw"].where(rows["raw"].notna(), raw)
    out = pd.DataFrame(
        {
            "source": rows["source"],
            "line": rows["line"],
            "reason": Reason.CONFLICTING_DUPLICATE.value,
            "detail": detail,
            "raw": raw.str.slice(0, RAW_LIMIT),
        }
    )
    return out.astype(schema.frame_dtypes(schema.QUARANTINE_COLUMNS, tz))


def _split_stored(
    df: pd.DataFrame, name: str, stored: dict[str, pa.Table], where: pa.Table, tz: str
) -> tuple[np.ndarray, np.ndarray]:
    """Masks over ``df``: duplicates of a stored row, and conflicts with one (other content or table)."""
    in_store = pc.is_in(pa.array(df["msgid"]).cast(pa.large_string()), value_set=where.column("msgid"))
    in_store = in_store.to_numpy(zero_copy_only=False)
    dup = np.zeros(len(df), dtype=bool)
    if in_store.any() and name in stored:
        pos = np.flatnonzero(in_store)
        incoming = pa.Table.from_pandas(df.iloc[pos][["msgid", *_CONTENT[name]]], preserve_index=False)
        incoming = incoming.cast(pa.schema([("msgid", pa.large_string())] + [
            (c, _arrow_type(_TABLES[name][c], tz)) for c in _CONTENT[name]]))  # fmt: skip
        dup[pos] = _same_content(incoming, stored[name], name)
    return dup, in_store & ~dup

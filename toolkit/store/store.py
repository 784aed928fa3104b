"""An incremental, idempotent Parquet store of loaded archives.

Layout of a store folder::

    _toolkit_store.json                 manifest (files, hashes, runs, report)
    _toolkit_store.lock                 held by an ingest for its whole run
    messages/day=YYYY-MM-DD/part-RRRRR-0.parquet
    consent/part-RRRRR.parquet          recalls/  switches/  quarantine/  files/

``RRRRR`` is the run number. The manifest is written last (atomically), so a
run that fails half-way leaves parts the manifest does not list; readers ignore
them and the next run removes them. One ingest at a time: the lock serialises
run numbers, part writes and the manifest write across processes.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import secrets
import warnings
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from ..archive import schema
from ..archive import is_archive_file
from ..archive.load import Archive, load_archive
from ..archive.quarantine import RAW_LIMIT, Reason
from ..exceptions import ArchiveError, QuarantineWarning, StoreBusyError

__all__ = ["LOCK_NAME", "MANIFEST_NAME", "STORE_FORMAT", "ingest", "read_store", "is_store"]

#: The manifest file that marks a folder as a store.
MANIFEST_NAME = "_toolkit_store.json"
#: The lock file, inside the store folder, that an ingest holds for its whole run.
#: An OS lock (``flock``) on it, not its existence, is the lock: the OS releases
#: it when the holder dies, even by SIGKILL, and the file left behind is harmless.
#: It is never taken for data: not an archive suffix (the source walkers skip
#: it), not a ``part-*`` file (readers skip it), and a folder holding only it
#: counts as empty.
LOCK_NAME = "_toolkit_store.lock"
#: The ``format`` field of the manifest, and its version.
STORE_FORMAT = "toolkit-archive-store"
_VERSION = 1

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
_REDO = "ingest the dumps again into a new store"
_PART = re.compile(r"part-(\d{5})")
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
_DAY = re.compile(r"day=(\d{4}-\d{2}-\d{2})$")


# --------------------------------------------------------------------------- schema


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


def _to_pandas(table: pa.Table, columns: dict[str, str], tz: str) -> pd.DataFrame:
    """Arrow -> pandas with exactly the dtypes of :func:`schema.frame_dtypes`."""
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


# --------------------------------------------------------------------------- manifest


def is_store(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a folder holding a store manifest.

    Examples
    --------
    >>> import tempfile
    >>> is_store(tempfile.mkdtemp())
    False
    """
    p = Path(path)
    return p.is_dir() and (p / MANIFEST_NAME).is_file()


def _new_manifest(tz: str) -> dict[str, Any]:
    return {
        "format": STORE_FORMAT,
        "version": _VERSION,
        "tz": tz,
        "next_row": 0,
        "report": {k: 0 for k in schema.REPORT_KEYS},
        "repairs": {},
        "files": [],
        "runs": [],
    }


def _read_manifest(store: Path) -> dict[str, Any]:
    if not store.exists():
        raise ArchiveError(f"store folder not found: {store}")
    path = store / MANIFEST_NAME
    if not store.is_dir() or not path.is_file():
        raise ArchiveError(
            f"{store} is not a toolkit store (no {MANIFEST_NAME}); "
            "create one with toolkit.store.ingest(source, store_dir)"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArchiveError(f"the store manifest {path} is corrupted (not valid JSON: {exc}); {_REDO}") from exc
    required = {"format": str, "version": int, "tz": str, "next_row": int, "report": dict, "repairs": dict,
                "files": list, "runs": list}  # fmt: skip
    missing = [k for k in required if not isinstance(manifest, dict) or k not in manifest]
    if missing:
        raise ArchiveError(f"the store manifest {path} is corrupted (missing keys {missing}); {_REDO}")
    wrong = [k for k, t in required.items() if not isinstance(manifest[k], t)]
    if wrong:
        raise ArchiveError(f"the store manifest {path} is corrupted (wrong types of {wrong}); {_REDO}")
    if manifest["format"] != STORE_FORMAT or manifest["version"] != _VERSION:
        raise ArchiveError(
            f"the store manifest {path} has format {manifest['format']!r} version {manifest['version']!r}; "
            f"this toolkit reads {STORE_FORMAT!r} version {_VERSION}"
        )
    report = manifest["report"]
    if not isinstance(report, dict) or any(not isinstance(report.get(k), int) for k in schema.REPORT_KEYS):
        raise ArchiveError(f"the store manifest {path} is corrupted (bad report {report!r})")
    return manifest


def _write_manifest(store: Path, manifest: dict[str, Any]) -> None:
    """Replace the manifest atomically, through a temp file no other writer can share.

    The temp name is unique per process and call, and created exclusively
    (``"x"``), so two writers never write into one file even outside the
    lock. Not ``tempfile.mkstemp``: its 0600 mode would be kept by the
    manifest, hiding the store from other accounts. The suffix ``.tmp`` is
    not an archive suffix, so a temp file left by a crash is never ingested.
    """
    tmp = store / f"{MANIFEST_NAME}.{os.getpid()}-{secrets.token_hex(8)}.tmp"
    try:
        with tmp.open("x", encoding="utf-8") as fh:
            fh.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
        os.replace(tmp, store / MANIFEST_NAME)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _in_store(path: Path, root: Path) -> bool:
    return any((d / MANIFEST_NAME).exists() for d in path.parents if d == root or root in d.parents)


def _sources(source: Any) -> list[tuple[Path | None, list[Path]]]:
    """(folder or None, files) for each item of ``source``."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not items:
        raise ValueError("source is an empty list; give at least one file or folder")
    out: list[tuple[Path | None, list[Path]]] = []
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"source entries must be paths; got {type(item).__name__}")
        p = Path(item)
        if not p.exists():
            raise ArchiveError(f"archive path not found: {p}")
        if is_store(p):
            raise ValueError(f"{p} is a store, not raw dumps; ingest the original files instead")
        if p.is_dir():
            walked = [f for f in p.rglob("*") if f.is_file() and is_archive_file(f)]
            # Never ingest a store's own files (a store may sit inside the dump folder).
            files = sorted((f for f in walked if not _in_store(f, p)), key=lambda f: f.relative_to(p).as_posix())
            out.append((p if len(files) == len(walked) else None, files))
        else:
            out.append((None, [p]))
    return out


# --------------------------------------------------------------------------- ingest


def _remove_leftovers(store: Path, run: int) -> None:
    """Delete what a run that failed before its manifest left: parts of ``run``, manifest temp files.

    Called with the lock held, so no other ingest is writing either.
    """
    for f in store.glob(f"*/**/part-{run:05d}*.parquet"):
        f.unlink()
    for f in store.glob(f"{MANIFEST_NAME}.*.tmp"):
        f.unlink(missing_ok=True)


def _check_store_dir(store: Path) -> None:
    """Refuse a ``store_dir`` that is a file, or a non-empty folder that is not a store."""
    if store.exists() and not store.is_dir():
        raise ArchiveError(f"store_dir {store} exists and is not a folder")
    if store.is_dir() and not (store / MANIFEST_NAME).exists():
        # The lock file alone is what an ingest killed before its first manifest leaves.
        if any(p.name != LOCK_NAME for p in store.iterdir()):
            raise ArchiveError(
                f"{store} is a non-empty folder without {MANIFEST_NAME}; give an empty or new folder for a store"
            )


def _lock_timeout(timeout: Any) -> float:
    """``ingest``'s ``timeout`` as :meth:`filelock.FileLock.acquire` takes it (-1: forever)."""
    if timeout is None:
        return -1
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or None; got {type(timeout).__name__}")
    if timeout == -1:
        return -1
    if math.isnan(timeout) or timeout < 0:
        raise ValueError(f"timeout must be >= 0 seconds, or None (or -1) to wait as long as it takes; got {timeout!r}")
    return float(timeout)


def ingest(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    store_dir: str | os.PathLike[str],
    *,
    tz: str = schema.DEFAULT_TZ,
    progress: bool = False,
    timeout: float | None = 0,
) -> dict[str, Any]:
    """Add daily dumps to a Parquet store, incrementally and idempotently.

    Loads the files of ``source`` not yet in the store with
    :func:`toolkit.archive.load_archive`, drops records whose ``msgid`` the
    store already holds with the same content (counted as duplicates),
    quarantines those whose ``msgid`` it holds with other content (reason
    ``conflicting_duplicate``; the stored version is kept), and writes messages
    partitioned by day (``day=YYYY-MM-DD`` of ``sent_at`` in ``tz``), plus
    consent, recalls, switches, the quarantine (with source file and line) and
    per-file counts beside them. The manifest ``_toolkit_store.json`` lists
    every ingested file (size, SHA-256) and the cumulative reconciliation
    report; it is written last, atomically.

    Parameters
    ----------
    source : path, or list of paths
        A dump file, a folder of them (read recursively, in name order) or a
        list of files and folders.
    store_dir : path
        The store folder; created when missing.
    tz : str
        Time zone of the store. Must match the store's on later runs.
    progress : bool
        Show a progress bar while loading.
    timeout : float or None
        Seconds to wait while another ingest into the same store is running:
        ``0`` (the default) fails at once, ``None`` (or ``-1``) waits as long
        as it takes.

    Returns
    -------
    dict
        The run report: ``store`` (path), ``run`` (run number, or ``None``
        when nothing was new), ``ingested`` (files read), ``skipped`` (list of
        ``{"file", "reason"}``: already ingested, same content as another
        file, or not an archive file), ``report`` (this run's counts, keys
        :data:`~toolkit.archive.schema.REPORT_KEYS`, with ``duplicates``
        including ``duplicates_in_store`` and ``quarantined`` including
        ``conflicts_in_store``), ``duplicates_in_store`` (records an earlier
        run stored, same msgid and content), ``conflicts_in_store`` (records
        whose msgid an earlier run stored with other content), ``total`` (the
        store's cumulative report) and ``reconciles`` (``records_read``
        equals the sum of the other counts, in total).

    Raises
    ------
    ArchiveError
        A source path is missing or unreadable, or the store's manifest is
        corrupted.
    StoreBusyError
        Another ingest into the store was still running after ``timeout``
        seconds (a subclass of ``ArchiveError``); the store is unchanged.
    EmptyArchiveError
        The new files hold no records.
    ValueError
        ``tz`` differs from the store's, ``source`` is itself a store, or
        ``timeout`` is negative.
    TypeError
        ``timeout`` is not a number or None.

    Warns
    -----
    QuarantineWarning
        Records of the new files reuse a msgid the store holds, with other
        content (the warning says how many); they are in the store's
        quarantine. The loader's own warnings (records quarantined while
        loading) pass through as well.

    See Also
    --------
    read_store : read a store back as an :class:`~toolkit.archive.Archive`.

    Notes
    -----
    Files are recognised by content hash: the same dump under another name or
    path is skipped too. ``is_recalled`` is recomputed on reading, so a recall
    ingested after its message still marks it. A folder none of whose files is
    in the store yet is loaded as a folder, so non-archive files in it are
    skipped (and remembered) as :func:`~toolkit.archive.load_archive` does;
    once a folder is partly ingested its new files are loaded one by one, and
    a new non-archive file among them is read and quarantined.

    Integrity across runs follows the loader's rule within a load: a record
    whose msgid the store already holds is a duplicate only when it repeats
    the stored content (``sender_id``, ``msgtype``, ``sent_at``,
    ``receiver_ids``, ``roomid``, ``text`` and the media fields for messages;
    status, customer, employee and time for consent; recalled msgid, sender,
    room and time for recalls; user and time for switches). Otherwise, or when
    the msgid is stored as another kind of record, it is quarantined as
    ``conflicting_duplicate`` with its file and line, a detail naming the run
    and file of the stored version, and the record as loaded in ``raw``. Only
    the stored rows of incoming msgids are read for the comparison.

    Concurrency: an ingest holds an OS lock on ``_toolkit_store.lock`` in the
    store folder from reading the manifest to writing it, so two ingests into
    one store (from any processes on the machine) run one after the other or
    the second raises :class:`~toolkit.exceptions.StoreBusyError`; neither
    can take the other's run number. The OS drops the lock when its holder
    dies, even by SIGKILL. :func:`read_store` takes no lock and may run
    during an ingest: it sees the store as of the last completed run.

    Examples
    --------
    >>> import json, pathlib, tempfile, warnings
    >>> warnings.simplefilter("ignore")
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> def rec(i, t):
    ...     return json.dumps({"msgid": f"m{i}", "action": "send", "from": "wmCust1",
    ...         "tolist": ["zhangsan"], "roomid": "", "msgtime": t, "msgtype": "text",
    ...         "text": {"content": "电池保修多久？"}}, ensure_ascii=False)
    >>> _ = (d / "day1.jsonl").write_text(rec(1, 1751330000000) + "\\n" + rec(2, 1751330060000))
    >>> _ = (d / "day2.jsonl").write_text(rec(2, 1751330060000) + "\\n" + rec(3, 1751416400000) + "\\n{bad")
    >>> store = d / "store"
    >>> r = ingest(d / "day1.jsonl", store)
    >>> r["run"], r["report"]["messages"]
    (1, 2)
    >>> r = ingest(d, store)  # day1 is skipped, m2 in day2 is a duplicate
    >>> r["skipped"][0]["reason"], r["duplicates_in_store"]
    ('already ingested', 1)
    >>> r["total"]
    {'records_read': 5, 'messages': 3, 'consent': 0, 'recalls': 0, 'switches': 0, 'duplicates': 1, 'quarantined': 1}
    >>> ingest(d, store)["run"] is None  # nothing new: nothing changes
    True
    >>> _ = (d / "day3.jsonl").write_text(rec(3, 1751416400000).replace("保修", "退货"))
    >>> r = ingest(d / "day3.jsonl", store)  # m3 again, with other text
    >>> r["duplicates_in_store"], r["conflicts_in_store"], r["reconciles"]
    (0, 1, True)
    >>> read_store(store).quarantine["detail"].iloc[-1]
    'msgid m3 is already in the store (run 2, .../day2.jsonl) with other content; the stored version is kept'
    """
    try:
        pd.Timestamp("2020-01-01", tz=tz)
    except Exception as exc:  # zoneinfo raises several types
        raise ValueError(f"tz must be a time zone name such as 'Asia/Shanghai'; got {tz!r}") from exc
    wait = _lock_timeout(timeout)
    store = Path(store_dir)
    _check_store_dir(store)  # before the lock file is created in it
    store.mkdir(parents=True, exist_ok=True)
    lock_path = store / LOCK_NAME
    # flock(2) through filelock: held per open file, so two ingests in one
    # process (threads) exclude each other too. The lock file is never deleted
    # (waiters must lock the same inode). Where the file system has no flock,
    # filelock falls back to a marker file it breaks once its owner is dead.
    lock = FileLock(lock_path)
    try:
        lock.acquire(timeout=wait)
    except Timeout as exc:
        waited = f"; waited {wait:g} s" if wait > 0 else ""
        raise StoreBusyError(
            f"another ingest into {store} is running (lock {lock_path}{waited}); "
            "wait for it or pass timeout=<seconds> (None waits as long as it takes)"
        ) from exc
    try:
        return _ingest_locked(source, store, tz=tz, progress=progress)
    finally:
        lock.release()


def _ingest_locked(source: Any, store: Path, *, tz: str, progress: bool) -> dict[str, Any]:
    """The body of :func:`ingest`, run with the store's lock held.

    The manifest is read here, under the lock, so the run number, the known
    hashes and ``next_row`` are those the previous ingest committed.
    """
    _check_store_dir(store)  # again: the folder may have changed while we waited
    if (store / MANIFEST_NAME).exists():
        manifest = _read_manifest(store)
        if manifest["tz"] != tz:
            raise ValueError(f"the store at {store} uses tz {manifest['tz']!r}; ingest with tz={manifest['tz']!r}")
    else:
        manifest = _new_manifest(tz)

    known = {f["sha256"]: f for f in manifest["files"]}
    skipped: list[dict[str, str]] = []
    new: list[dict[str, Any]] = []
    to_load: list[Path] = []
    for folder, files in _sources(source):
        fresh = []
        for f in files:
            digest = _sha256(f)
            if digest in known:
                prev = known[digest]
                same = prev["path"] == f.as_posix()
                reason = "already ingested" if same else f"same content as {prev['path']}"
                if prev.get("status") == "not_archive":
                    reason = "not an archive file"
                skipped.append({"file": f.as_posix(), "reason": reason})
                continue
            entry = {"path": f.as_posix(), "name": f.name, "size": f.stat().st_size, "sha256": digest}
            known[digest] = entry
            fresh.append(entry)
        new.extend(fresh)
        # A folder with nothing ingested yet is loaded as a folder, so that
        # load_archive skips non-archive files in it as it always does.
        if folder is not None and fresh and len(fresh) == len(files):
            to_load.append(folder)
        else:
            to_load.extend(Path(e["path"]) for e in fresh)

    result: dict[str, Any] = {"store": store.as_posix(), "run": None, "ingested": [], "skipped": skipped}
    if not new:
        zero = {k: 0 for k in schema.REPORT_KEYS}
        total = dict(manifest["report"])
        return {**result, "report": zero, "duplicates_in_store": 0, "conflicts_in_store": 0, "total": total,
                "reconciles": _adds_up(total)}  # fmt: skip

    archive = load_archive(to_load, tz=tz, progress=progress)
    run = len(manifest["runs"]) + 1
    _remove_leftovers(store, run)

    frames = {
        "messages": archive.messages,
        "consent": archive.consent,
        "recalls": archive.recalls,
        "switches": archive.switches,
        "quarantine": archive.quarantine,
    }
    files = archive.files.copy()
    n_dup, conflicts = _drop_stored(frames, files, store, manifest, tz) if manifest["runs"] else (0, 0)
    span = frames["messages"].groupby("source", sort=False)["sent_at"].agg(["min", "max"])
    dt = frames["messages"]["sent_at"].dtype
    files["first_sent_at"] = span["min"].astype(dt).reindex(files["source"].tolist()).array
    files["last_sent_at"] = span["max"].astype(dt).reindex(files["source"].tolist()).array
    frames["files"] = files

    row = int(manifest["next_row"])
    for name, df in frames.items():
        df = df.copy()
        df[_ROW] = pd.RangeIndex(row, row + len(df))
        row += len(df)
        if not len(df):
            continue
        table = _to_arrow(df, _TABLES[name], tz)
        if name == "messages":
            day = pc.strftime(table.column("sent_at"), format="%Y-%m-%d")
            table = table.append_column("day", day)
            ds.write_dataset(
                table,
                store / "messages",
                format="parquet",
                partitioning=ds.partitioning(pa.schema([("day", pa.string())]), flavor="hive"),
                basename_template=f"part-{run:05d}-{{i}}.parquet",
                existing_data_behavior="overwrite_or_ignore",
                file_options=ds.ParquetFileFormat().make_write_options(compression=_COMPRESSION),
            )
        else:
            (store / name).mkdir(exist_ok=True)
            pq.write_table(table, store / name / f"part-{run:05d}.parquet", compression=_COMPRESSION)

    run_report = {k: int(files[k].sum()) for k in schema.REPORT_KEYS}
    total = {k: int(manifest["report"][k]) + run_report[k] for k in schema.REPORT_KEYS}
    repairs = dict(manifest["repairs"])
    for k, v in archive.repairs.items():
        repairs[k] = int(repairs.get(k, 0)) + int(v)
    skipped_names = set(archive.skipped)
    for e in new:
        e["run"] = run
        e["status"] = "not_archive" if e["path"] in skipped_names else "ingested"
    manifest["files"].extend(new)
    manifest["runs"].append(
        {
            "run": run,
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "files": [e["path"] for e in new],
            "report": run_report,
            "duplicates_in_store": n_dup,
            "conflicts_in_store": conflicts,
        }
    )
    manifest.update(next_row=row, report=total, repairs=dict(sorted(repairs.items())))
    _write_manifest(store, manifest)
    if conflicts:
        warnings.warn(
            f"{conflicts:,} record(s) reuse a msgid the store already holds but differ from it (sender, time, type, "
            "receivers or content): the stored version of each is kept and the others are in the store's quarantine "
            "(reason 'conflicting_duplicate'); identical re-deliveries are counted as duplicates",
            QuarantineWarning,
            stacklevel=3,
        )
    for path in sorted(skipped_names):
        skipped.append({"file": path, "reason": "not an archive file"})
    return {
        **result,
        "run": run,
        "ingested": [e["path"] for e in new if e["status"] == "ingested"],
        "report": run_report,
        "duplicates_in_store": n_dup,
        "conflicts_in_store": conflicts,
        "total": total,
        "reconciles": _adds_up(total),
    }


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


def _adds_up(report: dict[str, int]) -> bool:
    return report["records_read"] == sum(report[k] for k in schema.REPORT_KEYS[1:])


def _parts(store: Path, name: str, manifest: dict[str, Any]) -> list[Path]:
    """Parquet parts of one table written by committed runs, in run order."""
    n_runs = len(manifest["runs"])
    pattern = "day=*/part-*.parquet" if name == "messages" else "part-*.parquet"
    found = []
    for f in (store / name).glob(pattern):
        m = _PART.match(f.name)
        if m and int(m.group(1)) <= n_runs:
            found.append(f)
    return sorted(found, key=lambda f: (f.parent.name, f.name))


def _run_of(part: Path) -> int:
    """The run that wrote a part (``part-RRRRR...``); :func:`_parts` lists no other file."""
    m = _PART.match(part.name)
    return int(m.group(1)) if m else 0


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
        for part in _parts(store, name, manifest):
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


# --------------------------------------------------------------------------- read


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
    parts = _parts(store, name, manifest)
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
    return _to_pandas(table, spec, tz)


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
    >>> import json, pathlib, tempfile, warnings
    >>> warnings.simplefilter("ignore")
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [json.dumps({"msgid": f"m{i}", "action": "send", "from": "zhangsan",
    ...     "tolist": ["wmCust1"], "roomid": "", "msgtime": 1751330000000 + i * 86_400_000,
    ...     "msgtype": "text", "text": {"content": f"第{i}天"}}, ensure_ascii=False) for i in range(3)]
    >>> _ = (d / "dump.jsonl").write_text("\\n".join(lines), encoding="utf-8")
    >>> _ = ingest(d / "dump.jsonl", d / "store")
    >>> sorted(p.name for p in (d / "store" / "messages").iterdir())
    ['day=2025-07-01', 'day=2025-07-02', 'day=2025-07-03']
    >>> a = read_store(d / "store", columns=["msgid", "text"], since="2025-07-02")
    >>> a.messages
      msgid text
    0    m1  第1天
    1    m2  第2天
    >>> a.report["messages"]
    3
    """
    # No lock needed: an ingest writes its parts first, under a run number the
    # manifest does not list yet (``_parts`` skips it), never rewrites or
    # deletes a committed part (it removes only leftovers of its own,
    # uncommitted run number) and then replaces the manifest atomically
    # (``os.replace``). So the manifest read once here names exactly the parts
    # of the runs it lists, all complete on disk, whatever an ingest does meanwhile.
    store = Path(store_dir)
    manifest = _read_manifest(store)
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

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
import math
import os
import warnings
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from ..archive import schema
from ..archive import is_archive_file
from ..archive.load import load_archive
from ..exceptions import ArchiveError, QuarantineWarning, StoreBusyError
from ._conflicts import _drop_stored
from ._manifest import LOCK_NAME, MANIFEST_NAME, STORE_FORMAT, _new_manifest, _write_manifest, is_store, read_manifest
from ._read import read_store
from ._tables import _COMPRESSION, _ROW, _TABLES, _to_arrow

__all__ = ["LOCK_NAME", "MANIFEST_NAME", "STORE_FORMAT", "ingest", "read_store", "is_store"]


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
        manifest = read_manifest(store)
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



def _adds_up(report: dict[str, int]) -> bool:
    return report["records_read"] == sum(report[k] for k in schema.REPORT_KEYS[1:])

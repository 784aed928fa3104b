"""Load WeCom session-archive exports into tidy, reconciled pandas frames.

The loader reads decrypted archive records (one JSON message each, format in
``wecom-archive-format.md``) from JSON Lines files, JSON arrays, ``GetChatData``
style responses, or any of them gzip-compressed. Every record read ends up in
exactly one place: a frame (messages, consent, recalls, switches), the
duplicate count, or the quarantine with its file, line and reason.
"""

from __future__ import annotations

import gc
import logging
import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from ..exceptions import (
    ConsentTimeWarning,
    EmptyArchiveError,
    EncryptedRecordWarning,
    QuarantineWarning,
    SkippedFileWarning,
)
from . import schema
from ._loader import _frame, _Loader
from ._parse import _MS_MIN
from ._read import ARCHIVE_SUFFIXES, MAX_FILE_BYTES, walk
from .quarantine import Reason
from .side import load_rooms, load_scope, load_staff

__all__ = ["Archive", "load_archive", "register_store_reader", "ARCHIVE_SUFFIXES", "MAX_FILE_BYTES"]

log = logging.getLogger(__name__)

_HOW_TO_DECRYPT = (
    "still-encrypted records were quarantined (reason 'encrypted'). Decrypt them before loading: "
    "RSA-decrypt encrypt_random_key (base64, PKCS#1 v1.5) with the private key of its publickey_ver, "
    "then pass the result and encrypt_chat_msg to the Finance SDK's DecryptData, and export the "
    "plaintext JSON it returns (one message per line)."
)


@dataclass
class Archive:
    """A loaded archive: tidy frames plus the reconciliation report.

    Attributes
    ----------
    messages : pandas.DataFrame
        One row per chat message; columns :data:`toolkit.archive.schema.MESSAGE_COLUMNS`.
    consent, recalls, switches : pandas.DataFrame
        Agree/disagree, recall and switch records (``CONSENT_COLUMNS``,
        ``RECALL_COLUMNS``, ``SWITCH_COLUMNS``).
    quarantine : pandas.DataFrame
        Bad records: ``source``, ``line``, ``reason``, ``detail``, ``raw``.
    report : dict
        ``records_read`` and where they went: ``messages``, ``consent``,
        ``recalls``, ``switches``, ``duplicates``, ``quarantined``. The first
        equals the sum of the other six.
    files : pandas.DataFrame
        The same counts per file, with each file's first and last message time.
    skipped : list of str
        Paths found by walking a folder and not read, named in a
        :class:`~toolkit.exceptions.SkippedFileWarning`: files whose first
        record is a JSON object with no archive field (group info, a saved
        permit list, ...), dangling links, symlink loops, FIFOs and other
        files that are not regular files.
    skipped_reasons : dict
        Why each of ``skipped`` was not read.
    repairs : dict
        Records loaded after a repair: ``time_in_seconds`` (a 10-digit
        ``msgtime``), ``control_characters`` (raw control characters in
        strings), ``coerced_types`` (numbers as strings, ``tolist`` as a comma
        string), ``invalid_utf8``; and ``disagree`` records whose time could
        not be read, kept as refusals rather than quarantined:
        ``disagree_time_from_msgtime`` (dated by their ``msgtime``) and
        ``disagree_time_assumed_start`` (no readable time at all: refused from
        the start of the archive). See :class:`~toolkit.exceptions.ConsentTimeWarning`.
    scope, rooms, room_members, staff : pandas.DataFrame or None
        Side tables, when given to :func:`load_archive`.
    tz : str
        The time zone of every timestamp.
    """

    messages: pd.DataFrame
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

    def __repr__(self) -> str:
        r = self.report
        parts = ", ".join(f"{k}={r[k]:,}" for k in schema.REPORT_KEYS)
        side = [n for n in ("scope", "rooms", "staff") if getattr(self, n) is not None]
        extra = f", with {'/'.join(side)}" if side else ""
        return f"Archive({parts}; {len(self.files)} files, tz={self.tz!r}{extra})"


# --------------------------------------------------------------------------- store folders

#: The reader of store folders, registered by :mod:`toolkit.store` (a layer
#: above this package) when it is imported: ``(is_store, read_store)``.
_store_reader: tuple[Callable[[Any], bool], Callable[..., Archive]] | None = None


def register_store_reader(is_store: Callable[[Any], bool], read_store: Callable[..., Archive]) -> None:
    """Let :func:`load_archive` hand store folders to the store's reader.

    The Parquet store (:mod:`toolkit.store`) sits above this package, which
    never imports it; instead the store package calls this function when it
    is imported, with its ``is_store`` and ``read_store``. ``import toolkit``
    imports :mod:`toolkit.store`, so ``toolkit.archive.load_archive(store_dir)``
    always reads a store. Registering again replaces the reader.

    Parameters
    ----------
    is_store : callable
        ``is_store(path) -> bool``: True when ``path`` is a store folder.
    read_store : callable
        ``read_store(path, columns=..., since=..., until=...) -> Archive``.

    Examples
    --------
    >>> import toolkit.store
    >>> from toolkit.archive import load
    >>> load._store_reader == (toolkit.store.is_store, toolkit.store.read_store)
    True
    """
    global _store_reader
    _store_reader = (is_store, read_store)


def _sender_kind(ids: pd.Series, employees: frozenset[str]) -> pd.Series:
    return schema.id_kinds(ids, employees)


def _assume_refusal_start(at: pd.Series, times: Sequence[pd.Series], tz: str) -> pd.Series:
    """Fill the missing consent times (refusals with no readable time) with the archive's first time.

    Without any time in the archive, 2000-01-01, the earliest plausible one.
    """
    firsts = [t.min() for t in times if t.notna().any()]
    start = min(firsts) if firsts else pd.Timestamp(_MS_MIN, unit="ms", tz="UTC").tz_convert(tz)
    return at.fillna(start)


def _assumed_times_message(assumed: list[tuple[str, str, int, str, str]]) -> str:
    """The :class:`~toolkit.exceptions.ConsentTimeWarning` text: ids, places and what was assumed, no content."""
    said = {
        "disagree_time_from_msgtime": "dated by its msgtime",
        "disagree_time_assumed_start": "refused from the start of the archive",
    }
    shown = "; ".join(f"{msgid} ({Path(source).name}:{line}, {detail}): {said[kind]}" for msgid, source, line, kind, detail in assumed[:5])
    more = f"; ... and {len(assumed) - 5} more" if len(assumed) > 5 else ""
    return (
        f"{len(assumed)} disagree record(s) had no readable time and were kept as refusals, not quarantined: "
        f"{shown}{more} (counted in archive.repairs)"
    )


def load_archive(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    scope: Any = None,
    rooms: Any = None,
    staff: Any = None,
    errors: Literal["raise", "quarantine"] = "quarantine",
    tz: str = schema.DEFAULT_TZ,
    progress: bool = False,
    columns: Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
    max_file_bytes: int | None = MAX_FILE_BYTES,
) -> Archive:
    """Load decrypted WeCom archive records into tidy frames.

    Parameters
    ----------
    source : path, or list of paths
        A file, a folder (read recursively, files in name order) or a list of
        them. A file holds JSON Lines (one decrypted message per line), a JSON
        array of messages, or a ``GetChatData``-style object with ``chatdata``;
        any of them may be gzip-compressed. The encoding is detected per file
        (UTF-8 with or without BOM, UTF-16/32, GB18030, Big5); LF, CRLF or
        lone CR line ends. A message may carry its pull cursor ``seq`` beside
        it, inline or as ``{"seq": ..., "message": {...}}``.
    scope : path, DataFrame or list of userids, optional
        The archive scope (see :func:`toolkit.archive.load_scope`).
    rooms : path or DataFrame, optional
        Group info (see :func:`toolkit.archive.load_rooms`).
    staff : path or DataFrame, optional
        Staff directory (see :func:`toolkit.archive.load_staff`). Its userids
        are always treated as employees.
    errors : {"quarantine", "raise"}
        ``"quarantine"`` files each bad record with its reason and goes on;
        ``"raise"`` raises :class:`~toolkit.exceptions.RecordError` at the
        first bad record, naming its file and line.
    tz : str
        Time zone of every timestamp in the result.
    progress : bool
        Show a progress bar over files.
    max_file_bytes : int or None
        Largest size of one file, decompressed (default 4 GiB): a larger file
        (a decompression bomb) is not read but quarantined as ``too_large``.
        None for no limit.
    columns, since, until : optional
        Only for a store folder (written by :func:`toolkit.store.ingest`),
        which is read with :func:`toolkit.store.read_store` (the reader the
        store package registers, see :func:`register_store_reader`): message columns
        to read, and the time range to keep.

    Returns
    -------
    Archive
        ``messages`` (:data:`~toolkit.archive.schema.MESSAGE_COLUMNS`),
        ``consent``, ``recalls``, ``switches``, ``quarantine``, ``files``,
        the ``report`` (``records_read`` = messages + consent + recalls +
        switches + duplicates + quarantined) and the side tables.

    Raises
    ------
    ArchiveError
        A path does not exist; with ``errors="raise"``, also a file that
        cannot be read, decompressed or decoded (otherwise it is one
        quarantine row and the other files load).
    EmptyArchiveError
        A folder holds no archive files, or the files hold no records.
    RecordError
        With ``errors="raise"``, at the first bad record.
    ValueError, TypeError
        For bad arguments.

    Warns
    -----
    QuarantineWarning
        When records were quarantined (counts by reason).
    EncryptedRecordWarning
        When records are still encrypted, with how to decrypt them.
    ConsentTimeWarning
        When ``disagree`` records were kept with an assumed time (msgid, file,
        line and what was assumed).

    Notes
    -----
    - Duplicates: a record whose ``msgid`` was already read, in any file, with
      the same content is counted in ``duplicates`` and not loaded again (the
      first one is kept). With other content (sender, time, type, receivers
      or text) it is quarantined as ``conflicting_duplicate``, with a warning.
    - Files: a file that cannot be read, a corrupt or cut-short gzip, one
      over ``max_file_bytes`` or in no known encoding becomes one quarantine
      row (line 0, or the line where reading stopped); the others load.
    - Times: ``msgtime`` is epoch ms; a 10-digit value is read as seconds
      (counted in ``repairs``), 0 or anything outside 2000-2100 is ``bad_time``.
    - ``text`` holds the readable text of every type that carries some (text,
      markdown, link title and description, news, card, location, file name,
      weapp, chatrecord items, mixed parts, todo, vote, collect, ...).
    - Unknown msgtypes are kept with their record's JSON in ``raw``.
    - A refusal (``disagree``) is never lost to a bad time field: with an
      unreadable ``disagree_time`` it is dated by its ``msgtime``; with both
      unreadable it is dated at the first time in this load (messages,
      consent, recalls, switches; 2000-01-01 if there is none), so the
      customer counts as refused from the start. It is loaded (counted in
      ``consent``, not ``quarantined``, so the report still reconciles),
      counted in ``repairs`` and named in a ``ConsentTimeWarning``. With
      ``errors="raise"`` such a record raises instead. A bad ``agree`` is
      quarantined as before: it cannot lift an earlier refusal.

    Examples
    --------
    >>> import gzip, json, pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> recs = [
    ...     {"msgid": "m1", "action": "send", "from": "wmCust1", "tolist": ["zhangsan"],
    ...      "roomid": "", "msgtime": 1751330000000, "msgtype": "text",
    ...      "text": {"content": "电池保修多久？"}},
    ...     {"msgid": "m2", "action": "send", "from": "zhangsan", "tolist": ["wmCust1"],
    ...      "roomid": "", "msgtime": 1751330060000, "msgtype": "text",
    ...      "text": {"content": "电池保修2年"}},
    ... ]
    >>> lines = [json.dumps(r, ensure_ascii=False) for r in recs] + ['{"msgid": "m3", "acti']
    >>> _ = (d / "day1.jsonl").write_text("\\n".join(lines), encoding="utf-8")
    >>> import warnings; warnings.simplefilter("ignore")
    >>> a = load_archive(d)
    >>> a.report
    {'records_read': 3, 'messages': 2, 'consent': 0, 'recalls': 0, 'switches': 0, 'duplicates': 0, 'quarantined': 1}
    >>> a.messages[["msgid", "sender_kind", "chat_type", "chat_id", "text"]]
      msgid sender_kind chat_type          chat_id     text
    0    m1    external    single  wmCust1|zhangsan  电池保修多久？
    1    m2    employee    single  wmCust1|zhangsan   电池保修2年
    >>> a.quarantine[["line", "reason"]]
       line    reason
    0     3  bad_json

    A refusal whose ``disagree_time`` is garbage is kept, dated by its ``msgtime``:

    >>> refusal = {"msgid": "m4", "action": "send", "from": "wmCust1", "tolist": ["zhangsan"],
    ...            "roomid": "", "msgtime": 1751330120000, "msgtype": "disagree",
    ...            "disagree": {"userid": "wmCust1", "disagree_time": "n/a"}}
    >>> _ = (d / "day2.jsonl").write_text(json.dumps(refusal), encoding="utf-8")
    >>> a = load_archive(d)
    >>> a.report["consent"], a.report["quarantined"], a.repairs
    (1, 1, {'disagree_time_from_msgtime': 1})
    >>> a.consent[["msgid", "status", "at"]]
      msgid    status                        at
    0    m4  disagree 2025-07-01 08:35:20+08:00
    """
    if _store_reader is not None and isinstance(source, (str, os.PathLike)) and _store_reader[0](source):
        # A Parquet store written by toolkit.store.ingest: read by the reader it registered.
        if scope is not None or rooms is not None or staff is not None:
            raise ValueError("scope, rooms and staff cannot be added to a store read; load them with toolkit.archive.load_*")
        return _store_reader[1](source, columns=columns, since=since, until=until)
    if columns is not None or since is not None or until is not None:
        raise ValueError("columns, since and until apply to a store folder only (see toolkit.store.ingest)")
    if errors not in ("raise", "quarantine"):
        raise ValueError(f"errors must be 'raise' or 'quarantine'; got {errors!r}")
    try:
        pd.Timestamp("2020-01-01", tz=tz)
    except Exception as exc:  # zoneinfo raises several types
        raise ValueError(f"tz must be a time zone name such as 'Asia/Shanghai'; got {tz!r}") from exc
    if max_file_bytes is not None and (not isinstance(max_file_bytes, int) or max_file_bytes <= 0):
        raise ValueError(f"max_file_bytes must be a positive number of bytes or None; got {max_file_bytes!r}")
    files, walk_skipped = walk(source)

    staff_df = load_staff(staff, tz=tz) if staff is not None else None
    employees = frozenset(staff_df["userid"].dropna()) if staff_df is not None else frozenset()
    loader = _Loader(errors, employees, max_file_bytes)
    loader.skipped.update(walk_skipped)

    iterator: Iterable[tuple[Path, bool]] = files
    if progress:
        from tqdm.auto import tqdm  # noqa: PLC0415  (lazy: tqdm only when a progress bar is asked for)

        iterator = tqdm(files, desc="loading archive", unit="file")
    # Bulk loading makes millions of small objects and no reference cycles; the
    # cyclic garbage collector would only re-scan them (about 25% of the time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for path, walked in iterator:
            loader.load_file(path, skip_foreign=walked)
        messages = _frame(loader.msgs, schema.MESSAGE_COLUMNS, tz, {"sent_ms": "sent_at"})
    finally:
        loader.pool.shutdown(wait=True, cancel_futures=True)
        if gc_was_enabled:
            gc.enable()
    consent = _frame(loader.consent, schema.CONSENT_COLUMNS, tz, {"at_ms": "at"})
    recalls = _frame(loader.recalls, schema.RECALL_COLUMNS, tz, {"at_ms": "recalled_at"})
    switches = _frame(loader.switches, schema.SWITCH_COLUMNS, tz, {"at_ms": "at"})
    quarantine = _frame(loader.quarantine, schema.QUARANTINE_COLUMNS, tz, {})

    if loader.assumed_times:
        consent["at"] = _assume_refusal_start(consent["at"], (messages["sent_at"], consent["at"], recalls["recalled_at"], switches["at"]), tz)
    messages["sender_kind"] = _sender_kind(messages["sender_id"], employees)
    messages["is_recalled"] = messages["msgid"].isin(recalls["pre_msgid"]).astype(bool)
    messages = messages[list(schema.MESSAGE_COLUMNS)]

    file_frame = pd.DataFrame(loader.file_rows, columns=["source", *schema.REPORT_KEYS])
    for k in schema.REPORT_KEYS:
        file_frame[k] = file_frame[k].astype("Int64")
    file_frame["source"] = file_frame["source"].astype("str")
    span = messages.groupby("source", sort=False)["sent_at"].agg(["min", "max"])
    for col, agg in (("first_sent_at", "min"), ("last_sent_at", "max")):
        values = span[agg].astype(messages["sent_at"].dtype).reindex(file_frame["source"].tolist())
        file_frame[col] = values.array
    file_frame = file_frame[list(schema.FILE_COLUMNS)]

    report = {k: int(file_frame[k].sum()) for k in schema.REPORT_KEYS}
    if loader.skipped:
        shown = "; ".join(f"{Path(k).name} ({why})" for k, why in list(loader.skipped.items())[:5])
        more = f"; ... and {len(loader.skipped) - 5} more" if len(loader.skipped) > 5 else ""
        warnings.warn(
            f"{len(loader.skipped)} path(s) found in the folder were not read: {shown}{more} "
            "(see archive.skipped and archive.skipped_reasons; pass a file explicitly to read it anyway)",
            SkippedFileWarning,
            stacklevel=2,
        )
    if report["records_read"] == 0:
        raise EmptyArchiveError(
            f"the archive holds no records ({len(files)} file(s) found, {len(loader.skipped)} not archive files)"
        )

    if report["quarantined"]:
        reasons = quarantine["reason"].value_counts().sort_index()
        summary = ", ".join(f"{r} {n}" for r, n in reasons.items())
        warnings.warn(
            f"{report['quarantined']:,} of {report['records_read']:,} records quarantined ({summary}); "
            "see archive.quarantine",
            QuarantineWarning,
            stacklevel=2,
        )
        if loader.conflicts:
            warnings.warn(
                f"{loader.conflicts:,} record(s) reuse a msgid already read but differ from it (sender, time, type, "
                "receivers or content): the first version of each is loaded and the others are in archive.quarantine "
                "(reason 'conflicting_duplicate'); identical re-deliveries are counted as duplicates",
                QuarantineWarning,
                stacklevel=2,
            )
        if Reason.ENCRYPTED.value in reasons.index:
            warnings.warn(f"{int(reasons[Reason.ENCRYPTED.value]):,} {_HOW_TO_DECRYPT}", EncryptedRecordWarning, stacklevel=2)
    if loader.assumed_times:
        warnings.warn(_assumed_times_message(loader.assumed_times), ConsentTimeWarning, stacklevel=2)
    log.info("loaded %s", report)

    rooms_df = members_df = None
    if rooms is not None:
        rooms_df, members_df = load_rooms(rooms, tz=tz, employees=employees)
    return Archive(
        messages=messages,
        consent=consent,
        recalls=recalls,
        switches=switches,
        quarantine=quarantine,
        report=report,
        files=file_frame,
        repairs=dict(sorted(loader.repairs.items())),
        skipped=list(loader.skipped),
        skipped_reasons=dict(loader.skipped),
        scope=load_scope(scope, tz=tz) if scope is not None else None,
        rooms=rooms_df,
        room_members=members_df,
        staff=staff_df,
        tz=tz,
    )

"""Load WeCom session-archive exports into tidy, reconciled pandas frames.

The loader reads decrypted archive records (one JSON message each, format in
``wecom-archive-format.md``) from JSON Lines files, JSON arrays, ``GetChatData``
style responses, or any of them gzip-compressed. Every record read ends up in
exactly one place: a frame (messages, consent, recalls, switches), the
duplicate count, or the quarantine with its file, line and reason.
"""

from __future__ import annotations

import gc
import gzip
import io
import json
import logging
import os
import warnings
import zlib
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..exceptions import (
    ArchiveError,
    ConsentTimeWarning,
    EmptyArchiveError,
    EncryptedRecordWarning,
    QuarantineWarning,
    RecordError,
    SkippedFileWarning,
)
from . import schema
from ._bodies import body_of, media_of, text_of
from .quarantine import RAW_LIMIT, Reason
from .side import load_rooms, load_scope, load_staff

__all__ = ["Archive", "load_archive", "ARCHIVE_SUFFIXES"]

log = logging.getLogger(__name__)

#: File names the loader picks up when it walks a folder.
ARCHIVE_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")

# Plausible epoch range: 2000-01-01 .. 2100-01-01, in ms and in s.
_MS_MIN, _MS_MAX = 946_684_800_000, 4_102_444_800_000
_S_MIN, _S_MAX = _MS_MIN // 1000, _MS_MAX // 1000
# Keys under which some pullers store the decrypted message beside its cursor.
_WRAPPER_KEYS = ("message", "msg", "chat_msg", "decrypted", "decrypt_chat_msg", "plaintext", "data")
_CHUNK = 200_000

_HOW_TO_DECRYPT = (
    "still-encrypted records were quarantined (reason 'encrypted'). Decrypt them before loading: "
    "RSA-decrypt encrypt_random_key (base64, PKCS#1 v1.5) with the private key of its publickey_ver, "
    "then pass the result and encrypt_chat_msg to the Finance SDK's DecryptData, and export the "
    "plaintext JSON it returns (one message per line)."
)


class _Bad(Exception):
    """A record-level problem: carries the quarantine reason."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


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
        Files found by walking a folder whose first record is a JSON object
        with no archive field (group info, a saved permit list, ...): not
        read, and named in a :class:`~toolkit.exceptions.SkippedFileWarning`.
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


# --------------------------------------------------------------------------- sources


def _is_archive_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(ARCHIVE_SUFFIXES)


def _resolve(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[tuple[Path, bool]]:
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    elif isinstance(source, Iterable):
        items = list(source)
    else:
        raise TypeError(f"source must be a path or a list of paths; got {type(source).__name__}")
    if not items:
        raise ValueError("source is an empty list; give at least one file or folder")
    files: list[tuple[Path, bool]] = []  # (file, found by walking a folder)
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"source entries must be paths; got {type(item).__name__}")
        path = Path(item)
        if not path.exists():
            raise ArchiveError(f"archive path not found: {path}")
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and _is_archive_file(p)),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not found:
                raise EmptyArchiveError(
                    f"no archive files in folder {path} (looked for {', '.join(ARCHIVE_SUFFIXES)})"
                )
            files.extend((f, True) for f in found)
        else:
            files.append((path, False))
    return files


def _read_bytes(path: Path) -> tuple[bytes, bool]:
    """The file's (decompressed) bytes and whether a gzip stream was cut short."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArchiveError(f"cannot read archive file {path}: {exc.strerror or exc}") from exc
    if data[:2] != b"\x1f\x8b":
        return data, False
    try:
        return gzip.decompress(data), False
    except EOFError:
        # Truncated gzip: keep what decompresses; the cut line is quarantined.
        d = zlib.decompressobj(wbits=47)
        return d.decompress(data), True
    except (OSError, zlib.error) as exc:
        raise ArchiveError(f"cannot decompress archive file {path}: {exc}") from exc


# --------------------------------------------------------------------------- parsing


def _loads(raw: bytes, repairs: Counter[str]) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    # Raw control characters in strings (seen in real exports) or bad UTF-8:
    # retry with the standard library's lenient mode before giving up.
    try:
        text = raw.decode("utf-8")
        utf8_ok = True
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        utf8_ok = False
    try:
        obj = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        raise _Bad(Reason.BAD_JSON, f"invalid JSON: {exc.msg} at char {exc.pos}") from None
    repairs["control_characters" if utf8_ok else "invalid_utf8"] += 1
    return obj


def _layout(data: bytes) -> tuple[str, bytes, Any]:
    """How a file's records are laid out: ``("lines" | "array" | "object", data, parsed object)``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:256].lstrip()[:1] or data.lstrip()[:1]
    if head == b"[":
        return "array", data, None
    nl = data.find(b"\n")
    if head == b"{" and 0 <= nl < len(data.rstrip()):
        # A pretty-printed object (a GetChatData response, one message) spans lines.
        try:
            orjson.loads(data[:nl])
        except orjson.JSONDecodeError:
            try:
                whole = orjson.loads(data)
            except orjson.JSONDecodeError:
                whole = None
            if isinstance(whole, dict):
                return "object", data, whole
    return "lines", data, None


#: Keys of which an archive record has at least one (bare, wrapped or encrypted).
_ARCHIVE_KEYS = frozenset({"msgid", "action", "msgtype", "msgtime", "seq", "encrypt_chat_msg", "chatdata", *_WRAPPER_KEYS})


def _foreign(layout: str, data: bytes, whole: Any) -> bool:
    """True when a file's first record is a JSON object with no archive key at all.

    Such files (group info, a saved permit list, notes) sit beside daily dumps;
    a folder walk skips them, with a warning, instead of quarantining each line.
    """
    if layout == "object":
        first = whole
    elif layout == "array":
        try:
            items = orjson.loads(data)
        except orjson.JSONDecodeError:
            return False
        first = items[0] if isinstance(items, list) and items else None
    else:
        for line in io.BytesIO(data):
            if line.strip():
                try:
                    first = orjson.loads(line)
                except orjson.JSONDecodeError:
                    return False
                break
        else:
            return False
    return isinstance(first, dict) and bool(first) and not (first.keys() & _ARCHIVE_KEYS)


def _records(data: bytes, repairs: Counter[str]) -> Iterator[tuple[int, bytes | None, Any]]:
    """Yield ``(line, raw, parsed-or-_Bad)`` for each record of one file."""
    layout, data, whole = _layout(data)
    if layout == "array":
        yield from _array_records(data, repairs)
        return
    if layout == "object":
        yield from _object_records(whole, data)
        return
    # Iterate lazily: a big file never exists twice (whole and as a list of lines).
    for i, line in enumerate(io.BytesIO(data), start=1):
        raw = line.strip()
        if not raw:
            continue
        try:
            yield i, raw, _loads(raw, repairs)
        except _Bad as bad:
            yield i, raw, bad


def _object_records(obj: dict[str, Any], data: bytes) -> Iterator[tuple[int, bytes | None, Any]]:
    chat = obj.get("chatdata")
    if isinstance(chat, list):
        for i, item in enumerate(chat, start=1):
            yield i, None, item
    else:
        yield 1, data, obj


def _array_records(data: bytes, repairs: Counter[str]) -> Iterator[tuple[int, bytes | None, Any]]:
    try:
        items = orjson.loads(data)
    except orjson.JSONDecodeError:
        items = None
    if isinstance(items, list):
        for i, item in enumerate(items, start=1):
            yield i, None, item
        return
    # Damaged array: decode element by element with the standard library and
    # quarantine the rest of the file from the first element that fails.
    text = data.decode("utf-8", errors="replace")
    decoder = json.JSONDecoder(strict=False)
    pos = text.index("[") + 1
    n = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        n += 1
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            rest = text[pos:]
            yield n, rest.encode(), _Bad(Reason.BAD_JSON, f"invalid JSON in array element: {exc.msg}")
            return
        raw = text[pos:end].encode()
        try:
            orjson.loads(raw)
        except orjson.JSONDecodeError:
            repairs["control_characters"] += 1  # only the lenient decoder could read it
        yield n, raw, item
        pos = end


# --------------------------------------------------------------------------- records


def _str_field(rec: dict[str, Any], key: str, repairs: Counter[str], *, required: bool = True) -> str:
    value = rec.get(key)
    if value is None or value == "":
        if required:
            raise _Bad(Reason.MISSING_FIELD, f"missing {key}")
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        repairs["coerced_types"] += 1
        return str(value)
    raise _Bad(Reason.BAD_TYPE, f"{key} is {type(value).__name__}, expected string")


def _epoch_ms(value: Any, key: str, repairs: Counter[str]) -> int:
    """Epoch milliseconds from an int, float or digit string; seconds are detected by size."""
    if value is None or value == "":
        raise _Bad(Reason.MISSING_FIELD, f"missing {key}")
    if isinstance(value, bool) or isinstance(value, (list, dict)):
        raise _Bad(Reason.BAD_TYPE, f"{key} is {type(value).__name__}, expected integer")
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise _Bad(Reason.BAD_TIME, f"{key} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise _Bad(Reason.BAD_TIME, f"{key} is {value.strip()!r}, not a finite number")
        value = int(number)
        repairs["coerced_types"] += 1
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Bad(Reason.BAD_TIME, f"{key} is {value}, not a finite number")
        value = int(value)
    if not isinstance(value, int):
        raise _Bad(Reason.BAD_TYPE, f"{key} is {type(value).__name__}, expected integer")
    if _MS_MIN <= value < _MS_MAX:
        return value
    if _S_MIN <= value < _S_MAX:
        repairs["time_in_seconds"] += 1
        return value * 1000
    raise _Bad(Reason.BAD_TIME, f"{key}={value} is outside 2000-2100 in ms or s")


def _tolist(value: Any, repairs: Counter[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return value
        if all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
            repairs["coerced_types"] += 1
            return [str(v) for v in value]
        raise _Bad(Reason.BAD_TYPE, "tolist holds non-string ids")
    if isinstance(value, str):
        repairs["coerced_types"] += 1
        return [v.strip() for v in value.split(",") if v.strip()]
    raise _Bad(Reason.BAD_TYPE, f"tolist is {type(value).__name__}, expected list")


_INT64_MAX = 2**63 - 1


def _seq(value: Any) -> int | None:
    """The pull cursor as an int, None when absent; a bad one is quarantined."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(Reason.BAD_TYPE, f"seq is {type(value).__name__}, expected integer")
    if not 0 <= value <= _INT64_MAX:
        raise _Bad(Reason.BAD_TYPE, f"seq={value} is out of range")
    return value


def _is_external(uid: str) -> bool:
    return uid.startswith(_EXTERNAL_OR_ROBOT)


def _unwrap(obj: dict[str, Any], repairs: Counter[str]) -> tuple[dict[str, Any], int | None]:
    """The decrypted message and its pull cursor, for bare and wrapped records."""
    seq = _seq(obj.get("seq"))
    if "action" in obj:
        return obj, seq
    for key in _WRAPPER_KEYS:
        inner = obj.get(key)
        if isinstance(inner, (str, bytes)) and inner[:1] in ("{", b"{"):
            inner = _loads(inner.encode() if isinstance(inner, str) else inner, repairs)
        if isinstance(inner, dict) and ("action" in inner or "msgtype" in inner):
            return inner, _seq(inner.get("seq")) if seq is None else seq  # noqa: E501
    if "encrypt_chat_msg" in obj:
        raise _Bad(Reason.ENCRYPTED, "record is still encrypted (encrypt_chat_msg)")
    return obj, seq


def _split_receivers(joined: pa.Array) -> pa.Array:
    """Receiver ids joined with ``_SEP`` (None for none) as a dictionary-encoded list array.

    Runs in Arrow's C++ kernels, which release the GIL, so the loader hands it
    to a worker thread and goes on parsing.
    """
    split = pc.split_pattern(joined, _SEP)
    # Rebuilt from the offsets alone: a None (no receivers) becomes an empty list.
    return pa.ListArray.from_arrays(split.offsets, split.values.dictionary_encode())


class _Builder:
    """Collects rows of one kind as tuples; turns them into Arrow tables per chunk."""

    def __init__(self, names: Sequence[str], pool: ThreadPoolExecutor | None = None) -> None:
        self.names = list(names)
        self.rows: list[tuple[Any, ...]] = []
        self.chunks: list[dict[str, Any]] = []
        self.pool = pool

    def flush(self, types: dict[str, pa.DataType]) -> None:
        if not self.rows:
            return
        cols = list(zip(*self.rows, strict=True))
        self.rows = []
        arrays: dict[str, Any] = {}
        for n, c in zip(self.names, cols, strict=True):
            if pa.types.is_list(types[n]):
                joined = pa.array(c, pa.string())
                arrays[n] = self.pool.submit(_split_receivers, joined) if self.pool else _split_receivers(joined)
            else:
                arrays[n] = pa.array(c, type=types[n])
        self.chunks.append(arrays)

    def tables(self) -> list[pa.Table]:
        out = [pa.table({n: (a.result() if isinstance(a, Future) else a) for n, a in c.items()}) for c in self.chunks]
        self.chunks = []
        return out


_MSG_FIELDS = (
    "msgid", "seq", "msgtype", "sender_id", "receiver_ids", "roomid", "chat_type", "chat_id",
    "sent_ms", "text", "sdkfileid", "filesize", "md5sum", "fileext", "play_seconds", "raw",
    "source", "line",
)  # fmt: skip
_MSG_TYPES = {
    "msgid": pa.string(), "seq": pa.int64(), "msgtype": pa.string(), "sender_id": pa.string(),
    "receiver_ids": schema.LIST_STR_TYPE, "roomid": pa.string(), "chat_type": pa.string(),
    "chat_id": pa.string(), "sent_ms": pa.int64(), "text": pa.string(), "sdkfileid": pa.string(),
    "filesize": pa.int64(), "md5sum": pa.string(), "fileext": pa.string(),
    "play_seconds": pa.int64(), "raw": pa.string(), "source": pa.string(), "line": pa.int64(),
}  # fmt: skip
_CONSENT_FIELDS = ("msgid", "customer_id", "employee_id", "status", "at_ms", "source", "line")
_RECALL_FIELDS = ("msgid", "pre_msgid", "sender_id", "roomid", "at_ms", "source", "line")
_SWITCH_FIELDS = ("msgid", "user_id", "at_ms", "source", "line")
_Q_FIELDS = ("source", "line", "reason", "detail", "raw")


def _types_for(names: Sequence[str]) -> dict[str, pa.DataType]:
    return {n: (pa.int64() if n in ("line", "at_ms") else pa.string()) for n in names}


class _Loader:
    def __init__(self, errors: str, known_employees: frozenset[str]) -> None:
        self.errors = errors
        self.employees = known_employees
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toolkit-load")
        self.msgs = _Builder(_MSG_FIELDS, self.pool)
        self.consent = _Builder(_CONSENT_FIELDS)
        self.recalls = _Builder(_RECALL_FIELDS)
        self.switches = _Builder(_SWITCH_FIELDS)
        self.quarantine = _Builder(_Q_FIELDS)
        self.seen: set[str] = set()
        self.repairs: Counter[str] = Counter()
        self.file_rows: list[dict[str, Any]] = []
        self.skipped: list[str] = []
        # disagree records loaded with an assumed time: (msgid, source, line, repair, detail)
        self.assumed_times: list[tuple[str, str, int, str, str]] = []

    # ---- one file
    def load_file(self, path: Path, *, skip_foreign: bool = False) -> None:
        source = path.as_posix()
        data, truncated = _read_bytes(path)
        layout, data, whole = _layout(data)
        if skip_foreign and _foreign(layout, data, whole):
            self.skipped.append(source)
            return
        if truncated:
            warnings.warn(
                f"{source}: the gzip stream is cut short; the records before the cut were read",
                QuarantineWarning,
                stacklevel=4,
            )
        counts = dict.fromkeys(schema.REPORT_KEYS, 0)
        record = self._record
        n = 0
        if layout == "lines":
            # The hot path, inlined: one JSON message per line.
            loads, decode_error, repairs = orjson.loads, orjson.JSONDecodeError, self.repairs
            for i, line in enumerate(io.BytesIO(data), start=1):
                raw = line.strip()
                if not raw:
                    continue
                n += 1
                try:
                    try:
                        parsed = loads(raw)
                    except decode_error:
                        parsed = _loads(raw, repairs)
                    counts[record(parsed, source, i)] += 1
                except _Bad as bad:
                    self._quarantine(source, i, bad, raw, None)
                    counts["quarantined"] += 1
                if not n & 0xFFF and len(self.msgs.rows) >= _CHUNK:
                    self.msgs.flush(_MSG_TYPES)
        else:
            items = _array_records(data, self.repairs) if layout == "array" else _object_records(whole, data)
            for i, raw_item, parsed in items:
                n += 1
                try:
                    if type(parsed) is _Bad:
                        raise parsed
                    counts[record(parsed, source, i)] += 1
                except _Bad as bad:
                    self._quarantine(source, i, bad, raw_item, parsed)
                    counts["quarantined"] += 1
        counts["records_read"] = n
        self.file_rows.append({"source": source, **counts})
        if len(self.msgs.rows) >= _CHUNK:
            self.msgs.flush(_MSG_TYPES)

    def _quarantine(self, source: str, line: int, bad: _Bad, raw: bytes | None, parsed: Any) -> None:
        if self.errors == "raise":
            raise RecordError(
                f"{source}, line {line}: {bad.reason.value}: {bad.detail}",
                source=source,
                line=line,
                reason=bad.reason.value,
            )
        if raw is None:
            try:
                raw = orjson.dumps(parsed)
            except TypeError:
                raw = repr(parsed).encode()
        text = raw[: RAW_LIMIT * 4].decode("utf-8", errors="replace")[:RAW_LIMIT]
        self.quarantine.rows.append((source, line, bad.reason.value, bad.detail, text))

    # ---- one record: returns the name of the count it adds to
    def _record(self, obj: Any, source: str, line: int) -> str:
        if not isinstance(obj, dict):
            raise _Bad(Reason.NOT_AN_OBJECT, f"record is a JSON {type(obj).__name__}, expected an object")
        if "action" in obj:
            rec, seq = obj, obj.get("seq")
            if seq is not None and (type(seq) is not int or not 0 <= seq <= _INT64_MAX):
                seq = _seq(seq)
        else:
            rec, seq = _unwrap(obj, self.repairs)
        repairs = self.repairs
        action = rec.get("action")
        if action is None:
            if "encrypt_chat_msg" in rec:
                raise _Bad(Reason.ENCRYPTED, "record is still encrypted (encrypt_chat_msg)")
            raise _Bad(Reason.MISSING_FIELD, "missing action")
        msgid = rec.get("msgid")
        if type(msgid) is not str or not msgid:
            msgid = _str_field(rec, "msgid", repairs)
        if action == "send":
            return self._send(rec, msgid, seq, source, line)
        if action == "recall":
            sender = _str_field(rec, "from", repairs, required=False)
            t = _epoch_ms(rec.get("msgtime"), "msgtime", repairs)
            body = rec.get("revoke")
            if not isinstance(body, dict):
                raise _Bad(Reason.MISSING_FIELD if body is None else Reason.BAD_TYPE, "recall without revoke body")
            pre = _str_field(body, "pre_msgid", repairs)
            roomid = _str_field(rec, "roomid", repairs, required=False)
            if self._dup(msgid):
                return "duplicates"
            self.recalls.rows.append((msgid, pre, sender or None, roomid or None, t, source, line))
            return "recalls"
        if action == "switch":
            user = _str_field(rec, "user", repairs)
            t = _epoch_ms(rec.get("time", rec.get("msgtime")), "time", repairs)
            if self._dup(msgid):
                return "duplicates"
            self.switches.rows.append((msgid, user, t, source, line))
            return "switches"
        if not isinstance(action, str):
            raise _Bad(Reason.BAD_TYPE, f"action is {type(action).__name__}, expected string")
        raise _Bad(Reason.UNKNOWN_ACTION, f"action {action[:40]!r} is none of send, recall, switch")

    def _dup(self, msgid: str) -> bool:
        if msgid in self.seen:
            return True
        self.seen.add(msgid)
        return False

    def _send(self, rec: dict[str, Any], msgid: str, seq: int | None, source: str, line: int) -> str:
        repairs = self.repairs
        # Fast paths for well-formed fields; the helpers handle (and explain) the rest.
        sender = rec.get("from")
        if type(sender) is not str or not sender:
            sender = _str_field(rec, "from", repairs)
        msgtype = rec.get("msgtype")
        if type(msgtype) is not str or not msgtype:
            msgtype = _str_field(rec, "msgtype", repairs)
        t = rec.get("msgtime")
        if type(t) is not int or not _MS_MIN <= t < _MS_MAX:
            try:
                t = _epoch_ms(t, "msgtime", repairs)
            except _Bad as bad:
                if msgtype != "disagree" or self.errors == "raise":
                    raise
                t = bad  # a refusal is kept: _consent dates it by disagree_time or assumes one
        tolist = rec.get("tolist")
        try:
            if type(tolist) is not list:
                raise TypeError
            # str.join checks in C that every id is a string; the joined form is
            # split back into a list column by Arrow at flush time.
            receivers = _SEP.join(tolist)
        except TypeError:
            tolist = _tolist(tolist, repairs)
            receivers = _SEP.join(tolist)
        if _SEP in receivers and receivers.count(_SEP) != len(tolist) - 1:
            raise _Bad(Reason.BAD_TYPE, "a tolist id holds a control character")
        roomid = rec.get("roomid")
        if roomid is not None and type(roomid) is not str:
            roomid = _str_field(rec, "roomid", repairs, required=False)
        if msgtype == "agree" or msgtype == "disagree":
            return self._consent(rec, msgid, msgtype, sender, tolist, t, source, line)
        raw = None
        if msgtype == "text":
            body = rec.get("text")
            if type(body) is not dict:
                raise _Bad(Reason.MISSING_FIELD if body is None else Reason.BAD_TYPE, "missing text body"
                           if body is None else f"text body is {type(body).__name__}, expected object")
            text = body.get("content")
            if text is not None and type(text) is not str:
                raise _Bad(Reason.BAD_TYPE, f"text.content is {type(text).__name__}, expected string")
            text = (text.strip() or None) if text else None
            media: tuple[Any, ...] = _NO_MEDIA
        else:
            body = body_of(rec, msgtype)
            if msgtype not in _KNOWN:
                raw = orjson.dumps(rec).decode()
                body = body if isinstance(body, dict) else {}
            elif body is None:
                raise _Bad(Reason.MISSING_FIELD, f"missing {msgtype} body")
            elif type(body) is not dict:
                raise _Bad(Reason.BAD_TYPE, f"{msgtype} body is {type(body).__name__}, expected object")
            text = text_of(msgtype, body) or None
            media = media_of(msgtype, body) if msgtype in _MEDIA_TYPES or raw is not None else _NO_MEDIA
        if roomid:
            chat_type, chat_id = "group", roomid
        else:
            roomid = None
            if len(tolist) == 1:
                other = tolist[0]
                parties = [sender, other] if sender <= other else [other, sender]
                if sender == other:
                    parties = [sender]
            else:
                parties = sorted({sender, *tolist})
            chat_id = "|".join(parties)
            employees = self.employees
            chat_type = "internal"
            for u in parties:
                if u.startswith(_EXTERNAL_OR_ROBOT) and u not in employees:
                    chat_type = "single"
                    break
        if msgid in self.seen:
            return "duplicates"
        self.seen.add(msgid)
        self.msgs.rows.append((msgid, seq, msgtype, sender, receivers if tolist else None, roomid, chat_type, chat_id, t, text, *media, raw, source, line))
        return "messages"

    def _consent(
        self, rec: dict[str, Any], msgid: str, msgtype: str, sender: str, tolist: list[str], t: int | _Bad, source: str, line: int
    ) -> str:
        repairs = self.repairs
        body = rec.get(msgtype)
        if body is not None and not isinstance(body, dict):
            raise _Bad(Reason.BAD_TYPE, f"{msgtype} body is {type(body).__name__}, expected object")
        body = body or {}
        customer = body.get("userid") if isinstance(body.get("userid"), str) and body.get("userid") else None
        if customer is None:
            customer = next((u for u in [sender, *tolist] if _is_external(u)), None)
        if customer is None:
            raise _Bad(Reason.MISSING_FIELD, f"{msgtype} record names no customer")
        when = body.get(f"{msgtype}_time", body.get("agree_time", body.get("disagree_time")))
        assumed: tuple[str, str] | None = None
        at: int | None
        if msgtype == "agree" or self.errors == "raise":
            # A bad agree is quarantined: it cannot lift an earlier refusal (fail closed).
            at = _epoch_ms(when, f"{msgtype}_time", repairs) if when not in (None, "", 0) else t  # type: ignore[assignment]
        else:
            # A refusal is never lost to a bad field: date it by msgtime, else from the start of the archive.
            problem = t if isinstance(t, _Bad) else None
            try:
                at = _epoch_ms(when, f"{msgtype}_time", repairs) if when not in (None, "", 0) else None
            except _Bad as bad:
                at, problem = None, bad
            if at is None:
                if isinstance(t, int):
                    at = t
                    if problem is not None:
                        assumed = ("disagree_time_from_msgtime", problem.detail)
                else:
                    details = dict.fromkeys(b.detail for b in (problem, t) if isinstance(b, _Bad))
                    assumed = ("disagree_time_assumed_start", "; ".join(details))
        employee = next((u for u in [sender, *tolist] if u != customer and not _is_external(u)), None)
        if self._dup(msgid):
            return "duplicates"
        if assumed is not None:
            repairs[assumed[0]] += 1
            self.assumed_times.append((msgid, source, line, *assumed))
        self.consent.rows.append((msgid, customer, employee, msgtype, at, source, line))
        return "consent"


from ._bodies import KNOWN_MSGTYPES as _KNOWN  # noqa: E402
from ._bodies import MEDIA_TYPES as _MEDIA_TYPES  # noqa: E402

_SEP = "\x1f"  # joins receiver ids inside the loader; never a valid id character
_NO_MEDIA = (None, None, None, None, None)
_EXTERNAL_OR_ROBOT = (*schema.EXTERNAL_PREFIXES, schema.ROBOT_PREFIX)


# --------------------------------------------------------------------------- frames


def _to_time(values: pa.ChunkedArray | pa.Array, tz: str) -> pd.Series:
    ms = np.asarray(values.to_numpy(zero_copy_only=False), dtype="float64")
    s = pd.to_datetime(pd.Series(ms), unit="ms", utc=True)
    return s.dt.tz_convert(tz).astype(pd.DatetimeTZDtype(unit="ns", tz=tz))


def _frame(builder: _Builder, columns: dict[str, str], tz: str, rename: dict[str, str]) -> pd.DataFrame:
    builder.flush(_MSG_TYPES if builder.names == list(_MSG_FIELDS) else _types_for(builder.names))
    tables = builder.tables()
    if not tables:
        return schema.empty_frame(columns, tz)
    table = pa.concat_tables(tables)
    del tables
    dtypes = schema.frame_dtypes(columns, tz)
    out: dict[str, pd.Series] = {}
    for name in builder.names:
        target = rename.get(name, name)
        col = table.column(name)
        dt = dtypes.get(target)
        if isinstance(dt, pd.DatetimeTZDtype):
            out[target] = _to_time(col, tz)
        elif isinstance(dt, pd.ArrowDtype):
            out[target] = pd.Series(pd.arrays.ArrowExtensionArray(col), dtype=dt)
        elif dt == "Int64":
            out[target] = pd.Series(col.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get), dtype="Int64")
        else:
            out[target] = pd.Series(col.to_pandas(), dtype=dt)
    frame = pd.DataFrame(out)
    return frame


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
) -> Archive:
    """Load decrypted WeCom archive records into tidy frames.

    Parameters
    ----------
    source : path, or list of paths
        A file, a folder (read recursively, files in name order) or a list of
        them. A file holds JSON Lines (one decrypted message per line), a JSON
        array of messages, or a ``GetChatData``-style object with ``chatdata``;
        any of them may be gzip-compressed. UTF-8 with or without BOM, LF or
        CRLF. A message may carry its pull cursor ``seq`` beside it, inline or
        as ``{"seq": ..., "message": {...}}``.
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
    columns, since, until : optional
        Only for a store folder (written by :func:`toolkit.store.ingest`),
        which is read with :func:`toolkit.store.read_store`: message columns
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
        A path does not exist or a file cannot be read or decompressed.
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
    - Duplicates: a record whose ``msgid`` was already read, in any file, is
      counted in ``duplicates`` and not loaded again (the first one is kept).
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
    if isinstance(source, (str, os.PathLike)) and (Path(source) / "_toolkit_store.json").is_file():
        if scope is not None or rooms is not None or staff is not None:
            raise ValueError("scope, rooms and staff cannot be added to a store read; load them with toolkit.archive.load_*")
        from ..store import read_store  # a Parquet store written by toolkit.store.ingest

        return read_store(source, columns=columns, since=since, until=until)
    if columns is not None or since is not None or until is not None:
        raise ValueError("columns, since and until apply to a store folder only (see toolkit.store.ingest)")
    if errors not in ("raise", "quarantine"):
        raise ValueError(f"errors must be 'raise' or 'quarantine'; got {errors!r}")
    try:
        pd.Timestamp("2020-01-01", tz=tz)
    except Exception as exc:  # zoneinfo raises several types
        raise ValueError(f"tz must be a time zone name such as 'Asia/Shanghai'; got {tz!r}") from exc
    files = _resolve(source)

    staff_df = load_staff(staff, tz=tz) if staff is not None else None
    employees = frozenset(staff_df["userid"].dropna()) if staff_df is not None else frozenset()
    loader = _Loader(errors, employees)

    iterator: Iterable[tuple[Path, bool]] = files
    if progress:
        from tqdm.auto import tqdm

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
        names = ", ".join(Path(s).name for s in loader.skipped[:5]) + (" ..." if len(loader.skipped) > 5 else "")
        warnings.warn(
            f"{len(loader.skipped)} file(s) in the folder hold no archive records and were not read: {names} "
            "(see archive.skipped; pass a file explicitly to read it anyway)",
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
        scope=load_scope(scope, tz=tz) if scope is not None else None,
        rooms=rooms_df,
        room_members=members_df,
        staff=staff_df,
        tz=tz,
    )

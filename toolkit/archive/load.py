"""Load WeCom session-archive exports into tidy, reconciled pandas frames.

The loader reads decrypted archive records (one JSON message each, format in
``wecom-archive-format.md``) from JSON Lines files, JSON arrays, ``GetChatData``
style responses, or any of them gzip-compressed. Every record read ends up in
exactly one place: a frame (messages, consent, recalls, switches), the
duplicate count, or the quarantine with its file, line and reason.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import re
import warnings
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
from ._read import ARCHIVE_SUFFIXES, MAX_FILE_BYTES, FileProblem, open_archive_file, walk
from .quarantine import RAW_LIMIT, Reason
from .side import load_rooms, load_scope, load_staff

__all__ = ["Archive", "load_archive", "ARCHIVE_SUFFIXES", "MAX_FILE_BYTES"]

log = logging.getLogger(__name__)

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


class _Expand(Exception):
    """A ``GetChatData`` response on one line: its ``chatdata`` items are the records."""

    def __init__(self, items: list[Any]) -> None:
        super().__init__("chatdata")
        self.items = items


def _parses(raw: bytes) -> bool:
    try:
        orjson.loads(raw)
    except (orjson.JSONDecodeError, RecursionError):
        return False
    return True


def _count_replaced(blocks: Iterator[list[bytes]], repairs: Counter[str]) -> Iterator[list[bytes]]:
    """Pass blocks of lines through, counting lines that hold U+FFFD from decoding (a transcoded file's bad bytes)."""
    for block in blocks:
        bad = sum(1 for line in block if b"\xef\xbf\xbd" in line)
        if bad:
            repairs["undecodable_bytes"] += bad
        yield block


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


# --------------------------------------------------------------------------- parsing


def _loads(raw: bytes, repairs: Counter[str]) -> Any:
    """Parse one record's bytes; lenient after orjson refuses them, naming the repair it took.

    Repairs: a byte-order mark inside the file (files concatenated),
    ``control_characters`` (raw control characters in strings),
    ``nonstandard_json`` (NaN or Infinity), ``invalid_utf8`` (stray bytes,
    replaced by U+FFFD) and ``decoded_gb18030`` (a line in GB18030 inside a
    UTF-8 file). A record nested too deep to parse is quarantined.
    """
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    except RecursionError:
        raise _Bad(Reason.BAD_JSON, "nested too deeply to read") from None
    if raw.startswith(_BOM):
        repairs["byte_order_mark"] += 1
        return _loads(raw[len(_BOM):], repairs)
    try:
        text = raw.decode("utf-8")
        decoded = None
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        decoded = "invalid_utf8"
        if text.count("\ufffd") > 1:
            try:  # a GB18030 line inside a UTF-8 file (files concatenated by another tool)
                text, decoded = raw.decode("gb18030"), "decoded_gb18030"
            except UnicodeDecodeError:
                pass
    try:
        obj = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        raise _Bad(Reason.BAD_JSON, f"invalid JSON: {exc.msg} at char {exc.pos}") from None
    except RecursionError:
        raise _Bad(Reason.BAD_JSON, "nested too deeply to read") from None
    if decoded is not None:
        repairs[decoded] += 1
    elif _CONTROL.search(text):
        repairs["control_characters"] += 1
    else:
        repairs["nonstandard_json"] += 1
    return obj


_BOM = b"\xef\xbb\xbf"
_CONTROL = re.compile("[\x00-\x1f]")


#: Keys of which an archive record has at least one (bare, wrapped or encrypted).
_ARCHIVE_KEYS = frozenset({"msgid", "action", "msgtype", "msgtime", "seq", "encrypt_chat_msg", "chatdata", *_WRAPPER_KEYS})


def _foreign(first: list[Any]) -> bool:
    """True when a file's first records (up to 5) are JSON objects with no archive key at all.

    Such files (group info, a saved permit list, notes) sit beside daily dumps;
    a folder walk skips them, with a warning, instead of quarantining each line.
    Several records are looked at, so that one damaged first line does not
    make a whole archive file look foreign; a line that is no JSON, or any
    record with an archive key, means it is read.
    """
    return bool(first) and all(isinstance(r, dict) and r and not (r.keys() & _ARCHIVE_KEYS) for r in first)


def _object_records(obj: dict[str, Any], data: bytes) -> Iterator[tuple[int, bytes | None, Any]]:
    chat = obj.get("chatdata")
    if isinstance(chat, list):
        for i, item in enumerate(chat, start=1):
            yield i, None, item
    else:
        yield 1, data, obj


def _array_records(data: bytes, items: Any, repairs: Counter[str]) -> Iterator[tuple[int, bytes | None, Any]]:
    """Records of a JSON array file: ``items`` when it parsed, else element by element from ``data``."""
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
        if pos >= len(text):
            # No closing bracket: the file was cut short; leave a trace of what may be missing.
            yield n + 1, b"", _Bad(Reason.BAD_JSON, "the array is not closed (no ']'): the file may be cut short here")
            return
        if text[pos] == "]":
            rest = text[pos + 1 :]
            if rest.strip():
                # Something after the array's end (files joined badly): never dropped in silence.
                yield n + 1, rest.encode(), _Bad(Reason.BAD_JSON, "data after the end of the array: quarantined here")
            return
        n += 1
        try:
            item, end = decoder.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError) as exc:
            rest = text[pos:]
            why = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply to read"
            yield n, rest.encode(), _Bad(Reason.BAD_JSON, f"invalid JSON in array element: {why}; the rest of the array is here")
            return
        raw = text[pos:end].encode()
        if "\ufffd" in text[pos:end]:
            repairs["invalid_utf8"] += 1
        else:
            try:
                orjson.loads(raw)
            except orjson.JSONDecodeError:
                repairs["control_characters"] += 1  # only the lenient decoder could read it
            except RecursionError:
                pass
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
    def __init__(self, errors: str, known_employees: frozenset[str], max_bytes: int | None = MAX_FILE_BYTES) -> None:
        self.errors = errors
        self.employees = known_employees
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toolkit-load")
        self.msgs = _Builder(_MSG_FIELDS, self.pool)
        self.consent = _Builder(_CONSENT_FIELDS)
        self.recalls = _Builder(_RECALL_FIELDS)
        self.switches = _Builder(_SWITCH_FIELDS)
        self.quarantine = _Builder(_Q_FIELDS)
        self.max_bytes = max_bytes
        # msgid -> fingerprint of its content: a re-delivery with other content is a conflict, not a duplicate
        self.seen: dict[str, int] = {}
        self.repairs: Counter[str] = Counter()
        self.file_rows: list[dict[str, Any]] = []
        self.skipped: dict[str, str] = {}
        self.last_line = 0
        self.conflicts = 0
        # disagree records loaded with an assumed time: (msgid, source, line, repair, detail)
        self.assumed_times: list[tuple[str, str, int, str, str]] = []

    # ---- one file
    def load_file(self, path: Path, *, skip_foreign: bool = False) -> None:
        source = path.as_posix()
        counts = dict.fromkeys(schema.REPORT_KEYS, 0)
        try:
            opened = open_archive_file(path, max_bytes=self.max_bytes)
            if skip_foreign and _foreign(opened.first_records()):
                self.skipped[source] = "not an archive file: its first record has no archive field"
                return
            if opened.truncated:
                warnings.warn(
                    f"{source}: the gzip stream is cut short; the records before the cut were read",
                    QuarantineWarning,
                    stacklevel=4,
                )
            self._read(opened, source, counts)
            if opened.truncated:
                raise FileProblem(Reason.BAD_GZIP, "the gzip stream is cut short here: whatever followed is missing")
        except FileProblem as problem:
            if self.errors == "raise":
                raise ArchiveError(f"{source}: {problem.reason.value}: {problem.detail}") from None
            # One row for the file (or for what was left unread of it): line 0, or the line reading stopped at.
            line = counts["records_read"] and self.last_line + 1
            self.quarantine.rows.append((source, line, problem.reason.value, problem.detail, ""))
            counts["records_read"] += 1
            counts["quarantined"] += 1
        self.file_rows.append({"source": source, **counts})
        if len(self.msgs.rows) >= _CHUNK:
            self.msgs.flush(_MSG_TYPES)

    def _read(self, opened: Any, source: str, counts: dict[str, int]) -> None:
        """Load every record of one opened file into the builders, adding to ``counts`` as it goes."""
        record = self._record
        n = i = 0
        try:
            if opened.layout == "lines":
                # The hot path, inlined: one JSON message per line.
                loads, decode_error, repairs = orjson.loads, orjson.JSONDecodeError, self.repairs
                blocks = opened.line_blocks()
                if opened.encoding != "utf-8":
                    blocks = _count_replaced(blocks, repairs)
                for block in blocks:
                    for line in block:
                        i += 1
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
                        except (_Bad, _Expand, RecursionError) as exc:
                            n += self._slow_line(exc, raw, source, i, counts) - 1
                    if len(self.msgs.rows) >= _CHUNK:
                        self.msgs.flush(_MSG_TYPES)
            else:
                if opened.encoding != "utf-8":
                    bad = opened.data.count(b"\xef\xbf\xbd")  # undecodable bytes of a transcoded file
                    if bad:
                        self.repairs["undecodable_bytes"] += bad
                items = (
                    _array_records(opened.data, opened.whole, self.repairs)
                    if opened.layout == "array"
                    else _object_records(opened.whole, opened.data)
                )
                for i, raw_item, parsed in items:
                    n += 1
                    try:
                        if type(parsed) is _Bad:
                            raise parsed
                        counts[record(parsed, source, i)] += 1
                    except (_Bad, _Expand, RecursionError) as exc:
                        n += self._slow_item(exc, raw_item, parsed, source, i, counts) - 1
        finally:
            counts["records_read"] += n
            self.last_line = i
        if opened.encoding != "utf-8" and n:
            self.repairs[f"decoded_{opened.encoding.replace('-', '_')}"] += n

    def _slow_line(self, exc: BaseException, raw: bytes, source: str, line: int, counts: dict[str, int]) -> int:
        """Handle a line the fast path could not load; returns how many records it held."""
        if isinstance(exc, _Bad) and exc.reason is Reason.BAD_JSON and b"\r" in raw:
            # Records separated by a lone carriage return (old Mac line ends, files joined by hand).
            pieces = [p for p in (q.strip() for q in raw.split(b"\r")) if p]
            if len(pieces) > 1 and any(_parses(p) for p in pieces):
                self.repairs["carriage_return_lines"] += 1
                for piece in pieces:
                    try:
                        counts[self._record(_loads(piece, self.repairs), source, line)] += 1
                    except (_Bad, _Expand, RecursionError) as inner:
                        self._slow_item(inner, piece, None, source, line, counts)
                return len(pieces)
        return self._slow_item(exc, raw, None, source, line, counts)

    def _slow_item(self, exc: BaseException, raw: bytes | None, parsed: Any, source: str, line: int, counts: dict[str, int]) -> int:
        """Quarantine a record, or expand a ``GetChatData`` response into its records; returns how many records."""
        if isinstance(exc, _Expand):
            for k, item in enumerate(exc.items, start=1):
                try:
                    counts[self._record(item, source, line)] += 1
                except (_Bad, RecursionError) as inner:
                    bad = inner if isinstance(inner, _Bad) else _Bad(Reason.BAD_TYPE, "nested too deeply to read")
                    self._quarantine(source, line, _Bad(bad.reason, f"chatdata item {k}: {bad.detail}"), None, item)
                    counts["quarantined"] += 1
                except _Expand:
                    self._quarantine(source, line, _Bad(Reason.BAD_TYPE, f"chatdata item {k} is itself a response"), None, item)
                    counts["quarantined"] += 1
            return len(exc.items)
        bad = exc if isinstance(exc, _Bad) else _Bad(Reason.BAD_TYPE, "nested too deeply to read")
        self._quarantine(source, line, bad, raw, parsed)
        counts["quarantined"] += 1
        return 1

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
            chat = obj.get("chatdata")
            if type(chat) is list:
                raise _Expand(chat)  # a GetChatData response saved on one line
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
            if self._dup(msgid, hash(("recall", pre, sender, roomid, t))):
                return "duplicates"
            self.recalls.rows.append((msgid, pre, sender or None, roomid or None, t, source, line))
            return "recalls"
        if action == "switch":
            user = _str_field(rec, "user", repairs)
            t = _epoch_ms(rec.get("time", rec.get("msgtime")), "time", repairs)
            if self._dup(msgid, hash(("switch", user, t))):
                return "duplicates"
            self.switches.rows.append((msgid, user, t, source, line))
            return "switches"
        if not isinstance(action, str):
            raise _Bad(Reason.BAD_TYPE, f"action is {type(action).__name__}, expected string")
        raise _Bad(Reason.UNKNOWN_ACTION, f"action {action[:40]!r} is none of send, recall, switch")

    def _dup(self, msgid: str, fingerprint: int) -> bool:
        """True for a re-delivery of a record already read; a conflicting one (other content) is quarantined."""
        prev = self.seen.get(msgid)
        if prev is None:
            self.seen[msgid] = fingerprint
            return False
        if prev == fingerprint:
            return True
        self.conflicts += 1
        raise _Bad(Reason.CONFLICTING_DUPLICATE, f"msgid {msgid[:80]} was read before with other content; the first version is loaded")

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
        fingerprint = hash((sender, msgtype, t, receivers, roomid, text, media))
        seen = self.seen
        if msgid in seen:
            if seen[msgid] == fingerprint:
                return "duplicates"
            self._dup(msgid, fingerprint)  # raises: a conflicting duplicate
        seen[msgid] = fingerprint
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
        if self._dup(msgid, hash((msgtype, customer, employee, at))):
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
    if max_file_bytes is not None and (not isinstance(max_file_bytes, int) or max_file_bytes <= 0):
        raise ValueError(f"max_file_bytes must be a positive number of bytes or None; got {max_file_bytes!r}")
    files, walk_skipped = walk(source)

    staff_df = load_staff(staff, tz=tz) if staff is not None else None
    employees = frozenset(staff_df["userid"].dropna()) if staff_df is not None else frozenset()
    loader = _Loader(errors, employees, max_file_bytes)
    loader.skipped.update(walk_skipped)

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

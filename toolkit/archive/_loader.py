"""The loader: reads opened archive files record by record into row builders, then into frames.

Every record read is counted in exactly one place of its file's counts (a
frame, ``duplicates`` or ``quarantined``); :func:`toolkit.archive.load_archive`
drives it over the files and reconciles the report.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..exceptions import ArchiveError, QuarantineWarning, RecordError
from . import schema
from ._bodies import KNOWN_MSGTYPES as _KNOWN
from ._bodies import MEDIA_TYPES as _MEDIA_TYPES
from ._bodies import body_of, media_of, text_of
from ._parse import (
    _EXTERNAL_OR_ROBOT,
    _INT64_MAX,
    _MS_MAX,
    _MS_MIN,
    _Bad,
    _Expand,
    _array_records,
    _count_replaced,
    _epoch_ms,
    _foreign,
    _is_external,
    _loads,
    _object_records,
    _parses,
    _seq,
    _str_field,
    _tolist,
    _unwrap,
)
from ._read import MAX_FILE_BYTES, FileProblem, open_archive_file
from .quarantine import RAW_LIMIT, Reason

_CHUNK = 200_000
_SEP = "\x1f"  # joins receiver ids inside the loader; never a valid id character
_NO_MEDIA = (None, None, None, None, None)


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
            chat_id = schema.CHAT_ID_SEP.join(parties)
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

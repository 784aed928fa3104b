"""Parsing archive records: bytes to JSON (naming every repair), file layouts to records, fields checked.

A record-level problem raises :class:`_Bad` with its quarantine reason; the
loader (:mod:`toolkit.archive._loader`) files it in the quarantine.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import orjson

from . import schema
from .quarantine import Reason

# Plausible epoch range: 2000-01-01 .. 2100-01-01, in ms and in s.
_MS_MIN, _MS_MAX = 946_684_800_000, 4_102_444_800_000
_S_MIN, _S_MAX = _MS_MIN // 1000, _MS_MAX // 1000
# Keys under which some pullers store the decrypted message beside its cursor.
_WRAPPER_KEYS = ("message", "msg", "chat_msg", "decrypted", "decrypt_chat_msg", "plaintext", "data")


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



_EXTERNAL_OR_ROBOT = (*schema.EXTERNAL_PREFIXES, schema.ROBOT_PREFIX)

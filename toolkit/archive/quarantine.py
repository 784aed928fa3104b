"""Quarantine reasons: the fixed set of codes a bad record is filed under."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Reason", "RAW_LIMIT"]

#: How many characters of a bad record's text the quarantine keeps.
RAW_LIMIT = 500


class Reason(StrEnum):
    """Why a record was quarantined.

    Examples
    --------
    >>> Reason.BAD_JSON == "bad_json"
    True
    >>> sorted(r.value for r in Reason)[:3]
    ['bad_gzip', 'bad_json', 'bad_time']
    """

    #: The line or element is not valid JSON (truncated, garbled).
    BAD_JSON = "bad_json"
    #: Valid JSON, but not an object (a number, string or array).
    NOT_AN_OBJECT = "not_an_object"
    #: A field the record's action needs is absent or empty (msgid, from, msgtime, msgtype, body, ...).
    MISSING_FIELD = "missing_field"
    #: A field has a type that cannot be coerced (msgtime a list, tolist a number, ...).
    BAD_TYPE = "bad_type"
    #: The time is not a plausible epoch time (0, negative, not a number, far future).
    BAD_TIME = "bad_time"
    #: Still encrypted (``encrypt_chat_msg``): decrypt it with the SDK first.
    ENCRYPTED = "encrypted"
    #: ``action`` is none of send, recall, switch.
    UNKNOWN_ACTION = "unknown_action"
    #: The same ``msgid`` arrived again with other content (sender, time, type, receivers or text):
    #: the first version is loaded, this one is kept here. Identical re-deliveries are plain duplicates.
    CONFLICTING_DUPLICATE = "conflicting_duplicate"
    #: File level (line 0): the file cannot be read (permissions, I/O error, not a regular file).
    UNREADABLE = "unreadable_file"
    #: File level (line 0): the gzip data is corrupt (bad checksum, bad deflate data, trailing junk).
    BAD_GZIP = "bad_gzip"
    #: File level (line 0): the file (decompressed) is larger than ``max_file_bytes``.
    TOO_LARGE = "too_large"
    #: File level (line 0): the bytes are in no encoding the loader reads (UTF-8/16/32, GB18030, Big5).
    UNKNOWN_ENCODING = "unknown_encoding"

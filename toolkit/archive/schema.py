"""Canonical column names and dtypes of every frame the archive loader returns.

Every other module refers to these constants instead of writing column names as
string literals. Each ``*_COLUMNS`` mapping is ordered: the loader returns the
columns in that order, with those dtypes.

Dtypes
------
- ``str``: pandas' string dtype (missing values are ``NaN``).
- ``Int64``: nullable integer.
- ``datetime64[ns, <tz>]``: tz-aware timestamps in the load's ``tz``; the
  mapping says ``"datetime"`` and :func:`frame_dtypes` fills in the zone.
- ``list<str>``: a pyarrow list of dictionary-encoded strings (each cell reads
  back as a Python ``list`` of ``str``); compact for the long, repetitive
  receiver lists of group chats (see :data:`LIST_STR_TYPE`).
- ``bool``: plain boolean.
- ``float64``: float (NaN when missing).
- ``datetime64[ns]`` (:data:`NAIVE_DATETIME`): naive timestamps, any unit
  (dates without a zone: a KB entry's ``updated_at``, a week's start).
- ``object`` (:data:`OBJECT`): cells holding Python lists, dicts or Series
  (derived frames only: ``msgids``, ``examples``, ``weekly``).

Derived frames (questions, KB, gating, ops) declare their ``*_SCHEMA`` with
the same kinds, next to the function that returns them.

Examples
--------
>>> from toolkit.archive import schema
>>> list(schema.MESSAGE_COLUMNS)[:4]
['msgid', 'seq', 'msgtype', 'sender_id']
>>> schema.empty_frame(schema.CONSENT_COLUMNS).dtypes["at"]
datetime64[ns, Asia/Shanghai]
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa

from ..exceptions import SchemaError
from .._validate import require_columns

__all__ = [
    "GLOSSARY",
    "CHAT_ID_SEP",
    "chat_parties",
    "other_party",
    "pair_chat_id",
    "DEFAULT_TZ",
    "SENDER_KINDS",
    "CHAT_TYPES",
    "CONSENT_STATUSES",
    "MESSAGE_COLUMNS",
    "CONSENT_COLUMNS",
    "RECALL_COLUMNS",
    "SWITCH_COLUMNS",
    "QUARANTINE_COLUMNS",
    "CONVERSATION_COLUMNS",
    "SCOPE_COLUMNS",
    "ROOM_COLUMNS",
    "ROOM_MEMBER_COLUMNS",
    "STAFF_COLUMNS",
    "FILE_COLUMNS",
    "REPORT_KEYS",
    "EXTERNAL_PREFIXES",
    "ROBOT_PREFIX",
    "id_kind",
    "id_kinds",
    "frame_dtypes",
    "empty_frame",
    "validate_frame",
    "validate_messages",
    "to_timestamp",
]

DEFAULT_TZ = "Asia/Shanghai"

#: ``sender_kind`` values. Robots have external-style ids starting with ``wb``.
SENDER_KINDS = ("employee", "external", "robot")
#: Id prefixes: external contacts (``wm`` WeChat users, ``wo`` other corps' users)
#: and robots (``wb``); internal userids have no prefix rule.
EXTERNAL_PREFIXES = ("wm", "wo")
ROBOT_PREFIX = "wb"

#: ``chat_type`` values: a group (``roomid`` set), a 1:1 chat with an external
#: party, or a 1:1 chat between employees.
CHAT_TYPES = ("single", "group", "internal")
#: ``status`` values of the consent frame.
CONSENT_STATUSES = ("agree", "disagree")

STR = "str"
INT = "Int64"
DATETIME = "datetime"
LIST_STR = "list<str>"
BOOL = "bool"
FLOAT = "float64"
#: Naive timestamps (no zone), any resolution; derived frames only.
NAIVE_DATETIME = "datetime64[ns]"
#: Cells holding Python objects (lists, dicts, Series); derived frames only.
OBJECT = "object"

#: One row per chat record (action ``send``, msgtype not agree/disagree).
MESSAGE_COLUMNS: dict[str, str] = {
    "msgid": STR,
    "seq": INT,  # the pull cursor, when the export kept it
    "msgtype": STR,
    "sender_id": STR,
    "sender_kind": STR,  # employee / external / robot
    "receiver_ids": LIST_STR,
    "roomid": STR,  # NaN for 1:1 chats
    "chat_type": STR,  # single / group / internal
    "chat_id": STR,  # roomid, or "a|b" (the sorted pair) for 1:1 chats
    "sent_at": DATETIME,
    "text": STR,  # readable text of any type that carries some, else NaN
    "is_recalled": BOOL,
    "sdkfileid": STR,
    "filesize": INT,
    "md5sum": STR,
    "fileext": STR,
    "play_seconds": INT,  # voice / video length
    "raw": STR,  # the record's JSON, kept for unknown msgtypes only
    "source": STR,
    "line": INT,
}

#: Customers' archive consent (agree / disagree records).
CONSENT_COLUMNS: dict[str, str] = {
    "msgid": STR,
    "customer_id": STR,
    "employee_id": STR,
    "status": STR,  # agree / disagree
    "at": DATETIME,
    "source": STR,
    "line": INT,
}

#: Recall records (action ``recall``); ``pre_msgid`` is the recalled message.
RECALL_COLUMNS: dict[str, str] = {
    "msgid": STR,
    "pre_msgid": STR,
    "sender_id": STR,
    "roomid": STR,
    "recalled_at": DATETIME,
    "source": STR,
    "line": INT,
}

#: Enterprise switch log (action ``switch``).
SWITCH_COLUMNS: dict[str, str] = {
    "msgid": STR,
    "user_id": STR,
    "at": DATETIME,
    "source": STR,
    "line": INT,
}

#: Records that could not be loaded, with where and why.
QUARANTINE_COLUMNS: dict[str, str] = {
    "source": STR,
    "line": INT,  # line of a JSONL file, element number of a JSON array
    "reason": STR,  # a toolkit.archive.Reason code
    "detail": STR,
    "raw": STR,  # the record's text, truncated
}

#: One row per conversation (see toolkit.archive.sessionize).
CONVERSATION_COLUMNS: dict[str, str] = {
    "conversation_id": STR,
    "chat_id": STR,
    "chat_type": STR,
    "start": DATETIME,
    "end": DATETIME,
    "n_messages": INT,
    "n_customer": INT,
    "n_employee": INT,
    "employees": LIST_STR,
    "customers": LIST_STR,
}

#: Archive scope: who is archived, optionally from ``since`` until ``until``.
SCOPE_COLUMNS: dict[str, str] = {
    "userid": STR,
    "since": DATETIME,  # NaT: since the beginning
    "until": DATETIME,  # NaT: still in scope
}

#: Group chats (``msgaudit/groupchat/get`` or ``externalcontact/groupchat/get``).
ROOM_COLUMNS: dict[str, str] = {
    "roomid": STR,
    "room_name": STR,
    "creator": STR,
    "created_at": DATETIME,
    "n_members": INT,
}

#: Group members, one row per room and member.
ROOM_MEMBER_COLUMNS: dict[str, str] = {
    "roomid": STR,
    "member_id": STR,
    "member_kind": STR,  # employee / external / robot
    "joined_at": DATETIME,
}

#: Staff directory.
STAFF_COLUMNS: dict[str, str] = {
    "userid": STR,
    "name": STR,
    "department": STR,
    "role": STR,
    "left_at": DATETIME,  # NaT: still employed
    "successor": STR,
}

#: Per-file load statistics (the report, broken down by file).
FILE_COLUMNS: dict[str, str] = {
    "source": STR,
    "records_read": INT,
    "messages": INT,
    "consent": INT,
    "recalls": INT,
    "switches": INT,
    "duplicates": INT,
    "quarantined": INT,
    "first_sent_at": DATETIME,
    "last_sent_at": DATETIME,
}

#: Keys of ``Archive.report``; ``records_read`` equals the sum of the other six.
REPORT_KEYS = ("records_read", "messages", "consent", "recalls", "switches", "duplicates", "quarantined")


#: The Arrow type behind ``list<str>`` columns.
LIST_STR_TYPE = pa.list_(pa.dictionary(pa.int32(), pa.string()))


def id_kind(uid: str, employees: frozenset[str] = frozenset()) -> str:
    """The ``sender_kind`` of one id: employee, external or robot.

    Ids in ``employees`` (a staff directory) are always employees.

    Examples
    --------
    >>> [id_kind(u) for u in ("zhangsan", "wmAbc", "woXyz", "wbBot")]
    ['employee', 'external', 'external', 'robot']
    """
    if uid in employees:
        return "employee"
    if uid.startswith(ROBOT_PREFIX):
        return "robot"
    if uid.startswith(EXTERNAL_PREFIXES):
        return "external"
    return "employee"


def id_kinds(ids: pd.Series, employees: frozenset[str] = frozenset()) -> pd.Series:
    """:func:`id_kind` over a Series of ids (vectorised), as a ``str`` Series.

    Examples
    --------
    >>> id_kinds(pd.Series(["lisi", "wmA", "wbB"])).tolist()
    ['employee', 'external', 'robot']
    """
    ids = ids.astype("str")
    kind = np.where(
        ids.str.startswith(ROBOT_PREFIX),
        "robot",
        np.where(ids.str.startswith(EXTERNAL_PREFIXES), "external", "employee"),
    )
    out = pd.Series(kind, index=ids.index, dtype="str")
    if employees:
        out = out.mask(ids.isin(employees), "employee")
    return out


#: The toolkit's vocabulary: one meaning per name, in columns and in
#: parameters (``docs/glossary.md`` shows it as a table; a test keeps the two
#: the same). Columns read from WeCom's exports keep WeCom's names
#: (``userid``, ``roomid``) so a row can be traced back to its file.
GLOSSARY: dict[str, str] = {
    "archive": "an Archive (load_archive's result); the first parameter of a function that needs side tables or consent",
    "messages": "the messages frame (Archive.messages or a slice of it); the first parameter of a function that needs only messages",
    "archive_or_messages": "the first parameter of a function that takes either",
    "sender_id": "the author of a message: an employee, an external customer or a robot (see sender_kind)",
    "employee_id": "the employee side of a 1:1 relationship or of a question (derived by the toolkit)",
    "customer_id": "the external side of a 1:1 relationship or of a question (an external_userid, wm.../wo...)",
    "userid": "an employee as WeCom's side tables name it (scope, staff); kept as exported",
    "user_id": "the person a switch record or an access check is about (an employee or an auditor)",
    "member_id": "a member of a group chat (room members table)",
    "chat_id": "roomid for a group; for a 1:1 chat the two ids sorted and joined by a vertical bar, CHAT_ID_SEP (pair_chat_id, chat_parties, other_party)",
    "conversation_id": "one conversation: a chat's messages split where a gap exceeds 30 minutes (sessionize)",
    "licenses": "archive seats (会话存档 licences) in function names and columns: optimize_licenses, unused_licenses, licenses",
    "random_state": "an int seed (0 by default), a numpy Generator, or None for fresh entropy",
    "as_of": "the time a rule is evaluated at (consent, scope); defaults to each message's own time",
    "tz": "the time zone of naive times and of the frames' tz-aware columns (Asia/Shanghai by default)",
}


#: Between the two parties of a 1:1 chat's ``chat_id`` (``"a|b"``, the sorted pair).
CHAT_ID_SEP = "|"


def pair_chat_id(a: str, b: str) -> str:
    """The ``chat_id`` of the 1:1 chat between ``a`` and ``b``: the two ids sorted, joined by ``|``.

    Examples
    --------
    >>> pair_chat_id("zhangsan", "wmAbc")
    'wmAbc|zhangsan'
    """
    return CHAT_ID_SEP.join(sorted((a, b)))


def chat_parties(chat_ids: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The two parties of each 1:1 ``chat_id`` (``"a|b"``), as two Series aligned to ``chat_ids``.

    A ``chat_id`` that is not a pair (a group's ``roomid``, a missing value)
    gives ``<NA>`` on both sides.

    Examples
    --------
    >>> a, b = chat_parties(pd.Series(["wmA|zhangsan", "wrRoom1", None]))
    >>> a.tolist(), b.tolist()
    (['wmA', <NA>, <NA>], ['zhangsan', <NA>, <NA>])
    """
    ids = chat_ids.astype("string")
    parts = ids.str.split(CHAT_ID_SEP, n=1, regex=False)
    is_pair = parts.str.len().eq(2).fillna(False).astype(bool)
    a = parts.str[0].where(is_pair).astype("string")
    b = parts.str[1].where(is_pair).astype("string")
    return a, b


def other_party(chat_ids: pd.Series, uids: pd.Series) -> pd.Series:
    """In each 1:1 ``chat_id``, the party that is not ``uid``; ``<NA>`` when ``uid`` is not in the pair.

    Examples
    --------
    >>> other_party(pd.Series(["wmA|zhangsan", "wmA|zhangsan", "wrRoom1"]),
    ...             pd.Series(["wmA", "zhangsan", "wmA"])).tolist()
    ['zhangsan', 'wmA', <NA>]
    """
    a, b = chat_parties(chat_ids)
    u = pd.Series(uids, index=chat_ids.index).astype("string")
    out = b.where(a.eq(u).fillna(False).astype(bool), a.where(b.eq(u).fillna(False).astype(bool)))
    return out.astype("string")


def _dtype(kind: str, tz: str) -> object:
    if kind == DATETIME:
        return pd.DatetimeTZDtype(unit="ns", tz=tz)
    if kind == LIST_STR:
        return pd.ArrowDtype(LIST_STR_TYPE)
    return kind


def frame_dtypes(columns: Mapping[str, str], tz: str = DEFAULT_TZ) -> dict[str, object]:
    """Concrete pandas dtypes for a ``*_COLUMNS`` mapping.

    Examples
    --------
    >>> frame_dtypes(SCOPE_COLUMNS)["since"]
    datetime64[ns, Asia/Shanghai]
    """
    return {name: _dtype(kind, tz) for name, kind in columns.items()}


def empty_frame(columns: Mapping[str, str], tz: str = DEFAULT_TZ) -> pd.DataFrame:
    """An empty frame with the given columns and dtypes.

    Examples
    --------
    >>> empty_frame(STAFF_COLUMNS).shape
    (0, 6)
    """
    return pd.DataFrame({name: pd.Series([], dtype=dt) for name, dt in frame_dtypes(columns, tz).items()})


def validate_frame(df: pd.DataFrame, columns: Mapping[str, str], *, name: str = "frame") -> pd.DataFrame:
    """Check that ``df`` has every column of ``columns`` with a compatible dtype.

    Returns ``df`` unchanged, so it can be used inline.

    Raises
    ------
    SchemaError
        When a column is missing or has an incompatible dtype.

    Examples
    --------
    >>> import pandas as pd
    >>> validate_frame(pd.DataFrame({"userid": ["a"]}), SCOPE_COLUMNS, name="scope")
    Traceback (most recent call last):
    ...
    toolkit.exceptions.SchemaError: scope lacks columns ['since', 'until']
    """
    require_columns(df, columns, name)
    bad = []
    for col, kind in columns.items():
        dt = df[col].dtype
        ok = True
        if kind == DATETIME:
            ok = isinstance(dt, pd.DatetimeTZDtype)
        elif kind == INT:
            ok = pd.api.types.is_integer_dtype(dt)
        elif kind == BOOL:
            ok = pd.api.types.is_bool_dtype(dt)
        elif kind == STR:
            ok = pd.api.types.is_string_dtype(dt) or dt == object
        elif kind == NAIVE_DATETIME:
            ok = pd.api.types.is_datetime64_dtype(dt) and not isinstance(dt, pd.DatetimeTZDtype)
        elif kind == OBJECT:
            ok = dt == object
        if not ok:
            bad.append(f"{col} ({dt}, expected {kind})")
    if bad:
        raise SchemaError(f"{name} has columns of the wrong dtype: {', '.join(bad)}")
    return df


def validate_messages(df: pd.DataFrame) -> pd.DataFrame:
    """Check a messages frame against :data:`MESSAGE_COLUMNS`.

    Examples
    --------
    >>> validate_messages(empty_frame(MESSAGE_COLUMNS)).shape
    (0, 20)
    """
    return validate_frame(df, MESSAGE_COLUMNS, name="messages")


def to_timestamp(value: object, tz: str, name: str) -> pd.Timestamp | None:
    """A time bound given by a user (``since``, ``until``, ...) as a Timestamp in ``tz``; None stays None.

    Naive values are taken to be in ``tz``; anything that is not a time is a
    ``ValueError`` naming the parameter.

    Examples
    --------
    >>> to_timestamp("2026-07-03", "Asia/Shanghai", "since")
    Timestamp('2026-07-03 00:00:00+0800', tz='Asia/Shanghai')
    >>> to_timestamp("soon", "Asia/Shanghai", "until")
    Traceback (most recent call last):
    ...
    ValueError: until must be a date or time such as '2026-07-03'; got 'soon'
    """
    if value is None:
        return None
    try:
        ts = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a date or time such as '2026-07-03'; got {value!r}") from exc
    if ts is pd.NaT:
        raise ValueError(f"{name} must be a date or time such as '2026-07-03'; got {value!r}")
    return ts.tz_localize(tz) if ts.tzinfo is None else ts.tz_convert(tz)

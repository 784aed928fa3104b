"""Reply efficiency: first reply time per conversation and reply time per customer question.

Definitions (Zendesk-like, adapted to chat streams, which have no tickets):

- **Human reply.** A message of an employee (``sender_kind == "employee"``).
  Robot messages (``wb`` ids, ``sender_kind == "robot"``) never count, and
  neither do *automatic replies* (see :func:`automatic_replies`): the
  welcome or away messages an employee's account sends by itself.
- **First reply time** (Zendesk: ticket created → first public agent
  comment). A *conversation* is a run of messages in one chat with no
  silence longer than ``gap`` (30 minutes, as
  :func:`toolkit.archive.sessionize`), counting only human messages. A
  conversation the customer opens (its first message is the customer's)
  plays the ticket: its first reply time runs from that first message to the
  first employee message in the same chat after it, even when the reply comes
  after a long silence (the next morning), up to ``max_wait`` (24 h);
  later, or never, means unanswered. Conversations an employee opens have no
  first reply time.
- **Reply time per question** (Zendesk: requester wait between agent
  replies). Each customer question turn of
  :func:`toolkit.questions.extract_questions` (its ``ended_at``, the last
  message of the turn) to the first human employee message after it in the
  same chat, up to ``max_wait``.
- **Business hours** (optional): only time inside opening hours counts
  (Zendesk's business-hours metrics), see :class:`BusinessHours`.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from ..archive import conversation_ids, schema
from ..archive.consent import refused_mask
from ..archive.load import Archive
from ..questions import extract_questions
from ..text import normalize_series
from ._common import OpsDataWarning, _timedelta, _timestamp, _week
from .._validate import check_random_state

__all__ = [
    "BusinessHours",
    "business_seconds",
    "automatic_replies",
    "reply_times",
    "first_reply_times",
    "summarize_reply_times",
    "compare_periods",
    "check_change_date",
]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HHMM = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")


def _minutes(name: str, value: str) -> int:
    m = _HHMM.match(value.strip()) if isinstance(value, str) else None
    if not m or int(m.group(1)) * 60 + int(m.group(2)) > 24 * 60:
        raise ValueError(f"{name} must be a time 'HH:MM' such as '09:00'; got {value!r}")
    return int(m.group(1)) * 60 + int(m.group(2))


@dataclass(frozen=True)
class BusinessHours:
    """Opening hours: only time inside them counts in business-hours reply times.

    Parameters
    ----------
    start, end : str
        Opening and closing time, ``"HH:MM"`` local time (``end`` after
        ``start``; no overnight shifts).
    weekdays : tuple of str
        Open days, from ``Mon`` ... ``Sun``.
    holidays : tuple of str
        Closed dates (``YYYY-MM-DD``), e.g. public holidays.

    Examples
    --------
    >>> BusinessHours.parse("09:00-18:00 Mon-Fri")
    BusinessHours(start='09:00', end='18:00', weekdays=('Mon', 'Tue', 'Wed', 'Thu', 'Fri'), holidays=())
    >>> BusinessHours.parse("10:00-22:00 Mon-Sun").seconds_per_day
    43200
    """

    start: str = "09:00"
    end: str = "18:00"
    weekdays: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri")
    holidays: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        s, e = _minutes("start", self.start), _minutes("end", self.end)
        if e <= s:
            raise ValueError(f"end must be after start; got {self.start!r}-{self.end!r}")
        bad = [d for d in self.weekdays if d not in _DAYS]
        if bad or not self.weekdays:
            raise ValueError(f"weekdays must be a non-empty tuple of {_DAYS}; got {self.weekdays!r}")
        for h in self.holidays:
            try:
                np.datetime64(h, "D")
            except ValueError as exc:
                raise ValueError(f"holidays must be dates 'YYYY-MM-DD'; got {h!r}") from exc

    @classmethod
    def parse(cls, text: str) -> BusinessHours:
        """From ``"HH:MM-HH:MM Day-Day"`` (or ``"... Mon,Wed,Fri"``); the days default to Mon-Fri."""
        if not isinstance(text, str):
            raise TypeError(f"business hours must be a str such as '09:00-18:00 Mon-Fri'; got {type(text).__name__}")
        parts = text.split()
        if not parts or "-" not in parts[0]:
            raise ValueError(f"business hours must look like '09:00-18:00 Mon-Fri'; got {text!r}")
        start, end = parts[0].split("-", 1)
        days: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri")
        if len(parts) > 1:
            spec = parts[1]
            if "-" in spec:
                a, b = spec.split("-", 1)
                if a not in _DAYS or b not in _DAYS:
                    raise ValueError(f"days must be like 'Mon-Fri'; got {spec!r}")
                i, j = _DAYS.index(a), _DAYS.index(b)
                days = _DAYS[i : j + 1] if i <= j else _DAYS[i:] + _DAYS[: j + 1]
            else:
                days = tuple(spec.split(","))
        return cls(start=start, end=end, weekdays=days)

    @property
    def seconds_per_day(self) -> int:
        """Open seconds on an open day."""
        return (_minutes("end", self.end) - _minutes("start", self.start)) * 60

    def _weekmask(self) -> str:
        return "".join("1" if d in self.weekdays else "0" for d in _DAYS)


def _as_hours(value: Any) -> BusinessHours | None:
    if value is None or isinstance(value, BusinessHours):
        return value
    if isinstance(value, str):
        return BusinessHours.parse(value)
    raise TypeError(f"business_hours must be None, a BusinessHours or a str such as '09:00-18:00 Mon-Fri'; got {type(value).__name__}")


def _business_clock(times: pd.Series, hours: BusinessHours, ref: np.datetime64) -> np.ndarray:
    """Open seconds from ``ref`` (a date) to each time (float, NaN for NaT)."""
    local = times.dt.tz_localize(None) if isinstance(times.dtype, pd.DatetimeTZDtype) else times
    ok = local.notna().to_numpy()
    out = np.full(len(local), np.nan)
    if not ok.any():
        return out
    t = local[ok].to_numpy(dtype="datetime64[ns]")
    day = t.astype("datetime64[D]")
    mask, hol = hours._weekmask(), np.array(hours.holidays, dtype="datetime64[D]")
    full_days = np.busday_count(ref, day, weekmask=mask, holidays=hol)
    open_today = np.is_busday(day, weekmask=mask, holidays=hol)
    sec = (t - day.astype("datetime64[ns]")).astype("int64") / 1e9
    s0 = _minutes("start", hours.start) * 60
    inside = np.clip(sec - s0, 0, hours.seconds_per_day) * open_today
    out[ok] = full_days * hours.seconds_per_day + inside
    return out


def business_seconds(start: pd.Series, end: pd.Series, hours: BusinessHours | str) -> pd.Series:
    """Seconds of business time between each ``start`` and ``end``.

    Counts only the open hours of open days (local time of the timestamps),
    the way Zendesk's business-hours metrics do. Vectorised with
    :func:`numpy.busday_count`.

    Parameters
    ----------
    start, end : pandas.Series
        Aligned timestamps (tz-aware or naive local); NaT gives NaN.
    hours : BusinessHours or str
        Opening hours, or a string for :meth:`BusinessHours.parse`.

    Returns
    -------
    pandas.Series
        Float seconds, aligned with ``start``; negative when ``end`` is
        before ``start``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.Series(pd.to_datetime(["2026-07-03 17:30", "2026-07-04 10:00"]).tz_localize("Asia/Shanghai"))
    >>> e = pd.Series(pd.to_datetime(["2026-07-06 09:45", "2026-07-04 11:00"]).tz_localize("Asia/Shanghai"))
    >>> business_seconds(s, e, "09:00-18:00 Mon-Fri").tolist()  # Fri 17:30 -> Mon 09:45; a Saturday
    [4500.0, 0.0]
    """
    hours = _as_hours(hours)
    assert hours is not None
    if len(start) != len(end):
        raise ValueError(f"start and end must have the same length; got {len(start)} and {len(end)}")
    both = pd.concat([start, end], ignore_index=True)
    local = both.dt.tz_localize(None) if isinstance(both.dtype, pd.DatetimeTZDtype) else both
    if local.notna().any():
        ref = local.min().to_datetime64().astype("datetime64[D]")
    else:
        ref = np.datetime64("2000-01-01", "D")
    a = _business_clock(start, hours, ref)
    b = _business_clock(end, hours, ref)
    return pd.Series(b - a, index=start.index, dtype="float64")


def automatic_replies(
    messages: pd.DataFrame,
    *,
    within: str | pd.Timedelta = "3s",
    min_repeats: int = 5,
    templates: Iterable[str] = (),
) -> pd.Series:
    """Flag employee messages that are automatic replies, not typed by a person.

    WeCom accounts (and vendors' tools) can send a welcome message or an
    away message by themselves; they must not count as replies. An employee
    message is automatic when

    - its normalised text is one of ``templates`` (the configured welcome or
      away texts, when known), or
    - it follows a customer message in the same chat within ``within`` and
      the same employee sent that same normalised text, that fast, at least
      ``min_repeats`` times (a person does not type the same sentence within
      three seconds again and again; a canned auto-reply does).

    Parameters
    ----------
    messages : pandas.DataFrame
        ``Archive.messages`` (``msgid``, ``sender_id``, ``sender_kind``,
        ``chat_id``, ``sent_at``, ``text``).
    within : str or pandas.Timedelta
        Fastest human reply.
    min_repeats : int
        Repeats of one fast text that make it a template.
    templates : iterable of str
        Known auto-reply texts (normalised before matching).

    Returns
    -------
    pandas.Series
        Bool, aligned with ``messages``' index; True for automatic replies.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00:00", "2026-07-01 09:00:01", "2026-07-01 09:05:00"]).tz_localize("Asia/Shanghai")
    >>> m = pd.DataFrame({"msgid": ["a", "b", "c"], "sender_id": ["wmA", "zs", "zs"],
    ...     "sender_kind": ["external", "employee", "employee"], "chat_id": "wmA|zs", "sent_at": t,
    ...     "text": ["在吗", "您好，我现在不在，稍后回复您", "在的"]})
    >>> automatic_replies(m, templates=["您好，我现在不在，稍后回复您"]).tolist()
    [False, True, False]
    """
    schema.validate_frame(messages, {k: schema.MESSAGE_COLUMNS[k] for k in ("msgid", "sender_id", "sender_kind", "chat_id", "sent_at", "text")}, name="messages")
    within_td = _timedelta("within", within)
    if not isinstance(min_repeats, (int, np.integer)) or isinstance(min_repeats, bool) or min_repeats < 1:
        raise ValueError(f"min_repeats must be a positive int; got {min_repeats!r}")
    if isinstance(templates, str):
        raise TypeError("templates must be an iterable of texts, not a single string")
    m = messages[["msgid", "sender_id", "sender_kind", "chat_id", "sent_at", "text"]].sort_values(["chat_id", "sent_at", "msgid"], kind="stable")
    is_emp = m["sender_kind"].eq("employee")
    norm = pd.Series(pd.NA, index=m.index, dtype="str")
    if is_emp.any():
        norm[is_emp] = normalize_series(m.loc[is_emp, "text"].astype("str"))
    tmpl = set(normalize_series(pd.Series(list(templates), dtype="str")).dropna()) if templates else set()
    by_template = is_emp & norm.isin(tmpl)
    same_chat = m["chat_id"].eq(m["chat_id"].shift(1))
    prev_cust = m["sender_kind"].shift(1).eq("external") & same_chat
    fast = is_emp & prev_cust & ((m["sent_at"] - m["sent_at"].shift(1)) <= within_td) & norm.notna()
    counts = pd.DataFrame({"s": m["sender_id"], "t": norm})[fast].value_counts()
    repeated = counts[counts >= min_repeats]
    by_repeat = pd.Series(False, index=m.index)
    if len(repeated):
        keys = pd.MultiIndex.from_arrays([m["sender_id"], norm])
        by_repeat = pd.Series(keys.isin(repeated.index), index=m.index) & fast
    out = (by_template | by_repeat).astype(bool)
    return out.reindex(messages.index).rename("is_automatic")


def _human(archive_or_messages: Any, exclude_automatic: bool, auto: dict[str, Any]) -> tuple[Any, pd.DataFrame, dict[str, int]]:
    if isinstance(archive_or_messages, Archive):
        messages = archive_or_messages.messages
    elif isinstance(archive_or_messages, pd.DataFrame):
        messages = archive_or_messages
    else:
        raise TypeError(
            f"archive_or_messages must be a toolkit.archive.Archive or a messages DataFrame; got {type(archive_or_messages).__name__}"
        )
    schema.validate_frame(messages, {k: schema.MESSAGE_COLUMNS[k] for k in ("msgid", "sender_id", "sender_kind", "chat_id", "chat_type", "sent_at", "text")}, name="messages")
    robot = messages["sender_kind"].eq("robot")
    automatic = automatic_replies(messages, **auto) if exclude_automatic else pd.Series(False, index=messages.index)
    keep = messages[~robot & ~automatic & messages["chat_type"].isin(("single", "group"))]
    counts = {"robot_messages": int(robot.sum()), "automatic_replies": int(automatic.sum())}
    if isinstance(archive_or_messages, Archive):
        return dataclasses.replace(archive_or_messages, messages=keep), keep, counts
    return keep, keep, counts


def _finish(out: pd.DataFrame, start_col: str, hours: BusinessHours | None, max_wait: pd.Timedelta) -> pd.DataFrame:
    late = out["reply_at"] - out[start_col] > max_wait
    for col in ("reply_at",):
        out.loc[late, col] = pd.NaT
    out.loc[late, "reply_employee_id"] = pd.NA
    out["calendar_seconds"] = ((out["reply_at"] - out[start_col]).dt.total_seconds()).astype("float64")
    if hours is not None:
        out["reply_seconds"] = business_seconds(out[start_col], out["reply_at"], hours).where(out["reply_at"].notna())
    else:
        out["reply_seconds"] = out["calendar_seconds"]
    out["is_answered"] = out["reply_at"].notna().astype(bool)
    out["week"] = _week(out[start_col])
    return out


_AUTO_DOC_DEFAULTS = {"within": "3s", "min_repeats": 5, "templates": ()}


def reply_times(
    archive_or_messages: Archive | pd.DataFrame,
    *,
    max_wait: str | pd.Timedelta = "24h",
    business_hours: BusinessHours | str | None = None,
    questions_only: bool = True,
    exclude_automatic: bool = True,
    auto_within: str | pd.Timedelta = "3s",
    auto_min_repeats: int = 5,
    auto_templates: Iterable[str] = (),
) -> pd.DataFrame:
    """Reply time of each customer question turn (see the module's definitions).

    Turns come from :func:`toolkit.questions.extract_questions` (customers
    who refused archiving are excluded there) run on the human messages of
    customer chats (robots and automatic replies removed) with a conversation
    gap of ``max_wait``, so that a reply the next morning still pairs with
    its question.

    Parameters
    ----------
    archive_or_messages : Archive or pandas.DataFrame
        A loaded archive, or its messages.
    max_wait : str or pandas.Timedelta
        A reply later than this counts as no reply (default 24 h).
    business_hours : BusinessHours or str, optional
        Count only open hours (e.g. ``"09:00-18:00 Mon-Fri"``) in
        ``reply_seconds``.
    questions_only : bool
        Keep only turns that are questions (default); False keeps every
        customer turn (greetings and thanks too).
    exclude_automatic : bool
        Remove automatic replies (:func:`automatic_replies`) first.
    auto_within, auto_min_repeats, auto_templates
        Passed to :func:`automatic_replies` as ``within``, ``min_repeats``,
        ``templates``.

    Returns
    -------
    pandas.DataFrame
        One row per turn, sorted by ``asked_at``: ``question_id``,
        ``conversation_id``, ``chat_id``, ``chat_type``, ``customer_id``,
        ``employee_id`` (the employee of a 1:1 chat, or who replied in a
        group), ``asked_at``, ``ended_at``, ``text``, ``is_question``,
        ``reply_at``, ``reply_employee_id``, ``calendar_seconds`` (wall
        time from ``ended_at`` to the reply), ``reply_seconds`` (the
        measure: business seconds with ``business_hours``, else the same as
        ``calendar_seconds``; NaN when unanswered), ``is_answered``,
        ``week`` (Monday of ``asked_at``'s week). ``attrs`` holds the
        counts excluded: ``robot_messages``, ``automatic_replies``,
        ``excluded_refused``, and ``business_hours``.

    Raises
    ------
    TypeError
        Not an Archive or a DataFrame.
    toolkit.exceptions.SchemaError
        The messages lack a column.
    ValueError
        A bad duration or business-hours string.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> rt = reply_times(tiny_archive())
    >>> rt[["customer_id", "text", "reply_employee_id", "reply_seconds"]]
      customer_id       text reply_employee_id  reply_seconds
    0         wmB  你好，保修多久？                zs          300.0
    1         wmC    电池能用多久？                ls          600.0
    2         wmB    退货怎么申请？                ww         1200.0
    3         wmC     发票怎么开？                ls          120.0
    4         wmC     换货要几天？               NaN            NaN
    5         wmA     快递到哪了？                zs           60.0
    6         wmC  换货的事怎么样了？                zs        10800.0
    7         wmB    退款多久到账？               NaN            NaN
    >>> reply_times(tiny_archive(), business_hours="09:00-18:00 Mon-Fri")["reply_seconds"].iloc[2]
    np.float64(0.0)
    """
    hours = _as_hours(business_hours)
    wait = _timedelta("max_wait", max_wait)
    auto = {"within": auto_within, "min_repeats": auto_min_repeats, "templates": auto_templates}
    source, _, counts = _human(archive_or_messages, exclude_automatic, auto)
    q = extract_questions(source, conversation_gap=wait)
    excluded = int(q.attrs.get("excluded_refused", 0))
    if questions_only:
        q = q[q["is_question"]]
    cols = ["question_id", "conversation_id", "chat_id", "chat_type", "customer_id", "employee_id", "asked_at",
            "ended_at", "text", "is_question", "reply_at", "reply_employee_id"]
    out = q[cols].reset_index(drop=True).copy()
    out = _finish(out, "ended_at", hours, wait)
    out.attrs.update(counts, excluded_refused=excluded, business_hours=None if hours is None else str(hours))
    return out


def first_reply_times(
    archive_or_messages: Archive | pd.DataFrame,
    *,
    gap: str | pd.Timedelta = "30min",
    max_wait: str | pd.Timedelta = "24h",
    business_hours: BusinessHours | str | None = None,
    exclude_automatic: bool = True,
    auto_within: str | pd.Timedelta = "3s",
    auto_min_repeats: int = 5,
    auto_templates: Iterable[str] = (),
) -> pd.DataFrame:
    """First reply time of each conversation a customer opens (see the module's definitions).

    Parameters
    ----------
    archive_or_messages : Archive or pandas.DataFrame
        A loaded archive, or its messages. 1:1 chats with customers and
        group chats count; internal chats do not. With an ``Archive``, 1:1
        chats of customers who refused archiving are left out (as in
        :func:`toolkit.questions.extract_questions`).
    gap : str or pandas.Timedelta
        Silence that ends a conversation (default 30 minutes).
    max_wait, business_hours, exclude_automatic, auto_within, auto_min_repeats, auto_templates
        As in :func:`reply_times`.

    Returns
    -------
    pandas.DataFrame
        One row per customer-opened conversation, sorted by ``started_at``:
        ``conversation_id``, ``chat_id``, ``chat_type``, ``customer_id``
        (who opened it), ``employee_id`` (the other party of a 1:1 chat,
        or who replied in a group), ``started_at``, ``reply_at``,
        ``reply_employee_id``, ``calendar_seconds``, ``reply_seconds``,
        ``is_answered``, ``week``. ``attrs`` as in :func:`reply_times`.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> f = first_reply_times(tiny_archive())
    >>> f[["customer_id", "employee_id", "reply_seconds", "is_answered"]]
      customer_id employee_id  reply_seconds  is_answered
    0         wmB          zs          300.0         True
    1         wmC          ls          600.0         True
    2         wmB          ww         1200.0         True
    3         wmC          ls          120.0         True
    4         wmC          ls            NaN        False
    5         wmA          zs           60.0         True
    6         wmC          zs        10800.0         True
    7         wmB          zs           30.0         True
    8         wmB          zs            NaN        False
    """
    hours = _as_hours(business_hours)
    wait = _timedelta("max_wait", max_wait)
    gap_td = _timedelta("gap", gap)
    auto = {"within": auto_within, "min_repeats": auto_min_repeats, "templates": auto_templates}
    source, m, counts = _human(archive_or_messages, exclude_automatic, auto)
    excluded = 0
    if isinstance(source, Archive) and not source.consent.empty:
        refused = refused_mask(m.reset_index(drop=True), source.consent).to_numpy()
        excluded = int((refused & m["sender_kind"].eq("external").to_numpy()).sum())
        m = m[~refused]
    m = m[["msgid", "sender_id", "sender_kind", "receiver_ids", "chat_id", "chat_type", "sent_at"]].copy() if "receiver_ids" in m else m.copy()
    m["conversation_id"] = conversation_ids(m, gap=gap_td)
    m = m.sort_values(["sent_at", "msgid"], kind="stable")
    first = m.groupby("conversation_id", sort=False).head(1)
    starts = first[first["sender_kind"].eq("external")].rename(columns={"sent_at": "started_at", "sender_id": "customer_id"})
    emp = m[m["sender_kind"].eq("employee")][["chat_id", "sent_at", "sender_id"]].rename(
        columns={"sent_at": "reply_at", "sender_id": "reply_employee_id"}
    )
    tz = m["sent_at"].dt.tz
    starts = starts.sort_values("started_at", kind="stable")
    joined = pd.merge_asof(
        starts, emp.sort_values("reply_at", kind="stable"), left_on="started_at", right_on="reply_at",
        by="chat_id", direction="forward", allow_exact_matches=False,
    )
    out = joined[["conversation_id", "chat_id", "chat_type", "customer_id", "started_at", "reply_at", "reply_employee_id"]].copy()
    out["reply_at"] = out["reply_at"].astype(pd.DatetimeTZDtype("ns", tz)) if tz is not None else out["reply_at"]
    # the employee of a 1:1 chat is the other side of chat_id ("a|b")
    other = schema.other_party(out["chat_id"], out["customer_id"]).where(out["chat_type"].eq("single"))
    out = _finish(out, "started_at", hours, wait)
    out["employee_id"] = other.astype("str").fillna(out["reply_employee_id"])
    cols = ["conversation_id", "chat_id", "chat_type", "customer_id", "employee_id", "started_at", "reply_at",
            "reply_employee_id", "calendar_seconds", "reply_seconds", "is_answered", "week"]
    out = out.sort_values(["started_at", "conversation_id"], kind="stable").reset_index(drop=True)[cols]
    for col in ("conversation_id", "chat_id", "chat_type", "customer_id", "employee_id", "reply_employee_id"):
        out[col] = out[col].astype("str")
    out.attrs.update(counts, excluded_refused=excluded, business_hours=None if hours is None else str(hours))
    return out


def _time_column(rt: pd.DataFrame) -> str:
    for c in ("asked_at", "started_at"):
        if c in rt.columns:
            return c
    raise KeyError("the reply-time frame needs an 'asked_at' or 'started_at' column (from reply_times or first_reply_times)")


def _keys(by: str | Sequence[str] | None, rt: pd.DataFrame) -> list[str]:
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    keys = ["employee_id" if k == "employee" else k for k in keys]
    bad = [k for k in keys if k not in rt.columns]
    if bad:
        raise KeyError(f"by names unknown columns {bad}; use 'employee', 'week' or one of {list(rt.columns)}")
    return keys


def summarize_reply_times(
    rt: pd.DataFrame, *, by: str | Sequence[str] | None = None, column: str = "reply_seconds"
) -> pd.DataFrame:
    """Median (p50) and 90th percentile (p90) reply times, overall or by group.

    Parameters
    ----------
    rt : pandas.DataFrame
        From :func:`reply_times` or :func:`first_reply_times`.
    by : str or list of str, optional
        ``"employee"`` (``employee_id``), ``"week"``, ``"chat_type"`` or
        any column of ``rt``.
    column : str
        The duration column (default ``reply_seconds``).

    Returns
    -------
    pandas.DataFrame
        One row per group: the ``by`` columns, ``n`` (turns or
        conversations), ``n_answered``, ``answered_share``,
        ``p50_seconds``, ``p90_seconds``, ``mean_seconds`` (over answered
        ones; NaN when none), sorted by the group.

    Examples
    --------
    >>> import pandas as pd
    >>> rt = pd.DataFrame({"employee_id": ["a", "a", "a", "b"], "reply_seconds": [10.0, 30.0, None, 5.0]})
    >>> summarize_reply_times(rt, by="employee")[["employee_id", "n", "n_answered", "p50_seconds", "p90_seconds"]]
      employee_id  n  n_answered  p50_seconds  p90_seconds
    0           a  3           2         20.0         28.0
    1           b  1           1          5.0          5.0
    """
    if column not in rt.columns:
        raise KeyError(f"rt lacks the column {column!r}")
    keys = _keys(by, rt)
    v = rt[column].astype("float64")
    frame = rt[keys].assign(_v=v) if keys else pd.DataFrame({"_v": v})
    g = frame.groupby(keys, sort=True, dropna=False)["_v"] if keys else frame.assign(_k=0).groupby("_k")["_v"]
    out = pd.DataFrame(
        {
            "n": g.size(),
            "n_answered": g.count(),
            "p50_seconds": g.quantile(0.5),
            "p90_seconds": g.quantile(0.9),
            "mean_seconds": g.mean(),
        }
    )
    out["answered_share"] = out["n_answered"] / out["n"]
    out = out.reset_index(drop=not keys)
    out = out[[*keys, "n", "n_answered", "answered_share", "p50_seconds", "p90_seconds", "mean_seconds"]]
    for c in ("n", "n_answered"):
        out[c] = out[c].astype("int64")
    return out.reset_index(drop=True)


def _diff_medians(after: np.ndarray, before: np.ndarray, axis: int = -1) -> np.ndarray:
    return np.median(after, axis=axis) - np.median(before, axis=axis)


def compare_periods(
    rt: pd.DataFrame,
    change_date: Any,
    *,
    by: str | Sequence[str] | None = None,
    column: str = "reply_seconds",
    confidence: float = 0.95,
    n_resamples: int = 2000,
    min_n: int = 10,
    random_state: int | np.random.Generator | None = 0,
) -> pd.DataFrame:
    """Median reply time before and after a change date, with a bootstrap CI of the difference.

    Before is ``time < change_date``, after is ``time >= change_date`` (the
    time is ``asked_at`` or ``started_at``, in the frame's zone). Only
    answered rows count. The difference is ``p50_after - p50_before``
    (negative: faster after); its confidence interval comes from
    :func:`scipy.stats.bootstrap` (independent resampling of the two
    periods, percentile method, ``n_resamples`` resamples, seeded by
    ``random_state``).

    Parameters
    ----------
    rt : pandas.DataFrame
        From :func:`reply_times` or :func:`first_reply_times`.
    change_date : date, str or Timestamp
        E.g. the day AI suggestions were switched on; naive values are in
        the frame's time zone.
    by : str or list of str, optional
        Compare per group (``"employee"`` or any column).
    column : str
        Duration column.
    confidence : float
        Confidence level of the interval.
    n_resamples : int
        Bootstrap resamples.
    min_n : int
        Groups with fewer answered rows in a period get no interval (NaN).
    random_state : int, numpy.random.Generator or None
        Seed (default 0: the same interval every run).

    Returns
    -------
    pandas.DataFrame
        One row per group (one overall): the ``by`` columns, ``n_before``,
        ``n_after``, ``p50_before``, ``p50_after``, ``p90_before``,
        ``p90_after`` (seconds), ``p50_diff_seconds``, ``ci_low``,
        ``ci_high``, ``p50_ratio`` (after / before), ``is_significant``
        (the interval excludes 0).

    Raises
    ------
    ValueError
        A bad ``change_date``, ``confidence``, ``n_resamples`` or ``min_n``.

    Warns
    -----
    OpsDataWarning
        No answered row falls before ``change_date``, or none after it (a
        date outside the frame's time span, e.g. a default written for
        another archive): that side's columns are NaN. See
        :func:`check_change_date`.

    See Also
    --------
    check_change_date : the same check, as a sentence, without computing.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rng = np.random.default_rng(0)
    >>> t = pd.date_range("2026-08-01", periods=200, freq="6h", tz="Asia/Shanghai")
    >>> secs = np.where(t < pd.Timestamp("2026-08-25", tz="Asia/Shanghai"), 300.0, 60.0) * rng.lognormal(0, 0.5, 200)
    >>> c = compare_periods(pd.DataFrame({"asked_at": t, "reply_seconds": secs}), "2026-08-25")
    >>> c[["n_before", "n_after", "p50_before", "p50_after", "ci_low", "ci_high", "is_significant"]].round(0)
       n_before  n_after  p50_before  p50_after  ci_low  ci_high  is_significant
    0        96      104       315.0       59.0  -300.0   -213.0            True
    """
    tcol = _time_column(rt)
    if column not in rt.columns:
        raise KeyError(f"rt lacks the column {column!r}")
    change = _change_timestamp(rt, tcol, change_date)
    if not (isinstance(confidence, float) and 0 < confidence < 1):
        raise ValueError(f"confidence must be between 0 and 1; got {confidence!r}")
    if not isinstance(n_resamples, (int, np.integer)) or n_resamples < 100:
        raise ValueError(f"n_resamples must be an int of at least 100; got {n_resamples!r}")
    if not isinstance(min_n, (int, np.integer)) or min_n < 2:
        raise ValueError(f"min_n must be an int of at least 2; got {min_n!r}")
    rng = check_random_state(random_state)
    keys = _keys(by, rt)
    d = rt[rt[column].notna()]
    d = d.assign(_after=d[tcol] >= change)
    problem = _change_date_problem(d[tcol], change)
    if problem is not None:
        warnings.warn(f"{problem}: the comparison is empty on that side (NaN medians)", OpsDataWarning, stacklevel=2)
    groups = d.groupby(keys, sort=True, dropna=False) if keys else [((), d)]
    rows = []
    for key, g in groups:
        before = g.loc[~g["_after"], column].to_numpy(dtype="float64")
        after = g.loc[g["_after"], column].to_numpy(dtype="float64")
        row: dict[str, Any] = dict(zip(keys, key if isinstance(key, tuple) else (key,), strict=True)) if keys else {}
        p50b = float(np.median(before)) if len(before) else np.nan
        p50a = float(np.median(after)) if len(after) else np.nan
        lo = hi = np.nan
        if len(before) >= min_n and len(after) >= min_n:
            res = stats.bootstrap(
                (after, before), _diff_medians, n_resamples=int(n_resamples), batch=100, vectorized=True,
                paired=False, confidence_level=confidence, method="percentile", rng=rng,
            )
            lo, hi = float(res.confidence_interval.low), float(res.confidence_interval.high)
        row.update(
            n_before=len(before),
            n_after=len(after),
            p50_before=p50b,
            p50_after=p50a,
            p90_before=float(np.quantile(before, 0.9)) if len(before) else np.nan,
            p90_after=float(np.quantile(after, 0.9)) if len(after) else np.nan,
            p50_diff_seconds=p50a - p50b,
            ci_low=lo,
            ci_high=hi,
            p50_ratio=p50a / p50b if p50b else np.nan,
            is_significant=bool(lo > 0 or hi < 0),
        )
        rows.append(row)
    cols = [*keys, "n_before", "n_after", "p50_before", "p50_after", "p90_before", "p90_after", "p50_diff_seconds",
            "ci_low", "ci_high", "p50_ratio", "is_significant"]
    out = pd.DataFrame(rows, columns=cols)
    out["is_significant"] = out["is_significant"].astype(bool)
    for c in ("n_before", "n_after"):
        out[c] = out[c].astype("int64")
    out.attrs.update(change_date=str(change), confidence=confidence, n_resamples=int(n_resamples))
    return out


def _change_timestamp(rt: pd.DataFrame, tcol: str, change_date: Any) -> pd.Timestamp:
    """``change_date`` as a Timestamp in the zone of ``rt[tcol]`` (naive when that column is naive)."""
    tz = rt[tcol].dt.tz if isinstance(rt[tcol].dtype, pd.DatetimeTZDtype) else None
    change = _timestamp("change_date", change_date, str(tz) if tz is not None else schema.DEFAULT_TZ)
    return change.tz_localize(None) if tz is None else change


def _change_date_problem(times: pd.Series, change: pd.Timestamp) -> str | None:
    """Why ``change`` leaves one side of ``times`` (the answered rows) empty, or None."""
    day = f"{change:%Y-%m-%d}" if change == change.normalize() else f"{change:%Y-%m-%d %H:%M}"
    if times.empty:
        return f"no reply times to compare around the change date {day} (nothing was answered)"
    first, last, n = times.min(), times.max(), len(times)
    if last < change:
        return (f"the change date {day} is after the last reply time measured ({last:%Y-%m-%d}; the data run "
                f"{first:%Y-%m-%d} to {last:%Y-%m-%d}): all {n:,} fall before it, none after")
    if first >= change:
        return (f"the change date {day} is not after the first reply time measured ({first:%Y-%m-%d}; the data "
                f"run {first:%Y-%m-%d} to {last:%Y-%m-%d}): all {n:,} fall on or after it, none before")
    return None


def check_change_date(rt: pd.DataFrame, change_date: Any, *, column: str = "reply_seconds") -> str | None:
    """Why ``change_date`` cannot split ``rt`` into a before and an after, or None when it can.

    :func:`compare_periods` counts answered rows before (``time <
    change_date``) and after; a change date outside the span of the data
    (a default written for another archive) leaves one side empty and every
    median of that side NaN. Call this first to say so in a report instead
    of showing an empty comparison.

    Parameters
    ----------
    rt : pandas.DataFrame
        From :func:`reply_times` or :func:`first_reply_times` (``asked_at``
        or ``started_at``, and ``column``).
    change_date : date, str, Timestamp or None
        As for :func:`compare_periods`; None means no change date was given.
    column : str
        Duration column; rows where it is NaN (unanswered) do not count.

    Returns
    -------
    str or None
        None when at least one answered row falls on each side; otherwise
        one sentence (no trailing period) naming the change date and the
        span of the data.

    Raises
    ------
    ValueError
        ``change_date`` is not a date.
    KeyError
        ``rt`` lacks the time column or ``column``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.date_range("2019-06-01", periods=4, freq="D", tz="Asia/Shanghai")
    >>> rt = pd.DataFrame({"asked_at": t, "reply_seconds": [60.0, 30.0, None, 45.0]})
    >>> check_change_date(rt, "2019-06-02") is None
    True
    >>> check_change_date(rt, "2026-08-25")
    'the change date 2026-08-25 is after the last reply time measured (2019-06-04; the data run 2019-06-01 to 2019-06-04): all 3 fall before it, none after'
    >>> check_change_date(rt, None)
    'no change date given'
    """
    tcol = _time_column(rt)
    if column not in rt.columns:
        raise KeyError(f"rt lacks the column {column!r}")
    if change_date is None:
        return "no change date given"
    change = _change_timestamp(rt, tcol, change_date)
    return _change_date_problem(rt.loc[rt[column].notna(), tcol], change)

"""Who may get AI answer suggestions: the archive scope and consent rules, per message.

The rules (``DOMAIN.md``, "AI answer suggestions"), evaluated at each message's
time:

- **group chat**: every employee in the room gets suggestions when *any*
  member of the room is in the archive scope at that time;
- **1:1 chat with an external customer**: the employee must be in scope at
  that time, and the customer's latest consent event (with that employee)
  before the message must not be a refusal (``disagree``);
- **internal 1:1 chat**: not applicable.

Everything is vectorised with interval unions and :func:`pandas.merge_asof`;
no Python loop runs per message.

Public home: :mod:`toolkit.gating` (this module is private because the
package's function ``eligibility`` would shadow a module of that name).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..archive import schema
from ..archive.load import Archive
from ..archive.consent import refused_mask
from ..archive.side import load_scope
from .._validate import require_columns
from ..archive.schema import BOOL, DATETIME, STR

__all__ = ["ELIGIBILITY_COLUMNS", "REASONS", "eligibility", "eligible_questions", "resolve_scope"]

#: ``reason`` codes of :func:`eligibility`, in the order they are checked.
REASONS: tuple[str, ...] = (
    "eligible_group",
    "eligible_single",
    "no_archived_member",
    "employee_not_in_scope",
    "customer_refused",
    "internal",
)

#: Columns of :func:`eligibility`, in order.
ELIGIBILITY_SCHEMA: dict[str, str] = {
    "msgid": STR,
    "sent_at": DATETIME,
    "chat_type": STR,
    "chat_id": STR,
    "sender_id": STR,
    "sender_kind": STR,
    "employee_id": STR,  # object when the result is empty
    "customer_id": STR,  # object when the result is empty
    "is_in_scope": BOOL,
    "is_refused": BOOL,
    "is_eligible": BOOL,
    "reason": STR,
}
ELIGIBILITY_COLUMNS: tuple[str, ...] = tuple(ELIGIBILITY_SCHEMA)

_I64_MIN = np.iinfo(np.int64).min
_I64_MAX = np.iinfo(np.int64).max


def _ns(times: pd.Series, fill: int) -> np.ndarray:
    """Tz-aware times as int64 UTC nanoseconds; NaT becomes ``fill``."""
    t = pd.to_datetime(times, utc=True)
    out = t.astype("datetime64[ns, UTC]").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view("int64").copy()
    out[t.isna().to_numpy()] = fill
    return out


def _covered(keys: np.ndarray, times: np.ndarray, ikeys: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each (key, time): does an interval ``[start, end)`` of that key cover the time?

    Intervals of one key are first merged into disjoint blocks (sorted starts,
    running maximum of the ends), then each time is matched to the last block
    starting at or before it with :func:`pandas.merge_asof`.
    """
    n = len(keys)
    if n == 0 or len(ikeys) == 0:
        return np.zeros(n, dtype=bool)
    iv = pd.DataFrame({"key": pd.array(ikeys, dtype=object), "start": starts, "end": ends})
    iv = iv[iv["start"] < iv["end"]].sort_values(["key", "start"], kind="stable").reset_index(drop=True)
    if iv.empty:
        return np.zeros(n, dtype=bool)
    run_max = iv.groupby("key", sort=False)["end"].cummax()
    prev = run_max.groupby(iv["key"], sort=False).shift()
    new_block = prev.isna().to_numpy() | (iv["start"].to_numpy() > prev.fillna(_I64_MIN).to_numpy())
    block = np.cumsum(new_block)
    blocks = (
        iv.groupby(block, sort=False)
        .agg(key=("key", "first"), start=("start", "min"), end=("end", "max"))
        .sort_values("start", kind="stable")
    )
    left = pd.DataFrame({"key": pd.array(keys, dtype=object), "t": times, "pos": np.arange(n)})
    left = left[left["key"].notna()].sort_values("t", kind="stable")
    if left.empty:
        return np.zeros(n, dtype=bool)
    j = pd.merge_asof(left, blocks, left_on="t", right_on="start", by="key", direction="backward")
    hit = j["end"].notna().to_numpy() & (j["t"].to_numpy() < j["end"].fillna(_I64_MIN).to_numpy())
    out = np.zeros(n, dtype=bool)
    out[j["pos"].to_numpy()[hit]] = True
    return out


def resolve_scope(archive: Archive, scope: Any = None) -> pd.DataFrame:
    """The scope to apply: ``scope`` when given, else ``archive.scope``, else inferred.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive.
    scope : list of str, DataFrame or path, optional
        Userids, or a frame with ``userid`` and optional ``since``/``until``
        (see :func:`toolkit.archive.load_scope`).

    Returns
    -------
    pandas.DataFrame
        ``userid``, ``since``, ``until`` (tz-aware, NaT = open). ``attrs["source"]``
        is ``"argument"``, ``"archive"`` or ``"inferred"``. When neither is
        available the scope is inferred from the archive itself (employees seen
        in 1:1 chats with customers: only archived members' 1:1 chats are in
        it), with a warning.

    Examples
    --------
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> a = Archive(messages=schema.empty_frame(schema.MESSAGE_COLUMNS), consent=schema.empty_frame(schema.CONSENT_COLUMNS),
    ...             recalls=None, switches=None, quarantine=None, report={}, files=None)
    >>> s = resolve_scope(a, ["lisi"])
    >>> s["userid"].tolist(), s.attrs["source"]
    (['lisi'], 'argument')
    """
    if scope is not None:
        out = load_scope(scope, tz=archive.tz)
        out.attrs["source"] = "argument"
        return out
    if archive.scope is not None:
        out = archive.scope.copy()
        out.attrs["source"] = "archive"
        return out
    m = archive.messages
    single = m[(m["chat_type"] == "single") & (m["sender_kind"] == "employee")]
    ids = sorted(set(single["sender_id"].dropna().astype(str)))
    warnings.warn(
        f"the archive has no scope table; inferred a scope of {len(ids)} employees from their 1:1 chats "
        "(pass scope= or load_archive(..., scope=...) for the real one)",
        UserWarning,
        stacklevel=3,
    )
    out = load_scope(ids, tz=archive.tz)
    out.attrs["source"] = "inferred"
    return out


def _parties(m: pd.DataFrame, employees: frozenset[str]) -> tuple[pd.Series, pd.Series]:
    """The employee and the customer each message belongs to."""
    n = len(m)
    idx = m.index
    employee = pd.Series(pd.NA, index=idx, dtype="str")
    customer = pd.Series(pd.NA, index=idx, dtype="str")
    sender = m["sender_id"].astype("str")
    kind = m["sender_kind"].astype("str")
    single = (m["chat_type"] == "single").to_numpy()
    if single.any():
        a, b = (s.astype("str") for s in schema.chat_parties(m.loc[single, "chat_id"]))
        ka = schema.id_kinds(a.fillna(""), employees)
        kb = schema.id_kinds(b.fillna(""), employees)
        emp = a.where(ka == "employee", b.where(kb == "employee"))
        cus = a.where(ka == "external", b.where(kb == "external"))
        employee.loc[single] = emp.to_numpy()
        customer.loc[single] = cus.to_numpy()
    other = ~single
    if n and other.any():
        employee.loc[other] = sender.where(kind == "employee")[other].to_numpy()
        customer.loc[other] = sender.where(kind == "external")[other].to_numpy()
    return employee, customer


def _room_members(archive: Archive) -> pd.DataFrame:
    """Room members with the time they joined (int64 ns; minimum = always).

    Members from ``archive.room_members`` (joined at ``joined_at``, or always
    when unknown) and every sender seen in the room (the member list is a
    snapshot that misses people who left, and anyone who wrote was a member;
    their join time is unknown, so they count as members throughout).
    """
    m = archive.messages
    g = m[m["chat_type"] == "group"]
    seen = pd.DataFrame({"roomid": g["roomid"].astype("str"), "member_id": g["sender_id"].astype("str"), "joined": _I64_MIN})
    parts = [seen.drop_duplicates()]
    rm = archive.room_members
    if rm is not None and not rm.empty:
        parts.append(
            pd.DataFrame(
                {
                    "roomid": rm["roomid"].astype("str"),
                    "member_id": rm["member_id"].astype("str"),
                    "joined": _ns(rm["joined_at"], _I64_MIN),
                }
            )
        )
    members = pd.concat(parts, ignore_index=True).dropna(subset=["roomid", "member_id"])
    return members.groupby(["roomid", "member_id"], as_index=False, sort=True)["joined"].min()


def eligibility(archive: Archive, *, scope: Any = None, as_of: Any = None) -> pd.DataFrame:
    """Whether each archived message could get an AI answer suggestion, and why (not).

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive. Uses ``messages``, ``consent``, ``scope``, and
        ``room_members`` when given.
    scope : list of str, DataFrame or path, optional
        Overrides ``archive.scope``: userids (in scope throughout), or a frame
        with ``userid`` and optional ``since``/``until`` (in scope from
        ``since`` until just before ``until``; NaT = open). Without either,
        the scope is inferred from the 1:1 chats in the archive (with a
        ``UserWarning``).
    as_of : str or pandas.Timestamp, optional
        Evaluate the scope and the consent records at this one time for every
        message ("today's policy replayed over the history") instead of at
        each message's own time. Naive times are in ``archive.tz``.

    Returns
    -------
    pandas.DataFrame
        One row per row of ``archive.messages``, in the same order, index
        0..n-1, columns :data:`ELIGIBILITY_COLUMNS`:

        - ``msgid``, ``sent_at``, ``chat_type``, ``chat_id``, ``sender_id``,
          ``sender_kind``: from the messages.
        - ``employee_id``: the employee of a 1:1 chat, or the sender when an
          employee writes in a group or internal chat (NaN otherwise).
        - ``customer_id``: the external party of a 1:1 chat, or the sender
          when a customer writes in a group (NaN otherwise).
        - ``is_in_scope`` (bool): the 1:1 employee, or any member of the
          group, is in scope at that time (False for internal chats).
        - ``is_refused`` (bool): 1:1 chat whose customer's latest consent event
          with that employee, at or before that time, is ``disagree``.
        - ``is_eligible`` (bool) and ``reason`` (one of :data:`REASONS`):
          ``eligible_group``, ``eligible_single``, ``no_archived_member``
          (group without a member in scope), ``employee_not_in_scope`` (1:1),
          ``customer_refused`` (1:1, checked after the scope) and
          ``internal``.

        ``attrs["scope_source"]`` says where the scope came from.

    Raises
    ------
    TypeError
        ``archive`` is not an :class:`~toolkit.archive.Archive`.
    toolkit.exceptions.SchemaError
        The messages lack a required column.
    ValueError
        ``as_of`` is not a time.

    Notes
    -----
    Group membership comes from ``archive.room_members`` (a member counts from
    ``joined_at``) and from the senders seen in the room (who count throughout,
    since the archive does not show when they joined). Only employees' ids are
    ever in a scope, so only employee members matter.

    The archive only holds the chats of archived members, so what it shows is
    mostly eligible under its own scope; the rules matter for what-ifs (a
    narrower ``scope``) and for refusals whose messages still reached the
    archive.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-02 09:00", "2026-07-02 10:00", "2026-07-03 09:00"]
    ...                    ).tz_localize("Asia/Shanghai")
    >>> msgs = schema.empty_frame(schema.MESSAGE_COLUMNS).reindex(range(4))
    >>> msgs = msgs.assign(msgid=["m1", "m2", "m3", "m4"], sent_at=t,
    ...     sender_id=["wmA", "wmA", "lisi", "zs"], sender_kind=["external", "external", "employee", "employee"],
    ...     chat_type=["single", "single", "group", "internal"],
    ...     chat_id=["lisi|wmA", "lisi|wmA", "wr1", "lisi|zs"], roomid=[None, None, "wr1", None])
    >>> consent = pd.DataFrame({"msgid": ["c1"], "customer_id": ["wmA"], "employee_id": ["lisi"],
    ...     "status": ["disagree"], "at": pd.to_datetime(["2026-07-01 12:00"]).tz_localize("Asia/Shanghai")})
    >>> a = Archive(messages=msgs, consent=consent, recalls=None, switches=None, quarantine=None,
    ...             report={}, files=None)
    >>> eligibility(a, scope=["lisi"])[["msgid", "employee_id", "is_eligible", "reason"]]
      msgid employee_id  is_eligible            reason
    0    m1        lisi         True   eligible_single
    1    m2        lisi        False  customer_refused
    2    m3        lisi         True    eligible_group
    3    m4          zs        False          internal
    >>> eligibility(a, scope=[])["reason"].tolist()
    ['employee_not_in_scope', 'employee_not_in_scope', 'no_archived_member', 'internal']
    """
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive; got {type(archive).__name__}")
    m = archive.messages
    schema.validate_frame(
        m, {k: schema.MESSAGE_COLUMNS[k] for k in ("msgid", "sender_id", "sender_kind", "roomid", "chat_type", "chat_id", "sent_at")},
        name="messages",
    )
    m = m.reset_index(drop=True)
    scope_df = resolve_scope(archive, scope)
    n = len(m)
    if as_of is None:
        t_eval = _ns(m["sent_at"], _I64_MIN)
    else:
        try:
            ts = schema.to_timestamp(as_of, archive.tz, "as_of")
        except ValueError as exc:  # the message eligibility has always given
            raise ValueError(f"as_of must be a time such as '2026-09-01'; got {as_of!r}") from exc
        t_eval = np.full(n, ts.value, dtype=np.int64)

    employees = frozenset(archive.staff["userid"].dropna().astype(str)) if archive.staff is not None else frozenset()
    employee, customer = _parties(m, employees)
    chat_type = m["chat_type"].astype("str").to_numpy()
    is_single = chat_type == "single"
    is_group = chat_type == "group"

    s_user = scope_df["userid"].astype(str).to_numpy()
    s_start = _ns(scope_df["since"], _I64_MIN)
    s_end = _ns(scope_df["until"], _I64_MAX)

    in_scope = np.zeros(n, dtype=bool)
    # 1:1: the employee in scope at that time.
    if is_single.any():
        in_scope[is_single] = _covered(
            employee[is_single].to_numpy(dtype=object, na_value=None), t_eval[is_single], s_user, s_start, s_end
        )
    # Groups: any member in scope (and in the room) at that time.
    if is_group.any():
        members = _room_members(archive)
        iv = members.merge(
            pd.DataFrame({"member_id": s_user, "since": s_start, "until": s_end}), on="member_id", how="inner"
        )
        starts = np.maximum(iv["joined"].to_numpy(dtype=np.int64), iv["since"].to_numpy(dtype=np.int64))
        in_scope[is_group] = _covered(
            m.loc[is_group, "roomid"].astype(str).to_numpy(dtype=object),
            t_eval[is_group],
            iv["roomid"].to_numpy(dtype=object),
            starts,
            iv["until"].to_numpy(dtype=np.int64),
        )
    refused = np.zeros(n, dtype=bool)
    if is_single.any():
        refused[is_single] = refused_mask(m.loc[is_single], archive.consent, at=t_eval[is_single]).to_numpy()

    reason = np.select(
        [
            is_group & in_scope,
            is_group,
            is_single & ~in_scope,
            is_single & refused,
            is_single,
        ],
        ["eligible_group", "no_archived_member", "employee_not_in_scope", "customer_refused", "eligible_single"],
        default="internal",
    )
    out = pd.DataFrame(
        {
            "msgid": m["msgid"].astype("str"),
            "sent_at": m["sent_at"],
            "chat_type": m["chat_type"].astype("str"),
            "chat_id": m["chat_id"].astype("str"),
            "sender_id": m["sender_id"].astype("str"),
            "sender_kind": m["sender_kind"].astype("str"),
            "employee_id": employee.astype("str").to_numpy(),
            "customer_id": customer.astype("str").to_numpy(),
            "is_in_scope": in_scope & (is_single | is_group),
            "is_refused": refused,
            "is_eligible": np.isin(reason, ("eligible_group", "eligible_single")),
            "reason": pd.array(reason, dtype="str"),
        }
    )
    out.attrs["scope_source"] = scope_df.attrs.get("source", "argument")
    return out


def eligible_questions(questions: pd.DataFrame, elig: pd.DataFrame) -> pd.DataFrame:
    """Question turns with the eligibility of the message that opened them.

    Parameters
    ----------
    questions : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output (``question_id`` is
        the msgid of the turn's first message).
    elig : pandas.DataFrame
        :func:`eligibility` output.

    Returns
    -------
    pandas.DataFrame
        ``questions`` (same rows and order) plus ``is_in_scope``,
        ``is_refused``, ``is_eligible`` and ``reason``. A question whose first
        message is not in ``elig`` is not eligible, with reason
        ``unknown_message``.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"question_id": ["m1", "m9"], "text": ["保修多久", "在吗"]})
    >>> e = pd.DataFrame({"msgid": ["m1"], "is_in_scope": [True], "is_refused": [False],
    ...                   "is_eligible": [True], "reason": ["eligible_single"]})
    >>> eligible_questions(q, e)[["question_id", "is_eligible", "reason"]]
      question_id  is_eligible           reason
    0          m1         True  eligible_single
    1          m9        False  unknown_message
    """
    for name, frame, cols in (
        ("questions", questions, ("question_id",)),
        ("elig", elig, ("msgid", "is_in_scope", "is_refused", "is_eligible", "reason")),
    ):
        require_columns(frame, cols, name)
    e = (
        elig[["msgid", "is_in_scope", "is_refused", "is_eligible", "reason"]]
        .drop_duplicates("msgid")
        .rename(columns={"msgid": "question_id"})
    )
    e["question_id"] = e["question_id"].astype("str")
    base = questions.drop(columns=[c for c in ("is_in_scope", "is_refused", "is_eligible", "reason") if c in questions])
    base = base.reset_index(drop=True)
    base["question_id"] = base["question_id"].astype("str")
    out = base.merge(e, on="question_id", how="left", sort=False)
    known = out["reason"].notna()
    out["is_in_scope"] = out["is_in_scope"].fillna(False).astype(bool)
    out["is_refused"] = out["is_refused"].fillna(False).astype(bool)
    out["is_eligible"] = out["is_eligible"].fillna(False).astype(bool)
    out["reason"] = out["reason"].where(known, "unknown_message").astype("str")
    return out


def _as_list(values: Iterable[str] | str, name: str) -> list[str]:
    if isinstance(values, str):
        return [values]
    try:
        out = [str(v) for v in values]
    except TypeError as exc:
        raise TypeError(f"{name} must be a userid or an iterable of userids; got {type(values).__name__}") from exc
    return out

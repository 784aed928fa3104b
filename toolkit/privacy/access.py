"""Who may read what: per-role views of an archive, and customers who refused archiving.

- Admins and customer-service supervisors read every archived chat; an
  ordinary employee reads only the chats they take part in
  (:func:`view_for`).
- A customer who refused archiving (``disagree``) must not have their 1:1
  chat read by anyone or any AI feature. Messages that reach the archive
  anyway (a late or mistaken pull) are found by :func:`refused_messages`,
  dropped by :func:`exclude_refused` and counted per customer by
  :func:`refusal_exclusions`. :func:`view_for` leaves them out for every
  role; only the ``"compliance"`` role may ask for them, explicitly
  (``include_refused=True``, to prove what was archived by mistake), and
  each such view is logged.

Examples
--------
>>> from toolkit.testing import tiny_archive
>>> arch = tiny_archive()
>>> sorted(view_for(arch, "ls", "employee").messages["chat_id"].unique())
['ls|wmC']
"""

from __future__ import annotations

import dataclasses
import logging
import warnings
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..archive import Archive, schema
from ..archive.consent import refused_mask as _refused_mask
from .._validate import require_columns
from ..exceptions import OpsDataWarning

__all__ = [
    "ROLES",
    "exclude_refused",
    "involves",
    "refusal_exclusions",
    "refused_messages",
    "view_for",
    "visible_chats",
]

log = logging.getLogger(__name__)

#: Roles of :func:`view_for`: who sees everything, who sees their own chats.
#: No role sees the 1:1 chats of customers who refused archiving, except
#: ``"compliance"`` when it asks with ``include_refused=True``.
ROLES: dict[str, str] = {
    "admin": "all chats",
    "supervisor": "all chats (customer-service supervisors)",
    "employee": "only the chats they take part in",
    "compliance": "all chats; with include_refused=True also refused customers' 1:1 chats (logged)",
}


def _check_archive(archive: Any) -> Archive:
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive (from load_archive); got {type(archive).__name__}")
    return archive


def _receives(receivers: pd.Series, user_id: str) -> np.ndarray:
    """Which rows' ``receiver_ids`` list holds ``user_id`` (vectorised on the Arrow list)."""
    n = len(receivers)
    if n == 0:
        return np.zeros(0, dtype=bool)
    if isinstance(receivers.dtype, pd.ArrowDtype):
        arr = pa.array(receivers.array)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
    else:
        arr = pa.array([list(v) if isinstance(v, (list, tuple, np.ndarray)) else None for v in receivers], type=pa.list_(pa.string()))
    flat = pc.list_flatten(arr)
    parents = pc.list_parent_indices(arr).to_numpy(zero_copy_only=False)
    if pa.types.is_dictionary(flat.type):
        flat = flat.cast(pa.string())
    hit = pc.fill_null(pc.equal(flat, pa.scalar(user_id, pa.string())), False).to_numpy(zero_copy_only=False)
    out = np.zeros(n, dtype=bool)
    out[parents[hit]] = True
    return out


def involves(messages: pd.DataFrame, user_id: str) -> np.ndarray:
    """Which messages a user sent or received (group messages list every member as a receiver).

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> m = tiny_archive().messages
    >>> m.loc[involves(m, "wmA"), "msgid"].tolist()[:3]
    ['m015', 'm016', 'm017']
    """
    return (messages["sender_id"] == user_id).to_numpy(dtype=bool, na_value=False) | _receives(messages["receiver_ids"], user_id)


def visible_chats(archive: Archive, user_id: str) -> pd.Index:
    """The chats an ordinary employee takes part in.

    A 1:1 chat (``single`` or ``internal``) is theirs when they sent or
    received a message in it; a group chat when they sent a message in it,
    received one (group messages list every member as a receiver), or are a
    member in ``archive.room_members``.

    Returns
    -------
    pandas.Index
        Sorted ``chat_id`` values (dtype ``str``).

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> list(visible_chats(tiny_archive(), "ww"))
    ['wrG']
    """
    m = _check_archive(archive).messages
    part = (m["sender_id"] == user_id).to_numpy(dtype=bool) | _receives(m["receiver_ids"], user_id)
    chats = set(m.loc[part, "chat_id"].dropna().astype(str))
    rm = archive.room_members
    if rm is not None and not rm.empty:
        chats |= set(rm.loc[rm["member_id"] == user_id, "roomid"].dropna().astype(str))
    return pd.Index(sorted(chats), dtype="str", name="chat_id")


def view_for(
    archive: Archive,
    user_id: str,
    role: Literal["admin", "supervisor", "employee", "compliance"],
    *,
    include_refused: bool = False,
) -> Archive:
    """The part of an archive a user may read, by role.

    - ``"admin"``, ``"supervisor"`` (customer-service supervisors) and
      ``"compliance"`` see every chat.
    - ``"employee"`` sees only the chats they take part in (see
      :func:`visible_chats`): whole chats, including messages sent before
      they joined a group. The other frames are cut to match:
      ``consent`` to their own customers' agree/disagree records,
      ``recalls`` to recalls of visible messages or in visible groups,
      ``switches`` to their own, ``rooms`` and ``room_members`` to visible
      groups, and ``quarantine`` is emptied (its raw records may hold
      anyone's chat). ``report``, ``files``, ``scope`` and ``staff`` are
      load statistics and the directory, not chat content, and are kept.
    - No role sees the messages of :func:`refused_messages` (1:1 chats of a
      customer who had refused archiving when they were sent, the
      employee's replies included): they are left out of ``messages``.
      The consent records stay, as the evidence of the refusal.
    - Only ``"compliance"`` may pass ``include_refused=True`` (to prove what
      was archived by mistake): the refused messages are then kept, the
      view is flagged, and a ``WARNING`` is logged on
      ``toolkit.privacy.access`` naming the reader and the counts.

    Parameters
    ----------
    archive : Archive
    user_id : str
        The reader's WeCom userid.
    role : {"admin", "supervisor", "employee", "compliance"}
        The reader's role, as the caller's access control knows it (this
        function does not authenticate anyone).
    include_refused : bool, default False
        Keep the refused customers' messages; ``"compliance"`` role only.

    Returns
    -------
    Archive
        A new archive (``dataclasses.replace``); the input is not changed.
        ``messages.attrs`` says what was done: ``excluded_refused`` (refused
        messages left out), ``includes_refused`` (bool), and with
        ``include_refused=True`` also ``n_refused`` (refused messages kept;
        :func:`refused_messages` on the view says which).

    Raises
    ------
    TypeError
        ``archive`` is not an Archive, ``user_id`` not a str,
        ``include_refused`` not a bool.
    ValueError
        An unknown role, an empty ``user_id``, or ``include_refused=True``
        with a role other than ``"compliance"``.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> arch = tiny_archive()
    >>> len(view_for(arch, "zs", "supervisor").messages) == len(arch.messages)
    True
    >>> mine = view_for(arch, "ls", "employee")
    >>> len(mine.messages), mine.consent["customer_id"].tolist(), len(mine.quarantine)
    (5, ['wmC'], 0)
    >>> view_for(arch, "zs", "manager")
    Traceback (most recent call last):
    ...
    ValueError: role must be one of ['admin', 'supervisor', 'employee', 'compliance']; got 'manager'

    A refused customer who writes anyway: no role reads it by default.

    >>> from toolkit.testing import tiny_records
    >>> leak = {"msgid": "m030", "action": "send", "from": "wmA", "tolist": ["zs"], "roomid": "",
    ...         "msgtime": 1782957600000, "msgtype": "text", "text": {"content": "在吗"}}  # 2026-07-02 10:00
    >>> arch = tiny_archive(tiny_records() + [leak])
    >>> admin = view_for(arch, "boss", "admin")
    >>> "m030" in set(admin.messages["msgid"]), admin.messages.attrs
    (False, {'excluded_refused': 1, 'includes_refused': False})
    >>> view_for(arch, "boss", "admin", include_refused=True)
    Traceback (most recent call last):
    ...
    ValueError: include_refused=True needs role 'compliance'; got 'admin'
    >>> audit = view_for(arch, "auditor", "compliance", include_refused=True)
    >>> "m030" in set(audit.messages["msgid"]), audit.messages.attrs
    (True, {'excluded_refused': 0, 'includes_refused': True, 'n_refused': 1})
    """

    _check_archive(archive)
    if role not in ROLES:
        raise ValueError(f"role must be one of {list(ROLES)}; got {role!r}")
    if not isinstance(user_id, str):
        raise TypeError(f"user_id must be a str; got {type(user_id).__name__}")
    if not user_id.strip():
        raise ValueError("user_id must not be empty")
    if not isinstance(include_refused, (bool, np.bool_)):
        raise TypeError(f"include_refused must be a bool; got {type(include_refused).__name__}")
    if include_refused and role != "compliance":
        raise ValueError(f"include_refused=True needs role 'compliance'; got {role!r}")
    m = archive.messages
    refused = _refused_mask(m.reset_index(drop=True), archive.consent).to_numpy(dtype=bool)
    n_refused = int(refused.sum())
    if include_refused:
        keep = np.ones(len(m), dtype=bool)
        attrs: dict[str, Any] = {"excluded_refused": 0, "includes_refused": True, "n_refused": n_refused}
        log.warning(
            "view_for: %r (role 'compliance') reads the archive including %d messages in %d chat(s) "
            "of customers who refused archiving",
            user_id,
            n_refused,
            int(m.loc[refused, "chat_id"].nunique()),
        )
    else:
        keep = ~refused
        attrs = {"excluded_refused": n_refused, "includes_refused": False}
    changes: dict[str, Any] = {}
    if role != "employee":
        messages = m[keep] if n_refused and not include_refused else m.copy(deep=False)
        messages.attrs = attrs
        return dataclasses.replace(archive, messages=messages)
    chats = set(visible_chats(archive, user_id))
    messages = m[m["chat_id"].isin(chats).to_numpy(dtype=bool) & keep].copy()
    messages.attrs = attrs
    msgids = set(messages["msgid"])
    changes["messages"] = messages
    if archive.consent is not None:
        changes["consent"] = archive.consent[archive.consent["employee_id"] == user_id].copy()
    if archive.recalls is not None:
        r = archive.recalls
        changes["recalls"] = r[r["pre_msgid"].isin(msgids) | r["roomid"].isin(chats) | (r["sender_id"] == user_id)].copy()
    if archive.switches is not None:
        changes["switches"] = archive.switches[archive.switches["user_id"] == user_id].copy()
    if archive.quarantine is not None:
        changes["quarantine"] = archive.quarantine.iloc[:0].copy()
    if archive.rooms is not None:
        changes["rooms"] = archive.rooms[archive.rooms["roomid"].isin(chats)].copy()
    if archive.room_members is not None:
        changes["room_members"] = archive.room_members[archive.room_members["roomid"].isin(chats)].copy()
    return dataclasses.replace(archive, **changes)


def _messages_and_consent(archive_or_messages: Any, consent: Any) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    if isinstance(archive_or_messages, Archive):
        return archive_or_messages.messages, archive_or_messages.consent if consent is None else consent
    if isinstance(archive_or_messages, pd.DataFrame):
        return archive_or_messages, consent
    raise TypeError(f"archive_or_messages must be an Archive or a DataFrame; got {type(archive_or_messages).__name__}")


def refused_messages(archive_or_messages: Archive | pd.DataFrame, consent: pd.DataFrame | None = None) -> pd.Series:
    """Which messages belong to a 1:1 chat whose customer had refused archiving when they were sent.

    A 1:1 message (``chat_type == "single"``) is refused when the latest
    consent record of its customer *with that employee* before it is a
    ``disagree``; a later ``agree`` ends the refusal. Both the customer's
    messages and the employee's replies count: the whole chat may not be
    archived. This is the rule :func:`toolkit.questions.extract_questions`
    applies (it is the same code).

    Parameters
    ----------
    archive_or_messages : Archive or pandas.DataFrame
        An archive, or messages with ``chat_id``, ``chat_type``, ``sent_at``.
    consent : pandas.DataFrame, optional
        ``customer_id``, ``employee_id``, ``status``, ``at``; default the
        archive's. Without consent records nothing is refused and an
        :class:`~toolkit.exceptions.OpsDataWarning` says so.

    Returns
    -------
    pandas.Series
        Boolean, aligned to the messages' index, named ``is_refused``.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> arch = tiny_archive()
    >>> int(refused_messages(arch).sum())  # wmA refused, then agreed before writing
    0
    """

    m, c = _messages_and_consent(archive_or_messages, consent)
    need = {k: schema.MESSAGE_COLUMNS[k] for k in ("chat_id", "chat_type", "sent_at")}
    schema.validate_frame(m, need, name="messages")
    if c is None or c.empty:
        warnings.warn(
            "no consent records: no refusal can be honoured, every 1:1 message is treated as consented",
            OpsDataWarning,
            stacklevel=2,
        )
        return pd.Series(False, index=m.index, name="is_refused")
    require_columns(c, ["customer_id", "employee_id", "status", "at"], "consent")
    if m.index.has_duplicates:
        mask = _refused_mask(m.reset_index(drop=True), c)
        return pd.Series(mask.to_numpy(), index=m.index, name="is_refused")
    return _refused_mask(m, c).rename("is_refused")


def exclude_refused(archive: Archive) -> tuple[Archive, int]:
    """The archive without the 1:1 messages of customers who had refused archiving.

    Parameters
    ----------
    archive : Archive

    Returns
    -------
    (Archive, int)
        A new archive whose ``messages`` lack every message of
        :func:`refused_messages` (customers' and employees'), and the number
        of messages removed. Other frames are kept (the consent records are
        the evidence of the refusal).

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> kept, n = exclude_refused(tiny_archive())
    >>> n
    0
    """
    _check_archive(archive)
    refused = refused_messages(archive)
    n = int(refused.sum())
    if n == 0:
        return dataclasses.replace(archive), 0
    return dataclasses.replace(archive, messages=archive.messages[~refused.to_numpy()].copy()), n


def refusal_exclusions(archive: Archive) -> pd.DataFrame:
    """Per customer and employee: the messages excluded because the customer refused.

    Returns
    -------
    pandas.DataFrame
        One row per 1:1 chat with refused messages: ``chat_id``,
        ``customer_id``, ``employee_id``, ``disagree_at`` (the latest
        ``disagree`` before the first excluded message), ``first_sent_at``,
        ``last_sent_at``, ``n_customer`` and ``n_employee`` (messages
        excluded), sorted by ``first_sent_at``.
        ``attrs["n_customer"]`` is what
        ``extract_questions(...).attrs["excluded_refused"]`` reports.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> refusal_exclusions(tiny_archive()).shape
    (0, 8)
    """
    _check_archive(archive)
    m = archive.messages
    refused = refused_messages(archive)
    r = m[refused.to_numpy()]
    tz = archive.tz
    cols = ["chat_id", "customer_id", "employee_id", "disagree_at", "first_sent_at", "last_sent_at", "n_customer", "n_employee"]
    if r.empty:
        out = pd.DataFrame({c: pd.Series([], dtype="str") for c in cols[:3]})
        for c in cols[3:6]:
            out[c] = pd.Series([], dtype=pd.DatetimeTZDtype(unit="ns", tz=tz))
        for c in cols[6:]:
            out[c] = pd.Series([], dtype="int64")
        out.attrs["n_customer"] = 0
        return out
    g = r.groupby("chat_id", sort=False)
    out = pd.DataFrame(
        {
            "first_sent_at": g["sent_at"].min(),
            "last_sent_at": g["sent_at"].max(),
            "n_customer": (r["sender_kind"] == "external").groupby(r["chat_id"], sort=False).sum().astype("int64"),
            "n_employee": (r["sender_kind"] == "employee").groupby(r["chat_id"], sort=False).sum().astype("int64"),
        }
    ).reset_index()
    a, b = schema.chat_parties(out["chat_id"])
    is_cust_a = schema.id_kinds(a.fillna("")) == "external"
    out["customer_id"] = a.where(is_cust_a, b).astype("str")
    out["employee_id"] = b.where(is_cust_a, a).astype("str")
    c = archive.consent
    d = c[c["status"] == "disagree"].sort_values("at", kind="stable")
    left = out[["chat_id", "customer_id", "employee_id", "first_sent_at"]].sort_values("first_sent_at", kind="stable")
    j = pd.merge_asof(left, d[["customer_id", "employee_id", "at"]].astype({"customer_id": "str", "employee_id": "str"}),
                      left_on="first_sent_at", right_on="at", by=["customer_id", "employee_id"], direction="backward")
    out["disagree_at"] = out["chat_id"].map(j.set_index("chat_id")["at"]).astype(pd.DatetimeTZDtype(unit="ns", tz=tz))
    out = out[cols].sort_values(["first_sent_at", "chat_id"], kind="stable").reset_index(drop=True)
    out.attrs["n_customer"] = int(out["n_customer"].sum())
    return out

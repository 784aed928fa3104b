"""Conversations: split each chat into sessions separated by a quiet gap."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from . import schema

__all__ = ["sessionize", "conversation_ids"]


def _utc_ns(times: pd.Series) -> np.ndarray:
    """Tz-aware times as UTC ``datetime64[ns]`` (NumPy compares those fast)."""
    return times.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]")


def _check_gap(messages: pd.DataFrame, gap: str | pd.Timedelta) -> pd.Timedelta:
    schema.validate_frame(
        messages, {k: schema.MESSAGE_COLUMNS[k] for k in ("chat_id", "sent_at", "sender_id", "sender_kind")},
        name="messages",
    )
    try:
        gap_td = pd.Timedelta(gap)
    except ValueError as exc:
        raise ValueError(f"gap must be a duration such as '30min'; got {gap!r}") from exc
    if gap_td <= pd.Timedelta(0):
        raise ValueError(f"gap must be positive; got {gap!r}")
    return gap_td


def _order(messages: pd.DataFrame, gap: str | pd.Timedelta) -> tuple[pd.DataFrame, np.ndarray]:
    gap_td = _check_gap(messages, gap)
    m = messages.sort_values(["chat_id", "sent_at"], kind="stable")
    chat = m["chat_id"].to_numpy()
    t = _utc_ns(m["sent_at"])
    new = np.ones(len(m), dtype=bool)
    if len(m) > 1:
        new[1:] = (chat[1:] != chat[:-1]) | ((t[1:] - t[:-1]) > gap_td.to_timedelta64())
    return m, new


def _ids(m: pd.DataFrame, new: np.ndarray) -> np.ndarray:
    starts = _utc_ns(m["sent_at"])[new]
    chat = m["chat_id"].to_numpy()[new]
    stamp = pd.DatetimeIndex(starts).tz_localize("UTC").tz_convert(m["sent_at"].dt.tz).strftime("%Y%m%dT%H%M%S")
    first = np.char.add(np.char.add(chat.astype(str), "@"), np.asarray(stamp, dtype=str))
    return first[np.cumsum(new) - 1]


def conversation_ids(messages: pd.DataFrame, *, gap: str | pd.Timedelta = "30min", only: Any = None) -> pd.Series:
    """The conversation of each message, aligned to ``messages``' index.

    See :func:`sessionize` for how conversations are cut. With ``only``
    (index labels of ``messages``), the ids of those messages alone are
    returned, still cut using every message given (much faster when few
    are wanted).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:05", "2026-07-01 11:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({"chat_id": ["a|b"] * 3, "sent_at": t, "sender_id": ["a", "b", "a"],
    ...                      "sender_kind": ["external", "employee", "external"]})
    >>> conversation_ids(msgs).tolist()
    ['a|b@20260701T090000', 'a|b@20260701T090000', 'a|b@20260701T110000']
    """
    gap_td = _check_gap(messages, gap)
    # Sorted with NumPy on factorised chat ids: no copy of the frame is made.
    codes, chats = pd.factorize(messages["chat_id"], sort=True)
    t = _utc_ns(messages["sent_at"])
    order = np.lexsort((t, codes))
    c, ts = codes[order], t[order]
    new = np.ones(len(order), dtype=bool)
    if len(order) > 1:
        new[1:] = (c[1:] != c[:-1]) | ((ts[1:] - ts[:-1]) > gap_td.to_timedelta64())
    number = np.cumsum(new) - 1
    pos = np.arange(len(order)) if only is None else np.flatnonzero(messages.index.isin(only)[order])
    wanted, inverse = np.unique(number[pos], return_inverse=True)
    start = np.flatnonzero(new)[wanted]
    stamp = pd.DatetimeIndex(ts[start]).tz_localize("UTC").tz_convert(messages["sent_at"].dt.tz).strftime("%Y%m%dT%H%M%S")
    first = np.char.add(np.char.add(np.asarray(chats, dtype=str)[c[start]], "@"), np.asarray(stamp, dtype=str))
    ids = pd.Series(first[inverse.reshape(-1)], index=messages.index[order[pos]], dtype="str", name="conversation_id")
    return ids.reindex(messages.index) if only is None else ids


def _unique_sorted(values: pd.Series) -> list[str]:
    return sorted(set(values.dropna()))


def sessionize(messages: pd.DataFrame, *, gap: str | pd.Timedelta = "30min") -> pd.DataFrame:
    """Conversations per chat: a new one starts after ``gap`` without messages.

    Parameters
    ----------
    messages : pandas.DataFrame
        ``Archive.messages`` (at least ``chat_id``, ``chat_type``, ``sent_at``,
        ``sender_id``, ``sender_kind``; ``receiver_ids`` is used for 1:1 chats).
    gap : str or pandas.Timedelta
        Silence that ends a conversation (default 30 minutes).

    Returns
    -------
    pandas.DataFrame
        :data:`~toolkit.archive.schema.CONVERSATION_COLUMNS`, one row per
        conversation, sorted by ``start`` then ``chat_id``:
        ``conversation_id`` (``"<chat_id>@<start as YYYYmmddTHHMMSS>"``,
        stable across loads of overlapping windows), ``chat_id``,
        ``chat_type``, ``start``, ``end``, ``n_messages``, ``n_customer``
        (messages sent by external contacts), ``n_employee``, and the sorted
        ids of the ``employees`` and ``customers`` who took part: those who
        sent a message, plus, in a 1:1 chat, the other party.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:05", "2026-07-01 11:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({"chat_id": ["wmA|zs"] * 3, "chat_type": ["single"] * 3, "sent_at": t,
    ...                      "sender_id": ["wmA", "zs", "wmA"],
    ...                      "sender_kind": ["external", "employee", "external"],
    ...                      "receiver_ids": [["zs"], ["wmA"], ["zs"]]})
    >>> conv = sessionize(msgs)
    >>> conv[["conversation_id", "n_messages", "n_customer", "n_employee"]]
              conversation_id  n_messages  n_customer  n_employee
    0  wmA|zs@20260701T090000           2           1           1
    1  wmA|zs@20260701T110000           1           1           0
    >>> conv.loc[1, "employees"]
    ['zs']
    """
    m, new = _order(messages, gap)
    if m.empty:
        return schema.empty_frame(schema.CONVERSATION_COLUMNS, str(getattr(messages["sent_at"].dt, "tz", None) or schema.DEFAULT_TZ))
    tz = m["sent_at"].dt.tz
    m = m.assign(conversation_id=_ids(m, new))
    kind = m["sender_kind"]
    g = m.groupby("conversation_id", sort=False)
    out = pd.DataFrame(
        {
            "chat_id": g["chat_id"].first(),
            "chat_type": g["chat_type"].first() if "chat_type" in m else "single",
            "start": g["sent_at"].min(),
            "end": g["sent_at"].max(),
            "n_messages": g.size(),
            "n_customer": (kind == "external").groupby(m["conversation_id"], sort=False).sum(),
            "n_employee": (kind == "employee").groupby(m["conversation_id"], sort=False).sum(),
        }
    )
    # Participants: senders, plus the other party of a 1:1 chat.
    senders = m[["conversation_id", "sender_id", "sender_kind"]].rename(columns={"sender_id": "uid", "sender_kind": "kind"})
    parts = [senders]
    if "receiver_ids" in m and "chat_type" in m:
        single = m[m["chat_type"] != "group"]
        if not single.empty:
            rec = single[["conversation_id", "receiver_ids"]].explode("receiver_ids").dropna()
            rec = rec.rename(columns={"receiver_ids": "uid"})
            kinds = senders.drop_duplicates("uid").set_index("uid")["kind"]
            uid = rec["uid"].astype(str)
            rec["kind"] = uid.map(kinds).fillna(schema.id_kinds(uid)).to_numpy()
            parts.append(rec)
    people = pd.concat(parts, ignore_index=True).drop_duplicates()
    for col, k in (("employees", "employee"), ("customers", "external")):
        sel = people[people["kind"] == k]
        lists = sel.groupby("conversation_id")["uid"].agg(_unique_sorted)
        out[col] = [lists.get(cid, []) for cid in out.index]
    out = out.reset_index().rename(columns={"index": "conversation_id"})
    out = out.sort_values(["start", "chat_id"], kind="stable").reset_index(drop=True)
    dtypes = schema.frame_dtypes(schema.CONVERSATION_COLUMNS, str(tz))
    for col, dt in dtypes.items():
        if isinstance(dt, pd.ArrowDtype):
            out[col] = pd.Series(pa.array(out[col].tolist(), type=schema.LIST_STR_TYPE), dtype=dt, index=out.index) if len(out) else out[col]
        elif col in ("start", "end"):
            out[col] = out[col].astype(dt)
        else:
            out[col] = out[col].astype(dt)
    return out[list(schema.CONVERSATION_COLUMNS)]

"""The consent rule: which 1:1 messages belong to a customer who refused archiving."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["refused_mask"]


_BEFORE_ALL = np.iinfo(np.int64).min


def _utc_ns(times: Any, n: int) -> np.ndarray:
    """Times as int64 UTC nanoseconds (an int64 array is taken as that already); NaT is before every event."""
    if isinstance(times, np.ndarray) and times.dtype == np.int64:
        return times
    t = pd.to_datetime(pd.Series(times) if np.ndim(times) else pd.Series([times] * n), utc=True)
    out = t.astype("datetime64[ns, UTC]").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view("int64").copy()
    out[t.isna().to_numpy()] = _BEFORE_ALL
    return out


def refused_mask(m: pd.DataFrame, consent: pd.DataFrame | None, *, at: Any = None) -> pd.Series:
    """1:1 messages sent while the customer's latest consent event with that employee is ``disagree``.

    The rule of ``DOMAIN.md``: a customer who refused archiving in a 1:1
    chat must not have that chat read by any AI feature. The consent events
    of one customer-employee pair apply to their 1:1 chat (``chat_id`` is
    the two ids sorted and joined with ``|``) from the event's time until
    the next event (an ``agree`` lifts a refusal). Group messages are never
    refused. This is the one implementation of the rule: eligibility
    (:mod:`toolkit.gating`), access (:mod:`toolkit.privacy`) and the
    operational reports call it.

    Parameters
    ----------
    m : pandas.DataFrame
        Messages with ``chat_id``, ``chat_type`` and tz-aware ``sent_at``.
    consent : pandas.DataFrame or None
        ``Archive.consent`` (``customer_id``, ``employee_id``, ``at``,
        ``status``).
    at : timestamp, array of timestamps or int64 UTC nanoseconds, optional
        When to evaluate the rule: one time for every message (today's
        consent replayed over the history) or one per message. Default: each
        message's own ``sent_at``. Times are compared to the nanosecond; a
        missing time is before every event (not refused).

    Returns
    -------
    pandas.Series of bool
        Aligned to ``m``'s index; True for a refused customer's 1:1 message.

    Examples
    --------
    >>> import pandas as pd
    >>> at = pd.to_datetime(["2026-07-01 10:00", "2026-07-02 10:00", "2026-07-03 10:00"]).tz_localize("Asia/Shanghai")
    >>> m = pd.DataFrame({"chat_id": ["emp1|wmA"] * 3, "chat_type": "single", "sent_at": at})
    >>> c = pd.DataFrame({"customer_id": ["wmA", "wmA"], "employee_id": ["emp1", "emp1"],
    ...                   "at": at[[0, 2]] - pd.Timedelta("1h"), "status": ["disagree", "agree"]})
    >>> refused_mask(m, c).tolist()
    [True, True, False]
    >>> refused_mask(m, c, at=pd.Timestamp("2026-07-04", tz="Asia/Shanghai")).tolist()  # as consent stands today
    [False, False, False]
    """
    mask = pd.Series(False, index=m.index)
    is_single = (m["chat_type"] == "single").to_numpy()
    if not is_single.any() or consent is None or consent.empty:
        return mask
    c = consent.dropna(subset=["customer_id", "employee_id", "at"])
    cu = c["customer_id"].astype(str).to_numpy().astype(str)
    em = c["employee_id"].astype(str).to_numpy().astype(str)
    pair = np.where(cu < em, np.char.add(np.char.add(cu, "|"), em), np.char.add(np.char.add(em, "|"), cu))
    ev = pd.DataFrame({"key": pd.array(pair, dtype=object), "t_event": _utc_ns(c["at"], len(c)),
                       "status": c["status"].astype(str).to_numpy()}).sort_values("t_event", kind="stable")
    t = _utc_ns(m["sent_at"] if at is None else at, len(m))
    if len(t) != len(m):
        raise ValueError(f"at holds {len(t)} times for {len(m)} messages")
    rows = np.flatnonzero(is_single)
    left = pd.DataFrame({"key": pd.array(m["chat_id"].astype(str).to_numpy()[rows], dtype=object), "t": t[rows],
                         "pos": rows}).sort_values("t", kind="stable")
    j = pd.merge_asof(left, ev, left_on="t", right_on="t_event", by="key", direction="backward")
    hit = j["pos"].to_numpy()[(j["status"] == "disagree").to_numpy()]
    mask.iloc[hit] = True
    return mask

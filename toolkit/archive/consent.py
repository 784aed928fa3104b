"""The consent rule: which 1:1 messages belong to a customer who refused archiving."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["refused_mask"]


def refused_mask(m: pd.DataFrame, consent: pd.DataFrame | None) -> pd.Series:
    """1:1 messages sent while the customer's latest consent event with that employee is ``disagree``.

    The rule of ``DOMAIN.md``: a customer who refused archiving in a 1:1
    chat must not have that chat read by any AI feature. The consent events
    of one customer-employee pair apply to their 1:1 chat (``chat_id`` is
    the two ids sorted and joined with ``|``) from the event's time until
    the next event (an ``agree`` lifts a refusal). Group messages are never
    refused.

    Parameters
    ----------
    m : pandas.DataFrame
        Messages with ``chat_id``, ``chat_type`` and tz-aware ``sent_at``.
    consent : pandas.DataFrame or None
        ``Archive.consent`` (``customer_id``, ``employee_id``, ``at``,
        ``status``).

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
    """
    mask = pd.Series(False, index=m.index)
    single = m[m["chat_type"] == "single"]
    if single.empty or consent is None or consent.empty:
        return mask
    c = consent.dropna(subset=["customer_id", "employee_id", "at"])
    pair = np.where(
        c["customer_id"].astype(str) < c["employee_id"].astype(str),
        c["customer_id"].astype(str) + "|" + c["employee_id"].astype(str),
        c["employee_id"].astype(str) + "|" + c["customer_id"].astype(str),
    )
    ev = pd.DataFrame({"chat_id": pair, "at": c["at"].to_numpy(), "status": c["status"].astype(str).to_numpy()})
    ev = ev[ev["chat_id"].isin(set(single["chat_id"]))]
    if ev.empty:
        return mask
    tz = single["sent_at"].dt.tz
    ev["at"] = pd.to_datetime(ev["at"], utc=True).dt.tz_convert(tz).astype(single["sent_at"].dtype)
    left = pd.DataFrame({"chat_id": single["chat_id"].astype(str).to_numpy(), "sent_at": single["sent_at"].to_numpy(), "_row": single.index})
    left["sent_at"] = left["sent_at"].astype(single["sent_at"].dtype)
    left = left.sort_values("sent_at", kind="stable")
    ev = ev.sort_values("at", kind="stable")
    j = pd.merge_asof(left, ev, left_on="sent_at", right_on="at", by="chat_id", direction="backward")
    refused = j.loc[j["status"] == "disagree", "_row"]
    mask.loc[refused.to_numpy()] = True
    return mask

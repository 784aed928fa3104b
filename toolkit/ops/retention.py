"""Retention: what a retention policy requires an archive to keep, and whether it is all there.

Chinese rules for bank wealth-management products ask to keep customer
communication for at least 5 years. :func:`retention_check` says what a
:class:`RetentionPolicy` requires this archive to keep and whether it is all
there: days without any message inside the covered period, long gaps of
employees in scope, records that were quarantined (unreadable, so not really
kept) and the part of the retention window the archive does not reach.
:func:`toolkit.ops.plots.plot_retention` draws its ``days``. The public home
of these names is :mod:`toolkit.ops.compliance` (and :mod:`toolkit.ops`).

Examples
--------
>>> RetentionPolicy(years=10).years
10
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from ..archive import Archive, schema
from ..exceptions import OpsDataWarning

__all__ = ["FINDING_COLUMNS", "RetentionCheck", "RetentionPolicy", "retention_check"]


@dataclass(frozen=True)
class RetentionPolicy:
    """How long records must be kept, counted back from ``as_of``.

    Parameters
    ----------
    years : int, default 5
        Retention period (5 years for bank wealth-management records).
    as_of : str or pandas.Timestamp, optional
        The day the check is made for. ``None`` takes the end of the day of
        the archive's newest message (deterministic, unlike "today").
    name : str
        A label for reports.

    Examples
    --------
    >>> RetentionPolicy().years
    5
    """

    years: int = 5
    as_of: str | pd.Timestamp | None = None
    name: str = "wealth-management records (5 years)"

    def __post_init__(self) -> None:
        if isinstance(self.years, bool) or not isinstance(self.years, (int, np.integer)) or self.years <= 0:
            raise ValueError(f"years must be a positive integer; got {self.years!r}")


class RetentionCheck(NamedTuple):
    """What :func:`retention_check` returns: ``findings``, ``days`` and ``summary``."""

    findings: pd.DataFrame
    days: pd.DataFrame
    summary: dict[str, Any]


#: Columns of ``RetentionCheck.findings``.
FINDING_COLUMNS = ("check", "severity", "start", "end", "userid", "n", "detail")

_MSGTIME = re.compile(r'"msgtime"\s*:\s*"?(\d{10,13})')


def _as_of(policy: RetentionPolicy, messages: pd.DataFrame, tz: str) -> pd.Timestamp:
    if policy.as_of is not None:
        return schema.to_timestamp(policy.as_of, tz, "policy.as_of")
    if messages.empty:
        raise ValueError("the archive has no messages; give policy.as_of to check retention")
    return messages["sent_at"].max().normalize() + pd.Timedelta(days=1)


def _quarantine_times(archive: Archive, tz: str) -> pd.Series:
    """When each quarantined record was sent: its ``msgtime`` when readable,
    else the first message time of its file."""
    q = archive.quarantine
    if q is None or q.empty:
        return pd.Series([], dtype=pd.DatetimeTZDtype(unit="ns", tz=tz))
    raw = q["raw"].fillna("").astype(str)
    num = pd.to_numeric(raw.str.extract(_MSGTIME, expand=False), errors="coerce")
    ms = num.where(num >= 1e12, num * 1000)
    ms = ms.where((ms >= 946_684_800_000) & (ms < 4_102_444_800_000))  # 2000-2100, else use the file's day
    t = pd.to_datetime(ms, unit="ms", utc=True).dt.tz_convert(tz)
    if archive.files is not None and not archive.files.empty:
        first = archive.files.set_index("source")["first_sent_at"]
        first = first[~first.index.duplicated()]
        t = t.fillna(q["source"].map(first))
    return t.astype(pd.DatetimeTZDtype(unit="ns", tz=tz))


def _day_runs(days: pd.DatetimeIndex) -> list[tuple[pd.Timestamp, pd.Timestamp, int]]:
    """Runs of consecutive days: (first, last, length)."""
    if len(days) == 0:
        return []
    d = days.sort_values()
    step = np.diff(d.asi8) != pd.Timedelta(days=1).value
    cut = np.concatenate([[0], np.flatnonzero(step) + 1, [len(d)]])
    return [(d[a], d[b - 1], int(b - a)) for a, b in zip(cut[:-1], cut[1:], strict=True)]


def _employee_days(messages: pd.DataFrame) -> pd.DataFrame:
    """(userid, day) pairs where an employee sent, or received in a 1:1 chat, a message."""
    sent = messages.loc[messages["sender_kind"] == "employee", ["sender_id", "sent_at"]].rename(columns={"sender_id": "userid"})
    single = messages.loc[messages["chat_type"] != "group", ["receiver_ids", "sent_at"]]
    rec = single.explode("receiver_ids").rename(columns={"receiver_ids": "userid"}).dropna(subset=["userid"])
    both = pd.concat([sent, rec[["userid", "sent_at"]]], ignore_index=True)
    both["userid"] = both["userid"].astype(str)
    both["day"] = both["sent_at"].dt.normalize()
    return both[["userid", "day"]].drop_duplicates()


def _finding(check: str, severity: str, start: Any, end: Any, userid: Any, n: int, detail: str) -> dict[str, Any]:
    return {"check": check, "severity": severity, "start": start, "end": end, "userid": userid, "n": int(n), "detail": detail}


def retention_check(
    archive: Archive,
    policy: RetentionPolicy | None = None,
    *,
    max_gap_days: int = 7,
) -> RetentionCheck:
    """What a retention policy requires this archive to keep, and whether it is all there.

    The *retention window* runs from ``as_of - years`` to ``as_of``; every
    message, consent and recall record sent in it must be kept. The
    *covered period* is the part of the window between the archive's first
    and last message days. The checks, each giving finding rows:

    - ``before_archive``: the archive starts after the window does; records
      of that earlier period must be kept elsewhere (this archive cannot
      show them).
    - ``missing_day``: a day of the covered period with no message at all
      (runs of such days are one finding; ``n`` is the number of days).
      A day whose messages arrived late in another file is not missing.
    - ``employee_gap``: an employee in scope (``archive.scope``, within its
      ``since``/``until`` and before the staff directory's ``left_at``) with
      no message sent, or received in a 1:1 chat, for more than
      ``max_gap_days`` consecutive days of the covered period, or none at
      all; a gap may be a holiday, or a scope or pull failure.
    - ``quarantined``: records of the window that were quarantined at load
      (still encrypted, bad time, bad JSON ...): present but unreadable, so
      not really kept. One finding per quarantine reason, from its first to
      its last day; a record's day is its ``msgtime`` when readable, else its
      file's first message (``days`` has the counts per day); a record with
      neither is counted too, at an unknown time.
    - ``no_consent_records``: 1:1 chats with customers but no agree/disagree
      record at all: the consent evidence is missing.

    Parameters
    ----------
    archive : Archive
        A loaded archive; ``scope`` and ``staff`` are used when present.
    policy : RetentionPolicy, optional
        Default ``RetentionPolicy()`` (5 years, as of the newest message day).
    max_gap_days : int, default 7
        Longest silence of an employee in scope that is not reported.

    Returns
    -------
    RetentionCheck
        ``findings``: one row per finding, columns ``check``, ``severity``
        (``high`` for missing days and quarantined records, ``medium``
        otherwise), ``start`` and ``end`` (tz-aware day starts, inclusive),
        ``userid`` (employee gaps only), ``n`` (days or records) and
        ``detail``; sorted by check, start, userid.
        ``days``: one row per day of the covered period: ``day``,
        ``n_messages``, ``n_quarantined``, ``is_missing``.
        ``summary``: a dict with ``policy``, ``years``, ``as_of``,
        ``window_start``, ``archive_from``, ``archive_to``,
        ``messages_to_keep``, ``consent_to_keep``, ``recalls_to_keep``,
        ``days_covered``, ``missing_days``, ``employees_with_gaps``,
        ``quarantined_in_window``, ``days_before_archive`` and ``complete``
        (True when no finding has severity ``high`` and the archive reaches
        back to the window start).

    Raises
    ------
    TypeError
        ``archive`` is not an :class:`~toolkit.archive.Archive`.
    ValueError
        A bad ``policy`` or ``max_gap_days``, or an empty archive without
        ``policy.as_of``.

    Examples
    --------
    >>> import warnings
    >>> from toolkit.synth import make_archive
    >>> from toolkit.archive import load_archive
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> _ = make_archive(d, n_days=5, n_employees=4, n_customers=30, n_groups=2, random_state=0)
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     arch = load_archive(d + "/archive", scope=d + "/scope.csv", staff=d + "/staff.csv")
    >>> check = retention_check(arch)
    >>> {k: check.summary[k] for k in ("years", "days_covered", "missing_days", "quarantined_in_window", "complete")}
    {'years': 5, 'days_covered': 6, 'missing_days': 0, 'quarantined_in_window': 2, 'complete': False}
    >>> check.findings[["check", "n"]]
                check     n
    0  before_archive  1820
    1     quarantined     1
    2     quarantined     1
    """
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive; got {type(archive).__name__}")
    policy = RetentionPolicy() if policy is None else policy
    if not isinstance(policy, RetentionPolicy):
        raise TypeError(f"policy must be a RetentionPolicy; got {type(policy).__name__}")
    if isinstance(max_gap_days, bool) or not isinstance(max_gap_days, (int, np.integer)) or max_gap_days < 1:
        raise ValueError(f"max_gap_days must be a positive integer; got {max_gap_days!r}")
    tz = archive.tz
    m = archive.messages
    as_of = _as_of(policy, m, tz)
    window_start = as_of - pd.DateOffset(years=policy.years)
    keep = m[(m["sent_at"] >= window_start) & (m["sent_at"] < as_of)]
    findings: list[dict[str, Any]] = []

    def _in_window(t: pd.Series) -> pd.Series:
        return (t >= window_start) & (t < as_of)

    consent_keep = int(_in_window(archive.consent["at"]).sum()) if archive.consent is not None else 0
    recalls_keep = int(_in_window(archive.recalls["recalled_at"]).sum()) if archive.recalls is not None else 0

    day_dtype = pd.DatetimeTZDtype(unit="ns", tz=tz)
    if keep.empty:
        days = pd.DataFrame({"day": pd.Series([], dtype=day_dtype), "n_messages": pd.Series([], dtype="int64"),
                             "n_quarantined": pd.Series([], dtype="int64"), "is_missing": pd.Series([], dtype=bool)})
        first_day = last_day = pd.NaT
        findings.append(_finding("before_archive", "high", window_start.normalize(), (as_of - pd.Timedelta(days=1)).normalize(),
                                 pd.NA, (as_of.normalize() - window_start.normalize()).days,
                                 "the archive holds no message in the retention window"))
    else:
        msg_day = keep["sent_at"].dt.normalize()
        first_day, last_day = msg_day.min(), msg_day.max()
        all_days = pd.date_range(first_day, last_day, freq="D", tz=tz)
        counts = msg_day.value_counts().reindex(all_days, fill_value=0)
        qt = _quarantine_times(archive, tz)
        # A record whose time is unknown (no readable msgtime, a file without any
        # message) is counted as in the window rather than dropped.
        qin = qt[_in_window(qt) | qt.isna()] if len(qt) else qt
        known = qin.dropna()
        qcounts = known.dt.normalize().value_counts().reindex(all_days, fill_value=0) if len(known) else pd.Series(0, index=all_days)
        days = pd.DataFrame({"day": all_days, "n_messages": counts.to_numpy().astype("int64"),
                             "n_quarantined": qcounts.to_numpy().astype("int64")})
        days["is_missing"] = days["n_messages"].eq(0)
        before = (first_day - window_start.normalize()).days
        if before > 0:
            findings.append(_finding("before_archive", "medium", window_start.normalize(), first_day - pd.Timedelta(days=1), pd.NA, before,
                                     f"the archive starts {before} days after the retention window; those records must be kept elsewhere"))
        for a, b, n in _day_runs(pd.DatetimeIndex(days.loc[days["is_missing"], "day"])):
            findings.append(_finding("missing_day", "high", a, b, pd.NA, n, f"{n} day(s) without any archived message"))
        # Quarantined records, per day and reason.
        if len(qin):
            qf = pd.DataFrame({"day": qin.dt.normalize(), "reason": archive.quarantine.loc[qin.index, "reason"].fillna("unknown").astype(str)})
            for reason, grp in qf.groupby("reason", sort=True):
                n, n_days, n_unknown = len(grp), grp["day"].nunique(), int(grp["day"].isna().sum())
                when = f" on {n_days} day(s)" + (f" and {n_unknown} at an unknown time" if n_unknown else "")
                findings.append(_finding("quarantined", "high", grp["day"].min(), grp["day"].max(), pd.NA, n,
                                         f"{n} record(s) quarantined ({reason}){when}: in the archive but unreadable"))
        findings += _employee_gaps(archive, keep, first_day, last_day, max_gap_days, tz)

    has_external_single = bool((m["chat_type"] == "single").any()) if not m.empty else False
    if has_external_single and (archive.consent is None or archive.consent.empty):
        findings.append(_finding("no_consent_records", "medium", first_day, last_day, pd.NA, 0,
                                 "1:1 chats with customers but no agree/disagree record: consent evidence is missing"))
        warnings.warn(
            "the archive has no consent records although it holds 1:1 chats with customers; "
            "the retention check reports them as missing (finding 'no_consent_records')",
            OpsDataWarning,
            stacklevel=2,
        )

    f = pd.DataFrame(findings, columns=list(FINDING_COLUMNS))
    for col in ("start", "end"):
        f[col] = pd.to_datetime(f[col]).astype(day_dtype) if len(f) else pd.Series([], dtype=day_dtype)
    f["userid"] = f["userid"].astype("str")
    f["n"] = f["n"].astype("int64")
    f = f.sort_values(["check", "start", "userid"], kind="stable", na_position="first").reset_index(drop=True)
    qsum = int(f.loc[f["check"] == "quarantined", "n"].sum())
    days_before = int(f.loc[f["check"] == "before_archive", "n"].sum())
    summary: dict[str, Any] = {
        "policy": policy.name,
        "years": int(policy.years),
        "as_of": as_of,
        "window_start": window_start,
        "archive_from": first_day,
        "archive_to": last_day,
        "messages_to_keep": len(keep),
        "consent_to_keep": consent_keep,
        "recalls_to_keep": recalls_keep,
        "days_covered": len(days),
        "missing_days": int(days["is_missing"].sum()),
        "employees_with_gaps": int(f.loc[f["check"] == "employee_gap", "userid"].nunique()),
        "quarantined_in_window": qsum,
        "days_before_archive": days_before,
        "complete": bool(not (f["severity"] == "high").any() and days_before == 0),
    }
    return RetentionCheck(f, days.reset_index(drop=True), summary)


def _employee_gaps(
    archive: Archive, keep: pd.DataFrame, first_day: pd.Timestamp, last_day: pd.Timestamp, max_gap_days: int, tz: str
) -> list[dict[str, Any]]:
    scope = archive.scope
    if scope is None or scope.empty:
        return []
    left = {}
    if archive.staff is not None and not archive.staff.empty:
        s = archive.staff.dropna(subset=["left_at"])
        left = dict(zip(s["userid"].astype(str), s["left_at"], strict=True))
    active = _employee_days(keep)
    by_user = active.groupby("userid")["day"].agg(lambda d: set(d))
    out = []
    for row in scope.sort_values("userid", kind="stable").itertuples(index=False):
        uid = str(row.userid)
        start = first_day if pd.isna(row.since) else max(first_day, row.since.tz_convert(tz).normalize())
        end = last_day if pd.isna(row.until) else min(last_day, (row.until.tz_convert(tz) - pd.Timedelta(microseconds=1)).normalize())
        if uid in left and not pd.isna(left[uid]):
            end = min(end, (left[uid].tz_convert(tz) - pd.Timedelta(microseconds=1)).normalize())
        if end < start:
            continue
        period = pd.date_range(start, end, freq="D", tz=tz)
        seen = by_user.get(uid, set())
        idle = period[~period.isin(list(seen))] if seen else period
        if not seen:
            out.append(_finding("employee_gap", "medium", start, end, uid, len(period),
                                f"in scope for {len(period)} day(s) with no archived message"))
            continue
        for a, b, n in _day_runs(pd.DatetimeIndex(idle)):
            if n > max_gap_days:
                out.append(_finding("employee_gap", "medium", a, b, uid, n, f"{n} consecutive day(s) in scope with no archived message"))
    return out

"""Scope and freshness: are the daily files on time, and who is (not) archived.

Archive data arrives **T+1**: the daily file dated D holds the messages sent
on day D-1, so its oldest message waited at most 24 h for the file's cut
(midnight at the start of D). A longer wait has known causes: a missing
daily file (its messages arrive in a later one), an employee who sent
messages while not in the scope, a member switching enterprise accounts
(switch records), or the puller's network or the vendor's account binding.
"""

from __future__ import annotations

import datetime
import re
import warnings
from typing import Any

import numpy as np
import pandas as pd

from ._common import OpsDataWarning, _check_archive, _lookup, _timedelta

__all__ = ["FRESHNESS_STATUSES", "file_freshness", "scope_usage", "unused_licenses", "unused_licences", "unscoped_employees"]

#: ``status`` values of :func:`file_freshness`.
FRESHNESS_STATUSES = ("ok", "late", "stale", "missing", "empty", "undated")
#: A date in a file name: ``YYYYMMDD``, or ``YYYY-MM-DD`` with ``-``, ``_`` or ``.`` (the same one twice) between
#: its parts (month and day then may have one digit), not inside a longer run of digits.
_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d{2})(?:(?P<sep>[-_.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))(?!\d)"
)


def _file_date(name: str, tz: str) -> pd.Timestamp:
    """Midnight of the first valid date in ``name`` (see :data:`_DATE`), in ``tz``; NaT if there is none.

    Examples
    --------
    >>> [str(_file_date(n, "UTC").date()) for n in ["2019-06-01.jsonl", "msgaudit_20190601.jsonl",
    ...                                             "msgaudit_2019_06_01_part2.jsonl.gz", "2019.6.1.json"]]
    ['2019-06-01', '2019-06-01', '2019-06-01', '2019-06-01']
    >>> _file_date("msgaudit_20191399.jsonl", "UTC"), _file_date("2019-06_01.jsonl", "UTC")
    (NaT, NaT)
    """
    for m in _DATE.finditer(name):
        month, day = (m["m"], m["d"]) if m["sep"] else (m["m2"], m["d2"])
        try:
            date = datetime.date(int(m["y"]), int(month), int(day))  # rejects 2019-13-99, 2019-02-30
        except ValueError:
            continue
        return pd.Timestamp(date).tz_localize(tz)
    return pd.NaT


def _in_scope(emp: pd.DataFrame, scope: pd.DataFrame) -> pd.Series:
    """Whether each (userid, sent_at) row falls inside one of the user's scope windows."""
    if emp.empty:
        return pd.Series(False, index=emp.index)
    j = emp[["userid", "sent_at"]].reset_index().merge(scope, on="userid", how="inner")
    ok = (j["since"].isna() | (j["sent_at"] >= j["since"])) & (j["until"].isna() | (j["sent_at"] < j["until"]))
    inside = j.loc[ok, "index"].unique()
    return pd.Series(emp.index.isin(inside), index=emp.index)


def file_freshness(archive: Any, *, lag: str | pd.Timedelta = "1D") -> pd.DataFrame:
    """Per daily file: how old its messages are at the file's date, flagged with a likely cause.

    **Definitions.** A file's date ``file_date`` is read from its name
    as midnight starting that day, in the archive's zone: the earliest
    moment a daily dump of the previous day can be cut. The date is the
    first valid one in the name, written ``YYYYMMDD`` or ``YYYY-MM-DD``
    with ``-``, ``_`` or ``.`` between its parts, anywhere in the name
    (``2019-06-01.jsonl``, ``20190601.jsonl``, ``msgaudit_20190601.jsonl``,
    ``msgaudit_2019-06-01_part2.jsonl.gz``, ``2019_06_01.json``,
    ``2019.06.01.jsonl``); impossible dates (``20191399``) do not count.
    ``delay_hours`` is how long the file's *oldest* message had been waiting
    at ``file_date`` and ``newest_age_hours`` how old its *newest* message
    was then. With the normal T+1 (``lag`` = 1 day) both are at most
    24 h.

    ``status`` is

    - ``late``: ``delay_hours`` > ``lag`` (messages arrived more than a day
      late);
    - ``stale``: not late, but ``newest_age_hours`` > ``lag`` (the file
      lacks the latest day);
    - ``missing``: no file carries this date, while files before and after
      it do (a row without a file);
    - ``empty``: a file without chat messages; ``undated``: no date in its
      name; ``ok`` otherwise.

    ``likely_cause`` (late and stale files) lists, separated by ``; ``,
    ``missing_file`` (late messages belong to a date whose file is
    missing); then, for the late messages that explains not,
    ``out_of_scope`` (1:1 messages sent by employees while outside the
    scope) and ``switch`` (switch records of their senders during the late
    window); else ``unknown (puller network or vendor binding)``.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive (``files``, ``messages``, ``switches``, ``scope``).
    lag : str or pandas.Timedelta
        The normal delivery lag (default one day, T+1).

    Returns
    -------
    pandas.DataFrame
        One row per file and per missing date, sorted by ``file_date``:
        ``file`` (file name, NaN for a missing date), ``file_date``,
        ``status``, ``n_messages``, ``first_sent_at``, ``last_sent_at``,
        ``delay_hours``, ``newest_age_hours``, ``n_late_messages`` (waited
        longer than ``lag``), ``late_senders`` (employees among their
        senders, space-separated, at most 5), ``likely_cause``.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive, tiny_records
    >>> recs = tiny_records()
    >>> for r in recs[13:]:  # the file of 07-04 never came; 07-03's messages arrive with 07-04's
    ...     r["_file"] = "msgaudit_20260705.jsonl"
    >>> f = file_freshness(tiny_archive(recs))
    >>> f[["status", "delay_hours", "n_late_messages", "likely_cause"]].round(1)
        status  delay_hours  n_late_messages           likely_cause
    0       ok         14.0                0
    1       ok          9.0                0
    2  missing          NaN                0  no file for this date
    3     late         38.8                5           missing_file
    >>> f["file"].tolist()
    ['msgaudit_20260702.jsonl', 'msgaudit_20260703.jsonl', nan, 'msgaudit_20260705.jsonl']
    """
    archive = _check_archive(archive)
    lag_td = _timedelta("lag", lag)
    tz = archive.tz
    lag_h = lag_td / pd.Timedelta(hours=1)
    files = archive.files
    m = archive.messages
    rows = pd.DataFrame(
        {
            "source": files["source"].astype(str),
            "file": files["source"].astype(str).str.replace("\\", "/").str.rsplit("/", n=1).str[-1],
            "n_messages": files["messages"].astype("int64"),
            "first_sent_at": files["first_sent_at"],
            "last_sent_at": files["last_sent_at"],
        }
    )
    rows["file_date"] = pd.Series([_file_date(n, tz) for n in rows["file"]], index=rows.index, dtype=pd.DatetimeTZDtype("ns", tz))
    hours = pd.Timedelta(hours=1)
    rows["delay_hours"] = (rows["file_date"] - rows["first_sent_at"]) / hours
    rows["newest_age_hours"] = (rows["file_date"] - rows["last_sent_at"]) / hours
    # per-message waits
    fdate = rows.set_index("source")["file_date"]
    wait = (_lookup(m["source"], fdate, fdate.dtype) - m["sent_at"]) / hours
    late_msgs = m[wait > lag_h].assign(_wait=wait[wait > lag_h])
    rows["n_late_messages"] = rows["source"].map(late_msgs.groupby("source").size()).fillna(0).astype("int64")
    # calendar gaps
    dated = rows["file_date"].dropna()
    missing_dates: list[pd.Timestamp] = []
    if len(dated):
        days = pd.date_range(dated.min(), dated.max(), freq="D")
        have = set(dated.dt.normalize())
        missing_dates = [d for d in days if d not in have]
    missing = set(missing_dates)
    scope = archive.scope
    emp_late = late_msgs[late_msgs["sender_kind"].eq("employee")]
    if scope is not None and not emp_late.empty:
        out_scope = ~_in_scope(emp_late.rename(columns={"sender_id": "userid"}), scope)
    else:
        out_scope = pd.Series(False, index=emp_late.index)
    status, causes, senders = [], [], []
    sw = archive.switches
    for r in rows.itertuples(index=False):
        lm = late_msgs[late_msgs["source"] == r.source]
        el = emp_late[emp_late["source"] == r.source]
        senders.append(" ".join(sorted(el["sender_id"].unique())[:5]) if len(el) else "")
        if pd.isna(r.file_date):
            status.append("undated")
        elif r.n_messages == 0:
            status.append("empty")
        elif r.delay_hours > lag_h:
            status.append("late")
        elif r.newest_age_hours > lag_h:
            status.append("stale")
        else:
            status.append("ok")
        if status[-1] not in ("late", "stale"):
            causes.append("")
            continue
        why = []
        due = (lm["sent_at"].dt.normalize() + lag_td).dt.normalize()
        explained = due.isin(missing)
        if explained.any():
            why.append("missing_file")
        rest = lm[~explained.to_numpy()]
        el_rest = el[el.index.isin(rest.index) & el["chat_type"].ne("group")]
        if bool(out_scope.reindex(el_rest.index).fillna(False).any()):
            why.append("out_of_scope")
        if len(rest) and not sw.empty:
            lo = rest["sent_at"].min()
            hit = (sw["at"] >= lo) & (sw["at"] < r.file_date) & sw["user_id"].isin(rest["sender_id"])
            if hit.any():
                why.append("switch")
        causes.append("; ".join(why) if why else "unknown (puller network or vendor binding)")
    rows["status"] = status
    rows["likely_cause"] = causes
    rows["late_senders"] = senders
    gaps = pd.DataFrame({"file_date": pd.Series(missing_dates, dtype=pd.DatetimeTZDtype("ns", tz))})
    gaps["status"] = "missing"
    gaps["likely_cause"] = "no file for this date"
    gaps["n_messages"] = 0
    gaps["n_late_messages"] = 0
    gaps["late_senders"] = ""
    out = pd.concat([rows.drop(columns="source"), gaps], ignore_index=True) if len(gaps) else rows.drop(columns="source")
    out = out.sort_values(["file_date", "file"], kind="stable", na_position="last").reset_index(drop=True)
    cols = ["file", "file_date", "status", "n_messages", "first_sent_at", "last_sent_at", "delay_hours",
            "newest_age_hours", "n_late_messages", "late_senders", "likely_cause"]
    out = out[cols]
    for c in ("file", "status", "late_senders", "likely_cause"):
        out[c] = out[c].astype("str")
    for c in ("n_messages", "n_late_messages"):
        out[c] = out[c].astype("int64")
    out.attrs["lag"] = str(lag_td)
    return out


_USAGE_STATUSES = ("unknown_user", "unused_licence", "not_in_scope", "outside_scope_window", "left_still_in_scope", "ok", "no_scope")


def scope_usage(archive: Any) -> pd.DataFrame:
    """Per employee: in scope or not, how much they sent, and what does not add up.

    Employees are everyone in the staff directory, the scope, the
    employee senders and the employee group members. Each gets one
    ``status``, the first that applies:

    - ``unknown_user``: listed in the scope, but neither in the staff
      directory nor ever seen in the archive (a typo or a deleted account);
    - ``unused_licence``: in the scope (a paid archive licence) but sent no
      message;
    - ``not_in_scope``: never in the scope, yet seen: their messages reach
      the archive only through group chats with an archived member (the
      *employees seen in groups but not in scope*);
    - ``outside_scope_window``: in the scope, but sent 1:1 messages outside
      its ``since``/``until`` window (messages while not in scope);
    - ``left_still_in_scope``: left the company (staff ``left_at``) and
      still in the scope after that (a licence to free);
    - ``ok``; or ``no_scope`` when the archive was loaded without a scope.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive, ideally with ``scope``, ``staff`` and ``rooms``.

    Returns
    -------
    pandas.DataFrame
        One row per employee, sorted by ``status`` order then ``userid``:
        ``userid``, ``in_staff``, ``in_scope`` (bool), ``scope_since``,
        ``scope_until``, ``left_at``, ``n_messages``, ``n_direct`` (1:1
        and internal), ``n_group``, ``n_groups`` (rooms seen in, as sender
        or member), ``n_outside_scope`` (messages sent while outside every
        scope window), ``n_direct_outside_scope``, ``first_sent_at``,
        ``last_sent_at``, ``status``.

    Warns
    -----
    OpsDataWarning
        The archive has no scope (all ``no_scope``), or the scope lists
        userids nobody knows.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.testing import tiny_archive
    >>> scope = pd.DataFrame({"userid": ["zs", "ls", "ghost"], "since": "", "until": ""})
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     u = scope_usage(tiny_archive(scope=scope))
    >>> u[["userid", "in_scope", "n_messages", "n_group", "status"]]
      userid  in_scope  n_messages  n_group               status
    0  ghost      True           0        0         unknown_user
    1     ww     False           1        1         not_in_scope
    2     ls      True           2        0  left_still_in_scope
    3     zs      True           5        0                   ok
    >>> str(w[0].message)[:40]
    'the scope lists 1 userid(s) that are nei'
    """
    archive = _check_archive(archive)
    tz = archive.tz
    m = archive.messages
    emp = m[m["sender_kind"].eq("employee")][["sender_id", "chat_type", "roomid", "sent_at"]].rename(columns={"sender_id": "userid"})
    staff = archive.staff
    scope = archive.scope
    members = archive.room_members
    ids: set[str] = set(emp["userid"].dropna())
    if staff is not None:
        ids |= set(staff["userid"].dropna())
    if scope is not None:
        ids |= set(scope["userid"].dropna())
    if members is not None:
        ids |= set(members.loc[members["member_kind"].eq("employee"), "member_id"].dropna())
    out = pd.DataFrame({"userid": sorted(ids)})
    out["in_staff"] = out["userid"].isin(set(staff["userid"])) if staff is not None else False
    dt = pd.DatetimeTZDtype("ns", tz)
    if scope is not None:
        sg = scope.groupby("userid")
        since = sg["since"].min().where(~sg["since"].apply(lambda s: s.isna().any()), pd.NaT)
        until = sg["until"].max().where(~sg["until"].apply(lambda s: s.isna().any()), pd.NaT)
        out["in_scope"] = out["userid"].isin(set(scope["userid"]))
        out["scope_since"] = _lookup(out["userid"], since, dt)
        out["scope_until"] = _lookup(out["userid"], until, dt)
    else:
        warnings.warn(
            "the archive was loaded without a scope: unused licences and unscoped employees cannot be told "
            "(pass scope= to load_archive: a permit-user-list JSON or a CSV of userid, since, until)",
            OpsDataWarning,
            stacklevel=2,
        )
        out["in_scope"] = False
        out["scope_since"] = pd.Series(pd.NaT, index=out.index, dtype=dt)
        out["scope_until"] = pd.Series(pd.NaT, index=out.index, dtype=dt)
    left = staff.dropna(subset=["userid"]).drop_duplicates("userid").set_index("userid")["left_at"] if staff is not None else pd.Series(dtype=dt)
    out["left_at"] = _lookup(out["userid"], left, dt)  # Series.map fails on an empty datetime table (no staff)
    g = emp.groupby("userid")
    out["n_messages"] = out["userid"].map(g.size()).fillna(0).astype("int64")
    direct = emp["chat_type"].ne("group")
    out["n_direct"] = out["userid"].map(emp[direct].groupby("userid").size()).fillna(0).astype("int64")
    out["n_group"] = out["n_messages"] - out["n_direct"]
    rooms = emp.dropna(subset=["roomid"])[["userid", "roomid"]]
    if members is not None:
        rooms = pd.concat([rooms, members[members["member_kind"].eq("employee")].rename(columns={"member_id": "userid"})[["userid", "roomid"]]])
    out["n_groups"] = out["userid"].map(rooms.drop_duplicates().groupby("userid").size()).fillna(0).astype("int64")
    if scope is not None:
        inside = _in_scope(emp, scope)
        outside = emp[~inside]
        out["n_outside_scope"] = out["userid"].map(outside.groupby("userid").size()).fillna(0).astype("int64")
        out["n_direct_outside_scope"] = out["userid"].map(outside[outside["chat_type"].ne("group")].groupby("userid").size()).fillna(0).astype("int64")
    else:
        out["n_outside_scope"] = 0
        out["n_direct_outside_scope"] = 0
    out["first_sent_at"] = _lookup(out["userid"], g["sent_at"].min(), dt)
    out["last_sent_at"] = _lookup(out["userid"], g["sent_at"].max(), dt)
    seen = out["n_messages"].gt(0) | out["n_groups"].gt(0)
    if scope is None:
        status = np.full(len(out), "no_scope", dtype=object)
    else:
        left_in = out["left_at"].notna() & out["in_scope"] & (out["scope_until"].isna() | (out["scope_until"] > out["left_at"]))
        status = np.select(
            [
                out["in_scope"] & ~out["in_staff"] & ~seen,
                out["in_scope"] & out["n_messages"].eq(0),
                ~out["in_scope"] & seen,
                out["in_scope"] & out["n_direct_outside_scope"].gt(0),
                left_in,
            ],
            ["unknown_user", "unused_licence", "not_in_scope", "outside_scope_window", "left_still_in_scope"],
            default="ok",
        )
    out["status"] = pd.Series(status, index=out.index, dtype="str")
    n_unknown = int(out["status"].eq("unknown_user").sum())
    if n_unknown:
        warnings.warn(
            f"the scope lists {n_unknown} userid(s) that are neither in the staff directory nor seen in the archive "
            "(status 'unknown_user'): check them for typos or deleted accounts; the other employees are analysed as usual",
            OpsDataWarning,
            stacklevel=2,
        )
    order = {s: i for i, s in enumerate(_USAGE_STATUSES)}
    out = out.assign(_o=out["status"].map(order)).sort_values(["_o", "userid"], kind="stable").drop(columns="_o")
    out["userid"] = out["userid"].astype("str")
    out["in_staff"] = out["in_staff"].astype(bool)
    out["in_scope"] = out["in_scope"].astype(bool)
    return out.reset_index(drop=True)


def unused_licenses(archive: Any) -> pd.DataFrame:
    """Employees in the scope who sent no message (see :func:`scope_usage`): their ``status`` is ``unused_licence``.

    Named like :func:`toolkit.gating.optimize_licenses` (the glossary, ``docs/glossary.md``).

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.testing import tiny_archive
    >>> a = tiny_archive(scope=pd.DataFrame({"userid": ["zs", "ls", "idle"]}), staff=pd.DataFrame({"userid": ["zs", "ls", "idle"]}))
    >>> unused_licenses(a)["userid"].tolist()
    ['idle']
    """
    u = scope_usage(archive)
    return u[u["status"].eq("unused_licence")].reset_index(drop=True)


def unused_licences(archive: Any) -> pd.DataFrame:
    """Deprecated name of :func:`unused_licenses` (kept for one release; warns with ``FutureWarning``)."""
    warnings.warn("unused_licences is renamed unused_licenses (like optimize_licenses); the old name goes in the next "
                  "release", FutureWarning, stacklevel=2)
    return unused_licenses(archive)


def unscoped_employees(archive: Any) -> pd.DataFrame:
    """Employees seen in the archive (in groups) who were never in the scope (see :func:`scope_usage`).

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> unscoped_employees(tiny_archive())[["userid", "n_group"]]
      userid  n_group
    0     ww        1
    """
    u = scope_usage(archive)
    return u[u["status"].eq("not_in_scope")].reset_index(drop=True)

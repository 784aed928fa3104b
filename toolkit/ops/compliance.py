"""Compliance: retention against a policy, and QA rules with evidence rows.

Two questions archive owners in regulated trades ask every week:

- **Retention.** Chinese rules for bank wealth-management products ask to
  keep customer communication for at least 5 years. :func:`retention_check`
  says what a :class:`RetentionPolicy` requires this archive to keep and
  whether it is all there: days without any message inside the covered
  period, long gaps of employees in scope, records that were quarantined
  (unreadable, so not really kept) and the part of the retention window the
  archive does not reach.
- **Quality assurance (会话质检).** :func:`qa_hits` applies configurable
  :class:`QARule` s to the messages: risky promises (全额退款, 保本, 稳赚,
  保证收益, 无风险 ...), sensitive words, and customers kept waiting longer
  than N minutes. Each hit is an evidence row with a masked snippet.

Examples
--------
>>> from toolkit.ops.compliance import DEFAULT_QA_RULES
>>> sorted({r.kind for r in DEFAULT_QA_RULES})
['keyword', 'regex', 'wait']
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import numpy as np
import pandas as pd

from ..archive import Archive, conversation_ids, schema
from ..exceptions import OpsDataWarning, QARuleWarning
from ..privacy.mask import PLACEHOLDERS, find_pii
from ..text import normalize_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "DEFAULT_QA_RULES",
    "HIT_COLUMNS",
    "QARule",
    "QARuleWarning",
    "RetentionCheck",
    "RetentionPolicy",
    "plot_qa_hits",
    "plot_retention",
    "qa_hits",
    "qa_rules_frame",
    "retention_check",
]


# --------------------------------------------------------------------------
# Retention
# --------------------------------------------------------------------------


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
        try:
            ts = pd.Timestamp(policy.as_of)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"policy.as_of must be a date or timestamp; got {policy.as_of!r}") from exc
        return ts.tz_localize(tz) if ts.tzinfo is None else ts.tz_convert(tz)
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


def plot_retention(days: pd.DataFrame, *, ax: Axes | None = None, title: str = "每日存档消息数", ylabel: str = "消息数") -> Axes:
    """Messages per day of the covered period; missing days in red, quarantined records stacked.

    Parameters
    ----------
    days : pandas.DataFrame
        ``RetentionCheck.days``: ``day``, ``n_messages``, ``n_quarantined``,
        ``is_missing``.
    ax : matplotlib.axes.Axes, optional
    title, ylabel : str

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.DataFrame({"day": pd.date_range("2026-07-01", periods=3, tz="Asia/Shanghai"),
    ...                   "n_messages": [5, 0, 7], "n_quarantined": [0, 0, 1], "is_missing": [False, True, False]})
    >>> ax = plot_retention(d)
    >>> len(ax.patches)
    7
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(10, 3))
    x = pd.to_datetime(days["day"]).dt.tz_localize(None)
    ax.bar(x, days["n_messages"], width=0.9, color="#4c72b0", label="消息")
    ax.bar(x, days["n_quarantined"], bottom=days["n_messages"], width=0.9, color="#dd8452", label="隔离记录")
    missing = days["is_missing"].to_numpy(dtype=bool)
    top = float(max(days["n_messages"].max() if len(days) else 1, 1))
    ax.bar(x[missing], [top] * int(missing.sum()), width=0.9, color="#c44e52", alpha=0.3, label="缺失日")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", fontsize="small")
    return ax


# --------------------------------------------------------------------------
# QA rules
# --------------------------------------------------------------------------

_KINDS = ("keyword", "regex", "wait")
_SEVERITIES = ("low", "medium", "high")
_APPLIES = ("employee", "external", "any")


@dataclass(frozen=True)
class QARule:
    """One quality-assurance rule.

    Parameters
    ----------
    name : str
        Short id shown in evidence rows.
    kind : {"keyword", "regex", "wait"}
        ``keyword``: ``pattern`` holds literal words separated by ``|``,
        matched after :func:`toolkit.text.normalize_text` (full/half width,
        traditional/simplified and case do not matter). ``regex``: a Python
        regular expression searched in the normalised text (write it in
        simplified, half-width, lower case). ``wait``: a customer kept
        waiting; ``pattern`` is the number of minutes, or ``""`` to use
        ``qa_hits(wait_minutes=...)``.
    pattern : str
    severity : {"low", "medium", "high"}
    applies_to : {"employee", "external", "any"}
        Whose messages the rule reads (``wait`` rules always read customers).
    description : str
        What the rule is for.

    Examples
    --------
    >>> QARule("guarantee", "keyword", "保证收益|稳赚", "high").kind
    'keyword'
    """

    name: str
    kind: Literal["keyword", "regex", "wait"]
    pattern: str
    severity: Literal["low", "medium", "high"] = "medium"
    applies_to: Literal["employee", "external", "any"] = "employee"
    description: str = ""


#: The default rules: risky promises of agents, sensitive words, waiting customers.
DEFAULT_QA_RULES: tuple[QARule, ...] = (
    QARule("promise_full_refund", "keyword", "全额退款|全款退还|退全款", "high",
           description="承诺全额退款 (a refund promise the agent may not be allowed to make)"),
    # Not 确保本次 / 环保本身 / 担保本人: 保本 is a substring of other words.
    QARule("promise_principal", "regex", r"(?<![确环担])保本(?![次人身])|保证本金|本金无忧|本金不会亏|刚性兑付|刚兑", "high",
           description="承诺保本 (principal guarantee: forbidden in wealth-management sales)"),
    QARule("promise_return", "keyword",
           "稳赚|包赚|保赚|稳赚不赔|只赚不赔|保证收益|收益保证|保证赚钱|保收益|保底收益|绝对收益|百分百收益|100%收益", "high",
           description="承诺收益 (guaranteed returns; 固定收益 is a product class, not a promise)"),
    QARule("promise_no_risk", "keyword", "无风险|零风险|没有任何风险|没有风险|百分百安全|100%安全|绝对安全", "high",
           description="承诺无风险 (no-risk claims)"),
    QARule("absolute_claim", "regex", r"百分之?百(?:没问题|保证|能|可以|不会)|(?:绝对|肯定)(?:不会亏|能赚|赚钱|没有风险)", "medium",
           description="绝对化用语 (absolute claims)"),
    QARule("off_platform", "keyword", "私下转账|转到我个人|转我个人|我的私人账户|加我私人微信|私下交易|不走公司", "high",
           description="引导私下交易 (moving payment or contact off the platform)"),
    QARule("abusive", "regex", r"傻逼|(?<![a-z])sb(?![a-z])|神经病|脑子有病|滚蛋|去死|有病吧|白痴|废物", "high",
           description="辱骂用语 (abusive words by an agent; sb only as a word, not in usb)"),
    QARule("customer_complaint", "regex", r"投诉|举报|(?<!\d)12315(?!\d)|银保监|消协|曝光你们|起诉", "medium", "external",
           description="客户投诉或威胁举报 (complaint or threat to report)"),
    QARule("customer_kept_waiting", "wait", "", "medium", "external",
           description="客户等待超过 N 分钟无员工回复 (customer kept waiting)"),
)

#: Columns of the :func:`qa_hits` result.
HIT_COLUMNS = (
    "rule", "kind", "severity", "msgid", "conversation_id", "chat_id", "chat_type",
    "employee_id", "customer_id", "sent_at", "matched", "snippet", "wait_minutes",
)

_NEGATION = re.compile(r"(?:不|没|非|别|未|无法|难以|绝不|并不)[^,.!?;，。！？；\s]{0,3}$")


def qa_rules_frame(rules: Iterable[QARule] | pd.DataFrame = DEFAULT_QA_RULES) -> pd.DataFrame:
    """Rules as a table (one row per rule), to show or to edit and pass back.

    Examples
    --------
    >>> qa_rules_frame()[["name", "kind", "severity"]].head(2)
                      name     kind severity
    0  promise_full_refund  keyword     high
    1    promise_principal    regex     high
    """
    if isinstance(rules, pd.DataFrame):
        return rules.copy().reset_index(drop=True)
    rows = [asdict(r) for r in rules]
    return pd.DataFrame(rows, columns=["name", "kind", "pattern", "severity", "applies_to", "description"])


def _coerce_rules(rules: Iterable[QARule] | pd.DataFrame) -> tuple[list[QARule], list[str]]:
    """Valid rules, and messages naming the rules that were skipped."""
    if isinstance(rules, pd.DataFrame):
        missing = [c for c in ("name", "kind", "pattern") if c not in rules.columns]
        if missing:
            raise ValueError(f"rules lacks columns {missing}; it needs name, kind, pattern (and optionally severity, applies_to, description)")
        items = []
        for rec in rules.to_dict("records"):
            items.append(
                QARule(
                    name=str(rec["name"]),
                    kind=str(rec["kind"]).strip().lower(),  # type: ignore[arg-type]
                    pattern="" if pd.isna(rec["pattern"]) else str(rec["pattern"]),
                    severity=str(rec.get("severity", "medium") if not pd.isna(rec.get("severity", "medium")) else "medium").strip().lower(),  # type: ignore[arg-type]
                    applies_to=str(rec.get("applies_to", "employee") if not pd.isna(rec.get("applies_to", "employee")) else "employee").strip().lower(),  # type: ignore[arg-type]
                    description="" if pd.isna(rec.get("description", "")) else str(rec.get("description", "")),
                )
            )
    else:
        if isinstance(rules, (str, QARule)):
            raise TypeError("rules must be a list of QARule or a DataFrame, not a single rule")
        items = list(rules)
        for r in items:
            if not isinstance(r, QARule):
                raise TypeError(f"rules must hold QARule objects; got {type(r).__name__}")
    good, skipped = [], []
    for r in items:
        if r.kind not in _KINDS:
            skipped.append(f"rule {r.name!r}: kind must be one of {list(_KINDS)}; got {r.kind!r}")
        elif r.severity not in _SEVERITIES:
            skipped.append(f"rule {r.name!r}: severity must be one of {list(_SEVERITIES)}; got {r.severity!r}")
        elif r.applies_to not in _APPLIES:
            skipped.append(f"rule {r.name!r}: applies_to must be one of {list(_APPLIES)}; got {r.applies_to!r}")
        elif r.kind in ("keyword", "regex") and not r.pattern.strip():
            skipped.append(f"rule {r.name!r}: empty pattern")
        elif r.kind == "regex":
            try:
                re.compile(r.pattern)
            except re.error as exc:
                skipped.append(f"rule {r.name!r}: bad regular expression ({exc})")
                continue
            good.append(r)
        elif r.kind == "wait" and r.pattern.strip():
            try:
                ok = float(r.pattern) > 0
            except ValueError:
                ok = False
            if ok:
                good.append(r)
            else:
                skipped.append(f"rule {r.name!r}: a wait rule's pattern must be a positive number of minutes; got {r.pattern!r}")
        else:
            good.append(r)
    return good, skipped


def _compile(rule: QARule) -> re.Pattern[str]:
    if rule.kind == "keyword":
        words = [normalize_text(w) for w in rule.pattern.split("|")]
        words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        return re.compile("|".join(re.escape(w) for w in words))
    return re.compile(rule.pattern)


def _snippet(text: str, start: int, end: int, width: int, staff: Any, mask: bool = True) -> str:
    """``width`` characters each side of ``text[start:end]``, personal data masked.

    The window is widened so that it never cuts a piece of personal data in
    two (half a phone number would escape the mask)."""
    a, b = max(0, start - width), min(len(text), end + width)
    spans = find_pii(text, staff=staff) if mask else []
    for sp in spans:
        if sp.start < a < sp.end:
            a = sp.start
        if sp.start < b < sp.end:
            b = sp.end
    inside = [sp for sp in spans if sp.start >= a and sp.end <= b]
    out, pos = [], a
    for sp in inside:
        out += [text[pos : sp.start], PLACEHOLDERS[sp.kind]]
        pos = sp.end
    out.append(text[pos:b])
    return ("…" if a > 0 else "") + "".join(out) + ("…" if b < len(text) else "")


def _parties(m: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The employee and the customer of each message: the sender, and in a 1:1
    chat the other party of the pair ``chat_id``."""
    emp = m["sender_id"].where(m["sender_kind"] == "employee")
    cust = m["sender_id"].where(m["sender_kind"] == "external")
    pair = m["chat_id"].where(m["chat_type"] == "single").fillna("").astype(str).str.split("|", n=1, regex=False)
    a = pair.str[0].fillna("")
    b = pair.str[1].fillna("")
    other = np.where(a.to_numpy() == m["sender_id"].astype(str).to_numpy(), b.to_numpy(), a.to_numpy())
    other = pd.Series(other, index=m.index).replace("", pd.NA)
    single = m["chat_type"] == "single"
    emp = emp.fillna(other.where(single & (m["sender_kind"] != "employee")))
    cust = cust.fillna(other.where(single & (m["sender_kind"] == "employee")))
    return emp.astype("str"), cust.astype("str")


def qa_hits(
    archive_or_messages: Archive | pd.DataFrame,
    rules: Iterable[QARule] | pd.DataFrame = DEFAULT_QA_RULES,
    *,
    wait_minutes: float = 30,
    wait_chat_types: Sequence[str] = ("single",),
    wait_questions_only: bool = True,
    business_hours: tuple[int, int] | None = None,
    staff: Any = None,
    skip_negated: bool = True,
    conversation_gap: str | pd.Timedelta = "30min",
    snippet_chars: int = 15,
    as_of: str | pd.Timestamp | None = None,
    mask: bool = True,
) -> pd.DataFrame:
    """Evidence rows for configurable QA rules: risky promises, sensitive words, waiting customers.

    Text rules (``keyword``, ``regex``) read the text of the messages of the
    rule's ``applies_to`` senders after :func:`toolkit.text.normalize_text`
    (so 保證收益 and ＨＩ match 保证收益 and hi). A match right after a
    negation in the same clause (不 / 没 / 非 / 别 / 未 / 无法 / 难以 up to 3
    characters before: 不保本, 不能保证收益, 没有说全额退款) is compliant
    wording and is skipped when ``skip_negated``; the number skipped is in
    ``attrs["negated"]``.

    A ``wait`` rule finds customers kept waiting: in chats of
    ``wait_chat_types``, a *wait* starts at a customer's first message
    after the last employee message (robots do not count as a reply) and
    ends at the next employee message of the chat, whatever the
    conversation. A hit is a wait longer than the rule's minutes (its
    ``pattern``, else ``wait_minutes``), or one with no reply at all that
    started more than that before ``as_of`` (default: the newest message of
    the input; ``wait_minutes`` NaN). With ``wait_questions_only`` only waits in which
    the customer asked something (:func:`toolkit.questions.is_question_text`)
    count, so a closing 谢谢 is not a wait. With ``business_hours=(9, 18)``
    only waits starting at or after 9:00 and before 18:00 count.

    Parameters
    ----------
    archive_or_messages : Archive or pandas.DataFrame
        An archive, or messages with ``msgid``, ``sender_id``,
        ``sender_kind``, ``chat_id``, ``chat_type``, ``sent_at`` and ``text``.
    rules : list of QARule or pandas.DataFrame
        Default :data:`DEFAULT_QA_RULES`. A frame needs ``name``, ``kind``
        and ``pattern``, optionally ``severity``, ``applies_to``,
        ``description`` (see :func:`qa_rules_frame`). A rule that cannot be
        used (bad regular expression, unknown kind or severity, empty
        pattern) is skipped with a :class:`QARuleWarning` naming it; the
        others still run. The messages are in ``attrs["skipped_rules"]``.
    wait_minutes : float, default 30
    wait_chat_types : sequence of str, default ("single",)
    wait_questions_only : bool, default True
    business_hours : tuple of int, optional
    staff : DataFrame or list of str, optional
        Names to mask in snippets (default: the archive's staff directory).
    skip_negated : bool, default True
    conversation_gap : str or pandas.Timedelta
        For ``conversation_id`` (see :func:`toolkit.archive.sessionize`).
    snippet_chars : int, default 15
        Characters of context on each side of a match in ``snippet``.
    as_of : str or pandas.Timestamp, optional
        Until when an unanswered wait is counted (naive times are in the
        messages' zone).
    mask : bool, default True
        Mask personal data in ``snippet`` (:func:`toolkit.privacy.mask_pii`
        kinds, and the names of ``staff``). ``False`` shows the text as it
        is, for a reviewer entitled to read it.

    Returns
    -------
    pandas.DataFrame
        :data:`HIT_COLUMNS`, one row per hit, sorted by ``sent_at``, rule,
        msgid: ``rule``, ``kind``, ``severity``, ``msgid`` (the message; for
        a wait, the customer's first waiting message), ``conversation_id``,
        ``chat_id``, ``chat_type``, ``employee_id`` (the sender if an
        employee, else the employee of a 1:1 chat), ``customer_id``,
        ``sent_at``, ``matched`` (the normalised matched text; for a wait
        ``"> N min"`` or ``"unanswered"``), ``snippet`` (normalised context,
        personal data masked with :func:`toolkit.privacy.mask_pii`),
        ``wait_minutes`` (float, waits only). ``attrs``: ``negated``,
        ``skipped_rules``, ``rules_used``.

    Raises
    ------
    TypeError
        Bad ``archive_or_messages``, ``rules`` or options.
    ValueError
        ``rules`` frame without its required columns, a bad
        ``wait_minutes`` / ``business_hours``.
    SchemaError
        Messages lacking required columns.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:45", "2026-07-01 10:00", "2026-07-01 10:50"])
    >>> msgs = pd.DataFrame({"msgid": ["m1", "m2", "m3", "m4"], "sender_id": ["wmA", "zs", "zs", "wmA"],
    ...     "sender_kind": ["external", "employee", "employee", "external"], "chat_id": ["wmA|zs"] * 4,
    ...     "chat_type": ["single"] * 4, "sent_at": t.tz_localize("Asia/Shanghai"),
    ...     "text": ["这个理财保本吗", "本产品不保本", "放心，保證收益，电话13812345678", "在吗？能回一下吗"]})
    >>> hits = qa_hits(msgs, as_of="2026-07-01 12:00")
    >>> hits[["rule", "msgid", "employee_id", "matched", "wait_minutes"]]
                        rule msgid employee_id     matched  wait_minutes
    0  customer_kept_waiting    m1          zs   > 30 min          45.0
    1         promise_return    m3          zs        保证收益           NaN
    2  customer_kept_waiting    m4          zs  unanswered           NaN
    >>> hits.loc[1, "snippet"]
    '放心,保证收益,电话[手机号]'
    >>> hits.attrs["negated"]
    1
    """
    from ..questions.extract import is_question_text

    if isinstance(archive_or_messages, Archive):
        messages = archive_or_messages.messages
        if staff is None:
            staff = archive_or_messages.staff
    elif isinstance(archive_or_messages, pd.DataFrame):
        messages = archive_or_messages
    else:
        raise TypeError(f"archive_or_messages must be an Archive or a DataFrame; got {type(archive_or_messages).__name__}")
    schema.validate_frame(
        messages, {k: schema.MESSAGE_COLUMNS[k] for k in ("msgid", "sender_id", "sender_kind", "chat_id", "chat_type", "sent_at", "text")},
        name="messages",
    )
    if isinstance(wait_minutes, bool) or not isinstance(wait_minutes, (int, float, np.integer, np.floating)) or not wait_minutes > 0:
        raise ValueError(f"wait_minutes must be a positive number; got {wait_minutes!r}")
    if business_hours is not None:
        if (not isinstance(business_hours, tuple) or len(business_hours) != 2
                or not all(isinstance(h, (int, np.integer)) and 0 <= h <= 24 for h in business_hours)
                or business_hours[0] >= business_hours[1]):
            raise ValueError(f"business_hours must be (open, close) hours with 0 <= open < close <= 24; got {business_hours!r}")
    good, skipped = _coerce_rules(rules)
    for msg in skipped:
        warnings.warn(f"QA {msg}; the rule was skipped", QARuleWarning, stacklevel=2)

    m = messages.reset_index(drop=True)
    tz = m["sent_at"].dt.tz
    m = m.assign(conversation_id=conversation_ids(m, gap=conversation_gap)) if len(m) else m.assign(conversation_id=pd.Series([], dtype="str"))
    emp_id, cust_id = _parties(m) if len(m) else (m["sender_id"], m["sender_id"])
    rows: list[dict[str, Any]] = []
    negated = 0

    text_rules = [r for r in good if r.kind in ("keyword", "regex")]
    if text_rules and len(m):
        has_text = m["text"].notna()
        codes, uniques = pd.factorize(m.loc[has_text, "text"])
        norm = [normalize_text(u) for u in uniques]
        text_idx = m.index[has_text].to_numpy()
        for rule in text_rules:
            pat = _compile(rule)
            sender_ok = np.ones(len(text_idx), dtype=bool) if rule.applies_to == "any" else (m.loc[text_idx, "sender_kind"] == rule.applies_to).to_numpy()
            hits_u: dict[int, list[tuple[int, int, str]]] = {}
            for ui, txt in enumerate(norm):
                found = []
                for mt in pat.finditer(txt):
                    if not mt.group():
                        continue
                    if skip_negated and _NEGATION.search(txt[max(0, mt.start() - 6) : mt.start()]):
                        found.append((-1, -1, ""))
                        continue
                    found.append((mt.start(), mt.end(), mt.group()))
                if found:
                    hits_u[ui] = found
            if not hits_u:
                continue
            for pos in np.flatnonzero(np.isin(codes, list(hits_u)) & sender_ok):
                i = text_idx[pos]
                ui = int(codes[pos])
                for a, b, g in hits_u[ui]:
                    if a < 0:
                        negated += 1
                        continue
                    rows.append(_hit_row(rule, m, i, emp_id, cust_id, g, _snippet(norm[ui], a, b, snippet_chars, staff, mask), np.nan))

    wait_rules = [r for r in good if r.kind == "wait"]
    if wait_rules and len(m):
        waits = _waits(m, wait_chat_types, is_question_text if wait_questions_only else None, business_hours)
        newest = m["sent_at"].max()
        if as_of is not None:
            try:
                newest = pd.Timestamp(as_of)
            except (ValueError, TypeError) as exc:
                raise ValueError(f"as_of must be a timestamp; got {as_of!r}") from exc
            newest = newest.tz_localize(tz) if newest.tzinfo is None else newest.tz_convert(tz)
        for rule in wait_rules:
            limit = float(rule.pattern) if rule.pattern.strip() else float(wait_minutes)
            late = waits["wait_minutes"] > limit
            open_ = waits["wait_minutes"].isna() & ((newest - waits["sent_at"]).dt.total_seconds() / 60 > limit)
            for w in waits[late | open_].itertuples():
                matched = "unanswered" if pd.isna(w.wait_minutes) else f"> {limit:g} min"
                snip = _snippet(normalize_text(m.at[w.row, "text"]), 0, 0, 2 * snippet_chars, staff, mask) if isinstance(m.at[w.row, "text"], str) else ""
                rows.append(_hit_row(rule, m, w.row, emp_id, cust_id, matched, snip, w.wait_minutes))

    out = pd.DataFrame(rows, columns=list(HIT_COLUMNS))
    for col in HIT_COLUMNS:
        if col == "sent_at":
            out[col] = out[col].astype(pd.DatetimeTZDtype(unit="ns", tz=tz or schema.DEFAULT_TZ)) if len(out) else pd.Series([], dtype=pd.DatetimeTZDtype(unit="ns", tz=tz or schema.DEFAULT_TZ))
        elif col == "wait_minutes":
            out[col] = out[col].astype("float64")
        else:
            out[col] = out[col].astype("str")
    out = out.sort_values(["sent_at", "rule", "msgid"], kind="stable").reset_index(drop=True)
    out.attrs["negated"] = negated
    out.attrs["skipped_rules"] = skipped
    out.attrs["rules_used"] = [r.name for r in good]
    return out


def _hit_row(rule: QARule, m: pd.DataFrame, i: int, emp_id: pd.Series, cust_id: pd.Series, matched: str, snippet: str, wait: float) -> dict[str, Any]:
    return {
        "rule": rule.name, "kind": rule.kind, "severity": rule.severity, "msgid": m.at[i, "msgid"],
        "conversation_id": m.at[i, "conversation_id"], "chat_id": m.at[i, "chat_id"], "chat_type": m.at[i, "chat_type"],
        "employee_id": emp_id.at[i], "customer_id": cust_id.at[i], "sent_at": m.at[i, "sent_at"],
        "matched": matched, "snippet": snippet, "wait_minutes": wait,
    }


def _waits(m: pd.DataFrame, chat_types: Sequence[str], is_question: Any, business_hours: tuple[int, int] | None) -> pd.DataFrame:
    """One row per customer wait: ``row`` (the first waiting message), ``sent_at``, ``wait_minutes`` (NaN: no reply)."""
    if isinstance(chat_types, str):
        chat_types = (chat_types,)
    s = m[m["chat_type"].isin(list(chat_types)) & m["sender_kind"].isin(["employee", "external"])]
    s = s.sort_values(["chat_id", "sent_at", "msgid"], kind="stable")
    empty = pd.DataFrame({"row": pd.Series([], dtype="int64"), "sent_at": m["sent_at"].iloc[:0], "wait_minutes": pd.Series([], dtype="float64")})
    if s.empty:
        return empty
    is_emp = (s["sender_kind"] == "employee").to_numpy()
    chat = s["chat_id"].to_numpy()
    run = pd.Series(is_emp.astype(np.int64), index=s.index).groupby(chat).cumsum()
    emp_t = s["sent_at"].where(is_emp)
    next_emp = emp_t.groupby(chat).bfill()
    cust = s[~is_emp].assign(_run=run[~is_emp].to_numpy(), _next=next_emp[~is_emp], _row=s.index[~is_emp])
    if cust.empty:
        return empty
    if is_question is not None:
        codes, uniques = pd.factorize(cust["text"])
        ask_u = np.array([bool(is_question(normalize_text(u))[0]) for u in uniques] + [False], dtype=bool)
        cust = cust.assign(_asks=ask_u[codes])
    else:
        cust = cust.assign(_asks=True)
    # The wait starts at the run's first message that asks something (or its first message).
    asking = cust[cust["_asks"].to_numpy(dtype=bool)]
    first = asking.groupby(["chat_id", "_run"], sort=False).head(1)
    if business_hours is not None:
        h = first["sent_at"].dt.hour
        first = first[(h >= business_hours[0]) & (h < business_hours[1])]
    wait = (pd.to_datetime(first["_next"]) - first["sent_at"]).dt.total_seconds() / 60
    return pd.DataFrame(
        {"row": first["_row"].to_numpy(dtype=np.int64), "sent_at": first["sent_at"].reset_index(drop=True),
         "wait_minutes": wait.to_numpy(dtype=float)}
    )


def plot_qa_hits(hits: pd.DataFrame, *, ax: Axes | None = None, title: str = "质检命中", xlabel: str = "命中数") -> Axes:
    """Horizontal bars: hits per rule, coloured by severity.

    Parameters
    ----------
    hits : pandas.DataFrame
        :func:`qa_hits` output (``rule``, ``severity``).
    ax : matplotlib.axes.Axes, optional
    title, xlabel : str

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_qa_hits(pd.DataFrame({"rule": ["a", "a", "b"], "severity": ["high", "high", "low"]}))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['b', 'a']
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3))
    counts = hits.groupby(["rule", "severity"], sort=False).size().reset_index(name="n")
    counts = counts.sort_values(["n", "rule"], ascending=[True, False], kind="stable")
    colors = {"high": "#c44e52", "medium": "#dd8452", "low": "#8c8c8c"}
    ax.barh(counts["rule"], counts["n"], color=[colors.get(s, "#4c72b0") for s in counts["severity"]])
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    return ax

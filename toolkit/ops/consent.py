"""Archive consent: refusal rates, flags, per-customer timelines, refusers' segments.

In a 1:1 chat an external customer is asked to agree to archiving (同意存档)
or refuse (拒绝存档); the archive carries one ``agree`` / ``disagree``
record per answer (``Archive.consent``). A customer may answer again later
(refuse, then agree). The unit here is the **relationship**: one customer
with one employee, because the question is asked per 1:1 chat.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import stats

from ..archive.side import CUSTOMER_COLUMNS, load_customers
from ._common import OpsDataWarning, _check_archive, _week
from ..archive.schema import BOOL, DATETIME, INT, NAIVE_DATETIME, STR

__all__ = [
    "CUSTOMER_COLUMNS",
    "RELATIONSHIP_COLUMNS",
    "load_customers",
    "consent_relationships",
    "refusal_rate",
    "consent_timeline",
    "compare_refuser_segments",
]

#: Columns of :func:`consent_relationships`.
RELATIONSHIP_SCHEMA: dict[str, str] = {
    "customer_id": STR,
    "employee_id": STR,
    "first_status": STR,
    "first_at": DATETIME,
    "last_status": STR,
    "last_at": DATETIME,
    "n_answers": INT,
    "is_refused": BOOL,
    "has_reagreed": BOOL,
    "is_refused_now": BOOL,
    "week": NAIVE_DATETIME,  # naive: the Monday of first_at's week, in the archive's zone
    "department": STR,
    "channel": STR,
    "segment": STR,
}
RELATIONSHIP_COLUMNS: tuple[str, ...] = tuple(RELATIONSHIP_SCHEMA)

_BY_ALIASES = {"employee": "employee_id", "customer": "customer_id"}


def _no_consent_warning() -> None:
    warnings.warn(
        "the archive holds no agree/disagree consent records: refusal rates cannot be measured "
        "(was the consent prompt switched on, and were the agree/disagree records exported?); "
        "the result has 0 prompted relationships",
        OpsDataWarning,
        stacklevel=3,
    )


def consent_relationships(archive: Any, *, customers: Any = None) -> pd.DataFrame:
    """One row per customer-employee relationship that was asked for consent.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        Uses ``consent`` and, when loaded, ``staff`` (for ``department``).
    customers : path or DataFrame, optional
        The customer list (see :func:`load_customers`) for ``channel`` and
        ``segment``.

    Returns
    -------
    pandas.DataFrame
        :data:`RELATIONSHIP_COLUMNS`, sorted by ``first_at``:

        - ``customer_id``, ``employee_id``.
        - ``first_status``, ``first_at``: the customer's first answer.
        - ``last_status``, ``last_at``: the latest answer.
        - ``n_answers`` (int): consent records of the pair.
        - ``is_refused`` (bool): the first answer was ``disagree``. This is
          what a refusal rate counts.
        - ``has_reagreed`` (bool): an ``agree`` after a ``disagree``.
        - ``is_refused_now`` (bool): the latest answer is ``disagree``.
        - ``week`` (datetime64, the Monday of ``first_at``'s week).
        - ``department`` (from the staff directory), ``channel``,
          ``segment`` (from ``customers``); NaN when unknown.

    Warns
    -----
    OpsDataWarning
        The archive holds no consent records (the result is empty).

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> rel = consent_relationships(tiny_archive())
    >>> rel[["customer_id", "employee_id", "first_status", "last_status", "has_reagreed"]]
      customer_id employee_id first_status last_status  has_reagreed
    0         wmA          zs     disagree       agree          True
    1         wmB          zs        agree       agree         False
    2         wmC          ls        agree       agree         False
    """
    archive = _check_archive(archive)
    c = archive.consent
    tz = archive.tz
    if c.empty:
        _no_consent_warning()
    c = c.dropna(subset=["customer_id", "employee_id"]).sort_values(["at", "msgid"], kind="stable")
    g = c.groupby(["customer_id", "employee_id"], sort=False)
    first = g.first()
    last = g.last()
    out = pd.DataFrame(
        {
            "first_status": first["status"],
            "first_at": first["at"],
            "last_status": last["status"],
            "last_at": last["at"],
            "n_answers": g.size().astype("int64"),
        }
    ).reset_index()
    if c.empty:
        out = pd.DataFrame({col: pd.Series([], dtype="str") for col in ("customer_id", "employee_id", "first_status", "last_status")})
        for col in ("first_at", "last_at"):
            out[col] = pd.Series([], dtype=pd.DatetimeTZDtype("ns", tz))
        out["n_answers"] = pd.Series([], dtype="int64")
    # an agree after the first disagree
    dis_at = c[c["status"] == "disagree"].groupby(["customer_id", "employee_id"])["at"].min().rename("_dis")
    ag = c[c["status"] == "agree"][["customer_id", "employee_id", "at"]].merge(dis_at.reset_index(), on=["customer_id", "employee_id"])
    reagreed = ag[ag["at"] > ag["_dis"]][["customer_id", "employee_id"]].drop_duplicates().assign(_re=True)
    out = out.merge(reagreed, on=["customer_id", "employee_id"], how="left")
    out["is_refused"] = (out["first_status"] == "disagree").astype(bool)
    out["has_reagreed"] = out["_re"].eq(True).astype(bool)
    out["is_refused_now"] = (out["last_status"] == "disagree").astype(bool)
    out["week"] = _week(out["first_at"])
    dept = pd.Series(dtype="str")
    if archive.staff is not None:
        dept = archive.staff.dropna(subset=["userid"]).drop_duplicates("userid").set_index("userid")["department"]
    out["department"] = out["employee_id"].map(dept).astype("str")
    cust = load_customers(customers, tz=tz) if customers is not None else None
    for col in ("channel", "segment"):
        if cust is not None:
            out[col] = out["customer_id"].map(cust.set_index("customer_id")[col]).astype("str")
        else:
            out[col] = pd.Series(pd.NA, index=out.index, dtype="str")
    out = out.sort_values(["first_at", "customer_id", "employee_id"], kind="stable").reset_index(drop=True)
    for col in ("customer_id", "employee_id", "first_status", "last_status"):
        out[col] = out[col].astype("str")
    return out[list(RELATIONSHIP_COLUMNS)]


def _wilson(k: int, n: int, confidence: float) -> tuple[float, float]:
    if n == 0:
        return (np.nan, np.nan)
    ci = stats.binomtest(int(k), int(n)).proportion_ci(confidence_level=confidence, method="wilson")
    return (float(ci.low), float(ci.high))


def refusal_rate(
    archive: Any,
    *,
    by: str | Sequence[str] | None = None,
    threshold: float = 0.2,
    customers: Any = None,
    min_customers: int = 10,
    rule: Literal["min_customers", "ci"] = "min_customers",
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Share of consent prompts refused, overall or by group, flagged above a threshold.

    **Definition.** The unit is a relationship (one customer with one
    employee, see :func:`consent_relationships`): ``prompted`` counts the
    relationships with at least one consent answer, ``refused`` those whose
    *first* answer was ``disagree`` (a later agree does not undo the
    refusal; ``reagreed`` counts those), and ``refusal_rate =
    refused / prompted``. Weeks are the week of the first answer.

    **Flags.** ``above_threshold`` is ``refusal_rate > threshold``.
    ``flagged`` guards against noise: with ``rule="min_customers"`` (the
    default) a group is flagged when it is above the threshold *and* has at
    least ``min_customers`` prompted relationships, so an employee with 1
    refusal out of 2 customers is not flagged; with ``rule="ci"`` a group
    is flagged only when the lower bound of its Wilson score interval
    (``ci_low``, at ``confidence``) is above the threshold, which is
    stricter (10 refusals of 33 is not enough to clear 20% at 95%).

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive (its ``consent`` and ``staff``).
    by : str or list of str, optional
        None for the overall rate; ``"employee"``, ``"week"``,
        ``"channel"``, ``"segment"``, ``"department"`` or any other column
        of :func:`consent_relationships`.
    threshold : float
        Refusal rate above which a group is flagged (default 0.2: above 20%
        the consent wording should be reworked).
    customers : path or DataFrame, optional
        Customer list (see :func:`load_customers`), needed for ``channel``
        and ``segment``.
    min_customers : int
        Fewest prompted relationships for a flag with
        ``rule="min_customers"``.
    rule : {"min_customers", "ci"}
        How ``flagged`` guards against small groups (see above).
    confidence : float
        Confidence level of the Wilson interval.

    Returns
    -------
    pandas.DataFrame
        One row per group (one row overall when ``by`` is None), sorted by
        the group: the ``by`` columns (``employee_id`` for ``"employee"``),
        ``prompted``, ``refused``, ``reagreed``, ``refusal_rate`` (NaN when
        nothing was prompted), ``ci_low``, ``ci_high``, ``above_threshold``,
        ``flagged`` (bool). Groups with an unknown value (e.g. a customer
        missing from the customer list) are kept with NaN as the value.

    Raises
    ------
    ValueError
        ``threshold`` or ``confidence`` outside (0, 1), a bad ``rule`` or
        ``min_customers``, or ``by="channel"``/``"segment"`` without
        ``customers``.
    KeyError
        ``by`` names an unknown column.

    Warns
    -----
    OpsDataWarning
        The archive holds no consent records.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> a = tiny_archive()
    >>> refusal_rate(a)[["prompted", "refused", "reagreed", "refusal_rate"]].round(3)
       prompted  refused  reagreed  refusal_rate
    0         3        1         1         0.333
    >>> r = refusal_rate(a, by="employee", min_customers=2)
    >>> r[["employee_id", "prompted", "refused", "refusal_rate", "above_threshold", "flagged"]]
      employee_id  prompted  refused  refusal_rate  above_threshold  flagged
    0          ls         1        0           0.0            False    False
    1          zs         2        1           0.5             True     True
    """
    if not (isinstance(threshold, (int, float)) and 0 < threshold < 1):
        raise ValueError(f"threshold must be a share between 0 and 1; got {threshold!r}")
    if not (isinstance(confidence, float) and 0 < confidence < 1):
        raise ValueError(f"confidence must be between 0 and 1; got {confidence!r}")
    if rule not in ("min_customers", "ci"):
        raise ValueError(f"rule must be 'min_customers' or 'ci'; got {rule!r}")
    if not isinstance(min_customers, (int, np.integer)) or isinstance(min_customers, bool) or min_customers < 1:
        raise ValueError(f"min_customers must be a positive int; got {min_customers!r}")
    keys: list[str] = [] if by is None else ([by] if isinstance(by, str) else list(by))
    keys = [_BY_ALIASES.get(k, k) for k in keys]
    if customers is None and any(k in ("channel", "segment") for k in keys):
        raise ValueError(
            f"by={by!r} needs the customer list: pass customers= (a path to customers.csv or a frame with "
            "external_userid, add_way, segment)"
        )
    rel = consent_relationships(archive, customers=customers)
    unknown = [k for k in keys if k not in rel.columns]
    if unknown:
        raise KeyError(f"by names unknown columns {unknown}; use 'employee', 'week', 'channel', 'segment' or one of {list(rel.columns)}")
    if keys:
        g = rel.groupby(keys, dropna=False, sort=True)
        out = pd.DataFrame(
            {"prompted": g.size(), "refused": g["is_refused"].sum(), "reagreed": g["has_reagreed"].sum()}
        ).reset_index()
    else:
        out = pd.DataFrame(
            {"prompted": [len(rel)], "refused": [int(rel["is_refused"].sum())], "reagreed": [int(rel["has_reagreed"].sum())]}
        )
    for col in ("prompted", "refused", "reagreed"):
        out[col] = out[col].astype("int64")
    out["refusal_rate"] = (out["refused"] / out["prompted"].where(out["prompted"] > 0)).astype("float64")
    ci = [_wilson(k, n, confidence) for k, n in zip(out["refused"], out["prompted"], strict=True)]
    out["ci_low"] = [lo for lo, _ in ci]
    out["ci_high"] = [hi for _, hi in ci]
    out["above_threshold"] = (out["refusal_rate"] > threshold).astype(bool)
    if rule == "ci":
        out["flagged"] = (out["ci_low"] > threshold).astype(bool)
    else:
        out["flagged"] = (out["above_threshold"] & (out["prompted"] >= min_customers)).astype(bool)
    out.attrs.update(threshold=threshold, rule=rule, min_customers=min_customers, confidence=confidence)
    return out.reset_index(drop=True)


def consent_timeline(archive: Any, *, customer_id: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Every consent answer, in order, with what changed: agree, refuse, agree again.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive.
    customer_id : str or list of str, optional
        Only these customers (default: everyone).

    Returns
    -------
    pandas.DataFrame
        One row per consent record, sorted by ``customer_id``,
        ``employee_id``, ``at``: ``customer_id``, ``employee_id``,
        ``status`` (agree / disagree), ``at``, ``answer_no`` (1 for the
        pair's first answer), ``previous_status`` (NaN for the first) and
        ``event``: ``agree`` / ``refuse`` (first answers), ``agree_again``
        (agree after a refusal), ``withdraw`` (refuse after an agreement),
        ``repeat`` (the same answer again).

    Warns
    -----
    OpsDataWarning
        The archive holds no consent records.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> consent_timeline(tiny_archive(), customer_id="wmA")[["customer_id", "status", "answer_no", "event"]]
      customer_id    status  answer_no        event
    0         wmA  disagree          1       refuse
    1         wmA     agree          2  agree_again
    """
    archive = _check_archive(archive)
    c = archive.consent
    if c.empty:
        _no_consent_warning()
    if customer_id is not None:
        ids = [customer_id] if isinstance(customer_id, str) else list(customer_id)
        c = c[c["customer_id"].isin(ids)]
    c = c.sort_values(["customer_id", "employee_id", "at", "msgid"], kind="stable")
    out = c[["customer_id", "employee_id", "status", "at"]].reset_index(drop=True)
    g = out.groupby(["customer_id", "employee_id"], sort=False, dropna=False)
    out["answer_no"] = (g.cumcount() + 1).astype("int64")
    out["previous_status"] = g["status"].shift(1).astype("str")
    prev = out["previous_status"]
    event = np.select(
        [prev.isna() & (out["status"] == "agree"), prev.isna(), prev == out["status"],
         (prev == "disagree") & (out["status"] == "agree")],
        ["agree", "refuse", "repeat", "agree_again"],
        default="withdraw",
    )
    out["event"] = pd.Series(event, index=out.index, dtype="str")
    return out


def compare_refuser_segments(
    archive: Any,
    *,
    customers: Any,
    columns: Sequence[str] = ("channel", "segment"),
) -> pd.DataFrame:
    """How refusers differ from the rest: the share of each segment in both groups.

    Refusers are the relationships whose first answer was ``disagree``
    (see :func:`refusal_rate`); the rest agreed first. For each column and
    value, the share of refusers and of the rest with that value, their
    difference, and a chi-square test of independence per column
    (:func:`scipy.stats.chi2_contingency`) so that small differences are
    not over-read.

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive.
    customers : path or DataFrame
        Customer list (see :func:`load_customers`).
    columns : sequence of str
        Columns of :func:`consent_relationships` to compare.

    Returns
    -------
    pandas.DataFrame
        One row per column and value (unknown values as ``"(unknown)"``):
        ``column``, ``value``, ``refusers``, ``others`` (counts),
        ``refusers_share``, ``others_share`` (shares within each group),
        ``share_diff`` (refusers minus others), ``refusal_rate`` (of that
        value), ``p_value`` (of the column's test; NaN when the table is
        degenerate). Sorted by column, then ``share_diff`` descending.

    Warns
    -----
    OpsDataWarning
        The archive holds no consent records.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive, tiny_customers
    >>> s = compare_refuser_segments(tiny_archive(), customers=tiny_customers(), columns=["segment"])
    >>> s[["column", "value", "refusers", "others", "share_diff"]]
        column value  refusers  others  share_diff
    0  segment    新客         1       0         1.0
    1  segment    老客         0       2        -1.0
    """
    rel = consent_relationships(archive, customers=customers)
    rows = []
    n_ref = int(rel["is_refused"].sum())
    n_oth = int((~rel["is_refused"]).sum())
    for col in columns:
        if col not in rel.columns:
            raise KeyError(f"columns names unknown column {col!r}; use one of {list(rel.columns)}")
        values = rel[col].astype(object).where(rel[col].notna(), "(unknown)")
        tab = pd.crosstab(values, rel["is_refused"]).reindex(columns=[True, False], fill_value=0)
        p = np.nan
        if tab.shape[0] >= 2 and (tab.sum(axis=0) > 0).all():
            p = float(stats.chi2_contingency(tab.to_numpy()).pvalue)
        for value, (r, o) in zip(tab.index, tab.to_numpy(), strict=True):
            rows.append(
                {
                    "column": col,
                    "value": str(value),
                    "refusers": int(r),
                    "others": int(o),
                    "refusers_share": r / n_ref if n_ref else np.nan,
                    "others_share": o / n_oth if n_oth else np.nan,
                    "refusal_rate": r / (r + o) if r + o else np.nan,
                    "p_value": p,
                }
            )
    out = pd.DataFrame(rows, columns=["column", "value", "refusers", "others", "refusers_share", "others_share", "refusal_rate", "p_value"])
    out["share_diff"] = out["refusers_share"] - out["others_share"]
    out = out.sort_values(["column", "share_diff"], ascending=[True, False], kind="stable").reset_index(drop=True)
    cols = ["column", "value", "refusers", "others", "refusers_share", "others_share", "share_diff", "refusal_rate", "p_value"]
    for col in ("column", "value"):
        out[col] = out[col].astype("str")
    return out[cols]

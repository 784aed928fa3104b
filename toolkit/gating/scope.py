"""What-if policies on the archive scope: add or remove employees, spend a licence budget, the funnel.

The archive only holds the chats of archived members. Removing an employee
from the scope is therefore exact (their chats are in the archive and are
re-evaluated under the smaller scope), while adding one who was never archived
can only be estimated from what is observable: their activity in group chats
that reached the archive (through an archived member), or a customer-count
export (``customers.csv``: ``external_userid``, ``follow_userid``). Every
estimated figure is flagged as such in the output.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..archive import schema
from ..archive.load import Archive
from ..archive.side import read_side_csv
from .._validate import require_columns
from ..exceptions import SchemaError
from ._eligibility import _I64_MIN, _ns, _room_members, eligibility, eligible_questions, resolve_scope

__all__ = ["employee_activity", "estimate_unarchived", "gating_funnel", "optimize_licenses", "simulate_scope"]


def _questions(archive: Archive, questions: pd.DataFrame | None) -> pd.DataFrame:
    if questions is None:
        from ..questions import extract_questions  # noqa: PLC0415  (lazy: toolkit.questions loads scikit-learn)

        questions = extract_questions(archive)
    require_columns(questions, ("question_id", "chat_type", "chat_id", "customer_id", "employee_id"), "questions",
                    hint="pass what extract_questions returns")
    if "is_question" in questions:
        questions = questions[questions["is_question"].astype(bool)]
    return questions.reset_index(drop=True)


def _customers(customers: Any) -> pd.DataFrame | None:
    if customers is None:
        return None
    if isinstance(customers, (str, os.PathLike)):
        customers = read_side_csv(customers, "customers")
    if not isinstance(customers, pd.DataFrame):
        raise TypeError(f"customers must be a path or a DataFrame; got {type(customers).__name__}")
    if "follow_userid" not in customers.columns:
        raise SchemaError(f"customers lacks a 'follow_userid' column; columns are {list(customers.columns)}")
    return customers


def _employees(archive: Archive, scope: pd.DataFrame) -> list[str]:
    """Every employee id the archive knows: staff, scope, employee senders and room members."""
    ids: set[str] = set(scope["userid"].astype(str))
    if archive.staff is not None:
        ids |= set(archive.staff["userid"].dropna().astype(str))
    m = archive.messages
    ids |= set(m.loc[(m["sender_kind"] == "employee") & (m["chat_type"] != "internal"), "sender_id"].dropna().astype(str))
    if archive.room_members is not None:
        rm = archive.room_members
        ids |= set(rm.loc[rm["member_kind"] == "employee", "member_id"].dropna().astype(str))
    return sorted(ids)


def employee_activity(
    archive: Archive, *, questions: pd.DataFrame | None = None, customers: Any = None, scope: Any = None
) -> pd.DataFrame:
    """What each employee's activity looks like in the archive, and an estimate for the unarchived.

    Parameters
    ----------
    archive : toolkit.archive.Archive
    questions : pandas.DataFrame, optional
        :func:`toolkit.questions.extract_questions` output (computed when
        omitted); only rows with ``is_question`` count.
    customers : path or DataFrame, optional
        A customer export with ``follow_userid`` (one row per customer and
        owner), to estimate by customer counts.
    scope : optional
        Scope override, as in :func:`toolkit.gating.eligibility`.

    Returns
    -------
    pandas.DataFrame
        One row per known employee (staff, scope, senders, room members),
        sorted by ``userid``: ``userid``, ``is_in_scope`` (in the scope at some
        time), ``single_questions`` (eligible 1:1 customer questions in the
        archive), ``single_customers``, ``group_messages`` (their messages in
        group chats), ``export_customers`` (NaN without an export),
        ``estimated_questions``, ``estimated_customers`` and ``basis``:
        ``observed`` for employees in the scope or with 1:1 chats in the
        archive, else
        ``customer export`` or ``group activity`` (pooled ratios of the
        observed employees applied to the unarchived one), or ``no observable
        activity``. ``attrs["rates"]`` holds the ratios used.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> t = pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")
    >>> m = schema.empty_frame(schema.MESSAGE_COLUMNS).reindex(range(3)).assign(
    ...     msgid=["a", "b", "c"], sender_id=["lisi", "lisi", "zs"], sender_kind="employee",
    ...     chat_type=["single", "group", "group"], chat_id=["lisi|wmA", "wr1", "wr1"], roomid=[None, "wr1", "wr1"],
    ...     sent_at=t)
    >>> a = Archive(messages=m, consent=schema.empty_frame(schema.CONSENT_COLUMNS), recalls=None, switches=None,
    ...             quarantine=None, report={}, files=None)
    >>> q = pd.DataFrame({"question_id": ["x1", "x2"], "chat_type": "single", "chat_id": "lisi|wmA",
    ...                   "customer_id": "wmA", "employee_id": "lisi", "is_question": True})
    >>> act = employee_activity(a, questions=q, scope=["lisi"])
    >>> act[["userid", "single_questions", "group_messages", "estimated_questions", "basis"]]
      userid  single_questions  group_messages  estimated_questions          basis
    0   lisi                 2               1                  2.0       observed
    1     zs                 0               1                  2.0 group activity
    """
    scope_df = resolve_scope(archive, scope)
    q = _questions(archive, questions)
    ids = _employees(archive, scope_df)
    single = q[q["chat_type"] == "single"]
    sq = single.groupby("employee_id").size()
    sc = single.groupby("employee_id")["customer_id"].nunique()
    m = archive.messages
    gm = m[(m["chat_type"] == "group") & (m["sender_kind"] == "employee")].groupby("sender_id").size()
    cust = _customers(customers)
    out = pd.DataFrame({"userid": pd.Series(ids, dtype="str")})
    out["is_in_scope"] = out["userid"].isin(set(scope_df["userid"].astype(str)))
    out["single_questions"] = out["userid"].map(sq).fillna(0).astype(np.int64)
    out["single_customers"] = out["userid"].map(sc).fillna(0).astype(np.int64)
    out["group_messages"] = out["userid"].map(gm).fillna(0).astype(np.int64)
    if cust is not None:
        ec = cust.groupby(cust["follow_userid"].astype(str)).size()
        out["export_customers"] = out["userid"].map(ec).fillna(0).astype(float)
    else:
        out["export_customers"] = np.nan
    # archived at some time: their 1:1 chats are in the archive, so the count is observed (even when 0)
    observed = (out["single_questions"] > 0) | out["is_in_scope"]
    obs = out[out["single_questions"] > 0]
    rates = {}
    g = obs[obs["group_messages"] > 0]
    rates["questions_per_group_message"] = g["single_questions"].sum() / g["group_messages"].sum() if len(g) else 0.0
    rates["customers_per_group_message"] = g["single_customers"].sum() / g["group_messages"].sum() if len(g) else 0.0
    if cust is not None:
        e = obs[obs["export_customers"] > 0]
        rates["questions_per_export_customer"] = e["single_questions"].sum() / e["export_customers"].sum() if len(e) else 0.0
        rates["customers_per_export_customer"] = e["single_customers"].sum() / e["export_customers"].sum() if len(e) else 0.0
    use_export = ~observed & out["export_customers"].fillna(0).gt(0)
    use_group = ~observed & ~use_export & out["group_messages"].gt(0)
    out["estimated_questions"] = np.select(
        [observed, use_export, use_group],
        [
            out["single_questions"].astype(float),
            out["export_customers"].fillna(0) * rates.get("questions_per_export_customer", 0.0),
            out["group_messages"] * rates["questions_per_group_message"],
        ],
        default=0.0,
    )
    out["estimated_customers"] = np.select(
        [observed, use_export, use_group],
        [
            out["single_customers"].astype(float),
            out["export_customers"].fillna(0) * rates.get("customers_per_export_customer", 0.0),
            out["group_messages"] * rates["customers_per_group_message"],
        ],
        default=0.0,
    )
    out["basis"] = pd.array(
        np.select([observed, use_export, use_group], ["observed", "customer export", "group activity"],
                  default="no observable activity"),
        dtype="str",
    )
    out.attrs["rates"] = {k: float(v) for k, v in rates.items()}
    return out


def _as_ids(values: Iterable[str] | str, name: str) -> list[str]:
    if isinstance(values, str):
        return [values]
    try:
        return [str(v) for v in values]
    except TypeError as exc:
        raise TypeError(f"{name} must be a userid or an iterable of userids; got {type(values).__name__}") from exc


def _count(eq: pd.DataFrame) -> tuple[int, int]:
    e = eq[eq["is_eligible"]]
    return len(e), int(e["customer_id"].nunique())


def simulate_scope(
    archive: Archive,
    add: Iterable[str] | str = (),
    remove: Iterable[str] | str = (),
    licenses: int | None = None,
    *,
    questions: pd.DataFrame | None = None,
    customers: Any = None,
    scope: Any = None,
) -> pd.DataFrame:
    """Eligible customer questions and customers before and after a change of the archive scope.

    Parameters
    ----------
    archive : toolkit.archive.Archive
    add, remove : iterable of str
        Userids to put in scope (for the whole period) or take out of it.
    licenses : int, optional
        Archive licences available; the output says whether each scope fits.
    questions : pandas.DataFrame, optional
        :func:`toolkit.questions.extract_questions` output (computed when
        omitted).
    customers : path or DataFrame, optional
        Customer export with ``follow_userid``, for estimates of employees
        who were never archived (see :func:`employee_activity`).
    scope : optional
        The current scope, if not ``archive.scope``.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``scenario`` = ``before`` and ``after``: ``n_in_scope``
        (distinct userids), ``licenses``, ``within_budget`` (bool, NA without
        ``licenses``), ``eligible_questions`` and ``eligible_customers``
        (observed + estimated, rounded), their ``*_observed`` part (recomputed
        exactly from the archive under that scope) and ``*_estimated`` part
        (1:1 chats of added employees that the archive cannot show),
        ``is_estimate`` (bool) and ``basis`` (how it was obtained, in words).

    Raises
    ------
    TypeError
        ``add`` or ``remove`` is not a userid or a list of them.
    ValueError
        ``licenses`` is negative.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> t = pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")
    >>> m = schema.empty_frame(schema.MESSAGE_COLUMNS).reindex(range(2)).assign(
    ...     msgid=["a", "b"], sender_id=["wmA", "wmB"], sender_kind="external", chat_type="single",
    ...     chat_id=["lisi|wmA", "wmB|zs"], sent_at=t)
    >>> a = Archive(messages=m, consent=schema.empty_frame(schema.CONSENT_COLUMNS), recalls=None, switches=None,
    ...             quarantine=None, report={}, files=None)
    >>> q = pd.DataFrame({"question_id": ["a", "b"], "chat_type": "single", "chat_id": ["lisi|wmA", "wmB|zs"],
    ...                   "customer_id": ["wmA", "wmB"], "employee_id": ["lisi", "zs"], "is_question": True})
    >>> simulate_scope(a, remove=["zs"], licenses=1, questions=q, scope=["lisi", "zs"])[
    ...     ["scenario", "n_in_scope", "within_budget", "eligible_questions", "is_estimate"]]
      scenario  n_in_scope  within_budget  eligible_questions  is_estimate
    0   before           2          False                 2.0        False
    1    after           1           True                 1.0        False
    """
    add_ids = _as_ids(add, "add")
    remove_ids = _as_ids(remove, "remove")
    if licenses is not None and (isinstance(licenses, bool) or int(licenses) < 0):
        raise ValueError(f"licenses must be a non-negative int; got {licenses!r}")
    before_scope = resolve_scope(archive, scope)
    q = _questions(archive, questions)
    current = set(before_scope["userid"].astype(str))
    after_scope = before_scope[~before_scope["userid"].astype(str).isin(remove_ids)]
    new = [u for u in dict.fromkeys(add_ids) if u not in current or u in remove_ids]
    if new:
        extra = schema.empty_frame(schema.SCOPE_COLUMNS, archive.tz).reindex(range(len(new)))
        extra["userid"] = pd.array(new, dtype="str")
        after_scope = pd.concat([after_scope[~after_scope["userid"].isin(new)], extra], ignore_index=True)
    rows = []
    for name, sc in (("before", before_scope), ("after", after_scope)):
        eq = eligible_questions(q, eligibility(archive, scope=sc))
        nq, nc = _count(eq)
        rows.append({"scenario": name, "n_in_scope": int(sc["userid"].nunique()), "q_obs": nq, "c_obs": nc})
    est_q = est_c = 0.0
    basis_after = "exact: recomputed from the archive under the new scope"
    if new:
        act = employee_activity(archive, questions=q, customers=customers, scope=before_scope)
        act = act.set_index("userid")
        unseen = [u for u in new if u not in act.index or act.loc[u, "basis"] != "observed"]
        if unseen:
            a = act.reindex(unseen)
            est_q = float(a["estimated_questions"].fillna(0).sum())
            est_c = float(a["estimated_customers"].fillna(0).sum())
            bases = sorted(set(a["basis"].fillna("no observable activity")))
            basis_after = (
                f"estimate: {len(unseen)} added employee(s) never archived in 1:1 chats; their 1:1 questions are "
                f"extrapolated from {', '.join(bases)} (the archive cannot show unarchived chats); "
                "group and observed 1:1 chats recomputed exactly"
            )
    out = pd.DataFrame(rows)
    out["licenses"] = pd.array([licenses, licenses], dtype="Int64")
    out["within_budget"] = pd.array(
        [None if licenses is None else bool(n <= int(licenses)) for n in out["n_in_scope"]], dtype="boolean"
    )
    out["eligible_questions_observed"] = out["q_obs"].astype(np.int64)
    out["eligible_questions_estimated"] = [0.0, est_q]
    out["eligible_customers_observed"] = out["c_obs"].astype(np.int64)
    out["eligible_customers_estimated"] = [0.0, est_c]
    out["eligible_questions"] = (out["eligible_questions_observed"] + out["eligible_questions_estimated"]).round(1)
    out["eligible_customers"] = (out["eligible_customers_observed"] + out["eligible_customers_estimated"]).round(1)
    out["is_estimate"] = [False, est_q > 0 or est_c > 0]
    out["basis"] = pd.array(["exact: the archive under the current scope", basis_after], dtype="str")
    cols = ["scenario", "n_in_scope", "licenses", "within_budget", "eligible_questions", "eligible_customers",
            "eligible_questions_observed", "eligible_questions_estimated", "eligible_customers_observed",
            "eligible_customers_estimated", "is_estimate", "basis"]
    return out[cols]


def optimize_licenses(
    archive: Archive,
    budget: int,
    *,
    questions: pd.DataFrame | None = None,
    customers: Any = None,
    candidates: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Which employees to archive to make the most customer questions eligible under a licence budget.

    Greedy with marginal gains: at each step, the employee whose archiving
    makes the most *not yet eligible* questions eligible. A 1:1 question is
    covered by its employee (unless the customer refused); a group question
    by any employee member of the room at that time (a group needs only one
    archived member), which is why the gains shrink as the scope grows. An
    employee never archived in 1:1 chats adds an estimated number of 1:1
    questions (see :func:`employee_activity`), flagged in ``estimated_gain``.
    Greedy maximisation of such a coverage function is within ``1 - 1/e`` of
    the best scope of the same size.

    Parameters
    ----------
    archive : toolkit.archive.Archive
    budget : int
        Number of licences (employees to put in scope).
    questions : pandas.DataFrame, optional
        :func:`toolkit.questions.extract_questions` output.
    customers : path or DataFrame, optional
        Customer export for the estimates.
    candidates : iterable of str, optional
        Employees to choose from; default every employee the archive knows.

    Returns
    -------
    pandas.DataFrame
        One row per licence spent, in order: ``step`` (1..), ``userid``,
        ``marginal_gain`` (questions made eligible by this employee, given
        those before), ``observed_gain``, ``estimated_gain``,
        ``cumulative_questions``, ``cumulative_share`` (of all coverable
        questions, observed and estimated) and ``is_estimate``. Stops early
        when no candidate is left.

    Raises
    ------
    ValueError
        ``budget`` is not a non-negative int.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> t = pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")
    >>> m = schema.empty_frame(schema.MESSAGE_COLUMNS).reindex(range(4)).assign(
    ...     msgid=list("abcd"), sender_id=["wmA", "wmB", "lisi", "zs"],
    ...     sender_kind=["external", "external", "employee", "employee"], chat_type=["group", "single", "group", "group"],
    ...     chat_id=["wr1", "wmB|zs", "wr1", "wr1"], roomid=["wr1", None, "wr1", "wr1"], sent_at=t)
    >>> from toolkit.archive import load_scope
    >>> a = Archive(messages=m, consent=schema.empty_frame(schema.CONSENT_COLUMNS), recalls=None, switches=None,
    ...             quarantine=None, report={}, files=None, scope=load_scope(["zs"]))
    >>> q = pd.DataFrame({"question_id": ["a", "b"], "chat_type": ["group", "single"], "chat_id": ["wr1", "wmB|zs"],
    ...     "customer_id": ["wmA", "wmB"], "employee_id": ["lisi", "zs"], "is_question": True,
    ...     "asked_at": t})
    >>> optimize_licenses(a, 2, questions=q, candidates=["lisi", "zs"])[
    ...     ["step", "userid", "marginal_gain", "observed_gain", "estimated_gain"]]
       step userid  marginal_gain  observed_gain  estimated_gain
    0     1   lisi            2.0            1.0             1.0
    1     2     zs            1.0            1.0             0.0

    Archiving ``lisi`` covers the group question, and their 1:1 questions
    (never archived) are estimated from their group activity; ``zs`` then
    adds their own 1:1 question.
    """
    if isinstance(budget, bool) or not isinstance(budget, (int, np.integer)) or budget < 0:
        raise ValueError(f"budget must be a non-negative int; got {budget!r}")
    q = _questions(archive, questions)
    if "asked_at" not in q:
        raise SchemaError("questions lack column 'asked_at'")
    scope_df = resolve_scope(archive, None) if archive.scope is not None else None
    all_ids = _employees(archive, scope_df if scope_df is not None else schema.empty_frame(schema.SCOPE_COLUMNS))
    cands = sorted(set(_as_ids(candidates, "candidates"))) if candidates is not None else all_ids
    index = {u: i for i, u in enumerate(cands)}
    # the universe: archived questions not blocked by a refusal, under a scope of every candidate
    eq = eligible_questions(q, eligibility(archive, scope=cands))
    eq = eq[eq["reason"] != "customer_refused"].reset_index(drop=True)
    n = len(eq)
    pairs_q: list[np.ndarray] = []
    pairs_e: list[np.ndarray] = []
    single = (eq["chat_type"] == "single").to_numpy()
    emp = eq["employee_id"].astype(str).map(index)
    ok = single & emp.notna().to_numpy()
    pairs_q.append(np.flatnonzero(ok))
    pairs_e.append(emp[ok].to_numpy(dtype=np.int64))
    group = (eq["chat_type"] == "group").to_numpy()
    if group.any():
        members = _room_members(archive)
        members = members[members["member_id"].isin(index)]
        g = pd.DataFrame({"qpos": np.flatnonzero(group), "roomid": eq.loc[group, "chat_id"].astype(str).to_numpy(),
                          "t": _ns(eq.loc[group, "asked_at"], _I64_MIN)})
        j = g.merge(members, on="roomid", how="inner")
        j = j[j["joined"] <= j["t"]]
        pairs_q.append(j["qpos"].to_numpy(dtype=np.int64))
        pairs_e.append(j["member_id"].map(index).to_numpy(dtype=np.int64))
    pq = np.concatenate(pairs_q) if pairs_q else np.zeros(0, dtype=np.int64)
    pe = np.concatenate(pairs_e) if pairs_e else np.zeros(0, dtype=np.int64)
    act = employee_activity(archive, questions=q, customers=customers).set_index("userid")
    est = np.array([
        float(act.loc[u, "estimated_questions"]) if u in act.index and act.loc[u, "basis"] != "observed" else 0.0
        for u in cands
    ])
    coverable = np.zeros(n, dtype=bool)
    coverable[pq] = True
    total = float(coverable.sum() + est.sum())
    covered = np.zeros(n, dtype=bool)
    chosen = np.zeros(len(cands), dtype=bool)
    rows = []
    cum = 0.0
    for step in range(1, min(int(budget), len(cands)) + 1):
        live = ~covered[pq]
        obs_gain = np.bincount(pe[live], minlength=len(cands)).astype(float)
        gain = np.where(chosen, -1.0, obs_gain + est)
        best = int(np.argmax(gain))  # ties: the first userid in sorted order
        chosen[best] = True
        covered[pq[(pe == best) & live]] = True
        cum += gain[best]
        rows.append({
            "step": step, "userid": cands[best], "marginal_gain": float(gain[best]),
            "observed_gain": float(obs_gain[best]), "estimated_gain": float(est[best]),
            "cumulative_questions": cum, "cumulative_share": cum / total if total else float("nan"),
            "is_estimate": bool(est[best] > 0),
        })
    out = pd.DataFrame(rows, columns=["step", "userid", "marginal_gain", "observed_gain", "estimated_gain",
                                      "cumulative_questions", "cumulative_share", "is_estimate"])
    out["userid"] = out["userid"].astype("str")
    out["step"] = out["step"].astype(np.int64)
    return out


def estimate_unarchived(
    archive: Archive, *, questions: pd.DataFrame | None = None, customers: Any = None
) -> pd.DataFrame:
    """Customer questions that never reached the archive, estimated from what it shows.

    Two sources: 1:1 chats of customers who refused archiving (consent
    ``disagree`` records, one per relationship, times the observed 1:1
    questions per consenting relationship), and 1:1 chats of employees who
    were never archived (see :func:`employee_activity`).

    Returns
    -------
    pandas.DataFrame
        Rows ``refused customers`` and ``employees not archived``: ``source``,
        ``n`` (relationships or employees), ``questions_estimate`` and
        ``basis``.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.archive import schema
    >>> from toolkit.archive.load import Archive
    >>> t = pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")
    >>> m = schema.empty_frame(schema.MESSAGE_COLUMNS).reindex(range(1)).assign(
    ...     msgid=["a"], sender_id=["wmA"], sender_kind="external", chat_type="single", chat_id=["lisi|wmA"], sent_at=t)
    >>> c = schema.empty_frame(schema.CONSENT_COLUMNS).reindex(range(1)).assign(
    ...     msgid=["c"], customer_id=["wmB"], employee_id=["lisi"], status=["disagree"], at=t)
    >>> a = Archive(messages=m, consent=c, recalls=None, switches=None, quarantine=None, report={}, files=None)
    >>> q = pd.DataFrame({"question_id": ["a", "b"], "chat_type": "single", "chat_id": "lisi|wmA",
    ...                   "customer_id": "wmA", "employee_id": "lisi", "is_question": True})
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     estimate_unarchived(a, questions=q)[["source", "n", "questions_estimate"]]
                       source  n  questions_estimate
    0        refused customers  1                 2.0
    1  employees not archived  0                 0.0
    """
    q = _questions(archive, questions)
    single = q[q["chat_type"] == "single"]
    pairs = single.groupby(["employee_id", "customer_id"]).size()
    per_pair = float(pairs.mean()) if len(pairs) else 0.0
    c = archive.consent
    if c is not None and not c.empty:
        last = c.sort_values("at", kind="stable").groupby(["customer_id", "employee_id"]).tail(1)
        n_ref = int((last["status"] == "disagree").sum())
    else:
        n_ref = 0
    act = employee_activity(archive, questions=q, customers=customers)
    never = act[~act["is_in_scope"] & (act["basis"] != "observed")]
    rows = [
        {"source": "refused customers", "n": n_ref, "questions_estimate": round(n_ref * per_pair, 1),
         "basis": f"relationships whose last consent record is a refusal x {per_pair:.2f} questions per observed 1:1 relationship"},
        {"source": "employees not archived", "n": len(never),
         "questions_estimate": round(float(never["estimated_questions"].sum()), 1),
         "basis": "employees never in scope: " + (", ".join(sorted(set(never["basis"]))) or "none")},
    ]
    out = pd.DataFrame(rows)
    out["source"] = out["source"].astype("str")
    out["basis"] = out["basis"].astype("str")
    return out


def gating_funnel(
    questions: pd.DataFrame, result: Any = None, *, unarchived: pd.DataFrame | float | None = None
) -> pd.DataFrame:
    """The funnel from every customer question to a correct suggestion.

    Parameters
    ----------
    questions : pandas.DataFrame
        Archived customer questions with ``is_eligible``
        (:func:`toolkit.gating.eligible_questions`); rows with ``is_question``
        False are left out.
    result : GatingResult, optional
        :func:`toolkit.gating.simulate_gating` on (a random sample of) the
        eligible questions. A sample is scaled up to all eligible questions,
        and those stages are flagged as estimates.
    unarchived : DataFrame or float, optional
        Questions that never reached the archive (:func:`estimate_unarchived`
        or a number); the first stage is an estimate when given.

    Returns
    -------
    pandas.DataFrame
        ``stage`` (``all customer questions``, ``archived``, ``eligible``,
        ``suggestion shown``, ``suggestion correct``), ``n`` (int: estimated
        and scaled stages rounded to whole questions),
        ``share_of_all``, ``share_of_previous`` and ``is_estimate``.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"question_id": list("abcd"), "is_eligible": [True, True, True, False]})
    >>> gating_funnel(q, unarchived=4)[["stage", "n", "share_of_all", "is_estimate"]]
                    stage  n  share_of_all  is_estimate
    0  all customer questions  8         1.000         True
    1               archived  4         0.500        False
    2               eligible  3         0.375        False
    """
    if not isinstance(questions, pd.DataFrame):
        raise TypeError(f"questions must be a pandas DataFrame; got {type(questions).__name__}")
    if "is_eligible" not in questions:
        raise SchemaError("questions lack column 'is_eligible' (use toolkit.gating.eligible_questions)")
    q = questions[questions["is_question"].astype(bool)] if "is_question" in questions else questions
    archived = float(len(q))
    eligible = float(q["is_eligible"].sum())
    if isinstance(unarchived, pd.DataFrame):
        extra = float(unarchived["questions_estimate"].sum())
    else:
        extra = float(unarchived or 0.0)
    stages = [("all customer questions", archived + extra, extra > 0), ("archived", archived, False),
              ("eligible", eligible, False)]
    if result is not None:
        t = result.totals
        scale = eligible / t["n_eligible"] if t["n_eligible"] else 0.0
        sampled = t["n_eligible"] != eligible
        stages += [("suggestion shown", t["shown"] * scale, sampled), ("suggestion correct", t["correct"] * scale, sampled)]
    out = pd.DataFrame(stages, columns=["stage", "n", "is_estimate"])
    out["n"] = out["n"].round().astype("int64")
    top = out["n"].iloc[0]
    out["share_of_all"] = (out["n"] / top).round(4) if top else np.nan
    prev = out["n"].shift().fillna(out["n"].iloc[0])
    out["share_of_previous"] = (out["n"] / prev.where(prev > 0)).round(4)
    out["stage"] = out["stage"].astype("str")
    return out[["stage", "n", "share_of_all", "share_of_previous", "is_estimate"]]

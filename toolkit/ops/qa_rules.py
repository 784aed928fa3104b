"""Quality assurance (会话质检): configurable QA rules, applied to messages, with evidence rows.

:func:`qa_hits` applies configurable :class:`QARule` s to the messages:
risky promises (全额退款, 保本, 稳赚, 保证收益, 无风险 ...), sensitive words,
and customers kept waiting longer than N minutes. Each hit is an evidence
row with a masked snippet. :func:`toolkit.ops.plots.plot_qa_hits` draws the
hits per rule. The public home of these names is
:mod:`toolkit.ops.compliance` (and :mod:`toolkit.ops`).

Examples
--------
>>> sorted({r.kind for r in DEFAULT_QA_RULES})
['keyword', 'regex', 'wait']
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..archive import Archive, conversation_ids, schema
from .._validate import require_columns
from ..exceptions import QARuleWarning
from ..privacy.mask import PLACEHOLDERS, find_pii
from ..questions import is_question_text
from ..text import normalize_text

__all__ = ["DEFAULT_QA_RULES", "HIT_COLUMNS", "QARule", "QARuleWarning", "qa_hits", "qa_rules_frame"]


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
        require_columns(rules, ["name", "kind", "pattern"], "rules",
                        hint="it needs name, kind, pattern (and optionally severity, applies_to, description)")
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
    other = schema.other_party(m["chat_id"], m["sender_id"])
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
            newest = schema.to_timestamp(as_of, tz, "as_of")
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

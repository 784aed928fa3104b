"""Match customer questions to KB entries and label the agents' replies (thanked, asked again, no follow-up).

Public through :mod:`toolkit.kb.score` (``match_replies``, ``REPLY_COLUMNS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import pandas as pd

from toolkit._validate import require_columns
from toolkit.questions.extract import ASK_AGAIN as _ASK_AGAIN
from toolkit.text import normalize_series

from ._checks import _check_fraction
from ._facts import _NORM
from toolkit.archive.schema import BOOL, DATETIME, FLOAT, STR

__all__ = ["ASK_AGAIN", "REPLY_COLUMNS", "THANKS", "Matcher", "match_replies"]


class Matcher(Protocol):
    """What the scorer needs of a matcher (:class:`toolkit.kb.KBMatcher`)."""

    def match(self, queries: Sequence[str], k: int = 10) -> pd.DataFrame: ...  # pragma: no cover


#: Columns of :func:`match_replies`.
REPLY_SCHEMA: dict[str, str] = {
    "question_id": STR,
    "conversation_id": STR,
    "customer_id": STR,
    "asked_at": DATETIME,
    "text": STR,
    "kb_id": STR,
    "match_score": FLOAT,
    "reply_msgid": STR,
    "reply_text": STR,
    "reply_employee_id": STR,
    "reply_outcome": STR,
    "is_good_reply": BOOL,
}
REPLY_COLUMNS: tuple[str, ...] = tuple(REPLY_SCHEMA)


#: A generic "ask again" (defined with the questions: :data:`toolkit.questions.ASK_AGAIN`).
ASK_AGAIN = _ASK_AGAIN
#: Thanks or acknowledgement after a reply.
THANKS = re.compile(r"谢|感谢|thx|thank|好的|好滴|好嘞|明白了|了解了|懂了|知道了|收到|ok|好吧|行吧|可以了|解决了|点赞|给力|满意")


def _match_top(texts: Sequence[str], matcher: Matcher) -> pd.DataFrame:
    """Rank-1 KB entry, score and margin for each distinct text (in input order)."""
    if not texts:
        return pd.DataFrame({"kb_id": pd.Series(dtype="str"), "match_score": pd.Series(dtype="float64")})
    res = matcher.match(list(texts), k=2)
    need = {"query_pos", "rank", "kb_id", "score"}
    if not isinstance(res, pd.DataFrame) or need - set(res.columns):
        raise TypeError(f"matcher.match must return a DataFrame with columns {sorted(need)}")
    top = res[res["rank"] == 1].drop_duplicates("query_pos").set_index("query_pos")
    pos = pd.RangeIndex(len(texts))
    return pd.DataFrame(
        {
            "kb_id": top["kb_id"].astype("str").reindex(pos),
            "match_score": top["score"].astype("float64").reindex(pos),
        }
    ).reset_index(drop=True)


_QA_REQUIRED = ("question_id", "conversation_id", "customer_id", "asked_at", "text", "reply_text")


def match_replies(
    qa_pairs: pd.DataFrame,
    matcher: Matcher,
    *,
    threshold: float = 0.5,
) -> pd.DataFrame:
    """Match customer questions to KB entries and label the agents' replies.

    Every question turn (``is_question``, when the column exists) with text is
    matched to its rank-1 KB entry; a match below ``threshold`` gets no
    ``kb_id``. Then each reply is labelled from what the same customer did
    next in the same conversation, up to their next question:

    - ``asked_again``: the next question is a generic re-ask (到底, 具体,
      没明白, 说清楚, 所以是, 什么意思 ... see :data:`ASK_AGAIN`) or is
      matched to the same KB entry;
    - ``thanked``: otherwise, when a non-question turn in between thanks or
      acknowledges (谢谢, 好的, 明白了, 收到, ok ... see :data:`THANKS`);
    - ``no_follow_up``: otherwise (the customer moved on or said nothing);
    - ``no_reply``: no employee replied in the conversation.

    **Good reply** (``is_good_reply``): a reply whose outcome is ``thanked``
    or ``no_follow_up``, i.e. the customer did not have to ask again.
    Thanked replies are the best; they come first in
    :func:`toolkit.kb.suggest.suggest_answer`.

    Parameters
    ----------
    qa_pairs : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output (all turns: the
        non-question turns tell thanks apart); needs ``question_id``,
        ``conversation_id``, ``customer_id``, ``asked_at``, ``text``,
        ``reply_text``; uses ``is_question``, ``text_norm``,
        ``reply_msgid`` and ``reply_employee_id`` when present.
    matcher : object
        A fitted matcher with ``match(queries, k)`` returning ``query_pos``,
        ``rank``, ``kb_id``, ``score`` (:class:`toolkit.kb.KBMatcher`).
    threshold : float, default 0.5
        Lowest match score for a question to count for an entry.

    Returns
    -------
    pandas.DataFrame
        One row per question turn with text (:data:`REPLY_COLUMNS`), in
        input order: ``question_id``, ``conversation_id``, ``customer_id``,
        ``asked_at``, ``text``, ``kb_id`` (NaN below threshold),
        ``match_score``, ``reply_msgid``, ``reply_text`` (NaN if none),
        ``reply_employee_id``, ``reply_outcome`` (str), ``is_good_reply``
        (bool).

    Raises
    ------
    TypeError
        If ``qa_pairs`` is not a DataFrame or the matcher returns the wrong
        frame.
    toolkit.exceptions.SchemaError
        If a required column is missing.
    ValueError
        If ``threshold`` is not in [0, 1].

    Examples
    --------
    >>> class OneEntry:  # a stand-in for a fitted KBMatcher
    ...     def match(self, queries, k=10):
    ...         return pd.DataFrame({"query_pos": range(len(queries)), "rank": 1,
    ...                              "kb_id": "K1", "score": 0.9, "margin": 0.9})
    >>> t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:02"]).tz_localize("Asia/Shanghai")
    >>> qa = pd.DataFrame({"question_id": ["q1", "q2"], "conversation_id": "c1", "customer_id": "wm1",
    ...                    "asked_at": t, "text": ["保修多久", "好的谢谢"], "is_question": [True, False],
    ...                    "reply_text": ["保修2年", "不客气"]})
    >>> match_replies(qa, OneEntry())[["question_id", "kb_id", "reply_outcome", "is_good_reply"]]
      question_id kb_id reply_outcome  is_good_reply
    0          q1    K1       thanked           True
    """
    require_columns(qa_pairs, _QA_REQUIRED, "qa_pairs")
    thr = _check_fraction("threshold", threshold)
    q = qa_pairs.reset_index(drop=True)
    norm = q["text_norm"].astype("str") if "text_norm" in q.columns else normalize_series(q["text"].astype("str"), **_NORM)
    norm = norm.where(q["text"].notna(), "").fillna("")
    has_text = norm.str.strip().ne("")
    is_q = (q["is_question"].astype(bool) if "is_question" in q.columns else pd.Series(True, index=q.index)) & has_text

    # Match each distinct question text once (the matcher normalizes it).
    raw = q["text"].astype("str")
    uniq = list(dict.fromkeys(raw[is_q].tolist()))
    top = _match_top(uniq, matcher)
    lookup_kb = dict(zip(uniq, top["kb_id"].tolist(), strict=True))
    lookup_sc = dict(zip(uniq, top["match_score"].tolist(), strict=True))
    kb_id = pd.Series([lookup_kb.get(t) if ok else None for t, ok in zip(raw, is_q, strict=True)],
                      index=q.index, dtype=object)
    score = pd.Series([lookup_sc.get(t, np.nan) if ok else np.nan for t, ok in zip(raw, is_q, strict=True)],
                      index=q.index, dtype="float64")
    kb_id = kb_id.where(score >= thr)

    # What the customer did next in the conversation.
    order = q.sort_values(["conversation_id", "customer_id", "asked_at", "question_id"], kind="stable").index.to_numpy()
    conv = q["conversation_id"].astype(str).to_numpy()
    cust = q["customer_id"].astype(str).to_numpy()
    isq = is_q.to_numpy()
    nrm = norm.to_numpy()
    kbs = kb_id.to_numpy()
    reply = q["reply_text"]
    has_reply = (reply.notna() & reply.astype("str").str.strip().ne("") & reply.astype("str").ne("nan")).to_numpy()
    outcome = np.array(["no_reply"] * len(q), dtype=object)
    n = len(order)
    for i in range(n):
        r = order[i]
        if not isq[r]:
            continue
        if not has_reply[r]:
            continue
        res = "no_follow_up"
        thanked = False
        for j in range(i + 1, n):
            s = order[j]
            if conv[s] != conv[r] or cust[s] != cust[r]:
                break
            if isq[s]:
                same = isinstance(kbs[r], str) and kbs[s] == kbs[r]
                if same or ASK_AGAIN.search(nrm[s]):
                    res = "asked_again"
                break
            if THANKS.search(nrm[s]):
                thanked = True
        if res != "asked_again" and thanked:
            res = "thanked"
        outcome[r] = res
    out = pd.DataFrame(
        {
            "question_id": q["question_id"].astype("str"),
            "conversation_id": q["conversation_id"].astype("str"),
            "customer_id": q["customer_id"].astype("str"),
            "asked_at": q["asked_at"],
            "text": q["text"].astype("str"),
            "kb_id": kb_id.astype("str").where(kb_id.notna()),
            "match_score": score,
            "reply_msgid": q["reply_msgid"].where(pd.Series(has_reply, index=q.index)) if "reply_msgid" in q.columns else pd.Series(np.nan, index=q.index),
            "reply_text": reply.astype("str").where(pd.Series(has_reply, index=q.index)),
            "reply_employee_id": q["reply_employee_id"].where(pd.Series(has_reply, index=q.index)) if "reply_employee_id" in q.columns else pd.Series(np.nan, index=q.index),
            "reply_outcome": pd.Series(outcome, index=q.index, dtype="str"),
        }
    )
    out["is_good_reply"] = out["reply_outcome"].isin(["thanked", "no_follow_up"]).astype(bool)
    return out[is_q.to_numpy()].reset_index(drop=True)[list(REPLY_COLUMNS)]


_MENTION = re.compile(r"@\S+\s*")


def _quote(text: str, limit: int = 60) -> str:
    """A reply in quotes, @mentions (customers' nicknames) removed, cut to ``limit`` characters."""
    t = " ".join(_MENTION.sub("", str(text)).split())
    return "“" + (t if len(t) <= limit else t[: limit - 1] + "…") + "”"

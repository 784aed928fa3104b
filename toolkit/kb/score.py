"""Score KB answers against what customers really ask and what good agents really reply.

The pipeline is LLM-free and deterministic:

1. :func:`match_replies` matches every customer question (an
   :func:`toolkit.questions.extract_questions` frame) to its best KB entry and
   labels the agent's reply: ``thanked``, ``asked_again`` or ``no_follow_up``.
   A *good reply* is a reply after which the customer did not ask again.
2. :func:`extract_facts` pulls the checkable facts out of a text with regular
   expressions over normalized text: quantities with a unit (2年, 3-5个工作日,
   99元, 13%, 免费 = 0元), menu steps (【我的订单】) and conditions (仅支持...,
   ...除外).
3. :func:`score_answers` compares each KB answer with the good replies to the
   questions matched to it: relevance, specificity (typical facts the answer
   lacks), consistency (quantities of the same unit that contradict the
   agents), freshness (``updated_at``) and usage, and says in words why a
   score is low.

Examples
--------
>>> extract_facts("整机保修两年，过保换电池99元，仅支持2.4G WiFi")["key"].tolist()
['2年', '99元', '仅支持2.4g wifi', '2.4g']
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, Protocol

import numpy as np
import pandas as pd

from toolkit.exceptions import SchemaError
from toolkit.questions.extract import ASK_AGAIN as _ASK_AGAIN
from toolkit.text import char_ngrams, normalize_series, normalize_text

__all__ = [
    "DEFAULT_WEIGHTS",
    "FACT_COLUMNS",
    "REPLY_COLUMNS",
    "SCORE_COLUMNS",
    "extract_facts",
    "match_replies",
    "prepare_kb",
    "score_answers",
    "score_candidates",
]


class Matcher(Protocol):
    """What the scorer needs of a matcher (:class:`toolkit.kb.KBMatcher`)."""

    def match(self, queries: Sequence[str], k: int = 10) -> pd.DataFrame: ...  # pragma: no cover


#: Weights of the components in ``answer_score`` (a weighted mean over the
#: components that could be computed for an entry).
DEFAULT_WEIGHTS: Mapping[str, float] = {
    "consistency": 0.35,
    "specificity": 0.30,
    "relevance": 0.20,
    "freshness": 0.15,
}

#: Columns of :func:`extract_facts`.
FACT_COLUMNS: tuple[str, ...] = ("kind", "key", "value", "unit", "text")

#: Columns of :func:`match_replies`.
REPLY_COLUMNS: tuple[str, ...] = (
    "question_id",
    "conversation_id",
    "customer_id",
    "asked_at",
    "text",
    "kb_id",
    "match_score",
    "reply_msgid",
    "reply_text",
    "reply_employee_id",
    "reply_outcome",
    "is_good_reply",
)

#: Columns of :func:`score_answers`.
SCORE_COLUMNS: tuple[str, ...] = (
    "kb_id",
    "question",
    "answer",
    "updated_at",
    "usage",
    "usage_share",
    "n_customers",
    "n_replies",
    "n_good_replies",
    "relevance_score",
    "specificity_score",
    "consistency_score",
    "freshness_score",
    "answer_score",
    "priority",
    "missing_facts",
    "conflicts",
    "conflicting_replies",
    "evidence",
)

_NORM = {"remove_emoji": True, "remove_mentions": True, "remove_placeholders": True}

# --------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
# Unit surface forms (longest first) -> canonical unit.
_UNIT_FORMS: tuple[tuple[str, str], ...] = (
    ("个工作日", "工作日"), ("工作日", "工作日"), ("自然日", "天"), ("个小时", "小时"), ("小时", "小时"),
    ("分钟", "分钟"), ("个星期", "周"), ("星期", "周"), ("个月", "个月"), ("块钱", "元"), ("公斤", "kg"),
    ("平方米", "平米"), ("平米", "平米"), ("厘米", "cm"), ("毫米", "mm"), ("分贝", "分贝"), ("毫安", "mah"),
    ("积分", "积分"), ("mah", "mah"), ("kg", "kg"), ("cm", "cm"), ("mm", "mm"), ("db", "分贝"), ("pa", "pa"),
    ("天", "天"), ("周", "周"), ("年", "年"), ("元", "元"), ("块", "元"), ("折", "折"), ("%", "%"),
    ("秒", "秒"), ("次", "次"), ("张", "张"), ("倍", "倍"), ("岁", "岁"), ("克", "g"), ("米", "米"),
    ("g", "g"), ("w", "w"),
)
_UNIT_RE = "|".join(re.escape(f) for f, _ in _UNIT_FORMS)
_UNIT_OF = dict(_UNIT_FORMS)
_QUANTITY = re.compile(
    rf"(?P<a>{_NUM})(?:\s*(?:-|~|至|到)\s*(?P<b>{_NUM}))?\s*(?:多)?(?P<u>{_UNIT_RE})(?![a-z])"
)
_FREE = re.compile(r"免费|不收费|不收取?任何?费用|不要钱|零元|0元")
_STEP = re.compile(r"【([^【】]{1,12})】")
_CONDITION = re.compile(
    r"(?:仅|只)支持[^，,。；;！!？?]{1,16}|不支持[^，,。；;！!？?]{1,16}|[^，,。；;！!？?]{1,12}除外|不包括[^，,。；;！!？?]{1,16}"
)


def _cn_to_int(s: str) -> int | None:
    """Small Chinese numerals (up to 9999): 两 -> 2, 十五 -> 15, 一百二十 -> 120."""
    if not s:
        return None
    total, current = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def _num(s: str) -> str | None:
    if s[0].isdigit():
        v = float(s)
    else:
        n = _cn_to_int(s)
        if n is None:
            return None
        v = float(n)
    return str(int(v)) if v == int(v) else f"{v:g}"


def _facts_of_norm(t: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, key, value, unit, text) of one normalized text, in text order, deduplicated by key."""
    out: list[tuple[int, tuple[str, str, str, str, str]]] = []
    for m in _QUANTITY.finditer(t):
        a = _num(m["a"])
        if a is None:
            continue
        unit = _UNIT_OF[m["u"]]
        if unit == "年" and float(a) >= 1900:  # a calendar year, not a duration
            continue
        if m["b"] is None and m["a"] == "一" and unit in ("次", "张", "倍"):  # 一次充电: an article, not a count
            continue
        value = a
        if m["b"] is not None:
            b = _num(m["b"])
            if b is None:
                continue
            value = f"{a}-{b}"
        out.append((m.start(), ("quantity", f"{value}{unit}", value, unit, m.group(0))))
    for m in _FREE.finditer(t):
        if m.group(0) == "0元":
            continue  # already a quantity
        out.append((m.start(), ("quantity", "0元", "0", "元", m.group(0))))
    for m in _STEP.finditer(t):
        out.append((m.start(), ("step", f"【{m.group(1)}】", m.group(1), "", m.group(0))))
    for m in _CONDITION.finditer(t):
        text = m.group(0).strip()
        out.append((m.start(), ("condition", text, text, "", text)))
    out.sort(key=lambda p: p[0])
    seen: set[str] = set()
    facts = []
    for _, f in out:
        if f[1] not in seen:
            seen.add(f[1])
            facts.append(f)
    return facts


@functools.lru_cache(maxsize=200_000)
def _facts_cached(t: str) -> tuple[tuple[str, str, str, str, str], ...]:
    return tuple(_facts_of_norm(t))


def _norm(text: object) -> str:
    return normalize_text(text if isinstance(text, str) else None, **_NORM)  # type: ignore[arg-type]


def extract_facts(text: str | None) -> pd.DataFrame:
    """The checkable facts of one text: quantities, menu steps and conditions.

    The text is normalized first (:func:`toolkit.text.normalize_text`: full
    width to half width, traditional to simplified, lower case, emoji and
    @mentions removed). Then:

    - ``quantity``: a number (Arabic or small Chinese numerals such as 两,
      十五) or a range (``3-5``, ``1到3``) followed by a unit: 年, 个月, 周,
      天, 工作日, 小时, 分钟, 秒, 元 (块), 折, %, 次, 张, 积分, kg, g, cm,
      米, pa, mah, 分贝 ... ``key`` is value + canonical unit (``2年``,
      ``3-5工作日``). 免费 / 不收费 count as ``0元``. A four-digit year
      (2025年) is a date, not a quantity.
    - ``step``: a menu item in 【】 (``【我的订单】``).
    - ``condition``: 仅支持 ..., 只支持 ..., 不支持 ..., 不包括 ..., ... 除外.

    Parameters
    ----------
    text : str or None
        Any text; missing gives an empty frame.

    Returns
    -------
    pandas.DataFrame
        One row per distinct fact, in text order: ``kind`` (quantity, step,
        condition), ``key`` (what is compared), ``value`` and ``unit``
        (quantities; the step or condition text and ``""`` otherwise) and
        ``text`` (the matched surface text).

    Examples
    --------
    >>> extract_facts("签收后15天内质量问题可换新，退款1-3个工作日到账，安装免费")
          kind     key value unit     text
    0  quantity     15天    15    天      15天
    1  quantity  1-3工作日   1-3  工作日  1-3个工作日
    2  quantity      0元     0    元       免费
    >>> extract_facts("在【我的订单】-【申请售后】提交，人为损坏除外")["key"].tolist()
    ['【我的订单】', '【申请售后】', '人为损坏除外']
    """
    rows = _facts_cached(_norm(text))
    return pd.DataFrame(list(rows), columns=list(FACT_COLUMNS)).astype("str")


def _fact_keys(norm_text: str) -> dict[str, tuple[str, str, str, str, str]]:
    return {f[1]: f for f in _facts_cached(norm_text)}


def _bigrams(t: str) -> set[str]:
    return set(char_ngrams(t, 2, normalized=True)) or set(char_ngrams(t, 1, normalized=True))


def _fact_in(fact: tuple[str, str, str, str, str], keys: Mapping[str, Any], norm_text: str) -> bool:
    """Whether a fact is stated in a text (quantities exactly, other kinds by bigram containment)."""
    kind, key = fact[0], fact[1]
    if key in keys:
        return True
    if kind == "quantity":
        return False
    if kind == "step":
        return fact[2] in norm_text
    grams = _bigrams(key)
    return bool(grams) and len(grams & _bigrams(norm_text)) / len(grams) >= 0.6


# --------------------------------------------------------------------------
# KB preparation
# --------------------------------------------------------------------------


def prepare_kb(kb: pd.DataFrame) -> pd.DataFrame:
    """One row per KB entry from a KB frame with one row per question phrasing.

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id``, ``question``, ``answer`` and optionally ``updated_at``
        (e.g. :func:`toolkit.kb.load_kb` data). Several rows with the same
        ``kb_id`` are one entry.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``kb_id``: ``kb_id`` (str), ``question`` (the phrasings
        joined with `` / ``), ``answer`` (the most frequent non-empty answer
        of the entry, first in file order on ties), ``updated_at`` (the
        latest parseable date, NaT if none), ``n_answers`` (distinct answer
        texts; more than one means the entry's rows disagree).

    Raises
    ------
    TypeError
        If ``kb`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2"], "question": ["保修多久", "质保期", "怎么退货"],
    ...                    "answer": ["保修2年。", "保修2年。", "订单页申请退货。"]})
    >>> prepare_kb(kb)[["kb_id", "question", "answer", "n_answers"]]
      kb_id    question    answer  n_answers
    0    K1  保修多久 / 质保期     保修2年。          1
    1    K2        怎么退货  订单页申请退货。          1
    """
    if not isinstance(kb, pd.DataFrame):
        raise TypeError(f"kb must be a pandas DataFrame; got {type(kb).__name__}")
    missing = [c for c in ("kb_id", "question", "answer") if c not in kb.columns]
    if missing:
        raise SchemaError(f"kb lacks columns {missing}")
    k = kb.reset_index(drop=True)
    ids = k["kb_id"].astype("str")
    questions = k["question"].astype("str").where(k["question"].notna(), "")
    answers = k["answer"].astype("str").where(k["answer"].notna(), "")
    if "updated_at" in k.columns:
        upd = pd.to_datetime(k["updated_at"], errors="coerce", utc=False, format="mixed")
        if getattr(upd.dt, "tz", None) is not None:
            upd = upd.dt.tz_localize(None)
    else:
        upd = pd.Series(pd.NaT, index=k.index, dtype="datetime64[ns]")
    rows = []
    for kid, idx in ids.groupby(ids, sort=True).groups.items():
        qs = [q for q in dict.fromkeys(questions.loc[idx]) if q.strip()]
        ans = [a for a in answers.loc[idx] if a.strip()]
        counts = Counter(ans)
        best = max(counts, key=lambda a: (counts[a], -ans.index(a))) if ans else ""
        rows.append({
            "kb_id": str(kid),
            "question": " / ".join(qs),
            "answer": best,
            "updated_at": upd.loc[idx].max(),
            "n_answers": len(counts),
        })
    out = pd.DataFrame(rows, columns=["kb_id", "question", "answer", "updated_at", "n_answers"])
    out["updated_at"] = pd.to_datetime(out["updated_at"])
    return out.astype({"kb_id": "str", "question": "str", "answer": "str", "n_answers": "int64"})


# --------------------------------------------------------------------------
# Matching questions and labelling replies
# --------------------------------------------------------------------------

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


def _default_matcher(kb: pd.DataFrame) -> Matcher:
    from .match import KBMatcher  # the other half of toolkit.kb

    return KBMatcher().fit(kb)  # type: ignore[no-any-return]


def _check_fraction(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number in [0, 1]; got {type(value).__name__}")
    v = float(value)
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be in [0, 1]; got {value!r}")
    return v


def _check_positive_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a positive int; got {value!r}")
    return int(value)


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
    if not isinstance(qa_pairs, pd.DataFrame):
        raise TypeError(f"qa_pairs must be a pandas DataFrame; got {type(qa_pairs).__name__}")
    missing = [c for c in _QA_REQUIRED if c not in qa_pairs.columns]
    if missing:
        raise SchemaError(f"qa_pairs lacks columns {missing}")
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


# --------------------------------------------------------------------------
# Embeddings for relevance
# --------------------------------------------------------------------------

Embedder = Literal["use", "none"] | Callable[[list[str]], np.ndarray]


def _embed_use(texts: list[str]) -> np.ndarray:
    from ._embed import embed_use  # the encoder shared with the matcher and clustering

    return embed_use(texts)


def _unit_rows(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return x / n


class _Vectors:
    """Unit vectors of distinct texts: sentence embeddings and char 1-2-gram TF-IDF."""

    def __init__(self, texts: Iterable[str], embedder: Embedder) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.texts = list(dict.fromkeys(t for t in texts))
        self.pos = {t: i for i, t in enumerate(self.texts)}
        if not self.texts:
            self.lex = None
            self.emb = None
            return
        vec = TfidfVectorizer(analyzer=lambda t: char_ngrams(t, (1, 2), normalized=True), sublinear_tf=True)
        self.lex = vec.fit_transform(self.texts)
        if isinstance(embedder, str):
            if embedder == "none":
                self.emb = None
                return
            fn: Callable[[list[str]], np.ndarray] = _embed_use
        else:
            fn = embedder
        emb = np.asarray(fn(self.texts), dtype=np.float64)
        if emb.ndim != 2 or emb.shape[0] != len(self.texts):
            raise ValueError(f"embedder must return an array of shape (n_texts, d); got {emb.shape}")
        self.emb = _unit_rows(emb)

    def centroid_cos(self, text: str, others: Sequence[str], weights: Sequence[float] | None = None) -> float:
        """Mean of the lexical and embedding cosines between ``text`` and the centroid of ``others``."""
        if not others or self.lex is None:
            return float("nan")
        import scipy.sparse as sp

        idx = [self.pos[o] for o in others]
        w = np.asarray(weights if weights is not None else np.ones(len(idx)), dtype=np.float64)
        i = self.pos[text]
        lex_c = sp.csr_matrix(w[None, :]) @ self.lex[idx]
        lex_a = self.lex[i]
        dot = float((lex_a @ lex_c.T).toarray()[0, 0])
        na = float(np.sqrt(lex_a.multiply(lex_a).sum()))
        nc = float(np.sqrt(lex_c.multiply(lex_c).sum()))
        cos_l = dot / (na * nc) if na > 0 and nc > 0 else 0.0
        if self.emb is None:
            return cos_l
        emb_c = (self.emb[idx] * w[:, None]).sum(axis=0)
        return 0.5 * cos_l + 0.5 * _cos(self.emb[i], emb_c)

    def lexical_cos(self, text: str, others: Sequence[str]) -> np.ndarray:
        """Character 1-2-gram TF-IDF cosine between ``text`` and each of ``others`` (rows are unit length)."""
        if not others or self.lex is None:
            return np.zeros(len(others))
        rows = self.lex[[self.pos[o] for o in others]]
        return np.asarray((rows @ self.lex[self.pos[text]].T).toarray()).ravel()


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0.0 or nb == 0.0:
        return 0.0
    return float(a @ b) / (na * nb)


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def _fmt_share(n: int, d: int) -> str:
    return f"{n}/{d}"


_MENTION = re.compile(r"@\S+\s*")


def _quote(text: str, limit: int = 60) -> str:
    """A reply in quotes, @mentions (customers' nicknames) removed, cut to ``limit`` characters."""
    t = " ".join(_MENTION.sub("", str(text)).split())
    return "“" + (t if len(t) <= limit else t[: limit - 1] + "…") + "”"


def _relevance_to_score(cos: float, lo: float, hi: float) -> float:
    """Logistic map of a cosine: ``lo`` -> 0.05, ``hi`` -> 0.95 (no ties from clipping)."""
    if math.isnan(cos):
        return float("nan")
    mid, scale = (lo + hi) / 2.0, (hi - lo) / (2.0 * math.log(19.0))
    return float(1.0 / (1.0 + math.exp(-(cos - mid) / scale)))


@functools.lru_cache(maxsize=100_000)
def _words(norm_text: str) -> tuple[str, ...]:
    """Content words of a normalized text (segmented, stopwords dropped, one-character words dropped)."""
    from toolkit.text import segment

    return tuple(w for w in segment(norm_text, normalized=True) if len(w) > 1)


def score_answers(
    kb: pd.DataFrame,
    qa_pairs: pd.DataFrame,
    *,
    matcher: Matcher | None = None,
    threshold: float = 0.5,
    as_of: str | pd.Timestamp | None = None,
    half_life_days: float = 365.0,
    min_support: int = 3,
    min_fact_share: float = 0.25,
    dominant_min_share: float = 0.5,
    conflict_min_gap: float = 0.25,
    relevance_range: tuple[float, float] = (0.1, 0.6),
    weights: Mapping[str, float] | None = None,
    embedder: Embedder = "use",
    max_quotes: int = 3,
) -> pd.DataFrame:
    """Score every KB answer from the questions matched to it and the agents' real replies.

    For each KB entry, the *evidence* is the customer questions matched to it
    (rank 1, score at least ``threshold``) and the employees' replies to
    them; only **good replies** count (the customer did not ask again after
    them, see :func:`match_replies`). Among them, *informative* replies state
    at least one fact (:func:`extract_facts`).

    Components, each in [0, 1], higher is better, NaN when there is no
    evidence for it:

    - ``relevance_score``: does the answer address what is asked: the mean
      of *similarity* and *coverage*. Similarity: the mean of a character
      1-2-gram TF-IDF cosine and a sentence-embedding cosine between the
      answer and the (count-weighted) centroid of the matched questions,
      averaged with the same between the answer and the centroid of the
      good replies, mapped to [0, 1] by a logistic curve that gives 0.05 at
      ``relevance_range[0]`` and 0.95 at ``relevance_range[1]``. Coverage:
      the share of each matched question's content words
      (:func:`toolkit.text.segment`, two characters or more) that the
      answer uses, averaged over the questions (count-weighted; questions
      without content words are left out; similarity alone then). An
      answer that is about the topic but does not take up what is asked
      scores lower than one that does.
    - ``specificity_score``: does the answer say what good agents say, with
      substance: the mean of *consensus* and *substance*. Consensus: the
      *typical facts* are the facts stated by at least ``min_support`` good
      replies and at least ``min_fact_share`` of the informative ones;
      consensus is the support-weighted share of them that the answer
      states (the others are listed in ``missing_facts``). Without typical
      facts (few or fact-free replies), it falls back on words: the share
      of the good replies' content words (each counted once per reply)
      that the answer uses. Substance: ``n / (n + m)``, ``n`` the answer's
      distinct content words plus its facts (:func:`extract_facts`), ``m``
      the median of the same count over the good replies: 0.5 when the
      answer says as much as a typical good reply, more when it says more
      (a bare "请耐心等待" scores low). NaN without good replies.
    - ``consistency_score``: for each quantity the answer states (value and
      unit, e.g. 1年), the informative good replies that use the same unit
      are its witnesses (at least ``min_support`` and 30% of the informative
      replies). When another value of that unit is stated by at least
      ``dominant_min_share`` of the witnesses, the quantity's *disagreement*
      is that value's share minus the share of witnesses stating the KB's
      value (0 otherwise); values that agents give together, such as 滤网3个月
      and 边刷6个月, cancel out. A disagreement of at least
      ``conflict_min_gap`` is reported as a conflict (KB 1年 vs agents 2年;
      KB 7天 vs agents 15天; KB 50元 vs agents 免费). The score is 1 minus
      the mean disagreement over the checked quantities. NaN if no quantity
      can be checked.
    - ``freshness_score``: ``0.5 ** (age_days / half_life_days)``, the age
      counted from ``updated_at`` to ``as_of``; NaN without ``updated_at``.
    - ``usage``: questions matched to the entry (how often it would be
      suggested); ``usage_share`` of all matched questions.

    ``answer_score`` is the weighted mean of the available components with
    :data:`DEFAULT_WEIGHTS` (consistency 0.35, specificity 0.30, relevance
    0.20, freshness 0.15), the weights renormalized over the components that
    are not NaN; NaN when no question matched the entry (freshness alone is
    no evidence of quality). ``priority`` = ``usage_share * (1 -
    answer_score)``: weak answers that are suggested often come first.

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id``, ``question``, ``answer``, optional ``updated_at`` (see
        :func:`prepare_kb`).
    qa_pairs : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output, or the output of
        :func:`match_replies` (recognized by its ``is_good_reply`` column;
        then ``matcher`` and ``threshold`` are not used).
    matcher : object, optional
        A matcher fitted on ``kb`` (:class:`toolkit.kb.KBMatcher`); by
        default ``KBMatcher().fit(kb)``.
    threshold : float, default 0.5
        Lowest match score for a question to count for an entry. The
        matcher's scores are calibrated probabilities of a correct match, so
        0.5 keeps the questions that more likely than not ask about the
        entry: evidence must be about the entry. On the 20,506 question
        turns of ``sample_data/truth``, the rank-1 matches kept at 0.5 were
        83% right with the hybrid matcher (6,877 kept) and 71% with the
        lexical one (10,608 kept).
    as_of : str or pandas.Timestamp, optional
        Reference date of freshness; default the last ``asked_at`` of
        ``qa_pairs`` (so re-runs give the same scores).
    half_life_days : float, default 365
        Age at which freshness is 0.5.
    min_support : int, default 3
        Fewest good replies behind a typical fact or a consistency check.
    min_fact_share : float, default 0.25
        Share of informative good replies that must state a fact for it to
        be typical.
    dominant_min_share : float, default 0.5
        Share of the witnesses another value needs to contradict a KB
        quantity.
    conflict_min_gap : float, default 0.25
        Smallest disagreement reported in ``conflicts``.
    relevance_range : (float, float), default (0.1, 0.6)
        Cosines mapped to relevance 0.05 and 0.95.
    weights : mapping, optional
        Weights of ``consistency``, ``specificity``, ``relevance``,
        ``freshness`` (non-negative, not all zero).
    embedder : {"use", "none"} or callable, default "use"
        Sentence embeddings for relevance: the offline USE model, none
        (lexical cosine only), or a function from a list of str to an array.
    max_quotes : int, default 3
        Agent replies quoted per conflict in ``conflicting_replies``.

    Returns
    -------
    pandas.DataFrame
        One row per KB entry, sorted by ``answer_score`` (NaN last) then
        ``kb_id`` (:data:`SCORE_COLUMNS`): ``kb_id``, ``question``,
        ``answer``, ``updated_at``, ``usage`` (int), ``usage_share``,
        ``n_customers`` (int), ``n_replies`` (replies to matched questions),
        ``n_good_replies``, ``relevance_score``, ``specificity_score``,
        ``consistency_score``, ``freshness_score``, ``answer_score``,
        ``priority``, ``missing_facts`` (str, typical facts the answer
        lacks with their support, "" if none), ``conflicts`` (str, e.g.
        ``KB 1年 vs agents 2年 (40/42 replies)``), ``conflicting_replies``
        (str, up to ``max_quotes`` quoted replies per conflict stating the
        agents' value, the most similar to the KB answer first (character
        TF-IDF cosine), @mentions removed, one per line) and
        ``evidence`` (str: why the score is low, in words).

    Raises
    ------
    TypeError
        If a frame is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.
    ValueError
        If an option is out of range.

    See Also
    --------
    match_replies : the evidence, and the definition of a good reply.
    toolkit.kb.suggest.suggest_answer : a better draft from the good replies.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["保修多久", "怎么退货"],
    ...                    "answer": ["整机保修1年。", "订单页申请退货，签收后1-2天退款。"]})
    >>> replies = pd.DataFrame({
    ...     "question_id": ["q1", "q2", "q3", "q4"], "conversation_id": ["c1", "c2", "c3", "c4"],
    ...     "customer_id": ["a", "b", "c", "d"],
    ...     "asked_at": pd.to_datetime(["2026-07-01"] * 4).tz_localize("Asia/Shanghai"),
    ...     "text": ["保修多久", "质保几年", "保修期多长", "怎么退货"], "kb_id": ["K1", "K1", "K1", "K2"],
    ...     "match_score": 0.9, "reply_msgid": ["r1", "r2", "r3", "r4"],
    ...     "reply_text": ["保修2年哦", "整机保修2年", "2年，签收日起算", "订单页申请退货，签收后1-2天退款"],
    ...     "reply_employee_id": "zs", "reply_outcome": "thanked", "is_good_reply": True})
    >>> s = score_answers(kb, replies, embedder="none")
    >>> s[["kb_id", "usage", "consistency_score", "specificity_score"]].round(2)
      kb_id  usage  consistency_score  specificity_score
    0    K1      3                0.0               0.25
    1    K2      1                NaN               0.75
    >>> s.loc[0, "conflicts"]
    'KB 1年 vs agents 2年 (3/3 replies)'
    """
    thr = _check_fraction("threshold", threshold)
    min_support = _check_positive_int("min_support", min_support)
    max_quotes = _check_positive_int("max_quotes", max_quotes)
    for name, v in (("min_fact_share", min_fact_share), ("dominant_min_share", dominant_min_share),
                    ("conflict_min_gap", conflict_min_gap)):
        _check_fraction(name, v)
    if isinstance(half_life_days, bool) or not isinstance(half_life_days, (int, float)) or half_life_days <= 0:
        raise ValueError(f"half_life_days must be a positive number; got {half_life_days!r}")
    lo, hi = relevance_range
    if not (0.0 <= lo < hi <= 1.0):
        raise ValueError(f"relevance_range must be (lo, hi) with 0 <= lo < hi <= 1; got {relevance_range!r}")
    w = dict(DEFAULT_WEIGHTS if weights is None else weights)
    if set(w) != set(DEFAULT_WEIGHTS) or any((not isinstance(v, (int, float))) or v < 0 for v in w.values()) \
            or sum(w.values()) <= 0:
        raise ValueError(
            f"weights must map {sorted(DEFAULT_WEIGHTS)} to non-negative numbers, not all zero; got {weights!r}"
        )
    if not (embedder in ("use", "none") if isinstance(embedder, str) else callable(embedder)):
        raise ValueError(f"embedder must be 'use', 'none' or a callable; got {embedder!r}")

    entries = prepare_kb(kb)
    if not isinstance(qa_pairs, pd.DataFrame):
        raise TypeError(f"qa_pairs must be a pandas DataFrame; got {type(qa_pairs).__name__}")
    if "is_good_reply" in qa_pairs.columns:
        missing = [c for c in REPLY_COLUMNS if c not in qa_pairs.columns]
        if missing:
            raise SchemaError(f"qa_pairs (match_replies output) lacks columns {missing}")
        replies = qa_pairs.reset_index(drop=True)
    else:
        replies = match_replies(qa_pairs, matcher if matcher is not None else _default_matcher(kb), threshold=thr)

    # Reference date for freshness.
    if as_of is not None:
        ref = pd.Timestamp(as_of)
    elif len(replies) and replies["asked_at"].notna().any():
        ref = pd.Timestamp(replies["asked_at"].max())
    else:
        ref = pd.NaT
    if ref is not pd.NaT and ref.tzinfo is not None:
        ref = ref.tz_localize(None)

    matched = replies[replies["kb_id"].notna()].copy()
    matched["kb_id"] = matched["kb_id"].astype("str")
    matched["_q"] = normalize_series(matched["text"].astype("str"), **_NORM).to_numpy()
    has_rep = matched["reply_text"].notna()
    matched["_r"] = ""
    matched.loc[has_rep, "_r"] = normalize_series(matched.loc[has_rep, "reply_text"].astype("str"), **_NORM).to_numpy()
    entries["a_norm"] = normalize_series(entries["answer"], **_NORM).to_numpy()
    n_matched_total = len(matched)

    vectors = _Vectors(
        [*entries["a_norm"], *matched["_q"], *matched.loc[matched["is_good_reply"].astype(bool) & has_rep, "_r"]],
        embedder,
    )
    groups = dict(tuple(matched.groupby("kb_id", sort=False)))

    rows = []
    for e in entries.itertuples(index=False):
        g = groups.get(e.kb_id)
        a_norm: str = e.a_norm
        a_keys = _fact_keys(a_norm)
        row: dict[str, Any] = {
            "kb_id": e.kb_id, "question": e.question, "answer": e.answer, "updated_at": e.updated_at,
        }
        # freshness
        if pd.isna(e.updated_at) or ref is pd.NaT:
            fresh = float("nan")
        else:
            age = max(0.0, (ref - pd.Timestamp(e.updated_at)).total_seconds() / 86400.0)
            fresh = float(0.5 ** (age / float(half_life_days)))
        row["freshness_score"] = fresh
        usage = 0 if g is None else len(g)
        row["usage"] = usage
        row["usage_share"] = usage / n_matched_total if n_matched_total else 0.0
        row["n_customers"] = 0 if g is None else int(g["customer_id"].nunique())
        reasons: list[str] = []
        if g is None:
            row.update({"n_replies": 0, "n_good_replies": 0, "relevance_score": np.nan,
                        "specificity_score": np.nan, "consistency_score": np.nan,
                        "missing_facts": "", "conflicts": "", "conflicting_replies": ""})
            reasons.append("no customer question matched this entry: no evidence")
            row["evidence"] = "; ".join(reasons)
            rows.append(row)
            continue
        rep = g[g["reply_text"].notna()]
        good = rep[rep["is_good_reply"].astype(bool)]
        row["n_replies"] = len(rep)
        row["n_good_replies"] = len(good)

        # relevance
        qcounts = Counter(g["_q"])
        qs = list(qcounts)
        rel_q = vectors.centroid_cos(a_norm, qs, [qcounts[t] for t in qs])
        rcounts = Counter(good["_r"])
        rs = [t for t in rcounts if t]
        rel_r = vectors.centroid_cos(a_norm, rs, [rcounts[t] for t in rs]) if rs else float("nan")
        cos = np.nanmean([rel_q, rel_r]) if not (math.isnan(rel_q) and math.isnan(rel_r)) else float("nan")
        similarity = _relevance_to_score(float(cos), lo, hi)
        a_words = set(_words(a_norm))
        cov_num = cov_den = 0.0
        for t in qs:
            qw = set(_words(t))
            if qw:
                cov_num += qcounts[t] * len(qw & a_words) / len(qw)
                cov_den += qcounts[t]
        coverage = cov_num / cov_den if cov_den else float("nan")
        row["relevance_score"] = similarity if math.isnan(coverage) else (
            coverage if math.isnan(similarity) else (similarity + coverage) / 2.0)
        if row["relevance_score"] < 0.5:
            cov_txt = "" if math.isnan(coverage) else f", {coverage:.0%} of the question words used"
            reasons.append(
                f"the answer is far from what customers ask and agents reply (relevance {row['relevance_score']:.2f}{cov_txt})"
            )

        # facts of good replies
        facts_per: list[dict[str, tuple[str, str, str, str, str]]] = [_fact_keys(t) for t in good["_r"]]
        informative = [(i, f) for i, f in enumerate(facts_per) if f]
        n_inf = len(informative)
        support: Counter[str] = Counter()
        fact_of: dict[str, tuple[str, str, str, str, str]] = {}
        for _, f in informative:
            for k, v in f.items():
                support[k] += 1
                fact_of.setdefault(k, v)
        need = max(min_support, math.ceil(min_fact_share * n_inf)) if n_inf else math.inf
        typical = sorted((k for k, c in support.items() if c >= need), key=lambda k: (-support[k], k))
        if typical:
            have = [k for k in typical if _fact_in(fact_of[k], a_keys, a_norm)]
            miss = [k for k in typical if k not in have]
            tot = sum(support[k] for k in typical)
            consensus = sum(support[k] for k in have) / tot
            row["missing_facts"] = ", ".join(
                f"{fact_of[k][4] if fact_of[k][0] == 'quantity' and fact_of[k][2] == '0' else k} "
                f"({_fmt_share(support[k], n_inf)})" for k in miss
            )
            if miss:
                reasons.append(
                    f"agents usually give facts the answer lacks: {', '.join(miss[:5])}"
                    f" (facts stated {consensus:.2f})"
                )
        elif len(good):
            # No recurring fact: fall back on the agents' words the answer lacks.
            wc: Counter[str] = Counter()
            for t in good["_r"]:
                wc.update(set(_words(t)))
            tot = sum(wc.values())
            consensus = sum(c for t, c in wc.items() if t in a_words) / tot if tot else float("nan")
            row["missing_facts"] = ""
            if tot and consensus < 0.5:
                lacking = [t for t, _ in sorted(wc.items(), key=lambda p: (-p[1], p[0])) if t not in a_words][:5]
                reasons.append(f"the answer lacks words the agents use: {', '.join(lacking)} (words used {consensus:.2f})")
        else:
            consensus = float("nan")
            row["missing_facts"] = ""
        if len(good):
            said = len(a_words) + len(a_keys)
            typical_said = float(np.median([len(set(_words(t))) + len(_fact_keys(t)) for t in good["_r"]]))
            substance = said / (said + typical_said) if said + typical_said > 0 else float("nan")
            parts = [v for v in (consensus, substance) if not math.isnan(v)]
            row["specificity_score"] = float(np.mean(parts)) if parts else np.nan
            if not math.isnan(substance) and substance < 0.4:
                reasons.append(
                    f"the answer says less than good agents do ({said} content words and facts vs a median of"
                    f" {typical_said:g}; specificity {row['specificity_score']:.2f})"
                )
        else:
            row["specificity_score"] = np.nan

        # consistency: quantities of the same unit
        checked = 0
        penalty = 0.0
        conflicts: list[str] = []
        quotes: list[str] = []
        kb_q = [f for f in a_keys.values() if f[0] == "quantity"]
        for unit in dict.fromkeys(f[3] for f in kb_q):
            witnesses = [(i, f) for i, f in informative if any(v[3] == unit and v[0] == "quantity" for v in f.values())]
            if len(witnesses) < min_support or len(witnesses) < 0.3 * n_inf:
                continue
            vals: Counter[str] = Counter()
            for _, f in witnesses:
                for v in {v[1] for v in f.values() if v[3] == unit and v[0] == "quantity"}:
                    vals[v] += 1
            kb_keys = {f[1] for f in kb_q if f[3] == unit}
            for f in (f for f in kb_q if f[3] == unit):
                checked += 1
                agree = vals[f[1]] / len(witnesses)
                dom_key, dom_n = max(((k, c) for k, c in vals.items() if k not in kb_keys),
                                     key=lambda p: (p[1], p[0]), default=(None, 0))
                dom_share = dom_n / len(witnesses)
                gap = dom_share - agree if dom_key is not None and dom_share >= dominant_min_share else 0.0
                penalty += max(0.0, gap)
                if gap >= conflict_min_gap:
                    shown = "免费" if dom_key == "0元" else dom_key
                    conflicts.append(f"KB {f[4]} vs agents {shown} ({_fmt_share(dom_n, len(witnesses))} replies)")
                    idx = [i for i, fk in witnesses if dom_key in fk]
                    texts = good["reply_text"].iloc[idx].astype("str")
                    # the replies closest to the KB answer first, so that the
                    # quotes are about what it answers (a question matched
                    # by mistake brings replies on another topic); ties in
                    # the order of the replies
                    norm = good["_r"].iloc[idx].tolist()
                    near = np.argsort(-vectors.lexical_cos(a_norm, norm), kind="stable")
                    # one quote per normalized wording (not the same reply again with a sticker)
                    said: set[str] = set()
                    for j in near:
                        if len(said) == max_quotes:
                            break
                        if norm[j] not in said:
                            said.add(norm[j])
                            quotes.append(_quote(texts.iloc[j]))
        row["consistency_score"] = 1.0 - penalty / checked if checked else np.nan
        row["conflicts"] = "; ".join(conflicts)
        row["conflicting_replies"] = "\n".join(quotes)
        if conflicts:
            reasons.insert(0, "contradicts the agents: " + "; ".join(conflicts))
        if len(good) == 0:
            reasons.append("no good agent reply to compare with")
        elif n_inf == 0:
            reasons.append("agents state no checkable facts (numbers, steps, conditions)")
        if not math.isnan(fresh) and fresh < 0.5:
            reasons.append(f"not updated for {int(round(-math.log2(fresh) * half_life_days))} days (freshness {fresh:.2f})")
        row["evidence"] = "; ".join(reasons)
        rows.append(row)

    out = pd.DataFrame(rows)
    comp = {"consistency": "consistency_score", "specificity": "specificity_score",
            "relevance": "relevance_score", "freshness": "freshness_score"}
    if out.empty:
        out = pd.DataFrame({c: pd.Series(dtype=object) for c in SCORE_COLUMNS})
    vals = out[[comp[k] for k in comp]].astype("float64").to_numpy()
    wv = np.array([float(w[k]) for k in comp])
    avail = ~np.isnan(vals)
    wsum = (avail * wv).sum(axis=1)
    num = np.nansum(vals * wv, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(wsum > 0, num / np.where(wsum > 0, wsum, 1.0), np.nan)
    score = np.where(out["usage"].to_numpy(dtype=np.float64) > 0, score, np.nan) if len(out) else score
    out["answer_score"] = score
    out["priority"] = out["usage_share"].astype("float64") * (1.0 - out["answer_score"].astype("float64"))
    for c in ("usage", "n_customers", "n_replies", "n_good_replies"):
        out[c] = out[c].astype("int64")
    for c in ("relevance_score", "specificity_score", "consistency_score", "freshness_score", "answer_score",
              "priority", "usage_share"):
        out[c] = out[c].astype("float64")
    for c in ("kb_id", "question", "answer", "missing_facts", "conflicts", "conflicting_replies", "evidence"):
        out[c] = out[c].astype("str")
    out["updated_at"] = pd.to_datetime(out["updated_at"])
    out = out.sort_values(["answer_score", "kb_id"], kind="stable", na_position="last").reset_index(drop=True)
    return out[list(SCORE_COLUMNS)]


def score_candidates(
    candidates: pd.DataFrame,
    *,
    embedder: Embedder = "use",
    **options: Any,
) -> pd.DataFrame:
    """Score several candidate answers to the same question against each other.

    For a question with candidate answers (agents' replies, or KB variants),
    each candidate is scored like a KB answer by :func:`score_answers`, with
    the question as the customer question and the *other* candidates of the
    same question as the agents' good replies (leave one out). Use it to pick
    the best of several replies, or to measure the scorer on data whose best
    reply is known.

    Parameters
    ----------
    candidates : pandas.DataFrame
        One row per candidate: ``group`` (the question's id), ``question``
        (its text) and ``answer``. Optional ``updated_at``.
    embedder : {"use", "none"} or callable, default "use"
        As in :func:`score_answers`.
    **options
        Other keyword options of :func:`score_answers` (``min_support``,
        ``weights`` ...).

    Returns
    -------
    pandas.DataFrame
        ``candidates`` (same order, fresh index) plus ``relevance_score``,
        ``specificity_score``, ``consistency_score``, ``answer_score`` and
        ``evidence``.

    Raises
    ------
    TypeError
        If ``candidates`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.

    Examples
    --------
    >>> c = pd.DataFrame({"group": ["g1"] * 3, "question": ["退款多久到账"] * 3,
    ...                   "answer": ["原路退回，1-3个工作日到账", "1-3个工作日退回", "会尽快处理"]})
    >>> score_candidates(c, embedder="none", min_support=1)[["answer", "specificity_score"]].round(2)
               answer  specificity_score
    0  原路退回，1-3个工作日到账               0.79
    1        1-3个工作日退回               0.79
    2           会尽快处理               0.17
    """
    if not isinstance(candidates, pd.DataFrame):
        raise TypeError(f"candidates must be a pandas DataFrame; got {type(candidates).__name__}")
    missing = [c for c in ("group", "question", "answer") if c not in candidates.columns]
    if missing:
        raise SchemaError(f"candidates lacks columns {missing}")
    c = candidates.reset_index(drop=True)
    ids = [f"c{i}" for i in range(len(c))]
    kb = pd.DataFrame({"kb_id": ids, "question": c["question"].astype("str"), "answer": c["answer"].astype("str")})
    if "updated_at" in c.columns:
        kb["updated_at"] = c["updated_at"].to_numpy()
    rows = []
    for _, idx in c.groupby("group", sort=False).groups.items():
        members = list(idx)
        for i in members:
            for j in members:
                if i == j:
                    continue
                rows.append((ids[i], str(c.at[i, "group"]), str(c.at[i, "question"]), str(c.at[j, "answer"]), f"{ids[j]}"))
    replies = pd.DataFrame(rows, columns=["kb_id", "conversation_id", "text", "reply_text", "reply_msgid"])
    replies = replies.assign(
        question_id=replies["kb_id"] + ":" + replies["reply_msgid"],
        customer_id=replies["conversation_id"],
        asked_at=pd.NaT,
        match_score=1.0,
        reply_employee_id="",
        reply_outcome="no_follow_up",
        is_good_reply=True,
    )[list(REPLY_COLUMNS)]
    scored = score_answers(kb, replies, embedder=embedder, **options).set_index("kb_id")
    cols = ["relevance_score", "specificity_score", "consistency_score", "answer_score", "evidence"]
    out = c.copy()
    for col in cols:
        out[col] = scored[col].reindex(ids).to_numpy()
    return out

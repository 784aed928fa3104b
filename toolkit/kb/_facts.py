"""The checkable facts of a text: quantities with a unit, menu steps and conditions (regular expressions).

Public through :mod:`toolkit.kb.score` (``extract_facts``, ``FACT_COLUMNS``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from toolkit.text import char_ngrams, normalize_text
from toolkit.archive.schema import STR

__all__ = ["FACT_COLUMNS", "extract_facts"]

#: Columns of :func:`extract_facts`.
FACT_SCHEMA: dict[str, str] = {
    "kind": STR,
    "key": STR,
    "value": STR,
    "unit": STR,
    "text": STR,
}
FACT_COLUMNS: tuple[str, ...] = tuple(FACT_SCHEMA)

#: Options of :func:`toolkit.text.normalize_text` for KB answers, questions and replies.
_NORM = {"remove_emoji": True, "remove_mentions": True, "remove_placeholders": True}


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

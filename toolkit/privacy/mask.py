"""Find and mask personal data in Chinese chat text.

Each kind of personal data is found by a regular expression and, where the
format carries one, confirmed by its check digit, so that the many long
numbers of customer service (order, tracking and message ids, amounts,
dates) are left alone:

========== ============ ==========================================================
kind       placeholder  what
========== ============ ==========================================================
email      ``[邮箱]``   ``name@domain.tld``
id_card    ``[身份证]`` 18-digit resident ID (GB 11643-1999 check digit, ``X``
                        allowed, region and birth date checked); 15-digit old form
                        (region and date checked)
bank_card  ``[银行卡]`` 16-19 digits passing the Luhn check, with a card-network
                        prefix (UnionPay 62, Visa 4, Mastercard 51-55 / 2221-2720,
                        JCB/Amex/Diners 3, other 6 and 9 series); groups of digits
                        may be split by spaces or dashes
mobile     ``[手机号]`` 11-digit mainland mobile ``1[3-9]xxxxxxxxx``, optionally
                        after ``+86`` / ``0086`` / ``86``, spaces or dashes inside
landline   ``[电话]``   ``0`` + 2-3 digit area code + 7-8 digit number, with or
                        without a dash, brackets round the area code, an
                        extension (``-123``, ``转123``); a bare 7-8 digit number
                        only right after 电话 / 座机 / 固话
address    ``[地址]``   a province, city or district followed by a road or
                        street with a house number, or a housing estate /
                        building with a room; or a road with house number and
                        building or room
name       ``[姓名]``   names of a given directory (staff, customers): exact
                        matches only
========== ============ ==========================================================

The placeholders are names in :data:`toolkit.text.PLACEHOLDER_NAMES`, so
``normalize_text(..., remove_placeholders=True)`` removes masked data.

A number right after an order-like label (订单号, 单号, 运单号, 快递单号,
物流单号, 工单号, 编号, 流水号, 交易号, 批次号, 序列号, 券码, msgid, SN ...)
is never masked as a phone, ID card or bank card.

Full-width digits and letters (``１３８…``) are found like half-width ones.
Known limits: numbers written in words (幺三八…) or one digit at a time
(``1 3 8 …``), names that no directory lists, and vague places (a city
alone, an estate without a building or room) are not masked; a directory
name is matched wherever it occurs, so a two-character name that is also a
common word (a colleague called 高兴) masks that word too. The check digits
are computed here with the standard library; ``python-stdnum``
(``stdnum.cn.ric``, ``stdnum.luhn``) would be the library for them, but is
not a dependency.

Examples
--------
>>> mask_pii("我的手机是138 1234 5678，邮箱zhang.san@example.com")
'我的手机是[手机号]，邮箱[邮箱]'
>>> mask_pii("订单号20260815123456789还没发货")
'订单号20260815123456789还没发货'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "PII_KINDS",
    "PLACEHOLDERS",
    "PiiMatch",
    "find_pii",
    "id_card_is_valid",
    "luhn_is_valid",
    "mask_frame",
    "mask_pii",
    "pii_counts",
]

#: Kinds of personal data, in the order overlapping finds are resolved (an
#: earlier kind wins).
PII_KINDS: tuple[str, ...] = ("email", "id_card", "bank_card", "mobile", "landline", "address", "name")

#: The placeholder that replaces each kind (all in ``toolkit.text.PLACEHOLDER_NAMES``).
PLACEHOLDERS: dict[str, str] = {
    "email": "[邮箱]",
    "id_card": "[身份证]",
    "bank_card": "[银行卡]",
    "mobile": "[手机号]",
    "landline": "[电话]",
    "address": "[地址]",
    "name": "[姓名]",
}


class PiiMatch(NamedTuple):
    """One piece of personal data found in a text: ``text[start:end]`` is of ``kind``."""

    kind: str
    start: int
    end: int


# --------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
#: First two digits of mainland, Hong Kong / Macao / Taiwan resident ID numbers.
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83".split()
)


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def id_card_is_valid(number: str) -> bool:
    """Whether ``number`` is a well-formed resident ID number (GB 11643-1999).

    18 digits (the last may be ``X``): a known province code, a real birth
    date from 1900 on, and the ISO 7064 MOD 11-2 check digit. 15 digits (the
    old form, 1984-1999, without check digit): province code and a real
    19YYMMDD birth date. Spaces are ignored.

    Examples
    --------
    >>> id_card_is_valid("11010519491231002X")
    True
    >>> id_card_is_valid("110105194912310021")
    False
    >>> id_card_is_valid("110105491231002")
    True
    """
    s = number.replace(" ", "").upper()
    if len(s) == 18:
        if not (s[:17].isdigit() and (s[17].isdigit() or s[17] == "X")):
            return False
        y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
        if not (s[:2] in _PROVINCES and 1900 <= y <= 2100 and _valid_date(y, m, d)):
            return False
        total = sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS, strict=True))
        return _ID_CHECK[total % 11] == s[17]
    if len(s) == 15 and s.isdigit():
        y, m, d = 1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])
        return s[:2] in _PROVINCES and _valid_date(y, m, d)
    return False


def luhn_is_valid(number: str) -> bool:
    """Whether a string of digits passes the Luhn (mod 10) check.

    Spaces and dashes are ignored; anything else makes it invalid.

    Examples
    --------
    >>> luhn_is_valid("6222 0212 3456 7893")
    False
    >>> luhn_is_valid("4111-1111-1111-1111")
    True
    """
    s = number.replace(" ", "").replace("-", "")
    if not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _card_prefix_ok(s: str) -> bool:
    """A card-network prefix: 3 (JCB, Amex, Diners), 4 (Visa), 51-55 and
    2221-2720 (Mastercard), 6 (UnionPay 62, Discover 60/64/65, others), 9
    (some domestic debit cards)."""
    if s[0] in "3469":
        return True
    if s[0] == "5":
        return s[1] in "12345"
    if s[0] == "2":
        return 2221 <= int(s[:4]) <= 2720
    return False


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# Digits may not touch letters, digits or underscores (msgids, tracking
# numbers such as SF1234567890123, JD..., YT...).
_L = r"(?<![0-9A-Za-z_])"
_R = r"(?![0-9A-Za-z_])"
_SEP = r"[ \-\u00a0]?"

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,10}(?![A-Za-z])")
_ID18 = re.compile(_L + r"[1-8]\d{5}" + r"[ ]?" + r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])" + r"[ ]?" + r"\d{3}[\dXx]" + _R)
_ID15 = re.compile(_L + r"[1-8]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}" + _R)
# 16-19 digits in one run, or in groups of 4 (the last 1-7) split by one space or dash.
_CARD = re.compile(_L + r"(?:\d{16,19}|\d{4}(?:[ \-]\d{4}){3}(?:[ \-]?\d{1,7})?|\d{6}[ \-]\d{10,13})" + _R)
_MOBILE = re.compile(
    r"(?:(?<![0-9A-Za-z_+])(?:\+|00)?86[ \-]?|" + _L + r")"
    r"(?:1[3-9]\d" + _SEP + r"\d{4}" + _SEP + r"\d{4}|1[3-9]\d{2}" + _SEP + r"\d{3}" + _SEP + r"\d{4})" + _R
)
_AREA = r"(?:010|02\d|0[3-9]\d{2})"
_DASH = "[ \\-\u2013\u2014]"  # space, hyphen, en and em dash
_LANDLINE = re.compile(
    r"(?:" + _L + r"(?:\(" + _AREA + r"\)|（" + _AREA + r"）)" + _DASH + r"?|" + _L + _AREA + _DASH + r"?)"
    r"(?:[2-9]\d{2,3}" + _DASH + r"?\d{4}|[2-9]\d{3}" + _DASH + r"\d{3})"
    r"(?:(?:" + _DASH + r"|转|ext\.?|分机)\d{1,5})?" + _R
)
_LOCAL_PHONE = re.compile(
    r"(?:电话|座机|固话|办公电话|联系电话|tel|TEL|Tel)(?:号码)?(?:是|为)?[:：]?[ ]?"
    r"(" + _L + r"[2-9]\d{2,3}[ \-]?\d{4}" + _R + ")"
)
#: Labels after which a number is an order, tracking or message id, never personal data.
_ORDER_LABEL = re.compile(
    r"(?:订单|单号|运单|快递|物流|工单|编号|流水号|交易号|批次号|序列号|券码|兑换码|验证码|"
    r"msgid|sn|imei|meid|货号|型号|订单编号|商品编码|条码)"
    r"(?:号|号码|码)?(?:是|为)?[:：#]?[ ]?$",
    re.IGNORECASE,
)

_CJK = "\u4e00-\u9fff"
_PROVINCE_NAMES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_PROV = (
    r"(?:(?:" + "|".join(_PROVINCE_NAMES) + r")"
    r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?)"
)
_ADMIN = r"(?:[" + _CJK + r"]{1,7}?(?:自治州|地区|市|州|盟|区|县|旗))"
_TOWN = r"(?:[" + _CJK + r"]{1,6}?(?:街道|镇|乡))"
_ROAD = (
    r"(?:[" + _CJK + r"0-9A-Za-z]{1,10}?(?:大道|大街|路|街|巷|弄|胡同|道|里)"
    r"(?:[一二三四五六七八九十0-9]{1,3}段)?)"
)
# House numbers and units may be typed with spaces: ``漕溪北路 88 号 3 号楼``.
_NUM = r"(?:[ ]?[0-9]{1,5}(?:[\-之][0-9]{1,4})?[ ]?号(?!楼)(?:院)?)"
_ESTATE = (
    r"(?:[" + _CJK + r"A-Za-z]{1,12}(?:小区|花园|大厦|公寓|广场|中心|家园|新村|天街|公馆|华庭|山庄|名苑|雅苑|花苑|大院|宿舍|"
    r"苑|园|城|府|庭|湾|村|大楼|写字楼|商务楼|园区|社区|期))"
)
_UNIT = (
    r"(?:[ ]?(?:[0-9A-Za-z]{1,5}|[一二三四五六七八九十]{1,3})[ ]?"
    r"(?:号楼|栋|幢|座|单元|楼|层|室|号|户|期|区)"
    r"|[ ]?[0-9]{1,3}-[0-9]{2,5}" + _R + r")"
)
# Building units, then perhaps a bare room number (``7号楼2285``, ``3栋1单元-502``).
_UNITS = r"(?:" + _UNIT + r"{1,5}(?:[ \-]?[0-9]{2,5}" + _R + r"[ ]?(?:室|房)?)?)"
_DETAIL = (
    r"(?:" + _ROAD + _NUM + r"(?:" + _ESTATE + r")?" + _UNITS + r"?"
    r"|(?:" + _ROAD + r")?" + _ESTATE + _UNITS
    + r"|" + _ROAD + _UNITS + r")"
)
_ADDRESS = re.compile(
    r"(?:" + _PROV + r"(?:" + _ADMIN + r"){0,3}(?:" + _TOWN + r")?" + _DETAIL
    + r"|(?:" + _ADMIN + r"){1,3}(?:" + _TOWN + r")?" + _DETAIL
    + r"|" + _ROAD + _NUM + r"(?:" + _ESTATE + r")?" + _UNITS
    + r")"
)
# An address match may start inside the words before it (the pattern allows a
# few characters before 市 / 区 / 路 ...): ``寄到杭州市`` or ``址是广东省``. The start
# moves past the last of these characters, which no place name uses, before
# the first administrative or road suffix.
_ADDRESS_SUFFIX = re.compile("[省市区县旗州盟镇乡路街道巷弄里]")
_ADDRESS_LEAD = re.compile("(?:到|至|是|在|址|寄|送|往|住|给|把|改|为|的|了|我|您|你|他|她|们|和|或|：|:|成(?!都))")


def _address_start(s: str) -> int:
    """Offset in an address match where the address itself begins."""
    first = _ADDRESS_SUFFIX.search(s)
    head = s[: first.start()] if first else s
    cut = 0
    for m in _ADDRESS_LEAD.finditer(head):
        cut = m.end()
    return cut


@functools.lru_cache(maxsize=32)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))
    return re.compile(alternation)


def _directory_names(staff: Any, names: Any) -> tuple[str, ...]:
    """Names (2+ characters) from a staff directory and an extra list."""
    out: set[str] = set()
    for value, what in ((staff, "staff"), (names, "names")):
        if value is None:
            continue
        if isinstance(value, pd.DataFrame):
            if "name" not in value.columns:
                raise ValueError(f"{what} must have a 'name' column; columns are {list(value.columns)}")
            values: Iterable[Any] = value["name"].tolist()
        elif isinstance(value, str):
            raise TypeError(f"{what} must be a DataFrame or a list of names, not a single str")
        elif isinstance(value, (pd.Series, list, tuple, set, frozenset)):
            values = list(value)
        else:
            raise TypeError(f"{what} must be a DataFrame or a list of names; got {type(value).__name__}")
        for v in values:
            if isinstance(v, str):
                v = v.strip()
                if len(v) >= 2:
                    out.add(v)
    return tuple(sorted(out))


def _check_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    if kinds is None:
        return frozenset(PII_KINDS)
    if isinstance(kinds, str):
        kinds = (kinds,)
    chosen = frozenset(kinds)
    unknown = sorted(chosen - set(PII_KINDS))
    if unknown:
        raise ValueError(f"kinds must be among {list(PII_KINDS)}; got {unknown}")
    return chosen


def _after_order_label(text: str, start: int) -> bool:
    return _ORDER_LABEL.search(text[max(0, start - 8) : start]) is not None


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c in "Xx")


#: Full-width ASCII (``１３８``, ``＠``, ``（``) and the ideographic space, mapped
#: one character to one so that spans stay valid in the original text.
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _candidates(text: str, kinds: frozenset[str], names_re: re.Pattern[str] | None) -> list[PiiMatch]:
    found: list[PiiMatch] = []
    text = text.translate(_HALF)
    if "email" in kinds and "@" in text:
        found += [PiiMatch("email", m.start(), m.end()) for m in _EMAIL.finditer(text)]
    has_digits = any(c.isdigit() for c in text)
    if has_digits:
        if "id_card" in kinds:
            for pat in (_ID18, _ID15):
                for m in pat.finditer(text):
                    if id_card_is_valid(_digits(m.group())) and not _after_order_label(text, m.start()):
                        found.append(PiiMatch("id_card", m.start(), m.end()))
        if "bank_card" in kinds:
            for m in _CARD.finditer(text):
                d = _digits(m.group())
                if 16 <= len(d) <= 19 and _card_prefix_ok(d) and luhn_is_valid(d) and not _after_order_label(text, m.start()):
                    found.append(PiiMatch("bank_card", m.start(), m.end()))
        if "mobile" in kinds:
            for m in _MOBILE.finditer(text):
                if not _after_order_label(text, m.start()):
                    found.append(PiiMatch("mobile", m.start(), m.end()))
        if "landline" in kinds:
            for m in _LANDLINE.finditer(text):
                if not _after_order_label(text, m.start()):
                    found.append(PiiMatch("landline", m.start(), m.end()))
            for m in _LOCAL_PHONE.finditer(text):
                found.append(PiiMatch("landline", m.start(1), m.end(1)))
    if "address" in kinds:
        for m in _ADDRESS.finditer(text):
            found.append(PiiMatch("address", m.start() + _address_start(m.group()), m.end()))
    if "name" in kinds and names_re is not None:
        found += [PiiMatch("name", m.start(), m.end()) for m in names_re.finditer(text)]
    return found


_RANK = {k: i for i, k in enumerate(PII_KINDS)}


def _resolve(found: list[PiiMatch]) -> list[PiiMatch]:
    """Keep non-overlapping finds: earlier kinds first, then longer, then leftmost."""
    kept: list[PiiMatch] = []
    for f in sorted(found, key=lambda f: (_RANK[f.kind], -(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def find_pii(
    text: str | None,
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> list[PiiMatch]:
    """The personal data in one text, as non-overlapping spans.

    Parameters
    ----------
    text : str or None
        A message; ``None`` / ``NaN`` give no finds.
    staff : DataFrame or list of str, optional
        A staff directory with a ``name`` column (``Archive.staff``), or a
        list of names; each name of 2 or more characters is masked wherever
        it occurs.
    names : DataFrame or list of str, optional
        More names (customers), the same way.
    kinds : iterable of str, optional
        Kinds to look for (default all of :data:`PII_KINDS`).

    Returns
    -------
    list of PiiMatch
        ``(kind, start, end)``, sorted by ``start``. Where finds of two kinds
        overlap, the kind earlier in :data:`PII_KINDS` wins.

    Raises
    ------
    ValueError
        An unknown kind, or a ``staff`` / ``names`` frame without ``name``.
    TypeError
        ``text`` is neither a string nor missing.

    Examples
    --------
    >>> find_pii("身份证11010519491231002X，电话010-62345678转123")
    [PiiMatch(kind='id_card', start=3, end=21), PiiMatch(kind='landline', start=24, end=40)]
    """
    if not isinstance(text, str):
        if text is None or text is pd.NA or (isinstance(text, float) and text != text):
            return []
        raise TypeError(f"text must be a str or missing; got {type(text).__name__}")
    chosen = _check_kinds(kinds)
    names_re = _names_pattern(_directory_names(staff, names)) if "name" in chosen else None
    return _resolve(_candidates(text, chosen, names_re))


def _apply(text: str, spans: list[PiiMatch]) -> str:
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s.start])
        out.append(PLACEHOLDERS[s.kind])
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def mask_pii(
    text: str | None,
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> str:
    """Replace the personal data in a text with placeholders such as ``[手机号]``.

    See the module docstring for what each kind covers and
    :func:`find_pii` for the parameters.

    Returns
    -------
    str
        The text with every find replaced by its :data:`PLACEHOLDERS` entry;
        missing text gives ``""``.

    Examples
    --------
    >>> mask_pii("卡号6222 0200 0000 0000 000，寄到广东省深圳市南山区科技园路18号3栋502室，找高伟",
    ...          staff=["高伟"])
    '卡号[银行卡]，寄到[地址]，找[姓名]'
    >>> mask_pii("+86 139-1234-5678 是我，8月15号下单，金额13800元")
    '[手机号] 是我，8月15号下单，金额13800元'
    """
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return ""
    return _apply(text, find_pii(text, staff=staff, names=names, kinds=kinds))


def _mask_column(s: pd.Series, chosen: frozenset[str], names_re: re.Pattern[str] | None) -> tuple[pd.Series, dict[str, int]]:
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    counts_u = pd.Series(codes[codes >= 0]).value_counts() if len(codes) else pd.Series(dtype="int64")
    per_kind = dict.fromkeys(PII_KINDS, 0)
    masked = []
    for i, u in enumerate(uniques):
        if not isinstance(u, str):
            raise TypeError(f"column {s.name!r} holds a {type(u).__name__}, not text")
        spans = _resolve(_candidates(u, chosen, names_re))
        masked.append(_apply(u, spans) if spans else u)
        n = int(counts_u.get(i, 0))
        for sp in spans:
            per_kind[sp.kind] += n
    out = pd.Series(pd.array(masked, dtype="str").take(codes, allow_fill=True) if len(uniques) else pd.array([None] * len(s), dtype="str"),
                    index=s.index, name=s.name, dtype="str")
    return out, per_kind


def _mask_and_count(
    df: pd.DataFrame, columns: str | Iterable[str], staff: Any, names: Any, kinds: Iterable[str] | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"df must be a pandas DataFrame; got {type(df).__name__}")
    cols = [columns] if isinstance(columns, str) else list(columns)
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise KeyError(f"columns {missing} are not in the frame; it has {list(df.columns)}")
    chosen = _check_kinds(kinds)
    names_re = _names_pattern(_directory_names(staff, names)) if "name" in chosen else None
    out = df.copy()
    rows = []
    order = [k for k in PII_KINDS if k in chosen]
    for c in cols:
        masked, per_kind = _mask_column(df[c], chosen, names_re)
        out[c] = masked
        rows += [{"column": c, "kind": k, "placeholder": PLACEHOLDERS[k], "n": per_kind[k]} for k in order]
    counts = pd.DataFrame(rows, columns=["column", "kind", "placeholder", "n"])
    counts["n"] = counts["n"].astype("int64")
    return out, counts


def mask_frame(
    df: pd.DataFrame,
    columns: str | Iterable[str] = ("text",),
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """A copy of ``df`` with personal data masked in text columns.

    Parameters
    ----------
    df : pandas.DataFrame
        Any frame; its other columns are copied unchanged.
    columns : str or iterable of str
        Text columns to mask (default ``("text",)``). Missing values stay
        missing.
    staff, names, kinds
        As in :func:`find_pii`.

    Returns
    -------
    pandas.DataFrame
        The copy, same index (masked columns become ``str``).
        ``attrs["masked"]`` is a dict ``{kind: number of finds}`` over all
        masked columns, with every kind looked for (zeros included).

    Raises
    ------
    KeyError
        A column is not in ``df``.
    ValueError, TypeError
        As in :func:`find_pii`, or ``df`` is not a DataFrame.

    See Also
    --------
    pii_counts : The same counts as a tidy frame, per column and kind.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"msgid": ["a", "b", "c"],
    ...                    "text": ["电话13812345678", None, "邮箱a@b.cn，电话13812345678"]})
    >>> out = mask_frame(df)
    >>> out["text"].tolist()
    ['电话[手机号]', nan, '邮箱[邮箱]，电话[手机号]']
    >>> {k: v for k, v in out.attrs["masked"].items() if v}
    {'email': 1, 'mobile': 2}
    """
    out, counts = _mask_and_count(df, columns, staff, names, kinds)
    out.attrs["masked"] = {k: int(v) for k, v in counts.groupby("kind", sort=False)["n"].sum().items()}
    return out


def pii_counts(
    df: pd.DataFrame,
    columns: str | Iterable[str] = ("text",),
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """How much personal data of each kind the text columns of ``df`` hold.

    Parameters are those of :func:`mask_frame`.

    Returns
    -------
    pandas.DataFrame
        One row per column and kind looked for (in :data:`PII_KINDS`
        order): ``column``, ``kind``, ``placeholder`` and ``n``, the number
        of finds (a message with two phone numbers counts 2).

    Examples
    --------
    >>> import pandas as pd
    >>> pii_counts(pd.DataFrame({"text": ["13812345678 / 13912345678"]}), kinds=["mobile", "email"])
      column    kind placeholder  n
    0   text   email        [邮箱]  0
    1   text  mobile       [手机号]  2
    """
    return _mask_and_count(df, columns, staff, names, kinds)[1]

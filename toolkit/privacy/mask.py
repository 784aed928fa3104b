"""Find and mask personal data in Chinese chat text.

Each kind of personal data is found by its format and, where the format
carries one, confirmed by its check digit; ids without a format of their own
(QQ numbers, WeChat ids) are found only after the words people write before
them. The many long numbers of customer service (order, tracking, message
and membership ids, amounts, dates, counts, hotlines) are left alone:

========== ============ ==========================================================
kind       placeholder  what
========== ============ ==========================================================
email      ``[邮箱]``   ``name@domain.tld``; also written out with a known
                        top-level domain: spaces round ``@`` or the dots,
                        ``(at)`` / `` at `` / 艾特 / 圈a / ``#`` for ``@``, 点 /
                        ``dot`` / 。 for the dot
id_card    ``[身份证]`` 18-character resident ID (GB 11643-1999 check digit by
                        ``stdnum.cn.ric``, ``X`` allowed, province and birth date
                        checked); the old 15-digit form (no check digit) only
                        near 身份证 / 证件 / 实名 / ID
bank_card  ``[银行卡]`` digits passing the Luhn check (``stdnum.luhn``), spaces
                        or dashes between groups: 16-19 of the 6 series
                        (UnionPay 62 ...) or 19 of domestic 95 cards; after
                        卡号 / 银行卡 / 账号 / 退到 ... 15-19 from 2-6 or 9
                        (Visa, Mastercard, JCB, Amex)
mobile     ``[手机号]`` 11-digit mainland mobile ``1[3-9]xxxxxxxxx`` in any
                        grouping and separators (spaces, ``-``, ``--``, ``.``,
                        ``/``, ``|``, 丨, ``_``, full-width digits, one digit
                        at a time, with commas too; the first three digits in
                        brackets: ``(139)6371-5212``), after
                        ``+86`` / ``0086`` / ``86-`` / ``(+86)``, with letters
                        or punctuation right after; also in Chinese numerals
                        (幺三八…); Hong Kong's, Macau's and Taiwan's mobiles
                        with their codes (``+852 5642 0520``), North
                        America's after a word of one's own
landline   ``[电话]``   ``0`` + area code + 7-8 digit number (round or square
                        brackets round the area code; ``+86``, ``(+86)`` or
                        ``86-`` without its ``0``; any separator), with
                        an extension (``-123``, ``转123``, ``ext 123``, ``，分机12``);
                        a local number alone a few words after 电话 / 座机 /
                        固话 / 打 ... in the same clause; not 400 / 800 / 95xxx
                        hotlines
qq         ``[QQ号]``   5-12 digits a few words after QQ / q q / Q号 / 扣扣 /
                        抠抠 / 球球 / 企鹅(号) / 加Q, right after 扣, or with the
                        cue after them (``（QQ）``, ``qq``, ``是我扣扣``); not
                        enterprise accounts 800xxxxxx / 400xxxxxxx
wechat     ``[微信号]`` a WeChat id (a letter then 5-19 letters, digits, ``_``
                        or ``-``) or a number after 微信(号) / 威信 / 微芯 /
                        绿泡泡 / wei xin / wechat / wx / vx / VX号 / v信 / 加v /
                        +v / 加微 / 微信同号 ...; an id with the cue after it
                        (``(v)``, ``【V】``, `` wx``, ``这个是薇信``, ``是我vx``);
                        ``wxid_…`` anywhere
plate      ``[车牌x]`` licence plate: province abbreviation, letter, 5-6 letters
                        or digits (new-energy plates too), ``粤B·12345``,
                        spaced ``鄂 B 2 2 9 9 4``, ``宁T  03038``
address    ``[地址]``   a chain of address parts (province, city, district,
                        town, village, road, estate or building name; house
                        number, building, unit, gate 门, stair 梯, dorm 舍,
                        floor, room 房 / 号房, numerals 八零三, 村委会旁边,
                        第七村民小组; parts may be split by one or two spaces
                        or commas; a big city without 市 before its
                        district: ``南昌 红谷滩区``) where a place
                        comes first and a house-level part after it
                        (``幸福小区3栋2单元401``, ``中山路88号``,
                        ``春江花月6期15栋``); a place alone is kept
                        (``上海市浦东新区``, ``人民路店``)
name       ``[姓名]``   names of a given directory (staff, customers): exact
                        matches only
========== ============ ==========================================================

``normalize_text(..., remove_placeholders=True)`` removes every placeholder:
all but one are names of :data:`toolkit.text.PLACEHOLDER_NAMES` (compared
without case); ``[车牌x]`` is in the slot form of upstream maskers
(``[订单x]``), which it removes too, until 车牌号 joins that list.

A number right after an order-like label (订单号, 运单号, 工单号, 会员号,
流水号, 交易号, 序列号, 券码, msgid, SN, IMEI ...) is never masked as a
phone, ID card or bank card; nor is a phone-shaped number after ``第`` or a
currency sign, or before a count or money unit (``第13800138000次``) unless a
phone word comes before it. Digits glued to letters are not masked (tracking
numbers such as ``SF1234567890123``), except after a contact abbreviation
(``tel``, ``wx``, ``qq`` ...).

Full-width digits, letters and punctuation (``１３８－…``) are found like
half-width ones, as ``toolkit.text.normalize_text`` folds them (NFKC); so are
dashes (— –) and the ideographic full stop between digit groups
(``139。8370。5893``). The folding maps one character to one, so spans always
refer to the text as given.

Text from other channels is read as typed first: traditional characters as
simplified; numerals among digits or dictated as digits; letters an OCR
mistook for digits (``25O4室``, ``甘EAO365``, ``369Bl008``); what voice input
writes (``wuchao杠八九``, ``sunhao下划线零九``, ``幺四八…艾特qq点com``,
``V I V I A N 2004``, an ID ending in 叉, the recogniser's commas inside a
number after a phone word: ``打电话13，280830720``). A value given as a
correction (``qq562816，不对是592816``) is of the kind of the value before it;
so is a mobile given in pieces (``198的38004675``). The layout of a message
counts (``_layout``): a card alone on its line among one's values, a
household's building and room in a group-buy list (``15-701 小罗 3份``), and
not a link's own ids (``goods_id=135…``), a number after a WeChat id or an
e-mail in a message of values (``wxid_… 3926509``: a QQ number). An id after
a word asking to add someone needs no WeChat word (``加我 zhangwei_1988``,
``👉lin_kiki53``), nor does a message that is only an id (``zhangwei_229``;
not ``rtx4090``).
In a conversation (``mask_frame(..., thread="chat_id")``,
``find_pii(text, after=...)``) a short reply is also read after the kind the
message before it asks for (``您的微信号？`` then ``zhang_san81``), past one or
two stalls (``稍等``), after the kind of the value it holds (a confirmation),
or after a doubt (``这个好像不对？``) the kind of the value before that (a
correction); a bare reply (one value and a few words) after the last message
asking for a number within the eight before it (a group's chatter between).
A value sent in two messages (``1393853`` then ``4228``, ``卡号622262`` then
``7613055820127``, ``南京市鼓楼区湖南路`` then ``314号…2幢2802``) is masked in
both with ``mask_frame(thread=)``, in the second with ``find_pii(after=)``.

Known limits (see ``tests/privacy/test_hard_cases.py``): names that no
directory lists; vague places (a city alone, an estate without a building or
room); QQ numbers with no cue at all (``3305591 👌`` sent alone) and ids
inside words with no cue (``前台给的 zhang_san81``);
old 15-digit IDs without an ID word near them; a 4- or 5-series card with no
word near it; an order number in the format of a UnionPay card (6 series,
passing Luhn) with no order label before it is masked as a card. A
directory name is matched wherever it occurs, so a two-character name that
is also a common word (a colleague called 高兴) masks that word too.

Examples
--------
>>> mask_pii("我的手机是138 1234 5678，邮箱zhang.san@example.com")
'我的手机是[手机号]，邮箱[邮箱]'
>>> mask_pii("加我QQ号3557574424，方便发图片")
'加我QQ号[QQ号]，方便发图片'
>>> mask_pii("加我微信号zhang_san81")
'加我微信号[微信号]'
>>> mask_pii("回电话到139.8370.5893吧，或者13800138000a")
'回电话到[手机号]吧，或者[手机号]a'
>>> mask_pii("幸福小区3栋2单元401，车牌粤B·D12345")
'[地址]，车牌[车牌x]'
>>> mask_pii("订单号20260815123456789还没发货，第13800138000次问了")
'订单号20260815123456789还没发货，第13800138000次问了'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import pandas as pd

from . import _patterns as _p
from . import _handles as _h
from . import _layout
from ._spoken import spoken_reading
from ..text.normalize import to_simplified

__all__ = [
    "PII_KINDS",
    "PLACEHOLDERS",
    "PiiMatch",
    "find_pii",
    "id_card_is_valid",
    "luhn_is_valid",
    "mask_pii",
]

#: Kinds of personal data, in the order overlapping finds are resolved (an
#: earlier kind wins).
PII_KINDS: tuple[str, ...] = (
    "email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address", "name",
)

#: The placeholder that replaces each kind.
PLACEHOLDERS: dict[str, str] = {
    "email": "[邮箱]",
    "id_card": "[身份证]",
    "bank_card": "[银行卡]",
    "mobile": "[手机号]",
    "landline": "[电话]",
    "qq": "[QQ号]",
    "wechat": "[微信号]",
    "plate": "[车牌x]",
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


def id_card_is_valid(number: str) -> bool:
    """Whether ``number`` is a well-formed resident ID number (GB 11643-1999).

    18 characters (the last may be ``X``): a known province code, a real
    birth date from 1900 on, and the ISO 7064 MOD 11-2 check digit
    (``stdnum.cn.ric``). 15 digits (the old form, 1984-1999, without check
    digit): province code and a real 19YYMMDD birth date. Spaces are ignored.
    The county code is not looked up: ``stdnum.cn.ric.is_valid`` rejects
    numbers whose county did not exist in the birth year (``440305`` for
    anyone born before 1990), which real cards carry.

    Examples
    --------
    >>> id_card_is_valid("11010519491231002X")
    True
    >>> id_card_is_valid("110105194912310021")
    False
    >>> id_card_is_valid("110105491231002")
    True
    """
    return _p.id_valid(number.replace(" ", ""))


def luhn_is_valid(number: str) -> bool:
    """Whether a string of digits passes the Luhn (mod 10) check (``stdnum.luhn``).

    Spaces and dashes are ignored; anything else makes it invalid.

    Examples
    --------
    >>> luhn_is_valid("6222 0212 3456 7893")
    False
    >>> luhn_is_valid("4111-1111-1111-1111")
    True
    """
    return _p.luhn_valid(number.replace(" ", "").replace("-", ""))


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


_DIGIT_KINDS = frozenset({"id_card", "bank_card", "mobile"})
#: Chinese numerals a number may be written in (幺三八…, 〇二九…).
_NUMERALS = frozenset(_p._NUMERAL)


#: Words between the pieces of a mobile given in parts (``198的38004675``, ``…最后是5504``).
_PIECE_WORDS = re.compile("后面|后边|再加|最后|后四位|尾号|然后|接着|中间|[0-9]的[0-9]")


def _finds(t: str, kinds: frozenset[str]) -> list[tuple[str, int, int]]:
    """What every finder finds in ``t`` (folded and read as simplified)."""
    found: list[tuple[str, int, int]] = []
    if "email" in kinds and _p.EMAIL_HINT.search(t):
        found += _p.emails(t)
    # Numbers as the digit finders read them: numerals among digits or dictated (``6222 … 八六幺``,
    # ``6二2609幺六5八…``) and letters an OCR mistook for digits (``369Bl008``) turned into digits, one
    # character for one; every other finder reads the text as typed (``Sz-190382`` stays a WeChat id).
    num = _p.ocr_digits(_p.mixed_numerals(t))
    if _p.LONG_NUMBER.search(num):
        if kinds & _DIGIT_KINDS:
            found += _p.digit_runs(num, kinds)
        if "mobile" in kinds and "(" in num:
            found += _p.paren_mobiles(num)
        if "bank_card" in kinds:
            found += _p.bank_accounts(num)
        if "mobile" in kinds and ("852" in num or "853" in num or "886" in num or "+1" in num or "001" in num
                                  or ("09" in num and "-" in num)):
            found += _p.abroad_mobiles(num)
        if "landline" in kinds:
            found += _p.landlines(num)
        if "qq" in kinds:
            found += _h.qq_numbers(num)
    if "plate" in kinds and any("0" <= c <= "9" for c in t):
        found += _p.plates(t)
    if "wechat" in kinds:
        found += _h.wechat_ids(t)
    if not _NUMERALS.isdisjoint(t):
        if "mobile" in kinds:
            found += _p.numeral_mobiles(t)
        if "landline" in kinds:
            found += _p.numeral_landlines(t)
        if "qq" in kinds:
            found += _h.numeral_qq_numbers(t)
    if "mobile" in kinds and _PIECE_WORDS.search(t):
        found += _p.pieced_mobiles(t)
    if "mobile" in kinds and ("O" in t or "o" in t):
        found += _p.letter_o_mobiles(t)
    if "address" in kinds:
        found += _p.addresses(t)
    return found


#: A correction after a value: ``qq562816，不对是592816``, ``…4270209433443456吗？不对，是4392…``.
_CORRECTION = re.compile(r"(?:不对|错了|打错了|写错了|说错了|更正一下|更正|纠正一下|现在用这个|现在用的是|现在是|换成|改成|新的是)[，,。.!！ ]{0,2}(?:应该|重新)?(?:是|为|改为|改成)?[ ]?:?[ ]?")
_CORRECTION_HINT = re.compile("对|错|更正|现在|换成|改成|新的")
_VALUE = re.compile(r"[0-9A-Za-z][-_0-9A-Za-z@.]*[0-9A-Za-z]")
_NUMBER_KINDS = _layout.NUMBER_KINDS


def _corrected(t: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The value a correction gives, of the kind and shape of the value found just before it."""
    out: list[tuple[str, int, int]] = []
    by_end = {f[2]: f for f in sorted(found, key=lambda f: f[2] - f[1])}  # the longest find ending at each place
    for m in _CORRECTION.finditer(t):
        value = _VALUE.match(t, m.end())
        before = next((by_end[e] for e in range(m.start(), m.start() - 12, -1) if e in by_end), None)
        if value is None or before is None:
            continue
        kind, a, b = before
        old, new = t[a:b], value.group()
        if kind in _NUMBER_KINDS:
            old_digits = sum(c.isdigit() for c in old)
            # (a QQ number may be of another length: 5 to 11 digits)
            same = new.isdigit() and (abs(len(new) - old_digits) <= 1 or (kind == "qq" and 5 <= len(new) <= 11))
        else:
            same = kind in ("wechat", "email") and ("@" in new) == (kind == "email") and len(new) >= 5
        if same:
            out.append((kind, *value.span()))
    return out


#: A message quoted in a reply (``2783641905\n「客服：您的QQ是？」``).
_QUOTE = re.compile(r"「([^」\n]{1,80})」")


def _after_cue(cue: str, reply: str, kinds: frozenset[str]) -> list[tuple[str, int, int]]:
    """What is found in a short ``reply`` (folded) read after ``cue`` (``微信号:``; several kinds asked for are joined
    by ``|``: ``微信号:|QQ号:``), as spans of ``reply``; a form's cue (:func:`_form_cue`) reads each line after its
    field's."""
    if cue.startswith(_FORM_MARK):
        return _form_answers(cue[len(_FORM_MARK) :].split("\n"), reply, kinds)
    if not cue or len(reply) > _REPLY_MAX:
        return []
    # From the start, and from each value past the words or the value before it (``好的 luo-na6243``,
    # ``刚才少打了一位，是Lily_79yang``, ``wu_mumu666，91362628``), but not past a label (``金额11394``, ``工单号WX…``).
    starts = [0] + [m.start() for m in _NEXT_VALUE.finditer(reply)
                    if reply[m.start() - 1] not in _p._PLATE_PROVINCES and not _p._after_label(reply, m.start())
                    and not _GROUP_BEFORE.search(reply, 0, m.start())  # (the next group of a number: ``1234 5678``)
                    and not _p._BEFORE_AMOUNT.search(reply[: m.start()])
                    and not _CALL_BEFORE.search(reply, max(0, m.start() - 6), m.start())][:4]
    out: list[tuple[str, int, int]] = []
    for one in cue.split("|"):
        n = len(one)
        for at in dict.fromkeys(starts):
            read = one + reply[at:]
            # (a date is no desk's number: ``好 20240815`` after ``手机直接发群里``)
            out += [(k, a - n + at, b - n + at) for k, a, b in _finds(read, kinds)
                    if a >= n and not (k == "landline" and _layout.a_date(read[a:b]))]
    return out


#: A group of digits and a space before a place in a reply: what follows is the next group of the same number.
_GROUP_BEFORE = re.compile(r"(?:^|[^0-9A-Za-z_@.\-])[0-9][0-9-]* $")
#: Words before a number to call (``投诉可以拨打400-…``): what follows is read by the phone finders, not after a cue.
_CALL_BEFORE = re.compile("(?:拨打|致电|热线|电话|打给|打)[ ]?:?[ ]?$")
#: Where a value starts after words or another value (a letter, digit, ``(`` or ``+`` after anything else).
_NEXT_VALUE = re.compile(r"(?<=[^0-9A-Za-z(+_@.\-])[0-9A-Za-z(+]")


def _quoted_replies(t: str, kinds: frozenset[str]) -> list[tuple[str, int, int]]:
    """A short reply beside a quoted question, read after the kind the question asks for."""
    out: list[tuple[str, int, int]] = []
    for q in _QUOTE.finditer(t):
        cue = _asked_cue(q.group(1))
        for start, segment in ((0, t[: q.start()]), (q.end(), t[q.end() :])):
            reply = segment.strip(" \n-")
            if cue and reply:
                at = start + segment.index(reply)
                out += [(k, a + at, b + at) for k, a, b in _after_cue(cue, reply, kinds)]
    return out


_QA_PART = re.compile(r"(?:(?![—-]{2})[^\n])+")


def _asked_lines(t: str, kinds: frozenset[str]) -> list[tuple[str, int, int]]:
    """The line after a line asking for a kind (``师傅QQ多少？我发装车单\n3009 0925``), read after that kind: a question
    and its answer pasted or typed in one message."""
    out: list[tuple[str, int, int]] = []
    # (or after a dash: ``老师QQ号多少？我加一下 —— 3874984920``)
    lines = list(_QA_PART.finditer(t))
    for q, answer in zip(lines, lines[1:]):
        if "?" not in q.group():
            continue
        cue = _asked_cue(q.group())
        reply = answer.group().strip(" \n-—")
        if cue and reply:
            at = answer.start() + answer.group().index(reply)
            out += [(k, a + at, b + at) for k, a, b in _after_cue(cue, reply, kinds)]
    return out


def _candidates(text: str, kinds: frozenset[str], names_re: re.Pattern[str] | None, cue: str = "") -> list[PiiMatch]:
    # Traditional characters read as simplified (地址：廣東省…南山區…號樓), one for one so spans stay valid.
    t = to_simplified(text.translate(_p.FOLD))
    found = _finds(t, kinds)
    # A reply read after the question it answers (``您的微信号？`` -> ``zhang_san81``).
    found += _after_cue(cue, t, kinds)
    # What was dictated, read as typed (``wuchao杠八九``, ``幺四八…艾特qq点com``): finds there map back onto the text.
    spoken = spoken_reading(t)
    if spoken is not None:
        reading, spans = spoken
        # (not one that cuts into a find of the text as typed without holding it: ``15. 七七 191-0156-7169`` is a
        # nickname before a mobile, not numerals of it; ``hejing横杠六六六`` holds the ``hejing`` found as typed)
        plain = list(found)
        for k, a, b in _finds(reading, kinds):
            s0, e0 = spans[a][0], spans[b - 1][1]
            if not any(pa < e0 and s0 < pb and not (s0 <= pa and pb <= e0) for _pk, pa, pb in plain):
                found.append((k, s0, e0))
    if found and _CORRECTION_HINT.search(t):
        found += _corrected(t, found)
    if "「" in t:
        found += _quoted_replies(t, kinds)
    if ("\n" in t or "--" in t) and "?" in t:
        found += _asked_lines(t, kinds)
    if "?" in t and (q := t.find("?")) > 0 and 0 < len(t) - q - 1 <= _REPLY_MAX:
        # the answer after the question in one message (``体检报告能发QQ吗？3911499712``)
        found += [(k, a + q + 1, b + q + 1) for k, a, b in _after_cue(_asked_cue(t[:q]), t[q + 1 :], kinds)]
    if "\n" in t and "bank_card" in kinds:
        found += _layout.listed_cards(t, found)
    if "\n" in t and "landline" in kinds:
        found += _layout.listed_locals(t, found)
    if "address" in kinds and _layout.ROOM_HINT.search(t):
        found += _layout.household_rooms(t, found)
    if "qq" in kinds and found:
        found += _layout.paired_numbers(t, found)
    if "wechat" in kinds and found and "\n" in t:
        found += _layout.listed_handles(t, found)
    if ("qq" in kinds or "wechat" in kinds) and ("格式" in t or "例" in t):
        found += [f for f in _layout.sign_up_columns(t, found) if f[0] in kinds]
    if "://" in t:
        found = _layout.outside_url_ids(t, found)
    # A keycap digit (1️⃣) is the digit, U+FE0F and U+20E3: a number typed in them ends after its last keycap.
    out = [PiiMatch(k, a, _after_keycaps(text, b)) for k, a, b in found]
    if "name" in kinds and names_re is not None:
        out += [PiiMatch("name", m.start(), m.end()) for m in names_re.finditer(text)]
    return out


def _after_keycaps(text: str, end: int) -> int:
    while end < len(text) and text[end] in "\ufe0f\u20e3":
        end += 1
    return end


_RANK = {k: i for i, k in enumerate(PII_KINDS)}


def _resolve(found: list[PiiMatch], text: str = "") -> list[PiiMatch]:
    """Keep non-overlapping finds: earlier kinds first, then longer, then leftmost."""
    kept: list[PiiMatch] = []
    starts: list[int] = []  # of ``kept``, sorted, with the finds in ``by_start``: overlaps by bisection
    by_start: dict[int, PiiMatch] = {}

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            return False  # a kept find starts inside [a, b)
        return i == 0 or by_start[starts[i - 1]].end <= a  # the kept find before ends before a

    for f in sorted(found, key=lambda f: (_RANK[f.kind], -(f.end - f.start), f.start)):
        if f.kind == "address":
            # An address that runs into a number found first (``…402房 199 00770473``) ends before it.
            i = bisect.bisect_right(starts, f.start)
            tail = [by_start[x].start for x in starts[i : bisect.bisect_left(starts, f.end)] if f.end <= by_start[x].end]
            if tail:
                end = min(tail)
                while end > f.start and text[end - 1 : end] in (" ", ",", "，"):
                    end -= 1
                f = PiiMatch(f.kind, f.start, end)
        if f.end > f.start and free(f.start, f.end):
            kept.append(f)
            bisect.insort(starts, f.start)
            by_start[f.start] = f
    return sorted(kept, key=lambda f: f.start)


def find_pii(
    text: str | None,
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
    after: str | Sequence[str] | None = None,
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
    after : str or sequence of str, optional
        The message before ``text`` in its conversation, or the messages
        before it, oldest first. A short reply (40 characters at most) is
        then also read after the kind the message before asks for or names;
        else after the kind of the value it holds (a confirmation); else,
        when it doubts that value (``这个好像不对？``), after the kind of the
        value before it (a correction). :func:`toolkit.privacy.mask_frame` does the same
        with ``thread=``.

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
    >>> find_pii("zhang_san"), find_pii("zhang_san", after="您的微信号是多少？")
    ([], [PiiMatch(kind='wechat', start=0, end=9)])
    """
    if not isinstance(text, str):
        if text is None or text is pd.NA or (isinstance(text, float) and text != text):
            return []
        raise TypeError(f"text must be a str or missing; got {type(text).__name__}")
    chosen = _check_kinds(kinds)
    names_re = _names_pattern(_directory_names(staff, names)) if "name" in chosen else None
    if isinstance(after, str):
        after = [after]
    cue = _thread_cue(after, text) if after is not None and len(text) <= _reply_max(after) else ""
    found = _resolve(_candidates(text, chosen, names_re, cue), text)
    if after and _HOUSE_START.match(text):
        # The second half of an address sent in two messages (``南京市鼓楼区湖南路`` then ``314号…2幢2802``).
        half = _split_address(list(after)[-1], text)
        if half:
            found = _resolve([*found, PiiMatch("address", *half[1])], text)
    if after and not found:
        # The second half of a value sent in two messages (``1393853`` then ``4228``; ``卡号622262`` then
        # ``7613055820127``), maybe with a word asking for the rest between them (``还有呢``).
        split = _split_value(list(after)[-2:], text, chosen)
        if split:
            m = _DIGITS_ONLY.fullmatch(text)
            found = [PiiMatch(split[0], *m.span(1))]
    return found


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


#: Words of a message that ask for (or name) a kind, and the cue a short reply after it is read with.
_ASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:qq|QQ|Qq|扣扣|企鹅|(?<![A-Za-z])[Qq](?=号))"), "QQ号:"),
    (re.compile(r"(?:微信|薇信|威信|vx|VX|wx|WX|v信)"), "微信号:"),
    (re.compile(r"(?:手机|电话|(?<![票单码])号码|联系方式|座机|固话|宅电)"), "电话:"),  # (发票号码 is an invoice's)
    (re.compile(r"(?:身份证|证件号)"), "身份证号:"),
    (re.compile(r"(?:卡号|银行卡|收款账号|哪张卡|什么卡|卡上|到卡|卡里|张卡)"), "卡号:"),
    (re.compile(r"(?:邮箱|email|e-mail)", re.IGNORECASE), "邮箱:"),
    (re.compile(r"(?:地址|住哪|住在哪)"), "地址:"),
)
#: A reply read after the message before it is short: an answer, not a new topic.
_REPLY_MAX = 40
#: Or the answers to a form, one line per field (``麻烦填一下：\n地址：\nQQ：`` then the address, then the QQ).
_FORM_REPLY_MAX = 200
_FORM_MARK = "表\n"
#: A form's field: a line that is only a label and a colon (``QQ：``, ``银行卡号：``).
_FORM_FIELD = re.compile(r"^[ ]*([^\n:：]{1,8})[ ]*[:：][ ]*$", re.M)


def _form_cue(message: Any) -> str:
    """A form's cue: the cue of each field the message asks for, in order (``地址：\nQQ：`` -> ``地址:`` and ``QQ号:``),
    when it has two or more; else ``""``."""
    if not isinstance(message, str) or "\n" not in message or ("：" not in message and ":" not in message):
        return ""
    fields = [_asked_cue(m.group(1)) for m in _FORM_FIELD.finditer(message)]
    fields = [f for f in fields if f]
    return _FORM_MARK + "\n".join(fields) if len(fields) >= 2 else ""


def _reply_max(before: Any) -> int:
    """How long a reply read after ``before`` (the messages before it) may be: longer after a form."""
    last = before[-1] if isinstance(before, (list, tuple)) and before else before
    return _FORM_REPLY_MAX if _form_cue(last) else _REPLY_MAX


_ANSWER_LINE = re.compile(r"[^\n]+")


def _form_answers(fields: list[str], reply: str, kinds: frozenset[str]) -> list[tuple[str, int, int]]:
    """The lines of a reply to a form, each read after its field's cue when there is one line per field, else each
    after every field's."""
    if len(reply) > _FORM_REPLY_MAX:
        return []
    lines = [m for m in _ANSWER_LINE.finditer(reply) if m.group().strip()]
    cues = fields if len(lines) == len(fields) else ["|".join(fields)] * len(lines)
    out: list[tuple[str, int, int]] = []
    for line, cue in zip(lines, cues, strict=True):
        out += [(k, a + line.start(), b + line.start()) for k, a, b in _after_cue(cue, line.group(), kinds)]
    return out


#: The cue a short reply is read with after a message holding a value of a kind (a correction, a confirmation:
#: ``我q号9529669519`` then ``抱歉打错了 9529669539``).
_KIND_CUE = {"qq": "QQ号:", "wechat": "微信号:", "mobile": "电话:", "landline": "电话:", "id_card": "身份证号:",
             "bank_card": "卡号:", "email": "邮箱:", "address": "地址:"}


def _value_cue(previous: Any, its_cue: str = "") -> str:
    """The cue of the kind of the last value the message before holds (read after its own cue), or ``""``."""
    if not isinstance(previous, str) or not _VALUE.search(previous):
        return ""
    found = _resolve(_candidates(previous, frozenset(PII_KINDS) - {"name"}, None, its_cue), previous)
    return _KIND_CUE.get(found[-1].kind, "") if found else ""


#: A message between a question and its answer that is no answer itself: a few words (``稍等``, ``我问问家里人``).
_STALL_MAX = 12
#: A message asking for something (then it is no stall: ``报案号是多少``).
_ASKING = re.compile("[?？吗呢么]|多少|几|什么|哪|号|码")
#: A message doubting the value before it (``这个好像不对？``, ``校验失败了``): the reply after it corrects that value.
_DOUBT = re.compile("不对|错|校验|核对|查不到|再看|确认一下|不通过|少了|多了")


#: A message that is only digits (a piece of a value sent in two messages: ``1393853`` then ``4228``).
#: Words and emoji after a piece of a value (``，麻烦了``, `` 谢谢您``, ``👌``).
# (each run of separators has one place in these patterns: two runs side by side, or a word repeated inside a repeat,
# ``(?:嗯+)*``, made a message of 25 ``嗯`` take seconds and one of a thousand commas quadratic)
_TRAIL = (r"[ ,，。.!！~～…]*(?:(?:谢谢您?|谢啦|麻烦了|麻烦您了|辛苦了|辛苦啦|刚才?没发完|没发完|发漏了)[ ,，。.!！~～…]*)?"
          r"[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{0,3}[ ]*")
#: Fillers before a piece of a value (``好的，``, ``稍等……``).
#: (an @mention in a group too: ``@物业管家 3301081966``, ``好 1568189``)
_FILLER_WORDS = r"(?:[ ,，。.:：…]*(?:嗯|是|哦|对|好的|好|收到|来啦|来了|就是|我的|稍等|您好|你好|@[^\s@0-9]{1,12}))*"
_LEAD_FILLER = _FILLER_WORDS + r"[ ,，。.:：…]*"
#: Words that say a message goes on with the value before (``后面是 7557``).
_GOES_ON = r"(?:[ ,，。.:：…]*(?:后面是|后面|后边是|后几位是?|接着是?|还有|剩下的是?))?"
_DIGITS_ONLY = re.compile(_FILLER_WORDS + _GOES_ON + r"[ ,，。.:：…]*([0-9][0-9 -]{1,16}[0-9Xx])" + _TRAIL)


#: The first half of a value sent in two messages: digits ending a message, after nothing, a filler, or a few words
#: naming the kind (``1393853``, ``嗯 1393853``, ``卡号622262``, ``身份证号3401041976``).
_FIRST_HALF = re.compile(r"([^0-9]{0,12}?)[ ]*([0-9][0-9 -]{1,16}[0-9])" + _TRAIL)
_FILLER = re.compile(_LEAD_FILLER)
#: A word asking for the rest of a value, between its two halves (``还有呢``).
_MORE = re.compile(r"[ ]*(?:(?:还有呢|然后呢|后面呢|后面的呢|剩下的呢|没发全|没发完|不全|不完整|还差几位|少了几位|就这些[吗么]?)"
                   r"[吧吗呢]?[?？~。]*|[嗯啊额呃]?[?？]+)[ ]*")
#: The cue that names each kind a split value may be, in the words before its first half.
_SPLIT_CUE = {"mobile": "电话:", "id_card": "身份证号:", "bank_card": "卡号:"}


def _split_value(before: Sequence[Any], second: Any, kinds: frozenset[str]) -> tuple[str, int, int] | None:
    """The kind of the value the message before (or the one before a ``还有呢`` between them) and ``second`` (only
    digits) spell together (a mobile, an ID number, a card), and where its first half is in that message; or None.

    The first half is digits ending its message, alone, after a filler, or after words that name the kind.
    """
    before = list(before)
    first = before[-1] if before else None
    if isinstance(first, str) and _MORE.fullmatch(first) and len(before) >= 2:
        first = before[-2]
    a = _FIRST_HALF.fullmatch(first) if isinstance(first, str) and len(first) <= _REPLY_MAX else None
    b = _DIGITS_ONLY.fullmatch(second) if isinstance(second, str) else None
    if a is None or b is None:
        return None
    x, y = (re.sub("[ -]", "", g) for g in (a.group(2), b.group(1)))
    if len(x) < 3 or len(y) < 3:
        return None
    whole, kind = x + y, ""
    if "mobile" in kinds and len(x) < 11 and _p._MOBILE.fullmatch(whole):
        kind = "mobile"
    elif "id_card" in kinds and len(x) < 18 and len(whole) == 18 and _p.id_valid(whole):
        kind = "id_card"
    elif "bank_card" in kinds and 16 <= len(whole) <= 19 and whole[0] in "456" and _p.luhn_valid(whole):
        kind = "bank_card"
    if not kind or not (_FILLER.fullmatch(a.group(1)) or _SPLIT_CUE[kind] in _asked_cue(a.group(1)).split("|")):
        return None
    return kind, *a.span(2)


#: The end of a message that may be the first half of an address (a place's suffix), and the start of one that may
#: be its second (a number, a numeral or a name).
_PLACE_END = re.compile("[省市区县镇乡村路街道巷弄里园苑城府庭湾厦寓院心场]$")
_HOUSE_START = re.compile(r"[0-9一二三四五六七八九十\u4e00-\u9fff]")


def _split_address(first: Any, second: Any) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where an address sent in two messages is in each (``南京市鼓楼区湖南路`` then ``314号阳光广场花园2幢2802``), or
    None: read together, one address runs from the end of the first into the start of the second."""
    if not (isinstance(first, str) and isinstance(second, str) and len(first) <= _REPLY_MAX and second):
        return None
    head = first.rstrip(" ，,。")
    if not _PLACE_END.search(head) or not _HOUSE_START.match(second):
        return None
    both = head + second
    for m in _resolve(_candidates(both, frozenset({"address"}), None), both):
        if m.start < len(head) < m.end:
            # The part in the first message ends it; the part in the second starts it.
            return (m.start, len(head)), (0, m.end - len(head))
    return None


#: How many messages before a reply are read: a bare reply in a group may come after others' chatter.
_WINDOW = 8
#: A bare reply: one value, maybe after an @mention and a few words (``@班主任 5071349705 麻烦了``, ``好滴~ xiaoyu2012``).
_BARE_REPLY = re.compile(r"[ ]*(?:@[^\s@]{1,12}[ ]+)?([^0-9A-Za-z@]{0,6}?)[ ]*[0-9A-Za-z][-_0-9A-Za-z@.]{4,38}[ ]*"
                         r"([^0-9A-Za-z@]{0,8})")
#: A reply that corrects the value before it (``不好意思，应该是…``, ``打错了，是…``).
_CORRECTING = re.compile(r"[^0-9A-Za-z]{0,8}?(?:应该是|打错了|发错了|写错了|错了|不对)")
#: A question for a number or a code of something else (``取件码多少？``): a bare reply after it answers it.
_ASKS_NUMBER = re.compile("号|码|多少|几|哪个|哪一|邮编|航班|车次|班次|座位|型号|尺码|金额|时间|日期")


def _thread_cue(before: Sequence[Any], reply: Any = None) -> str:
    """The cue a short reply is read with, from the messages before it (oldest first): what the last one asks for;
    else the kind of the value it holds; else, when it doubts that value, the kind of the value in the one before it
    (a correction); else, for a bare reply (one value and a few words), what the last message asking for a number
    asked for, within the last eight (a group's chatter between)."""
    before = list(before)
    p3, p2, p1 = [None] * max(0, 3 - len(before)) + before[-3:]
    if not isinstance(p1, str):
        return ""
    cue = _form_cue(p1) or _asked_cue(p1) or _value_cue(p1, _asked_cue(p2))
    if not cue and isinstance(p2, str):
        if _DOUBT.search(p1):
            # (the value doubted may not even be valid: then the kind the message before it asked for)
            cue = _value_cue(p2, _asked_cue(p3)) or _asked_cue(p3)
        elif _stall(p1):
            # a short word between the question and the answer (``稍等``, ``我看看``), or two (``我找找``, ``不急``)
            cue = _asked_past_stall(p2, p3)
    if (not cue and isinstance(reply, str) and _CORRECTING.match(reply) and isinstance(p1, str)
            and _BARE_REPLY.fullmatch(p1) and not _candidates(p1, frozenset(_KIND_CUE), None)):
        # A correction of a bare value the message before gave (``5525992049083227`` then ``不好意思，应该是…``):
        # read after what was asked before that value.
        cue = _asked_past_stall(p2, p3)
    if not cue and isinstance(reply, str) and (bare := _BARE_REPLY.fullmatch(reply)) is not None and not (
            _ASKING.search(bare.group(1) + bare.group(2))):
        for earlier in reversed(before[-_WINDOW:]):
            if not isinstance(earlier, str):
                break
            cue = _asked_cue(earlier)
            if cue or _ASKS_NUMBER.search(earlier) or _VALUE.search(earlier):
                break  # (the last question for a number, or a value given since: what the reply may answer)
    return cue


def _asked_past_stall(message: Any, before: Any) -> str:
    """What ``message`` asks for, or, when it is a stall, what the message ``before`` it asks for."""
    return _asked_cue(message) or (_asked_cue(before) if _stall(message) else "")


def _stall(message: Any) -> bool:
    """A few words that neither ask nor answer (``稍等``, ``嗯嗯您找下``)."""
    return isinstance(message, str) and len(message) <= _STALL_MAX and not _ASKING.search(message) and not _VALUE.search(message)


def _asked_cue(previous: Any) -> str:
    """The cues of the kinds the message before names, the last named first (``您的微信号是多少？`` -> ``微信号:``;
    ``微信或QQ都行`` -> ``QQ号:|微信号:``), or ``""``."""
    if not isinstance(previous, str):
        return ""
    named: dict[str, int] = {}
    for rx, c in _ASKS:
        for m in rx.finditer(previous):
            named[c] = max(named.get(c, -1), m.end())
    return "|".join(sorted(named, key=lambda c: -named[c]))

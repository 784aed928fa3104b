"""What a message's layout says about the values in it (private to :mod:`toolkit.privacy.mask`).

A card number alone on its line among one's values, a household's building and room in a group-buy list, a number
that is a link's own id. Each function takes the folded text and what the finders found, as ``(kind, start, end)``
tuples, and returns finds to add (or, for links, the finds to keep).
"""

from __future__ import annotations

import re

from . import _patterns as _p
from ._handles import _NOT_WECHAT_ID, _handle_like

Find = tuple[str, int, int]
#: Kinds that are numbers.
NUMBER_KINDS = frozenset({"mobile", "landline", "qq", "bank_card", "id_card"})


_URL = re.compile(r"https?://[!-~]+", re.IGNORECASE)
#: A number in a link's path or after a parameter that is no contact (``goods_id=13511567376``): an id of the site's.
_URL_ID_BEFORE = re.compile(r"(?:[/=._-])$")
_URL_CONTACT_PARAM = re.compile(r"(?:phone|mobile|tel|shouji|sj|contact|qq|wx|wechat)[=]$", re.IGNORECASE)


def outside_url_ids(t: str, found: list[Find]) -> list[Find]:
    """Drop numbers that are a link's own ids; keep e-mails and numbers after a contact parameter (``tel=138…``)."""
    urls = [m.span() for m in _URL.finditer(t)]
    if not urls:
        return found

    def site_id(k: str, a: int, b: int) -> bool:
        return (k in NUMBER_KINDS and any(ua < a and b <= ub for ua, ub in urls)
                and _URL_ID_BEFORE.search(t, 0, a) is not None and _URL_CONTACT_PARAM.search(t, max(0, a - 10), a) is None)

    return [f for f in found if not site_id(*f)]


LINE = re.compile(r"[^\n]+")


def listed_cards(t: str, found: list[Find]) -> list[Find]:
    """A card number alone on its line in a list of one's values, one per line, where another line is wholly an
    ID number or a mobile (``450103…\n5187101351068143\n18270214517``): a card with no word before it (what
    else read a part of the line, a landline in ``427 020335 8939 465``, gives way to it).

    A bare 4- or 5-series number passing Luhn is as often an order number, so it needs this company."""
    lines = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end() - len(m.group()) + len(m.group().rstrip()))
             for m in LINE.finditer(t)]
    whole = {(a, b) for k, a, b in found if k in ("id_card", "mobile")}
    if not any(span in whole for span in lines):
        return []
    out: list[Find] = []
    for a, b in lines:
        digits = t[a:b].replace(" ", "").replace("-", "")
        if (15 <= len(digits) <= 19 and digits.isdigit() and digits[0] in "234569" and _p.luhn_valid(digits)
                and not any(fa < b and fb > a for k, fa, fb in found if k in ("id_card", "mobile", "bank_card"))):
            out.append(("bank_card", a, b))
    return out


#: A household's building and room with no estate (``15-701``, ``27-4-803``, ``4栋301``, ``17号楼1303``), as group-buy
#: lists and neighbours write them.
_ROOM_ONLY = re.compile(r"(?<![0-9A-Za-z\-#.])([0-9]{1,2})(?:栋|幢|号楼|-(?:[0-9]{1,2}-)?)([0-9]{3,4})(?![0-9\-])")
#: What makes it a home: a neighbour's words, or a mobile in the same message.
_HOUSEHOLD = re.compile("团长|接龙|业主|我的是|具体是|我是|我家|我住|住在|楼下|送上来|下去拿|门口|[0-9]份|登记|没取货")
#: What makes it a code: a parcel locker's or a station's words before it.
_CODE_BEFORE = re.compile("取件码|取货码|提货码|驿站|快递柜|丰巢|货架|格口|柜|码")


ROOM_HINT = re.compile(r"[0-9](?:栋|幢|号楼|-)[0-9]")


def _room_like(room: str) -> bool:
    """A floor (1-40) and a flat on it (01-12): ``803``, ``2703``, not ``3017`` or ``7231`` (lockers and codes)."""
    floor, flat = int(room[:-2]), int(room[-2:])
    return 1 <= floor <= 40 and 1 <= flat <= 12


def household_rooms(t: str, found: list[Find]) -> list[Find]:
    """Buildings and rooms with no estate where the message speaks of a household (or holds a mobile), each a floor
    and a flat (``15-701``), not a locker's or a station's code."""
    if not (_HOUSEHOLD.search(t) or any(k == "mobile" for k, _, _ in found)):
        return []
    out: list[Find] = []
    for m in _ROOM_ONLY.finditer(t):
        a, b = m.span()
        if (not _room_like(m.group(2)) or _CODE_BEFORE.search(t, max(0, a - 8), a) or _p._after_label(t, a)
                or any(fa < b and fb > a for _, fa, fb in found)):
            continue
        out.append(("address", a, b))
    return out


#: A line of a contact list: a short label, a colon and a local number (``财务：77631109``).
_LABELLED_LOCAL = re.compile(r"[^\n0-9:]{1,8}:[ ]?([2-9][0-9]{6,7})[ ]*$")


_NOT_PHONE_LABEL = re.compile("日期|时间|金额|数量|价格|单价|总价|编号|号码牌|密码|验证码|邮编")
_DATE8 = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


def listed_locals(t: str, found: list[Find]) -> list[Find]:
    """A local number on a labelled line of a list whose other lines hold phones (``销售：156…\n财务：77631109``)."""
    phones = [(a, b) for k, a, b in found if k in ("mobile", "landline")]
    if not phones:
        return []
    out: list[Find] = []
    for line in LINE.finditer(t):
        m = _LABELLED_LOCAL.match(t, line.start(), line.end())
        if (m is None or _p._after_label(t, m.start(1)) or _NOT_PHONE_LABEL.search(t, line.start(), m.start(1))
                or _DATE8.fullmatch(m.group(1)) or any(a < m.end(1) and b > m.start(1) for a, b in phones)):
            continue
        if any(line.start() > b or line.end() < a for a, b in phones):  # another line holds a phone
            out.append(("landline", *m.span(1)))
    return out


#: A bare number after a WeChat id or an e-mail, and nothing after it: the other half of a contact pair
#: (``wxid_n6nh82ybj7wdmi 3926509``, ``jingsun4559@qq.com，594304330``), a QQ number.
_PAIRED_NUMBER = re.compile(r"(?:[ ]{0,2}[,，/、;；|][ ]{0,2}|[ ]{1,3}|[ ]*\n[ ]*)([1-9][0-9]{4,10})[ ]*[。.!！~～]*[ ]*$")
#: Before the pair, nothing but a few words (``嗯 ``, ``好的，``): a message of values.
_PAIR_LEAD = re.compile(r"[^0-9A-Za-z]{0,6}")


def a_date(digits: str) -> bool:
    """``20240115``, ``202401``: a year (1900-2099) and a month, maybe a day."""
    if len(digits) not in (6, 8) or digits[:2] not in ("19", "20"):
        return False
    y, m, d = int(digits[:4]), int(digits[4:6]), int(digits[6:] or "1")
    return _p._valid_date(y, m, d)


def paired_numbers(t: str, found: list[Find]) -> list[Find]:
    """A message that is a WeChat id or an e-mail and then a bare number: the number is a QQ (a date is not)."""
    out: list[Find] = []
    for k, a, b in found:
        if k not in ("wechat", "email") or not _PAIR_LEAD.fullmatch(t, 0, a):
            continue
        m = _PAIRED_NUMBER.match(t, b)
        if m and not a_date(m.group(1)):
            out.append(("qq", *m.span(1)))
    return out


#: A line that is only an id, maybe with a few words of no value after it (``lily_tang0521``, ``都是我``).
_HANDLE_LINE = re.compile(r"[ ]*([A-Za-z][-_A-Za-z0-9]{5,19})[ ]*[^0-9A-Za-z\n]{0,6}")


def listed_handles(t: str, found: list[Find]) -> list[Find]:
    """An id alone on its line among one's contact values (``📞19837462016\ncocozhen5645\n都是我``): a WeChat id,
    when it has a lower-case letter and a digit (``type-c`` or ``iphone15`` stay)."""
    if not any(k in ("mobile", "landline", "email", "qq", "wechat") for k, _, _ in found):
        return []
    out: list[Find] = []
    for line in LINE.finditer(t):
        m = _HANDLE_LINE.fullmatch(t, *line.span())
        if (m and _handle_like(m.group(1)) and any(c.isdigit() for c in m.group(1))
                and not _NOT_WECHAT_ID.match(m.group(1)) and not any(a < m.end(1) and m.start(1) < b for _, a, b in found)):
            out.append(("wechat", *m.span(1)))
    return out


#: A sign-up list's format line (``#接龙\n…\n格式：昵称 微信号 数量``) and its numbered entries (``1. 小太阳 kiki-2000 4本``).
_FORMAT_LINE = re.compile(r"(?:格式|模板|示例|例)[ ]?[:：]?[ ]*([^\n]{2,40})")
_COLUMN_SEP = re.compile(r"[ +＋/|、,，]+")
_ENTRY = re.compile(r"[ ]*[0-9]{1,3}[.、．)）][ ]*([^\n]+)")
_FIELD = re.compile(r"[^ \t]+")
#: Columns named for a kind whose values have no shape of their own, and the shape a field must have.
_COLUMN_KINDS = (
    ("qq", re.compile("QQ|qq|扣扣"), re.compile(r"[1-9][0-9]{4,11}")),
    ("wechat", re.compile("微信|vx|VX|wx|WX"), re.compile(r"[A-Za-z][-_A-Za-z0-9]{5,19}")),
)


def sign_up_columns(t: str, found: list[Find]) -> list[Find]:
    """In a sign-up list whose format line names the columns (``格式：昵称 QQ号 数量``), the field of each numbered
    entry under a QQ or WeChat column (``2. 奶茶不加糖 388695535 4份``), when it has that kind's shape."""
    fmt = _FORMAT_LINE.search(t)
    if fmt is None:
        return []
    columns = [c for c in _COLUMN_SEP.split(fmt.group(1)) if c]
    wanted = [(i, kind, shape) for i, c in enumerate(columns) for kind, name, shape in _COLUMN_KINDS if name.search(c)]
    if not wanted or len(columns) > 6:
        return []
    out: list[Find] = []
    for line in LINE.finditer(t, fmt.end()):
        entry = _ENTRY.fullmatch(t, *line.span())
        if entry is None:
            continue
        fields = [m.span() for m in _FIELD.finditer(t, *entry.span(1))]
        if len(fields) < len(columns):
            continue
        for i, kind, shape in wanted:
            # (a nickname with spaces in it: the columns after the first are counted from the end)
            a, b = fields[i] if i == 0 else fields[len(fields) - len(columns) + i]
            if shape.fullmatch(t, a, b) and not any(fa < b and a < fb for _, fa, fb in found):
                out.append((kind, a, b))
    return out

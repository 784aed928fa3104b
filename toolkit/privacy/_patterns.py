"""Finders for each kind of personal data (private to :mod:`toolkit.privacy.mask`).

Every finder takes the *folded* text (see :data:`FOLD`: full-width ASCII,
dashes and dots mapped one character to one, so spans stay valid in the
original) and returns ``(kind, start, end)`` tuples; overlaps are resolved by
the caller.

Design, per family of formats:

- **Digit runs** (mobile, ID card, bank card): a run is a maximal sequence of
  digit groups joined by one separator (space, ``-``, ``.``, ``/``, optionally
  padded with spaces). Every window of consecutive groups is tried against
  each format with its check (11 digits ``1[3-9]``; GB 11643 check digit;
  Luhn), so ``139.8370.5893``, ``138 1234 5678 2台`` and
  ``13812345678/13987654321`` all work the same way.
- **Landlines**: one regex for ``[+86] (0)area [sep] local [ext]``; a local
  number alone only a few words after a phone word, in the same clause.
- **Cue-based ids** (QQ, WeChat): only next to the words people write for
  them: before (``QQ号``, ``扣扣好，``, ``球球``, ``微信号``, ``绿泡泡``, ``vx``,
  ``加v`` ...) or right after (``12345678（QQ）``, ``amy_0412 wx``,
  ``…这个是薇信``), in :mod:`._handles`.
- **E-mail**: ``name@domain.tld``, or written out (spaces, ``(at)``, 艾特,
  ``#``, 点, ``dot``) when it ends in a known top-level domain.
- **Licence plates**: a province abbreviation, a letter, 5-6 letters or
  digits (at least 3 digits).
- **Addresses**: in :mod:`._address` (a chain of places down to a house-level
  part, or to a village or an estate below a town).

Near-miss guards shared by the number kinds: a label of an order-like number
right before (订单号, 运单号, 会员号, SN ...; in a labelled or letter-led
run such as ``运单号 JT82 1634 0307 921`` no window of it either), ``第`` or a currency sign
right before, a count or money unit right after (without a phone word
before), letters glued before (tracking numbers such as ``SF...``) other than
a contact abbreviation (``tel``, ``wx``, ``qq`` ...).
"""

from __future__ import annotations

import re
from datetime import date

from stdnum import luhn as _luhn
from stdnum.cn import ric as _ric

from ._address import OCR_DIGIT, addresses  # noqa: F401  (one finder table for mask.py)

Find = tuple[str, int, int]

# --------------------------------------------------------------------------
# Folding (one character to one)
# --------------------------------------------------------------------------

#: Full-width ASCII (``１３８``, ``＠``, ``（``) and the ideographic space as
#: in ``toolkit.text`` (NFKC would give the same), plus dashes (‐ ‑ ‒ – — ―
#: −), middle dots and the ideographic full stop typed between digit groups
#: (``139。8370。5893``), each mapped to one ASCII character so spans stay valid.
FOLD: dict[int, int] = (
    {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20, 0x00A0: 0x20, 0x2005: 0x20, 0xFE0F: 0x20, 0x20E3: 0x20}
    | dict.fromkeys((0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63), ord("-"))
    | dict.fromkeys((0x00B7, 0x30FB, 0x2022, 0x3002), ord("."))
)

# --------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------

#: First two digits of mainland, Hong Kong / Macao / Taiwan resident ID numbers.
_PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83".split()
)


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def id_valid(s: str) -> bool:
    """18 characters (check digit by ``stdnum.cn.ric``) or the old 15-digit form; no separators."""
    s = s.upper()
    if len(s) == 18:
        if not (s[:17].isdigit() and (s[17].isdigit() or s[17] == "X")):
            return False
        y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
        if not (s[:2] in _PROVINCE_CODES and 1900 <= y <= 2100 and _valid_date(y, m, d)):
            return False
        return _ric.calc_check_digit(s) == s[17]
    if len(s) == 15 and s.isdigit():
        y, m, d = 1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])
        return s[:2] in _PROVINCE_CODES and _valid_date(y, m, d)
    return False


def luhn_valid(s: str) -> bool:
    """Digits only, Luhn check by ``stdnum.luhn``."""
    return s.isdigit() and _luhn.is_valid(s)


def _card_prefix_ok(s: str, cued: bool) -> bool:
    """Card-network prefix and length.

    After a card word (卡号, 银行卡, 账号, 退到 ...) any 15-19 digits from 2-6
    or 9: Chinese banks issue 19-digit debit cards on Visa (436742),
    Mastercard and JCB prefixes too. Without one, only what most cards issued
    in China look like: the 6 series (UnionPay 62, Bank of China 60 ...)
    with 16-19 digits and domestic 95 debit cards with 19; a bare number from
    4, 5 or 3 passing Luhn is as often an order number.
    """
    n = len(s)
    if cued:
        return 15 <= n <= 19 and s[0] in "234569"
    if s[0] == "6":
        return 16 <= n <= 19
    return n == 19 and s.startswith("95")


# --------------------------------------------------------------------------
# Context guards
# --------------------------------------------------------------------------

#: Labels after which a number is an order, tracking, membership or device
#: id, never personal data.
_ORDER_LABEL = re.compile(
    r"(?:订单|单号|运单|快递|物流|工单|编号|訂單|單號|運單|快遞|編號|流水号|交易号|交易单|批次号|批号|序列号|券码|兑换码|验证码|取件码|提货码|"
    r"激活码|授权码|发票代码和号码|营业执照(?:号码|号)?|执照号|许可证号|注册号|(?<![a-z])(?:msgid|sn|s/n|imei|meid|sku)|货号|款号|型号|商品编码|商品码|条码|条形码|发票(?:代码)?|税号|"
    r"纳税人识别号|信用代码|合同号|保单号|会员号|会员卡号|会员编号|会员卡|会员账号|会员id|积分卡号|卡券|预约号|"
    r"退款单|售后单|服务单|申请单|支付单|商户单|账单号|凭证号|包裹号|车架号|(?<![a-z])vin|设备号|机器码|序号|编码|识别码|"
    r"(?<![a-z])uid|用户id|订单id|(?<![a-z])vip卡|(?<![a-z])vip|储值卡|积分卡|礼品卡|购物卡|加油卡|提货卡|会员|耳标|耳号|贵宾卡|"
    # a meter's or a utility account's number (``电表0657…``, ``水电燃气户号…``; not ``账户号``)
    r"表号|电表|水表|气表|燃气表|热表|(?<![账帐开客])户号|缴费号|"
    # a student's, an employee's or a candidate's number, a ticket's or a voucher's
    r"学号|工号|学籍号|准考证号|考生号|票号|券号|团购券|优惠券|代金券|兑换券|"
    # a group's or a live stream's number
    r"群号|群聊号|直播间号|直播间|房间id|核销码|提货卡号|邮编|邮政编码|"
    # a hospital's numbers for a patient, an e-receipt's
    r"就诊卡|诊疗卡|就诊号|门诊号|住院号|票据(?:代码|号码)?)"
    # (markdown round the number too: ``发票 `0543…` ``, ``**单号**: …``)
    r"(?:卡号|号|号码|码|编号|id)?[*`]{0,2}[ ]?(?:是|为)?[ ]?[:#=]?[ ]?[*`]{0,2}(?:no\.?[ ]?)?$",
    re.IGNORECASE,
)
#: Counts and amounts: ``第…次``, ``¥…``.
_BEFORE_AMOUNT = re.compile(r"(?:第|[¥$€£]|rmb|人民币|金额|价格|余额|合计|总计|共计|售价|单价|总价|费用|缴纳|应付|实付)[ ]?$",
                            re.IGNORECASE)
_AFTER_UNIT = re.compile(
    r"(?:次|元|块|圆|个|件|台|笔|张|箱|盒|瓶|袋|包|斤|公斤|千克|克|吨|米|公里|万|亿|倍|%|份|条|只|双|套|辆|"
    r"kg|km|ml|mah|gb|mb|tb)",
    re.IGNORECASE,
)
#: Words after which a number is someone's contact, whatever follows it.
_CONTACT_CUE = re.compile(
    r"(?:手机|电话|联系|号码|打|拨|致电|call|tel|phone|shouji|dianhua|haoma|微信|vx|wx|qq|加|找我|呼我|短信|回电|来电|备用)",
    re.IGNORECASE,
)
#: Letters that may touch a phone number: contact abbreviations, not the
#: prefixes of tracking numbers (SF, JT, YT ...) or product codes.
_LETTER_CUES = frozenset(
    "tel phone mobile mob cell call wx vx v wechat weixin qq q no num nr ph sj dh lx id hp whatsapp contact "
    "ji shouji dianhua haoma hm sfz shenfenzheng acct account card yhk yinhangka zuoji".split()
)
#: Words right before a mobile number.
_PHONE_CUE = re.compile(r"(?:手机|电话|号码|联系方式|打|拨|致电|回电|来电|call|tel|phone)[^0-9，。！？,.!?\n]{0,4}$", re.IGNORECASE)
_ID_CUE = re.compile(r"(?:身份证|身份|证件|证号|实名|id|ID|公民|sfz|SFZ|shenfenzheng)")
#: A card word right after the number: ``…这张信用卡``, ``…的卡``.
#: Or the bank's name: ``…1081招商银行``, ``… 农行``.
_CARD_AFTER = re.compile(r"[ \n]?[(（,，]?[ ]?(?:这张|那张|这个|这|的|是)?(?:(?:是|就是)我?的)?(?:信用卡|银行卡|储蓄卡|借记卡|工资卡|卡|开户行|开户银行|开户人|开户名|户名|预留(?:手机|电话)|这张|那张|扣(?:款|费|钱)?|[\u4e00-\u9fff]{0,6}银行|[农工建中交招]行|农商行|信用社|邮储)")
_CARD_CUE = re.compile(r"(?:(?:打|转)[ ]?$|卡号|银行卡|绑定|绑卡|这张|那张|转入|存入|打入|汇入|钱打|钱转|打钱到?|返现到?|yinhangka|储蓄卡|信用卡|借记卡|贷记卡|银联|卡|账号|帐号|账户|帐户|户号|开户|收款|打款|退到|退费|退款|退回|打到|转到|转账|转给|提现|汇到|汇款|发到|存到|还到|入账|到账|"
                       r"acct|account|card|yhk|"
                       # a bank's name just before (``邮储银行\n622，609，7084…``, ``中国银行 6217…``)
                       r"银行[ ]?[:：]?[ \n]?$|邮储[ ]?[:：]?[ \n]?$|[农工建中交招]行[ ]?[:：]?[ \n]?$|"
                       # a deposit or fee refunded to it (``退定金到4380…``)
                       r"(?:退|返|打|转)[\u4e00-\u9fff]{1,3}到[ ]?$)", re.IGNORECASE)


#: An account in a card's shape in payment details (``开户行：招商银行…支行\n账号：1202…``, ``开户行工行…支行 1001…``):
#: 15-19 digits passing Luhn after the account's word, in a message naming the bank or its branch, whatever the
#: first digit (ICBC's accounts start with 1 or 0, which no card prefix allows).
#: (Writers disagree on a company's account: blind23, 32 and 45 keep it, blind55 masks it; theirs fail Luhn or
#: are longer than a card, blind55's pass: the card's check decides.)
_BANK_ACCOUNT = re.compile(
    r"(?:(?:对公|银行|公司|基本户)?(?:账号|帐号|账户|帐户)(?:号码?)?|(?<=[\u4e00-\u9fff])(?:支行|分行|营业部|分理处))"
    r"[ ]?[:：]?[ ]?((?<![0-9])[0-9](?:[ ]?[0-9]){14,18})(?![0-9])"
)
_BANK_NAMED = re.compile("开户行|开户银行|开户名|户名|支行|分行|营业部|分理处")


def bank_accounts(t: str) -> list[Find]:
    """Accounts in a card's shape after the account's word, the bank named in the message."""
    if not _BANK_NAMED.search(t):
        return []
    return [("bank_card", *m.span(1)) for m in _BANK_ACCOUNT.finditer(t) if luhn_valid(m.group(1).replace(" ", ""))]


#: An invoice's code and then its number (``发票代码16943721 号码69436404``): the number is the invoice's.
_INVOICE_PAIR = re.compile(r"发票代码[ ]?:?[ ]?[0-9]{8,20}[ ,;]*(?:发票)?号码[ ]?:?[ ]?$")
#: A card's label before another value and the card (``身份证号和银行卡号：…，…``).
_CARD_LABEL_BEFORE = re.compile("(?:银行卡|卡号)[^0-9\n]{0,6}[:：]")
_DIGIT_AFTER = re.compile(r"[ -]?[0-9]")
#: An invoice named before its number, no phone word between (``发票抬头开个人，金额¥9,000，号码85153727``).
_INVOICE_BEFORE = re.compile(r"发票(?:(?!电话|手机|座机|联系)[^\n])*$")
#: An invoice named by its number (``发票025586806676作废重开``).
_INVOICE_NUMBERED = re.compile(r"发票(?:代码|号码|号)?[ ]?[:：]?[ ]?[0-9]{8,20}")
#: A document's word right after the number (``074065088235这张发票``): the document's number.
_DOCUMENT_AFTER = re.compile(r"[ ]?(?:这张|这个|那张|的)?(?:发票|订单|运单|快递单|工单|保单|账单)")


def _after_label(t: str, start: int) -> bool:
    before = t[max(0, start - 40) : start]
    return (_ORDER_LABEL.search(before[-12:]) is not None
            or ("发票" in before and _INVOICE_PAIR.search(before) is not None))


_CODE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,4}) $")


def _letters_ok(t: str, start: int) -> bool:
    """No letter glued before ``start``, or only a contact abbreviation; no
    carrier code a space before (``SF 0379 7854 7635`` is a tracking number)."""
    if start == 0:
        return True
    c = t[start - 1]
    if c == " ":
        code = _CODE_BEFORE.search(t, max(0, start - 6), start)
        return code is None or code.group(1).lower() in _LETTER_CUES
    if c == "_":
        return False
    if not ("A" <= c <= "Z" or "a" <= c <= "z"):
        return True
    a = start - 1
    while a > 0 and ("A" <= t[a - 1] <= "Z" or "a" <= t[a - 1] <= "z"):
        a -= 1
    word = t[a:start].lower()
    return word in _LETTER_CUES or (len(word) <= 8 and any(word.endswith(w) for w in _LETTER_CUES if len(w) >= 3))


def _is_amount_or_count(t: str, start: int, end: int) -> bool:
    """``第…次``, ``¥…``, or a unit right after without a phone word before."""
    if _BEFORE_AMOUNT.search(t[max(0, start - 4) : start]):
        return True
    if _AFTER_UNIT.match(t, end):
        return _CONTACT_CUE.search(t[max(0, start - 10) : start]) is None
    return False


# --------------------------------------------------------------------------
# Digit runs: mobile, ID card, bank card
# --------------------------------------------------------------------------

#: Between digit groups: spaces, or one of ``- -- . / | 丨 _ , ……`` padded with
#: spaces (a comma only between single digits: ``1,3,8,...``; see digit_runs).
#: An emoji typed between groups of digits (``150🈳1383🈳5605``).
_EMOJI_SEP = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
#: A line break (a value wrapped or pasted over two lines) and 、 (a card read out in groups) too; an emoji only
#: glued between digits: ``…Kiki6282  ☎135 4766 1826`` holds two values.
_SEP = r"(?:[ ]{0,2}(?:--?|……|[./|丨_,、\n])[ ]{0,2}|[" + _EMOJI_SEP + r"]|[ ]{1,2})"
#: Five digits, perhaps spaced: every number kind but the plate has at least as many.
LONG_NUMBER = re.compile(r"[0-9](?:[ ]{0,2}(?:--?|……|[./|丨_,、\n" + _EMOJI_SEP + r"])?[ ]{0,2}[0-9]){4}")
_RUN = re.compile(r"[0-9](?:" + _SEP + r"?[0-9])*(?:[Xx](?![A-Za-z]))?")
_GROUP = re.compile(r"[0-9]+[Xx]?")
#: Prefixes written before a mobile number: +86, 0086, 86-, (+86).
_MOBILE_PREFIX = re.compile(r"(?:\((?:\+|00)?[ ]?86\)|(?:\+|00)[ ]?86|(?<![0-9])86)" + _SEP + "?$")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")


def _comma_groups(lens: list[int]) -> bool:
    """Comma-separated groups of a phone number, not a thousands grouping: 2-4 groups of 3-4 digits, some
    group after the first not of 3."""
    return 2 <= len(lens) <= 4 and min(lens) >= 3 and max(lens) <= 4 and any(n != 3 for n in lens[1:])


def _mobile_shape(lens: list[int], seps: str) -> bool:
    """Groups a person would type: one digit at a time, or at most 5 groups of
    2+ digits (the leading ``1`` may stand alone: ``1 31 2602 4472``); not
    four or more dotted groups of at most 3 (an IP address or a version
    number: ``172.16.254.133``); commas between single digits, or between
    2-4 groups of 3-4 digits that are not thousands (``1568,7540,971``,
    ``199,5467,8506``; ``13,800,138,000`` is an amount)."""
    if all(n == 1 for n in lens):
        return True
    if "," in seps:
        return _comma_groups(lens)
    if len(lens) >= 4 and max(lens) <= 3 and "." in seps:
        return False
    if lens[0] == 1 and len(lens) > 2 and len(set(re.findall(r"[^0-9Xx]+", seps))) > 1:
        return False  # (a lone 1 before groups in other separators ends a room number: ``16-1-404 175-0046-7114``)
    return len(lens) <= 5 and min(lens[1:] if lens[0] == 1 and len(lens) > 2 else lens) >= 2


def _whole_mobile(groups: list[tuple[int, int, str]], t: str) -> bool:
    """The groups spell exactly one mobile number, typed as people do."""
    digits = "".join(g[2] for g in groups)
    lens = [len(g[2]) for g in groups]
    return _MOBILE.fullmatch(digits) is not None and _mobile_shape(lens, t[groups[0][1] : groups[-1][0]])


_COUNTRY_DOT = re.compile(r"(?:\+|00)?86\.$")


def _decimals(t: str, a: int) -> bool:
    """Digits at ``a`` are the decimals of a number (``经纬度33.1322,121.5590``), not after a country code (``+86.157…``)."""
    return a >= 2 and t[a - 1] == "." and t[a - 2].isdigit() and _COUNTRY_DOT.search(t, max(0, a - 6), a) is None


#: ``会员是…``: the member's account is a mobile (``会员号13800138000`` stays a membership number, as the issue asks).
_ORDER_WORDS = re.compile("单|订|物流|快递|发货|到货|包裹")
_MEMBER_LABEL = re.compile(r"会员(?:账号)?(?:就是|是)[ ]?$")


#: A plate's province and letters glued before a run of digits (``冀CY3672 …``).
#: First characters of licence plates (also read by the QQ finder: a plate ``闽Q 77374`` is no QQ number).
#: (黔 too: Guizhou's plates start with 贵, but people write its other short name, 黔, and a plate so written is
#: still someone's car)
_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵黔粤青藏川宁琼"
_PLATE_BEFORE = re.compile("[" + _PLATE_PROVINCES + "][ ]?[A-Za-z][·.]?[A-Za-z0-9]{0,4}$")


def _mobile_islands(groups: list[tuple[int, int, str]], t: str, plate_led: bool = False) -> dict[int, int]:
    """Mobiles written apart from the groups around them: first group -> last group.

    An 11-digit group alone, or groups in one separator that differs from the separators before and after
    them (``鄂E80074 139-0454-8998 1501…``, ``…3单元1601 185，8618，9342``, a mobile on its own line between an ID
    and a card); or next to a value of its own (a plate's digits first, an ID or a card of 15 digits or more:
    ``冀CY3672 188 6856 7145 652801198312175627``)."""
    out: dict[int, int] = {}
    last = len(groups) - 1
    for k in range(len(groups)):
        if len(groups[k][2]) == 11 and _MOBILE.fullmatch(groups[k][2]):
            out[k] = k
            continue
        for m in range(k + 1, min(k + 5, last + 1)):
            inner = {t[groups[x][1] : groups[x + 1][0]] for x in range(k, m)}
            if len(inner) != 1 or not _whole_mobile(groups[k : m + 1], t):
                continue
            sep = next(iter(inner))
            if ((k == 0 or t[groups[k - 1][1] : groups[k][0]] != sep or (k == 1 and plate_led) or len(groups[k - 1][2]) >= 15)
                    and (m == last or t[groups[m][1] : groups[m + 1][0]] != sep or len(groups[m + 1][2]) >= 15)):
                out[k] = m
            break
    return out


def _crosses(islands: dict[int, int], i: int, j: int) -> bool:
    """The window of groups ``i..j`` overlaps a mobile island without being it."""
    return any(k <= j and i <= m for k, m in islands.items())


def digit_runs(t: str, want: frozenset[str]) -> list[Find]:
    found: list[Find] = []
    for run in _RUN.finditer(t):
        r0, r1 = run.span()
        if r1 - r0 < 11:
            # Too short for any kind here (an 11-digit mobile is the shortest).
            continue
        groups = [(m.start() + r0, m.end() + r0, m.group()) for m in _GROUP.finditer(run.group())]
        if len(groups) > 1 and len(groups[-1][2]) <= 3 and t[groups[-2][1] : groups[-1][0]] in (" ", "  ", ",", ", ") and (
                _AFTER_UNIT.match(t, groups[-1][1]) or t.startswith(("人", "位", "桌", "间", "晚"), groups[-1][1])):
            groups.pop()  # a count after the number, a space or comma before it (``…132 8553 0243 2人``, ``…，293株``)
        n_total = sum(len(g[2]) for g in groups)
        if n_total < 11:
            continue
        lead_ok = _letters_ok(t, r0)
        # (a member's account that is a mobile is the member's mobile: ``我妈的会员是18945730971``)
        labelled = _after_label(t, r0) and not (
            _MEMBER_LABEL.search(t, max(0, r0 - 10), r0) is not None and _MOBILE.fullmatch("".join(g[2] for g in groups)) is not None)
        # Groups from which the rest of the run is exactly one mobile number
        # (``…17栋1705 130 1782 7735``: the room number glued before it must
        # not lend the mobile its first digits).
        # (a mobile has 11 digits, so only the last 11 groups can start one: no quadratic work on long runs)
        # (in one separator: ``159-1725-7322,923`` holds no mobile 1725-7322,923)
        tail_mobile = {k for k in range(max(1, len(groups) - 11), len(groups))
                       if _whole_mobile(groups[k:], t) and len({t[groups[x][1] : groups[x + 1][0]] for x in range(k, len(groups) - 1)}) <= 1}
        islands = _mobile_islands(groups, t, _PLATE_BEFORE.search(t, max(0, r0 - 8), r0) is not None) if len(groups) > 1 else {}
        lead_digits = 0
        for i in range(len(groups)):
            if i:
                lead_digits += len(groups[i - 1][2])
            # In a labelled or letter-led run (``运单号 JT82 1634 0307 921``), a
            # window further on only after a whole number of its own.
            if labelled and i and all(len(g[2]) == 4 for g in groups[:-1]):
                continue  # ``礼品卡号8847 5751 1961 1085 663``: one labelled number in groups of four, no window of it
            if (labelled or not lead_ok) and lead_digits < 6 and not (i and i in islands and not labelled):
                # Unless a list goes on to a value of its own (``苏K·25Y03，18615949036``, ``沪C·B6020 19101513084``).
                sep_before = t[groups[i - 1][1] : groups[i][0]] if i else ""
                if not (i and ("," in sep_before or "、" in sep_before or (not labelled and "\n" in sep_before)
                               or (not labelled and i == len(groups) - 1 and len(groups[i][2]) == 11)
                               # (a mobile written with other separators than the one before it: ``豫H 2P941  152-3288-4428``)
                               or (not labelled and i in tail_mobile and i + 1 < len(groups) and all(
                                   t[groups[k][1] : groups[k + 1][0]] != sep_before for k in range(i, len(groups) - 1))))):
                    continue
            digits = ""
            lens: list[int] = []
            for j in range(i, len(groups)):
                g = groups[j]
                digits += g[2]
                lens.append(len(g[2]))
                n = len(digits)
                if n > 19:
                    break
                if islands and islands.get(i) != j and _crosses(islands, i, j):
                    continue  # (a window across a mobile written apart from its neighbours is no value)
                a, b = groups[i][0], g[1]
                tail_x = digits[-1] in "Xx"
                seps = t[groups[i][1] : b]
                asr_mobile = False
                if "," in seps or "、" in seps:
                    # Commas only inside a mobile number (between single digits or non-thousands groups), or
                    # a card read out in groups of four after a card word (``转到6222、6231、1839、7968、513``).
                    # (or in groups of three to seven, as a recogniser cuts them: ``622155，947837，6960``)
                    card_read = ("bank_card" in want and n >= 15 and all(3 <= x <= 7 for x in lens[:-1])
                                 and (_CARD_CUE.search(t[max(0, a - 10) : a]) is not None or _CARD_AFTER.match(t, b) is not None))
                    # An ID read out in groups (``360102，196，6011727，46``) passes its check digit.
                    id_read = "id_card" in want and n == 18 and id_valid(digits)
                    # A mobile a recogniser broke with its own punctuation, after a phone word (``打电话13，280830720``).
                    asr_mobile = ("mobile" in want and n == 11 and len(lens) <= 3 and _MOBILE.fullmatch(digits) is not None
                                  and _PHONE_CUE.search(t, max(0, a - 8), a) is not None)
                    if not (card_read or id_read or asr_mobile
                            or ("mobile" in want and n == 11 and (max(lens) == 1 or _comma_groups(lens)))):
                        continue
                # ID card
                if "id_card" in want and n in (15, 18) and len(lens) <= 6 and not (
                        # (an old ID of fifteen is no tail of a number printed as it goes on: ``卡号6230 5261 3470 0719 577``)
                        n == 15 and i and j > i and t[groups[i - 1][1] : groups[i][0]] == t[groups[i][1] : groups[i + 1][0]]):
                    if n == 18 or _ID_CUE.search(t[max(0, a - 15) : a]) or _ID_CUE.search(t[b : b + 12]):
                        if id_valid(digits):
                            found.append(("id_card", a, b))
                            continue
                if tail_x:
                    # Not an ID: the ``x`` is a letter after the number (``13800138000x``).
                    if len(g[2]) == 1:
                        continue
                    num, b, lens_ = digits[:-1], b - 1, lens[:-1] + [lens[-1] - 1]
                    n -= 1
                else:
                    num, lens_ = digits, lens
                # Bank card
                if "bank_card" in want and 15 <= n <= 19 and len(lens_) <= 6 and not (
                        # (not from inside a number printed in fours: ``6217 9990 8434 7979 889`` fails Luhn, its tail
                        # of fifteen digits is no card)
                        i and len(groups[i - 1][2]) == 4 and len(groups[i][2]) == 4 and t[groups[i - 1][1] : groups[i][0]] == " "
                        # (unless an ID ends there: ``420111 19600118 7226 6222 0288 5570 0149 288``)
                        and not any(f[0] == "id_card" and f[2] == groups[i - 1][1] for f in found[-3:])):
                    if (j > i and j + 1 < len(groups) and len(groups[j + 1][2]) <= 3
                            and t[b : groups[j + 1][0]] == t[groups[j - 1][1] : g[0]] and j + 1 not in tail_mobile):
                        continue  # ``6246 0712 8390 7352 23``: the run goes on as it went, one number longer than a card
                    cued = (_CARD_CUE.search(t[max(0, a - 14) : a]) is not None or _CARD_AFTER.match(t, b) is not None
                            # the second of two values after two labels (``身份证号和银行卡号：3415…，4895…``)
                            or (any(f[0] in ("id_card", "mobile") and a - 2 <= f[2] < a for f in found[-3:])
                                and _CARD_LABEL_BEFORE.search(t, max(0, a - 40), a) is not None)
                            # a line of its own in a list of cards (``卡号我整理好了：\n6236 …\n5187105332095638\n…``)
                            or (t[b : b + 1] in ("\n", "") and t[a - 1 : a] == "\n" and any(f[0] == "bank_card" and f[1] >= r0 for f in found[-3:])
                                or (i and t[groups[i - 1][1] : a] == "\n" and j + 1 < len(groups) and t[b : groups[j + 1][0]] == "\n"
                                    and _CARD_CUE.search(t, max(0, r0 - 14), r0) is not None))
                            # written in groups of four as a card is printed (``5218 9981 7999 6329``), in a message
                            # that speaks of no order (``@客服 2725 9224 7804 8288 这单退款到哪了`` is an order number)
                            or (len(lens_) >= 4 and all(x == 4 for x in lens_[:4]) and (" " in t[a:b] or "-" in t[a:b])
                                and _ORDER_WORDS.search(t) is None))
                    if min(lens_[:-1], default=4) < 3 and not cued:
                        continue
                    if _card_prefix_ok(num, cued) and luhn_valid(num):
                        found.append(("bank_card", a, b))
                        continue
                # Mobile
                if "mobile" in want and n in (11, 12, 13, 15):
                    core, shape = num, lens_
                    # ``+86`` glued to the number: ``8613812345678``, ``+86138 1234 5678``.
                    if n == 13 and num.startswith("86") and (len(lens_) == 1 or lens_[0] > 2):
                        core, shape = num[2:], [lens_[0] - 2] + lens_[1:]
                    elif n == 15 and num.startswith("0086") and (len(lens_) == 1 or lens_[0] > 4):
                        core, shape = num[4:], [lens_[0] - 4] + lens_[1:]
                    elif n == 12 and num.startswith("0") and len(lens_) == 1:
                        core = num[1:]
                    shape_ok = asr_mobile or _mobile_shape(shape, t[groups[i][1] : b]) or (
                        len(shape) <= 6 and "," not in t[groups[i][1] : b] and _CONTACT_CUE.search(t, max(0, a - 10), a) is not None)
                    if len(core) == 11 and _MOBILE.fullmatch(core) and shape_ok:
                        if _is_amount_or_count(t, a, b) or _decimals(t, a):
                            continue
                        if j + 1 < len(groups) and any(i < k <= j for k in tail_mobile):
                            continue
                        pre = _MOBILE_PREFIX.search(t, max(0, a - 8), a)
                        if pre is None and n == 11 and lens_[0] == 1 and _FOREIGN_CODE.search(t, max(0, a - 2), a):
                            continue  # (+1, then a number of another country: ``+1-626-504-6714``, a shop's abroad)
                        s0 = pre.start() if pre else a
                        if s0 and t[s0 - 1] == "+":
                            s0 -= 1
                        found.append(("mobile", s0, b))
    return found


#: The first three digits in brackets: ``(139)6371-5212``.
_PAREN_MOBILE = re.compile(r"(?<![0-9A-Za-z])\(1[3-9][0-9]\)[ ]?[0-9]{4}[ ]?[-.]?[ ]?[0-9]{4}(?![0-9])")


def paren_mobiles(t: str) -> list[Find]:
    return [("mobile", m.start(), m.end()) for m in _PAREN_MOBILE.finditer(t) if not _after_label(t, m.start())]


# Mobile numbers in Chinese numerals (幺三八…), with at least three numerals.
_NUMERAL = "〇零一二三四五六七八九幺两洞拐勾壹贰叁肆伍陆柒捌玖"
_NUMERAL_DIGIT = str.maketrans(_NUMERAL, "0012345678912079123456789")
_NUMERAL_SET = frozenset(_NUMERAL)
_NUMERAL_MOBILE = re.compile(
    r"(?<![0-9" + _NUMERAL + r"])[1一幺壹](?:[ ]?[0-9" + _NUMERAL + r"]){10}"
    # A numeral after it may begin a word (``…三九一直关机``).
    r"(?!(?!一[直下定般样起共]|两[个天次])[0-9" + _NUMERAL + r"])"
)


#: Three or more numerals right beside a digit (a space between at most), or a run of seven or more
#: numerals and digits mixed or alone (a number dictated by voice: ``6二2609幺六5八…``, ``四三零一零四…``).
_MIXED_NUMERALS = re.compile(
    # (a recogniser's commas or full stops between groups of three or more: ``三四零一零四，一九四零…``)
    r"[0-9" + _NUMERAL + r"](?:(?:[ ]?|[,.、][ ]?(?=[0-9" + _NUMERAL + r"]{3}))[0-9" + _NUMERAL + r"]){6,}"
    r"|(?<=[0-9])[ ]?[" + _NUMERAL + r"]{3,}|[" + _NUMERAL + r"]{3,}(?=[ ]?[0-9])"
)


#: 要 (yào) for 幺 (yāo) and 是 (shì) for 四 (sì) between numerals; 要 also right before or after exactly ten.
_HOMOPHONE = re.compile(
    r"(?<=[" + _NUMERAL + r"])[要是](?=[" + _NUMERAL + r"])"
    r"|(?<![" + _NUMERAL + r"])要(?=[" + _NUMERAL + r"要是]{10}(?![" + _NUMERAL + r"要是]))"
    r"|(?<=[" + _NUMERAL + r"]{10})要(?![" + _NUMERAL + r"])"  # (not 是 there: ``…三零七是座机`` is the verb)
)
#: Letters OCR reads for digits (``430l04 19871oZ8``, ``369Bl008``), inside a run that is mostly digits.
_OCR_RUN = re.compile(r"(?<![A-Za-z0-9_@.])[0-9OoIlZzSB](?:[ -]?[0-9OoIlZzSB]){6,22}[Xx]?(?![A-Za-z0-9_@])")


def ocr_digits(t: str) -> str:
    """``t`` with letters an OCR mistook for digits turned back, one character for one, in runs of seven or
    more that hold at least six digits and at most three such letters (``SB`` alone stays a word).

    Examples
    --------
    >>> ocr_digits("座机 (0451) 369Bl008，型号 M2012K11AC")
    '座机 (0451) 36981008，型号 M2012K11AC'
    """
    def fix(m: re.Match[str]) -> str:
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        letters = sum(c in "OoIlZzSB" for c in run)
        return run.translate(OCR_DIGIT) if digits >= 6 and 1 <= letters <= 3 else run

    return _OCR_RUN.sub(fix, t) if any(c in "OoIlZzSB" for c in t) else t


#: Last characters of the words that name a value (号码, 卡, 是, 证号 …): a numeral after them is its first digit.
_VALUE_CUE_END = frozenset("号码卡是为到机话证")


def mixed_numerals(t: str) -> str:
    """``t`` with the numerals typed among digits turned into digits, one character for one (spans stay valid).

    Only runs of three or more numerals next to a digit, or of seven or more numerals and digits:
    ``三单元1801`` and ``一二〇六房`` are left alone.

    Examples
    --------
    >>> mixed_numerals("卡号6222 6202 6841 6822 八六幺，三单元1801")
    '卡号6222 6202 6841 6822 861，三单元1801'
    """
    if not any(c in _NUMERAL_SET for c in t):
        return t
    if "要" in t or "是" in t:
        # What a recogniser writes for 幺 and 四 inside a dictated number (``一三要二零零三二七零六``, ``幺七八是四四七…``;
        # 要 first before ten numerals: ``要五六零七四幺四六零五``): the numeral, one character for one.
        t = _HOMOPHONE.sub(lambda m: "幺" if m.group() == "要" else "四", t)

    def fix(m: re.Match[str]) -> str:
        a, b = m.span()
        # A numeral at either end that starts or ends a word is no digit (``…5912一直占线``, ``第一138…``).
        if b - a > 1 and t[b - 1] in _NUMERAL_SET and t[b - 2].isdigit() and b < len(t) and "\u4e00" <= t[b] <= "\u9fff":
            b -= 1
        if (b - a > 1 and t[a] in _NUMERAL_SET and t[a + 1].isdigit() and a > 0 and "\u4e00" <= t[a - 1] <= "\u9fff"
                and t[a - 1] not in _VALUE_CUE_END):
            a += 1
        return t[m.start() : a] + t[a:b].translate(_NUMERAL_DIGIT) + t[b : m.end()]

    return _MIXED_NUMERALS.sub(fix, t)


def numeral_mobiles(t: str) -> list[Find]:
    out = []
    for m in _NUMERAL_MOBILE.finditer(t):
        s = m.group().replace(" ", "")
        if sum(c in _NUMERAL for c in s) >= 3 and _MOBILE.fullmatch(s.translate(_NUMERAL_DIGIT)):
            out.append(("mobile", m.start(), m.end()))
    return out


# A mobile given in pieces with words between (``167-8408后面0882``, ``198的38004675``, ``195 4277 最后是5504``,
# ``1834021，尾号2706``, ``196，中间8835，后四位9291``): the pieces make eleven digits of a mobile.
_PIECE_JOIN = (r"[ ]?,?[ ]?(?:后面是?|后边是?|再加|最后是?|最后四位是?|后四位是?|尾号是?|然后是?|接着是?|中间是?|的)"
               r"[ ]?[,:]?[ ]?")
_PIECED_MOBILE = re.compile(
    r"(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]){0,5}(?:" + _PIECE_JOIN + r"[0-9](?:[ -]?[0-9]){1,7}){1,2}(?![0-9])"
)


def pieced_mobiles(t: str) -> list[Find]:
    out = []
    for m in _PIECED_MOBILE.finditer(t):
        digits = "".join(c for c in m.group() if c.isdigit())
        if _MOBILE.fullmatch(digits) and not _after_label(t, m.start()) and not _is_amount_or_count(t, *m.span()):
            out.append(("mobile", m.start(), m.end()))
    return out


# The letter O typed for a zero inside a mobile number (``193891357O7``).
_O_MOBILE = re.compile(r"(?<![0-9A-Za-z])[1Il][3-9Oo][0-9OoIl]{9}(?![0-9A-Za-z])")
_O_DIGIT = str.maketrans("OoIl", "0011")


def letter_o_mobiles(t: str) -> list[Find]:
    out = []
    for m in _O_MOBILE.finditer(t):
        s = m.group()
        if any(c in "OoIl" for c in s) and sum(c.isdigit() for c in s) >= 8 and _MOBILE.fullmatch(s.translate(_O_DIGIT)):
            if not _after_label(t, m.start()):
                out.append(("mobile", m.start(), m.end()))
    return out


# A landline in numerals after a phone word (``座机是零四五一八四六五五九七一``, ``打〇二九 八零零四五四七七``).
_NUMERAL_LANDLINE = re.compile(
    r"(?:电话|座机|坐机|固话|宅电|回电|办公室|打|拨|tel|phone)[^0-9" + _NUMERAL + r"，。！？,.!?\n]{0,10}?"
    r"([0〇零洞](?:[ ,-]?[0-9" + _NUMERAL + r"]){9,11})(?![0-9" + _NUMERAL + r"])",
    re.IGNORECASE,
)


def numeral_landlines(t: str) -> list[Find]:
    out = []
    for m in _NUMERAL_LANDLINE.finditer(t):
        raw = m.group(1)
        digits = "".join(c for c in raw if c not in " ,-").translate(_NUMERAL_DIGIT)
        if sum(c in _NUMERAL for c in raw) >= 3 and _LANDLINE.fullmatch(digits):
            out.append(("landline", *m.span(1)))
    return out


# --------------------------------------------------------------------------
# Landlines
# --------------------------------------------------------------------------

_AREA = r"0(?:10|2[0-9]|[3-9][0-9]{2})"
_AREA_NO0 = r"(?:10|2[0-9]|[3-9][0-9]{2})"
_LSEP = r"(?:[ ]{0,2}(?:--?|[./])?[ ]{0,2}\n[ ]{0,2}|[ ]{0,2}(?:--?|[./])[ ]{0,2}|[ ]{1,2})"
_LOCAL = r"(?:[2-9][0-9]{2,3}" + _LSEP + r"?[0-9]{4}|[2-9][0-9]{3}" + _LSEP + r"[0-9]{3})"
_EXT = (
    r"(?:[ ]{0,2}(?:[,;]?[ ]?分机|转|-|ext\.?|EXT\.?|Ext\.?|x|X|#)[ ]{0,2}(?:分机)?(?:号)?[ ]?[:]?[0-9]{1,5}(?![0-9]))?"
)
_LANDLINE = re.compile(
    r"(?<![0-9])(?<![0-9][-.])"
    r"(?:(?:(?:\+|00)[ ]?86[ ]?-?[ ]?|\((?:\+|00)?[ ]?86\)[ ]?-?[ ]?|(?<![0-9A-Za-z])86[ ]?-[ ]?)"
    r"(?:\(0?" + _AREA_NO0 + r"\)|0?" + _AREA_NO0 + r")"
    r"|[(\[]" + _AREA + r"[)\]]|" + _AREA + r")"
    + _LSEP + r"?" + _LOCAL + _EXT + r"(?![0-9])"
)
# A local number after a phone word, a few words on in the same clause
# (``座机是``, ``电话留的是家里的``).
_LOCAL_CUED = re.compile(
    r"(?:电话|座机|坐机|固话|宅电|总机|前台|办公室|值班室|传真|tel|phone|fax|dianhua|zuoji|打(?!错)|拨|致电|回电|号码|📞|☎|联系[:：]|联系方式[:：]?|备用|(?<![A-Za-z])T(?=[ ]?:)|"
    # a service desk's number right after its name (``联系物业客服6862-3399``)
    r"客服(?=[ ]?:?[ ]?[2-9][0-9]{2,3}[ -]?[0-9]{4}(?![0-9]))|"
    # or right after another number (``打我电话13020520094或者2060692``)
    r"(?<=[0-9])(?:或者|或是|或|备用|/)|(?<=[0-9] )/|"
    # or after another number and its label in brackets (``15826043352（白天）68605586（晚上）``)
    r"(?<=[0-9]{4})[（(](?:白天|晚上|夜里|夜间|上班|下班|工作日|周末|家里|家|单位|公司|办公室|店里|手机|常用|不常用)[^）)0-9]{0,3}[）)]|"
    # or after the word for one's home (``手机15826043352 家里68605586``)
    # (the number right after it: ``家里wifi密码是53402728`` is no phone)
    r"家里(?:的)?(?=[ :：是]{0,2}[2-9]))[^0-9,.;!?，。；！？\n]{0,8}?"
    r"(" + r"(?<![0-9A-Za-z_])" + _LOCAL + _EXT + r")(?![0-9])",
    re.IGNORECASE,
)


# An invoice's address-and-phone line (开票信息 ``地址电话：…3208 65277428``): the local number after the address.
_LOCAL_AFTER_ADDRESS = re.compile(
    r"地址[、及和/&]?(?:联系)?电话[ ]?:?[ ]?[^\n:]{4,60}?[ ,]((?<![0-9])" + _LOCAL + _EXT + r")(?![0-9])"
)


# A local number with a landline word after it (``3683-2111是我家座机``).
_LOCAL_CUED_AFTER = re.compile(
    r"(?<![0-9A-Za-z_\-])(?<![0-9][ ])(" + _LOCAL + _EXT + r")(?![0-9])[^0-9,.;!?，。；！？\n]{0,8}?(?:座机|固话|宅电|家里电话|家庭电话|家的电话|家电话|办公电话|单位电话|总机|前台电话|"
    # ``…用22529386给您打电话确认``
    r"(?:给您|给你)(?:打电话|打过去|回电|来电)|"
    # ``68298687 这是我们店的电话``, ``85077690 是公司前台``, ``32527163 这是我爸办公室的``
    r"(?:这|这个)?是[^0-9,.;!?，。；！？\n]{0,8}?(?:电话|前台|总机|座机|办公室的|单位的|家里的))"
)


#: Groups of four digits split by single spaces: a card or order number
#: (``2426 0857 2077 2769``), whose middle is no area code.
_FOUR_GROUPS_BEFORE = re.compile(r"[0-9]{4} $")
_FOUR_GROUPS = re.compile(r"[0-9]{4}(?: [0-9]{4})+")
_GROUP_AFTER = re.compile(r" [0-9]{3,4}(?![0-9])")
_FOUR_FIRST = re.compile(r"[0-9]{4}(?: [0-9]{4})+ [0-9]{3}$")


#: Service numbers of 5-8 digits from 95 or 96 (``95588``, ``9510211``, ``95105888``): no local number starts so.
_SERVICE = re.compile(r"9[56][0-9]{3,6}")
_OTHER_ID_BEFORE = re.compile(r"(?:qq|QQ|Qq|扣扣|企鹅|微信|vx|VX|wx|WX)[ ]?$")


#: ``+`` right before a number that is not China's ``+86``: another country's number (``+1-626-…``, ``+852 2122…``).
_FOREIGN_CODE = re.compile(r"\+[ ]?$")


#: Mobiles of Hong Kong (5, 6, 8 or 9 and seven digits), Macau (6 and seven) and Taiwan (9 and eight, or 09… written
#: with dashes at home) after their codes; and numbers of the US and Canada after +1 with a word of one's own before
#: (``打我手机+1 929.397.6407``). A shop's or an office's desk abroad stays (``转运仓在义乌，+1-626-504-6714``,
#: ``+852 2122 …``): blind30's writer labels those near-misses, blind75's a family's numbers values.
_ABROAD_MOBILE = re.compile(
    r"(?<![0-9])(?:\(?(?:\+|00)[ ]?(?:852|853)\)?|\((?:852|853)\))[ \-]?[5689][0-9]{3}[ \-]?[0-9]{4}(?![0-9])"
    r"|(?<![0-9])(?:\(?(?:\+|00)[ ]?886\)?|\(886\))[ \-]?0?9[0-9]{2}[ \-]?[0-9]{3}[ \-]?[0-9]{3}(?![0-9])"
)
#: Taiwan's mobile written at home (``0912-345-678``), after a word of Taiwan or a phone.
_TW_LOCAL = re.compile(r"(?:台湾|臺灣|台北|高雄|台中|手机|電話|电话|收件人|寄件人|本人)[^0-9\n]{0,3}?(?<![0-9])(09[0-9]{2}-[0-9]{3}-[0-9]{3})(?![0-9])")
_NANP = re.compile(r"(?<![0-9])(?:\+|00[ \-]?)1[ \-]?\(?[2-9][0-9]{2}\)?[ \-.]?[2-9][0-9]{2}[ \-.][0-9]{4}(?![0-9])")
_ONES_OWN = re.compile("我|本人|手机|收件人|寄件人|联系人")
#: The codes written glued or without a plus after a word for the place or a phone (``香港85251072907``, ``电话852 9580 1819``).
_ABROAD_GLUED = re.compile(r"(?:香港|澳门|电话|手机|打我)[^0-9\n]{0,4}?(?<![0-9])(?:852|853)[ \-]?([5689][0-9]{3}[ \-]?[0-9]{4})(?![0-9])")


def abroad_mobiles(t: str) -> list[Find]:
    """Mobiles of Hong Kong, Macau, Taiwan and (after one's own word) North America, with their codes."""
    out: list[Find] = [("mobile", *m.span()) for m in _ABROAD_MOBILE.finditer(t)]
    out += [("mobile", *m.span(1)) for m in _TW_LOCAL.finditer(t)]
    for m in _ABROAD_GLUED.finditer(t):
        a = m.start(1)
        out.append(("mobile", a - 3 if t[a - 3 : a] in ("852", "853") else a - 4, m.end(1)))
    out += [("mobile", *m.span()) for m in _NANP.finditer(t) if _ONES_OWN.search(t, max(0, m.start() - 12), m.start())]
    return out


_ABROAD_CODE_START = re.compile(r"(?:852|853|886)[ \-)]")
#: Hong Kong's, Macau's and Taiwan's codes right before (``852-3433 0172``, ``(852) 3828 2802``): no area code of ours.
_NEAR_CODE_BEFORE = re.compile(r"(?:^|[^0-9])\(?(?:\+|00)?(?:852|853|886)\)?[ \-]?$")


def landlines(t: str) -> list[Find]:
    out: list[Find] = []
    invoice = _INVOICE_NUMBERED.search(t) if "发票" in t else None
    for m in _LANDLINE.finditer(t):
        if _FOREIGN_CODE.search(t, max(0, m.start() - 2), m.start()):
            continue
        if (_ABROAD_CODE_START.match(t, m.start()) and _NEAR_CODE_BEFORE.search(t, max(0, m.start() - 3), m.start() + 3)
                and (_DIGIT_AFTER.match(t, m.end()) or t[m.start() - 1 : m.start()] in "+(" or len(re.sub("[^0-9]", "", m.group())) >= 11)):
            continue  # (``+852 2122 …`` is Hong Kong's desk, not 0852-2122 read without its 0)
        if ((_FOUR_GROUPS.fullmatch(m.group()) or _FOUR_FIRST.match(m.group()))
                and _FOUR_GROUPS_BEFORE.search(t, max(0, m.start() - 5), m.start())):
            continue  # (a window of a card's groups of four: ``6216 6127 0706 7009 671``)
        if len(m.group()) == 12 and m.group().isdigit() and t.endswith("号码", 0, m.start()) and _INVOICE_BEFORE.search(t, max(0, m.start() - 30), m.start()):
            continue  # ``发票已开，号码056737647852``: the invoice's number
        if (invoice is not None and invoice.end() <= m.start() and len(m.group()) == 12 and m.group().isdigit()
                and _PHONE_CUE.search(t, max(0, m.start() - 8), m.start()) is None):
            continue  # ``发票025586806676作废重开，新的099144958228``: another invoice's twelve digits, no phone word
        if _letters_ok(t, m.start()) and not _after_label(t, m.start()) and not _DOCUMENT_AFTER.match(t, m.end()):
            out.append(("landline", m.start(), m.end()))
    after_address = _LOCAL_AFTER_ADDRESS.finditer(t) if "地址" in t else ()
    for m in [*_LOCAL_CUED.finditer(t), *_LOCAL_CUED_AFTER.finditer(t), *after_address]:
        if _ABROAD_CODE_START.match(t, m.start(1)) and (_DIGIT_AFTER.match(t, m.end(1)) or t[m.start(1) - 1 : m.start(1)] in "+("):
            continue  # ``电话852-3433 0172``: Hong Kong's code and a desk there, no local number of ours (``座机886-8033`` is)
        if _OTHER_ID_BEFORE.search(t, max(0, m.start() - 5), m.start()) or _OTHER_ID_BEFORE.search(t, max(0, m.start(1) - 5), m.start(1)):
            continue  # ``qq号码…``: the number a QQ or WeChat cue names, no desk phone
        # 400/800 hotlines and 95/96 service numbers (``95105888``) are no one's desk.
        service = t.startswith(("95", "96"), m.start(1)) and _SERVICE.fullmatch(m.group(1)) is not None
        if _FOUR_GROUPS.fullmatch(m.group(1)) and _GROUP_AFTER.match(t, m.end(1)):
            continue  # ``打5456 1969 0263 4884``: the start of a card's groups of four, no desk phone
        if "号码" in m.group() and _INVOICE_BEFORE.search(t, max(0, m.start() - 30), m.start()):
            continue  # ``发票我收到了，号码59245555``: the invoice's number
        # (a hotline has ten digits: ``8001 1990`` is a local number, Beijing's 8001…)
        hotline = t.startswith(("400", "800"), m.start(1)) and (
            sum(c.isdigit() for c in m.group(1)) >= 10 or _DIGIT_AFTER.match(t, m.end(1)) is not None)
        if not hotline and not service and not _after_label(t, m.start(1)):
            out.append(("landline", m.start(1), m.end(1)))
    return out


# --------------------------------------------------------------------------
# E-mail and licence plates
# --------------------------------------------------------------------------


_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-*])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"(?:[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,10}(?![A-Za-z])"
    # A Chinese domain (``@公司.中国``, ``@家居.商城``): the dot may be 。 (folded to ``.``).
    r"|[\u4e00-\u9fff]{1,12}(?:\.[\u4e00-\u9fff]{1,6})+(?![\u4e00-\u9fff]))"
)


#: Written out: spaces round ``@`` or the dots, ``(at)`` / ``[at]`` / `` at `` /
#: ``艾特`` / ``圈a`` / ``#`` for ``@``, ``点`` / ``dot`` for the dot; only
#: with a known top-level domain at the end.
_TLD = r"(?:com|c0m|cn|net|org|edu|gov|io|cc|co|me|info|biz|top|xyz|hk|tw|mo|jp|uk|us|de|sg)"
_AT_WORD = r"(?:[ ]?@[ ]?|[ ]?[(\[][ ]?(?:at|a)[ ]?[)\]][ ]?|[ ]at[ ]|[ ]?艾特[ ]?|[ ]?圈a[ ]?|#)"
_DOT_WORD = r"(?:[ ]?\.[ ]?|[ ]?点[ ]?|[ ]dot[ ]|[ ]?[(\[]dot[)\]][ ]?|,(?=" + _TLD + r"(?![A-Za-z])))"  # (a comma typed for the dot)
_EMAIL_LOOSE = re.compile(
    r"(?<![A-Za-z0-9._%+\-*])[A-Za-z0-9][A-Za-z0-9._%+\-]*" + _AT_WORD
    + r"[A-Za-z0-9][A-Za-z0-9\-]*(?:" + _DOT_WORD + r"[A-Za-z0-9\-]+)*?(?:" + _DOT_WORD + _TLD + r")+(?![A-Za-z])",
    re.IGNORECASE,
)
EMAIL_HINT = re.compile(r"@|艾特|圈a|[ (\[]at[ )\]]|[(\[]a[)\]]|#", re.IGNORECASE)


#: A known mail provider with its ending left out (``zhengkai94@163``, ``caowen_88@qq``).
_EMAIL_NO_TLD = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:163|126|qq|sina|foxmail|yeah|139|189|sohu|aliyun|hotmail|"
    r"gmail|outlook|icloud)(?![.A-Za-z0-9])",
    re.IGNORECASE,
)


#: A short-video share token (``6.99 l@w.Vf 02/18 复制打开抖音``): one character before and after ``@``, or a
#: top-level domain in mixed case, which no one types for an address.
_SHARE_TOKEN = re.compile(r"[A-Za-z0-9]@[A-Za-z0-9]\.[A-Za-z]{2}|.*\.(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])[A-Za-z]{2,10}$")


def emails(t: str) -> list[Find]:
    out = [("email", m.start(), m.end()) for m in _EMAIL.finditer(t) if not _SHARE_TOKEN.fullmatch(m.group())]
    out += [("email", m.start(), m.end()) for m in _EMAIL_NO_TLD.finditer(t)]
    if EMAIL_HINT.search(t):
        out += [("email", m.start(), m.end()) for m in _EMAIL_LOOSE.finditer(t)]
    return out


_PLATE = re.compile(
    # (a comma after the province too, as a voice recogniser puts one: ``桂，R85C74``)
    r"[" + _PLATE_PROVINCES + r"](?:[ ]?|,[ ]?)[A-HJ-NP-Za-hj-np-z](?:[ ]{1,2}|[.\-]|,[ ]?)?"
    # (I and O, which plates never hold, as an OCR reads 1 and 0: ``甘EAO365``)
    r"(?:([A-Za-z0-9](?:[ ]?[A-Za-z0-9]){4,5})[挂学警港澳领]?"
    r"|([A-HJ-NP-Za-hj-np-z0-9]{4})[学港澳挂警领])(?![A-Za-z0-9])"
    # Embassy plates: 使, the embassy's three digits, three more (``使102087``, ``使164·046``).
    r"|(?<![即假促致行迫驱大天])使[ ]?([0-9]{3}[ .]?[0-9]{3})(?![0-9])"
)


_PLATE_CUE = re.compile("车牌|车号|牌照|车是|车辆|停车|我的车|号牌|辆车|开的车|的车|这个车|车主")


def plates(t: str) -> list[Find]:
    out = []
    for m in _PLATE.finditer(t):
        if m.group(3) is not None:
            if not _AFTER_UNIT.match(t, m.end()):
                out.append(("plate", m.start(), m.end()))
            continue
        if m.group(1) is None:  # learner (学), police (警), consulate (领), Hong Kong / Macau (港 澳): four and the suffix
            if any(c.isdigit() for c in m.group(2)):
                out.append(("plate", m.start(), m.end()))
            continue
        body = m.group(1)
        # Spaces inside: between every character or between two groups (``鄂 B 2 2 9 9 4``, ``辽N 51 776``).
        # (three letters in a serial of five only after a plate's word: ``车牌湘FZQ7F5``; most plates hold two)
        digits_needed = 2 if (_PLATE_CUE.search(t, max(0, m.start() - 8), m.start())
                              or _PLATE_CUE.search(t, m.end(), m.end() + 10)) else 3
        if sum(c.isdigit() for c in body) >= digits_needed and (body.count(" ") in (0, 1) or body.count(" ") == len(body) // 2):
            if body.count(" ") == 1 and body.index(" ") == 5:
                # a whole plate, then a number of its own (``车挂晋J 7H238 4米2平板``: a trailer 4.2 m long)
                out.append(("plate", m.start(), m.start(1) + 5))
                continue
            out.append(("plate", m.start(), m.end()))
    return out

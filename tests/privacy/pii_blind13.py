"""Thirteenth blind PII corpus (``split == "blind13"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十三位写手").
What it read: the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` / ``PLACEHOLDERS`` (via ``grep -n -A14 "^PII_KINDS"``), lines
1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only) and the README of ``../shared/datasets/`` (no
personal data copied).  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, other tests or other
writers' corpora, nor git history; it never imported ``toolkit`` and never ran
any masking / finding function on this data.  Value shapes, chat contexts and
labels come only from the writer's own idea of WeCom service chats in
mainland China.

What is different here: THE AGENT'S SIDE AND STRUCTURED TEXT INSIDE CHATS.
Besides customers' own lines, messages come from agents, sales and
back-office staff: agents reading details back (核对一下信息…), agents' work
phones / WeChat ids / QQ in greetings, auto replies and signatures
(【自动回复】, 欢迎语, Tel/Mob/E-mail blocks), order and booking confirmations
pasted from a system, mini-program forms pasted as text (key：value lines,
``key=value&…``, markdown ``|`` tables, tab-separated rows, JSON-ish
snippets), CRM notes and ticket summaries, courier labels (收件人/寄件人
blocks, 面单), pickup requests, insurance and loan applications, hospital
registrations, school enrolment, property handover forms, refunds to bank
cards, invoice blocks (开票信息) and contract party blocks (甲方/乙方).  About
22% of rows have their full-width colons turned into half-width ones (``:``
or ``: ``); values come in half- and full-width forms; system-masked values
(``138****5678``, ``3101**********1234``, ``6222 **** **** 1234``,
``zh***@163.com``, 尾号1234) sit next to full ones.  A bit more than half of
the rows are ordinary chat lines (``chat_rows`` below), the rest are forms /
pasted blocks.  Names never appear (roles such as 本人 / 女士 / 售后部 only).

Near-misses (never personal): order / payment-serial / refund numbers (every
16-19 digit one fails Luhn), loan application numbers built as region code +
date + serial (18 digits, fail the ID check digit), tracking numbers,
400 / 800 / 95xxx / 100xx hotlines, amounts, dates and ISO timestamps, work
hours, invoice numbers and codes, unified social credit codes (税号, always
holding letters), ticket / policy / booking / contract numbers, employee
numbers, verification and pickup codes (incl. shelf codes such as 5-2-3018),
postal codes, coupon codes, meeting ids, QQ group numbers, parking spots,
hotel rooms, model / serial numbers, durations, areas, instalment counts,
weights, item counts, queue numbers, short links, places without a house
number (a city, a district, a road), and the masked values above.

Seed
----
``SEED = "blind13-2026-wecom-第十三位写手"``; everything is drawn from one
``random.Random(SEED)`` over fixed tuples.  ID-card check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here (BINs 62xxxx UnionPay,
4xxxxx Visa, 5xxxxx Mastercard, 9558xx / 9559xx 19-digit domestic).  Each
value format is first forced ``FORCE_PER_FMT`` (4) times into distinct
templates holding a marker of its kind that allows it; other rows draw
formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` / ``(+86)``
  prefixes and landline extensions (``转806``, ``转分机806``, ``-806``) are
  outside; separators inside a value (spaces, dashes, the ``·`` of a plate,
  the parentheses around an area code, the spaces of an app-formatted
  address) are inside.  An address runs from its first place unit (province
  / city / district / county / town / road) to its last house-level unit
  (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 楼 or a bare room number such as
  ``1502`` or ``3-2-1502``); a place alone is a near-miss, not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind13"``

Counts (``python tests/privacy/pii_blind13.py``)
-----------------------------------------------
rows=1560, pii_rows=900, near_rows=660, chat_rows=812, entities=1826
(mobile 604, address 329, landline 156, email 150, id_card 146, plate 135,
bank_card 116, wechat 110, qq 80);
near-miss spans=1789 (1319 in near-miss rows), 38 near-miss kinds
(amount 279, date_time 216, order_no 125, masked_mobile 110, ticket_no 63,
hotline 60, tail_digits 55, tracking_no 53, contract_no 50, employee_no 46,
work_hours 43, masked_id 43, place_only 39, parking_spot 37, periods 36,
pickup_code 36, masked_card 36, policy_no 35, verify_code 34, date_iso 34,
booking_no 31, invoice_no 31, queue_no 31, weight 29, txn_no 27,
postal_code 25, duration 23, model_no 21, area_sqm 20, qq_group 19,
item_count 19, app_no 19, coupon_code 14, url 11, meeting_id 11,
credit_code 10, masked_email 9, hotel_room 9);
formats=53 distinct, each used >= 5 times in >= 4 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind13-2026-wecom-第十三位写手"
SPLIT = "blind13"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 660
FORCE_PER_FMT = 4

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _fw(s: str) -> str:
    """ASCII letters / digits / @ . - to full-width."""
    out = []
    for c in s:
        if "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-.·()（）]", "", s)


def _luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _spoil(digits: str) -> str:
    """Change the last digit so that a 16-19 digit string fails Luhn and an 18 digit one fails the ID check."""
    body = digits[:-1]
    for c in "7391582460":
        cand = body + c
        if 16 <= len(cand) <= 19 and _luhn_ok(cand):
            continue
        if len(cand) == 18 and _id_ok(cand):
            continue
        return cand
    raise AssertionError(digits)


def _group(d: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------------------
# value pools (fixed tuples)
# ---------------------------------------------------------------------------

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

# (area code, local digits)
AREA_CODES = (
    ("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("024", 8), ("025", 8), ("027", 8),
    ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0532", 8), ("0731", 8),
    ("0371", 8), ("0591", 8), ("0551", 8), ("0531", 8), ("0757", 8), ("0769", 8), ("0574", 8),
    ("0871", 8), ("0851", 8), ("0592", 7), ("0736", 7), ("0917", 7), ("0379", 8),
)
AREA_SET = tuple(a for a, _ in AREA_CODES)

ID_AREAS = (
    "110101", "110105", "110108", "120103", "130102", "140105", "210102", "220102", "230103",
    "310104", "310110", "310115", "320102", "320506", "330106", "330302", "340104", "350203",
    "360102", "370202", "370102", "410105", "411702", "420106", "430104", "440106", "440305",
    "441900", "450103", "500103", "510107", "511304", "520102", "530102", "610113", "620102",
    "412723", "341221", "372921",
)

# (bin, total length)
CARD_BINS_19 = (
    ("622202", 19), ("622848", 19), ("621700", 19), ("622700", 19), ("621661", 19), ("622262", 19),
    ("623058", 19), ("621226", 19), ("622908", 19), ("621799", 19), ("622821", 19), ("623668", 19),
)
CARD_BINS_16 = (
    ("622588", 16), ("621483", 16), ("625809", 16), ("622609", 16), ("427018", 16), ("438088", 16),
    ("439225", 16), ("524047", 16), ("552599", 16), ("518710", 16), ("621485", 16), ("622155", 16),
)
CARD_BINS_95 = (("955880", 19), ("955888", 19), ("955990", 19))

PLATE_PREFIX = (
    "京A", "京N", "京Q", "沪A", "沪B", "沪C", "沪D", "粤A", "粤B", "粤S", "粤E", "浙A", "浙B", "浙C",
    "苏A", "苏E", "苏B", "川A", "鄂A", "湘A", "鲁B", "鲁A", "闽D", "津A", "渝A", "陕A", "豫A", "皖A",
    "冀A", "辽B",
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

EMAIL_WORDS = (
    "lily", "tom", "sunny", "xiaoyu", "chen", "wang", "zhang", "amy", "kevin", "leo", "momo", "doudou",
    "happy", "tiantian", "coco", "jack", "ivy", "yangyang", "lucky", "mia", "hao", "jun", "ming", "rui",
)
PINYIN_GIVEN = ("wei", "fang", "na", "min", "jing", "lei", "yang", "jie", "tao", "hui", "xin", "yan",
                "lin", "qiang", "ting", "peng", "hao", "yu", "chao", "dan")
PINYIN_FAMILY = ("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu",
                 "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo")
MAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "outlook.com",
                "hotmail.com", "yeah.net", "sohu.com", "aliyun.com")
CORP_DOMAINS = ("yunfan-tech.com", "hxjj.com.cn", "sz-meidi.cn", "dfwl.com.cn", "jinghong.net",
                "huachen-edu.cn", "cnhengtai.com", "zjlongsheng.com")

WX_WORDS = ("kefu", "xiaomei", "shouhou", "dianzhang", "guwen", "hd", "sales", "mumu", "tangtang",
            "ajie", "summer", "panda", "yoyo", "miss", "mr", "lao", "vip", "zhuli", "jiaju", "fang")

# city data: (province or "", city, ((district, (roads...)), ...))
CITIES = (
    ("", "北京市", (("朝阳区", ("望京西路", "建国路", "朝阳北路", "广顺北大街")),
                  ("海淀区", ("学院路", "中关村大街", "西三环北路")),
                  ("丰台区", ("丰台北路", "科学城路")),
                  ("昌平区", ("回龙观西大街", "龙锦三街")))),
    ("", "上海市", (("浦东新区", ("张杨路", "世纪大道", "锦绣路", "川沙路")),
                  ("徐汇区", ("漕溪北路", "宜山路", "龙华中路")),
                  ("闵行区", ("七莘路", "都市路", "莘松路")),
                  ("杨浦区", ("国权路", "控江路")),
                  ("宝山区", ("共和新路", "牡丹江路")))),
    ("", "天津市", (("南开区", ("卫津路", "红旗南路")), ("河西区", ("友谊路", "围堤道")))),
    ("", "重庆市", (("渝北区", ("红锦大道", "龙山大道")), ("江北区", ("建新北路", "北城天街")),
                  ("南岸区", ("南坪西路", "江南大道")))),
    ("广东省", "广州市", (("天河区", ("天河路", "黄埔大道西", "体育西路", "龙口西路")),
                      ("海珠区", ("江南大道中", "新港中路")),
                      ("番禺区", ("兴业大道", "市桥街桥东路")),
                      ("白云区", ("广州大道北", "机场路")))),
    ("广东省", "深圳市", (("南山区", ("科苑路", "南海大道", "后海大道")),
                      ("福田区", ("深南大道", "华强北路", "福华三路")),
                      ("宝安区", ("新安六路", "宝民一路")),
                      ("龙岗区", ("龙岗大道", "布吉路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "文一西路", "古墩路")),
                      ("拱墅区", ("莫干山路", "湖墅南路")),
                      ("余杭区", ("文一西路", "五常大道")),
                      ("滨江区", ("江南大道", "滨盛路")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "汉中门大街")), ("江宁区", ("双龙大道", "天元中路")),
                      ("玄武区", ("珠江路", "龙蟠路")))),
    ("江苏省", "苏州市", (("姑苏区", ("人民路", "干将西路")), ("吴中区", ("东吴北路", "宝带西路")))),
    ("四川省", "成都市", (("武侯区", ("人民南路四段", "武侯大道", "科华北路")),
                      ("锦江区", ("东大街", "静康路")), ("金牛区", ("一环路北三段", "蜀汉路")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道")), ("江汉区", ("解放大道", "建设大道")),
                      ("武昌区", ("中北路", "和平大道")))),
    ("湖南省", "长沙市", (("岳麓区", ("麓谷大道", "桐梓坡西路")), ("雨花区", ("劳动东路", "韶山中路")),
                      ("开福区", ("芙蓉中路一段", "湘江北路")))),
    ("山东省", "青岛市", (("市南区", ("香港中路", "闽江路")), ("崂山区", ("海尔路", "松岭路")),
                      ("黄岛区", ("长江中路", "井冈山路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "农业路")), ("二七区", ("大学路", "航海中路")))),
    ("陕西省", "西安市", (("雁塔区", ("科技路", "小寨东路")), ("未央区", ("凤城八路", "未央路")))),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "莲前西路")), ("湖里区", ("仙岳路", "嘉禾路")))),
    ("安徽省", "合肥市", (("蜀山区", ("长江西路", "黄山路")), ("包河区", ("马鞍山路", "徽州大道")))),
)
RURAL = (
    ("河南省", "周口市", "郸城县", "汲冢镇"), ("山东省", "菏泽市", "曹县", "庄寨镇"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("四川省", "南充市", "仪陇县", "金城镇"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇"), ("江西省", "赣州市", "于都县", "禾丰镇"),
    ("河北省", "邯郸市", "魏县", "牙里镇"), ("广西壮族自治区", "玉林市", "博白县", "水鸣镇"),
)
VILLAGES = ("王庄村", "李家村", "新河村", "前进村", "东湖村", "张楼村", "大石村", "后湾村", "刘庄村")
ESTATES = ("阳光花园", "翠苑二区", "万科城市花园", "碧桂园", "保利心语花园", "金地格林小城", "中海国际社区",
           "绿地新都会", "华润橡树湾", "世茂滨江花园", "恒大名都", "融创玉兰公馆", "锦绣江南", "幸福里小区",
           "康桥半岛", "龙湖春江郦城", "招商雍景湾", "东方明珠苑", "金色家园", "滨江一号")
OFFICES = ("创业大厦", "国际金融中心", "环球中心", "时代广场A座", "软件园二期", "科技大厦B座", "中心大厦",
           "科兴科学园B栋", "财富广场", "万达广场写字楼", "汇智大厦", "数码港大厦")


# ---------------------------------------------------------------------------
# value generators: each returns (prefix_outside, value, suffix_outside)
# ---------------------------------------------------------------------------


def _mobile_digits(r):
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def _m_plain(r):
    return "", _mobile_digits(r), ""


def _m_space(r):
    return "", _group(_mobile_digits(r), (3, 4, 4), " "), ""


def _m_dash(r):
    return "", _group(_mobile_digits(r), (3, 4, 4), "-"), ""


def _m_fw(r):
    return "", _fw(_mobile_digits(r)), ""


def _m_86(r):
    return r.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), _mobile_digits(r), ""


def _m_86s(r):
    return r.choice(("+86 ", "+86 ", "(+86) ")), _group(_mobile_digits(r), (3, 4, 4), " "), ""


def _land_parts(r):
    a, n = r.choice(AREA_CODES)
    local = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
    return a, local


def _l_dash(r):
    a, l = _land_parts(r)
    return "", f"{a}-{l}", ""


def _l_paren(r):
    a, l = _land_parts(r)
    return "", f"({a}){l}", ""


def _l_fwparen(r):
    a, l = _land_parts(r)
    return "", f"（{a}）{l}", ""


def _l_plain(r):
    a, l = _land_parts(r)
    return "", a + l, ""


def _l_space(r):
    a, l = _land_parts(r)
    return "", f"{a} {_group(l, (len(l) - 4, 4), ' ')}", ""


def _ext(r):
    return str(r.choice((r.randint(800, 899), r.randint(100, 999), r.randint(8000, 8999), r.randint(10, 99))))


def _l_ext_zhuan(r):
    a, l = _land_parts(r)
    return "", f"{a}-{l}", r.choice(("转", "转", " 转", "转分机")) + _ext(r)


def _l_ext_dash(r):
    a, l = _land_parts(r)
    return "", f"{a}-{l}", "-" + _ext(r)


def _e_local_word(r):
    w = r.choice(EMAIL_WORDS)
    tail = r.choice(("", "_", ".", "")) + str(r.choice((r.randint(1, 99), r.randint(1985, 2012), r.randint(100, 999))))
    return w + tail


def _e_letters(r):
    return "", f"{_e_local_word(r)}@{r.choice(MAIL_DOMAINS[:2] + MAIL_DOMAINS[3:])}", ""


def _e_qq(r):
    return "", f"{_qq_digits(r)}@{r.choice(('qq.com', 'qq.com', 'foxmail.com'))}", ""


def _e_corp(r):
    fam, giv = r.choice(PINYIN_FAMILY), r.choice(PINYIN_GIVEN)
    local = r.choice((f"{giv}.{fam}", f"{fam}{giv}", f"{fam}.{giv}", f"{fam[0]}{giv}"))
    return "", f"{local}@{r.choice(CORP_DOMAINS)}", ""


def _e_gmail(r):
    fam, giv = r.choice(PINYIN_FAMILY), r.choice(PINYIN_GIVEN)
    return "", f"{fam}{giv}{r.randint(1, 999)}@{r.choice(('gmail.com', 'outlook.com', 'hotmail.com'))}", ""


def _e_fwat(r):
    _, v, _ = _e_letters(r)
    return "", v.replace("@", "＠"), ""


def _e_cap(r):
    _, v, _ = _e_letters(r)
    return "", v[0].upper() + v[1:], ""


def _id_value(r, want_x=None, child=False):
    while True:
        area = r.choice(ID_AREAS)
        y = r.randint(2008, 2018) if child else r.randint(1958, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
        body = f"{area}{y}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        c = _id_check(body)
        if want_x is True and c != "X":
            continue
        if want_x is False and c == "X":
            continue
        return body + c


def _i_plain(r):
    return "", _id_value(r, want_x=False), ""


def _i_x(r):
    return "", _id_value(r, want_x=True), ""


def _i_xl(r):
    return "", _id_value(r, want_x=True).lower(), ""


def _i_space(r):
    return "", _group(_id_value(r), (6, 8, 4), " "), ""


def _i_fw(r):
    return "", _fw(_id_value(r, want_x=False)), ""


def _card(r, bins):
    b, n = r.choice(bins)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def _b_plain19(r):
    return "", _card(r, CARD_BINS_19), ""


def _b_space19(r):
    return "", _group(_card(r, CARD_BINS_19), (4, 4, 4, 4, 3), " "), ""


def _b_plain16(r):
    return "", _card(r, CARD_BINS_16), ""


def _b_space16(r):
    return "", _group(_card(r, CARD_BINS_16), (4, 4, 4, 4), " "), ""


def _b_dash16(r):
    return "", _group(_card(r, CARD_BINS_16 + CARD_BINS_19), (4, 4, 4, 4, 3), "-"), ""


def _b_95(r):
    return "", _card(r, CARD_BINS_95), ""


def _qq_digits(r):
    n = r.choice((6, 7, 8, 9, 9, 9, 10, 10, 10, 10))
    first = r.choice("123456789") if n < 10 else r.choice("123")
    return first + "".join(r.choice("0123456789") for _ in range(n - 1))


def _q_plain(r):
    return "", _qq_digits(r), ""


def _q_fw(r):
    return "", _fw(_qq_digits(r)), ""


def _w_lower(r):
    return "", r.choice(WX_WORDS) + r.choice(EMAIL_WORDS) + str(r.randint(1, 999)), ""


def _w_under(r):
    while True:
        v = f"{r.choice(WX_WORDS)}_{r.choice(EMAIL_WORDS + PINYIN_FAMILY)}{r.choice(('', str(r.randint(1, 99))))}"
        if len(v) >= 6:
            return "", v, ""


def _w_dash(r):
    return "", f"{r.choice(EMAIL_WORDS)}-{r.choice(WX_WORDS)}{r.randint(10, 2024)}", ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""


def _w_cap(r):
    w = r.choice(EMAIL_WORDS + PINYIN_GIVEN)
    return "", w[0].upper() + w[1:] + r.choice(("_", "", "")) + r.choice(("SH", "sz", "BJ", "hz", "CD", "")) + str(r.randint(1, 9999)), ""


def _plate_body(r, n=5):
    while True:
        chars = [r.choice("0123456789") for _ in range(n)]
        if r.random() < 0.45:
            chars[r.randrange(n)] = r.choice(PLATE_LETTERS)
        if r.random() < 0.2:
            chars[0] = r.choice(PLATE_LETTERS)
        s = "".join(chars)
        if any(c.isdigit() for c in s):
            return s


def _p_std(r):
    return "", r.choice(PLATE_PREFIX) + _plate_body(r), ""


def _p_dot(r):
    return "", r.choice(PLATE_PREFIX) + "·" + _plate_body(r), ""


def _p_space(r):
    return "", r.choice(PLATE_PREFIX) + " " + _plate_body(r), ""


def _p_nev(r):
    body = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    if r.random() < 0.3:
        body = body[1:] + body[0]
    return "", r.choice(PLATE_PREFIX) + body, ""


def _p_lower(r):
    p = r.choice(PLATE_PREFIX)
    return "", p[0] + p[1].lower() + _plate_body(r).lower(), ""


def _p_dash(r):
    return "", r.choice(PLATE_PREFIX) + "-" + _plate_body(r), ""


def _room(r):
    floor = r.randint(2, 32)
    return f"{floor}{r.randint(1, 6):02d}"


def _bld(r):
    return r.choice((f"{r.randint(1, 28)}栋", f"{r.randint(1, 28)}栋", f"{r.randint(1, 18)}幢",
                     f"{r.randint(1, 30)}号楼", f"{r.choice('ABCDE')}栋"))


def _city(r):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    return prov, city, dist, r.choice(roads)


def _a_full(r):
    prov, city, dist, road = _city(r)
    head = (prov or "") + city + dist
    tail = r.choice((
        f"{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{_bld(r)}{r.randint(1, 4)}单元{_room(r)}室",
        f"{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{_bld(r)}{_room(r)}室",
        f"{road}{r.randint(1, 999)}号",
    ))
    return "", head + tail, ""


def _a_lane(r):
    _, city, dists = CITIES[1]  # 弄 (lanes) are a Shanghai thing
    dist, roads = r.choice(dists)
    road = r.choice(roads)
    city = r.choice((city, city, ""))
    return "", f"{city}{dist}{road}{r.randint(10, 2999)}弄{r.randint(1, 80)}号{_room(r)}室", ""


def _a_district(r):
    prov, city, dist, road = _city(r)
    return "", dist + r.choice((
        f"{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{_bld(r)}{r.randint(1, 4)}单元{_room(r)}",
        f"{road}{r.randint(1, 999)}号{r.choice(OFFICES)}{r.randint(2, 30)}层",
        f"{road}{r.randint(1, 999)}号院{r.randint(1, 12)}号楼{r.randint(1, 4)}单元{_room(r)}",
    )), ""


def _a_dashed(r):
    prov, city, dist, road = _city(r)
    head = r.choice((city + dist, (prov or "") + city + dist, dist))
    return "", f"{head}{r.choice(ESTATES)}{r.randint(1, 25)}-{r.randint(1, 4)}-{_room(r)}", ""


def _a_rural(r):
    prov, city, county, town = r.choice(RURAL)
    head = r.choice((prov + city + county, city + county, prov + city + county))
    return "", f"{head}{town}{r.choice(VILLAGES)}{r.choice(('', str(r.randint(1, 9)) + '组', '三组', '五组'))}{r.randint(1, 120)}号", ""


def _a_spaced(r):
    prov, city, dist, road = _city(r)
    parts = ([prov] if prov else []) + [city, dist, f"{road}{r.randint(1, 999)}号"]
    parts += r.choice(([r.choice(ESTATES), _bld(r), f"{r.randint(1, 4)}单元", f"{_room(r)}室"],
                       [r.choice(ESTATES), _bld(r) + f"{_room(r)}室"], []))
    return "", " ".join(parts), ""


def _a_road(r):
    prov, city, dist, road = _city(r)
    return "", r.choice((
        f"{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{_bld(r)}{_room(r)}室",
        f"{road}{r.randint(1, 999)}号{r.choice(OFFICES)}{r.randint(2, 30)}楼",
        f"{road}{r.randint(1, 999)}号",
    )), ""


def _a_office(r):
    prov, city, dist, road = _city(r)
    head = r.choice((city + dist, (prov or "") + city + dist))
    fl = r.randint(2, 36)
    return "", head + r.choice((
        f"{road}{r.randint(1, 999)}号{r.choice(OFFICES)}{fl}层",
        f"{road}{r.randint(1, 999)}号{r.choice(OFFICES)}{fl}层{fl}{r.randint(1, 20):02d}室",
        f"{road}{r.randint(1, 999)}号{r.choice(OFFICES)}{fl}楼",
    )), ""


def _a_haolou(r):
    prov, city, dist, road = _city(r)
    head = r.choice((city + dist, dist))
    return "", f"{head}{r.choice(ESTATES)}{r.randint(1, 40)}号楼{r.randint(1, 6)}单元{_room(r)}", ""


def _a_fwnum(r):
    prov, city, dist, road = _city(r)
    tail = f"{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{r.randint(1, 28)}栋{r.randint(1, 4)}单元{_room(r)}室"
    tail = re.sub(r"\d", lambda m: _fw(m.group()), tail)
    return "", (prov or "") + city + dist + tail, ""


FORMATS = {
    "mobile": (("plain", 14, _m_plain), ("space_344", 3, _m_space), ("dash_344", 2, _m_dash),
               ("fullwidth", 1, _m_fw), ("cc86_plain", 0.5, _m_86), ("cc86_space_344", 0.4, _m_86s)),
    "landline": (("dash", 6, _l_dash), ("paren", 2, _l_paren), ("fullwidth_paren", 1, _l_fwparen),
                 ("plain", 2, _l_plain), ("space", 1, _l_space), ("dash_ext_zhuan", 2, _l_ext_zhuan),
                 ("dash_ext_dash", 1, _l_ext_dash)),
    "email": (("letters_digits", 6, _e_letters), ("qq_mail", 4, _e_qq), ("corp_pinyin", 3, _e_corp),
              ("intl_pinyin", 2, _e_gmail), ("fullwidth_at", 1, _e_fwat), ("cap_first", 1, _e_cap)),
    "id_card": (("plain_18", 8, _i_plain), ("x_upper", 2, _i_x), ("x_lower", 1, _i_xl),
                ("space_684", 1, _i_space), ("fullwidth_18", 1, _i_fw)),
    "bank_card": (("plain_19", 6, _b_plain19), ("space_44443", 3, _b_space19), ("plain_16", 3, _b_plain16),
                  ("space_4444", 2, _b_space16), ("dash_4444", 1, _b_dash16), ("domestic95_19", 1, _b_95)),
    "qq": (("plain", 8, _q_plain), ("fullwidth", 1, _q_fw)),
    "wechat": (("lower_digits", 4, _w_lower), ("underscore", 4, _w_under), ("dash", 1, _w_dash),
               ("wxid", 2, _w_wxid), ("cap_mixed", 2, _w_cap)),
    "plate": (("std", 8, _p_std), ("middle_dot", 2, _p_dot), ("space", 2, _p_space), ("nev_8", 2, _p_nev),
              ("lowercase", 1, _p_lower), ("dash", 1, _p_dash)),
    "address": (("full_prov", 5, _a_full), ("city_lane", 2, _a_lane), ("district_start", 3, _a_district),
                ("dashed_room", 2, _a_dashed), ("rural", 2, _a_rural), ("spaced", 2, _a_spaced),
                ("road_start", 2, _a_road), ("office_floor", 2, _a_office), ("haolou_bare", 2, _a_haolou),
                ("fullwidth_num", 1, _a_fwnum)),
}


# ---------------------------------------------------------------------------
# near-miss generators (return the near-miss string)
# ---------------------------------------------------------------------------


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _date8(r):
    return f"202{r.randint(3, 5)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _nm_masked_mobile(r):
    m = _mobile_digits(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]} **** {m[7:]}", f"{m[:3]}*****{m[8:]}"))


def _nm_masked_id(r):
    v = _id_value(r)
    return r.choice((v[:3] + "*" * 11 + v[14:], v[:6] + "********" + v[14:], v[:1] + "*" * 16 + v[17:],
                     v[:4] + "*" * 10 + v[14:]))


def _nm_masked_card(r):
    c = _card(r, CARD_BINS_19 + CARD_BINS_16)
    return r.choice((f"{c[:4]} **** **** {c[-4:]}", f"{c[:6]}******{c[-4:]}", f"**** **** **** {c[-4:]}",
                     f"{c[:4]}***********{c[-4:]}"))


def _nm_masked_email(r):
    _, v, _ = _e_letters(r)
    loc, dom = v.split("@")
    return f"{loc[:2]}***@{dom}"


def _nm_tail(r):
    return _digits(r, 4, "0123456789")


def _nm_order(r):
    return r.choice((
        _spoil(_date8(r) + _digits(r, 11, "0123456789")),
        _spoil(_date8(r)[2:] + _digits(r, 10, "0123456789")),
        "DD" + _date8(r) + _digits(r, 6, "0123456789"),
        _digits(r, 12, "23456789"),
        _spoil("3" + _digits(r, 17, "0123456789")),
        "E" + _date8(r) + _digits(r, 8, "0123456789"),
    ))


def _nm_tracking(r):
    return r.choice((
        "SF" + _digits(r, 13, "13"),
        "YT" + _digits(r, 13, "0123456789"),
        "JT" + _digits(r, 13, "0123456789"),
        "7" + _digits(r, 13, "0123456789"),
        "JDVA" + _digits(r, 11, "0123456789"),
        "4" + _digits(r, 12, "0123456789"),
    ))


def _nm_hotline(r):
    return r.choice((
        f"400-{_digits(r, 3, '0123456789')}-{_digits(r, 4, '0123456789')}",
        f"400{_digits(r, 7, '0123456789')}",
        f"4008-{_digits(r, 3, '0123456789')}-{_digits(r, 3, '0123456789')}",
        f"800-{_digits(r, 3, '0123456789')}-{_digits(r, 4, '0123456789')}",
        r.choice(("95588", "95533", "95555", "95566", "95599", "95559", "95511", "95518", "95500")),
        r.choice(("10086", "10010", "10000", "12315", "12345", "95338", "95311")),
    ))


def _nm_amount(r):
    v = r.choice((r.randint(19, 999), r.randint(1000, 39999), r.randint(100, 5000)))
    c = r.choice(("00", "50", "90", "00"))
    return r.choice((f"¥{v}.{c}", f"￥{v:,}.{c}", f"{v}元", f"{v}.{c}元", f"{v:,}.{c}", f"RMB {v}.{c}"))


def _nm_date(r):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(8, 21), r.choice((0, 10, 15, 30, 45, 20))
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}", f"{y}年{m}月{d}日",
                     f"{m}月{d}日", f"{y}/{m}/{d} {h}:{mi:02d}", f"{y}.{m:02d}.{d:02d}", f"{m}月{d}号{h}点"))


def _nm_hours(r):
    return r.choice(("9:00-18:00", "8:30-17:30", "9:00-21:00", "10:00-22:00", "周一至周五 9:00-18:00",
                     "09:00~18:00", "8:00-20:00"))


def _nm_invoice(r):
    return r.choice((_digits(r, 8, "0123456789"), "2" + _digits(r, 19, "0123456789"),
                     "0" + _digits(r, 11, "0123456789")))


def _nm_credit(r):
    alph = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        s = "91" + r.choice(ID_AREAS[:20])[:4] + "00" + "".join(r.choice(alph) for _ in range(9)) + r.choice(alph)
        if any(c.isalpha() for c in s[2:]):
            return s


def _nm_ticket(r):
    return r.choice(("GD" + _date8(r) + _digits(r, 4, "0123456789"), "#" + _digits(r, 6), "T" + _digits(r, 9),
                     "SR-" + _date8(r)[2:] + "-" + _digits(r, 4, "0123456789")))


def _nm_policy(r):
    return r.choice(("P" + _digits(r, 20, "0123456789"), "6" + _digits(r, 21, "0123456789"),
                     "A" + _date8(r)[2:] + _digits(r, 10, "0123456789"),
                     "PDAA" + _date8(r)[:4] + "44" + _digits(r, 12, "0123456789")))


def _nm_booking(r):
    return r.choice(("HT" + _date8(r)[2:] + _digits(r, 4, "0123456789"), _digits(r, 10), "YD" + _digits(r, 8),
                     "B" + _digits(r, 7) + r.choice(PLATE_LETTERS)))


def _nm_contract(r):
    return r.choice((f"HT-{r.randint(2023, 2025)}-{_digits(r, 4, '0123456789')}",
                     f"ZL{r.randint(2023, 2025)}{_digits(r, 5, '0123456789')}",
                     f"WY-{_date8(r)}-{_digits(r, 3, '0123456789')}"))


def _nm_verify(r):
    return _digits(r, r.choice((4, 6, 6, 6)), "0123456789")


def _nm_pickup(r):
    return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 6999)}", _digits(r, 8, "0123456789"),
                     f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(100, 999)}", _digits(r, 6)))


def _nm_postal(r):
    return r.choice(("100020", "200120", "518057", "510620", "310012", "210008", "610041", "430072",
                     "410205", "266071", "450003", "710075", "361004", "230031", "466200", "274400"))


def _nm_txn(r):
    return r.choice((
        "4200" + _digits(r, 6, "0123456789") + _date8(r) + _digits(r, 10, "0123456789"),
        _date8(r) + "2200" + _digits(r, 16, "0123456789"),
        _spoil(_date8(r) + _digits(r, 10, "0123456789")),
        _spoil(_date8(r) + _digits(r, 8, "0123456789")),
    ))


def _nm_appno(r):
    """18-digit application numbers built like region + date + serial; they fail the ID check."""
    return _spoil(r.choice(ID_AREAS) + f"202{r.randint(3, 5)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                  + _digits(r, 4, "0123456789"))


def _nm_employee(r):
    return r.choice(("KF" + _digits(r, 4, "0123456789"), _digits(r, 4), "A" + _digits(r, 5), "XS" + _digits(r, 3)))


def _nm_hotel_room(r):
    return _room(r)


def _nm_place(r):
    prov, city, dist, road = _city(r)
    return r.choice((city + dist, dist + road, city, dist, road, (prov or city) + city + dist if prov else city + dist))


def _nm_coupon(r):
    return r.choice((_group(_digits(r, 12), (4, 4, 4), " "), _digits(r, 10), "QM" + _digits(r, 8)))


def _nm_meeting(r):
    return _group(_digits(r, 9), (3, 3, 3), " ")


def _nm_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399):03d}", f"地下{r.randint(1, 2)}层{r.randint(1, 300)}号",
                     f"A区{r.randint(1, 200)}号"))


def _nm_model(r):
    return r.choice((f"KFR-{r.choice((26, 35, 50, 72))}GW/BpR3DN1{r.randint(1, 9)}", f"XQG{r.choice((80, 100))}-BD{r.randint(10, 99)}",
                     f"BCD-{r.randint(200, 650)}WDPV", f"SN{_digits(r, 10, '0123456789')}", f"JSQ{r.choice((25, 30))}-{r.randint(10, 20)}TD"))


def _nm_duration(r):
    return r.choice((f"{r.randint(1, 11)}小时{r.choice((5, 10, 15, 20, 30, 45))}分钟", f"{r.randint(1, 5)}小时",
                     f"{r.randint(20, 59)}分钟", f"{r.randint(1, 3)}天"))


def _nm_area(r):
    return r.choice((f"{r.randint(45, 180)}平", f"{r.randint(45, 180)}.{r.randint(1, 99):02d}㎡", f"{r.randint(60, 160)}平米"))


def _nm_periods(r):
    return r.choice((f"{r.choice((3, 6, 12, 24, 36))}期", f"{r.choice((12, 24, 36, 60))}个月"))


def _nm_weight(r):
    return r.choice((f"{r.randint(1, 30)}.{r.randint(0, 9)}kg", f"{r.randint(1, 20)}公斤", f"{r.randint(1, 10)}斤"))


def _nm_count(r):
    return r.choice((f"{r.randint(1, 30)}件", f"{r.randint(1, 12)}台", f"{r.randint(2, 50)}箱"))


def _nm_date_iso(r):
    return (f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")


def _nm_queue(r):
    return r.choice(("A0", "B0", "C", "")) + str(r.randint(10, 99))


def _nm_url(r):
    alph = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(r.choice(alph) for _ in range(8))
    return r.choice((f"https://t.cn/{code}", f"https://m.tb.cn/h.{code}", f"https://u.jd.com/{code[:6]}",
                     f"https://work.weixin.qq.com/ca/{code}"))


def _nm_qq_group(r):
    return _digits(r, r.choice((8, 9, 9, 10)), "1234567")


NEAR = {
    "masked_mobile": _nm_masked_mobile, "masked_id": _nm_masked_id, "masked_card": _nm_masked_card,
    "masked_email": _nm_masked_email, "tail_digits": _nm_tail, "order_no": _nm_order,
    "tracking_no": _nm_tracking, "hotline": _nm_hotline, "amount": _nm_amount, "date_time": _nm_date,
    "work_hours": _nm_hours, "invoice_no": _nm_invoice, "credit_code": _nm_credit, "ticket_no": _nm_ticket,
    "policy_no": _nm_policy, "booking_no": _nm_booking, "contract_no": _nm_contract, "verify_code": _nm_verify,
    "pickup_code": _nm_pickup, "postal_code": _nm_postal, "txn_no": _nm_txn, "app_no": _nm_appno,
    "employee_no": _nm_employee, "hotel_room": _nm_hotel_room, "place_only": _nm_place, "coupon_code": _nm_coupon,
    "meeting_id": _nm_meeting, "parking_spot": _nm_parking, "model_no": _nm_model, "duration": _nm_duration,
    "area_sqm": _nm_area, "periods": _nm_periods, "weight": _nm_weight, "item_count": _nm_count, "date_iso": _nm_date_iso,
    "qq_group": _nm_qq_group,
    "queue_no": _nm_queue, "url": _nm_url,
}


# ---------------------------------------------------------------------------
# templates.  ⟨kind⟩ / ⟨kind=fmt,fmt⟩ = a labelled value, ⟨~near⟩ = a near-miss,
# ⟦a|b|c⟧ = one alternative chosen at random (never holds a labelled value).
# "C" = ordinary chat line, "F" = form / pasted block / system text.
# ---------------------------------------------------------------------------

_NOFW = "=plain,space_344,dash_344,cc86_plain,cc86_space_344"
_ADDR_NOFW = "=full_prov,city_lane,district_start,dashed_room,rural,spaced,road_start,office_floor,haolou_bare"

PII_TEMPLATES = (
    # --- agents reading details back -------------------------------------------------------
    ("C", "您好，核对一下信息：收货电话⟨mobile⟩，地址⟨address⟩，没问题的话我这边就提交了哈"),
    ("C", "亲，跟您确认下，收件手机是⟨mobile⟩对吧？"),
    ("C", "核对一下哈，您留的是⟨mobile⟩，地址是⟨address⟩，⟦对吗|没错吧|确认无误请回复1⟧"),
    ("C", "好的我再跟您核对一遍：身份证⟨id_card⟩，银行卡⟨bank_card⟩，预留手机⟨mobile⟩，有错的地方您直接改一下"),
    ("C", "我这边系统显示您的手机是⟨~masked_mobile⟩，是换号了吗？\n换了，现在用⟨mobile⟩"),
    ("C", "系统里只显示⟨~masked_mobile⟩，麻烦您把完整号码发一下\n⟨mobile⟩"),
    ("C", "嗯嗯 地址没错 就是⟨address⟩ 电话换成⟨mobile⟩吧 之前那个不用了"),
    ("C", "跟您确认一下邮箱是⟨email⟩吗？电子发票会发到这个邮箱"),
    ("C", "车牌号我再读一下：⟨plate⟩，对的话我这边就给您录系统了"),
    ("C", "您说的是⟨plate⟩还是⟨plate⟩？刚才语音没听清😅"),
    ("C", "身份证后面是X还是10？\n是X，⟨id_card=x_upper,x_lower⟩"),
    ("C", "核对下开户信息：卡号⟨bank_card⟩ 开户行⟦工商银行|农业银行|建设银行|招商银行|中国银行⟧⟦北京分行|上海分行|深圳科技园支行|杭州城西支行⟧，户名为本人，对吧"),
    # --- agents' own contacts: greetings / auto replies / signatures ------------------------
    ("F", "【自动回复】您好，欢迎咨询！工作时间⟨~work_hours⟩，紧急事项请拨打⟨landline⟩或全国热线⟨~hotline⟩"),
    ("F", "感谢添加～我是您的专属顾问，工作手机⟨mobile⟩（微信同号），有问题随时找我😊"),
    ("F", "欢迎语：您好，我是门店店长，门店地址⟨address⟩，到店前可以先打⟨landline⟩预约哦"),
    ("F", "——\n售后服务部\n手机：⟨mobile⟩\n座机：⟨landline⟩\n邮箱：⟨email⟩"),
    ("F", "你好，我是负责您片区的安装师傅，电话⟨mobile⟩，明天上午上门"),
    ("C", "我个人微信是⟨wechat⟩，企业微信这边下班后可能回复不及时，急事加我个人号"),
    ("C", "这个号是公司的工作号，下周我调岗了，后续找我同事，他的手机⟨mobile⟩，微信⟨wechat⟩"),
    ("F", "【欢迎语】亲爱的家长您好！我是课程顾问，工作微信：⟨wechat⟩，QQ：⟨qq⟩，课程咨询热线⟨~hotline⟩"),
    ("F", "Tel：⟨landline⟩ Mob：⟨mobile⟩ E-mail：⟨email⟩\n⟦华东区销售经理|大客户部|客户成功经理⟧"),
    ("C", "您好，我是⟦理赔专员|保险顾问|贷款经理|物业管家⟧，工号⟨~employee_no⟩，有问题可以直接打我手机⟨mobile⟩"),
    ("F", "[自动回复] 您好，当前咨询人数较多，如需加急处理请致电⟨landline⟩，或发送邮件至⟨email⟩，我们会在24小时内回复"),
    ("C", "加我微信吧：⟨wechat⟩，备注一下订单号⟨~order_no⟩"),
    ("C", "工作QQ⟨qq⟩，文件大的话发QQ，企业微信传不了超过20M的"),
    # --- order / booking confirmations pasted from a system ---------------------------------
    ("F", "【订单确认】\n订单号：⟨~order_no⟩\n下单时间：⟨~date_time⟩\n收货人：本人\n联系电话：⟨mobile⟩\n收货地址：⟨address⟩\n实付金额：⟨~amount⟩"),
    ("F", "预订成功！确认号⟨~booking_no⟩，入住日期⟨~date_time⟩，联系手机⟨mobile⟩，酒店前台电话⟨landline⟩"),
    ("F", "订单信息 订单编号:⟨~order_no⟩ 手机号:⟨mobile⟩ 配送地址:⟨address⟩ 备注:放门口"),
    ("F", "您的预约已提交\n服务项目：空调清洗\n上门时间：⟨~date_time⟩\n联系人电话：⟨mobile⟩\n服务地址：⟨address⟩"),
    ("F", "到店预约｜⟨~date_time⟩｜⟦2人|4人|6人⟧｜手机⟨mobile⟩｜车牌⟨plate⟩（需要登记停车）"),
    ("F", "【保养预约】车牌：⟨plate⟩\n预约时间：⟨~date_time⟩\n联系电话：⟨mobile⟩\n工单：⟨~ticket_no⟩"),
    # --- mini-program forms pasted as text ---------------------------------------------------
    ("F", "姓名：（已隐藏）\n电话：⟨mobile⟩\n地址：⟨address⟩"),
    ("F", "联系方式:⟨mobile⟩\n所在地址:⟨address⟩\n需求:全屋定制 量尺"),
    ("F", "称呼：女士 电话：⟨mobile⟩ 小区地址：⟨address⟩ 面积：⟨~area_sqm⟩ 预算：⟨~amount⟩"),
    ("F", "手机号码：⟨mobile⟩\n电子邮箱：⟨email⟩\nQQ号码：⟨qq⟩\n提交时间：⟨~date_iso⟩"),
    ("F", "phone=⟨mobile" + _NOFW + "⟩&email=⟨email=letters_digits,qq_mail,corp_pinyin,intl_pinyin⟩&orderId=⟨~order_no⟩"),
    ("F", "{\"mobile\":\"⟨mobile=plain⟩\",\"address\":\"⟨address" + _ADDR_NOFW + "⟩\",\"orderNo\":\"⟨~order_no⟩\",\"payAmount\":\"⟨~amount⟩\"}"),
    ("F", "{\"contactPhone\": \"⟨mobile=plain,dash_344⟩\", \"plateNo\": \"⟨plate=std,nev_8⟩\", \"parkTime\": \"⟨~date_iso⟩\"}"),
    ("F", "{'idCard': '⟨id_card=plain_18,x_upper⟩', 'bankCard': '⟨bank_card=plain_19,plain_16,domestic95_19⟩', 'phone': '⟨mobile=plain⟩'}"),
    ("F", "| 项目 | 内容 |\n| --- | --- |\n| 手机 | ⟨mobile⟩ |\n| 邮箱 | ⟨email⟩ |\n| 地址 | ⟨address⟩ |"),
    ("F", "订单号\t收货人电话\t收货地址\n⟨~order_no⟩\t⟨mobile⟩\t⟨address⟩"),
    ("F", "车牌号\t进场时间\t联系电话\n⟨plate⟩\t⟨~date_iso⟩\t⟨mobile⟩"),
    ("F", "name=*** tel=⟨mobile" + _NOFW + "⟩ wx=⟨wechat⟩ qq=⟨qq=plain⟩"),
    ("F", "报名信息：\n1. 学生身份证号：⟨id_card⟩\n2. 家长手机：⟨mobile⟩\n3. 家庭住址：⟨address⟩\n4. 家长QQ：⟨qq⟩"),
    # --- CRM notes / ticket summaries ----------------------------------------------------------
    ("F", "【客户备注】客户要求周末送货，备用电话⟨mobile⟩，宅电⟨landline⟩，已加微信⟨wechat⟩"),
    ("F", "工单⟨~ticket_no⟩ 摘要：客户反映空调不制冷，上门地址⟨address⟩，联系⟨mobile⟩，预约⟨~date_time⟩"),
    ("F", "跟进记录：⟨~date_time⟩ 电话回访⟨mobile⟩无人接听，已发短信；客户邮箱⟨email⟩已发报价单"),
    ("F", "CRM备注｜意向：高｜来源：抖音｜微信：⟨wechat⟩｜手机：⟨mobile⟩｜车牌：⟨plate⟩"),
    ("F", "客诉单 #⟨~ticket_no⟩\n问题：快递破损\n客户电话：⟨mobile⟩\n寄送地址：⟨address⟩\n处理：补发"),
    ("F", "交接一下：这个客户的QQ是⟨qq⟩，邮箱⟨email⟩，之前对接过两次，报价⟨~amount⟩"),
    # --- delivery labels / courier pickups ------------------------------------------------------
    ("F", "收件人：本人\n电话：⟨mobile⟩\n地址：⟨address⟩\n\n寄件人：商家售后\n电话：⟨landline⟩\n地址：⟨address⟩"),
    ("F", "寄件人 ⟨mobile⟩ ⟨address⟩\n收件人 ⟨mobile⟩ ⟨address⟩\n物品：文件"),
    ("C", "麻烦帮我下个上门取件，地址⟨address⟩，电话⟨mobile⟩，下午三点以后都在"),
    ("F", "退货地址：⟨address⟩（邮编⟨~postal_code⟩） 收件人：售后部 电话：⟨landline⟩（请勿到付）"),
    ("C", "快递员电话打不通，⟨mobile⟩这个号码是你们的吗？我地址是⟨address⟩"),
    ("F", "快递单号⟨~tracking_no⟩，寄件人手机⟨mobile⟩，取件码⟨~pickup_code⟩"),
    # --- insurance / loans ---------------------------------------------------------------------
    ("F", "投保人证件号码：⟨id_card⟩\n被保人：本人\n联系电话：⟨mobile⟩\n电子保单接收邮箱：⟨email⟩\n保单号：⟨~policy_no⟩"),
    ("F", "贷款申请信息：身份证号⟨id_card⟩ 还款卡⟨bank_card⟩ 预留手机⟨mobile⟩ 单位电话⟨landline⟩ 单位地址⟨address⟩"),
    ("C", "理赔款打到这张卡就行⟨bank_card⟩，是我本人的卡"),
    ("F", "车险续保：车牌⟨plate⟩，车主身份证⟨id_card⟩，联系电话⟨mobile⟩，保费⟨~amount⟩"),
    ("C", "申请编号是⟨~app_no⟩吗？我身份证号是⟨id_card⟩，您帮我查下审批到哪一步了"),
    ("F", "紧急联系人1：配偶 ⟨mobile⟩\n紧急联系人2：同事 ⟨mobile⟩\n单位座机：⟨landline⟩"),
    # --- hospital / school / property -----------------------------------------------------------
    ("F", "挂号信息\n科室：⟦口腔科|儿科|皮肤科|骨科⟧\n就诊日期：⟨~date_time⟩\n身份证：⟨id_card⟩\n手机：⟨mobile⟩\n排队号：⟨~queue_no⟩"),
    ("C", "给孩子挂号要填身份证，我把孩子的发你：⟨id_card⟩，家长电话⟨mobile⟩"),
    ("F", "新生入学登记\n学生身份证：⟨id_card⟩\n监护人电话：⟨mobile⟩\n现住址：⟨address⟩\n接送车辆：⟨plate⟩"),
    ("F", "房屋交付确认单\n房屋坐落：⟨address⟩\n业主联系电话：⟨mobile⟩\n备用电话：⟨landline⟩\n车位：⟨~parking_spot⟩\n登记车牌：⟨plate⟩"),
    ("C", "管家你好，我家是⟨address⟩，楼上漏水了，麻烦过来看看，电话⟨mobile⟩"),
    ("C", "物业你好 我新买的车 车牌⟨plate⟩ 帮我录一下门禁 房号⟨address=dashed_room,haolou_bare⟩"),
    # --- refunds / invoices / contracts ---------------------------------------------------------
    ("F", "退款申请\n退款账户：⟨bank_card⟩\n开户行：⟦招商银行深圳分行|工商银行杭州西湖支行|建设银行南京鼓楼支行|农业银行成都武侯支行⟧\n退款金额：⟨~amount⟩\n联系电话：⟨mobile⟩"),
    ("C", "原路退不回去的话就退到我卡上吧 ⟨bank_card⟩ ⟦建行|工行|农行|招行|交行⟧的"),
    ("F", "开票信息\n抬头：⟦上海云帆信息科技有限公司|杭州鸿业贸易有限公司|深圳市美迪电子有限公司|成都天府文化传播有限公司⟧\n税号：⟨~credit_code⟩\n地址电话：⟨address⟩ ⟨landline⟩\n接收邮箱：⟨email⟩"),
    ("F", "发票抬头：个人\n收票邮箱：⟨email⟩\n收票手机：⟨mobile⟩\n金额：⟨~amount⟩"),
    ("F", "甲方：⟦杭州某物业管理有限公司|上海安居房产经纪有限公司|深圳市住好租赁有限公司⟧\n乙方身份证号：⟨id_card⟩\n乙方联系电话：⟨mobile⟩\n乙方通讯地址：⟨address⟩\n合同编号：⟨~contract_no⟩"),
    ("F", "乙方（承租方）\n证件号码：⟨id_card⟩\n电话：⟨mobile⟩\n邮箱：⟨email⟩\n收款账户：⟨bank_card⟩"),
    # --- ordinary chat lines -------------------------------------------------------------------
    ("C", "我电话⟨mobile⟩，到了打我"),
    ("C", "⟨mobile⟩ 这个是我老公的，送货前联系他"),
    ("C", "你好 我想问一下 我的订单怎么还没发货 手机号⟨mobile⟩"),
    ("C", "打我座机吧 ⟨landline⟩ 手机信号不好"),
    ("C", "老师好，孩子作业发您邮箱了⟨email⟩那个是我的"),
    ("C", "我QQ⟨qq⟩，你加一下，截图发你"),
    ("C", "扣扣⟨qq⟩ 微信⟨wechat⟩ 都可以"),
    ("C", "我微信号⟨wechat⟩，搜不到的话就搜手机号⟨mobile⟩"),
    ("C", "地址改一下，改成⟨address⟩，之前那个不住了"),
    ("C", "送到⟨address⟩就行，小区门口有快递柜"),
    ("C", "我车牌是⟨plate⟩，停在⟨~parking_spot⟩，你们师傅来了直接过来"),
    ("C", "⟨plate⟩ 这辆车的违停是我的，我已经挪了"),
    ("C", "好的好的，发票邮箱：⟨email⟩ 谢谢🙏"),
    ("C", "电活⟨mobile⟩，地扯⟨address⟩，快点发货啊 急用"),
    ("C", "刚才发错了，不是⟨~masked_mobile⟩，是⟨mobile⟩"),
    ("C", "身份证号码⟨id_card⟩，麻烦帮我看一下是不是已经实名了"),
    ("C", "卡号⟨bank_card⟩ 户名本人，钱打这里"),
    ("C", "您好，公司地址是⟨address⟩，前台电话⟨landline⟩，到了说找行政就行"),
    ("C", "收到，我把对接人的邮箱给你：⟨email⟩，合同扫描件发这里"),
    ("C", "师傅我在⟨address⟩门口等你，⟨mobile⟩"),
    ("C", "⟨email⟩\n这是我邮箱，资料发这个"),
    ("C", "亲 我之前登记的车牌⟨plate⟩已经卖了 新车是⟨plate⟩ 麻烦改一下"),
    ("C", "我家座机⟨landline⟩，白天家里有老人接"),
    ("C", "电话是⟨mobile⟩ 尾号⟨~tail_digits⟩那个不用了"),
    ("C", "可以，我的QQ邮箱⟨email=qq_mail⟩，您发过来我看一下"),
    ("C", "对的 就是那张尾号⟨~tail_digits⟩的卡，完整卡号⟨bank_card⟩"),
    ("C", "嗯 身份证⟨id_card⟩ 手机⟨mobile⟩ 你先帮我登记上 我晚点补照片"),
    ("C", "👉 ⟨mobile⟩ 👈 这个号码24小时开机"),
    ("C", "好嘞～有事微信联系我⟨wechat⟩ 或者打我电话⟨mobile⟩"),
    ("C", "老公的车⟨plate⟩，我自己的车⟨plate⟩，两个都要办月卡"),
    ("C", "在的，我刚加您微信了，我的是⟨wechat⟩，通过一下"),
    ("C", "不好意思，刚才手机号写错一位，正确的是⟨mobile⟩"),
    ("C", "你们的⟨~hotline⟩一直打不进去，我留个号码⟨mobile⟩你们回拨一下"),
    ("C", "我在外地，让我妈去拿，她电话⟨mobile⟩，地址还是⟨address⟩"),
    ("C", "亲，为了给您办理退款，需要提供一下银行卡号和开户行哦～\n⟨bank_card⟩ ⟦中国银行|邮储银行|浦发银行|兴业银行⟧"),
    ("F", "快递面单\n收：⟨mobile⟩ ⟨address⟩\n寄：⟨landline⟩ ⟨address⟩\n运单号：⟨~tracking_no⟩\n重量：⟨~weight⟩"),
    ("F", "上门取件预约成功\n取件地址：⟨address⟩\n联系电话：⟨mobile⟩\n预约时段：⟨~date_time⟩\n物品重量：⟨~weight⟩"),
    ("C", "您好，我是⟦平安|太平洋|人保⟧的保险顾问，这是我的联系方式：\n手机/微信：⟨mobile⟩\n邮箱：⟨email⟩\n办公地址：⟨address⟩"),
    ("C", "家长您好，这是班级QQ群⟨~qq_group⟩，进群请备注孩子姓名；有事也可以加我个人QQ⟨qq⟩"),
    ("F", "客户信息\n证件类型：居民身份证\n证件号码：⟨id_card⟩\n手机号码：⟨mobile⟩\n常住地址：⟨address⟩\n车牌号码：⟨plate⟩"),
    ("C", "您好，我是您的房产顾问，您看中的那套在⟨address⟩，钥匙在我这，看房前打我⟨mobile⟩"),
    ("F", "【系统通知】客户⟨~masked_mobile⟩已更换联系方式，新手机：⟨mobile⟩，新微信：⟨wechat⟩"),
    ("C", "⟨qq⟩是我QQ，⟨email=qq_mail⟩也是我的邮箱"),
    ("C", "wx：⟨wechat⟩ 加的时候备注一下买的什么"),
    ("C", "vx ⟨wechat⟩"),
    ("F", "银行卡号：⟨bank_card⟩\n开户行：⟦中国工商银行上海张江支行|中国建设银行广州天河支行|招商银行杭州分行营业部⟧\n银行预留手机号：⟨mobile⟩"),
    ("C", "打款账户我发你，⟨bank_card⟩，到账了跟我说下"),
    ("F", "寄件人信息：⟨mobile⟩，⟨address⟩；收件人信息：⟨mobile⟩，⟨address⟩；物品：衣服；保价：⟨~amount⟩"),
    ("C", "好的，这边帮您登记一下，请问您的车牌号是多少？\n⟨plate⟩，谢谢"),
    ("C", "⟨landline⟩是我们办公室电话，您打这个找前台就行"),
    ("F", "投诉登记：来电号码⟨mobile⟩，回访号码⟨landline⟩，投诉工单⟨~ticket_no⟩"),
    ("C", "亲 我QQ号⟨qq⟩ 昵称是一朵花那个 微信不常用"),
    ("F", "会员注册信息\nQQ：⟨qq⟩\n微信：⟨wechat⟩\n手机：⟨mobile⟩\n注册时间：⟨~date_iso⟩"),
)

NEAR_TEMPLATES = (
    # --- system blocks with only masked / non-personal data ------------------------------------
    ("F", "【订单确认】订单号：⟨~order_no⟩\n下单时间：⟨~date_time⟩\n实付金额：⟨~amount⟩\n收货手机：⟨~masked_mobile⟩"),
    ("F", "订单编号:⟨~order_no⟩\n支付流水号:⟨~txn_no⟩\n支付时间:⟨~date_time⟩\n金额:⟨~amount⟩"),
    ("F", "退款已原路退回⟨~masked_card⟩，金额⟨~amount⟩，预计⟦1-3|3-5|1-7⟧个工作日到账，退款单号⟨~txn_no⟩"),
    ("F", "您尾号⟨~tail_digits⟩的储蓄卡于⟨~date_time⟩入账人民币⟨~amount⟩"),
    ("F", "投保人证件号：⟨~masked_id⟩\n保单号：⟨~policy_no⟩\n保费：⟨~amount⟩\n生效日期：⟨~date_time⟩"),
    ("F", "实名信息：证件号⟨~masked_id⟩，手机号⟨~masked_mobile⟩，已认证"),
    ("F", "发票代码：⟨~invoice_no⟩ 发票号码：⟨~invoice_no⟩ 开票日期：⟨~date_time⟩ 价税合计：⟨~amount⟩"),
    ("F", "开票信息\n抬头：⟦上海云帆信息科技有限公司|杭州鸿业贸易有限公司|深圳市美迪电子有限公司⟧\n税号：⟨~credit_code⟩\n金额：⟨~amount⟩"),
    ("F", "快递单号：⟨~tracking_no⟩\n收件手机：⟨~masked_mobile⟩\n取件码：⟨~pickup_code⟩"),
    ("F", "【菜鸟驿站】您的包裹已到站，凭取件码⟨~pickup_code⟩领取，营业时间⟨~work_hours⟩"),
    ("F", "工单⟨~ticket_no⟩已创建，处理人工号⟨~employee_no⟩，预计⟨~date_time⟩前回复"),
    ("F", "预订确认号：⟨~booking_no⟩\n房间：⟨~hotel_room⟩\n入住：⟨~date_time⟩\n房费：⟨~amount⟩"),
    ("F", "合同编号：⟨~contract_no⟩\n签订日期：⟨~date_time⟩\n月租金：⟨~amount⟩\n押金：⟨~amount⟩"),
    ("F", "申请编号：⟨~app_no⟩\n申请金额：⟨~amount⟩\n期数：⟨~periods⟩\n状态：审核中"),
    ("F", "{\"orderNo\":\"⟨~order_no⟩\",\"payAmount\":\"⟨~amount⟩\",\"mobile\":\"⟨~masked_mobile⟩\",\"status\":\"PAID\"}"),
    ("F", "{\"ticketId\": \"⟨~ticket_no⟩\", \"createTime\": \"⟨~date_iso⟩\", \"agentNo\": \"⟨~employee_no⟩\"}"),
    ("F", "| 订单号 | 金额 | 状态 |\n| --- | --- | --- |\n| ⟨~order_no⟩ | ⟨~amount⟩ | 已发货 |"),
    ("F", "商品\t数量\t单价\n⟨~model_no⟩\t⟨~item_count⟩\t⟨~amount⟩"),
    ("F", "orderId=⟨~order_no⟩&amount=⟨~amount⟩&code=⟨~verify_code⟩"),
    ("F", "挂号成功｜⟦口腔科|儿科|皮肤科⟧｜⟨~date_time⟩｜排队号⟨~queue_no⟩｜证件⟨~masked_id⟩"),
    ("F", "【自动回复】您好，我们的服务时间是⟨~work_hours⟩，非工作时间请拨打⟨~hotline⟩"),
    ("F", "感谢添加！下单请点击⟨~url⟩，售后请拨打⟨~hotline⟩，工作时间⟨~work_hours⟩"),
    ("F", "会议提醒：⟨~date_time⟩ 腾讯会议号⟨~meeting_id⟩，请准时参加"),
    ("F", "停车缴费成功 车位⟨~parking_spot⟩ 停车时长⟨~duration⟩ 金额⟨~amount⟩"),
    ("F", "邮箱已绑定：⟨~masked_email⟩\n手机已绑定：⟨~masked_mobile⟩"),
    ("F", "收件人：本人 ⟨~masked_mobile⟩\n地址：⟨~place_only⟩（详细地址已隐藏）"),
    ("F", "交易凭证\n卡号：⟨~masked_card⟩\n交易流水：⟨~txn_no⟩\n交易金额：⟨~amount⟩\n交易时间：⟨~date_time⟩"),
    ("F", "券码：⟨~coupon_code⟩ 有效期至⟨~date_time⟩"),
    ("F", "您的验证码是⟨~verify_code⟩，5分钟内有效，请勿泄露"),
    # --- ordinary chat lines ----------------------------------------------------------------
    ("C", "订单号⟨~order_no⟩，怎么还没发货啊"),
    ("C", "亲，您的快递单号是⟨~tracking_no⟩，可以在小程序里查物流哦"),
    ("C", "我这边看到您预留的号码是⟨~masked_mobile⟩，是这个吗？"),
    ("C", "是尾号⟨~tail_digits⟩的那个号吗"),
    ("C", "退款⟨~amount⟩已经提交了，退到尾号⟨~tail_digits⟩的卡"),
    ("C", "你们客服电话⟨~hotline⟩打了半天没人接"),
    ("C", "好的亲，已经帮您备注了，工单号⟨~ticket_no⟩，有进展会第一时间通知您"),
    ("C", "验证码⟨~verify_code⟩，你那边能看到吗"),
    ("C", "取件码⟨~pickup_code⟩，我让同事帮我拿"),
    ("C", "我在⟨~place_only⟩⟦附近|这边|那块|⟧，离你们最近的门店在哪"),
    ("C", "是⟨~place_only⟩那家吗？我周末过去"),
    ("C", "发票号码⟨~invoice_no⟩，金额⟨~amount⟩，麻烦帮我重开一张"),
    ("C", "合同号⟨~contract_no⟩，下个月⟨~date_time⟩到期，想续租"),
    ("C", "我订的⟨~hotel_room⟩房间空调坏了，能换一间吗"),
    ("C", "型号是⟨~model_no⟩，买了⟨~periods⟩了，现在不制冷"),
    ("C", "这个保单号⟨~policy_no⟩是我的吗？我怎么没印象"),
    ("C", "您好，申请编号⟨~app_no⟩的进度帮我查一下"),
    ("C", "交易单号⟨~txn_no⟩，钱扣了但订单显示未支付"),
    ("C", "⟨~date_time⟩下的单，⟨~amount⟩，到现在还没到"),
    ("C", "好的，我⟨~date_time⟩有空，师傅几点能到？"),
    ("C", "我是⟨~place_only⟩的，能送吗"),
    ("C", "优惠券码⟨~coupon_code⟩用不了，提示已过期"),
    ("C", "会议号⟨~meeting_id⟩，密码⟨~verify_code⟩"),
    ("C", "车位是⟨~parking_spot⟩，师傅来了直接停那"),
    ("C", "收到😊 预约号⟨~booking_no⟩，到店出示就行"),
    ("C", "工号⟨~employee_no⟩的客服态度太差了，我要投诉"),
    ("C", "那个链接⟨~url⟩打不开啊"),
    ("C", "我们邮编是⟨~postal_code⟩，需要填吗"),
    ("C", "邮箱显示的是⟨~masked_email⟩，对的，是我的"),
    ("C", "证件号显示⟨~masked_id⟩，没错"),
    ("C", "卡号显示⟨~masked_card⟩，是我绑定的那张"),
    ("C", "排到⟨~queue_no⟩号了，还要等多久"),
    ("C", "好的，那我先付定金⟨~amount⟩，尾款⟨~amount⟩到货再付"),
    ("C", "麻烦帮我查下物流⟨~tracking_no⟩，三天没更新了"),
    ("C", "嗯嗯 收到了 谢谢 订单⟨~order_no⟩可以确认收货了"),
    ("C", "不好意思刚看到消息，⟨~date_time⟩我在家，可以上门"),
    ("C", "分⟨~periods⟩还的话每期多少？总共⟨~amount⟩"),
    ("C", "打⟨~hotline⟩转人工说让我找你们企业微信"),
    ("C", "家长您好，这是班级QQ群⟨~qq_group⟩，进群请备注孩子姓名"),
    ("C", "亲，为了保护您的隐私，手机号在系统里只显示⟨~masked_mobile⟩，您看下后四位对不对"),
    ("C", "您好，核对一下信息：身份证后四位⟨~tail_digits⟩，对吗？"),
    ("F", "【自动回复】您好，我是您的专属客服，有问题请留言，我们会在⟨~duration⟩内回复您"),
    ("F", "面单信息\n运单号：⟨~tracking_no⟩\n收件人：本人 ⟨~masked_mobile⟩\n寄件客服：⟨~hotline⟩\n重量：⟨~weight⟩"),
    ("F", "放款通知：借款金额⟨~amount⟩，分⟨~periods⟩，收款卡⟨~masked_card⟩，合同号⟨~contract_no⟩"),
    ("C", "我们营业厅在⟨~place_only⟩，营业时间⟨~work_hours⟩"),
    ("F", "交房通知：⟨~date_time⟩起办理交付，请携带购房合同，合同编号⟨~contract_no⟩，面积⟨~area_sqm⟩，物业费⟨~amount⟩/月"),
    ("C", "订单⟨~order_no⟩里面有⟨~item_count⟩，只收到一半"),
    ("C", "您好，工号⟨~employee_no⟩为您服务，请问有什么可以帮您？"),
    ("C", "好的，已为您加急，预计⟨~duration⟩内有师傅联系您"),
    ("C", "群号⟨~qq_group⟩，验证填订单号⟨~order_no⟩就行"),
)


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

_MARK = re.compile(r"⟨(~?)(\w+)(?:=([\w,]+))?⟩")
_CHOICE = re.compile(r"⟦([^⟧]*)⟧")


def _allowed(kind: str, spec):
    names = [f for f, _, _ in FORMATS[kind]]
    if not spec:
        return names
    out = spec.split(",")
    assert all(f in names for f in out), (kind, spec)
    return out


def _markers(tpl: str):
    return [(m.group(1) == "~", m.group(2), m.group(3)) for m in _MARK.finditer(tpl)]


def _fill(r: random.Random, tpl: str, forced=None):
    tpl = _CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
    if r.random() < 0.22:  # half-width colons typed or pasted from another system
        tpl = tpl.replace("：", r.choice((":", ": ")))
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    used = False
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        near, name, spec = m.group(1) == "~", m.group(2), m.group(3)
        if near:
            v = NEAR[name](r)
            nears.append((name, len(text), len(text) + len(v)))
            text += v
            continue
        allowed = _allowed(name, spec)
        if forced and not used and forced[0] == name and forced[1] in allowed:
            fmt, used = forced[1], True
        else:
            table = [t for t in FORMATS[name] if t[0] in allowed]
            fmt = r.choices([t[0] for t in table], weights=[t[1] for t in table])[0]
        gen = next(g for f, _, g in FORMATS[name] if f == fmt)
        pre, v, suf = gen(r)
        text += pre
        ents.append((name, len(text), len(text) + len(v)))
        fmts.append(fmt)
        text += v + suf
    text += tpl[pos:]
    assert forced is None or used
    return text, ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    jobs = []  # (template id, forced)
    for kind in KINDS:
        for fmt, _, _ in FORMATS[kind]:
            cands = [i for i, (_, t) in enumerate(PII_TEMPLATES)
                     if any(not nr and nm == kind and fmt in _allowed(kind, sp) for nr, nm, sp in _markers(t))]
            assert len(cands) >= 3, (kind, fmt)
            picks = r.sample(cands, min(FORCE_PER_FMT, len(cands)))
            while len(picks) < FORCE_PER_FMT:
                picks.append(r.choice(cands))
            jobs += [(("P", i), (kind, fmt)) for i in picks]
    while len(jobs) < N_PII_ROWS:
        jobs.append((("P", r.randrange(len(PII_TEMPLATES))), None))
    jobs += [(("N", r.randrange(len(NEAR_TEMPLATES))), None) for _ in range(N_NEAR_ROWS)]
    r.shuffle(jobs)
    rows, tids = [], []
    for (src, i), forced in jobs:
        style, tpl = (PII_TEMPLATES if src == "P" else NEAR_TEMPLATES)[i]
        text, ents, fmts, nears = _fill(r, tpl, forced)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        tids.append(f"{src}{i}")
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind13_corpus() -> pd.DataFrame:
    """One row per chat message: text, entities, formats, near_misses, split."""
    return _build()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

_PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][A-Za-z0-9]{5,6}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*@[a-z0-9-]+(\.[a-z]{2,})+$")
_WX_RE = re.compile(r"^[A-Za-z][-_A-Za-z0-9]{5,19}$")
_PLACE_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道", "弄", "自治区")
_HOUSE_END = "号栋幢元室层楼0123456789"


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        return any(n.startswith(a) and len(n) == len(a) + k for a, k in AREA_CODES)
    if kind == "id_card":
        return _id_ok(n)
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[0] in "4569"
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", n))
    if kind == "wechat":
        return bool(_WX_RE.match(v))
    if kind == "plate":
        return bool(_PLATE_RE.match(n))
    if kind == "email":
        return bool(_EMAIL_RE.match(unicodedata.normalize("NFKC", v)))
    if kind == "address":
        nv = unicodedata.normalize("NFKC", v)
        first_unit = min((nv.find(u) for u in _PLACE_START if u in nv), default=-1)
        return first_unit >= 0 and nv[-1] in _HOUSE_END and nv == nv.strip()
    raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid(k, v), (k, v, text)
            before = unicodedata.normalize("NFKC", text[s - 1]) if s > 0 else " "
            after = unicodedata.normalize("NFKC", text[e]) if e < len(text) else " "
            if k != "address":
                bad = str.isdigit if k in ("mobile", "landline", "qq", "bank_card", "id_card") else str.isalnum
                if not text[:s].endswith(("+86", "0086")):
                    assert not (before.isascii() and bad(before)), (k, v, text)
                assert not (after.isascii() and bad(after)), (k, v, text)
            else:
                assert after not in "号栋幢元室层楼0123456789", (v, text)
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
            if k.startswith("masked"):
                assert "*" in v, v
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind13_corpus())  # deterministic
    c = check_corpus(df)
    chat = sum(1 for t in meta if (PII_TEMPLATES if t[0] == "P" else NEAR_TEMPLATES)[int(t[1:])][0] == "C")
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} entities={c['entities']} "
          f"chat_rows={chat}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} ({c['near_in_near_rows']} in near-miss rows) "
          f"kinds={len(c['near_kinds'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct")
    ctx: dict = {}
    for tid, es, fs in zip(meta, df["entities"], df["formats"]):
        for (k, _, _), f in zip(es, fs):
            ctx.setdefault(f"{k}/{f}", set()).add(tid)
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:30s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k in KINDS for f, _, _ in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

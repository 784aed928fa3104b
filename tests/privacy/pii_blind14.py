"""Fourteenth blind PII corpus (``split == "blind14"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十四位写手").
It read only: the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of
``toolkit/privacy/mask.py`` (via ``grep -n -A14 "^PII_KINDS"``), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only), and the README of ``../shared/datasets/``.  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
project README, any other file under ``tests/``, any other writer's corpus or
git history.  It never imported ``toolkit`` and never ran any masking or
finding function on this corpus.  Value shapes, chat contexts and labels come
only from the writer's own idea of how people in mainland China type in these
chats.

What is different here: PRIVATE-DOMAIN OPERATIONS AND COMMUNITY GROUP-BUYING.
WeCom chats run by brands' / shops' "private traffic" teams and by community
group-buying leaders (团长): 接龙 order lists (``1. 3-2-1502 王姐 2份 138…``),
prize / lottery winners sending delivery details, cash-back for reviews
(晒单返现) and refunds to bank cards, Alipay accounts (a phone or an e-mail),
WeChat IDs, live-stream after-sales, member sign-ups, sample requests,
distributors and agents (代理) registering with ID and bank card, KOL / MCN
collaboration contacts, pickup points in estates, delivery cars at the gate.
Customers paste the shop's own order-export lines (tab separated) and saved
address-book entries (``浙江省 杭州市 西湖区 …`` with spaces); leaders repeat
several people's details in one message; many emoji, nicknames and
abbreviations (收件人 / 收 / 寄, tel, dz, sj, vx, 🐧, Q), tildes and
decorations.  More than a third of the rows are ordinary chat lines.

Near-misses are the everyday numbers of this trade: Taobao / PDD / Douyin / JD
order numbers, tracking numbers, refund transaction numbers, gift-card /
提货券 numbers (16-19 digits failing Luhn), 18-digit 溯源码 failing the ID
check, masked values from order exports (``138****5678``, ``王**``),
hotlines (400 / 800 / 95xxx), verification and Cainiao pickup codes that look
like room numbers (``8-2-3017``), prices / cash-back amounts, dates and
times, invoice numbers, social credit codes of agent companies, postal codes,
URLs with numeric ids, Taobao 口令, Douyin share tokens (``w@F.ux``),
@-mentions, pickup points / estate gates (a place without a house unit),
parking spots, 接龙 counts, SKU codes, phone tails (尾号5678).

Seed
----
``SEED = "blind14-2026-私域团购-第十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Each declared format is first forced 4 times into randomly
drawn templates holding a marker of its kind, then the rest draw by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, ``·``, the parentheses around an
  area code) are inside; an address runs from its first place unit (province
  / city / district / county / town / village / road / estate) to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number
  such as ``1502`` or ``3-2-1502``); a 接龙 entry that is only a building and
  room inside the leader's estate (``3-2-1502``, ``8栋1602``) is an address
  (format ``room_only``).  A Chinese-style "vx同手机号 / 电话同微信" number is
  labelled mobile.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind14"``

Counts (``python tests/privacy/pii_blind14.py``)
------------------------------------------------
rows=1560, pii_rows=900, near_rows=660, entities=1425
(mobile 410, address 345, landline 114, qq 108, plate 100, id_card 95, bank_card 91, email 88,
wechat 74);
near-miss spans=1144 (976 in near-miss rows), 25 near-miss kinds
(price 170, date 143, place_only 103, quantity 74, time 70, order_no 69, masked 55, tracking_no 47,
member_level 40, txn_no 37, pickup_code 33, url 31, at_mention 31, tail_digits 28, postal_code 23,
gift_card_no 22, koulin 21, sku 21, verify_code 21, invoice_no 21, share_token 20, hotline 17,
credit_code 16, trace_code 16, parking_spot 15);
formats=45 distinct, each used >= 7 times in >= 6 templates:
address/estate_start, address/from_city, address/from_district, address/full_province,
address/municipality, address/road_number, address/room_only, address/spaced_region,
address/village_rural, bank_card/domestic95_19, bank_card/plain16, bank_card/plain19,
bank_card/space4_16, bank_card/space4_19, email/corp_domain, email/fullwidth_at, email/mixed_case,
email/qq_mail, email/webmail_pinyin, id_card/plain18, id_card/space_6_8_4, id_card/x_lower,
id_card/x_upper, landline/area_dash, landline/area_paren, landline/area_plain, landline/area_space,
landline/local_8, mobile/dash_344, mobile/fullwidth_digits, mobile/plain11, mobile/plus86_prefix,
mobile/space_344, plate/dot_sep, plate/lower_letter, plate/new_energy8, plate/plain7,
plate/space_sep, qq/digits_5_8, qq/digits_9_10, qq/fullwidth_digits, wechat/mixed_case,
wechat/pinyin_digits, wechat/underscore_dash, wechat/wxid.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind14-2026-私域团购-第十四位写手"
SPLIT = "blind14"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 900
N_NEAR_ROWS = 660

# --------------------------------------------------------------------------- value helpers

MOBILE_PREFIXES = tuple(
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 "
    "166 171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 196 198 199".split())

# (area code, local length)
AREA_CODES = (
    ("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
    ("028", 8), ("029", 8), ("0571", 8), ("0574", 8), ("0575", 8), ("0577", 8), ("0579", 8), ("0510", 8),
    ("0512", 8), ("0513", 8), ("0516", 8), ("0531", 8), ("0532", 8), ("0551", 8), ("0591", 8),
    ("0592", 7), ("0731", 8), ("0755", 8), ("0757", 8), ("0760", 8), ("0769", 8), ("0871", 8),
    ("0898", 8), ("0311", 8), ("0351", 7), ("0371", 8), ("0431", 8), ("0451", 8), ("0471", 7),
    ("0791", 8), ("0851", 8), ("0931", 7), ("0991", 7), ("0373", 7), ("0394", 7),
)
AREA_LEN = dict(AREA_CODES)

ID_REGIONS = (
    "110105", "110108", "310104", "310115", "330106", "330102", "330683", "330382", "320102", "320583",
    "440305", "440106", "441900", "510107", "420106", "370202", "410105", "411625", "430104", "350203",
    "610113", "500103", "120101", "130102", "340104", "341221", "360102", "450103", "530102", "210102",
    "220102", "230103", "140105", "150102", "460105", "520102", "620102", "630102", "640104", "650102",
    "360731", "511322", "371721", "430524",
)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_C = "10X98765432"

BIN19 = ("622202", "622848", "621700", "621226", "621661", "623668", "622908", "621799", "623058",
         "622262", "621483", "622823")
BIN16 = ("622588", "622575", "625965", "628288", "622155", "427020", "436742", "404119", "438088",
         "524094", "518710", "548259", "552599")
BIN95 = ("955880", "955990", "955881", "955991")

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


def _id_check(s17: str) -> str:
    return ID_C[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·.()（）]", "", v)


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- PII formats
# each format function returns (prefix outside span, value, suffix outside span)

def _mob(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def m_plain(rng):
    return "", _mob(rng), ""


def m_space(rng):
    v = _mob(rng)
    return "", f"{v[:3]} {v[3:7]} {v[7:]}", ""


def m_dash(rng):
    v = _mob(rng)
    return "", f"{v[:3]}-{v[3:7]}-{v[7:]}", ""


def m_plus86(rng):
    v = _mob(rng)
    if rng.random() < 0.3:
        v = f"{v[:3]} {v[3:7]} {v[7:]}"
    return rng.choice(("+86 ", "+86", "+86-", "0086 ", "86-", "(+86)")), v, ""


def m_fullwidth(rng):
    return "", _mob(rng).translate(FW), ""


def _land(rng):
    ac, n = rng.choice(AREA_CODES)
    loc = str(rng.randint(2, 8)) + _digits(rng, n - 1)
    return ac, loc


def _split_loc(rng, loc):
    if len(loc) == 8 and rng.random() < 0.3:
        return f"{loc[:4]} {loc[4:]}"
    return loc


def l_dash(rng):
    ac, loc = _land(rng)
    return "", f"{ac}-{loc}", ""


def l_paren(rng):
    ac, loc = _land(rng)
    o, c = rng.choice((("(", ")"), ("（", "）")))
    return "", f"{o}{ac}{c}{_split_loc(rng, loc)}", ""


def l_space(rng):
    ac, loc = _land(rng)
    return "", f"{ac} {_split_loc(rng, loc)}", ""


def l_plain(rng):
    ac, loc = _land(rng)
    return "", ac + loc, ""


def l_local(rng):
    loc = str(rng.randint(2, 8)) + _digits(rng, 7)
    return "", loc, ""


def _idv(rng, want_x=None):
    while True:
        region = rng.choice(ID_REGIONS)
        y = rng.randint(1958, 2004)
        mo = rng.randint(1, 12)
        dmax = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mo - 1]
        d = rng.randint(1, dmax)
        s17 = f"{region}{y}{mo:02d}{d:02d}{rng.randint(1, 999):03d}"
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


def i_plain(rng):
    return "", _idv(rng, False), ""


def i_xupper(rng):
    return "", _idv(rng, True), ""


def i_xlower(rng):
    return "", _idv(rng, True).lower(), ""


def i_space(rng):
    v = _idv(rng)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


def _card(rng, bins, n):
    b = rng.choice(bins)
    body = b + _digits(rng, n - len(b) - 1)
    return body + _luhn_digit(body)


def _sp4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def b_plain19(rng):
    return "", _card(rng, BIN19, 19), ""


def b_plain16(rng):
    return "", _card(rng, BIN16, 16), ""


def b_space19(rng):
    return "", _sp4(_card(rng, BIN19, 19)), ""


def b_space16(rng):
    return "", _sp4(_card(rng, BIN16, 16)), ""


def b_d95(rng):
    return "", _card(rng, BIN95, 19), ""


PINYIN = ("zhangli", "wangfang", "liuyang", "chenjing", "yangmei", "zhaolei", "huangting", "zhouqian",
          "wuxia", "xuli", "sunhao", "mahui", "zhuyan", "hujun", "guoxin", "linna", "heyu", "gaoyuan",
          "luoqi", "xiejie", "tangtang", "xiaoyu", "mengmeng", "lele", "doudou", "yiyi", "jiajia")
WEBMAIL = ("163.com", "126.com", "sina.com", "sohu.com", "gmail.com", "outlook.com", "icloud.com",
           "yeah.net", "139.com", "foxmail.com", "hotmail.com", "aliyun.com")
CORP = ("meiyanmcn.com", "xingtu-media.cn", "youxuan.com.cn", "guoshuxian.cn", "leyang-trade.com",
        "hzbaby.com", "huanqiu-mcn.com", "qingmu.cn", "tianmeiguo.net")


def _qq(rng, lo=9, hi=10):
    n = rng.randint(lo, hi)
    return str(rng.randint(1, 9)) + _digits(rng, n - 1)


def e_qq(rng):
    return "", _qq(rng, 8, 10) + "@qq.com", ""


def e_webmail(rng):
    loc = rng.choice(PINYIN) + rng.choice(("", "", str(rng.randint(1, 99)), str(rng.randint(1980, 2005)),
                                           "_" + str(rng.randint(1, 999)), "." + rng.choice(PINYIN)))
    return "", f"{loc}@{rng.choice(WEBMAIL)}", ""


def e_corp(rng):
    loc = rng.choice(("bd", "business", "coop", "kol", "hr", "kefu", "service", rng.choice(PINYIN),
                      rng.choice(("amy", "lucy", "kevin", "jason", "coco")) + "." + rng.choice(PINYIN)))
    return "", f"{loc}@{rng.choice(CORP)}", ""


def e_fwat(rng):
    loc = rng.choice((rng.choice(PINYIN) + str(rng.randint(1, 999)), _qq(rng)))
    return "", f"{loc}＠{rng.choice(('qq.com', '163.com', '126.com', 'sina.com'))}", ""


def e_mixed(rng):
    first = rng.choice(("Lily", "Amy", "Coco", "Kevin", "Jason", "Cindy", "Vivian", "Tony", "Grace"))
    loc = first + rng.choice(("_", ".", "")) + rng.choice(PINYIN).capitalize() + rng.choice(("", "88", "520", "1991"))
    return "", f"{loc}@{rng.choice(('Outlook.com', 'Gmail.com', 'iCloud.com', '163.com', 'Hotmail.com'))}", ""


def q_long(rng):
    return "", _qq(rng, 9, 10), ""


def q_short(rng):
    return "", _qq(rng, 5, 8), ""


def q_fw(rng):
    return "", _qq(rng, 8, 10).translate(FW), ""


def _alnum(rng, n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def w_wxid(rng):
    return "", "wxid_" + _alnum(rng, rng.choice((12, 14))), ""


def w_pinyin(rng):
    return "", rng.choice(PINYIN) + rng.choice((str(rng.randint(1980, 2012)), str(rng.randint(10, 999)),
                                                f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")), ""


def w_underscore(rng):
    a = rng.choice(PINYIN + ("lily", "amy", "xiaomi", "candy", "momo"))
    b = rng.choice(("mom", "ma", "baby", "shop", "tg", "tuan", str(rng.randint(1, 99)), "hz", "sh"))
    return "", a + rng.choice(("_", "-", "_")) + b + rng.choice(("", str(rng.randint(1, 99)))), ""


def w_mixed(rng):
    a = rng.choice(("Candy", "Lucky", "Sunny", "Yoyo", "Momo", "Kiki", "Mia", "Leo", "Ada"))
    return "", a + rng.choice(PINYIN).capitalize() + str(rng.randint(1, 2020)), ""


def _plate_body(rng):
    chars = [rng.choice("0123456789") for _ in range(5)]
    if rng.random() < 0.5:
        chars[rng.randint(0, 4)] = rng.choice(PLATE_LET)
    return "".join(chars)


def p_plain(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + _plate_body(rng), ""


def p_dot(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + "·" + _plate_body(rng), ""


def p_space(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + " " + _plate_body(rng), ""


def p_ne(rng):
    body = rng.choice("DF") + rng.choice("0123456789ABCDEFGHJK") + _digits(rng, 4)
    sep = rng.choice(("", "", "·"))
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:8]) + sep + body, ""


def p_lower(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]).lower() + _plate_body(rng).lower(), ""


REGIONS = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区", "萧山区", "临平区")),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区")),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区")),
    ("江苏省", "南京市", ("鼓楼区", "建邺区", "江宁区")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区")),
    ("广东省", "广州市", ("天河区", "海珠区", "番禺区", "白云区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区")),
    ("福建省", "厦门市", ("思明区", "湖里区")),
    ("陕西省", "西安市", ("雁塔区", "未央区")),
    ("安徽省", "合肥市", ("蜀山区", "包河区")),
)
MUNI = (("上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区")), ("北京市", ("朝阳区", "海淀区", "丰台区", "通州区")),
        ("重庆市", ("渝北区", "江北区", "南岸区")), ("天津市", ("南开区", "河西区")))
STREETS = ("蒋村街道", "良渚街道", "五常街道", "新桥街道", "龙华街道", "石岩街道", "东湖街道", "城关街道", "金沙街道")
ROADS = ("文三路", "学院路", "建设路", "人民路", "中山北路", "解放东路", "科技园南路", "长江路", "黄河路", "民治大道",
         "金沙江路", "龙华路", "东风路", "花园路", "创业路", "金鸡路", "滨江大道", "丰潭路", "莲花路", "五一路")
ESTATES = ("阳光花园", "万科城", "碧桂园", "保利香槟国际", "金地格林小城", "世纪新城", "锦绣江南", "翠苑一区",
           "华润悦府", "中海国际社区", "幸福里小区", "和平新村", "龙湖春江郦城", "滨江金色海岸", "恒大名都",
           "招商雍华府", "融信澜天", "绿地海珀", "南湖家园", "紫金花园", "金色家园", "东方郡")
RURAL = (("河南省", "周口市", "郸城县", "汲冢镇", "王庄村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李营村"),
         ("江西省", "赣州市", "于都县", "岭背镇", "谢屋村"), ("四川省", "南充市", "营山县", "双河镇", "白果村"),
         ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"), ("湖南省", "邵阳市", "隆回县", "六都寨镇", "花园村"),
         ("浙江省", "金华市", "义乌市", "佛堂镇", "塘下洋村"))


def _room(rng):
    fl = rng.randint(1, 32)
    return f"{fl}{rng.randint(1, 4):02d}"


def _bldg(rng):
    b, u, r = rng.randint(1, 28), rng.randint(1, 4), _room(rng)
    return rng.choice((f"{b}栋{u}单元{r}室", f"{b}幢{u}单元{r}", f"{b}号楼{u}单元{r}", f"{b}-{u}-{r}",
                       f"{b}栋{r}", f"{b}号楼{r}室", f"{b}幢{r}室", f"{rng.choice('ABCDE')}座{r}"))


def _road(rng):
    return f"{rng.choice(ROADS)}{rng.randint(1, 999)}号"


def _estate_part(rng):
    return rng.choice(ESTATES) + _bldg(rng)


def _detail(rng):
    r = rng.random()
    if r < 0.45:
        return _road(rng) + _estate_part(rng)
    if r < 0.85:
        return _estate_part(rng)
    return _road(rng) + rng.choice(("", f"{rng.randint(2, 18)}层"))


def a_full(rng):
    p, c, ds = rng.choice(REGIONS)
    st = rng.choice(STREETS) if rng.random() < 0.3 else ""
    return "", p + c + rng.choice(ds) + st + _detail(rng), ""


def a_city(rng):
    _, c, ds = rng.choice(REGIONS)
    return "", c + rng.choice(ds) + _detail(rng), ""


def a_district(rng):
    _, _, ds = rng.choice(REGIONS)
    return "", rng.choice(ds) + _detail(rng), ""


def a_muni(rng):
    c, ds = rng.choice(MUNI)
    return "", c + rng.choice(ds) + _detail(rng), ""


def a_estate(rng):
    return "", _estate_part(rng), ""


def a_spaced(rng):
    if rng.random() < 0.25:
        c, ds = rng.choice(MUNI)
        head = f"{c} {c} {rng.choice(ds)}" if rng.random() < 0.5 else f"{c} {rng.choice(ds)}"
    else:
        p, c, ds = rng.choice(REGIONS)
        head = f"{p} {c} {rng.choice(ds)}"
    st = " " + rng.choice(STREETS) if rng.random() < 0.5 else ""
    return "", f"{head}{st} {_detail(rng)}", ""


def a_rural(rng):
    p, c, x, t, v = rng.choice(RURAL)
    head = (p + c if rng.random() < 0.6 else c) + x + t + v
    return "", head + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号", ""


def a_room(rng):
    b, u, r = rng.randint(1, 28), rng.randint(1, 4), _room(rng)
    return "", rng.choice((f"{b}-{u}-{r}", f"{b}栋{r}", f"{b}幢{u}单元{r}", f"{b}号楼{r}", f"{b}-{r}",
                           f"{b}栋{u}单元{r}")), ""


def a_road(rng):
    return "", _road(rng), ""


_FMT_TABLES = (
    ("mobile", (("plain11", 6, m_plain), ("space_344", 2, m_space), ("dash_344", 1.5, m_dash),
                ("plus86_prefix", 1, m_plus86), ("fullwidth_digits", 0.5, m_fullwidth))),
    ("landline", (("area_dash", 4, l_dash), ("area_paren", 1.5, l_paren), ("area_space", 1.5, l_space),
                  ("area_plain", 1, l_plain), ("local_8", 1, l_local))),
    ("id_card", (("plain18", 5, i_plain), ("x_upper", 1.5, i_xupper), ("x_lower", 0.7, i_xlower),
                 ("space_6_8_4", 1, i_space))),
    ("bank_card", (("plain19", 4, b_plain19), ("plain16", 2, b_plain16), ("space4_19", 2, b_space19),
                   ("space4_16", 1, b_space16), ("domestic95_19", 1, b_d95))),
    ("email", (("qq_mail", 3, e_qq), ("webmail_pinyin", 3, e_webmail), ("corp_domain", 1.5, e_corp),
               ("fullwidth_at", 0.6, e_fwat), ("mixed_case", 1, e_mixed))),
    ("qq", (("digits_9_10", 4, q_long), ("digits_5_8", 1.5, q_short), ("fullwidth_digits", 0.6, q_fw))),
    ("wechat", (("wxid", 1.5, w_wxid), ("pinyin_digits", 3, w_pinyin), ("underscore_dash", 2, w_underscore),
                ("mixed_case", 1.2, w_mixed))),
    ("plate", (("plain7", 4, p_plain), ("dot_sep", 1.5, p_dot), ("space_sep", 1, p_space),
               ("new_energy8", 1.5, p_ne), ("lower_letter", 0.6, p_lower))),
    ("address", (("full_province", 3, a_full), ("from_city", 2, a_city), ("from_district", 1.5, a_district),
                 ("municipality", 1.2, a_muni), ("estate_start", 2, a_estate), ("spaced_region", 1.2, a_spaced),
                 ("village_rural", 0.8, a_rural), ("room_only", 0.3, a_room), ("road_number", 0.5, a_road))),
)
FMT = dict(_FMT_TABLES)
#: formats only used where a template asks for them (a bare room inside the leader's estate)
EXPLICIT_ONLY = ("room_only",)
MARK_KIND = {"m": "mobile", "l": "landline", "lx": "landline", "i": "id_card", "b": "bank_card", "e": "email",
             "q": "qq", "w": "wechat", "p": "plate", "a": "address"}


# --------------------------------------------------------------------------- near-miss generators
# each returns (prefix, value, suffix); the value is the near-miss span

def _nolu(rng, head, n):
    while True:
        v = head + _digits(rng, n - len(head))
        if not (16 <= len(v) <= 19 and _luhn_ok(v)) and not (len(v) == 18 and _id_ok(v)):
            return v


def x_order(rng):
    r = rng.random()
    if r < 0.35:
        return "", _nolu(rng, rng.choice(("1", "2", "3", "4")), 19), ""
    if r < 0.55:
        return "", f"{rng.randint(23, 24)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 15)}", ""
    if r < 0.75:
        return "", _nolu(rng, "69", 19), ""
    if r < 0.9:
        return "", _nolu(rng, rng.choice(("28", "29", "30")), 12), ""
    return "", "DD" + _nolu(rng, "2024", 14), ""


def x_track(rng):
    return "", rng.choice((lambda: "SF" + _digits(rng, 13), lambda: "YT" + _digits(rng, 13),
                           lambda: "JT" + _digits(rng, 13), lambda: "75" + _digits(rng, 10),
                           lambda: "43" + _digits(rng, 11), lambda: "98" + _digits(rng, 11),
                           lambda: "JD" + _digits(rng, 13)))(), ""


def x_price(rng):
    a = rng.choice((str(rng.randint(5, 168)), f"{rng.randint(9, 99)}.9", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"))
    return "", rng.choice((f"¥{a}", f"{a}元", f"{a}块", f"￥{a}", f"{rng.randint(3, 50)}元")), ""


def x_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return "", rng.choice((f"{m}月{d}号", f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"2024年{m}月{d}日",
                           f"{m}/{d}")), ""


def x_time(rng):
    h = rng.randint(7, 21)
    return "", rng.choice((f"{h}:00", f"{h}:{rng.choice(('00', '30', '15'))}", f"下午{rng.randint(1, 6)}点",
                           f"晚上{rng.randint(7, 10)}点", f"上午{rng.randint(8, 11)}点半")), ""


def x_masked(rng):
    v = _mob(rng)
    return "", rng.choice((f"{v[:3]}****{v[7:]}", f"{v[:3]}****{v[7:]}", f"{v[:3]}*****{v[8:]}",
                           f"{v[:3]}****{v[7:]}")), ""


def x_mcard(rng):
    c = _card(rng, BIN19 + BIN16, rng.choice((16, 19)))
    i = _idv(rng)
    return "", rng.choice((f"{c[:4]} **** **** {c[-4:]}", f"{c[:6]}******{c[-4:]}", f"**** {c[-4:]}",
                           f"{i[:3]}***********{i[-4:]}" if rng.random() < 0.2 else f"{c[:6]}*********{c[-4:]}")), ""


def x_mname(rng):
    v = _mob(rng)
    return "", rng.choice((rng.choice("王李张刘陈杨赵黄周吴") + "**", rng.choice("王李张刘陈杨赵黄周吴") + "*" +
                           rng.choice("明华丽芳强军"), f"{v[:3]}****{v[7:]}")), ""


HOTLINES = ("95588", "95533", "95555", "95566", "95559", "95599", "95338", "95311", "95546", "10086", "95511")


def x_hotline(rng):
    r = rng.random()
    if r < 0.45:
        return "", f"400-{rng.randint(100, 999)}-{_digits(rng, 4)}", ""
    if r < 0.6:
        return "", f"400{rng.randint(100, 999)}{_digits(rng, 4)}", ""
    if r < 0.75:
        return "", f"800-{rng.randint(800, 899)}-{_digits(rng, 4)}", ""
    return "", rng.choice(HOTLINES), ""


def x_code(rng):
    return "", _digits(rng, rng.choice((4, 6, 6))), ""


def x_pickup(rng):
    return "", rng.choice((f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(1001, 6999)}",
                           f"{rng.randint(10, 88)}-{rng.randint(1, 9)}-{rng.randint(1001, 4999)}",
                           f"{rng.choice('ABCDEF')}{rng.randint(1, 30)}-{rng.randint(1001, 9999)}",
                           str(rng.randint(100000, 999999)))), ""


def x_txn(rng):
    r = rng.random()
    if r < 0.4:
        return "", "2024" + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "2200" + _digits(rng, 16), ""
    if r < 0.7:
        return "", "42000" + _digits(rng, 5) + "2024" + _digits(rng, 14), ""
    return "", _nolu(rng, rng.choice(("50", "31", "88")), rng.choice((16, 18, 19))), ""


def x_giftcard(rng):
    return "", _nolu(rng, rng.choice(("8800", "6600", "2100", "9100", "7300")), rng.choice((16, 18, 19))), ""


def x_badid(rng):
    while True:
        v = _idv(rng)
        bad = v[:17] + rng.choice([c for c in "0123456789" if c != v[17]])
        if not _id_ok(bad) and not (_luhn_ok(bad)):
            return "", bad, ""


def x_postal(rng):
    return "", rng.choice(("310012", "310000", "311100", "518057", "510630", "200120", "100020", "215000",
                           "430070", "610041", "266071", "450000", "361005", "230031")), ""


def x_url(rng):
    return "", rng.choice((f"https://m.tb.cn/h.{_alnum(rng, 7)}", f"https://v.douyin.com/{_alnum(rng, 7)}/",
                           f"https://mobile.yangkeduo.com/goods.html?goods_id={_digits(rng, 11)}",
                           f"https://item.jd.com/{_digits(rng, 12)}.html",
                           f"https://shop{_digits(rng, 9)}.taobao.com")), ""


def x_koulin(rng):
    s = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(11))
    return "", rng.choice((f"￥{s}￥", f"${s}$", f"({s})")), ""


def x_share(rng):
    a = rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
    b = rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
    c = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
    return "", f"{a}@{b}.{c}", ""


def x_invoice(rng):
    return "", rng.choice((_digits(rng, 8), "24" + _digits(rng, 18), "0" + _digits(rng, 11))), ""


def x_credit(rng):
    return "", "91" + rng.choice(ID_REGIONS) + "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
                                                                for _ in range(8)), ""


def x_sku(rng):
    return "", rng.choice((f"{rng.choice('ABCDHK')}{rng.randint(2301, 2412)}-{rng.randint(1, 199)}",
                           f"{rng.randint(200, 999)}g*{rng.randint(2, 12)}", f"SKU{_digits(rng, 8)}",
                           f"{rng.choice(('XL', 'M', 'L', 'S'))}码", f"69{_digits(rng, 11)}")), ""


def x_tail(rng):
    return "", _digits(rng, 4), ""


def x_place(rng):
    e = rng.choice(ESTATES)
    return "", rng.choice((e, e + rng.choice(("东门", "南门", "北门", "西门")), e + "菜鸟驿站",
                           e + rng.choice(("东门", "北门")) + "快递柜", rng.choice(("杭州", "深圳", "成都", "郑州", "苏州")),
                           rng.choice(("西湖区", "南山区", "武侯区", "浦东新区")), e + "物业", e + "门口的便利店")), ""


def x_estate(rng):
    return "", rng.choice(ESTATES), ""


def x_parking(rng):
    return "", rng.choice((f"B{rng.randint(1, 3)}-{rng.randint(1, 699)}", f"{rng.choice('ABCD')}{rng.randint(1, 399)}",
                           f"负{rng.randint(1, 2)}层{rng.randint(1, 399)}")), ""


def x_qty(rng):
    return "", rng.choice((f"{rng.randint(12, 260)}人", f"{rng.randint(20, 500)}单", f"{rng.randint(12, 260)}人",
                           f"{rng.randint(30, 300)}份")), ""


def x_portion(rng):
    return "", rng.choice((f"{rng.randint(2, 30)}箱", f"{rng.randint(1, 10)}斤", f"{rng.randint(1, 5)}份",
                           f"{rng.randint(1, 5)}份", f"{rng.randint(2, 6)}盒")), ""


NICKS = ("橙子妈妈", "小鱼儿", "Amy", "晴天", "阿杰", "一颗糖", "栗子", "芒果布丁", "木木", "琪琪妈",
         "Sunny", "简单点", "老周", "小太阳", "花花", "米粒", "豆豆爸")


def x_at(rng):
    return "", "@" + rng.choice(NICKS + ("团长", "店长小美", "客服小雅", "所有人")), ""


def x_memberlvl(rng):
    return "", rng.choice(("V3", "V5", "黑金会员", "SVIP", "Lv.6", "钻石会员")), ""


NEAR = {"order_no": x_order, "tracking_no": x_track, "price": x_price, "date": x_date, "time": x_time,
        "masked": x_masked, "hotline": x_hotline, "verify_code": x_code, "pickup_code": x_pickup,
        "txn_no": x_txn, "gift_card_no": x_giftcard, "trace_code": x_badid, "postal_code": x_postal,
        "url": x_url, "koulin": x_koulin, "share_token": x_share, "invoice_no": x_invoice,
        "credit_code": x_credit, "sku": x_sku, "tail_digits": x_tail, "place_only": x_place,
        "parking_spot": x_parking, "place_only_estate": x_estate, "quantity": x_qty, "quantity_portion": x_portion,
        "masked_card": x_mcard, "masked_name": x_mname, "at_mention": x_at, "member_level": x_memberlvl}

# --------------------------------------------------------------------------- fillers (not labelled)

SURS = ("王姐", "李哥", "张女士", "陈先生", "小刘", "赵阿姨", "周周", "刘姐", "黄先生", "吴女士", "孙姐", "杨哥",
        "马女士", "林林", "郑姐", "何先生", "高姐", "小罗")
GOODS = ("阳光玫瑰", "车厘子", "土鸡蛋", "五常大米", "原切牛排", "榴莲千层", "洗衣凝珠", "面膜", "酸奶", "草莓",
         "大闸蟹", "脐橙", "纸巾", "烤肠", "猕猴桃", "水饺", "牛奶", "芒果")
BANKS = ("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "邮政储蓄", "农商行", "工行", "建行",
         "农行", "招行", "中行", "浦发银行", "兴业银行")
SHOPS = ("鲜果时光", "良品小铺", "悦享生活", "宝妈优选", "小区生鲜团", "美妍旗舰店", "有家好物", "邻里优选")
EMOS = ("🎉", "🎁", "🙏", "😊", "✨", "🌸", "❤️", "👍", "😂", "🤝", "📦", "🌹", "💕", "🥰", "😭", "👌", "🔥", "～")
CITIES = ("杭州", "深圳", "成都", "苏州", "武汉", "长沙", "郑州", "青岛", "西安", "合肥")


def f_n(rng):
    return str(rng.choice((1, 1, 2, 2, 3, 4, 5, 6)))


FILL = {"sur": lambda r: r.choice(SURS), "nick": lambda r: r.choice(NICKS), "goods": lambda r: r.choice(GOODS),
        "n": f_n, "bank": lambda r: r.choice(BANKS), "shop": lambda r: r.choice(SHOPS),
        "emo": lambda r: r.choice(EMOS), "city": lambda r: r.choice(CITIES)}

EXTS = ("转{0}", "-{0}", "分机{0}", " 转{0}", "转分机{0}", "（分机{0}）", " ext.{0}")

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    # pasted address-book / order details
    "收件人：{sur}\n电话：{m}\n地址：{a}",
    "{sur} {m} {a}",
    "{sur}，{m}，{a|spaced_region,full_province,municipality,from_city}",
    "{a}\n{m}\n{sur}",
    "{m} {a} {sur}",
    "收：{sur} {m}\n寄：{a}",
    "收货人: {sur}\n手机号码: {m}\n详细地址: {a}",
    "tel:{m} dz:{a}",
    "sj {m}\nvx {w}\ndz {a}",
    "{emo}{emo} 中奖信息 {emo}\n收件人：{sur}\n手机：{m}\n地址：{a}",
    "订单编号:{x_order} 收货人:{sur} 联系电话:{m|plain11} 收货地址:{a|full_province,municipality,from_city} 实付:{x_price}",
    "{x_order}\t{sur}\t{m|plain11}\t{a|full_province,municipality,spaced_region}\t{goods}\t{x_price}",
    "这是店铺导出来的那条：{x_order}，{sur}，{m|plain11}，{a}，你看下是不是填错了",
    "【收货信息】\n{sur}\n{m}\n{a}\n【备注】放门口别敲门，娃在睡觉",
    # prize / lottery winners
    "亲，中奖的礼品寄到{a}，电话{m}，谢谢~{emo}",
    "哈喽～我是{nick}，抽中了三等奖{emo} 地址{a} 电话{m} 收件人写我就行",
    "直播间抽奖中了！！地址{a} tel{m} {emo}{emo}{emo}",
    "您好，您的奖品将寄往 {a}，联系电话 {m}，请核对~如有问题{x_time}前回复",
    "中奖名单里的{x_at}就是我 快递寄{a} 手机{m}",
    "客服说中奖要填信息 我直接发这里了：{sur} {m} {a}",
    "礼品卡兑换的{goods}寄到{a}就行，电话{m}，礼品卡号{x_giftcard}",
    # 接龙 lists
    "#接龙 {goods} {x_price}/份 {x_date}截单\n1. {a|room_only} {sur} {n}份 {m}\n2. {a|room_only} {sur} {n}份 {m}\n3. {a|room_only} {sur} {n}份",
    "接龙\n1. {sur} {a|room_only} {n}份\n2. {nick} {a|room_only} {n}份 {m|plain11}\n3. {sur} {a|room_only} {n}份 {m|plain11}",
    "{n}. {a|room_only} {sur} {n}份 {m}",
    "团长，帮我登记下：{a|room_only}，{n}份，电话{m}～",
    "团长辛苦啦！我的是{a|room_only}，放楼下快递架就行{emo}",
    "我在{x_estate}，具体是{a|room_only}，送上来还是自己下去拿？",
    "我是{x_estate}的，{a|room_only}，手机号{m}，宝妈群介绍进来的",
    "团长我接龙了，{n}份，{a}，电话{m}",
    "@团长 我{a|room_only}的 {n}份{goods}，到了打我电话{m}",
    "帮我同事也报名一份，她的地址{a}，电话{m}",
    "1份送{a}\n1份送{a}\n都是我付钱 {emo}",
    "统计一下没取货的：{a|room_only} {sur} {m}；{a|room_only} {sur} {m}；{a|room_only} {sur}",
    "团长我换地址了，以后送{a}哈",
    "地址写错了！！是{a}，不是{x_estate}那个",
    "原来的地址{a}不住了，改成{a}",
    "麻烦送货上门吗？{a} 我腿不方便",
    "快递放到{a}门口的鞋柜里就行",
    "地址：{a}（放门口就行，不用敲门）",
    "我的地址是{a}，手机号是{m}，收件人是我妈",
    "叫我妈接一下，她电话{m}，地址{a}，她不太会用微信",
    "我朋友也想进群，她手机{m}，你加她一下～",
    # refunds / cash back / alipay / bank cards
    "晒单返现的钱打我支付宝吧：{m}",
    "{m}是我支付宝，麻烦退一下差价{emo}",
    "支付宝账号{e}，实名是我本人哈",
    "我的支付宝是{e}，名字{sur}",
    "支付宝：{m|plain11,space_344} 好评截图发你了 返现{x_price}对吧",
    "返现直接转我微信就行，vx：{w}",
    "退款麻烦退到卡上 {b} {bank}",
    "银行卡号：{b}\n开户行：{bank}\n户名：本人",
    "{b}{bank}的，返现打这里",
    "打款信息：{bank} {b} 户名{sur}",
    "不好意思刚发错了，卡号应该是{b}",
    "返现麻烦转卡吧，支付宝被限额了 {b}",
    "这个月分销佣金提现到{b}，麻烦财务处理下",
    "银行卡{b}，身份证{i}，都发给你了，佣金啥时候到",
    "退款{x_price}还没到账，原路退的是{bank}尾号{x_tail}，要不直接退这张卡{b}",
    "卡号 {b|space4_19,space4_16} 开户行{bank}{city}分行",
    # agents / distributors
    "代理登记：身份证 {i}，手机 {m}，收货地址 {a}",
    "代理申请表\n姓名：{sur}\n身份证：{i}\n手机：{m}\n微信：{w}\n地区：{city}",
    "身份证号{i} 办会员要这个吗？",
    "身份证号码：{i}（代理备案用）",
    "我身份证最后一位是X，完整的是{i|x_upper,x_lower}",
    "{i}\n这是我身份证号，跨境购要实名",
    "实名信息：{sur} {i}",
    "奖品超过800要代扣个税，身份证号发你：{i}",
    "身份证 {i}\n银行卡 {b}\n开户行 {bank}",
    "海淘要清关，身份证{i}，手机{m}，地址写{a}",
    "身份证{i} 手机{m} 开户行{bank} 卡号{b}",
    "分销商入驻：营业执照信用代码{x_credit}，法人身份证{i}，联系电话{m}",
    "要开对公的话账号给你，个人的就是这张{b}，身份证{i}",
    # KOL / business
    "合作的话加我vx {w} 或者发邮件 {e}，备注品牌名",
    "KOL对接 商务邮箱：{e} 电话同微信{m}",
    "合作请发邮箱{e}，附上报价和数据截图，一般3个工作日内回复",
    "达人合作 📮{e} 📱{m}",
    "样品申请：小红书粉丝2.3w，邮箱{e}，地址{a}，手机{m}",
    "样品收到啦{emo} 我小红书同名，商务合作联系QQ{q}",
    "你好，品牌方这边的对接人QQ{q}，邮箱{e|qq_mail}",
    "寄样品到{a}，{sur}收，{m}",
    "公司前台电话{l}，样品寄到前台就行 地址{a}",
    "我们MCN的座机{lx}，商务对接找{sur}",
    "样品寄这里：{a}\n联系人：{sur}\n电话：{m}\n邮箱：{e}",
    # invoices / emails / QQ
    "麻烦开发票 抬头个人 邮箱{e}",
    "电子发票发到{e}谢谢",
    "邮箱：{e}\n手机：{m}\nQQ：{q}",
    "客服你好，我QQ邮箱{e|qq_mail}收不到验证码",
    "我QQ {q} 平时不怎么看微信",
    "企鹅号{q}，加的时候备注买家",
    "扣扣{q} 微信{w}",
    "🐧{q}",
    "有问题Q我：{q}",
    "加我QQ吧{q}，微信消息太多了看不过来",
    "q：{q}\ne：{e}",
    "我不用微信的，QQ号{q}，到货了QQ上说一声",
    "{q} 这是我QQ，之前那个号被盗了",
    "我女儿帮我弄的，她QQ{q}，有事找她",
    "团购群满了的话拉我进QQ群吧，我Q号{q}",
    "QQ：{q}（加好友备注{goods}）",
    # wechat
    "微信：{w}（备注团购）",
    "我微信号是{w}，手机号搜不到的",
    "加一下我企业微信？我个人微信{w}",
    "vx同手机号 {m}",
    "手机{m}微信同号",
    "vx {w} 拉我进{city}的群",
    "新群满了，加我小号{w}，我拉你",
    "我老婆微信{w}，她负责收货，你加她",
    "店长微信：{w} 有售后问题直接找他",
    # phones
    "会员注册用的手机是{m}，积分怎么没到账",
    "麻烦帮我改下收货电话，原来的不用了，新号{m}",
    "这个号码{m}打不通，能换个吗 我另一个是{m}",
    "电话打{m}吧，{m}那个停机了",
    "抱歉我手机号换了，新号码{m}，旧的{m}别打了",
    "会员开卡 手机号{m} 生日{x_date}",
    "{m}\n上面是我手机号 麻烦查下我那单{x_order}",
    "没收到短信验证码，手机号{m}没错吧？",
    "我登记的{m}，你查一下直播间下的那单",
    "直播间拍的{goods}坏了好几个，电话{m}，售后联系我",
    "售后师傅电话打{m} 白天都在家",
    "Tel：{m}",
    "直播间售后：订单{x_order}，收到的{goods}漏了，手机{m}，麻烦联系我",
    "主播让我加你们售后，手机号{m}，单号{x_track}",
    "会员登记\n手机：{m}\n生日：{x_date}\n地址：{a}",
    "我在你们直播间领了新人券，注册手机{m}，但是下单用不了",
    "老客户了 {x_member} 手机{m} 帮我查下积分",
    "换货寄到这个新地址：{a}，原来那个{x_estate}的不住了",
    "拜托~~改个地址：{a}✨✨",
    "dz: {a}\ntel: {m}\n收: {sur}",
    # landlines
    "店里座机{l}，有事打这个也行",
    "老板我家那边信号不好，打座机{l}",
    "家里座机{l}，老人不会用手机",
    "我们公司固话{lx}，财务{sur}，发票寄{a}",
    "您好，我们是{shop}官方售后，工作时间可拨{lx}，或加店长微信{w}",
    "退货地址：{a}，售后组收，电话{l}，请备注订单号{x_order}",
    "自提点电话{l}，营业到{x_time}",
    "有事打我办公室{lx}，手机{m}",
    "座机：{l}\n手机：{m}",
    "公司电话{l} 传真同号",
    "打{l}没人接，是不是下班了？",
    "{l} 这是我们店的电话，团购的货可以放店里",
    "前台电话（总机）{lx}，到了让前台签收",
    "收件人{sur}，电话{l}，单位地址{a}，邮编{x_postal}",
    # plates
    "今天下午开车过来自提，车牌{p}，麻烦跟门卫说一声",
    "物业那边要登记车牌：{p}，{p} 两台车",
    "送货师傅的车是{p}吗？一直停在楼下",
    "司机师傅电话{m}，车牌{p}，大概{x_time}到小区",
    "明天到货，配送车{p}，师傅{m}，大家留意下群消息",
    "我老公的车{p}，他下班顺路来拿",
    "新能源车{p|new_energy8}，物业说要提前录入",
    "已登记：车牌 {p}，到了在东门打电话 {m}",
    "停车场进不去，车牌是{p}，麻烦报备下",
    "{p} 这个车是团长的吗 挡着我出库了",
    "我车牌号{p}，停在{x_parking}，你们放后备箱就行",
    "团长明天自己开车送，车牌{p}，{x_place}集合",
    "车牌{p}的是来提货的，让他进来",
    "我开的白色的车，{p}，在{x_place}等你",
    "{p}\n{p}\n这两个车牌帮我录一下，业主{a|room_only}",
)

NEAR_TEMPLATES = (
    "订单号{x_order}，什么时候发货呀",
    "我那单{x_order}显示已签收，但是没收到啊",
    "快递单号{x_track}一直没更新{emo}",
    "物流到哪了 单号{x_track}",
    "退款{x_price}到账了吗？流水号{x_txn}",
    "退款单号{x_txn}，说是1-3个工作日",
    "我尾号{x_tail}的那个手机号收不到短信",
    "今天团购截止{x_time}，明天{x_date}统一配送",
    "{x_date}下午到货，{x_time}后可以来{x_place}自提",
    "客服热线{x_hotline}打不通",
    "打了{x_hotline}，说让我找你们店铺",
    "取件码{x_pickup}，帮我拿一下谢谢",
    "我的取件码是{x_pickup}，放在{x_place}",
    "验证码{x_code}是你们发的吗",
    "收到验证码{x_code}了，然后呢",
    "复制这段{x_koulin}打开淘宝，就是这个链接",
    "{x_koulin}/ 复制打开手淘 这个{goods}还有吗",
    "6.99 {x_share} 02/18 复制打开抖音，看看【{shop}的作品】",
    "直播间分享的这个 {x_share} 复制打开抖音 是同款吗",
    "发票号码{x_invoice}，抬头开错了能重开吗",
    "公司统一社会信用代码{x_credit}，开专票",
    "防伪码{x_trace}查不到，是正品吗？",
    "溯源码{x_trace}，扫出来是{x_date}生产的",
    "下单链接{x_url}",
    "这个链接{x_url}里面的价格怎么比群里贵",
    "订单显示收货人{x_mname}，对吗",
    "后台看到的手机号是{x_masked}，是你本人吗",
    "退款到{x_mcard}这张卡了，注意查收",
    "@{nick} 你的{goods}到了，在{x_place}",
    "{x_at} 你的货还没拿，放{x_place}了",
    "自提点在{x_place}，{x_time}之前来拿",
    "车停在{x_parking}车位，你直接下来拿",
    "邮编{x_postal}需要写吗",
    "寄到单位要写邮编吗？我们那边是{x_postal}",
    "发票寄送地址邮编{x_postal}，其他不变",
    "商品编码{x_sku}，还有货吗",
    "规格选{x_sku}的那个",
    "已接龙{x_qty}了，还差10份成团",
    "{goods}要{x_portion}，{x_price}对吧",
    "今天的{goods}{x_price}一份，{x_date}截单{emo}",
    "我是{x_member}，能不能用{x_price}的券",
    "会员等级{x_member}了为什么没有生日礼",
    "礼品卡号{x_giftcard}，余额显示0",
    "提货券卡号{x_giftcard} 密码刮开了，怎么兑换",
    "好评返现{x_price}，截图发哪里",
    "晒单返现什么时候到？我{x_date}就发了",
    "已经返了{x_price}，注意查收哦{emo}",
    "团长，{x_date}那批{goods}有点坏，能退{x_price}吗",
    "谢谢团长{emo} {x_date}那{x_portion}收到了，很新鲜",
    "今天{goods}还有吗？我要{x_portion}",
    "下次什么时候开团？{x_date}还是{x_date}",
    "快递给我放{x_place}了，单号{x_track}",
    "售后电话是{x_hotline}吗",
    "支付宝说交易号{x_txn}退款成功了",
    "微信支付的商户单号{x_txn}",
    "拼多多订单{x_order}，申请了仅退款",
    "抖音那单{x_order}，主播说补发",
    "京东单号{x_track}，显示在{x_place}",
    "中奖了吗？名单里有{x_mname}，不知道是不是我",
    "中奖名单：{x_mname} {x_masked} {x_mname}，请{x_date}前私信客服",
    "直播{x_time}开始，{x_date}福利价{x_price}",
    "{x_time}直播间抽奖，记得来{emo}",
    "取件码{x_pickup}，但是柜子打不开",
    "这周{x_date}不送货，{x_date}恢复",
    "{x_at} 帮我留{x_portion}{goods}",
    "订单{x_order}已发货，物流{x_track}，{x_date}左右到",
    "第{n}批到了，{x_place}领取，取货码{x_code}",
    "代理价{x_price}，零售{x_price}，{x_portion}起批",
    "这个月业绩{x_price}，提成{x_price}",
    "发票代码{x_invoice}，发票号码{x_invoice}",
    "群里那个{x_url}是官方的吗",
    "你们客服{x_hotline}一直占线，只能在这问了",
    "银行说退款流水{x_txn}已经处理了",
    "刚才那个验证码{x_code}输错了，再发一个",
    "{x_qty}成团，现在{x_qty}",
    "{goods} {x_sku} {x_price}",
    "尾号{x_tail}的{x_at}，你的货拿错了",
    "积分到账了吗？订单{x_order}",
    "请问{x_date}能送到{x_place}吗",
    "上周那个{x_koulin}失效了，再发一个",
    "{x_share} 这个视频里的{goods}链接有吗",
    "退货的单号{x_track}，寄回仓库了",
    "我看后台快递柜码是{x_pickup}",
    "宝子们{emo} 今天{x_time}直播间上新，{goods}只要{x_price}，链接{x_url}",
    "团长在吗？我{x_date}拍的{goods}怎么还没到，订单号是{x_order}",
    "主播说拍下备注暗号，返{x_price}，是真的吗",
    "直播间说的福袋{x_price}一个，我拍了{x_portion}",
    "补发的单号发我一下，原来那单{x_order}",
    "签收了但是少了{x_portion}，已经拍照了",
    "会员日{x_date}，{x_member}额外九折哦",
    "新人进群先看群公告～{x_at} 自提点在{x_place}，每天{x_time}前到货",
    "今天{goods}到了，在{x_place}，取货码{x_code}，没来的抓紧",
    "这个价格比上次贵了{x_price}啊",
    "已付款，订单尾号{x_tail}，麻烦安排",
    "退货寄回了，顺丰{x_track}，运费{x_price}能报销吗",
    "开票信息：税号{x_credit}，金额{x_price}",
    "样品寄出了，单号{x_track}，收到拍个视频哈",
    "达人佣金比例20%，坑位费{x_price}，{x_date}前排期",
    "我是{x_member}，上次返的{x_price}券过期了",
    "卡券号{x_giftcard}，兑换页面一直提示错误",
)


# --------------------------------------------------------------------------- builder

_MARK = re.compile(r"\{(\w+)(?:\|([\w,]+))?\}")


def _pick_fmt(rng, kind, allowed, forced):
    tab = FMT[kind]
    if forced is not None and (allowed is None or forced in allowed):
        for f, _, fn in tab:
            if f == forced:
                return f, fn
    cands = [(f, w, fn) for f, w, fn in tab if (f not in EXPLICIT_ONLY if allowed is None else f in allowed)]
    tot = sum(w for _, w, _ in cands)
    x = rng.random() * tot
    for f, w, fn in cands:
        x -= w
        if x <= 0:
            return f, fn
    return cands[-1][0], cands[-1][2]


def _fill(tpl, rng, forced=None):
    """forced = (kind, fmt): the first marker of that kind takes that format."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    used_force = False

    def emit(s):
        nonlocal pos
        out.append(s)
        pos += len(s)

    for mo in _MARK.finditer(tpl):
        emit(tpl[last:mo.start()])
        last = mo.end()
        key, allow = mo.group(1), mo.group(2)
        allowed = tuple(allow.split(",")) if allow else None
        if key in MARK_KIND:
            kind = MARK_KIND[key]
            fz = None
            if forced and not used_force and forced[0] == kind and (allowed is None or forced[1] in allowed):
                fz = forced[1]
                used_force = True
            f, fn = _pick_fmt(rng, kind, allowed, fz)
            pre, val, post = fn(rng)
            if key == "lx" and rng.random() < 0.8:
                post = post + rng.choice(EXTS).format(rng.choice((str(rng.randint(801, 899)), str(rng.randint(1, 99)),
                                                                  str(rng.randint(8001, 8999)))))
            emit(pre)
            ents.append((kind, pos, pos + len(val)))
            fmts.append(f)
            emit(val)
            emit(post)
        elif key.startswith("x_"):
            nk = {"x_trace": "trace_code", "x_member": "member_level", "x_track": "tracking_no",
                  "x_order": "order_no", "x_code": "verify_code", "x_pickup": "pickup_code", "x_txn": "txn_no",
                  "x_giftcard": "gift_card_no", "x_postal": "postal_code", "x_invoice": "invoice_no",
                  "x_credit": "credit_code", "x_tail": "tail_digits", "x_place": "place_only",
                  "x_parking": "parking_spot", "x_qty": "quantity", "x_at": "at_mention",
                  "x_share": "share_token", "x_estate": "place_only_estate",
                  "x_portion": "quantity_portion", "x_mcard": "masked_card", "x_mname": "masked_name"}.get(key, key[2:])
            pre, val, post = NEAR[nk](rng)
            emit(pre)
            nears.append(({"place_only_estate": "place_only", "quantity_portion": "quantity", "masked_card": "masked",
                           "masked_name": "masked"}.get(nk, nk), pos, pos + len(val)))
            emit(val)
            emit(post)
        else:
            emit(FILL[key](rng))
    emit(tpl[last:])
    return "".join(out), ents, fmts, nears, used_force


def _decorate(rng, text):
    """Light chat noise outside values: leading greeting / trailing emoji or tilde."""
    r = rng.random()
    if r < 0.12:
        text = rng.choice(("亲 ", "在吗 ", "团长～", "你好，", "hello ", "麻烦了 ")) + text
    elif r < 0.24:
        text = text + rng.choice(("～", "~~", " 谢谢", "🙏", "😊", "，辛苦啦", "!", "。"))
    return text


def _shift(spans, k):
    return [(a, s + k, e + k) for a, s, e in spans]


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []
    tids = []

    seen = set()

    def add(tpl_i, tpl, near_row, forced=None):
        for _ in range(20):
            text, ents, fmts, nears, _ = _fill(tpl, rng, forced)
            if text not in seen:
                break
        seen.add(text)
        r = rng.random()
        if r < 0.12:
            p = rng.choice(("亲 ", "在吗 ", "团长～", "你好，", "hello ", "麻烦了 "))
            text = p + text
            ents, nears = _shift(ents, len(p)), _shift(nears, len(p))
        elif r < 0.24:
            text = text + rng.choice(("～", "~~", " 谢谢", "🙏", "😊", "，辛苦啦", "!", "。"))
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        tids.append(("N" if near_row else "P") + str(tpl_i))

    # forced formats first
    for kind, tab in _FMT_TABLES:
        keys = [k for k, v in MARK_KIND.items() if v == kind]
        for f, _, _ in tab:
            cands = []
            for i, t in enumerate(PII_TEMPLATES):
                for mo in _MARK.finditer(t):
                    if mo.group(1) in keys and (f not in EXPLICIT_ONLY if mo.group(2) is None
                                                else f in mo.group(2).split(",")):
                        cands.append(i)
                        break
            for _ in range(FORCE_PER_FMT):
                i = rng.choice(cands)
                add(i, PII_TEMPLATES[i], False, (kind, f))
    while len(rows) < N_PII_ROWS:
        i = rng.randrange(len(PII_TEMPLATES))
        add(i, PII_TEMPLATES[i], False)
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_TEMPLATES))
        add(i, NEAR_TEMPLATES[i], True)
    order = list(range(len(rows)))
    rng.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame([rows[j] for j in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind14_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道")
_RE_EMAIL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
_RE_WX = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$")
_RE_PLATE = re.compile(r"^[" + PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}$")
_ROOM_ONLY = re.compile(r"^\d+(-\d+){1,2}$|^\d+(栋|幢|号楼)(\d+单元)?\d+室?$")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9_]")


def _valid(kind, v):
    n = _norm(v)
    if kind == "mobile":
        return n.isdigit() and len(n) == 11 and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        if not n.isdigit():
            return False
        if n.startswith("0"):
            return any(n.startswith(ac) and len(n) == len(ac) + ln and n[len(ac)] in "2345678"
                       for ac, ln in AREA_CODES)
        return len(n) == 8 and n[0] in "2345678"
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_REGIONS
    if kind == "bank_card":
        return n.isdigit() and len(n) in (16, 19) and _luhn_ok(n) and n[:6] in BIN16 + BIN19 + BIN95
    if kind == "email":
        return bool(_RE_EMAIL.match(unicodedata.normalize("NFKC", v)))
    if kind == "qq":
        return n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0"
    if kind == "wechat":
        return bool(_RE_WX.match(v))
    if kind == "plate":
        return bool(_RE_PLATE.match(v))
    if kind == "address":
        if "\n" in v or v != v.strip():
            return False
        if not (v[-1].isdigit() or v[-1] in "号栋幢室层"):
            return False
        return bool(_ROOM_ONLY.match(v)) or any(e in v for e in ESTATES) or bool(re.search(r"[省市区县镇村路道街]", v))
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), text
        spans = []
        for k, s, e in es:
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            assert _valid(k, v), (k, v, text)
            if k in ("mobile", "landline", "id_card", "bank_card", "qq"):
                plus = text[:s].endswith(("+86", "0086"))
                for j in ((e,) if plus else (s - 1, e)):
                    if 0 <= j < len(text):
                        c = unicodedata.normalize("NFKC", text[j])
                        assert not c.isdigit(), (k, v, text)
            if k in ("email", "wechat"):
                for j in (s - 1, e):
                    if 0 <= j < len(text):
                        c = text[j]
                        assert not (_ASCII_ALNUM.match(c) or c in "@.-"), (k, v, text)
            spans.append((s, e))
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert n[:3] not in MOBILE_PREFIXES, (k, v)
            spans.append((s, e))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, ("overlap", text)
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
    assert df.equals(make_blind14_corpus())  # deterministic
    assert df.equals(_build())
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} entities={c['entities']}")
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

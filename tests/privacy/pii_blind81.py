"""Eighty-first blind PII corpus (``split == "blind81"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十八位写手")
under the blind-writer rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
and lines 1-100 plus the last 45 lines of ``tests/privacy/pii_blind8.py`` (for
the layout and the entry-point names).  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other corpus or
test, nor any git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.  (It listed the directory of
``../shared/datasets/`` but took no phrasing from it.)  Value shapes, chat
contexts and labels come only from the writer's own idea of what such chats
hold.

What is different here: WEDDING BANQUETS AND EVENT PLANNING.  WeCom 1:1 and
group chats between wedding planners / hotel banquet sales / suppliers and
couples and their families: venue and 接亲 addresses, deposits and balances
paid to cards, guest lists with phones and shuttle pick-up addresses, the
couple's phones for the invitation, suppliers' contacts (摄影, 化妆, 婚车,
花艺, 司仪), group chats of a wedding's organisers (lists, line breaks,
emoji, @-mentions).  Near-misses are what these chats are full of: deposits
and per-table prices, dates / 吉时, table and guest counts, contract and
order numbers, banquet-hall names, hotel room numbers for the bridal party,
hotlines of hotels and banks, masked phones / cards, card tails, transfer
serial numbers (16-19 digits failing Luhn), ID-shaped booking codes failing the
check digit, e-invitation URLs, flight / train numbers of guests, parking
spots, verification codes, invoice numbers, social credit codes of suppliers,
cities / venues named alone.

Seed
----
``SEED = "blind81-2026-wedding-第八十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID-card check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each
format is first forced 5 times into distinct templates holding its kind; the
other rows draw formats at random.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; spans hold the value only: cue words, ``+86`` /
``0086`` prefixes and extensions (转806, -806, 分机806) are outside; separators
inside a value are inside; an address runs from its first place unit to its
last house-level unit), ``formats`` (one per entity), ``near_misses`` (list of
``(near_kind, start, end)``) and ``split`` (always ``"blind81"``).

Counts (``python tests/privacy/pii_blind81.py``)
------------------------------------------------
rows=1500, pii_rows=860, near_rows=640, entities=1303
(mobile 373, address 233, plate 132, wechat 109, id_card 107, bank_card 98,
landline 93, email 88, qq 70);
near-miss spans=1096 (934 in near-miss rows), 26 near-miss kinds
(price 165, count 118, date 112, time 75, order_no 55, contract_no 53,
venue_name 53, hotel_room 47, hall_name 44, tracking_no 44, city_only 32,
hotline 31, train_flight 29, verify_code 29, masked 25, bad_card 23, bad_id 21,
tail_digits 21, url 20, parking_spot 17, amount_upper 16, postal_code 15,
invoice_no 15, serial_no 13, wifi_pwd 12, credit_code 11);
formats=46 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind81-2026-wedding-第八十八位写手"
SPLIT = "blind81"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- helpers

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
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _C[sum(int(a) * b for a, b in zip(body17, _W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s.translate(_FW_BACK))


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_FW_BACK = str.maketrans("０１２３４５６７８９", "0123456789")

# ---------------------------------------------------------------- value pools

MOBILE_PRE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
              "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
AREA8 = ("010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "029", "0512", "0532",
         "0731", "0591", "0592", "0551", "0371", "0574", "0769")
ID_AREAS = ("110105", "110108", "310104", "310115", "320106", "320508", "330106", "330203", "440305",
            "440106", "510107", "420106", "370202", "350203", "430104", "610113", "500103", "340104",
            "410105", "130102", "421122", "360731", "411525", "511322", "371321", "341322")
CARD_BINS19 = ("622202", "621700", "622848", "621661", "623668", "621226", "622700", "621799")
CARD_BINS16 = ("622588", "621485", "622155", "622609", "625965")
CARD_95 = ("9558801", "9559980", "9555500")
CARD_VM = ("439188", "438088", "512315", "524047", "552599", "404119")
PLATE_PROV = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "湘", "鲁", "闽", "皖", "豫", "渝")
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MAIL_DOM = ("163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "yeah.net", "139.com")
PINYIN = ("lixiaomei", "zhangwei", "chenjing", "wangfang", "liuyang", "yangxue", "zhaolei", "huangli",
          "zhouting", "wuhao", "xuqian", "sunmeng", "maqing", "zhuyan", "hulin", "guoxin", "heyu",
          "linshan", "luojia", "gaomin", "tangtang", "xiaoyu", "yiyi", "mumu")
EN = ("amy", "cathy", "vivian", "kevin", "jason", "coco", "lily", "eric", "grace", "sunny", "candy", "leo")
COMPANY_DOM = ("xihu-hotel.com", "hilton-hz.com.cn", "lovewedding.cn", "huayanhunli.com", "meihaoevents.cn",
               "jinjiang-banquet.com", "yuehunqing.com", "starflower.com.cn")
COMPANY_USER = ("banquet", "sales", "catering", "wedding", "service", "plan01", "events", "finance")

# (province, city, district, roads, estates)
PLACES = (
    ("", "上海市", "浦东新区", ("世纪大道", "张杨路", "峨山路", "锦绣路"), ("仁恒滨江园", "联洋花园", "金桥新城")),
    ("", "上海市", "闵行区", ("七莘路", "都市路", "虹井路"), ("万科城市花园", "春申景城", "金地格林世界")),
    ("", "北京市", "朝阳区", ("建国路", "东三环北路", "望京街"), ("望京西园三区", "远洋天地", "珠江帝景")),
    ("", "北京市", "海淀区", ("中关村大街", "学院路", "万泉河路"), ("世纪城", "枫丹丽舍", "万柳书院")),
    ("广东省", "广州市", "天河区", ("天河路", "黄埔大道西", "林和西路"), ("珠江新城华府", "骏景花园", "汇景新城")),
    ("广东省", "深圳市", "南山区", ("深南大道", "科苑路", "后海大道"), ("蔚蓝海岸", "华侨城天鹅堡", "南山花园")),
    ("浙江省", "杭州市", "西湖区", ("曙光路", "文三路", "天目山路"), ("翠苑一区", "西溪诚园", "嘉绿苑")),
    ("浙江省", "杭州市", "滨江区", ("江南大道", "滨盛路", "长河路"), ("绿城春江明月", "钱江彩虹", "江南豪园")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "虎踞路"), ("金陵世纪花园", "颐和南园", "凤凰和睿")),
    ("江苏省", "苏州市", "姑苏区", ("人民路", "干将西路", "十全街"), ("东港新村", "三香新村", "南环新村")),
    ("四川省", "成都市", "武侯区", ("人民南路四段", "科华北路", "玉林南路"), ("棕北小区", "置信丽都花园", "锦绣花园")),
    ("湖北省", "武汉市", "江汉区", ("建设大道", "新华路", "发展大道"), ("万松园", "常青花园", "新华家园")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "岳麓大道"), ("中南公寓", "恒大华府", "阳光100")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "环岛路", "厦禾路"), ("莲花五村", "瑞景新村", "禹洲大学城")),
    ("山东省", "青岛市", "市南区", ("香港中路", "东海西路", "闽江路"), ("海信慧园", "浮山湾花园", "天泰城")),
    ("重庆市", "重庆市", "渝北区", ("金开大道", "新南路", "红锦大道"), ("龙湖香樟林", "金科天籁城", "两江春城")),
)
VILLAGES = (
    ("湖北省黄冈市", "浠水县", "洗马镇", "付畈村"), ("江西省赣州市", "于都县", "罗坳镇", "大坪村"),
    ("河南省信阳市", "固始县", "陈淋子镇", "新店村"), ("四川省南充市", "营山县", "双流镇", "柏林村"),
    ("安徽省六安市", "霍邱县", "冯井镇", "东湖村"), ("山东省临沂市", "沂南县", "苏村镇", "大王庄村"),
    ("浙江省金华市", "浦江县", "黄宅镇", "前店村"), ("江苏省盐城市", "阜宁县", "益林镇", "红星村"),
)

# ---------------------------------------------------------------- PII formats
# each returns (pre, value, post): pre/post are written next to the value but are outside the span.


def _mob(r):
    return r.choice(MOBILE_PRE) + "".join(r.choice("0123456789") for _ in range(8))


def _digits(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


MOBILE_FMTS = (
    ("plain", 6, lambda r: ("", _mob(r), "")),
    ("space_344", 2, lambda r: ("", (lambda m: f"{m[:3]} {m[3:7]} {m[7:]}")(_mob(r)), "")),
    ("dash_344", 2, lambda r: ("", (lambda m: f"{m[:3]}-{m[3:7]}-{m[7:]}")(_mob(r)), "")),
    ("plus86_plain", 1, lambda r: (r.choice(("+86 ", "+86", "0086 ", "+86-")), _mob(r), "")),
    ("fullwidth", 0.5, lambda r: ("", _mob(r).translate(_FW), "")),
)


def _land(r):
    a = r.choice(AREA8)
    return a, _digits(r, 8, "2345678")


LANDLINE_FMTS = (
    ("dash_area", 5, lambda r: ("", "-".join(_land(r)), "")),
    ("paren_area", 2, lambda r: ("", "({}){}".format(*_land(r)), "")),
    ("plain_area", 1, lambda r: ("", "".join(_land(r)), "")),
    ("space_area", 1, lambda r: ("", " ".join(_land(r)), "")),
    ("dash_area_ext", 2, lambda r: ("", "-".join(_land(r)), r.choice(("转", "-", "分机", " 转")) + _digits(r, r.choice((3, 4)), "1234568"))),
)


def _email_pinyin(r):
    return r.choice(PINYIN) + r.choice(("", "", str(r.randint(1985, 2000)), str(r.randint(1, 999)), "520", "1314")) + "@" + r.choice(MAIL_DOM)


EMAIL_FMTS = (
    ("qq_digits", 3, lambda r: ("", _digits(r, r.choice((8, 9, 10)), "123456789") + "@qq.com", "")),
    ("pinyin_free", 3, lambda r: ("", _email_pinyin(r), "")),
    ("dotted_name", 1, lambda r: ("", r.choice(EN) + r.choice((".", "_")) + r.choice(PINYIN) + "@" + r.choice(MAIL_DOM + ("gmail.com", "outlook.com")), "")),
    ("company", 2, lambda r: ("", r.choice(COMPANY_USER + EN) + "@" + r.choice(COMPANY_DOM), "")),
)


def _idn(r, young=True):
    y = r.randint(1986, 1999) if young else r.randint(1958, 1972)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    body = f"{r.choice(ID_AREAS)}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
    return body + _id_check(body)


def _id_with(r, want_x):
    for _ in range(500):
        v = _idn(r, r.random() < 0.7)
        if (v[-1] == "X") == want_x:
            return v
    raise AssertionError


ID_FMTS = (
    ("plain_18", 6, lambda r: ("", _id_with(r, False), "")),
    ("x_upper", 2, lambda r: ("", _id_with(r, True), "")),
    ("x_lower", 1, lambda r: ("", _id_with(r, True).lower(), "")),
    ("space_6_8_4", 1, lambda r: ("", (lambda v: f"{v[:6]} {v[6:14]} {v[14:]}")(_id_with(r, r.random() < 0.2)), "")),
)


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + "".join(r.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def _g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


CARD_FMTS = (
    ("plain_19", 4, lambda r: ("", _card(r, CARD_BINS19, 19), "")),
    ("space_4444_3", 3, lambda r: ("", _g4(_card(r, CARD_BINS19, 19)), "")),
    ("plain_16", 2, lambda r: ("", _card(r, CARD_BINS16, 16), "")),
    ("space_4444", 2, lambda r: ("", _g4(_card(r, CARD_BINS16 + CARD_VM, 16)), "")),
    ("domestic_95_19", 1, lambda r: ("", _card(r, CARD_95, 19), "")),
    ("dash_4444", 1, lambda r: ("", "-".join(_g4(_card(r, CARD_BINS16, 16)).split()), "")),
)

QQ_FMTS = (
    ("digits_8", 2, lambda r: ("", _digits(r, 8, "123456789"), "")),
    ("digits_9", 3, lambda r: ("", _digits(r, 9, "123456789"), "")),
    ("digits_10", 3, lambda r: ("", _digits(r, 10, "123"), "")),
    ("digits_6_7", 1, lambda r: ("", _digits(r, r.choice((6, 7)), "123456789"), "")),
)


def _alnum(r, n):
    return "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


WECHAT_FMTS = (
    ("wxid", 2, lambda r: ("", "wxid_" + _alnum(r, r.choice((12, 14))), "")),
    ("pinyin_digits", 4, lambda r: ("", r.choice(PINYIN) + r.choice(("520", "1314", "0521", str(r.randint(86, 99)), str(r.randint(1986, 1999)), "888")), "")),
    ("underscore", 2, lambda r: ("", r.choice(EN + PINYIN).capitalize() + "_" + r.choice(("wedding", "love", "hunli", "xiaowu", "plan", "sheying", "huayi")) + r.choice(("", "01", "520", "2025")), "")),
    ("dash_name", 1, lambda r: ("", r.choice(PINYIN) + "-" + r.choice(("hs", "hq", "sy", "hunche", "makeup", "flower")) + str(r.randint(1, 99)), "")),
    ("camel_en", 1, lambda r: ("", r.choice(EN).capitalize() + r.choice(("Lee", "Chen", "Wang", "Zhou", "Xu")) + str(r.randint(1, 9999)), "")),
)


def _plate5(r):
    while True:
        s = "".join(r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        if sum(c.isalpha() for c in s) <= 2:
            return s


PLATE_FMTS = (
    ("std_7", 5, lambda r: ("", r.choice(PLATE_PROV) + r.choice(PLATE_L[:10]) + _plate5(r), "")),
    ("nev_8", 2, lambda r: ("", r.choice(PLATE_PROV) + r.choice(PLATE_L[:10]) + r.choice("DF") + _digits(r, 5), "")),
    ("dot_7", 1, lambda r: ("", r.choice(PLATE_PROV) + r.choice(PLATE_L[:10]) + "·" + _plate5(r), "")),
    ("space_7", 1, lambda r: ("", r.choice(PLATE_PROV) + r.choice(PLATE_L[:10]) + " " + _plate5(r), "")),
)


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _addr_full_room(r):
    p, c, d, roads, est = r.choice(PLACES)
    pc = p + c if c != p else c
    return f"{pc}{d}{r.choice(roads)}{r.randint(1, 2999)}号{r.choice(est)}{r.randint(1, 28)}栋{r.randint(1, 4)}单元{_room(r)}室"


def _addr_city_road(r):
    p, c, d, roads, est = r.choice(PLACES)
    return f"{c}{d}{r.choice(roads)}{r.randint(1, 1999)}号"


def _addr_prov_road(r):
    p, c, d, roads, est = r.choice([x for x in PLACES if x[0]])
    return f"{p}{c}{d}{r.choice(roads)}{r.randint(1, 999)}号"


def _addr_district(r):
    p, c, d, roads, est = r.choice(PLACES)
    tail = r.choice((f"{r.choice(est)}{r.randint(1, 30)}号楼{r.randint(1, 3)}单元{_room(r)}",
                     f"{r.randint(1, 999)}号", f"{r.randint(1, 999)}号{r.randint(2, 6)}层"))
    return f"{d}{r.choice(roads)}{tail}" if "号楼" not in tail else f"{d}{tail}"


def _addr_estate(r):
    p, c, d, roads, est = r.choice(PLACES)
    return f"{r.choice(est)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{_room(r)}"


def _addr_dash(r):
    p, c, d, roads, est = r.choice(PLACES)
    return f"{c}{d}{r.choice(est)}{r.randint(1, 30)}-{r.randint(1, 3)}-{_room(r)}"


def _addr_village(r):
    pc, cty, town, vil = r.choice(VILLAGES)
    lead = r.choice((pc, "", pc))
    return f"{lead}{cty}{town}{vil}{r.randint(1, 12)}组{r.randint(1, 88)}号"


def _addr_spaced(r):
    p, c, d, roads, est = r.choice(PLACES)
    return f"{c} {d} {r.choice(roads)}{r.randint(1, 999)}号"


def _addr_floor(r):
    p, c, d, roads, est = r.choice(PLACES)
    return f"{c}{d}{r.choice(roads)}{r.randint(1, 999)}号{r.randint(2, 5)}层"


ADDRESS_FMTS = (
    ("full_estate_room", 4, lambda r: ("", _addr_full_room(r), "")),
    ("city_road_no", 3, lambda r: ("", _addr_city_road(r), "")),
    ("prov_road_no", 2, lambda r: ("", _addr_prov_road(r), "")),
    ("district_start", 2, lambda r: ("", _addr_district(r), "")),
    ("estate_room", 2, lambda r: ("", _addr_estate(r), "")),
    ("dash_room", 1, lambda r: ("", _addr_dash(r), "")),
    ("village_group", 2, lambda r: ("", _addr_village(r), "")),
    ("spaced_parts", 1, lambda r: ("", _addr_spaced(r), "")),
    ("road_floor", 1, lambda r: ("", _addr_floor(r), "")),
)

FMT_TABLES = {
    "mobile": MOBILE_FMTS, "landline": LANDLINE_FMTS, "email": EMAIL_FMTS, "id_card": ID_FMTS,
    "bank_card": CARD_FMTS, "qq": QQ_FMTS, "wechat": WECHAT_FMTS, "plate": PLATE_FMTS,
    "address": ADDRESS_FMTS,
}

# ---------------------------------------------------------------- near-miss generators


def _bad_luhn(r, n, first):
    body = first + "".join(r.choice("0123456789") for _ in range(n - 1 - len(first)))
    good = _luhn_digit(body)
    return body + r.choice([c for c in "0123456789" if c != good])


def _bad_id(r):
    v = _idn(r)
    return v[:17] + r.choice([c for c in "0123456789" if c != v[17]])


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"2026年{m}月{d}号", f"{m}.{d}", f"2025-{m:02d}-{d:02d}", f"{m}月{d}号",
                     f"农历{r.choice(('八', '九', '十', '腊'))}月{r.choice(('初六', '十六', '廿八', '初八'))}"))


NEAR_GEN = {
    "price": lambda r: r.choice((str(r.choice((2000, 3000, 5000, 10000, 20000, 30000))),
                                 str(r.choice((2888, 3388, 3888, 4588, 5288, 5988, 6888))),
                                 f"{r.randint(3, 25)}万", f"{r.randint(1, 9)},{r.randint(100, 999)}",
                                 f"¥{r.randint(3, 99)}800", f"{r.randint(18, 168)}800.00")),
    "date": _date,
    "time": lambda r: r.choice((f"{r.choice((5, 6, 7, 10, 11, 17, 18))}:{r.choice(('08', '18', '28', '30', '38', '58'))}",
                                f"{r.choice((6, 7, 8))}点{r.choice(('半', '', '18'))}")),
    "count": lambda r: r.choice((f"{r.randint(12, 60)}桌", f"{r.randint(80, 480)}位", f"{r.randint(100, 500)}人")),
    "contract_no": lambda r: r.choice(("HT", "YH", "WD", "BQ")) + f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3),
    "order_no": lambda r: _digits(r, r.choice((18, 20)), "123"),
    "tracking_no": lambda r: r.choice(("SF", "YT", "JT", "ZTO")) + _digits(r, r.choice((12, 13)), "1234567"),
    "hotline": lambda r: r.choice((f"400-{_digits(r, 3, '1235689')}-{_digits(r, 4)}", f"400{_digits(r, 7, '16')}",
                                   r.choice(("95588", "95533", "95555", "95566", "95599", "95528")),
                                   f"800-{_digits(r, 3, '28')}-{_digits(r, 4)}")),
    "masked": lambda r: r.choice((f"{r.choice(MOBILE_PRE)}****{_digits(r, 4)}", f"{r.choice(CARD_BINS19)[:4]} **** **** {_digits(r, 4)}",
                                  f"{r.choice(ID_AREAS)[:4]}**********{_digits(r, 4)}", f"{r.choice(MOBILE_PRE)}xxxx{_digits(r, 4)}")),
    "tail_digits": lambda r: _digits(r, 4),
    "serial_no": lambda r: _bad_luhn(r, r.choice((16, 18, 19)), r.choice(("2026", "1000", "3175", "8812"))),
    "bad_card": lambda r: _bad_luhn(r, 19, r.choice(CARD_BINS19)),
    "bad_id": _bad_id,
    "verify_code": lambda r: _digits(r, 6),
    "hall_name": lambda r: r.choice(("星光厅", "水晶宴会厅", "一号多功能厅", "锦绣厅", "花园草坪", "大宴会厅A区", "玫瑰厅")),
    "hotel_room": lambda r: r.choice((f"{r.randint(8, 28)}{r.randint(1, 30):02d}", f"{r.randint(8, 28)}{r.randint(1, 30):02d}房")),
    "train_flight": lambda r: r.choice((f"G{r.randint(10, 7999)}", f"D{r.randint(100, 3999)}", f"{r.choice(('MU', 'CA', 'CZ', 'HU', '3U', 'MF'))}{r.randint(1000, 9999)}")),
    "url": lambda r: r.choice(("https://h5.eqxiu.com/s/", "https://www.maka.im/v/", "http://u.wps.cn/l/", "https://j.youzan.com/")) + _alnum(r, 8),
    "invoice_no": lambda r: _digits(r, r.choice((8, 20)), "23"),
    "credit_code": lambda r: "91" + r.choice(("3301", "3101", "4403", "1101", "5101")) + _digits(r, 2) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)),
    "parking_spot": lambda r: r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399)}", f"{r.choice('ABC')}{r.randint(100, 599)}")),
    "city_only": lambda r: r.choice(("杭州", "上海", "苏州", "成都", "南京", "武汉", "浠水", "于都老家", "浦东", "滨江")),
    "venue_name": lambda r: r.choice(("黄龙饭店", "香格里拉大酒店", "洲际酒店", "金陵饭店", "凯悦酒店", "开元名都", "希尔顿酒店", "锦江饭店")),
    "wifi_pwd": lambda r: r.choice(("88888888", "12345678", "hotel2026", "66668888")),
    "amount_upper": lambda r: r.choice(("伍仟元整", "壹万元整", "贰万元整", "叁仟捌佰捌拾捌元整")),
    "postal_code": lambda r: r.choice(("310012", "200120", "100020", "518057", "210008", "430015", "438200")),
}

# ---------------------------------------------------------------- templates
# {kind} = entity, {~near} = near-miss, {ext} unlabelled filler.

PII_TEMPLATES = (
    "新娘电话{mobile}，新郎电话{mobile}，请柬上印这两个",
    "请柬上的联系电话就写{mobile}吧，新郎的",
    "您好，我是{~venue_name}宴会销售，这是我手机{mobile}，有事随时打",
    "{mobile} 这个是我妈的号码，到时候婚车到了打她",
    "酒店地址：{address}（{~venue_name}）",
    "宴会厅在{address}，{~hall_name}，导航搜酒店名就行",
    "接亲地址：{address}\n新娘家，早上{~time}出发",
    "接亲的地址发一下：{address}，楼下能停车",
    "新郎家住{address}，迎亲车队从那边出发",
    "摄影师的电话{mobile}，微信{wechat}，明天跟您对流程",
    "化妆师老师：{mobile}（微信同号）凌晨4点到新娘家",
    "婚车师傅手机{mobile}，车牌{plate}，头车是奔驰S",
    "头车{plate} 二号车{plate} 三号车{plate}，都是白色的",
    "车队车牌：\n1. {plate}\n2. {plate}\n3. {plate}\n4. {plate}",
    "停车场登记一下车牌{plate}，到时候婚车直接进地库",
    "定金转到这张卡：{bank_card} 工商银行 开户行杭州分行",
    "尾款请打到公司对公之外的这张卡{bank_card}，农行，收款人是我们老板",
    "卡号{bank_card}\n户名见合同 ，定金{~price}元，转完发截图",
    "好的，我把定金转到{bank_card}了，您查收一下",
    "{bank_card} 建行，上面这个卡号，尾款{~price}今天转",
    "订酒店需要登记身份证，新郎{id_card}，新娘{id_card}",
    "伴娘住房登记：身份证{id_card}，住两晚",
    "签合同要身份证号，我的是{id_card}",
    "{id_card}这是我老公的，合同甲方写他",
    "婚礼策划合同发您邮箱了，{email}，查收一下",
    "请把电子版请柬设计稿发到{email}，谢谢",
    "我的邮箱{email}，报价单发这里",
    "宴会部邮箱：{email}，菜单确认后回个邮件",
    "发票开好了发你邮箱吗？{email}对吧",
    "{email}\n这个是我们财务的，合同扫描件发她",
    "加一下司仪的QQ {qq}，他那边传视频方便",
    "QQ:{qq} 婚礼跟拍的原片在QQ群文件里",
    "你加我QQ{qq}吧，微信传原视频会压缩",
    "新娘QQ号{qq}，相册密码我私发",
    "花艺老师微信：{wechat}，您加她说是{~venue_name}的婚宴",
    "加我微信{wechat}，发现场布置图给你",
    "vx：{wechat}，备注婚礼",
    "我微信号是{wechat}，搜手机号搜不到",
    "新郎微信{wechat}，新娘微信{wechat}，拉群用",
    "宴会部座机{landline}，下班后打我手机{mobile}",
    "酒店总机{landline}，转宴会部",
    "有事可以打我们店里电话{landline}",
    "前台电话{landline}，您到了说是{~date}婚宴的",
    "婚庆公司地址{address}，电话{landline}",
    "@所有人 接亲车队早上{~time}在{address}集合",
    "大巴接送点：{address}，联系人电话{mobile}",
    "亲戚那边的大巴从{address}出发，跟车的舅舅电话{mobile}",
    "宾客名单（需要接送）：\n大姨 {mobile} {address}\n二舅 {mobile} {address}",
    "老家亲戚住{address}，要派车接，电话{mobile}",
    "麻烦寄喜糖到{address}，收件电话{mobile}",
    "伴手礼样品寄{address}，{mobile}",
    "收货地址：{address} {mobile}",
    "{address}，{mobile}，寄请柬的",
    "请柬寄这：{address}\n电话：{mobile}\n邮编{~postal_code}",
    "我爸电话{mobile}，我妈电话{mobile}，接亲那天找他们",
    "主婚人是我舅，{mobile}，致辞稿我发群里",
    "司仪{mobile}，摄像{mobile}，跟妆{mobile}，大家存一下",
    "摄像大哥的手机是{mobile}吗？打不通",
    "打{mobile}，这个是新郎弟弟的，负责接伴郎",
    "{mobile}\n新娘手机，婚前这几天24小时开机",
    "我换号了，新号{mobile}，老号不用了",
    "刚才给你打电话没接，我是{~venue_name}的，回个电话{mobile}",
    "亲，麻烦留个新人电话，我们这边登记档期：{mobile}",
    "订桌人联系方式：{mobile}，{~date}中午，{~count}",
    "婚宴登记：{~date} {~hall_name} {~count}，联系人手机{mobile}",
    "酒店那边要登记押金卡，信用卡{bank_card}，有效期我私聊你",
    "退款原路退回到{bank_card}，预计3个工作日",
    "退定金的话麻烦提供一下收款卡号和开户行\n{bank_card} 招商银行杭州分行",
    "新娘身份证{id_card}，手机{mobile}，办婚宴VIP卡用",
    "酒店入住登记：{id_card} {mobile}，{~hotel_room}",
    "签约人：新郎\n身份证：{id_card}\n电话：{mobile}\n地址：{address}",
    "甲方联系地址{address}，联系电话{mobile}，邮箱{email}",
    "乙方：婚礼策划工作室\n地址：{address}\n电话：{landline}\n开户账号：{bank_card}",
    "婚车{plate}明天早上6点到{address}楼下等",
    "跟车摄影的车是{plate}，让保安放一下",
    "我车牌是{plate}，停酒店地库可以免费吗",
    "新郎的车{plate}停B2，出场时扫码报车牌就行",
    "布置组明天{~time}进场，货车{plate}，司机{mobile}",
    "灯光音响的货车车牌{plate}，到卸货区打{mobile}",
    "甜品台供应商：{mobile}，微信{wechat}",
    "花艺供应商联系人微信{wechat}，手机{mobile}",
    "婚纱店地址{address}，试纱预约电话{landline}",
    "喜糖工厂QQ{qq}，邮箱{email}",
    "婚戒定制的售后QQ：{qq}",
    "把宾客座位表Excel发我邮箱{email}或者QQ{qq}",
    "@新娘 你的微信号{wechat}加不上，是不是设置了不让搜",
    "微信{wechat}\n手机{mobile}\n这是我们策划师，后面都她对接",
    "我是新娘表妹，负责签到台，微信{wechat}",
    "酒店要预授权，卡号{bank_card}",
    "婚礼当天收礼金的卡{bank_card}，放二维码旁边",
    "份子钱我直接转你卡上了{bank_card}，收到说一声",
    "这是我的卡{bank_card}，伴娘红包钱就打这个",
    "姐 回礼的钱转我这张卡 {bank_card} 中国银行",
    "酒店发票抬头个人，身份证号{id_card}",
    "接亲路线：从{address}出发，到{address}接新娘",
    "婚房地址 {address}，布置师傅下午进场",
    "回门宴订在老家{address}，家门口摆流水席",
    "新娘老家{address}，那边也要办一场",
    "我们住{address}，送请柬的时候打电话",
    "给外婆的请柬寄{address}，她不用手机，打我舅舅的{mobile}",
    "晚宴改到{address}了，{~venue_name}那边装修",
    "车牌{plate}，车主电话{mobile}，婚车租赁合同号{~contract_no}",
    "订单{~order_no}，收件人电话{mobile}，地址{address}",
    "酒店座机：{landline}，宴会经理手机：{mobile}，邮箱：{email}",
    "{landline}\n这个是酒店宴会预订部的，工作时间9-18点",
    "电话{landline}，传真也是这个号",
    "{wechat} 这是摄影工作室的微信，样片都在朋友圈",
    "她的Q是{qq}，你加她拿电子请柬模板",
    "qq邮箱{email}，扫描件发这个",
    "伴郎团的身份证发我，订房用\n{id_card}\n{id_card}\n{id_card}",
    "姐，我身份证号：{id_card}，订婚纱照的合同要填",
    "手机没电了，用我老公的{mobile}联系",
    "电话打不通的话打座机{landline}，家里有人",
    "婚车队长手机{mobile}，所有车辆在{address}集合，车牌后面发群里",
    "跟车名单：{plate} 司机{mobile}；{plate} 司机{mobile}",
)

NEAR_TEMPLATES = (
    "定金{~price}元，剩下的婚礼前一周付清",
    "每桌{~price}，一共{~count}，服务费另算",
    "{~date}的档期还有吗？大概{~count}",
    "合同编号{~contract_no}，请您核对一下金额{~price}",
    "您的订单号{~order_no}，请帖已经发货了",
    "喜糖快递单号{~tracking_no}，明天应该到",
    "请柬顺丰单号{~tracking_no}，今天下午发的",
    "有问题可以打酒店客服{~hotline}",
    "银行说转账失败，我打{~hotline}问了一下",
    "您尾号{~tail_digits}的卡收到定金{~price}元",
    "我看到有个{~masked}的号码打过来，是你们酒店的吗",
    "卡号显示{~masked}，是这张吧",
    "转账流水号{~serial_no}，截图发你了",
    "交易单号{~serial_no}，定金{~price}已付",
    "这个卡号{~bad_card}好像输错了，银行说不存在",
    "报名编号{~bad_id}，婚博会的",
    "验证码{~verify_code}，帮我填一下我在开车",
    "{~hall_name}能摆{~count}吗",
    "我们选了{~hall_name}，{~date}中午场",
    "伴娘住{~hotel_room}，化妆间在{~hotel_room}",
    "新娘房在{~hotel_room}，早上{~time}化妆",
    "外地亲戚坐{~train_flight}到，{~time}到站",
    "我爸妈坐{~train_flight}，大概{~time}落地",
    "电子请柬链接{~url}，大家帮忙转发",
    "婚礼H5做好了 {~url} 看看有没有错别字",
    "发票号码{~invoice_no}，金额{~price}",
    "供应商统一社会信用代码{~credit_code}，开票用",
    "地库车位{~parking_spot}给婚车留着",
    "婚车停{~parking_spot}和{~parking_spot}",
    "我们{~city_only}办一场，{~city_only}再办一场",
    "在{~venue_name}办的，{~count}",
    "{~venue_name}的{~hall_name}挑高够不够",
    "wifi密码{~wifi_pwd}，现场给宾客看",
    "收据上写定金{~amount_upper}",
    "大写金额{~amount_upper}，小写{~price}",
    "吉时是{~time}，{~time}开席",
    "试菜定在{~date}，{~count}的量",
    "@所有人 彩排时间{~date}下午，在{~hall_name}",
    "婚礼倒计时：{~date}！还有好多没准备😭",
    "酒水自带，开瓶费每桌{~price}",
    "布置方案A{~price}，方案B{~price}，您看选哪个",
    "司仪费{~price}，跟拍{~price}，跟妆{~price}",
    "加菜{~count}的话每桌加{~price}",
    "邮编{~postal_code}，请柬背面要印吗",
    "{~date}前付清尾款，合同{~contract_no}第五条",
    "快递{~tracking_no}显示签收了，您看看门口",
    "退款单号{~order_no}，原路退回",
    "订单{~order_no}的伴手礼少了两盒",
    "取件码{~verify_code}，在酒店前台",
    "银行客服{~hotline}说要三个工作日",
    "婚博会订单{~order_no}，赠送了{~count}的酒水",
    "回复{~tail_digits}尾号的那位亲，您的婚期是{~date}",
    "房卡{~hotel_room}在前台，报新郎名字就行",
    "保证金{~price}，婚礼结束后{~date}退",
    "{~masked}是新郎吗？我这边显示不全",
    "合同上的编号{~contract_no}，发票号{~invoice_no}",
    "团购券码{~verify_code}，到店出示",
    "定金收据编号{~contract_no}，请保管好",
    "伴郎{~train_flight}晚点了，估计{~time}才到",
    "宾客大概{~count}，大巴两辆够吗",
    "{~city_only}那边的亲戚{~count}，要订房",
    "音响租赁{~price}一天，LED屏另算",
    "这个号{~bad_card}转不进去，你再核对下卡号",
    "身份证那个号{~bad_id}对不上，系统说校验不通过",
    "物流单{~tracking_no}，婚纱从{~city_only}发出",
    "酒店预订确认号{~order_no}",
    "人均{~price}左右，{~count}",
    "老黄历上{~date}是好日子，{~date}也行",
)

# ---------------------------------------------------------------- builder

_PH = re.compile(r"\{(~?)(\w+)\}")


def _render(r, tpl, force=None):
    text = ""
    ents, fmts, nears = [], [], []
    pos = 0
    forced_done = False
    for m in _PH.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        near, key = m.group(1), m.group(2)
        if key == "ext":
            text += ""
            continue
        if near:
            v = NEAR_GEN[key](r)
            while not _near_ok(v):
                v = NEAR_GEN[key](r)
            s = len(text)
            text += v
            nears.append((key, s, len(text)))
            continue
        table = FMT_TABLES[key]
        if force and force[0] == key and not forced_done:
            row = next(t for t in table if t[0] == force[1])
            forced_done = True
        else:
            row = r.choices(table, weights=[t[1] for t in table])[0]
        pre, v, post = row[2](r)
        text += pre
        s = len(text)
        text += v
        ents.append((key, s, len(text)))
        fmts.append(row[0])
        text += post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _near_ok(v):
    n = _norm(v)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n.upper()):
        return False
    return True


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    kind_tpls = {k: [i for i, t in enumerate(PII_TEMPLATES) if "{" + k + "}" in t] for k in KINDS}
    for k in KINDS:
        for fmt, *_ in FMT_TABLES[k]:
            picks = r.sample(kind_tpls[k], min(5, len(kind_tpls[k])))
            for ti in picks:
                rows.append(_render(r, PII_TEMPLATES[ti], (k, fmt)))
                tids.append(f"p{ti}")
    while len(rows) < 860:
        ti = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[ti]))
        tids.append(f"p{ti}")
    for _ in range(640):
        ti = r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[ti]))
        tids.append(f"n{ti}")
    # a light dose of chat noise: trailing emoji / particles, outside any span
    out = []
    for text, ents, fmts, nears in rows:
        tail = r.choice(("", "", "", "", "，谢谢", "哈", "🙏", "~", "👌", "！", "😊"))
        out.append((text + tail, ents, fmts, nears))
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame({
        "text": [t for t, *_ in out],
        "entities": [e for _, e, _, _ in out],
        "formats": [f for _, _, f, _ in out],
        "near_misses": [n for *_, n in out],
        "split": [SPLIT] * len(out),
    })


def make_blind81_corpus() -> pd.DataFrame:
    return _build()


_VALUE_RE = {
    "mobile": re.compile(r"1[3-9]\d{9}"),
    "landline": re.compile(r"0\d{2,3}[2-8]\d{6,7}"),
    "email": re.compile(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+"),
    "qq": re.compile(r"[1-9]\d{4,10}"),
    "wechat": re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}"),
    "plate": re.compile(r"[京沪粤浙苏川鄂湘鲁闽皖豫渝][A-HJ-NP-Z][·\s]?[A-HJ-NP-Z0-9]{5,6}"),
}


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v.strip("，。：:、 ") == v, (k, v)
            n = _norm(v)
            if k in _VALUE_RE:
                assert _VALUE_RE[k].fullmatch(n if k in ("mobile", "landline", "qq") else v), (k, v)
            if k == "id_card":
                assert _id_ok(n.upper()), v
            if k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            if k == "address":
                assert re.search(r"(省|市|区|县|镇|村|路|街|栋|号楼)", v), v
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
            # a value's neighbours are not digits / letters continuing it
            if s > 0 and not text[:s].endswith(("+86", "0086", "+86-", "+86 ", "0086 ")):
                assert not (text[s - 1].isdigit() and v[0].isdigit()), (k, text)
                assert not (text[s - 1].isascii() and text[s - 1].isalnum() and v[0].isascii() and v[0].isalpha()), (k, text)
            if e < len(text):
                assert not (text[e].isdigit() and v[-1].isdigit()), (k, text)
                assert not (text[e].isascii() and text[e].isalnum() and v[-1].isascii() and v[-1].isalpha()), (k, text)
        for k, s, e in ns:
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n.upper()), (k, v)
            if n.isdigit() and len(n) == 11 and n[0] == "1":
                raise AssertionError((k, v))
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
    assert df.equals(make_blind81_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES.items() for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Fifty-eighth blind PII corpus (``split == "blind58"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十三位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; no other corpus or test under ``tests/`` except lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point
names only); not ``bench/``, ``docs/``, the README or any git history.  It never
imported ``toolkit`` and never ran any masking / finding function on this data.
Only the directory listing of ``../shared/datasets/`` was looked at; all
phrasing is the writer's own idea of such chats.

What is different here: CAR RENTAL AND RIDE-HAILING FLEETS.  WeCom 1:1 and
group chats of a car-rental company and a ride-hailing fleet with customers and
drivers: bookings and pick-up / return (送车上门, 异地还车, 机场取车),
deposits and pre-authorisations refunded to cards, driving licences (whose
number is the ID number), rented-car plates (blue and green new-energy plates,
``粤B·12345``, lower-case letters), traffic violations (交管12123, 决定书),
accident handling (对方车牌, 定损员, 拖车场), driver recruitment and onboarding
group chats (身份证 / 工资卡 / 车牌 lists), dispatch messages, and a few
voice-to-text messages from drivers (digits as words).

Near-misses are what these chats really hold besides personal data: order
numbers, deposits / fines / rents, dates and times, penalty points, mileage,
VINs, policy numbers, invoice numbers, 400 / 800 / 95xxx hotlines, 122 / 12122
/ 12123, masked phones / IDs / plates, card tails, pick-up and verification
codes, flight and train numbers, parking spots, car models, licence classes,
driver job numbers, postal codes, company credit codes, places without a house
number (airports, stations, a district), 16/19-digit transaction numbers that
fail Luhn and 18-digit document numbers that fail the ID check digit.

Seed
----
``SEED = "blind58-2026-carrental-第六十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced ``FORCE_PER_FMT`` (5) times into distinct templates holding its kind,
then the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, the ``·`` of a plate, parentheses around an area
  code) are inside; an address runs from its first place unit (province /
  city / district / county / town / village / road / street / estate) to its
  last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room
  number like ``1502`` or ``3-2-1502``).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind58"``

Counts (``python tests/privacy/pii_blind58.py``)
------------------------------------------------
rows=1540 pii_rows=880 near_rows=660 entities=1385;
entities by kind: mobile 272, address 236, plate 223, id_card 128, bank_card
125, email 114, wechat 111, landline 92, qq 84;
near-miss spans=1317 (1144 in near-miss rows) kinds=30:
amount 238, date_time 140, place_only 121, mileage 94, order_no 72, car_model
60, bad_card 49, duration 41, tail_digits 40, hotline 33, license_class 32,
masked_mobile 31, policy_no 30, points 27, driver_no 26, pickup_code 26,
verify_code 25, vin 25, masked_id 24, parking_spot 23, bad_id 23,
violation_code 21, masked_plate 20, credit_code 20, invoice_no 17, app_12123
15, train_no 12, emergency_no 12, postal_code 12, flight_no 8;
formats=53 distinct, each used >= 4 times in >= 3 templates:
address/city_dist_road_no, address/city_estate_dash_room,
address/county_town_village_no, address/dist_estate_bldg_room,
address/dist_road_no_bldg_floor, address/full_unit_room,
address/prov_city_dist_road_no, address/road_no_only,
address/village_group_no, bank_card/domestic95_19, bank_card/mastercard_16,
bank_card/space_4444, bank_card/space_4_19, bank_card/unionpay_16,
bank_card/unionpay_19, bank_card/visa_16, email/capital_local,
email/corp_domain, email/pinyin_free, email/qqnum_mail, id_card/plain_18,
id_card/space_6_8_4, id_card/x_lower, id_card/x_upper, landline/area_dash,
landline/area_dash_ext, landline/area_plain, landline/area_space_44,
landline/fullparen_area, landline/paren_area, mobile/dash_344,
mobile/fullwidth_11, mobile/plain_11, mobile/plus86_plain,
mobile/plus86_space_344, mobile/prefix0086, mobile/space_344,
mobile/voice_digits_comma, mobile/voice_words, plate/dot_sep,
plate/lower_letters, plate/nev_8, plate/space_sep, plate/std_7, qq/digits_10,
qq/digits_6, qq/digits_8, qq/digits_9, wechat/dash, wechat/mixed_case,
wechat/pinyin_digits, wechat/underscore, wechat/wxid.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind58-2026-carrental-第六十三位写手"
SPLIT = "blind58"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 880
N_NEAR_ROWS = 660

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(first17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_sum(digits: str) -> int:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·()]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- value pools

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198",
                   "199", "147")
AREA_CODES = (("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("028", 8), ("023", 8), ("027", 8),
              ("029", 8), ("0571", 8), ("025", 8), ("0532", 8), ("0898", 8), ("0871", 8), ("0591", 8),
              ("0592", 7), ("0731", 8))
ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "440305", "440106", "440304", "510104",
            "510107", "500103", "420106", "610113", "330106", "320102", "370202", "460105", "530102",
            "350102", "350203", "430104", "410105", "130102", "360102", "450103", "220102", "511102",
            "441900", "445202", "362502")
PLATE_PREFIX = ("粤B", "粤A", "粤S", "京A", "京N", "京Q", "沪A", "沪B", "沪D", "川A", "渝A", "渝B", "鄂A",
                "陕A", "浙A", "苏A", "鲁B", "琼A", "琼B", "云A", "闽D", "湘A", "桂A", "豫A")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
EMAIL_LOCAL = ("zhangwei", "li_na88", "wang.jun", "chenyu2019", "liuyang_sz", "huangtao", "zhao.min",
               "xiaoxue1996", "sunhao_88", "ma.lin", "zhoujie0712", "wuqiang", "xu_fang", "hejun86",
               "linxiaomei", "guoqing_gz", "luohao", "tangli1990", "fengyi", "dengchao_cd")
FREE_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com",
                "yeah.net", "hotmail.com", "aliyun.com")
CORP_DOMAINS = ("yunchezuche.com", "sz-ehailing.cn", "dachengrent.com.cn", "xinglufleet.com",
                "haoyunchuxing.cn", "nanfangzuche.com")
CORP_LOCAL = ("kefu", "hr", "fapiao", "driver.join", "finance", "service", "zhaopin", "lipei")
WX_WORDS = ("zhang", "wang", "li", "chen", "liu", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma",
            "zhu", "hu", "guo", "he", "lin", "luo", "gao", "deng")
WX_TAILS = ("sz", "gz", "cd", "car", "zuche", "siji", "rent", "ride", "sh", "bj")

# (province or "", city, district, roads)
PLACES = (
    ("广东省", "深圳市", "南山区", ("科技南十二路", "后海大道", "南海大道", "沙河西路")),
    ("广东省", "深圳市", "宝安区", ("宝安大道", "新湖路", "航城大道", "创业一路")),
    ("广东省", "深圳市", "福田区", ("深南中路", "福华三路", "彩田路", "益田路")),
    ("广东省", "广州市", "天河区", ("天河路", "黄埔大道西", "体育西路", "中山大道西")),
    ("广东省", "广州市", "白云区", ("机场路", "白云大道北", "云城西路")),
    ("", "上海市", "浦东新区", ("张杨路", "世纪大道", "川沙路", "龙阳路")),
    ("", "上海市", "闵行区", ("虹井路", "七莘路", "申长路")),
    ("", "北京市", "朝阳区", ("望京街", "酒仙桥路", "东三环北路", "广顺北大街")),
    ("", "北京市", "顺义区", ("府前中街", "天竺路", "裕民大街")),
    ("四川省", "成都市", "武侯区", ("天府大道北段", "科华北路", "武侯祠大街")),
    ("四川省", "成都市", "双流区", ("机场路", "航空港大道", "东升街")),
    ("海南省", "三亚市", "天涯区", ("解放路", "新风街", "三亚湾路")),
    ("海南省", "三亚市", "吉阳区", ("迎宾路", "榆亚路", "凤凰路")),
    ("海南省", "海口市", "美兰区", ("海府路", "国兴大道", "大英山东一路")),
    ("云南省", "昆明市", "官渡区", ("春城路", "关上中路", "民航路")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "天目山路", "古墩路")),
    ("浙江省", "杭州市", "萧山区", ("市心中路", "金城路", "机场大道")),
    ("", "重庆市", "渝北区", ("金开大道", "新南路", "龙山大道")),
    ("福建省", "厦门市", "湖里区", ("枋湖路", "云顶北路", "湖里大道")),
    ("湖南省", "长沙市", "岳麓区", ("麓谷大道", "枫林三路", "银盆南路")),
)
ESTATES = ("碧海花园", "阳光小区", "翠苑三区", "万科城", "华润城润府", "锦绣江南", "金地名峰", "保利香槟国际",
           "望京西园四区", "龙湖春森彼岸", "中海半山溪谷", "绿地海珀")
BUILDINGS = ("怡化金融科技大厦", "汽车产业园", "创智大厦", "新城市广场", "航空物流园", "星河WORLD")
VILLAGES = (("四川省", "眉山市", "仁寿县", "文林镇", "联合村"), ("湖南省", "邵阳市", "邵东县", "廉桥镇", "石株桥村"),
            ("河南省", "周口市", "太康县", "常营镇", "东街村"), ("广东省", "梅州市", "五华县", "水寨镇", "大坝村"),
            ("江西省", "赣州市", "于都县", "贡江镇", "长口村"))


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + _digits(r, 8)


def _id_digits(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        y = r.randint(1966, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
        s = body + _id_check(body)
        if want_x is None and s.endswith("X") and r.random() < 0.5:
            continue
        if want_x is None or want_x == s.endswith("X"):
            return s


def _card(r: random.Random, bin_: str, n: int) -> str:
    return _luhn_complete(bin_ + _digits(r, n - len(bin_) - 1))


def _group(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


_CN_DIG = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
_YAO_DIG = dict(_CN_DIG, **{"1": "幺", "0": "洞"})


def _plate_tail(r: random.Random) -> str:
    chars = [r.choice("0123456789") for _ in range(5)]
    nl = r.choice((0, 0, 1, 1, 2))
    for pos in r.sample(range(5), nl):
        chars[pos] = r.choice(PLATE_LETTERS)
    return "".join(chars)


def _nev_tail(r: random.Random) -> str:
    return r.choice("DF") + r.choice("0123456789" + PLATE_LETTERS) + _digits(r, 4)


def _addr_full(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{p}{c}{d}{r.choice(roads)}{r.randint(1, 3999)}号"


def _addr_city(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{c}{d}{r.choice(roads)}{r.randint(1, 999)}号"


def _addr_district_estate(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{d}{r.choice(ESTATES)}{r.randint(1, 32)}栋{r.randint(2, 33)}{r.randint(1, 8):02d}"


def _addr_estate_dash(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{c}{d}{r.choice(ESTATES)}{r.randint(1, 18)}-{r.randint(1, 4)}-{r.randint(2, 28)}{r.randint(1, 6):02d}"


def _addr_road_building_floor(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{d}{r.choice(roads)}{r.randint(1, 3999)}号{r.choice(BUILDINGS)}{r.choice(('B1', 'B2', '1', '3', '12'))}层"


def _addr_unit_room(r):
    p, c, d, roads = r.choice(PLACES)
    return (f"{p}{c}{d}{r.choice(roads)}{r.randint(1, 800)}号{r.choice(ESTATES)}"
            f"{r.randint(1, 20)}号楼{r.randint(1, 4)}单元{r.randint(1, 30)}{r.randint(1, 4):02d}室")


def _addr_road_only(r):
    p, c, d, roads = r.choice(PLACES)
    return f"{r.choice(roads)}{r.randint(1, 3999)}号"


def _addr_village(r):
    p, c, x, t, v = r.choice(VILLAGES)
    return f"{p}{c}{x}{t}{v}{r.randint(1, 12)}组{r.randint(1, 99)}号"


def _addr_town_no_prov(r):
    p, c, x, t, v = r.choice(VILLAGES)
    return f"{x}{t}{v}{r.randint(1, 12)}组{r.randint(1, 99)}号"


# --------------------------------------------------------------------------- formats
# each: name -> (weight, channel or None, generator(r) -> (prefix_outside, value, suffix_outside))

def _p(v, pre="", suf=""):
    return (pre, v, suf)


FMT_TABLES = {
    "mobile": (
        ("plain_11", 10, None, lambda r: _p(_mobile_digits(r))),
        ("space_344", 3, None, lambda r: _p(_group(_mobile_digits(r), (3, 4, 4)))),
        ("dash_344", 2, None, lambda r: _p(_group(_mobile_digits(r), (3, 4, 4), "-"))),
        ("plus86_plain", 1, None, lambda r: _p(_mobile_digits(r), r.choice(("+86", "+86 ", "+86-")))),
        ("plus86_space_344", 1, None, lambda r: _p(_group(_mobile_digits(r), (3, 4, 4)), "+86 ")),
        ("prefix0086", 1, None, lambda r: _p(_mobile_digits(r), "0086")),
        ("fullwidth_11", 1, None, lambda r: _p(unicodedata.normalize("NFKC", _mobile_digits(r)).translate(
            {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}))),
        ("voice_words", 2, "V", lambda r: _p("".join(_YAO_DIG[c] for c in _mobile_digits(r)))),
        ("voice_digits_comma", 1, "V", lambda r: _p(_group(_mobile_digits(r), (3, 4, 4), "，"))),
    ),
    "landline": (
        ("area_dash", 6, None, lambda r: _land(r, "{a}-{n}")),
        ("area_plain", 2, None, lambda r: _land(r, "{a}{n}")),
        ("paren_area", 2, None, lambda r: _land(r, "({a}){n}")),
        ("fullparen_area", 1, None, lambda r: _land(r, "（{a}）{n}")),
        ("area_space_44", 2, None, lambda r: _land(r, "{a} {n4}")),
        ("area_dash_ext", 2, None, lambda r: _land(r, "{a}-{n}", ext=True)),
    ),
    "email": (
        ("pinyin_free", 6, None, lambda r: _p(f"{r.choice(EMAIL_LOCAL)}@{r.choice(FREE_DOMAINS)}")),
        ("qqnum_mail", 4, None, lambda r: _p(f"{r.randint(10000000, 3999999999)}@qq.com")),
        ("corp_domain", 3, None, lambda r: _p(f"{r.choice(CORP_LOCAL)}@{r.choice(CORP_DOMAINS)}")),
        ("capital_local", 1, None, lambda r: _p(f"{r.choice(EMAIL_LOCAL).capitalize()}@{r.choice(FREE_DOMAINS)}")),
    ),
    "id_card": (
        ("plain_18", 10, None, lambda r: _p(_id_digits(r, False))),
        ("x_upper", 2, None, lambda r: _p(_id_digits(r, True))),
        ("x_lower", 1, None, lambda r: _p(_id_digits(r, True).lower())),
        ("space_6_8_4", 2, None, lambda r: _p(_group(_id_digits(r), (6, 8, 4)))),
    ),
    "bank_card": (
        ("unionpay_19", 6, None, lambda r: _p(_card(r, r.choice(("622202", "622848", "621700", "621226", "623052")), 19))),
        ("unionpay_16", 4, None, lambda r: _p(_card(r, r.choice(("621483", "622588", "622609", "625802")), 16))),
        ("space_4_19", 3, None, lambda r: _p(_group(_card(r, r.choice(("621700", "622848", "621661")), 19), (4, 4, 4, 4)))),
        ("space_4444", 3, None, lambda r: _p(_group(_card(r, r.choice(("621483", "622588", "436742", "518710")), 16), (4, 4, 4, 4)))),
        ("visa_16", 2, None, lambda r: _p(_card(r, r.choice(("439225", "436742", "427020")), 16))),
        ("mastercard_16", 2, None, lambda r: _p(_card(r, r.choice(("518710", "520169", "552534")), 16))),
        ("domestic95_19", 1, None, lambda r: _p(_card(r, r.choice(("955880", "955998", "955888")), 19))),
    ),
    "qq": (
        ("digits_9", 5, None, lambda r: _p(str(r.randint(100000000, 999999999)))),
        ("digits_10", 4, None, lambda r: _p(str(r.randint(1000000000, 3999999999)))),
        ("digits_8", 2, None, lambda r: _p(str(r.randint(10000000, 99999999)))),
        ("digits_6", 1, None, lambda r: _p(str(r.randint(100000, 999999)))),
    ),
    "wechat": (
        ("wxid", 3, None, lambda r: _p("wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)))),
        ("pinyin_digits", 5, None, lambda r: _p(r.choice(WX_WORDS) + r.choice(WX_WORDS) + str(r.randint(1975, 2005)))),
        ("underscore", 4, None, lambda r: _p(r.choice(WX_WORDS) + r.choice(("_", "")) + r.choice(WX_WORDS) + "_" + r.choice(WX_TAILS))),
        ("dash", 2, None, lambda r: _p(r.choice(WX_TAILS) + "-" + r.choice(WX_WORDS) + "-" + str(r.randint(1, 99)))),
        ("mixed_case", 2, None, lambda r: _p(r.choice(WX_WORDS).capitalize() + r.choice(WX_WORDS).capitalize() + r.choice(WX_TAILS).upper() + str(r.randint(1, 999)))),
    ),
    "plate": (
        ("std_7", 10, None, lambda r: _p(r.choice(PLATE_PREFIX) + _plate_tail(r))),
        ("nev_8", 4, None, lambda r: _p(r.choice(PLATE_PREFIX) + _nev_tail(r))),
        ("dot_sep", 2, None, lambda r: _p(r.choice(PLATE_PREFIX) + "·" + _plate_tail(r))),
        ("space_sep", 2, None, lambda r: _p(r.choice(PLATE_PREFIX) + " " + _plate_tail(r))),
        ("lower_letters", 1, None, lambda r: _p((r.choice(PLATE_PREFIX) + _plate_tail(r)).lower())),
    ),
    "address": (
        ("prov_city_dist_road_no", 4, None, lambda r: _p(_addr_full(r))),
        ("city_dist_road_no", 4, None, lambda r: _p(_addr_city(r))),
        ("dist_estate_bldg_room", 4, None, lambda r: _p(_addr_district_estate(r))),
        ("city_estate_dash_room", 2, None, lambda r: _p(_addr_estate_dash(r))),
        ("dist_road_no_bldg_floor", 2, None, lambda r: _p(_addr_road_building_floor(r))),
        ("full_unit_room", 2, None, lambda r: _p(_addr_unit_room(r))),
        ("road_no_only", 2, None, lambda r: _p(_addr_road_only(r))),
        ("village_group_no", 1, None, lambda r: _p(_addr_village(r))),
        ("county_town_village_no", 1, None, lambda r: _p(_addr_town_no_prov(r))),
    ),
}


def _land(r, pat, ext=False):
    a, n = r.choice(AREA_CODES)
    first = r.choice("2345678")
    num = first + _digits(r, n - 1)
    n4 = _group(num, (4, 4)) if n == 8 else _group(num, (3, 4))
    v = pat.format(a=a, n=num, n4=n4)
    suf = ""
    if ext:
        suf = r.choice(("转", "转", "-", "分机")) + str(r.randint(800, 8999))
    return _p(v, "", suf)


# --------------------------------------------------------------------------- near-miss generators

CAR_MODELS = ("大众朗逸", "丰田凯美瑞", "日产轩逸", "别克GL8", "特斯拉Model 3", "比亚迪秦PLUS DM-i", "Model Y",
              "本田雅阁", "哈弗H6", "埃安S", "比亚迪海豚", "宝马X1", "奔驰C260L", "五菱宏光MINI EV")
PLACES_ONLY = ("宝安机场T3", "三亚凤凰机场", "虹桥火车站", "首都机场T2", "双流机场T2", "美兰机场", "深圳北站",
               "广州南站", "长水机场", "萧山机场", "南山区", "福田区", "天河区门店", "浦东机场P4停车场",
               "高铁站门店", "科技园店", "三亚湾", "西二旗")
HOTLINES = ("95588", "95555", "95533", "95559", "12122", "10086")


def _bad_luhn(r, n):
    while True:
        s = r.choice(("2024", "2025", "6201", "1000", "3301")) + _digits(r, n - 4)
        if not _luhn_ok(s):
            return s


def _vin(r):
    head = r.choice(("LSVAU2180N2", "LGBH52E03L", "LFV3A23C5K", "LRW3E7FA1N", "LC0CE4CB3M"))
    return head + "".join(r.choice("0123456789") for _ in range(17 - len(head)))


def _bad_id(r):
    while True:
        s = _id_digits(r, False)
        wrong = [c for c in _ID_C if c != s[17] and c != "X"]
        s = s[:17] + r.choice(wrong)
        if not _luhn_ok(s):
            return s


NEAR_GEN = {
    "order_no": lambda r: r.choice(("ZC", "R", "DD", "SZ", "ZL")) + r.choice(("24", "25")) + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, r.choice((6, 7, 8))),
    "amount": lambda r: r.choice(("{}元", "¥{}", "{}块", "{}.00元", "{}元/天", "￥{}")).format(r.choice((
        "3000", "5000", "2000", "199", "268", "1500", "800", "10000", "350", "88", "2,000", "128"))),
    "date_time": lambda r: r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                                     f"{r.randint(1, 12)}月{r.randint(1, 28)}号{r.choice(('上午', '下午', '晚上'))}{r.randint(1, 11)}点",
                                     f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(7, 22):02d}:{r.choice(('00', '30', '15'))}",
                                     f"周{r.choice('一二三四五六日')}{r.randint(8, 20)}:{r.choice(('00', '30'))}",
                                     f"{r.randint(2023, 2025)}年{r.randint(1, 12)}月{r.randint(1, 28)}日")),
    "place_only": lambda r: r.choice(PLACES_ONLY),
    "points": lambda r: r.choice(("扣3分", "扣6分", "扣1分", "12分", "扣2分")),
    "app_12123": lambda r: "12123",
    "hotline": lambda r: r.choice((f"400-{r.randint(600, 999)}-{_digits(r, 4)}", f"400{r.randint(6000000, 9999999)}",
                                   f"800-{r.randint(800, 999)}-{_digits(r, 4)}", r.choice(HOTLINES))),
    "emergency_no": lambda r: r.choice(("122", "110", "120", "12122")),
    "tail_digits": lambda r: _digits(r, 4),
    "masked_mobile": lambda r: r.choice(MOBILE_PREFIXES) + "****" + _digits(r, 4),
    "verify_code": lambda r: _digits(r, r.choice((4, 6))),
    "vin": lambda r: _vin(r),
    "mileage": lambda r: f"{r.randint(1200, 98000)}{r.choice(('公里', 'km', '', '公里'))}",
    "bad_card": lambda r: _bad_luhn(r, r.choice((16, 19))),
    "bad_id": lambda r: _bad_id(r),
    "flight_no": lambda r: r.choice(("CA", "MU", "CZ", "HU", "3U", "ZH")) + str(r.randint(101, 8999)),
    "train_no": lambda r: r.choice(("G", "D", "C")) + str(r.randint(1, 2999)),
    "parking_spot": lambda r: f"{r.choice(('B1', 'B2', 'B3', 'P2', 'F1'))}-{r.randint(1, 499)}车位",
    "car_model": lambda r: r.choice(CAR_MODELS),
    "policy_no": lambda r: r.choice(("PDAA", "PDZA", "ADZA", "PDDH")) + f"2024{r.choice(('4403', '4401', '3101', '5101'))}" + _digits(r, 10),
    "invoice_no": lambda r: _digits(r, 8),
    "pickup_code": lambda r: r.choice(("QC", "TK", "")) + _digits(r, 6),
    "credit_code": lambda r: "91" + r.choice(("440300", "440101", "310115", "510100")) + "MA5" +
                             "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)) + r.choice("0123456789ABCDEFGH"),
    "postal_code": lambda r: r.choice(("518057", "518128", "510630", "200120", "100102", "610041", "572000", "650200")),
    "masked_id": lambda r: _id_digits(r)[:4] + "*" * 10 + _digits(r, 4),
    "masked_plate": lambda r: r.choice(PLATE_PREFIX) + r.choice(("***", "·**", "**")) + _digits(r, 2) + r.choice(("", "K", "8")),
    "driver_no": lambda r: r.choice(("SZ", "GZ", "SY", "")) + r.choice(("0", "1", "2")) + _digits(r, 4),
    "license_class": lambda r: r.choice(("C1", "C2", "A1", "A2", "B2", "C1E")),
    "duration": lambda r: r.choice(("3-5个工作日", "7个工作日", "30天", "15天内", "1-3天")),
    "violation_code": lambda r: r.choice(("1303", "1352", "6046", "1039", "1625", "13441")),
}


# --------------------------------------------------------------------------- templates
# "{kind}" = personal value (labelled); "{~near}" = near-miss (labelled as near_miss).
# Channel "T" = typed, "V" = voice-to-text (only V templates accept V formats of mobile).

PII_TEMPLATES = (
    ("T", "您好，我想订周五到周日的车，手机号{mobile}，{~date_time}在{~place_only}取车"),
    ("T", "身份证号{id_card}，驾照也是这个号，麻烦帮我登记一下"),
    ("T", "押金{~amount}退到这张卡吧：{bank_card}"),
    ("T", "车牌{plate}，我已经还到{address}了，钥匙放前台了"),
    ("T", "送车上门地址：{address}\n联系电话：{mobile}"),
    ("T", "{mobile} 这个是我老公的号，取车的时候打他的"),
    ("T", "我的邮箱{email}，发票开好发我邮箱就行"),
    ("T", "开专票的话抬头发您了，收票邮箱 {email} 谢谢"),
    ("T", "门店座机{landline}，有事直接打过来"),
    ("T", "你好 我租的{plate}在{address}附近被拍了违章 罚款{~amount} 怎么处理"),
    ("T", "驾驶证号：{id_card}\n准驾车型：{~license_class}\n手机：{mobile}"),
    ("T", "【司机招募】有意向的师傅加我微信{wechat}，或者QQ{qq}，{~car_model}带车加盟也可以"),
    ("T", "加我vx {wechat} 发你司机入职资料清单"),
    ("T", "qq号{qq}，邮箱就是{email}"),
    ("T", "我扣扣{qq}，传照片方便点"),
    ("T", "事故情况：对方车牌{plate}，对方电话{mobile}，我们的车{plate}，在{address}门口"),
    ("T", "保险公司报案了，报案号{~policy_no}，定损员电话{mobile}"),
    ("T", "退押金的卡号是{bank_card} 开户行招行深圳分行"),
    ("T", "{bank_card}\n建行的 押金退这里"),
    ("T", "还车地址改成{address}可以吗"),
    ("T", "取车地点：{address}（{~place_only}旁边）"),
    ("T", "身份证{id_card} 手机{mobile} 微信{wechat}"),
    ("T", "师傅您好，乘客联系方式{mobile}，上车点{address}"),
    ("T", "网约车司机注册：身份证号码{id_card}，车牌号{plate}，提现银行卡{bank_card}"),
    ("T", "提现卡号改一下：{bank_card}，之前那张注销了"),
    ("T", "我车{plate}今天在{address}被追尾了😭 电话{mobile}"),
    ("T", "交警让车辆所有人来一趟，租车公司座机{landline}"),
    ("T", "你好，我是{plate}的司机，明天{~date_time}去{address}年检"),
    ("T", "公司地址{address}，座机{landline}，邮箱{email}"),
    ("T", "面试地点：{address}\n面试联系人电话：{mobile}\n带身份证原件和驾驶证原件"),
    ("T", "紧急联系人手机：{mobile}（我妈）"),
    ("T", "我是{mobile}，刚才下单那个，订单号{~order_no}"),
    ("T", "电话打不通啊，{mobile}是你们门店的吗"),
    ("T", "换个号码联系我 {mobile}"),
    ("T", "{id_card} 这是身份证号，驾驶证照片等下发你"),
    ("T", "身份正号码{id_card}，你看下对不对"),
    ("T", "卡号{bank_card}，预授权{~amount}冻结的是这张卡"),
    ("T", "信用卡{bank_card} 冻结了{~amount} 什么时候解冻啊"),
    ("T", "ETC绑的是{bank_card}这张，扣费记录在哪看"),
    ("T", "邮箱：{email}\n微信：{wechat}"),
    ("T", "群里的师傅们，新来的师傅微信{wechat}，大家拉一下"),
    ("T", "@所有人 下周培训地点{address}，{~date_time}准时到，迟到扣{~amount}"),
    ("T", "{plate}今天限行，换{plate}给客户"),
    ("T", "【调度】{plate} 去{address}接客户，客户电话{mobile}"),
    ("T", "客户{plate}还车时油量不足，补油费{~amount}"),
    ("T", "我在{address}楼下了，车是白色{~car_model}，车牌{plate}"),
    ("T", "麻烦把租车合同发到{email}"),
    ("T", "QQ：{qq}\n电话：{mobile}\n地址：{address}"),
    ("T", "你好我加你qq了 {qq} 通过一下"),
    ("T", "微信号{wechat}，手机号{mobile}，微信搜手机号也行"),
    ("T", "座机 {landline} 上班时间有人接"),
    ("T", "我们合作的修理厂电话{landline}，地址{address}"),
    ("T", "驾驶证号码和身份证一样的：{id_card}"),
    ("T", "违章是我开的时候的，我来处理，驾驶证号{id_card}，扣我的分"),
    ("T", "车主信息：{plate} / {mobile} / {address}"),
    ("T", "行驶证上地址写的是{address}"),
    ("T", "发票邮寄地址{address}，收件电话{mobile}"),
    ("T", "司机提现到{bank_card}失败了，麻烦财务看一下"),
    ("T", "收款卡号 {bank_card}\n开户行：工商银行"),
    ("T", "好的 那我{~date_time}到{address}提车"),
    ("T", "大哥 车停在{address}了 钥匙在前台 👍"),
    ("T", "乘客手机落在{plate}车上了，乘客另一个号码{mobile}"),
    ("T", "网约车资格证考试报名，身份证{id_card}，联系电话{mobile}"),
    ("T", "你加我微信吧{wechat}"),
    ("T", "您好，这是我们客服邮箱 {email}，发票问题请发邮件"),
    ("T", "4S店维修站电话{landline}，报车牌{plate}就行"),
    ("T", "对方保险公司理赔员微信{wechat}，电话{mobile}"),
    ("T", "我QQ邮箱{email}"),
    ("T", "我的qq是{qq}，QQ邮箱也可以"),
    ("T", "已转账，收款卡号{bank_card}，金额{~amount}"),
    ("T", "长租续租：车{plate}，续到{~date_time}，押金卡{bank_card}不变"),
    ("T", "取车人换成我同事，身份证{id_card}，电话{mobile}"),
    ("T", "车在{address}门口被拖走了，拖车场电话{landline}"),
    ("T", "拖车场地址{address}，带行驶证过去"),
    ("T", "加盟司机请把资料发到邮箱{email}，标题写车牌号+手机号"),
    ("T", "我是{plate}车主 电话{mobile} 微信同号"),
    ("T", "入职资料：\n1. 身份证：{id_card}\n2. 驾驶证：同身份证\n3. 车牌：{plate}\n4. 工资卡：{bank_card}"),
    ("T", "我家在{address}，能送车到小区门口吗"),
    ("T", "异地还车到{address}，手续费多少"),
    ("T", "群公告里那个联系人QQ是{qq}吗"),
    ("T", "联系邮箱{email}，手机{mobile}"),
    ("T", "客户留的固话{landline}，手机关机了"),
    ("T", "{plate}"),
    ("T", "{mobile}"),
    ("T", "车牌号 {plate}"),
    ("T", "{address}"),
    ("T", "身份证：{id_card}"),
    ("T", "手几号{mobile}"),
    ("T", "门店在{address}，电话{landline}，导航搜门店名就能到"),
    ("T", "你们三亚店座机是{landline}吗？客人说打不通"),
    ("T", "客户要求发合同，邮箱{email}，车牌{plate}"),
    ("T", "{wechat} 这是我微信"),
    ("T", "招聘群：全职司机，底薪+提成，简历发{email}或者加QQ{qq}"),
    ("T", "财务那边的电话{landline}，退押金的事直接找她"),
    ("T", "家庭住址：{address}\n身份证号：{id_card}"),
    ("T", "事故车{plate}已经拖到{address}的修理厂，联系{mobile}"),
    ("T", "对方司机不肯私了，对方车牌{plate}，电话{mobile}，我已经打{~emergency_no}了"),
    ("T", "{~date_time}的单，客户身份证{id_card}，车牌{plate}，取车门店{~place_only}"),
    ("T", "转给你我qq {qq}，群号回头发你"),
    ("V", "喂你好我手机号是{mobile}你到了打我电话"),
    ("V", "我的电话{mobile}嗯对就是这个号"),
    ("V", "师傅你好我在{address}门口我电话是{mobile}"),
    ("V", "那个车我已经停好了你打我电话{mobile}我下来给你钥匙"),
    ("V", "我的电话号码是{mobile}，你记一下，明天还车"),
)

NEAR_TEMPLATES = (
    "订单号{~order_no}，{~date_time}取车，押金{~amount}",
    "违章查询：{~date_time}在{~place_only}超速，罚款{~amount}，{~points}",
    "交管{~app_12123}上显示还有一条没处理，违法代码{~violation_code}",
    "客服热线{~hotline}，24小时有人",
    "预授权{~amount}已解冻，银行到账需要{~duration}",
    "您尾号{~tail_digits}的卡已退款{~amount}，请注意查收",
    "手机号{~masked_mobile}的用户您好，您的订单已确认",
    "验证码{~verify_code}，5分钟内有效，请勿泄露",
    "车架号{~vin}，发动机号在行驶证上看",
    "取车里程{~mileage}，还车里程{~mileage}，超了{~mileage}",
    "交易流水号{~bad_card}，退款失败请联系银行",
    "事故认定书编号{~bad_id}，对方全责",
    "航班{~flight_no}，{~date_time}落地，麻烦接机",
    "车停在{~parking_spot}，钥匙在前台",
    "车型{~car_model}，日租{~amount}，押金{~amount}",
    "保单号{~policy_no}，交强险和三者险都有",
    "发票号码{~invoice_no}已开具，金额{~amount}",
    "取车码{~pickup_code}，到店出示即可",
    "我们公司统一社会信用代码{~credit_code}，开票用",
    "邮编{~postal_code}",
    "身份证{~masked_id}核验通过",
    "车牌{~masked_plate}的车已经还了",
    "司机工号{~driver_no}本周流水{~amount}",
    "道路救援电话{~hotline}，高速上出事先打{~emergency_no}",
    "准驾车型{~license_class}就可以租，驾龄满1年",
    "在{~place_only}等你，出口右转",
    "好的，{~date_time}见",
    "押金{~amount}，违章押金{~amount}，还车后{~duration}退",
    "订单{~order_no}已取消，退款{~amount}",
    "麻烦查下订单{~order_no}，我{~date_time}就还车了还在扣钱",
    "📢 本周五{~date_time}在{~place_only}集合，新车{~car_model}交付",
    "这单{~order_no} 超时费{~amount}",
    "你好，{~masked_mobile}是我，订单{~order_no}",
    "{~bad_card}这个是交易参考号吗",
    "受理编号{~bad_id}，{~duration}内出结果",
    "信用卡尾号{~tail_digits}，预授权{~amount}",
    "罚单决定书编号{~bad_card}，{~amount}，{~points}",
    "打了{~hotline}一直占线",
    "高铁{~train_no}，{~date_time}到{~place_only}",
    "油量1/2，当前里程{~mileage}",
    "保养到{~mileage}了要去做保养",
    "车辆{~masked_plate}违章{~violation_code}，司机{~driver_no}处理",
    "还车验车单号{~order_no}，划痕维修{~amount}",
    "验证码是{~verify_code}吗？我收到的是这个",
    "取车码：{~pickup_code}\n取车时间：{~date_time}\n取车门店：{~place_only}",
    "今天{~place_only}那边堵死了，晚点到",
    "{~car_model}还有吗，想租{~duration}",
    "理赔款{~amount}已到账，保单{~policy_no}",
    "司机{~driver_no}投诉已处理",
    "车位{~parking_spot}，出口在{~place_only}方向",
    "开票信息：税号{~credit_code}，发票号{~invoice_no}",
    "身份证号{~masked_id}，驾驶证{~license_class}",
    "VIN：{~vin}\n里程：{~mileage}",
    "银行说是这个流水{~bad_card}，你们查一下",
    "收到，尾号{~tail_digits}的手机已经打过了",
    "单号{~bad_id}的事故已结案",
)


# --------------------------------------------------------------------------- build

_TOK = re.compile(r"\{(~?)(\w+)\}")


def _fmt_for(r: random.Random, kind: str, channel: str, forced: str | None):
    tab = FMT_TABLES[kind]
    if forced is not None:
        for row in tab:
            if row[0] == forced:
                return row
        raise KeyError(forced)
    if kind == "mobile" and channel == "V":
        ok = [row for row in tab if row[2] == "V" or row[0] == "plain_11"]
    else:
        ok = [row for row in tab if row[2] is None]
    return r.choices(ok, weights=[row[1] for row in ok])[0]


def _render(r: random.Random, channel: str, tpl: str, forced: tuple[str, str] | None = None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    used_force = False
    last = 0
    for m in _TOK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        is_near, key = m.group(1) == "~", m.group(2)
        if is_near:
            v = NEAR_GEN[key](r)
            nears.append((key, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        f = None
        if forced and not used_force and forced[0] == key:
            f, used_force = forced[1], True
        name, _, _, gen = _fmt_for(r, key, channel, f)
        pre, v, suf = gen(r)
        out.append(pre)
        pos += len(pre)
        ents.append((key, pos, pos + len(v)))
        fmts.append(name)
        out.append(v + suf)
        pos += len(v) + len(suf)
    out.append(tpl[last:])
    text = "".join(out)
    return text, ents, fmts, nears


def _kinds_of(tpl: str):
    return [m.group(2) for m in _TOK.finditer(tpl) if not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    # forced formats
    for kind in KINDS:
        for name, _, ch, _ in FMT_TABLES[kind]:
            cands = [i for i, (c, t) in enumerate(PII_TEMPLATES) if kind in _kinds_of(t) and (ch is None or c == ch)]
            if ch is None and kind == "mobile":
                cands = [i for i in cands if PII_TEMPLATES[i][0] != "V"]
            picks = r.sample(cands, min(FORCE_PER_FMT, len(cands)))
            for i in picks:
                c, t = PII_TEMPLATES[i]
                rows.append(_render(r, c, t, (kind, name)))
                tids.append(f"P{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        c, t = PII_TEMPLATES[i]
        rows.append(_render(r, c, t))
        tids.append(f"P{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, "T", NEAR_TEMPLATES[i]))
        tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame({
        "text": [rows[j][0] for j in order],
        "entities": [rows[j][1] for j in order],
        "formats": [rows[j][2] for j in order],
        "near_misses": [rows[j][3] for j in order],
        "split": [SPLIT] * len(rows),
    })


def make_blind58_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_CN2D = {v: k for k, v in _YAO_DIG.items()}
_CN2D.update({v: k for k, v in _CN_DIG.items()})
_AREA = tuple(a for a, _ in AREA_CODES)
_PLATE_RE = re.compile(r"[京沪粤川渝鄂陕浙苏鲁琼云闽湘桂豫][A-Z][A-Z0-9]{5,6}")
_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道")
_ADDR_END_RE = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d{3,4})$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            assert v == v.strip() and v.strip("，,。：: ") == v, (k, v)
            n = _norm(v)
            if k == "mobile":
                n = "".join(_CN2D.get(c, c) for c in n.replace("，", "").replace(",", ""))
                assert _MOBILE_RE.fullmatch(n) and n[:3] in MOBILE_PREFIXES, (k, v)
            elif k == "id_card":
                assert _id_ok(n), (k, v)
            elif k == "bank_card":
                assert 16 <= len(n) <= 19 and _luhn_ok(n), (k, v)
            elif k == "landline":
                n = n.replace("（", "").replace("）", "")
                assert n.startswith(_AREA) and n.isdigit() and len(n) in (10, 11, 12), (k, v)
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w-]+(\.[\w-]+)+", v), (k, v)
            elif k == "qq":
                assert v.isdigit() and 5 <= len(v) <= 11 and v[0] != "0", (k, v)
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), (k, v)
            elif k == "plate":
                assert _PLATE_RE.fullmatch(n.upper()), (k, v)
            elif k == "address":
                assert any(v.find(u) != -1 for u in _ADDR_START), (k, v)
                assert _ADDR_END_RE.search(v), (k, v)
            # neighbours: a value must not run on into more of the same characters
            if k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert not (e < len(text) and text[e].isdigit()), (k, text)
                assert not (s > 0 and text[s - 1].isdigit() and not text[:s].endswith("86")), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOBILE_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind58_corpus())  # deterministic
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
        print(f"  {f:34s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{row[0]}" for k, tab in FMT_TABLES.items() for row in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

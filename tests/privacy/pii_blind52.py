"""Fifty-second blind PII corpus (``split == "blind52"``): a bank branch's WeCom archive.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十七位写手")
under the blind-corpus rules.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(found with ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines
of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and a
few rows of ``../shared/datasets/nonghang_zhidao`` (real public bank Q&A) for
the flavour of bank-customer phrasing (no personal data copied).  It did NOT
read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other corpus or test, or git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.

What is different here: THEME.  An ordinary day's archive of the customer
managers of a city commercial bank branch (wealth managers, lobby staff) in
WeCom 1:1 chats and client group chats: deposits and time deposits, wealth
products, card replacement and mailing, credit-card applications and
statements, payroll accounts, appointments at the branch, address / phone
updates, ETC and car loans, morning notes in client groups.  Many messages
hold no personal data at all (plain chit-chat rows with no labels) or only
things that must not be masked: amounts, rates, net values, product and fund
codes, dates and times, queue numbers, verification codes, hotlines
(95xxx / 400), masked cards and phones (``尾号8866``, ``138****6621``),
transaction serial numbers, card-length numbers failing Luhn, ID-shaped
numbers failing the check digit, postal codes, tracking numbers, contract
numbers, branch names and bare places.  Values are written in the usual ways
(no voice / OCR tricks): plain digits, 3-4-4 / 4-4-4-4 groups, ``+86``
prefixes, area codes with dash or parentheses, extensions, ``X`` check digits,
full and colloquial addresses, plates with and without a middle dot.

Seed
----
``SEED = "blind52-城商行网点-第五十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced 4 times into 4 distinct templates holding its kind; the remaining rows
draw templates and formats at random.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; no names), ``formats`` (one format name per entity),
``near_misses`` (list of ``(near_kind, start, end)``, must NOT be masked) and
``split`` (always ``"blind52"``).  A span holds the value only: cue words,
``+86`` / ``0086`` prefixes and landline extensions (``转806``, ``-806``,
``分机806``) are outside; separators inside the value are inside.  An address
runs from its first place unit to its last house-level unit (号 / 幢 / 栋 /
号楼 / 单元 / 室 / 层 / bare room number).  Rows with neither entities nor
near-misses are ordinary chit-chat (they must stay untouched too).

Counts (``python tests/privacy/pii_blind52.py``)
-----------------------------------------------
rows=1700 pii_rows=900 near_rows=650 plain_rows=150 entities=1241
(mobile 252, address 235, bank_card 177, landline 119, id_card 100, wechat 93,
email 91, plate 89, qq 85);
near-miss spans=1201 (1067 in near-miss rows), 29 near-miss kinds
(amount 186, date 160, time 95, year_term 65, rate 63, branch_name 59,
branch_place 53, serial_no 52, hotline 48, queue_no 47, limit_amount 43,
product_code 40, tail_digits 28, tracking_no 27, masked_card 21, counter_no 21,
atm_no 20, bad_id 19, fund_code 18, contract_no 18, percentage_change 18,
masked_mobile 17, verify_code 17, wait_count 16, bad_card 16, postal_code 11,
gold_price 8, points 8, nav 7);
formats=38 distinct, each used >= 4 times in >= 6 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind52-城商行网点-第五十七位写手"
SPLIT = "blind52"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 650
N_PLAIN_ROWS = 150
FORCE_PER_FMT = 4

# ---------------------------------------------------------------- checks

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", s)


# ---------------------------------------------------------------- value pools

_MOBILE_PRE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
               "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
               "185", "186", "187", "188", "189", "191", "198", "199", "147", "178")
_AREA = (("0571", 8), ("0571", 8), ("0571", 8), ("0574", 8), ("0575", 8), ("0573", 8), ("0579", 8),
         ("0572", 7), ("0576", 8), ("021", 8), ("025", 8), ("0512", 8), ("010", 8))
_REGION = ("330102", "330105", "330106", "330108", "330110", "330109", "330127", "330122", "330203",
           "330212", "330281", "330602", "330681", "330402", "331002", "320106", "320505", "310104",
           "310115", "340104", "360102", "420106", "410105", "430104", "510107", "370102", "350203",
           "362330", "341222", "412726")
_BIN16 = ("622588", "621483", "625966", "621799", "622155", "621485", "622609", "628288")
_BIN19 = ("621700", "622202", "622848", "621226", "623058", "621661", "622908", "623668")
_BIN_VM = ("438088", "427020", "404117", "524374", "552599", "518710", "436742", "540297")
_BIN95 = ("955880", "955990", "955590")
_PLATE_PROV = ("浙A", "浙A", "浙A", "浙A", "浙B", "浙D", "浙C", "浙F", "浙H", "浙K", "沪A", "苏E", "皖A")
_PLATE_ABC = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PINYIN = ("wangli", "zhangwei", "chenjing", "liuyang", "huangmin", "zhouqian", "wuhao", "xuyan",
           "sunlei", "hujun", "zhuting", "linfeng", "heli", "gaoyun", "luoxin", "shenjie", "yexiaoyu",
           "jiangtao", "caihong", "panwen", "maying", "fangyu", "yuanjie", "dongmei")
_MAIL_DOM = ("163.com", "163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "yeah.net",
             "139.com", "outlook.com")
_CORP_DOM = ("hzjt.com.cn", "zjxinda.com", "dfkj.cn", "hzmetro.com", "zjsdyy.com", "cn-ningda.com",
             "hzgxhb.com", "west-lake.edu.cn")
_WX_WORDS = ("xiaoyu", "momo", "lily", "jack", "sunny", "ann", "tiantian", "ying", "kevin", "amy",
             "chen", "liu", "bao", "doudou", "coco", "leo", "yoyo", "hz", "nb", "mm")

# (province, city, district, [roads], [estates])
_PLACES = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "文二西路", "天目山路", "古墩路", "教工路", "西溪路"),
     ("翠苑一区", "嘉绿苑", "古荡新村", "西溪花园", "金地自在城", "蓝色钱江")),
    ("浙江省", "杭州市", "拱墅区", ("莫干山路", "湖墅南路", "上塘路", "丽水路", "登云路"),
     ("和睦新村", "大关西苑", "米市巷小区", "运河宸园", "北城中央")),
    ("浙江省", "杭州市", "上城区", ("解放路", "延安路", "秋涛路", "清泰街", "钱江路"),
     ("采荷一小区", "景芳三区", "凯旋苑", "新城时代广场", "望江家园")),
    ("浙江省", "杭州市", "滨江区", ("江南大道", "滨盛路", "网商路", "长河路", "江虹路"),
     ("东方郡", "钱塘春晓", "星耀城", "滨江金色海岸", "白金海岸")),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "五常大道", "良睦路", "荆长大道"),
     ("西溪诚园", "未来科技城海创园", "绿城桃源居", "亲亲家园")),
    ("浙江省", "杭州市", "萧山区", ("市心中路", "金城路", "人民路", "晨晖路"),
     ("金色钱塘", "旺角城", "湘湖人家", "利一家园")),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "中山东路", "四明中路", "鄞州大道"),
     ("东湖花园", "印象城小区", "四季云顶")),
    ("浙江省", "绍兴市", "越城区", ("解放北路", "中兴中路", "延安东路"),
     ("鉴湖景园", "金色家园")),
    ("上海市", "上海市", "浦东新区", ("张杨路", "东方路", "世纪大道", "杨高中路"),
     ("仁恒河滨城", "证大家园", "东方城市花园")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "现代大道", "苏州大道东"),
     ("东沙湖小区", "湖畔天城")),
)
_VILLAGES = (("浙江省", "杭州市", "桐庐县", "分水镇", "大路村"), ("浙江省", "杭州市", "淳安县", "千岛湖镇", "富山村"),
             ("浙江省", "杭州市", "富阳区", "新登镇", "湘溪村"), ("浙江省", "杭州市", "临安区", "於潜镇", "祈祥村"),
             ("浙江省", "绍兴市", "诸暨市", "店口镇", "湄池村"), ("安徽省", "安庆市", "桐城市", "孔城镇", "桐梓村"))
_BUILDINGS = ("元茂大厦", "黄龙国际中心", "华星时代广场", "西湖国际科技大厦", "来福士中心", "世贸丽晶城", "汇金国际大厦")


def _dig(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _mobile(rng):
    return rng.choice(_MOBILE_PRE) + _dig(rng, 8)


def _id18(rng):
    y = rng.randint(1948, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
    body = f"{rng.choice(_REGION)}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"
    return body + _id_check(body)


def _card(rng, bins, n):
    body = rng.choice(bins) + _dig(rng, n - 7)
    return body + _luhn_digit(body)


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


# --- formats: name -> generator(rng) -> (pre_outside, value, post_outside)

def _f_mobile(rng, fmt):
    m = _mobile(rng)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", _g(m, (3, 4, 4)), ""
    if fmt == "dash_344":
        return "", _g(m, (3, 4, 4), "-"), ""
    if fmt == "plus86_plain":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    raise KeyError(fmt)


def _f_landline(rng, fmt):
    area, n = rng.choice(_AREA)
    local = rng.choice("2345678") + _dig(rng, n - 1)
    if area == "0571" and n == 8:
        local = rng.choice("865") + _dig(rng, 7)
    if fmt == "area_dash":
        return "", f"{area}-{local}", ""
    if fmt == "area_paren":
        return "", f"({area}){local}", ""
    if fmt == "area_plain":
        return "", f"{area}{local}", ""
    if fmt == "area_dash_ext":
        return "", f"{area}-{local}", rng.choice(("转", "转", "-", "分机")) + _dig(rng, 3)
    if fmt == "area_space":
        return "", f"{area} {local}", ""
    raise KeyError(fmt)


def _f_id(rng, fmt):
    if fmt == "plain18":
        v = _id18(rng)
        while v.endswith("X"):
            v = _id18(rng)
        return "", v, ""
    if fmt == "plain18_X":
        v = _id18(rng)
        while not v.endswith("X"):
            v = _id18(rng)
        return "", v, ""
    if fmt == "space_684":
        return "", _g(_id18(rng), (6, 8, 4)), ""
    raise KeyError(fmt)


def _f_card(rng, fmt):
    if fmt == "unionpay16_plain":
        return "", _card(rng, _BIN16, 16), ""
    if fmt == "unionpay19_plain":
        return "", _card(rng, _BIN19, 19), ""
    if fmt == "space_4444":
        return "", _g(_card(rng, _BIN16 + _BIN_VM, 16), (4, 4, 4, 4)), ""
    if fmt == "space_19":
        return "", _g(_card(rng, _BIN19, 19), (4, 4, 4, 4, 3)), ""
    if fmt == "visa_mc16_plain":
        return "", _card(rng, _BIN_VM, 16), ""
    if fmt == "domestic95_19":
        return "", _card(rng, _BIN95, 19), ""
    raise KeyError(fmt)


def _f_email(rng, fmt):
    if fmt == "qq_digits":
        return "", f"{rng.randint(10000, 3999999999)}@qq.com", ""
    if fmt == "pinyin_free":
        p = rng.choice(_PINYIN)
        tail = rng.choice(("", str(rng.randint(1970, 2002)), str(rng.randint(1, 999)), "_" + _dig(rng, 2)))
        return "", f"{p}{tail}@{rng.choice(_MAIL_DOM)}", ""
    if fmt == "corp_domain":
        p = rng.choice(_PINYIN)
        p = rng.choice((p, p, p[:2] + "." + p[2:], p + _dig(rng, 2)))
        return "", f"{p}@{rng.choice(_CORP_DOM)}", ""
    raise KeyError(fmt)


def _f_qq(rng, fmt):
    if fmt == "digits_5to9":
        return "", str(rng.randint(10000, 999999999)), ""
    if fmt == "digits_10":
        return "", str(rng.randint(1000000000, 3999999999)), ""
    raise KeyError(fmt)


def _f_wechat(rng, fmt):
    w = rng.choice(_WX_WORDS)
    if fmt == "letters_digits":
        v = w + rng.choice((str(rng.randint(1970, 2005)), _dig(rng, 3), _dig(rng, 4), "520", "888"))
        return "", v if len(v) >= 6 else v + _dig(rng, 6 - len(v)), ""
    if fmt == "underscore":
        return "", rng.choice(_PINYIN) + "_" + rng.choice((w, _dig(rng, 2), _dig(rng, 4))), ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash_mixed":
        return "", rng.choice(_PINYIN).capitalize() + "-" + _dig(rng, rng.choice((3, 4, 6))), ""
    raise KeyError(fmt)


def _plate_tail(rng):
    while True:
        t = "".join(rng.choice("0123456789" if rng.random() < 0.75 else _PLATE_ABC) for _ in range(5))
        if sum(c.isalpha() for c in t) <= 2:
            return t


def _f_plate(rng, fmt):
    p = rng.choice(_PLATE_PROV)
    if fmt == "standard":
        return "", p + _plate_tail(rng), ""
    if fmt == "new_energy":
        return "", p + rng.choice("DF") + rng.choice((_dig(rng, 5), rng.choice(_PLATE_ABC) + _dig(rng, 4))), ""
    if fmt == "middle_dot":
        return "", p + "·" + _plate_tail(rng), ""
    if fmt == "spaced":
        return "", p + " " + _plate_tail(rng), ""
    raise KeyError(fmt)


def _room(rng):
    return f"{rng.randint(1, 28)}{rng.randint(1, 4):02d}"


def _f_address(rng, fmt):
    prov, city, dist, roads, estates = rng.choice(_PLACES)
    road, est = rng.choice(roads), rng.choice(estates)
    bld = f"{rng.randint(1, 32)}{rng.choice(('幢', '幢', '栋', '号楼'))}"
    unit = f"{rng.randint(1, 4)}单元"
    prov_city = city if prov == city else prov + city
    if fmt == "full_province":
        tail = rng.choice((f"{est}{bld}{unit}{_room(rng)}室", f"{rng.randint(1, 999)}号{rng.choice(_BUILDINGS)}{rng.randint(2, 30)}层",
                           f"{road}{rng.randint(1, 600)}号{est}{bld}{_room(rng)}室"))
        if tail.startswith(road):
            return "", f"{prov_city}{dist}{tail}", ""
        return "", f"{prov_city}{dist}{road}{tail}", ""
    if fmt == "city_district":
        return "", f"{city}{dist}{rng.choice((est + bld + unit + _room(rng) + '室', road + str(rng.randint(1, 800)) + '号' + est + bld + _room(rng)))}", ""
    if fmt == "district_estate":
        return "", f"{dist}{est}{bld}{unit}{_room(rng)}{rng.choice(('室', '', '室'))}", ""
    if fmt == "estate_dash":
        return "", f"{est}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{_room(rng)}", ""
    if fmt == "road_number":
        return "", f"{road}{rng.randint(1, 999)}号", ""
    if fmt == "road_building_floor":
        fl = rng.randint(2, 30)
        tail = rng.choice((f"{fl}层", f"{fl}层", f"{fl}0{rng.randint(1, 9)}室"))
        return "", f"{road}{rng.randint(1, 999)}号{rng.choice(_BUILDINGS)}{tail}", ""
    if fmt == "village":
        p, c, county, town, vil = rng.choice(_VILLAGES)
        head = rng.choice((p + c + county, c + county, county))
        return "", f"{head}{town}{vil}{rng.randint(1, 12)}组{rng.randint(1, 120)}号", ""
    raise KeyError(fmt)


_FMT = {
    "mobile": (_f_mobile, (("plain", 10), ("space_344", 2), ("dash_344", 1), ("plus86_plain", 1))),
    "landline": (_f_landline, (("area_dash", 6), ("area_paren", 1), ("area_plain", 2), ("area_dash_ext", 2), ("area_space", 1))),
    "id_card": (_f_id, (("plain18", 10), ("plain18_X", 1), ("space_684", 1))),
    "bank_card": (_f_card, (("unionpay16_plain", 4), ("unionpay19_plain", 6), ("space_4444", 2), ("space_19", 2), ("visa_mc16_plain", 1), ("domestic95_19", 1))),
    "email": (_f_email, (("qq_digits", 4), ("pinyin_free", 5), ("corp_domain", 2))),
    "qq": (_f_qq, (("digits_5to9", 5), ("digits_10", 3))),
    "wechat": (_f_wechat, (("letters_digits", 5), ("underscore", 3), ("wxid", 2), ("dash_mixed", 1))),
    "plate": (_f_plate, (("standard", 6), ("new_energy", 3), ("middle_dot", 1), ("spaced", 1))),
    "address": (_f_address, (("full_province", 3), ("city_district", 3), ("district_estate", 4), ("estate_dash", 2), ("road_number", 2), ("road_building_floor", 1), ("village", 1))),
}

# ---------------------------------------------------------------- near-miss generators


def _bad_luhn(rng, bins, n):
    body = rng.choice(bins) + _dig(rng, n - 7)
    good = int(_luhn_digit(body))
    return body + str((good + rng.randint(1, 9)) % 10)


def _bad_id(rng):
    while True:
        v = _id18(rng)
        b = v[:17] + rng.choice([c for c in "0123456789X" if c != v[17]])
        if not _luhn_ok(b):
            return b


def _serial(rng):
    while True:
        s = f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _dig(rng, rng.choice((8, 10, 11)))
        if not _luhn_ok(s) and not (len(s) == 18 and _id_ok(s)):
            return s


def _n_amount(rng):
    return rng.choice((f"{rng.choice((1, 2, 3, 5, 8, 10, 20, 30, 50, 100))}万", f"{rng.randint(1, 99) * 1000}元",
                       f"{rng.randint(1, 500) * 100:,}.00", f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万",
                       f"{rng.randint(100, 9999)}块", f"{rng.randint(10, 300)}元", f"{rng.randint(1, 60) * 10000}"))


_NEAR = {
    "amount": _n_amount,
    "rate": lambda r: r.choice((f"{r.choice((1, 2, 3))}.{r.randint(10, 99)}%", f"{r.choice((1, 2, 3))}.{r.randint(1, 9)}%", f"{r.randint(2, 4)}.{r.randint(0, 9)}5%")),
    "date": lambda r: r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                                f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"2024.{r.randint(1, 12)}.{r.randint(1, 28)}",
                                f"{r.randint(1, 28)}号", f"{r.randint(1, 12)}/{r.randint(1, 28)}")),
    "time": lambda r: r.choice((f"{r.randint(8, 16)}:{r.choice(('00', '30', '15', '45'))}", f"{r.randint(8, 16)}点{r.choice(('', '半', '左右'))}",
                                r.choice(("上午十点", "下午两点", "下午三点半", "九点半")))),
    "product_code": lambda r: r.choice((f"{r.choice(('HZYX', 'WJLC', 'XJ', 'ZY', 'TL'))}{r.randint(22, 24)}{r.randint(1, 52):02d}{r.choice(('', 'A', 'B', 'C'))}",
                                        f"{r.choice(('稳享', '鑫利', '季季盈', '月月宝'))}{r.randint(2023, 2024)}第{r.randint(1, 98)}期")),
    "fund_code": lambda r: r.choice(("0", "1", "5", "6")) + _dig(r, 5),
    "nav": lambda r: f"1.{r.randint(0, 1)}{_dig(r, 3)}",
    "hotline": lambda r: r.choice(("95574", "96528", "95398", "95319", "95528", "95595", "95588", "95533", "12363", "12378",
                                   f"400-{r.randint(600, 899)}-{_dig(r, 4)}", f"400{r.randint(6, 8)}{_dig(r, 6)}", f"800-{_dig(r, 3)}-{_dig(r, 4)}")),
    "masked_card": lambda r: r.choice((r.choice(_BIN19)[:4] + " **** **** " + _dig(r, 4), r.choice(_BIN16) + "******" + _dig(r, 4),
                                       r.choice(_BIN19)[:4] + "***********" + _dig(r, 4))),
    "masked_mobile": lambda r: r.choice((_mobile(r)[:3] + "****" + _dig(r, 4), _mobile(r)[:3] + "*****" + _dig(r, 3))),
    "tail_digits": lambda r: _dig(r, 4),
    "verify_code": lambda r: _dig(r, 6),
    "queue_no": lambda r: r.choice("ABCV") + f"{r.randint(1, 150):03d}",
    "serial_no": _serial,
    "bad_card": lambda r: _bad_luhn(r, _BIN16 + _BIN19, r.choice((16, 19))) if r.random() < 0.5 else _bad_luhn(r, _BIN19, 19),
    "bad_id": _bad_id,
    "postal_code": lambda r: r.choice(("310012", "310013", "310006", "310052", "310015", "311200", "315100", "312000", "310000")),
    "tracking_no": lambda r: r.choice(("11" + _dig(r, 11), "SF" + _dig(r, 13), "98" + _dig(r, 11), "JT" + _dig(r, 13))),
    "contract_no": lambda r: r.choice((f"HZ{r.randint(2023, 2024)}{r.choice(('XD', 'LC', 'DK'))}{_dig(r, 6)}", f"个贷字第{r.randint(2023, 2024)}{_dig(r, 5)}号")),
    "branch_name": lambda r: r.choice(("文三路支行", "城西支行", "滨江支行", "钱江新城支行", "武林支行", "萧山分行", "余杭支行营业部")),
    "branch_place": lambda r: r.choice(("文三路支行", "城西支行", "滨江支行", "西湖区", "拱墅区", "滨江", "杭州东站", "湖滨银泰", "西溪印象城", "万象城", "宁波", "城东")),
    "points": lambda r: f"{r.randint(1, 90)}{_dig(r, 3)}",
    "limit_amount": lambda r: f"{r.choice((1, 2, 3, 5, 8, 10, 15, 20, 30, 50))}万",
    "percentage_change": lambda r: f"{r.choice(('+', '-', ''))}{r.randint(0, 2)}.{_dig(r, 2)}%",
    "counter_no": lambda r: f"{r.randint(1, 8)}号窗口",
    "atm_no": lambda r: f"{r.choice(('ATM', '柜员号', '终端号'))}{_dig(r, r.choice((4, 6, 8)))}",
    "wait_count": lambda r: str(r.randint(3, 40)),
    "gold_price": lambda r: f"{r.randint(520, 690)}.{_dig(r, 2)}",
    "year_term": lambda r: r.choice(("3个月", "6个月", "一年期", "三年期", "182天", "91天", "365天", "5年", "两年")),
}

# ---------------------------------------------------------------- templates
# {kind} = entity, {n:kind} = near miss.  Ordinary bank-branch WeCom chats.

PII_TEMPLATES = (
    # ---- card replacement / mailing / address update
    "王经理您好，我的卡丢了要补办，身份证号{id_card}，手机{mobile}",
    "补卡的话麻烦把新卡寄到{address}，谢谢",
    "新卡寄这里：{address}\n收件电话{mobile}",
    "您好，账单地址要改一下，改成{address}",
    "我搬家了，新地址是{address}，以前那个地址不用了",
    "地址：{address}  电话：{mobile}",
    "信用卡账单寄到{address}就行，白天家里有人",
    "家庭住址{address}，单位地址{address}",
    "单位地址填{address}，单位电话{landline}",
    "阿姨您的地址我核对一下：{address}，没错的话回个1",
    "好的，已帮您登记寄送地址{address}，预计{n:date}寄出",
    "{address} 这个地址快递能到吗？小区进不去的话放门卫就行",
    "寄到我公司吧 {address}  前台代收",
    "我老家地址是{address}，身份证上写的那个",
    "工作单位：{address}\n单位座机：{landline}",
    # ---- payroll / account opening
    "卡号{bank_card}，开户行是咱们{n:branch_name}",
    "我的工资卡是{bank_card}，麻烦帮我查下{n:date}那笔代发到了没",
    "李经理，代发工资的员工卡号我整理好了：\n{bank_card}\n{bank_card}\n{bank_card}",
    "收款账号{bank_card} 户名就是我本人",
    "{bank_card} 这张卡帮我开通一下手机银行",
    "转账的话转到{bank_card}，别转错了",
    "您好，我这张卡{bank_card}被冻结了，什么原因啊",
    "我想把{bank_card}的预留手机号改成{mobile}",
    "预留手机号以前是老号码，现在换成{mobile}了，卡号{bank_card}",
    "开户资料：身份证{id_card}，手机{mobile}，地址{address}",
    "身份证号码：{id_card}\n手机号码：{mobile}\n住址：{address}",
    "{id_card}\n{mobile}",
    "身份证 {id_card} 明天带原件过来",
    "我儿子的身份证号是{id_card}，给他开个储蓄卡要带什么",
    "我爸的身份证{id_card}，他行动不便能上门办吗",
    "给孩子存的定期，孩子身份证号{id_card}",
    "小张帮我查一下这个客户，证件号{id_card}，说是在我们这有笔{n:amount}的定期",
    "证件号{id_card} 客户说预约了{n:date}{n:time}来取钱",
    # ---- mobile / contact
    "我电话{mobile}，到了给我打电话",
    "有事打我手机{mobile}，微信消息我不常看",
    "{mobile} 这是我新号码，旧的那个停机了",
    "手机号换了，新的是{mobile}，麻烦帮我更新下",
    "我是{n:branch_name}的客户经理小陈，手机{mobile}，以后理财上的事直接找我",
    "您好，我是大堂经理，有任何问题可以打{mobile}或者网点电话{landline}",
    "网点座机{landline}，营业时间早九晚五，中午不休息",
    "我们网点电话是{landline}，周末也营业",
    "对公业务找我们对公柜台，电话{landline}",
    "我家里电话{landline}，手机{mobile}",
    "联系电话：{mobile}（本人）  {mobile}（家属）",
    "紧急联系人我老婆，电话{mobile}",
    "信用卡申请紧急联系人填我哥，{mobile}",
    "单位电话{landline}，人事那边可以核实",
    "打{landline}找财务室王会计就行",
    "我手机号{mobile}，验证码一直收不到",
    "+86那个不用填吧？我号码是{mobile}",
    "电话 {mobile}\n微信同号",
    "客户回电了，号码{mobile}，说下午过来",
    "刚才那个客户留的电话是{mobile}，你回个电话给他",
    "麻烦帮我约一下{n:date}{n:time}，我手机{mobile}",
    "预约成功😊 {n:date}{n:time} 到{n:branch_name}，取号后报手机号{mobile}就行",
    # ---- wechat / qq / email
    "加我微信吧，{wechat}",
    "我微信号{wechat}，你加我一下，备注银行",
    "微信：{wechat}  手机：{mobile}",
    "搜不到手机号的话搜这个微信号{wechat}",
    "这是我女儿的微信{wechat}，以后理财的事你跟她说",
    "客户微信号{wechat}，已经拉进理财群了",
    "vx {wechat} 加的时候说一下是银行的",
    "我QQ{qq}，文件发QQ上吧，微信传不了",
    "qq号{qq}，邮箱也可以{email}",
    "资料可以发到我QQ邮箱{email}",
    "电子账单发我邮箱{email}",
    "信用卡电子账单邮箱改成{email}，纸质的不要寄了",
    "邮箱：{email}",
    "{email} 这个是我工作邮箱，对账单发这里",
    "把流水发我邮箱吧 {email}，要盖章的那种",
    "开收入证明需要发到单位邮箱{email}吗",
    "我QQ是{qq}，您加一下，我把房贷合同拍给您",
    "QQ：{qq}\n邮箱：{email}",
    "没有微信，你加我QQ吧{qq}",
    "我老公QQ号{qq}，他不用微信",
    "{qq} 这是我QQ，晚上在线",
    "网银的证书文件能不能传我QQ上，QQ号{qq}",
    "我妈只会用QQ，号码{qq}，你加她一下跟她讲讲存款的事",
    "扣扣{qq}，验证信息写银行小陈",
    "QQ 群里问不方便，加我个人QQ：{qq}",
    "微信号{wechat}，手机号搜不到我，我设置了",
    "我换微信了，新的是{wechat}，老号不用了",
    "经理你加下我朋友微信{wechat}，她也想办个大额存单",
    "我是上午来办卡的那个阿姨，微信{wechat}，你通过一下",
    "理财群满了的话加我小号微信{wechat}吧",
    "发个邮件到{email}就行，抄送{email}",
    # ---- plates / ETC / car loan
    "办ETC的车牌号是{plate}",
    "车牌{plate}，绑定信用卡{bank_card}自动扣费",
    "我车牌号{plate}，到网点可以停吗？",
    "ETC申请：车牌{plate}，手机{mobile}，卡号{bank_card}",
    "{plate}这辆车是我老婆名下的，能不能绑我的卡",
    "客户车牌{plate}，停在网点门口了，停车券给一张",
    "车贷那台车落户了，牌照{plate}",
    "我开{plate}，白色的，在门口等你",
    "停车场登记下车牌 {plate}，来办业务的",
    "换车了，新车是{plate}，ETC要重新办吗",
    # ---- group / mixed
    "@所有人 今天来网点领礼品的客户，请私聊报一下手机号，比如{mobile}这样格式",
    "资料收到：\n身份证：{id_card}\n银行卡：{bank_card}\n手机：{mobile}",
    "户名本人，卡号：{bank_card}，开户行：{n:branch_name}，电话{mobile}",
    "我把信息发你：{id_card} {mobile} {address}",
    "客户信息：证件{id_card} 车牌{plate} 住{address}",
    "理财风险评估重新做一下，证件号{id_card}，手机尾号不变",
    "房贷还款卡换成{bank_card}，原来的卡{bank_card}销户了",
    "信用卡{bank_card}这期账单{n:amount}，帮我办个分期",
    "我visa卡{bank_card}在国外刷不了，怎么回事",
    "境外刷卡的那张是{bank_card}，额度能临时调高点吗",
    "这张{bank_card}是老卡，能换成芯片卡吗",
    "客户定期到期了，{bank_card}里有{n:amount}，打算续存{n:year_term}",
    "💳 {bank_card}\n📱 {mobile}\n🏠 {address}",
    "王姐您好，您{n:date}的大额存单已到期，本息已转入{bank_card}，有疑问打我电话{mobile}",
    "收到，{mobile}已经改好了，下次短信会发到新号码",
    "大堂：客户说身份证过期了，新的证号是{id_card}",
    "这是我小区地址 {address}，上门办卡的话提前打我电话",
    "上门服务地址{address}，老人{n:time}在家",
    "快递到了没，我填的是{address}",
    "就寄{address}，到了打{mobile}",
    "小区门口有保安，你寄到{address}，电话留{landline}也行",
    "我在{address}上班，午休时间过来办",
    "公司注册地址{address}，办公地址就在旁边",
    "代发工资公司地址：{address}，联系人电话{landline}",
    "{landline} 这是我们公司前台，找我转一下就行",
    "对账联系人：财务部，{landline}，邮箱{email}",
)

NEAR_TEMPLATES = (
    "早上好☀️ 今日理财早报：{n:product_code}，业绩比较基准{n:rate}，起购{n:amount}，{n:date}截止",
    "【理财早知道】{n:product_code}今日净值{n:nav}，较昨日{n:percentage_change}",
    "各位客户早安！本周新发{n:year_term}定期，年利率{n:rate}，{n:amount}起存，额度有限先到先得",
    "大额存单{n:year_term}利率{n:rate}，{n:limit_amount}起存，需要的私聊我",
    "基金{n:fund_code}今天涨了{n:percentage_change}，要不要止盈？",
    "您买的{n:product_code}{n:date}到期，本金加收益大概{n:amount}",
    "我之前买的那个{n:fund_code}亏了{n:amount}了，怎么办啊",
    "请问{n:product_code}还有额度吗，我想买{n:amount}",
    "这期收益{n:rate}比上期低了啊",
    "定期{n:year_term}的利率现在多少？还是{n:rate}吗",
    "您的卡尾号{n:tail_digits}，{n:date}到账{n:amount}",
    "尾号{n:tail_digits}那张卡是工资卡还是信用卡？",
    "短信说我尾号{n:tail_digits}的卡消费了{n:amount}，不是我刷的！",
    "客户卡号{n:masked_card}，已挂失",
    "卡号显示{n:masked_card}，是这张吗",
    "手机号{n:masked_mobile}是您本人吗？系统里预留的是这个",
    "您预留的号码是{n:masked_mobile}，短信应该发到这个号",
    "验证码{n:verify_code}，您在APP上输入一下",
    "我收到的验证码是{n:verify_code}，但是提示已过期",
    "大堂取号{n:queue_no}，前面还有{n:wait_count}个人😂",
    "您的号是{n:queue_no}，到{n:counter_no}办理",
    "请{n:queue_no}号到{n:counter_no}",
    "人太多了，我拿的{n:queue_no}，估计要等一个小时",
    "转账流水号{n:serial_no}，对方说没收到",
    "交易流水号：{n:serial_no}\n金额：{n:amount}\n时间：{n:date} {n:time}",
    "回单上的凭证号是{n:serial_no}，您看一下",
    "这个卡号{n:bad_card}输进去提示无效卡号，是不是少了一位",
    "系统提示卡号校验不通过：{n:bad_card}，麻烦客户再核对一下",
    "身份证号{n:bad_id}系统校验不过，客户可能少写或写错了一位",
    "证件号码{n:bad_id}提示格式错误，请重新拍照上传",
    "客服电话{n:hotline}打了半天打不通",
    "有问题可以打我行客服热线{n:hotline}，24小时",
    "信用卡中心电话是{n:hotline}吗",
    "这个{n:hotline}打来的是不是诈骗？说我信用卡要降额",
    "收到一个{n:hotline}的电话说是银行的，真的假的",
    "邮编{n:postal_code}，这个要填吗",
    "卡已寄出，EMS单号{n:tracking_no}，{n:year_term}内能到",
    "快递单号{n:tracking_no}，您注意查收",
    "顺丰{n:tracking_no}，显示已签收了",
    "贷款合同编号{n:contract_no}，还款日每月{n:date}",
    "合同号{n:contract_no}的那笔，提前还{n:amount}需要预约吗",
    "您在{n:branch_name}开的户，销户也得去那边",
    "我家在{n:branch_place}那边，哪个网点近一点？",
    "{n:branch_place}那个网点周六开门吗",
    "我现在在{n:branch_place}，导航说还要{n:wait_count}分钟",
    "明天{n:time}我去{n:branch_place}办，需要带什么",
    "信用卡额度{n:limit_amount}，能不能提到{n:limit_amount}",
    "我的积分有{n:points}分，能换什么",
    "这个月账单{n:amount}，最低还款多少？",
    "还款日是{n:date}吗？我{n:date}发工资",
    "分{n:year_term}的话手续费率是{n:rate}吗",
    "ATM吞卡了，机器编号{n:atm_no}",
    "在{n:atm_no}那台机器取了{n:amount}，钱没出来卡扣了",
    "您好，{n:date}{n:time}的预约已确认，{n:branch_name}二楼理财室",
    "下周{n:date}有客户答谢会，{n:time}开始，地点{n:branch_name}",
    "存了{n:amount}，{n:year_term}，到期利息多少？",
    "{n:amount}存{n:year_term}和买{n:product_code}哪个划算",
    "今天金条{n:gold_price}元/克？我记得昨天还低一点",
    "美元汇率今天多少，我要换{n:amount}美金",
    "养老金{n:date}到账，{n:amount}左右",
    "房贷利率现在{n:rate}了，能申请下调吗",
    "公积金贷款{n:limit_amount}，商贷{n:limit_amount}，月供大概{n:amount}",
    "@所有人 {n:date}起网点周六营业时间调整为{n:time}开门",
    "社保卡激活要去{n:branch_place}吗，还是哪个网点都可以",
    "您的风险测评{n:date}到期，到期后买不了{n:product_code}",
    "第{n:queue_no}号到了吗我在外面",
    "对账单编号{n:serial_no}，需要盖章请告知",
    "好的，{n:amount}已经转过去了，流水号{n:serial_no}",
    "{n:date}那笔{n:amount}的手续费能退吗",
    "收益到账了，{n:amount}，谢谢经理😄",
    "网银盾序列号{n:atm_no}，要换新的吗",
)

PLAIN_TEMPLATES = (
    "好的，谢谢王经理！", "收到👌", "明天上午过来可以吗", "好的，我下午过去", "已经办好了，谢谢",
    "您好，在吗？", "我到门口了", "请问周六营业吗", "需要带身份证原件吗", "好的好的",
    "谢谢小陈，辛苦了🙏", "嗯嗯", "可以的", "稍等我看一下", "这个要本人来吗",
    "早上好🌞", "今天人多吗", "好的我跟我老公商量一下", "行，那就买那个", "不好意思刚才在开会",
    "手机银行登不上去了怎么办", "卡过期了要换卡", "密码忘了可以在手机上重置吗", "理财到期了自动转活期吗",
    "信用卡能提额吗", "我想销户", "网点有没有停车位", "需要预约吗", "您好，这边是大堂经理，有什么可以帮您",
    "好的，我们这边帮您登记了，到时候通知您", "群里的礼品什么时候发", "今天的早报收到了，谢谢", "👍👍",
    "我儿子的卡能不能我来办", "工资卡开好了发我卡号哈，公司财务要登记", "办卡需要户口本吗", "好，到了叫你", "打扰了", "没问题",
)

# ---------------------------------------------------------------- builder

_MARK = re.compile(r"\{(n:)?(\w+)\}")


def _render(rng, tpl, forced=None):
    forced = dict(forced or {})
    out, ents, fmts, nears, pos, last = [], [], [], [], 0, 0
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        kind = m.group(2)
        if m.group(1):
            v = _NEAR[kind](rng)
            nears.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        gen, tab = _FMT[kind]
        if kind in forced:
            fmt = forced.pop(kind)
        else:
            fmt = rng.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]
        pre, val, post = gen(rng, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(val)))
        fmts.append(fmt)
        out.append(val + post)
        pos += len(val) + len(post)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _kinds_of(tpl):
    return [m.group(2) for m in _MARK.finditer(tpl) if not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []
    # forced formats: each format into FORCE_PER_FMT distinct templates of its kind
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if kind in _kinds_of(t)]
        for fmt, _ in _FMT[kind][1]:
            for ti in rng.sample(cands, FORCE_PER_FMT):
                rows.append((f"P{ti}",) + _render(rng, PII_TEMPLATES[ti], {kind: fmt}))
    while len(rows) < N_PII_ROWS:
        ti = rng.randrange(len(PII_TEMPLATES))
        rows.append((f"P{ti}",) + _render(rng, PII_TEMPLATES[ti]))
    for _ in range(N_NEAR_ROWS):
        ti = rng.randrange(len(NEAR_TEMPLATES))
        rows.append((f"N{ti}",) + _render(rng, NEAR_TEMPLATES[ti]))
    for _ in range(N_PLAIN_ROWS):
        ti = rng.randrange(len(PLAIN_TEMPLATES))
        rows.append((f"T{ti}", PLAIN_TEMPLATES[ti], [], [], []))
    rng.shuffle(rows)
    if meta is not None:
        meta.extend(r[0] for r in rows)
    return pd.DataFrame({
        "text": [r[1] for r in rows],
        "entities": [r[2] for r in rows],
        "formats": [r[3] for r in rows],
        "near_misses": [r[4] for r in rows],
        "split": SPLIT,
    })


def make_blind52_corpus() -> pd.DataFrame:
    return _build()


_RE = {
    "mobile": re.compile(r"1[3-9]\d{9}"),
    "landline": re.compile(r"\(?0\d{2,3}\)?\d{7,8}"),
    "email": re.compile(r"[A-Za-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}"),
    "qq": re.compile(r"[1-9]\d{4,10}"),
    "wechat": re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}"),
    "plate": re.compile(r"[浙沪苏皖][A-HJ-NP-Z][·]?[A-HJ-NP-Z0-9]{5,6}"),
}


_ADDR_STARTS = tuple(sorted({x for pl in _PLACES for x in pl[:3] + pl[3] + pl[4]}
                            | {x for vl in _VILLAGES for x in vl[:3]}))


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v[-1] not in "，。,：:", (k, v)
            n = _norm(v) if k not in ("email", "wechat") else v
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "address":
                assert re.search(r"(号|幢|栋|号楼|单元|室|层|\d)$", v), v
                assert v.startswith(_ADDR_STARTS), v
            elif k == "landline":
                assert _RE[k].fullmatch(re.sub(r"[\s-]", "", v)), v
                assert not text[e:e + 1].isdigit(), v
            else:
                assert _RE[k].fullmatch(n), (k, v)
            if k == "mobile":
                assert not text[max(0, s - 3):s].endswith(("+86", "86-")) or True
                assert "+" not in v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not n.startswith("1"), (k, v)
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
    plain = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind52_corpus())  # deterministic
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} plain_rows={c['plain_rows']} "
          f"entities={c['entities']}")
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
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, (_, tab) in _FMT.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

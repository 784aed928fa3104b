"""Blind PII corpus 77 (``split == "blind77"``): same-city errand running (跑腿) chats in WeCom.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十四位写手")
under the blind-corpus rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only), and the file listing of ``../shared/datasets/``.
It did NOT read anything else under ``toolkit/privacy/``, ``bench/``,
``docs/``, the README, any other corpus or test, nor git history; it never
imported ``toolkit`` and never ran any masking / finding function on this
data.  Value shapes, chat contexts and labels come from the writer's own idea
of what dispatchers, riders and customers of a same-city errand service type
to each other in WeCom 1:1 and group chats.

What is different here: SAME-CITY ERRAND RUNNING AND DELIVERY (跑腿).
Pick-up and drop-off addresses (often only from the district or the estate
on, with 3-2-1502 style rooms), the recipient's phone (帮我送给…电话…),
riders reporting by voice input while riding (digits read out as 幺/两/洞,
ASR commas between digit groups, no punctuation), buying medicine with the
patient's ID number for prescription drugs, queueing at hospitals (挂号 with
ID number), keys handed over at a car (plates), tips and refunds to bank cards,
riders adding customers on WeChat / QQ, invoices to e-mail, shop and
property-office landlines with extensions.  Near-misses are the trade's
numbers: errand order numbers, tracking numbers, pickup codes shaped like
rooms (取件码 6-3-2019), locker codes, receipt codes, rider job numbers, fees
and tips, distances, times, weights, queue numbers, hotlines 400/95xxx, masked
phones (尾号 / 138****5678), refund serials failing Luhn, ID-shaped strings
failing the check digit, parking spots, tax numbers, place names alone.

Seed
----
``SEED = "blind77-paotui-第八十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each format
is first forced 4-5 times into distinct templates holding its kind, then rows
are drawn at random.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; span = value only: cue words, ``+86``/``0086``/``86-``
prefixes and extensions (转806, -806, 分机806) outside; separators inside),
``formats`` (one per entity), ``near_misses`` (list of ``(near_kind, start,
end)``), ``split`` (always ``"blind77"``).

Counts (``python tests/privacy/pii_blind77.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1343
(mobile 402, address 272, qq 113, wechat 107, landline 104, id_card 96,
email 91, plate 91, bank_card 67);
near-miss spans=1228 (1079 in near-miss rows), 22 near-miss kinds
(place_only 150, fee 145, order_no 127, date_time 123, queue_no 61,
verify_code 55, distance 53, pickup_code 52, masked_phone 52, rider_no 47,
bad_id 41, count 40, bad_card 36, medicine 36, hotline 35, tracking_no 33,
weight 32, parking_spot 31, floor_only 28, tax_no 23, locker_code 15,
invalid_mobile 13);
formats=53 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind77-paotui-第八十四位写手"
SPLIT = "blind77"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ---------------------------------------------------------------- helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.,，。]", "", unicodedata.normalize("NFKC", s))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


_VOICE = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
_VOICE2 = {"0": "洞", "1": "幺", "2": "两", "3": "三", "4": "四", "5": "五", "6": "六", "7": "拐", "8": "八", "9": "勾"}
_CN = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}

# ---------------------------------------------------------------- value pools
MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                 "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                 "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199")
AREA8 = ("010", "021", "020", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512",
         "0531", "0532", "0371", "0731", "0591", "0592", "0551", "0871", "0311", "0757", "0769")
ID_AREA = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "330108", "320102",
           "320506", "420106", "510107", "610113", "370102", "410105", "430104", "350203", "500103",
           "120101", "210102", "230103", "340104", "360102", "450103", "530102", "130104")
PLATE_PROV = (("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKLMNPQ"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRST"), ("鄂", "ABCDEFGH"),
              ("湘", "ABCDEFGHJKLMNU"), ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("渝", "ABCDFGH"), ("陕", "ABCDEFGHJK"),
              ("闽", "ABCDEFGHJK"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("皖", "ABCDEFGHJKLMNPRS"), ("津", "ABCDEFGHJ"))
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
EMAIL_DOM = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "gmail.com",
             "hotmail.com", "yeah.net", "sohu.com", "aliyun.com")
CORP_DOM = ("shansong-tech.com", "wanzhi-med.cn", "xinhe-pharm.com.cn", "lvyuanwuye.com", "kuaipao.cn",
            "hzjiaxin.com", "bjdongfang.com.cn", "szyuntu.net")
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xiaoyu", "tingting", "haoran", "jiajia", "mengmeng",
          "lei", "jun", "fang", "min", "jing", "xiaoming", "yuyu", "dandan", "kk", "amy", "tony", "lucky",
          "sunny", "coco", "momo", "ajie", "ahui", "xiaobai", "damao", "pangpang")
CITY = (("上海市", ("徐汇区", "浦东新区", "静安区", "长宁区", "杨浦区", "闵行区", "普陀区", "宝山区"),
         ("漕溪北路", "张杨路", "南京西路", "天山路", "国权路", "莘庄镇莘松路", "真北路", "共和新路")),
        ("北京市", ("朝阳区", "海淀区", "丰台区", "西城区", "东城区", "昌平区", "通州区"),
         ("望京西路", "中关村大街", "丰台北路", "西直门外大街", "东四北大街", "回龙观西大街", "新华西街")),
        ("广州市", ("天河区", "越秀区", "海珠区", "番禺区", "白云区"),
         ("体育西路", "中山五路", "江南大道中", "市桥街繁华路", "机场路")),
        ("深圳市", ("南山区", "福田区", "宝安区", "龙华区", "罗湖区"),
         ("科技园南路", "深南中路", "新安六路", "民治大道", "东门北路")),
        ("杭州市", ("西湖区", "滨江区", "拱墅区", "余杭区", "上城区"),
         ("文三路", "江南大道", "湖墅南路", "文一西路", "解放路")),
        ("成都市", ("武侯区", "锦江区", "高新区", "金牛区", "成华区"),
         ("科华北路", "春熙路", "天府大道北段", "一环路北三段", "建设路")),
        ("南京市", ("鼓楼区", "玄武区", "秦淮区", "江宁区", "建邺区"),
         ("汉中门大街", "珠江路", "中山南路", "双龙大道", "江东中路")),
        ("武汉市", ("武昌区", "洪山区", "江汉区", "江岸区"),
         ("中南路", "珞喻路", "建设大道", "沿江大道")),
        ("西安市", ("雁塔区", "碑林区", "未央区"), ("小寨东路", "南大街", "凤城八路")),
        ("长沙市", ("岳麓区", "芙蓉区", "天心区"), ("麓山南路", "五一大道", "书院路")))
PROVINCE_OF = {"广州市": "广东省", "深圳市": "广东省", "杭州市": "浙江省", "成都市": "四川省", "南京市": "江苏省",
               "武汉市": "湖北省", "西安市": "陕西省", "长沙市": "湖南省"}
ESTATE = ("阳光花园", "绿地世纪城", "万科城市花园", "金地格林小镇", "保利香槟国际", "龙湖春江郦城", "碧桂园",
          "华润二十四城", "东方明珠花园", "融创玖樟台", "翠苑一区", "世茂滨江花园", "中海国际社区",
          "锦绣江南", "幸福家园", "金色家园", "紫薇花园", "丽都公寓", "星河公寓", "新城国际")
BUILDING = ("维多利广场B座", "创新大厦", "国贸中心A座", "环球金融中心", "科兴科学园C栋", "天安数码城3栋",
            "银泰中心", "财富广场", "海岸城写字楼")
COUNTY = (("浙江省", "湖州市", "安吉县", "递铺镇", "古城村"), ("江苏省", "苏州市", "吴江区", "震泽镇", "众安桥村"),
          ("四川省", "成都市", "郫都区", "安德街道", "红专村"), ("广东省", "佛山市", "顺德区", "北滘镇", "林头村"),
          ("湖南省", "长沙市", "长沙县", "黄兴镇", "蓝田村"), ("河南省", "郑州市", "中牟县", "官渡镇", "大孟村"))


# ---------------------------------------------------------------- PII format generators: r -> (pre, value, post)
def _mob(r):
    return r.choice(MOBILE_PREFIX) + _digits(r, 8)


def _grp(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


MOBILE_FMTS = (
    ("plain_11", lambda r: ("", _mob(r), "")),
    ("space_344", lambda r: ("", _grp(_mob(r), (3, 4, 4), " "), "")),
    ("dash_344", lambda r: ("", _grp(_mob(r), (3, 4, 4), "-"), "")),
    ("plus86_plain", lambda r: (r.choice(("+86", "+86 ", "0086", "86-")), _mob(r), "")),
    ("voice_words", lambda r: ("", "".join(_VOICE[c] for c in _mob(r)), "")),
    ("voice_radio", lambda r: ("", "".join(_VOICE2[c] for c in _mob(r)), "")),
    ("asr_comma", lambda r: ("", _grp(_mob(r), (3, 4, 4), r.choice(("，", ",", "。"))), "")),
    ("space_335", lambda r: ("", _grp(_mob(r), (3, 3, 5), " "), "")),
    ("fullwidth", lambda r: ("", "".join(chr(ord(c) + 0xFEE0) for c in _mob(r)), "")),
)


def _local(r, n=8):
    return r.choice("2345678") + _digits(r, n - 1)


def _ll_dash(r):
    return ("", r.choice(AREA8) + "-" + _local(r), "")


LANDLINE_FMTS = (
    ("dash", _ll_dash),
    ("plain", lambda r: ("", r.choice(AREA8) + _local(r), "")),
    ("paren", lambda r: ("", "(" + r.choice(AREA8) + ")" + _local(r), "")),
    ("space", lambda r: ("", r.choice(AREA8) + " " + _grp(_local(r), (4, 4), " "), "")),
    ("dash_ext", lambda r: ("", r.choice(AREA8) + "-" + _local(r), r.choice(("转", "转", "-", "分机", " 转 ")) + _digits(r, r.choice((3, 4))))),
    ("local_8", lambda r: ("", _local(r), "")),
    ("voice_words", lambda r: ("", "".join(_VOICE[c] for c in r.choice(AREA8) + _local(r)), "")),
)


def _id17(r):
    y = r.randint(1950, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return f"{r.choice(ID_AREA)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"


def _id_full(r, want_x=None):
    while True:
        s = _id17(r)
        c = _id_check(s)
        if want_x is None or (c == "X") == want_x:
            return s + c


ID_FMTS = (
    ("plain_18", lambda r: ("", _id_full(r, False), "")),
    ("x_tail", lambda r: ("", _id_full(r, True), "")),
    ("x_lower", lambda r: ("", _id_full(r, True).lower(), "")),
    ("space_6_8_4", lambda r: ("", _grp(_id_full(r), (6, 8, 4), " "), "")),
    ("voice_words", lambda r: ("", "".join(_VOICE[c] if c.isdigit() else "X" for c in _id_full(r, False)), "")),
)


def _card(r, bins, length):
    b = r.choice(bins)
    body = b + _digits(r, length - 1 - len(b))
    return body + _luhn_digit(body)


UP_BINS = ("622202", "622848", "621700", "622588", "621483", "622609", "623668", "621226", "622700", "621799",
           "622262", "625911", "622150", "621661")
VM_BINS = ("427020", "438088", "524094", "518710", "456351", "552599", "403391", "512425")
D95_BINS = ("955880", "955990", "955500", "955660")
BANK_FMTS = (
    ("plain_16", lambda r: ("", _card(r, UP_BINS + VM_BINS, 16), "")),
    ("plain_19", lambda r: ("", _card(r, UP_BINS + D95_BINS, 19), "")),
    ("space_4444", lambda r: ("", _grp(_card(r, UP_BINS + VM_BINS, 16), (4, 4, 4, 4), " "), "")),
    ("space_19", lambda r: ("", _grp(_card(r, UP_BINS + D95_BINS, 19), (4, 4, 4, 4, 3), " "), "")),
    ("dash_4444", lambda r: ("", _grp(_card(r, UP_BINS + VM_BINS, 16), (4, 4, 4, 4), "-"), "")),
)


def _user(r):
    a = r.choice(PINYIN)
    k = r.randint(0, 3)
    if k == 0:
        return a + str(r.randint(1, 99999))
    if k == 1:
        return a + r.choice(("_", ".", "")) + r.choice(PINYIN) + str(r.randint(60, 2005))
    if k == 2:
        return a + r.choice(PINYIN)
    return a + "_" + _digits(r, r.randint(2, 4))


EMAIL_FMTS = (
    ("qq_numeric", lambda r: ("", str(r.randint(10000, 3999999999)) + "@qq.com", "")),
    ("pinyin", lambda r: ("", _user(r) + "@" + r.choice(EMAIL_DOM), "")),
    ("corp", lambda r: ("", r.choice(PINYIN) + "." + r.choice(PINYIN) + "@" + r.choice(CORP_DOM), "")),
    ("mixed_case", lambda r: ("", _user(r).capitalize() + "@" + r.choice(EMAIL_DOM), "")),
    ("fullwidth_at", lambda r: ("", _user(r) + "＠" + r.choice(EMAIL_DOM), "")),
)

QQ_FMTS = (
    ("digits_5to8", lambda r: ("", str(r.randint(10000, 99999999)), "")),
    ("digits_9to10", lambda r: ("", str(r.randint(100000000, 3999999999)), "")),
    ("space_groups", lambda r: ("", _grp(str(r.randint(1000000000, 3999999999)), (3, 3, 4), " "), "")),
    ("voice_words", lambda r: ("", "".join(_VOICE[c] for c in str(r.randint(100000000, 3999999999))), "")),
)


def _wx_alpha(r):
    return r.choice(PINYIN) + r.choice(("_", "-", "")) + r.choice(PINYIN) + _digits(r, r.randint(2, 4))


WECHAT_FMTS = (
    ("alnum_underscore", lambda r: ("", r.choice(PINYIN) + "_" + r.choice(PINYIN) + _digits(r, r.randint(1, 4)), "")),
    ("alnum_dash", lambda r: ("", r.choice(PINYIN) + "-" + _digits(r, r.randint(3, 6)), "")),
    ("pinyin_digits", lambda r: ("", r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(1970, 2008)), "")),
    ("mixed_case", lambda r: ("", r.choice(PINYIN).capitalize() + r.choice(PINYIN).capitalize() + _digits(r, r.randint(2, 4)), "")),
    ("wx_prefixed", lambda r: ("", r.choice(("wx", "vx", "WX")) + r.choice(("_", "")) + r.choice(PINYIN) + _digits(r, r.randint(3, 6)), "")),
)


def _plate_core(r, n=5):
    p, cs = r.choice(PLATE_PROV)
    tail = "".join(r.choice(PLATE_ALNUM) for _ in range(n - 2)) + _digits(r, 2)
    return p, r.choice(cs), tail


PLATE_FMTS = (
    ("plain", lambda r: ("", "".join(_plate_core(r)), "")),
    ("middot", lambda r: ("", "{}{}·{}".format(*_plate_core(r)), "")),
    ("space", lambda r: ("", "{}{} {}".format(*_plate_core(r)), "")),
    ("new_energy", lambda r: ("", (lambda p: p[0] + p[1] + r.choice("DF") + _digits(r, 5))(_plate_core(r)), "")),
    ("lower_letter", lambda r: ("", (lambda p: p[0] + p[1].lower() + p[2].lower())(_plate_core(r)), "")),
)


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _city(r):
    c = r.choice(CITY)
    i = r.randrange(len(c[1]))
    return c[0], (c[1][i],), (c[2][i],)


ADDRESS_FMTS = (
    ("full_province", lambda r: (lambda c: ("", PROVINCE_OF.get(c[0], "") + c[0] + r.choice(c[1]) + r.choice(c[2])
                                             + f"{r.randint(1, 999)}号" + r.choice(ESTATE) + f"{r.randint(1, 30)}栋{_room(r)}室", ""))(_city(r))),
    ("city_road_no", lambda r: (lambda c: ("", c[0] + r.choice(c[1]) + r.choice(c[2]) + f"{r.randint(1, 2999)}号", ""))(_city(r))),
    ("district_estate_unit", lambda r: (lambda c: ("", r.choice(c[1]) + r.choice(c[2]) + f"{r.randint(1, 999)}号"
                                                    + r.choice(ESTATE) + f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}", ""))(_city(r))),
    ("estate_dash_room", lambda r: ("", r.choice(ESTATE) + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}", "")),
    ("estate_building_room", lambda r: ("", r.choice(ESTATE) + f"{r.randint(1, 40)}{r.choice(('栋', '幢', '号楼'))}{_room(r)}" + r.choice(("室", "")), "")),
    ("road_office", lambda r: (lambda c: ("", r.choice(c[1]) + r.choice(c[2]) + f"{r.randint(1, 999)}号" + r.choice(BUILDING)
                                           + f"{r.randint(2, 40)}层", ""))(_city(r))),
    ("village", lambda r: (lambda c: ("", "".join(c[r.choice((0, 1, 2)):]) + f"{r.randint(1, 12)}组{r.randint(1, 88)}号", ""))(r.choice(COUNTY))),
    ("road_no_room", lambda r: (lambda c: ("", r.choice(c[2]) + f"{r.randint(1, 999)}弄{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 4)}", ""))(CITY[0])),
)

FMT_TABLES = (("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("id_card", ID_FMTS), ("bank_card", BANK_FMTS),
              ("email", EMAIL_FMTS), ("qq", QQ_FMTS), ("wechat", WECHAT_FMTS), ("plate", PLATE_FMTS),
              ("address", ADDRESS_FMTS))
FMT = dict(FMT_TABLES)
# how often each format is drawn outside the forced pass (default 1.0)
WEIGHTS = {("mobile", "plain_11"): 10.0, ("mobile", "space_344"): 3.0, ("mobile", "dash_344"): 1.5,
           ("mobile", "plus86_plain"): 1.0, ("mobile", "space_335"): 0.6, ("mobile", "fullwidth"): 0.4,
           ("address", "village"): 0.3, ("address", "district_estate_unit"): 3.0, ("address", "estate_dash_room"): 2.0,
           ("address", "estate_building_room"): 3.0, ("address", "road_office"): 2.0, ("address", "city_road_no"): 1.5,
           ("address", "road_no_room"): 1.5, ("qq", "space_groups"): 0.3, ("id_card", "space_6_8_4"): 0.4,
           ("id_card", "x_lower"): 0.3, ("id_card", "plain_18"): 4.0, ("bank_card", "dash_4444"): 0.3,
           ("bank_card", "plain_19"): 2.0, ("bank_card", "plain_16"): 1.5, ("landline", "paren"): 0.6,
           ("landline", "dash"): 3.0, ("plate", "lower_letter"): 0.4, ("plate", "plain"): 3.0,
           ("email", "fullwidth_at"): 0.3, ("email", "qq_numeric"): 2.0, ("email", "pinyin"): 2.0}
# formats not realistic in some slots (voice formats only in voice templates)
VOICE_ONLY = {("mobile", "voice_words"), ("mobile", "voice_radio"), ("mobile", "asr_comma"), ("landline", "voice_words"),
              ("id_card", "voice_words"), ("qq", "voice_words")}


# ---------------------------------------------------------------- near-miss generators: r -> str
def _bad_card(r):
    while True:
        b = r.choice(("6222", "6217", "6228", "4270", "9558")) + _digits(r, r.choice((12, 15)))
        if not _luhn_ok(b):
            return b


def _bad_id(r):
    while True:
        s = _id17(r)
        c = _id_check(s)
        v = s + r.choice([x for x in "0123456789" if x != c])
        if not _luhn_ok(v):
            return v


def _safe_digits(r, n):
    # order-like numbers that are not card-valid and not mobile-shaped
    while True:
        s = r.choice("2345") + _digits(r, n - 1)
        if not (16 <= n <= 19 and _luhn_ok(s)):
            return s


NEAR = {
    "order_no": lambda r: r.choice(("PT", "DD", "SS", "")) + "2025" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6),
    "tracking_no": lambda r: r.choice(("SF", "JT", "YT", "ZTO", "JDX")) + _digits(r, r.choice((12, 13))),
    "pickup_code": lambda r: f"{r.randint(1, 12)}-{r.randint(1, 6)}-{r.randint(1001, 3999)}",
    "locker_code": lambda r: _digits(r, 8),
    "verify_code": lambda r: _digits(r, r.choice((4, 6))),
    "rider_no": lambda r: r.choice(("QS", "")) + _safe_digits(r, r.choice((6, 8))),
    "fee": lambda r: (lambda a: r.choice(("¥" + a, a + "元", a + "块", a + "元")))(str(r.choice((8, 9.9, 12, 15, 18.5, 22, 26, 35, 45, 66, 88, 128, 236.4)))),
    "distance": lambda r: f"{r.randint(1, 19)}.{r.randint(1, 9)}" + r.choice(("公里", "km")),
    "date_time": lambda r: r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(7, 22)}:{r.choice(('00', '15', '30', '45'))}",
                                     f"{r.randint(7, 22)}点{r.choice(('半', '', '一刻'))}", f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")),
    "weight": lambda r: f"{r.randint(1, 30)}" + r.choice(("公斤", "斤", "kg")),
    "queue_no": lambda r: r.choice("ABCK") + f"{r.randint(1, 199):03d}",
    "hotline": lambda r: r.choice(("400-" + _digits(r, 3) + "-" + _digits(r, 4), "400" + _digits(r, 7), "95" + _digits(r, 3),
                                   "10086", "10010", "12345", "120", "800-" + _digits(r, 3) + "-" + _digits(r, 4))),
    "masked_phone": lambda r: r.choice((r.choice(MOBILE_PREFIX) + "****" + _digits(r, 4), "尾号" + _digits(r, 4),
                                        r.choice(MOBILE_PREFIX) + "xxxx" + _digits(r, 4))),
    "bad_card": _bad_card,
    "bad_id": _bad_id,
    "parking_spot": lambda r: r.choice(("B1-", "B2-", "负二", "F")) + str(r.randint(10, 399)),
    "tax_no": lambda r: "91" + r.choice(("3101", "4403", "3301", "1101")) + _digits(r, 2) + "MA" + "".join(r.choice(PLATE_ALNUM) for _ in range(8)),
    "place_only": lambda r: r.choice(("星巴克万达店", "肯德基人民广场店", "海底捞(天河城店)", "盒马鲜生", "老百姓大药房", "一心堂",
                                      "华山医院", "市一医院", "瑞金医院门诊楼", "喜茶", "麦当劳", "菜鸟驿站", "丰巢柜",
                                      "浦东新区", "朝阳区", "南山区", "西湖区", "地铁2号线", "东门", "南门")),
    "medicine": lambda r: r.choice(("阿莫西林胶囊0.25g×24粒", "布洛芬缓释胶囊300mg", "连花清瘟胶囊36粒", "二甲双胍0.5g",
                                    "氯雷他定片10mg", "头孢克肟分散片100mg", "奥美拉唑肠溶胶囊20mg", "蒙脱石散3g×10袋")),
    "invalid_mobile": lambda r: "1" + r.choice("012") + _digits(r, 9),
    "count": lambda r: str(r.randint(2, 12)) + r.choice(("杯", "杯", "份")),
    "floor_only": lambda r: f"{r.randint(2, 30)}楼",
}

# ---------------------------------------------------------------- templates
# {kind} = PII slot, {n:kind} = near-miss slot.  "V" templates are voice input.
PII_TEMPLATES = (
    ("p01", "", "帮我送到{address}，收件人电话{mobile}"),
    ("p02", "", "取件地址：{address}\n联系电话：{mobile}\n送达地址：{address}\n收件人电话：{mobile}"),
    ("p03", "", "师傅 到{address}楼下了打我电话{mobile}"),
    ("p04", "", "{mobile} 这个是收货人的 麻烦到了提前打"),
    ("p05", "", "我下单写错了 收货地址改成{address}，电话不变"),
    ("p06", "", "骑手电话{mobile}，预计{n:date_time}送达，跑腿费{n:fee}"),
    ("p07", "", "亲，您好，这边是同城跑腿客服，您的订单{n:order_no}已接单，骑手手机{mobile}"),
    ("p08", "", "钥匙放车上了，车牌{plate}，停在{n:parking_spot}，你到了跟我说一声"),
    ("p09", "", "麻烦帮忙把钥匙送到{address}，我在门口等，手机{mobile}"),
    ("p10", "", "我车是白色的{plate} 就在小区门口 钥匙在保安亭"),
    ("p11", "", "{plate}这个车挡着我了，能不能帮我联系一下车主，他留的电话{mobile}好像打不通"),
    ("p12", "", "买的处方药要实名，患者身份证号{id_card}，电话{mobile}"),
    ("p13", "", "药店说要登记身份证 {id_card} 就是这个"),
    ("p14", "", "帮我去{n:place_only}挂个号 就诊人身份证{id_card}  手机号{mobile}"),
    ("p15", "", "代排队的话要提供身份证号吗？\n{id_card}\n这是我妈的"),
    ("p16", "", "退款麻烦打到这张卡{bank_card}，开户行{n:place_only}支行"),
    ("p17", "", "我不用微信支付的 你们直接转卡吧 {bank_card} 农行"),
    ("p18", "", "骑手工资卡换了，新卡号：{bank_card}（工行）"),
    ("p19", "", "发票开好发我邮箱{email}，抬头公司那个，税号{n:tax_no}"),
    ("p20", "", "邮箱 {email}"),
    ("p21", "", "电子发票发到{email}就行 谢谢"),
    ("p22", "", "麻烦加我微信{wechat}，小费我直接转你"),
    ("p23", "", "vx：{wechat}  到了给我发个照片"),
    ("p24", "", "我微信号是{wechat}，有问题随时联系"),
    ("p25", "", "加一下QQ吧{qq}，微信没登"),
    ("p26", "", "QQ号{qq}，有事扣我"),
    ("p27", "", "群里新来的骑手报一下QQ，我先来：{qq}"),
    ("p28", "", "店里座机{landline}，打不通就打我手机{mobile}"),
    ("p29", "", "物业电话{landline}，门禁进不去你打这个"),
    ("p30", "", "药房的电话是{landline}，你先问问有没有货"),
    ("p31", "", "取件点是{address}，前台电话{landline}"),
    ("p32", "", "【跑腿单】\n取：{address}\n送：{address}\n收件人：{mobile}\n备注：易碎，轻拿轻放"),
    ("p33", "", "你好 我在{address} 帮我去{n:place_only}买{n:count}咖啡 送上来 {mobile}"),
    ("p34", "", "收件人换成我同事了，电话{mobile}，地址{address}"),
    ("p35", "", "送到{address}放门口就行，不用敲门，孩子在睡觉😴"),
    ("p36", "", "到了吗？我{mobile}一直没人打"),
    ("p37", "", "好的收到👌 {mobile} 这个号码是对的"),
    ("p38", "", "@调度 这单收货电话{mobile}空号，地址{address}，怎么处理"),
    ("p39", "", "客户备用电话：{mobile}；{mobile}"),
    ("p40", "", "帮我去干洗店取衣服，取衣单上写的电话是{mobile}，送到{address}"),
    ("p41", "", "钥匙给我老公送过去 他在{address}上班 电话{mobile}"),
    ("p42", "", "你到{address}了吗 我开的车{plate} 后备箱开着 直接放进去"),
    ("p43", "", "代驾取车，车牌号{plate}，停在{address}楼下"),
    ("p44", "", "哥 我是骑手 你的东西到了 在{address}门口 手机号{mobile} 出来拿一下"),
    ("p45", "", "小费{n:fee}已经给你了哈 下次还找你 加个微信{wechat}"),
    ("p46", "", "退款{n:fee}没到账，卡号{bank_card}，订单{n:order_no}"),
    ("p47", "", "入职资料：身份证{id_card}，银行卡{bank_card}，手机{mobile}，紧急联系人{mobile}"),
    ("p48", "", "骑手注册的邮箱填{email}行不行"),
    ("p49", "", "{email}这个是我的邮箱，合同发这里"),
    ("p50", "", "这是我单位地址{address}，快递员说找不到，电话{landline}转前台"),
    ("p51", "", "收货人：本人 {mobile} {address}"),
    ("p52", "", "{address}\n{mobile}"),
    ("p53", "", "地址发你了：{address}（小区东门进）"),
    ("p54", "", "帮我排队买{n:count}奶茶，买完送{address}，到了电话{mobile}或者QQ{qq}"),
    ("p55", "", "车钥匙送到停车场 车牌{plate} 车主电话{mobile}"),
    ("p56", "", "收件人{mobile}（微信同号）"),
    ("p57", "", "不好意思刚才打错了，正确的号码是{mobile}"),
    ("p58", "", "骑手QQ{qq} 邮箱{email} 有问题找他"),
    ("p59", "", "公司前台{landline}，送到了让前台签收"),
    ("p60", "", "老人不会用手机 送到了打家里座机{landline}"),
    ("p61", "", "你们客服{n:hotline}打不通 我自己的电话是{mobile}"),
    ("p62", "", "寄件人：{mobile}\n收件人：{mobile}\n物品：钥匙一串"),
    ("p63", "", "麻烦帮我看一下 {plate} 是不是你们骑手的车 停我店门口一下午了"),
    ("p64", "", "地址：{address} 姓名就写本人，电话{mobile}"),
    ("p65", "", "这个单子改一下送货地址 原来的写错了 应该是{address}"),
    ("p66", "", "客户微信{wechat}，电话{mobile}，你加一下拉个群"),
    ("p67", "", "银行卡{bank_card} 身份证{id_card} 这两个发你了 帮我办一下"),
    ("p68", "", "我给你个QQ邮箱{email} 照片发这个"),
    ("p69", "", "我是今天接你单的骑手，微信{wechat}，加一下方便发定位"),
    ("p70", "", "群里的单子谁接了？客户要求加微信沟通：{wechat}"),
    ("p71", "", "{wechat} 这是我微信 收款码在朋友圈"),
    ("p72", "", "帮我取个文件，对方微信是{wechat}，你到了联系他"),
    ("p73", "", "加不上啊 你微信号是不是{wechat}？搜不到"),
    ("p74", "", "有事QQ找我也行{qq}，微信{wechat}"),
    ("p75", "", "代买的东西发票抬头个人，邮箱{email}，备用QQ{qq}"),
    ("v01", "V", "到了{address}了打电话没人接{mobile}你让他下来拿一下"),
    ("v02", "V", "收件人电话是{mobile}我再说一遍{mobile}"),
    ("v03", "V", "我这边骑着车呢语音说的啊电话{mobile}地址是{address}"),
    ("v04", "V", "喂你好我是跑腿的你那个药买好了身份证号{id_card}对吧"),
    ("v05", "V", "座机号码是{landline}你帮我打一下"),
    ("v06", "V", "扣扣号{qq}加一下我发你定位"),
    ("v07", "V", "那个号码{mobile}是你的吗，我到楼下了"),
    ("v08", "V", "车牌{plate}我到了没看见车啊"),
    ("v09", "V", "你好我在{address}楼下了麻烦下来取一下"),
    ("v11", "V", "身份证号是{id_card}你记一下"),
    ("v12", "V", "我说一下身份证{id_card}没错吧对的"),
    ("v13", "V", "店里电话{landline}你打这个找老板"),
    ("v14", "V", "我们家座机{landline}手机没电了"),
    ("v15", "V", "QQ{qq}好吧你加我"),
    ("v16", "V", "QQ号是{qq}我那个微信被封了"),
    ("v10", "V", "他电话打不通啊你再给我个号码吧，{mobile}，好的好的"),
)

NEAR_TEMPLATES = (
    ("n01", "", "订单号{n:order_no}，麻烦帮我催一下"),
    ("n02", "", "快递单号{n:tracking_no}，帮我去驿站取一下，取件码{n:pickup_code}"),
    ("n03", "", "取件码是{n:pickup_code}，放在{n:place_only}"),
    ("n04", "", "丰巢柜取件码{n:locker_code}"),
    ("n05", "", "收货码{n:verify_code}，骑手到了报给他"),
    ("n06", "", "骑手工号{n:rider_no}，有问题可以投诉"),
    ("n07", "", "跑腿费{n:fee}，小费{n:fee}，一共多少"),
    ("n08", "", "距离{n:distance}，预计{n:date_time}到"),
    ("n09", "", "东西大概{n:weight}，电动车能拉吗"),
    ("n10", "", "帮我去{n:place_only}排队，现在叫到{n:queue_no}了，我是{n:queue_no}"),
    ("n11", "", "有问题打客服{n:hotline}"),
    ("n12", "", "系统里您留的号码是{n:masked_phone}，对吗"),
    ("n13", "", "系统显示收件人{n:masked_phone}，是你吗"),
    ("n14", "", "退款流水号{n:bad_card}，3-5个工作日到账"),
    ("n15", "", "单号{n:bad_id}这个查不到啊"),
    ("n16", "", "车停{n:parking_spot}，你到{n:place_only}等我"),
    ("n17", "", "发票税号{n:tax_no}"),
    ("n18", "", "帮我买{n:medicine}两盒，{n:medicine}一盒"),
    ("n19", "", "群公告：{n:date_time}前的单子今天都要结算，有问题的单号{n:order_no}私聊我"),
    ("n20", "", "订单{n:order_no}已完成，跑腿费{n:fee}，感谢您的使用"),
    ("n21", "", "这个号{n:invalid_mobile}打不通，是不是少了一位"),
    ("n22", "", "送到{n:place_only}就行，{n:floor_only}那个"),
    ("n23", "", "我要{n:count}，少冰少糖，{n:fee}以内的都行"),
    ("n24", "", "在{n:place_only}门口，{n:date_time}左右到"),
    ("n25", "", "已送达，取件码{n:pickup_code}，{n:date_time}之前去拿"),
    ("n26", "", "骑手{n:rider_no}今天跑了23单，共{n:distance}"),
    ("n27", "", "收到 退了{n:fee} 订单{n:order_no}"),
    ("n28", "", "老板我在{n:place_only}，排到{n:queue_no}了，前面还有十几个人😂"),
    ("n29", "", "包裹{n:tracking_no} {n:weight} 超重了要加{n:fee}"),
    ("n30", "", "验证码{n:verify_code}，别告诉别人哈"),
    ("n31", "", "门禁密码{n:verify_code}#，进去左转"),
    ("n32", "", "{n:date_time} 取 {n:date_time} 送 来得及吗"),
    ("n33", "", "投诉电话{n:hotline}，骑手编号{n:rider_no}"),
    ("n34", "", "商户单号{n:order_no}\n配送单号{n:order_no}\n状态：配送中"),
    ("n35", "", "这个卡号{n:bad_card}是不是填错了，系统说无效"),
    ("n36", "", "用户{n:masked_phone}下单后取消，扣{n:fee}"),
    ("n37", "", "明天{n:date_time}帮我去{n:place_only}取个报告，单子上编号{n:order_no}"),
    ("n38", "", "电动车坏了 今天跑不了 {n:date_time}以后再说"),
    ("n39", "", "挂号序号{n:queue_no}，诊室在{n:floor_only}"),
    ("n40", "", "医保卡号是{n:bad_id}吗？我看药店小票上写的"),
    ("n41", "V", "好的好的我已经取到了距离大概{n:distance}十分钟到"),
    ("n42", "V", "取件码是{n:pickup_code}对吧我去柜子那看一下"),
    ("n43", "V", "那个单号{n:order_no}我这边显示已经送达了"),
    ("n44", "", "买了{n:medicine}，花了{n:fee}，小票拍给你了"),
    ("n45", "", "师傅在{n:place_only}等了半小时，前面还有十几单没出，能等一下吗"),
)

_SLOT = re.compile(r"\{([^{}]+)\}")


def _render(r, tpl, forced=None, voice=False):
    """Fill a template; returns (text, entities, formats, near_misses)."""
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    forced_used = False
    for m in _SLOT.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        slot = m.group(1)
        if slot.startswith("n:"):
            nk = slot[2:]
            v = NEAR[nk](r)
            nears.append((nk, len(text), len(text) + len(v)))
            text += v
            continue
        kind = slot
        table = FMT[kind]
        if forced and forced[0] == kind and not forced_used:
            name = forced[1]
            gen = dict(table)[name]
            forced_used = True
        else:
            opts = [(n, g) for n, g in table if voice or (kind, n) not in VOICE_ONLY]
            if voice:
                vo = [(n, g) for n, g in table if (kind, n) in VOICE_ONLY]
                if vo and r.random() < 0.6:
                    opts = vo
            name, gen = r.choices(opts, weights=[WEIGHTS.get((kind, n), 1.0) for n, _ in opts])[0]
        pre, val, post = gen(r)
        text += pre
        ents.append((kind, len(text), len(text) + len(val)))
        fmts.append(name)
        text += val + post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _noise(r, text):
    # light chat noise on the tail only (does not shift spans)
    x = r.random()
    if x < 0.06:
        return text + r.choice(("🙏", "谢谢！", "～", "[抱拳]", " 辛苦了", "哈"))
    return text


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []

    def add(tid, res):
        text, ents, fmts, nears = res
        text = _noise(r, text)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        tids.append(tid)

    # forced pass: each format into >= 4 distinct templates
    for kind, table in FMT_TABLES:
        for name, _ in table:
            voice_only = (kind, name) in VOICE_ONLY
            cands = [t for t in PII_TEMPLATES if "{" + kind + "}" in t[2] and (not voice_only or t[1] == "V")]
            picks = r.sample(cands, min(len(cands), 4))
            picks += [r.choice(cands)]
            for tid, ch, tpl in picks:
                add(tid, _render(r, tpl, forced=(kind, name), voice=(ch == "V" or voice_only)))
    while len(rows) < N_PII_ROWS:
        tid, ch, tpl = r.choice(PII_TEMPLATES)
        add(tid, _render(r, tpl, voice=(ch == "V")))
    for _ in range(N_NEAR_ROWS):
        tid, ch, tpl = r.choice(NEAR_TEMPLATES)
        add(tid, _render(r, tpl, voice=(ch == "V")))
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind77_corpus() -> pd.DataFrame:
    return _build()


def _value_ok(kind, v):
    n = _norm(v)
    if kind == "id_card":
        if re.fullmatch(r"[零幺二三四五六七八九X]+", n):
            n = "".join({b: a for a, b in _VOICE.items()}.get(c, c) for c in n)
        assert _id_ok(n), v
        assert n[:6] in ID_AREA
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "mobile":
        inv = {**{b: a for a, b in _VOICE.items()}, **{b: a for a, b in _VOICE2.items()}}
        n = "".join(inv.get(c, c) for c in n)
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIX, v
    elif kind == "landline":
        n = "".join({b: a for a, b in _VOICE.items()}.get(c, c) for c in n).replace("(", "").replace(")", "")
        assert re.fullmatch(r"0\d{9,11}|[2-8]\d{7}", n), v
        if len(n) > 8:
            assert any(n.startswith(a) for a in AREA8), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._]+[@＠][a-z0-9.\-]+\.[a-z]+", v), v
    elif kind == "qq":
        n = "".join({b: a for a, b in _VOICE.items()}.get(c, c) for c in n)
        assert re.fullmatch(r"[1-9]\d{4,10}", n), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[沪京粤浙苏川鄂湘鲁渝陕闽豫皖津][A-Za-z][· ]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "address":
        assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
        assert not v.startswith(("在", "到", "送")), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            _value_ok(k, v)
            n_ent += 1
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (text, k)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
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
    assert df.equals(make_blind77_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

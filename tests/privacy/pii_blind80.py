"""Blind PII corpus no. 80 (``split == "blind80"``): homestay (民宿) hosts and guests.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十七位写手")
under the blind-writer rules.  What was read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and the
first few hundred bytes of ``../shared/datasets/stc3_weibo_helpdesk`` for the
tone of travel customer service.  Nothing else under ``toolkit/privacy/``,
``tests/``, ``bench/``, ``docs/``, the README or the git history was read; the
writer never imported ``toolkit`` and never ran any masking / finding function
on this data.  Values and chat contexts come from the writer's own idea of
what WeCom 1:1 and group chats between homestay staff and guests hold.

What is different here: the HOMESTAY trade.  Hosts, housekeepers (管家) and
front desks chat with guests about bookings, police registration of every
guest's ID number (派出所登记), door-lock codes, addresses in villages and old
towns (村 / 组 / 巷 / 古城 lanes), deposits and refunds to bank cards, pick-ups
at stations and airports (car plates, flights, trains), lost items mailed back
to the guest's home (home addresses in cities, 小区 / 栋 / 单元 / 室), and
group chats of tour groups (several ID numbers or mobiles in one message,
line breaks, emoji, @-mentions).  Near-misses are the numbers these chats are
full of: door codes, Wi-Fi passwords, room numbers, order numbers of booking
platforms, WeChat-Pay refund transaction numbers, tracking numbers, prices,
deposits, dates, train / flight numbers, hotlines (400 / 95xxx / 12301),
head counts (2大1小),
masked numbers, postal codes, card-length numbers failing Luhn, ID-shaped
strings failing the check digit, business credit codes, places alone.

Seed
----
``SEED = "blind80-homestay-第八十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here.  Each format is first
forced 4 times into 4 distinct templates holding its kind, then rows draw
formats at random.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only: cue words, ``+86`` /
``0086`` prefixes and extensions ``转806`` / ``-806`` / ``分机806`` are outside,
separators inside a value are inside; an address runs from its first place
unit to its last house-level unit), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``, must NOT be masked) and
``split`` (always ``"blind80"``).  Names are never written (roles such as
我老公 / 前台 / 管家 only).

Counts (``python tests/privacy/pii_blind80.py``)
------------------------------------------------
rows=1500, pii_rows=860, near_rows=640, entities=1233
(mobile 316, address 182, id_card 134, email 107, bank_card 107, qq 104,
wechat 99, landline 93, plate 91);
near-miss spans=1243 (1011 in near-miss rows), 22 near-miss kinds
(date_time 214, price 186, place_only 145, order_no 78, door_code 65,
room_no 60, tracking_no 59, train_flight 58, head_count 51, refund_txn 40,
wifi_pwd 32, tail_digits 30, parking_spot 30, credit_code 30, masked 28,
hotline 28, group_no 25, verify_code 19, invoice_no 19, postal_code 17,
bad_card 17, bad_id 12);
formats=55 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind80-homestay-第八十七位写手"
SPLIT = "blind80"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 860
N_NEAR_ROWS = 640
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- helpers

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
    return _luhn_digit(s[:-1]) == s[-1]


_WORD_DIGITS = {"幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
                "七": "7", "八": "8", "九": "9", "零": "0", "〇": "0", "洞": "0"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_WORD_DIGITS.get(c, c) for c in s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# --------------------------------------------------------------------------- value pools

_MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
                    "198", "199")

_ID_AREAS = ("532901", "530102", "530721", "110105", "110108", "310115", "310104", "440305", "440106",
             "510107", "330106", "330483", "420106", "320102", "320583", "370202", "610113", "430104",
             "210202", "500103", "350203", "120101", "341023", "361130", "450321", "433123", "522634",
             "130102", "410105", "230103", "360102", "520102")

# (area code, local length)
_AREA_CODES = (("0872", 7), ("0888", 7), ("0871", 8), ("0573", 8), ("0571", 8), ("0559", 7), ("0793", 7),
               ("0592", 7), ("0773", 7), ("0743", 7), ("0855", 7), ("0572", 7), ("0512", 8), ("0898", 8),
               ("0837", 7), ("0532", 8), ("010", 8), ("021", 8), ("028", 8), ("0887", 7), ("0744", 7),
               ("0580", 7), ("0335", 7))

_BINS16 = ("622588", "621483", "622609", "622155", "625967")
_BINS19 = ("622202", "622848", "621700", "621226", "622262", "623058", "621661", "622908")
_VISA = ("438088", "427020", "404119", "456351")
_MASTER = ("524047", "518710", "552599", "512315")

_PLATE_PROV = ("云", "浙", "沪", "京", "粤", "川", "苏", "湘", "贵", "闽", "桂", "皖", "赣", "鲁", "渝", "陕")
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_CITY = "ABCDEFGHJKL"

_QQ_MAIL_HOSTS = ("qq.com",)
_PINYIN = ("xiaoyu", "lili", "wangjing", "chenhao", "zhangmin", "liuyang", "zhaolei", "sunnan", "yangfan",
           "huangwei", "zhoutong", "wuqian", "xuli", "majun", "hulan", "linfeng", "guoyan", "heping",
           "tangyi", "songjia", "dengxin", "caiwen", "pengyu", "yexin")
_EN = ("Helen", "Kevin", "Amy", "Tony", "Coco", "Leo", "Sunny", "Vivian", "Jack", "Ivy", "Luna", "Eric")
_MINSU = ("erhai", "xizhou", "shuanglang", "shuhe", "wuzhen", "hongcun", "gulangyu", "yangshuo", "moganshan",
          "fenghuang", "xijiang", "zhouzhuang", "wuyuan", "jiuzhai")

# (province, city, county/district, town, village, road)  -- tourist places where homestays are
_PLACES = (
    ("云南省", "大理白族自治州", "大理市", "喜洲镇", "城北村", "富春里"),
    ("云南省", "大理白族自治州", "大理市", "双廊镇", "大建旁村", "玉几岛路"),
    ("云南省", "大理白族自治州", "大理市", "大理镇", "才村", "洱海月路"),
    ("云南省", "丽江市", "古城区", "束河街道", "龙泉村", "仁里路"),
    ("云南省", "丽江市", "古城区", "大研街道", "文明村", "七一街"),
    ("浙江省", "嘉兴市", "桐乡市", "乌镇镇", "陈庄村", "西栅大街"),
    ("浙江省", "湖州市", "德清县", "莫干山镇", "劳岭村", "庾村路"),
    ("安徽省", "黄山市", "黟县", "宏村镇", "际村", "际联路"),
    ("江西省", "上饶市", "婺源县", "江湾镇", "栗木坑村", "篁岭路"),
    ("福建省", "厦门市", "思明区", "鼓浪屿街道", "内厝澳社区", "龙头路"),
    ("广西壮族自治区", "桂林市", "阳朔县", "阳朔镇", "骥马村", "西街"),
    ("湖南省", "湘西土家族苗族自治州", "凤凰县", "沱江镇", "老营哨村", "虹桥中路"),
    ("贵州省", "黔东南苗族侗族自治州", "雷山县", "西江镇", "羊排村", "营上路"),
    ("江苏省", "苏州市", "昆山市", "周庄镇", "祁浜村", "中市街"),
    ("四川省", "阿坝藏族羌族自治州", "九寨沟县", "漳扎镇", "彭丰村", "沟口路"),
    ("浙江省", "舟山市", "嵊泗县", "菜园镇", "基湖村", "海滨路"),
    ("海南省", "三亚市", "吉阳区", "田独镇", "博后村", "迎宾路"),
    ("湖南省", "张家界市", "武陵源区", "索溪峪街道", "吴家峪村", "黄龙洞路"),
    ("河北省", "秦皇岛市", "北戴河区", "戴河镇", "刘庄村", "保二路"),
)
_BJ_PLACES = (("北京市", "延庆区", "八达岭镇", "石峡村"), ("北京市", "怀柔区", "渤海镇", "慕田峪村"),
              ("北京市", "密云区", "古北口镇", "司马台村"))
_LANES = ("文治巷", "光义巷", "新华巷", "百岁坊", "官驿巷", "染坊弄", "打铁巷", "水井巷", "土地庙巷")

# guests' home addresses (for mailing lost items back)
_HOME = (
    ("上海市", "闵行区", "七莘路", "弄"), ("上海市", "浦东新区", "张杨路", "弄"), ("北京市", "朝阳区", "望京西路", "院"),
    ("北京市", "海淀区", "学清路", "院"), ("广东省广州市", "天河区", "天河北路", ""), ("广东省深圳市", "南山区", "科技南路", ""),
    ("四川省成都市", "武侯区", "桐梓林北路", ""), ("浙江省杭州市", "拱墅区", "湖墅南路", ""), ("湖北省武汉市", "洪山区", "珞喻路", ""),
    ("江苏省南京市", "鼓楼区", "汉中门大街", ""), ("重庆市", "渝北区", "金开大道", ""), ("陕西省西安市", "雁塔区", "科技路", ""),
    ("湖南省长沙市", "岳麓区", "麓山南路", ""), ("天津市", "南开区", "鞍山西道", ""), ("山东省济南市", "历下区", "经十路", ""),
)
_ESTATES = ("阳光花园", "万科城市花园", "保利香槟国际", "碧桂园", "金地格林小镇", "华润二十四城", "绿地新都会",
            "龙湖时代天街", "翠湖小区", "锦绣家园", "东方明珠花园", "融创御园")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _raw_mobile(rng):
    return rng.choice(_MOBILE_PREFIXES) + _digits(rng, 8)


def _raw_id(rng, want_x=None):
    while True:
        y = rng.randint(1956, 2007)
        m = rng.randint(1, 12)
        dmax = 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31)
        d = rng.randint(1, dmax)
        body = f"{rng.choice(_ID_AREAS)}{y:04d}{m:02d}{d:02d}{_digits(rng, 3)}"
        v = body + _id_check(body)
        if want_x is None or (v.endswith("X") == want_x):
            return v


def _raw_card(rng, bins, length):
    body = rng.choice(bins) + _digits(rng, length - 7)
    return body + _luhn_digit(body)


def _grp(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


_VOICE = dict(zip("0123456789", "零幺二三四五六七八九"))
_CNUM = dict(zip("0123456789", "零一二三四五六七八九"))

# --------------------------------------------------------------------------- formats
# each generator: rng -> (prefix_outside, value, suffix_outside)


def _m_plain(r):
    return "", _raw_mobile(r), ""


def _m_344(r):
    return "", _grp(_raw_mobile(r), (3, 4, 4), " "), ""


def _m_dash(r):
    return "", _grp(_raw_mobile(r), (3, 4, 4), "-"), ""


def _m_plus86(r):
    return r.choice(("+86 ", "+86", "+86-", "0086 ")), _raw_mobile(r), ""


def _m_voice(r):
    return "", "".join(_VOICE[c] for c in _raw_mobile(r)), ""


def _m_cn(r):
    return "", "".join(_CNUM[c] for c in _raw_mobile(r)), ""


def _m_full(r):
    return "", "".join(chr(ord(c) + 0xFEE0) for c in _raw_mobile(r)), ""


def _l_dash(r):
    a, n = r.choice(_AREA_CODES)
    return "", f"{a}-{r.choice('2345678')}{_digits(r, n - 1)}", ""


def _l_paren(r):
    a, n = r.choice(_AREA_CODES)
    return "", f"({a}){r.choice('2345678')}{_digits(r, n - 1)}", ""


def _l_fparen(r):
    a, n = r.choice(_AREA_CODES)
    return "", f"（{a}）{r.choice('2345678')}{_digits(r, n - 1)}", ""


def _l_concat(r):
    a, n = r.choice(_AREA_CODES)
    return "", f"{a}{r.choice('2345678')}{_digits(r, n - 1)}", ""


def _l_space(r):
    a, n = r.choice(_AREA_CODES)
    return "", f"{a} {r.choice('2345678')}{_digits(r, n - 1)}", ""


def _l_ext(r):
    a, n = r.choice(_AREA_CODES)
    ext = r.choice(("转8", "转806", "转0", "-806", "分机3", "转前台", "-1"))
    return "", f"{a}-{r.choice('2345678')}{_digits(r, n - 1)}", ext


def _id_plain(r):
    return "", _raw_id(r, False), ""


def _id_x(r):
    return "", _raw_id(r, True), ""


def _id_xlow(r):
    return "", _raw_id(r, True)[:-1] + "x", ""


def _id_space(r):
    return "", _grp(_raw_id(r), (6, 8, 4), " "), ""


def _bc_16(r):
    return "", _raw_card(r, _BINS16, 16), ""


def _bc_19(r):
    return "", _raw_card(r, _BINS19, 19), ""


def _bc_16sp(r):
    return "", _grp(_raw_card(r, _BINS16, 16), (4, 4, 4, 4), " "), ""


def _bc_19sp(r):
    return "", _grp(_raw_card(r, _BINS19, 19), (4, 4, 4, 4, 3), " "), ""


def _bc_19sp6(r):
    return "", _grp(_raw_card(r, _BINS19, 19), (6, 13), " "), ""


def _bc_visa(r):
    return "", _grp(_raw_card(r, _VISA, 16), (4, 4, 4, 4), " "), ""


def _bc_master(r):
    return "", _raw_card(r, _MASTER, 16), ""


def _bc_95(r):
    body = "95599" + _digits(r, 13)
    return "", body + _luhn_digit(body), ""


def _qq_long(r):
    return "", r.choice("123456789") + _digits(r, r.choice((8, 9))), ""


def _qq_short(r):
    return "", r.choice("123456789") + _digits(r, r.choice((5, 6, 7))), ""


def _qq_11(r):
    return "", r.choice("123") + _digits(r, 10), ""


def _wx_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(10, 14))), ""


def _wx_pinyin_digits(r):
    return "", r.choice(_PINYIN) + r.choice(("", "_", "")) + str(r.choice((1988, 1990, 1992, 1995, 1998, 520, 666, 88, 2016))), ""


def _wx_en(r):
    return "", r.choice(_EN) + r.choice(("_", "-", "")) + r.choice(_MINSU) + r.choice(("", "88", "2023", "01")), ""


def _wx_minsu(r):
    return "", r.choice(_MINSU) + r.choice(("minsu", "_homestay", "-kezhan", "ms")) + _digits(r, r.choice((2, 3, 4))), ""


def _wx_upper(r):
    return "", r.choice(("L", "Z", "W", "Y", "C")) + r.choice(("XY", "JJ", "MM", "Lin", "Hao")) + _digits(r, r.randint(6, 8)), ""


def _em_qq(r):
    return "", f"{r.choice('123456789')}{_digits(r, r.choice((7, 8, 9)))}@qq.com", ""


def _em_163(r):
    return "", f"{r.choice(_PINYIN)}{r.choice(('', '_', '.'))}{_digits(r, r.choice((2, 3, 4)))}@{r.choice(('163.com', '126.com'))}", ""


def _em_foxmail(r):
    return "", f"{r.choice(_PINYIN)}{_digits(r, 3)}@foxmail.com", ""


def _em_corp(r):
    return "", f"{r.choice(('booking', 'service', 'kefu', 'hi', 'fapiao'))}@{r.choice(_MINSU)}{r.choice(('-minsu', 'stay', 'inn', ''))}.{r.choice(('com', 'cn', 'com.cn'))}", ""


def _em_intl(r):
    return "", f"{r.choice(_EN).lower()}.{r.choice(_PINYIN)}{r.choice(('', '88', '01'))}@{r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'))}", ""


def _em_sina(r):
    return "", f"{r.choice(_PINYIN)}{_digits(r, 4)}@{r.choice(('sina.com', 'sina.cn', 'sohu.com', '139.com'))}", ""


def _pl_body(r, n=5):
    s = [r.choice(_PLATE_LET + "0123456789") for _ in range(n)]
    if sum(c.isdigit() for c in s) < 3:
        s[-1] = r.choice("0123456789")
        s[-2] = r.choice("0123456789")
        s[-3] = r.choice("0123456789")
    return "".join(s)


def _pl_plain(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_CITY) + _pl_body(r), ""


def _pl_dot(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_CITY) + "·" + _pl_body(r), ""


def _pl_space(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_CITY) + " " + _pl_body(r), ""


def _pl_ne(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_CITY) + r.choice("DF") + _digits(r, 5), ""


def _pl_lower(r):
    return "", (r.choice(_PLATE_PROV) + r.choice(_PLATE_CITY) + _pl_body(r)).lower(), ""


def _place(r):
    return r.choice(_PLACES)


def _ad_prov(r):
    p, c, x, t, v, road = _place(r)
    if r.random() < 0.5:
        return "", f"{p}{c}{x}{t}{v}{r.randint(1, 160)}号", ""
    return "", f"{p}{c}{x}{t}{road}{r.randint(1, 300)}号", ""


def _ad_city(r):
    p, c, x, t, v, road = _place(r)
    return "", f"{c}{x}{t}{v}{r.randint(1, 160)}号", ""


def _ad_county(r):
    p, c, x, t, v, road = _place(r)
    return "", f"{x}{t}{v}{r.choice(('', '委会'))}{r.randint(1, 12)}组{r.randint(1, 80)}号", ""


def _ad_town(r):
    p, c, x, t, v, road = _place(r)
    return "", f"{t}{road}{r.randint(1, 260)}号", ""


def _ad_road(r):
    p, c, x, t, v, road = _place(r)
    return "", f"{road}{r.randint(1, 260)}{r.choice(('号', '号', '号院', '-1号'))}", ""


def _ad_lane(r):
    p, c, x, t, v, road = _place(r)
    return "", f"{c.replace('白族自治州', '市')}{x}{road}{r.choice(_LANES)}{r.randint(1, 99)}号", ""


def _ad_bj(r):
    p, x, t, v = r.choice(_BJ_PLACES)
    return "", f"{p}{x}{t}{v}{r.choice(('', '东区', '西区'))}{r.randint(1, 150)}号", ""


def _ad_home_full(r):
    c, d, road, kind = r.choice(_HOME)
    n = r.randint(1, 2000)
    if kind == "弄":
        tail = f"{n}弄{r.randint(1, 40)}号{r.randint(1, 18)}0{r.randint(1, 4)}室"
    elif kind == "院":
        tail = f"{r.randint(1, 60)}号院{r.randint(1, 12)}号楼{r.randint(1, 4)}单元{r.randint(1, 20)}0{r.randint(1, 4)}"
    else:
        tail = f"{n}号{r.choice(_ESTATES)}{r.randint(1, 20)}栋{r.randint(1, 3)}单元{r.randint(1, 32)}0{r.randint(1, 4)}室"
    return "", f"{c}{d}{road}{tail}", ""


def _ad_home_dash(r):
    c, d, road, kind = r.choice(_HOME)
    return "", f"{c}{d}{r.choice(_ESTATES)}{r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(1, 32)}0{r.randint(1, 4)}", ""


def _ad_home_district(r):
    c, d, road, kind = r.choice(_HOME)
    return "", f"{d}{road}{r.randint(1, 999)}号{r.choice(_ESTATES)}{r.randint(1, 20)}栋{r.randint(1, 32)}0{r.randint(1, 4)}", ""


def _ad_estate(r):
    return "", f"{r.choice(_ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}0{r.randint(1, 4)}室", ""


FORMATS = {
    "mobile": (("plain_11", _m_plain, 8), ("space_344", _m_344, 3), ("dash_344", _m_dash, 2),
               ("plus86_prefix", _m_plus86, 1), ("voice_words", _m_voice, 0.3), ("cn_digits", _m_cn, 0.2),
               ("fullwidth", _m_full, 0.2)),
    "landline": (("area_dash", _l_dash, 4), ("area_paren", _l_paren, 1), ("area_fullparen", _l_fparen, 0.5),
                 ("area_concat", _l_concat, 1), ("area_space", _l_space, 1), ("area_dash_ext", _l_ext, 2)),
    "id_card": (("plain_18", _id_plain, 6), ("tail_X", _id_x, 2), ("tail_x_lower", _id_xlow, 0.4),
                ("space_6_8_4", _id_space, 1)),
    "bank_card": (("unionpay16_plain", _bc_16, 2), ("unionpay19_plain", _bc_19, 4), ("unionpay16_space4", _bc_16sp, 2),
                  ("unionpay19_space4", _bc_19sp, 2), ("unionpay19_space6", _bc_19sp6, 1), ("visa_space4", _bc_visa, 1),
                  ("master_plain", _bc_master, 1), ("domestic95_19", _bc_95, 1)),
    "qq": (("digits_9_10", _qq_long, 5), ("digits_6_8", _qq_short, 2), ("digits_11", _qq_11, 0.4)),
    "wechat": (("wxid", _wx_wxid, 2), ("pinyin_digits", _wx_pinyin_digits, 3), ("english_minsu", _wx_en, 2),
               ("minsu_brand", _wx_minsu, 2), ("upper_digits", _wx_upper, 1)),
    "email": (("qq_digits", _em_qq, 4), ("netease_pinyin", _em_163, 3), ("foxmail", _em_foxmail, 1),
              ("corp_domain", _em_corp, 2), ("intl_mail", _em_intl, 1), ("other_cn_mail", _em_sina, 1)),
    "plate": (("plain_7", _pl_plain, 5), ("middot_7", _pl_dot, 1), ("space_7", _pl_space, 1),
              ("new_energy_8", _pl_ne, 2), ("lowercase_7", _pl_lower, 0.3)),
    "address": (("prov_village_or_road", _ad_prov, 2), ("city_village", _ad_city, 2), ("county_village_group", _ad_county, 2),
                ("town_road_no", _ad_town, 2), ("road_no", _ad_road, 2), ("old_town_lane", _ad_lane, 2),
                ("beijing_village", _ad_bj, 1), ("home_full_room", _ad_home_full, 3), ("home_estate_dash", _ad_home_dash, 1),
                ("home_district_start", _ad_home_district, 1), ("estate_bld_room", _ad_estate, 1)),
}

# --------------------------------------------------------------------------- near-miss generators


def _bad_luhn(r, bins, n):
    v = _raw_card(r, bins, n)
    return v[:-1] + str((int(v[-1]) + r.randint(1, 9)) % 10)


def _n_order(r):
    k = r.randint(0, 4)
    if k == 0:
        return "1" + r.choice("12") + _digits(r, 11)              # 13 digits
    if k == 1:
        return "HM" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
    if k == 2:
        return _bad_luhn(r, ("300129", "410082", "260814"), 19)  # 19-digit platform order, not a card
    if k == 3:
        return f"{r.randint(2, 4)}{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}"
    return "MS" + r.choice(("2024", "2025")) + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 4)


def _n_price(r):
    return r.choice((f"¥{r.choice((168, 198, 258, 298, 368, 428, 588, 688, 888, 1280))}",
                     f"{r.choice((200, 300, 500, 1000))}元", f"{r.choice((99, 120, 150, 80))}块",
                     f"￥{r.randint(3, 30)},{r.choice(('000', '280', '560'))}.00", f"{r.randint(2, 19)}88"))


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}号", f"{m}.{d}", f"2025-{m:02d}-{d:02d}", f"{r.randint(12, 22)}:{r.choice(('00', '30', '15'))}",
                     f"{m}/{d}-{m}/{d + 2}", f"{m}月{d}日"))


def _n_door(r):
    return r.choice((_digits(r, 6), _digits(r, 4) + "#", "*" + _digits(r, 6) + "#", _digits(r, 8)))


def _n_wifi(r):
    return r.choice(("88888888", "12345678", r.choice(_MINSU) + _digits(r, 4), "minsu" + _digits(r, 3),
                     _digits(r, 8), r.choice(_MINSU).capitalize() + "@" + _digits(r, 3)))


def _n_room(r):
    return r.choice((f"{r.randint(1, 3)}0{r.randint(1, 8)}", f"A{r.randint(1, 2)}0{r.randint(1, 6)}", f"{r.randint(1, 3)}0{r.randint(1, 8)}"))


def _n_track(r):
    return r.choice(("SF" + r.choice("13") + _digits(r, 12), "YT" + _digits(r, 13), "78" + _digits(r, 12),
                     "JDVA" + _digits(r, 11), "75" + _digits(r, 12), "4" + _digits(r, 11)))


def _n_hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4)}", "95010", "12301", "95017", "95105366",
                     f"400{_digits(r, 7)}", "10101234", "96788", f"800-{_digits(r, 3)}-{_digits(r, 4)}", "12306"))


def _n_train(r):
    return r.choice((f"G{r.randint(1, 2999)}", f"D{r.randint(1, 8999)}", f"K{r.randint(100, 1999)}",
                     f"MU{r.randint(5000, 5999)}", f"CA{r.randint(1000, 4999)}", f"3U{r.randint(8000, 8999)}",
                     f"HO{r.randint(1000, 1299)}", f"ZH{r.randint(9000, 9999)}"))


def _n_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def _n_badcard(r):
    return r.choice((_bad_luhn(r, _BINS19, 19), _grp(_bad_luhn(r, _BINS16, 16), (4, 4, 4, 4), " "), _bad_luhn(r, _BINS16, 16)))


def _n_badid(r):
    while True:
        v = _raw_id(r)
        w = v[:-1] + r.choice([c for c in "0123456789X" if c != v[-1]])
        if not (w.isdigit() and _luhn_ok(w)):
            return w


def _n_masked(r):
    m, i = _raw_mobile(r), _raw_id(r)
    return r.choice((m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], i[:6] + "********" + i[14:],
                     i[:4] + "**********" + i[14:], "6222 **** **** " + _digits(r, 4)))


def _n_postal(r):
    return r.choice(("671000", "674100", "314501", "245500", "333200", "361002", "541900", "416200", "557100",
                     "215337", "623402", "313200", "572000"))


def _n_group(r):
    return r.choice((f"YN{r.choice(('2024', '2025'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 20):02d}",
                     f"DL{_digits(r, 6)}", f"{r.choice(('丽江', '大理', '黄山'))}{r.randint(1, 12)}日游{r.choice('ABC')}团"))


def _n_tail(r):
    return _digits(r, 4)


_PLACE_ONLY = ("大理古城", "双廊", "喜洲古镇", "洱海西岸", "束河古镇", "丽江古城", "乌镇西栅", "宏村", "篁岭",
               "鼓浪屿", "阳朔西街", "凤凰古城", "西江千户苗寨", "周庄", "九寨沟口", "莫干山", "大理站", "丽江站",
               "三亚凤凰机场", "黄山北站", "婺源站", "厦门高崎机场", "长水机场", "桂林两江机场", "才村码头")


def _n_place(r):
    return r.choice(_PLACE_ONLY)


def _n_parking(r):
    return r.choice((f"B{r.randint(1, 2)}-{r.randint(1, 300):03d}", f"{r.randint(1, 30)}号车位", f"P{r.randint(1, 3)}"))


def _n_invoice(r):
    return r.choice((_digits(r, 8), "25" + _digits(r, 18), "0" + _digits(r, 11)))


def _n_refund(r):
    return r.choice(("4200" + _digits(r, 24), "50" + _digits(r, 28), "2025" + _digits(r, 24)))


def _n_credit(r):
    a = r.choice(("532901", "530702", "330483", "341023", "361130"))
    return "92" + a + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _n_count(r):
    return r.choice(("2大1小", "3间房", "4个人", "2晚", "5位", "6人团", "1大床"))


NEAR = {"order_no": _n_order, "price": _n_price, "date_time": _n_date, "door_code": _n_door, "wifi_pwd": _n_wifi,
        "room_no": _n_room, "tracking_no": _n_track, "hotline": _n_hotline, "train_flight": _n_train,
        "verify_code": _n_code, "bad_card": _n_badcard, "bad_id": _n_badid, "masked": _n_masked,
        "postal_code": _n_postal, "group_no": _n_group, "tail_digits": _n_tail, "place_only": _n_place,
        "parking_spot": _n_parking, "invoice_no": _n_invoice, "refund_txn": _n_refund, "credit_code": _n_credit,
        "head_count": _n_count}

# --------------------------------------------------------------------------- templates
# {kind} = entity, [[near_kind]] = near-miss

PII_TEMPLATES = (
    # --- booking / contact
    "您好，我在携程订了你们家[[date_time]]的房，订单号[[order_no]]，入住人手机{mobile}",
    "老板你好，我订了两晚，手机号是{mobile}，大概[[date_time]]到",
    "{mobile} 这个是我的电话，到了打我",
    "管家您好，我老公电话{mobile}，我的{mobile}，我们两个都能联系",
    "电话：{mobile}\n微信同号",
    "我们这边前台座机{landline}，管家手机{mobile}，有事随时找",
    "你好 我是今晚入住的 我手机没电了 用我朋友的 {mobile}",
    "订房联系人改成我妈的号吧{mobile}，她先到",
    "民宿前台电话 {landline}，晚上10点以后打管家 {mobile}",
    "有问题打我们座机{landline}，或者加微信{wechat}",
    "请问是{landline}吗？我打了好几次没人接😂",
    "您好，这边是洱海边的民宿，联系电话{landline}，欢迎入住🌸",
    "好的，我手机{mobile}，您加下我微信，搜手机号就行",
    "老板微信多少？\n我微信 {wechat} ，你加我一下",
    "加我vx：{wechat}，发定位给我",
    "微信号{wechat}，备注[[date_time]]入住",
    "我的微信是{wechat}，手机号搜不到的话搜这个",
    "管家微信 {wechat}（有事找她） 座机{landline}",
    "加一下我们民宿的客服微信{wechat}，以后订房直接找我们比平台便宜[[price]]",
    "有QQ吗？我微信登不上，QQ{qq}",
    "我QQ {qq} 照片可以发QQ上",
    "{qq}是我QQ号，图片原图发那边吧，微信压缩了",
    "QQ：{qq}\n邮箱：{email}",
    "发票开好后发我邮箱{email}谢谢",
    "麻烦开个发票，抬头是公司的，邮箱 {email}",
    "入住确认单能发到{email}吗，公司报销要用",
    "老板，电子发票发这个邮箱：{email}，税号我等下发你",
    "{email} 这个是我的邮箱，水单发过来就行",
    "合同发我邮箱吧 {email} ，团队十几个人",
    # --- police registration / ID
    "您好，根据派出所要求，入住需要登记每位客人的身份证号，麻烦发一下哈，我的先发：{id_card}",
    "身份证号：{id_card}",
    "我的身份证{id_card}，我老婆的{id_card}",
    "登记信息：\n1. {id_card}\n2. {id_card}\n3. {id_card}（小孩的）",
    "{id_card} 这是我的，我朋友的等下发",
    "好的 身份证号码 {id_card} 手机 {mobile}",
    "身份证号是{id_card}吗？最后一位我看不清",
    "孩子没身份证，户口本上的号{id_card}可以吗",
    "我妈的证件号：{id_card}，她70多了不用手机，联系我{mobile}",
    "公安系统录不进去，您再核对下这个身份证号{id_card}",
    "@全体成员 明天入住请提前把身份证号发群里，派出所要登记\n我的{id_card}",
    "{id_card}\n{id_card}\n我俩的",
    "身份证{id_card}，手机号{mobile}，车牌{plate}",
    "护照号不行的话用这个身份证：{id_card}",
    # --- door codes / addresses
    "我们民宿地址：{address}，导航搜[[place_only]]就能到，门锁密码[[door_code]]",
    "地址是{address}，到村口给我打电话{mobile}，我出来接你们",
    "导航定位到{address}，车开不进去，停在[[place_only]]停车场走过来3分钟",
    "具体地址 {address}，门口有块木牌写着民宿名字",
    "{address}\n到了按门铃，密码[[door_code]]，WiFi密码[[wifi_pwd]]",
    "高德导航会导错，请搜 {address} ，不要搜民宿名",
    "老板，发个地址给我吧\n好的：{address}",
    "我们在{address}，古城里面车进不来，行李多的话我们有电瓶车去[[place_only]]门口接",
    "民宿换地方了，新地址{address}，老地址那边不要去了哈",
    "房间在{address}，钥匙在门口信箱里，入住后把身份证拍照发我登记",
    "打车的话跟司机说去{address}，大概[[price]]",
    "你好 我到{address}了 门锁不上",
    # --- deposit / refund
    "押金退到这张卡吧：{bank_card}",
    "退款请转到我的银行卡{bank_card}，户名就是订房人",
    "卡号{bank_card} 农行的",
    "{bank_card} 建行 麻烦退一下押金[[price]]",
    "我没有微信支付，押金打我卡上{bank_card}，开户行工商银行",
    "老板，尾款打您卡上了吗？您的卡号是{bank_card}对吧",
    "民宿收款账户：{bank_card}（中国银行大理分行），转账后截图发我",
    "订金[[price]]转到{bank_card}，转好了说一声哈",
    "退款账户：\n卡号：{bank_card}\n手机：{mobile}",
    "我用信用卡担保的，卡号{bank_card}，别扣错了",
    "押金退到{bank_card}了，一般1-3个工作日到账，流水号[[refund_txn]]",
    # --- pick-up / plates
    "我们的车牌是{plate}，到时候停哪里？",
    "接站的车是{plate}，白色大众，师傅电话{mobile}",
    "您好，明天[[train_flight]]到[[place_only]]，麻烦安排接站，车牌发我一下\n好的，车牌{plate}，司机{mobile}",
    "自驾过去，车牌{plate}，需要登记进村",
    "师傅开的{plate}，在[[place_only]]出口等你们",
    "我们两辆车：{plate}、{plate}，村口能停吗",
    "车牌号{plate} 麻烦帮忙报备下景区，不然进不了",
    "{plate}是我们的车，挡住别人了打我{mobile}",
    "停车场登记车牌：{plate}，停[[parking_spot]]",
    # --- lost items / mail back
    "老板，我充电器落在房间了，能帮我寄回来吗？到付，地址{address}，电话{mobile}",
    "寄到：{address}\n{mobile}\n谢谢老板🙏",
    "{address} {mobile} 收，顺丰到付",
    "您好，您的耳机我们打扫房间找到了，收件地址发我下，我们给您寄顺丰\n{address}，手机{mobile}，谢谢谢谢",
    "快递已寄出，单号[[tracking_no]]，寄到{address}的，注意查收",
    "地址：{address}\n收件电话：{mobile}\n家里有人，白天送就行",
    "我改下收件地址，寄{address}吧，公司那边没人",
    "帮我寄到我家 {address}，放门口就好",
    "{address}，{mobile}，身份证落在抽屉里了麻烦帮寄一下",
    # --- tour group chats
    "【入住名单】\n{mobile}\n{mobile}\n{mobile}\n共[[head_count]]",
    "导游电话{mobile}，有事找我，群里也可以@我",
    "各位团友，今晚住{address}，明早[[date_time]]集合，大巴车牌{plate}",
    "@导游 我手机号换了，新号{mobile}，旧的不用了",
    "团里身份证统一发我，我先来：{id_card}",
    "领队：{mobile}\n司机：{mobile}\n民宿前台：{landline}",
    "群公告：大巴车牌{plate}，集合点[[place_only]]，紧急联系{mobile}",
    # --- mixed / misc
    "我是订单[[order_no]]的客人，手机尾号[[tail_digits]]，原手机号{mobile}停机了",
    "老板好😊 我们[[head_count]]，[[date_time]]到，电话{mobile}，微信{wechat}",
    "好的收到，身份证{id_card}已登记，房间[[room_no]]，门锁密码[[door_code]]",
    "管家小妹的电话是{mobile}还是{mobile}？我记混了",
    "联系我：{mobile}（微信同号）\nQQ：{qq}",
    "客人投诉说找不到路，我把地址{address}和座机{landline}都发她了",
    "发票信息：邮箱{email}，电话{landline}，税号[[credit_code]]",
    "你好 我的邮箱{email} 麻烦把这几天的住宿明细发一下",
    "{wechat}这是我微信，加的时候备注订单号[[order_no]]",
    "我微信号是{wechat} 手机号{mobile}",
    "邮箱是{email}还是用QQ吧{qq}",
    "有事打这个{mobile}，这个号24小时开机",
    "电话 {landline}\n地址 {address}\n营业时间[[date_time]]-22:00",
    "这个卡号对吗{bank_card}？我转不过去，提示卡号有误",
    "房东qq：{qq}  微信：{wechat}",
    "旅拍的照片太大了微信发不了，加我QQ吧 {qq}，我传群文件",
    "老板我们是学生，没怎么用微信，QQ号{qq}，订房确认发这里可以吗",
    "客人的QQ是{qq}，邮箱{email}，让她去邮箱看确认单",
    "扣扣{qq} 在线 回复快",
    "我qq邮箱就是{email}，QQ号{qq}，两个都行",
)

NEAR_TEMPLATES = (
    "门锁密码是[[door_code]]，进门右手边开关，WiFi密码[[wifi_pwd]]",
    "订单号[[order_no]]，[[date_time]]入住，麻烦帮我看下订上了没",
    "押金[[price]]，退房检查没问题原路退回",
    "您的房间是[[room_no]]，密码[[door_code]]，早餐[[date_time]]-9:30",
    "WiFi：[[wifi_pwd]]",
    "快递单号[[tracking_no]]，已经寄出了哈",
    "退款已经原路退回，微信支付交易单号[[refund_txn]]，请注意查收",
    "明天坐[[train_flight]]，[[date_time]]到[[place_only]]",
    "我们航班[[train_flight]]晚点了，大概[[date_time]]才能到，麻烦给留个门",
    "平台客服电话[[hotline]]，打了半天没人接",
    "携程客服[[hotline]]说让我直接联系你们",
    "验证码[[verify_code]]是什么？我收到一条短信",
    "房费[[price]]已付，押金[[price]]现场交",
    "在[[place_only]]附近吗？离[[place_only]]多远",
    "这张卡号[[bad_card]]是不是输错了，系统提示无效",
    "身份证号[[bad_id]]系统说校验不过，您看看是不是哪位写错了",
    "入住人手机[[masked]]，是您本人吗",
    "平台显示的身份证是[[masked]]，核对下",
    "邮编[[postal_code]]，快递单上要填吗",
    "团号[[group_no]]，[[head_count]]，房间排好了吗",
    "手机尾号[[tail_digits]]的客人，您的行李寄存好了",
    "车停[[parking_spot]]，免费的",
    "发票号码[[invoice_no]]，已发到您邮箱了",
    "统一社会信用代码：[[credit_code]]，开专票用",
    "我们[[head_count]]，[[date_time]]-[[date_time]]，还有房吗？多少钱一晚",
    "山景房[[price]]一晚，湖景房[[price]]，周末加[[price]]",
    "[[date_time]]之前退房哈，延迟退房加收[[price]]",
    "包车去[[place_only]]一天[[price]]，师傅人很好",
    "订单[[order_no]]申请退款了，麻烦同意下🙏",
    "我在美团订的，订单号是[[order_no]]",
    "爱彼迎确认码[[order_no]]",
    "房间号[[room_no]]的热水器坏了，能来看一下吗",
    "[[room_no]]隔壁太吵了😭",
    "收到，密码锁[[door_code]]，我们[[date_time]]左右到",
    "宽带账号不用管，WiFi名字就是民宿名，密码[[wifi_pwd]]",
    "投诉打[[hotline]]，旅游热线",
    "顺丰单号[[tracking_no]]，明天应该能到",
    "中通[[tracking_no]]，显示在[[place_only]]中转",
    "高铁[[train_flight]]，[[date_time]]发车，来得及吗",
    "已转账[[price]]，交易单号[[refund_txn]]",
    "到[[place_only]]了，怎么过去",
    "接站[[price]]一趟，[[head_count]]一车",
    "刚才那个验证码[[verify_code]]不用管，是平台发的",
    "订单编号：[[order_no]]\n入住：[[date_time]]\n离店：[[date_time]]\n房型：洱海景观大床房\n金额：[[price]]",
    "老板，[[masked]]这个号是我，打不通是因为我在飞机上",
    "[[date_time]]的[[train_flight]]改签到[[train_flight]]了",
    "订单号[[order_no]]，手机尾号[[tail_digits]]，帮我开个发票",
    "银行卡号[[bad_card]]，户名我发你——哦不对，这个好像少了一位，我重新看下",
    "你好，我身份证号最后几位是[[tail_digits]]，登记的时候写错了吗",
    "今天[[head_count]]入住[[room_no]]和[[room_no]]",
    "门禁密码改了，新的是[[door_code]]，旧的[[door_code]]作废",
    "退房后押金[[price]]已退，退款单号[[refund_txn]]",
    "明天[[date_time]]古城有活动，[[place_only]]那边会封路",
    "物流单号：[[tracking_no]]",
    "我的快递[[tracking_no]]查不到信息",
    "门口停车场满了，可以停[[parking_spot]]",
    "发票已开，号码[[invoice_no]]，金额[[price]]",
    "这是我们营业执照上的代码[[credit_code]]，可以查",
    "[[group_no]]的团友们，明早[[date_time]]出发去[[place_only]]",
    "大家好，我是本团导游，团号[[group_no]]，住宿已安排好",
    "[[place_only]]到民宿打车[[price]]左右，别被宰了",
    "您好，早餐时间[[date_time]]到[[date_time]]，在一楼",
    "我的票是[[train_flight]]，到站[[date_time]]",
    "套餐价[[price]]含双早，续住[[price]]",
    "这个单号[[order_no]]是携程的还是飞猪的？",
    "[[hotline]]是你们的客服吗",
    "邮编是[[postal_code]]吗",
    "取件码[[verify_code]]，在村口驿站",
    "房间[[room_no]]，热水器开关在卫生间门后",
)

# --------------------------------------------------------------------------- building

_MARK = re.compile(r"\{(\w+)\}|\[\[(\w+)\]\]")


def _render(rng, tpl, forced=None):
    """forced = (kind, fmt_name): used for the first slot of that kind."""
    out, ents, fmts, nears, pos, last = [], [], [], [], 0, 0
    used_force = False
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(1):
            kind = m.group(1)
            table = FORMATS[kind]
            if forced and forced[0] == kind and not used_force:
                row = next(t for t in table if t[0] == forced[1])
                used_force = True
            else:
                row = rng.choices(table, weights=[t[2] for t in table])[0]
            pre, val, suf = row[1](rng)
            out.append(pre)
            pos += len(pre)
            ents.append((kind, pos, pos + len(val)))
            fmts.append(row[0])
            out.append(val + suf)
            pos += len(val) + len(suf)
        else:
            nk = m.group(2)
            val = NEAR[nk](rng)
            nears.append((nk, pos, pos + len(val)))
            out.append(val)
            pos += len(val)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _build(meta=None):
    rng = random.Random(SEED)
    pii_tpls = [t for t in PII_TEMPLATES if "{" in t]
    rows = []

    def add(tid, text, ents, fmts, nears):
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    for kind in KINDS:
        holders = [i for i, t in enumerate(pii_tpls) if "{" + kind + "}" in t]
        for name, *_ in FORMATS[kind]:
            for i in rng.sample(holders, FORCE_PER_FMT):
                add(f"P{i}", *_render(rng, pii_tpls[i], (kind, name)))
    while len(rows) < N_PII_ROWS:
        i = rng.randrange(len(pii_tpls))
        add(f"P{i}", *_render(rng, pii_tpls[i]))
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_TEMPLATES))
        add(f"N{i}", *_render(rng, NEAR_TEMPLATES[i]))
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[j] for j in order]
    if meta is not None:
        meta[:] = [meta[j] for j in order]
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind80_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_PLATE_RE = re.compile(r"^[云浙沪京粤川苏湘贵闽桂皖赣鲁渝陕][A-Z][· ]?(?:[DF]\d{5}|[A-Z0-9]{5})$", re.I)
_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "巷", "园", "城", "苑", "府", "天街", "小区")


def check_corpus(df):
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in _MOBILE_PREFIXES, v
                assert not text[e:e + 1].isdigit(), text
                assert not text[max(0, s - 1):s].isdigit() or text[:s].endswith(("+86", "0086")), text
            elif k == "landline":
                assert re.fullmatch(r"0\d{9,11}", n), v
                assert any(n.startswith(a) and len(n) == len(a) + L for a, L in _AREA_CODES), v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{5,10}", n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.+-]+@[a-z0-9-]+(\.[a-z]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w-]{5,24}", v), v
            elif k == "plate":
                assert _PLATE_RE.match(v), v
            elif k == "address":
                assert re.search(r"(号|号院|室|栋|单元|号楼|\d)$", v), v
                assert not re.match(r"[\d\s，,]", v), v
        for k, s, e in ns:
            assert k in NEAR, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
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
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind80_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FORMATS.items() for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Fifty-first blind PII corpus (``split == "blind51"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十六位写手")
that did NOT read the masking code under ``toolkit/privacy/`` (only the lines
of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``),
nor ``bench/``, ``docs/``, the README, git history, nor any other corpus or
test (only lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py``
for the layout and the entry-point names).  It never imported ``toolkit`` and
never ran any masking or finding function on this data.  Only the listing of
``../shared/datasets/`` was looked at; no phrase or value was copied from it.
Value shapes, chat contexts and labels come from the writer's own idea of
what travel-trade chats in mainland China look like.

What is different here: TRAVEL AGENCIES, HOTELS AND AIR TICKETS.  WeCom 1:1
and group chats between travel consultants / hotel front desks / ticket
agents and travellers: tour sign-ups collecting ID numbers for train and
flight tickets (often several travellers in one message, pasted as lists),
hotel bookings and invoices, flight changes and refunds to bank cards, visa
material to be mailed, airport pick-up addresses and drivers' plates, tour
group chats (集合时间, 导游电话), and older travellers typing numbers in
Chinese words, with spaces, or via voice input (幺 / 两).  Near-misses are
the numbers such chats are full of: e-ticket numbers, PNR codes, flight and
train numbers, seats, gates, hotel room and confirmation numbers, order and
group codes, prices, dates and times, airline / 12306 / 12308 hotlines,
masked values, Luhn-failing refund serials, ID-shaped policy numbers failing
the check digit, postal codes, Wi-Fi passwords, baggage tags, places alone
(a city, a scenic spot, a hotel name, a district without house number).

Seed
----
``SEED = "blind51-travel-第五十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced ``FORCE_PER_FMT`` times into distinct templates holding a marker of
its kind, then rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转8012``, ``-8012``, ``分机8012``) are outside;
  separators inside a value (spaces, dashes, dots, the parentheses around an
  area code) are inside.  An address runs from its first place unit
  (province / city / district / county / town / village / road / street /
  estate) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 /
  组 or a bare room number such as ``1502`` or ``3-2-1502``); a hotel or shop
  name after the house number is outside.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind51"``

Counts (``python tests/privacy/pii_blind51.py``)
-----------------------------------------------
rows=1540, pii_rows=850, near_rows=690, entities=1316 (mobile 405, id_card 174, address 164,
landline 122, email 102, plate 99, bank_card 97, qq 90, wechat 63); near-miss spans=1456 (1157 in
near-miss rows), 31 near-miss kinds (date_time 209, price 191, place_only 145, flight_no 78,
order_no 74, hotline 64, hotel_room 60, count 59, hotel_name 57, nights 48, car_model 43, ticket_no
39, seat 36, train_no 36, tail_digits 30, bad_id 27, masked 26, wifi_password 24, credit_code 24,
bad_card 24, group_code 22, url 20, verify_code 18, gate 18, invoice_no 17, pnr 15, confirm_no 15,
baggage_tag 11, amount_upper 10, weight 9, postal_code 7); formats=49 distinct, each used >= 5 times
in >= 6 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind51-travel-第五十六位写手"
SPLIT = "blind51"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 860
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers

_CN_DIG = "零一二三四五六七八九"
_VOICE_DIG = "洞幺两三四五六拐八九"


def _luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    out = []
    for ch in v:
        if ch in _CN_DIG:
            out.append(str(_CN_DIG.index(ch)))
        elif ch == "〇":
            out.append("0")
        elif ch in _VOICE_DIG:
            out.append(str(_VOICE_DIG.index(ch)))
        elif ch.isalnum():
            out.append(ch.upper() if ch.isascii() else ch)
    return "".join(out)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- value pools

_MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                  "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                  "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
                  "198", "199")


def _mobile_digits(r):
    return r.choice(_MOBILE_PREFIX) + _digits(r, 8)


def mob_plain(r, old=False):
    return _mobile_digits(r)


def mob_space344(r, old=False):
    d = _mobile_digits(r)
    return f"{d[:3]} {d[3:7]} {d[7:]}"


def mob_dash344(r, old=False):
    d = _mobile_digits(r)
    return f"{d[:3]}-{d[3:7]}-{d[7:]}"


def mob_fullwidth(r, old=False):
    return "".join(chr(ord(c) + 0xFEE0) for c in _mobile_digits(r))


def mob_cn_words(r, old=False):
    return "".join(_CN_DIG[int(c)] for c in _mobile_digits(r))


def mob_voice_words(r, old=False):
    d = _mobile_digits(r)
    m = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
    return "".join(m[c] for c in d)


def mob_space_434(r, old=False):
    d = _mobile_digits(r)
    return f"{d[:4]} {d[4:7]} {d[7:]}"


_ID_AREAS = ("110105", "110108", "310104", "310115", "330106", "330102", "320102", "320583", "440106",
             "440305", "420106", "510107", "370202", "610113", "430104", "350203", "120101", "210102",
             "500103", "410105", "340104", "130102", "530102", "360102", "220102", "230103", "450103",
             "140105", "330203", "321102", "371302", "412702", "511302", "622102", "460105", "652801")


def _id_body(r, young=False):
    area = r.choice(_ID_AREAS)
    y = r.randint(2008, 2018) if young else r.choice((r.randint(1942, 1965), r.randint(1958, 2004)))
    m = r.randint(1, 12)
    dmax = 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31)
    d = r.randint(1, dmax)
    return f"{area}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"


def _id_valid(r, want_x=None):
    while True:
        b = _id_body(r, young=r.random() < 0.12)
        c = _id_check(b)
        if want_x is None and c != "X":
            return b + c
        if want_x and c == "X":
            return b + c


def id_plain(r, old=False):
    return _id_valid(r)


def id_x_upper(r, old=False):
    return _id_valid(r, want_x=True)


def id_x_lower(r, old=False):
    return _id_valid(r, want_x=True)[:17] + "x"


def id_space_684(r, old=False):
    v = _id_valid(r)
    return f"{v[:6]} {v[6:14]} {v[14:]}"


def id_fullwidth(r, old=False):
    return "".join(chr(ord(c) + 0xFEE0) for c in _id_valid(r))


_BIN16 = ("622588", "621483", "622575", "622609", "622155", "625807", "622909", "621285")
_BIN19 = ("622202", "622848", "621700", "621661", "623058", "622262", "621226", "622700", "621799")
_BIN_VISA = ("436742", "427020", "438088", "404119")
_BIN_MC = ("518710", "520152", "524047", "552599")
_BIN_95 = ("9558", "95599")


def _card(r, prefix, length):
    body = prefix + _digits(r, length - len(prefix) - 1)
    return body + _luhn_digit(body)


def bc_up16(r, old=False):
    return _card(r, r.choice(_BIN16), 16)


def bc_up19(r, old=False):
    return _card(r, r.choice(_BIN19), 19)


def bc_space4444(r, old=False):
    c = _card(r, r.choice(_BIN16 + _BIN_VISA + _BIN_MC), 16)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def bc_space19(r, old=False):
    c = _card(r, r.choice(_BIN19), 19)
    return " ".join(c[i:i + 4] for i in range(0, 19, 4))


def bc_visa16(r, old=False):
    return _card(r, r.choice(_BIN_VISA), 16)


def bc_mc_dash(r, old=False):
    c = _card(r, r.choice(_BIN_MC), 16)
    return "-".join(c[i:i + 4] for i in range(0, 16, 4))


def bc_dom95(r, old=False):
    return _card(r, r.choice(_BIN_95), 19)


_AREA3 = ("010", "021", "020", "022", "023", "024", "025", "027", "028", "029")
_AREA4 = ("0571", "0574", "0591", "0592", "0731", "0871", "0898", "0891", "0931", "0991", "0532", "0755",
          "0756", "0773", "0872", "0888", "0744", "0559", "0514", "0512", "0537", "0851", "0431", "0451")


def _local(r, area):
    n = 8 if area in _AREA3 or area in ("0571", "0755", "0512", "0591", "0731", "0871", "0532", "0898", "0574", "0851", "0431", "0451") else 7
    if area in ("0888", "0891", "0872", "0744", "0559") and r.random() < 0.4:
        n = 8
    return r.choice("2345678" if len(area) == 3 else "35678") + _digits(r, n - 1)


def ll_dash(r, old=False):
    a = r.choice(_AREA3 + _AREA4)
    return f"{a}-{_local(r, a)}"


def ll_paren(r, old=False):
    a = r.choice(_AREA3 + _AREA4)
    return f"({a}){_local(r, a)}"


def ll_cnparen(r, old=False):
    a = r.choice(_AREA3 + _AREA4)
    return f"（{a}）{_local(r, a)}"


def ll_plain(r, old=False):
    a = r.choice(_AREA3 + _AREA4)
    return a + _local(r, a)


def ll_space(r, old=False):
    a = r.choice(_AREA3 + _AREA4)
    loc = _local(r, a)
    return f"{a} {loc[:4]} {loc[4:]}" if len(loc) == 8 else f"{a} {loc}"


def qq_digits9(r, old=False):
    return r.choice("123456789") + _digits(r, r.choice((7, 8)))


def qq_digits10(r, old=False):
    return r.choice("123") + _digits(r, 9)


def qq_short(r, old=False):
    return r.choice("123456789") + _digits(r, r.choice((4, 5, 6)))


_PY = ("xiaoyu", "lvxing", "sunny", "haitang", "qingcheng", "meimei", "laoli", "dafei", "yunduan", "tianya",
       "xiaomao", "chenchen", "huahua", "mingyue", "feifei", "jiangnan", "ayun", "lele", "tutu", "xixi",
       "wanli", "shanshui", "kaixin", "baobao", "youyou")
_PY2 = ("travel", "trip", "go", "happy", "love", "sky", "sea", "home", "jia", "ok", "fly")


def wx_wxid(r, old=False):
    return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))


def wx_pinyin_digits(r, old=False):
    return r.choice(_PY) + str(r.choice((r.randint(1960, 2005), r.randint(1, 999), r.randint(1000, 9999))))


def wx_underscore(r, old=False):
    return f"{r.choice(_PY)}_{r.choice(_PY2)}{r.randint(1, 99)}"


def wx_mixed_dash(r, old=False):
    a = r.choice(_PY)
    return f"{a[0].upper()}{a[1:]}-{r.choice(_PY2).capitalize()}{r.randint(10, 999)}"


def wx_upper_short(r, old=False):
    return r.choice("ABCDEFGHJKLMNPQRSTWXYZ") + r.choice("ABCDEFGHJKLMNPQRSTWXYZ") + _digits(r, r.choice((6, 7, 8)))


def em_qq_numeric(r, old=False):
    return qq_digits9(r) + r.choice(("@qq.com", "@qq.com", "@QQ.com", "@foxmail.com"))


def em_netease(r, old=False):
    return f"{r.choice(_PY)}{r.choice(('', '_', '.'))}{r.randint(1, 9999)}@{r.choice(('163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn'))}"


def em_corp(r, old=False):
    dept = r.choice(("visa", "sales", "op", "booking", "fo", "kefu", "finance", "group"))
    dom = r.choice(("hzjinglv.com", "sh-yuntu.cn", "cdxinglv.com.cn", "xmhaiyue-hotel.com", "gz-tianyou.com",
                    "bjhuaxia-travel.cn", "sanya-lanwan.com"))
    return f"{dept}{r.choice(('', '01', '02', '.' + r.choice(_PY)))}@{dom}"


def em_intl(r, old=False):
    return f"{r.choice(_PY)}.{r.choice(_PY2)}{r.randint(1, 99)}@{r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'))}"


def em_fullwidth_at(r, old=False):
    return f"{r.choice(_PY)}{r.randint(10, 999)}＠{r.choice(('163.com', '126.com', 'qq.com'))}"


_PROV_ABBR = ("京", "沪", "浙", "苏", "粤", "川", "渝", "鄂", "湘", "闽", "鲁", "陕", "云", "琼", "桂", "贵",
              "皖", "赣", "豫", "冀", "津", "辽", "吉", "黑", "甘", "新", "藏")
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"


def _plate_tail(r):
    t = [r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)]
    if sum(c.isalpha() for c in t) > 2:
        t = [r.choice("0123456789") for _ in range(5)]
    return "".join(t)


def pl_blue7(r, old=False):
    return r.choice(_PROV_ABBR) + r.choice(_PLATE_L[:8]) + _plate_tail(r)


def pl_dot7(r, old=False):
    return r.choice(_PROV_ABBR) + r.choice(_PLATE_L[:8]) + "·" + _plate_tail(r)


def pl_space7(r, old=False):
    return r.choice(_PROV_ABBR) + r.choice(_PLATE_L[:8]) + " " + _plate_tail(r)


def pl_ne8(r, old=False):
    return r.choice(_PROV_ABBR) + r.choice(_PLATE_L[:8]) + r.choice("DF") + _digits(r, 5)


def pl_lower7(r, old=False):
    return r.choice(_PROV_ABBR) + r.choice("abcdefgh") + _digits(r, 5)


# address: (province, city, districts, roads, estates, towers)
_GEO = (
    ("", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区"), ("朝阳北路", "学院路", "东四十条", "南三环西路"),
     ("望京花园", "远洋山水", "芍药居北里", "首开华润城"), ("国贸写字楼", "中关村大厦")),
    ("", "上海市", ("徐汇区", "浦东新区", "闵行区", "静安区"), ("漕溪北路", "张杨路", "七莘路", "南京西路"),
     ("康健新村", "世纪公园小区", "梅陇三村", "锦绣华庭"), ("东方大厦", "恒隆广场")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "萧山区", "余杭区"), ("文三路", "莫干山路", "北山街", "市心南路"),
     ("翠苑一区", "大关苑", "金色钱塘", "良渚文化村"), ("华星时代广场", "浙商大厦")),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "双流区"), ("人民南路四段", "春熙路", "宽窄巷子东路", "航空港大道"),
     ("玉林小区", "棕北小区", "蓝光花满庭", "锦江城市花园"), ("天府大厦", "航空港商务楼")),
    ("海南省", "三亚市", ("吉阳区", "天涯区", "海棠区"), ("迎宾路", "解放路", "海棠北路", "三亚湾路"),
     ("凤凰水城", "山海天花园", "椰林滩小区"), ("金中海大厦", "三亚国际广场")),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), ("青年路", "北京路", "春城路"),
     ("金碧苑", "世纪城", "螺蛳湾小区"), ("昆明百货大楼", "顺城大厦")),
    ("广东省", "广州市", ("天河区", "越秀区", "白云区", "番禺区"), ("天河北路", "中山五路", "机场路", "市桥大北路"),
     ("天河南小区", "丽江花园", "华南碧桂园"), ("中信广场", "白云国际会议中心")),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区"), ("中南路", "珞喻路", "解放大道"),
     ("南湖花园", "东湖村小区", "复地东湖国际"), ("武汉国际广场", "中商广场")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区"), ("小寨东路", "长安北路", "凤城八路"),
     ("曲江池小区", "大雁塔西苑", "紫薇田园都市"), ("赛格国际", "国贸大厦")),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("中山路", "环岛路", "湖滨南路"),
     ("莲花新村", "金尚小区", "瑞景新村"), ("世贸商城", "建设大厦")),
    ("江苏省", "南京市", ("玄武区", "鼓楼区", "秦淮区"), ("中山路", "北京东路", "应天大街"),
     ("锁金村", "龙江小区", "颐和南园"), ("新世纪广场", "金陵饭店大楼")),
)
_RURAL = (
    ("山东省", "临沂市", "沂南县", "界湖镇", "东岭村"), ("河南省", "周口市", "淮阳县", "城关镇", "李庄村"),
    ("四川省", "南充市", "阆中市", "七里街道", "白果村"), ("安徽省", "黄山市", "黟县", "宏村镇", "卢村"),
    ("浙江省", "湖州市", "安吉县", "天荒坪镇", "大溪村"), ("湖南省", "张家界市", "慈利县", "零阳镇", "城北村"),
    ("江西省", "上饶市", "婺源县", "江湾镇", "汪口村"), ("云南省", "大理白族自治州", "大理市", "喜洲镇", "周城村"),
)


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def ad_prov_full(r, old=False):
    p, c, ds, rs, es, _ = r.choice(_GEO)
    return f"{p}{c}{r.choice(ds)}{r.choice(rs)}{r.randint(1, 999)}号{r.choice(es)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室"


def ad_city_road_no(r, old=False):
    p, c, ds, rs, es, _ = r.choice(_GEO)
    return f"{c}{r.choice(ds)}{r.choice(rs)}{r.randint(1, 999)}号"


def ad_district_estate(r, old=False):
    p, c, ds, rs, es, _ = r.choice(_GEO)
    return f"{r.choice(ds)}{r.choice(es)}{r.randint(1, 30)}{r.choice(('栋', '幢', '号楼'))}{r.randint(1, 4)}单元{_room(r)}"


def ad_estate_dash(r, old=False):
    p, c, ds, rs, es, _ = r.choice(_GEO)
    return f"{r.choice(es)}{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}"


def ad_county_village(r, old=False):
    p, c, cty, town, vil = r.choice(_RURAL)
    pre = r.choice((f"{p}{c}", c, ""))
    return f"{pre}{cty}{town}{vil}{r.randint(1, 12)}组{r.randint(1, 88)}号"


def ad_road_floor(r, old=False):
    p, c, ds, rs, es, ts = r.choice(_GEO)
    return f"{c}{r.choice(ds)}{r.choice(rs)}{r.randint(1, 500)}号{r.choice(ts)}{r.randint(2, 38)}层"


def ad_road_bldg_room(r, old=False):
    p, c, ds, rs, es, _ = r.choice(_GEO)
    return f"{r.choice(ds)}{r.choice(rs)}{r.randint(1, 500)}号{r.randint(1, 20)}号楼{r.randint(1, 6)}0{r.randint(1, 9)}室"


# kind -> [(format, func, weight, old_only)]
FORMATS = {
    "mobile": [("plain_11", mob_plain, 10, False), ("space_344", mob_space344, 4, False),
               ("dash_344", mob_dash344, 2, False), ("fullwidth_11", mob_fullwidth, 1, False),
               ("cn_words", mob_cn_words, 2, True), ("voice_words", mob_voice_words, 1, True),
               ("space_434", mob_space_434, 1, False)],
    "id_card": [("plain_18", id_plain, 10, False), ("check_x_upper", id_x_upper, 2, False),
                ("check_x_lower", id_x_lower, 1, False), ("space_684", id_space_684, 2, False),
                ("fullwidth_18", id_fullwidth, 1, False)],
    "bank_card": [("unionpay_16", bc_up16, 4, False), ("unionpay_19", bc_up19, 5, False),
                  ("space_4444", bc_space4444, 3, False), ("space_4_19", bc_space19, 3, False),
                  ("visa_16", bc_visa16, 1, False), ("mastercard_dash", bc_mc_dash, 1, False),
                  ("domestic_95_19", bc_dom95, 1, False)],
    "landline": [("area_dash", ll_dash, 8, False), ("area_paren", ll_paren, 2, False),
                 ("area_cnparen", ll_cnparen, 1, False), ("area_plain", ll_plain, 2, False),
                 ("area_space", ll_space, 1, False)],
    "qq": [("digits_8_9", qq_digits9, 5, False), ("digits_10", qq_digits10, 3, False),
           ("digits_5_7", qq_short, 1, False)],
    "wechat": [("wxid", wx_wxid, 3, False), ("pinyin_digits", wx_pinyin_digits, 4, False),
               ("pinyin_underscore", wx_underscore, 2, False), ("mixed_case_dash", wx_mixed_dash, 1, False),
               ("letters_digits", wx_upper_short, 1, False)],
    "email": [("qq_numeric", em_qq_numeric, 4, False), ("pinyin_netease", em_netease, 3, False),
              ("corp_domain", em_corp, 3, False), ("intl_dotted", em_intl, 2, False),
              ("fullwidth_at", em_fullwidth_at, 1, False)],
    "plate": [("blue_7", pl_blue7, 6, False), ("dot_7", pl_dot7, 2, False), ("space_7", pl_space7, 1, False),
              ("new_energy_8", pl_ne8, 3, False), ("lowercase_7", pl_lower7, 1, False)],
    "address": [("prov_full", ad_prov_full, 3, False), ("city_road_no", ad_city_road_no, 4, False),
                ("district_estate", ad_district_estate, 3, False), ("estate_dash_room", ad_estate_dash, 2, False),
                ("county_village", ad_county_village, 2, False), ("road_floor", ad_road_floor, 2, False),
                ("road_bldg_room", ad_road_bldg_room, 2, False)],
}
_MARK = {"M": "mobile", "ID": "id_card", "BC": "bank_card", "LL": "landline", "QQ": "qq", "WX": "wechat",
         "EM": "email", "PL": "plate", "AD": "address"}

# --------------------------------------------------------------------------- near-miss generators

_AIR3 = ("781", "999", "784", "880", "479", "324", "876", "731")
_FLT = ("MU", "CA", "CZ", "HU", "3U", "ZH", "9C", "MF", "SC", "HO", "FM", "GS")


def nm_ticket_no(r):
    a = r.choice(_AIR3)
    b = _digits(r, 10)
    return r.choice((f"{a}-{b}", f"{a}{b}", f"{a}-{b[:4]}-{b[4:]}"))


def nm_pnr(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def nm_flight(r):
    return r.choice(_FLT) + str(r.randint(101, 9899))


def nm_train(r):
    return r.choice("GGGDDKZT") + str(r.randint(1, 2999))


def nm_seat(r):
    return r.choice((f"{r.randint(1, 16):02d}车{r.randint(1, 18):02d}{r.choice('ABCDF')}号",
                     f"{r.randint(3, 58)}{r.choice('ABCDEFJKL')}", f"{r.randint(1, 16)}车厢{r.randint(1, 110)}号"))


def nm_gate(r):
    return r.choice("ABCDEF") + str(r.randint(1, 68))


def nm_hotel_room(r):
    return str(r.randint(2, 28)) + f"{r.randint(1, 40):02d}"


def nm_confirm_no(r):
    return r.choice("23456789") + _digits(r, r.choice((7, 8, 9)))


def nm_order_no(r):
    while True:
        v = r.choice((
            "2" + _digits(r, 12), "3" + _digits(r, 11), f"DD{r.randint(2023, 2025)}{r.randint(1, 12):02d}{_digits(r, 6)}",
            "HT" + _digits(r, 10), "4" + _digits(r, 15), "1" + _digits(r, 17)))
        n = _norm(v)
        if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
            continue
        if n.isdigit() and len(n) == 11 and n[0] == "1":
            continue
        if len(n) == 18 and _id_ok(n):
            continue
        return v


def nm_group_code(r):
    return f"{r.choice(('HZ', 'SH', 'CD', 'BJ', 'GZ', 'XA'))}{r.randint(24, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice(('YN', 'HN', 'XJ', 'JP', 'TH', 'XZ', 'GL'))}{r.randint(1, 9):02d}"


def nm_price(r):
    x = r.choice((r.randint(3, 98), r.randint(10, 99) * 10, r.randint(100, 999) * 10, r.randint(10, 50) * 100)) \
        + r.choice((0, 0, 0, 8, 9))
    return r.choice((f"{x}元", f"¥{x}", f"{x:,}元", f"{x}/人", f"{x}块", f"￥{x}.00"))


def nm_date_time(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(5, 23), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    return r.choice((f"{m}月{d}日", f"{m}月{d}号", f"2024-{m:02d}-{d:02d}", f"{h}:{mi:02d}",
                     f"{m}.{d}", f"{m}月{d}号{h}点{mi:02d}", f"2025年{m}月{d}日", f"{h:02d}:{mi:02d}"))


def nm_hotline(r):
    return r.choice(("95530", "95539", "95583", "95339", "12306", "12308", "95338", "95555", "95588",
                     f"400-{r.randint(600, 899)}-{_digits(r, 4)}", f"400{r.randint(600, 899)}{_digits(r, 4)}",
                     f"800-{r.randint(810, 999)}-{_digits(r, 4)}", "12345", "12301", "96777"))


def nm_masked(r):
    d = _mobile_digits(r)
    return r.choice((f"{d[:3]}****{d[7:]}", f"{r.choice(_ID_AREAS)[:4]}**********{_digits(r, 3)}{r.choice('0123456789X')}",
                     f"{r.choice(_BIN19)[:4]} **** **** {_digits(r, 4)}", f"{d[:3]}****{d[7:]}",
                     f"{r.choice(_ID_AREAS)[:6]}********{_digits(r, 4)}", f"6222****{_digits(r, 4)}"))


def nm_tail_digits(r):
    return _digits(r, 3) + r.choice("0123456789X") if r.random() < 0.3 else _digits(r, 4)


def nm_bad_card(r):
    while True:
        v = r.choice(("4200" + _digits(r, 24)[:15], r.choice(_BIN19) + _digits(r, 13), r.choice(_BIN16) + _digits(r, 10)))
        if not _luhn_ok(v) and not (len(v) == 18 and _id_ok(v)):
            return v


def nm_bad_id(r):
    while True:
        b = _id_body(r)
        c = r.choice("0123456789")
        if _id_check(b) != c and not _luhn_ok(b + c):
            return b + c


def nm_postal(r):
    return r.choice(("310000", "100020", "200030", "572000", "650000", "610041", "510620", "361000", "710061",
                     "430070", "210008", "276300", "245500"))


def nm_verify(r):
    return _digits(r, r.choice((4, 6)))


def nm_baggage(r):
    return r.choice((f"{r.choice(_FLT)}{_digits(r, 6)}", f"0{r.choice(_AIR3)}{_digits(r, 6)}"))


def nm_wifi(r):
    return r.choice((_digits(r, 8), "88888888", "12345678", f"{r.choice(_PY)}{r.randint(100, 999)}"))


def nm_invoice(r):
    return r.choice((_digits(r, 8), "2" + _digits(r, 19), "0" + _digits(r, 11)))


def nm_credit_code(r):
    return "91" + r.choice(("330106", "310104", "110105", "460200", "510107")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def nm_place_only(r):
    p, c, ds, rs, es, ts = r.choice(_GEO)
    return r.choice((c, f"{c}{r.choice(ds)}", r.choice(ds), f"{r.choice(rs)}附近", r.choice(("西湖", "天涯海角",
                     "玉龙雪山", "洱海", "布达拉宫", "兵马俑", "鼓浪屿", "黄山风景区", "宏村", "张家界国家森林公园",
                     "亚龙湾", "外滩", "九寨沟", "双流机场T2", "萧山机场T4", "浦东机场T2", "白云机场T3",
                     "大兴机场", "虹桥火车站", "成都东站", "杭州东站", "三亚凤凰机场"))))


def nm_hotel_name(r):
    return r.choice(("全季酒店(西湖断桥店)", "亚朵酒店", "如家精选(春熙路店)", "三亚亚龙湾万豪度假酒店", "汉庭酒店",
                     "桔子水晶", "维也纳酒店(机场店)", "锦江之星", "大理古城花间堂", "黄山北海宾馆", "希尔顿欢朋",
                     "丽江古城客栈"))


def nm_car_model(r):
    return r.choice(("别克GL8", "考斯特", "宇通大巴", "丰田埃尔法", "金龙中巴", "奥德赛", "大众途安", "49座大巴",
                     "比亚迪宋", "特斯拉Model Y"))


def nm_amount_upper(r):
    return r.choice(("贰仟叁佰捌拾元整", "壹万贰仟元整", "伍仟陆佰元整", "捌佰捌拾捌元整", "叁仟玖佰玖拾元整"))


def nm_url(r):
    return r.choice(("www.12306.cn", "https://cs.mfa.gov.cn", "m.ctrip.com", "visa.vfsglobal.com", "www.fliggy.com",
                     "https://www.ceair.com", "https://m.csair.com"))


def nm_count(r):
    return r.choice((f"{r.randint(2, 45)}人", f"{r.randint(1, 12)}间", f"{r.randint(2, 6)}大{r.randint(1, 2)}小",
                     f"{r.randint(2, 8)}位"))


def nm_nights(r):
    n = r.randint(2, 12)
    return r.choice((f"{n}晚", f"{n + 1}天{n}晚", f"{n + 1}日游"))


def nm_weight(r):
    return r.choice((f"{r.randint(2, 15)}公斤", f"{r.randint(3, 12)}kg", f"{r.randint(21, 35)}KG"))


NEAR = {
    "ticket_no": nm_ticket_no, "pnr": nm_pnr, "flight_no": nm_flight, "train_no": nm_train, "seat": nm_seat,
    "gate": nm_gate, "hotel_room": nm_hotel_room, "confirm_no": nm_confirm_no, "order_no": nm_order_no,
    "group_code": nm_group_code, "price": nm_price, "date_time": nm_date_time, "hotline": nm_hotline,
    "masked": nm_masked, "tail_digits": nm_tail_digits, "bad_card": nm_bad_card, "bad_id": nm_bad_id,
    "postal_code": nm_postal, "verify_code": nm_verify, "baggage_tag": nm_baggage, "wifi_password": nm_wifi,
    "invoice_no": nm_invoice, "credit_code": nm_credit_code, "place_only": nm_place_only,
    "hotel_name": nm_hotel_name, "car_model": nm_car_model, "amount_upper": nm_amount_upper, "url": nm_url,
    "count": nm_count, "nights": nm_nights, "weight": nm_weight,
}

_FILL = {
    "ext": lambda r: str(r.choice((r.randint(800, 8999), r.randint(6000, 6999), r.randint(100, 999)))),
    "emo": lambda r: r.choice(("", "", "", "🙏", "😊", "👌", "[抱拳]", "[微笑]", "✈️", "🌴", "[OK]", "～")),
}

# --------------------------------------------------------------------------- templates
# PII markers: {M} {ID} {BC} {LL} {QQ} {WX} {EM} {PL} {AD}; near-miss markers: {<near kind>};
# fillers (unlabelled): {ext} {emo}.  A leading "老|" marks an older traveller's message.

PII_TEMPLATES = (
    # --- tour sign-up, ID numbers for tickets
    "您好，报名{place_only}{nights}的团，身份证号{ID}，手机{M}",
    "身份证：{ID}\n电话：{M}\n{date_time}出发那个团{emo}",
    "我们两个人报名，\n1. {ID}\n2. {ID}\n联系电话{M}",
    "老|小刘 我身份证号码是{ID} 我老伴的是{ID} 你帮我们订{date_time}的火车票",
    "老|身份证{ID}电话{M}报名{place_only}的团",
    "麻烦把身份证号发我一下，出票要用的{emo}——好的 {ID}",
    "{ID} 这是我妈的，她不会用微信，有事打我电话{M}",
    "孩子的身份证号{ID}，是儿童票吗？",
    "补一下我爱人的证件号码：{ID}",
    "订{flight_no}，乘机人证件号{ID}，联系手机{M}，出票后短信通知就行",
    "团友信息：\n身份证 {ID}\n手机 {M}\n紧急联系人电话 {M}",
    "@导游 我是{seat}那个，身份证号{ID}，刚才登记漏了",
    "身份证号是{ID}吗？我看看……对的，手机号{M}",
    "{ID}\n{M}\n上面是我的，下面是我老公的\n{ID}\n{M}",
    "老|我身份证号码{ID}手机号码{M}谢谢你啊姑娘",
    "请核对乘机人信息：证件号 {ID} 航班 {flight_no} {date_time}，没问题回复确认",
    "火车票帮我抢{train_no}的，身份证号{ID}，12306账号手机{M}",
    "证件号码{ID}（儿童），随行家长手机{M}",
    # --- hotel booking / front desk
    "您好，这边是{hotel_name}前台，您预订的房间已确认（{count}），入住登记需要身份证号：{ID}",
    "前台电话{LL}，有事随时打，房间内线拨{hotel_room}就行",
    "酒店地址：{AD}，到了给前台打电话{LL}转{ext}",
    "我们酒店在{AD}{hotel_name}，从{place_only}打车大概20分钟",
    "入住人手机{M}，预计{date_time}到店，麻烦留一间安静点的房",
    "酒店总机{LL}，分机{ext}是礼宾部",
    "您好，开发票的抬头发一下，发票寄到{AD}，收票手机{M}",
    "电子发票发到这个邮箱{EM}，谢谢",
    "发票开好了吗？邮箱是{EM}{emo}",
    "前台座机：{LL}-{ext}（24小时）",
    "{nights}房费{price}已经收到，押金原路退回到尾号{tail_digits}的卡",
    "您好我是{hotel_name}的销售，我的微信{WX}，电话{M}，以后订房直接找我",
    "停车需要登记车牌，请发一下车牌号～ {PL}",
    "车牌{PL}，自驾过去的，酒店有停车位吗",
    "我们开车到，车牌号是{PL}，大概{date_time}到",
    "老|我们住{hotel_room}房 空调坏了 你们前台电话多少 我打{LL}打不通",
    "{LL}这个是酒店的电话吗？我打了好几次没人接",
    # --- flight change / refund to card
    "机票退款退到这张卡：{BC}，开户行工商银行",
    "退款账户：{BC}\n户名同乘机人\n手机号{M}",
    "您好，改签手续费{price}，差价退回您尾号{tail_digits}的卡里，如需退到其他卡请发卡号",
    "换一张卡吧，原来那张注销了，新卡号{BC}",
    "老|卡号{BC}农业银行的 退钱就退这里",
    "{BC} 建行的，麻烦尽快退",
    "银行卡号：{BC}（招行）\n预留手机：{M}",
    "订单{order_no}退款，请退到{BC}，谢谢",
    "信用卡付的尾款，卡号{BC}，能不能分期",
    "这个是我的卡{BC}，你看对不对，我照着卡抄的",
    "老|我把卡号发给你 {BC} 是不是这个 我眼神不好",
    "航班{flight_no}取消了，麻烦帮我改到明天，手机{M}有短信通知我",
    "改签后的行程单寄到{AD}，电话{M}",
    "票号{ticket_no}，联系电话{M}，帮我查下能不能退",
    "退票的钱几天到？卡是{BC}",
    # --- visa
    "签证材料用顺丰寄到我们公司：{AD}，收件电话{M}",
    "签证材料清单发你邮箱了，注意查收：{EM}",
    "您的邮箱是{EM}吗？资料表格已经发过去了",
    "在职证明上公司电话写{LL}就可以，领馆可能会抽查",
    "单位座机{LL}，工作时间有人接",
    "户口本地址写的是{AD}，现住址一样",
    "现居住地址：{AD}\n联系电话：{M}\n邮箱：{EM}",
    "老|签证的事情你发到我女儿邮箱{EM} 我不会弄",
    "护照办下来寄到这个地址{AD}，电话{M}{emo}",
    "家庭地址{AD}，家里座机{LL}",
    "紧急联系人：我儿子 {M}，家里电话{LL}",
    # --- pick-up / transfer
    "接机地址：{place_only}，送到{AD}，{count}，航班{flight_no}",
    "司机师傅电话{M}，车牌{PL}，白色{car_model}，在{place_only}出口等您",
    "明天接站的车{PL}，师傅手机{M}，{date_time}在酒店门口集合",
    "上车地点{AD}门口，{date_time}准时出发",
    "我家住{AD}，接送能到小区门口吗",
    "送机：{AD} → {place_only}，{date_time}出发",
    "老|我住在{AD} 早上几点来接啊",
    "老|我家地址{AD}你记一下 电话{M}",
    "接您的车牌号{PL}，{car_model}，司机电话{M}",
    "大巴车牌 {PL}，大家上车前认准车牌哈",
    "师傅说堵车了，车牌是{PL}，手机{M}，您直接联系他",
    "地址发错了，是{AD}，不是刚才那个",
    "收件地址：{AD}\n收件人电话：{M}",
    # --- group chats of a tour
    "各位团友好，我是本团导游，电话{M}，微信同号，有事随时找我{emo}",
    "明天{date_time}酒店大堂集合，迟到请联系导游{M}，大巴车牌{PL}",
    "领队电话：{M}\n地接社紧急电话：{LL}\n大巴车牌：{PL}",
    "加一下我微信{WX}，我拉大家进群",
    "微信号{WX}，加的时候备注团号{group_code}",
    "我微信是{WX}，照片都发群里了",
    "老|我没有微信 你加我QQ{QQ}",
    "照片太大了，发我QQ邮箱吧 {EM}",
    "我QQ {QQ}，微信{WX}，哪个都行",
    "QQ：{QQ}（不常用），有事打电话{M}",
    "老|我的扣扣号是{QQ}",
    "不方便加微信的加我QQ{QQ}，群里照片我会上传到QQ相册",
    "视频我传到网盘了，链接发你邮箱{EM}",
    "@所有人 {date_time}集合，导游手机{M}，走丢了别慌，打这个电话",
    "我是{seat}座的那个阿姨的女儿，我妈电话{M}，麻烦多照顾",
    "{M}这个是我爸的手机，他一直不接，能帮忙看一下吗",
    "我老公手机没电了，有事打我的{M}",
    # --- consultants
    "您好我是{place_only}门店的旅游顾问，这是我的企业微信，也可以加我个人微信{WX}",
    "名片：\n旅游顾问\n手机：{M}\n座机：{LL}\n邮箱：{EM}\n地址：{AD}",
    "门店地址{AD}，电话{LL}，周一到周日9点到21点",
    "报价单发您邮箱了{EM}，{count}{nights}，总价{price}",
    "合同寄到{AD}，签好寄回来，电话{M}",
    "您方便的话留个座机，我们回访用——{LL}",
    "手机号{M}，微信{WX}，邮箱{EM}",
    "我手机是{M}，QQ是{QQ}",
    "好的，收到，稍后打您电话{M}",
    "我换号了，新号码{M}，旧的那个不用了",
    "老|我电话{M}我电话{M} 打这个",
    "老|你好小姑娘我想问一下去{place_only}的团 我电话号码是{M} 你打给我",
    "老|我们老两口想报团 电话{M} 身份证{ID}",
    "+86 {M}，我在国外，短信收不到的话发邮件{EM}",
    "国际漫游开了，手机+86{M}，或者打酒店电话{LL}",
    "0086-{M} 是我的号码，微信{WX}",
    "手机 {M} / 邮箱 {EM} / 微信 {WX}",
    "付款用的卡{BC}，身份证{ID}，预留手机{M}",
    "发票抬头：xx科技有限公司\n税号：{credit_code}\n地址：{AD}\n电话：{LL}",
    "开票信息 税号{credit_code} 电话{LL} 开户行账号{BC}",
    "寄到{AD}就行，快递单号发我",
    "收件人：本人\n电话：{M}\n地址：{AD}{emo}",
    "我的邮箱{EM}，行程单发我一份",
    "{EM} 这个是我的邮箱，确认单发这里",
    "您好，我是{hotel_name}的前台，您的车{PL}挡住通道了，麻烦挪一下",
    "车牌号{PL}，已登记，停车免费",
    "{PL}是我们的车，今晚停地下车库",
    "小区地址：{AD}，到了打{M}",
    "机场大巴不方便，麻烦派车到{AD}接我们",
    "群里照片太多了，原图打包发我QQ吧，{QQ}",
    "老|我孙子帮我弄的扣扣 号码{QQ} 你加一下",
    "{QQ}是我QQ，签证表格电子版传过来就行",
    "电子合同发到QQ邮箱{EM}，或者直接QQ传我，QQ号{QQ}",
    "我们单位不让用微信，工作时间找我QQ：{QQ}",
    "老|QQ号{QQ}电话{M}有事找我",
    "企鹅号 {QQ}，晚上在线",
    "团里的阿姨不会微信的，可以加导游QQ {QQ}，我统一发照片",
)
NEAR_TEMPLATES = (
    "您好，订单号{order_no}已出票，票号{ticket_no}，请核对",
    "PNR：{pnr}，航班{flight_no}，{date_time}起飞",
    "航班{flight_no}延误了，预计{date_time}起飞，登机口改到{gate}",
    "您的座位是{seat}，登机口{gate}，请提前两小时到",
    "火车票已出：{train_no}次，{date_time}，{seat}",
    "票价{price}，机建燃油{price}，合计{price}",
    "团费{price}，单房差{price}，{nights}",
    "房间号{hotel_room}，wifi密码{wifi_password}",
    "您的预订确认号：{confirm_no}，入住日期{date_time}",
    "客房{hotel_room}已续住{nights}，补差价{price}",
    "客服电话{hotline}，也可以自己打电话问",
    "有问题打{hotline}，我们24小时客服",
    "出境的朋友记一下，紧急情况打{hotline}",
    "12306退票要扣手续费的，打{hotline}问一下",
    "行李牌号{baggage_tag}，行李丢了拿这个去查",
    "团号{group_code}，{date_time}出发，{nights}，{count}",
    "您的手机号{masked}是吗？验证码{verify_code}请勿泄露",
    "身份证号{masked}，已登记",
    "退款已原路退回尾号{tail_digits}的银行卡，3-5个工作日内到账",
    "退款流水号{bad_card}，银行那边查得到",
    "交易单号{bad_card}，金额{price}",
    "保单号{bad_id}，旅游意外险已生效",
    "保险单号：{bad_id}\n保额：{price}\n保障期：{date_time}-{date_time}",
    "发票号码{invoice_no}，金额{price}",
    "税号{credit_code}，开专票需要",
    "邮编{postal_code}，别漏了",
    "我们到{place_only}了，大家跟紧",
    "{place_only}到{place_only}坐车大概两个小时",
    "住的是{hotel_name}，离{place_only}很近",
    "{hotel_name}今晚满房了，换到{hotel_name}可以吗",
    "接机的是{car_model}，{count}坐得下",
    "合计{amount_upper}，收据已开",
    "官网{url}可以查签证进度",
    "预约网址{url}，自己填表",
    "验证码{verify_code}，五分钟内有效",
    "取票号{order_no}，到自助机上取",
    "改签成功：{flight_no} {date_time}，差价{price}",
    "老|几点集合啊 是不是{date_time} 在{place_only}",
    "老|房间{hotel_room}热水没有 能不能换一间",
    "老|我们{count} 一共多少钱 {price}是吧",
    "{date_time}的{train_no}还有票吗？",
    "{flight_no}今天取消了吗？我在{place_only}等了好久",
    "订单{order_no}的发票什么时候开？",
    "确认号{confirm_no}，到前台报这个号就行",
    "行程单号{invoice_no}，报销用",
    "卡尾号{tail_digits}，是这张",
    "手机尾号{tail_digits}的客人请到前台",
    "电话{masked}的客人，您的行李在前台",
    "{count}，{nights}，早餐{date_time}-{date_time}，在二楼",
    "退房时间{date_time}，延迟退房加{price}",
    "门票{price}一张，老人半价，凭身份证",
    "@所有人 明天{date_time}叫早，{date_time}早餐，{date_time}出发",
    "签证费{price}，一般5个工作日出签",
    "航班号{flight_no}，票号{ticket_no}，PNR {pnr}",
    "订单号：{order_no}\n金额：{price}\n状态：已支付",
    "客服热线{hotline}转人工",
    "在{place_only}集合，认准{car_model}",
    "房号{hotel_room}和{hotel_room}是连通房",
    "押金{price}，退房时退",
    "行李超重{weight}，收费{price}",
    "会员积分可以抵{price}，要用吗",
    "{date_time}起飞，{date_time}到{place_only}",
    "团号：{group_code}\n导游会提前一天联系大家",
    "出票了，电子客票号{ticket_no}，{flight_no}",
    "订单{order_no}退款申请已提交，7个工作日内审核",
    "支付流水{bad_card}，已退款{price}",
    "邮寄的签证材料到了，运单号{order_no}",
    "打{hotline}投诉有用吗",
    "身份证{masked}，护照已收",
    "{hotel_name}，{place_only}，含早",
    "wifi：{wifi_password}",
    "我坐{seat}，你们在哪",
    "到{place_only}的{train_no}晚点了",
    "保险{bad_id}理赔要什么材料",
)
_TOK = re.compile(r"\{([A-Za-z_]+)\}")


def _pick_fmt(r: random.Random, kind: str, old: bool):
    tab = [t for t in FORMATS[kind] if old or not t[3]]
    x = r.uniform(0, sum(t[2] for t in tab))
    for t in tab:
        x -= t[2]
        if x <= 0:
            return t
    return tab[-1]


def _render(r: random.Random, tpl: str, forced: tuple | None = None):
    old = tpl.startswith("老|")
    body = tpl[2:] if old else tpl
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    used_forced = False
    cur = 0
    for m in _TOK.finditer(body):
        lit = body[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        key = m.group(1)
        if key in _MARK:
            kind = _MARK[key]
            if forced and not used_forced and forced[0] == kind:
                fmt = next(t for t in FORMATS[kind] if t[0] == forced[1])
                used_forced = True
            else:
                fmt = _pick_fmt(r, kind, old)
            v = fmt[1](r, old)
            ents.append((kind, cur, cur + len(v)))
            fmts.append(fmt[0])
        elif key in NEAR:
            v = NEAR[key](r)
            nears.append((key, cur, cur + len(v)))
        else:
            v = _FILL[key](r)
        out.append(v)
        cur += len(v)
        pos = m.end()
    out.append(body[pos:])
    assert forced is None or used_forced, (tpl, forced)
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    # forced formats: each into FORCE_PER_FMT distinct templates holding its kind
    for kind in KINDS:
        key = next(k for k, v in _MARK.items() if v == kind)
        for fname, _f, _w, old_only in FORMATS[kind]:
            cands = [i for i, t in enumerate(PII_TEMPLATES)
                     if "{" + key + "}" in t and (t.startswith("老|") or not old_only)]
            for i in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                rows.append((f"P{i}", *_render(r, PII_TEMPLATES[i], (kind, fname))))
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        rows.append((f"P{i}", *_render(r, PII_TEMPLATES[i])))
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        rows.append((f"N{i}", *_render(r, NEAR_TEMPLATES[i])))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(t for t, *_ in rows)
    return pd.DataFrame({
        "text": [t for _, t, _, _, _ in rows],
        "entities": [e for _, _, e, _, _ in rows],
        "formats": [f for _, _, _, f, _ in rows],
        "near_misses": [n for _, _, _, _, n in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind51_corpus() -> pd.DataFrame:
    return _build()


_AREA_ALL = _AREA3 + _AREA4
_PLACE_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "小区", "花园", "新村", "苑", "城", "里", "庭",
                "华庭", "一区", "三村", "园")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|组|\d)$")


def _check_value(kind: str, v: str) -> None:
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert len(n) == 11 and n[:3] in _MOBILE_PREFIX, v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in _ID_AREAS, v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "landline":
        assert n.isdigit() and any(n.startswith(a) for a in _AREA_ALL) and 10 <= len(n) <= 12, v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._]+[@＠][a-z0-9.-]+\.(com|cn|net)(\.cn)?", v, re.I), v
    elif kind == "plate":
        assert re.fullmatch(r"[\u4e00-\u9fff][A-Za-z][· ]?[0-9A-Z]{5,6}", v), v
    elif kind == "address":
        assert _ADDR_END.search(v), v
        assert re.search(r"(省|市|区|县|路|街|村)", v) or any(v.startswith(es) for g in _GEO for es in g[4]), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            _check_value(k, text[s:e])
            # the value is not glued to more value characters
            v = text[s:e]
            if s > 0:
                p = text[s - 1]
                assert re.search(r"(\+86|0086-?|86-)$", text[:s]) or not p.isdigit() and not (p.isascii() and p.isalpha() and v[0].isalpha()), (text, k)
            if e < len(text):
                q = text[e]
                assert not (q.isascii() and q.isalnum() and k != "address"), (text, k)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert n[:3] not in _MOBILE_PREFIX, (k, v)
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
    assert df.equals(make_blind51_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FORMATS.items() for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

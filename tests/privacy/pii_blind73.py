"""Blind PII corpus no. 73 (``split == "blind73"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only).  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, other corpora or tests, or any git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.  No
personal data was copied from ``../shared/datasets/``; values are synthetic.

What is different here: FLOWER SHOPS AND CAKE BAKERIES TAKING ORDERS.  WeCom
1:1 and group chats between shop staff (花艺师, 店长, 客服, 配送) and customers
ordering for somebody else: the recipient's address and phone typed by the
buyer, the buyer's own phone, delivery windows, card messages (贺卡内容),
companies ordering for annual meetings / openings (landline of the front desk,
invoice e-mail, corporate transfer), deposits and refunds to a bank card,
wedding-car flowers (plates), pickup by car, regular customers' group chats,
part-time couriers registering (ID number, pay card), QQ / WeChat contacts.
Near-misses are what such chats are full of: order / tracking numbers, prices,
deposits, dates and delivery windows, cake sizes and flower counts, pickup and
coupon codes, 400 / 95xxx hotlines, masked or tail-only phone numbers, gift-card
numbers failing Luhn, ID-shaped batch numbers failing the check digit, invoice
numbers, social credit codes, postal codes, city / shop names alone, URLs,
@-mentions, staff numbers.

Seed
----
``SEED = "blind73-flower-cake-第八十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.  Each format is first forced
``FORCE_PER_FMT`` times into distinct templates holding its kind, then rows are
drawn at random.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one per entity), ``near_misses`` (list
of ``(near_kind, start, end)``), ``split`` (always ``"blind73"``).  Spans hold
the value only: cue words, ``+86`` / ``0086`` prefixes and extensions
(``转806``, ``-806``, ``分机806``) are outside; separators inside a value are
inside.  An address runs from its first place unit to its last house-level unit
(号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 楼 (floor) / bare room number).  Names are
never labelled and the corpus uses roles (我妈, 收花人, 前台) instead of names.

Counts (``python tests/privacy/pii_blind73.py``)
------------------------------------------------
See the printed output; at the time of writing:
rows=1580 pii_rows=900 near_rows=680 entities=1462
entities: mobile 486, address 363, landline 135, plate 97, id_card 85, bank_card 81, qq 76, email 71, wechat
68
near-miss spans=1286 (1106 in near-miss rows) kinds=25
date_time 251, price 223, cake_size 142, order_no 114, credit_code 45, shop_name 43, gift_card 43, hotline 38,
bad_id 38, at_mention 37, pickup_code 36, flower_count 34, invoice_no 32, deposit 27, staff_no 27, coupon_code
22, city_only 21, tracking_no 21, masked 18, tail_digits 16, postal_code 15, temperature 14, url 14, weight 9,
distance 6
formats=46 distinct, each used >= 5 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind73-flower-cake-第八十位写手"
SPLIT = "blind73"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ----------------------------------------------------------------- checksums
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


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ----------------------------------------------------------------- value pools
_MOB_PRE = ("133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157", "158", "159",
            "166", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
            "191", "195", "198", "199", "147", "153", "175", "193")
_CN_DIG = "零一二三四五六七八九"
_AREA = (("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8), ("028", 8), ("027", 8),
         ("0532", 8), ("0731", 8), ("0592", 7), ("0512", 8), ("023", 8), ("029", 8), ("0574", 8), ("0769", 8))
_ID_AREA = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "330102", "320102", "320506",
            "510107", "420106", "370202", "410105", "430104", "350203", "500103", "610113", "130104", "340104")
_BANK_BIN16 = ("622848", "621700", "622202", "621483", "622588", "625809", "621226", "622908", "438600",
               "436742", "524094", "518905", "622262", "621660")
_BANK_BIN19 = ("6217000", "6228480", "6212261", "6222021", "6217856", "6230520", "6216611", "9558801",
               "9559980", "6213361")
_PINYIN = ("lili", "xiaoyu", "chenjing", "wangfang", "zhaolei", "liuyang", "sunmei", "zhouting", "huangwei",
           "linxi", "hemiao", "gaoyan", "tangtang", "yuqing", "xujie", "momo", "qiaoqiao", "shanshan",
           "jiayi", "haoran", "ziyan", "yiyi", "mengmeng", "kaixin")
_WORDS = ("flower", "rose", "cake", "sweet", "candy", "sunny", "lucky", "berry", "mint", "peach", "daisy",
          "tulip", "coco", "luna", "miao", "bobo", "juzi", "tutu")
_CORP = ("hxkj.com", "sz-tech.cn", "bluewave.com.cn", "jinhui-group.com", "yunfan.net", "dingsheng.com",
         "ming-law.cn", "huaxin-med.com")
_PLATE_PROV = (("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKLMNPQ"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
               ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXY"),
               ("鄂", "ABCDEFGHJKLMNPQRS"), ("湘", "ABCDEFGHJKLMNU"), ("闽", "ABCDEFGHJK"), ("渝", "ABCDFGH"),
               ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("陕", "ABCDEFGHJKUV"))
_PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# (province or "", city, district, roads, estates, companies/hospitals)
_GEO = (
    ("", "上海市", "浦东新区", ("张杨路", "世纪大道", "锦绣路", "花木路", "东方路"),
     ("锦绣苑", "世纪公园小区", "仁恒滨江园", "东方城市花园"), ("时代广场", "金茂大厦", "证大五道口广场")),
    ("", "上海市", "徐汇区", ("漕溪北路", "宛平南路", "天钥桥路", "凯旋路"),
     ("徐汇苑", "华亭公寓", "天钥新村"), ("港汇恒隆广场", "汇金大厦")),
    ("", "北京市", "朝阳区", ("建国路", "望京街", "东三环中路", "朝阳北路"),
     ("望京西园三区", "远洋天地", "华贸中心公寓"), ("SOHO现代城", "国贸大厦", "望京SOHO")),
    ("", "北京市", "海淀区", ("中关村大街", "学院路", "知春路", "万柳中路"),
     ("万柳书院", "锦秋知春", "世纪城远大园"), ("中关村大厦", "融科资讯中心")),
    ("广东省", "深圳市", "南山区", ("科技园南路", "后海大道", "南海大道", "桃园路"),
     ("华侨城波托菲诺", "蔚蓝海岸", "桃源村"), ("腾讯滨海大厦", "海岸城", "软件产业基地")),
    ("广东省", "广州市", "天河区", ("天河路", "体育西路", "珠江东路", "黄埔大道西"),
     ("天河北苑", "骏景花园", "汇景新城"), ("太古汇", "高德置地广场")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "文一西路", "天目山路", "古墩路"),
     ("翠苑一区", "西溪诚园", "嘉绿苑"), ("华星时代广场", "西城广场")),
    ("浙江省", "杭州市", "滨江区", ("江南大道", "滨盛路", "长河路"),
     ("钱塘春晓", "东方郡", "滨江金色海岸"), ("星耀城", "宝龙城")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "广州路"),
     ("颐和南园", "金陵御景园"), ("金鹰国际", "南京鼓楼医院")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "现代大道", "苏州大道东"),
     ("湖畔天城", "星海花园"), ("圆融时代广场", "苏州中心")),
    ("四川省", "成都市", "武侯区", ("人民南路四段", "科华北路", "玉林南路"),
     ("玉林小区", "棕北小区"), ("来福士广场", "华西医院")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "关山大道"),
     ("保利花园", "光谷天地"), ("光谷广场", "武汉天地")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "金星中路"),
     ("和馨园", "阳光100"), ("梅溪湖金茂", "步步高广场")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "嘉禾路"),
     ("莲花五村", "瑞景新村"), ("万象城", "世茂海峡大厦")),
    ("", "重庆市", "渝北区", ("金开大道", "新牌坊一路", "龙溪街道红锦大道"),
     ("龙湖南苑", "金科天籁城"), ("新光天地", "龙湖星悦荟")),
    ("山东省", "青岛市", "市南区", ("香港中路", "东海西路", "闽江路"),
     ("海信慧园", "浮山所小区"), ("万象城", "青岛国际金融中心")),
)
_VILLAGE = (("浙江省", "湖州市", "安吉县", "递铺镇", "三官村"), ("江苏省", "宿迁市", "沭阳县", "新河镇", "周圈村"),
            ("山东省", "潍坊市", "寿光市", "稻田镇", "崔岭西村"), ("福建省", "泉州市", "安溪县", "感德镇", "槐植村"),
            ("湖南省", "岳阳市", "平江县", "安定镇", "大塅村"))


# ----------------------------------------------------------------- generators
# each returns (prefix_outside, value, suffix_outside)
def _mob(r):
    return r.choice(_MOB_PRE) + _digits(r, 8)


def g_mobile(r, f):
    m = _mob(r)
    if f == "plain_11":
        return "", m, ""
    if f == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if f == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if f == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if f == "cn_digits":
        return "", "".join(_CN_DIG[int(c)] for c in m), ""
    if f == "fullwidth":
        return "", m.translate(str.maketrans("0123456789", "０１２３４５６７８９")), ""
    if f == "space_443":
        return "", f"{m[:4]} {m[4:8]} {m[8:]}", ""
    raise KeyError(f)


def _landline_parts(r):
    a, n = r.choice(_AREA)
    loc = r.choice("23456789") + _digits(r, n - 1)
    return a, loc


def g_landline(r, f):
    a, loc = _landline_parts(r)
    if f == "area_dash":
        return "", f"{a}-{loc}", ""
    if f == "area_paren":
        return "", f"({a}){loc}", ""
    if f == "area_plain":
        return "", a + loc, ""
    if f == "area_space":
        return "", f"{a} {loc}", ""
    if f == "dash_ext":
        return "", f"{a}-{loc}", r.choice(("转", "转", "-", "分机", " 转")) + _digits(r, r.choice((3, 4)))
    if f == "local_only":
        return "", loc, ""
    if f == "area_dash_split":
        return "", f"{a}-{loc[:4]}-{loc[4:]}", ""
    raise KeyError(f)


def g_email(r, f):
    if f == "qqmail_num":
        return "", r.choice("123456789") + _digits(r, r.choice((7, 8, 9))) + "@qq.com", ""
    if f == "pinyin_163":
        return "", r.choice(_PINYIN) + r.choice(("", "88", "1990", "520", "_2019", "123")) + \
            r.choice(("@163.com", "@126.com", "@sina.com", "@163.com")), ""
    if f == "corp_domain":
        return "", r.choice(_PINYIN) + r.choice((".", "_", "")) + r.choice(("hr", "admin", "xz", "cw", "")) + \
            "@" + r.choice(_CORP), ""
    if f == "foreign_mail":
        return "", r.choice(_WORDS) + r.choice((".", "_", "")) + r.choice(_PINYIN) + \
            r.choice(("@gmail.com", "@outlook.com", "@hotmail.com", "@foxmail.com")), ""
    if f == "upper_mixed":
        v = r.choice(_PINYIN).capitalize() + _digits(r, 3) + r.choice(("@163.com", "@QQ.com", "@Foxmail.com"))
        return "", v, ""
    raise KeyError(f)


def _idno(r, want_x=None):
    while True:
        y = r.randint(1962, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = r.choice(_ID_AREA) + f"{y}{m:02d}{d:02d}" + _digits(r, 3)
        c = _id_check(body)
        if want_x is None and c != "X":
            return body + c
        if want_x and c == "X":
            return body + c


def g_id_card(r, f):
    if f == "plain_18":
        return "", _idno(r), ""
    if f == "x_upper":
        return "", _idno(r, True), ""
    if f == "x_lower":
        return "", _idno(r, True).lower(), ""
    if f == "space_684":
        v = _idno(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(f)


def _card(r, n):
    b = r.choice(_BANK_BIN16 if n == 16 else _BANK_BIN19)
    body = b + _digits(r, n - 1 - len(b))
    return body + _luhn_digit(body)


def g_bank_card(r, f):
    if f == "plain_16":
        return "", _card(r, 16), ""
    if f == "plain_19":
        return "", _card(r, 19), ""
    if f == "space_4x":
        v = _card(r, r.choice((16, 19)))
        return "", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), ""
    if f == "dash_4x":
        v = _card(r, 16)
        return "", "-".join(v[i:i + 4] for i in range(0, len(v), 4)), ""
    raise KeyError(f)


def g_qq(r, f):
    if f == "plain_9_10":
        return "", r.choice("123456789") + _digits(r, r.choice((8, 9))), ""
    if f == "plain_5_8":
        return "", r.choice("123456789") + _digits(r, r.choice((5, 6, 7))), ""
    raise KeyError(f)


def g_wechat(r, f):
    if f == "letters_digits":
        return "", r.choice(_PINYIN) + _digits(r, r.choice((2, 3, 4, 6))), ""
    if f == "underscore":
        return "", r.choice(_WORDS) + "_" + r.choice(_PINYIN) + r.choice(("", "520", "88", "_0314")), ""
    if f == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if f == "dash_mixed":
        return "", r.choice(_WORDS).capitalize() + "-" + r.choice(_PINYIN) + _digits(r, 2), ""
    raise KeyError(f)


def g_plate(r, f):
    p, letters = r.choice(_PLATE_PROV)
    L = r.choice(letters)
    while True:
        tail = "".join(r.choice(_PLATE_CH) for _ in range(5))
        if sum(c.isalpha() for c in tail) <= 2:
            break
    if f == "blue_5":
        return "", p + L + tail, ""
    if f == "dot_5":
        return "", p + L + "·" + tail, ""
    if f == "space_5":
        return "", p + L + " " + tail, ""
    if f == "ev_6":
        return "", p + L + r.choice("DF") + _digits(r, 5), ""
    if f == "lower_5":
        return "", (p + L + tail).lower(), ""
    raise KeyError(f)


def _room(r):
    return f"{r.randint(2, 32)}{r.randint(1, 4):02d}"


def g_address(r, f):
    prov, city, dist, roads, estates, comps = r.choice(_GEO)
    road = r.choice(roads) + f"{r.randint(1, 999)}号"
    est = r.choice(estates)
    if f == "prov_full":
        return "", (prov or "") + city + dist + road + est + f"{r.randint(1, 30)}栋{r.randint(1, 3)}单元{_room(r)}室", ""
    if f == "city_estate":
        return "", city + dist + est + f"{r.randint(1, 28)}{r.choice(('幢', '栋', '号楼'))}{_room(r)}室", ""
    if f == "district_estate":
        return "", dist + est + f"{r.randint(1, 28)}栋{_room(r)}", ""
    if f == "estate_dash":
        return "", est + f"{r.randint(1, 28)}-{r.randint(1, 4)}-{_room(r)}", ""
    if f == "road_office":
        return "", dist + road + r.choice(comps) + r.choice((f"{r.randint(5, 40)}层", f"{r.randint(5, 40)}楼",
                                                               f"A座{_room(r)}室", f"{r.randint(5, 40)}F")), ""
    if f == "road_only":
        return "", r.choice(roads) + f"{r.randint(1, 999)}号", ""
    if f == "city_road_no":
        return "", city + dist + road, ""
    if f == "village":
        vp, vc, vd, vt, vv = r.choice(_VILLAGE)
        return "", vp + vc + vd + vt + vv + f"{r.randint(1, 12)}组{r.randint(1, 80)}号", ""
    raise KeyError(f)


FORMATS = {
    "mobile": ("plain_11", "space_344", "dash_344", "plus86_plain", "cn_digits", "fullwidth", "space_443"),
    "landline": ("area_dash", "area_paren", "area_plain", "area_space", "dash_ext", "local_only", "area_dash_split"),
    "email": ("qqmail_num", "pinyin_163", "corp_domain", "foreign_mail", "upper_mixed"),
    "id_card": ("plain_18", "x_upper", "x_lower", "space_684"),
    "bank_card": ("plain_16", "plain_19", "space_4x", "dash_4x"),
    "qq": ("plain_9_10", "plain_5_8"),
    "wechat": ("letters_digits", "underscore", "wxid", "dash_mixed"),
    "plate": ("blue_5", "dot_5", "space_5", "ev_6", "lower_5"),
    "address": ("prov_full", "city_estate", "district_estate", "estate_dash", "road_office", "road_only",
                "city_road_no", "village"),
}
WEIGHTS = {
    "mobile": (50, 12, 6, 6, 2, 2, 3), "landline": (10, 3, 3, 3, 4, 2, 1), "email": (6, 4, 4, 2, 1),
    "id_card": (10, 2, 1, 1), "bank_card": (6, 6, 5, 1), "qq": (5, 2), "wechat": (6, 3, 2, 2),
    "plate": (6, 3, 2, 4, 1), "address": (4, 6, 6, 3, 4, 2, 2, 1),
}
GEN = {"mobile": g_mobile, "landline": g_landline, "email": g_email, "id_card": g_id_card,
       "bank_card": g_bank_card, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address}


# ----------------------------------------------------------------- near misses
def _bad_luhn(r, n, bins=("8800", "6688", "1000", "2088", "5200")):
    body = r.choice(bins) + _digits(r, n - 5)
    good = _luhn_digit(body)
    return body + str((int(good) + r.randint(1, 9)) % 10)


def _bad_id(r):
    while True:
        v = _idno(r)
        b = v[:17] + r.choice([c for c in "0123456789" if c != v[17]])
        if not _luhn_ok(b):
            return b


def n_gen(r, k):
    if k == "order_no":
        return r.choice((
            lambda: "DD" + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6),
            lambda: "HS" + _digits(r, 10),
            lambda: f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 4),
            lambda: "MT" + _digits(r, 12),
            lambda: "No." + _digits(r, 8),
        ))()
    if k == "tracking_no":
        return r.choice(("SF", "SF", "JD", "YT", "DPK")) + _digits(r, r.choice((12, 13)))
    if k == "price":
        return r.choice((f"¥{r.choice((128, 168, 199, 238, 268, 299, 328, 368, 520, 888, 1314))}",
                         f"{r.choice((88, 158, 198, 258, 398, 680, 1200, 2600, 3800))}元",
                         f"{r.randint(1, 40) * 50}块", f"{r.randint(100, 3000)}.{r.choice(('00', '50', '80'))}"))
    if k == "deposit":
        return r.choice((f"定金{r.choice((100, 200, 300, 500, 1000, 2000))}", f"订金{r.randint(1, 20) * 100}元",
                         f"尾款{r.randint(2, 60) * 50}"))
    if k == "date_time":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日下午{r.randint(1, 5)}点",
                         f"周{r.choice('一二三四五六日')}上午{r.randint(9, 11)}点前", f"{r.randint(8, 20)}:{r.choice(('00', '30', '15'))}",
                         f"{r.randint(1, 12)}/{r.randint(1, 28)}", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                         f"{r.randint(9, 17)}点到{r.randint(18, 21)}点"))
    if k == "hotline":
        return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4)}", "400" + _digits(r, 7), f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                         r.choice(("95588", "95533", "95555", "95566", "95599", "95338", "12315", "10086"))))
    if k == "masked":
        m = _mob(r)
        return r.choice((m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:3] + "xxxx" + m[7:]))
    if k == "tail_digits":
        return "尾号" + _digits(r, 4)
    if k == "gift_card":
        n = r.choice((16, 19))
        v = _bad_luhn(r, n)
        return r.choice((v, " ".join(v[i:i + 4] for i in range(0, n, 4))))
    if k == "bad_id":
        return _bad_id(r)
    if k == "pickup_code":
        return r.choice((_digits(r, 6), _digits(r, 4), f"A{_digits(r, 3)}"))
    if k == "coupon_code":
        return r.choice((f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}", _digits(r, 12), "HB" + _digits(r, 8)))
    if k == "cake_spec":
        return r.choice((f"{r.choice((6, 8, 10, 12))}寸", f"{r.choice((6, 8))}+{r.choice((10, 12))}寸",
                         f"{r.choice((11, 19, 33, 52, 66, 99, 365))}朵", f"{r.choice((3, 9, 11, 21))}枝",
                         f"{r.choice((2, 3, 5))}磅"))
    if k == "invoice_no":
        return r.choice(("发票号码" + _digits(r, 8), "24" + _digits(r, 18)))
    if k == "credit_code":
        return "91" + r.choice(("310115", "440300", "330106", "110105", "320594")) + \
            "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)) + r.choice("0123456789ABCDEFGH")
    if k == "postal_code":
        return r.choice(("200120", "100020", "518057", "310012", "210008", "215021", "610041", "430074",
                         "410013", "361001", "400020", "266071"))
    if k == "city_only":
        return r.choice(("上海", "杭州市", "深圳南山", "北京朝阳", "成都", "苏州园区", "武汉光谷", "厦门", "南京鼓楼", "长沙"))
    if k == "shop_name":
        return r.choice(("万象城店", "徐汇旗舰店", "文三路店", "科技园店", "望京店", "园区店", "光谷店", "五一广场店"))
    if k == "url":
        return r.choice(("https://m.tb.cn/h." + "".join(r.choice("abcdefgHJKLMN12345") for _ in range(7)),
                         "https://u.meituan.com/" + _digits(r, 6), "www.huayang-flower.com/order"))
    if k == "at_mention":
        return "@" + r.choice(("花艺师小林", "店长", "配送-阿强", "烘焙师傅", "客服小美", "Amy店长", "裱花-小周"))
    if k == "staff_no":
        return r.choice(("工号", "员工号")) + _digits(r, r.choice((4, 5)))
    if k == "temperature":
        return f"{r.randint(2, 8)}度"
    if k == "distance":
        return r.choice((f"{r.randint(3, 25)}公里", f"{r.randint(3, 25)}km"))
    if k == "weight":
        return r.choice((f"{r.randint(1, 4)}斤", f"{r.randint(200, 900)}g"))
    if k == "flower_count":
        return r.choice((f"{r.choice((11, 19, 33, 52, 66, 99, 365))}朵", f"{r.choice((3, 9, 11, 21))}枝"))
    if k == "cake_size":
        return r.choice((f"{r.choice((6, 8, 10, 12))}寸", f"{r.choice((6, 8))}+{r.choice((10, 12))}寸", f"{r.choice((2, 3, 5))}磅"))
    raise KeyError(k)


# ----------------------------------------------------------------- templates
# {kind} = personal value; {n:kind} = near-miss
PII_T = (
    # ---- flower orders for others
    "收花人电话{mobile}，地址{address}，麻烦{n:date_time}前送到",
    "送到{address}，收件人手机{mobile}，我的电话{mobile}有事先打我",
    "你好，我想订一束{n:flower_count}红玫瑰送我女朋友\n地址：{address}\n电话：{mobile}",
    "{address} 收花人 {mobile}",
    "麻烦帮我送到{address}，到了打这个{mobile}，别提前说是谁送的哈😂",
    "地址是{address}，{mobile}，卡片写：生日快乐，永远十八岁",
    "收货人：我妈\n电话：{mobile}\n地址：{address}\n送达时间：{n:date_time}",
    "上次送的那个地址不对，改成{address}吧",
    "哦对了，她电话换了，新号{mobile}，旧的别打了",
    "配送员到{address}了，收花人{mobile}一直没接，客户本人电话多少？",
    "客户电话{mobile}，已付{n:price}，地址{address}，贺卡内容：辛苦了老婆❤️",
    "{mobile}这个是收花人的，我自己的是{mobile}",
    "是送医院的，{address}，病房那边不让进的话就打{mobile}下来拿",
    "老板我在外地，帮我给我爸送个花篮，他店在{address}，电话{mobile}",
    "好的亲，收花人手机号{mobile}，地址{address}，我复述一遍您确认下",
    "送{address}，{mobile}，不要写卡片",
    "收件信息：{address} {mobile}",
    "地址：{address}（门口放着就行）电话：{mobile}",
    "花送到{address}，收花人电话:{mobile}，订花人电话:{mobile}",
    "麻烦把地址改到{address}，电话不变还是{mobile}",
    "在吗？明天七夕能不能送到{address}啊，我男朋友电话{mobile}",
    "刚才打{mobile}没人接，地址{address}是对的吧？",
    "我是帮领导订的，联系{mobile}，送{address}",
    # ---- cake orders
    "定一个{n:cake_size}的芒果千层，{n:date_time}自提，手机{mobile}",
    "蛋糕送{address}，电话{mobile}，蜡烛要数字2和8",
    "生日蛋糕订好了，取货人电话{mobile}，取货码{n:pickup_code}",
    "我手机号{mobile}，订金{n:price}已转，麻烦备注一下",
    "寿星是我外婆，老人家电话{mobile}，地址{address}，请务必送上楼",
    "{mobile} 我的手机号，下单的时候填错了，帮我改下",
    "请问这个地址能送吗：{address}",
    "能送{address}吗？大概要多少配送费",
    "好的，已为您登记：{address}，联系电话{mobile}，{n:date_time}送达",
    "派送员电话{mobile}，有问题直接联系他",
    "订单已接，骑手{mobile}正在送往{address}",
    "嗯嗯手机是{mobile}，没有微信的话短信也行",
    "电话打这个吧 {mobile}",
    "蛋糕上写「妈妈生日快乐」，送{address}，{mobile}",
    # ---- corporate
    "我们公司年会要订{n:cake_size}蛋糕，地址{address}，前台座机{landline}",
    "开业花篮两对，送{address}，联系人电话{mobile}，座机{landline}",
    "公司电话{landline}，发票发到{email}，抬头一会儿发你",
    "您好，我是行政，下周三要订{n:cake_size}蛋糕当下午茶，对接邮箱{email}，电话{landline}",
    "前台电话是{landline}，送到了打这个就行",
    "座机：{landline}\n手机：{mobile}\n邮箱：{email}",
    "有问题打我们办公室{landline}或者我手机{mobile}",
    "合同扫描件发我邮箱{email}吧，谢谢",
    "电子发票请发送至{email}",
    "麻烦把报价单发到{email}，我们走对公",
    "开票信息我发邮箱了，{email}，没收到的话再说",
    "{email} 这是我们财务的邮箱",
    "会议室在{address}，到了打{landline}让前台下来接",
    "公司在{address}，周五{n:date_time}之前摆好，联系{landline}",
    "我们门店电话{landline}，店长手机{mobile}",
    "酒店宴会厅那边的电话是{landline}，布置前可以先打过去问下",
    "婚庆公司那边说打{landline}对接，他们负责人手机{mobile}",
    # ---- deposits / refunds / bank
    "退款打到这张卡吧{bank_card}，工行的",
    "定金转好了，卡号{bank_card}是你们的对公吗？我再确认下",
    "不好意思亲，{n:price}系统退不回去，麻烦提供一下银行卡号，我们手动退",
    "银行卡：{bank_card}\n开户行：招商银行南山支行",
    "{bank_card} 农行的，退那{n:price}就行",
    "好的，退款{n:price}将退回尾号卡，您的卡号{bank_card}对吧",
    "工资卡号{bank_card}，建行",
    "卡号{bank_card}，户名写我本人，麻烦尽快",
    "我换一张卡吧，之前那张{bank_card}注销了，新的{bank_card}",
    "开户行中国银行，账号{bank_card}",
    # ---- part-time couriers / staff registering
    "兼职配送登记：身份证{id_card}，手机{mobile}，工资卡{bank_card}",
    "身份证号{id_card}",
    "我身份证是{id_card}，保险那边要填",
    "{id_card} 这是我身份证号，电话{mobile}",
    "情人节临时骑手信息：\n身份证：{id_card}\n电话：{mobile}\n车牌：{plate}",
    "签婚礼花艺合同需要身份证，{id_card}，地址写{address}",
    "储值卡实名登记要身份证吗？那就{id_card}吧",
    "大额订金要签合同，{n:deposit}，麻烦发下身份证号码和联系方式",
    "乙方身份证号：{id_card}，联系电话：{mobile}",
    "身份证{id_card}，银行卡{bank_card}，都是本人的",
    "小王的身份证号码是{id_card}，帮他报一下健康证",
    # ---- plates
    "婚车是{plate}，头车扎心形的，其他{n:flower_count}跟车花",
    "车牌{plate}，我在门口临停，蛋糕能帮忙拿出来吗",
    "我开车来取，{plate}，到了按喇叭",
    "头车{plate}，二号车{plate}，早上{n:date_time}在酒店停车场",
    "{plate} 白色的车，放后备箱就行",
    "送货车牌号{plate}，小区门卫那边登记一下",
    "我车停在B2了，车牌{plate}，你们放后备箱吧没锁",
    "婚车车牌号是{plate}，麻烦师傅早点到",
    "配送车辆：{plate}，司机电话{mobile}",
    "门卫说要报车牌，{plate}，麻烦跟物业说下",
    # ---- qq / wechat
    "加我微信吧{wechat}，发图方便",
    "微信号{wechat}，加的时候备注花束",
    "我微信是{wechat}，手机号{mobile}",
    "vx：{wechat} 有新款发我看看",
    "QQ{qq}，图片发QQ上吧，微信传图太糊",
    "我的qq是{qq}，邮箱也是这个",
    "没有微信，加我QQ：{qq}",
    "加一下我们店长微信{wechat}，定制款找她",
    "{wechat}这是我老婆的微信，蛋糕图发她确认",
    "扣扣{qq}，晚上在线",
    "你加我{wechat}，我把收花人信息发你",
    "微信：{wechat}\nQQ：{qq}",
    "设计稿发我QQ邮箱吧，就是{qq}，后面加@qq.com",
    "我们单位不让用微信，可以QQ联系，{qq}",
    "{qq} 我QQ，晚上八点后在",
    "蛋糕照片能发到QQ吗？号是{qq}",
    "收花人QQ{qq}，她没有微信😂",
    "qq:{qq} 手机:{mobile}",
    "婚礼布置效果图麻烦发QQ{qq}，或者邮箱{email}",
    "加了吗？我QQ是{qq}，头像是一只猫",
    "收花人微信{wechat}，到了可以先发个消息",
    "店里的QQ群满了，你加我个人QQ{qq}也行",
    # ---- group chat regulars
    "@店长 我周六要两个{n:cake_size}，还是老地址{address}，电话{mobile}",
    "群里接龙：3. {mobile} 草莓盒子×2 {address}",
    "接龙+1 {mobile} 自提",
    "上周在群里订的，{mobile}，怎么还没到",
    "团长，我的地址改为{address}，电话{mobile}",
    "拼单的送{address}，谁在家接一下，电话填我的{mobile}",
    "#接龙\n1. {address} 一份\n2. {address} 两份",
    "老客户了，手机尾号不记得，完整的是{mobile}",
    # ---- misc multi
    "{mobile}\n{address}\n{n:date_time}送",
    "联系人手机{mobile}\n备用电话{landline}",
    "送到{address}，如果没人就放快递柜，取件码发我手机{mobile}",
    "客户说地址写错了，正确的是{address}，电话没变{mobile}",
    "我老公车牌{plate}，他下班顺路来取，手机{mobile}",
    "村里的地址：{address}，到了打{mobile}，狗不咬人😂",
    "寄到老家{address}，我爸电话{mobile}",
    "订单{n:order_no}，收花人{mobile}，地址{address}",
    "订单号{n:order_no}的地址改一下，改成{address}",
    "你好，{n:order_no}这单的收花人电话错了，应该是{mobile}",
    "亲，您的花已签收，签收人电话{mobile}，请放心",
    "明天配送排单：\n1）{address} {mobile} {n:date_time}\n2）{address} {mobile}",
    "骑手反馈{address}找不到，麻烦联系下{mobile}",
    "老婆生日，{n:flower_count}玫瑰+{n:cake_size}蛋糕，送{address}，{mobile}别打错了哈",
    "那个，我能不能留个固话，{landline}，白天都在",
    "家里座机{landline}，手机老欠费😅",
    "麻烦打我们医院科室电话{landline}，护士站的",
    "打{landline}，找行政部小刘就行",
)

NEAR_T = (
    "订单号{n:order_no}，麻烦查一下到哪了",
    "您好，您的订单{n:order_no}已安排配送，预计{n:date_time}送达",
    "顺丰单号{n:tracking_no}，鲜花{n:temperature}冷链，请尽快签收",
    "定金{n:price}已收到，尾款到店付",
    "这款{n:cake_size}的要{n:price}，换{n:cake_size}的话再加{n:price}",
    "{n:flower_count}红玫瑰现在{n:price}，情人节当天要涨到{n:price}",
    "{n:deposit}，剩下的送到付清",
    "取货码{n:pickup_code}，到店出示就行",
    "美团券码{n:coupon_code}，帮我核销一下",
    "有问题可以打我们客服热线{n:hotline}",
    "银行客服{n:hotline}说退款要{n:date_time}到账",
    "收花人电话是{n:masked}对吧？系统显示的是这个",
    "是{n:tail_digits}的那个号码吗",
    "礼品卡号{n:gift_card}，余额还剩多少",
    "储值卡卡号{n:gift_card}，能用吗",
    "批次号{n:bad_id}，这批奶油是{n:date_time}进的",
    "单据编号{n:bad_id}，麻烦核对一下",
    "发票已开，{n:invoice_no}，金额{n:price}",
    "公司税号{n:credit_code}，抬头是科技有限公司",
    "纳税人识别号：{n:credit_code}",
    "邮编{n:postal_code}，不过同城送不用写邮编吧",
    "你们{n:city_only}能送吗？",
    "{n:city_only}哪家店最近？我在{n:shop_name}附近",
    "我到{n:shop_name}了，蛋糕好了吗",
    "下单链接{n:url}，拍的时候备注送达时间",
    "{n:at_mention} 这单{n:date_time}要，记得做",
    "{n:at_mention} 客户说奶油要少一点，{n:cake_size}的",
    "我是{n:staff_no}，今天负责配送",
    "配送距离{n:distance}，要加{n:price}配送费",
    "{n:date_time}送可以吗？不行就{n:date_time}",
    "几点能到啊？{n:date_time}之前一定要到，{n:date_time}要开会了",
    "好的亲，{n:cake_size}的动物奶油款，{n:price}，{n:date_time}送",
    "这个单{n:order_no}退款{n:price}，原路返回",
    "已退款{n:price}，预计{n:date_time}到账，可以打{n:hotline}查询",
    "{n:date_time}的花已经约满了，{n:date_time}可以吗",
    "谢谢老板！花很漂亮，{n:cake_size}的蛋糕也很好吃😋",
    "会员积分两千分可以抵{n:price}吗",
    "快递单号{n:tracking_no}，显示已签收但收花人说没收到",
    "{n:order_no}\n{n:cake_size}\n{n:price}\n{n:date_time}",
    "团购价{n:price}，原价{n:price}，{n:date_time}截止",
    "订了{n:cake_size}，{n:deposit}，记得带蜡烛",
    "您好，电话{n:masked}的客户预约了{n:date_time}取花",
    "京东单号{n:tracking_no}，帮我看看卡在哪了",
    "核销码{n:pickup_code}，已核销",
    "满{n:price}减{n:price}的券怎么用",
    "对公转账备注{n:order_no}就行，总价{n:price}",
    "营业执照上的编码{n:credit_code}，需要开专票",
    "发票代码+号码：{n:invoice_no}",
    "{n:at_mention} {n:order_no}加急，客户{n:date_time}要",
    "冷藏{n:temperature}保存，{n:date_time}之前吃完",
    "蛋糕重{n:weight}，{n:cake_size}，够八个人吃",
    "群接龙：{n:date_time}下午茶，{n:cake_size}×3，{n:price}一份",
    "卡号{n:gift_card}那张是公司发的福利卡，能在你们家用吗",
    "打{n:hotline}转人工没人接",
    "{n:city_only}那边今天暴雨，配送可能延迟",
    "{n:shop_name}今天{n:date_time}关门",
    "老板，{n:tail_digits}的单是我的",
    "订单{n:order_no}发票开好了吗，{n:invoice_no}这个是上次的",
    "快递员电话打不通，就是{n:masked}这个",
    "你好我{n:date_time}在{n:shop_name}订的{n:cake_size}，还能改吗",
    "取件码{n:pickup_code}，柜子在{n:shop_name}门口",
    "优惠码{n:coupon_code}提示无效",
    "编号{n:bad_id}的合同我们已经盖章了",
    "链接发你了{n:url}",
    "{n:staff_no}小李今天休息，{n:at_mention}帮忙顶一下",
)
_MARK = re.compile(r"\{(n:)?(\w+)\}")


def _pick_fmt(r, kind):
    return r.choices(FORMATS[kind], weights=WEIGHTS[kind])[0]


def _fill(r, tpl, forced=None):
    """forced: (kind, fmt) applied to the first marker of that kind."""
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    used_force = False
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        kind = m.group(2)
        if m.group(1):
            v = n_gen(r, kind)
            nears.append((kind, len(text), len(text) + len(v)))
            text += v
            continue
        if forced and forced[0] == kind and not used_force:
            fmt = forced[1]
            used_force = True
        else:
            fmt = _pick_fmt(r, kind)
        pre, v, post = GEN[kind](r, fmt)
        text += pre
        ents.append((kind, len(text), len(text) + len(v)))
        fmts.append(fmt)
        text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    by_kind = {k: [i for i, t in enumerate(PII_T) if "{" + k + "}" in t] for k in KINDS}
    for kind in KINDS:
        for fmt in FORMATS[kind]:
            cand = list(by_kind[kind])
            r.shuffle(cand)
            for j in range(FORCE_PER_FMT):
                ti = cand[j % len(cand)]
                rows.append(_fill(r, PII_T[ti], (kind, fmt)))
                tids.append(f"P{ti}")
    pii_only = [i for i, t in enumerate(PII_T) if re.search(r"\{(?!n:)\w+\}", t)]
    while len(rows) < N_PII_ROWS:
        ti = r.choice(pii_only)
        rows.append(_fill(r, PII_T[ti]))
        tids.append(f"P{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = r.randrange(len(NEAR_T))
        rows.append(_fill(r, NEAR_T[ti]))
        tids.append(f"N{ti}")
    order = list(range(len(rows)))
    r.shuffle(order)
    # PII templates without a PII marker would produce near-only rows; fine.
    df = pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": SPLIT,
    })
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return df


def make_blind73_corpus() -> pd.DataFrame:
    return _build()


_ID_RE = re.compile(r"^\d{17}[\dXx]$")
_CARD_RE = re.compile(r"^\d{16,19}$")


def check_corpus(df: pd.DataFrame) -> dict:
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
            if k == "id_card":
                assert _ID_RE.match(n) and _id_ok(n), v
            elif k == "bank_card":
                assert _CARD_RE.match(n) and _luhn_ok(n), v
            elif k == "mobile":
                if n[0].isdigit():
                    assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in _MOB_PRE, v
            elif k == "landline":
                assert re.fullmatch(r"\(?0\d{2,3}\)?\d{7,8}|[2-9]\d{6,7}", n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[沪京粤浙苏川鄂湘闽渝鲁陕][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|楼|F|\d)$", v), v
                assert not re.search(r"[，,。\s]", v), v
            # the cue / surrounding char must not be a continuing digit or letter
            if s > 0 and k not in ("address",) and not re.search(r"(\+86|0086)[ -]?$", text[:s]):
                assert not (text[s - 1].isascii() and text[s - 1].isdigit()), (text, v)
            if e < len(text) and k not in ("address",):
                assert not (text[e].isascii() and text[e].isalnum()), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert all(n >= 60 for n in kinds.values()), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind73_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, fs in FORMATS.items() for f in fs]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

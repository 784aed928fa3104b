"""Thirty-fifth blind PII corpus (``split == "blind35"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十九位写手")
under the blind-corpus rules.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
and lines 1-100 plus the last 45 lines of ``tests/privacy/pii_blind8.py`` (for
the layout and the entry-point names only).  It did NOT read anything else
under ``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, any other
corpus or test under ``tests/``, nor any git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.  Value
shapes, chat contexts and labels come only from the writer's own idea of what
such chats hold.

What is different here: the THEME is SPORTS EVENTS, CLUBS AND OUTDOOR
ACTIVITIES, in WeCom 1:1 and group chats between staff (race organisers,
club leaders, gym / swimming-school / ski-resort staff, insurance desks) and
customers:

* marathon / cycling race registration: real-name ID numbers, emergency
  contacts (紧急联系人) with their mobiles, blood types, T-shirt sizes;
* hiking and camping clubs: group chats with 接龙 sign-up lists
  (nickname + phone + ID for the group accident insurance), car-pool plates;
* children's swimming classes, gyms (membership transfer, refunds), ski
  resorts (parking registration, lessons), participant insurance;
* refunds to bank cards, mailing race kits / medals to home addresses.

Near-misses are the numbers this trade is full of: bib numbers (号码布
A12345), race times (3:45:12), distances (21.0975km), paces, heart rates,
ages, heights / weights, elevation gain, temperatures, start groups, locker
numbers, bus seats, dates and times, prices, insurance policy numbers, lift
ticket numbers, order / tracking numbers, verification codes, 400 / 800 /
95xxx hotlines, postal codes, masked values (138****5678), card-length
numbers failing Luhn, ID-shaped strings failing the check digit, coupon
codes, sign-up counts and bare places (a park or a resort is not an address).

Seed
----
``SEED = "blind35-2026-sports-第三十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each value
format is first forced ``FORCE_PER_FMT`` (5) times, cycling through the
compatible templates so it lands in several contexts; the other rows draw
templates uniformly and formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, the ``·`` of a plate, the parentheses around an area
  code) are inside.  An address runs from its first place unit (province /
  city / district / county / town / village / road / estate) to its last
  house-level unit (号 / 栋 / 号楼 / 单元 / 室 or a bare room number such as
  ``1502`` or ``7-1-602``).  Names are never labelled; people appear only as
  club nicknames or roles (妈妈, 领队, 前台).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind35"``

Counts (``python tests/privacy/pii_blind35.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1322
(mobile 460, id_card 210, address 113, bank_card 99, landline 99, email 99,
wechat 89, plate 86, qq 67);
near-miss spans=1422 (1200 in near-miss rows), 32 near-miss kinds
(race_time 106, date_time 105, distance 97, price 94, date 92, place 80,
order_no 61, hotline 59, masked 57, bib 55, policy_no 54, count 42,
heart_rate 35, ticket_no 33, bad_card 33, tracking_no 33, locker_no 31,
lesson 31, verify_code 31, group_no 30, pace 30, age 28, elevation 26,
bad_id 25, body_metric 25, shoe_size 25, postal_code 24, temperature 22,
bus_seat 21, clock 17, batch 11, coupon 9);
formats=38 distinct, each used >= 4 times in >= 3 templates (mobile
``cn_numerals`` -- numbers typed in Chinese numerals by elderly club members
-- only fills the 4 templates that ask for it).
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind35-2026-sports-第三十九位写手"
SPLIT = "blind35"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 900
N_NEAR_ROWS = 680
FORCE_PER_FMT = 5

# --------------------------------------------------------------------------- checks


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and _id_check(s[:17]) == s[17]


_CN_DIG = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(s: str) -> str:
    s = "".join(_CN_DIG.get(c, c) for c in s)
    return re.sub(r"[\s\-·()（）]", "", s)


# --------------------------------------------------------------------------- value pools

ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106", "320102",
            "510107", "420106", "610113", "370202", "500103", "120101", "350203", "430104", "410105",
            "210102", "230103", "530102", "520102", "130102", "140105", "360102", "340104", "450103",
            "460106", "620102", "650102", "150102", "220102", "330212", "320505", "441900", "130732")
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                   "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
                   "191", "193", "195", "198", "199")
CARD_BINS_16 = ("622588", "621483", "622580", "625907", "622155", "621485", "622609")
CARD_BINS_19 = ("622848", "621700", "621226", "622262", "621661", "622202", "622700", "621799",
                "623668", "622908")
CARD_BINS_INTL = ("427020", "436742", "438088", "524047", "552599", "518710", "404119")
CARD_BINS_95 = ("95588", "95599", "95580")
AREA_CODES_3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA_CODES_4 = ("0755", "0571", "0532", "0592", "0731", "0871", "0851", "0431", "0451", "0311",
                "0351", "0791", "0551", "0771", "0898", "0931", "0991", "0471", "0574", "0512",
                "0757", "0769", "0313", "0432")
PLATE_PROV = "京沪粤浙苏川鄂陕鲁渝津闽湘豫辽黑冀晋赣皖桂琼甘新蒙吉贵云"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CITY = "ABCDEFGHJK"

ADDR_PCD = (("广东省", "广州市", "天河区"), ("广东省", "深圳市", "南山区"), ("广东省", "深圳市", "福田区"),
            ("浙江省", "杭州市", "西湖区"), ("浙江省", "杭州市", "滨江区"), ("江苏省", "南京市", "鼓楼区"),
            ("江苏省", "苏州市", "工业园区"), ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"),
            ("陕西省", "西安市", "雁塔区"), ("山东省", "青岛市", "崂山区"), ("福建省", "厦门市", "思明区"),
            ("湖南省", "长沙市", "岳麓区"), ("云南省", "昆明市", "五华区"), ("河南省", "郑州市", "金水区"),
            ("辽宁省", "沈阳市", "和平区"), ("安徽省", "合肥市", "蜀山区"), ("河北省", "张家口市", "崇礼区"),
            ("吉林省", "吉林市", "丰满区"), ("", "北京市", "朝阳区"), ("", "北京市", "海淀区"),
            ("", "北京市", "丰台区"), ("", "上海市", "浦东新区"), ("", "上海市", "徐汇区"),
            ("", "上海市", "闵行区"), ("", "重庆市", "渝北区"), ("", "天津市", "南开区"))
ROADS = ("科技园南路", "文一西路", "中山北路", "解放大道", "建设路", "人民南路", "学府路", "长江路", "滨江大道",
         "望京街", "张杨路", "天府大道", "珞喻路", "香港中路", "环湖西路", "丰台北路", "虹梅路", "东风路",
         "金水路", "青年大街", "黄山路", "北四环中路", "龙华路", "湖滨路", "江南大道", "学院路", "莲花路")
ESTATES = ("阳光花园", "绿地世纪城", "万科城市花园", "保利香槟国际", "碧桂园", "金地格林小镇", "华润悦府",
           "龙湖春江郦城", "翠湖天地", "融创玖樘府", "幸福里小区", "锦绣家园", "南湖名都", "御景湾",
           "中海国际社区", "望京花园", "金色家园", "紫薇花园", "蓝色港湾", "星河湾")
VILLAGES = (("湖州市安吉县", "天荒坪镇", "横路村"), ("黄山市黟县", "宏村镇", "际村"),
            ("丽江市玉龙县", "白沙镇", "玉湖村"), ("北京市延庆区", "张山营镇", "西大庄科村"),
            ("张家口市崇礼区", "四台嘴乡", "太子城村"), ("吉林市丰满区", "旺起镇", "凉水村"),
            ("宁波市奉化区", "溪口镇", "岩头村"), ("保定市涞水县", "三坡镇", "苟各庄村"),
            ("阿坝州松潘县", "川主寺镇", "上磨村"), ("大理州大理市", "双廊镇", "大建旁村"))
PINYIN = ("xiaolu", "paopao", "ahao", "lili", "chenchen", "dawei", "tiantian", "yuyu", "mumu", "xiaoyu",
          "haohao", "jiajia", "feifei", "lele", "qingshan", "yunduo", "xiaofeng", "doudou", "ranran",
          "bingbing", "xinxin", "junjun")
EN_WORDS = ("runner", "hiker", "skier", "biker", "trail", "ultra", "swim", "snow", "mountain", "sunny",
            "lucky", "tiger", "panda", "kevin", "lily", "amy", "tom", "jack", "coco", "echo")
NICKS = ("跑跑熊", "小鹿", "山野", "橙子", "Kevin", "雪地猫", "追风", "番茄炒蛋", "木木", "阿杰", "骑行侠",
         "小太阳", "胖虎", "老顽童", "一朵云", "蜗牛慢跑", "Echo", "大白", "阿飞", "糖糖妈", "七七",
         "越野小分队-阿明", "风清扬", "Lucky", "豆豆爸")
BANKS = ("工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "浦发银行",
         "兴业银行", "中信银行")
BRANCHES = ("高新", "东城", "中关村", "陆家嘴", "天河北", "南山", "西湖", "望京", "五一路", "解放路")
SIZES = ("XS", "S", "M", "L", "XL", "XXL")
BLOODS = ("A", "B", "O", "AB")
PLACES = ("奥林匹克森林公园南门", "深圳湾体育中心", "崇礼万龙滑雪场", "西湖断桥", "香山公园东门",
          "世纪公园3号门", "东湖绿道起点", "莫干山", "四姑娘山镇", "松花湖度假区", "体育馆游泳池",
          "天河体育中心", "滨江公园", "青城山前山", "武功山金顶", "太舞小镇", "环湖绿道驿站")


# --------------------------------------------------------------------------- value generators
# each generator: rnd -> (prefix_outside, value, suffix_outside)


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def _m_plain(r):
    return "", _mobile_digits(r), ""


def _m_space(r):
    m = _mobile_digits(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash(r):
    m = _mobile_digits(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_plus86(r):
    return r.choice(("+86 ", "+86", "+86-", "(+86)")), _mobile_digits(r), ""


_CN_OUT = "零一二三四五六七八九"


def _m_cn(r):
    m = _mobile_digits(r)
    return "", "".join(_CN_OUT[int(c)] for c in m), ""


def _id_body(r: random.Random) -> str:
    y = r.randint(1958, 2017)
    mo = r.randint(1, 12)
    days = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mo - 1]
    d = r.randint(1, days)
    return f"{r.choice(ID_AREAS)}{y:04d}{mo:02d}{d:02d}{r.randint(1, 999):03d}"


def _id_value(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        b = _id_body(r)
        c = _id_check(b)
        if want_x is None or (c == "X") == want_x:
            return b + c


def _i_plain(r):
    return "", _id_value(r, False), ""


def _i_xu(r):
    return "", _id_value(r, True), ""


def _i_xl(r):
    return "", _id_value(r, True).lower(), ""


def _i_space(r):
    v = _id_value(r)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


def _card(r: random.Random, bins, length: int) -> str:
    b = r.choice(bins)
    body = b + "".join(r.choice("0123456789") for _ in range(length - len(b) - 1))
    return body + _luhn_digit(body)


def _b_16(r):
    return "", _card(r, CARD_BINS_16, 16), ""


def _b_19(r):
    return "", _card(r, CARD_BINS_19, 19), ""


def _b_space(r):
    c = _card(r, CARD_BINS_19 + CARD_BINS_16, r.choice((16, 19)))
    return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""


def _b_95(r):
    return "", _card(r, CARD_BINS_95, 19), ""


def _b_intl(r):
    return "", _card(r, CARD_BINS_INTL, 16), ""


def _local(r: random.Random, n: int) -> str:
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _area_local(r):
    if r.random() < 0.5:
        return r.choice(AREA_CODES_3), _local(r, 8)
    return r.choice(AREA_CODES_4), _local(r, r.choice((7, 8)))


def _l_dash(r):
    a, l = _area_local(r)
    return "", f"{a}-{l}", ""


def _l_paren(r):
    a, l = _area_local(r)
    return "", f"({a}){l}", ""


def _l_plain(r):
    a, l = _area_local(r)
    return "", a + l, ""


def _l_space(r):
    a, l = _area_local(r)
    return "", f"{a} {l}", ""


def _l_ext(r):
    a, l = _area_local(r)
    ext = str(r.randint(100, 8999))
    return "", f"{a}-{l}", r.choice(("转", "-", " 分机", "转分机", " 转")) + ext


def _e_qq(r):
    q = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.randint(7, 9)))
    return "", q + r.choice(("@qq.com", "@qq.com", "@QQ.com", "@foxmail.com")), ""


def _e_netease(r):
    u = r.choice(PINYIN) + r.choice(("", "88", "1990", "_run", "2008", "666", "07", "123"))
    return "", u + r.choice(("@163.com", "@126.com", "@yeah.net", "@sina.com", "@sohu.com")), ""


def _e_corp(r):
    u = r.choice(PINYIN) + "." + r.choice(("wang", "li", "zhang", "chen", "liu", "zhao", "he", "sun"))
    d = r.choice(("bjrunclub.cn", "huwai-club.com", "xmmarathon.org", "snowpark.com.cn", "tianyu-sports.com",
                  "aoti-swim.cn", "company.com.cn", "cycling-team.org"))
    return "", f"{u}@{d}", ""


def _e_intl(r):
    u = r.choice(EN_WORDS) + r.choice(("", ".", "_")) + r.choice(PINYIN) + r.choice(("", "21", "99", "2016"))
    return "", u + r.choice(("@gmail.com", "@outlook.com", "@hotmail.com", "@icloud.com")), ""


def _q_short(r):
    return "", str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.randint(4, 7))), ""


def _q_long(r):
    n = r.choice((9, 10))
    first = r.choice("123456789") if n == 9 else r.choice("123")
    return "", first + "".join(r.choice("0123456789") for _ in range(n - 1)), ""


def _w_letdig(r):
    return "", r.choice(EN_WORDS + PINYIN) + str(r.randint(1, 2025)), ""


def _w_under(r):
    return "", f"{r.choice(EN_WORDS)}_{r.choice(PINYIN)}" + r.choice(("", "_07", "88", "_2019", "_run")), ""


def _w_dash(r):
    return "", f"{r.choice(EN_WORDS).capitalize()}-{r.choice(PINYIN)}" + r.choice(("", "-2020", "-88", "-ski")), ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""


def _plate_tail(r: random.Random) -> str:
    chars = [r.choice("0123456789") for _ in range(5)]
    for _ in range(r.choice((0, 0, 1, 2))):
        chars[r.randint(0, 4)] = r.choice(PLATE_LET)
    return "".join(chars)


def _p_std(r):
    return "", r.choice(PLATE_PROV) + r.choice(PLATE_CITY) + _plate_tail(r), ""


def _p_ne(r):
    tail = r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + "".join(r.choice("0123456789") for _ in range(4))
    return "", r.choice(PLATE_PROV) + r.choice(PLATE_CITY) + tail, ""


def _p_dot(r):
    return "", r.choice(PLATE_PROV) + r.choice(PLATE_CITY) + "·" + _plate_tail(r), ""


def _p_space(r):
    return "", r.choice(PLATE_PROV) + r.choice(PLATE_CITY) + " " + _plate_tail(r), ""


def _room(r: random.Random) -> str:
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _a_full(r):
    p, c, d = r.choice(ADDR_PCD)
    v = (f"{p}{c}{d}{r.choice(ROADS)}{r.randint(1, 999)}号{r.choice(ESTATES)}"
         f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室")
    return "", v, ""


def _a_road(r):
    _, c, d = r.choice(ADDR_PCD)
    return "", f"{c}{d}{r.choice(ROADS)}{r.randint(1, 1999)}号", ""


def _a_estate(r):
    _, _, d = r.choice(ADDR_PCD)
    return "", f"{d}{r.choice(ESTATES)}{r.randint(1, 30)}号楼{r.randint(1, 4)}单元{_room(r)}", ""


def _a_dash(r):
    _, c, d = r.choice(ADDR_PCD)
    v = f"{c}{d}{r.choice(ROADS)}{r.randint(1, 999)}号{r.choice(ESTATES)}{r.randint(1, 20)}-{r.randint(1, 4)}-{_room(r)}"
    return "", v, ""


def _a_village(r):
    a, t, v = r.choice(VILLAGES)
    return "", f"{a}{t}{v}{r.randint(1, 9)}组{r.randint(1, 88)}号", ""


# kind -> ((format, weight, generator, restricted), ...).  A restricted format only
# fills placeholders written ``{kind|format}``.
FMT = {
    "mobile": (("plain", 10, _m_plain, False), ("space_344", 3, _m_space, False),
               ("dash_344", 2, _m_dash, False), ("plus86", 1, _m_plus86, False),
               ("cn_numerals", 1, _m_cn, True)),
    "id_card": (("plain", 10, _i_plain, False), ("check_x_upper", 1.3, _i_xu, False),
                ("check_x_lower", 0.2, _i_xl, False), ("space_6_8_4", 1, _i_space, False)),
    "bank_card": (("unionpay_19", 6, _b_19, False), ("unionpay_16", 4, _b_16, False),
                  ("space_4", 3, _b_space, False), ("domestic_95_19", 1, _b_95, False),
                  ("visa_master_16", 1, _b_intl, False)),
    "landline": (("dash", 6, _l_dash, False), ("paren", 2, _l_paren, False), ("plain", 2, _l_plain, False),
                 ("space", 1, _l_space, False), ("dash_ext_outside", 2, _l_ext, False)),
    "email": (("qq_numeric", 5, _e_qq, False), ("pinyin_free_mail", 4, _e_netease, False),
              ("dotted_corp_domain", 2, _e_corp, False), ("intl_domain", 2, _e_intl, False)),
    "qq": (("digits_5_8", 1, _q_short, False), ("digits_9_10", 2, _q_long, False)),
    "wechat": (("letters_digits", 4, _w_letdig, False), ("underscore", 3, _w_under, False),
               ("capital_dash", 2, _w_dash, False), ("wxid", 1, _w_wxid, False)),
    "plate": (("std_7", 6, _p_std, False), ("new_energy_8", 3, _p_ne, False),
              ("dot_sep", 1, _p_dot, False), ("space_sep", 1, _p_space, False)),
    "address": (("province_full_room", 3, _a_full, False), ("city_district_road_no", 3, _a_road, False),
                ("district_estate_bare_room", 3, _a_estate, False), ("road_estate_dash_room", 2, _a_dash, False),
                ("county_town_village_no", 1, _a_village, False)),
}


# --------------------------------------------------------------------------- near-miss generators


def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _not_luhn(r: random.Random, n: int, first: str = "123456789") -> str:
    while True:
        s = _digits(r, n, first)
        if not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def _n_bib(r):
    return r.choice((f"{r.choice('ABCDEFH')}{r.randint(1, 99999):05d}", f"{r.choice('ABCF')}{r.randint(1, 9999):04d}",
                     str(r.randint(10001, 39999)), f"M{r.randint(100, 9999)}"))


def _n_race_time(r):
    return r.choice((f"{r.randint(2, 6)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                     f"{r.randint(1, 2)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                     f"{r.randint(38, 59)}:{r.randint(0, 59):02d}",
                     f"{r.randint(1, 5)}小时{r.randint(1, 59)}分"))


def _n_distance(r):
    return r.choice(("21.0975km", "42.195km", "42.195公里", "10km", "5公里", "半程21.0975公里", "100K", "50KM",
                     f"{r.randint(30, 180)}km", f"{r.randint(8, 35)}.{r.randint(1, 9)}公里", "1500米", "25米"))


def _n_pace(r):
    return r.choice((f"{r.randint(4, 7)}'{r.randint(0, 59):02d}\"", f"{r.randint(4, 7)}分{r.randint(1, 59)}秒",
                     f"{r.randint(4, 6)}:{r.randint(0, 59):02d}/km", f"{r.randint(22, 38)}.{r.randint(0, 9)}km/h"))


def _n_hr(r):
    return r.choice((f"{r.randint(120, 189)}", f"{r.randint(120, 189)}bpm", f"{r.randint(48, 65)}"))


def _n_price(r):
    return r.choice((f"{r.choice((120, 150, 180, 200, 260, 298, 300, 398))}元", f"¥{r.choice((99, 168, 2680, 3600, 4980))}",
                     f"{r.randint(1, 9)}{r.randint(0, 9)}80.00", f"{r.choice((68, 88, 128, 688))}块",
                     f"{r.randint(2, 30)}00元"))


def _n_date(r):
    mo, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{mo}月{d}日", f"2025年{mo}月{d}日", f"2025-{mo:02d}-{d:02d}", f"{mo}.{d}",
                     f"{mo}月{d}号早上{r.randint(5, 8)}点", f"{r.randint(5, 8)}:{r.choice(('00', '30', '15', '45'))}",
                     f"周{r.choice('六日')}早上{r.randint(5, 8)}点半", f"{mo}/{d} {r.randint(6, 20)}:00"))


def _n_date_only(r):
    mo, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{mo}月{d}日", f"2025年{mo}月{d}日", f"2025-{mo:02d}-{d:02d}", f"{mo}.{d}", f"{mo}月{d}号",
                     f"{mo}/{d}", f"下周{r.choice('一二三四五六日')}"))


def _n_clock(r):
    return r.choice((f"{r.randint(5, 9)}:{r.choice(('00', '30', '15', '45'))}", f"{r.randint(5, 9)}点半",
                     f"{r.randint(5, 10)}点", f"{r.randint(6, 9)}点{r.choice(('10', '20', '40'))}"))


def _n_order(r):
    return r.choice((f"E{_digits(r, 18)}", f"BM{_digits(r, 14)}", _not_luhn(r, r.choice((16, 18, 19))),
                     _digits(r, r.choice((12, 13, 20, 22))), f"HX{r.randint(2023, 2025)}{_digits(r, 10)}"))


def _n_tracking(r):
    return r.choice((f"SF{_digits(r, 13)}", f"YT{_digits(r, 13)}", f"JD{_digits(r, 13, '0')}",
                     f"JT{_digits(r, 13)}", _digits(r, 12, "7"), f"{_digits(r, 15, '7')}"))


def _n_code(r):
    return r.choice((_digits(r, 6, "0123456789"), _digits(r, 4, "0123456789"), _digits(r, 6)))


def _n_hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", f"400{_digits(r, 7, '0123456789')}",
                     f"4006-{_digits(r, 3)}-{_digits(r, 3)}", f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                     r.choice(("95518", "95511", "95500", "95588", "95555", "95519", "12345", "120", "110"))))


def _n_masked(r):
    m = _mobile_digits(r)
    idv = _id_value(r)
    c = _card(r, CARD_BINS_19, 19)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{idv[:4]}**********{idv[14:]}",
                     f"{idv[:6]}********{idv[14:]}", f"{c[:4]} **** **** {c[-4:]}", f"**** {c[-4:]}",
                     f"{c[:6]}*********{c[-4:]}", m[7:], f"****{m[7:]}"))


def _n_policy(r):
    return r.choice((f"PDAA2025{_digits(r, 14)}", f"P{r.randint(2023, 2025)}{_digits(r, 9)}",
                     f"AQGZ{_digits(r, 16)}", f"{_digits(r, 4)}{r.choice('ABCD')}{_digits(r, 12)}"))


def _n_seat(r):
    return r.choice((f"{r.randint(1, 30)}座", f"{r.randint(1, 6)}号车{r.randint(1, 50)}号", f"{r.randint(1, 49)}号座位",
                     f"{r.randint(1, 12)}排{r.randint(1, 4)}座"))


def _n_locker(r):
    return r.choice((f"{r.choice('ABCD')}-{r.randint(1, 320)}", f"{r.randint(1, 480)}号柜", f"{r.choice('ABC')}{r.randint(100, 399)}",
                     f"{r.randint(1, 480)}号"))


def _n_age(r):
    return r.choice((f"{r.randint(4, 12)}岁", f"{r.randint(3, 9)}岁半", f"{r.randint(4, 11)}周岁", f"{r.randint(5, 13)}岁"))


def _n_body(r):
    return r.choice((f"{r.randint(105, 190)}cm", f"{r.randint(18, 95)}kg", f"1米{r.randint(1, 8)}{r.randint(0, 9)}",
                     f"{r.randint(90, 190)}斤", f"{r.randint(110, 185)}"))


def _n_shoe(r):
    return r.choice((f"{r.randint(34, 46)}码", f"{r.randint(36, 45)}", f"{r.randint(23, 29)}{r.choice(('', '.5'))}"))


def _n_elev(r):
    return r.choice((f"{r.randint(300, 4800)}m", f"{r.randint(300, 5200)}米", f"{r.randint(1, 3)}.{r.randint(1, 9)}公里"))


def _n_temp(r):
    return r.choice((f"-{r.randint(3, 28)}℃", f"零下{r.randint(3, 28)}度", f"{r.randint(15, 38)}°C", f"{r.randint(18, 30)}度"))


def _n_ticket(r):
    return r.choice((_digits(r, 13), f"XP{_digits(r, 10)}", _digits(r, 10)))


def _n_bad_id(r):
    while True:
        b = _id_body(r)
        c = r.choice("0123456789X")
        if c != _id_check(b) and not _luhn_ok(b + c if c != "X" else b + "0"):
            return b + c


def _n_bad_card(r):
    return _not_luhn(r, r.choice((16, 19, 19, 17)), r.choice(("6", "62", "4")))


def _n_postal(r):
    return r.choice(("100101", "310115", "518057", "310000", "610041", "430082", "075400", "361000", "200030"))


def _n_group(r):
    return r.choice((f"{r.choice('ABCDEF')}区", f"第{r.randint(1, 9)}组", f"{r.choice('ABC')}组", f"第{r.randint(1, 4)}枪",
                     f"{r.randint(1, 8)}号车", f"{r.randint(1, 5)}队"))


def _n_place(r):
    return r.choice(PLACES)


def _n_coupon(r):
    return r.choice(("RUN2025", "SKI100", "HIKE50", f"MA{r.randint(1000, 9999)}", f"VIP{r.randint(10, 99)}OFF"))


def _n_count(r):
    return r.choice((f"{r.randint(12, 60)}人", f"{r.randint(20, 99)}人", f"{r.randint(8, 40)}位", f"{r.randint(3, 9)}0人"))


def _n_lesson(r):
    return r.choice((f"{r.randint(8, 24)}节课", f"第{r.randint(1, 20)}节", f"{r.randint(10, 50)}次卡", f"{r.randint(1, 12)}个月"))


def _n_group_id(r):
    return r.choice((f"{r.randint(1, 3)}群", f"{r.randint(2, 9)}期", f"{r.randint(2015, 2025)}届"))


NEAR = {
    "bib": _n_bib, "race_time": _n_race_time, "distance": _n_distance, "pace": _n_pace, "heart_rate": _n_hr,
    "price": _n_price, "date_time": _n_date, "date": _n_date_only, "clock": _n_clock, "order_no": _n_order, "tracking_no": _n_tracking,
    "verify_code": _n_code, "hotline": _n_hotline, "masked": _n_masked, "policy_no": _n_policy,
    "bus_seat": _n_seat, "locker_no": _n_locker, "age": _n_age, "body_metric": _n_body, "shoe_size": _n_shoe, "elevation": _n_elev,
    "temperature": _n_temp, "ticket_no": _n_ticket, "bad_id": _n_bad_id, "bad_card": _n_bad_card,
    "postal_code": _n_postal, "group_no": _n_group, "place": _n_place, "coupon": _n_coupon, "count": _n_count,
    "lesson": _n_lesson, "batch": _n_group_id,
}

LIT = {"nick": NICKS, "bank": BANKS, "branch": BRANCHES, "size": SIZES, "blood": BLOODS}

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    # --- marathon / race registration
    "您好，报名信息核对一下：证件号{id_card}，手机{mobile}，紧急联系人{mobile}（妈妈），血型{@blood}型，T恤{@size}码",
    "紧急联系人电话填的是{mobile}，是我老公的",
    "身份证：{id_card}\n手机：{mobile}\n紧急联系人：爸爸 {mobile}\n血型：{@blood}\n衣服尺码：{@size}",
    "{id_card} 这个是我的身份证号，系统一直提示已被占用，是不是有人用我的信息报了名？",
    "老师，我报名时身份证号填错了一位，正确的是{id_card}，麻烦帮我改下",
    "抽签结果短信发到{mobile}了吗？我一直没收到😭",
    "中签了！！号码布是{~bib}，领物的时候要带身份证原件吗？我证件号{id_card}",
    "{id_card}，{mobile}，{@size}，{@blood}型",
    "您好 半马组 证件号码{id_card} 手机号码{mobile} 麻烦查下报名成功没有",
    "【报名信息】\n证件类型：身份证\n证件号码：{id_card}\n手机号码：{mobile}\n紧急联系人电话：{mobile}\n邮箱：{email}\n血型：{@blood}\n服装尺码：{@size}",
    "紧急联系人：{mobile}（配偶）",
    "紧急联系人我填我姐了 {mobile}，她就在终点等我",
    "不好意思 刚才发错了 是{mobile}",
    "{mobile}",
    "{id_card}",
    "身份证{id_card}，号码布{~bib}，完赛时间{~race_time}，证书能重新出一下吗？名字打错了",
    "芯片计时没记录，我的参赛号{~bib}，手机{mobile}，用时大概{~race_time}",
    "{~distance}组报名，证件{id_card}，T恤{@size}码",
    "我心率{~heart_rate}是不是太高了…对了紧急联系人改成{mobile}",
    "客服你好 我的报名手机是{mobile} 验证码{~verify_code}一直提示过期",
    "组委会热线{~hotline}打不通，只能在这问了，我的证件号{id_card}",
    "帮我朋友也报一个，他身份证{id_card} 电话{mobile}",
    "{mobile} 这个是我爸的，紧急联系人",
    "我身份证后面是X的：{id_card|check_x_upper}",
    "身份证号码末尾是小写x可以吗 {id_card|check_x_lower}",
    "证件号{id_card}\n紧急联系人{mobile}\n跑过{~distance}，最好成绩{~race_time}",
    "您好，我想把名额转让给同事，他的证件号是{id_card}，手机{mobile}，可以吗？",
    "报名用的手机号已经停机了，原来是{mobile}，现在换成{mobile}了",
    # --- cycling
    "骑行赛报名成功了吗？我用{mobile}报的，证件号{id_card}",
    "环湖骑行保障车电话{mobile}，有掉队的直接打",
    "车队队长微信{wechat}，QQ{qq}",
    "明天{~distance}拉练，集合点{~place}，领队手机{mobile}，保障车{plate}",
    "骑行服定制尺码：{@size}，寄到{address}，电话{mobile}",
    # --- race kits / medals mailed
    "领物邮寄地址：{address}，收件电话{mobile}",
    "参赛包麻烦寄到{address}，电话{mobile}，谢谢🙏",
    "地址改一下哈，之前填的不对，新地址是{address}",
    "收件人电话 {mobile}\n地址 {address}\n衣服要{@size}的",
    "快递员说地址不详，完整地址是{address}，麻烦更新下",
    "寄到我单位吧：{address}，前台代收，电话{landline}",
    "地址：{address}\n电话：{mobile}\n备注：工作日送",
    "{address} 这个地址能寄吗？顺丰到付也行",
    "奖牌邮寄地址{address}，手机号码{mobile}。",
    "我换地址了哈 {address}",
    "快递单号{~tracking_no}，收件地址{address}，显示签收但我没收到",
    "📮{address}\n📞{mobile}",
    "冬令营回程送到家：{address}，家长手机{mobile}",
    "完赛奖牌还没收到，地址是{address}，邮编{~postal_code}",
    "寄{address} 谢谢",
    # --- refunds to bank cards
    "退赛退款请退到这张卡：{bank_card}，开户行{@bank}",
    "退款账户{bank_card}（{@bank}），报名费{~price}，麻烦尽快处理",
    "卡号{bank_card} 户名跟报名人一致的",
    "我把卡号发你：{bank_card}",
    "{bank_card} {@bank}的，退款到这个就行",
    "退费账号{bank_card}，金额{~price}，麻烦备注退赛",
    "卡号{bank_card}，{@bank}，支行不记得了",
    "之前给的卡{~masked}注销了，换这张{bank_card}",
    "卡号：\n{bank_card}",
    "私教课退款，银行卡{bank_card}，开户行{@bank}{@branch}支行",
    "退款到原卡不行的话打到{bank_card}，这个是{@bank}卡",
    "你好，我的信用卡{bank_card}扣了两次报名费，订单{~order_no}",
    "这张卡{bank_card}付款失败，是不是外币卡不能报？",
    "游泳班剩下的{~lesson}退了吧，退到{bank_card}",
    "雪季卡退款：{bank_card}，持卡人本人，身份证{id_card}",
    # --- insurance
    "补充一下保险信息，被保险人证件{id_card}，受益人法定",
    "保险已经买了，保单{~policy_no}，被保人证件{id_card}",
    "滑雪保险投保人身份证{id_card}，被保险人{id_card}（孩子）",
    "理赔材料寄到{address}吗？我这边联系电话{mobile}",
    "户外意外险需要证件号，我的是{id_card}，{~date}出发那趟",
    "理赔款打到{bank_card}就行，保单号{~policy_no}",
    # --- hiking / camping 接龙
    "#接龙\n周六爬香山 报名+保险信息\n1. {@nick} {mobile} {id_card}\n2. {@nick} {mobile} {id_card}\n3. {@nick}",
    "{@nick} {mobile} {id_card} 买保险用",
    "接龙+1：{@nick} {mobile} 身份证{id_card} 紧急联系人{mobile}",
    "7. {@nick} {id_card} {mobile}",
    "【周日溯溪 接龙】\n领队：{@nick} {mobile}\n1. {@nick} {mobile}\n2. {@nick} {mobile}\n3. {@nick} {mobile}\n集合：{~date_time} {~place}",
    "【保险信息统计】请大家按格式接龙：昵称+手机+身份证\n1. {@nick} {mobile} {id_card}\n2. {@nick} {mobile} {id_card}",
    "12. {@nick} {mobile}\n13. {@nick} {mobile} 带娃一个 {~age}",
    "领队电话：{mobile}，{~date_time}集合，别迟到",
    "我手机号是{mobile|cn_numerals}，我年纪大了不太会弄，麻烦帮我报一下",
    "手机{mobile|cn_numerals} 打这个",
    "俺的号码{mobile|cn_numerals}，周六爬山算我一个",
    "身份证号我发你了 手机号{mobile|cn_numerals} 对吧",
    "营地订位：{~date}两晚，联系电话{mobile}，车牌{plate}",
    "露营装备押金退到{bank_card}，帐篷已经还了",
    "户外群满了，加我微信{wechat}我拉你",
    "有需要的加我qq：{qq}，群文件里有路线轨迹",
    "【拼车】{plate} 余座2，{~date_time}出发，电话{mobile}",
    "拼车的看这里👇\n车主电话{mobile}\n车牌{plate}\n集合点：{~place}",
    "出发前统计车辆：{plate}（可坐3人）、{plate}（满）",
    "15. {@nick} {mobile} {id_card} 自驾 {plate}",
    # --- swimming classes / kids
    "孩子身份证号{id_card}，报暑假游泳班，家长电话{mobile}",
    "宝宝的证件号是{id_card}，上课时间周六上午可以吗",
    "游泳卡办在孩子名下，身份证{id_card}，我手机{mobile}",
    "家长联系方式：{mobile}（妈妈） {mobile}（爸爸）",
    "教练，我是周三班那个小朋友家长，电话换了，新号码{mobile}",
    "儿童游泳班报名：孩子{~age}，身高{~body_metric}，家长手机{mobile}",
    "孩子过敏体质，紧急情况请联系{mobile}或者{landline}",
    "接送卡登记：家长手机{mobile}，家里座机{landline}",
    "小朋友户口本上的身份证号是{id_card}，之前填的那个错了",
    # --- gym
    "会员卡绑的手机号是{mobile}，我想转卡给朋友，他号码{mobile}",
    "老板 我那个年卡转让的事，对方手机{mobile} 身份证{id_card}",
    "储物柜{~locker_no}钥匙丢了，我会员手机号{mobile}",
    "你们的座机{landline}一直打不通",
    "团课预约用的是{mobile}，{~date_time}那节帮我取消一下",
    "健身房合同寄到{address}，我{~date}后都在家",
    # --- ski resorts / plates
    "停车证需要登记车牌：{plate}，手机尾号{~masked}",
    "拼车去崇礼，我的车是{plate}，明早{~clock}在地铁站B口等",
    "我开车过去，车牌号{plate}，能帮忙登记进停车场吗",
    "{plate} 白色的途观，到了打我电话{mobile}",
    "雪场停车场登记：{plate}，预计{~clock}到",
    "房车营地停车需要报车牌，{plate}，谢谢",
    "车牌是{plate}吗？我看登记表上写的是这个",
    "雪具寄存登记：手机{mobile}，车牌{plate}",
    "滑雪私教预约，联系电话{mobile}，{~date}上午，两个人",
    "{plate}",
    "酒店接驳车别等了，我们自己开车，车牌{plate}，我们一共{~count}",
    # --- email
    "团体报名名单发您邮箱了，{email}发出的，查收一下",
    "成绩证书可以发到我邮箱吗？{email}",
    "发票抬头个人，发到{email}就行",
    "邮箱写错了，应该是{email}，不是qq的那个",
    "{email}",
    "qq邮箱{email}",
    "请把报名表发送至{email}，邮件标题写 组别+姓名",
    "Email: {email}\nTel: {mobile}",
    "email是{email}，手机{mobile}，座机{landline}",
    "俱乐部对公邮箱{email}，发票寄到{address}",
    "好的，我邮箱{email}，QQ也可以{qq}",
    "我们公司组团报名，对接人座机{landline}，邮箱{email}",
    "体检报告扫描件已经发到{email}了，麻烦审核",
    "照片直播的原图能发我邮箱吗 {email} 号码布{~bib}",
    # --- qq / wechat
    "有问题加我QQ{qq}，白天上班不方便看微信",
    "跑团QQ群里找我也行，我QQ是{qq}",
    "我微信号{wechat}，拉我进一下跑团群呗",
    "加一下领队微信：{wechat}，备注跑团+名字",
    "vx：{wechat} 手机{mobile}",
    "微信同手机号{mobile}",
    "我微信{wechat}，手机号就是{mobile}",
    "加我v：{wechat}",
    "企鹅号{qq}",
    "扣扣：{qq}",
    "Q{qq} 微{wechat}",
    "微信搜{wechat}就能找到我",
    "{wechat}是我微信，头像是雪山那个",
    "👉{wechat}👈 加这个",
    "qq {qq} 验证写跑团",
    "越野跑装备群：加群主微信{wechat}，或者QQ{qq}",
    "我没有微信，QQ：{qq}，手机{mobile}",
    # --- landline
    "赛事组委会办公室电话{landline}，工作日9点到5点",
    "有事打我座机{landline}，手机信号不好",
    "俱乐部前台电话{landline}",
    "联系电话：{landline}（周一至周五）",
    "打{landline}找前台就行",
    "单位电话{landline}，手机{mobile}",
    "电话📞{mobile}",
    "座机{landline} 手机{mobile} 都可以",
    "游泳馆电话是{landline}吗？打过去说是空号",
)

NEAR_TEMPLATES = (
    "号码布{~bib}，完赛{~race_time}，PB了🎉",
    "今天配速{~pace}，平均心率{~heart_rate}，跑了{~distance}",
    "{~distance}关门时间{~race_time}，各位注意",
    "报名费{~price}，早鸟价{~price}，{~date}截止",
    "订单号{~order_no}，已付款，怎么查报名状态",
    "快递单号{~tracking_no}，参赛包今天发出",
    "【马拉松组委会】您的验证码是{~verify_code}，5分钟内有效",
    "组委会热线{~hotline}，工作时间9:00-18:00",
    "尾号{~masked}的跑友，你的号码布在领物处",
    "保单号{~policy_no}，理赔请拨{~hotline}",
    "{~bus_seat}，大巴{~date_time}发车",
    "储物柜{~locker_no}，用完把钥匙还前台",
    "孩子{~age}，身高{~body_metric}，能报进阶班吗",
    "累计爬升{~elevation}，{~distance}，用时{~race_time}",
    "雪场今天{~temperature}，风大，注意保暖",
    "雪票号{~ticket_no}，怎么退",
    "证件号{~bad_id}提示校验失败，是不是系统有问题？",
    "交易流水号{~bad_card}，钱扣了但报名没成功",
    "邮编{~postal_code}要填吗",
    "{~group_no}出发时间{~date_time}，请提前检录",
    "{~date_time}在{~place}集合，不见不散",
    "优惠码{~coupon}，报名立减",
    "报名人数已达{~count}，报满即止",
    "身份证号{~masked}的请尽快补充资料",
    "卡号{~masked}退款已原路返回，预计{~date}到账",
    "我输的卡号{~bad_card}一直提示无效，是不是输错了",
    "手机号{~masked}已绑定，如非本人操作请联系{~hotline}",
    "体重{~body_metric}，身高{~body_metric}，跑全马会不会伤膝盖",
    "静息心率{~heart_rate}，最大心率{~heart_rate}，这个区间正常吗",
    "第二次参加了，去年{~race_time}，今年目标破{~race_time}",
    "🏃‍♂️{~distance} {~race_time} 配速{~pace}",
    "{~bib}是谁的号码布？掉在{~place}了",
    "大巴{~bus_seat}，{~date_time}从{~place}出发",
    "游泳课{~lesson}，{~price}，{~date_time}开课",
    "会员卡还有{~lesson}，能延期到{~date}吗",
    "{~batch}训练营{~date}开营，名额{~count}",
    "海拔{~elevation}，气温{~temperature}，记得带冲锋衣",
    "订单{~order_no}退款{~price}已提交",
    "申请退款，订单编号：{~order_no}",
    "发票号码{~ticket_no}，金额{~price}",
    "保单号：{~policy_no}\n保障期间：{~date}至{~date}",
    "{~age}的小朋友报哪个班？{~lesson}多少钱",
    "我跑{~distance}的，{~group_no}，号码布{~bib}",
    "领物时间{~date_time}至{~date_time}，地点{~place}",
    "验证码{~verify_code}",
    "客服电话{~hotline}",
    "{~race_time}",
    "物流单号 {~tracking_no} 查不到信息",
    "顺丰{~tracking_no}，到付{~price}",
    "你好 雪票{~ticket_no} 还没激活 能帮看下吗",
    "跑鞋还有{~shoe_size}的吗，我平时穿{~shoe_size}",
    "收货邮编{~postal_code}，不用写也行吧",
    "今天{~distance}越野，爬升{~elevation}，心率最高{~heart_rate}",
    "取件码{~verify_code}，放在{~locker_no}",
    "{~distance}那个补给站水不够了",
    "{~place}停车场满了，排队的有{~count}",
    "教练好，{~date_time}的课我请假",
    "退款{~price}到尾号{~masked}的卡上了吗",
    "报名截止{~date}，费用{~price}，限{~count}",
    "{~group_no}的注意，起跑时间改到{~clock}",
    "订单号{~order_no}，保单号{~policy_no}",
    "请拨打{~hotline}咨询雪场开放时间",
    "租板{~price}/天，雪鞋要{~shoe_size}",
    "我的报名号是{~order_no}，帮我查下抽签结果",
    "付款单号{~bad_card}，请核实",
    "系统说{~bad_id}这个证件号格式不对",
    "{~date_time}晨跑，{~distance}，{~pace}",
    "成绩单显示{~race_time}，但我手表是{~race_time}，差了一分多钟",
)

_PH = re.compile(r"\{([~@]?)([a-z_]+)(?:\|([a-z0-9_]+))?\}")


def _template_kinds(t: str) -> list[tuple[str, str | None]]:
    return [(m.group(2), m.group(3)) for m in _PH.finditer(t) if m.group(1) == ""]


def _pick_fmt(r: random.Random, kind: str, restrict: str | None):
    table = FMT[kind]
    if restrict:
        return next(row for row in table if row[0] == restrict)
    rows = [row for row in table if not row[3]]
    return r.choices(rows, weights=[row[1] for row in rows])[0]


def _render(r: random.Random, t: str, force: tuple[str, str] | None = None):
    text, ents, fmts, near = "", [], [], []
    pos = 0
    forced_done = False
    for m in _PH.finditer(t):
        text += t[pos:m.start()]
        pos = m.end()
        sig, name, restrict = m.groups()
        if sig == "@":
            text += r.choice(LIT[name])
        elif sig == "~":
            v = NEAR[name](r)
            near.append((name, len(text), len(text) + len(v)))
            text += v
        else:
            if force and not forced_done and name == force[0] and (restrict in (None, force[1])):
                row = next(x for x in FMT[name] if x[0] == force[1])
                forced_done = True
            else:
                row = _pick_fmt(r, name, restrict)
            pre, v, suf = row[2](r)
            text += pre
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(row[0])
            text += v + suf
    text += t[pos:]
    if force:
        assert forced_done, (t, force)
    return text, ents, fmts, near


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows: list[dict] = []
    tids: list[str] = []
    # forced formats, cycling through compatible templates
    for kind in KINDS:
        for fname, _w, _g, restricted in FMT[kind]:
            compat = [i for i, t in enumerate(PII_TEMPLATES)
                      if any(k == kind and (rs == fname or (rs is None and not restricted))
                             for k, rs in _template_kinds(t))]
            r.shuffle(compat)
            for j in range(FORCE_PER_FMT):
                i = compat[j % len(compat)]
                text, ents, fmts, near = _render(r, PII_TEMPLATES[i], (kind, fname))
                rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=near, split=SPLIT))
                tids.append(f"P{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        text, ents, fmts, near = _render(r, PII_TEMPLATES[i])
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=near, split=SPLIT))
        tids.append(f"P{i}")
    # near-miss-only rows: every template at least once, then random
    order = list(range(len(NEAR_TEMPLATES)))
    r.shuffle(order)
    for k in range(N_NEAR_ROWS):
        i = order[k] if k < len(order) else r.randrange(len(NEAR_TEMPLATES))
        text, ents, fmts, near = _render(r, NEAR_TEMPLATES[i])
        assert not ents
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=near, split=SPLIT))
        tids.append(f"N{i}")
    perm = list(range(len(rows)))
    r.shuffle(perm)
    rows = [rows[p] for p in perm]
    if meta is not None:
        meta.extend(tids[p] for p in perm)
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind35_corpus() -> pd.DataFrame:
    """Build the blind35 corpus (deterministic)."""
    return _build()


# --------------------------------------------------------------------------- label checks

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._]*@[a-z0-9-]+(\.[a-z0-9-]+)+", re.I)
_PLATE_RE = re.compile(rf"[{PLATE_PROV}][A-Z][·\s]?[A-Z0-9]{{5,6}}")
_ADDR_START = tuple(p for p, _, _ in ADDR_PCD if p) + tuple(c for _, c, _ in ADDR_PCD) + \
    tuple(d for _, _, d in ADDR_PCD) + tuple(a for a, _, _ in VILLAGES)
_ADDR_END = re.compile(r"(号|栋|号楼|单元|室|\d)$")


def _check_entity(kind: str, v: str) -> None:
    n = _norm(v)
    if kind == "mobile":
        assert _MOBILE_RE.fullmatch(n), v
    elif kind == "id_card":
        assert _id_ok(n), v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "landline":
        assert n.isdigit() and n[0] == "0" and 10 <= len(n) <= 12, v
        code = n[:3] if n[:3] in AREA_CODES_3 else n[:4]
        assert code in AREA_CODES_3 + AREA_CODES_4, v
    elif kind == "email":
        assert _EMAIL_RE.fullmatch(v), v
    elif kind == "qq":
        assert v.isdigit() and 5 <= len(v) <= 10 and v[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v), v
    elif kind == "plate":
        assert _PLATE_RE.fullmatch(v), v
    elif kind == "address":
        assert v.startswith(_ADDR_START) and _ADDR_END.search(v), v
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), (text, es, fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text, spans)
        for k, s, e in es:
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v[0] not in "：:，,。" and v[-1] not in "：:，,。", (k, v)
            _check_entity(k, v)
            n_ent += 1
            # prefix / extension outside the span, and the span is not glued to more digits
            assert text[:s].endswith("+86") or not (s > 0 and text[s - 1].isdigit() and text[s - 1].isascii()), \
                (k, text)
            if k != "landline":
                assert not (e < len(text) and text[e].isdigit() and text[e].isascii()), (k, text)
        for k, s, e in ns:
            assert k in NEAR, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            assert not _MOBILE_RE.fullmatch(n), (k, v)
        # no unlabelled long digit run
        covered = [False] * len(text)
        for _, s, e in list(es) + list(ns):
            for i in range(s, e):
                covered[i] = True
            if text[:s].endswith("+86"):  # the country code is outside the span but is no stray number
                covered[s - 2] = covered[s - 1] = True
        for m in re.finditer(r"\d{5,}", text):
            assert all(covered[m.start():m.end()]), ("unlabelled digits", text, m.group())
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
    assert df.equals(make_blind35_corpus())  # deterministic
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
        print(f"  {f:36s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{row[0]}" for k in KINDS for row in FMT[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

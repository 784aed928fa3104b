"""Twenty-second blind PII corpus (``split == "blind22"``): travel and hospitality WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十三位写手").  What it read:
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point
names only), the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of ``toolkit/privacy/mask.py`` (found with
``grep -n -A14 "^PII_KINDS"``) and a few lines of the public customer-service data under
``../shared/datasets/stc3_weibo_helpdesk`` (Elong / Qunar hotel and ticket complaints) for the
tone of chat contexts; no personal data was copied from it.  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, other tests or other writers' corpora,
nor git history; it never imported ``toolkit`` nor ran any masking / finding function on this data.
Standard library + pandas only.

What is different here: THEME = travel and hospitality.  Messages come from hotels, homestays
(民宿 / 客栈), travel agencies, tour groups, ticketing agents, scenic spots, car-hire desks, drivers
and event organisers: family and group bookings (several IDs and phones in one message, lists
pasted from spreadsheets with tabs), invoices to companies (抬头 / 税号 / 财务邮箱), deposits and
refunds to cards, pick-up addresses and meeting points, lost items sent home, guides and drivers
giving their own mobile / WeChat / plate.  Common habits dominate (plain 11-digit mobiles, plain
18-digit IDs, ``0571-87654321``); rarer ones (full-width digits, Chinese-numeral mobiles,
lower-case ``x`` in IDs, full-width ``＠``, lower-case plates) appear at small rates.  About a third
of the rows are ordinary chat lines with neither personal data nor near-misses.  Near-misses are
the numbers such an archive is full of: OTA order numbers, 6-letter booking references, flight /
train numbers, seats, gates, e-ticket numbers, prices, dates, times, hotel room numbers, Wi-Fi
passwords, door codes, parking spots, mileage, 400 / 800 / 95xxx / 12306 hotlines, tour group
codes, travel-agency licence numbers, courier tracking numbers, invoice numbers (8, 12 and 20
digits), credit codes, masked values, card tails, membership card numbers failing Luhn, bank
serial numbers that look like ID numbers (6 digits + a 2024 date + 4 digits) failing the check
digit, postal codes, car models and place-only meeting points (``丽江古城四方街``, ``兵马俑一号坑入口``).

Seed
----
``SEED = "blind22-travel-hospitality-第二十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064 MOD 11-2) and Luhn digits
are computed here; every near-miss with 16-19 digits fails Luhn, every 18-digit one fails the ID
check, none is a valid mobile.  Each value format is first forced 4 times into 4 distinct
templates holding its kind (rare formats never into pasted forms, marked ``§``); the other rows
draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``, kinds email, id_card, bank_card, mobile,
  landline, qq, wechat, plate, address (no names; people appear only as roles such as 本人 /
  老人 / 司机).  The span holds the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``) are outside; separators inside a value (spaces, dashes,
  ``·`` in plates, the parentheses around an area code) are inside.  An address runs from its
  first place unit (province / city, also a city written without 市 such as ``杭州西湖区…`` /
  district / county / road) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 or a
  bare / dashed room number ``16-2-207``); a building name between 号 and 层 is inside; 门口,
  postal codes and shop names after it are outside.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT be masked
* ``split``       -- always ``"blind22"``

Counts (``.venv/bin/python tests/privacy/pii_blind22.py``)
-----------------------------------------------------------
rows=2390 pii_rows=900 near_rows=660 plain_rows=830 entities=1410
  mobile      412
  id_card     240
  address     162
  landline    124
  plate       106
  email       104
  bank_card   100
  wechat       86
  qq           76
near-miss spans=1327 (1042 in near-miss rows) kinds=29
  time 206, price 174, date 146, order_no 77, place_only 72, hotline 50, train_no 47, flight_no 42, hotel_room 40, credit_code 37, invoice_no 36, tail_digits 36, verify_code 34, door_code 33, group_code 30, seat 27, bad_card 24, serial_no 23, booking_ref 23, parking_spot 22, ticket_no 22, postal_code 21, tracking_no 21, car_model 19, wifi_pwd 16, mileage 15, masked 15, gate 11, license_no 8
formats=42 distinct
  address/city_no_shi              22  templates=17
  address/city_start               55  templates=22
  address/dash_room                16  templates=11
  address/district_start           23  templates=13
  address/full_prov                23  templates=15
  address/road_start               10  templates=8
  address/village                  13  templates=10
  bank_card/dash_4                  5  templates=5
  bank_card/plain_16               18  templates=11
  bank_card/plain_19               38  templates=14
  bank_card/space_4444_16          17  templates=10
  bank_card/space_4_19             22  templates=12
  email/corp_domain                31  templates=15
  email/fullwidth_at                5  templates=5
  email/pinyin_free                27  templates=11
  email/qqmail_digits              41  templates=16
  id_card/lower_x                   5  templates=5
  id_card/plain_18                222  templates=29
  id_card/space_6_8_4              13  templates=10
  landline/area_dash               62  templates=19
  landline/area_paren              12  templates=8
  landline/area_plain              17  templates=11
  landline/area_space              14  templates=10
  landline/dash_split               6  templates=6
  landline/local_only              13  templates=11
  mobile/cn_digits                  6  templates=5
  mobile/dash_344                  36  templates=27
  mobile/fullwidth_11               5  templates=5
  mobile/plain_11                 294  templates=67
  mobile/prefix86_11               21  templates=18
  mobile/space_344                 50  templates=37
  plate/dot_7                      18  templates=9
  plate/lower_letter                5  templates=5
  plate/nev_8                      19  templates=12
  plate/plain_7                    50  templates=17
  plate/space_7                    14  templates=10
  qq/digits_6_8                    28  templates=11
  qq/digits_9_10                   48  templates=11
  wechat/en_name_mixed             26  templates=10
  wechat/letters_only              13  templates=7
  wechat/pinyin_digits             28  templates=13
  wechat/wxid                      19  templates=12
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind22-travel-hospitality-第二十三位写手"
SPLIT = "blind22"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# --------------------------------------------------------------------------------------------
# value material (fixed tuples only)
# --------------------------------------------------------------------------------------------

ID_AREAS = (
    "110101", "110105", "110108", "120101", "130102", "140105", "150102", "210202", "220102", "230103",
    "310104", "310115", "320102", "320506", "330106", "330108", "330302", "330482", "340104", "350203",
    "360102", "370202", "410105", "420106", "430104", "440106", "440305", "450103", "460105", "500103",
    "510107", "520102", "530102", "532901", "610113", "620102", "640104", "650102", "330521", "321282",
)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_C = "10X98765432"

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
    # the big old ranges are drawn twice as often
    "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "180", "186", "187", "188", "189",
    "177", "199", "133", "153", "156",
)
# (area code, local length, first digits allowed)
AREAS = (
    ("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("028", 8), ("029", 8), ("025", 8),
    ("027", 8), ("0571", 8), ("0512", 8), ("0532", 8), ("0755", 8), ("0871", 8), ("0898", 8),
    ("0851", 8), ("0451", 8), ("0411", 8), ("0731", 8), ("0591", 8), ("0872", 7), ("0888", 7),
    ("0773", 7), ("0744", 7), ("0559", 7), ("0592", 7), ("0891", 7), ("0937", 7), ("0580", 7),
    ("0931", 7), ("0572", 7), ("0578", 7), ("0793", 7),
)
AREA_CODES = tuple(a for a, _ in AREAS)
BINS19 = ("621700", "622700", "623668", "622848", "621661", "622202", "621226", "621799", "622262",
          "955880", "955998", "621485", "622823")
BINS16 = ("622588", "621483", "622575", "625802", "436742", "427020", "456351", "524374", "552599",
          "531693", "622155", "625969")
PLATE_PROV = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新蒙"
PLATE_CITY = (("浙", "ABCEFGJ"), ("云", "AFHLKP"), ("琼", "ABF"), ("桂", "ACH"), ("湘", "AG"), ("川", "AB"),
              ("京", "ABEFNPQ"), ("沪", "ABCDK"), ("粤", "ABS"), ("闽", "ADC"), ("藏", "A"), ("新", "A"),
              ("甘", "AF"), ("陕", "AU"), ("鲁", "ABK"), ("苏", "ABE"), ("皖", "AJ"), ("黑", "A"),
              ("渝", "AB"), ("赣", "AK"), ("贵", "A"), ("辽", "B"), ("鄂", "A"), ("冀", "A"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SURN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
        "zhu", "hu", "guo", "he", "lin", "luo", "gao", "tang", "song", "xie", "han", "feng", "deng")
GIVN = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
        "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hui", "ting", "xin", "yu", "hao", "lu")
EN_NAMES = ("Lily", "Amy", "Tony", "Kevin", "Coco", "Sunny", "Jason", "Vicky", "Daisy", "Cindy", "Eric",
            "Momo", "Jack", "Grace", "Leo", "Ivy", "Alice", "Andy")
WX_WORDS = ("dali", "minsu", "travel", "guide", "lvyou", "sanya", "lijiang", "trip", "haibian", "shanju",
            "xiaoyu", "daoyou", "zuche", "jiudian", "kezhan", "yunnan", "erhai", "xiamen")
MAIL_FREE = ("163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "sohu.com")
MAIL_CORP = ("hzxinghe.com.cn", "ztkj.cn", "sunrise-travel.com", "mingyuan-trade.com", "shuxin-expo.cn",
             "jxjt.net.cn", "hxgroup.com", "lanhai-tech.com", "cdts.com.cn", "yunlvhotel.com")
MAIL_BOX = ("finance", "caiwu", "hr", "booking", "admin", "xingzheng", "fapiao", "service", "sales", "yuding")

CITIES = (
    ("浙江省", "杭州市", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区"),
     ("文三路", "北山街", "南山路", "天目山路", "莫干山路", "文一西路", "延安路", "教工路")),
    ("", "上海市", ("黄浦区", "静安区", "徐汇区", "浦东新区", "长宁区", "闵行区"),
     ("南京东路", "淮海中路", "世纪大道", "虹桥路", "愚园路", "长乐路", "张杨路")),
    ("", "北京市", ("东城区", "朝阳区", "海淀区", "西城区", "丰台区"),
     ("王府井大街", "朝阳北路", "中关村大街", "东四十条", "鼓楼东大街", "建国路")),
    ("云南省", "丽江市", ("古城区", "玉龙纳西族自治县"), ("七一街", "新华街", "象山路", "民主路", "束河路")),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), ("东风西路", "北京路", "金碧路", "滇池路")),
    ("海南省", "三亚市", ("天涯区", "吉阳区", "海棠区"), ("解放路", "三亚湾路", "迎宾路", "榆亚路", "海棠北路")),
    ("广西壮族自治区", "桂林市", ("秀峰区", "象山区", "阳朔县"), ("中山中路", "解放西路", "西街", "叠彩路")),
    ("四川省", "成都市", ("锦江区", "武侯区", "青羊区", "金牛区"), ("春熙路", "人民南路", "天府大道", "红星路", "玉林南路")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "新城区", "未央区"), ("长安南路", "南大街", "东大街", "雁塔北路", "太白南路")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), ("中山路", "环岛南路", "鹭江道", "湖滨南路", "演武路")),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区"), ("平江路", "干将西路", "人民路", "金鸡湖大道")),
    ("广东省", "深圳市", ("南山区", "福田区", "罗湖区", "宝安区"), ("深南大道", "科技南路", "华强北路", "创业路")),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "番禺区"), ("天河路", "环市东路", "北京路", "体育西路")),
    ("湖南省", "张家界市", ("永定区", "武陵源区"), ("解放路", "紫舞路", "军地路", "迎宾路")),
    ("", "重庆市", ("渝中区", "江北区", "南岸区", "渝北区"), ("民族路", "中山四路", "南滨路", "观音桥步行街")),
    ("山东省", "青岛市", ("市南区", "市北区", "崂山区", "黄岛区"), ("香港中路", "中山路", "东海西路", "闽江路")),
    ("安徽省", "黄山市", ("屯溪区", "黟县", "黄山区"), ("老街", "滨江西路", "黄山东路")),
    ("黑龙江省", "哈尔滨市", ("道里区", "南岗区"), ("中央大街", "红军街", "西十二道街")),
    ("西藏自治区", "拉萨市", ("城关区",), ("北京中路", "林廓北路", "江苏路")),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区"), ("解放北路", "人民路", "友好南路")),
)
VILLAGES = (
    ("浙江省", "湖州市", "德清县", "莫干山镇", ("劳岭村", "仙潭村", "后坞村")),
    ("云南省", "大理白族自治州", "大理市", "双廊镇", ("大建旁村", "玉几岛村")),
    ("云南省", "大理白族自治州", "大理市", "喜洲镇", ("周城村", "城北村")),
    ("安徽省", "黄山市", "黟县", "宏村镇", ("宏村", "卢村", "塔川村")),
    ("广西壮族自治区", "桂林市", "阳朔县", "兴坪镇", ("渔村", "大河背村")),
    ("浙江省", "丽水市", "松阳县", "四都乡", ("陈家铺村", "平田村")),
    ("福建省", "漳州市", "南靖县", "书洋镇", ("田螺坑村", "塔下村")),
    ("江西省", "上饶市", "婺源县", "江湾镇", ("篁岭村", "晓起村")),
    ("浙江省", "舟山市", "嵊泗县", "五龙乡", ("田岙村", "会城村")),
)
ESTATES = ("翠苑一区", "阳光花园", "锦绣华庭", "金地名京", "万科城市花园", "绿城桂花园", "保利天悦", "世纪新城",
           "滨江花园", "幸福家园", "龙湖春江郦城", "中海国际社区", "和平里小区", "香樟苑", "碧桂园", "东方名苑")
BLDGS = ("东方大厦", "国贸中心", "世贸广场", "财富中心A座", "创新大厦", "金融港B座", "万达广场", "时代广场")

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

CN_DIG = "零一二三四五六七八九"
CN_MAP = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "八": "8", "九": "9"}


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


def _id_check(first17: str) -> str:
    return ID_C[sum(int(a) * b for a, b in zip(first17, ID_W)) % 11]


def _days(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _id_ok(v: str) -> bool:
    v = v.upper()
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
    if not (1900 <= y <= 2024 and 1 <= m <= 12 and 1 <= d <= _days(y, m)):
        return False
    return _id_check(v[:17]) == v[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(CN_MAP.get(ch, ch) for ch in s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _d(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# --------------------------------------------------------------------------------------------
# entity generators: fmt -> (prefix outside span, value, suffix outside span)
# --------------------------------------------------------------------------------------------

def _mobile_raw(rng):
    return rng.choice(MOBILE_PREFIXES) + _d(rng, 8)


def g_mobile(rng, fmt):
    m = _mobile_raw(rng)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "prefix86_11":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), m, ""
    if fmt == "fullwidth_11":
        return "", _fullwidth(m), ""
    if fmt == "cn_digits":
        one = rng.choice("一幺")
        return "", "".join(one if c == "1" else CN_DIG[int(c)] for c in m), ""
    raise KeyError(fmt)


def g_landline(rng, fmt):
    area, n = rng.choice(AREAS)
    loc = _d(rng, n, "2345678")
    if fmt == "area_dash":
        return "", f"{area}-{loc}", ""
    if fmt == "area_paren":
        l, r = rng.choice((("(", ")"), ("（", "）")))
        return "", f"{l}{area}{r}{loc}", ""
    if fmt == "area_plain":
        return "", area + loc, ""
    if fmt == "area_space":
        return "", f"{area} {loc}", ""
    if fmt == "dash_split":
        return "", f"{area}-{loc[:-4]}-{loc[-4:]}", ""
    if fmt == "local_only":
        return "", loc, ""
    raise KeyError(fmt)


def _id_raw(rng, want_x=False, age=""):
    while True:
        y = rng.choice((rng.randint(1950, 2004), rng.randint(1960, 1995), rng.randint(2008, 2020)))
        if age == "A":
            y = rng.randint(1958, 2003)
        elif age == "K":
            y = rng.randint(2010, 2021)
        elif age == "O":
            y = rng.randint(1940, 1959)
        m = rng.randint(1, 12)
        dd = rng.randint(1, _days(y, m))
        body = f"{rng.choice(ID_AREAS)}{y:04d}{m:02d}{dd:02d}{rng.randint(1, 999):03d}"
        v = body + _id_check(body)
        if not want_x or v.endswith("X"):
            return v


def g_id(rng, fmt, age=""):
    if fmt == "plain_18":
        return "", _id_raw(rng, False, age), ""
    if fmt == "lower_x":
        return "", _id_raw(rng, True, age)[:-1] + "x", ""
    if fmt == "space_6_8_4":
        v = _id_raw(rng, False, age)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card_raw(rng, n):
    b = rng.choice(BINS19 if n == 19 else BINS16)
    body = b + _d(rng, n - 1 - len(b))
    return body + _luhn_digit(body)


def g_bank(rng, fmt):
    if fmt == "plain_19":
        return "", _card_raw(rng, 19), ""
    if fmt == "plain_16":
        return "", _card_raw(rng, 16), ""
    if fmt == "space_4_19":
        c = _card_raw(rng, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if fmt == "space_4444_16":
        c = _card_raw(rng, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "dash_4":
        c = _card_raw(rng, rng.choice((16, 19)))
        return "", "-".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    raise KeyError(fmt)


def _qq_raw(rng, fmt):
    if fmt == "digits_9_10":
        n = rng.choice((9, 9, 10, 10))
        return _d(rng, n, "123" if n == 10 else "123456789")
    return _d(rng, rng.choice((6, 7, 8, 8)), "123456789")


def g_email(rng, fmt):
    if fmt == "qqmail_digits":
        return "", _qq_raw(rng, rng.choice(("digits_9_10", "digits_6_8"))) + "@qq.com", ""
    if fmt in ("pinyin_free", "fullwidth_at"):
        loc = rng.choice(SURN) + rng.choice(GIVN) + rng.choice(("", str(rng.randint(1970, 2005)),
                                                              str(rng.randint(1, 999)), "_" + _d(rng, 2)))
        at = "＠" if fmt == "fullwidth_at" else "@"
        return "", f"{loc}{at}{rng.choice(MAIL_FREE)}", ""
    if fmt == "corp_domain":
        box = rng.choice(MAIL_BOX + (rng.choice(SURN) + rng.choice(GIVN), rng.choice(SURN)[0] + rng.choice(GIVN)))
        return "", f"{box}@{rng.choice(MAIL_CORP)}", ""
    raise KeyError(fmt)


def g_qq(rng, fmt):
    return "", _qq_raw(rng, fmt), ""


def g_wechat(rng, fmt):
    if fmt == "pinyin_digits":
        v = rng.choice(SURN) + rng.choice(GIVN) + rng.choice((_d(rng, 4, "12"), _d(rng, 3), _d(rng, 6), "88", "666"))
    elif fmt == "en_name_mixed":
        v = rng.choice(EN_NAMES) + rng.choice(("_", "-", "")) + rng.choice(
            (_d(rng, 4), rng.choice(WX_WORDS), rng.choice(WX_WORDS) + _d(rng, 2), "0" + _d(rng, 3, "123456789")))
    elif fmt == "wxid":
        v = "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    elif fmt == "letters_only":
        v = rng.choice(WX_WORDS) + rng.choice(WX_WORDS + GIVN)
        if len(v) < 6:
            v += rng.choice(WX_WORDS)
    else:
        raise KeyError(fmt)
    return "", v, ""


def _plate_raw(rng, nev=False):
    prov, cities = rng.choice(PLATE_CITY)
    c = rng.choice(cities)
    if nev:
        tail = rng.choice("DF") + rng.choice(rng.choice(("0123456789", PLATE_LET))) + _d(rng, 4)
        return prov + c, tail
    k = rng.choice((0, 0, 1, 1, 2))
    chars = [rng.choice("0123456789") for _ in range(5)]
    for p in rng.sample(range(5), k):
        chars[p] = rng.choice(PLATE_LET)
    return prov + c, "".join(chars)


def g_plate(rng, fmt):
    if fmt == "nev_8":
        h, t = _plate_raw(rng, True)
        return "", h + t, ""
    h, t = _plate_raw(rng)
    if fmt == "plain_7":
        return "", h + t, ""
    if fmt == "dot_7":
        return "", h + "·" + t, ""
    if fmt == "space_7":
        return "", h + " " + t, ""
    if fmt == "lower_letter":
        return "", h[0] + h[1].lower() + t.lower(), ""
    raise KeyError(fmt)


def _room(rng):
    return f"{rng.randint(2, 28)}{rng.randint(1, 12):02d}"


def _tail(rng, road, lane=False):
    n = rng.randint(1, 888)
    k = rng.choice((0, 0, 0, 1, 1, 2, 3, 4, 5, 6))
    if k == 0:
        return f"{road}{n}号"
    if k == 1:
        return f"{road}{n}号{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{_room(rng)}室"
    if k == 2:
        return f"{road}{n}号{rng.choice(ESTATES)}{rng.randint(1, 30)}幢{_room(rng)}室"
    if k == 3:
        return f"{road}{n}号{rng.choice(BLDGS)}{rng.randint(2, 30)}层"
    if k == 4:
        return f"{road}{n}号{rng.choice(BLDGS)}{_room(rng)}室"
    if k == 5:
        return f"{road}{n}号院{rng.randint(1, 20)}号楼{rng.randint(1, 6)}单元{_room(rng)}"
    if lane:
        return f"{road}{n}弄{rng.randint(1, 80)}号{_room(rng)}室"
    return f"{road}{n}号{_room(rng)}室"


def g_address(rng, fmt):
    if fmt == "village":
        prov, city, county, town, vils = rng.choice(VILLAGES)
        tail = rng.choice(vils) + rng.choice(("", "", f"{rng.randint(1, 9)}组")) + f"{rng.randint(1, 199)}号"
        start = rng.choice((prov + city + county, city + county, county, county))
        return "", start + town + tail, ""
    prov, city, dists, roads = rng.choice(CITIES)
    if fmt == "full_prov":
        while not prov:
            prov, city, dists, roads = rng.choice(CITIES)
    dist, road = rng.choice(dists), rng.choice(roads)
    if fmt == "dash_room":
        est = rng.choice(ESTATES)
        body = f"{est}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{_room(rng)}"
        return "", rng.choice((city + dist, dist, dist + road + f"{rng.randint(1, 500)}号")) + body, ""
    tail = _tail(rng, road, city == "上海市")
    if fmt == "full_prov":
        return "", prov + city + dist + tail, ""
    if fmt == "city_start":
        return "", city + dist + tail, ""
    if fmt == "city_no_shi":
        return "", city[:-1] + dist + tail, ""
    if fmt == "district_start":
        return "", dist + tail, ""
    if fmt == "road_start":
        return "", tail, ""
    raise KeyError(fmt)


# kind -> (generator, ((fmt, weight, rare), ...)); rare formats are not used in pasted forms/lists
FMT_TABLES = (
    ("mobile", g_mobile, (("plain_11", 72, 0), ("space_344", 10, 0), ("dash_344", 6, 0), ("prefix86_11", 5, 0),
                          ("fullwidth_11", 1, 1), ("cn_digits", 1, 1))),
    ("landline", g_landline, (("area_dash", 55, 0), ("area_paren", 10, 0), ("area_plain", 12, 0),
                              ("area_space", 8, 0), ("dash_split", 2, 1), ("local_only", 9, 1))),
    ("id_card", g_id, (("plain_18", 90, 0), ("space_6_8_4", 6, 1), ("lower_x", 2, 1))),
    ("bank_card", g_bank, (("plain_19", 45, 0), ("plain_16", 22, 0), ("space_4_19", 18, 0),
                           ("space_4444_16", 12, 0), ("dash_4", 2, 1))),
    ("email", g_email, (("qqmail_digits", 35, 0), ("pinyin_free", 30, 0), ("corp_domain", 32, 0),
                        ("fullwidth_at", 1, 1))),
    ("qq", g_qq, (("digits_9_10", 65, 0), ("digits_6_8", 35, 0))),
    ("wechat", g_wechat, (("pinyin_digits", 40, 0), ("en_name_mixed", 28, 0), ("wxid", 12, 0),
                          ("letters_only", 15, 0))),
    ("plate", g_plate, (("plain_7", 55, 0), ("dot_7", 14, 0), ("space_7", 10, 0), ("nev_8", 18, 0),
                        ("lower_letter", 1, 1))),
    ("address", g_address, (("full_prov", 16, 0), ("city_start", 30, 0), ("city_no_shi", 10, 0),
                            ("district_start", 18, 0), ("road_start", 8, 0), ("dash_room", 10, 0),
                            ("village", 10, 0))),
)
_TAB = {k: (g, t) for k, g, t in FMT_TABLES}
KEY = {"M": "mobile", "LL": "landline", "ID": "id_card", "BC": "bank_card", "EM": "email", "QQ": "qq",
       "WX": "wechat", "PL": "plate", "AD": "address",
       "IDA": "id_card", "IDK": "id_card", "IDO": "id_card"}  # ID of an adult / a child / an elderly person

# --------------------------------------------------------------------------------------------
# near-miss generators: name -> (prefix, value, suffix)
# --------------------------------------------------------------------------------------------

PLACES = ("杭州东站南广场", "萧山机场T3到达口", "灵隐寺停车场", "西湖断桥", "大理古城南门", "丽江古城四方街",
          "三亚凤凰机场", "鼓浪屿三丘田码头", "双流机场T2", "咸阳机场T3", "兵马俑一号坑入口", "天门山索道下站",
          "黄山北站出站口", "虹桥火车站北出口", "宏村村口停车场", "阳朔西街口", "乌镇西栅游客中心", "洱海生态廊道入口",
          "长隆海洋王国南门", "八达岭长城滑车站", "中央大街索菲亚教堂", "布达拉宫广场", "宽窄巷子北口", "崂山太清游客中心")
CAR_MODELS = ("大众朗逸", "别克GL8", "丰田埃尔法", "比亚迪汉EV", "日产轩逸", "本田奥德赛", "特斯拉Model Y",
              "大众途安L", "丰田汉兰达", "五菱宏光", "哈弗H6", "理想L8")
AIRL = ("CA", "MU", "CZ", "HU", "3U", "9C", "ZH", "MF", "FM", "SC", "KN", "GS", "HO", "JD")
HOT_SHORT = ("95010", "95539", "95583", "95530", "12306", "12301", "95557", "95524", "95566", "95588")


def _price(rng):
    n = rng.choice((rng.randint(1, 60) * 10 + rng.choice((0, 8, 9)), rng.randint(3, 60) * 100,
                    rng.randint(100, 9999), rng.randint(10, 99) * 100 - 20))
    k = rng.randrange(7)
    if k == 0:
        return f"¥{n}"
    if k == 1:
        return f"{n}.00元"
    if k == 2 and n >= 1000:
        return f"{n:,}元"
    if k == 3:
        return f"{n}块"
    return f"{n}元"


def _no_mobile_like(s):
    return not re.fullmatch(r"1[3-9]\d{9}", s)


def _digits_near(rng, n, first="123456789"):
    while True:
        v = _d(rng, n, first)
        if 16 <= n <= 19 and _luhn_ok(v):
            continue
        if n == 18 and _id_ok(v):
            continue
        if n == 11 and not _no_mobile_like(v):
            continue
        return v


def n_order(rng):
    k = rng.randrange(6)
    if k == 0:
        return "", _digits_near(rng, rng.choice((12, 13, 14)), "123456789"), ""
    if k == 1:
        return "", _digits_near(rng, 19, "2345678"), ""
    if k == 2:
        return "", f"{rng.choice(('HT', 'DD', 'TR', 'JD'))}2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_d(rng, 6)}", ""
    if k == 3:
        return "", _digits_near(rng, 16, "3456789"), ""
    if k == 4:
        return "", _digits_near(rng, 10, "123456789"), ""
    return "", "E" + _d(rng, 9, "1234567"), ""


def n_pnr(rng):
    return "", "".join(rng.choice(PLATE_LET + "23456789") for _ in range(6)), ""


def n_flight(rng):
    return "", rng.choice(AIRL) + str(rng.randint(1001, 9899)), ""


def n_train(rng):
    t = rng.choice("GGGDDKZ")
    return "", t + str(rng.randint(1, 9) * 10 ** rng.randint(1, 3) + rng.randint(0, 99)), ""


def n_seat(rng):
    if rng.random() < 0.5:
        return "", f"{rng.randint(1, 60)}{rng.choice('ABCDFJKL')}", ""
    return "", f"{rng.randint(1, 16):02d}车{rng.randint(1, 18):02d}{rng.choice('ABCDF')}", "号" if rng.random() < .3 else ""


def n_price(rng):
    return "", _price(rng), ""


def n_date(rng):
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(6)
    if k == 0:
        return "", f"{m}月{dd}日", ""
    if k == 1:
        return "", f"{m}月{dd}号", ""
    if k == 2:
        return "", f"{m}.{dd}", ""
    if k == 3:
        return "", f"2024-{m:02d}-{dd:02d}", ""
    if k == 4:
        return "", f"{m}/{dd}", ""
    return "", f"{m}.{dd}-{m}.{dd + rng.randint(1, 3)}", ""


def n_time(rng):
    h, mi = rng.randint(6, 22), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    k = rng.randrange(3)
    if k == 0:
        return "", f"{h}:{mi:02d}", ""
    if k == 1:
        return "", f"{h}点{mi}分" if mi else f"{h}点", ""
    return "", f"{h:02d}:{mi:02d}", ""


def n_hotline(rng):
    k = rng.randrange(4)
    if k == 0:
        return "", f"400-{_d(rng, 3)}-{_d(rng, 4)}", ""
    if k == 1:
        return "", "400" + _d(rng, 7), ""
    if k == 2:
        return "", f"800-{_d(rng, 3)}-{_d(rng, 4)}", ""
    return "", rng.choice(HOT_SHORT), ""


def n_group(rng):
    k = rng.randrange(3)
    if k == 0:
        return "", f"{rng.choice(('ZJ', 'YN', 'HN', 'XM', 'SX'))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.choice(PLATE_LET)}{rng.randint(1, 9)}", ""
    if k == 1:
        return "", f"{rng.choice(('CITS', 'CTS', 'CYTS'))}2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('ABC')}", ""
    return "", f"{rng.choice(('YNDL', 'HNSY', 'GXGL', 'XZLS'))}{rng.randint(4, 6)}D{_d(rng, 3)}", ""


def n_tracking(rng):
    k = rng.randrange(4)
    if k == 0:
        return "", "SF" + _d(rng, 13, "1"), ""
    if k == 1:
        return "", "JDVA" + _d(rng, 11, "23"), ""
    if k == 2:
        return "", "YT" + _d(rng, 13, "4689"), ""
    return "", _digits_near(rng, rng.choice((12, 14, 15)), "7"), ""


def n_invoice(rng):
    k = rng.randrange(3)
    if k == 0:
        return "", "24" + _d(rng, 18), ""  # 20-digit digital invoice number
    if k == 1:
        return "", _d(rng, 8, "0"), ""
    return "", "0" + _d(rng, 11), ""


def n_vcode(rng):
    if rng.random() < 0.7:
        return "", _d(rng, rng.choice((4, 6, 6))), ""
    return "", "".join(rng.choice(PLATE_LET + "23456789") for _ in range(rng.choice((5, 8)))), ""


def n_ticket(rng):
    code = rng.choice(("999", "781", "784", "880", "479", "731"))
    return "", (code + "-" if rng.random() < .6 else code) + _d(rng, 10, "2"), ""


def n_room(rng):
    return "", _room(rng), rng.choice(("", "房", "号房", "室"))


def n_wifi(rng):
    return "", rng.choice(("88888888", "12345678", "66668888", "87654321", "hotel2024", "minsu888",
                           "a12345678", "88889999", "1234567890", "welcome1")), ""


def n_door(rng):
    return "", _d(rng, rng.choice((4, 6))), rng.choice(("#", "", "#"))


def n_parking(rng):
    if rng.random() < 0.3:
        return "", f"{rng.choice('ABCD')}区{rng.randint(1, 320)}号", "车位"
    return "", f"{rng.choice(('B1', 'B2', 'B3'))}-{rng.randint(1, 320):03d}", ""


def n_mileage(rng):
    return "", str(rng.randint(1200, 98000)), rng.choice(("公里", "km", "公里"))


def n_tail(rng):
    return "", _d(rng, 4), ""


def n_masked(rng):
    k = rng.randrange(4)
    m = _mobile_raw(rng)
    if k == 0:
        return "", m[:3] + "****" + m[7:], ""
    if k == 1:
        v = _id_raw(rng)
        return "", v[:6] + "********" + v[14:], ""
    if k == 2:
        v = _id_raw(rng)
        return "", v[:3] + "*" * 11 + v[14:], ""
    c = _card_raw(rng, 19)
    return "", c[:4] + " **** **** " + c[-4:], ""


def n_badcard(rng):
    n = rng.choice((16, 16, 19))
    while True:
        v = rng.choice(("8800", "6688", "1010", "9000", "2024", "3100")) + _d(rng, n - 4)
        if not _luhn_ok(v) and not _id_ok(v):
            break
    return "", v if rng.random() < .7 else " ".join(v[i:i + 4] for i in range(0, n, 4)), ""


def n_serial(rng):
    while True:
        v = f"{_d(rng, 6)}2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_d(rng, 4)}"
        if not _luhn_ok(v) and not _id_ok(v):
            return "", v, ""


def n_credit(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "", "91" + rng.choice(("3301", "3101", "1101", "5101", "5301", "4403", "3502")) + \
        rng.choice(("06", "08", "05", "00")) + "MA" + "".join(rng.choice(chars) for _ in range(8)), ""


def n_license(rng):
    return "", f"L-{rng.choice(('ZJ', 'YN', 'HAIN', 'BJ', 'SH', 'SC', 'FJ'))}-{rng.choice(('CJ', 'GN', ''))}{_d(rng, 5, '01')}".replace("--", "-"), ""


def n_place(rng):
    return "", rng.choice(PLACES), ""


def n_postal(rng):
    return "", rng.choice(("310012", "310007", "200001", "100020", "671000", "674100", "572000", "541002",
                           "610041", "710061", "361001", "215000", "518057", "427000", "266071", "245000")), ""


def n_carmodel(rng):
    return "", rng.choice(CAR_MODELS), ""


def n_gate(rng):
    return "", f"{rng.choice('ABCDE')}{rng.randint(1, 60)}", ""


NEAR = {"order": ("order_no", n_order), "pnr": ("booking_ref", n_pnr), "flight": ("flight_no", n_flight),
        "train": ("train_no", n_train), "seat": ("seat", n_seat), "price": ("price", n_price),
        "date": ("date", n_date), "time": ("time", n_time), "hotline": ("hotline", n_hotline),
        "group": ("group_code", n_group), "tracking": ("tracking_no", n_tracking),
        "invoice": ("invoice_no", n_invoice), "vcode": ("verify_code", n_vcode), "ticket": ("ticket_no", n_ticket),
        "room": ("hotel_room", n_room), "wifi": ("wifi_pwd", n_wifi), "door": ("door_code", n_door),
        "parking": ("parking_spot", n_parking), "mileage": ("mileage", n_mileage), "tail": ("tail_digits", n_tail),
        "masked": ("masked", n_masked), "badcard": ("bad_card", n_badcard), "serial": ("serial_no", n_serial),
        "credit": ("credit_code", n_credit), "license": ("license_no", n_license), "place": ("place_only", n_place),
        "postal": ("postal_code", n_postal), "carmodel": ("car_model", n_carmodel), "gate": ("gate", n_gate)}

FILL = {
    "hotel": ("全季酒店", "亚朵酒店", "汉庭", "如家", "桔子水晶", "希尔顿欢朋", "维也纳酒店", "锦江之星", "开元酒店",
              "洱海边那家民宿", "山居民宿", "海景民宿", "青年旅舍"),
    "spot": ("灵隐寺", "鼓浪屿", "玉龙雪山", "天门山", "兵马俑", "黄山", "洱海", "千岛湖", "乌镇", "泸沽湖",
             "蜈支洲岛", "布达拉宫", "漓江", "九寨沟"),
    "city": ("杭州", "大理", "三亚", "丽江", "厦门", "西安", "成都", "桂林", "张家界", "青岛", "拉萨", "黄山"),
    "roomtype": ("大床房", "双床房", "家庭房", "亲子房", "海景房", "套房", "标间", "三人间"),
    "bank": ("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "浦发银行", "兴业银行",
             "工行", "建行", "农行", "招行"),
    "branch": ("城西支行", "高新支行", "营业部", "开发区支行", "城东支行"),
    "company": ("杭州星河科技有限公司", "上海明远贸易有限公司", "成都蜀信会展服务有限公司", "深圳蓝海网络科技有限公司",
                "厦门海纳文化传媒有限公司", "北京华信咨询有限公司", "云南滇途国际旅行社有限公司"),
    "agency": ("国旅", "中旅", "青旅", "途家", "小团旅行社", "滇途旅行社"),
    "ext": ("806", "8012", "0", "201", "6608", "1"),
    "rel": ("我爸", "我妈", "老公", "老婆", "孩子", "本人", "同事", "大宝", "二宝", "我婆婆", "我岳父"),
    "ssid": ("Hotel-5G", "MINSU_guest", "ChinaNet-Lobby", "Atour-Guest", "全季-Free"),
    "emo": ("", "", "", "🙏", "😊", "👍", "～", "哈", "[抱拳]", "[微笑]", "！"),
}

# --------------------------------------------------------------------------------------------
# templates.  {M} {LL} {ID} {BC} {EM} {QQ} {WX} {PL} {AD}: entities; {n:xxx}: near-miss; {f:xxx}: filler.
# A leading "§" marks text pasted from a form / spreadsheet (no rare value habits there).
# --------------------------------------------------------------------------------------------

PII_TEMPLATES = (
    # --- hotel / homestay bookings
    "您好，想订{n:date}两间{f:roomtype}，入住人身份证{ID}，手机{M}",
    "§入住人信息：\n身份证：{ID}\n电话：{M}",
    "{ID} 这是我的身份证，麻烦帮我登记一下{f:emo}",
    "手机号{M}，到店报这个号就行吧？",
    "预订电话留的{M}，{n:date}晚上大概十点才到，帮忙保留一下房间🙏",
    "老板，我们一家四口，{n:date}入住两晚\n大人：{IDA}\n大人：{IDA}\n小孩：{IDK}\n联系电话{M}",
    "前台座机{LL}，有事可以直接打，晚上十一点以后打我手机{M}",
    "酒店地址：{AD}，打车直接说{f:hotel}就行",
    "民宿地址{AD}，导航搜不到的话打管家电话{M}",
    "帮朋友订的，入住人电话{M}，订单号{n:order}",
    "{M}\n{ID}\n麻烦登记一下",
    "这是{f:rel}的：{ID}，电话{M}",
    "身份证{ID}手机号{M}",
    "我换号了，新号码{M}，旧的别打了{f:emo}",
    "订单{n:order}的联系人手机改成{M}，原来那个尾号{n:tail}的不用了",
    "你好 我订的{n:date}的{f:roomtype} 手机浩{M} 能不能提前到中午入住",
    "入住登记要身份证号吗？{ID}",
    "{f:rel}身份证号码{ID}，{f:rel}的{ID}",
    "房间是用{M}这个号订的，查一下是不是{n:price}含早",
    "民宿管家：您好，我是{f:hotel}的管家，入住前一天会联系您，我的电话{M}，微信同号",
    "我们是{M}，晚上航班{n:flight}，大概{n:time}到，能等我们吗",
    "已经到门口了，没人开门，打{LL}没人接，管家手机{M}也关机了😓",
    "您好，这边是{f:hotel}前台，您的押金{n:price}已原路退回，如有疑问请致电{LL}",
    "订房人：本人\n手机：{M}\n邮箱：{EM}\n到店时间：{n:time}",
    "我的会员是绑定{M}的，积分帮我查下",
    "酒店的地址是{AD}吗？我怎么导航到了后门",
    "住在{AD}，{n:room}，明早{n:time}能来接吗",
    "我们民宿在{AD}，进村后第二个路口右转，到了给我打电话{M}",
    "客栈座机{LL}，手机{M}，地址{AD}",
    "§类型\t证件号\t手机\n成人1\t{IDA}\t{M}\n成人2\t{IDA}\t{M}\n儿童\t{IDK}\t",
    # --- deposits / refunds / payments
    "押金退到这张卡：{BC}，开户行{f:bank}",
    "退款麻烦打到{BC}（{f:bank}），户名是我本人",
    "{f:bank} {BC} 退这张就行",
    "信用卡担保的，卡号{BC}，有效期就不发了",
    "刷卡那张是{BC}，怎么扣了两次{n:price}",
    "退票手续费扣了{n:price}，剩下的退到{BC}了吗",
    "退押金：{BC} {f:bank}{f:branch}",
    "银行卡号{BC}，开户行{f:bank}{f:branch}",
    "汇款的卡号是{BC}吗？户名对一下",
    "收款信息：{f:bank} {BC}",
    "尾款{n:price}转到哪张卡？\n——转这张：{BC}",
    "我之前是用{BC}付的定金，退的话退这张",
    "卡号 {BC}\n{f:bank}\n麻烦退一下押金，谢谢",
    "定金转账备注写订单号{n:order}，收款卡{BC}，{f:bank}",
    "团费打到旅行社对公账户还是您个人卡？个人卡的话发一下卡号\n——{BC} {f:bank}",
    "退改费用退回原卡{BC}，预计{n:date}前到账",
    # --- invoices to companies / emails
    "发票抬头：{f:company}\n税号：{n:credit}\n邮箱：{EM}",
    "电子发票发到{EM}，谢谢",
    "邮箱{EM} 合同盖章后扫描发过来",
    "订单确认函发到{EM}和{EM}，谢谢",
    "{EM}，这是我们公司邮箱，发票抬头刚才发你了",
    "行程单发我邮箱{EM}吧",
    "用我这个邮箱注册的：{EM}",
    "报销要纸质发票，寄到{AD}，财务电话{LL}",
    "专票信息：{f:company}，税号{n:credit}，地址电话：{AD} {LL}",
    "发票开好了吗？发{EM}就行，不要寄纸质的",
    "会务报名：\n单位：{f:company}\n手机：{M}\n邮箱：{EM}\n身份证：{ID}",
    "活动签到表有问题，我的邮箱是{EM}不是那个",
    "水单和发票一起发{EM}，抄送{EM}",
    "我们财务邮箱 {EM} ，麻烦把{n:date}的住宿发票补开一下",
    "email：{EM}",
    "你好，发票号码{n:invoice}这张抬头错了，重开后发{EM}",
    # --- QQ / WeChat
    "我QQ {QQ}，文件发我QQ邮箱也行 {EM}",
    "QQ号{QQ}，加的时候备注一下团号{n:group}",
    "QQ：{QQ}\n邮箱：{EM}",
    "扣扣{QQ}",
    "加Q {QQ} 发照片给你，微信传的压缩了",
    "照片原图我发QQ了，你QQ是{QQ}吧？",
    "我们单位用QQ，{QQ}，加我一下发名单",
    "{QQ} 这是我QQ，行程单发过来",
    "我们群号不好找，你加我QQ{QQ}我拉你",
    "q{QQ}，白天上班用不了微信",
    "加一下我微信吧 {WX}",
    "我微信是{WX}，拉你进群",
    "{WX} 这个是我微信，通过一下{f:emo}",
    "wx：{WX}",
    "vx {WX}，备注游客",
    "我微信号{WX}，手机号{M}，您加哪个都行",
    "导游电话{M}，微信{WX}，有问题随时找我😊",
    "我是{f:city}{f:agency}的，我的手机{M}，微信{WX}，QQ{QQ}，三个都能找到我",
    "搜不到你的微信啊，是{WX}吗",
    "加我工作微信{WX}，私人号不太看",
    "微信：{WX}（司机）",
    "有照片要传可以加我微信{WX}或者QQ{QQ}",
    # --- transport, drivers, car hire
    "接机信息：航班{n:flight}，{n:time}落地，{M}，我们五个人",
    "师傅车牌{PL}，白色{n:carmodel}，在{n:place}等您，电话{M}",
    "我是明天的司机，车牌号：{PL}，手机{M}，微信同号",
    "自驾的，车牌{PL}，酒店有停车位吗",
    "{PL} 谢谢",
    "租车的驾驶人身份证{IDA}，手机{M}，取车时间{n:date} {n:time}",
    "还车的时候车牌是{PL}吗？我看合同上写的是另一个",
    "停车场出口抓拍是{PL}，麻烦帮我们登记免费停车",
    "我们的集合地点改到{n:place}，导游手机{M}，车牌{PL}",
    "司机：{M} {PL}",
    "车在{AD}门口，{PL}，双闪那辆🚗",
    "{PL}是我们的车，能停地下车库吗",
    "您好，{PL}的车主吗？您的车挡住消防通道了，麻烦挪一下",
    "违章通知：{PL}，{n:date}在{f:city}超速，是租车期间的",
    "包车师傅{M}，车{PL}，明天{n:time}酒店大堂等",
    "取车的是{PL}，{n:carmodel}，现在油表一半，里程{n:mileage}",
    "送机地址{AD}，{n:time}出发来得及吗",
    "麻烦帮我们订个车，{n:date}早上从{AD}出发去{f:spot}，联系电话{M}",
    "上车地点：{AD}（小区南门）\n时间：{n:time}\n电话：{M}",
    "大巴车牌{PL}，{n:time}准时发车，过时不候哦",
    "访客车辆登记：{PL}，手机{M}",
    "师傅您好，我车牌{PL}，停在{n:parking}，钥匙放前台了",
    "充电桩被{PL}占了，能联系一下车主吗",
    # --- tickets, flights, scenic spots
    "景区门票实名：{ID}、{ID}、{ID}",
    "老人的身份证是{IDO}，可以免票吧？",
    "小孩身份证号{IDK}，身高一米二，要买票吗",
    "机票帮我改到{n:date}，乘机人证件号{ID}，手机号{M}",
    "§乘机人：本人\n证件：{ID}\n电话：{M}\n紧急联系人：{M}",
    "门票预约用的{M}，入园刷身份证{ID}",
    "{n:train}的票帮我们买三张，身份证：\n{ID}\n{ID}\n{ID}",
    "订票手机号{M}，身份正{ID}",
    "这个是我老公的身份证号码{IDA}，跟我一个订单",
    "{IDO}\n{IDO}\n两位老人，都是六十五岁以上",
    "您好，乘客证件号{ID}的机票已出，票号{n:ticket}，航班动态会发短信到{M}",
    "帮我查一下{ID}这个证件有没有出票",
    "§团队名单（{n:group}）\n1 {ID} {M}\n2 {ID} {M}\n3 {ID} {M}\n4 {ID} {M}",
    "§序号\t证件号码\t手机\n1\t{ID}\t{M}\n2\t{ID}\t{M}\n3\t{ID}\t{M}",
    "§{ID}\t{M}\n{ID}\t{M}",
    "还差一位的身份证：{ID}，名单齐了",
    "学生票需要学生证，身份证号{IDK}",
    # --- lost items, mail home
    "我是{n:date}退房的，落了一件外套在房间，麻烦寄到{AD}，{M}，顺丰到付就行",
    "东西寄到{AD}，收件电话{M}，运费到付",
    "收件信息：{AD} {M}",
    "{AD}\n{M}\n寄顺丰到付",
    "我家地址是{AD}，快递寄这里",
    "纪念品寄到我公司：{AD}，前台座机{LL}",
    "充电器落在车上了，司机师傅能帮忙寄一下吗？地址{AD}，电话{M}",
    "行李已经寄出了，顺丰单号{n:tracking}，收件电话{M}",
    "寄到{AD}，邮编{n:postal}，电话{M}",
    "地址：{AD}\n电话：{M}\n麻烦了🙏",
    "地址改一下，寄{AD}，人在公司",
    "{M} {AD} 这个地址，到付",
    # --- office numbers, agencies, organisers
    "有事打我们办公室电话{LL}，或者手机{M}",
    "{f:hotel}前台电话{LL}转{f:ext}",
    "旅行社电话：{LL}，传真同号",
    "投诉电话打了{n:hotline}一直没人接，你们门店电话是{LL}吗？",
    "电话：{LL}（白天）\n手机：{M}（晚上）",
    "拨{LL}转{f:ext}找销售部",
    "座机：{LL}",
    "我们店地址{AD}，电话{LL}",
    "这是景区失物招领的电话{LL}，您直接联系他们",
    "订会议室找宴会销售，电话{LL}-{f:ext}，手机{M}",
    "客服热线{n:hotline}，本地电话{LL}，都可以",
    "如需改签请致电{LL}，工作时间{n:time}至{n:time}",
    "{LL} 这个是酒店总机，打过去说房号{n:room}",
    "领队手机{M}，地接社电话{LL}",
    "年会的场地负责人电话{M}，场地地址{AD}",
    "到了打{M}{f:emo}",
    "我的电话是{M}到了打我",
    "紧急联系人 {M}",
    "联系电话：{M} / {M}",
    "有问题打我手机{M}",
    "{M} 这个是我的电话，有房了通知我",
    "领队{M}，导游{M}，有事找任意一个",
    "电话{M}，微信{WX}，邮箱{EM}",
    "我电话{M}，{n:date}的{n:train}到{f:city}，出站口等我",
)

NEAR_TEMPLATES = (
    "订单号{n:order}，麻烦查一下为什么还没确认",
    "{n:order} 这个订单可以取消吗",
    "您的预订已确认，确认号{n:pnr}，入住时报手机号即可",
    "航班{n:flight}延误了，预计{n:time}到",
    "{n:train}次，{n:seat}，{n:time}到站",
    "房费{n:price}，押金{n:price}，退房时退",
    "退款{n:price}已原路退回，预计三到五个工作日到账",
    "客服电话{n:hotline}",
    "可以拨打{n:hotline}转人工",
    "团号{n:group}，集合时间{n:time}，地点{n:place}",
    "顺丰单号{n:tracking}，明天应该能到",
    "发票号码{n:invoice}，您查收一下",
    "验证码{n:vcode}，请勿泄露",
    "取票码{n:vcode}，到自助机取就行",
    "电子客票号{n:ticket}，行程单可以在航司官网打印",
    "您的房间是{n:room}，早餐{n:time}到{n:time}在二楼",
    "Wi-Fi：{f:ssid} 密码：{n:wifi}",
    "门锁密码{n:door}，进门后记得关窗",
    "车位在{n:parking}，电梯下来右手边",
    "还车时里程{n:mileage}，油量满",
    "尾号{n:tail}的卡已退款{n:price}",
    "手机号{n:masked}的客人已经入住了",
    "证件{n:masked}已核验，可以办理入住",
    "会员卡号{n:badcard}，积分查不到",
    "交易流水号{n:serial}，银行说钱已经退了",
    "统一社会信用代码：{n:credit}",
    "我们是正规旅行社，许可证号{n:license}，可以在文旅部官网查",
    "我们在{n:place}集合，别走错了",
    "{n:date}入住，两晚，{n:price}一晚含双早",
    "邮编是{n:postal}吗？快递单上要填",
    "车型{n:carmodel}，{n:price}一天，不限里程",
    "登机口改到{n:gate}了，{n:time}开始登机",
    "{n:date}的{n:flight}还有位置吗",
    "{n:date} {n:time} {n:train} {n:seat}",
    "明天{n:time}在{n:place}集合，{n:time}发车",
    "总共{n:price}，定金{n:price}，尾款到店付",
    "订单{n:order}已退款{n:price}，流水号{n:serial}",
    "退款已经提交了，退款单号{n:order}",
    "我订的是{n:date}到{n:date}，怎么显示一晚",
    "帮我看看{n:pnr}这个预订还在不在",
    "改签后的票号{n:ticket}，座位{n:seat}",
    "这是发票代码{n:invoice}，号码{n:invoice}",
    "快递到了吗？单号{n:tracking}",
    "你们400电话{n:hotline}打不通啊",
    "{n:hotline}是你们的电话吗？刚才有人打给我说退款",
    "我住{n:room}，退房时间是几点？",
    "我在{n:room}，空调不制冷，麻烦来看看",
    "{n:room}要一个婴儿床，再加两瓶水",
    "wifi密码{n:wifi}连不上",
    "门口密码锁是{n:door}吗？按了没反应",
    "停在{n:parking}可以吗",
    "车况：{n:carmodel}，里程{n:mileage}，外观无划痕",
    "卡尾号{n:tail}，退款{n:price}，麻烦核对",
    "已向尾号{n:tail}的手机发送了入园短信",
    "您预留的手机{n:masked}，收到短信了吗",
    "储值卡{n:badcard}余额还有多少",
    "会员号{n:badcard}，帮我升一下级",
    "退款流水号{n:serial}，您那边查一下",
    "我们公司税号{n:credit}，开普票就行",
    "{n:place}见，我穿红衣服",
    "集合点{n:place}，看到小黄旗就是我们",
    "导游会在{n:place}举牌接站，航班号{n:flight}",
    "接站改到{n:place}，火车{n:train}晚点了",
    "{n:date}出发的团，人均{n:price}",
    "{n:flight} {n:date} {n:time}起飞",
    "行程：{n:date} {f:city}—{f:city} {n:flight}",
    "改签费{n:price}，差价{n:price}",
    "今天{n:time}退房，{n:time}的高铁{n:train}",
    "您好，订单{n:order}酒店已确认，确认号{n:pnr}",
    "{n:group}的团友注意：明早{n:time}叫早，{n:time}早餐，{n:time}出发",
    "{n:invoice}这张发票金额{n:price}，对吗",
    "取件码{n:vcode}，在前台左边柜子",
    "寄存牌号{n:vcode}，取行李时出示",
    "你好，{n:order}这个单子能开发票吗",
    "已经付了{n:price}，订单号是{n:order}",
    "请在{n:date}前完成支付，逾期订单{n:order}自动取消",
    "动车{n:train} {n:seat}，{n:time}开",
    "行李超重了，多付了{n:price}",
    "景区{n:time}关门，最晚{n:time}进",
    "邮编{n:postal}，地址我一会发你",
    "保险箱密码设成{n:door}了，现在打不开怎么办",
    "续住一晚{n:price}，房间还是{n:room}",
    "我订了{n:date}的{n:train}，到站{n:time}，你们几点来接",
)

PLAIN_OPEN = ("", "", "", "", "您好，", "你好，", "亲，", "老板，", "管家，", "师傅，", "导游，", "在吗？", "麻烦问下，",
              "请问", "不好意思，", "打扰一下，")
PLAIN_CLOSE = ("", "", "", "", "？", "～", "🙏", "谢谢", "哈", "😊", "。", "[抱拳]", "呀")
PLAIN_ASK = (
    "可以提前入住吗", "早餐几点开始", "房间有没有浴缸", "可以加床吗", "小孩需要另外收费吗", "停车免费吗",
    "几点退房", "能延迟退房吗", "行李可以寄存吗", "附近有什么好吃的推荐", "导游什么时候到", "明天下雨还去吗",
    "大巴几点发车", "房间能换个安静点的吗", "有没有接送机服务", "景区门票包含在团费里吗", "能开发票吗",
    "可以带宠物吗", "有洗衣机吗", "晚上几点关门", "民宿有热水吗", "有没有儿童餐", "可以刷信用卡吗",
    "退房后还能用泳池吗", "酒店离地铁站远不远", "要不要提前预约", "这个套餐能退吗", "订单怎么还没确认",
    "行程可以调整一下吗", "能不能安排靠窗的座位", "老人走不了太多路，有没有轻松一点的路线", "自由活动那天有什么建议",
    "租车需要押金吗", "驾照是今年刚拿的能租吗", "还车可以异地吗", "雪山上会不会有高反", "需要带厚衣服吗",
    "海边可以游泳吗", "包车一天大概多少钱", "我们人到齐了吗", "退票要多久到账", "改签有手续费吗",
    "能帮忙叫个车吗", "房间能加一套洗漱用品吗", "空调遥控器在哪", "有没有吹风机", "可以寄快递吗",
    "订单显示已取消是怎么回事", "能帮我们拍张合照吗", "明天早上能帮忙打包早餐吗", "婴儿车能借吗",
    "停车场限高多少", "今晚有没有篝火晚会", "可以用支付宝吗", "有没有无烟房", "是不是要交押金",
)
PLAIN_SAY = (
    "好的，谢谢", "收到", "好的亲，已经帮您备注了", "收到，马上为您处理", "不好意思让您久等了",
    "我们已经到酒店了", "房间很干净，挺满意的", "今天玩得很开心，导游很专业", "明天见", "辛苦了师傅",
    "已经出发了，大概半小时到", "堵车了，稍微晚一点", "好的没问题", "已经帮您升级了房型", "前台已经帮您登记好了",
    "路上注意安全", "东西找到了，放在前台了", "已经跟司机说了，他会在门口等您", "稍等，我问一下经理",
    "这个要看当天的房态，我帮您问问", "已经退房了，感谢入住", "欢迎下次再来", "天气预报说明天是晴天",
    "雨伞在门口的架子上自取", "早餐在一楼餐厅", "热水要放一会儿才来", "我们到景区门口了", "大家注意跟紧队伍",
    "不用客气", "明白了", "行，那就这么定了", "价格已经是最低了，没法再便宜了", "孩子有点发烧，明天的行程先取消吧",
    "房间的窗户关不上", "隔壁太吵了，睡不着", "已经帮您申请退款了，请耐心等待", "这边帮您反馈给酒店了",
    "确认好了，到时候直接报名字就行", "抱歉，今天满房了", "可以的，免费取消", "这个是不可退的特价房",
    "团费包含住宿和早餐，不含午晚餐", "导游会提前一天晚上联系大家", "车子已经在楼下了", "好的，我们在大堂等",
    "行李太多了，能派个大点的车吗", "大家把垃圾带走哦", "门票已经订好了，到时候刷身份证进", "下午自由活动",
    "晚餐自理，附近有美食街", "回程的车已经安排好了", "已经给您留了停车位", "民宿老板人特别好",
    "谢谢你们，这次旅行很愉快", "我先睡了，明天再说", "好的呢", "嗯嗯", "okk", "哈哈哈好的",
    "麻烦你了", "行程单收到了", "发票收到了，谢谢", "钱已经收到了", "已转账，请查收", "已经加了",
    "我们再商量一下", "那算了，我们自己打车过去", "司机师傅人很好", "到了给您发消息", "好的 辛苦啦",
)

# --------------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------------

TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")
N_PII_ROWS = 900
N_NEAR_ROWS = 660
N_PLAIN_ROWS = 830
FORCE_PER_FMT = 4


def _pick_fmt(rng, kind, form):
    tab = [(f, w) for f, w, rare in _TAB[kind][1] if not (form and rare)]
    r = rng.random() * sum(w for _, w in tab)
    for f, w in tab:
        r -= w
        if r < 0:
            return f
    return tab[-1][0]


def _render(rng, tpl, forced=None):
    form = tpl.startswith("§")
    body = tpl[1:] if form else tpl
    text, ents, fmts, nears, pos, done = "", [], [], [], 0, False
    for m in TOKEN.finditer(body):
        text += body[pos:m.start()]
        pos = m.end()
        a, b = m.group(1), m.group(2)
        if a == "f":
            text += rng.choice(FILL[b])
            continue
        if a == "n":
            nk, fn = NEAR[b]
            pre, val, post = fn(rng)
            text += pre
            nears.append((nk, len(text), len(text) + len(val)))
            text += val + post
            continue
        kind = KEY[a]
        if forced is not None and forced[0] == kind and not done:
            fmt, done = forced[1], True
        else:
            fmt = _pick_fmt(rng, kind, form)
        if kind == "id_card":
            pre, val, post = g_id(rng, fmt, a[2:])
        else:
            pre, val, post = _TAB[kind][0](rng, fmt)
        text += pre
        ents.append((kind, len(text), len(text) + len(val)))
        fmts.append(fmt)
        text += val + post
    text += body[pos:]
    return text, ents, fmts, nears


def _plain(rng):
    if rng.random() < 0.55:
        t = rng.choice(PLAIN_OPEN) + rng.choice(PLAIN_ASK) + rng.choice(PLAIN_CLOSE)
    else:
        t = rng.choice(PLAIN_SAY) + rng.choice(PLAIN_CLOSE[:4] + ("！", "～", "👍", "😊", "[OK]", "。"))
        if rng.random() < 0.15:
            t += rng.choice(("\n", "，", " ")) + rng.choice(PLAIN_SAY)
    return t


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []
    for kind, _g, tab in FMT_TABLES:
        for fmt, _w, rare in tab:
            cands = [i for i, t in enumerate(PII_TEMPLATES)
                     if KEY_RE[kind].search(t) and not (rare and t.startswith("§"))]
            for i in rng.sample(cands, FORCE_PER_FMT):
                rows.append((f"P{i}",) + _render(rng, PII_TEMPLATES[i], (kind, fmt)))
    while len(rows) < N_PII_ROWS:
        i = rng.randrange(len(PII_TEMPLATES))
        rows.append((f"P{i}",) + _render(rng, PII_TEMPLATES[i]))
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_TEMPLATES))
        rows.append((f"N{i}",) + _render(rng, NEAR_TEMPLATES[i]))
    for _ in range(N_PLAIN_ROWS):
        rows.append(("plain", _plain(rng), [], [], []))
    rng.shuffle(rows)
    if meta is not None:
        meta.extend(r[0] for r in rows)
    return pd.DataFrame({
        "text": [r[1] for r in rows],
        "entities": [r[2] for r in rows],
        "formats": [r[3] for r in rows],
        "near_misses": [r[4] for r in rows],
        "split": [SPLIT] * len(rows),
    })


KEY_RE = {k: re.compile(r"\{(%s)\}" % "|".join(a for a, kk in KEY.items() if kk == k)) for k in KINDS}


def make_blind22_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

_EDGE_BAD = set(" \t\n，。、：:；;,!！?？（）()【】[]「」\"'“”～~/\\|*#")
_PLACE_START = re.compile(r"^(%s)" % "|".join(sorted(
    {c[0] for c in CITIES if c[0]} | {c[1] for c in CITIES} | {c[1][:-1] for c in CITIES}
    | {d for c in CITIES for d in c[2]} | {r for c in CITIES for r in c[3]}
    | {v[0] for v in VILLAGES} | {v[1] for v in VILLAGES} | {v[2] for v in VILLAGES}, key=len, reverse=True)))


def _valid(kind, v):
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1\d{10}", n)) and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        if re.fullmatch(r"[2-8]\d{6,7}", n):
            return True
        return any(n.startswith(a) and len(n) - len(a) == ln and n[len(a)] in "2345678" for a, ln in AREAS)
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_AREAS
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[:6] in BINS16 + BINS19 and \
            (len(n) == 19) == (n[:6] in BINS19)
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", unicodedata.normalize("NFKC", v)))
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{5,9}", n))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v))
    if kind == "plate":
        return bool(re.fullmatch(r"[%s][A-HJ-NP-Z][·\s]?([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4})" % PLATE_PROV,
                                 v.upper()))
    if kind == "address":
        return bool(_PLACE_START.match(v)) and bool(re.search(r"(号|栋|幢|单元|室|层|\d)$", v)) and "\n" not in v
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text.strip()
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert (v[0] not in _EDGE_BAD or k == "landline" and v[0] in "(（") and v[-1] not in _EDGE_BAD, (k, v)
            assert _valid(k, v), (k, f, v, text)
            assert f in {x for x, _, _ in _TAB[k][1]}, f
            # neighbours: the value is not cut from a longer run of the same characters
            if s > 0 and k not in ("address",):
                assert not (text[s - 1].isascii() and text[s - 1].isalnum()) or k == "qq" and text[s - 1] in "qQ" \
                    or k == "mobile" and text[:s].endswith(("+86", "0086")), (k, v, text)
            if e < len(text) and k not in ("address",):
                assert not (text[e].isascii() and text[e].isalnum()), (k, v, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v[0] not in _EDGE_BAD, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _valid("mobile", n), (k, v)
            for kk in ("mobile", "id_card", "bank_card", "email", "plate"):
                assert not _valid(kk, v), (k, kk, v)
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
    assert len(plain) * 3 >= len(df), (len(plain), len(df))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind22_corpus())  # deterministic
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
        print(f"  {f:30s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, _g, tab in FMT_TABLES for f, _w, _r in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Thirty-fourth blind PII corpus (``split == "blind34"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十八位写手")
under the blind-writer rules.  What the writer read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the
layout and the entry-point names only), and the directory listing of
``../shared/datasets/``.  Nothing else under ``toolkit/privacy/``, nothing
under ``bench/`` or ``docs/``, no README, no other corpus or test and no git
history.  It never imported ``toolkit`` and never ran any masking or finding
function on this data.  Value shapes, chat contexts and labels come only from
the writer's own idea of what WeCom chats of the trade hold.

What is different here: the TRADE.  Every message comes from the chats of
beauty salons, medical-aesthetics clinics, spas / massage shops and wedding
services (bridal make-up, wedding photography, banquets) with their
customers, in 1:1 and group chats: appointment booking, membership top-ups,
treatment records, real-name consent forms for injections and lasers (ID
number), before/after photos sent by QQ / e-mail, complaints and refunds to
bank cards, gift vouchers, bridal make-up at the bride's home and the banquet
venue, parking registration of the customer's car.  WeChat IDs are written
the way salon staff write them (``薇❤ xxx``, ``V✨xxx``, ``🌸xxx🌸``, ``+v``);
the decoration and cue are outside the span, the ID alone is inside.

Near-misses are those of the trade: member card numbers, appointment
numbers, treatment counts (``水光针3次``, ``热玛吉900发``, ``超声刀600线``),
dosages (``100单位``, ``2ml``), prices / packages / top-ups, dates and times,
salon rooms and beds (``VIP3号房``, ``6号床``), voucher / group-buy codes,
verification codes, 400 / 800 / 95xxx / 12315 hotlines, masked values
(``138****5678``), card tails, platform order numbers of card length that fail
Luhn, ID-shaped strings that fail the check digit, tracking and invoice
numbers, discounts, durations, banquet table counts, parking spots, store /
district names without a house number, staff numbers, photo counts, body
metrics, amounts in capital numerals and bank branch names.

Seed
----
``SEED = "blind34-beauty-wedding-第三十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and bank-card Luhn digits are computed here; every near-miss
whose normalised digits are 16-19 long fails Luhn and every 18-digit one
fails the ID check.  Each declared format is first forced ``FORCE_PER_FMT``
(5) times into distinct randomly drawn templates holding a marker of its
kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  A span holds the
  value only: cue words, ``+86`` / ``0086`` prefixes, landline extensions
  (``转806``, ``-806``, ``分机806``), emoji and the salon decorations around a
  WeChat / QQ id are outside; separators inside a value (spaces, dashes,
  ``·`` in plates) are inside.  An address runs from its first place unit
  (province / city / district / county / town / village / road / estate) to
  its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 楼 / a bare
  room number such as ``1502`` or ``3-2-1502``); a hotel or hall name after
  the last ``号`` is outside.  Names are never written (roles only).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind34"``

Counts (``python tests/privacy/pii_blind34.py``)
------------------------------------------------
rows=1580 pii_rows=900 near_rows=680 entities=1206
(mobile 281, address 181, wechat 163, bank_card 99, qq 98, email 98, plate 98, id_card 95, landline 93);
near-miss spans=1259 (1031 in near-miss rows) kinds=29
(price 188, treatment_count 155, date_time 144, place_only 67, duration 65, room_no 47, masked 46, hotline 42,
  city 35, order_no 34, voucher_code 33, dosage 33, member_card 30, photo_count 28, bank_branch 28, staff_no
  27, amount_upper 27, invoice_no 25, discount 24, tracking_no 24, appt_no 22, tail_digits 21, table_count 20,
  topup 19, verify_code 19, parking_spot 16, body_metric 15, bad_id 15, percent 10);
formats=61 distinct, each used >= 4 times in >= 3 templates:
  address: city_building_floor, county_village, district_start, estate_dash_room, estate_start, hotel_floor,
  mall_shop_no, prov_city_estate_room, road_no_then_hotel, spaced_parts;
  bank_card: domestic95_19, up16_plain, up16_space4, up19_dash4, up19_plain, up19_space4, visa_master16_plain,
  visa_master16_space4;
  email: corp_domain, fullwidth_at, mixed_case, mobile_local, pinyin_provider, qq_digits;
  id_card: plain_18, space_6_8_4, x_lower, x_upper;
  landline: area_dash, area_dash_ext, area_fullwidth_paren, area_paren, area_plain, area_space, local_8;
  mobile: dash_344, emoji_prefix, fullwidth_11, plain_11, plus86_plain, plus86_space, space_344;
  plate: dot_sep, lowercase, new_energy_8, space_sep, std_7;
  qq: digits_5_8, digits_9_10, fullwidth, penguin_emoji;
  wechat: alnum, bracket_cue, dash, emoji_wrapped, heart_cue, mixed_case, plus_v, sparkle_cue, underscore,
  wxid;
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind34-beauty-wedding-第三十八位写手"
SPLIT = "blind34"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

DIG = "0123456789"

# --------------------------------------------------------------------------- helpers


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _luhn_ok(n: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in DIG:
        if _luhn_ok(body + d):
            return d
    raise AssertionError


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _W)) % 11]


def _id_ok(n: str) -> bool:
    n = n.upper()
    return len(n) == 18 and n[:17].isdigit() and _id_check(n[:17]) == n[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-.·]", "", s)


def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice(DIG) for _ in range(n - 1))


# --------------------------------------------------------------------------- value pools

MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
              "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
              "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "195", "198", "199")

ID_AREAS = ("110105", "110108", "310104", "310115", "310106", "330106", "330108", "330782", "440305",
            "440106", "440304", "320102", "320583", "510107", "510104", "420106", "430104", "370202",
            "500103", "610113", "350203", "410105", "210102", "120101", "340104", "360102", "450103",
            "530102", "130104", "220104", "230103", "460106")

BINS_19 = ("621700", "622848", "621226", "622202", "621661", "623052", "621799", "622208")
BINS_16 = ("622588", "621483", "622575", "622155", "625807", "622609")
BINS_VM = ("436742", "427020", "404119", "524070", "552801", "518710")
BINS_95 = ("955880", "955998")

AREA_CODES = ("010", "021", "020", "022", "023", "025", "027", "028", "029", "0571", "0755", "0512",
              "0731", "0532", "0591", "0371", "0574", "0769", "0757", "0592", "0551", "0531")

PY = ("xiao", "mei", "li", "lin", "yan", "yu", "qing", "xin", "ting", "jing", "wei", "na", "ya", "yue",
      "fei", "dan", "jia", "ying", "lulu", "tang", "su", "momo", "nana", "kiki", "coco", "amy", "lily",
      "vivi", "beauty", "skin", "mei", "yan", "zhen", "chen", "wang", "zhao")
MAIL_PROV = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "icloud.com",
             "139.com", "yeah.net", "hotmail.com", "gmail.com", "sohu.com")
CORP_DOM = ("meiyan-clinic.com", "lanting-spa.cn", "xiyue-wedding.com", "yanzhi.com.cn", "ruyi-photo.cn",
            "bellaskin.com.cn", "jiayue-hotel.com")
CORP_USER = ("service", "kefu", "vip", "finance", "hr", "contract", "photo", "booking", "tousu", "caiwu")

PLATE_PROV = (("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKLMNPQ"), ("浙", "ABCDEFGHJL"), ("粤", "ABCDEFHJKLMNPQSTUVWXY"),
              ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
              ("湘", "ABCDEFGHJKLMNU"), ("渝", "ABCDFGH"), ("陕", "ABCDEFGHJKU"), ("闽", "ABCDEFGHJK"),
              ("豫", "ABCDEFGHJKLMNPQRSU"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "", city, ((district, (roads...)), ...))
CITIES = (
    ("", "上海市", (("静安区", ("南京西路", "延安中路", "常德路")), ("徐汇区", ("淮海中路", "天钥桥路", "漕溪北路")),
                   ("浦东新区", ("世纪大道", "张杨路", "锦绣路")), ("长宁区", ("虹桥路", "天山路", "仙霞路")))),
    ("", "北京市", (("朝阳区", ("建国路", "三里屯路", "东三环中路", "朝阳北路")), ("海淀区", ("中关村大街", "学院路")),
                   ("东城区", ("王府井大街", "东直门内大街")))),
    ("广东省", "广州市", (("天河区", ("天河路", "体育西路", "花城大道")), ("越秀区", ("环市东路", "北京路")),
                      ("番禺区", ("迎宾路", "市桥街")))),
    ("广东省", "深圳市", (("南山区", ("科苑路", "海德三道", "南海大道")), ("福田区", ("深南大道", "福华一路", "益田路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "天目山路", "北山街")), ("上城区", ("解放路", "庆春路")),
                      ("滨江区", ("江南大道", "滨盛路")))),
    ("四川省", "成都市", (("锦江区", ("春熙路", "红星路三段", "东大街")), ("武侯区", ("人民南路四段", "天府大道北段")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路")), ("秦淮区", ("中山东路", "中山南路")))),
    ("湖北省", "武汉市", (("江汉区", ("解放大道", "建设大道")), ("武昌区", ("中南路", "中北路")))),
    ("", "重庆市", (("渝中区", ("民族路", "邹容路", "中山三路")), ("江北区", ("建新北路", "北城天街")))),
    ("陕西省", "西安市", (("雁塔区", ("小寨东路", "高新路", "长安南路")), ("碑林区", ("南大街", "东大街")))),
    ("湖南省", "长沙市", (("芙蓉区", ("五一大道", "韶山北路")), ("开福区", ("湘江中路", "芙蓉中路一段")))),
    ("江苏省", "苏州市", (("工业园区", ("现代大道", "星湖街", "苏州大道东")), ("姑苏区", ("人民路", "干将西路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "经三路", "农业路")),)),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "厦禾路", "鹭江道")),)),
)
ESTATES = ("万科城", "绿地世纪城", "保利花园", "碧桂园", "金地格林小镇", "翠湖天地", "中海国际社区", "阳光100国际新城",
           "华润二十四城", "龙湖春江郦城", "融创玖玺", "招商雍景湾", "滨江金色海岸", "世茂滨江花园")
BLDGS = ("华星时代广场", "恒隆广场", "国金中心", "环球中心", "来福士广场", "万象城", "银泰中心", "IFS国际金融中心",
         "太古汇", "德基广场", "嘉里中心", "星光大道商务楼")
HOTELS = ("香格里拉大酒店", "希尔顿酒店", "洲际酒店", "金陵饭店", "君悦酒店", "万豪酒店", "开元名都大酒店",
          "皇冠假日酒店", "喜来登酒店", "凯宾斯基饭店")
COUNTIES = (("浙江省", "金华市", "义乌市", "佛堂镇", ("田心村", "蟠龙村", "毛店村")),
            ("江苏省", "盐城市", "东台市", "安丰镇", ("红星村", "丰北村")),
            ("安徽省", "六安市", "霍邱县", "城西湖乡", ("沣西村", "马店村")),
            ("四川省", "眉山市", "仁寿县", "文林镇", ("白庙村", "钟祥村")),
            ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("石门村", "新民村")),
            ("河南省", "周口市", "太康县", "老冢镇", ("王庄村", "刘楼村")))

# --------------------------------------------------------------------------- PII generators
# each returns a list of pieces (text, labelled)


def _p(v):
    return [(v, True)]


def _mobile(r):
    return r.choice(MOB_PREFIX) + "".join(r.choice(DIG) for _ in range(8))


def _s344(m, sep=" "):
    return m[:3] + sep + m[3:7] + sep + m[7:]


MOBILE_FMTS = (
    ("plain_11", 10, lambda r: _p(_mobile(r))),
    ("space_344", 4, lambda r: _p(_s344(_mobile(r)))),
    ("dash_344", 3, lambda r: _p(_s344(_mobile(r), "-"))),
    ("plus86_plain", 2, lambda r: [(r.choice(("+86", "+86 ", "+86-", "(+86)")), False), (_mobile(r), True)]),
    ("plus86_space", 1, lambda r: [(r.choice(("+86 ", "0086 ")), False), (_s344(_mobile(r)), True)]),
    ("fullwidth_11", 1, lambda r: _p(_fw(_mobile(r)))),
    ("emoji_prefix", 1, lambda r: [(r.choice(("📱", "☎️", "📞")), False), (_mobile(r), True)]),
)


def _id(r, x=None):
    while True:
        y = r.randint(1972, 2004)
        body = r.choice(ID_AREAS) + f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3, DIG)
        c = _id_check(body)
        if x is None and c != "X" or x is True and c == "X":
            return body + c


ID_FMTS = (
    ("plain_18", 10, lambda r: _p(_id(r))),
    ("x_upper", 2, lambda r: _p(_id(r, True))),
    ("x_lower", 1, lambda r: _p(_id(r, True).lower())),
    ("space_6_8_4", 1, lambda r: _p((lambda v: v[:6] + " " + v[6:14] + " " + v[14:])(_id(r)))),
)


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + "".join(r.choice(DIG) for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def _grp4(v, sep=" "):
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


BANK_FMTS = (
    ("up19_plain", 8, lambda r: _p(_card(r, BINS_19, 19))),
    ("up19_space4", 4, lambda r: _p(_grp4(_card(r, BINS_19, 19)))),
    ("up16_plain", 3, lambda r: _p(_card(r, BINS_16, 16))),
    ("up16_space4", 3, lambda r: _p(_grp4(_card(r, BINS_16, 16)))),
    ("visa_master16_space4", 1, lambda r: _p(_grp4(_card(r, BINS_VM, 16)))),
    ("visa_master16_plain", 1, lambda r: _p(_card(r, BINS_VM, 16))),
    ("domestic95_19", 1, lambda r: _p(_card(r, BINS_95, 19))),
    ("up19_dash4", 1, lambda r: _p(_grp4(_card(r, BINS_19, 19), "-"))),
)


def _land(r):
    a = r.choice(AREA_CODES)
    return a, _digits(r, 8, "2345678")


def _ext(r):
    return (r.choice(("转", "转", "-", " 分机", "分机", " 转")) + _digits(r, r.choice((3, 3, 4)), "123456789"), False)


LAND_FMTS = (
    ("area_dash", 8, lambda r: _p("-".join(_land(r)))),
    ("area_paren", 2, lambda r: _p((lambda a, n: f"({a}){n}")(*_land(r)))),
    ("area_space", 2, lambda r: _p((lambda a, n: f"{a} {n[:4]} {n[4:]}")(*_land(r)))),
    ("area_plain", 1, lambda r: _p("".join(_land(r)))),
    ("area_dash_ext", 3, lambda r: [("-".join(_land(r)), True), _ext(r)]),
    ("local_8", 2, lambda r: _p(_land(r)[1])),
    ("area_fullwidth_paren", 1, lambda r: _p((lambda a, n: f"（{a}）{n}")(*_land(r)))),
)


def _handle(r, lo=6, hi=16):
    while True:
        s = r.choice(PY) + r.choice(("", "_", "", ".", "")) + r.choice(PY)
        s += r.choice(("", "", str(r.randint(1, 99)), str(r.randint(1985, 2003)), "520", "1314", "0521"))
        s = s.strip("._")
        if lo <= len(s) <= hi and s[0].isalpha() and ".." not in s and "._" not in s and "_." not in s:
            return s


EMAIL_FMTS = (
    ("qq_digits", 6, lambda r: _p(_digits(r, r.choice((8, 9, 9, 10, 10))) + "@qq.com")),
    ("pinyin_provider", 6, lambda r: _p(_handle(r) + "@" + r.choice(MAIL_PROV))),
    ("corp_domain", 4, lambda r: _p(r.choice(CORP_USER) + "@" + r.choice(CORP_DOM))),
    ("mixed_case", 1, lambda r: _p((lambda h: h[0].upper() + h[1:])(_handle(r).replace("_", ".")) + "@" + r.choice(("163.com", "outlook.com", "icloud.com", "gmail.com")))),
    ("fullwidth_at", 1, lambda r: _p(_handle(r) + "＠" + r.choice(("163.com", "qq.com", "126.com")))),
    ("mobile_local", 2, lambda r: _p(_mobile(r) + "@" + r.choice(("163.com", "139.com", "126.com")))),
)

QQ_FMTS = (
    ("digits_9_10", 8, lambda r: _p(_digits(r, r.choice((9, 9, 10))))),
    ("digits_5_8", 3, lambda r: _p(_digits(r, r.choice((6, 7, 8, 8))))),
    ("penguin_emoji", 2, lambda r: [("🐧", False), (_digits(r, r.choice((9, 10))), True)]),
    ("fullwidth", 1, lambda r: _p(_fw(_digits(r, r.choice((9, 10)))))),
)


def _wx(r, style):
    if style == "alnum":
        return (r.choice(PY) + r.choice(PY) + str(r.randint(1, 9999)))[:18]
    if style == "under":
        return r.choice(PY) + "_" + r.choice(PY) + r.choice(("", "88", "0521", "666", str(r.randint(1990, 2002))))
    if style == "dash":
        return r.choice(PY) + r.choice(PY) + "-" + str(r.randint(10, 999))
    if style == "wxid":
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if style == "mixed":
        return r.choice(("Lily", "Amy", "Coco", "Vivi", "Kiki", "Sunny", "Skin", "Bella", "Mei")) + r.choice(("_", "", "")) + r.choice(("Beauty", "Spa", "Makeup", "Bride", "Yan", "MeiYan")) + str(r.randint(1, 99))
    raise ValueError(style)


WX_FMTS = (
    ("alnum", 5, lambda r: _p(_wx(r, "alnum"))),
    ("underscore", 4, lambda r: _p(_wx(r, "under"))),
    ("dash", 2, lambda r: _p(_wx(r, "dash"))),
    ("wxid", 2, lambda r: _p(_wx(r, "wxid"))),
    ("mixed_case", 2, lambda r: _p(_wx(r, "mixed"))),
)

_STY = ("alnum", "under", "dash", "mixed", "alnum")
WXD_FMTS = (
    ("heart_cue", 4, lambda r: [(r.choice(("薇❤", "薇❤️ ", "V❤", "v❤：", "薇♥ ", "❤V:")), False), (_wx(r, r.choice(_STY)), True)]),
    ("sparkle_cue", 3, lambda r: [(r.choice(("V✨", "✨v：", "V✨ ", "wx✨")), False), (_wx(r, r.choice(_STY)), True)]),
    ("emoji_wrapped", 3, lambda r: (lambda e: [("薇" + e, False), (_wx(r, r.choice(_STY)), True), (e, False)])(r.choice(("🌸", "💕", "🌷", "✨", "💄")))),
    ("plus_v", 3, lambda r: [(r.choice(("+V ", "+v：", "加v ", "加薇 ", "➕V ")), False), (_wx(r, r.choice(_STY)), True)]),
    ("bracket_cue", 1, lambda r: [(r.choice(("【微信】", "「vx」", "【V】")), False), (_wx(r, r.choice(_STY)), True)]),
)


def _plate_tail(r, letters=True):
    t = [r.choice(DIG) for _ in range(5)]
    if letters:
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            t[r.randrange(5)] = r.choice(PLATE_LET)
    return "".join(t)


def _plate_head(r):
    p, ls = r.choice(PLATE_PROV)
    return p + r.choice(ls[:4])


PLATE_FMTS = (
    ("std_7", 8, lambda r: _p(_plate_head(r) + _plate_tail(r))),
    ("dot_sep", 2, lambda r: _p(_plate_head(r) + "·" + _plate_tail(r))),
    ("space_sep", 2, lambda r: _p(_plate_head(r) + " " + _plate_tail(r))),
    ("new_energy_8", 3, lambda r: _p(_plate_head(r) + r.choice("DF") + _plate_tail(r, False))),
    ("lowercase", 1, lambda r: _p((lambda h: h[0] + h[1].lower())(_plate_head(r)) + _plate_tail(r, False))),
)


def _city(r):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    return prov, city, dist, r.choice(roads)


def _no(r):
    return f"{r.randint(1, 1999)}号"


def _unit(r):
    return r.choice((f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}{r.randint(1, 6):02d}室",
                     f"{r.randint(1, 30)}幢{r.randint(2, 28)}{r.randint(1, 4):02d}室",
                     f"{r.randint(1, 18)}号楼{r.randint(1, 3)}单元{r.randint(2, 26)}{r.randint(1, 4):02d}",
                     f"{r.randint(1, 20)}栋{r.randint(2, 32)}{r.randint(1, 8):02d}"))


def _addr_full(r):
    prov, city, dist, road = _city(r)
    return (prov or "") + city + dist + road + _no(r) + r.choice(ESTATES) + _unit(r)


def _addr_city(r):
    _, city, dist, road = _city(r)
    return city + dist + road + _no(r) + r.choice(BLDGS) + r.choice((f"{r.randint(2, 40)}层",
                                                                    f"{r.choice('ABC')}座{r.randint(3, 30)}{r.randint(1, 20):02d}室",
                                                                    f"{r.randint(1, 6)}号楼{r.randint(2, 30)}层"))


def _addr_district(r):
    _, _, dist, road = _city(r)
    return dist + road + _no(r) + r.choice((r.choice(BLDGS) + f"{r.randint(1, 5)}楼", r.choice(ESTATES) + _unit(r)))


def _addr_estate(r):
    return r.choice(ESTATES) + r.choice((_unit(r), f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 32)}{r.randint(1, 4):02d}"))


def _addr_dash(r):
    prov, city, dist, road = _city(r)
    return city + dist + road + _no(r) + r.choice(ESTATES) + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 32)}{r.randint(1, 4):02d}"


def _addr_hotel_floor(r):
    prov, city, dist, road = _city(r)
    return city + dist + road + _no(r) + r.choice(HOTELS) + r.choice((f"{r.randint(2, 6)}楼", f"{r.randint(2, 6)}层", "B1层"))


def _addr_hotel_no(r):
    prov, city, dist, road = _city(r)
    return [(r.choice(("", city)) + dist + road + _no(r), True), (r.choice(("", " ")) + r.choice(HOTELS) + r.choice(("宴会厅", "", "二楼草坪", "大宴会厅")), False)]


def _addr_village(r):
    prov, city, county, town, vills = r.choice(COUNTIES)
    return r.choice((prov, "")) + city + county + town + r.choice(vills) + r.choice((f"{r.randint(1, 12)}组{r.randint(1, 99)}号", f"{r.randint(1, 200)}号"))


def _addr_spaced(r):
    prov, city, dist, road = _city(r)
    return " ".join((city, dist, road + _no(r), r.choice(BLDGS), f"{r.randint(2, 30)}层"))


def _addr_shop(r):
    _, city, dist, road = _city(r)
    return dist + road + _no(r) + r.choice(BLDGS) + f"L{r.randint(1, 5)}层{r.randint(1, 60):02d}号"


# home addresses (bride's home, delivery of gifts, home service, registration forms)
ADDR_FMTS = (
    ("prov_city_estate_room", 6, lambda r: _p(_addr_full(r))),
    ("district_start", 4, lambda r: _p(_addr_district(r))),
    ("estate_start", 2, lambda r: _p(_addr_estate(r))),
    ("estate_dash_room", 2, lambda r: _p(_addr_dash(r))),
    ("county_village", 2, lambda r: _p(_addr_village(r))),
)
# venue addresses (salons, clinics, studios, banquet hotels)
ADDR_VENUE_FMTS = (
    ("city_building_floor", 5, lambda r: _p(_addr_city(r))),
    ("hotel_floor", 2, lambda r: _p(_addr_hotel_floor(r))),
    ("road_no_then_hotel", 2, _addr_hotel_no),
    ("spaced_parts", 1, lambda r: _p(_addr_spaced(r))),
    ("mall_shop_no", 3, lambda r: _p(_addr_shop(r))),
)

MARKERS = {"m": ("mobile", MOBILE_FMTS), "id": ("id_card", ID_FMTS), "bc": ("bank_card", BANK_FMTS),
           "ll": ("landline", LAND_FMTS), "em": ("email", EMAIL_FMTS), "qq": ("qq", QQ_FMTS),
           "wx": ("wechat", WX_FMTS), "wxd": ("wechat", WXD_FMTS), "pl": ("plate", PLATE_FMTS),
           "ad": ("address", ADDR_FMTS), "av": ("address", ADDR_VENUE_FMTS)}

# --------------------------------------------------------------------------- near-miss generators

TREAT = (("水光针", "次"), ("热玛吉", "发"), ("超声刀", "线"), ("光子嫩肤", "次"), ("皮秒", "次"), ("小气泡", "次"),
         ("热玛吉五代", "发"), ("黄金微针", "次"), ("果酸焕肤", "次"), ("肩颈按摩", "次"), ("精油开背", "次"),
         ("美甲", "次"), ("睫毛嫁接", "次"), ("冷光美白", "次"), ("M22", "次"), ("胶原蛋白填充", "支"))


def _treat(r):
    n, u = r.choice(TREAT)
    if u == "发":
        c = r.choice((300, 400, 600, 900, 900, 1200))
    elif u == "线":
        c = r.choice((300, 400, 500, 600, 800))
    else:
        c = r.choice((1, 2, 3, 3, 5, 6, 10, 12))
    return f"{n}{c}{u}"


def _dosage(r):
    return r.choice((f"{r.choice((50, 100, 100, 200))}单位", f"{r.choice((1, 2, 2.5, 3))}ml", f"{r.choice((1, 2))}支",
                     f"{r.choice((0.5, 1, 1.5))}cc", f"{r.choice((10, 20, 40))}mg"))


def _price(r):
    v = r.choice((199, 298, 399, 680, 980, 1280, 1680, 2980, 3980, 4800, 6800, 9800, 12800, 19800, 26800, 38800))
    return r.choice((f"¥{v}", f"{v}元", f"{v}块", f"￥{v}.00", f"{v}", f"{v/10000:g}万" if v >= 10000 else f"{v}元",
                     f"{v}元/次"))


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(8, 20), r.choice((0, 0, 15, 30, 30, 45))
    return r.choice((f"{m}月{d}日", f"{m}月{d}号下午{h - 12 if h > 12 else h}点", f"2024-{m:02d}-{d:02d} {h:02d}:{mi:02d}",
                     f"周{r.choice('一二三四五六日')}上午{r.choice((9, 10, 11))}点半", f"{m}.{d} {h}:{mi:02d}",
                     f"明天{h}:{mi:02d}", f"2025年{m}月{d}日", f"{h}:{mi:02d}"))


def _room(r):
    return r.choice((f"VIP{r.randint(1, 8)}号房", f"{r.randint(1, 12)}号床", f"{r.randint(1, 6)}号美容间", f"A{r.randint(1, 20):02d}包间",
                     f"{r.randint(1, 3)}号化妆间", f"{r.randint(2, 9)}0{r.randint(1, 9)}房"))


def _member(r):
    return r.choice((f"VIP{_digits(r, 6, DIG)}", f"M{_digits(r, 8, DIG)}", _digits(r, 12, "68"), f"HY{_digits(r, 7, DIG)}",
                     _digits(r, 8, "8")))


def _appt(r):
    return r.choice((f"YY2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 3, DIG)}", f"{_digits(r, 10, '2')}",
                     f"BK{_digits(r, 9, DIG)}", f"A-{r.randint(1, 300):03d}"))


def _voucher(r):
    return r.choice((" ".join(_digits(r, 4, DIG) for _ in range(3)), _digits(r, 12), "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8)),
                     f"LQ{_digits(r, 8, DIG)}"))


def _verify(r):
    return r.choice((_digits(r, 6, DIG), _digits(r, 4, DIG)))


def _hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4, DIG)}", f"400{_digits(r, 7, DIG)}", f"4008-{_digits(r, 3, DIG)}-{_digits(r, 3, DIG)}",
                     r.choice(("95588", "95533", "95555", "95599", "95566", "12315", "12320", "95017")), f"800-{_digits(r, 3)}-{_digits(r, 4, DIG)}"))


def _masked(r):
    m = _mobile(r)
    i = _id(r)
    c = _card(r, BINS_19, 19)
    return r.choice((m[:3] + "****" + m[7:], m[:3] + "*" * 4 + m[7:], i[:4] + "*" * 10 + i[14:], i[:6] + "********" + i[14:],
                     c[:4] + " **** **** " + c[-4:], c[:6] + "******" + c[-4:], "wx***" + _wx(r, "alnum")[-3:]))


def _tail(r):
    return _digits(r, 4, DIG)


def _no_luhn(r, n, first="123456789"):
    while True:
        v = _digits(r, n, first)
        if not _luhn_ok(v) and not (n == 18 and _id_ok(v)):
            return v


def _order(r):
    return r.choice((_no_luhn(r, 19, "2345"), _no_luhn(r, 16, "3456789"), _no_luhn(r, 18, "2345"),
                     f"DD{_digits(r, 14, '2')}", _no_luhn(r, 17, "12")))


def _tracking(r):
    return r.choice(("SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "4"), "JD" + _digits(r, 13, "0123"), "7" + _digits(r, 13, DIG)))


def _invoice(r):
    return r.choice((_digits(r, 8, DIG), _digits(r, 20, "2")))


def _bad_id(r):
    while True:
        v = _id(r)
        b = v[:17] + r.choice([c for c in "0123456789" if c != v[17]])
        if not _luhn_ok(b):
            return b


def _discount(r):
    return r.choice(("8.8折", "7折", "五折", "6.8折", "9折", "买一送一", "85折", "满3000减500"))


def _duration(r):
    return r.choice((f"{r.choice((30, 45, 60, 90, 120))}分钟", f"{r.choice((60, 90))}min", f"{r.choice((1, 2, 3))}个小时",
                     f"{r.choice((7, 10, 14))}天"))


def _tables(r):
    return r.choice((f"{r.randint(8, 45)}桌", f"{r.randint(60, 400)}位宾客", f"{r.randint(10, 30)}桌"))


def _parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 300):03d}", f"{r.choice('ABCD')}区{r.randint(1, 200)}号车位",
                     f"B{r.randint(1, 2)}层{r.choice('ABCDE')}{r.randint(1, 80):02d}"))


PLACES = ("万象城店", "滨江店", "西湖店", "环球中心店", "国金店", "太古里店", "徐家汇店", "望京店", "天河城店", "南山店",
          "静安区那家", "朝阳区那家", "锦江区", "湖滨银泰", "春熙路店", "解放碑店")
CITY_ONLY = ("杭州", "上海", "三亚", "大理", "厦门", "青岛", "丽江", "成都", "苏州")


def _topup(r):
    v = r.choice((3000, 5000, 10000, 20000, 30000, 50000))
    return r.choice((f"充{v}送{v // 5}", f"储值{v}元", f"充值{v}"))


def _place(r):
    return r.choice(PLACES)


def _staff(r):
    return r.choice((f"{r.randint(1, 60)}号技师", f"工号{r.choice('ABM')}{_digits(r, 4, DIG)}", f"{r.randint(1, 30)}号美容师",
                     f"{r.randint(1, 20)}号"))


def _photos(r):
    return r.choice((f"精修{r.choice((20, 30, 40, 60))}张", f"底片{r.choice((300, 500, 800))}张", f"{r.choice((9, 12, 18))}张",
                     f"入册{r.choice((30, 40, 50))}张"))


def _body(r):
    return r.choice((f"{r.randint(45, 70)}kg", f"{r.randint(90, 140)}斤", f"身高{r.randint(152, 178)}", f"{r.choice(('32', '34', '36'))}{r.choice('ABC')}",
                     f"腰围{r.randint(58, 80)}"))


_CAP = "零壹贰叁肆伍陆柒捌玖"


def _amount_upper(r):
    a, b, c = r.randint(1, 9), r.randint(1, 9), r.randint(0, 9)
    return f"{_CAP[a]}仟{_CAP[b]}佰{_CAP[c]}拾元整" if c else f"{_CAP[a]}仟{_CAP[b]}佰元整"


def _branch(r):
    return r.choice(("招商银行杭州分行营业部", "工商银行上海徐汇支行", "建设银行深圳南山支行", "中国银行成都锦江支行",
                     "农业银行广州天河支行", "交通银行南京鼓楼支行", "浦发银行武汉分行"))


def _percent(r):
    return r.choice((f"{r.randint(10, 50)}%", f"{r.randint(1, 9)}.{r.randint(1, 9)}%"))


NEAR_GENS = {
    "treatment_count": _treat, "dosage": _dosage, "price": _price, "date_time": _date, "room_no": _room,
    "member_card": _member, "appt_no": _appt, "voucher_code": _voucher, "verify_code": _verify,
    "hotline": _hotline, "masked": _masked, "tail_digits": _tail, "order_no": _order, "tracking_no": _tracking,
    "invoice_no": _invoice, "bad_id": _bad_id, "discount": _discount, "duration": _duration,
    "table_count": _tables, "parking_spot": _parking, "place_only": _place, "staff_no": _staff,
    "photo_count": _photos, "body_metric": _body, "amount_upper": _amount_upper, "bank_branch": _branch,
    "percent": _percent, "topup": _topup, "city": lambda r: r.choice(CITY_ONLY),
}

# --------------------------------------------------------------------------- templates
# {m} {id} {bc} {ll} {em} {qq} {wx} {wxd} {pl} {ad}: personal values; <kind>: near-misses.

PII_TEMPLATES = (
    # booking / arrival
    "您好，想约周六下午做个<treatment_count>，我电话{m}",
    "预约成功啦～\n时间：<date_time>\n项目：<treatment_count>\n到店报手机号{m}就可以",
    "{m} 这个是我手机，到了给我打一下，我在停车场",
    "亲 留个电话哈 → {m}",
    "帮我老婆约一下<date_time>的美甲，手机{m}，她自己开车过来，车牌{pl}",
    "停车登记一下车牌哈：{pl}，到店出示消费小票免费停<duration>",
    "我车是{pl}，今天过去做护理，麻烦帮我报备下停车场",
    "车牌号{pl}  白色的特斯拉，地库进不去了😂",
    "{pl}到门口了，车位在哪",
    "门店地址：{av}，导航搜“<place_only>”也行",
    "地址发您：{av}\n到了在一楼电梯口等，我下来接您",
    "新娘家地址 {ad}，早上5点化妆师上门，麻烦准时哦",
    "接亲地址：{ad}\n酒店：{av}",
    "婚宴酒店在{av}，跟妆老师大概几点到？",
    "婚礼场地定在{av}，一共<table_count>，跟拍要两个机位",
    "新郎电话{m} 新娘电话{m}，有事找哪个都行",
    "我们店座机{ll}，工作日10点到晚上9点都有人接",
    "打不通手机可以打前台座机 {ll}",
    "有问题打门诊电话{ll}，或者直接加我微信{wx}",
    "这是我们医院咨询台的电话：{ll}，术后有任何红肿随时打",
    "医美同意书需要实名登记：\n身份证号：{id}\n联系电话：{m}",
    "{id} 这是我身份证号，面诊登记用的",
    "实名登记一下哈，身份证 {id}，以后做注射类项目都要核对本人",
    "身份证号码{id}，我本人，上次在你们<place_only>做过<treatment_count>",
    "麻烦补一下身份证号，同意书上要填的～\n好的 {id}",
    "我身份证是{id}，手机号{m}，同意书签好了拍照发你",
    "办卡登记：手机{m}，身份证{id}，生日那栏写阳历",
    "退款打到这张卡：{bc} 户名本人，<bank_branch>",
    "卡号{bc}\n开户行：<bank_branch>",
    "麻烦把剩下的<price>退到我银行卡上 {bc}，谢谢",
    "财务核对下，退款卡号是{bc}对吧？预计3-5个工作日到账",
    "{bc} 建行的，退到这个卡就行",
    "尾款我直接转你们对公吧？还是转到{bc}这个卡",
    "退款申请已提交，收款卡号{bc}，退款金额<price>，请留意到账短信",
    "加我微信吧 {wx}，方便发术后注意事项",
    "{wxd}\n前后对比照我发你微信上",
    "有问题随时找我哦～{wxd}",
    "我微信号是{wx}，手机号搜不到的",
    "vx：{wx}  备注一下<place_only>",
    "威信{wx}，加的时候说是做<treatment_count>的那位",
    "你加我 {wx}",
    "宝子们新年快乐🎉 本月会员日<topup>，有需要的私我{wxd}",
    "婚纱照选片有疑问可以直接联系摄影师{wxd}，或者打{m}",
    "QQ{qq}，照片太多微信传不了原图，发QQ上吧",
    "原图发我QQ：{qq} 谢谢啦",
    "我QQ是{qq}，你们加我一下，把视频传给我",
    "扣扣{qq}，底片传那边",
    "扣扣号{qq}，加一下我发你视频",
    "我没怎么用微信，QQ {qq}",
    "婚礼跟拍视频太大了，发我QQ{qq}吧，或者网盘",
    "Q{qq}",
    "{qq}是我QQ，加的时候备注<place_only>",
    "底片原图发我邮箱吧：{em}",
    "合同电子版已发送至{em}，请注意查收～",
    "发票开好了会发到您邮箱{em}，抬头写个人就行",
    "{em} 这个邮箱，精修图打包发过来就行",
    "摄影这边对接人微信{wx}，电话{m}",
    "我QQ邮箱 {em}，QQ号就是{qq}",
    "投诉！！上周做的<treatment_count>现在脸上起疹子，你们赶紧联系我{m}",
    "我要投诉，你们店员强行推销，我手机{m}，今天不给说法我就打<hotline>",
    "经理您好，我是<place_only>的会员，卡里还有<price>没用完，店要关了怎么退？我电话{m}",
    "<date_time>在你们店做完<treatment_count>，车停在B2，车牌{pl}，帮我盖个章",
    "礼品卡寄到这个地址：{ad}，收件电话{m}",
    "收件人：本人\n电话：{m}\n地址：{ad}",
    "{ad}，{m}，麻烦寄顺丰到付",
    "伴手礼寄到{ad} 电话 {m}",
    "新娘跟妆定金已收<price>，尾款婚礼当天结清。化妆地址：{ad}，联系人手机{m}",
    "场地负责人座机 {ll}，进场布置需要提前报备",
    "酒店宴会部电话{ll}，彩排时间你跟他们确认下",
    "婚车车牌：{pl}、{pl}，头车是{pl}",
    "头车车牌{pl}，司机电话{m}",
    "跟拍老师的车牌{pl}，麻烦酒店放行一下哈",
    "请问这个卡是你们店的吗{bc}，我看到有笔扣款<price>，我没消费过",
    "会员卡退卡需要本人身份证号跟银行卡号，\n身份证：{id}\n银行卡：{bc}",
    "身份证{id}\n银行卡{bc}\n手机{m}\n麻烦尽快处理退款",
    "好的，资料收到：{m}，{id}，我们三个工作日内回复您",
    "用这个邮箱给我发报价单 {em} ，婚纱照+婚礼跟拍的套餐",
    "您好，我们是{av}的美容院，想了解下你们的仪器，我邮箱{em}",
    "您好我是<place_only>的店长，合作的话可以加我{wxd}，或者打{m}",
    "我的新手机号{m}，原来那个<masked>不用了，麻烦帮我改下会员信息",
    "会员手机号改成{m}，旧号停机了",
    "{m}\n{wx}\n都是我",
    "电话:{m}  微信同号",
    "手机{m}（微信同号）",
    "微信同手机号哈，搜不到就搜{wx}",
    "你好，我在你们美团上买了<treatment_count>的团购，到店说预约满了？我电话{m}",
    "化妆师联系方式：{m}\n工作室地址：{av}",
    "工作室搬家啦！新地址：{av}\n电话不变：{ll}",
    "📍{av}\n📞{ll}\n营业时间 10:00-21:00",
    "地址：{av}（地铁站出口右转100米）",
    "我家在{ad}，你们上门美甲吗",
    "到家服务的话地址是 {ad} ，门禁密码到了打我电话",
    "我住{ad}，离你们哪个店近？",
    "孕妇能做吗？我在{av}附近上班，方便的话{wx}加我聊",
    "那个...能不能把之前拍的照片删了，我不想给你们做案例。我邮箱{em}，把授权书撤回发我",
    "术前照片发我邮箱{em}，我想自己留底",
    "我是新娘的妈妈，电话{m}，当天有事找我",
    "伴娘电话{m}，化妆师要是找不到新娘就打她",
    "车牌{pl}，是来接新娘的车，麻烦保安放一下",
    "今天停车费怎么没减免啊 车牌{pl}",
    "客户车牌 {pl} 到店了，停<parking_spot>，前台帮忙登记下",
    "@前台 {pl} 的停车券帮忙核销一下",
    "QQ号{qq}  邮箱{em}",
    "联系方式：\nTel：{m}\nQQ：{qq}\nE-mail：{em}",
    "我的资料：\n手机 {m}\n身份证 {id}\n地址 {ad}",
    "家庭住址：{ad}\n紧急联系人电话：{m}",
    "术后回访登记：手机{m}，座机{ll}",
    "我办公室电话{ll}，白天打这个",
    "{ll}是我单位电话",
    "座机：{ll}\n手机：{m}",
    "你们客服电话是多少？<hotline>打不通\n我们门店直线{ll}哈",
    "这是婚庆公司的电话{ll}，你直接跟他们对接",
    "老师我把身份证号发你 {id}",
    "对的 {id}",
    "{id}\n{m}",
    "卡号发你了 {bc}",
    "{bc}",
    "收到，退款卡号：{bc}（<bank_branch>），金额<amount_upper>",
    "{qq}",
    "你好 我qq {qq}",
    "加我微信 {wx} 发你价目表",
    "{wxd}",
    "{wx}",
    "加我v {wx}，朋友圈有很多客片",
    "想看更多客片可以+我{wxd}，每天更新💄",
    "可以发我邮箱 {em}",
    "{em}",
    "邮箱是{em}吗？发过去退回来了",
    "<date_time>到店，车牌{pl}，一共两位，做<treatment_count>",
    "{m} 我老公的号，他来接我",
    "刚刚加了你，我电话是{m}",
    "发你定位了，具体是{ad}，进小区报我手机号后四位",
    "好的亲，您的会员卡<member_card>已绑定手机{m}",
    "老板娘我是<member_card>这张卡的会员，手机{m}，帮我查下余额",
    "你们这个{av}的店还开着吗？我卡里还有钱",
    "对，就是{av}，楼下有个瑞幸",
)

NEAR_TEMPLATES = (
    "您好，您预约的<treatment_count>已安排在<date_time>，<room_no>，请提前10分钟到店",
    "本次注射<dosage>，下次补打间隔<duration>",
    "肉毒<dosage>，瘦脸针一次大概能维持4-6个月",
    "<treatment_count>原价<price>，会员价<price>",
    "<topup>成为钻石会员，全场<discount>",
    "会员卡号：<member_card>\n剩余次数：<treatment_count>",
    "预约号<appt_no>，到店报这个就行",
    "团购券码：<voucher_code>，有效期至<date_time>",
    "验证码<verify_code>，请勿告诉他人",
    "核销码 <voucher_code> 麻烦前台帮我核一下",
    "你好，我的验证码是<verify_code>，帮我核销一下",
    "全国客服热线<hotline>",
    "有问题请拨打<hotline>，我们24小时在线",
    "再不处理我就打<hotline>投诉你们！",
    "您尾号<tail_digits>的卡已退款<price>，预计<duration>内到账",
    "我手机号<masked>，查一下我的会员记录",
    "系统显示您登记的身份证是<masked>，对吗？",
    "退款账户<masked>，退款金额<price>",
    "美团订单号<order_no>，能退吗",
    "订单编号：<order_no>\n实付：<price>",
    "抖音团购订单<order_no>，还没用过，申请退款",
    "大众点评订单号<order_no>，麻烦核销",
    "快递单号<tracking_no>，伴手礼已寄出",
    "赠品已经发顺丰了 <tracking_no>",
    "发票号码<invoice_no>，金额<price>",
    "电子发票已开具，发票号码：<invoice_no>",
    "您发的身份证号<bad_id>校验不通过，麻烦再核对一下",
    "<bad_id> 系统提示身份证格式不对，您看看是不是少打或者打错一位了",
    "婚宴<table_count>，每桌<price>",
    "姐你家具体地址发我下，化妆师<date_time>上门",
    "我们这边大概<table_count>，司仪跟妆一起报价多少",
    "车位在<parking_spot>，电梯上5楼就是",
    "停车场<parking_spot>旁边有电梯直达",
    "我在<place_only>，离你们远吗",
    "请问<place_only>还营业吗？",
    "下个月去<city>旅拍，那边有合作的化妆师吗",
    "<place_only>和<place_only>的价格一样吗",
    "今天给您服务的是<staff_no>，满意的话给个五星好评哦",
    "我想约<staff_no>，她手法好",
    "套餐包含：<photo_count>，服装4套，<duration>拍摄",
    "套餐里<photo_count>，底片全送",
    "选片的话<photo_count>入册，多选一张<price>",
    "婚纱尺码：<body_metric>，<body_metric>",
    "我<body_metric>，能穿S码吗",
    "收据写的是<amount_upper>，跟我付的对不上",
    "退款<amount_upper>，已经打款了",
    "开户行是<bank_branch>吗",
    "定金<price>，尾款<price>，婚礼当天结清",
    "下次来做<treatment_count>，记得提前<duration>预约",
    "今天做了<treatment_count>，术后<duration>不能化妆",
    "建议做<treatment_count>，我们这边是正品探头，当场验",
    "<treatment_count>，全脸<price>",
    "<date_time> <room_no> 有人吗？我想换个房间",
    "<room_no>空调太冷了，帮我调一下",
    "老师<date_time>的<room_no>给我留着哈",
    "明天<date_time>，<room_no>，<staff_no>",
    "充值活动：<topup>，再送<treatment_count>",
    "会员日全场<discount>，储值满<price>再享<discount>",
    "首单立减<percent>，老客户<discount>",
    "这次涨价<percent>？上个月还是<price>",
    "我卡号<member_card>，还剩多少钱",
    "会员号 <member_card>",
    "您的预约编号为<appt_no>，请于<date_time>准时到店",
    "取消预约<appt_no>，改到<date_time>",
    "礼品卡卡号<voucher_code>，面值<price>",
    "这张代金券<voucher_code>还能用吗",
    "验证码发了吗？我收到的是<verify_code>",
    "小程序登录验证码<verify_code>，5分钟内有效",
    "银行客服<hotline>说已经退回了",
    "我打<hotline>问过了，他们说要商家处理",
    "我手机尾号<tail_digits>，帮我查下积分",
    "卡号尾号<tail_digits>那张",
    "短信里显示的是<masked>，我怎么核对是不是我的",
    "顾客电话<masked>，上午已经回访过",
    "订单<order_no>的款<price>什么时候退",
    "支付宝交易号<order_no>，你们查一下",
    "物流<tracking_no>显示签收了，但我没收到",
    "婚纱租赁押金<price>，还衣后<duration>内退还",
    "<date_time>试妆，<date_time>正式婚礼",
    "婚期定在<date_time>，档期还有吗",
    "拍摄时间<date_time>，地点<city>",
    "旅拍<city>，<duration>，<price>全包",
    "今天到店<date_time>，做完<treatment_count>加<treatment_count>",
    "水光针一次<dosage>，三次一个疗程",
    "玻尿酸<dosage>，下巴打的",
    "打了<dosage>，现在有点肿正常吗",
    "价格表：<treatment_count> <price>｜<treatment_count> <price>",
    "我上次买的<treatment_count>还剩<treatment_count>",
    "发票抬头个人，发票号<invoice_no>收到了",
    "身份证号我打错了，<bad_id>这个不对，我一会重新发",
    "我们是<staff_no>，今天我帮您做",
    "2楼<room_no>，直接上来",
    "工作时间10:00-22:00，每个项目约<duration>，周一店休",
    "体重<body_metric>，医生说适合做吸脂吗",
    "押金<amount_upper>",
    "嗯嗯，<date_time>见",
    "<price>？太贵了吧，隔壁才<price>",
    "婚礼跟拍<duration>，<photo_count>",
    "到店请出示<voucher_code>",
    "预约<date_time>，共<price>，已付定金<price>",
    "<discount>之后是<price>吗",
    "续卡送<treatment_count>，截止<date_time>",
)

PREFIXES = ("", "", "", "", "", "", "亲，", "好的，", "嗯嗯 ", "@前台 ", "收到～", "您好，", "姐，")
SUFFIXES = ("", "", "", "", "", "", "～", "😊", "🙏", " 谢谢", "！", "[玫瑰]", "[抱拳]", "哈", "\n辛苦啦")

_TOK = re.compile(r"(\{\w+\}|<\w+>)")


def _pick_fmt(r, fmts):
    tot = sum(w for _, w, _ in fmts)
    x = r.uniform(0, tot)
    for name, w, gen in fmts:
        x -= w
        if x <= 0:
            return name, gen
    return fmts[-1][0], fmts[-1][2]


def _render(r, tpl, forced=None):
    """forced: (marker, fmt_name) applied to the first occurrence of that marker."""
    pieces: list = [(r.choice(PREFIXES), None, None)]
    used_forced = False
    for tok in _TOK.split(tpl):
        if not tok:
            continue
        if tok.startswith("{"):
            mk = tok[1:-1]
            kind, fmts = MARKERS[mk]
            if forced and not used_forced and forced[0] == mk:
                name, gen = next((n, g) for n, _, g in fmts if n == forced[1])
                used_forced = True
            else:
                name, gen = _pick_fmt(r, fmts)
            for txt, lab in gen(r):
                pieces.append((txt, kind if lab else None, name if lab else None))
        elif tok.startswith("<"):
            nk = tok[1:-1]
            pieces.append((NEAR_GENS[nk](r), "near:" + nk, None))
        else:
            pieces.append((tok, None, None))
    pieces.append((r.choice(SUFFIXES), None, None))
    text, ents, fmts_out, nears = "", [], [], []
    for txt, lab, name in pieces:
        if lab and lab.startswith("near:"):
            nears.append((lab[5:], len(text), len(text) + len(txt)))
        elif lab:
            ents.append((lab, len(text), len(text) + len(txt)))
            fmts_out.append(name)
        text += txt
    return text, ents, fmts_out, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    for mk, (kind, fmts) in MARKERS.items():
        holders = [i for i, t in enumerate(PII_TEMPLATES) if "{" + mk + "}" in t]
        for name, _, _ in fmts:
            for ti in r.sample(holders, min(FORCE_PER_FMT, len(holders))):
                rows.append(_render(r, PII_TEMPLATES[ti], (mk, name)))
                tids.append(f"P{ti}")
    while len(rows) < N_PII_ROWS:
        ti = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[ti]))
        tids.append(f"P{ti}")
    for k in range(N_NEAR_ROWS):
        ti = k % len(NEAR_TEMPLATES) if k < len(NEAR_TEMPLATES) else r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[ti]))
        tids.append(f"N{ti}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": [SPLIT] * len(rows),
    })


def make_blind34_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_PLACE_START = re.compile(r"^(\S{2,3}(省|市|区|县|镇|乡|村)|\S+?(路|街|大道|小区)|" + "|".join(ESTATES) + ")")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d)$")
_PLATE = re.compile(r"^[京沪浙粤苏川鄂湘渝陕闽豫][A-Za-z][·\s]?[A-Z0-9]{5,6}$")
_WX = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._\-]+[@＠][A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert isinstance(text, str) and sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOB_PREFIX, v
                assert not text[e:e + 1].isdigit(), text
                assert not text[s - 1:s].isdigit() or text[:s].endswith("86"), text
            elif k == "id_card":
                assert _id_ok(n), v
                assert n[:6] in ID_AREAS
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                d = re.sub(r"[()（）]", "", n)
                assert d.isdigit() and (len(d) == 8 or d[:-8] in AREA_CODES), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "wechat":
                assert _WX.match(v), v
            elif k == "email":
                assert _EMAIL.match(v), v
            elif k == "plate":
                assert _PLATE.match(v), v
            elif k == "address":
                assert _PLACE_START.match(v), v
                assert _ADDR_END.search(v), v
        for k, s, e in ns:
            assert k in NEAR_GENS, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not n.startswith("1"), (k, v)
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
    assert df.equals(make_blind34_corpus())  # deterministic
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
    declared = [f"{MARKERS[mk][0]}/{f}" for mk in MARKERS for f, _, _ in MARKERS[mk][1]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Fifty-sixth blind PII corpus (``split == "blind56"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十一位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; nothing under ``bench/`` or ``docs/``, not the README, no
git history, no other corpus or test (only lines 1-100 and the last 45 lines
of ``tests/privacy/pii_blind8.py`` for the layout and entry-point names).
``../shared/datasets/`` was glanced at for phrasing only (nothing copied).
It never imported ``toolkit`` and never ran any masking / finding function on
this data.  Value shapes, chat contexts and labels come only from the writer's
own idea of what WeCom chats of this trade hold.

What is different here: SECOND-HAND GOODS RECYCLING AND TRADING.  1:1 and
group chats between staff of a recycling company / second-hand shops and
their customers: used phones, computers, tablets, luxury bags, watches, gold,
furniture and household appliances.  Door-to-door pickup addresses (villages,
estates, offices, warehouses), quotes, identity checks for sellers of phones
and gold (ID numbers), payouts to bank cards or by WeChat, couriers sending
devices in (tracking numbers, return addresses, shop landlines with
extensions), pickup vans entering estates (plates), group chats of regular
sellers and dealers (@-mentions, daily gold prices, model lists).

Near-misses are what this trade is full of: IMEI numbers, Apple serials,
model numbers and storage sizes, battery health, gold weights and gold
prices, quotes and payout amounts, recycling order numbers, courier tracking
numbers, WeChat-pay / merchant transaction numbers of card length that fail
Luhn, ID-shaped trace codes failing the check digit, masked phones / cards,
card tail digits, parcel-locker pickup codes (``3-2-1087``), hotlines
(400 / 800 / 955xx), bag date codes, invoice numbers, social credit codes,
post codes, a district / market named alone, condition grades (95新), dates
and times, URLs, @-mentions.

Seed
----
``SEED = "blind56-2026-recycle-第六十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2), bank-card and IMEI Luhn digits are computed here.  Each value
format is first forced into 5 distinct randomly drawn templates holding a
marker of its kind, the other rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; names are never labelled), ``formats`` (one format
name per entity), ``near_misses`` (list of ``(near_kind, start, end)``) and
``split`` (always ``"blind56"``).  A span holds the value only: cue words,
``+86`` / ``0086`` / ``86-`` prefixes and extensions (``转806``, ``-806``,
``分机806``) are outside; separators inside a value are inside; an address
runs from its first place unit to its last house-level unit.

Counts (``python tests/privacy/pii_blind56.py``)
------------------------------------------------
rows=1610 pii_rows=930 near_rows=680 entities=1530;
entities by kind: mobile 392, address 259, bank_card 191, id_card 146, landline 144, plate 119,
wechat 99, email 95, qq 85;
near-miss spans=1372 (1194 in near-miss rows) kinds=31:
price 219, date_time 131, model_no 97, gold_weight 71, condition 64, imei 61, order_no 57,
tracking_no 50, gold_price 49, place_only 48, storage 42, quantity 39, hotline 37, tail_digits 35,
purity 35, bag_code 31, wxpay_no 29, txn_no 29, postal_code 27, masked 27, verify_code 25,
credit_code 23, mention 22, bad_card 22, invoice_no 21, pickup_code 20, serial_no 19, battery 13,
bad_id 11, url 9, model_code 9;
formats=51 distinct (51 declared), each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind56-2026-recycle-第六十一位写手"
SPLIT = "blind56"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 930
N_NEAR_ROWS = 680
FORCE_PER_FMT = 5

# ----------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


_CN_DIG = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_CN_DIG.get(c, c) for c in s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# ----------------------------------------------------------------------------- value pools

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512",
              "0757", "0769", "0731", "0371", "0531", "0532", "0591", "0592", "0871", "0851", "0311", "0760")
ID_REGIONS = ("110101", "110105", "310104", "310115", "440305", "440106", "440304", "330106", "320106",
              "510107", "420111", "430104", "370102", "350203", "610113", "410105", "500103", "441900",
              "360102", "450103", "130104", "210102", "340104", "441402", "430521", "522101", "362201")
BINS_19 = ("622202", "621226", "621700", "622848", "623668", "622700", "621661", "622262", "621799")
BINS_16 = ("622588", "621483", "622609", "625908", "622155", "622630")
BINS_VISA = ("438088", "427010", "456351", "404117", "491020")
BINS_MC = ("524094", "552599", "518364", "512315", "546766")
BINS_95 = ("955880", "955998", "955990")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "hu",
          "zhu", "gao", "lin", "he", "guo", "ma", "luo", "xiaoming", "lihua", "weiwei", "tingting", "jun",
          "haoran", "yifan", "jiajia", "laowang", "ahui", "dongge", "xiaofei")
WX_WORDS = ("huishou", "ershou", "shouji", "jinshi", "recycle", "hs", "ershoujiaju", "pingguo", "laoban",
            "shop", "diannao", "baobao")
EMAIL_DOM = ("163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "hotmail.com",
             "yeah.net", "139.com", "aliyun.com")
CORP_DOM = ("ahs-recycle.com", "zhuanzhuan-shop.cn", "hsjiadian.com.cn", "lvyuan-huishou.com",
            "xinyi-jewelry.cn", "dianzi-ershou.net")

# (province or None, city, [(district, [roads])])
CITIES = (
    ("广东省", "深圳市", (("南山区", ("桃园路", "南海大道", "学府路", "科苑路")), ("福田区", ("深南中路", "华强北路", "福华三路")),
                     ("宝安区", ("新安六路", "宝民一路", "建安一路")), ("龙岗区", ("龙翔大道", "布吉路")),
                     ("龙华区", ("人民路", "民治大道")))),
    ("广东省", "广州市", (("天河区", ("天河路", "体育西路", "黄埔大道西")), ("越秀区", ("中山五路", "北京路")),
                     ("海珠区", ("江南大道中", "新港西路")), ("白云区", ("机场路", "白云大道北")))),
    ("广东省", "东莞市", (("南城街道", ("宏图路", "鸿福路")), ("长安镇", ("长青路", "振安中路")))),
    (None, "上海市", (("徐汇区", ("漕溪北路", "虹桥路", "天钥桥路")), ("浦东新区", ("张杨路", "世纪大道", "金科路")),
                   ("闵行区", ("七莘路", "沪闵路")), ("宝山区", ("牡丹江路", "友谊路")))),
    (None, "北京市", (("朝阳区", ("建国路", "望京西路", "朝阳北路")), ("海淀区", ("中关村大街", "学院路", "北四环西路")),
                   ("丰台区", ("南三环西路", "丰台北路")), ("昌平区", ("回龙观西大街", "立汤路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "天目山路")), ("拱墅区", ("莫干山路", "湖州街")), ("余杭区", ("文一西路", "五常大道")))),
    ("四川省", "成都市", (("武侯区", ("人民南路四段", "科华北路")), ("锦江区", ("春熙路", "东大街")), ("成华区", ("建设路", "二环路东二段")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道")), ("江汉区", ("解放大道", "建设大道")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路")), ("秦淮区", ("中山南路", "龙蟠中路")))),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "枫林三路")), ("雨花区", ("韶山中路", "劳动东路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "经三路")), ("二七区", ("大学路", "航海中路")))),
    (None, "重庆市", (("渝北区", ("新南路", "金开大道")), ("九龙坡区", ("杨家坪正街", "科园一路")))),
)
ESTATES = ("阳光花园", "翠苑小区", "金地名津", "幸福里小区", "万科城", "碧桂园", "华润城", "保利花园", "锦绣家园",
           "世纪城", "丽景湾", "梧桐苑", "东方明珠苑", "和平里小区", "龙湖春森彼岸", "时代广场", "融创壹号院",
           "新城花园", "枫林小区", "金色家园")
VILLAGES = (("广东省", "梅州市", "五华县", "水寨镇", "大布村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "长乐村"),
            ("河南省", "周口市", "太康县", "逊母口镇", "马庄村"), ("四川省", "南充市", "南部县", "大桥镇", "白鹤村"),
            ("江西省", "赣州市", "于都县", "贡江镇", "长征村"), ("安徽省", "阜阳市", "临泉县", "城关镇", "王庄村"))

# ----------------------------------------------------------------------------- generators (pre, value, post)


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


_YAO = "洞幺两三四五六七八九"
_YI = "〇一二三四五六七八九"


def gen_mobile(r, fmt):
    d = _mobile_digits(r)
    if fmt == "plain_11":
        return "", d, ""
    if fmt == "space_344":
        return "", f"{d[:3]} {d[3:7]} {d[7:]}", ""
    if fmt == "dash_344":
        return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", ""
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "0086 ", "86-")), d, ""
    if fmt == "fullwidth":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in d), ""
    if fmt == "voice_words":
        return "", "".join(_YAO[int(c)] for c in d), ""
    if fmt == "cn_digits":
        return "", "".join(_YI[int(c)] for c in d), ""
    if fmt == "space_4_4_3":
        return "", f"{d[:4]} {d[4:8]} {d[8:]}", ""
    raise KeyError(fmt)


def _local(r, area):
    n = 8
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def gen_landline(r, fmt):
    a = r.choice(AREA_CODES)
    loc = _local(r, a)
    if fmt == "area_dash":
        return "", f"{a}-{loc}", ""
    if fmt == "area_paren":
        return "", f"({a}){loc}", ""
    if fmt == "area_plain":
        return "", a + loc, ""
    if fmt == "area_space":
        return "", f"{a} {loc}", ""
    if fmt == "dash_ext":
        ext = r.choice(("转", "-", "分机", "转分机", " 转"))
        return "", f"{a}-{loc}", ext + str(r.randint(800, 8999) if r.random() < 0.5 else r.randint(10, 99))
    if fmt == "area_dash_split4":
        return "", f"{a}-{loc[:4]} {loc[4:]}", ""
    raise KeyError(fmt)


def _id(r):
    reg = r.choice(ID_REGIONS)
    y = r.randint(1958, 2004)
    m = r.randint(1, 12)
    dd = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    body = f"{reg}{y}{m:02d}{dd:02d}{r.randint(0, 999):03d}"
    return body + _id_check(body)


def gen_id(r, fmt):
    if fmt in ("x_upper", "x_lower"):
        while True:
            v = _id(r)
            if v.endswith("X"):
                break
        return "", (v if fmt == "x_upper" else v[:-1] + "x"), ""
    while True:
        v = _id(r)
        if v[-1].isdigit():
            break
    if fmt == "plain_18":
        return "", v, ""
    if fmt == "space_6_8_4":
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, bin_, length):
    body = bin_ + "".join(r.choice("0123456789") for _ in range(length - len(bin_) - 1))
    return body + _luhn_digit(body)


def gen_bank(r, fmt):
    if fmt == "unionpay_19":
        return "", _card(r, r.choice(BINS_19), 19), ""
    if fmt == "unionpay_16":
        return "", _card(r, r.choice(BINS_16), 16), ""
    if fmt == "space_4_19":
        c = _card(r, r.choice(BINS_19), 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if fmt == "space_4_16":
        c = _card(r, r.choice(BINS_16 + BINS_VISA + BINS_MC), 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "visa_16":
        return "", _card(r, r.choice(BINS_VISA), 16), ""
    if fmt == "master_16":
        return "", _card(r, r.choice(BINS_MC), 16), ""
    if fmt == "domestic_95_19":
        return "", _card(r, r.choice(BINS_95), 19), ""
    if fmt == "dash_4_16":
        c = _card(r, r.choice(BINS_16), 16)
        return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    raise KeyError(fmt)


def gen_qq(r, fmt):
    if fmt == "digits_5_8":
        n = r.randint(6, 8)
    elif fmt == "digits_9_10":
        n = r.randint(9, 10)
    else:
        raise KeyError(fmt)
    return "", str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1)), ""


def gen_wechat(r, fmt):
    if fmt == "pinyin_digits":
        v = r.choice(PINYIN) + str(r.choice((r.randint(1960, 2005), r.randint(1, 999), r.randint(100000, 999999))))
    elif fmt == "pinyin_underscore":
        v = r.choice(PINYIN) + "_" + r.choice(PINYIN + WX_WORDS) + (str(r.randint(1, 99)) if r.random() < 0.6 else "")
    elif fmt == "wxid":
        v = "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))
    elif fmt == "trade_dash":
        v = r.choice(WX_WORDS) + "-" + r.choice(PINYIN) + str(r.randint(1, 999))
    elif fmt == "mixed_case":
        v = r.choice(("Ada", "Kevin", "Tony", "Coco", "Jack", "Lucky", "Vivi", "Amy")) + r.choice(PINYIN).capitalize() + str(r.randint(66, 9999))
    else:
        raise KeyError(fmt)
    if len(v) < 6:
        v += str(r.randint(1000, 9999))
    return "", v, ""


def gen_email(r, fmt):
    if fmt == "qq_digits":
        v = str(r.randint(10000000, 3999999999)) + "@qq.com"
    elif fmt == "pinyin_public":
        v = r.choice(PINYIN) + r.choice(("", "_", ".")) + r.choice(PINYIN) + str(r.randint(1, 2005)) + "@" + r.choice(EMAIL_DOM)
    elif fmt == "corp_domain":
        v = r.choice(("service", "kefu", "hs", "finance", "caiwu", "shop01")) + r.choice(("", str(r.randint(1, 9)))) + "@" + r.choice(CORP_DOM)
    elif fmt == "upper_mixed":
        v = r.choice(PINYIN).capitalize() + r.choice(PINYIN).capitalize() + str(r.randint(10, 99)) + "@" + r.choice(("163.com", "QQ.com", "Gmail.com", "126.com"))
    else:
        raise KeyError(fmt)
    return "", v, ""


def gen_plate(r, fmt):
    p = r.choice(PLATE_PROV)
    a = r.choice(PLATE_LET[:12])
    tail = "".join(r.choice("0123456789") for _ in range(5))
    if r.random() < 0.45:
        i = r.randint(0, 4)
        tail = tail[:i] + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + tail[i + 1:]
    if fmt == "plain_7":
        return "", p + a + tail, ""
    if fmt == "dot_middle":
        return "", p + a + "·" + tail, ""
    if fmt == "space_middle":
        return "", p + a + " " + tail, ""
    if fmt == "new_energy_8":
        return "", p + a + r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + "".join(r.choice("0123456789") for _ in range(4)), ""
    if fmt == "lower_letters":
        return "", p + a.lower() + tail.lower(), ""
    raise KeyError(fmt)


def _house(r, kind):
    est = r.choice(ESTATES)
    b, u, fl = r.randint(1, 32), r.randint(1, 4), r.randint(1, 33)
    room = f"{fl}{r.randint(1, 6):02d}"
    if kind == "unit_room":
        return f"{est}{b}栋{u}单元{room}"
    if kind == "unit_room_shi":
        return f"{est}{b}{r.choice(('栋', '幢', '号楼'))}{u}单元{room}室"
    if kind == "bld_room":
        return f"{est}{b}栋{room}"
    if kind == "dash":
        return f"{est}{b}-{u}-{room}"
    raise KeyError(kind)


def gen_address(r, fmt):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    road = r.choice(roads)
    num = f"{r.randint(1, 3999)}号"
    hk = r.choice(("unit_room", "unit_room_shi", "bld_room", "dash"))
    if fmt == "full_province":
        v = (prov or "") + city + dist + road + num + r.choice(("", "")) + _house(r, hk)
    elif fmt == "city_start":
        v = city + dist + road + num + _house(r, hk)
    elif fmt == "district_start":
        v = dist + road + num + r.choice(("", _house(r, hk)))
    elif fmt == "estate_start":
        v = _house(r, hk)
    elif fmt == "road_number":
        fl = r.randint(2, 28)
        v = road + num + r.choice(("", f"{fl}楼", f"{fl}楼{fl}{r.randint(1, 30):02d}"))
    elif fmt == "village":
        vp, vc, vx, vt, vv = r.choice(VILLAGES)
        v = r.choice((vp, "")) + vc + vx + vt + vv + r.choice((f"{r.randint(1, 12)}组", "")) + f"{r.randint(1, 99)}号"
    elif fmt == "office_floor":
        fl = r.randint(2, 30)
        v = city + dist + road + num + r.choice(("科技大厦", "国际商务中心", "大厦B座", "创业园")) + f"{fl}层{fl}{r.randint(1, 30):02d}室"
    elif fmt == "spaced_parts":
        v = " ".join((city, dist, road + num, _house(r, "unit_room")))
    elif fmt == "dash_room_city":
        v = city + dist + _house(r, "dash")
    else:
        raise KeyError(fmt)
    return "", v, ""


FMTS = {
    "M": ("mobile", gen_mobile, (("plain_11", 10), ("space_344", 3), ("dash_344", 2), ("plus86_plain", 1.5),
                                 ("fullwidth", 0.6), ("voice_words", 0.8), ("cn_digits", 0.5), ("space_4_4_3", 0.6))),
    "L": ("landline", gen_landline, (("area_dash", 6), ("area_paren", 1.5), ("area_plain", 2), ("area_space", 1),
                                     ("dash_ext", 2.5), ("area_dash_split4", 0.6))),
    "I": ("id_card", gen_id, (("plain_18", 10), ("x_upper", 1.5), ("x_lower", 0.6), ("space_6_8_4", 1))),
    "B": ("bank_card", gen_bank, (("unionpay_19", 8), ("unionpay_16", 3), ("space_4_19", 3), ("space_4_16", 1.5),
                                  ("visa_16", 0.8), ("master_16", 0.8), ("domestic_95_19", 0.8), ("dash_4_16", 0.5))),
    "Q": ("qq", gen_qq, (("digits_5_8", 3), ("digits_9_10", 5))),
    "W": ("wechat", gen_wechat, (("pinyin_digits", 5), ("pinyin_underscore", 3), ("wxid", 2), ("trade_dash", 2),
                                 ("mixed_case", 1.5))),
    "E": ("email", gen_email, (("qq_digits", 5), ("pinyin_public", 5), ("corp_domain", 2), ("upper_mixed", 1))),
    "P": ("plate", gen_plate, (("plain_7", 6), ("dot_middle", 2), ("space_middle", 1.2), ("new_energy_8", 2),
                               ("lower_letters", 0.5))),
    "A": ("address", gen_address, (("full_province", 3), ("city_start", 4), ("district_start", 3), ("estate_start", 3),
                                   ("road_number", 1.5), ("village", 1.5), ("office_floor", 1.5), ("spaced_parts", 0.8),
                                   ("dash_room_city", 1.2))),
}

# ----------------------------------------------------------------------------- near-miss generators

_MODELS = ("iPhone 13 Pro", "iPhone 14 Pro Max", "iPhone 12", "iPhone 15", "iPhone 11", "华为Mate 40 Pro",
           "华为P50", "Mate 60 Pro", "小米13", "小米14 Ultra", "OPPO Find X6", "vivo X90", "三星S23 Ultra",
           "MacBook Air M1", "MacBook Pro 16寸 M2", "ThinkPad X1 Carbon", "联想小新Pro14", "iPad Air 5",
           "iPad Pro 11寸", "Apple Watch S8", "拯救者Y9000P", "戴尔XPS 13", "索尼A7M3", "Switch OLED")
_BAGS = ("LV Neverfull", "香奈儿CF", "古驰马衔扣", "爱马仕Picotin", "LV老花邮差包", "Prada三角包", "迪奥马鞍包")


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _not_luhn(r, s):
    if _luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)
    return s


def _not_id(r, s):
    if _id_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10) if s[-1].isdigit() else s[:-1] + "1"
        if _id_ok(s):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def _imei(r):
    body = r.choice(("35", "86", "35", "86")) + "".join(r.choice("0123456789") for _ in range(12))
    return body + _luhn_digit(body)


def near(r, kind):
    while True:
        v = _near1(r, kind)
        n = _norm(v)
        if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
            continue
        if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
            continue
        return v


def _near1(r, kind):
    if kind == "order_no":
        return r.choice((f"HS{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 6, '0123456789')}",
                         f"ZZ{_digits(r, 12)}", f"AHS-{_digits(r, 8)}", _digits(r, 12)))
    if kind == "tracking_no":
        return r.choice((f"SF{_digits(r, 13)}", f"SF {_digits(r, 4)} {_digits(r, 4, '0123456789')} {_digits(r, 5, '0123456789')}",
                         "7" + _digits(r, 13, "0123456789"), f"YT{_digits(r, 13)}", f"JDVA{_digits(r, 11, '0123456789')}",
                         "9" + _digits(r, 12, "0123456789")))
    if kind == "imei":
        return _imei(r)
    if kind == "serial_no":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return r.choice(("C02", "F2L", "DMP", "G6T", "FVF", "H4H")) + "".join(r.choice(chars) for _ in range(9))
    if kind == "model_no":
        return r.choice(_MODELS)
    if kind == "storage":
        return r.choice(("128G", "256G", "512G", "1T", "8+256", "12+512", "16G+512G", "64G", "8G/256G"))
    if kind == "battery":
        return f"{r.randint(76, 100)}%"
    if kind == "price":
        v = r.choice((r.randint(80, 9999), r.randint(1000, 12000), r.randint(30, 800) * 10))
        return r.choice((f"{v}元", f"¥{v}", f"{v}块", f"{v}", f"￥{v:,}", f"{v}.00元", f"{v / 10000:.1f}w" if v >= 10000 else f"{v}元"))
    if kind == "gold_weight":
        return r.choice((f"{r.randint(2, 120)}.{r.randint(0, 99):02d}克", f"{r.randint(2, 80)}.{r.randint(0, 9)}g",
                         f"{r.randint(5, 300)}克", f"{r.randint(1, 9)}.{r.randint(0, 99):02d}g"))
    if kind == "gold_price":
        p = r.randint(430, 620)
        return r.choice((f"{p}元/克", f"{p}/g", f"{p}.{r.randint(0, 9)}元/g", f"{p}一克"))
    if kind == "date_time":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日下午{r.randint(1, 6)}点",
                         f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 20):02d}:{r.choice(('00', '30', '15'))}",
                         "明天上午10点", "周六下午", "今晚7点半", f"{r.randint(8, 11)}:{r.choice(('00', '30'))}-{r.randint(17, 21)}:00",
                         f"{r.randint(2023, 2025)}.{r.randint(1, 12)}.{r.randint(1, 28)}"))
    if kind == "hotline":
        return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", f"400{_digits(r, 7, '0123456789')}",
                         f"800-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", "95588", "95533", "95566", "95599",
                         "95555", "95338", "95311", "10086", "12315"))
    if kind == "txn_no":
        n = r.choice((16, 18, 19))
        s = _not_luhn(r, "4200" + _digits(r, n - 4, "0123456789") if r.random() < 0.5 else _digits(r, n))
        return _not_id(r, s)
    if kind == "wxpay_no":
        return "4200" + _digits(r, 24, "0123456789")
    if kind == "bad_card":
        s = r.choice(BINS_19 + BINS_16 + ("2330", "8800", "3019", "1000"))
        n = 19 if s in BINS_19 else 16
        return _not_luhn(r, s + _digits(r, n - len(s), "0123456789"))
    if kind == "bad_id":
        v = _id(r)
        return _not_id(r, v if v[-1].isdigit() else v[:-1] + "5")
    if kind == "masked":
        d = _mobile_digits(r)
        return r.choice((f"{d[:3]}****{d[7:]}", f"{d[:3]}****{d[7:]}", f"6222 **** **** {_digits(r, 4, '0123456789')}",
                         f"{r.choice(ID_REGIONS)}********{_digits(r, 4, '0123456789')}", f"**** {_digits(r, 4, '0123456789')}",
                         f"{d[:3]}xxxx{d[7:]}"))
    if kind == "tail_digits":
        return _digits(r, 4, "0123456789")
    if kind == "pickup_code":
        return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.randint(100000, 999999)}",
                         f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}"))
    if kind == "verify_code":
        return f"{r.randint(0, 999999):06d}" if r.random() < 0.7 else f"{r.randint(1000, 9999)}"
    if kind == "bag_code":
        return r.choice(("SP", "AR", "FL", "CA", "DU", "TJ", "MI")) + f"{r.randint(1000, 4299)}"
    if kind == "invoice_no":
        return r.choice((f"{r.randint(0, 99999999):08d}", "24" + _digits(r, 18, "0123456789")))
    if kind == "credit_code":
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return r.choice(("91440300", "91440101", "92310115", "91330106", "92440304")) + "".join(r.choice(chars) for _ in range(10))
    if kind == "postal_code":
        return r.choice(("518057", "518000", "510620", "200030", "100020", "310012", "610041", "430074", "523000", "450000"))
    if kind == "place_only":
        prov, city, dists = r.choice(CITIES)
        return r.choice((city, r.choice(dists)[0], city + r.choice(dists)[0], "华强北", "中关村", "赛格电子市场",
                         "水贝黄金珠宝市场", r.choice(dists)[0] + "这边"))[:12].replace("这边", "")
    if kind == "condition":
        return r.choice(("95新", "9成新", "99新", "八五新", "准新", "7成新", "全新未拆封"))
    if kind == "quantity":
        return r.choice((f"{r.randint(2, 60)}台", f"{r.randint(2, 30)}部", f"{r.randint(2, 20)}件", f"{r.randint(2, 12)}个"))
    if kind == "mention":
        return r.choice(("回收-小王", "店长阿辉", "老周二手", "华强北-阿杰", "黄金回收-陈姐", "家电回收老李", "所有人"))
    if kind == "url":
        return r.choice(("https://m.ahs-recycle.com/q/", "https://ershou.example.cn/item/", "http://t.cn/")) + "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    if kind == "model_code":
        return r.choice(("A2634", "A2896", "A2484", "SM-S9180", "NOH-AN00", "2211133C", "A2681", "V2229A", "PHB110"))
    if kind == "purity":
        return r.choice(("足金999", "Au999", "Au750", "18K", "千足金", "PT950", "9999"))
    raise KeyError(kind)


# ----------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "您好，我这边有台{n:model_no}想卖，{n:storage}的，电池{n:battery}，回收多少钱？我电话{M}",
    "上门地址：{A}\n联系电话：{M}\n预约时间：{n:date_time}",
    "师傅明天上午能来收冰箱洗衣机吗，地址{A}，到了打{M}",
    "{A} 这边有一套旧沙发和餐桌要处理，能上门看看吗",
    "收款卡号：{B}\n开户行：建设银行\n户名：本人",
    "身份证号{I}，手机{M}，金条{n:gold_weight}，按今天{n:gold_price}算",
    "{I}\n{M}\n{B} 工商银行",
    "钱打到这张卡吧 {B} 农行的",
    "不用打卡了，直接微信转我就行，微信号{W}",
    "加我微信 {W} 发照片给你看成色",
    "vx：{W}，备注回收",
    "我QQ{Q}，电脑配置截图在QQ上发你",
    "寄到{A}，收件电话{L}，顺丰到付就行",
    "顺丰单号{n:tracking_no}，寄件人电话{M}，麻烦查收",
    "门店座机{L}，营业时间{n:date_time}",
    "有事打店里电话{L}，找回收部",
    "报价单发邮箱吧 {E}",
    "发票抬头开公司，邮箱{E}，税号{n:credit_code}",
    "收货车车牌{P}，师傅电话{M}，大概{n:date_time}到",
    "小区门口登记车牌{P}就能进，保安那边我说好了",
    "@{n:mention} 今日金价{n:gold_price}，老客户卖金直接联系{M}",
    "群里的老板们，有{n:model_no}的私聊我，{W}",
    "包包是{n:bag_name}，带票，想出掉，我在{A}，能上门鉴定吗",
    "我身份证{I} 卖手机要登记是吧",
    "麻烦核对下：证件号{I}，收款{B}，金额{n:price}",
    "{M}这个是我老婆的号，回收款打我卡{B}",
    "联系人电话：{M} / {L}",
    "我换号了，新号{M}，之前那个{n:masked}不用了",
    "老地址{A}不住了，搬到{A}了，东西在新家",
    "我的退货地址：{A}，电话{M}，邮箱{E}",
    "卡号 {B}\n身份证 {I}\n手机 {M}",
    "上门回收旧电脑，公司地址{A}，前台座机{L}，到了打前台",
    "我的qq邮箱{E}，回收合同发这里",
    "{Q} 这个是我QQ，加一下",
    "微信搜{W}就是我，头像是只猫😺",
    "老板我车牌是{P}，到你们店门口了，车停哪",
    "二手家具拉走要开车进小区，车牌{P}，司机电话{M}",
    "回收的空调拆机费另算吗？地址{A}，电话{M}，周六下午都在家",
    "好的我记一下，{A}，{M}，明早九点左右到",
    "卖表的身份证：{I}，已拍正反面",
    "转账到{B}，建行，到账了回个话",
    "老客户了，打到老卡{B}就行",
    "钱别打支付宝，打卡 {B}",
    "QQ：{Q}\n微信：{W}\n电话：{M}",
    "手机{M}，微信同号",
    "电话{M}，微信{W}，这两个都能找到我",
    "寄件地址我发你：{A} 回收中心收 {L}",
    "退回地址{A}，收件人本人，{M}",
    "麻烦把验机报告发到{E}，谢谢🙏",
    "邮箱 {E} 收到了吗，没看到邮件",
    "我是上次卖金的，身份证尾号{n:tail_digits}，这次带了{n:gold_weight}的手镯，电话还是{M}",
    "车{P}停在{A}楼下了",
    "金条回收打款：\n卡号：{B}\n户名：本人\n电话：{M}",
    "家里老人的旧手机要卖，登记用我的身份证吧 {I}",
    "{A}\n本人 {M}",
    "你好 我在{A}附近 有一批旧电脑{n:quantity} 有没有人收 电话{M}",
    "快递到了吗 单号{n:tracking_no} 我手机{M}",
    "📱{M} 随时联系",
    "打我座机吧 {L}，手机没电了",
    "公司电话{L}，报价也可以发邮件{E}",
    "你们门店地址是不是{A}？我导航过去",
    "回收中心地址：{A}\n营业电话：{L}\n营业时间：{n:date_time}",
    "微信号：{W}（回收专用）",
    "新加的号 {W} 老号被封了",
    "要开车送冰柜过去，车牌{P}，帮我预约个车位",
    "{P} 这辆车是来拉货的，保安放行一下",
    "付款信息：{B} 招商银行 本人",
    "身份证号码{I}\n电话{M}\n地址{A}",
    "卖iPad 登记：{I}，{M}",
    "QQ号{Q}，邮箱{E}",
    "好友{Q}加一下，验证填回收",
    "回收单{n:order_no}，打款卡号{B}，麻烦尽快",
    "电话打不通{M}，麻烦看到回个电话",
    "上门收家电的师傅：{M}，车牌{P}",
    "收件电话写{L}就行，前台代收",
    "{E}",
    "我把地址改一下，改成{A}",
    "帮我寄回给我吧，{A}，{M}，运费我出",
    "发邮件到{E}或者打{L}都行",
    "本人身份证{I}，没有问题的话今天打款到{B}",
    "手机号{M} 身份证{I} 卖的是{n:model_no}",
    "大哥加我个微信{W} 以后有货直接发我",
    "新群友报到：做二手家电的，{A}有个仓库，电话{M}",
    "你的QQ是{Q}吗 我加你没通过",
    "车牌号{P}",
    "在{A}，开车过来的车牌{P}，电话{M}",
    "{M}",
    "地址{A}，{n:postal_code}",
    "这个是我身份证号 {I} 你看下对不对",
    "收到，打款账户{B}（中国银行）已登记",
    "电话是{M}吗？还是{M}",
    "师傅到了没，我在{A}等你，电话{M}",
    "{W}是我微信，这个号{M}也可以打",
    "银行卡{B}，身份证{I}，手机{M}，金{n:gold_weight}",
    "仓库地址{A}，周一到周六{n:date_time}，来之前打{L}",
    "请把二手笔记本寄到{A}，收件人写回收部，电话{L}，单号发我",
    "嗯嗯 {Q}",
    "我邮箱{E}\n电话{M}",
    "你好我想卖金，人在{A}，方便的话上门，我电话{M}谢谢",
    "卡号{B}开户行农业银行",
    "qq{Q} 微信{W}",
    "加v {W}",
    "车是{P}，白色面包车",
    "拉货的货车{P}，到{A}门口了",
    "座机：{L}\n手机：{M}\n邮箱：{E}",
    "售后找{L}，或者加我QQ{Q}",
    "身份证{I}，卡号{B}\n手机{M}",
    "门店：{A}\n电话：{L} / {M}\n微信：{W}",
    "这边收二手手机的，店在{A}，过来提前打电话{M}",
    "我把身份证号发你 {I}",
    "转到我这张卡 {B} 谢谢老板",
    "好的，上门时间{n:date_time}，地址{A}",
    "快递员来取件，寄件地址{A}，电话{M}",
    "地址有误，应该是{A}",
    "{L} 这是公司前台电话",
    "电话{L}打不通，换个号码{M}",
)

NEAR_TEMPLATES = (
    "回收单号{n:order_no}，打款已提交，预计{n:date_time}到账",
    "顺丰{n:tracking_no}，已签收，今天验机",
    "这台{n:model_no}，{n:storage}，电池{n:battery}，报价{n:price}",
    "今日回收金价{n:gold_price}，铂金另算，有需要的私聊",
    "您的{n:gold_weight}金条，按{n:gold_price}，共{n:price}",
    "IMEI：{n:imei}，查了没有ID锁",
    "序列号{n:serial_no}，官网查保修到{n:date_time}",
    "有问题打客服{n:hotline}",
    "已经转账{n:price}到您尾号{n:tail_digits}的卡，注意查收",
    "回收柜开箱码{n:verify_code}，{n:date_time}前有效",
    "取件码{n:pickup_code}，在楼下驿站",
    "微信支付交易单号{n:wxpay_no}，您核对下",
    "电话{n:masked}是您本人吗",
    "我在{n:place_only}，能上门吗",
    "门店在{n:place_only}，导航搜我们店名就行",
    "包的编码{n:bag_code}，专柜票也在",
    "发票号码{n:invoice_no}，开好了",
    "统一社会信用代码{n:credit_code}",
    "@{n:mention} 这台{n:model_no}你收了没",
    "{n:date_time}之前都能上门",
    "成色{n:condition}，原装屏，无拆修，{n:price}出",
    "商户订单号{n:txn_no}，钱已经原路退回",
    "卡券回收：购物卡卡号{n:bad_card}，面值{n:price}，回收几折？",
    "商品溯源码{n:bad_id}",
    "收了{n:quantity}旧空调，每台{n:price}",
    "报价链接{n:url}，点进去填型号",
    "{n:model_no} {n:storage} {n:condition} 收{n:price}",
    "型号{n:model_code}，国行，{n:storage}",
    "{n:purity} {n:gold_weight} 今天{n:gold_price}",
    "验证码{n:verify_code}已发您手机，登记用的",
    "转账成功 {n:price}\n流水号{n:txn_no}",
    "IMEI1 {n:imei}\nIMEI2 {n:imei}",
    "快递单号：{n:tracking_no}（中通）",
    "官方客服{n:hotline}，可以查激活时间",
    "卡尾号{n:tail_digits}已收到{n:price}",
    "{n:masked} 这个号是您吗，登记的时候少了几位",
    "订单{n:order_no}已完成，感谢",
    "您的手机{n:model_no}已到货，{n:date_time}验机，验完报价",
    "包包{n:bag_name}，编码{n:bag_code}，成色{n:condition}",
    "@{n:mention} 今天{n:place_only}那边有货吗",
    "黄金{n:purity}，称重{n:gold_weight}，扣损耗后{n:price}",
    "邮编{n:postal_code}吗？",
    "回收单{n:order_no}\n快递{n:tracking_no}\n金额{n:price}",
    "银行客服{n:hotline}说要{n:date_time}才到账",
    "您好，电脑序列号{n:serial_no}，配置{n:storage}",
    "{n:price}可以的话我明天就寄",
    "老板{n:price}太低了，{n:price}走不走",
    "开票信息：税号{n:credit_code}，发票号{n:invoice_no}",
    "退款单号{n:txn_no}",
    "驿站取件码{n:pickup_code}，帮我拿一下",
    "{n:quantity}{n:model_no}，都是{n:condition}",
    "我们只在{n:place_only}上门，其他区要加运费",
    "好的，{n:date_time}见👌",
    "京东E卡 卡号{n:bad_card} 面值{n:price}，帮忙看下能收不",
    "物流查不到 {n:tracking_no}",
    "IMEI码{n:imei}，您自己拨*#06#对一下",
    "交易单号 {n:wxpay_no}",
    "合同编号{n:order_no}，回收价{n:price}",
    "积分兑换码{n:verify_code}",
    "二手{n:model_no}，{n:price}，{n:condition}，在{n:place_only}自提",
)

_TOK = re.compile(r"\{([A-Z])\}|\{n:([a-z_]+)\}")


def _near_val(r, kind):
    if kind == "bag_name":
        return "model_no", r.choice(_BAGS)
    return kind, near(r, kind)


def _render(r, tpl, forced=None):
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _TOK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        if m.group(1):
            code = m.group(1)
            kind, gen, tab = FMTS[code]
            if forced and forced[0] == code and not any(k == kind for k, _, _ in ents):
                fmt = forced[1]
            else:
                fmt = r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]
            pre, val, post = gen(r, fmt)
            text += pre
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(fmt)
            text += val + post
        else:
            nk, val = _near_val(r, m.group(2))
            nms.append((nk, len(text), len(text) + len(val)))
            text += val
    text += tpl[pos:]
    return text, ents, fmts, nms


def _typo(r, text, ents, nms):
    """Occasionally append a chat tail (emoji, 谢谢) outside all spans."""
    if r.random() < 0.15:
        text += r.choice(("", " 谢谢", "～", " 👍", "。。", " 麻烦了", "!"))
    return text, ents, nms


def _build(meta):
    r = random.Random(SEED)
    rows = []
    jobs = []
    pii_idx = list(range(len(PII_TEMPLATES)))
    for code, (kind, _, tab) in FMTS.items():
        cand = [i for i in pii_idx if "{" + code + "}" in PII_TEMPLATES[i]]
        for fmt, _ in tab:
            r.shuffle(cand)
            for i in cand[:FORCE_PER_FMT]:
                jobs.append((i, (code, fmt)))
    while len(jobs) < N_PII_ROWS:
        jobs.append((r.choice(pii_idx), None))
    r.shuffle(jobs)
    for i, forced in jobs:
        text, ents, fmts, nms = _render(r, PII_TEMPLATES[i], forced)
        text, ents, nms = _typo(r, text, ents, nms)
        rows.append((text, ents, fmts, nms))
        meta.append(f"p{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        text, ents, fmts, nms = _render(r, NEAR_TEMPLATES[i])
        text, ents, nms = _typo(r, text, ents, nms)
        rows.append((text, ents, fmts, nms))
        meta.append(f"n{i}")
    return pd.DataFrame({
        "text": [t for t, _, _, _ in rows],
        "entities": [e for _, e, _, _ in rows],
        "formats": [f for _, _, f, _ in rows],
        "near_misses": [n for _, _, _, n in rows],
        "split": SPLIT,
    })


def make_blind56_corpus() -> pd.DataFrame:
    return _build([])


# ----------------------------------------------------------------------------- checks

_EMAIL_RE = re.compile(r"^[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
_WX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$")
_PLATE_RE = re.compile(r"^[" + PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}$")
_ADDR_START = re.compile(r"^(\S{2,3}省|\S{2,3}市|\S{1,4}区|\S{1,4}县|\S{2,6}镇|" + "|".join(ESTATES) + r"|\S{2,8}路|\S{2,8}大道|\S{2,8}街)")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d{3,4})$")


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        assert n.isdigit() and any(n.startswith(a) and len(n) - len(a) in (7, 8) for a in AREA_CODES), v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in ID_REGIONS, v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", v), v
    elif kind == "wechat":
        assert _WX_RE.fullmatch(v), v
    elif kind == "email":
        assert _EMAIL_RE.fullmatch(v), v
    elif kind == "plate":
        assert _PLATE_RE.fullmatch(v), v
    elif kind == "address":
        assert v == v.strip() and _ADDR_START.match(v) and _ADDR_END.search(v), v
    else:
        raise AssertionError(kind)


def check_corpus(df):
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            _check_value(k, v)
            n_ent += 1
            # value boundaries: no digit / latin glued on either side of digit values
            if k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert s == 0 or not text[s - 1].isdigit() or text[:s].endswith(("+86", "0086")), (k, text)
                assert e == len(text) or not text[e].isdigit(), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
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
    near_rows = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near_rows["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near_rows) >= 600 and near_in_near_rows >= 800, (len(near_rows), near_in_near_rows)
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near_rows), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind56_corpus())  # deterministic
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
    declared = [f"{kind}/{f}" for kind, _, tab in FMTS.values() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Sixty-ninth blind PII corpus (``split == "blind69"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十四位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only).  It did NOT
read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other corpus or test, nor any git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.  Value
shapes, chat contexts and labels come only from the writer's own idea of what
WeCom chats of this trade hold.

What is different here: FUNERAL AND CEMETERY SERVICES.  Staff of a funeral
service company (殡葬服务 / 殡仪馆接运 / 礼厅) and of a cemetery (陵园 / 墓区 /
骨灰寄存) talk 1:1 and in family group chats with bereaved families: pick-up
addresses (home, hospital ward, village), the deceased's and the family's ID
numbers for the death / cremation certificates and the plot contract, refund
and payment cards, the hearse plate and the family cars' plates for the
cemetery gate, phone numbers of the 经办人, emails for e-invoices and
contracts, QQ / WeChat of relatives abroad, anniversaries and 清明 / 冬至
visits.  Written in a respectful register; roles (家属, 顾问, 大哥, 二姐 ...)
stand for people, no person names are used.

Near-misses are what these chats hold besides personal data: plot numbers
(``松柏园B区3排12号`` -- a grave position, labelled ``plot_no``, never an
address), farewell-hall numbers, cremation / certificate / contract / receipt
numbers, amounts, dates (solar and lunar), ages, 400 / 800 / 95xxx hotlines,
masked values, card tail digits, verification codes, postal codes, invoice
numbers, transaction serials of card length that fail Luhn, ID-shaped archive
numbers that fail the check digit, URLs of online memorial pages, and
place / funeral-home names alone.

Seed
----
``SEED = "blind69-funeral-cemetery-第七十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.  Each format is first forced into
5 distinct templates holding a marker of its kind; the other rows draw the
target kind round-robin and formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one format name per entity),
``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(``"blind69"``).  A span holds the value only: cue words, ``+86`` / ``0086``
prefixes and extensions (转806 / 分机806 / -806) are outside, separators inside
a value are inside; an address runs from its first place unit to its last
house-level unit (号 / 栋 / 号楼 / 单元 / 室 / 层 / bare room number).

Counts (``python tests/privacy/pii_blind69.py``)
------------------------------------------------
rows=1560 pii_rows=880 near_rows=680 entities=1232;
entities by kind: mobile 242, address 146, id_card 134, bank_card 131, landline 129, plate 126,
email 122, wechat 113, qq 89;
near-miss spans=1303 (1079 in near-miss rows) kinds=20;
date_time 244, amount 215, place_only 104, plot_no 82, tail_digits 76, anniversary 65, age 59,
order_no 48, url 47, quantity 46, verify_code 45, hall_no 41, masked 38, hotline 32, cremation_no
31, cert_no 30, txn_serial_badluhn 29, invoice_no 28, postal_code 23, bad_id 20;
formats=45 distinct, each used >= 4 times in >= 3 templates (the forced pass puts every format in 5
templates).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind69-funeral-cemetery-第七十四位写手"
SPLIT = "blind69"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- validity helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(s17, _ID_W)) % 11]


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
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·.()（）]", "", v)


# ---------------------------------------------------------------- fixed lists
ID_AREAS = ("110105", "110108", "310104", "310115", "440106", "440304", "330106", "320106", "430104",
            "430522", "430523", "510107", "420111", "370102", "410105", "350203", "500103", "610113",
            "210102", "130104", "360102", "450103", "340822", "411525", "350322", "511321")
MOBILE_PRE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
              "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185",
              "186", "187", "188", "189", "191", "193", "198", "199", "147", "176")
AREA_CODES = (("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8), ("027", 8),
              ("028", 8), ("0731", 8), ("0532", 8), ("0591", 8), ("0371", 8), ("023", 8), ("029", 8),
              ("0739", 7), ("0556", 7), ("0594", 7), ("0817", 7))
BINS = {
    "up19": ("622202", "622848", "621700", "622700", "621226", "623052", "621661"),
    "up16": ("622588", "621483", "622609", "625802", "622155"),
    "visa16": ("438088", "427020", "402674", "456351"),
    "mc16": ("524047", "552599", "512425", "518710"),
    "d95": ("95599", "95588", "95580", "95566"),
}
PLATE_PROV = "京沪粤浙苏湘川鄂鲁豫闽渝陕辽冀赣桂皖"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun",
          "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "tang")
GIVEN = ("wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao",
         "ming", "chao", "xiu", "hua", "ping", "gang", "hui", "lan", "hong", "xia", "bo", "ning")
PCD = (("广东省", "广州市", "天河区"), ("广东省", "深圳市", "福田区"), ("浙江省", "杭州市", "西湖区"),
       ("江苏省", "南京市", "鼓楼区"), ("湖南省", "长沙市", "岳麓区"), ("湖南省", "邵阳市", "大祥区"),
       ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"), ("山东省", "济南市", "历下区"),
       ("河南省", "郑州市", "金水区"), ("福建省", "厦门市", "思明区"), ("", "上海市", "徐汇区"),
       ("", "北京市", "朝阳区"), ("", "重庆市", "渝中区"), ("陕西省", "西安市", "雁塔区"),
       ("安徽省", "合肥市", "蜀山区"), ("辽宁省", "沈阳市", "和平区"))
ROADS = ("中山路", "解放路", "人民中路", "建设大道", "长江路", "文化路", "和平街", "新华路", "东风路",
         "胜利街", "五一大道", "滨江路", "学府路", "青年路", "光明街", "劳动路")
ESTATES = ("阳光花园", "锦绣家园", "翠苑小区", "幸福里小区", "金色家园", "和谐小区", "碧桂园",
           "万科城", "绿地新城", "电力宿舍", "铁路新村", "纺织厂宿舍", "枫林绿洲", "丽景湾")
COUNTIES = (("湖南省", "邵阳县", "塘渡口镇"), ("湖南省", "宁乡市", "花明楼镇"), ("安徽省", "桐城市", "范岗镇"),
            ("福建省", "仙游县", "榜头镇"), ("四川省", "南部县", "王家镇"), ("河南省", "固始县", "陈集镇"),
            ("江西省", "丰城市", "石滩镇"), ("湖北省", "麻城市", "宋埠镇"))
VILLAGES = ("新华村", "石桥村", "枫树村", "大塘村", "柳林村", "长岭村", "杨家村", "白沙村")
HOSPITALS = ("市第一人民医院", "中心医院", "肿瘤医院", "中医院", "第三人民医院")
FUNERAL_HOMES = ("八宝山殡仪馆", "龙华殡仪馆", "银河殡仪馆", "明阳山殡仪馆", "福寿园", "滨海古园",
                 "南山陵园", "天福陵园", "金陵福寿园", "长青园")
ZONES = ("松柏园", "福寿区", "安息区", "思亲园", "常青园", "孝思苑", "怀德园", "永安区", "A区", "B区", "C区", "望湖区")


# ---------------------------------------------------------------- value generators
def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _mobile_raw(r):
    return r.choice(MOBILE_PRE) + _digits(r, 8, "0123456789")


def _id_raw(r, old: bool, want_x: bool | None = None):
    while True:
        y = r.randint(1928, 1958) if old else r.randint(1955, 2001)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = f"{r.choice(ID_AREAS)}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


def _card_raw(r, kind):
    b = r.choice(BINS[kind])
    n = 16 if kind in ("up16", "visa16", "mc16") else 19
    body = b + "".join(r.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def _g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def _pinyin_name(r):
    return r.choice(PINYIN) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.5 else "")


# each generator returns (pre, value, post); pre/post are outside the span
def g_mobile(r, f):
    m = _mobile_raw(r)
    if f == "plain_11":
        return "", m, ""
    if f == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if f == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if f == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if f == "fullwidth_11":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
    if f == "space_335":
        return "", f"{m[:3]} {m[3:6]} {m[6:]}", ""
    raise KeyError(f)


def g_id(r, f, old=None):
    old = r.random() < 0.5 if old is None else old
    if f == "plain_18":
        return "", _id_raw(r, old, False), ""
    if f == "x_upper":
        return "", _id_raw(r, old, True), ""
    if f == "x_lower":
        return "", _id_raw(r, old, True).lower(), ""
    if f == "space_6_8_4":
        v = _id_raw(r, old)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(f)


def g_card(r, f):
    if f == "up19_plain":
        return "", _card_raw(r, "up19"), ""
    if f == "up19_space4":
        return "", _g4(_card_raw(r, "up19")), ""
    if f == "up16_plain":
        return "", _card_raw(r, "up16"), ""
    if f == "up16_space4":
        return "", _g4(_card_raw(r, "up16")), ""
    if f == "visa16_space4":
        return "", _g4(_card_raw(r, "visa16")), ""
    if f == "mc16_plain":
        return "", _card_raw(r, "mc16"), ""
    if f == "d95_19_plain":
        return "", _card_raw(r, "d95"), ""
    if f == "up19_dash4":
        return "", _g4(_card_raw(r, "up19"), "-"), ""
    raise KeyError(f)


def g_landline(r, f):
    ac, n = r.choice(AREA_CODES)
    loc = _digits(r, n, "2345678")
    if f == "area_dash":
        return "", f"{ac}-{loc}", ""
    if f == "area_paren":
        return "", f"({ac}){loc}", ""
    if f == "area_plain":
        return "", f"{ac}{loc}", ""
    if f == "area_dash_ext":
        return "", f"{ac}-{loc}", r.choice(("转", "转", "-", " 分机")) + str(r.randint(801, 899))
    if f == "area_space":
        return "", f"{ac} {loc}", ""
    if f == "local_only":
        return "", _digits(r, 8, "2345678"), ""
    raise KeyError(f)


def g_qq(r, f):
    if f == "qq_5to8":
        return "", _digits(r, r.randint(6, 8)), ""
    if f == "qq_9to10":
        return "", _digits(r, r.randint(9, 10)), ""
    raise KeyError(f)


def g_wechat(r, f):
    if f == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if f == "pinyin_digits":
        return "", _pinyin_name(r) + str(r.choice((r.randint(1960, 1999), r.randint(100, 999), r.randint(1, 99)))), ""
    if f == "pinyin_underscore":
        return "", f"{r.choice(PINYIN)}_{r.choice(GIVEN)}{r.randint(10, 9999)}", ""
    if f == "camel_mixed":
        return "", r.choice(PINYIN).capitalize() + r.choice(GIVEN).capitalize() + r.choice(("_", "-", "")) + str(r.randint(66, 2023)), ""
    if f == "mobile_like_prefix":
        # wx + phone-ish tail is common: 'wx13812345678' style handles
        return "", r.choice(("wx", "vx", "w")) + _mobile_raw(r), ""
    raise KeyError(f)


def g_plate(r, f):
    p = r.choice(PLATE_PROV) + r.choice(PLATE_LET)
    tail = "".join(r.choice("0123456789" if i != 1 or r.random() < 0.7 else PLATE_LET) for i in range(5))
    if f == "std":
        return "", p + tail, ""
    if f == "std_dot":
        return "", p + "·" + tail, ""
    if f == "std_space":
        return "", p + " " + tail, ""
    if f == "ev_8":
        return "", p + r.choice("DF") + _digits(r, 5, "0123456789"), ""
    raise KeyError(f)


def g_email(r, f):
    if f == "qq_digits":
        return "", _digits(r, r.randint(8, 10)) + "@qq.com", ""
    if f == "pinyin_163":
        return "", _pinyin_name(r) + str(r.randint(60, 99)) + r.choice(("@163.com", "@126.com", "@sina.com")), ""
    if f == "dotted_corp":
        return "", r.choice(GIVEN) + "." + r.choice(PINYIN) + r.choice(("@sinopec.com", "@chinamobile.com",
                                                                        "@hnu.edu.cn", "@cscec.com", "@gd.gov.cn")), ""
    if f == "foxmail_alias":
        return "", r.choice(PINYIN) + r.choice(("_", ".", "")) + r.choice(GIVEN) + r.choice(("@foxmail.com", "@outlook.com", "@gmail.com")), ""
    raise KeyError(f)


def g_address(r, f):
    p, c, d = r.choice(PCD)
    road = r.choice(ROADS)
    no = r.randint(1, 399)
    est = r.choice(ESTATES)
    b, u, fl = r.randint(1, 28), r.randint(1, 6), r.randint(1, 26)
    room = f"{fl}{r.randint(1, 4):02d}"
    if f == "full_pcd":
        return "", f"{p}{c}{d}{road}{no}号{est}{b}栋{u}单元{room}室", ""
    if f == "city_road_no":
        return "", f"{c}{d}{road}{no}号", ""
    if f == "district_estate_bare":
        return "", f"{d}{est}{b}-{u}-{room}", ""
    if f == "village_group":
        pv, cty, town = r.choice(COUNTIES)
        return "", f"{pv if r.random() < 0.4 else ''}{cty}{town}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 60)}号", ""
    if f == "hospital_ward":
        return "", f"{c}{d}{road}{no}号{r.choice(HOSPITALS)}住院部{r.randint(1, 9)}号楼{fl}层", ""
    if f == "road_estate_unit":
        return "", f"{road}{no}号{est}{b}栋{u}单元{room}", ""
    raise KeyError(f)


FMT = {
    "mobile": (g_mobile, (("plain_11", 10), ("space_344", 3), ("dash_344", 2), ("plus86_plain", 1),
                          ("fullwidth_11", 1), ("space_335", 1))),
    "id_card": (g_id, (("plain_18", 10), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1))),
    "bank_card": (g_card, (("up19_plain", 8), ("up19_space4", 3), ("up16_plain", 3), ("up16_space4", 2),
                           ("visa16_space4", 1), ("mc16_plain", 1), ("d95_19_plain", 1), ("up19_dash4", 1))),
    "landline": (g_landline, (("area_dash", 6), ("area_paren", 2), ("area_plain", 2), ("area_dash_ext", 2),
                              ("area_space", 1), ("local_only", 1))),
    "qq": (g_qq, (("qq_5to8", 1), ("qq_9to10", 2))),
    "wechat": (g_wechat, (("wxid", 2), ("pinyin_digits", 3), ("pinyin_underscore", 2), ("camel_mixed", 2),
                          ("mobile_like_prefix", 1))),
    "plate": (g_plate, (("std", 6), ("std_dot", 1), ("std_space", 1), ("ev_8", 2))),
    "email": (g_email, (("qq_digits", 3), ("pinyin_163", 3), ("dotted_corp", 1), ("foxmail_alias", 2))),
    "address": (g_address, (("full_pcd", 3), ("city_road_no", 2), ("district_estate_bare", 2),
                            ("village_group", 2), ("hospital_ward", 2), ("road_estate_unit", 2))),
}
MARK = {"M": "mobile", "I": "id_card", "B": "bank_card", "L": "landline", "Q": "qq", "W": "wechat",
        "P": "plate", "E": "email", "A": "address"}


# ---------------------------------------------------------------- near-miss generators
def _bad_luhn(r, n, prefix=""):
    while True:
        s = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix)))
        if not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def n_amount(r):
    v = r.choice((r.randint(8, 98) * 100, r.randint(1, 60) * 1000, r.randint(200, 9999)))
    return r.choice((f"{v}元", f"¥{v:,}", f"{v}块", f"{v}.00元", f"￥{v}"))


def n_date(r):
    y = r.choice((2023, 2024, 2025))
    m, d = r.randint(1, 12), r.randint(1, 28)
    lun_m = "正二三四五六七八九十冬腊"[r.randint(0, 11)]
    lun_d = r.choice(("初一", "初三", "初五", "初八", "初十", "十二", "十五", "十八", "二十", "廿三", "廿六"))
    return r.choice((f"{y}年{m}月{d}日", f"{m}月{d}号", f"农历{lun_m}月{lun_d}", f"{m}.{d}",
                     f"{m}月{d}日上午{r.randint(7, 11)}点", f"明早{r.randint(5, 8)}:{r.choice(('00', '30'))}",
                     f"{y}-{m:02d}-{d:02d}", f"{r.randint(6, 10)}点{r.choice(('半', '整', '一刻'))}"))


def n_hotline(r):
    return r.choice((f"400-{_digits(r, 3, '0123456789')}-{_digits(r, 4, '0123456789')}",
                     f"400{_digits(r, 7, '0123456789')}", f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                     "95588", "95599", "95533", "95566", "95555", "12345", "96128"))


def n_order(r):
    y = r.choice(("2023", "2024", "2025"))
    return r.choice((f"FS{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}",
                     f"HT-{y}-{r.randint(1000, 9999)}", f"LY{y}{_digits(r, 6, '0123456789')}",
                     f"DD{_digits(r, 12)}", f"{y}{_digits(r, 8, '0123456789')}"))


def n_serial(r):
    return _bad_luhn(r, r.choice((16, 19)), r.choice(("2024", "1000", "3120", "8861")))


def n_badid(r):
    while True:
        v = _id_raw(r, r.random() < 0.5)
        bad = r.choice("0123456789X")
        if bad != v[-1] and not _luhn_ok(v[:17] + bad):
            return v[:17] + bad


def n_plot(r):
    z = r.choice(ZONES)
    return r.choice((f"{z}{r.randint(1, 20)}排{r.randint(1, 40)}号", f"{z}{r.randint(1, 9)}组{r.randint(1, 30)}号位",
                     f"{z}-{r.randint(1, 20):02d}-{r.randint(1, 40):02d}", f"{r.choice('ABCDEFG')}{r.randint(1, 12)}-{r.randint(1, 60)}",
                     f"{z}第{r.randint(1, 20)}排第{r.randint(1, 30)}穴"))


def n_hall(r):
    return r.choice((f"{r.randint(1, 12)}号告别厅", f"守灵厅{r.randint(1, 8)}号", f"{r.choice(('福', '寿', '安', '思', '德'))}字厅",
                     f"{r.randint(1, 3)}楼{r.randint(1, 9)}号守灵间"))


def n_crem(r):
    return r.choice((f"{r.choice(('2024', '2025'))}-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 120):03d}",
                     f"HZ{r.choice(('2024', '2025'))}{_digits(r, 6, '0123456789')}", f"JC{_digits(r, 8, '0123456789')}",
                     f"No.{_digits(r, 7, '0123456789')}"))


def n_cert(r):
    return r.choice((f"{r.choice('ABCDEFHKN')}{_digits(r, 9, '0123456789')}", f"第{_digits(r, 6, '0123456789')}号",
                     f"{r.choice(('湘', '粤', '沪', '京'))}殡字{_digits(r, 5, '0123456789')}号"))


def n_mask(r):
    m = _mobile_raw(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}xxxx{m[7:]}", f"{m[:3]}****{m[7:]}"))


def n_maski(r):
    i = _id_raw(r, False)
    return r.choice((f"{i[:4]}**********{i[14:]}", f"{i[:6]}********{i[14:]}", f"{i[:3]}***************"))


def n_day(r):
    y = r.choice((2023, 2024, 2025))
    m, d = r.randint(1, 12), r.randint(1, 28)
    lun_m = "正二三四五六七八九十冬腊"[r.randint(0, 11)]
    return r.choice((f"{y}年{m}月{d}日", f"{m}月{d}号", f"农历{lun_m}月{r.choice(('初二', '初六', '初九', '十一', '十六', '廿八'))}",
                     f"{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日（周{'一二三四五六日'[r.randint(0, 6)]}）"))


def n_tail(r):
    return _digits(r, 4, "0123456789")


def n_code(r):
    return _digits(r, r.choice((4, 6)), "0123456789")


def n_zip(r):
    return r.choice(("422100", "410000", "510000", "200030", "100020", "610041", "430070", "361000", "231400"))


def n_inv(r):
    return r.choice((f"{r.choice(('24', '25'))}{_digits(r, 18, '0123456789')}", _digits(r, 8, "0123456789"),
                     f"0{_digits(r, 11, '0123456789')}"))


def n_url(r):
    return r.choice((f"https://m.jinian{r.choice(('.com', '.cn'))}/hall/{_digits(r, 6)}", f"www.{r.choice(('fsy', 'tianfu', 'lingyuan'))}.cn",
                     f"https://yun.jisao.cn/m/{_digits(r, 7)}?from=wecom"))


def n_place(r):
    return r.choice(FUNERAL_HOMES + ("湖南邵阳", "老家桐城", "广州", "杭州西湖区", "成都武侯", "仙游县", "长沙县",
                                     "市第一人民医院", "中心医院"))


def n_age(r):
    return r.choice((f"享年{r.randint(56, 99)}岁", f"{r.randint(60, 98)}岁", f"才{r.randint(48, 66)}岁"))


def n_anniv(r):
    return r.choice((f"{r.choice(('一', '三', '五', '十'))}周年", "头七", "三七", "五七", "七七", "百日"))


def n_qty(r):
    return r.choice((f"{r.randint(5, 40)}桌", f"{r.randint(20, 200)}人", f"{r.randint(2, 12)}个花圈", f"{r.randint(1, 4)}辆大巴",
                     f"{r.randint(30, 80)}座", f"{r.randint(1, 3)}米宽"))


NEAR = {"amt": ("amount", n_amount), "date": ("date_time", n_date), "hot": ("hotline", n_hotline),
        "order": ("order_no", n_order), "serial": ("txn_serial_badluhn", n_serial), "badid": ("bad_id", n_badid),
        "plot": ("plot_no", n_plot), "hall": ("hall_no", n_hall), "crem": ("cremation_no", n_crem),
        "cert": ("cert_no", n_cert), "mask": ("masked", n_mask), "tail": ("tail_digits", n_tail),
        "code": ("verify_code", n_code), "zip": ("postal_code", n_zip), "inv": ("invoice_no", n_inv),
        "url": ("url", n_url), "place": ("place_only", n_place), "age": ("age", n_age), "anniv": ("anniversary", n_anniv),
        "day": ("date_time", n_day), "maski": ("masked", n_maski),
        "qty": ("quantity", n_qty)}

# ---------------------------------------------------------------- templates
# {M} mobile {I} id {B} card {L} landline {Q} qq {W} wechat {P} plate {E} email {A} address
# {n:xxx} near-miss; {ext} filler; {rel} role; {emo} emoji
PII_T = (
    # --- pick-up / 接运
    "您好，老人是今天凌晨走的，麻烦派车来接一下，地址：{A}，联系电话{M}",
    "接运地址 {A}\n联系人 家属（儿子）{M}",
    "顾问您好，人在{A}，医院太平间那边说要家属签字，我们大概{n:date}到",
    "[地址]{A}\n[电话]{M}\n[时间]{n:date}",
    "车到楼下了吗？我们在{A}，电梯比较窄，麻烦多来两个师傅",
    "地址是{A}，到了我哥在门口等，他电话{M}",
    "老家地址{A}，回乡安葬的话灵车大概几点能到？",
    "老人之前住这里：{A}，家里座机{L}",
    "{A}😭我们全家都在这，师傅到了打我电话",
    "师傅，导航到{A}就行，到了打电话",
    "麻烦登记一下接运信息：{A}，{M}，逝者{n:age}",
    "我们改一下地址，不在医院了，已经送回家了：{A}",
    "好的，接运车辆车牌{P}，司机电话{M}，预计{n:date}到达",
    "灵车车牌号是{P}，到了会打{M}这个号",
    "我们这边接运车是{P}，白色的别克商务，师傅马上到",
    # --- ID for certificates
    "办理火化证明需要逝者身份证号，我发您：{I}",
    "逝者身份证：{I}\n经办人身份证：{I}\n经办人电话：{M}",
    "我爸的身份证号{I}，户口本明天拿过去",
    "身份证号码是{I}，死亡医学证明编号{n:cert}",
    "{I} 这个是我妈的，我的是{I}",
    "经办人信息：身份证{I} 手机{M} 与逝者关系：长子",
    "购墓合同需要购买人身份证号码{I}，合同编号{n:order}",
    "您核对一下：逝者证件号{I}，火化编号{n:crem}，没问题我就提交了",
    "身份证发你了 {I} 有问题再叫我",
    "拍照不清楚我打字吧 {I}",
    "老人的身份证号 {I}，{n:age}，户籍在{n:place}",
    "骨灰寄存登记，寄存人身份证号{I}，寄存证号{n:badid}",
    "二姐你把身份证号发群里，顾问要登记 @二姐\n——{I} 这个对吧",
    # --- payment / refund
    "退款请打到这张卡：{B}，工商银行，户名就是我本人",
    "卡号{B} 建设银行长沙分行，押金{n:amt}退这里就行",
    "尾款{n:amt}已经转了，转账的卡是{B}，您查收一下",
    "顾问，骨灰盒差价{n:amt}退到{B}吧，农行的",
    "{B}\n中国银行\n开户行：{n:place}支行",
    "银行卡号：{B}，身份证号：{I}，麻烦尽快退一下",
    "我用信用卡{B}付的定金，能开发票吗？发票发到{E}",
    "这张是我哥的卡 {B} 钱从这个转给陵园",
    "退费账户：{B}（招商银行）联系电话：{M}",
    "管理费{n:amt}，我直接转卡上了，卡号{B}，流水号{n:serial}",
    # --- landline / office
    "陵园办公室电话{L}，周一到周日8:30-17:00都有人",
    "有事打我们服务部{L}，或者24小时热线{n:hot}",
    "我单位座机{L}，白天手机不方便接",
    "家里座机是{L}，老人耳背，打过来大声一点",
    "殡仪馆业务科{L}，您让他们查一下{n:crem}",
    "家属联系方式：{L}\n家庭住址：{A}",
    "请联系公墓管理处 电话{L} 办理迁葬手续",
    "{L}是我们礼仪部的电话，明天告别仪式的流程可以问他们",
    "我在外地，打{L}找我也行，那是我办公室",
    # --- QQ / WeChat / email
    "我在国外不方便用电话，加我QQ吧：{Q}",
    "QQ号{Q}，视频直播告别仪式的链接发这个",
    "叔叔的QQ是{Q}，他用不惯微信",
    "合同扫描件麻烦发我邮箱{E}，谢谢",
    "电子发票发到{E}，抬头写个人就行",
    "{E} 这是我邮箱，落葬仪式的照片可以发过来吗",
    "邮箱：{E}\n手机：{M}\n墓位：{n:plot}",
    "我微信号{W}，你加一下，把墓碑效果图发我",
    "这个手机号不是微信，微信号是{W}",
    "加我老公微信吧 {W}，碑文的事他定",
    "vx：{W} 加的时候备注陵园",
    "表哥在加拿大，他微信{W}，QQ{Q}，麻烦把云祭扫链接发他",
    "微信 {W}，邮箱 {E}，都可以联系我",
    "我的邮箱{E}，合同电子版发这里就可以",
    # --- cemetery gate / plates
    "清明那天我们开两台车，{P}和{P}，麻烦登记进园",
    "车牌{P}，明天落葬，能直接开到{n:plot}附近吗",
    "家属车辆 {P} {P} {P} 共三台，{n:date}上山",
    "我的车是{P}，到门口保安说没登记",
    "冬至祭扫预约：车牌{P}，{n:qty}，手机{M}",
    "{P} 这台是接老人的，麻烦放行一下🙏",
    "车号{P}，白色的，停在西门",
    # --- mobile heavy
    "我手机{M}，有事随时打",
    "联系我{M}，或者我弟{M}",
    "顾问，我换号了，新号码{M}，旧的不用了",
    "{M} 这是我大哥的电话，后面的事情他来对接",
    "电话：{M}（白天） {L}（晚上）",
    "麻烦明天{n:date}提前给{M}打个电话，我们好下楼",
    "老人生前用的号{M}要不要注销，我们也不清楚",
    "请家属确认：告别厅{n:hall}，时间{n:date}，联系人电话{M}",
    "好的，已为您预约{n:hall}，有变动请联系{M}（业务顾问）",
    "顾问电话{M} 24小时开机，节哀🙏",
    "{rel}，殡仪馆那边的师傅电话是{M}，他说一会到",
    "各位亲戚，{n:anniv}祭扫定在{n:day}，不能来的在群里说一下，集合点打{M}",
    "那个，{M}，刚才打你没接",
    "回个电话吧 {M} 墓碑刻字要确认",
    "陵园给的电话{M}打不通😢",
    # --- anniversaries / multi
    "老人{n:anniv}是{n:day}，想预约代客祭扫，墓位{n:plot}，我电话{M}",
    "迁坟的事：原墓地址{A}，迁到贵园{n:plot}，联系人{M}",
    "户籍地址写{A}可以吗，身份证上就是这个",
    "身份证地址：{A}\n现住址：{A}",
    "骨灰盒寄到{A}，收件电话{M}，邮编{n:zip}",
    "纪念册寄到{A}，{M}收",
    "碑文照片收到了，寄样品的地址{A}，收件人电话{M}",
    "我们全家信息：\n大哥 {M}\n二姐 {M}\n我 {M}",
    "麻烦把逝者信息再发一遍：身份证 {I}；户籍 {A}",
    # --- more QQ / WeChat / email / card / plate
    "QQ：{Q}（小姑在澳洲，时差大，留言就行）",
    "追思视频太大了微信传不了，发我QQ邮箱吧，或者直接加QQ {Q}",
    "群里说一下，没有微信的亲戚加{Q}这个QQ群，我在里面发照片",
    "{Q}是我儿子QQ，他在读书，碑文的字体让他挑",
    "我的Q{Q}，晚上在线",
    "企业微信加不上的话加我个人微信 {W}",
    "顾问您好，我是{rel}拉进群的，我的微信号是{W}，后续对接我",
    "微信号：{W}\n手机号：{M}",
    "{W} 这是我弟的微信号，他在深圳，周末回来签合同",
    "墓碑设计稿发我邮箱{E}吧，微信图片压缩得太厉害",
    "落葬证明扫描件请发至{E}，我打印出来给单位报丧葬费",
    "邮箱{E}，合同我签完字拍照回传",
    "丧葬补助要凭证，麻烦开票，邮箱是{E}，单位座机{L}",
    "卡号发你：{B}\n开户行：邮储银行\n金额{n:amt}",
    "请核对退款信息 卡号{B} 户名与身份证一致，身份证号{I}",
    "定金从这张卡扣的{B}，卡尾号{n:tail}那张是我妈的别弄混",
    "送葬车队：{P}（灵车）、{P}（家属大巴），{n:date}出发",
    "明天扫墓的车牌：{P}，麻烦提前报给门岗",
    "停车场登记一下我弟的车 {P}，他不在群里",
    "座机{L}转{ext}找业务部，手机{M}",
    "总机{L}，接通后按{ext}转礼仪部",
)

NEAR_T = (
    "您好，已为您预约{n:date}的{n:hall}，届时请家属提前半小时到",
    "墓位{n:plot}，价格{n:amt}，含二十年管理费",
    "合同编号{n:order}，请妥善保管，落葬那天要用",
    "火化编号{n:crem}，取骨灰的时候报这个号",
    "我们的服务热线{n:hot}，节假日也有人值班",
    "死亡医学证明编号是{n:cert}，派出所说要这个",
    "费用明细：接运{n:amt}，冷藏{n:amt}，告别厅{n:amt}，合计{n:amt}",
    "验证码{n:code}，请不要告诉他人",
    "收到，卡尾号{n:tail}的那张对吧",
    "银行短信：您尾号{n:tail}的账户转出{n:amt}",
    "交易流水号{n:serial}，您可以在网银查一下",
    "我刚才发的号码是{n:mask}吗？显示不全",
    "系统里登记的手机是{n:mask}，对吗",
    "身份证登记成{n:maski}了，核对一下后几位",
    "发票号码{n:inv}，已经发您邮箱了",
    "云祭扫链接：{n:url} 可以在线献花",
    "纪念馆页面在这{n:url}",
    "我们在{n:place}，下午过来看墓",
    "老人{n:age}，走得很安详🙏",
    "头七是{n:day}，{n:anniv}是{n:day}",
    "落葬时间定在{n:date}，{n:qty}，需要准备几把伞",
    "寄存证号{n:badid}，续费{n:amt}",
    "档案号{n:badid}，这个是系统自动生成的",
    "订单{n:order}已支付{n:amt}",
    "{n:plot}旁边那个位置还有吗",
    "我想换到{n:plot}，差价多少",
    "辛苦了师傅，{n:hall}那边已经布置好了",
    "明天{n:date}在{n:place}集合",
    "回执单号{n:order}，收款{n:amt}",
    "告别仪式改到{n:date}，地点不变{n:hall}",
    "邮编{n:zip}对吗？快递说写错了",
    "转账{n:amt}了，流水号{n:serial}",
    "请问{n:hot}是你们的电话吗",
    "墓碑刻字要{n:day}前定稿，工期{n:qty}",
    "碑上写{n:age}还是写生卒年合适",
    "二次审核码{n:code}，给顾问报一下",
    "清明预约成功，入园时间{n:date}，墓位{n:plot}",
    "你们上次说的是{n:amt}，怎么变成{n:amt}了",
    "骨灰暂存寄存室，寄存编号{n:crem}",
    "发票抬头开个人，金额{n:amt}，号码{n:inv}",
    "冬至代祭扫已完成，墓位{n:plot}，照片已上传{n:url}",
    "老家在{n:place}，想回去安葬",
    "{n:place}那边的手续要提前办吗",
    "群公告：{n:day}{n:anniv}，{n:place}集合，{n:qty}",
    "好的，{n:date}见，节哀顺变",
    "卡号后四位{n:tail}，户名对得上",
    "证明编号{n:cert}，编号不对会影响销户吗",
    "😭{n:age}就走了，太突然",
    "{n:anniv}要做什么仪式？我们是{n:place}的习俗",
    "{n:anniv}那天{n:date}，墓园人多吗",
    "身份证号后四位是{n:tail}，系统显示{n:maski}，应该没错",
    "您尾号{n:tail}的手机收到短信了吗，验证码{n:code}",
    "清明{n:day}已约满，可以改{n:day}吗",
    "{n:place}那边已经联系好了，{n:date}出殡",
)

REL = ("大哥", "二姐", "三叔", "小姑", "表哥", "姐夫", "各位家属", "阿姨")
TOK = re.compile(r"\{(n:\w+|\w+)\}")


def _render(r: random.Random, tpl: str, force: tuple | None = None):
    text, ents, fmts, near = "", [], [], []
    pos = 0
    forced_done = False
    for m in TOK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        key = m.group(1)
        if key.startswith("n:"):
            nk, gen = NEAR[key[2:]]
            v = gen(r)
            near.append((nk, len(text), len(text) + len(v)))
            text += v
        elif key in MARK:
            kind = MARK[key]
            gen, tab = FMT[kind]
            if force and not forced_done and force[0] == kind:
                f = force[1]
                forced_done = True
            else:
                f = r.choices([t[0] for t in tab], weights=[t[1] for t in tab])[0]
            if kind == "id_card":
                old = True if any(w in text[-14:] for w in ("逝者", "老人", "我爸", "我妈", "寄存")) else None
                pre, v, post = gen(r, f, old)
            else:
                pre, v, post = gen(r, f)
            if post and tpl[pos:].startswith(("转", "，接通后")):
                post = ""  # the template already holds the extension
            text += pre
            ents.append((kind, len(text), len(text) + len(v)))
            fmts.append(f)
            text += v + post
        elif key == "ext":
            text += str(r.randint(801, 899))
        elif key == "rel":
            text += r.choice(REL)
        else:
            raise KeyError(key)
    text += tpl[pos:]
    return text, ents, fmts, near


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    pii_t = [t for t in PII_T if any(f"{{{k}}}" in t for k in MARK)]
    by_kind = {k: [i for i, t in enumerate(pii_t) if f"{{{m}}}" in t] for m, k in MARK.items()}
    # forced formats
    for kind in KINDS:
        for f, _w in FMT[kind][1]:
            for ti in r.sample(by_kind[kind], 5):
                rows.append((("pii", ti),) + _render(r, pii_t[ti], (kind, f)))
    # round-robin kinds
    ki = 0
    while sum(1 for x in rows if x[2]) < 880:
        kind = KINDS[ki % len(KINDS)]
        ki += 1
        ti = r.choice(by_kind[kind])
        rows.append((("pii", ti),) + _render(r, pii_t[ti]))
    for _ in range(680):
        ti = r.randrange(len(NEAR_T))
        rows.append((("near", ti),) + _render(r, NEAR_T[ti]))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(x[0] for x in rows)
    return pd.DataFrame({"text": [x[1] for x in rows], "entities": [x[2] for x in rows],
                         "formats": [x[3] for x in rows], "near_misses": [x[4] for x in rows],
                         "split": SPLIT})


def make_blind69_corpus() -> pd.DataFrame:
    return _build()


_MOB = re.compile(r"1[3-9]\d{9}")


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
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "mobile":
                assert _MOB.fullmatch(n), v
                assert not text[max(0, s - 4):s].endswith(("转", "分机")), text
            elif k == "landline":
                assert n.isdigit() and 7 <= len(n) <= 12, v
                if len(n) > 8:
                    assert any(n.startswith(a) for a, _ in AREA_CODES), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[a-z0-9.]+\.[a-z]+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[" + PLATE_PROV + r"][A-Z][·\s]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|单元|室|层|号楼|\d)$", v), v
                assert v[0] not in "0123456789", v
            # neighbours: a value must not run into more digits / letters
            if k != "address":
                if s > 0 and not text[:s].endswith(("+86", "0086", "+86-", "Q", "q")):
                    assert not (text[s - 1].isascii() and text[s - 1].isalnum()), (text, v)
                if e < len(text):
                    assert not (text[e].isascii() and text[e].isalnum()) or k == "landline", (text, v)
        for k, s, e in ns:
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOB.fullmatch(n) or k == "invoice_no", (k, v)
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
    assert df.equals(make_blind69_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, (_, tab) in FMT.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Forty-seventh blind PII corpus (``split == "blind47"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十二位写手")
under the blind-corpus rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
and lines 1-100 plus the last 45 lines of ``tests/privacy/pii_blind8.py``
(for the layout and the entry-point names).  It did NOT read anything else
under ``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, any other
corpus or test, nor any git history; it never imported ``toolkit`` and never
ran any masking / finding function on this data.  It did not copy anything
from ``../shared/datasets/``.  Value shapes, chat contexts and labels come
only from the writer's own idea of such chats.

What is different here: THE THEME.  An ordinary day of the WeCom archive of a
regional chain of supermarkets and pharmacies in Zhejiang and Jiangsu: store
managers, pharmacists and customer service talking with members in 1:1 chats
and per-store group chats -- home delivery orders, pharmacy orders with
real-name registration (ephedrine cold medicine, prescription drugs, medical
insurance), member-day promotions, points, e-invoices, prepaid-card refunds,
parking validation, complaints, lost-and-found.  Many customers are older:
some use voice input (``V`` templates: no punctuation, digits sometimes as
words with 幺, commas between digit groups), some type slowly with the cue and
value repeated.  The aim is an average archive, not hard cases.

Near-misses are what such chats hold every day: order / delivery / courier
numbers, receipt and invoice numbers, prices, points, dates (会员日 18号),
times, hotlines (400 / 95xxx / 12315), verification and pickup codes, EAN-13
barcodes, drug batch and approval numbers, dosages, blood pressure, masked
phone / card numbers, tail digits, gift-card numbers failing Luhn, store names
containing a road name (文三路店), postal codes, locker numbers, quantities,
social credit codes.

Seed
----
``SEED = "blind47-2026-supermarket-pharmacy-第五十二位写手"``; everything is
drawn from ``random.Random(SEED)`` over fixed lists and tuples.  ID-card check
digits (ISO 7064 MOD 11-2), bank-card Luhn digits and EAN-13 check digits are
computed here; every near-miss whose digits are 16-19 long fails Luhn and
every 18-digit one fails the ID check.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` prefixes and landline extensions
  (``转806``, ``分机806``) are outside; separators inside a value (spaces,
  dashes, dots, ASR commas between digit groups, parentheses around an area
  code) are inside; an address runs from its first place unit (province /
  city / district / county / town / village / road / estate) to its last
  house-level unit (号 / 栋 / 幢 / 单元 / 室 / 层 / a bare room number such as
  ``12-2-502``).  Names are never written.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind47"``

Counts (``python tests/privacy/pii_blind47.py``)
------------------------------------------------
rows=1600 pii_rows=940 near_rows=660 entities=1273
(mobile 425, address 208, wechat 107, id_card 101, qq 92, landline 92,
bank_card 87, email 85, plate 76);
near-miss spans=1336 (1070 in near-miss rows), 27 near-miss kinds
(price 160, store_name 134, time 107, order_no 107, date 92, qty 85,
member_day 53, batch_no 52, dosage 48, checkout_no 46, points 45, bp 42,
masked 41, credit_code 35, hotline 33, delivery_no 30, verify_code 29,
receipt_no 24, gift_card 23, approval_no 22, barcode 22, postal 21,
pickup_code 20, invoice_no 20, locker 19, tail_digits 15, store_no 11);
formats=44 distinct, each used >= 4 times in >= 3 templates:
address/city_full, address/district_start, address/estate_bare_room,
address/estate_units, address/prov_full, address/road_no,
address/rural_village, bank_card/domestic_95_19, bank_card/space_4,
bank_card/unionpay_16, bank_card/unionpay_19, bank_card/visa_master_16,
email/corp_domain, email/netease_pinyin, email/other_domain, email/qq_numeric,
id_card/plain_18, id_card/space_684, id_card/x_lower, id_card/x_upper,
landline/area_dash, landline/area_paren, landline/area_plain,
landline/area_space, landline/local_8, landline/voice_words, mobile/dash_344,
mobile/plain_11, mobile/plus86_plain, mobile/space_344,
mobile/voice_cn_digits, mobile/voice_comma_344, mobile/voice_words,
plate/dot_sep, plate/lower_letter, plate/new_energy_8, plate/plain_7,
plate/space_sep, qq/plain, qq/voice_words, wechat/pinyin_digits,
wechat/underscore_dash, wechat/word_digits, wechat/wxid.
Unsure: store landlines are never written (only customers' home / office
landlines, incl. a group-buy company's, are labelled); a customer's own
landline given with 转806 / 分机816 keeps the extension outside; 文三路店-style
store names are near-misses.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind47-2026-supermarket-pharmacy-第五十二位写手"
SPLIT = "blind47"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 940
N_NEAR_ROWS = 660

# --------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(d17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(d17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


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


def _ean_digit(d12: str) -> str:
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - tot % 10) % 10)


_CN = dict(zip("0123456789", "零一二三四五六七八九"))
_VOICE = dict(zip("0123456789", "零幺二三四五六七八九"))
_BACK = {"零": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(s: str) -> str:
    return "".join(_BACK.get(c, c) for c in s if c not in " -·.，,()（）")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _not_personal(r: random.Random, s: str) -> str:
    """Make an all-digit near-miss fail Luhn (16-19) / the ID check (18)."""
    while True:
        bad = (16 <= len(s) <= 19 and _luhn_ok(s)) or (len(s) == 18 and _id_ok(s))
        if not bad:
            return s
        s = s[:-1] + str((int(s[-1]) + 1 + r.randrange(8)) % 10)


# --------------------------------------------------------------------------- values

_MOBILE_PFX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
               "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183",
               "186", "187", "188", "189", "191", "198", "199", "135", "139", "138", "137", "158")


def _mobile_raw(r):
    return r.choice(_MOBILE_PFX) + _digits(r, 8)


def _fmt_mobile(r, f):
    m = _mobile_raw(r)
    if f in ("plain_11", "plus86_plain"):
        return m
    if f == "space_344":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if f == "dash_344":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if f == "voice_words":
        return "".join(_VOICE[c] for c in m)
    if f == "voice_cn_digits":
        return "".join(_CN[c] for c in m)
    if f == "voice_comma_344":
        return f"{m[:3]}，{m[3:7]}，{m[7:]}"
    raise KeyError(f)


_AREA = ("0571", "0571", "0571", "0574", "0574", "0577", "0575", "0573", "0579", "0512", "0512", "0510",
         "0519", "025")


def _fmt_landline(r, f):
    a = r.choice(_AREA)
    loc = r.choice("2345678") + _digits(r, 7)
    if f == "area_dash":
        return f"{a}-{loc}"
    if f == "area_paren":
        return f"({a}){loc}"
    if f == "area_plain":
        return a + loc
    if f == "area_space":
        return f"{a} {loc}"
    if f == "local_8":
        return loc
    if f == "voice_words":
        return "".join(_VOICE[c] for c in a + loc)
    raise KeyError(f)


_ID_AREA = ("330102", "330106", "330105", "330108", "330110", "330203", "330212", "330302", "330602",
            "330603", "330402", "330681", "320505", "320506", "320583", "320211", "320213", "320106",
            "320402", "340104", "341221", "411302", "510722", "362329")


def _id_raw(r, want_x=None):
    while True:
        d17 = (r.choice(_ID_AREA) + str(r.randint(1938, 2004)) + f"{r.randint(1, 12):02d}"
               + f"{r.randint(1, 28):02d}" + _digits(r, 3))
        c = _id_check(d17)
        if want_x is None or (c == "X") == want_x:
            return d17 + c


def _fmt_id(r, f):
    if f == "plain_18":
        return _id_raw(r, False if r.random() < 0.5 else None)
    if f == "space_684":
        v = _id_raw(r)
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if f == "x_upper":
        return _id_raw(r, True)
    if f == "x_lower":
        return _id_raw(r, True).lower()
    raise KeyError(f)


_BIN19 = ("622848", "621700", "622202", "621226", "622700", "623052", "621661", "622908", "621799", "622823")
_BIN16 = ("622588", "621485", "622609", "625911", "622580")
_BIN_VM = ("438088", "427020", "524091", "552599", "518710", "404119")
_BIN95 = ("955880", "955881", "955888")


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def _fmt_card(r, f):
    if f == "unionpay_19":
        return _card(r, _BIN19, 19)
    if f == "unionpay_16":
        return _card(r, _BIN16, 16)
    if f == "visa_master_16":
        return _card(r, _BIN_VM, 16)
    if f == "domestic_95_19":
        return _card(r, _BIN95, 19)
    if f == "space_4":
        c = _card(r, _BIN19 + _BIN16, r.choice((19, 16)))
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    raise KeyError(f)


def _qq_raw(r):
    n = r.choice((8, 9, 9, 10, 10, 10, 7))
    return r.choice("123456789") + _digits(r, n - 1)


def _fmt_qq(r, f):
    q = _qq_raw(r)
    if f == "plain":
        return q
    if f == "voice_words":
        return "".join(_VOICE[c] for c in q)
    raise KeyError(f)


_PY = ("zhang", "wang", "li", "chen", "liu", "yang", "zhou", "wu", "xu", "sun", "zhu", "hu", "shen", "jiang",
       "lu", "qian", "fang", "xie", "tang", "ye")
_PY2 = ("xiaomei", "jianguo", "lihua", "min", "jun", "hong", "yan", "wei", "ping", "fang", "lei", "ting",
        "qiang", "yun", "hui", "jie", "ling", "bo")
_WX_WORDS = ("sunny", "lucky", "happy", "momo", "tiantian", "xiaoyu", "dabao", "qq", "coco", "kiki",
             "amy", "jerry", "tom", "anna", "ahua", "yueyue")


def _fmt_wechat(r, f):
    if f == "pinyin_digits":
        v = r.choice(_PY) + r.choice(_PY2) + r.choice(("", "", str(r.randint(1950, 2005)), _digits(r, 3)))
        return v if len(v) >= 6 else v + str(r.randint(1960, 2005))
    if f == "word_digits":
        return r.choice(_WX_WORDS) + r.choice(("_", "", "")) + _digits(r, r.randint(3, 6))
    if f == "underscore_dash":
        return r.choice(_PY) + r.choice(("_", "-")) + r.choice(_PY2) + r.choice(("_", "-", "")) + _digits(r, 2)
    if f == "wxid":
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    raise KeyError(f)


_PLATE_PFX = ("浙A", "浙A", "浙A", "浙B", "浙B", "浙C", "浙D", "浙F", "浙G", "苏E", "苏E", "苏B", "苏A",
              "苏D", "沪A", "皖A")
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_body(r):
    shape = r.choice(("ddddd", "Ldddd", "Ldddd", "dLddd", "LLddd", "ddLdd", "dddLd", "Lddd L"))
    shape = shape.replace(" ", "")
    return "".join(r.choice(_PL) if c == "L" else r.choice("0123456789") for c in shape)


def _fmt_plate(r, f):
    p = r.choice(_PLATE_PFX)
    if f == "plain_7":
        return p + _plate_body(r)
    if f == "dot_sep":
        return p + "·" + _plate_body(r)
    if f == "space_sep":
        return p + " " + _plate_body(r)
    if f == "lower_letter":
        return p[0] + p[1].lower() + _plate_body(r).lower()
    if f == "new_energy_8":
        return p + r.choice("DF") + r.choice(_PL + "0123456789") + _digits(r, 4)
    raise KeyError(f)


def _fmt_email(r, f):
    if f == "qq_numeric":
        return _qq_raw(r) + "@qq.com"
    if f == "netease_pinyin":
        return r.choice(_PY) + r.choice(_PY2) + r.choice(("", _digits(r, 2), str(r.randint(60, 99)))) \
            + r.choice(("@163.com", "@163.com", "@126.com"))
    if f == "other_domain":
        return r.choice(_PY2) + r.choice((".", "_", "")) + r.choice(_PY) + r.choice(("", _digits(r, 3))) \
            + r.choice(("@sina.com", "@139.com", "@outlook.com", "@foxmail.com", "@hotmail.com", "@gmail.com"))
    if f == "corp_domain":
        return r.choice(_PY) + r.choice(_PY2)[:1] + r.choice(_PY2)[:1] + r.choice(
            ("@zjtaiyang.com.cn", "@hzjianke.com", "@szxinhe.cn", "@nbhuaxin.com", "@wxdongfang.com"))
    raise KeyError(f)


# cities: province, city, districts, roads, estates, buildings
_CITIES = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区", "萧山区"),
     ("文三路", "莫干山路", "庆春路", "江南大道", "文一西路", "建国北路", "德胜路", "秋涛路"),
     ("翠苑一区", "朝晖八区", "嘉绿苑", "金色蓝庭", "南都花园", "和睦新村", "三塘苑", "东方郡"),
     ("黄龙国际", "世贸中心", "创新大厦")),
    ("浙江省", "宁波市", ("海曙区", "鄞州区", "江北区"), ("中山西路", "天童南路", "百丈路", "环城北路"),
     ("丽园小区", "东湖花园", "划船新村", "泰康花园"), ("和义大厦", "汇金大厦")),
    ("浙江省", "绍兴市", ("越城区", "柯桥区"), ("解放北路", "笛扬路", "延安东路"),
     ("城东新村", "蓝天花园", "金色家园"), ("金柯桥大厦",)),
    ("浙江省", "嘉兴市", ("南湖区", "秀洲区"), ("中山东路", "洪兴路", "禾兴南路"),
     ("南湖花园", "紫阳新村", "梅湾小区"), ("嘉兴大厦",)),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区", "吴江区"), ("人民路", "干将西路", "星湖街", "东环路"),
     ("桐泾新村", "东环新村", "湖畔天城", "新城花园"), ("苏州中心", "国际大厦")),
    ("江苏省", "无锡市", ("梁溪区", "滨湖区", "新吴区"), ("中山路", "太湖大道", "梁溪路"),
     ("清扬新村", "蠡湖家园", "广益佳苑"), ("无锡金融大厦",)),
)
_RURAL = (("浙江省", "杭州市", "桐庐县", "分水镇", ("后岩村", "儒桥村")),
          ("浙江省", "湖州市", "德清县", "新市镇", ("宋市村", "蔡界村")),
          ("浙江省", "绍兴市", "诸暨市", "店口镇", ("湄池村", "三角村")),
          ("江苏省", "无锡市", "宜兴市", "丁蜀镇", ("西望村", "川埠村")),
          ("浙江省", "嘉兴市", "海盐县", "沈荡镇", ("五圣村", "齐家村")))


def _room(r):
    return f"{r.randint(1, 18)}{r.randint(1, 4):02d}" if r.random() < 0.8 else f"{r.randint(1, 6)}0{r.randint(1, 3)}"


def _fmt_address(r, f):
    c = r.choice(_CITIES)
    prov, city, dists, roads, estates, blds = c
    d, road, est = r.choice(dists), r.choice(roads), r.choice(estates)
    hn = r.randint(1, 398)
    if f == "prov_full":
        return r.choice((
            f"{prov}{city}{d}{road}{hn}号{est}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{_room(r)}室",
            f"{prov}{city}{d}{est}{r.randint(1, 30)}栋{_room(r)}室",
            f"{prov}{city}{d}{road}{hn}号"))
    if f == "city_full":
        return r.choice((
            f"{city}{d}{est}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{_room(r)}室",
            f"{city}{d}{road}{hn}号{r.choice(blds)}{r.randint(3, 28)}层",
            f"{city}{d}{road}{hn}号"))
    if f == "district_start":
        return r.choice((
            f"{d}{est}{r.randint(1, 30)}幢{_room(r)}",
            f"{d}{road}{hn}号{est}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{_room(r)}室",
            f"{d}{road}{hn}号"))
    if f == "estate_bare_room":
        return f"{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}"
    if f == "estate_units":
        return r.choice((f"{est}{r.randint(1, 30)}幢{r.randint(1, 4)}单元{_room(r)}室",
                         f"{est}{r.randint(1, 30)}号楼{_room(r)}"))
    if f == "road_no":
        return f"{road}{hn}号"
    if f == "rural_village":
        p, ct, cty, town, vills = r.choice(_RURAL)
        return r.choice((f"{cty}{town}{r.choice(vills)}{r.randint(1, 12)}组{r.randint(1, 60)}号",
                         f"{ct}{cty}{town}{r.choice(vills)}{r.randint(1, 60)}号",
                         f"{p}{ct}{cty}{town}{r.choice(vills)}{r.randint(1, 12)}组{r.randint(1, 60)}号"))
    raise KeyError(f)


# kind -> (generator, typed formats with weights, voice formats with weights)
_FMTS = {
    "mobile": (_fmt_mobile, (("plain_11", 8), ("space_344", 2), ("dash_344", 1.2), ("plus86_plain", 1)),
               (("plain_11", 3), ("voice_words", 2), ("voice_cn_digits", 1.5), ("voice_comma_344", 1.5))),
    "landline": (_fmt_landline, (("area_dash", 4), ("area_paren", 1.6), ("area_plain", 1.2), ("area_space", 1),
                                 ("local_8", 1.5)),
                 (("area_plain", 1), ("voice_words", 2), ("local_8", 1))),
    "id_card": (_fmt_id, (("plain_18", 8), ("space_684", 1.2), ("x_upper", 1.2), ("x_lower", 1)),
                (("plain_18", 1),)),
    "bank_card": (_fmt_card, (("unionpay_19", 5), ("unionpay_16", 2), ("visa_master_16", 1),
                              ("domestic_95_19", 1), ("space_4", 2)), (("unionpay_19", 1),)),
    "qq": (_fmt_qq, (("plain", 1),), (("plain", 1), ("voice_words", 1.3))),
    "wechat": (_fmt_wechat, (("pinyin_digits", 3), ("word_digits", 2), ("underscore_dash", 1.5), ("wxid", 1)),
               (("pinyin_digits", 1),)),
    "plate": (_fmt_plate, (("plain_7", 6), ("dot_sep", 1), ("space_sep", 1), ("lower_letter", 1),
                           ("new_energy_8", 2)), (("plain_7", 3), ("new_energy_8", 1))),
    "email": (_fmt_email, (("qq_numeric", 4), ("netease_pinyin", 3), ("other_domain", 1.5),
                           ("corp_domain", 1)), (("qq_numeric", 1),)),
    "address": (_fmt_address, (("prov_full", 2), ("city_full", 3), ("district_start", 3),
                               ("estate_bare_room", 2), ("estate_units", 2), ("road_no", 1.5),
                               ("rural_village", 1)),
                (("city_full", 2), ("district_start", 3), ("estate_units", 2), ("rural_village", 1.5),
                 ("road_no", 1))),
}


# --------------------------------------------------------------------------- near-misses

_STORES = ("文三路店", "庆春店", "鄞州万达店", "柯桥店", "南湖店", "姑苏店", "园区店", "滨湖店", "城东店",
           "德胜路店", "东门店", "中山路店", "星湖街店", "秋涛路店")
_DRUGS = ("复方氨酚烷胺片", "新康泰克", "氯雷他定片", "阿莫西林胶囊", "硝苯地平控释片", "二甲双胍", "布洛芬缓释胶囊",
          "感康", "头孢克肟", "苯磺酸氨氯地平片", "999感冒灵", "连花清瘟胶囊")


def _nm(r, k):
    if k == "order_no":
        v = r.choice((lambda: "2" + _digits(r, r.choice((15, 17, 18))),
                      lambda: "DD" + "2025" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6),
                      lambda: "SO" + _digits(r, 12)))()
        return _not_personal(r, v) if v.isdigit() else v
    if k == "delivery_no":
        return r.choice(("SF", "YT", "JD", "ZTO", "PS")) + _digits(r, r.choice((10, 12, 13)))
    if k == "price":
        return r.choice((f"{r.randint(3, 99)}.{r.choice('059')}元", f"{r.randint(5, 299)}元",
                         f"¥{r.randint(2, 99)}.{r.choice('0589')}", f"{r.randint(10, 200)}块", f"{r.randint(2, 30)}.{r.choice('059')}"))
    if k == "date":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                         f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 12)}.{r.randint(1, 28)}"))
    if k == "time":
        return r.choice((f"{r.randint(7, 21)}:{r.choice(('00', '30', '15', '45'))}", f"{r.randint(1, 11)}点半",
                         f"{r.randint(7, 21)}点"))
    if k == "hotline":
        return r.choice(("400-" + _digits(r, 3) + "-" + _digits(r, 4), "400" + _digits(r, 7), "95588", "95533",
                         "95566", "12315", "12345", "95598", "800-" + _digits(r, 3) + "-" + _digits(r, 4)))
    if k == "verify_code":
        return _digits(r, r.choice((4, 6, 6)))
    if k == "pickup_code":
        return r.choice((_digits(r, 4), _digits(r, 5), f"A{_digits(r, 3)}"))
    if k == "barcode":
        b = "69" + _digits(r, 10)
        return b + _ean_digit(b)
    if k == "batch_no":
        return r.choice((f"2{r.randint(2, 5)}{r.randint(1, 12):02d}{_digits(r, 2)}",
                         f"B{_digits(r, 7)}", f"2{r.randint(3, 5)}{r.randint(1, 12):02d}{_digits(r, 4)}"))
    if k == "approval_no":
        return "国药准字" + r.choice("HZ") + r.choice(("1999", "2000", "2003", "2004", "2005", "2020")) + _digits(r, 4)
    if k == "masked":
        m = _mobile_raw(r)
        return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"6222 **** **** {_digits(r, 4)}",
                         f"330***********{_digits(r, 3)}X"))
    if k == "tail_digits":
        return _digits(r, 4)
    if k == "gift_card":
        v = r.choice(("8", "9")) + _digits(r, r.choice((15, 18)))
        v = _not_personal(r, v)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if r.random() < 0.4 else v
    if k == "invoice_no":
        v = r.choice((lambda: "2" + r.choice("345") + "33" + _digits(r, 16), lambda: _digits(r, 8)))()
        return _not_personal(r, v)
    if k == "receipt_no":
        v = r.choice((lambda: _digits(r, 16), lambda: "0" + _digits(r, 11), lambda: _digits(r, 19)))()
        return _not_personal(r, v)
    if k == "points":
        return f"{r.randint(120, 9800)}分" if r.random() < 0.6 else f"{r.randint(120, 9800)}积分"
    if k == "store_no":
        return r.choice(("HZ", "NB", "SZ", "WX", "SX", "JX")) + f"{r.randint(1, 120):03d}"
    if k == "dosage":
        return r.choice((f"一次{r.choice('一两')}片", f"0.{r.choice('25')}g×{r.choice((12, 24, 36))}粒",
                         f"一天{r.choice('两三')}次", f"{r.choice((5, 10, 20))}mg", f"{r.choice((10, 12, 24))}片/盒"))
    if k == "bp":
        return f"{r.randint(118, 175)}/{r.randint(70, 105)}"
    if k == "postal":
        return r.choice(("310012", "310006", "315010", "312000", "314000", "215000", "214000", "310052"))
    if k == "store_name":
        return r.choice(_STORES)
    if k == "member_day":
        return r.choice(("18号", "8号", "28号", "周三", "每周二", "18日"))
    if k == "locker":
        return f"{r.randint(1, 48)}号柜"
    if k == "qty_med":
        return f"{r.randint(1, 3)}盒"
    if k == "dose1":
        return r.choice(("一次一片", "一次两片", "一次1片", "一次10ml", "一次一袋", "每次2粒"))
    if k == "dose2":
        return r.choice(("一天三次", "一天两次", "一日1次", "每天早上一次", "一天3次"))
    if k == "qty":
        return r.choice((f"{r.randint(2, 6)}箱", f"{r.randint(1, 5)}桶", f"{r.randint(2, 10)}斤",
                         f"{r.randint(1, 4)}盒", f"{r.randint(2, 12)}瓶"))
    if k == "credit_code":
        return "91" + r.choice(("3301", "3302", "3205", "3206")) + r.choice(("00", "06", "08")) + "MA" \
            + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if k == "drug":
        return r.choice(_DRUGS)
    if k == "checkout_no":
        return f"{r.randint(1, 16)}号收银台"
    raise KeyError(k)


NEAR_KINDS = ("order_no", "delivery_no", "price", "date", "time", "hotline", "verify_code", "pickup_code",
              "barcode", "batch_no", "approval_no", "masked", "tail_digits", "gift_card", "invoice_no",
              "receipt_no", "points", "store_no", "dosage", "bp", "postal", "store_name", "member_day",
              "locker", "qty", "credit_code", "checkout_no")

# --------------------------------------------------------------------------- templates
# "V|" = voice input (no or odd punctuation).  {kind} = PII, {nm_kind} = near-miss, {drug} = filler.

PII_TEMPLATES = (
    "你好，我是{store_name}的会员，手机号{mobile}，上次买东西的积分一直没到账",
    "{mobile}",
    "送货地址：{address}\n电话：{mobile}",
    "麻烦送到{address}，到了打我电话{mobile}，谢谢🙏",
    "地址{address} 电话{mobile}，金龙鱼油要{qty}，大米{qty}",
    "我家座机{landline}，手机经常不在身边，有事打座机",
    "收货电话 {mobile}，备用 {landline}",
    "店长，{time}左右有位阿姨把钱包落在{checkout_no}了，她留的电话{mobile}，麻烦联系下",
    "买感冒药要实名登记是吧，身份证号{id_card}",
    "身份证：{id_card}\n手机：{mobile}\n药品：{drug}{qty_med}",
    "{id_card} 这是我妈的身份证，帮她登记一下，她不会弄",
    "退款退到这张卡上吧{bank_card}，户名是我本人",
    "卡号{bank_card}\n开户行：工商银行{store_name}附近那个支行",
    "购物卡退卡要登记的：银行卡号{bank_card}，身份证{id_card}，联系电话{mobile}",
    "QQ{qq}，照片我QQ上发你，微信传不上去",
    "我QQ号是{qq}，你加一下，我把小票拍给你",
    "加我微信{wechat}，我把过敏的照片发你看看",
    "微信号：{wechat}（加的时候备注送货）",
    "车牌{plate}，今天消费{price}，停车能免几个小时？",
    "帮我登记下停车抵扣，{plate}，小票号{receipt_no}",
    "发票开好了麻烦发邮箱{email}，谢谢",
    "电子发票抬头写个人，邮箱：{email}",
    "{email} 发这个邮箱就行",
    "V|喂你好我是住在{address}的我要订一桶油还有一袋米电话是{mobile}",
    "V|我手机号{mobile}你们送货之前打个电话给我我腿脚不方便下楼慢",
    "V|我家里电话是{landline}白天家里有人的",
    "V|身份证号码{id_card}帮我登记一下那个降压药",
    "V|你们店里的小姑娘叫我加qq{qq}我不会弄",
    "V|我的车牌是{plate}停车票忘记拿了",
    "V|送到{address}就行了到了打{mobile}",
    "V|我手机号是{mobile}手机号是{mobile}你记一下",
    "V|地址是{address}，电话{mobile}，要两箱牛奶",
    "V|我qq是{qq}你加我",
    "V|座机{landline}手机{mobile}哪个都行",
    "会员卡绑定的手机号换了，旧号{mobile}，新号{mobile}，麻烦帮我改一下",
    "下单手机号{mobile}，订单号{order_no}，到现在还没送到",
    "订单{order_no} 收货地址写错了，改成{address}",
    "📍{address}\n📞{mobile}\n🕙{time}前送到",
    "地址：{address}\n联系人电话：{mobile}\n备注：放门卫",
    "{address}，{mobile}，{qty}鸡蛋和一把青菜",
    "处方药需要实名：身份证号{id_card}，手机{mobile}，处方单照片我发群里了",
    "医保卡绑定一下，身份证 {id_card}",
    "患者身份证{id_card}，血压{bp}，医生开的{drug}",
    "麻黄碱类的一次只能买{qty_med}，登记身份证{id_card}就可以",
    "你们打我家座机吧{landline}，手机我老是听不到",
    "我单位电话{landline}转806，上班时间打这个",
    "办公室座机 {landline} ，分机816，找前台也行",
    "我在{address}上班，快递送公司也可以，电话{mobile}",
    "积分兑换的东西寄到{address}，收件电话{mobile}，邮编{postal}",
    "投诉：{date}在{store_name}买的{drug}过期了，批号{batch_no}，我电话{mobile}",
    "我要投诉你们{store_name}的收银员态度很差！！电话{mobile}，今天必须给我个说法",
    "失物招领：有顾客的身份证落在服务台了，号码{id_card}，已放{locker}",
    "群里说一下，{checkout_no}捡到一部手机，机主打过来说号码是{mobile}，下班前联系一下",
    "顾客留的地址是{address}，让{time}送过去",
    "配送员@所有人 这单地址{address}，电话{mobile}，楼下有狗注意",
    "退款到银行卡：{bank_card}\n户名本人\n金额{price}",
    "银行卡号 {bank_card} 是建行的，之前那张{masked}注销了",
    "我的卡{bank_card}，麻烦尽快，等着用钱",
    "储值卡余额退回，卡号{bank_card}，身份证号{id_card}",
    "我QQ邮箱{email}，发票发这里",
    "邮箱{email}\n抬头开公司的，税号{credit_code}",
    "单位开票，税号{credit_code}，发到{email}",
    "要开专票，公司邮箱{email}，座机{landline}",
    "我微信{wechat}，手机{mobile}，两个都可以联系",
    "加一下我老婆微信吧 {wechat} 她平时管买菜",
    "vx：{wechat}",
    "微信{wechat}，加了说一下是哪个店的",
    "qq：{qq}",
    "QQ {qq} 我女儿的，她帮我弄",
    "{qq}是我QQ，微信不常用",
    "我女儿的邮箱{email}，她在外地，发票给她",
    "停车：{plate} {time}进场的",
    "车牌号{plate}，会员停车两小时免费吧",
    "{plate} 这个车一直占着我们店门口的卸货位，麻烦物业联系一下",
    "店长 今天停车场有辆{plate}把我们购物车撞了，车主电话{mobile}",
    "车{plate}停在充电车位，那边说要先扫码？",
    "会员实名信息：身份证{id_card}，手机号{mobile}，地址{address}",
    "送药上门，地址{address}，电话{mobile}，医保卡号不用填吧",
    "老人家住{address}，手机{mobile}，子女电话{mobile}",
    "V|那个{drug}还有没有我要两盒送到{address}",
    "V|你好我想问一下我那个积分我手机号{mobile}帮我查一下",
    "V|姑娘我是{address}的老王电话{landline}你们的鸡蛋今天特价是吧",
    "V|我的身份证是{id_card}上次买药登记过的",
    "V|我住在{address}门口有个保安亭",
    "手机号：{mobile}\n手机号：{mobile}\n就是这个",
    "电话{mobile}（白天）{landline}（晚上）",
    "店里电话一直占线，我的号码{mobile}，麻烦回电",
    "回电{mobile}，{time}以后都可以",
    "我是会员，号码{mobile}，人在国外，短信收得到",
    "麻烦登记一下，联系方式{mobile} QQ{qq}",
    "快递寄到{address}，谢谢，收件号码{mobile}",
    "{address}\n{mobile}",
    "改地址！！新的是{address}，原来那个不住了",
    "地址：{address}（小区东门进来第二栋）",
    "我家在{address}，上次送错成隔壁了",
    "预售的粽子{qty}，自提，电话{mobile}，自提码{pickup_code}",
    "这个号{mobile}是我儿子的，收货的时候打他",
    "{mobile}这个是我的新号码，之前{masked}那个停机了",
    "我家固话{landline}，手机{mobile}，地址{address}，麻烦了",
    "营业执照上的联系电话是{landline}，团购的发票邮箱是{email}",
    "员工体检预约：身份证号{id_card}，手机{mobile}",
    "微信号{wechat}，拉我进{store_name}的团购群吧",
    "团购群满了，加我个人微信：{wechat}，我拉你进二群",
    "我是{store_name}的店长，微信{wechat}，有事直接找我",
    "这是我妈的微信{wechat}，她年纪大了不会打字，你发语音给她",
    "微信搜{wechat}加我，头像是一朵荷花🌸",
    "我的微信号是 {wechat} ，加好友验证写会员",
    "你加我微信吧：{wechat}\n我把处方拍给你",
    "wx {wechat} 手机 {mobile}",
    "生日礼的券没收到，邮箱{email}，会员手机{mobile}",
    "体检报告发我邮箱吧 {email}",
    "我的车{plate}，停车场出口闸机不抬杆",
    "{plate}的车主在吗？你的车灯没关",
    "这是我另一张卡{bank_card}，上一张不用了",
    "退款麻烦打到{bank_card}，谢谢店长",
    "V|我QQ号{qq}你帮我看看为什么登不上会员",
    "QQ号{qq}，我平时上QQ多，微信很少看",
    "有事QQ联系我：{qq}",
    "我QQ {qq} 验证消息写超市就行",
    "V|你们发到我qq上吧{qq}我让孙子帮我看",
    "新员工入职登记，银行卡{bank_card}，身份证{id_card}，工资卡用这张",
)

NEAR_TEMPLATES = (
    "订单号{order_no}，什么时候能送到？",
    "我的订单{order_no}显示已签收，但我没收到",
    "快递单号{delivery_no}，麻烦查一下到哪了",
    "配送单号{delivery_no}，骑手说{time}到",
    "今天{date}会员日，全场{price}起，满{price}减{price}",
    "每月{member_day}会员日，积分双倍，别忘了哦😊",
    "{member_day}会员日的鸡蛋是{price}一板吗",
    "客服电话{hotline}打不通",
    "有问题可以打我们总部热线{hotline}，或者在这里留言",
    "我要打{hotline}投诉你们！",
    "验证码{verify_code}，麻烦帮我登一下会员",
    "收到的验证码是{verify_code}，提示错误",
    "自提码{pickup_code}，{time}来拿",
    "取货码{pickup_code}，放{locker}了",
    "商品条码{barcode}，这个货架上没有了",
    "扫码显示{barcode}，价格是{price}，货架上标的{price}",
    "这盒药批号{batch_no}，有效期到{date}",
    "{drug}批准文号{approval_no}，是正品的",
    "药品信息：{drug}，{approval_no}，批号{batch_no}",
    "用法：{dose2}，{dose1}，饭后吃",
    "{drug}说明书上写的{dose1}，{dose2}，老人家要注意",
    "我血压{bp}，这个药能吃吗",
    "今天量的血压{bp}，昨天是{bp}",
    "您尾号{tail_digits}的手机号收到短信了吗",
    "手机尾号{tail_digits}的会员，您的快递到了",
    "显示绑定的是{masked}，不是我的号",
    "银行卡{masked}，退款已经原路退回",
    "购物卡卡号{gift_card}，余额查一下",
    "这张卡{gift_card}还能用吗，过期了没有",
    "发票号码{invoice_no}，开错了要重开",
    "电子发票号码：{invoice_no}，金额{price}",
    "小票流水号{receipt_no}，买了{qty}牛奶",
    "交易流水号 {receipt_no}",
    "我现在积分{points}，能换什么",
    "还有{points}，{date}过期",
    "门店编号{store_no}，{store_name}",
    "各位{store_name}同事，今天{time}盘点",
    "{store_name}今天{time}关门吗",
    "{store_name}的冷柜坏了，报修了",
    "我在{store_name}买的",
    "邮编是{postal}吗",
    "{locker}的东西谁的，放了三天了",
    "收银员{checkout_no}少找了我{price}",
    "买了{qty}，收了我{price}，是不是多收了",
    "群公告：{date}起{store_name}营业时间改为{time}-{time}",
    "税号{credit_code}，公司名称发你了",
    "统一社会信用代码：{credit_code}",
    "今天{checkout_no}排队太长了，开一下{checkout_no}吧",
    "你好，退货的话订单{order_no}，退了{price}，还差{price}",
    "外卖平台的单号{order_no}，少送了{qty}",
    "会员日{member_day}，我{date}来的时候没打折",
    "{drug}还有货吗，{price}一盒？",
    "上次买的{drug}，批号{batch_no}，吃了过敏",
    "V|我那个订单{order_no}怎么还没到啊",
    "V|我血压{bp}要买点降压药",
    "V|那个鸡蛋是不是{price}一板我{time}过来",
    "V|你们那个会员日是{member_day}吧",
    "V|我积分有{points}是吧能换个锅吗",
    "V|药是{dose1}{dose2}是吧我记不住",
    "收到，{date}{time}前送到",
    "好的，{order_no}已经安排配送了",
    "@店长 {date}的排班表发一下",
    "库存：{drug}剩{qty_med}，批号{batch_no}",
    "订单{order_no} 快递{delivery_no}",
    "总部通知：{date}开始{drug}限购{qty_med}",
    "🔥{member_day}会员日🔥\n鸡蛋{price}/板\n大米{price}/袋\n积分满{points}换购",
    "您好，核销码{verify_code}，券号{gift_card}",
    "客户投诉单号{order_no}，请{store_name}{time}前回复",
    "给您退了{price}，{date}到账，请注意查收",
    "电话打{hotline}转人工",
    "小票上的条码{barcode}",
    "您的自提码：{pickup_code}，请于{date}前到{store_name}提货",
)

_ALIAS = {"qty_med": "qty", "dose1": "dosage", "dose2": "dosage"}
_MARK = re.compile(r"\{(\w+)\}")


def _pick(r, tab):
    tot = sum(w for _, w in tab)
    x = r.random() * tot
    for f, w in tab:
        x -= w
        if x < 0:
            return f
    return tab[-1][0]


def _render(r, tpl):
    voice = tpl.startswith("V|")
    if voice:
        tpl = tpl[2:]
    out, ents, fmts, nms = [], [], [], []
    pos = 0
    i = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        k = m.group(1)
        if k in _FMTS:
            gen, typed, vtab = _FMTS[k]
            f = _pick(r, vtab if voice else typed)
            v = gen(r, f)
            if f == "plus86_plain":  # the country code is written, outside the span
                pre = r.choice(("+86 ", "+86", "+86 ", "0086 "))
                out.append(pre)
                pos += len(pre)
            ents.append((k, pos, pos + len(v)))
            fmts.append(f)
        else:
            v = _nm(r, k)
            if k != "drug":
                nms.append((_ALIAS.get(k, k), pos, pos + len(v)))
        out.append(v)
        pos += len(v)
        i = m.end()
    out.append(tpl[i:])
    text = "".join(out)
    if voice:  # voice input: ASR often drops the final punctuation, sometimes adds a full stop
        text = text.rstrip("！!？?") + r.choice(("", "", "。"))
    return text, ents, fmts, nms


def _build(meta=None):
    r = random.Random(SEED)
    pii_t = [t for t in PII_TEMPLATES if any(m in _FMTS for m in _MARK.findall(t))]
    rows = []
    for _ in range(N_PII_ROWS):
        ti = r.randrange(len(pii_t))
        text, e, f, n = _render(r, pii_t[ti])
        rows.append((text, e, f, n, SPLIT))
        if meta is not None:
            meta.append(f"P{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = r.randrange(len(NEAR_TEMPLATES))
        text, e, f, n = _render(r, NEAR_TEMPLATES[ti])
        rows.append((text, e, f, n, SPLIT))
        if meta is not None:
            meta.append(f"N{ti}")
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind47_corpus() -> pd.DataFrame:
    return _build()


_MOBILE_RE = re.compile(r"1[3-9]\d{9}")


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
            assert v == v.strip() and v.strip("，。,.：:") == v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert _MOBILE_RE.fullmatch(n), v
                assert n[:3] in _MOBILE_PFX, v
            elif k == "id_card":
                assert _id_ok(n.upper()), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (len(n) == 8 or (n[0] == "0" and len(n) in (11, 12))), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[浙苏沪皖][A-Za-z][· ]?[A-Za-z0-9]{5,6}", v), v
            elif k == "address":
                assert v[0] not in "，。 " and re.search(r"(号|栋|幢|单元|室|层|\d)$", v), v
            # the text before/after the span must not continue the value
            if k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert s == 0 or text[max(0, s - 3):s] == "+86" or not text[s - 1].isdigit(), (k, text)
                assert e == len(text) or not text[e].isdigit(), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k not in ("masked",):
                assert not _MOBILE_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind47_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, (_, t, v) in _FMTS.items() for f, _ in t + v]
    missing = sorted(set(f for f in declared if f not in c["formats"]))
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

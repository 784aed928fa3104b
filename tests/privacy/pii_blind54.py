"""Fifty-fourth blind PII corpus (``split == "blind54"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十九位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it saw only the
lines of ``mask.py`` defining ``PII_KINDS`` / ``PLACEHOLDERS``; of ``tests/``
only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (layout and
entry-point names); nothing under ``bench/`` or ``docs/``, no README, no other
corpus, no git history.  It never imported ``toolkit`` and never ran any
masking / finding function on this corpus.  It did not use ``../shared/datasets``
either: every phrase comes from the writer's own idea of what a property
management service centre's WeCom archive holds.

What is different here: AN ORDINARY PROPERTY-MANAGEMENT ARCHIVE.  The
messages are 1:1 and building-group chats between a property company's
service centre (客服前台, 管家, 维修师傅, 保安, 财务) and residents of
several estates: repair requests, property / parking fees and invoices,
parking spaces, monthly cards and plates, visitor cars, parcels and takeaway,
decoration permits and deposits, water / power / gas cuts, complaints about
neighbours (noise, leaks, dogs, parking), key handover, move-in registration.
Most messages hold no personal data at all (fees, dates, work orders, parking
spots, meter readings, notices); the personal data is written the ordinary
ways (plain 11-digit mobiles, 3-4-4 spaced, estate + building + room
addresses, ``3-2-1502`` style rooms after an estate name, plates with and
without the dot, new-energy plates ...).  Aimed at an average day, not at
hard cases.

Seed
----
``SEED = "blind54-物业服务中心-第五十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-character
ID-shaped one fails the ID check.  Each format is first forced 4 times into
4 different templates holding its kind; the remaining rows draw formats by
weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``86-`` prefixes and landline
  extensions (``转806`` / ``-806`` / ``分机806``) are outside; separators inside
  a value (spaces, dashes, the middle dot of a plate) are inside.  An address
  runs from its first place unit (province / city / district / road / street
  / estate name) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 /
  室 / a bare room number such as ``1502`` or ``3-2-1502`` after an estate).
  Bare building / room numbers without an estate or road (``3栋1502``) are
  not written as personal values in this corpus, except building notices
  labelled as near-misses (``5号楼``).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind54"``

Counts (``python tests/privacy/pii_blind54.py``)
-----------------------------------------------
rows=1604, pii_rows=944, near_rows=660, entities=1169
(mobile 302, address 199, plate 130, landline 123, id_card 100, email 89,
qq 83, wechat 75, bank_card 68);
near-miss spans=1141 (973 in near-miss rows), 28 near-miss kinds
(date 146, fee 132, building 119, time 98, parking_spot 70, work_order 46,
meter 46, hotline 46, car_model 38, fee_rate 31, utility_acct 30,
verify_code 30, tracking_no 28, masked 27, area_size 27, fee_month 26,
property_cert 24, partial_plate 24, invoice_no 23, time_range 23,
pickup_code 21, txn_no 20, bad_id 18, bad_card 13, postal_code 13,
permit_no 12, fee_power 6, gate_code 4);
formats=46 distinct, each used >= 5 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind54-物业服务中心-第五十九位写手"
SPLIT = "blind54"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- validity helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_sum(digits: str) -> int:
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.]", "", s)


# --------------------------------------------------------------------------- fixed lists

# (province, city, district, roads, area code, id prefix)
LOCS = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路", "教工路"), "0571", "330106"),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "五常大道", "良睦路"), "0571", "330110"),
    ("浙江省", "杭州市", "拱墅区", ("莫干山路", "湖墅南路", "丽水路"), "0571", "330105"),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "四明中路", "首南西路"), "0574", "330212"),
    ("", "上海市", "浦东新区", ("张杨路", "锦绣路", "东方路"), "021", "310115"),
    ("", "上海市", "闵行区", ("莘松路", "七莘路", "虹梅南路"), "021", "310112"),
    ("", "北京市", "朝阳区", ("望京西路", "朝阳北路", "广顺北大街"), "010", "110105"),
    ("", "北京市", "海淀区", ("学院路", "中关村大街", "西三环北路"), "010", "110108"),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "虎踞路"), "025", "320106"),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路", "越溪路"), "0512", "320506"),
    ("广东省", "广州市", "天河区", ("天河北路", "黄埔大道西", "体育东路"), "020", "440106"),
    ("广东省", "深圳市", "南山区", ("南海大道", "科苑路", "沙河西路"), "0755", "440305"),
    ("四川省", "成都市", "武侯区", ("科华北路", "武侯大道", "倪家桥路"), "028", "510107"),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "光谷大道"), "027", "420111"),
    ("山东省", "济南市", "历下区", ("经十路", "解放路", "山大路"), "0531", "370102"),
    ("", "重庆市", "渝北区", ("金开大道", "新南路", "龙溪路"), "023", "500112"),
    ("河南省", "郑州市", "金水区", ("花园路", "文化路", "经三路"), "0371", "410105"),
    ("", "天津市", "南开区", ("鞍山西道", "黄河道", "白堤路"), "022", "120104"),
)
EXTRA_ID_PREFIX = ("330102", "330521", "331002", "320583", "341122", "362502", "430104", "450103",
                   "522101", "610113", "130104", "140105", "210102", "350203", "362330")
ESTATES = ("阳光花园", "翠苑三区", "金色家园", "桂花城", "城市花园", "锦绣华庭", "碧水湾",
           "和平里小区", "枫林苑", "东方名苑", "滨江花园", "丽景湾", "春江郦城", "紫金府",
           "香樟园", "湖畔居", "景和苑", "万象新城", "御景天成", "绿洲雅苑", "幸福里",
           "南苑小区", "翡翠城", "融创玉兰公馆")
MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
                 "193", "195", "198", "199")
PLATE_PROV = (("浙", "ABCDEFGHJKL"), ("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKNPQ"), ("苏", "ABCDEFEHJKLMN"),
              ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
              ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("渝", "ABCDF"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("津", "ABCDEFGH"),
              ("皖", "ABCDEFGHJKLMNPRS"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
BIN16 = ("622588", "621483", "622155", "622609", "625802", "622908", "621799", "622689")
BIN19 = ("622202", "622848", "621700", "621226", "623668", "621661", "622262", "621559", "622700")
BIN95 = ("95588", "95599", "95595")
BINV = ("427018", "438088", "404117", "433670")
BINM = ("524047", "552599", "518710", "547766")
PINYIN = ("zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yangli", "huangmin", "zhaolei",
          "wuhao", "zhoujie", "xuqing", "sunli", "maxiaoyu", "zhuting", "hujun", "guoxin",
          "linxiao", "hezhen", "gaoyuan", "luoqi", "zhengkai", "shenjia", "hanmei", "fengbo")
EN = ("lily", "tom", "jack", "amy", "kevin", "sunny", "coco", "leo", "emma", "alex", "vivian", "momo")
CORP = ("zjwy.com.cn", "lvchengwy.com", "jinke-service.cn", "hzhuarun.com", "sinopec.com", "alibaba-inc.com",
        "zju.edu.cn", "cmbchina.com", "126.com")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _loc(r):
    return r.choice(LOCS)


# --------------------------------------------------------------------------- value generators
# each returns (prefix_outside, value, suffix_outside)

def _mobile_raw(r):
    return r.choice(MOBILE_PREFIX) + _digits(r, 8)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def g_mobile(r, f):
    d = _mobile_raw(r)
    if f == "plain_11":
        return "", d, ""
    if f == "space_344":
        return "", f"{d[:3]} {d[3:7]} {d[7:]}", ""
    if f == "dash_344":
        return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", ""
    if f == "plus86_plain":
        return r.choice(("+86", "+86 ", "+86-")), d, ""
    if f == "fullwidth_11":
        return "", d.translate(FW), ""
    raise KeyError(f)


def _landline_raw(r):
    loc = _loc(r)
    ac = loc[4]
    n = r.choice("2345678") + _digits(r, 7)
    return ac, n


def g_landline(r, f):
    ac, n = _landline_raw(r)
    if f == "area_dash":
        return "", f"{ac}-{n}", ""
    if f == "area_plain":
        return "", ac + n, ""
    if f == "area_paren":
        return "", f"({ac}){n}", ""
    if f == "local_8":
        return "", n, ""
    if f == "area_dash_ext":
        return "", f"{ac}-{n}", r.choice(("转", "转", "-", "分机")) + r.choice(("801", "8006", "6", "203", "1"))
    if f == "area_space":
        return "", f"{ac} {n[:4]} {n[4:]}", ""
    raise KeyError(f)


def _id_raw(r):
    pre = r.choice([l[5] for l in LOCS] + list(EXTRA_ID_PREFIX))
    y = r.randint(1948, 2004)
    m = r.randint(1, 12)
    dmax = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    d = r.randint(1, dmax)
    body = f"{pre}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
    return body + _id_check(body)


def g_id(r, f):
    if f in ("plain_18", "space_684"):
        while True:
            s = _id_raw(r)
            if s[-1] != "X":
                break
        if f == "plain_18":
            return "", s, ""
        return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
    while True:
        s = _id_raw(r)
        if s[-1] == "X":
            break
    if f == "x_upper":
        return "", s, ""
    if f == "x_lower":
        return "", s[:-1] + "x", ""
    raise KeyError(f)


def _card(r, bin_, n):
    body = bin_ + _digits(r, n - 1 - len(bin_))
    return body + _luhn_digit(body)


def g_bank(r, f):
    if f == "unionpay_19_plain":
        return "", _card(r, r.choice(BIN19), 19), ""
    if f == "unionpay_16_plain":
        return "", _card(r, r.choice(BIN16), 16), ""
    if f == "space_4444":
        c = _card(r, r.choice(BIN16 + BINV + BINM), 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if f == "space_19_4s":
        c = _card(r, r.choice(BIN19), 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if f == "domestic_95_19":
        return "", _card(r, r.choice(BIN95), 19), ""
    if f == "visa_master_16":
        return "", _card(r, r.choice(BINV + BINM), 16), ""
    raise KeyError(f)


def _qq_raw(r, lo=6, hi=10):
    n = r.randint(lo, hi)
    return r.choice("123456789") + _digits(r, n - 1)


def g_email(r, f):
    if f == "qq_numeric":
        return "", _qq_raw(r, 7, 10) + "@qq.com", ""
    if f == "pinyin_163":
        return "", r.choice(PINYIN) + r.choice(("", "", _digits(r, 2), _digits(r, 4), "_" + _digits(r, 2))) + "@" + r.choice(("163.com", "126.com", "sina.com")), ""
    if f == "corp_domain":
        p = r.choice(PINYIN)
        return "", r.choice((p, p[:1] + p[1:], p + "." + r.choice(EN))) + "@" + r.choice(CORP), ""
    if f == "foxmail_en":
        return "", r.choice(EN) + r.choice(("", "_", ".")) + _digits(r, r.choice((2, 3, 4))) + "@" + r.choice(("foxmail.com", "gmail.com", "hotmail.com", "outlook.com")), ""
    if f == "upper_mixed":
        return "", r.choice(EN).capitalize() + r.choice(PINYIN).capitalize() + _digits(r, 2) + "@" + r.choice(("163.com", "QQ.com", "Foxmail.com")), ""
    raise KeyError(f)


def g_qq(r, f):
    if f == "digits_5_8":
        return "", _qq_raw(r, 5, 8), ""
    if f == "digits_9_10":
        return "", _qq_raw(r, 9, 10), ""
    raise KeyError(f)


def g_wechat(r, f):
    if f == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), ""
    if f == "pinyin_digits":
        return "", r.choice(PINYIN) + r.choice(("", "")) + r.choice((_digits(r, 4), _digits(r, 3), "19" + _digits(r, 2), "520", "888")), ""
    if f == "underscore":
        return "", r.choice(PINYIN + EN) + "_" + r.choice((_digits(r, 2), _digits(r, 4), r.choice(("hz", "sh", "bj", "home", "mama")))), ""
    if f == "dash_mixed":
        return "", r.choice(EN).capitalize() + "-" + r.choice(("Wang", "Li", "Chen", "Zhou", "Xu")) + _digits(r, 2), ""
    if f == "letters_only":
        return "", r.choice(EN) + r.choice(PINYIN), ""
    raise KeyError(f)


def _plate_raw(r, ne=False):
    p, lets = r.choice(PLATE_PROV)
    city = r.choice(lets)
    if ne:
        tail = r.choice("DF") + (_digits(r, 5) if r.random() < 0.7 else r.choice(PLATE_LET) + _digits(r, 4))
    else:
        shape = r.choice(("ddddd", "Ldddd", "dLddd", "ddLdd", "LLddd", "ddddL"))
        tail = "".join(r.choice(PLATE_LET) if c == "L" else r.choice("0123456789") for c in shape)
    return p + city, tail


def g_plate(r, f):
    if f == "plain_7":
        a, b = _plate_raw(r)
        return "", a + b, ""
    if f == "middle_dot":
        a, b = _plate_raw(r)
        return "", a + "·" + b, ""
    if f == "space_2_5":
        a, b = _plate_raw(r)
        return "", a + " " + b, ""
    if f == "new_energy_8":
        a, b = _plate_raw(r, True)
        return "", a + b, ""
    if f == "lowercase":
        a, b = _plate_raw(r)
        return "", (a + b).lower() if r.random() < 0.5 else a[0] + (a[1:] + b).lower(), ""
    raise KeyError(f)


def _room(r):
    fl = r.randint(1, 32)
    return f"{fl}{r.randint(1, 4):02d}"


def g_address(r, f):
    loc = _loc(r)
    prov, city, dist, roads, _, _ = loc
    est = r.choice(ESTATES)
    b, u, room = r.randint(1, 28), r.randint(1, 4), _room(r)
    road = r.choice(roads)
    no = r.randint(1, 1288)
    if f == "estate_bldg_unit_room":
        return "", f"{est}{b}{r.choice(('栋', '幢'))}{u}单元{room}{r.choice(('', '', '室'))}", ""
    if f == "estate_dash_room":
        return "", f"{est}{b}-{u}-{room}", ""
    if f == "estate_haolou":
        return "", f"{est}{b}号楼{room}{r.choice(('室', ''))}", ""
    if f == "estate_spaced":
        return "", f"{est} {b}幢 {room}", ""
    if f == "district_estate_room":
        return "", f"{dist}{est}{b}栋{u}单元{room}室", ""
    if f == "full_province_road":
        return "", f"{prov}{city}{dist}{road}{no}号{est}{b}{r.choice(('栋', '幢', '号楼'))}{room}室", ""
    if f == "city_road_no":
        return "", f"{city}{dist}{road}{no}号", ""
    if f == "road_estate_dash":
        return "", f"{road}{no}号{est}{b}-{u}-{room}", ""
    raise KeyError(f)


GEN = dict(mobile=g_mobile, landline=g_landline, id_card=g_id, bank_card=g_bank, email=g_email, qq=g_qq,
           wechat=g_wechat, plate=g_plate, address=g_address)
FMTS = dict(
    mobile=(("plain_11", 12), ("space_344", 3), ("dash_344", 1), ("plus86_plain", 1), ("fullwidth_11", 0.4)),
    landline=(("area_dash", 6), ("area_plain", 2), ("area_paren", 1), ("local_8", 2), ("area_dash_ext", 2), ("area_space", 0.5)),
    id_card=(("plain_18", 8), ("x_upper", 1.5), ("x_lower", 0.5), ("space_684", 0.6)),
    bank_card=(("unionpay_19_plain", 6), ("unionpay_16_plain", 3), ("space_4444", 1.5), ("space_19_4s", 1.5),
               ("domestic_95_19", 0.8), ("visa_master_16", 0.8)),
    email=(("qq_numeric", 5), ("pinyin_163", 4), ("corp_domain", 2), ("foxmail_en", 2), ("upper_mixed", 0.5)),
    qq=(("digits_5_8", 2), ("digits_9_10", 6)),
    wechat=(("wxid", 2), ("pinyin_digits", 5), ("underscore", 2), ("dash_mixed", 1), ("letters_only", 1)),
    plate=(("plain_7", 8), ("middle_dot", 2), ("space_2_5", 1), ("new_energy_8", 3), ("lowercase", 0.6)),
    address=(("estate_bldg_unit_room", 6), ("estate_dash_room", 4), ("estate_haolou", 2), ("estate_spaced", 1),
             ("district_estate_room", 2), ("full_province_road", 2), ("city_road_no", 1.5), ("road_estate_dash", 1)),
)

# --------------------------------------------------------------------------- near-miss generators


def _fail_luhn(s: str) -> str:
    if _luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def n_fee(r):
    return r.choice((
        f"{r.randint(300, 6800)}.{r.randint(0, 99):02d}元", f"¥{r.randint(80, 3600)}", f"{r.randint(20, 990)}块",
        f"{r.randint(1200, 9800)}元", f"{r.choice((50, 100, 150, 200, 300, 500))}元", f"{r.randint(100, 3000)}.00"))


def n_fee_rate(r):
    return r.choice((f"{r.choice((1.8, 2.2, 2.5, 2.8, 3.2, 3.5, 4.0))}元/㎡", f"{r.choice((1.8, 2.5, 2.8, 3.5))}元每平",
                     f"{r.choice(('1.95', '2.30', '2.65', '3.10'))}元/平方米"))


def n_fee_month(r):
    return r.choice((f"{r.choice((150, 200, 260, 300, 350, 400, 500))}元/月", f"{r.choice((200, 300, 450))}一个月",
                     f"每月{r.choice((180, 250, 300))}元"))


def n_fee_power(r):
    return r.choice(("0.58元/度", "0.62元/度", "1.2元/度", "1.5元", "0.538元"))


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}月{d}号", f"2024年{m}月{d}日",
                     f"{m}/{d}", f"周{r.choice('一二三四五六日')}"))


def n_time(r):
    h = r.randint(8, 17)
    return r.choice((f"{h}:{r.choice(('00', '30', '15'))}", f"{h}点", f"{h}点半", f"{h % 12 or 12}点左右",
                     f"{h}:00"))


def n_time_range(r):
    h = r.randint(7, 10)
    return r.choice((f"{h}:00-{h + 9}:00", f"{h}:30-17:30", f"早{h}点到晚{r.randint(5, 9)}点", f"{h}:00-12:00",
                     f"{h}:00至{h + 8}:00"))


def n_work_order(r):
    return r.choice((f"BX{2024}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}",
                     f"GD{r.randint(24, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 4)}",
                     f"WX-{_digits(r, 6)}", f"{r.randint(24, 25)}{_digits(r, 8)}"))


def n_parking(r):
    return r.choice((f"B{r.randint(1, 2)}-{r.randint(1, 420):03d}", f"负一层{r.choice('ABCD')}区{r.randint(1, 199):03d}",
                     f"{r.choice('ABC')}{r.randint(1, 380)}号", f"地下{r.choice('一二')}层{r.randint(1, 300)}号",
                     f"{r.choice('ABC')}-{r.randint(1, 380):03d}"))


def n_meter(r):
    return r.choice((f"{r.randint(100, 9999)}.{r.randint(0, 9)}度", f"{r.randint(10, 2999)}吨", f"{r.randint(1000, 99999)}",
                     f"{r.randint(30, 900)}度", f"{r.randint(5, 120)}方"))


def n_utility_acct(r):
    return r.choice(("33", "31", "32", "44", "51")) + _digits(r, 8)


def n_tracking(r):
    return r.choice((f"SF{r.choice('1345')}{_digits(r, 12)}", f"YT{_digits(r, 13)}", f"JDV{_digits(r, 12)}",
                     f"7{_digits(r, 13)}", f"4{_digits(r, 12)}", f"JT{_digits(r, 13)}"))


def n_pickup(r):
    return r.choice((_digits(r, 8), f"{r.randint(1, 12)}-{r.randint(1, 6)}-{r.randint(1000, 5999)}",
                     f"{r.choice('ABCDE')}{r.randint(1, 30)}-{_digits(r, 4)}", _digits(r, 6)))


def n_hotline(r):
    return r.choice(("95598", "96345", "12345", f"400-{_digits(r, 3)}-{_digits(r, 4)}", f"400{_digits(r, 7)}",
                     "96777", "119", "110", "96119", f"800-{_digits(r, 3)}-{_digits(r, 4)}", "95518", "12315"))


def n_vcode(r):
    return _digits(r, r.choice((4, 6, 6)))


def n_masked(r):
    return r.choice((f"{r.choice(MOBILE_PREFIX)}****{_digits(r, 4)}", f"尾号{_digits(r, 4)}",
                     f"{r.choice(MOBILE_PREFIX)}xxxx{_digits(r, 4)}", f"{r.choice(('6222', '6217', '6228'))} **** **** {_digits(r, 4)}",
                     f"{_digits(r, 6)}********{_digits(r, 3)}X"))


def n_area(r):
    return r.choice((f"{r.randint(45, 180)}.{r.randint(0, 99):02d}㎡", f"{r.randint(50, 200)}平", f"{r.randint(60, 160)}平米",
                     f"{r.randint(60, 160)}.{r.randint(1, 99)}平方米"))


def n_permit(r):
    return r.choice((f"ZX{r.randint(2023, 2025)}-{_digits(r, 4)}", f"装字第{_digits(r, 4)}号", f"XK{_digits(r, 6)}",
                     f"{r.choice(ESTATES[:8])}装{_digits(r, 3)}号"))


def n_invoice(r):
    return r.choice((_digits(r, 8), "24" + r.choice(("33", "31", "44")) + "2000000" + _digits(r, 9)))


def n_txn(r):
    return r.choice(("4200002" + _digits(r, 3) + "2024" + _digits(r, 14), "2024" + _digits(r, 24)[:24],
                     "1000" + _digits(r, 6) + "2024" + _digits(r, 18)))


def n_bad_card(r):
    return _fail_luhn(r.choice(("2024", "2025", "1102", "3301")) + _digits(r, r.choice((12, 14, 15))))


def n_bad_id(r):
    pre = r.choice([l[5] for l in LOCS])
    body = pre + "2024" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3)
    c = _id_check(body)
    bad = r.choice([x for x in "0123456789" if x != c and not _luhn_ok(body + x)])
    return body + bad


def n_building(r):
    return r.choice((f"{r.randint(1, 28)}号楼", f"{r.randint(1, 28)}栋", f"{r.randint(1, 28)}幢{r.randint(1, 4)}单元",
                     f"{r.randint(1, 20)}号楼{r.randint(1, 3)}单元"))


def n_postal(r):
    return r.choice(("310012", "310023", "200120", "100020", "210008", "518057", "610041", "430074", "250014", "315100"))


def n_gate(r):
    return r.choice((f"#{_digits(r, 4)}", f"{_digits(r, 4)}#", _digits(r, 6) + "#"))


def n_cert(r):
    return f"浙({r.randint(2016, 2024)})杭州市不动产权第{_digits(r, 7)}号"


def n_car_model(r):
    return r.choice(("特斯拉Model Y", "比亚迪汉EV", "理想L7", "大众帕萨特", "小鹏P7", "本田雅阁", "丰田凯美瑞", "五菱宏光MINI", "问界M7"))


def n_partial_plate(r):
    p, lets = r.choice(PLATE_PROV)
    return r.choice((f"尾号{_digits(r, 3)}", f"{p}{r.choice(lets)}***{_digits(r, 2)}", f"{p}{r.choice(lets)}开头"))


NEAR = dict(fee=n_fee, fee_rate=n_fee_rate, fee_month=n_fee_month, fee_power=n_fee_power, date=n_date, time=n_time, time_range=n_time_range, work_order=n_work_order, parking_spot=n_parking, meter=n_meter,
            utility_acct=n_utility_acct, tracking_no=n_tracking, pickup_code=n_pickup, hotline=n_hotline,
            verify_code=n_vcode, masked=n_masked, area_size=n_area, permit_no=n_permit, invoice_no=n_invoice,
            txn_no=n_txn, bad_card=n_bad_card, bad_id=n_bad_id, building=n_building, postal_code=n_postal,
            gate_code=n_gate, property_cert=n_cert, car_model=n_car_model, partial_plate=n_partial_plate)

# --------------------------------------------------------------------------- templates
# {kind} = personal value; {~near} = near-miss span

PII_TEMPLATES = (
    # mobile
    "师傅您好，厨房水龙头一直滴水，麻烦安排人来看下，电话{mobile}",
    "{mobile} 这是我电话，师傅到了打我",
    "您好，我是{address}的业主，卫生间漏水到楼下了，尽快来人啊，我手机{mobile}",
    "物业你好，我家门口的灯坏了好几天了\n联系方式：{mobile}",
    "好的，维修师傅今天{~time}过来，师傅电话{mobile}，您家里留个人哈",
    "快递放门卫了吗？我电话{mobile}，上面写的名字是我",
    "@物业客服 我换号了，新号码{mobile}，以后通知打这个",
    "登记一下：{address}，{mobile}，租户，月底搬进来",
    "手机号码{mobile}，车牌{plate}，申请月卡",
    "有事找我爱人也行{mobile}",
    "您好，装修负责人电话是{mobile}，工期大概{~date}到年底",
    "访客登记：车牌{plate}，联系人电话{mobile}，去{address}",
    "联系电话：{mobile}\n地址：{address}\n问题：空调外机架子松了",
    "麻烦帮我看下这个月物业费交了没，户主手机{mobile}",
    "楼上一直在漏水，我已经找过他们家了没人，麻烦物业打下{mobile}这个号（楼上业主的）",
    "您好 我的手机尾号变了 现在是{mobile} 业主群也拉一下这个号",
    "水电工小李的电话{mobile}，有小问题可以直接找他",
    "保安室值班电话{landline}，晚上有事也可以打我手机{mobile}",
    "我{mobile}，下午都在家😊",
    "{mobile}\n打这个，另一个号停机了",
    "我是租户，房东电话{mobile}，他说押金的事找物业",
    "开锁师傅电话给您：{mobile}，物业备案过的",
    "你好，地库车位想出租，有意向的打{mobile}，{~parking_spot}",
    "家里老人一个人住，紧急联系人{mobile}，麻烦物业平时多留意下🙏",
    "换锁了 新钥匙放前台了 我电话{mobile} 签收的时候打我",
    "业主 {mobile} 反映{~building}电梯异响，已派单{~work_order}",
    "收到，师傅{~time}到，如有变动联系{mobile}",
    "我的手机号是{mobile}吗？你们系统里是不是登记错了",
    # landline
    "客服中心座机{landline}，工作时间{~time_range}",
    "您好，这是我们物业服务中心的电话{landline}，有问题随时打",
    "装修公司电话：{landline}，负责人手机{mobile}",
    "单位电话{landline}，白天手机可能接不到",
    "打{landline}没人接啊，你们前台下班了？",
    "工程部座机：{landline}",
    "燃气公司上门检查，有疑问打他们营业厅{landline}，不是{~hotline}",
    "{landline} 这是家里座机，老人在家",
    "我们公司电话是{landline}，发票抬头开公司",
    "业委会办公室电话{landline}，每周三下午有人",
    "停车场岗亭电话{landline}，车出不去的话打这个",
    "这个是我们监控室的号码{landline}，24小时有人",
    # id_card
    "办门禁卡需要登记身份证，我的是{id_card}",
    "身份证号{id_card}，手机{mobile}，{address}，麻烦办下临时停车证",
    "业主信息：\n身份证：{id_card}\n房号：{address}",
    "租户登记 身份证号码 {id_card} 合同期一年",
    "{id_card} 这是我老婆的身份证号，门禁卡也给她办一张",
    "装修工人登记：身份证{id_card}，电话{mobile}",
    "身份证号码发你了：{id_card}，照片稍后补",
    "我身份证{id_card}，房产证上就是这个名字",
    "产权人证件号{id_card}，不动产权证号{~property_cert}",
    "您好，办理过户需要新业主身份证号：{id_card}",
    # bank_card
    "物业费退款打到这张卡：{bank_card}，开户行工商银行",
    "卡号{bank_card} 农行的 麻烦把装修押金退一下",
    "装修押金{~fee}退到{bank_card}，建设银行杭州分行",
    "银行卡号：{bank_card}\n户名就是业主本人",
    "代扣物业费的卡换了，新卡{bank_card}",
    "上次多交了{~fee}，退这张卡吧 {bank_card}",
    "车位租金转到{bank_card}就行，招行的",
    "{bank_card} 中国银行 押金退这个",
    # email
    "电子发票发我邮箱{email}，谢谢",
    "发票抬头个人，邮箱：{email}",
    "物业费账单能发邮件吗？{email}",
    "装修图纸我发你们工程部邮箱了，我的是{email}，有问题回邮件",
    "{email} 这个邮箱收一下停车发票，{~date}开的",
    "邮箱{email}，纸质的不要了",
    "公司报销要电子票，麻烦开好发到{email}，税号我稍后发",
    "你好，我邮箱填错了，应该是{email}",
    # qq
    "我QQ{qq}，装修的效果图发你们群里看吧",
    "加我QQ：{qq}",
    "扣扣{qq}，微信不常用",
    "QQ号 {qq} 有事留言",
    "电子版合同发QQ{qq}也行",
    "物业群没进去，我qq是{qq}，拉我一下",
    "{qq} 是我QQ，邮箱也是这个号 哈哈",
    "业主群满了，{~building}的新业主加QQ群，或者加管家QQ{qq}",
    "QQ：{qq}\n房号：{address}\n装修队下周进场",
    "你加下我q {qq}",
    # wechat
    "加我微信{wechat}，拉我进{~building}业主群",
    "我微信号：{wechat}，手机号搜不到",
    "vx {wechat} 装修的事直接微信聊",
    "微信{wechat}，有快递帮我放驿站就行",
    "我老公微信是{wechat}，让他也进群",
    "{wechat} 微信号，备注业主房号",
    "维修师傅微信{wechat}，照片直接发他",
    "微信号{wechat}，电话{mobile}，都可以联系",
    "加下这个微信：{wechat} 是房东",
    # plate
    "车牌{plate}的车堵在消防通道了，麻烦联系一下车主",
    "{plate} 停我车位上两天了！！！",
    "月卡续费，车牌号{plate}，续一年",
    "我新换的车{plate}，麻烦录入系统，旧车{plate}删掉",
    "访客车{plate}，{~time}来，放行一下谢谢",
    "你好 我的车牌是{plate} 今天道闸识别不了",
    "地库{~parking_spot}停的{plate}，车窗没关",
    "登记充电桩，车{plate}，{~car_model}",
    "车牌号：{plate}\n车位：{~parking_spot}\n手机：{mobile}",
    "谁家的车{plate}？挡我出库了，快挪一下",
    "临时停车{plate} 出场扣了{~fee} 不是说有半小时免费吗",
    "{plate}这台车是我家的，新能源要办充电桩报备",
    # address
    "地址：{address}，下水道堵了",
    "我家是{address}，今天没水了，怎么回事",
    "{address}业主，天花板渗水，拍了照片",
    "快递写的{address}，怎么显示已签收我没收到",
    "您好 {address} 楼上噪音太大了 每天晚上十一点还在蹦",
    "收货地址{address}，放门口就行",
    "我在{address}，家里跳闸了整屋没电",
    "麻烦派个保洁阿姨去{address}，开荒保洁",
    "房子在{address}，想咨询下装修要办什么手续",
    "{address}\n这户的狗又在电梯里拉了",
    "寄件地址{address}，电话{mobile}，收件人写物业前台",
    "外卖送到{address}，小哥说门禁进不来",
    "我家{address}，阳台的雨水管破了",
    "邻居{address}在楼道堆了好多杂物，消防隐患",
    "新房{address}，什么时候可以交房验收？",
    "户籍地址{address}，开居住证明要的",
    "我买的是{address}，物业费怎么算的？面积{~area_size}",
    "钥匙交接：{address}，{~date}，业主已签字",
    # multi / mixed
    "登记一下：\n车牌：{plate}\n房号：{address}\n电话：{mobile}",
    "装修申请\n业主：{address}\n身份证：{id_card}\n装修公司电话：{landline}\n负责人：{mobile}",
    "退押金信息：{bank_card}，开户人业主本人，电话{mobile}",
    "您好，发票请开到公司，邮箱{email}，电话{landline}",
    "微信{wechat}或者QQ{qq}都可以，电话不方便接",
    "租客信息：身份证{id_card}，电话{mobile}，车牌{plate}",
    "维修地址 {address}\n联系人电话 {mobile}\n上门时间 {~date} {~time}",
    "业主变更：原手机{mobile}，新手机{mobile}",
    "快递到了打我电话{mobile}，不在家就放{~building}门口快递柜",
)

NEAR_TEMPLATES = (
    "本月物业费{~fee}，请于{~date}前缴清",
    "【停水通知】因管道维修，{~date}{~time}停水，预计{~time}恢复，请提前储水",
    "【停电通知】{~building}{~date}电力检修，如有疑问请拨打供电服务热线{~hotline}",
    "您的报修已受理，工单号{~work_order}，师傅会在{~date}{~time}上门",
    "工单{~work_order}已完成，请对本次服务评价",
    "车位{~parking_spot}月租{~fee_month}，有需要的业主联系前台",
    "电表读数{~meter}，上月是{~meter}，这个月用得有点多啊",
    "电费户号{~utility_acct}，麻烦帮我查下是不是欠费停电了",
    "快递单号{~tracking_no}显示已送达，我没收到",
    "你的快递在驿站，取件码{~pickup_code}",
    "丰巢取件码{~pickup_code}，超时要收费的哈",
    "燃气报修请打{~hotline}，我们物业不能动燃气管道",
    "验证码{~verify_code}是什么？我没申请啊",
    "系统显示业主手机{~masked}，是您吗",
    "建筑面积{~area_size}，物业费按{~fee_rate}算的",
    "装修许可证{~permit_no}已办好，请张贴在门口",
    "发票号码{~invoice_no}，开票金额{~fee}",
    "交易单号{~txn_no}，钱扣了但是显示未缴费",
    "银行回单流水号{~bad_card}，已转账{~fee}",
    "订单编号{~bad_id}，缴的是{~date}的停车费",
    "{~building}电梯在维保，预计{~time}恢复，请走{~building}",
    "邮编{~postal_code}，寄合同要用",
    "单元门密码改成{~gate_code}了，别外传",
    "不动产权证号{~property_cert}，办过户用",
    "那辆{~car_model}又停在{~parking_spot}了，不是他的车位",
    "车牌{~partial_plate}的那辆白车停了一个礼拜没动",
    "好的收到👌",
    "今天{~time}消杀，请关好门窗，家里有宠物的看好",
    "{~date}垃圾分类督导，各位邻居配合一下",
    "收到，已经派单{~work_order}了，您稍等",
    "上个月的水费{~fee}，这么多？水表{~meter}没错吧",
    "@所有人 {~building}{~date}至{~date}二次供水水箱清洗，期间停水",
    "物业费一年{~fee}，能开发票吗",
    "停车费怎么收的？临停每小时5块，包月{~fee_month}",
    "装修押金{~fee}，验收合格后30个工作日内退",
    "垃圾清运费{~fee}，装修前交",
    "车位是{~parking_spot}吗？我看系统登记的是{~parking_spot}",
    "物业服务热线{~hotline}，24小时",
    "我报的单子{~work_order}怎么还没人来？都{~date}了",
    "师傅说要换阀门，材料费{~fee}，人工费{~fee}",
    "{~date}下午有人在家吗？师傅过去看下",
    "大家好，{~building}的地下室进水了，物业已经在抽了",
    "楼下{~car_model}的车主能不能别按喇叭了😤",
    "顺丰{~tracking_no}，放前台了，记得来拿",
    "收到您的缴费{~fee}，交易号{~txn_no}",
    "上次那张发票{~invoice_no}作废了，重开一张",
    "门禁卡丢了，补办一张要{~fee}对吗",
    "装修时间是{~time_range}，{~date}前完工，周末不能有噪音",
    "电梯年检合格证编号{~permit_no}，已公示",
    "{~date} 业主大会投票，地点会所二楼",
    "燃气户号{~utility_acct}，卡里没气了去哪充",
    "充电桩电费每度{~fee_power}，装桩需要报备",
    "水表读数{~meter}，户号{~utility_acct}",
    "验证码{~verify_code}，五分钟内有效，请勿泄露",
    "物业APP登录不了，验证码{~verify_code}输进去说错误",
    "电梯困人了！！快来{~building}",
    "@物业 {~building}楼道灯不亮，麻烦处理",
    "您好，您尾号的那个号码{~masked}已经解绑",
    "这个卡号{~masked}是我的，扣款记录{~fee}",
    "房屋面积{~area_size}，公摊多少？",
    "快递员电话打不通，单号{~tracking_no}，帮我问问",
    "明天{~time_range}停气检修，燃气公司电话{~hotline}",
    "{~building}的业主注意，明早{~time}检修电梯",
    "今年物业费涨到{~fee_rate}了？去年还是{~fee_rate}",
    "邮编是{~postal_code}吗？我寄东西给物业",
    "取件码{~pickup_code}，在{~building}大堂的快递柜",
    "车位{~parking_spot}有人卖吗，预算20万左右",
    "缴费通知单号{~bad_card}，金额{~fee}",
    "装修保证金收据号{~bad_id}",
    "谢谢师傅，修好了👍",
    "好的，明天上午在家",
    "{~date}之前会处理好的，给您添麻烦了",
    "谁家的{~car_model}停消防通道了，{~partial_plate}",
    "有没有人拼单买净水器，{~fee}一台",
    "{~building}今天{~time}起暂停使用，电梯维修",
    "今晚{~time}消防演练，听到警报不要慌",
    "上月电费{~fee}，电表{~meter}，麻烦核对下",
    "您好，建议先拨打{~hotline}报修，我们这边也同步给工程",
    "交了{~fee}停车费，发票号{~invoice_no}，车{~partial_plate}",
)

NEAR_EXTRA_IN_PII = ()


# --------------------------------------------------------------------------- builder

_SLOT = re.compile(r"\{(~?)(\w+)\}")


def _pick_fmt(r, kind):
    tab = FMTS[kind]
    return r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]


def _render(r, tpl, forced=None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    used_force = False
    for m in _SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        near, name = m.group(1), m.group(2)
        if near:
            v = NEAR[name](r)
            nears.append((name, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if forced and forced[0] == name and not used_force:
            f = forced[1]
            used_force = True
        else:
            f = _pick_fmt(r, name)
        pre, v, post = GEN[name](r, f)
        out.append(pre)
        pos += len(pre)
        ents.append((name, pos, pos + len(v)))
        fmts.append(f)
        out.append(v)
        pos += len(v)
        out.append(post)
        pos += len(post)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


N_PII_RANDOM = 760
N_NEAR = 690


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []
    # forced formats
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for f, _ in FMTS[kind]:
            for ti in r.sample(cands, FORCE_PER_FMT):
                rows.append(_render(r, PII_TEMPLATES[ti], (kind, f)))
                tids.append(f"p{ti}")
    for _ in range(N_PII_RANDOM):
        ti = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[ti]))
        tids.append(f"p{ti}")
    for _ in range(N_NEAR):
        ti = r.randrange(len(NEAR_TEMPLATES))
        t = NEAR_TEMPLATES[ti]
        if "{" not in t:
            continue
        rows.append(_render(r, t))
        tids.append(f"n{ti}")
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    tids = [tids[i] for i in order]
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame(dict(
        text=[x[0] for x in rows], entities=[x[1] for x in rows], formats=[x[2] for x in rows],
        near_misses=[x[3] for x in rows], split=[SPLIT] * len(rows)))


def make_blind54_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_PAT = dict(
    mobile=re.compile(r"1[3-9]\d{9}"),
    landline=re.compile(r"\(?0\d{2,3}\)?\d{7,8}|[2-8]\d{7}"),
    qq=re.compile(r"[1-9]\d{4,10}"),
    email=re.compile(r"[A-Za-z0-9._]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"),
    wechat=re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}"),
    plate=re.compile(r"[京沪浙苏粤川鄂鲁渝豫津皖][A-Za-z][A-Za-z0-9]{5,6}"),
)
_PLACE = re.compile(r"^(.{2,3}[省市区]|.+?(路|街|道|大街|大道|园|苑|区|城|湾|府|居|里|公馆|华庭|新城|天成|小区|名苑|雅苑))")
_HOUSE = re.compile(r"(号|栋|幢|号楼|单元|室|\d{3,4})$")


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k in _PAT:
                assert _PAT[k].fullmatch(v if k in ("email", "wechat") else n), (k, v)
            if k == "id_card":
                assert _id_ok(n), v
                assert 1900 <= int(n[6:10]) <= 2010
            if k == "bank_card":
                assert _luhn_ok(n) and len(n) in (16, 19), v
            if k == "address":
                assert _PLACE.match(v) and _HOUSE.search(v), v
            # value not glued to other digits / letters
            if s > 0 and k != "address":
                assert not text[s - 1].isdigit() or text[:s].rstrip(" -").endswith("+86"), (k, text)
                if k in ("email", "wechat", "plate"):
                    assert not (text[s - 1].isascii() and text[s - 1].isalnum()), (k, text)
            if e < len(text) and k != "address":
                assert not (text[e].isascii() and text[e].isalnum()), (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11 and n[0] == "1":
                assert n[1] in "012", (k, v)
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
    assert df.equals(make_blind54_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FMTS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

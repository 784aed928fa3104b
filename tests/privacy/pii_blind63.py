"""Sixty-third blind PII corpus (``split == "blind63"``): dental & optical clinic chain chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十八位写手")
that did NOT read the masking code: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (layout
and entry-point names).  It read nothing under ``bench/`` or ``docs/``, not
the README, no other corpus, no git history, and did not open
``../shared/datasets/``.  It never imported ``toolkit`` and never ran any
masking / finding function on this data.  Phrasing and values come from the
writer's own idea of what such an archive holds.

What is different here: the THEME.  WeCom 1:1 and per-clinic group chats of
a private dental + optical clinic chain (杭州 / 上海 / 苏州 / 南京 / 成都 /
宁波): receptionists, dentists' assistants and optometrists with patients --
booking and moving appointments, building patient files (就诊人身份证, 家长
手机), orthodontic follow-ups over months (第N副牙套, 复诊), glasses / OK-lens /
contact-lens orders sent by courier, commercial insurance claims and
installment payments (refund cards, 电子发票 to e-mail), parking plates,
parents booking for children and older patients typing Chinese numerals.  It
aims at an average day, not at hard cases.

Near-misses are what such chats really hold besides personal data: prices,
installments, dates / times, tooth positions (36、左下6), refraction values
and pupil distance, aligner steps, clinic rooms, glasses order numbers,
patient record numbers, courier tracking numbers, e-invoice numbers,
insurance hotlines (95522 / 400-...), verification and pickup codes, masked
phone numbers and card tails, member card numbers, product / frame models,
postal codes, branch or district names without any house number, ages,
transaction numbers failing Luhn and claim numbers failing the ID check.

Seed
----
``SEED = "blind63-dental-optical-第六十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.  Each format is first forced
4 times into 4 distinct templates holding its kind, then rows draw templates
and formats by weight.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; no names -- only roles such as 孩子 / 我妈 are
written), ``formats`` (one per entity), ``near_misses`` (list of
``(near_kind, start, end)``) and ``split`` (``"blind63"``).  A span holds the
value only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
(转806 / -806 / 分机806) are outside, separators inside a value are inside;
an address runs from its first place unit (province / city / district /
county / town / village / road / estate) to its last house-level unit (号 /
栋 / 幢 / 单元 / 室 / 层 / bare room number).

Counts (``python tests/privacy/pii_blind63.py``)
------------------------------------------------
rows=1520, pii_rows=860, near_rows=660, entities=1172
(mobile 337, address 152, id_card 143, landline 107, bank_card 107, qq 99,
email 81, wechat 78, plate 68);
near-miss spans=1146 (988 in near-miss rows), 27 near-miss kinds
(date 160, time 116, price 106, refraction 87, age 50, place_only 48,
tracking_no 46, order_no 44, hotline 43, tooth 42, quantity 37, model_no 36,
room 35, aligner_step 31, member_no 30, verify_code 28, bad_card 26,
installment 25, invoice_no 24, record_no 24, axis 22, bad_id 19,
pupil_distance 18, pickup_code 18, tail_digits 13, masked 10, postal_code 8);
formats=37 distinct, each used >= 6 times in >= 6 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind63-dental-optical-第六十八位写手"
SPLIT = "blind63"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 860
N_NEAR_ROWS = 660
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


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
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


_CN = "零一二三四五六七八九"


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(str(_CN.index(c)) if c in _CN else c for c in v)
    v = v.replace("〇", "0").replace("幺", "1")
    return re.sub(r"[\s\-·.()（）]", "", v)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- places

# (province, city, area code, plate prefixes, id prefixes, districts)
# districts: (district, roads, estates)
CITIES = (
    ("浙江省", "杭州市", "0571", ("浙A",), ("330106", "330105", "330108", "330110", "330102"), (
        ("西湖区", ("文三路", "古墩路", "天目山路", "文一西路"), ("翠苑一区", "嘉绿苑", "西溪诚园", "古荡新村")),
        ("拱墅区", ("莫干山路", "湖墅南路", "丽水路"), ("和睦新村", "大关西苑", "运河宸园")),
        ("滨江区", ("江南大道", "长河路", "滨盛路"), ("江南春城", "东方郡", "钱江湾花园")),
        ("余杭区", ("五常大道", "良睦路", "临平大道"), ("西溪北苑", "亲亲家园", "金地自在城")),
        ("上城区", ("解放路", "秋涛路", "庆春东路"), ("采荷新村", "景芳三区", "三堡北苑")),
    )),
    ("上海市", "", "021", ("沪A", "沪B", "沪C", "沪D", "沪E", "沪F", "沪G", "沪N"),
     ("310104", "310115", "310112", "310106", "310113"), (
        ("徐汇区", ("漕溪北路", "虹漕路", "龙华西路"), ("田林十二村", "康健新村", "华发苑")),
        ("浦东新区", ("张杨路", "锦绣路", "杨高中路"), ("联洋新苑", "金杨新村", "东方城市花园")),
        ("闵行区", ("莘松路", "七莘路", "都市路"), ("春申城", "莘城苑", "梅陇三村")),
        ("静安区", ("共和新路", "延长路", "西康路"), ("大宁家园", "彭浦新村", "中兴城")),
        ("宝山区", ("牡丹江路", "友谊路", "长江西路"), ("通河新村", "保利叶语", "淞南九村")),
    )),
    ("江苏省", "苏州市", "0512", ("苏E",), ("320508", "320506", "320507", "320505"), (
        ("姑苏区", ("人民路", "干将西路", "三香路"), ("三香新村", "南环新村", "沧浪新城")),
        ("吴中区", ("东吴北路", "宝带西路"), ("东湖林语", "尹山湖花园")),
        ("相城区", ("阳澄湖西路", "相城大道"), ("御窑花园", "富元新村")),
    )),
    ("江苏省", "南京市", "025", ("苏A",), ("320106", "320105", "320115", "320104"), (
        ("鼓楼区", ("中山北路", "湖南路", "龙江路"), ("凤凰花园城", "阳光广场小区", "清江花苑")),
        ("建邺区", ("江东中路", "应天大街", "汉中门大街"), ("莫愁新寓", "万达华府", "兴隆小区")),
        ("江宁区", ("双龙大道", "天元中路"), ("翠屏城", "托乐嘉花园")),
    )),
    ("四川省", "成都市", "028", ("川A",), ("510107", "510104", "510106", "510108"), (
        ("武侯区", ("人民南路四段", "科华北路", "玉林西路"), ("棕北小区", "玉林小区", "锦城花园")),
        ("锦江区", ("东大街", "莲桂南路", "琉璃路"), ("攀成钢小区", "东湖花园")),
        ("成华区", ("建设路", "府青路"), ("万科金色海蓉", "双林小区")),
    )),
    ("浙江省", "宁波市", "0574", ("浙B",), ("330212", "330203", "330205"), (
        ("鄞州区", ("天童南路", "四明中路", "钱湖北路"), ("万科城", "明楼小区", "东柳坊")),
        ("海曙区", ("中山西路", "望春路"), ("月湖花园", "南苑小区")),
    )),
)
MIGRANT_IDS = ("342401", "411302", "430621", "362330", "513922", "330621", "320323", "371302", "420983")
RURAL = (
    ("浙江省", "桐庐县", "分水镇", "后岩村"), ("安徽省", "来安县", "半塔镇", "罗庄村"),
    ("江苏省", "沭阳县", "胡集镇", "黄圩村"), ("四川省", "金堂县", "淮口镇", "瓦店村"),
    ("浙江省", "淳安县", "千岛湖镇", "阳光村"), ("河南省", "固始县", "陈淋子镇", "董寨村"),
)
TOWERS = ("华星时代广场", "耀江国际大厦", "绿地中心", "万达广场", "世贸中心", "中环大厦", "银泰城写字楼")

MOBILE_PRE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
              "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
              "185", "186", "187", "188", "189", "191", "198", "199", "147")
EMAIL_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "hotmail.com",
                 "yeah.net", "139.com")
CORP_DOMAINS = ("alibaba-inc.com", "hikvision.com", "nbport.com.cn", "sh-hospital.org.cn", "chinamobile.com",
                "zju.edu.cn", "xxhb.com.cn", "sunnyoptical.com")
PINYIN = ("zhang", "wang", "li", "chen", "liu", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
          "zhu", "gao", "lin", "he", "guo", "ma", "luo")
GIVEN = ("wei", "fang", "na", "min", "jing", "lei", "yan", "jie", "tao", "xin", "hui", "yu", "ting", "hao",
         "qing", "yun", "xiaoyu", "jiajia", "mengmeng", "tiantian")
EN = ("lily", "coco", "amy", "kevin", "jack", "sunny", "vivian", "momo", "tony", "cherry", "echo", "grace")


def _city(rng):
    return rng.choice(CITIES)


# --------------------------------------------------------------------------- value generators
# each returns (pre, value, post) -- pre/post are outside the span


def g_mobile(rng, fmt):
    m = rng.choice(MOBILE_PRE) + _digits(rng, 8)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if fmt == "cn_digits":
        return "", "".join(_CN[int(c)] for c in m), ""
    raise KeyError(fmt)


def g_landline(rng, fmt):
    c = _city(rng)
    ac = c[2]
    n = rng.choice("2345678") + _digits(rng, 7)
    if fmt == "area_dash":
        return "", f"{ac}-{n}", ""
    if fmt == "area_plain":
        return "", f"{ac}{n}", ""
    if fmt == "paren_area":
        return "", f"({ac}){n}", ""
    if fmt == "area_dash_ext":
        return "", f"{ac}-{n}", rng.choice(("转", "转", "-", "分机")) + rng.choice(("806", "8012", "21", "302", "6"))
    if fmt == "local_8":
        return "", n, ""
    raise KeyError(fmt)


def _birth(rng, child=False):
    y = rng.randint(2009, 2020) if child else rng.randint(1948, 2003)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{y}{m:02d}{d:02d}"


def _make_id(rng, want_x=None, child=False):
    while True:
        c = _city(rng)
        pre = rng.choice(c[4]) if rng.random() < 0.7 else rng.choice(MIGRANT_IDS)
        body = pre + _birth(rng, child) + _digits(rng, 3)
        ck = _id_check(body)
        if want_x is None or (ck == "X") == want_x:
            return body + ck


def g_id_card(rng, fmt, child=False):
    if fmt == "plain_18":
        return "", _make_id(rng, False, child), ""
    if fmt == "x_upper":
        return "", _make_id(rng, True, child), ""
    if fmt == "x_lower":
        return "", _make_id(rng, True, child).lower(), ""
    if fmt == "space_6_8_4":
        v = _make_id(rng, None, child)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


BIN19 = ("622848", "621700", "622202", "621226", "621661", "623668", "621799", "622908", "622700")
BIN16 = ("622588", "621483", "622609", "622155", "625809")
BINVM = ("438088", "427020", "524047", "552534", "518710", "404119")


def _card(rng, bins, n):
    body = rng.choice(bins) + _digits(rng, n - 7)
    return body + _luhn_digit(body)


def g_bank_card(rng, fmt):
    if fmt == "u19_plain":
        return "", _card(rng, BIN19, 19), ""
    if fmt == "u16_plain":
        return "", _card(rng, BIN16, 16), ""
    if fmt == "space_groups4":
        v = _card(rng, BIN19 + BIN16, rng.choice((16, 19)))
        return "", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), ""
    if fmt == "visa_mc_16":
        return "", _card(rng, BINVM, 16), ""
    if fmt == "d95_19":
        return "", _card(rng, ("955880", "955990", "955950"), 19), ""
    raise KeyError(fmt)


def g_email(rng, fmt):
    if fmt == "qq_digits":
        return "", f"{rng.randint(1, 9)}{_digits(rng, rng.randint(6, 9))}@qq.com", ""
    if fmt == "pinyin_mail":
        a = rng.choice(PINYIN) + rng.choice(GIVEN)
        a += rng.choice(("", str(rng.randint(1970, 2005)), str(rng.randint(1, 999)), "_" + _digits(rng, 2)))
        return "", f"{a}@{rng.choice(EMAIL_DOMAINS)}", ""
    if fmt == "corp_dotted":
        a = rng.choice(GIVEN) + "." + rng.choice(PINYIN)
        return "", f"{a}@{rng.choice(CORP_DOMAINS)}", ""
    raise KeyError(fmt)


def g_qq(rng, fmt):
    if fmt == "qq_short":
        return "", str(rng.randint(1, 9)) + _digits(rng, rng.randint(5, 7)), ""
    if fmt == "qq_long":
        return "", str(rng.randint(1, 3)) + _digits(rng, rng.randint(8, 9)), ""
    raise KeyError(fmt)


def g_wechat(rng, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "alnum_underscore":
        a = rng.choice(EN) + rng.choice(("_", "-", "")) + rng.choice(PINYIN) + _digits(rng, rng.randint(1, 4))
        return "", a, ""
    if fmt == "pinyin_digits":
        a = rng.choice(PINYIN) + rng.choice(GIVEN) + rng.choice((str(rng.randint(1975, 2005)), _digits(rng, 4),
                                                                  "0" + str(rng.randint(101, 1231))))
        return "", a, ""
    raise KeyError(fmt)


_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def g_plate(rng, fmt):
    p = rng.choice(_city(rng)[3])
    tail = "".join(rng.choice("0123456789" if rng.random() < 0.75 else _PL) for _ in range(5))
    if fmt == "std_5":
        return "", p + tail, ""
    if fmt == "dot_sep":
        return "", p + "·" + tail, ""
    if fmt == "space_sep":
        return "", p + " " + tail, ""
    if fmt == "new_energy":
        return "", p + rng.choice("DF") + rng.choice("0123456789ABCDEFGHJK") + _digits(rng, 4), ""
    raise KeyError(fmt)


def _house(rng):
    b, u, f, r = rng.randint(1, 32), rng.randint(1, 4), rng.randint(1, 28), rng.randint(1, 4)
    room = f"{f}{r:02d}"
    return rng.choice((f"{b}幢{u}单元{room}室", f"{b}栋{u}单元{room}", f"{b}号楼{u}单元{room}室",
                       f"{b}-{u}-{room}", f"{b}幢{room}室", f"{b}栋{room}"))


def g_address(rng, fmt):
    c = _city(rng)
    prov, city = c[0], c[1]
    dist, roads, estates = rng.choice(c[5])
    road, est = rng.choice(roads), rng.choice(estates)
    no = f"{rng.randint(1, 999)}号"
    if fmt == "full_prov":
        tail = rng.choice((f"{road}{no}{est}{_house(rng)}", f"{road}{no}{rng.choice(TOWERS)}{rng.randint(5, 30)}层",
                           f"{est}{_house(rng)}"))
        return "", f"{prov}{city}{dist}{tail}", ""
    if fmt == "city_start":
        head = city if city else prov
        tail = rng.choice((f"{road}{no}{est}{_house(rng)}", f"{est}{_house(rng)}", f"{road}{no}"))
        return "", f"{head}{dist}{tail}", ""
    if fmt == "district_start":
        tail = rng.choice((f"{road}{no}{est}{_house(rng)}", f"{est}{_house(rng)}", f"{road}{no}",
                           f"{road}{no}{rng.choice(TOWERS)}{rng.choice('ABC')}座{rng.randint(5, 30)}{rng.randint(1, 20):02d}室"))
        return "", f"{dist}{tail}", ""
    if fmt == "estate_room":
        return "", f"{est}{_house(rng)}", ""
    if fmt == "road_start":
        tail = rng.choice((f"{est}{_house(rng)}", f"{rng.choice(TOWERS)}{rng.randint(3, 30)}层", "",
                           f"{rng.randint(1, 12)}幢{rng.randint(101, 1802)}室"))
        return "", f"{road}{no}{tail}", ""
    if fmt == "rural_village":
        p, county, town, vil = rng.choice(RURAL)
        return "", f"{p}{county}{town}{vil}{rng.randint(1, 12)}组{rng.randint(1, 88)}号", ""
    raise KeyError(fmt)


GEN = {
    "mobile": g_mobile, "landline": g_landline, "id_card": g_id_card, "bank_card": g_bank_card,
    "email": g_email, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address,
}
FMTS = {  # (format, weight)
    "mobile": (("plain_11", 70), ("space_344", 10), ("dash_344", 6), ("plus86", 5), ("cn_digits", 4)),
    "landline": (("area_dash", 45), ("area_plain", 12), ("paren_area", 10), ("area_dash_ext", 15), ("local_8", 18)),
    "id_card": (("plain_18", 75), ("x_upper", 12), ("x_lower", 4), ("space_6_8_4", 6)),
    "bank_card": (("u19_plain", 45), ("u16_plain", 20), ("space_groups4", 15), ("visa_mc_16", 10), ("d95_19", 6)),
    "email": (("qq_digits", 45), ("pinyin_mail", 40), ("corp_dotted", 15)),
    "qq": (("qq_short", 35), ("qq_long", 65)),
    "wechat": (("wxid", 25), ("alnum_underscore", 40), ("pinyin_digits", 35)),
    "plate": (("std_5", 60), ("dot_sep", 12), ("space_sep", 8), ("new_energy", 20)),
    "address": (("full_prov", 20), ("city_start", 20), ("district_start", 25), ("estate_room", 15),
                ("road_start", 12), ("rural_village", 8)),
}

# --------------------------------------------------------------------------- near-miss generators


def _bad_luhn(rng, n):
    body = rng.choice(("1", "2", "3", "4", "5", "6", "7", "8", "9")) + _digits(rng, n - 2)
    good = _luhn_digit(body)
    return body + rng.choice([d for d in "0123456789" if d != good])


def _bad_id(rng):
    while True:
        body = rng.choice(CITIES)[4][0] + _birth(rng) + _digits(rng, 3)
        good = _id_check(body)
        v = body + rng.choice([d for d in "0123456789" if d != good])
        if not _luhn_ok(v):
            return v


def _date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"2024-{m:02d}-{d:02d}", f"{m}/{d}",
                       f"周{rng.choice('一二三四五六日')}", f"下周{rng.choice('二四六')}"))


def _time(rng):
    h = rng.randint(8, 20)
    return rng.choice((f"{h}:{rng.choice(('00', '30', '15', '45'))}", f"{h}点", f"{h}点半",
                       f"上午{rng.randint(9, 11)}点", f"下午{rng.choice('两三四五')}点"))


NEAR = {
    "price": lambda r: r.choice((f"{r.choice((98, 128, 168, 198, 260, 380, 480, 680, 880, 1280, 1680))}元",
                                 f"¥{r.randint(1, 39)},{r.choice(('800', '280', '999', '000'))}", f"{r.randint(199, 2999)}块",
                                 f"{r.randint(1, 5)}.{r.randint(1, 9)}万", f"{r.randint(3, 48)}800元", f"{r.randint(2, 30) * 100}")),
    "installment": lambda r: r.choice((f"{r.choice((3, 6, 12, 24))}期", f"每期{r.randint(300, 2200)}.{r.randint(10, 99)}元")),
    "date": _date,
    "time": _time,
    "tooth": lambda r: r.choice((f"{r.choice('1234')}{r.randint(1, 8)}", f"{r.choice(('左上', '左下', '右上', '右下'))}{r.randint(4, 8)}")),
    "refraction": lambda r: r.choice((f"-{r.randint(0, 8)}.{r.choice(('00', '25', '50', '75'))}", f"{r.randint(1, 9) * 50 + r.choice((0, 25))}度",
                                      f"+{r.randint(0, 3)}.{r.choice(('00', '25', '50', '75'))}")),
    "axis": lambda r: f"{r.choice((5, 10, 90, 165, 170, 175, 180))}",
    "pupil_distance": lambda r: r.choice((f"{r.randint(56, 70)}mm", f"{r.randint(56, 70)}", f"{r.randint(28, 35)}.5/{r.randint(28, 35)}")),
    "aligner_step": lambda r: f"第{r.randint(2, 45)}副",
    "room": lambda r: r.choice((f"{r.randint(1, 8)}号诊室", f"{r.randint(1, 12)}号椅位", f"{r.randint(2, 5)}楼视光中心", f"{r.randint(1, 4)}号验光室")),
    "order_no": lambda r: r.choice((f"YJ2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 4)}", f"PJ{_digits(r, 10)}",
                                    f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 6)}")),
    "record_no": lambda r: r.choice((f"BL{_digits(r, 8)}", f"MZ{_digits(r, 10)}", f"{r.randint(1, 9)}{_digits(r, 6)}")),
    "tracking_no": lambda r: r.choice((f"SF{r.randint(1, 9)}{_digits(r, 12)}", f"YT{r.randint(1, 9)}{_digits(r, 12)}", f"JDX0{_digits(r, 11)}",
                                       f"7{_digits(r, 11)}")),
    "invoice_no": lambda r: r.choice((f"2433{r.choice(('2000', '1000', '5100'))}{_digits(r, 12)}", f"{r.choice('0123')}{_digits(r, 7)}")),
    "hotline": lambda r: r.choice(("95522", "95519", "95511", "95500", "12320", f"400-{r.randint(100, 999)}-{_digits(r, 4)}",
                                   f"400{r.randint(1, 9)}{_digits(r, 6)}", f"800-{_digits(r, 3)}-{_digits(r, 4)}")),
    "verify_code": lambda r: r.choice((_digits(r, 6), _digits(r, 4))),
    "pickup_code": lambda r: r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(1000, 9999)}")),
    "masked": lambda r: r.choice((f"{r.choice(MOBILE_PRE)}****{_digits(r, 4)}", f"{r.choice(MOBILE_PRE)}{_digits(r, 1)}***{_digits(r, 4)}",
                                  f"{r.choice(CITIES)[4][0]}********{_digits(r, 3)}{r.choice('0123456789X')}", f"6228 **** **** {_digits(r, 4)}")),
    "tail_digits": lambda r: _digits(r, 4),
    "member_no": lambda r: r.choice((f"VIP{_digits(r, 6)}", f"8801{_digits(r, 4)}", f"HY{_digits(r, 7)}")),
    "model_no": lambda r: r.choice((f"TR90-{r.randint(1000, 9999)}", f"钻晶A{r.randint(3, 6)}", f"1.{r.choice(('56', '60', '67', '74'))}",
                                    f"BL{r.randint(1000, 9999)}", f"SL-{r.randint(30, 80)}", f"H{r.randint(10, 99)}{r.choice('ABC')}")),
    "postal_code": lambda r: r.choice(("310012", "310013", "200030", "201102", "215006", "210008", "610041", "315100", "311100")),
    "place_only": lambda r: r.choice(("文三路店", "滨江店", "徐汇店", "莘庄店", "春熙路店", "园区店", "新街口店", "鄞州万达店",
                                      "西湖区", "浦东", "闵行那边", "姑苏区", "江宁", "武侯区", "城西银泰", "古墩路")),
    "age": lambda r: r.choice((f"{r.randint(4, 15)}岁", f"{r.randint(4, 12)}周岁", f"{r.randint(6, 14)}岁半")),
    "age_old": lambda r: r.choice((f"{r.randint(60, 88)}岁", f"{r.choice('六七八')}十多岁", f"{r.randint(60, 88)}")),
    "bad_card": lambda r: _bad_luhn(r, r.choice((16, 19))),
    "bad_id": _bad_id,
    "quantity": lambda r: r.choice((f"{r.randint(2, 6)}盒", f"{r.choice((30, 90, 6, 10))}片", f"{r.randint(2, 3)}副")),
}

# --------------------------------------------------------------------------- templates
# {kind} = personal value, {n_xxx} = near-miss of kind xxx

PII_TEMPLATES = (
    # --- booking / patient file
    "您好，我想给孩子约个牙齿检查，家长电话{mobile}",
    "{mobile} 这是我手机号，预约{n_date}{n_time}洗牙",
    "就诊人身份证：{id_card}\n联系电话：{mobile}",
    "身份证{id_card}，手机{mobile}，麻烦帮我建个档",
    "孩子身份证号 {id_card} ，{n_age}，想做个早期矫正评估",
    "我妈{n_age_old}了不会用微信，有事打她家里座机{landline}",
    "家里电话{landline}，白天没人，最好打我手机{mobile}",
    "好的 已登记 预约{n_date}{n_time}，到时候短信会发到{mobile}这个号码",
    "你好 我上次留的号码{mobile}停机了，换成{mobile}",
    "麻烦改一下联系方式 新号码是{mobile}",
    "预约人手机 {mobile}\n预约项目：验光配镜\n时间：{n_date}",
    "{mobile}",
    "打{mobile}找我就行",
    "号码{mobile}，名字写孩子妈妈",
    "您好，请问是尾号不对吗？我的手机是{mobile}啊",
    "手机号一三八的那个不用了，现在用{mobile}",
    "我爸的手机{mobile}，他耳朵不好，打电话大声点😂",
    "我的电话{mobile} 身份证{id_card} 医保卡没带可以吗",
    "老人身份证{id_card}\n陪同家属电话{mobile}",
    "您好，种植牙建档需要身份证号，我的是{id_card}",
    "身份证号码是{id_card}吗？我核对一下您发的",
    "{id_card} 这是我女儿的，她{n_age}",
    "宝宝的身份证{id_card}，户口本上的",
    # --- ortho follow up
    "医生您好，我{aligner_msg}",
    "矫正复诊约{n_date}，有变化打我电话{mobile}，谢谢",
    "牙套快递寄到{address}，收件电话{mobile}",
    "新的牙套寄这里：{address} {mobile}",
    "地址：{address}\n电话：{mobile}",
    "收货地址改一下，{address}，别寄公司了",
    "寄到 {address}（门口快递柜就行）",
    "{address}，电话{mobile}，保持器做好了寄过来就行",
    "我搬家了 新地址{address}",
    "你好，我眼镜做好了能不能直接寄，地址是{address}",
    "{address} 这是我家地址，OK镜护理液也一起寄吧",
    "收件人：孩子爸爸 {mobile}\n{address}",
    "寄{address}，电话写{landline}也可以",
    "我住{address}，离你们滨江店近还是西湖店近？",
    "老人住在{address}，能上门吗？不能的话我们周末带过去",
    "公司地址{address}，工作日白天都在",
    # --- glasses / contact lenses orders
    "隐形眼镜再订{n_quantity}，寄{address}，手机{mobile}",
    "眼镜到了打{mobile}，我下班过来拿",
    "取镜的时候打我电话 {mobile} 谢谢啦🙏",
    "您好 {n_date}配的眼镜到了吗？我手机{mobile}",
    "验光单拍给您了，联系电话{mobile}，框架就选刚刚那副",
    # --- insurance / refunds / invoices
    "发票麻烦开到邮箱 {email}",
    "电子发票发{email}，抬头个人就行",
    "邮箱：{email}\n发票抬头：个人",
    "{email} 这个邮箱，理赔要用发票和病历",
    "能把检查报告发我邮箱吗 {email}",
    "邮箱写错了，应该是{email}",
    "我的邮箱是{email}，报销单据都发这里吧，谢谢",
    "退款退到这张卡{bank_card}，农行的",
    "卡号{bank_card}，开户行是建行杭州分行",
    "银行卡：{bank_card}\n持卡人：本人\n身份证：{id_card}",
    "理赔资料：身份证{id_card}，收款卡号{bank_card}，电话{mobile}",
    "{bank_card} 这个是我的工资卡，退款打这里",
    "刷的信用卡是{bank_card}，分{n_installment}",
    "麻烦核对下退款卡号 {bank_card} 对吗",
    "退费{n_price}，原路退回不了的话退到{bank_card}",
    "用我老公的卡{bank_card}付的，退款也退这张",
    "商保直付需要被保险人身份证{id_card}和银行卡{bank_card}",
    "分期要绑卡，卡号{bank_card}，预留手机{mobile}",
    # --- wechat / qq
    "加我微信{wechat}，片子发你",
    "我微信号是{wechat}，手机号搜不到",
    "微信号：{wechat} 拉我进诊所群",
    "孩子妈妈的微信{wechat}，麻烦一起拉进群",
    "{wechat} 这是我老婆的微信，以后预约找她",
    "vx {wechat}",
    "你加一下我爸微信 {wechat}，他问种牙的事",
    "CT片子太大微信发不了，QQ发我吧 {qq}",
    "QQ：{qq}",
    "我QQ号{qq}，邮箱就是QQ邮箱",
    "扣扣{qq} 加一下，传文件方便",
    "报告用QQ传吧，{qq}，谢谢医生",
    "家长QQ{qq}，微信不常看",
    "q号{qq}，你们那个口扫的视频发这里",
    "{qq}是我QQ，文件太大就发QQ邮箱",
    "我儿子QQ {qq}，他住校，复诊提醒也发他一份",
    "QQ号码：{qq}\n手机：{mobile}",
    "老师，片子我已经用QQ发了，我的是{qq}，您查收下",
    "不用微信，加QQ吧：{qq}",
    "您好 麻烦加下我们视光中心QQ？我的{qq}",
    "企业微信加不上，我QQ{qq}，或者打{mobile}",
    "微信：{wechat}\nQQ：{qq}",
    "我微信{wechat}，换手机了，之前那个不用了",
    # --- parking
    "我开车过来，车牌{plate}，停车能免费吗",
    "车牌号{plate}，麻烦登记一下停车",
    "{plate} 这是我的车，停在B2了",
    "帮忙把{plate}登记到免费停车，谢谢",
    "停车券能用吗，车牌 {plate}",
    "医生 车牌是{plate}，我到楼下了，在排队进地库",
    "我爸开的车{plate}，他{n_time}到",
    "今天换了辆车{plate}，之前登记的不是这个",
    # --- landline
    "诊所那边打我办公室电话{landline}就行",
    "座机{landline}，上班时间都在",
    "单位电话{landline}，手机{mobile}",
    "{landline} 家里的，找我妈",
    "我是老年人 手机不会用 打家里电话{landline}",
    "打{landline}找我，工作日九点到五点",
    "公司前台电话{landline}，报我名字就行",
    # --- multi / mixed
    "建档信息：\n身份证号：{id_card}\n手机：{mobile}\n地址：{address}",
    "孩子信息 身份证{id_card} 家长手机{mobile} 家庭住址{address}",
    "联系方式：{mobile}，微信同号；邮箱{email}",
    "电话{mobile}  微信{wechat}  都能找到我",
    "报销材料发{email}，有问题打{landline}",
    "收件地址{address}，电话{mobile}，备用{landline}",
    "老人信息：{id_card}，{address}，子女电话{mobile}",
    "车牌{plate}，手机{mobile}，我大概{n_time}到",
    "麻烦你们开发票，抬头个人，邮箱{email}，手机{mobile}",
    "退款信息\n卡号：{bank_card}\n开户行：工行\n手机：{mobile}",
    # --- staff messages
    "您好，请问您留的号码是{mobile}吗？打过去一直没人接",
    "已为您预约{n_date}{n_time}，如需改约请致电我们或者回复这里。您登记的手机{mobile}",
    "您好，您的眼镜已寄出，收件地址{address}，单号{n_tracking_no}",
    "核对一下收件信息：{address}，{mobile}，对吗？",
    "您邮箱{email}收到发票了吗？没收到我重发一下",
    "提醒：{n_date}复诊，预约手机{mobile}，请勿迟到哦😊",
    "您的停车登记好了，车牌{plate}，出口自动抬杆",
    "已收到退款卡号{bank_card}，财务{n_date}前处理",
    "您好，这边是XX口腔{n_place_only}，您预约的人手机号是{mobile}对吧？",
    "好的 家长微信{wechat}已拉进群了",
    "身份证号{id_card}最后一位是X吗？系统里显示的不一样",
    "宝妈您好，孩子档案里的电话是{mobile}，需要改吗",
)

ALIGNER_MSG = (
    "换到{n_aligner_step}了，有点紧，电话{mobile}",
    "是{n_aligner_step}牙套，寄到{address}",
)

NEAR_TEMPLATES = (
    "您好，{n_date}{n_time}可以吗？",
    "预约好了，{n_date}{n_time}，{n_room}",
    "洗牙{n_price}，医保不能用哦",
    "隐形矫正全程{n_price}，可以分{n_installment}，免息",
    "分{n_installment}的话{n_installment}",
    "{n_tooth}那颗要做根管，费用{n_price}左右",
    "医生说{n_tooth}和{n_tooth}有龋齿，{n_date}过来补",
    "左眼{n_refraction}，右眼{n_refraction}，散光{n_refraction}轴位{n_axis}",
    "验光结果 R:{n_refraction} L:{n_refraction} 瞳距{n_pupil_distance}",
    "瞳距{n_pupil_distance}，镜片选{n_model_no}的",
    "孩子现在近视{n_refraction}，比半年前涨了{n_refraction}",
    "这次换{n_aligner_step}，{n_date}再来复诊",
    "今天戴到{n_aligner_step}了，感觉门牙有点松正常吗",
    "订单号{n_order_no}，请问眼镜做好了吗",
    "{n_order_no} 这个订单能退吗",
    "快递单号{n_tracking_no}，预计{n_date}到",
    "已发顺丰 {n_tracking_no}",
    "病历号{n_record_no}，麻烦帮我打一下上次的病历",
    "我的就诊卡号是{n_record_no}",
    "发票号码{n_invoice_no}，开票金额{n_price}",
    "理赔电话是{n_hotline}吗？我打过去说要发票原件",
    "保险公司客服{n_hotline}，他们说要诊断证明",
    "有问题可以打我们总部热线{n_hotline}",
    "验证码{n_verify_code}，是这个吗",
    "刚收到的码{n_verify_code}",
    "快递柜取件码{n_pickup_code}，我帮你取了",
    "我看了下系统，您登记的是{n_masked}对吗",
    "卡号尾号{n_tail_digits}的那张",
    "尾号{n_tail_digits}的手机收到短信没",
    "会员卡号{n_member_no}，积分能抵多少",
    "{n_member_no}这个会员卡还能用吗",
    "镜框型号{n_model_no}，有没有黑色的",
    "镜片用的{n_model_no}，{n_price}一副",
    "邮编{n_postal_code}要写吗",
    "我在{n_place_only}附近，哪家店近一点",
    "{n_place_only}今天开门吗？",
    "{n_place_only}那家周末人多吗",
    "孩子{n_age}，可以做OK镜吗",
    "我妈{n_age_old}了，做种植牙风险大吗",
    "日抛的拿{n_quantity}，月抛{n_quantity}",
    "护理液来{n_quantity}",
    "支付交易单号{n_bad_card}，显示扣款成功了",
    "商户单号：{n_bad_card}\n金额：{n_price}",
    "这是银行流水号{n_bad_card}，你们财务查一下",
    "保险报案号{n_bad_id}，您查收",
    "理赔案件号：{n_bad_id}，材料已提交",
    "医保结算单号{n_bad_id}",
    "今天{n_time}之前能到，堵车了🥲",
    "好的好的，谢谢医生！{n_date}见",
    "收到，{n_price}已付",
    "定金{n_price}，尾款{n_price}",
    "复查定在{n_date}，记得带上{n_aligner_step}的牙套",
    "{n_date}{n_time}{n_room}，李医生",
    "我们{n_place_only}{n_date}店休，您改到{n_date}可以吗",
    "拍片{n_price}，检查{n_price}，一共{n_price}",
    "请问{n_tooth}能不能保留？",
    "牙位{n_tooth}，种植体用的{n_model_no}",
    "眼镜{n_order_no}已经到店了，{n_room}取",
    "您好，订单{n_order_no}已发货，单号{n_tracking_no}",
    "{n_date}的号满了，最早{n_date}",
    "老师 {n_time}的可以改到{n_time}吗",
    "儿童医保每年报{n_price}，超了自费",
    "@前台 {n_date}{n_time}还有号吗",
    "【群公告】{n_place_only}{n_date}起营业时间调整为{n_time}-{n_time}",
    "孩子散光{n_refraction}，轴位{n_axis}，需要配吗",
    "度数{n_refraction}，不高，先不戴也行",
    "验证码是{n_verify_code}，5分钟有效",
    "上次的发票{n_invoice_no}丢了能补吗",
    "取件码{n_pickup_code}",
    "他们说{n_hotline}转人工要等很久",
)


def _weighted(rng, table):
    tot = sum(w for _, w in table)
    x = rng.uniform(0, tot)
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


MARK = re.compile(r"\{(\w+)\}")


def _expand(tpl: str, rng: random.Random) -> str:
    if "{aligner_msg}" in tpl:
        tpl = tpl.replace("{aligner_msg}", rng.choice(ALIGNER_MSG))
    return tpl


def _render(tpl: str, rng: random.Random, force: tuple | None = None):
    tpl = _expand(tpl, rng)
    parts = MARK.split(tpl)
    text, ents, fmts, nms = "", [], [], []
    forced_done = False
    child = "孩子" in tpl or "宝宝" in tpl or "女儿" in tpl
    for i, p in enumerate(parts):
        if i % 2 == 0:
            text += p
            continue
        if p.startswith("n_"):
            v = NEAR[p[2:]](rng)
            nms.append((p[2:].replace("age_old", "age"), len(text), len(text) + len(v)))
            text += v
            continue
        if force and force[0] == p and not forced_done:
            fmt = force[1]
            forced_done = True
        else:
            fmt = _weighted(rng, FMTS[p])
        if p == "id_card":
            pre, v, post = g_id_card(rng, fmt, child)
        else:
            pre, v, post = GEN[p](rng, fmt)
        text += pre
        ents.append((p, len(text), len(text) + len(v)))
        fmts.append(fmt)
        text += v + post
    return text, ents, fmts, nms


def _kinds_of(tpl):
    s = tpl + "".join(ALIGNER_MSG) if "{aligner_msg}" in tpl else tpl
    return [k for k in MARK.findall(s) if not k.startswith("n_")]


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []

    def add(tid, tpl, force=None):
        text, ents, fmts, nms = _render(tpl, rng, force)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nms, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    # forced pass: each format 4x in 4 distinct templates (template must hold the kind directly)
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for fmt, _ in FMTS[kind]:
            for i in rng.sample(cands, FORCE_PER_FMT):
                add(f"p{i}", PII_TEMPLATES[i], (kind, fmt))
    while len(rows) < N_PII_ROWS:
        i = rng.randrange(len(PII_TEMPLATES))
        add(f"p{i}", PII_TEMPLATES[i])
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_TEMPLATES))
        add(f"n{i}", NEAR_TEMPLATES[i])
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        m2 = [meta[i] for i in order]
        meta[:] = m2
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind63_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道", "苑", "园", "城", "邨")
_ADDR_END = re.compile(r"(号|栋|幢|单元|室|层|楼|\d)$")


def _valid(kind: str, v: str, fmt: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in MOBILE_PRE
    if kind == "landline":
        return bool(re.fullmatch(r"(0\d{2,3})?[2-8]\d{7}", n))
    if kind == "id_card":
        return _id_ok(n) and 1940 <= int(n[6:10]) <= 2024 and n[:2] in ("11", "31", "32", "33", "34", "36",
                                                                          "37", "41", "42", "43", "51", "44")
    if kind == "bank_card":
        return _luhn_ok(n) and len(n) in (16, 19)
    if kind == "email":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{5,10}", v))
    if kind == "wechat":
        return bool(re.fullmatch(r"[a-zA-Z][a-zA-Z0-9_\-]{5,19}", v))
    if kind == "plate":
        return bool(re.fullmatch(r"[沪浙苏川京粤][A-Z][·\s]?[A-Z0-9]{5,6}", v))
    if kind == "address":
        return bool(_ADDR_END.search(v)) and len(v) >= 6
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid(k, v, f), (k, f, v, text)
            if s > 0 and k in ("mobile", "qq", "bank_card", "id_card", "landline") \
                    and not text[:s].endswith(("+86", "0086")):
                assert not text[s - 1].isdigit(), (k, text)
            if e < len(text) and k in ("mobile", "qq", "bank_card", "landline", "id_card"):
                assert not text[e].isdigit(), (k, text)
            n_ent += 1
        for k, s, e in ns:
            v = text[s:e]
            assert v and v == v.strip(), (k, text)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
        # no unlabelled valid-looking mobile / ID / card outside spans
        covered = [False] * len(text)
        for _, s, e in list(es) + list(ns):
            for j in range(s, e):
                covered[j] = True
        for m in re.finditer(r"\d{11,19}", text):
            if not any(covered[m.start():m.end()]):
                raise AssertionError(("unlabelled digits", text))
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
    assert df.equals(make_blind63_corpus())  # deterministic
    assert df.equals(make_blind63_corpus())
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
    declared = [f"{k}/{f}" for k in KINDS for f, _ in FMTS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Blind PII corpus no. 79 (``split == "blind79"``): a community health service centre's WeCom archive.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十六位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only).  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other corpus or test, nor any git history; it never imported
``toolkit`` and never ran a masking / finding function on this data.  Chat
contexts come from the writer's own idea of such archives.

What is different here: THEME.  An ordinary day of WeCom 1:1 and per-estate
group chats of a community health service centre (社区卫生服务中心): family
doctors and nurses with residents, older residents and their children.
Family-doctor contracts (家庭医生签约), vaccination appointments (flu, HPV,
shingles, pneumonia, children's schedule), chronic-disease follow-ups
(hypertension, diabetes), free check-ups for residents over 65 with ID numbers
and home addresses, home visits (上门随访 / 上门抽血), refunds and subsidies to
bank cards, the centre's own landlines, parking for the car bringing an old
parent.  Average messages, not hard cases.

Near-misses are what such an archive is full of: blood pressure / glucose /
HbA1c / weight readings, drug doses, dates and times, ages, amounts, vaccine
batch numbers, appointment and queue numbers, the 12320 / 12345 / 120 / 400
hotlines, masked numbers (138****5678), "尾号" tails, verification codes,
payment serial numbers of card length failing Luhn, check-up barcodes of ID
shape failing the check digit, invoice numbers, postal codes, places without
house numbers (an estate, a road, a service station), clinic rooms inside the
centre, counts of people, mini-program links.

Seed
----
``SEED = "blind79-社区卫生-第八十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID-card check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each format
is first forced ``FORCE_PER_FMT`` times into different templates holding a
marker of its kind, then rows draw formats by weight.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; no names), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` (``"blind79"``).
Spans hold the value only: cue words, ``+86`` / ``0086`` prefixes and landline
extensions (转806, 分机806, -806) are outside; spaces / dashes inside a value are
inside.  An address runs from its first place unit to its last house-level
unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / bare room number or 3-2-1502).

Counts (``python tests/privacy/pii_blind79.py``)
------------------------------------------------
rows=1540 pii_rows=880 near_rows=660 entities=1342
  mobile      362
  address     251
  id_card     164
  landline    129
  email       113
  wechat       92
  bank_card    91
  plate        75
  qq           65
near-miss spans=1312 (1110 in near-miss rows) kinds=25
  vaccine 172, date 164, metric 113, time 95, station 86, amount 83, hotline 64, bp 55, age 50, place_only 49, count 44, child_age 36, queue_no 35, masked_id 33, masked 30, url 24, dose 23, tail 22, appt_no 22, pay_serial 21, code 20, postal_code 20, invoice_no 19, batch_no 17, barcode 15
formats=43 distinct, each used >= 4 times in >= 3 templates:
address/city_start 22 (tpl 16), address/district_start 22 (tpl 14), address/estate_dash 30 (tpl 20), address/estate_room 77 (tpl 30),
address/full_prov 37 (tpl 23), address/road_building 16 (tpl 14), address/road_no 30 (tpl 19), address/village
17 (tpl 15), bank_card/domestic95_19 13 (tpl 7), bank_card/space_4444 14 (tpl 8), bank_card/space_4_4_4_4_3 13
(tpl 8), bank_card/unionpay16_plain 10 (tpl 7), bank_card/unionpay19_plain 33 (tpl 11),
bank_card/visa_mc16_plain 8 (tpl 7), email/dot_name 16 (tpl 9), email/pinyin_year 32 (tpl 12), email/qq_digits
45 (tpl 11), email/word_underscore 20 (tpl 10), id_card/lower_x 17 (tpl 15), id_card/plain 114 (tpl 20),
id_card/plain_x 20 (tpl 14), id_card/space_6_8_4 13 (tpl 10), landline/dash_area 53 (tpl 14),
landline/dash_area_ext 14 (tpl 10), landline/paren_area 14 (tpl 9), landline/paren_cn_area 16 (tpl 12),
landline/plain_area 19 (tpl 13), landline/space_area 13 (tpl 10), mobile/dash_344 39 (tpl 26),
mobile/fullwidth 12 (tpl 10), mobile/plain 217 (tpl 40), mobile/plus86_plain 25 (tpl 19), mobile/space_344 69
(tpl 30), plate/middle_dot 12 (tpl 9), plate/new_energy 11 (tpl 5), plate/plain 39 (tpl 10), plate/space 13
(tpl 9), qq/digits_5_8 29 (tpl 8), qq/digits_9_10 36 (tpl 8), wechat/dash_caps 16 (tpl 9),
wechat/letters_digits 38 (tpl 12), wechat/underscore 24 (tpl 12), wechat/wxid 14 (tpl 8)
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind79-社区卫生-第八十六位写手"
SPLIT = "blind79"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 880
N_NEAR_ROWS = 660

# ----------------------------------------------------------------------------- value helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(s: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(s)):
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
    return re.sub(r"[\s\-·.()（）]", "", unicodedata.normalize("NFKC", s))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


AREA_IDS = ("330106", "330105", "330102", "320106", "320102", "510104", "510107", "420106", "420102",
            "310104", "310115", "110105", "110108", "440106", "440305", "320508", "330212", "370102",
            "430104", "350203", "330382", "340104", "410105", "610113")


def _id_value(r: random.Random, want_x: bool | None = None, age: str | None = None) -> str:
    while True:
        age = age or r.choice(("old", "old", "old", "adult", "adult", "child"))
        y = {"old": r.randint(1936, 1961), "adult": r.randint(1968, 1998), "child": r.randint(2012, 2024)}[age]
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = f"{r.choice(AREA_IDS)}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        s = s17 + _id_check(s17)
        if want_x is None or (s[-1] == "X") == want_x:
            return s


MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
                   "185", "186", "187", "188", "189", "191", "198", "199", "147", "178", "195")


def _mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + _digits(r, 8)


AREA_CODES = (("0571", 8), ("025", 8), ("028", 8), ("027", 8), ("021", 8), ("010", 8), ("020", 8),
              ("0512", 8), ("0574", 8), ("0755", 8), ("0531", 8), ("0731", 8), ("0592", 7), ("0577", 8),
              ("0551", 8), ("0371", 8), ("029", 8))


def _landline(r: random.Random) -> tuple[str, str]:
    code, n = r.choice(AREA_CODES)
    return code, r.choice("2345678") + _digits(r, n - 1)


def _card(r: random.Random, bin_: str, length: int) -> str:
    body = bin_ + _digits(r, length - len(bin_) - 1)
    return body + _luhn_digit(body)


BINS19 = ("622848", "621700", "622202", "621799", "623668", "621661", "622908", "621226", "622208", "621483")
BINS16 = ("622588", "625965", "622155", "628288", "622575", "625802")
BINS95 = ("955880", "955990", "955590")
BINS_VISA = ("427020", "438088", "404117", "427571")
BINS_MC = ("518710", "524047", "552599", "512431")

QQ_MAIL = ("qq.com",)
MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "yeah.net")
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
          "gao", "lin", "he", "guo", "ma", "luo", "shen", "ye", "jiang", "qian")
GIVEN = ("li", "hua", "min", "jun", "fang", "yan", "ping", "lei", "qing", "xiaoyu", "jianguo", "meiling", "wei",
         "hong", "yun", "ting", "hao", "xin", "lan", "dong", "bo", "juan")
WORDS = ("sunny", "happy", "lucky", "tiger", "panda", "river", "apple", "maple", "xiaomao", "mumu", "doudou",
         "ahua", "laoli", "fengye", "yueliang", "baobao", "qiqi")

PLATE_PROV = (("浙", "ABCDFGHJ"), ("苏", "AEB"), ("川", "A"), ("鄂", "A"), ("沪", "ABDN"), ("京", "ENPQ"),
              ("粤", "AB"), ("鲁", "A"), ("湘", "A"), ("闽", "D"), ("皖", "A"), ("豫", "A"), ("陕", "A"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "" for municipalities, city, district, streets, roads, estates, towns+villages)
REGIONS = (
    ("浙江省", "杭州市", "拱墅区", ("米市巷街道", "湖墅街道", "大关街道"), ("莫干山路", "湖墅南路", "大关路", "上塘路"),
     ("大关西苑", "德胜新村", "湖墅嘉园", "左家新村"), ("康桥街道", ("谢村", "康桥村"))),
    ("浙江省", "杭州市", "西湖区", ("文新街道", "翠苑街道", "古荡街道"), ("文三路", "古墩路", "文一西路", "学院路"),
     ("翠苑一区", "嘉绿苑", "文鼎苑", "益乐新村"), ("三墩镇", ("绕城村", "庙前村"))),
    ("江苏省", "南京市", "鼓楼区", ("湖南路街道", "宁海路街道"), ("中山北路", "北京西路", "江东北路"),
     ("龙江小区", "阳光广场小区", "清江花苑"), ("", ())),
    ("江苏省", "苏州市", "姑苏区", ("双塔街道", "平江街道"), ("人民路", "干将东路", "十全街"),
     ("南环新村", "三元一村", "金阊新城"), ("", ())),
    ("四川省", "成都市", "武侯区", ("玉林街道", "红牌楼街道"), ("玉林南路", "武侯祠大街", "科华北路"),
     ("玉林小区", "棕北小区", "锦绣花园"), ("金花桥街道", ("江安村",))),
    ("湖北省", "武汉市", "江汉区", ("万松街道", "唐家墩街道"), ("建设大道", "新华路", "青年路"),
     ("万松园小区", "常青花园", "新华家园"), ("", ())),
    ("", "上海市", "徐汇区", ("田林街道", "康健新村街道"), ("田林路", "桂林路", "漕溪北路"),
     ("田林十二村", "康健小区", "桂林苑"), ("", ())),
    ("", "北京市", "海淀区", ("北太平庄街道", "学院路街道"), ("知春路", "学清路", "志新路"),
     ("志新村小区", "知春里", "塔院小区"), ("", ())),
    ("浙江省", "宁波市", "鄞州区", ("百丈街道", "东柳街道"), ("中山东路", "百丈路", "惊驾路"),
     ("东柳坊", "华光城", "百丈东区"), ("姜山镇", ("陈家团村", "走马塘村"))),
    ("山东省", "济南市", "历下区", ("泉城路街道", "甸柳新村街道"), ("解放路", "和平路", "文化东路"),
     ("甸柳一区", "燕子山小区", "和平新村"), ("", ())),
    ("安徽省", "合肥市", "蜀山区", ("三里庵街道", "稻香村街道"), ("长江西路", "潜山路", "黄山路"),
     ("琥珀山庄", "稻香村小区", "西园新村"), ("南岗镇", ("南岗村",))),
)

BUILD = ("栋", "幢", "号楼")


def _room(r: random.Random) -> str:
    return f"{r.randint(1, 18)}{r.randint(1, 4):02d}"


def _address(r: random.Random, fmt: str) -> str:
    regs = [g for g in REGIONS if g[6][1]] if fmt == "village" else list(REGIONS)
    prov, city, dist, streets, roads, estates, (town, villages) = r.choice(regs)
    road = r.choice(roads)
    est = r.choice(estates)
    b = f"{r.randint(1, 36)}{r.choice(BUILD)}"
    u = f"{r.randint(1, 4)}单元"
    room = _room(r)
    no = f"{r.randint(1, 399)}号"
    if fmt == "full_prov":
        if not prov:
            return f"{city}{dist}{road}{no}{est}{b}{u}{room}室"
        return f"{prov}{city}{dist}{road}{no}{est}{b}{u}{room}室"
    if fmt == "city_start":
        return f"{city}{dist}{est}{b}{u}{room}室"
    if fmt == "district_start":
        return f"{dist}{r.choice(streets)}{est}{b}{room}室"
    if fmt == "estate_room":
        return f"{est}{r.randint(1, 36)}{r.choice(('栋', '幢'))}{u}{room}"
    if fmt == "estate_dash":
        return f"{est}{r.randint(1, 36)}-{r.randint(1, 4)}-{room}"
    if fmt == "village":
        return f"{town}{r.choice(villages)}{r.randint(1, 12)}组{r.randint(1, 99)}号"
    if fmt == "road_no":
        return f"{road}{no}"
    if fmt == "road_building":
        return f"{road}{no}{r.randint(1, 12)}{r.choice(('栋', '幢'))}{room}"
    raise ValueError(fmt)


def _wechat(r: random.Random, fmt: str) -> str:
    if fmt == "letters_digits":
        return r.choice(PINYIN) + r.choice(GIVEN) + str(r.choice((r.randint(1950, 2005), r.randint(1, 999))))
    if fmt == "underscore":
        return r.choice(WORDS) + "_" + r.choice(PINYIN) + str(r.randint(1, 99))
    if fmt == "wxid":
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    if fmt == "dash_caps":
        return r.choice(("Lily", "Amy", "Tom", "Jack", "Coco", "Vivian", "Echo", "Kevin")) + "-" + str(r.randint(1960, 2019))
    raise ValueError(fmt)


def _email(r: random.Random, fmt: str) -> str:
    if fmt == "qq_digits":
        return f"{r.randint(10000, 3999999999)}@qq.com"
    if fmt == "pinyin_year":
        return f"{r.choice(PINYIN)}{r.choice(GIVEN)}{r.randint(1955, 2000)}@{r.choice(MAIL_DOMAINS)}"
    if fmt == "dot_name":
        return f"{r.choice(GIVEN)}.{r.choice(PINYIN)}@{r.choice(MAIL_DOMAINS)}"
    if fmt == "word_underscore":
        return f"{r.choice(WORDS)}_{r.randint(1, 999)}@{r.choice(MAIL_DOMAINS)}"
    raise ValueError(fmt)


def _plate(r: random.Random, fmt: str) -> str:
    prov, lets = r.choice(PLATE_PROV)
    city = r.choice(lets)
    if fmt == "new_energy":
        return f"{prov}{city}{r.choice('DF')}{_digits(r, 5)}"
    tail = "".join(r.choice(PLATE_LET) if i in (0, 2) and r.random() < 0.35 else r.choice("0123456789")
                   for i in range(5))
    if fmt == "plain":
        return f"{prov}{city}{tail}"
    if fmt == "middle_dot":
        return f"{prov}{city}·{tail}"
    if fmt == "space":
        return f"{prov}{city} {tail}"
    raise ValueError(fmt)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


# Each format: (name, weight, fn(r) -> (prefix_outside, value, suffix_outside))
def _m(f):
    return f


FMTS = {
    "mobile": (
        ("plain", 10, lambda r: ("", _mobile(r), "")),
        ("space_344", 3, lambda r: (lambda m: ("", f"{m[:3]} {m[3:7]} {m[7:]}", ""))(_mobile(r))),
        ("dash_344", 2, lambda r: (lambda m: ("", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""))(_mobile(r))),
        ("plus86_plain", 1, lambda r: (r.choice(("+86 ", "+86", "+86-")), _mobile(r), "")),
        ("fullwidth", 0.4, lambda r: ("", _fw(_mobile(r)), "")),
    ),
    "landline": (
        ("dash_area", 8, lambda r: (lambda c, n: ("", f"{c}-{n}", ""))(*_landline(r))),
        ("paren_area", 2, lambda r: (lambda c, n: ("", f"({c}){n}", ""))(*_landline(r))),
        ("paren_cn_area", 2, lambda r: (lambda c, n: ("", f"（{c}）{n}", ""))(*_landline(r))),
        ("plain_area", 3, lambda r: (lambda c, n: ("", f"{c}{n}", ""))(*_landline(r))),
        ("space_area", 2, lambda r: (lambda c, n: ("", f"{c} {n}", ""))(*_landline(r))),
        ("dash_area_ext", 2, lambda r: (lambda c, n: ("", f"{c}-{n}", r.choice(("转", "分机", "转分机", "-")) + str(r.randint(800, 8899))))(*_landline(r))),
    ),
    "id_card": (
        ("plain", 10, lambda r: ("", _id_value(r, False), "")),
        ("plain_x", 2, lambda r: ("", _id_value(r, True), "")),
        ("lower_x", 1, lambda r: ("", _id_value(r, True).lower(), "")),
        ("space_6_8_4", 1, lambda r: (lambda s: ("", f"{s[:6]} {s[6:14]} {s[14:]}", ""))(_id_value(r))),
    ),
    "bank_card": (
        ("unionpay19_plain", 8, lambda r: ("", _card(r, r.choice(BINS19), 19), "")),
        ("unionpay16_plain", 2, lambda r: ("", _card(r, r.choice(BINS16), 16), "")),
        ("space_4444", 3, lambda r: (lambda c: ("", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""))(_card(r, r.choice(BINS16 + BINS_VISA + BINS_MC), 16))),
        ("space_4_4_4_4_3", 3, lambda r: (lambda c: ("", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""))(_card(r, r.choice(BINS19), 19))),
        ("domestic95_19", 2, lambda r: ("", _card(r, r.choice(BINS95), 19), "")),
        ("visa_mc16_plain", 1, lambda r: ("", _card(r, r.choice(BINS_VISA + BINS_MC), 16), "")),
    ),
    "qq": (
        ("digits_5_8", 3, lambda r: ("", str(r.randint(10000, 99999999)), "")),
        ("digits_9_10", 5, lambda r: ("", str(r.randint(100000000, 3999999999)), "")),
    ),
    "wechat": tuple((f, w, (lambda f: lambda r: ("", _wechat(r, f), ""))(f))
                    for f, w in (("letters_digits", 5), ("underscore", 3), ("wxid", 2), ("dash_caps", 2))),
    "email": tuple((f, w, (lambda f: lambda r: ("", _email(r, f), ""))(f))
                   for f, w in (("qq_digits", 5), ("pinyin_year", 4), ("dot_name", 2), ("word_underscore", 2))),
    "plate": tuple((f, w, (lambda f: lambda r: ("", _plate(r, f), ""))(f))
                   for f, w in (("plain", 8), ("middle_dot", 2), ("space", 2), ("new_energy", 3))),
    "address": tuple((f, w, (lambda f: lambda r: ("", _address(r, f), ""))(f))
                     for f, w in (("full_prov", 3), ("city_start", 2), ("district_start", 2), ("estate_room", 5),
                                  ("estate_dash", 2), ("village", 1), ("road_no", 2), ("road_building", 1))),
}

# ----------------------------------------------------------------------------- near-miss generators


def _bad_card(r: random.Random) -> str:
    n = r.choice((16, 18, 19, 19))
    while True:
        s = r.choice("2345") + _digits(r, n - 1)
        if not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def _bad_id(r: random.Random) -> str:
    while True:
        s = _id_value(r)
        wrong = [c for c in "0123456789" if c != s[-1]]
        b = s[:17] + r.choice(wrong)
        if not _luhn_ok(b):
            return b


def _masked(r: random.Random) -> str:
    m = _mobile(r)
    return m[:3] + "****" + m[7:]


def _masked_id(r: random.Random) -> str:
    s = _id_value(r)
    return s[:4] + "*" * 10 + s[14:]


NEAR = {
    "date": lambda r: r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 12)}月{r.randint(1, 28)}号",
                                f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 12)}.{r.randint(1, 28)}",
                                f"2025年{r.randint(1, 12)}月{r.randint(1, 28)}日")),
    "time": lambda r: r.choice((f"{r.randint(7, 11)}:{r.choice(('00', '30', '15'))}", f"下午{r.choice('两三四')}点",
                                f"{r.randint(13, 16)}:{r.choice(('00', '30'))}", "8点半", f"上午{r.choice(('八', '九', '十'))}点")),
    "amount": lambda r: r.choice((f"{r.randint(2, 600)}元", f"¥{r.randint(10, 2000)}.{r.randint(0, 9)}0",
                                  f"{r.randint(5, 99)}块", f"{r.choice((120, 468, 1318, 2008, 698))}元")),
    "metric": lambda r: r.choice((f"血压{r.randint(118, 178)}/{r.randint(68, 105)}", f"{r.randint(118, 178)}/{r.randint(68, 105)}mmHg",
                                  f"空腹血糖{r.randint(5, 12)}.{r.randint(0, 9)}", f"糖化{r.randint(5, 9)}.{r.randint(0, 9)}%",
                                  f"体重{r.randint(45, 90)}.{r.randint(0, 9)}kg", f"心率{r.randint(58, 110)}",
                                  f"餐后两小时{r.randint(7, 16)}.{r.randint(0, 9)}", f"尿酸{r.randint(320, 560)}")),
    "bp": lambda r: r.choice((f"{r.randint(118, 178)}/{r.randint(68, 105)}", f"高压{r.randint(135, 180)}低压{r.randint(80, 105)}",
                              f"{r.randint(118, 178)}/{r.randint(68, 105)}mmHg")),
    "dose": lambda r: r.choice(("二甲双胍0.5g", "氨氯地平5mg", "阿司匹林100mg", "一天两次一次一片", "每晚1粒",
                                "胰岛素12个单位", "硝苯地平30mg", "每日3次")),
    "hotline": lambda r: r.choice(("12320", "12345", "120", "110", "400-820-8820", "400-6161-120", "800-820-5100", "95518")),
    "batch_no": lambda r: r.choice((f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.choice('ABC')}{r.randint(1, 99):03d}",
                                    f"J{r.randint(2023, 2025)}{_digits(r, 4)}", f"Y{_digits(r, 7)}")),
    "appt_no": lambda r: r.choice((f"YY{r.randint(2024, 2025)}{_digits(r, 8)}", f"JZ{_digits(r, 9)}", f"QY-{_digits(r, 6)}")),
    "queue_no": lambda r: r.choice((f"A{r.randint(1, 99):03d}", f"{r.randint(1, 60)}号", f"B{r.randint(1, 99):02d}")),
    "code": lambda r: _digits(r, r.choice((4, 6))),
    "pay_serial": _bad_card,
    "barcode": _bad_id,
    "masked": _masked,
    "masked_id": _masked_id,
    "tail": lambda r: _digits(r, 4),
    "age": lambda r: r.choice((f"{r.randint(60, 96)}岁", f"{r.randint(65, 90)}周岁", f"{r.randint(70, 95)}多岁")),
    "child_age": lambda r: r.choice((f"{r.randint(1, 11)}个月", f"{r.randint(2, 14)}岁", f"{r.randint(1, 6)}岁半")),
    "postal_code": lambda r: r.choice(("310012", "310011", "210008", "610041", "430022", "200233", "100083", "315040")),
    "invoice_no": lambda r: "2" + _digits(r, 19),
    "place_only": lambda r: r.choice(tuple(e for reg in REGIONS for e in reg[5]) + tuple(rd for reg in REGIONS for rd in reg[4][:1])),
    "station": lambda r: r.choice(("大关社区卫生服务站", "翠苑社区卫生服务站", "中心二楼预防接种门诊", "三楼全科诊室",
                                   "康桥卫生院", "社区老年活动室", "社区党群服务中心")),
    "count": lambda r: r.choice((f"{r.randint(12, 96)}位老人", f"{r.randint(3, 40)}个名额", f"{r.randint(20, 200)}人")),
    "url": lambda r: r.choice(("https://jkhz.hangzhou.gov.cn/yy", "https://wx.12320.cn/app", "http://m.jkzj.cn/yuyue")),
    "vaccine": lambda r: r.choice(("流感疫苗", "九价HPV", "四价流感", "带状疱疹疫苗", "23价肺炎", "百白破", "麻腮风", "乙肝疫苗第二针", "新冠加强针")),
}

# ----------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "王医生您好，我妈签家庭医生要填的资料发您：身份证{id_card}，住{address}，联系电话{mobile}",
    "{mobile} 这是我爸的手机，有事直接打他，他耳朵不太好，打不通就打我{mobile}",
    "老人身份证号{id_card}\n住址：{address}\n子女电话：{mobile}",
    "李护士，{n_vaccine}预约好了吗？我手机号{mobile}，{n_date}上午能来",
    "家庭医生签约登记\n身份证号码：{id_card}\n现住址：{address}\n本人电话：{mobile}\n紧急联系人：{mobile}",
    "上门随访地址是{address}，到了楼下打{mobile}，门铃坏了😅",
    "我们家座机{landline}，白天我妈一个人在家，手机她不会接",
    "有事可以打站里电话{landline}，{n_time}之前都有人",
    "医生您好，体检报告能发邮箱吗？{email}",
    "报告发我邮箱吧 {email} 谢谢医生🙏",
    "加我微信{wechat}，我把我爸的检查单拍给你",
    "我微信号是{wechat}，手机{mobile}，麻烦拉我进{n_place_only}居民群",
    "医生我QQ{qq}，电脑上看片子方便点",
    "QQ：{qq} 邮箱 {email}",
    "车牌{plate}，明天送老人来体检，中心门口能停吗",
    "我开车接我妈过来，车牌号是{plate}，麻烦跟门卫说一声",
    "{plate} 是我们家的车，停在中心后门了，挡路的话打{mobile}",
    "慢病补贴打到哪张卡？我的卡号{bank_card}",
    "银行卡号：{bank_card}\n开户行：农业银行{n_place_only}支行\n持卡人是我父亲本人",
    "护士你好，我是{address}的，我家老人高血压，{n_metric}，啥时候能上门",
    "张医生，我住{address}，腿脚不便能不能上门抽血",
    "地址：{address} 电话：{mobile}",
    "药寄到{address}，电话{mobile}，谢谢",
    "我的身份证是{id_card}，帮我查下新冠疫苗打了几针",
    "{id_card} 这是孩子的身份证号，想约{n_vaccine}",
    "孩子身份证号{id_card}，家长手机{mobile}，约{n_date}打{n_vaccine}",
    "我爸身份证 {id_card}\n我妈身份证 {id_card}\n两个人都要做老年人体检",
    "邮箱是{email}，手机{mobile}，微信同手机号",
    "你好我是{address}的住户，家里固话{landline}，手机{mobile}",
    "医生我换号码了，新号{mobile}，旧的那个不用了",
    "以后联系我女儿吧 她电话{mobile} 她在外地上班 微信{wechat}",
    "打{landline}一直没人接，是不是下班了？",
    "中心预防接种门诊电话{landline}，预约打这个，{n_time}以后别打了",
    "我的邮箱{email}，报告发这里就行",
    "您好 我想签约家庭医生 身份证号码{id_card} 电话{mobile} 地址{address}",
    "{address}\n{mobile}\n这是我奶奶的地址和电话，她一个人住",
    "麻烦登记一下，车{plate}，今天来打{n_vaccine}",
    "卡号{bank_card}，这是我妈社保卡绑定的那张吗？我不确定",
    "HPV疫苗退费退到这张卡吧{bank_card}，原路退不了的话",
    "我的卡{bank_card} 农行的 退{n_amount}就行",
    "王阿姨家住{address}，明天{n_time}上门测血压，家属电话{mobile}",
    "【上门服务】\n地址：{address}\n联系人电话：{mobile}\n服务项目：换药",
    "我家老头子的身份证号码是{id_card}，他今年{n_age}了，免费体检有他吗",
    "身份证号{id_card}手机号{mobile}",
    "身份正号{id_card} 麻烦帮我查查",
    "手机好{mobile}，刚才打错了",
    "你好，我是{address}的住户，我爸要办家庭病床，你们的座机是{landline}吗",
    "请问这个号码{landline}是咱们中心的吗？有人打给我妈说要体检",
    "医生 我的微信号{wechat} 加一下我 手机号搜不到",
    "vx：{wechat}",
    "wx {wechat} 加我发你照片",
    "加下我QQ吧 {qq} 我爸的CT片子电子版在QQ邮箱里",
    "我QQ号{qq}，微信{wechat}，哪个都行",
    "这是我们家车牌{plate}，中心停车场能免费停吗",
    "下午车{plate}过来接老人，司机电话{mobile}",
    "{plate}",
    "我车牌{plate}，停在{n_place_only}门口了",
    "邮件发{email}吧，我在公司收不了微信文件",
    "麻烦把电子版体检报告发到{email}，纸质的我周末来拿",
    "身份证：{id_card}\n电话：{mobile}\n地址：{address}\n疫苗：{n_vaccine}",
    "您好，我爸{n_age}，身份证{id_card}，住{address}，想签个家庭医生",
    "医生好！我是{address}那个糖尿病的，{n_metric}，要不要加药",
    "我们家搬到{address}了，随访改到新地址",
    "新地址{address}，旧地址那边不住了",
    "我在{address}，离中心有点远，能在{n_station}打吗",
    "送药的话送到{address}，放门口就行，我电话{mobile}",
    "{address}，老人坐轮椅，上门记得带血压计",
    "女儿电话{mobile}，儿子电话{mobile}，都可以联系",
    "📞{mobile}",
    "电话：{mobile}（白天）{landline}（晚上）",
    "家里电话{landline}，{n_time}以后有人",
    "医生，我爸的座机号码{landline}，手机{mobile}，他一般在家",
    "联系方式：{mobile} / {email}",
    "这是我的手机{mobile}，短信收不到验证码，您帮我看看",
    "孩子的预防接种本上家长电话写的{mobile}，要改成{mobile}",
    "社区家医团队电话{landline}，有事先打这个，找不到人再打{mobile}",
    "刘护士手机{mobile}，{n_station}座机{landline}",
    "我给您发个邮箱 {email} 以后体检通知发这就行",
    "我老伴的卡号是{bank_card}，工商银行的",
    "退款卡号{bank_card}，户名是我本人",
    "补贴卡号：{bank_card}（建行）",
    "您好，高龄津贴打到{bank_card}这张卡上，对吧？",
    "这张{bank_card}是我妈的，那张{bank_card}是我爸的",
    "我用的这个卡 {bank_card}",
    "麻烦发到我QQ{qq}，手机上看不清",
    "QQ号码：{qq}",
    "{qq} 这是我QQ，您加下",
    "我儿子的QQ是{qq}，他在外地，有事可以找他",
    "微信：{wechat}\n手机：{mobile}",
    "我的微信是{wechat}，头像是一朵荷花",
    "帮我把我妈拉群吧，她微信号{wechat}",
    "加我儿子微信吧{wechat}，老人不会用手机",
    "我住在{address}，您上门的时候打我电话{mobile}",
    "李医生 我是{address}的 上周来测过血糖 {n_metric} 今天复测吗",
    "阿姨住{address}，没电梯，上门时小心楼梯",
    "报名老年人体检：身份证{id_card}，电话{mobile}",
    "身份证{id_card} 手机{mobile} 住址{address} 车牌{plate}",
    "家医签约续签，身份证号{id_card}，其他信息不变",
    "身份证号码发您了{id_card}，明天{n_time}来抽血对吧",
    "我奶奶身份证号：{id_card}，她{n_age}了，不识字，有事打我{mobile}",
    "宝宝身份证{id_card}，{n_child_age}，该打{n_vaccine}了吗",
    "家属：我妈住{address}\n她的身份证号{id_card}\n麻烦医生下周上门随访",
    "收到，就是这个号{mobile}",
    "对的，{landline}是我们家的电话",
    "没错 {email}",
    "我这边的邮箱{email} 你那边的还是原来那个吗",
    "{n_date}体检，我车{plate}，可以进院子吗？老人走不动",
    "我家在{address}，就是小卖部楼上那家",
    "您好，我母亲住在{address}，我是她儿子，电话{mobile}，微信{wechat}",
    "请把{n_vaccine}的接种证明发到{email}，单位要",
    "卫生服务站地址：{address}，电话{landline}",
    "我们搬到{address}啦，还能在您这签约吗？",
)

NEAR_TEMPLATES = (
    "各位居民好，{n_date} {n_time}在{n_station}开展65岁以上老年人免费体检，请带好身份证和医保卡，空腹来哦",
    "王阿姨，您血压{n_bp}，{n_metric}，药按时吃的吧",
    "{n_metric}偏高，{n_dose}继续吃，下周再测",
    "这批{n_vaccine}批号{n_batch_no}，有效期到{n_date}",
    "预约成功，预约号{n_appt_no}，请于{n_date} {n_time}到{n_station}接种",
    "夜里有急事直接打{n_hotline}，别等",
    "有问题可以打卫生热线{n_hotline}",
    "挂号费{n_amount}，医保报销后自付{n_amount}",
    "您的验证码是{n_code}，请勿告诉他人",
    "交易流水号{n_pay_serial}，退款三个工作日到账",
    "体检条码{n_barcode}，抽血时给护士看",
    "您登记的手机是{n_masked}吗？",
    "好的，尾号{n_tail}那个号码对吧",
    "我们在{n_place_only}设了临时接种点，{n_date}开始",
    "老人{n_age}了，还能打{n_vaccine}吗",
    "邮编填{n_postal_code}就行",
    "线上预约点这里 {n_url}",
    "群里已经{n_count}报名了，剩下的抓紧",
    "现在叫到{n_queue_no}，您前面还有几个人",
    "发票号码{n_invoice_no}，电子发票在小程序里下载",
    "{n_date}停诊一天，{n_date}恢复，急诊请打{n_hotline}",
    "今天测的{n_metric}，比上次好多了👍",
    "医生我{n_metric}，{n_metric}，要紧吗？",
    "二类疫苗{n_vaccine}一针{n_amount}，共三针",
    "{n_vaccine}到货了，{n_count}，先到先得",
    "我妈{n_age}，{n_metric}，{n_dose}，最近头晕",
    "收到，{n_date} {n_time}我带老人过来",
    "医保结算单号{n_pay_serial}，麻烦您核对一下",
    "家医签约服务包{n_amount}，医保统筹支付{n_amount}",
    "核酸/体检报告在{n_url}查询，输入验证码{n_code}",
    "您的{n_vaccine}预约已取消，订单号{n_appt_no}",
    "明天{n_time}来，排号{n_queue_no}，别迟到哈",
    "请到{n_station}找医生签字",
    "{n_station}今天{n_time}关门，有事找{n_station}",
    "血压计显示{n_bp}，是不是量错了",
    "{n_dose}，饭后吃，别空腹",
    "孩子{n_child_age}，{n_vaccine}要打了，{n_date}来吧",
    "体检码{n_barcode}扫不出来怎么办",
    "退款{n_amount}已原路退回，流水号{n_pay_serial}",
    "短信说验证码{n_code}，输了提示错误",
    "提醒：{n_date}下午{n_place_only}居民健康讲座，主题高血压用药",
    "你好，刚才打电话显示{n_masked}，是你们中心吗",
    "系统里您的身份证显示{n_masked_id}，对得上吧",
    "报告单上身份证号是{n_masked_id}，名字没错就行",
    "孩子{n_child_age}，打完{n_vaccine}有点发烧，要紧吗",
    "我家宝宝{n_child_age}了，{n_vaccine}能和{n_vaccine}一起打吗",
    "{n_masked_id} 这是打印出来的，后面几位看不到",
    "我家是{n_place_only}的，那边有服务站吗",
    "{n_hotline}打不通啊，我打了好几遍",
    "{n_count}已经签约了，还差{n_count}",
    "医生，{n_metric}，{n_metric}，早上没吃药",
    "每月{n_date}慢病配药，记得带医保卡",
    "发票号{n_invoice_no}开错了，能重开吗",
    "{n_vaccine}第二针间隔28天，预计{n_date}",
    "接种后留观30分钟，有不舒服打{n_hotline}",
    "我看短信里写的是{n_masked}，不是我的号啊",
    "您的{n_vaccine}排队号{n_queue_no}，请在{n_station}门口等候",
    "上个月量的{n_bp}，这个月{n_bp}",
    "老人{n_age}，{n_metric}，最近吃不下饭",
    "扫码预约：{n_url}，名额{n_count}",
    "好的谢谢医生🙏 {n_date}见",
    "快递到了，单子上邮编{n_postal_code}对不上",
    "尾号{n_tail}的阿姨，您的报告出来了，{n_station}来拿",
    "本批次{n_batch_no}已用完，新批次{n_batch_no}下周到",
    "药费{n_amount}，家医签约减免{n_amount}",
)

_MARK = re.compile(r"\{(n_)?([a-z_]+)\}")


def _fmt_table(kind: str):
    return FMTS[kind]


def _render(r: random.Random, tpl: str, forced: tuple[str, str] | None = None):
    out, ents, fmts, near = [], [], [], []
    pos = 0
    used_force = False
    cur = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        pos = m.end()
        if m.group(1):
            kind = m.group(2)
            v = NEAR[kind](r)
            out.append(v)
            near.append((kind, cur, cur + len(v)))
            cur += len(v)
            continue
        kind = m.group(2)
        tab = _fmt_table(kind)
        if forced and forced[0] == kind and not used_force:
            ent = [t for t in tab if t[0] == forced[1]][0]
            used_force = True
        else:
            ent = r.choices(tab, weights=[t[1] for t in tab])[0]
        pre, val, post = ent[2](r)
        out.append(pre)
        cur += len(pre)
        out.append(val)
        ents.append((kind, cur, cur + len(val)))
        fmts.append(ent[0])
        cur += len(val)
        out.append(post)
        cur += len(post)
    out.append(tpl[pos:])
    text = "".join(out)
    return text, ents, fmts, near


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    kinds_of = [[m.group(2) for m in _MARK.finditer(t) if not m.group(1)] for t in PII_TEMPLATES]
    for kind in KINDS:
        cand = [i for i, ks in enumerate(kinds_of) if kind in ks]
        for fname, _, _ in FMTS[kind]:
            picks = r.sample(cand, min(FORCE_PER_FMT, len(cand)))
            while len(picks) < FORCE_PER_FMT:
                picks.append(r.choice(cand))
            for i in picks:
                rows.append(_render(r, PII_TEMPLATES[i], (kind, fname)))
                tids.append(f"P{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[i]))
        tids.append(f"P{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[i]))
        tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame({
        "text": [rows[j][0] for j in order],
        "entities": [rows[j][1] for j in order],
        "formats": [rows[j][2] for j in order],
        "near_misses": [rows[j][3] for j in order],
        "split": [SPLIT] * len(order),
    })


def make_blind79_corpus() -> pd.DataFrame:
    return _build()


_VALID = {
    "email": re.compile(r"^[A-Za-z0-9._]+@[a-z0-9]+(\.[a-z]+)+$"),
    "qq": re.compile(r"^[1-9]\d{4,10}$"),
    "wechat": re.compile(r"^[A-Za-z][-_A-Za-z0-9]{5,19}$"),
    "plate": re.compile(r"^[京沪浙苏川鄂粤鲁湘闽皖豫陕][A-Z][·\s]?[A-HJ-NP-Z0-9]{5,6}$"),
    "mobile": re.compile(r"^1[3-9]\d{9}$"),
    "landline": re.compile(r"^0\d{9,11}$"),
}


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
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if k == "id_card":
                assert _id_ok(n), v
                assert n[:6] in AREA_IDS
            elif k == "bank_card":
                assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
            elif k == "mobile":
                assert _VALID["mobile"].match(n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "landline":
                assert _VALID["landline"].match(n) and any(n.startswith(c) for c, _ in AREA_CODES), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
                assert re.match(r"^[\u4e00-\u9fff]", v), v
            else:
                assert _VALID[k].match(v), (k, v)
            # the characters just outside a digit value must not be digits / letters
            if s > 0 and k != "address":
                a, b = text[s - 1], v[0]
                assert not (a.isascii() and a.isdigit()) or text[:s].endswith("+86"), (k, text)
                assert not (a.isascii() and a.isalpha() and b.isalpha()), (k, text)
            if e < len(text) and k not in ("address",):
                assert not (text[e].isascii() and text[e].isalnum()), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit():
                assert not (len(n) == 11 and _VALID["mobile"].match(n)), (k, v)
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
    assert df.equals(make_blind79_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k in KINDS for f, *_ in FMTS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

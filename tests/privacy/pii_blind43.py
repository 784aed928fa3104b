"""Forty-third blind PII corpus (``split == "blind43"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十八位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (for the layout and the entry-point names).  It
did NOT read anything else under ``toolkit/privacy/``, nor ``bench/``,
``docs/``, the README, any other corpus or test, nor any git history.  It never
imported ``toolkit`` and never ran any masking / finding function on this data.
Value shapes, chat contexts and labels come only from the writer's own idea of
what a brand's WeCom archive holds.

What is different here: AN ORDINARY ARCHIVE OF A RETAIL AND SERVICE BRAND with
shops and online sales in many provinces.  Templates are the everyday messages
of a year: sales advisers (导购) inviting customers to leave contacts, customer
service, after-sales (退换货, 维修, 上门安装), delivery, membership sign-up and
points, complaints, refunds to bank cards, cross-border orders needing an ID,
parking discounts at the mall (plates), customer group chats (接龙, 团购),
pasted order forms and forwarded messages, voice input, fast typing with typos
and emoji.  It aims at the average archive, not at hard cases: most values are
written plainly, a minority in the usual variants (spaced / dashed groups,
``+86``, voice words, full-width digits, ``X`` / ``x`` check digits, bare room
numbers ...).  Near-misses are the usual numbers of this trade: order and
tracking numbers, after-sales ticket numbers, gift / stored-value card numbers
(card-length, failing Luhn), payment serial numbers (18 digits, failing the ID
check and Luhn), invoice numbers, tax ids, member numbers, verification and
pickup codes (``6-3-2041``), 400 / 800 / 95xxx / 12315 hotlines, masked values
(``138****5678``), tail digits, prices, discounts, dates and times, sizes and
body measurements, SKUs / models, postal codes, URLs, store codes and places
alone (a city, a district, a shop name).

Seed
----
``SEED = "blind43-2026-retail-第四十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Every value
format is first forced ``FORCE_PER_FMT`` (5) times into distinct randomly drawn
templates holding a slot of its kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside a
  value (spaces, dashes, dots, the parentheses around an area code) are inside;
  an address runs from its first place unit (province / city / district /
  county / town / village / road / street / estate) to its last house-level
  unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number like ``1502``
  or ``3-2-1502``).  Names are never labelled (only roles such as 本人 / 家里人).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind43"``

Counts (``python tests/privacy/pii_blind43.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1248;
entities by kind: mobile 359, address 207, bank_card 113, landline 108, email 101, wechat 96,
id_card 93, qq 86, plate 85;
near-miss spans=950 (849 in near-miss rows) kinds=26:
date_time 124, price 93, order_no 76, hotline 75, place_only 54, tracking_no 52, size_body 48,
ticket_no 38, pickup_code 35, tax_id 34, discount 33, txn_no 32, gift_card 31, staff_no 29, sku 25,
invoice_no 23, masked 21, coupon_code 21, qty 21, verify_code 17, url 16, tail_digits 15, points 12,
member_no 11, postal_code 8, store_code 6;
formats=54 distinct, each used >= 5 times in >= 5 templates (the run prints them all).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind43-2026-retail-第四十八位写手"
SPLIT = "blind43"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

DIG = "0123456789"
FW = str.maketrans(DIG, "０１２３４５６７８９")
VOICE = dict(zip(DIG, "零幺二三四五六七八九"))
ZH = dict(zip(DIG, "零一二三四五六七八九"))


# ---------------------------------------------------------------- checksums
def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in DIG:
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and s[17].upper() == _id_check(s[:17])


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def _make_bad(r: random.Random, d: str) -> str:
    """Change the last digit until a 16-19 digit string fails Luhn and an 18-digit one fails the ID check."""
    while (16 <= len(d) <= 19 and _luhn_ok(d)) or (len(d) == 18 and _id_ok(d)):
        d = d[:-1] + r.choice(DIG)
    return d


# ---------------------------------------------------------------- value pools
MOB_PRE = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
           "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178", "180",
           "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
AREA = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0371", "0431", "0451",
        "0531", "0532", "0571", "0574", "0591", "0592", "0731", "0755", "0757", "0769", "0791", "0851",
        "0871", "0898", "0512", "0510")
REGION = ("110105", "110108", "310115", "310112", "440305", "440106", "440306", "320102", "320115",
          "330106", "330110", "420111", "510107", "500112", "610113", "370202", "410105", "430104",
          "350203", "210102", "230103", "130102", "140105", "340104", "360102", "450103", "520102",
          "530102", "620102", "150102", "220102", "120104", "460105", "640104", "650102", "411625",
          "511324", "430524", "341221", "372922", "360731", "452923")
BIN16 = ("622588", "621483", "622575", "621485", "622609", "625801")
BIN19 = ("622848", "621700", "622202", "621226", "622700", "621661", "622260", "623668", "621799")
VISA = ("436742", "427020", "404119", "438088")
MASTER = ("524094", "552599", "518710", "545619")
D95 = ("955880", "955888", "955990")
PLATE_P = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "湘", "鲁", "豫", "闽", "陕", "渝", "津", "皖", "赣", "冀", "辽",
           "黑", "吉", "桂", "云", "贵")
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"
PLATE_A = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PINYIN = ("li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
          "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "deng")
GIVEN = ("xiaomei", "jing", "lei", "yan", "hao", "ting", "wei", "fang", "xin", "yu", "jun", "lili", "tao",
         "yuxuan", "zihan", "min", "qiang", "na", "shan", "kai", "yiyi", "mengmeng", "dandan", "lulu")
EN = ("amy", "lucky", "sunny", "coco", "kevin", "tony", "linda", "cherry", "momo", "jack", "vivi", "leo",
      "anna", "candy", "eric", "kiki", "lemon", "tina")
MAIL_DOM = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "hotmail.com",
            "gmail.com", "yeah.net", "aliyun.com")
CORP_DOM = ("hengtai-trade.com.cn", "jinhui-group.com", "xinyuanfood.cn", "dongfang-auto.com", "huameijia.net",
            "chuangyi-tech.com")
PROV = (
    ("广东省", "深圳市", ("南山区", "宝安区", "龙岗区", "福田区", "龙华区")),
    ("广东省", "广州市", ("天河区", "白云区", "番禺区", "海珠区")),
    ("广东省", "佛山市", ("南海区", "顺德区", "禅城区")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "滨江区")),
    ("浙江省", "宁波市", ("鄞州区", "江北区")),
    ("江苏省", "南京市", ("江宁区", "鼓楼区", "建邺区")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "双流区", "成华区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区")),
    ("山东省", "青岛市", ("黄岛区", "市南区", "崂山区")),
    ("山东省", "济南市", ("历下区", "槐荫区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区")),
    ("福建省", "厦门市", ("思明区", "湖里区")),
    ("福建省", "福州市", ("鼓楼区", "仓山区")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区")),
    ("辽宁省", "沈阳市", ("和平区", "浑南区")),
    ("安徽省", "合肥市", ("蜀山区", "包河区")),
    ("河北省", "石家庄市", ("长安区", "裕华区")),
    ("云南省", "昆明市", ("五华区", "官渡区")),
    ("江西省", "南昌市", ("红谷滩区", "青山湖区")),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区")),
)
MUNI = (("北京市", ("朝阳区", "海淀区", "丰台区", "通州区")), ("上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区")),
        ("重庆市", ("渝北区", "九龙坡区", "沙坪坝区")), ("天津市", ("南开区", "河西区", "滨海新区")))
RURAL = (("河南省", "周口市", "太康县"), ("四川省", "南充市", "仪陇县"), ("湖南省", "邵阳市", "隆回县"),
         ("安徽省", "阜阳市", "临泉县"), ("山东省", "菏泽市", "曹县"), ("江西省", "赣州市", "于都县"),
         ("河北省", "保定市", "涞水县"), ("广西壮族自治区", "玉林市", "博白县"), ("湖北省", "黄冈市", "蕲春县"))
TOWNS = ("城关镇", "马头镇", "高桥镇", "新集镇", "白沙镇", "大营乡", "石桥镇", "张庄乡")
VILLAGES = ("王庄村", "前进村", "张湾村", "李家沟村", "新河村", "东关村", "杨树村", "红旗村")
ROADS = ("建设路", "人民路", "中山路", "解放大道", "科技园南路", "学府路", "长江路", "文化路", "新华街", "滨河路",
         "幸福路", "和平大街", "工业大道", "金沙江路", "东风路", "南京东路", "五一路", "花园街", "迎宾大道", "朝阳北路")
ESTATES = ("阳光花园", "万科城", "碧桂园", "保利中央公馆", "绿地新都会", "翠苑小区", "金色家园", "恒大名都",
           "龙湖春江郦城", "锦绣江南", "华润城", "融创御园", "幸福里小区", "桃源居", "世纪城", "康乐小区",
           "中海国际社区", "金地名京", "枫林湾", "东湖花园")
JIEDAO = ("桃源街道", "西乡街道", "五里墩街道", "城南街道", "新华街道", "龙城街道")


# ---------------------------------------------------------------- PII formats: fn(r) -> (pre, value, post)
def _mob(r):
    return r.choice(MOB_PRE) + _digits(r, 8)


def _voice(d, r, two=False):
    out = []
    for c in d:
        if c == "2" and two and r.random() < 0.3:
            out.append("两")
        else:
            out.append(VOICE[c])
    return "".join(out)


MOBILE_F = (
    ("plain", 40, lambda r: ("", _mob(r), "")),
    ("space_344", 10, lambda r: (lambda d: ("", f"{d[:3]} {d[3:7]} {d[7:]}", ""))(_mob(r))),
    ("dash_344", 7, lambda r: (lambda d: ("", f"{d[:3]}-{d[3:7]}-{d[7:]}", ""))(_mob(r))),
    ("cc_prefix", 6, lambda r: (r.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), _mob(r), "")),
    ("voice_words", 3, lambda r: ("", _voice(_mob(r), r, True), "")),
    ("zh_digits", 3, lambda r: ("", "".join(ZH[c] for c in _mob(r)), "")),
    ("fullwidth", 3, lambda r: ("", _mob(r).translate(FW), "")),
    ("space_335", 2, lambda r: (lambda d: ("", f"{d[:3]} {d[3:6]} {d[6:]}", ""))(_mob(r))),
)


def _land(r):
    a = r.choice(AREA)
    return a, r.choice("2345678") + _digits(r, 7)


LANDLINE_F = (
    ("area_dash", 30, lambda r: (lambda a, n: ("", f"{a}-{n}", ""))(*_land(r))),
    ("area_paren", 7, lambda r: (lambda a, n: ("", r.choice((f"({a}){n}", f"（{a}）{n}", f"({a}) {n}")), ""))(*_land(r))),
    ("area_plain", 8, lambda r: (lambda a, n: ("", f"{a}{n}", ""))(*_land(r))),
    ("area_space", 6, lambda r: (lambda a, n: ("", f"{a} {n[:4]} {n[4:]}" if r.random() < 0.4 else f"{a} {n}", ""))(*_land(r))),
    ("area_dash_ext", 7, lambda r: (lambda a, n: ("", f"{a}-{n}", r.choice(("转", "转", "-", "分机", " 转")) + _digits(r, r.choice((3, 4)))))(*_land(r))),
    ("local8", 5, lambda r: ("", r.choice("2345678") + _digits(r, 7), "")),
)


def _idnum(r, want_x=None):
    while True:
        y = r.randint(1952, 2006)
        m = r.randint(1, 12)
        dd = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        body = r.choice(REGION) + f"{y:04d}{m:02d}{dd:02d}" + _digits(r, 3)
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


ID_F = (
    ("plain18", 30, lambda r: ("", _idnum(r, False), "")),
    ("check_X", 6, lambda r: ("", _idnum(r, True), "")),
    ("check_x_lower", 4, lambda r: ("", _idnum(r, True).lower(), "")),
    ("space_684", 4, lambda r: (lambda s: ("", f"{s[:6]} {s[6:14]} {s[14:]}", ""))(_idnum(r))),
    ("fullwidth", 2, lambda r: ("", _idnum(r, False).translate(FW), "")),
)


def _card(r, bins, n):
    return _luhn_complete(r.choice(bins) + _digits(r, n - 7))


def _sp4(d):
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


BANK_F = (
    ("up19_plain", 22, lambda r: ("", _card(r, BIN19, 19), "")),
    ("up16_plain", 12, lambda r: ("", _card(r, BIN16, 16), "")),
    ("space4", 14, lambda r: ("", _sp4(_card(r, BIN19 + BIN16, r.choice((16, 19)))), "")),
    ("visa_master16", 6, lambda r: ("", (lambda d: _sp4(d) if r.random() < 0.5 else d)(_card(r, VISA + MASTER, 16)), "")),
    ("d95_19", 5, lambda r: ("", _card(r, D95, 19), "")),
    ("dash4", 3, lambda r: ("", "-".join((lambda d: [d[i:i + 4] for i in range(0, len(d), 4)])(_card(r, BIN19, 19))), "")),
)


def _qqnum(r, n):
    return r.choice("123456789") + _digits(r, n - 1)


QQ_F = (
    ("digits_9", 25, lambda r: ("", _qqnum(r, 9), "")),
    ("digits_10", 20, lambda r: ("", r.choice(("1", "2", "3")) + _digits(r, 9), "")),
    ("digits_5to8", 10, lambda r: ("", _qqnum(r, r.choice((6, 7, 8))), "")),
    ("voice_words", 4, lambda r: ("", _voice(_qqnum(r, r.choice((9, 10))), r), "")),
)


def _low_alnum(r, n):
    return "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


WECHAT_F = (
    ("pinyin_digits", 25, lambda r: ("", r.choice(PINYIN) + r.choice(GIVEN) + r.choice(("", "88", "520", "1990", "2008", "666", "123", "07")), "")),
    ("underscore", 10, lambda r: ("", r.choice((r.choice(PINYIN) + "_" + r.choice(GIVEN), r.choice(EN) + "_" + _digits(r, 4), r.choice(GIVEN) + "_" + r.choice(PINYIN) + _digits(r, 2))), "")),
    ("dash", 6, lambda r: ("", r.choice((r.choice(EN) + "-" + _digits(r, 4), r.choice(PINYIN) + "-" + r.choice(GIVEN) + "-" + _digits(r, 2))), "")),
    ("wxid", 6, lambda r: ("", "wxid_" + _low_alnum(r, r.choice((12, 14))), "")),
    ("mixed_case", 8, lambda r: ("", r.choice(EN).capitalize() + r.choice(("_", "")) + r.choice(PINYIN).capitalize() + _digits(r, r.choice((2, 3, 4))), "")),
    ("en_digits", 8, lambda r: ("", r.choice(EN) + _digits(r, r.choice((3, 4, 6))), "")),
)


def _plate_tail(r, letters=True):
    t = [r.choice(DIG) for _ in range(5)]
    if letters:
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            t[r.randrange(5)] = r.choice(PLATE_L)
    return "".join(t)


PLATE_F = (
    ("plain", 30, lambda r: ("", r.choice(PLATE_P) + r.choice(PLATE_L) + _plate_tail(r), "")),
    ("dot_mid", 6, lambda r: ("", r.choice(PLATE_P) + r.choice(PLATE_L) + r.choice(("·", "•", ".")) + _plate_tail(r), "")),
    ("space_mid", 7, lambda r: ("", r.choice(PLATE_P) + r.choice(PLATE_L) + " " + _plate_tail(r), "")),
    ("new_energy", 7, lambda r: ("", r.choice(PLATE_P) + r.choice(PLATE_L) + r.choice("DF") + r.choice((_digits(r, 5), _digits(r, 5), r.choice(PLATE_L) + _digits(r, 4))), "")),
    ("lowercase", 5, lambda r: ("", r.choice(PLATE_P) + r.choice(PLATE_L).lower() + _plate_tail(r, False), "")),
)


def _bldg(r):
    return r.choice((
        f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}{r.randint(1, 4):02d}室",
        f"{r.randint(1, 18)}幢{r.randint(1, 30)}{r.randint(1, 6):02d}室",
        f"{r.randint(1, 25)}号楼{r.randint(1, 5)}单元{r.randint(1, 26)}{r.randint(1, 4):02d}",
        f"{r.randint(1, 40)}栋{r.randint(1, 33)}{r.randint(1, 8):02d}",
        f"{r.randint(1, 12)}栋{r.randint(1, 3)}单元{r.randint(1, 18)}0{r.randint(1, 4)}",
        f"{r.choice('ABCD')}座{r.randint(2, 31)}{r.randint(1, 12):02d}室",
    ))


def _cd(r):
    if r.random() < 0.2:
        c, ds = r.choice(MUNI)
        return "", c, r.choice(ds)
    p, c, ds = r.choice(PROV)
    return p, c, r.choice(ds)


def _addr_full(r):
    p, c, d = _cd(r)
    if r.random() < 0.5:
        return "", p + c + d + r.choice(ROADS) + f"{r.randint(1, 399)}号" + r.choice(ESTATES) + _bldg(r), ""
    return "", p + c + d + r.choice(JIEDAO) + r.choice(ESTATES) + _bldg(r), ""


def _addr_city(r):
    p, c, d = _cd(r)
    return "", c + d + r.choice(ROADS) + f"{r.randint(1, 399)}号" + r.choice(("", r.choice(ESTATES))) + _bldg(r), ""


def _addr_dist(r):
    p, c, d = _cd(r)
    return "", d + r.choice(ESTATES) + _bldg(r), ""


def _addr_dash(r):
    p, c, d = _cd(r)
    room = f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 32)}{r.randint(1, 4):02d}"
    pre = r.choice((c + d, d, p + c + d))
    return "", pre + r.choice(ESTATES) + room, ""


def _addr_road(r):
    p, c, d = _cd(r)
    tail = r.choice(("", f"{r.randint(1, 9)}号楼{r.randint(2, 20)}层", f"{r.choice('ABC')}座{r.randint(3, 28)}层",
                     f"{r.randint(1, 5)}栋{r.randint(1, 12)}层", f"{r.randint(1, 3)}楼{r.randint(101, 120)}室"))
    return "", r.choice((c, p + c)) + d + r.choice(ROADS) + f"{r.randint(1, 999)}号" + tail, ""


def _addr_rural(r):
    p, c, x = r.choice(RURAL)
    head = r.choice((p + c + x, c + x, x))
    zu = r.choice(("", f"{r.randint(1, 12)}组", f"{r.choice('一二三四五六七八')}组"))
    return "", head + r.choice(TOWNS) + r.choice(VILLAGES) + zu + f"{r.randint(1, 120)}号", ""


def _addr_space(r):
    p, c, d = _cd(r)
    parts = [x for x in (p, c, d) if x] + [r.choice(ROADS) + f"{r.randint(1, 399)}号", r.choice(ESTATES), _bldg(r)]
    return "", " ".join(parts), ""


ADDR_F = (
    ("full_prov", 22, _addr_full),
    ("city_start", 20, _addr_city),
    ("district_start", 14, _addr_dist),
    ("estate_dash_room", 10, _addr_dash),
    ("road_no", 10, _addr_road),
    ("rural", 8, _addr_rural),
    ("space_sep", 5, _addr_space),
)


def _mail_local(r):
    return r.choice((
        r.choice(PINYIN) + r.choice(GIVEN) + r.choice(("", _digits(r, 2), _digits(r, 4))),
        r.choice(EN) + r.choice(("", "_")) + _digits(r, 3),
    ))


EMAIL_F = (
    ("qq_digits", 20, lambda r: ("", _qqnum(r, r.choice((9, 10))) + "@qq.com", "")),
    ("pinyin_local", 22, lambda r: ("", _mail_local(r) + "@" + r.choice(MAIL_DOM), "")),
    ("dotted_local", 8, lambda r: ("", r.choice(PINYIN) + "." + r.choice(GIVEN) + r.choice(("", _digits(r, 2))) + "@" + r.choice(MAIL_DOM), "")),
    ("corp_domain", 6, lambda r: ("", r.choice(GIVEN) + "." + r.choice(PINYIN) + "@" + r.choice(CORP_DOM), "")),
    ("mixed_case", 4, lambda r: ("", r.choice(EN).capitalize() + r.choice(PINYIN).capitalize() + _digits(r, 2) + "@" + r.choice(("163.com", "Hotmail.com", "QQ.com", "126.com")), "")),
    ("fullwidth_at", 4, lambda r: ("", _mail_local(r) + "＠" + r.choice(MAIL_DOM), "")),
    ("voice_at", 3, lambda r: ("", _qqnum(r, 9) + "艾特" + r.choice(("qq点com", "QQ点com", "一六三点com")), "")),
)

FMT_TABLES = (("mobile", MOBILE_F), ("landline", LANDLINE_F), ("id_card", ID_F), ("bank_card", BANK_F),
              ("qq", QQ_F), ("wechat", WECHAT_F), ("plate", PLATE_F), ("address", ADDR_F), ("email", EMAIL_F))
FMT = dict(FMT_TABLES)


def _gen_pii(kind, r, fmt=None):
    tab = FMT[kind]
    if fmt is None:
        fmt = r.choices([f for f, _, *_ in tab], weights=[w for _, w, *_ in tab])[0]
    fn = [t[2] for t in tab if t[0] == fmt][0]
    pre, val, post = fn(r)
    return fmt, pre, val, post


# ---------------------------------------------------------------- near-miss generators: fn(r) -> value
def _order(r):
    d = r.choice(("2024", "2025", "3", "5", "1")) + _digits(r, r.choice((11, 14, 15, 17)))
    return _make_bad(r, d)


def _track(r):
    return r.choice((
        "SF" + _digits(r, 13), "SF" + _digits(r, 12), "YT" + _digits(r, 13), "JT" + _digits(r, 13),
        "JD" + "VA" + _digits(r, 11), "7" + _digits(r, 11), "43" + _digits(r, 11), "75" + _digits(r, 12),
    ))


def _ticket(r):
    return r.choice(("GD", "SH", "TS", "FW", "RMA")) + r.choice(("2024", "2025")) + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, r.choice((4, 5, 6)))


def _gift(r):
    d = r.choice(("8801", "9100", "6688", "2100")) + _digits(r, r.choice((12, 15)))
    d = _make_bad(r, d)
    return _sp4(d) if r.random() < 0.4 else d


def _txn(r):
    d = r.choice(("4200", "1000", "2024", "2025")) + _digits(r, 14)
    return _make_bad(r, d)


def _invoice(r):
    return r.choice((_digits(r, 8), r.choice(("24", "25")) + r.choice(("44", "31", "33", "11")) + _digits(r, 16)))


def _taxid(r):
    return "91" + r.choice(("4403", "3101", "3301", "1101", "4401")) + r.choice(("00", "06", "05")) + "MA5" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)) + r.choice("0123456789X")


def _hotline(r):
    return r.choice(("400-" + _digits(r, 3) + "-" + _digits(r, 4), "400" + _digits(r, 7), "800-" + _digits(r, 3) + "-" + _digits(r, 4),
                     r.choice(("95588", "95533", "95555", "95566", "95338", "95311", "95546")), "12315", "10086",
                     "400 " + _digits(r, 3) + " " + _digits(r, 4)))


def _masked(r):
    return r.choice((
        _mob(r)[:3] + "****" + _digits(r, 4), r.choice(BIN19)[:4] + " **** **** " + _digits(r, 4),
        r.choice(REGION)[:4] + "**********" + _digits(r, 3) + r.choice("0123456789X"), _mob(r)[:3] + "*****" + _digits(r, 3),
    ))


def _price(r):
    v = r.choice((r.randint(19, 5999), r.randint(1, 99) * 100 - 1))
    return r.choice((f"¥{v}", f"{v}元", f"{v}块", f"￥{v}.00", f"{v:,}元" if v >= 1000 else f"{v}元", f"{v}"))


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"2024-{m:02d}-{d:02d}", f"{m}月{d}号", f"{m}月{d}日", f"2025年{m}月{d}日", f"{m}.{d}",
                     f"{r.randint(9, 21)}:{r.choice(('00', '30', '15', '45'))}", f"2024/{m}/{d} {r.randint(9, 21)}:{r.randint(10, 59)}"))


NEAR = {
    "order_no": _order,
    "tracking_no": _track,
    "ticket_no": _ticket,
    "gift_card": _gift,
    "txn_no": _txn,
    "invoice_no": _invoice,
    "tax_id": _taxid,
    "hotline": _hotline,
    "masked": _masked,
    "tail_digits": lambda r: _digits(r, 4),
    "price": _price,
    "date_time": _date,
    "verify_code": lambda r: _digits(r, r.choice((4, 6, 6))),
    "pickup_code": lambda r: r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}",
                                       f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(100, 999)}", _digits(r, 6))),
    "member_no": lambda r: r.choice(("VIP", "M", "", "")) + r.choice(("8800", "6600", "1020")) + _digits(r, 6),
    "sku": lambda r: r.choice((r.choice(("AB", "KX", "ZM", "HT")) + _digits(r, 4) + "-" + _digits(r, 3),
                               r.choice(("KFR-35GW", "BCD-520W", "XQG100-14", "JZT-B301", "EG10014B")),
                               _digits(r, 6) + r.choice(("-01", "-02", "-BK", "-WH")))),
    "size_body": lambda r: r.choice((f"{r.randint(150, 185)}cm", f"{r.randint(40, 90)}kg", f"{r.randint(85, 140)}斤",
                                     f"{r.randint(35, 45)}码", r.choice(("XL", "L码", "M码", "2XL")), f"腰围{r.randint(2, 3)}尺{r.randint(0, 9)}")),
    "postal_code": lambda r: r.choice(("518057", "310012", "200120", "100020", "610041", "430070", "450000", "710061")),
    "url": lambda r: r.choice(("https://m.", "http://", "https://")) + r.choice(("shop.example.cn", "hmj-mall.com", "vip.brand-cn.com")) + "/" + r.choice(("act/2024spring", "member/sign", "h5/coupon?id=" + _digits(r, 5), "after-sale")),
    "store_code": lambda r: r.choice(("SZ", "GZ", "HZ", "CD", "WH", "BJ", "SH")) + r.choice(("", "-")) + _digits(r, 3) + r.choice(("", "店")),
    "staff_no": lambda r: r.choice(("", "A", "S")) + _digits(r, r.choice((4, 5, 6))),
    "coupon_code": lambda r: "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(r.choice((8, 10, 12)))),
    "discount": lambda r: r.choice(("满300减50", "8.5折", "满199减30", "7折", "第二件半价", "9.5折", "满1000减150")),
    "place_only": lambda r: r.choice(("深圳", "杭州西湖区", "成都", "南京", "武汉光谷", "广州天河", "上海浦东", "郑州",
                                      "长沙", "西安", "万达广场店", "银泰店", "万象城店", "龙湖天街店", "朝阳区", "苏州", "青岛黄岛区")),
    "points": lambda r: f"{r.randint(100, 20000)}积分",
    "qty": lambda r: r.choice((f"{r.randint(2, 50)}件", f"{r.randint(2, 20)}箱", f"{r.randint(1, 9)}套", f"{r.randint(2, 12)}瓶")),
}


# ---------------------------------------------------------------- templates
PII_T = (
    # sales advisers / shop
    "{mobile}",
    "手机号：{mobile}",
    "电话{mobile}，到了打我电话",
    "{mobile} 这个是我的，打不通就打我老公的{mobile}",
    "好的，我手机号码是{mobile}，麻烦帮我登记一下会员",
    "亲，收到，已为您登记，会员手机号{mobile}，积分会自动累计哦～",
    "留个电话吧：{mobile}😊",
    "我手机{mobile}微信同号",
    "微信就是{wechat}，加我发图给你看",
    "你加我微信吧{wechat}",
    "vx：{wechat}",
    "加一下我微信 {wechat} 备注买沙发的",
    "V信{wechat}，通过一下哈",
    "我的微信号{wechat}，拉我进群吧",
    "店长微信：{wechat}  有问题随时找我",
    "亲 已加您企业微信啦，私人微信是{wechat}也可以加一下",
    "QQ {qq}",
    "我qq号{qq}，邮箱就是这个qq邮箱",
    "扣扣{qq}",
    "加我QQ吧{qq}，我在电脑上传图片方便",
    "企鹅号：{qq} 验证写售后",
    "我们售后QQ群里找我就行，我q号{qq}",
    # email / invoice
    "发票开好了发我邮箱{email}谢谢",
    "邮箱：{email}",
    "电子发票麻烦发到 {email} ，抬头个人",
    "{email} 这是我邮箱，报价单发这里",
    "公司邮箱{email}，合同扫描件发这个",
    "我邮箱是{email}吗？对的就是这个",
    "发送到{email}就可以了，发了跟我说一声",
    "麻烦把保修卡电子版发{email}",
    "开专票，单位邮箱 {email} 电话{landline}",
    # delivery / address
    "地址：{address}",
    "收货地址{address}，电话{mobile}",
    "寄到{address}，收件人本人，{mobile}",
    "麻烦送到{address}，白天家里没人放门口就行",
    "{address}\n{mobile}",
    "我换地址了，新地址{address}",
    "师傅，送货地址是{address}，到了打{mobile}",
    "我家在{address}，周六上午能上门安装吗",
    "上门测量地址：{address}，联系人本人{mobile}",
    "改一下收货地址：{address} 谢谢亲🙏",
    "[转发] 收件信息：{address} {mobile}",
    "收件人：本人\n电话：{mobile}\n地址：{address}",
    "收货人：家里人\n手机：{mobile}\n详细地址：{address}\n备注：放快递柜",
    "帮我寄回老家吧，{address}，我妈电话{mobile}",
    "退货寄回地址是不是{address}？我看单子上写的这个",
    "公司地址{address}，前台电话{landline}，送到前台签收",
    "送到我单位{address}，座机{landline}",
    "我在{address}，到楼下给我打电话",
    "亲 麻烦核对一下地址 {address} 手机{mobile} 无误回复1",
    "地址是{address}，小区进门要登记",
    "送货到 {address} ，电梯房，需要搬上楼",
    "老地址不要了啊，寄{address}",
    "维修师傅明天上门，地址{address}，联系电话{mobile}，时间{N:date_time}",
    # landline
    "打我家座机{landline}也行",
    "固话：{landline}",
    "店里电话{landline}，营业时间10点到22点",
    "办公室电话 {landline} 找行政",
    "白天打{landline}，晚上打手机{mobile}",
    "座机{landline}，手机{mobile}，都可以",
    "{landline} 这个是我公司电话",
    "您好，我们财务的电话是{landline}，对账找她",
    "家里电话{landline}老人在家",
    # id card
    "身份证号{id_card}",
    "清关要身份证，我的是{id_card}",
    "实名认证：{id_card}",
    "身份证：{id_card}\n手机：{mobile}",
    "中奖了需要身份证号报个税对吧，{id_card}",
    "{id_card} 这是身份证号，分期要用",
    "登记延保需要身份证，号码{id_card}",
    "跨境购订购人身份证{id_card}，要和支付人一致吗",
    "我老婆的身份证号是{id_card}，用她的名字开吧",
    "证件号码：{id_card} 有效期到2035年",
    # bank card
    "退款打我卡上吧，卡号{bank_card}",
    "银行卡：{bank_card} 建设银行",
    "{bank_card} 这张卡，退差价打这个",
    "赔偿款麻烦转到{bank_card}，开户行招商银行深圳分行",
    "卡号{bank_card}\n开户行：工商银行\n户名本人",
    "原路退不了的话退到这个卡{bank_card}",
    "我的银行卡号是{bank_card}，麻烦尽快处理",
    "退款账户 {bank_card} 中国银行",
    "返现打到{bank_card}就行，谢谢",
    "信用卡分期付的，卡号{bank_card}，能退回到卡里吗",
    # plate
    "车牌{plate}，麻烦帮我登记一下免费停车",
    "我车牌号是{plate}，停车券能用吗",
    "停车场登记：{plate}",
    "{plate} 白色的车，在B2",
    "送货车车牌{plate}，司机电话{mobile}",
    "师傅开{plate}那辆货车过来的",
    "会员停车绑定车牌{plate}，手机{mobile}",
    "我车停在门口了，{plate}，麻烦帮我搬一下",
    "车牌号：{plate}\n预约保养时间：{N:date_time}",
    "洗车预约 {plate} 明天上午",
    # combos / forms / group chats
    "接龙\n1. 尾号{N:tail_digits} 2件\n2. {mobile} 3件\n3. {mobile} 1件",
    "#团购接龙# {mobile} 要{N:qty}，地址{address}",
    "报名：本人 {mobile} 2大1小",
    "姓名：本人\n电话：{mobile}\n身份证：{id_card}\n地址：{address}",
    "【会员注册】手机：{mobile}  生日：{N:date_time}  邮箱：{email}",
    "订单号{N:order_no}，收货电话{mobile}，帮我查下物流",
    "订单{N:order_no}的电话写错了，改成{mobile}",
    "我是{N:order_no}这单，退款退到{bank_card}可以吗",
    "快递单号{N:tracking_no}，寄件人电话{mobile}",
    "投诉！买的{N:sku}三天就坏了，我电话{mobile}，请尽快联系",
    "我要投诉你们{N:place_only}的店员，态度太差，联系方式{mobile}",
    "已经打了{N:hotline}没人管，我手机{mobile}，今天必须给答复",
    "工单{N:ticket_no}，客户电话{mobile}，地址{address}，请安排上门",
    "售后登记：{N:ticket_no} 联系人本人 {mobile} 备用 {landline}",
    "信息我发你 qq{qq} 微信{wechat} 电话{mobile}",
    "联系方式：手机{mobile} / 微信{wechat}",
    "我没有微信，QQ{qq}，邮箱{email}",
    "亲 您的快递已到{N:place_only}，派送员电话{mobile}",
    "麻烦快递员别打{mobile}，这个停机了，打{mobile}",
    "嗯嗯 {mobile} 谢谢",
    "我手机号换了 {mobile} 原来的不用了",
    "会员卡绑定的手机号是{mobile}，积分查不到",
    "帮我查下{mobile}这个号码下面的订单",
    "我用{mobile}注册的，今天{N:points}怎么没了",
    "电话是{mobile}吗？还是你发错了",
    "你好我刚下单了，电话{mobile}，可以今天发货吗",
    "你好 我是{N:place_only}的顾客 电话{mobile} 昨天买的鞋码数不对",
    "喂喂 我手机号{mobile}你们记一下 上次那个冰箱还是不制冷",
    "我的手机号是{mobile}我的地址是{address}",
    "手机号{mobile}手机号{mobile}你们快点打过来",
    "亲，快递员联系不上您，他电话是{mobile}，您回拨一下哈",
    "帮我把发票寄到{address}，税号{N:tax_id}，电话{mobile}",
    "开票信息：单位名称见附件，税号{N:tax_id}，地址电话{address} {landline}",
    "转发：安装师傅 {mobile}，预计{N:date_time}到",
    "{mobile}，{address}，货到付款",
    "邮箱{email}手机{mobile}麻烦把保单发我",
    "寄回维修的地址填{address}，寄件人手机号{mobile}，单号稍后发",
    "我微信{wechat}，车牌{plate}，到店报名字就行",
    "📱{mobile}\n🏠{address}",
    "店铺客服请联系：{landline}（工作日）",
    "新手机号:{mobile}  旧的作废",
    "门店电话是{landline}吗 我打了好几次没人接",
    "身份证号码{id_card}手机号码{mobile}银行卡号{bank_card}办分期用的",
    "你们会员群里有人冒充客服要我卡号{bank_card}，是你们的人吗",
    "[语音转文字] 我的电话是{mobile}地址是{address}",
    "[语音转文字] 喂你好我的扣扣是{qq}你加我一下",
    "[语音转文字] 你把那个单子寄到{address}就行了电话{mobile}",
)

NEAR_T = (
    "订单号{N:order_no}，什么时候发货",
    "帮我查一下订单{N:order_no}到哪了",
    "{N:order_no} 这个订单申请退款了，麻烦处理",
    "快递单号：{N:tracking_no}",
    "顺丰单号{N:tracking_no}，已寄回，麻烦查收",
    "物流{N:tracking_no}三天没动了",
    "单号{N:tracking_no}显示签收了但我没收到",
    "您的售后工单号{N:ticket_no}已受理，预计{N:date_time}前联系您",
    "工单{N:ticket_no}怎么还没人处理？",
    "我的礼品卡号{N:gift_card}，余额怎么查",
    "储值卡{N:gift_card}里还有{N:price}能用吗",
    "电子卡券号{N:gift_card} 兑换码{N:coupon_code}",
    "支付流水号{N:txn_no}，已扣款但订单显示未支付",
    "交易单号：{N:txn_no}\n金额：{N:price}",
    "微信支付商户单号{N:txn_no}，请帮忙核实",
    "发票号码{N:invoice_no}，金额{N:price}，能重开吗",
    "电子发票{N:invoice_no}已开具，请查收",
    "税号{N:tax_id}，单位抬头见附件",
    "开票抬头公司名，税号{N:tax_id}",
    "客服热线{N:hotline}，工作时间9:00-21:00",
    "打{N:hotline}一直占线",
    "我已经打{N:hotline}投诉了",
    "招行客服{N:hotline}说是商户那边的问题",
    "你们再不处理我就打{N:hotline}了",
    "售后电话是{N:hotline}吗？",
    "您尾号{N:tail_digits}的手机号已登记成功",
    "银行卡尾号{N:tail_digits}的那张",
    "收件人手机{N:masked}，是您本人吗",
    "系统显示手机号{N:masked}，不是我的号啊",
    "退款已原路退回至{N:masked}，请注意查收",
    "这件{N:price}，会员价{N:price}",
    "我{N:date_time}买的，{N:price}，现在降价了能退差价吗",
    "活动{N:discount}，叠加券再{N:discount}",
    "{N:discount}是今天最后一天吗",
    "到账了{N:price}，谢谢",
    "验证码{N:verify_code}，5分钟内有效",
    "收到验证码{N:verify_code}了，输入提示错误",
    "取件码{N:pickup_code}，放在驿站了",
    "您的包裹已到驿站，凭取件码{N:pickup_code}领取",
    "取餐号{N:pickup_code}",
    "会员号{N:member_no}，现在{N:points}",
    "我的会员卡号{N:member_no}查不到积分",
    "货号{N:sku}还有{N:size_body}吗",
    "型号{N:sku}，买了{N:date_time}，保修期多久",
    "身高{N:size_body}体重{N:size_body}穿什么码",
    "我平时穿{N:size_body}，这款偏大还是偏小",
    "{N:size_body}的有没有现货",
    "邮编{N:postal_code}",
    "活动链接 {N:url} 点进去领券",
    "{N:url} 这个是官方的吗",
    "门店编号{N:store_code}，店员工号{N:staff_no}",
    "接待我的工号{N:staff_no}，服务很好点赞",
    "我投诉工号{N:staff_no}那个店员",
    "优惠券码{N:coupon_code}用不了",
    "兑换码：{N:coupon_code}",
    "{N:place_only}有门店吗？",
    "我在{N:place_only}，最近的店在哪",
    "{N:place_only}那边能送货吗？运费多少",
    "你们{N:place_only}的店几点关门",
    "我{N:date_time}在{N:place_only}买的，能在别的店退吗",
    "我有{N:points}能换什么",
    "我要{N:qty}，能便宜点吗",
    "团购{N:qty}，{N:price}一件，{N:date_time}截单",
    "好的亲，{N:date_time}给您安排发货",
    "预约{N:date_time}上门安装可以吗",
    "{N:date_time}之前能到吗 急用",
    "订单{N:order_no}，快递{N:tracking_no}，我{N:date_time}签收的",
    "退款{N:price}已经按原路退了，订单{N:order_no}",
    "麻烦您提供一下订单号，比如{N:order_no}这样的一串数字",
    "截图上的单号是{N:tracking_no}吗 看不清",
    "[转发] 您的订单{N:order_no}已发货，{N:tracking_no}",
    "物流显示{N:date_time}派送，快递员会提前联系您哦",
    "已登记，工单号{N:ticket_no}，回访热线{N:hotline}",
    "发票我收到了，号码{N:invoice_no}",
    "亲，满{N:price}包邮哦",
    "这个空调{N:sku}一晚上多少度电",
    "[语音转文字] 我那个单号是{N:order_no}你帮我看看",
    "[语音转文字] 取件码是{N:pickup_code}对吧",
    "@店长 {N:date_time}的活动还有吗",
    "谢谢，收到了👌 {N:price}已付",
    "群公告：本周{N:discount}，截止{N:date_time}",
    "礼品卡{N:gift_card}绑定不上，提示卡号无效",
)


SLOT = re.compile(r"\{(N:)?(\w+)\}")


def _render(tpl, r, forced=None):
    out, ents, fmts, nears = "", [], [], []
    pos = 0
    used = False
    for m in SLOT.finditer(tpl):
        out += tpl[pos:m.start()]
        name = m.group(2)
        if m.group(1):
            v = NEAR[name](r)
            s = len(out)
            out += v
            nears.append((name, s, len(out)))
        else:
            f = None
            if forced and forced[0] == name and not used:
                f, used = forced[1], True
            fmt, pre, val, post = _gen_pii(name, r, f)
            out += pre
            s = len(out)
            out += val
            ents.append((name, s, len(out)))
            fmts.append(fmt)
            out += post
        pos = m.end()
    out += tpl[pos:]
    return out, ents, fmts, nears


def _tpl_kinds(t):
    return [m.group(2) for m in SLOT.finditer(t) if not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    pii_t = [t for t in PII_T if _tpl_kinds(t)]
    # forced phase: each format FORCE_PER_FMT times in distinct templates
    for kind, tab in FMT_TABLES:
        cands = [i for i, t in enumerate(pii_t) if kind in _tpl_kinds(t)]
        for fmt, *_ in tab:
            for i in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                rows.append((("P", i), _render(pii_t[i], r, (kind, fmt))))
    # kind balance: weight templates so rarer kinds appear enough
    weight = {"mobile": 1.0, "address": 1.6, "landline": 2.2, "id_card": 2.4, "bank_card": 2.4, "email": 2.2,
              "qq": 2.4, "wechat": 2.0, "plate": 2.4}
    tw = [max(weight[k] for k in _tpl_kinds(t)) for t in pii_t]
    while len(rows) < N_PII_ROWS:
        i = r.choices(range(len(pii_t)), weights=tw)[0]
        rows.append((("P", i), _render(pii_t[i], r)))
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_T))
        rows.append((("N", i), _render(NEAR_T[i], r)))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(f"{a}{i}" for (a, i), _ in rows)
    return pd.DataFrame({
        "text": [x[0] for _, x in rows],
        "entities": [x[1] for _, x in rows],
        "formats": [x[2] for _, x in rows],
        "near_misses": [x[3] for _, x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind43_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks
_ASCII_AN = re.compile(r"[0-9A-Za-z０-９]")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, ("overlap", text)
        for k, s, e in list(es) + list(ns):
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v, text)
            # no glued neighbours of the same class
            # no glued neighbours of the same class (a cue such as "qq" glued before digits is fine)
            if text[:s].endswith(("+86", "0086")):
                pass
            elif s > 0 and v[0].isdigit():
                assert not text[s - 1].isdigit(), (k, v, text)
            elif s > 0 and _ASCII_AN.match(v[0]):
                assert not _ASCII_AN.match(text[s - 1]), (k, v, text)
            if e < len(text) and v[-1].isdigit():
                assert not text[e].isdigit(), (k, v, text)
            elif e < len(text) and _ASCII_AN.match(v[-1]):
                assert not _ASCII_AN.match(text[e]), (k, v, text)
        for k, s, e in es:
            n_ent += 1
            v = text[s:e]
            n = _norm(v)
            if k == "mobile":
                if n.isdigit():
                    assert len(n) == 11 and n[:3] in MOB_PRE, v
                else:
                    assert len(v) == 11, v
            elif k == "id_card":
                assert _id_ok(n.upper()), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (n.startswith("0") and len(n) in (11, 12) or len(n) == 8), v
                assert not text[e:e + 1].isdigit()
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 or len(v) in (9, 10), v
            elif k == "email":
                assert ("@" in n or "艾特" in v), v
            elif k == "plate":
                assert v[0] in PLATE_P and len(n) in (7, 8), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
                assert re.match(r"[\u4e00-\u9fff]", v), v
        for k, s, e in ns:
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11 and n[0] == "1":
                assert n[:3] not in MOB_PRE or k in ("order_no",), (k, v)
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
    assert df.equals(make_blind43_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

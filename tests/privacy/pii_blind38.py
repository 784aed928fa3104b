"""Thirty-eighth blind PII corpus (``split == "blind38"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十三位写手")
under the blind-corpus rules: it did NOT read anything under
``toolkit/privacy/`` except the lines of ``toolkit/privacy/mask.py`` that
define ``PII_KINDS`` and ``PLACEHOLDERS``; it read nothing under ``bench/`` or
``docs/``, not the README, no git history, and of ``tests/`` only lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the layout and
the entry-point names).  It glanced at a few lines of
``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl`` for the tone of
customer-service chats (no data copied).  It never imported ``toolkit`` and
never ran any masking or finding function on this corpus.  Value shapes,
chat contexts and labels come only from the writer's own idea of the trade.

What is different here: APP AND ONLINE ACCOUNT SUPPORT.  WeCom 1:1 and group
chats between the support staff of consumer apps / online services (video and
music memberships, e-commerce, payments, cloud storage, ride-hailing and
parking apps, social apps; games excluded) and their users: account recovery,
changing the bound phone or e-mail, real-name verification with ID numbers,
frozen / banned accounts and appeals, payment, auto-renewal and refund
problems with bank cards, suspicious logins, physical rewards mailed to an
address, WeChat / QQ given as a contact, agents asking the user to verify.
Near-misses are the numbers that fill such chats without being personal:
UIDs / user IDs, order and payment transaction numbers, refund numbers,
verification codes, IP addresses, device models, app versions, timestamps,
error codes, subscription prices, ticket numbers, masked values
(``138****5678``, ``****1234``, ``z***@qq.com``), tail digits, URLs,
400 / 95xxx hotlines, SMS sender numbers, redeem codes, IMEIs, postal codes,
card-length reference numbers failing Luhn and 18-digit order numbers failing
the ID check digit.

Seed
----
``SEED = "blind38-2026-app-account-第四十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card / IMEI Luhn digits are computed here.  Every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Each value format is first forced ``FORCE_PER_FMT`` (5) times
into distinct templates holding a slot of its kind; the other rows draw
formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, dots, parentheses around an area code) are inside;
  an address runs from its first place unit to its last house-level unit
  (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number such as ``1502``
  or ``3-2-1502``).  Names are never labelled and never written.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind38"``

Counts (``python tests/privacy/pii_blind38.py``)
------------------------------------------------
rows=1630 pii_rows=925 near_rows=705 entities=1315;
entities by kind: mobile 393, bank_card 166, email 143, address 138, id_card 112, landline 103,
plate 96, wechat 87, qq 77;
near-miss spans=1389 (1126 in near-miss rows) kinds=25:
price 223, order_no 107, timestamp 90, app_version 75, date 74, error_code 72, uid 70, device_model
70, ticket_no 62, duration 61, txn_no 54, plan 50, imei 44, ip 38, tail_digits 35, masked 35,
hotline 35, sms_sender 30, bad_id 28, refund_no 27, bad_card 27, verify_code 25, url 22, redeem_code
18, postal_code 17;
formats=50 distinct (9 kinds), each used >= 5 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind38-2026-app-account-第四十三位写手"
SPLIT = "blind38"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 930
N_NEAR_ROWS = 700

# ---------------------------------------------------------------- helpers


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-().·]", "", s)


# ---------------------------------------------------------------- value pools

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
AREA8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0755", "0512",
         "0532", "0731", "0591", "0871", "0351", "0371", "0551", "0769", "0757", "0574", "0592")
AREA7 = ("0915", "0736", "0937", "0716", "0358", "0794")
ID_REGIONS = ("110101", "110105", "110108", "120104", "130102", "140105", "210102", "220102", "230103",
              "310104", "310115", "320102", "320506", "330106", "330382", "340104", "350203", "360102",
              "370102", "370202", "410105", "411302", "420106", "430104", "440106", "440305", "441900",
              "450103", "500103", "510107", "520102", "530102", "610113", "620102", "640104", "650102")
BIN_UP16 = ("622588", "621483", "621485", "622575", "625965", "622609")
BIN_UP19 = ("622848", "621700", "622202", "621226", "621661", "623668", "621799", "622908")
BIN_VISA = ("436742", "427010", "439225", "404119")
BIN_MASTER = ("518710", "524094", "552599", "512315")
BIN_95 = ("955990", "955880")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "gmail.com", "foxmail.com",
                 "139.com", "yeah.net", "hotmail.com", "aliyun.com", "sohu.com")
CORP_DOMAINS = ("xinghe-tech.com.cn", "hzyunfan.cn", "dfkj.com.cn", "sz-meilian.com", "bjhuaxin.net.cn")
NAME_STEMS = ("zhangwei", "lina", "wangfang", "liuyang", "chenjing", "yangguang", "huangxin", "zhaolei",
              "xiaoyu", "sunhao", "mengmeng", "tiantian", "kevin", "amy", "jackychen", "lucky", "xiaomi",
              "feifei", "dabao", "wuhao", "zhouqi", "xuyan", "lanlan", "jiajia", "tony", "echo")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ADDR_PCD = (("广东省", "深圳市", "南山区"), ("浙江省", "杭州市", "西湖区"), ("江苏省", "南京市", "鼓楼区"),
            ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"), ("山东省", "青岛市", "市南区"),
            ("河南省", "郑州市", "金水区"), ("福建省", "厦门市", "思明区"), ("湖南省", "长沙市", "岳麓区"),
            ("陕西省", "西安市", "雁塔区"), ("江苏省", "苏州市", "工业园区"), ("广东省", "广州市", "天河区"),
            ("浙江省", "宁波市", "鄞州区"), ("安徽省", "合肥市", "蜀山区"), ("辽宁省", "沈阳市", "和平区"))
ADDR_MUNI = (("北京市", "朝阳区"), ("北京市", "海淀区"), ("上海市", "浦东新区"), ("上海市", "徐汇区"),
             ("天津市", "南开区"), ("重庆市", "渝北区"), ("上海市", "闵行区"), ("北京市", "丰台区"))
ROADS = {  # district -> real-sounding roads of that city
    "南山区": ("深南大道", "南海大道", "科技南十二路"), "西湖区": ("文一西路", "文三路", "天目山路"),
    "鼓楼区": ("中山北路", "湖南路", "北京西路"), "武侯区": ("武侯祠大街", "科华北路", "人民南路四段"),
    "洪山区": ("珞喻路", "雄楚大道"), "市南区": ("香港中路", "东海西路"), "金水区": ("花园路", "经三路"),
    "思明区": ("湖滨南路", "厦禾路"), "岳麓区": ("麓山南路", "桐梓坡路"), "雁塔区": ("小寨东路", "长安南路"),
    "工业园区": ("星湖街", "金鸡湖大道"), "天河区": ("体育西路", "天河路", "黄埔大道西"),
    "鄞州区": ("钱湖北路", "天童南路"), "蜀山区": ("长江西路", "黄山路"), "和平区": ("南京北街", "太原街"),
    "朝阳区": ("建国路", "朝阳北路", "望京街"), "海淀区": ("学院路", "中关村大街"), "浦东新区": ("张杨路", "世纪大道"),
    "徐汇区": ("漕溪北路", "虹桥路"), "南开区": ("鞍山西道", "卫津路"), "渝北区": ("新南路", "金开大道"),
    "闵行区": ("七莘路", "莲花南路"), "丰台区": ("南三环西路", "丰台北路"),
}
ESTATES = ("阳光花园", "翠湖小区", "万科城", "金地名苑", "幸福里小区", "碧桂园", "华润二十四城", "保利香槟国际",
           "绿地新都会", "融创玖樟台", "龙湖春江郦城", "世纪家园", "天鹅湾", "锦绣华庭", "中海国际社区")
TOWERS = ("中关村大厦", "环球中心", "软件产业基地", "创业大厦", "国贸写字楼", "科兴科学园", "金融港")
VILLAGES = (("河南省", "周口市", "郸城县", "宁平镇", "李楼村"), ("山东省", "菏泽市", "曹县", "青堌集镇", "朱庄村"),
            ("安徽省", "阜阳市", "临泉县", "姜寨镇", "前王村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "东升村"),
            ("四川省", "南充市", "仪陇县", "新政镇", "白鹤村"), ("江西省", "赣州市", "于都县", "贡江镇", "长塘村"))
CN_NUM = "一二三四五六七八九"

# ---------------------------------------------------------------- PII formats


def _mobile_digits(r):
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def _fmt_mobile(r, fmt):
    m = _mobile_digits(r)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if fmt == "fullwidth":
        return "", m.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), ""
    if fmt == "space_4_4_3":
        return "", f"{m[:4]} {m[4:8]} {m[8:]}", ""
    raise KeyError(fmt)


def _email_local(r):
    stem = r.choice(NAME_STEMS)
    tail = r.choice(("", str(r.randint(1, 99)), str(r.randint(1980, 2005)), "520", "666", "888"))
    return stem + tail


def _fmt_email(r, fmt):
    if fmt == "qq_numeric":
        return "", f"{_qq_digits(r, r.choice((8, 9, 10)))}@qq.com", ""
    if fmt == "alnum":
        return "", f"{_email_local(r)}@{r.choice(EMAIL_DOMAINS)}", ""
    if fmt == "dotted":
        a, b = r.sample(NAME_STEMS, 2)
        sep = r.choice((".", "_"))
        return "", f"{a}{sep}{b}{r.choice(('', str(r.randint(1, 99))))}@{r.choice(EMAIL_DOMAINS)}", ""
    if fmt == "corp_cn":
        return "", f"{r.choice(NAME_STEMS)}@{r.choice(CORP_DOMAINS)}", ""
    if fmt == "fullwidth_at":
        return "", f"{_email_local(r)}＠{r.choice(EMAIL_DOMAINS)}", ""
    if fmt == "upper":
        return "", f"{_email_local(r)}@{r.choice(EMAIL_DOMAINS)}".upper(), ""
    raise KeyError(fmt)


def _id_value(r, want_x=None):
    while True:
        y = r.randint(1962, 2006)
        mth = r.randint(1, 12)
        d = r.randint(1, 28 if mth == 2 else 30)
        body = f"{r.choice(ID_REGIONS)}{y:04d}{mth:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(body)
        if want_x is None and c != "X" or want_x and c == "X":
            return body + c


def _fmt_id(r, fmt):
    if fmt == "plain18":
        return "", _id_value(r), ""
    if fmt == "x_upper":
        return "", _id_value(r, True), ""
    if fmt == "x_lower":
        return "", _id_value(r, True).lower(), ""
    if fmt == "space_6_8_4":
        v = _id_value(r, r.random() < 0.1 or None)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def _g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def _fmt_card(r, fmt):
    if fmt == "unionpay16_plain":
        return "", _card(r, BIN_UP16, 16), ""
    if fmt == "unionpay19_plain":
        return "", _card(r, BIN_UP19, 19), ""
    if fmt == "space_4444":
        return "", _g4(_card(r, BIN_UP16, 16)), ""
    if fmt == "space_19":
        return "", _g4(_card(r, BIN_UP19, 19)), ""
    if fmt == "visa16_plain":
        return "", _card(r, BIN_VISA, 16), ""
    if fmt == "master16_space":
        return "", _g4(_card(r, BIN_MASTER, 16)), ""
    if fmt == "domestic95_19":
        return "", _card(r, BIN_95, 19), ""
    if fmt == "dash_4444":
        return "", _g4(_card(r, BIN_UP16 + BIN_MASTER, 16), "-"), ""
    raise KeyError(fmt)


def _local(r, n):
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _ext(r):
    return r.choice(("", "", "", "", "转" + str(r.randint(800, 8999)), "-" + str(r.randint(800, 899)),
                     " 分机" + str(r.randint(100, 999))))


def _fmt_landline(r, fmt):
    if fmt == "dash":
        return "", f"{r.choice(AREA8)}-{_local(r, 8)}", _ext(r)
    if fmt == "paren":
        return "", f"({r.choice(AREA8)}){_local(r, 8)}", _ext(r)
    if fmt == "paren_cn":
        return "", f"（{r.choice(AREA8)}）{_local(r, 8)}", ""
    if fmt == "plain":
        return "", f"{r.choice(AREA8)}{_local(r, 8)}", ""
    if fmt == "space":
        return "", f"{r.choice(AREA8)} {_local(r, 8)}", ""
    if fmt == "dash_7digit":
        return "", f"{r.choice(AREA7)}-{_local(r, 7)}", _ext(r)
    raise KeyError(fmt)


def _qq_digits(r, n):
    return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _fmt_qq(r, fmt):
    n = {"digits_8": 8, "digits_9": 9, "digits_10": 10}[fmt]
    return "", _qq_digits(r, n), ""


def _fmt_wechat(r, fmt):
    stem = r.choice(NAME_STEMS)
    if fmt == "custom_lower":
        return "", stem + str(r.randint(10, 9999)), ""
    if fmt == "underscore":
        return "", f"{stem}_{r.choice(('', 'x', 'a', 'vip'))}{r.randint(1, 2005)}", ""
    if fmt == "wxid":
        s = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        return "", "wxid_" + s, ""
    if fmt == "hyphen":
        a, b = r.sample(NAME_STEMS, 2)
        return "", f"{a}-{b}{r.randint(1, 99)}", ""
    if fmt == "mixed_case":
        return "", f"{stem.capitalize()}_{r.choice(('Lee', 'Wang', 'Chen', 'Liu', 'Zhou'))}{r.randint(1, 999)}", ""
    raise KeyError(fmt)


def _plate_tail(r, n_let_max=2):
    out, lets = [], 0
    for _ in range(5):
        if lets < n_let_max and r.random() < 0.2:
            out.append(r.choice(PLATE_LET))
            lets += 1
        else:
            out.append(r.choice("0123456789"))
    return "".join(out)


def _fmt_plate(r, fmt):
    p, l = r.choice(PLATE_PROV), r.choice(PLATE_LET)
    if fmt == "std7":
        return "", p + l + _plate_tail(r), ""
    if fmt == "dot_sep":
        return "", p + l + "·" + _plate_tail(r), ""
    if fmt == "space_sep":
        return "", p + l + " " + _plate_tail(r), ""
    if fmt == "new_energy8":
        return "", p + l + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""
    raise KeyError(fmt)


def _unit(r):
    c = r.randrange(4)
    if c == 0:
        return f"{r.randint(1, 18)}栋{r.randint(1, 4)}单元{r.randint(2, 32)}{r.randint(1, 6):02d}"
    if c == 1:
        return f"{r.randint(1, 20)}号楼{r.randint(1, 3)}单元{r.randint(1, 18)}{r.randint(1, 4):02d}室"
    if c == 2:
        return f"{r.randint(1, 12)}幢{r.randint(1, 28)}{r.randint(1, 4):02d}室"
    return f"{r.randint(1, 9)}期{r.randint(1, 16)}栋{r.randint(3, 30)}{r.randint(1, 8):02d}"


def _fmt_address(r, fmt):
    if fmt == "full_prov":
        p, c, d = r.choice(ADDR_PCD)
        return "", f"{p}{c}{d}{r.choice(ROADS[d])}{r.randint(1, 999)}号{r.choice(ESTATES)}{_unit(r)}", ""
    if fmt == "municipality":
        c, d = r.choice(ADDR_MUNI)
        if c == "上海市":
            return "", f"{c}{d}{r.choice(ROADS[d])}{r.randint(100, 2999)}弄{r.randint(1, 60)}号{r.randint(1, 24)}0{r.randint(1, 6)}室", ""
        return "", (f"{c}{d}{r.choice(ROADS[d])}{r.randint(1, 200)}号院{r.randint(1, 20)}号楼{r.randint(1, 4)}单元"
                    f"{r.randint(1, 24)}0{r.randint(1, 4)}"), ""
    if fmt == "district_start":
        d = r.choice([x[2] for x in ADDR_PCD] + [x[1] for x in ADDR_MUNI])
        return "", f"{d}{r.choice(ROADS[d])}{r.randint(1, 300)}号{r.choice(ESTATES)}{_unit(r)}", ""
    if fmt == "estate_dash":
        p, c, d = r.choice(ADDR_PCD)
        return "", f"{c}{d}{r.choice(ESTATES)}{r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(2, 30)}0{r.randint(1, 4)}", ""
    if fmt == "village":
        p, c, x, t, v = r.choice(VILLAGES)
        return "", f"{p}{c}{x}{t}{v}{r.choice(CN_NUM)}组{r.randint(1, 88)}号", ""
    if fmt == "spaced_form":
        p, c, d = r.choice(ADDR_PCD)
        return "", f"{p} {c} {d} {r.choice(ROADS[d])}{r.randint(1, 500)}号 {r.choice(ESTATES)}{_unit(r)}", ""
    if fmt == "road_no":
        p, c, d = r.choice(ADDR_PCD)
        return "", f"{c}{d}{r.choice(ROADS[d])}{r.randint(1, 999)}号", ""
    if fmt == "office_floor":
        c, d = r.choice(ADDR_MUNI)
        return "", f"{c}{d}{r.choice(ROADS[d])}{r.randint(1, 200)}号{r.choice(TOWERS)}{r.randint(3, 28)}层", ""
    raise KeyError(fmt)


# (kind, [(format, weight), ...], generator)
_FMT_TABLES = (
    ("mobile", (("plain", 10), ("space_344", 3), ("dash_344", 2), ("plus86_plain", 2), ("fullwidth", 0.4),
                ("space_4_4_3", 0.6)), _fmt_mobile),
    ("email", (("qq_numeric", 5), ("alnum", 6), ("dotted", 3), ("corp_cn", 2), ("fullwidth_at", 0.5),
               ("upper", 0.5)), _fmt_email),
    ("id_card", (("plain18", 10), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1)), _fmt_id),
    ("bank_card", (("unionpay16_plain", 4), ("unionpay19_plain", 6), ("space_4444", 3), ("space_19", 3),
                   ("visa16_plain", 1), ("master16_space", 1), ("domestic95_19", 1), ("dash_4444", 1)), _fmt_card),
    ("landline", (("dash", 6), ("paren", 2), ("paren_cn", 1), ("plain", 2), ("space", 2), ("dash_7digit", 1)),
     _fmt_landline),
    ("qq", (("digits_8", 3), ("digits_9", 4), ("digits_10", 4)), _fmt_qq),
    ("wechat", (("custom_lower", 4), ("underscore", 3), ("wxid", 2), ("hyphen", 1), ("mixed_case", 2)), _fmt_wechat),
    ("plate", (("std7", 6), ("dot_sep", 2), ("space_sep", 1), ("new_energy8", 2)), _fmt_plate),
    ("address", (("full_prov", 5), ("municipality", 3), ("district_start", 3), ("estate_dash", 2), ("village", 2),
                 ("spaced_form", 1), ("road_no", 2), ("office_floor", 2)), _fmt_address),
)
_FMT = {k: (tab, gen) for k, tab, gen in _FMT_TABLES}

# ---------------------------------------------------------------- near-miss generators

DEVICES = ("iPhone 15 Pro Max", "iPhone 13", "iPhone 14 Plus", "HUAWEI Mate 60 Pro", "华为P50", "Redmi K70",
           "小米14", "vivo X100", "OPPO Reno11", "荣耀Magic6", "iPad Air 5", "一加12", "MacBook Pro", "nova 11",
           "红米Note 12 Turbo", "三星 Galaxy S23")
PLANS = ("连续包月", "连续包季", "连续包年", "年卡", "超级会员", "SVIP年费", "白金会员", "家庭版")
URLS = ("https://help.example-app.com/appeal", "https://m.yunpan-kf.cn/account/recover",
        "https://kf.qiaomai.com/ticket/new", "https://www.vipvideo.cn/refund?from=wecom",
        "https://accounts.xiaoyun.com/security", "https://h5.linklife.cn/realname/verify",
        "www.tingting-music.com/help", "https://support.mallgo.cn/faq/1024")
ERRS = ("E1024", "-2001", "40301", "ERR_ACCOUNT_LOCKED", "10019", "A0230", "E-5003", "503", "AUTH_FAILED_07",
        "-10027", "90021")


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _safe_long(v):
    n = _norm(v)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    return True


def _nm_order_no(r):
    while True:
        v = r.choice(("", "", "", "DD", "NO")) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(
            r, r.choice((10, 12, 13)), "0123456789")
        if _safe_long(v):
            return v


def _nm_txn_no(r):
    if r.random() < 0.5:
        return "420000" + _digits(r, 4, "0123456789") + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789")
    return f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}22001" + _digits(r, 15, "0123456789")


def _nm_refund_no(r):
    while True:
        v = "50" + _digits(r, r.choice((17, 26)), "0123456789")
        if _safe_long(v):
            return v


def _nm_bad_card(r):
    while True:
        v = _card(r, BIN_UP19 + BIN_UP16, r.choice((16, 19)))
        v = v[:-1] + str((int(v[-1]) + r.randint(1, 9)) % 10)
        if not _luhn_ok(v):
            return v


def _nm_bad_id(r):
    while True:
        v = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789")
        if not _id_ok(v) and not _luhn_ok(v):
            return v


def _nm_imei(r):
    body = "86" + _digits(r, 12, "0123456789")
    return body + _luhn_digit(body)


def _nm_masked(r):
    c = r.randrange(6)
    if c == 0:
        m = _mobile_digits(r)
        return m[:3] + "****" + m[7:]
    if c == 1:
        return "****" + _digits(r, 4, "0123456789")
    if c == 2:
        return r.choice("zlwcyhx") + "***@" + r.choice(("qq.com", "163.com", "126.com", "gmail.com"))
    if c == 3:
        return r.choice(ID_REGIONS)[:3] + "*" * 11 + _digits(r, 4, "0123456789")
    if c == 4:
        return r.choice(BIN_UP19)[:4] + " **** **** " + _digits(r, 4, "0123456789")
    m = _mobile_digits(r)
    return m[:3] + "*****" + m[8:]


_NEAR_GENS = {
    "uid": lambda r: _digits(r, r.choice((8, 9, 10))),
    "order_no": _nm_order_no,
    "txn_no": _nm_txn_no,
    "refund_no": _nm_refund_no,
    "verify_code": lambda r: _digits(r, r.choice((6, 6, 4)), "0123456789"),
    "ip": lambda r: r.choice(("223.104", "117.136", "39.144", "112.97", "183.14", "36.112", "120.229",
                              "101.88")) + f".{r.randint(0, 255)}.{r.randint(1, 254)}",
    "device_model": lambda r: r.choice(DEVICES),
    "app_version": lambda r: r.choice(("v", "V", "")) + f"{r.randint(3, 14)}.{r.randint(0, 30)}.{r.randint(0, 60)}",
    "timestamp": lambda r: r.choice((
        f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        f"{r.randint(1, 12)}月{r.randint(1, 28)}日{r.choice(('凌晨', '晚上', '下午', ''))}{r.randint(1, 11)}:{r.randint(0, 59):02d}",
        f"2024/{r.randint(1, 12)}/{r.randint(1, 28)} {r.randint(0, 23)}:{r.randint(0, 59):02d}")),
    "error_code": lambda r: r.choice(ERRS),
    "price": lambda r: r.choice(("¥15", "¥25", "19.9元", "¥30", "68元", "148元", "¥198", "248.00元", "￥12.00",
                                 "￥488.00", "1,288.00元", "25元", "¥6", "30块", "￥168", "88元", "¥9.9", "45元")),
    "ticket_no": lambda r: r.choice(("GD", "TK", "SR", "#")) + (f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                                                                  + _digits(r, 5, "0123456789")
                                                                  if r.random() < 0.6 else _digits(r, 8)),
    "masked": _nm_masked,
    "tail_digits": lambda r: _digits(r, 4, "0123456789"),
    "url": lambda r: r.choice(URLS),
    "hotline": lambda r: r.choice((f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                                   f"400{r.randint(100, 999)}{r.randint(1000, 9999)}", "95188", "95017", "95555",
                                   "95588", "95533", f"800-{r.randint(800, 830)}-{r.randint(1000, 9999)}")),
    "sms_sender": lambda r: "10690" + _digits(r, r.choice((7, 8)), "0123456789"),
    "redeem_code": lambda r: "-".join("".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))
                                      for _ in range(r.choice((3, 4)))),
    "imei": _nm_imei,
    "postal_code": lambda r: r.choice(("518000", "310012", "210008", "610041", "430074", "266001", "450000",
                                       "361001", "100020", "200120", "466000", "274400")),
    "bad_card": _nm_bad_card,
    "bad_id": _nm_bad_id,
    "date": lambda r: r.choice((f"2024年{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 12)}月{r.randint(1, 28)}号",
                                f"{r.randint(1, 12)}.{r.randint(1, 28)}")),
    "plan": lambda r: r.choice(PLANS),
    "duration": lambda r: f"{r.choice((3, 5, 7, 15, 30))}个工作日" if r.random() < 0.5 else f"{r.choice((24, 48, 72))}小时",
}

# ---------------------------------------------------------------- templates
# C| customer, A| agent.  {kind} = PII slot, {~near} = near-miss slot.

PII_TEMPLATES = (
    # --- account recovery / login
    "C|我账号登不上了，注册手机号是{mobile}，那个号码已经停机了收不到验证码",
    "C|你好 我想找回账号，绑定的手机{mobile}，邮箱{email}",
    "C|{mobile} 这个是我的账号，密码忘了，短信一直收不到",
    "C|找回密码提示手机号不存在？我确定是用{mobile}注册的啊",
    "C|账号是用邮箱注册的：{email}\n现在邮箱也登不进去了😭",
    "C|我之前用QQ{qq}登录的，现在QQ被盗了，怎么把你们这边的账号找回来",
    "C|原来是微信一键登录的，微信号{wechat}，现在微信换了号",
    "A|已经帮您查到了，绑定手机{mobile}，请问是您本人在使用吗？",
    "C|登录的时候一直提示{~error_code}，账号{mobile}，帮忙看下",
    "C|UID {~uid}，绑定的手机是{mobile}，昨天{~timestamp}之后就登不上了",
    "C|是这个号{mobile}",
    "C|{email}",
    "C|手机号：{mobile}\n邮箱：{email}\n问题：登录提示账号异常",
    "A|麻烦您确认下，注册邮箱是不是{email}？我们把重置链接发这个邮箱",
    "C|邮箱写错了，应该是{email}，不是我刚才发的那个",
    # --- change bound phone / email
    "C|我想换绑手机，旧号{mobile}不用了，新号{mobile}",
    "C|旧手机号{mobile}已经注销了 新的是{mobile} 麻烦帮我改下绑定",
    "C|换绑邮箱，原邮箱{email}改成{email}",
    "A|换绑申请已提交，工单号{~ticket_no}，新手机号{mobile}会在{~duration}内生效",
    "C|我的新号码{mobile}，帮我绑到账号{~uid}上面",
    "C|能不能把绑定邮箱换成{email}，公司邮箱不用了",
    "C|换绑一直失败提示{~error_code}，新号是{mobile}",
    "C|我老婆的号{mobile}之前绑在我账号上了，想解绑换成我自己的{mobile}",
    "C|申请人手机：{mobile}   身份证：{id_card}   原绑定手机已丢失",
    # --- real-name verification
    "C|实名认证一直不通过，身份证号{id_card}，是我本人的啊",
    "C|身份证号码 {id_card}",
    "C|{id_card} 这是我身份证号，帮忙查下为什么认证失败",
    "C|身份证：{id_card}\n手机：{mobile}\n认证提示信息不一致",
    "C|我是用我妈的身份证{id_card}实名的，现在想改成我自己的{id_card}",
    "C|刷脸认证一直失败，{~device_model}，版本{~app_version}，身份证号{id_card}",
    "C|未成年人认证 身份证{id_card} 家长手机{mobile}",
    "C|我的证件号是{id_card}，输了好几遍都说格式不对",
    "A|已为您提交人工审核，审核时效{~duration}，证件号{id_card}对应的账号为UID{~uid}",
    "C|认证的时候身份证号输成{id_card}了，能改吗",
    "C|实名信息：身份证 {id_card}，银行卡 {bank_card}，预留手机 {mobile}",
    # --- frozen / banned / appeal
    "C|我的账号被冻结了，手机号{mobile}，我什么违规操作都没做",
    "C|账号被封了要申诉，申诉资料：身份证{id_card}，联系电话{mobile}",
    "C|申诉提交了{~duration}了还没结果，工单{~ticket_no}，手机号{mobile}",
    "C|账号{~uid}被风控了，解冻需要什么材料？我手机{mobile}",
    "A|您的申诉已受理，处理结果会发送到{email}，请注意查收",
    "C|麻烦加我微信{wechat}，申诉材料图片太多在这发不了",
    "C|我QQ是{qq}，你们可以QQ联系我，企业微信我不常看",
    "C|冻结前最后一次登录是{~timestamp}，IP{~ip}不是我，我一直在{address}住",
    "C|被封号了，申诉邮箱填的{email}，一直没回复",
    "C|解封需要的身份证正反面发您邮箱了，我的邮箱是{email}，身份证号{id_card}",
    # --- suspicious logins
    "C|收到异地登录提醒，{~timestamp}在{~ip}登录，不是我本人！账号手机{mobile}",
    "C|有人在{~device_model}上登了我的号，赶紧帮我冻结，手机号{mobile}",
    "C|异常登录提醒发到我邮箱{email}了，但是我没登录过",
    "A|已为您强制下线其他设备，建议修改密码；如有疑问可回拨{landline}",
    "C|账号被盗了还被改了绑定手机，现在绑的是{mobile}，不是我的号！我原来的是{mobile}",
    "C|盗号的人把邮箱改成{email}了，我原来是{email}",
    # --- payment / refund / bank cards
    "C|退款退到哪张卡？我付款用的是{bank_card}",
    "C|自动续费扣了我{~price}，卡号{bank_card}，我根本没开通",
    "C|银行卡 {bank_card} 被扣了两次{~price}，订单号{~order_no}",
    "C|退款请退到这张卡：{bank_card}，开户行招商银行",
    "A|退款已原路退回尾号{~tail_digits}的银行卡，预计{~duration}到账，交易单号{~txn_no}",
    "C|我卡号{bank_card}，交易单号{~txn_no}，钱扣了会员没到账",
    "C|提现到银行卡一直失败，卡号：{bank_card}，提示{~error_code}",
    "C|{bank_card}\n这张卡解绑一下，以后不用了",
    "C|绑卡的时候提示卡号有误，可我的卡就是{bank_card}啊",
    "C|信用卡{bank_card}被盗刷了{~price}，是在你们平台买的会员",
    "C|能退到别的卡吗，原卡{bank_card}已经注销了，新卡{bank_card}",
    "C|退款账户：{bank_card}\n开户人：本人\n预留手机：{mobile}",
    "C|付款卡号 {bank_card} 预留手机 {mobile} 付款时间{~timestamp}",
    "C|支付宝付的，扣款账户是我绑的卡{bank_card}，支付宝交易号{~txn_no}",
    "C|我用的是visa卡{bank_card}，外币扣款{~price}，能退吗",
    "C|退款申请单号{~refund_no}，退到卡{bank_card}，都一周了",
    # --- membership / subscriptions
    "C|会员{~plan}{~price}，我只想开一个月，怎么取消？账号是手机号{mobile}",
    "C|我买的年卡没到账，付款账号{mobile}，订单{~order_no}",
    "C|用{email}这个账号开的会员，现在用手机号登录看不到",
    "C|帮我把会员转到另一个账号上，目标账号手机号{mobile}",
    "C|家庭版会员要加成员，成员手机号{mobile}、{mobile}",
    "C|取消自动续费后还是扣了{~price}，扣款卡{bank_card}，扣款时间{~date}",
    "C|开发票的邮箱：{email}，订单号{~order_no}",
    "A|电子发票已发送至{email}，请查收，如未收到请检查垃圾箱",
    "C|企业会员开票抬头已经填了，联系电话{landline}，收票邮箱{email}",
    # --- physical rewards / shipping
    "C|中奖的奖品寄到：{address}，电话{mobile}",
    "C|收货地址{address}\n手机{mobile}",
    "C|{address} {mobile}",
    "C|地址改一下，新地址是{address}，之前的填错了",
    "A|您好，您的积分兑换礼品将寄往{address}，请确认地址是否正确",
    "C|邮寄地址：{address}，邮编{~postal_code}",
    "C|寄{address}，收件电话{mobile}，白天家里没人可以放驿站",
    "C|会员周年礼盒还没收到，地址是{address}",
    "C|实物奖励寄公司吧：{address}，前台座机{landline}",
    "C|地址：{address}\n电话：{mobile}\n备注：工作日送",
    "C|我地址在{address}，快递一直显示派送失败",
    "C|奖品能寄到老家吗 {address}",
    "C|收件地址 {address}；联系人本人；手机 {mobile}",
    "C|礼品寄到{address}就行，谢谢啦🙏",
    "A|快递已发出，寄往{address}的包裹预计{~duration}送达",
    # --- contact channels: WeChat / QQ / landline
    "C|加我微信吧{wechat}，方便发截图",
    "C|微信：{wechat}",
    "C|vx {wechat} 有事直接找我",
    "C|我的微信号是{wechat}，手机号{mobile}也可以直接打",
    "C|{wechat}这个是我微信，加的时候备注一下账号问题",
    "C|QQ：{qq}",
    "C|扣扣{qq}，白天上班只能看QQ",
    "C|{qq}是我QQ号，也是这个QQ授权登录的",
    "C|QQ号{qq}，QQ邮箱{email}",
    "C|我平时用QQ{qq}，微信{wechat}，手机{mobile}，哪个都行",
    "C|座机{landline}，白天打这个",
    "C|公司电话{landline}，企业认证用的这个号",
    "C|有问题打我办公室电话{landline}或者手机{mobile}",
    "A|这边是企业客户服务专线，如需回电请拨{landline}，工作日9:00-18:00",
    "C|我们公司座机是{landline}，营业执照上也是这个",
    "C|企业账号管理员联系方式：{landline} / {mobile}",
    "C|家里座机{landline}，手机最近丢了",
    "C|{landline} 这是我们店里电话，商家后台账号被锁了",
    "C|财务那边电话{landline}，对公退款可以联系她",
    "C|我QQ{qq}被冻结了没法用QQ登录你们app了，能不能改用手机{mobile}登录",
    "C|加一下我企业微信吧，或者个人微信{wechat}",
    "C|微信号 {wechat}\nQQ {qq}",
    # --- plates (parking / ETC / ride-hailing apps)
    "C|停车app上我的车牌{plate}被别人绑定了，我没法开无感支付",
    "C|帮我解绑车牌{plate}，车已经卖了",
    "C|车牌号{plate}，停车费扣了两次{~price}，订单{~order_no}",
    "C|ETC扣费异常，车牌{plate}，扣款卡{bank_card}",
    "C|{plate} 这个车牌绑我账号上了，手机号{mobile}",
    "C|车牌：{plate}\n手机：{mobile}\n问题：离场没抬杆但是扣费了",
    "C|我换车了，新车牌{plate}，旧的{plate}帮我删掉",
    "C|司机端认证车牌{plate}审核不通过，提示{~error_code}",
    "A|已为您解除车牌{plate}与原账号的绑定，请重新在app里添加",
    "C|打车的时候司机车牌{plate}跟app上显示的不一致，我要投诉",
    "C|车辆{plate}，月卡会员{~price}，想退",
    "C|我家两辆车{plate}和{plate}都想绑一个账号",
    # --- misc account details
    "C|我叫客服帮我查一下 手机{mobile} 身份证{id_card} 到底绑了几个账号",
    "C|注销账号需要什么？我手机号{mobile}，身份证{id_card}",
    "C|子账号的邮箱是{email}，主账号是{mobile}",
    "C|云盘里文件被删了，账号{email}，{~timestamp}左右删的",
    "C|外卖app上的地址{address}不是我加的，怀疑账号被盗",
    "C|默认地址总是被改成{address}，我根本不住那",
    "A|核实通过，账号绑定手机{mobile}、邮箱{email}，已为您解除冻结",
    "C|麻烦核实：{mobile}、{id_card}、{bank_card}，这三个都是我本人的",
    "C|您好 我是{address}的业主，物业app的账号绑定不上，手机{mobile}",
    "C|社区app实名地址写的{address}，手机号换了{mobile}",
    "C|问一下，用{mobile}注册的账号和用{email}注册的能合并吗",
    "C|孩子用我的号{mobile}充了{~price}，能不能退，付款卡{bank_card}",
    "C|手机号{mobile}\n身份证{id_card}\n银行卡{bank_card}\n帮我查下为什么提现不到账",
    "C|我不是{mobile}，是{mobile}，你们查错人了",
    "C|通知短信发到{mobile}了吗？我没收到，只收到{~sms_sender}发的广告",
    "C|在吗 刚才发的邮箱打错一个字母 是{email}",
    "C|直接打我电话{mobile}吧，打字说不清楚",
    "C|回电{mobile}，下午三点以后方便",
    "C|QQ邮箱也行 {email}，或者直接加QQ{qq}",
    "C|我那个QQ号{qq}绑定的，现在QQ改了密码登不上你们这了",
    "C|@客服 我的QQ是{qq} 麻烦加一下",
    "A|已添加您的QQ{qq}为好友，请通过一下验证",
    "C|企鹅号 {qq}，手机号{mobile}",
    "C|我微信{wechat}，手机号不是微信号哈",
    "C|加微信{wechat}（备注账号申诉）",
    "A|已通过好友申请，您的微信号是{wechat}对吧？",
    "C|微信号改了，现在是{wechat}，原来那个{wechat}不用了",
    "C|我们是商家，门店电话{landline}，后台账号被冻结影响营业了",
    "C|{landline}（工作日）/{mobile}（随时）",
    "C|联系电话：{landline}\n联系邮箱：{email}",
    "A|已记录您的回访电话{landline}，稍后专员会联系您",
    "C|车牌{plate}在小区停车app里显示欠费{~price}，我明明交过了",
    "C|身份证号:{id_card}",
    "C|【账号申诉】\n账号：{mobile}\n邮箱：{email}\n身份证：{id_card}\n原因：被误封",
    "C|麻烦退款到 {bank_card} 谢谢 工行的",
    "C|卡号是{bank_card}，不是我上面发的那个{~masked}",
    "C|微信支付绑的卡{bank_card}，在你们app里自动扣费了",
    "C|{email} 这个邮箱收不到验证邮件",
    "C|邮件发到{email}就行，我电脑上看",
    "C|手机好{mobile}，帮我查下是不是被封了",
    "C|我的号码{mobile}，这个号码就是我的账号",
    "C|群里说的那个奖品我也中了，地址{address}，电话{mobile}，QQ{qq}",
)

NEAR_TEMPLATES = (
    "C|我的UID是{~uid}，麻烦帮查一下会员为什么没到账",
    "C|用户ID：{~uid}",
    "C|订单号{~order_no}，付了{~price}会员没开通",
    "C|{~order_no}",
    "C|交易单号：{~txn_no}",
    "C|微信支付的，交易单号{~txn_no}，商户单号{~order_no}",
    "A|您好，退款已受理，退款单号{~refund_no}，预计{~duration}内原路退回",
    "A|已帮您查询，{~date}扣款{~price}为{~plan}自动续费",
    "C|验证码{~verify_code}是不是你们发的？我没申请过",
    "C|一直收不到验证码，收到的都是{~sms_sender}发来的",
    "A|请勿将验证码{~verify_code}告诉任何人，包括客服",
    "C|登录IP显示{~ip}，我人在广州，这个IP是哪里的？",
    "C|异地登录提醒：{~timestamp}，设备{~device_model}，IP {~ip}",
    "C|手机型号{~device_model}，app版本{~app_version}，一打开就闪退",
    "C|我更新到{~app_version}之后就登不上了，提示{~error_code}",
    "C|错误码{~error_code}是什么意思",
    "C|报错：{~error_code}\n时间：{~timestamp}\n版本：{~app_version}",
    "A|您好，错误码{~error_code}表示账号存在安全风险，需要完成身份验证",
    "C|{~plan}多少钱？页面写的{~price}，结账变成{~price}了",
    "C|开了{~plan}，说首月{~price}，第二个月扣了{~price}",
    "A|目前{~plan}价格为{~price}，{~plan}为{~price}，可随时取消",
    "C|工单号{~ticket_no}，已经{~duration}了还没人处理",
    "A|已为您升级处理，工单编号{~ticket_no}，请耐心等待",
    "C|{~ticket_no} 这个工单怎么被关闭了？",
    "C|短信说我手机{~masked}换绑成功，但我没操作过",
    "C|提示验证码已发送至{~masked}，这个号早就不用了",
    "A|查询到您账号绑定的手机为{~masked}，邮箱为{~masked}，请确认是否本人",
    "C|扣款银行卡显示{~masked}，不是我的卡啊",
    "C|绑定的是尾号{~tail_digits}的卡，我想换一张",
    "C|尾号{~tail_digits}那个手机号是我以前的号",
    "A|已退款至您尾号{~tail_digits}的储蓄卡，请留意银行短信",
    "C|申诉入口在哪？{~url} 这个打不开",
    "A|您可以通过{~url}提交申诉材料，审核时间约{~duration}",
    "C|客服电话{~hotline}打了好几次都没人接",
    "A|如需电话咨询可拨打官方热线{~hotline}，请勿相信其他号码",
    "C|我刚接到{~hotline}的电话说我会员要扣费，是你们的吗",
    "C|兑换码{~redeem_code}显示已被使用？我刚买的",
    "C|礼品卡卡密{~redeem_code}，充值失败",
    "C|设备IMEI：{~imei}，这个设备被你们拉黑了",
    "A|请提供设备IMEI号（类似{~imei}这样15位），在拨号盘输入*#06#即可查看",
    "C|付款时间{~timestamp}，金额{~price}，到现在会员还没生效",
    "C|{~date}买的{~plan}，{~date}就被封号了，钱能退吗",
    "C|账号{~uid}在{~device_model}上登录，提示{~error_code}",
    "C|商户订单号{~bad_card}，交易失败但钱扣了",
    "C|退款流水号{~bad_card}，银行说查不到",
    "A|您的退款批次号为{~bad_card}，可凭此号向银行查询",
    "C|订单编号{~bad_id}，{~date}买的",
    "C|我查了订单号是{~bad_id}，付了{~price}",
    "A|您反馈的订单{~bad_id}已完成退款",
    "C|邮编{~postal_code}，地址我私聊发给你",
    "C|礼品寄出了吗，快递是发往{~postal_code}这个邮编的区域吗",
    "C|账号ID {~uid}，IP {~ip}，时间 {~timestamp}",
    "A|已为您核实，UID{~uid}于{~timestamp}在{~device_model}上修改了密码",
    "C|为啥我{~plan}到期了还在扣{~price}？？",
    "C|连续包月每月{~price}，我想关掉自动续费",
    "A|关闭路径：我的-设置-账号与安全-自动续费管理，当前版本{~app_version}",
    "C|刚才验证码是{~verify_code}，但是提示已过期",
    "C|充值{~price}没到账，订单{~order_no}，时间{~timestamp}",
    "C|我朋友的UID{~uid}，他的号也被封了",
    "C|退款去哪了，退款单号{~refund_no}，{~duration}都过了",
    "A|麻烦您截图发一下报错页面，另外告知手机型号和app版本，例如{~device_model}、{~app_version}",
    "C|我的号{~masked}，就是这个被冻结了",
    "C|{~timestamp} 收到短信 验证码{~verify_code}",
    "C|好的 我等{~duration}",
    "C|v{~app_version}版本的bug还没修？",
    "A|工单{~ticket_no}已处理完成，退款{~price}已原路返回",
    "C|页面提示：您的账号因违规已被限制登录至{~date}",
    "C|我在{~url}看到的活动，奖品什么时候发",
    "C|交易号{~txn_no}，金额{~price}，麻烦核实",
    "C|为什么同一个订单{~order_no}扣了两次{~price}",
    "C|帮我查查这个订单 {~order_no} 退款状态",
    "C|iPhone上面开的会员，{~device_model}，苹果扣了{~price}",
    "A|iOS端订阅需在苹果设置中取消，苹果客服热线{~hotline}",
    "C|UID：{~uid}\n订单：{~order_no}\n问题：会员未到账",
    "C|已经发了三遍了，工单号是{~ticket_no}！",
    "C|卡号后四位{~tail_digits}，扣的钱退了吗",
    "C|{~sms_sender}发的短信说我账号存在风险，点链接{~url}验证，是真的吗",
    "A|{~sms_sender}是我们官方短信号码，但我们不会在短信里发链接，请勿点击",
    "C|设备是{~device_model}，系统版本{~app_version}",
    "C|这个月一共扣了我{~price}，分别是{~date}和{~date}",
    "C|IP地址{~ip}显示是我的号在上海登录，我在成都",
    "C|会员码{~redeem_code}怎么用？",
    "C|活动说满{~price}送实物奖品，我符合条件吧，订单{~order_no}",
    "A|您好，您的申诉编号为{~ticket_no}，结果将在{~duration}内通知",
    "C|我已经按你说的在{~app_version}里面点了注销",
    "C|提示\"{~error_code}：请求过于频繁\"",
    "C|扣款{~price}\n时间{~timestamp}\n交易单号{~txn_no}",
    "C|你们上次说{~date}前处理好，现在都过了",
    "C|IMEI {~imei} 和 {~imei}，两台手机都登不上",
    "A|您好，为了核实身份，请提供一下UID{~uid}绑定的手机号和注册时的邮箱，谢谢",
    "A|请您提供实名认证时填写的身份证号码，我们核对一下，认证单{~ticket_no}",
    "A|请提供付款银行卡号及预留手机号，我们向银行发起查询，交易单号{~txn_no}已记录",
)

_ROLE_PRE = {
    "C": ("", "", "", "", "您好，", "你好 ", "在吗？", "客服你好，", "亲，", "麻烦问下，", "hello "),
    "A": ("", "", "", "", "", "您好，", "亲，"),
}
_ROLE_POST = {
    "C": ("", "", "", "", "", "，谢谢", " 谢谢🙏", "！！", "～", "。", " 急！", "😭"),
    "A": ("", "", "", "", "。", "，感谢您的耐心等待。", "[微笑]"),
}

_SLOT_RE = re.compile(r"\{(~?\w+)\}")


def _slots(tpl: str):
    return [s for s in _SLOT_RE.findall(tpl)]


def _render(r, tpl, forced=None):
    """forced: (kind, fmt) applied to the first slot of that kind."""
    role, body = tpl.split("|", 1)
    pre = r.choice(_ROLE_PRE[role])
    if body.startswith(("您好", "你好", "亲", "在吗", "@")):
        pre = ""
    post = r.choice(_ROLE_POST[role])
    if body.endswith(("？", "！", "。", "🙏", "😭", "\n")) or "\n" in body[-12:]:
        post = ""
    text = pre
    ents, fmts, nears = [], [], []
    used_forced = False
    pos = 0
    for m in _SLOT_RE.finditer(body):
        text += body[pos:m.start()]
        pos = m.end()
        name = m.group(1)
        if name.startswith("~"):
            v = _NEAR_GENS[name[1:]](r)
            nears.append((name[1:], len(text), len(text) + len(v)))
            text += v
        else:
            tab, gen = _FMT[name]
            if forced and forced[0] == name and not used_forced:
                fmt = forced[1]
                used_forced = True
            else:
                fmt = r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]
            a, v, b = gen(r, fmt)
            text += a
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(fmt)
            text += v + b
    text += body[pos:] + post
    return text, ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    jobs = []
    for kind, tab, _ in _FMT_TABLES:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for fmt, _ in tab:
            for i in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                jobs.append(("P", i, (kind, fmt)))
    while len(jobs) < N_PII_ROWS:
        jobs.append(("P", r.randrange(len(PII_TEMPLATES)), None))
    for _ in range(N_NEAR_ROWS):
        jobs.append(("N", r.randrange(len(NEAR_TEMPLATES)), None))
    r.shuffle(jobs)
    rows = []
    for typ, i, forced in jobs:
        tpl = PII_TEMPLATES[i] if typ == "P" else NEAR_TEMPLATES[i]
        text, ents, fmts, nears = _render(r, tpl, forced)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(f"{typ}{i}")
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind38_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks

_ADDR_START = re.compile(r"^[\u4e00-\u9fff]{1,8}?(省|市|区|县)")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_PLATE_RE = re.compile(r"^[" + PLATE_PROV + r"][A-HJ-NP-Z][·\s]?([0-9A-HJ-NP-Z]{5}|[DF]\d{5})$")


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return re.fullmatch(r"1[3-9]\d{9}", n) is not None and n[:3] in MOBILE_PREFIXES
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_REGIONS
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n)
    if kind == "landline":
        return (re.fullmatch(r"0\d{9,11}", n) is not None
                and any(n.startswith(a) and len(n) - len(a) in (7, 8) for a in AREA8 + AREA7))
    if kind == "qq":
        return re.fullmatch(r"[1-9]\d{4,10}", v) is not None
    if kind == "wechat":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v) is not None
    if kind == "email":
        return re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", unicodedata.normalize("NFKC", v)) is not None
    if kind == "plate":
        return _PLATE_RE.fullmatch(v) is not None
    if kind == "address":
        return _ADDR_START.match(v) is not None and _ADDR_END.search(v) is not None
    raise KeyError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v[0] not in "：:，,。" and v[-1] not in "：:，,。", (k, v)
            assert _valid(k, v), (k, v, text)
            # value must not continue into a neighbouring alnum char
            bad = "0123456789" if k in ("mobile", "id_card", "bank_card", "landline", "qq") else \
                "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_@."
            if k != "address":
                assert s == 0 or text[s - 1] not in bad or text[:s].endswith("+86"), (k, text)
                assert e == len(text) or text[e] not in bad, (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if v.isdigit() and len(v) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
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
    assert df.equals(make_blind38_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab, _ in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

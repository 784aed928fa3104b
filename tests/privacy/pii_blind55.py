"""Fifty-fifth blind PII corpus (``split == "blind55"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (for
the layout and entry-point names).  It read no other corpus or test, nothing
under ``bench/`` or ``docs/``, not the README and no git history.  It never
imported ``toolkit`` and never ran any masking / finding function on this
data.  Value shapes, chat contexts and labels come only from the writer's own
idea of what such chats hold.

What is different here: AN ORDINARY ARCHIVE OF A B2B SOFTWARE AND OFFICE
SUPPLIES VENDOR.  Sales and support staff of a company selling SaaS seats,
printers, toner and office supplies talk in WeCom 1:1 and group chats with
office managers, admins, finance and IT staff of small and mid-size client
companies: company contacts with corporate e-mails and desk phones with
extensions, invoice information (抬头 / 税号 / 开户行 / 账号), delivery to
office buildings and industrial parks, trial accounts, admin real-name
verification, printer repair visits, visitor parking for the engineer's car,
refunds to a personal card.  It aims at an average day, not at hard cases.

Company bank accounts in invoice information are labelled ``bank_card``
(format ``corp_acct_*``): they are generated Luhn-valid, 19 digits, with
prefixes of real corporate account styles; this is a judgement call (see the
report).  Tax numbers (统一社会信用代码, always with letters), invoice
numbers / codes, order, ticket, tracking, serial and model numbers, licence
keys, trial-account ids, amounts, dates, 400 / 800 / 95xxx hotlines, bare
extensions, postal codes, masked numbers, card-length contract numbers failing
Luhn and ID-shaped numbers failing the check digit are near-misses.

Seed
----
``SEED = "blind55-2026-wecom-b2b-第六十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  Spans hold the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``, ``ext 806``) are outside;
  separators inside a value are inside; an address runs from its first place
  unit to its last house-level unit (号 / 栋 / 幢 / 号楼 / 座 / 单元 / 室 / 层 /
  楼 / a bare room number).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind55"``

Counts (``python tests/privacy/pii_blind55.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1266
(mobile 331, landline 191, address 160, email 146, bank_card 106, qq 92,
wechat 87, plate 81, id_card 72);
near-miss spans=1004 (986 in near-miss rows), 23 near-miss kinds
(date_time 132, amount 125, model_no 65, quantity 60, verify_code 57,
masked 56, invoice_no 52, tax_no 51, serial_no 48, order_no 42,
tracking_no 41, hotline 40, contract_no 35, ticket_no 35, place_only 32,
account_id 28, bad_card 26, url 22, extension 15, bad_id 13, postal_code 11,
ip_addr 9, license_key 9);
formats=42 distinct, each used >= 4 times in >= 3 templates
(105 PII templates, 61 near-miss templates).
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind55-2026-wecom-b2b-第六十位写手"
SPLIT = "blind55"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ---------------------------------------------------------------- validity helpers


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------- value generators
# each generator: (rng) -> list of (piece, tag); tag None | ("E", kind, fmt) | ("N", near_kind)

_MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                  "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
                  "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199", "147")


def _mob_digits(r):
    return r.choice(_MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))


def g_mobile(r):
    d = _mob_digits(r)
    fmt = r.choices(("plain", "space_344", "dash_344", "plus86_plain", "plus86_space"), (12, 3, 2, 1, 1))[0]
    if fmt == "plain":
        return [(d, ("E", "mobile", fmt))]
    if fmt == "space_344":
        return [(f"{d[:3]} {d[3:7]} {d[7:]}", ("E", "mobile", fmt))]
    if fmt == "dash_344":
        return [(f"{d[:3]}-{d[3:7]}-{d[7:]}", ("E", "mobile", fmt))]
    if fmt == "plus86_plain":
        return [(r.choice(("+86 ", "+86", "86-")), None), (d, ("E", "mobile", fmt))]
    return [("+86 ", None), (f"{d[:3]} {d[3:7]} {d[7:]}", ("E", "mobile", fmt))]


_AREA = (("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("025", 8), ("027", 8), ("028", 8),
         ("029", 8), ("024", 8), ("0571", 8), ("0755", 8), ("0512", 8), ("0532", 8), ("0574", 8),
         ("0591", 8), ("0731", 8), ("0371", 8), ("0551", 7), ("0769", 8), ("0757", 8), ("0592", 7),
         ("0531", 8), ("0411", 8), ("0760", 8), ("0579", 8))


def _local(r, n):
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _ext(r):
    return r.choice(("8", "6", "2", "3", "1")) + "".join(r.choice("0123456789") for _ in range(r.choice((2, 3, 3))))


def g_landline(r):
    a, n = r.choice(_AREA)
    loc = _local(r, n)
    fmt = r.choice(("dash", "dash", "dash", "dash_ext_zhuan", "dash_ext_dash", "paren", "compact",
                    "dash_ext_fenji", "space"))
    if fmt == "dash":
        return [(f"{a}-{loc}", ("E", "landline", fmt))]
    if fmt == "dash_ext_zhuan":
        return [(f"{a}-{loc}", ("E", "landline", fmt)), (r.choice(("转", "转", " 转 ")) + _ext(r), None)]
    if fmt == "dash_ext_dash":
        return [(f"{a}-{loc}", ("E", "landline", fmt)), ("-" + _ext(r), None)]
    if fmt == "dash_ext_fenji":
        return [(f"{a}-{loc}", ("E", "landline", fmt)), (r.choice((" 分机", "，分机", " ext ")) + _ext(r), None)]
    if fmt == "paren":
        return [(f"({a}){loc}" if r.random() < 0.6 else f"（{a}）{loc}", ("E", "landline", fmt))]
    if fmt == "compact":
        return [(a + loc, ("E", "landline", fmt))]
    return [(f"{a} {loc}", ("E", "landline", fmt))]


_PINYIN = ("zhangwei", "wangfang", "li.na", "liuyang", "chenjie", "yangli", "zhaolei", "huangmin", "zhoujing",
           "wuhao", "xuqian", "sunpeng", "maxiaoyu", "hu.bin", "guoting", "linfeng", "heyan", "gaojun",
           "luoxin", "zhengkai", "liang.yu", "songwen", "tangli", "hanxue", "fengchao", "dengyi", "caolu",
           "pengfei", "xiejing", "jiangtao")
_CORP = ("hengtai-tech.com", "szlianchuang.cn", "jyjt.com.cn", "huaxin-med.com", "kemao.net", "dfgroup.cn",
         "yuanzhi.com.cn", "lmtrade.com", "xinghe-edu.cn", "tianrun-log.com", "sh-boya.com", "zjmingde.cn",
         "ruifeng.com.cn", "anbang-law.com", "cdhuayu.cn")
_FREE = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "aliyun.com", "139.com", "outlook.com")


def g_email(r):
    fmt = r.choice(("corp_pinyin", "corp_pinyin", "corp_role", "free_pinyin_digits", "qq_number"))
    if fmt == "corp_pinyin":
        v = f"{r.choice(_PINYIN)}@{r.choice(_CORP)}"
    elif fmt == "corp_role":
        v = f"{r.choice(('finance', 'caiwu', 'hr', 'admin', 'xingzheng', 'it', 'purchase', 'caigou'))}@{r.choice(_CORP)}"
    elif fmt == "free_pinyin_digits":
        v = f"{r.choice(_PINYIN).replace('.', '')}{r.choice(('', '_'))}{r.randint(1, 9999)}@{r.choice(_FREE)}"
    else:
        v = f"{r.randint(10000, 3999999999)}@qq.com"
    return [(v, ("E", "email", fmt))]


_ID_AREA = ("110105", "110108", "310115", "310104", "440305", "440106", "330106", "330102", "320583", "320506",
            "420111", "510107", "370202", "350203", "430104", "410105", "610113", "500112", "120104", "340104",
            "360102", "130102", "210106", "220104", "230103", "450103", "530102", "520102", "441900", "330203")


def _id_value(r, want_x=None):
    while True:
        y = r.randint(1965, 2001)
        m = r.randint(1, 12)
        dd = r.randint(1, 28)
        body = f"{r.choice(_ID_AREA)}{y}{m:02d}{dd:02d}{r.randint(0, 999):03d}"
        v = body + _id_check(body)
        if want_x is None or (v.endswith("X") == want_x):
            return v


def g_id(r):
    fmt = r.choice(("plain", "plain", "plain", "x_tail", "x_tail_lower", "space_6_8_4"))
    if fmt == "plain":
        v = _id_value(r, False)
    elif fmt == "x_tail":
        v = _id_value(r, True)
    elif fmt == "x_tail_lower":
        v = _id_value(r, True).lower()
    else:
        v = _id_value(r)
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return [(v, ("E", "id_card", fmt))]


_BIN19 = ("622202", "621226", "622848", "621700", "622262", "623058", "621483", "622908", "621661", "955880",
          "955990")
_BIN16 = ("622588", "622580", "427010", "524047", "552599", "622155", "625965")


def _card(r, n, bins):
    body = r.choice(bins)
    body += "".join(r.choice("0123456789") for _ in range(n - 1 - len(body)))
    return body + _luhn_digit(body)


def g_card(r):
    fmt = r.choice(("plain_19", "plain_19", "plain_16", "space4_19", "space4_16"))
    if fmt.endswith("19"):
        v = _card(r, 19, _BIN19)
    else:
        v = _card(r, 16, _BIN16)
    if fmt.startswith("space4"):
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return [(v, ("E", "bank_card", fmt))]


_CORP_ACCT_PREFIX = ("1202", "1001", "3100", "4000", "1203", "1204", "1908")


def g_corp_acct(r):
    fmt = r.choice(("corp_acct_plain", "corp_acct_plain", "corp_acct_space4"))
    v = _card(r, 19, _CORP_ACCT_PREFIX)
    if fmt == "corp_acct_space4":
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return [(v, ("E", "bank_card", fmt))]


def g_qq(r):
    fmt = r.choice(("digits_9_10", "digits_9_10", "digits_6_8"))
    n = r.choice((9, 10)) if fmt == "digits_9_10" else r.choice((6, 7, 8))
    v = r.choice("123456789"[: (3 if n == 10 else 9)]) + "".join(r.choice("0123456789") for _ in range(n - 1))
    return [(v, ("E", "qq", fmt))]


def g_wechat(r):
    fmt = r.choice(("pinyin_digits", "pinyin_underscore", "wxid", "letters_dash", "english_digits"))
    p = r.choice(_PINYIN).replace(".", "")
    if fmt == "pinyin_digits":
        v = p + str(r.randint(1970, 2005) if r.random() < 0.5 else r.randint(1, 999))
    elif fmt == "pinyin_underscore":
        v = f"{p}_{r.choice(('sh', 'bj', 'work', 'office', 'hr', '88', 'it'))}"
    elif fmt == "wxid":
        v = "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    elif fmt == "letters_dash":
        v = f"{r.choice(('Lily', 'Amy', 'Kevin', 'Jason', 'Coco', 'Tina', 'Eric', 'Vivian'))}-{p[:4]}{r.randint(10, 99)}"
    else:
        v = f"{r.choice(('Grace', 'Leo', 'Sunny', 'Cindy', 'Alex', 'Helen', 'Jack'))}{r.choice(('_', ''))}{r.randint(1985, 2003)}"
    return [(v, ("E", "wechat", fmt))]


_PROV_PLATE = (("沪", "ABCDEGHKLN"), ("京", "ABCEFGHJKLNPQ"), ("粤", "ABCES"), ("浙", "ABCDFG"), ("苏", "ABDEF"),
               ("川", "A"), ("鄂", "A"), ("鲁", "ABF"), ("闽", "ABCD"), ("津", "ABCEFG"), ("湘", "A"))


def g_plate(r):
    p, cs = r.choice(_PROV_PLATE)
    c = r.choice(cs)
    fmt = r.choice(("plain", "plain", "dot", "new_energy", "space"))
    tail = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ" if (i == 0 and r.random() < 0.35) else "0123456789")
                   for i in range(5))
    if fmt == "new_energy":
        v = f"{p}{c}{r.choice('DF')}{''.join(r.choice('0123456789') for _ in range(5))}"
    elif fmt == "dot":
        v = f"{p}{c}·{tail}"
    elif fmt == "space":
        v = f"{p}{c} {tail}"
    else:
        v = f"{p}{c}{tail}"
    return [(v, ("E", "plate", fmt))]


# (province or "", city, [(district, [roads])], [buildings])
_CITIES = (
    ("", "上海市", (("浦东新区", ("张江路", "碧波路", "世纪大道", "博云路", "祖冲之路")),
                 ("徐汇区", ("漕溪北路", "虹漕路", "宜山路")), ("闵行区", ("申长路", "莘庄工业区春东路")),
                 ("静安区", ("江场三路", "共和新路")))),
    ("", "北京市", (("海淀区", ("中关村大街", "上地十街", "西二旗大街", "苏州街")),
                 ("朝阳区", ("望京街", "酒仙桥路", "东三环中路")), ("丰台区", ("南四环西路", "汽车博物馆东路")))),
    ("广东省", "深圳市", (("南山区", ("科苑路", "高新南七道", "粤海街道科技中一路")), ("福田区", ("深南大道", "福华三路")),
                      ("宝安区", ("宝安大道", "新湖路")), ("龙华区", ("民治大道", "梅龙路")))),
    ("广东省", "广州市", (("天河区", ("天河路", "黄埔大道西", "体育西路")), ("番禺区", ("汉溪大道东", "市桥街兴泰路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "西溪路", "天目山路")), ("滨江区", ("江南大道", "网商路", "长河路")),
                      ("余杭区", ("文一西路", "五常大道")))),
    ("江苏省", "苏州市", (("工业园区", ("星湖街", "金鸡湖大道", "若水路")), ("吴中区", ("东吴北路", "吴中大道")))),
    ("江苏省", "南京市", (("鼓楼区", ("汉中门大街", "虎踞路")), ("江宁区", ("胜太路", "诚信大道")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "关山大道")), ("江汉区", ("建设大道", "新华路")))),
    ("四川省", "成都市", (("武侯区", ("天府大道北段", "益州大道")), ("锦江区", ("红星路三段", "东大街")))),
    ("山东省", "青岛市", (("崂山区", ("香港东路", "株洲路")), ("市南区", ("山东路", "东海西路")))),
    ("福建省", "厦门市", (("思明区", ("观音山路", "软件园二期望海路")), ("湖里区", ("枋湖路", "嘉禾路")))),
)
_BLDG = ("科技大厦", "创新中心", "国际广场", "软件园", "金融中心", "智慧产业园", "商务中心", "大厦", "写字楼", "孵化器")


def _house(r):
    return f"{r.randint(1, 999)}号"


def _tail(r):
    """House-level tail; always ends with a house-level unit."""
    k = r.randrange(7)
    if k == 0:
        return f"{r.randint(1, 12)}号楼{r.randint(2, 20)}{r.randint(1, 20):02d}室"
    if k == 1:
        return f"{r.choice(('A', 'B', 'C', '1', '2'))}座{r.randint(2, 30)}层"
    if k == 2:
        return f"{r.randint(1, 8)}栋{r.randint(2, 25)}{r.randint(1, 15):02d}"
    if k == 3:
        return f"{r.randint(3, 28)}楼{r.randint(3, 28)}{r.randint(1, 12):02d}室"
    if k == 4:
        return f"{r.randint(1, 9)}幢{r.randint(1, 6)}单元{r.randint(2, 18)}{r.randint(1, 4):02d}"
    if k == 5:
        return f"{r.randint(2, 20)}层"
    return f"{r.randint(2, 20)}{r.randint(1, 30):02d}室"


def g_addr(r):
    prov, city, dists = r.choice(_CITIES)
    dist, roads = r.choice(dists)
    road = r.choice(roads)
    bld = r.choice(("", "", r.choice(("华润", "中兴", "腾飞", "恒通", "东部", "金桥", "万科", "绿地", "宝龙", "天安"))
                    + r.choice(_BLDG)))
    fmt = r.choice(("city_full", "city_full", "prov_city", "district_start", "road_start", "city_no_tail_room"))
    if fmt == "prov_city" and not prov:
        fmt = "city_full"
    core = f"{road}{_house(r)}{bld}{_tail(r)}"
    if fmt == "city_full":
        v = f"{city}{dist}{core}"
    elif fmt == "prov_city":
        v = f"{prov or city}{city if prov else ''}{dist}{core}"
    elif fmt == "district_start":
        v = f"{dist}{core}"
    elif fmt == "road_start":
        v = core
    else:
        v = f"{city[:-1] if r.random() < 0.5 else city}{dist}{road}{_house(r)}"
    return [(v, ("E", "address", fmt))]


# ---------------------------------------------------------------- near-miss generators


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _safe_digits(r, n, first="123456789"):
    while True:
        d = _digits(r, n, first)
        if 16 <= n <= 19 and _luhn_ok(d):
            continue
        if n == 18 and _id_ok(d):
            continue
        return d


def n_order(r):
    k = r.randrange(4)
    if k == 0:
        v = "DD" + "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6, "0123456789")
    elif k == 1:
        v = _safe_digits(r, 18, "2")
    elif k == 2:
        v = "SO-" + f"2026{r.randint(1, 12):02d}" + "-" + _digits(r, 4, "0123456789")
    else:
        v = _safe_digits(r, 16, "3")
    return [(v, ("N", "order_no"))]


def n_invoice(r):
    k = r.randrange(3)
    if k == 0:
        v = _digits(r, 8, "0123456789")
    elif k == 1:
        v = "0" + _digits(r, 11, "0123456789")
    else:
        v = "26" + _safe_digits(r, 18, "123456789")
    return [(v, ("N", "invoice_no"))]


def n_tax(r):
    v = "91" + r.choice(("310115", "440300", "330106", "110108", "320594", "420111", "510107")) + \
        r.choice(("MA", "MA1", "MA2", "7")) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    v = v[:17] + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
    if not re.search(r"[A-Z]", v[2:]):
        v = v[:10] + "M" + v[11:]
    return [(v[:18], ("N", "tax_no"))]


def n_hotline(r):
    v = r.choice((f"400-{_digits(r, 3, '0123456789')}-{_digits(r, 4, '0123456789')}",
                  f"400{_digits(r, 7, '0123456789')}", f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                  r.choice(("95588", "95533", "95555", "95338", "95311", "95546")), "10086", "12366"))
    return [(v, ("N", "hotline"))]


def n_amount(r):
    v = r.choice((f"{r.randint(2, 98)}{r.choice(('0', '00', '80', '50'))}元", f"¥{r.randint(100, 99999)}.00",
                  f"{r.randint(1, 30)}{r.choice(('', '.5'))}万", f"{r.randint(1000, 99999):,}.{r.randint(0, 99):02d}",
                  f"{r.randint(200, 9000)}块"))
    return [(v, ("N", "amount"))]


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    v = r.choice((f"2026-{m:02d}-{d:02d}", f"{m}月{d}号", f"{m}.{d}", f"2026年{m}月{d}日", f"{m}/{d} {r.randint(9, 18)}:00",
                  f"下午{r.randint(2, 5)}点半"))
    return [(v, ("N", "date_time"))]


def n_model(r):
    v = r.choice(("HP LaserJet M1136", "M1136", "惠普M254dw", "兄弟DCP-7195DW", "DCP-B7535DW", "联想M7400Pro",
                  "佳能iR2625", "iR-ADV C3926", "爱普生L3258", "TN-2325", "CF230A", "HP 88A", "奔图P2506W",
                  "理光IM C2000", "得力DL-888K", "CRG-337", "柯尼卡C226", "施乐3065"))
    return [(v, ("N", "model_no"))]


def n_serial(r):
    v = r.choice(("CNB", "VNB", "E7", "SN", "PH2")) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                            for _ in range(r.choice((7, 8, 10))))
    return [(v, ("N", "serial_no"))]


def n_tracking(r):
    v = r.choice((f"SF{_digits(r, 13, '1')}", f"JDVA{_digits(r, 11, '0123456789')}", f"YT{_digits(r, 13)}",
                  _digits(r, 12, "2345"), f"7{_digits(r, 13, '0123456789')}"))
    return [(v, ("N", "tracking_no"))]


def n_ticket(r):
    v = r.choice((f"WO{_digits(r, 8)}", f"#{r.randint(10000, 99999)}", f"T-2026{_digits(r, 6, '0123456789')}",
                  f"{r.randint(100000, 999999)}"))
    return [(v, ("N", "ticket_no"))]


def n_contract(r):
    v = r.choice((f"HT-2026-{_digits(r, 4, '0123456789')}", _safe_digits(r, r.choice((16, 17, 19)), "1"),
                  f"JYHT2026{_digits(r, 5, '0123456789')}"))
    return [(v, ("N", "contract_no"))]


def n_masked(r):
    v = r.choice((f"{r.choice(_MOBILE_PREFIX)}****{_digits(r, 4, '0123456789')}", f"尾号{_digits(r, 4, '0123456789')}",
                  f"6222 **** **** {_digits(r, 4, '0123456789')}", f"{r.choice(_ID_AREA)[:3]}***********{_digits(r, 3, '0123456789')}X"[:18]))
    return [(v, ("N", "masked"))]


def n_masked_mob(r):
    v = r.choice((f"{r.choice(_MOBILE_PREFIX)}****{_digits(r, 4, '0123456789')}", f"尾号{_digits(r, 4, '0123456789')}"))
    return [(v, ("N", "masked"))]


def n_masked_card(r):
    v = r.choice((f"6222 **** **** {_digits(r, 4, '0123456789')}", f"尾号{_digits(r, 4, '0123456789')}",
                  f"6217********{_digits(r, 4, '0123456789')}"))
    return [(v, ("N", "masked"))]


def n_masked_id(r):
    v = f"{r.choice(_ID_AREA)[:3]}***********{_digits(r, 3, '0123456789')}{r.choice('0123456789X')}"
    return [(v, ("N", "masked"))]


def n_inv_code(r):
    return [(r.choice(("0", "1")) + _digits(r, 11, "0123456789"), ("N", "invoice_no"))]


def n_inv_no(r):
    return [(_digits(r, 8, "0123456789"), ("N", "invoice_no"))]


def n_ext(r):
    return [(r.choice(("分机", "转", "分机号", "内线")), None), (_ext(r), ("N", "extension"))]


def n_postal(r):
    return [(r.choice(("200120", "100085", "518057", "310012", "215021", "430074", "610041", "266061", "361008")),
             ("N", "postal_code"))]


def n_code(r):
    v = r.choice((_digits(r, 6, "0123456789"), _digits(r, 4, "0123456789")))
    return [(v, ("N", "verify_code"))]


def n_license(r):
    v = "-".join("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(4))
    return [(v, ("N", "license_key"))]


def n_account(r):
    v = r.choice((f"ww{_digits(r, 8, '0123456789')}", f"corp_{r.choice(_PINYIN).replace('.', '')[:5]}{r.randint(1, 99)}",
                  f"{r.choice(('hengtai', 'lianchuang', 'kemao', 'yuanzhi'))}.admin", f"ent{_digits(r, 7)}"))
    return [(v, ("N", "account_id"))]


def n_url(r):
    v = r.choice(("https://work.weixin.qq.com", "www.example-saas.com/trial", "https://help.yunbangong.cn/faq/1203",
                  "https://admin.yunbangong.cn", "dl.yunbangong.cn/client/win"))
    return [(v, ("N", "url"))]


def n_ip(r):
    return [(f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}", ("N", "ip_addr"))]


def n_place(r):
    prov, city, dists = r.choice(_CITIES)
    dist, roads = r.choice(dists)
    v = r.choice((city, dist, f"{city}{dist}", r.choice(("张江", "望京", "科技园", "中关村", "滨江", "园区"))))
    return [(v, ("N", "place_only"))]


def n_qty(r):
    v = r.choice((f"{r.randint(2, 200)}个账号", f"{r.randint(2, 50)}盒", f"{r.randint(5, 500)}包", f"{r.randint(1, 20)}台",
                  f"{r.randint(2, 40)}箱"))
    return [(v, ("N", "quantity"))]


def n_box(r):
    return [(f"{r.randint(2, 60)}{r.choice(('箱', '包', '盒'))}", ("N", "quantity"))]


def n_seat(r):
    return [(f"{r.randint(5, 300)}{r.choice(('个账号', '个席位', '个用户', '人'))}", ("N", "quantity"))]


def n_bad_card(r):
    return [(_safe_digits(r, r.choice((16, 19)), "6"), ("N", "bad_card"))]


def n_bad_id(r):
    while True:
        v = _id_value(r)
        body = v[:17]
        wrong = r.choice([c for c in "0123456789X" if c != v[17]])
        if not _id_ok(body + wrong) and not (wrong != "X" and _luhn_ok(body + wrong)):
            return [(body + wrong, ("N", "bad_id"))]


GEN = dict(mobile=g_mobile, landline=g_landline, email=g_email, id=g_id, card=g_card, acct=g_corp_acct,
           qq=g_qq, wx=g_wechat, plate=g_plate, addr=g_addr,
           order=n_order, inv=n_invoice, tax=n_tax, hot=n_hotline, amt=n_amount, date=n_date, model=n_model,
           sn=n_serial, track=n_tracking, ticket=n_ticket, contract=n_contract, masked=n_masked, mmob=n_masked_mob, mcard=n_masked_card, mid=n_masked_id, invc=n_inv_code, invn=n_inv_no, ext=n_ext,
           post=n_postal, code=n_code, lic=n_license, acc=n_account, url=n_url, ip=n_ip, place=n_place,
           qty=n_qty, box=n_box, seat=n_seat, badcard=n_bad_card, badid=n_bad_id)

# ---------------------------------------------------------------- templates

PII_TEMPLATES = (
    "您好，我是行政，打印机又卡纸了，麻烦安排工程师过来看下，电话{mobile}",
    "收货人行政部前台，电话{mobile}，地址{addr}",
    "地址：{addr}\n联系人：前台\n电话：{mobile}",
    "{addr}，前台代收就行，到了打{landline}",
    "送货地址是{addr}，到楼下给我打电话 {mobile}",
    "我们公司搬了，新地址{addr}，以后硒鼓都送这边哈",
    "麻烦寄到{addr}（工作日9点到6点有人）",
    "开票信息：\n名称：深圳市联创科技有限公司\n税号：{tax}\n地址电话：{addr} {landline}\n开户行：招商银行深圳科技园支行\n账号：{acct}",
    "发票抬头 杭州恒泰信息技术有限公司，税号{tax}，开户行工行杭州文三路支行 {acct}，电话{landline}",
    "专票信息发你：单位地址 {addr}，电话 {landline}，开户银行 中国建设银行，账号 {acct}",
    "账号{acct}，开户行是农行，税号上面那个没变",
    "电子发票发到这个邮箱 {email} 就行",
    "发票麻烦开好发{email}，抄送一下{email}",
    "邮箱：{email}",
    "{email} 这个是我们财务的邮箱，发票和对账单都发这里",
    "报价单发我邮箱吧 {email}，我转给领导看",
    "试用账号开好了吗？管理员邮箱填{email}，手机{mobile}",
    "我们IT负责人的邮箱是{email}，电话{landline}，有技术问题直接找他",
    "我的座机{landline}，手机{mobile}，邮箱{email}，有事随时联系",
    "王经理的电话是{landline}，他不在的话打前台{landline}",
    "座机打不通的话打我手机{mobile}",
    "我这边换号了，新号码{mobile}，旧的不用了",
    "{mobile} 这是我们采购的电话，合同的事找她",
    "您好，我是云办公的客户经理，这是我手机号{mobile}，微信同号，有问题随时找我😊",
    "办公室电话{landline}",
    "总机{landline}，找行政小刘",
    "@所有人 这是我们的售后对接人，电话{mobile}，报修直接打他",
    "麻烦师傅明天上午过来，到了打{mobile}，我下来接",
    "师傅电话多少？\n{mobile}",
    "联系电话：{landline}（工作日）/ {mobile}（周末）",
    "我加你微信吧，我微信号是{wx}",
    "微信：{wx}，加的时候备注一下公司名",
    "vx {wx}",
    "加一下我同事微信{wx}，以后耗材的事她负责",
    "{wx} 这个是我微信，手机号{mobile}",
    "你加下我们财务的微信 {wx} 吧，付款的事直接问她",
    "QQ是{qq}，文件太大企业微信传不了的话发QQ",
    "我QQ {qq}，邮箱{email}",
    "扣扣{qq}，上班时间都在线",
    "驱动发我QQ吧，{qq}",
    "加我QQ:{qq} 远程的时候我把向日葵码发你",
    "管理员实名认证要身份证号，{id}，手机号{mobile}",
    "身份证号码：{id}",
    "{id} 这是法人身份证号，电子签章认证要用的",
    "企业认证的经办人信息：身份证{id}，手机{mobile}",
    "麻烦核对一下，我身份证号是{id}，上传的照片有点糊",
    "退款打到我个人卡上吧，{card}，工商银行",
    "卡号{card} 招行，户名就是我本人",
    "押金退这张卡 {card}",
    "您好，报销的钱打这个卡：{card}，开户行建行上海张江支行",
    "银行卡号：{card}\n开户行：农业银行",
    "{card} 中国银行，麻烦尽快退哈，财务在催",
    "我们工程师开车过去，车牌{plate}，麻烦跟物业报备一下访客车位",
    "送货车牌号{plate}，司机到了会联系前台{landline}",
    "车牌 {plate} ，大概下午两点到地库",
    "物业说要登记车牌，{plate}，司机手机{mobile}",
    "是{plate}这台车吧？门口保安不让进",
    "访客车辆：{plate}\n预计到达：明天上午10点\n联系人电话：{mobile}",
    "我把车牌{plate}报给物业了，直接开进B2就行",
    "地址改一下，{addr}，之前那个是老地址",
    "{addr}\n前台 {landline}",
    "上门安装地址：{addr}，对接人手机{mobile}，座机{landline}",
    "工程师明天去{addr}换定影组件，你们那边有人吗",
    "收件信息：{addr} 行政部 {mobile}",
    "寄回地址：{addr}，收件电话{landline}，注明售后返修",
    "好的，那我让快递送到{addr}，到时候电话联系{mobile}",
    "您看下地址对不对：{addr}",
    "对的，{addr}，就是园区最里面那栋",
    "嗯嗯 是{mobile}",
    "我手机是{mobile}，下午都在",
    "电话{mobile}👌",
    "好的收到🙏 我电话{mobile}，到了打给我",
    "新员工账号帮忙开一下，邮箱{email}，手机{mobile}",
    "离职了，把{email}这个账号停掉，换成{email}",
    "管理员换人了，新的管理员手机{mobile}，邮箱{email}，麻烦后台改一下",
    "群里加一下我们新来的IT，微信{wx}，手机{mobile}",
    "我是{company}的行政，上次买的A4纸还有吗？电话{landline}",
    "对账单收到了，有问题打我分机，{landline}",
    "麻烦回电{landline}，找财务部",
    "电话：{landline}\n传真：{landline}",
    "我们这边座机是{landline}，手机信号不好",
    "找李工的话打{landline}，他管服务器",
    "我的邮箱改成{email}了，以前那个163的不用了",
    "合同扫描件我发你邮箱{email}了，查收一下",
    "pls send the quotation to {email}, thanks",
    "这是我们老板的QQ {qq}，他不用企业微信",
    "您好我这边试用账号到期了，注册手机号{mobile}，能延长一周吗",
    "登录手机号是{mobile}，验证码一直收不到",
    "注册手机 {mobile}  邮箱 {email}  公司 {company}",
    "{mobile}\n{addr}\n行政部收",
    "快递单上写的电话是{mobile}，地址{addr}",
    "之前留的电话{mobile}打不通了，现在用这个{mobile}",
    "加个微信吧 {wx}\n方便发图片",
    "我微信号{wx}，搜不到的话搜手机号{mobile}",
    "法人身份证{id}，营业执照我一会儿拍给你",
    "我身份证{id}，开户行建行，卡号{card}",
    "收款人：本人\n卡号：{card}\n身份证：{id}",
    "麻烦打印机送修取件地址填{addr}，联系人电话{mobile}",
    "车牌{plate}，来送纸的，前台让放哪",
    "QQ：{qq}\n微信：{wx}",
    "远程协助的话加我QQ{qq}，我把TeamViewer的ID发你",
    "企业微信我还没装，先加QQ吧 {qq} 备注打印机",
    "我们网管QQ号{qq}，座机{landline}，装驱动的事找他",
    "身份证号{id}，手机号{mobile}，帮我把管理员改成我",
    "停车场入口在{addr}，车牌{plate}已经登记了",
)

NEAR_TEMPLATES = (
    "订单号{order}，什么时候发货？",
    "您好，您的订单{order}已发货，顺丰单号{track}",
    "快递单号{track}，预计{date}送达",
    "发票已开，发票号码{inv}，金额{amt}",
    "税号是{tax}，抬头就写公司全称",
    "纳税人识别号：{tax}",
    "有问题打我们客服热线{hot}",
    "售后电话{hot}，工作日9:00-18:00",
    "硒鼓型号{model}，单价{amt}",
    "您那台{model}的序列号是{sn}吗",
    "机器SN：{sn}，保修到{date}",
    "报修工单{ticket}已受理，工程师{date}上门",
    "工单号{ticket}，处理好了麻烦点一下确认",
    "合同编号{contract}，盖好章寄回来就行",
    "付款{amt}已到账，谢谢",
    "一共{qty}，含税{amt}",
    "续费{seat}，按年付是{amt}",
    "手机号{mmob}是您本人吗？",
    "收款卡{mcard}，已退款{amt}",
    "分机直接拨{ext}就行，总机转不过去",
    "找我{ext}",
    "邮编{post}",
    "验证码{code}，5分钟有效",
    "取件码{code}，放前台柜子了",
    "激活码：{lic}",
    "企业ID：{acc}，管理员登录后台就能看到",
    "试用账号{acc}，初始密码发你邮箱了",
    "后台地址{url}",
    "教程在这 {url}",
    "打印机IP是{ip}，电脑上添加一下",
    "我们在{place}这边，你们有仓库吗",
    "你们{place}有人上门吗？",
    "付款流水号{badcard}，麻烦查一下",
    "对公转账回单号{contract}",
    "这个身份证号{badid}系统提示校验不通过，您再核对下",
    "合同上的编号{badcard}对不上",
    "{date}之前能送到吗？我们{date}搬家",
    "A4纸{box}，{amt}一箱，送货上门",
    "发票代码{invc} 发票号码{invn}",
    "订单{order}的发票开了吗，开票金额{amt}",
    "退货单号{track}，已经寄出",
    "报价有效期到{date}，{qty}打九折",
    "对账：{date} {amt}，{date} {amt}",
    "型号{model}和{model}哪个好点？",
    "续费订单{order}，到期日{date}",
    "客服{hot}一直占线😂",
    "我们公司统一社会信用代码{tax}，开专票",
    "订单{order}改一下数量，改成{box}",
    "好的，工单{ticket}，我这边跟进",
    "版本号3.{code}，升级后打印没问题了",
    "发票{inv}作废重开，新的{inv}",
    "麻烦把{contract}号合同的发票拆成两张",
    "尾款{amt}，{date}前付清",
    "{place}那边今天限行，可能晚点到",
    "快递到了吗 {track}",
    "序列号 {sn}\n型号 {model}\n购买日期 {date}",
    "设备{sn}报错E{code}，怎么处理",
    "会议室门禁密码{code}",
    "管理员身份证{mid}已认证通过，可以开通了",
    "您的手机{mmob}收到短信了吗",
    "退款已原路退回{mcard}，{date}到账",
)

COMPANIES = ("深圳市联创科技有限公司", "杭州恒泰信息技术有限公司", "上海博雅文化传播有限公司", "苏州科贸电子有限公司",
             "北京元智咨询有限公司", "成都华宇物流有限公司", "青岛明德教育科技有限公司", "武汉瑞丰建材有限公司")


def _render(r, tmpl):
    text = ""
    ents, fmts, nears = [], [], []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tmpl):
        text += tmpl[pos:m.start()]
        pos = m.end()
        key = m.group(1)
        if key == "company":
            text += r.choice(COMPANIES)
            continue
        for piece, tag in GEN[key](r):
            s = len(text)
            text += piece
            if tag is None:
                continue
            if tag[0] == "E":
                ents.append((tag[1], s, len(text)))
                fmts.append(tag[2])
            else:
                nears.append((tag[1], s, len(text)))
    text += tmpl[pos:]
    return text, ents, fmts, nears


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    pii_t = list(PII_TEMPLATES)
    near_t = list(NEAR_TEMPLATES)
    for i in range(N_PII_ROWS):
        ti = i % len(pii_t) if i < 2 * len(pii_t) else r.randrange(len(pii_t))
        text, e, f, n = _render(r, pii_t[ti])
        rows.append((text, e, f, n, SPLIT))
        if meta is not None:
            meta.append(f"P{ti}")
    for i in range(N_NEAR_ROWS):
        ti = i % len(near_t) if i < 2 * len(near_t) else r.randrange(len(near_t))
        text, e, f, n = _render(r, near_t[ti])
        rows.append((text, e, f, n, SPLIT))
        if meta is not None:
            meta.append(f"N{ti}")
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[k] for k in order]
    if meta is not None:
        meta[:] = [meta[k] for k in order]
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind55_corpus() -> pd.DataFrame:
    return _build()


_MOB_RE = re.compile(r"^1[3-9]\d{9}$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert _MOB_RE.match(n), v
                assert not (s > 0 and text[s - 1].isdigit() and not text[:s].endswith("86")) and not (e < len(text) and text[e].isdigit()), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.startswith("0") and n.isdigit() and 10 <= len(n) <= 12, v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "qq":
                assert v.isdigit() and 5 <= len(v) <= 11, v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[沪京粤浙苏川鄂鲁闽津湘][A-Z][· ]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|座|单元|室|层|楼|\d)$", v), v
                assert re.match(r".{1,9}?(省|市|区|路|街|道)", v), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k != "masked":
                assert not _MOB_RE.match(re.sub(r"[\s\-]", "", v)), (k, v)
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
    assert df.equals(make_blind55_corpus())  # deterministic
    assert df.equals(_build())
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
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

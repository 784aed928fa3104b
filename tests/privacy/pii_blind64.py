"""Sixty-fourth blind PII corpus (``split == "blind64"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十九位写手")
that did NOT read the masking code under ``toolkit/privacy/`` (only the lines
of ``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``),
nor ``bench/``, ``docs/``, the README, git history, nor any other corpus or
test under ``tests/`` (only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` for the layout and entry-point names).  It
never imported ``toolkit`` and never ran any masking / finding function on
this data.  Nothing was copied from ``../shared/datasets/``; the chat
phrasing, value shapes and labels come from the writer's own idea of these
chats.

What is different here: the TRADE.  Every message is from WeCom 1:1 or group
chats of TEA, LIQUOR, TOBACCO AND GIFT SHOPS with their customers: individual
buyers and company buyers ordering Mid-Autumn / Spring Festival gift boxes,
delivery lists with many addresses in one message (numbered lists, line
breaks, "收件人/电话/地址" blocks pasted from Excel), company invoices (税号,
抬头, 邮箱 for 电子发票), deposits and refunds to bank cards, real-name checks
for scarce baijiu (飞天 allocation by ID number), collectors of old baijiu and
pu'er asking about vintages and batches, tea-village producers sending their
village address, regular buyers' group chats (接龙, @所有人, 拼箱), drivers
delivering by car (plates at the gate), shop landlines and extensions.
Near-misses are what such chats are full of: prices and deposits, bottle /
box specs (53%vol 500ml, 357克), vintages and batch numbers, EAN-13 barcodes
(69...), order / tracking / invoice numbers, unified social credit codes,
400 / 95xxx hotlines, masked numbers (138****5678), card-length numbers
failing Luhn, ID-shaped numbers failing the check digit, verification and
pickup codes, postal codes, dates, quantities, private-room numbers and
places alone (a city, a tea village, a shop / mall name).

Seed
----
``SEED = "blind64-茶酒烟礼-第六十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2), bank-card Luhn digits, EAN-13 check digits and USCC check
characters are computed here.  Each declared format is first forced
``FORCE_PER_FMT`` times into templates holding a marker of its kind; other
values draw formats by weight.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only: cue words, ``+86`` /
``0086`` prefixes and landline extensions ``转806`` / ``-806`` / ``分机806``
are outside, separators inside a value are inside; an address runs from its
first place unit to its last house-level unit, notes like ``（门卫代收）`` and
postal codes after it are outside), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(``"blind64"``).

Counts (``python tests/privacy/pii_blind64.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1385
(mobile 407, address 375, landline 112, qq 105, wechat 86, email 80,
id_card 77, bank_card 72, plate 71);
near-miss spans=1108 (998 in near-miss rows), 23 near-miss kinds
(price 157, date_time 125, quantity 122, spec 67, order_no 57,
tracking_no 52, place_only 52, vintage 52, postal_code 46, batch_no 45,
hotline 42, masked 39, bad_card 30, bad_id 28, credit_code 26, pay_txn 26,
verify_code 26, barcode 22, pickup_code 20, url 20, invoice_no 20,
private_room 20, tail_digits 14);
formats=45 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind64-茶酒烟礼-第六十九位写手"
SPLIT = "blind64"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers

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
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


_CN_D = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_D.get(c, c) for c in v)
    return re.sub(r"[\s\-·.()（）]", "", v)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


# --------------------------------------------------------------------------- value pools

MOBILE_PFX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
              "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195",
              "198", "199")
AREA = ("010", "021", "022", "023", "020", "0755", "0571", "028", "027", "025", "0595", "0591", "0592",
        "0851", "0531", "029", "0371", "0731", "0769", "0512", "0574", "0871")
REGION = ("110105", "110108", "310104", "310112", "440305", "440106", "330106", "330782", "510104",
          "420106", "320106", "370102", "610113", "350524", "350203", "520382", "410105", "430104",
          "500103", "120101", "130102", "340104", "360102", "210102", "230103", "450102", "530102")
BINS = (("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("621483", 16), ("622260", 19),
        ("621661", 19), ("623668", 19), ("622908", 18), ("621226", 19))
VISA_MC = ("436742", "438088", "404119", "524047", "518710", "552534", "622155")
DOM95 = ("95588", "95599")
PLATE_PROV = "京沪粤浙川鄂苏鲁陕闽黔豫湘渝津冀皖赣辽"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"
PINYIN = ("wanghui", "lihong", "zhangjian", "chenli", "liuyang", "zhaomin", "huangtao", "zhoujie", "wuxia",
          "xuming", "sunli", "majun", "hulin", "guoqiang", "heping", "linfeng", "luoyi", "gaoyan", "tangwei",
          "xieyun")
WORDS = ("tea", "chaye", "jiu", "maotai", "puer", "laobai", "cha", "gift", "moutai", "baijiu", "dahongpao",
         "tieguanyin", "longjing", "lao", "xiao", "ming", "shop", "feitian", "wuliang", "yan")
CORP = ("hzlvcha.com.cn", "mingxiangtea.com", "gzjiuye.cn", "sh-liquor.com", "xingchen-gift.com",
        "hengda-tech.com", "zhongxin-pharm.cn", "bjjianan.com", "anxi-tea.cn", "cdyinhe.com")
CORP_USER = ("purchase", "caigou", "hr", "admin", "xingzheng", "finance", "caiwu", "office", "fuli", "gh")

# (province, city, district, roads, estates); municipalities have city == ""
ADDR = (
    ("北京市", "", "朝阳区", ("建国路", "东三环中路", "望京街", "朝阳北路", "酒仙桥路"),
     ("SOHO现代城", "华贸中心", "望京花园", "远洋天地", "金隅丽港城")),
    ("北京市", "", "海淀区", ("中关村大街", "学院路", "知春路", "西三环北路"), ("当代城市家园", "牡丹园北里", "世纪城")),
    ("上海市", "", "静安区", ("南京西路", "延安中路", "江宁路", "共和新路"), ("静安嘉园", "中华新城", "达安花园")),
    ("上海市", "", "闵行区", ("莘松路", "七莘路", "虹井路", "都市路"), ("春申城四季苑", "万科城市花园", "古美西路小区")),
    ("广东省", "深圳市", "南山区", ("科技南十二路", "南海大道", "后海大道", "桃园路"), ("海岸城", "蔚蓝海岸", "南山花园")),
    ("广东省", "广州市", "天河区", ("体育西路", "天河北路", "花城大道", "中山大道西"), ("汇景新城", "侨林苑", "天河公园小区")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路", "教工路"), ("华星时代广场", "西溪诚园", "嘉绿苑", "古荡新村")),
    ("四川省", "成都市", "锦江区", ("春熙路", "东大街", "红星路三段", "天仙桥北路"), ("东方广场", "锦江城市花园")),
    ("湖北省", "武汉市", "武昌区", ("中北路", "徐东大街", "中南路", "和平大道"), ("东湖路小区", "水岸星城")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "汉中路", "湖南路", "清凉门大街"), ("苏宁睿城", "虹桥新寓")),
    ("山东省", "济南市", "历下区", ("经十路", "泉城路", "解放路"), ("燕山小区", "佛山苑")),
    ("陕西省", "西安市", "雁塔区", ("高新路", "科技路", "小寨东路", "长安南路"), ("曲江池小区", "紫薇田园都市")),
    ("福建省", "泉州市", "安溪县", ("河滨南路", "大同路"), ("中国茶都", "茶都花园")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "厦禾路"), ("莲花五村", "瑞景新村")),
    ("贵州省", "遵义市", "仁怀市", ("环茅路", "中华路"), ("国酒新城", "酒都花园")),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路", "经三路"), ("绿城广场", "金成时代广场")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "桐梓坡路", "金星中路"), ("阳光100", "保利麓谷林语")),
    ("重庆市", "", "渝中区", ("民族路", "中山三路", "大坪正街"), ("大坪时代天街", "融创白象街")),
    ("天津市", "", "和平区", ("南京路", "营口道", "滨江道"), ("新文化花园", "天津中心")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "现代大道", "金鸡湖大道"), ("湖畔天城", "星海小区")),
)
VILLAGES = (
    ("福建省", "泉州市", "安溪县", "感德镇", "槐植村"),
    ("福建省", "泉州市", "安溪县", "西坪镇", "松岩村"),
    ("福建省", "南平市", "武夷山市", "星村镇", "桐木村"),
    ("云南省", "西双版纳傣族自治州", "勐海县", "勐混镇", "贺开村"),
    ("浙江省", "杭州市", "西湖区", "转塘街道", "梅家坞村"),
    ("贵州省", "遵义市", "仁怀市", "茅台镇", "太平村"),
    ("安徽省", "黄山市", "黄山区", "新明乡", "猴坑村"),
    ("四川省", "宜宾市", "翠屏区", "李庄镇", "高场村"),
)
MUNI = ("北京市", "上海市", "重庆市", "天津市")
CN_NUM = "一二三四五六七八九"

# --------------------------------------------------------------------------- PII generators


def _mobile_raw(rng):
    return rng.choice(MOBILE_PFX) + _digits(rng, 8)


def g_mobile(rng, fmt):
    m = _mobile_raw(rng)
    s344 = f"{m[:3]} {m[3:7]} {m[7:]}"
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", s344, ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if fmt == "plus86_space_344":
        return "+86 ", s344, ""
    if fmt == "cn_digits":
        return "", "".join("零一二三四五六七八九"[int(c)] for c in m), ""
    if fmt == "fullwidth":
        return "", _fw(m), ""
    raise KeyError(fmt)


def g_landline(rng, fmt):
    a = rng.choice(AREA)
    loc = rng.choice("2345678") + _digits(rng, 7)
    if fmt == "area_dash":
        return "", f"{a}-{loc}", ""
    if fmt == "area_paren":
        l, r = rng.choice((("(", ")"), ("（", "）")))
        return "", f"{l}{a}{r}{loc}", ""
    if fmt == "area_plain":
        return "", a + loc, ""
    if fmt == "area_space":
        return "", f"{a} {loc}", ""
    if fmt == "dash_ext":
        ext = rng.choice(("转", "转", "-", "分机", " 转 ")) + str(rng.randint(801, 8899))
        return "", f"{a}-{loc}", ext
    if fmt == "dash_4_4":
        return "", f"{a}-{loc[:4]}-{loc[4:]}", ""
    raise KeyError(fmt)


def g_email(rng, fmt):
    if fmt == "qq_mail":
        return "", f"{rng.randint(10000000, 3999999999)}@qq.com", ""
    if fmt == "pinyin_mail":
        return "", f"{rng.choice(PINYIN)}{rng.choice(('', '1988', '88', '_2019', '.sh', '666', '1975'))}@{rng.choice(('163.com', '126.com', 'sina.com', 'hotmail.com', 'yeah.net', 'aliyun.com'))}", ""
    if fmt == "corp_mail":
        return "", f"{rng.choice(CORP_USER + PINYIN)}@{rng.choice(CORP)}", ""
    if fmt == "word_mail":
        return "", f"{rng.choice(WORDS)}{rng.choice(('_', '.', ''))}{rng.choice(WORDS)}{rng.randint(1, 999)}@{rng.choice(('foxmail.com', '163.com', 'qq.com', 'gmail.com'))}", ""
    if fmt == "mobile_139":
        return "", f"{_mobile_raw(rng)}@{rng.choice(('139.com', '163.com'))}", ""
    raise KeyError(fmt)


def _id_raw(rng, want_x=None):
    while True:
        y = rng.randint(1958, 2004)
        mth = rng.randint(1, 12)
        d = rng.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mth - 1])
        body = f"{rng.choice(REGION)}{y}{mth:02d}{d:02d}{_digits(rng, 3)}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id_card(rng, fmt):
    if fmt == "plain":
        return "", _id_raw(rng, False), ""
    if fmt == "x_upper":
        return "", _id_raw(rng, True), ""
    if fmt == "x_lower":
        return "", _id_raw(rng, True).lower(), ""
    if fmt == "space_6_8_4":
        v = _id_raw(rng)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card_raw(rng, kind):
    if kind == "up":
        b, n = rng.choice(BINS)
    elif kind == "vm":
        b, n = rng.choice(VISA_MC), 16
    else:
        b, n = rng.choice(DOM95), 19
    body = b + _digits(rng, n - len(b) - 1)
    return body + _luhn_digit(body)


def _grp4(v, sep=" "):
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


def g_bank_card(rng, fmt):
    if fmt == "unionpay_plain":
        return "", _card_raw(rng, "up"), ""
    if fmt == "unionpay_space_4":
        return "", _grp4(_card_raw(rng, "up")), ""
    if fmt == "visa_mc_space_4":
        return "", _grp4(_card_raw(rng, "vm")), ""
    if fmt == "dom95_plain":
        return "", _card_raw(rng, "95"), ""
    if fmt == "dash_4":
        return "", _grp4(_card_raw(rng, "up"), "-"), ""
    raise KeyError(fmt)


def g_qq(rng, fmt):
    if fmt == "plain_5_8":
        n = rng.choice((6, 7, 8, 8, 8))
    else:
        n = rng.choice((9, 9, 10, 10))
    first = rng.choice("123456789") if n < 10 else rng.choice("123")
    return "", first + _digits(rng, n - 1), ""


def g_wechat(rng, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "pinyin_digits":
        return "", rng.choice(PINYIN) + rng.choice(("1988", "666", "888", "0715", "1976", "2008", "123", "99")), ""
    if fmt == "word_underscore":
        while True:
            a, b = rng.choice(WORDS), rng.choice(WORDS + PINYIN)
            v = f"{a}_{b}{rng.choice(('', '88', '2020', '1'))}"
            if a != b and len(v) <= 20:
                return "", v, ""
    if fmt == "mixed_dash":
        while True:
            w = rng.choice(WORDS)
            v = f"{w[0].upper()}{w[1:]}-{rng.choice(PINYIN).capitalize()}{rng.randint(1, 99)}"
            if len(v) <= 20:
                return "", v, ""
    raise KeyError(fmt)


def _plate_tail(rng):
    while True:
        t = "".join(rng.choice("0123456789" * 3 + PLATE_LET) for _ in range(5))
        if sum(c.isalpha() for c in t) <= 2:
            return t


def g_plate(rng, fmt):
    p, l = rng.choice(PLATE_PROV), rng.choice(PLATE_LET)
    if fmt == "plain7":
        return "", p + l + _plate_tail(rng), ""
    if fmt == "dot7":
        return "", f"{p}{l}·{_plate_tail(rng)}", ""
    if fmt == "space7":
        return "", f"{p}{l} {_plate_tail(rng)}", ""
    if fmt == "new_energy8":
        return "", f"{p}{l}{rng.choice('DF')}{_digits(rng, 5)}", ""
    raise KeyError(fmt)


def _tail(rng):
    b, u, fl, r = rng.randint(1, 28), rng.randint(1, 4), rng.randint(2, 33), rng.randint(1, 6)
    return rng.choice((f"{b}栋{u}单元{fl}0{r}室", f"{b}幢{fl}0{r}室", f"{b}号楼{u}单元{fl}0{r}",
                       f"{b}栋{fl}0{r}", f"{rng.choice('ABCD')}座{fl}0{r}室", f"{b}号楼{fl}层"))


def g_address(rng, fmt):
    if fmt == "village":
        p, c, d, t, v = rng.choice(VILLAGES)
        start = rng.choice((p + c + d, c + d, d))
        return "", start + t + v + rng.choice((f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号", f"{rng.randint(1, 188)}号")), ""
    p, c, d, roads, estates = rng.choice(ADDR)
    road, est = rng.choice(roads), rng.choice(estates)
    num = f"{rng.randint(1, 999)}号"
    post = rng.choice(("", "", "", "", "（门卫代收）", "，放前台", "（茶叶店）", "，到了打电话"))
    if fmt == "full_prov":
        return "", p + c + d + road + num + rng.choice(("", est + _tail(rng), _tail(rng))), post
    if fmt == "city_start":
        if p in MUNI:
            start = rng.choice((p[:-1] + d, p + d))
        else:
            start = c + d
        return "", start + road + num + rng.choice((est + _tail(rng), _tail(rng))), post
    if fmt == "district_start":
        return "", d + road + num + rng.choice(("", est + _tail(rng), est + _tail(rng))), post
    if fmt == "estate_dash_room":
        start = rng.choice((c + d if c else p + d, d))
        return "", f"{start}{est}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{rng.randint(2, 32)}0{rng.randint(1, 6)}", post
    if fmt == "estate_building":
        start = rng.choice((c + d if c else p + d, d, p + c + d))
        return "", start + est + _tail(rng), post
    if fmt == "spaced":
        parts = [x for x in (p, c, d) if x] + [road + num] + rng.choice(([est, _tail(rng)], [_tail(rng)]))
        return "", " ".join(parts), post
    if fmt == "mall_floor":
        return "", f"{c or p}{d}{road}{num}{est}{rng.choice(('B1层', '3层', '1楼', '2层'))}", post
    raise KeyError(fmt)


GEN = dict(mobile=g_mobile, landline=g_landline, email=g_email, id_card=g_id_card, bank_card=g_bank_card,
           qq=g_qq, wechat=g_wechat, plate=g_plate, address=g_address)

_FMT_TABLES = (
    ("mobile", (("plain", 10), ("space_344", 3), ("dash_344", 2), ("plus86", 1), ("plus86_space_344", 1),
                ("cn_digits", 0.3), ("fullwidth", 0.3))),
    ("landline", (("area_dash", 6), ("area_paren", 2), ("area_plain", 2), ("area_space", 1), ("dash_ext", 2),
                  ("dash_4_4", 0.7))),
    ("email", (("qq_mail", 5), ("pinyin_mail", 3), ("corp_mail", 4), ("word_mail", 2), ("mobile_139", 1))),
    ("id_card", (("plain", 10), ("x_upper", 1.5), ("x_lower", 0.5), ("space_6_8_4", 1))),
    ("bank_card", (("unionpay_plain", 8), ("unionpay_space_4", 4), ("visa_mc_space_4", 1), ("dom95_plain", 1),
                   ("dash_4", 0.5))),
    ("qq", (("plain_5_8", 4), ("plain_9_10", 5))),
    ("wechat", (("wxid", 2), ("pinyin_digits", 5), ("word_underscore", 3), ("mixed_dash", 1))),
    ("plate", (("plain7", 6), ("dot7", 2), ("space7", 1), ("new_energy8", 2))),
    ("address", (("full_prov", 5), ("city_start", 5), ("district_start", 3), ("estate_dash_room", 2),
                 ("estate_building", 3), ("spaced", 1), ("mall_floor", 1), ("village", 1.5))),
)
_FMT = dict(_FMT_TABLES)

# --------------------------------------------------------------------------- near-miss generators


def _bad_luhn(rng, n, pfx):
    while True:
        v = pfx + _digits(rng, n - len(pfx))
        if not _luhn_ok(v) and not (n == 18 and _id_ok(v)):
            return v


def n_order_no(rng):
    r = rng.random()
    if r < 0.35:
        return _bad_luhn(rng, 19, rng.choice(("35", "36", "21", "19", "42")))
    if r < 0.6:
        return f"{rng.choice(('DD', 'XS', 'TG', 'ZQ'))}2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 4)}"
    if r < 0.8:
        return rng.choice("23") + _digits(rng, 11)
    return f"E{2024}{rng.randint(1, 12):02d}{rng.randint(10, 28)}{_digits(rng, 6)}"


def n_tracking_no(rng):
    r = rng.random()
    if r < 0.45:
        return "SF" + rng.choice("13") + _digits(rng, 12)
    if r < 0.65:
        return rng.choice(("JT", "YT", "JDX")) + _digits(rng, 13 if rng.random() < .5 else 12)
    if r < 0.85:
        return "7" + rng.choice("3578") + _digits(rng, 12)
    return "11" + _digits(rng, 11)


def n_invoice_no(rng):
    if rng.random() < 0.6:
        return "24" + rng.choice(("33", "31", "44", "11", "51")) + "2000000" + _digits(rng, 9)
    return "No." + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 8)


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def n_credit_code(rng):
    body = "91" + rng.choice(REGION) + rng.choice(("MA", "MA", "0")) + "".join(rng.choice(_USCC) for _ in range(9))
    body = body[:17]
    c = (31 - sum(_USCC.index(ch) * w for ch, w in zip(body, _USCC_W)) % 31) % 31
    return body + _USCC[c]


def n_price(rng):
    p = rng.choice((1499, 2699, 3380, 268, 598, 1280, 888, 1688, 399, 4580, 12800, 6800, 158, 2199))
    return rng.choice((f"¥{p}", f"{p}元", f"{p}一瓶", f"{p:,}元", f"{p}/箱", f"{p}块", f"￥{p}.00", f"{p}一盒"))


def n_date_time(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}月{d}号下午{rng.randint(2, 5)}点",
                       f"周{rng.choice('一二三四五六')}上午", f"腊月{rng.choice(('二十', '二十三', '十八', '廿六'))}",
                       f"{d}号之前", f"2025年{m}月{d}日 {rng.randint(9, 20)}:{rng.choice(('00', '30', '15'))}"))


def n_hotline(rng):
    return rng.choice((f"400-{rng.randint(100, 999)}-{_digits(rng, 4)}", f"400{rng.randint(100, 999)}{_digits(rng, 4)}",
                       "95588", "95599", "95555", "12315", f"800-{rng.randint(810, 830)}-{_digits(rng, 4)}",
                       "95338", "12345", f"400 {_digits(rng, 3)} {_digits(rng, 4)}"))


def n_bad_card(rng):
    v = _bad_luhn(rng, rng.choice((16, 19, 19)), rng.choice(("6222", "6228", "6217", "6214")))
    return _grp4(v) if rng.random() < 0.3 else v


def n_bad_id(rng):
    while True:
        v = _id_raw(rng, False)
        c = rng.choice("0123456789")
        if c != v[-1] and not _luhn_ok(v[:17] + c):
            return v[:17] + c


def n_masked(rng):
    m = _mobile_raw(rng)
    i = _id_raw(rng)
    return rng.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{i[:6]}********{i[14:]}",
                       f"6222 **** **** {_digits(rng, 4)}", f"{i[:3]}***********{i[14:]}",
                       f"****{m[7:]}"))


def n_tail_digits(rng):
    return rng.choice(("尾号", "尾数", "卡尾号", "手机尾号")) + _digits(rng, 4)


def n_verify_code(rng):
    return _digits(rng, rng.choice((4, 6, 6)))


def n_pickup_code(rng):
    return rng.choice((_digits(rng, 8), f"{rng.randint(1, 9)}-{rng.randint(1, 9)}-{_digits(rng, 4)}", _digits(rng, 6)))


def _ean(rng):
    body = rng.choice(("690", "692", "695", "693")) + _digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_barcode(rng):
    return _ean(rng)


def n_batch_no(rng):
    y = rng.randint(2008, 2024)
    return rng.choice((f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", f"{y % 100:02d}{rng.choice('ABC')}{_digits(rng, 4)}",
                       f"{rng.choice(('7542', '8582', '7572', '0622'))}-{y % 100}{rng.randint(1, 9)}", f"H{y}{_digits(rng, 3)}"))


def n_vintage(rng):
    y = rng.randint(1988, 2021)
    return rng.choice((f"{y}年", f"{y}年份", f"{y % 100:02d}年的", f"{rng.choice(('十五', '三十', '五', '八'))}年陈"))


def n_spec(rng):
    return rng.choice(("53%vol 500ml", "53度500ml", "52度", "500ml×6瓶", "357克", "357g×7饼", "250g×2罐", "1.5L",
                       "42度 480ml", "礼盒装2瓶", "200g", "100g/罐", "中华软包 20支", "条装10包"))


def n_postal_code(rng):
    return rng.choice(("310012", "100020", "518054", "200040", "610021", "362400", "564500", "430071", "710061"))


def n_place_only(rng):
    return rng.choice(("杭州西湖区", "茅台镇", "安溪", "武夷山桐木关", "勐海", "万达广场店", "老班章", "仁怀",
                       "深圳南山", "西湖龙井村", "国贸店", "上海静安", "成都太古里那家店", "望京"))


def n_quantity(rng):
    return rng.choice((f"{rng.randint(2, 80)}箱", f"{rng.randint(20, 300)}份", f"{rng.randint(2, 24)}瓶",
                       f"{rng.randint(2, 50)}提", f"{rng.randint(5, 200)}盒", f"{rng.randint(2, 10)}条"))


def n_private_room(rng):
    return rng.choice((f"{rng.randint(1, 3)}0{rng.randint(1, 9)}包厢", f"{rng.choice('AB')}{rng.randint(1, 12):02d}包间",
                       f"{rng.randint(6, 9)}号茶室", f"{rng.choice(('兰', '竹', '梅', '菊'))}字号包间"))


def n_pay_txn(rng):
    return "4200" + _digits(rng, 6) + "2024" + _digits(rng, 14)


def n_url(rng):
    return rng.choice(("https://m.tb.cn/h.5" + "".join(rng.choice("abcdefXYZ123") for _ in range(6)),
                       "#小程序://茶韵商城/" + "".join(rng.choice("abcdefXYZ123") for _ in range(6)),
                       "https://jd.com/" + _digits(rng, 9) + ".html"))


NEAR = dict(order_no=n_order_no, tracking_no=n_tracking_no, invoice_no=n_invoice_no, credit_code=n_credit_code,
            price=n_price, date_time=n_date_time, hotline=n_hotline, bad_card=n_bad_card, bad_id=n_bad_id,
            masked=n_masked, tail_digits=n_tail_digits, verify_code=n_verify_code, pickup_code=n_pickup_code,
            barcode=n_barcode, batch_no=n_batch_no, vintage=n_vintage, spec=n_spec, postal_code=n_postal_code,
            place_only=n_place_only, quantity=n_quantity, private_room=n_private_room, pay_txn=n_pay_txn,
            url=n_url)

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "王总您好，中秋礼盒已经备好了，麻烦确认下收货地址：{address}，收件电话{mobile}",
    "地址：{address}\n电话：{mobile}\n两箱飞天，{n:date_time}前到就行",
    "{mobile} 这个是我手机号，到了打这个就行",
    "发票开公司抬头，电子发票发到{email}，谢谢",
    "买飞天要实名登记的哈，麻烦发下身份证号和手机号",
    "身份证号{id_card}，手机{mobile}，这次能配几瓶？",
    "老板，定金我转过去了，到时候退差价退到这张卡 {bank_card}",
    "收件人：行政部\n联系电话：{mobile}\n收货地址：{address}\n备注：{n:quantity}中秋礼盒",
    "我们公司今年要订{n:quantity}，地址有好几个，我一个个发你\n1. {address} {mobile}\n2. {address} {mobile}\n3. {address} {mobile}",
    "送到{address}，打{landline}前台会下来拿",
    "前台座机{landline}，手机可能接不到",
    "你加我微信吧 {wechat}，图片在这边发不了高清的",
    "我微信号{wechat}，加的时候备注一下茶叶",
    "QQ {qq}，截图发我邮箱也行 {email}",
    "上次那个大红袍再给我来两斤，地址还是{address}，没变",
    "到了吗？我车牌{plate}，在门口了，你们店门口能停不",
    "师傅车牌是{plate}吧？我让保安放行了",
    "司机电话{mobile}，车牌{plate}，下午两点左右到仓库",
    "开票信息：\n单位名称：按营业执照\n税号：{n:credit_code}\n电话：{landline}\n邮箱：{email}",
    "账户：{bank_card}\n开户行：建行营业部\n尾款打这个卡就行😊",
    "退款麻烦退到{bank_card}这张卡上，原路退不了，那张卡注销了",
    "好的好的，收到，我手机{mobile}，有事随时打",
    "麻烦帮我寄到我爸那{address}，他电话{mobile}，老人家白天都在家",
    "收货人电话 {mobile}  地址 {address}",
    "{address}\n{mobile}\n小李收",
    "就寄这里：{address}，电话打不通就打我的{mobile}",
    "实名信息发您：身份证 {id_card} 手机 {mobile}",
    "我老婆身份证{id_card}，能不能用她的名额再登记一瓶",
    "茅台预约需要本人身份证号，我的是{id_card}",
    "登记好了吗？身份证号码：{id_card}",
    "邮箱是{email}，报价单发过来我给领导看看",
    "电子发票请发送至{email}，抬头和税号上面图片里有",
    "我qq{qq}，上面有我们公司的采购需求表",
    "扣扣{qq}，加一下我传Excel给你，{n:quantity}的收货地址全在里面",
    "Q：{qq}",
    "企业微信加不上，加我个人微信{wechat}吧",
    "vx：{wechat}（同手机号那个搜不到）",
    "微信搜{wechat}就是我，头像是一个茶杯",
    "我是{n:place_only}开茶叶店的，微信{wechat}，想跟你们拿货",
    "村里地址：{address}，寄顺丰到付就行，电话{mobile}",
    "茶样寄到{address}，寄之前打我电话{mobile}",
    "老板我在{address}，能不能送货上门？",
    "@店长 这个客户地址{address}，电话{mobile}，明天上午送",
    "接龙：中秋月饼茶叶礼盒\n1. 3号楼张姐 2盒\n2. 送{address} 1盒 {mobile}\n3. 自提",
    "【订单信息】\n收货人：采购部\n手机：{mobile}\n座机：{landline}\n地址：{address}",
    "我给你发个快递地址，{address}，收件手机{mobile}，座机{landline}",
    "我们财务电话{landline}，发票有问题直接找她",
    "公司电话{landline}，工作时间都有人",
    "你们店电话是{landline}吗？打了没人接",
    "麻烦问下，{mobile}是你们送货师傅的电话吗",
    "刚才打给我的{mobile}是你们吗？",
    "卡号{bank_card}，户名跟微信实名一样",
    "我转账用的卡是{bank_card}，你查下到了没",
    "押金退到{bank_card}，谢谢🙏",
    "收款账户：{bank_card}（农行）",
    "这张信用卡{bank_card}能刷吗，分期那种",
    "身份证{id_card}\n卡号{bank_card}\n手机{mobile}\n团购返现麻烦打这个卡",
    "哥，车在{address}楼下，{plate}，白色的，你下来搬一下",
    "进小区要登记车牌，你们送货车是{plate}吗",
    "好的，送货车牌号{plate}，司机手机{mobile}",
    "地址发你了：{address}",
    "改一下地址，不送公司了，送家里：{address}",
    "之前地址写错了，正确的是{address}，麻烦改一下",
    "{address}，这个地址能送吗？偏不偏",
    "帮我们送到{address}（{n:date_time}之前），收件人行政前台，电话{landline}",
    "新年礼盒送客户的，名单如下：\n{address}，{mobile}\n{address}，{mobile}\n{address}，{mobile}\n{address}，{mobile}",
    "客户名单里第三个改一下，电话改成{mobile}，地址改成{address}",
    "你好我想问下回收老酒吗，我家里有几瓶{n:vintage}的茅台，电话{mobile}",
    "藏友群里那位说他有{n:vintage}的，让我加他微信{wechat}",
    "那瓶老五粮液的照片发我邮箱吧{email}，微信压缩了看不清",
    "我邮箱{email}，合同扫描件发这里",
    "回执寄到这个邮箱：{email}",
    "{email} 这是我们采购的邮箱，报价走这个",
    "麻烦把对账单发到 {email} 抄送 {email}",
    "我手机{mobile}，微信同号",
    "电话{mobile}（微信同号），到了直接打",
    "手机号码：{mobile}\n身份证号码：{id_card}\n地址：{address}",
    "送货地址{address}，我电话{mobile}，老公电话{mobile}",
    "联系方式 {mobile} / {landline}",
    "打这个吧{landline}，手机信号不好",
    "{landline} 这个是办公室的，白天都在",
    "帮我查一下，身份证号 {id_card} 这个是不是已经登记过了",
    "这个身份证登记过了吗 {id_card}",
    "加我QQ吧{qq}，微信消息太多了翻不到",
    "我QQ号是{qq}，QQ邮箱也能收",
    "老客户了，上次是用{mobile}下的单，你查查",
    "烟酒店的地址是{address}，你过来拿吧",
    "我们仓库在{address}，货车直接开进来，车牌报一下",
    "车牌{plate} 司机{mobile} 今天下午到 @所有人",
    "送货车{plate}已出发，预计{n:date_time}到，联系电话{mobile}",
    "收货地址：{address}\n收货人：王先生\n电话：{mobile}\n🎁春节礼盒x{n:quantity}",
    "📦{address}\n📱{mobile}",
    "地址👉{address}",
    "我的微信：{wechat}\n电话：{mobile}\n有新茶到了第一时间告诉我哈",
    "你好，我是{n:place_only}那边的茶农，我们村地址{address}，电话{mobile}，今年的春茶可以来看看",
    "公司统一采购，对接人邮箱{email}，电话{landline}，地址{address}",
    "一共{n:quantity}，分开寄：\n北京那边：{address} {mobile}\n上海那边：{address} {mobile}",
    "麻烦给我老丈人送两瓶，{address}，他不用微信，电话{mobile}",
    "电话打{mobile}啊，{mobile}那个不用了",
    "我换号了，新号{mobile}，旧的别打了",
    "收件地址：{address}  收件人电话：{mobile}  备注：易碎品轻拿轻放",
    "我身份证后面是X的，完整的是{id_card}",
    "实名制购酒登记：{id_card}，{mobile}，{address}",
    "这是我弟的身份证号{id_card}，他也想登记一下",
    "定金500转的是这张卡{bank_card}",
    "麻烦开增值税专票，公司电话{landline}，开户行账号一会发你，发票寄到{address}",
    "微信号{wechat} 电话{mobile} 地址{address} 要两提金骏眉",
    "群里接龙的朋友注意，自提点改到{address}了",
    "嫂子你把地址发我，我让店里送过去",
    "{address} 嗯就这个",
    "啊那个手机号错了，是{mobile}",
    "送达后打我电话 {mobile} 或者座机 {landline}",
    "你们老板微信是{wechat}吗",
    "茶叶寄到这里{address}，门口有个烟酒店，放他们那也行",
    "对，身份证号是 {id_card}",
    "我车牌{plate}，上次来你们店里停车扣了钱的",
    "停车场登记一下车牌{plate}，我过来提货",
    "寄到{address}，邮编{n:postal_code}，电话{mobile}",
    "地址：{address}\n邮编：{n:postal_code}\n收件电话：{landline}",
    "老哥我不怎么用微信，有事QQ找我：{qq}",
    "礼品册的PDF太大了，发我QQ邮箱吧，QQ号{qq}",
    "{qq} 这是我q号，晚上在线",
    "单位采购都走QQ的，{qq}，加的时候写茶叶报价",
    "我们行政的QQ是{qq}，电话{mobile}，订礼盒找她",
    "扣扣号码：{qq}\n手机：{mobile}",
    "加q{qq}，我把收货地址表格传给你",
    "藏酒交流可以加我QQ {qq}，微信{wechat}也行",
)

NEAR_TEMPLATES = (
    "订单号{n:order_no}，麻烦查下发货没",
    "顺丰单号 {n:tracking_no}，预计{n:date_time}到",
    "这款飞天{n:spec}，今年行情价{n:price}左右",
    "{n:vintage}的普洱现在还有吗？{n:spec}那种",
    "这款{n:price}，定金先付三成，尾款到货再结",
    "发票号码{n:invoice_no}，已经发您邮箱了",
    "税号：{n:credit_code}，抬头就用营业执照上的全称",
    "中秋礼盒一共{n:quantity}，单价{n:price}，{n:date_time}前发货",
    "有问题可以打我们客服热线{n:hotline}",
    "银行那边客服{n:hotline}说转账要24小时到账",
    "那个卡号{n:bad_card}好像输错了，转不过去",
    "你发的这个号码{n:bad_id}少了一位还是错了一位？系统提示身份证校验不过",
    "我看登记表上写的是{n:masked}，是你吗",
    "手机{n:masked}的客户说没收到货",
    "转账的卡{n:tail_digits}，你查一下",
    "验证码{n:verify_code}，你那边输一下",
    "快递放丰巢了，取件码{n:pickup_code}",
    "条码是{n:barcode}，你扫一下看是不是正品",
    "瓶底批号{n:batch_no}，这个是哪年的",
    "生产日期{n:batch_no}，{n:spec}，原箱没开过",
    "邮编{n:postal_code}",
    "我们在{n:place_only}，离你们远不远",
    "今晚在{n:private_room}喝茶，{n:date_time}到",
    "微信支付交易单号{n:pay_txn}，钱已经付了",
    "链接在这{n:url} 你看是这款吗",
    "{n:quantity}金骏眉，一共{n:price}，对吧",
    "@所有人 {n:date_time}到货，{n:spec}，一共{n:quantity}，先到先得",
    "老茶客都知道，{n:vintage}的号级茶现在一饼都要{n:price}",
    "京东订单{n:order_no}，物流单号{n:tracking_no}",
    "收到了，谢谢老板👍 单号{n:tracking_no}签收了",
    "这批货的批次{n:batch_no}，跟上次的不一样",
    "专票信息：税号{n:credit_code}，发票号{n:invoice_no}",
    "我们财务说发票号{n:invoice_no}这张作废了，重开一张",
    "{n:date_time}能到吗？客户{n:date_time}要用",
    "价格{n:price}，{n:quantity}起包邮",
    "飞天原箱{n:price}，散瓶{n:price}，要不要",
    "我到{n:place_only}了，你们店在哪个门",
    "客服电话{n:hotline}打不通啊",
    "刚才收到短信验证码{n:verify_code}，是你们发的吗",
    "卡号{n:masked}，这个是我，没错",
    "这个号{n:bad_card}不对吧，银行说没这个账户",
    "退款单号{n:order_no}，钱退哪里了",
    "已经在小程序下单了，订单{n:order_no}，{n:quantity}",
    "{n:vintage}茅台，{n:spec}，品相还行，收{n:price}你看合适不",
    "群里接龙：\n1. {n:quantity}\n2. {n:quantity}\n3. {n:quantity}",
    "这条烟条码{n:barcode}，扫出来是真的",
    "外箱码{n:barcode}，箱号{n:batch_no}",
    "身份证号填{n:bad_id}提示格式不对，你帮我看看",
    "我发错了，{n:bad_id}这个是错的，等我重新拍照发你",
    "尾款{n:price}，{n:date_time}之前付清",
    "单号{n:tracking_no}，显示在{n:place_only}转运中心",
    "包厢订好了，{n:private_room}，{n:date_time}",
    "邮政编码填{n:postal_code}还是{n:postal_code}？",
    "快递员说取件码{n:pickup_code}，你到前台拿一下",
    "老板你发的链接打不开{n:url}",
    "今年的明前龙井{n:price}一斤，{n:spec}装",
    "武夷山{n:vintage}的老枞水仙，{n:price}，要的私聊",
    "交易单号{n:pay_txn}，麻烦核对一下",
    "订单{n:order_no}的发票还没开",
    "统一社会信用代码{n:credit_code}",
    "这批酒是{n:place_only}厂里直接发的，批号{n:batch_no}",
    "我在京东看到同款{n:price}，你们这{n:price}贵了点啊",
    "帮我开{n:quantity}的发票，金额{n:price}",
    "好的，{n:date_time}见",
    "{n:spec}的还有货吗",
    "付款截图：{n:price}，交易单号{n:pay_txn}",
    "手机尾号是{n:tail_digits}那个",
    "登记的是{n:masked}那个身份证吧",
    "物流：{n:tracking_no}\n已揽收，{n:date_time}发出",
    "售后热线{n:hotline}，工作日9点到6点",
    "我查了下，{n:bad_card}这个卡号校验不过",
)

# --------------------------------------------------------------------------- build

_PH = re.compile(r"\{([^{}]+)\}")


def _render(rng, tpl, forced):
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _PH.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        key = m.group(1)
        if key.startswith("n:"):
            k = key[2:]
            v = NEAR[k](rng)
            s = len(text)
            text += v
            nms.append((k, s, len(text)))
            continue
        fmt_tab = _FMT[key]
        q = forced.get(key)
        if q:
            fmt = q.pop(0)
        else:
            names = [f for f, _ in fmt_tab]
            fmt = rng.choices(names, weights=[w for _, w in fmt_tab])[0]
        pre, val, post = GEN[key](rng, fmt)
        text += pre
        s = len(text)
        text += val
        ents.append((key, s, len(text)))
        fmts.append(fmt)
        text += post
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta=None):
    rng = random.Random(SEED)
    forced = {}
    for k, tab in _FMT_TABLES:
        q = [f for f, _ in tab for _ in range(FORCE_PER_FMT)]
        rng.shuffle(q)
        forced[k] = q
    rows = []
    pii_tpls = [t for t in PII_TEMPLATES if re.search(r"\{(?!n:)", t)]
    near_tpls = list(NEAR_TEMPLATES)
    order = list(range(len(pii_tpls)))
    rng.shuffle(order)
    while len(order) < N_PII_ROWS:
        order.append(rng.randrange(len(pii_tpls)))
    for ti in order:
        text, ents, fmts, nms = _render(rng, pii_tpls[ti], forced)
        rows.append((text, ents, fmts, nms, f"P{ti}"))
    order = list(range(len(near_tpls)))
    rng.shuffle(order)
    while len(order) < N_NEAR_ROWS:
        order.append(rng.randrange(len(near_tpls)))
    for ti in order:
        text, ents, fmts, nms = _render(rng, near_tpls[ti], forced)
        rows.append((text, ents, fmts, nms, f"N{ti}"))
    # templates without any value (pure chat) are not used; interleave PII / near rows
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    rows = [rows[i] for i in idx]
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({"text": [r[0] for r in rows], "entities": [r[1] for r in rows],
                         "formats": [r[2] for r in rows], "near_misses": [r[3] for r in rows],
                         "split": [SPLIT] * len(rows)})


def make_blind64_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "乡")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d)$")


def _check_value(k, v):
    n = _norm(v)
    if k == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PFX, v
    elif k == "landline":
        assert re.fullmatch(r"0\d{2,3}[2-8]\d{7}", n) and any(n.startswith(a) for a in AREA), v
    elif k == "email":
        assert re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", v), v
    elif k == "id_card":
        assert _id_ok(n) and n[:6] in REGION, v
    elif k == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif k == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", v), v
    elif k == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
    elif k == "plate":
        assert re.fullmatch(r"[京沪粤浙川鄂苏鲁陕闽黔豫湘渝津冀皖赣辽][A-Z][·\s]?([A-Z0-9]{5}|[DF]\d{5})", v), v
    elif k == "address":
        assert v == v.strip() and _ADDR_END.search(v), v
        head = v[:12]
        assert any(u in head for u in _ADDR_START), v
    else:
        raise AssertionError(k)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            _check_value(k, v)
            # no stray digit / letter glued to the value
            if s > 0 and k not in ("address",):
                assert not text[s - 1].isdigit() or re.search(r"(\+86|0086)$", text[:s]), (k, text)
            if e < len(text) and k not in ("address", "email"):
                assert not (text[e].isascii() and text[e].isalnum()), (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
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
    assert df.equals(make_blind64_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

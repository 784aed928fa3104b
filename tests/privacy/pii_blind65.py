"""Blind PII corpus no. 65 (``split == "blind65"``): print, advertising and signage shops in WeCom.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十位写手")
under the blind-corpus rules.  What was read: only the ``PII_KINDS`` /
``PLACEHOLDERS`` lines of ``toolkit/privacy/mask.py`` (via ``grep -A14``),
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only) and the directory listing of
``../shared/datasets/``.  Nothing else under ``toolkit/privacy/``, ``bench/``,
``docs/``, the README, other corpora / tests or git history was read; the
module never imports ``toolkit`` and no masking / finding function was ever run
on this data.  Phrasing, value shapes and labels come from the writer's own
idea of what print-shop chats in mainland China hold.

What is different here: the TRADE.  Designers and sales staff of a print /
advertising / signage shop talk with small businesses (restaurants, shops,
studios, small firms) in WeCom 1:1 and group chats.  Much of the personal
data is CONTENT TO BE PRINTED: the customer's own mobile, landline / fax,
e-mail, WeChat ID, QQ and shop address for business cards, flyers, banners,
roll-up stands, light boxes and shop signs (these are still personal data and
are labelled).  Other personal data comes with the work around it: files sent
by e-mail / QQ, proofs, sign-installation and delivery addresses, van and
car-wrap plates, legal-representative ID numbers for seal carving and personal
invoices, bank cards for deposits and refunds.  Near-misses are the numbers of
that trade: sizes (90×54mm, 6米×1.2米), paper weights, quantities, prices,
CMYK / Pantone / hex colours, file names, order / tracking / invoice numbers,
tax IDs, hotlines (400 / 800 / 95xxx), masked numbers, pickup and
verification codes, postal codes, URLs, printer models, payment serials of card
length that fail Luhn, 18-digit order numbers that fail the ID check, company
names and places without a house number.

Seed
----
``SEED = "blind65-print-sign-第七十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and card Luhn digits are computed here; every near-miss
with 16-19 digits fails Luhn and every 18-digit one fails the ID check.  Each
value format is first forced 4 times into distinct templates holding a slot
of its kind, then rows are drawn at random.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; never names), ``formats`` (one format name per
entity), ``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(always ``"blind65"``).  A span holds the value only: cue words, ``+86`` /
``0086`` prefixes and extensions (``转806``, ``-806``, ``分机806``) are
outside; separators inside a value (spaces, dashes, dots, the parentheses
around an area code) are inside.  An address runs from its first place unit
(province / city / district / county / town / village / road / estate) to its
last house-level unit (号 / 栋 / 号楼 / 单元 / 层 / 室 / bare room number);
shop words after it (门口, 一楼门面, 对面) are outside.

Counts (``python tests/privacy/pii_blind65.py``)
------------------------------------------------
rows=1500 pii_rows=860 near_rows=640 entities=1306
(mobile 305, address 219, email 154, landline 134, wechat 119, plate 109, bank_card 101, qq 91, id_card 74);
near-miss spans=1070 (994 in near-miss rows) kinds=22 (near kinds: price 160, size 96, qty 89, date_time 71,
company 63, paper 63, color 60, tracking_no 48, place 45, tax_id 41, hotline 38, order_no 38, file_name 36,
invoice_no 30, postal_code 30, masked 29, bad_card 25, verify_code 24, bad_id 24, pickup_code 22, model_no 21,
url 17);
formats=46 distinct, each used >= 4 times in >= 3 templates (min count 10, min templates 5).
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind65-print-sign-第七十位写手"
SPLIT = "blind65"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# --------------------------------------------------------------------------- checks
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


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
    s = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in s)
    return re.sub(r"[\s\-.·()（）]", "", s)


# --------------------------------------------------------------------------- value pools
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199")
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0574", "0755",
              "0757", "0769", "0512", "0510", "0531", "0532", "0371", "0731", "0591", "0592", "0871",
              "0851", "0311", "0351", "0551", "0791", "0579", "0760", "0577")
ID_REGIONS = ("110105", "110108", "310104", "310115", "440305", "440306", "440106", "330106", "330110",
              "320505", "420111", "510107", "610113", "370212", "350206", "430104", "410105", "500112",
              "120104", "210102", "130102", "340104", "360102", "450103", "530102", "330782", "441900",
              "411625", "522601", "371302")
CARD_BINS = (("622848", 19), ("621700", 19), ("622202", 19), ("621226", 19), ("622588", 16),
             ("621483", 16), ("622262", 19), ("621661", 19), ("622700", 19), ("623058", 19),
             ("625965", 16), ("622609", 16), ("438088", 16), ("427020", 16), ("524091", 16),
             ("518710", 16), ("955880", 19), ("955990", 19), ("955220", 19))
EMAIL_PINYIN = ("chenli", "wangjing", "liuyang", "zhaoxue", "sunhao", "zhoumin", "wuting", "huangwei",
                "linfeng", "heyan", "guojie", "xuqian", "majun", "hujing", "zhudan", "gaoyuan", "luoqi",
                "tangxin", "fengle", "dengmei")
EMAIL_FREE = ("163.com", "126.com", "sina.com", "yeah.net", "139.com", "foxmail.com", "sohu.com")
EMAIL_FOREIGN = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com")
EMAIL_CORP = ("mingyuanad.com", "szjiahe.cn", "hzlvcha.com.cn", "yuxin-design.com", "cdhuamei.cn",
              "xmhaiyun.com", "whtianyi.com.cn", "qdbeifang.net", "jinhe-food.com", "lxcy.cn")
EN_FIRST = ("Lily", "Kevin", "Amy", "Jason", "Coco", "Tony", "Vivian", "Eric", "Sandy", "Leo")
WX_WORDS = ("xiaomei", "ajie", "lele", "huahua", "dabao", "mengmeng", "tiantian", "sunny", "kiki",
            "momo", "shuangshuang", "ahua", "xiaofeng", "jiajia", "yoyo", "nini", "abin", "qiqi")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJK"
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "", city, [(district, [roads])])
CITIES = (
    ("广东省", "深圳市", (("南山区", ("科技南十二路", "南海大道", "桃园路")), ("宝安区", ("西乡大道", "新安六路")),
                          ("龙华区", ("民治大道", "人民路")), ("龙岗区", ("龙岗大道", "布澜路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "古墩路")), ("拱墅区", ("莫干山路", "湖墅南路")),
                          ("余杭区", ("文一西路", "五常大道")), ("滨江区", ("江南大道", "滨盛路")))),
    ("江苏省", "苏州市", (("姑苏区", ("人民路", "干将西路")), ("吴中区", ("东吴北路", "宝带西路")))),
    ("广东省", "广州市", (("天河区", ("天河北路", "体育西路")), ("白云区", ("机场路", "白云大道北")),
                          ("番禺区", ("市桥街", "兴业大道")))),
    ("四川省", "成都市", (("武侯区", ("科华北路", "武侯大道")), ("锦江区", ("春熙路", "东大街")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道")), ("江汉区", ("解放大道", "新华路")))),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "厦禾路")), ("湖里区", ("枋湖路", "湖里大道")))),
    ("山东省", "青岛市", (("市南区", ("香港中路", "闽江路")), ("崂山区", ("海尔路", "株洲路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "农业路")), ("二七区", ("大学路", "航海中路")))),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "枫林三路")), ("芙蓉区", ("五一大道", "韶山北路")))),
    ("", "上海市", (("浦东新区", ("张杨路", "川沙路")), ("徐汇区", ("漕溪北路", "宜山路")),
                   ("闵行区", ("七莘路", "莘松路")))),
    ("", "北京市", (("朝阳区", ("建国路", "朝阳北路")), ("海淀区", ("中关村大街", "学院路")),
                   ("丰台区", ("丰台北路", "南三环西路")))),
    ("", "重庆市", (("渝北区", ("金开大道", "新牌坊一路")), ("江北区", ("建新北路", "北城天街")))),
)
BUILDINGS = ("创业大厦", "金融中心", "时代广场", "国际商务中心", "科技大厦", "华美大厦", "万达广场", "金源商厦",
             "天安数码城", "星光写字楼")
ESTATES = ("阳光花园", "碧桂园", "万科城", "金色家园", "翠苑三区", "幸福里小区", "龙湖春森彼岸", "保利香槟国际",
           "绿城桂花苑", "世纪新城")
VILLAGES = (("浙江省", "金华市", "义乌市", "佛堂镇", "塘下村"), ("河南省", "周口市", "商水县", "练集镇", "王庄村"),
            ("江苏省", "徐州市", "沛县", "龙固镇", "刘庄村"), ("广东省", "揭阳市", "普宁市", "流沙镇", "新坛村"),
            ("福建省", "泉州市", "晋江市", "陈埭镇", "涵口村"), ("山东省", "临沂市", "兰陵县", "向城镇", "东关村"))


# --------------------------------------------------------------------------- value generators
# each returns (prefix_outside, value, suffix_outside)

def _mob(r):
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def g_mobile(r, fmt):
    m = _mob(r)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "dot_344":
        return "", f"{m[:3]}.{m[3:7]}.{m[7:]}", ""
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "0086 ")), m, ""
    if fmt == "plus86_space":
        return r.choice(("+86 ", "(+86) ")), f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "fullwidth":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
    raise KeyError(fmt)


def _tel(r):
    ac = r.choice(AREA_CODES)
    n = 8 if len(ac) == 3 or r.random() < 0.7 else 7
    return ac, r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def g_landline(r, fmt):
    ac, n = _tel(r)
    if fmt == "area_dash":
        return "", f"{ac}-{n}", ""
    if fmt == "area_paren":
        return "", f"({ac}){n}" if r.random() < 0.6 else f"（{ac}）{n}", ""
    if fmt == "area_space":
        return "", f"{ac} {n[:4]} {n[4:]}" if r.random() < 0.5 else f"{ac} {n}", ""
    if fmt == "area_plain":
        return "", ac + n, ""
    if fmt == "dash_ext":
        ext = str(r.randint(801, 8899))
        return "", f"{ac}-{n}", r.choice(("转", "-", " 转", "分机")) + ext
    if fmt == "local_8":
        ac, n = "021", r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(7))
        return "", n if r.random() < 0.6 else f"{n[:4]} {n[4:]}", ""
    raise KeyError(fmt)


def g_email(r, fmt):
    if fmt == "qq_mail":
        return "", str(r.randint(10000000, 3999999999)) + "@qq.com", ""
    if fmt == "pinyin_free":
        return "", r.choice(EMAIL_PINYIN) + r.choice(("", "88", str(r.randint(1975, 2001)), "_" + str(r.randint(1, 99)))) \
            + "@" + r.choice(EMAIL_FREE), ""
    if fmt == "corp_domain":
        return "", r.choice(EMAIL_PINYIN + tuple(e.lower() for e in EN_FIRST)) + "@" + r.choice(EMAIL_CORP), ""
    if fmt == "foreign_mail":
        return "", r.choice(EMAIL_PINYIN) + "." + r.choice(("design", "studio", "print", "shop", "li")) \
            + "@" + r.choice(EMAIL_FOREIGN), ""
    if fmt == "mixed_case":
        return "", r.choice(EN_FIRST) + "." + r.choice(EMAIL_PINYIN).capitalize() + "@" + r.choice(EMAIL_CORP + EMAIL_FREE), ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    n = {"qq_8": 8, "qq_9": 9, "qq_10": 10}[fmt]
    return "", str(r.randint(1, 9 if n < 10 else 3)) + "".join(r.choice("0123456789") for _ in range(n - 1)), ""


def g_wechat(r, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "word_digits":
        w = r.choice(WX_WORDS) + str(r.choice((r.randint(1, 999), r.randint(1980, 2003), 520, 666, 888)))
        return "", w if len(w) >= 6 else w + "88", ""
    if fmt == "underscore":
        return "", r.choice(WX_WORDS) + "_" + r.choice(("print", "ad", "design", "shop", "cha", str(r.randint(10, 99)))), ""
    if fmt == "dash":
        return "", r.choice(WX_WORDS) + "-" + str(r.randint(10, 9999)), ""
    if fmt == "mixed_case":
        return "", r.choice(EN_FIRST) + r.choice(WX_WORDS).capitalize() + str(r.randint(1, 99)), ""
    raise KeyError(fmt)


def _plate_tail(r, n=5):
    t = [r.choice("0123456789") for _ in range(n)]
    if r.random() < 0.5:
        t[r.randrange(n)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(t)


def g_plate(r, fmt):
    p, l = r.choice(PLATE_PROV), r.choice(PLATE_LET)
    if fmt == "std_7":
        return "", p + l + _plate_tail(r), ""
    if fmt == "dot_7":
        return "", p + l + "·" + _plate_tail(r), ""
    if fmt == "space_7":
        return "", p + l + " " + _plate_tail(r), ""
    if fmt == "nev_8":
        d = "".join(r.choice("0123456789") for _ in range(4))
        return "", p + l + (r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + d if r.random() < 0.7
                            else d + r.choice("0123456789") + r.choice("DF")), ""
    if fmt == "lower_7":
        return "", p + l.lower() + _plate_tail(r).lower(), ""
    raise KeyError(fmt)


def _id(r, want_x=None):
    while True:
        y = r.randint(1962, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        body = r.choice(ID_REGIONS) + f"{y:04d}{m:02d}{d:02d}" + f"{r.randint(1, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id_card(r, fmt):
    if fmt == "plain_18":
        return "", _id(r, False), ""
    if fmt == "x_tail":
        v = _id(r, True)
        return "", v if r.random() < 0.75 else v[:17] + "x", ""
    if fmt == "space_6_8_4":
        v = _id(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, length):
    cands = [b for b in CARD_BINS if b[1] == length]
    b, n = r.choice(cands)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def g_bank_card(r, fmt):
    if fmt == "plain_16":
        return "", _card(r, 16), ""
    if fmt == "plain_19":
        return "", _card(r, 19), ""
    if fmt == "space_4444":
        c = _card(r, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "space_44443":
        c = _card(r, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    raise KeyError(fmt)


def _room(r):
    return f"{r.randint(2, 32)}{r.randint(1, 12):02d}"


def _city(r):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    return prov, city, dist, r.choice(roads)


def g_address(r, fmt):
    prov, city, dist, road = _city(r)
    num = f"{r.randint(1, 999)}号"
    if fmt == "full_prov":
        tail = r.choice((f"{r.choice(BUILDINGS)}{_room(r)}室", f"{r.choice(BUILDINGS)}{r.choice('ABCD')}座{_room(r)}室",
                         f"{r.randint(1, 12)}栋{r.randint(1, 3)}层"))
        return "", f"{prov}{city}{dist}{road}{num}{tail}", ""
    if fmt == "city_start":
        tail = r.choice((f"{r.choice(BUILDINGS)}{r.randint(2, 28)}层", f"{r.randint(1, 9)}号楼{_room(r)}室", ""))
        return "", f"{city}{dist}{road}{num}{tail}", ""
    if fmt == "district_start":
        tail = r.choice(("", f"{r.randint(1, 6)}栋", f"{_room(r)}室", f"{r.choice(BUILDINGS)}{r.randint(1, 5)}层"))
        return "", f"{dist}{road}{num}{tail}", ""
    if fmt == "road_start":
        tail = r.choice(("", f"{r.choice(BUILDINGS)}{_room(r)}室", f"{r.choice(BUILDINGS)}{r.randint(1, 3)}层"))
        return "", f"{road}{num}{tail}", ""
    if fmt == "estate_room":
        return "", f"{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}", ""
    if fmt == "dash_room":
        return "", f"{city}{dist}{r.choice(ESTATES)}{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}", ""
    if fmt == "village":
        vp, vc, vcounty, vtown, vvill = r.choice(VILLAGES)
        head = r.choice((f"{vp}{vc}{vcounty}", f"{vc}{vcounty}", vcounty))
        return "", f"{head}{vtown}{vvill}{r.randint(1, 12)}组{r.randint(1, 99)}号" if r.random() < 0.4 \
            else f"{head}{vtown}{vvill}{r.randint(1, 199)}号", ""
    if fmt == "spaced_parts":
        return "", f"{city} {dist} {road}{num} {r.choice(BUILDINGS)} {_room(r)}室", ""
    raise KeyError(fmt)


GENS = dict(mobile=g_mobile, landline=g_landline, email=g_email, qq=g_qq, wechat=g_wechat, plate=g_plate,
            id_card=g_id_card, bank_card=g_bank_card, address=g_address)
FORMATS = dict(
    mobile=(("plain", 10), ("space_344", 3), ("dash_344", 2), ("dot_344", 1), ("plus86_plain", 1),
            ("plus86_space", 1), ("fullwidth", 1)),
    landline=(("area_dash", 6), ("area_paren", 2), ("area_space", 2), ("area_plain", 1), ("dash_ext", 2),
              ("local_8", 1)),
    email=(("qq_mail", 4), ("pinyin_free", 4), ("corp_domain", 4), ("foreign_mail", 1), ("mixed_case", 1)),
    qq=(("qq_8", 2), ("qq_9", 4), ("qq_10", 4)),
    wechat=(("wxid", 2), ("word_digits", 4), ("underscore", 2), ("dash", 1), ("mixed_case", 1)),
    plate=(("std_7", 6), ("dot_7", 2), ("space_7", 1), ("nev_8", 3), ("lower_7", 1)),
    id_card=(("plain_18", 6), ("x_tail", 2), ("space_6_8_4", 1)),
    bank_card=(("plain_16", 3), ("plain_19", 5), ("space_4444", 2), ("space_44443", 2)),
    address=(("full_prov", 3), ("city_start", 4), ("district_start", 3), ("road_start", 3), ("estate_room", 2),
             ("dash_room", 1), ("village", 1), ("spaced_parts", 1)),
)


# --------------------------------------------------------------------------- near-miss generators
def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _safe_digits(r, n, first="123456789"):
    while True:
        s = _digits(r, n, first)
        if not (16 <= n <= 19 and _luhn_ok(s)) and not (n == 18 and _id_ok(s)):
            return s


COMPANIES = ("杭州明远广告有限公司", "鑫源餐饮管理有限公司", "小林烘焙工作室", "蜀香阁火锅", "绿茶时光奶茶店",
             "宏达装饰工程有限公司", "佳禾食品贸易商行", "美度美甲", "晨光文具店", "安心家政服务部", "德顺五金批发部",
             "星辰摄影工作室", "沁园茶叶店", "华宇物流有限公司", "悦享健身会所")
PLACES = ("南山区", "宝安区西乡那边", "万达广场", "科技园", "老城区", "高新区", "步行街", "汽车站对面", "地铁口",
          "西湖区", "工业园", "市场二期", "天河城", "春熙路那边", "中关村")
COLORS = ("C0 M100 Y100 K0", "C100 M0 Y0 K0", "K100", "潘通186C", "Pantone 286C", "#E60012", "#1A73E8",
          "RGB 230,0,18", "C60 M0 Y100 K0", "专色金", "C0 M40 Y100 K0", "#333333")
FILES = ("名片终稿0315.pdf", "门头效果图v3.jpg", "易拉宝80x200.ai", "菜单_最终版.cdr", "宣传单A4正反.pdf",
         "logo矢量图.ai", "灯箱画面1-6.psd", "不干胶贴纸_改2.pdf", "海报(1).jpg", "车贴展开图.cdr")
PAPERS = ("300g铜版纸", "300克铜版纸", "157g铜版纸", "250克白卡", "80g双胶纸", "珠光纸", "哑粉纸", "PVC背胶",
          "3M反光膜", "亚克力5mm", "白色PP纸", "灯布")
MODELS = ("HP M479fdw", "爱普生L8058", "理光C5200", "柯尼卡C226", "罗兰VG3-640", "武藤VJ-1638", "EPSON F6380",
          "佳能iPF TM-5300", "震旦AD289s")


def n_order_no(r):
    return r.choice((lambda: "DD" + "2024" + _digits(r, 8, "01"), lambda: _safe_digits(r, 14, "2"),
                     lambda: "YS" + _digits(r, 10), lambda: "P" + "2025" + _digits(r, 6, "01"),
                     lambda: _safe_digits(r, 16, "3")))()


def n_tracking_no(r):
    return r.choice((lambda: "SF" + _digits(r, 13, "1"), lambda: "YT" + _digits(r, 13, "7"),
                     lambda: "JDV" + _digits(r, 12, "0"),
                     lambda: "7" + _digits(r, 13, "3"), lambda: "43" + _digits(r, 11, "1"),
                     lambda: "SF" + _digits(r, 12, "1")))()


def n_invoice_no(r):
    return r.choice((lambda: _digits(r, 8, "0"), lambda: "24" + _digits(r, 18, "34"), lambda: _digits(r, 20, "2")))()


def n_tax_id(r):
    return "91" + r.choice(("330106", "440305", "440106", "320505", "510107", "420111")) \
        + r.choice(("MA2", "MA5", "MA6")) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)) \
        + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")


def n_price(r):
    return r.choice((lambda: f"{r.choice((35, 45, 60, 80, 120, 150, 260, 380, 450, 680))}元",
                     lambda: f"¥{r.randint(2, 99) * 10}", lambda: f"{r.randint(1, 60) * 100}块",
                     lambda: f"{r.choice(('0.08', '0.12', '0.35', '1.5', '2.8'))}元/张",
                     lambda: f"{r.choice((1280, 2350, 3600, 12800, 4680))}.00元",
                     lambda: f"{r.choice((45, 60, 85, 120))}元/平"))()


def n_qty(r):
    return r.choice((f"{r.choice((2, 3, 5, 10))}盒", f"{r.choice((100, 200, 500, 1000, 2000, 5000))}张",
                     f"{r.choice((50, 100, 300))}份", f"{r.choice((2, 4, 6))}个", f"{r.choice((1, 2, 3))}卷"))


def n_size(r):
    return r.choice(("90×54mm", "90x54", "A4", "80*200cm", "60x160", f"{r.randint(3, 12)}米×{r.choice(('0.9', '1.2', '1.5'))}米",
                     f"{r.randint(2, 8)}.{r.randint(1, 9)}m*{r.choice(('1', '1.2', '0.8'))}m", "210*285mm", "A3",
                     f"{r.randint(30, 120)}x{r.randint(30, 120)}cm", "大16开"))


def n_date_time(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"周{r.choice('一二三四五六')}下午{r.randint(2, 5)}点",
                     f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"明天上午{r.randint(8, 11)}点半",
                     f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(14, 18)}:{r.choice(('00', '30'))}"))


def n_hotline(r):
    return r.choice((f"400-{_digits(r, 3, '1689')}-{_digits(r, 4)}", f"400{_digits(r, 7, '1689')}", "95338", "95311",
                     "95554", f"800-{_digits(r, 3, '8')}-{_digits(r, 4)}", "12315", "95546"))


def n_masked(r):
    m = _mob(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"尾号{m[7:]}", f"{m[:3]}xxxx{m[7:]}"))


def n_bad_card(r):
    return _safe_digits(r, r.choice((16, 17, 19)), "4")


def n_bad_id(r):
    while True:
        s = r.choice(ID_REGIONS) + _digits(r, 12, "2")
        if not _id_ok(s) and not _luhn_ok(s):
            return s


def n_verify_code(r):
    return _digits(r, r.choice((4, 6)))


def n_pickup_code(r):
    return r.choice((_digits(r, 8), f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}", _digits(r, 6)))


def n_postal_code(r):
    return r.choice(("518000", "310012", "215000", "510630", "610041", "430070", "361000", "266071", "200120",
                     "100020", "450000", "410013"))


def n_url(r):
    return r.choice(("www.mingyuanad.com", "www.szjiahe.cn", "hzlvcha.com.cn", "https://shop.jinhe-food.com",
                     "www.yuxin-design.com", "m.tb.cn/h.5x8Kq", "www.lxcy.cn"))


GEN_NM = dict(
    company=lambda r: r.choice(COMPANIES), place=lambda r: r.choice(PLACES), color=lambda r: r.choice(COLORS),
    file_name=lambda r: r.choice(FILES), paper=lambda r: r.choice(PAPERS), model_no=lambda r: r.choice(MODELS),
    order_no=n_order_no, tracking_no=n_tracking_no, invoice_no=n_invoice_no, tax_id=n_tax_id,
    price=n_price, qty=n_qty, size=n_size, date_time=n_date_time, hotline=n_hotline, masked=n_masked,
    bad_card=n_bad_card, bad_id=n_bad_id, verify_code=n_verify_code, pickup_code=n_pickup_code,
    postal_code=n_postal_code, url=n_url,
)

# --------------------------------------------------------------------------- templates
# {kind} = personal value; {~near} = near-miss value
PII_TEMPLATES = (
    "名片内容：\n{~company}\n手机：{mobile}\n邮箱：{email}\n地址：{address}",
    "名片上电话改成{mobile}，原来那个号不用了",
    "背面加个微信号：{wechat}，字小一点",
    "正面：电话 {mobile}  座机 {landline}",
    "麻烦把地址改一下，{address}，之前那个搬走了",
    "邮箱是{email}，名片上印这个，发文件也用这个",
    "我发到{email}了，你看下收到没",
    "发这个邮箱：{email}，备注一下公司名",
    "安装地址：{address}，到了打{mobile}",
    "门头装在{address}，下午两点以后店里都有人",
    "送货地址 {address} 收货电话{mobile}",
    "发票抬头开个人的，身份证号{id_card}",
    "刻章需要法人身份证号：{id_card}，复印件我下午拿过去",
    "尾款打到这个卡：{bank_card} 建行",
    "退款退我卡上吧 {bank_card}",
    "车牌{plate}，车身广告两边车门都贴",
    "货车{plate}，司机到了打{mobile}",
    "停车场登记下车牌：{plate}，我们师傅过去装灯箱",
    "QQ{qq}，大文件用QQ传快一点",
    "加我QQ吧 {qq} 微信传图会压缩",
    "{mobile}（微信同号）",
    "加个微信 {wechat} 方便发图",
    "这是新的名片信息，帮我排一下：\n电话：{mobile}\nQQ：{qq}\n邮箱：{email}",
    "Tel: {landline}  Mob: {mobile}  E-mail: {email}",
    "座机{landline}，手机{mobile}，两个都印上",
    "座机号改成{landline}",
    "{mobile} 这个号码印在灯箱右下角",
    "喷绘布上加一行：订餐热线 {mobile}",
    "海报底部：咨询电话{landline} 地址：{address}",
    "快递寄到{address}，{mobile}",
    "收件人电话{mobile}  地址{address}",
    "样品寄这个地址 {address} 电话 {landline}",
    "宣传单上的地址写错了，应该是{address}，不是{~place}",
    "易拉宝下面写：报名热线{mobile} 微信{wechat}",
    "二维码旁边标一下微信号{wechat}",
    "微信号{wechat} 这个是我个人号，名片印这个",
    "{email} 这个邮箱印在名片背面",
    "发票开好了发到{email}",
    "电子发票发我邮箱{email}吧，纸质的不用了",
    "打款账户：{bank_card}\n户名跟营业执照一致",
    "{bank_card} 农业银行，转完发个截图给我",
    "{id_card}，这是法人身份证，执照上的地址是{address}",
    "我身份证号{id_card}，开个人抬头的票，金额{~price}",
    "车贴做好了，车牌号{plate}，明天上午能过来贴吗",
    "我车是{plate}，白色的，停在{address}门口",
    "师傅明早到{address}装招牌，电话{mobile}",
    "招牌安装地址：{address}\n联系电话：{mobile}\n最好上午装",
    "手机号{mobile}，不对，是{mobile}，刚才打错了",
    "就印这几个：{mobile} / {wechat} / {address}",
    "名片两个号码：{mobile}、{mobile}",
    "电话：{mobile}（同微信）\n地址：{address}",
    "横幅上联系方式写{mobile}就行",
    "门头灯箱：{~company} 电话{mobile}",
    "帮我查下发货没，收货地址{address}",
    "物流显示签收了 我没收到啊，地址是{address}，电话{mobile}",
    "qq邮箱{email}，源文件太大用邮箱中转站发",
    "{qq}这个QQ加一下，我把AI源文件传给你",
    "我QQ号是{qq}，验证写印刷",
    "不干胶贴纸上印：售后电话{mobile}",
    "外卖单页底部加：订餐电话{landline} / {mobile}",
    "开票信息：\n名称：{~company}\n税号：{~tax_id}\n地址电话：{address} {landline}",
    "工牌上印工号和手机 {mobile}",
    "宣传册最后一页：地址 {address}\n服务热线 {~hotline}",
    "车身广告的车：{plate}、{plate}两台",
    "定金请转{bank_card}（工行），转完截图",
    "这个卡号对吗{bank_card}",
    "我用这个号加你 {mobile}",
    "改下微信号，之前的{wechat}被封了，新的是{wechat}",
    "喷绘可以直接送到{address}吗？运费多少",
    "送{address}，到了放门卫就行",
    "文件是用{email}发的，标题写的名片终稿",
    "{mobile}打不通啊 换个号码吧",
    "你好 我是{address}那家奶茶店的，上次做的灯箱不亮了",
    "地址：{address}（{~place}对面）",
    "明天安装，地址{address}，9点前到，打{landline}找前台",
    "身份证{id_card}，刻公章用的",
    "{wechat}是我微信，{qq}是QQ，都能找到我",
    "报价单发你邮箱{email}了，含税{~price}",
    "老板，名片加一行座机：{landline}",
    "我们公司电话：{landline}\n传真：{landline}",
    "邮寄地址 {address} 麻烦顺丰到付",
    "样稿确认，电话写{mobile}，微信写{wechat}，QQ不要了",
    "加急！明天要：名片{~qty}，电话{mobile}，其它不变",
    "帮我把{mobile}换成{mobile}",
    "卡号{bank_card}\n开户行：招商银行",
    "亲，收货地址{address}，尽快发哈😊",
    "📞{mobile}\n📧{email}\n📍{address}",
    "【名片信息】手机 {mobile}｜微信 {wechat}｜邮箱 {email}",
    "货拉拉车牌{plate}，电话{mobile}，已经出发了",
    "装广告牌的师傅车牌{plate}，让保安放行下",
    "{address}，这是新店地址，开业的拱门和花篮送这里",
    "发文字地址吧：{address}",
    "我手机{mobile}，没人接就打座机{landline}",
    "身份证号码：{id_card}\n手机：{mobile}\n（刻章备案用）",
    "名片背面二维码下写：微信号：{wechat}",
    "QQ:{qq} 邮箱:{email}",
    "发{email} 谢谢",
    "好的收到，是{email}这个邮箱吧？",
    "卡号给你：{bank_card}，户名是执照上的法人",
    "那个车牌{plate}的车明天去贴膜，地址{address}",
    "电话打{mobile}或者{landline}都行",
    "微信{wechat}\nQQ{qq}\n文件发哪个都可以",
    "写真布送到{address}，下午安装",
    "我们店在{address}，过来自取就行",
    "tel {landline}\nfax {landline}\nemail {email}",
    "菜单封底：外卖电话 {mobile}   堂食地址 {address}",
    "原来印的是{~masked}，改成{mobile}",
    "印{~qty}，{~paper}，手机{mobile}，邮箱{email}",
    "我的手机是{mobile}，你存一下，安装前一小时电话联系",
    "营业执照地址写的{address}，门头就装这个地方",
    "拿样的地址：{address}，{~date_time}之前要到",
    "身份证号发你了{id_card}，个人开票备注一下",
    "{plate}停在后门，卸货的时候打我{mobile}",
    "车贴图发我QQ邮箱{email}，车是{plate}",
    "名片改一下：QQ改成{qq}，微信{wechat}",
    "帐号{bank_card}，钱到了说一声",
    "打错了，卡号是{bank_card}",
    "送货到{address}，打电话{landline}",
    "我的号：{mobile}\n我老公的：{mobile}\n都印上去",
    "联系方式：{mobile}、{landline}，地址{address}",
    "您好，设计稿已发送至{email}，请查收确认",
    "搬店了，新地址{address}，名片和门头都要改",
    "车牌号是{plate}吗？我跟物业报备一下",
    "微信搜{wechat}就行，头像是个猫",
    "发票寄到{address}，收件电话{mobile}",
    "QQ {qq}\n邮箱 {email}\n有问题留言",
    "退定金到{bank_card}，{~price}",
)

NEAR_TEMPLATES = (
    "印{~qty}，{~paper}，双面，一共{~price}",
    "尺寸{~size}，出血每边留3mm",
    "订单号{~order_no}，什么时候能发货",
    "快递单号{~tracking_no}，预计{~date_time}到",
    "顺丰{~tracking_no}，已经发出了",
    "发票号码{~invoice_no}，金额{~price}",
    "税号{~tax_id}，开专票",
    "颜色按{~color}来，别偏红",
    "主色{~color}，辅助色{~color}",
    "文件名{~file_name}，是最新的",
    "验证码{~verify_code}，刚发你了",
    "有问题打我们客服{~hotline}",
    "之前留的{~masked}那个不用了",
    "交易单号{~bad_card}，已付款",
    "淘宝订单编号{~bad_id}，麻烦核对下",
    "门头{~size}，{~price}含安装",
    "邮编{~postal_code}要不要印",
    "官网印{~url}",
    "机器是{~model_no}，能印{~paper}吗",
    "丰巢取件码{~pickup_code}",
    "放{~place}那边就行",
    "公司名{~company}，字体用黑体加粗",
    "喷绘{~size}，{~qty}，{~date_time}前要",
    "定金{~price}已付，余款{~price}到货付",
    "这批做{~size}的，{~qty}，总共{~price}",
    "{~file_name}打不开，发个PDF吧",
    "物流{~tracking_no}一直没更新",
    "{~order_no}这单改成{~paper}",
    "这单开票，抬头{~company}，税号{~tax_id}",
    "灯箱画面用{~color}，画面尺寸{~size}",
    "车贴按{~price}算，{~date_time}可以贴",
    "快递到了，取件码{~pickup_code}，在{~place}",
    "售后电话打{~hotline}，转人工",
    "打印机{~model_no}卡纸了，{~date_time}才能修好",
    "退款流水{~bad_card}，3个工作日到账",
    "订单{~bad_id}，申请退款",
    "你那个号码{~masked}是不是换了",
    "发票代码{~invoice_no}，发票号码{~invoice_no}",
    "新的收款码金额填{~price}就行",
    "邮编{~postal_code}，写在地址后面",
    "样稿{~file_name}，第3版，确认就下单",
    "网址{~url}印在二维码下面",
    "{~date_time}送到{~place}，{~qty}",
    "价格：{~qty}{~price}，{~qty}{~price}",
    "中通{~tracking_no}，麻烦查一下",
    "纸张{~paper}，尺寸{~size}，覆哑膜",
    "背景色{~color}，字用白色",
    "登录验证码{~verify_code}，5分钟有效",
    "咨询电话写{~hotline}，不留手机",
    "单号{~order_no}，{~qty}，{~price}",
    "🙏麻烦{~date_time}之前发出，{~tracking_no}到了告诉我",
    "全电发票{~invoice_no}已开具",
    "{~company}的门头，{~size}，{~price}",
    "支付宝交易号{~bad_card}",
    "开票信息\n{~company}\n{~tax_id}",
    "手机号{~masked}已绑定",
    "我在{~place}，附近有打印店吗",
    "字体用思源黑体，颜色{~color}，尺寸{~size}",
    "外卖单{~qty}，{~paper}，{~price}",
    "批次号{~order_no}，质检合格",
)

# Extra random slot fillers for PII templates -- none; kinds come from the template.
_SLOT = re.compile(r"\{(~?)(\w+)\}")


def _render(r, template, force=None):
    """force = (kind, fmt): the first slot of kind uses fmt."""
    out, ents, fmts, nms = [], [], [], []
    pos = 0
    last = 0
    forced_done = False
    for m in _SLOT.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        near, kind = m.group(1), m.group(2)
        if near:
            v = GEN_NM[kind](r)
            nms.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if force and force[0] == kind and not forced_done:
            fmt = force[1]
            forced_done = True
        else:
            names = [f for f, _ in FORMATS[kind]]
            fmt = r.choices(names, weights=[w for _, w in FORMATS[kind]])[0]
        pre, v, suf = GENS[kind](r, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(v)))
        fmts.append(fmt)
        out.append(v)
        pos += len(v)
        out.append(suf)
        pos += len(suf)
    out.append(template[last:])
    return "".join(out), ents, fmts, nms


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []

    def add(tid, tpl, force=None):
        text, ents, fmts, nms = _render(r, tpl, force)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nms, split=SPLIT))
        tids.append(tid)

    # forced coverage: each format 4 times in 4 distinct templates
    for kind in KINDS:
        holders = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for fmt, _ in FORMATS[kind]:
            for i in r.sample(holders, 4):
                add(f"p{i}", PII_TEMPLATES[i], (kind, fmt))
    # top up rare kinds
    for kind, extra in (("qq", 30), ("id_card", 40), ("bank_card", 35), ("plate", 30), ("wechat", 15),
                        ("landline", 15), ("email", 10)):
        holders = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for _ in range(extra):
            i = r.choice(holders)
            add(f"p{i}", PII_TEMPLATES[i])
    while len(rows) < 860:
        i = r.randrange(len(PII_TEMPLATES))
        add(f"p{i}", PII_TEMPLATES[i])
    for _ in range(640):
        i = r.randrange(len(NEAR_TEMPLATES))
        add(f"n{i}", NEAR_TEMPLATES[i])
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind65_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- check
_PLACE_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道") + tuple(ESTATES)
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d{3,4})$")


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        assert re.fullmatch(r"(0\d{2,3})?[2-8]\d{6,7}", n), v
        if len(n) > 8:
            assert any(n.startswith(a) for a in AREA_CODES), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[" + PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "id_card":
        assert _id_ok(n), v
        assert n[:6] in ID_REGIONS
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "address":
        assert v == v.strip() and _HOUSE_END.search(v), v
        assert any(u in v[:12] for u in _PLACE_START), v


def check_corpus(df):
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert isinstance(text, str) and sp == SPLIT
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            _check_value(k, v)
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip()
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
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
    assert df.equals(make_blind65_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k in KINDS for f, _ in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

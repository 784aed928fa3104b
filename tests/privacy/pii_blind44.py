"""Forty-fourth blind PII corpus (``split == "blind44"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十九位写手")
that did NOT read the masking code under ``toolkit/privacy/`` (only the lines
of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``),
nor ``bench/``, ``docs/``, the README, git history, or any other corpus or
test under ``tests/`` (only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` for the layout and the entry-point names).
It never imported ``toolkit`` and never ran any masking or finding function
on this data.  Value shapes, chat contexts and labels come from the writer's
own idea of how customers and staff in mainland China chat in WeCom.

What is different here: the trade is FURNITURE, HOME APPLIANCES AND BUILDING
MATERIALS SALES with delivery and installation.  Chats are between showroom
advisers (置业/家居顾问), online-shop customer service, custom-furniture
measurers (量尺师傅), delivery dispatchers, installation workers and
after-sales repair staff on one side and home owners on the other, in 1:1
chats and in per-order group chats (客户 + 顾问 + 设计师 + 安装师傅).  Values:
mobiles, detailed home addresses (new estates with phases / buildings / units
/ rooms, Shanghai 弄 addresses, villas, rural self-built houses, colloquial
addresses starting at a district or at the estate), ID numbers and bank cards
for trade-in subsidies (以旧换新 / 国补), e-mails for e-invoices, WeChat / QQ,
landlines of shops and companies, plates of delivery trucks and of customers'
cars at estate gates.

Near-misses are what these chats are full of: appliance model numbers
(KFR-35GW/..., BCD-470WTPZM(E), XQG100-...), furniture sizes (1.8m,
2400*600mm), online order numbers (19-digit ones fail Luhn, 18-digit ones
fail the ID check), delivery / waybill numbers, installation work orders,
warranty card numbers, SN barcodes, EAN codes, prices / subsidies / deposits,
dates and time slots, energy labels, colour codes (RAL / NCS / board colour
codes), 400 / 95xxx hotlines, masked values (138****5678, 尾号8821),
verification codes, postal codes, booth numbers in a furniture mall, tax
(social credit) codes for company invoices, invoice numbers, areas in ㎡,
city-only places and shop names.

Seed
----
``SEED = "blind44-2026-furniture-第四十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here.  Every near-miss whose
digits are 16-19 long fails Luhn and every 18-digit one fails the ID check.
Formats of each kind are drawn round-robin from a shuffled cycle, so every
format appears in many templates.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, the parentheses around an area code, the ``·`` of
  a plate) are inside; an address runs from its first place unit to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 组+号 of a village /
  bare room number such as 1502 or 3-2-1502).
  Names are never labelled (only roles such as 师傅 / 姐 / 老板 are used).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind44"``

Counts (``python tests/privacy/pii_blind44.py``)
-----------------------------------------------
rows=1500, pii_rows=860, near_rows=640, entities=1263
(mobile 352, address 268, landline 105, qq 100, plate 98, email 92,
bank_card 86, id_card 85, wechat 77);
near-miss spans=1384 (1244 in near-miss rows), 25 near-miss kinds
(price 187, date 155, size 135, model_no 104, order_no 88, subsidy 70,
time_slot 57, shop_name 57, energy_label 45, masked 45, colour_code 45,
delivery_no 45, unit_price 45, work_order 44, area 36, hotline 27,
verify_code 27, warranty_no 27, sn_code 27, booth_no 25, city_only 25,
credit_code 23, ean_code 18, invoice_no 18, postal_code 9);
formats=43 distinct, each used >= 14 times in >= 8 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind44-2026-furniture-第四十九位写手"
SPLIT = "blind44"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 860
N_NEAR_ROWS = 640

# ---------------------------------------------------------------- checks


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------- value pools

DIG = "0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # plates: no I / O
LOW = "abcdefghijklmnopqrstuvwxyz"

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

# (area code, local length)
AREA_CODES = (
    ("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("025", 8), ("027", 8), ("028", 8),
    ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0574", 8), ("0531", 8), ("0532", 8),
    ("0731", 8), ("0591", 8), ("0592", 7), ("0371", 8), ("0311", 8), ("0757", 8), ("0769", 8),
    ("0739", 7), ("0551", 8), ("0791", 8), ("0851", 8), ("0871", 8), ("0510", 8), ("0519", 8),
)

ID_REGIONS = (
    "110105", "110108", "310104", "310115", "320102", "320115", "320506", "330106", "330110",
    "330203", "340104", "350203", "360102", "370202", "370102", "410105", "420106", "420111",
    "430104", "430524", "440106", "440305", "440606", "441900", "450103", "500103", "500112",
    "510107", "510124", "520102", "610113", "130104", "210102", "230103", "320282", "321002",
)

# 19-digit UnionPay / domestic BINs, 16-digit ones, Visa / Mastercard
BIN19 = ("622202", "621226", "621700", "622848", "621661", "622700", "621785", "623052", "621799")
BIN16 = ("622588", "621483", "622155", "622609", "622262", "625965")
BIN_VM = ("436742", "427020", "524094", "518710", "552599", "404119", "489592")
BIN95 = ("9558801", "9559980")

PLATE_PROV = (
    ("苏", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"), ("沪", "ABCDEGHJKN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
    ("京", "ABCEFGHJKLMNPQ"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
    ("湘", "ABCDEFGHJKLMNU"), ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("皖", "ABCDEFGHJKLMNPRS"),
    ("闽", "ABCDEFGHJK"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("渝", "ABCDFGH"), ("陕", "ABCDEFGHJKUV"),
)

# (province, city, district, road, street/town for urban)
CITY_TABLE = (
    ("江苏省", "南京市", "江宁区", ("双龙大道", "秣周东路", "胜太路", "天元中路")),
    ("江苏省", "南京市", "栖霞区", ("仙林大道", "学海路", "和燕路")),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带东路", "友新路")),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "良睦路", "五常大道")),
    ("浙江省", "杭州市", "萧山区", ("市心北路", "金城路", "博奥路")),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "鄞县大道", "泰康中路")),
    ("广东省", "深圳市", "龙岗区", ("龙岗大道", "布澜路", "吉华路")),
    ("广东省", "广州市", "番禺区", ("市广路", "汉溪大道", "迎宾路")),
    ("广东省", "佛山市", "顺德区", ("桂畔路", "德胜东路", "容桂大道")),
    ("四川省", "成都市", "武侯区", ("天府大道", "武青南路", "佳灵路")),
    ("四川省", "成都市", "双流区", ("广都大道", "剑南大道", "藏卫路")),
    ("湖北省", "武汉市", "洪山区", ("雄楚大道", "珞喻路", "南湖大道")),
    ("湖南省", "长沙市", "岳麓区", ("桐梓坡路", "麓谷大道", "潇湘中路")),
    ("山东省", "青岛市", "城阳区", ("长城路", "正阳路", "春阳路")),
    ("河南省", "郑州市", "金水区", ("花园路", "丰产路", "金水东路")),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "潜山路", "望江西路")),
    ("陕西省", "西安市", "雁塔区", ("丈八东路", "科技路", "电子二路")),
    ("福建省", "厦门市", "湖里区", ("湖里大道", "金尚路", "枋湖北二路")),
)
SHANGHAI = (("闵行区", ("七莘路", "都市路", "虹梅南路")), ("浦东新区", ("锦绣路", "高科西路", "川沙路")),
            ("青浦区", ("华新路", "赵巷路", "崧泽大道")), ("宝山区", ("友谊路", "共和新路", "殷高西路")))
ESTATES = (
    "金地自在城", "万科城市花园", "碧桂园凤凰城", "龙湖春江郦城", "保利天悦", "融创玖樟台", "绿城桂语江南",
    "中海寰宇天下", "招商雍景湾", "华润置地润府", "世茂云图", "阳光城檀悦", "新城悦隽公馆", "旭辉江山",
    "恒大御景半岛", "滨江翡翠海岸", "金科集美东方", "雅居乐花园", "建发央著", "星河丹堤", "香樟园",
    "锦绣华庭", "东方明珠小区", "幸福里", "翠湖天地", "云栖玫瑰园", "桃源居",
)
PHASES = ("一期", "二期", "三期", "四期", "南区", "北区", "东苑", "西苑", "A区", "B区")
VILLAS = ("紫薇山庄", "棠樾别墅", "玫瑰园别墅区", "九龙仓兰廷", "西郊林茵湖畔", "湖山御园")
RURAL = (
    ("湖南省", "邵阳市", "邵东县", "廉桥镇", "新塘村"), ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
    ("河南省", "周口市", "鹿邑县", "玄武镇", "张店村"), ("安徽省", "阜阳市", "临泉县", "迎仙镇", "李庄村"),
    ("四川省", "南充市", "营山县", "骆市镇", "天星村"), ("浙江省", "温州市", "永嘉县", "桥头镇", "菇溪村"),
    ("广东省", "梅州市", "兴宁市", "叶塘镇", "河西村"), ("山东省", "临沂市", "沂南县", "岸堤镇", "朱家庄村"),
    ("江苏省", "盐城市", "射阳县", "合德镇", "红旗村"), ("福建省", "莆田市", "仙游县", "榜头镇", "坝下村"),
)
OFFICES = ("国际金融中心", "创意产业园", "科技大厦", "万达广场", "环球中心", "绿地中心")


# ---------------------------------------------------------------- generators


def _digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def _mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN = str.maketrans("0123456789", "零一二三四五六七八九")


def g_mobile(rng, fmt):
    d = _mobile(rng)
    pre = ""
    if fmt == "plain":
        v = d
    elif fmt == "space_344":
        v = f"{d[:3]} {d[3:7]} {d[7:]}"
    elif fmt == "dash_344":
        v = f"{d[:3]}-{d[3:7]}-{d[7:]}"
    elif fmt == "plus86_plain":
        pre = rng.choice(("+86 ", "+86", "+86-", "0086 "))
        v = d
    elif fmt == "fullwidth":
        v = d.translate(_FW)
    elif fmt == "cn_digits":
        v = d.translate(_CN)
    else:
        raise KeyError(fmt)
    return pre, v, ""


def g_landline(rng, fmt):
    code, n = rng.choice(AREA_CODES)
    local = rng.choice("2345678") + _digits(rng, n - 1)
    post = ""
    if fmt == "dash":
        v = f"{code}-{local}"
    elif fmt == "paren":
        v = f"({code}){local}" if rng.random() < 0.6 else f"（{code}）{local}"
    elif fmt == "plain":
        v = code + local
    elif fmt == "dash_ext":
        v = f"{code}-{local}"
        post = rng.choice(("转", "转", "-", "分机")) + rng.choice(("801", "806", "8012", "6", "23", "305"))
    elif fmt == "space":
        v = f"{code} {local[:4]} {local[4:]}" if n == 8 else f"{code} {local}"
    else:
        raise KeyError(fmt)
    return "", v, post


def _id_body(rng):
    region = rng.choice(ID_REGIONS)
    y = rng.randint(1952, 2002)
    m = rng.randint(1, 12)
    dmax = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    d = rng.randint(1, dmax)
    return f"{region}{y:04d}{m:02d}{d:02d}{_digits(rng, 3)}"


def _id(rng, want_x=None):
    while True:
        b = _id_body(rng)
        c = _id_check(b)
        if want_x is None or (c == "X") == want_x:
            return b + c


def g_id_card(rng, fmt):
    if fmt == "plain18":
        v = _id(rng, False)
    elif fmt == "x_tail":
        v = _id(rng, True)
        if rng.random() < 0.25:
            v = v[:17] + "x"
    elif fmt == "space_6_8_4":
        s = _id(rng)
        v = f"{s[:6]} {s[6:14]} {s[14:]}"
    else:
        raise KeyError(fmt)
    return "", v, ""


def _card(rng, bin_, n):
    body = bin_ + _digits(rng, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def g_bank_card(rng, fmt):
    if fmt == "unionpay19_plain":
        v = _card(rng, rng.choice(BIN19), 19)
    elif fmt == "unionpay19_space4":
        c = _card(rng, rng.choice(BIN19), 19)
        v = " ".join(c[i:i + 4] for i in range(0, 19, 4))
    elif fmt == "card16_plain":
        v = _card(rng, rng.choice(BIN16 + BIN_VM), 16)
    elif fmt == "card16_space4":
        c = _card(rng, rng.choice(BIN16 + BIN_VM), 16)
        v = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    elif fmt == "domestic95_19":
        v = _card(rng, rng.choice(BIN95), 19)
    else:
        raise KeyError(fmt)
    return "", v, ""


PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xiaomei", "jianguo", "yuting", "haoran", "lili",
          "jun", "wei", "fang", "ting", "xin", "yan", "lei", "qiang", "min", "jing", "hao", "yu", "tao")
CORP_DOMAINS = ("jsmeiju.com.cn", "hzyijia.com", "szhengtai.cn", "cdjianli.com", "whxinghe.net",
                "njdecor.com.cn", "gzmuyu.com", "xmchangsheng.cn")


def _qqnum(rng, lo, hi):
    n = rng.randint(lo, hi)
    first = rng.choice("123456789") if n < 10 else rng.choice("123")
    return first + _digits(rng, n - 1)


def g_email(rng, fmt):
    if fmt == "qq_numeric":
        v = _qqnum(rng, 6, 10) + "@qq.com"
    elif fmt == "pinyin_163":
        v = rng.choice(PINYIN) + rng.choice(PINYIN) + rng.choice(("", _digits(rng, 2), _digits(rng, 4), "_" + _digits(rng, 3))) \
            + rng.choice(("@163.com", "@126.com", "@sina.com", "@139.com", "@yeah.net"))
    elif fmt == "corp_domain":
        v = rng.choice(("caiwu", "finance", "cw", "admin", "hr", "purchase", rng.choice(PINYIN))) \
            + rng.choice(("", _digits(rng, 2))) + "@" + rng.choice(CORP_DOMAINS)
    elif fmt == "dotted_intl":
        v = rng.choice(PINYIN) + rng.choice((".", "_")) + rng.choice(PINYIN) + rng.choice(("", _digits(rng, 2))) \
            + rng.choice(("@outlook.com", "@gmail.com", "@foxmail.com", "@hotmail.com", "@icloud.com"))
    elif fmt == "caps_qq":
        v = _qqnum(rng, 8, 10) + rng.choice(("@QQ.COM", "@QQ.com", "@Qq.com"))
    else:
        raise KeyError(fmt)
    return "", v, ""


def g_qq(rng, fmt):
    if fmt == "digits_5to8":
        v = _qqnum(rng, 6, 8)
    elif fmt == "digits_9":
        v = _qqnum(rng, 9, 9)
    elif fmt == "digits_10":
        v = _qqnum(rng, 10, 10)
    else:
        raise KeyError(fmt)
    return "", v, ""


def g_wechat(rng, fmt):
    if fmt == "wxid":
        v = "wxid_" + "".join(rng.choice(LOW + DIG) for _ in range(14))
    elif fmt == "pinyin_digits":
        v = rng.choice(PINYIN) + rng.choice(PINYIN) + rng.choice((_digits(rng, 4), _digits(rng, 3), "19" + _digits(rng, 2)))
    elif fmt == "mixed_underscore":
        v = rng.choice(("Home", "Jia", "Sun", "Lucky", "Mia", "Tony", "Coco", "Leo")) + "_" + rng.choice(PINYIN) + _digits(rng, 2)
    elif fmt == "dash_style":
        v = rng.choice(PINYIN) + rng.choice(PINYIN) + rng.choice(("-", "_")) + rng.choice(("jiaju", "home", "deco", "1988", "0512", "mm", "gg"))
    else:
        raise KeyError(fmt)
    return "", v, ""


def _plate_tail(rng, n=5):
    while True:
        s = "".join(rng.choice(DIG + UP) if rng.random() < 0.3 else rng.choice(DIG) for _ in range(n))
        if sum(c.isalpha() for c in s) <= 2:
            return s


def g_plate(rng, fmt):
    prov, letters = rng.choice(PLATE_PROV)
    city = rng.choice(letters)
    if fmt == "plain7":
        v = prov + city + _plate_tail(rng)
    elif fmt == "dot_sep":
        v = prov + city + "·" + _plate_tail(rng)
    elif fmt == "new_energy8":
        if rng.random() < 0.6:
            v = prov + city + rng.choice("DF") + rng.choice(DIG + "ABCDEFGHJK") + _digits(rng, 4)
        else:
            v = prov + city + _digits(rng, 5) + rng.choice("DF")
    elif fmt == "space_sep":
        v = prov + city + " " + _plate_tail(rng)
    else:
        raise KeyError(fmt)
    return "", v, ""


def _bld(rng, style=None):
    b = rng.randint(1, 32)
    u = rng.randint(1, 4)
    f = rng.randint(2, 33)
    r = f"{f}{rng.randint(1, 4):02d}"
    style = style or rng.choice(("栋单元室", "幢单元", "号楼单元室", "栋室", "栋单元"))
    if style == "栋单元室":
        return f"{b}栋{u}单元{r}室"
    if style == "幢单元":
        return f"{b}幢{u}单元{r}"
    if style == "号楼单元室":
        return f"{b}号楼{u}单元{r}室"
    if style == "栋室":
        return f"{b}栋{r}室"
    return f"{b}栋{u}单元{r}"


def g_address(rng, fmt):
    prov, city, dist, roads = rng.choice(CITY_TABLE)
    road = rng.choice(roads)
    est = rng.choice(ESTATES)
    ph = rng.choice(PHASES) if rng.random() < 0.6 else ""
    if fmt == "province_full":
        v = f"{prov}{city}{dist}{road}{rng.randint(1, 2999)}号{est}{ph}{_bld(rng)}"
    elif fmt == "city_start":
        v = f"{city}{dist}{road}{rng.randint(1, 2999)}号{est}{ph}{_bld(rng)}"
    elif fmt == "district_colloquial":
        v = f"{dist}{est}{ph}{_bld(rng, rng.choice(('栋室', '栋单元', '幢单元')))}".replace("室", "") \
            if rng.random() < 0.5 else f"{dist}{est}{ph}{_bld(rng)}"
    elif fmt == "estate_dash_room":
        v = f"{est}{ph}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{rng.randint(2, 33)}{rng.randint(1, 4):02d}"
    elif fmt == "shanghai_lane":
        sd, sroads = rng.choice(SHANGHAI)
        v = f"{rng.choice(('上海市', ''))}{sd}{rng.choice(sroads)}{rng.randint(1, 30) * 50 + rng.randint(0, 49)}弄" \
            f"{rng.randint(1, 120)}号{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
    elif fmt == "villa":
        v = f"{city}{dist}{road}{rng.randint(1, 999)}号{rng.choice(VILLAS)}{rng.randint(1, 260)}号"
    elif fmt == "rural_village":
        p, c, x, t, vil = rng.choice(RURAL)
        v = f"{rng.choice((p + c, c, ''))}{x}{t}{vil}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    elif fmt == "office_floor":
        v = f"{city}{dist}{road}{rng.randint(1, 999)}号{rng.choice(OFFICES)}{rng.choice('ABC')}座{rng.randint(3, 40)}层"
        if rng.random() < 0.5:
            v = v[:-1] + f"{rng.randint(1, 30):02d}室"
            v = re.sub(r"(\d+)层(\d+)室$", lambda m: f"{m.group(1)}{m.group(2)}室", v)
    else:
        raise KeyError(fmt)
    return "", v, ""


FORMATS = {
    "mobile": (g_mobile, ("plain",) * 8 + ("space_344", "space_344", "dash_344", "plus86_plain", "fullwidth", "cn_digits")),
    "landline": (g_landline, ("dash", "dash", "paren", "plain", "dash_ext", "space")),
    "id_card": (g_id_card, ("plain18", "plain18", "x_tail", "space_6_8_4")),
    "bank_card": (g_bank_card, ("unionpay19_plain", "unionpay19_plain", "unionpay19_space4", "card16_plain",
                                "card16_space4", "domestic95_19")),
    "email": (g_email, ("qq_numeric", "pinyin_163", "corp_domain", "dotted_intl", "caps_qq")),
    "qq": (g_qq, ("digits_5to8", "digits_9", "digits_10")),
    "wechat": (g_wechat, ("wxid", "pinyin_digits", "mixed_underscore", "dash_style")),
    "plate": (g_plate, ("plain7", "dot_sep", "new_energy8", "space_sep")),
    "address": (g_address, ("province_full", "province_full", "city_start", "city_start", "district_colloquial",
                            "district_colloquial", "estate_dash_room",
                            "shanghai_lane", "villa", "rural_village", "office_floor")),
}


# ---------------------------------------------------------------- near-miss generators


def _fail_luhn_id(rng, first, n):
    while True:
        s = first + _digits(rng, n - len(first))
        if not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def n_model(rng):
    return rng.choice((
        lambda: f"KFR-{rng.choice(('26', '35', '50', '72'))}GW/{rng.choice(('N8XHA1', 'BP3DN8Y-PH200(1)', 'NhGm1BAj', 'FNhAa-B1'))}",
        lambda: f"KFR-{rng.choice(('51', '72', '120'))}LW/{rng.choice(('NhZaB1W', '(72555)FNhAa-B1', 'BP2DN1Y-YA400'))}",
        lambda: f"BCD-{rng.choice(('470', '510', '535', '601', '646'))}{rng.choice(('WTPZM(E)', 'WKPZM(E)', 'WLHTD7DGU1', 'WPCA'))}",
        lambda: f"XQG{rng.choice(('100', '120'))}-{rng.choice(('BD14376LU', 'HBD14126L', 'UD1T'))}",
        lambda: f"EG{rng.choice(('10014', '100MATE'))}{rng.choice(('B39GU1', 'BD809U1', 'S'))}",
        lambda: f"JSQ{rng.choice(('30', '25'))}-{rng.choice(('16WH5D', '13GX6', '16ZH3'))}",
        lambda: f"{rng.choice(('75', '85', '65'))}{rng.choice(('E3K', 'V8F', 'Q10G', 'A7H'))}",
        lambda: f"CXW-{rng.choice(('260', '328'))}-{rng.choice(('E6A8', 'JQ07', 'TW'))}",
        lambda: f"WQP12-{rng.choice(('W5601C', 'GQ5'))}",
        lambda: f"SF-{_digits(rng, 4)}{rng.choice(('', 'A', '-L'))}",
    ))()


def n_size(rng):
    return rng.choice((
        lambda: f"{rng.choice(('1.5', '1.8', '2.0', '1.35', '1.2'))}{rng.choice(('m', '米', 'm'))}",
        lambda: f"{rng.choice(('2400', '2000', '1800', '3200', '800'))}{rng.choice(('*', '×', 'x'))}{rng.choice(('600', '580', '2000', '350'))}mm",
        lambda: f"{rng.choice(('1800', '1500', '2000'))}×{rng.choice(('2000', '2200'))}",
        lambda: f"{rng.randint(55, 98)}寸",
        lambda: f"{rng.choice(('60', '45', '90', '120'))}cm",
        lambda: f"{rng.randint(80, 260)}*{rng.randint(40, 100)}*{rng.randint(60, 220)}cm",
    ))()


def n_order(rng):
    return rng.choice((
        lambda: rng.choice(("28", "29", "30", "31")) + _digits(rng, 10),  # 12-digit JD-like
        lambda: _fail_luhn_id(rng, rng.choice(("2", "3", "4")), 19),  # 19-digit taobao-like
        lambda: _fail_luhn_id(rng, rng.choice(("1", "2")), 18),
        lambda: "DD" + "2024" + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _digits(rng, 6),
        lambda: "XS" + _digits(rng, 12),
    ))()


def n_delivery(rng):
    return rng.choice((
        lambda: "SF" + _digits(rng, 13),
        lambda: "JDVA" + _digits(rng, 11),
        lambda: "JDX" + _digits(rng, 12),
        lambda: "PS" + "24" + _digits(rng, 8),
        lambda: "YT" + _digits(rng, 13),
        lambda: "DPK" + _digits(rng, 12),
    ))()


def n_work_order(rng):
    return rng.choice((
        lambda: "GD" + "24" + _digits(rng, 10),
        lambda: f"AZ-2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_digits(rng, 4)}",
        lambda: "W" + _digits(rng, 11),
        lambda: "FW" + _digits(rng, 10),
        lambda: "CL" + _digits(rng, 8),
    ))()


def n_warranty(rng):
    return rng.choice((
        lambda: "BX" + _digits(rng, 13),
        lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
        lambda: "YB" + _digits(rng, 10),
    ))()


def n_sn(rng):
    return rng.choice((
        lambda: "".join(rng.choice(UP + DIG) for _ in range(20)),
        lambda: "CH" + "".join(rng.choice(UP + DIG) for _ in range(16)),
        lambda: _fail_luhn_id(rng, "0", 16),
    ))()


def n_ean(rng):
    body = "69" + _digits(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_price(rng):
    return rng.choice((
        lambda: f"¥{rng.randint(3, 199) * 100 - 1}",
        lambda: f"{rng.randint(5, 300) * 100 - 1}元",
        lambda: f"{rng.randint(1, 40) * 100}块",
        lambda: f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万",
        lambda: f"{rng.randint(1, 60) * 100}元定金",
    ))()


def n_unit_price(rng):
    return rng.choice((f"{rng.randint(39, 899)}元/㎡", f"{rng.randint(20, 260)}一平", f"{rng.randint(5, 9)}.{rng.randint(1, 9)}折",
                       f"{rng.randint(60, 380)}元/片", f"{rng.randint(1200, 3800)}元/延米"))


def n_subsidy(rng):
    return rng.choice((
        lambda: f"{rng.choice(('15%', '20%'))}",
        lambda: f"最高{rng.choice(('2000', '1500', '800', '1000'))}元",
        lambda: f"{rng.randint(1, 20) * 100}元补贴",
    ))()


def n_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((
        lambda: f"{m}月{d}号",
        lambda: f"2024-{m:02d}-{d:02d}",
        lambda: f"{m}.{d}",
        lambda: f"{m}月{d}日",
        lambda: f"2024/{m}/{d}",
        lambda: rng.choice(("周六", "周日", "下周三", "明天", "后天")),
    ))()


def n_slot(rng):
    return rng.choice(("9:00-12:00", "14:00-18:00", "13:30-15:30", "上午9点到11点", "下午2点", "18:00以后",
                       "8:30", "10点半", "15:00-17:00", "晚上7点"))


def n_energy(rng):
    return rng.choice(("一级能效", "新一级能效", "二级能效", "APF 5.30", "APF5.27", "能效比4.2", "CCC认证",
                       "E0级", "ENF级", "F4星"))


def n_colour(rng):
    return rng.choice((
        lambda: f"RAL {rng.choice(('9016', '9010', '7016', '1013', '7035'))}",
        lambda: f"NCS S {rng.choice(('0502-Y', '1005-Y20R', '2010-Y30R', '0500-N'))}",
        lambda: f"{rng.choice(('W', 'K', 'M', 'T'))}{rng.randint(100, 999)}{rng.choice(('', '-1'))}",
        lambda: f"{rng.choice(('胡桃木', '暖白', '原木色', '奶咖', '浅灰'))}{rng.choice(('01', '03', 'A', 'B2'))}",
    ))()


def n_hotline(rng):
    return rng.choice((
        lambda: f"400-{rng.randint(100, 999)}-{_digits(rng, 4)}",
        lambda: f"400{rng.randint(100, 999)}{_digits(rng, 4)}",
        lambda: f"800-{rng.randint(100, 999)}-{_digits(rng, 4)}",
        lambda: rng.choice(("95105555", "95566", "95588", "95533", "95559")),
        lambda: f"4006 {_digits(rng, 3)} {_digits(rng, 3)}",
    ))()


def n_masked(rng):
    return rng.choice((
        lambda: _mobile(rng)[:3] + "****" + _digits(rng, 4),
        lambda: f"{rng.choice(BIN19)[:4]} **** **** {_digits(rng, 4)}",
        lambda: rng.choice(ID_REGIONS)[:4] + "**********" + _digits(rng, 3) + rng.choice(DIG + "X"),
        lambda: "尾号" + _digits(rng, 4),
        lambda: _mobile(rng)[:3] + "*****" + _digits(rng, 3),
    ))()


def n_vcode(rng):
    return _digits(rng, rng.choice((4, 6, 6)))


def n_postal(rng):
    return rng.choice(("210000", "211100", "310000", "311100", "518000", "510000", "610000", "430000",
                       "266000", "450000", "361000", "422000", "710000"))


def n_booth(rng):
    return rng.choice((
        lambda: f"{rng.choice('ABCD')}{rng.randint(1, 5)}{_digits(rng, 3)}",
        lambda: f"{rng.randint(1, 5)}F-{rng.choice('ABC')}{rng.randint(1, 99):02d}",
        lambda: f"{rng.randint(1, 5)}楼{rng.choice('ABC')}区{rng.randint(1, 40)}号展位",
    ))()


def n_credit(rng):
    return "91" + rng.choice(ID_REGIONS) + "MA" + "".join(rng.choice(UP + DIG) for _ in range(8))


def n_invoice(rng):
    return rng.choice((
        lambda: "24" + rng.choice(("32", "33", "44")) + "2000000" + _digits(rng, 9),  # 20-digit 全电
        lambda: _digits(rng, 8),
    ))()


def n_area(rng):
    return rng.choice((f"{rng.randint(60, 260)}平", f"{rng.randint(3, 40)}.{rng.randint(1, 9)}㎡",
                       f"{rng.randint(2, 12)}平方", f"{rng.randint(80, 180)}平米"))


def n_city(rng):
    return rng.choice(("南京江宁", "杭州", "苏州园区", "深圳龙岗", "佛山顺德", "成都", "武汉光谷", "长沙河西",
                       "合肥", "青岛城阳", "郑州东区", "厦门岛内", "上海闵行", "西安高新"))


def n_shop(rng):
    return rng.choice(("红星美凯龙", "居然之家", "宜家", "月星家居", "苏宁易购", "国美电器", "京东电器城市旗舰店",
                       "顺电", "五星电器", "欧派门店", "索菲亚专卖店", "林氏家居体验馆"))


NEAR = {
    "model_no": n_model, "size": n_size, "order_no": n_order, "delivery_no": n_delivery,
    "work_order": n_work_order, "warranty_no": n_warranty, "sn_code": n_sn, "ean_code": n_ean,
    "price": n_price, "unit_price": n_unit_price, "subsidy": n_subsidy, "date": n_date, "time_slot": n_slot, "energy_label": n_energy,
    "colour_code": n_colour, "hotline": n_hotline, "masked": n_masked, "verify_code": n_vcode,
    "postal_code": n_postal, "booth_no": n_booth, "credit_code": n_credit, "invoice_no": n_invoice,
    "area": n_area, "city_only": n_city, "shop_name": n_shop,
}

# ---------------------------------------------------------------- templates
# {kind} = personal value (labelled), {#near} = near-miss (labelled as near-miss)

PII_TEMPLATES = (
    # --- measurement / 量尺
    "您好，量尺师傅周六上午过来，麻烦发下详细地址和联系电话哈",
    "地址：{address}\n电话：{mobile}",
    "{address} 门口保安会问，报业主电话{mobile}就行",
    "量尺预约好了，师傅{#date}{#time_slot}上门，地址{address}，到了打{mobile}",
    "姐，衣柜量尺登记：{address}，业主电话 {mobile}，备用 {mobile}",
    "新房在{address}，还没通燃气，师傅来的时候带个手电筒😂",
    "我家是{address}，顶楼，电梯只到{#floor_hint}",
    "地址发你了 {address}",
    "{address}，毛坯房，师傅来量橱柜就行，电话{mobile}",
    "师傅我到小区门口了，{plate}能进吗？保安说要业主登记",
    "客户{mobile}预约量尺，地址{address}，意向全屋定制，预算{#price}左右",
    "嗯嗯，我老家是自建房：{address}，楼梯要量一下",
    "老家地址 {address} 冰箱寄到这里，我爸电话{mobile}",
    # --- online order / delivery
    "收货人电话改一下，改成{mobile}，地址不变",
    "亲，收货地址核对一下：{address}，手机{mobile}，对的话回复1",
    "我搬家了，新地址是{address}，原来那个{#order_no}订单能改地址吗",
    "送货车牌{plate}，司机电话{mobile}，预计{#time_slot}到",
    "配送师傅开的{plate}，白色厢货，到楼下会打电话给您",
    "今天的车是{plate}，麻烦跟物业说一声放行",
    "物业登记要车牌，{plate}和{plate}两辆，送沙发和床垫",
    "我的车牌{plate}，周末去门店提货，停地下车库可以吗",
    "师傅电话打不通{mobile}，车号{plate}，到哪了？",
    "到货了吗？我电话{mobile}，一直没人联系我🙄",
    "麻烦送货前一小时打{mobile}或者打家里座机{landline}",
    "家里座机{landline}，手机经常静音",
    "{mobile} 这个是我老公的，白天他在家收货",
    "{address}\n{mobile}\n床垫和床架一起送，谢谢",
    "收件信息：{address} / {mobile} / 周末送",
    "师傅，{plate}是不是你们的车？停在我们单元门口了",
    "物流公司电话{landline}，您也可以直接联系司机{mobile}",
    "大件到{address}，需要上楼费吗？没电梯，6楼",
    # --- installation / after-sales
    "安装师傅{mobile}，明天{#time_slot}上门装空调，型号{#model_no}",
    "安装工单已派：{#work_order}，师傅手机{mobile}，有问题直接联系",
    "报修：冰箱不制冷，型号{#model_no}，地址{address}，电话{mobile}",
    "洗衣机漏水，麻烦安排师傅，{address}，{mobile}",
    "售后登记一下：地址{address} 电话{mobile} 购买日期{#date}",
    "热水器打不着火，家里电话{landline}，地址{address}",
    "您好售后，我家地板起拱了，{address}，去年{#date}铺的",
    "师傅说要加装支架，费用另算，有事打我{mobile}",
    "你们师傅{mobile}说今天来不了，能换个师傅吗",
    "安装完了，麻烦评价一下哦，有问题随时找我微信{wechat}",
    "维修好了 师傅电话{mobile}留着下次用",
    "这是门店座机{landline}，您工作日9点到6点都能打",
    "售后座机 {landline}，转人工按0",
    "上门前请先电话联系{mobile}，家里有狗🐶",
    # --- trade-in / 以旧换新 / subsidy
    "以旧换新需要身份证号和银行卡号，补贴打到卡上",
    "身份证：{id_card}\n银行卡：{bank_card}\n开户行：建设银行",
    "身份证号{id_card}，卡号{bank_card}，补贴到了跟我说一下",
    "补贴申请人{id_card}，手机{mobile}",
    "我身份证 {id_card} 老婆的卡{bank_card}可以吗？",
    "国补资料：{id_card} {bank_card} {mobile}",
    "旧机回收登记：{address}，身份证{id_card}",
    "卡号发你 {bank_card} 工商银行",
    "{bank_card}\n农行的，户名跟身份证一致",
    "补贴退回来了，说卡号不对，重新发：{bank_card}",
    "用这张卡吧{bank_card}，之前那张注销了",
    "退款原路返回还是打卡？打卡的话卡号{bank_card}",
    "{id_card} 这是我爸的身份证，旧空调是他名下的",
    "实名核验失败，麻烦再核对下身份证号：{id_card}",
    "家电补贴登记表\n姓名：（本人）\n身份证号码：{id_card}\n联系电话：{mobile}\n收款卡号：{bank_card}",
    "以旧换新旧冰箱回收地址{address}，联系{mobile}，补贴{#subsidy}",
    "订金退回到这张卡：{bank_card}（招行）",
    "我的身份证号是{id_card}，帮我查下补贴进度",
    # --- invoice / email
    "发票开个人就行，发邮箱{email}",
    "电子发票麻烦发到{email}，抬头写公司名，税号{#credit_code}",
    "邮箱：{email}",
    "{email} 这个邮箱收发票，谢谢",
    "发票没收到啊，我邮箱是{email}，是不是发到垃圾箱了",
    "换个邮箱吧 {email}，之前那个QQ邮箱满了",
    "公司采购，发票寄财务{email}，对公付款",
    "麻烦把合同和报价单发{email}，我打印出来",
    "设计图发我邮箱{email}或者QQ{qq}都行",
    "增值税专票，资料发你了：税号{#credit_code}，电话{landline}，地址{address}",
    "发票抬头：个人；邮箱 {email}；手机 {mobile}",
    # --- wechat / qq
    "加我微信{wechat}，我把户型图发你",
    "微信号{wechat}，搜不到就加手机号{mobile}",
    "vx：{wechat}",
    "这是我们设计师的微信 {wechat}，效果图找她",
    "我QQ{qq}，图片太大微信发不了",
    "QQ：{qq} 加的时候备注买沙发的",
    "方案发QQ邮箱也行，{email}，或者加Q {qq}",
    "扣扣{qq}，晚上在线",
    "wx {wechat} 店长号，活动价找她",
    "加了吗？我微信是{wechat}，头像是一只猫",
    "麻烦通过一下好友，{wechat}，备注瓷砖",
    "我老公微信{wechat}，验收那天他在",
    "群里发一下哈：客户微信{wechat}，电话{mobile}，地址{address}",
    "{qq}这个QQ是我的，邮箱就是{email}",
    "我不怎么用微信，QQ号{qq}，电话{mobile}",
    # --- showroom / group chats
    "欢迎来店！门店地址{#shop_name}{#booth_no}，预约电话{landline}",
    "您好，我是{#shop_name}的家居顾问，有事可以打{mobile}或者店里电话{landline}",
    "@全体 本周量尺汇总：1、{address} 2、{address}",
    "客户信息：\n电话 {mobile}\n地址 {address}\n车牌 {plate}（小区要登记）",
    "工厂那边电话{landline}，发货问题直接找他们",
    "厂家对接人手机{mobile}，座机{landline}",
    "下单信息确认：收货{address}，联系人手机{mobile}，发票邮箱{email}",
    "公司地址{address}，前台电话{landline}",
    "我们在{address}，导航搜{#shop_name}就行",
    "备用联系人：{mobile}（我妈）",
    "{mobile}\n{mobile}\n两个都可以打",
    "你好，我是{#city_only}的，能送到{address}吗",
    "瓷砖送到{address}，周一到周五都有人，电话{mobile}，车{plate}可以进地库",
    "小区要求货车提前报备：车牌{plate}，司机{mobile}，送货时间{#date}",
    "我开{plate}过去拿，大概下午三点",
    "业主车牌{plate}，访客车位在B2",
    "收到，门禁码我发你，业主电话{mobile}",
    "家里座机是{landline}，打这个也行，我妈在家",
    "打{landline}找前台，说是来送货的",
    "你们电话{landline}一直占线😤",
    "刚才那个{mobile}是你吗？没接到",
    "我号码换了，新号{mobile}",
    "安装地址写错了！应该是{address}，不是隔壁栋",
    "地址补充一下：{address}（别墅最里面那栋）",
    "师傅好 我这边{address} 请问几点到",
    "收货人：业主本人 手机：{mobile} 地址：{address} 备注：到了先打电话",
    "退货取件地址{address}，取件人电话{mobile}",
    "图纸我用QQ传你吧，加一下{qq}",
    "{qq} 是我QQ，CAD文件走这个",
    "加企鹅{qq}，户型图原图发你",
    "qq号：{qq}\n微信：{wechat}",
    "设计师QQ是{qq}，有图纸问题问她",
    "我女儿帮我弄的，她QQ{qq}，身份证号{id_card}",
    "换新的补贴卡号{bank_card}，身份证{id_card}，有问题打{mobile}",
    "微信加不上，用QQ吧：{qq}",
)

NEAR_TEMPLATES = (
    "空调型号{#model_no}，{#energy_label}，到手价{#price}",
    "冰箱{#model_no}，嵌入尺寸要留{#size}，您家橱柜够吗",
    "订单号{#order_no}，麻烦帮我查下发货没",
    "您的订单{#order_no}已出库，物流单号{#delivery_no}",
    "配送单{#delivery_no}，预计{#date}{#time_slot}送达",
    "安装工单{#work_order}已完成，请对师傅服务打分",
    "保修卡号{#warranty_no}，保修期6年",
    "机身条码{#sn_code}，拍照发我看下",
    "电视{#model_no}，{#size}，国补后{#price}",
    "床{#size}的，床垫{#size}，颜色{#colour_code}",
    "柜子做{#size}，门板颜色{#colour_code}，板材{#energy_label}",
    "客服热线{#hotline}，24小时",
    "全国售后统一热线{#hotline}，报修也可以小程序下单",
    "收到您尾号{#masked}的手机号预约",
    "补贴已打款到{#masked}，请注意查收",
    "身份证{#masked}已实名通过",
    "验证码{#verify_code}，5分钟内有效，请勿泄露",
    "核销码{#verify_code}，到店出示",
    "以旧换新补贴{#subsidy}，{#subsidy}，叠加店铺券再减{#price}",
    "国补{#subsidy}，单件{#subsidy}封顶",
    "定金{#price}，尾款{#price}，{#date}前付清",
    "发票已开，发票号码{#invoice_no}，金额{#price}",
    "税号{#credit_code}，抬头写全称",
    "面积{#area}，全屋地板大概{#price}",
    "客厅{#area}，瓷砖{#size}的要多少片",
    "商品条码{#ean_code}，跟包装上对不上",
    "展位在{#shop_name}{#booth_no}",
    "我们在{#shop_name}三楼，{#booth_no}",
    "我在{#city_only}，能送货安装吗",
    "{#city_only}这边{#date}能到吗",
    "邮编{#postal_code}",
    "型号{#model_no}和{#model_no}有什么区别",
    "师傅{#date}{#time_slot}到，提前半小时电话联系您",
    "{#date}的单子改到{#date}送",
    "油烟机{#model_no}，开孔{#size}",
    "热水器{#model_no}，{#energy_label}，{#price}包安装",
    "瓷砖{#size}，色号{#colour_code}，批次要一致",
    "墙漆{#colour_code}，两遍大概{#area}用{#price}",
    "订单{#order_no}申请了退款，{#price}，3-5个工作日原路退",
    "售后单{#work_order}，师傅{#date}上门检测",
    "快递{#delivery_no}显示签收了，但我没收到",
    "工单{#work_order}，型号{#model_no}，故障E4",
    "京东订单{#order_no}，价保申请了吗",
    "淘宝订单号：{#order_no}",
    "单号 {#order_no}\n型号 {#model_no}\n数量 2",
    "退款金额{#price}，补贴{#subsidy}需退回",
    "保修卡{#warranty_no}丢了，用订单号{#order_no}能保修吗",
    "SN:{#sn_code}",
    "能效等级{#energy_label}，补贴比例{#subsidy}",
    "活动{#date}截止，{#price}定金抵{#price}",
    "沙发{#model_no}，{#size}，颜色{#colour_code}，{#price}",
    "配送费{#price}，上楼费每层{#price}",
    "预约号{#verify_code}，{#date}到店",
    "有问题打{#hotline}，或者找门店{#shop_name}",
    "您的手机号{#masked}已绑定会员",
    "卡号{#masked}的银行卡已解绑",
    "物流{#delivery_no}，送货单{#delivery_no}",
    "门锁安装{#date}{#time_slot}，工单{#work_order}",
    "测量尺寸：{#size}、{#size}、{#size}",
    "地板{#area}，损耗按5%算，{#unit_price}，合计{#price}",
    "橱柜{#unit_price}，台面{#unit_price}，石英石的",
    "这款瓷砖{#size}，{#unit_price}，{#energy_label}不涉及哈",
    "全场{#unit_price}起，{#date}截止",
    "电视挂高{#size}，柜子{#size}",
    "{#shop_name}周年庆，{#date}到{#date}全场{#price}",
    "收据编号{#invoice_no}",
    "SN码{#sn_code}，保修卡{#warranty_no}",
    "换货单号{#order_no}，原单{#order_no}",
    "晚上{#time_slot}之后都可以，{#date}也行",
    "{#price}，{#subsidy}，{#price}",
    "条码{#ean_code} 数量3",
)


# ---------------------------------------------------------------- builder

_MARK = re.compile(r"\{(#?)(\w+)\}")


def _render(rng, tpl, cycles):
    out, pos = [], 0
    ents, fmts, nears = [], [], []
    length = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        near, kind = m.group(1), m.group(2)
        if near:
            if kind == "floor_hint":
                v = rng.choice(("23楼", "顶层下面一层", "32楼"))
                out.append(v)
                length += len(v)
                continue
            v = NEAR[kind](rng)
            out.append(v)
            nears.append((kind, length, length + len(v)))
            length += len(v)
        else:
            gen, _ = FORMATS[kind]
            cyc = cycles[kind]
            if not cyc:
                lst = list(FORMATS[kind][1])
                rng.shuffle(lst)
                cyc.extend(lst)
            fmt = cyc.pop()
            pre, v, post = gen(rng, fmt)
            out.append(pre)
            length += len(pre)
            out.append(v)
            ents.append((kind, length, length + len(v)))
            fmts.append(fmt)
            length += len(v)
            out.append(post)
            length += len(post)
    out.append(tpl[pos:])
    return "".join(out), ents, fmts, nears


_DECOR = ("", "", "", "", "", " 谢谢", "～", " 🙏", "，麻烦了", "!", "。", " 👍")


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    cycles = {k: [] for k in KINDS}
    rows = []
    meta = meta if meta is not None else []
    pii_t = [t for t in PII_TEMPLATES if re.search(r"\{(?!#)\w+\}", t)]
    for i in range(N_PII_ROWS):
        if i % len(pii_t) == 0:
            order = list(range(len(pii_t)))
            rng.shuffle(order)
        tid = order[i % len(pii_t)]
        text, es, fs, ns = _render(rng, pii_t[tid], cycles)
        text += rng.choice(_DECOR)
        rows.append((text, es, fs, ns))
        meta.append(f"p{tid}")
    for i in range(N_NEAR_ROWS):
        if i % len(NEAR_TEMPLATES) == 0:
            order = list(range(len(NEAR_TEMPLATES)))
            rng.shuffle(order)
        tid = order[i % len(NEAR_TEMPLATES)]
        text, es, fs, ns = _render(rng, NEAR_TEMPLATES[tid], cycles)
        text += rng.choice(_DECOR)
        rows.append((text, es, fs, ns))
        meta.append(f"n{tid}")
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind44_corpus() -> pd.DataFrame:
    return _build()


_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_CN_BACK = str.maketrans("零一二三四五六七八九", "0123456789")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v).translate(_CN_BACK)
            if k == "mobile":
                assert _MOBILE_RE.fullmatch(n), v
                assert text[:s].endswith("86") or not text[max(0, s - 1):s].isdigit(), text
                assert not text[e:e + 1].isdigit(), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.startswith("0") and 10 <= len(n) <= 12 and n.isdigit(), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Z][·\s]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|单元|室|层|组|\d)$", v), v
                assert re.match(r"[\u4e00-\u9fff]", v), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
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
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind44_corpus())  # deterministic
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
    declared = sorted({f"{k}/{f}" for k, (_, fl) in FORMATS.items() for f in fl})
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

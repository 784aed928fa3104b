"""Thirtieth blind PII corpus (``split == "blind30"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十三位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` was
read except the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS``
and ``PLACEHOLDERS``.  It read only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names), no other
corpus or test, nothing under ``bench/`` or ``docs/``, not the README and no
git history.  It never imported ``toolkit`` and never ran any masking or
finding function on this data.  Value shapes, chat contexts and labels come
only from the writer's own idea of what staff and customers of cross-border
shops type in WeCom 1:1 and group chats.

What is different here: the THEME is cross-border e-commerce, customs and
overseas purchasing (代购, 跨境电商, 保税仓, 清关).  Customs clearance needs the
buyer's real-name ID number matching the payer, so ID numbers are frequent;
delivery data are often pasted from shopping apps with the labels
收件人 / 手机号码 / 所在地区 / 详细地址 (then the 所在地区 line alone -- a place
without a house-level unit -- is left unlabelled and only the 详细地址 line is
an address); refunds and tax payments bring bank cards; agents hand out their
WeChat / QQ; plates appear when buyers pick parcels up at bonded warehouses.
Near-misses are the numbers of the trade: customs declaration numbers
(18 digits failing the ID check and Luhn), international waybills (EMS
``E?#########CN``, Japan Post, DHL 10 digits, UPS ``1Z``, SF, YT), HS codes,
tax amounts and tax rates, exchange rates, USD / JPY / EUR / HKD prices,
weights in kg / lb / g, SKUs / ASINs, EAN-13 barcodes (valid check digit),
dates, the overseas phone numbers of shops (+81 / +1 / +82 / +852: companies,
not persons), postcodes, 400 / 95xxx / 12360 hotlines, masked values
(``130****1234``, ``3301**********1234``), order and payment serial numbers,
card-length numbers failing Luhn, ID-shaped strings failing the check digit,
verification and parcel pick-up codes (``取件码 8-3-2047``), container and
flight numbers, unified social credit codes of shops, coupon codes, sizes,
and places alone (``宁波保税区``).

Seed
----
``SEED = "blind30-2026-crossborder-第三十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2), bank-card Luhn digits and EAN-13 check digits are
computed here.  Every declared value format is first forced into 4 distinct
templates whose marker allows it; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, dots, the parentheses around an area code) are inside; an
  address runs from its first place unit (province / city / district /
  county / town / village / road / street / estate) to its last house-level
  unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 组, a bare room number such as
  ``1502`` or ``3-2-1502``).  Names are never labelled and never written
  (only roles such as 本人 / 我老婆 are used).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind30"``

Counts (``python tests/privacy/pii_blind30.py``)
------------------------------------------------
rows=1826, pii_rows=1175, near_rows=651, entities=2016
(mobile 585, address 390, id_card 281, bank_card 148, landline 145,
email 130, plate 120, wechat 117, qq 100);
near-miss spans=1397 (1050 in near-miss rows), 35 near-miss kinds
(amount 159, tracking_no 149, foreign_price 92, date 80, masked 72,
date_time 66, place_only 66, order_no 62, weight 51, hotline 49,
model_no 42, tax_amount 41, exchange_rate 36, postcode 36, barcode 35,
sku 35, quantity 30, pickup_code 29, overseas_shop_phone 28,
customs_decl_no 28, size 21, coupon_code 21, tax_rate 21,
declared_value 15, credit_code 14, payment_no 14, verify_code 14,
warehouse_code 14, invoice_no 14, hs_code 14, bad_id 14, bad_card 14,
tail_digits 7, container_no 7, flight_no 7);
formats=49 distinct, each used >= 4 times in >= 3 templates
(140 PII templates, 93 near-miss templates).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind30-2026-crossborder-第三十三位写手"
SPLIT = "blind30"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _ean_digit(body12: str) -> str:
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - t % 10) % 10)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------------------
# fixed pools
# ---------------------------------------------------------------------------
_REGION_CODES = (
    "110105", "110108", "310104", "310115", "330106", "330110", "330203", "330212", "440305", "440106",
    "440104", "320102", "320506", "320583", "510107", "420106", "420111", "350203", "370202", "610113",
    "430104", "120104", "500103", "410105", "340104", "210102", "230103", "130602", "360731", "450103",
    "530102", "520102", "370102", "330482", "441900", "442000", "350102", "210202",
)
_MOB_PREFIX = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
_BIN_UP19 = ("622848", "622202", "621700", "621226", "623668", "621661", "622262", "621799", "622908", "621483")
_BIN_UP16 = ("622588", "622575", "622609", "625907", "628888", "622155", "625802", "622690")
_BIN_INTL = ("438088", "427020", "434910", "524047", "552534", "518710", "402658", "491020", "512425")
_BIN_95 = ("955880", "955990", "955881", "955888")
_AREA = (
    ("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("0755", 8), ("0571", 8), ("0574", 8),
    ("025", 8), ("0512", 8), ("028", 8), ("027", 8), ("0592", 7), ("0532", 8), ("029", 8), ("0371", 8),
    ("0731", 8), ("0551", 8), ("024", 8), ("0579", 8), ("0769", 8), ("0757", 8),
)
_PLATE_PROV = ("浙", "沪", "苏", "粤", "京", "闽", "鲁", "豫", "川", "鄂", "津", "渝", "皖", "湘")
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PY = (
    "xiaoyu", "linlin", "chenjing", "wangfang", "liuyang", "zhangmin", "huanglei", "zhouting", "sunhao",
    "yangxue", "zhaoqian", "wuying", "maomao", "tangtang", "qiqi", "lele", "xiaomei", "dongdong", "jiajia",
    "yuyan", "haitao", "meimei", "xuan", "keke",
)
_EN = ("amy", "lily", "coco", "vivian", "kevin", "jason", "lucy", "sunny", "momo", "cindy", "eric", "anna", "tina")
_DOM_MAIL = ("163.com", "126.com", "sina.com", "sohu.com", "yeah.net", "139.com", "aliyun.com")
_INTL_MAIL = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.co.jp", "foxmail.com", "live.cn")
_WX_TAIL = ("daigou", "haitao", "jp", "hk", "au", "buy", "shop", "mama", "baby", "usa", "kr")

# (province, city, district, roads) -- province "" for municipalities
_LOCS = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路", "学院路", "教工路")),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "五常大道", "良睦路", "西溪路")),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "首南中路", "钱湖北路", "四明中路")),
    ("浙江省", "金华市", "义乌市", ("稠州北路", "宾王路", "工人西路")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "汉中门大街", "广州路")),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路", "越溪街道苏街")),
    ("江苏省", "苏州市", "昆山市", ("前进西路", "柏庐南路", "萧林中路")),
    ("广东省", "深圳市", "南山区", ("科技南十二路", "南海大道", "后海大道", "桃园路")),
    ("广东省", "深圳市", "福田区", ("福华三路", "深南中路", "景田路")),
    ("广东省", "广州市", "天河区", ("天河北路", "体育西路", "黄埔大道西", "员村二横路")),
    ("广东省", "东莞市", "南城街道", ("鸿福路", "宏图路")),
    ("", "上海市", "浦东新区", ("张杨路", "世纪大道", "锦绣路", "杨高南路")),
    ("", "上海市", "闵行区", ("七莘路", "莲花南路", "虹梅南路")),
    ("", "北京市", "朝阳区", ("建国路", "望京街", "朝阳北路", "百子湾路")),
    ("", "北京市", "海淀区", ("中关村大街", "学院路", "西三环北路")),
    ("", "天津市", "南开区", ("鞍山西道", "黄河道", "红旗南路")),
    ("", "重庆市", "渝北区", ("新牌坊一路", "金开大道", "龙溪街道松石北路")),
    ("四川省", "成都市", "武侯区", ("天府大道北段", "人民南路四段", "科华北路")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "光谷大道", "雄楚大道")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "厦禾路")),
    ("山东省", "青岛市", "市南区", ("香港中路", "东海西路", "闽江路")),
    ("陕西省", "西安市", "雁塔区", ("科技路", "小寨东路", "长安南路")),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路", "经三路")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "桐梓坡路", "枫林三路")),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "黄山路", "潜山路")),
    ("辽宁省", "沈阳市", "和平区", ("南京南街", "三好街", "太原北街")),
    ("云南省", "昆明市", "五华区", ("西昌路", "人民西路")),
    ("广西壮族自治区", "南宁市", "青秀区", ("民族大道", "东葛路")),
)
_RURAL = (
    ("河北省", "保定市", "清苑区", "冉庄镇", "东孙庄村"),
    ("江西省", "赣州市", "于都县", "贡江镇", "长征村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "大刘村"),
    ("河南省", "周口市", "郸城县", "宁平镇", "后楼村"),
    ("山东省", "临沂市", "沂南县", "界湖街道", "东高庄村"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", "城西村"),
    ("四川省", "南充市", "仪陇县", "新政镇", "柳垭村"),
    ("浙江省", "台州市", "温岭市", "泽国镇", "牧屿村"),
)
_ESTATES = (
    "阳光花园", "万科城市花园", "绿城桂花园", "保利香槟国际", "金地格林小城", "碧桂园凤凰城", "世纪花园",
    "华润二十四城", "龙湖春江郦城", "融创玖樟台", "翠苑一区", "锦绣江南", "中海国际社区", "蓝色钱江",
    "和平里小区", "幸福家园", "招商雍景湾", "东方曼哈顿", "滨江金色海岸", "时代倾城",
)
_TOWERS = ("创新大厦", "国际金融中心", "东部软件园", "环球中心", "科技园大厦", "置地广场", "华润大厦", "银泰中心")


# ---------------------------------------------------------------------------
# value generators: each returns (prefix_outside, value, suffix_outside)
# ---------------------------------------------------------------------------
def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _mobile11(r):
    return r.choice(_MOB_PREFIX) + _digits(r, 8)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def _g_mobile(r, fmt):
    m = _mobile11(r)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86_11":
        return r.choice(("+86 ", "+86", "+86-")), m, ""
    if fmt == "plus86_space_344":
        return "+86 ", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "0086_11":
        return "0086", m, ""
    if fmt == "fullwidth_11":
        return "", _fw(m), ""
    raise KeyError(fmt)


def _birth(r):
    y = r.randint(1962, 2004)
    mo = r.randint(1, 12)
    d = r.randint(1, 28 if mo == 2 else (30 if mo in (4, 6, 9, 11) else 31))
    return f"{y}{mo:02d}{d:02d}"


def _id18(r, want_x=None):
    while True:
        body = r.choice(_REGION_CODES) + _birth(r) + _digits(r, 3)
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def _g_id(r, fmt):
    if fmt == "plain_18":
        return "", _id18(r, False), ""
    if fmt == "x_upper":
        return "", _id18(r, True), ""
    if fmt == "x_lower":
        return "", _id18(r, True).lower(), ""
    if fmt == "space_6_8_4":
        v = _id18(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, bins, n):
    body = r.choice(bins) + _digits(r, n - 7)
    return body + _luhn_digit(body)


def _g_card(r, fmt):
    if fmt == "unionpay19_plain":
        return "", _card(r, _BIN_UP19, 19), ""
    if fmt == "unionpay16_plain":
        return "", _card(r, _BIN_UP16, 16), ""
    if fmt == "space_4444":
        c = _card(r, _BIN_UP16 + _BIN_INTL, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "space_44443":
        c = _card(r, _BIN_UP19, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if fmt == "intl16_plain":
        return "", _card(r, _BIN_INTL, 16), ""
    if fmt == "d95_19_plain":
        return "", _card(r, _BIN_95, 19), ""
    if fmt == "dash_4444":
        c = _card(r, _BIN_UP16 + _BIN_INTL, 16)
        return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    raise KeyError(fmt)


def _g_email(r, fmt):
    if fmt == "qq_numeric":
        return "", f"{r.randint(10000, 3999999999)}@{r.choice(('qq.com', 'qq.com', 'QQ.com', 'foxmail.com'))}", ""
    if fmt == "pinyin_digits":
        tail = r.choice((str(r.randint(1965, 2003)), _digits(r, 3), str(r.randint(1, 12)).zfill(2) + _digits(r, 2)))
        return "", f"{r.choice(_PY)}{tail}@{r.choice(_DOM_MAIL)}", ""
    if fmt == "dotted_name":
        sep = r.choice((".", "_", "."))
        return "", f"{r.choice(_EN)}{sep}{r.choice(_PY)}{r.choice(('', _digits(r, 2)))}@{r.choice(_INTL_MAIL)}", ""
    if fmt == "en_word_intl":
        return "", f"{r.choice(_EN)}{r.choice(_WX_TAIL)}{_digits(r, r.randint(2, 4))}@{r.choice(_INTL_MAIL)}", ""
    raise KeyError(fmt)


def _land_num(r):
    code, n = r.choice(_AREA)
    return code, str(r.randint(2, 8)) + _digits(r, n - 1)


def _ext(r):
    e = str(r.randint(100, 8999))
    return r.choice((f"转{e}", f"-{e}", f"分机{e}", f" 转{e}"))


def _g_land(r, fmt):
    code, num = _land_num(r)
    if fmt == "area_dash":
        return "", f"{code}-{num}", ""
    if fmt == "area_dash_ext":
        return "", f"{code}-{num}", _ext(r)
    if fmt == "area_paren":
        return "", f"({code}){num}", ""
    if fmt == "area_paren_fw":
        return "", f"（{code}）{num}", ""
    if fmt == "area_plain":
        return "", f"{code}{num}", ""
    if fmt == "area_space":
        if len(num) == 8:
            return "", f"{code} {num[:4]} {num[4:]}", ""
        return "", f"{code} {num[:3]} {num[3:]}", ""
    if fmt == "local_8":
        return "", str(r.randint(2, 8)) + _digits(r, 7), ""
    raise KeyError(fmt)


def _g_qq(r, fmt):
    if fmt == "digits_5to8":
        n = r.choice((6, 7, 8, 8))
        return "", str(r.randint(1, 9)) + _digits(r, n - 1), ""
    if fmt == "digits_9to10":
        n = r.choice((9, 10, 10))
        return "", str(r.randint(1, 3 if n == 10 else 9)) + _digits(r, n - 1), ""
    raise KeyError(fmt)


def _g_wx(r, fmt):
    if fmt == "wxid":
        s = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))
        return "", "wxid_" + s, ""
    if fmt == "alpha_digits":
        head = r.choice(_PY + _EN) + r.choice(_WX_TAIL + ("",))
        return "", head + _digits(r, max(r.randint(2, 4), 6 - len(head))), ""
    if fmt == "underscore":
        return "", f"{r.choice(_EN).capitalize()}_{r.choice(_WX_TAIL)}{_digits(r, r.randint(1, 3))}", ""
    if fmt == "dash":
        return "", f"{r.choice(_WX_TAIL)}-{r.choice(_PY)}-{_digits(r, r.randint(2, 4))}", ""
    if fmt == "mixed_case":
        return "", f"{r.choice(_EN).capitalize()}{r.choice(_WX_TAIL).upper()}{_digits(r, r.randint(3, 4))}", ""
    raise KeyError(fmt)


def _plate_tail(r, n):
    out = []
    k = r.randint(0, 2)
    pos = r.sample(range(n), k)
    for i in range(n):
        out.append(r.choice(_PLATE_LET) if i in pos else r.choice("0123456789"))
    return "".join(out)


def _g_plate(r, fmt):
    p = r.choice(_PLATE_PROV) + r.choice(_PLATE_LET[:12])
    if fmt == "standard_7":
        return "", p + _plate_tail(r, 5), ""
    if fmt == "dot_7":
        return "", p + "·" + _plate_tail(r, 5), ""
    if fmt == "space_7":
        return "", p + " " + _plate_tail(r, 5), ""
    if fmt == "new_energy_8":
        return "", p + r.choice("DF") + _digits(r, 5), ""
    raise KeyError(fmt)


def _house(r):
    kind = r.randint(0, 3)
    b = r.randint(1, 28)
    if kind == 0:
        return f"{b}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 6):02d}室"
    if kind == 1:
        return f"{b}幢{r.randint(1, 3)}单元{r.randint(1, 26)}{r.randint(1, 4):02d}"
    if kind == 2:
        return f"{b}号楼{r.randint(1, 3)}单元{r.randint(2, 18)}{r.randint(1, 4):02d}室"
    return f"{b}-{r.randint(1, 4)}-{r.randint(2, 32)}{r.randint(1, 4):02d}"


def _g_addr(r, fmt, loc):
    prov, city, dist, roads = loc
    road = r.choice(roads)
    no = f"{r.randint(1, 899)}号"
    est = r.choice(_ESTATES)
    if fmt == "full_prov":
        head = (prov + city) if prov else city
        return "", f"{head}{dist}{road}{no}{est}{_house(r)}", ""
    if fmt == "city_start":
        return "", f"{city}{dist}{road}{no}{est}{_house(r)}", ""
    if fmt == "district_start":
        return "", f"{dist}{road}{no}{est}{_house(r)}", ""
    if fmt == "estate_bare_room":
        return "", f"{city}{dist}{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 30)}{r.randint(1, 4):02d}", ""
    if fmt == "app_spaced":
        head = f"{prov} {city} {dist}" if prov else f"{city} {dist}"
        return "", f"{head} {road}{no} {est}{_house(r)}", ""
    if fmt == "village":
        p, c, county, town, vil = r.choice(_RURAL)
        tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 99)}号", f"{r.randint(1, 150)}号"))
        return "", f"{p}{c}{county}{town}{vil}{tail}", ""
    if fmt == "road_number":
        return "", f"{city}{dist}{road}{no}", ""
    if fmt == "detail_only":
        return "", f"{road}{no}{est}{_house(r)}", ""
    if fmt == "tower_floor":
        tw = r.choice(_TOWERS)
        fl = r.randint(3, 42)
        tail = r.choice((f"{fl}层", f"{fl}楼{fl}{r.randint(1, 20):02d}室", f"{r.choice('ABC')}座{fl}{r.randint(1, 20):02d}室"))
        return "", f"{city}{dist}{road}{no}{tw}{tail}", ""
    raise KeyError(fmt)


# kind marker -> (kind, generator, ((format, weight), ...))
_FMT_TABLES = (
    ("mobile", (("plain_11", 10), ("space_344", 3), ("dash_344", 2), ("plus86_11", 1), ("plus86_space_344", 0.5),
                ("0086_11", 0.5), ("fullwidth_11", 0.3))),
    ("id_card", (("plain_18", 10), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1))),
    ("bank_card", (("unionpay19_plain", 8), ("unionpay16_plain", 3), ("space_4444", 3), ("space_44443", 3),
                   ("intl16_plain", 2), ("d95_19_plain", 2), ("dash_4444", 1))),
    ("email", (("qq_numeric", 5), ("pinyin_digits", 4), ("dotted_name", 3), ("en_word_intl", 2))),
    ("landline", (("area_dash", 6), ("area_dash_ext", 3), ("area_paren", 2), ("area_paren_fw", 2),
                  ("area_plain", 2), ("area_space", 1), ("local_8", 1))),
    ("qq", (("digits_5to8", 4), ("digits_9to10", 5))),
    ("wechat", (("wxid", 2), ("alpha_digits", 5), ("underscore", 3), ("dash", 2), ("mixed_case", 2))),
    ("plate", (("standard_7", 6), ("dot_7", 2), ("space_7", 2), ("new_energy_8", 3))),
    ("address", (("full_prov", 6), ("city_start", 6), ("district_start", 4), ("estate_bare_room", 2),
                 ("app_spaced", 3), ("village", 2), ("road_number", 2), ("detail_only", 1), ("tower_floor", 2))),
)
_FMTS = dict(_FMT_TABLES)
_MARK = {"mobile": "mobile", "id": "id_card", "card": "bank_card", "email": "email", "land": "landline",
         "qq": "qq", "wx": "wechat", "plate": "plate", "addr": "address"}
_GEN = {"mobile": _g_mobile, "id_card": _g_id, "bank_card": _g_card, "email": _g_email, "landline": _g_land,
        "qq": _g_qq, "wechat": _g_wx, "plate": _g_plate}


# ---------------------------------------------------------------------------
# near-miss generators: marker -> (near_kind, fn(r) -> str)
# ---------------------------------------------------------------------------
def _bad_luhn(r, bins, n):
    body = r.choice(bins) + _digits(r, n - 7)
    good = int(_luhn_digit(body))
    return body + str((good + r.randint(1, 9)) % 10)


def _bad_id(r):
    while True:
        body = r.choice(_REGION_CODES) + _birth(r) + _digits(r, 3)
        good = _id_check(body)
        v = body + r.choice([c for c in "0123456789" if c != good])
        if not _luhn_ok(v):
            return v


def _decl(r):
    while True:
        v = r.choice(("2233", "3100", "2900", "5316", "2244", "4600", "5141", "3101")) + r.choice(
            ("2023", "2024", "2025")) + r.choice("01") + _digits(r, 9)
        if not _luhn_ok(v) and not _id_ok(v):
            return v


def _order(r):
    while True:
        v = r.choice(("3", "2", "1")) + _digits(r, r.choice((17, 18)))
        if not _luhn_ok(v) and not _id_ok(v):
            return v


def _ean(r):
    body = r.choice(("4901", "4902", "4903", "4987", "4560", "6901", "6920", "6934", "0074", "8809", "3337", "4005")) \
        + _digits(r, 8)
    return body + _ean_digit(body)


def _s10(r, suf):
    return r.choice(("EA", "EB", "EV", "EJ", "LX", "RR", "CP", "EE")) + _digits(r, 9) + suf


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"2025-{m:02d}-{d:02d}", f"{m}月{d}号", f"{m}/{d}", f"2024.{m:02d}.{d:02d}", f"{m}月{d}日",
                     f"2025年{m}月{d}日"))


def _shoptel(r):
    return r.choice((
        f"+81-3-{r.randint(3000, 6999)}-{_digits(r, 4)}", f"+81 6-{r.randint(6100, 6999)}-{_digits(r, 4)}",
        f"+1 (212) {r.randint(200, 899)}-{_digits(r, 4)}", f"+1-626-{r.randint(200, 899)}-{_digits(r, 4)}",
        f"+82 2-{r.randint(300, 799)}-{_digits(r, 4)}", f"+852 {r.randint(2100, 3999)} {_digits(r, 4)}",
        f"+61 2 {r.randint(8000, 9999)} {_digits(r, 4)}", f"+49 89 {_digits(r, 8)}",
    ))


def _hotline(r):
    return r.choice((
        f"400-{r.randint(600, 999)}-{_digits(r, 4)}", f"400{r.randint(1, 9)}{_digits(r, 6)}", "95338", "11183",
        "12360", f"800-{r.randint(800, 899)}-{_digits(r, 4)}", "95546", "95566", "95588", "95311",
        f"4008-{_digits(r, 3)}-{_digits(r, 3)}",
    ))



def _credit(r):
    return "91" + r.choice(_REGION_CODES) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _nm_badcard(r):
    n = r.choice((16, 19, 19))
    v = _bad_luhn(r, _BIN_UP19 if n == 19 else _BIN_UP16, n)
    return v if r.random() < 0.6 else " ".join(v[i:i + 4] for i in range(0, n, 4))


_NEAR = {
    "ems": ("tracking_no", lambda r: _s10(r, "CN")),
    "jpost": ("tracking_no", lambda r: _s10(r, r.choice(("JP", "US", "DE", "KR", "AU")))),
    "dhl": ("tracking_no", lambda r: r.choice(("1", "2", "3", "4", "5", "7", "8")) + _digits(r, 9)),
    "ups": ("tracking_no", lambda r: "1Z" + "".join(r.choice("0123456789ABCDEFGHJKRVWXY") for _ in range(6))
            + _digits(r, 10)),
    "sf": ("tracking_no", lambda r: "SF" + r.choice(("1", "3")) + _digits(r, 12)),
    "yt": ("tracking_no", lambda r: r.choice(("YT", "JT", "JD")) + _digits(r, 13)),
    "decl": ("customs_decl_no", _decl),
    "order": ("order_no", _order),
    "payno": ("payment_no", lambda r: r.choice(("420000", "420000", "2025")) + _digits(r, 22)),
    "hs": ("hs_code", lambda r: r.choice(("3304.99.00", "3304990099", "6403.99", "8517.13", "2106909090", "1901.10",
                                          "3401.11", "4202.21.00", "9102.11", "8509800090", "3303.00", "6110.20"))),
    "tax": ("tax_amount", lambda r: r.choice((f"¥{r.randint(12, 980)}.{_digits(r, 2)}",
                                              f"￥{r.randint(12, 980)}.{_digits(r, 2)}",
                                              f"{r.randint(12, 980)}.{_digits(r, 2)}元", f"{r.randint(5, 600)}块"))),
    "taxrate": ("tax_rate", lambda r: r.choice(("9.1%", "23.1%", "29.4%", "11.2%", "13%", "26.6%", "0%"))),
    "rate": ("exchange_rate", lambda r: r.choice((f"7.{r.randint(10, 32)}", f"0.04{r.randint(60, 99)}",
                                                  f"7.{r.randint(700, 899)}", f"0.9{r.randint(0, 4)}",
                                                  f"4.{r.randint(60, 99)}"))),
    "usd": ("foreign_price", lambda r: r.choice((f"${r.randint(9, 899)}.{r.choice(('99', '00', '95', '49'))}",
                                                 f"USD {r.randint(19, 1500)}", f"{r.randint(29, 399)}美金",
                                                 f"${r.randint(10, 300)}"))),
    "jpy": ("foreign_price", lambda r: r.choice((f"{r.randint(1, 59)},{r.choice(('800', '980', '500', '000'))}円",
                                                 f"¥{r.randint(2, 45)},{r.choice(('800', '980', '500'))}",
                                                 f"{r.randint(1200, 39800)}日元",
                                                 f"JPY {r.randint(1, 89)},{_digits(r, 3)}"))),
    "eur": ("foreign_price", lambda r: r.choice((f"€{r.randint(9, 600)}.{r.choice(('90', '00', '95'))}",
                                                 f"{r.randint(15, 800)}欧", f"EUR {r.randint(20, 900)}",
                                                 f"HK${r.randint(50, 3000)}", f"{r.randint(20, 900)}澳币"))),
    "rmb": ("amount", lambda r: r.choice((f"¥{r.randint(30, 2999)}", f"{r.randint(30, 3999)}元",
                                          f"{r.randint(30, 899)}.{_digits(r, 2)}", f"{r.randint(5, 99)}块"))),
    "weight": ("weight", lambda r: r.choice((f"{r.randint(0, 9)}.{_digits(r, 2)}kg", f"{r.randint(1, 30)}lb",
                                             f"{r.randint(100, 2900)}g", f"{r.randint(1, 20)}.{r.randint(1, 9)}公斤",
                                             f"{r.randint(2, 40)}磅", f"{r.randint(1, 9)}.{r.randint(1, 9)}KG"))),
    "sku": ("sku", lambda r: r.choice(("B0" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)),
                                       f"SKU-{r.choice(('JP', 'US', 'KR', 'AU'))}-{_digits(r, 5)}",
                                       f"{r.choice(('CT', 'NK', 'SK', 'LM'))}{_digits(r, 6)}-{r.randint(1, 9)}",
                                       f"DH{_digits(r, 4)}-{r.choice(('BK', 'WT', 'RD'))}-{r.choice(('S', 'M', 'L'))}"))),
    "ean": ("barcode", _ean),
    "date": ("date", _date),
    "shoptel": ("overseas_shop_phone", _shoptel),
    "postcode": ("postcode", lambda r: r.choice(("310012", "315040", "518057", "200120", "100020", "210008", "610041",
                                                 "430074", "361004", "266071", "710061", "450008", "322000",
                                                 "215300", "523000", "410013"))),
    "hotline": ("hotline", _hotline),
    "mmob": ("masked", lambda r: f"{r.choice(_MOB_PREFIX)}****{_digits(r, 4)}"),
    "mid": ("masked", lambda r: r.choice((f"{r.choice(_REGION_CODES)[:4]}**********{_digits(r, 3)}"
                                          f"{r.choice('0123456789X')}",
                                          f"{r.choice(_REGION_CODES)}********{_digits(r, 4)}",
                                          f"{r.choice(_REGION_CODES)[:1]}****************{r.choice('0123456789X')}"))),
    "mcard": ("masked", lambda r: r.choice((f"{r.choice(_BIN_UP19)[:4]} **** **** {_digits(r, 4)}",
                                            f"{r.choice(_BIN_UP19)}*********{_digits(r, 4)}",
                                            f"**** **** **** {_digits(r, 4)}"))),
    "mmail": ("masked", lambda r: f"{r.choice(_EN)[:2]}***@{r.choice(_DOM_MAIL + _INTL_MAIL)}"),
    "tail4": ("tail_digits", lambda r: _digits(r, 4)),
    "badcard": ("bad_card", _nm_badcard),
    "badid": ("bad_id", _bad_id),
    "vcode": ("verify_code", lambda r: _digits(r, r.choice((4, 6, 6)))),
    "pickup": ("pickup_code", lambda r: r.choice((f"{r.randint(1, 12)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}",
                                                  f"{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                                  f"{r.randint(100000, 999999)}"))),
    "container": ("container_no", lambda r: r.choice(("MSKU", "TGHU", "CSNU", "OOLU", "EGHU", "MRKU")) + _digits(r, 7)),
    "flight": ("flight_no", lambda r: r.choice(("CA", "NH", "JL", "MU", "CZ", "KE", "CX", "5X", "FX", "O3"))
               + str(r.randint(100, 9899))),
    "credit": ("credit_code", _credit),
    "place": ("place_only", lambda r: r.choice(("宁波保税区", "杭州下沙综保区", "郑州新郑综保区", "广州南沙保税港区",
                                                "深圳前海", "上海外高桥保税区", "天津东疆保税港区", "重庆西永综保区",
                                                "义乌", "海南三亚", "厦门象屿保税区", "成都双流综保区"))),
    "coupon": ("coupon_code", lambda r: r.choice(("SPRING20", "NEW15OFF", "VIP2025", "DG88", "HAITAO50",
                                                  "WELCOME10", "BF2024", "JP618"))),
    "size": ("size", lambda r: r.choice((f"US{r.randint(5, 12)}", f"{r.randint(22, 28)}.{r.choice('05')}cm",
                                         f"UK{r.randint(4, 10)}", f"{r.choice(('S', 'M', 'L', 'XL'))}码",
                                         f"{r.randint(30, 500)}ml", f"{r.randint(30, 200)}粒"))),
    "qty": ("quantity", lambda r: r.choice((f"{r.randint(2, 12)}件", f"{r.randint(2, 6)}罐", f"{r.randint(2, 10)}盒",
                                            f"{r.randint(2, 8)}瓶"))),
    "time": ("date_time", lambda r: r.choice((f"{r.randint(1, 5)}个工作日", f"{r.randint(7, 20)}天",
                                              f"{r.randint(3, 15)}-{r.randint(16, 25)}天"))),
    "clock": ("date_time", lambda r: r.choice((f"{r.randint(8, 17)}:{r.choice(('00', '30'))}",
                                               f"下午{r.randint(1, 5)}点", f"上午{r.randint(8, 11)}点半",
                                               f"9:00-{r.randint(17, 18)}:00"))),
    "bonded": ("warehouse_code", lambda r: r.choice(("NB", "HZ", "ZZ", "GZ", "SZ", "CQ")) + "BS"
               + r.choice(("-", "")) + _digits(r, 4)),
    "declval": ("declared_value", lambda r: r.choice((f"${r.randint(20, 200)}", f"{r.randint(50, 2000)}元",
                                                      f"USD{r.randint(20, 200)}"))),
    "limit": ("amount", lambda r: r.choice(("26000", "5000", "2000", "5,000", "26,000"))),
    "invoice": ("invoice_no", lambda r: r.choice(("INV-", "INV", "")) + r.choice(("2025", "2024")) + _digits(r, 8)),
    "model": ("model_no", lambda r: r.choice(("ES-CV51", "HX9996", "EH-NA0J", "SK-II", "W66", "ANR12",
                                              "DW6900", "G-SHOCK GA-2100", "iPhone 16 Pro", "AirPods Pro 2",
                                              "Dyson V15", "NA0J", "ASICS 1011B", "HD15"))),
}


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
# {mobile}{id}{card}{email}{land}{qq}{wx}{plate}{addr}: labelled values;
# {kind@fmt1|fmt2}: restricted formats; {region}: unlabelled region line of
# the address of the row; any other {name}: a near-miss from _NEAR.
_PII_T = (
    # --- app pasted delivery data
    "收件人：本人\n手机号码：{mobile@plain_11|space_344}\n所在地区：{region}\n详细地址：{addr@detail_only}",
    "收件人：我老婆\n手机号码：{mobile@plain_11}\n所在地区：{region}\n详细地址：{addr@detail_only}\n身份证：{id}",
    "收货人: 本人 {mobile@plain_11|space_344|plus86_11} {addr@app_spaced}",
    "本人，{mobile@plain_11}，{addr@app_spaced}",
    "{addr@app_spaced} 本人 {mobile@plain_11|plus86_11|plus86_space_344}",
    "收货地址：{addr}\n联系电话：{mobile}\n清关身份证号：{id}",
    "【收货信息】\n收件人：宝妈本人\n电话：{mobile}\n地址：{addr}",
    "地址 {addr}  电话 {mobile}  身份证 {id}",
    "亲，这是我的收货信息哈👇\n{addr}\n{mobile}",
    "麻烦改下地址，新的是{addr}，电话还是{mobile}不变",
    "之前那个地址不住了，寄到{addr}吧，电话{mobile}",
    "@客服 订单{order}的地址填错了，正确的是：{addr}",
    "收件人：本人\n联系方式：{mobile}\n收件地址：{addr}\n身份证号码：{id}\n（清关用，和支付人一致）",
    "姓名同支付宝实名，手机{mobile}，证件号{id}，地址{addr}",
    "收件人 本人\n手机 {mobile}\n地区 {region}\n详细地址 {addr@detail_only}",
    "地址{addr}，手机{mobile}，到了放驿站就行",
    "寄到我公司吧：{addr@tower_floor|road_number|city_start}，前台电话{land}",
    "发顺丰到付，{addr}，{mobile}，谢谢亲",
    "我妈收，{addr@village|full_prov}，她电话{mobile}，老人家不会用智能机，麻烦快递员打电话",
    "村里快递只到镇上，填{addr@village}吧，电话{mobile}",
    # --- customs / real-name
    "海关那边要实名认证，身份证号{id}，和付款人一致的",
    "清关信息：身份证 {id}，手机 {mobile}",
    "您好，订单{order}保税仓提示订购人身份证与支付人不一致，麻烦提供支付人的身份证号码，我这边填的是{id}",
    "支付人是我老公，他的身份证{id}，手机{mobile}",
    "身份证号码：{id}\n（订单{order}清关用）",
    "{id} 这个是我的身份证号，麻烦帮我重新推送一下报关",
    "清关失败了？我之前填的是{id}，是不是输错了",
    "上次填错了，正确身份证应该是{id@x_upper|x_lower}，尾号是X的",
    "身份证：{id@x_upper|x_lower}\n手机：{mobile}",
    "海关短信说要补充身份证照片，号码是{id}，照片一会发你",
    "报关单{decl}已经放行了吗？我的身份证{id}",
    "我这个额度超了吗，今年买了好多了，身份证{id}，帮我查下跨境年度额度{limit}还剩多少",
    "实名信息更新：证件号 {id}；手机 {mobile}；邮箱 {email}",
    "亲 海关抽查 需要您上传身份证正反面，号码{id}对吗？",
    "帮我老婆也下一单，她的身份证是{id}，电话{mobile}，地址跟我一样",
    "订购人身份证号：{id}，订购人电话：{mobile}",
    # --- refund / tax bank cards
    "退款退到这张卡：{card}，开户行建设银行",
    "税费{tax}是我垫付的，麻烦退到我卡上{card}",
    "卡号{card}，工商银行杭州分行，退差价{rmb}",
    "退关税的话打到 {card} 就行，户名本人",
    "银行卡：{card}\n开户行：招商银行深圳南山支行\n金额：{rmb}",
    "我换张卡吧，之前那张{mcard}冻结了，新卡{card}",
    "代购定金转你了，你的收款卡是{card}对吧？",
    "亲，补税{tax}请转到公司对公账户，不要转个人卡哦。您的退款卡号{card}已登记",
    "用visa付的美金，卡号{card@intl16_plain|space_4444|dash_4444}，被拒了两次",
    "信用卡{card@intl16_plain|space_4444}，刷了{usd}，汇率{rate}，账单怎么显示这么多",
    "农行卡 {card@d95_19_plain|unionpay19_plain}，退运费就行",
    "{card}\n这个是我的卡号，退{rmb}",
    "退款账户：{card}（邮储）\n联系电话：{mobile}",
    # --- agents wechat / qq / email
    "日本代购请加我微信{wx}，每周三直邮",
    "加我vx：{wx} 备注海淘",
    "韩国代购 微信 {wx} 朋友圈每天更新🇰🇷",
    "我微信号{wx}，你加一下我发你发票照片",
    "有问题直接联系我微信{wx}或者QQ{qq}",
    "扣扣{qq}，晚上在线",
    "QQ：{qq}\n邮箱：{email}",
    "发我邮箱吧 {email}，海关的补税通知我收不到短信",
    "我的邮箱是{email}，invoice发这里就行",
    "亚马逊日本账号绑的邮箱{email}，订单{order}",
    "美亚账号是{email}，密码我就不发了哈😂",
    "你好，我是之前找你代购{model}的，我QQ是{qq}",
    "企鹅{qq} 加我，给你发小票",
    "代购群满了，加我小号微信：{wx}",
    "我换号了，新微信{wx}，旧的{wx}不用了",
    "vx {wx}，q {qq}，电话 {mobile}，随便哪个都能找到我",
    "报关资料发到{email}，抄送{email}",
    "订阅邮件请留邮箱：{email}",
    "微信：{wx}\n电话：{mobile}\n（澳洲代购·奶粉保健品）",
    "加我好友，微信号：{wx}，手机号也能搜到{mobile}",
    "Email: {email}  Tel: {mobile}",
    "联系邮箱{email}，QQ同号",
    "我QQ邮箱{email@qq_numeric}，另一个QQ小号{qq}",
    # --- landlines
    "公司座机{land}，白天都在",
    "收不到的话打我单位电话{land}",
    "家里电话{land}，手机{mobile}",
    "快递员打{land}找前台就行，地址是{addr@tower_floor|road_number}",
    "座机：{land}\n手机：{mobile}",
    "我们店在{place}，仓库电话{land}，外地客户请打手机{mobile}",
    "电话打{land}，没人接就打{mobile}",
    "联系电话 {land}（工作日）",
    "有事打我办公室{land@area_dash|area_dash_ext|area_paren|area_paren_fw}",
    "{land} 这是我家座机，爸妈在家能签收",
    # --- plates / bonded warehouse pick-up
    "明天上午去{place}自提，车牌{plate}，麻烦登记一下",
    "保税仓自提预约：车牌号{plate}，手机{mobile}，预约{date}",
    "我开车过去提货，{plate}，大概{clock}到",
    "进园区要报车牌，我的是{plate}",
    "车牌{plate}，司机电话{mobile}，来拉{qty}货",
    "师傅车牌是{plate}，到仓库门口了",
    "{plate} 这个车是我的，帮我报备一下，进综保区要登记",
    "自提车辆：{plate}\n提货人电话：{mobile}\n提货单号：{order}",
    "今天换了辆车，{plate}，之前报的那个作废",
    "我朋友帮我去提，车牌{plate}，他电话{mobile}",
    # --- mixed / multi-value
    "订单{order}的收件人信息：{addr}，{mobile}，身份证{id}",
    "姓名就用支付宝实名，身份证{id}\n电话{mobile}\n地址{addr}\n邮箱{email}",
    "1. 地址：{addr}\n2. 手机：{mobile}\n3. 身份证：{id}\n4. 退款卡：{card}",
    "代购下单格式：地址+电话+身份证\n{addr} {mobile} {id}",
    "{mobile}\n{addr}\n{id}",
    "运单{ems}显示已到{place}，收件电话{mobile}是我的没错",
    "DHL单号{dhl}，派送时打{mobile}，地址{addr}",
    "EMS {ems} 到海关了，要补身份证{id}",
    "老板 我在{date}拍的{model}，{usd}那个，寄到{addr}，电话{mobile}",
    "日本直邮{weight}，运费{rmb}，收件{addr}，{mobile}",
    "退货地址：{addr}，电话{mobile}，退货单号写{sf}",
    "我在群里发过了：{mobile} {addr}",
    "请核对：手机{mobile}，身份证{id}，邮箱{email}，微信{wx}",
    "客户资料——电话：{mobile}；QQ：{qq}；地址：{addr}",
    "👉收件：{addr}\n📱{mobile}",
    "{mobile}，这个号码收件，身份证稍后发",
    "哦对了，手机是{mobile}，刚才少打了一位",
    "手机号{mobile}  微信同号",
    "电话：{mobile}（不要打座机{land}，没人）",
    "家里地址{addr}，身份证{id}，卡号{card}",
    "这是我的资料哈 身份证{id} 银行卡{card} 预留手机{mobile}",
    "国际转运仓收件人ID填我的身份证{id}，国内段寄{addr}",
    "麻烦把清关的邮箱改成{email}，电话改成{mobile}",
    "更换收货地址为{addr}，原地址{addr}作废",
    "亲，您订单的收货手机{mobile}打不通，能换个号吗",
    "亲，地址写的{addr}，麻烦核对一下门牌号",
    "保税仓发货，预计{time}到，收件人电话{mobile}，有问题联系客服{hotline}",
    "我是{addr}的，快递一直显示异常，电话{mobile}",
    "那就寄我单位吧：{addr@tower_floor}，电话{land}，手机{mobile}",
    "帮我查下{sf}，收件人手机{mmob}，不对，是{mobile}",
    "身份证{id}，地址：{addr}，{mobile}，邮编{postcode}",
    "海外仓寄回国内：{addr} {mobile} 申报价值{declval}",
    "苏州那个仓收货人写我，{mobile}，{addr}",
    "身分证{id}",
    "手机号吗{mobile}，地止{addr}",
    "qq号{qq}，有事留言😊",
    "Q:{qq} / V:{wx}",
    "代购小姐姐的扣扣是{qq}吗？我加不上",
    "提货车辆{plate@new_energy_8|standard_7}，新能源的，能进园区吗",
    "车牌号：{plate}\n预约时间：{date} {clock}\n仓库：{place}",
    "办公室座机{land@local_8|area_dash|area_space}，上班时间打",
    "我的号码{mobile}，微信就是这个号",
    "麻烦登记下：{plate}，{mobile}",
    "电话{mobile}😭😭快递员一直说联系不上我",
    "客户说座机{land@local_8|area_plain}能打通，手机停机了",
    "{qq}\n这是我QQ，加的时候备注奶粉",
    "提货人车牌 {plate@space_7|dot_7|standard_7} 提货码{pickup}",
    "邮寄发票到{addr}，邮编{postcode}，电话{land}",
)

_NEAR_T = (
    # waybills
    "EMS单号{ems}，到{place}了还没清关",
    "查一下这个单号：{ems}",
    "日本邮政 {jpost} 显示已发出，国内段什么时候转{yt}",
    "DHL运单号{dhl}，周末不派送",
    "DHL {dhl} 在{place}扣关了",
    "UPS {ups} 今天到上海",
    "顺丰单号{sf}，明天到",
    "转国内了，{yt}，可以查物流了",
    "单号{jpost}是小包，大概{time}",
    "亲，您的包裹{ems}已于{date}清关放行",
    "物流显示{dhl}，重量{weight}，运费{rmb}",
    "这单拆成两个包裹：{sf}和{sf}",
    "国际段{ems}，国内段{yt}",
    # customs
    "报关单号{decl}，状态：已放行",
    "海关审单中，报关单{decl}",
    "清单编号{decl}，查验{date}完成",
    "HS编码{hs}，税率{taxrate}",
    "这个{model}的HS是{hs}，跨境综合税{taxrate}",
    "税费{tax}，已经代缴了",
    "关税{tax}，增值税{tax}，合计{rmb}",
    "跨境电商综合税率{taxrate}，单次限值{limit}",
    "个人年度限额{limit}元，你今年还剩{rmb}",
    "海关查验，集装箱{container}，预计{time}放行",
    "航班{flight}今天落地，明天清关",
    "货物申报价值{declval}，超了要补税",
    "超过{limit}的要走一般贸易",
    "海关咨询电话{hotline}",
    "这批货在{place}，{bonded}仓位",
    "保税仓编号{bonded}，发货时效{time}",
    "商家统一社会信用代码{credit}",
    "电商企业：{credit}，已备案",
    # prices / rates
    "今天汇率{rate}，{usd}算下来{rmb}",
    "日本官网{jpy}，折合{rmb}",
    "欧洲那边{eur}，加运费{rmb}",
    "美亚标价{usd}，用码{coupon}还能再减",
    "汇率按{rate}算，含税{rmb}",
    "乐天价格{jpy}，代购费{rmb}",
    "这款在德国药房{eur}，国内专柜要{rmb}",
    "运费{rmb}/kg，首重{weight}",
    "总重{weight}，体积重{weight}，按大的算",
    "{weight}的奶粉，{qty}一箱",
    "海外官网{eur}，汇率{rate}",
    "免税店{usd}，机场提货",
    "现在日元汇率{rate}，划算",
    # sku / barcode
    "ASIN：{sku}，{size}",
    "商品编码{sku}，条码{ean}",
    "条形码{ean}，是日本本土版的",
    "扫一下条码{ean}，看是不是正品",
    "货号{sku}，颜色黑色，{size}",
    "{model} {size}，条码{ean}",
    "SKU {sku} 缺货，换{sku}可以吗",
    "批号{ean}这个是{date}生产的",
    # shop phones / hotlines / postcode
    "店铺电话{shoptel}，营业时间10:00-20:00",
    "日本店的电话是{shoptel}，你自己问问？",
    "美国那边客服{shoptel}",
    "客服热线{hotline}，工作时间{clock}",
    "投诉打{hotline}",
    "EMS客服{hotline}，顺丰{hotline}",
    "银行客服{hotline}说要联系商户",
    "邮编{postcode}",
    "地址后面邮编写{postcode}就行",
    "转运仓在{place}，{shoptel}",
    # masked / bad
    "手机号{mmob}的顾客请注意查收",
    "邮箱{mmail}已绑定，报关通知会发到这个邮箱",
    "订购人：{mid}，支付人：{mid}",
    "身份证{mid}，信息不一致，清关失败",
    "收款卡{mcard}已退款{rmb}",
    "退款到尾号{tail4}的卡",
    "订购人{mid}，手机{mmob}，核对无误",
    "我记得卡号是{badcard}，好像少了一位？",
    "这个{badcard}系统提示卡号无效",
    "身份证{badid}提示校验不通过，您再核对一下",
    "系统说{badid}不是有效证件号",
    "验证码{vcode}，5分钟有效",
    "海关APP验证码是{vcode}",
    "驿站取件码{pickup}",
    "取件码{pickup}，已放菜鸟驿站",
    "丰巢取件码 {pickup}",
    # orders / payments
    "订单号{order}，{date}下的",
    "订单{order}什么时候发货",
    "支付单号{payno}，海关要推送支付单",
    "微信支付交易单号{payno}",
    "发票号{invoice}，金额{usd}",
    "invoice {invoice} 已上传",
    "优惠码{coupon}，结账的时候填，运费{rmb}",
    "用了{coupon}，省了{rmb}",
    "{date}截单，{qty}起发",
    "预计{date}到港，{time}内派送",
    "{date}前下单，{date}前到",
    "买了{qty}，每件{jpy}",
    "{model}现货，{rmb}包邮包税",
    "{model}，{usd}，重{weight}",
    "退货寄回{place}仓，单号写备注就行，{time}内处理",
)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
_TOKEN = re.compile(r"\{(\w+)(?:@([\w|]+))?\}")


def _markers(t):
    return [(m.group(1), m.group(2).split("|") if m.group(2) else None) for m in _TOKEN.finditer(t)]


def _allowed(name, restrict):
    kind = _MARK[name]
    fmts = [f for f, _ in _FMTS[kind]]
    if restrict:
        return [f for f in fmts if f in restrict]
    if kind == "address":
        return [f for f in fmts if f != "detail_only"]
    return fmts


def _pick_fmt(r, kind, allowed):
    tab = [(f, w) for f, w in _FMTS[kind] if f in allowed]
    return r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]


def _render(r, t, forced=None):
    forced = dict(forced or {})
    loc = r.choice(_LOCS)
    loc_used = False
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _TOKEN.finditer(t):
        text += t[pos:m.start()]
        pos = m.end()
        name, restr = m.group(1), m.group(2)
        if name == "region":
            p, c, d, _ = loc
            text += f"{p} {c} {d}" if p else f"{c} {d}"
            continue
        if name in _MARK:
            kind = _MARK[name]
            allowed = _allowed(name, restr.split("|") if restr else None)
            fmt = forced.pop(kind, None) if forced.get(kind) in allowed else None
            fmt = fmt or _pick_fmt(r, kind, allowed)
            if kind == "address":
                use = loc if not loc_used else r.choice(_LOCS)
                loc_used = True
                pre, val, post = _g_addr(r, fmt, use)
            else:
                pre, val, post = _GEN[kind](r, fmt)
            text += pre
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(fmt)
            text += val + post
            continue
        nk, fn = _NEAR[name]
        val = fn(r)
        nms.append((nk, len(text), len(text) + len(val)))
        text += val
    text += t[pos:]
    return text, ents, fmts, nms


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []
    # forced formats: each (kind, fmt) into 4 distinct compatible templates
    for kind, tab in _FMT_TABLES:
        for fmt, _ in tab:
            cands = [i for i, t in enumerate(_PII_T)
                     if any(_MARK.get(n) == kind and fmt in _allowed(n, rs) for n, rs in _markers(t))]
            for i in r.sample(cands, min(4, len(cands))):
                rows.append(_render(r, _PII_T[i], {kind: fmt}))
                tids.append(f"P{i}")
    for rep in range(7):
        for i, t in enumerate(_PII_T):
            rows.append(_render(r, t))
            tids.append(f"P{i}")
    for rep in range(7):
        for i, t in enumerate(_NEAR_T):
            rows.append(_render(r, t))
            tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    tids = [tids[i] for i in order]
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame({
        "text": [x[0] for x in rows],
        "entities": [x[1] for x in rows],
        "formats": [x[2] for x in rows],
        "near_misses": [x[3] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind30_corpus() -> pd.DataFrame:
    """The thirtieth blind corpus (cross-border e-commerce / customs / 代购)."""
    return _build()


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
_MOB_RE = re.compile(r"1[3-9]\d{9}")
_MAIL_RE = re.compile(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")
_PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·\s]?[A-Z0-9]{5,6}")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d)$")
_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道", "自治区")


def _check_value(kind, v):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert _MOB_RE.fullmatch(n), v
    elif kind == "id_card":
        assert _id_ok(n), v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "email":
        assert _MAIL_RE.fullmatch(v), v
    elif kind == "landline":
        assert n.isdigit() and (len(n) in (8,) or (n[0] == "0" and 10 <= len(n) <= 12)), v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 10 and n[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert _PLATE_RE.fullmatch(v), v
    elif kind == "address":
        assert _ADDR_END.search(v), v
        assert "：" not in v and ":" not in v and "\n" not in v, v
        assert any(u in v[:12] for u in _ADDR_START), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            _check_value(k, v)
            # values are not glued to more digits / letters of the same run
            glue = str.isalnum if k in ("email", "wechat") else str.isdigit
            if s > 0 and text[s - 1].isascii() and glue(text[s - 1]):
                assert text[:s].endswith("86"), (k, v, text)
            if e < len(text) and text[e].isascii() and glue(text[e]):
                raise AssertionError((k, v, text))
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOB_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind30_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

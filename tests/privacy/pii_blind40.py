"""Fortieth blind PII corpus (``split == "blind40"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十五位写手")
under the blind-corpus rules: it did NOT read anything under
``toolkit/privacy/`` except the lines of ``toolkit/privacy/mask.py`` that
define ``PII_KINDS`` and ``PLACEHOLDERS``; it read lines 1-100 and the last 45
lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only)
and no other corpus or test, nor ``bench/``, ``docs/``, the README or git
history.  It never imported ``toolkit`` and never ran any masking / finding
function on this data.  Values, chat contexts and labels come only from the
writer's own idea of what owners and staff of the pet trade type in WeCom.

What is different here: the PETS trade.  Messages are WeCom 1:1 and group
chats between staff of veterinary clinics / pet hospitals, pet shops,
grooming and boarding shops, pet-insurance claim desks, pet-food
subscriptions and adoption groups, and their customers.  Owners give mobiles
(often of two family members), home-visit and delivery addresses, ID numbers
for insurance and adoption contracts, bank cards for refunds and claims,
WeChat / QQ ids, e-mails for reports and invoices, car plates for pick-up.
Near-misses are those of the trade: pet microchip numbers (15 digits, 156 /
900 prefixes), vaccine batch numbers, dog-licence (犬证) numbers, weights,
ages, body temperatures, heart rates, lab values, dosages, appointment and
adoption-application numbers, cage / boarding-room numbers (``寄养3号笼``),
consulting rooms, order / tracking / invoice / payment-serial numbers,
policy and claim numbers, member numbers, prices, dates, 400 / 800 / 95xxx
hotlines, masked values and tail digits, places without house numbers.

Label rules: a span holds the value only.  Cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (``转806``, ``-806``, ``分机806``)
are outside; separators inside a value (spaces, dashes, ``·``, parentheses
around an area code) are inside.  An address runs from its first place unit
(province / city / district / road / estate / town / village) to its last
house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 组 or a bare room number
like ``1502`` / ``3-2-1502``).  A place alone is a near-miss, not an address.
No names are labelled (only roles: 本人, 家属, 我老公 ...).  A mobile written
as a WeChat id ("微信同号") is not used, to keep the labels unambiguous.

Seed
----
``SEED = "blind40-2026-pets-第四十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here; every near-miss whose
digits are 16-19 long fails Luhn and every 18-digit one fails the ID check.
Each format is first forced 5 times into 5 different templates holding a
marker of its kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity, same
order), ``near_misses`` (list of ``(near_kind, start, end)``), ``split``
(always ``"blind40"``).

Counts (``python tests/privacy/pii_blind40.py``)
-----------------------------------------------
rows=1540, pii_rows=880, near_rows=660, entities=1248
(mobile 303, address 209, bank_card 126, email 121, id_card 119, wechat 116, landline 96, plate 83, qq 75);
near-miss spans=1065 (960 in near-miss rows), 26 near-miss kinds
(price 141, date_time 126, weight 74, age 58, cage_no 57, dosage 55, vaccine_batch 49, order_no 43, hotline 43, temperature 41, chip_no 38, policy_no 35, txn_no 31, tracking_no 30, appt_no 30, invoice_no 29, masked 28, verify_code 28, claim_no 28, city_only 21, dog_license 19, room_no 16, member_no 16, lab_value 12, tail_digits 12, heart_rate 5);
formats=44 distinct (mobile 4, landline 5, email 6, id_card 4, bank_card 6,
qq 3, wechat 5, plate 4, address 7), each used >= 5 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind40-2026-pets-第四十五位写手"
SPLIT = "blind40"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 880
N_NEAR_ROWS = 660
FORCE_PER_FMT = 5

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


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


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·().（）]", "", v)


def _digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# --------------------------------------------------------------------------- value generators
# each returns (outside_prefix, value, outside_suffix)

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)


def _mobile_raw(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def g_mobile(rng, fmt):
    n = _mobile_raw(rng)
    if fmt == "plain_11":
        return "", n, ""
    if fmt == "space_344":
        return "", f"{n[:3]} {n[3:7]} {n[7:]}", ""
    if fmt == "dash_344":
        return "", f"{n[:3]}-{n[3:7]}-{n[7:]}", ""
    if fmt == "prefix_86":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), n, ""
    raise KeyError(fmt)


AREA_CODES = (
    "010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0755", "0571", "0512", "0532",
    "0531", "0591", "0592", "0731", "0371", "0411", "0451", "0871", "0851", "0574", "0757", "0769",
)


def g_landline(rng, fmt):
    a = rng.choice(AREA_CODES)
    loc = _digits(rng, 8, "2345678")
    if fmt == "area_dash":
        return "", f"{a}-{loc}", ""
    if fmt == "area_plain":
        return "", a + loc, ""
    if fmt == "paren_area":
        l, r = rng.choice((("(", ")"), ("（", "）")))
        return "", f"{l}{a}{r}{loc}", ""
    if fmt == "area_dash_ext":
        return "", f"{a}-{loc}", rng.choice(("转806", "-8023", "转 6602", "分机312", "转2201"))
    if fmt == "local_8":
        return "", loc, ""
    raise KeyError(fmt)


PINYIN = ("xiaoyu", "mengmeng", "doudou", "huahua", "lele", "tangyuan", "xiaoxue", "jiajia", "nuomi", "keji",
          "miaomiao", "guaiguai", "duoduo", "qiuqiu", "bubu", "naicha", "xiaobai", "kele", "dahuang", "pipi")
PINYIN2 = ("ma", "ba", "mama", "baba", "jiejie", "ge", "love", "cat", "dog", "home", "lin", "chen", "yang")


def g_email(rng, fmt):
    if fmt == "qq_numeric":
        return "", _digits(rng, rng.choice((8, 9, 10)), "123456789") + rng.choice(("@qq.com", "@qq.com", "@QQ.com")), ""
    if fmt == "netease_alnum":
        u = rng.choice(PINYIN) + rng.choice(("", "_")) + str(rng.randint(1, 2024)).zfill(rng.choice((2, 4)))
        return "", u + rng.choice(("@163.com", "@126.com", "@yeah.net")), ""
    if fmt == "dotted_name":
        u = rng.choice(PINYIN) + "." + rng.choice(PINYIN2)
        return "", u + rng.choice(("@outlook.com", "@gmail.com", "@hotmail.com", "@icloud.com")), ""
    if fmt == "underscore_name":
        u = rng.choice(PINYIN) + "_" + rng.choice(PINYIN2) + rng.choice(("", str(rng.randint(1, 99))))
        return "", u + rng.choice(("@sina.com", "@foxmail.com", "@sohu.com", "@139.com")), ""
    if fmt == "corp_domain":
        u = rng.choice(PINYIN) + rng.choice(("", ".", "_")) + rng.choice(PINYIN2)
        d = rng.choice(("huayu-tech.com", "xinrui.com.cn", "tongda-logistics.cn", "jkbio.com.cn", "mingde-edu.cn"))
        return "", f"{u}@{d}", ""
    if fmt == "fullwidth_at":
        u = rng.choice(PINYIN) + str(rng.randint(10, 999))
        return "", u + rng.choice(("＠163.com", "＠qq.com", "＠126.com")), ""
    raise KeyError(fmt)


REGIONS = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304", "330106",
           "330108", "320102", "320106", "510107", "510104", "420106", "420111", "370202", "210203", "500103",
           "500112", "610113", "430104", "350203", "130102", "410105", "120104", "530102", "330203", "320505")


def _id_body(rng):
    y = rng.randint(1962, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{rng.choice(REGIONS)}{y}{m:02d}{d:02d}{rng.randint(0, 999):03d}"


def g_id_card(rng, fmt):
    while True:
        b = _id_body(rng)
        c = _id_check(b)
        if fmt in ("check_X_upper", "check_x_lower") and c != "X":
            continue
        if fmt == "digits_18" and c == "X":
            continue
        break
    v = b + c
    if fmt == "check_x_lower":
        v = v.lower()
    if fmt == "space_6_8_4":
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return "", v, ""


BIN19 = ("622202", "621700", "622848", "621226", "622262", "621661", "623058", "621799", "622208", "621467")
BIN16 = ("622588", "621483", "622609", "625907", "622155", "628288")
VISA = ("438088", "427020", "404117", "456351", "489592")
MASTER = ("524094", "552599", "518905", "540297")


def _card(rng, bin_, n):
    body = bin_ + _digits(rng, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def _grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def g_bank_card(rng, fmt):
    if fmt == "unionpay_19_plain":
        return "", _card(rng, rng.choice(BIN19), 19), ""
    if fmt == "unionpay_16_plain":
        return "", _card(rng, rng.choice(BIN16), 16), ""
    if fmt == "space_4_group":
        c = _card(rng, rng.choice(BIN19), 19) if rng.random() < 0.6 else _card(rng, rng.choice(BIN16), 16)
        return "", _grp4(c), ""
    if fmt == "visa_16":
        c = _card(rng, rng.choice(VISA), 16)
        return "", c if rng.random() < 0.5 else _grp4(c), ""
    if fmt == "master_16":
        c = _card(rng, rng.choice(MASTER), 16)
        return "", c if rng.random() < 0.5 else _grp4(c), ""
    if fmt == "domestic95_19":
        return "", _card(rng, rng.choice(("955880", "95599")), 19), ""
    raise KeyError(fmt)


def g_qq(rng, fmt):
    if fmt == "digits_6_8":
        return "", _digits(rng, rng.choice((6, 7, 8)), "123456789"), ""
    if fmt == "digits_9":
        return "", _digits(rng, 9, "123456789"), ""
    if fmt == "digits_10":
        return "", _digits(rng, 10, "123"), ""
    raise KeyError(fmt)


WX_WORDS = ("doudou", "mimi", "nuomi", "keji", "bomei", "taidi", "buou", "yingduan", "chaiquan", "xiaobai",
            "naicha", "tangyuan", "dudu", "lucky", "coco", "momo", "mao", "gou", "pet", "jinmao")


def g_wechat(rng, fmt):
    if fmt == "word_digits":
        return "", rng.choice(WX_WORDS) + rng.choice(PINYIN2) + str(rng.randint(1, 2024)), ""
    if fmt == "underscore":
        return "", rng.choice(WX_WORDS) + "_" + rng.choice(PINYIN2) + rng.choice(("", str(rng.randint(1, 999)))), ""
    if fmt == "dash":
        return "", rng.choice(WX_WORDS) + "-" + rng.choice(PINYIN2) + "-" + str(rng.randint(1, 99)), ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "camel":
        w = rng.choice(WX_WORDS)
        return "", w[0].upper() + w[1:] + rng.choice(PINYIN2).capitalize() + rng.choice(("", "520", "88", "1314")), ""
    raise KeyError(fmt)


PROVS = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(rng):
    cs = [rng.choice("0123456789") for _ in range(5)]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        cs[rng.randrange(5)] = rng.choice(PLATE_LET)
    return "".join(cs)


def g_plate(rng, fmt):
    p = rng.choice(PROVS) + rng.choice("ABCDEFGH")
    if fmt == "blue_7":
        return "", p + _plate_tail(rng), ""
    if fmt == "green_8":
        return "", p + rng.choice("DF") + _digits(rng, 5), ""
    if fmt == "dot_sep":
        return "", p + "·" + _plate_tail(rng), ""
    if fmt == "space_sep":
        return "", p + " " + _plate_tail(rng), ""
    raise KeyError(fmt)


PLACES = (
    ("北京市", "", "朝阳区", ("望京街", "酒仙桥路", "朝阳北路"), ("望京西园三区", "远洋天地", "首开香榭里")),
    ("北京市", "", "海淀区", ("清河中街", "永定路", "学院路"), ("当代城市家园", "万柳书院", "育新花园")),
    ("上海市", "", "浦东新区", ("张杨路", "锦绣路", "东方路"), ("仁恒滨江园", "金桥新城", "联洋花园")),
    ("上海市", "", "闵行区", ("七莘路", "虹井路", "莘松路"), ("万科城市花园", "春申景城", "名都城")),
    ("广东省", "深圳市", "南山区", ("桃园路", "南海大道", "科技南十二路"), ("海月花园", "蔚蓝海岸", "南山花园")),
    ("广东省", "广州市", "天河区", ("天河北路", "体育西路", "中山大道西"), ("华景新城", "骏景花园", "天河公园苑")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("嘉绿苑", "翠苑一区", "西溪诚园")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "草场门大街", "湖南路"), ("金陵世纪花园", "龙江小区", "阅江苑")),
    ("四川省", "成都市", "武侯区", ("科华北路", "佳灵路", "人民南路四段"), ("棕北小区", "锦绣花园", "红牌楼小区")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "光谷大道"), ("保利花园", "光谷青年城", "南湖山庄")),
    ("山东省", "青岛市", "市南区", ("香港中路", "闽江路", "山东路"), ("海信慧园", "金海花园", "青岛花园")),
    ("陕西省", "西安市", "雁塔区", ("科技路", "小寨东路", "高新路"), ("枫叶新都市", "紫薇田园都市", "曲江池小区")),
    ("重庆市", "", "渝北区", ("红锦大道", "金开大道", "新牌坊一路"), ("龙湖新壹城", "金科天湖美镇", "棕榈泉花园")),
    ("天津市", "", "南开区", ("卫津路", "复康路", "鞍山西道"), ("华苑小区", "王顶堤小区", "天大六村")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "嘉禾路"), ("莲花五村", "瑞景新村", "金山小区")),
    ("湖南省", "长沙市", "岳麓区", ("枫林三路", "银盆南路", "麓山南路"), ("梅溪湖壹号", "麓谷小镇", "银盆岭小区")),
)
RURAL = (
    ("河北省", "保定市", "清苑区", "冉庄镇", "东街村"), ("山东省", "临沂市", "兰山区", "白沙埠镇", "孝友村"),
    ("河南省", "郑州市", "中牟县", "官渡镇", "西街村"), ("江苏省", "苏州市", "吴中区", "临湖镇", "牛桥村"),
    ("浙江省", "宁波市", "鄞州区", "姜山镇", "茅东村"), ("四川省", "成都市", "郫都区", "友爱镇", "农科村"),
)


def _bld(rng):
    b = rng.randint(1, 32)
    u = rng.randint(1, 6)
    r = rng.randint(2, 33) * 100 + rng.randint(1, 4)
    return rng.choice((
        f"{b}栋{u}单元{r}室", f"{b}栋{u}单元{r}", f"{b}号楼{u}单元{r}", f"{b}幢{r}室", f"{b}栋{r}",
        f"{b}号楼{r}室", f"{b}幢{u}单元{r}",
    ))


def g_address(rng, fmt):
    prov, city, dist, roads, estates = rng.choice(PLACES)
    road = rng.choice(roads) + f"{rng.randint(1, 399)}号"
    est = rng.choice(estates)
    if fmt == "prov_full":
        v = prov + city + dist + road + est + _bld(rng)
    elif fmt == "city_full":
        v = (city or prov) + dist + rng.choice((road, "")) + est + _bld(rng)
    elif fmt == "district_start":
        v = dist + rng.choice((road, "")) + est + _bld(rng)
    elif fmt == "estate_start":
        v = est + rng.choice(("", "二期", "东区", "北区")) + _bld(rng)
    elif fmt == "road_start":
        v = road + rng.choice((est, "")) + _bld(rng)
    elif fmt == "dash_room":
        b, u, r = rng.randint(1, 30), rng.randint(1, 6), rng.randint(2, 28) * 100 + rng.randint(1, 4)
        v = rng.choice((dist, city + dist if city else prov + dist, "")) + est + f"{b}-{u}-{r}"
    elif fmt == "rural_village":
        p, c, d, t, vil = rng.choice(RURAL)
        v = rng.choice((p + c, c, "")) + d + t + vil + rng.choice((f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                                                                    f"{rng.randint(1, 200)}号"))
    else:
        raise KeyError(fmt)
    return "", v, ""


FORMATS = {
    "mobile": (("plain_11", 6), ("space_344", 2), ("dash_344", 1), ("prefix_86", 1)),
    "landline": (("area_dash", 5), ("area_plain", 2), ("paren_area", 2), ("area_dash_ext", 2), ("local_8", 1)),
    "email": (("qq_numeric", 4), ("netease_alnum", 3), ("dotted_name", 2), ("underscore_name", 2),
              ("corp_domain", 1), ("fullwidth_at", 1)),
    "id_card": (("digits_18", 8), ("check_X_upper", 2), ("check_x_lower", 1), ("space_6_8_4", 1)),
    "bank_card": (("unionpay_19_plain", 6), ("unionpay_16_plain", 3), ("space_4_group", 3), ("visa_16", 1),
                  ("master_16", 1), ("domestic95_19", 2)),
    "qq": (("digits_6_8", 2), ("digits_9", 4), ("digits_10", 4)),
    "wechat": (("word_digits", 4), ("underscore", 3), ("dash", 1), ("wxid", 2), ("camel", 2)),
    "plate": (("blue_7", 6), ("green_8", 3), ("dot_sep", 1), ("space_sep", 1)),
    "address": (("prov_full", 3), ("city_full", 3), ("district_start", 3), ("estate_start", 2),
                ("road_start", 1), ("dash_room", 2), ("rural_village", 1)),
}
GEN = {"mobile": g_mobile, "landline": g_landline, "email": g_email, "id_card": g_id_card,
       "bank_card": g_bank_card, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address}

# --------------------------------------------------------------------------- near-miss generators


def _date(rng):
    y, m, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{m}月{d}号", f"{m}月{d}日", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}"))


def n_date_time(rng):
    return rng.choice((
        _date(rng), f"{_date(rng)} {rng.randint(8, 20)}:{rng.choice(('00', '30', '15', '45'))}",
        f"周{rng.choice('一二三四五六日')}{rng.choice(('上午', '下午', ''))}{rng.choice('两三四五九十')}点",
        f"明天{rng.randint(9, 18)}:{rng.choice(('00', '30'))}", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}号下午{rng.randint(1, 5)}点",
    ))


def n_weight(rng):
    return rng.choice((f"{rng.randint(1, 9)}.{rng.randint(0, 9)}kg", f"{rng.randint(2, 40)}斤",
                       f"{rng.randint(2, 35)}.{rng.randint(1, 9)}公斤", f"{rng.randint(3, 9)}{rng.randint(0, 9)}0g",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}KG"))


def n_age(rng):
    return rng.choice((f"{rng.randint(2, 11)}个月", f"{rng.randint(1, 15)}岁", f"{rng.randint(1, 9)}岁{rng.randint(1, 11)}个月",
                       f"{rng.randint(1, 12)}岁半", f"{rng.randint(6, 16)}周"))


def n_temperature(rng):
    return rng.choice((f"{rng.randint(37, 40)}.{rng.randint(0, 9)}℃", f"{rng.randint(38, 40)}.{rng.randint(0, 9)}度",
                       f"{rng.randint(37, 40)}.{rng.randint(0, 9)}°C"))


def n_heart_rate(rng):
    return rng.choice((f"{rng.randint(90, 220)}次/分", f"{rng.randint(90, 220)}bpm", f"{rng.randint(20, 60)}次/分钟"))


def n_dosage(rng):
    return rng.choice((f"{rng.choice(('0.5', '0.3', '1', '1.5', '2', '0.25'))}ml", f"{rng.choice(('1/4', '1/2', '半', '1'))}片",
                       f"{rng.choice(('5', '10', '2.5', '12.5'))}mg/kg", f"{rng.choice(('0.1', '0.2', '0.4'))}毫升", f"{rng.randint(1, 3)}粒"))


def n_lab_value(rng):
    return rng.choice((f"{rng.randint(5, 40)}.{rng.randint(0, 9)}×10^9/L", f"{rng.randint(3, 30)}.{rng.randint(0, 9)}mmol/L",
                       f"{rng.randint(20, 600)}U/L", f"{rng.randint(40, 300)}μmol/L"))


def n_chip_no(rng):
    return rng.choice(("900", "156", "900", "985")) + _digits(rng, 12)


def n_vaccine_batch(rng):
    return rng.choice((f"A{rng.randint(2022, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 99):02d}",
                       f"{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('ABC')}",
                       rng.choice("ABCLNR") + _digits(rng, rng.choice((6, 7, 8))),
                       f"{_digits(rng, 9, '12')}", f"{rng.choice(('BJ', 'SH', 'HN', 'ZL'))}{_digits(rng, 8)}"))


def n_dog_license(rng):
    c = rng.choice(("京", "沪", "杭", "穗", "深", "宁", "蓉"))
    return rng.choice((f"{c}犬字第{_digits(rng, 6)}号", f"{rng.randint(2019, 2025)}{_digits(rng, 6)}",
                       f"{c}{rng.randint(2019, 2025)}-{_digits(rng, 6)}", f"No.{_digits(rng, 8)}"))


def n_appt_no(rng):
    return rng.choice((f"{rng.choice('ABYM')}{_digits(rng, 4)}", f"{_date(rng).replace('-', '')}-{rng.randint(1, 60):02d}",
                       f"YY{_digits(rng, 10)}", f"LY-{rng.randint(2023, 2025)}-{_digits(rng, 4)}", _digits(rng, 6, "123456789")))


def n_cage_no(rng):
    return rng.choice((f"{rng.randint(1, 30)}号笼", f"{rng.randint(1, 20)}号房", f"{rng.choice('ABC')}区{rng.randint(1, 30)}号",
                       f"猫舍{rng.randint(1, 12)}号房", f"{rng.randint(1, 3)}0{rng.randint(1, 9)}房", f"大型犬{rng.randint(1, 8)}号位"))


def n_room_no(rng):
    return rng.choice((f"{rng.randint(1, 9)}号诊室", f"{rng.randint(2, 4)}楼美容室", f"住院部{rng.randint(1, 12)}号",
                       f"{rng.choice('AB')}{rng.randint(1, 9)}诊室", f"{rng.randint(2, 4)}楼猫科诊室"))


def n_order_no(rng):
    return rng.choice((_digits(rng, 19, "1234"), _digits(rng, 18, "1234"), f"DD{_digits(rng, 14, '2')}",
                       f"PO{_digits(rng, 10)}", _digits(rng, 12, "2"), f"{_digits(rng, 6, '2')}-{_digits(rng, 15)}"))


def n_tracking_no(rng):
    return rng.choice((f"SF{_digits(rng, 13, '1')}", f"JT{_digits(rng, 13)}", f"YT{_digits(rng, 13)}",
                       _digits(rng, 14, "7"), f"JD{_digits(rng, 13)}", _digits(rng, 13, "9")))


def n_txn_no(rng):
    return rng.choice((f"42000{_digits(rng, 23)}", f"{rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}22001{_digits(rng, 15)}",
                       _digits(rng, 19, "3456789"), _digits(rng, 16, "3456789")))


def n_policy_no(rng):
    return rng.choice((f"P{_digits(rng, 17)}", _digits(rng, 18, "6789"), f"{rng.choice(('PET', 'ZA', 'CW'))}{_digits(rng, 14)}",
                       _digits(rng, 22, "1"), f"A{_digits(rng, 19)}"))


def n_claim_no(rng):
    return rng.choice((f"LP{_digits(rng, 13)}", f"CL{rng.randint(2023, 2025)}{_digits(rng, 8)}", _digits(rng, 20, "9"),
                       f"{rng.randint(2023, 2025)}PA{_digits(rng, 9)}"))


def n_invoice_no(rng):
    return rng.choice((_digits(rng, 8, "0"), _digits(rng, 20, "2"), f"NO.{_digits(rng, 8)}"))


def n_member_no(rng):
    return rng.choice((_digits(rng, 8, "1"), _digits(rng, 10, "8"), f"VIP{_digits(rng, 6)}", f"M{_digits(rng, 9)}"))


def n_verify_code(rng):
    return _digits(rng, rng.choice((4, 6, 6)))


def n_price(rng):
    p = rng.choice((45, 68, 88, 128, 199, 268, 299, 368, 480, 599, 880, 1280, 1999, 3600, 4580))
    return rng.choice((f"¥{p}", f"{p}元", f"{p}.00", f"￥{p}", f"{p}块", f"{p}元/天", f"¥{p}.5"))


def n_hotline(rng):
    return rng.choice((f"400-{_digits(rng, 3, '1236789')}-{_digits(rng, 4)}", f"400{_digits(rng, 7)}",
                       f"800-{_digits(rng, 3)}-{_digits(rng, 4)}", "95511", "95500", "95519", "95518",
                       f"4008-{_digits(rng, 3)}-{_digits(rng, 3)}"))


def n_masked(rng):
    m = _mobile_raw(rng)
    c = _card(rng, rng.choice(BIN19), 19)
    i = _id_body(rng)
    return rng.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{c[:4]} **** **** {c[-4:]}", f"{c[:6]}*********{c[-4:]}",
                       f"{i[:4]}**********{_digits(rng, 3)}{rng.choice('0123456789X')}", f"{m[:3]}xxxx{m[7:]}"))


def n_tail_digits(rng):
    return _digits(rng, 4)


def n_city_only(rng):
    return rng.choice(("杭州西湖区", "深圳南山", "浦东新区", "万达广场店", "望京那边", "天河区", "朝阳公园附近",
                       "西溪湿地旁边", "光谷", "武侯区", "滨江区", "南京鼓楼", "成都高新区", "龙湖天街店", "宝龙广场"))


NEAR = {k[2:]: v for k, v in globals().items() if k.startswith("n_") and callable(v)}


def _near_ok(v: str) -> bool:
    n = _norm(v)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    return True


# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "您好，我家狗狗明天想约个上门洗澡，地址{address}，电话{mobile}",
    "{mobile} 这个是我手机号，到了楼下打我电话就行",
    "麻烦上门接一下猫，{address}，到了给我打{mobile}🙏",
    "手机号：{mobile}\n地址：{address}\n宠物：英短蓝猫，体重{n:weight}",
    "我的身份证号{id_card}，领养协议上要填的是这个吧",
    "领养人身份证：{id_card}\n联系电话：{mobile}\n现住址：{address}",
    "宠物险理赔需要被保险人身份证号，我的是{id_card}，银行卡{bank_card}",
    "退款打到这张卡就行 {bank_card} 建设银行",
    "卡号{bank_card}，开户行招商银行杭州分行，理赔款打这里",
    "理赔收款账户：{bank_card}（工行）",
    "我QQ是{qq}，病历照片可以发我QQ邮箱{email}",
    "加我微信吧 {wechat}，猫咪照片方便发",
    "我微信号{wechat}，搜不到的话搜手机号{mobile}",
    "VX：{wechat}",
    "发票发我邮箱 {email} 谢谢",
    "化验单麻烦发到{email}，我打印给另一家医院看看",
    "明天下午我开车过来接狗，车牌{plate}，白色的",
    "{plate} 这是我老公的车，他来接寄养的猫",
    "停车场登记下车牌：{plate}，我们10点到",
    "我留个家里座机{landline}，手机经常静音",
    "家里电话{landline}，白天没人接就打手机{mobile}",
    "公司座机{landline}，有事找前台转我",
    "订粮的收货地址改一下：{address}",
    "猫粮月订改地址了啊，新地址是{address}，收件电话不变",
    "收件人电话{mobile} 地址{address} 这个月的狗粮别寄错了",
    "我住{address}，你们上门美容覆盖这边吗",
    "{address} 这个地址能上门打疫苗吗？狗狗{n:age}了",
    "寄养的时候紧急联系人填我妈的手机{mobile}，我的是{mobile}",
    "紧急联系人：{mobile}（本人）/{mobile}（家属）",
    "我扣扣{qq}，微信{wechat}，都行",
    "qq号{qq} 加一下 发你狗狗的检查报告",
    "领养回访可以联系我QQ {qq} 或者邮箱{email}",
    "身份证{id_card} 手机{mobile} 这是登记犬证要用的信息吧？",
    "保单上被保险人身份证号填错了，正确的是{id_card}",
    "我把身份证号再发一遍：{id_card}",
    "{id_card}\n这是我身份证，麻烦帮忙填下宠物险投保单",
    "退押金的卡：{bank_card}\n户名本人",
    "农行卡{bank_card}，寄养押金退到这个就行，谢谢啦😊",
    "储蓄卡{bank_card} 中国银行",
    "信用卡{bank_card}可以退吗？当时刷的这张",
    "我自己开车来接，车牌{plate}，停你们店门口可以吗",
    "我们开{plate}的车过来，保安那边帮忙登记一下",
    "📍{address}\n📞{mobile}",
    "地址：{address} 电话：{mobile} 明天上午送两袋皇家k36",
    "快递寄到{address}，电话{mobile}，到付也可以",
    "我不在家，放{address}门口就行，有问题打{landline}",
    "我的微信：{wechat}（头像是只柯基）",
    "你加我一下，微信号是{wechat}，不是手机号哈",
    "{wechat} 这个是我微信，通过下，我发疫苗本照片",
    "邮箱是{email}，麻烦把体检报告pdf发过来",
    "email: {email}",
    "{email}这个邮箱收得到吗 上次发的没收到",
    "麻烦把电子发票开到{email}，抬头个人",
    "我再留个qq吧{qq}，微信老是收不到文件",
    "QQ：{qq}（备注猫粮）",
    "扣扣 {qq}",
    "寄养合同上写的地址是老地址，现在住{address}",
    "领养协议填好了：\n身份证号：{id_card}\n住址：{address}\n手机：{mobile}\n微信：{wechat}",
    "理赔资料：被保人身份证{id_card}，收款卡号{bank_card}，联系电话{mobile}",
    "开户行：建行 卡号：{bank_card} 手机：{mobile}",
    "上门喂猫的地址 {address} 门锁密码我晚点单独发你",
    "接宠车到了吗？我在{address}楼下，电话{mobile}",
    "你好 我想预约绝育 手机{mobile} 猫咪{n:age} 体重{n:weight}",
    "预约号{n:appt_no}，我手机号是{mobile}",
    "我老公手机{mobile}，他下午过来接狗，开的{plate}",
    "打{landline}找我也行",
    "座机：{landline}",
    "店里电话打不通，我留个座机{landline}你们回个电话",
    "{landline} 家里的，晚上七点后有人",
    "订单{n:order_no}的收货手机改成{mobile}",
    "订单号{n:order_no}，退款退回原卡{bank_card}就行",
    "宠物保险保单号{n:policy_no}，被保险人身份证{id_card}",
    "理赔案号{n:claim_no}，收款账户{bank_card}，户主本人",
    "寄养{n:cage_no}那只橘猫是我的，我车牌{plate}，下午三点来接",
    "芯片号{n:chip_no}，主人电话{mobile}，麻烦帮忙登记一下",
    "犬证号{n:dog_license}，登记地址{address}",
    "{mobile}\n{address}\n周六上午上门洗护",
    "{n:date_time}上门，地址{address}",
    "宝宝体温{n:temperature}，吃了{n:dosage}药，有情况打{mobile}",
    "我的手机号码是{mobile}哦，刚才发错了一位",
    "电活{mobile}，是本人，打不通就发短信",
    "那就麻烦送货到{address}吧，谢谢😊",
    "可以寄到公司吗？{address}，前台代收，座机{landline}",
    "要不你们发邮件吧，{email}，我在外地出差",
    "邮箱：{email}\n手机：{mobile}",
    "我车是{plate}，停在你们店门口了，帮忙把航空箱拿出来下",
    "接猫的是我朋友，开一辆白色的suv {plate}",
    "车牌号 {plate} 能进你们地下车库吗",
    "宠物医院停车要登记吗 我的车{plate}",
    "卡号发你了 {bank_card}，退款大概几天到？",
    "{bank_card}\n招行 本人卡",
    "身份证号码：{id_card}",
    "领养人信息 {id_card} 本人承诺科学喂养不弃养",
    "麻烦帮我查一下，我是用{mobile}注册的会员",
    "会员手机号{mobile}，积分帮我兑一下猫砂",
    "美团下单的上门喂猫，联系电话{mobile}，钥匙在{address}门口的密码箱里",
    "可以加我QQ{qq}吗，我把狗狗的视频传给你们医生看看",
    "我的微信{wechat}，麻烦拉我进领养群",
    "@客服 我家地扯{address}，周三上门驱虫可以吗",
    "麻烦把体检报告发我老婆邮箱{email}，她手机是{mobile}",
    "上次寄养登记的是{mobile}，现在换号了，新号{mobile}",
    "手机号改成{mobile}了，之前那个{n:masked}不用了",
    "银行卡尾号对不上，我重新发下完整的：{bank_card}",
    "身份证正反面照片发不过去，我直接打字：{id_card}",
    "我的身份证{id_card}，我老公的{id_card}，两个都要填吗",
    "车牌{plate}和{plate}都是我家的，哪个来都行",
    "地址是{address}，小区进门要登记，报我手机号{mobile}就行",
    "收货信息：{address}，{mobile}",
    "快递到付，{address}，电话{landline}，工作日有人",
    "领养的小猫回访可以发邮件{email}或者QQ{qq}",
    "狗狗寄养延长三天，有事联系我微信{wechat}或者电话{mobile}",
    "医生您好，我是昨天做绝育的布偶家长，手机{mobile}，今天她不吃东西😭",
    "【预约确认】手机号{mobile}，预约时间{n:date_time}，地址{address}",
    "已登记：车牌{plate}，接宠时间{n:date_time}",
    "已为您登记退款账户{bank_card}，金额{n:price}，预计3-5个工作日到账",
    "已收到您的身份证号{id_card}，理赔材料正在审核",
    "好的，已备注收货地址：{address}",
    "好的，回访电话{mobile}已记录",
    "客服您好，被保险人身份证号{id_card}，宠物芯片号{n:chip_no}，申请理赔",
    "帮我改一下收件人手机号 {mobile} 老号停机了",
    "这个月猫粮寄到{address}  周末家里有人",
    "我们家在{address}，离你们店大概3公里，能上门吗",
    "家里座机是{landline}，手机{mobile}",
    "你们打我这个{landline}，我在单位",
    "🐶豆豆家长：{mobile}\n🐱咪咪家长：{mobile}",
    "{qq}是我qq",
    "我qq {qq}，邮箱就是{email}",
    "微信：{wechat} 加的时候备注领养",
    "{wechat}是我微信号，申请的时候写宠物医院",
    "加个v吧 {wechat}",
    "退不了原路的话退到我银行卡{bank_card}，{n:price}",
    "卡号：{bank_card}\n开户行：中国农业银行\n户名：本人",
    "邮箱{email}，发票抬头个人就行",
    "我车牌{plate}，已经在医院门口了，狗狗太重我一个人抱不动",
    "接宠登记：车牌{plate}，联系电话{mobile}",
    "我家在{address}，老人在家，座机{landline}",
    "投保人身份证：{id_card}\n宠物品种：柯基\n年龄：{n:age}",
    "住址{address}（电梯坏了，上门的时候辛苦爬楼）",
    "我QQ邮箱{email}和微信{wechat}都能收",
    "身份证号{id_card}，犬证办在{address}这个地址下",
    "联系方式 {mobile} / 微信 {wechat}",
    "加我qq：{qq}，我发你之前医院的病历",
    "座机{landline}或者手机{mobile}都可以，找宠物主人就行",
    "报销的话发票寄到{address}，收件电话{landline}",
    "寄养期间有事打我{mobile}，打不通打我爸{mobile}",
    "领养表：\n1. 身份证 {id_card}\n2. 电话 {mobile}\n3. 邮箱 {email}",
    "猫粮订阅续费了，卡是{bank_card}，发货地址还是{address}",
    "我想问下{plate}这个车牌能不能提前登记，周日来接猫",
    "QQ{qq} 微信{wechat} 电话{mobile} 都可以联系到我",
    "谢谢医生！报告发我邮箱吧：{email}",
    "{email}",
    "{mobile}",
    "👉{wechat}",
    "开发票，邮箱{email}，税号不用，个人",
    "帮我把理赔款打到{bank_card}这张卡，另一张停用了",
)

NEAR_TEMPLATES = (
    "豆豆今天体重{n:weight}，比上次重了一点",
    "体温{n:temperature}，有点发烧，先打一针观察",
    "芯片号{n:chip_no}，已经录入系统了",
    "疫苗批号{n:vaccine_batch}，下次加强针是{n:date_time}",
    "猫三联第二针打完了，批号{n:vaccine_batch}，{n:date_time}打第三针",
    "犬证号{n:dog_license}，年审到期了要续吗",
    "您的预约号是{n:appt_no}，请{n:date_time}到店",
    "寄养{n:cage_no}的小狗今天吃得很好，拉的也正常👍",
    "订单号{n:order_no}，猫粮什么时候发货",
    "快递单号{n:tracking_no}，显示已签收但是没收到",
    "这次体检一共{n:price}，含血常规和B超",
    "有问题可以打我们客服热线{n:hotline}",
    "保险客服电话{n:hotline}，报案时说保单号{n:policy_no}",
    "理赔案号{n:claim_no}，审核通过了，{n:price}已打款",
    "您尾号{n:tail_digits}的手机已收到预约短信",
    "退款已原路退回尾号{n:tail_digits}的卡",
    "登记的电话是{n:masked}，对吗？",
    "退款卡号{n:masked}，金额{n:price}",
    "驱虫药按体重吃，{n:weight}的话一次{n:dosage}",
    "消炎药一天两次，每次{n:dosage}，连吃7天",
    "狗狗{n:age}，{n:weight}，可以打狂犬了吗",
    "小猫{n:age}，体温{n:temperature}正常吗",
    "交易流水号{n:txn_no}，麻烦帮查一下退款进度",
    "会员卡号{n:member_no}，余额还有多少",
    "取件码{n:verify_code}，在小区门口驿站",
    "验证码{n:verify_code}发你了，帮我绑定一下会员",
    "发票号码{n:invoice_no}，已经开好了",
    "我在{n:city_only}，附近有你们的门店吗",
    "心率{n:heart_rate}，有点快，先别激动它",
    "{n:date_time}那天带去打的疫苗，批号是{n:vaccine_batch}",
    "狗粮订阅每月{n:price}，{n:date_time}自动扣款",
    "洗澡美容小型犬{n:price}，中型犬{n:price}",
    "寄养{n:price}一天，{n:cage_no}有空位",
    "诊室在{n:room_no}，挂号后直接上去",
    "体重{n:weight}，体温{n:temperature}，心率{n:heart_rate}，精神还可以",
    "预约单号{n:appt_no}取消了，改到{n:date_time}",
    "您的宠物险保单号：{n:policy_no}，生效日期{n:date_time}",
    "芯片扫出来是{n:chip_no}，跟领养档案一致",
    "{n:chip_no} 这个芯片号查不到主人信息",
    "订单{n:order_no}已退款{n:price}",
    "快递{n:tracking_no}，顺丰的",
    "请拨打{n:hotline}转人工",
    "24小时急诊电话{n:hotline}",
    "化验单上那项是{n:lab_value}，偏高吗",
    "这个指标{n:lab_value}，医生说需要复查",
    "麻醉剂量按{n:dosage}算，术前禁食8小时",
    "寄养{n:cage_no}和{n:cage_no}是一家的两只猫，放一起吧",
    "{n:date_time}，{n:cage_no}的狗狗已洗好澡，可以来接了",
    "犬证编号{n:dog_license}，狂犬疫苗批号{n:vaccine_batch}",
    "您的领养申请编号{n:appt_no}已通过初审",
    "保单{n:policy_no}，理赔款{n:price}，{n:date_time}到账",
    "这个是上次的收据编号{n:invoice_no}",
    "手机号{n:masked}的家长，您的狗粮已发货，单号{n:tracking_no}",
    "复诊直接去{n:room_no}，医生在等",
    "狗狗在{n:city_only}走丢了，有人看到吗😭",
    "我们门店在{n:city_only}，导航搜店名就行",
    "领养费{n:price}，包含绝育和疫苗",
    "{n:weight}的猫吃{n:dosage}对吗",
    "宠物险每年{n:price}，{n:age}以内可以投",
    "订单编号：{n:order_no}\n商品：冻干三拼\n金额：{n:price}",
    "手机号{n:masked}，验证码{n:verify_code}",
    "发错了，卡号是{n:masked}那张",
    "📦{n:tracking_no}",
    "退款流水{n:txn_no}，银行说要3个工作日",
    "会员号{n:member_no}，帮我查下积分",
    "预约{n:date_time}的美容，预约号{n:appt_no}",
    "狂犬疫苗批号：{n:vaccine_batch}\n有效期至：{n:date_time}",
    "体检套餐A {n:price} / 套餐B {n:price}",
    "寄养房间{n:cage_no}，带摄像头的，可以远程看",
    "打完针{n:temperature}了，降下来了",
    "{n:age}的布偶，{n:weight}，偏瘦吗",
    "客服热线：{n:hotline}（9:00-21:00）",
    "保单号{n:policy_no}的理赔材料已收到",
    "电子发票号{n:invoice_no}，请查收",
    "兽医开的药：{n:dosage}一天一次",
    "麻烦核对：订单{n:order_no}，运单{n:tracking_no}",
    "{n:order_no}这个单子能改地址吗",
    "理赔进度查询：案件号{n:claim_no}",
    "领养回访时间定在{n:date_time}，{n:age}的小狗要带去复查",
    "猫咪今天{n:weight}，体温{n:temperature}，明天{n:date_time}复诊",
    "会员{n:member_no}本次消费{n:price}，积分已累计",
    "取货码{n:verify_code}，到店出示就行",
    "转账流水号：{n:txn_no}",
    "我是尾号{n:tail_digits}的家长，狗粮到了吗",
    "{n:cage_no}的金毛今天吐了一次，已经喂了{n:dosage}益生菌",
    "芯片号：{n:chip_no}\n疫苗批号：{n:vaccine_batch}\n体重：{n:weight}",
    "平安的宠物险是打{n:hotline}吗",
)

_MARK = re.compile(r"\{(n:)?(\w+)\}")


def _render(rng, tpl, forced=None):
    """forced: (kind, fmt) applied to the first marker of that kind."""
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    used_force = False
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        kind = m.group(2)
        if m.group(1):
            while True:
                v = NEAR[kind](rng)
                if _near_ok(v):
                    break
            nears.append((kind, len(text), len(text) + len(v)))
            text += v
            continue
        if forced and forced[0] == kind and not used_force:
            fmt = forced[1]
            used_force = True
        else:
            tab = FORMATS[kind]
            fmt = rng.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]
        pre, v, post = GEN[kind](rng, fmt)
        text += pre
        ents.append((kind, len(text), len(text) + len(v)))
        fmts.append(fmt)
        text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []
    tids = []
    # forced formats
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        rng.shuffle(cands)
        p = 0
        for fmt, _ in FORMATS[kind]:
            for _ in range(FORCE_PER_FMT):
                ti = cands[p % len(cands)]
                p += 1
                rows.append(_render(rng, PII_TEMPLATES[ti], (kind, fmt)))
                tids.append(f"P{ti}")
    while len(rows) < N_PII_ROWS:
        ti = rng.randrange(len(PII_TEMPLATES))
        rows.append(_render(rng, PII_TEMPLATES[ti]))
        tids.append(f"P{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = rng.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(rng, NEAR_TEMPLATES[ti]))
        tids.append(f"N{ti}")
    order = list(range(len(rows)))
    rng.shuffle(order)
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": [SPLIT] * len(rows),
    })


def make_blind40_corpus() -> pd.DataFrame:
    return _build()


_PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川][A-H][· ]?([DF]\d{5}|[0-9A-HJ-NP-Z]{5})$")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|组|\d)$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert _luhn_ok(n) and 16 <= len(n) <= 19, v
            elif k == "landline":
                assert n.isdigit() and len(n) in (8, 11, 12), v
                assert len(n) == 8 or n.startswith(AREA_CODES), v
            elif k == "qq":
                assert n.isdigit() and 6 <= len(n) <= 10 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+[@＠][\w\-]+(\.[\w\-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert _PLATE_RE.match(v), v
            elif k == "address":
                assert _ADDR_END.search(v), v
                assert not re.match(r"[，。：:\s]", v), v
        for k, s, e in ns:
            assert k in NEAR, k
            v = text[s:e]
            assert v and v == v.strip(), (text, v)
            assert _near_ok(v), (k, v)
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
    assert df.equals(make_blind40_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FORMATS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

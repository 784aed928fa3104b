"""Thirty-seventh blind PII corpus (``split == "blind37"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十二位写手")
under the blind-writer rules: it read only its brief, the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``, and
lines 1-100 plus the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the
layout and the entry-point names).  It did NOT read anything else under
``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, any other corpus
or test under ``tests/``, nor any git history.  It never imported ``toolkit``
and never ran any masking / finding function on this data.  The shared
datasets were not consulted either: every sentence context below is the
writer's own idea of what customers, couriers, station keepers and service
agents type in WeCom 1:1 and group chats.

What is different here: EXPRESS DELIVERY AND COURIER STATIONS.  Couriers
(快递员 / 小哥 / 师傅), pick-up stations (菜鸟驿站, 妈妈驿站, 兔喜, 丰巢 lockers),
waybill problems, redirection (改址 / 转寄), interception, cash on delivery
(到付 / 代收货款), lost and damaged parcels and their claims (理赔).  The
personal values are what such chats hold: mobiles (also virtual numbers with
an extension ``170xxxxxxxx转1234``, +86, full-width digits, digits as Chinese
words), very detailed delivery / redirection addresses (provinces down to
room, Taobao-style spaced addresses, rural 县 / 镇 / 村 / 组 / 号, dormitories,
office floors, bare ``3-2-1502`` rooms), ID numbers for real-name shipping,
customs and claims, bank cards for compensation and COD payouts, company and
shop landlines (with 转 / - / 分机 extensions), e-mail for claim documents and
e-invoices, WeChat / QQ for photos of damage, and a few plates (courier vans,
customers picking up by car).

Near-misses are the hard cases of the trade: waybill numbers of every carrier
(SF / YT / JT / JD / JDVA / DPK prefixes, 13-14 digit ZTO / STO / Yunda / EMS
numbers, EA...CN international), pickup codes (``3-2-5012``, ``8-1-2039``,
six-digit codes), locker cells (``12号格口``), shelf numbers, weights, sizes,
prices, COD amounts, dates and times, the extension of a virtual number,
masked mobiles (``138****5678``), tail digits (尾号5678), station names,
carrier hotlines (95338, 95311, 95554, 11183, 400-...), platform order numbers
(19-digit ones failing Luhn, 18-digit ones failing the ID check), claim /
ticket numbers, SF monthly-account numbers (月结卡号, 10 digits), postal codes,
verification codes, invoice numbers, social credit codes and bare places.

Labels
------
A span holds the value only.  Cue words, ``+86`` / ``0086`` prefixes and
landline or virtual-number extensions (``转806``, ``-806``, ``分机806``, ``,1234``)
are outside (the extension of a *virtual mobile* is itself a near-miss
``ext_no``); separators inside a value (spaces, dashes, the parentheses around
an area code) are inside.  An address runs from its first place unit to its
last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number);
a place alone (a city, a district, a station) is never an address entity.
Names are never labelled (only roles such as 师傅 / 老板 / 前台 are used).

Seed
----
``SEED = "blind37-2026-express-第四十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Every entity format is
first forced five times, each time into a different template holding a slot
of its kind; the other rows draw formats by weight; kinds below 75 are then
topped up from templates holding them.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one format name per entity, same order),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` (always
``"blind37"``).

Counts (``python tests/privacy/pii_blind37.py``)
------------------------------------------------
rows=1658, pii_rows=911, near_rows=747, entities=1262
(mobile 354, address 314, landline 113, email 86, bank_card 84, id_card 81, plate 80, qq 75, wechat 75);
near-miss spans=1525 (1287 in near-miss rows), 22 near-miss kinds
(waybill 281, price 201, pickup_code 100, date 98, station 87, weight 85,
time 83, place_only 72, hotline 72, ext_no 58, tail_digits 55, order_no 54,
locker_no 50, masked_mobile 45, claim_no 36, verify_code 36, zip_code 27,
monthly_acct 22, dimension 18, shelf_no 18, invoice_no 18, credit_code 9);
formats=56 distinct, each used >= 6 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind37-2026-express-第四十二位写手"
SPLIT = "blind37"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- value helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
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


_CN_DIG = {"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
           "六": "6", "七": "7", "八": "8", "九": "9", "幺": "1", "两": "2"}


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_DIG.get(c, c) for c in v)
    return re.sub(r"[\s\-·().,]", "", v)


def _digits(R: random.Random, n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                   "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
                   "189", "191", "195", "198", "199")
VIRTUAL_PREFIXES = ("170", "171", "165", "167", "184", "147")


def _mobile(R, prefixes=MOBILE_PREFIXES) -> str:
    return R.choice(prefixes) + _digits(R, 8)


AREA_CODES_3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA_CODES_4 = ("0755", "0571", "0512", "0532", "0731", "0591", "0592", "0371", "0311", "0431",
                "0451", "0898", "0769", "0757", "0574", "0551", "0871", "0579")


def _landline(R):
    if R.random() < 0.45:
        area = R.choice(AREA_CODES_3)
    else:
        area = R.choice(AREA_CODES_4)
    local = R.choice("2345678") + _digits(R, 7)
    return area, local


ID_AREAS = ("110101", "110105", "310104", "310115", "440305", "440106", "441900", "320106", "320505",
            "330106", "330782", "510107", "420106", "370202", "410105", "411623", "350203", "430104",
            "500103", "610113", "130102", "340104", "341221", "360102", "450103", "520102", "530102",
            "210102", "220102", "230102", "140105", "150102", "620102", "640104", "650102", "460106",
            "120101", "371723", "431024", "511324")


def _id_number(R, want_x=None) -> str:
    while True:
        y = R.randint(1958, 2004)
        m = R.randint(1, 12)
        d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        s17 = f"{R.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{_digits(R, 3)}"
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


BINS_19 = ("622202", "621700", "622848", "621661", "621799", "623668", "622700", "621226", "622908",
           "955880", "955990", "621559")
BINS_16 = ("622588", "621483", "622575", "438088", "404117", "427020", "524374", "518710", "552599",
           "622155", "625965")


def _card(R, length):
    b = R.choice(BINS_19 if length == 19 else BINS_16)
    body = b + _digits(R, length - len(b) - 1)
    return body + _luhn_digit(body)


PINYIN = ("zhangwei", "wangfang", "lixiaoming", "liuyang", "chenjing", "yangli", "huanglei", "zhaomin",
          "wujun", "zhoutao", "xuli", "sunhao", "mali", "zhuqing", "hulin", "guoqiang", "linxi", "hexin",
          "gaoyan", "luoyu", "songjia", "tangmei", "fengyu", "dengchao")
EN_NAMES = ("Tina", "Kevin", "Amy", "Jack", "Lucy", "Coco", "Leo", "Mia", "Sunny", "Eric", "Vivian", "Bob")
COMPANIES = ("hzkj", "sfwl", "jdwl", "yhsm", "dfmy", "xdkj", "zhongtai", "lianyi", "hmjt", "bsdz")

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

GEO = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区")),
    ("广东省", "广州市", ("天河区", "白云区", "番禺区", "海珠区")),
    ("广东省", "东莞市", ("长安镇", "虎门镇", "塘厦镇")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区")),
    ("浙江省", "金华市", ("义乌市", "婺城区")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "玄武区")),
    ("四川省", "成都市", ("武侯区", "成华区", "双流区", "郫都区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区")),
    ("山东省", "青岛市", ("市南区", "黄岛区", "崂山区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区")),
    (None, "北京市", ("朝阳区", "海淀区", "丰台区", "通州区")),
    (None, "上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区")),
    (None, "天津市", ("南开区", "滨海新区", "河西区")),
    (None, "重庆市", ("渝北区", "江北区", "沙坪坝区")),
)
ROADS = ("建设路", "人民路", "中山路", "解放路", "文化路", "学府路", "幸福路", "长江路", "黄河路", "滨河路",
         "科技路", "创业路", "工业大道", "迎宾大道", "新华路", "和平路", "光明街", "朝阳路", "金桥路", "湖滨路",
         "振兴西路", "东风南路")
ESTATES = ("阳光花园", "幸福里小区", "碧桂园", "万科城", "翠苑三区", "锦绣家园", "世纪花园", "金色家园",
           "绿地新都会", "保利香槟国际", "龙湖春江郦城", "桃源居", "华润城", "丽景湾", "恒大名都", "融创壹号院",
           "美的城", "中海国际社区", "星河湾", "东方花园", "怡景苑", "和谐家园")
OFFICES = ("创业大厦", "国际商务中心", "智慧产业园", "电商产业园", "金融大厦", "科技园", "万达广场")
SCHOOLS = ("理工大学", "师范大学", "职业技术学院", "财经大学")
VILLAGES = (
    ("河南省", "周口市", "鹿邑县", "玄武镇", "张庄村"), ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李营村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "新塘村"),
    ("四川省", "南充市", "仪陇县", "金城镇", "双河村"), ("江西省", "赣州市", "于都县", "贡江镇", "水头村"),
    ("河北省", "保定市", "涞水县", "永阳镇", "北义安村"), ("广西壮族自治区", "玉林市", "博白县", "博白镇", "城东村"),
    ("贵州省", "遵义市", "湄潭县", "湄江镇", "金花村"), ("甘肃省", "天水市", "秦安县", "兴国镇", "西川村"),
)
CN_NUM = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def _room(R):
    return f"{R.randint(1, 32)}{R.randint(1, 6):02d}"


def _geo(R, with_prov=True):
    while True:
        p, c, ds = R.choice(GEO)
        if p or not with_prov:
            return p, c, R.choice(ds)


# ---------------------------------------------------------------- entity generators
# each returns a list of segments (text, label); label None / ("E", kind, fmt) / ("N", near_kind)

def _E(kind, fmt):
    return ("E", kind, fmt)


def g_mob(R, fmt):
    n = _mobile(R)
    E = _E("mobile", fmt)
    if fmt == "plain":
        return [(n, E)]
    if fmt == "space_344":
        return [(f"{n[:3]} {n[3:7]} {n[7:]}", E)]
    if fmt == "dash_344":
        return [(f"{n[:3]}-{n[3:7]}-{n[7:]}", E)]
    if fmt == "plus86":
        return [(R.choice(("+86", "+86 ", "+86-", "0086 ")), None), (n, E)]
    if fmt == "fullwidth":
        return [("".join(chr(ord(c) + 0xFEE0) for c in n), E)]
    if fmt == "cn_words":
        zero = R.choice(("零", "〇"))
        return [("".join(zero if c == "0" else "一二三四五六七八九"[int(c) - 1] for c in n), E)]
    raise KeyError(fmt)


def g_mobv(R, fmt):
    n = _mobile(R, VIRTUAL_PREFIXES)
    ext = _digits(R, 4)
    E = _E("mobile", fmt)
    N = ("N", "ext_no")
    if fmt == "virtual_zhuan":
        return [(n, E), ("转", None), (ext, N)]
    if fmt == "virtual_comma":
        return [(n, E), (R.choice((",", "，")), None), (ext, N)]
    if fmt == "virtual_dash_fenji":
        return [(f"{n[:3]}-{n[3:7]}-{n[7:]}", E), (R.choice((" 分机号", " 转分机", "转分机号")), None), (ext, N)]
    raise KeyError(fmt)


def g_land(R, fmt):
    a, l = _landline(R)
    E = _E("landline", fmt)
    if fmt == "area_dash":
        return [(f"{a}-{l}", E)]
    if fmt == "area_paren":
        return [(f"({a}){l}", E)]
    if fmt == "area_fw_paren":
        return [(f"（{a}）{l}", E)]
    if fmt == "area_plain":
        return [(a + l, E)]
    if fmt == "area_space":
        return [(f"{a} {l[:4]} {l[4:]}" if R.random() < 0.5 else f"{a} {l}", E)]
    raise KeyError(fmt)


def g_landx(R, fmt):
    a, l = _landline(R)
    ext = str(R.randint(100, 8999))
    E = _E("landline", fmt)
    if fmt == "ext_zhuan":
        return [(f"{a}-{l}", E), ("转" + ext, None)]
    if fmt == "ext_dash":
        return [(f"{a}-{l}", E), ("-" + ext, None)]
    if fmt == "ext_fenji":
        return [(f"{a} {l}", E), (R.choice((" 分机", " 分机号 ", "，分机")) + ext, None)]
    raise KeyError(fmt)


def g_id(R, fmt):
    E = _E("id_card", fmt)
    if fmt == "plain":
        return [(_id_number(R, False), E)]
    if fmt == "x_upper":
        return [(_id_number(R, True), E)]
    if fmt == "x_lower":
        return [(_id_number(R, True).lower(), E)]
    if fmt == "space_6_8_4":
        s = _id_number(R)
        return [(f"{s[:6]} {s[6:14]} {s[14:]}", E)]
    raise KeyError(fmt)


def g_card(R, fmt):
    E = _E("bank_card", fmt)
    if fmt == "plain_19":
        return [(_card(R, 19), E)]
    if fmt == "plain_16":
        return [(_card(R, 16), E)]
    if fmt == "space_4_19":
        c = _card(R, 19)
        return [(" ".join(c[i:i + 4] for i in range(0, 19, 4)), E)]
    if fmt == "space_4_16":
        c = _card(R, 16)
        return [(" ".join(c[i:i + 4] for i in range(0, 16, 4)), E)]
    if fmt == "dash_4_16":
        c = _card(R, 16)
        return [("-".join(c[i:i + 4] for i in range(0, 16, 4)), E)]
    raise KeyError(fmt)


def _qq_num(R, lo, hi):
    n = R.randint(lo, hi)
    return R.choice("123456789") + _digits(R, n - 1)


def g_mail(R, fmt):
    E = _E("email", fmt)
    h = R.choice(PINYIN)
    if fmt == "qq_digits":
        return [(_qq_num(R, 8, 10) + "@qq.com", E)]
    if fmt == "name_163":
        return [(h + R.choice(("", str(R.randint(1975, 2003)), _digits(R, 3))) + "@163.com", E)]
    if fmt == "name_126":
        return [(h[:R.randint(3, len(h))] + "_" + _digits(R, R.randint(2, 4)) + "@126.com", E)]
    if fmt == "foxmail":
        return [(h + _digits(R, 4) + "@foxmail.com", E)]
    if fmt == "corp":
        return [(h + "@" + R.choice(COMPANIES) + R.choice((".com", ".com.cn", ".cn")), E)]
    if fmt == "dotted_intl":
        return [(h[:2] + "." + h[2:] + R.choice(("@gmail.com", "@outlook.com", "@hotmail.com")), E)]
    if fmt == "mobile_139":
        return [(_mobile(R, ("134", "135", "136", "137", "138", "139", "150", "182", "187", "188")) + "@139.com", E)]
    raise KeyError(fmt)


def g_qq(R, fmt):
    E = _E("qq", fmt)
    if fmt == "plain_long":
        return [(_qq_num(R, 9, 10), E)]
    if fmt == "plain_short":
        return [(_qq_num(R, 6, 8), E)]
    if fmt == "spaced_3":
        q = _qq_num(R, 9, 9)
        return [(f"{q[:3]} {q[3:6]} {q[6:]}", E)]
    raise KeyError(fmt)


def g_wx(R, fmt):
    E = _E("wechat", fmt)
    h = R.choice(PINYIN)
    if fmt == "wxid":
        return [("wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), E)]
    if fmt == "lower_digits":
        return [(h + R.choice((str(R.randint(1980, 2003)), _digits(R, 3), _digits(R, 4))), E)]
    if fmt == "underscore":
        return [(h[:R.randint(3, 6)] + "_" + _digits(R, R.randint(2, 4)), E)]
    if fmt == "dash_en":
        return [(R.choice(EN_NAMES) + "-" + R.choice((_digits(R, 4), h)), E)]
    if fmt == "camel":
        return [(h[:1].upper() + h[1:4] + h[4:5].upper() + h[5:] + "_" + _digits(R, 2), E)]
    raise KeyError(fmt)


def _plate_tail(R):
    n_let = R.choice((0, 0, 1, 1, 2))
    pos = sorted(R.sample(range(5), n_let))
    return "".join(R.choice(PLATE_LET) if i in pos else R.choice("0123456789") for i in range(5))


def g_plate(R, fmt):
    E = _E("plate", fmt)
    p = R.choice(PLATE_PROV)
    c = R.choice("AAABBBCDE" + ("" if p in "宁琼" else "FGHJK"))
    if fmt == "plain7":
        return [(p + c + _plate_tail(R), E)]
    if fmt == "dot7":
        return [(p + c + "·" + _plate_tail(R), E)]
    if fmt == "space7":
        return [(p + c + " " + _plate_tail(R), E)]
    if fmt == "lower7":
        return [((p + c + _plate_tail(R)).lower(), E)]
    ne = (R.choice("DF") + R.choice("0123456789" + PLATE_LET) + _digits(R, 4)) if R.random() < 0.8 \
        else (_digits(R, 5) + R.choice("DF"))
    if fmt == "ne8":
        return [(p + c + ne, E)]
    if fmt == "ne8_dot":
        return [(p + c + "·" + ne, E)]
    raise KeyError(fmt)


def g_addr(R, fmt):
    E = _E("address", fmt)
    road, no = R.choice(ROADS), R.randint(1, 999)
    est = R.choice(ESTATES)
    b, u = R.randint(1, 28), R.randint(1, 4)
    if fmt == "prov_full":
        p, c, d = _geo(R)
        tail = R.choice((f"{b}栋{u}单元{_room(R)}室", f"{b}栋{_room(R)}室", f"{b}幢{u}单元{_room(R)}"))
        return [(f"{p}{c}{d}{road}{no}号{est}{tail}", E)]
    if fmt == "prov_spaced":
        p, c, d = _geo(R)
        return [(f"{p} {c} {d} {road}{no}号{est}{b}栋{R.choice(('', f'{u}单元'))}{_room(R)}", E)]
    if fmt == "city_full":
        _, c, d = _geo(R, False)
        return [(f"{c}{d}{road}{no}号{est}{b}号楼{u}单元{_room(R)}{R.choice(('', '室'))}", E)]
    if fmt == "district_start":
        _, _, d = _geo(R, False)
        return [(f"{d}{road}{no}号{est}{b}{R.choice(('幢', '栋'))}{_room(R)}室", E)]
    if fmt == "estate_bare":
        _, c, d = _geo(R, False)
        pre = R.choice((c + d, d, c + d))
        return [(f"{pre}{est}{b}-{u}-{_room(R)}", E)]
    if fmt == "village":
        p, c, x, t, v = R.choice(VILLAGES)
        grp = R.choice(CN_NUM[:8]) + "组" if R.random() < 0.6 else ""
        pre = p + c if R.random() < 0.6 else ""
        return [(f"{pre}{x}{t}{v}{grp}{R.randint(1, 120)}号", E)]
    if fmt == "road_no":
        _, _, d = _geo(R, False)
        return [(f"{R.choice((d, ''))}{road}{no}号", E)]
    if fmt == "office_floor":
        _, c, d = _geo(R, False)
        tail = R.choice((f"{R.choice('ABCD')}座{R.randint(2, 30)}层", f"{R.randint(1, 9)}号楼{R.randint(2, 18)}层",
                         f"{R.randint(1, 9)}栋{R.randint(2, 18)}楼{R.randint(1, 20):02d}室"))
        return [(f"{c}{d}{road}{no}号{R.choice(OFFICES)}{tail}", E)]
    if fmt == "dorm":
        _, c, d = _geo(R, False)
        return [(f"{c}{d}{road}{no}号{R.choice(SCHOOLS)}{R.choice(('东区', '西区', '南校区', ''))}"
                 f"{b}栋{R.randint(1, 6)}{R.randint(1, 30):02d}", E)]
    raise KeyError(fmt)


# slot -> (kind, generator, ((fmt, weight), ...))
ENTITY_SLOTS = {
    "mob": ("mobile", g_mob, (("plain", 50), ("space_344", 12), ("dash_344", 6), ("plus86", 5),
                              ("fullwidth", 3), ("cn_words", 2))),
    "mobv": ("mobile", g_mobv, (("virtual_zhuan", 5), ("virtual_comma", 2), ("virtual_dash_fenji", 2))),
    "land": ("landline", g_land, (("area_dash", 10), ("area_paren", 3), ("area_fw_paren", 2), ("area_plain", 4),
                                  ("area_space", 3))),
    "landx": ("landline", g_landx, (("ext_zhuan", 4), ("ext_dash", 3), ("ext_fenji", 3))),
    "id": ("id_card", g_id, (("plain", 12), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 2))),
    "card": ("bank_card", g_card, (("plain_19", 10), ("plain_16", 5), ("space_4_19", 5), ("space_4_16", 3),
                                   ("dash_4_16", 1))),
    "mail": ("email", g_mail, (("qq_digits", 8), ("name_163", 6), ("name_126", 3), ("foxmail", 3), ("corp", 4),
                               ("dotted_intl", 2), ("mobile_139", 2))),
    "qq": ("qq", g_qq, (("plain_long", 8), ("plain_short", 3), ("spaced_3", 1))),
    "wx": ("wechat", g_wx, (("wxid", 3), ("lower_digits", 5), ("underscore", 4), ("dash_en", 2), ("camel", 2))),
    "plate": ("plate", g_plate, (("plain7", 8), ("dot7", 3), ("space7", 2), ("lower7", 1), ("ne8", 3),
                                 ("ne8_dot", 2))),
    "addr": ("address", g_addr, (("prov_full", 8), ("prov_spaced", 3), ("city_full", 6), ("district_start", 5),
                                 ("estate_bare", 4), ("village", 3), ("road_no", 3), ("office_floor", 3),
                                 ("dorm", 2))),
}


# ---------------------------------------------------------------- near-miss generators

def _fail_checks(R, n):
    """n random digits, first nonzero, failing Luhn (16-19 long) and the ID check (18 long)."""
    while True:
        s = R.choice("123456789") + _digits(R, n - 1)
        if 16 <= n <= 19 and _luhn_ok(s):
            continue
        if n == 18 and _id_ok(s):
            continue
        return s


_WB_KEYS = {"sf": (0,), "yt": (1,), "zto": (2,), "sto": (3,), "jd": (5,), "ems": (6,), "intl": (7,)}


def n_wb(R, carrier=None):
    k = R.choice(_WB_KEYS[carrier]) if carrier else R.randrange(11)
    if k == 0:
        s = "SF" + R.choice("1234") + _digits(R, 12)
    elif k == 1:
        s = "YT" + R.choice("6789") + _digits(R, 12)
    elif k == 2:
        s = "7" + R.choice("358") + _digits(R, 12)           # ZTO 14 digits
    elif k == 3:
        s = "77" + R.choice("3567") + _digits(R, 10)         # STO 13 digits
    elif k == 4:
        s = R.choice(("43", "46", "31")) + _digits(R, 11)    # Yunda 13 digits
    elif k == 5:
        s = R.choice(("JD", "JDVA", "JDX")) + _digits(R, 11 if R.random() < 0.5 else 13)
    elif k == 6:
        s = "11" + R.choice("0789") + _digits(R, 10)         # EMS 13 digits
    elif k == 7:
        s = "E" + R.choice("ABMLX") + _digits(R, 9) + "CN"
    elif k == 8:
        s = "JT" + R.choice("0123456789") + _digits(R, 12)
    elif k == 9:
        s = "DPK" + _digits(R, 12)
    else:
        s = "SF" + R.choice("1234") + _digits(R, 12)
    return [(s, ("N", "waybill"))]


def n_pick(R):
    k = R.randrange(5)
    if k == 0:
        s = f"{R.randint(1, 12)}-{R.randint(1, 6)}-{R.randint(1000, 9999)}"
    elif k == 1:
        s = f"{R.randint(1, 30)}-{R.randint(1000, 9999)}"
    elif k == 2:
        s = f"{R.choice('ABCDEF')}{R.randint(1, 20)}-{R.randint(1000, 9999)}"
    elif k == 3:
        s = _digits(R, 6)
    else:
        s = f"{R.randint(1, 9)}-{R.randint(1, 5)}-{R.randint(1000, 9999)}"
    return [(s, ("N", "pickup_code"))]


def n_locker(R):
    s = R.choice((f"{R.randint(1, 60)}号格口", f"{R.choice('ABC')}区{R.randint(1, 40):02d}号柜",
                  f"{R.randint(1, 6)}号柜{R.randint(1, 48)}格", f"{R.choice('ABCDE')}-{R.randint(1, 40)}",
                  f"{R.randint(1, 30)}号大格口"))
    return [(s, ("N", "locker_no"))]


def n_weight(R):
    s = R.choice((f"{R.randint(1, 30)}.{R.randint(1, 9)}kg", f"{R.randint(1, 25)}公斤", f"{R.randint(1, 9)}斤",
                  f"{R.randint(2, 40)}KG", f"{R.randint(1, 9)}00g", f"{R.randint(1, 5)}.{R.randint(1, 9)}公斤"))
    return [(s, ("N", "weight"))]


def n_price(R):
    s = R.choice((f"{R.randint(6, 99)}元", f"¥{R.randint(8, 500)}.{R.randint(0, 9)}", f"{R.randint(5, 60)}块",
                  f"{R.randint(10, 3000)}.00元", f"{R.randint(1, 20)}00块钱", f"{R.randint(3, 30)}块{R.randint(1, 9)}"))
    return [(s, ("N", "price"))]


def n_date(R):
    m, d = R.randint(1, 12), R.randint(1, 28)
    s = R.choice((f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}月{d}号", f"2025年{m}月{d}日",
                  f"{m}/{d}"))
    return [(s, ("N", "date"))]


def n_time(R):
    h = R.randint(8, 21)
    s = R.choice((f"{h}:{R.choice(('00', '30', '15', '45'))}", f"下午{R.randint(1, 6)}点", f"{h}点半",
                  f"上午{R.randint(8, 11)}点", f"{h}:{R.randint(0, 59):02d}"))
    return [(s, ("N", "time"))]


HOTLINES = ("95338", "95311", "95554", "95546", "95543", "11183", "950616", "95320", "95353", "11185",
            "400-811-1111", "4008111111", "12305")


def n_hot(R):
    s = R.choice(HOTLINES) if R.random() < 0.8 else \
        R.choice(("400-", "400 ", "400")) + f"{R.randint(600, 899)}-{_digits(R, 4)}"
    return [(s, ("N", "hotline"))]


def n_masked(R):
    n = _mobile(R)
    s = R.choice((f"{n[:3]}****{n[7:]}", f"{n[:3]}****{n[7:]}", f"{n[:3]} **** {n[7:]}", f"{n[:3]}*****{n[8:]}",
                  f"{n[:7]}****"))
    return [(s, ("N", "masked_mobile"))]


def n_tail(R):
    return [(_digits(R, 4), ("N", "tail_digits"))]


def n_order(R):
    k = R.randrange(5)
    if k in (0, 1):
        s = _fail_checks(R, 19)
    elif k == 2:
        s = _fail_checks(R, 18)
    elif k == 3:
        s = f"{R.randint(23, 25)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{_digits(R, 15)}"
    else:
        s = R.choice("23") + _digits(R, 11)
    return [(s, ("N", "order_no"))]


def n_claim(R):
    s = R.choice((f"LP2024{R.randint(1, 12):02d}{R.randint(1, 28):02d}{_digits(R, 6)}", "GD" + _digits(R, 12),
                  f"2025{R.randint(1, 12):02d}{R.randint(1, 28):02d}{_digits(R, 6)}", "TS" + _digits(R, 10)))
    return [(s, ("N", "claim_no"))]


def n_shelf(R):
    s = R.choice((f"{R.choice('ABCDEFGH')}{R.randint(1, 9)}", f"{R.choice('ABCDEF')}-{R.randint(1, 20)}",
                  f"{R.randint(1, 12)}号架"))
    return [(s, ("N", "shelf_no"))]


STATIONS = ("菜鸟驿站(阳光花园北门店)", "菜鸟驿站", "妈妈驿站", "兔喜生活", "兔喜快递超市", "丰巢柜", "中邮驿站",
            "京东自提点", "多多驿站", "邻里驿站(翠苑三区店)", "熊猫快收", "顺丰驿站", "近邻宝", "韵达快递超市")


def n_station(R):
    return [(R.choice(STATIONS), ("N", "station"))]


PLACES = ("上海", "杭州市", "南山区", "义乌", "广州白云分拨中心", "郑州转运中心", "成都", "北京顺义",
          "武汉转运中心", "苏州", "嘉兴中转场", "天津", "东莞", "青岛", "宝安区", "西安")


def n_place(R):
    return [(R.choice(PLACES), ("N", "place_only"))]


def n_zip(R):
    return [(R.choice(("518000", "200120", "310000", "100020", "610041", "430070", "450000", "523850", "266000",
                       "361000")), ("N", "zip_code"))]


def n_vcode(R):
    return [(_digits(R, R.choice((4, 6, 6))), ("N", "verify_code"))]


def n_ext(R):
    return [(_digits(R, 4), ("N", "ext_no"))]


def n_acct(R):
    return [(R.choice(("755", "769", "512", "571", "574")) + _digits(R, 7), ("N", "monthly_acct"))]


def n_dim(R):
    a, b, c = R.randint(10, 60), R.randint(10, 50), R.randint(5, 40)
    s = R.choice((f"{a}*{b}*{c}cm", f"{a}x{b}x{c}", f"{a}×{b}×{c}厘米"))
    return [(s, ("N", "dimension"))]


def n_invoice(R):
    s = R.choice(("2444200000" + _digits(R, 10), "2531" + _digits(R, 16), _digits(R, 8)))
    return [(s, ("N", "invoice_no"))]


def n_credit(R):
    s = "91" + R.choice(("440300", "330100", "310115", "110105")) + "MA" + R.choice("5678") + \
        "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    return [(s, ("N", "credit_code"))]


NEAR_SLOTS = {
    "wb": n_wb, "wb_sf": lambda R: n_wb(R, "sf"), "wb_yt": lambda R: n_wb(R, "yt"),
    "wb_zto": lambda R: n_wb(R, "zto"), "wb_sto": lambda R: n_wb(R, "sto"), "wb_jd": lambda R: n_wb(R, "jd"),
    "wb_ems": lambda R: n_wb(R, "ems"), "wb_intl": lambda R: n_wb(R, "intl"),
    "hot_sf": lambda R: [(R.choice(("95338", "95338", "400-811-1111")), ("N", "hotline"))], "pick": n_pick, "locker": n_locker, "weight": n_weight, "price": n_price, "date": n_date,
    "time": n_time, "hot": n_hot, "masked": n_masked, "tail": n_tail, "order": n_order, "claim": n_claim,
    "shelf": n_shelf, "station": n_station, "place": n_place, "zip": n_zip, "vcode": n_vcode, "ext": n_ext,
    "acct": n_acct, "dim": n_dim, "invoice": n_invoice, "credit": n_credit,
}

# ---------------------------------------------------------------- templates

PII_TEMPLATES = (
    "你好，我的快递显示已签收但我没收到，单号{wb}，收件手机{mob}",
    "麻烦改一下地址，改成{addr}，电话不变{mob}",
    "师傅，明天上午送{addr}，到了打{mob}，家里有老人",
    "寄件要实名，身份证{id}，手机号{mob}",
    "理赔的钱打这张卡吧 {card} 建设银行的",
    "@快递小哥 {addr} 放门口就行，别放驿站，谢谢🙏",
    "收件人电话{mob}\n收件地址{addr}",
    "取件码{pick}，帮我代取一下，我手机号{mob}",
    "丢件理赔：单号{wb}，申报价值{price}，身份证{id}，收款卡号{card}",
    "{mob} 这个打不通就打{mob}，是我家里人的",
    "到付的那个件送{addr}，联系{mob}，现金扫码都行",
    "我公司前台电话{land}，快递直接送前台就好",
    "能不能派送到{addr}？原来写的地址不对",
    "你好，快递员电话{mob}一直没人接，我在{addr}等了一上午了😤",
    "{addr}\n{mob}\n放快递柜",
    "照片发你QQ了，{qq}，破损的外包装都拍了",
    "理赔资料我发你邮箱吗？我的邮箱是{mail}",
    "加我微信{wx}吧，我发视频给你看开箱过程",
    "师傅我车牌{plate}，停在驿站门口，帮我把件拿出来放后备箱",
    "我们车{plate}在小区东门卸货，有件的过来拿",
    "清关需要身份证号 {id}，收件人本人的，单号{wb_intl}",
    "转寄到{addr}，运费我这边付，电话{mob}",
    "打电话打{mobv}就行，平台给的虚拟号",
    "收件人手机{mobv}，到了打这个",
    "代收货款{price}已收，回款账户{card}",
    "座机{landx}，工作时间都有人",
    "寄件人：本人 {mob}\n寄件地址：{addr}\n收件人电话：{mob}\n收件地址：{addr}",
    "请问{wb}这个件到哪了？电话留的{mob}，一直没收到短信",
    "能加个微信吗，{wx}，以后有件直接联系我",
    "我QQ邮箱{mail}，电子面单发这里",
    "驿站电话{land}打不通，取件码{pick}，东西在哪个货架",
    "身份证{id}，手机{mob}，地址{addr}，帮我实名寄一下",
    "账户：{card}\n开户行：中国银行\n这是我的赔款卡",
    "快递柜坏了打不开，柜子在{addr}楼下，我电话{mob}",
    "麻烦下次别放丰巢了，直接送{addr}，家里一直有人",
    "我现在不在家，放到{addr}旁边那家便利店",
    "{mob}是我手机，{land}是单位座机，白天打座机",
    "给你发个地址：{addr}，周六送，工作日家里没人",
    "qq{qq}，加一下，把面单截图发我",
    "微信号：{wx}\n手机号：{mob}",
    "我要投诉，快递员没送上门就点签收了，我住{addr}，电话{mob}",
    "@所有人 今天{plate}这辆车的件晚点到，大概{time}",
    "退货寄回地址：{addr}，收件电话{land}",
    "补个身份证号：{id}",
    "卡号{card}，户名就是我本人，理赔款打这个",
    "帮我查下{mob}名下有几个待取件",
    "你好 我是{addr}的业主，你们快递员把我件放错楼了",
    "新地址 {addr}；旧地址作废，别送了",
    "邮箱 {mail} 收不到理赔通知，帮忙看下",
    "快递单上手机号写错了，正确的是{mob}，不是{masked}",
    "尾号{tail}那个是我，全号{mob}",
    "我开的{plate}，在驿站门口临停两分钟，马上出来",
    "{id} 这是收件人身份证号，海关要的",
    "网点座机是{land}吗？我打了好几次没人接",
    "微信{wx} 手机{mob} 都可以联系",
    "寄到{addr}，保价{price}，明天能到吗",
    "地址：{addr}（菜鸟驿站对面）",
    "发定位不方便，文字地址是{addr}",
    "我的卡是{card}，工行的，赔付到账了跟我说一声",
    "请将理赔材料发送至{mail}，邮件标题写运单号{wb}",
    "您好，已为您登记改址：{addr}，联系电话{mob}，请留意派送短信",
    "小哥你好，我在{addr}，下楼拿不方便，能送上来吗，电话{mob}",
    "麻烦把{wb}转寄到{addr}",
    "我们店电话{land}，地址{addr}，以后店里的件都送这",
    "qq:{qq} 邮箱:{mail}",
    "我家地址{addr}\n电话{mob}\n放门口别敲门，孩子在睡觉",
    "哥，{mob}给你打电话没接，件放哪了",
    "我车{plate}，在地库负一层B区，件放车旁边就行",
    "发件人 {mob} {addr}",
    "收：本人 {mob} {addr}",
    "顺丰到付，单号{wb_sf}，地址{addr}，手机{mob}",
    "能帮我拦截一下吗，单号{wb}，寄件人电话{mob}",
    "身份证号码{id}，姓名跟面单一致",
    "{addr}这个地址你们派送吗？",
    "理赔打款：{card}（农行）",
    "加QQ吧{qq}，微信被限制了",
    "wx {wx}",
    "我的邮箱：{mail}，发票开个人",
    "我在外地出差，件转寄到{addr}，收件电话{mob}，运费到付",
    "驿站老板电话{mob}，你直接问他",
    "打这个座机{landx}，找前台",
    "师傅明天送货前先打我电话{mob}，我住{addr}，没电梯",
    "取件手机号{mob}，取件码{pick}，怎么查不到",
    "我刚换号了，新号{mob}，旧号{masked}停机了",
    "COD退款请退到{card}",
    "身份证：{id}\n手机：{mob}\n银行卡：{card}",
    "@驿站老板 {addr}的件今天能送吗",
    "小区进门要登记车牌，我报{plate}给你，你跟保安说",
    "家里座机{land}，手机{mob}",
    "用这个邮箱吧 {mail}",
    "重新发下地址，{addr}，上次漏了单元号",
    "破损理赔，单号{wb}，收件人身份证{id}，照片已发微信{wx}",
    "收件地址改为 {addr}\n电话 {mob}",
    "你好，有我一个{weight}的件吗，手机{mob}",
    "快递员把我件放到了{addr}，不是我家！",
    "我车牌{plate}，门禁拦你的话报我车牌",
    "实名信息：{id}",
    "寄个文件到{addr}，收件人电话{land}",
    "老家地址：{addr}，我妈电话{mob}，老人不会用智能机，一定打电话",
    "地址在{addr}，到了门卫那登记一下就能进",
    "vx：{wx}，有事随时联系",
    "QQ号{qq}，我电脑上QQ一直在线",
    "姐，麻烦帮我看下{mob}有没有件，我取件码删了",
    "{mob}\n{addr}\n谢谢🙏",
    "寄件地址{addr}，上门取件{time}左右",
    "明天几点送到{addr}？{date}之前要用",
    "我朋友开车{plate}过来帮我取，取件码{pick}",
    "商家电话{land}，你们联系一下商家吧",
    "换个卡号吧，{card}，之前那张注销了",
    "@快递员 我在{addr}，麻烦{time}后送",
    "身份证号{id}，护照不行是吧？",
    "外卖和快递都送{addr}就行",
    "我公司地址{addr}，收件人前台，电话{landx}",
    "邮箱{mail}，qq{qq}，微信{wx}，都能找到我",
    "收件人手机号：{mob}（微信同号）",
    "打我电话 {mob} 别发短信我看不到",
    "手机好{mob}，地止{addr}，拜托了",
    "您好，请提供一下收款银行卡号和开户行，我们这边提交理赔。\n{card} 招商银行",
    "寄件人身份证：{id}，月结卡号{acct}",
    "丰巢{locker}那个件是我的，手机{mob}",
    "快递员小哥开的{plate}，撞了我家门口的花盆",
    "京东的件{wb_jd}，收货人电话{mobv}",
    "外卖平台显示电话{mobv}，这是虚拟号吗",
    "对账单发到{mail}，月结卡号{acct}",
    "我们公司电话{landx}，地址{addr}，每周三下午有件寄",
    "麻烦把理赔款打到我老公卡上 {card}",
    "海关要补身份证：{id}\n电话：{mob}",
    "我邮箱是{mail}啊，你们发到哪去了",
    "我的QQ是{qq}，可以QQ远程发截图",
    "这是我的微信 {wx} 加一下 拉你进小区团购群",
    "联系电话：{land}\n联系地址：{addr}",
    "来取件的车是{plate}，让他进来吧",
    "我住{addr}，你们快递总是放到{station}，离我家很远",
    "代收{price}，收款人银行卡{card}，开户行邮储",
    "不好意思地址打错了，应该是{addr}",
    "叫车的话车牌{plate}，司机电话{mob}",
    "退件寄回：{addr} 电话：{mob} 备注：单号{wb}",
    "{addr} 这个地址帮我查下归哪个网点派，电话{mob}",
    "📦收件信息\n电话：{mob}\n地址：{addr}",
    "{card}\n工商银行 本人的卡\n赔款打这里就行👌",
    "{wx} 这个是我微信，加的时候备注快递",
    "{qq}是我QQ，晚上在线",
    "{mail} 这个邮箱收得到，之前那个不用了",
    "{plate} 这个车是你们快递的吗？天天堵我家车库门口😡",
    "我是{addr}的，家里装修，件先放{station}，我电话{mob}",
    "群里有人知道{station}电话吗？我这边是{mob}，件被别人拿走了",
    "上门取件地址{addr}，{date} {time}前来，电话{mob}",
    "大件家具送{addr}，要送货上楼，电话{mob}，座机{land}",
    "代取人手机{mob}，本人尾号{tail}，麻烦放行",
    "面单上只有{mobv}，这是收件人的虚拟号吧？打过去提示空号",
    "小哥说打{mobv}联系我，我没接到，我本人手机{mob}",
    "有事打{landx}，找仓库收发室",
    "公司总机{landx}，到了说找行政拿件",
)

NEAR_TEMPLATES = (
    "单号{wb}，显示到{place}了，什么时候派送？",
    "取件码{pick}，我在哪个架子找？",
    "丰巢{locker}打不开，取件码{vcode}",
    "这个件{weight}，收了我{price}，是不是多收了？",
    "{date}下单的，到今天还没发货，单号{wb}",
    "打了{hot}一直排队，人工都转不进去",
    "顺丰客服{hot_sf}说让我找你们网点",
    "我手机尾号{tail}，帮我查一下有没有件",
    "面单上电话是{masked}，是我的",
    "订单号{order}，退货单号{wb}",
    "到付{price}，我没同意到付啊",
    "理赔单号{claim}，审核到哪一步了",
    "工单{claim}处理了吗，都三天了",
    "货架{shelf}，取件码{pick}",
    "{station}几点关门？",
    "我在{station}，取件码{pick}，老板说找不到",
    "{time}之前能送到吗",
    "邮编{zip}，需要填吗",
    "赔了{price}，太少了吧，我申报价值是{price}",
    "这个件{weight}，首重{price}续重{price}",
    "你们{hot}打不通，{hot}也打不通",
    "国际件{wb_intl}，清关中，大概{date}能到",
    "{wb}和{wb}两个件能一起派吗",
    "快递柜{locker}，超时费收了{price}",
    "验证码{vcode}，别告诉别人哦",
    "我打{hot}转人工了，说{date}之前给答复",
    "刚才给我打电话的{masked}是快递员吗",
    "打过去要按分机号{ext}，别挂",
    "{date} {time} 显示已签收，我根本没收到",
    "寄到{place}多少钱？大概{weight}",
    "京东单号{wb_jd}，能改派吗",
    "EMS {wb_ems} 显示在{place}海关",
    "淘宝订单{order}，商家说发了",
    "拼多多订单号{order}，物流一直不更新",
    "@所有人 {date}起驿站营业时间调整为{time}-{time}",
    "今天{place}那边的件都延误了，大家耐心等等",
    "中通{wb_zto}，申通{wb_sto}，都是我的",
    "重量显示{weight}，实际才{weight}",
    "单号末四位{tail}",
    "保价费{price}，赔付上限{price}",
    "到付件{price}，代收货款{price}",
    "柜机编号{locker}",
    "运单{wb}，请核实一下",
    "电子发票号码{invoice}，金额{price}",
    "月结卡号{acct}，这个月的账单出了吗",
    "身份证后四位{tail}，核对一下",
    "箱子尺寸{dim}，{weight}，寄{place}多少钱",
    "公司统一社会信用代码{credit}，开专票用",
    "取件码 {pick}\n{station}\n请于{date}前取件",
    "【{station}】您的包裹已到站，凭{pick}取件，电话{masked}",
    "【丰巢】取件码{vcode}，{locker}，超{price}收费",
    "师傅{wb}这个件还在{place}吗",
    "怎么又是{hot}打来的",
    "{wb}\n{wb}\n{wb}\n这三个件帮我查一下",
    "我的件在{shelf}号架，编号{pick}",
    "昨天{time}寄的，单号{wb}，现在还没揽收",
    "投诉工单号{claim}，客服说{date}回复",
    "拦截费{price}吗？单号{wb}",
    "包裹{weight}，尺寸{dim}",
    "尾号{tail}的取件码是{pick}",
    "{station}说要{date}才能到",
    "抖音订单{order}，退货单号{wb}",
    "退款{price}到账了，谢谢",
    "你们官方客服是{hot}吗",
    "京东快递{wb_jd}，自提点{station}",
    "快递显示{place}已发出，单号{wb}",
    "丰巢{locker}，取件码{vcode}，有效期到{date}",
    "虚拟号后面的分机是{ext}吗？",
    "订单{order}申请了仅退款",
    "超重了{weight}，补{price}",
    "理赔编号{claim}，金额{price}",
    "发票{invoice}开错了，抬头不对",
    "手机后四位{tail}，取件码{pick}",
    "快递员电话打过来显示{masked}",
    "上午{time}到的件，放{station}了",
    "单号是{wb}不是{wb}",
    "邮编填{zip}对吗，还是填{zip}",
    "@快递员 {pick} 这个件我让邻居帮拿了哈",
    "⚠️{date}起，超过{time}送达的件统一放{station}",
    "{wb_sf} 顺丰的，到付{price}，能便宜点不",
    "客服说{weight}以内{price}，怎么收了{price}",
    "你好，{order}这个订单的快递能送{place}吗",
    "提醒：{hot}是官方电话，其他号码打来要钱的都是骗子",
)

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _slots(t):
    return _SLOT_RE.findall(t)


def _render(R, tpl, force=None):
    text, ents, fmts, nears = "", [], [], []
    forced_done = False
    for i, part in enumerate(_SLOT_RE.split(tpl)):
        if i % 2 == 0:
            text += part
            continue
        if part in ENTITY_SLOTS:
            kind, gen, table = ENTITY_SLOTS[part]
            if force and force[0] == part and not forced_done:
                fmt, forced_done = force[1], True
            else:
                fmt = R.choices([f for f, _ in table], [w for _, w in table])[0]
            segs = gen(R, fmt)
        else:
            segs = NEAR_SLOTS[part](R)
        for s, lab in segs:
            a = len(text)
            text += s
            if lab is None:
                continue
            if lab[0] == "E":
                ents.append((lab[1], a, len(text)))
                fmts.append(lab[2])
            else:
                nears.append((lab[1], a, len(text)))
    return text, ents, fmts, nears


def _build(meta=None):
    R = random.Random(SEED)
    rows, tids = [], []

    def add(tid, tpl, force=None):
        text, ents, fmts, nears = _render(R, tpl, force)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        tids.append(tid)

    pii = list(enumerate(PII_TEMPLATES))
    # 1. force every format five times, each in a different template holding its slot
    for slot, (kind, _, table) in ENTITY_SLOTS.items():
        holders = [(i, t) for i, t in pii if slot in _slots(t)]
        for fmt, _ in table:
            for i, t in R.sample(holders, min(5, len(holders))):
                add(("P", i), t, (slot, fmt))
    # 2. random rows over all templates
    for _ in range(4):
        for i, t in R.sample(pii, len(pii)):
            add(("P", i), t)
    # 3. top up thin kinds
    kinds = Counter(k for r in rows for k, _, _ in r["entities"])
    for kind in KINDS:
        holders = [(i, t) for i, t in pii if any(ENTITY_SLOTS[s][0] == kind for s in _slots(t) if s in ENTITY_SLOTS)]
        while kinds[kind] < 75:
            i, t = R.choice(holders)
            add(("P", i), t)
            for k, _, _ in rows[-1]["entities"]:
                kinds[k] += 1
    # 4. near-miss-only rows
    near = list(enumerate(NEAR_TEMPLATES))
    n_near = 0
    while n_near < 680:
        for i, t in R.sample(near, len(near)):
            add(("N", i), t)
            n_near += 1
    order = list(range(len(rows)))
    R.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame([rows[j] for j in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind37_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")


def _check_value(kind, v):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert _MOBILE_RE.fullmatch(n), v
    elif kind == "landline":
        assert re.fullmatch(r"0\d{2,3}[2-8]\d{6,7}", n) and len(n) in (11, 12), v
    elif kind == "id_card":
        assert _id_ok(n.upper()), v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9]+(\.[a-z]+)+", v), v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[" + PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "address":
        assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
        assert re.match(r"(\S+?(省|自治区|市|区|县|镇|路|街|大道))", v), v
        assert not re.fullmatch(r".*(路|街|大道)", v)


def check_corpus(df):
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs)
        spans = sorted([(a, b) for _, a, b in es] + [(a, b) for _, a, b in ns])
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, (text, spans)
        for k, a, b in es:
            assert k in KINDS and 0 <= a < b <= len(text)
            _check_value(k, text[a:b])
            # a value must not run on into more digits / letters of the same token
            if k in ("mobile", "bank_card", "id_card", "qq", "landline"):
                assert not (a > 0 and text[a - 1].isdigit() and not re.search(r"(\+86|0086)$", text[:a])), (text, k)
                assert not (b < len(text) and text[b].isdigit()), (text, k)
            n_ent += 1
        for k, a, b in ns:
            assert 0 <= a < b <= len(text)
            v = text[a:b]
            assert v == v.strip()
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
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
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind37_corpus())  # deterministic
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
    declared = [f"{kind}/{f}" for kind, _, tab in ENTITY_SLOTS.values() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

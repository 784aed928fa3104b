"""Nineteenth blind PII corpus (``split == "blind19"``): retail chains and membership.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十九位写手").
It read only: lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py``
(layout and entry-point names), the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of
``toolkit/privacy/mask.py`` and the README of ``../shared/datasets/``.  It did
NOT read the rest of ``toolkit/privacy/``, ``bench/``, ``docs/``, the README,
any other corpus or test, nor git history; it never imported ``toolkit`` and
never ran any masking / finding function on this data.  Value shapes, chat
contexts and labels come from the writer's own idea of how store staff and
customers of retail chains in mainland China write to each other in WeCom.

What is different here: the THEME.  Messages between store staff and customers
of supermarkets, bakeries, tea / coffee shops, cosmetics counters, clothing and
sports stores, opticians, phone / appliance stores and furniture showrooms:
member sign-up and points, store deliveries, deposits and bookings (cakes,
sofas, glasses), birthday gifts, after-sales at the counter, staff adding
customers, store managers sending their contact cards, parking deduction by
plate, instalment forms (ID + card + phone), job applicants' e-mails.  Common
shapes dominate (plain 11-digit mobiles, ``0755-8600xxxx`` landlines, plain
IDs, 19-digit UnionPay debit cards, ``123456789@qq.com``, standard 7-char
plates, city/district-first addresses); rarer habits (spaced / dashed groups,
``+86``, full-width digits, Chinese-numeral mobiles of elderly customers,
lowercase ``x``, extensions, Taobao-style space-separated addresses, mall
floors, rural addresses) appear at smaller rates.  More than a third of the
rows are ordinary chat lines with neither personal data nor near-misses.
The forced / weighted format mix is not a claim about exact real rates.
Near-misses are the retail look-alikes: member card numbers, points, prices,
order / tracking / receipt / invoice numbers, gift / prepaid card numbers that
fail Luhn, 18-digit transaction serials that fail the ID check, coupon codes,
pickup codes like ``8-3-2017``, hotlines (400 / 800 / 95xxx / 100xx / 12315),
masked mobiles / cards / IDs and tail digits, Taobao-style
region lines (省 市 区 without a house number), barcodes, IMEI, SN, model numbers, sizes,
optical prescriptions, store names / districts alone, bank branches,
postal codes, Wi-Fi passwords, staff and store numbers, dates and times.

A member number that *is* the mobile number ("会员号就是手机号") is labelled
as a mobile; "微信同号 138..." is labelled as a mobile (the value is a phone
number).  Store addresses with a house number are labelled as addresses;
store landlines are labelled as landlines.

Seed
----
``SEED = "blind19-retail-membership-第十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Each format is first forced 5 times into distinct templates
holding a slot of its kind; other rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only: cue words, ``+86``
prefixes and extensions such as ``转806`` are outside; spaces / dashes / dots
/ parentheses of an area code inside a value are inside; an address runs from
its first place unit to its last house-level unit), ``formats`` (one format
name per entity), ``near_misses`` (list of ``(near_kind, start, end)``) and
``split`` (always ``"blind19"``).

Counts (``.venv/bin/python tests/privacy/pii_blind19.py``)
--------------------------------------------------------------
rows=2420 pii_rows=900 near_rows=700 plain_rows=820 entities=1256
(mobile 413, address 224, wechat 106, landline 104, email 89, bank_card 89,
id_card 85, plate 73, qq 73); near-miss spans=1015 (843 in near-miss rows),
38 near-miss kinds (price 102, date 81, place_only 57, order_no 56, time 47,
hotline 43, tracking_no 40, points 31, coupon_code 30, pickup_code 30,
quantity 28, invoice_no 26, member_no 25, imei 25, bad_id 24, model_no 23,
bad_card 23, prescription 22, store_no 22, tail_digits 20, url 20,
credit_code 20, bank_branch 19, masked_mobile 19, verify_code 17,
serial_no 17, masked_card 17, masked_id 17, barcode 17, receipt_no 15,
staff_no 15, postal_code 15, queue_no 12, size 11, duration 10, card_pin 7,
region 6, wifi_pwd 6); formats=52 distinct, each used >= 5 times in >= 5
templates.  Per-format counts are printed by ``__main__``.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind19-retail-membership-第十九位写手"
SPLIT = "blind19"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 700
N_PLAIN_ROWS = 820
FORCE_PER_FMT = 5

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


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


def _luhn_ok(digits: str) -> bool:
    return _luhn_sum(digits) % 10 == 0


def _luhn_digit(body: str) -> str:
    return str((10 - _luhn_sum(body + "0") % 10) % 10)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}

# --------------------------------------------------------------------------- value generators

MOBILE_PREFIXES = (
    "138", "139", "137", "136", "135", "134", "150", "151", "152", "157", "158", "159", "182", "183", "187",
    "188", "130", "131", "132", "155", "156", "185", "186", "166", "133", "153", "180", "181", "189", "199",
    "177", "176", "178", "173", "198", "195", "191", "147", "175", "193", "196", "197",
)
MOBILE_COMMON = ("138", "139", "137", "135", "136", "150", "151", "152", "158", "159", "186", "187", "188",
                 "189", "177", "180", "181", "182", "183", "130", "131", "132", "133", "153", "155", "156",
                 "157", "185", "199", "173", "176", "178", "166", "198", "191", "195")


def _mobile_raw(r: random.Random) -> str:
    p = r.choice(MOBILE_COMMON) if r.random() < 0.8 else r.choice(MOBILE_PREFIXES)
    return p + _digits(r, 8)


def g_mobile(r, fmt):
    m = _mobile_raw(r)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", _group(m, (3, 4, 4), " "), ""
    if fmt == "dash_344":
        return "", _group(m, (3, 4, 4), "-"), ""
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "(+86)")), m, ""
    if fmt == "fullwidth_11":
        return "", m.translate(_FW), ""
    if fmt == "cn_digits":
        zero = r.choice(("零", "〇"))
        return "", "".join(_CN[c] if c != "0" else zero for c in m), ""
    raise KeyError(fmt)


AREA_8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0757", "0769",
          "0571", "0574", "0512", "0510", "0531", "0532", "0551", "0591", "0592", "0731", "0371", "0311",
          "0351", "0431", "0451", "0871", "0851", "0898", "0760", "0577", "0591", "0411", "0773")
AREA_7 = ("0937", "0883", "0394", "0558", "0797", "0349", "0913", "0939", "0477", "0902")


def _local(r, n):
    return r.choice("2345678") + _digits(r, n - 1)


def g_landline(r, fmt):
    if fmt == "area_dash_7":
        return "", r.choice(AREA_7) + "-" + _local(r, 7), ""
    a = r.choice(AREA_8)
    loc = _local(r, 8)
    if fmt == "area_dash":
        return "", a + "-" + loc, ""
    if fmt == "area_plain":
        return "", a + loc, ""
    if fmt == "area_paren":
        lp, rp = r.choice((("(", ")"), ("（", "）")))
        return "", lp + a + rp + loc, ""
    if fmt == "local_only":
        return "", loc, ""
    if fmt == "area_dash_ext":
        ext = _digits(r, r.choice((3, 3, 4)))
        return "", a + "-" + loc, r.choice(("转", "转", "-", "分机", " 转")) + ext
    if fmt == "area_space":
        return "", a + " " + _group(loc, (4, 4), " "), ""
    raise KeyError(fmt)


ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304",
            "440306", "330106", "330110", "320102", "320115", "420111", "420106", "510107", "510104",
            "500103", "500112", "610113", "370102", "370202", "410105", "411625", "341221", "430104",
            "350203", "130102", "140105", "210102", "220102", "230103", "340104", "360102", "450103",
            "460106", "520102", "530102", "620102", "650102", "150102", "360721", "371323", "430721",
            "421281", "441900", "442000", "130602", "522101")


def _id_raw(r, want_x=None):
    while True:
        y = r.randint(1942, 2007)
        mo = r.randint(1, 12)
        dmax = (31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30,
                31, 30, 31)[mo - 1]
        d = r.randint(1, dmax)
        s17 = r.choice(ID_AREAS) + f"{y:04d}{mo:02d}{d:02d}" + _digits(r, 3)
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


def g_id(r, fmt):
    if fmt == "plain_18":
        return "", _id_raw(r, False), ""
    if fmt == "upper_x":
        return "", _id_raw(r, True), ""
    if fmt == "lower_x":
        return "", _id_raw(r, True).lower(), ""
    if fmt == "space_6_8_4":
        return "", _group(_id_raw(r), (6, 8, 4), " "), ""
    raise KeyError(fmt)


BIN19 = ("622202", "621226", "621700", "622700", "622848", "623052", "621661", "622262", "621799",
         "622188", "621288", "623668", "621467", "622908", "621098")
BIN16 = ("622588", "621483", "621485", "625809", "622155", "438088", "427570", "404117", "489592", "552599",
         "518710", "558868", "524374", "622609", "625965")
BIN955 = ("9559980", "9558801", "9559901")


def _card(r, prefix, n):
    body = prefix + _digits(r, n - len(prefix) - 1)
    return body + _luhn_digit(body)


def g_bank(r, fmt):
    if fmt == "plain_19":
        return "", _card(r, r.choice(BIN19), 19), ""
    if fmt == "plain_16":
        return "", _card(r, r.choice(BIN16), 16), ""
    if fmt == "space_4_19":
        return "", _group(_card(r, r.choice(BIN19), 19), (4, 4, 4, 4), " "), ""
    if fmt == "space_4_16":
        return "", _group(_card(r, r.choice(BIN16 + BIN19[:4]), 16), (4, 4, 4), " "), ""
    if fmt == "dash_4_16":
        return "", _group(_card(r, r.choice(BIN16), 16), (4, 4, 4), "-"), ""
    if fmt == "plain_19_955":
        return "", _card(r, r.choice(BIN955), 19), ""
    raise KeyError(fmt)


def _qq_raw(r, fmt="digits_9_10"):
    if fmt == "digits_5_8":
        n = r.choice((6, 7, 8, 8, 5))
        return r.choice("123456789") + _digits(r, n - 1)
    if r.random() < 0.55:
        return r.choice("123") + _digits(r, 9)
    return r.choice("3456789") + _digits(r, 8)


def g_qq(r, fmt):
    return "", _qq_raw(r, fmt), ""


PINYIN = ("xiao", "mei", "li", "wang", "zhang", "chen", "liu", "yang", "huang", "zhao", "lin", "jing", "yu",
          "hui", "fang", "ting", "lei", "jun", "hao", "yan", "qing", "xin", "yun", "ning", "tian", "ya", "yi",
          "wen", "jie", "min", "hong", "ling", "peng", "bo")
ENGL = ("sunny", "coco", "amy", "lily", "tina", "kiki", "momo", "lucky", "candy", "jason", "kevin", "tony",
        "apple", "bella", "cherry", "echo", "vivian", "grace", "leo", "max", "nana", "doudou", "miumiu",
        "tutu", "xixi")


def _tail_num(r):
    return r.choice((str(r.randint(1970, 2008)), f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                     r.choice(("520", "1314", "666", "888", "88", "99", "123", "168", "521")),
                     _digits(r, r.choice((2, 3, 4)))))


def g_wechat(r, fmt):
    if fmt == "alpha_digits":
        base = "".join(r.choice(PINYIN)[0] for _ in range(r.choice((2, 3)))) if r.random() < 0.4 \
            else r.choice(ENGL + PINYIN)
        v = base + _tail_num(r)
        while len(v) < 6:
            v += r.choice("0123456789")
        return "", v, ""
    if fmt == "underscore":
        return "", r.choice(ENGL + PINYIN) + "_" + r.choice((r.choice(PINYIN), _tail_num(r), "mama", "baby")) + \
            r.choice(("", _tail_num(r))), ""
    if fmt == "dash":
        return "", r.choice(ENGL).capitalize() + "-" + _tail_num(r), ""
    if fmt == "wxid":
        n = r.choice((12, 14, 14))
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n)), ""
    if fmt == "mixed_case":
        return "", r.choice(ENGL).capitalize() + r.choice(("", "_")) + r.choice(PINYIN).capitalize() + \
            _tail_num(r), ""
    if fmt == "pinyin_full":
        v = r.choice(PINYIN) + r.choice(PINYIN) + r.choice(PINYIN) + _tail_num(r)
        return "", v, ""
    raise KeyError(fmt)


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_COMMON = "粤粤粤苏苏浙浙京沪鲁鲁川豫鄂湘闽皖冀"


def _plate_tail(r):
    s = list(_digits(r, 5))
    for _ in range(r.choice((0, 0, 1, 1, 2))):
        s[r.randrange(5)] = r.choice(PLATE_LET)
    return "".join(s)


def g_plate(r, fmt):
    p = r.choice(PLATE_COMMON) if r.random() < 0.6 else r.choice(PLATE_PROV)
    c = r.choice("ABCDEFGH") if r.random() < 0.85 else r.choice(PLATE_LET)
    if fmt == "std_7":
        return "", p + c + _plate_tail(r), ""
    if fmt == "nev_8":
        tail = r.choice("DF") + r.choice(("", r.choice(PLATE_LET[:8]))) + _digits(r, 5)
        tail = tail[:6]
        if len(tail) < 6:
            tail += _digits(r, 6 - len(tail))
        return "", p + c + tail, ""
    if fmt == "dot_sep":
        return "", p + c + "·" + _plate_tail(r), ""
    if fmt == "space_sep":
        return "", p + c + " " + _plate_tail(r), ""
    if fmt == "lower_letters":
        return "", p + c.lower() + _plate_tail(r).lower(), ""
    raise KeyError(fmt)


CORP_DOMAINS = ("yonghui.com.cn", "hxjiaju.com", "mingyuan-opt.cn", "xinghe-retail.com", "bjhualian.com",
                "lanshan-tea.cn", "szkuaile.com", "meijia-bj.com.cn", "ouyakj.cn", "tianhong.cn")


def _local_part(r):
    k = r.random()
    if k < 0.4:
        return r.choice(ENGL + PINYIN) + _tail_num(r)
    if k < 0.7:
        return r.choice(PINYIN) + r.choice(PINYIN) + r.choice(("", _tail_num(r)))
    if k < 0.85:
        return r.choice(ENGL) + r.choice(("_", ".")) + r.choice(PINYIN)
    return "".join(r.choice(PINYIN)[0] for _ in range(3)) + _digits(r, r.choice((3, 4, 6)))


def g_email(r, fmt):
    if fmt == "qq_digits":
        return "", _qq_raw(r) + "@qq.com", ""
    if fmt == "netease":
        return "", _local_part(r) + r.choice(("@163.com", "@163.com", "@126.com", "@yeah.net")), ""
    if fmt == "foreign":
        return "", _local_part(r) + r.choice(("@gmail.com", "@outlook.com", "@hotmail.com", "@icloud.com")), ""
    if fmt == "corp_domain":
        return "", r.choice(PINYIN + ENGL) + r.choice(("", ".", "_")) + r.choice(PINYIN) + "@" + \
            r.choice(CORP_DOMAINS), ""
    if fmt == "other_cn":
        return "", _local_part(r) + r.choice(("@sina.com", "@sina.cn", "@sohu.com", "@139.com", "@foxmail.com",
                                               "@aliyun.com")), ""
    if fmt == "upper_case":
        return "", (_local_part(r) + r.choice(("@163.com", "@126.com", "@qq.com"))).upper(), ""
    if fmt == "fullwidth_at":
        return "", r.choice((_qq_raw(r), _local_part(r))) + "＠" + r.choice(("qq.com", "163.com", "126.com")), ""
    raise KeyError(fmt)


CITIES = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"), ("粤海街道", "西乡街道", "坂田街道")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区"), ("石牌街道", "江海街道")),
    ("广东省", "东莞市", ("南城街道", "东城街道"), ()),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区", "宝山区"), ("花木街道", "康健街道")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "通州区", "昌平区"), ("望京街道", "回龙观街道")),
    ("", "天津市", ("南开区", "河西区"), ()),
    ("", "重庆市", ("渝北区", "九龙坡区", "南岸区"), ()),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区"), ("文新街道", "五常街道")),
    ("浙江省", "宁波市", ("鄞州区", "海曙区"), ()),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "秦淮区"), ()),
    ("江苏省", "苏州市", ("工业园区", "姑苏区", "吴中区"), ()),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "郫都区"), ()),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ()),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), ()),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), ()),
    ("山东省", "济南市", ("历下区", "槐荫区"), ()),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区"), ()),
    ("陕西省", "西安市", ("雁塔区", "未央区", "碑林区"), ()),
    ("福建省", "厦门市", ("思明区", "湖里区"), ()),
    ("安徽省", "合肥市", ("蜀山区", "包河区"), ()),
    ("河北省", "保定市", ("竞秀区", "莲池区"), ()),
    ("江西省", "赣州市", ("章贡区",), ()),
    ("广西壮族自治区", "柳州市", ("城中区", "柳南区"), ()),
    ("云南省", "曲靖市", ("麒麟区",), ()),
    ("湖南省", "常德市", ("武陵区",), ()),
    ("山东省", "临沂市", ("兰山区",), ()),
    ("甘肃省", "天水市", ("秦州区",), ()),
    ("黑龙江省", "齐齐哈尔市", ("龙沙区",), ()),
    ("辽宁省", "沈阳市", ("和平区", "浑南区"), ()),
)
ROADS = ("人民路", "解放路", "建设路", "中山路", "文三路", "科技园路", "长江路", "黄河路", "学府路", "新华街",
         "光明大道", "东风路", "幸福路", "育才路", "滨河路", "新华路", "北京路", "和平大街",
         "工农路", "胜利街", "迎宾大道", "丰收路", "花园路", "文化路", "红旗路", "青年路")
ESTATES = ("阳光花园", "锦绣华庭", "万科城", "碧桂园", "保利香槟国际", "金地格林小镇", "翠苑一区", "幸福里小区",
           "恒大名都", "绿地世纪城", "世纪花园", "龙湖春江郦城", "中海国际社区", "望京西园三区", "和平里小区",
           "教师新村", "电厂宿舍", "华润二十四城", "融创玖樟台", "桂园小区", "东方明珠花园", "名仕家园",
           "新城吾悦华府", "工行宿舍", "纺织厂家属院", "滨江花园")
MALLS = ("万达广场", "万象城", "大悦城", "吾悦广场", "银泰城", "龙湖天街", "印象城", "凯德广场", "宝龙广场")
RURAL = (
    ("河南省", "周口市", "郸城县", "宜路镇", "王庄村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李寨村"),
    ("江西省", "赣州市", "于都县", "罗坳镇", "大桥村"), ("湖南省", "常德市", "桃源县", "漳江镇", "白洋河村"),
    ("山东省", "临沂市", "沂水县", "许家湖镇", "河东村"), ("四川省", "南充市", "仪陇县", "新政镇", "金城村"),
    ("河北省", "保定市", "安新县", "安州镇", "西街村"), ("广西壮族自治区", "玉林市", "博白县", "水鸣镇", "三联村"),
)
CN_SMALL = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def _room(r):
    f = r.randint(1, 33)
    return f"{f}{r.randint(1, 4):02d}"


def _bldg(r):
    k = r.random()
    if k < 0.35:
        return f"{r.randint(1, 28)}栋{r.randint(1, 4)}单元{_room(r)}"
    if k < 0.55:
        return f"{r.randint(1, 22)}号楼{r.randint(1, 6)}单元{_room(r)}" + r.choice(("", "室"))
    if k < 0.7:
        return f"{r.randint(1, 30)}幢{_room(r)}室"
    if k < 0.8:
        return f"{r.choice('ABCD')}座{_room(r)}"
    if k < 0.92:
        return f"{r.randint(1, 28)}栋{_room(r)}"
    return f"{r.randint(1, 9)}栋{r.randint(1, 3)}单元{r.randint(1, 7)}层"


def _road(r):
    return r.choice(ROADS) + f"{r.randint(1, 999)}号"


def g_address(r, fmt):
    prov, city, dists, streets = r.choice(CITIES)
    dist = r.choice(dists)
    if fmt == "full_prov":
        while not prov:
            prov, city, dists, streets = r.choice(CITIES)
            dist = r.choice(dists)
        v = prov + city + dist + _road(r) + (r.choice(ESTATES) + _bldg(r) if r.random() < 0.75 else "")
    elif fmt == "city_start":
        st = r.choice(streets) if streets and r.random() < 0.3 else ""
        v = city + dist + st + _road(r) + (r.choice(ESTATES) + _bldg(r) if r.random() < 0.6 else "")
    elif fmt == "district_start":
        v = dist + (_road(r) + (r.choice(ESTATES) + _bldg(r) if r.random() < 0.5 else "")
                    if r.random() < 0.6 else r.choice(ESTATES) + _bldg(r))
    elif fmt == "estate_room":
        v = r.choice(ESTATES) + _bldg(r)
    elif fmt == "dash_room":
        v = r.choice(("", dist)) + r.choice(ESTATES) + f"{r.randint(1, 20)}-{r.randint(1, 4)}-{_room(r)}"
    elif fmt == "road_num":
        v = _road(r) + r.choice(("", "", f"{r.choice('ABC')}座{_room(r)}", r.choice(ESTATES) + _bldg(r)))
    elif fmt == "rural":
        pv, ct, cty, town, vil = r.choice(RURAL)
        v = r.choice((pv, "")) + ct + cty + town + vil + r.choice(("", r.choice(CN_SMALL) + "组")) + \
            f"{r.randint(1, 199)}号"
    elif fmt == "space_sep":
        parts = [p for p in (prov, city, dist) if p]
        if streets and r.random() < 0.5:
            parts.append(r.choice(streets))
        parts.append(_road(r))
        if r.random() < 0.7:
            parts.append(r.choice(ESTATES) + _bldg(r))
        v = " ".join(parts)
    elif fmt == "mall_floor":
        v = r.choice((city, "")) + dist + _road(r) + r.choice(MALLS) + r.choice(("", "", "")) + \
            r.choice(("1层", "2层", "3层", "4层", "B1层", "负一层", "L2层"))
    else:
        raise KeyError(fmt)
    return "", v, ""


# name, weight
FMT_TABLES = (
    ("mobile", g_mobile, (("plain_11", 78), ("space_344", 7), ("dash_344", 4), ("plus86_plain", 4),
                          ("fullwidth_11", 2), ("cn_digits", 2))),
    ("landline", g_landline, (("area_dash", 50), ("area_plain", 9), ("area_paren", 8), ("local_only", 10),
                              ("area_dash_ext", 9), ("area_space", 4), ("area_dash_7", 6))),
    ("id_card", g_id, (("plain_18", 80), ("upper_x", 8), ("lower_x", 3), ("space_6_8_4", 5))),
    ("bank_card", g_bank, (("plain_19", 50), ("plain_16", 20), ("space_4_19", 14), ("space_4_16", 8),
                           ("dash_4_16", 2), ("plain_19_955", 3))),
    ("qq", g_qq, (("digits_9_10", 82), ("digits_5_8", 18))),
    ("wechat", g_wechat, (("alpha_digits", 35), ("underscore", 18), ("dash", 7), ("wxid", 12),
                          ("mixed_case", 10), ("pinyin_full", 14))),
    ("plate", g_plate, (("std_7", 72), ("nev_8", 16), ("dot_sep", 4), ("space_sep", 5), ("lower_letters", 3))),
    ("email", g_email, (("qq_digits", 42), ("netease", 24), ("foreign", 10), ("corp_domain", 9),
                        ("other_cn", 9), ("upper_case", 2), ("fullwidth_at", 3))),
    ("address", g_address, (("full_prov", 18), ("city_start", 22), ("district_start", 15), ("estate_room", 16),
                            ("dash_room", 7), ("road_num", 8), ("rural", 6), ("space_sep", 5),
                            ("mall_floor", 3))),
)
GEN = {k: g for k, g, _ in FMT_TABLES}
FMTS = {k: tab for k, _, tab in FMT_TABLES}
# restricted slot groups ({address:store})
GROUPS = {
    ("address", "biz"): ("road_num", "mall_floor", "city_start", "district_start", "full_prov"),
    ("address", "detail"): ("road_num", "estate_room", "dash_room"),
    ("address", "store"): ("road_num", "mall_floor", "city_start", "district_start", "full_prov"),
    ("address", "home"): ("full_prov", "city_start", "district_start", "estate_room", "dash_room", "rural",
                          "space_sep"),
    ("mobile", "typed"): ("plain_11", "space_344", "dash_344", "plus86_plain", "fullwidth_11"),
    ("landline", "store"): ("area_dash", "area_plain", "area_paren", "area_dash_ext", "area_space",
                            "area_dash_7", "local_only"),
}

# --------------------------------------------------------------------------- near-miss generators


def _fail_luhn(r, s):
    while _luhn_ok(s) or (len(s) == 18 and _id_ok(s)):
        s = s[:-1] + r.choice("0123456789")
    return s


def n_order_no(r):
    k = r.random()
    if k < 0.45:
        return _fail_luhn(r, r.choice("123456789") + _digits(r, 18))
    if k < 0.65:
        return r.choice("23") + _digits(r, 11)
    if k < 0.85:
        return r.choice(("DD", "SO", "XS", "WX")) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6)
    return _fail_luhn(r, "1" + _digits(r, 15))


def n_tracking_no(r):
    k = r.random()
    if k < 0.35:
        return "SF" + r.choice(("14", "13", "15")) + _digits(r, 11)
    if k < 0.5:
        return "YT" + _digits(r, 13)
    if k < 0.62:
        return "JT" + r.choice("35") + _digits(r, 12)
    if k < 0.75:
        return "JDV" + _digits(r, 12)
    if k < 0.88:
        return r.choice(("73", "75", "78")) + _digits(r, 12)
    return r.choice(("43", "46")) + _digits(r, 11)


def n_member_no(r):
    k = r.random()
    if k < 0.3:
        return "VIP" + _digits(r, 8)
    if k < 0.55:
        return r.choice(("88", "80", "60")) + _digits(r, 8)
    if k < 0.75:
        return _fail_luhn(r, "8" + _digits(r, 15))
    return r.choice(("M", "HY", "C")) + _digits(r, 9)


def n_points(r):
    v = r.choice((r.randint(20, 999), r.randint(1000, 9999), r.randint(10000, 60000)))
    return f"{v:,}" if v >= 10000 and r.random() < 0.3 else str(v)


def n_price(r):
    v = r.choice((r.randint(9, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(1, 60)))
    k = r.random()
    if k < 0.3:
        return f"{v}元"
    if k < 0.5:
        return f"¥{v}"
    if k < 0.6:
        return f"￥{v}.{r.randint(0, 9)}"
    if k < 0.75:
        return f"{v}块"
    if k < 0.85:
        return f"{v:,}元" if v >= 1000 else f"{v}.00元"
    return f"{v}.{r.choice(('8', '9', '5', '90'))}"


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"2024-{m:02d}-{d:02d}", f"{d}号",
                     f"2024年{m}月{d}日", f"2025{m:02d}{d:02d}", f"{m}/{d}"))


def n_time(r):
    h = r.randint(8, 21)
    return r.choice((f"{h}:{r.choice(('00', '30', '15', '45'))}", f"下午{r.randint(1, 6)}点",
                     f"上午{r.randint(9, 11)}点半", f"晚上{r.randint(6, 9)}点", f"{h}点前",
                     f"{h}:00-{h + 2}:00"))


def n_verify_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def n_pickup_code(r):
    return r.choice((f"{r.choice('ABCK')}{r.randint(1, 999):03d}", f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 6999)}",
                     str(r.randint(100, 9999)), f"{r.randint(10, 99)}{r.choice('ABC')}{r.randint(10, 99)}"))


def n_hotline(r):
    k = r.random()
    if k < 0.45:
        d = _digits(r, 7)
        return r.choice((f"400-{d[:3]}-{d[3:]}", f"400{d}", f"400 {d[:3]} {d[3:]}", f"4008-{d[1:4]}-{d[4:]}"))
    if k < 0.55:
        d = _digits(r, 7)
        return f"800-{d[:3]}-{d[3:]}"
    return r.choice(("95588", "95533", "95555", "95566", "95599", "95559", "95528", "10086", "10010", "10000",
                     "12315", "95518", "95017", "12345"))


def n_masked_mobile(r):
    m = _mobile_raw(r)
    return m[:3] + "****" + m[7:] if r.random() < 0.8 else m[:3] + "*****" + m[8:]


def n_masked_card(r):
    c = _card(r, r.choice(BIN19), 19)
    return r.choice((c[:4] + " **** **** " + c[-4:], c[:6] + "*********" + c[-4:], "**** " + c[-4:],
                     c[:4] + "***********" + c[-4:]))


def n_masked_id(r):
    i = _id_raw(r)
    return r.choice((i[:4] + "**********" + i[-4:], i[:6] + "********" + i[-4:], i[0] + "****************" + i[-1],
                     i[:3] + "***************"))


def n_tail(r):
    return _digits(r, 4)


def n_bad_card(r):
    n = r.choice((16, 19, 19, 18, 16))
    s = _fail_luhn(r, r.choice(("8", "2", "9", "3", "6")) + _digits(r, n - 1))
    return _group(s, (4, 4, 4, 4), " ") if r.random() < 0.3 else s


def n_card_pin(r):
    return _digits(r, r.choice((6, 6, 8)))


def n_invoice_no(r):
    return r.choice((_digits(r, 8), "24" + r.choice(("44", "33", "31", "11")) + _digits(r, 16),
                     "0" + _digits(r, 11)))


_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def n_credit_code(r):
    return "91" + r.choice(ID_AREAS) + "MA" + "".join(r.choice(_CC) for _ in range(7)) + r.choice(_CC)


MODELS = ("KFR-35GW/NhGc1B", "BCD-520WKPZM", "iPhone 15 Pro Max", "Mate 60 Pro", "Redmi K70", "X100s",
          "EF-S18-55", "XQG100-BD14126", "55E3H", "SJ-2291", "CT-8810", "A5S", "DV3853-001", "FZ1098-100",
          "Air Max 270", "P50 Pocket", "WH-1000XM5", "ZK-3360", "S23 Ultra")


def n_model_no(r):
    return r.choice(MODELS) if r.random() < 0.6 else \
        r.choice(("FN", "HX", "TS", "LX")) + _digits(r, 4) + "-" + _digits(r, 3)


def n_barcode(r):
    return "69" + _digits(r, 11)


def n_imei(r):
    body = "86" + _digits(r, 12)
    return body + _luhn_digit(body)


def n_serial_no(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice((10, 12, 12))))


def n_size(r):
    return r.choice((f"{r.randint(35, 45)}码", f"{r.choice((160, 165, 170, 175, 180))}/{r.choice((84, 88, 92, 96))}A",
                     r.choice(("XL", "M码", "L码", "XXL", "S码")), f"{r.choice((24, 26, 28))}寸",
                     f"{r.randint(25, 34)}腰"))


def n_prescription(r):
    v = lambda: f"-{r.randint(1, 8)}.{r.choice(('00', '25', '50', '75'))}"  # noqa: E731
    return r.choice((v(), f"左{v()}右{v()}", f"散光{v()}", f"瞳距{r.randint(56, 70)}", f"{r.randint(1, 9)}00度"))


PLACES = ("万达店", "徐家汇店", "天河城店", "五一广场店", "西湖银泰店", "南山海岸城店", "春熙路店", "望京店",
          "解放碑店", "南京西路店", "光谷店", "朝阳大悦城店", "龙华店", "鼓楼店", "宝安", "浦东", "海淀",
          "江宁万达店", "吾悦广场店", "县城那家店", "火车站店", "市中心店")


def n_place(r):
    return r.choice(PLACES)


def n_region(r):
    prov, city, dists, _ = r.choice(CITIES)
    return " ".join(p for p in (prov, city, r.choice(dists)) if p)


def n_receipt_no(r):
    return r.choice(("XS" + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6),
                     _digits(r, 4) + _digits(r, 4) + _digits(r, 12), "T" + _digits(r, 14)))


def n_bad_id(r):
    return _fail_luhn(r, r.choice("123456789") + _digits(r, 17))


def n_coupon(r):
    return r.choice((_group(_digits(r, 12), (4, 4, 4), " "), "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXY23456789")
                                                                      for _ in range(8)), _digits(r, 10)))


def n_wifi(r):
    return r.choice(("88888888", "12345678", "66668888", r.choice(ENGL) + _digits(r, 4),
                     r.choice(PINYIN) + r.choice(PINYIN) + "888"))


def n_queue(r):
    return f"{r.choice('ABCD')}{r.randint(1, 99):02d}"


POSTALS = ("518057", "200030", "310012", "100020", "430074", "610041", "450000", "266071", "710061",
           "361000", "466600", "341000")


def n_postal(r):
    return r.choice(POSTALS)


def n_url(r):
    tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7))
    return r.choice((f"https://m.tb.cn/h.{tok}", f"https://u.jd.com/{tok}", f"https://v.douyin.com/{tok}/",
                     f"https://dpurl.cn/{tok}"))


def n_staff_no(r):
    return r.choice((f"{r.choice('ASMD')}{_digits(r, 4)}", _digits(r, 5), f"{_digits(r, 6)}"))


def n_store_no(r):
    return r.choice(("SZ", "GZ", "BJ", "SH", "HZ", "CD", "WH")) + _digits(r, 4)


BRANCHES = ("工行深圳科技园支行", "建行杭州城西支行", "农行郑州金水支行", "招行南山支行", "中行广州天河支行",
            "交行上海徐汇支行", "邮储银行郸城县支行", "建设银行成都武侯支行")


def n_bank_branch(r):
    return r.choice(BRANCHES)


def n_duration(r):
    return r.choice(("2小时", "3小时", "1个小时", "半小时", "24小时"))


def n_quantity(r):
    return r.choice((f"{r.randint(2, 50)}箱", f"{r.randint(2, 20)}盒", f"{r.randint(2, 200)}份",
                     f"{r.randint(1, 9)}件"))


NEAR = {
    "order_no": n_order_no, "tracking_no": n_tracking_no, "member_no": n_member_no, "points": n_points,
    "price": n_price, "date": n_date, "time": n_time, "verify_code": n_verify_code,
    "pickup_code": n_pickup_code, "hotline": n_hotline, "masked_mobile": n_masked_mobile,
    "masked_card": n_masked_card, "masked_id": n_masked_id, "tail_digits": n_tail,
    "bad_card": n_bad_card, "card_pin": n_card_pin, "invoice_no": n_invoice_no,
    "credit_code": n_credit_code, "model_no": n_model_no, "barcode": n_barcode, "imei": n_imei,
    "serial_no": n_serial_no, "size": n_size, "prescription": n_prescription, "place_only": n_place,
    "receipt_no": n_receipt_no, "region": n_region, "bad_id": n_bad_id, "coupon_code": n_coupon, "wifi_pwd": n_wifi,
    "queue_no": n_queue, "postal_code": n_postal, "url": n_url, "staff_no": n_staff_no,
    "store_no": n_store_no, "bank_branch": n_bank_branch, "duration": n_duration, "quantity": n_quantity,
}

FILL = {
    "brand": ("永辉", "盒马", "沃尔玛", "山姆", "大润发", "瑞幸", "喜茶", "蜜雪冰城", "奈雪", "优衣库", "迪卡侬",
              "宝岛眼镜", "苏宁", "国美", "宜家", "林氏家居", "顾家家居", "丝芙兰", "屈臣氏", "85度C", "好利来",
              "鲍师傅", "安踏", "李宁", "名创优品", "胖东来", "物美", "华为授权店", "小米之家", "OPPO专卖店",
              "欧莱雅专柜", "雅诗兰黛专柜", "周大福", "海澜之家", "元祖", "鸿星尔克", "全家", "罗森"),
    "item": ("蛋糕", "面包", "奶茶", "咖啡豆", "洗发水", "口红", "粉底液", "精华", "羽绒服", "运动鞋", "跑鞋",
             "瑜伽裤", "眼镜", "隐形眼镜", "手机壳", "手机", "平板", "空调", "冰箱", "洗衣机", "沙发", "床垫",
             "餐桌", "大米", "食用油", "牛奶", "水果礼盒", "月饼", "粽子", "充电宝", "耳机", "卫衣", "T恤"),
    "emo": ("", "", "", "", "😊", "🙏", "👍", "~", "哈", "😂", "🌹", "！", "～", "💕", "[抱拳]", "[微笑]"),
}

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    # membership sign-up and points
    "办会员要填手机号吗？我的是{mobile}",
    "{mobile} 这个号注册一下会员{emo}",
    "亲，会员已经开好了，登录手机号{mobile}，开卡送的{~points}积分已到账{emo}",
    "会员手机号换了，原来{mobile}，现在用{mobile}，帮我改一下",
    "帮我查下{mobile}的积分还有多少",
    "手几号{mobile}，之前在{brand}办过卡",
    "会员登记：\n手机：{mobile}\n生日：{~date}",
    "我妈的会员是{mobile}，积分能转到我这个{mobile}上吗",
    "姐我是{mobile}，上次买的{item}积分没加上{emo}",
    "收银说要报手机号，我直接发你吧{mobile}",
    "登记一下哈 电话{mobile} 生日{~date} 到时候送生日礼",
    "会员生日礼是到店领还是寄？我地址{address:home}，电话{mobile}",
    "会员号就是手机号{mobile}，积分{~points}，能换什么",
    "我是老会员了，手机尾号变了，新的是{mobile}",
    "亲您好，您的会员信息：手机{mobile}，等级金卡，可用积分{~points}",
    "开卡手机号填{mobile}就行，不用身份证吧",
    "您好，这边是{brand}门店，您在店里留的电话{mobile}是本人吗？",
    "会员信息已更新：手机{mobile}，邮箱{email}",
    "积分兑换的小礼品寄到{address:home}，电话{mobile}{emo}",
    "会员卡丢了，身份证号{id_card}能补吗",
    "我用身份证{id_card}开的会员，手机号是老号{mobile}",
    "帮家里人也办一张会员卡，身份证{id_card}，电话{mobile}",
    "会员手机{mobile} 卡号{~member_no}",
    # delivery from the store
    "送货地址：{address:home}\n联系电话：{mobile}",
    "麻烦送到{address:home}，到了打{mobile}",
    "{address:home} {mobile} 放门卫就行{emo}",
    "收货人：本人 {mobile} {address:home}",
    "地址是{address:home}，下班后家里有人，{~date}前送到就行",
    "帮我送到单位吧，{address}，前台电话{landline}",
    "改一下地址：{address:home}（原来那个不要了）",
    "超市配送能到{address:home}吗，微信同号{mobile}",
    "老人家住{address:home}，订的米和油送上去，打这个座机{landline}",
    "冰箱送到{address:home}，安装师傅来之前打{mobile}或者{mobile}",
    "地址：{address:home}\n电话：{mobile}\n备注：不要放快递柜",
    "收件人：本人\n手机号码：{mobile}\n所在地区：{~region}\n详细地址：{address:detail}",
    "姐，您的{item}已经从店里发出了，寄到{address:home}，收件电话{mobile}，单号{~tracking_no}",
    "核对下信息：{mobile}，{address:home}，没问题我就下单了",
    "您的生日礼已寄出，地址：{address:home}，快递单号{~tracking_no}",
    "快递柜地址填{address}就行",
    "公司地址：{address}，邮编{~postal_code}",
    "寄到{address:home}，邮编{~postal_code}，电话{mobile}",
    "奶茶团购{~quantity}，送到{address:biz}，到楼下打{mobile}",
    "蛋糕送到{address:home}，{~date}晚上要用，联系{mobile}",
    "小样邮寄地址{address:home}\n电话 {mobile}",
    "我的电话{mobile} 我的地址{address:home} 送两箱牛奶",
    "你好 我住在{address:home} 我要订{item} 电话{mobile}",
    "地址发你了哈👇\n{address:home}",
    "👉{address:home}",
    "{address:home}",
    "家里地址{address:home}，白天没人，送到后放门口拍照给我",
    "送货上门到{address:home}，车停不进去就打我{mobile}",
    # deposits and bookings
    "定金{~price}已付，预留手机{mobile}，到店报号码就行",
    "蛋糕预订：{~date}取，电话{mobile}，写字生日快乐",
    "定金退到我这张卡{bank_card}，开户行{~bank_branch}",
    "退款原路退不了的话打到{bank_card}吧，户名本人",
    "卡号{bank_card} 工资卡那张",
    "{bank_card}\n户名本人\n开户行{~bank_branch}",
    "订沙发交定金要登记身份证吗？{id_card}",
    "设计师上门量房，地址{address:home}，周末都行，电话{mobile}",
    "量尺寸约{~date}，地址{address:home}",
    "预约验光{~date} {~time}，手机{mobile}",
    "订了两个位子，{~time}到，电话{mobile}，谢谢{emo}",
    "预订的{item}到货了通知我，{mobile}",
    # instalment / real name
    "分期买手机要身份证号：{id_card}，手机{mobile}",
    "办分期的资料：身份证{id_card} 银行卡{bank_card} 预留手机{mobile}",
    "实名登记一下，身份证号{id_card}",
    "发票抬头个人，要填身份证的话是{id_card}",
    "新手机激活要机主号码，{mobile}，身份证{id_card}",
    "办合约机，装机地址{address:home}，联系人电话{mobile}",
    "{id_card}\n{bank_card}\n{mobile}",
    "身份证 {id_card}\n卡号 {bank_card}",
    "身份证：{id_card}\n电话：{mobile}\n地址：{address:home}",
    "快递实名寄件，身份证号{id_card}",
    "{id_card}这个是我身份证号码，会员认证用",
    "买药要登记身份证{id_card}，麻烦帮我登记下",
    "我老公身份证{id_card}，他的会员也一起办了吧",
    "工资卡{bank_card}可以办分期吗",
    "退押金，押金卡号{~bad_card}，退到我银行卡{bank_card}",
    "储值卡余额能转出到{bank_card}吗",
    "银行卡尾号{~tail_digits}那张不用了，换成{bank_card}",
    "信用卡{bank_card}，刷了{~price}，还没到账",
    "退款到{bank_card}，请核对",
    # parking / plates
    "商场停车能用积分抵吗？车牌{plate}",
    "帮我登记下车牌{plate}，会员免停{~duration}是吧",
    "{plate} 这个车牌绑定一下会员",
    "送货车车牌{plate}，司机电话{mobile}，在后门卸货",
    "我车停在门口了 {plate}，麻烦帮我把床垫搬上车",
    "车牌号：{plate}\n手机号：{mobile}\n停车减免帮我弄下",
    "换车了，新车牌{plate}，旧的{plate}帮我解绑",
    "门口那辆{plate}挡住卸货区了，谁的车？",
    "家具装车，车牌{plate}，到了给你打电话{mobile}",
    "停车缴费显示{plate}没有会员抵扣，会员卡是{~member_no}",
    "{plate} 停B2了，一会下去",
    "车牌{plate}，刚买了{~price}能免几个小时",
    "麻烦查一下{plate}是不是已经出场了{emo}",
    # contact cards / staff adding
    "您好，我是{brand}的店长，这是我的微信{wechat}，有事随时找我{emo}",
    "店长微信：{wechat}  店里座机：{landline:store}",
    "加我QQ也行{qq}",
    "我不太用微信，QQ{qq}",
    "有新款通知我，微信号{wechat}",
    "搜不到你微信，你再发一遍？是{wechat}吗",
    "【名片】{brand}门店\n电话：{landline:store}\n手机：{mobile}\n地址：{address:store}",
    "这是我们售后同事，微信{wechat}，电话{mobile}",
    "你加一下我们店长企业微信，手机号搜{mobile}就能加",
    "门店座机{landline:store}，有事{~time}前打都行",
    "有事打店里{landline:store}，找店长就行",
    "店址：{address:store}，电话{landline:store}",
    "我们新店开业啦🎉 地址{address:store}，欢迎来玩",
    "店在{address:store}，导航搜{brand}就能到",
    "我微信{wechat}，你加我一下，我把照片发你",
    "V：{wechat}",
    "vx {wechat} 备注买鞋",
    "+v {wechat}",
    "wx:{wechat}",
    "企微加不上，加我个微{wechat}吧",
    "我闺女的威信{wechat}，你跟她联系",
    "QQ号：{qq}，加的时候备注{brand}",
    "扣扣{qq}",
    "Q：{qq}",
    "我没微信的，有事打{landline}，家里座机",
    "家里电话{landline}，白天没人，打手机{mobile}",
    "加我微信吧，{wechat}，拉你进福利群{emo}",
    "我微信是{wechat}，通过一下哦",
    "已经加你了，我微信名是一只猫，号{wechat}",
    "{wechat} 搜这个",
    "{qq} 这个是我Q",
    "之前的会员群是QQ群，你加我QQ{qq}我拉你",
    "QQ：{qq}  微信：{wechat}",
    "小区团购群群主，微信{wechat}，手机{mobile}",
    "V信{wechat}，有活动发我",
    "联系方式 {mobile}（微信同号）",
    "微信同号{mobile}",
    "打我办公室电话{landline}",
    "座机：{landline}",
    "采购部座机{landline}，分机直接问前台",
    "店里电话{landline:store}，营业到{~time}",
    "总部客服{~hotline}，门店直线{landline:store}",
    # email
    "电子发票发我邮箱{email}",
    "发票：单位抬头，税号{~credit_code}，发到{email}",
    "{email} 发这个邮箱吧",
    "麻烦把团购合同发到{email}，谢谢",
    "邮箱写错了，是{email}不是{email}",
    "订单截图我发到你们邮箱了，我的是{email}",
    "团购的报价单发我邮箱：{email} 或者QQ{qq}",
    "QQ邮箱{email}",
    "简历发你们邮箱了，我的邮箱{email}，想应聘店员",
    "应聘导购，电话{mobile}，邮箱{email}",
    "Tel: {mobile}  Email: {email}",
    "my wechat: {wechat}",
    "email {email} thx",
    "企业团购月饼，对公转账，联系人电话{landline}，邮箱{email}",
    # after-sales
    "手机屏幕碎了来修，登记电话{mobile}，IMEI {~imei}",
    "售后单上留的是{mobile}，修好了打这个",
    "眼镜架松了，上次配镜留的电话{mobile}，度数{~prescription}",
    "衣服起球了想退，会员是手机{mobile}，小票号{~receipt_no}",
    "空调装好了没制冷，地址{address:home}，电话{mobile}，型号{~model_no}",
    "寄回地址：{address:store} 门店收 {landline:store}",
    "洗衣机漏水，{address:home}，麻烦尽快上门，{mobile}",
    "以旧换新，旧机上门回收，地址{address:home}",
    "鞋开胶了，在{~place_only}买的，电话{mobile}",
    "柜姐你好，我在专柜买的{item}，会员卡绑的手机是{mobile}",
    # misc, bare, emoji
    "{mobile}",
    "📱{mobile}",
    "电话：{mobile}📞",
    "好的好的，{mobile}，谢谢啦",
    "手机号码{mobile}，麻烦啦~",
    "我换号了！新号{mobile}，旧号不用了",
    "可以先打我电话吗{mobile}，在上班不方便看微信",
    "号码{mobile}  取件人本人",
    "填的{mobile}，短信没收到验证码",
    "是{mobile}吗？你那边显示的",
    "电话：{mobile}/{landline}",
    "电话是{mobile:typed}电话是{same}",
    "{mobile} 到了打我",
    "姐 这是我手机{mobile} 有货了跟我说一声{emo}",
    "打这个{mobile}，那个号停机了",
    "电活{mobile}",
    "明天来拿{item}，预留的{mobile}",
    # more qq / plate / card / email contexts
    "手机号{mobile}，QQ{qq}，哪个都能找到我",
    "我QQ是{qq}，照片在QQ里发你",
    "QQ{qq}，加我时备注一下买的啥{emo}",
    "我家孩子的QQ{qq}，校服尺码你跟他对一下",
    "扣扣号{qq}，白天上班微信不方便",
    "邮箱就是QQ号{qq}那个",
    "qq：{qq}\n电话：{mobile}",
    "团购联系人QQ{qq}，座机{landline}",
    "我车牌{plate}，在地下车库等你送货",
    "提车送的保养卡，车牌{plate}登记一下",
    "车牌{plate} 手机尾号{~tail_digits}，帮我抵扣停车费",
    "银行卡号：{bank_card}\n开户行：{~bank_branch}",
    "分期失败了，换这张卡试试{bank_card}",
    "应聘收银员，简历已发，邮箱{email}，电话{mobile}",
)

NEAR_TEMPLATES = (
    "订单号{~order_no}，什么时候发货",
    "快递单号{~tracking_no}，显示签收了但没收到",
    "{~tracking_no} 帮我查下到哪了",
    "会员卡号{~member_no}，积分{~points}",
    "这件原价{~price}，会员价{~price}",
    "满{~price}有赠品，{~date}截止",
    "验证码{~verify_code}，我报给你了",
    "取餐码{~pickup_code}，做好了叫我",
    "客服电话{~hotline}打不通",
    "打{~hotline}投诉你们",
    "是{~masked_mobile}这个号吗？",
    "尾号{~tail_digits}的那个手机号",
    "礼品卡卡号{~bad_card}，密码{~card_pin}",
    "储值卡{~bad_card}余额还有多少",
    "发票号码{~invoice_no}，抬头开错了",
    "税号{~credit_code}，开专票",
    "型号{~model_no}还有现货吗",
    "条码{~barcode}扫不出来，收银台手动输一下",
    "IMEI：{~imei}",
    "SN码{~serial_no}，在保修期内吗",
    "平时穿{~size}，这款要拿大一码吗",
    "度数{~prescription}，能配防蓝光的吗",
    "{~place_only}那家几点关门",
    "我在{~place_only}办的卡，这边能用吗",
    "小票号{~receipt_no}，要补开发票",
    "退款流水号{~bad_id}，银行说没收到",
    "交易参考号{~bad_id}",
    "券码{~coupon_code}用不了",
    "店里wifi密码{~wifi_pwd}",
    "排号{~queue_no}，前面还有几桌",
    "快递柜取件码{~pickup_code}",
    "活动链接{~url} 这个能用吗",
    "我订了{~quantity}，{~date}能到吗",
    "身份证号显示{~masked_id}，是我本人没错",
    "卡号显示{~masked_card}，就这张",
    "导购工号{~staff_no}，业绩算她的",
    "门店编号{~store_no}",
    "收款到{~bank_branch}了吗",
    "免费停车{~duration}，超了怎么算",
    "{~date} {~time} 到店自提",
    "周末{~time}开门吗",
    "积分{~points}能换{item}吗",
    "这个{~price}包邮吗",
    "{~order_no}\n麻烦帮我看一下这个单",
    "会员日{~date}，全场{~price}起",
    "我在{~place_only}，离你们最近的店是哪家",
    "发货了吗？单号给我一下 → {~tracking_no}",
    "京东单号{~order_no}，门店自提的",
    "售后电话是不是{~hotline}",
    "支付宝付了{~price}，订单{~order_no}",
    "收到了，邮编{~postal_code}对吧",
    "兑换码{~coupon_code}，兑的是{item}",
    "扫码领的券{~coupon_code}到期了",
    "序列号{~serial_no}，型号{~model_no}",
    "买了{~quantity}，发票号{~invoice_no}",
    "我订的是{~size}，发来的不对",
    "验光单上写的{~prescription}",
    "储值卡号码{~bad_card}，充了{~price}",
    "积分还差{~points}才能升级",
    "预约号{~queue_no}，{~time}",
    "短信说验证码{~verify_code}，五分钟内有效",
    "客服{~hotline}让我找门店",
    "小程序订单{~order_no}，取餐号{~pickup_code}",
    "支付单号{~bad_id}，扣款了没出小票",
    "取件码{~pickup_code}，帮我代取一下",
    "店员说打{~hotline}登记售后",
    "会员号{~member_no}，麻烦帮我查积分",
    "{~price}的那个还有吗",
    "我这张卡尾号{~tail_digits}，刷不出来",
    "物流单号：{~tracking_no}\n物流公司：顺丰",
    "门店{~store_no}，{~place_only}",
    "在{~place_only}门口等你",
    "手机上显示{~masked_mobile}来电，是你们店吗",
    "小程序里会员手机显示{~masked_mobile}，是我的",
    "退款账户{~masked_card}，对的",
    "实名信息{~masked_id}，没问题",
    "查了下条码是{~barcode}，是正品吧",
    "IMEI {~imei}，换新机要登记",
    "链接发你了 {~url}",
    "{~date}下的单，到现在没发",
    "电子发票{~invoice_no}，金额{~price}",
    "我们公司税号{~credit_code}",
    "{~quantity}水果礼盒，{~date}送",
    "退款{~price}，{~date}前到账",
    "工号{~staff_no}的小哥服务很好👍",
)

PLAIN = (
    "好的亲，已经帮您备注了", "今天店里人多，稍等哈", "请问这款还有货吗？", "谢谢🙏", "收到", "我下午过去拿",
    "麻烦帮我留一下", "会员日是哪天呀", "好的，辛苦了", "在吗在吗", "亲，在的，请问有什么可以帮您", "嗯嗯",
    "可以的，到店出示会员码就行", "这个颜色有点显黑，换个浅一点的吧", "尺码偏大还是偏小？", "已经下单了",
    "明天能送到吗", "师傅上门之前会先打电话的，您放心", "蛋糕要不要写字？", "好的，我跟店长确认一下",
    "不好意思刚才在忙", "积分怎么查呀", "会员码在小程序里面，点我的就能看到", "这个可以退吗，标签还在",
    "可以的亲，七天无理由", "包装盒不要扔哈，退换要用", "下次活动记得通知我", "好嘞👌", "[微笑]",
    "在路上了，马上到", "店里有没有停车位", "有的，商场地下停车场", "您好，欢迎添加店长企业微信😊",
    "以后有新品和福利会第一时间通知您", "请问是本人签收吗", "放门口就行，谢谢", "我不在家，晚点再送吧",
    "配送员已经出发了", "抱歉让您久等了", "这边给您申请了补偿", "能不能便宜点", "已经是最低价了亲",
    "送的小样还有吗", "生日礼可以找朋友代领吗", "可以的，报会员手机号就行", "眼镜什么时候能取",
    "镜片要加工，大概要等几天", "验光需要预约吗", "不用预约，直接来就行", "沙发的布料可以换吗",
    "可以定制，颜色有色卡", "床垫能试睡吗", "能的，欢迎到店体验", "面包是今天的吗", "都是当天现烤的",
    "奶茶少冰少糖", "再加一份珍珠", "好的，马上做", "咖啡豆可以帮我磨一下吗", "手机贴膜免费吗",
    "会员贴膜免费的", "这个口红是正品吗", "专柜的都是正品，放心", "粉底液能试色吗", "可以的，到柜台试一下",
    "跑鞋有没有宽楦的", "有的，我给您拍几张照片", "衣服洗了会缩水吗", "建议冷水手洗", "收到货了，很满意",
    "给你们好评了", "哈哈哈", "好的呢", "👍👍", "了解了", "那我考虑一下", "先不要了，谢谢", "那帮我订一个吧",
    "晚上几点关门", "今天营业吗", "节假日正常营业的", "能开发票吗", "可以的，电子发票", "帮我包装成礼物",
    "要不要贺卡？", "要的，谢谢", "我妈不会用手机，我帮她问的", "老人家眼睛不好，字大一点", "辛苦师傅了",
    "空调装好了，挺好的", "冰箱有点响，正常吗", "刚开机会有点声音，正常的", "洗衣机的排水管不够长",
    "师傅会带延长管的", "这周末有活动吗", "有满减，到时候发你海报", "海报收到了", "太贵了",
    "等降价再买", "双十一会更便宜吗", "不确定哦，以活动为准", "好的我知道了", "还有别的颜色吗",
    "只剩黑色和白色了", "那就白色吧", "有没有儿童款", "童装在二楼", "请问可以送货到家吗",
    "同城可以配送", "我自己来拿吧", "帮我看看快递到哪了", "还在路上，预计明天到", "不好意思发错了",
    "没事没事", "你们店搬到哪里了", "新店离地铁站近吗", "挺近的，出站就到", "下雨了还送吗",
    "送的，会晚一点", "辛苦啦🌹", "周年庆有什么礼物", "进店就送小礼品", "小朋友能参加吗",
    "可以的，家长陪同就行", "刚才电话没接到", "我再打给你", "不用了，微信说就行", "好的，那我先挂了",
    "有事再联系", "祝您生活愉快", "欢迎下次光临😊", "亲，评价一下我们的服务哦", "已评价",
    "店长今天在吗", "店长休息，明天在", "那我明天去", "记得带上小票", "小票找不到了怎么办",
    "没关系，系统里能查到", "太好了，谢谢", "买一送一还有吗", "活动结束了", "下次早点来",
    "蛋糕能提前一天做吗", "可以，提前说一声就行", "不要放芒果，孩子过敏", "好的，已备注不要芒果",
    "帮我选一个适合送长辈的", "这款保温杯卖得挺好", "那就这个吧", "麻烦开一下门", "我到店门口了",
    "新会员有什么优惠", "首单立减，还送积分", "积分会过期吗", "年底清零的，记得用哦",
)

ALL_T = [("P", t) for t in PII_TEMPLATES] + [("N", t) for t in NEAR_TEMPLATES]
SLOT = re.compile(r"\{(~?)([a-z_0-9]+)(?::([a-z]+))?\}")


def _pick_fmt(r, kind, group=None, forced=None):
    tab = FMTS[kind]
    allowed = GROUPS.get((kind, group)) if group else None
    if forced is not None:
        return forced
    items = [(f, w) for f, w in tab if allowed is None or f in allowed]
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for f, w in items:
        x -= w
        if x < 0:
            return f
    return items[-1][0]


def _render(r, tpl, forced=None):
    """forced = (kind, fmt): the first slot of that kind that allows fmt gets it."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    cur = 0
    used_force = False
    last = None
    for m in SLOT.finditer(tpl):
        lit = tpl[cur:m.start()]
        out.append(lit)
        pos += len(lit)
        cur = m.end()
        tilde, name, group = m.groups()
        if tilde:
            v = NEAR[name](r)
            nears.append((name, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
        elif name in FILL:
            v = r.choice(FILL[name])
            out.append(v)
            pos += len(v)
        elif name == "same":
            k, v, f = last
            ents.append((k, pos, pos + len(v)))
            fmts.append(f)
            out.append(v)
            pos += len(v)
        else:
            f = None
            if forced and not used_force and forced[0] == name:
                allowed = GROUPS.get((name, group)) if group else None
                if allowed is None or forced[1] in allowed:
                    f = forced[1]
                    used_force = True
            if f is None:
                f = _pick_fmt(r, name, group)
            pre, v, suf = GEN[name](r, f)
            out.append(pre)
            pos += len(pre)
            ents.append((name, pos, pos + len(v)))
            fmts.append(f)
            out.append(v)
            pos += len(v)
            out.append(suf)
            pos += len(suf)
            last = (name, v, f)
    out.append(tpl[cur:])
    text = "".join(out)
    if forced:
        assert used_force, (tpl, forced)
    return text, ents, fmts, nears


def _slot_ok(tpl, kind, fmt):
    for m in SLOT.finditer(tpl):
        tilde, name, group = m.groups()
        if not tilde and name == kind:
            allowed = GROUPS.get((kind, group)) if group else None
            if allowed is None or fmt in allowed:
                return True
    return False


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    pii_ids = [(i, t) for i, t in enumerate(PII_TEMPLATES)]
    # forced formats
    for kind, _, tab in FMT_TABLES:
        for fmt, _w in tab:
            cands = [(i, t) for i, t in pii_ids if _slot_ok(t, kind, fmt)]
            picks = r.sample(cands, min(FORCE_PER_FMT, len(cands)))
            for i, t in picks:
                text, e, f, n = _render(r, t, (kind, fmt))
                rows.append((text, e, f, n, f"P{i:03d}"))
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        text, e, f, n = _render(r, PII_TEMPLATES[i])
        rows.append((text, e, f, n, f"P{i:03d}"))
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        text, e, f, n = _render(r, NEAR_TEMPLATES[i])
        rows.append((text, e, f, n, f"N{i:03d}"))
    for _ in range(N_PLAIN_ROWS):
        i = r.randrange(len(PLAIN))
        t = PLAIN[i]
        if r.random() < 0.15:
            t = t + r.choice(("😊", "🙏", "～", "[抱拳]", "！", "哈"))
        rows.append((t, [], [], [], f"T{i:03d}"))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(x[4] for x in rows)
    return pd.DataFrame({
        "text": [x[0] for x in rows],
        "entities": [x[1] for x in rows],
        "formats": [x[2] for x in rows],
        "near_misses": [x[3] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind19_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_PLACE_START = re.compile(r"^(\S{1,8}?(省|自治区|市|区|县|镇|村|路|街|大道)|" + "|".join(ESTATES) + ")")
_PLATE = re.compile(r"^[" + PLATE_PROV + r"][A-Za-z][·\s]?[0-9A-Za-z]{5,6}$")
_MOB_CN = str.maketrans({"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                         "六": "6", "七": "7", "八": "8", "九": "9"})


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = []
        for k, a, b in es:
            assert k in KINDS, k
            assert 0 <= a < b <= len(text), (text, a, b)
            v = text[a:b]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                n = n.translate(_MOB_CN)
                assert re.fullmatch(r"1[3-9]\d{9}", n), v
                assert n[:3] in MOBILE_PREFIXES, v
            elif k == "landline":
                assert re.fullmatch(r"(0\d{2,3})?[2-8]\d{6,7}", n), v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,9}", n), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
            elif k == "plate":
                assert _PLATE.match(v), v
            elif k == "email":
                assert re.fullmatch(r"[A-Za-z0-9._]+[@＠][a-z0-9.\-]+\.[a-z]{2,}", v, re.I), v
            elif k == "address":
                assert _HOUSE_END.search(v), v
                assert _PLACE_START.match(v), v
            # the character right after / before must not extend the value
            if k in ("mobile", "id_card", "bank_card", "qq", "landline") and b < len(text):
                assert not text[b].isdigit(), (text, v)
            if a > 0 and k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert not text[a - 1].isdigit() or text[:a].endswith("+86"), (text, v)
            spans.append((a, b))
            n_ent += 1
        for k, a, b in ns:
            assert k in NEAR, k
            assert 0 <= a < b <= len(text), (text, a, b)
            v = text[a:b]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
            spans.append((a, b))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, (text, spans)
    ent_rows = df["entities"].map(len) > 0
    near_rows = (~ent_rows) & (df["near_misses"].map(len) > 0)
    plain_rows = (~ent_rows) & (df["near_misses"].map(len) == 0)
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in df.loc[near_rows, "near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert ent_rows.sum() >= 800 and n_ent >= 1000, (ent_rows.sum(), n_ent)
    assert near_rows.sum() >= 600 and near_in_near_rows >= 800, (near_rows.sum(), near_in_near_rows)
    assert plain_rows.sum() * 3 >= len(df), (plain_rows.sum(), len(df))
    return dict(entities=n_ent, pii_rows=int(ent_rows.sum()), near_rows=int(near_rows.sum()),
                plain_rows=int(plain_rows.sum()), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind19_corpus())  # deterministic
    assert df.equals(make_blind19_corpus())
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} plain_rows={c['plain_rows']} "
          f"entities={c['entities']}")
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
        print(f"  {f:28s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, _, tab in FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

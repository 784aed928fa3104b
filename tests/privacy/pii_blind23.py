"""Twenty-third blind PII corpus (``split == "blind23"``): B2B service and software chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十四位写手").
What it read: only the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS`` (via ``grep -n -A14 "^PII_KINDS"``), lines
1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the layout
and the entry-point names only), and the first lines of one file of
``../shared/datasets/`` (not used for any value).  It did NOT read anything
else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other
test or corpus file, nor git history.  It never imported ``toolkit`` and never
ran any masking / finding function on this data.  Values, chat contexts and
labels come only from the writer's own idea of how WeCom archives of business
vendors look.

What is different here: THEME B2B SERVICE AND SOFTWARE.  Messages are WeCom
chats between vendors (SaaS / ERP / OA software, printers and copiers and
other office equipment, logistics and packaging, advertising agencies, trade
show organisers) and their business customers: account managers,
implementation engineers, finance staff, front desks.  Typical content:
contracts and payment, 开票信息 blocks (company name, tax number, company
address, company phone, bank and corporate account), company addresses for
on-site visits and device shipping, engineers' own mobiles / e-mails /
WeChat ids, hand-overs ("以后找我同事"), visitor registration for on-site
engineers (ID number, car plate), trade-show badges, deposit refunds to a
personal card.  Values are written the way they most often appear in such an
archive: plain 11-digit mobiles and ``0755-86123456`` landlines dominate;
spaced / dashed / +86 / extension / bracketed forms appear at smaller rates.

Decisions: a company's front-desk / switchboard landline, a company address
and a role mailbox (finance@..., sales@...) ARE labelled (they are contact
data of the kinds listed); a corporate bank account on an invoice block
(对公账号) is NOT a bank card and is a near-miss (``corp_account``; when it has
16-19 digits it fails Luhn).  Near-misses are what fills this kind of
archive: contract / order / PO numbers, invoice numbers and codes, unified
social credit codes, corporate accounts, bank clearing codes (联行号), licence
keys, trial accounts, 400 / 800 / 95xxx hotlines, amounts, dates, tracking
numbers, device serial and model numbers, IPs / ports, software versions,
masked values, URLs, postal codes, ticket numbers, Tencent-meeting ids,
trade-show booth numbers, verification codes, employee numbers, extensions
given alone, bank transaction serials (16-19 digits failing Luhn), 18-digit
platform order numbers failing the ID check, card tails, parking spots and
places without a house number.

Seed
----
``SEED = "blind23-2026-b2b-第二十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Every value format is
first forced into 5 distinct randomly drawn templates holding its kind; other
rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str); ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; the span holds the value only: cue words,
``+86`` / ``0086`` prefixes and landline extensions (转806, 分机806, -806)
are outside, separators inside a value (spaces, dashes, the brackets around
an area code) are inside; an address runs from its first place unit to its
last house-level unit (号 / 栋 / 座 / 号楼 / 单元 / 室 / 层 / 楼 / a bare room
number); names are never labelled); ``formats`` (one format name per entity);
``near_misses`` (list of ``(near_kind, start, end)``); ``split`` (always
``"blind23"``).

Counts (``.venv/bin/python tests/privacy/pii_blind23.py``)
-----------------------------------------------------------
rows=2400, pii_rows=900, near_rows=680 (near-miss only), plain_rows=820
(neither), entities=1437 (mobile 411, address 226, landline 192, email 173,
id_card 93, wechat 93, plate 86, bank_card 84, qq 79);
near-miss spans=1231 (1035 in near-miss-only rows), 30 near-miss kinds
(date_time 151, amount 149, corp_account 71, order_no 70, credit_code 57,
tracking_no 54, hotline 51, quantity 46, masked 39, invoice_no 37,
verify_code 35, ticket_no 35, licence_key 29, version 29, booth_no 28,
model_no 28, url 28, parking_spot 28, meeting_id 28, place_only 27,
bank_code 26, serial_no 25, txn_serial 25, tail_digits 25, ip_port 23,
trial_account 23, extension 18, meter_count 18, postal_code 18,
employee_no 10); formats=52 distinct, each used >= 6 times in >= 5
templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind23-2026-b2b-第二十四位写手"
SPLIT = "blind23"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


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


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _w(rng, table):
    tot = sum(w for _, w in table)
    r = rng.random() * tot
    for f, w in table:
        r -= w
        if r < 0:
            return f
    return table[-1][0]


# --------------------------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------------------------

MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                   "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
                   "198", "199")
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512",
              "0532", "0574", "0731", "0591", "0592", "0769", "0757", "0371", "0531", "0551", "0311", "0871",
              "0510", "0760", "0379", "0917")
ID_AREAS = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "320102", "420106", "510107",
            "610113", "370202", "350203", "430104", "410105", "130102", "210102", "500103", "120101", "340104",
            "360102", "450103", "530102", "220102", "230102", "140105", "150102", "620102", "640104", "650102",
            "520102", "460105", "320583", "441900", "330282", "441302", "421302", "411302", "362202", "510623")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CITY = "ABCDEFGH"
PINYIN = ("zhangwei", "wangfang", "liuyang", "chenjing", "lixiaomei", "yangfan", "huangjie", "zhaolei",
          "zhoujun", "wuhao", "xulin", "sunpeng", "maqiang", "zhuting", "huyue", "guoliang", "linlin",
          "hechao", "gaoyan", "luoqi", "zhengkai", "liangyu", "songjia", "tangwen", "hanxue", "fengmin",
          "dengli", "caoyu", "pengbo", "xiejun")
PINYIN_DOT = ("zhang.wei", "wang.fang", "liu.yang", "chen.jing", "li.xiaomei", "yang.fan", "huang.jie",
              "zhao.lei", "zhou.jun", "wu.hao", "xu.lin", "sun.peng", "ma.qiang", "zhu.ting", "guo.liang")
INITIALS = ("zhangw", "wangf", "liuy", "chenj", "lixm", "yangf", "huangj", "zhaol", "zhoujm", "wuh", "xul",
            "sunp", "maq", "zhut", "guol", "hejc", "gaoy", "luoq")
ENG = ("Tony", "Kevin", "Lisa", "Amy", "Jason", "Cindy", "Eric", "Vivian", "Jack", "Coco", "Leo", "Sunny",
       "Alex", "Grace", "Ryan", "Helen")
CORP_DOMAINS = ("huaxinsoft.com", "yunqitech.cn", "mingdaprint.com", "jiesu-log.com", "hengtong-pack.com",
                "zhiyuncloud.com.cn", "xinruiad.cn", "boyaexpo.com", "dingheoa.com", "shuoyuan-it.com",
                "lanjing-erp.com", "keyuanoffice.cn", "tianchi-ad.com", "feiyuntech.net", "jinghongtech.com.cn")
ROLE_BOXES = ("finance", "caiwu", "sales", "service", "support", "invoice", "hr", "admin", "kefu", "fapiao")
BINS_19 = ("622202", "622848", "621700", "622260", "621661", "623668", "621226", "622700", "621799", "622280",
           "623058", "621485")
BINS_16 = ("622588", "621483", "622609", "622155", "625965", "622908", "628288", "622576")
INTL_BINS = ("438088", "427020", "456351", "518710", "524070", "552599", "404117", "545431")
BINS_95 = ("955880", "955990", "955888")

# (province, city, area code, districts, roads, buildings)
CITIES = (
    ("广东省", "深圳市", "0755", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"),
     ("科技南十二路", "高新南七道", "深南大道", "沙河西路", "创业路", "留仙大道", "民治大道", "科苑路"),
     ("长虹科技大厦", "深圳湾科技生态园", "科兴科学园", "海王大厦", "智慧广场", "创维大厦")),
    ("", "上海市", "021", ("浦东新区", "徐汇区", "闵行区", "长宁区", "静安区", "杨浦区"),
     ("张江路", "郭守敬路", "宜山路", "虹桥路", "江场三路", "国定路", "碧波路", "申长路"),
     ("创智天地", "浦软大厦", "虹桥万科中心", "凯德星贸", "长阳谷", "漕河泾科技绿洲")),
    ("", "北京市", "010", ("海淀区", "朝阳区", "丰台区", "昌平区", "大兴区"),
     ("中关村大街", "上地十街", "西北旺东路", "酒仙桥路", "望京街", "丰科路", "北清路"),
     ("中关村大厦", "辉煌国际", "电子城科技大厦", "望京SOHO", "汉威国际广场", "中关村软件园")),
    ("浙江省", "杭州市", "0571", ("西湖区", "滨江区", "余杭区", "拱墅区"),
     ("文三路", "江南大道", "网商路", "文一西路", "丹桂街", "莫干山路"),
     ("东部软件园", "海创园", "中赢国际", "华业大厦", "西溪谷")),
    ("江苏省", "苏州市", "0512", ("工业园区", "吴中区", "相城区", "虎丘区"),
     ("星湖街", "金鸡湖大道", "苏州大道东", "东平街", "若水路"),
     ("生物纳米园", "国际科技园", "创意产业园", "东方之门")),
    ("江苏省", "南京市", "025", ("鼓楼区", "建邺区", "江宁区", "雨花台区"),
     ("中山北路", "江东中路", "软件大道", "将军大道"),
     ("紫金研创中心", "新城科技园", "金鹰大厦")),
    ("湖北省", "武汉市", "027", ("洪山区", "江汉区", "武昌区"),
     ("光谷大道", "关山大道", "高新大道", "建设大道", "中北路"),
     ("光谷软件园", "金融港", "联发大厦")),
    ("四川省", "成都市", "028", ("高新区", "武侯区", "锦江区", "双流区"),
     ("天府大道中段", "天府三街", "益州大道", "人民南路四段", "吉泰路"),
     ("天府软件园", "环球中心", "OCG国际中心", "银泰中心")),
    ("广东省", "广州市", "020", ("天河区", "海珠区", "番禺区", "黄埔区"),
     ("天河北路", "华夏路", "科韵路", "新港东路", "开创大道", "黄埔大道西"),
     ("天河软件园", "中泰国际广场", "TIT创意园", "富力盈隆广场")),
    ("山东省", "青岛市", "0532", ("崂山区", "市南区", "黄岛区", "城阳区"),
     ("海尔路", "香港中路", "株洲路", "秦岭路"),
     ("国际创新园", "颐和国际", "青岛软件园")),
    ("福建省", "厦门市", "0592", ("思明区", "湖里区", "集美区"),
     ("观日路", "湖里大道", "吕岭路", "嘉禾路"),
     ("软件园二期", "国际金融中心", "华美空间")),
    ("陕西省", "西安市", "029", ("雁塔区", "未央区", "长安区"),
     ("锦业路", "科技路", "唐延路", "凤城八路"),
     ("环普科技园", "旺座现代城", "软件新城")),
)
TOWNS = (
    ("广东省", "东莞市", ("长安镇", "虎门镇", "塘厦镇", "常平镇"), ("乌沙村", "怀德村", "林村", "袁山贝村")),
    ("广东省", "佛山市", ("南海区里水镇", "顺德区北滘镇", "南海区狮山镇"), ("和顺村", "林头村", "小塘村")),
    ("浙江省", "嘉兴市", ("嘉善县西塘镇", "平湖市新埭镇", "海宁市许村镇"), ("红菱村", "泖口村", "永福村")),
    ("江苏省", "昆山市", ("花桥镇", "周市镇", "张浦镇"), ("曹安村", "青阳港村", "金华村")),
    ("河北省", "廊坊市", ("固安县柳泉镇", "香河县安平镇", "广阳区万庄镇"), ("东方村", "后王村", "李家村")),
)
IND_ROADS = ("工业大道", "兴业路", "创业路", "富民路", "物流园路", "工业一路", "环镇路", "宝达路")


# --------------------------------------------------------------------------------------------
# entity generators: each returns (prefix_outside, value, suffix_outside)
# --------------------------------------------------------------------------------------------

def _mobile_raw(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8, "0123456789")


def g_mobile(rng, f):
    m = _mobile_raw(rng)
    if f == "plain_11":
        return "", m, ""
    if f == "space_344":
        return "", _group(m, (3, 4, 4)), ""
    if f == "dash_344":
        return "", _group(m, (3, 4, 4), "-"), ""
    if f == "plus86_plain":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    if f == "plus86_space_344":
        return rng.choice(("+86 ", "+86 ", "(+86) ")), _group(m, (3, 4, 4)), ""
    if f == "fullwidth_digits":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
    raise KeyError(f)


MOBILE_FMTS = (("plain_11", 72), ("space_344", 9), ("dash_344", 6), ("plus86_plain", 6),
               ("plus86_space_344", 4), ("fullwidth_digits", 2))


def _local(rng, n=8):
    return _digits(rng, n, "2345678")


def g_landline(rng, f, area=None):
    a = area or rng.choice(AREA_CODES)
    loc = _local(rng)
    ext = rng.choice(("806", "8023", "601", "215", "3302", "8", "112", "6018"))
    if f == "dash":
        return "", f"{a}-{loc}", ""
    if f == "dash_ext_word":
        return "", f"{a}-{loc}", rng.choice((f"转{ext}", f" 转{ext}", f"转 {ext}", f" 分机{ext}", f"，分机{ext}"))
    if f == "dash_ext_dash":
        return "", f"{a}-{loc}", f"-{ext}"
    if f == "paren":
        l, r = rng.choice((("(", ")"), ("（", "）")))
        return "", f"{l}{a}{r}{loc}", ""
    if f == "plain":
        return "", a + loc, ""
    if f == "space":
        return "", rng.choice((f"{a} {loc}", f"{a} {loc[:4]} {loc[4:]}")), ""
    if f == "local_8":
        return "", loc, ""
    if f == "plus86_space":
        return rng.choice(("+86 ", "+86-", "+86 ")), f"{a[1:]} {loc[:4]} {loc[4:]}", ""
    raise KeyError(f)


LANDLINE_FMTS = (("dash", 46), ("dash_ext_word", 13), ("dash_ext_dash", 6), ("paren", 8), ("plain", 7),
                 ("space", 6), ("local_8", 8), ("plus86_space", 4))


def g_email(rng, f):
    d = rng.choice(CORP_DOMAINS)
    if f == "corp_pinyin":
        return "", rng.choice(PINYIN) + "@" + d, ""
    if f == "corp_dot":
        return "", rng.choice(PINYIN_DOT) + "@" + d, ""
    if f == "corp_initials":
        return "", rng.choice(INITIALS) + rng.choice(("", "", "", "01", "2")) + "@" + d, ""
    if f == "role_box":
        return "", rng.choice(ROLE_BOXES) + rng.choice(("", "", "", "01", "_sz", "_bj")) + "@" + d, ""
    if f == "qq_numeric":
        return "", _digits(rng, rng.choice((8, 9, 9, 10, 10))) + "@qq.com", ""
    if f == "free_163_126":
        return "", rng.choice(PINYIN) + rng.choice(("", "1988", "0923", "_86", "2010", "666")) + "@" + \
            rng.choice(("163.com", "163.com", "126.com", "sina.com", "139.com")), ""
    if f == "foxmail":
        return "", rng.choice(PINYIN + tuple(e.lower() for e in ENG)) + rng.choice(("", "520", "_work", "88")) \
            + "@foxmail.com", ""
    if f == "mixed_case":
        p = rng.choice(PINYIN_DOT).split(".")
        dd = d.split(".")
        return "", p[0].capitalize() + "." + p[1].capitalize() + "@" + dd[0].capitalize() + "." + \
            ".".join(dd[1:]), ""
    raise KeyError(f)


EMAIL_FMTS = (("corp_pinyin", 25), ("corp_dot", 12), ("corp_initials", 10), ("role_box", 10),
              ("qq_numeric", 15), ("free_163_126", 14), ("foxmail", 5), ("mixed_case", 3))


def _id_raw(rng, want_x=None):
    while True:
        y = rng.randint(1966, 2001)
        m = rng.randint(1, 12)
        d = rng.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
        body = rng.choice(ID_AREAS) + f"{y:04d}{m:02d}{d:02d}" + f"{rng.randint(1, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id(rng, f):
    if f == "plain_18":
        return "", _id_raw(rng, False), ""
    if f == "upper_x":
        return "", _id_raw(rng, True), ""
    if f == "lower_x":
        return "", _id_raw(rng, True).lower(), ""
    if f == "space_6_8_4":
        return "", _group(_id_raw(rng), (6, 8, 4)), ""
    raise KeyError(f)


ID_FMTS = (("plain_18", 82), ("upper_x", 8), ("lower_x", 3), ("space_6_8_4", 5))


def _card(rng, bins, n):
    body = rng.choice(bins)
    body += _digits(rng, n - 1 - len(body), "0123456789")
    return body + _luhn_digit(body)


def g_bank(rng, f):
    if f == "up19_plain":
        return "", _card(rng, BINS_19, 19), ""
    if f == "up19_space4":
        return "", _group(_card(rng, BINS_19, 19), (4, 4, 4, 4)), ""
    if f == "up16_plain":
        return "", _card(rng, BINS_16, 16), ""
    if f == "up16_space4":
        return "", _group(_card(rng, BINS_16, 16), (4, 4, 4, 4)), ""
    if f == "intl16_space4":
        return "", _group(_card(rng, INTL_BINS, 16), (4, 4, 4, 4)), ""
    if f == "domestic95_19":
        return "", _card(rng, BINS_95, 19), ""
    raise KeyError(f)


BANK_FMTS = (("up19_plain", 40), ("up19_space4", 20), ("up16_plain", 12), ("up16_space4", 8),
             ("intl16_space4", 4), ("domestic95_19", 6))


def g_qq(rng, f):
    n = {"digits_5_8": rng.randint(6, 8), "digits_9": 9, "digits_10": 10}[f]
    return "", _digits(rng, n), ""


QQ_FMTS = (("digits_5_8", 25), ("digits_9", 38), ("digits_10", 37))


def g_wechat(rng, f):
    if f == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if f == "pinyin_digits":
        return "", rng.choice(PINYIN) + rng.choice(("1988", "0815", "666", "88", "2019", "123", "1992", "520")), ""
    if f == "pinyin_underscore":
        p = rng.choice(PINYIN)
        return "", rng.choice((p + "_" + rng.choice(("sz", "bj", "sh", "gz", "hz", "work", "it")),
                               p[:2] + "_" + p[2:] + rng.choice(("", "01", "88")))), ""
    if f == "english_name":
        e = rng.choice(ENG)
        return "", rng.choice((e + "_" + rng.choice(PINYIN)[:4], e + rng.choice(("2018", "_sz", "0603", "Wang",
                                                                                 "_Chen", "1990")))), ""
    if f == "with_dash":
        return "", rng.choice(PINYIN) + "-" + rng.choice(("sales", "it", "hx", "erp", "88", "2020", "kf")), ""
    raise KeyError(f)


WECHAT_FMTS = (("wxid", 12), ("pinyin_digits", 34), ("pinyin_underscore", 20), ("english_name", 18),
               ("with_dash", 8))


def _plate_raw(rng, ne=False):
    p = rng.choice(PLATE_PROV) + rng.choice(PLATE_CITY)
    if ne:
        return p, rng.choice("DF") + _digits(rng, 5, "0123456789")
    while True:
        tail = "".join(rng.choice("0123456789" * 3 + PLATE_LET) for _ in range(5))
        if sum(c.isalpha() for c in tail) <= 2:
            return p, tail


def g_plate(rng, f):
    if f == "plain_7":
        a, b = _plate_raw(rng)
        return "", a + b, ""
    if f == "dot_7":
        a, b = _plate_raw(rng)
        return "", a + "·" + b, ""
    if f == "space_7":
        a, b = _plate_raw(rng)
        return "", a + " " + b, ""
    if f == "new_energy_8":
        a, b = _plate_raw(rng, True)
        return "", a + b, ""
    if f == "lower_case":
        a, b = _plate_raw(rng)
        return "", (a + b).lower(), ""
    raise KeyError(f)


PLATE_FMTS = (("plain_7", 55), ("dot_7", 14), ("space_7", 9), ("new_energy_8", 16), ("lower_case", 4))


def _tail(rng):
    fl = rng.randint(2, 28)
    room = f"{fl}{rng.randint(1, 12):02d}"
    bl = rng.choice(("A座", "B座", "C栋", "2栋", "3号楼", "5栋", "B1栋", "1号楼", "T2栋"))
    return rng.choice((f"{fl}层", f"{fl}楼", f"{room}室", room, f"{bl}{fl}层", f"{bl}{room}", f"{bl}{room}室",
                       f"{fl}层{room}室", f"{bl}{fl}楼", f"{fl}层{room}"))


def g_address(rng, f):
    if f == "town_village":
        prov, city, towns, vills = rng.choice(TOWNS)
        core = rng.choice(towns) + rng.choice(vills) + rng.choice(IND_ROADS) + f"{rng.randint(1, 188)}号"
        core += rng.choice(("", "", "", f"{rng.randint(1, 6)}号仓", f"{rng.choice('ABCD')}栋", f"{rng.randint(1, 5)}号厂房"))
        return "", rng.choice((prov + city + core, city + core, city + core)), ""
    prov, city, _ac, dists, roads, blds = rng.choice(CITIES)
    if f == "full_prov" and not prov:
        prov, city, _ac, dists, roads, blds = rng.choice(tuple(c for c in CITIES if c[0]))
    dist = rng.choice(dists)
    road = rng.choice(roads) + f"{rng.randint(1, 999)}号"
    bld = rng.choice(blds + ("", ""))
    tl = _tail(rng)
    if f == "full_prov":
        return "", prov + city + dist + road + bld + tl, ""
    if f == "city_start":
        return "", city + dist + road + bld + tl, ""
    if f == "district_start":
        return "", dist + road + bld + tl, ""
    if f == "road_start":
        return "", road + (bld or rng.choice(blds)) + tl, ""
    if f == "spaced":
        return "", f"{city}{dist} {road} {bld or rng.choice(blds)} {tl}", ""
    if f == "house_no_end":
        return "", rng.choice((city + dist, dist, prov + city + dist)) + road, ""
    raise KeyError(f)


ADDRESS_FMTS = (("full_prov", 20), ("city_start", 30), ("district_start", 20), ("road_start", 9),
                ("spaced", 6), ("town_village", 9), ("house_no_end", 8))

ENT_GEN = {
    "m": ("mobile", g_mobile, MOBILE_FMTS), "l": ("landline", g_landline, LANDLINE_FMTS),
    "e": ("email", g_email, EMAIL_FMTS), "i": ("id_card", g_id, ID_FMTS), "b": ("bank_card", g_bank, BANK_FMTS),
    "q": ("qq", g_qq, QQ_FMTS), "w": ("wechat", g_wechat, WECHAT_FMTS), "p": ("plate", g_plate, PLATE_FMTS),
    "a": ("address", g_address, ADDRESS_FMTS),
}


# --------------------------------------------------------------------------------------------
# near-miss generators: each returns (near_kind, value)
# --------------------------------------------------------------------------------------------

def _fail_luhn(rng, n, first="123456789"):
    while True:
        s = _digits(rng, n, first)
        if not _luhn_ok(s) and not _id_ok(s):
            return s


def n_order(rng):
    y = rng.choice(("2023", "2024", "2025"))
    md = f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return "order_no", rng.choice((
        f"HT-{y}-{md}-{rng.randint(1, 99):03d}", f"PO{y}{md}{rng.randint(1, 999):03d}",
        f"XS{y[2:]}{md}{rng.randint(1, 9999):04d}", f"HX{y}{rng.randint(100, 999)}",
        f"{y[2:]}{md}{_digits(rng, 6, '0123456789')}", f"CG-{y}{md}-{rng.randint(1, 50):02d}",
        f"SO{_digits(rng, 10, '0123456789')}"))


def n_ordlong(rng):
    while True:
        s = rng.choice(("3", "2", "1")) + _digits(rng, 17, "0123456789")
        if not _id_ok(s) and not _luhn_ok(s):
            return "order_no", s


def n_inv(rng):
    return "invoice_no", rng.choice((
        _digits(rng, 8, "0123456789"), "2" + rng.choice("345") + _digits(rng, 18, "0123456789"),
        "0" + rng.choice(("44031900111", "31001800104", "11001900211", "33002200111"))))


def n_tax(rng):
    while True:
        s = "91" + rng.choice(("440300", "310115", "110108", "330106", "320594", "420100", "510100", "440101")) + \
            rng.choice(("MA5F", "MA1K", "MA2T", "MA0C", "7084", "5500")) + \
            "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        if any(c.isalpha() for c in s[8:]):
            return "credit_code", s


def n_acct(rng):
    kind = rng.randint(0, 4)
    if kind == 0:
        s = "7559" + _digits(rng, 11, "0123456789")  # 15-digit CMB corporate
        return "corp_account", rng.choice((s, _group(s, (4, 4, 4, 3))))
    if kind == 1:
        s = _fail_luhn(rng, 19, "4")
        return "corp_account", rng.choice((s, _group(s, (4, 4, 4, 4))))
    if kind == 2:
        s = "44" + _digits(rng, 18, "0123456789")
        return "corp_account", s
    if kind == 3:
        return "corp_account", _digits(rng, 12, "3456789")
    s = "3" + _digits(rng, 20, "0123456789")
    return "corp_account", s


def n_key(rng):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    k = rng.choice((4, 5))
    n = rng.choice((4, 5))
    return "licence_key", "-".join("".join(rng.choice(al) for _ in range(k)) for _ in range(n))


def n_trial(rng):
    return "trial_account", rng.choice(("demo", "test", "trial", "hx", "admin")) + rng.choice(
        ("_", "")) + rng.choice(("0315", "01", "2024", "hxsoft", "8821", "001"))


def n_hot(rng):
    return "hotline", rng.choice((
        f"400-{_digits(rng, 3, '0123456789')}-{_digits(rng, 4, '0123456789')}",
        "400" + _digits(rng, 7, "0123456789"), f"800-{_digits(rng, 3, '0123456789')}-{_digits(rng, 4, '0123456789')}",
        rng.choice(("95555", "95588", "95533", "95566", "95311", "95338", "95546")),
        f"400 {_digits(rng, 3, '0123456789')} {_digits(rng, 4, '0123456789')}"))


def n_amt(rng):
    v = rng.choice((1280, 3600, 12800, 25600, 38600, 46000, 5980, 980, 199000, 7500, 15000, 88000, 2360))
    return "amount", rng.choice((f"¥{v:,}.00", f"{v}元", f"{v:,}", f"{v / 10000:g}万", f"{v}块",
                                 f"￥{v}", f"{v}.00元", f"RMB {v:,}"))


def n_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return "date_time", rng.choice((f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}/{d}",
                                    f"2025年{m}月{d}日", f"{m}月{d}号下午{rng.randint(2, 5)}点",
                                    f"{rng.randint(9, 17)}:{rng.choice(('00', '30'))}"))


def n_track(rng):
    return "tracking_no", rng.choice((
        "SF" + _digits(rng, 13, "1"), "JDX" + _digits(rng, 12, "0"), "YT" + _digits(rng, 13, "7"),
        "78" + _digits(rng, 12, "0123456789"), "DPK" + _digits(rng, 12, "3"), "JT" + _digits(rng, 13, "5"),
        "KY" + _digits(rng, 12, "4")))


def n_sn(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "serial_no", rng.choice((
        "CNB" + "".join(rng.choice(al) for _ in range(7)), "E7" + "".join(rng.choice(al) for _ in range(7)),
        "W91" + _digits(rng, 8, "0123456789"), "U6" + "".join(rng.choice(al) for _ in range(9)),
        "PF" + "".join(rng.choice(al) for _ in range(6))))


def n_model(rng):
    return "model_no", rng.choice((
        "MP C3004exSP", "DCP-B7530DN", "LaserJet Pro M428fdw", "iR-ADV C3530", "bizhub C300i", "MP 2014AD",
        "ThinkPad E14", "M7605DW", "TASKalfa 2020", "AltaLink C8130", "L3258", "HL-2595DW", "DS-7808N"))


def n_ip(rng):
    return "ip_port", rng.choice((f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}",
                                  f"10.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
                                  f"192.168.1.{rng.randint(2, 250)}:{rng.choice(('8080', '8443', '3306', '9100'))}"))


def n_ver(rng):
    return "version", rng.choice((f"V{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                                  f"{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                                  f"v{rng.randint(2024, 2025)}.{rng.randint(1, 12):02d}"))


def n_txn(rng):
    return "txn_serial", _fail_luhn(rng, rng.choice((16, 17, 18, 19)), "12")


def n_masked(rng):
    m = _mobile_raw(rng)
    return "masked", rng.choice((m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], "6222 **** **** " + m[7:],
                                 rng.choice(ID_AREAS)[:4] + "**********" + m[7:], m[:3] + "xxxx" + m[7:]))


def n_url(rng):
    d = rng.choice(CORP_DOMAINS)
    return "url", rng.choice((f"https://www.{d}/download", f"www.{d}", f"https://{d.split('.')[0]}.feishu.cn/docx",
                              f"http://{rng.choice(('erp', 'oa', 'crm'))}.{d}", f"https://{d}/help/install"))


def n_zip(rng):
    return "postal_code", rng.choice(("518057", "200120", "100085", "310052", "215123", "210019", "430074",
                                      "610041", "510665", "266061", "361008", "710065", "523850"))


def n_ticket(rng):
    return "ticket_no", rng.choice((f"#2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 200):04d}",
                                    f"GD{_digits(rng, 10, '2')}", f"SR-{_digits(rng, 6, '0123456789')}",
                                    f"INC{_digits(rng, 7, '0')}"))


def n_meet(rng):
    s = _digits(rng, 9)
    return "meeting_id", rng.choice((_group(s, (3, 3, 3)), s, _group(s, (3, 3, 3), "-")))


def n_booth(rng):
    return "booth_no", rng.choice((f"{rng.randint(1, 17)}.{rng.randint(1, 2)}H-{rng.choice('ABCDE')}{rng.randint(1, 60):02d}",
                                   f"{rng.choice('NEWS')}{rng.randint(1, 5)}馆{rng.choice('ABCDE')}{rng.randint(1, 80)}",
                                   f"{rng.randint(1, 9)}号馆{rng.randint(1, 9)}{rng.choice('ABC')}{rng.randint(10, 60)}"))


def n_lh(rng):
    return "bank_code", rng.choice(("308", "102", "103", "105", "104", "301", "305")) + _digits(rng, 9, "0123456789")


def n_code(rng):
    return "verify_code", _digits(rng, rng.choice((4, 6, 6)), "0123456789")


def n_emp(rng):
    return "employee_no", rng.choice(("HX", "A", "YQ", "E", "")) + _digits(rng, rng.choice((4, 5, 6)), "0123456789")


def n_extn(rng):
    return "extension", rng.choice(("806", "8023", "601", "3302", "215"))


def n_tail(rng):
    return "tail_digits", _digits(rng, 4, "0123456789")


def n_park(rng):
    return "parking_spot", rng.choice((f"B2-{rng.randint(1, 300)}", f"B1层{rng.randint(1, 200)}号",
                                       f"地下二层{rng.choice('ABC')}区{rng.randint(1, 99)}号"))


def n_place(rng):
    c = rng.choice(CITIES)
    return "place_only", rng.choice((c[1] + rng.choice(c[3]), rng.choice(c[5]), c[1] + rng.choice(c[5]),
                                     rng.choice(c[3]) + rng.choice(c[4]) + "附近", c[1]))


def n_qty(rng):
    return "quantity", rng.choice((f"{rng.randint(2, 500)}个用户", f"{rng.randint(2, 50)}台", f"{rng.randint(1, 20)}箱",
                                   f"{rng.randint(2, 200)}个账号", f"{rng.randint(1000, 50000)}张", f"{rng.randint(1, 9)}00kg"))


def n_count(rng):
    return "meter_count", rng.choice(("黑白", "彩色")) + f"{rng.randint(1000, 98000)}张"


NEAR_GEN = {
    "order": n_order, "ordlong": n_ordlong, "inv": n_inv, "tax": n_tax, "acct": n_acct, "key": n_key,
    "trial": n_trial, "hot": n_hot, "amt": n_amt, "date": n_date, "track": n_track, "sn": n_sn,
    "model": n_model, "ip": n_ip, "ver": n_ver, "txn": n_txn, "masked": n_masked, "url": n_url,
    "zip": n_zip, "ticket": n_ticket, "meet": n_meet, "booth": n_booth, "lh": n_lh, "code": n_code,
    "emp": n_emp, "extn": n_extn, "tail": n_tail, "park": n_park, "place": n_place, "qty": n_qty,
    "count": n_count,
}

# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

PII_TEMPLATES = (
    # account managers / hand-over
    "王总您好，我是华信软件的客户经理小陈，以后这边有什么问题直接打我手机{m}就行",
    "您好，我是新对接您这边的实施顾问，电话{m}，微信同号，后面上线的事情我来跟",
    "李经理，我下个月调去华东区了😂 以后找我同事刘工，他电话{m}，我已经把项目资料交接给他了",
    "以后找我同事吧，她手机{m}，邮箱{e}，人很靠谱的",
    "{m} 这个是我们新来的售后，打印机有问题直接找他",
    "我换号了，新号码{m}，旧的那个{masked}下周停机，麻烦更新下通讯录",
    "之前的对接人离职了哈，后续请联系{m}（张经理）",
    "我的名片：\n华信软件 销售经理\n手机：{m}\n座机：{l}\n邮箱：{e}\n地址：{a}",
    "你好，我是明达办公设备的，你们复印机到期保养了，有空回个电话{m}",
    "加一下我微信吧 {w}，方便发报价单",
    "我微信号{w}，手机{m}，有事随时找我",
    "你搜这个微信号：{w}  我通过一下",
    "工程师的微信是{w}，你直接拉他进群",
    "微信：{w}\n电话：{m}",
    "嗯嗯 {w} 是我私人微信，工作日晚上也能找到我",
    "我们财务的QQ是{q}，发票电子版可以发她QQ",
    "QQ：{q} 远程的时候加我一下，我用QQ传安装包",
    "加我扣扣{q}吧，公司电脑不让装微信",
    "我QQ {q}，邮箱是{e}，两个都行",
    "文件太大了微信发不了，发我QQ邮箱{e}",
    "{q}这个是我QQ，备注一下公司名",
    "远程协助的话加QQ：{q}，我这边用QQ远程给您装驱动",
    "我们采购的QQ号{q}，报价单可以直接发QQ",
    "企业QQ {q} 也能找到我，微信消息太多容易漏",
    "设计稿源文件太大，我QQ离线发你吧，你QQ多少？\n——{q}",
    "微信加不上的话加QQ吧：{q}，或者微信搜{w}",
    "我微信{w}，好友满了的话加这个小号{w2}",
    "报价单已发您邮箱{e}，请查收，有问题随时联系",
    "麻烦把盖章合同扫描件发到{e}，纸质版寄两份过来",
    "对账单请发财务邮箱：{e}，抄送我{e2}",
    "邮箱 {e}",
    "发我这个邮箱吧{e} 公司邮箱有时候收不到外部邮件",
    "这是我们技术支持的邮箱{e}，日志打包发过去就行，工单号{ticket}",
    "{e} 这个是我的工作邮箱，之前那个163的不用了",
    "试用账号已开通：{trial}，初始密码短信发到您手机{m}了，请登录后修改",
    "激活码{key}已经发到{e}了，注意查收哦",
    "你好 我是展会主办方的，贵司{booth}展位的对接人电话是{m}吗？",
    # company front desks / landlines
    "我们公司前台电话{l}，快递到了打这个就行",
    "座机{l}，上班时间都有人接",
    "打我办公室电话吧{l}",
    "公司总机{l}，您转一下技术部",
    "{l} 这个是我们售后服务部的电话，工作日9点到6点",
    "前台座机是{l}，到了让前台打给我",
    "有事打我座机{l}或者手机{m}",
    "联系电话：{l}（财务部）",
    "您好，我们财务电话是{l}，开票的事您可以直接问她",
    "电话{l} 找王工",
    "我们这边号码变更了，新号码{l}，原来的停用了",
    "刚打你们{l}一直没人接，是不是下班了",
    "打我们400没人接，后来打的{l}才找到人，{hot}是不是有问题",
    # 开票信息 blocks
    "开票信息：\n名称：深圳市华信软件有限公司\n税号：{tax}\n地址：{a}\n电话：{l}\n开户行：招商银行深圳科技园支行\n账号：{acct}",
    "开票信息如下\n单位名称：上海云启信息技术有限公司\n纳税人识别号：{tax}\n地址、电话：{a} {l}\n开户行及账号：中国工商银行上海张江支行 {acct}",
    "专票信息：公司名称 杭州鼎和办公设备有限公司，税号{tax}，地址{a}，电话{l}，开户行 建设银行杭州西湖支行，账号{acct}",
    "麻烦按这个开：\n抬头：北京博雅会展服务有限公司\n税号：{tax}\n注册地址：{a}\n注册电话：{l}\n银行：农业银行北京中关村支行 {acct}\n发票寄到{a2}，收件人电话{m}",
    "发票抬头：苏州恒通包装材料有限公司 税号：{tax} 地址电话：{a}，{l} 开户行：苏州银行工业园区支行 账号：{acct} 联行号：{lh}",
    "开票资料发您了，电子发票发到{e}就行，不用寄纸质的",
    "普票就行，抬头和税号{tax}，发票发邮箱{e}",
    # shipping devices
    "收货地址：{a}，王工，{m}",
    "设备寄到{a}，收件人李经理 {m}",
    "打印机直接发到我们新办公室：{a} 前台签收就行，电话{l}",
    "地址 {a}\n电话 {m}\n收件人 小陈",
    "{a} 张工收 {m}",
    "麻烦安排送货到{a}，到了打{m}，下午两点后有人",
    "样品寄{a}，电话{m}，顺丰到付就行",
    "硒鼓寄这里：{a}（行政部）{m}",
    "我们搬家了！新地址：{a}，以后寄东西都寄这里哈",
    "我们公司在{a}，你们工程师过来的话车可以停园区里",
    "服务器寄回我们仓库：{a}，收件电话{l}，单号发我一下",
    "包装箱送到{a}，货车进厂要登记车牌，司机电话{m}",
    "新仓库地址{a}\n联系人：仓管刘姐 {m}\n收货时间：周一到周六8:00-17:00",
    "发票和合同原件寄到{a}，{m} 财务收",
    "上门地址：{a}，到了给我打电话{m}",
    "工程师明天上午去{a}装机，客户那边对接人电话{m}",
    "展品回运地址：{a}，联系人电话{m}，座机{l}",
    "我们办公室在{a}，你到楼下了打我电话",
    "这是我们的地址：{a}",
    "{a}\n{m}\n行政 王姐",
    "寄到公司吧，{a}，写我名字就行，电话{m}",
    # visitor registration / engineers on site / trade show
    "明天上门的工程师信息：\n姓名：王工\n身份证：{i}\n手机：{m}\n车牌：{p}",
    "园区要提前报备访客，麻烦发一下工程师身份证号和车牌，谢谢\n—— 好的，身份证{i}，车牌{p}，手机{m}",
    "访客登记：刘工 {i} {m}，开车过来，车牌{p}",
    "我们开车过去，车牌号{p}，麻烦跟保安说一下",
    "送货的车是{p}，大概10点到，司机电话{m}",
    "{p} 这个车是我们的，麻烦门卫放行一下",
    "车牌{p}，司机师傅手机{m}，是一辆蓝色厢货",
    "停车场登记车牌：{p}，停{park}",
    "物流车{p}已经出发了，预计下午到，{track}是单号",
    "货拉拉的车牌是{p}，到了会打你电话",
    "展会布展证需要实名，搭建师傅的身份证号：{i}，{i2}",
    "参展证办理：姓名 张工，身份证号 {i}，手机号 {m}，展位{booth}",
    "机票帮我们工程师订一下，身份证{i}，电话{m}",
    "酒店需要入住人身份证号，{i}，电话{m}，就订展馆附近的",
    "出入证办理需要：身份证号{i} 车牌{p}",
    "这是我身份证号{i}，合同是我个人签的，个体户",
    "开个人发票的话要身份证号，{i}",
    "{i} 这个是他身份证，你核对一下",
    # bank transfers / personal card
    "押金3000退到我个人卡上吧，卡号{b}，建设银行",
    "佣金打这个卡：{b} 招商银行深圳分行，户名跟合同一样",
    "卡号：{b}\n开户行：工商银行杭州文三路支行",
    "{b} 农行的，麻烦财务打款后截个图给我",
    "退款请退至原付款卡{b}，一般3-5个工作日到账",
    "我们是小工作室没有对公账户，转我个人卡{b}可以吗",
    "报销打到{b}，中国银行，谢谢🙏",
    "收款账户：{b}（个人）\n开户行：交通银行\n金额：{amt}",
    "转账用的是{b}这张卡，流水号{txn}，财务查一下有没有到账",
    "卡号{b}，尾号{tail}那张不用了",
    "退保证金的话发我卡号，{b} 这个是邮储的",
    # mixed, signatures
    "Best regards\n陈晶 | 大客户经理\nM: {m}\nT: {l}\nE: {e}\n{a}",
    "——\n技术支持 王工\nTel：{l}\nMob：{m}\nMail：{e}",
    "刘洋 实施工程师\n手机/微信：{m}\nQQ：{q}\n邮箱：{e}",
    "电话：{m} 邮箱：{e} QQ：{q}",
    "联系人：周经理 电话{m} 地址{a}",
    "客户联系方式：{m}，{l}，邮箱{e}",
    "我手机{m}，座机{l}，都可以",
    "麻烦让你们财务加我微信{w}，或者打我电话{m}",
    "现场工程师电话 {m}\n备用 {m2}",
    "王工{m}，李工{m2}，有问题找他们两个都行",
    "新的对接人：\n销售：{m}\n技术：{m2}\n财务：{l}",
    "发我手机上吧{m}，短信就行",
    "手机号是{m}，收到验证码{code}了，已经登录",
    "我的手机号{m}，账号就用这个注册",
    "后台管理员手机改成{m}，原来的{masked}那个人离职了",
    "麻烦把企业微信管理员换成我，手机{m}，邮箱{e}",
    "用{e}注册的试用账号，到期了能延长吗",
    "License绑定的邮箱是{e}，序列号{key}",
    "广告投放的素材发到{e}，或者加我微信{w}也行",
    "展台设计稿今晚发你邮箱{e}，你看下没问题明天就开工",
    "{m}\n王工",
    "电话不通的话加QQ{q}",
    "找不到我就打公司电话{l}让前台转我",
    "客户那边的网管电话是{m}，服务器IP是{ip}，你装的时候找他",
    "我是印刷厂的，名片打样好了，地址发我一下寄过去\n——{a}，{m}",
    "加微信说吧 {w}",
    "订单{order}已发货，收件信息：{a} {m}",
    "合同{order}的付款已经安排，汇到{b}这个卡对吧？",
    "打印机序列号{sn}，放在{a}，联系{m}",
)

NEAR_TEMPLATES = (
    "合同编号{order}，首付款{amt}今天已经付了，麻烦确认下",
    "PO单号{order}，数量{qty}，交期{date}，可以吗",
    "发票号码{inv}，金额{amt}，已经寄出了",
    "电子发票已开，发票号码：{inv}，价税合计{amt}",
    "我们税号是{tax}，上次开错了，麻烦重开一张",
    "统一社会信用代码：{tax}",
    "对公账号{acct}，开户行招商银行深圳分行，联行号{lh}",
    "付款账户：北京博雅会展服务有限公司 {acct} 工商银行中关村支行",
    "款已经打到你们对公账户{acct}了，{amt}，回单稍后发你",
    "收款单位账号：{acct}\n金额：{amt}\n用途：软件服务费",
    "License Key：{key}，有效期到{date}",
    "激活码是{key}，输入后重启一下客户端",
    "试用账号：{trial}，密码已经发短信了，试用期14天",
    "demo环境账号{trial}，地址{url}",
    "有问题打我们服务热线{hot}，7×24小时",
    "售后电话是{hot}，报机器序列号就行",
    "你打{hot}转人工，报工单号{ticket}",
    "打{hot}一直占线😓",
    "银行说要打{hot}查，我这边查不到",
    "总价{amt}，含税，含一年运维",
    "这个月的服务费{amt}，{date}前付就行",
    "报价{amt}/年，{qty}，优惠后{amt2}",
    "{date}上线，{date2}前完成培训",
    "明天{date}过去装机，大概两个小时",
    "物流单号{track}，预计{date}到",
    "快递单号：{track}",
    "已发货，物流单号{track}，一共{qty}",
    "{track} 这个单号查不到物流信息，麻烦看下",
    "打印机型号{model}，序列号{sn}，卡纸报错",
    "我们那台{model}又不行了，计数器{count}",
    "序列号{sn}，保修到{date}",
    "机器型号{model}，装驱动的时候找不到打印机，IP是{ip}",
    "服务器地址{ip}，端口开了没有",
    "客户端版本{ver}，升级后打不开",
    "现在最新的是{ver}吗？我们还是{ver2}",
    "转账流水号{txn}，财务查一下到账没",
    "交易流水号：{txn}",
    "平台订单号{ordlong}，发票抬头写公司",
    "订单号{ordlong}，申请开专票",
    "手机号{masked}的那个账号被锁了",
    "卡号显示{masked}，是我们公司那张",
    "{masked} 这个是之前的管理员，已经离职了",
    "下载地址：{url}",
    "帮助文档在{url}，第三章有安装说明",
    "我们在{place}，邮编{zip}",
    "邮编是{zip}吗？",
    "工单号{ticket}，已经转给二线了",
    "提了个工单{ticket}，到现在还没人处理",
    "腾讯会议：{meet}，{date}开始，密码{code}",
    "#腾讯会议：{meet}\n会议时间：{date} {date2}",
    "会议号{meet}，大家准时进哈",
    "我们展位号是{booth}，{date}开始布展",
    "展位{booth}，面积36平，费用{amt}",
    "验证码{code}，5分钟内有效",
    "收到的验证码是{code}，填了提示错误",
    "我工号{emp}，报修系统登录不了",
    "打前台总机让转分机{extn}就行",
    "分机{extn}，直接拨",
    "尾号{tail}的那张卡不用了，改付对公",
    "付款卡尾号{tail}，麻烦核对下",
    "车停在{park}，你下来拿一下",
    "停车位{park}是访客车位，可以停",
    "我们公司在{place}，离地铁站很近",
    "工程师已经到{place}了，在找停车位",
    "发票代码{inv}，发票号码{inv2}",
    "联行号{lh}，开户行工商银行深圳高新园支行",
    "送货{qty}，单号{track}，签收后回个单",
    "{order}这个合同的尾款{amt}什么时候付？",
    "续费{qty}，到期日{date}，续费价{amt}",
    "广告投放预算{amt}，{date}开始投，先投一个月",
    "展位费{amt}，{date}前付50%",
    "{date} 的巡检报告已经发群里了，{count}",
    "回款{amt}已到账，对应合同{order}",
)

PLAIN_LINES = (
    "好的", "收到", "收到，谢谢", "好的 辛苦了", "👌", "嗯嗯", "OK", "好嘞👍", "稍等，我问一下财务",
    "在吗", "在的，您说", "谢谢王工", "辛苦了🙏", "没问题", "明白", "我看一下", "我这边确认下再回复您",
    "合同盖好章了，今天寄出", "发票收到了", "报价单收到了，我们内部再讨论一下", "能不能再便宜点",
    "这个价格已经是最低了", "老板说先试用一个月看看", "系统今天又卡了，麻烦看一下", "登录不上，一直转圈",
    "导出报表的时候报错了", "打印机卡纸了，能不能来个人", "复印出来有黑线", "硒鼓什么时候能到",
    "碳粉用完了，再订两盒", "工程师大概几点到？", "今天下午能过来吗", "明天上午吧，下午我们开会",
    "已经远程处理好了，您再试一下", "重启一下客户端试试", "清一下浏览器缓存再登录", "可以了，谢谢！",
    "还是不行", "截图发我看一下", "好的，我截个图", "这个功能下个版本会上", "需求已经提给产品了",
    "培训安排在周四下午可以吗", "周四可以", "会议室订好了", "账号权限已经开好了", "麻烦把新同事加到系统里",
    "他下周入职，到时候再开账号", "合同到期了，续费的事你们怎么考虑", "续费价格和去年一样吗",
    "今年涨了一点，我发您新的报价", "我们领导出差了，回来再签", "用印流程走完了", "付款流程在走，下周应该能付",
    "财务说月底统一付款", "发票抬头写错了，能重开吗", "可以的，把原来的退回来就行", "纸质发票还是电子的？",
    "电子的就行", "专票还是普票？", "开专票", "物流到哪了？", "司机说堵车了，晚点到", "货到了，箱子有点破",
    "拍个照片给我们，我们这边找物流理赔", "纸箱尺寸能改吗", "样品我们看过了，质量可以", "印刷颜色偏深了",
    "打样再改一版", "海报文案我们内部改了一下，发您", "投放效果上周一般", "下周再加点预算试试",
    "展位图纸确认了吗", "搭建商明天进场", "展会证件什么时候能拿到", "现场电源不够，要加一个",
    "好的我跟主办方说", "这个问题我们已经在修复了", "给您添麻烦了，抱歉", "没事没事", "周末有人值班吗",
    "有的，周末也可以报修", "节后再安排吧", "我请假了，有急事找我同事", "我们这边换对接人了，稍后拉他进群",
    "欢迎欢迎", "大家好，我是新来的实施顾问，后面由我跟进", "群里有问题随时@我", "收到，今天处理",
    "已处理", "已解决，辛苦", "这个单子取消吧", "先暂停发货", "库存还有吗", "现货有，今天能发",
    "没现货，要等一周", "数据迁移需要多久？", "大概两天，周末做不影响业务", "测试环境搭好了",
    "正式环境什么时候切？", "等你们确认没问题就切", "接口文档发一下", "对接的时候找我们技术",
    "你们那个审批流能自定义吗", "能，后台可以配", "手机端能用吗", "可以，企业微信里直接打开",
    "打印驱动装不上", "换个USB口试试", "网络打印机扫描不到", "扫描到邮箱的功能怎么设置",
    "月度抄表数据已经发了", "这个月的服务报告麻烦签个字", "合同扫描件收到了", "原件还没收到",
    "快递说已经签收了，可能在前台", "我去前台问问", "找到了哈哈", "😂😂", "🙏", "好的，谢谢您的配合",
    "麻烦了", "有空吗，打个电话说", "我现在开会，晚点回你", "刚才在开车，没看到消息", "语音不方便，打字说吧",
    "上次说的那个折扣还有吗", "这是最终版合同吗", "第5条的付款条件我们想改一下", "违约金比例太高了",
    "法务在看了", "明天给你答复", "催一下哈", "不好意思，忘了这事了", "今天一定处理",
)

PLAIN_PARTS_A = ("王工", "李经理", "张总", "小陈", "刘姐", "周工", "赵经理", "孙总", "各位", "你好", "您好",
                 "老师", "黄工", "亲")
PLAIN_PARTS_B = ("系统", "打印机", "复印机", "报表模块", "审批流", "考勤机", "服务器", "发票", "合同", "货",
                 "样品", "展台", "广告素材", "纸箱", "投影仪", "财务模块", "客户端", "小程序")
PLAIN_PARTS_C = ("今天又出问题了", "什么时候能好", "我们这边确认没问题了", "还要再改一下", "已经到了",
                 "还没收到", "麻烦尽快处理", "有点急", "领导在催了", "能不能先处理一下", "辛苦再看看",
                 "我们内部再评估一下", "效果不太理想", "整体还可以", "有没有更好的方案")


# --------------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{([a-z]+?)(\d?)\}")


def _fill(rng, tpl, forced=None):
    """Fill a template; forced = (slot_letter, fmt) applied to the first slot of that letter."""
    text, ents, fmts, near = "", [], [], []
    pos = 0
    used_force = False
    for mt in _SLOT.finditer(tpl):
        text += tpl[pos:mt.start()]
        pos = mt.end()
        name = mt.group(1)
        if name in ENT_GEN:
            kind, gen, table = ENT_GEN[name]
            if forced and forced[0] == name and not used_force:
                f = forced[1]
                used_force = True
            else:
                f = _w(rng, table)
            pre, val, post = gen(rng, f)
            text += pre
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(f)
            text += val + post
        else:
            nk, val = NEAR_GEN[name](rng)
            near.append((nk, len(text), len(text) + len(val)))
            text += val
    text += tpl[pos:]
    return text, ents, fmts, near


def _plain(rng):
    r = rng.random()
    if r < 0.6:
        return rng.choice(PLAIN_LINES)
    if r < 0.85:
        return rng.choice(PLAIN_PARTS_A) + "，" + rng.choice(PLAIN_PARTS_B) + rng.choice(PLAIN_PARTS_C)
    return rng.choice(PLAIN_PARTS_B) + rng.choice(PLAIN_PARTS_C) + rng.choice(("", "。", "！", "~", "，谢谢"))


N_PII, N_NEAR, N_PLAIN = 900, 680, 820


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []  # (text, ents, fmts, near, tid)
    # forced formats: each format into 5 distinct templates holding its slot
    for letter in "mlei bqwpa".replace(" ", ""):
        _kind, _gen, table = ENT_GEN[letter]
        holders = [i for i, t in enumerate(PII_TEMPLATES) if "{" + letter + "}" in t]
        for f, _w_ in table:
            for tid in rng.sample(holders, 5):
                rows.append((*_fill(rng, PII_TEMPLATES[tid], (letter, f)), f"p{tid}"))
    order = list(range(len(PII_TEMPLATES)))
    while len(rows) < N_PII:
        rng.shuffle(order)
        for tid in order:
            if len(rows) >= N_PII:
                break
            rows.append((*_fill(rng, PII_TEMPLATES[tid]), f"p{tid}"))
    norder = list(range(len(NEAR_TEMPLATES)))
    k = 0
    while k < N_NEAR:
        rng.shuffle(norder)
        for tid in norder:
            if k >= N_NEAR:
                break
            rows.append((*_fill(rng, NEAR_TEMPLATES[tid]), f"n{tid}"))
            k += 1
    for _ in range(N_PLAIN):
        rows.append((_plain(rng), [], [], [], "plain"))
    rng.shuffle(rows)
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind23_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

_ADDR_START = re.compile(r"^[\u4e00-\u9fff]{2,}?(省|市|区|县|镇)|^[\u4e00-\u9fff\d]+?(路|街|道)")
_ADDR_END = re.compile(r"(号|栋|座|号楼|单元|室|层|楼|仓|厂房|\d)$")
_MOB = re.compile(r"^1[3-9]\d{9}$")
_EMAIL = re.compile(r"^[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
_WX = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$")
_PLATE = re.compile(r"^[" + PLATE_PROV + r"][A-Ha-h][·\s]?([A-HJ-NP-Za-hj-np-z0-9]{5}|[DFdf]\d{5})$")


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert _MOB.match(n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        if len(n) == 8:
            assert n[0] in "2345678", v
        else:
            assert any(n.startswith(a) and len(n) - len(a) == 8 for a in AREA_CODES) or \
                any(n.startswith(a[1:]) and len(n) - len(a) + 1 == 8 for a in AREA_CODES), v
    elif kind == "email":
        assert _EMAIL.match(v), v
    elif kind == "id_card":
        assert _id_ok(n.upper()) and n[:6] in ID_AREAS, v
    elif kind == "bank_card":
        assert len(n) in (16, 19) and _luhn_ok(n) and n[0] in "4569", v
    elif kind == "qq":
        assert v.isdigit() and 5 <= len(v) <= 11 and v[0] != "0", v
    elif kind == "wechat":
        assert _WX.match(v), v
    elif kind == "plate":
        assert _PLATE.match(v), v
    elif kind == "address":
        assert _ADDR_START.match(v) and _ADDR_END.search(v), v
    assert v == v.strip(), repr(v)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            _check_value(k, text[s:e])
            # no digit / letter glued to a value
            if k != "address":
                if s > 0:
                    assert not text[s - 1].isdigit() or re.search(r"(\+86|0086)[ -]?$", text[:s]), text
                    if k in ("email", "wechat"):
                        assert not (text[s - 1].isascii() and text[s - 1].isalnum()), text
                if e < len(text):
                    assert not text[e].isdigit(), (text, text[s:e])
                    if k in ("email", "wechat"):
                        assert not (text[e].isascii() and text[e].isalnum()), text
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            d = _norm(v)
            if d.isdigit() and 16 <= len(d) <= 19:
                assert not _luhn_ok(d), (k, v)
            if len(d) == 18 and d[:17].isdigit():
                assert not _id_ok(d), (k, v)
            if d.isdigit() and len(d) == 11:
                assert not _MOB.match(d), (k, v)
        if not es:
            assert ns or not re.search(r"\d{5,}|[A-Za-z0-9]@", text), text
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
    plain = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert len(plain) * 3 >= len(df), (len(plain), len(df))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind23_corpus())  # deterministic
    assert df.equals(make_blind23_corpus())
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
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{ENT_GEN[x][0]}/{f}" for x in ENT_GEN for f, _ in ENT_GEN[x][2]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

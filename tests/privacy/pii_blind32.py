"""Thirty-second blind PII corpus (``split == "blind32"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十五位写手")
that did NOT read the masker: under ``toolkit/privacy/`` only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
were read; nothing under ``bench/`` or ``docs/``, no README, no git history,
no other corpus or test (only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py``, for the layout and the entry-point names).
A dozen random lines of ``../shared/datasets/nonghang_zhidao/queries.csv``
were glanced at for the tone of bank customers (no data copied).  The writer
never imported ``toolkit`` and never ran any masking or finding function on
this corpus.  Value shapes, chat contexts and labels come only from the
writer's own idea of what WeCom 1:1 and group chats of the trade hold.

What is different here: the THEME is LOANS, INSTALMENTS, CREDIT CARDS AND
DEBT COLLECTION.  Consumer-loan and instalment customer service, overdue
reminders, negotiated repayment plans (协商还款), collection agents asking for
emergency contacts (紧急联系人), borrowers giving workplace addresses and
landlines, debit cards (62xxxx, old 9558 19-digit) and credit cards (4/5
series) for repayments, ID numbers for identity checks, statement e-mails,
WeChat / QQ, plates of cars pledged for car loans.  Messages come from
agents, collectors, borrowers, guarantors and annoyed relatives; some have
typos (手机好, 身份正号, 油箱), emoji, line breaks and form-like pastes.

Near-misses are the trade's own numbers: loan contract and IOU (借据) numbers,
bill amounts, amounts in capitals, interest rates (年化7.2%, 日利率0.05%),
instalments (第3/12期), due dates (每月15号, 4月18日), overdue days, repayment
reference and payment transaction numbers, masked cards / phones / IDs
(尾号8866, 6222****1234, 138****5678), credit limits, corporate repayment
accounts that fail Luhn, 95xxx / 400 hotlines, court case numbers
(（2024）粤0305民初12345号), verification codes, 10-digit customer numbers,
18-digit batch serials that fail the ID check, VINs, staff numbers, bank
branches and road / city names with no house number, postal codes.

Seed
----
``SEED = "blind32-2026-loans-第三十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and card Luhn digits are computed here.  Every near-miss whose
digits are 16-19 long fails Luhn, every 18-digit one fails the ID check.
Each value format is first forced 4 times into 4 different templates whose
slot accepts it; the remaining rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (转806, -806, 分机806) are outside; separators inside a value
  (spaces, dashes, the middle dot of a plate, the parentheses round an area
  code) are inside; an address runs from its first place unit (province /
  city / district / county / town / village / road / estate) to its last
  house-level unit (号 / 栋 / 号楼 / 单元 / 室 / 层 / a bare room number such
  as 1502 or 3-2-1502); a company name after it is outside.  Names are never
  labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind32"``

Counts (``python tests/privacy/pii_blind32.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1202
(mobile 299, address 168, bank_card 140, id_card 127, landline 111, email 98,
plate 96, wechat 95, qq 68);
near-miss spans=1245 (1055 in near-miss rows), 30 near-miss kinds
(amount 195, instal 108, due 107, datetime 75, rate 52, limit 51, hotline 50,
overdue 49, contract 49, branch 48, city 44, tail4 43, ref 41, vcode 31,
case_no 27, staff_no 25, order_no 24, vin 24, masked_mobile 18, road 18,
loan_no 18, masked_id 17, masked_card 17, car_model 17, serial18 17, cust_no
16, corp_account 16, postal 16, upper_amount 16, txn_no 16);
formats=48 distinct, each used >= 4 times in >= 4 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind32-2026-loans-第三十五位写手"
SPLIT = "blind32"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 900
N_NEAR_ROWS = 680
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(v: str) -> bool:
    v = v.upper()
    return len(v) == 18 and v[:17].isdigit() and _id_check(v[:17]) == v[17]


def _luhn_digit(body: str) -> str:
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def _luhn_ok(v: str) -> bool:
    return v.isdigit() and _luhn_digit(v[:-1]) == v[-1]


_CN_DIG = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_DIG.get(c, c) for c in v)
    return re.sub(r"[\s\-·.()（）]", "", v)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- value pools

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199")

AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0371", "0531",
              "0571", "0574", "0591", "0592", "0731", "0755", "0757", "0769", "0512", "0510", "0451",
              "0431", "0871", "0851", "0771", "0311", "0351", "0551", "0791", "0898")

ID_REGIONS = ("110105", "110108", "310115", "310104", "440305", "440106", "441900", "330106", "330108",
              "320102", "320505", "420111", "510107", "500112", "610113", "370102", "410105", "412727",
              "430104", "350203", "130102", "210102", "220102", "230103", "340104", "341221", "360102",
              "450103", "452123", "520102", "530102", "620102", "640104", "650102", "120101",
              "140105", "150102", "460105", "511322", "430524", "360731")

DEBIT19_BINS = ("622202", "621226", "621700", "622700", "622848", "621661", "622262", "623058",
                "621799", "622208", "621559", "623668", "621485", "622908")
DEBIT16_BINS = ("622588", "621483", "622609", "622575", "621286")
CREDIT_BINS = ("427020", "438088", "436742", "451461", "489592", "518710", "524047", "552534",
               "512315", "545619", "558868", "524090")
OLD95_BINS = ("955880", "955881", "955990")

EMAIL_NAMES = ("zhangwei", "liuyang", "wangfang", "lijing", "chenhao", "zhaolei", "huangmin", "zhouting",
               "wuqiang", "xuli", "sunpeng", "maxiaoyu", "hujun", "guoxin", "heyan", "linfeng",
               "luoqian", "zhengkai", "tangli", "fengshuo", "xiaomei", "dongdong", "ajie", "xiaoqiang")
FREE_DOMAINS = ("163.com", "126.com", "sina.com", "sohu.com", "139.com", "yeah.net", "aliyun.com")
INTL_DOMAINS = ("foxmail.com", "gmail.com", "outlook.com", "hotmail.com", "icloud.com")
CORP_DOMAINS = ("hnmaoyi.com", "szxinda.com.cn", "jsjianan.cn", "cqlongxin.com", "hzyunfan.com",
                "bjhuatong.com.cn", "gzkexin.net")

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), ("科技南十二路", "深南大道", "创业路", "民治大道", "布吉路")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区"), ("天河路", "体育西路", "新港中路", "机场路")),
    ("广东省", "东莞市", ("长安镇", "虎门镇", "南城街道"), ("振安中路", "连升路", "鸿福路")),
    ("浙江省", "杭州市", ("西湖区", "滨江区", "余杭区"), ("文三路", "江南大道", "文一西路", "学院路")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区"), ("中山北路", "双龙大道", "汉中路")),
    ("江苏省", "苏州市", ("工业园区", "姑苏区", "吴中区"), ("星湖街", "人民路", "干将西路")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区"), ("张江路", "漕溪北路", "莘庄路", "世纪大道")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区"), ("望京街", "中关村大街", "丰台北路", "建国路")),
    ("", "重庆市", ("渝北区", "九龙坡区"), ("金开大道", "杨家坪正街")),
    ("", "天津市", ("河西区", "南开区"), ("友谊路", "卫津路")),
    ("四川省", "成都市", ("武侯区", "高新区", "锦江区"), ("天府大道中段", "科华北路", "红星路")),
    ("湖北省", "武汉市", ("洪山区", "江汉区"), ("珞喻路", "解放大道")),
    ("河南省", "郑州市", ("金水区", "二七区"), ("花园路", "大学路")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区"), ("麓山南路", "五一大道")),
    ("山东省", "济南市", ("历下区", "市中区"), ("泉城路", "经十路")),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("湖滨南路", "嘉禾路")),
    ("陕西省", "西安市", ("雁塔区", "碑林区"), ("小寨东路", "南大街")),
    ("安徽省", "合肥市", ("蜀山区", "包河区"), ("长江西路", "马鞍山路")),
)
MUNICIPALITIES = ("上海市", "北京市", "重庆市", "天津市")
RURAL = (
    ("河南省", "周口市", "太康县", "城郊乡", "王庄村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李寨村"),
    ("四川省", "南充市", "营山县", "双河镇", "石梯村"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", "新屋村"),
    ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
    ("广西壮族自治区", "玉林市", "博白县", "东平镇", "大坡村"),
    ("河北省", "保定市", "定兴县", "固城镇", "北章村"),
    ("山东省", "临沂市", "沂南县", "界湖街道", "北寨村"),
)
BUILDINGS = ("华润大厦", "创业大厦", "国际商务中心", "科技大厦A座", "金融中心B座", "时代广场", "汇金中心",
             "天安数码城", "软件园二期", "东方大厦")
ESTATES = ("阳光花园", "恒大绿洲", "锦绣江南", "碧桂园", "万科城", "保利香槟", "龙湖春江郦城", "金地格林小区",
           "幸福家园", "翠苑一区")


def _room(rng):
    return f"{rng.randint(2, 32)}0{rng.randint(1, 8)}"


# --------------------------------------------------------------------------- entity generators
# each returns (prefix_outside, value, suffix_outside)

def _mob(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def g_mobile_plain(rng):
    return "", _mob(rng), ""


def g_mobile_space(rng):
    m = _mob(rng)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def g_mobile_dash(rng):
    m = _mob(rng)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def g_mobile_86(rng):
    return rng.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), _mob(rng), ""


def g_mobile_full(rng):
    return "", unicodedata.normalize("NFKC", _mob(rng)).translate(
        {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), ""


def g_mobile_cn(rng):
    m = _mob(rng)
    tab = dict(zip("0123456789", "零一二三四五六七八九"))
    if rng.random() < 0.5:
        tab["1"] = "幺"
    return "", "".join(tab[c] for c in m), ""


def _local(rng, code):
    return str(rng.randint(2, 8)) + _digits(rng, 7)


def g_land_dash(rng):
    c = rng.choice(AREA_CODES)
    return "", f"{c}-{_local(rng, c)}", ""


def g_land_paren(rng):
    c = rng.choice(AREA_CODES)
    lp, rp = rng.choice((("(", ")"), ("（", "）")))
    return "", f"{lp}{c}{rp}{_local(rng, c)}", ""


def g_land_plain(rng):
    c = rng.choice(AREA_CODES)
    return "", f"{c}{_local(rng, c)}", ""


def g_land_space(rng):
    c = rng.choice(AREA_CODES)
    n = _local(rng, c)
    return "", f"{c} {n[:4]} {n[4:]}", ""


def g_land_ext(rng):
    c = rng.choice(AREA_CODES)
    ext = str(rng.randint(801, 8899))
    return "", f"{c}-{_local(rng, c)}", rng.choice(("转", "-", " 分机", "转分机", " 转")) + ext


def g_land_local(rng):
    n = _local(rng, "")
    return "", rng.choice((n, f"{n[:4]}-{n[4:]}", f"{n[:4]} {n[4:]}")), ""


def _make_id(rng, want_x=None):
    while True:
        y = rng.randint(1962, 2003)
        mth = rng.randint(1, 12)
        d = rng.randint(1, 28 if mth == 2 else (30 if mth in (4, 6, 9, 11) else 31))
        body = f"{rng.choice(ID_REGIONS)}{y}{mth:02d}{d:02d}{rng.randint(1, 999):03d}"
        ck = _id_check(body)
        if want_x is None or (want_x == (ck == "X")):
            return body + ck


def g_id_plain(rng):
    return "", _make_id(rng, False), ""


def g_id_x(rng):
    return "", _make_id(rng, True), ""


def g_id_xlow(rng):
    return "", _make_id(rng, True).lower(), ""


def g_id_space(rng):
    v = _make_id(rng)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


def _card(rng, bins, n):
    b = rng.choice(bins)
    body = b + _digits(rng, n - len(b) - 1)
    return body + _luhn_digit(body)


def _sp4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def g_debit19(rng):
    return "", _card(rng, DEBIT19_BINS, 19), ""


def g_debit19_sp(rng):
    return "", _sp4(_card(rng, DEBIT19_BINS, 19)), ""


def g_debit16(rng):
    return "", _card(rng, DEBIT16_BINS, 16), ""


def g_debit16_sp(rng):
    return "", _sp4(_card(rng, DEBIT16_BINS, 16)), ""


def g_credit16(rng):
    return "", _card(rng, CREDIT_BINS, 16), ""


def g_credit16_sp(rng):
    return "", _sp4(_card(rng, CREDIT_BINS, 16)), ""


def g_credit16_dash(rng):
    return "", _sp4(_card(rng, CREDIT_BINS, 16)).replace(" ", "-"), ""


def g_old95(rng):
    return "", _card(rng, OLD95_BINS, 19), ""


def g_mail_free(rng):
    n = rng.choice(EMAIL_NAMES) + rng.choice(("", str(rng.randint(1, 99)), str(rng.randint(1975, 2003)),
                                              "88", "520", "666"))
    return "", f"{n}@{rng.choice(FREE_DOMAINS)}", ""


def g_mail_qq(rng):
    return "", f"{rng.randint(1, 9)}{_digits(rng, rng.randint(6, 9))}@qq.com", ""


def g_mail_corp(rng):
    n = rng.choice(EMAIL_NAMES)
    n = rng.choice((n, n[:2] + "." + n[2:], n + ".hr", "finance" + str(rng.randint(1, 9))))
    return "", f"{n}@{rng.choice(CORP_DOMAINS)}", ""


def g_mail_underscore(rng):
    n = rng.choice(EMAIL_NAMES) + rng.choice(("_", ".", "-")) + rng.choice(("home", "work", str(rng.randint(1, 999)), "sz", "bj"))
    return "", f"{n}@{rng.choice(INTL_DOMAINS)}", ""


def g_mail_fullat(rng):
    n = rng.choice(EMAIL_NAMES) + str(rng.randint(1, 999))
    return "", f"{n}＠{rng.choice(FREE_DOMAINS + ('qq.com',))}", ""


def g_qq_short(rng):
    return "", str(rng.randint(1, 9)) + _digits(rng, rng.randint(5, 7)), ""


def g_qq_long(rng):
    return "", str(rng.randint(1, 3)) + _digits(rng, rng.randint(8, 9)), ""


def g_wx_id(rng):
    return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""


def g_wx_pinyin(rng):
    return "", rng.choice(EMAIL_NAMES) + str(rng.choice((rng.randint(1975, 2003), rng.randint(1, 999)))), ""


def g_wx_underscore(rng):
    n = rng.choice(EMAIL_NAMES)
    return "", f"{n}_{rng.choice(('0815', '88', '1990', 'sz', 'vip', '666', str(rng.randint(1, 99))))}", ""


def g_wx_dash(rng):
    n = rng.choice(EMAIL_NAMES)
    return "", f"{n[:3]}-{n[3:]}-{rng.randint(1, 999)}" if len(n) > 4 else f"{n}-{rng.randint(10, 999)}", ""


def g_wx_mixed(rng):
    n = rng.choice(EMAIL_NAMES)
    return "", n[0].upper() + n[1:3] + n[3:].capitalize() + rng.choice(("_", "")) + str(rng.randint(1, 999)), ""


def _plate_tail(rng):
    s = [rng.choice("0123456789") for _ in range(5)]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        s[rng.randint(0, 3)] = rng.choice(PLATE_LET)
    return "".join(s)


def g_plate_plain(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + _plate_tail(rng), ""


def g_plate_dot(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + "·" + _plate_tail(rng), ""


def g_plate_space(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]) + " " + _plate_tail(rng), ""


def g_plate_ne(rng):
    p = rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12])
    if rng.random() < 0.7:
        return "", p + rng.choice("DF") + rng.choice(PLATE_ALNUM) + _digits(rng, 4), ""
    return "", p + _digits(rng, 5) + rng.choice("DF"), ""


def g_plate_lower(rng):
    return "", rng.choice(PLATE_PROV) + rng.choice(PLATE_LET[:12]).lower() + _plate_tail(rng), ""


def _tail(rng, road):
    n = rng.randint(1, 999)
    k = rng.randint(0, 6)
    if k == 5 and road not in ("张江路", "漕溪北路", "莘庄路", "世纪大道"):
        k = 4  # 弄 is a Shanghai unit
    if k == 0:
        return f"{road}{n}号"
    if k == 1:
        return f"{road}{n}号{rng.choice(BUILDINGS)}{rng.randint(2, 35)}层"
    if k == 2:
        return f"{road}{n}号{rng.choice(BUILDINGS)}{_room(rng)}室"
    if k == 3:
        return f"{road}{n}号院{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元{_room(rng)}"
    if k == 4:
        return f"{road}{n}号{rng.choice(ESTATES)}{rng.randint(1, 20)}栋{rng.randint(1, 4)}单元{_room(rng)}室"
    if k == 5:
        return f"{road}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{_room(rng)}室"
    return f"{road}{n}号{rng.randint(1, 9)}幢{_room(rng)}"


def _city(rng, muni=None):
    while True:
        c = rng.choice(CITIES)
        if muni is None or (c[1] in MUNICIPALITIES) == muni:
            return c


def g_addr_prov(rng):
    p, c, ds, rs = _city(rng, False)
    return "", p + c + rng.choice(ds) + _tail(rng, rng.choice(rs)), ""


def g_addr_city(rng):
    p, c, ds, rs = _city(rng)
    return "", c + rng.choice(ds) + _tail(rng, rng.choice(rs)), ""


def g_addr_district(rng):
    p, c, ds, rs = _city(rng)
    return "", rng.choice(ds) + _tail(rng, rng.choice(rs)), ""


def g_addr_road(rng):
    p, c, ds, rs = _city(rng)
    return "", _tail(rng, rng.choice(rs)), ""


def g_addr_rural(rng):
    p, c, co, t, v = rng.choice(RURAL)
    head = rng.choice((p + c + co, c + co, co))
    return "", f"{head}{t}{v}{rng.randint(1, 12)}组{rng.randint(1, 120)}号", ""


def g_addr_dashroom(rng):
    p, c, ds, rs = _city(rng)
    head = rng.choice((c + rng.choice(ds), rng.choice(ds), c + rng.choice(ds) + rng.choice(rs) + f"{rng.randint(1, 999)}号"))
    return "", f"{head}{rng.choice(ESTATES)}{rng.randint(1, 20)}-{rng.randint(1, 4)}-{_room(rng)}", ""


def g_addr_spaced(rng):
    p, c, ds, rs = _city(rng)
    head = rng.choice((c, p + " " + c if p else c))
    tail = rng.choice((f"{rng.choice(BUILDINGS)} {_room(rng)}室", f"{rng.choice(ESTATES)} {rng.randint(1, 20)}栋{_room(rng)}",
                       f"{rng.choice(BUILDINGS)}{rng.randint(2, 30)}层"))
    return "", f"{head} {rng.choice(ds)} {rng.choice(rs)}{rng.randint(1, 999)}号 {tail}", ""


# (format, groups, weight, generator)
FMTS = {
    "mobile": (
        ("plain_11", ("any", "oral"), 10, g_mobile_plain),
        ("space_344", ("any", "oral"), 3, g_mobile_space),
        ("dash_344", ("any", "oral"), 2, g_mobile_dash),
        ("prefix86_plain", ("any",), 1.5, g_mobile_86),
        ("fullwidth_11", ("any", "oral"), 0.6, g_mobile_full),
        ("cn_digit_words", ("oral",), 1, g_mobile_cn),
    ),
    "landline": (
        ("area_dash", ("any",), 6, g_land_dash),
        ("area_paren", ("any",), 2, g_land_paren),
        ("area_plain", ("any",), 2, g_land_plain),
        ("area_space_344", ("any",), 1, g_land_space),
        ("area_dash_ext", ("any",), 2, g_land_ext),
        ("local_8", ("any",), 1, g_land_local),
    ),
    "id_card": (
        ("plain_18", ("any",), 8, g_id_plain),
        ("x_upper", ("any",), 2, g_id_x),
        ("x_lower", ("any",), 1, g_id_xlow),
        ("space_6_8_4", ("any",), 1.5, g_id_space),
    ),
    "bank_card": (
        ("debit_19_plain", ("any", "debit"), 6, g_debit19),
        ("debit_19_space4", ("any", "debit"), 3, g_debit19_sp),
        ("debit_16_plain", ("any", "debit"), 2, g_debit16),
        ("debit_16_space4", ("any", "debit"), 1, g_debit16_sp),
        ("old95_19_plain", ("any", "debit"), 0.7, g_old95),
        ("credit_16_plain", ("any", "credit"), 4, g_credit16),
        ("credit_16_space4", ("any", "credit"), 3, g_credit16_sp),
        ("credit_16_dash4", ("any", "credit"), 0.7, g_credit16_dash),
    ),
    "email": (
        ("pinyin_free_mail", ("any",), 5, g_mail_free),
        ("qq_number_mail", ("any",), 4, g_mail_qq),
        ("corp_domain", ("any",), 2, g_mail_corp),
        ("separator_intl", ("any",), 2, g_mail_underscore),
        ("fullwidth_at", ("any",), 1, g_mail_fullat),
    ),
    "qq": (
        ("digits_6_8", ("any",), 1, g_qq_short),
        ("digits_9_10", ("any",), 2, g_qq_long),
    ),
    "wechat": (
        ("wxid_prefix", ("any",), 1.5, g_wx_id),
        ("pinyin_digits", ("any",), 3, g_wx_pinyin),
        ("pinyin_underscore", ("any",), 2, g_wx_underscore),
        ("pinyin_dash", ("any",), 1, g_wx_dash),
        ("mixed_case", ("any",), 1.5, g_wx_mixed),
    ),
    "plate": (
        ("plain_7", ("any",), 5, g_plate_plain),
        ("dot_7", ("any",), 1.5, g_plate_dot),
        ("space_7", ("any",), 1.5, g_plate_space),
        ("new_energy_8", ("any",), 2, g_plate_ne),
        ("lowercase_letter", ("any",), 1, g_plate_lower),
    ),
    "address": (
        ("province_full", ("any",), 3, g_addr_prov),
        ("city_start", ("any",), 4, g_addr_city),
        ("district_start", ("any",), 2, g_addr_district),
        ("road_start", ("any",), 1.5, g_addr_road),
        ("rural_village", ("any",), 1.5, g_addr_rural),
        ("estate_dash_room", ("any",), 1.2, g_addr_dashroom),
        ("spaced_parts", ("any",), 1, g_addr_spaced),
    ),
}

# --------------------------------------------------------------------------- near-miss generators

BANK_BRANCHES = ("招商银行深圳科技园支行", "工商银行杭州文三路支行", "建设银行广州天河支行", "农业银行周口太康支行",
                 "中国银行上海张江支行", "交通银行成都高新支行", "平安银行南京中山北路支行", "邮储银行阜阳临泉县支行",
                 "兴业银行厦门湖滨南路支行", "浦发银行北京望京支行")
HOTLINES = ("95588", "95533", "95555", "95566", "95599", "95559", "95528", "95508", "95561", "95511",
            "95595", "95568", "400-820-8988", "4008-123-456", "400 666 0000", "4001-888-666", "800-830-8003",
            "95188", "95017")
CITY_ONLY = ("东莞", "深圳", "杭州", "成都那边", "郑州", "老家周口", "上海浦东", "武汉光谷", "南山区科技园", "苏州工业园区",
             "北京朝阳", "长沙", "重庆渝北", "义乌")
ROAD_ONLY = ("深南大道", "文三路", "天府大道", "解放大道", "中关村大街", "张江路", "花园路", "经十路")
CAR_MODELS = ("大众朗逸", "丰田卡罗拉", "本田思域", "比亚迪秦PLUS", "五菱宏光", "日产轩逸", "吉利帝豪", "哈弗H6", "特斯拉Model 3")
UPPER_NUM = "零壹贰叁肆伍陆柒捌玖"


def _date(rng):
    return 2023 + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28)


def n_contract(rng):
    y, m, d = _date(rng)
    return rng.choice((f"JK{y}{m:02d}{d:02d}{_digits(rng, 6)}", f"HT-{y}-SZ-{_digits(rng, 6)}",
                       f"XD{y}{m:02d}{_digits(rng, 7)}", f"CL{_digits(rng, 12)}", f"{rng.choice('ABCDEFG')}{y}{_digits(rng, 9)}"))


def n_loan_no(rng):
    y, m, d = _date(rng)
    return rng.choice((f"DJ{y}{m:02d}{d:02d}A{_digits(rng, 5)}", f"JJ{_digits(rng, 14)}", f"LN{y}{_digits(rng, 8)}"))


def n_amount(rng):
    v = rng.choice((rng.randint(100, 9999) + rng.randint(0, 99) / 100, rng.randint(1, 60) * 500, rng.randint(200, 50000) + 0.0))
    return rng.choice((f"{v:.2f}", f"{v:,.2f}", f"{int(v)}", f"¥{v:.2f}"))


def n_rate(rng):
    return rng.choice(("7.2%", "18%", "23.99%", "24%", "35.9%", "0.05%", "0.035%", "0.6%", "10.8%", "15.4%", "4.35%", "0.75%"))


def n_instal(rng):
    t = rng.choice((3, 6, 12, 12, 24, 36))
    k = rng.randint(1, t)
    return rng.choice((f"第{k}/{t}期", f"第{k}期", f"{t}期", f"{k}/{t}期", f"剩余{t - k + 1}期"))


def n_due(rng):
    y, m, d = _date(rng)
    return rng.choice((f"每月{d}号", f"{m}月{d}日", f"{m}月{d}号", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}",
                       f"本月{d}号", f"{m}.{d}"))


def n_overdue(rng):
    return rng.choice((f"{rng.randint(1, 180)}天", f"{rng.randint(1, 12)}个月", rng.choice(("M1", "M2", "M3+"))))


def n_ref(rng):
    y, m, d = _date(rng)
    return rng.choice((f"{y}{m:02d}{d:02d}{_digits(rng, 14)}", f"RP{y}{m:02d}{d:02d}{_digits(rng, 10)}",
                       f"{y}{m:02d}{d:02d}{_digits(rng, 16)}"))


def n_txn(rng):
    y, m, d = _date(rng)
    return rng.choice((f"4200002{_digits(rng, 3)}{y}{m:02d}{d:02d}{_digits(rng, 10)}",
                       f"{y}{m:02d}{d:02d}2200140{_digits(rng, 13)}"))


def n_masked_card(rng):
    b = rng.choice(DEBIT19_BINS + CREDIT_BINS)
    t = _digits(rng, 4)
    return rng.choice((f"{b[:4]}****{t}", f"{b[:4]} **** **** {t}", f"{b}******{t}", f"**** **** **** {t}", f"{b[:4]}***{t}"))


def n_tail4(rng):
    return _digits(rng, 4)


def n_masked_mobile(rng):
    m = _mob(rng)
    return rng.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}****{m[7:]}"))


def n_masked_id(rng):
    v = _make_id(rng)
    return rng.choice((f"{v[:4]}**********{v[14:]}", f"{v[:6]}********{v[14:]}", f"{v[0]}****************{v[17]}"))


def n_limit(rng):
    return rng.choice((f"{rng.randint(1, 20)}万", f"{rng.randint(2, 100) * 500}", f"{rng.randint(2, 100) * 500}元", f"{rng.randint(1, 9)}千"))


def n_bad_card(rng):
    b = rng.choice(("4000", "3100", "4420", "1202", "6222", "6228", "3209", "1001"))
    n = rng.choice((16, 19))
    body = b + _digits(rng, n - 5)
    good = int(_luhn_digit(body))
    v = body + str((good + rng.randint(1, 9)) % 10)
    return rng.choice((v, _sp4(v)))


def n_hotline(rng):
    return rng.choice(HOTLINES)


def n_case_no(rng):
    y = rng.randint(2022, 2025)
    c = rng.choice(("粤0305", "京0105", "沪0115", "浙0106", "川0107", "豫0105", "苏0102", "渝0112"))
    t = rng.choice(("民初", "执", "民特", "执保"))
    return rng.choice((f"（{y}）{c}{t}{rng.randint(100, 39999)}号", f"({y}){c}{t}{rng.randint(100, 39999)}号"))


def n_vcode(rng):
    return _digits(rng, rng.choice((4, 6, 6)))


def n_serial18(rng):
    while True:
        y, m, d = _date(rng)
        v = f"{y}{m:02d}{d:02d}{_digits(rng, 10)}"
        if not _id_ok(v) and not _luhn_ok(v):
            return v


def n_cust_no(rng):
    return rng.choice(("88", "10", "20", "66")) + _digits(rng, 8)


def n_branch(rng):
    return rng.choice(BANK_BRANCHES)


def n_city(rng):
    return rng.choice(CITY_ONLY)


def n_road(rng):
    return rng.choice(ROAD_ONLY)


def n_postal(rng):
    return rng.choice(("518057", "310012", "200120", "100102", "466400", "236400", "610041", "430073", "523850"))


def n_upper_amount(rng):
    w, q = rng.randint(1, 9), rng.randint(0, 9)
    s = f"人民币{UPPER_NUM[w]}万"
    s += f"{UPPER_NUM[q]}仟元整" if q else "元整"
    return s


def n_datetime(rng):
    y, m, d = _date(rng)
    hh, mm = rng.randint(8, 21), rng.choice((0, 15, 30, 45, 5, 48))
    return rng.choice((f"{y}年{m}月{d}日", f"{m}月{d}日{hh}:{mm:02d}", f"{y}-{m:02d}-{d:02d} {hh}:{mm:02d}:{rng.randint(0, 59):02d}",
                       f"{y}/{m}/{d}", f"今天{hh}点"))


def _no_luhn(v):
    return v if not _luhn_ok(v) else v[:-1] + str((int(v[-1]) + 1) % 10)


def n_order_no(rng):
    y, m, d = _date(rng)
    return rng.choice((f"E{y}{m:02d}{d:02d}{_digits(rng, 9)}", _no_luhn(f"{y % 100}{m:02d}{d:02d}{_digits(rng, 10)}"), f"FQ{_digits(rng, 12)}"))


def n_staff_no(rng):
    return rng.choice((f"A{_digits(rng, 5)}", f"CS{_digits(rng, 4)}", f"{rng.randint(10000, 99999)}", f"DH-{_digits(rng, 4)}"))


def n_vin(rng):
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "L" + rng.choice(("SV", "FV", "GB", "VH", "C0")) + "".join(rng.choice(a) for _ in range(6)) + _digits(rng, 8)


def n_car(rng):
    return rng.choice(CAR_MODELS)


NEAR_GENS = dict(contract=n_contract, loan_no=n_loan_no, amount=n_amount, rate=n_rate, instal=n_instal, due=n_due,
                 overdue=n_overdue, ref=n_ref, txn_no=n_txn, masked_card=n_masked_card, tail4=n_tail4,
                 masked_mobile=n_masked_mobile, masked_id=n_masked_id, limit=n_limit, corp_account=n_bad_card,
                 hotline=n_hotline, case_no=n_case_no, vcode=n_vcode, serial18=n_serial18, cust_no=n_cust_no,
                 branch=n_branch, city=n_city, road=n_road, postal=n_postal, upper_amount=n_upper_amount,
                 datetime=n_datetime, order_no=n_order_no, staff_no=n_staff_no, vin=n_vin, car_model=n_car)

# --------------------------------------------------------------------------- templates
# {kind} / {kind:group} = entity slot, {~near} = near-miss slot

PII_TEMPLATES = (
    # identity checks
    "身份证号{id_card}，预留手机{mobile}",
    "{id_card}\n这是我身份证号，你们查一下我还欠多少",
    "我身份证是{id_card} 麻烦帮我查下现在到第几期了",
    "客服你好，我想申请提前还款，身份证号：{id_card}，合同编号{~contract}",
    "核实一下，您的身份证号是{id_card}，对吗？请回复是或否",
    "证件号 {id_card}，手机 {mobile}，卡号 {bank_card:debit}",
    "身份证号码：{id_card}\n银行卡号：{bank_card:debit}\n开户行：{~branch}\n预留手机：{mobile}",
    "刚才发错了，身份证应该是{id_card}，不是上面那个",
    "我老婆的身份证{id_card}，她也是共同借款人",
    "麻烦把结清证明发到我邮箱{email}，身份证号{id_card}",
    "身份正号{id_card}，你们系统查不到吗？",
    "担保人电话{mobile}，担保人身份证{id_card}",
    "你好我是借款人本人，身份证号{id_card}，想协商一下，现在每个月只能还{~amount}",
    # bank cards
    "还款卡换成这张：{bank_card:debit}，{~branch}的",
    "{bank_card:debit} 这张卡里有钱了，今天可以扣款了吧",
    "我的信用卡{bank_card:credit}账单分期能不能改成{~instal}",
    "绑定的卡是{bank_card:debit}，扣款失败显示余额不足，我晚点存进去",
    "卡号 {bank_card} 户名本人，麻烦帮我改一下自动还款账户",
    "您好，我这边查到您名下信用卡{bank_card:credit}已逾期{~overdue}，本期最低还款{~amount}元，请尽快处理",
    "麻烦把多扣的钱退到{bank_card:debit}这张卡上，谢谢🙏",
    "还款账号：{bank_card:debit}\n还款金额：{~amount}\n还款日：{~due}",
    "信用卡号是{bank_card:credit}，额度才{~limit}，能提额吗",
    "我用{bank_card}这张卡还的，流水号{~ref}，为什么还显示没还",
    "信用卡还款请转入：{bank_card:credit}（本人名下）",
    "好的 我的卡号{bank_card}，身份证{id_card}，帮我查下为什么扣了两次",
    "我的信用卡{bank_card:credit}被盗刷了，我人在{~city}，根本没消费过",
    "换卡了，新卡{bank_card:debit}，旧卡尾号{~tail4}已经注销",
    "卡{bank_card:credit}\n有效期不方便发\n账单日{~due}",
    # mobiles
    "我手机号换了，新号{mobile}，以后打这个",
    "{mobile} 这是我现在用的号，之前那个停机了",
    "有事打我电话{mobile}，不要打我单位",
    "您好，请问是{mobile}的机主吗？您在我司的借款已逾期{~overdue}",
    "你们不要再打{mobile}了，那是我妈的号码，她不知道我借钱的事😭",
    "预留手机{mobile}收不到验证码，是不是号码有问题",
    "短信发到{mobile}了吗？我没收到",
    "我是您的专属客户经理，工作手机{mobile}，微信同号，有问题随时联系",
    "打我老公电话吧 {mobile:oral}",
    "手机:{mobile}（打不通的话打这个{mobile}）",
    "我的手机好是{mobile:oral}，你们记一下",
    "👉{mobile}👈 打这个，别打那个了",
    "手机号 {mobile} 验证码{~vcode}，我都输了，怎么还登录不上",
    "电话{mobile:oral}\n我不太会打字，你们打电话说吧",
    "我是他爸，他的事别找我，我号码{mobile:oral}你们从哪搞到的",
    # emergency contacts
    "紧急联系人：{mobile}，关系：母亲",
    "紧急联系人1：父亲 {mobile}\n紧急联系人2：同事 {mobile}",
    "麻烦您补充一个紧急联系人电话，之前填的{mobile}一直打不通",
    "我紧急联系人填的是我哥，{mobile}，你们别去骚扰他",
    "联系人换成我姐姐，电话{mobile}，微信{wechat}",
    "紧急联系人是我室友 号码{mobile}",
    "把我的号{mobile}从紧急联系人里删掉，我跟他不熟",
    "您好，这里是贷后管理部，请问{mobile}是您填写的紧急联系人吗？",
    "联系人手机号：{mobile}（朋友）{mobile}（表弟）",
    "紧急联系人\n姓名：（略）\n电话：{mobile}\n单位：{address}",
    # workplace / address / landline
    "单位名称：XX贸易有限公司\n单位地址：{address}\n单位电话：{landline}",
    "我公司地址是{address}，合同寄这里就行",
    "工作单位电话{landline}，找行政部就行",
    "公司座机{landline}，上班时间才有人接",
    "您好，我们是贷后部门，请问您现在是否还在{address}工作？",
    "住址：{address}\n现住址和户籍地址一致",
    "现居住地址更新为{address}，以前那个已经搬走了",
    "合同原件寄到{address}，收件电话{mobile}",
    "家里座机{landline}，晚上有人",
    "单位电话：{landline}（前台）",
    "{address}\n这是我新的工作地址",
    "我们公司搬了，新地址{address}，电话还是{landline}",
    "上门？我住{address}，你们来吧，我真的没钱",
    "户籍地址：{address}",
    "催收打到我公司{landline}了，影响很不好，你们有事直接打我{mobile}",
    "🙏求求你们别再打{landline}了，我们领导都知道了",
    "我是他单位的，他已经离职了，别再打{landline}了",
    "白天打{landline}，晚上打{mobile}",
    "联系方式：{mobile} / {landline}",
    "我现在在{address}这边打工，工资月底发，发了就还",
    "分期买的手机寄到{address}，联系电话{mobile}",
    "新的收货地址：{address} 电话{mobile}",
    "法院传票寄到{address}了吗？我现在不住那",
    "把催款函寄到{address}这个地址，别寄老家",
    "我家地址{address}，我爸妈在家，有事别去吓他们",
    "我住在{address}，离你们{~branch}很近，可以去网点办吗",
    "单位地址{address}（XX科技有限公司），座机{landline}",
    "座机：{landline}😊",
    "老家地址是{address}，现在人在{~city}打工",
    "工作信息\n单位：XX物流有限公司\n地址：{address}\n电话：{landline}\n入职时间：{~datetime}",
    # email
    "电子账单麻烦发到{email}",
    "邮箱{email}，结清证明发这里，谢谢",
    "我换邮箱了，以后账单发{email}",
    "{email} 这个邮箱收不到你们的对账单，是不是进垃圾箱了",
    "您好，还款计划表已发送至您的邮箱{email}，请查收📧",
    "工作邮箱 {email}，私人邮箱 {email}",
    "把协商还款申请书发到 {email} 吧，我打印签字",
    "对账单邮箱地址：{email}\n手机：{mobile}",
    "油箱{email}",
    "客户信息核对：\n证件号码 {id_card}\n信用卡 {bank_card:credit}\n账单邮箱 {email}",
    "还款后请将凭证截图发至{email}或加微信{wechat}",
    "号码{mobile}，座机{landline}，邮箱{email}，哪个方便联系哪个",
    # qq
    "我微信被封了，加我QQ吧：{qq}",
    "QQ {qq}，晚上在线",
    "扣扣{qq}，有事留言",
    "{qq}是我QQ号，你们的人加我干嘛",
    "您好，可以加一下我的工作QQ{qq}，方便发材料",
    "qq:{qq} 手机:{mobile}",
    "我没有微信，只用QQ，号码{qq}",
    "Q号{qq}",
    "我QQ是{qq}，微信是{wechat}，哪个都行",
    "有个QQ号{qq}的人说是你们公司的，能帮我做减免，是真的吗",
    "材料发我QQ邮箱也行，QQ号{qq}",
    # wechat
    "加我微信{wechat}，发你还款截图",
    "微信号：{wechat}\n备注：协商还款",
    "vx {wechat}",
    "我微信{wechat}，方便的话加一下，电话里说不清楚",
    "你们催收员用{wechat}这个微信加我，是你们的人吗？",
    "wx：{wechat}，加的时候备注贷款",
    "微信不是手机号，搜{wechat}",
    "我同事微信{wechat}，紧急联系人填的他，别加他了行吗",
    "你们有人加我微信{wechat}说能帮我减免，是骗子吗？",
    "V信{wechat} 加我",
    # plates / car loans
    "抵押车辆车牌号{plate}，车型{~car_model}",
    "我的车是{plate}，车贷还剩{~instal}",
    "车牌{plate}的GPS是不是你们拆的？",
    "您名下抵押车辆{plate}已逾期{~overdue}，请尽快还款，否则将按合同约定处理",
    "{plate} 这台车已经结清了，什么时候解押",
    "车辆信息：{plate}，车架号{~vin}",
    "解押材料寄到{address}，车牌{plate}",
    "我们公司用的是{plate}，不是我个人的车",
    "车贷合同{~contract}，车牌{plate}，{~due}扣款",
    "车牌号{plate}，行驶证地址是{address}",
    "我车{plate}停你们公司门口了，来谈",
    "您的车辆{plate}本期应还{~amount}元，请于{~due}前处理",
    "车{plate}，车主本人，电话{mobile}",
    # mixed
    "身份证{id_card}\n手机{mobile}\n住址{address}",
    "协商还款申请：\n身份证号：{id_card}\n联系电话：{mobile}\n还款卡号：{bank_card:debit}\n申请分{~instal}",
    "{mobile}\n{id_card}\n就这些，快点帮我查",
)

NEAR_TEMPLATES = (
    "您好，您的借款合同{~contract}本期应还{~amount}元，还款日{~due}，请保持还款账户余额充足",
    "您的账单已逾期{~overdue}，逾期会上报征信，请尽快处理，客服热线{~hotline}",
    "我这期{~instal}能不能晚几天还？",
    "年化{~rate}是真的吗？怎么算下来比这个高",
    "还款流水号{~ref}，麻烦查一下到账没",
    "扣款的是尾号{~tail4}那张卡吗",
    "系统显示绑定的卡是{~masked_card}，对吗",
    "您登记的手机号为{~masked_mobile}，如已更换请及时更新",
    "身份证显示{~masked_id}，请问是本人吗",
    "额度{~limit}，最多能分几期",
    "案号{~case_no}，法院已经立案了，请您主动联系处理",
    "验证码{~vcode}，五分钟内有效，请勿泄露给他人",
    "我打{~hotline}一直占线，转人工也没人接",
    "客户号{~cust_no}，查一下结清没有",
    "我在{~city}，离你们最近的网点在哪",
    "去{~branch}办可以吗",
    "借据号{~loan_no}，申请展期",
    "微信支付的交易单号{~txn_no}，钱已经转了",
    "分期商城订单号{~order_no}，退货了分期怎么处理",
    "本次协商方案：首付{~amount}元，剩余分{~instal}，{~due}还款",
    "减免后应还{~upper_amount}，请在{~datetime}前一次性结清",
    "对公还款账户：{~corp_account}\n户名：XX消费金融有限公司\n开户行：{~branch}",
    "合同右上角那串{~serial18}是什么编号？",
    "车架号{~vin}，解押手续办好了吗",
    "我的工号{~staff_no}，对服务有意见可以投诉",
    "邮编{~postal}要写吗",
    "通话时间{~datetime}，录音已保存",
    "日利率{~rate}，一年下来要多少利息",
    "提前还款手续费是剩余本金的{~rate}",
    "您好，您的{~instal}已于{~datetime}扣款成功，金额{~amount}元",
    "最低还款额{~amount}，全额{~amount}",
    "我{~datetime}就已经还清了，为什么还催",
    "逾期{~overdue}了，罚息怎么算的",
    "已逾期{~overdue}，再不还款将移交第三方",
    "第三方？我只认{~hotline}，其他号码打来的我都不接",
    "转账备注写合同号{~contract}吗",
    "好的，还款{~amount}元已入账，流水{~ref}",
    "信用卡尾号{~tail4}，账单{~amount}，能分{~instal}吗",
    "临时额度{~limit}什么时候到期",
    "额度从{~limit}降到{~limit}了，为啥",
    "{~masked_card} 这张卡扣了我{~amount}，是你们扣的吗",
    "短信说尾号{~tail4}的卡{~datetime}支出{~amount}元",
    "申请书编号{~order_no}，材料已经提交",
    "（{~datetime}）催收员工号{~staff_no}的态度太差了",
    "年化{~rate}，分{~instal}，每期还{~amount}，对吧",
    "执行通知书上写的{~case_no}，这个怎么查",
    "我在{~road}那边上班，你们那个网点在哪",
    "去{~road}的{~branch}办理就可以",
    "您好，请拨打{~hotline}按3转信用卡服务",
    "{~hotline}打过来的是你们吗",
    "账单日{~due}，还款日{~due}",
    "本期账单{~amount}元，已还{~amount}元，剩余{~amount}元",
    "客户号是{~cust_no}还是合同号{~contract}？",
    "交易单号：{~txn_no}\n金额：{~amount}\n时间：{~datetime}",
    "还款截图：流水号{~ref} 金额{~amount}",
    "验证码是{~vcode}吗？我刚收到两个",
    "动态码{~vcode}",
    "我车{~car_model}，车架号{~vin}，还差{~instal}",
    "结清证明上写的借据号{~loan_no}对不上",
    "我{~city}的，能不能去当地网点还",
    "人在{~city}，下个月{~due}一定还",
    "这笔是{~instal}，{~due}到期",
    "本金{~amount}，利息{~amount}，罚息{~amount}",
    "逾期{~overdue}，已上报征信，影响很大的",
    "登记手机{~masked_mobile}，已经停机了",
    "您尾号{~tail4}的储蓄卡余额不足，扣款失败",
    "把{~upper_amount}写在协议里就行吗",
    "合同编号：{~contract}\n借款金额：{~amount}\n期限：{~instal}\n年化利率：{~rate}",
    "批次号{~serial18}，这是什么？短信里的",
    "对公账户{~corp_account}，转账备注身份证后四位",
    "老家{~city}的，邮编{~postal}",
    "我查了下是{~masked_id}这个身份证名下的借款",
    "订单{~order_no}分{~instal}，首期{~due}",
    "办理人工号{~staff_no}，有问题打{~hotline}",
    "[图片] 流水号{~ref}",
    "{~datetime} 已还{~amount}",
    "跟你说过了{~due}还，别天天打了😤",
    "额度{~limit}，年化{~rate}，这利息太高了吧",
    "还有{~instal}，一次性结清能减多少",
    "您的案件已委托律所，案号{~case_no}，请于{~due}前联系",
)

_SLOT = re.compile(r"\{(~?)([a-z_0-9]+)(?::([a-z]+))?\}")


def _slots(t):
    return [(m.group(2), m.group(3) or "any") for m in _SLOT.finditer(t) if not m.group(1)]


def _render(rng, template, forced=None):
    """forced: {slot_index: fmt}."""
    forced = forced or {}
    out, ents, fmts, nears = [], [], [], []
    pos, last, si = 0, 0, 0
    for m in _SLOT.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(1):
            nk = m.group(2)
            v = NEAR_GENS[nk](rng)
            nears.append((nk, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        kind, group = m.group(2), m.group(3) or "any"
        cands = [f for f in FMTS[kind] if group in f[1]]
        if si in forced:
            f = next(f for f in cands if f[0] == forced[si])
        else:
            f = rng.choices(cands, weights=[c[2] for c in cands])[0]
        pre, v, post = f[3](rng)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(v)))
        fmts.append(f[0])
        out.append(v + post)
        pos += len(v) + len(post)
        si += 1
    out.append(template[last:])
    return "".join(out), ents, fmts, nears


def _build(meta=None):
    rng = random.Random(SEED)
    jobs = []
    for kind in KINDS:
        for fname, groups, _, _ in FMTS[kind]:
            compat = []
            for ti, t in enumerate(PII_TEMPLATES):
                idx = [i for i, (k, g) in enumerate(_slots(t)) if k == kind and g in groups]
                if idx:
                    compat.append((ti, idx))
            assert len(compat) >= 3, (kind, fname)
            for ti, idx in rng.sample(compat, min(FORCE_PER_FMT, len(compat))):
                jobs.append((ti, {rng.choice(idx): fname}))
    order = []
    while len(jobs) + len(order) < N_PII_ROWS:
        block = list(range(len(PII_TEMPLATES)))
        rng.shuffle(block)
        order.extend(block)
    jobs += [(ti, None) for ti in order[:N_PII_ROWS - len(jobs)]]
    rows = []
    for ti, forced in jobs:
        text, ents, fmts, nears = _render(rng, PII_TEMPLATES[ti], forced)
        rows.append((f"P{ti:03d}", text, ents, fmts, nears))
    order = []
    while len(order) < N_NEAR_ROWS:
        block = list(range(len(NEAR_TEMPLATES)))
        rng.shuffle(block)
        order.extend(block)
    for ti in order[:N_NEAR_ROWS]:
        text, ents, fmts, nears = _render(rng, NEAR_TEMPLATES[ti])
        rows.append((f"N{ti:03d}", text, ents, fmts, nears))
    rng.shuffle(rows)
    if meta is not None:
        meta.extend(r[0] for r in rows)
    return pd.DataFrame({
        "text": [r[1] for r in rows],
        "entities": [r[2] for r in rows],
        "formats": [r[3] for r in rows],
        "near_misses": [r[4] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind32_corpus() -> pd.DataFrame:
    return _build()


_PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川琼][A-Za-z][·\s]?[A-Z0-9]{5,6}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*[@＠][a-z0-9-]+(\.[a-z0-9-]+)+$")
_ADDR_END = ("号", "栋", "幢", "楼", "单元", "室", "层")


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        if n.startswith("0"):
            assert any(n.startswith(c) and len(n) - len(c) == 8 for c in AREA_CODES), v
        else:
            assert re.fullmatch(r"[2-8]\d{7}", n), v
    elif kind == "id_card":
        assert _id_ok(n), v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
        assert n[0] in "4569", v
    elif kind == "email":
        assert _EMAIL_RE.match(v), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{5,10}", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
    elif kind == "plate":
        assert _PLATE_RE.match(v), v
    elif kind == "address":
        assert v.endswith(_ADDR_END) or v[-1].isdigit(), v
        assert re.search(r"[省市区县镇乡村路街道大街弄]", v[:12]), v
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and (v[0] not in "：:，,。（(" or k == "landline") and v[-1] not in "：:，,。）", (k, v)
            _check_value(k, v)
            bad = (lambda c: c.isascii() and c.isalnum()) if k in ("email", "wechat") else (lambda c: c.isdigit())
            if s > 0 and k != "address" and not (k == "mobile" and text[:s].endswith(("+86", "0086"))):
                assert not bad(text[s - 1]), (k, text)
            if e < len(text) and k != "address":
                assert not bad(text[e]), (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR_GENS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            n = _norm(v).replace("*", "")
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
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
    assert df.equals(make_blind32_corpus())  # deterministic
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
    declared = [f"{k}/{f[0]}" for k in KINDS for f in FMTS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

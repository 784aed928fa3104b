"""Fifty-ninth blind PII corpus (``split == "blind59"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十四位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (for
the layout and entry-point names).  It read no other corpus or test, nothing
under ``bench/`` or ``docs/``, no README and no git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.  Value
shapes, chat contexts and labels come only from the writer's own idea of how
study-abroad work is done in WeCom.

What is different here: STUDY-ABROAD AND VISA AGENCIES.  1:1 and group chats
between consultants / document officers / visa officers of an agency and
students and their parents: applications (UCAS, Common App, 澳洲 / 港新 direct
applications), IELTS / TOEFL / GRE registration, visa material (ID numbers,
户口本 addresses, bank statements with card numbers, parents' work landlines),
school-portal e-mail accounts, fee payments, airport pickup (plates),
accommodation abroad (English addresses mixed with Chinese ones) and cohort
group chats (@全体成员, deadlines, scores, amounts in GBP / AUD / USD / HKD).

Near-misses are what such chats are full of: tuition / deposit / fee amounts,
test scores, dates and deadlines, contract / order / receipt numbers, courier
tracking numbers (EMS / SF), agency and bank hotlines (400 / 95xxx), masked
values, ETS school codes, SWIFT codes and UK sort codes, flight numbers,
verification codes, postal codes, URLs, bank flow numbers of card length that
fail Luhn, 18-digit application numbers that fail the ID check digit, CAS /
COE style codes, visa subclass numbers, luggage weights.

Label conventions: a span holds the value only; cue words, ``+86`` / ``0086``
/ ``86-`` prefixes and landline extensions (``转806``, ``-806``, ``分机806``)
are outside; separators inside a value are inside.  A Chinese address runs
from its first place unit to its last house-level unit (号 / 栋 / 单元 / 室 /
a bare room number like ``3-2-1502``); an overseas address written in English
runs from the flat / room / house number to the city (postcodes are not
written).  Names are never labelled (only roles such as 妈妈 / 爸爸 appear).

Seed
----
``SEED = "blind59-2026-liuxue-第六十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and bank-card Luhn digits are computed here; every near-miss of
16-19 digits fails Luhn and every 18-digit one fails the ID check.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` ("blind59").

Counts (``python tests/privacy/pii_blind59.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1284
(mobile 308, address 187, email 163, id_card 155, landline 140, bank_card 101,
wechat 93, qq 70, plate 67);
near-miss spans=1030 (1023 in near-miss rows), 24 near-miss kinds
(price 239, date 120, order_no 60, score 55, place_only 52, school_code 46,
bad_card 42, flight_no 40, tracking_no 32, receipt_no 30, hotline 29, bad_id 29,
masked 29, weight 28, swift 26, verify_code 24, postal_code 24, url 24,
count 23, tail_digits 21, visa_code 20, invoice_no 17, cas_no 11, sort_code 9);
formats=49 distinct, each forced 5 times into random templates of its kind and
used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind59-2026-liuxue-第六十四位写手"
SPLIT = "blind59"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", s)


# --------------------------------------------------------------------------- value generators
# each returns (pre, value, post, fmt); pre/post are written but outside the span

MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                 "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                 "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199")


def _mob_digits(r):
    return r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))


def g_mobile(r, fmt=None):
    d = _mob_digits(r)
    fmt = fmt or r.choices(("plain_11", "space_344", "dash_344", "plus86_plain", "plus86_space", "space_2_after_3"),
                           (10, 4, 3, 2, 2, 1))[0]
    if fmt == "plain_11":
        return "", d, "", fmt
    if fmt == "space_344":
        return "", f"{d[:3]} {d[3:7]} {d[7:]}", "", fmt
    if fmt == "dash_344":
        return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", "", fmt
    if fmt == "plus86_plain":
        return r.choice(("+86", "+86 ", "0086 ", "86-")), d, "", fmt
    if fmt == "plus86_space":
        return r.choice(("+86 ", "(+86) ")), f"{d[:3]} {d[3:7]} {d[7:]}", "", fmt
    return "", f"{d[:3]} {d[3:]}", "", fmt


AREA8 = ("010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "029", "0512", "0532",
         "0731", "0591", "0371", "0411", "024", "0592", "0574")


def g_landline(r, fmt=None):
    a = r.choice(AREA8)
    n = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(7))
    fmt = fmt or r.choices(("area_dash", "area_paren", "area_plain", "area_space", "area_dash_ext", "local_8"),
                           (8, 3, 2, 3, 3, 2))[0]
    if fmt == "area_dash":
        return "", f"{a}-{n}", "", fmt
    if fmt == "area_paren":
        return "", f"({a}){n}" if r.random() < .5 else f"（{a}）{n}", "", fmt
    if fmt == "area_plain":
        return "", a + n, "", fmt
    if fmt == "area_space":
        return "", f"{a} {n[:4]} {n[4:]}" if r.random() < .4 else f"{a} {n}", "", fmt
    if fmt == "area_dash_ext":
        return "", f"{a}-{n}", r.choice(("转806", "转2203", "-8016", " 分机 312", "转人事部")), fmt
    return "", n, "", fmt


ID_AREAS = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "320106", "510107", "420111",
            "430104", "370202", "210204", "610113", "350203", "500103", "120104", "410105", "330203", "320505")


def _id_value(r, student=None):
    student = r.random() < .6 if student is None else student
    y = r.randint(2001, 2007) if student else r.randint(1966, 1980)
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    body = f"{r.choice(ID_AREAS)}{y}{m:02d}{dd:02d}{r.randint(0, 999):03d}"
    return body + _id_check(body)


def g_id(r, fmt=None):
    fmt = fmt or r.choices(("plain_18", "x_upper", "x_lower", "space_6_8_4"), (12, 1, 0.5, 2))[0]
    while True:
        v = _id_value(r)
        if (fmt in ("x_upper", "x_lower")) == (v[-1] == "X"):
            break
    if fmt == "x_lower":
        v = v[:-1] + "x"
    if fmt == "space_6_8_4":
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    return "", v, "", fmt


BINS19 = ("621226", "621700", "622848", "621485", "622588", "621661", "623668", "622202", "621799")
BINS16 = ("622588", "625807", "622155", "628288", "625966")


def g_card(r, fmt=None):
    fmt = fmt or r.choices(("unionpay_plain_19", "unionpay_space_4", "unionpay_plain_16", "visa_space_4",
                            "master_plain_16", "d95_plain_19", "dash_4"), (8, 4, 2, 2, 2, 2, 1))[0]

    def mk(bin_, ln):
        body = bin_ + "".join(r.choice("0123456789") for _ in range(ln - 1 - len(bin_)))
        return body + _luhn_digit(body)
    if fmt == "unionpay_plain_19":
        return "", mk(r.choice(BINS19), 19), "", fmt
    if fmt == "unionpay_space_4":
        d = mk(r.choice(BINS19), 19)
        return "", " ".join(d[i:i + 4] for i in range(0, 19, 4)), "", fmt
    if fmt == "unionpay_plain_16":
        return "", mk(r.choice(BINS16), 16), "", fmt
    if fmt == "visa_space_4":
        d = mk(r.choice(("4367", "4563", "4270", "4514", "4392")), 16)
        return "", " ".join(d[i:i + 4] for i in range(0, 16, 4)), "", fmt
    if fmt == "master_plain_16":
        return "", mk(r.choice(("5187", "5218", "5264", "5524", "5491")), 16), "", fmt
    if fmt == "d95_plain_19":
        return "", mk(r.choice(("95599", "95588", "95566")), 19), "", fmt
    d = mk(r.choice(BINS19), 19)
    return "", "-".join(d[i:i + 4] for i in range(0, 19, 4)), "", fmt


PINYIN = ("zhangyu", "liuxin", "wangjiayi", "chenhao", "linxiaoyu", "zhaoyifan", "sunmeng", "huangzixuan",
          "zhouyue", "xuhaoran", "hejing", "luoyuxi", "tangkai", "maxinyi", "yangshuo", "gaoran", "songjia")
UNI_MAIL = ("student.manchester.ac.uk", "ucl.ac.uk", "student.unimelb.edu.au", "u.nus.edu", "connect.hku.hk",
            "usc.edu", "student.monash.edu", "ed.ac.uk", "student.unsw.edu.au", "nyu.edu")


def g_email(r, fmt=None):
    fmt = fmt or r.choices(("qq_numeric", "pinyin_163", "gmail", "edu_abroad", "outlook", "foxmail_alias",
                            "upper_mixed"), (5, 4, 4, 3, 3, 1, 1))[0]
    p = r.choice(PINYIN)
    if fmt == "qq_numeric":
        return "", f"{r.randint(10000000, 3999999999)}@qq.com", "", fmt
    if fmt == "pinyin_163":
        return "", f"{p}{r.choice(('', '2005', '_01', '88', '06'))}@{r.choice(('163.com', '126.com'))}", "", fmt
    if fmt == "gmail":
        return "", f"{p}{r.choice(('.', ''))}{r.randint(1, 99)}@gmail.com", "", fmt
    if fmt == "edu_abroad":
        return "", f"{p[:1]}{p[1:6]}{r.randint(1, 9)}@{r.choice(UNI_MAIL)}", "", fmt
    if fmt == "outlook":
        return "", f"{p}_{r.choice(('uk', 'au', 'study', 'ielts'))}@{r.choice(('outlook.com', 'hotmail.com'))}", "", fmt
    if fmt == "foxmail_alias":
        return "", f"{p}{r.randint(1, 999)}@foxmail.com", "", fmt
    return "", f"{p.capitalize()}{r.randint(10, 99)}@Outlook.com", "", fmt


def g_qq(r, fmt=None):
    fmt = fmt or r.choice(("qq_9", "qq_10", "qq_8"))
    n = {"qq_8": 8, "qq_9": 9, "qq_10": 10}[fmt]
    first = r.choice("123456789") if n < 10 else r.choice("123")
    return "", first + "".join(r.choice("0123456789") for _ in range(n - 1)), "", fmt


def g_wechat(r, fmt=None):
    fmt = fmt or r.choices(("wxid", "pinyin_digits", "alnum_underscore", "alnum_dash", "caps_mixed"), (2, 4, 3, 2, 1))[0]
    p = r.choice(PINYIN)
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "", fmt
    if fmt == "pinyin_digits":
        return "", f"{p}{r.randint(1, 2009)}", "", fmt
    if fmt == "alnum_underscore":
        return "", f"{r.choice(('mom', 'baba', 'Lisa', 'kevin', 'amy', 'jojo'))}_{p}{r.randint(1, 99)}", "", fmt
    if fmt == "alnum_dash":
        return "", f"{p}-{r.choice(('uk', 'au', 'us', 'hk', 'sg'))}{r.randint(20, 26)}", "", fmt
    return "", f"{p[:1].upper()}{p[1:]}{r.choice(('Y', 'X', 'Lin', 'Z'))}{r.randint(100, 999)}", "", fmt


PLATE_PROV = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "鲁", "闽", "辽", "津", "渝", "湘", "豫", "陕")
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"


def g_plate(r, fmt=None):
    fmt = fmt or r.choices(("blue_plain", "new_energy", "dot_sep", "space_sep"), (6, 3, 2, 2))[0]
    p = r.choice(PLATE_PROV) + r.choice("ABCDEFGH")
    tail = "".join(r.choice("0123456789" + PLATE_LET) if i < 2 and r.random() < .35 else r.choice("0123456789")
                   for i in range(5))
    if fmt == "blue_plain":
        return "", p + tail, "", fmt
    if fmt == "new_energy":
        return "", p + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), "", fmt
    if fmt == "dot_sep":
        return "", p + "·" + tail, "", fmt
    return "", p + " " + tail, "", fmt


CITIES = (
    ("广东省", "深圳市", "南山区", ("科技南十二路", "南海大道", "桃园路", "后海大道"), ("阳光棕榈园", "蔚蓝海岸三期", "海岸城公寓")),
    ("广东省", "广州市", "天河区", ("天河北路", "林和西路", "体育东路"), ("翠湖山庄", "华港花园", "天河公馆")),
    ("", "上海市", "徐汇区", ("漕溪北路", "天钥桥路", "零陵路"), ("汇翠花园", "梅陇三村", "东方曼哈顿")),
    ("", "上海市", "浦东新区", ("张杨路", "锦绣路", "花木路"), ("仁恒滨江园", "联洋花园", "世纪公寓")),
    ("", "北京市", "朝阳区", ("望京西路", "朝阳北路", "东三环中路"), ("望京西园三区", "远洋天地", "华贸公寓")),
    ("", "北京市", "海淀区", ("中关村南大街", "学院路", "万泉河路"), ("万柳书院", "世纪城远大园", "知春里")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("嘉绿苑", "金都华庭", "西溪诚园")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "虎踞路", "江东北路"), ("清江花苑", "龙江小区", "凤凰和睿")),
    ("四川省", "成都市", "武侯区", ("人民南路四段", "科华北路", "玉林南路"), ("棕北小区", "新希望花园", "锦绣天府")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "民族大道"), ("光谷新世界", "保利花园", "金地格林")),
    ("山东省", "青岛市", "市南区", ("香港中路", "燕儿岛路", "南京路"), ("海信麦岛", "青岛国际公馆", "天泰公寓")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "嘉禾路"), ("瑞景新村", "前埔南区", "禹洲花园")),
    ("辽宁省", "大连市", "沙河口区", ("西安路", "中山路", "黄河路"), ("星海人家", "万科城", "锦绣小区")),
    ("", "天津市", "南开区", ("卫津路", "红旗南路", "复康路"), ("天塔道小区", "阳光100", "时代奥城")),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "四明中路", "钱湖北路"), ("东方都市花园", "湖景花园", "万科金色水岸")),
)
RURAL = (("河南省", "周口市", "郸城县", "宁平镇", "王庄村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "金石桥村"),
         ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李营村"), ("江西省", "赣州市", "于都县", "贡江镇", "罗坳村"))
OVERSEAS = (("Flat {n}, {h} Oxford Road, Manchester", "英国"), ("Room {n}, {h} Swanston Street, Melbourne", "澳洲"),
            ("Apt {n}B, {h} W 112th St, New York", "美国"), ("Flat {n}, {h} Marchmont Road, Edinburgh", "英国"),
            ("Unit {n}, {h} Anzac Parade, Kensington, Sydney", "澳洲"), ("Room {n}, {h} Gower Street, London", "英国"),
            ("#{n}-05, {h} Clementi Road, Singapore", "新加坡"))


def g_addr(r, fmt=None):
    fmt = fmt or r.choices(("prov_full", "city_full", "district_start", "estate_dash_room", "rural_village",
                            "overseas_en", "road_number_only"), (5, 5, 4, 3, 2, 2, 2))[0]
    prov, city, dist, roads, estates = r.choice(CITIES)
    road = r.choice(roads)
    no = r.randint(1, 999)
    est = r.choice(estates)
    b, u, fl, rm = r.randint(1, 28), r.randint(1, 4), r.randint(2, 32), r.randint(1, 6)
    if fmt == "prov_full":
        pc = (prov or "") + city
        tail = r.choice((f"{b}栋{u}单元{fl}0{rm}室", f"{b}栋{fl}0{rm}", f"{b}幢{u}单元{fl}0{rm}室", f"{b}号楼{fl}0{rm}室"))
        v = f"{pc}{dist}{road}{no}号{est}{tail}" if prov else f"{city}{dist}{road}{no}号{est}{tail}"
        if not prov:
            fmt = "city_full"
        return "", v, "", fmt
    if fmt == "city_full":
        sp = r.choice(("", " "))
        return "", f"{city}{dist}{road}{no}号{sp}{est}{b}栋{fl}0{rm}室", "", fmt
    if fmt == "district_start":
        return "", r.choice((f"{dist}{road}{no}号院{b}号楼{u}单元{fl}0{rm}", f"{dist}{road}{no}弄{b}号{fl}0{rm}室",
                             f"{dist}{est}{b}栋{u}单元{fl}0{rm}")), "", fmt
    if fmt == "estate_dash_room":
        return "", f"{city}{dist}{est}{b}-{u}-{fl}0{rm}", "", fmt
    if fmt == "rural_village":
        p, c, x, t, v = r.choice(RURAL)
        return "", f"{p}{c}{x}{t}{v}{r.randint(1, 9)}组{r.randint(1, 80)}号", "", fmt
    if fmt == "overseas_en":
        t, _ = r.choice(OVERSEAS)
        return "", t.format(n=r.randint(2, 40), h=r.randint(3, 420)), "", fmt
    return "", f"{city}{dist}{road}{no}号", "", fmt


GEN = {"m": ("mobile", g_mobile), "ll": ("landline", g_landline), "id": ("id_card", g_id),
       "bc": ("bank_card", g_card), "em": ("email", g_email), "qq": ("qq", g_qq), "wx": ("wechat", g_wechat),
       "pl": ("plate", g_plate), "ad": ("address", g_addr)}

# --------------------------------------------------------------------------- near-miss generators (return text)


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def n_price(r):
    return r.choice((f"{r.choice((18, 21, 23, 25, 27, 29, 32))},{r.choice(('500', '000', '750', '900'))}英镑",
                     f"{r.randint(2, 60)}00元", f"¥{r.randint(1, 9)},{r.randint(100, 999)}",
                     f"{r.randint(15, 48)},{r.choice(('000', '500', '380'))}澳币", f"{r.randint(80, 250)}美元",
                     f"{r.choice(('3.8', '2.5', '12', '5.6', '1.2'))}万", f"{r.randint(1000, 4999)}港币",
                     f"{r.randint(20, 60)}万人民币", f"{r.choice((2170, 2200, 2300))}元"))


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{r.choice((2024, 2025, 2026))}年{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"{m}/{d}",
                     f"{r.choice((2025, 2026))}-{m:02d}-{d:02d}", f"{m}月{d}号下午{r.randint(1, 5)}点",
                     f"周{r.choice('一二三四五六日')}上午{r.randint(9, 11)}点半"))


def n_score(r):
    return r.choice((r.choice(("6.5", "7.0", "5.5", "6.0", "7.5")), f"{r.randint(88, 112)}分", f"{r.randint(312, 334)}",
                     f"{r.choice(('3.4', '3.62', '85', '88.5', '91'))}"))


def n_order(r):
    return r.choice((f"LX{r.randint(2023, 2026)}{r.randint(1000, 9999)}{r.randint(10, 99)}",
                     f"HT-{r.randint(2024, 2026)}-{r.randint(100, 999):04d}", f"NO.{_digits(r, 8)}",
                     f"{r.randint(2024, 2026)}{r.randint(101, 1231):04d}{_digits(r, 6)}",
                     f"SQ{_digits(r, 10)}"))


def n_tracking(r):
    return r.choice((f"SF{_digits(r, 13)}", f"EA{_digits(r, 9)}CN", f"YT{_digits(r, 13)}", f"JD00{_digits(r, 11)}",
                     f"{_digits(r, 13, '9')}"))


def n_hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", f"400{_digits(r, 7, '0123456789')}",
                     r.choice(("95588", "95566", "95533", "95599", "95555", "95559")), f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                     "12367", "12308"))


def _bad_luhn(r, first, n):
    while True:
        d = first + "".join(r.choice("0123456789") for _ in range(n - len(first)))
        if not _luhn_ok(d) and not (len(d) == 18 and _id_ok(d)):
            return d


def n_badcard(r):
    return _bad_luhn(r, r.choice(("2024", "2025", "6222", "9100", "3100")), r.choice((16, 17, 18, 19)))


def n_badid(r):
    while True:
        v = _id_value(r)
        c = r.choice("0123456789X")
        if c != v[-1]:
            v = v[:-1] + c
            if not v.isdigit() or not _luhn_ok(v):
                return v


def n_verify(r):
    return _digits(r, r.choice((4, 6)), "0123456789")


def n_flight(r):
    return r.choice(("CA937", "CA855", "MU551", "CZ303", "CX251", "SQ833", "QF130", "CA981", "BA168", "MU737", "HU7925"))


def n_postal(r):
    return r.choice(("518057", "200030", "100102", "310012", "210008", "610041", "430074", "266071", "361008", "116021"))


def n_masked(r):
    return r.choice((f"{r.choice(MOBILE_PREFIX)}****{_digits(r, 4, '0123456789')}",
                     f"{r.choice(ID_AREAS)[:4]}**********{_digits(r, 3, '0123456789')}{r.choice('0123456789X')}",
                     f"6222 **** **** {_digits(r, 4, '0123456789')}", f"z***{r.randint(1, 9)}@163.com"))


def n_tail(r):
    return _digits(r, 4, "0123456789")


def n_url(r):
    return r.choice(("www.ucas.com", "https://www.ets.org/toefl", "ielts.neea.cn", "https://www.gov.uk/student-visa",
                     "www.commonapp.org", "immi.homeaffairs.gov.au", "https://ais.usvisa-info.com", "www.vfsglobal.cn"))


def n_schoolcode(r):
    return r.choice(("4704", "4851", "4833", "4279", "5807", "4687", "2851"))


def n_swift(r):
    return r.choice(("BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ", "CMBCCNBS", "ABOCCNBJ", "HSBCGB2L", "NWBKGB2L"))


def n_sortcode(r):
    return f"{r.randint(10, 40)}-{r.randint(10, 99)}-{r.randint(10, 99)}"


def n_cas(r):
    return "E4G" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11))


def n_subclass(r):
    return r.choice(("500", "485", "F-1", "Tier 4", "J-1", "DS-160", "I-20", "I-901"))


def n_weight(r):
    return r.choice(("23kg", "2件23公斤", "7kg", "32kg", "46公斤"))


def n_count(r):
    return f"{r.randint(12, 180)}人"


def n_place(r):
    return r.choice(("曼彻斯特", "墨尔本", "悉尼", "伦敦", "爱丁堡", "纽约", "香港", "新加坡", "南山区", "徐汇区",
                     "朝阳区", "天河区", "浦东", "望京", "国贸", "中关村"))


def n_invoice(r):
    return _digits(r, r.choice((8, 20)), "0123456789")


def n_receipt(r):
    return f"GWF0{_digits(r, 8)}" if r.random() < .5 else f"AA{_digits(r, 6)}" + r.choice("ABCDEFGHJK")


def _day(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"{m}/{d}", f"{r.choice((2025, 2026))}年{m}月{d}日"))


NEAR_SUB = {
    "fee": lambda r: r.choice((f"{r.choice((150, 490, 524, 776, 880, 185, 350))}{r.choice(('英镑', '美元', '澳币'))}",
                               f"{r.choice((2170, 880, 1200, 3000, 500, 650))}元", f"¥{r.choice((2170, 880, 1250, 399))}",
                               f"{r.choice((2, 3, 5))}万")),
    "tuition": lambda r: r.choice((f"{r.choice((18, 21, 23, 25, 27, 29, 32, 38))},{r.choice(('500', '000', '750'))}英镑",
                                   f"{r.randint(35, 52)},{r.choice(('000', '560', '800'))}澳币",
                                   f"{r.randint(30, 65)}万人民币", f"{r.randint(15, 45)}万港币")),
    "day": _day,
    "ielts": lambda r: r.choice(("6.5", "7.0", "6.0", "5.5", "7.5")),
    "toefl": lambda r: f"{r.randint(88, 112)}",
    "gre": lambda r: f"{r.randint(312, 334)}",
    "aw": lambda r: r.choice(("3.0", "3.5", "4.0", "4.5")),
    "gpa": lambda r: r.choice(("3.4", "3.62", "3.71", "3.2", "3.85")),
    "avg": lambda r: r.choice(("85", "88.5", "82", "91", "86.7")),
    "uk_tuition": lambda r: f"{r.choice((18, 21, 23, 25, 27, 29, 32, 38))},{r.choice(('500', '000', '750'))}英镑",
    "au500": lambda r: "500",
    "au485": lambda r: "485",
    "sevis": lambda r: r.choice(("350美元", "$350")),
    "check": lambda r: r.choice(("23kg", "2件23公斤", "32kg", "46公斤")),
    "carry": lambda r: r.choice(("7kg", "8公斤", "10kg")),
    "phone": lambda r: f"{r.choice(MOBILE_PREFIX)}****{_digits(r, 4, '0123456789')}",
}

NEAR = {"price": n_price, "date": n_date, "score": n_score, "order_no": n_order, "tracking_no": n_tracking,
        "hotline": n_hotline, "bad_card": n_badcard, "bad_id": n_badid, "verify_code": n_verify,
        "flight_no": n_flight, "postal_code": n_postal, "masked": n_masked, "tail_digits": n_tail, "url": n_url,
        "school_code": n_schoolcode, "swift": n_swift, "sort_code": n_sortcode, "cas_no": n_cas,
        "visa_code": n_subclass, "weight": n_weight, "count": n_count, "place_only": n_place,
        "invoice_no": n_invoice, "receipt_no": n_receipt}

# --------------------------------------------------------------------------- templates
# {m} mobile, {ll} landline, {id} id_card, {bc} bank_card, {em} email, {qq} qq, {wx} wechat, {pl} plate,
# {ad} address; <kind> a near-miss of that kind.

PII_T = (
    # --- 1:1 consultant <-> student / parent: contact data
    "老师好，我是今年申英硕的，手机{m}，微信同号",
    "王老师您好，孩子妈妈的电话是{m}，有事可以直接打给我",
    "{m} 这个是我爸的手机，签证中心要是打电话就打这个",
    "紧急联系人：母亲 {m}\n关系：母子",
    "家长联系方式：父亲{m}，母亲{m}",
    "收到，我手机号换了，新的是{m}，旧号停机了",
    "学生本人手机:{m} 家长:{m}",
    "麻烦顾问老师登记一下我的电话{m}谢谢🙏",
    "我这边电话是{m}，白天在上课可能接不了，先发微信",
    "你好 我是材料部的，你填表时手机号写成了{m}，少了一位吗？我看着是11位没问题，确认一下是你本人号码哈",
    "接机联系人电话 {m}（学姐，在曼城读研）",
    "UCAS上填的电话要带国家码，填{m}就行，前面选+86",
    "@签证李老师 我妈妈电话{m}，她说下午去银行开存款证明",
    "我手机没带出来，先用我同学的{m}联系我吧",
    "孩子爸爸常年在外地，手机{m}，邮寄材料写我的地址就行",
    "手几号{m} 刚才打错了",
    "嗯嗯 就是{m}",
    "电话 {m}\n邮箱 {em}\n以后学校的通知都会发这个邮箱",
    # --- landlines
    "父亲单位电话：{ll}，在职证明上要写，签证官可能会抽查",
    "在职证明里单位座机写的是{ll}，人事部可以接听核实",
    "我家座机{ll}，晚上七点以后家里有人",
    "妈妈公司电话{ll}，手机{m}",
    "DS-160里面父亲工作单位电话填{ll}可以吗",
    "老师，单位固话是{ll}，人事姓刘",
    "家里电话 {ll}\n外婆在家，打这个她能接",
    "您好，您在表里写的办公电话{ll}，签证中心说打不通，麻烦再确认一下",
    "{ll} 这是我爸办公室的，平时上班时间打",
    "座机：{ll}（工作日9:00-17:30）",
    # --- id card
    "学生身份证号：{id}\n护照下周办好再发您",
    "我身份证号是{id}，雅思报名的时候要用",
    "孩子的身份证号码{id}，家长的{id}",
    "{id} 这是我儿子的身份证号，您帮忙核对一下是不是跟户口本上一致",
    "老师，资金担保人是我妈，身份证{id}，存款在她名下",
    "托福报名姓名拼音和证件号要一致，证件号填{id}对吧",
    "身份证：{id}  有效期到2031年",
    "刚才发的身份证号最后一位是X，{id:x_upper}，大写",
    "@材料组 学生{id}的公证书已经出了",
    "申请人证件号码 {id}\n申请人手机 {m}",
    "父亲身份证号{id}\n母亲身份证号{id}\n户口本首页和本人页都拍了",
    # --- bank card
    "定金转到哪里？我用的是{bc}这张卡付的",
    "退款麻烦退到原卡{bc}，招行的",
    "存款证明是从这张卡{bc}开的，冻结到明年3月",
    "学费我用信用卡{bc}刷的，要不要给您看一下账单",
    "尾款已转，付款卡号：{bc}，请查收",
    "老师 您之前说的退费，我的卡号是{bc}，开户行是工行杭州文三路支行",
    "{bc} 这是孩子爸爸的卡，流水是从这里打的",
    "我有两张卡，{bc}和{bc}，存款证明用哪张好",
    "银行流水要近六个月的，卡号 {bc}，我明天去柜台打",
    "押金退款请打到：{bc}\n户名：学生本人",
    # --- email
    "我的申请邮箱是{em}，学校的offer都会发到这里",
    "UCAS账号注册用的邮箱{em}，密码我自己改过了",
    "老师，麻烦把文书终稿发到{em}",
    "学校给的学生邮箱是{em}，选课通知都在里面",
    "{em} 这个是我妈妈的邮箱，缴费回执可以抄送她",
    "邮箱：{em}\n手机：{m}\n微信：{wx}",
    "我用的{em}，收不到学校的验证邮件，是不是被拦截了",
    "推荐信老师的邮箱{em}，我已经跟他打过招呼了",
    "Common App上面家长邮箱填的{em}可以吗",
    "新的邮箱{em}，以前那个qq邮箱收不到国外邮件",
    "Offer发到了{em}，附件打不开，您能帮我看一下吗",
    # --- qq
    "我QQ{qq}，文件太大微信发不了，用QQ传",
    "QQ：{qq} 加我一下，备注留学",
    "孩子平时用QQ多，号码{qq}",
    "扣扣{qq}，QQ邮箱也是这个号",
    "老师加下我QQ吧 {qq}",
    "我们这届的群是QQ群，我QQ号是{qq}，你拉我一下",
    "{qq} 这个是我qq，验证消息写雅思",
    # --- wechat
    "我微信号{wx}，手机号搜不到我",
    "加我妈妈微信：{wx}，她要跟您聊一下费用",
    "微信 {wx}\n麻烦拉进群",
    "vx：{wx} 备注一下是哪个学校的",
    "这是我爸的微信号{wx}，他想了解一下新加坡的项目",
    "学姐的微信{wx}，她现在在墨尔本，可以问问租房的事",
    "你加一下这个微信{wx}，是英国那边接机的师傅",
    "wx号：{wx}\n我是25fall申港三的",
    "{wx}是我的微信，电话{m}",
    # --- plate
    "明天送孩子去签证中心，车牌{pl}，能停你们楼下吗",
    "老师，接机的车是{pl}，白色丰田",
    "我开车过来，车牌号是{pl}，麻烦帮忙登记一下访客车位",
    "{pl} 这辆车停在B2了，我们现在上楼",
    "车是{pl}，黑色的，在T3到达层门口",
    "送机的话我们自己开车，{pl}，提前一小时到",
    "访客登记：车牌 {pl} 手机 {m}",
    # --- address
    "寄件地址：{ad}\n收件人电话：{m}",
    "户口本上的地址是{ad}",
    "材料寄到{ad}，我妈收",
    "老师，录取通知书原件寄到{ad}，电话{m}",
    "我家住{ad}，离你们公司挺远的，能不能线上签合同",
    "在读证明上学校地址不用写，写家庭住址{ad}就行吗",
    "现住址：{ad}\n户籍地址：{ad}",
    "{ad}，这是我现在租的房子，签证表上写这个还是户籍地址？",
    "英国那边宿舍地址是{ad}，学校邮件里给的",
    "我在澳洲的地址：{ad}，快递寄这里就行",
    "家庭住址 {ad}\n家庭电话 {ll}",
    "申请表里home address我写的{ad}，不知道格式对不对",
    "请把存款证明原件快递到{ad}，顺丰到付",
    "孩子在国外的住址{ad}，国内住址{ad}",
    "地址{ad} 电话{m} 收件人写孩子妈妈",
    "寄到我单位吧，{ad}，前台代收，电话{ll}",
    "我刚搬家了，新地址{ad}，之前那个别寄了",
    "宿舍分到了！{ad}😭离教学楼走路20分钟",
    # --- several kinds, group chats
    "@全体成员 还没交材料的同学请把身份证号、手机号、邮箱发我：\n格式：{id} {m} {em}",
    "各位家长好，我是这届的签证老师，有问题打我电话{m}或者座机{ll:area_dash}转806",
    "学生信息：\n身份证：{id}\n手机：{m}\n邮箱：{em}\n地址：{ad}",
    "报名信息确认：证件号{id}，联系电话{m}，邮寄地址{ad}",
    "资金方信息：母亲，身份证{id}，银行卡{bc}，单位电话{ll}",
    "接机信息 航班<flight_no> 到达后联系司机{m}，车牌{pl}",
    "我的信息：QQ {qq}，微信{wx}，邮箱{em}",
    "老师这是我的资料 身份证号码{id} 卡号{bc} 麻烦开一下收据",
    "你好！我是学生家长，孩子申请的墨尔本大学，家里地址{ad}，我的电话{m}，有事随时联系🙏",
    "签证中心预约成功，到时候我爸开车送我，车牌{pl}，他电话{m}",
    "收到 我这边登记了：{m}/{em}",
    "退款信息\n卡号：{bc}\n开户人身份证：{id}\n电话：{m}",
    "父母信息表：\n父亲单位电话 {ll}\n父亲手机 {m}\n母亲手机 {m}\n家庭住址 {ad}",
)

NEAR_T = (
    "@全体成员 英国学费一般是<price:uk_tuition>到<price:uk_tuition>一年，生活费另算",
    "押金<price:fee>已经收到，剩下的<price>请在<date:day>前付清",
    "雅思总分<score:ielts>，小分不低于<score:ielts>，这个学校的语言要求你已经达到了",
    "托福<score:toefl>过了！！谢谢老师🎉",
    "合同编号<order_no>，您核对一下金额<price>",
    "顺丰单号<tracking_no>，材料今天寄出了",
    "EMS单号<tracking_no>，原件寄往学校，大概一周到",
    "有问题也可以打我们的客服热线<hotline>",
    "银行客服<hotline>说存款证明要提前三天预约",
    "流水号<bad_card>，转账<price>，备注学生姓名",
    "交易参考号：<bad_card>",
    "申请编号<bad_id>，请在系统里查询进度",
    "报名号<bad_id>，这个不是身份证号哈，别填错",
    "验证码<verify_code>发我一下，我帮你登录UCAS改一下个人陈述",
    "航班<flight_no>，<date:day>到，<date:day>开学",
    "接机航班是<flight_no>吗？落地时间<date>",
    "邮编写<postal_code>就行",
    "你发的手机号是<masked>吗，后面显示不全",
    "打款卡尾号<tail_digits>，金额<price>，已确认",
    "签证官网在<url>，预约入口在右上角",
    "托福送分代码<school_code>，别选错学校",
    "ETS送分：<school_code>（学校代码），<school_code>（项目代码）",
    "学校收款账户SWIFT是<swift>，sort code <sort_code>",
    "电汇的时候SWIFT CODE填<swift>",
    "CAS号码<cas_no>已经出了，可以约签证了",
    "澳洲学生签证是<visa_code:au500>类别，毕业工签是<visa_code:au485>",
    "美签要先填DS-160表，学校寄的I-20注意签字，SEVIS费<price:sevis>",
    "托运行李<weight:check>，手提<weight:carry>",
    "我们这个群一共<count>，都是26fall入学的，<date:day>开学",
    "你家在<place_only>哪边？我们也住那边",
    "<place_only>那边的房子现在很难租，建议早点订",
    "发票号码<invoice_no>，电子版已经发您邮箱了",
    "签证费缴费编号<receipt_no>，金额<price:fee>",
    "IHS付了<price:fee>，参考号<receipt_no>",
    "<date:day> 上午截止，还没交的抓紧",
    "GPA <score:gpa>，均分<score:avg>，够申请G5吗",
    "GRE <score:gre>，写作<score:aw>",
    "定金<price:fee>，服务费<price:fee>，合同号<order_no>",
    "老师，订单<order_no>显示待支付，我已经付了<price:fee>",
    "今年港大的申请费是<price:fee>，截止<date:day>",
    "第一期学费<price:tuition>，<date:day>前要付，不然offer会被取消",
    "您好，我这边看到的是<masked:phone>，是您家长的号码吗",
    "卡号尾号<tail_digits>的那张卡余额不够<price>",
    "快递单号 <tracking_no> 显示已签收",
    "新加坡那边的申请号是<order_no>",
    "【签证中心】您的验证码是<verify_code>，5分钟内有效",
    "转账的时候附言写<order_no>",
    "📢<date:day>前要交体检报告，体检费大概<price:fee>",
    "我现在人在<place_only>，明天回来面签",
    "官网<url>上可以查到申请状态",
    "学费涨了，现在是<price:uk_tuition>，去年是<price:uk_tuition>",
    "退税单号<bad_card>，到账要等几周",
    "录取编号<bad_id>，offer上那个",
    "客服电话<hotline> 按2转人工",
    "老师我的雅思成绩单号是<order_no>，考试日期<date:day>",
    "预约号<receipt_no>，<date:day>上午九点面签",
    "这次说明会已经<count>报名了，名额有限",
    "邮政编码<postal_code>，不要写错了",
    "收款银行：中国银行，SWIFT <swift>，汇款金额<price>",
    "身份证显示的是<masked>，全号码在表格里",
    "下次线下讲座在<place_only>办，<date>",
    "我们<place_only>的同学可以组个群一起走",
    "<flight_no>经停吗？直飞好像要<price:fee>",
    "<weight>的箱子超了，要补<price:fee>",
)

_TOK = re.compile(r"\{(\w+)(?::(\w+))?\}|<(\w+)(?::(\w+))?>")
_FMTS = {
    "m": ("plain_11", "space_344", "dash_344", "plus86_plain", "plus86_space", "space_2_after_3"),
    "ll": ("area_dash", "area_paren", "area_plain", "area_space", "area_dash_ext", "local_8"),
    "id": ("plain_18", "x_upper", "x_lower", "space_6_8_4"),
    "bc": ("unionpay_plain_19", "unionpay_space_4", "unionpay_plain_16", "visa_space_4", "master_plain_16",
           "d95_plain_19", "dash_4"),
    "em": ("qq_numeric", "pinyin_163", "gmail", "edu_abroad", "outlook", "foxmail_alias", "upper_mixed"),
    "qq": ("qq_8", "qq_9", "qq_10"),
    "wx": ("wxid", "pinyin_digits", "alnum_underscore", "alnum_dash", "caps_mixed"),
    "pl": ("blue_plain", "new_energy", "dot_sep", "space_sep"),
    "ad": ("prov_full", "city_full", "district_start", "estate_dash_room", "rural_village", "overseas_en",
           "road_number_only"),
}
FORCE_PER_FMT = 5
OVERSEA_ONLY = ("英国那边宿舍地址是", "我在澳洲的地址", "孩子在国外的住址")
OVERSEA_OK = ("home address", "宿舍分到了")


def _render(r, tpl, force=None):
    """force = (marker, fmt): the first free marker of that kind gets that format."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    for mo in _TOK.finditer(tpl):
        lit = tpl[last:mo.start()]
        out.append(lit)
        pos += len(lit)
        last = mo.end()
        if mo.group(3):
            v = (NEAR_SUB[mo.group(4)] if mo.group(4) else NEAR[mo.group(3)])(r)
            nears.append((mo.group(3), pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        key, fixed = mo.group(1), mo.group(2)
        kind, gen = GEN[key]
        fmt = fixed
        if fmt is None and force is not None and force[0] == key:
            fmt, force = force[1], None
        if key == "ad":
            if tpl.startswith(OVERSEA_ONLY) and not ents_has_addr(ents):
                fmt = "overseas_en"
            elif fmt is None and not any(w in tpl for w in OVERSEA_OK):
                fmt = r.choices(_FMTS["ad"][:5] + _FMTS["ad"][6:], (5, 5, 4, 3, 2, 2))[0]
        pre, val, post, f = gen(r, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(val)))
        fmts.append(f)
        out.append(val)
        pos += len(val)
        out.append(post)
        pos += len(post)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def ents_has_addr(ents):
    return any(k == "address" for k, _, _ in ents)


def _build(meta: list) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []

    def add(tid, tpl, force=None):
        text, ents, fmts, nears = _render(r, tpl, force)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        meta.append(tid)

    for key, fl in _FMTS.items():
        cands = [i for i, t in enumerate(PII_T) if "{" + key + "}" in t]
        over = [i for i in cands if PII_T[i].startswith(OVERSEA_ONLY) or any(w in PII_T[i] for w in OVERSEA_OK)]
        dom = [i for i in cands if not PII_T[i].startswith(OVERSEA_ONLY)]
        for f in fl:
            pool = over if key == "ad" and f == "overseas_en" else dom
            picks = r.sample(pool, min(FORCE_PER_FMT, len(pool)))
            for i in picks:
                add(f"P{i}", PII_T[i], (key, f))
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_T))
        add(f"P{i}", PII_T[i])
    for j in range(N_NEAR_ROWS):
        i = j % len(NEAR_T) if j < 2 * len(NEAR_T) else r.randrange(len(NEAR_T))
        add(f"N{i}", NEAR_T[i])
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind59_corpus() -> pd.DataFrame:
    return _build([])


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, ("overlap", text)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v, text)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n), v
                assert not text[e:e + 1].isdigit(), text
                assert not text[s - 1:s].isdigit() or text[:s].endswith(("+86", "0086")), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                d = re.sub(r"[()（）]", "", n)
                assert d.isdigit() and (len(d) == 8 or d.startswith("0") and 10 <= len(d) <= 12), v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w.]+\.[a-zA-Z]{2,}", v), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", v), v
                assert not text[e:e + 1].isalnum() or text[e:e + 1] > "\u4e00", text
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Z][· ]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|单元|室|\d)$", v) or v.split(", ")[-1].isalpha() or \
                    v.endswith(("London", "New York", "Sydney")), v
        for k, s, e in ns:
            assert k in NEAR, k
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v)
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
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind59_corpus())  # deterministic
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
    declared = [f"{GEN[k][0]}/{f}" for k, fl in _FMTS.items() for f in fl]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

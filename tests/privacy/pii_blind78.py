"""Blind PII corpus no. 78 (``split == "blind78"``): a private kindergarten's WeCom archive.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十五位写手")
that did NOT read the masker: of ``toolkit/privacy/`` it read only the lines of
``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of ``tests/`` only
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names); nothing under ``bench/`` or ``docs/``, no README, no
other corpus, no git history.  It never imported ``toolkit`` and never ran any
masking / finding function on this data.  Phrasing comes from the writer's
own idea of these chats (the public datasets were not needed).

What is different here: THEME.  An ordinary day's archive of a private
kindergarten in Suzhou (with some families from elsewhere): class teachers,
the principal, the finance office and the school-bus teacher chatting 1:1 and
in class groups with parents and grandparents.  Enrolment forms with the
child's and the parents' ID numbers, fee payments and refunds to bank cards,
authorised pick-up people and their phones, home addresses for the school-bus
route, health notes, activity notices.  Values are the usual ones; no effort
was made to make cases hard.

Near-misses are what such an archive holds besides personal data: fees and
refund amounts, dates and times, payment / transaction numbers, receipt and
invoice numbers, courier tracking numbers, hotlines (400 / 95xxx / 12345),
verification and pick-up codes, masked numbers, card tails, in-school student
numbers, class names and classroom numbers, bus routes, body temperature,
height / weight, postal codes, card-length numbers failing Luhn and ID-shaped
strings failing the check digit, places alone (a district, a mall).

Seed
----
``SEED = "blind78-kindergarten-第八十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists.  ID check digits (ISO 7064 MOD 11-2)
and Luhn digits are computed here.  Each format is first forced 4 times into
distinct templates holding its kind, then the rest is drawn by weight.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one per entity), ``near_misses`` (list of
``(near_kind, start, end)``), ``split`` (``"blind78"``).  A span holds the value
only: cue words, ``+86`` / ``0086`` prefixes and extensions (``转806``,
``-806``) are outside; spaces / dashes inside a value are inside; an address
runs from its first place unit to its last house-level unit.

Counts (``python tests/privacy/pii_blind78.py``)
------------------------------------------------
rows=1540, pii_rows=880, near_rows=660, entities=1209
(mobile 362, address 182, id_card 166, bank_card 117, email 86, wechat 78,
plate 76, landline 71, qq 71);
near-miss spans=925 (all in near-miss rows), 25 near-miss kinds
(fee 125, date 81, time 58, masked 53, quantity 48, class_name 42, temperature 41, pay_no 39, body_metric 34, bad_card 34, tracking_no 34, hotline 33, card_tail 33, verify_code 32, receipt_no 31, age 28, bus_route 28, place_only 25, student_no 25, bad_id 24, invoice_no 21, order_no 15, postal_code 15, url 14, classroom 12);
formats=40 distinct, each used >= 4 times in >= 3 templates:
address/city_full, address/district_estate, address/estate_only, address/province_full, address/road_no_estate, address/rural_village, address/shanghai_nong, bank_card/card_16, bank_card/credit_16_space, bank_card/domestic_95_19, bank_card/space_4444_3, bank_card/unionpay_19, email/capitalised, email/company_mail, email/pinyin_mail, email/qq_mail, id_card/plain_18, id_card/space_684, id_card/x_lower, id_card/x_upper, landline/area_dash, landline/area_dash_ext, landline/area_paren, landline/area_plain, landline/area_space, mobile/cn_digits, mobile/dash_344, mobile/plain_11, mobile/plus86_plain, mobile/space_344, plate/lowercase, plate/middle_dot, plate/new_energy_8, plate/plain_7, plate/space, qq/digits_6_7, qq/digits_8_10, wechat/mixcase, wechat/pinyin_alnum, wechat/wxid.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind78-kindergarten-第八十五位写手"
SPLIT = "blind78"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 880
N_NEAR_ROWS = 660
FORCE_PER_FMT = 4

# ---------------------------------------------------------------- validity helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


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


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()]", "", s)


# ---------------------------------------------------------------- value pools
_MOB_PRE = ("133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "166",
            "177", "180", "181", "186", "187", "188", "189", "191", "198", "199", "131", "132", "155",
            "156", "185", "176", "173", "153", "195", "182", "183", "147")
_AREA = (("0512", 8), ("0512", 8), ("0512", 8), ("021", 8), ("025", 8), ("0510", 8), ("0519", 8),
         ("0557", 7), ("0371", 8), ("0551", 7), ("0513", 8))
_ID_AREA = ("320506", "320505", "320508", "320507", "320583", "320585", "320509", "320581", "320582",
            "342201", "341221", "410523", "320321", "320923", "321323", "340121", "412726", "510922",
            "362426", "320682", "320402", "370882", "430426", "522121", "130682")
_BINS16 = ("622588", "622575", "436742", "518710", "622609", "625907", "622155", "438088")
_BINS19 = ("6222021", "6217001", "6228480", "6212261", "6230520", "6214830", "6217856", "6216610",
           "6222600", "6228450", "6217995", "6236682", "6217211")
_BINS95 = ("9558801", "9559981", "9558820")
_PLATE_PROV = ("苏E", "苏E", "苏E", "苏E", "苏U", "苏B", "沪A", "沪B", "皖L", "苏H", "浙E", "豫N", "苏D")
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_EMAIL_DOM = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com",
              "hotmail.com", "yeah.net", "gmail.com")
_PINYIN = ("zhang", "wang", "li", "zhao", "chen", "liu", "yang", "huang", "zhou", "wu", "xu", "sun",
           "zhu", "ma", "hu", "guo", "lin", "he", "gao", "luo", "tang", "song", "xie", "han", "shen")
_GIVEN = ("yu", "xin", "hao", "ting", "jie", "lei", "fang", "min", "yan", "jun", "qian", "wei", "ning",
          "tong", "yue", "han", "xuan", "zi", "yi", "chen", "le", "duo", "bao", "tian")
_WX_WORDS = ("mama", "baba", "nainai", "yeye", "waipo", "bear", "sunny", "tutu", "doudou", "xiaoyu",
             "lemon", "momo", "coco", "kiki", "nuonuo", "guoguo", "mumu", "angel", "happy", "tangtang")

_DIST = (("苏州市", "工业园区", ("星湖街", "现代大道", "金鸡湖大道", "唯亭街道青剑湖路", "钟南街", "东平街", "星海街",
                             "苏虹中路", "娄葑街道东环路", "斜塘街道淞泽路")),
         ("苏州市", "吴中区", ("东吴北路", "宝带西路", "越溪街道吴中大道", "郭巷街道尹中南路", "木渎镇金山路",
                            "长桥街道龙西路", "甪直镇甫澄北路")),
         ("苏州市", "姑苏区", ("干将西路", "人民路", "三香路", "平江路", "虎丘路", "桐泾北路")),
         ("苏州市", "相城区", ("阳澄湖东路", "澄阳路", "元和街道采莲路", "黄桥街道春申路")),
         ("苏州市", "虎丘区", ("狮山路", "长江路", "塔园路", "枫桥街道金枫路")),
         ("苏州市", "吴江区", ("中山南路", "松陵镇流虹路", "鲈乡北路")),
         ("昆山市", "玉山镇", ("前进西路", "马鞍山中路", "白马泾路")),
         ("上海市", "青浦区", ("华新镇华志路", "徐泾镇诸光路")),
         ("无锡市", "新吴区", ("长江路", "旺庄路")))
_ESTATE = ("东吴花园", "金色家园", "翰林苑", "星湖花园", "玲珑湾", "中海国际社区", "湖畔天城", "万科城",
           "新城域", "水巷邻里", "朗诗国泰城", "青剑湖花园", "水漾花城", "雅戈尔太阳城", "天域花园",
           "香樟公寓", "景城邻里", "华润橡树湾", "绿地华尔道名邸", "仁恒双湖湾", "碧桂园", "融创御园")
_RURAL = (("安徽省", "宿州市", "埇桥区", "大店镇", "杨庙村"), ("河南省", "商丘市", "睢县", "长岗镇", "周庄村"),
          ("江苏省", "盐城市", "阜宁县", "益林镇", "王集村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "董庄村"),
          ("四川省", "南充市", "蓬安县", "相如镇", "白云村"), ("江苏省", "徐州市", "沛县", "敬安镇", "刘庄村"))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _mobile_raw(r):
    return r.choice(_MOB_PRE) + _digits(r, 8)


def _birth(r, who):
    y = {"kid": (2019, 2022), "parent": (1984, 1996), "old": (1952, 1966)}[who]
    return f"{r.randint(*y)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _id_raw(r, want_x=None):
    who = r.choice(("kid", "kid", "parent", "parent", "old"))
    while True:
        body = r.choice(_ID_AREA) + _birth(r, who) + _digits(r, 3)
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def _card_raw(r, kind):
    if kind == "16":
        b = r.choice(_BINS16)
        body = b + _digits(r, 15 - len(b))
    elif kind == "95":
        b = r.choice(_BINS95)
        body = b + _digits(r, 18 - len(b))
    else:
        b = r.choice(_BINS19)
        body = b + _digits(r, 18 - len(b))
    return body + _luhn_digit(body)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


_CN = dict(zip("0123456789", "零一二三四五六七八九"))


# each generator: r -> (prefix_outside, value, suffix_outside)
def _m_plain(r): return "", _mobile_raw(r), ""
def _m_space(r): return "", _grp(_mobile_raw(r), (3, 4, 4)), ""
def _m_dash(r): return "", _grp(_mobile_raw(r), (3, 4, 4), "-"), ""
def _m_plus86(r): return r.choice(("+86 ", "+86", "+86-")), _mobile_raw(r), ""
def _m_cn(r): return "", "".join(_CN[c] for c in _mobile_raw(r)), ""


def _ll_body(r):
    a, n = r.choice(_AREA)
    return a, r.choice("2345678689") + _digits(r, n - 1)


def _l_dash(r):
    a, b = _ll_body(r)
    return "", f"{a}-{b}", ""


def _l_plain(r):
    a, b = _ll_body(r)
    return "", a + b, ""


def _l_paren(r):
    a, b = _ll_body(r)
    return "", f"({a}){b}" if r.random() < 0.6 else f"（{a}）{b}", ""


def _l_ext(r):
    a, b = _ll_body(r)
    return "", f"{a}-{b}", r.choice(("转8", "转80", "-80", "转6", "转11")) + _digits(r, 1)


def _l_local(r):  # 0512 numbers written without area code inside Suzhou, cue is explicit
    a, b = ("0512", "6" + _digits(r, 7))
    return "", f"{a} {b}", ""


def _i_plain(r): return "", _id_raw(r, False), ""
def _i_x(r): return "", _id_raw(r, True), ""
def _i_xlow(r): return "", _id_raw(r, True).lower(), ""
def _i_space(r): return "", _grp(_id_raw(r), (6, 8, 4)), ""


def _b_19(r): return "", _card_raw(r, "19"), ""
def _b_19sp(r): return "", _grp(_card_raw(r, "19"), (4, 4, 4, 4)), ""
def _b_16sp(r): return "", _grp(_card_raw(r, "16"), (4, 4, 4, 4)), ""
def _b_16(r): return "", _card_raw(r, "16"), ""
def _b_95(r): return "", _card_raw(r, "95"), ""


def _q_plain(r): return "", r.choice("123456789") + _digits(r, r.choice((7, 8, 8, 9, 9, 9))), ""
def _q_short(r): return "", r.choice("123456789") + _digits(r, r.choice((5, 6))), ""


def _w_alnum(r):
    a = r.choice(_PINYIN)
    b = r.choice((r.choice(_GIVEN), r.choice(_WX_WORDS)))
    sep = r.choice(("", "_", "", "-"))
    tail = r.choice(("", _digits(r, 2), _digits(r, 4), str(r.randint(1985, 1996)), "0" + str(r.randint(1, 9))))
    v = (a + sep + b + tail) if r.random() < 0.6 else (r.choice(_WX_WORDS) + sep + a + tail)
    if len(v) < 6:
        v += _digits(r, 6 - len(v) + 1)
    return "", v[:20], ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""


def _w_mixcase(r):
    v = r.choice(_WX_WORDS).capitalize() + r.choice(_PINYIN).capitalize() + _digits(r, r.choice((3, 4, 6)))
    return "", v, ""


def _e_qq(r): return "", r.choice("123456789") + _digits(r, r.choice((8, 9))) + "@qq.com", ""


def _e_name(r):
    u = r.choice(_PINYIN) + r.choice(("", ".", "_")) + r.choice(_GIVEN) + r.choice(("", _digits(r, 2), str(r.randint(1985, 1996))))
    return "", u + "@" + r.choice(_EMAIL_DOM[1:]), ""


def _e_corp(r):
    u = r.choice(_PINYIN) + r.choice(_GIVEN) if r.random() < 0.5 else r.choice(_GIVEN)[0] + r.choice(_PINYIN)
    d = r.choice(("sz-tech.com", "huawei.com", "bosch.com.cn", "jabil.com", "cn.ey.com", "sip-edu.cn",
                  "samsung.com", "szbank.com.cn"))
    return "", u + "@" + d, ""


def _e_upper(r):
    return "", (r.choice(_PINYIN) + r.choice(_GIVEN)).capitalize() + _digits(r, 3) + "@" + r.choice(("163.com", "126.com", "QQ.com")), ""


def _plate_tail(r, n=5):
    out = []
    letters = 0
    for i in range(n):
        if letters < 1 and r.random() < 0.25:
            out.append(r.choice(_PLATE_LET))
            letters += 1
        else:
            out.append(r.choice("0123456789"))
    return "".join(out)


def _p_plain(r): return "", r.choice(_PLATE_PROV) + _plate_tail(r), ""
def _p_dot(r):
    p = r.choice(_PLATE_PROV)
    return "", p + r.choice(("·", "•", "·")) + _plate_tail(r), ""
def _p_space(r):
    p = r.choice(_PLATE_PROV)
    return "", p + " " + _plate_tail(r), ""
def _p_ev(r): return "", r.choice(_PLATE_PROV) + r.choice("DDF") + _digits(r, 5), ""


def _p_lower(r): return "", (r.choice(_PLATE_PROV) + _plate_tail(r)).lower(), ""


def _house(r):
    c = r.random()
    if c < 0.45:
        return f"{r.randint(1, 36)}栋{r.randint(1, 3)}单元{r.randint(1, 28)}{r.randint(1, 4):02d}室"
    if c < 0.7:
        return f"{r.randint(1, 36)}幢{r.randint(1, 28)}{r.randint(1, 4):02d}"
    if c < 0.85:
        return f"{r.randint(1, 30)}号楼{r.randint(1, 2)}单元{r.randint(1, 18)}0{r.randint(1, 4)}"
    return f"{r.randint(1, 36)}-{r.randint(1, 3)}-{r.randint(1, 28)}{r.randint(1, 4):02d}"


def _a_full(r):
    c, d, roads = r.choice(_DIST[:6])
    return "", f"江苏省{c}{d}{r.choice(roads)}{r.randint(1, 2999)}号{r.choice(_ESTATE)}{_house(r)}", ""


def _a_city(r):
    c, d, roads = r.choice(_DIST)
    return "", f"{c}{d}{r.choice(roads)}{r.randint(1, 999)}号{r.choice(_ESTATE)}{_house(r)}", ""


def _a_district(r):
    c, d, roads = r.choice(_DIST[:6])
    return "", f"{d}{r.choice(_ESTATE)}{_house(r)}", ""


def _a_estate(r):
    return "", f"{r.choice(_ESTATE)}{_house(r)}", ""


def _a_road(r):
    c, d, roads = r.choice(_DIST)
    road = r.choice(roads)
    return "", f"{road}{r.randint(1, 2999)}号{r.choice(_ESTATE)}{_house(r)}", ""


def _a_rural(r):
    p, c, x, t, v = r.choice(_RURAL)
    if r.random() < 0.5:
        return "", f"{p}{c}{x}{t}{v}{r.randint(1, 12)}组{r.randint(1, 80)}号", ""
    return "", f"{x}{t}{v}{r.randint(1, 80)}号", ""


def _a_shanghai_nong(r):
    return "", f"{r.choice(('青浦区华新镇华志路', '嘉定区安亭镇墨玉南路', '闵行区莘庄镇莘朱路'))}{r.randint(100, 1800)}弄{r.randint(1, 60)}号{r.randint(1, 6)}0{r.randint(1, 3)}室", ""


FMT = {
    "mobile": (("plain_11", _m_plain, 14), ("space_344", _m_space, 3), ("dash_344", _m_dash, 2),
               ("plus86_plain", _m_plus86, 1), ("cn_digits", _m_cn, 1)),
    "landline": (("area_dash", _l_dash, 6), ("area_plain", _l_plain, 2), ("area_paren", _l_paren, 2),
                 ("area_dash_ext", _l_ext, 2), ("area_space", _l_local, 2)),
    "id_card": (("plain_18", _i_plain, 10), ("x_upper", _i_x, 2), ("x_lower", _i_xlow, 1),
                ("space_684", _i_space, 1)),
    "bank_card": (("unionpay_19", _b_19, 8), ("space_4444_3", _b_19sp, 3), ("credit_16_space", _b_16sp, 2),
                  ("card_16", _b_16, 2), ("domestic_95_19", _b_95, 1)),
    "qq": (("digits_8_10", _q_plain, 6), ("digits_6_7", _q_short, 2)),
    "wechat": (("pinyin_alnum", _w_alnum, 6), ("wxid", _w_wxid, 2), ("mixcase", _w_mixcase, 2)),
    "email": (("qq_mail", _e_qq, 5), ("pinyin_mail", _e_name, 5), ("company_mail", _e_corp, 2),
              ("capitalised", _e_upper, 1)),
    "plate": (("plain_7", _p_plain, 6), ("middle_dot", _p_dot, 3), ("space", _p_space, 2),
              ("new_energy_8", _p_ev, 2), ("lowercase", _p_lower, 1)),
    "address": (("province_full", _a_full, 2), ("city_full", _a_city, 3), ("district_estate", _a_district, 3),
                ("estate_only", _a_estate, 4), ("road_no_estate", _a_road, 3), ("rural_village", _a_rural, 2),
                ("shanghai_nong", _a_shanghai_nong, 1)),
}

# ---------------------------------------------------------------- near misses: r -> value


def _n_fee(r):
    v = r.choice((3280, 2980, 3580, 1650, 4200, 880, 450, 260, 1200, 9840, 12600, 380, 15, 35, 128))
    return r.choice((f"{v}元", f"¥{v}", f"{v}.00元", f"{v}块", f"￥{v:,}.00"))


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"2025年{m}月{d}日", f"{m}.{d}",
                     f"{m}/{d}"))


def _n_time(r):
    return r.choice((f"{r.randint(7, 18)}:{r.choice(('00', '15', '30', '45', '20', '10'))}",
                     f"{r.randint(7, 11)}点{r.choice(('', '半', '一刻'))}", f"下午{r.randint(3, 5)}点{r.choice(('', '半', '20'))}"))


def _n_payno(r):
    return r.choice(("4200" + _digits(r, 24), "2024" + _digits(r, 24), "1000" + _digits(r, 28)))


def _n_receipt(r):
    return r.choice((f"SJ2024{_digits(r, 6)}", f"No.{_digits(r, 7)}", f"YE-{r.randint(2023, 2025)}-{_digits(r, 4)}"))


def _n_invoice(r):
    return r.choice(("24" + "32" + _digits(r, 16), _digits(r, 8)))


def _n_track(r):
    return r.choice(("SF" + _digits(r, 13), "YT" + _digits(r, 13), "JT" + _digits(r, 13), "7" + _digits(r, 14),
                     "JD" + _digits(r, 13)))


def _n_hotline(r):
    return r.choice(("400-820-" + _digits(r, 4), "400" + _digits(r, 7), "95588", "95533", "95555", "12345",
                     "12315", "95599", "120", "800-820-" + _digits(r, 4)))


def _n_vcode(r): return _digits(r, r.choice((4, 6, 6)))


def _n_masked(r):
    return r.choice((_mobile_raw(r)[:3] + "****" + _digits(r, 4), r.choice(_ID_AREA)[:4] + "*" * 10 + _digits(r, 3) + r.choice("0123456789X"),
                     "6222 **** **** " + _digits(r, 4), _mobile_raw(r)[:3] + "*" * 4 + _digits(r, 4)))


def _n_tail(r): return _digits(r, 4)


def _n_stuno(r): return r.choice((f"2024{_digits(r, 4)}", f"XQ{r.randint(2022, 2025)}{_digits(r, 3)}", f"{r.choice('ABC')}{_digits(r, 3)}"))


def _n_class(r):
    return r.choice(("小一班", "小二班", "中一班", "中二班", "中三班", "大一班", "大二班", "托班", "苗苗班", "向日葵班", "大三班"))


def _n_classroom(r): return r.choice(("201教室", "302", "一楼多功能厅", "105教室", "3楼美术室", "206"))


def _n_bus(r): return r.choice(("1号线", "2号线", "3号线", "4号车", "5号车", "2号校车"))


def _n_temp(r): return r.choice(("36.5", "36.8", "37.2", "37.8", "38.5", "39.1", "38", "37.5")) + r.choice(("度", "℃", "°", ""))


def _n_body(r):
    return r.choice((f"{r.randint(95, 122)}cm", f"{r.randint(14, 25)}.{r.randint(0, 9)}kg", f"{r.randint(14, 25)}公斤",
                     f"{r.randint(98, 120)}厘米"))


def _n_postcode(r): return r.choice(("215000", "215021", "215123", "215104", "215300", "234000", "200000"))


def _n_badcard(r):
    c = _card_raw(r, r.choice(("19", "19", "16")))
    bad = c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)
    return bad


def _n_badid(r):
    s = _id_raw(r)
    while True:
        c = r.choice("0123456789X")
        if c != s[-1]:
            return s[:-1] + c


def _n_place(r):
    return r.choice(("园区", "吴中区", "苏州中心", "印象城", "湖东", "独墅湖", "青剑湖", "月光码头", "观前街", "石路",
                     "龙湖天街", "金鸡湖", "新区", "老家安徽", "昆山"))


def _n_count(r): return r.choice(("3个", "两包", "5盒", "28人", "第3周", "12天", "6次", "第2学期"))


def _n_wxpay(r): return r.choice(("DD" + _digits(r, 10), "T" + _digits(r, 12)))


def _n_age(r): return r.choice(("3岁", "4岁半", "5周岁", "3岁2个月", "两岁半"))


def _n_url(r): return r.choice(("https://www.jiangsu.gov.cn", "mp.weixin.qq.com/s/" + "".join(r.choice("abcdefghXYZ0123") for _ in range(10)),
                                "https://wj.qq.com/s2/" + _digits(r, 8)))


NEAR = {
    "fee": _n_fee, "date": _n_date, "time": _n_time, "pay_no": _n_payno, "receipt_no": _n_receipt,
    "invoice_no": _n_invoice, "tracking_no": _n_track, "hotline": _n_hotline, "verify_code": _n_vcode,
    "masked": _n_masked, "card_tail": _n_tail, "student_no": _n_stuno, "class_name": _n_class,
    "classroom": _n_classroom, "bus_route": _n_bus, "temperature": _n_temp, "body_metric": _n_body,
    "postal_code": _n_postcode, "bad_card": _n_badcard, "bad_id": _n_badid, "place_only": _n_place,
    "quantity": _n_count, "age": _n_age, "url": _n_url, "order_no": _n_wxpay,
}

# ---------------------------------------------------------------- templates
# {kind} / {kind2}: entity slot; {n_xxx}: near-miss slot.
PII_T = (
    # enrolment
    "老师您好，报名表上宝宝身份证号：{id_card}",
    "宝宝身份证号码{id_card}，户口本照片我等下拍给您",
    "{id_card} 这是孩子的，我的是{id_card2}",
    "妈妈身份证：{id_card}\n爸爸身份证：{id_card2}",
    "孩子身份证号 {id_card}\n家长手机 {mobile}\n家庭住址 {address}",
    "入园登记\n幼儿姓名：略\n身份证：{id_card}\n监护人电话：{mobile}\n住址：{address}",
    "王老师，刚才身份证号发错了一位，正确的是{id_card}",
    "医保登记要孩子身份证号，{id_card}，麻烦老师了🙏",
    "{id_card}\n这个是我家小孩的",
    "保险那个表我填好了，身份证{id_card}，联系电话{mobile}",
    "孩子的证件号是{id_card}吗？我核对一下系统里的",
    "爷爷的身份证号{id_card}，接送卡办理用",
    "奶奶身份证{id_card}，手机{mobile}，以后主要是她来接",
    # fees / refunds
    "退费打到这张卡就行：{bank_card}，中国银行的，户名是孩子妈妈",
    "卡号{bank_card} 工商银行苏州分行",
    "老师，退餐费麻烦转到{bank_card}，谢谢",
    "账号：{bank_card}\n开户行：建设银行园区支行",
    "银行卡 {bank_card}\n身份证 {id_card}",
    "{bank_card} 农行的，退学费的话打这里",
    "上次给的卡{bank_card}已经注销了，换这张{bank_card2}吧",
    "财务老师，学费我是用{bank_card}这张卡转的，您查下到账没有",
    "退款已经提交了，退到尾号那张卡{bank_card}，3到5个工作日到账",
    # pickup
    "今天放学是外婆来接，外婆电话{mobile}",
    "老师今天我加班，孩子爸爸接，他电话{mobile}",
    "接送人：爷爷 {mobile}；奶奶 {mobile2}",
    "{mobile} 这是孩子舅舅的号码，今天他来接",
    "有事打我电话{mobile}，上班时间微信不一定回",
    "老师，我换号了，新号码{mobile}，旧的不用了",
    "孩子爸爸手机：{mobile}\n妈妈手机：{mobile2}\n紧急联系人（外公）：{mobile3}",
    "接送卡上的电话改成{mobile}吧",
    "麻烦老师放学的时候打一下{mobile}，我在门口",
    "下午阿姨来接，阿姨手机号{mobile}，车是{plate}",
    "今天我开车来接，车牌{plate}，停在西门",
    "保安师傅那边登记的车牌是{plate}，下周换成{plate2}",
    "接送车辆登记：{plate}，司机是孩子姑父，电话{mobile}",
    "{plate}这个车是我们家的，白色的",
    "早上送孩子的车{plate}，麻烦保安放一下行",
    # school bus / address
    "校车老师您好，我家地址是{address}，早上几点到小区门口",
    "家庭住址：{address}",
    "{address}，这是我们新家，校车能到吗",
    "搬家了，新地址{address}，麻烦帮忙改下校车站点",
    "住在{address}，离幼儿园大概3公里",
    "寄档案材料的话寄到{address}，收件人孩子爸爸，电话{mobile}",
    "老家地址填{address}可以吗，户口在那边",
    "地址：{address}\n电话：{mobile}",
    "我们住{address}，下学期要坐校车",
    "校车登记表：{address}，接车人奶奶，手机{mobile}",
    "不好意思上次地址写错了，是{address}",
    # contact ways
    "家里座机{landline}，白天一般是奶奶在",
    "我单位电话{landline}，手机打不通的话打这个",
    "幼儿园前台电话{landline}，有事可以直接打",
    "财务室电话：{landline}",
    "{landline} 这个是公司的，找我的话说找前台转一下",
    "座机{landline}，手机{mobile}",
    "您好，这里是园务办公室，联系电话{landline}，下周一开学",
    "外婆家电话{landline}，她不用微信",
    "我QQ是{qq}，照片可以传到QQ上吗，微信存储满了",
    "qq {qq}",
    "老师加一下我QQ{qq}，平时电脑上登着",
    "孩子爸爸的QQ：{qq}，他工作不方便看微信",
    "QQ号{qq}，邮箱就是{email}",
    "班级相册的QQ群我进不去，我QQ号是{qq}，老师拉我一下",
    "{qq}这个QQ是孩子妈妈的，之前的作业都传这里",
    "老师，资料发我QQ邮箱也行，QQ：{qq}",
    "扣扣{qq}，加的时候写中一班家长",
    "家长QQ：{qq}  电话：{mobile}",
    "我微信号{wechat}，拉我进中二班群吧",
    "加一下孩子奶奶微信 {wechat}",
    "微信：{wechat}\n电话：{mobile}",
    "孩子爸爸的微信号是{wechat}，麻烦也拉进群",
    "搜不到手机号的话搜我微信号{wechat}",
    "{wechat} 这个是我老公的微信，他通过一下",
    "vx {wechat}，加的时候备注一下孩子名字",
    "体检报告发我邮箱{email}吧",
    "邮箱：{email}，发票开好了发这里",
    "电子版的成长档案能发到{email}吗",
    "{email} 麻烦老师发一下入园须知",
    "我的邮箱是{email}，孩子爸爸的是{email2}",
    "发票抬头个人就行，邮箱{email}，电话{mobile}",
    # health / class
    "老师，孩子昨晚发烧了，今天请假，有事打我电话{mobile}",
    "孩子对芒果过敏，午饭注意一下哈，紧急联系{mobile}",
    "保健老师您好，体检表上家长电话写的{mobile}，地址{address}",
    "@所有人 请家长核对接送人信息，有变动的私信发我，例：外婆 {mobile}",
    "收到，我家的接送人是妈妈{mobile}和外婆{mobile2}",
    "【中一班】请以下家长补交身份证复印件：略。有问题联系{mobile}",
    "群里不方便，私聊您了，我电话{mobile}",
    "老师好😊 这是我们家的联系方式：{mobile}，地址：{address}",
    "孩子外公身份证号{id_card}，手机{mobile}，地址{address}",
    "好的👌 {mobile}",
    "嗯嗯 打{mobile}就可以",
    "电话{mobile}地址{address}",
    "{mobile}\n{address}",
    "手机号码：{mobile} 微信同号",
    "老师我手机号是{mobile}，微信号是{wechat}",
    "园长您好，我想咨询下插班的事，我电话{mobile}，方便的时候回个电话",
    "园长，我是中三班家长，有些情况想跟您沟通，{mobile}",
    "收到，退款卡号{bank_card}，持卡人是我本人，身份证{id_card}",
    "麻烦核对：{bank_card}（招商银行）",
    "我刚问了银行，卡号是{bank_card}，没问题",
)

NEAR_T = (
    "本学期保教费{n_fee}，餐费{n_fee2}，请于{n_date}前缴清",
    "老师我已经交了{n_fee}，交易单号{n_pay_no}",
    "收据编号{n_receipt_no}，金额{n_fee}，您核对下",
    "发票号码{n_invoice_no}，开好了，已经发到群里了",
    "退费{n_fee}已经原路退回，预计{n_date}到账",
    "园服寄出了，快递单号{n_tracking_no}",
    "书包和被子是这个单号{n_tracking_no}，明天应该到",
    "有问题可以打教育局热线{n_hotline}",
    "银行客服{n_hotline}说要3个工作日",
    "报名系统验证码是{n_verify_code}吗？我这收到的",
    "验证码{n_verify_code}，老师您输一下",
    "我看系统里登记的手机是{n_masked}，对吗",
    "是尾号{n_card_tail}的那张卡吗",
    "我付款的卡尾号{n_card_tail}",
    "宝宝园内编号{n_student_no}，分在{n_class_name}",
    "明天{n_time}在{n_classroom}开家长会",
    "下周开始{n_class_name}的孩子坐{n_bus_route}，{n_time}发车",
    "孩子今天午睡起来体温{n_temperature}，已经通知家长了",
    "晨检{n_temperature}，正常入园",
    "体检结果：身高{n_body_metric}，体重{n_body_metric2}",
    "邮编{n_postal_code}要填吗",
    "这个卡号好像输错了{n_bad_card}，系统提示无效",
    "您发的{n_bad_card}银行说不对，麻烦再核对一下",
    "身份证号{n_bad_id}系统校验不通过，是不是哪位写错了",
    "这个号码{n_bad_id}录不进去，提示格式错误",
    "我们住{n_place_only}那边，校车到吗",
    "家长你好，明天{n_time}在{n_place_only}集合，秋游",
    "今天发了{n_quantity}水果，请家长查收孩子书包",
    "孩子{n_age}了，可以上小班吗",
    "请家长{n_date}前填写问卷：{n_url}",
    "订单{n_order_no}已经支付了",
    "{n_date} {n_time} 亲子运动会，请穿园服",
    "好的老师，{n_fee}已转，麻烦查收🙏",
    "上个月请假{n_quantity}，餐费退{n_fee}对吧",
    "【通知】{n_date}（周五）放假，{n_date2}正常入园",
    "孩子{n_age}，身高{n_body_metric}，需要换大一号园服吗",
    "发烧{n_temperature}以上请在家休息",
    "转账记录截图发您了，流水号{n_pay_no}",
    "发票{n_invoice_no}金额{n_fee}",
    "园服费{n_fee}，被褥{n_fee2}，一共多少",
    "老师您看下系统里是不是{n_masked}",
    "校车{n_bus_route}今天晚了{n_quantity}分钟吗",
    "收到，{n_time}到",
    "微信支付的，商户单号{n_pay_no}",
    "学号是{n_student_no}吗",
    "已查，{n_receipt_no}这张收据作废了",
    "寄回的材料单号{n_tracking_no}，麻烦老师查收",
    "{n_class_name}今天{n_quantity}小朋友请假",
    "号码{n_masked}我只记得这几位",
    "客服电话{n_hotline}打不通",
)


def _slots(t):
    return re.findall(r"\{([a-z_]+?)(\d?)\}", t)


def _kind_of(name):
    return name


def _build(meta):
    r = random.Random(SEED)
    rows = []

    def render(t, forced=None):
        text, ents, fmts, nms = "", [], [], []
        pos = 0
        forced_used = False
        for m in re.finditer(r"\{([a-z_]+?)\d?\}", t):
            text += t[pos:m.start()]
            name = m.group(1)
            if name.startswith("n_"):
                nk = name[2:]
                v = NEAR[nk](r)
                nms.append((nk, len(text), len(text) + len(v)))
                text += v
            else:
                tab = FMT[name]
                if forced and forced[0] == name and not forced_used:
                    f = next(x for x in tab if x[0] == forced[1])
                    forced_used = True
                else:
                    f = r.choices(tab, weights=[x[2] for x in tab])[0]
                pre, v, suf = f[1](r)
                text += pre
                ents.append((name, len(text), len(text) + len(v)))
                fmts.append(f[0])
                text += v + suf
            pos = m.end()
        text += t[pos:]
        return text, ents, fmts, nms

    tids = list(range(len(PII_T)))
    for kind in KINDS:
        cands = [i for i in tids if any(n == kind for n, _ in _slots(PII_T[i]))]
        for fname, _, _ in FMT[kind]:
            for i in r.sample(cands, FORCE_PER_FMT):
                rows.append(render(PII_T[i], (kind, fname)))
                meta.append(f"p{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_T))
        rows.append(render(PII_T[i]))
        meta.append(f"p{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_T))
        rows.append(render(NEAR_T[i]))
        meta.append(f"n{i}")
    # shuffle rows together with meta
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[k] for k in order]
    meta[:] = [meta[k] for k in order]
    return pd.DataFrame({
        "text": [x[0] for x in rows],
        "entities": [x[1] for x in rows],
        "formats": [x[2] for x in rows],
        "near_misses": [x[3] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind78_corpus() -> pd.DataFrame:
    return _build([])


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v)
            n = _norm(v)
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert _luhn_ok(n) and 16 <= len(n) <= 19, v
            elif k == "mobile":
                if n.isdigit():
                    assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in _MOB_PRE, v
                else:
                    assert len(n) == 11 and all(c in "零一二三四五六七八九" for c in n), v
            elif k == "landline":
                assert re.fullmatch(r"0\d{2,3}\d{7,8}", re.sub(r"[（）()\s-]", "", v)), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{5,10}", v), v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w.-]+\.[A-Za-z]{2,}", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[苏沪皖浙豫][A-Za-z][ ·•]?[A-Za-z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
            assert s == 0 or not text[s - 1].isdigit() or k == "mobile", (text, v)
            assert e == len(text) or not (text[e].isascii() and text[e].isalnum()), (text, v)
        for k, s, e in ns:
            v = text[s:e]
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
    assert df.equals(make_blind78_corpus())  # deterministic
    assert df.equals(make_blind78_corpus())
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
    declared = [f"{k}/{x[0]}" for k, tab in FMT.items() for x in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

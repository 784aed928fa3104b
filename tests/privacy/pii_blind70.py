"""Seventieth blind PII corpus (``split == "blind70"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十七位写手")
that did NOT read the masking code under ``toolkit/privacy/`` (only the lines
of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` / ``PLACEHOLDERS``), nor
``bench/``, ``docs/``, the README, git history, nor any other corpus or test
(only lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py``,
for the layout and the entry-point names).  It never imported ``toolkit`` and
never ran any masking / finding function on this data.  Chat contexts come
from the writer's own idea of how staff and members of a gym chain type in
WeCom; ``../shared/datasets/`` was only listed, not used.

What is different here: AN ORDINARY ARCHIVE OF A GYM / FITNESS STUDIO CHAIN.
Coaches, membership sales (会籍) and front desk chat 1:1 and in class groups
with members: trial classes, memberships and card transfers (转卡, needing ID
numbers), private-coaching bookings, body measurements, refunds to bank
cards, parking plates, lockers, parcels of member gifts, invoices.  The aim
is an average day, not hard cases.  Near-misses are what such an archive is
full of: prices, dates / class times, member card numbers, lesson counts,
body metrics (体脂率, 体重, 心率, BMI), locker numbers, room names, WeChat /
Alipay transaction numbers, refund numbers of card length that fail Luhn,
contract numbers of ID length that fail the check digit, group-buy voucher
codes, e-invoice numbers, tax codes, parking spots, masked numbers, card
tails, hotlines (400 / 95xxx), verification codes, Wi-Fi passwords, store
names and durations.

Seed
----
``SEED = "blind70-2026-gym-第七十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits
(ISO 7064 MOD 11-2) and card Luhn digits are computed here.  Each format is
first forced 4 times into templates holding its kind (at least 3 distinct
templates); the remaining rows draw templates and formats at random.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; no names), ``formats`` (one format name per
entity), ``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(always ``"blind70"``).  Spans hold the value only: cue words, ``+86``
prefixes and landline extensions (转806 / 分机806) are outside; spaces,
dashes and the ``·`` inside a value are inside.  An address runs from its
first place unit to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 /
室 / 层 / bare room number such as 1502 or 5-2-801); a store name or city
alone is not an address.

Counts (``python tests/privacy/pii_blind70.py``)
------------------------------------------------
rows=1520 pii_rows=880 near_rows=640 entities=1161
(mobile 267, address 177, plate 155, email 113, id_card 108, landline 99, bank_card 96, wechat 76, qq 70);
near-miss spans=1301 (1094 in near-miss rows) kinds=27
(date_time 230, price 196, body_metric 150, course_count 67, room_name 58, member_no 52, store 47, order_no 45, discount 39, duration 37, verify_code 33, parking_spot 32, credit_code 29, hotline 28, tail_digits 27, refund_no 27, workdays 26, invoice_no 25, locker_no 25, voucher_code 25, contract_no 21, class_code 19, masked 17, postal_code 13, masked_card 12, height 11, wifi_pwd 10);
formats=37 distinct, each used >= 7 times in >= 7 templates:
address/city_full, address/district_road, address/estate_building, address/estate_dash
address/province_full, address/tower_floor, bank_card/plain16, bank_card/plain19
bank_card/space4_16, bank_card/space4_19, email/corp, email/netease
email/other_free, email/qq_mail, id_card/plain18, id_card/space_6_8_4
id_card/x_tail, landline/dash, landline/dash_ext, landline/local8
landline/paren, landline/plain, mobile/dash_344, mobile/plain
mobile/plus86, mobile/space_344, plate/dot, plate/ev8
plate/lower, plate/space, plate/std7, qq/digits_long
qq/digits_short, wechat/dash_mixed, wechat/letters_digits, wechat/underscore
wechat/wxid
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind70-2026-gym-第七十七位写手"
SPLIT = "blind70"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 880
N_NEAR_ROWS = 640
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- checks


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
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
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", s)


# --------------------------------------------------------------------------- value data

MOBILE_PREFIXES = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                   "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
                   "153", "180", "181", "189", "177", "173", "199", "166", "198", "176", "178", "191",
                   "147", "175", "195", "184")
AREA8 = ("010", "021", "020", "022", "023", "025", "027", "028", "029", "0755", "0571", "0512", "0532",
         "0731", "0591", "0371", "0551", "0311", "0574", "0769", "0757")
ID_REGIONS = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304",
              "330106", "330110", "510107", "510104", "420111", "320102", "320505", "610113", "370202",
              "500103", "430104", "350102", "410105", "340104", "130102", "210102", "120101", "441900",
              "330203", "360102", "450103")
BINS16 = ("622588", "621483", "622575", "622155", "625966", "427020", "438600", "404117", "524047",
          "518710", "552599")
BINS19 = ("621700", "622848", "621661", "622202", "622262", "623052", "621226", "622700", "95599",
          "955880")
QQ_MAIL_DOMAINS = ("qq.com",)
NETEASE = ("163.com", "126.com")
OTHER_MAIL = ("gmail.com", "outlook.com", "sina.com", "foxmail.com", "hotmail.com", "sohu.com")
CORP_MAIL = ("fitlife.com.cn", "huatai-tech.com", "xd-medical.cn", "sgcc.com.cn", "cmbchina.com", "byd.com",
             "netease.com", "ctrip.com")
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao")
GIVEN = ("wei", "fang", "min", "jing", "lei", "yan", "tao", "ting", "xin", "jie", "hao", "yu", "qian",
         "lu", "shan", "rui", "kai", "nan", "xiaoyu", "yiming", "zihan", "haoran", "jiayi", "mengqi")
NICK = ("lily", "coco", "amy", "jack", "kevin", "tony", "momo", "xiaomi", "sunny", "lucky", "run", "fit",
        "gym", "yoga", "bobo", "dudu", "mia", "leo", "ivy", "nana", "tiger", "panda", "muscle", "abs")
PLATE_PROV = (("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKLMNPQ"), ("粤", "ABCDEFHJKLMSTX"), ("浙", "ABCDFGH"),
              ("苏", "ABCDEFGHJKLMN"), ("川", "ABCFHJKLMQRS"), ("鄂", "ABCDEFG"), ("陕", "ABCDEFGHJK"),
              ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("湘", "ABCDEFGHJKLMNU"), ("闽", "ABCDEFGHJK"),
              ("渝", "ABCDFGH"), ("津", "ABCDEFGHJKLMNQR"), ("皖", "ABCDEFGHJKLMNPRS"),
              ("豫", "ABCDEFGHJKLMNPQRSU"))
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = (
    ("上海市", None, (("徐汇区", ("漕溪北路", "虹桥路", "田林路", "宜山路")),
                     ("浦东新区", ("张杨路", "锦绣路", "东方路", "金科路", "川沙路")),
                     ("闵行区", ("七莘路", "沪闵路", "莘庄北路")),
                     ("静安区", ("江宁路", "共和新路", "万荣路")))),
    ("北京市", None, (("朝阳区", ("朝阳北路", "广顺北大街", "酒仙桥路", "建国路")),
                     ("海淀区", ("中关村大街", "学院路", "西三环北路")),
                     ("丰台区", ("丰台北路", "南四环西路")))),
    ("广州市", "广东省", (("天河区", ("天河北路", "黄埔大道西", "体育西路")),
                        ("海珠区", ("江南大道中", "新港中路")),
                        ("番禺区", ("南大路", "迎宾路")))),
    ("深圳市", "广东省", (("南山区", ("南海大道", "后海大道", "科苑路")),
                        ("福田区", ("深南中路", "福华三路", "彩田路")),
                        ("宝安区", ("宝安大道", "新湖路")))),
    ("杭州市", "浙江省", (("西湖区", ("文三路", "古墩路", "天目山路")),
                        ("余杭区", ("文一西路", "五常大道")),
                        ("滨江区", ("江南大道", "滨盛路")))),
    ("成都市", "四川省", (("武侯区", ("科华北路", "武侯大道")),
                        ("锦江区", ("东大街", "静康路")),
                        ("成华区", ("建设路", "二环路东二段")))),
    ("武汉市", "湖北省", (("洪山区", ("珞喻路", "雄楚大道")), ("武昌区", ("中北路", "徐东大街")))),
    ("南京市", "江苏省", (("鼓楼区", ("中山北路", "汉中门大街")), ("江宁区", ("双龙大道", "天元中路")))),
    ("苏州市", "江苏省", (("工业园区", ("现代大道", "星湖街")), ("姑苏区", ("人民路", "干将西路")))),
    ("西安市", "陕西省", (("雁塔区", ("科技路", "小寨东路", "长安南路")), ("未央区", ("凤城八路",)))),
)
ESTATES = ("阳光花园", "锦绣华庭", "万科城", "碧桂园", "保利中央公园", "绿地世纪城", "龙湖春江郦城",
           "金地格林小镇", "华润城", "中海国际社区", "融创玖樾府", "新城花园", "世茂滨江花园", "金色家园",
           "翠湖苑", "东方名城", "天安花园", "招商雍景湾", "紫薇苑", "枫林绿洲")
TOWERS = ("国际大厦", "中心大厦", "科技大厦", "时代广场", "环球中心", "金融中心")

# --------------------------------------------------------------------------- value generators
# each returns (prefix_outside, value, suffix_outside)


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def g_mobile(r, fmt):
    m = _mobile_digits(r)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86":
        return r.choice(("+86 ", "+86", "+86-")), m, ""
    raise KeyError(fmt)


def _local(r, area):
    n = 8 if len(area) == 3 or area in ("0755", "0571", "0512", "0532", "0731", "0591", "0371", "0551",
                                         "0311", "0574", "0769", "0757") else 7
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def g_landline(r, fmt):
    a = r.choice(AREA8)
    loc = _local(r, a)
    if fmt == "dash":
        return "", f"{a}-{loc}", ""
    if fmt == "plain":
        return "", a + loc, ""
    if fmt == "paren":
        return "", f"({a}){loc}", ""
    if fmt == "local8":
        return "", loc, ""
    if fmt == "dash_ext":
        ext = r.choice(("806", "8012", "201", "6603", "102"))
        return "", f"{a}-{loc}", r.choice(("转", "转", "分机", "-")) + ext
    raise KeyError(fmt)


def g_email(r, fmt):
    if fmt == "qq_mail":
        qq = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.randint(6, 9)))
        return "", f"{qq}@qq.com", ""
    if fmt == "netease":
        u = r.choice((r.choice(PINYIN) + r.choice(GIVEN), r.choice(NICK) + r.choice(PINYIN),
                      r.choice(PINYIN) + r.choice(GIVEN) + str(r.randint(80, 99))))
        u += r.choice(("", str(r.randint(1, 999)), "_" + str(r.randint(1985, 2005))))
        return "", f"{u}@{r.choice(NETEASE)}", ""
    if fmt == "other_free":
        u = r.choice(NICK) + r.choice(("", ".", "_")) + r.choice(PINYIN) + str(r.randint(1, 9999))
        return "", f"{u}@{r.choice(OTHER_MAIL)}", ""
    if fmt == "corp":
        u = r.choice((f"{r.choice(GIVEN)}.{r.choice(PINYIN)}", r.choice(PINYIN) + r.choice(GIVEN),
                      r.choice(GIVEN)[0] + r.choice(PINYIN)))
        return "", f"{u}@{r.choice(CORP_MAIL)}", ""
    raise KeyError(fmt)


def _id(r, want_x=None):
    while True:
        y = r.randint(1968, 2012)
        mth = r.randint(1, 12)
        dmax = 28 if mth == 2 else (30 if mth in (4, 6, 9, 11) else 31)
        body = f"{r.choice(ID_REGIONS)}{y}{mth:02d}{r.randint(1, dmax):02d}{r.randint(1, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id_card(r, fmt):
    if fmt == "plain18":
        return "", _id(r, False), ""
    if fmt == "x_tail":
        v = _id(r, True)
        return "", (v if r.random() < 0.7 else v[:17] + "x"), ""
    if fmt == "space_6_8_4":
        v = _id(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, n):
    b = r.choice(BINS16 if n == 16 else BINS19)
    body = b + "".join(r.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def g_bank_card(r, fmt):
    if fmt == "plain16":
        return "", _card(r, 16), ""
    if fmt == "plain19":
        return "", _card(r, 19), ""
    if fmt in ("space4_16", "space4_19"):
        c = _card(r, 16 if fmt == "space4_16" else 19)
        return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    n = r.randint(6, 8) if fmt == "digits_short" else r.randint(9, 10)
    return "", str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1)), ""


def g_wechat(r, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "letters_digits":
        v = r.choice(NICK + PINYIN) + r.choice(("", r.choice(GIVEN))) + str(r.randint(1, 2005))
        if len(v) < 6:
            v = r.choice(NICK + PINYIN) + r.choice(GIVEN) + str(r.randint(1990, 2005))
        return "", v, ""
    if fmt == "underscore":
        return "", f"{r.choice(NICK)}_{r.choice(PINYIN)}{r.randint(0, 99)}", ""
    if fmt == "dash_mixed":
        return "", f"{r.choice(NICK).capitalize()}-{r.choice(GIVEN)}{r.randint(1, 999)}", ""
    raise KeyError(fmt)


def _plate_body(r, n):
    while True:
        s = "".join(r.choice("0123456789" if r.random() < 0.75 else PLATE_LETTERS) for _ in range(n))
        if sum(c.isalpha() for c in s) <= 2:
            return s


def g_plate(r, fmt):
    p, cities = r.choice(PLATE_PROV)
    c = r.choice(cities)
    if fmt == "std7":
        return "", p + c + _plate_body(r, 5), ""
    if fmt == "dot":
        return "", p + c + "·" + _plate_body(r, 5), ""
    if fmt == "ev8":
        return "", p + c + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""
    if fmt == "space":
        return "", p + c + " " + _plate_body(r, 5), ""
    if fmt == "lower":
        return "", (p + c + _plate_body(r, 5)).lower(), ""
    raise KeyError(fmt)


def _building(r):
    b = r.randint(1, 32)
    u = r.randint(1, 4)
    fl = r.randint(2, 33)
    room = f"{fl}{r.randint(1, 6):02d}"
    return r.choice((f"{b}栋{u}单元{room}", f"{b}幢{u}单元{room}室", f"{b}号楼{u}单元{room}",
                     f"{b}栋{room}室", f"{b}号楼{room}"))


def g_address(r, fmt):
    city, prov, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    road = r.choice(roads) + f"{r.randint(1, 2999)}号"
    est = r.choice(ESTATES)
    if fmt == "province_full":
        if prov is None:
            city, prov, dists = CITIES[2 + r.randint(0, len(CITIES) - 3)]
            dist, roads = r.choice(dists)
            road = r.choice(roads) + f"{r.randint(1, 2999)}号"
        return "", f"{prov}{city}{dist}{road}{est}{_building(r)}", ""
    if fmt == "city_full":
        return "", f"{city}{dist}{road}{r.choice(('', est))}{_building(r)}", ""
    if fmt == "district_road":
        return "", f"{dist}{road}", ""
    if fmt == "estate_building":
        return "", f"{est}{_building(r)}", ""
    if fmt == "estate_dash":
        return "", f"{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 32)}{r.randint(1, 4):02d}", ""
    if fmt == "tower_floor":
        return "", f"{city}{dist}{road}{r.choice(TOWERS)}{r.choice(('', 'B座', 'A座'))}{r.randint(2, 30)}层", ""
    raise KeyError(fmt)


GEN = {"mobile": g_mobile, "landline": g_landline, "email": g_email, "id_card": g_id_card,
       "bank_card": g_bank_card, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address}
FORMATS = {
    "mobile": (("plain", 10), ("space_344", 3), ("dash_344", 1), ("plus86", 1)),
    "landline": (("dash", 6), ("plain", 2), ("paren", 2), ("local8", 2), ("dash_ext", 2)),
    "email": (("qq_mail", 5), ("netease", 4), ("other_free", 2), ("corp", 2)),
    "id_card": (("plain18", 8), ("x_tail", 2), ("space_6_8_4", 1)),
    "bank_card": (("plain19", 6), ("plain16", 3), ("space4_19", 2), ("space4_16", 2)),
    "qq": (("digits_short", 2), ("digits_long", 3)),
    "wechat": (("letters_digits", 5), ("underscore", 3), ("wxid", 2), ("dash_mixed", 1)),
    "plate": (("std7", 8), ("dot", 2), ("ev8", 3), ("space", 1), ("lower", 1)),
    "address": (("city_full", 4), ("province_full", 2), ("district_road", 2), ("estate_building", 4),
                ("estate_dash", 2), ("tower_floor", 2)),
}

# --------------------------------------------------------------------------- near-miss generators


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def n_price(r):
    v = r.choice((r.choice((2680, 3999, 4580, 1999, 5880, 6800, 3280, 12800, 8800, 299, 399, 599)),
                  r.randint(2, 60) * 50))
    return r.choice((f"{v}元", f"¥{v}", f"{v}块", f"{v}", f"{v}.00元", f"{v}/年" if v > 1000 else f"{v}/节"))


def n_date_time(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    h = r.randint(7, 21)
    return r.choice((f"{m}月{d}号", f"{m}月{d}日{h}:{r.choice(('00', '30'))}", f"周{r.choice('一二三四五六日')}晚上{r.randint(6, 9)}点",
                     f"明天{h}:{r.choice(('00', '30', '15'))}", f"2026-{m:02d}-{d:02d}", f"{m}.{d}",
                     f"{h}点半", f"今晚{r.choice(('7', '8', '6'))}点"))


def n_member_no(r):
    return r.choice((f"M{_digits(r, 7, '0123')}", f"00{_digits(r, 6)}", f"VIP{_digits(r, 5)}",
                     f"FS{r.randint(2019, 2026)}{_digits(r, 4, '0123456789')}"))


def n_course_count(r):
    return r.choice((f"{r.randint(1, 48)}节", f"{r.randint(1, 48)}节课", f"{r.randint(1, 30)}次",
                     f"{r.randint(1, 12)}个月"))


def n_body_metric(r):
    return r.choice((f"体脂率{r.randint(12, 38)}.{r.randint(0, 9)}%", f"体重{r.randint(45, 105)}.{r.randint(0, 9)}kg",
                     f"腰围{r.randint(62, 105)}cm", f"BMI {r.randint(18, 31)}.{r.randint(0, 9)}",
                     f"基础代谢{r.randint(1150, 1900)}kcal", f"内脏脂肪等级{r.randint(3, 15)}",
                     f"骨骼肌{r.randint(18, 40)}.{r.randint(0, 9)}kg", f"心率{r.randint(120, 185)}",
                     f"{r.randint(45, 105)}.{r.randint(0, 9)}公斤", f"{r.randint(95, 199)}斤"))


def n_verify_code(r):
    return _digits(r, r.choice((4, 6)), "0123456789")


def n_locker_no(r):
    return r.choice((f"{r.choice('ABCD')}-{r.randint(1, 260):03d}", f"{r.randint(1, 480)}号", f"{r.choice('ABCD')}{r.randint(1, 260)}"))


def n_hotline(r):
    return r.choice((f"400-{_digits(r, 3, '1235689')}-{_digits(r, 4, '0123456789')}",
                     f"400{_digits(r, 7, '1235689')}", r.choice(("95588", "95533", "95555", "95566", "95599",
                                                                    "12315", "95017"))))


def n_order_no(r):
    return r.choice(("42000" + _digits(r, 5, "0123456789") + "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789"),
                     "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "2200" + _digits(r, 20, "0123456789")))


def n_refund_no(r):
    while True:
        v = r.choice(("5030" + _digits(r, 14, "0123456789"), "2026" + _digits(r, 12, "0123456789"),
                      "60" + _digits(r, 17, "0123456789")))
        if not _luhn_ok(v) and not (len(v) == 18 and _id_ok(v)):
            return v


def n_voucher(r):
    d = _digits(r, 12, "0123456789")
    return r.choice((d, f"{d[:4]} {d[4:8]} {d[8:]}"))


def n_contract(r):
    while True:
        v = "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789")
        if not _id_ok(v) and not _luhn_ok(v):
            return r.choice((v, "HT" + v))


def n_invoice(r):
    return "26" + _digits(r, 2, "0123456789") + "2000000" + _digits(r, 9, "0123456789")


def n_credit_code(r):
    return "91" + r.choice(("310104", "440300", "330106", "110105", "510107")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def n_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399)}", f"负{r.choice('一二')}层{r.choice('ABC')}区",
                     f"B{r.randint(1, 2)}层{r.choice('ABCDE')}{r.randint(10, 99)}"))


def n_room_name(r):
    return r.choice(("2号操房", "单车房", "瑜伽室", "3楼大操房", "搏击区", "普拉提教室", "1号操课室",
                     "自由力量区", "泳池", "4号私教区"))


def n_tail(r):
    return _digits(r, 4, "0123456789")


def n_masked(r):
    return r.choice((f"{r.choice(MOBILE_PREFIXES)}****{_digits(r, 4, '0123456789')}",
                     f"{r.choice(MOBILE_PREFIXES)}******{_digits(r, 2, '0123456789')}"))


def n_masked_card(r):
    return r.choice((f"{r.choice(BINS19)[:4]} **** **** {_digits(r, 4, '0123456789')}",
                     f"{r.choice(BINS16)}******{_digits(r, 4, '0123456789')}",
                     f"{r.choice(BINS19)[:4]}***********{_digits(r, 4, '0123456789')}"))


def n_wifi(r):
    return r.choice(("fit88888888", "12345678", "gym666666", "Welcome2026", "88888888", "superfit123"))


def n_store(r):
    return r.choice(("徐汇店", "静安店", "张江店", "金桥店", "万象城店", "望京店", "五道口店", "天河店",
                     "南山店", "滨江店", "春熙路店", "光谷店", "陆家嘴店", "西溪店"))


def n_duration(r):
    return r.choice((f"{r.choice((30, 45, 60, 90))}分钟", f"{r.choice((1, 1.5, 2))}小时", "一个半小时", "40分钟"))


def n_workdays(r):
    return r.choice((f"{r.randint(1, 3)}-{r.randint(5, 7)}个工作日", f"{r.randint(3, 7)}个工作日", f"{r.randint(2, 7)}天"))


def n_discount(r):
    return r.choice(("8.8折", "9折", "7.5折", "买一年送两个月", "满3000减300", "第二人半价"))


def n_class_code(r):
    return r.choice((f"YG{_digits(r, 4, '0123456789')}", f"SPIN-{r.randint(1, 30):02d}", f"{r.choice('ABC')}{r.randint(100, 999)}",
                     f"HIIT{r.randint(1, 12):02d}"))


def n_height(r):
    return r.choice((f"{r.randint(150, 190)}cm", f"身高{r.randint(150, 190)}", f"{r.randint(1, 1)}米{r.randint(55, 88)}"))


def n_postal(r):
    return r.choice(("200030", "100020", "510620", "518057", "310012", "610041", "430072", "210008"))


NEAR_GEN = {"price": n_price, "date_time": n_date_time, "member_no": n_member_no, "course_count": n_course_count,
            "body_metric": n_body_metric, "verify_code": n_verify_code, "locker_no": n_locker_no,
            "hotline": n_hotline, "order_no": n_order_no, "refund_no": n_refund_no, "voucher_code": n_voucher,
            "contract_no": n_contract, "invoice_no": n_invoice, "credit_code": n_credit_code,
            "parking_spot": n_parking, "room_name": n_room_name, "tail_digits": n_tail, "masked": n_masked,
            "wifi_pwd": n_wifi, "store": n_store, "duration": n_duration, "workdays": n_workdays, "masked_card": n_masked_card, "discount": n_discount,
            "class_code": n_class_code, "height": n_height, "postal_code": n_postal}

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "你好，我想预约一节体验课，电话{mobile}",
    "{mobile} 这是我手机号，到时候教练直接打我就行",
    "体验课登记：手机{mobile}，{~date_time}能来",
    "会籍顾问您好，我朋友也想来试试，她电话是{mobile}，你们联系下她吧",
    "办卡信息\n手机号：{mobile}\n身份证：{id_card}\n卡种：年卡",
    "身份证号{id_card}，年卡实名登记用的",
    "合同上要填身份证吗？{id_card} 这个",
    "转卡给我老婆，她的身份证{id_card}，手机{mobile}",
    "受让人信息：{id_card} 电话{mobile} 转卡手续费{~price}已付",
    "退款麻烦打到这张卡：{bank_card} 建设银行",
    "{bank_card}\n招商银行 深圳分行",
    "卡号{bank_card}，退剩下{~course_count}私教课的钱",
    "银行卡 {bank_card} 工行的 户名就是我本人",
    "停车帮我登记一下 车牌{plate}",
    "{plate} 今天来上课，麻烦前台放行一下",
    "我车牌号换了，新的是{plate}，原来那个{plate}删掉吧",
    "会员免费停车2小时，车牌{plate}，停在{~parking_spot}",
    "车牌 {plate}\n手机 {mobile}\n麻烦登记月卡停车",
    "加我微信吧{wechat}，课表发你",
    "教练我微信号{wechat}，搜不到的话加手机号{mobile}",
    "我的微信：{wechat} 备注私教",
    "vx {wechat}",
    "微信号是{wechat}，拉我进减脂营的群",
    "QQ{qq}，我电脑上收一下体测报告",
    "体测报告发我邮箱{email}吧，谢谢",
    "{email} 发票开好发这个邮箱",
    "发票抬头我一会发你，邮箱{email}，税号{~credit_code}",
    "合同电子版发{email}，抄送{email}",
    "家庭住址：{address}",
    "快递寄到{address}，收件电话{mobile}",
    "会员礼包寄到这里 {address} 电话{mobile}",
    "我住{address}，离你们店近吗",
    "我们店地址是{address}，到了给前台打电话{landline}",
    "门店座机{landline}，营业时间早7点到晚10点都有人接",
    "打前台电话{landline}问一下就行",
    "这是我们总部客服电话{landline}，投诉建议也可以打这个",
    "紧急联系人电话{mobile}（我妈）",
    "私教课预约：{~date_time}，手机{mobile}",
    "QQ号{qq}，微信{wechat}，都可以",
    "qq：{qq}",
    "我QQ邮箱{email}",
    "{mobile}\n{id_card}\n年卡续费",
    "入会登记表：\n电话：{mobile}\n邮箱：{email}\n住址：{address}",
    "新店在{address}，下个月开业，老会员可以通店",
    "🏋️ 本周六{~date_time}燃脂团课，地点{address}，报名找前台{landline}",
    "教练好，我是昨天体验课那个，{mobile}，想问下私教怎么收费",
    "你好 我手机号换了 新号{mobile} 旧号{mobile}不用了",
    "我车{plate}，今晚大概{~date_time}到",
    "停车场收我钱了，车牌{plate}，不是说会员免费吗😤",
    "退款到账了吗？就是之前发你的{bank_card}，尾号{~tail_digits}那张",
    "帮我查一下这个身份证{id_card}名下是不是还有一张卡没用完",
    "儿童游泳课报名，家长电话{mobile}，孩子身份证{id_card}",
    "这是我朋友的车牌{plate}，她跟我一起来练，能一起登记吗",
    "我的私教课转给{mobile}这个号的会员，剩{~course_count}",
    "收货地址{address} 蛋白粉寄过来就行",
    "麻烦把储物柜押金退到{bank_card}，农行",
    "{wechat} 这是我微信，加一下，我把体测数据发你",
    "加我vx：{wechat}",
    "邮箱是{email}吗？我看下是不是写错了",
    "前台帮我查下，{mobile}这个号是不是登记了两次",
    "会员手机{mobile}，卡号{~member_no}，续课{~course_count}",
    "座机也留一个吧 {landline} 公司的",
    "单位电话{landline}，白天打这个",
    "电话：{landline}\n地址：{address}",
    "团课群通知：{~date_time}普拉提课改到{~room_name}，有问题私信我或打{mobile}",
    "我住{address}，周末可以去你们{~store}练",
    "{address}\n{mobile}\n寄这里谢谢",
    "兑换的毛巾寄我家，{address}，放门卫就行",
    "紧急联系人：我老公 {mobile}",
    "身份证号码：{id_card}\n手机号码：{mobile}\n银行卡号：{bank_card}\n开户行：工商银行",
    "退卡申请\n会员卡号{~member_no}\n退款账户{bank_card}\n联系电话{mobile}",
    "👉{mobile} 这个号码打不通的话加我微信{wechat}",
    "停车登记 {plate} {mobile}",
    "好的，您的车牌{plate}已经登记，有效期到{~date_time}",
    "我有两辆车 {plate} 和 {plate}，都登记下可以吗",
    "您好，您的体验课已预约成功，时间{~date_time}，门店地址：{address}，联系电话{landline}",
    "导航搜{address}就能到，停车在地下",
    "教练，我QQ{qq}，训练计划发QQ上方便打印",
    "保险信息 孩子身份证{id_card} 家长手机{mobile}",
    "教练我邮箱换了 现在用{email}",
    "发这个邮箱就行{email}",
    "我微信号就是手机号，{mobile}",
    "微信搜{wechat}就是我",
    "我表姐也想办卡，你加她微信{wechat}聊",
    "转卡的话需要双方身份证，对方的是{id_card}",
    "身份证{id_card}，名字跟合同上一样的",
    "{id_card} 这是我身份证号 上次办卡的时候登记错了",
    "刷卡进不去 手机号{mobile}登记的 是不是过期了",
    "前台小姐姐，我把工卡落在{~locker_no}柜子里了，我电话{mobile}",
    "分店电话：{~store}{landline}，{~store}{landline}",
    "开发票：单位地址{address} 电话{landline}",
    "公司名称：上海某某科技有限公司\n税号：{~credit_code}\n地址电话：{address} {landline}",
    "我qq{qq} 微信不常用",
    "上课的时候车停在门口，{plate}，别给我贴条啊哈哈",
    "车牌{plate}，B2停的，出来的时候帮我抬下杆",
    "你们{address}这个店还开着吗",
    "团购券用不了，我手机{mobile}，券码{~voucher_code}",
    "订单{~order_no}退款到{bank_card}了吗",
    "好的，已为您登记，车牌{plate}，手机号{mobile}",
    "搬家了，新地址{address}，以后快递寄这",
    "私教课签到\n{~date_time} 会员手机{mobile} 剩余{~course_count}",
    "QQ:{qq}\n邮箱:{email}",
    "我不用微信，QQ {qq}",
    "我在{address}上班，午休能来练吗",
    "我家{address}，离{~store}近还是{~store}近",
    "他的身份证号码是{id_card}，转卡手续今天能办完吗？",
    "报名表已收到，手机{mobile}、身份证{id_card}，我们这边审核下",
    "退款账户：{bank_card}（中国银行）",
    "卡号发你了 {bank_card}",
    "客户电话{mobile}，明天回访一下体验感",
    "@所有人 今晚{~date_time}的搏击课改到{~room_name}，代课教练电话{mobile}",
    "{plate}、{plate}、{plate} 这三辆今晚登记了，其他人私信我",
    "邮箱 {email} 身份证 {id_card}",
    "wx:{wechat} 电话:{mobile}",
    "加我微信{wechat}\n或者打我电话{mobile}",
    "地址发你：{address}",
    "我是{address}的业主，你们社区店有优惠吗",
    "座机{landline}，找会籍部",
    "车牌是{plate}吗？系统里查不到",
    "电话{mobile}，微信同号",
    "我的银行卡{bank_card}，退款就打这里",
    "教练 我住{address} 上门私教能来吗",
    "发我QQ邮箱吧 {email}",
    "{qq}是我QQ，加的时候备注健身",
    "嗯嗯 {mobile}",
    "好的教练，手机是{mobile}，明天{~date_time}见💪",
    "麻烦帮我改下预留手机号，改成{mobile}，谢谢",
    "身份证:{id_card}\n银行卡:{bank_card}\n退款{~price}",
    "您好，退款需要您提供银行卡号和开户行，{~workdays}内到账。\n—— {bank_card} 建行 上海分行",
    "车牌号码{plate}，月租车位{~parking_spot}",
    "我老公开车送我，车牌{plate}，就停一会",
    "请问{address}那家店也能用我的卡吗",
    "我司地址：{address}，团建包场联系我 {mobile}",
    "企业团课合作，对接人电话{landline}，邮箱{email}",
    "体测报告已发送至{email}，请查收～",
    "嗯 qq号 {qq}",
    "我的QQ是{qq}，微信是{wechat}",
    "营业执照上的地址是{address}",
    "我QQ是{qq}，饮食记录表能发我QQ吗",
    "加下QQ {qq} 我把训练视频传你",
    "手机好{mobile} 打这个就行",
    "身份证号发您了{id_card}，另外车牌{plate}也帮我绑一下",
    "教练你的QQ是{qq}吗？我加了没通过",
)

NEAR_TEMPLATES = (
    "会员卡号{~member_no}，还剩{~course_count}",
    "年卡现在活动价{~price}，原价{~price}",
    "体测结果：{~body_metric}，{~body_metric}，{~body_metric}",
    "今天{~body_metric}，比上周掉了两斤😄",
    "预约{~date_time}的私教课，可以吗",
    "退款{~price}已原路退回，预计{~workdays}到账",
    "您的验证码是{~verify_code}，5分钟内有效",
    "储物柜{~locker_no}的钥匙丢了，怎么办",
    "卡有问题可以打银行客服{~hotline}问问",
    "订单号{~order_no}",
    "退款单号{~refund_no}，银行那边可以查",
    "券码{~voucher_code}，美团买的体验课",
    "合同编号{~contract_no}，请核对",
    "发票号码{~invoice_no}，金额{~price}",
    "车停{~parking_spot}了，几点前出场免费？",
    "{~date_time}的瑜伽课在{~room_name}",
    "尾号{~tail_digits}的卡是我的",
    "手机号{~masked}是你吗",
    "{~body_metric}，今天练猛了",
    "私教课{~course_count}打包价{~price}",
    "WiFi密码{~wifi_pwd}",
    "转卡手续费{~price}，{~date_time}前来店里办理",
    "我们{~store}今天{~date_time}闭店消杀，请大家改约其他门店",
    "团课群：{~date_time} 单车课 还剩{~course_count}名额",
    "交易单号{~order_no}，付了{~price}",
    "{~date_time} 体测\n{~body_metric}\n{~body_metric}\n{~body_metric}",
    "私教课每节{~price}，买{~course_count}送2节",
    "活动{~discount}，截止{~date_time}",
    "停卡最长{~course_count}，手续费{~price}",
    "课程编号{~class_code}，{~date_time}开课",
    "今天练了{~duration}，{~body_metric}",
    "{~height} {~body_metric} 想减到{~body_metric}",
    "支付宝转账{~price}，流水号{~order_no}",
    "已退款，退款单号：{~refund_no}，{~workdays}到账",
    "您的会员卡{~member_no}将于{~date_time}到期，续费享{~discount}",
    "储物柜钥匙押金{~price}，柜号{~locker_no}",
    "教练说我{~body_metric}偏高，要控制饮食",
    "{~date_time}约了私教，帮我留{~room_name}",
    "{~store}的团课表发一下呗",
    "预约成功！{~date_time} {~room_name} 燃脂搏击 {~duration}",
    "月卡{~price} 季卡{~price} 年卡{~price}",
    "客服热线{~hotline}，工作时间9:00-18:00",
    "核销码{~verify_code}，到店出示即可",
    "我在{~store}办的卡，能去{~store}上课吗",
    "这张卡{~masked_card}退款了吗",
    "发票已开，号码{~invoice_no}，税号{~credit_code}",
    "合同{~contract_no}里写的是{~course_count}私教",
    "哪位把车停{~parking_spot}了，挡住出口了，麻烦挪一下",
    "上周{~body_metric}，这周{~body_metric}，有效果👍",
    "寄件地邮编{~postal_code}对吗",
    "这周{~date_time}和{~date_time}各练一次",
    "手牌{~locker_no}，洗完澡发现毛巾没了",
    "您好，您本次消费{~price}，剩余课时{~course_count}",
    "刷脸不行就报会员号{~member_no}",
    "退款已提交，单号{~refund_no}，金额{~price}",
    "尾号{~tail_digits}那张卡已经注销了，换一张",
    "微信支付{~price}，商户单号{~order_no}",
    "HIIT课{~class_code}满员了，候补第3个",
    "今天心率区间练了{~duration}，{~body_metric}",
    "学员{~masked}已签到，付款卡{~masked_card}",
    "团购{~voucher_code}核销失败，提示已使用",
    "{~date_time}前续费{~discount}",
    "喊一下群里 {~date_time}上课的{~room_name}空调坏了，课程改到{~room_name}",
    "门禁密码{~verify_code}#，用完请关门",
    "体验价{~price}，{~duration}一对一",
    "会员号{~member_no}，冻结到{~date_time}",
    "我身高{~height}，{~body_metric}，算胖吗",
    "信用卡分期的话打{~hotline}问银行",
    "合同编号：{~contract_no}\n签约日期：{~date_time}\n金额：{~price}",
    "蛋白粉{~price}一桶，会员{~discount}",
)

# --------------------------------------------------------------------------- builder

_MARK = re.compile(r"\{(~?)([a-z_]+)\}")


def _pick_fmt(r, kind):
    tab = FORMATS[kind]
    return r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]


def _render(r, tpl, forced=None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    used_force = False
    last = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        near, kind = m.group(1), m.group(2)
        if near:
            v = NEAR_GEN[kind](r)
            nears.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if forced and forced[0] == kind and not used_force:
            fmt = forced[1]
            used_force = True
        else:
            fmt = _pick_fmt(r, kind)
        pre, v, suf = GEN[kind](r, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(v)))
        fmts.append(fmt)
        out.append(v + suf)
        pos += len(v) + len(suf)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []
    by_kind = {k: [i for i, t in enumerate(PII_TEMPLATES) if "{" + k + "}" in t] for k in KINDS}
    for kind in KINDS:
        for fmt, _ in FORMATS[kind]:
            cands = list(by_kind[kind])
            r.shuffle(cands)
            for j in range(FORCE_PER_FMT):
                ti = cands[j % len(cands)]
                rows.append(_render(r, PII_TEMPLATES[ti], (kind, fmt)))
                tids.append(f"p{ti}")
    while len(rows) < N_PII_ROWS:
        ti = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[ti]))
        tids.append(f"p{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[ti]))
        tids.append(f"n{ti}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": [SPLIT] * len(order),
    })


def make_blind70_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- check

_PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·]?[A-HJ-NP-Za-hj-np-z0-9]{5,6}$")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_ADDR_START = "省市区县镇村路街" + "".join(ESTATES)


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        n2 = re.sub(r"[()]", "", n)
        assert re.fullmatch(r"(0\d{2,3})?[2-8]\d{6,7}", n2), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", v), v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in ID_REGIONS, v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{5,10}", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert _PLATE_RE.match(v), v
    elif kind == "address":
        assert _ADDR_END.search(v) and not v.startswith(("，", " ")), v
    assert v == v.strip(), v


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (text, k, s, e)
            _check_value(k, text[s:e])
            # the value is not glued to more digits / letters of the same run
            glue = str.isdigit if k in ("mobile", "landline", "id_card", "bank_card", "qq") else \
                (lambda ch: ch.isascii() and (ch.isalnum() or ch in "_-@."))
            if s > 0 and k != "address" and not text[:s].endswith("+86"):
                assert not glue(text[s - 1]), (text, k)
            if e < len(text) and k != "address":
                assert not glue(text[e]), (text, k)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR_GEN and 0 <= s < e <= len(text), (text, k)
            v = text[s:e]
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
    assert df.equals(make_blind70_corpus())  # deterministic
    assert df.equals(make_blind70_corpus())
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

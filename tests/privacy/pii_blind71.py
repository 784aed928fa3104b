"""Seventy-first blind PII corpus (``split == "blind71"``): driving-school WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十八位写手")
under the blind-writer rules.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the first lines of
``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl`` for chat tone.  It
read nothing else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, other corpora or tests, and no git history.  It never imported
``toolkit`` and never ran any masking / finding function on this data.

What is different here: the trade is DRIVING SCHOOLS.  Messages are WeCom 1:1
and group chats between enrolment staff (招生老师), coaches (教练) and
students (学员): registration with ID numbers and home addresses, medical
check and photo receipts sent by e-mail / QQ, exam bookings with the exam
centre's address, practice-car plates (including coach plates ending in
``学``), fees, instalments and refunds to bank cards, pick-up points, and
coach group chats (``@所有人`` notices, line breaks, emoji, typos such as
身份正号 / 手机好).  Near-misses are the numbers such chats are full of:
fees and refunds, exam dates and times, exam scores, study hours, car numbers
(3号车), exam routes, licence classes (C1/C2), vision and height from the
medical check, student / receipt / payment-transaction numbers, hotlines
(400/12123/122/12345), verification codes, masked values, tail digits,
places without a house number, postal codes, card-length numbers failing
Luhn and ID-shaped numbers failing the check digit.

Seed
----
``SEED = "blind71-driving-school-第七十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; value only: cue words, ``+86`` / ``86-``
prefixes and extensions ``转806`` / ``-806`` / ``分机806`` are outside,
separators inside a value are inside; an address runs from its first place
unit to its last house-level unit), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``, must NOT be masked),
``split`` (always ``"blind71"``).

Counts (``python tests/privacy/pii_blind71.py``)
------------------------------------------------
rows=1580, pii_rows=893, near_rows=687, entities=1195
(mobile 272, address 236, plate 148, id_card 131, bank_card 99, email 84,
wechat 78, landline 77, qq 70);
near-miss spans=1422 (1197 in near-miss rows), 28 near-miss kinds
(fee 245, date 168, time 121, duration 84, place_only 82, score 58, route 57,
hotline 54, masked 52, licence_class 48, verify_code 39, hours 38, car_no 37,
class_group 36, vision 35, receipt_no 29, bad_card 29, bad_id 28,
student_no 28, people 27, tail_digits 26, height 19, pay_txn 19, url 18,
photo_receipt 16, postal_code 10, distance 10, percent 9);
formats=48 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind71-driving-school-第七十八位写手"
SPLIT = "blind71"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return _luhn_digit(s[:-1]) == s[-1]


_VOICE = {"幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
          "八": "8", "九": "9", "零": "0", "洞": "0"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_VOICE.get(c, c) for c in s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# --------------------------------------------------------------------------- value tables

_REGIONS = ("110105", "110108", "310104", "310115", "440106", "440111", "440113", "440304", "440306",
            "441900", "330106", "330108", "320102", "320506", "510107", "510124", "420106", "430104",
            "430121", "370202", "610113", "500103", "350203", "120104", "210102", "410105", "130102",
            "450103", "360102", "530102", "340104", "441302", "445202", "431102", "511324", "412726")

_MOB_PRE = ("134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159",
            "172", "178", "182", "183", "184", "187", "188", "195", "198", "130", "131", "132", "155",
            "156", "166", "175", "176", "185", "186", "133", "153", "173", "177", "180", "181", "189",
            "191", "199")

# (BIN, length)
_BINS_UP = (("621700", 19), ("622848", 19), ("621226", 19), ("622202", 19), ("622262", 19),
            ("621661", 19), ("623668", 19), ("621799", 19), ("622908", 18 + 1), ("622588", 16),
            ("621483", 16), ("625965", 16), ("622155", 16), ("622689", 16))
_BINS_VM = (("438088", 16), ("404119", 16), ("427020", 16), ("524047", 16), ("518710", 16),
            ("552534", 16), ("356889", 16))
_BINS_95 = (("955880", 19), ("955990", 19), ("955910", 19))

# (prov, city, plate, area, local_len, districts[(dist, roads, estates)], rural[(county, town, village)])
_CITIES = (
    ("广东省", "广州市", "粤A", "020", 8,
     (("天河区", ("中山大道西", "黄埔大道中", "岗顶路", "天河北路"), ("华景新城", "骏景花园", "侨林苑")),
      ("白云区", ("机场路", "同和路", "白云大道北"), ("金沙洲新社区", "嘉禾新村")),
      ("番禺区", ("迎宾路", "汉溪大道东", "市莲路"), ("祈福新邨", "丽江花园", "星河湾"))),
     (("从化区", "太平镇", "飞鹅村"), ("增城区", "正果镇", "兰溪村"))),
    ("广东省", "深圳市", "粤B", "0755", 8,
     (("南山区", ("科技园路", "南海大道", "桃园路"), ("桃源村", "蔚蓝海岸", "荔林春晓")),
      ("宝安区", ("宝安大道", "新湖路", "西乡大道"), ("碧海花园", "海滨广场", "尚都花园")),
      ("龙岗区", ("龙翔大道", "深惠路", "布澜路"), ("中海怡翠山庄", "万科第五园"))),
     (("龙岗区", "坪地街道", "六联社区"),)),
    ("广东省", "东莞市", "粤S", "0769", 8,
     (("南城街道", ("鸿福路", "元美路"), ("百悦尚城", "金众花园")),
      ("长安镇", ("长青北路", "莲峰北路"), ("万科城", "锦厦新村"))),
     (("东莞市", "麻涌镇", "大步村"),)),
    ("浙江省", "杭州市", "浙A", "0571", 8,
     (("西湖区", ("文三路", "古墩路", "天目山路"), ("翠苑一区", "嘉绿苑", "西溪诚园")),
      ("余杭区", ("文一西路", "五常大道"), ("良渚文化村", "万科未来城"))),
     (("桐庐县", "分水镇", "东溪村"),)),
    ("江苏省", "苏州市", "苏E", "0512", 8,
     (("工业园区", ("星湖街", "苏州大道东"), ("湖左岸", "玲珑湾")),
      ("吴中区", ("东吴北路", "宝带东路"), ("东湖大郡", "尹山湖花园"))),
     (("常熟市", "虞山镇", "湖圩村"),)),
    ("湖南省", "长沙市", "湘A", "0731", 8,
     (("岳麓区", ("麓山南路", "枫林三路", "桐梓坡西路"), ("中海国际社区", "奥克斯广场")),
      ("雨花区", ("万家丽中路", "劳动东路"), ("圭塘新村", "融科东南海"))),
     (("长沙县", "黄兴镇", "蓝田村"), ("宁乡市", "花明楼镇", "炭子冲村"))),
    ("四川省", "成都市", "川A", "028", 8,
     (("武侯区", ("科华北路", "玉林南路", "佳灵路"), ("玉林小区", "棕北小区")),
      ("郫都区", ("望丛东路", "红旗大道北段"), ("蜀都新邨", "锦宸花园"))),
     (("新津区", "花源街道", "白云村"),)),
    ("湖北省", "武汉市", "鄂A", "027", 8,
     (("洪山区", ("珞喻路", "雄楚大道"), ("光谷新世界", "保利华都")),
      ("江夏区", ("文化大道", "纸坊大街"), ("碧桂园凤凰湾",))),
     (("黄陂区", "前川街道", "鲁台村"),)),
    ("", "北京市", "京", "010", 8,
     (("朝阳区", ("朝阳北路", "广渠路", "双桥东路"), ("首开常青藤", "远洋一方")),
      ("昌平区", ("回龙观西大街", "霍营街"), ("龙泽苑", "天通苑北一区"))),
     (("大兴区", "礼贤镇", "东段家务村"),)),
    ("", "上海市", "沪", "021", 8,
     (("浦东新区", ("张杨路", "锦绣路", "川沙路"), ("金桥新城", "三林世博家园")),
      ("闵行区", ("七莘路", "沪闵路", "莘松路"), ("春申景城", "莘庄新家园"))),
     (("崇明区", "城桥镇", "侯南村"),)),
    ("湖南省", "永州市", "湘M", "0746", 7,
     (("冷水滩区", ("零陵中路", "凤凰路"), ("湘永丽都", "滨江新城")),),
     (("祁阳市", "黎家坪镇", "石门村"),)),
    ("陕西省", "宝鸡市", "陕C", "0917", 7,
     (("渭滨区", ("经二路", "清姜路"), ("金台小区", "清姜小区")),),
     (("岐山县", "蔡家坡镇", "东阳村"),)),
)

_MUNICIPAL_PLATE = {"京": "ABCEFGHJKLMNPQ", "沪": "ABCDEFGHJKLMN"}
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_AN = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_PY = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
       "zhu", "hu", "guo", "he", "lin", "luo", "gao", "liang", "zheng", "xie", "tang", "deng", "feng")
_GIVEN = ("wei", "fang", "na", "min", "jing", "lei", "qiang", "jun", "yan", "jie", "tao", "ming", "chao",
          "xiu", "hui", "peng", "hao", "yu", "xin", "ting", "bo", "kai", "jia", "lan", "dan", "yun")
_WX_WORDS = ("coach", "jiaolian", "jx", "driver", "xueche", "sunny", "lucky", "momo", "xiaoyu", "ahua",
             "tiantian", "kevin", "amy", "jack", "lily", "daisy")


# --------------------------------------------------------------------------- format generators
# each returns (pre, value, post); pre / post are outside the span


def _mobile_raw(r: random.Random) -> str:
    return r.choice(_MOB_PRE) + "".join(r.choice("0123456789") for _ in range(8))


_VWORD = "零幺二三四五六七八九"


def _mob(r, fmt):
    s = _mobile_raw(r)
    if fmt == "plain_11":
        return "", s, ""
    if fmt == "space_344":
        return "", f"{s[:3]} {s[3:7]} {s[7:]}", ""
    if fmt == "dash_344":
        return "", f"{s[:3]}-{s[3:7]}-{s[7:]}", ""
    if fmt == "prefix_86":
        return r.choice(("+86 ", "+86", "+86-", "86-", "0086 ")), s, ""
    if fmt == "fullwidth":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in s), ""
    if fmt == "voice_words":
        return "", "".join(_VWORD[int(c)] for c in s), ""
    raise KeyError(fmt)


def _tel(r, fmt):
    c = r.choice(_CITIES)
    area, n = c[3], c[4]
    local = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
    if fmt == "area_dash":
        return "", f"{area}-{local}", ""
    if fmt == "area_paren":
        return "", r.choice((f"({area}){local}", f"（{area}）{local}")), ""
    if fmt == "area_plain":
        return "", area + local, ""
    if fmt == "area_space":
        return "", f"{area} {local}", ""
    if fmt == "area_dash_ext":
        ext = r.choice(("806", "8012", "203", "6", "112"))
        return "", f"{area}-{local}", r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}"))
    if fmt == "local_only":
        return "", local, ""
    raise KeyError(fmt)


def _id_raw(r, want_x=None):
    while True:
        y = r.randint(1968, 2007)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        body = f"{r.choice(_REGIONS)}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        s = body + _id_check(body)
        if want_x is None or (s[-1] == "X") == want_x:
            return s


def _idc(r, fmt):
    if fmt == "plain_18":
        return "", _id_raw(r, False), ""
    if fmt == "check_x_upper":
        return "", _id_raw(r, True), ""
    if fmt == "check_x_lower":
        return "", _id_raw(r, True).lower(), ""
    if fmt == "space_6_8_4":
        s = _id_raw(r)
        return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
    raise KeyError(fmt)


def _card_raw(r, bins):
    b, n = r.choice(bins)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def _grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def _bank(r, fmt):
    if fmt == "unionpay_19":
        return "", _card_raw(r, tuple(x for x in _BINS_UP if x[1] == 19)), ""
    if fmt == "unionpay_16":
        return "", _card_raw(r, tuple(x for x in _BINS_UP if x[1] == 16)), ""
    if fmt == "space_4444":
        return "", _grp4(_card_raw(r, _BINS_UP + _BINS_VM)), ""
    if fmt == "visa_master_16":
        return "", _card_raw(r, _BINS_VM), ""
    if fmt == "domestic_95_19":
        return "", _card_raw(r, _BINS_95), ""
    if fmt == "dash_4444":
        return "", _grp4(_card_raw(r, _BINS_UP), "-"), ""
    raise KeyError(fmt)


def _qq_raw(r, lo, hi):
    n = r.randint(lo, hi)
    return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _qq(r, fmt):
    if fmt == "digits_8_10":
        return "", _qq_raw(r, 8, 10), ""
    if fmt == "digits_5_7":
        return "", _qq_raw(r, 5, 7), ""
    if fmt == "digits_11":
        return "", _qq_raw(r, 11, 11), ""
    raise KeyError(fmt)


def _wx(r, fmt):
    py = r.choice(_PY) + r.choice(_GIVEN)
    if fmt == "pinyin_digits":
        return "", py + str(r.choice((r.randint(1, 99), r.randint(1975, 2006), r.randint(100, 999)))), ""
    if fmt == "underscore":
        return "", r.choice((f"{r.choice(_WX_WORDS)}_{py}", f"{py}_{r.randint(1, 999)}",
                             f"{r.choice(_PY)}_{r.choice(_WX_WORDS)}{r.randint(1, 99)}")), ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash":
        return "", f"{r.choice(_WX_WORDS)}-{py}{r.randint(1, 99)}", ""
    if fmt == "mixed_case":
        w = r.choice(_WX_WORDS)
        return "", w[0].upper() + w[1:] + r.choice(_PY).capitalize() + str(r.randint(1, 9999)), ""
    raise KeyError(fmt)


def _mail(r, fmt):
    py = r.choice(_PY) + r.choice(_GIVEN)
    if fmt == "qq_digits":
        return "", _qq_raw(r, 7, 10) + r.choice(("@qq.com", "@qq.com", "@QQ.com")), ""
    if fmt == "pinyin_163":
        return "", py + r.choice(("", str(r.randint(1980, 2006)), str(r.randint(1, 999)))) + \
            r.choice(("@163.com", "@126.com", "@sina.com", "@139.com", "@yeah.net")), ""
    if fmt == "dotted_intl":
        return "", f"{r.choice(_PY)}.{r.choice(_GIVEN)}{r.randint(1, 99)}" + \
            r.choice(("@outlook.com", "@gmail.com", "@hotmail.com", "@icloud.com")), ""
    if fmt == "corp_domain":
        return "", f"{py}@" + r.choice(("dongfangjx.com", "szhuayu.com.cn", "gz-jiaxiao.cn", "xdf.cn",
                                       "vip.163.com", "foxmail.com")), ""
    raise KeyError(fmt)


def _plate(r, fmt):
    c = r.choice(_CITIES)
    pre = c[2]
    if len(pre) == 1:
        pre += r.choice(_MUNICIPAL_PLATE[pre])
    prov, city = pre[0], pre[1]
    if fmt == "coach_xue":
        return "", prov + city + "".join(r.choice("0123456789") for _ in range(4)) + "学", ""
    if fmt == "nev_8":
        return "", prov + city + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""
    tail = "".join(r.choice("0123456789") for _ in range(5))
    if r.random() < 0.45:
        i = r.randint(0, 2)
        tail = tail[:i] + r.choice(_PLATE_LET) + tail[i + 1:]
    if fmt == "std_7":
        return "", prov + city + tail, ""
    if fmt == "dot_7":
        return "", prov + city + r.choice(("·", "•", ".")) + tail, ""
    if fmt == "space_7":
        return "", f"{prov}{city} {tail}", ""
    if fmt == "lower_letter":
        return "", prov + city.lower() + tail.lower(), ""
    raise KeyError(fmt)


def _room(r):
    f = r.randint(2, 32)
    return f"{f}{r.randint(1, 8):02d}"


def _addr(r, fmt):
    c = r.choice(_CITIES)
    prov, city = c[0], c[1]
    dist, roads, estates = r.choice(c[5])
    road = r.choice(roads) + f"{r.randint(1, 1288)}号"
    est = r.choice(estates)
    b = r.randint(1, 36)
    if fmt == "prov_full":
        c = r.choice(tuple(x for x in _CITIES if x[0]))
        dist, roads, estates = r.choice(c[5])
        return "", c[0] + c[1] + dist + r.choice(roads) + f"{r.randint(1, 1288)}号", ""
    if fmt == "city_road_no":
        return "", city + dist + road, ""
    if fmt == "district_road_no":
        return "", dist + road, ""
    if fmt == "estate_building_room":
        tail = r.choice((f"{b}栋{r.randint(1, 4)}单元{_room(r)}室", f"{b}幢{_room(r)}室",
                         f"{b}号楼{r.randint(1, 4)}单元{_room(r)}", f"{b}栋{_room(r)}房"))
        return "", r.choice((city + dist, dist, city + dist + road)) + est + tail, ""
    if fmt == "estate_bare_room":
        return "", r.choice((city + dist, dist)) + est + f"{b}栋{_room(r)}", ""
    if fmt == "estate_dash_room":
        return "", r.choice((city + dist, dist)) + est + f"{b}-{r.randint(1, 4)}-{_room(r)}", ""
    if fmt == "village_group":
        county, town, village = r.choice(c[6])
        head = prov + city
        if county == city:
            county = ""
        return "", head + county + town + village + r.choice((f"{r.randint(1, 12)}组{r.randint(1, 80)}号",
                                                               f"{r.randint(1, 120)}号")), ""
    if fmt == "road_building_floor":
        bld = r.choice(("国际大厦", "创业大厦", "商务中心", "科技大厦", "综合楼"))
        return "", r.choice((city + dist, dist)) + road + bld + r.choice((f"{r.randint(2, 28)}楼",
                                                                          f"{r.randint(2, 28)}层",
                                                                          f"{r.randint(2, 28)}楼{_room(r)}")), ""
    raise KeyError(fmt)


_FMT_TABLES = (
    ("mobile", "MOB", _mob, (("plain_11", 10), ("space_344", 3), ("dash_344", 2), ("prefix_86", 2),
                            ("fullwidth", 1), ("voice_words", 1))),
    ("landline", "TEL", _tel, (("area_dash", 6), ("area_paren", 2), ("area_plain", 2), ("area_space", 2),
                              ("area_dash_ext", 2), ("local_only", 1.5))),
    ("id_card", "ID", _idc, (("plain_18", 10), ("check_x_upper", 2), ("check_x_lower", 1),
                            ("space_6_8_4", 2))),
    ("bank_card", "BANK", _bank, (("unionpay_19", 6), ("unionpay_16", 3), ("space_4444", 3),
                                 ("visa_master_16", 2), ("domestic_95_19", 2), ("dash_4444", 1))),
    ("qq", "QQ", _qq, (("digits_8_10", 8), ("digits_5_7", 2), ("digits_11", 2.5))),
    ("wechat", "WX", _wx, (("pinyin_digits", 5), ("underscore", 3), ("wxid", 2), ("dash", 2),
                          ("mixed_case", 2))),
    ("email", "MAIL", _mail, (("qq_digits", 6), ("pinyin_163", 4), ("dotted_intl", 2), ("corp_domain", 2))),
    ("plate", "PLATE", _plate, (("std_7", 5), ("dot_7", 2), ("space_7", 2), ("nev_8", 2), ("coach_xue", 4),
                               ("lower_letter", 2.5))),
    ("address", "ADDR", _addr, (("prov_full", 3), ("city_road_no", 3), ("district_road_no", 3),
                               ("estate_building_room", 4), ("estate_bare_room", 2), ("estate_dash_room", 2),
                               ("village_group", 2), ("road_building_floor", 2))),
)
_BY_TAG = {tag: (kind, gen, tab) for kind, tag, gen, tab in _FMT_TABLES}


# --------------------------------------------------------------------------- near-miss generators


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _bad_card(r):
    while True:
        if r.random() < 0.5:
            b, n = r.choice(_BINS_UP + _BINS_VM)
            v = b + _digits(r, n - len(b), "0123456789")
        else:
            v = r.choice(("2024", "2025")) + _digits(r, r.choice((16, 18, 19)) - 4, "0123456789")
        if not _luhn_ok(v) and not _id_ok(v):
            return v


def _bad_id(r):
    while True:
        s = _id_raw(r)
        c = r.choice("0123456789X")
        v = s[:17] + c
        if c != s[-1] and (c == "X" or not _luhn_ok(v)):
            return v


def _n_fee(r):
    v = r.choice((3980, 4280, 4580, 4980, 5200, 5800, 6800, 2980, 3680, 3280, 4380))
    return r.choice((f"{v}元", f"{v}块", f"¥{v}", f"{v}", f"{v}.00元", f"{v:,}元" if v >= 1000 else f"{v}元"))


def _n_fee_small(r):
    v = r.choice((200, 180, 300, 500, 150, 60, 80, 35, 120, 260, 100))
    return r.choice((f"{v}元", f"{v}块", f"¥{v}", f"{v}", f"{v}.00元"))


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{m}月{d}号", f"{d}号", f"2024-{m:02d}-{d:02d}", f"{m}.{d}",
                     f"2025年{m}月{d}日", f"{m}/{d}"))


def _n_time(r):
    h = r.randint(6, 18)
    return r.choice((f"{h}:{r.choice(('00', '30', '15', '45'))}", f"{h}点半", f"{h}点", f"上午{h % 12 or 12}点",
                     f"{h:02d}:{r.choice(('00', '30'))}"))


def _n_score(r):
    return f"{r.choice((90, 92, 94, 96, 98, 100, 86, 88, 80, 70))}分"


def _n_hours(r):
    return r.choice((f"{r.randint(2, 32)}学时", f"{r.randint(1, 16)}/{r.choice((16, 24, 32))}", f"{r.randint(1, 10)}个小时"))


def _n_car(r):
    return r.choice((f"{r.randint(1, 30)}号车", f"{r.randint(1, 30):02d}号车", f"{r.randint(1, 9)}号库"))


def _n_route(r):
    return r.choice((f"{r.randint(1, 6)}号线", f"路线{r.randint(1, 6)}", f"{r.randint(1, 6)}号考车"))


def _n_lic(r):
    return r.choice(("C1", "C2", "C1手动挡", "C2自动挡", "A2", "B2", "D照", "c1", "C5"))


def _n_vision(r):
    return r.choice(("4.8", "4.9", "5.0", "5.1", "4.7", "1.0", "0.8"))


def _n_height(r):
    return r.choice((f"{r.randint(150, 188)}cm", f"{r.randint(150, 188)}", f"1米{r.randint(55, 85)}"))


def _n_student_no(r):
    return r.choice((_digits(r, 10, "2"), f"XY{_digits(r, 8, '2')}", _digits(r, 12, "4"),
                     f"JX{r.randint(2023, 2025)}{r.randint(10000, 99999)}"))


def _n_receipt(r):
    return r.choice((f"No.{_digits(r, 7, '0')}", f"SJ{r.randint(2024, 2025)}{r.randint(1, 12):02d}{_digits(r, 5)}",
                     _digits(r, 8, "0")))


def _n_txn(r):
    return r.choice(("4200002" + _digits(r, 21, "0123456789"), "2024" + _digits(r, 24, "0123456789"),
                     "1000" + _digits(r, 28, "0123456789")))


def _n_hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", f"400{_digits(r, 7, '0123456789')}",
                     f"800-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}", "12123", "122", "12345", "95588",
                     "96166", "12328", "110"))


def _n_code(r):
    return _digits(r, r.choice((4, 6, 6)), "0123456789")


def _n_masked(r):
    m = _mobile_raw(r)
    i = _id_raw(r)
    c = _card_raw(r, _BINS_UP)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{i[:6]}********{i[14:]}",
                     f"{i[:3]}***********{i[14:]}", f"{c[:4]} **** **** {c[-4:]}", f"****{c[-4:]}",
                     f"{r.choice(('粤A', '粤B', '湘A', '浙A'))}·***{r.randint(10, 99)}"))


def _n_tail(r):
    return r.choice(("尾号", "后四位", "尾数")) + _digits(r, 4, "0123456789")


def _n_place(r):
    c = r.choice(_CITIES)
    d = r.choice(c[5])[0]
    return r.choice((d, c[1], c[1] + d, f"{d}考场", r.choice(("岗顶地铁站B口", "客村地铁站C出口", "科技园地铁站A口",
                                                            "白云考场", "钟落潭考场", "麦德龙门口", "万达广场北门",
                                                            "驾校报名点", "体检中心一楼"))))


def _n_postal(r):
    return r.choice(("510630", "518057", "310012", "215021", "410006", "610041", "430074", "100020",
                     "200120", "425000", "721000"))


def _n_percent(r):
    return f"{r.randint(60, 99)}%"


def _n_duration(r):
    return r.choice((f"{r.randint(10, 50)}分钟", f"{r.randint(1, 3)}个钟", "半小时", f"{r.randint(3, 15)}天",
                     f"{r.randint(1, 3)}个工作日"))


def _n_url(r):
    return r.choice(("gab.122.gov.cn", "https://gd.122.gov.cn", "www.122.gov.cn", "https://jx.example-school.cn/bm"))


def _n_photo_no(r):
    return r.choice((f"{r.choice(('GD', 'ZJ', 'HN', 'SC'))}{_digits(r, 10, '2')}", _digits(r, 9, "3"),
                     f"HZ{_digits(r, 6, '1')}"))


def _n_distance(r):
    return r.choice((f"{r.randint(1, 30)}公里", f"{r.randint(100, 900)}米", f"{r.randint(2, 20)}km"))


def _n_people(r):
    return r.choice((f"{r.randint(2, 12)}个人", f"{r.randint(2, 12)}位", f"{r.randint(10, 60)}人"))


def _n_bad_card(r):
    return _bad_card(r)


def _n_bad_id(r):
    return _bad_id(r)


def _n_group_no(r):
    return r.choice((f"{r.randint(1, 30)}组", f"{r.randint(1, 20)}期", f"{r.randint(1, 9)}班"))


_NEAR = {
    "fee": _n_fee, "fee_small": _n_fee_small, "date": _n_date, "time": _n_time, "score": _n_score, "hours": _n_hours, "car_no": _n_car,
    "route": _n_route, "licence_class": _n_lic, "vision": _n_vision, "height": _n_height,
    "student_no": _n_student_no, "receipt_no": _n_receipt, "pay_txn": _n_txn, "hotline": _n_hotline,
    "verify_code": _n_code, "masked": _n_masked, "tail_digits": _n_tail, "place_only": _n_place,
    "postal_code": _n_postal, "percent": _n_percent, "duration": _n_duration, "url": _n_url,
    "photo_receipt": _n_photo_no, "distance": _n_distance, "people": _n_people, "bad_card": _n_bad_card,
    "bad_id": _n_bad_id, "class_group": _n_group_no,
}


# --------------------------------------------------------------------------- templates
# {TAG} / {TAG:fmt|fmt} = labelled value; {n:kind} = near-miss span

PII_TEMPLATES = (
    # --- enrolment: registration
    "老师你好，我身份证{ID}，电话{MOB}，想报个{n:licence_class}周末班",
    "身份证号：{ID}\n手机：{MOB}\n报{n:licence_class}",
    "{ID} 这是我身份证号，报名表我晚点填",
    "我弟的身份正号{ID}，你看下他能不能报，他{n:date}刚满18",
    "报名信息\n证件号码：{ID}\n联系电话：{MOB}\n现住址：{ADDR}\n申请车型：{n:licence_class}",
    "姓名那栏我写好了，身份证号是{ID}，联系电话{MOB}",
    "身份证{ID}\n地址{ADDR}\n电话{MOB}\n麻烦老师了🙏",
    "老师 我身份证最后一位是X 完整的是{ID:check_x_upper|check_x_lower}",
    "帮我女儿报名，她身份证号{ID}，我是家长，电话打我这个{MOB}",
    "{ID}\n{MOB}\n报名费{n:fee}已经转你了",
    "居住证上的地址是{ADDR}，身份证地址是老家的可以吗",
    "户籍地址：{ADDR}\n身份证号：{ID}",
    "身份证号码 {ID:space_6_8_4} 我按证上的空格打的",
    "你好，我是在抖音上看到的，想报名，我电话{MOB}，方便的时候回个电话",
    "你好 学车咨询一下 {MOB} 微信同号",
    "我手机好{MOB}，老师加我下",
    "{MOB}这个是我老婆的号，有事打她也行，我上班接不了",
    "紧急联系人：我妈 {MOB}",
    "新号码{MOB}，以前那个号停机了，系统里帮我改一下",
    "老师，报名的时候预留的手机是{MOB}，12123注册收不到验证码",
    "老师我把身份证号发错了，应该是{ID}，前面那个作废",
    "报名我表弟，身份证：{ID}，手机：{MOB}，住{ADDR}",
    # --- medical check, photos
    "体检报告拍好了，发你邮箱{MAIL}可以吗？还是发微信",
    "老师 电子照片回执我发你邮箱了 {MAIL} 是这个吧",
    "{MAIL} 这个是我邮箱，资料发这个就行",
    "照片回执号{n:photo_receipt}，我的邮箱{MAIL}，麻烦把体检表模板发我一份",
    "体检医院地址：{ADDR}，带身份证原件和{n:fee_small}现金",
    "体检在{ADDR}，周一到周六上午去，空腹不用",
    "视力{n:vision}能过吗？我身份证是{ID}，帮我先录上",
    "我的邮箱是{MAIL}，体检表扫描件收到了回我一下",
    "邮箱：{MAIL}\n电话：{MOB}",
    "老师 QQ邮箱{MAIL}，照片要白底的对吧",
    "驾校合同电子版能发我邮箱吗？{MAIL}",
    "发票开好了发{MAIL}，抬头写个人就行",
    "{MAIL}\n发票邮箱，麻烦了",
    "学车协议签好了，扫描件从{MAIL}发的，你查收一下",
    "没有微信，QQ{QQ}可以吗，邮箱也行{MAIL}",
    "体检报告纸质版寄到{ADDR}吧，我没空过去拿",
    # --- QQ
    "教练 我QQ是{QQ}，练车视频发我QQ上吧，微信太糊了",
    "加下我QQ {QQ} 我把体检表扫描件传你",
    "QQ：{QQ}\n微信：{WX}",
    "{QQ} 这是我扣扣号，群文件里的题库我下不下来",
    "老师你加我q吧 {QQ}",
    "我儿子不用微信，你加他QQ{QQ}，他直接跟你约练车",
    "科一题库的压缩包我QQ发你了，我QQ号{QQ}，你看下收到没",
    "qq号码{QQ} 验证信息写学车",
    # --- WeChat
    "我微信号{WX}，加我拉你进科二练车群",
    "教练微信：{WX}（加的时候备注学员+名字）",
    "加不上啊，你搜{WX}试试",
    "我的vx是{WX}，手机号搜不到我",
    "招生老师微信 {WX} 有问题找她",
    "微信号{WX}\n手机号{MOB}\n都可以找我",
    "{WX} 是我微信，老师通过一下",
    "加我微信{WX}，我把付款码发你",
    "科目三的刘教练微信是{WX}，你直接加他约时间",
    # --- bank cards / refunds
    "退款打到这张卡吧 {BANK}，工商银行",
    "卡号{BANK}\n开户行：农业银行\n退{n:fee}",
    "银行卡号 {BANK} 麻烦核对一下😊",
    "老师退费的卡号是{BANK}，户名是我本人的",
    "学费分期扣款卡是{BANK}，每个月{n:date}扣",
    "{BANK} 建行的，开户行是广州天河支行",
    "退学的钱退到{BANK}，身份证{ID}",
    "退款账户：{BANK}（招商银行）\n金额：{n:fee}",
    "我换了张卡，新卡号{BANK}，之前那张销户了",
    "学费是用信用卡{BANK:visa_master_16|unionpay_16|space_4444}刷的，退费能退回原卡吗",
    "POS机刷的，卡号{BANK:visa_master_16|space_4444|unionpay_16}，小票上有{n:tail_digits}",
    "补考费我是刷这张卡交的{BANK}，现在能退吗",
    "老师卡号是这个{BANK}，麻烦尽快处理一下，都等{n:duration}了",
    # --- exam bookings, exam centre address
    "科目一考场地址：{ADDR}，带好身份证原件，{n:time}前到",
    "@所有人 周六科二考试，考场在{ADDR}，早上{n:time}在驾校门口集合",
    "科三考场：{ADDR}\n考试时间：{n:date} {n:time}\n考车：{n:route}",
    "明天考科四的同学注意，考点地址{ADDR}，不要去错了",
    "考场导航搜{ADDR}就行，到了打我电话{MOB}",
    "约上了，{n:date}在{ADDR}考，成绩出来跟你说",
    "考试地址发一下：{ADDR}（{n:place_only}旁边）",
    "科二补考预约成功，考场{ADDR}，补考费{n:fee_small}",
    # --- pick-up points, practice cars, plates
    "明天在{ADDR}门口上车，{n:time}到，过时不候",
    "接送点改了：{ADDR}，别走错了",
    "练车的车牌{PLATE:coach_xue}，白色捷达，别上错车",
    "我开的是{PLATE}，到驾校门口了",
    "教练，我在{ADDR}，你的车是{PLATE:coach_xue}吗",
    "明天练车的车是{PLATE:coach_xue}，{n:car_no}，在{n:place_only}等",
    "{PLATE:coach_xue}今天送去年审，练车的同学坐{PLATE:coach_xue}",
    "@所有人 明早接送车 {PLATE}，{n:time}从{n:place_only}出发",
    "教练我车停驾校门口了，{PLATE}，挡住的话打我{MOB}",
    "我自己的车是{PLATE:std_7|dot_7|space_7|nev_8|lower_letter}，能不能开自己车来陪练",
    "送我来考试的车{PLATE:std_7|dot_7|space_7|nev_8|lower_letter}，停考场外面可以吗",
    "我老公开车接我，车牌{PLATE:std_7|lower_letter|nev_8|space_7}，教练到时候跟门卫说一声",
    "@所有人 驾校门口那台{PLATE:std_7|dot_7|space_7|nev_8|lower_letter}挡住练车道了，谁的车？",
    "陪练的车是我家的{PLATE:nev_8|std_7|lower_letter|dot_7}，电车能陪练吗",
    "车牌号{PLATE:std_7|dot_7|space_7|nev_8|lower_letter}，我家里人送我过来，门卫让登记一下",
    "考场停车场登记了车牌{PLATE}，下午来接我",
    "刚才那台{PLATE:coach_xue}刮到我车了，我车牌{PLATE:std_7|nev_8|dot_7}，麻烦驾校处理",
    "上车点：{ADDR}\n车牌：{PLATE:coach_xue}\n教练电话：{MOB}",
    # --- landlines
    "有事打驾校座机{TEL}，或者找我{MOB}",
    "报名处电话{TEL}，周一到周六都有人",
    "体检医院电话 {TEL}，预约了再去",
    "驾校总部地址{ADDR}，前台电话{TEL}",
    "老师 座机{TEL}打不通，一直占线",
    "投诉电话我打了{TEL}没人接，{n:hotline}也打了",
    "{TEL} 这个是车管所的电话吗？打过去说不办这个",
    "家里座机{TEL}，手机没信号的时候打这个",
    "财务室电话：{TEL}\n退费找财务",
    "考场办公室电话{TEL}，有问题可以打去问",
    # --- group chats / multi
    "【科二{n:class_group}】练车时间调整，有事联系教练{MOB}，车牌{PLATE:coach_xue}",
    "@所有人\n明天{n:date}练车\n地点：{ADDR}\n车：{PLATE:coach_xue}\n有事提前请假 电话{MOB}",
    "新进群的同学把身份证号和手机号私发给我：比如{n:masked}这样😂不要发群里",
    "教练我到了👋 在{ADDR}这里，车牌{PLATE:coach_xue}没看到啊",
    "学员资料：{ID} / {MOB} / {ADDR}",
    "我朋友也想报，他电话{MOB}，微信{WX}，你联系一下",
    "推荐人：学员 {MOB}\n被推荐人电话：{MOB}",
    "老师我妈说你们驾校地址在{ADDR}，对吗",
    "我住在{ADDR}，离哪个练车场近一点",
    "能不能把接送点放在{ADDR}，我下了班过去方便",
    "快递寄驾驶证：{ADDR}，收件电话{MOB}",
    "驾驶证邮寄地址填的是{ADDR}，手机号{MOB}",
    "教练 我家在{ADDR} 下周能到这边来接吗",
    "麻烦改一下电话：旧的{n:masked}，新的{MOB}",
    "收款人卡号{BANK}\n联系电话{MOB}\n身份证{ID}",
    "老师，我{n:date}交了{n:fee}，收据上的手机号写错了，应该是{MOB}",
    "报名地址{ADDR} 老师说找前台 电话{TEL}",
    "我住{ADDR}，qq{QQ}，约周末练车",
    "家长联系方式 {MOB}，家庭住址{ADDR}",
    "{MOB} {MOB} 两个号都可以打",
    "我手机号是{MOB:voice_words}，语音打的不知道对不对",
    "教练你好我电话{MOB:fullwidth}，明天几点练车",
    "我国外号码不方便，国内号{MOB:prefix_86}",
)

NEAR_TEMPLATES = (
    "学费{n:fee}，包含科一到科四的考试费，补考费另算，科二补考{n:fee_small}",
    "{n:licence_class}手动挡现在活动价{n:fee}，{n:date}之前报名送{n:hours}",
    "老师我科一考了{n:score}，科四什么时候能约",
    "科一{n:score}过了🎉🎉",
    "科二挂了，倒库压线，下次补考要交{n:fee_small}吗",
    "明天{n:time}在{n:place_only}集合，坐{n:car_no}",
    "今天练车{n:duration}，还差{n:hours}才能约考",
    "我学时显示{n:hours}，是不是没录上",
    "@所有人 {n:date}科三考试，{n:time}驾校门口发车，考车{n:route}",
    "体检视力{n:vision}，身高{n:height}，没问题吧",
    "医院说我视力左眼{n:vision}右眼{n:vision}，要不要配眼镜",
    "学员编号{n:student_no}，在系统里查不到我",
    "收据编号{n:receipt_no}，金额{n:fee}",
    "微信支付交易单号{n:pay_txn}，付了{n:fee}，你那边查一下",
    "付款记录：商户单号{n:bad_card}，支付时间{n:date} {n:time}",
    "有问题打{n:hotline}，或者在交管12123上查",
    "车管所电话{n:hotline}一直打不进去",
    "验证码{n:verify_code}，别告诉别人",
    "老师12123验证码{n:verify_code}是不是要给你",
    "不要把验证码{n:verify_code}发给任何人，驾校不会问你要",
    "我手机{n:masked}收不到短信",
    "系统里显示身份证{n:masked}，是我的没错",
    "扣款卡{n:tail_digits}的那张，扣了{n:fee}",
    "银行卡{n:tail_digits}，退款{n:duration}到账",
    "考场在{n:place_only}，离我家{n:distance}",
    "我在{n:place_only}，教练你到哪了",
    "照片回执号{n:photo_receipt}，拍照花了{n:fee_small}",
    "报名网址{n:url}，进去选{n:licence_class}",
    "在{n:url}上预约考试，选{n:date}那场",
    "这个月科二通过率{n:percent}，大家加油💪",
    "我们这期{n:people}，分成{n:class_group}练",
    "邮编{n:postal_code}，寄资料要写吗",
    "业务受理号{n:bad_id}，车管所那边说还在审核",
    "预约流水号{n:bad_id}，约的{n:date}",
    "缴费流水号{n:bad_card}",
    "报名费{n:fee_small}+体检{n:fee_small}+照片{n:fee_small}，一共就这些",
    "退费扣了{n:fee_small}手续费，退回{n:fee}",
    "教练，{n:car_no}的离合太重了，能换{n:car_no}吗",
    "科二{n:route}还是{n:route}，哪个好考",
    "今天{n:people}练车，每人{n:duration}，轮流上",
    "考试时间{n:date}{n:time}，提前{n:duration}到候考厅",
    "考试成绩{n:score}，合格，{n:duration}后拿证",
    "报{n:licence_class}要多少钱，{n:fee}是全包吗",
    "{n:date}之前交齐{n:fee}，不然名额不保留",
    "我是{n:class_group}的，教练说{n:date}约考",
    "驾校投诉电话是{n:hotline}吗",
    "订单号{n:student_no}，抖音团购买的{n:fee}套餐",
    "我这个分期是{n:fee}一个月，分{n:class_group}？",
    "模拟考{n:score}，连续{n:people}次都过了",
    "体检表编号{n:receipt_no}，{n:date}到期",
    "科目三夜考{n:time}开始，{n:route}灯光题背熟",
    "学时卡号{n:student_no}，打卡没反应",
    "交了{n:fee}定金，剩下{n:fee}考科二前交",
    "约考短信验证码{n:verify_code}，有效期{n:duration}",
    "上次转账{n:pay_txn}那笔就是学费",
    "给你看下，卡号{n:masked}，是这张吧",
    "去{n:place_only}练车要{n:duration}，太远了",
    "身高{n:height}，体重也要填吗",
    "科四{n:score}，终于全过了😭",
    "你好，请问{n:place_only}报名点几点下班",
    "{n:date}、{n:date}、{n:date}这三天有考位，选哪天",
    "银行那边说流水号{n:bad_card}查不到",
    "证件号{n:masked}的学员请到前台签字",
    "车管所受理编号{n:bad_id}\n状态：待考试",
    "积分{n:score}，兑换了{n:hours}",
    "我{n:date}{n:time}的车，能改到{n:time}吗",
    "{n:place_only}那个考场{n:route}坡道比较陡",
    "客服热线{n:hotline}，工作时间{n:time}-{n:time}",
    "请拨打{n:hotline}转人工",
    "退费申请已提交，{n:duration}内处理，金额{n:fee}",
    "电子发票号码{n:receipt_no}，开票金额{n:fee}",
)


# --------------------------------------------------------------------------- builder

_NEAR_LABEL = {"fee_small": "fee"}
_PH = re.compile(r"\{([A-Za-z_]+)(?::([A-Za-z0-9_|]+))?\}")
_TYPO_SWAPS = (("电话", "电化"), ("号码", "号吗"), ("老师", "老湿"), ("教练", "叫练"))


def _pick_fmt(r: random.Random, tab, allowed):
    opts = [(f, w) for f, w in tab if allowed is None or f in allowed]
    tot = sum(w for _, w in opts)
    x = r.uniform(0, tot)
    for f, w in opts:
        x -= w
        if x <= 0:
            return f
    return opts[-1][0]


def _render(r: random.Random, tpl: str):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    for m in _PH.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        tag, arg = m.group(1), m.group(2)
        if tag == "n":
            v = _NEAR[arg](r)
            nears.append((_NEAR_LABEL.get(arg, arg), pos, pos + len(v)))
            out.append(v)
            pos += len(v)
        else:
            kind, gen, tab = _BY_TAG[tag]
            fmt = _pick_fmt(r, tab, arg.split("|") if arg else None)
            pre, v, post = gen(r, fmt)
            out.append(pre)
            pos += len(pre)
            ents.append((kind, pos, pos + len(v)))
            fmts.append(fmt)
            out.append(v + post)
            pos += len(v) + len(post)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _decorate(r: random.Random, text: str, ents, nears):
    """Occasional chat noise that only touches text outside the spans (typos, emoji)."""
    spans = [(s, e) for _, s, e in ents] + [(s, e) for _, s, e in nears]
    if r.random() < 0.08:
        a, b = r.choice(_TYPO_SWAPS)
        i = text.find(a)
        if i >= 0 and all(e <= i or s >= i + len(a) for s, e in spans):
            text = text[:i] + b + text[i + len(a):]  # same length, spans unchanged
    if r.random() < 0.1:
        text = text + r.choice(("😊", "🙏", "👌", "[抱拳]", "[OK]", "～", "。。", "!!"))
    return text


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    for pool, n in ((PII_TEMPLATES, N_PII_ROWS), (NEAR_TEMPLATES, N_NEAR_ROWS)):
        order = []
        while len(order) < n:
            idx = list(range(len(pool)))
            r.shuffle(idx)
            order.extend(idx)
        for ti in order[:n]:
            text, ents, fmts, nears = _render(r, pool[ti])
            text = _decorate(r, text, ents, nears)
            rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
            if meta is not None:
                meta.append(("P" if pool is PII_TEMPLATES else "N") + str(ti))
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind71_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_PLATE_RE = re.compile(r"^[京沪粤浙苏湘川鄂陕][A-Za-z][·•. ]?(?:[A-Za-z0-9]{5}|[DF]\d{5}|\d{4}学)$")
_MAIL_RE = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_ADDR_START = ("省", "市", "区", "县", "镇", "街道")
_ADDR_END = re.compile(r"(号|栋|幢|单元|室|房|层|楼|\d)$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            n_ent += 1
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "mobile":
                assert n.isdigit() and len(n) == 11 and n[:3] in _MOB_PRE, v
                assert (text[max(0, s - 2):s] == "86" or not text[max(0, s - 1):s].isdigit()) \
                    and not text[e:e + 1].isdigit(), text
            elif k == "landline":
                assert n.isdigit() and (n[0] == "0" and 10 <= len(n) <= 12 or len(n) in (7, 8)), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
            elif k == "email":
                assert _MAIL_RE.match(v), v
            elif k == "plate":
                assert _PLATE_RE.match(v), v
            elif k == "address":
                assert _ADDR_END.search(v), v
                assert any(u in v for u in _ADDR_START), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert n[:3] not in _MOB_PRE, (k, v)
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
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind71_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, _, _, tab in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Twenty-sixth blind PII corpus (``split == "blind25"``): REAL ESTATE chats in WeCom.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十六位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names).  It did NOT read
anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README,
any other corpus or test, nor any git history.  It never imported ``toolkit``
and never ran any masking / finding function on this data.  Value shapes, chat
contexts and labels come only from the writer's own idea of how agents and
customers of the real-estate trade in mainland China write in WeCom (it only
listed the folder names of ``../shared/datasets/`` and copied nothing from it).

What is different here: the THEME is real estate -- second-hand sales and
rental agents, new-home sales offices, long-term rental apartments, property
management (fees, parking permits, repairs) and renovation companies, in 1:1
and group chats.  Messages carry viewing appointments, contract details
(buyer / landlord ID numbers), deposits and rent to bank cards, flat addresses
written every way people write them (listing style, 3-2-1502, 号楼 / 栋 / 幢 /
座, Shanghai 弄, Chinese numerals, urban / rural villages, office towers),
sales-office landlines with extensions, agents' signatures with WeChat and
mobile, plates for parking permits, and numbers written in Chinese digits the
way landlords do to slip past platform filters.  Near-misses are those of the
trade: listing numbers (some QQ-length), contract numbers, unit prices, total
prices and rents, areas, floors (18/32层), layouts (3室2厅), dates, property
fees, parking spaces, 不动产权证号, 400 / 95xxx / 12345 hotlines, masked
values, meter account numbers, metro lines, estates or districts alone,
verification and door-lock codes, credit codes, transaction serials of card
length failing Luhn and filing numbers of ID shape failing the check digit.

Seed
----
``SEED = "blind25-2026-realestate-第二十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.  Each declared format is first
forced into 5 distinct templates holding its kind, the remaining rows draw
formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one format per entity, same order),
``near_misses`` (list of ``(near_kind, start, end)``, must NOT be masked) and
``split`` (always ``"blind25"``).  A span holds the value only: cue words,
``+86`` / ``0086`` / ``86-`` prefixes and extensions (转806, -806, 分机806) are
outside, separators inside a value are inside; an address runs from its first
place unit (province / city / district / town / village / road / estate) to
its last house-level unit (号 / 栋 / 幢 / 号楼 / 座 / 单元 / 室 / 层 / 楼 / a bare
room number).  Names are never labelled (only roles such as 业主 / 房东).

Counts (``python tests/privacy/pii_blind25.py``)
------------------------------------------------
rows=1651, pii_rows=985, near_rows=666, entities=1733
(mobile 463, address 414, landline 151, id_card 139, plate 132, bank_card 117,
email 112, wechat 111, qq 94);
near-miss spans=1561 (1194 in near-miss rows) kinds=31:
date 121, area 108, amount 107, date_time 104, layout 102, total_price 93,
rent 82, place_only 77, contract_no 74, unit_price 65, percent 60, parking_no
59, floor 56, listing_no 54, hotline 50, meter_no 42, property_fee 31,
fee_rate 31, bad_card 30, cert_no 24, amount_upper 24, bad_id 24,
masked_mobile 24, verify_code 24, lock_code 23, metro 18, masked_card 12,
postal_code 12, tail_digits 12, masked_id 12, credit_code 6;
56 formats, each used >= 8 times in >= 7 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind25-2026-realestate-第二十六位写手"
SPLIT = "blind25"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

DIG = "0123456789"
CN_DIG = "零一二三四五六七八九"
CN_DIG_Y = "零幺二三四五六七八九"
DAXIE = "零壹贰叁肆伍陆柒捌玖"


# --------------------------------------------------------------------------- checks
def _id_check(s17: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * k for c, k in zip(s17, w)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


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


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in DIG:
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


def _luhn_break(body: str) -> str:
    """Append a last digit that makes the number FAIL Luhn."""
    good = _luhn_complete(body)[-1]
    return body + str((int(good) + 3) % 10)


def _norm(v: str) -> str:
    v = v.translate(str.maketrans({**{c: str(i) for i, c in enumerate(CN_DIG)},
                                   **{c: str(i) for i, c in enumerate(DAXIE)},
                                   "幺": "1", "〇": "0"}))
    return re.sub(r"[\s\-·.()（）]", "", v)


# --------------------------------------------------------------------------- value pools
MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
              "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
              "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199", "147")
AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA4 = ("0571", "0755", "0512", "0532", "0731", "0371", "0551", "0591", "0592", "0871", "0311", "0531",
         "0769", "0757", "0574", "0510")
ID_AREAS = ("110105", "110108", "310115", "310104", "310112", "440305", "440304", "440106", "330106",
            "330110", "510107", "510104", "420111", "420106", "320106", "320115", "410105", "430104",
            "350203", "610113", "500112", "120104", "210102", "230103", "340104", "360102", "450103",
            "530102", "370202", "130102", "441900", "320583", "330281", "441302")
BINS16 = ("622588", "621483", "622609", "438088", "427020", "524047", "552534", "625965", "622155")
BINS19 = ("622202", "621700", "622848", "621661", "622262", "621226", "623668", "621799", "622908")
BINS19_95 = ("95599", "95588", "95595")

CITIES = (
    ("", "上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区", "杨浦区", "普陀区"),
     ("张杨路", "浦建路", "莲花南路", "虹梅路", "殷行路", "共和新路", "长寿路"),
     ("仁恒滨江园", "金地格林世界", "中远两湾城", "万科城市花园", "保利叶语", "绿地卢浦苑")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "昌平区", "通州区"),
     ("望京街", "科丰路", "回龙观西大街", "新华大街", "西三旗路"),
     ("望京西园三区", "龙泽苑", "天通苑北一区", "首开国风美唐", "远洋山水", "珠江帝景")),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区", "龙华区"),
     ("桃园路", "深南大道", "龙岗大道", "新安六路", "民治大道"),
     ("阳光棕榈园", "万科四季花城", "桃源村三期", "星海名城", "中海日辉台")),
    ("广东省", "广州市", ("天河区", "海珠区", "番禺区", "白云区"),
     ("天河北路", "新港东路", "市桥大北路", "机场路"),
     ("华景新城", "祈福新邨", "保利天悦", "金碧世纪花园")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区"),
     ("文三路", "五常大道", "江南大道", "莫干山路"),
     ("翠苑一区", "西溪诚园", "金色海岸", "万科良渚文化村")),
    ("四川省", "成都市", ("高新区", "武侯区", "锦江区", "金牛区", "双流区"),
     ("天府大道", "科华北路", "东大街", "蜀汉路"),
     ("中海城南一号", "华润二十四城", "保利心语", "麓山国际")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区", "江夏区"),
     ("珞喻路", "建设大道", "中北路", "文化大道"),
     ("保利城", "福星惠誉国际城", "光谷青年城", "万科城市花园")),
    ("江苏省", "南京市", ("鼓楼区", "建邺区", "江宁区", "栖霞区"),
     ("中山北路", "江东中路", "双龙大道", "仙林大道"),
     ("万达西地", "金地名京", "百家湖花园", "仙林湖花园")),
    ("河南省", "郑州市", ("金水区", "郑东新区", "中原区", "二七区"),
     ("花园路", "商都路", "建设西路", "大学路"),
     ("正商城", "建业贰号城邦", "绿城百合公寓", "永威西郊")),
)
TOWERS = ("华润大厦", "国际金融中心", "中心商务大厦", "时代广场", "环球中心", "世纪大厦")
APTS = ("魔方公寓", "冠寓", "泊寓", "自如寓", "城家公寓", "青客公寓")
VILLAGES = (
    ("浙江省杭州市余杭区仓前街道", "灵源村"), ("广东省东莞市长安镇", "沙头村"), ("江苏省苏州市吴中区木渎镇", "金星村"),
    ("杭州市西湖区转塘街道", "象山村"), ("深圳市宝安区西乡街道", "固戍村"), ("成都市双流区九江街道", "泉水村"),
    ("上海市闵行区七宝镇", "九星村"), ("北京市昌平区沙河镇", "白各庄村"),
)
URBAN_VILLAGES = (("福田区", "岗厦村"), ("南山区", "白石洲沙河村"), ("海珠区", "康乐村"), ("天河区", "石牌村"),
                  ("宝安区", "固戍村"), ("龙华区", "上塘村"))
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xiaoyu", "fangfang", "jie", "lei", "ting", "hao",
          "jun", "yan", "min", "qiang", "lili", "dong")
WORDS = ("house", "home", "fang", "zufang", "anju", "jiaju", "sky", "sunny", "hz", "sh", "sz", "bj", "key",
         "deco", "zhuangxiu", "wuye", "lucky", "cat", "leo", "amy")
CORP_DOMAINS = ("anjuhome.com", "lianhe-fc.com", "xinfang-gz.cn", "mofang-apt.com", "zhongyuan-dc.com.cn",
                "jiayuanwy.com", "meijia-deco.cn", "hongji-re.com")
PLATE_PROV = (("沪", "ABCDEFGHJKLMN"), ("京", "ABCEFGHJKLMNPQ"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("浙", "ABCDEFGHJKL"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
              ("苏", "ABCDEFGHJKLMN"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("津", "ABCDEFGHJKLMNQR"),
              ("皖", "ABCDEFGHJKLMNPRS"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def _mobile_digits(r):
    return r.choice(MOB_PREFIX) + _d(r, 8)


def _id_digits(r, want_x=None):
    while True:
        y = r.randint(1956, 2003)
        m = r.randint(1, 12)
        dd = r.randint(1, 28 if m == 2 else 30)
        s17 = f"{r.choice(ID_AREAS)}{y:04d}{m:02d}{dd:02d}{_d(r, 3)}"
        c = _id_check(s17)
        if want_x is None and c != "X" or want_x and c == "X":
            return s17 + c


def _card(r, n):
    if n == 16:
        body = r.choice(BINS16) + _d(r, 9)
    elif r.random() < 0.2:
        body = r.choice(BINS19_95) + _d(r, 13)
    else:
        body = r.choice(BINS19) + _d(r, 12)
    return _luhn_complete(body)


def _grp(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def _local8(r):
    return r.choice("2345678") + _d(r, 7)


def _cn_num(n: int) -> str:
    u = "零一二三四五六七八九"
    if n < 10:
        return u[n]
    if n < 20:
        return "十" + (u[n % 10] if n % 10 else "")
    return u[n // 10] + "十" + (u[n % 10] if n % 10 else "")


def _room(r):
    return f"{r.randint(1, 33)}{r.randint(1, 4):02d}"


def _plate_body(r, prov=None):
    p, lets = prov or r.choice(PLATE_PROV)
    city = r.choice(lets)
    tail = list(_d(r, 5))
    if r.random() < 0.35:  # one or two letters in the tail
        for i in r.sample(range(5), r.choice((1, 1, 2))):
            tail[i] = r.choice(PLATE_LET)
    return p, city, "".join(tail)


# --------------------------------------------------------------------------- formats: name, weight, fn(r) -> (pre, value, post)
def _mob_cn(r, table):
    d = _mobile_digits(r)
    return "".join(table[int(c)] for c in d)


MOBILE_FMTS = (
    ("plain_11", 12, lambda r: ("", _mobile_digits(r), "")),
    ("space_344", 3, lambda r: ("", _grp(_mobile_digits(r), (3, 4), " "), "")),
    ("dash_344", 3, lambda r: ("", _grp(_mobile_digits(r), (3, 4), "-"), "")),
    ("plus86_plain", 1, lambda r: (r.choice(("+86 ", "+86", "86-", "0086 ")), _mobile_digits(r), "")),
    ("plus86_space_344", 1, lambda r: ("+86 ", _grp(_mobile_digits(r), (3, 4), " "), "")),
    ("cn_digits", 0.6, lambda r: ("", _mob_cn(r, CN_DIG_Y if r.random() < 0.5 else CN_DIG), "")),
    ("daxie_digits", 0.5, lambda r: ("", _mob_cn(r, DAXIE), "")),
)


def _land(r, area=None):
    a = area or (r.choice(AREA3) if r.random() < 0.5 else r.choice(AREA4))
    return a, _local8(r)


def _land_ext(r):
    a, n = _land(r)
    return "", f"{a}-{n}", r.choice(("转806", "转8012", "-806", "-2031", "分机806", " 转 2", "转销售部"))


LANDLINE_FMTS = (
    ("dash_area3", 4, lambda r: ("", "%s-%s" % _land(r, r.choice(AREA3)), "")),
    ("dash_area4", 4, lambda r: ("", "%s-%s" % _land(r, r.choice(AREA4)), "")),
    ("paren_area", 2, lambda r: ("", r.choice(("(%s)%s", "（%s）%s", "(%s) %s")) % _land(r), "")),
    ("space_area_44", 1, lambda r: ("", (lambda a, n: f"{a} {n[:4]} {n[4:]}")(*_land(r)), "")),
    ("plain_area", 2, lambda r: ("", "%s%s" % _land(r), "")),
    ("local_8", 2, lambda r: ("", _local8(r), "")),
    ("dash_area_ext", 3, _land_ext),
    ("local_dash_44", 1, lambda r: ("", (lambda n: f"{n[:4]}-{n[4:]}")(_local8(r)), "")),
)

ID_FMTS = (
    ("plain_18", 8, lambda r: ("", _id_digits(r), "")),
    ("x_upper", 2, lambda r: ("", _id_digits(r, True), "")),
    ("x_lower", 1, lambda r: ("", _id_digits(r, True).lower(), "")),
    ("space_6_8_4", 1, lambda r: ("", _grp(_id_digits(r), (6, 8), " "), "")),
)

BANK_FMTS = (
    ("plain_19", 6, lambda r: ("", _card(r, 19), "")),
    ("plain_16", 4, lambda r: ("", _card(r, 16), "")),
    ("space_4_19", 3, lambda r: ("", _grp(_card(r, 19), (4, 4, 4, 4), " "), "")),
    ("space_4_16", 2, lambda r: ("", _grp(_card(r, 16), (4, 4, 4), " "), "")),
    ("dash_4_16", 1, lambda r: ("", _grp(_card(r, 16), (4, 4, 4), "-"), "")),
)

QQ_FMTS = (
    ("digits_5_8", 3, lambda r: ("", r.choice("123456789") + _d(r, r.randint(4, 7)), "")),
    ("digits_9_10", 5, lambda r: ("", r.choice("123456789") + _d(r, r.randint(8, 9)), "")),
    ("digits_space_grouped", 1, lambda r: ("", _grp(r.choice("123456789") + _d(r, 9), (3, 3), " "), "")),
)


def _wx_pinyin(r):
    v = r.choice(PINYIN) + r.choice(PINYIN) + r.choice(("", _d(r, 2), _d(r, 3), str(r.randint(1975, 2002))))
    return v if len(v) >= 6 else v + str(r.randint(1975, 2002))


def _wx_underscore(r):
    v = f"{r.choice(PINYIN)}_{r.choice(WORDS)}{r.choice(('', _d(r, 2), _d(r, 4)))}"
    return v if len(v) >= 6 else v + _d(r, 3)


WECHAT_FMTS = (
    ("wxid", 2, lambda r: ("", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                                    for _ in range(r.choice((12, 14)))), "")),
    ("pinyin_digits", 5, lambda r: ("", _wx_pinyin(r), "")),
    ("underscore", 2, lambda r: ("", _wx_underscore(r), "")),
    ("dash", 1, lambda r: ("", f"{r.choice(WORDS)}-{r.choice(PINYIN)}{_d(r, r.choice((2, 3)))}", "")),
    ("mixed_case", 2, lambda r: ("", f"{r.choice(('LJ', 'Zy', 'Amy', 'Leo', 'KK', 'Fang'))}{r.choice(WORDS).capitalize()}"
                                     f"{_d(r, r.choice((2, 3, 4)))}", "")),
)


def _plate_plain(r):
    p, c, t = _plate_body(r)
    return p + c + t


def _plate_ne(r):
    p, c, _ = _plate_body(r)
    return p + c + r.choice("DF") + _d(r, 5)


PLATE_FMTS = (
    ("plain_7", 6, lambda r: ("", _plate_plain(r), "")),
    ("dot_7", 2, lambda r: ("", (lambda s: s[:2] + "·" + s[2:])(_plate_plain(r)), "")),
    ("space_7", 2, lambda r: ("", (lambda s: s[:2] + " " + s[2:])(_plate_plain(r)), "")),
    ("new_energy_8", 3, lambda r: ("", _plate_ne(r), "")),
    ("lower_7", 1, lambda r: ("", (lambda s: s[0] + s[1:].lower())(_plate_plain(r)), "")),
)

EMAIL_FMTS = (
    ("numeric_qq", 4, lambda r: ("", r.choice("123456789") + _d(r, r.randint(6, 9)) + "@qq.com", "")),
    ("pinyin_public", 4, lambda r: ("", f"{r.choice(PINYIN)}{r.choice(PINYIN)}{_d(r, r.choice((0, 2, 3, 4)))}@"
                                        f"{r.choice(('163.com', '126.com', 'sina.com', '139.com', 'foxmail.com'))}", "")),
    ("corp_dotted", 3, lambda r: ("", f"{r.choice(PINYIN)}.{r.choice(PINYIN)}@{r.choice(CORP_DOMAINS)}", "")),
    ("underscore_intl", 1, lambda r: ("", f"{r.choice(PINYIN)}_{r.choice(WORDS)}{_d(r, 2)}@"
                                          f"{r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com'))}", "")),
    ("upper_case", 1, lambda r: ("", f"{r.choice(PINYIN).upper()}{_d(r, 4)}@{r.choice(('163.COM', '163.com', 'QQ.COM'))}", "")),
)


# -- addresses
def _city(r):
    return r.choice(CITIES)


def _bdu(r):
    return r.randint(1, 28), r.randint(1, 4)


def _a_prov_room(r):
    c = r.choice(CITIES[2:])
    b, u = _bdu(r)
    return f"{c[0]}{c[1]}{r.choice(c[2])}{r.choice(c[3])}{r.randint(1, 399)}号{r.choice(c[4])}{b}栋{u}单元{_room(r)}室"


def _a_city_room(r):
    c = _city(r)
    b, u = _bdu(r)
    tail = r.choice((f"{b}栋{u}单元{_room(r)}室", f"{b}号楼{u}单元{_room(r)}", f"{b}幢{_room(r)}室"))
    return f"{c[1]}{r.choice(c[2])}{r.choice(c[4])}{tail}"


def _a_district(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[2])}{r.choice(c[4])}{b}栋{u}单元{_room(r)}"


def _a_est_dong(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[4])}{b}栋{u}单元{_room(r)}{r.choice(('室', '', '房'))}"


def _a_est_haolou(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[4])}{b}号楼{u}单元{_room(r)}"


def _a_est_zhuang(r):
    c = _city(r)
    return f"{r.choice(c[4])}{r.randint(1, 30)}幢{_room(r)}室"


def _a_est_dash(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[4])}{b}-{u}-{_room(r)}"


def _a_cn_numeral(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[4])}{_cn_num(b)}栋{_cn_num(u)}单元{_room(r)}"


def _a_spaced(r):
    c = _city(r)
    b, u = _bdu(r)
    return f"{r.choice(c[2])} {r.choice(c[4])} {b}栋{u}单元 {_room(r)}"


def _a_sh_lane(r):
    c = CITIES[0]
    pre = r.choice(("上海市", "", ""))
    return f"{pre}{r.choice(c[2])}{r.choice(c[3])}{r.randint(10, 2999)}弄{r.randint(1, 60)}号{_room(r)}室"


def _a_village(r):
    p, v = r.choice(VILLAGES)
    return f"{p}{v}{r.choice(('', str(r.randint(1, 12)) + '组', _cn_num(r.randint(1, 9)) + '组'))}{r.randint(1, 188)}号"


def _a_urban_village(r):
    d, v = r.choice(URBAN_VILLAGES)
    return f"{d}{v}{r.choice(('东', '西', '南', '北'))}{_cn_num(r.randint(1, 9))}坊{r.randint(1, 80)}号{r.randint(2, 8)}0{r.randint(1, 6)}"


def _a_tower(r):
    c = _city(r)
    fl = r.randint(2, 45)
    tail = r.choice((f"{fl}层", f"{fl}楼{fl}{r.randint(1, 12):02d}", f"{fl}层{fl}{r.randint(1, 9):02d}室"))
    return f"{r.choice(c[2])}{r.choice(c[3])}{r.randint(1, 999)}号{r.choice(TOWERS)}{tail}"


def _a_apt_zuo(r):
    c = _city(r)
    return f"{r.choice(c[3])}{r.randint(1, 500)}号{r.choice(APTS)}{r.choice('ABCD')}座{_room(r)}{r.choice(('', '室'))}"


ADDRESS_FMTS = (
    ("prov_to_room", 3, lambda r: ("", _a_prov_room(r), "")),
    ("city_to_room", 3, lambda r: ("", _a_city_room(r), "")),
    ("district_estate_bare_room", 3, lambda r: ("", _a_district(r), "")),
    ("estate_dong_unit_room", 5, lambda r: ("", _a_est_dong(r), "")),
    ("estate_haolou", 2, lambda r: ("", _a_est_haolou(r), "")),
    ("estate_zhuang_room", 2, lambda r: ("", _a_est_zhuang(r), "")),
    ("estate_dash_3part", 3, lambda r: ("", _a_est_dash(r), "")),
    ("estate_cn_numerals", 1, lambda r: ("", _a_cn_numeral(r), "")),
    ("listing_spaced", 1, lambda r: ("", _a_spaced(r), "")),
    ("sh_lane_hao_room", 2, lambda r: ("", _a_sh_lane(r), "")),
    ("village_group_no", 1, lambda r: ("", _a_village(r), "")),
    ("urban_village_fang", 1, lambda r: ("", _a_urban_village(r), "")),
    ("road_tower_floor", 2, lambda r: ("", _a_tower(r), "")),
    ("apartment_zuo", 2, lambda r: ("", _a_apt_zuo(r), "")),
)

FMT_TABLES = (("mobile", "M", MOBILE_FMTS), ("landline", "L", LANDLINE_FMTS), ("id_card", "I", ID_FMTS),
              ("bank_card", "B", BANK_FMTS), ("qq", "Q", QQ_FMTS), ("wechat", "W", WECHAT_FMTS),
              ("plate", "P", PLATE_FMTS), ("email", "E", EMAIL_FMTS), ("address", "A", ADDRESS_FMTS))
CODE2KIND = {c: k for k, c, _ in FMT_TABLES}
KIND2FMTS = {k: t for k, _, t in FMT_TABLES}


# --------------------------------------------------------------------------- near-miss generators -> value
def _nm_listing(r):
    return r.choice((f"10{r.choice('4567')}{_d(r, 9)}", f"{r.choice(('SH', 'SZ', 'HZ', 'BJ', 'CD'))}{_d(r, 10)}",
                     f"{r.choice('123456789')}{_d(r, 9)}", f"ES-{r.randint(2021, 2024)}-{_d(r, 5)}",
                     f"ZF{_d(r, 8)}", f"{r.choice('123456789')}{_d(r, 8)}"))


def _nm_contract(r):
    dt = f"{r.randint(2022, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return r.choice((f"HT{dt}{_d(r, 3)}", f"ZL-{dt}-{_d(r, 4)}", f"{dt}{_d(r, 5)}", f"SF{dt[2:]}-{_d(r, 3)}",
                     f"ZX-{dt[:4]}-{_d(r, 4)}", f"WY{dt}{_d(r, 2)}"))


def _nm_unit_price(r):
    return r.choice((f"{r.randint(12, 129)}{r.choice(('800', '500', '000', '650'))}元/㎡", f"{r.randint(1, 12)}.{r.randint(1, 9)}万/平",
                     f"{r.randint(18, 98)}{r.choice(('000', '500'))}元/平", f"{r.randint(2, 11)}.{_d(r, 2)}万一平"))


def _nm_total_price(r):
    return r.choice((f"{r.randint(120, 1680)}万", f"{r.randint(120, 880)}w", f"{r.randint(95, 999)}万元",
                     f"{r.randint(2, 12)}{r.choice(('00', '50', '80'))}万"))


def _nm_rent(r):
    return r.choice((f"{r.randint(2, 12)}{r.choice(('000', '500', '800'))}元/月", f"{r.randint(2, 12)}{r.choice(('000', '500', '200'))}元",
                     f"{r.randint(2, 9)}k/月", f"{r.randint(1800, 15000)}/月", f"{r.randint(2, 9)}{r.choice(('000', '500'))}一个月"))


def _nm_amount(r):
    return r.choice((f"{r.randint(1, 9)}{r.choice(('000', '500'))}元", f"{r.randint(2, 9)}.{r.randint(1, 9)}万",
                     f"{r.randint(15, 99)},{r.choice(('000', '500'))}元", f"{r.randint(1, 50)}万元", f"{r.randint(1000, 9999)}.00元"))


def _nm_area(r):
    return r.choice((f"{r.randint(35, 180)}.{r.randint(1, 9)}㎡", f"{r.randint(40, 160)}平", f"{r.randint(38, 140)}.{_d(r, 2)}平方米",
                     f"{r.randint(50, 200)}平米", f"{r.randint(45, 150)}m²"))


def _nm_floor(r):
    tot = r.randint(6, 34)
    return r.choice((f"{r.randint(1, tot)}/{tot}层", f"{r.randint(1, tot)}/{tot}F", f"中楼层/共{tot}层",
                     f"高楼层(共{tot}层)", f"低区{r.randint(2, 8)}楼"))


def _nm_layout(r):
    return r.choice((f"{r.randint(1, 4)}室{r.randint(1, 2)}厅{r.randint(1, 2)}卫", f"{r.choice('一两三四')}室{r.choice('一两')}厅",
                     f"{r.randint(2, 4)}房{r.randint(1, 2)}厅", "一室户", f"{r.randint(2, 4)}居室"))


def _nm_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{r.randint(2023, 2025)}年{m}月{d}日", f"{r.randint(2023, 2025)}-{m:02d}-{d:02d}",
                     f"周{r.choice('一二三四五六日')}{r.choice(('上午', '下午', '晚上'))}{r.choice('23456789')}点",
                     f"{r.randint(8, 20)}:{r.choice(('00', '30', '15'))}", f"{m}.{d}", f"{r.randint(2023, 2025)}/{m}/{d}"))


def _nm_fee_rate(r):
    return r.choice((f"{r.randint(1, 6)}.{r.randint(0, 9)}元/㎡/月", f"{r.randint(1, 5)}.{r.choice(('5', '8', '2'))}元一平",
                     f"{r.randint(1, 4)}.{r.choice(('5', '8', '2', '0'))}元/平方米·月", f"{r.randint(1, 6)}.{r.randint(0, 9)}/平"))


def _nm_pfee(r):
    return r.choice((f"{r.randint(300, 4800)}.{_d(r, 2)}元", f"{r.randint(150, 800)}元/月", f"{r.randint(1200, 9800)}元",
                     f"{r.randint(1, 9)},{_d(r, 3)}.{_d(r, 2)}元"))


def _nm_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 480):03d}", f"负一层{r.choice('ABCD')}区{r.randint(1, 300):03d}",
                     f"{r.choice('ABC')}{r.randint(100, 699)}号车位", f"地下{r.choice('一二')}层{r.randint(1, 400)}号"))


def _nm_cert(r):
    return r.choice((f"沪({r.randint(2016, 2024)})浦字不动产权第{_d(r, 6)}号", f"粤({r.randint(2016, 2024)})深圳市不动产权第{_d(r, 7)}号",
                     f"京({r.randint(2016, 2024)})朝阳区不动产权第{_d(r, 7)}号", f"浙({r.randint(2016, 2024)})杭州市不动产权第{_d(r, 7)}号",
                     f"川({r.randint(2016, 2024)})成都市不动产权第{_d(r, 7)}号"))


def _nm_hotline(r):
    a = f"{r.randint(600, 899)}"
    b = _d(r, 4)
    return r.choice((f"400-{a}-{b}", f"400{a}{b}", f"400 {a} {b}", f"800-{a}-{b}", "95511", "95555", "12345", "96011",
                     f"4001-{_d(r, 3)}-{_d(r, 3)}"))


def _nm_masked_mobile(r):
    return r.choice((f"{r.choice(MOB_PREFIX)}****{_d(r, 4)}", f"{r.choice(MOB_PREFIX)}{_d(r, 1)}****{_d(r, 3)}",
                     f"{r.choice(MOB_PREFIX)}xxxx{_d(r, 4)}"))


def _nm_masked_id(r):
    return r.choice((f"{r.choice(ID_AREAS)[:4]}**********{_d(r, 3)}{r.choice('0123456789X')}",
                     f"{r.choice(ID_AREAS)}********{_d(r, 4)}", f"{r.choice(ID_AREAS)[:3]}***************"))


def _nm_masked_card(r):
    return r.choice((f"{r.choice(BINS19)[:4]} **** **** {_d(r, 4)}", f"{r.choice(BINS16)}******{_d(r, 4)}",
                     f"{r.choice(BINS19)[:4]}***********{_d(r, 4)}"))


def _nm_tail(r):
    return _d(r, 4)


def _nm_date_only(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{r.randint(2016, 2025)}年{m}月{d}日", f"{r.randint(2023, 2025)}-{m:02d}-{d:02d}",
                     f"{m}月{d}号", f"{r.randint(2016, 2025)}年{m}月", f"{r.randint(2023, 2025)}.{m}.{d}"))


def _luhn_break_body(r, n):
    head = r.choice(("4200001", "2024031", "1000050", "3100"))
    return head + _d(r, n - 1 - len(head))


def _nm_bad_card(r):
    n = r.choice((16, 18, 19))
    while True:
        v = _luhn_break(_luhn_break_body(r, n))
        if not _id_ok(v):
            return v


def _nm_bad_id(r):
    while True:
        s17 = f"{r.choice(ID_AREAS)}{r.randint(2021, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 3)}"
        c = r.choice(DIG)
        if _id_check(s17) != c and not _luhn_ok(s17 + c):
            return s17 + c


def _nm_code(r):
    return _d(r, r.choice((4, 6, 6)))


def _nm_meter(r):
    return r.choice(("0" + _d(r, 9), r.choice("123456789") + _d(r, 9), r.choice("123456789") + _d(r, 7), _d(r, 12)))


def _nm_metro(r):
    return r.choice((f"{r.randint(1, 18)}号线", f"地铁{r.randint(1, 16)}号线", f"{r.choice('ABCDEF')}{r.randint(1, 4)}口",
                     f"{r.randint(1, 9)}号口"))


def _nm_place(r):
    c = _city(r)
    return r.choice((r.choice(c[2]), r.choice(c[4]), r.choice(c[4]), c[1], r.choice(c[3])))


def _nm_percent(r):
    return r.choice((f"{r.randint(2, 4)}.{r.randint(10, 99)}%", f"{r.choice((20, 30, 35, 40))}%", f"{r.choice('一两三')}成",
                     f"{r.randint(1, 3)}个点"))


def _nm_upper(r):
    return r.choice(("人民币伍拾陆万捌仟元整", "壹佰贰拾万元整", "叁仟伍佰元整", "贰万元整", "人民币肆佰陆拾捌万元整", "柒仟贰佰元整"))


def _nm_credit(r):
    head = "91" + r.choice(ID_AREAS) + r.choice(("MA", "MA1", "MA5"))
    return head + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(18 - len(head)))


def _nm_postal(r):
    return r.choice(("200120", "100102", "518057", "510630", "310012", "610041", "430074", "210019", "450000"))


NEAR = {
    "listing_no": _nm_listing, "contract_no": _nm_contract, "unit_price": _nm_unit_price, "total_price": _nm_total_price,
    "rent": _nm_rent, "amount": _nm_amount,
    "area": _nm_area, "floor": _nm_floor, "layout": _nm_layout, "date_time": _nm_date,
    "property_fee": _nm_pfee, "fee_rate": _nm_fee_rate,
    "parking_no": _nm_parking, "cert_no": _nm_cert, "hotline": _nm_hotline, "masked_mobile": _nm_masked_mobile,
    "masked_id": _nm_masked_id, "masked_card": _nm_masked_card, "tail_digits": _nm_tail, "date": _nm_date_only,
    "bad_card": _nm_bad_card, "bad_id": _nm_bad_id, "verify_code": _nm_code, "meter_no": _nm_meter,
    "metro": _nm_metro, "place_only": _nm_place, "percent": _nm_percent, "amount_upper": _nm_upper,
    "credit_code": _nm_credit, "postal_code": _nm_postal, "lock_code": _nm_code,
}


# --------------------------------------------------------------------------- templates
# {M} mobile {L} landline {I} id_card {B} bank_card {Q} qq {W} wechat {P} plate {E} email {A} address
# {~kind} near-miss, {@a|b|c} free variation (not labelled)
PII_TEMPLATES = (
    # --- second-hand sales / rental agents
    "您好，我是{@链家|贝壳|我爱我家|中原地产|21世纪不动产}的置业顾问，刚才在{@安居客|贝壳|58同城}上看到您咨询的房子，方便的话加下我微信{W}，房源视频发您",
    "{@哥|姐|老师}，{A}这套{~layout}，{~area}，业主报价{~total_price}，周六上午可以看，您到了打我电话{M}",
    "看房地址：{A}\n时间：{~date_time}\n联系人电话：{M}（到小区门口给我打电话）",
    "房东电话{M}，钥匙在我们门店，{@你|您}直接过来就行",
    "业主身份证号：{I}\n买方身份证号：{I}\n麻烦核对一下，没问题我就去打印合同了",
    "定金{~amount}请转到业主账户：{B}，{@工商银行|建设银行|招商银行|农业银行}，转完截图发我",
    "{M}\n这是我新号码，之前那个不用了，{@麻烦|辛苦}您改下备注🙏",
    "我的微信是{W}，手机{M}，有任何问题随时找我",
    "房子在{A}，{~floor}，{~layout}，拎包入住，月租{~rent}，押一付三",
    "租客身份证{I}，电话{M}，入住时间{~date_time}，合同编号{~contract_no}",
    "房东让把房租打到这张卡上 {B} 户名就是房东本人",
    "您好我想看下{A}那套房，我电话{M}",
    "{@王哥|李姐|房东}说下午三点以后都有空，你直接联系他吧：{M}",
    "这套房源编号{~listing_no}，地址是{A}，业主急售，单价{~unit_price}",
    "麻烦把您身份证号发我一下，做网签要用的\n好的 {I}",
    "{I}\n{M}\n{A}\n以上是我的信息，合同上就这么写",
    "业主联系方式：{M}（只接电话不回短信）",
    "📍{A}\n🏠{~layout} {~area}\n💰{~total_price}\n☎️{M}",
    "【房源推荐】{A}，{~area}，{~floor}，南北通透，满五唯一，有意向请联系{M}（微信同号）",
    "买方：身份证{I}，联系电话{M}；卖方：身份证{I}，联系电话{M}",
    "首付款已经转到监管账户了，付款卡号{B}，回单我晚点发你",
    "我在门店，地址{A}，您过来看合同吧",
    "QQ{Q}，邮箱也可以发，{E}，租房合同电子版麻烦发一份给我",
    "合同扫描件已发到您邮箱{E}，请查收，有问题打我电话{M}",
    "你把房产证复印件和身份证照片发我邮箱吧：{E}",
    "您加我QQ吧 {Q} 微信我很少看",
    "{@业主|房东}是老人家，不会用微信，有事打他{@儿子|女儿}电话：{M}",
    "房东电话：{M}\n房东身份证：{I}\n收款卡：{B}（{@建行|工行|中行|招行}）",
    "租金每月5号前打到 {B}，逾期按日收千分之五违约金",
    "钥匙放在{A}物业前台了，你跟物业说是我们{@门店|公司}的就行",
    "在吗？{A}这套还在不在，我想约{~date_time}看房，电话{M}",
    "卖方收款账户：{@中国银行|交通银行|农业银行}，账号{B}，开户行{@浦东支行|南山支行|天河支行|西湖支行}",
    "带看反馈：客户对{A}比较满意，觉得{~unit_price}有点高，想约业主面谈，客户电话{M}",
    "客户微信{W}，我拉个群你们直接聊",
    "押金{~amount}已退回到您尾号那张卡，就是{B}，请注意查收",
    "我不在本地，看房的话联系我爸，电话{M}，房子在{A}",
    "房东电话 {M} 房子在{A} 二房东勿扰",
    "需要业主提供：身份证（{I}）、不动产权证（{~cert_no}）、户口本，谢谢配合",
    "中介费{~amount}转到公司对公账户，不要转个人卡，有疑问打公司电话{L}",
    "门店电话{L}，我手机{M}，我们门店在{A}",
    "哥 你邮箱是{E}对吧 我把贷款材料清单发过去了",
    "你好，我是昨天在{@小区门口|门店|地铁站}接你看房的小{@刘|张|周}，这是我的微信{W}，有合适的房子我第一时间推给你",
    "房主{M}，{A}，{~layout}，{~rent}，可短租",
    "刚加了您微信，我微信号{W}，手机号{M}，您通过一下",
    "车位也一起卖，车位号{~parking_no}，业主的车{P}现在还停在上面",
    "网签时间定在{~date_time}，地点{A}，请带好身份证原件，您的身份证号是{I}对吗",
    "收到，卡号{B}，我下午去银行转",
    "客户新加的，电话{M}，QQ{Q}，说白天不方便接电话可以QQ联系",
    # --- new-home sales office
    "{@欢迎莅临|诚邀您莅临}{@保利|万科|碧桂园|龙湖|华润}售楼处，地址：{A}，咨询电话：{L}",
    "售楼处电话{L}，置业顾问{M}（微信同号），开盘当天请带身份证和银行卡",
    "您好，认筹需要您的身份证号和一张本人银行卡，身份证{@号|}：{I}  卡：{B}",
    "{~date}开盘，需要提前登记，登记电话{L}，也可以加我微信{W}",
    "样板间在{A}，看完请到销售中心签到，销售热线{~hotline}",
    "这是项目销售经理的座机：{L}，有问题可以直接找她",
    "诚意金{~amount}已收到，收据号{~contract_no}，认购人身份证{I}",
    "营销中心地址：{A}\n电话：{L}\n开放时间：9:00-18:00",
    "购房合同邮寄到{A}，收件电话{M}，快递单号我稍后发您",
    "销售中心：{L} / 18:00以后请打值班手机{M}",
    "我们项目在{A}，开车的话把车牌号{P}报给门岗就能进",
    "认购书上的买受人信息：身份证号{I}，通讯地址{A}，电话{M}",
    "资料发送至{E}，标题写楼号+房号+姓名，例如“楼号+房号+姓名”",
    "团购优惠名额有限，报名请加微信{W}或致电{L}",
    "【{@华润|保利|龙湖}·{@天悦|和府|云河颂}】售楼部：{A} ☎{L} 置业顾问：{M}",
    # --- long-term rental apartments
    "您好，{@魔方|冠寓|泊寓|自如}{@管家|店长}这边，{A}有一间{~area}的单间空出来了，月租{~rent}，约看房联系{M}",
    "入住登记：身份证号{I}，紧急联系人电话{M}，车牌{P}（需要办停车的话）",
    "公寓前台电话{L}，晚上十点以后请打管家手机{M}",
    "退租押金请退到这张卡：{B}，谢谢",
    "门锁密码已发短信到{M}，初始密码是{~lock_code}#，入住后请自行修改",
    "房间号是{A}，进门刷卡，卡在前台领",
    "管家微信{W}，报修、续租、退租都找他",
    "租金账单已发到您的邮箱{E}，本月应缴{~rent}",
    "您好，您的租约{~date}到期，续租请联系{M}或回复本消息",
    "我想退租，押金退到{B}，我现在住{A}",
    "入住人：身份证{I}，手机号{M}；同住人：身份证{I}",
    # --- property management
    "业主您好，{~date}起停车场启用车牌识别，请回复楼栋房号+车牌，例：{A} {P}",
    "{A}，车牌{P}，申请月卡",
    "我家车牌{P}，新换的车，麻烦物业帮忙录一下，房号{A}",
    "物业费{~fee_rate}，本季度合计{~property_fee}，可转账到物业公司账户{B}，备注房号",
    "报修：{A}卫生间漏水到楼下了，电话{M}，麻烦尽快派师傅",
    "物业服务中心电话：{L}（24小时），管家{M}",
    "访客车辆{P}，今天下午来{A}，请放行",
    "您好，我是{A}的业主，我手机换号了，新号码{M}，请更新一下业主登记",
    "门禁卡丢了，补办需要什么？我是{A}业主，身份证{I}",
    "快递帮我放物业前台，收件人电话{M}，{A}",
    "临时车{P}要停三天，装修工人的车，业主电话{M}",
    "车位{~parking_no}的租户车牌{P}，月租{~rent}，从{~date}开始",
    "{P}\n{A}\n{M}\n办理停车月卡",
    "请各位业主在群里接龙登记车牌：\n1. {A} {P}\n2. {A} {P}\n3. {A} {P}",
    "监控中心值班室{L}，夜间22:00后有事打这个电话",
    "水电燃气户号{~meter_no}，缴费有问题联系物业客服{L}",
    "@物业管家 我是{A}，楼上在装修，噪音太大，能不能协调一下，我电话{M}",
    "{@你好|您好}，我车{P}被别人车挡住了，在{~parking_no}，挪车电话能帮我查下吗，我的电话{M}",
    "本人{A}业主，申请电动车充电桩，联系电话{M}，邮箱{E}",
    # --- renovation / decoration
    "您好，我是{@美家|东易日盛|业之峰|金螳螂}装饰的设计师，量房地址确认一下：{A}，{~date_time}上门",
    "设计方案和报价单已发到{E}，有疑问加我微信{W}",
    "装修首付款{~amount}请转到公司账户，账号{B}，开户行{@招商银行|工商银行}，合同编号{~contract_no}",
    "工长电话{M}，材料进场需要办出入证，车牌{P}",
    "施工地址：{A}\n业主电话：{M}\n开工日期：{~date}",
    "公司地址在{A}，展厅电话{L}，欢迎来看材料样板",
    "师傅，你明天几点到？地址{A}，到了打{M}",
    "水电验收没问题，尾款打到{B}这张卡就行，老板说的",
    "装修合同需要业主身份证号，您发一下\n{I}",
    "我QQ是{Q}，效果图发QQ吧微信压缩太厉害了",
    "设计师微信{W}，QQ{Q}，工作日回复比较快",
    "送货车{P}，司机电话{M}，大概{~date_time}到小区门口，麻烦跟物业说一声",
    # --- signatures / mixed
    "——\n{@置业顾问|租赁顾问|物业管家|家装顾问}\n手机：{M}\n微信：{W}\n门店：{A}",
    "{@链家|中原|德佑}地产 {@高级|资深}经纪人\nTel：{L}\nMob：{M}\nE-mail：{E}",
    "名片：置业顾问 手机{M} 微信{W} 公司地址{A} 服务热线{~hotline}",
    "【{@安心|诚信}租房】房东直租，{A}，{~layout}，电话：{M}，中介勿扰！",
    "联系我：{M}（同微信）/ QQ：{Q} / 邮箱：{E}",
    "v：{W}\n☎️：{M}",
    "加v {W} 看实拍图",
    "电话{M}或{M}，哪个打得通打哪个",
    "房东老家电话是座机{L}，手机经常没信号",
    "你好，刚刚给你打电话没接，我是看房的，我电话{M}，想问下{A}那套还租不租",
    "嗯嗯 我记一下 {M} 对吧",
    "好的，地址{A}，我{~date_time}过去",
    "发我邮箱 {E}",
    "{M} 这个是我老公电话，签合同那天他来",
    "合同上的甲方身份证号码写错了，正确的是{I}，麻烦重新打印一份",
    "转账信息 户名：房东本人 卡号：{B} 开户行：{@中国建设银行|中国工商银行|中国农业银行}{@深圳|杭州|成都|武汉|南京}分行",
    "车位出租，{~parking_no}，有意者联系{M}，非诚勿扰",
    "我的车牌是{P}，物业说要在群里报一下",
    "房子地址：{A}。小区名字搜不到的话导航到{~place_only}就行",
    "买方贷款银行要的资料：身份证号{I}，收入证明，银行流水，还款卡{B}",
    "我是{A}的租客，房东电话一直打不通，{M}，能帮忙联系下吗",
    "公司邮箱{E}，私人邮箱{E}，两个都可以",
    "业主说钥匙交给隔壁{A}的邻居了，邻居电话{M}",
    "这是我朋友的QQ {Q}，他也想在你们小区租房",
    "请将订房定金支付至：{B}（{@招商银行|浦发银行|兴业银行}），支付后回复截图，联系电话{L}",
    "换锁师傅电话{M}，物业推荐的，我家是{A}",
    "老板你好，我在{@58|闲鱼|小红书}上看到你发的转租，{A}那间，我微信{W}，方便聊聊吗",
    "业主信息更新：{A} 新手机{M} 车牌{P}",
    "我没有微信，加我QQ：{Q}，晚上在线",
    "房东说用QQ联系他，{Q}，备注租房",
    "{Q}是我QQ，户型图和合同照片都可以传这上面",
    "业主群是QQ群，先加我QQ{Q}我拉你进去",
    "装修进度照片我每天在QQ上发，您QQ号多少？\n{Q}",
    "qq:{Q} 邮箱:{E} 两个都行，合同扫描件要清楚一点",
    "企鹅{Q}，加的时候备注{@看房|买房|租房|装修}",
    "房东电话：{M}\n（{@晚上|中午}打，白天在上班）",
)

NEAR_TEMPLATES = (
    "这套房源编号{~listing_no}，{~layout}，{~area}，挂牌价{~total_price}",
    "单价{~unit_price}，总价{~total_price}，首付{~percent}",
    "{~floor}，{~layout}，{~area}，南北通透，满五唯一",
    "您好，{~date_time}可以看房吗？",
    "合同编号{~contract_no}，签约日期{~date_time}",
    "物业费{~fee_rate}，停车费{~rent}",
    "车位{~parking_no}出售，价格{~amount}",
    "不动产权证号：{~cert_no}",
    "有问题请拨打全国服务热线{~hotline}",
    "业主电话{~masked_mobile}，需要的话我帮您联系",
    "交易流水号{~bad_card}，已到账",
    "网签备案号{~bad_id}，可以在住建委网站查到",
    "您的验证码是{~verify_code}，5分钟内有效",
    "电费户号{~meter_no}，记得按时缴费",
    "离{~metro}步行5分钟就到",
    "{~place_only}那边现在什么价？",
    "贷款利率{~percent}，首付{~percent}",
    "合同总价{~amount_upper}（小写：{~amount}）",
    "开发商统一社会信用代码{~credit_code}",
    "邮编{~postal_code}",
    "看房密码{~lock_code}，看完记得锁门",
    "{~layout}，{~area}，{~total_price}，{~floor}",
    "房源ID：{~listing_no} 已下架",
    "我看中了{~place_only}的一套{~layout}，大概{~total_price}",
    "这个{~unit_price}是含税的吗",
    "租金{~rent}，押一付三，{~date}起租",
    "本月物业费已缴纳{~property_fee}，收据号{~contract_no}",
    "客户订金收据编号{~contract_no}，金额{~amount}",
    "业主身份证{~masked_id}，已核验",
    "{~date}下午带看{~place_only}三套，记得准备好钥匙",
    "装修报价{~amount}，工期{~date}前完成",
    "燃气户号{~meter_no}，水表号{~meter_no}",
    "热线{~hotline}，人工客服请按0",
    "总价{~total_price}，建面{~area}，套内{~area}",
    "交易服务费{~percent}，贷款服务费{~amount}",
    "网签合同号{~contract_no}",
    "这个小区{~date}交房，{~floor}",
    "停车位{~parking_no}月租{~rent}",
    "银行回单流水{~bad_card}",
    "产权证{~cert_no}，共有人一名",
    "您尾号{~tail_digits}的卡已收到退款",
    "{~place_only}附近有没有{~rent}左右的{~layout}",
    "楼层：{~floor}\n户型：{~layout}\n面积：{~area}\n单价：{~unit_price}",
    "订单号{~bad_card}，支付成功",
    "房源编码{~listing_no}，{~place_only}，{~layout}",
    "挂牌{~total_price}，成交{~total_price}，差了{~percent}",
    "合同{~contract_no}已备案，备案号{~bad_id}",
    "物业公司电话{~hotline}，报修请按1",
    "车位编号{~parking_no}，产权车位，{~amount}",
    "首付{~total_price}，月供{~rent}，贷款30年",
    "{~area}，{~floor}，采光好，{~total_price}",
    "看房时间改到{~date_time}，可以吗",
    "房子是{~date}买的，到现在满五了",
    "装修合同号{~contract_no}，首期款{~percent}",
    "发票号码{~bad_card}，金额{~amount}",
    "下单验证码{~verify_code}，请勿泄露",
    "业主手机{~masked_mobile}，我这边不方便直接给",
    "在{~metro}附近找个{~layout}，预算{~rent}",
    "{~place_only}还有房吗",
    "房源{~listing_no}和{~listing_no}对比一下",
    "物业费按{~fee_rate}收，一年{~property_fee}",
    "备案价{~unit_price}，实际成交{~unit_price}",
    "认购金{~amount_upper}",
    "租约到{~date}，提前一个月通知",
    "水电燃气户号：电{~meter_no}，水{~meter_no}",
    "银行客服{~hotline}，问下公积金贷款",
    "门禁密码{~lock_code}",
    "收款凭证号{~bad_id}",
    "房号我晚点发，{~floor}，{~area}",
    "这边{~place_only}新盘{~unit_price}起",
    "邮寄到{~place_only}，邮编{~postal_code}",
    "今天成交一套，{~layout}，{~total_price}🎉",
    "定金{~amount}已收，余款{~date}前付清",
    "客户{~date_time}到店，看{~listing_no}",
    "签约后30个工作日内放款，{~date}前过户",
)
NEAR_TEMPLATES = NEAR_TEMPLATES + (
    "退款已原路退回{~masked_card}，预计1-3个工作日到账",
    "您好，您尾号{~tail_digits}的手机号已登记为业主联系方式",
    "租客电话{~masked_mobile}，身份证{~masked_id}，已完成实名",
    "付款卡{~masked_card}，金额{~amount}，{~date}",
    "【物业通知】{~date}停水，请各位业主提前储水，咨询{~hotline}",
    "【缴费提醒】您{~date}的物业费{~property_fee}尚未缴纳，请及时缴费",
    "各位业主，地下车库{~parking_no}至{~parking_no}区域{~date}刷地坪漆，请挪车",
    "电梯维保时间{~date_time}，期间请走楼梯🙏",
    "链家这边{~place_only}成交价{~unit_price}，你那套挂{~total_price}有点高了",
    "房贷月供{~rent}，还了{~percent}了",
    "客户预算{~total_price}以内，要{~layout}，{~area}以上，靠近{~metro}",
    "【新房快讯】{~place_only}新盘备案均价{~unit_price}，{~date}开盘",
    "二手房税费：契税{~percent}，个税{~percent}，增值税满二免征",
    "定金收据{~contract_no}，{~amount_upper}",
    "户型图发你了，{~layout}，赠送面积大概{~area}",
    "这边挂的{~listing_no}其实已经卖了",
    "{~floor} 电梯房 {~area} {~total_price} 随时看",
    "下周{~date_time}签约，记得带房产证原件（{~cert_no}）",
    "装修预算{~amount}，硬装{~amount}，软装另算",
    "瓷砖订单{~contract_no}，{~date}送货",
    "智能门锁临时密码{~lock_code}，24小时内有效",
    "快递驿站取件码{~verify_code}",
    "公积金中心{~hotline}，问提取的事",
    "银行预约号{~verify_code}，{~date_time}去面签",
    "水费账户{~meter_no}，本期{~property_fee}",
    "这套{~area}，算下来{~unit_price}，{~place_only}算便宜的了",
    "哥，{~listing_no}那套业主降了{~amount}",
    "成交确认书编号{~contract_no}，成交价{~amount_upper}",
    "转账失败，流水号{~bad_card}，请重新支付",
    "备案编号{~bad_id}，请妥善保管",
    "物业费{~fee_rate}，电梯费{~fee_rate}，垃圾费另收",
    "面积{~area}，实用率{~percent}",
    "电话没打通，{~masked_mobile}是你的号吗",
    "我周末有空，{~date_time}或者{~date_time}都行",
    "{~place_only}的房东都说要涨租",
    "停车场收费：临停每小时5元，月卡{~rent}",
)


# --------------------------------------------------------------------------- building
_MARK = re.compile(r"\{([^{}]+)\}")


def _render(r: random.Random, tpl: str, force: tuple | None = None):
    """Fill a template.  force = (kind, fmt_name): the first marker of that kind uses that format."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    forced_done = False

    def emit(t):
        out.append(t)
        return sum(len(x) for x in out)

    cur = 0
    for m in _MARK.finditer(tpl):
        cur = emit(tpl[pos:m.start()])
        key = m.group(1)
        if key.startswith("@"):
            cur = emit(r.choice(key[1:].split("|")))
        elif key.startswith("~"):
            v = NEAR[key[1:]](r)
            nears.append((key[1:], cur, cur + len(v)))
            cur = emit(v)
        else:
            kind = CODE2KIND[key]
            table = KIND2FMTS[kind]
            if force and not forced_done and force[0] == kind:
                name, _, fn = next(t for t in table if t[0] == force[1])
                forced_done = True
            else:
                name, _, fn = r.choices(table, weights=[t[1] for t in table])[0]
            pre, v, post = fn(r)
            cur = emit(pre)
            ents.append((kind, cur, cur + len(v)))
            fmts.append(name)
            cur = emit(v)
            cur = emit(post)
        pos = m.end()
    emit(tpl[pos:])
    return "".join(out), ents, fmts, nears


def _kinds_in(tpl):
    return [CODE2KIND[k] for k in _MARK.findall(tpl) if k in CODE2KIND]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    # 1) force every format into 5 distinct templates holding its kind
    for kind, _, table in FMT_TABLES:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if kind in _kinds_in(t)]
        for name, _, _ in table:
            for i in r.sample(cands, min(5, len(cands))):
                rows.append(_render(r, PII_TEMPLATES[i], (kind, name)))
                tids.append(f"P{i}")
    # 2) every PII template a few more times, in a shuffled order
    order = list(range(len(PII_TEMPLATES))) * 5
    r.shuffle(order)
    for i in order:
        rows.append(_render(r, PII_TEMPLATES[i]))
        tids.append(f"P{i}")
    # 3) near-miss-only rows
    order = list(range(len(NEAR_TEMPLATES))) * 6
    r.shuffle(order)
    for i in order:
        rows.append(_render(r, NEAR_TEMPLATES[i]))
        tids.append(f"N{i}")
    # interleave deterministically so the frame reads like an archive
    idx = list(range(len(rows)))
    r.shuffle(idx)
    rows = [rows[i] for i in idx]
    tids = [tids[i] for i in idx]
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame({
        "text": [t for t, _, _, _ in rows],
        "entities": [e for _, e, _, _ in rows],
        "formats": [f for _, _, f, _ in rows],
        "near_misses": [n for _, _, _, n in rows],
        "split": SPLIT,
    })


def make_blind25_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- label checks
_PLATE_RE = re.compile(r"^[沪京粤浙川鄂苏豫津皖][A-Za-z][·\s]?(?:[DF]\d{5}|[A-HJ-NP-Za-hj-np-z0-9]{5})$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._]+@[A-Za-z0-9-]+(?:\.[A-Za-z]+)+$")
_WX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_ADDR_END = ("号", "栋", "幢", "楼", "单元", "室", "层", "座", "房")


def _check_value(kind, v):
    n = _norm(v)
    if kind == "mobile":
        assert n.isdigit() and len(n) == 11 and n[:3] in MOB_PREFIX, v
    elif kind == "landline":
        assert n.isdigit() and (len(n) == 8 and n[0] in "2345678" or n[0] == "0" and len(n) in (11, 12)), v
        if len(n) > 8:
            assert n[:3] in AREA3 or n[:4] in AREA4, v
    elif kind == "id_card":
        assert _id_ok(n.upper()), v
    elif kind == "bank_card":
        assert len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert _WX_RE.match(v), v
    elif kind == "plate":
        assert _PLATE_RE.match(v), v
    elif kind == "email":
        assert _EMAIL_RE.match(v), v
    elif kind == "address":
        assert v.endswith(_ADDR_END) or v[-1].isdigit(), v
        assert not v[0].isdigit(), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            _check_value(k, v)
            if k != "address":
                bad = r"[0-9A-Za-z_@.]" if k in ("wechat", "email") else r"[0-9]"
                if s > 0 and not text[:s].endswith(("+86", "0086", "86-")):
                    assert not re.match(bad, text[s - 1]), (text, v)
                if e < len(text):
                    assert not re.match(bad, text[e]), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            nv = _norm(v)
            if nv.isdigit() and 16 <= len(nv) <= 19:
                assert not _luhn_ok(nv), (k, v)
            if len(nv) == 18 and nv[:17].isdigit():
                assert not _id_ok(nv.upper()), (k, v)
            if nv.isdigit() and len(nv) == 11:
                assert nv[:3] not in MOB_PREFIX, (k, v)
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
    assert df.equals(make_blind25_corpus())  # deterministic
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
        print(f"  {f:34s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, _, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

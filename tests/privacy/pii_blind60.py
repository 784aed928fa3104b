"""Sixtieth blind PII corpus (``split == "blind60"``): a home decoration company's WeCom archive.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十五位写手")
under the blind-writer rules.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the head of ``../shared/datasets/README.md``.
Nothing else under ``toolkit/privacy/``, ``tests/``, ``bench/``, ``docs/``,
no README, no other corpus, no git history.  It never imported ``toolkit``
and never ran any masking / finding function on this data.  Sentences,
values and labels come from the writer's own idea of what such chats hold.

What is different here: THEME.  An ordinary day in the WeCom archive of a
regional home decoration (装修) company with branches in 杭州, 苏州 and 合肥:
designers, project managers (项目经理), customer service and foremen (工长)
talking with home owners in 1:1 chats and in one group chat per site
(owner + designer + foreman).  Site addresses in new estates (x幢x单元xxxx,
3-2-1502, 弄/号/室 in 上海, 自建房 in villages), measurement appointments,
contracts with ID numbers, staged payments to company accounts or refunds to
owners' cards, material deliveries (drivers' phones, van plates for the
estate gate), workers' numbers, property-management landlines, complaints.
Aim: an average archive, not hard cases.

Near-misses are what such an archive holds that is not personal: contract
and order numbers, tracking numbers, amounts and payment ratios, dates and
times, floor areas and dimensions, material model / colour / batch numbers,
400 / 95xxx / 12345 hotlines, masked phones (138****5678), 尾号 digits,
verification and door-lock codes, invoice numbers, company credit codes,
payment serial numbers of card length failing Luhn, 18-digit product codes
failing the ID check digit, a city / district / showroom alone, VR links,
workers' badge numbers.

Seed
----
``SEED = "blind60-2026-decoration-第六十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn, every 18-digit one fails
the ID check.  Each format is first forced 4 times into 4 different
templates holding its kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only: cue words, ``+86`` /
``0086`` prefixes and landline extensions such as ``转806`` are outside,
separators inside a value are inside; an address runs from its first place
unit to its last house-level unit; names are never labelled), ``formats``
(one format name per entity), ``near_misses`` (list of
``(near_kind, start, end)``) and ``split`` (always ``"blind60"``).

Counts (``python tests/privacy/pii_blind60.py``)
-----------------------------------------------
rows=1560, pii_rows=880, near_rows=680, entities=1282
(mobile 396, address 265, landline 113, email 96, wechat 91, qq 84,
id_card 82, bank_card 78, plate 77);
near-miss spans=1180 (1091 in near-miss rows), 26 near-miss kinds
(price 225, date_time 171, duration 78, quantity 60, place_only 57,
dimension 55, contract_no 52, hotline 49, floor_area 43, model_no 40,
masked 36, color_no 30, tracking_no 27, bad_card 26, warranty 26,
badge_no 24, tail_digits 23, batch_no 22, pay_ratio 22, credit_code 22,
lock_code 18, bad_id 18, url 15, verify_code 14, invoice_no 14, order_no 13);
formats=49 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind60-2026-decoration-第六十五位写手"
SPLIT = "blind60"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 880
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- value helpers

_DIG = "0123456789"


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in _DIG:
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


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(_DIG) for _ in range(n))


# --------------------------------------------------------------------------- PII value formats

_MOB_PRE = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
            "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189",
            "177", "173", "199", "191", "166", "198", "176", "178", "175", "147", "195", "193")


def _mobile(r):
    return r.choice(_MOB_PRE) + _digits(r, 8)


def _m_plain(r):
    return _mobile(r)


def _m_space(r):
    m = _mobile(r)
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def _m_dash(r):
    m = _mobile(r)
    return f"{m[:3]}-{m[3:7]}-{m[7:]}"


def _m_space_li(r):  # 3-4-4 with two spaces typed by hand after the prefix only
    m = _mobile(r)
    return f"{m[:3]} {m[3:]}"


_CN_DIG = "零幺二三四五六七八九"


def _m_voice(r):
    m = _mobile(r)
    return "".join(_CN_DIG[int(c)] for c in m)


MOBILE_FMTS = (("plain_11", _m_plain, 70), ("space_344", _m_space, 12), ("dash_344", _m_dash, 6),
               ("space_3_8", _m_space_li, 4), ("voice_words", _m_voice, 3))

_AREA = (("0571", 8, "2345678"), ("0512", 8, "6568"), ("0551", 8, "6"), ("021", 8, "56"), ("0512", 8, "6"),
         ("0572", 7, "2"), ("0573", 7, "8"), ("0575", 8, "8"), ("0552", 7, "3"), ("0571", 8, "8"))


def _tel(r):
    code, n, first = r.choice(_AREA)
    return code, r.choice(first) + _digits(r, n - 1)


def _l_dash(r):
    c, n = _tel(r)
    return f"{c}-{n}"


def _l_plain(r):
    c, n = _tel(r)
    return c + n


def _l_paren(r):
    c, n = _tel(r)
    return f"({c}){n}"


def _l_space(r):
    c, n = _tel(r)
    return f"{c} {n}"


def _l_local(r):
    _, n = _tel(r)
    return n


LANDLINE_FMTS = (("area_dash", _l_dash, 50), ("area_plain", _l_plain, 15), ("area_paren", _l_paren, 10),
                 ("area_space", _l_space, 10), ("local_no_area", _l_local, 6))

_PY = ("zhangwei", "wangfang", "lijing", "liuyang", "chenjie", "yangfan", "zhaolei", "huangli", "zhouxin",
       "wuhao", "xuming", "sunli", "maxiaoyu", "zhujun", "hulin", "guoqiang", "linxi", "hexiaomei", "gaoyan",
       "luotao", "shenjia", "hanmei", "caojian", "pengyu", "jiangnan", "xiaoqing", "tangyi", "fengrui")


def _py(r):
    return r.choice(_PY)


def _e_qq(r):
    return r.choice("123456789") + _digits(r, r.choice((7, 8, 9))) + "@qq.com"


def _e_163(r):
    return _py(r) + r.choice(("", "", "88", "1990", "_home", "123", "2008")) + "@163.com"


def _e_126(r):
    return _py(r) + r.choice(("", "66", "1987", "_01")) + "@126.com"


def _e_fox(r):
    return _py(r) + r.choice(("", "520", "_sj", "1993")) + "@foxmail.com"


def _e_corp(r):
    return _py(r) + "@" + r.choice(("hzyijia.com", "mingjuzs.cn", "jiahe-design.com", "alibaba-inc.com",
                                    "hikvision.com", "nio.com", "ustc.edu.cn", "zju.edu.cn"))


def _e_sina(r):
    return _py(r) + r.choice(("", "77", "2010")) + "@" + r.choice(("sina.com", "sina.cn", "139.com"))


EMAIL_FMTS = (("qq_digits", _e_qq, 35), ("pinyin_163", _e_163, 20), ("pinyin_126", _e_126, 10),
              ("foxmail", _e_fox, 8), ("work_domain", _e_corp, 12), ("sina_139", _e_sina, 6))

_ID_AREA = ("330106", "330110", "330108", "330102", "330481", "330521", "320506", "320507", "320581",
            "320583", "340104", "340111", "340123", "341221", "342401", "310115", "320106", "410122",
            "362329", "330681", "340822", "411421", "320382", "330782")


def _idbody(r):
    y = r.randint(1962, 1999)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return f"{r.choice(_ID_AREA)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"


def _id_full(r, x=None):
    for _ in range(200):
        b = _idbody(r)
        c = _id_check(b)
        if x is None and c != "X":
            return b + c
        if x is not None and c == "X":
            return b + x
    raise AssertionError


def _i_plain(r):
    return _id_full(r)


def _i_xu(r):
    return _id_full(r, "X")


def _i_xl(r):
    return _id_full(r, "x")


def _i_space(r):
    v = _id_full(r)
    return f"{v[:6]} {v[6:14]} {v[14:]}"


ID_FMTS = (("plain_18", _i_plain, 60), ("x_upper", _i_xu, 10), ("x_lower", _i_xl, 5), ("space_6_8_4", _i_space, 5))

_BIN19 = ("622202", "621226", "622848", "621700", "622700", "622262", "621661", "622208", "621799", "623668",
          "621466", "622908")
_BIN16 = ("621483", "622588", "622580", "621286", "622609", "625965", "628288", "622155")
_BIN_V = ("438088", "439225", "436742", "404119", "524047", "552599", "518710", "531693")


def _card(r, bin_, n):
    body = bin_ + _digits(r, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def _b_19(r):
    return _card(r, r.choice(_BIN19), 19)


def _b_16(r):
    return _card(r, r.choice(_BIN16), 16)


def _b_space19(r):
    v = _card(r, r.choice(_BIN19), 19)
    return " ".join(v[i:i + 4] for i in range(0, 19, 4))


def _b_space16(r):
    v = _card(r, r.choice(_BIN16 + _BIN_V), 16)
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def _b_95(r):
    return _card(r, r.choice(("95588", "95599", "95595", "95580")), 19)


def _b_visa(r):
    return _card(r, r.choice(_BIN_V), 16)


BANK_FMTS = (("unionpay_19", _b_19, 45), ("unionpay_16", _b_16, 15), ("space_4_19", _b_space19, 12),
             ("space_4_16", _b_space16, 8), ("domestic_95_19", _b_95, 5), ("visa_master_16", _b_visa, 5))


def _q(r, n):
    return r.choice("123456789") + _digits(r, n - 1)


QQ_FMTS = (("qq_8", lambda r: _q(r, 8), 20), ("qq_9", lambda r: _q(r, 9), 40), ("qq_10", lambda r: _q(r, 10), 30),
           ("qq_6_7", lambda r: _q(r, r.choice((6, 7))), 6))

_WX_WORDS = ("lily", "amy", "tony", "kevin", "momo", "xiaoyu", "jiajia", "dandan", "sky", "sunny", "home",
             "deco", "sheji", "ada", "coco", "leo", "vivi", "yoyo")


def _w_py(r):
    return _py(r) + r.choice(("", "88", "1990", "666", "520", "1314", "2019", "0823"))


def _w_wxid(r):
    return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))


def _w_under(r):
    return r.choice(_WX_WORDS) + "_" + r.choice(_PY + _WX_WORDS) + r.choice(("", "1", "99", "2020"))


def _w_dash(r):
    return r.choice(_WX_WORDS) + "-" + r.choice(("sheji", "zhuangxiu", "design", "home", "jiaju")) + _digits(r, 2)


def _w_caps(r):
    p = _py(r)
    return p[0].upper() + p[1:] + _digits(r, r.choice((3, 4)))


WECHAT_FMTS = (("pinyin_digits", _w_py, 40), ("wxid", _w_wxid, 12), ("underscore_word", _w_under, 15),
               ("dash_word", _w_dash, 8), ("capital_pinyin", _w_caps, 8))

_PL_PROV = ("浙A", "浙A", "浙A", "苏E", "苏E", "皖A", "皖A", "浙B", "浙C", "浙F", "沪A", "沪B", "皖K", "皖N",
            "豫N", "苏A", "赣E", "浙D", "皖S", "苏B")
_PL_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _pl_tail(r):
    s = [r.choice(_DIG) for _ in range(5)]
    for i in r.sample(range(5), r.choice((0, 1, 1, 2))):
        s[i] = r.choice(_PL_L)
    return "".join(s)


def _p_blue(r):
    return r.choice(_PL_PROV) + _pl_tail(r)


def _p_green(r):
    return r.choice(_PL_PROV) + r.choice("DF") + r.choice(_PL_L + _DIG) + _digits(r, 4)


def _p_dot(r):
    return r.choice(_PL_PROV) + "·" + _pl_tail(r)


def _p_space(r):
    return r.choice(_PL_PROV) + " " + _pl_tail(r)


PLATE_FMTS = (("blue_7", _p_blue, 50), ("green_8", _p_green, 15), ("dot_sep", _p_dot, 6), ("space_sep", _p_space, 6))

# addresses ------------------------------------------------------------------------
_CITIES = (
    ("浙江省", "杭州市", ("余杭区", "滨江区", "萧山区", "拱墅区", "临平区", "西湖区"),
     ("良睦路", "江南大道", "市心北路", "文一西路", "丰潭路", "星桥北路", "东宁路", "古墩路"), ("良渚街道", "闲林街道", "宁围街道")),
    ("江苏省", "苏州市", ("吴中区", "相城区", "工业园区", "姑苏区", "吴江区"),
     ("东环路", "星湖街", "太湖东路", "相城大道", "金鸡湖大道", "长江路"), ("越溪街道", "元和街道", "唯亭街道")),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "政务区", "经开区", "瑶海区"),
     ("潜山路", "繁华大道", "徽州大道", "翡翠路", "祁门路"), ("三里庵街道", "滨湖街道")),
)
_ESTATES = ("融创玖樾府", "万科翡翠公园", "绿城春风金沙", "保利天汇", "龙湖春江天玺", "碧桂园凤凰城", "中海寰宇天下",
            "华润悦府", "金地自在城", "招商雍景湾", "新城悦隽公馆", "旭辉江山樾", "滨江御品", "越秀星汇云城",
            "阳光城翡丽湾", "世茂云图", "建发央著", "美的云筑", "蓝城桃李春风", "万科星图", "中南樾府", "银城东方",
            "德信海月", "大华锦绣华城", "仁恒江湾城", "时代滨江花园", "金科集美天辰", "荣盛锦绣外滩")
_PHASE = ("一期", "二期", "三期", "南区", "北区")
_BLD = ("幢", "栋", "号楼")


def _room(r):
    return f"{r.randint(2, 33)}{r.randint(1, 4):02d}"


def _city(r):
    return r.choice(_CITIES)


def _a_full(r):
    p, c, ds, rs, _ = _city(r)
    return (f"{p}{c}{r.choice(ds)}{r.choice(rs)}{r.randint(1, 3000)}号{r.choice(_ESTATES)}"
            f"{r.randint(1, 28)}{r.choice(_BLD)}{r.randint(1, 3)}单元{_room(r)}室")


def _a_city(r):
    _, c, ds, _, _ = _city(r)
    return f"{c}{r.choice(ds)}{r.choice(_ESTATES)}{r.randint(1, 28)}{r.choice(_BLD)}{r.randint(1, 3)}单元{_room(r)}"


def _a_district(r):
    _, _, ds, _, _ = _city(r)
    return f"{r.choice(ds)}{r.choice(_ESTATES)}{r.randint(1, 28)}{r.choice(_BLD)}{_room(r)}室"


def _a_dash(r):
    return f"{r.choice(_ESTATES)}{r.randint(1, 28)}-{r.randint(1, 3)}-{_room(r)}"


def _a_estate_bld(r):
    return f"{r.choice(_ESTATES)}{r.randint(1, 28)}{r.choice(_BLD)}{_room(r)}"


def _a_phase(r):
    return f"{r.choice(_ESTATES)}{r.choice(_PHASE)}{r.randint(1, 28)}{r.choice(_BLD)}{r.randint(1, 3)}单元{_room(r)}"


def _a_road(r):
    _, _, _, rs, _ = _city(r)
    return f"{r.choice(rs)}{r.randint(1, 3000)}号{r.choice(_ESTATES)}{r.randint(1, 28)}{r.choice(_BLD)}{_room(r)}"


def _a_street(r):
    _, c, ds, _, ss = _city(r)
    return f"{c}{r.choice(ds)}{r.choice(ss)}{r.choice(_ESTATES)}{r.randint(1, 28)}{r.choice(_BLD)}{r.randint(1, 3)}单元{_room(r)}室"


def _a_sh(r):
    return (f"上海市{r.choice(('闵行区', '浦东新区', '嘉定区', '松江区'))}{r.choice(('浦锦路', '沪松公路', '曹安公路', '周浦镇年家浜路'))}"
            f"{r.randint(100, 3999)}弄{r.randint(1, 60)}号{_room(r)}室")


def _a_village(r):
    return r.choice((
        f"浙江省杭州市余杭区{r.choice(('径山镇', '瓶窑镇', '黄湖镇'))}{r.choice(('前溪村', '彭公村', '长乐村'))}{r.randint(1, 12)}组{r.randint(1, 88)}号",
        f"江苏省苏州市吴中区{r.choice(('临湖镇', '东山镇', '光福镇'))}{r.choice(('石舍村', '陆巷村', '香雪村'))}{r.randint(1, 12)}组{r.randint(1, 88)}号",
        f"安徽省合肥市肥西县{r.choice(('三河镇', '紫蓬镇', '桃花镇'))}{r.choice(('新街村', '杨店村', '王祠村'))}{r.randint(1, 12)}组{r.randint(1, 88)}号",
    ))


ADDRESS_FMTS = (("province_full", _a_full, 10), ("city_estate_unit", _a_city, 14), ("district_estate_room", _a_district, 14),
                ("estate_dash_3", _a_dash, 18), ("estate_building_room", _a_estate_bld, 18), ("estate_phase", _a_phase, 8),
                ("road_no_estate", _a_road, 8), ("street_estate", _a_street, 5), ("shanghai_lane", _a_sh, 4),
                ("village_group", _a_village, 5))

FMT_TABLES = (("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("email", EMAIL_FMTS), ("id_card", ID_FMTS),
              ("bank_card", BANK_FMTS), ("qq", QQ_FMTS), ("wechat", WECHAT_FMTS), ("plate", PLATE_FMTS),
              ("address", ADDRESS_FMTS))
_FMT = dict(FMT_TABLES)

# --------------------------------------------------------------------------- near-miss values


def _bad_luhn(r, prefix, n):
    while True:
        v = prefix + _digits(r, n - len(prefix))
        if not _luhn_ok(v) and not _id_ok(v):
            return v


def _n_contract(r):
    return r.choice((f"HT{r.randint(2024, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 3)}",
                     f"YJ-HZ-{r.randint(2024, 2025)}-{_digits(r, 4)}", f"SZ{r.randint(24, 25)}{_digits(r, 5)}",
                     f"JZ{r.randint(2024, 2025)}{_digits(r, 4)}"))


def _n_order(r):
    return r.choice((_bad_luhn(r, r.choice("123"), 19), _digits(r, 1).replace("0", "2") + _digits(r, 11),
                     f"DD{r.randint(2024, 2025)}{_digits(r, 8)}", _bad_luhn(r, "3", 16)))


def _n_tracking(r):
    return r.choice((f"SF{_digits(r, 13)}", f"YT{_digits(r, 13)}", f"JDVB{_digits(r, 11)}", f"DPK{_digits(r, 12)}",
                     "7" + _digits(r, 11), f"ZT{_digits(r, 12)}"))


def _n_price(r):
    return r.choice((f"{r.randint(3, 60)}{r.choice(('', '.5', '.8'))}万", f"{r.randint(1, 99)},{_digits(r, 3)}元",
                     f"¥{r.randint(800, 98000)}", f"{r.randint(200, 9000)}块", f"{r.randint(1000, 99999)}元",
                     f"{r.randint(30, 480)}一平", f"{r.randint(2, 30)}{r.choice(('', '', '.5'))}万"))


def _n_ratio(r):
    return r.choice(("30%", "40%", "25%", "5%", "百分之三十", "20%", "两成", "尾款5%"))


def _n_date(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 30)}号", f"{r.randint(1, 12)}月{r.randint(1, 30)}日",
                     f"周{r.choice('一二三四五六日')}{r.choice(('上午', '下午', ''))}{r.randint(1, 11)}点",
                     f"{r.randint(2024, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     f"明天{r.choice(('上午', '下午'))}{r.choice('两三四九十')}点{r.choice(('', '半'))}",
                     f"{r.randint(7, 18)}:{r.choice(('00', '30', '15'))}", f"{r.randint(1, 12)}.{r.randint(1, 30)}"))


def _n_area(r):
    return r.choice((f"{r.randint(68, 240)}平", f"{r.randint(68, 240)}.{r.randint(1, 9)}㎡", f"建面{r.randint(89, 180)}",
                     f"套内{r.randint(60, 150)}平方", f"{r.randint(3, 30)}个平方"))


def _n_dim(r):
    return r.choice((f"{r.choice((600, 750, 800, 900, 1200))}*{r.choice((600, 1200, 1800, 2400))}",
                     f"{r.choice((2400, 3000, 3600))}×{r.choice((600, 350))}×{r.choice((720, 800, 850))}",
                     f"{r.randint(1, 3)}米{r.randint(1, 9)}", f"{r.choice((2700, 2850, 2950))}mm",
                     f"宽{r.randint(60, 240)}公分"))


def _n_hotline(r):
    return r.choice((f"400-{_digits(r, 3)}-{_digits(r, 4)}", f"400{_digits(r, 7)}", "12345", "95598", "96345",
                     f"800-{_digits(r, 3)}-{_digits(r, 4)}", "12315"))


def _n_masked(r):
    m = _mobile(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}xxxx{m[7:]}", f"{m[:3]}*****{m[8:]}"))


def _n_tail(r):
    return _digits(r, 4)


def _n_badcard(r):
    return _bad_luhn(r, r.choice(("6", "4", "2", "1")), r.choice((16, 18, 19)))


def _n_badid(r):
    while True:
        b = _idbody(r)
        c = _id_check(b)
        v = b + r.choice([x for x in "0123456789" if x != c])
        if not _luhn_ok(v):
            return v


def _n_model(r):
    return r.choice(("CW188", "OP-G2306", "CH8802AS", "TOTO CES9898", "KL-3306", "M8601", "JZD-702",
                     "DJ-2008", "AQ800M", "F-1203", "HB-600", "X9Pro", "QS-6310", "CH12845GS"))


def _n_color(r):
    return r.choice(("NN1502-4", "NCS S 1002-Y", "RAL 9010", "AA0032-3", "NW1602-1", "色卡1067", "YY2011-2",
                     "SW7005", "0502-Y"))


def _n_batch(r):
    return r.choice((f"{r.randint(2024, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('ABC')}",
                     f"P{_digits(r, 6)}", f"批次{_digits(r, 4)}"))


def _n_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def _n_invoice(r):
    return r.choice((_digits(r, 8), "25" + _digits(r, 18), "24" + _digits(r, 18)))


def _n_credit(r):
    return "91" + r.choice(("3301", "3205", "3401")) + r.choice(("08", "10", "05")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _n_badge(r):
    return r.choice((f"SG{_digits(r, 4)}", f"工号{_digits(r, 4)}", f"A{_digits(r, 3)}", f"YJ{_digits(r, 5)}"))


def _n_place(r):
    return r.choice(("杭州", "苏州", "合肥", "滨江区", "余杭区", "吴中区", "蜀山区", "园区", "临平", "政务区",
                     "萧山", "滨江展厅", "余杭体验馆", "园区旗舰店", "包河门店", "红星美凯龙", "居然之家"))


def _n_url(r):
    return r.choice((f"https://vr.kujiale.com/cloud/design/{_digits(r, 10)}",
                     f"https://pan.baidu.com/s/1{''.join(r.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH') for _ in range(10))}",
                     f"https://h5.yijiazs.com/site/{_digits(r, 6)}"))


def _n_qty(r):
    return r.choice((f"{r.randint(2, 80)}箱", f"{r.randint(2, 40)}包", f"{r.randint(2, 30)}桶", f"{r.randint(2, 20)}张",
                     f"{r.randint(2, 20)}樘", f"{r.randint(1, 9)}套"))


def _n_warranty(r):
    return r.choice(("2年", "5年", "10年", "两年", "五年", "1年"))


def _n_days(r):
    return r.choice((f"{r.randint(45, 120)}天", f"{r.randint(2, 15)}个工作日", f"{r.randint(2, 4)}个月", f"{r.randint(1, 5)}周"))


NEAR = {"contract_no": _n_contract, "order_no": _n_order, "tracking_no": _n_tracking, "price": _n_price,
        "pay_ratio": _n_ratio, "date_time": _n_date, "floor_area": _n_area, "dimension": _n_dim,
        "hotline": _n_hotline, "masked": _n_masked, "tail_digits": _n_tail, "bad_card": _n_badcard,
        "bad_id": _n_badid, "model_no": _n_model, "color_no": _n_color, "batch_no": _n_batch,
        "verify_code": _n_code, "lock_code": _n_code, "invoice_no": _n_invoice, "credit_code": _n_credit,
        "badge_no": _n_badge, "place_only": _n_place, "url": _n_url, "quantity": _n_qty, "duration": _n_days,
        "warranty": _n_warranty}

# --------------------------------------------------------------------------- templates
# {kind} = a PII value, {n:kind} = a near-miss.  No other braces in templates.

PII_TEMPLATES = (
    # measurement / first contact
    "您好，我们约{n:date_time}上门量房，地址是{address}，到了打我电话{mobile}",
    "量房地址：{address}\n联系人电话：{mobile}",
    "业主电话{mobile}，房子在{address}，毛坯{n:floor_area}",
    "我家是{address}，{n:floor_area}，想做个全包大概多少钱",
    "设计师您好 我是{address}的业主，加一下微信吧{wechat}",
    "你好，我在抖音上看到你们的案例，我家在{address}，手机{mobile}",
    "{mobile} 这个是我老公的，量房那天他在家",
    "{address} 明天上午量房可以吗",
    "量房预约：{n:date_time}\n地址：{address}\n电话：{mobile}\n户型：三室两厅",
    "我家地址{address}，钥匙在物业，物业电话{landline}",
    "好的 我把地址发你 {address}",
    "师傅到小区门口了吗？门牌号是{address}",
    "{mobile}",
    "电话{mobile}，微信同号",
    "加我微信吧 {wechat} 方便发图纸",
    "我微信号是{wechat}，手机号{mobile}",
    "我QQ是{qq}，户型图在QQ邮箱里，你加一下",
    "户型图发我邮箱{email}就行，谢谢",
    "效果图已发送至{email}，请查收😊",
    "报价单麻烦发到{email}，我老婆要看一下",
    "你加一下我QQ{qq}吧，图片大的话QQ传方便",
    "qq:{qq}\n邮箱：{email}",
    "我老婆的号码是{mobile}，她的微信{wechat}，以后有事找她也行",
    # contracts
    "身份证号{id_card}，房产证上是我一个人",
    "{id_card} 这是我身份证号码，合同写我名字",
    "合同信息：\n身份证：{id_card}\n电话：{mobile}\n施工地址：{address}",
    "甲方身份证号码：{id_card}  联系电话：{mobile}",
    "合同上的地址写{address}，身份证号{id_card}",
    "业主身份证{id_card}，合同编号{n:contract_no}",
    "您核对一下：{id_card}，{address}，没问题我就打印合同了",
    "我爱人身份证号是{id_card}，合同能写两个人吗",
    "刚才发的身份证号错了一位，正确的是{id_card}",
    "身份证号码{id_card}\n开户行：招商银行杭州分行\n卡号：{bank_card}",
    # payments
    "首期款{n:price}已转，付款卡号{bank_card}，麻烦开个收据",
    "退款打到我这张卡上：{bank_card}，户名是我本人",
    "定金退还账户：{bank_card}（农业银行）",
    "卡号{bank_card} 建设银行 这个卡可以收吗",
    "我刷的是这张卡{bank_card}，显示扣款成功了，你们查一下",
    "中期款我转到这张卡了{bank_card}，你帮我确认一下到账没有",
    "返现的{n:price}打到{bank_card}就行，工商银行",
    "补差价的钱退到这个卡 {bank_card}",
    "工资卡号：{bank_card}\n开户行：合肥农商行\n手机：{mobile}",
    "师傅的工钱结一下吧，他卡号{bank_card}，电话{mobile}",
    "水电师傅说把钱打他卡上 {bank_card} 中国银行",
    # workers, foremen, deliveries
    "水电师傅电话{mobile}，明天早上8点进场",
    "这是工长的电话：{mobile}，有事直接找他",
    "油漆师傅 {mobile}",
    "木工：{mobile}\n瓦工：{mobile}\n水电：{mobile}",
    "泥工{mobile}  明天开始贴砖",
    "送货司机电话{mobile}，车牌{plate}，大概{n:date_time}到",
    "瓷砖已经发货了，司机师傅{mobile}，车牌号{plate}",
    "物业说送货车要登记，车牌{plate}，司机电话{mobile}",
    "麻烦跟门岗说一下放行，车牌号{plate}，拉板材的",
    "{plate} 这个车是我们拉垃圾的，麻烦物业放一下",
    "我开车过来，车牌{plate}，地下车库能停吗",
    "工人车牌{plate}和{plate}，需要办临时出入证",
    "橱柜安装师傅{mobile}，他说下午到{address}",
    "定制柜子送货到{address}，收货人电话{mobile}",
    "收货地址：{address}\n收货人：业主\n电话：{mobile}",
    "淘宝买的马桶寄到{address}了，快递会打{mobile}这个电话",
    "开关面板寄到工地：{address}，电话{mobile}，快递单号{n:tracking_no}",
    "地板的安装师傅电话{mobile}，型号{n:model_no}，一共{n:quantity}",
    "@所有人 明天{address}做闭水试验，水电师傅{mobile}到场",
    "拉砂石的车{plate}已经到{address}楼下了",
    "窗帘测量师傅{mobile}，约了{n:date_time}",
    # property management, landlines
    "物业电话{landline}，装修备案要去物业办",
    "物业办公室：{landline}，装修押金{n:price}",
    "我们公司前台电话{landline}，有问题可以打",
    "门店座机{landline}，工作日9点到6点",
    "项目部电话{landline}转8021",
    "您好，我是客服，座机{landline}，您也可以打我手机{mobile}",
    "{landline} 这个是物业客服，装修审批找她们",
    "居委会电话{landline}，垃圾清运要去登记",
    "燃气公司说改管道要预约，电话是{landline}",
    "燃气改管找{landline}，我们不能私自动燃气管",
    "晚上打不通的话打家里座机{landline}",
    "公司售后座机{landline}，质保期内免费上门",
    "电话：{landline}-802\n地址：{address}",
    # group chats, complaints
    "【{address}】今日施工：水电开槽，工人2名，现场负责人{mobile}",
    "{address}工地日报：\n1. 瓦工进场\n2. 卫生间防水完成\n工长：{mobile}",
    "【工地群】{address} 业主、设计师、工长都在这个群里了",
    "我要投诉！{address}这个工地已经停工{n:duration}了，打工长电话{mobile}也不接",
    "你们项目经理电话一直打不通{mobile}，到底怎么回事",
    "楼下邻居投诉漏水了，他家是{address}，电话{mobile}，你们赶紧派人去看看",
    "隔壁{address}的业主说我们早上七点就在敲，让我们注意点",
    "墙面开裂了，照片发你邮箱了{email}，你看一下",
    "我的QQ号{qq}，投诉材料我QQ发你",
    "你们的设计师{mobile}把我拉黑了？！",
    "售后报修：{address}，卫生间吊顶渗水，联系电话{mobile}",
    "报修地址{address}，电话{mobile}，最好周末来",
    "地址是{address}，电话号码是{mobile}，麻烦尽快处理一下",
    "保修卡上登记的是{mobile}，房子是{address}",
    "老婆手机{mobile}，我的{mobile}，谁在家找谁",
    "我换号码了，新号{mobile}，旧的不用了",
    "换手机号了，以后打这个{mobile}👍",
    "家里有老人，打这个号码{mobile}或者座机{landline}",
    "好的收到👌 {mobile}这个号码我存一下",
    "我微信{wechat}，加一下，拉你进业主群",
    "这是我们设计总监的微信{wechat}，你直接加他",
    "wx：{wechat}",
    "vx {wechat} 备注装修",
    "微信搜{wechat}就能加到我",
    "我把木工师傅微信推你，他微信号{wechat}",
    "我QQ {qq} 微信 {wechat}",
    "图纸在我邮箱 {email}，密码是手机后四位",
    "CAD图纸发{email}，她是我们家的设计顾问",
    "我的邮箱：{email}\n发票抬头个人",
    "发票发到{email}，税号不用写",
    "合同扫描件已经发到您邮箱{email}了，您看一下",
    "QQ邮箱{email}，其他邮箱收不到",
    "我车牌{plate}，去小区停车要报车牌的",
    "到时候我开{plate}那辆白色的车去看样板间",
    "业主车牌{plate}，物业登记的",
    "新家是{address}，旧房在{address}，两套一起装能便宜点吗",
    "老家自建房在{address}，想问问你们乡下接不接",
    "地址：{address}（靠近地铁站那个门进来）",
    "地址 {address} 电话 {mobile} 周六上午在家",
    "你们到{address}找我就行，我在家",
    "那个{address}的业主又打电话来了，号码{mobile}，你回一下",
    "经理，{address}的客户说要退定金，卡号{bank_card}",
    "设计师小张，{mobile}，{wechat}，负责你们家的方案",
    "设计师 小王\n电话：{mobile}\n微信：{wechat}\n邮箱：{email}",
    "项目经理：{mobile}（微信同号）\n监理：{mobile}\n客服座机：{landline}",
    "业主信息 电话{mobile} 身份证{id_card} 地址{address}",
    "瓦工师傅的身份证号{id_card}，物业办出入证要",
    "工人出入证登记：身份证{id_card}，电话{mobile}，车牌{plate}",
    "业主QQ{qq}，说平时不用微信",
    "给我打电话吧{mobile} 打字太慢了",
    "我的号是这个，{mobile}，别打错了",
    "我爸的电话{mobile}，他退休了白天在工地盯着",
    "📞{mobile}\n🏠{address}",
    "麻烦把甲醛检测报告发我邮箱 {email} 谢谢🙏",
    "空调公司的人电话{mobile}，他们要看一下吊顶高度",
    "新风系统的师傅说{n:date_time}过来，电话{mobile}",
    "开荒保洁的阿姨 {mobile}，{n:price}全包",
    "家具到货了吗？我在{address}等着呢",
    "全屋定制那边的对接人{mobile}，QQ{qq}",
    "这个是我们材料部的邮箱{email}，有质量问题发照片过来",
    "我不怎么用微信，加我QQ吧：{qq}",
    "{qq} 这是我QQ，验收照片发这里",
    "我爸用QQ，号码{qq}，拉他进群看进度",
    "qq号{qq}，晚上在线",
    "设计图你们QQ发我一份 {qq}，电脑上看清楚点",
    "加不上微信的话加QQ：{qq}，验证写装修",
)

NEAR_TEMPLATES = (
    "合同编号{n:contract_no}，总价{n:price}，首期款付{n:pay_ratio}",
    "首付款{n:price}已收到，收据编号{n:contract_no}",
    "第二期款{n:pay_ratio}，水电验收合格后付，金额{n:price}",
    "尾款{n:price}，验收后{n:duration}内付清就行",
    "您好，量房约在{n:date_time}可以吗",
    "师傅{n:date_time}到，大概{n:date_time}能弄完",
    "瓷砖订单号{n:order_no}，已经发货了",
    "快递单号{n:tracking_no}，显示明天到",
    "物流单号 {n:tracking_no}",
    "地板{n:quantity}，型号{n:model_no}，批次{n:batch_no}",
    "这批砖的色号是{n:batch_no}，补货要同一个批次",
    "墙漆颜色定了{n:color_no}，客厅和卧室一样",
    "卧室刷{n:color_no}，儿童房刷{n:color_no}",
    "客厅{n:floor_area}，厨房{n:floor_area}",
    "房子{n:floor_area}，全包报价{n:price}，工期{n:duration}",
    "柜子尺寸{n:dimension}，门洞{n:dimension}",
    "砖用{n:dimension}的，买了{n:quantity}",
    "吊顶做到{n:dimension}，不然太压抑",
    "有问题可以打我们全国客服{n:hotline}",
    "投诉电话{n:hotline}，你们不处理我就打{n:hotline}",
    "燃气报修打{n:hotline}",
    "停电了打{n:hotline}问一下",
    "刚才{n:masked}打给你没接",
    "您的号码{n:masked}已登记，{n:date_time}前会有设计师联系您",
    "系统显示预约手机号{n:masked}，是您本人吗",
    "转账尾号{n:tail_digits}的是你吗",
    "我卡尾号{n:tail_digits}，刚转了{n:price}",
    "支付流水号{n:bad_card}，金额{n:price}",
    "交易单号{n:bad_card}，麻烦财务核对一下",
    "商户单号{n:bad_card}",
    "地暖主机序列号{n:bad_id}，保修登记用",
    "产品防伪码{n:bad_id}，可以去官网查",
    "马桶型号{n:model_no}，{n:price}",
    "热水器是{n:model_no}，{n:quantity}",
    "验证码{n:verify_code}，你们小程序登录要的",
    "工地门锁密码{n:lock_code}，进出记得锁门",
    "密码锁临时密码{n:lock_code}，{n:date_time}后失效",
    "发票号码{n:invoice_no}，金额{n:price}",
    "电子发票已开，发票号{n:invoice_no}",
    "我们公司统一社会信用代码{n:credit_code}",
    "开票信息：税号{n:credit_code}",
    "这个师傅工号{n:badge_no}，有问题可以投诉他",
    "监理{n:badge_no}今天去巡检",
    "我们在{n:place_only}，离您那挺近的",
    "周末可以来{n:place_only}看样板，{n:date_time}都有人",
    "{n:place_only}那边的房子一般都是精装的",
    "VR全景图链接{n:url}",
    "效果图在这 {n:url}",
    "水电报价{n:price}，按实际米数算，大概{n:price}",
    "这个月{n:date_time}之前签合同，设计费减{n:price}",
    "定金{n:price}，可以抵工程款",
    "主材{n:price}，辅材{n:price}，人工{n:price}",
    "好的👌{n:date_time}见",
    "水电验收{n:date_time}，闭水试验要{n:duration}",
    "材料{n:quantity}已到，放在主卧",
    "美缝剂{n:quantity}，颜色{n:color_no}",
    "厨房台面{n:dimension}，水槽位置往左挪{n:dimension}",
    "平台订单{n:order_no}，申请退款了，退{n:price}",
    "补发的顺丰单号{n:tracking_no}，{n:date_time}到",
    "您好，您的工单{n:contract_no}已受理，预计{n:duration}内处理",
    "装修贷批了{n:price}，分{n:duration}还",
    "报价单第3页写错了，应该是{n:price}，不是{n:price}",
    "铝合金窗{n:quantity}，{n:price}一平",
    "收据号{n:contract_no}，金额{n:price}，{n:date_time}",
    "已付{n:pay_ratio}，剩下{n:price}等完工再结",
    "工期从{n:date_time}到{n:date_time}，一共{n:duration}",
    "整体保修{n:warranty}，防水保{n:warranty}",
    "量房师傅{n:badge_no}，{n:date_time}到",
    "那个{n:masked}的客户说下周再来看",
    "投诉已经转给售后了，工单号{n:contract_no}，{n:duration}内回复您",
    "门店地址在{n:place_only}，周一闭店",
    "我家在{n:place_only}，你们那边能接吗",
)

# --------------------------------------------------------------------------- builder

_MARK = re.compile(r"\{(n:)?(\w+)\}")


def _pick_fmt(r, kind):
    tab = _FMT[kind]
    name, fn, _ = r.choices(tab, weights=[w for *_, w in tab])[0]
    return name, fn


def _fill(r, tpl, forced=None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    used_forced = False
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        is_near, kind = m.group(1), m.group(2)
        if is_near:
            v = NEAR[kind](r)
            nears.append((kind, pos, pos + len(v)))
        else:
            if forced and forced[0] == kind and not used_forced:
                name = forced[1]
                fn = dict((a, b) for a, b, _ in _FMT[kind])[name]
                used_forced = True
            else:
                name, fn = _pick_fmt(r, kind)
            v = fn(r)
            ents.append((kind, pos, pos + len(v)))
            fmts.append(name)
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _kinds_in(tpl):
    return [m.group(2) for m in _MARK.finditer(tpl) if not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows, tids = [], []
    pii_tpls = [t for t in PII_TEMPLATES if _kinds_in(t)]
    # forced formats
    for kind, tab in FMT_TABLES:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if kind in _kinds_in(t)]
        for name, _, _ in tab:
            for i in r.sample(cands, FORCE_PER_FMT):
                rows.append(_fill(r, PII_TEMPLATES[i], (kind, name)))
                tids.append(f"P{i}")
    # every template at least twice, then random
    order = []
    for i, t in enumerate(PII_TEMPLATES):
        order += [i, i]
    while len(rows) + len(order) < N_PII_ROWS:
        order.append(r.randrange(len(PII_TEMPLATES)))
    for i in order:
        rows.append(_fill(r, PII_TEMPLATES[i]))
        tids.append(f"P{i}")
    near_order = []
    for i in range(len(NEAR_TEMPLATES)):
        near_order += [i, i, i]
    while len(near_order) < N_NEAR_ROWS:
        near_order.append(r.randrange(len(NEAR_TEMPLATES)))
    for i in near_order:
        rows.append(_fill(r, NEAR_TEMPLATES[i]))
        tids.append(f"N{i}")
    idx = list(range(len(rows)))
    r.shuffle(idx)
    assert pii_tpls
    data = {"text": [], "entities": [], "formats": [], "near_misses": [], "split": []}
    for j in idx:
        text, ents, fmts, nears = rows[j]
        data["text"].append(text)
        data["entities"].append(ents)
        data["formats"].append(fmts)
        data["near_misses"].append(nears)
        data["split"].append(SPLIT)
        if meta is not None:
            meta.append(tids[j])
    return pd.DataFrame(data)


def make_blind60_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_VALID = {
    "mobile": lambda v: (re.fullmatch(r"1[3-9]\d{9}", _norm(v)) is not None) or set(v) <= set(_CN_DIG),
    "landline": lambda v: re.fullmatch(r"\(?0\d{2,3}\)?[ -]?\d{7,8}|\d{7,8}", v) is not None,
    "email": lambda v: re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", v) is not None,
    "id_card": lambda v: _id_ok(_norm(v)),
    "bank_card": lambda v: _norm(v).isdigit() and 16 <= len(_norm(v)) <= 19 and _luhn_ok(_norm(v)),
    "qq": lambda v: re.fullmatch(r"[1-9]\d{5,9}", v) is not None,
    "wechat": lambda v: re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v) is not None,
    "plate": lambda v: re.fullmatch(r"[\u4e00-\u9fff][A-Z][ ·]?[A-HJ-NP-Z0-9]{5,6}", v) is not None,
    "address": lambda v: re.search(r"(号|幢|栋|号楼|单元|室|\d)$", v) is not None,
}


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            v = text[s:e]
            assert v and v == v.strip(), (k, v)
            assert _VALID[k](v), (k, v, text)
            if k == "mobile" and v[0].isdigit():
                assert not (s > 0 and text[s - 1].isdigit()) and not (e < len(text) and text[e].isdigit())
        for k, s, e in ns:
            v = text[s:e]
            assert v and v == v.strip(), (k, v)
            n = _norm(v)
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
    assert all(n >= 60 for n in kinds.values()), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind60_corpus())  # deterministic
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
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

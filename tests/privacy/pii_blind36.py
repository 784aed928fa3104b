"""Thirty-sixth blind PII corpus (``split == "blind36"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十一位写手")
that did NOT read the masking code under ``toolkit/privacy/`` (only the lines
of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``),
nor ``bench/``, ``docs/``, the README, any other corpus or test under
``tests/`` (only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py``, for the layout and the entry-point names),
nor any git history.  It never imported ``toolkit`` and never ran any masking
or finding function on this corpus.  Value shapes, chat contexts and labels
come only from the writer's own idea of what teachers, front-desk staff and
parents in mainland China type in WeCom.

What is different here: the theme is EDUCATION AND CHILDCARE.  Messages come
from 1:1 chats and 家长群 of tutoring centres, kindergartens, after-school
care (托管/晚托), music / art / sports classes, study-abroad agencies and exam
registration helpers: enrolment and 学籍 forms (the child's and the parents'
ID numbers, mobiles, home and 户籍 addresses, often pasted as a block with
line breaks), fee payments and refunds to bank cards, e-mails for
certificates, offers and applications, the WeChat / QQ of teachers, plates
for school pick-up parking permits, the landlines of campuses and parents'
work units.  Children's ID numbers carry birth years 2010-2021, parents'
1976-1994.

Near-misses are the trade's own numbers: student numbers (学号), class names
(三年级2班, 大一班), classroom codes (A302), exam admission numbers (准考证号),
seat / room numbers of exam sites, scores (98.5分, 雅思7.5), rankings, lesson
counts, fees and refunds, dates and times, ages / heights / weights /
temperatures, ISBNs (valid ISBN-13 check digits), course codes, 400 / 800 /
12345 / 95xxx hotlines, masked values (138****5678, 6222 **** **** 1234),
tail digits, order / payment serial numbers (16-19 digit ones fail Luhn,
18-digit ones fail the ID check), invoice numbers, unified social credit
codes and 办学许可证 numbers of the school, courier numbers for textbooks,
verification codes, postal codes, QQ-group / Tencent-meeting numbers (groups
and meetings are not persons), parking-spot numbers, URLs, discounts.

Seed
----
``SEED = "blind36-2026-edu-第四十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2), bank-card Luhn digits and ISBN-13 check digits are
computed here.  Each declared format is first forced ``FORCE_PER_FMT`` (6)
times into randomly drawn templates holding a marker of its kind; the other
markers draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, the middle dot of a plate, the parentheses around
  an area code) are inside.  An address runs from its first place unit
  (province / city / district / county / town / village / road / estate
  name) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / a bare
  room number such as 1502 or 3-2-1502).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind36"``

Counts (``python tests/privacy/pii_blind36.py``)
------------------------------------------------
rows=1560, pii_rows=895, near_rows=665, entities=1324
(mobile 348, address 192, id_card 161, email 117, bank_card 111, wechat 104,
qq 102, landline 96, plate 93);
near-miss spans=1533 (1359 in near-miss rows), 34 near-miss kinds
(date_time 266, fee 139, score 129, class_no 127, lesson_count 92, age_body
75, classroom 61, hotline 58, count 56, order_no 53, course_code 37, exam_no
34, masked 32, verify_code 30, tail_digits 30, parking_spot 27, invoice_no 24,
postal_code 23, temperature 22, isbn 22, discount 21, seat_no 19, rank 19,
student_no 19, bad_id 18, tracking_no 18, url 17, meeting_id 16, credit_code
16, bad_card 10, license_no 10, group_no 8, bus_route 4, school_code 1);
formats=55 distinct, each used >= 7 times in >= 6 templates
(182 PII templates, 120 near-miss templates).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind36-2026-edu-第四十一位写手"
SPLIT = "blind36"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 6
N_PII_ROWS = 900
N_NEAR_ROWS = 660

# ---------------------------------------------------------------------------
# validity helpers
# ---------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


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
    return _luhn_digit(s[:-1]) == s[-1]


def _isbn13(body12: str) -> str:
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - tot % 10) % 10)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN = str.maketrans("0123456789", "零一二三四五六七八九")

# ---------------------------------------------------------------------------
# value generators: each returns a list of (text, is_value) segments
# ---------------------------------------------------------------------------
_MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
               "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
               "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199")


def _mob_digits(r: random.Random) -> str:
    return r.choice(_MOB_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))


def _mob(fmt: str, r: random.Random):
    m = _mob_digits(r)
    if fmt == "plain_11":
        return [(m, True)]
    if fmt == "space_344":
        return [(f"{m[:3]} {m[3:7]} {m[7:]}", True)]
    if fmt == "dash_344":
        return [(f"{m[:3]}-{m[3:7]}-{m[7:]}", True)]
    if fmt == "plus86_plain":
        return [(r.choice(("+86", "+86 ", "+86-", "0086")), False), (m, True)]
    if fmt == "plus86_space344":
        return [(r.choice(("+86 ", "(+86) ")), False), (f"{m[:3]} {m[3:7]} {m[7:]}", True)]
    if fmt == "fullwidth_11":
        return [(m.translate(_FW), True)]
    if fmt == "cn_digits":
        return [(m.translate(_CN), True)]
    raise KeyError(fmt)


_AREA8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0755", "0512",
          "0731", "0531", "0532", "0371", "0591", "0551", "0769", "0757", "0592")
_AREA7 = ("0394", "0558", "0817", "0739", "0797", "0530", "0391", "0935", "0377", "0816")


def _local(r: random.Random, n: int) -> str:
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _tel(fmt: str, r: random.Random):
    if fmt == "area_dash_7":
        return [(f"{r.choice(_AREA7)}-{_local(r, 7)}", True)]
    a, loc = r.choice(_AREA8), _local(r, 8)
    if fmt == "area_dash_8":
        return [(f"{a}-{loc}", True)]
    if fmt == "area_paren":
        return [(f"({a}){loc}" if r.random() < 0.6 else f"（{a}）{loc[:4]} {loc[4:]}", True)]
    if fmt == "area_plain":
        return [(a + loc, True)]
    if fmt == "area_space":
        return [(f"{a} {loc[:4]} {loc[4:]}", True)]
    if fmt == "ext_outside":
        ext = str(r.randint(800, 8999)) if r.random() < 0.5 else str(r.randint(100, 899))
        return [(f"{a}-{loc}", True), (r.choice(("转", "-", "分机", " 转")) + ext, False)]
    if fmt == "local_8":
        return [(loc if r.random() < 0.5 else f"{loc[:4]} {loc[4:]}", True)]
    raise KeyError(fmt)


_REGION_CHILD = ("110105", "110108", "110101", "310115", "310104", "310112", "440305", "440304", "440106",
                 "440113", "330106", "330110", "320106", "320115", "320506", "510107", "510104", "420111",
                 "420106", "410105", "370102", "370202", "610113", "430104", "350203", "120104", "500112")
_REGION_PARENT = _REGION_CHILD + ("411625", "341221", "511322", "430524", "360731", "371721", "412822",
                                  "130682", "231002", "150102", "450103", "522101")
_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _id_value(r: random.Random, child: bool, want_x: bool | None = None) -> str:
    for _ in range(500):
        reg = r.choice(_REGION_CHILD if child else _REGION_PARENT)
        y = r.randint(2010, 2021) if child else r.randint(1976, 1994)
        m = r.randint(1, 12)
        d = r.randint(1, _MDAYS[m - 1])
        body = f"{reg}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        v = body + _id_check(body)
        if want_x is None and v[-1] != "X":
            return v
        if want_x and v[-1] == "X":
            return v
    raise RuntimeError("no id")


def _id(fmt: str, r: random.Random, child: bool):
    if fmt == "digits_18":
        return [(_id_value(r, child), True)]
    if fmt == "x_upper":
        return [(_id_value(r, child, True), True)]
    if fmt == "x_lower":
        return [(_id_value(r, child, True).lower(), True)]
    if fmt == "space_684":
        v = _id_value(r, child, r.random() < 0.2 or None)
        return [(f"{v[:6]} {v[6:14]} {v[14:]}", True)]
    raise KeyError(fmt)


_BIN19 = ("622202", "621226", "622848", "621700", "623668", "621661", "622700", "621799", "622260")
_BIN16 = ("622588", "621483", "622609", "622155", "621485", "625965")
_BINV = ("438088", "427020", "409666", "433670")
_BINM = ("518710", "552599", "525998", "512315")
_BIN95 = ("955880", "955888", "955990", "955910")


def _card_num(r: random.Random, bin_: str, n: int) -> str:
    body = bin_ + "".join(r.choice("0123456789") for _ in range(n - len(bin_) - 1))
    return body + _luhn_digit(body)


def _g4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _card(fmt: str, r: random.Random):
    if fmt == "up19_plain":
        return [(_card_num(r, r.choice(_BIN19), 19), True)]
    if fmt == "up19_space4":
        return [(_g4(_card_num(r, r.choice(_BIN19), 19)), True)]
    if fmt == "up16_plain":
        return [(_card_num(r, r.choice(_BIN16), 16), True)]
    if fmt == "up16_space4":
        return [(_g4(_card_num(r, r.choice(_BIN16), 16)), True)]
    if fmt == "visa16_space4":
        return [(_g4(_card_num(r, r.choice(_BINV), 16)), True)]
    if fmt == "master16_plain":
        return [(_card_num(r, r.choice(_BINM), 16), True)]
    if fmt == "d95_19_plain":
        return [(_card_num(r, r.choice(_BIN95), 19), True)]
    if fmt == "up19_dash4":
        return [(_g4(_card_num(r, r.choice(_BIN19), 19)).replace(" ", "-"), True)]
    raise KeyError(fmt)


_PY_SUR = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
           "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang")
_PY_GIV = ("xiaoming", "yuxuan", "zihan", "haoran", "yichen", "xinyi", "ruoxi", "jiaxin", "muyang", "tiantian",
           "lele", "doudou", "mengmeng", "jing", "lei", "fang", "min", "hui", "yan", "qiang", "jun", "ting",
           "xue", "peng", "wei", "na", "li", "yu")
_EN = ("amy", "lily", "coco", "kevin", "eric", "grace", "tony", "cindy", "lucas", "emma", "jason", "vivian",
       "angela", "leo", "mia", "ryan", "sophie", "daniel")
_CN_MAIL = ("163.com", "126.com", "sina.com", "sohu.com", "139.com", "foxmail.com", "yeah.net", "aliyun.com")
_EDU = ("pku.edu.cn", "bnu.edu.cn", "ecnu.edu.cn", "zju.edu.cn", "whu.edu.cn", "scu.edu.cn", "sysu.edu.cn",
        "nju.edu.cn", "bjsy.edu.cn", "szms.edu.cn")
_ORG = ("xdf.cn", "jiajiaoyun.com", "haibeiedu.com", "yuerart.cn", "qimiaokids.com.cn", "liuxuebang.com",
        "mingshi-edu.com", "tongyinmusic.cn", "bbkinder.com.cn")
_INTL = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")
_ORG_USER = ("admission", "enroll", "hr", "service", "kefu", "zhaosheng", "info", "apply", "teacher.li",
             "finance", "offer", "zixun")


def _mail(fmt: str, r: random.Random):
    yr = str(r.randint(1980, 2021))
    if fmt == "qq_numeric":
        return [(f"{_qq_digits(r, r.randint(8, 10))}@qq.com", True)]
    if fmt == "pinyin_cn":
        u = r.choice(_PY_SUR) + r.choice(_PY_GIV) + r.choice(("", yr, yr[2:], "123", "666", "88"))
        return [(f"{u}@{r.choice(_CN_MAIL)}", True)]
    if fmt == "dot_underscore":
        u = r.choice(_PY_GIV) + r.choice((".", "_")) + r.choice(_PY_SUR) + r.choice(("", "_" + yr, yr[2:]))
        return [(f"{u}@{r.choice(_CN_MAIL + _INTL)}", True)]
    if fmt == "edu_cn":
        u = r.choice((r.choice(_PY_SUR) + r.choice(_PY_GIV), r.choice(_PY_GIV)[:1] + r.choice(_PY_SUR)
                      + yr[2:], yr + str(r.randint(10000, 99999))))
        return [(f"{u}@{r.choice(_EDU)}", True)]
    if fmt == "org_domain":
        return [(f"{r.choice(_ORG_USER)}@{r.choice(_ORG)}", True)]
    if fmt == "intl":
        u = r.choice(_EN) + r.choice((".", "")) + r.choice(_PY_SUR) + r.choice(("", yr, str(r.randint(1, 99))))
        return [(f"{u}@{r.choice(_INTL)}", True)]
    if fmt == "mixed_case":
        u = r.choice(_EN).capitalize() + r.choice(_PY_SUR).capitalize() + yr[2:]
        return [(f"{u}@{r.choice(_CN_MAIL + _INTL)}", True)]
    if fmt == "fullwidth_at":
        u = r.choice(_PY_SUR) + r.choice(_PY_GIV) + yr[2:]
        return [(f"{u}＠{r.choice(_CN_MAIL)}", True)]
    raise KeyError(fmt)


def _qq_digits(r: random.Random, n: int) -> str:
    first = r.choice("123456789") if n < 10 else r.choice("123")
    return first + "".join(r.choice("0123456789") for _ in range(n - 1))


def _qq(fmt: str, r: random.Random):
    if fmt == "digits_5to8":
        return [(_qq_digits(r, r.randint(5, 8)), True)]
    if fmt == "digits_9":
        return [(_qq_digits(r, 9), True)]
    if fmt == "digits_10":
        return [(_qq_digits(r, 10), True)]
    raise KeyError(fmt)


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _wx(fmt: str, r: random.Random):
    if fmt == "wxid":
        return [("wxid_" + "".join(r.choice(_ALNUM) for _ in range(r.choice((12, 14)))), True)]
    if fmt == "pinyin_digits":
        return [(r.choice(_PY_SUR) + r.choice(_PY_GIV) + str(r.randint(1, 2021)), True)]
    if fmt == "underscore_mixed":
        u = r.choice((r.choice(_EN).capitalize() + "_" + r.choice(("mom", "mama", "baba", "dad", "teacher",
                                                                   "laoshi")) + str(r.randint(10, 2020)),
                      r.choice(_PY_GIV) + "_" + r.choice(_PY_SUR) + str(r.randint(1, 99))))
        return [(u, True)]
    if fmt == "hyphen":
        return [(f"{r.choice(_EN + _PY_GIV)}-{r.choice(_PY_SUR)}-{r.randint(1, 2020)}", True)]
    raise KeyError(fmt)


_PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXYZ"),
               ("苏", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"), ("川", "ABCDEFHJKLMQRST"), ("鄂", "ABCDEFGHJK"),
               ("湘", "ABCDEFGHJKLMN"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("鲁", "ABCDEFGHJKLMNPQRSU"),
               ("闽", "ABCDEFGHJ"), ("皖", "ABCDEFGHJKLMNPRS"), ("陕", "ABCDEFGHJKV"), ("津", "ABCDEFGHJKLMN"),
               ("渝", "ABCDFGH"))
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PD = "0123456789"


def _plate_tail(r: random.Random) -> str:
    n_let = r.choice((0, 0, 1, 1, 2))
    chars = [r.choice(_PD) for _ in range(5)]
    for i in r.sample(range(5), n_let):
        chars[i] = r.choice(_PL)
    return "".join(chars)


def _plate(fmt: str, r: random.Random):
    p, letters = r.choice(_PLATE_PROV)
    c = r.choice(letters)
    if fmt == "plain_7":
        return [(p + c + _plate_tail(r), True)]
    if fmt == "dot_7":
        return [(p + c + "·" + _plate_tail(r), True)]
    if fmt == "space_7":
        return [(p + c + " " + _plate_tail(r), True)]
    if fmt == "dash_7":
        return [(p + c + "-" + _plate_tail(r), True)]
    if fmt == "ne_8":
        tail = "".join(r.choice(_PD) for _ in range(4))
        v = (p + c + r.choice("DF") + r.choice(_PL + _PD) + tail) if r.random() < 0.7 \
            else (p + c + "".join(r.choice(_PD) for _ in range(5)) + r.choice("DF"))
        return [(v, True)]
    if fmt == "lower_letter":
        return [(p + c.lower() + _plate_tail(r).lower(), True)]
    raise KeyError(fmt)


# (province, city, districts, roads)
_CITY = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙华区", "龙岗区"),
     ("科技南十二路", "南海大道", "深南大道", "创业路", "民治大道", "布吉路")),
    ("广东省", "广州市", ("天河区", "海珠区", "番禺区", "白云区"), ("天河北路", "体育西路", "江南大道中", "大北路", "广园中路")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区"), ("文三路", "古墩路", "文一西路", "江南大道", "莫干山路")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "建邺区"), ("中山北路", "汉中路", "双龙大道", "江东中路")),
    ("江苏省", "苏州市", ("工业园区", "吴中区", "姑苏区"), ("星湖街", "东环路", "苏州大道东", "干将西路")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "双流区"), ("人民南路四段", "科华北路", "天府大道北段", "建设路")),
    ("湖北省", "武汉市", ("洪山区", "武昌区", "江汉区"), ("珞喻路", "中北路", "解放大道", "雄楚大道")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), ("花园路", "文化路", "大学路", "建设西路")),
    ("山东省", "济南市", ("历下区", "槐荫区"), ("经十路", "山大路", "经七路")),
    ("山东省", "青岛市", ("市南区", "崂山区"), ("香港中路", "燕儿岛路", "海尔路")),
    ("陕西省", "西安市", ("雁塔区", "碑林区"), ("科技路", "小寨东路", "长安南路")),
    ("湖南省", "长沙市", ("岳麓区", "天心区", "开福区"), ("麓山南路", "芙蓉中路", "五一大道")),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("湖滨南路", "嘉禾路", "仙岳路")),
)
_MUNI = (
    ("北京市", ("海淀区", "朝阳区", "丰台区", "西城区", "昌平区"), ("中关村大街", "望京街", "北四环中路", "学院路", "回龙观西大街")),
    ("上海市", ("浦东新区", "徐汇区", "闵行区", "杨浦区"), ("张杨路", "漕溪北路", "虹梅路", "国权路", "锦绣路")),
    ("天津市", ("南开区", "河西区"), ("鞍山西道", "友谊路", "卫津路")),
    ("重庆市", ("渝北区", "九龙坡区"), ("新牌坊一路", "杨家坪正街", "金开大道")),
)
_ESTATE = ("阳光花园", "万科城", "碧桂园凤凰城", "金地格林小城", "翠湖苑", "锦绣江南", "华润城润府", "保利香槟国际",
           "龙湖春江郦城", "绿城桂花园", "世纪新城", "学府小区", "教师新村", "幸福里小区", "中海国际社区", "恒大名都",
           "望京西园四区", "融创壹号院", "和平里小区", "东方明珠花园")
_RURAL = (("河南省", "周口市", "郸城县", "汲冢镇", ("李楼村", "王庄村", "张寨村")),
          ("安徽省", "阜阳市", "临泉县", "杨桥镇", ("刘庄村", "后湖村")),
          ("四川省", "南充市", "营山县", "骆市镇", ("石梯村", "新店村")),
          ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("石门村", "大坪村")),
          ("江西省", "赣州市", "于都县", "贡江镇", ("长龙村", "上欧村")),
          ("山东省", "菏泽市", "曹县", "青堌集镇", ("马庄村", "杨楼村")))


def _house(r: random.Random) -> str:
    b, u, fl = r.randint(1, 32), r.randint(1, 4), r.randint(1, 28)
    room = f"{fl}{r.randint(1, 4):02d}"
    return r.choice((f"{b}栋{u}单元{room}室", f"{b}号楼{u}单元{room}", f"{b}幢{room}室", f"{b}栋{room}",
                     f"{b}号楼{room}室", f"{b}栋{u}单元{room}"))


def _addr(fmt: str, r: random.Random):
    no = f"{r.randint(1, 688)}号"
    if fmt == "full_prov":
        p, c, ds, rs = r.choice(_CITY)
        v = f"{p}{c}{r.choice(ds)}{r.choice(rs)}{no}{r.choice(_ESTATE)}{_house(r)}"
        if r.random() < 0.3:
            v = f"{p}{c}{r.choice(ds)}{r.choice(rs)}{no}"
    elif fmt == "muni_start":
        c, ds, rs = r.choice(_MUNI)
        v = f"{c}{r.choice(ds)}{r.choice(rs)}{no}{r.choice(_ESTATE)}{_house(r)}" if r.random() < 0.6 \
            else f"{c}{r.choice(ds)}{r.choice(_ESTATE)}{_house(r)}"
    elif fmt == "city_start":
        p, c, ds, rs = r.choice(_CITY)
        v = f"{c}{r.choice(ds)}{r.choice(rs)}{no}" + (r.choice(_ESTATE) + _house(r) if r.random() < 0.7 else "")
    elif fmt == "district_start":
        if r.random() < 0.5:
            p, c, ds, rs = r.choice(_CITY)
        else:
            c, ds, rs = r.choice(_MUNI)
        v = f"{r.choice(ds)}{r.choice(rs)}{no}{r.choice(_ESTATE)}{_house(r)}" if r.random() < 0.6 \
            else f"{r.choice(ds)}{r.choice(_ESTATE)}{_house(r)}"
    elif fmt == "estate_start":
        v = f"{r.choice(_ESTATE)}{_house(r)}"
    elif fmt == "rural_village":
        p, c, x, t, vs = r.choice(_RURAL)
        v = f"{p}{c}{x}{t}{r.choice(vs)}" + (f"{r.randint(1, 12)}组{r.randint(1, 99)}号" if r.random() < 0.7
                                             else f"{r.randint(1, 180)}号")
        if r.random() < 0.3:
            v = v[len(p):]
    elif fmt == "dash_room":
        p, c, ds, rs = r.choice(_CITY)
        v = f"{c}{r.choice(ds)}{r.choice(_ESTATE)}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 30)}" \
            f"{r.randint(1, 4):02d}"
        if r.random() < 0.4:
            v = v[len(c):]
    elif fmt == "spaced_parts":
        p, c, ds, rs = r.choice(_CITY)
        v = f"{p} {c} {r.choice(ds)} {r.choice(rs)}{no} {r.choice(_ESTATE)}{_house(r)}"
    else:
        raise KeyError(fmt)
    return [(v, True)]


_FMT_TABLES = (
    ("mobile", (("plain_11", 40), ("space_344", 12), ("dash_344", 8), ("plus86_plain", 5), ("plus86_space344", 3),
                ("fullwidth_11", 1), ("cn_digits", 1))),
    ("landline", (("area_dash_8", 30), ("area_dash_7", 6), ("area_paren", 8), ("area_plain", 6),
                  ("area_space", 5), ("ext_outside", 10), ("local_8", 5))),
    ("id_card", (("digits_18", 40), ("x_upper", 8), ("x_lower", 3), ("space_684", 6))),
    ("bank_card", (("up19_plain", 30), ("up19_space4", 14), ("up16_plain", 10), ("up16_space4", 6),
                   ("visa16_space4", 3), ("master16_plain", 3), ("d95_19_plain", 3), ("up19_dash4", 2))),
    ("email", (("qq_numeric", 25), ("pinyin_cn", 20), ("dot_underscore", 8), ("edu_cn", 6), ("org_domain", 8),
               ("intl", 8), ("mixed_case", 4), ("fullwidth_at", 1))),
    ("qq", (("digits_5to8", 8), ("digits_9", 12), ("digits_10", 12))),
    ("wechat", (("wxid", 8), ("pinyin_digits", 14), ("underscore_mixed", 10), ("hyphen", 4))),
    ("plate", (("plain_7", 30), ("dot_7", 6), ("space_7", 5), ("dash_7", 3), ("ne_8", 10), ("lower_letter", 3))),
    ("address", (("full_prov", 16), ("muni_start", 10), ("city_start", 12), ("district_start", 12),
                 ("estate_start", 8), ("rural_village", 8), ("dash_room", 6), ("spaced_parts", 3))),
)

# marker -> (kind, generator)
_MARKERS = {
    "MOB": ("mobile", _mob),
    "TEL": ("landline", _tel),
    "IDC": ("id_card", lambda f, r: _id(f, r, True)),
    "IDP": ("id_card", lambda f, r: _id(f, r, False)),
    "CARD": ("bank_card", _card),
    "MAIL": ("email", _mail),
    "QQ": ("qq", _qq),
    "WX": ("wechat", _wx),
    "PLATE": ("plate", _plate),
    "ADDR": ("address", _addr),
}

# ---------------------------------------------------------------------------
# near-miss generators: each returns (near_kind, text)
# ---------------------------------------------------------------------------
_CN_NUM = "一二三四五六"


def _n_stuno(r):
    return "student_no", f"{r.randint(2019, 2025)}{r.randint(1, 12):02d}{r.randint(1, 60):02d}" \
        if r.random() < 0.6 else f"{r.randint(2019, 2025)}{r.randint(100, 999)}{r.randint(10, 99)}"


def _n_cls(r):
    return "class_no", r.choice((f"{r.choice(_CN_NUM)}年级{r.randint(1, 12)}班", f"初{r.choice('一二三')}({r.randint(1, 15)})班",
                                 f"{r.choice(('大', '中', '小'))}{r.choice('一二三四五')}班", f"高{r.choice('一二三')}{r.randint(1, 20)}班",
                                 f"{r.randint(1, 6)}年级{r.randint(1, 9)}班", f"K{r.randint(1, 3)}班"))


def _n_room(r):
    return "classroom", r.choice((f"{r.choice('ABCD')}{r.randint(1, 5)}{r.randint(1, 20):02d}",
                                  f"{r.randint(1, 5)}{r.randint(1, 12):02d}教室", f"{r.choice('ABC')}-{r.randint(101, 509)}"))


def _n_examno(r):
    n = r.choice((14, 15, 12, 10))
    first = r.choice("2")
    return "exam_no", first + "".join(r.choice(_PD) for _ in range(n - 1))


def _n_score(r):
    return "score", r.choice((f"{r.randint(60, 99)}.{r.choice('05')}分", f"{r.randint(70, 100)}分", f"{r.randint(480, 690)}分",
                              f"{r.choice(('6', '6.5', '7', '7.5', '8'))}分", f"{r.randint(85, 118)}分", f"A+"))


def _n_rank(r):
    return "rank", r.choice((f"年级第{r.randint(1, 300)}名", f"班级第{r.randint(1, 45)}名", f"前{r.randint(5, 30)}%"))


def _n_lessons(r):
    return "lesson_count", r.choice((f"{r.randint(1, 30)}节课", f"{r.choice((24, 36, 48, 72, 96, 120))}课时",
                                     f"{r.randint(1, 20)}次课", f"{r.randint(2, 16)}节"))


def _n_fee(r):
    x = r.choice((380, 680, 1280, 2980, 3680, 4800, 6800, 9800, 12800, 15600, 26800, 45000, 199, 99))
    return "fee", r.choice((f"{x}元", f"¥{x}", f"￥{x:,}", f"{x}块", f"{x}.00元", f"{x / 10000:.1f}万" if x > 9999 else f"{x}元"))


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return "date_time", r.choice((f"{m}月{d}日", f"2025-{m:02d}-{d:02d}", f"{m}.{d}", f"2025年{m}月{d}号", f"{m}/{d}"))


def _n_time(r):
    h = r.randint(8, 20)
    return "date_time", r.choice((f"{h}:{r.choice(('00', '30', '15', '45'))}", f"{h}:00-{h + 1}:30",
                                  f"{r.choice(('上午', '下午', '晚上'))}{r.randint(1, 9)}点", f"{r.randint(1, 5)}点半",
                                  f"{r.choice(('上午', '下午', '晚上'))}{r.randint(1, 9)}:{r.choice(('00', '30'))}"))


def _n_age(r):
    return "age_body", r.choice((f"{r.randint(2, 15)}岁", f"{r.randint(3, 6)}岁{r.randint(1, 11)}个月", f"{r.randint(2, 15)}周岁",
                                 f"{r.randint(3, 15)}岁半"))


def _n_height(r):
    return "age_body", r.choice((f"{r.randint(95, 175)}cm", f"{r.randint(95, 175)}厘米", f"1米{r.randint(0, 7)}{r.randint(0, 9)}"))


def _n_weight(r):
    return "age_body", r.choice((f"{r.randint(14, 60)}.{r.randint(0, 9)}kg", f"{r.randint(30, 120)}斤", f"{r.randint(15, 55)}公斤"))


def _n_ielts(r):
    return "score", r.choice((f"{r.choice(('5.5', '6', '6.5', '7', '7.5', '8'))}分", f"{r.choice(('5.5', '6', '6.5', '7', '7.5'))}"))


def _n_toefl(r):
    return "score", r.choice((f"{r.randint(78, 115)}分", f"{r.randint(78, 115)}"))


def _n_count(r):
    return "count", r.choice((f"{r.randint(1, 120)}", f"{r.randint(2, 60)}", f"{r.randint(100, 3000)}"))


def _n_temp(r):
    return "temperature", f"{r.choice(('36.', '37.', '38.'))}{r.randint(0, 9)}{r.choice(('℃', '度', ''))}"


_ISBN_PUB = ("7107", "7530", "5444", "7303", "5135", "7040", "5428", "7521", "5600", "7544")


def _n_isbn(r):
    pub = r.choice(_ISBN_PUB)
    body = "978" + "7" + pub[1:] + "".join(r.choice(_PD) for _ in range(9 - len(pub)))
    body = body[:12]
    v = body + _isbn13(body)
    return "isbn", r.choice((v, f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"))


def _n_course(r):
    return "course_code", r.choice((f"{r.choice(('YW', 'SX', 'YY', 'WL', 'HX'))}-G{r.randint(1, 12)}-{r.randint(100, 999):04d}",
                                    f"KC{r.randint(2023, 2025)}{r.randint(1000, 9999)}", f"{r.choice(('MATH', 'ENG', 'PHY', 'ART'))}{r.randint(100, 399)}",
                                    f"{r.choice(('SAT', 'TOEFL', 'IELTS', 'AP'))}-{r.randint(2024, 2026)}-{r.choice('SWQ')}{r.randint(1, 30)}"))


def _n_hotline(r):
    return "hotline", r.choice((f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{r.randint(1000000, 9999999)}",
                                f"4006-{r.randint(100, 999)}-{r.randint(100, 999)}", f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                                f"400 {r.randint(100, 999)} {r.randint(1000, 9999)}"))


def _n_govline(r):
    return "hotline", r.choice(("12345", "12345", "12356", "010-12345"))


def _n_bankline(r):
    return "hotline", r.choice(("95588", "95533", "95599", "95555", "95566", "95559"))


def _n_masked(r):
    m = _mob_digits(r)
    c = _card_num(r, r.choice(_BIN19), 19)
    i = _id_value(r, True)
    return "masked", r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{c[:4]} **** **** {c[-4:]}",
                               f"{c[:6]}*********{c[-4:]}", f"{i[:4]}**********{i[-4:]}", f"{i[:6]}********{i[-4:]}",
                               f"{r.choice(_PY_SUR)}***@163.com"))


def _n_mmob(r):
    m = _mob_digits(r)
    return "masked", r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]} **** {m[7:]}", f"*******{m[7:]}"))


def _n_mcard(r):
    c = _card_num(r, r.choice(_BIN19 + _BIN16), 19)
    return "masked", r.choice((f"{c[:4]} **** **** {c[-4:]}", f"{c[:6]}*********{c[-4:]}", f"**** **** **** {c[-4:]}"))


def _n_mid(r):
    i = _id_value(r, r.random() < 0.5)
    return "masked", r.choice((f"{i[:4]}**********{i[-4:]}", f"{i[:6]}********{i[-4:]}", f"{i[0]}****************{i[-1]}"))


def _n_tail(r):
    return "tail_digits", "".join(r.choice(_PD) for _ in range(4))


def _bad_luhn(r, bin_: str, n: int) -> str:
    body = bin_ + "".join(r.choice(_PD) for _ in range(n - len(bin_) - 1))
    good = _luhn_digit(body)
    return body + str((int(good) + r.randint(1, 9)) % 10)


def _n_orderno(r):
    kind = r.random()
    if kind < 0.4:
        while True:
            v = _bad_luhn(r, f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}", r.choice((16, 18, 19)))
            if not _id_ok(v):
                return "order_no", v
    if kind < 0.7:
        return "order_no", f"{r.choice(('E', 'BM', 'JF', 'XD'))}{r.randint(2024, 2025)}{r.randint(10000000, 99999999)}"
    return "order_no", f"4200{r.randint(100000, 999999)}2025{r.randint(10000000, 99999999)}{r.randint(100000, 999999)}"


def _n_badcard(r):
    return "bad_card", _bad_luhn(r, r.choice(_BIN19), 19) if r.random() < 0.6 else _bad_luhn(r, r.choice(_BIN16), 16)


def _n_badid(r):
    while True:
        v = _id_value(r, r.random() < 0.5)
        w = v[:17] + r.choice([c for c in "0123456789X" if c != v[-1]])
        if not (w.isdigit() and _luhn_ok(w)):
            return "bad_id", w


def _n_invoice(r):
    return "invoice_no", r.choice(("".join(r.choice(_PD) for _ in range(8)), "25" + "".join(r.choice(_PD) for _ in range(18))))


def _n_credit(r):
    body = r.choice(("52", "91")) + r.choice(_REGION_CHILD) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    return "credit_code", body


def _n_license(r):
    return "license_no", f"教民{r.choice(_REGION_CHILD)}{r.randint(7, 8)}{r.randint(100000, 999999)}号"


def _n_track(r):
    return "tracking_no", r.choice((f"SF{r.randint(10 ** 12, 10 ** 13 - 1)}", f"YT{r.randint(10 ** 12, 10 ** 13 - 1)}",
                                    f"JT{r.randint(10 ** 12, 10 ** 13 - 1)}", f"7{r.randint(10 ** 11, 10 ** 12 - 1)}"))


def _n_vcode(r):
    return "verify_code", f"{r.randint(0, 999999):06d}" if r.random() < 0.7 else f"{r.randint(1000, 9999)}"


def _n_postal(r):
    return "postal_code", r.choice(("100080", "100102", "200120", "518057", "510630", "310012", "210008", "215021",
                                    "610041", "430074", "450003", "710061", "410083", "361004", "466000", "236400"))


def _n_group(r):
    return "group_no", _qq_digits(r, r.choice((9, 10)))


def _n_meeting(r):
    d = "".join(r.choice(_PD) for _ in range(9))
    return "meeting_id", r.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d))


def _n_seat(r):
    return "seat_no", r.choice((f"第{r.randint(1, 40):02d}考场", f"{r.randint(1, 30):02d}号座位", f"座位号{r.randint(1, 30)}"))


def _n_park(r):
    return "parking_spot", r.choice((f"B2-{r.randint(1, 300):03d}", f"{r.randint(1, 200)}号车位", f"P{r.randint(1, 3)}-{r.randint(10, 99)}"))


def _n_url(r):
    return "url", r.choice(("www.neea.edu.cn", "https://www.chsi.com.cn", "zsb.xdf.cn/apply", "gaokao.chsi.com.cn",
                            "http://jyj.gz.gov.cn", "www.bjeea.cn", "ielts.neea.cn", "https://apply.commonapp.org"))


def _n_discount(r):
    return "discount", r.choice((f"{r.randint(7, 9)}折", f"{r.randint(7, 9)}.{r.choice('58')}折", f"减{r.choice((100, 200, 300, 500))}",
                                 f"{r.randint(5, 30)}%"))


def _n_bus(r):
    return "bus_route", f"{r.randint(1, 12)}号线"


def _n_ccode(r):
    return "school_code", f"{r.choice(('1', '4'))}{r.randint(1000, 9999)}"


_NEAR = {
    "stuno": _n_stuno, "cls": _n_cls, "room": _n_room, "examno": _n_examno, "score": _n_score, "rank": _n_rank,
    "lessons": _n_lessons, "fee": _n_fee, "date": _n_date, "time": _n_time, "age": _n_age, "temp": _n_temp, "height": _n_height, "weight": _n_weight, "ielts": _n_ielts, "toefl": _n_toefl,
    "count": _n_count,
    "isbn": _n_isbn, "course": _n_course, "hotline": _n_hotline, "govline": _n_govline, "bankline": _n_bankline, "masked": _n_masked, "mmob": _n_mmob, "mcard": _n_mcard, "mid": _n_mid, "tail": _n_tail,
    "orderno": _n_orderno, "badcard": _n_badcard, "badid": _n_badid, "invoice": _n_invoice, "credit": _n_credit,
    "license": _n_license, "track": _n_track, "vcode": _n_vcode, "postal": _n_postal, "group": _n_group,
    "meeting": _n_meeting, "seat": _n_seat, "park": _n_park, "url": _n_url, "discount": _n_discount,
    "bus": _n_bus, "scode": _n_ccode,
}

# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
PII_TEMPLATES = (
    # enrolment forms
    "报名信息：\n孩子身份证：{IDC}\n家长电话：{MOB}\n家庭住址：{ADDR}",
    "老师您好，孩子身份证号{IDC}，户籍地址{ADDR}，麻烦帮忙填一下学籍表",
    "{IDC} 这个是孩子的，{IDP} 这个是我的",
    "妈妈手机{MOB}，爸爸手机{MOB}，接送都可以打",
    "入园登记表\n幼儿身份证号：{IDC}\n年龄：{age}\n现住址：{ADDR}\n监护人电话：{MOB}",
    "户口本上的地址是{ADDR}，现在实际住{ADDR}，哪个填现住址呀",
    "联系人：孩子妈妈 {MOB}\n备用：外婆 {MOB}",
    "孩子爸爸身份证{IDP}，单位电话{TEL}",
    "{MOB}\n{ADDR}\n就这些，还要填别的吗老师",
    "姓名那栏我写好了，身份证号是{IDC}，出生日期和身份证上一致",
    "家长身份证：{IDP}（母亲）\n联系电话：{MOB}",
    "老师 户籍地址要写到门牌号吗？我家是{ADDR}",
    "转学手续需要的信息：原学校{cls}，学生身份证{IDC}，家庭地址{ADDR}",
    "宝宝身份证{IDC} 妈妈身份证{IDP} 爸爸身份证{IDP}",
    "托管班报名～孩子{cls}，放学后接到机构，家长电话{MOB}，紧急联系人爷爷{MOB}",
    "您好，我们是{ADDR}的住户，想问下孩子能不能报你们的学区名额",
    "晚托接送卡登记：家长手机 {MOB} ；车牌 {PLATE}",
    "学籍信息核对：身份证 {IDC}，户籍 {ADDR}，请家长确认无误后回复“确认”",
    "麻烦把孩子身份证号再发一遍，刚才那个少了一位\n—— 好的，{IDC}",
    "{IDC}\n刚才发错了，这个是对的🙏",
    "医保参保需要孩子身份证号和家长手机号：{IDC}，{MOB}",
    "老师好 幼升小信息采集 监护人身份证号{IDP} 房产证地址{ADDR}",
    "住址：{ADDR}\n电话：{MOB}\n邮箱：{MAIL}",
    "爸爸：{MOB}（上班时间不方便接）\n妈妈：{MOB}",
    "报名表第三页紧急联系人写的是孩子姑姑，手机{MOB}",
    "孩子户口在老家，户籍地址：{ADDR}",
    "家庭住址填{ADDR}可以吗，我们刚搬过来还没办居住证",
    "身份证号码：{IDC}  性别：男  民族：汉",
    "夏令营报名 孩子{age} 身份证{IDC} 家长{MOB} 身高{height}",
    "研学旅行买保险要用身份证，{IDC}，麻烦老师了",
    "我是{cls}家长，孩子的身份证是{IDC}，之前填的有误",
    "老师，学生证邮寄地址写{ADDR}，收件电话{MOB}",
    "我们家地址{ADDR}，离你们校区近吗？",
    "{ADDR} 这是新家地址，校车能到吗",
    "校车接送点能不能改到{ADDR}楼下，电话{MOB}",
    # fees and refunds
    "退费请打到这张卡：{CARD} 开户行建设银行",
    "课时费退款{fee}，卡号{CARD}，户名是孩子爸爸",
    "{CARD}\n工商银行\n麻烦财务尽快处理退费，谢谢",
    "老师，刚才转账的卡号发错了，正确的是{CARD}",
    "退款账户：{CARD}（农业银行）\n剩余{lessons}按原价退",
    "您好，请提供退款银行卡号和持卡人手机号~ 好的 {CARD} {MOB}",
    "卡号 {CARD} 招商银行 退{fee}就行",
    "{CARD} 这张是孩子妈妈的卡，退到这个上面",
    "学费分期我们绑的卡是{CARD}，这个月扣款失败了",
    "留学中介费尾款{fee}已经从{CARD}转过去了，麻烦查收",
    "报名费交了，付款卡{CARD}，凭证截图发您了",
    "退费申请：学员{cls}，退费{fee}，收款卡号{CARD}，联系电话{MOB}",
    "家长您好，退费将原路退回到您尾号{tail}的卡，如需换卡请把卡号发我",
    "换一张卡吧{CARD}，之前那张注销了",
    "押金退到这个卡{CARD}，中国银行的",
    # email
    "录取通知电子版请发到{MAIL}，谢谢老师",
    "证书扫描件发我邮箱 {MAIL}",
    "推荐信请直接发送至{MAIL}（学生本人邮箱）",
    "{MAIL} 这个是孩子申请用的邮箱，文书改好了发这里",
    "老师，成绩单发{MAIL}就行，纸质版寄到{ADDR}",
    "考级证书电子版请发送到 {MAIL} 📧",
    "我的邮箱是{MAIL}，雅思成绩出来了麻烦转发一下",
    "申请系统注册用的邮箱：{MAIL}\n密码我单独发您",
    "文书初稿已发送至您的邮箱{MAIL}，请查收～",
    "发票抬头写个人，发到{MAIL}",
    "作业文件太大微信发不了，发我邮箱吧 {MAIL}",
    "您好，留学申请的材料清单已经发到{MAIL}了吗？我这边没收到",
    "学生邮箱{MAIL}，家长邮箱{MAIL}，两个都抄送一下",
    "Hi 这是我们学校招生办邮箱{MAIL}，简历和作品集发这里",
    # QQ / WeChat
    "我是新来的英语老师，微信{WX}，有事加我",
    "加一下钢琴老师QQ：{QQ}，练琴视频发给她",
    "王老师的微信号是{WX}，手机{MOB}",
    "qq{QQ} 加的时候备注孩子名字+班级",
    "vx：{WX}",
    "加我wx {WX} 拉你进家长群",
    "{WX} 这是我微信，您加我一下，我把课表发您",
    "老师QQ号多少？我加一下 —— {QQ}",
    "美术班助教微信：{WX}\n上课时间{time}",
    "小朋友的作品我都传QQ空间了，我QQ是{QQ}",
    "微信搜{WX}就能找到我，头像是一只猫🐱",
    "班主任微信{WX}，QQ{QQ}，两个都可以",
    "您好，我是留学顾问，微信同手机号{MOB}，也可以加{WX}",
    "扣扣：{QQ}",
    "考研资料找学长要，他QQ {QQ}，说是{cls}老师介绍的",
    "作文批改后会发到你QQ邮箱，先加QQ好友：{QQ}",
    "孩子平板上登的QQ是{QQ}，家长可以关联一下",
    "企鹅号{QQ} 加我发你学习资料",
    "Q：{QQ}\n微：{WX}",
    "老师你好，我QQ {QQ} 微信{WX}，加哪个都行",
    "加QQ{QQ}领取试听课资料",
    "我的微信号是{WX}，电话{MOB}，有问题随时找我",
    "辅导员QQ {QQ}，新生入学群请联系她",
    "孩子的QQ是{QQ}，网课平台登录用的",
    "舞蹈老师WeChat：{WX}",
    "加不上啊老师，你那个微信号{WX}对吗",
    "{QQ}是我QQ，你加我，我把报名表传给你",
    "wx号{WX} 备注“{cls}家长”",
    # plates
    "接送停车证登记：车牌{PLATE}，家长电话{MOB}",
    "我家车是{PLATE}，白色的，放学能开进校门口吗",
    "{PLATE} 这是爷爷的车，周三他来接",
    "临时换车了，今天开的是{PLATE}，麻烦门卫放行一下",
    "停车证申请：车牌号 {PLATE}，车主手机 {MOB}，孩子{cls}",
    "老师，车牌{PLATE}和{PLATE}两辆车都登记一下可以吗",
    "幼儿园门口临停的是我，{PLATE}，马上挪",
    "家长车辆备案\n车牌：{PLATE}\n联系人电话：{MOB}\n车位：{park}",
    "请{PLATE}车主尽快挪车，挡住校车了",
    "开{PLATE}的家长请到门卫室领一下孩子的水杯",
    "我车牌号是{PLATE}，新能源的，门禁识别不了",
    "周末研学大巴车牌{PLATE}，司机电话{MOB}",
    # landline
    "我们校区前台电话{TEL}，工作日9点到6点",
    "单位座机{TEL}，白天打这个找我",
    "家里座机{TEL}，老人在家一般都能接",
    "招生办电话：{TEL}\n地址：{ADDR}",
    "如有疑问请致电{TEL}（工作时间）或发邮件至{MAIL}",
    "{TEL} 这个是学校传达室的，找不到孩子打这个",
    "园长办公室电话{TEL}，您直接打过去说",
    "我单位电话{TEL}，手机{MOB}，两个都可以",
    "考点咨询电话：{TEL}，报名热线：{hotline}",
    "家里电话是{TEL}，孩子奶奶接",
    "麻烦回个电话{TEL}，谢谢",
    # mixed / group
    "@所有人 请还没交回执的家长把孩子身份证号和家长手机号私发给我，{date} {time}截止\n例：{IDC} {MOB}",
    "收到，{MOB}，{IDC}",
    "上课地址：{ADDR}，有问题联系{MOB}",
    "明天的试听课在{ADDR}，停车可以停地下，车牌发我登记 — {PLATE}",
    "托管中心新地址：{ADDR}\n联系电话：{TEL}",
    "琴行地址{ADDR}，到了打{MOB}",
    "家访时间{date} {time}，地址{ADDR}对吧？",
    "快递寄到{ADDR}，电话{MOB}，教材收到我拍照",
    "收件人孩子妈妈 {MOB} {ADDR}",
    "{ADDR} {MOB} 孩子妈妈收",
    "电话号码 {MOB} 身份证号码 {IDP} 银行卡号 {CARD}",
    "家长信息已更新👌\n手机：{MOB}\n邮箱：{MAIL}\n微信：{WX}",
    "奖学金发放到学生本人卡{CARD}，请核对身份证{IDP}",
    "补贴申请：户籍{ADDR}，身份证{IDP}，银行卡{CARD}",
    "孩子在学校磕到了，家长电话一直打不通{MOB}，谁有他家其他联系方式",
    "这是我老公电话{MOB}，他今天去接",
    "新手机号{MOB}，原来那个停机了，麻烦老师改一下通讯录",
    "手机号改成{MOB}了 旧的不用了",
    "打{MOB}找李老师，她负责报名",
    "{MOB} 张老师 周六上午在",
    "老师我手机号{MOB}，有事给我打电话，微信消息经常看不到😂",
    "您的课程顾问：{MOB}（微信同号）",
    "电话{MOB}，收到请回复，谢谢🙏",
    "孩子发烧{temp}，已经给家长打电话{MOB}，十分钟后到",
    "联系电话:{MOB}/{MOB}",
    "考试报名信息：身份证{IDP}，手机{MOB}，邮箱{MAIL}，准考证号稍后系统生成",
    "四六级报名用的手机号是{MOB}，验证码收不到怎么办",
    "家长您好，请确认孩子准考证上的身份证号{IDC}是否正确",
    "老师您好！我是{cls}的家长，孩子身份证号{IDC}，麻烦帮忙办一下公交学生卡",
    "艺考报名：身份证{IDP}，户籍{ADDR}，手机{MOB}",
    "孩子护照办好了，身份证号还是{IDC}，签证材料发{MAIL}了",
    "爸爸的工作单位：{ADDR}，电话{TEL}",
    "学生家住{ADDR}，父亲电话{MOB}，母亲电话{MOB}",
    "好的 我记一下 {MOB}",
    "嗯嗯 {WX}",
    "在吗老师，我是新报名的家长，{MOB}",
    "请各位家长把车牌号发我登记停车证，格式：孩子班级+车牌，比如{cls}+{PLATE}",
    "{cls}+{PLATE}",
    "老师，这是我家孩子的信息\n身份证号：{IDC}\n血型：A\n过敏史：无\n家长电话：{MOB}",
    "收到收到👌 地址是{ADDR}，下午{time}后家里有人",
    "证件号{IDP}  手机{MOB}  孩子{cls}",
    "我手机号是{MOB}吗？不对 是{MOB}，刚才打错了😅",
    "哦哦 那我发你邮箱吧，{MAIL}，麻烦把电子收据也发一份",
    "钢琴课退费的卡：{CARD}\n户名：孩子妈妈\n开户行：招行深圳科技园支行",
    "老师，孩子爷爷来接，爷爷电话{MOB}，车是{PLATE}，麻烦跟门卫说一声",
    "园所地址：{ADDR}（地铁站C口出来步行5分钟）\n咨询电话：{TEL}",
    "我们在{ADDR}，您导航过来就行，到楼下打{TEL}",
    "学费转账信息：收款卡号{CARD}，请备注孩子姓名+{cls}",
    "已经交了，用的尾号{tail}那张卡，要不我再发一下完整卡号{CARD}",
    "老师晚上好，明天我们去不了了，孩子发烧{temp}，有事打我电话{MOB}",
    "出国材料寄到{ADDR}，收件人手机{MOB}，邮编{postal}",
    "申请人邮箱（请务必填写常用邮箱）：{MAIL}\n紧急联系人电话：{MOB}",
    "英语外教的邮箱{MAIL}，您直接跟他约时间",
    "身份证正反面照片已发，号码是{IDP}，银行卡{CARD}，用于退还保证金",
    "家长，您的孩子在我校报名的课程{course}已确认，缴费后请将付款人身份证号{IDP}发给我开发票",
    "户籍：{ADDR}\n现居：{ADDR}\n联系电话：{MOB}",
    "各位家长好，新学期停车证办理请私信我：车牌+手机号，例如 {PLATE} {MOB}",
    "白色那辆是我的，{PLATE}，马上下来挪车不好意思",
    "QQ{QQ} 微信{WX} 电话{MOB} 都是我本人",
    "登录账号是孩子的QQ号{QQ}，密码忘了能重置吗",
    "托班报名表已填：\n1.宝宝身份证 {IDC}\n2.妈妈手机 {MOB}\n3.住址 {ADDR}\n4.接送车牌 {PLATE}",
    "学校座机{TEL}打不通，是换号了吗？",
    "前台电话改了，新号码{TEL}，旧号{TEL}停用",
    "请联系机构财务，电话{TEL}，或者财务邮箱{MAIL}",
    "刚加的微信{WX}是我，验证消息写了孩子名字",
    "是{WX}吗？搜不到",
    "孩子爸爸的户籍地是{ADDR}，我们是外地户口，能报名吗",
)

NEAR_TEMPLATES = (
    "宝贝本周还剩{lessons}，下周六{time}上课，教室在{room}",
    "期中考试成绩：语文{score}，数学{score}，英语{score}，{rank}",
    "准考证号{examno}，{seat}，{date} {time}前入场",
    "教材ISBN：{isbn}，书店缺货可以网上买",
    "本学期学费{fee}，已优惠{discount}，{date}前交齐",
    "孩子学号{stuno}，{cls}，麻烦查一下饭卡余额",
    "课程编号{course}，共{lessons}，单价{fee}",
    "家长您好，孩子今日体温{temp}，已正常入园",
    "报名咨询请拨打{hotline}，周一至周日{time}",
    "您尾号{tail}的银行卡已成功支付{fee}",
    "订单号{orderno}，支付成功，金额{fee}",
    "交易流水号{badcard}，如有疑问请联系{bankline}",
    "退款编号{orderno}，预计{date}到账",
    "发票号码{invoice}，金额{fee}，已开具",
    "我们机构统一社会信用代码{credit}，办学许可证{license}，正规的放心",
    "教材已发货，顺丰单号{track}，注意查收",
    "验证码{vcode}，5分钟内有效，请勿泄露",
    "邮编{postal}，寄录取通知书用",
    "家长群群号{group}，进群备注孩子姓名+{cls}",
    "今晚网课腾讯会议号{meeting}，{time}准时开始",
    "{cls}明天{time}在{room}考试，带2B铅笔",
    "孩子{age}，身高{height}，体重{weight}，报{cls}合适吗",
    "雅思总分{ielts}，小分听力{ielts}，阅读{ielts}",
    "合同编号{badid}，退费请携带合同原件",
    "报名序号{badid}，请截图保存",
    "已登记手机号{mmob}，如需修改请联系班主任",
    "您绑定的银行卡{mcard}，退款已原路返回",
    "身份证号{mid}已核验通过",
    "校车{bus}早上{time}到小区门口，请提前5分钟等候",
    "学校代码{scode}，专业代码{course}",
    "报名网址：{url}，{date}开放",
    "停车位{park}是留给校车的，家长请勿停放",
    "{date} {time}家长会，地点{room}",
    "这个月上了{lessons}，还剩{lessons}，续费{fee}送{lessons}",
    "续报{lessons}立减{discount}，活动截止{date}",
    "钢琴考级报名费{fee}，考级时间{date}，考场号{room}",
    "孩子上次测评{score}，这次{score}，进步很大👍",
    "托管费一个月{fee}，含午餐，{time}放学接",
    "{date}起秋季班开课，{cls}每周{time}",
    "中考准考证号：{examno}\n考点：第三中学\n{seat}",
    "四六级准考证号{examno}，成绩{score}",
    "退费{fee}已提交财务，审批单号{orderno}",
    "刷卡流水{badcard} 刷了{fee}",
    "学员编号{stuno}，剩余课时{lessons}",
    "请家长们在{date}前完成缴费，金额{fee}，逾期不候",
    "投诉建议可拨打教育局热线{govline}",
    "ISBN {isbn}，下学期第{count}周开始用这本",
    "招生政策看不懂的可以打{govline}转教育局问问",
    "作业：练习册做到第{count}页，{date}交",
    "家长签字后拍照发群里，{date} {time}截止",
    "孩子{age}了还不会跳绳，一分钟才{count}个，体测不及格",
    "本次托福{toefl}，目标{toefl}，还差一点",
    "您的订单{orderno}已取消，退款{fee}",
    "{date} {time} 体检，空腹，地点{room}",
    "我们的服务热线{hotline}，全国统一",
    "课程{course}调整到{room}上课",
    "您尾号{tail}的手机号已绑定学员账号",
    "暑假班{date}-{date}，共{lessons}，{fee}",
    "缴费成功！交易单号：{orderno}",
    "学费收据编号{invoice}，请妥善保存",
    "邮寄地址写学校就行，邮编{postal}",
    "QQ群号{group}，考研资料都在群文件",
    "家长会腾讯会议：{meeting}\n时间：{date} {time}",
    "数学{score}，物理{score}，化学{score}，总分{score}",
    "孩子{age}，{height}，穿校服要多大码",
    "准考证号为{examno}的考生请到{room}补拍照片",
    "体温{temp}，有点低烧，建议在家观察",
    "{date}截止报名，{fee}，限额{count}人",
    "助学贷款合同号{badid}",
    "缴费码{vcode}，在收银台出示",
    "乐理考试{score}通过，证书{date}寄出，快递{track}",
    "课程代码{course}，学分3，{time}上课",
    "报名系统{url}，登录后选{course}",
    "您已成功预约{date} {time}的试听课，地点{room}",
    "{cls}共{lessons}，已上{lessons}",
    "舞蹈服{fee}一套，身高{height}的穿M码",
    "本月出勤{lessons}，请假{lessons}，按{fee}每节扣",
    "请勿相信陌生来电，我校唯一咨询电话{hotline}",
    "家长打卡第{count}天✅",
    "{cls}的小朋友{date}要带身份证复印件",
    "学校停车场{park}到{park}是家长临停区",
    "电子发票{invoice}已发送，金额{fee}",
    "机构的营业执照号{credit}，您可以在企业信用网查",
    "报名编号{orderno}，考试科目{course}",
    "试卷满分150分，及格线90分，这次考了{score}",
    "这次信息核对：{masked}，如有误请回复",
    "孩子在{cls}排{rank}",
    "今天{time}前交作业，晚了系统关闭",
    "订单{orderno}，快递{track}",
    "宝宝{age}，体重{weight}，今天午饭吃了两碗😊",
    "微信支付凭证号{orderno}",
    "退款原路返回至尾号{tail}的卡，{date}前到账，没到账可以打银行客服{bankline}问",
    "会员卡号{stuno}，积分{count}",
    "考场{room}，{seat}，{date} {time}",
    "营业执照号码：{credit}\n办学许可证号：{license}",
    "本期班课编号{course}，开课{date}",
    "{hotline}是我们总部的电话",
    "学号{stuno}，{cls}，本学期缺勤{count}次",
    "腾讯会议 {meeting}，密码{vcode}，{time}",
    "孩子今天在{room}上课，{time}下课，请准时来接",
    "本次模考{score}，比上次高{count}分，{rank}",
    "咨询请拨{hotline}或关注公众号",
    "报名费{fee}已收到，收据号{invoice}",
    "SAT考位{date}，报名费{fee}，考试代码{course}",
    "体检结果：身高{height}，体重{weight}，视力5.0",
    "学籍系统验证码{vcode}，请家长发我一下",
    "英语教材 ISBN：{isbn}\n数学教材 ISBN：{isbn}",
    "退款进度：申请单{orderno}，{date}已审批，3-5个工作日到账",
    "电子合同编号{badid}，签完截图发我",
    "银行卡号{mcard}是您本人的吗？核对一下",
    "您好，家长尾号{tail}的手机已登记接送",
    "孩子{age}，{cls}，想报周末{time}的书法课，{fee}一期{lessons}吗",
    "考场安排：{room}，{seat}，准考证号{examno}",
    "课表：周二{time} 钢琴 {room}；周四{time} 乐理 {room}",
    "停车场{park}，{date}起家长车辆凭证入校",
    "这期共{lessons}，每节{fee}，报两期{discount}",
    "考生号{examno}，{score}，超一本线{score}",
    "成绩查询：{url}",
    "登录手机号{mmob}，密码是默认的",
    "付款账号{mcard}，交易金额{fee}",
)


def _render(tpl: str, r: random.Random, forced: dict):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    i = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        if key in _MARKERS:
            kind, gen = _MARKERS[key]
            if forced[kind]:
                fmt = forced[kind].pop()
            else:
                tab = dict(_FMT_TABLES)[kind]
                fmt = r.choices([f for f, _ in tab], [w for _, w in tab])[0]
            for seg, is_val in gen(fmt, r):
                if is_val:
                    ents.append((kind, pos, pos + len(seg)))
                    fmts.append(fmt)
                out.append(seg)
                pos += len(seg)
        else:
            nk, seg = _NEAR[key](r)
            nears.append((nk, pos, pos + len(seg)))
            out.append(seg)
            pos += len(seg)
        i = m.end()
    out.append(tpl[i:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    forced: dict = {}
    for kind, tab in _FMT_TABLES:
        lst = [f for f, _ in tab for _ in range(FORCE_PER_FMT)]
        r.shuffle(lst)
        forced[kind] = lst
    rows = []
    tids = []
    for _ in range(N_PII_ROWS):
        t = r.randrange(len(PII_TEMPLATES))
        text, es, fs, ns = _render(PII_TEMPLATES[t], r, forced)
        rows.append((text, es, fs, ns))
        tids.append(f"P{t}")
    no_force = {k: [] for k in KINDS}
    for _ in range(N_NEAR_ROWS):
        t = r.randrange(len(NEAR_TEMPLATES))
        text, es, fs, ns = _render(NEAR_TEMPLATES[t], r, no_force)
        rows.append((text, es, fs, ns))
        tids.append(f"N{t}")
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [x[0] for x in rows],
        "entities": [x[1] for x in rows],
        "formats": [x[2] for x in rows],
        "near_misses": [x[3] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind36_corpus() -> pd.DataFrame:
    return _build()


_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|\d)$")


def _check_value(kind: str, v: str) -> None:
    n = _norm(v)
    if kind == "mobile":
        d = n.translate(str.maketrans("零一二三四五六七八九", "0123456789"))
        assert re.fullmatch(r"1[3-9]\d{9}", d), v
    elif kind == "landline":
        assert re.fullmatch(r"(0\d{2,3})?[2-8]\d{6,7}", n), v
    elif kind == "id_card":
        assert _id_ok(n), v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", unicodedata.normalize("NFKC", v)), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", n), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[京沪粤苏浙川鄂湘豫鲁闽皖陕津渝][A-Za-z][·\- ]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "address":
        assert _HOUSE_END.search(v), v
        assert re.search(r"(省|市|区|县|镇|村|路|街|园|城|苑|里|府|国际|江南|社区|名都|新村|小区|花园|四区|院)", v), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            _check_value(k, v)
            n_ent += 1
            # value must not be glued to more digits / letters of the same run
            glue = (lambda ch: ch.isascii() and ch.isalnum()) if k in ("email", "wechat") \
                else (lambda ch: ch.isascii() and ch.isdigit())
            if s > 0 and k != "address" and not (k == "mobile" and text[:s].endswith(("+86", "0086"))):
                assert not glue(text[s - 1]), (text, v)
            if e < len(text) and k != "address":
                assert not glue(text[e]), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
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
    assert df.equals(make_blind36_corpus())  # deterministic
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
        print(f"  {f:30s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

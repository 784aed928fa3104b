"""Thirty-first blind PII corpus (``split == "blind31"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十四位写手")
under the blind-writer rules.  What it read: the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` (found with ``grep -n -A14``), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point
names only) and the directory listing of ``tests/privacy/`` and of
``../shared/datasets/``.  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other corpus or
test, nor any git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.  Value shapes, chat contexts and
labels come only from the writer's own idea of such chats.

What is different here: ELDERLY CUSTOMERS, HEALTH PRODUCTS, PENSIONS AND
VOICE INPUT.  Templates are WeCom 1:1 and group messages between staff
(hearing-aid shops, health-product sellers, bank pension desks, community
elderly-care stations, hospital appointment helpers, insurance agents) and
older customers or their children.  Two channels:

* ``V`` -- an older customer using voice input (语音转文字): digits read out as
  words (一 / 幺 / 两 / 零), homophones inside values (要 for 幺, 是 for 四),
  ASR commas between digit groups, no punctuation, run-on sentences,
  repeated cue words;
* ``T`` -- typed text, often by a son / daughter helping a parent (我妈的电话…,
  我爸身份证…), by staff, or by the elderly themselves with odd groupings,
  full-width digits, spaces, line breaks and emoji.

Values: mobiles (read out in words or oddly grouped), 18-digit ID numbers
(with spaces, read out, lower-case x), pension bank cards (mostly 19-digit
domestic BINs), landlines (often without area code), home addresses (old
estates, work-unit compounds 家属院, villages with 组 and 号), children's
WeChat / QQ, a few e-mails and car plates.

Near-misses are typical of the theme: ages, blood pressure / sugar, dosages,
amounts (pension, product prices), spoken dates, medical-insurance card
numbers failing the ID check, appointment / queue numbers, clinic rooms
(3楼302诊室), bed numbers, admission numbers, hotlines (12345 / 95518 /
12333 / 400), masked values, tail digits, hearing-aid models / serials, drug
approval numbers, decibels, order / tracking numbers, verification codes,
postal codes, weights, percentages.

Seed
----
``SEED = "blind31-2026-elderly-第三十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and bank-card Luhn digits are computed here.  Every near-miss
whose normalised digits are 16-19 long fails Luhn, every 18-long one fails
the ID check.  Each format is first forced ``FORCE_PER_FMT`` (5) times into
randomly drawn compatible templates; other slots draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  A span holds the
  value only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, ASR commas between digit groups, the parentheses round an
  area code) are inside.  An address runs from its first place unit
  (province / city / district / county / town / village / road / estate) to
  its last house-level unit (号 / 栋 / 号楼 / 单元 / 室 / 层 / a bare room
  number such as 1502, 3-2-1502 or 四零二 read out).  Names are never used.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind31"``

Counts (``python tests/privacy/pii_blind31.py``)
-----------------------------------------------
rows=1786 pii_rows=1066 near_rows=720 entities=1422;
(mobile 406, address 227, id_card 159, landline 155, bank_card 115, email 103,
wechat 93, qq 91, plate 73);
near-miss spans=1250 (1197 in near-miss rows) kinds=30;
(amount 144, date 144, hotline 81, age 74, clinic_room 72, appointment_no 54,
blood_pressure 54, masked 45, model_no 45, time 45, bed_no 42, admission_no
27, years 27, decibel 27, approval_no 27, dosage 27, tracking_no 27,
insurance_card 27, weight 27, quantity 27, percent 27, blood_sugar 27,
tail_digits 27, order_no 27, bad_card 18, bad_id 18, verify_code 18,
postal_code 18, serial_no 18, height 9);
formats=62 distinct, each used >= 5 times in >= 3 templates:
address/city_start, address/danwei_compound, address/dash_room,
address/district_start,
address/estate_start, address/full_prov, address/village,
address/voice_village, address/voice_words, bank_card/dash_4_19,
bank_card/passbook_group, bank_card/plain_16, bank_card/plain_19,
bank_card/space_4_16, bank_card/space_4_19, bank_card/voice_words,
email/fullwidth_at, email/mobile_local, email/plain, email/qq_digits,
email/voice_at, id_card/fullwidth, id_card/lower_x, id_card/plain,
id_card/space_4s, id_card/space_6_8_4, id_card/voice_grouped,
id_card/voice_words, landline/area_dash, landline/area_paren,
landline/area_plain, landline/area_space, landline/local_7, landline/local_8,
landline/local_dash, landline/voice_area, landline/voice_local,
mobile/dash_344, mobile/fullwidth, mobile/odd_group, mobile/plain,
mobile/space_344, mobile/voice_grouped, mobile/voice_homophone,
mobile/voice_mixed, mobile/voice_words, mobile/voice_yao, plate/dot,
plate/lower, plate/new_energy, plate/space, plate/standard, qq/plain,
qq/short_old, qq/space_grouped, qq/voice_words, wechat/caps, wechat/dash,
wechat/initials_year, wechat/pinyin_digits, wechat/underscore, wechat/wxid.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind31-2026-elderly-第三十四位写手"
SPLIT = "blind31"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
_W = "零一二三四五六七八九"


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
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
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _words(d: str, one="一", two="二", zero="零") -> str:
    out = []
    for ch in d:
        if ch == "1":
            out.append(one)
        elif ch == "2":
            out.append(two)
        elif ch == "0":
            out.append(zero)
        elif ch in "Xx":
            out.append(ch)
        else:
            out.append(_W[int(ch)])
    return "".join(out)


def _homophone(rng: random.Random, d: str) -> str:
    out = []
    for ch in d:
        if ch == "1":
            out.append(rng.choice(("幺", "幺", "要", "一")))
        elif ch == "4":
            out.append(rng.choice(("四", "四", "是")))
        elif ch == "2":
            out.append(rng.choice(("二", "两")))
        else:
            out.append(_W[int(ch)])
    return "".join(out)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _cardinal(n: int) -> str:
    """Chinese cardinal for 1..999 as people say house numbers."""
    if n < 10:
        return _W[n]
    if n < 20:
        return "十" + (_W[n % 10] if n % 10 else "")
    if n < 100:
        return _W[n // 10] + "十" + (_W[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = _W[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + _W[r]
    return s + _W[r // 10] + "十" + (_W[r % 10] if r % 10 else "")


_NORM_MAP = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "要": "1", "二": "2", "两": "2",
             "三": "3", "四": "4", "是": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
             "叉": "X"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        if ch in _NORM_MAP:
            out.append(_NORM_MAP[ch])
        elif ch.isdigit() or ch in "Xx*":
            out.append(ch.upper())
        elif ch in " -，,。.·()（）":
            continue
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------
# value pools
# ----------------------------------------------------------------------------
_MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
               "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180",
               "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")

_ID_AREAS = ("110105", "110108", "110102", "310104", "310110", "120103", "410102", "410105", "410305",
             "410922", "411421", "130104", "130637", "370102", "370202", "371521", "320106", "320505",
             "330106", "420106", "430104", "510107", "500103", "610103", "210102", "230103", "220102",
             "140105", "340104", "360102", "350102", "440106", "440304", "530102", "620102", "410203")

# (bin, total length)
_BANK_19 = ("622848", "621700", "622700", "622202", "621226", "621661", "621098", "622188", "621799",
            "622262", "955880", "955998", "621285")
_BANK_16 = ("622588", "621483", "622575", "436742", "427020", "518905", "524374")

# (area code, local length)
_AREAS = (("010", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8), ("028", 8),
          ("029", 8), ("020", 8), ("0371", 8), ("0311", 8), ("0351", 7), ("0431", 8), ("0451", 8),
          ("0531", 8), ("0532", 8), ("0551", 7), ("0571", 8), ("0591", 8), ("0731", 8), ("0379", 8),
          ("0312", 7), ("0635", 7), ("0393", 7), ("0370", 7), ("0411", 8), ("0512", 8))

_PLACES = (
    ("河南省", "郑州市", ("金水区", "中原区", "二七区", "管城回族区"), ("纬五路", "建设西路", "桐柏路", "政七街", "经三路")),
    ("河南省", "洛阳市", ("涧西区", "西工区", "老城区"), ("中州西路", "景华路", "天津路", "南昌路")),
    ("河北省", "保定市", ("竞秀区", "莲池区"), ("东风中路", "裕华西路", "朝阳北大街")),
    ("河北省", "石家庄市", ("桥西区", "长安区", "新华区"), ("中华南大街", "维明街", "建华北大街")),
    ("山东省", "济南市", ("历下区", "市中区", "槐荫区"), ("经十路", "经七路", "文化东路")),
    ("山东省", "青岛市", ("市南区", "市北区", "李沧区"), ("延安三路", "台东一路", "四流南路")),
    ("江苏省", "南京市", ("鼓楼区", "秦淮区", "玄武区"), ("中山北路", "汉中路", "龙蟠中路")),
    ("湖北省", "武汉市", ("武昌区", "江汉区", "青山区"), ("友谊大道", "中北路", "建设二路")),
    ("四川省", "成都市", ("武侯区", "青羊区", "成华区"), ("玉林北路", "府南街", "建设南路")),
    ("辽宁省", "沈阳市", ("铁西区", "和平区", "皇姑区"), ("北二中路", "南京南街", "黄河南大街")),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区", "香坊区"), ("西大直街", "安静街", "和平路")),
    ("山西省", "太原市", ("小店区", "迎泽区", "杏花岭区"), ("并州南路", "迎泽大街", "五一路")),
    ("陕西省", "西安市", ("碑林区", "雁塔区", "新城区"), ("东大街", "含光路", "长乐西路")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "天心区"), ("麓山南路", "五一大道", "劳动西路")),
    ("安徽省", "合肥市", ("蜀山区", "庐阳区", "包河区"), ("长江西路", "蒙城路", "徽州大道")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区"), ("文三路", "莫干山路", "解放路")),
)
_MUNI = (
    ("北京市", ("朝阳区", "海淀区", "西城区", "丰台区"), ("团结湖路", "学院路", "阜成门外大街", "马家堡西路")),
    ("上海市", ("徐汇区", "杨浦区", "普陀区", "虹口区"), ("漕溪北路", "控江路", "曹杨路", "四平路")),
    ("天津市", ("河西区", "南开区", "和平区"), ("友谊路", "鞍山西道", "南京路")),
    ("重庆市", ("渝中区", "江北区", "沙坪坝区"), ("中山三路", "建新北路", "小龙坎正街")),
)
_ESTATES = ("幸福小区", "铁路新村", "电业局家属院", "和平里小区", "曙光里", "阳光花园", "建工小区", "粮食局宿舍",
            "矿务局家属院", "第二机床厂家属院", "纺织厂宿舍", "教育局家属院", "工人新村", "红旗小区", "农机厂家属院",
            "金色家园", "锦绣花园", "水利局家属院", "供销社家属院", "医药公司家属院")
_COMPOUNDS = ("一拖家属院", "棉纺厂家属院", "化肥厂家属院", "煤机厂家属院", "铁路局家属院", "国棉三厂家属院",
              "钢厂家属院", "军分区干休所", "林业局家属院", "市委家属院")
_VILLAGES = (("河北省", "保定市", "博野县", "程委镇", "西王村"), ("河南省", "周口市", "郸城县", "宁平镇", "李楼村"),
             ("山东省", "聊城市", "阳谷县", "阿城镇", "后坊村"), ("河南省", "濮阳市", "清丰县", "马庄桥镇", "南街村"),
             ("安徽省", "阜阳市", "临泉县", "杨桥镇", "大王庄村"), ("四川省", "南充市", "南部县", "升钟镇", "桥亭村"),
             ("湖南省", "邵阳市", "邵东县", "团山镇", "新建村"), ("江苏省", "盐城市", "阜宁县", "沟墩镇", "友谊村"),
             ("河南省", "商丘市", "民权县", "人和镇", "白云寺村"), ("山西省", "运城市", "临猗县", "嵋阳镇", "东张村"))

_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma",
           "zhu", "hu", "guo", "he", "gao", "lin", "luo")
_GIVEN = ("wei", "fang", "min", "jing", "lei", "yan", "qiang", "jun", "li", "hong", "ping", "gang", "hui",
          "xia", "tao", "ming", "chao", "xiu", "lan", "yun")
_EWORDS = ("sunshine", "happy", "lucky", "xiaoyu", "tiantian", "yueyue", "doudou", "mama", "baobei", "lele",
           "cherry", "apple", "kevin", "lily", "tony", "jason")

_PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("豫", "ABCDEFGHJKLMNPQRSU"),
               ("冀", "ABCDEFGHJRT"), ("鲁", "ABCDEFGHJKLMNPQRSU"), ("苏", "ABCDEFGHJKLMN"),
               ("浙", "ABCDEFGHJKL"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXYZ"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"),
               ("鄂", "ABCDEFGHJKLMNPQRS"), ("湘", "ABCDEFGHJKLMNU"), ("辽", "ABCDEFGHJKLMNP"),
               ("黑", "ABCDEFGHJKLMNP"), ("晋", "ABCDEFHJKLM"), ("陕", "ABCDEFGHJKV"), ("皖", "ABCDEFGHJKLMNPRS"))
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


# ----------------------------------------------------------------------------
# value generators: each returns the written value
# ----------------------------------------------------------------------------
def _mobile_digits(rng):
    return rng.choice(_MOB_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))


def _id_digits(rng):
    area = rng.choice(_ID_AREAS)
    if rng.random() < 0.7:
        y = rng.randint(1936, 1962)
    else:
        y = rng.randint(1966, 1994)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    seq = f"{rng.randint(0, 999):03d}"
    body = f"{area}{y:04d}{m:02d}{dd:02d}{seq}"
    return body + _id_check(body)


def _id_digits_x(rng):
    for _ in range(500):
        d = _id_digits(rng)
        if d.endswith("X"):
            return d
    raise AssertionError


def _bank_digits(rng, n):
    bins = _BANK_19 if n == 19 else _BANK_16
    b = rng.choice(bins)
    body = b + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def _landline_parts(rng):
    code, ln = rng.choice(_AREAS)
    local = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(ln - 1))
    return code, local


def _grp(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


# mobile
def m_plain(rng):
    return _mobile_digits(rng)


def m_space344(rng):
    return _grp(_mobile_digits(rng), (3, 4, 4))


def m_dash344(rng):
    return _grp(_mobile_digits(rng), (3, 4, 4), "-")


def m_odd(rng):
    d = _mobile_digits(rng)
    return _grp(d, rng.choice(((3, 8), (4, 4, 3), (7, 4), (3, 3, 5), (4, 3, 4))))


def m_fullwidth(rng):
    return _fw(_mobile_digits(rng))


def m_voice_words(rng):
    return _words(_mobile_digits(rng))


def m_voice_yao(rng):
    return _words(_mobile_digits(rng), one="幺", two=rng.choice(("二", "两")))


def m_voice_homophone(rng):
    for _ in range(100):
        d = _mobile_digits(rng)
        w = _homophone(rng, d)
        if "要" in w or "是" in w:
            return w
    return w


def m_voice_grouped(rng):
    d = _mobile_digits(rng)
    w = _words(d, one=rng.choice(("一", "幺")))
    sep = rng.choice(("，", "，", " ", "。"))
    return w[:3] + sep + w[3:7] + sep + w[7:]


def m_voice_mixed(rng):
    d = _mobile_digits(rng)
    return d[:3] + _words(d[3:7], one="幺") + d[7:]


# id card
def i_plain(rng):
    return _id_digits(rng)


def i_space684(rng):
    return _grp(_id_digits(rng), (6, 8, 4))


def i_space4(rng):
    return _grp(_id_digits(rng), (4, 4, 4, 4, 2))


def i_lower_x(rng):
    return _id_digits_x(rng).lower()


def i_fullwidth(rng):
    return _fw(_id_digits(rng))


def i_voice_words(rng):
    d = _id_digits(rng)
    w = _words(d[:17], one=rng.choice(("一", "幺")))
    last = d[17]
    if last == "X":
        return w + rng.choice(("叉", "X"))
    return w + _words(last)


def i_voice_grouped(rng):
    d = _id_digits(rng)
    w = _words(d[:17]) + ("X" if d[17] == "X" else _words(d[17]))
    return w[:6] + "，" + w[6:14] + "，" + w[14:]


# bank
def b_plain19(rng):
    return _bank_digits(rng, 19)


def b_plain16(rng):
    return _bank_digits(rng, 16)


def b_space19(rng):
    return _grp(_bank_digits(rng, 19), (4, 4, 4, 4, 3))


def b_space16(rng):
    return _grp(_bank_digits(rng, 16), (4, 4, 4, 4))


def b_dash19(rng):
    return _grp(_bank_digits(rng, 19), (4, 4, 4, 4, 3), "-")


def b_passbook(rng):
    return _grp(_bank_digits(rng, 19), rng.choice(((6, 13), (7, 12), (6, 6, 7))))


def b_voice_words(rng):
    return _words(_bank_digits(rng, 19), one=rng.choice(("一", "幺")))


# landline
def l_area_dash(rng):
    c, l = _landline_parts(rng)
    return f"{c}-{l}"


def l_area_paren(rng):
    c, l = _landline_parts(rng)
    return f"({c}){l}" if rng.random() < 0.5 else f"（{c}）{l}"


def l_area_plain(rng):
    c, l = _landline_parts(rng)
    return c + l


def l_area_space(rng):
    c, l = _landline_parts(rng)
    return f"{c} {l}"


def l_local8(rng):
    for _ in range(100):
        c, l = _landline_parts(rng)
        if len(l) == 8:
            return l
    raise AssertionError


def l_local7(rng):
    for _ in range(100):
        c, l = _landline_parts(rng)
        if len(l) == 7:
            return l
    raise AssertionError


def l_local_dash(rng):
    l = l_local8(rng)
    return l[:4] + "-" + l[4:]


def l_voice_local(rng):
    l = _landline_parts(rng)[1]
    return _words(l, one=rng.choice(("一", "幺")))


def l_voice_area(rng):
    c, l = _landline_parts(rng)
    return _words(c, one="幺") + rng.choice(("", " ", "，")) + _words(l, one="幺")


# address
def _prov_city(rng):
    if rng.random() < 0.25:
        city, dists, roads = rng.choice(_MUNI)
        return "", city, rng.choice(dists), rng.choice(roads)
    prov, city, dists, roads = rng.choice(_PLACES)
    return prov, city, rng.choice(dists), rng.choice(roads)


def _room(rng):
    return f"{rng.randint(1, 7)}{rng.randint(0, 2)}{rng.randint(1, 4)}"


def a_full_prov(rng):
    p, c, d, r = _prov_city(rng)
    return (f"{p}{c}{d}{r}{rng.randint(1, 260)}号{rng.choice(_ESTATES)}{rng.randint(1, 24)}号楼"
            f"{rng.randint(1, 6)}单元{_room(rng)}" + rng.choice(("", "室", "", "号")))


def a_city_start(rng):
    p, c, d, r = _prov_city(rng)
    return f"{c}{d}{r}{rng.randint(1, 300)}号院{rng.randint(1, 18)}栋{_room(rng)}室"


def a_district_start(rng):
    p, c, d, r = _prov_city(rng)
    return (f"{d}{r}{rng.choice(_ESTATES)}{rng.randint(1, 30)}" + rng.choice(("栋", "号楼", "幢"))
            + f"{rng.randint(1, 6)}单元{_room(rng)}")


def a_danwei(rng):
    p, c, d, r = _prov_city(rng)
    return (f"{c}{d}{r}{rng.choice(_COMPOUNDS)}{rng.randint(1, 40)}号楼{rng.randint(1, 5)}单元"
            + rng.choice((f"{rng.randint(1, 6)}楼东户", f"{rng.randint(1, 12)}号", f"{_room(rng)}")))


def a_village(rng):
    p, c, x, z, v = rng.choice(_VILLAGES)
    head = rng.choice((p + c + x, c + x, x))
    return f"{head}{z}{v}{rng.choice(('一', '二', '三', '四', '五', '六'))}组{rng.randint(1, 120)}号"


def a_dash_room(rng):
    p, c, d, r = _prov_city(rng)
    head = rng.choice((c + d, d, ""))
    return f"{head}{r}{rng.randint(1, 200)}号{rng.choice(_ESTATES)}{rng.randint(1, 20)}-{rng.randint(1, 6)}-{_room(rng)}"


def a_estate_start(rng):
    return f"{rng.choice(_ESTATES)}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{_room(rng)}" + rng.choice(("", "室"))


def a_voice(rng):
    p, c, d, r = _prov_city(rng)
    head = rng.choice((c + d, d, c))
    room = _room(rng)
    return (f"{head}{r}{_cardinal(rng.randint(1, 200))}号院{_cardinal(rng.randint(1, 20))}号楼"
            f"{_cardinal(rng.randint(1, 6))}单元{_words(room)}" + rng.choice(("", "室")))


def a_voice_village(rng):
    p, c, x, z, v = rng.choice(_VILLAGES)
    return f"{x}{z}{v}{_cardinal(rng.randint(1, 8))}组{_cardinal(rng.randint(1, 99))}号"


# email
def _uname(rng):
    return rng.choice((
        lambda: rng.choice(_PINYIN) + rng.choice(_GIVEN) + str(rng.randint(1960, 1999)),
        lambda: rng.choice(_PINYIN) + rng.choice(_GIVEN) + str(rng.randint(1, 999)),
        lambda: rng.choice(_EWORDS) + str(rng.randint(10, 9999)),
        lambda: rng.choice(_PINYIN) + "_" + rng.choice(_GIVEN) + str(rng.randint(60, 99)),
    ))()


def e_plain(rng):
    return _uname(rng) + "@" + rng.choice(("163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "yeah.net"))


def e_qq_digits(rng):
    return str(rng.randint(10000, 3999999999)) + "@qq.com"


def e_mobile139(rng):
    return _mobile_digits(rng) + "@" + rng.choice(("139.com", "163.com", "189.cn"))


def e_fullwidth_at(rng):
    return _uname(rng) + "＠" + rng.choice(("163.com", "126.com", "qq.com"))


def e_voice_at(rng):
    dom = rng.choice(("163点com", "qq点com", "126点com", "一六三点com"))
    u = rng.choice((str(rng.randint(100000, 999999999)), rng.choice(_PINYIN) + rng.choice(_GIVEN)))
    return u + rng.choice(("艾特", "圈a", "@")) + dom


# qq
def q_plain(rng):
    return str(rng.randint(100000000, 3999999999))


def q_short(rng):
    return str(rng.randint(10000, 9999999))


def q_space(rng):
    d = str(rng.randint(100000000, 3999999999))
    return _grp(d, (3, 3, 3) if len(d) == 9 else (4, 3, 3))


def q_voice_words(rng):
    return _words(str(rng.randint(10000000, 3999999999)), one=rng.choice(("一", "幺")))


# wechat
def w_pinyin_digits(rng):
    return rng.choice(_PINYIN) + rng.choice(_GIVEN) + str(rng.randint(1, 2024))


def w_underscore(rng):
    return rng.choice(_PINYIN) + "_" + rng.choice(_GIVEN + _EWORDS) + rng.choice(("", str(rng.randint(1, 99))))


def w_dash(rng):
    return rng.choice(_EWORDS) + "-" + rng.choice(_PINYIN) + str(rng.randint(1, 999))


def w_wxid(rng):
    return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))


def w_caps(rng):
    return rng.choice(_EWORDS).capitalize() + rng.choice(("_", "")) + rng.choice(_PINYIN).capitalize() + str(rng.randint(1, 99))


def w_initials(rng):
    return "".join(rng.choice("bcdfghjklmnpqrstwxyz") for _ in range(rng.randint(3, 4))) + str(rng.randint(1950, 2010))


# plate
def _plate(rng, n_new=False):
    p, letters = rng.choice(_PLATE_PROV)
    c = rng.choice(letters)
    if n_new:
        return p + c + rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    tail = [rng.choice("0123456789") for _ in range(5)]
    if rng.random() < 0.5:
        tail[rng.randint(0, 3)] = rng.choice(_PLATE_L)
    return p + c + "".join(tail)


def p_standard(rng):
    return _plate(rng)


def p_new_energy(rng):
    return _plate(rng, True)


def p_dot(rng):
    s = _plate(rng)
    return s[:2] + "·" + s[2:]


def p_space(rng):
    s = _plate(rng)
    return s[:2] + " " + s[2:]


def p_lower(rng):
    return _plate(rng).lower()


# (format name, weight, channels, generator)
FMT_TABLES = {
    "mobile": (("plain", 6, "VT", m_plain), ("space_344", 3, "T", m_space344), ("dash_344", 2, "T", m_dash344),
               ("odd_group", 2, "T", m_odd), ("fullwidth", 1, "T", m_fullwidth), ("voice_words", 4, "V", m_voice_words),
               ("voice_yao", 3, "V", m_voice_yao), ("voice_homophone", 2, "V", m_voice_homophone),
               ("voice_grouped", 2, "V", m_voice_grouped), ("voice_mixed", 1, "V", m_voice_mixed)),
    "id_card": (("plain", 5, "VT", i_plain), ("space_6_8_4", 2, "T", i_space684), ("space_4s", 1, "T", i_space4),
                ("lower_x", 1, "T", i_lower_x), ("fullwidth", 1, "T", i_fullwidth),
                ("voice_words", 4, "V", i_voice_words), ("voice_grouped", 2, "V", i_voice_grouped)),
    "bank_card": (("plain_19", 5, "VT", b_plain19), ("plain_16", 2, "T", b_plain16), ("space_4_19", 3, "T", b_space19),
                  ("space_4_16", 1, "T", b_space16), ("dash_4_19", 1, "T", b_dash19),
                  ("passbook_group", 1, "T", b_passbook), ("voice_words", 3, "V", b_voice_words)),
    "landline": (("area_dash", 4, "T", l_area_dash), ("area_paren", 2, "T", l_area_paren),
                 ("area_plain", 2, "VT", l_area_plain), ("area_space", 1, "T", l_area_space),
                 ("local_8", 4, "VT", l_local8), ("local_7", 2, "VT", l_local7), ("local_dash", 1, "T", l_local_dash),
                 ("voice_local", 3, "V", l_voice_local), ("voice_area", 2, "V", l_voice_area)),
    "address": (("full_prov", 3, "VT", a_full_prov), ("city_start", 3, "VT", a_city_start),
                ("district_start", 3, "VT", a_district_start), ("danwei_compound", 3, "VT", a_danwei),
                ("village", 3, "VT", a_village), ("dash_room", 2, "T", a_dash_room),
                ("estate_start", 2, "T", a_estate_start), ("voice_words", 3, "V", a_voice),
                ("voice_village", 2, "V", a_voice_village)),
    "email": (("plain", 4, "T", e_plain), ("qq_digits", 4, "T", e_qq_digits), ("mobile_local", 2, "T", e_mobile139),
              ("fullwidth_at", 1, "T", e_fullwidth_at), ("voice_at", 3, "V", e_voice_at)),
    "qq": (("plain", 6, "VT", q_plain), ("short_old", 2, "T", q_short), ("space_grouped", 1, "T", q_space),
           ("voice_words", 3, "V", q_voice_words)),
    "wechat": (("pinyin_digits", 5, "T", w_pinyin_digits), ("underscore", 3, "T", w_underscore),
               ("dash", 1, "T", w_dash), ("wxid", 2, "T", w_wxid), ("caps", 2, "T", w_caps),
               ("initials_year", 2, "T", w_initials)),
    "plate": (("standard", 6, "VT", p_standard), ("new_energy", 2, "T", p_new_energy), ("dot", 2, "T", p_dot),
              ("space", 1, "T", p_space), ("lower", 2, "VT", p_lower)),
}


# ----------------------------------------------------------------------------
# near-miss generators
# ----------------------------------------------------------------------------
def _digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _bad_luhn(rng, n, first="123456789"):
    while True:
        d = _digits(rng, n, first)
        if not _luhn_ok(d) and not (n == 18 and _id_ok(d)):
            return d


def n_age(rng):
    a = rng.randint(62, 96)
    return rng.choice((f"{a}岁", f"{_cardinal(a)}岁", f"{a}周岁", f"{_cardinal(a)}了"[:-1] + "岁"))


def n_bp(rng):
    hi, lo = rng.randint(118, 185), rng.randint(68, 110)
    return rng.choice((f"{hi}/{lo}", f"{hi}/{lo}mmHg", f"{hi}／{lo}", f"{_cardinal(hi)}/{_cardinal(lo)}"))


def n_sugar(rng):
    v = rng.randint(48, 168) / 10
    return rng.choice((f"{v}", f"{v}mmol/L", f"{_cardinal(int(v))}点{_W[int(round(v * 10)) % 10]}"))


def n_dosage(rng):
    t = rng.randint(1, 3)
    k = rng.randint(1, 4)
    return rng.choice((f"每天{t}次每次{k}片", f"一天{_cardinal(t)}次一次{'两' if k == 2 else _cardinal(k)}粒",
                       f"每日{t}次，每次{k}粒", f"{t}次/日，{k}袋/次", f"早晚各{k}片"))


def n_amount(rng):
    v = rng.choice((rng.randint(1200, 6800) + rng.choice((0, 0.5, 0.36, 0.8)), rng.randint(98, 39800)))
    s = f"{v:.2f}" if isinstance(v, float) and v != int(v) else str(int(v))
    return rng.choice((f"{s}元", f"¥{s}", f"{s}块", f"{_cardinal(rng.randint(2, 9))}千{_cardinal(rng.randint(1, 9))}百块",
                       f"{s}", f"{rng.randint(1, 9)}万{rng.randint(1, 9)}千"))


def n_date(rng):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}年{m}月{d}日", f"{m}月{d}号", f"{_cardinal(m)}月{_cardinal(d)}号", f"{y}-{m:02d}-{d:02d}",
                       f"{m}.{d}", f"下周{_W[rng.randint(1, 6)]}上午{_cardinal(rng.randint(8, 11))}点",
                       f"每月{d}号", f"{y}.{m}.{d}", f"腊月{_cardinal(rng.randint(11, 29))}"))


def n_time(rng):
    h, mi = rng.randint(7, 17), rng.choice((0, 10, 15, 20, 30, 40, 45))
    return rng.choice((f"{h}:{mi:02d}", f"{h}点{mi}分" if mi else f"{h}点", f"上午{_cardinal(h if h <= 12 else h - 12)}点半",
                       f"{h}:{mi:02d}-{h + 1}:{mi:02d}"))


def n_insurance(rng):
    kind = rng.random()
    if kind < 0.5:
        while True:
            d = _id_digits(rng)
            bad = d[:17] + rng.choice([c for c in "0123456789X" if c != d[17]])
            if not _id_ok(bad) and not _luhn_ok(bad if bad.isdigit() else "1"):
                return bad
    if kind < 0.8:
        return rng.choice("ABCDEFGHJKLM") + _digits(rng, 8)
    return rng.choice(("H", "Y", "E")) + _digits(rng, 10, "123456789")


def n_appt(rng):
    return rng.choice((f"{rng.randint(1, 60)}号", f"A{rng.randint(1, 120):03d}", f"{rng.choice('ABCDE')}{rng.randint(1, 99)}",
                       f"第{_cardinal(rng.randint(1, 60))}号", f"{rng.randint(1000, 9999)}"))


def n_clinic(rng):
    f = rng.randint(1, 6)
    return rng.choice((f"{f}楼{f}{rng.randint(0, 2)}{rng.randint(1, 9)}诊室", f"门诊楼{_cardinal(f)}楼{f}0{rng.randint(1, 9)}",
                       f"{f}楼{rng.randint(1, 20)}号诊室", f"B区{f}楼{rng.randint(1, 12)}诊室", f"{f}0{rng.randint(1, 9)}诊室"))


def n_bed(rng):
    return rng.choice((f"{rng.randint(1, 48)}床", f"{_cardinal(rng.randint(1, 40))}床", f"{rng.randint(3, 18)}楼{rng.randint(1, 40)}床",
                       f"{_cardinal(rng.randint(1, 5))}病区{rng.randint(1, 40)}床", f"加{rng.randint(1, 9)}床"))


def n_admission(rng):
    return rng.choice((str(rng.randint(2023, 2025)) + _digits(rng, 6, "0123456789"), _digits(rng, 8, "0123456789"),
                       "ZY" + _digits(rng, 9, "0123456789")))


def n_hotline(rng):
    return rng.choice(("12345", "95518", "12333", "95588", "95599", "95566", "95533", "12320", "120", "96333",
                       f"400-{_digits(rng, 3)}-{_digits(rng, 4, '0123456789')}", f"400{_digits(rng, 7, '0123456789')}",
                       f"800-{_digits(rng, 3)}-{_digits(rng, 4, '0123456789')}", "95580", "12378", "10086"))


def n_masked(rng):
    m = _mobile_digits(rng)
    i = _id_digits(rng)
    b = _bank_digits(rng, 19)
    return rng.choice((m[:3] + "****" + m[7:], m[:3] + "*" * 4 + m[7:], i[:6] + "********" + i[14:], i[:4] + "*" * 10 + i[14:],
                       b[:4] + " **** **** **** " + b[16:], b[:6] + "*********" + b[15:], "**** " + b[15:]))


def n_tail(rng):
    return _digits(rng, 4, "0123456789")


def n_model(rng):
    return rng.choice((f"RIC{rng.randint(10, 99)}", f"BTE-{rng.choice('SMP')}{rng.randint(1, 9)}", f"ITC {rng.randint(100, 900)}",
                       f"CIC-{rng.randint(1, 9)}0", f"YE-{rng.randint(600, 690)}", f"HL{rng.randint(10, 99)}{rng.choice('AB')}",
                       f"{rng.randint(10, 13)}号电池", f"A{rng.randint(10, 675)}", f"JX-{rng.randint(2000, 9999)}"))


def n_serial(rng):
    return rng.choice((f"{rng.randint(20, 25)}{rng.randint(10, 52)}{rng.choice('ABCDE')}{_digits(rng, 5, '0123456789')}",
                       f"SN{_digits(rng, 10)}", f"{_digits(rng, 2)}{rng.choice('HJKL')}{_digits(rng, 7, '0123456789')}"))


def n_approval(rng):
    return rng.choice((f"国药准字H{rng.randint(1990, 2020)}{_digits(rng, 4, '0123456789')}",
                       f"国药准字Z{rng.randint(1990, 2020)}{_digits(rng, 4, '0123456789')}",
                       f"国食健注G{rng.randint(2010, 2023)}{_digits(rng, 4, '0123456789')}",
                       f"卫食健字({rng.randint(1998, 2003)})第{_digits(rng, 4, '0123456789')}号",
                       f"豫械注准{rng.randint(2018, 2024)}2{_digits(rng, 5, '0123456789')}"))


def n_decibel(rng):
    v = rng.randint(35, 95)
    return rng.choice((f"{v}分贝", f"{v}dB", f"{_cardinal(v)}分贝"))


def n_order(rng):
    return rng.choice((_bad_luhn(rng, 16, "2"), _bad_luhn(rng, 18, "3"), _bad_luhn(rng, 19, "2"), "DD" + _digits(rng, 12),
                       _digits(rng, 12, "7")))


def n_tracking(rng):
    return rng.choice((f"SF{_digits(rng, 13)}", f"YT{_digits(rng, 13, '2345678')}", f"JT{_digits(rng, 13, '0123456789')}",
                       _digits(rng, 12, "7"), f"9{_digits(rng, 12, '0123456789')}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"))


def n_verify(rng):
    return rng.choice((_digits(rng, 6, "0123456789"), _digits(rng, 4), _words(_digits(rng, 6))))


def n_postal(rng):
    return rng.choice(("450000", "450003", "471000", "071000", "050000", "250001", "266000", "210008", "430061",
                       "610041", "110001", "150001", "030001", "710001", "100020", "200030"))


def n_weight(rng):
    return rng.choice((f"{rng.randint(42, 85)}公斤", f"{rng.randint(90, 170)}斤", f"{rng.randint(42, 85)}kg",
                       f"{_cardinal(rng.randint(90, 160))}斤"))


def n_height(rng):
    return rng.choice((f"一米{_W[rng.randint(5, 7)]}{_W[rng.randint(0, 9)]}", f"{rng.randint(148, 180)}cm",
                       f"1.{rng.randint(48, 80)}米", f"{rng.randint(148, 180)}公分"))


def n_percent(rng):
    return rng.choice((f"{rng.choice((50, 55, 60, 70, 75, 80, 85, 90))}%", f"百分之{_cardinal(rng.choice((50, 60, 70, 80, 90)))}",
                       f"{rng.randint(1, 9)}折", f"{rng.randint(5, 9)}.{rng.randint(1, 9)}折"))


def n_bad_card(rng):
    return rng.choice((_bad_luhn(rng, 19, "6"), _grp(_bad_luhn(rng, 19, "6"), (4, 4, 4, 4, 3)), _bad_luhn(rng, 16, "6")))


def n_bad_id(rng):
    while True:
        d = _id_digits(rng)
        bad = d[:17] + rng.choice([c for c in "0123456789" if c != d[17]])
        if not _id_ok(bad) and not _luhn_ok(bad):
            return bad


def n_years(rng):
    return rng.choice((f"{rng.randint(15, 42)}年", f"{_cardinal(rng.randint(15, 42))}年", f"{rng.randint(20, 42)}年多"))


def n_quantity(rng):
    return rng.choice((f"{rng.randint(2, 12)}盒", f"{_cardinal(rng.randint(2, 6))}个疗程", f"{rng.randint(2, 10)}瓶",
                       f"{rng.randint(1, 3)}对", f"{rng.randint(30, 120)}粒装"))


NEAR = {
    "age": n_age, "blood_pressure": n_bp, "blood_sugar": n_sugar, "dosage": n_dosage, "amount": n_amount,
    "date": n_date, "time": n_time, "insurance_card": n_insurance, "appointment_no": n_appt, "clinic_room": n_clinic,
    "bed_no": n_bed, "admission_no": n_admission, "hotline": n_hotline, "masked": n_masked, "tail_digits": n_tail,
    "model_no": n_model, "serial_no": n_serial, "approval_no": n_approval, "decibel": n_decibel, "order_no": n_order,
    "tracking_no": n_tracking, "verify_code": n_verify, "postal_code": n_postal, "weight": n_weight, "height": n_height,
    "percent": n_percent, "bad_card": n_bad_card, "bad_id": n_bad_id, "years": n_years, "quantity": n_quantity,
}

FILLERS = {
    "ext": lambda rng: rng.choice((str(rng.randint(801, 899)), str(rng.randint(6001, 6099)), str(rng.randint(1, 9)))),
}

# ----------------------------------------------------------------------------
# templates: (id, channel, text).  {kind} = entity slot, {~near} = near-miss
# slot, {=filler} = unlabelled filler.
# ----------------------------------------------------------------------------
PII_TEMPLATES = (
    # ---- voice input by older customers ----
    ("v01", "V", "你好我要预约助听器验配我的电话是{mobile}你们打这个就行"),
    ("v02", "V", "喂小王啊我是上次买助听器那个老头我电话{mobile}电池用完了给我寄点"),
    ("v03", "V", "我的手机号{mobile}手机号是{mobile}我儿子的"),
    ("v04", "V", "身份证号码是{id_card}你帮我看看养老金认证怎么弄"),
    ("v05", "V", "我身份证{id_card}今年{~age}了医保报销是不是多一点"),
    ("v06", "V", "养老金的卡号是{bank_card}这个月还没到账你给查查"),
    ("v07", "V", "我家住在{address}你们送货上门就送到这"),
    ("v08", "V", "地址是{address}到了打我电话{mobile}我下楼拿"),
    ("v09", "V", "家里座机{landline}白天有人晚上我睡得早别打"),
    ("v10", "V", "你打我家电话{landline}手机我不会用老是按不接"),
    ("v11", "V", "我闺女的QQ是{qq}你加她她跟你说"),
    ("v12", "V", "我孙子的qq号{qq}让他帮我弄那个网上挂号"),
    ("v13", "V", "邮箱是{email}我儿子说发到这个里面"),
    ("v14", "V", "我车牌号{plate}停在你们店门口了没事吧"),
    ("v15", "V", "喂那个保健品我还要两盒送到{address}钱我当面给"),
    ("v16", "V", "社保那边让我留电话我留的是{mobile}对不对你看下"),
    ("v17", "V", "我是幺号楼的老李家电话{landline}手机{mobile}"),
    ("v18", "V", "医生说让我复查我挂不上号你帮我挂一个吧我身份证号{id_card}电话{mobile}"),
    ("v19", "V", "血压{~blood_pressure}我要买那个降压的仪器你打我电话{mobile}"),
    ("v20", "V", "喂喂听得见吗我说我的卡号{bank_card}是邮政的那个卡"),
    ("v21", "V", "你记一下啊{mobile}这是我新换的号码原来那个不用了"),
    ("v22", "V", "{mobile}这个是我老伴的你有事打她的也行"),
    ("v23", "V", "我住{address}离社区卫生站不远"),
    ("v24", "V", "我老家是{address}户口还在那边医保也在那边交的"),
    ("v25", "V", "身份证号{id_card}名字我就不说了你们系统能查到吧"),
    ("v26", "V", "那个{bank_card}是我发工资的卡现在退休金也打这个里面"),
    ("v27", "V", "电话号码是{landline}是家里的你们打的时候多响一会儿我耳朵背"),
    ("v28", "V", "我要换个地址原来的不住了现在住{address}"),
    ("v29", "V", "孩子的邮箱{email}体检报告发这个就行"),
    ("v30", "V", "车牌号是{plate}我儿子开车送我去医院停哪里"),
    ("v31", "V", "喂我那个QQ号{qq}密码忘了我孙子弄的"),
    ("v32", "V", "我女儿手机{mobile}她在外地打工有事找她"),
    ("v33", "V", "你说要身份证是吧{id_card}就这个你看对不对"),
    ("v34", "V", "上次那个助听器左耳不响了我在{address}你们能不能上门修"),
    ("v35", "V", "我的医保卡跟身份证号一样的是{id_card}"),
    ("v36", "V", "钱打到{bank_card}这个卡上农行的"),
    ("v37", "V", "姑娘你记一下家里电话是{landline}手机是{mobile}地址是{address}"),
    ("v38", "V", "我的电话{mobile}我就在家等着你们来送货"),
    ("v39", "V", "我闺女QQ{qq}邮箱是{email}"),
    ("v40", "V", "我是{address}的今天社区说来量血压几点来"),
    ("v41", "V", "我说一下我的号{mobile}不对不对是{mobile}"),
    ("v42", "V", "我老伴住院了在人民医院{~bed_no}你们那个护工电话是多少我的是{mobile}"),
    ("v43", "V", "座机{landline}分机{=ext}找老张就行"),
    ("v44", "V", "我那个卡号{bank_card}今天去银行人家说要本人去"),
    ("v45", "V", "身份证号{id_card}我老伴的她的养老金认证也一起弄"),
    ("v46", "V", "好的好的那个车是{plate}白色的你们看见就行"),
    # ---- typed by children / elderly ----
    ("t01", "T", "您好，我是帮我妈问的，她的手机号是{mobile}，助听器到了直接联系她"),
    ("t02", "T", "我爸身份证：{id_card}\n麻烦帮忙办一下长护险的申请"),
    ("t03", "T", "我妈的养老金卡：{bank_card}（邮储），每月几号到账？"),
    ("t04", "T", "收货地址：{address}\n联系电话：{mobile}\n老人在家，麻烦送货前电话联系"),
    ("t05", "T", "我爸耳朵不好，打电话他听不清，有事打我电话{mobile}或者加我微信{wechat}"),
    ("t06", "T", "老人家里座机：{landline}，手机：{mobile}（不常开机）"),
    ("t07", "T", "地址{address} 电话{mobile} 货到付款"),
    ("t08", "T", "我是老人的女儿，微信{wechat}，有什么事跟我说就行🙏"),
    ("t09", "T", "姓名就不写了，身份证号 {id_card} 手机 {mobile}"),
    ("t10", "T", "邮箱：{email}，体检报告PDF麻烦发一下，谢谢！"),
    ("t11", "T", "我妈住{address}，社区养老服务站能不能上门助浴？"),
    ("t12", "T", "【预约信息】\n身份证：{id_card}\n电话：{mobile}\n科室：心内科"),
    ("t13", "T", "{mobile} 这是我爸的号，您直接打过去，他在家"),
    ("t14", "T", "送货地址改一下：{address}，原来那个是老房子"),
    ("t15", "T", "@客服 我妈的卡号{bank_card}，这个月养老金少了一百多，麻烦查一下"),
    ("t16", "T", "老人的QQ：{qq}（平时就用来看看新闻）"),
    ("t17", "T", "我的qq{qq}，微信{wechat}，手机{mobile}，三个都能联系到我"),
    ("t18", "T", "车牌{plate}，周六送老人来做理疗，能停院里吗"),
    ("t19", "T", "家里电话{landline}转{=ext}，我爸单位的老电话，现在家里还在用"),
    ("t20", "T", "您好 我爸的银行卡是{bank_card} 工行的 退休金打这张"),
    ("t21", "T", "我爸身份证号码{id_card}，手机{mobile}，挂号麻烦您了👍"),
    ("t22", "T", "老人户籍地址：{address}"),
    ("t23", "T", "我是他儿子，电话{mobile}，我爸叫我跟你们联系的"),
    ("t24", "T", "地址:{address}\n收件人:我妈\n电话:{mobile}"),
    ("t25", "T", "微信号{wechat}，加的时候备注一下助听器，我怕当成骗子"),
    ("t26", "T", "我妈的手机是{mobile}，我的是{mobile}，先打我的"),
    ("t27", "T", "{address}，这是我姥姥家，东西寄到这边，她一个人在家"),
    ("t28", "T", "家里座机是{landline}，老人一般上午在家"),
    ("t29", "T", "麻烦发我邮箱{email}，我打印出来给我爸看"),
    ("t30", "T", "身份证{id_card}\n银行卡{bank_card}\n办的是城乡居民养老保险"),
    ("t31", "T", "qq邮箱{email}也行"),
    ("t32", "T", "我爸的车{plate}，年检的事你们能代办吗？他腿脚不方便"),
    ("t33", "T", "你好，老人的社保卡就是身份证号：{id_card}"),
    ("t34", "T", "医院地址我知道，我家是{address}，离得远，能安排车接吗"),
    ("t35", "T", "我妈的微信是{wechat}，她不太会打字，可以发语音"),
    ("t36", "T", "联系人：老人女儿 {mobile}\n备用：{landline}"),
    ("t37", "T", "卡号：{bank_card}\n开户行：中国邮政储蓄银行\n是我妈的，领养老金用"),
    ("t38", "T", "你们这个血压计坏了，我在{address}，能换一个吗😂"),
    ("t39", "T", "我爸QQ号是{qq}，他说在QQ上跟你们聊过"),
    ("t40", "T", "电话 {mobile}（我）\n电话 {mobile}（我爸）"),
    ("t41", "T", "{id_card} 我妈的身份证，帮忙看看高龄津贴能领吗，她{~age}了"),
    ("t42", "T", "地址是{address}，家属院里面没门牌，进门左手第二栋"),
    ("t43", "T", "老人的号码{mobile}，他用的老年机，短信看不到，您直接打"),
    ("t44", "T", "我是代办的，老人身份证 {id_card} 代办人电话 {mobile}"),
    ("t45", "T", "家庭住址{address}，紧急联系人电话{mobile}"),
    ("t46", "T", "Email: {email}\n手机: {mobile}"),
    ("t47", "T", "固话{landline}，手机{mobile}，地址{address}"),
    ("t48", "T", "她的卡是{bank_card}吗？我看存折上写的是这个"),
    ("t49", "T", "我微信{wechat} 有啥事微信说 上班不方便接电话"),
    ("t50", "T", "车号{plate}，明天上午送我奶奶去做白内障手术，停哪里方便"),
    ("t51", "T", "这是我爸的QQ {qq} 他要看那个养生讲座的回放"),
    ("t52", "T", "好的，邮箱 {email}"),
    ("t53", "T", "我家老爷子手机{mobile}，助听器调试约周三吧"),
    ("t54", "T", "收货人电话：{mobile}\n收货地址：{address}\n备注：老人耳背，多敲门"),
    ("t55", "T", "单位宿舍的座机{landline}还能打通，老人一直没换"),
    ("t56", "T", "我妈身份证{id_card}，医保在老家{address}那边交的，异地就医怎么备案？"),
    ("t57", "T", "退休金卡号 {bank_card} ，户名是我爸"),
    ("t58", "T", "我的微信：{wechat}\n我妈的电话：{mobile}"),
    ("t59", "T", "加我QQ吧{qq}，微信我妈不会用"),
    ("t60", "T", "{plate} 这是我们家的车，社区说老人接送登记一下车牌"),
    ("t61", "T", "我舅舅家座机 {landline}，他也想买一台助听器"),
    ("t62", "T", "邮件发{email}抄送{email}，我和我姐都看"),
    ("t63", "T", "订单备注：送到{address}，打{landline}或{mobile}"),
    ("t64", "T", "新地址：{address}\n旧地址不要再寄了"),
    ("t65", "T", "{wechat}是我老公的微信，他下班后给您回"),
    ("t66", "T", "群里报名养老驿站的旅游，我妈身份证{id_card}，我爸身份证{id_card}"),
    ("t67", "T", "卡{bank_card}\n手机{mobile}\n麻烦帮忙办理一下代发工资转养老金"),
    ("t68", "T", "老人的邮箱是{email}，是以前单位给开的"),
    ("t69", "T", "我爸的车牌{plate}被贴条了，你们医院停车场不是说可以停吗"),
    ("t70", "T", "QQ:{qq}\n微信:{wechat}\n备注：帮老人买保健品的"),
    ("t71", "T", "我妈记不住手机号，写在本子上是{mobile}，您核对下"),
    ("t72", "T", "您好，这是我奶奶家的座机{landline}，她{~age}了，一个人住"),
    ("t73", "T", "哦对了我的邮箱{email}，发票发这里"),
    ("t74", "T", "地址：{address}（原{~bed_no}那个病人家属）"),
    ("t75", "T", "助听器寄修，寄回地址{address}，电话{mobile}"),
    ("t76", "T", "🙏麻烦了 {mobile}"),
    ("t77", "T", "老人身份证号是{id_card}吗？我看照片有点模糊"),
    ("t78", "T", "家里座机{landline} 手机打不通就打座机"),
    ("t79", "T", "+86 {mobile} 这个是我在国外的女儿留的国内号"),
    ("t80", "T", "我家是{address}，到了小区门口给我打电话"),
)

NEAR_TEMPLATES = (
    ("n01", "V", "我今年{~age}了血压{~blood_pressure}医生让我吃那个药{~dosage}"),
    ("n02", "V", "这个助听器多少钱啊{~amount}太贵了能不能便宜点"),
    ("n03", "V", "我约的是{~date}上午的号{~appointment_no}在{~clinic_room}"),
    ("n04", "V", "养老金这个月到了{~amount}比上个月多了一点"),
    ("n05", "V", "我老伴住在{~bed_no}明天要做手术"),
    ("n06", "V", "那个电话{~hotline}我打了好几次都没人接"),
    ("n07", "V", "空腹血糖{~blood_sugar}餐后的忘了测了"),
    ("n08", "V", "我的听力医生说是{~decibel}要戴助听器"),
    ("n09", "V", "验证码是{~verify_code}你看对不对"),
    ("n10", "V", "我上个月买的{~quantity}吃完了还要不要再买"),
    ("n11", "V", "我工龄{~years}退休金怎么才这么点"),
    ("n12", "V", "你们说的{~date}来社区量血压几点来啊"),
    ("n13", "V", "医生说一天吃{~dosage}我记不住你再给我说一遍"),
    ("n14", "V", "这个{~model_no}的助听器跟那个有啥区别"),
    ("n15", "V", "我体重{~weight}是不是有点胖了"),
    ("n16", "V", "那个快递单号{~tracking_no}到哪了"),
    ("n17", "V", "我是{~date}退休的工龄{~years}退休金才{~amount}"),
    ("n18", "V", "挂号挂到了{~appointment_no}要等好久"),
    ("n19", "V", "报销比例是{~percent}吗我住院花了{~amount}"),
    ("n20", "V", "高压{~blood_pressure}吃了药还是下不来"),
    ("n21", "V", "银行说打{~hotline}问我打了说系统升级"),
    ("n22", "V", "我今年{~age}我老伴{~age}我们俩都有高血压"),
    ("n23", "V", "你说的那个保健品一盒{~amount}我买{~quantity}"),
    ("n24", "V", "我住院号是{~admission_no}出院结算在哪里"),
    ("n25", "V", "约好了{~date}{~time}你们来接我"),
    ("n26", "V", "我的卡尾号是{~tail_digits}钱到了没有"),
    ("n27", "T", "手机号{~masked}是您本人吗？我们这边显示已经认证了"),
    ("n28", "T", "您的订单{~order_no}已发货，快递单号{~tracking_no}，预计{~date}送达"),
    ("n29", "T", "阿姨，您的预约是{~date}，{~clinic_room}，挂号序号{~appointment_no}"),
    ("n30", "T", "养老金发放日是{~date}，如有疑问请拨打{~hotline}"),
    ("n31", "T", "助听器型号{~model_no}，序列号{~serial_no}，保修一年"),
    ("n32", "T", "批准文号：{~approval_no}，请放心购买"),
    ("n33", "T", "叔叔，您的血压{~blood_pressure}偏高，建议复查"),
    ("n34", "T", "用法用量：{~dosage}，饭后服用"),
    ("n35", "T", "医保卡号{~insurance_card}，系统提示卡号无效，麻烦您再核对一下"),
    ("n36", "T", "您尾号{~tail_digits}的银行卡已于{~date}入账{~amount}"),
    ("n37", "T", "老人在{~bed_no}，探视时间{~time}"),
    ("n38", "T", "社保咨询请拨{~hotline}，医保咨询{~hotline}"),
    ("n39", "T", "您好，验证码{~verify_code}，5分钟内有效，请勿告诉他人"),
    ("n40", "T", "本次听力测试结果：左耳{~decibel}，右耳{~decibel}"),
    ("n41", "T", "保健品{~quantity}，合计{~amount}，已付款"),
    ("n42", "T", "身份证{~masked}，已完成养老资格认证"),
    ("n43", "T", "银行卡{~masked}，本月发放{~amount}"),
    ("n44", "T", "住院号：{~admission_no}\n床号：{~bed_no}\n入院日期：{~date}"),
    ("n45", "T", "邮编{~postal_code}，这个写不写都行吧"),
    ("n46", "T", "流水号{~bad_card}，这笔转账退回了"),
    ("n47", "T", "参保编号{~insurance_card}，这个跟身份证不一样吗？"),
    ("n48", "T", "我妈今年{~age}，身高{~height}，体重{~weight}，能做这个体检套餐吗"),
    ("n49", "T", "复诊时间{~date} {~time}，地点{~clinic_room}"),
    ("n50", "T", "活动价{~amount}，老年卡再打{~percent}"),
    ("n51", "T", "快递{~tracking_no}显示签收了，但我妈说没收到"),
    ("n52", "T", "医保报销{~percent}，个人自付{~amount}"),
    ("n53", "T", "血糖{~blood_sugar}，血压{~blood_pressure}，心率72"),
    ("n54", "T", "业务单号{~bad_card}，您拿着去柜台就行"),
    ("n55", "T", "订单号 {~order_no} 帮我查下退款到哪了"),
    ("n56", "T", "投诉热线{~hotline}，市民热线{~hotline}"),
    ("n57", "T", "这个证件号{~bad_id}系统说校验不通过，是不是抄错了？"),
    ("n58", "T", "电池型号{~model_no}，一板6粒，{~amount}"),
    ("n59", "T", "社区活动：{~date}{~time}，免费量血压、测血糖"),
    ("n60", "T", "{~date}的号已经约满了，{~date}还有"),
    ("n61", "T", "我爸的手机{~masked}，这个是短信里显示的"),
    ("n62", "T", "已为您预约{~clinic_room}，就诊序号{~appointment_no}，请{~time}前到"),
    ("n63", "T", "产品编号{~serial_no}，生产日期{~date}"),
    ("n64", "T", "{~approval_no}，这个是正规药吧？"),
    ("n65", "T", "我妈{~age}，工龄{~years}，退休金{~amount}，正常吗"),
    ("n66", "T", "退费{~amount}已原路退回尾号{~tail_digits}的卡"),
    ("n67", "T", "您好，取药窗口在{~clinic_room}旁边，报{~appointment_no}就行"),
    ("n68", "V", "我打了{~hotline}他们让我找社区说{~hotline}也能问"),
    ("n69", "V", "我那个号码不是{~masked}吗怎么说不对"),
    ("n70", "V", "他说我的医保号{~insurance_card}不对你帮我看看是不是少了"),
    ("n71", "V", "那个药{~approval_no}是真的吗我在电视上看到的"),
    ("n72", "V", "{~date}那天我在{~clinic_room}等了好久"),
    ("n73", "V", "邮编是{~postal_code}吧我记不清了"),
    ("n74", "V", "我的助听器是{~model_no}的电池用{~model_no}"),
    ("n75", "T", "预约成功！就诊人：本人，{~date}，{~clinic_room}，{~appointment_no}"),
    ("n76", "T", "老人体检：血压{~blood_pressure}，空腹血糖{~blood_sugar}，体重{~weight}"),
    ("n77", "T", "发票号码{~order_no}，金额{~amount}"),
    ("n78", "T", "这是老人上次的住院号{~admission_no}，病历在{~clinic_room}复印"),
    ("n79", "V", "我这个月的退休金是{~amount}扣了医保{~amount}"),
    ("n80", "T", "身份证号{~bad_id}报错，老人家的证件上就是这么写的"),
)


# ----------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------
_SLOT = re.compile(r"\{([~=]?)(\w+)\}")


def _pick_fmt(rng, kind, channel):
    tab = [t for t in FMT_TABLES[kind] if channel in t[2]]
    total = sum(t[1] for t in tab)
    x = rng.uniform(0, total)
    for t in tab:
        x -= t[1]
        if x <= 0:
            return t
    return tab[-1]


def _render(rng, tpl, forced=None):
    tid, channel, src = tpl
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    used_force = False
    for m in _SLOT.finditer(src):
        text += src[pos:m.start()]
        pos = m.end()
        mark, name = m.group(1), m.group(2)
        if mark == "~":
            v = NEAR[name](rng)
            nears.append((name, len(text), len(text) + len(v)))
            text += v
        elif mark == "=":
            text += FILLERS[name](rng)
        else:
            if forced and not used_force and forced[0] == name:
                t = next(t for t in FMT_TABLES[name] if t[0] == forced[1])
                used_force = True
            else:
                t = _pick_fmt(rng, name, channel)
            v = t[3](rng)
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(t[0])
            text += v
    text += src[pos:]
    return text, ents, fmts, nears


def _kinds_in(tpl):
    return [m.group(2) for m in _SLOT.finditer(tpl[2]) if not m.group(1)]


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []

    def add(tpl, forced=None):
        text, ents, fmts, nears = _render(rng, tpl, forced)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(tpl[0])

    # forced formats
    for kind in KINDS:
        for fmt, _w, chans, _g in FMT_TABLES[kind]:
            cands = [t for t in PII_TEMPLATES if kind in _kinds_in(t) and t[1] in chans]
            assert len(cands) >= 3, (kind, fmt, len(cands))
            picks = [cands[i % len(cands)] for i in range(FORCE_PER_FMT)]
            order = list(range(len(cands)))
            rng.shuffle(order)
            picks = [cands[order[i % len(cands)]] for i in range(FORCE_PER_FMT)]
            for t in picks:
                add(t, (kind, fmt))
    # every PII template several times
    for rep in range(6):
        for t in PII_TEMPLATES:
            add(t)
    # near-miss rows
    for rep in range(9):
        for t in NEAR_TEMPLATES:
            add(t)
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        tmp = list(meta)
        meta[:] = [tmp[i] for i in order]
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind31_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|户|[0-9]|[零一二三四五六七八九])$")
_PLACE_START = tuple(p for p, *_ in _PLACES) + tuple(c for _, c, *_ in _PLACES) + tuple(c for c, *_ in _MUNI)


def _check_entity(kind, v):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in _MOB_PREFIX, (kind, v, n)
    elif kind == "id_card":
        assert _id_ok(n), (kind, v, n)
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), (kind, v, n)
        assert n[:6] in _BANK_19 + _BANK_16, (kind, v)
    elif kind == "landline":
        if n.startswith("0"):
            assert any(n.startswith(c) and len(n) - len(c) == ln for c, ln in _AREAS), (kind, v, n)
        else:
            assert n.isdigit() and len(n) in (7, 8) and n[0] in "2345678", (kind, v, n)
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 10 and n[0] != "0", (kind, v, n)
    elif kind == "email":
        e = unicodedata.normalize("NFKC", v)
        assert re.fullmatch(r"[A-Za-z0-9_.]+(@|艾特|圈a)[a-z0-9一六三]+(\.|点)(com|net|cn)", e), (kind, v)
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), (kind, v)
    elif kind == "plate":
        assert re.fullmatch(r"[京沪豫冀鲁苏浙粤川鄂湘辽黑晋陕皖][A-Z][·\s]?([DF]\d{5}|[A-HJ-NP-Z0-9]{5})", v.upper()), (kind, v)
    elif kind == "address":
        assert _HOUSE_END.search(v), (kind, v)
        assert not v[0].isdigit(), (kind, v)
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert isinstance(text, str) and text
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            _check_entity(k, v)
            # the value is not glued to more digits of the same writing
            if s > 0 and text[s - 1].isdigit():
                raise AssertionError((text, k, v))
            if e < len(text) and text[e].isdigit():
                raise AssertionError((text, k, v))
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR
            assert 0 <= s < e <= len(text)
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
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind31_corpus())  # deterministic
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
    declared = [f"{k}/{t[0]}" for k, tab in FMT_TABLES.items() for t in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

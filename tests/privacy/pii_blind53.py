"""Fifty-third blind PII corpus (``split == "blind53"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十八位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of ``tests/``
only lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for
the layout and the entry-point names).  It read no other corpus or test, nothing
under ``bench/`` or ``docs/``, not the README and no git history.  It never
imported ``toolkit`` and never ran any masking / finding function on this data.
It glanced at the list of ``../shared/datasets/`` only; all phrasing here is the
writer's own idea of how such chats read.

What is different here: RURAL E-COMMERCE AND FARM PRODUCE.  WeCom 1:1 and
group chats between staff of village cooperatives, farm-produce shops, seed and
fertiliser dealers and their customers: city buyers ordering oranges, tea, rice,
bacon, honey; farmers ordering seeds, fertiliser and pesticide; payments to
bank cards (rural credit union / 邮储 / 农行 cards, old 19-digit 95xxx cards);
rural addresses down to village and group (组 / 社), township shops and post
stations; older farmers typing with dialect words (么子, 莫得, 晓得, 噻, 要得,
俺, 咋个), voice input without punctuation or with ASR commas, Chinese-number
digits, repeated cues; group-chat "接龙" order lists with several values.

Near-misses are the numbers such chats are full of: prices per 斤 / 箱, weights,
acreage (亩), pinduoduo / taobao order numbers, courier tracking numbers,
post-station pickup codes (``8-3-2061``, shaped like room numbers), courier and
bank hotlines (95338, 11183, 95599, 400-...), masked phone numbers, card tail
digits, transfer serial numbers, card-length numbers failing Luhn, ID-shaped
strings failing the check digit, social credit codes of cooperatives, postal
codes, seed varieties (``隆两优534``), fertiliser ratios (``15-15-15``), batch
numbers, dates, verification codes, places without a house-level unit.

Seed
----
``SEED = "blind53-2026-rural-第五十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here; every near-miss whose
digits are 16-19 long fails Luhn and every 18-digit ID-shaped one fails the ID
check.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, ASR commas between digit groups, the parentheses
  around an area code) are inside.  A rural address runs from its first place
  unit (省 / 市 / 县 / 镇 / 乡 / 村 ...) to its last unit (组 / 社 / 号); an
  urban one to its last house-level unit (号 / 栋 / 单元 / 室 / a bare room
  number such as ``1502`` or ``3-2-1502``).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind53"``

Counts (``python tests/privacy/pii_blind53.py``)
------------------------------------------------
rows=1560, pii_rows=900, near_rows=660, entities=1397
(mobile 353, address 297, bank_card 133, landline 132, wechat 110,
id_card 103, qq 95, plate 90, email 84);
near-miss spans=1201 (1040 in near-miss rows), 24 near-miss kinds
(qty 149, price 130, date_time 95, place_only 79, weight 78, tracking_no 74,
order_no 72, hotline 65, fert_ratio 41, area_mu 40, pickup_code 40,
group_no 39, masked_mobile 37, bad_card 34, verify_code 31, seed_variety 26,
batch_no 25, tail_digits 25, credit_code 25, postal_code 23, percent 23,
bad_id 22, txn_no 20, goods_id 8);
formats=56 distinct, each used >= 9 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind53-2026-rural-第五十八位写手"
SPLIT = "blind53"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 660

# ---------------------------------------------------------------- helpers
_CN = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
       "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_TO_CN = "零一二三四五六七八九"
_TO_VOICE = "洞幺两三四五六拐八九"


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(_CN.get(c, c) for c in s if c.isalnum())


def _luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body, _W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _cn_digits(s: str) -> str:
    return "".join(_TO_CN[int(c)] if c.isdigit() else c for c in s)


def _voice_digits(s: str, r: random.Random) -> str:
    # phone-style reading: 1 -> 幺, 0 -> 零/洞, 7 -> 七 (拐 is rare in civilians)
    out = []
    for c in s:
        if c == "1":
            out.append("幺")
        elif c == "0":
            out.append("零")
        elif c == "7":
            out.append("七")
        else:
            out.append(_TO_CN[int(c)])
    return "".join(out)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _asr_comma(s: str, r: random.Random) -> str:
    # voice input: Chinese commas at the pauses, uneven groups
    out, i = [], 0
    while i < len(s):
        n = r.choice((3, 4, 4, 5))
        out.append(s[i:i + n])
        i += n
    return "，".join(out)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- value generators
_MOB_PRE = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
            "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "195", "198",
            "199")


def _mobile_raw(r):
    return r.choice(_MOB_PRE) + _digits(r, 8)


def g_mobile(r, fmt):
    m = _mobile_raw(r)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86":
        return r.choice(("+86 ", "+86", "86-", "0086 ")), m, ""
    if fmt == "cn_digits":
        return "", _cn_digits(m), ""
    if fmt == "voice_words":
        return "", _voice_digits(m, r), ""
    if fmt == "asr_comma":
        return "", f"{m[:3]}，{m[3:7]}，{m[7:]}", ""
    if fmt == "fullwidth":
        return "", _fw(m), ""
    raise KeyError(fmt)


_AREA = ("010", "021", "020", "023", "0731", "0745", "0739", "0771", "0776", "0879", "0855", "0797",
         "0833", "0913", "0599", "0578", "0938", "0455", "0535", "0851", "0871", "0791", "0898")


def _landline_parts(r):
    a = r.choice(_AREA)
    n = 8 if len(a) == 3 or a in ("0731", "0851", "0791", "0871", "0898") else 7
    local = r.choice("2345678") + _digits(r, n - 1)
    return a, local


def g_landline(r, fmt):
    a, l = _landline_parts(r)
    if fmt == "dash":
        return "", f"{a}-{l}", ""
    if fmt == "paren":
        return "", f"({a}){l}", ""
    if fmt == "cn_paren":
        return "", f"（{a}）{l}", ""
    if fmt == "plain":
        return "", a + l, ""
    if fmt == "space":
        return "", f"{a} {l}", ""
    if fmt == "dash_ext":
        return "", f"{a}-{l}", r.choice(("转806", "转8012", "-602", "分机23", "转0"))
    if fmt == "cn_digits":
        return "", _cn_digits(f"{a}{l}"), ""
    raise KeyError(fmt)


_ID_REGION = ("430521", "431223", "431226", "450126", "451022", "530821", "522634", "360734", "511424",
              "610426", "350782", "331124", "620522", "231224", "370686", "430104", "440305", "110105",
              "330110", "422802", "341222", "411324", "513425")


def _id_raw(r, want_x=False):
    while True:
        y = r.randint(1948, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        body = r.choice(_ID_REGION) + f"{y:04d}{m:02d}{d:02d}" + _digits(r, 3)
        c = _id_check(body)
        if (c == "X") == want_x:
            return body + c


def g_id_card(r, fmt):
    if fmt == "plain":
        return "", _id_raw(r, r.random() < 0.12), ""
    if fmt == "upper_x":
        return "", _id_raw(r, True), ""
    if fmt == "lower_x":
        return "", _id_raw(r, True).lower(), ""
    if fmt == "space_684":
        s = _id_raw(r, r.random() < 0.1)
        return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
    if fmt == "cn_digits":
        return "", _cn_digits(_id_raw(r)), ""
    if fmt == "asr_comma":
        return "", _asr_comma(_id_raw(r), r), ""
    raise KeyError(fmt)


# (BIN, total length)
_BINS = (("622848", 19), ("622188", 19), ("621799", 19), ("623059", 19), ("622700", 19), ("621700", 19),
         ("622202", 19), ("621226", 19), ("623190", 19), ("621098", 19), ("622908", 18), ("621483", 16),
         ("622588", 16), ("625965", 16), ("438088", 16), ("524374", 16), ("95599", 19), ("95588", 19),
         ("623668", 19), ("622609", 16))


def _card_raw(r, bins=_BINS):
    b, n = r.choice(bins)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def g_bank_card(r, fmt):
    if fmt == "plain":
        return "", _card_raw(r), ""
    if fmt == "space_4":
        c = _card_raw(r)
        return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    if fmt == "dash_4":
        c = _card_raw(r)
        return "", "-".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    if fmt == "old_95":
        return "", _card_raw(r, (("95599", 19), ("95588", 19))), ""
    if fmt == "asr_comma":
        return "", _asr_comma(_card_raw(r), r), ""
    if fmt == "cn_digits":
        return "", _cn_digits(_card_raw(r)), ""
    raise KeyError(fmt)


_PINYIN = ("liuyun", "chenguo", "hmy", "tangjia", "laoyang", "xiaomei", "chaxiang", "ganju", "wangfeng",
           "lihua", "zhangcs", "tudou", "dami", "nongjia", "qiuju", "mafeng", "shanchaye", "guoyuan",
           "yangmei", "heping", "xmdong", "fuqiang", "lanlan", "jiangxi", "miyou")
_MAIL_DOM = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "hotmail.com")


def g_email(r, fmt):
    if fmt == "qq_mail":
        return "", f"{r.randint(10000, 3999999999)}@qq.com", ""
    name = r.choice(_PINYIN) + r.choice(("", str(r.randint(60, 99)), str(r.randint(1965, 2005)), "_" + _digits(r, 3)))
    if fmt == "plain":
        return "", f"{name}@{r.choice(_MAIL_DOM)}", ""
    if fmt == "coop_domain":
        return "", f"{r.choice(('sales', 'kefu', 'hzs', 'info', 'order'))}@{r.choice(('xfgy', 'qsnzhzs', 'dsmy', 'ljcy', 'hsnc'))}.{r.choice(('cn', 'com', 'com.cn'))}", ""
    if fmt == "fullwidth_at":
        return "", f"{name}＠{r.choice(_MAIL_DOM)}", ""
    if fmt == "upper":
        return "", f"{name}@{r.choice(_MAIL_DOM)}".upper() if r.random() < 0.5 else f"{name.capitalize()}@{r.choice(_MAIL_DOM)}", ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    q = str(r.randint(10000, 3999999999))
    if fmt == "plain":
        return "", q, ""
    if fmt == "spaced":
        q = str(r.randint(100000, 3999999999))
        cut = {6: (3,), 7: (3,), 8: (4,), 9: (3, 6), 10: (3, 6)}[len(q)]
        parts, last = [], 0
        for c in cut:
            parts.append(q[last:c])
            last = c
        return "", " ".join(parts + [q[last:]]), ""
    if fmt == "cn_digits":
        return "", _cn_digits(q), ""
    if fmt == "fullwidth":
        return "", _fw(q), ""
    raise KeyError(fmt)


def g_wechat(r, fmt):
    p = r.choice(_PINYIN)
    if fmt == "pinyin_digits":
        return "", p + str(r.choice((r.randint(1, 999), r.randint(1960, 2005), 888, 666, 520))), ""
    if fmt == "underscore":
        return "", f"{p}_{r.choice(_PINYIN)[:4]}{r.randint(1, 99)}", ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash":
        return "", f"{p}-{r.choice(('guoyuan', 'cha', 'mi', 'nc', 'shop'))}{r.randint(1, 99)}", ""
    if fmt == "capital":
        return "", p.capitalize() + r.choice(("", "_")) + str(r.randint(10, 9999)), ""
    raise KeyError(fmt)


_PROV = "湘桂云贵赣川陕闽浙甘黑鲁渝粤鄂豫皖"
_PLATE_L = "ABCDEFGHJKLMNP"


def _plate_tail(r):
    s = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), r.choice((0, 1, 1, 2))):
        s[i] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(s)


def g_plate(r, fmt):
    p, l = r.choice(_PROV), r.choice(_PLATE_L)
    if fmt == "plain":
        return "", p + l + _plate_tail(r), ""
    if fmt == "middle_dot":
        return "", p + l + "·" + _plate_tail(r), ""
    if fmt == "space":
        return "", p + l + " " + _plate_tail(r), ""
    if fmt == "new_energy":
        return "", p + l + r.choice("DF") + _digits(r, 5), ""
    if fmt == "lowercase":
        return "", p + l.lower() + _plate_tail(r).lower(), ""
    raise KeyError(fmt)


# rural hierarchy: province, city, county, towns, group unit
_RURAL = (
    ("湖南省", "怀化市", "麻阳苗族自治县", ("高村镇", "吕家坪镇", "兰里镇"), "组"),
    ("湖南省", "邵阳市", "邵东市", ("廉桥镇", "牛马司镇", "火厂坪镇"), "组"),
    ("湖南省", "湘西土家族苗族自治州", "保靖县", ("葫芦镇", "迁陵镇"), "组"),
    ("广西壮族自治区", "百色市", "田东县", ("平马镇", "祥周镇", "林逢镇"), "队"),
    ("广西壮族自治区", "桂林市", "荔浦市", ("青山镇", "马岭镇"), "组"),
    ("云南省", "普洱市", "宁洱哈尼族彝族自治县", ("宁洱镇", "磨黑镇"), "组"),
    ("贵州省", "黔东南苗族侗族自治州", "雷山县", ("西江镇", "丹江镇", "郎德镇"), "组"),
    ("江西省", "赣州市", "寻乌县", ("澄江镇", "吉潭镇", "三标乡"), "组"),
    ("四川省", "眉山市", "丹棱县", ("丹棱镇", "杨场镇", "石桥镇"), "社"),
    ("四川省", "巴中市", "南江县", ("长赤镇", "赶场镇"), "社"),
    ("陕西省", "渭南市", "蒲城县", ("兴镇", "罕井镇"), "组"),
    ("福建省", "南平市", "武夷山市", ("星村镇", "兴田镇", "五夫镇"), "组"),
    ("浙江省", "丽水市", "松阳县", ("大东坝镇", "新兴镇"), "组"),
    ("甘肃省", "天水市", "秦安县", ("兴国镇", "莲花镇"), "组"),
    ("黑龙江省", "绥化市", "庆安县", ("平安镇", "民乐镇"), "组"),
    ("山东省", "烟台市", "栖霞市", ("桃村镇", "观里镇"), "组"),
)
_VILLAGES = ("石门村", "杨家坪村", "大坪村", "新塘村", "上寨村", "枫木村", "茶园村", "龙井村", "白岩村",
             "桃花村", "河口村", "团结村", "高峰村", "何家湾村", "青山村", "长岭村", "柏树村", "红星村")
_CITY = (
    ("北京市", "", "朝阳区", ("望京西路", "广顺北大街", "双桥东路")),
    ("上海市", "", "浦东新区", ("锦绣路", "张杨路", "川沙路")),
    ("广东省", "深圳市", "南山区", ("桃园路", "南海大道", "留仙大道")),
    ("广东省", "广州市", "天河区", ("天河北路", "员村二横路", "中山大道西")),
    ("浙江省", "杭州市", "余杭区", ("文一西路", "良睦路", "五常大道")),
    ("湖南省", "长沙市", "雨花区", ("韶山中路", "劳动东路", "万家丽中路")),
    ("四川省", "成都市", "武侯区", ("武侯大道", "玉林北路", "佳灵路")),
    ("江苏省", "南京市", "江宁区", ("双龙大道", "天元中路", "胜太路")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "关山大道")),
)
_ESTATES = ("阳光花园", "金域华府", "翡翠城", "万科城", "碧桂园", "幸福里小区", "锦绣家园", "龙湖春江郦城",
            "保利中央公园", "华润二十四城")


def _rural_tail(r, prov, unit, cn=False):
    g = r.randint(1, 15)
    gs = (_TO_CN[g] if g < 10 else ("十" + (_TO_CN[g - 10] if g > 10 else ""))) if cn else str(g)
    return f"{r.choice(_VILLAGES)}{gs}{unit}"


def g_address(r, fmt):
    p, c, cty, towns, unit = r.choice(_RURAL)
    town = r.choice(towns)
    if fmt == "rural_full":
        tail = _rural_tail(r, p, unit)
        hn = r.choice(("", "", f"{r.randint(1, 88)}号"))
        return "", f"{p}{c}{cty}{town}{tail}{hn}", ""
    if fmt == "rural_county":
        return "", f"{cty}{town}{_rural_tail(r, p, unit)}" + r.choice(("", f"{r.randint(1, 60)}号")), ""
    if fmt == "rural_city_start":
        return "", f"{c}{cty}{town}{_rural_tail(r, p, unit)}", ""
    if fmt == "rural_cn_num":
        return "", f"{cty}{town}{_rural_tail(r, p, unit, cn=True)}", ""
    if fmt == "rural_spaced":
        return "", f"{p} {c} {cty} {town} {_rural_tail(r, p, unit)}", ""
    if fmt == "town_street":
        st = r.choice(("新街", "老街", "正街", "建设路", "人民路", "中心街"))
        return "", f"{cty}{town}{st}{r.randint(2, 188)}号", ""
    cp, cc, dist, roads = r.choice(_CITY)
    road = r.choice(roads)
    est = r.choice(_ESTATES)
    b, u, f_, rm = r.randint(1, 28), r.randint(1, 4), r.randint(2, 33), r.randint(1, 4)
    room = f"{f_}{rm:02d}"
    if fmt == "urban_full":
        return "", f"{cp}{cc}{dist}{road}{r.randint(1, 999)}号{est}{b}栋{u}单元{room}室", ""
    if fmt == "urban_short":
        return "", f"{dist}{est}{b}-{u}-{room}", ""
    if fmt == "urban_bare_room":
        return "", f"{cc or cp}{dist}{road}{est}{b}栋{room}", ""
    if fmt == "urban_lou":
        return "", f"{cc or cp}{dist}{road}{r.randint(1, 999)}号{est}{b}号楼{u}单元{room}", ""
    raise KeyError(fmt)


FORMATS = {
    "mobile": ("plain", "space_344", "dash_344", "plus86", "cn_digits", "voice_words", "asr_comma", "fullwidth"),
    "landline": ("dash", "paren", "cn_paren", "plain", "space", "dash_ext", "cn_digits"),
    "id_card": ("plain", "upper_x", "lower_x", "space_684", "cn_digits", "asr_comma"),
    "bank_card": ("plain", "space_4", "dash_4", "old_95", "asr_comma", "cn_digits"),
    "email": ("plain", "qq_mail", "coop_domain", "fullwidth_at", "upper"),
    "qq": ("plain", "spaced", "cn_digits", "fullwidth"),
    "wechat": ("pinyin_digits", "underscore", "wxid", "dash", "capital"),
    "plate": ("plain", "middle_dot", "space", "new_energy", "lowercase"),
    "address": ("rural_full", "rural_county", "rural_city_start", "rural_cn_num", "rural_spaced", "town_street",
                "urban_full", "urban_short", "urban_bare_room", "urban_lou"),
}
# typed default weights (voice / elder formats drawn less often unless a template asks)
_WEIGHT = {"cn_digits": 0.35, "voice_words": 0.35, "asr_comma": 0.4, "fullwidth": 0.3, "fullwidth_at": 0.4,
           "lower_x": 0.5, "plus86": 0.35, "dash_344": 0.6, "dash_4": 0.5, "spaced": 0.5, "upper": 0.5, "cn_paren": 0.6}
_GEN = {"mobile": g_mobile, "landline": g_landline, "id_card": g_id_card, "bank_card": g_bank_card,
        "email": g_email, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address}


# ---------------------------------------------------------------- near-miss generators
def _bad_luhn(r, n):
    while True:
        s = r.choice(("6228", "6217", "6222", "6212", "9559")) + _digits(r, n - 4)
        if not _luhn_ok(s):
            return s


def _bad_id(r):
    while True:
        s = _id_raw(r)
        c = r.choice([x for x in "0123456789X" if x != s[17]])
        if not (c != "X" and _luhn_ok(s[:17] + c)):
            return s[:17] + c


def _no_card_digits(r, s):
    d = _norm(s)
    return not (d.isdigit() and 16 <= len(d) <= 19 and _luhn_ok(d)) and not (len(d) == 18 and _id_ok(d))


def n_gen(r, kind):
    if kind == "price":
        return r.choice((f"{r.randint(3, 39)}.{r.choice('05')}元", f"{r.randint(5, 398)}块", f"¥{r.randint(19, 899)}",
                         f"{r.randint(2, 60)}元一斤", f"{r.randint(48, 268)}一箱"))
    if kind == "weight":
        return r.choice((f"{r.randint(3, 50)}斤", f"{r.randint(5, 500)}公斤", f"{r.randint(1, 30)}吨",
                         f"{r.choice((250, 500))}g", f"{r.randint(2, 40)}kg"))
    if kind == "area_mu":
        return r.choice((f"{r.randint(2, 300)}亩", f"{r.randint(0, 8)}.5亩", "半亩", f"{r.randint(1, 9)}亩多"))
    if kind == "order_no":
        while True:
            s = r.choice((f"{r.randint(230101, 251230)}-{_digits(r, 15)}", "3" + _digits(r, 18), "2" + _digits(r, 17),
                          "TB" + _digits(r, 18), "4" + _digits(r, 19)))
            if _no_card_digits(r, s):
                return s
    if kind == "tracking_no":
        while True:
            s = r.choice(("SF" + _digits(r, 13), "73" + _digits(r, 12), "YT" + _digits(r, 13), "98" + _digits(r, 11),
                          "JT" + _digits(r, 13), "43" + _digits(r, 12), "1" + _digits(r, 12), "EA" + _digits(r, 9) + "CN"))
            if _no_card_digits(r, s):
                return s
    if kind == "hotline":
        return r.choice(("95338", "11183", "95311", "95546", "95599", "95580", "96288", "12316",
                         f"400-{_digits(r, 3)}-{_digits(r, 4)}", f"400{_digits(r, 7)}", f"800-{_digits(r, 3)}-{_digits(r, 4)}",
                         "12345", "95554"))
    if kind == "pickup_code":
        return r.choice((f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 6999)}", f"{r.randint(1, 12)}-{r.randint(1000, 9999)}",
                         f"{r.randint(100000, 999999)}", f"A{r.randint(1, 20)}-{r.randint(100, 999)}"))
    if kind == "masked_mobile":
        m = _mobile_raw(r)
        return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"****{m[7:]}", f"{m[:3]}xxxx{m[7:]}"))
    if kind == "tail_digits":
        return _digits(r, 4)
    if kind == "txn_no":
        while True:
            s = r.choice(("4200" + _digits(r, 24), "1000" + _digits(r, 28), _digits(r, 20), "2" + _digits(r, 31)))
            if _no_card_digits(r, s):
                return s
    if kind == "bad_card":
        n = r.choice((16, 19, 19))
        s = _bad_luhn(r, n)
        return " ".join(s[i:i + 4] for i in range(0, n, 4)) if r.random() < 0.3 else s
    if kind == "bad_id":
        return _bad_id(r)
    if kind == "credit_code":
        return "93" + r.choice(_ID_REGION) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if kind == "postal_code":
        return r.choice(("419100", "531500", "665100", "557100", "342200", "620300", "715500", "354300",
                         "323400", "741600", "152400", "265300", "422100"))
    if kind == "seed_variety":
        return r.choice(("隆两优534", "晶两优1212", "Y两优900", "郑单958", "先玉335", "中浙优8号", "黄华占",
                         "宜香优2115", "京科968", "荃优822"))
    if kind == "fert_ratio":
        return r.choice(("15-15-15", "17-17-17", "28-6-6", "18-9-18", "20-10-15", "26-10-12", "N-P-K 16-16-16"))
    if kind == "batch_no":
        return r.choice((f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", f"B{_digits(r, 6)}",
                         f"PD{r.randint(2023, 2025)}{_digits(r, 4)}", f"SC{_digits(r, 14)}"))
    if kind == "date_time":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 30)}号", f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                         f"{r.randint(1, 12)}.{r.randint(1, 30)}", f"下午{r.randint(1, 6)}点", f"{r.randint(6, 21)}:{r.choice(('00', '30', '15'))}",
                         f"农历{r.choice(('正月', '三月', '八月', '腊月'))}{r.choice(('初八', '十五', '廿三'))}"))
    if kind == "verify_code":
        return _digits(r, r.choice((4, 6)))
    if kind == "goods_id":
        return r.choice(("6" + _digits(r, 11), "7" + _digits(r, 11), _digits(r, 9)))
    if kind == "qty":
        return r.choice((f"{r.randint(2, 50)}箱", f"{r.randint(2, 200)}袋", f"{r.randint(1, 20)}件", f"{r.randint(10, 500)}株",
                         f"{r.randint(2, 30)}包"))
    if kind == "place_only":
        p, c, cty, towns, _ = r.choice(_RURAL)
        return r.choice((f"{c}{cty}", cty, f"{cty}{r.choice(towns)}", f"{r.choice(towns)}{r.choice(('邮政所', '菜鸟驿站', '兔喜超市', '供销社'))}",
                         f"{p}{c}"))
    if kind == "group_no":
        return r.choice((f"{r.randint(1, 9)}群", f"第{r.randint(2, 40)}期", f"{r.randint(1, 60)}号"))
    if kind == "percent":
        return f"{r.randint(5, 98)}%"
    raise KeyError(kind)


# ---------------------------------------------------------------- fillers
FILL = {
    "fruit": ("脐橙", "沃柑", "猕猴桃", "冰糖橙", "砂糖橘", "苹果", "杨梅", "黄桃", "百香果", "芒果", "李子", "柚子"),
    "spec": ("红茶", "明前绿茶", "大米", "腊肉", "土蜂蜜", "菜籽油", "香菇", "土鸡蛋", "红薯粉条", "笋干", "茶油", "黑木耳"),
    "farm": ("复合肥", "尿素", "稻种", "玉米种", "菜苗", "杀虫剂", "有机肥", "地膜", "除草剂", "果苗"),
    "emo": ("", "", "", "🙏", "👍", "😄", "[抱拳]", "[握手]", "🍊", "[微笑]", "～", "！", "哈"),
    "hi": ("老板", "妹子", "小哥", "老师", "亲", "师傅", "大姐", "老乡", "幺妹", "老表"),
    "ok": ("好的", "要得", "得行", "中", "晓得了", "嗯嗯", "好嘞", "收到", "OK"),
}

# ---------------------------------------------------------------- templates
# {kind} or {kind|fmt1,fmt2} = PII; {@near} = near-miss; {$fill} = filler
PII_T = (
    "{$hi}我要两箱{$fruit}，寄到{address}，电话{mobile}{$emo}",
    "收货人电话：{mobile}\n收货地址：{address}",
    "地址{address} 电话{mobile} 要{@qty}{$spec}",
    "{address}，{mobile}，{@qty}",
    "我的地址是{address}手机号{mobile|voice_words,cn_digits,asr_comma,plain}你就寄邮政嘛我们这里只有邮政到",
    "{$hi}你好 帮我发到{address|rural_full,rural_county,rural_cn_num,rural_city_start}那边 电话是{mobile}",
    "寄到{address|rural_county,rural_cn_num,town_street}，到了镇上{@place_only}会打电话，我电话{mobile}",
    "接龙：\n1. {address|urban_short,urban_full,urban_lou} {mobile} {$fruit}{@qty}\n2. {address|urban_full,urban_bare_room,urban_short} {mobile} {$spec}{@qty}",
    "#接龙 {$fruit}团购\n{address|urban_full,urban_lou,urban_bare_room} {mobile}  {@qty}",
    "我是{address|urban_full,urban_short,urban_lou}的，上次买的{$fruit}很甜，再来{@qty}，电话没变还是{mobile}",
    "改下地址哈，改成{address}，原来那个不对{$emo}",
    "地址写错了！！应该是{address|rural_full,rural_county,rural_city_start}",
    "新地址：{address}",
    "{mobile}这个号打不通的话打我屋里座机{landline}",
    "家里座机{landline}，白天没人，打手机{mobile}",
    "合作社办公室电话{landline}，有事找我们{$emo}",
    "订大米的打{landline|dash,paren,dash_ext,cn_paren}或者加微信{wechat}",
    "我们门市部电话：{landline|dash,paren,plain,space}\n地址：{address|town_street,rural_county}",
    "县农技站那边电话是{landline}，你问下他们打么子药",
    "{landline} 这个是镇上农资店的电话，肥料在那里拿",
    "请拨打{landline|dash_ext,dash,paren}咨询茶叶批发",
    "电话号码零七几的那个是我们家的{landline|cn_digits,plain}",
    "钱打到这张卡{bank_card}，户名是我老婆的{$emo}",
    "卡号{bank_card}\n开户行：{$bank}",
    "{$bank}\n{bank_card}\n转了说一声",
    "转账到{bank_card|old_95,plain,space_4}农行的，莫转错了",
    "我把卡号发你 {bank_card|asr_comma,cn_digits,plain}你看对不对",
    "退款退到我{$bank}卡上，卡号{bank_card}，尾号{@tail_digits}那张不用了",
    "肥料钱{@price}，打{bank_card}或者微信都行",
    "补贴要填卡号，{bank_card}，身份证{id_card}",
    "身份证号{id_card}",
    "我身份证{id_card|plain,upper_x,lower_x,space_684}，帮我登记一下合作社入股",
    "{id_card}这个是我的身份证号码，买农药要实名登记的",
    "办种子补贴要的：身份证{id_card} 电话{mobile} 地址{address|rural_full,rural_city_start,rural_spaced}",
    "身份证号是{id_card|cn_digits,asr_comma,plain}对不对嘛我眼睛看不清",
    "实名登记\n姓名：见上\n身份证号码：{id_card}\n联系电话：{mobile}",
    "你加我微信{wechat}，我把{$fruit}的图片发给你",
    "微信号{wechat}，加的时候备注买{$spec}",
    "vx：{wechat}{$emo}",
    "加我V {wechat} 拉你进{@group_no}",
    "{wechat}是我儿子的微信，他帮我弄网店",
    "我扣扣{qq}，你传表格到扣扣上",
    "QQ：{qq}",
    "有事Q我 {qq|plain,spaced,fullwidth}",
    "邮箱{email}，发票开好发这里",
    "对公的发票发到{email}，开合作社的名字",
    "电子发票发我邮箱吧 {email}{$emo}",
    "{email} 这是我们合作社邮箱，报价单发过来",
    "qq邮箱{email|qq_mail}，qq号就是{qq}",
    "车牌{plate}，明天早上来拉{@weight}{$fruit}",
    "拉货的车是{plate}，司机电话{mobile}",
    "{plate}这个车到你们村口了，{@date_time}装车",
    "明天我开{plate}的三轮车来镇上拿{$farm}",
    "物流车{plate|plain,middle_dot,space,new_energy}下午到{address|town_street,rural_county}",
    "车号{plate}  {@qty}{$fruit} 已装好",
    "嗯那个我的电话是{mobile|voice_words,cn_digits,asr_comma}地址是{address|rural_cn_num,rural_county}",
    "{$hi}俺要{@qty}{$farm} 送到{address|rural_cn_num,rural_county,rural_full} 电话{mobile}",
    "莫得微信，打我电话{mobile|plain,cn_digits,voice_words}嘛",
    "电话{mobile}电话{mobile}我孙子的号",
    "手机号是{mobile|cn_digits,voice_words,plain}手机号是这个",
    "{mobile}",
    "{mobile}微信同号{$emo}",
    "联系电话：{mobile|plus86,plain,space_344,dash_344}",
    "我在外地打工 号码是{mobile|plus86,plain} 货发到家里{address}",
    "打这个{mobile|fullwidth,plain,space_344}，晚上八点后有人接",
    "{$ok}，你寄{@qty}过来，{address}，{mobile}，钱到了我再发",
    "订单备注：{address|urban_full,urban_lou,urban_bare_room,urban_short} 收件电话{mobile} 不要放驿站",
    "麻烦备注一下不要发中通，发邮政 {address|rural_full,rural_spaced,rural_county} {mobile}",
    "我们是{@place_only}的，收货人{mobile}，详细地址{address|rural_county,rural_cn_num}",
    "开发票信息：税号自己查 邮箱{email} 电话{landline|dash,paren}",
    "合作社对公：{$bank} {bank_card|plain,space_4,dash_4} 联系人手机{mobile}",
    "代收货款打我卡{bank_card}，手机{mobile}，身份证{id_card|plain,space_684}，你们要核实就核",
    "给我寄样品 {address|urban_full,urban_lou,urban_bare_room} 邮箱{email}也行发电子版",
    "{$hi}我qq{qq|plain,cn_digits}微信{wechat}都可以",
    "群里的亲们，有问题加我微信{wechat}或者打{mobile}{$emo}",
    "收款卡号{bank_card|space_4,dash_4,plain}（{$bank}）",
    "身份证{id_card|upper_x,lower_x,plain}  卡{bank_card|old_95,plain}  你看下办贷款够不够",
    "老地址{address}作废了，新的是{address}",
    "司机师傅{mobile}，车{plate|plain,middle_dot,lowercase}，今晚到{address|town_street,rural_county}",
    "发顺丰到付{@tracking_no}那单收到了，下一单寄{address|urban_short,urban_full,urban_lou}，电话{mobile}",
    "订单{@order_no} 地址改成{address} 电话{mobile}",
    "{$ok}{$emo}\n{address|urban_full,urban_short} {mobile|space_344,dash_344,plain}",
    "帮我爸登记 身份证{id_card} 电话{mobile|cn_digits,plain} 住{address|rural_full,rural_cn_num,rural_spaced}",
    "座机{landline|cn_paren,paren,dash,space}  手机{mobile}",
    "收到{@price}了，货款请打{bank_card|plain,space_4}",
    "我的邮箱是{email|plain,upper,fullwidth_at}您记一下",
    "email:{email}",
    "邮箱：{email|fullwidth_at,plain,qq_mail}\n电话：{mobile}",
    "有问题请联系 电话{landline|dash_ext,dash} 微信{wechat}",
    "{wechat|wxid,pinyin_digits,underscore}这个微信加不上你试下",
    "扣扣号{qq|cn_digits,plain,fullwidth}我孙女弄的",
    "车{plate|new_energy,plain}在{address|town_street}门口等",
    "要得 我的车牌是{plate|lowercase,plain,space}",
    "我没得微信 只有QQ {qq|plain,cn_digits,spaced} 你加一下",
    "{qq}\n这是我的Q号，采购单在QQ空间有",
    "加一下我们合作社的QQ群管理员{qq}，群里每天报{$fruit}价格",
    "扣扣{qq|plain,fullwidth}或者电话{mobile}都找得到我",
)

BANKS = ("农村信用社", "湖南农信", "中国邮政储蓄银行", "农业银行", "建设银行", "工商银行", "农商银行", "村镇银行",
         "邮储银行", "四川农信")
FILL["bank"] = BANKS

NEAR_T = (
    "{$fruit}{@price}，满{@qty}包邮{$emo}",
    "今年{$fruit}{@price}，{@weight}起发",
    "已发货，单号{@tracking_no}，{@date_time}左右到",
    "快递单号：{@tracking_no}",
    "邮政单号{@tracking_no} 到镇上{@place_only}去取",
    "你的取件码是{@pickup_code}，在{@place_only}",
    "取件码{@pickup_code}  取件码{@pickup_code}",
    "【驿站】您的包裹已到{@place_only}，凭{@pickup_code}取件",
    "订单号{@order_no}，麻烦查一下发了没有",
    "拼多多订单{@order_no}，{$fruit}烂了{@qty}",
    "{@order_no} 这一单退款{@price}",
    "淘宝订单号：{@order_no}",
    "顺丰客服{@hotline}，邮政{@hotline}，你自己打去问",
    "农行客服{@hotline}问过了，说要{@date_time}才到账",
    "有质量问题打{@hotline}",
    "尾号{@tail_digits}的卡已经到账了",
    "我手机号{@masked_mobile}，就是下单那个",
    "收件人电话显示{@masked_mobile}，是不是你",
    "转账成功 交易单号{@txn_no}",
    "微信支付 交易单号：{@txn_no}\n金额：{@price}",
    "卡号{@bad_card}这个你少打了一位还是多打了，银行说卡号不对",
    "你发的这个{@bad_card}转不过去，提示卡号错误",
    "身份证号{@bad_id}系统说不对，校验不通过，你再看下身份证",
    "这个{@bad_id}登记不上，提示身份证号码有误",
    "合作社统一社会信用代码{@credit_code}",
    "开票抬头：XX种植专业合作社 税号{@credit_code}",
    "邮编{@postal_code}",
    "我们这边邮编是{@postal_code}吧，你填上",
    "今年种{@seed_variety}，{@area_mu}要几包",
    "{@seed_variety}还有货没，要{@qty}",
    "复合肥{@fert_ratio}的{@price}一袋，{@weight}装",
    "用{@fert_ratio}的还是{@fert_ratio}的好",
    "批次号{@batch_no}，生产日期{@date_time}",
    "{$farm}的批号{@batch_no}，保质期两年",
    "验证码{@verify_code}，莫告诉别人",
    "{@verify_code}是验证码，你看下对不对",
    "商品链接里ID是{@goods_id}，就拍这个",
    "我家{@area_mu}茶园，今年春茶{@weight}",
    "{@area_mu}地要多少{$farm}，一亩{@weight}够不够",
    "{@date_time}开始摘{$fruit}，{@date_time}发货",
    "赶场是{@date_time}，那天我去镇上拿",
    "{$ok}，{@qty}{$spec}一共{@price}",
    "好评返现{@price}，截图发我",
    "拉你进{@group_no}了，这边是{@group_no}",
    "我是{@place_only}的，你们那里发得到不",
    "发得到{@place_only}不？我们那里只有邮政",
    "坏果率{@percent}以内不赔，超过{@percent}按比例赔",
    "甜度{@percent}，{@price}，不甜包退",
    "收到{@qty}，少了{@weight}{$emo}",
    "{@tracking_no}这个单号查不到物流",
    "你那个单号{@tracking_no}是中通的还是极兔的",
    "{@date_time}到账{@price}，尾号{@tail_digits}",
    "客服电话{@hotline}一直打不通",
    "一箱{@weight}，{@price}，{@qty}起批",
    "退款{@price}已原路返回，订单{@order_no}",
    "我这个卡是{@bad_card}吗你看下，银行app显示的",
    "下单时间{@date_time}，订单编号{@order_no}，单号{@tracking_no}",
    "嗯那个我要的{@seed_variety}还有没得{@qty}",
    "打{@hotline}报修，说{@date_time}来",
    "验证码是{@verify_code}我收到的",
    "上次那单{@masked_mobile}收的，这次一样",
    "发{@place_only}的话邮费加{@price}",
)


# ---------------------------------------------------------------- builder
_TOK = re.compile(r"\{([@$]?)(\w+)(?:\|([\w,]+))?\}")


def _pick_fmt(r: random.Random, kind: str, allowed: tuple[str, ...] | None) -> str:
    opts = allowed or FORMATS[kind]
    w = [_WEIGHT.get(f, 1.0) if allowed is None else 1.0 for f in opts]
    return r.choices(opts, weights=w)[0]


def _render(r: random.Random, tpl: str, forced: dict | None = None):
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    forced = dict(forced or {})
    for m in _TOK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        sig, name, allow = m.group(1), m.group(2), m.group(3)
        if sig == "$":
            text += r.choice(FILL[name])
        elif sig == "@":
            v = n_gen(r, name)
            nears.append((name, len(text), len(text) + len(v)))
            text += v
        else:
            if name in forced:
                f = forced.pop(name)
            else:
                f = _pick_fmt(r, name, tuple(allow.split(",")) if allow else None)
            pre, v, post = _GEN[name](r, f)
            text += pre
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(f)
            text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _allowed(tpl: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOK.finditer(tpl):
        if m.group(1) == "":
            k = m.group(2)
            for f in (m.group(3).split(",") if m.group(3) else FORMATS[k]):
                out.append((k, f))
    return out


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    # force each (kind, format) into 4 different compatible templates first
    for kind in KINDS:
        for f in FORMATS[kind]:
            cands = [i for i, t in enumerate(PII_T) if (kind, f) in _allowed(t)]
            for i in r.sample(cands, min(4, len(cands))):
                rows.append(_render(r, PII_T[i], {kind: f}))
                tids.append(f"p{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_T))
        rows.append(_render(r, PII_T[i]))
        tids.append(f"p{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_T))
        rows.append(_render(r, NEAR_T[i]))
        tids.append(f"n{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame({
        "text": [rows[j][0] for j in order],
        "entities": [rows[j][1] for j in order],
        "formats": [rows[j][2] for j in order],
        "near_misses": [rows[j][3] for j in order],
        "split": [SPLIT] * len(order),
    })


def make_blind53_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks
_MOB_RE = re.compile(r"1[3-9]\d{9}")
_PLATE_RE = re.compile(r"[" + _PROV + r"][A-Za-z][·\s]?[0-9A-Za-z]{5,6}")
_ADDR_START = ("省", "市", "区", "县", "镇", "乡", "州")
_ADDR_END = ("组", "社", "队", "号", "栋", "单元", "室")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert _MOB_RE.fullmatch(n), v
                assert text[:s].endswith("86") or not text[max(0, s - 1):s].isdigit(), text
                assert not text[e:e + 1].isdigit(), text
            elif k == "landline":
                assert n.startswith("0") and n[:3] in {a[:3] for a in _AREA} and 10 <= len(n) <= 12, v
            elif k == "id_card":
                assert _id_ok(n), v
                assert n[:6] in _ID_REGION
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.+-]+[@＠][\w-]+(\.[\w-]+)+", v), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 10 and n[0] != "0", v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
            elif k == "plate":
                assert _PLATE_RE.fullmatch(v), v
            elif k == "address":
                assert any(u in v[:12] for u in _ADDR_START), v
                assert v.endswith(_ADDR_END) or v[-1].isdigit(), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, k)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k != "masked_mobile":
                assert not _MOB_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind53_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k in KINDS for f in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

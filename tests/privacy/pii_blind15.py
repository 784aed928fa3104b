"""Fifteenth blind PII corpus (``split == "blind15"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十五位写手").
What it read in the checkout: only the lines of ``toolkit/privacy/mask.py``
that define ``PII_KINDS`` and ``PLACEHOLDERS`` (found with ``grep -n -A14
"^PII_KINDS"``), and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` for the layout and the entry-point names.  It
did NOT read the rest of ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other file under ``tests/``, any other writer's corpus or the git
history.  It glanced at the head of ``../shared/datasets/README.md`` and one
file there (nothing copied).  It never imported ``toolkit`` and never ran any
masking / finding function on this data.  Value shapes, chat contexts and
labels come only from the writer's own idea of how people in mainland China
type (or dictate) contact data in WeCom chats.

What is different here: TRANSPORT AND FIELD SERVICE.  Freight / logistics
dispatchers talking to truck drivers and shippers (truck and trailer plates,
挂车, waybills, loading / unloading addresses in industrial parks, warehouses,
ports and markets, 园区 / 港区 registration), ride-hailing and car-rental
support, traffic-violation agents, roadside assistance and towing, appliance
installation and home-repair technicians, moving companies, rental agents
(landlords, tenants, viewings) and courier pickups.  Much of it is typed on
the road: voice-to-text from drivers and technicians (channel ``V``: no or
odd punctuation, digits as words, Chinese commas between digit groups,
numbers in addresses as words), short bursts with several values on separate
lines in one message, values broken over lines, corrections (``不对``,
``打错了``), landmarks and place descriptions mixed with exact addresses,
kilometre markers, tonnage, distances.  Typed rows are channel ``T``.  About
a third or more of the rows are ordinary chat lines with no data at all.

Near-misses are the hard cases of this theme: waybill and platform order
numbers (18-digit ones fail the ID check digit, 16-19 digit ones fail Luhn),
fuel-card numbers failing Luhn, dock / gate numbers with 号 (``12号月台``),
dates with 号, kilometre markers, highway names, tonnage, distances,
freight, rent and area, hotlines (95338, 12122, 400-...), container and seal
numbers, VINs, pickup codes shaped like rooms (``3-2-1502``), GPS
coordinates, postal codes, invoice numbers, credit codes, appliance models,
work-order numbers, masked values, tail digits, door codes, violation codes,
vehicle models, places alone (a service area, a market, a port).

Seed
----
``SEED = "blind15-2026-transport-第十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each value
format is first forced 5 times into distinct randomly drawn templates of a
compatible channel holding a slot of its kind; the other rows draw formats by
weight, and templates are drawn so that the rarest kind catches up.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (no names).  The
  span holds the value only: cue words, ``+86`` / ``0086`` / ``86-`` /
  ``(+86)`` prefixes and landline extensions (``转806``, ``-806``,
  ``分机806``) are outside; separators inside a value (spaces, dashes, dots,
  the middle dot of a plate, Chinese commas of voice input between digit
  groups, a line break inside a value split over lines) are inside.  A
  trailer plate includes its ``挂``.  An address runs from its first place
  unit (province / city / district / county / town / street / village /
  road / estate) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 /
  室 / 层 or a bare room number such as ``1502`` or ``3-2-1502``); landmarks
  after it (``对面``, ``门口``, a park name after 号) are outside; a place
  alone is not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind15"``

Counts (``python tests/privacy/pii_blind15.py``)
------------------------------------------------
rows=2380: pii_rows=900, near_rows=660 (near-miss only), plain_rows=820
(ordinary chat lines with no data, 34%); entities=1391 (mobile 257, plate 202,
address 182, qq 126, email 125, wechat 125, bank_card 125, landline 125,
id_card 124); near-miss spans=1026 (946 in near-miss rows), 35 near-miss kinds
(weight 70, amount 56, place_only 56, date_time 55, waybill 48, km_marker 45,
rent 43, car_model 42, distance 40, hotline 40, highway 38, dock 33,
fuel_card 31, odometer 30, vin 29, freight 29, gps 28, masked 24, order_no 22,
pickup_code 22, door_code 22, tail_digits 20, verify_code 20, container 20,
invoice_no 19, credit_code 19, violation 18, model_no 17, work_order 17,
bad_card 14, parking 13, reefer_temp 12, seal_no 12, postal_code 11,
bad_id 11); formats=62 distinct, each used >= 6 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind15-2026-transport-第十五位写手"
SPLIT = "blind15"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
WRITER = "第十五位写手"

N_PII_ROWS = 900
N_NEAR_ROWS = 660
N_PLAIN_ROWS = 820
MIN_PER_KIND = 85
FORCE_PER_FMT = 5

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

_CN_DIGIT = "零一二三四五六七八九"
_CN_TO_ASCII = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3",
                "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and _id_check(s[:17]) == s[17]


def _norm(v: str) -> str:
    """Digits / letters of a value with separators removed, Chinese digits mapped."""
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_TO_ASCII.get(c, c) for c in v)
    return re.sub(r"[\s\-,，。.·/()（）]", "", v)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _cn_digits(s: str, rng: random.Random, yao: bool = True) -> str:
    out = []
    use_yao = yao and rng.random() < 0.6
    for c in s:
        if c == "1" and use_yao:
            out.append("幺")
        elif c.isdigit():
            out.append(_CN_DIGIT[int(c)])
        else:
            out.append(c)
    return "".join(out)


def _cn_num(n: int) -> str:
    """Chinese numeral for 1..9999 (一百二十八, 一千零八十八, 十五)."""
    assert 0 < n < 10000
    units = ["", "十", "百", "千"]
    s = str(n)
    out = []
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        if not (d == 1 and pos == 1 and not out):
            out.append(_CN_DIGIT[d])
        out.append(units[pos])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------------------------

MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                   "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
                   "191", "193", "195", "198", "199")

AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0316",
              "0351", "0371", "0379", "0411", "0431", "0451", "0512", "0513", "0519", "0531", "0532",
              "0539", "0551", "0571", "0573", "0574", "0579", "0591", "0592", "0731", "0755", "0757",
              "0760", "0769", "0771", "0791", "0851", "0871", "0898", "0931", "0991")

ID_AREAS = ("110105", "120110", "130602", "130635", "131003", "320506", "320583", "330402", "330481",
            "330206", "340321", "341221", "370302", "371302", "371721", "410105", "410122", "411625",
            "420112", "430524", "440306", "441900", "450102", "500103", "510114", "512501", "610113",
            "620102", "360121", "350583", "421126", "413026")

BINS_62 = (("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("622700", 19),
           ("622588", 16), ("621483", 16), ("623058", 19), ("622908", 18), ("621799", 19),
           ("622188", 19), ("621661", 19), ("622260", 19), ("625965", 16), ("622155", 16))
BINS_95 = (("955880", 19), ("955990", 19), ("955888", 19), ("955220", 19))
BINS_VM = (("438088", 16), ("427020", 16), ("524090", 16), ("518710", 16), ("436742", 16),
           ("552599", 16), ("402658", 16))

PLATE_PROV = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁新"
PLATE_LET = {"京": "ABCEFGHJKLMNPQ", "津": "ABCDEFGH", "沪": "ABCD", "渝": "ABCDFGH"}
PLATE_TAIL_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao", "song", "tang", "han", "feng", "deng", "cao")
GIVEN = ("wei", "lei", "jun", "yong", "qiang", "ping", "gang", "hui", "jie", "tao", "ming", "chao",
         "xia", "fang", "na", "li", "bo", "hao", "peng", "kai", "xin", "yan")
WORDS = ("wuliu", "huoyun", "banjia", "kuaiyun", "zuche", "fangchan", "weixiu", "anzhuang", "lengyun",
         "diaodu", "siji", "zhuanxian", "kongtiao", "jiudian", "yunshu", "daiban", "jiuyuan", "tuoche")
CO_DOMAINS = ("sxwl56.com", "hengtong-logistics.com.cn", "jyd56.cn", "anneng-wl.com", "dfbanjia.cn",
              "yunda-tc.com", "lianxin-zc.com", "hx-property.cn", "zhongchuwl.com.cn", "kx-service.cn")
MAIL_ROLES = ("diaodu", "caiwu", "dd", "kf", "duizhang", "huiddan", "yunying", "shouhou", "dispatch",
              "fin", "ops", "billing")

# (province, city, ((district, (towns...)), ...), (roads...)); "" province = municipality
CITIES = (
    ("江苏省", "苏州市", (("吴中区", ("木渎镇", "甪直镇", "郭巷街道")), ("相城区", ("黄埭镇", "望亭镇")),
                        ("昆山市", ("花桥镇", "张浦镇"))), ("金枫路", "澄阳路", "春申湖路", "新港路", "东方大道")),
    ("浙江省", "嘉兴市", (("南湖区", ("大桥镇", "七星街道")), ("海宁市", ("许村镇", "长安镇"))),
     ("亚太路", "东升路", "海昌路", "长水路")),
    ("浙江省", "宁波市", (("北仑区", ("新碶街道", "大碶街道", "霞浦街道")), ("鄞州区", ("姜山镇", "邱隘镇"))),
     ("明州路", "太河路", "新大路", "黄山西路")),
    ("广东省", "深圳市", (("宝安区", ("福永街道", "西乡街道", "沙井街道")), ("龙岗区", ("平湖街道", "坂田街道")),
                        ("龙华区", ("民治街道", "观澜街道"))), ("兴围路", "凤塘大道", "福华路", "宝安大道", "平新北路")),
    ("广东省", "广州市", (("白云区", ("太和镇", "人和镇", "江高镇")), ("番禺区", ("石基镇", "大石街道"))),
     ("广从四路", "鹤龙一路", "沙太北路", "迎宾路")),
    ("广东省", "东莞市", (("虎门镇", ("怀德社区",)), ("长安镇", ("乌沙社区",)), ("塘厦镇", ("林村社区",))),
     ("港口大道", "长青路", "振安中路", "塘龙东路")),
    ("", "上海市", (("浦东新区", ("航头镇", "川沙新镇", "惠南镇")), ("嘉定区", ("马陆镇", "南翔镇")),
                   ("松江区", ("九亭镇", "泗泾镇")), ("宝山区", ("罗店镇", "顾村镇"))),
     ("航都路", "沪宜公路", "嘉松北路", "沪太路", "九新公路")),
    ("河南省", "郑州市", (("管城回族区", ("南曹街道",)), ("中牟县", ("白沙镇", "九龙镇")), ("金水区", ("丰产路街道",))),
     ("中州大道", "文化路", "经开第八大街", "郑汴路")),
    ("山东省", "临沂市", (("兰山区", ("义堂镇", "白沙埠镇")), ("河东区", ("九曲街道", "相公街道"))),
     ("通达路", "解放路", "沂州路", "启阳路")),
    ("四川省", "成都市", (("新都区", ("大丰街道", "新繁街道")), ("双流区", ("西航港街道",)), ("青白江区", ("大弯街道",))),
     ("蓉北商贸大道", "物流大道", "双华路", "天府大道")),
    ("湖北省", "武汉市", (("东西湖区", ("走马岭街道", "金银湖街道")), ("江夏区", ("纸坊街道", "藏龙岛街道"))),
     ("张柏路", "金银湖路", "东吴大道", "文化大道")),
    ("河北省", "廊坊市", (("广阳区", ("万庄镇",)), ("固安县", ("柳泉镇", "牛驼镇"))), ("新源道", "和平路", "新华路")),
    ("", "天津市", (("东丽区", ("金桥街道", "华明街道")), ("西青区", ("张家窝镇", "中北镇")), ("滨海新区", ("新港街道", "塘沽街道"))),
     ("津塘公路", "港城大道", "跃进路", "新港二号路")),
)
ESTATES = ("锦绣花园", "阳光城丽景湾", "万科城", "碧桂园凤凰城", "金地名京", "保利香槟国际", "绿地新都会", "幸福家园小区",
           "龙湖春江天境", "翠苑一区", "紫薇花园", "恒大绿洲", "世纪城", "东方名苑", "南湖新村")
VILLAGES = (("河南省", "周口市", "郸城县", "宜路镇", "后李村"), ("山东省", "菏泽市", "曹县", "青堌集镇", "王庄村"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇", "张营村"), ("河北省", "保定市", "蠡县", "留史镇", "大曲堤村"),
            ("湖南省", "邵阳市", "隆回县", "桃洪镇", "石门村"), ("江西省", "上饶市", "鄱阳县", "饶埠镇", "南湖村"),
            ("四川省", "南充市", "营山县", "骆市镇", "新店村"))
PARKS = ("凤凰工业区", "经济技术开发区", "高新区", "临港产业园", "物流园区", "保税物流园区", "智慧产业园", "电商产业园")
MARKETS = ("国际物流园", "农副产品大市场", "建材市场", "五金机电城", "汽配城", "冷链物流中心")
TOWERS = ("金沙大厦", "国贸中心", "华润大厦", "创业大厦", "汇金广场")


def _plate(rng: random.Random, kind: str = "std") -> str:
    p = rng.choice(PLATE_PROV)
    letter = rng.choice(PLATE_LET.get(p, "ABCDEFGHJKLMN"))
    if kind == "nev":
        if rng.random() < 0.7:
            return p + letter + rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
        return p + letter + "".join(rng.choice("0123456789") for _ in range(5)) + rng.choice("DF")
    n = 4 if kind == "trailer" else 5
    tail = [rng.choice("0123456789") for _ in range(n)]
    if rng.random() < 0.4:
        tail[rng.randrange(n)] = rng.choice(PLATE_TAIL_LET)
    return p + letter + "".join(tail)


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def _id(rng: random.Random, want_x: bool | None = None) -> str:
    while True:
        y = rng.randint(1962, 2003)
        m = rng.randint(1, 12)
        dmax = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
        d = rng.randint(1, dmax)
        body = f"{rng.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"
        full = body + _id_check(body)
        if want_x is None or (full[-1] == "X") == want_x:
            return full


def _card(rng: random.Random, bins) -> str:
    b, n = rng.choice(bins)
    body = b + "".join(rng.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def _group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# --------------------------------------------------------------------------------------------
# PII formats: slot -> ((fmt, channels, weight, fn(rng) -> (pre, value, post)), ...)
# --------------------------------------------------------------------------------------------

def _m_plain(r):
    return "", _mobile(r), ""


def _m_space(r):
    m = _mobile(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash(r):
    m = _mobile(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_86(r):
    m = _mobile(r)
    pre = r.choice(("+86 ", "+86", "+86-", "0086 ", "86-", "(+86)"))
    return pre, m, ""


def _m_fw(r):
    return "", _fullwidth(_mobile(r)), ""


def _m_words(r):
    return "", _cn_digits(_mobile(r), r), ""


def _m_vcomma(r):
    m = _mobile(r)
    v = r.choice((f"{m[:3]}，{m[3:7]}，{m[7:]}", f"{m[:3]}，{m[3:]}", f"{m[:7]}，{m[7:]}"))
    return "", v, ""


def _m_lines(r):
    m = _mobile(r)
    return "", r.choice((f"{m[:3]}\n{m[3:7]}\n{m[7:]}", f"{m[:7]}\n{m[7:]}", f"{m[:3]} {m[3:7]}\n{m[7:]}")), ""


def _local(r):
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(r.choice((7, 7, 7, 6))))


def _l_dash(r):
    return "", f"{r.choice(AREA_CODES)}-{_local(r)}", ""


def _l_paren(r):
    a, loc = r.choice(AREA_CODES), _local(r)
    return "", r.choice((f"({a}){loc}", f"（{a}）{loc}", f"({a}) {loc}")), ""


def _l_space(r):
    a, loc = r.choice(AREA_CODES), _local(r)
    if len(loc) == 8 and r.random() < 0.4:
        loc = loc[:4] + " " + loc[4:]
    return "", f"{a} {loc}", ""


def _l_plain(r):
    return "", r.choice(AREA_CODES) + _local(r), ""


def _l_ext(r):
    a, loc = r.choice(AREA_CODES), _local(r)
    ext = "".join(r.choice("0123456789") for _ in range(r.choice((3, 3, 4))))
    post = r.choice((f"转{ext}", f"-{ext}", f"分机{ext}", f" 转{ext}"))
    return "", f"{a}-{loc}", post


def _l_local(r):
    return "", _local(r), ""


def _l_words(r):
    a, loc = r.choice(AREA_CODES), _local(r)
    return "", _cn_digits(a + loc, r), ""


def _qq_num(r):
    n = r.choice((8, 9, 9, 10, 10, 10))
    first = r.choice("123") if n == 10 else r.choice("123456789")
    return first + "".join(r.choice("0123456789") for _ in range(n - 1))


def _q_plain(r):
    return "", _qq_num(r), ""


def _q_space(r):
    q = _qq_num(r)
    return "", _group(q, (3, 3, 4) if len(q) == 10 else (3, 3, 3) if len(q) == 9 else (4, 4), " "), ""


def _q_fw(r):
    return "", _fullwidth(_qq_num(r)), ""


def _q_words(r):
    return "", _cn_digits(_qq_num(r), r), ""


def _w_alnum(r):
    base = r.choice((r.choice(PINYIN) + r.choice(GIVEN), r.choice(WORDS), r.choice(PINYIN) + r.choice(WORDS)))
    return "", base + str(r.choice((66, 88, 666, 888, 1987, 1990, 1993, 168, 518, 2019, 99, 520))), ""


def _w_under(r):
    return "", r.choice((f"{r.choice(PINYIN)}_{r.choice(GIVEN)}{r.randint(1, 99)}",
                         f"{r.choice(WORDS)}_{r.choice(PINYIN)}", f"{r.choice(PINYIN)}{r.choice(GIVEN)}_{r.randint(1970, 2001)}")), ""


def _w_dash(r):
    return "", r.choice((f"{r.choice(PINYIN)}-{r.choice(WORDS)}{r.randint(1, 999)}",
                         f"{r.choice(WORDS)}-{r.choice(PINYIN)}{r.choice(GIVEN)}")), ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), ""


def _w_mixed(r):
    return "", r.choice((f"{r.choice(PINYIN).capitalize()}{r.choice(GIVEN).capitalize()}{r.randint(10, 99)}",
                         f"{r.choice(WORDS).upper()}{r.randint(100, 999)}",
                         f"{r.choice(PINYIN).capitalize()}_{r.choice(WORDS).capitalize()}")), ""


def _e_qq(r):
    return "", _qq_num(r) + "@qq.com", ""


def _e_163(r):
    local = r.choice((r.choice(PINYIN) + r.choice(GIVEN) + str(r.randint(1, 999)),
                      r.choice(PINYIN) + r.choice(GIVEN), r.choice(WORDS) + str(r.randint(10, 99))))
    return "", local + "@" + r.choice(("163.com", "126.com", "163.com", "yeah.net", "sina.com")), ""


def _e_corp(r):
    return "", r.choice(MAIL_ROLES) + r.choice(("", "", str(r.randint(1, 9)))) + "@" + r.choice(CO_DOMAINS), ""


def _e_dotted(r):
    return "", f"{r.choice(PINYIN)}.{r.choice(GIVEN)}{r.choice(('', str(r.randint(70, 99))))}@" + \
        r.choice(("163.com", "outlook.com", "foxmail.com", "139.com", "aliyun.com")), ""


def _e_voice(r):
    if r.random() < 0.5:
        return "", _qq_num(r) + r.choice(("艾特qq点com", "艾特QQ点com", "@qq点com")), ""
    return "", r.choice(PINYIN) + r.choice(GIVEN) + r.choice(("艾特163点com", "艾特126点com", "@163点com")), ""


def _i_plain(r):
    return "", _id(r, False), ""


def _i_xup(r):
    return "", _id(r, True), ""


def _i_xlow(r):
    return "", _id(r, True).lower(), ""


def _i_space(r):
    v = _id(r)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


def _i_vcomma(r):
    v = _id(r, False)
    return "", r.choice((f"{v[:6]}，{v[6:14]}，{v[14:]}", f"{v[:6]}，{v[6:]}", f"{v[:10]}，{v[10:]}")), ""


def _i_lines(r):
    v = _id(r)
    return "", r.choice((f"{v[:6]}\n{v[6:14]}\n{v[14:]}", f"{v[:14]}\n{v[14:]}", f"{v[:9]}\n{v[9:]}")), ""


def _c_62(r):
    return "", _card(r, BINS_62), ""


def _c_space(r):
    return "", _group(_card(r, BINS_62 + BINS_95), (4, 4, 4, 4), " "), ""


def _c_dash(r):
    return "", _group(_card(r, BINS_62), (4, 4, 4, 4), "-"), ""


def _c_95(r):
    return "", _card(r, BINS_95), ""


def _c_vm(r):
    return "", _group(_card(r, BINS_VM), (4, 4, 4, 4), " "), ""


def _c_vcomma(r):
    c = _card(r, BINS_62)
    return "", _group(c, (4, 4, 4, 4), "，") if r.random() < 0.5 else _group(c, (6, 6), "，"), ""


def _p_plain(r):
    return "", _plate(r), ""


def _p_dot(r):
    p = _plate(r)
    return "", p[:2] + r.choice(("·", "·", "•")) + p[2:], ""


def _p_space(r):
    p = _plate(r)
    return "", p[:2] + " " + p[2:], ""


def _p_dash(r):
    p = _plate(r)
    return "", p[:2] + "-" + p[2:], ""


def _p_lower(r):
    return "", _plate(r).lower(), ""


def _p_nev(r):
    return "", _plate(r, "nev"), ""


def _t_plain(r):
    return "", _plate(r, "trailer") + "挂", ""


def _t_space(r):
    p = _plate(r, "trailer")
    return "", p[:2] + " " + p[2:] + "挂", ""


def _t_dot(r):
    p = _plate(r, "trailer")
    return "", p[:2] + "·" + p[2:] + "挂", ""


def _no(r):
    return r.choice((r.randint(1, 99), r.randint(1, 399), r.randint(100, 2999)))


def _room(r):
    return f"{r.randint(1, 33)}{r.randint(1, 6):02d}"


def _city(r):
    return r.choice(CITIES)


def _a_prov(r):
    prov, city, dists, roads = _city(r)
    d, towns = r.choice(dists)
    tail = r.choice(("", "", f"{r.randint(1, 12)}栋", f"{r.randint(1, 9)}号楼"))
    return "", f"{prov}{city}{d}{r.choice(towns)}{r.choice(roads)}{_no(r)}号{tail}", ""


def _a_city(r):
    prov, city, dists, roads = _city(r)
    d, _ = r.choice(dists)
    return "", f"{city}{d}{r.choice(roads)}{_no(r)}号", ""


def _a_district(r):
    _, _, dists, roads = _city(r)
    d, towns = r.choice(dists)
    return "", f"{d}{r.choice(towns)}{r.choice(roads)}{_no(r)}号", ""


def _a_road(r):
    _, _, _, roads = _city(r)
    tail = r.choice(("", "", f"{r.randint(1, 20)}栋", f"{r.randint(1, 5)}号楼{r.randint(1, 6)}层"))
    return "", f"{r.choice(roads)}{_no(r)}号{tail}", ""


def _a_estate(r):
    _, city, dists, roads = _city(r)
    d, _ = r.choice(dists)
    head = r.choice((f"{city}{d}", d, f"{d}{r.choice(roads)}{_no(r)}号"))
    b = r.choice((f"{r.randint(1, 28)}栋", f"{r.randint(1, 28)}号楼", f"{r.randint(1, 18)}幢"))
    u = r.choice((f"{r.randint(1, 4)}单元", ""))
    room = _room(r) + r.choice(("室", "", ""))
    return "", f"{head}{r.choice(ESTATES)}{b}{u}{room}", ""


def _a_dashed(r):
    _, city, dists, _ = _city(r)
    d, towns = r.choice(dists)
    head = r.choice((f"{d}{r.choice(towns)}", f"{city}{d}", d))
    sep = r.choice(("", " "))
    return "", f"{head}{r.choice(ESTATES)}{sep}{r.randint(1, 26)}-{r.randint(1, 4)}-{_room(r)}", ""


def _a_village(r):
    prov, city, county, town, vil = r.choice(VILLAGES)
    head = r.choice((f"{prov}{city}{county}", f"{city}{county}", county))
    grp = r.choice(("", f"{r.randint(1, 9)}组"))
    return "", f"{head}{town}{vil}{grp}{r.randint(1, 120)}号", ""


def _a_park(r):
    _, city, dists, roads = _city(r)
    d, _ = r.choice(dists)
    tail = r.choice((f"{r.randint(1, 12)}号楼", f"{r.randint(1, 9)}栋{r.randint(1, 5)}层", f"{r.randint(1, 15)}号厂房1层", ""))
    return "", f"{city}{d}{r.choice(PARKS)}{r.choice(roads)}{_no(r)}号{tail}", ""


def _a_market(r):
    _, city, dists, roads = _city(r)
    d, _ = r.choice(dists)
    head = r.choice((f"{city}{d}", d))
    return "", (f"{head}{r.choice(roads)}{_no(r)}号{r.choice(MARKETS)}{r.choice('ABCDE')}区"
                f"{r.randint(1, 20)}栋{r.randint(1, 60)}{r.choice(('号', '号', '-1号'))}"), ""


def _a_office(r):
    _, city, dists, roads = _city(r)
    d, _ = r.choice(dists)
    tail = r.choice((f"{r.randint(3, 32)}层", f"{r.randint(3, 28)}{r.randint(1, 20):02d}室", f"{r.randint(3, 20)}楼{r.randint(1, 20):02d}室"))
    return "", f"{r.choice((city, ''))}{d}{r.choice(roads)}{_no(r)}号{r.choice(TOWERS)}{tail}", ""


def _a_voice(r):
    _, city, dists, roads = _city(r)
    d, towns = r.choice(dists)
    head = r.choice((f"{d}{r.choice(towns)}", f"{city}{d}", d))
    tail = r.choice(("", f"{_cn_num(r.randint(1, 20))}栋", f"{_cn_num(r.randint(1, 20))}栋{_cn_digits(_room(r), r, False)}"))
    return "", f"{head}{r.choice(roads)}{_cn_num(_no(r))}号{tail}", ""


def _a_lines(r):
    prov, city, dists, roads = _city(r)
    d, towns = r.choice(dists)
    v = r.choice((f"{prov}{city}{d}\n{r.choice(towns)}{r.choice(roads)}{_no(r)}号",
                  f"{city}{d}{r.choice(roads)}{_no(r)}号\n{r.choice(ESTATES)}{r.randint(1, 20)}栋{_room(r)}",
                  f"{city}{d}\n{r.choice(roads)}{_no(r)}号"))
    return "", v, ""


FMT_TABLES: dict = {
    "mobile": (("plain", "TV", 10, _m_plain), ("space_344", "T", 4, _m_space), ("dash_344", "T", 2, _m_dash),
               ("prefix86", "T", 1, _m_86), ("fullwidth", "T", 1, _m_fw), ("voice_words", "V", 2, _m_words),
               ("voice_comma", "V", 3, _m_vcomma), ("line_break", "T", 1, _m_lines)),
    "landline": (("area_dash", "T", 6, _l_dash), ("area_paren", "T", 2, _l_paren), ("area_space", "TV", 2, _l_space),
                 ("area_plain", "TV", 2, _l_plain), ("area_dash_ext", "T", 2, _l_ext), ("local_only", "TV", 1, _l_local),
                 ("voice_words", "V", 2, _l_words)),
    "qq": (("plain", "TV", 8, _q_plain), ("space_group", "T", 2, _q_space), ("fullwidth", "T", 1, _q_fw),
           ("voice_words", "V", 2, _q_words)),
    "wechat": (("alnum", "TV", 6, _w_alnum), ("underscore", "T", 3, _w_under), ("dash", "T", 2, _w_dash),
               ("wxid", "T", 1, _w_wxid), ("mixed_case", "T", 2, _w_mixed)),
    "email": (("qq_mail", "TV", 5, _e_qq), ("netease", "T", 4, _e_163), ("corp_domain", "T", 3, _e_corp),
              ("dotted_name", "T", 2, _e_dotted), ("voice_words", "V", 3, _e_voice)),
    "id_card": (("plain", "TV", 8, _i_plain), ("x_upper", "TV", 2, _i_xup), ("x_lower", "T", 1, _i_xlow),
                ("space_6_8_4", "T", 2, _i_space), ("voice_comma", "V", 3, _i_vcomma), ("line_break", "T", 1, _i_lines)),
    "bank_card": (("plain_62", "TV", 8, _c_62), ("space_4", "T", 5, _c_space), ("dash_4", "T", 1, _c_dash),
                  ("plain_95", "TV", 2, _c_95), ("visa_mc_space", "T", 1, _c_vm), ("voice_comma", "V", 3, _c_vcomma)),
    "plate": (("plain", "TV", 10, _p_plain), ("middot", "T", 2, _p_dot), ("space", "T", 2, _p_space),
              ("dash", "T", 1, _p_dash), ("lower_letter", "TV", 2, _p_lower), ("new_energy", "TV", 2, _p_nev)),
    "trailer": (("trailer_plain", "TV", 6, _t_plain), ("trailer_space", "T", 1, _t_space),
                ("trailer_middot", "T", 1, _t_dot)),
    "address": (("prov_full", "TV", 4, _a_prov), ("city_road_no", "TV", 4, _a_city), ("district_start", "TV", 4, _a_district),
                ("road_no", "TV", 3, _a_road), ("estate_room", "TV", 4, _a_estate), ("dashed_room", "T", 2, _a_dashed),
                ("village", "TV", 2, _a_village), ("industrial_park", "TV", 3, _a_park), ("market_shop", "T", 2, _a_market),
                ("office_floor", "T", 1, _a_office), ("voice_cn_num", "V", 4, _a_voice), ("line_break", "T", 1, _a_lines)),
}
SLOT_KIND = {"mobile": "mobile", "landline": "landline", "qq": "qq", "wechat": "wechat", "email": "email",
             "id": "id_card", "card": "bank_card", "plate": "plate", "trailer": "plate", "addr": "address"}
SLOT_TABLE = {"mobile": "mobile", "landline": "landline", "qq": "qq", "wechat": "wechat", "email": "email",
              "id": "id_card", "card": "bank_card", "plate": "plate", "trailer": "trailer", "addr": "address"}


# --------------------------------------------------------------------------------------------
# near-miss generators: kind -> fn(rng) -> str  (the span is the whole returned value)
# --------------------------------------------------------------------------------------------

def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _fail_luhn(s: str) -> str:
    if _luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def _nm_waybill(r):
    return r.choice((f"SF{r.choice(('14', '13', '11'))}{_digits(r, 11)}", f"YT{r.choice(('78', '88', '23'))}{_digits(r, 11)}",
                     f"JT{r.choice(('3', '5'))}{_digits(r, 12)}", f"JDVA{_digits(r, 11)}", f"DPK{_digits(r, 12)}",
                     f"{r.choice(('7731', '7592', '7858'))}{_digits(r, 10)}", f"{r.choice(('4312', '4318', '3139'))}{_digits(r, 9)}",
                     f"YD{_digits(r, 12)}", f"{r.choice(('7731', '4312'))} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}"))


def _nm_order(r):
    while True:
        v = r.choice((f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 10)}",
                      f"{r.choice(('30', '41', '59'))}{_digits(r, 14)}", f"HLL{_digits(r, 13)}", f"MB{_digits(r, 12)}",
                      f"YD{r.randint(20240101, 20241230)}{_digits(r, 5)}", f"1{r.choice('789')}{_digits(r, 15)}"))
        n = _norm(v)
        if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
            continue
        if n.isdigit() and len(n) == 18 and _id_ok(n):
            continue
        return v


def _nm_freight(r):
    return r.choice((f"{r.randint(18, 95) * 100}", f"{r.randint(18, 95) * 100}元", f"{r.randint(12, 98) / 10:.1f}万",
                     f"¥{r.randint(8, 96) * 100:,}.00", f"{r.randint(150, 260)}一吨", f"{r.randint(3, 9)}个点"))


def _nm_weight(r):
    return r.choice((f"{r.randint(5, 34)}吨", f"{r.randint(50, 335) / 10:.1f}吨", f"{r.randint(10, 33)}t",
                     f"{r.randint(8, 90)}方", f"{r.randint(200, 980)}公斤", f"{r.randint(10, 32)}个托"))


def _nm_distance(r):
    return r.choice((f"{r.randint(3, 480)}公里", f"{r.randint(10, 900)}km", f"{r.randint(2, 9)}00多公里",
                     f"{r.randint(2, 40)}公里左右"))


def _nm_odometer(r):
    return r.choice((f"{r.randint(10, 99) / 10:.1f}万公里", f"{r.randint(3, 60)}万公里", f"{r.randint(30, 900) * 1000}公里",
                     f"{r.randint(3, 80)}万多公里"))


def _nm_amount(r):
    return r.choice((f"{r.randint(20, 900)}元", f"{r.randint(20, 900)}", f"¥{r.randint(20, 3000)}.{r.choice(('00', '50'))}",
                     f"{r.randint(1, 9)}百多", f"{r.randint(100, 2000)}块"))


def _nm_km(r):
    return r.choice((f"K{r.randint(10, 2400)}+{r.randint(0, 9)}00", f"K{r.randint(10, 2400)}", f"{r.randint(10, 2400)}公里处",
                     f"{r.randint(10, 2400)}公里桩", f"k{r.randint(10, 999)}"))


def _nm_highway(r):
    return r.choice(("G15沈海高速", "G60沪昆高速", "S26诸永高速", "G4京港澳", "G2京沪高速", "G1501绕城", "G30连霍",
                     "G25长深高速", "G3京台", "S32申嘉湖", "G205国道", "G107"))


def _nm_date(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}号下午{r.randint(1, 5)}点",
                     f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(6, 22):02d}:{r.choice(('00', '30', '15'))}",
                     f"{r.randint(1, 28)}号", f"明天早上{r.randint(5, 9)}:{r.choice(('00', '30'))}",
                     f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}", f"周{r.choice('一二三四五六日')}上午{r.randint(8, 10)}点"))


def _nm_hotline(r):
    return r.choice(("95338", "95311", "95554", "95543", "95546", "11183", "950616", "12122", "12123", "122",
                     "400-000-0999", f"400-{r.randint(600, 899)}-{_digits(r, 4)}", f"400{r.randint(100, 999)}{_digits(r, 4)}",
                     f"400 {r.randint(100, 999)} {_digits(r, 4)}", f"800-{r.randint(810, 830)}-{_digits(r, 4)}", "96211", "12345"))


def _nm_container(r):
    return r.choice(("MSKU", "TGHU", "CSNU", "OOLU", "TCNU", "EMCU", "CMAU", "TEMU", "FCIU")) + \
        r.choice(("", " ")) + _digits(r, 7)


def _nm_seal(r):
    return r.choice((f"H{_digits(r, 7)}", f"CN{_digits(r, 7)}", f"EMCB{_digits(r, 6)}", f"{r.choice('ABK')}{_digits(r, 6)}"))


def _nm_vin(r):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(("LFW", "LGA", "LZG", "LZZ", "LSV", "LFV", "LGB", "LVS", "LRD")) + \
        "".join(r.choice(ch) for _ in range(8)) + _digits(r, 6)


def _nm_dock(r):
    return r.choice((f"{r.randint(1, 40)}号月台", f"{r.randint(1, 9)}号门", f"{r.choice('ABCD')}区{r.randint(1, 30)}号道口",
                     f"{r.randint(1, 24)}号卸货口", f"{r.randint(1, 12)}号库", f"{r.randint(1, 60)}号泊位"))


def _nm_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399):03d}", f"地下二层{r.choice('ABCD')}{r.randint(1, 300):03d}",
                     f"P{r.randint(1, 5)}-{r.randint(100, 499)}", f"{r.randint(1, 300)}号车位"))


def _nm_masked(r):
    m = _mobile(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"6222 **** **** {_digits(r, 4)}",
                     f"{r.choice(ID_AREAS)[:4]}**********{_digits(r, 3)}{r.choice('0123456789X')}",
                     f"{r.choice(PINYIN)}***@163.com", f"{r.choice(PLATE_PROV)}{r.choice('ABCDE')}***{_digits(r, 2)}"))


def _nm_tail(r):
    return _digits(r, 4)


def _nm_bad_id(r):
    while True:
        v = _id(r)
        bad = v[:17] + r.choice([x for x in "0123456789X" if x != v[17]])
        if not (bad.isdigit() and _luhn_ok(bad)):
            return bad


def _nm_bad_card(r):
    v = _card(r, BINS_62)
    return _fail_luhn(v[:-1] + str((int(v[-1]) + r.randint(1, 9)) % 10))


def _nm_fuel(r):
    v = _fail_luhn("100011" + _digits(r, 13))
    return v if r.random() < 0.5 else _group(v, (4, 4, 4, 4), " ")


def _nm_verify(r):
    return _digits(r, r.choice((4, 6, 6)))


def _nm_pickup(r):
    return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1, 3)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(1, 9)}",
                     f"{r.randint(10, 99)}-{r.randint(1, 6)}-{_digits(r, 4)}", f"{_digits(r, 6)}", f"A{r.randint(1, 30)}-{_digits(r, 4)}"))


def _nm_gps(r):
    return f"{r.randint(22, 40)}.{_digits(r, r.choice((4, 6)))},{r.choice(('', ' '))}{r.randint(104, 122)}.{_digits(r, r.choice((4, 6)))}"


def _nm_postal(r):
    return r.choice(("215000", "215131", "314000", "315800", "518000", "518103", "510440", "523900", "201300",
                     "450000", "276000", "610500", "430040", "065000", "300300"))


def _nm_invoice(r):
    return r.choice((_digits(r, 8), f"0{r.choice(('32', '44', '33'))}00{_digits(r, 7)}", f"24{r.choice(('32', '44', '33'))}2000000{_digits(r, 9)}"))


def _nm_credit(r):
    ch = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + r.choice(("3205", "3304", "4403", "4419", "3101", "4101", "3713")) + _digits(r, 2) + "MA" + \
        "".join(r.choice(ch) for _ in range(8)) + r.choice("ABCDEFGHJKLMNPQRTUWXY")


def _nm_model(r):
    return r.choice(("KFR-35GW/NhGd3BAa", "KFR-72LW/(72555)FNhAa-B1", "JSQ25-13WH5D", "BCD-520WKPZM(E)", "XQG100-14B1",
                     "EG10014B39GU1", "JSQ30-16ZH7", "CXW-260-E900C11", "65E3F", "KFR-26GW/BpR3DN1", "F80-15A4(HE)"))


def _nm_work_order(r):
    return r.choice((f"GD{r.randint(20240101, 20241230)}{_digits(r, 6)}", f"BX{_digits(r, 12)}",
                     f"WX-{_digits(r, 8)}", f"AZ{_digits(r, 10)}"))


def _nm_car(r):
    return r.choice(("解放J6P", "东风天龙", "陕汽德龙X3000", "重汽豪沃", "4.2米厢货", "9米6高栏", "13米平板", "17米5",
                     "江淮帅铃", "6米8厢车", "依维柯", "金杯海狮", "五菱荣光", "解放JH6"))


def _nm_place(r):
    return r.choice(("嘉兴服务区", "义乌国际商贸城", "宁波北仑港", "浦东机场T2", "临沂商城", "沙井", "虎门", "郑州东站",
                     "新都物流港", "传化公路港", "白云机场", "长安服务区", "天津港", "昆山南", "南湖服务区", "广州南站"))


def _nm_rent(r):
    return r.choice((f"{r.randint(12, 65) * 100}一个月", f"{r.randint(12, 65) * 100}/月", "押一付三", f"{r.randint(35, 140)}平",
                     f"{r.randint(12, 65) * 100}元", f"物业费{r.randint(15, 45) / 10:.1f}", "押二付一"))


def _nm_door(r):
    return r.choice((f"{_digits(r, 6)}#", f"#{_digits(r, 4)}", _digits(r, 6), f"{_digits(r, 4)}*"))


def _nm_violation(r):
    return r.choice((f"{r.choice(('1', '6', '1'))}{r.randint(100, 999)}", f"扣{r.choice((3, 6, 1, 9))}分罚{r.choice((100, 200, 150))}",
                     f"罚款{r.choice((100, 150, 200))}元", f"{r.randint(10, 50)}%"))


def _nm_reefer(r):
    return r.choice(("零下18度", "-18℃", "2到8度", "零下25", "0-4℃"))


NM_GEN = {
    "waybill": _nm_waybill, "order_no": _nm_order, "freight": _nm_freight, "weight": _nm_weight,
    "distance": _nm_distance, "odometer": _nm_odometer, "amount": _nm_amount, "km_marker": _nm_km, "highway": _nm_highway, "date_time": _nm_date,
    "hotline": _nm_hotline, "container": _nm_container, "seal_no": _nm_seal, "vin": _nm_vin, "dock": _nm_dock,
    "parking": _nm_parking, "masked": _nm_masked, "tail_digits": _nm_tail, "bad_id": _nm_bad_id,
    "bad_card": _nm_bad_card, "fuel_card": _nm_fuel, "verify_code": _nm_verify, "pickup_code": _nm_pickup,
    "gps": _nm_gps, "postal_code": _nm_postal, "invoice_no": _nm_invoice, "credit_code": _nm_credit,
    "model_no": _nm_model, "work_order": _nm_work_order, "car_model": _nm_car, "place_only": _nm_place,
    "rent": _nm_rent, "door_code": _nm_door, "violation": _nm_violation, "reefer_temp": _nm_reefer,
}

# fillers: never labelled, never personal
FILL = {
    "t": ("明早7点", "下午两点", "今晚十点前", "中午12点前", "明天上午", "后天一早", "三点半", "晚上8点以后"),
    "bank": ("工商银行", "农业银行", "建设银行", "招商银行", "邮储", "农商行", "中国银行", "交通银行"),
    "goods": ("钢卷", "冻品", "家具", "纸箱", "饮料", "建材", "化肥", "电动车", "服装", "配件"),
    "co": ("顺鑫物流", "恒通供应链", "安达专线", "速运达", "佳运搬家", "聚家房产", "快修到家", "鸿运租车", "路安救援"),
    "mark": ("对面", "门口", "旁边的路口", "后门", "隔壁", "东门", "北门进来"),
    "app": ("滴滴", "货拉拉", "满帮", "运满满", "高德", "神州租车", "一嗨"),
    "emo": ("", "", "", "🙏", "👌", "😂", "[抱拳]", "[OK]", "👍", "🚚"),
}

# --------------------------------------------------------------------------------------------
# templates.  {slot} = PII slot, {~kind} = near-miss, {$fill} = filler.
# --------------------------------------------------------------------------------------------

PII_TEMPLATES = (
    # ---- freight dispatch, typed
    ("T", "车牌{plate}，9米6高栏，{$t}能到{$emo}"),
    ("T", "车牌{plate} 司机电话{mobile}"),
    ("T", "车头{plate}\n挂车{trailer}\n司机{mobile}"),
    ("T", "装货地址：{addr}\n联系电话：{mobile}"),
    ("T", "卸货地：{addr}，到了打{landline}找仓库收货"),
    ("T", "到哪了师傅  收货人电话{mobile} 下午五点前必须卸完"),
    ("T", "提货地址{addr}，{$t}前到，运费{~freight}"),
    ("T", "运单{~waybill}，车号{plate}，已经发车了"),
    ("T", "你好，我是{$co}调度，明天来装{$goods}的车是{plate}，麻烦门卫登记一下"),
    ("T", "司机身份证{id}\n车牌{plate}\n手机{mobile}"),
    ("T", "进港报备：车头{plate} 挂{trailer} 身份证{id}"),
    ("T", "{mobile} 这是司机电话，车已经上高速了"),
    ("T", "运费结算打到这张卡 {card} {$bank} 户名司机本人"),
    ("T", "老板 运费打我卡上吧 {card}"),
    ("T", "卡号{card}\n开户行：{$bank}"),
    ("T", "{card}这个卡 {$bank}的 麻烦今天结一下{$emo}"),
    ("T", "发票寄到{addr}，收件电话{mobile}"),
    ("T", "对账单发我邮箱{email}，谢谢"),
    ("T", "回单拍照发{email}就行，原件月底寄回公司"),
    ("T", "有事打我座机{landline}，手机{mobile}"),
    ("T", "仓库电话{landline}，白天有人，晚上打不通"),
    ("T", "收货仓库{addr}，电话{landline}，{~dock}卸货"),
    ("T", "{plate}的师傅，你的回单还没交，{$t}前交到{addr}"),
    ("T", "1、车牌：{plate}\n2、挂车：{trailer}\n3、司机电话：{mobile}\n4、卸货：{addr}"),
    ("T", "装车完毕{$emo} {plate} {~weight} 预计{~date_time}到"),
    ("T", "到了\n在{$mark}等\n{plate}\n{mobile}"),
    ("T", "装货\n{addr}\n{mobile}\n{$t}"),
    ("T", "货主电话{mobile}，他在{addr}{$mark}等你"),
    ("T", "这车挂车是{trailer}，车头换了，新车头{plate}"),
    ("T", "{trailer} 这个挂车年审过了没"),
    ("T", "挂车号{trailer}，车头{plate}，拉{~weight}{$goods}"),
    ("T", "新司机入驻：身份证号{id}，手机{mobile}，收款卡{card}"),
    ("T", "把调度群拉一下这个司机，微信{wechat}"),
    ("T", "加我微信吧 {wechat}，照片发微信上清楚点"),
    ("T", "单子我发你QQ了 {qq} 查收一下"),
    ("T", "QQ：{qq}\n邮箱：{email}"),
    ("T", "公司邮箱{email}，有问题打{landline}"),
    ("T", "电话发错了，是{mobile}，不是{mobile}"),
    ("T", "地址是{addr}，不对，是{addr}，前面那个是老仓库"),
    ("T", "车牌{plate}打错了，应该是{plate}"),
    ("T", "{plate}\n{trailer}\n{id}\n{mobile}"),
    ("T", "从{addr}装，到{addr}卸，{~distance}，{~freight}走不走"),
    ("T", "麻烦帮忙登记一下进园：{plate}，司机手机{mobile}，{~date_time}到"),
    # ---- ride hailing / rental, typed
    ("T", "您好，我已经到{addr}{$mark}了，车牌{plate}，白色的"),
    ("T", "我在{$app}上叫的车，车牌{plate}，手机落车上了，麻烦联系下司机，我电话{mobile}"),
    ("T", "租车登记：身份证{id}，驾驶证同号，联系电话{mobile}"),
    ("T", "取车地址{addr}，还车也在这，押金退到{card}"),
    ("T", "押金原路退不了的话退到这张卡{card}吧"),
    ("T", "我租的车{plate}在{~highway}{~km_marker}爆胎了，电话{mobile}"),
    ("T", "紧急联系人电话{mobile}，我的身份证号{id}"),
    ("T", "发票抬头个人就行，发到{email}"),
    # ---- traffic violation agent
    ("T", "帮我查下{plate}的违章，车主身份证{id}"),
    ("T", "代办的话行驶证照片发我，车牌{plate}，联系电话{mobile}"),
    ("T", "{plate} 有条违章{~violation}，要本人处理"),
    ("T", "车主：本人\n车牌：{plate}\n身份证：{id}\n电话：{mobile}"),
    ("T", "这个是我家里人的车 {plate} 车主身份证{id}"),
    # ---- roadside / towing
    ("T", "我在{~highway}{~km_marker}附近，车{plate}，电话{mobile}，要拖车"),
    ("T", "拖车师傅电话{mobile}，拖到{addr}的修理厂"),
    ("T", "救援地址：{addr}{$mark}，车{plate}打不着火"),
    ("T", "定位发你了，大概在{addr}附近，电话{mobile}"),
    ("T", "修理厂座机{landline}，地址{addr}"),
    # ---- home repair / installation
    ("T", "师傅，安装地址{addr}，电话{mobile}，空调型号{~model_no}"),
    ("T", "报修工单{~work_order}，地址{addr}，联系电话{mobile}"),
    ("T", "上门地址改一下，改成{addr}"),
    ("T", "{addr}，{$t}，热水器漏水{$emo}"),
    ("T", "师傅你好，我家地址{addr}，到了打我电话{mobile}或者{landline}"),
    ("T", "安装费转账的话，卡号{card}，{$bank}"),
    ("T", "客户电话{mobile}\n地址{addr}\n装洗衣机"),
    # ---- moving
    ("T", "搬家：{addr} → {addr}，联系人{mobile}"),
    ("T", "旧房{addr}，新房{addr}，都有电梯"),
    ("T", "搬家师傅 明早8点到{addr}，电话{mobile}，{$emo}"),
    ("T", "定金付过了，尾款打到{card}，有问题打我们座机{landline}"),
    # ---- property rental
    ("T", "房子在{addr}，两室一厅，{~rent}，看房打{mobile}"),
    ("T", "房东电话{mobile}，房东身份证{id}，签合同用"),
    ("T", "房租每月5号前打到{card}，{$bank}"),
    ("T", "明天下午三点看房，{addr}，到了给我打电话{mobile}"),
    ("T", "租客微信{wechat}，我拉你们进群"),
    ("T", "我是中介，{mobile}（微信同号）"),
    ("T", "合同发你邮箱了{email}，看下没问题就签"),
    ("T", "乙方身份证号：{id}\n联系电话：{mobile}\n房屋地址：{addr}"),
    ("T", "钥匙在物业，物业电话{landline}"),
    # ---- courier pickup
    ("T", "寄件地址{addr}，电话{mobile}，下午来取件"),
    ("T", "收件人电话{mobile} 地址{addr}"),
    ("T", "快递员电话{mobile}，说放{addr}{$mark}的驿站了"),
    ("T", "{mobile}\n{addr}\n寄两箱{$goods}"),
    # ---- misc typed with email/qq/wechat/landline for balance
    ("T", "我们财务的邮箱是{email}，发票开好了发过去"),
    ("T", "邮箱 {email}\n电话 {mobile}"),
    ("T", "{email} 这个邮箱收不到吗？换个{email}"),
    ("T", "扣扣{qq}，加的时候备注{$co}"),
    ("T", "Q{qq} 图片在QQ上传给我，微信传的太糊了"),
    ("T", "我qq号是{qq}，微信{wechat}，都可以"),
    ("T", "加一下调度的微信：{wechat}"),
    ("T", "微信搜{wechat}，头像是个货车"),
    ("T", "vx：{wechat}"),
    ("T", "{wechat} 这是我新微信，老的封了"),
    ("T", "办公室电话{landline}，找财务"),
    ("T", "{landline}（公司座机）\n{mobile}（手机）"),
    ("T", "前台电话{landline}，上班时间8:30-17:30"),
    ("T", "总机{landline}，说找调度就行"),
    # ---- voice input (drivers / technicians on the road)
    ("V", "我现在在{~place_only}这边还有{~distance}到你那个{addr}大概{$t}到"),
    ("V", "老板你好我车牌号是{plate}我已经到门口了"),
    ("V", "你把地址再发一下是不是{addr}"),
    ("V", "我电话{mobile}到了你打我"),
    ("V", "我的车是{plate}挂车是{trailer}拉的是{~weight}"),
    ("V", "卡号是{card}{$bank}的"),
    ("V", "身份证号{id}"),
    ("V", "我身份证是{id}你那边登记一下"),
    ("V", "我QQ号{qq}你把单子发过来"),
    ("V", "我那个备用电话是{mobile}这个号打不通就打那个"),
    ("V", "喂师傅你好我是{$co}的我们仓库在{addr}你导航过来就行"),
    ("V", "我到了到了我就在{addr}{$mark}你出来一下"),
    ("V", "收货的电话是{mobile}你直接跟他联系"),
    ("V", "挂车号{trailer}车头{plate}"),
    ("V", "我车牌{plate}。电话{mobile}。"),
    ("V", "运费打到{card}这个卡上谢谢老板"),
    ("V", "我的邮箱是{email}你把合同发一下"),
    ("V", "邮箱{email}"),
    ("V", "QQ是{qq}你加我一下"),
    ("V", "座机是{landline}你打这个"),
    ("V", "他们仓库座机{landline}有人接"),
    ("V", "好的好的地址是{addr}对吧我{$t}过来"),
    ("V", "师傅你好我是来装空调的你家是{addr}吧我电话{mobile}"),
    ("V", "房子在{addr}你明天过来看我手机{mobile}"),
    ("V", "我现在被拖到{addr}了电话{mobile}"),
    ("V", "电话号码{mobile}，身份证号{id}"),
    ("V", "你记一下{mobile}是我电话，我车牌{plate}"),
    ("V", "我在{~highway}{~km_marker}这车{plate}坏了"),
    ("V", "银行卡{card}你转那个上面"),
    ("V", "我微信就是{wechat}你加一下"),
    ("V", "刚才说错了电话是{mobile}"),
    ("V", "对对对就是{addr}没错"),
    ("V", "我把我邮箱给你{email}"),
    ("V", "你打这个{landline}是我们公司的"),
    ("V", "扣扣{qq}"),
    ("V", "我那个卡号你记一下{card}户名是我本人"),
    ("V", "换一张卡吧{card}这个是{$bank}的"),
    ("V", "老板运费转我卡上卡号{card}"),
    ("V", "登记的话我身份证{id}车牌{plate}"),
    ("V", "你登记一下他身份证{id}他是跟车的"),
    ("V", "合同发我邮箱吧{email}"),
    ("V", "发票你发到{email}这个邮箱"),
    ("V", "打我们店里电话{landline}白天都有人"),
    ("V", "你记一下号码{landline}是座机"),
    ("V", "加我QQ{qq}我把照片传你"),
    ("V", "我的QQ号码是{qq}"),
    ("T", "师傅QQ多少？我发装车单\n{qq}"),
    ("T", "这个QQ{qq}是我们调度的，有事找他"),
    ("T", "微信号：{wechat}\n手机：{mobile}"),
    ("T", "你加下房东微信{wechat}，房租直接转他"),
    ("T", "搬家群里加{wechat}，报价发你"),
)

NEAR_TEMPLATES = (
    ("T", "运单号{~waybill}，麻烦查一下到哪了"),
    ("T", "{~waybill} 这单签收了吗"),
    ("T", "这车{~weight}，{~car_model}，{~freight}走不走"),
    ("T", "还有{~distance}到，预计{~date_time}"),
    ("T", "我在{~highway}{~km_marker}，堵死了{$emo}"),
    ("T", "请到{~dock}装货，排队号看屏幕"),
    ("T", "集装箱号{~container}，封号{~seal_no}"),
    ("T", "箱号{~container} 提箱了没"),
    ("T", "车架号{~vin}，麻烦核对一下"),
    ("T", "门锁密码{~door_code}，进门先换鞋"),
    ("T", "验证码{~verify_code}，司机说要这个才能发车"),
    ("T", "取件码{~pickup_code}，在{~place_only}的丰巢"),
    ("T", "你直接打客服{~hotline}吧"),
    ("T", "尾号{~tail_digits}的师傅到了吗"),
    ("T", "{$app}订单号{~order_no}，司机多收了钱"),
    ("T", "发票号码{~invoice_no}，金额{~amount}"),
    ("T", "统一社会信用代码{~credit_code}，开专票用"),
    ("T", "房租{~rent}，{~rent}，水电自理"),
    ("T", "{~masked}是你的号吗？"),
    ("T", "系统提示身份证号不对：{~bad_id}，你再核对下"),
    ("T", "这卡号{~bad_card}转不过去，提示卡号错误"),
    ("T", "油卡卡号{~fuel_card}，充{~amount}"),
    ("T", "定位{~gps}，你看下是不是这里"),
    ("T", "邮编{~postal_code}需要填吗"),
    ("T", "工单{~work_order}已派单，师傅{~date_time}上门"),
    ("T", "空调型号{~model_no}，要不要加铜管"),
    ("T", "到{~place_only}了，{~dock}在哪"),
    ("T", "违章代码{~violation}，这个能代办吗"),
    ("T", "冷链车温度设{~reefer_temp}，别忘了"),
    ("T", "车位{~parking}，车停那了钥匙在前台"),
    ("T", "{~date_time}装{~weight}，{~car_model}"),
    ("T", "{~place_only}到{~place_only}，{~weight}{$goods}，{~freight}"),
    ("T", "过磅{~weight}，超了{~weight}"),
    ("T", "今天跑了{~distance}，过路费{~amount}"),
    ("T", "里程表{~odometer}了，该保养了"),
    ("T", "这车才跑了{~odometer}，{~car_model}，车况没问题"),
    ("V", "我这车都{~odometer}了该换轮胎了"),
    ("T", "上门费{~amount}，材料另算"),
    ("T", "拖车{~distance}，收了{~amount}，正常吗"),
    ("V", "那个停车费{~amount}你给我报一下"),
    ("T", "快递单号{~waybill}\n{~waybill}\n两个都发了"),
    ("T", "订单{~order_no}已取消，定金退回原账户"),
    ("T", "客服电话是{~hotline}还是{~hotline}？"),
    ("T", "卸货排到{~dock}了，前面还有{~weight}"),
    ("T", "这个单子的回单号{~waybill}，对一下账"),
    ("T", "租金{~rent}，面积{~rent}，{~date_time}能看房"),
    ("T", "物流费用{~freight}，含税"),
    ("T", "报修单号：{~work_order}\n型号：{~model_no}"),
    ("T", "卡后四位{~tail_digits}，钱到了吗"),
    ("T", "{~masked} 这个号码是您吗，系统显示打不通"),
    ("T", "拖车费{~amount}，{~distance}以内"),
    ("T", "{~highway}封了，在{~place_only}下"),
    ("T", "这批货{~weight}，要{~car_model}"),
    ("T", "预约{~date_time}进港，{~container}"),
    ("T", "铅封{~seal_no}拍照发群里"),
    ("T", "发票代码{~invoice_no} 号码{~invoice_no}"),
    ("T", "收货码{~pickup_code}，报给门卫"),
    ("T", "密码{~door_code}，锁坏了打物业"),
    ("T", "打{~hotline}报案，说在{~km_marker}"),
    ("T", "我的货呢？单号{~waybill}，{~date_time}就发了"),
    ("T", "二次验证码{~verify_code}"),
    ("T", "{~order_no} 这个单是我的"),
    ("T", "停在{~parking}，黑色{~car_model}"),
    ("T", "这身份证{~bad_id}是不是少拍了一位？上传一直失败"),
    ("T", "{~bad_card} 这个号对不上，银行退回来了"),
    ("T", "{~car_model}，车况好，跑了{~odometer}，诚心要的私聊"),
    ("T", "冻品{~weight}，{~reefer_temp}，{~place_only}卸"),
    ("V", "我现在在{~place_only}还有{~distance}"),
    ("V", "那个单号是{~waybill}你查一下"),
    ("V", "我这车是{~car_model}能拉{~weight}"),
    ("V", "前面{~km_marker}出事故了堵了{~distance}"),
    ("V", "我排在{~dock}等卸货"),
    ("V", "运费{~freight}少了点吧"),
    ("V", "验证码是{~verify_code}"),
    ("V", "取件码{~pickup_code}"),
    ("V", "大概{~date_time}能到"),
    ("V", "我在{~highway}上面{~km_marker}"),
    ("V", "你打那个{~hotline}问一下"),
    ("V", "尾号是{~tail_digits}"),
    ("V", "订单号{~order_no}"),
    ("V", "这个房子{~rent}押一付三"),
    ("V", "型号是{~model_no}"),
    ("V", "箱号{~container}"),
    ("V", "我明天去{~place_only}装货{~date_time}到"),
    ("T", "车架号后六位对不上，行驶证上是{~vin}"),
    ("T", "VIN码：{~vin}\n发动机号看不清"),
    ("V", "车架号是{~vin}"),
    ("T", "加油卡{~fuel_card}余额不够了"),
    ("T", "{~fuel_card} 这张油卡先充{~amount}"),
    ("V", "油卡号{~fuel_card}"),
    ("T", "共享位置：{~gps}"),
    ("T", "经纬度{~gps}，车在这不动了两个小时"),
    ("V", "定位是{~gps}"),
    ("T", "门禁密码{~door_code}，快递放门口就行"),
    ("T", "违章处理完了，{~violation}，收据发你"),
    ("T", "邮编填{~postal_code}，其他的按订单上的"),
    ("T", "开票信息：{$co}，税号{~credit_code}"),
    ("T", "税号{~credit_code}\n开普票就行"),
    ("T", "客户留的号是{~masked}，平台隐私号打不通"),
    ("T", "系统显示收件人{~masked}，是不是你"),
)

PLAIN_LINES = (
    "好的师傅", "收到", "收到{$emo}", "路上注意安全", "几点能到啊", "今天装不了了 明天早上吧", "仓库几点下班", "卸货要排队吗",
    "高速封了 走国道", "回单记得带回来", "师傅你到哪了", "堵车了 晚点到", "好嘞", "明天还有没有车", "这个价太低了 加点吧",
    "房子还在吗", "可以养宠物吗", "空调不制冷了，外机不转", "拖车多久能到", "已经在路上了", "马上到", "{$t}到", "到了给我打电话",
    "门卫不让进，说没有预约", "叉车在哪", "装不下了，还剩两托", "要不要押车", "能开发票吗", "运费怎么算", "有没有回程车",
    "现金还是转账", "师傅辛苦了", "今天先这样", "卸完了", "货有破损，我拍照了", "签收单拍一下", "这个地方导航导不到",
    "前面修路，绕一下", "能不能早点来，中午仓库休息", "{$app}上显示司机已接单", "司机电话打不通", "司机态度不好，我要投诉",
    "退押金要几天", "车有划痕，还车的时候就有的", "违章多久能处理完", "扣分能代吗", "电瓶没电了", "钥匙锁车里了",
    "师傅上门要带梯子", "需要打孔吗", "安装费多少", "加一米铜管多少钱", "周末可以上门吗", "下午有空吗",
    "搬家要拆床吗", "有钢琴，能搬吗", "楼梯房六楼没电梯", "箱子你们带吗", "看房要提前约吗", "能便宜点吗",
    "合同什么时候签", "水电燃气怎么交", "房东同意了", "中介费谁出", "快递什么时候来取", "已经放驿站了", "包装好了",
    "[语音转文字] 好的好的我知道了", "嗯嗯 明白", "行，就这么定了", "稍等我看一下", "我问一下老板", "OK", "[图片]", "[位置]",
    "谢谢{$emo}", "不好意思 刚在开车", "在开车 等会回你", "信号不好 听不清", "到服务区了 吃个饭", "今晚在服务区睡",
    "车坏了 在修", "轮胎换好了 继续走", "又被查超载了", "过磅没问题", "单子丢了怎么办", "能帮我补一张吗",
    "什么时候结账", "上个月的运费还没到", "下周一统一结", "老板 在吗", "有人吗", "你们几点上班", "客服在吗",
    "这个地址对吗", "导航定位不准 你发个位置", "进园区要戴安全帽吗", "需要健康码吗", "要带身份证原件吗",
    "行驶证过期了还能跑吗", "明天限行吗", "我这是国五的车 能进吗", "冷机开着呢", "货到了没人收", "收货人不在 放哪",
    "压车一天算多少钱", "今天加了两次油", "ETC扣费不对", "过路费谁出", "我明天回老家 后天再跑", "这趟不拉了",
    "价格合适就走", "{$goods}怕压，别叠太高", "装车拍照发群里", "大家注意 明天早上仓库盘点 不装车",
    "下雨了 货盖好篷布", "这边雪太大 封路了", "等交警处理", "保险公司的人到了", "定损完了", "车拖走了",
)

# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------

def _nm_sound(v: str) -> bool:
    """A near-miss must not pass as a card, an ID or a mobile once separators are dropped."""
    n = _norm(v)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    return not (n.isdigit() and re.fullmatch(r"1[3-9]\d{9}", n))


_SLOT_RE = re.compile(r"\{([~$]?)(\w+)\}")


def _slots(tpl: str):
    return [(m.group(1), m.group(2)) for m in _SLOT_RE.finditer(tpl)]


def _pick_fmt(rng, table_key, channel, forced=None):
    tab = FMT_TABLES[table_key]
    if forced is not None:
        for row in tab:
            if row[0] == forced:
                return row
        raise KeyError(forced)
    rows = [row for row in tab if channel in row[1]]
    weights = [row[2] for row in rows]
    return rng.choices(rows, weights=weights, k=1)[0]


def _render(rng, channel, tpl, forced_slot=None, forced_fmt=None):
    text = ""
    ents, fmts, nms = [], [], []
    pos = 0
    forced_done = False
    for m in _SLOT_RE.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        sigil, name = m.group(1), m.group(2)
        if sigil == "$":
            text += rng.choice(FILL[name])
        elif sigil == "~":
            v = NM_GEN[name](rng)
            while not _nm_sound(v):
                v = NM_GEN[name](rng)
            nms.append((name, len(text), len(text) + len(v)))
            text += v
        else:
            force = None
            if forced_slot == name and not forced_done:
                force, forced_done = forced_fmt, True
            fmt, _, _, fn = _pick_fmt(rng, SLOT_TABLE[name], channel, force)
            pre, v, post = fn(rng)
            text += pre
            ents.append((SLOT_KIND[name], len(text), len(text) + len(v)))
            fmts.append(fmt)
            text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []
    tids = []

    def add(tid, rendered):
        text, ents, fmts, nms = rendered
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nms, split=SPLIT))
        tids.append(tid)

    # 1) forced formats: every format into FORCE_PER_FMT distinct compatible templates
    for table_key, tab in FMT_TABLES.items():
        slot = [s for s, t in SLOT_TABLE.items() if t == table_key][0]
        for fmt, chans, _, _ in tab:
            cands = [i for i, (ch, tpl) in enumerate(PII_TEMPLATES) if ch in chans and ("", slot) in _slots(tpl)]
            assert len(cands) >= 3, (table_key, fmt, len(cands))
            picks = rng.sample(cands, min(FORCE_PER_FMT, len(cands)))
            while len(picks) < FORCE_PER_FMT:
                picks.append(rng.choice(cands))
            for i in picks:
                ch, tpl = PII_TEMPLATES[i]
                add(f"P{i}", _render(rng, ch, tpl, slot, fmt))

    # 2) fill PII rows, letting the rarest kind catch up
    kind_count = Counter(k for r in rows for k, _, _ in r["entities"])
    by_kind = {k: [i for i, (_, tpl) in enumerate(PII_TEMPLATES)
                   if any(SLOT_KIND.get(n) == k for s, n in _slots(tpl) if s == "")] for k in KINDS}
    while len(rows) < N_PII_ROWS or min(kind_count[k] for k in KINDS) < MIN_PER_KIND:
        if rng.random() < 0.45:
            rare = min(KINDS, key=lambda k: (kind_count[k], KINDS.index(k)))
            i = rng.choice(by_kind[rare])
        else:
            i = rng.randrange(len(PII_TEMPLATES))
        ch, tpl = PII_TEMPLATES[i]
        r = _render(rng, ch, tpl)
        add(f"P{i}", r)
        kind_count.update(k for k, _, _ in r[1])

    # 3) near-miss-only rows: every template at least 4 times, then random
    order = [i for i in range(len(NEAR_TEMPLATES)) for _ in range(4)]
    while len(order) < N_NEAR_ROWS:
        order.append(rng.randrange(len(NEAR_TEMPLATES)))
    for i in order:
        ch, tpl = NEAR_TEMPLATES[i]
        add(f"N{i}", _render(rng, ch, tpl))

    # 4) ordinary chat lines
    for _ in range(N_PLAIN_ROWS):
        i = rng.randrange(len(PLAIN_LINES))
        add(f"C{i}", _render(rng, "T", PLAIN_LINES[i]))

    # shuffle deterministically
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    if meta is not None:
        meta.extend(tids[j] for j in idx)
    return pd.DataFrame([rows[j] for j in idx], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind15_corpus() -> pd.DataFrame:
    """The fifteenth blind corpus: transport and field-service WeCom chats."""
    return _build()


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

_PLATE_RE = re.compile(r"[" + PLATE_PROV + r"][A-Z][·•\s\-]?([A-Z0-9]{5}|[DF][0-9]{5}|[0-9]{5}[DF]|[A-Z0-9]{4}挂)")
_ADDR_END = ("号", "栋", "幢", "楼", "单元", "室", "层")
_DIGITLIKE = set("0123456789０１２３４５６７８９零〇一二三四五六七八九幺两洞")


def _check_value(kind: str, v: str, fmt: str) -> None:
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
    elif kind == "landline":
        if fmt == "local_only":
            assert re.fullmatch(r"[2-8]\d{6,7}", n), v
        else:
            assert any(n.startswith(a) and len(n) - len(a) in (7, 8) for a in AREA_CODES), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", n), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+(@|艾特)[A-Za-z0-9.\-]+(\.|点)(com|cn|net|com\.cn)", v), v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in ID_AREAS, v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
        assert n[0] in "456" or n.startswith("95"), v
    elif kind == "plate":
        assert _PLATE_RE.fullmatch(v.upper()), v
    elif kind == "address":
        assert v.endswith(_ADDR_END) or v[-1].isdigit() or v[-1] in _DIGITLIKE, v
        assert not v.endswith(("门口", "对面")), v
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v.strip("，。,.:：") == v, (k, v)
            _check_value(k, v, f)
            if k in ("mobile", "landline", "qq", "id_card", "bank_card"):
                assert s == 0 or text[s - 1] not in _DIGITLIKE or text[:s].endswith(("+86", "0086")), (k, text)
                assert e == len(text) or text[e] not in _DIGITLIKE, (k, text)
            if k in ("wechat", "email", "plate"):
                assert s == 0 or not (text[s - 1].isascii() and text[s - 1].isalnum()), (k, text)
                assert e == len(text) or not (text[e].isascii() and text[e].isalnum()), (k, text)
        for k, s, e in ns:
            assert k in NM_GEN and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
    pii = df[df["entities"].map(len) > 0]
    rest = df[df["entities"].map(len) == 0]
    near = rest[rest["near_misses"].map(len) > 0]
    plain = rest[rest["near_misses"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert len(plain) * 3 >= len(df), (len(plain), len(df))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind15_corpus())  # deterministic
    assert df.equals(_build())
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} plain_rows={c['plain_rows']} "
          f"entities={c['entities']}")
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
    declared = sorted({f"{SLOT_KIND[s]}/{row[0]}" for s, t in SLOT_TABLE.items() for row in FMT_TABLES[t]})
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin
    assert set(c["near_kinds"]) == set(NM_GEN), set(NM_GEN) - set(c["near_kinds"])

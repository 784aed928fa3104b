"""Blind PII corpus no. 75 (``split == "blind75"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十二位写手")
under the blind-writer rules.  What it read: the ``PII_KINDS`` /
``PLACEHOLDERS`` lines of ``toolkit/privacy/mask.py`` (via grep), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry
point names only), and the file listing of ``../shared/datasets/``.  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, other corpora or tests, or any git history; it never imported
``toolkit`` and never ran a masking / finding function on this data.

Theme: OVERSEAS CHINESE AND CROSS-BORDER FAMILIES
-------------------------------------------------
WeCom 1:1 and group chats of a remittance (汇款/换汇) and parcel-forwarding
(集运/转运) service whose customers live in 侨乡 (台山, 开平, 福清, 青田,
晋江, 潮汕, 梅州 ...), Hong Kong, Taiwan, North America, Australia and the UK:
customs clearance forms (收件人身份证), payee cards for remittances, warehouse
pick-up by car (incl. 粤Z cross-border plates), parcels sent both ways.

Value / near-miss decisions for non-mainland data (writer's judgement):

* VALUES (labelled): all mainland formats; Chinese-script Hong Kong and
  Taiwan addresses (formats ``hk_zh``, ``tw_zh``, ``tw_trad``; they use the
  same place units and are personal); English overseas addresses
  (``en_overseas``: from the house / flat number to the post code inclusive,
  the country name after it is outside); overseas personal phone numbers
  (``mobile``: ``hk_852`` 5/6/9-leading, ``tw_886`` / ``tw_09``, ``na_1``
  US / Canada numbers; ``landline``: ``hk_852_fixed`` 2/3-leading).  The
  country codes ``+852`` / ``+886`` / ``+1`` / ``00852`` are outside the span
  like ``+86``.
* Left UNLABELLED (neither value nor near-miss, they are personal but not one
  of the nine kinds): passport / 回乡证 / 台胞证 / HKID numbers.
* NEAR-MISSES (must not be masked, non-personal): tracking numbers (SF, EMS,
  USPS, UPS, 中通), 集运 order / parcel numbers, remittance references and
  Western Union MTCN (10 digits), SWIFT codes, amounts and exchange rates,
  hotlines (95xxx bank lines, 400/800, 12360), dates / times, weights and
  box sizes, pick-up codes like ``8-2-3016``, masked values, card-length
  numbers failing Luhn, ID-shaped strings failing the check digit,
  verification codes, post codes alone, member / warehouse codes, flights,
  places alone (a city, a warehouse, a district), 大写金额.

Seed
----
``SEED = "blind75-侨汇集运-第八十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here; every near-miss whose digits are
16-19 long fails Luhn and every 18-char ID-shaped near-miss fails the check.
Each format is first forced into 5 distinct compatible templates, then each
kind gets a quota of rows, then rows are drawn at random.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of
``(kind, start, end)``), ``formats`` (one per entity), ``near_misses``
(list of ``(near_kind, start, end)``), ``split`` (``"blind75"``).  Spans hold
the value only: cue words, country-code prefixes (+86, 0086, +852 ...) and
landline extensions (转806, -806, 分机806) are outside; separators inside a
value are inside; an address runs from its first place unit to its last
house-level unit (号/栋/座/单元/室/楼/层/巷 number or a bare room number).

Counts (``python tests/privacy/pii_blind75.py``)
-----------------------------------------------
rows=1520 pii_rows=860 near_rows=660 entities=1436
  mobile      410
  address     247
  bank_card   122
  landline    118
  email       117
  wechat      113
  id_card     112
  qq           99
  plate        98
near-miss spans=966 (966 in near-miss rows) kinds=23
  amount 123, order_no 107, date_time 94, place_only 81, tracking_no 61, weight_size 50, rate 41, pickup_code 37, flight 33, verify_code 32, hotline 31, remit_ref 30, member_no 28, invoice_no 27, mtcn 27, bad_card 27, masked 26, amount_upper 24, swift 20, postal_code 18, hs_code 18, time 17, bad_id 14
formats=62 distinct
formats=62 distinct (listed with template counts by the __main__ block), each used >= 4 times in >= 3
templates; 99 PII templates, 69 near-miss-only templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind75-侨汇集运-第八十二位写手"
SPLIT = "blind75"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- helpers
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _C[sum(int(a) * b for a, b in zip(s17, _W)) % 11]


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


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- values
MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
              "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181",
              "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")


def _mob(r):
    return r.choice(MOB_PREFIX) + _digits(r, 8)


def m_plain(r): return "", _mob(r), ""
def m_space344(r): m = _mob(r); return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
def m_dash344(r): m = _mob(r); return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
def m_plus86(r): return r.choice(("+86 ", "+86", "+86-")), _mob(r), ""
def m_0086(r): return "0086", _mob(r), ""
def m_plus86_344(r): m = _mob(r); return "+86 ", f"{m[:3]} {m[3:7]} {m[7:]}", ""
def m_fullwidth(r): return "", "".join(chr(ord(c) + 0xFEE0) for c in _mob(r)), ""
def m_hk(r):
    n = r.choice("569") + _digits(r, 7)
    return r.choice(("+852 ", "+852-", "852 ", "00852 ", "(852) ")), f"{n[:4]} {n[4:]}", ""
def m_hk_tight(r): return r.choice(("+852", "852")), r.choice("569") + _digits(r, 7), ""
def m_tw886(r):
    n = "9" + r.choice("0123789") + _digits(r, 7)
    return r.choice(("+886 ", "+886-", "00886 ")), f"{n[:3]} {n[3:6]} {n[6:]}", ""
def m_tw09(r): n = "09" + r.choice("1235678") + _digits(r, 7); return "", f"{n[:4]}-{n[4:7]}-{n[7:]}", ""
def m_na(r):
    ac = r.choice(("626", "718", "917", "415", "347", "212", "604", "778", "416", "647", "510", "929"))
    n = r.choice("2345678") + _digits(r, 2) + _digits(r, 4)
    st = r.choice(("dash", "paren", "dot"))
    v = {"dash": f"{ac}-{n[:3]}-{n[3:]}", "paren": f"({ac}) {n[:3]}-{n[3:]}", "dot": f"{ac}.{n[:3]}.{n[3:]}"}[st]
    return r.choice(("+1 ", "+1-", "+1 ", "001-")), v, ""


AREA8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0757", "0769",
         "0750", "0754", "0768", "0751", "0753", "0595", "0592", "0591", "0571", "0574", "0577", "0578",
         "0898", "0871")


def _local(r): return r.choice("2345678") + _digits(r, 7)
def l_dash(r): return "", f"{r.choice(AREA8)}-{_local(r)}", ""
def l_paren(r): return "", f"({r.choice(AREA8)}){_local(r)}", ""
def l_plain(r): return "", r.choice(AREA8) + _local(r), ""
def l_space(r): lo = _local(r); return "", f"{r.choice(AREA8)} {lo[:4]} {lo[4:]}", ""
def l_ext(r): return "", f"{r.choice(AREA8)}-{_local(r)}", r.choice(("转806", "-8012", " 分机302", "转0", "-201"))
def l_intl(r):
    a = r.choice(AREA8)[1:]
    return r.choice(("+86-", "+86 ", "0086-")), f"{a}-{_local(r)}", ""
def l_local(r): return "", _local(r), ""
def l_hk_fixed(r):
    n = r.choice("23") + _digits(r, 7)
    return r.choice(("+852 ", "(852) ", "852-")), f"{n[:4]} {n[4:]}", ""


AREA6 = ("440781", "440783", "440784", "440785", "440703", "445102", "440513", "441403", "441402", "350181",
         "350182", "350583", "350582", "350521", "350203", "330302", "330381", "331121", "330382", "110105",
         "310115", "440106", "440304", "460108", "530102", "440402", "441900", "445122")


def _idno(r):
    y = r.randint(1948, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
    s = f"{r.choice(AREA6)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
    return s + _id_check(s)


def _idno_x(r):
    while True:
        s = _idno(r)
        if s.endswith("X"):
            return s


def i_plain(r): return "", _idno(r), ""
def i_x_upper(r): return "", _idno_x(r), ""
def i_x_lower(r): return "", _idno_x(r)[:17] + "x", ""
def i_space684(r): s = _idno(r); return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""


BIN19 = ("622848", "621700", "622202", "621226", "622700", "621661", "622262", "623058", "622150", "621799",
         "621785", "623668")
BIN16 = ("622588", "621483", "601382", "622609")
VISA = ("427020", "436742", "438088", "404117", "414720", "426684")
MC = ("524047", "518710", "552599", "540297", "512425")
D95 = ("955998", "955880", "955888")


def _card(r, bins, n):
    body = r.choice(bins) + _digits(r, n - 7)
    return body + _luhn_digit(body)


def b_plain19(r): return "", _card(r, BIN19, 19), ""
def b_space19(r): return "", _g4(_card(r, BIN19, 19)), ""
def b_plain16(r): return "", _card(r, BIN16, 16), ""
def b_space16(r): return "", _g4(_card(r, BIN16, 16)), ""
def b_visa(r): return "", _g4(_card(r, VISA, 16), r.choice((" ", " ", ""))), ""
def b_mc(r): return "", _g4(_card(r, MC, 16), r.choice((" ", ""))), ""
def b_d95(r): return "", _card(r, D95, 19), ""
def b_dash(r): return "", _g4(_card(r, BIN19, 19), "-"), ""


def _qq(r, lo, hi):
    n = r.randint(lo, hi)
    return r.choice("123456789") + _digits(r, n - 1)


def q_short(r): return "", _qq(r, 6, 8), ""
def q_long(r): return "", _qq(r, 9, 10), ""
def q_space(r): s = _qq(r, 9, 10); return "", f"{s[:3]} {s[3:6]} {s[6:]}", ""


PINYIN = ("chen", "li", "huang", "wong", "lee", "chan", "lin", "zhang", "liang", "wu", "tan", "kwok", "mei",
          "ah", "xiao", "lai", "fong", "ho", "yu", "zheng", "situ", "ouyang", "tse")
EN = ("amy", "kelvin", "winnie", "jason", "grace", "eric", "vivian", "peter", "ivy", "tony", "cindy", "kenny",
      "joyce", "alan", "helen", "sunny", "coco", "ben")


def _handle(r):
    a = r.choice(PINYIN + EN)
    b = r.choice(PINYIN)
    st = r.randint(0, 4)
    if st == 0:
        return a + b + str(r.randint(60, 99))
    if st == 1:
        return a + "_" + b + str(r.randint(1, 999))
    if st == 2:
        return a + "." + b
    if st == 3:
        return a + b + str(r.randint(1960, 2005))
    return a + str(r.randint(100, 9999))


def e_qqnum(r): return "", _qq(r, 6, 10) + "@qq.com", ""
def e_domestic(r): return "", _handle(r) + r.choice(("@163.com", "@126.com", "@sina.com", "@foxmail.com", "@139.com")), ""
def e_intl(r): return "", _handle(r) + r.choice(("@gmail.com", "@hotmail.com", "@outlook.com", "@icloud.com", "@yahoo.com")), ""
def e_hktw(r): return "", _handle(r) + r.choice(("@yahoo.com.hk", "@netvigator.com", "@yahoo.com.tw", "@hinet.net", "@gmail.com.tw", "@hotmail.com.hk", "@ms45.hinet.net")), ""
def e_fw_at(r): return "", _handle(r) + "＠" + r.choice(("163.com", "qq.com", "gmail.com", "126.com")), ""
def e_upper(r): return "", _handle(r).capitalize() + r.choice(("@Gmail.com", "@Hotmail.com", "@163.COM", "@Yahoo.com.hk")), ""


def w_pinyin(r):
    while True:
        h = _handle(r).replace(".", "_")
        if 6 <= len(h) <= 20:
            return "", h, ""
def w_dash(r): return "", r.choice(PINYIN + EN) + "-" + r.choice(PINYIN) + str(r.randint(1, 99)), ""
def w_wxid(r): return "", "wxid_" + "".join(r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)), ""
def w_camel(r): return "", r.choice(EN).capitalize() + r.choice(PINYIN).capitalize() + r.choice(("852", "886", "_NY", "_LA", "88", "_Syd", "666")), ""
def w_mixed(r): return "", r.choice("abcdefghjkmnprstwxyz") + r.choice(PINYIN) + _digits(r, r.randint(4, 6)), ""


PROV = ("粤", "粤", "粤", "闽", "闽", "浙", "沪", "京", "琼", "桂", "苏")
PL = {"粤": "ABCEJSTW", "闽": "ABCDE", "浙": "ACK", "沪": "ABCDN", "京": "ANPQ", "琼": "AB", "桂": "ABC", "苏": "AE"}
ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_body(r):
    s = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), r.randint(0, 2)):
        s[i] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(s)


def _plate(r):
    p = r.choice(PROV)
    return p, r.choice(PL[p]), _plate_body(r)


def p_plain(r): p, c, b = _plate(r); return "", p + c + b, ""
def p_dot(r): p, c, b = _plate(r); return "", p + c + "·" + b, ""
def p_space(r): p, c, b = _plate(r); return "", p + c + " " + b, ""
def p_nev(r): p, c, _ = _plate(r); return "", p + c + r.choice("DF") + _digits(r, 5), ""
def p_lower(r): p, c, b = _plate(r); return "", p + c.lower() + b.lower(), ""
def p_yuez(r):
    body = "".join(r.choice(ALNUM) for _ in range(4))
    return "", "粤Z" + r.choice(("·", "", " ")) + body + r.choice("港港港澳"), ""


# addresses
REG = (
    ("广东省", "江门市", "台山市", ("台城街道", "斗山镇", "端芬镇", "广海镇", "白沙镇"), ("桥湖路", "环北大道", "台西路", "南昌路", "舜德路")),
    ("广东省", "江门市", "开平市", ("长沙街道", "三埠街道", "赤坎镇", "塘口镇", "月山镇"), ("幕沙路", "新昌路", "东兴大道", "港口路")),
    ("广东省", "江门市", "恩平市", ("恩城街道", "君堂镇", "牛江镇"), ("锦江大道", "新平路", "河堤路")),
    ("广东省", "江门市", "蓬江区", ("白沙街道", "环市街道", "杜阮镇"), ("建设路", "港口一路", "胜利路")),
    ("广东省", "广州市", "天河区", ("石牌街道", "林和街道", "员村街道"), ("天河北路", "体育西路", "中山大道西", "黄埔大道西")),
    ("广东省", "深圳市", "福田区", ("华富街道", "莲花街道", "沙头街道"), ("深南中路", "彩田路", "福华三路")),
    ("广东省", "深圳市", "罗湖区", ("东门街道", "黄贝街道"), ("人民南路", "春风路", "沿河北路")),
    ("广东省", "汕头市", "潮阳区", ("文光街道", "棉北街道", "海门镇"), ("东山大道", "棉城路")),
    ("广东省", "梅州市", "梅县区", ("新城街道", "丙村镇", "雁洋镇"), ("华侨大道", "宪梓大道")),
    ("广东省", "潮州市", "湘桥区", ("西湖街道", "城西街道"), ("新洋路", "环城西路")),
    ("福建省", "福州市", "福清市", ("龙山街道", "音西街道", "江阴镇", "城头镇"), ("清昌大道", "福塘路", "融侨路", "利桥街")),
    ("福建省", "福州市", "长乐区", ("吴航街道", "金峰镇", "潭头镇"), ("郑和中路", "胜利路")),
    ("福建省", "泉州市", "晋江市", ("青阳街道", "梅岭街道", "安海镇", "金井镇"), ("世纪大道", "泉安中路", "青华路")),
    ("福建省", "厦门市", "思明区", ("鹭江街道", "莲前街道"), ("鹭江道", "厦禾路", "莲前东路")),
    ("浙江省", "温州市", "鹿城区", ("五马街道", "南汇街道"), ("人民中路", "车站大道", "学院中路")),
    ("浙江省", "丽水市", "青田县", ("鹤城街道", "温溪镇", "仁庄镇"), ("鹤城中路", "龙津路", "江滨路")),
    ("浙江省", "温州市", "瑞安市", ("安阳街道", "玉海街道"), ("万松路", "安阳路")),
    ("上海市", "", "浦东新区", ("陆家嘴街道", "花木街道", "川沙新镇"), ("张杨路", "世纪大道", "浦东南路")),
    ("北京市", "", "朝阳区", ("望京街道", "麦子店街道"), ("望京西路", "朝阳北路", "东三环北路")),
    ("海南省", "海口市", "美兰区", ("海甸街道", "白沙街道"), ("海甸五西路", "和平大道")),
    ("广西壮族自治区", "南宁市", "青秀区", ("新竹街道", "中山街道"), ("民族大道", "竹溪大道")),
)
ESTATE = ("华侨新村", "碧桂园", "侨联花园", "万科城", "锦绣花园", "恒大名都", "侨乡花园", "保利花园", "阳光小区",
          "翠湖苑", "金碧华府", "海景湾", "侨福大厦", "东方明珠花园", "幸福里")
VILLAGE = ("浮石村", "东头村", "南塘村", "自力村", "塘口村", "新安村", "龙田村", "上川村", "东瀚村", "后垵村")


def _room(r):
    fl = r.randint(2, 32)
    return f"{fl}{r.randint(1, 8):02d}"


def _house(r):
    st = r.randint(0, 5)
    if st == 0:
        return f"{r.randint(1, 30)}栋{_room(r)}室"
    if st == 1:
        return f"{r.randint(1, 12)}栋{r.randint(1, 4)}单元{_room(r)}"
    if st == 2:
        return f"{r.randint(1, 20)}号楼{_room(r)}"
    if st == 3:
        return f"{r.randint(1, 12)}-{r.randint(1, 4)}-{_room(r)}"
    if st == 4:
        return f"{r.choice('ABCD')}座{_room(r)}室"
    return f"{r.randint(1, 9)}幢{_room(r)}"


def _num(r): return f"{r.randint(1, 388)}号"


def a_full(r):
    p, c, d, towns, roads = r.choice(REG)
    tw = r.choice(towns) if r.random() < 0.4 else ""
    return "", f"{p}{c}{d}{tw}{r.choice(roads)}{_num(r)}{r.choice(ESTATE)}{_house(r)}", ""


def a_city(r):
    p, c, d, towns, roads = r.choice(REG)
    head = c or p
    return "", f"{head}{d}{r.choice(roads)}{_num(r)}{r.choice(ESTATE) if r.random() < .6 else ''}{_house(r)}", ""


def a_district(r):
    p, c, d, towns, roads = r.choice(REG)
    return "", f"{d}{r.choice(roads)}{_num(r)}{r.choice(ESTATE)}{_house(r)}", ""


def a_village(r):
    p, c, d, towns, roads = r.choice(REG[:4] + REG[7:13] + REG[15:16])
    town = [t for t in towns if t.endswith("镇")] or ["城关镇"]
    lead = r.choice((p + c, c, ""))
    extra = r.choice(("", f"{r.randint(1, 9)}巷", "新村", "村委会"))
    return "", f"{lead}{d}{r.choice(town)}{r.choice(VILLAGE)}{extra}{r.randint(1, 99)}号", ""


def a_spaced(r):
    p, c, d, towns, roads = r.choice(REG)
    parts = [p] + ([c] if c else []) + [d, r.choice(roads), _num(r), r.choice(ESTATE), _house(r)]
    return "", " ".join(parts), ""


def a_estate_bare(r):
    p, c, d, towns, roads = r.choice(REG)
    return "", f"{c or p}{d}{r.choice(ESTATE)}{r.randint(1, 20)}栋{_room(r)}", ""


HK = (("九龙", "旺角", ("弥敦道", "亚皆老街", "西洋菜南街")), ("九龙", "观塘", ("开源道", "观塘道", "协和街")),
      ("新界", "沙田", ("大埔道", "沙田正街", "积福街")), ("新界", "元朗", ("青山公路", "教育路")),
      ("港岛", "北角", ("英皇道", "渣华道", "春秧街")), ("九龙", "土瓜湾", ("马头围道", "北帝街")))
HKB = ("大厦", "中心", "商业大厦", "花园", "楼")


def a_hk(r):
    reg, dist, roads = r.choice(HK)
    lead = r.choice(("香港", "香港", ""))
    b = r.choice(("金辉", "恒安", "富丽", "美孚", "海景", "宝华")) + r.choice(HKB)
    flat = f"{r.randint(2, 30)}楼{r.choice(('A', 'B', 'C', 'D', '1205', '03'))}室"
    return "", f"{lead}{reg}{dist}{r.choice(roads)}{r.randint(1, 688)}号{b}{flat}", ""


TW = (("台北市", "大安区", ("忠孝东路四段", "复兴南路一段", "和平东路二段")), ("新北市", "板桥区", ("文化路一段", "中山路二段")),
      ("台中市", "西屯区", ("台湾大道三段", "河南路二段")), ("高雄市", "苓雅区", ("四维三路", "中正一路")),
      ("桃园市", "中坜区", ("中央西路二段", "延平路")))


def _tw(r):
    c, d, roads = r.choice(TW)
    lane = f"{r.randint(10, 300)}巷" if r.random() < .5 else ""
    return f"{c}{d}{r.choice(roads)}{lane}{r.randint(1, 99)}号{r.randint(2, 15)}楼"


def a_tw(r): return "", _tw(r), ""


_T2 = str.maketrans({"区": "區", "号": "號", "楼": "樓", "台": "臺", "东": "東", "复": "復", "兴": "興", "南": "南",
                     "二": "二", "湾": "灣", "坜": "壢", "维": "維", "园": "園", "桥": "橋", "中": "中"})


def a_tw_trad(r): return "", _tw(r).translate(_T2), ""


EN_ADDR = (
    lambda r: f"{r.randint(100, 9999)} {r.choice(('W Valley Blvd', 'Main St', 'Garvey Ave', 'Kissena Blvd', '8th Ave'))}, "
              f"{r.choice(('Alhambra, CA 91801', 'Flushing, NY 11355', 'San Gabriel, CA 91776', 'Brooklyn, NY 11220', 'Monterey Park, CA 91754'))}",
    lambda r: f"{r.randint(1, 30)}-{r.randint(1000, 9999)} {r.choice(('No. 3 Rd', 'Westminster Hwy', 'Kingsway'))}, "
              f"{r.choice(('Richmond, BC V6X 1A6', 'Burnaby, BC V5H 2A9', 'Vancouver, BC V5R 4H3'))}",
    lambda r: f"Unit {r.randint(1, 40)}, {r.randint(1, 200)} {r.choice(('Forest Rd', 'George St', 'Dixon St'))}, "
              f"{r.choice(('Hurstville NSW 2220', 'Sydney NSW 2000', 'Box Hill VIC 3128'))}",
    lambda r: f"Flat {r.randint(1, 30)}, {r.randint(1, 90)} {r.choice(('Gerrard St', 'Lisle St', 'Faulkner St'))}, "
              f"{r.choice(('London W1D 6JH', 'Manchester M1 4FN', 'London W1D 5PR'))}",
)


def a_en(r): return "", r.choice(EN_ADDR)(r), ""


# (kind, fmt, func, groups)
FORMATS = (
    ("mobile", "plain", m_plain, "cn"), ("mobile", "space_344", m_space344, "cn"), ("mobile", "dash_344", m_dash344, "cn"),
    ("mobile", "plus86", m_plus86, "cn"), ("mobile", "p0086", m_0086, "cn"), ("mobile", "plus86_344", m_plus86_344, "cn"),
    ("mobile", "fullwidth", m_fullwidth, "cn"), ("mobile", "hk_852", m_hk, "hk"), ("mobile", "hk_852_tight", m_hk_tight, "hk"),
    ("mobile", "tw_886", m_tw886, "tw"), ("mobile", "tw_09", m_tw09, "tw"), ("mobile", "na_1", m_na, "en"),
    ("landline", "area_dash", l_dash, "cn"), ("landline", "area_paren", l_paren, "cn"), ("landline", "area_plain", l_plain, "cn"),
    ("landline", "area_space", l_space, "cn"), ("landline", "with_ext", l_ext, "cn"), ("landline", "intl_no0", l_intl, "cn"),
    ("landline", "local_only", l_local, "cn"), ("landline", "hk_852_fixed", l_hk_fixed, "hk"),
    ("id_card", "plain", i_plain, "cn"), ("id_card", "x_upper", i_x_upper, "cn"), ("id_card", "x_lower", i_x_lower, "cn"),
    ("id_card", "space_684", i_space684, "cn"),
    ("bank_card", "plain19", b_plain19, "cn"), ("bank_card", "space4_19", b_space19, "cn"), ("bank_card", "plain16", b_plain16, "cn"),
    ("bank_card", "space4_16", b_space16, "cn"), ("bank_card", "visa16", b_visa, "cn"), ("bank_card", "mc16", b_mc, "cn"),
    ("bank_card", "d95_19", b_d95, "cn"), ("bank_card", "dash4_19", b_dash, "cn"),
    ("qq", "digits_short", q_short, "cn"), ("qq", "digits_long", q_long, "cn"), ("qq", "space_33x", q_space, "cn"),
    ("email", "qq_num", e_qqnum, "cn"), ("email", "domestic", e_domestic, "cn"), ("email", "intl_webmail", e_intl, "cn"),
    ("email", "hk_tw_domain", e_hktw, "cn"), ("email", "fullwidth_at", e_fw_at, "cn"), ("email", "capitalised", e_upper, "cn"),
    ("wechat", "pinyin", w_pinyin, "cn"), ("wechat", "dash", w_dash, "cn"), ("wechat", "wxid", w_wxid, "cn"),
    ("wechat", "camel", w_camel, "cn"), ("wechat", "letter_digits", w_mixed, "cn"),
    ("plate", "plain", p_plain, "cn"), ("plate", "dot", p_dot, "cn"), ("plate", "space", p_space, "cn"),
    ("plate", "new_energy", p_nev, "cn"), ("plate", "lowercase", p_lower, "cn"), ("plate", "yue_z", p_yuez, "hk"),
    ("address", "full_province", a_full, "cn"), ("address", "city_start", a_city, "cn"),
    ("address", "district_start", a_district, "cn"), ("address", "village", a_village, "cn"),
    ("address", "form_spaced", a_spaced, "cn"), ("address", "estate_bare_room", a_estate_bare, "cn"),
    ("address", "hk_zh", a_hk, "hk"), ("address", "tw_zh", a_tw, "tw"), ("address", "tw_trad", a_tw_trad, "tw"),
    ("address", "en_overseas", a_en, "en"),
)
WEIGHT = {"cn": 4, "hk": 1, "tw": 1, "en": 1}
FMT_W = {"mobile/plain": 8, "mobile/space_344": 2, "mobile/p0086": .4, "mobile/plus86_344": .4,
         "mobile/fullwidth": .2, "mobile/dash_344": .7, "mobile/plus86": .8, "qq/space_33x": .15,
         "qq/digits_long": 2, "email/fullwidth_at": .3, "email/capitalised": .4, "landline/area_dash": 3,
         "id_card/x_lower": .3, "id_card/x_upper": .5, "id_card/space_684": .4, "id_card/plain": 4,
         "bank_card/dash4_19": .2, "bank_card/plain19": 3, "bank_card/space4_19": 2, "wechat/wxid": .5,
         "plate/lowercase": .3, "plate/plain": 3, "plate/dot": 1.5, "address/form_spaced": .5}


# ---------------------------------------------------------------- near misses
def _nonluhn(r, prefix, n):
    while True:
        s = prefix + _digits(r, n - len(prefix))
        if not _luhn_ok(s) and not _id_ok(s):
            return s


def n_sf(r): return "SF" + r.choice("1234") + _digits(r, 12)
def n_ems(r): return r.choice(("EA", "EB", "LK", "EE")) + _digits(r, 9) + r.choice(("CN", "CN", "US", "HK"))
def n_usps(r): return _g4(_nonluhn(r, "9400", 22))
def n_ups(r): return "1Z" + "".join(r.choice(ALNUM) for _ in range(6)) + _digits(r, 10)
def n_zto(r): return r.choice(("7", "3")) + _digits(r, 13)
def n_order(r): return r.choice(("JY", "ZY", "HK", "DD")) + "2024" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 5)
def n_order16(r): return _nonluhn(r, "2024", r.choice((16, 18)))
def n_remit(r): return r.choice(("RT", "HX", "TT")) + _digits(r, 10)
def n_mtcn(r): return _digits(r, 3) + r.choice(("-", "", " ")) + _digits(r, 3) + r.choice(("-", "", " ")) + _digits(r, 4)
def n_swift(r): return r.choice(("BKCHCNBJ", "ICBKCNBJ", "HSBCHKHH", "BKCHHKHH", "PCBCCNBJ", "ABOCCNBJ", "CMBCCNBS", "BOFAUS3N"))
def n_amount(r): return r.choice(("USD ", "美金", "HK$", "港币", "¥", "人民币", "加币", "澳币", "")) + f"{r.randint(2, 300) * 100:,}" + r.choice(("", "元", ".00", " 块"))
def n_rate(r): return f"{r.choice(('7.', '0.9', '0.2', '5.', '4.'))}{_digits(r, 3)}"
def n_hotline(r): return r.choice(("95566", "95588", "95599", "95533", "95555", "95559", "12360", "12345", "400-" + _digits(r, 3) + "-" + _digits(r, 4), "4008" + _digits(r, 6), "800-830-" + _digits(r, 4)))
def n_date(r): return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(1, 12)}/{r.randint(1, 28)}", f"2024年{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(8, 21)}:{r.choice(('00', '30', '15'))}"))
def n_weight(r): return r.choice((f"{r.randint(1, 30)}.{r.randint(0, 9)}{r.randint(0, 9)}kg", f"{r.randint(1, 60)}公斤", f"{r.randint(20, 60)}*{r.randint(20, 50)}*{r.randint(10, 40)}cm", f"{r.randint(1, 9)}.{r.randint(1, 9)}磅"))
def n_pickup(r): return r.choice((f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", _digits(r, 8), f"{r.randint(1, 9)}-{r.randint(1000, 9999)}"))
def n_masked(r): return r.choice((r.choice(MOB_PREFIX) + "****" + _digits(r, 4), r.choice(BIN19) + "*********" + _digits(r, 4), "**** **** **** " + _digits(r, 4), r.choice(AREA6) + "********" + _digits(r, 3) + "X", "尾号" + _digits(r, 4)))
def n_badcard(r): return _nonluhn(r, r.choice(BIN19), 19) if r.random() < .6 else _g4(_nonluhn(r, r.choice(BIN16 + VISA), 16))


def n_badid(r):
    while True:
        s = _idno(r)
        bad = s[:17] + r.choice("0123456789X")
        if not _id_ok(bad) and not _luhn_ok(bad.replace("X", "0")):
            return bad


def n_vcode(r): return _digits(r, r.choice((4, 6, 6)))
def n_postcode(r): return r.choice(("529200", "529300", "529400", "350300", "323900", "362200", "515100", "514000", "999077", "518000"))
def n_member(r): return r.choice(("JY", "VIP", "HX", "ZY")) + _digits(r, r.randint(4, 6))
def n_flight(r): return r.choice(("CX", "BR", "CI", "CZ", "MU", "UA", "CA", "HX")) + r.choice((" ", "")) + str(r.randint(100, 999))
def n_place(r): return r.choice(("台山", "开平", "东莞仓", "深圳仓", "旺角", "法拉盛", "温哥华", "福清", "青田", "香港仓", "铜锣湾", "罗湖口岸", "皇岗口岸", "蒙特利公园"))
def n_upper(r): return r.choice(("壹万贰仟元整", "伍仟元整", "叁万元整", "贰仟伍佰元整", "捌仟捌佰元整"))
def n_invoice(r): return _digits(r, 8) if r.random() < .5 else "INV" + _digits(r, 7)
def n_hs(r): return r.choice(("04029100", "33049900", "21069090", "61091000", "85171300"))
def n_time(r): return f"{r.randint(8, 22)}:{r.choice(('00', '30', '45', '15'))}"


NEAR = {
    "tracking_no": lambda r: r.choice((n_sf, n_ems, n_usps, n_ups, n_zto))(r),
    "order_no": lambda r: r.choice((n_order, n_order, n_order16))(r),
    "remit_ref": n_remit, "mtcn": n_mtcn, "swift": n_swift, "amount": n_amount, "rate": n_rate,
    "hotline": n_hotline, "date_time": n_date, "weight_size": n_weight, "pickup_code": n_pickup,
    "masked": n_masked, "bad_card": n_badcard, "bad_id": n_badid, "verify_code": n_vcode,
    "postal_code": n_postcode, "member_no": n_member, "flight": n_flight, "place_only": n_place,
    "amount_upper": n_upper, "invoice_no": n_invoice, "hs_code": n_hs, "time": n_time,
}

# ---------------------------------------------------------------- templates
# {kind} / {kind@grp1|grp2} for values, {~near} for near-misses
PII_T = (
    "收件人电话{mobile@cn}，身份证{id_card}，清关要用的",
    "您好，我要寄回国内，收件地址：{address@cn}\n电话：{mobile@cn}",
    "地址{address@cn} 电话{mobile@cn} 收",
    "{address@cn}，{mobile@cn}",
    "我妈在老家，地址是{address@cn}，她不会用微信，有事打{landline@cn}",
    "清关资料：\n身份证号：{id_card}\n手机：{mobile@cn}\n地址：{address@cn}",
    "身份证{id_card}",
    "{id_card} 这个是收件人的身份证，名字跟面单一致",
    "海关要实名认证，麻烦把收件人身份证号码发一下……好的 {id_card}",
    "收款卡号{bank_card}，开户行中国农业银行台山支行",
    "汇到这张卡：{bank_card} 农行的",
    "卡号 {bank_card}\n户名跟身份证一样\n电话{mobile@cn}",
    "上次那张卡丢了，换成这张{bank_card}，麻烦更新一下收款人资料🙏",
    "{bank_card}这个是我弟的工行卡，这次汇2万美金过去",
    "我在香港，电话{mobile@hk}，回内地用{mobile@cn}",
    "人在温哥华，有事打我这边{mobile@en}或者加微信{wechat}",
    "我台湾的电话{mobile@tw}，大陆号码{mobile@cn}停机了",
    "我在香港收货，地址{address@hk}，电话{mobile@hk}",
    "寄到台湾：{address@tw}，收件人手机{mobile@tw}",
    "美国地址 {address@en}\nTel {mobile@en}",
    "Ship to: {address@en} , phone {mobile@en} 谢谢",
    "加我微信吧{wechat}，语音说比较方便",
    "微信号：{wechat}",
    "vx {wechat} 备注集运",
    "我儿子的微信{wechat}，以后包裹的事找他",
    "扣扣{qq}",
    "我不用微信的，QQ{qq}，晚上在线",
    "有事留言我QQ：{qq}，或者发邮件{email}",
    "发票发我邮箱{email}",
    "邮箱 {email} 麻烦把汇款回单发过来",
    "my email is {email}，中文看不太懂，please reply in English",
    "{email}\n账单每月发这个邮箱就行",
    "群公告：新来的朋友先把{mobile@cn}换成你自己的号码哈哈哈，开玩笑，联系客服{mobile@cn}",
    "@客服小林 我电话换了，新号码{mobile@cn}，旧的{mobile@cn}不用了",
    "{mobile@cn}这个是我老公的号，快递员打这个",
    "打我手机{mobile}或者座机{landline}都可以",
    "公司座机{landline@cn}，上班时间有人接",
    "家里电话{landline@cn}，我爸耳朵不好要大声点",
    "香港办公室电话{landline@hk}，周六不上班",
    "收件人 {mobile@cn} {address@cn}",
    "麻烦改下地址，改成{address@cn}，原来那个不住了",
    "地址错了！！！不是台城，是{address@cn}",
    "送货地址：{address@cn}（电梯坏了放一楼就行）",
    "寄去{address@cn}，东西是给我外婆的",
    "我开车来仓库自提，车牌{plate}，下午三点左右到",
    "车牌号{plate}，登记一下进园区",
    "过关的车是{plate}，司机电话{mobile@cn}",
    "两地牌{plate@hk}的车过来拉货，明早皇岗过关",
    "{plate} 白色面包车 司机到了在门口",
    "停车场登记车牌：{plate}，联系人电话{mobile@cn}",
    "帮忙寄一箱到老家{address@cn}，到了打{landline@cn}找我二叔",
    "身份证正面照片发不了，我直接打字：{id_card}，地址{address@cn}",
    "汇款信息：\n收款卡{bank_card}\n收款人手机{mobile@cn}\n身份证{id_card}",
    "换汇的钱打到{bank_card}就行了，谢谢啦😊",
    "麻烦确认下卡号是不是{bank_card}？我怕抄错",
    "收款人 工行 {bank_card} 电话 {mobile@cn}",
    "我要注册会员，邮箱{email}，手机{mobile@cn}",
    "登记资料 QQ {qq} 微信 {wechat} 手机 {mobile@cn}",
    "大姑说她的QQ是{qq}，你们加一下她",
    "{qq} 这个扣扣是我侄女的，她帮我操作",
    "联系人：本人\n电话：{mobile@cn}\n微信：{wechat}\n邮箱：{email}",
    "包裹退回了，退回地址写的{address@hk}，电话{mobile@hk}，麻烦核实",
    "我搬家了，新地址{address@en}，以后寄这里",
    "台湾那边收件：{address@tw} 電話{mobile@tw}",
    "寄件人：本人 {mobile@tw}\n收件人：我妈 {mobile@cn} {address@cn}",
    "家里座机{landline@cn}打不通的话打我妹手机{mobile@cn}",
    "快递员说联系不上，收件电话是{mobile@cn}没错啊",
    "是不是打了{mobile@cn}？这个号是空号吗？应该是{mobile@cn}",
    "身份证号码是{id_card}，姓名上面发了",
    "上次清关用的身份证{id_card}已经过期了，新办的号码一样吗",
    "群里的各位，寄件联系我微信{wechat}，价格私聊",
    "好的👌 地址：{address@cn} 电话{mobile@cn} 麻烦周末前寄到",
    "把这个转给师傅：{address@cn}，到楼下打{mobile@cn}",
    "{address@cn}\n{mobile@cn}\n帮我打印面单",
    "收件资料改一下 {address@cn} 手机 {mobile@cn} 身份证 {id_card}",
    "我在法拉盛，收件地址{address@en}，邮箱{email}",
    "香港住址{address@hk}，邮箱{email}，有问题电邮联系",
    "联系电话{landline}，传真同号",
    "车子是{plate}，我老婆开过来，她手机{mobile@cn}",
    "登记过的车{plate}换了，新车{plate}",
    "qq邮箱{email}也可以，QQ号就是前面那串",
    "拜托把收据寄到{address@cn}，我爸收",
    "卡{bank_card}\n手机{mobile@cn}",
    "账户：{bank_card}（邮储）",
    "请汇至 中国银行 卡号{bank_card} 谢谢",
    "视频里说的那个卡号是{bank_card}",
    "给我弟汇的，他卡号{bank_card}，建行",
    "我叫我表哥加你，他微信{wechat}，QQ{qq}",
    "打不通就发邮件到{email}吧，时差关系",
    "我电话{mobile@cn}，白天在工地听不到，晚上打",
    "大陆手机{mobile@cn}，香港{mobile@hk}，两个都可以",
    "{landline@cn} 这是我们村委会的电话，找人帮忙叫一下",
    "住址：{address@cn}\n身份证：{id_card}\n（清关专用）",
    "你好，请问{id_card}这个身份证今年清关几次了？",
    "身份证号{id_card}，电话{mobile@cn}，收件人是我爷爷",
    "阿姨住台中，地址{address@tw}，手机{mobile@tw}，麻烦帮忙转寄",
    "寄件人地址：{address@tw}\n寄件人电话：{mobile@tw}\n收件人：{address@cn} {mobile@cn}",
    "你好 我在台灣 {address@tw} 要寄奶粉回福清",
    "香港公司电话{landline@hk}，传真{landline@hk}",
)

NEAR_T = (
    "单号{~tracking_no}，帮我查下到哪了",
    "{~tracking_no} 这个件显示在{~place_only}清关中，要几天？",
    "集运单号{~order_no}，重量{~weight_size}，运费多少",
    "您的包裹{~order_no}已入库，实重{~weight_size}",
    "汇款编号{~remit_ref}，金额{~amount}，今天能到账吗",
    "西联的汇款监控号{~mtcn}，麻烦帮我查一下",
    "MTCN {~mtcn}，收款在{~place_only}",
    "中行的SWIFT是{~swift}吧？我这边银行要填",
    "收款行代码{~swift}，中间行要扣{~amount}手续费",
    "今天汇率多少？昨天是{~rate}",
    "{~amount}按{~rate}算是多少人民币",
    "打了{~hotline}问过了，说要等三个工作日",
    "银行客服{~hotline}说卡被冻结了",
    "海关热线{~hotline}说我的包裹要补税",
    "{~date_time}寄出的，到现在还没到",
    "预计{~date_time}到{~place_only}",
    "取件码{~pickup_code}，驿站在小区门口",
    "菜鸟驿站取件码 {~pickup_code}，我让邻居帮忙拿了",
    "你们系统显示收件电话{~masked}，对的",
    "卡号是{~masked}那张",
    "我输卡号{~bad_card}，系统说卡号有误，是不是少一位",
    "这串{~bad_card}校验不通过，麻烦客户重新发一下",
    "身份证{~bad_id}系统提示校验失败，应该是打错了",
    "验证码{~verify_code}，五分钟有效",
    "收到短信验证码{~verify_code}了，下一步呢",
    "邮编是{~postal_code}吗",
    "会员号{~member_no}，积分能抵运费吗",
    "我的会员编号{~member_no}，上次寄的{~order_no}",
    "明天坐{~flight}回{~place_only}，包裹先放仓库",
    "乘{~flight}航班，{~date_time}落地",
    "金额大写{~amount_upper}，小写{~amount}",
    "发票号码{~invoice_no}，抬头写公司",
    "税号{~hs_code}的奶粉要交多少税",
    "申报价值{~amount}，会不会被查",
    "包裹尺寸{~weight_size}，算泡重吗",
    "{~time}之前入库的今天能发吗",
    "群里问一下，{~place_only}到{~place_only}现在多少钱一公斤",
    "晚上{~time}以后没人，{~date_time}再来拿",
    "EMS单号{~tracking_no}转国内是哪家派送",
    "国内段单号{~tracking_no}，{~date_time}签收了",
    "这单{~order_no}和{~order_no}合箱寄吗",
    "运费{~amount}，已经转了，单号{~order_no}",
    "汇款{~amount}，汇率{~rate}，手续费{~amount}",
    "换{~amount}需要多久？",
    "好的，{~remit_ref}已经处理，{~date_time}前到账",
    "订单{~order_no}退款{~amount}已原路退回",
    "丰巢柜取件码{~pickup_code}，过期要收费",
    "请拨打{~hotline}或者在线留言",
    "USPS tracking {~tracking_no}，美国那边显示已派送",
    "UPS单号{~tracking_no}，在{~place_only}转运",
    "重量{~weight_size}，首重{~amount}续重{~amount}",
    "📦{~order_no} 已签收 ✅",
    "仓库在{~place_only}，周日休息",
    "收件电话是{~masked}吗？尾号对得上",
    "客户发来的身份证是{~bad_id}，最后一位不对吧",
    "卡号{~bad_card}多打了一个数字，我再发",
    "验证码是{~verify_code}，不要告诉别人哈",
    "邮编{~postal_code}，台山的",
    "这周{~date_time}截单，{~date_time}发货",
    "申报{~amount}，税号{~hs_code}",
    "发票{~invoice_no}重开一下，金额{~amount_upper}",
    "{~flight} {~date_time} 到港，麻烦接一下货",
    "兄弟，{~mtcn}这个号码可以取钱了吗",
    "入库单{~order_no}，共{~weight_size}",
    "查了{~tracking_no}，卡在{~place_only}海关了",
    "会员{~member_no}，想问下{~place_only}有没有自提点",
    "汇款已完成，流水号{~remit_ref}，请留意银行短信",
    "汇率今天{~rate}，明天可能{~rate}",
    "好的收到😄 {~order_no}",
)


def _parse(t):
    out = []
    pos = 0
    for m in re.finditer(r"\{(~?)(\w+)(?:@([\w|]+))?\}", t):
        out.append(("lit", t[pos:m.start()], None))
        if m.group(1):
            out.append(("near", m.group(2), None))
        else:
            out.append(("ent", m.group(2), tuple(m.group(3).split("|")) if m.group(3) else None))
        pos = m.end()
    out.append(("lit", t[pos:], None))
    return out


PII_P = [_parse(t) for t in PII_T]
NEAR_P = [_parse(t) for t in NEAR_T]


def _fmts_for(kind, groups):
    return [f for f in FORMATS if f[0] == kind and (groups is None or f[3] in groups)]


def _render(r, parsed, force=None):
    """force: (kind, fmt) applied to the first compatible slot."""
    text = ""
    ents, fmts, nears = [], [], []
    forced = False
    for typ, a, g in parsed:
        if typ == "lit":
            text += a
        elif typ == "near":
            v = NEAR[a](r)
            nears.append((a, len(text), len(text) + len(v)))
            text += v
        else:
            cands = _fmts_for(a, g)
            if force and not forced and force[0] == a and any(c[1] == force[1] for c in cands):
                f = next(c for c in cands if c[1] == force[1])
                forced = True
            else:
                f = r.choices(cands, weights=[WEIGHT[c[3]] * FMT_W.get(f"{c[0]}/{c[1]}", 1) for c in cands])[0]
            pre, v, post = f[2](r)
            text += pre
            ents.append((a, len(text), len(text) + len(v)))
            fmts.append(f[1])
            text += v + post
    return text, ents, fmts, nears


def _build(meta=None):
    r = random.Random(SEED)
    rows = []

    def add(tid, parsed, force=None):
        t, e, f, n = _render(r, parsed, force)
        rows.append(dict(text=t, entities=e, formats=f, near_misses=n, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    # forced formats: 5 distinct compatible templates each
    for kind, fmt, _, grp in FORMATS:
        comp = [i for i, p in enumerate(PII_P)
                if any(typ == "ent" and a == kind and (g is None or grp in g) for typ, a, g in p)]
        for i in r.sample(comp, min(5, len(comp))):
            add(f"P{i}", PII_P[i], (kind, fmt))
    # kind quotas
    for kind in KINDS:
        comp = [i for i, p in enumerate(PII_P) if any(typ == "ent" and a == kind for typ, a, g in p)]
        for _ in range(45):
            i = r.choice(comp)
            add(f"P{i}", PII_P[i])
    while sum(1 for x in rows if x["entities"]) < 860:
        i = r.randrange(len(PII_P))
        add(f"P{i}", PII_P[i])
    for i in range(len(NEAR_P)):  # every near template at least 4 times
        for _ in range(4):
            add(f"N{i}", NEAR_P[i])
    while sum(1 for x in rows if not x["entities"]) < 660:
        i = r.randrange(len(NEAR_P))
        add(f"N{i}", NEAR_P[i])
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        m2 = list(meta)
        meta[:] = [m2[i] for i in order]
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind75_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks
_CN_MOB = re.compile(r"1[3-9]\d{9}")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    fmt_of = {(k, f): g for k, f, _, g in FORMATS}
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip() and k in NEAR, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            v = text[s:e]
            assert k in KINDS and (k, f) in fmt_of, (k, f)
            assert 0 <= s < e <= len(text) and v == v.strip() and v, (k, v)
            n = _norm(v)
            grp = fmt_of[(k, f)]
            if k == "mobile":
                if grp == "cn":
                    assert _CN_MOB.fullmatch(n), v
                    assert not text[e:e + 1].isdigit() and (not text[s - 1:s].isdigit() or text[:s].endswith("86")), text
                elif grp == "hk":
                    assert re.fullmatch(r"[569]\d{7}", n), v
                elif grp == "tw":
                    assert re.fullmatch(r"0?9\d{8}", n), v
                else:
                    assert re.fullmatch(r"\d{10}", n), v
            elif k == "landline":
                if grp == "hk":
                    assert re.fullmatch(r"[23]\d{7}", n), v
                elif f == "local_only":
                    assert re.fullmatch(r"[2-8]\d{7}", n), v
                elif f == "intl_no0":
                    assert re.fullmatch(r"[1-9]\d{1,2}[2-8]\d{7}", n) and ("0" + n[:len(n) - 8]) in AREA8, v
                else:
                    assert n[:len(n) - 8] in AREA8 and re.fullmatch(r"0\d{2,3}[2-8]\d{7}", n), v
            elif k == "id_card":
                assert _id_ok(n) and n[:6] in AREA6, v
                y, m, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
                assert 1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31, v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
                assert n[0] in "4569", v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+[@＠][\w\-]+(\.[\w\-]+)+", v, re.A) or "＠" in v, v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[粤闽浙沪京琼桂苏][A-Za-z][·\s]?[0-9A-Za-z]{4,6}[港澳]?", v), v
            elif k == "address":
                assert grp == "en" or re.search(r"[号號栋幢室楼樓层座\d]$", v), v
                if grp == "cn":
                    assert re.match(r"[\u4e00-\u9fff]", v) and re.search(r"(省|市|区|县)", v[:12]), v
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind75_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, f, _, _ in FORMATS]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Eleventh blind PII corpus (``split == "blind11"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十一位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py``, lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only) and a few
lines of ``../shared/datasets/stc3_weibo_helpdesk`` for tone.  It did not
read anything else under ``toolkit/privacy/``, ``tests/``, ``bench/``,
``docs/``, the README or git history, never imported ``toolkit`` and never ran
any masking / finding function on this corpus.  Values, contexts and labels
come only from the writer's own idea of what customers and staff type.

What is different here: AN ORDINARY ARCHIVE, A SECOND SAMPLE.  A year of
WeCom 1:1 and small-group chats in industries the other writers did not take:
hotels and tourism, travel agencies, food delivery and restaurants (group
orders, banquets), fitness clubs and beauty salons, pet hospitals and pet
shops, second-hand trading and recycling, recruitment / HR, government
hotlines and community service centres, utilities (water, power, gas,
heating, broadband installation), B2B wholesale and factory sales, funeral
and wedding services, driving schools.  Customers of all ages and regions
(north-east, south-west, Cantonese speakers writing Mandarin, migrants) type
on phones; a small share of templates (``V``) are voice input.  Real habits:
homophone / typo cues (手机好, 身份正, 徽信, 地止, 扣扣, 威信, vx, 卫星), repeated
or corrected values, values split across a line break, emoji, several values
in one message, bare values answering an agent's question (the question is
in the same row, as a quote ``「客服：…」`` or a two-line message).

Near-misses are the ordinary numbers of these trades: order / booking /
tracking / invoice numbers, hotel rooms, tables and private rooms, amounts,
unit prices, salaries, dates and times, utility account numbers (户号) and
meter numbers, membership / student numbers, verification codes, Wi-Fi
passwords, masked values and tail digits, 400 / 800 / 95xxx / 123xx hotlines,
quantities and weights, body metrics, model numbers, flight / train numbers,
pet microchip numbers, parking spots, cemetery plot numbers, credit codes,
places on their own (a district, a mall, a shop), card-length transaction
numbers failing Luhn and ID-shaped numbers failing the check digit.

Seed
----
``SEED = "blind11-2026-wecom-第十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Every
value format is first forced into ``FORCE_PER_FMT`` distinct compatible
templates; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside; separators
  inside a value (spaces, dashes, dots, a line break, ASR commas between digit
  groups, area-code parentheses) are inside; an address runs from its first
  place unit to its last house-level unit.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind11"``

Counts (``python tests/privacy/pii_blind11.py``)
------------------------------------------------
rows=1580 pii_rows=900 near_rows=680 entities=1394
  mobile 380, address 219, plate 132, email 129, wechat 123, landline 116, id_card 105, bank_card 104, qq 86
near-miss spans=1330 (1128 in near-miss rows) kinds=37
  date_time 239, amount 174, quantity 134, place_only 76, order_no 59, body_metric 50, unit_price
  40, utility_acct 38, hotline 34, tail_digits 31, hotel_room 27, exam_item 26, model_no 25,
  train_flight 25, masked 25, credit_code 25, booking_no 24, salary 23, verify_code 20, meter_no 20,
  invoice_no 20, table_no 18, bad_id 17, tracking_no 17, bad_card 17, member_no 16, weight 16,
  student_no 12, meter_reading 12, plot_no 12, parking_spot 12, pet_chip 9, wifi_pwd 9, postal_code
  8, coupon_code 7, temperature 7, exam_score 6
formats=56 distinct, each used >= 4 times in >= 3 templates:
  address/city_start, address/district_start, address/estate_dash, address/full_province,
  address/newline_split, address/office_floor, address/road_start, address/rural_village,
  bank_card/c16_plain, bank_card/c16_space4, bank_card/d95_19, bank_card/newline_split,
  bank_card/up19_plain, bank_card/up19_space4, email/corp_domain, email/foreign, email/netease,
  email/qq_mail, email/upper_case, email/voice_at, id_card/check_X, id_card/check_x_lower,
  id_card/newline_split, id_card/plain18, id_card/space_684, landline/area_dash,
  landline/area_paren, landline/area_space, landline/dash_grouped, landline/local_only,
  landline/plain_digits, landline/with_ext, mobile/dash_344, mobile/fullwidth, mobile/newline_split,
  mobile/plain, mobile/plus86, mobile/space_344, mobile/voice_comma, mobile/voice_words,
  plate/coach_xue, plate/dash, plate/dot, plate/lower_case, plate/new_energy, plate/plain,
  plate/space, qq/plain, qq/short_old, qq/space_grouped, qq/voice_words, wechat/alnum,
  wechat/caps_mixed, wechat/mobile_as_id, wechat/pinyin_year, wechat/wxid
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind11-2026-wecom-第十一位写手"
SPLIT = "blind11"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------
# value helpers
# --------------------------------------------------------------------------

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_sum(digits: str) -> int:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·.,，。()（）]", "", v)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


_CN = "零幺二三四五六七八九"
_CN_PLAIN = "零一二三四五六七八九"

_AREAS = (
    "110101", "110105", "110108", "310115", "310104", "440106", "440104", "440304", "440306", "441900",
    "440604", "510107", "510104", "510722", "500103", "500112", "230103", "230102", "220102", "210102",
    "210203", "530102", "530111", "520102", "330106", "330102", "320106", "320506", "420106", "430104",
    "410105", "370102", "370202", "610113", "350203", "350102", "450103", "130102", "140105", "340104",
    "360102", "620102", "150102", "460106", "522101", "513701", "512021", "232301",
)
_MOB_PRE = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
_AREA_CODES8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0769",
                "0757", "0571", "0451", "0431", "0871", "0851", "0532", "0371", "0731", "0898", "0771",
                "0591", "0592", "0311", "0351", "0816", "0512", "0411")
_AREA_CODES7 = ("0459", "0471", "0412", "0937", "0938")
_BIN19 = ("622202", "622848", "621700", "621226", "622908", "621799", "623052", "622700", "621661")
_BIN16 = ("622588", "621485", "438088", "427570", "524047", "552534", "518905", "622155")
_BIN95 = ("955880", "955998")
_PROV_PLATE = (("粤", "ABSEC"), ("京", "ABCEFGHJKNPQ"), ("沪", "ABCD"), ("川", "ABF"), ("渝", "ABCD"),
               ("黑", "ABF"), ("吉", "AB"), ("辽", "ABD"), ("云", "AD"), ("贵", "AC"), ("浙", "ABC"),
               ("苏", "AEB"), ("鄂", "A"), ("湘", "A"), ("豫", "A"), ("鲁", "AB"), ("陕", "A"),
               ("闽", "D"), ("桂", "A"), ("冀", "A"), ("晋", "A"), ("皖", "A"), ("赣", "A"), ("琼", "A"))
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _mobile(r: random.Random) -> str:
    return r.choice(_MOB_PRE) + _digits(r, 8)


def _id18(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        y = r.randint(1952, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = f"{r.choice(_AREAS)}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


def _card(r: random.Random, kind: str) -> str:
    if kind == "19":
        body = r.choice(_BIN19) + _digits(r, 12)
    elif kind == "16":
        body = r.choice(_BIN16) + _digits(r, 9)
    else:
        body = r.choice(_BIN95) + _digits(r, 12)
    return body + _luhn_digit(body)


def _g(s: str, sizes) -> list:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _landline_parts(r: random.Random):
    if r.random() < 0.9:
        ac = r.choice(_AREA_CODES8)
        local = r.choice("2345678") + _digits(r, 7)
    else:
        ac = r.choice(_AREA_CODES7)
        local = r.choice("2345678") + _digits(r, 6)
    return ac, local


# ---- format generators: return (pre, value, post); pre/post are outside the span

def m_plain(r): return ("", _mobile(r), "")
def m_space(r): return ("", " ".join(_g(_mobile(r), (3, 4))), "")
def m_dash(r): return ("", "-".join(_g(_mobile(r), (3, 4))), "")
def m_plus86(r): return (r.choice(("+86 ", "+86", "86-", "0086 ", "+86-")), _mobile(r), "")
def m_nl(r):
    v = _mobile(r)
    k = r.choice((3, 7, 4))
    return ("", v[:k] + "\n" + v[k:], "")
def m_full(r): return ("", unicodedata.normalize("NFKC", _mobile(r)).translate(
    {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), "")
def m_voice_words(r):
    v = _mobile(r)
    return ("", "".join(_CN[int(c)] for c in v), "")
def m_voice_comma(r):
    v = _mobile(r)
    return ("", r.choice(("，", "。", ",")).join(_g(v, (3, 4))), "")


def l_dash(r):
    ac, lo = _landline_parts(r)
    return ("", f"{ac}-{lo}", "")
def l_paren(r):
    ac, lo = _landline_parts(r)
    return ("", r.choice((f"({ac}){lo}", f"（{ac}）{lo}", f"({ac}) {lo}")), "")
def l_plain(r):
    ac, lo = _landline_parts(r)
    return ("", ac + lo, "")
def l_space(r):
    ac, lo = _landline_parts(r)
    return ("", f"{ac} {lo}", "")
def l_local(r):
    ac, lo = _landline_parts(r)
    return ("", lo if len(lo) == 8 else r.choice("2345678") + _digits(r, 7), "")
def l_ext(r):
    ac, lo = _landline_parts(r)
    return ("", f"{ac}-{lo}", r.choice(("-806", "转8021", "转 203", "分机6012", "-2301", "转前台")))
def l_local_dash(r):
    ac, lo = _landline_parts(r)
    if len(lo) == 8:
        return ("", f"{ac}-{lo[:4]}-{lo[4:]}", "")
    return ("", f"{ac}-{lo[:3]}-{lo[3:]}", "")


_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
           "zhu", "hu", "guo", "he", "lin", "luo", "gao", "liang", "xie", "tang", "han", "feng", "deng")
_GIVEN = ("wei", "fang", "xiaomei", "jing", "lei", "yan", "jun", "tao", "ming", "li", "hui", "qiang",
          "xiaoyu", "dandan", "peng", "ting", "chao", "na", "jie", "yuting", "haoran", "zixuan", "shan")
_EN = ("lily", "sunny", "kevin", "coco", "amy", "jason", "tony", "vivian", "cherry", "leo", "echo",
       "momo", "jack", "ivy", "nancy", "summer", "apple", "rainbow", "tiger", "xiaoyu")
_CORP = ("hengda-food.com", "jinlong-pack.cn", "xinyuan-hr.com", "tianma-travel.com", "ruifeng-mach.com.cn",
         "hongxin-trade.cn", "meilin-beauty.com", "dongfang-bq.com")


def _handle(r: random.Random) -> str:
    c = r.randint(0, 4)
    if c == 0:
        return r.choice(_PINYIN) + r.choice(_GIVEN) + str(r.randint(1975, 2005))
    if c == 1:
        return r.choice(_EN) + r.choice(("_", "", ".")) + _digits(r, r.randint(2, 4))
    if c == 2:
        return r.choice(_GIVEN) + r.choice(_PINYIN) + _digits(r, 2)
    if c == 3:
        return r.choice(_PINYIN)[0] + r.choice(_GIVEN)[0] + _digits(r, r.randint(3, 6))
    return r.choice(_EN) + r.choice(_PINYIN) + str(r.randint(1, 999))


def e_qq(r): return ("", f"{r.randint(10000000, 3999999999)}@qq.com", "")
def e_netease(r): return ("", f"{_handle(r)}@{r.choice(('163.com', '126.com', 'yeah.net', '163.com'))}", "")
def e_foreign(r): return ("", f"{_handle(r)}@{r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'sina.com', 'foxmail.com', 'sohu.com'))}", "")
def e_corp(r): return ("", f"{r.choice(_PINYIN)}{r.choice(('', '.', '_'))}{r.choice(_GIVEN)}@{r.choice(_CORP)}", "")
def e_upper(r): return ("", f"{_handle(r)}@{r.choice(('163.com', 'qq.com', '126.com'))}".upper(), "")
def e_voice(r):
    h = _handle(r).replace(".", "点").replace("_", "下划线")
    dom = r.choice(("163点com", "qq点com", "126点com", "gmail点com"))
    return ("", f"{h}艾特{dom}", "")


def i_plain(r): return ("", _id18(r, False), "")
def i_xu(r): return ("", _id18(r, True), "")
def i_xl(r): return ("", _id18(r, True).lower(), "")
def i_space(r): return ("", " ".join(_g(_id18(r), (6, 8))), "")
def i_nl(r):
    v = _id18(r)
    k = r.choice((6, 10, 14))
    return ("", v[:k] + "\n" + v[k:], "")


def b_19(r): return ("", _card(r, "19"), "")
def b_19s(r): return ("", " ".join(_g(_card(r, "19"), (4, 4, 4, 4))), "")
def b_16(r): return ("", _card(r, "16"), "")
def b_16s(r): return ("", " ".join(_g(_card(r, "16"), (4, 4, 4))), "")
def b_95(r): return ("", _card(r, "95"), "")
def b_nl(r):
    v = _card(r, r.choice(("19", "16")))
    return ("", v[:8] + "\n" + v[8:], "")


def q_plain(r): return ("", str(r.randint(100000000, 3999999999)), "")
def q_short(r): return ("", str(r.randint(10000, 99999999)), "")
def q_voice(r):
    v = str(r.randint(100000000, 2999999999))
    return ("", "".join(_CN_PLAIN[int(c)] for c in v), "")
def q_space(r):
    v = str(r.randint(100000000, 3999999999))
    return ("", " ".join(_g(v, (3, 3))), "")


def w_alnum(r): return ("", r.choice(_EN) + r.choice(("_", "-", "")) + _digits(r, 4), "")
def w_pinyin(r): return ("", r.choice(_PINYIN) + r.choice(_GIVEN) + r.choice((str(r.randint(1970, 2005)), _digits(r, 3), "520", "666")), "")
def w_caps(r):
    a = r.choice(_EN).capitalize()
    return ("", a + r.choice(("_", "-")) + r.choice(("Star", "Sky", "Lin", "Go", "Fly", "Yu")) + _digits(r, 2), "")
def w_wxid(r): return ("", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "")
def w_mobile(r): return ("", _mobile(r), "")


def _plate_body(r: random.Random, n: int = 5) -> str:
    s = [r.choice("0123456789") for _ in range(n)]
    for _ in range(r.choice((0, 0, 1, 1, 2))):
        s[r.randrange(n)] = r.choice(_PLATE_L)
    return "".join(s)


def _plate_head(r):
    p, cs = r.choice(_PROV_PLATE)
    return p, r.choice(cs)


def p_plain(r):
    p, c = _plate_head(r)
    return ("", p + c + _plate_body(r), "")
def p_dot(r):
    p, c = _plate_head(r)
    return ("", p + c + "·" + _plate_body(r), "")
def p_space(r):
    p, c = _plate_head(r)
    return ("", p + c + " " + _plate_body(r), "")
def p_nev(r):
    p, c = _plate_head(r)
    tail = r.choice(("DF"))
    body = r.choice((_digits(r, 5), r.choice(_PLATE_L) + _digits(r, 4)))
    return ("", p + c + tail + body, "")
def p_lower(r):
    p, c = _plate_head(r)
    return ("", p + c.lower() + _plate_body(r).lower(), "")
def p_coach(r):
    p, c = _plate_head(r)
    return ("", p + c + _digits(r, 4) + "学", "")
def p_dash(r):
    p, c = _plate_head(r)
    return ("", p + c + "-" + _plate_body(r), "")


# ---- addresses: (province, city, district, roads, estates)
_REGIONS = (
    ("黑龙江省", "哈尔滨市", "南岗区", ("学府路", "西大直街", "红旗大街"), ("学府家园", "宣化小区", "保利清华颐园")),
    ("黑龙江省", "哈尔滨市", "道里区", ("中央大街", "友谊路", "安静街"), ("群力家园", "爱建新城")),
    ("吉林省", "长春市", "朝阳区", ("西安大路", "延安大街", "红旗街"), ("万科城", "中海国际社区")),
    ("辽宁省", "沈阳市", "铁西区", ("北二中路", "兴华北街", "建设西路"), ("保利花园", "万科四季花城")),
    ("辽宁省", "大连市", "沙河口区", ("西安路", "五四路", "中山路"), ("星海湾壹号", "锦绣小区")),
    ("四川省", "成都市", "武侯区", ("科华北路", "长寿路", "玉林南路"), ("锦绣花园", "倪家桥小区", "棕北小区")),
    ("四川省", "成都市", "郫都区", ("犀浦镇百草路", "望丛东路"), ("恒大名都", "双铁小区")),
    ("重庆市", "重庆市", "渝北区", ("新南路", "金开大道", "红锦大道"), ("龙湖两江新宸", "金科天籁城")),
    ("重庆市", "重庆市", "九龙坡区", ("杨家坪正街", "谢家湾正街"), ("华润二十四城", "直港大道小区")),
    ("云南省", "昆明市", "五华区", ("人民西路", "滇缅大道", "学府路"), ("俊发城", "金色大道小区")),
    ("贵州省", "贵阳市", "南明区", ("花果园大街", "宝山南路", "新华路"), ("花果园B区", "中天未来方舟")),
    ("广东省", "广州市", "天河区", ("天河北路", "中山大道西", "黄埔大道西"), ("天河公园小区", "骏景花园", "华景新城")),
    ("广东省", "广州市", "番禺区", ("市桥街大北路", "南村镇兴南大道"), ("祈福新邨", "丽江花园")),
    ("广东省", "深圳市", "宝安区", ("新安六路", "宝民一路", "西乡大道"), ("海天花园", "碧海名园")),
    ("广东省", "深圳市", "龙岗区", ("龙翔大道", "布吉路", "坂田五和大道"), ("万科四季花城", "佳兆业城市广场")),
    ("广东省", "东莞市", "长安镇", ("长青南路", "锦厦路"), ("万科城", "锦厦新村")),
    ("广东省", "佛山市", "顺德区", ("大良街道新桂路", "容桂大道"), ("碧桂园", "美的翰城")),
    ("北京市", "北京市", "朝阳区", ("望京西路", "建国路", "朝阳北路"), ("望京花园", "华贸公寓", "双井小区")),
    ("北京市", "北京市", "丰台区", ("丰台北路", "南三环西路"), ("芳城园", "马家堡小区")),
    ("上海市", "上海市", "浦东新区", ("张杨路", "世纪大道", "锦绣路"), ("仁恒滨江园", "金杨新村")),
    ("上海市", "上海市", "闵行区", ("虹梅路", "莘庄镇莘建东路"), ("春申景城", "莘城苑")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("嘉绿苑", "翠苑一区")),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路"), ("东湖大郡", "新家花园")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "光谷大道"), ("保利花园", "当代国际花园")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路"), ("中南大学新校区", "和馨园")),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路", "经三路"), ("建业新天地", "绿城百合")),
    ("山东省", "青岛市", "市南区", ("香港中路", "江西路"), ("海信慧园", "银都花园")),
    ("陕西省", "西安市", "雁塔区", ("小寨西路", "长安南路", "科技路"), ("曲江观邸", "长延堡小区")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路"), ("瑞景新村", "莲花二村")),
    ("广西壮族自治区", "南宁市", "青秀区", ("民族大道", "东葛路"), ("东盟花园", "凤岭小区")),
)
_RURAL = (
    ("四川省", "绵阳市三台县", "芦溪镇", "青龙村"), ("贵州省", "遵义市正安县", "安场镇", "光明村"),
    ("黑龙江省", "绥化市望奎县", "灵山乡", "新民村"), ("河南省", "周口市郸城县", "汲冢镇", "李楼村"),
    ("云南省", "曲靖市宣威市", "板桥街道", "新村社区"), ("湖南省", "邵阳市隆回县", "桃洪镇", "罗洪村"),
    ("广东省", "梅州市五华县", "水寨镇", "大坝村"), ("江西省", "赣州市于都县", "贡江镇", "上欧村"),
    ("甘肃省", "天水市秦安县", "兴国镇", "城关村"), ("吉林省", "四平市梨树县", "郭家店镇", "东河村"),
)


def _house(r):
    return f"{r.randint(1, 399)}号"


def _unit_tail(r):
    c = r.randint(0, 3)
    if c == 0:
        return f"{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 8):02d}"
    if c == 1:
        return f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
    if c == 2:
        return f"{r.randint(1, 40)}幢{r.randint(1, 30)}0{r.randint(1, 6)}室"
    return f"{r.randint(1, 12)}栋{r.randint(2, 30)}{r.choice('ABCDEF')}"


def a_full(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    head = (pv + ct if pv != ct else ct) + ds
    return ("", head + r.choice(roads) + _house(r) + r.choice(est) + _unit_tail(r), "")
def a_city(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    return ("", ct + ds + r.choice(roads) + _house(r) + r.choice(est) + _unit_tail(r), "")
def a_district(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    return ("", ds + r.choice(roads) + _house(r) + r.choice(("", r.choice(est))) + _unit_tail(r), "")
def a_road(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    return ("", r.choice(roads) + _house(r) + r.choice(est) + _unit_tail(r), "")
def a_estate_dash(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    return ("", ds + r.choice(est) + f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1, 30)}0{r.randint(1, 4)}", "")
def a_rural(r):
    pv, cx, tw, vl = r.choice(_RURAL)
    head = r.choice((pv + cx, cx, cx[cx.index('市') + 1:] if '市' in cx[:-1] else cx))
    return ("", head + tw + vl + f"{r.randint(1, 12)}组{r.randint(1, 80)}号", "")
def a_office(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    bld = r.choice(("国贸大厦", "时代广场", "创业大厦", "金融中心", "科技园A座", "万达广场B座", "写字楼C座"))
    return ("", ct + ds + r.choice(roads) + _house(r) + bld + f"{r.randint(3, 36)}层{r.randint(1, 36)}0{r.randint(1, 9)}室", "")
def a_nl(r):
    pv, ct, ds, roads, est = r.choice(_REGIONS)
    return ("", ct + ds + "\n" + r.choice(roads) + _house(r) + r.choice(est) + _unit_tail(r), "")


# name, channels, weight, generator
FMT = {
    "mobile": (("plain", "TV", 10, m_plain), ("space_344", "T", 3, m_space), ("dash_344", "T", 1, m_dash),
               ("plus86", "T", 1, m_plus86), ("newline_split", "T", 0.5, m_nl), ("fullwidth", "T", 0.2, m_full),
               ("voice_words", "V", 1, m_voice_words), ("voice_comma", "V", 1.5, m_voice_comma)),
    "landline": (("area_dash", "TV", 6, l_dash), ("area_paren", "T", 2, l_paren), ("plain_digits", "TV", 2, l_plain),
                 ("area_space", "T", 1.5, l_space), ("local_only", "TV", 1.5, l_local),
                 ("with_ext", "T", 2, l_ext), ("dash_grouped", "T", 0.7, l_local_dash)),
    "email": (("qq_mail", "T", 5, e_qq), ("netease", "T", 4, e_netease), ("foreign", "T", 2, e_foreign),
              ("corp_domain", "T", 2, e_corp), ("upper_case", "T", 0.6, e_upper), ("voice_at", "V", 1, e_voice)),
    "id_card": (("plain18", "TV", 8, i_plain), ("check_X", "T", 2, i_xu), ("check_x_lower", "T", 1, i_xl),
                ("space_684", "T", 1.5, i_space), ("newline_split", "T", 0.7, i_nl)),
    "bank_card": (("up19_plain", "TV", 6, b_19), ("up19_space4", "T", 3, b_19s), ("c16_plain", "T", 2, b_16),
                  ("c16_space4", "T", 1.5, b_16s), ("d95_19", "T", 1, b_95), ("newline_split", "T", 0.6, b_nl)),
    "qq": (("plain", "TV", 8, q_plain), ("short_old", "T", 2, q_short), ("space_grouped", "T", 0.7, q_space),
           ("voice_words", "V", 1, q_voice)),
    "wechat": (("alnum", "TV", 4, w_alnum), ("pinyin_year", "TV", 4, w_pinyin), ("caps_mixed", "T", 1.5, w_caps),
               ("wxid", "T", 1.5, w_wxid), ("mobile_as_id", "TV", 1, w_mobile)),
    "plate": (("plain", "TV", 6, p_plain), ("dot", "T", 2, p_dot), ("space", "T", 1.5, p_space),
              ("new_energy", "TV", 2.5, p_nev), ("lower_case", "T", 1, p_lower), ("dash", "T", 1, p_dash),
              ("coach_xue", "-", 0, p_coach)),
    "address": (("full_province", "TV", 3, a_full), ("city_start", "TV", 4, a_city),
                ("district_start", "TV", 4, a_district), ("road_start", "TV", 3, a_road),
                ("estate_dash", "T", 2, a_estate_dash), ("rural_village", "TV", 2, a_rural),
                ("office_floor", "T", 1.5, a_office), ("newline_split", "T", 0.7, a_nl)),
}
_KEY = {"M": "mobile", "L": "landline", "E": "email", "I": "id_card", "B": "bank_card", "Q": "qq",
        "W": "wechat", "P": "plate", "A": "address"}

# --------------------------------------------------------------------------
# near-miss generators
# --------------------------------------------------------------------------

_DISTRICTS = ("天河区", "南岗区", "武侯区", "渝北区", "宝安区", "朝阳区", "浦东新区", "西湖区", "铁西区",
              "五华区", "郫都区", "龙岗区", "番禺区", "雁塔区", "思明区", "金水区")
_PLACES = ("万达广场店", "太古里", "春熙路那家店", "东门口", "高铁站", "机场T2", "解放碑", "中央大街",
           "望京SOHO", "正佳广场", "火车北站", "汽车南站", "老城区", "开发区", "大学城", "五一广场")


def _bad_luhn(r, n, pre):
    body = pre + _digits(r, n - len(pre) - 1)
    good = _luhn_digit(body)
    return body + r.choice([d for d in "0123456789" if d != good])


def _no_mobile(s: str) -> bool:
    return not re.fullmatch(r"1[3-9]\d{9}", s)


def nm_order(r):
    c = r.randint(0, 6)
    if c == 0:
        return "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 8)
    if c == 1:
        return _bad_luhn(r, 19, r.choice(("30", "80", "27", "40")))
    if c == 2:
        return "DD" + _digits(r, 12)
    if c == 3:
        return "E" + _digits(r, 15)
    if c == 4:
        return "No." + _digits(r, 8)
    if c == 5:
        return "XS-2026-" + _digits(r, 5)
    return _digits(r, 2).replace("1", "3") + _digits(r, 14)


def nm_booking(r):
    return r.choice(("HT", "", "CT", "YD", "JD")) + _digits(r, r.choice((10, 12, 13)))


def nm_room(r):
    return r.choice((f"{r.randint(2, 23)}{r.randint(1, 40):02d}", f"{r.randint(2, 23)}{r.randint(1, 40):02d}房",
                     f"{r.randint(8, 30)}{r.randint(1, 30):02d}号房", f"{r.choice('ABC')}{r.randint(2, 9)}{r.randint(1, 20):02d}"))


def nm_table(r):
    return r.choice((f"{r.randint(1, 38)}号桌", f"{r.choice('ABC')}{r.randint(1, 20)}桌", f"{r.choice(('牡丹厅', '888包间', '富贵厅', 'V6包间', '9号包房'))}"))


def nm_date(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"周{r.choice('一二三四五六日')}下午{r.randint(1, 5)}点",
                     f"明天{r.randint(8, 11)}:{r.choice(('00', '30'))}", f"2026年{r.randint(1, 12)}月{r.randint(1, 28)}日",
                     f"{r.randint(17, 21)}:{r.choice(('00', '30', '15'))}", f"{r.randint(1, 12)}/{r.randint(1, 28)} {r.randint(8, 20)}点"))


def nm_util(r):
    return r.choice(("0", "3", "5", "2", "6")) + _digits(r, r.choice((9, 9, 12, 7)))


def nm_meter(r):
    return r.choice(("", "", "DB")) + r.choice(("0001", "3304", "1100", "5101")) + _digits(r, 8)


def nm_member(r):
    return r.choice(("VIP", "HY", "M", "", "NO.")) + _digits(r, r.choice((5, 6, 8)))


def nm_student(r):
    return r.choice(("2026", "XY2026", "JX")) + _digits(r, r.choice((4, 5, 6)))


def nm_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def nm_masked(r):
    return r.choice((f"{r.choice(_MOB_PRE)}****{_digits(r, 4)}", f"{r.choice(_BIN19)[:4]} **** **** {_digits(r, 4)}",
                     f"{r.choice(_AREAS)}********{_digits(r, 3)}X", f"{r.choice(_MOB_PRE)}xxxx{_digits(r, 4)}",
                     f"{r.choice(_AREAS)[:3]}***********{_digits(r, 4)}", f"*** **** {_digits(r, 4)}"))


def nm_tail(r):
    return r.choice((f"尾号{_digits(r, 4)}", f"后四位{_digits(r, 4)}", f"末四位{_digits(r, 3)}X", f"尾号是{_digits(r, 4)}"))


def nm_hotline(r):
    return r.choice(("95598", "12345", "95516", "95588", "12315", "10086", "400-820-8820", "400-660-2221",
                     "400 888 5577", "800-830-8300", "4006-177-177", "96777", "12319", "95177", "10010", "114"))


def nm_model(r):
    return r.choice((f"KFR-{r.choice(('26', '35', '50', '72'))}GW", f"JSQ{r.randint(16, 32)}-{r.randint(10, 16)}",
                     f"GB/T {r.randint(1000, 9999)}", f"XL-{r.randint(100, 990)}", f"iPhone {r.randint(11, 16)}",
                     f"DN{r.choice((15, 20, 25, 50))}", f"ZD-{r.randint(2000, 9000)}A", f"{r.choice(('BCD', 'TCL'))}-{r.randint(200, 600)}W"))


def nm_train(r):
    return r.choice((f"G{r.randint(11, 2999)}", f"D{r.randint(100, 3999)}", f"K{r.randint(100, 1999)}次",
                     f"{r.choice(('CA', 'MU', 'CZ', 'HU', '3U', 'ZH', 'SC'))}{r.randint(1000, 8999)}", f"Z{r.randint(1, 300)}"))


def nm_badcard(r):
    return _bad_luhn(r, r.choice((16, 19)), r.choice(("62", "10", "40", "88")))


def nm_badid(r):
    while True:
        s17 = r.choice(_AREAS) + f"{r.randint(1960, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3)
        c = r.choice("0123456789X")
        if c != _id_check(s17):
            return s17 + c


def nm_tracking(r):
    return r.choice(("SF", "YT", "JD", "ZTO", "YD", "JT")) + _digits(r, r.choice((12, 13, 15)))


def nm_invoice(r):
    return r.choice((_digits(r, 8), "0" + _digits(r, 11), "26" + _digits(r, 18)))


def nm_postal(r):
    return r.choice(("150080", "510630", "610041", "400010", "100102", "200120", "518101", "650031", "550002",
                     "110021", "130021", "310012", "430079", "523850"))


def nm_chip(r):
    return r.choice(("900", "156", "985")) + _digits(r, 12)


def nm_place(r):
    return r.choice((r.choice(_DISTRICTS), r.choice(_PLACES), r.choice(("哈尔滨", "成都", "广州", "昆明", "贵阳", "东莞", "重庆", "佛山", "沈阳"))))


def nm_body(r):
    return r.choice((f"身高{r.randint(150, 188)}", f"{r.randint(40, 95)}kg", f"体重{r.randint(90, 180)}斤",
                     f"{r.randint(18, 65)}岁", f"体脂{r.randint(15, 35)}%", f"腰围{r.randint(60, 100)}"))


def nm_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399)}", f"{r.randint(1, 600)}号车位", f"地下{r.randint(1, 2)}层{r.choice('ABCD')}{r.randint(1, 90)}"))


def nm_wifi(r):
    return r.choice(("88888888", "12345678", f"hotel{_digits(r, 4)}", f"{_digits(r, 8)}", "66668888"))


def nm_plot(r):
    return f"{r.choice(('福', '寿', '安', '松', '柏'))}{r.choice(('区', '园'))}{r.randint(1, 30)}排{r.randint(1, 40)}号"


def nm_salary(r):
    return r.choice((f"{r.randint(4, 12)}k-{r.randint(13, 25)}k", f"{r.randint(4, 9)}000-{r.randint(10, 15)}000",
                     f"底薪{r.randint(3, 6)}000", f"{r.randint(5, 20)}K"))


# --------------------------------------------------------------------------
# templates.  "CH|text": CH = T (typed) or V (voice input); ⏎ = line break.
# {M} mobile {L} landline {E} email {I} id_card {B} bank_card {Q} qq {W} wechat
# {P} plate {A} address; {=M} repeats the previous value of that kind;
# {P|coach_xue} restricts the format; {n:order} etc. are near-misses.
# --------------------------------------------------------------------------

PII_TEMPLATES = r"""
T|你好，我订了{n:day}入住的大床房，预订手机号{M}，能不能帮我升级一下
T|订单{n:book}，入住人电话{M}，我们大概{n:date}到酒店
T|「前台小刘：请问预订人手机号是多少呢？」⏎- - - - - - - - - - - - - - -⏎{M}
T|客服：您好请提供一下预订手机号⏎{M}
T|酒店你们开发票吗 抬头个人 发到邮箱{E}就行
T|我们开车过去的 车牌{P}，酒店有停车位吗
T|车牌号{P} 停在{n:park} 明天退房的时候要交停车费吗
T|住{n:room}的，刚才落了个充电器在房间里，麻烦寄到{A}，到付，电话{M}
T|发票寄这里：{A} 收件人手机{M}
T|身份正号{I}，帮忙登记一下，晚上十一点左右到
T|入住人身份证{I}⏎另一个人{I}
V|我的手机号是{M}我们一共三个人明天下午到
V|那个酒店你好我订的是{n:date}的房间我的电话{M}麻烦帮我留一个高楼层
T|{M} 这个是我老公的号码，到了你们打他电话
T|报团的资料：身份证{I}，手机{M}，紧急联系人{M}
T|跟团游报名⏎身份证号：{I}⏎电话：{M}⏎微信：{W}
T|导游你好，我是{n:date}那个{n:train}的团，我手机好{M}，到了车站联系你
T|旅行社的对公账户我们转不了，能不能转你们个人卡 {B}？
T|退款退到我这张卡吧 {B} 农行的
T|尾款打到哪个账户？⏎客服：{B} 开户行建行成都武侯支行
T|机票行程单发我邮箱 {E} 谢谢啦😊
T|加我微信吧{W} 方便发照片
T|+我v {W}，把行程单发我一份
T|我是广东人普通话不太好，有事打我电话{M}或者办公室{L}
T|你好呀，我们公司团建{n:ppl}，联系人电话{M}，座机{L}，邮箱{E}
T|外卖送到{A}，放门口就行，电话{M}
T|地址{A}⏎电话{M}⏎麻烦快点 饿死了😭
T|骑手打我电话{M}就好 别打座机
T|我改一下收货地址：{A}
T|地止写错了，应该是{A}，不是{A}
T|刚下单那个，订单号{n:order}，收货电话改成{M}
T|中秋订{n:qty}，送到{A}，联系{M}，发票开公司抬头
T|订年夜饭，{n:day}，{n:ppl}，我的电话{M}，定金怎么付
T|办婚宴的，新郎电话{M} 新娘电话{M}，酒店那边{n:date}看场地
T|包厢预订：{n:day} 晚上，{n:ppl}，手机{M}，尽量安排{n:table}
T|团餐的对接人换了 新的电话是{M}，邮箱{E}
T|客服：麻烦留个联系方式⏎{M} 微信同号
T|哈喽，私教课约{n:date}，我电话{M}
T|会员卡办在这个号上 {M}，以前那个{n:mask_m}不用了
T|健身房停卡申请⏎会员号{n:member}⏎手机{M}⏎身份证{I}
T|办年卡要身份证吗？{I}
T|退卡的钱打到{B}，户名是我本人
T|美容院你好，我预约{n:date}做脸，手机{M}
T|店长你加我企鹅{Q}，我把照片传给你看看
T|我QQ{Q}，微信{W}，哪个方便加哪个
T|扣扣{Q} 手机{M}
T|宠物医院你好，我家狗狗昨天做的绝育，今天不吃东西，我电话{M}
T|猫咪疫苗本上登记的电话{M}，地址{A}
T|寄猫粮到{A}，手机{M}，下午六点后在家
T|宠物店的 你好 我的新号码是{M} 以前那个停机了
T|二手空调回收，地址{A}，有{n:tai}，电话{M}
T|上门回收旧家电 {A} 联系电话{M} 周末都在家
T|闲置的那台电脑我不要了 你们上门拉走 地址发你：{A}
T|卖家电话{M}，东西在{A}，自提
T|收款码不行的话转我卡上：{B}
T|回收的钱打这个卡 {B} 工行
T|hr你好，我投的是{n:salary}那个岗位，我的邮箱{E}，电话{M}
T|简历已发您邮箱了，我的联系方式：{M}，邮箱{E}
T|面试地址是在{A}吗？我从{n:place}过来
T|入职资料：⏎身份证 {I}⏎工资卡 {B}⏎手机 {M}⏎现住址 {A}
T|工资卡我换了，新卡号{B}，请帮我改一下
T|应聘保安，{n:body}，身份证号{I}，电话{M}
T|求职的，{n:body}，有c1驾照，微信{W}
T|候选人联系方式：{M}，QQ{Q}，邮箱{E}，期望薪资{n:salary}
T|我在12345上反映过了，我的电话{M}，小区地址{A}，到现在没人处理
T|社区你好，我要办居住证，身份证{I}，现住{A}
T|网格员你好，我们楼漏水，{A}，电话{M}
T|老人高龄补贴申请，身份证号{I}，联系电话{M}，代办人电话{M}
T|我家老人的电话{L}，她不会用手机，有事打座机
T|社区医院那边的电话是{L}吗？我想预约体检
T|给我回个电话{M}，我是{n:place}的
V|我要反映一个问题我们小区{A}晚上施工太吵了我电话是{M}
V|我的身份证号码是{I}你帮我查一下补贴到了没有
T|电费交到户号{n:util}，但是显示没到账，我手机{M}
T|报修：{A}停水了，户号{n:util}，电话{M}
T|燃气开户，身份证{I}，地址{A}，联系人手机{M}
T|暖气不热，{A}，室温才十几度，电话{M}
T|宽带安装地址：{A}，联系{M}，想约{n:date}
T|装宽带的师傅打我电话{M}，家里座机{L}也可以
T|水表坏了，表号{n:meter}，地址{A}，电话{M}
T|缴费的银行卡是{B}，每月自动扣的那个
T|燃气公司的电话是{L}吗，我打95598打不通
T|你好，我们工厂要订{n:bulk}，联系人手机{M}，公司座机{L}
T|报价单麻烦发到{E}，抄送{E}
T|开票信息：统一社会信用代码{n:credit}，地址电话：{A} {L}，开户行账号{B}
T|收货地址{A}，收货人电话{M}，货到付款
T|批发价{n:uprice}，要{n:qty}，发物流到{A}，电话{M}
T|老板，物流单号{n:track}，收货电话{M}，到了帮忙提一下货
T|对公不方便的话打我私人卡{B}
T|采购部邮箱{E}，我的手机{M}，有新款直接发我
T|样品寄到{A}，{M}
T|我们司机的车牌是{P}，电话{M}，今天下午去厂里拉货
T|送货车{P}已经出发了，司机电话{M}
T|拉货的车是{P}，{n:bulk}，大概{n:date}到
T|婚车车队的车牌：{P}、{P}、{P}，司机电话{M}
T|婚礼策划你好 我们的婚期是{n:day}，新娘电话{M}，微信{W}
T|婚庆合同寄到{A}，邮箱也发一份{E}
T|殡仪服务 老人{n:day}走的，家属电话{M}，地址{A}
T|墓地定金{n:bigprice}转哪里？我转到{B}可以吗
T|逝者身份证号{I}，办死亡证明要用
T|报名学车⏎身份证：{I}⏎手机：{M}⏎地址：{A}
T|教练你好，我是学员，电话{M}，{n:exam}想约{n:date}
T|教练车{P|coach_xue}在哪里等？我到驾校门口了
T|今天练车的车是{P|coach_xue}吗，我没看到
T|约了{P|coach_xue}这台车，{n:date}，麻烦教练确认下
T|驾校退费打我卡{B}，谢谢
T|体检表上的地址写{A}可以吗
T|我的驾照地址要改成{A}
T|办驾校的学员卡，QQ{Q}，邮箱{E}
T|{M}⏎「客服：方便留个电话吗」
T|{I}⏎「工作人员：麻烦发一下身份证号码」
T|{A}⏎「商家：亲，地址发一下哦」
T|{E}⏎「HR：邮箱多少我发offer」
T|{B}⏎「财务：您的收款卡号是？」
T|{W}⏎「店长：加个微信吧」
T|{Q}⏎「客服：您的QQ是？」
T|{P}⏎「前台：车牌号多少，我给您登记免费停车」
T|{L}⏎「客服：有固定电话吗」
T|手机号{M}，不对不对，是{M}，刚才打错了
T|电话{M}，{=M}，重要的事说两遍😂
T|我的微信号{W}，搜不到的话搜手机号{M}
T|徽信{W}
T|威信 {W} 加的时候备注一下
T|vx：{W}⏎加我发定位
T|卫星{W}，有事留言
T|手机{M}（微信同号）
T|麻烦回电{M}，白天上班不方便接，晚上七点后
T|你们打这个电话 {M} 找我儿子，我耳朵不好使
T|我是东北的 嘎哈呢这么久不回消息 手机{M}
T|咋整啊 我卡号{B}被冻结了 钱退不回来
T|你哋打返呢个号{M}啦 唔该
T|请帮我寄到{A}，邮编{n:post}，电话{M}
T|地址：{A}（{n:place}附近），电话：{M}
T|📱{M}⏎📍{A}
T|收件人：本人⏎电话：{M}⏎地址：{A}⏎备注：{n:date}前送到
T|邮箱：{E}⏎QQ：{Q}
T|座机{L}，手机{M}，随便打哪个
T|门店电话{L}，找前台就行
T|订餐电话改成{L}了，原来那个不用了
T|你好我要订房，电话{M}，身份证{I}，{n:day}入住两晚
T|{M} {n:date}要两间房
T|这是我的车牌{P}，上次停车费多扣了{n:price}
T|车子{P}在你们酒店停车场被刮了
T|我车{P}，刚才在你们店门口被贴条了，你们说可以免费停的
T|新能源车可以充电吗？车牌{P}
T|二手车收吗？{P}，{n:day}上的牌，跑了八万多公里
V|我的车牌号是{P}我已经到你们停车场门口了
V|我的微信号是{W}你加一下我
V|我QQ号是{Q}你加我一下我把文件传给你
V|我邮箱是{E}你把合同发过来
V|你把东西寄到{A}就行了电话打{M}
V|我家座机是{L}你打这个就行
V|银行卡号{B}你看一下对不对
V|喂你好我的电话是{M}刚才那个号码是错的
V|嗯我家地址是{A}明天上午能来修吗
T|我在{n:place}，你们送到{A}吧
T|就在{A}，{n:place}对面那栋
T|跟你说的那个{A}是我妈家，我自己住{A}
T|要开普票，邮箱{E}，电话{M}，地址{A}
T|对公账户{B}，税号{n:credit}
T|我身份证{I}，银行卡{B}，手机{M}，帮我开通一下代扣
T|身份证号{I}跟手机号{M}都对的呀，为什么验证不过
T|验证码{n:code}发到{M}了吗 我没收到
T|我的手机号换了，旧号{n:mask_m}，新号{M}
T|我QQ邮箱{E}，QQ就是前面那串数字
T|你加我QQ吧：{Q}，微信被封了
T|我小号{Q}，大号加不了了
T|企鹅号{Q}，晚上在线
T|照片我发邮箱了 {E}，你查收一下
T|合同签好了 扫描件发你邮箱 你把回执发到{E}
T|帮我预约一下{n:date}的宠物美容，手机{M}，狗狗叫豆豆
T|狗狗芯片号{n:chip}，主人电话{M}
T|上门喂猫的，钥匙在门口鞋柜里，地址{A}
T|我在{A}，能派个师傅过来装空调吗？电话{M}
T|人在外地，快递先放到{A}的驿站
T|收货地址请改为：⏎{A}
T|新地址{A}⏎旧地址{A}
V|简历我已经发到你们邮箱了我自己的邮箱是{E}有消息发这个邮箱就行
V|发票开好了以后发到我邮箱{E}谢谢
V|我再说一遍邮箱是{E}
V|我扣扣号是{Q}平时上班用扣扣比较多
V|你加我QQ{Q}我把照片发给你
V|我的电话是{M}你记一下{=M}
V|你好我是{n:place}那边的我想问一下燃气开户要带什么我的电话{M}
V|师傅你到了给我打电话{M}我下楼接你
V|我的身份证号是{I}手机号是{M}
V|老板我要订{n:ppl}的年夜饭电话{M}到时候你打给我
V|收货地址改成{A}电话不变
T|唔该晒，我手机{M}，今晚几点可以送到呀
T|我系广州的，地址{A}，麻烦帮我送上楼，电话{M}
T|好的呀 我的邮箱{E} 你发过来我睇下（看下）
T|我在东莞打工，老家地址{A}，东西寄老家，我妈电话{M}
T|俺在工地上干活，电话{M}，晚上打
T|我们是外地来的，暂住{A}，居住证能办吗？身份证{I}
T|我是老年人不会打字，叫孙子帮我发的，我电话{M}，家里座机{L}
T|咱家座机{L}，白天有人
T|公司前台电话{L}，打过来说找采购
T|有事打我办公室{L}，手机{M}
T|酒店总机{L}，转房间就行
T|我们驾校报名处电话{L}，您可以直接过来
T|我是宠物医院的，这是我们的座机{L}，复诊前一天会打给您
T|联系人：本人⏎手机：{M}⏎固话：{L}⏎邮箱：{E}
T|Q{Q}
T|qq：{Q} 加我备注“二手”
T|你好 QQ号{Q}，群里找不到我的话加这个
T|我们厂的采购QQ{Q}，有事找他
T|扣扣号码{Q}⏎微信{W}
T|请把电子合同发到{E}，纸质版寄{A}
T|邮箱多少来着？⏎{E}
T|hr发的邮件我没收到，我邮箱是{E}，是不是被拦截了
T|报名表填好了 邮箱{E} 电话{M} 身份证{I}
T|司机手机{M}，车{P}，大概二十分钟到
T|接站的车{P}，白色的，在出站口
T|代驾的车牌是{P}吗
T|我的电动车{P}被你们小区保安拦了
T|员工卡补办，身份证号码{I}
T|核酸那时候登记过的，身份证{I}，现在还要再登记吗
T|押金退到{B}，户名本人
T|退款账户：{B}⏎开户行：招商银行
T|银行卡{B}⏎身份证{I}⏎手机{M}
T|加个微信吧，我的是{W}，发你门店位置
T|我微信{W}，加的时候写下订单号{n:order}
T|你好，健身房的教练让我加这个微信{W}，是你们店的吗
T|加我威信{W}，发你猫咪的照片
T|微信号：{W}⏎手机号：{M}
T|二手的东西我拍照发你，你加我微信：{W}
T|换微信了 新的{W} 旧的不用了
T|前台说加这个 {W} 预约按摩
"""

NEAR_TEMPLATES = r"""
T|你好，我订的{n:day}入住，订单号{n:book}，能改到{n:day}吗
T|我住{n:room}，空调不制冷，麻烦派人看一下
T|{n:room}的客人要加床，多少钱？
T|前台，{n:room}要续住一晚，{n:price}是吧
T|WiFi密码是多少？是{n:wifi}吗 连不上
T|房费{n:price}，押金{n:price}，退房的时候退押金吗
T|我们{n:train}晚点了，大概{n:date}才能到酒店，房间帮我留一下
T|航班{n:train}，{n:date}落地，接机的车在哪里
T|坐{n:train}过去，{n:date}到站，导游在哪集合
T|团号{n:book}，{n:ppl}，尾款{n:price}什么时候交
T|你们客服电话{n:hot}一直占线
T|打了{n:hot}没人接，只能在这里问了
T|退票手续费{n:price}？太贵了吧
T|我的订单{n:order}怎么还没送到，都{n:day}了
T|外卖订单号{n:order}，少送了一份饭
T|订单{n:tail}那个，我要退款
T|骑手说放在{n:place}了，我没找到啊
T|{n:table}加两个菜，再来{n:box}啤酒
T|我们是{n:table}的，催一下菜
T|包间{n:table}订了{n:date}，{n:ppl}，人均{n:price}
T|年夜饭套餐{n:uprice_f}，能不能加{n:ppl}
T|定金{n:price}已付，付款单号{n:order}
T|团购券号{n:coupon}，用不了
T|取餐码{n:code}
T|验证码{n:code}，请勿告诉他人
T|会员卡号{n:member}，余额还有{n:price}吗
T|我的会员号{n:member}，积分怎么查
T|私教课{n:date}，改到{n:date}可以吗
T|体测结果：{n:body}，{n:body}，{n:body}
T|我现在{n:hweight}，想减到{n:hweight}，要练多久
T|做个脸{n:price}，办卡打几折
T|美甲预约{n:date}，{n:ppl}
T|狗狗{n:weight}，要吃多少驱虫药
T|疫苗{n:day}打的第二针，下一针什么时候
T|芯片号{n:chip}，扫出来是我家的猫吗
T|猫砂{n:weight}，{n:price}，能包邮吗
T|宠物寄养{n:price}一天，{n:date}送过去
T|洗澡加驱虫一共{n:price}对吗
T|旧空调{n:model}，回收价多少？
T|收的是{n:model}，{n:tai}，给个价
T|废纸现在{n:uprice_w}，我这有{n:bulkw}
T|铜线什么价？{n:uprice_w}收吗，有{n:qty}
T|二手{n:model}，九成新，{n:price}出
T|你们是在{n:place}吗？我明天过去看看
T|这个岗位{n:salary}吗？要不要经验
T|面试时间{n:date}，在{n:place}那边对吧
T|薪资{n:salary}，五险一金，试用期三个月
T|我{n:body}，能应聘吗
T|工号{n:member}，工资条上少了{n:price}
T|12345工单号{n:order}，{n:day}报的，已经一个礼拜了还没回复
T|打{n:hot}反映了，说转到{n:place}处理
T|居住证办好了吗，受理编号{n:order}
T|社保卡{n:tail}，补办要多久
T|电费户号{n:util}，这个月{n:price}怎么这么多
T|户号{n:util}，欠费{n:price}，交了还停电
T|燃气户号{n:util}，充了{n:price}，表上没显示
T|电表号{n:meter}，读数{n:reading}
T|水表{n:meter}，这个月用了{n:reading}
T|表号{n:meter}，户号{n:util}，帮我查下余额
T|供电局{n:hot}说是线路检修，{n:date}恢复
T|暖气费{n:price}，{n:date}前交有优惠吗
T|宽带报修单号{n:order}，师傅说{n:date}上门
T|宽带账号就是户号{n:util}吗？
T|路由器型号{n:model}，要换吗
T|报价：{n:model}，{n:uprice}，起订量{n:bulk}
T|这批货{n:bulk}，单价{n:uprice}，含税吗
T|物流单号{n:track}，帮我查下到哪了
T|快递{n:track}，显示签收了但是没收到
T|发票号码{n:inv}，金额{n:price}，开错了
T|发票代码{n:inv} 发票号码{n:inv} 麻烦重开
T|我们公司税号{n:credit}，开专票
T|统一社会信用代码：{n:credit}
T|合同编号{n:order}，第二批货{n:date}发
T|交易流水号{n:badcard}，这笔款退了吗
T|付款凭证上的参考号{n:badcard}，你核对下
T|对账单上有一笔{n:badcard}，{n:price}，不是我们的
T|申请编号{n:badid}，审核进度怎么样了
T|档案编号{n:badid}，我来查一下
T|预约单号{n:badid}，{n:date}去驾校体检
T|婚宴{n:day}，{n:ppl}，{n:uprice_f}的套餐
T|婚纱照{n:price}，拍摄{n:day}，在{n:place}取景
T|婚车跟车{n:tai}，{n:price}一台
T|墓位是{n:plot}，管理费{n:price}一年
T|骨灰寄存到{n:day}，位置{n:plot}
T|告别厅{n:date}，{n:price}，要订花圈{n:ge}
T|学员编号{n:stu}，{n:exam}约考{n:date}
T|我是学员{n:stu}，{n:exam}考了{n:score}，还能补考吗
T|{n:exam}约的{n:day}，考场在{n:place}
T|学费{n:bigprice}，包含{n:exam}的补考费吗
T|练车时间{n:date}，{n:hours}
T|车停在{n:park}了，我在{n:place}
T|停车位{n:park}是我们的吗
T|手机号是{n:mask_m}那个，已经改过了
T|身份证{n:mask_i}，是我本人
T|卡号{n:mask_c}，就是这张
T|我用的尾号{n:tail}那张卡付的
T|你看下付款记录，{n:date}，{n:price}，{n:tail}
T|售后电话{n:hot}，还是这个吗
T|全国统一服务热线{n:hot}
T|邮编{n:post}，对吧？
T|我们{n:place}有没有分店
T|{n:place}那家关门了吗
T|我在{n:place}，离你们远吗
T|温度设置{n:temp}了，还是冷
T|{n:ppl}够不够？要不要再加{n:ppl}
T|客服：您好，您的订单{n:order}已发货，单号{n:track}
T|客服：已为您登记，回访时间{n:date}，工单号{n:order}
T|客服：房间已升级为{n:room}，请于{n:date}前办理入住
T|客服：退款{n:price}已原路退回，预计{n:date}到账
T|客服：亲，活动价{n:price}，满{n:price}减{n:price}哦
T|客服：您好，您的验证码是{n:code}，5分钟内有效
T|客服：请拨打{n:hot}或者在线留言
V|我订的是{n:date}的那个房间订单号是{n:book}
V|我那个外卖订单尾号是{n:tail}到现在还没送来
V|那个电费户号是{n:util}你帮我查一下
V|我们大概{n:ppl}吃饭人均{n:price}左右
V|我{n:date}坐{n:train}过来
"""


def nm_price2(r):
    return r.choice((f"¥{r.randint(39, 1999)}", f"{r.randint(38, 899)}元", f"{r.randint(100, 2999)}.{r.randint(0, 99):02d}",
                     f"{r.randint(2, 30)}00块", f"￥{r.randint(100, 3000)}.00", f"{r.randint(2, 15)}{r.choice(('00', '80', '99'))}元"))


def nm_bigprice(r):
    return r.choice((f"{r.randint(1, 9)}.{r.randint(1, 9)}万", f"{r.randint(8, 90)}000元", f"¥{r.randint(12, 98)}{r.choice(('000', '800', '600'))}",
                     f"{r.randint(1, 5)}万{r.randint(1, 9)}"))


def nm_uprice_w(r):
    return r.choice((f"{r.randint(1, 9)}.{r.randint(1, 9)}元/斤", f"{r.randint(1, 9)}毛{r.randint(1, 9)}一斤", f"{r.randint(1000, 9000)}一吨",
                     f"{r.randint(2, 60)}元一公斤", f"{r.randint(1, 9)}.{r.randint(10, 99)}元/kg"))


def nm_uprice_f(r):
    return r.choice((f"{r.randint(1288, 9888)}元一桌", f"{r.randint(128, 498)}元/位", f"{r.randint(68, 398)}一位", f"{r.randint(2, 6)}{r.choice(('888', '688', '999'))}一桌"))


def nm_uprice(r):
    return r.choice((f"{r.randint(2, 60)}.{r.randint(1, 9)}元/斤", f"{r.randint(1288, 9888)}元一桌", f"{r.randint(128, 498)}元/位",
                     f"{r.randint(3, 30)}块{r.randint(1, 9)}一个", f"{r.randint(1, 9)}毛{r.randint(1, 9)}一斤",
                     f"{r.randint(2, 90)}元/件", f"{r.randint(1, 9)}.{r.randint(10, 99)}元/kg", f"{r.randint(1000, 9000)}一吨"))


def nm_qty2(r):
    return r.choice((f"{r.randint(2, 300)}斤", f"{r.randint(1, 99)}.{r.randint(1, 9)}kg", f"{r.randint(2, 50)}箱",
                     f"{r.randint(2, 100)}件", f"{r.randint(2, 60)}个"))


def nm_bulk(r):
    return r.choice((f"{r.randint(1, 20)}吨", f"{r.randint(50, 900)}箱", f"{r.randint(200, 9000)}件",
                     f"{r.randint(2, 30)}立方", f"{r.randint(500, 5000)}斤", f"{r.randint(1, 9)}千个"))


def nm_ppl(r):
    return r.choice((f"{r.randint(2, 40)}桌", f"{r.randint(2, 12)}个人", f"{r.randint(10, 80)}位", f"{r.randint(2, 60)}份",
                     f"{r.randint(3, 30)}人"))


def nm_tai(r): return f"{r.randint(2, 12)}台"
def nm_ge(r): return f"{r.randint(2, 9)}个"
def nm_hours(r): return r.choice((f"{r.randint(1, 4)}个小时", f"{r.randint(2, 16)}学时", f"{r.randint(1, 3)}个钟"))
def nm_reading(r):
    return r.choice((f"{r.randint(100, 9999)}度", f"{r.randint(5, 60)}吨", f"{r.randint(10, 300)}立方", f"{r.randint(18, 28)}度"))
def nm_weight(r): return r.choice((f"{r.randint(2, 40)}斤", f"{r.randint(1, 60)}.{r.randint(1, 9)}kg", f"{r.randint(80, 200)}斤", f"{r.randint(3, 25)}公斤"))
def nm_score(r): return f"{r.randint(40, 100)}分"
def nm_coupon(r): return " ".join(_g(_digits(r, 12), (4, 4)))
def nm_exam2(r): return r.choice(("科目一", "科目二", "科目三", "科目四", "科二", "科三"))
def nm_mask_m(r): return r.choice((f"{r.choice(_MOB_PRE)}****{_digits(r, 4)}", f"{r.choice(_MOB_PRE)}xxxx{_digits(r, 4)}", f"1{r.choice('3589')}*******{_digits(r, 2)}"))
def nm_mask_c(r): return r.choice((f"{r.choice(_BIN19)[:4]} **** **** {_digits(r, 4)}", f"{r.choice(_BIN19)}******{_digits(r, 4)}", f"**** {_digits(r, 4)}"))
def nm_mask_i(r): return r.choice((f"{r.choice(_AREAS)}********{_digits(r, 3)}X", f"{r.choice(_AREAS)[:3]}***********{_digits(r, 4)}", f"{r.choice(_AREAS)[:1]}****************{_digits(r, 1)}"))


def nm_credit2(r):
    return ("91" + r.choice(("440300", "440101", "510100", "230100", "330100", "500000", "441900")) + "MA"
            + r.choice("0123456789") + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
            + r.choice("0123456789ABCDEHJKLMNPQRTUWXY"))


def nm_day(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 28)}号",
                     f"2026年{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 12)}/{r.randint(1, 28)}"))


def nm_hweight(r):
    return r.choice((f"{r.randint(110, 200)}斤", f"{r.randint(50, 95)}kg", f"{r.randint(50, 95)}公斤"))


# alias -> (near kind, generator)
NEAR_GEN = {
    "order": ("order_no", nm_order), "book": ("booking_no", nm_booking), "room": ("hotel_room", nm_room),
    "table": ("table_no", nm_table), "price": ("amount", nm_price2), "uprice": ("unit_price", nm_uprice), "uprice_w": ("unit_price", nm_uprice_w),
    "uprice_f": ("unit_price", nm_uprice_f), "bigprice": ("amount", nm_bigprice),
    "date": ("date_time", nm_date), "util": ("utility_acct", nm_util), "meter": ("meter_no", nm_meter),
    "member": ("member_no", nm_member), "stu": ("student_no", nm_student), "code": ("verify_code", nm_code),
    "coupon": ("coupon_code", nm_coupon), "mask_m": ("masked", nm_mask_m), "mask_c": ("masked", nm_mask_c),
    "mask_i": ("masked", nm_mask_i), "tail": ("tail_digits", nm_tail), "hot": ("hotline", nm_hotline),
    "qty": ("quantity", nm_qty2), "bulk": ("quantity", nm_bulk), "ppl": ("quantity", nm_ppl),
    "tai": ("quantity", nm_tai), "bulkw": ("quantity", lambda r: r.choice((f"{r.randint(300, 3000)}斤", f"{r.randint(1, 9)}吨多"))), "ge": ("quantity", nm_ge), "hours": ("quantity", nm_hours),
    "reading": ("meter_reading", nm_reading), "weight": ("weight", nm_weight), "score": ("exam_score", nm_score),
    "model": ("model_no", nm_model), "train": ("train_flight", nm_train), "badcard": ("bad_card", nm_badcard),
    "badid": ("bad_id", nm_badid), "track": ("tracking_no", nm_tracking), "inv": ("invoice_no", nm_invoice),
    "post": ("postal_code", nm_postal), "credit": ("credit_code", nm_credit2), "chip": ("pet_chip", nm_chip),
    "place": ("place_only", nm_place), "body": ("body_metric", nm_body), "park": ("parking_spot", nm_parking),
    "wifi": ("wifi_pwd", nm_wifi), "plot": ("plot_no", nm_plot), "salary": ("salary", nm_salary),
    "exam": ("exam_item", nm_exam2),
    "box": ("quantity", lambda r: r.choice((f"{r.randint(1, 4)}箱", f"{r.randint(2, 12)}瓶", f"{r.randint(2, 9)}支"))),
    "temp": ("temperature", lambda r: f"{r.randint(18, 30)}度"), "day": ("date_time", nm_day), "hweight": ("body_metric", nm_hweight),
}


def _fix_near(r: random.Random, v: str) -> str:
    """Make sure a near-miss really is not a valid card / ID / mobile."""
    for _ in range(20):
        n = _norm(v)
        bad = False
        if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
            bad = True
        if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
            bad = True
        if n.isdigit() and len(n) == 11 and not _no_mobile(n):
            bad = True
        if not bad:
            return v
        i = max(k for k, ch in enumerate(v) if ch.isdigit())
        v = v[:i] + r.choice("0123456789") + v[i + 1:]
    raise AssertionError(v)


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------

_MARK = re.compile(r"\{(=?)([MLEIBQWPA])(?:\|([a-z_0-9]+))?\}|\{n:([a-z_0-9]+)\}")


def _parse(block: str) -> list:
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        ch, text = line.split("|", 1)
        out.append((ch, text.replace("⏎", "\n")))
    return out


def _fmt_table(kind):
    return {f[0]: f for f in FMT[kind]}


def _pick_fmt(r: random.Random, kind: str, ch: str) -> str:
    cands = [f for f in FMT[kind] if ch in f[1] and f[2] > 0]
    tot = sum(f[2] for f in cands)
    x = r.random() * tot
    for f in cands:
        x -= f[2]
        if x <= 0:
            return f[0]
    return cands[-1][0]


def _render(r: random.Random, ch: str, tpl: str, forced: dict | None = None):
    forced = dict(forced or {})
    text, ents, fmts, nears = "", [], [], []
    last: dict = {}
    pos = 0
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        if m.group(4):
            nk, gen = NEAR_GEN[m.group(4)]
            v = _fix_near(r, gen(r))
            nears.append((nk, len(text), len(text) + len(v)))
            text += v
            continue
        rep, key, restr = m.group(1), m.group(2), m.group(3)
        kind = _KEY[key]
        if rep:
            pre, v, post, fname = last[kind]
        else:
            if restr:
                fname = restr
            elif kind in forced:
                fname = forced.pop(kind)
            else:
                fname = _pick_fmt(r, kind, ch)
            pre, v, post = _fmt_table(kind)[fname][3](r)
            last[kind] = (pre, v, post, fname)
        text += pre
        ents.append((kind, len(text), len(text) + len(v)))
        fmts.append(fname)
        text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nears


def _kinds_in(tpl: str) -> list:
    return [(_KEY[m.group(2)], m.group(3)) for m in _MARK.finditer(tpl) if m.group(2) and not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    pii_t = _parse(PII_TEMPLATES)
    near_t = _parse(NEAR_TEMPLATES)
    rows = []
    tids = []
    # 1. force every format into FORCE_PER_FMT distinct compatible templates
    for kind in KINDS:
        for fname, chans, _w, _g_ in FMT[kind]:
            if chans == "-":
                cands = [i for i, (ch, t) in enumerate(pii_t) if (kind, fname) in _kinds_in(t)]
                forced = {}
            else:
                cands = [i for i, (ch, t) in enumerate(pii_t)
                         if ch in chans and (kind, None) in _kinds_in(t)]
                forced = {kind: fname}
            assert len(cands) >= 3, (kind, fname, len(cands))
            pick = r.sample(cands, min(len(cands), FORCE_PER_FMT))
            while len(pick) < FORCE_PER_FMT:
                pick.append(r.choice(cands))
            for i in pick:
                rows.append(_render(r, pii_t[i][0], pii_t[i][1], forced))
                tids.append(f"P{i}")
    # 2. the rest by weight; templates holding rarer kinds are drawn a bit more often
    kind_w = {"mobile": 1.0, "address": 1.3, "landline": 2.2, "email": 1.6, "id_card": 1.5, "bank_card": 1.6,
              "qq": 2.2, "wechat": 2.6, "plate": 1.9}
    tw = []
    for ch, t in pii_t:
        ks = [k for k, _ in _kinds_in(t)]
        w = max(kind_w[k] for k in ks)
        tw.append(w * (0.5 if ch == "V" else 1.0))
    while len(rows) < N_PII_ROWS:
        i = r.choices(range(len(pii_t)), weights=tw)[0]
        rows.append(_render(r, pii_t[i][0], pii_t[i][1]))
        tids.append(f"P{i}")
    # 3. near-miss-only rows: every template at least 3 times, the rest at random
    order = [i for i in range(len(near_t)) for _ in range(3)]
    while len(order) < N_NEAR_ROWS:
        order.append(r.randrange(len(near_t)))
    r.shuffle(order)
    for i in order:
        rows.append(_render(r, near_t[i][0], near_t[i][1]))
        tids.append(f"N{i}")
    # 4. shuffle the archive
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
        "split": [SPLIT] * len(rows),
    })


def make_blind11_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

_RE_MOB = re.compile(r"1[3-9]\d{9}")


def _voice_digits(v: str) -> str:
    return v.translate({ord(c): ord(str(i)) for i, c in enumerate(_CN)}).translate(
        {ord(c): ord(str(i)) for i, c in enumerate(_CN_PLAIN)})


def _check_value(kind: str, fmt: str, v: str) -> None:
    assert v == v.strip() and v, (kind, v)
    n = _norm(v)
    if kind == "mobile":
        n = _voice_digits(n)
        assert _RE_MOB.fullmatch(n) and n[:3] in _MOB_PRE, v
    elif kind == "landline":
        assert n.isdigit() and (len(n) in (7, 8) or (n[0] == "0" and 10 <= len(n) <= 12)), v
        if n[0] == "0":
            assert any(n.startswith(a) for a in _AREA_CODES8 + _AREA_CODES7), v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in _AREAS, v
        y, mo, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
        assert 1900 < y < 2010 and 1 <= mo <= 12 and 1 <= d <= 28, v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "qq":
        n = _voice_digits(n)
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "email":
        if fmt == "voice_at":
            assert "艾特" in v and "点" in v, v
        else:
            assert re.fullmatch(r"[A-Za-z0-9._]+[@＠][A-Za-z0-9\-]+(\.[A-Za-z]+)+", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v) or _RE_MOB.fullmatch(v), v
    elif kind == "plate":
        assert re.fullmatch(r"[京沪粤川渝黑吉辽云贵浙苏鄂湘豫鲁陕闽桂冀晋皖赣琼][A-Za-z][·\s\-]?[A-Za-z0-9]{5,6}|"
                            r"[京沪粤川渝黑吉辽云贵浙苏鄂湘豫鲁陕闽桂冀晋皖赣琼][A-Z]\d{4}学", v), v
    elif kind == "address":
        assert v[0] not in "0123456789，, " and re.search(r"(号|室|单元|\d|[A-F])$", v), v
        assert re.match(r"[\u4e00-\u9fff]+?(省|市|区|县|镇|乡|路|街|大道|小区|家园|花园|城|新村|园|村)", v), v


def _glued(a: str, b: str) -> bool:
    """Two ASCII digits, or two ASCII letters, side by side across a span edge."""
    if not (a.isascii() and b.isascii()):
        return False
    return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            _check_value(k, f, v)
            n_ent += 1
            # no digit or latin letter glued to either side of a digit-edged value
            if k != "address":
                if s > 0 and f != "plus86":
                    assert not _glued(text[s - 1], v[0]), (text, v)
                if e < len(text):
                    assert not _glued(v[-1], text[e]), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _RE_MOB.fullmatch(n), (k, v)
            if s > 0:
                assert not _glued(text[s - 1], v[0]), (text, v)
            if e < len(text):
                assert not _glued(v[-1], text[e]), (text, v)
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
    assert df.equals(make_blind11_corpus())  # deterministic
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
    declared = [f"{k}/{f[0]}" for k in KINDS for f in FMT[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

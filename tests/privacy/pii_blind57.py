"""Fifty-seventh blind PII corpus (``split == "blind57"``): law firms and legal services.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十二位写手")
that did NOT read the masking code: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (for
the layout and the entry-point names); nothing under ``bench/`` or ``docs/``,
no README, no other corpus, no git history.  It never imported ``toolkit``
and never ran any masking / finding function on this data.  Phrasing comes
from the writer's own idea of WeCom chats in mainland China.

What is different here: LAW FIRMS AND LEGAL SERVICES.  Lawyers, paralegals
(律师助理) and the consultants of a legal-service platform talk with clients
in WeCom 1:1 and group chats: consultations, labour arbitration (劳动仲裁),
divorces, debt collection (要账 / 借条), traffic accidents, court dates,
filings that need the client's and the other party's ID numbers and
addresses (户籍地 / 经常居住地 / 住所地), fee payments and refunds, document
mailing (传票, 判决书原件, 顺丰到付).  The tone is formal on the staff side and
anxious on the client side (emoji, 😭, typos such as 身分证 / 手机号吗, line
breaks, several values in one message, values with and without cues).

Near-misses are the paperwork numbers of this trade: case numbers
(（2024）京0105民初12345号), arbitration numbers, statute articles, fees and
amounts, dates and court times, court names and court rooms (places only),
tracking numbers of legal mail, platform order numbers, invoice / contract
numbers, unified social credit codes, legal hotlines (12348, 12368, 12333,
400-...), interest rates, durations of employment, postal codes, masked
values (138****5678), card tails, verification codes, 18-digit numbers that
fail the ID check, 16-19 digit numbers that fail Luhn.

Seed
----
``SEED = "blind57-2026-law-第六十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064 MOD
11-2) and Luhn digits are computed here.  Each format is first forced 5 times
into 5 different templates that hold its kind; the other rows draw formats at
random.

Layout
------
One row per chat message; columns ``text``, ``entities`` (list of ``(kind,
start, end)``; kinds email, id_card, bank_card, mobile, landline, qq, wechat,
plate, address; the span holds the value only: cue words, ``+86`` / ``0086``
prefixes and landline extensions ``转806`` / ``-806`` / ``分机806`` are
outside, inner separators inside; an address runs from its first place unit
to its last house-level unit), ``formats`` (one per entity), ``near_misses``
(list of ``(near_kind, start, end)``), ``split`` (``"blind57"``).  Names are
never labelled (only 张律师-style titles appear).

Counts (``python tests/privacy/pii_blind57.py``)
------------------------------------------------
rows=1560, pii_rows=900, near_rows=660, entities=1322
(address 281, mobile 275, landline 128, id_card 122, bank_card 116,
wechat 109, email 102, plate 96, qq 93);
near-miss spans=947 (909 in near-miss rows), 27 near-miss kinds
(amount 129, date_time 123, court_place 68, invoice_no 53, case_no 43,
duration 41, tracking_no 38, verify_code 35, hotline 35, order_no 35,
bad_card 34, law_article 31, masked 28, count 28, court_room 25,
credit_code 25, city_only 25, time_only 25, bad_id 22, postal_code 22,
tail_digits 21, contract_no 16, percent 13, arb_no 11, pay_code 9,
installments 7, salary 5);
formats=39 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind57-2026-law-第六十二位写手"
SPLIT = "blind57"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- helpers


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


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, _W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------- value pools

MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
AREA_CODES = (("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("0755", 8), ("0571", 8),
              ("025", 8), ("028", 8), ("027", 8), ("0371", 8), ("0531", 8), ("029", 8), ("0731", 8),
              ("0592", 7), ("0551", 7), ("0394", 7), ("0558", 7), ("0530", 7))
ID_AREAS = ("110105", "110108", "310115", "310112", "440305", "440106", "330106", "320106", "510107",
            "420111", "410105", "370102", "610113", "430104", "350203", "120104", "500112", "340104",
            "411625", "341221", "511324", "430524", "371721", "360731", "130102", "210102")
REGIONS = (
    ("", "北京市", "朝阳区", ("朝阳北路", "建国路", "望京西路", "安立路")),
    ("", "北京市", "海淀区", ("中关村大街", "学院路", "西三环北路")),
    ("", "上海市", "浦东新区", ("张杨路", "世纪大道", "锦绣路")),
    ("", "上海市", "闵行区", ("七莘路", "莘松路", "都市路")),
    ("广东省", "深圳市", "南山区", ("科技南十二路", "南海大道", "桃园路")),
    ("广东省", "广州市", "天河区", ("天河北路", "黄埔大道西", "体育西路")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "江东北路")),
    ("四川省", "成都市", "武侯区", ("科华北路", "武侯大道", "人民南路四段")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "民族大道")),
    ("河南省", "郑州市", "金水区", ("农业路", "花园路", "经三路")),
    ("山东省", "济南市", "历下区", ("经十路", "解放路", "历山路")),
    ("陕西省", "西安市", "雁塔区", ("小寨东路", "科技路", "长安南路")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "桐梓坡路")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "嘉禾路", "莲前西路")),
    ("", "天津市", "南开区", ("鞍山西道", "黄河道", "卫津路")),
    ("", "重庆市", "渝北区", ("金开大道", "新牌坊一路", "龙溪路")),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "黄山路", "潜山路")),
)
RURAL = (
    ("河南省", "周口市", "郸城县", "宁平镇", "王楼村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "张营村"),
    ("四川省", "南充市", "仪陇县", "新政镇", "石佛村"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", "大桥村"),
    ("山东省", "菏泽市", "曹县", "庄寨镇", "刘庄村"),
    ("江西省", "赣州市", "于都县", "贡江镇", "长塘村"),
)
ESTATES = ("阳光花园", "金色家园", "万科城", "保利花园", "碧桂园", "翠湖苑", "锦绣华庭", "幸福里小区", "世纪城",
           "恒大名都", "龙湖春江郦城", "绿地新都会")
BUILDINGS = ("国贸大厦", "华润大厦", "世纪商务中心", "科兴科学园", "创业大厦", "环球中心", "时代广场")
PLATE_PROV = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "豫", "鲁", "陕", "湘", "闽", "津", "渝", "皖")
PLATE_CITY = {"京": "ANQ", "沪": "ABD", "粤": "ABS", "浙": "ABC", "苏": "AEU", "川": "ARA", "鄂": "AF",
              "豫": "AP", "鲁": "AR", "陕": "AU", "湘": "AE", "闽": "DCE", "津": "AC", "渝": "AB", "皖": "AK"}
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma",
          "zhu", "hu", "guo", "he", "lin", "luo", "gao")
GIVEN = ("wei", "fang", "min", "jing", "lei", "qiang", "jun", "yan", "ting", "hao", "xin", "yu", "peng",
         "li", "na", "jie", "tao", "chao", "hui", "dan")
EN_WORDS = ("lucky", "sunny", "happy", "xiaoyu", "tiantian", "momo", "coco", "leo", "ivy", "alan", "amy", "kevin")


def _dig(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ------------------------------------------------------------ PII generators
# each returns (prefix_outside, value, suffix_outside)


def _mobile_raw(rng):
    return rng.choice(MOBILE_PREFIXES) + _dig(rng, 8)


def g_mobile(rng, fmt):
    m = _mobile_raw(rng)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86":
        return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
    raise KeyError(fmt)


def _landline_raw(rng):
    code, n = rng.choice(AREA_CODES)
    local = rng.choice("2345678") + _dig(rng, n - 1)
    return code, local


def g_landline(rng, fmt):
    code, local = _landline_raw(rng)
    if fmt == "area_dash":
        return "", f"{code}-{local}", ""
    if fmt == "area_paren":
        return "", f"({code}){local}" if rng.random() < 0.6 else f"（{code}）{local}", ""
    if fmt == "area_plain":
        return "", code + local, ""
    if fmt == "area_space":
        return "", f"{code} {local}", ""
    if fmt == "dash_ext":
        ext = rng.choice(("806", "8012", "203", "6618", "115"))
        return "", f"{code}-{local}", rng.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}"))
    raise KeyError(fmt)


def _id_raw(rng, want_x=None):
    while True:
        y = rng.randint(1958, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = f"{rng.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{_dig(rng, 3)}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id_card(rng, fmt):
    if fmt == "plain18":
        return "", _id_raw(rng, False), ""
    if fmt == "x_upper":
        return "", _id_raw(rng, True), ""
    if fmt == "x_lower":
        return "", _id_raw(rng, True).lower(), ""
    if fmt == "space_684":
        v = _id_raw(rng)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


CARD_BINS16 = ("622588", "621483", "622609", "625965", "622155")
CARD_BINS19 = ("622848", "621700", "622202", "621661", "622700", "623058")
CARD_VM = ("427020", "438088", "524047", "518710", "436742", "552534")


def _card(rng, bin_, n):
    body = bin_ + _dig(rng, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def g_bank_card(rng, fmt):
    if fmt == "unionpay16":
        return "", _card(rng, rng.choice(CARD_BINS16), 16), ""
    if fmt == "unionpay19":
        return "", _card(rng, rng.choice(CARD_BINS19), 19), ""
    if fmt == "space_4":
        c = _card(rng, rng.choice(CARD_BINS16 + CARD_BINS19), rng.choice((16, 19)))
        return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    if fmt == "visa_master16":
        return "", _card(rng, rng.choice(CARD_VM), 16), ""
    if fmt == "domestic95_19":
        return "", _card(rng, rng.choice(("9558", "95599")), 19), ""
    raise KeyError(fmt)


def g_email(rng, fmt):
    if fmt == "qq_numeric":
        return "", f"{rng.randint(10000, 3999999999)}@qq.com", ""
    if fmt == "pinyin_digits":
        return "", (f"{rng.choice(PINYIN)}{rng.choice(GIVEN)}{rng.choice(('', str(rng.randint(1970, 2003)), _dig(rng, 3)))}"
                    f"@{rng.choice(('163.com', '126.com', 'sina.com', 'foxmail.com', 'yeah.net'))}"), ""
    if fmt == "dotted_name":
        return "", (f"{rng.choice(GIVEN)}.{rng.choice(PINYIN)}@"
                    f"{rng.choice(('outlook.com', 'gmail.com', 'hotmail.com', '163.com'))}"), ""
    if fmt == "corporate":
        return "", (f"{rng.choice(PINYIN)}{rng.choice(GIVEN)}@"
                    f"{rng.choice(('hengxinlaw.cn', 'dachenglaw.com.cn', 'mingdelaw.com', 'kaiyuan-tech.com', 'hxmaoyi.cn'))}"), ""
    raise KeyError(fmt)


def g_qq(rng, fmt):
    if fmt == "digits_long":
        return "", str(rng.randint(100000000, 3999999999)), ""
    if fmt == "digits_short":
        return "", str(rng.randint(10000, 9999999)), ""
    raise KeyError(fmt)


def g_wechat(rng, fmt):
    if fmt == "alnum":
        return "", f"{rng.choice(PINYIN)}{rng.choice(GIVEN)}{rng.randint(1, 9999)}", ""
    if fmt == "underscore":
        return "", f"{rng.choice(('law', 'ls', rng.choice(PINYIN)))}_{rng.choice(GIVEN)}_{rng.randint(10, 2024)}", ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash_name":
        return "", f"{rng.choice(EN_WORDS).capitalize()}-{rng.randint(1, 99999)}", ""
    raise KeyError(fmt)


def _plate_head(rng):
    p = rng.choice(PLATE_PROV)
    return p, rng.choice(PLATE_CITY[p])


def _plate_tail(rng):
    while True:
        t = "".join(rng.choice("0123456789" if rng.random() < 0.7 else PLATE_LET) for _ in range(5))
        if sum(ch.isalpha() for ch in t) <= 2:
            return t


def g_plate(rng, fmt):
    p, c = _plate_head(rng)
    if fmt == "std7":
        return "", p + c + _plate_tail(rng), ""
    if fmt == "nev8":
        return "", p + c + rng.choice("DF") + _dig(rng, 5), ""
    if fmt == "dot_sep":
        return "", p + c + "·" + _plate_tail(rng), ""
    if fmt == "space_sep":
        return "", p + c + " " + _plate_tail(rng), ""
    raise KeyError(fmt)


def _room(rng):
    return f"{rng.randint(1, 32)}{rng.randint(1, 4):02d}"


def g_address(rng, fmt):
    prov, city, dist, roads = rng.choice(REGIONS)
    road = rng.choice(roads)
    no = f"{rng.randint(1, 888)}号"
    est = rng.choice(ESTATES)
    if fmt == "full_road_no":
        return "", f"{prov}{city}{dist}{road}{no}", ""
    if fmt == "full_estate_room":
        return "", f"{prov}{city}{dist}{road}{no}{est}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{_room(rng)}室", ""
    if fmt == "city_bare_room":
        return "", f"{city}{dist}{est}{rng.randint(1, 30)}号楼{rng.randint(1, 4)}单元{_room(rng)}", ""
    if fmt == "district_dash_room":
        return "", f"{dist}{road}{no}{est}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{_room(rng)}", ""
    if fmt == "rural_village":
        p, c, county, town, vil = rng.choice(RURAL)
        head = rng.choice((f"{p}{c}", f"{c}", f"{p}{c}"))
        grp = rng.choice(("一", "二", "三", "四", "五", "六", "七", "八"))
        return "", f"{head}{county}{town}{vil}{grp}组{rng.randint(1, 99)}号", ""
    if fmt == "office_floor":
        return "", f"{city}{dist}{road}{no}{rng.choice(BUILDINGS)}{rng.randint(2, 38)}层", ""
    if fmt == "spaced_label":
        return "", f"{city} {dist} {road}{no} {est} {rng.randint(1, 30)}栋 {_room(rng)}室", ""
    raise KeyError(fmt)


ADDR_VARIANTS = {
    "address_home": ("full_road_no", "full_estate_room", "city_bare_room", "district_dash_room", "rural_village",
                     "spaced_label"),
    "address_work": ("office_floor", "office_floor", "full_road_no"),
}
PII_GEN = {"mobile": g_mobile, "landline": g_landline, "id_card": g_id_card, "bank_card": g_bank_card,
           "email": g_email, "qq": g_qq, "wechat": g_wechat, "plate": g_plate, "address": g_address}
FORMATS = {
    "mobile": ("plain", "plain", "plain", "space_344", "dash_344", "plus86"),
    "landline": ("area_dash", "area_dash", "area_paren", "area_plain", "area_space", "dash_ext"),
    "id_card": ("plain18", "plain18", "plain18", "x_upper", "x_lower", "space_684"),
    "bank_card": ("unionpay16", "unionpay19", "unionpay19", "space_4", "visa_master16", "domestic95_19"),
    "email": ("qq_numeric", "pinyin_digits", "pinyin_digits", "dotted_name", "corporate"),
    "qq": ("digits_long", "digits_long", "digits_short"),
    "wechat": ("alnum", "alnum", "underscore", "wxid", "dash_name"),
    "plate": ("std7", "std7", "nev8", "dot_sep", "space_sep"),
    "address": ("full_road_no", "full_estate_room", "city_bare_room", "district_dash_room", "rural_village",
                "office_floor", "spaced_label"),
}

# ------------------------------------------------------------ near-miss generators

COURTS = ("朝阳区人民法院", "海淀法院", "浦东新区人民法院", "南山区人民法院", "天河区人民法院", "西湖区人民法院",
          "武侯区人民法院", "金水区人民法院", "中级人民法院", "互联网法院", "劳动人事争议仲裁委员会")
COURT_ABBR = (("京", "0105"), ("京", "0108"), ("沪", "0115"), ("粤", "0305"), ("粤", "0106"), ("浙", "0106"),
              ("川", "0107"), ("豫", "0105"), ("鲁", "0102"), ("陕", "0113"))


def _bad_card(rng):
    while True:
        head = rng.choice(CARD_BINS16 + CARD_BINS19 + ("2024", "1000"))
        v = head + _dig(rng, rng.choice((16, 19)) - len(head))
        if not _luhn_ok(v):
            return v


def _bad_id(rng):
    while True:
        v = _id_raw(rng)
        w = v[:17] + rng.choice("0123456789X")
        if not _id_ok(w) and not (w.isdigit() and _luhn_ok(w)):
            return w


def n_amount(rng):
    return rng.choice((f"{rng.choice((3000, 5000, 8000, 12000, 20000, 35000))}元", f"¥{rng.randint(2, 90)},{rng.randint(0, 9)}00",
                       f"{rng.randint(1, 60)}.{rng.randint(1, 9)}万", f"{rng.randint(200, 9000)}块",
                       f"{rng.randint(1, 99)}万元", f"人民币{rng.randint(1000, 500000)}元"))


def n_date_time(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{rng.choice((2023, 2024, 2025))}年{m}月{d}日", f"{m}月{d}日上午9:30", f"{m}月{d}号下午两点半",
                       f"{rng.choice((2024, 2025))}-{m:02d}-{d:02d} 14:00", f"{m}.{d}", f"下周三上午{rng.randint(8, 11)}点"))


def n_case_no(rng):
    a, c = rng.choice(COURT_ABBR)
    kind = rng.choice(("民初", "民初", "民终", "执", "执保", "民特"))
    y = rng.choice((2023, 2024, 2025))
    br = rng.choice((("(", ")"), ("（", "）"), ("〔", "〕")))
    return f"{br[0]}{y}{br[1]}{a}{c}{kind}{rng.randint(100, 39999)}号"


def n_arb_no(rng):
    return rng.choice((f"京朝劳人仲字[{rng.choice((2024, 2025))}]第{rng.randint(100, 9999)}号",
                       f"深劳人仲案[{rng.choice((2024, 2025))}]{rng.randint(100, 9999)}号",
                       f"杭西劳人仲案字〔{rng.choice((2024, 2025))}〕第{rng.randint(10, 999)}号"))


def n_tracking_no(rng):
    return rng.choice(("SF" + _dig(rng, 13), "1" + _dig(rng, 12), "JT" + _dig(rng, 13), "YT" + _dig(rng, 13),
                       "75" + _dig(rng, 12)))


def n_order_no(rng):
    return rng.choice((f"LS{rng.choice((2024, 2025))}{_dig(rng, 10)}", f"FW{_dig(rng, 12)}", f"ZX-{_dig(rng, 8)}"))


def n_law_article(rng):
    return rng.choice((f"《劳动合同法》第{rng.choice((38, 46, 47, 82, 87))}条", f"《民法典》第{rng.choice((1062, 1079, 1087, 1091, 680))}条",
                       f"劳动合同法第{rng.choice(('三十八', '四十七', '八十二', '八十七'))}条",
                       f"《民事诉讼法》第{rng.choice((122, 171, 247))}条"))


def n_verify_code(rng):
    return _dig(rng, rng.choice((4, 6)))


def n_credit_code(rng):
    return "91" + rng.choice(("110105", "310115", "440300", "330106", "510107")) + "MA" + \
        "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + rng.choice("0123456789ABCDEFGHJK")


def n_invoice_no(rng):
    return rng.choice((_dig(rng, 8), _dig(rng, 20)))


def n_contract_no(rng):
    return rng.choice((f"HT-{rng.choice((2024, 2025))}-{_dig(rng, 4)}", f"WT{rng.choice((2024, 2025))}{_dig(rng, 3)}号",
                       f"（{rng.choice((2024, 2025))}）恒信律委字第{rng.randint(10, 999)}号"))


def n_bad_id(rng):
    return _bad_id(rng)


def n_bad_card(rng):
    return _bad_card(rng)


def n_hotline(rng):
    return rng.choice(("12348", "12368", "12333", "12345", "110", f"400-{_dig(rng, 3)}-{_dig(rng, 4)}",
                       f"400{_dig(rng, 7)}", "95588", "95533", f"800-{_dig(rng, 3)}-{_dig(rng, 4)}"))


def n_duration(rng):
    return rng.choice((f"{rng.randint(1, 12)}年零{rng.randint(1, 11)}个月", f"{rng.randint(2, 30)}个月", f"{rng.randint(1, 15)}年多"))


def n_percent(rng):
    return rng.choice((f"{rng.choice((3.45, 13.8, 15.4, 24, 36))}%", f"月息{rng.randint(1, 3)}分", f"年化{rng.randint(6, 36)}%"))


def n_postal_code(rng):
    return rng.choice(("100020", "200120", "518057", "510620", "310012", "210008", "610041", "430074", "450008"))


def n_masked(rng):
    return rng.choice((f"{rng.choice(MOBILE_PREFIXES)}****{_dig(rng, 4)}", f"{rng.choice(ID_AREAS)}********{_dig(rng, 4)}",
                       f"6222 **** **** {_dig(rng, 4)}", f"{rng.choice(ID_AREAS)[:3]}***********{_dig(rng, 3)}X"))


def n_tail_digits(rng):
    return _dig(rng, 4)


def n_court_place(rng):
    return rng.choice(COURTS)


def n_court_room(rng):
    return rng.choice((f"第{rng.randint(1, 30)}法庭", f"第{rng.choice(('一', '三', '五', '八', '十二'))}审判庭", f"{rng.randint(2, 9)}0{rng.randint(1, 9)}法庭"))


def n_city_only(rng):
    return rng.choice(("杭州", "深圳", "成都", "郑州", "北京朝阳", "上海浦东", "武汉", "老家河南", "西安雁塔区"))


def n_pay_code(rng):
    # court fee payment code, 20-22 digits
    return _dig(rng, rng.choice((20, 21, 22)))


def n_time_only(rng):
    return rng.choice((f"{rng.randint(8, 17)}:{rng.choice(('00', '30', '15'))}", f"{rng.randint(1, 6)}点半", "9点"))


def n_count(rng):
    return rng.choice((f"{rng.randint(2, 30)}页", f"{rng.randint(2, 12)}份"))


def n_installments(rng):
    return str(rng.choice((3, 6, 10, 12, 24)))


def n_salary(rng):
    return f"{rng.randint(3, 30)}{rng.choice(('000', '500', '800'))}"


NEAR_GEN = {k[2:]: v for k, v in dict(globals()).items() if k.startswith("n_") and callable(v)}

# ------------------------------------------------------------ templates

PII_TEMPLATES = (
    "张律师您好，我是昨天咨询劳动仲裁的，我电话{mobile}，麻烦您有空回个电话🙏",
    "起诉状上被告的身份证号：{id_card}，住址：{address_home}，您看这样写行不行？",
    "对方（欠款人）手机{mobile}，之前一直打不通，现在直接把我拉黑了😭",
    "借条上写的打款账户是{bank_card}，转账记录我都截图了",
    "离婚协议里的房子地址是{address_home}，房产证上是我们两个人的名字",
    "我的邮箱{email}，合同电子版麻烦发这个邮箱，谢谢",
    "{email} 这个是我常用的邮箱，判决书扫描件也可以发这里",
    "加我微信吧{wechat}，语音说比较方便",
    "律师，我的微信号是{wechat}，QQ是{qq}，哪个方便用哪个",
    "肇事车牌号{plate}，交警出了事故认定书，对方全责",
    "对方开的车是{plate}，我听说他名下还有一套房，能不能申请查封？",
    "公司座机{landline}，人事那边一直说老板不在",
    "材料寄到{address}，收件人写我，电话{mobile}",
    "邮寄地址：{address}\n联系电话：{mobile}",
    "身份证：{id_card}\n手机：{mobile}\n银行卡：{bank_card}（退费用）",
    "{mobile} 这是我老公的号码，他现在不接我电话，诉状上能写这个吗",
    "被申请人（公司）联系电话{landline}，注册地址{address_work}",
    "我在{address_work}上班，离法院挺远的，开庭那天能不能线上？",
    "孩子他爸现在住{address_home}，这个地址法院能送达到吗",
    "QQ {qq}，平时上班不方便看微信",
    "我扣扣号{qq}，文件大的话用QQ传快点",
    "借款人身份证号码{id_card}，他写借条时候我拍了身份证照片",
    "您好，我是法律服务平台的顾问，您预留的手机号{mobile}是本人在用吗？",
    "客户资料已登记：电话{mobile}、邮箱{email}，后续由王律师对接",
    "{id_card} 是这个，刚才发的那个少了一位",
    "那个车{plate}现在天天停在他家楼下，他家是{address_home}，能不能先扣了",
    "工资卡是{bank_card}，公司从去年10月就没往里打过钱了",
    "被告户籍地：{address_home}，现居住地不清楚",
    "我家座机{landline}，白天没人，晚上七点以后打",
    "您好我是李律师的助理，企业微信不方便的话可以加我个人微信{wechat}",
    "发票抬头开个人，邮箱{email}，电子发票发这里就行",
    "我前夫的车牌是{plate}，离婚的时候说好归我的，现在他还开着",
    "老板手机{mobile}，老板娘手机{mobile}，两个人都不接",
    "公司地址{address_work}，我们在那上了三年班，合同一直没签",
    "还款账号{bank_card}，他说是他表哥的卡，这个能作为证据吗？",
    "微信：{wechat} 📱{mobile}",
    "对方的QQ号{qq}，聊天记录里他承认借了钱",
    "麻烦快递寄回原件，地址{address}，到付也可以",
    "收件信息：{address} {mobile}",
    "我身份证号码是{id_card}，户口在{address_home}",
    "法官让补充被告身份信息，他的身份证{id_card}，手机{mobile}，您看够不够",
    "卡号{bank_card}\n户名：本人\n开户行：建设银行",
    "退款请打到这个卡{bank_card}，谢谢🙏",
    "律师我那个劳动仲裁的案子，公司人事的座机是{landline}，手机{mobile}",
    "对方邮箱{email}，之前合同都是通过邮箱来回发的",
    "电话{mobile}（微信同号）",
    "出事那天我就在{address_home}，楼下有监控",
    "老人住在{address_home}，房子是我爸一个人出的钱",
    "邮箱 {email}\nQQ {qq}\n微信 {wechat}",
    "欠款人名下两台车{plate}、{plate}，都能查到",
    "申请执行人银行账户：{bank_card}，被执行人地址：{address}",
    "原告：本人，身份证号{id_card}，联系方式{mobile}，住{address_home}",
    "我老家座机{landline}，我妈在家，法院寄东西可以打这个",
    "劳动者联系电话：{mobile}；用人单位联系电话：{landline}",
    "我手机号吗换了，新的是{mobile}，旧的不用了",
    "身分证{id_card}",
    "律师好！我把对方的信息整理了：\n电话 {mobile}\n车 {plate}\n住址 {address_home}",
    "微信号{wechat}，备注一下离婚咨询，不然我不通过",
    "加一下QQ：{qq}，验证写律所名字",
    "{wechat} 这是我微信，您加我一下",
    "对方律师的邮箱是{email}，让我们把证据目录发过去",
    "我在{address}，离你们律所近吗？想当面咨询一下",
    "你好 我网上看到你们可以帮忙要账 欠我钱的人电话{mobile} 欠了八万多",
    "合同上乙方地址写的{address}，但是人早就搬走了",
    "对方微信{wechat}已经把我删了，聊天记录还在",
    "交通事故 对方车牌{plate} 保险公司一直拖着不赔",
    "转账信息：收款卡号{bank_card}，金额{amount}",
    "仲裁申请书寄给被申请人，地址{address_work}，电话{landline}",
    "我老公的身份证号{id_card}，结婚证复印件上有",
    "这是我单位的座机{landline}，有事打这个也行",
    "身份证号{id_card} 手机号{mobile} 邮箱{email}",
    "好的，我邮箱{email}，收到回复一下哈",
    "开车的人说他车牌{plate}，是他公司的车",
    "律师您好，案号{case_no}的那个，被告新地址我找到了：{address_home}",
    "户籍地址：{address_home}\n经常居住地：{address_home}",
    "{mobile}\n{address}\n寄顺丰，谢谢",
    "😭我真的没办法了，他天天打我电话{mobile}催债，还去我家{address_home}堵门",
    "借条上借款人写的电话是{mobile}，身份证号{id_card}",
    "我工资卡{bank_card}是农行的，流水可以去柜台打",
    "被告住所地{address}，所以要去那边的法院起诉吗？",
    "微信号：{wechat}（不是手机号）",
    "老家地址是{address_home}，户口一直没迁",
    "陈律师，我的车{plate}被他开走了，报警有用吗",
    "家里电话{landline}，手机{mobile}，都能找到我",
    "我把邮箱改成{email}了，之前那个登不上去",
    "他的QQ{qq}，空间里有他晒的照片，能当证据吗",
    "对方当事人联系方式：{mobile}；QQ：{qq}；微信：{wechat}",
    "退费到原卡{bank_card}就行，不用开发票",
    "卡号：{bank_card}（工商银行）\n身份证：{id_card}",
    "您好，王律师让我把委托合同发您邮箱，是{email}吗？",
    "【法律咨询登记】\n联系电话：{mobile}\n身份证号：{id_card}\n现住址：{address_home}\n案由：劳动争议",
    "好的收到，我们这边核对一下，您的手机尾号是{tail_digits}对吧？另外邮箱{email}已备注",
    "律师，这是我婆婆家的座机{landline}，孩子现在在她那住",
    "对方单位{address_work}，联系人座机{landline}",
    "被执行人名下车辆：{plate}，建议申请查封",
    "被告二：身份证号{id_card}，住{address_home}，电话{mobile}",
    "明天{date_time}开庭，我把身份证原件带上，号码{id_card}",
    "小刘助理您好，我的QQ是{qq}，邮箱是{email}，这两个都行",
    "我的新号{mobile}请备注一下，之前{mobile}那个停机了",
    "好的，材料我今天寄出，寄到贵所还是寄到{address}？",
    "我借给他钱是转到他这张卡{bank_card}，一共转了{amount}",
    "房子在{address_home}，首付是我爸妈出的，贷款婚后一起还的",
    "加了吗？我微信{wechat}，头像是个小孩",
    "仲裁委让留个座机，我填的{landline}，可以吗",
    "我是{plate}的车主，事故那天车是我朋友借去开的",
    "律师这是对方发我的收款码截图 上面的卡号{bank_card}",
    "请把律师费发票寄到{address}，电话{mobile}，谢谢！",
    "您好，我是被告的家属，我弟弟身份证{id_card}，他现在人在外地",
    "这边是{landline}，我们是法律援助中心转过来的",
    "用人单位地址{address_work}，法定代表人电话{mobile}",
    "我们公司在{address_work}，律师您方便过来一趟吗？前台电话{landline}",
    "卡号6222 **** **** {tail_digits}，这张卡被冻结了，户籍地址{address_home}，是不是跟那个案子有关",
)

NEAR_TEMPLATES = (
    "律师费{amount}，分两期付，第一期{amount}签合同时付",
    "开庭时间定在{date_time}，地点在{court_place}{court_room}，请提前半小时到",
    "您的案号是{case_no}，可以打{hotline}查进度",
    "快递单号{tracking_no}，顺丰的，明天应该能到",
    "订单号{order_no}，咨询费{amount}已付",
    "根据{law_article}，公司违法解除要付2N的赔偿金",
    "【XX法律服务】验证码{verify_code}，5分钟内有效，请勿泄露",
    "对方公司统一社会信用代码{credit_code}，企查查上能查到",
    "仲裁案号{arb_no}，{date_time}开庭",
    "发票号码{invoice_no}，电子发票已经发您邮箱了",
    "合同编号{contract_no}，请核对后签字",
    "诉讼费缴费通知书上的编号是{bad_id}，我去银行交的时候柜员说这个不用填",
    "转账凭证上的交易流水号{bad_card}，您看看到账没",
    "法律援助热线{hotline}，可以先打过去问问",
    "我在公司干了{duration}，公司说只赔一个月",
    "借款{amount}，约定利息{percent}，超过的部分法院还支持吗",
    "邮编{postal_code}，收件写法院立案庭就行",
    "对方手机号{masked}，中间几位我也记不清了",
    "尾号{tail_digits}那张卡转的律师费，您查一下",
    "判决书{date_time}送达的，上诉期是15天对吧",
    "我在{court_place}立的案，立案庭让补材料",
    "EMS单号{tracking_no}，法院的传票是这个单号吗",
    "律师，{city_only}这边的劳动仲裁一般多久能出结果？",
    "缴费码{pay_code}，在微信里搜非税缴费就能交",
    "月工资{salary}，加班费从来没给过，{duration}下来能要多少",
    "好的，{date_time}我在律所等您，带上身份证原件和结婚证",
    "执行案号{case_no}，法院说{duration}内没财产就终本了",
    "您好，已为您预约{date_time}的电话咨询，律师会在{time_only}左右联系您",
    "证据材料一共{count}，我都扫描成PDF了",
    "对方起诉要{amount}，还有违约金按{percent}算",
    "请问{hotline}是你们的客服电话吗？一直打不通",
    "交了{amount}的诉讼费，收据编号{invoice_no}",
    "二审案号出来了：{case_no}",
    "合同第{count}写的是违约责任吗？我看不太懂，一共{count}",
    "我是{city_only}的，想咨询一下离婚财产怎么分",
    "对方证件号{masked}，只看到这么多，能查到人吗",
    "12368短信通知我{date_time}去领判决书",
    "劳动仲裁时效是1年，从{date_time}算起还来得及吗",
    "调解书上写的是分{installments}期还清，每期{amount}",
    "对方公司信用代码是{credit_code}吗？我查到两个差不多的",
    "这个{bad_card}是回执上的编号，不是卡号哈",
    "您好，律所的对公账户信息以合同为准，转账时备注{order_no}",
    "法院的立案编号{bad_id}，网上能查到状态吗",
    "今天{time_only}之前把材料给我就行，{court_place}明天上午开门",
    "我{duration}没回老家了，孩子一直是老人带",
    "咨询订单{order_no}已完成，请对本次服务评价⭐",
    "快递到了吗？{tracking_no}显示已签收",
    "律师费打了{amount}，截图给您，交易单号{bad_card}",
    "涉及{law_article}，举证责任在用人单位",
    "😭律师我好怕，开庭是{date_time}吗？我要说什么",
    "对方律师说最多给{amount}，按{law_article}应该是多少？",
    "法院打来的电话显示{hotline}，是真的法院吗，不会是诈骗吧",
    "{date_time}前把答辩状提交到{court_place}",
    "签收码{verify_code}，法院的EMS要签收码",
    "电子送达平台登录验证码{verify_code}",
    "发票代码{invoice_no}，发票号码{invoice_no}",
    "房子评估价{amount}，贷款还剩{amount}没还",
    "这个{masked}是他吗？截图上只显示这么多",
    "王律师，{court_place}那边回电话了，说{date_time}可以调解",
    "委托合同{contract_no}已盖章，原件寄出，单号{tracking_no}",
    "改到{court_room}了，{date_time}，别走错",
    "传票上写的{court_place}{court_room}，我到了门口保安不让进😢",
    "法院地址邮编是{postal_code}吗？我填快递单要用",
    "律师费发票{invoice_no}请查收，金额{amount}",
)

_MARK = re.compile(r"\{(\w+)\}")


def _fill(rng, tpl, force=None):
    """force: (kind, fmt) applied to the first marker of that kind."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    used_force = False
    i = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        name = m.group(1)
        allowed = None
        if name in ADDR_VARIANTS:
            allowed = ADDR_VARIANTS[name]
            name = "address"
        if name in PII_GEN:
            if force and force[0] == name and not used_force and (allowed is None or force[1] in allowed):
                fmt = force[1]
                used_force = True
            else:
                fmt = rng.choice(allowed or FORMATS[name])
            pre, val, post = PII_GEN[name](rng, fmt)
            out.append(pre)
            pos += len(pre)
            ents.append((name, pos, pos + len(val)))
            fmts.append(fmt)
            out.append(val + post)
            pos += len(val) + len(post)
        else:
            val = NEAR_GEN[name](rng)
            nears.append((name, pos, pos + len(val)))
            out.append(val)
            pos += len(val)
        i = m.end()
    out.append(tpl[i:])
    return "".join(out), ents, fmts, nears


N_PII_ROWS = 900
N_NEAR_ROWS = 660
FORCE_PER_FMT = 5


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []
    tids = []
    def fits(t, k, fmt):
        if "{" + k + "}" in t:
            return True
        return k == "address" and any("{" + v + "}" in t and fmt in fs for v, fs in ADDR_VARIANTS.items())

    for k in KINDS:
        for fmt in dict.fromkeys(FORMATS[k]):
            cands = [i for i, t in enumerate(PII_TEMPLATES) if fits(t, k, fmt)]
            for ti in rng.sample(cands, FORCE_PER_FMT):
                rows.append(_fill(rng, PII_TEMPLATES[ti], (k, fmt)))
                tids.append(f"P{ti}")
    while len(rows) < N_PII_ROWS:
        ti = rng.randrange(len(PII_TEMPLATES))
        rows.append(_fill(rng, PII_TEMPLATES[ti]))
        tids.append(f"P{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = rng.randrange(len(NEAR_TEMPLATES))
        rows.append(_fill(rng, NEAR_TEMPLATES[ti]))
        tids.append(f"N{ti}")
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind57_corpus() -> pd.DataFrame:
    return _build()


# ------------------------------------------------------------ checks

_EMAIL = re.compile(r"^[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
_PLATE = re.compile(r"^[京沪粤浙苏川鄂豫鲁陕湘闽津渝皖][A-Z][·\s]?[A-Z0-9]{5,6}$")
_ADDR_HEAD = re.compile(r"^(\S+?[省市区县])")
_ADDR_TAIL = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            d = _norm(v)
            if k == "id_card":
                assert _id_ok(d), v
                assert ID_AREAS.count(d[:6]) == 1
            elif k == "bank_card":
                assert d.isdigit() and len(d) in (16, 19) and _luhn_ok(d), v
            elif k == "mobile":
                assert d.isdigit() and len(d) == 11 and d[:3] in MOBILE_PREFIXES, v
                assert not text[e:e + 1].isdigit(), text
                assert not text[max(0, s - 1):s].isdigit() or text[max(0, s - 3):s] == "+86", text
            elif k == "landline":
                assert d.isdigit() and d.startswith("0") and 10 <= len(d) <= 12, v
                assert any(d.startswith(c) for c, _ in AREA_CODES), v
            elif k == "email":
                assert _EMAIL.match(v), v
            elif k == "qq":
                assert v.isdigit() and 5 <= len(v) <= 10 and v[0] != "0", v
            elif k == "wechat":
                assert re.match(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$", v), v
            elif k == "plate":
                assert _PLATE.match(v), v
            elif k == "address":
                assert _ADDR_HEAD.match(v) and _ADDR_TAIL.search(v), v
        for k, s, e in ns:
            assert k in NEAR_GEN, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            d = _norm(v)
            if d.isdigit() and 16 <= len(d) <= 19:
                assert not _luhn_ok(d), (k, v)
            if len(d) == 18 and d[:17].isdigit():
                assert not _id_ok(d), (k, v)
            if d.isdigit() and len(d) == 11:
                assert d[:3] not in MOBILE_PREFIXES, (k, v)
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
    assert df.equals(make_blind57_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k in KINDS for f in dict.fromkeys(FORMATS[k])]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

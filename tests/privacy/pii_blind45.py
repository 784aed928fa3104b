"""Forty-fifth blind PII corpus (``split == "blind45"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` was
read except the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; of ``tests/`` only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` were read (layout and entry-point names); no
other corpus or test, nothing under ``bench/`` or ``docs/``, no README and no
git history.  It never imported ``toolkit`` and never ran any masking or
finding function on this data.  Value shapes, chat contexts and labels come
only from the writer's own idea of what staff of charity foundations / NGOs
and their donors, volunteers and aid applicants type in WeCom 1:1 and group
chats.

What is different here: the THEME is CHARITY, DONATIONS AND VOLUNTEERING.
Donors ask for 捐赠票据 (with ID numbers and e-mail), change the bank card of
their monthly donation (月捐), volunteers register (ID, mobile, emergency
contact, address, WeChat / QQ), families in need send aid applications
(rural addresses down to 村 / 组 / 号, bank cards for aid money), blood /
stem-cell / hair donors, drivers of the 爱心车队 register plates, companies
send contact landlines for matching gifts.  Near-misses are those of the
trade: donation amounts (also in capitals), project numbers, receipt codes and
numbers, volunteer numbers, hours of service, dates, unified social credit
codes of foundations, public (对公) account numbers of foundations (never
16-19 digits long), bank branch codes (联行号), 400 / 95xxx hotlines, masked
values, card tails, ID-shaped strings failing the check digit, card-shaped
numbers failing Luhn, payment transaction numbers, verification codes, blood
volumes, postal codes, head counts and bare place names.

Seed
----
``SEED = "blind45-2026-charity-第五十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  A span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, parentheses around an area code, the ``·`` of a
  plate) are inside; an address runs from its first place unit to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / a bare room number such
  as ``1502`` or ``3-2-1502``).  Names are never labelled (roles only).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind45"``

Counts (``python tests/privacy/pii_blind45.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1274
(mobile 304, address 243, id_card 149, email 125, bank_card 118, plate 102,
landline 96, wechat 71, qq 66);
near-miss spans=1163 (1015 in near-miss rows), 22 near-miss kinds
(amount 205, date 159, receipt_no 78, place_only 63, proj_no 62,
pub_account 56, hours 48, masked 48, tail_digits 47, hotline 47, count 45,
vol_no 38, blood_volume 36, txn_no 36, bad_card 30, bad_id 29, verify_code 28,
credit_code 28, postal_code 26, bank_code 20, goods_qty 18, hair_length 16);
formats=44 distinct, each used >= 10 times in >= 7 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind45-2026-charity-第五十位写手"
SPLIT = "blind45"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


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
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()]", "", s)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- value tables

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

ID_AREAS = (
    "110105", "110108", "310104", "310115", "440106", "440305", "510107", "510108", "420111",
    "330106", "320106", "410105", "430104", "610113", "530102", "520102", "412726", "622421",
    "522427", "530627", "430524", "513431", "341221", "360731", "451228", "141124", "370102",
    "130102", "210102", "500101",
)

# (BIN, length)
UP19_BINS = ("622848", "622202", "621700", "621226", "623668", "622700", "621661", "622908", "623058", "621799")
UP16_BINS = ("622588", "625802", "622575", "622609", "628288", "625367")
INTL16_BINS = ("436742", "438088", "427020", "404119", "518710", "524047", "552599", "545620")
D95_BINS = ("95599", "95588", "95580", "95595")

AREA_CODES_3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA_CODES_4 = ("0755", "0571", "0371", "0531", "0311", "0731", "0871", "0851", "0931", "0394", "0857", "0870", "0351")

QQ_FIRST = "123456789"

WX_WORDS = (
    "xiaoyu", "lanlan", "aixin", "yangguang", "lijun", "chenhao", "wangfang", "zhanglei", "liumin",
    "huahua", "tiantian", "momo", "qingfeng", "shanshan", "zhiyuan", "xinxin", "haitao", "jiajia",
    "sunny", "lucky", "hope", "kindness", "dandan", "weiwei", "yiyi", "beibei",
)

MAIL_NAMES = (
    "liuxin", "wangjing", "zhaolei", "chenyu", "huangli", "zhoumin", "sunhao", "maqian", "guoyang",
    "heping", "lin.xiao", "zhang_wei", "yang.li", "xu.fang", "tang_jie", "songyu", "fengqi",
)
MAIL_FREE = ("163.com", "126.com", "sina.com", "foxmail.com", "yeah.net", "139.com", "sohu.com")
MAIL_ORG = ("aixinjj.org.cn", "hopefund.org", "cydf.org.cn", "xiangjiang-charity.cn", "shequjijin.org",
            "mingde-foundation.org.cn", "yyzq.org.cn")
MAIL_INTL = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com")

PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"),
              ("豫", "ABCDEFGHJKLMNPQRSU"), ("鄂", "ABCDEFGHJKLMNPQRS"), ("湘", "ABCDEFGHJKLMNU"),
              ("陕", "ABCDEFGHJKV"), ("云", "ACDEFGHJKLMNPQRS"), ("贵", "ABCDEFGHJ"), ("甘", "ABCDEFGHJKLMNP"))
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

CITIES = (
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "通州区", "昌平区")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "杨浦区", "静安区")),
    ("", "重庆市", ("渝北区", "江北区", "沙坪坝区", "九龙坡区")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区")),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "郫都区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区", "江岸区")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "秦淮区", "建邺区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城回族区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区", "天心区")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "碑林区", "长安区")),
    ("云南省", "昆明市", ("五华区", "官渡区", "盘龙区")),
    ("贵州省", "贵阳市", ("南明区", "云岩区", "观山湖区")),
    ("甘肃省", "兰州市", ("城关区", "七里河区", "安宁区")),
)
ROADS = ("人民路", "解放路", "中山路", "建设路", "文化路", "胜利街", "和平路", "新华路", "长江路",
         "青年路", "学府路", "滨江大道", "光明街", "朝阳北路", "东风路", "幸福大街", "南京西路",
         "科华北路", "金水东路", "长安南路")
ESTATES = ("阳光花园", "幸福里小区", "锦绣家园", "碧桂园", "金色港湾", "翠苑一区", "万科城", "御景湾",
           "绿地新都会", "保利花园", "西园三区", "和谐家园", "龙湖春江郦城", "育才小区", "电力宿舍",
           "桂花苑", "东方明珠花园", "纺织厂家属院")
RURAL = (
    ("河南省", "周口市", "郸城县", "汲冢镇", "李楼村"),
    ("甘肃省", "定西市", "通渭县", "平襄镇", "孟河村"),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", "草海镇", "白马村"),
    ("云南省", "昭通市", "镇雄县", "以勒镇", "赵家沟村"),
    ("湖南省", "邵阳市", "隆回县", "小沙江镇", "旺溪村"),
    ("四川省", "凉山彝族自治州", "昭觉县", "三岔河镇", "三河村"),
    ("安徽省", "阜阳市", "临泉县", "迎仙镇", "王营村"),
    ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
    ("广西壮族自治区", "河池市", "都安瑶族自治县", "地苏镇", "大定村"),
    ("山西省", "吕梁市", "临县", "三交镇", "小塔则村"),
    ("河北省", "保定市", "阜平县", "龙泉关镇", "骆驼湾村"),
    ("陕西省", "延安市", "延川县", "文安驿镇", "梁家河村"),
)
CN_NUM = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
PLACES_ONLY = ("朝阳区", "郫都区", "昆明", "成都", "郑州东站", "人民广场", "天河区", "西湖边上", "县城",
               "镇上", "市儿童医院", "五道口", "南山区", "武汉", "老家周口", "西安北站")


# --------------------------------------------------------------------------- PII generators
# each returns (prefix_outside, value, suffix_outside, format)

def _mobile_raw(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def g_mobile(rng):
    m = _mobile_raw(rng)
    f = rng.choice(("plain", "plain", "plain", "space_344", "dash_344", "plus86"))
    if f == "plain":
        return "", m, "", f
    if f == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", "", f
    if f == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", "", f
    return rng.choice(("+86 ", "+86", "+86-", "0086 ")), m, "", f


def _id_raw(rng, want):
    while True:
        y = rng.randint(1948, 2010)
        mth = rng.randint(1, 12)
        d = rng.randint(1, 28 if mth == 2 else (30 if mth in (4, 6, 9, 11) else 31))
        s17 = f"{rng.choice(ID_AREAS)}{y:04d}{mth:02d}{d:02d}{rng.randint(1, 999):03d}"
        c = _id_check(s17)
        if (want == "X") == (c == "X"):
            return s17 + c


def g_id(rng):
    f = rng.choice(("plain_18", "plain_18", "plain_18", "x_upper", "x_lower", "space_6_8_4"))
    if f in ("x_upper", "x_lower"):
        v = _id_raw(rng, "X")
        return "", (v if f == "x_upper" else v[:17] + "x"), "", f
    v = _id_raw(rng, "D")
    if f == "space_6_8_4":
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", "", f
    return "", v, "", f


def _card(rng, bin_, n):
    body = bin_ + _digits(rng, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def _group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def g_bank(rng):
    f = rng.choice(("up19_plain", "up19_plain", "up19_space4", "up16_plain", "intl16_space4", "d95_19_plain",
                    "up16_dash4"))
    if f.startswith("up19"):
        v = _card(rng, rng.choice(UP19_BINS), 19)
    elif f.startswith("up16"):
        v = _card(rng, rng.choice(UP16_BINS), 16)
    elif f.startswith("intl16"):
        v = _card(rng, rng.choice(INTL16_BINS), 16)
    else:
        v = _card(rng, rng.choice(D95_BINS), 19)
    if "space4" in f:
        v = _group4(v)
    elif "dash4" in f:
        v = _group4(v, "-")
    return "", v, "", f


def _landline_parts(rng):
    if rng.random() < 0.5:
        return rng.choice(AREA_CODES_3), str(rng.randint(2, 8)) + _digits(rng, 7)
    ac = rng.choice(AREA_CODES_4)
    n = 8 if ac in ("0755", "0571", "0371", "0531", "0311", "0731", "0871", "0851", "0931") else 7
    return ac, str(rng.randint(2, 8)) + _digits(rng, n - 1)


def g_landline(rng):
    ac, loc = _landline_parts(rng)
    f = rng.choice(("dash", "dash", "paren", "plain", "dash_ext", "space", "fullwidth_paren"))
    if f == "dash":
        return "", f"{ac}-{loc}", "", f
    if f == "paren":
        return "", f"({ac}){loc}", "", f
    if f == "fullwidth_paren":
        return "", f"（{ac}）{loc}", "", f
    if f == "plain":
        return "", ac + loc, "", f
    if f == "space":
        return "", f"{ac} {loc}", "", f
    return "", f"{ac}-{loc}", rng.choice(("转", "-", "分机", " 转")) + str(rng.randint(801, 8899)), f


def g_qq(rng):
    f = rng.choice(("qq_8_9", "qq_8_9", "qq_10", "qq_5_7"))
    n = {"qq_8_9": rng.choice((8, 9)), "qq_10": 10, "qq_5_7": rng.choice((6, 7))}[f]
    first = "123" if n == 10 else QQ_FIRST
    return "", rng.choice(first) + _digits(rng, n - 1), "", f


def g_wechat(rng):
    f = rng.choice(("word_digits", "underscore", "wxid", "dash", "capital_mixed"))
    w = rng.choice(WX_WORDS)
    if f == "word_digits":
        v = w + rng.choice((str(rng.randint(1970, 2008)), _digits(rng, 4), str(rng.randint(100, 999))))
    elif f == "underscore":
        v = w + "_" + rng.choice((str(rng.randint(1, 99)), _digits(rng, 4), rng.choice(WX_WORDS)))
    elif f == "wxid":
        v = "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    elif f == "dash":
        v = w + "-" + rng.choice(WX_WORDS) + rng.choice(("", str(rng.randint(1, 99))))
    else:
        v = w.capitalize() + rng.choice(WX_WORDS).capitalize() + _digits(rng, 2)
    return "", v, "", f


def g_email(rng):
    f = rng.choice(("qq_digits", "pinyin_free", "org_domain", "intl_free", "pinyin_free"))
    if f == "qq_digits":
        v = rng.choice(QQ_FIRST) + _digits(rng, rng.choice((7, 8, 9))) + "@qq.com"
    elif f == "pinyin_free":
        v = rng.choice(MAIL_NAMES) + rng.choice(("", str(rng.randint(1, 99)), str(rng.randint(1975, 2005)))) \
            + "@" + rng.choice(MAIL_FREE)
    elif f == "org_domain":
        v = rng.choice(("info", "juanzeng", "volunteer", "zhiyuanzhe", "donate", "hr", "gongyi",
                        rng.choice(MAIL_NAMES))) + "@" + rng.choice(MAIL_ORG)
    else:
        v = rng.choice(MAIL_NAMES).replace("_", ".") + str(rng.randint(1, 999)) + "@" + rng.choice(MAIL_INTL)
    return "", v, "", f


def g_plate(rng):
    f = rng.choice(("fuel_7", "fuel_7", "ev_8", "dot_7", "space_7"))
    p, letters = rng.choice(PLATE_PROV)
    head = p + rng.choice(letters)
    if f == "ev_8":
        tail = rng.choice("DF") + _digits(rng, 5) if rng.random() < 0.7 else _digits(rng, 5) + rng.choice("DF")
        return "", head + tail, "", f
    # fuel: 5 chars, at most 2 letters
    while True:
        tail = "".join(rng.choice(PLATE_CHARS) for _ in range(5))
        if sum(c.isalpha() for c in tail) <= 2:
            break
    if f == "dot_7":
        return "", head + "·" + tail, "", f
    if f == "space_7":
        return "", head + " " + tail, "", f
    return "", head + tail, "", f


def _room(rng):
    fl = rng.randint(1, 26)
    return f"{fl}{rng.randint(1, 4):02d}"


def g_address_rural(rng):
    return g_address(rng, rng.choice(("rural_full", "rural_county")))


def g_address(rng, f=None):
    f = f or rng.choice(("prov_road_no", "city_estate_room", "district_bare_room", "lane_room", "rural_full",
                    "rural_county", "spaced", "road_no_only"))
    prov, city, dists = rng.choice(CITIES)
    dist = rng.choice(dists)
    road = rng.choice(ROADS)
    no = rng.randint(1, 399)
    est = rng.choice(ESTATES)
    if f == "prov_road_no":
        v = f"{prov}{city}{dist}{road}{no}号"
        if rng.random() < 0.6:
            v += f"{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元{_room(rng)}室"
    elif f == "road_no_only":
        v = f"{city}{dist}{road}{no}号"
    elif f == "city_estate_room":
        v = f"{city}{dist}{est}{rng.randint(1, 30)}{rng.choice(('幢', '栋', '号楼'))}{rng.randint(1, 6)}单元{_room(rng)}{rng.choice(('室', ''))}"
    elif f == "district_bare_room":
        v = f"{dist}{est}{rng.randint(1, 20)}-{rng.randint(1, 4)}-{_room(rng)}"
    elif f == "lane_room":
        dist = rng.choice(CITIES[1][2])
        v = f"上海市{dist}{rng.choice(('南京西路', '张杨路', '长宁路', '曹杨路', '控江路', '漕溪北路'))}{rng.randint(10, 1800)}弄{rng.randint(1, 90)}号{_room(rng)}室"
    elif f == "spaced":
        v = f"{city}{dist} {road}{no}号 {est} {rng.randint(1, 20)}号楼{_room(rng)}"
    else:
        rp, rc, cty, town, vil = rng.choice(RURAL)
        grp = rng.choice((f"{rng.choice(CN_NUM)}组", f"{rng.randint(1, 12)}组", f"{rng.choice(CN_NUM)}社", ""))
        tail = f"{grp}{rng.randint(1, 160)}号"
        if f == "rural_full":
            v = f"{rp}{rc}{cty}{town}{vil}{tail}"
        else:
            v = f"{cty}{town}{vil}{tail}"
    return "", v, "", f


PII_GEN = {
    "mobile": g_mobile, "id_card": g_id, "bank_card": g_bank, "landline": g_landline, "qq": g_qq,
    "wechat": g_wechat, "email": g_email, "plate": g_plate, "address": g_address,
    "address_rural": g_address_rural,
}
PII_KIND_OF = {"address_rural": "address"}
NEAR_KIND_OF = {"masked_mobile": "masked", "masked_id": "masked", "masked_card": "masked"}


# --------------------------------------------------------------------------- near-miss generators
# each returns (prefix_outside, value, suffix_outside)

CN_CAP = "零壹贰叁肆伍陆柒捌玖"


def n_amount(rng):
    a = rng.choice((10, 20, 30, 50, 66, 88, 99, 100, 200, 300, 500, 520, 800, 1000, 1314, 2000, 5000, 10000, 50000))
    k = rng.randint(0, 5)
    if k == 0:
        return "", f"{a}元", ""
    if k == 1:
        return "", f"¥{a}.00", ""
    if k == 2:
        return "", f"{a:,}.00元", ""
    if k == 3:
        return "", f"{a}块", ""
    if k == 4 and a in (100, 200, 300, 500, 800, 1000, 2000, 5000):
        s = {100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 800: "捌佰", 1000: "壹仟",
             2000: "贰仟", 5000: "伍仟"}[a]
        return "", f"人民币{s}元整", ""
    return "", f"{a}元", ""


def n_date(rng):
    y, m, d = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randint(0, 5)
    return "", (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}号", f"{y}/{m:02d}/{d:02d}",
                f"{m}月{d}日" + rng.choice((f"上午{rng.randint(8, 11)}点", f"下午{rng.randint(1, 5)}点", f"晚上{rng.randint(7, 9)}点")))[k], ""


def n_proj(rng):
    k = rng.randint(0, 3)
    y = rng.randint(2021, 2026)
    return "", (f"XM{y}{_digits(rng, 4)}", f"{y}-{rng.choice(('ZX', 'JZ', 'YL', 'ZL'))}-{_digits(rng, 3)}",
                f"GY{y}{_digits(rng, 6)}", f"CF-{y}-{_digits(rng, 4)}")[k], ""


def n_receipt(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "", _digits(rng, 10), ""
    if k == 1:
        return "", rng.choice(("11", "31", "44", "51")) + "0" + _digits(rng, 5), ""
    return "", f"JZ{rng.randint(2022, 2026)}{_digits(rng, 6)}", ""


def n_vol(rng):
    k = rng.randint(0, 2)
    return "", (f"ZYZ{_digits(rng, 8)}", f"V{rng.randint(2019, 2026)}{_digits(rng, 5)}",
                f"{rng.choice(('BJ', 'SH', 'GZ', 'CD'))}-{_digits(rng, 6)}")[k], ""


def n_hours(rng):
    h = rng.choice((rng.randint(2, 480), rng.randint(2, 300) + 0.5))
    return "", rng.choice((f"{h}小时", f"{h} 小时", f"{h}h")), ""


def _credit_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    mid = "".join(rng.choice(chars) for _ in range(9))
    if mid.isdigit():
        mid = mid[:-1] + "X"
    return "53" + rng.choice(("100000", "110000", "310000", "440000", "510000")) + mid + rng.choice(chars)


def n_credit(rng):
    return "", _credit_code(rng), ""


def n_pub(rng):
    n = rng.choice((12, 14, 15, 20, 21, 22))
    v = rng.choice("1234") + _digits(rng, n - 1)
    if rng.random() < 0.4:
        v = _group4(v)
    return "", v, ""


def n_hotline(rng):
    k = rng.randint(0, 4)
    return "", (f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", f"400{_digits(rng, 7)}", f"4006-{_digits(rng, 3)}-{_digits(rng, 3)}",
                rng.choice(("95588", "95599", "95533", "95566", "95555")), f"800-{_digits(rng, 3)}-{_digits(rng, 4)}")[k], ""


def n_masked_mobile(rng):
    return n_masked(rng, rng.choice((0, 4)))


def n_masked_id(rng):
    return n_masked(rng, rng.choice((1, 3)))


def n_masked_card(rng):
    return n_masked(rng, 2)


def n_masked(rng, k):
    m = _mobile_raw(rng)
    if k == 0:
        return "", m[:3] + "****" + m[7:], ""
    if k == 1:
        return "", rng.choice(ID_AREAS) + "********" + _digits(rng, 3) + rng.choice("0123456789X"), ""
    if k == 2:
        return "", "6222 **** **** " + _digits(rng, 4), ""
    if k == 3:
        return "", rng.choice(ID_AREAS)[:3] + "***********" + _digits(rng, 4), ""
    return "", m[:3] + "*****" + m[8:], ""


def n_tail(rng):
    return "", _digits(rng, 4), ""


def n_bad_id(rng):
    while True:
        v = _id_raw(rng, "D")
        wrong = [c for c in "0123456789X" if c != v[17]]
        v = v[:17] + rng.choice(wrong)
        if not _luhn_ok(v):
            return "", v, ""


def n_bad_card(rng):
    bin_, n = rng.choice(((rng.choice(UP19_BINS), 19), (rng.choice(UP16_BINS), 16)))
    v = _card(rng, bin_, n)
    v = v[:-1] + str((int(v[-1]) + rng.randint(1, 9)) % 10)
    if rng.random() < 0.3:
        v = _group4(v)
    return "", v, ""


def n_txn(rng):
    k = rng.randint(0, 2)
    return "", (f"4200{_digits(rng, 24)}", f"2024{_digits(rng, 24)}", f"T{_digits(rng, 21)}")[k], ""


def n_postal(rng):
    return "", rng.choice(("100020", "200120", "510630", "610041", "430070", "466700", "743300", "553100",
                           "657200", "422100", "236400", "342300", "073200")), ""


def n_verify(rng):
    return "", _digits(rng, rng.choice((4, 6))), ""


def n_place(rng):
    return "", rng.choice(PLACES_ONLY), ""


def n_blood(rng):
    return "", rng.choice(("200ml", "300ml", "400ml", "200毫升", "400毫升", "2个治疗量", "1个治疗量", "400CC")), ""


def n_bank_code(rng):
    return "", rng.choice(("102", "103", "104", "105", "308")) + _digits(rng, 9), ""


def n_count(rng):
    return "", f"{rng.randint(2, 600)}{rng.choice(('名', '人', '位'))}", ""


def n_goods(rng):
    return "", f"{rng.randint(5, 2000)}{rng.choice(('箱', '袋', '床', '件', '份', '斤'))}", ""


def n_hair(rng):
    return "", rng.choice(("30cm", "35厘米", "40cm", "45 cm", "50厘米", "38cm")), ""


NEAR_GEN = {
    "amount": n_amount, "date": n_date, "proj_no": n_proj, "receipt_no": n_receipt, "vol_no": n_vol,
    "hours": n_hours, "credit_code": n_credit, "pub_account": n_pub, "hotline": n_hotline, "masked_mobile": n_masked_mobile, "masked_id": n_masked_id, "masked_card": n_masked_card,
    "tail_digits": n_tail, "bad_id": n_bad_id, "bad_card": n_bad_card, "txn_no": n_txn, "postal_code": n_postal,
    "verify_code": n_verify, "place_only": n_place, "blood_volume": n_blood, "bank_code": n_bank_code,
    "count": n_count, "goods_qty": n_goods, "hair_length": n_hair,
}

# --------------------------------------------------------------------------- templates

PII_TEMPLATES = (
    "您好，我上个月捐了{amount}，想开捐赠票据，身份证号{id_card}，麻烦开一下🙏",
    "开票信息：\n抬头：个人\n身份证：{id_card}\n手机：{mobile}\n邮箱：{email}",
    "{id_card} 这是我身份证号，票据抬头写个人就行",
    "电子票据能发我邮箱吗 {email}",
    "票据发到{email}就好，谢谢你们！",
    "月捐我想换张卡扣款，新卡号{bank_card}，从下个月开始吧",
    "之前绑的卡注销了，请改成 {bank_card} ，还是每月{amount}",
    "志愿者报名：\n身份证号：{id_card}\n手机号：{mobile}\n紧急联系人电话：{mobile}\n现住址：{address}",
    "紧急联系人是我爸，电话{mobile}",
    "我住{address}，离活动点近，周末可以过去帮忙",
    "申请人家庭住址：{address_rural}，家里三口人，孩子在读初二",
    "救助金打到这张卡就行 {bank_card} 户名是孩子妈妈",
    "村里的地址是{address_rural}，快递能到镇上，到村里要自己去拿",
    "我是爱心车队的，车牌{plate}，明天早上七点到仓库装物资",
    "活动当天停车登记一下车牌 {plate} 谢谢",
    "{plate}是我的车，能进园区吗",
    "有事打我座机{landline}，上班时间都在",
    "我们单位工会想组织集体捐款，联系电话{landline}，找办公室就行",
    "QQ{qq}，学校社团的同学都在这个群里报名",
    "加我QQ吧 {qq} 微信不常用",
    "我微信号{wechat}，拉我进志愿者群呗",
    "vx：{wechat} 备注献血",
    "献血证书麻烦邮寄到{address}，电话{mobile}",
    "头发已经寄出了，寄件人电话{mobile}，地址{address}",
    "我手机号换了，新号{mobile}，以后活动通知发这个",
    "{mobile}\n这个是我老公的，我的打不通就打他的",
    "身份证{id_card}，卡号{bank_card}，开户行是县里的农商行",
    "麻烦核对一下：身份证 {id_card} 手机 {mobile}，上次填错了一位",
    "需要捐赠证书的话把邮箱发我哈～ 好的 {email}",
    "活动照片发我邮箱吧，{email}，谢谢老师",
    "受助学生信息：身份证号{id_card}，家庭住址{address}，监护人电话{mobile}",
    "老人的身份证号是{id_card}，他不会用手机，有事联系我{mobile}",
    "地址：{address}\n收件人：本人\n电话：{mobile}",
    "寄到 {address} 就行，到了给我打电话 {mobile}",
    "物资送到{address}，我们社区的人在门口等",
    "我在{address}附近，最近的献血屋在哪里呀",
    "我的献血证丢了，身份证号{id_card}，能帮查一下献血记录吗",
    "造血干细胞入库登记，手机{mobile}，QQ{qq}，身份证{id_card}",
    "志愿汇上绑的手机号是{mobile}，时长一直没同步😭",
    "退款退到原卡就行，卡号{bank_card}",
    "卡号 {bank_card}\n开户人 本人\n预留手机 {mobile}",
    "学生的银行卡{bank_card}，学校要求必须是本人卡",
    "微信{wechat}，QQ{qq}，两个都可以找到我",
    "我不用微信，有事发邮件{email}或者打座机{landline}",
    "明天义卖摊位我负责，车是{plate}，停在南门",
    "车牌号{plate}，司机电话{mobile}，今天要拉两趟",
    "{address}，这是我们小区捐衣箱的位置，满了好几天没人收",
    "需要帮扶的那户在{address}，屋里就一个老人",
    "身份证号码：{id_card}\n银行卡号：{bank_card}\n联系电话：{mobile}\n家庭住址：{address}",
    "上面表格里的电话写错了，应该是{mobile}😅",
    "打这个电话{landline}找民政办也行，工作日都有人",
    "电话：{landline}（工作日9:00-17:00）",
    "捐赠人：本人\n证件号：{id_card}\n捐赠金额：{amount}\n捐赠日期：{date}",
    "监护人手机{mobile}  学校老师电话{landline}",
    "我加你微信了，{wechat}，通过一下",
    "我wx是{wechat}，有活动喊我❤️",
    "{wechat} 这是我们志愿队队长的微信，报名找他",
    "您好，捐赠票据抬头个人，身份证号码 {id_card} ，邮箱 {email}",
    "你好 我想捐头发 已经剪了{hair_length} 寄哪里 我这边是{address}",
    "收件地址：{address}；联系电话：{mobile}；备注：助学物资",
    "老家地址{address_rural}\n现在在{place_only}打工，过年才回去",
    "小孩网课用的QQ是{qq}，老师说要加一下",
    "家访路线：先去{address_rural}，再去{address_rural}",
    "党员志愿队：负责人手机{mobile}，办公室{landline}，邮箱{email}",
    "这张卡{bank_card}是低保卡，也能收助学金吗",
    "您看下这个：{bank_card}，我抄的时候眼花，不太确定",
    "身份证 {id_card}\n献血量 {blood_volume}\n献血日期 {date}",
    "我就在{address}上班，午休可以过去献血",
    "志愿者证寄到{address}就行，谢谢！",
    "老师 我是昨天报名的 手机{mobile} 身份证后四位{tail_digits}",
    "快递单上的电话是{mobile}，写的地址{address}，你们看看对不对",
    "电话{mobile}（本人）/{mobile}（妻子）",
    "爱心企业联系人座机：{landline}，手机：{mobile}",
    "车牌{plate}和{plate}两辆车都是送物资的，麻烦门卫放行",
    "帮我登记一下车辆：{plate}，白色面包车",
    "我的邮箱 {email} ，捐赠证书发这里",
    "他的QQ号：{qq}，微信号：{wechat}",
    "{email}\n发这个邮箱吧",
    "座机是{landline}，打不通的话手机{mobile}",
    "新的收款卡：{bank_card}（本人名下一类卡）",
    "我在{address}，有几袋旧衣服能上门收吗",
    "请把捐赠收据寄到 {address} 邮编{postal_code}",
    "学校地址{address}，电话{landline}，收件人写教务处",
    "登记下：微信 {wechat}\n手机 {mobile}\n擅长：摄影",
    "我QQ：{qq}\n邮箱：{email}",
    "帮我查查我的月捐，扣款卡是{bank_card}，怎么这个月扣了两次{amount}",
    "我的车{plate}今天停在你们基金会楼下，会被贴条吗",
    "哈喽～手机 {mobile}，报名周六去敬老院的活动",
    "师傅您好，联系电话{mobile}，收货地址{address}，轮椅到了麻烦打电话",
    "捐赠票据的纳税人识别号填身份证号{id_card}就行吗",
    "我是{address}的住户，楼下有个独居老人需要帮助",
    "{mobile} 这是我手机，报名献血",
    "志愿者编号{vol_no}，手机{mobile}，麻烦帮我补录{hours}",
    "我捐了{amount}，交易单号{txn_no}，票据开给我，身份证{id_card}",
    "项目{proj_no}的受助人卡号：{bank_card}",
    "我这个车{plate}报名爱心送考，考试那两天全天有空",
    "我已经按你们的对公账户{pub_account}转了{amount}，发票邮箱{email}",
    "申请资料：\n户主身份证：{id_card}\n住址：{address}\n家庭人口：{count}\n联系电话：{mobile}",
    "我们这边是公司CSR部门，座机{landline}，邮箱{email}，想对接员工配捐",
    "邮箱 {email}\n手机 {mobile}\n微信同手机号",
    "我妈的卡号{bank_card}，她不识字，钱打这里就行",
    "另一个邮箱{email}也可以收",
    "我的车牌是{plate}，停车券能发一张吗",
    "活动车辆：{plate}（司机手机{mobile}）",
    "我们学校的座机{landline}，有事可以打",
    "地址发你了：{address}",
    "{address}\n本人\n{mobile}",
    "亲 收件人电话是{mobile} 别写错了",
    "老乡的卡{bank_card} 卡是他女儿帮办的，老乡住在{address_rural}",
    "QQ号{qq}，我每天晚上都在线",
    "学生QQ：{qq}，家长手机：{mobile}",
    "搜我微信{wechat}就能加上",
    "我微信是{wechat}不是手机号哈",
    "座机{landline} 手机{mobile} 邮箱{email}",
    "身份证号{id_card}，证件有效期到2035年",
    "{id_card}\n上面是我身份证，报名马拉松公益跑用的",
    "我帮奶奶报名的，奶奶身份证{id_card}，电话打我这{mobile}",
    "我们小区是{address}，可以设一个捐书点吗",
    "小孩户籍地址是{address_rural}，现在跟着我们在{place_only}上学",
    "送考车辆登记：{plate} / {plate}，都是私家车",
    "收到，我的邮箱是{email}，捐赠回执发这个😊",
    "银行卡号：{bank_card}，开户行：建设银行，户名：本人",
)

NEAR_TEMPLATES = (
    "已收到您的捐赠{amount}，捐赠票据号码{receipt_no}，请查收",
    "本项目编号{proj_no}，截至{date}已筹款{amount}",
    "志愿者编号{vol_no}，累计服务时长{hours}",
    "我们基金会统一社会信用代码{credit_code}，可以在民政部的慈善中国网站查到",
    "对公账户：{pub_account}\n开户行：工商银行北京分行营业部\n户名：本基金会",
    "捐款请只认准对公账户{pub_account}，不要转给个人！",
    "咨询请拨打{hotline}，工作日9:00-18:00",
    "您登记的手机号是{masked_mobile}吗？",
    "扣款卡尾号{tail_digits}，本月扣款金额{amount}",
    "这个卡号{bad_card}系统提示校验不通过，是不是输错了？",
    "系统显示身份证号{bad_id}校验不通过，麻烦再核对一下",
    "转账单号{txn_no}，{date}付的款",
    "【公益平台】您的验证码{verify_code}，5分钟内有效，请勿泄露",
    "本次献血量{blood_volume}，下次可献血日期{date}以后",
    "我在{place_only}，附近有献血点吗",
    "活动时间{date}，集合地点{place_only}，记得穿红马甲",
    "对公转账需要填联行号{bank_code}",
    "本月捐款合计{amount}，其中线上{amount}，线下{amount}",
    "您的月捐{amount}将于每月{date}扣款",
    "今年共资助学生{count}，发放助学金{amount}",
    "票据代码{receipt_no}，票据号码{receipt_no}，开票日期{date}",
    "您好，{proj_no}项目已结项，财务报告{date}前公示",
    "志愿服务时长{hours}已经录入了，编号{vol_no}",
    "捐赠票据在“票据查验”里输入票据号码{receipt_no}就能验真",
    "我们的热线{hotline}24小时有人接",
    "您的身份证号{masked_id}已认证✅",
    "收款卡{masked_card}，请确认是否为本人卡",
    "还是扣的尾号{tail_digits}那张卡吗？",
    "对，尾号{tail_digits}",
    "支付成功！金额{amount}，订单号{txn_no}",
    "头发长度至少{hair_length}才能做假发，谢谢您的爱心❤️",
    "{date}的活动报名人数已满{count}，下次早点哦",
    "请核实：卡号{bad_card}位数不对/校验失败",
    "身份证{bad_id}这个号码最后一位好像不对，您再看看",
    "基金会信用代码：{credit_code}\n登记管理机关：民政部",
    "邮编{postal_code}，地址写到镇上就行",
    "这是项目号{proj_no}，不是票据号哈",
    "捐赠金额：{amount}\n捐赠时间：{date}\n票据编号：{receipt_no}",
    "验证码是{verify_code}吗？我收到的好像不一样",
    "我刚转了{amount}，用的尾号{tail_digits}的卡，怎么还没到账",
    "服务时长{hours}，够评三星志愿者了吗",
    "{date} 献血{blood_volume}，献血证还没收到",
    "客服电话{hotline}一直占线😭",
    "物资清单：大米{goods_qty}，棉被{goods_qty}，已于{date}送达",
    "月捐{amount}，从{date}开始一直在捐",
    "流水号{txn_no}",
    "联行号：{bank_code}\n账号：{pub_account}",
    "这个是对公账号{pub_account}，个人捐款也可以打这里",
    "我在{place_only}，离你们远吗",
    "登记号{vol_no}是我的志愿者号吧？",
    "项目编号：{proj_no}\n筹款目标：{amount}\n已筹：{amount}",
    "电话{masked_mobile}是您本人吗",
    "截图里的卡号是{masked_card}，看不全",
    "请于{date}前提交材料，逾期顺延到下一批",
    "本次共{count}参加，总时长{hours}",
    "捐赠编号{receipt_no}，感谢您的善举🙏",
    "我打{hotline}问过了，说票据要一个月",
    "平台那边验证码{verify_code}发给你了",
    "信用代码{credit_code}，名称就是基金会全称",
    "刚才那个{bad_card}是我随手乱打的测试，忽略",
    "我们县邮编{postal_code}",
    "{amount}已到账，谢谢！",
    "今天一共来了{count}，有位大哥献了{blood_volume}，太棒了👍",
    "义卖总收入{amount}，全部用于{proj_no}项目",
    "账户{pub_account}，户名基金会，开户行招商银行",
    "{date}\n捐赠{amount}\n票据号{receipt_no}",
    "老师，身份证号是{bad_id}，我照着复印件打的",
    "转账备注写项目号{proj_no}就行",
    "打{hotline}转人工",
    "您的捐赠编号{receipt_no}，票据将于{date}前开具",
    "{place_only}的志愿者明天到{place_only}集合",
)


# --------------------------------------------------------------------------- build

SLOT = re.compile(r"\{(\w+)\}")


def _render(rng, tpl):
    out = ""
    pos = 0
    ents, fmts, nms = [], [], []
    for m in SLOT.finditer(tpl):
        out += tpl[pos:m.start()]
        name = m.group(1)
        if name in PII_GEN:
            pre, val, post, fmt = PII_GEN[name](rng)
            out += pre
            ents.append((PII_KIND_OF.get(name, name), len(out), len(out) + len(val)))
            fmts.append(fmt)
            out += val + post
        else:
            pre, val, post = NEAR_GEN[name](rng)
            out += pre
            nms.append((NEAR_KIND_OF.get(name, name), len(out), len(out) + len(val)))
            out += val + post
        pos = m.end()
    out += tpl[pos:]
    return out, ents, fmts, nms


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []
    order = []
    while len(order) < N_PII_ROWS:
        chunk = list(range(len(PII_TEMPLATES)))
        rng.shuffle(chunk)
        order.extend(chunk)
    for ti in order[:N_PII_ROWS]:
        text, e, f, n = _render(rng, PII_TEMPLATES[ti])
        rows.append((text, e, f, n, f"P{ti}"))
    order = []
    while len(order) < N_NEAR_ROWS:
        chunk = list(range(len(NEAR_TEMPLATES)))
        rng.shuffle(chunk)
        order.extend(chunk)
    for ti in order[:N_NEAR_ROWS]:
        text, e, f, n = _render(rng, NEAR_TEMPLATES[ti])
        rows.append((text, e, f, n, f"N{ti}"))
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    rows = [rows[i] for i in idx]
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind45_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_ADDR_END = ("号", "栋", "幢", "号楼", "单元", "室", "层")


def check_corpus(df):
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "mobile":
                assert _MOBILE_RE.fullmatch(n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "landline":
                assert n.startswith("0") and n.isdigit() and 10 <= len(n) <= 12, v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w-]+(\.[\w-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}", n), v
            elif k == "address":
                assert v.endswith(_ADDR_END) or re.search(r"\d$", v), v
            # the char before / after is not part of a longer token of the same shape
            if s > 0 and k not in ("address",) and not text[:s].endswith(("+86", "0086 ", "+86 ", "+86-")):
                assert not text[s - 1].isdigit(), (k, text)
            if e < len(text) and k not in ("address",):
                assert not (text[e].isascii() and text[e].isalnum()), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOBILE_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind45_corpus())  # deterministic
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
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

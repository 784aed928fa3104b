"""Thirty-third blind PII corpus (``split == "blind33"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十七位写手")
under the blind-writer rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only) and a few lines of ``../shared/datasets/`` (public
question data, for phrasing; no personal data copied).  It did NOT read any
other file under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any
other corpus or test, nor git history.  It never imported ``toolkit`` and never
ran any masking / finding function on this corpus.

What is different here: the trade.  Every message comes from WeCom 1:1 and
group chats of ELECTRONICS AND PHONE REPAIR and AFTER-SALES OF APPLIANCES AND
GADGETS: phone / laptop repair shops, brand service centres, mail-in repairs
(寄修), warranty claims (保修 / 延保), trade-ins (以旧换新), second-hand phone
sales and on-site appliance service (空调 / 冰箱 / 洗衣机上门).  Customers give a
second mobile because the broken phone is theirs, pick-up and return addresses,
ID numbers for warranty registration or trade-in, bank cards for refunds,
e-mails for invoices, WeChat / QQ for photos, now and then a plate for parking
on site.  Near-misses are the many code-like strings of the trade: IMEI
(15 digits with a valid Luhn check digit), serial numbers, MAC addresses,
model numbers, repair order / RMA / work-order numbers, warranty card numbers,
battery capacities, storage, prices, dates and times, screen sizes, error
codes, firmware versions, network unlock codes, 400 / 800 / 95xxx hotlines,
masked values, card-length transaction numbers failing Luhn, 18-digit work
order numbers failing the ID check, tracking numbers, verification / pickup
codes, battery health, postal codes, invoice numbers, router IPs, places
without a house number.

Seed
----
``SEED = "blind33-2026-repair-第三十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2), bank-card and IMEI Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Each value format is first forced 5 times into distinct
randomly drawn templates holding its kind, then rows are drawn at random
(half of the time from templates holding the rarest kind so far).

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only: cue words, ``+86`` /
``0086`` / ``86-`` prefixes and landline extensions ``转806`` / ``-806`` /
``分机806`` are outside, separators inside a value are inside; an address runs
from its first place unit to its last house-level unit), ``formats`` (one
format name per entity), ``near_misses`` (list of ``(near_kind, start, end)``)
and ``split`` (always ``"blind33"``).  No names are labelled.

Counts (``python tests/privacy/pii_blind33.py``)
------------------------------------------------
rows=1520, pii_rows=860, near_rows=660, entities=1333
(mobile 348, address 219, id_card 133, bank_card 133, email 117, wechat 116,
qq 101, landline 99, plate 67);
near-miss spans=1207 (993 in near-miss rows), 29 near-miss kinds
(price 163, date_time 95, imei 78, repair_order_no 72, storage 65,
place_only 60, duration 58, error_code 55, model_no 50, screen_size 38,
masked 36, hotline 35, verify_code 33, tracking_no 31, bad_card 29,
pickup_code 29, postal_code 28, battery_power 27, serial_no 26,
battery_health 25, mac_address 22, bad_id 21, firmware_version 21,
warranty_card_no 21, lock_passcode 20, tail_digits 19, unlock_code 18,
ip_address 18, invoice_no 14);
formats=45 distinct, each used >= 8 times in >= 6 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind33-2026-repair-第三十七位写手"
SPLIT = "blind33"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 860
N_NEAR_ROWS = 660
FORCE_PER_FMT = 5
# rough share of each kind in this trade (mobiles and addresses dominate, plates are rare)
KIND_SHARE = {"mobile": 1.0, "address": 0.65, "id_card": 0.4, "bank_card": 0.4, "email": 0.35, "wechat": 0.35,
              "qq": 0.3, "landline": 0.3, "plate": 0.2}


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------
def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


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
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------------------
# value generators: each returns (prefix, value, suffix, format)
# prefix / suffix are written next to the value but are outside the span
# ---------------------------------------------------------------------------
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
_VOICE = dict(zip("0123456789", ("零", "幺", "二", "三", "四", "五", "六", "七", "八", "九")))


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def g_mobile(r, fmt):
    d = _mobile_digits(r)
    if fmt == "plain":
        return "", d, "", fmt
    if fmt == "space_344":
        return "", f"{d[:3]} {d[3:7]} {d[7:]}", "", fmt
    if fmt == "dash_344":
        return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", "", fmt
    if fmt == "prefix_86":
        return r.choice(("+86 ", "+86", "86-", "0086 ", "+86-")), d, "", fmt
    if fmt == "fullwidth":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in d), "", fmt
    if fmt == "voice_words":
        return "", "".join(_VOICE[c] for c in d), "", fmt
    raise KeyError(fmt)


AREA_CODES = (  # (code, local length)
    ("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
    ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0532", 8), ("0592", 7), ("0371", 8),
    ("0731", 8), ("0551", 8), ("0394", 7), ("0817", 7), ("0739", 7), ("0769", 8), ("0512", 8),
)


def _local(r, n):
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def g_landline(r, fmt):
    code, n = r.choice(AREA_CODES)
    loc = _local(r, n)
    if fmt == "area_dash":
        return "", f"{code}-{loc}", "", fmt
    if fmt == "area_paren":
        return "", f"({code}){loc}" if r.random() < 0.6 else f"（{code}）{loc}", "", fmt
    if fmt == "area_plain":
        return "", f"{code}{loc}", "", fmt
    if fmt == "area_space":
        return "", f"{code} {loc[:4]} {loc[4:]}" if r.random() < 0.5 else f"{code} {loc}", "", fmt
    if fmt == "dash_ext":
        ext = str(r.randint(100, 8999))
        return "", f"{code}-{loc}", r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}")), fmt
    if fmt == "local_only":
        return "", loc, "", fmt
    raise KeyError(fmt)


ID_AREAS = (
    "110101", "110105", "110108", "310104", "310115", "440305", "440106", "440304", "330106", "320106",
    "510107", "420111", "370202", "350203", "410105", "610113", "430104", "500112", "210102", "340104",
    "120104", "411628", "511322", "430524", "341221", "360731", "450923", "441900", "320583", "130102",
)
_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _id_value(r, want_x=None):
    while True:
        y = r.randint(1958, 2005)
        m = r.randint(1, 12)
        dd = r.randint(1, _MDAYS[m - 1])
        body = f"{r.choice(ID_AREAS)}{y}{m:02d}{dd:02d}{r.randint(0, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def g_id(r, fmt):
    if fmt == "plain":
        return "", _id_value(r, False), "", fmt
    if fmt == "check_X":
        return "", _id_value(r, True), "", fmt
    if fmt == "check_x_lower":
        return "", _id_value(r, True).lower(), "", fmt
    if fmt == "space_684":
        v = _id_value(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", "", fmt
    raise KeyError(fmt)


BINS_16 = ("621483", "622588", "436742", "518710", "524047", "622155", "625802", "622609", "486497")
BINS_19 = ("622202", "621700", "622848", "621226", "623668", "955880", "955990", "621661", "621799")


def _card(r, n):
    b = r.choice(BINS_16 if n == 16 else BINS_19)
    body = b + "".join(r.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def g_bank(r, fmt):
    if fmt == "plain_16":
        return "", _card(r, 16), "", fmt
    if fmt == "plain_19":
        return "", _card(r, 19), "", fmt
    if fmt == "space4_16":
        c = _card(r, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), "", fmt
    if fmt == "space4_19":
        c = _card(r, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), "", fmt
    if fmt == "dash4_16":
        c = _card(r, 16)
        return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), "", fmt
    raise KeyError(fmt)


PINYIN = ("linxiaomei", "zhangwei", "chenhao", "wangjing", "liuyang", "huangli", "zhaolei", "sunqian",
          "zhouyu", "wutao", "xuming", "heyan", "gaofei", "luojia", "tangxin", "songkai", "hanxue",
          "fengbo", "dengli", "caiyun", "yexiao", "panrui", "dujuan", "jiangnan")
DOM_CN = ("163.com", "126.com", "sina.com", "foxmail.com", "yeah.net", "sohu.com", "139.com")
DOM_INTL = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")
DOM_CORP = ("huaxin-tech.com", "szdianzi.cn", "mingde-edu.cn", "jinlong-group.com.cn", "kaiyuanlaw.com",
            "xinda-logistics.cn", "ruifeng.net.cn", "zju.edu.cn")


def _local_part(r):
    p = r.choice(PINYIN)
    return r.choice((p, p + str(r.randint(1, 99)), p + str(r.randint(1975, 2004)), p[:3] + "." + p[3:],
                     p + "_" + r.choice(("sz", "gz", "bj", "sh", "hz", "cd")), p + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"))


def g_email(r, fmt):
    if fmt == "qq_numeric":
        return "", f"{r.randint(10000, 3999999999)}@qq.com", "", fmt
    if fmt == "pinyin_cn":
        return "", f"{_local_part(r)}@{r.choice(DOM_CN)}", "", fmt
    if fmt == "intl_domain":
        return "", f"{_local_part(r)}@{r.choice(DOM_INTL)}", "", fmt
    if fmt == "corp_domain":
        return "", f"{r.choice(PINYIN)[:r.randint(3, 6)]}@{r.choice(DOM_CORP)}", "", fmt
    if fmt == "fullwidth_at":
        dom = r.choice(DOM_CN + ("qq.com",))
        lp = str(r.randint(100000, 2999999999)) if dom == "qq.com" else _local_part(r)
        return "", f"{lp}＠{dom}", "", fmt
    raise KeyError(fmt)


def g_qq(r, fmt):
    if fmt == "plain_short":
        return "", str(r.randint(10000, 99999999)), "", fmt
    if fmt == "plain_long":
        return "", str(r.randint(100000000, 3999999999)), "", fmt
    if fmt == "spaced":
        d = str(r.randint(100000000, 3999999999))
        return "", f"{d[:3]} {d[3:6]} {d[6:]}" if len(d) == 9 else f"{d[:4]} {d[4:7]} {d[7:]}", "", fmt
    raise KeyError(fmt)


_LOW = "abcdefghijklmnopqrstuvwxyz"
_ALNUM = _LOW + "0123456789"


def g_wechat(r, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice(_ALNUM) for _ in range(r.choice((12, 14)))), "", fmt
    if fmt == "pinyin_digits":
        return "", r.choice(PINYIN) + str(r.choice((r.randint(1, 999), r.randint(1980, 2005)))), "", fmt
    if fmt == "underscore":
        p = r.choice(PINYIN)
        return "", f"{p}_{r.choice(('sz', 'gz', 'bj', '0618', '1990', '88', 'x', 'cn', str(r.randint(1, 99))))}", "", fmt
    if fmt == "dash_mixed":
        return "", f"{r.choice(('Tom', 'Kevin', 'Lily', 'Amy', 'Jack', 'Coco', 'Leo'))}-{r.choice(PINYIN)[:4]}{r.randint(10, 99)}", "", fmt
    if fmt == "mixed_case":
        p = r.choice(PINYIN)
        en = r.choice(('Kevin', 'Lily', 'Jason', 'Cindy', 'Eric', 'Vivian', 'Sam'))
        return "", r.choice((p.capitalize() + str(r.randint(80, 99)), en + p[:r.choice((2, 3, 4))].capitalize()
                             + str(r.randint(1985, 2003)))), "", fmt
    raise KeyError(fmt)


PLATE_PROV = ("粤", "沪", "京", "浙", "苏", "川", "鄂", "豫", "鲁", "湘", "闽", "皖", "渝", "陕")
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _plate_tail(r):
    while True:
        t = "".join(r.choice(PLATE_CH) for _ in range(5))
        if sum(c.isalpha() for c in t) <= 2:
            return t


def g_plate(r, fmt):
    p, l = r.choice(PLATE_PROV), r.choice(PLATE_LET[:12])
    if fmt == "plain":
        return "", f"{p}{l}{_plate_tail(r)}", "", fmt
    if fmt == "middle_dot":
        return "", f"{p}{l}·{_plate_tail(r)}", "", fmt
    if fmt == "space":
        return "", f"{p}{l} {_plate_tail(r)}", "", fmt
    if fmt == "new_energy":
        return "", f"{p}{l}{r.choice('DF')}{r.choice(PLATE_CH)}{r.randint(1000, 9999)}", "", fmt
    raise KeyError(fmt)


CITIES = (  # (province, city, ((district, (roads...)), ...))
    ("广东省", "深圳市", (("南山区", ("科技南十二路", "南海大道", "桃园路", "高新南一道")),
                     ("福田区", ("深南中路", "华强北路", "福华三路")), ("宝安区", ("新安六路", "宝民一路")),
                     ("龙岗区", ("龙城大道", "布吉路")))),
    ("广东省", "广州市", (("天河区", ("天河路", "体育西路", "黄埔大道西")), ("海珠区", ("江南大道中", "新港西路")),
                     ("白云区", ("机场路", "白云大道北")))),
    ("", "上海市", (("徐汇区", ("漕溪北路", "虹桥路", "田林路")), ("浦东新区", ("张杨路", "世纪大道", "锦绣路")),
                  ("闵行区", ("七莘路", "莘庄路")))),
    ("", "北京市", (("朝阳区", ("望京西路", "建国路", "朝阳北路")), ("海淀区", ("中关村大街", "学院路", "西三旗路")),
                  ("丰台区", ("丰台北路", "南三环西路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "古墩路", "天目山路")), ("余杭区", ("文一西路", "五常大道")),
                     ("滨江区", ("江南大道", "滨盛路")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路")), ("江宁区", ("双龙大道", "天元中路")))),
    ("江苏省", "苏州市", (("工业园区", ("星湖街", "现代大道")), ("吴中区", ("东吴北路", "宝带东路")))),
    ("四川省", "成都市", (("武侯区", ("天府大道北段", "科华北路", "人民南路四段")), ("成华区", ("建设北路", "二环路东二段")),
                     ("郫都区", ("望丛东路", "德源大道")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道")), ("江汉区", ("解放大道", "新华路")))),
    ("山东省", "青岛市", (("市南区", ("香港中路", "东海西路")), ("崂山区", ("松岭路", "海尔路")))),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "莲前西路")), ("湖里区", ("枋湖北二路", "金山路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "经三路")), ("二七区", ("大学路", "航海中路")))),
    ("陕西省", "西安市", (("雁塔区", ("科技路", "小寨西路", "高新四路")), ("未央区", ("凤城八路", "未央路")))),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "枫林三路")), ("雨花区", ("劳动东路", "韶山中路")))),
    ("", "重庆市", (("渝北区", ("金开大道", "新南路")), ("沙坪坝区", ("三峡广场", "汉渝路")))),
    ("安徽省", "合肥市", (("蜀山区", ("长江西路", "望江西路")), ("包河区", ("马鞍山路", "徽州大道")))),
    ("", "天津市", (("南开区", ("卫津路", "鞍山西道")), ("河西区", ("友谊路", "围堤道")))),
    ("广东省", "东莞市", (("南城街道", ("鸿福路", "元美路")), ("长安镇", ("长安中路", "振安路")))),
)
ESTATES = ("华润城", "阳光花园", "翠湖小区", "保利香槟国际", "万科城", "金地名郡", "碧桂园凤凰城", "锦绣家园",
           "龙湖春江郦城", "世纪新城", "中海国际社区", "融创玖樟台", "绿地新里", "幸福里小区", "长城盛世家园",
           "怡景花园", "滨江花园", "丽景湾", "新城花苑", "恒大名都")
TOWERS = ("海岸大厦", "创业大厦", "国贸中心", "软件园二期", "中关村大厦", "科技园A栋", "嘉里中心", "金融港", "万达广场",
          "数码港大厦", "云谷园区")
RURAL = (("河南省", "周口市", "鹿邑县", "玄武镇", "李庄村"), ("四川省", "南充市", "营山县", "双河镇", "龙泉村"),
         ("湖南省", "邵阳市", "隆回县", "桃洪镇", "向阳村"), ("安徽省", "阜阳市", "临泉县", "姜寨镇", "王营村"),
         ("江西省", "赣州市", "于都县", "罗坳镇", "大坪村"), ("广西壮族自治区", "玉林市", "博白县", "龙潭镇", "新村村"),
         ("河北省", "保定市", "定兴县", "固城镇", "东关村"), ("山东省", "菏泽市", "曹县", "庄寨镇", "韩集村"))


def _room(r):
    f = r.randint(2, 32)
    return f, f"{f}{r.randint(1, 6):02d}"


def _house(r, style=None):
    style = style or r.choice(("estate_room", "estate_unit", "tower", "estate_bare", "courtyard"))
    f, room = _room(r)
    if style == "estate_room":
        return f"{r.choice(ESTATES)}{r.randint(1, 28)}栋{room}室"
    if style == "estate_unit":
        return f"{r.choice(ESTATES)}{r.randint(1, 18)}{r.choice(('栋', '幢', '号楼'))}{r.randint(1, 4)}单元{room}"
    if style == "tower":
        return f"{r.choice(TOWERS)}{f}{r.choice(('楼', '层'))}{room}室"
    if style == "estate_bare":
        return f"{r.choice(ESTATES)}{r.randint(1, 20)}栋{room}"
    if style == "courtyard":
        return f"{r.randint(1, 9)}号院{r.randint(1, 15)}号楼{r.randint(1, 4)}单元{room}"
    if style == "dash":
        return f"{r.choice(ESTATES)}{r.randint(1, 20)}-{r.randint(1, 4)}-{room}"
    raise KeyError(style)


def g_address(r, fmt):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    road = r.choice(roads)
    no = f"{r.randint(1, 999)}号"
    if fmt == "province_full":
        if not prov:
            prov, city, dists = CITIES[r.randrange(2)]
            dist, roads = r.choice(dists)
            road = r.choice(roads)
        return "", f"{prov}{city}{dist}{road}{no}{_house(r)}", "", fmt
    if fmt == "city_full":
        return "", f"{city}{dist}{road}{no}{_house(r)}", "", fmt
    if fmt == "district_start":
        return "", f"{dist}{road}{no}{_house(r)}", "", fmt
    if fmt == "road_number_only":
        return "", f"{city}{dist}{road}{r.randint(1, 999)}号", "", fmt
    if fmt == "dash_room":
        return "", f"{city}{dist}{road}{no}{_house(r, 'dash')}", "", fmt
    if fmt == "spaced_parts":
        head = f"{prov} {city}" if prov else city
        return "", f"{head} {dist} {road}{no} {_house(r)}", "", fmt
    if fmt == "rural_village":
        p, c, cty, town, vil = r.choice(RURAL)
        tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 88)}号", f"{r.randint(1, 120)}号"))
        return "", r.choice((f"{p}{c}{cty}{town}{vil}{tail}", f"{c}{cty}{town}{vil}{tail}", f"{cty}{town}{vil}{tail}")), "", fmt
    raise KeyError(fmt)


GENS = {
    "mobile": (g_mobile, ("plain", "space_344", "dash_344", "prefix_86", "fullwidth", "voice_words"),
               (60, 12, 8, 8, 3, 3)),
    "landline": (g_landline, ("area_dash", "area_paren", "area_plain", "area_space", "dash_ext", "local_only"),
                 (40, 10, 12, 8, 15, 6)),
    "id_card": (g_id, ("plain", "check_X", "check_x_lower", "space_684"), (70, 12, 4, 6)),
    "bank_card": (g_bank, ("plain_16", "plain_19", "space4_16", "space4_19", "dash4_16"), (20, 40, 10, 12, 3)),
    "email": (g_email, ("qq_numeric", "pinyin_cn", "intl_domain", "corp_domain", "fullwidth_at"), (35, 30, 12, 12, 4)),
    "qq": (g_qq, ("plain_short", "plain_long", "spaced"), (25, 60, 4)),
    "wechat": (g_wechat, ("wxid", "pinyin_digits", "underscore", "dash_mixed", "mixed_case"), (15, 40, 15, 8, 10)),
    "plate": (g_plate, ("plain", "middle_dot", "space", "new_energy"), (50, 12, 8, 20)),
    "address": (g_address, ("province_full", "city_full", "district_start", "road_number_only", "dash_room",
                            "spaced_parts", "rural_village"), (25, 30, 15, 6, 8, 6, 10)),
}


# ---------------------------------------------------------------------------
# near-miss generators (the whole return value is the span)
# ---------------------------------------------------------------------------
IMEI_TAC = ("35391110", "86769204", "35290611", "86013505", "35407115", "86472806", "35925406", "86887504",
            "35688111", "86115306")


def n_imei(r):
    body = r.choice(IMEI_TAC) + "".join(r.choice("0123456789") for _ in range(6))
    return body + _luhn_digit(body)


_UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_UPD = _UP + "0123456789"


def n_sn(r):
    k = r.randrange(4)
    if k == 0:  # apple-like
        return r.choice(("C02", "F2L", "DX3", "G6T", "FVF", "H4H")) + "".join(r.choice(_UPD) for _ in range(9))
    if k == 1:  # samsung-like
        return "R5" + r.choice("8CFT") + "".join(r.choice(_UPD) for _ in range(8))
    if k == 2:  # huawei-like
        return "".join(r.choice(_UPD) for _ in range(4)) + f"{r.randint(19, 24)}{r.randint(1, 12):02d}" \
            + "".join(r.choice("0123456789") for _ in range(6))
    return "".join(r.choice(_UPD) for _ in range(r.choice((10, 12, 14))))


def n_mac(r):
    sep = r.choice((":", ":", "-"))
    return sep.join(f"{r.randrange(256):02X}" for _ in range(6))


MODELS = ("M2012K11AC", "A2890", "SM-S9180", "A2651", "22081212C", "ALN-AL00", "V2203A", "PGT-AN00", "RMX3706",
          "MQ6W3CH/A", "MRXN3CH/A", "KFR-35GW/N8KS1-3", "BCD-470WDPG", "XQG100-14586", "A2337", "A2484",
          "SM-F9460", "23049RAD8C", "BRA-AL00", "HD1900", "CPH2305", "KFR-26GW/BP3DN8Y-PH400(B3)", "TG100V86",
          "HP-15s-fq5000", "82TT", "DJI FC3582", "HD15", "A2442")


def n_model(r):
    return r.choice(MODELS)


def n_repair_order(r):
    d = f"{r.choice(('2023', '2024', '2025'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    k = r.randrange(5)
    if k == 0:
        return f"RO{d[2:]}{r.randint(0, 99999):05d}"
    if k == 1:
        return f"RMA-{d}-{r.randint(0, 99999):05d}"
    if k == 2:
        return f"W{d}{r.randint(0, 9999):04d}"
    if k == 3:
        return f"{d}{r.randint(0, 9999999):07d}"  # 15 digits
    return f"SR{r.randint(1000000, 9999999)}"


def n_warranty(r):
    k = r.randrange(3)
    if k == 0:
        return f"BX{r.randint(2022, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 99999):05d}"
    if k == 1:
        return f"WC-{r.randint(10000000, 99999999)}"
    return f"{r.choice(_UP)}{r.choice(_UP)}{r.randint(100000000, 999999999)}"


def n_capacity(r):
    return r.choice(("5000mAh", "4500mAh", "4410 mAh", "3279mAh", "5500毫安", "4800mAh", "65W", "120W", "67W",
                     "20W", "4000mAh", "58.2Wh"))


def n_storage(r):
    return r.choice(("256GB", "128G", "512G", "1TB", "8+256G", "12+512GB", "16G+1T", "64G", "8G/256G", "32GB"))


def n_price(r):
    return r.choice((f"¥{r.randint(89, 3999)}", f"{r.randint(50, 6999)}元", f"{r.randint(100, 3999)}块",
                     f"￥{r.randint(99, 2999)}.00", f"{r.randint(1, 9)}{r.randint(0, 9)}0元", f"{r.randint(2, 8)}k"))


def n_date(r):
    y, m, d = r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{m}月{d}号", f"{y}/{m}/{d}", f"{m}.{d}",
                     f"{r.randint(8, 20)}:{r.choice(('00', '30', '15', '45'))}", f"{y}.{m:02d}.{d:02d}"))


def n_screen(r):
    return r.choice(("6.7英寸", "6.1寸", "15.6寸", "14英寸", "13.3寸", "6.78英寸", "27寸", "55寸", "65英寸", "11寸"))


def n_error(r):
    return r.choice(("E4", "F03", "E1", "E5", "H1", "F1", "E1-3", "4013", "0x0000007B", "E21", "UE", "P4", "C2",
                     "错误53", "FL", "dE", "4C", "E-10"))


def n_firmware(r):
    return r.choice((f"V{r.randint(12, 15)}.0.{r.randint(1, 30)}", f"iOS {r.randint(15, 17)}.{r.randint(0, 6)}.{r.randint(1, 2)}",
                     f"HarmonyOS {r.randint(2, 4)}.0.0.{r.randint(100, 199)}", f"MIUI {r.randint(12, 14)}.0.{r.randint(1, 20)}",
                     f"ColorOS {r.randint(12, 14)}", f"V2.1.{r.randint(1, 20):02d}", f"BIOS 1.{r.randint(10, 29)}.0"))


def n_unlock(r):
    return r.choice((str(r.randint(10000000, 99999999)), str(r.randint(1000, 9999)),
                     "".join(r.choice("0123456789") for _ in range(15 if r.random() < 0.3 else 8))))


def n_hotline(r):
    return r.choice(("400-820-5688", "4006-100-568", "400 810 1999", "4008-123-123", "800-810-8888", "800-830-1568",
                     "95588", "95555", "95533", "95566", "10086", "4001008888", "400-666-5800", "95079"))


def n_masked(r):
    d = _mobile_digits(r)
    return r.choice((f"{d[:3]}****{d[7:]}", f"{d[:3]}****{d[7:]}", f"****{r.randint(1000, 9999)}",
                     f"6222 **** **** {r.randint(1000, 9999)}", f"{r.choice(ID_AREAS)}********{r.randint(100, 999)}X",
                     f"{r.choice(ID_AREAS)}**********{r.randint(10, 99)}", f"621700******{r.randint(1000, 9999)}"))


def _bad_luhn(r, n, prefix=""):
    while True:
        s = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix)))
        if not _luhn_ok(s):
            return s


def n_bad_card(r):  # transaction / refund serial numbers of card length that fail Luhn
    return _bad_luhn(r, r.choice((16, 18, 19)), r.choice(("2024", "2025", "1000", "4200", "")))


def n_long_order(r):  # 18-digit work order numbers failing the ID check (and Luhn)
    while True:
        s = f"{r.choice(('2024', '2025'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + \
            "".join(r.choice("0123456789") for _ in range(10))
        if not _id_ok(s) and not _luhn_ok(s):
            return s


def n_tracking(r):
    k = r.randrange(4)
    if k == 0:
        return "SF" + "".join(r.choice("0123456789") for _ in range(13))
    if k == 1:
        return "JDV" + "".join(r.choice("0123456789") for _ in range(12))
    if k == 2:
        return "YT" + "".join(r.choice("0123456789") for _ in range(13))
    return "7" + "".join(r.choice("0123456789") for _ in range(13))  # 14-digit zto-like


def n_vcode(r):
    return f"{r.randint(0, 999999):06d}" if r.random() < 0.8 else f"{r.randint(1000, 9999)}"


def n_pickup(r):
    return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 6999)}", f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(100, 999)}",
                     f"{r.randint(100000, 999999)}"))


def n_battery(r):
    return r.choice((f"{r.randint(72, 100)}%", f"{r.randint(70, 99)}%", f"{r.randint(120, 980)}次"))


def n_place(r):
    prov, city, dists = r.choice(CITIES)
    dist, roads = r.choice(dists)
    return r.choice((city, dist, f"{city}{dist}", "华强北", "赛格电脑城", "中关村", "徐家汇太平洋数码", f"{dist}{r.choice(roads)}",
                     "万象城店", "天河城", "龙华那个店", f"{city}{r.choice(('旗舰店', '服务中心', '苹果授权店'))}"))


def n_postal(r):
    return r.choice(("518057", "200030", "100020", "310012", "610041", "430074", "266071", "361008", "450000", "710065"))


def n_invoice(r):
    return r.choice((f"{r.randint(10**19, 10**20 - 1)}", f"{r.randint(10000000, 99999999)}",
                     f"{r.randint(10**11, 10**12 - 1)}"))


def n_tail(r):
    return f"{r.randint(0, 9999):04d}"


def n_ip(r):
    return r.choice(("192.168.1.1", "192.168.0.1", "192.168.31.1", "10.0.0.1", f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}"))


def n_passcode(r):
    return r.choice((f"{r.randint(0, 999999):06d}", f"{r.randint(0, 9999):04d}", "123456", "000000", "147258"))


def n_amount_ret(r):
    return r.choice((f"{r.randint(1, 30)}天", f"{r.randint(1, 3)}年", f"{r.randint(3, 15)}个工作日", f"{r.randint(1, 7)}-{r.randint(8, 15)}天"))


NEAR = {
    "imei": n_imei, "sn": n_sn, "mac": n_mac, "model": n_model, "ro": n_repair_order, "wc": n_warranty,
    "cap": n_capacity, "sto": n_storage, "price": n_price, "date": n_date, "scr": n_screen, "err": n_error,
    "fw": n_firmware, "unlock": n_unlock, "hot": n_hotline, "mask": n_masked, "badcard": n_bad_card,
    "longno": n_long_order, "track": n_tracking, "vcode": n_vcode, "pick": n_pickup, "batt": n_battery,
    "place": n_place, "postal": n_postal, "inv": n_invoice, "tail": n_tail, "ip": n_ip, "pwd": n_passcode,
    "period": n_amount_ret,
}
NEAR_NAMES = {
    "imei": "imei", "sn": "serial_no", "mac": "mac_address", "model": "model_no", "ro": "repair_order_no",
    "wc": "warranty_card_no", "cap": "battery_power", "sto": "storage", "price": "price", "date": "date_time",
    "scr": "screen_size", "err": "error_code", "fw": "firmware_version", "unlock": "unlock_code", "hot": "hotline",
    "mask": "masked", "badcard": "bad_card", "longno": "bad_id", "track": "tracking_no", "vcode": "verify_code",
    "pick": "pickup_code", "batt": "battery_health", "place": "place_only", "postal": "postal_code",
    "inv": "invoice_no", "tail": "tail_digits", "ip": "ip_address", "pwd": "lock_passcode", "period": "duration",
}
ENT = {"m": "mobile", "l": "landline", "id": "id_card", "bc": "bank_card", "em": "email", "qq": "qq",
       "wx": "wechat", "pl": "plate", "ad": "address"}

DEVICES = ("iPhone 13", "iPhone 14 Pro Max", "苹果15", "华为Mate 60 Pro", "小米13", "红米K60", "荣耀90", "OPPO Reno10",
           "vivo X90", "三星S23", "MacBook Pro", "联想小新Pro 14", "戴尔笔记本", "iPad Air", "华为MatePad", "AirPods Pro",
           "小米手环", "大疆无人机", "Switch", "美的空调", "海尔冰箱", "格力空调", "小天鹅洗衣机", "戴森吹风机",
           "扫地机器人", "华为P40", "一加11", "拯救者Y9000P", "小米电视", "iPhone XR")

PHONES = ("iPhone 13", "iPhone 14 Pro Max", "苹果15", "华为Mate 60 Pro", "小米13", "红米K60", "荣耀90",
          "OPPO Reno10", "vivo X90", "三星S23", "华为P40", "一加11", "iPhone XR", "iPhone 12 mini")

# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
PII_TEMPLATES = (
    "您好，我的{dev}屏幕摔碎了，想寄修。回寄地址：{ad}，电话{m}",
    "寄修地址填的是{ad}\n收件人电话 {m}（这个是我老婆的号，我手机坏了打不通）",
    "手机黑屏开不了机，你们联系我这个备用号吧 {m}",
    "备用号码{m}，原来那个号在坏的手机里，收不到短信😭",
    "师傅上门取件的话打{m}，地址{ad}，下午两点后都在家",
    "{m} 这个号能打通，坏的那台是{m_2}，先别打那个",
    "延保登记需要身份证号：{id}，手机{m}",
    "以旧换新要实名，身份证{id}，旧机IMEI {imei}",
    "回收款打到这张卡吧 {bc} 建行的",
    "退款卡号：{bc}\n开户行：招商银行深圳科技园支行",
    "发票发我邮箱 {em} 谢谢",
    "电子保修卡发到{em}吧，抬头写个人就行",
    "加我QQ {qq}，我把故障视频传给你，微信传不了大文件",
    "微信号{wx}，你加我一下，检测报告发我微信",
    "我微信是 {wx} 手机号{m} 都可以联系",
    "上门装空调，车停小区门口，车牌{pl}，保安让登记一下",
    "师傅开的车是{pl}吗？门卫说要报车牌才让进",
    "公司座机{l}，工作日9点到6点有人接",
    "打我家里座机 {l} 也行，老人在家能签收",
    "【寄修登记】\n寄件人电话：{m}\n寄件地址：{ad}\n故障描述：{dev}充不进电\n单号：{track}",
    "您好，已为您登记，回寄地址{ad}，联系电话{m}，请核对无误后回复“确认”",
    "核对一下信息哈：电话{m}、身份证{id}、IMEI {imei}，没问题的话就给您提交保修",
    "我的{phone}在保修期内吗？SN是{sn}，购买时登记的手机号{m}",
    "维修好了寄回 {ad} ，快递放门口就行，电话{m}",
    "地址改一下，寄到公司：{ad}，前台电话{l}",
    "上门维修地址：{ad}\n联系人电话：{m}\n预约时间：{date}",
    "师傅到楼下打这个号{m}，车位不好找，我车牌{pl}停B2了，您停我旁边那个临时位",
    "退款麻烦退到{bc}，户名和下单的一样",
    "回收{phone} {sto}，成交价{price}，打款卡号{bc}，身份证{id}",
    "二手机收款账户 {bc}（工商银行），有问题打我电话{m}",
    "我QQ邮箱是{em}，对应QQ号{qq}",
    "qq:{qq} 验机视频我已经录好了",
    "扣扣{qq}，上班时间不方便接电话",
    "有问题直接加我vx：{wx}",
    "V信 {wx} 备注一下维修单号{ro}",
    "@客服 我的手机号{m}，单号{ro}，都一个星期了还没修好吗",
    "请把检测报告发到 {em} ，我要报销用",
    "您好，换新机需要提供身份证正反面，号码是{id}，手机{m}",
    "身份证：{id}\n电话：{m}\n地址：{ad}",
    "{id} 这是我身份证号，延保卡上要填的",
    "师傅，我家地址是{ad}，到了打我电话",
    "{ad} 这个地址能上门吗？洗衣机{err}报错",
    "发货地址 {ad}  电话{m}  麻烦顺丰到付",
    "收货人电话：{m}\n收货地址：{ad}\n备注：旧机已经恢复出厂设置",
    "座机{l}，手机{m}，哪个打得通打哪个",
    "这是我单位的电话 {l} 找维修部就行",
    "冰箱不制冷了，{ad}，电话{m}，最好上午来",
    "空调外机漏水，我家在{ad}，车可以停地库，登记车牌就行，报{pl}",
    "停车场要预约，把师傅车牌发我一下？我这边填的是{pl}对吧",
    "我用老公手机发的，联系我打{m}，我自己那个{dev}摔坏了开不了机",
    "这个号{m}是我女儿的，她帮我弄，手机是我的",
    "请问退款多久到账？我卡号是{bc}，已经过了{period}了",
    "银行卡 {bc} 农业银行 麻烦核对一下",
    "发票抬头个人，邮箱{em}，税号不需要",
    "你好，保修卡上的邮箱写错了，应该是{em}",
    "刚才发的QQ不对，是{qq}才对",
    "我QQ号{qq}，你们技术可以远程帮我看看电脑吗",
    "微信搜{wx}加我，头像是一只猫",
    "回收平台让我加客服微信，是{wx}吗？还是我把我的给你：{wx_2}",
    "明天师傅上门，物业要车牌，麻烦提供一下～我这里先报了{pl}",
    "{pl} 是我们售后车，{date}上门安装，有问题联系{m}",
    "麻烦帮我查一下，寄修单{ro}，手机号{m}，现在什么进度",
    "我人在外地，先寄回{ad}，到了我妈会签收，她电话{m}",
    "联系方式：{m}（微信同号）",
    "电话{m}微信同号，地址{ad}",
    "维修费用{price}我已经付了，发票发{em}，谢谢🙏",
    "{dev} 电池鼓包了 换电池多少钱，联系{m}",
    "好的我记下了：手机{m}、地址{ad}，师傅{date}上门",
    "您好，这边是{dev}官方售后，您预留的电话{m}无法接通，请问还有其他联系方式吗",
    "打这个{l}或者打我手机{m}",
    "店里电话{l}，我是前台，顾客的机子我们代寄",
    "实名信息：{id}，以旧换新补贴已申请，回收款打到{bc}",
    "身份证号码{id}，和我下单的账号是同一个人",
    "身份证号发一下 用来登记延保\n{id}",
    "以旧换新旧机信息：{phone}，IMEI：{imei}，身份证：{id}，收款卡：{bc}",
    "退款到原卡{bc}，交易流水号{badcard}",
    "我的邮箱{em}，QQ{qq}，微信{wx}，手机{m}，随便哪个都行",
    "那我发你邮箱吧 {em}",
    "刚才那个邮箱是我同事的，发这个：{em}",
    "寄修回寄的地址写：{ad}。邮编{postal}",
    "地址：{ad}\n电话：{m}\n故障：{err}报错，开机就报",
    "📍{ad}\n📱{m}",
    "收件人 {m} {ad}",
    "你们快递员打{m}没人接的话放到{place}菜鸟驿站就行",
    "师傅车牌{pl}，已经在小区门口了，麻烦跟保安说一声",
    "车开不进来，{pl}这个车牌登记不了访客，师傅走过来吧",
    "冰箱送修预约：{ad}，座机{l}，下午在家",
    "笔记本寄修，回寄地址{ad}，电话{m}，开机密码已经取消了",
    "我是在{place}买的，发票丢了，身份证{id}能查到购买记录吗",
    "账号绑定的手机号{m}，序列号{sn}，麻烦帮我查下激活日期",
    "换屏那个单子，电话{m}，单号{ro}，取机码{pick}",
    "手机卡在坏的机子里，你先加我微信{wx}，我用WiFi能收到",
    "QQ：{qq}\n邮箱：{em}",
    "不好意思，上面卡号打错了，正确的是{bc}",
    "电话打{l}，找王工，他负责我们公司打印机报修",
    "老人机坏了，给我爸寄回{ad}，他不会用微信，打座机{l}",
    "你好 我在咸鱼买的二手{phone}，卖家说有官方保修，IMEI {imei}，我的电话{m}",
    "卖家信息：微信{wx}，手机{m}，地址{ad}，我已经报警了",
    "验机没问题，尾款{price}转到{bc}",
)

NEAR_TEMPLATES = (
    "{phone}换屏报价{price}，原装屏，保修{period}",
    "IMEI：{imei}，拨号界面输*#06#就能看到",
    "这是IMEI1 {imei} IMEI2 {imei_2}，帮我查下是不是国行",
    "序列号{sn}，查了下保修到{date}",
    "SN：{sn}\n型号：{model}\n故障：不开机",
    "型号{model}，{sto}，电池健康{batt}",
    "电池{cap}的那款，换电池{price}",
    "您的维修单号{ro}已生成，请保存好",
    "工单号{longno}，师傅会在{period}内联系您",
    "RMA单号 {ro}，寄修请在包裹里附上单号纸条",
    "保修卡号{wc}，购买日期{date}",
    "电子保修卡编号：{wc}",
    "空调显示{err}是什么意思",
    "洗衣机一直报{err}，排水也排不出去",
    "热水器{err}故障，{date}刚换过主板",
    "固件版本{fw}，升级后WiFi老掉",
    "系统{fw}，更新完就卡在开机画面",
    "网络解锁码{unlock}，输入三次错了会锁死",
    "有锁机的解锁码是{unlock}吗？",
    "官方售后热线{hot}，我{date}打过一次一直没人接",
    "打了{hot}说让我找门店",
    "您预留的手机号{mask}，是否本人？",
    "退款已原路返回尾号{tail}的银行卡，{period}内到账",
    "卡号{mask}，退款{price}已经处理了",
    "微信支付交易单号{badcard}，付款{price}",
    "交易流水号：{badcard}",
    "顺丰单号{track}，已经寄出了",
    "快递单号 {track} 麻烦查一下到哪了",
    "验证码{vcode}，5分钟内有效，请勿泄露",
    "取件码{pick}，放在{place}驿站了",
    "MAC地址{mac}，路由器后台能看到",
    "网卡MAC：{mac}\nIP：{ip}",
    "路由器登录{ip}，默认密码在背面",
    "屏幕{scr}，分辨率2K，{price}包安装",
    "{scr}的屏和{scr_2}的不通用",
    "我在{place}，离你们店多远",
    "你们{place}还开着吗？",
    "邮编{postal}",
    "发票号码{inv}，开票日期{date}",
    "电子发票代码{inv}",
    "锁屏密码{pwd}，修好了我自己改",
    "开机密码是{pwd}，检测要用",
    "{phone} {sto} 国行 电池{batt} 无拆无修 出价{price}",
    "回收估价：{model} {sto} 成色95新 {price}",
    "充电宝{cap}的，能带上飞机吗",
    "{model}和{model_2}是一个机子吗？",
    "主板维修{price}，换尾插{price_2}，一共{period}",
    "电池循环次数{batt}，该换了吧",
    "检测报告编号{ro}，结论：进水，不在保",
    "预计{date}修好，到时候短信通知",
    "{date}送修的，到现在还没消息，单号{ro}",
    "用户您好，工单{longno}已完结，感谢支持",
    "物流单号{track}，签收后请验机",
    "保内免费，保外{price}，人为损坏不保",
    "扫地机报{err}，滚刷缠头发了吧",
    "BIOS版本{fw}，风扇一直转",
    "{place}那边的售后点也能修吗",
    "我{date}在{place}买的，{sto}，还没过{period}",
    "手机号尾号{tail}的那位顾客，您的机器修好了",
    "您好，订单{ro}，退款金额{price}",
    "热线{hot}一直占线😤",
    "苹果售后{hot}转人工",
    "工单号：{longno}\n状态：待取件",
    "这款{scr}，{sto}，WiFi版，{price}",
    "我卡号{mask}，钱到了没",
    "这个IMEI {imei} 显示黑名单是什么情况",
    "第一个IMEI是{imei}，串号对得上",
    "型号{model}，SN {sn}，MAC {mac}",
    "错误代码{err}，售后说要换主板{price}",
    "退货单{ro}，审核通过了，{period}内寄回",
    "{cap} {sto} {scr}，这配置{price}值不值",
    "订单编号{badcard}，申请售后",
    "安装师傅{date}上门，上门费{price}",
    "【某某售后】您的验证码为{vcode}，用于寄修下单，切勿告知他人",
    "登录验证码{vcode}发给你了吗？我这边没收到",
    "您的包裹已到{place}，取件码{pick}，请及时领取",
    "取件码{pick} 帮我拿一下机器",
    "邮编写{postal}对吗？寄修单上要填",
    "手机号后四位{tail}，帮我查下维修进度",
    "验证码 {vcode}",
)


def _near_ok(v: str) -> bool:
    n = _norm(v)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    return not re.fullmatch(r"1[3-9]\d{9}", n)


_SLOT = re.compile(r"\{([a-z]+)(?:_\d)?\}")


def _template_kinds(t):
    return [s for s in _SLOT.findall(t)]


def _render(r, tpl, forced=None):
    """Fill a template; ``forced`` = (kind, fmt) applied to the first slot of that kind."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    used_forced = False
    for mt in _SLOT.finditer(tpl):
        lit = tpl[last:mt.start()]
        out.append(lit)
        pos += len(lit)
        last = mt.end()
        name = mt.group(1)
        if name in ("dev", "phone"):
            s = r.choice(DEVICES if name == "dev" else PHONES)
            out.append(s)
            pos += len(s)
        elif name in ENT:
            kind = ENT[name]
            gen, names, weights = GENS[kind]
            if forced and forced[0] == kind and not used_forced:
                fmt = forced[1]
                used_forced = True
            else:
                fmt = r.choices(names, weights)[0]
            pre, val, suf, fmt = gen(r, fmt)
            out.append(pre)
            pos += len(pre)
            ents.append((kind, pos, pos + len(val)))
            fmts.append(fmt)
            out.append(val + suf)
            pos += len(val) + len(suf)
        else:
            val = NEAR[name](r)
            while not _near_ok(val):
                val = NEAR[name](r)
            nears.append((NEAR_NAMES[name], pos, pos + len(val)))
            out.append(val)
            pos += len(val)
    out.append(tpl[last:])
    text = "".join(out)
    return _decorate(r, text, ents, nears) + (fmts,)


_TAILS = ("", "", "", "", " 谢谢", "，谢谢", "🙏", "～", " 辛苦了", "。", "!", " 麻烦尽快", "[抱拳]")
_HEADS = ("", "", "", "", "", "你好，", "在吗？", "师傅，", "亲，", "嗯嗯 ", "好的，")


def _decorate(r, text, ents, nears):
    head = r.choice(_HEADS)
    tail = r.choice(_TAILS)
    if text[-1] in "？?！!。～":
        tail = r.choice(("", "", "🙏", "[抱拳]"))
    if text.startswith(("您好", "你好", "【", "📍", "@", "IMEI", "SN")):
        head = ""
    sh = len(head)
    ents = [(k, s + sh, e + sh) for k, s, e in ents]
    nears = [(k, s + sh, e + sh) for k, s, e in nears]
    return head + text + tail, ents, nears


def _build(meta: list) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    pii_by_kind = {k: [i for i, t in enumerate(PII_TEMPLATES) if k in {ENT.get(s) for s in _template_kinds(t)}]
                   for k in KINDS}
    # forced formats
    for kind in KINDS:
        for fmt in GENS[kind][1]:
            tids = r.sample(pii_by_kind[kind], min(FORCE_PER_FMT, len(pii_by_kind[kind])))
            for tid in tids:
                rows.append((f"P{tid}",) + _render(r, PII_TEMPLATES[tid], (kind, fmt)))
    counts = Counter(k for row in rows for k, _, _ in row[2])
    while len(rows) < N_PII_ROWS:
        if r.random() < 0.5:
            rare = min(KINDS, key=lambda k: (counts[k] / KIND_SHARE[k], k))
            tid = r.choice(pii_by_kind[rare])
        else:
            tid = r.randrange(len(PII_TEMPLATES))
        row = (f"P{tid}",) + _render(r, PII_TEMPLATES[tid])
        counts.update(k for k, _, _ in row[2])
        rows.append(row)
    for i in range(N_NEAR_ROWS):
        tid = i % len(NEAR_TEMPLATES) if i < 2 * len(NEAR_TEMPLATES) else r.randrange(len(NEAR_TEMPLATES))
        rows.append((f"N{tid}",) + _render(r, NEAR_TEMPLATES[tid]))
    r.shuffle(rows)
    meta.clear()
    meta.extend(row[0] for row in rows)
    return pd.DataFrame({
        "text": [row[1] for row in rows],
        "entities": [row[2] for row in rows],
        "formats": [row[4] for row in rows],
        "near_misses": [row[3] for row in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind33_corpus() -> pd.DataFrame:
    return _build([])


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d+)$")
_PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,8}?(省|自治区|市|区|县|镇|街道)")
_UNVOICE = {v: k for k, v in _VOICE.items()}


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            before, after = text[s - 1:s] if s else "", text[e:e + 1]
            if k in ("mobile", "id_card", "bank_card", "landline", "qq"):
                assert not after.isdigit(), (k, v, text)
                assert not before.isdigit() or (k == "mobile" and text[:s].endswith(("+86", "0086"))), (k, v, text)
                assert not (before.isascii() and before.isalpha() and not (k == "qq" and before in "Qq")), (k, v, text)
                assert not (after.isascii() and after.isalpha()), (k, v, text)
            if k == "mobile":
                d = "".join(_UNVOICE.get(c, c) for c in n)
                assert re.fullmatch(r"1[3-9]\d{9}", d) and d[:3] in MOBILE_PREFIXES, v
            elif k == "id_card":
                assert _id_ok(n) and n[:6] in ID_AREAS, v
            elif k == "bank_card":
                assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (n[0] == "0" and 10 <= len(n) <= 12 or n[0] != "0" and len(n) in (7, 8)), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[A-Za-z0-9._]+[@＠][a-z0-9.\-]+\.[a-z]{2,}", v), v
                assert not (after and after.isascii() and (after.isalnum() or after in "._@")), (v, text)
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
                assert not (after.isascii() and after.isalnum()) and not (before.isascii() and before.isalnum()), (v, text)
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Z][· ]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert _PLACE_START.match(v) and _HOUSE_END.search(v), v
                assert not after.isdigit(), (v, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k == "imei":
                assert n.isdigit() and len(n) == 15 and _luhn_ok(n), v
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
    assert df.equals(make_blind33_corpus())  # deterministic
    assert df.equals(_build([]))
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
    declared = [f"{k}/{f}" for k in KINDS for f in GENS[k][1]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

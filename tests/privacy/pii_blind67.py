"""Sixty-seventh blind PII corpus (``split == "blind67"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十二位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; not ``bench/``, ``docs/``, the README, git history, nor any
other corpus or test (only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` for the layout and the entry-point names).  It
never imported ``toolkit`` and never ran any masking or finding function on
this data.  Values, chat contexts and labels come from the writer's own idea
of what such chats hold; no personal data was copied from anywhere.

What is different here: LIVE-STREAM E-COMMERCE.  WeCom 1:1 and group chats of
the staff of an MCN agency / a live-stream shop with anchors and their
assistants (sample shipping to anchors' homes and studios), suppliers and
factories (contacts, factory and warehouse addresses, trucks arriving at the
base, invoices), buyers (after-sales, address changes, refunds to cards),
prize winners of 福袋 / 抽奖 sending address + phone (often three lines with
no cue at all), settlement of commissions and 坑位费 to cards with ID numbers
for tax, and fan groups where people type fast with emoji and slang
(宝子 / 家人们 / 蹲 / vx / 扣扣 / 🐧).  Near-misses are what such chats are full
of: 19-digit Douyin order / after-sales numbers and 19-digit product IDs (all
failing Luhn), 18-digit Taobao-style order numbers (failing the ID check),
tracking numbers, courier and platform hotlines (400 / 95xxx / 12315),
prices, 坑位费 and commission rates, dates and live times, masked phones
(138****5678), tail digits, verification and pickup codes (``3-2-1102``
shaped like a room), 货号 / SKU codes, body measurements, fan counts,
short links, 20-digit e-invoice numbers, social credit codes, QQ group
numbers of fan groups, and places without a house unit (义乌仓, 杭州余杭区).

Seed
----
``SEED = "blind67-2026-livestream-第七十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and bank-card Luhn digits are computed here.  Every format is
first forced ``FORCE_PER_FMT`` (4) times into distinct templates holding a
marker of its kind; other markers draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, middle dots, the parentheses around an area code) are
  inside.  An address runs from its first place unit (province / city /
  district / county / town / street / road / estate) to its last house-level
  unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 组 / a bare room number such as
  ``1502`` or ``3-2-1502``).  Emoji around a value are outside.  Names are
  never written (only roles such as 本人 / 前台 / 助理).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind67"``

Counts (``python tests/privacy/pii_blind67.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1366
(mobile 341, address 287, email 135, landline 125, wechat 118, id_card 102,
bank_card 92, plate 92, qq 74);
near-miss spans=1228 (1028 in near-miss rows), 28 near-miss kinds
(date_time 112, price 93, order_no 92, tracking_no 69, link_no 68, percent 68,
quantity 63, fee 56, hotline 55, body_metric 54, place_only 48,
aftersale_no 43, discount 39, tail_digits 34, invoice_no 33, masked_card 33,
credit_code 30, fans_count 26, room_id 25, pickup_code 25, coupon 24, sku 24,
qq_group 22, masked 21, url 20, verify_code 18, product_id 17, order_no_18 16);
formats=48 distinct, each used >= 4 times in >= 3 templates
(checked in ``__main__``).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind67-2026-livestream-第七十二位写手"
SPLIT = "blind67"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ---------------------------------------------------------------- helpers


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
    raise AssertionError


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


# ---------------------------------------------------------------- value pools

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
# (area code, number length)
AREA_CODES = (
    ("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("0579", 8), ("0574", 8),
    ("0512", 8), ("028", 8), ("027", 8), ("0731", 8), ("0592", 7), ("0757", 8), ("0769", 8),
    ("0539", 7), ("0595", 8), ("0371", 8), ("024", 8), ("023", 8), ("0760", 8), ("0573", 8),
)
ID_AREAS = (
    "330782", "330106", "330110", "440106", "440111", "441900", "350203", "320581", "510107",
    "420111", "430104", "410105", "370202", "110105", "310115", "340104", "360102", "450103",
    "520102", "610113", "230103", "210102", "500103", "530102", "371302", "411625", "350582",
    "130102", "140105", "620102",
)
CARD_BINS = (  # (bin, total length)
    ("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("622700", 19), ("621661", 19),
    ("622588", 16), ("621483", 16), ("622260", 19), ("621799", 19), ("623668", 19), ("622908", 16),
)
CARD_BINS_VM = (("439225", 16), ("456351", 16), ("518710", 16), ("526410", 16), ("404117", 16))
CARD_BINS_95 = (("955880", 19), ("955990", 19), ("955888", 19))
BANKS = ("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "农商银行", "邮储银行")

PLATE_PROV = "浙粤沪京苏川鲁闽鄂湘豫渝皖赣桂辽"
PLATE_CITY = "ABCDEFGHJKL"
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

EMAIL_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "yeah.net")
COMPANY_DOMAINS = ("xingyaomcn.com", "dymcn.cn", "guochaofushi.com", "yiwuhaohuo.cn", "lumiaomedia.com")
PINYIN = ("xiaolu", "tangtang", "linxi", "chenchen", "yiyi", "mumu", "duoduo", "zhouzhou", "anqi", "nuannuan",
          "kaixin", "jiajia", "wanwan", "xiaoyu", "beibei", "lele", "qiqi", "ningmeng", "taozi", "suisui")
COMPANY_ROLES = ("bd", "shangwu", "kefu", "caiwu", "xuanpin", "hezuo", "service", "zhaoshang")

# (province or "", city, district/county, streets, roads, estates)
PLACES = (
    ("浙江省", "杭州市", "余杭区", ("五常街道", "仓前街道", "良渚街道"), ("文一西路", "良睦路", "五常大道", "欧美金融城"),
     ("西溪八方城", "海创园", "万科良渚文化村", "绿城桂花园")),
    ("浙江省", "杭州市", "滨江区", ("长河街道", "西兴街道"), ("江南大道", "滨盛路", "网商路"), ("星耀城", "东方通信城", "钱江湾花园")),
    ("浙江省", "金华市", "义乌市", ("稠城街道", "北苑街道", "福田街道"), ("工人北路", "春晗路", "宗泽路", "稠州北路"),
     ("福田一区", "宾王小区", "江东新村", "丹溪小区")),
    ("广东省", "广州市", "白云区", ("石井街道", "三元里街道"), ("机场路", "石井大道", "广园中路"), ("白云新城", "保利紫云", "万科云城")),
    ("广东省", "广州市", "番禺区", ("南村镇", "大石街道"), ("兴南大道", "汉溪大道"), ("万博中心", "祈福新邨", "星河湾")),
    ("广东省", "深圳市", "南山区", ("粤海街道", "西丽街道"), ("科苑路", "科技南十二路", "留仙大道"), ("华润城", "阳光带海滨城", "南山书城")),
    ("", "上海市", "闵行区", ("七宝镇", "莘庄镇"), ("漕宝路", "七莘路", "都市路"), ("万科城市花园", "七宝宝龙城", "春申景城")),
    ("", "北京市", "朝阳区", ("望京街道", "酒仙桥街道"), ("阜通东大街", "广顺北大街", "酒仙桥路"), ("望京SOHO", "花家地西里", "南湖东园")),
    ("四川省", "成都市", "武侯区", ("玉林街道", "簇桥街道"), ("科华北路", "武侯大道", "玉林南路"), ("棕北小区", "蓝光COCO金沙", "玉林小区")),
    ("湖北省", "武汉市", "洪山区", ("关山街道", "珞南街道"), ("珞喻路", "光谷大道", "雄楚大道"), ("光谷青年城", "保利心语", "金地格林小城")),
    ("江苏省", "苏州市", "常熟市", ("虞山街道", "琴川街道"), ("海虞北路", "招商南路", "黄河路"), ("服装城小区", "琴湖花园", "世茂世纪中心")),
    ("福建省", "泉州市", "晋江市", ("陈埭镇", "青阳街道"), ("世纪大道", "陈埭大道", "泉安中路"), ("鞋都花园", "宝龙城市广场", "万达华府")),
    ("山东省", "临沂市", "兰山区", ("兰山街道", "金雀山街道"), ("通达路", "金雀山路", "启阳路"), ("沂蒙电商园", "书香苑", "名都花园")),
    ("河南省", "郑州市", "金水区", ("文化路街道", "丰产路街道"), ("文化路", "花园路", "东风路"), ("建业森林半岛", "国基花园", "农科小区")),
    ("湖南省", "长沙市", "岳麓区", ("观沙岭街道", "梅溪湖街道"), ("枫林三路", "麓谷大道", "桐梓坡路"), ("梅溪湖壹号", "中建梅溪湖中心", "金茂悦")),
    ("", "重庆市", "渝北区", ("龙溪街道", "回兴街道"), ("新牌坊二路", "金开大道", "红锦大道"), ("龙湖紫都城", "金科天籁城", "恒大照母山")),
    ("辽宁省", "沈阳市", "和平区", ("南湖街道", "太原街街道"), ("三好街", "南京南街", "文化路"), ("华润二十四城", "南湖明珠", "奥林匹克花园")),
)
VILLAGES = (
    ("河南省", "周口市", "郸城县", "汲冢镇", "李庄村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "王寨村"),
    ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"), ("四川省", "南充市", "营山县", "骆市镇", "桂花村"),
    ("湖南省", "邵阳市", "隆回县", "六都寨镇", "石门村"), ("江西省", "赣州市", "于都县", "梓山镇", "潭头村"),
    ("广西壮族自治区", "玉林市", "博白县", "沙河镇", "新华村"), ("河北省", "邢台市", "清河县", "葛仙庄镇", "小屯村"),
)
OFFICE_BLDG = ("电商直播基地", "数字产业园", "创意园", "网红孵化中心", "国际大厦", "时代广场", "跨境电商园")

# ---------------------------------------------------------------- PII generators
# each returns (prefix, value, suffix, fmt); prefix/suffix lie outside the span


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _mobile_raw(r):
    return r.choice(MOBILE_PREFIXES) + _digits(r, 8)


CN_DIG = "零一二三四五六七八九"
CN_DIG_YAO = "零幺二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def g_mobile(r, fmt):
    m = _mobile_raw(r)
    if fmt == "plain_11":
        return "", m, "", fmt
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", "", fmt
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", "", fmt
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "0086 ")), m, "", fmt
    if fmt == "fullwidth_11":
        return "", m.translate(FW), "", fmt
    if fmt == "cn_digits":
        tab = r.choice((CN_DIG, CN_DIG_YAO))
        return "", "".join(tab[int(c)] for c in m), "", fmt
    if fmt == "space_4_4_3":  # rare but seen: 1381 2345 678
        return "", f"{m[:4]} {m[4:8]} {m[8:]}", "", fmt
    raise KeyError(fmt)


def g_landline(r, fmt):
    code, n = r.choice(AREA_CODES)
    num = r.choice("2345678") + _digits(r, n - 1)
    if fmt == "area_dash":
        return "", f"{code}-{num}", "", fmt
    if fmt == "area_paren":
        return "", f"({code}){num}", "", fmt
    if fmt == "area_plain":
        return "", f"{code}{num}", "", fmt
    if fmt == "area_space":
        return "", f"{code} {num}", "", fmt
    if fmt == "local_only":
        return "", num, "", fmt
    if fmt == "area_dash_ext":
        ext = r.choice(("转", "转", "-", "分机", "转分机"))
        return "", f"{code}-{num}", f"{ext}{r.choice(('806', '8012', '21', '302', '6'))}", fmt
    raise KeyError(fmt)


def g_email(r, fmt):
    if fmt == "qq_number":
        return "", f"{r.randint(10**7, 3 * 10**9)}@qq.com", "", fmt
    if fmt == "pinyin_digits":
        return "", f"{r.choice(PINYIN)}{r.choice(('', '_', '.'))}{r.randint(1, 2005)}@{r.choice(EMAIL_DOMAINS)}", "", fmt
    if fmt == "company_role":
        return "", f"{r.choice(COMPANY_ROLES)}@{r.choice(COMPANY_DOMAINS)}", "", fmt
    if fmt == "company_name":
        return "", f"{r.choice(PINYIN)}.{r.choice(('li', 'wang', 'zhang', 'chen', 'liu'))}@{r.choice(COMPANY_DOMAINS)}", "", fmt
    if fmt == "upper_mixed":
        return "", f"{r.choice(PINYIN).capitalize()}{r.randint(88, 999)}@{r.choice(('163.com', '126.com', 'QQ.com'))}", "", fmt
    raise KeyError(fmt)


def _id_raw(r, want_x=None):
    while True:
        area = r.choice(ID_AREAS)
        y = r.randint(1972, 2005)
        mth = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{area}{y:04d}{mth:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(body)
        if want_x is None and c == "X":
            continue
        if want_x and c != "X":
            continue
        return body + c


def g_id_card(r, fmt):
    if fmt == "plain_18":
        return "", _id_raw(r, False), "", fmt
    if fmt == "x_upper":
        return "", _id_raw(r, True), "", fmt
    if fmt == "x_lower":
        return "", _id_raw(r, True).lower(), "", fmt
    if fmt == "space_6_8_4":
        s = _id_raw(r)
        return "", f"{s[:6]} {s[6:14]} {s[14:]}", "", fmt
    raise KeyError(fmt)


def _card_raw(r, pool):
    b, n = r.choice(pool)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def g_bank_card(r, fmt):
    if fmt == "plain_19":
        return "", _card_raw(r, [x for x in CARD_BINS if x[1] == 19]), "", fmt
    if fmt == "plain_16":
        return "", _card_raw(r, [x for x in CARD_BINS if x[1] == 16] + list(CARD_BINS_VM)), "", fmt
    if fmt == "space_4444":
        c = _card_raw(r, [x for x in CARD_BINS if x[1] == 16] + list(CARD_BINS_VM))
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), "", fmt
    if fmt == "space_19_4s":
        c = _card_raw(r, [x for x in CARD_BINS if x[1] == 19])
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), "", fmt
    if fmt == "domestic_95":
        return "", _card_raw(r, CARD_BINS_95), "", fmt
    if fmt == "space_6_13":
        c = _card_raw(r, [x for x in CARD_BINS if x[1] == 19])
        return "", f"{c[:6]} {c[6:]}", "", fmt
    raise KeyError(fmt)


def g_qq(r, fmt):
    if fmt == "digits_6_8":
        return "", str(r.randint(10**5, 10**8 - 1)), "", fmt
    if fmt == "digits_9_10":
        return "", str(r.randint(10**8, 3 * 10**9)), "", fmt
    if fmt == "space_3s":
        s = str(r.randint(10**8, 3 * 10**9))
        return "", " ".join(s[i:i + 3] for i in range(0, len(s), 3)), "", fmt
    raise KeyError(fmt)


WX_WORDS = ("zhibo", "dy", "xiaohao", "fushi", "haohuo", "shop", "mcn", "vip", "tuan", "xuanpin")


def g_wechat(r, fmt):
    p = r.choice(PINYIN)
    if fmt == "pinyin_digits":
        return "", f"{p}{r.randint(1, 9999)}", "", fmt
    if fmt == "underscore":
        return "", f"{p}_{r.choice(WX_WORDS)}{r.choice(('', str(r.randint(1, 99))))}", "", fmt
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), "", fmt
    if fmt == "dash_mixed":
        return "", f"{r.choice(WX_WORDS).upper()}-{p}{r.randint(10, 999)}", "", fmt
    if fmt == "capital_start":
        return "", f"{p.capitalize()}{r.choice(WX_WORDS).capitalize()}{r.randint(0, 99):02d}", "", fmt
    raise KeyError(fmt)


def _plate_tail(r, n):
    while True:
        t = "".join(r.choice(PLATE_CHARS) for _ in range(n))
        if sum(c.isalpha() for c in t) <= 2:
            return t


def g_plate(r, fmt):
    pv, ct = r.choice(PLATE_PROV), r.choice(PLATE_CITY)
    if fmt == "std_7":
        return "", f"{pv}{ct}{_plate_tail(r, 5)}", "", fmt
    if fmt == "dot_7":
        return "", f"{pv}{ct}·{_plate_tail(r, 5)}", "", fmt
    if fmt == "space_7":
        return "", f"{pv}{ct} {_plate_tail(r, 5)}", "", fmt
    if fmt == "new_energy_8":
        return "", f"{pv}{ct}{r.choice('DF')}{r.choice(PLATE_CHARS)}{_digits(r, 4)}", "", fmt
    if fmt == "lower_7":
        return "", f"{pv}{ct.lower()}{_plate_tail(r, 5).lower()}", "", fmt
    raise KeyError(fmt)


def _room(r):
    fl = r.randint(2, 28)
    return f"{fl}{r.randint(1, 4):02d}"


def g_address(r, fmt):
    pv, ci, di, streets, roads, estates = r.choice(PLACES)
    road = f"{r.choice(roads)}{r.randint(1, 999)}号"
    est = r.choice(estates)
    bld = r.randint(1, 30)
    unit = r.randint(1, 4)
    room = _room(r)
    if fmt == "prov_full":
        tail = r.choice((f"{est}{bld}栋{unit}单元{room}室", f"{est}{bld}幢{room}室", f"{est}{bld}号楼{unit}单元{room}"))
        return "", f"{pv or ''}{ci}{di}{r.choice(streets)}{road}{tail}", "", fmt
    if fmt == "city_start":
        return "", f"{ci}{di}{road}{est}{bld}栋{room}室", "", fmt
    if fmt == "district_start":
        return "", f"{di}{r.choice(roads)}{est}{bld}幢{unit}单元{room}", "", fmt
    if fmt == "estate_bare_room":
        return "", f"{ci}{di}{est}{bld}-{unit}-{room}", "", fmt
    if fmt == "road_no_only":
        return "", f"{pv or ''}{ci}{di}{road}", "", fmt
    if fmt == "office_floor":
        return "", f"{ci}{di}{road}{r.choice(OFFICE_BLDG)}{r.randint(1, 9)}号楼{r.randint(2, 18)}层", "", fmt
    if fmt == "village_group":
        p, c, x, z, v = r.choice(VILLAGES)
        end = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 80)}号", f"{r.randint(1, 120)}号"))
        return "", f"{p}{c}{x}{z}{v}{end}", "", fmt
    if fmt == "spaced_parts":
        return "", f"{pv or ci} {ci} {di} {r.choice(streets)} {road} {est}{bld}栋{unit}单元{room}", "", fmt
    raise KeyError(fmt)


GEN = dict(email=g_email, id_card=g_id_card, bank_card=g_bank_card, mobile=g_mobile, landline=g_landline,
           qq=g_qq, wechat=g_wechat, plate=g_plate, address=g_address)
FMTS = dict(
    mobile=(("plain_11", 30), ("space_344", 6), ("dash_344", 3), ("plus86_plain", 2), ("fullwidth_11", 1),
            ("cn_digits", 1), ("space_4_4_3", 1)),
    landline=(("area_dash", 6), ("area_paren", 2), ("area_plain", 2), ("area_space", 1), ("local_only", 1),
              ("area_dash_ext", 2)),
    email=(("qq_number", 5), ("pinyin_digits", 4), ("company_role", 3), ("company_name", 2), ("upper_mixed", 1)),
    id_card=(("plain_18", 8), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1)),
    bank_card=(("plain_19", 7), ("plain_16", 3), ("space_4444", 2), ("space_19_4s", 2), ("domestic_95", 1),
               ("space_6_13", 1)),
    qq=(("digits_9_10", 6), ("digits_6_8", 3)),
    wechat=(("pinyin_digits", 5), ("underscore", 3), ("wxid", 2), ("dash_mixed", 1), ("capital_start", 2)),
    plate=(("std_7", 6), ("dot_7", 2), ("space_7", 1), ("new_energy_8", 3), ("lower_7", 1)),
    address=(("prov_full", 6), ("city_start", 4), ("district_start", 3), ("estate_bare_room", 2),
             ("road_no_only", 2), ("office_floor", 2), ("village_group", 2), ("spaced_parts", 1)),
)

# ---------------------------------------------------------------- near-miss generators


def _fail_luhn(r, first, n):
    while True:
        s = first + _digits(r, n - len(first))
        if not _luhn_ok(s) and not (len(s) == 18 and _id_ok(s)):
            return s


def n_order_no(r):  # Douyin / Kuaishou style
    return _fail_luhn(r, r.choice(("69", "49", "50", "48")), r.choice((19, 19, 19, 16)))


def n_order_18(r):  # Taobao style 18 digits, not a valid ID
    return _fail_luhn(r, r.choice(("1", "2", "3")), 18)


def n_aftersale_no(r):
    return _fail_luhn(r, r.choice(("14", "15", "73")), 19)


def n_product_id(r):
    return _fail_luhn(r, "3" + r.choice("567"), 19)


def n_tracking_no(r):
    k = r.randrange(6)
    if k == 0:
        return "SF" + _digits(r, 13)
    if k == 1:
        return "YT" + _digits(r, 13)
    if k == 2:
        return "JT" + _digits(r, 13)
    if k == 3:
        return "7" + _digits(r, 13)
    if k == 4:
        return "43" + _digits(r, 13)
    return "98" + _digits(r, 11)


def n_hotline(r):
    k = r.randrange(4)
    if k == 0:
        return f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    if k == 1:
        return f"400{r.randint(1000000, 9999999)}"
    if k == 2:
        return r.choice(("95338", "95311", "95554", "95546", "95543", "11183", "12315", "95188"))
    return f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}"


def n_price(r):
    return r.choice((f"¥{r.randint(9, 399)}.9", f"{r.randint(19, 599)}元", f"{r.randint(29, 299)}块",
                     f"{r.randint(9, 199)}.9", f"{r.randint(1000, 99999)}.{r.randint(0, 99):02d}元"))


def n_fee(r):
    return r.choice((f"{r.randint(2, 50)}w", f"{r.randint(1, 9)}k", f"{r.randint(3, 30)}000", f"{r.randint(1, 9)}.{r.randint(1, 9)}w"))


def n_discount(r):
    return r.choice((f"{r.randint(1, 9)}.{r.randint(1, 9)}折", f"{r.randint(3, 8)}折", f"满{r.randint(1, 3)}99减{r.randint(2, 9)}0"))


def n_masked_card(r):
    return r.choice((f"{r.choice(('6222', '6217', '6228'))} **** **** {_digits(r, 4)}", f"{r.choice(('6222', '6217', '6228'))}**********{_digits(r, 4)}",
                     f"{r.choice(ID_AREAS)[:3]}***********{_digits(r, 3)}X", f"{r.choice(ID_AREAS)[:6]}********{_digits(r, 4)}"))


def n_date_time(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号晚{r.randint(7, 10)}点", f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(18, 23)}:{r.choice(('00', '30'))}",
                     f"明晚{r.randint(7, 9)}点半", f"{r.randint(1, 12)}/{r.randint(1, 28)}"))


def n_masked(r):
    m = _mobile_raw(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}****{m[7:]}"))


def n_tail(r):
    return _digits(r, 4)


def n_verify_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def n_pickup_code(r):
    return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 6099)}", f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}",
                     f"A{r.randint(1, 30)}-{r.randint(1000, 9999)}", _digits(r, 6)))


def n_sku(r):
    return r.choice((f"{r.choice('ABKDXY')}{r.randint(1000, 9999)}", f"{r.randint(2301, 2512)}-{r.randint(1, 99):02d}",
                     f"{r.randint(100, 9999)}#", f"{r.choice(('DY', 'KS', 'ZB'))}{r.randint(10000, 99999)}"))


def n_body(r):
    return r.choice((f"{r.randint(150, 180)}cm", f"{r.randint(85, 160)}斤", f"{r.randint(45, 80)}kg",
                     f"腰围{r.randint(1, 2)}尺{r.randint(0, 9)}", f"{r.randint(34, 44)}码"))


def n_percent(r):
    return f"{r.choice((5, 10, 15, 20, 25, 30, 35, 40))}%"


def n_fans(r):
    return r.choice((f"{r.randint(1, 99)}.{r.randint(1, 9)}w", f"{r.randint(1, 999)}万", f"{r.randint(1000, 9999)}人"))


def n_url(r):
    s = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    return r.choice((f"https://v.douyin.com/{s}/", f"v.douyin.com/{s}", f"https://v.kuaishou.com/{s}", f"m.tb.cn/h.{s}"))


def n_invoice_no(r):
    return r.choice(("25" + _digits(r, 18), _digits(r, 8)))


def n_credit_code(r):
    alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + r.choice(ID_AREAS) + "MA" + "".join(r.choice(alnum) for _ in range(8))


def n_qq_group(r):
    return str(r.randint(10**8, 9 * 10**8))


def n_place_only(r):
    pv, ci, di, streets, roads, estates = r.choice(PLACES)
    return r.choice((f"{ci[:-1]}{di}", f"{ci}", f"{ci[:-1]}仓", f"{di}那边", f"{r.choice(roads)}", f"{pv or ci}{ci}"))


def n_room_id(r):
    return _fail_luhn(r, "7" + r.choice("234"), 19)


def n_coupon(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice((6, 8))))


def n_qty(r):
    return r.choice((f"{r.randint(2, 500)}0件", f"{r.randint(1, 99)}单", f"{r.randint(1, 20)}箱", f"{r.randint(100, 9999)}份"))


def n_link_no(r):
    return f"{r.randint(1, 60)}号链接"


NEAR = dict(order_no=n_order_no, order_no_18=n_order_18, aftersale_no=n_aftersale_no, product_id=n_product_id,
            tracking_no=n_tracking_no, hotline=n_hotline, price=n_price, date_time=n_date_time, masked=n_masked,
            tail_digits=n_tail, verify_code=n_verify_code, pickup_code=n_pickup_code, sku=n_sku, body_metric=n_body,
            percent=n_percent, fans_count=n_fans, url=n_url, invoice_no=n_invoice_no, credit_code=n_credit_code,
            qq_group=n_qq_group, place_only=n_place_only, room_id=n_room_id, coupon=n_coupon, quantity=n_qty,
            link_no=n_link_no, fee=n_fee, discount=n_discount, masked_card=n_masked_card)

# ---------------------------------------------------------------- templates
# {kind} = PII value; {~near} = near-miss value.  Line breaks are real.

PII_TEMPLATES = (
    # --- sample shipping to anchors (MCN staff <-> anchor / assistant)
    "寄样地址：{address}，收件电话{mobile}，麻烦这周发出哈",
    "姐 样品寄这里 {address} {mobile} 到了我拍开箱",
    "{address}\n{mobile}\n样衣S码M码各一件 谢谢🙏",
    "主播助理电话{mobile}，地址{address}，周三前要到，{~date_time}开播要试穿",
    "哈喽，新品那批寄样填我们基地：{address}，前台座机{landline}，收件写商务组就行",
    "快递别放丰巢，直接送上门 {address}，联系不上打{mobile}",
    "顺丰到付就行 地址{address} 电话{mobile}（微信同号）",
    "样品寄错地址了😭 正确的是{address}，之前那个作废",
    "我换号了 新号{mobile} 旧号别打了哈",
    "达人微信{wechat}，你加一下对接寄样，备注品牌名",
    "加我微信吧 {wechat} 方便发样品图和报价",
    "主播本人vx：{wechat}，商务合作坑位费{~fee}+佣金{~percent}",
    "寄样信息\n收件地址：{address}\n电话：{mobile}\n货号：{~sku} 各两件",
    "样品收到了 快递单号{~tracking_no}，收件人电话是{mobile}没错",
    "亲 我们主播搬家了 以后寄{address}，电话还是{mobile}",
    "{mobile} 这个是我助理的 寄样直接联系她 我这周在外地拍摄",
    "寄到工作室：{address}\n工作室电话{landline}",
    "你好 我是{~fans_count}粉的穿搭博主 想申请样品 vx {wechat} 电话{mobile}",
    # --- suppliers / factories
    "厂家对接人电话{mobile}，座机{landline}，发货仓在{address}",
    "工厂地址 {address}，来看货提前打{landline}转806",
    "货款打这张卡 {bank_card} 开户行{bank}义乌分行",
    "供应商开票邮箱{email}，发票抬头和税号{~credit_code}发你了",
    "报价单发我邮箱 {email} 谢谢老板",
    "厂长QQ{qq}，图包在QQ群文件里",
    "送货的车牌{plate}，{~date_time}到基地卸货，门卫帮忙登记下",
    "明天送{~quantity}过来，车牌号{plate}，司机电话{mobile}",
    "我们仓库地址：{address}，收货时间9:00-18:00，电话{landline}",
    "老板 新款图片打包发我邮箱吧{email}，微信传太糊了",
    "对接一下 我是选品负责人 邮箱{email} 手机{mobile}",
    "档口电话{landline} 老板娘手机{mobile} 拿货找她",
    "退货给厂家的地址：{address}，联系人手机{mobile}",
    "厂里财务的卡号：{bank_card}\n{bank}\n货款{~price}麻烦今天打一下",
    "物流车{plate}已经在东门了，保安说要预约，电话{landline}",
    "你们公司座机是{landline}吗？打了好几次没人接",
    "合同扫描件发{email}，盖章后寄回{address}",
    # --- after-sales buyers
    "退货寄回地址：{address}，收件电话{landline}，请勿发到付哦亲",
    "我地址填错了 改成{address} 电话不变",
    "手机号{mobile}，订单号{~order_no}，收到衣服有破洞",
    "订单{~order_no} 收件人手机尾号{~tail_digits}，我的手机是{mobile}",
    "退款麻烦打到我卡上吧 {bank_card} {bank}",
    "你好 我在直播间买的{~link_no} 还没发货 电话{mobile}",
    "{mobile}\n这是我下单的号码 查一下物流 急用",
    "亲亲 帮您改好啦～新地址：{address}，有问题随时联系哦",
    "快递显示签收了但我没收到啊 地址{address} 你们核实下",
    "我老公的号{mobile} 快递打他电话 我上班接不了",
    "售后单号{~aftersale_no} 寄回了 顺丰{~tracking_no} 寄件人电话{mobile}",
    "退款一直没到 支付宝还是银行卡？我的卡是{bank_card}",
    "收件地址：{address}（快递放门卫）手机：{mobile}",
    "亲 这边需要您提供下手机号哦～ 好的 {mobile}",
    "麻烦补发一下 {address} 电话{mobile} 上次少发了{~quantity}",
    # --- prize winners
    "中奖啦🎉🎉 地址{address} 电话{mobile}",
    "福袋中了！！{address}，{mobile}，谢谢主播💕",
    "抽中的宝宝私信地址+电话哈～ 我的：{mobile} {address}",
    "按平台要求奖品价值超过标准需要登记身份证号 我的：{id_card}",
    "{mobile}\n{address}\n中奖截图发你了 求快点发货🥺",
    "我中了那个{~price}的福袋！地址{address}",
    "中奖信息：手机{mobile} 身份证{id_card} 地址{address}",
    "主播我中奖了😭😭第一次中 {address} 电话 {mobile}",
    "中了中了 {mobile} 地址还是上次那个 {address}",
    "宝 中奖的iPhone要实名 身份证{id_card} 手机{mobile}",
    # --- settlement
    "结算卡号{bank_card}，开户行{bank}杭州分行，户名本人",
    "佣金打到{bank_card}，身份证{id_card}，签约的时候也给过",
    "主播签约要身份证号和银行卡：\n{id_card}\n{bank_card}\n{bank}",
    "上个月坑位费还没到账，卡号是{bank_card}没错吧？",
    "换卡了，以后结算到这张：{bank_card}（{bank}）",
    "个税申报需要身份证 {id_card} 手机 {mobile}",
    "劳务合同信息：身份证号码{id_card}，收款卡号{bank_card}，开户行{bank}",
    "财务说你身份证号少了一位 我重新发：{id_card}",
    "{id_card} 这是身份证 卡号稍后发",
    "这个月结算{~price}，发到你预留的卡{bank_card}了，注意查收",
    "对账单发你邮箱{email}了，有问题找财务",
    "签约主播信息表\n身份证：{id_card}\n手机：{mobile}\n邮箱：{email}\n常住地址：{address}",
    "提现卡绑定这张 {bank_card} 身份证号{id_card}",
    "开票信息已填 收票邮箱{email} 手机{mobile}",
    # --- fan groups
    "家人们 有没有人拼单 加我vx {wechat} 😂",
    "@所有人 粉丝福利群满了，新群加管理微信{wechat}",
    "宝子们我扣扣{qq} 一起蹲直播😆",
    "谁拿错我快递了 收件号码是{mobile} 放驿站的🥲",
    "主播小号在这 v：{wechat}",
    "有一起合单的吗 我在{~place_only}附近 🐧{qq}",
    "我换了微信 {wechat} 之前的不用了 大家重新加一下哈",
    "宝子们 代拍的找我 q：{qq} vx：{wechat}",
    "家人们主播邮箱是{email}吗 想投稿穿搭",
    "冲冲冲🔥🔥 {~link_no}上了 有问题加客服微信{wechat}",
    "我qq{qq} 姐妹们可以加 一起交流穿搭",
    "管理员好 我的号{mobile}被踢出群了 能再拉我一下吗",
    "求互关 {wechat}💗",
    "有没有{~place_only}的姐妹 面交 电话{mobile}",
    # --- office / base / misc
    "基地停车登记：{plate}、{plate}，今天两位主播过来拍",
    "主播的车{plate} 放B2停车场 帮她报备一下",
    "公司地址{address}，来面试的主播直接到前台",
    "直播间招主播 简历发{email} 或者加微信{wechat}",
    "助播招聘 联系电话{mobile} 地址{address}",
    "我开车过来的 {plate} 门口保安不让进",
    "商务合作请联系：{email}\n电话：{landline}",
    "你好 这边是MCN商务 想和你们品牌谈合作 电话{mobile} 微信{wechat}",
    "品牌方联系邮箱 {email}，样品寄{address}",
    "前台电话{landline} 快递到了会通知",
    "公司发票寄送地址{address}，电话{landline}",
    "报销的打车票 车牌{plate} 麻烦财务审核",
    "{landline} 是我们客服座机 工作时间9-18点",
    "达人商务邮箱{email} qq{qq}",
    "姐妹QQ邮箱{email} 图包我发那了",
    "{wechat} 这个是运营的 有事找他",
    "微信搜{wechat}，备注直播间",
    "我的QQ：{qq}\n邮箱：{email}",
    "这是我们新的商务号{mobile}，之前的{~masked}停用了",
    "样品回寄：{address}，到付，电话{landline}转分机2",
    "{qq} 是我们的售后qq 加的时候备注订单号",
    "{plate} 这个车是主播家里的 每周三来",
    "快递员打{mobile}没人接 你确认下地址是{address}吗",
    "你好我想开发票 邮箱{email} 订单号{~order_no}",
    "姐的身份证{id_card} 星图那边认证要用",
    "实名认证的身份证号：{id_card}，手机号：{mobile}",
    "主播家地址：{address}\n她白天不在 放门口就行",
    "这张卡{bank_card}是我妈的 用我自己的吧 稍等",
    "{email}\n这是我们法务邮箱 合同发这里",
    "挂车车牌{plate} 车头{plate}",
    "厂里联系方式：{landline}（白天）{mobile}（晚上）",
    "发样的时候备注下 收件电话{mobile} 收件地址{address} 别写公司名",
    "加我QQ {qq} 发你图包 原图微信压缩了",
    "售后QQ：{qq}（工作日在线）",
    "🐧{qq} 蹲一个同城的姐妹拼单",
    "厂家QQ {qq}，微信{wechat}，两个都行",
)

NEAR_TEMPLATES = (
    "订单号{~order_no} 什么时候发货啊😭 都{~date_time}了",
    "这单{~order_no}申请退款了 麻烦处理下",
    "快递单号{~tracking_no} 查不到物流",
    "顺丰客服电话是{~hotline}吗",
    "到手价{~price}！！家人们冲{~link_no}",
    "{~date_time}开播 福袋{~price}起",
    "验证码{~verify_code}是啥 我没收到",
    "驿站取件码{~pickup_code} 帮我拿一下😂",
    "收件人手机尾号{~tail_digits}的是我",
    "显示的手机号是{~masked} 是我的没错",
    "佣金{~percent} 坑位费{~fee} 能谈吗",
    "我身高{~body_metric} 体重{~body_metric} 穿什么码",
    "货号{~sku} 还有货吗 要{~quantity}",
    "售后单号{~aftersale_no}，运单号{~tracking_no}",
    "发票号码{~invoice_no} 金额{~price}",
    "统一社会信用代码：{~credit_code}",
    "链接：{~url} 复制打开抖音",
    "粉丝QQ群：{~qq_group} 进群暗号：宝宝",
    "我们发货仓在{~place_only} 一般{~date_time}前发",
    "商品ID {~product_id} 上架了吗",
    "直播间ID {~room_id} 今晚换这个号播",
    "优惠券码{~coupon} 满{~price}可用",
    "主播现在多少粉了 {~fans_count}了吧",
    "这个订单号{~order_no_18}是淘宝那边的 抖店查不到",
    "有问题打{~hotline} 或者12315投诉",
    "投诉电话{~hotline} 打了没人接",
    "宝子们{~link_no}秒杀{~price} 只有{~quantity}",
    "取件码{~pickup_code}，放在{~place_only}驿站",
    "{~order_no}\n{~order_no}\n这两单一起发",
    "退款{~price}到了吗 订单{~order_no}",
    "亲 您的订单{~order_no}已发货 单号{~tracking_no}",
    "{~date_time} 直播预告：{~link_no}新款{~discount}",
    "腰围{~body_metric}的能穿吗",
    "姐妹{~body_metric} {~body_metric} 拍的M码刚好",
    "韵达单号{~tracking_no} 三天没动了",
    "验证码是{~verify_code} 五分钟内有效",
    "尾号{~tail_digits}的快递到了吗",
    "订单尾号{~tail_digits}的宝子 您的福袋发了哈",
    "{~masked} 这个号码中奖了 请私信客服",
    "结算单：{~date_time}-{~date_time} 合计{~price}",
    "上个月GMV {~price} 佣金比例{~percent}",
    "这个款的款号是{~sku} 别发错了",
    "售后{~aftersale_no} 审核通过了吗",
    "发票已开 号码{~invoice_no} 请查收",
    "商品链接{~url}",
    "{~product_id} 这个品挂小黄车",
    "QQ群{~qq_group}已满 去二群",
    "我是{~place_only}的 发货几天能到",
    "券码{~coupon} 显示已失效",
    "家人们 今晚{~date_time}准时 福袋{~quantity} 🎁",
    "订单编号：{~order_no}\n售后编号：{~aftersale_no}",
    "主播佣金{~percent} 服务费{~percent}",
    "我在{~place_only}上班 下班去驿站拿 取件码{~pickup_code}",
    "淘宝订单{~order_no_18} 能不能一起开发票",
    "物流单号{~tracking_no}，订单{~order_no}，请核实",
    "客服热线{~hotline}，工作时间9:00-21:00",
    "公司税号{~credit_code} 发票号{~invoice_no}",
    "{~fans_count}粉的达人 报价{~fee} 可以接",
    "直播间{~room_id} 开播时间{~date_time}",
    "复制这条{~url}打开快手 看回放",
    "宝 给你发了个券 {~coupon}",
    "库存{~quantity} 预售{~date_time}发",
    "已经打过{~hotline}了 说让我找商家",
    "退货单号{~tracking_no} 寄出时间{~date_time}",
    "实名信息显示{~masked_card} 对不上吗",
    "绑定的卡是{~masked_card} 结算到这张对吧",
    "后台显示身份证{~masked_card} 已认证 不用再发了",
    "今晚全场{~discount} 叠加券再{~discount}",
    "上次合作坑位费{~fee} 这次能不能便宜点",
    "这个达人报价{~fee}一条 佣金{~percent} 太贵了",
    "{~link_no} {~price} {~link_no} {~discount} 都是今晚的价格",
)

# ---------------------------------------------------------------- building

_MARK = re.compile(r"\{(~?)(\w+)\}")


def _pick_fmt(r, kind):
    tab = FMTS[kind]
    return r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]


def _render(r, tpl, forced=None):
    """forced = (kind, fmt): the first marker of that kind uses fmt."""
    out, ents, fmts, nears, pos, last = [], [], [], [], 0, 0
    used_forced = False
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        near, name = m.group(1), m.group(2)
        if name == "bank":
            v = r.choice(BANKS)
            out.append(v)
            pos += len(v)
            continue
        if near:
            v = NEAR[name](r)
            nears.append((name, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if forced and forced[0] == name and not used_forced:
            fmt = forced[1]
            used_forced = True
        else:
            fmt = _pick_fmt(r, name)
        if fmt == "area_dash_ext" and tpl[last:].startswith(("转", "-", "分机")):
            fmt = "area_dash"  # the template already writes an extension
        pre, v, suf, fmt = GEN[name](r, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((name, pos, pos + len(v)))
        fmts.append(fmt)
        out.append(v + suf)
        pos += len(v) + len(suf)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _kinds_of(tpl):
    return [m.group(2) for m in _MARK.finditer(tpl) if not m.group(1) and m.group(2) != "bank"]


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []
    pii_idx = list(range(len(PII_TEMPLATES)))
    # forced formats
    for kind in KINDS:
        holders = [i for i in pii_idx if kind in _kinds_of(PII_TEMPLATES[i])]
        for fmt, _ in FMTS[kind]:
            for i in r.sample(holders, min(FORCE_PER_FMT, len(holders))):
                rows.append(_render(r, PII_TEMPLATES[i], (kind, fmt)))
                tids.append(f"P{i}")
    while len(rows) < N_PII_ROWS:
        i = r.choice(pii_idx)
        rows.append(_render(r, PII_TEMPLATES[i]))
        tids.append(f"P{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[i]))
        tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[k] for k in order]
    tids = [tids[k] for k in order]
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame({
        "text": [t for t, _, _, _ in rows],
        "entities": [e for _, e, _, _ in rows],
        "formats": [f for _, _, f, _ in rows],
        "near_misses": [n for _, _, _, n in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind67_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks

_CN2D = {c: str(i) for i, c in enumerate(CN_DIG)}
_CN2D["幺"] = "1"
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|组|\d)$")
_PLACE_START = ("省", "市", "区", "县", "镇", "街道", "路")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                n = "".join(_CN2D.get(c, c) for c in n)
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "id_card":
                assert _id_ok(n), v
                assert n[:6] in ID_AREAS, v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (len(n) in (7, 8) or n.startswith("0")), v
                assert not text[e:e + 1].isdigit(), v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w.]+\.(com|cn|net)", v, re.A | re.I), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[" + PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
            elif k == "address":
                assert _HOUSE_END.search(v), v
                assert any(u in v for u in _PLACE_START), v
            def _clash(a: str, b: str) -> bool:
                if not (a.isascii() and b.isascii()):
                    return False
                return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())
            if s > 0 and not (k == "mobile" and text[:s].endswith(("+86", "0086"))):
                assert not _clash(text[s - 1], v[0]), (text, v)
            if e < len(text) and k != "address":
                assert not _clash(v[-1], text[e]), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
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
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind67_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FMTS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

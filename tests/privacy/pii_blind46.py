"""Forty-sixth blind PII corpus (``split == "blind46"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十一位写手")
under the blind-writer rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the
layout and the entry-point names), and the directory listing of
``../shared/datasets/`` (no file of it was used).  It did NOT read anything
else under ``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, any
other corpus or test, nor git history; it never imported ``toolkit`` and
never ran any masking / finding function on this corpus.  Value shapes, chat
contexts and labels come only from the writer's own idea of what such chats
hold.

What is different here: AN ORDINARY ARCHIVE OF AN ONLINE SHOP'S WECOM.  A
shop selling on Taobao / Tmall, JD, Pinduoduo and Douyin moves buyers to
WeCom for after-sales and repeat sales.  The archive holds an average day:
order questions, returns and refunds, address changes, missing parcels,
invoices, reviews for cashback, coupons, live-stream announcements, buyer
group chats, cross-border goods needing an ID number for customs, custom
engraved plate frames / 挪车牌 and self pick-up at the warehouse by car.
Many messages carry no personal data at all (plain chatter rows with neither
entities nor near-misses, and near-miss-only rows); values come in the usual
ways (pasted Taobao address lines, spaced phone numbers, +86 prefixes, a
landline with an extension, cue before / after / omitted, several values in
one message, line breaks, emoji, small typos).  It aims at the average
archive, not at hard cases.

Near-misses are what such an archive holds: Taobao / Douyin 19-digit order
numbers (all failing Luhn), JD 12-digit and Pinduoduo ``YYMMDD-15`` order
numbers, Alipay trade numbers, courier tracking numbers (SF / YT / JT / JD /
ZTO / Yunda), courier and platform hotlines (95338, 400-...), prices and
refund amounts, coupon codes and 淘口令, dates and live-stream times,
SKU / model numbers, verification and pickup codes, masked phones
(``138****5678``) and tail digits, invoice numbers and tax ids, postal codes,
gift-card numbers failing Luhn, 18-digit anti-counterfeit codes failing the
ID check, sizes / weights, links, group numbers.

Seed
----
``SEED = "blind46-2026-网店企微-第五十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each value
format is first forced ``FORCE_PER_FMT`` (5) times into distinct templates
holding a marker of its kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, the dot in a plate, parentheses around an area
  code) are inside; an address runs from its first place unit to its last
  house-level unit (号 / 栋 / 号楼 / 单元 / 室 / 层 / a bare room number like
  ``1502`` or ``3-2-1502``); a postal code after it is a near-miss.  Names
  are never written (roles like 本人 / 我老公 / 前台 only).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind46"``

Counts (``python tests/privacy/pii_blind46.py``)
-----------------------------------------------
rows=1760 pii_rows=900 near_rows=700 chat_rows=160 (neither entity nor near-miss)
entities=1262 (mobile 284, address 185, landline 139, id_card 120, email 113,
wechat 108, bank_card 105, plate 105, qq 103);
near-miss spans=941 (857 in near-miss rows), 25 near-miss kinds
(tracking_no 100, price 98, order_no 75, date_time 70, hotline 50,
live_time 47, sku_no 45, size_weight 39, pickup_code 37, quantity 36,
tail_digits 35, tax_id 32, jd_order 29, alipay_trade_no 28, coupon_code 26,
masked_mobile 26, douyin_order 26, group_no 22, gift_card 21, bad_id 20,
url 19, pdd_order 18, invoice_no 17, postal_code 13, verify_code 12);
formats=39 distinct, each used >= 8 times in >= 7 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind46-2026-网店企微-第五十一位写手"
SPLIT = "blind46"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 700
N_CHAT_ROWS = 160

# ---------------------------------------------------------------- checksums


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
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
    s = s.upper()
    if not (len(s) == 18 and s[:17].isdigit()):
        return False
    return _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()]", "", s)


# ---------------------------------------------------------------- value pools

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
# (area code, local length)
AREA_CODES = (
    ("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("025", 8), ("027", 8), ("028", 8),
    ("029", 8), ("0571", 8), ("0755", 8), ("0512", 8), ("0574", 8), ("0579", 8), ("0769", 8),
    ("0731", 8), ("0532", 8), ("0591", 8), ("0371", 8), ("0551", 8), ("0311", 8), ("0531", 8),
    ("0917", 7), ("0476", 7), ("0335", 7), ("0831", 7),
)
ID_REGIONS = (
    "110101", "110105", "110108", "310104", "310115", "320102", "320506", "330106", "330782",
    "340104", "350203", "370202", "410105", "420106", "430104", "440106", "440305", "440604",
    "500103", "510107", "610113", "210102", "220104", "130104", "450103", "530102", "360102",
    "411302", "342201", "622701",
)
CARD_BINS = (  # (bin, length, label)
    ("621700", 19, "unionpay"), ("622202", 19, "unionpay"), ("622848", 19, "unionpay"),
    ("621226", 19, "unionpay"), ("621661", 19, "unionpay"), ("622700", 19, "unionpay"),
    ("623058", 19, "unionpay"), ("621483", 16, "unionpay"), ("622588", 16, "unionpay"),
    ("625809", 16, "unionpay"), ("622609", 16, "unionpay"),
)
VISA_MC_BINS = ("427020", "436742", "438125", "518710", "552599", "525998", "404119", "512425")
D95_BINS = ("95599", "95588")
EMAIL_WORDS = (
    "xiaoyu", "chenlei", "wangfang", "lili", "zhangwei", "liuyang", "sunny", "tianxin", "huanghe",
    "mengmeng", "qiqi", "zhouhao", "linxi", "yuanyuan", "happy", "lucky", "xiaomao", "jiajia",
    "kevin", "amy", "hanhan", "dongdong", "wenjing", "lixiang",
)
EMAIL_DOMAINS_COMMON = ("163.com", "126.com", "sina.com", "139.com", "foxmail.com", "outlook.com",
                        "gmail.com", "yeah.net", "hotmail.com", "sohu.com")
EMAIL_DOMAINS_CORP = ("hzyuntu.com", "szjiaxin.cn", "minghuatrade.com", "cn-bright.com", "tuolong.com.cn",
                      "xmfeiyang.cn")
WX_WORDS = ("xiaoyu", "mumu", "tangtang", "chen", "lily", "ajie", "daxiong", "nini", "zz", "momo",
            "coco", "yiyi", "wang", "baobao", "haha", "leo", "sky", "kiki", "dudu", "xixi")
PLATE_PROV = (  # (abbr, city letters)
    ("京", "ABCEFGHJKLNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
    ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("鲁", "ABCDEFGHJKLMNPQRSUV"),
    ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"), ("豫", "ABCDEFGHJKLMNPQRSU"),
    ("闽", "ABCDEFGHJK"), ("湘", "ABCDEFGHJKLMNU"), ("皖", "ABCDEFGHJKLMNPRS"), ("津", "ABCDEFGH"),
    ("渝", "ABCDFGH"), ("冀", "ABCDEFGHJRT"), ("陕", "ABCDEFGHJKUV"),
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "" for a municipality, city, districts, roads, estates / buildings)
CITIES = (
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "滨江区", "萧山区"),
     ("文三路", "古墩路", "文一西路", "莫干山路", "江南大道", "金城路"),
     ("华星大厦", "紫金小区", "翡翠城", "金色家园", "海创园", "星耀城")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙华区", "龙岗区"),
     ("科技园南路", "深南大道", "宝安大道", "民治大道", "布吉路", "创业路"),
     ("阳光花园", "万科城", "碧海湾", "幸福里小区", "中央公馆", "星河国际")),
    ("广东省", "广州市", ("天河区", "白云区", "番禺区", "海珠区"),
     ("天河北路", "广州大道中", "市桥街", "江南大道南", "同和路"),
     ("锦绣花园", "丽江花园", "华景新城", "金沙洲小区", "保利花园")),
    ("江苏省", "苏州市", ("吴中区", "工业园区", "姑苏区", "相城区"),
     ("长桥街", "星湖街", "人民路", "现代大道", "阳澄湖大道"),
     ("新家园小区", "湖畔天城", "金鸡湖花园", "东方之门", "清塘新村")),
    ("", "上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区", "松江区"),
     ("张杨路", "莘庄路", "漕溪北路", "共和新路", "文诚路"),
     ("仁恒河滨城", "春申景城", "汇嘉小区", "保利叶语", "绿地新都会")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "昌平区", "通州区"),
     ("阜通东大街", "中关村大街", "科学城路", "回龙观西大街", "新华西街"),
     ("方恒国际中心", "华清嘉园", "天通苑小区", "万科星园", "运河湾")),
    ("四川省", "成都市", ("武侯区", "高新区", "锦江区", "成华区", "双流区"),
     ("天府大道", "人民南路", "建设路", "红星路", "航空路"),
     ("南城都汇", "蓝光coco", "锦城苑", "望江名门", "金色夏威夷")),
    ("湖北省", "武汉市", ("洪山区", "武昌区", "江汉区", "东西湖区"),
     ("珞喻路", "中北路", "青年路", "金银湖路", "光谷大道"),
     ("南湖花园", "中南花园", "万达公馆", "金银湖小区", "光谷新世界")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城区"),
     ("花园路", "大学路", "建设西路", "紫荆山路", "农业路"),
     ("建业森林半岛", "绿城百合", "正商城", "锦艺城", "升龙国际")),
    ("", "重庆市", ("渝北区", "江北区", "沙坪坝区", "九龙坡区"),
     ("金开大道", "建新北路", "三峡广场", "杨家坪正街", "新牌坊"),
     ("龙湖花园", "金科天籁城", "融创白象街", "协信星都会")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区", "城阳区"),
     ("香港中路", "海尔路", "长江中路", "正阳路"),
     ("海信慧园", "鲁商首府", "万科城", "中海国际社区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"),
     ("湖滨南路", "嘉禾路", "杏林湾路", "莲前西路"),
     ("瑞景新村", "湖里花园", "集美新城", "莲花五村")),
)
RURAL = (
    ("河南省", "周口市", "郸城县", ("宜路镇", "汲冢镇", "钱店镇"), ("李庄村", "张楼村", "王寨村")),
    ("安徽省", "阜阳市", "临泉县", ("杨桥镇", "姜寨镇", "韦寨镇"), ("前进村", "刘庄村", "大郢村")),
    ("山东省", "菏泽市", "曹县", ("大集镇", "青堌集镇", "庄寨镇"), ("丁楼村", "张庄村", "孙庄村")),
    ("湖南省", "邵阳市", "新邵县", ("酿溪镇", "严塘镇", "坪上镇"), ("白云村", "龙山村", "石门村")),
    ("江西省", "赣州市", "于都县", ("贡江镇", "银坑镇", "梓山镇"), ("上欧村", "水头村", "潭头村")),
    ("四川省", "南充市", "仪陇县", ("新政镇", "金城镇", "马鞍镇"), ("文星村", "长梁村", "大寨村")),
)

# ---------------------------------------------------------------- value formats
# each: name -> fn(rng) -> (pre_outside, value, post_outside)


def _mob(r):
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def _m_plain(r):
    return "", _mob(r), ""


def _m_space(r):
    m = _mob(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash(r):
    m = _mob(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_plus86(r):
    return r.choice(("+86 ", "+86", "+86-")), _mob(r), ""


def _m_0086(r):
    return "0086 ", _mob(r), ""


MOBILE_FMTS = (("plain_11", 10, _m_plain), ("space_344", 3, _m_space), ("dash_344", 2, _m_dash),
               ("plus86_prefix", 1.5, _m_plus86), ("prefix_0086", 0.6, _m_0086))


def _local(r, n):
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _l_dash(r):
    a, n = r.choice(AREA_CODES)
    return "", f"{a}-{_local(r, n)}", ""


def _l_plain(r):
    a, n = r.choice(AREA_CODES)
    return "", f"{a}{_local(r, n)}", ""


def _l_paren(r):
    a, n = r.choice(AREA_CODES)
    return "", f"({a}){_local(r, n)}", ""


def _l_space(r):
    a, n = r.choice(AREA_CODES)
    return "", f"{a} {_local(r, n)}", ""


def _l_ext(r):
    a, n = r.choice(AREA_CODES)
    ext = r.choice(("转", "转", "-", "分机")) + str(r.randint(800, 8999) if r.random() < 0.3 else r.randint(100, 899))
    return "", f"{a}-{_local(r, n)}", ext


LANDLINE_FMTS = (("area_dash", 8, _l_dash), ("area_plain", 3, _l_plain), ("area_paren", 1.5, _l_paren),
                 ("area_space", 1.5, _l_space), ("area_dash_ext", 2, _l_ext))


def _email_local(r):
    w = r.choice(EMAIL_WORDS)
    c = r.random()
    if c < 0.4:
        return w + str(r.randint(1, 9999))
    if c < 0.6:
        return w + r.choice(("_", ".")) + r.choice(EMAIL_WORDS)
    if c < 0.8:
        return w + str(r.choice((1985, 1990, 1993, 1996, 1999, 2001, 88, 520, 666)))
    return w


def _e_qq(r):
    return "", f"{r.randint(10000, 3999999999)}@qq.com", ""


def _e_common(r):
    return "", f"{_email_local(r)}@{r.choice(EMAIL_DOMAINS_COMMON)}", ""


def _e_corp(r):
    return "", f"{r.choice(('caiwu', 'finance', 'cw', 'purchase', 'admin', 'hr'))}{r.choice(('', '', '01', '2'))}@{r.choice(EMAIL_DOMAINS_CORP)}", ""


def _e_vip(r):
    return "", f"{_email_local(r)}@vip.{r.choice(('163.com', 'qq.com', 'sina.com'))}", ""


EMAIL_FMTS = (("qqmail_numeric", 5, _e_qq), ("alnum_common", 5, _e_common), ("company_domain", 2, _e_corp),
              ("vip_subdomain", 1, _e_vip))


def _idv(r, x=False):
    while True:
        y = r.randint(1962, 2005)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(ID_REGIONS)}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(body)
        if (c == "X") == x:
            return body + c


def _i_plain(r):
    return "", _idv(r), ""


def _i_x(r):
    return "", _idv(r, True), ""


def _i_xlow(r):
    return "", _idv(r, True).lower(), ""


def _i_space(r):
    v = _idv(r, r.random() < 0.1)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


ID_FMTS = (("plain_18", 8, _i_plain), ("ends_X", 2, _i_x), ("ends_x_lower", 0.6, _i_xlow),
           ("space_6_8_4", 1, _i_space))


def _card(r, bin_, n):
    body = bin_ + "".join(r.choice("0123456789") for _ in range(n - 1 - len(bin_)))
    return body + _luhn_digit(body)


def _b_up19(r):
    b = r.choice([c for c in CARD_BINS if c[1] == 19])
    return "", _card(r, b[0], 19), ""


def _b_up16(r):
    b = r.choice([c for c in CARD_BINS if c[1] == 16])
    return "", _card(r, b[0], 16), ""


def _b_space(r):
    b = r.choice(CARD_BINS)
    v = _card(r, b[0], b[1])
    return "", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), ""


def _b_visa(r):
    v = _card(r, r.choice(VISA_MC_BINS), 16)
    return "", v, ""


def _b_95(r):
    return "", _card(r, r.choice(D95_BINS), 19), ""


BANK_FMTS = (("unionpay_19", 6, _b_up19), ("unionpay_16", 3, _b_up16), ("space_4s", 2.5, _b_space),
             ("visa_mc_16", 1, _b_visa), ("domestic_95_19", 0.8, _b_95))


def _q_short(r):
    return "", str(r.randint(10000, 99999999)), ""


def _q_long(r):
    return "", str(r.randint(100000000, 3999999999)), ""


QQ_FMTS = (("digits_5_8", 1, _q_short), ("digits_9_10", 2, _q_long))


def _w_pinyin(r):
    return "", r.choice(WX_WORDS) + r.choice(WX_WORDS) + str(r.randint(1, 9999)), ""


def _w_under(r):
    return "", r.choice(WX_WORDS) + r.choice(("_", "-", "_")) + r.choice(WX_WORDS) + str(r.randint(0, 99)), ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""


def _w_mixed(r):
    w = r.choice(WX_WORDS)
    return "", w[0].upper() + w[1:] + r.choice(("Shop", "Home", "Mama", "Baby", "_zz", "")) + str(r.randint(1985, 2012)), ""


WECHAT_FMTS = (("pinyin_digits", 4, _w_pinyin), ("with_underscore", 2, _w_under), ("wxid", 1, _w_wxid),
               ("capitalised", 1.5, _w_mixed))


def _plate_blue_tail(r):
    while True:
        s = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            s[r.randint(0, 4)] = r.choice(PLATE_LETTERS)
        t = "".join(s)
        if sum(c.isalpha() for c in t) <= 2:
            return t


def _pp(r):
    p, ls = r.choice(PLATE_PROV)
    return p + r.choice(ls)


def _p_blue(r):
    return "", _pp(r) + _plate_blue_tail(r), ""


def _p_green(r):
    return "", _pp(r) + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""


def _p_dot(r):
    pp = _pp(r)
    return "", pp + "·" + _plate_blue_tail(r), ""


def _p_space(r):
    pp = _pp(r)
    return "", pp + " " + _plate_blue_tail(r), ""


PLATE_FMTS = (("blue_plain", 6, _p_blue), ("green_newenergy", 2, _p_green), ("middle_dot", 1, _p_dot),
              ("space_after_city", 1, _p_space))


def _house(r):
    return f"{r.randint(1, 999)}号"


def _bldg_room(r):
    c = r.random()
    if c < 0.35:
        return f"{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}0{r.randint(1, 6)}室"
    if c < 0.55:
        return f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{r.randint(1, 28)}0{r.randint(1, 4)}"
    if c < 0.75:
        return f"{r.randint(1, 18)}幢{r.randint(1, 30)}0{r.randint(1, 8)}室"
    if c < 0.9:
        return f"{r.choice('ABCD')}座{r.randint(2, 35)}{r.randint(1, 30):02d}"
    return f"{r.randint(2, 30)}层"


def _a_full(r):
    p, c, ds, rs, es = r.choice(CITIES)
    return "", f"{p}{c}{r.choice(ds)}{r.choice(rs)}{_house(r)}{r.choice(es)}{_bldg_room(r)}", ""


def _a_city(r):
    p, c, ds, rs, es = r.choice(CITIES)
    return "", f"{c}{r.choice(ds)}{r.choice(rs)}{_house(r)}{r.choice(es)}{_bldg_room(r)}", ""


def _a_district(r):
    p, c, ds, rs, es = r.choice(CITIES)
    tail = r.choice((f"{_house(r)}{r.choice(es)}{_bldg_room(r)}", f"{r.choice(es)}{_bldg_room(r)}"))
    return "", f"{r.choice(ds)}{r.choice(rs)}{tail}" if r.random() < 0.6 else f"{r.choice(ds)}{r.choice(es)}{_bldg_room(r)}", ""


def _a_rural(r):
    p, c, x, towns, vils = r.choice(RURAL)
    tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 99)}号", f"{r.randint(1, 300)}号"))
    start = r.choice((f"{p}{c}{x}", f"{c}{x}", f"{p}{c}{x}"))
    return "", f"{start}{r.choice(towns)}{r.choice(vils)}{tail}", ""


def _a_spaced(r):
    p, c, ds, rs, es = r.choice(CITIES)
    parts = ([p] if p else []) + [c, r.choice(ds), r.choice(rs) + _house(r), r.choice(es) + _bldg_room(r)]
    return "", " ".join(parts), ""


def _a_dashroom(r):
    p, c, ds, rs, es = r.choice(CITIES)
    room = f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 30)}0{r.randint(1, 4)}"
    start = r.choice((f"{p}{c}", c, f"{c}"))
    return "", f"{start}{r.choice(ds)}{r.choice(es)}{room}", ""


ADDRESS_FMTS = (("full_province", 4, _a_full), ("city_start", 3, _a_city), ("district_start", 2, _a_district),
                ("rural_village", 1.5, _a_rural), ("taobao_spaced", 1.5, _a_spaced),
                ("estate_dash_room", 1.2, _a_dashroom))

FMT_TABLES = (("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("email", EMAIL_FMTS),
              ("id_card", ID_FMTS), ("bank_card", BANK_FMTS), ("qq", QQ_FMTS), ("wechat", WECHAT_FMTS),
              ("plate", PLATE_FMTS), ("address", ADDRESS_FMTS))
_FMT = dict(FMT_TABLES)
MARK = {"m": "mobile", "l": "landline", "e": "email", "i": "id_card", "b": "bank_card", "q": "qq",
        "w": "wechat", "p": "plate", "a": "address"}

# ---------------------------------------------------------------- near-miss generators


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _no_luhn(r, n, first="123456789"):
    while True:
        v = _digits(r, n, first)
        if not _luhn_ok(v) and not _id_ok(v):
            return v


def _nm_tb_order(r):
    return _no_luhn(r, 19, "1234")


def _dy(r):
    while True:
        v = "69" + _digits(r, 17, "0123456789")
        if not _luhn_ok(v):
            return v


def _nm_jd_order(r):
    return _digits(r, 12, "23")


def _nm_pdd_order(r):
    return f"{r.choice(('24', '25'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 15)}"


def _nm_alipay(r):
    return f"2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}22001{_digits(r, 15, '0123456789')}"


def _nm_tracking(r):
    c = r.random()
    if c < 0.3:
        return "SF" + _digits(r, 13)
    if c < 0.45:
        return "YT" + _digits(r, 13)
    if c < 0.6:
        return "JT" + _digits(r, 13, "0")
    if c < 0.7:
        return "JDVA" + _digits(r, 11, "0123")
    if c < 0.85:
        return "7" + _digits(r, 13, "3578")
    return "4" + _digits(r, 12, "3")


def _nm_price(r):
    c = r.random()
    if c < 0.5:
        return f"{r.randint(9, 399)}.{r.choice(('9', '90', '8', '00', '5'))}"
    return str(r.choice((19, 29, 39, 49, 59, 69, 79, 99, 128, 139, 168, 199, 258, 299, 399, 599)))


def _nm_coupon(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice((6, 8, 10))))


def _nm_date(r):
    c = r.random()
    if c < 0.3:
        return f"{r.randint(1, 12)}月{r.randint(1, 28)}号"
    if c < 0.55:
        return f"{r.randint(1, 12)}.{r.randint(1, 28)}"
    if c < 0.75:
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    return f"{r.randint(18, 22)}:{r.choice(('00', '30'))}"


def _nm_hotline(r):
    c = r.random()
    if c < 0.5:
        return r.choice(("95338", "95311", "95546", "95554", "95543", "11183", "950616", "956025", "12315"))
    return f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}" if r.random() < 0.7 else f"400{r.randint(1000000, 9999999)}"


def _nm_sku(r):
    return r.choice(("XY", "HB", "K", "TZ", "LD", "M")) + r.choice(("", "-")) + str(r.randint(100, 99999)) + r.choice(("", "A", "-B", "-XL", "-02"))


def _nm_verify(r):
    return str(r.randint(100000, 999999)) if r.random() < 0.7 else str(r.randint(1000, 9999))


def _nm_pickup(r):
    c = r.random()
    if c < 0.5:
        return f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(1001, 8999)}"
    return str(r.randint(100000, 999999)) if c < 0.8 else f"{r.choice('ABCDEF')}{r.randint(1, 9)}-{r.randint(100, 999)}"


def _nm_masked(r):
    m = _mob(r)
    c = r.random()
    if c < 0.6:
        return m[:3] + "****" + m[7:]
    if c < 0.8:
        return m[:3] + "*****" + m[8:]
    return "1" + "*" * 6 + m[7:]


def _nm_tail(r):
    return str(r.randint(0, 9999)).zfill(4)


def _nm_invoice(r):
    return _digits(r, 8, "0") if r.random() < 0.35 else f"25{r.choice(('33', '44', '32', '31'))}2000000{_digits(r, 9, '0123456789')}"


def _nm_taxid(r):
    return "91" + r.choice(("330106", "440300", "320505", "310115", "110105")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _nm_postal(r):
    return r.choice(("310012", "518057", "510630", "215000", "200120", "100102", "610041", "430074",
                     "450000", "266071", "361004", "466200", "236400"))


def _nm_giftcard(r):
    v = _no_luhn(r, r.choice((16, 16, 19)), "28")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if r.random() < 0.4 else v


def _nm_badid(r):
    while True:
        v = _idv(r)
        bad = v[:17] + r.choice("0123456789")
        if not _id_ok(bad) and not _luhn_ok(bad):
            return bad


def _nm_size(r):
    c = r.random()
    if c < 0.4:
        return f"{r.randint(150, 185)}cm"
    if c < 0.7:
        return f"{r.randint(80, 180)}斤"
    return f"{r.randint(35, 44)}码"


def _nm_qty(r):
    return f"{r.randint(2, 12)}{r.choice(('件', '盒', '个', '包', '瓶'))}"


def _nm_url(r):
    return r.choice((f"https://m.tb.cn/h.{''.join(r.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(7))}",
                     f"https://v.douyin.com/{''.join(r.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(7))}/",
                     f"https://item.jd.com/{_digits(r, 12, '1')}.html"))


def _nm_group(r):
    return f"{r.randint(1, 12)}群"


def _nm_live(r):
    return f"{r.randint(19, 21)}点{r.choice(('', '半'))}"


NEAR_GENS = {
    "order_no": _nm_tb_order, "douyin_order": _dy, "jd_order": _nm_jd_order, "pdd_order": _nm_pdd_order,
    "alipay_trade_no": _nm_alipay, "tracking_no": _nm_tracking, "price": _nm_price, "coupon_code": _nm_coupon,
    "date_time": _nm_date, "hotline": _nm_hotline, "sku_no": _nm_sku, "verify_code": _nm_verify,
    "pickup_code": _nm_pickup, "masked_mobile": _nm_masked, "tail_digits": _nm_tail, "invoice_no": _nm_invoice,
    "tax_id": _nm_taxid, "postal_code": _nm_postal, "gift_card": _nm_giftcard, "bad_id": _nm_badid,
    "size_weight": _nm_size, "quantity": _nm_qty, "url": _nm_url, "group_no": _nm_group, "live_time": _nm_live,
}

# ---------------------------------------------------------------- templates
# {m} mobile, {l} landline, {e} email, {i} id_card, {b} bank_card, {q} qq, {w} wechat, {p} plate,
# {a} address; {~kind} a near-miss of that kind.

PII_TEMPLATES = (
    # address changes / order info
    "亲，麻烦帮我改下地址，改成{a}，电话不变",
    "地址写错了😭 正确的是：{a}",
    "收货人：本人\n电话：{m}\n地址：{a}",
    "本人 {m} {a}",
    "{a} 本人 {m}",
    "订单{~order_no}的地址帮我改一下，{a}，还没发货吧？",
    "能改地址吗 还没发货的话改到{a} 谢谢",
    "我拼多多那单{~pdd_order}地址填成公司了，改成家里{a}",
    "改到我妈家吧 {a}，收件电话{m}",
    "亲 默认地址是旧的 新地址{a} 手机{m}",
    "收件地址：{a}\n联系电话：{m}\n备注：放门卫",
    "寄到{a}，到了打我电话{m}，白天家里没人",
    "退货地址发我一下\n——\n亲，退货寄到{a}，收件电话{l}，单号填好后跟我说下哈",
    "换货的话寄回{a}，电话{m}，包裹里放张纸条写上订单尾号{~tail_digits}",
    "你们仓库地址是不是{a}？我想自己开车去拿",
    "快递显示签收了但我没收到，地址{a}，电话{m}，单号{~tracking_no}",
    "补发的寄{a}吧，之前那个地址我搬走了",
    "我在{a}，快递员说地址不详给退回了？？",
    "地址：{a}（邮编{~postal_code}）",
    "收件信息复制好了：{a}，{m}",
    "老客户了，还是发{a}，电话{m}",
    # phone
    "我手机号{m}，到了让快递员打这个",
    "快递员联系不上我，换个号码{m}",
    "{m} 这个是我老公的号 收件人写他",
    "电话{m}，微信同号",
    "麻烦备注一下，送货前打{m}",
    "那个号停机了，现在用{m}",
    "客服你好 我是{~masked_mobile}那个订单的 新手机号{m}",
    "我打你们{~hotline}一直占线，你打我吧{m}",
    "顺丰小哥电话是多少啊？我的是{m}，你帮我催一下",
    "亲 留个电话方便售后联系~ {m}",
    "家里座机{l}，手机{m}，哪个都行",
    "白天打公司座机{l}，晚上打手机{m}",
    "发票抬头上的电话填{l}",
    "单位电话{l}，前台代收",
    "售后电话是多少\n——\n亲，售后直接打{l}，工作日9点到18点",
    "厂家维修点电话{l}，报订单号{~jd_order}就可以",
    "我们门市部电话{l}，有问题也可以打过来",
    "打了{l}没人接啊",
    "快递送公司 前台座机{l} 手机{m}",
    # email / invoice
    "电子发票发到我邮箱{e}，抬头个人",
    "发票开公司的，税号{~tax_id}，发{e}",
    "开票信息：\n抬头：杭州某某科技有限公司\n税号：{~tax_id}\n邮箱：{e}",
    "邮箱{e} 麻烦开一下普票，订单{~order_no}",
    "{e} 这个邮箱，发票收到了告诉你",
    "没收到发票啊，我邮箱是{e}，你再发一遍",
    "说明书电子版能发我吗 {e}",
    "发我QQ邮箱吧 {e}",
    "财务那边要专票，资料发{e}，联系人座机{l}",
    "报销要用，发票发{e}谢谢亲🙏",
    # id card (cross-border)
    "跨境的要清关是吧，身份证号{i}，跟收件人一致",
    "清关信息：本人 身份证{i} 手机{m}",
    "海关要实名，{i}，这个号码跟支付宝实名是同一个人",
    "身份证号码：{i}\n收件地址：{a}",
    "海淘那单提示身份证有误，重新给你{i}",
    "亲，保税仓发货需要订购人身份证号哦\n——\n{i}",
    "{i}这是我老婆的，收件人写她",
    "身份证 {i} 电话 {m}",
    "实名认证不通过？我再发一遍{i}，是不是末尾X的问题",
    # bank card
    "退款能直接打卡里吗，我支付宝被冻结了，卡号{b}",
    "好评返现打这个卡{b}，农行的",
    "卡号{b}，开户行建行杭州分行",
    "返现发卡上吧 {b} 工商银行",
    "运费补偿打到{b}就行",
    "{b} 招行的 开户人就是本人",
    "丢件赔付麻烦转{b}，中国银行",
    "银行卡：{b}\n开户行：邮储银行\n金额{~price}元",
    "退差价打{b}吧，微信钱包满了限额",
    "我的信用卡{b}被扣了两次款，你们查一下",
    # qq
    "我没微信，加我QQ{q}吧",
    "QQ：{q}，图片发QQ上清楚点",
    "扣扣{q} 加我 我发视频给你看",
    "你加我qq {q} 我传文件给你",
    "{q}是我QQ，邮箱也是这个号",
    "群里那个管理员的QQ是{q}吗",
    "加不了企业微信，QQ号{q}，手机{m}",
    "有问题联系我q {q}",
    # wechat
    "我微信号{w}，你拉我进福利群",
    "加我老婆微信{w}，她下单",
    "vx：{w}",
    "微信{w}，手机号{m}",
    "企业微信加不上，私人微信{w}",
    "我朋友也想买，她微信是{w}，你加一下",
    "返现发微信红包吧，微信号{w}",
    "{w} 这是我的微信 拉我进直播群",
    "搜不到这个微信{w}？是不是要区分大小写",
    "V {w} 加我发图",
    # plate
    "定制挪车牌，号码印{m}，车牌那一栏写{p}",
    "车牌架刻字：{p}",
    "我开车来仓库提货，车牌{p}，麻烦跟门卫说一声",
    "脚垫定制，车型卡罗拉，车牌{p}，备注一下",
    "车牌号{p}，下午三点左右到",
    "放我车里吧，车停小区门口，{p}白色的",
    "ETC那单实名的车牌是{p}",
    "{p} 这是我的车 后备箱没锁 快递放里面",
    "自提点车牌登记：{p}，手机尾号{~tail_digits}",
    "车牌{p}，行车记录仪装好了发个视频给你们",
    # mixed / multi
    "好评截图发你了，返现打{b}，手机{m}",
    "我的信息：{m}，{e}，{a}",
    "发货前打电话{m}或者座机{l}",
    "加你了，我QQ{q} 微信{w}",
    "收件人本人，{m}，{a}，身份证{i}",
    "我老公的车{p}，他手机{m}，到了直接给他",
    "开票：抬头个人，邮箱{e}，电话{m}",
    "订单{~douyin_order}，新地址{a}",
    "直播间拍的，{~date_time}那场，地址{a}电话{m}",
    "买了{~quantity}，一起寄到{a}",
    "收件人电话{m}\n备用电话{m}",
)

NEAR_TEMPLATES = (
    "订单号{~order_no}，什么时候发货啊",
    "亲 您的订单{~order_no}已经发出啦，快递单号{~tracking_no}",
    "{~order_no} 这个单帮我看下物流",
    "物流三天没动了 {~tracking_no}",
    "单号{~tracking_no}显示已签收，但我没收到",
    "顺丰{~tracking_no} 麻烦查一下",
    "京东订单{~jd_order}申请退货了，审核一下",
    "拼多多订单编号：{~pdd_order}",
    "抖音下的单{~douyin_order}，能开发票吗",
    "支付宝交易号{~alipay_trade_no}，退款还没到",
    "退款{~price}元已原路退回，1-3个工作日到账",
    "亲，差价{~price}已经给您退了哈",
    "这个多少钱\n——\n亲，活动价{~price}，{~date_time}前下单还送赠品",
    "优惠券码{~coupon_code}，下单时输入",
    "复制这段打开淘宝 {~coupon_code} 领券再拍",
    "直播间{~live_time}开播，今晚福利款{~price}元",
    "今晚{~live_time}直播，{~date_time}之前下单的都可以申请价保",
    "📢群公告：{~date_time}上新，老客户凭订单尾号{~tail_digits}领无门槛券",
    "快递员电话打不通，顺丰客服{~hotline}也是排队",
    "可以打{~hotline}投诉快递",
    "我们售后热线{~hotline}，工作时间9:00-18:00",
    "验证码{~verify_code}是我发的吗？不是我",
    "取件码{~pickup_code}，帮我看下是不是你们的包裹",
    "驿站取件码{~pickup_code} 已经放驿站了",
    "您好，订单收货手机{~masked_mobile}是您本人吗",
    "尾号{~tail_digits}的那单已经退款了",
    "收件人手机{~masked_mobile}，地址隐藏了看不到",
    "发票号码{~invoice_no}，已发送到您的邮箱",
    "公司税号{~tax_id}，抬头就写公司全称",
    "型号{~sku_no}还有货吗",
    "我买的是{~sku_no}，发来的是别的款",
    "礼品卡卡号{~gift_card}，充不进去",
    "这张购物卡{~gift_card}显示已激活了？",
    "盒子上的防伪码{~bad_id}，官网查不到",
    "防伪码 {~bad_id} 刮开的，查询说无效",
    "身高{~size_weight}体重{~size_weight}穿什么码",
    "平时穿{~size_weight}，这款偏大吗",
    "买了{~quantity}，少发了一个",
    "链接发你了 {~url}",
    "{~url} 这个链接的能用券吗",
    "加了{~group_no}，群满了进不去",
    "{~date_time}签收的，现在还能退吗",
    "7天无理由，{~date_time}之前寄回就行",
    "邮编{~postal_code}对吗",
    "退货单号{~tracking_no}，运费{~price}你们报销吗",
    "我{~date_time}下的单到现在还没发",
    "订单{~order_no}\n退款金额{~price}\n原因：尺码不合适",
    "抖音单号{~douyin_order}，退货寄回去了，单号{~tracking_no}",
    "拍了{~quantity}，凑满{~price}减20",
    "好评返现{~price}元，截图发我就行😊",
    "京东的{~jd_order}，能走保价吗",
    "你好，{~pdd_order}这个订单申请了仅退款",
    "亲，您好，{~alipay_trade_no}这个是交易号，不是订单号哦",
    "发票代码{~invoice_no}",
    "售后单号{~jd_order}，什么时候上门取件",
    "快递：中通 {~tracking_no}",
    "{~tracking_no}\n{~tracking_no}\n两个包裹都没到",
    "客服电话{~hotline}打过了，说找商家",
    "券码{~coupon_code}提示已失效",
    "{~sku_no} 和 {~sku_no} 哪个好用",
    "群里抽奖中了，订单{~order_no}备注了",
    "麻烦开票，订单{~order_no}，抬头个人",
    "第{~group_no}的朋友们，{~live_time}直播间见👋",
    "取件码是{~pickup_code}吗，我看短信是这个",
)

CHAT_TEMPLATES = (
    "好的亲", "收到，谢谢", "在吗", "亲，在的，请问有什么可以帮您？", "嗯嗯", "👌", "好的，辛苦了",
    "什么时候发货啊", "亲，今天下午四点前的订单当天发哦", "质量不错，下次还来", "已经好评了",
    "这个颜色有点色差", "可以退吗", "亲，支持七天无理由退换的哦", "谢谢亲的支持❤️",
    "快递怎么这么慢", "亲，这边帮您催一下快递哈", "好吧", "我拍下了", "还有优惠吗",
    "亲，群里每周三有秒杀哦", "[图片]", "[视频]", "[语音]", "尺码怎么选", "发个实拍看看",
    "亲，已为您登记，有货第一时间通知您", "收到货了，挺好的", "包装破了，里面没事",
    "晚上直播间有福利吗", "欢迎新朋友进群🎉 群里不定期发券哦", "请问可以开发票吗",
    "可以的亲，下单后把开票信息发我", "麻烦快点发货，着急用", "谢谢", "拜拜",
)

# ---------------------------------------------------------------- builder

_MARK_RE = re.compile(r"\{(~?)(\w+)\}")


def _kinds_of(t: str) -> list:
    return [MARK[k] for n, k in _MARK_RE.findall(t) if not n]


def _pick_fmt(r: random.Random, kind: str):
    tab = _FMT[kind]
    return r.choices(tab, weights=[w for _, w, _ in tab])[0]


def _render(r: random.Random, t: str, forced: tuple | None = None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    used = False
    for m in _MARK_RE.finditer(t):
        lit = t[pos:m.start()]
        out.append(lit)
        pos = m.end()
        cur = sum(len(x) for x in out)
        if m.group(1):
            nk = m.group(2)
            v = NEAR_GENS[nk](r)
            nears.append((nk, cur, cur + len(v)))
            out.append(v)
            continue
        kind = MARK[m.group(2)]
        if forced and not used and forced[0] == kind:
            fmt = next(f for f in _FMT[kind] if f[0] == forced[1])
            used = True
        else:
            fmt = _pick_fmt(r, kind)
        pre, v, post = fmt[2](r)
        s = cur + len(pre)
        ents.append((kind, s, s + len(v)))
        fmts.append(fmt[0])
        out.append(pre + v + post)
    out.append(t[pos:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    by_kind = {k: [i for i, t in enumerate(PII_TEMPLATES) if k in _kinds_of(t)] for k in KINDS}
    jobs = []
    for kind, tab in FMT_TABLES:
        for fname, _, _ in tab:
            tids = list(by_kind[kind])
            r.shuffle(tids)
            for j in range(FORCE_PER_FMT):
                jobs.append((tids[j % len(tids)], (kind, fname)))
    kind_cycle = list(KINDS)
    while len(jobs) < N_PII_ROWS:
        k = kind_cycle[len(jobs) % len(kind_cycle)]
        jobs.append((r.choice(by_kind[k]), None))
    for tid, forced in jobs:
        text, ents, fmts, nears = _render(r, PII_TEMPLATES[tid], forced)
        rows.append((f"P{tid}", text, ents, fmts, nears))
    for _ in range(N_NEAR_ROWS):
        tid = r.randrange(len(NEAR_TEMPLATES))
        text, ents, fmts, nears = _render(r, NEAR_TEMPLATES[tid])
        rows.append((f"N{tid}", text, ents, fmts, nears))
    for _ in range(N_CHAT_ROWS):
        tid = r.randrange(len(CHAT_TEMPLATES))
        rows.append((f"C{tid}", CHAT_TEMPLATES[tid], [], [], []))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(x[0] for x in rows)
    return pd.DataFrame({
        "text": [x[1] for x in rows],
        "entities": [x[2] for x in rows],
        "formats": [x[3] for x in rows],
        "near_misses": [x[4] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind46_corpus() -> pd.DataFrame:
    return _build()


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for k, s, e in es:
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "landline":
                assert re.fullmatch(r"0\d{2,3}[2-8]\d{6,7}", n), v
                assert any(n.startswith(a) and len(n) == len(a) + ln for a, ln in AREA_CODES), v
            elif k == "id_card":
                assert _id_ok(n), v
                y, mo, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
                assert 1900 < y < 2010 and 1 <= mo <= 12 and 1 <= d <= 28 and n[:6] in ID_REGIONS, v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "email":
                assert re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", v), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[京沪粤浙苏鲁川鄂豫闽湘皖津渝冀陕][A-Z][·\s]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert v[0] not in "，, " and re.search(r"(号|栋|幢|单元|室|层|\d)$", v), v
                assert re.match(r".{1,4}?(省|市|区|县)", v), v
        n_ent += len(es)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), text
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
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
                near_in_near_rows=near_in_near_rows, formats=fmts,
                chat_rows=int(((df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)).sum()))


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind46_corpus())  # deterministic
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} chat_rows={c['chat_rows']} "
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

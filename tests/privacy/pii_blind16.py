"""Sixteenth blind PII corpus (``split == "blind16"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十六位写手").
What it read: only the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of
``toolkit/privacy/mask.py`` (via ``grep -n -A14 "^PII_KINDS"``), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only), the README of ``../shared/datasets/`` and a dozen
random dialogues of ``stc3_weibo_helpdesk`` (for the tone of service chats;
no phrase with personal data was copied).  It did NOT read anything else
under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other file
under ``tests/`` or any other writer's corpus, and read no git history.  It
never imported ``toolkit`` and never ran any masking / finding function on
this corpus.  Value shapes, chat contexts and labels come only from the
writer's own idea of an online shop's customer-service archive.

What is different here: THE MOST ORDINARY ARCHIVE.  The rows imitate a random
sample over one year of the customer service of a mid-size online shop
(Taobao / JD / Pinduoduo / Douyin store whose service moved to WeCom):
returns and exchanges, wrong or damaged goods, delivery problems, changing the
delivery address or phone, invoices, refunds to a bank card, warranty and
repairs, coupons and price protection, membership, cross-border real-name
checks, QQ / WeChat top-ups, car accessories (ETC, dash-cams, plates for
installers and furniture lorries).  Customers of every age and region type on
phones; agents answer with quick replies.  Values are written the way they
most often appear in such an archive: the plain 11-digit mobile, the full
province-city-district address and the numeric QQ mailbox dominate; spaced or
dashed numbers, ``+86``, full-width digits, numbers in Chinese words, lower-case
``x`` in ID numbers, lower-case plate letters and full-width ``＠`` appear at
their (smaller) real rates.  About a third of all rows are ordinary chat lines
with no value at all (``在吗``, ``亲亲这边帮您催一下仓库哈``), as in a real
archive; WeChat emoji codes (``[捂脸]``), emoji, line breaks, missing
punctuation and values glued to the next word occur throughout.

Near-misses are what such an archive is full of: order numbers (Taobao /
Douyin 19 digits, JD 12 digits, Pinduoduo ``yymmdd-`` + 15 digits), tracking
numbers, refund / after-sale numbers, payment trade numbers, prices,
dates, express and shop hotlines (400 / 95xxx / 950618 / 11183 / 12315),
masked phones / IDs / cards as shown in the order page, tail digits,
verification and pickup codes (``3-2-5041``), invoice numbers, company tax
IDs, model / SN / IMEI numbers, sizes and body measurements, postal codes,
coupon codes, share tokens and short URLs, a city or district alone, staff
numbers, member points, and a few mistyped card / ID numbers (failing Luhn /
the ID check digit).

Seed
----
``SEED = "blind16-2026-shop-archive-第十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card / IMEI Luhn digits are computed here; every
near-miss whose normalised digits are 16-19 long fails Luhn and every
18-character one fails the ID check.  Each value format is first forced
``FORCE_PER_FMT`` (4) times into distinct templates holding its kind; the
other values draw formats by weights that follow the writer's idea of real
frequencies.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (never names; the
  corpus contains no personal names).  The span holds the value only: cue
  words, ``+86`` / ``0086`` / ``86-`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, ``·``, brackets around an area code) are inside.  An
  address runs from its first place unit (province / city / district /
  county / town / village / road / street / estate) to its last house-level
  unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number such as
  ``1502`` or ``3-2-1502``); spaces inside a pasted address are inside; what
  follows (``菜鸟驿站``, ``放门口``, a postal code) is outside.  A city or
  district alone is a near-miss, not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind16"``

Counts (``python tests/privacy/pii_blind16.py``)
-----------------------------------------------
rows=2372: pii_rows=896, near_rows=682 (near-miss only), plain_rows=794 (ordinary chat lines,
no value); entities=1082 (mobile 334, address 222, email 89, landline 76, bank_card 76, wechat 74,
plate 72, qq 71, id_card 68);
near-miss spans=891 (814 in near-miss rows), 27 near-miss kinds
(order_no 101, date_time 99, price 90, tracking_no 58, hotline 56, tax_id 42, place_only 40,
invoice_no 32, size_spec 29, url 28, coupon_code 28, masked 27, pickup_code 24, verify_code 23,
staff_no 20, tail_digits 20, points 20, imei 19, model_no 18, serial_no 18, refund_no 18,
postal_code 17, body_metric 16, share_token 15, bad_card 13, bad_id 12, pay_trade_no 8);
formats=46 distinct, each used >= 4 times in >= 3 templates
(address/city_start 32, address/company_floor 10, address/district_start 14, address/dorm 14,
address/full_province 61, address/municipality 24, address/no_suffix 31, address/rural 23,
address/spaced_paste 13, bank_card/plain_16 11, bank_card/plain_19 40, bank_card/space_4 25,
email/capitalised 6, email/corp_domain 11, email/fullwidth_at 7, email/handle_common 20,
email/qq_numeric 45, id_card/lower_x 8, id_card/plain_18 45, id_card/space_6_8_4 6, id_card/upper_x
9, landline/area_dash 29, landline/area_dash_ext 8, landline/area_plain 13, landline/area_space 10,
landline/local_only 9, landline/paren_area 7, mobile/cn_digits 4, mobile/dash_344 15,
mobile/fullwidth_11 12, mobile/plain_11 248, mobile/prefix86_plain 17, mobile/space_344 38,
plate/dot_sep 7, plate/lower_case 8, plate/nev_8 18, plate/space_sep 11, plate/std_7 28, qq/qq_10
35, qq/qq_5to8 13, qq/qq_9 23, wechat/dash 9, wechat/letters_digits 19, wechat/mixed_case 16,
wechat/underscore 11, wechat/wxid 19).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind16-2026-shop-archive-第十六位写手"
SPLIT = "blind16"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- checks


def _luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return "10X98765432"[s % 11]


def _id_ok(v: str) -> bool:
    v = v.upper()
    return len(v) == 18 and v[:17].isdigit() and _id_check(v[:17]) == v[17]


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·.()（）]", "", v)


# --------------------------------------------------------------------------- value data

_MOBILE_PREFIX = (
    ("138", 6), ("139", 6), ("137", 4), ("136", 4), ("135", 4), ("134", 2), ("150", 4), ("151", 4),
    ("152", 3), ("157", 2), ("158", 4), ("159", 4), ("182", 3), ("183", 3), ("187", 4), ("188", 3),
    ("130", 3), ("131", 3), ("132", 3), ("155", 3), ("156", 3), ("185", 3), ("186", 4), ("176", 3),
    ("166", 2), ("133", 3), ("153", 2), ("180", 3), ("181", 3), ("189", 3), ("177", 2), ("173", 2),
    ("199", 3), ("198", 2), ("191", 1), ("195", 1), ("178", 2), ("147", 1), ("175", 1), ("172", 1),
    ("193", 1), ("196", 1), ("197", 1), ("145", 1),
)

# (area code, local length)
_AREA = (
    ("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
    ("028", 8), ("029", 8), ("0571", 8), ("0574", 8), ("0577", 8), ("0512", 8), ("0510", 8),
    ("0531", 8), ("0532", 8), ("0371", 8), ("0311", 8), ("0551", 7), ("0591", 8), ("0592", 7),
    ("0731", 8), ("0755", 8), ("0769", 8), ("0757", 8), ("0871", 8), ("0771", 7), ("0451", 8),
    ("0394", 7), ("0530", 7), ("0558", 7), ("0817", 7), ("0739", 7), ("0797", 7), ("0579", 8),
)

_ID_REGION = (
    "110105", "110108", "110106", "310115", "310112", "310104", "120104", "500112", "330106",
    "330110", "330205", "330302", "320115", "320506", "320211", "440305", "440306", "440106",
    "440111", "440606", "370212", "370102", "410105", "410103", "510107", "510116", "420111",
    "420103", "430104", "430111", "350203", "340104", "610113", "210102", "130108", "530102",
    "450103", "230103", "411625", "341221", "511324", "360731", "130434", "450923", "371721",
    "522128", "411381", "372925", "421122", "431222",
)

_BIN19 = ("622202", "621226", "621700", "622700", "622848", "623052", "621661", "622260", "623058",
          "621799", "622908", "621483", "955880", "955990")
_BIN16 = ("622588", "621483", "622575", "436742", "427020", "404119", "524047", "552599", "518905",
          "545619", "625910", "622155")
_BANKS = ("工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮政储蓄", "农行",
          "工行", "建行", "平安银行", "浦发银行", "兴业银行", "中信银行", "农商银行")

_QQ_MAIL_DOM = ("qq.com",)
_NAME_PARTS = ("xiaoyu", "lili", "wang", "zhang", "chen", "liu", "yang", "huang", "zhao", "wu", "zhou",
               "xu", "sun", "ma", "hu", "guo", "lin", "he", "gao", "luo", "jing", "yan", "ting", "hao",
               "fei", "xin", "jun", "mei", "lei", "tao", "kai", "yue", "qing", "hui", "bo", "ning",
               "amy", "lucky", "sunny", "tom", "kevin", "coco", "momo", "dudu", "tiantian", "xixi")
_CORP_DOM = ("hzkeji.com", "sz-dianzi.cn", "jsmaoyi.com.cn", "qdjixie.com", "whwl.net", "cdzhuangshi.com",
             "gzfushi.com", "njyiliao.com.cn", "ybsw.cn", "zjlvye.com")
_OTHER_DOM = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yeah.net", "sohu.com",
              "139.com", "aliyun.com")

_PROV_ABBR = ("京", "沪", "津", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙",
              "赣", "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "川", "琼", "宁")
_PLATE_W = (3, 3, 2, 2, 2, 3, 1, 2, 1, 2, 2, 3, 1, 4, 5, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 5, 3, 1, 1)
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or None, city, districts, roads, streets(街道))
_REGIONS = (
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "滨江区", "萧山区", "上城区"),
     ("文三路", "古墩路", "文一西路", "莫干山路", "江南大道", "金城路", "丰潭路"), ("古荡街道", "五常街道", "闻堰街道")),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区"), ("中山西路", "天童南路", "钱湖北路"), ("首南街道",)),
    ("浙江省", "温州市", ("鹿城区", "瓯海区"), ("车站大道", "学院中路"), ("南汇街道",)),
    ("江苏省", "南京市", ("江宁区", "鼓楼区", "秦淮区"), ("双龙大道", "中山北路", "应天大街"), ("东山街道", "秣陵街道")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区"), ("东吴北路", "人民路", "阳澄湖大道"), ("长桥街道",)),
    ("江苏省", "无锡市", ("滨湖区", "梁溪区"), ("蠡湖大道", "中山路"), ("蠡园街道",)),
    ("广东省", "广州市", ("天河区", "白云区", "番禺区", "海珠区"), ("天河北路", "黄埔大道西", "广园中路", "工业大道中"),
     ("石牌街道", "市桥街道")),
    ("广东省", "深圳市", ("南山区", "宝安区", "龙岗区", "福田区", "龙华区"), ("科技南路", "创业二路", "龙岗大道", "深南大道", "民治大道"),
     ("西乡街道", "粤海街道", "坂田街道")),
    ("广东省", "佛山市", ("顺德区", "南海区"), ("桂澜北路", "新城路"), ("大良街道",)),
    ("山东省", "青岛市", ("黄岛区", "崂山区", "市北区"), ("长江中路", "香港东路", "辽宁路"), ("辛安街道",)),
    ("山东省", "济南市", ("历下区", "历城区"), ("经十路", "花园路"), ("甸柳庄街道",)),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), ("花园路", "大学路", "建设西路"), ("丰产路街道",)),
    ("四川省", "成都市", ("武侯区", "双流区", "郫都区", "成华区"), ("人民南路四段", "天府大道中段", "建设路"), ("桂溪街道", "东升街道")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "建设大道", "中北路"), ("关山街道",)),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区"), ("麓山南路", "劳动东路", "芙蓉中路一段"), ("望月湖街道",)),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("莲前西路", "湖滨南路", "枋湖北二路"), ("莲前街道",)),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "瑶海区"), ("长江西路", "徽州大道", "胜利路"), ("稻香村街道",)),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区"), ("小寨东路", "凤城五路", "雁塔北路"), ("小寨路街道",)),
    ("辽宁省", "沈阳市", ("和平区", "浑南区", "皇姑区"), ("南京南街", "浑南中路", "黄河南大街"), ("南湖街道",)),
    ("河北省", "石家庄市", ("裕华区", "长安区"), ("槐安东路", "中山东路"), ("东苑街道",)),
    ("云南省", "昆明市", ("五华区", "盘龙区"), ("人民中路", "北京路"), ("华山街道",)),
    ("广西壮族自治区", "南宁市", ("青秀区", "西乡塘区"), ("民族大道", "大学东路"), ("新竹街道",)),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区"), ("西大直街", "中央大街"), ("大成街道",)),
    (None, "北京市", ("朝阳区", "海淀区", "丰台区", "昌平区", "通州区"), ("朝阳北路", "学院路", "丰台北路", "回龙观西大街", "新华西街"),
     ("八里庄街道", "回龙观街道")),
    (None, "上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区", "松江区"), ("张杨路", "莲花南路", "漕溪北路", "共和新路", "人民北路"),
     ("花木街道", "莘庄镇")),
    (None, "天津市", ("南开区", "滨海新区", "河西区"), ("鞍山西道", "黄海路", "友谊路"), ("万兴街道",)),
    (None, "重庆市", ("渝北区", "九龙坡区", "沙坪坝区", "江北区"), ("金开大道", "杨家坪正街", "小龙坎正街", "建新北路"), ("龙溪街道",)),
)
_REGION_W = (6, 2, 2, 3, 3, 1, 4, 5, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 4, 4, 1, 2)

# (province, city, county, towns, villages)
_RURAL = (
    ("河南省", "周口市", "郸城县", ("汲冢镇", "宜路镇", "胡集乡"), ("张庄村", "后王村", "李楼村")),
    ("山东省", "菏泽市", "曹县", ("大集镇", "青堌集镇"), ("丁楼村", "孙庄村")),
    ("安徽省", "阜阳市", "临泉县", ("杨桥镇", "迎仙镇"), ("新河村", "大王庄村")),
    ("四川省", "南充市", "仪陇县", ("新政镇", "金城镇"), ("石佛村", "柏林村")),
    ("江西省", "赣州市", "于都县", ("罗坳镇", "银坑镇"), ("上坪村", "大桥村")),
    ("河北省", "邯郸市", "魏县", ("沙口集乡", "北皋镇"), ("前屯村", "东代固村")),
    ("广西壮族自治区", "玉林市", "博白县", ("龙潭镇", "沙河镇"), ("新华村", "石垌村")),
    ("湖南省", "邵阳市", "邵东市", ("廉桥镇", "流光岭镇"), ("太平村", "新田村")),
    ("湖北省", "荆州市", "公安县", ("斗湖堤镇", "夹竹园镇"), ("永丰村", "双桥村")),
    ("浙江省", "金华市", "义乌市", ("佛堂镇", "苏溪镇"), ("塘下洋村", "楼下村")),
)

_ESTATES = ("阳光花园", "金色家园", "万科城", "碧桂园", "保利香槟国际", "绿地新都会", "恒大名都", "翡翠城",
            "锦绣江南", "融创观澜府", "中海国际社区", "龙湖春江郦城", "华润二十四城", "世纪新城", "幸福里小区",
            "翠苑一区", "和平小区", "建设新村", "东方明珠花园", "紫金华府", "滨江花园", "新城花苑", "丽景湾",
            "蓝天家园", "书香门第", "幸福家园小区", "城市花园", "金地格林小镇", "御景湾", "铁路宿舍")
_TOWERS = ("恒生大厦", "国际金融中心", "创意产业园", "科技园", "财富广场", "万达广场", "电商产业园", "时代大厦",
           "软件园", "中心大厦")
_SCHOOLS = (("大学", "学生公寓"), ("学院", "宿舍"), ("职业技术学院", "学生宿舍"), ("大学", "公寓"))


# --------------------------------------------------------------------------- value generators
# each returns (pre, value, post) -- pre / post are unlabelled text glued to the value

_CN_DIG = "零一二三四五六七八九"


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _mobile_raw(rng):
    p = rng.choices([a for a, _ in _MOBILE_PREFIX], [w for _, w in _MOBILE_PREFIX])[0]
    return p + _digits(rng, 8)


def gen_mobile(rng, fmt):
    m = _mobile_raw(rng)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "prefix86_plain":
        return rng.choice(("+86", "+86 ", "+86 ", "0086 ", "86-", "+86-")), m, ""
    if fmt == "fullwidth_11":
        return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
    if fmt == "cn_digits":
        z = rng.choice(("零", "零", "〇"))
        return "", "".join(_CN_DIG[int(c)] if c != "0" else z for c in m), ""
    raise KeyError(fmt)


def gen_landline(rng, fmt):
    area, n = rng.choice(_AREA)
    local = _digits(rng, n, "2345678")
    if fmt == "area_dash":
        return "", f"{area}-{local}", ""
    if fmt == "area_dash_ext":
        ext = _digits(rng, rng.choice((3, 3, 4)), "123456789")
        return "", f"{area}-{local}", rng.choice(("转", "转", "-", "分机", " 转", "转分机")) + ext
    if fmt == "area_plain":
        return "", area + local, ""
    if fmt == "area_space":
        return "", f"{area} {local}", ""
    if fmt == "paren_area":
        return "", rng.choice(("({}){}", "（{}）{}", "({}) {}")).format(area, local), ""
    if fmt == "local_only":
        return "", _digits(rng, 8, "2345678"), ""
    raise KeyError(fmt)


def _id_value(rng, want_x):
    while True:
        reg = rng.choice(_ID_REGION)
        y = rng.choices(range(1950, 2007), [1 if y < 1965 else 3 if y < 1975 else 5 for y in range(1950, 2007)])[0]
        mth = rng.randint(1, 12)
        d = rng.randint(1, 28 if mth == 2 else 30 if mth in (4, 6, 9, 11) else 31)
        body = f"{reg}{y}{mth:02d}{d:02d}{rng.randint(0, 999):03d}"
        c = _id_check(body)
        if (c == "X") == want_x:
            return body + c


def gen_id_card(rng, fmt):
    if fmt == "plain_18":
        return "", _id_value(rng, False), ""
    if fmt == "upper_x":
        return "", _id_value(rng, True), ""
    if fmt == "lower_x":
        return "", _id_value(rng, True)[:17] + "x", ""
    if fmt == "space_6_8_4":
        v = _id_value(rng, rng.random() < 0.1)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(rng, n):
    bins = _BIN19 if n == 19 else _BIN16
    b = rng.choice(bins)
    body = b + _digits(rng, n - 1 - len(b))
    return body + _luhn_digit(body)


def gen_bank_card(rng, fmt):
    if fmt == "plain_19":
        return "", _card(rng, 19), ""
    if fmt == "plain_16":
        return "", _card(rng, 16), ""
    if fmt == "space_4":
        c = _card(rng, rng.choice((19, 19, 16)))
        return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    raise KeyError(fmt)


def _qq_num(rng, lo, hi):
    n = rng.randint(lo, hi)
    first = "123" if n == 10 else "123456789"
    return _digits(rng, n, first)


def _handle(rng):
    a = rng.choice(_NAME_PARTS)
    r = rng.random()
    if r < 0.35:
        return a + rng.choice(_NAME_PARTS)
    if r < 0.6:
        return a + str(rng.randint(1970, 2005))
    if r < 0.8:
        return a + rng.choice(_NAME_PARTS) + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return a + str(rng.randint(1, 999))


def gen_email(rng, fmt):
    if fmt == "qq_numeric":
        return "", _qq_num(rng, 8, 10) + "@qq.com", ""
    if fmt == "handle_common":
        dom = rng.choices(("@163.com", "@126.com", "@vip.163.com", "@sina.com", "@sina.cn", "@foxmail.com",
                           "@" + rng.choice(_OTHER_DOM)), (40, 16, 4, 6, 2, 8, 14))[0]
        return "", _handle(rng) + dom, ""
    if fmt == "corp_domain":
        return "", rng.choice(("caiwu", "fapiao", "cw", "admin", "hr", rng.choice(_NAME_PARTS),
                               rng.choice(_NAME_PARTS) + "." + rng.choice(_NAME_PARTS))) + "@" + rng.choice(_CORP_DOM), ""
    if fmt == "capitalised":
        if rng.random() < 0.6:  # the phone keyboard capitalises the first letter
            return "", _handle(rng).capitalize() + rng.choice(("@163.com", "@126.com", "@qq.com", "@foxmail.com")), ""
        return "", _qq_num(rng, 8, 10) + rng.choice(("@QQ.COM", "@QQ.com", "@Qq.com")), ""
    if fmt == "fullwidth_at":
        return "", _qq_num(rng, 8, 10) + rng.choice(("＠qq.com", "＠qq．com", "＠163.com")), ""
    raise KeyError(fmt)


def gen_qq(rng, fmt):
    if fmt == "qq_10":
        return "", _qq_num(rng, 10, 10), ""
    if fmt == "qq_9":
        return "", _qq_num(rng, 9, 9), ""
    if fmt == "qq_5to8":
        return "", _qq_num(rng, 6, 8) if rng.random() < 0.9 else _qq_num(rng, 5, 5), ""
    raise KeyError(fmt)


def gen_wechat(rng, fmt):
    while True:  # WeChat IDs are 6-20 characters
        pre, v, post = _gen_wechat(rng, fmt)
        if 6 <= len(v) <= 20:
            return pre, v, post


def _gen_wechat(rng, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "letters_digits":
        return "", rng.choice(_NAME_PARTS) + rng.choice((str(rng.randint(1975, 2006)), f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                                                         str(rng.randint(100, 999)), "520", "666", "888")), ""
    if fmt == "underscore":
        return "", rng.choice(_NAME_PARTS) + "_" + rng.choice((rng.choice(_NAME_PARTS), str(rng.randint(1, 99)),
                                                              rng.choice(_NAME_PARTS) + str(rng.randint(1, 99)))), ""
    if fmt == "dash":
        return "", rng.choice(("Amy", "Lily", "Coco", "Jack", "Kiki", "xiaomi", rng.choice(_NAME_PARTS))) + "-" + \
            str(rng.randint(1980, 2005) if rng.random() < 0.6 else rng.randint(10, 99)), ""
    if fmt == "mixed_case":
        a, b = rng.choice(_NAME_PARTS), rng.choice(_NAME_PARTS)
        return "", a.capitalize() + b.capitalize() + str(rng.randint(1, 99)), ""
    raise KeyError(fmt)


def _plate_core(rng, nev):
    prov = rng.choices(_PROV_ABBR, _PLATE_W)[0]
    let = rng.choice("AAABBBCDEFGHJKL")
    if nev:
        tail = rng.choice("DF") + _digits(rng, 5)
    else:
        r = rng.random()
        if r < 0.45:
            tail = _digits(rng, 5)
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            for _ in range(rng.choice((1, 1, 2))):
                chars[rng.randrange(5)] = rng.choice(_PLATE_LET)
            tail = "".join(chars)
    return prov, let, tail


def gen_plate(rng, fmt):
    if fmt == "std_7":
        p, l, t = _plate_core(rng, False)
        return "", p + l + t, ""
    if fmt == "nev_8":
        p, l, t = _plate_core(rng, True)
        return "", p + l + t, ""
    if fmt == "dot_sep":
        p, l, t = _plate_core(rng, rng.random() < 0.2)
        return "", p + l + rng.choice(("·", "·", "•", ".")) + t, ""
    if fmt == "space_sep":
        p, l, t = _plate_core(rng, rng.random() < 0.2)
        return "", p + l + " " + t, ""
    if fmt == "lower_case":
        p, l, t = _plate_core(rng, rng.random() < 0.2)
        return "", (p + l + t).lower(), ""
    raise KeyError(fmt)


def _house(rng, ending=None):
    """estate / building / unit / room part; always ends with a house-level unit"""
    e = rng.choice(_ESTATES)
    b, u, fl = rng.randint(1, 32), rng.randint(1, 4), rng.randint(2, 33)
    room = f"{fl}{rng.randint(1, 4):02d}"
    k = ending or rng.choices(("bdur", "bdu_r", "hlr", "dash", "bare", "zhuang", "shi"), (26, 14, 14, 12, 12, 10, 12))[0]
    if k == "bdur":
        return f"{e}{b}栋{u}单元{room}"
    if k == "bdu_r":
        return f"{e}{b}栋{u}单元{room}室"
    if k == "hlr":
        return f"{e}{b}号楼{u}单元{room}"
    if k == "dash":
        return f"{e}{b}-{u}-{room}"
    if k == "bare":
        return f"{e}{b}栋{room}"
    if k == "zhuang":
        return f"{e}{b}幢{room}室"
    return f"{e}{b}号楼{room}室"


def _road(rng, roads):
    return f"{rng.choice(roads)}{rng.choice((rng.randint(1, 399), rng.randint(1, 1999)))}号"


def gen_address(rng, fmt):
    if fmt == "rural":
        prov, city, county, towns, vills = rng.choice(_RURAL)
        town, vil = rng.choice(towns), rng.choice(vills)
        tail = rng.choice((f"{rng.randint(1, 260)}号", f"{rng.choice('一二三四五六七八')}组{rng.randint(1, 80)}号",
                           f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号"))
        head = rng.choice((f"{prov}{city}{county}", f"{prov}{city}{county}", f"{city}{county}", f"{county}"))
        return "", f"{head}{town}{vil}{tail}", ""
    i = rng.choices(range(len(_REGIONS)), _REGION_W)[0]
    prov, city, dists, roads, streets = _REGIONS[i]
    dist = rng.choice(dists)
    street = rng.choice(streets) if rng.random() < 0.25 else ""
    road = _road(rng, roads) if rng.random() < 0.7 else rng.choice(roads)
    if rng.random() < 0.15:
        detail = _road(rng, roads)
    else:
        detail = road + _house(rng)
    if fmt == "company_floor":
        t = rng.choice(_TOWERS)
        tail = rng.choice((f"{rng.randint(3, 38)}层", f"{rng.randint(3, 28)}{rng.randint(1, 20):02d}室",
                           f"{rng.choice('ABC')}座{rng.randint(3, 28)}{rng.randint(1, 20):02d}", f"{rng.randint(3, 38)}楼{rng.randint(1, 20):02d}室"))
        detail = f"{_road(rng, roads)}{t}{tail}"
    if fmt == "dorm":
        s, d = rng.choice(_SCHOOLS)
        sch = city[:-1] + rng.choice(("理工", "师范", "科技", "财经", "")) + s
        detail = f"{_road(rng, roads)}{sch}{d}{rng.randint(1, 30)}{rng.choice(('栋', '号楼'))}{rng.randint(1, 6)}{rng.randint(1, 40):02d}"
    if fmt in ("full_province", "company_floor", "dorm"):
        head = f"{prov}{city}{dist}" if prov else f"{city}{dist}"
        if fmt != "full_province" and rng.random() < 0.4:
            head = f"{city}{dist}"
        return "", head + street + detail, ""
    if fmt == "municipality":
        j = rng.choice((23, 24, 25, 26))
        _, city, dists, roads, streets = _REGIONS[j]
        dist = rng.choice(dists)
        street = rng.choice(streets) if rng.random() < 0.25 else ""
        detail = (_road(rng, roads) if rng.random() < 0.7 else rng.choice(roads)) + _house(rng)
        return "", f"{city}{dist}{street}{detail}", ""
    if fmt == "city_start":
        c = city if rng.random() < 0.6 else city[:-1]
        return "", f"{c}{dist}{street}{detail}", ""
    if fmt == "no_suffix":
        if prov is None:
            return "", f"{city[:-1]}{dist}{street}{detail}", ""
        p = prov.replace("省", "").replace("壮族自治区", "")
        return "", f"{p}{city[:-1]}{dist}{street}{detail}", ""
    if fmt == "district_start":
        return "", f"{dist}{street}{detail}", ""
    if fmt == "spaced_paste":
        parts = ([prov] if prov else []) + [city, dist] + ([street] if street else []) + [road.rstrip() , _house(rng)]
        return "", " ".join(parts), ""
    raise KeyError(fmt)


_GENS = dict(mobile=gen_mobile, landline=gen_landline, id_card=gen_id_card, bank_card=gen_bank_card,
             email=gen_email, qq=gen_qq, wechat=gen_wechat, plate=gen_plate, address=gen_address)

# (format, weight, needs template tag or "")
_FMT_TABLES = (
    ("mobile", (("plain_11", 74, ""), ("space_344", 9, ""), ("dash_344", 5, ""), ("prefix86_plain", 5, ""),
                ("fullwidth_11", 3, ""), ("cn_digits", 4, "E"))),
    ("landline", (("area_dash", 52, ""), ("area_dash_ext", 12, ""), ("area_plain", 12, ""), ("area_space", 8, ""),
                  ("paren_area", 8, ""), ("local_only", 8, ""))),
    ("id_card", (("plain_18", 82, ""), ("upper_x", 10, ""), ("lower_x", 4, ""), ("space_6_8_4", 4, ""))),
    ("bank_card", (("plain_19", 50, ""), ("plain_16", 18, ""), ("space_4", 30, ""))),
    ("email", (("qq_numeric", 50, ""), ("handle_common", 33, ""), ("corp_domain", 11, ""), ("capitalised", 4, ""),
               ("fullwidth_at", 2, ""))),
    ("qq", (("qq_10", 50, ""), ("qq_9", 32, ""), ("qq_5to8", 18, ""))),
    ("wechat", (("letters_digits", 34, ""), ("underscore", 20, ""), ("wxid", 18, ""), ("dash", 12, ""), ("mixed_case", 16, ""))),
    ("plate", (("std_7", 58, ""), ("nev_8", 16, ""), ("dot_sep", 6, ""), ("space_sep", 9, ""), ("lower_case", 6, ""))),
    ("address", (("full_province", 34, ""), ("municipality", 14, ""), ("city_start", 14, ""), ("no_suffix", 11, ""),
                 ("district_start", 6, ""), ("rural", 9, ""), ("spaced_paste", 5, ""), ("company_floor", 5, ""),
                 ("dorm", 3, ""))),
)
_FMT = {k: tab for k, tab in _FMT_TABLES}


# --------------------------------------------------------------------------- near-miss generators
# each returns (label, value)

def _bad_luhn(rng, head, n):
    while True:
        v = head + _digits(rng, n - len(head))
        if not _luhn_ok(v) and not (len(v) == 18 and _id_ok(v)):
            return v


def nm_order(rng):
    r = rng.random()
    if r < 0.45:
        return _bad_luhn(rng, rng.choice(("1", "2", "3", "4")), 19)
    if r < 0.65:
        return _bad_luhn(rng, rng.choice(("69", "49", "50")), 19)
    if r < 0.85:
        return _digits(rng, 12, "23")
    return f"2{rng.randint(3, 4)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-" + _digits(rng, 15, "0123456789")


def nm_tracking(rng):
    r = rng.random()
    if r < 0.22:
        return "SF" + _digits(rng, 13, "1")
    if r < 0.42:
        return "7" + rng.choice("35") + _digits(rng, 12)
    if r < 0.55:
        return "YT" + _digits(rng, 13, "6789")
    if r < 0.7:
        return rng.choice(("43", "46", "31")) + _digits(rng, 13)
    if r < 0.82:
        return "JT" + _digits(rng, 13, "0123456789")
    if r < 0.9:
        return "JDV" + _digits(rng, 12, "0")
    if r < 0.95:
        return "77" + _digits(rng, 13)
    return "98" + _digits(rng, 11)


def nm_sf(rng):
    return "SF" + _digits(rng, 13, "1")


def nm_refund(rng):
    return _bad_luhn(rng, rng.choice(("1", "2", "3", "5")), rng.choice((18, 19, 19)))


def nm_pay(rng):
    if rng.random() < 0.5:
        return f"42000{rng.randint(18, 25):02d}" + _digits(rng, 21)
    return f"202{rng.randint(3, 5)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}2200" + _digits(rng, 16)


def nm_price(rng):
    v = rng.choice((rng.randint(9, 99), rng.randint(39, 599), rng.randint(100, 3999)))
    c = rng.choice((f"{v}元", f"{v}", f"¥{v}", f"￥{v}", f"{v}.9", f"{v}块", f"{v}.00", f"{v}块钱"))
    return c


def nm_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"2024-{m:02d}-{d:02d}", f"{m}/{d}",
                       f"{m}月{d}号下午{rng.randint(1, 6)}点", f"2024年{m}月{d}日", f"{m}-{d} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}"))


_HOTLINES = ("95338", "95311", "95554", "95546", "95543", "950618", "11183", "12315", "12345", "95188",
             "95017", "95588", "95533", "10086")


def nm_hotline(rng):
    r = rng.random()
    if r < 0.5:
        return rng.choice(_HOTLINES)
    if r < 0.9:
        return rng.choice(("400-{}-{}", "400{}{}", "400 {} {}")).format(_digits(rng, 3), _digits(rng, 4))
    return "800-{}-{}".format(_digits(rng, 3), _digits(rng, 4))


def nm_masked(rng):
    r = rng.random()
    if r < 0.55:
        m = _mobile_raw(rng)
        return m[:3] + "****" + m[7:]
    if r < 0.75:
        v = _id_value(rng, rng.random() < 0.1)
        return v[:4] + "*" * 10 + v[14:] if rng.random() < 0.5 else v[:1] + "*" * 16 + v[17:]
    if r < 0.9:
        c = _card(rng, 19)
        return rng.choice((c[:4] + " **** **** " + c[-4:], "**** **** **** " + c[-4:], c[:6] + "*********" + c[-4:]))
    return _digits(rng, 2, "123456789") + "****@qq.com"


def nm_tail(rng):
    return _digits(rng, 4)


def nm_verify(rng):
    return _digits(rng, rng.choice((6, 6, 4)))


def nm_pickup(rng):
    return rng.choice((f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{_digits(rng, 4, '123456789')}",
                       f"{rng.randint(1, 30)}-{_digits(rng, 4, '123456789')}", _digits(rng, 6, "123456789"),
                       f"{rng.randint(10, 99)}{rng.choice('ABC')}{rng.randint(10, 99)}"))


def nm_invoice(rng):
    if rng.random() < 0.5:
        return _digits(rng, 8, "0123456789")
    return f"2{rng.randint(3, 5)}" + rng.choice(("33", "44", "32", "11", "31")) + "2000000" + _digits(rng, 9, "0123")


def nm_taxid(rng):
    reg = rng.choice(("330106", "440305", "320115", "110108", "310115", "510107"))
    mid = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    return "91" + reg + mid + rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")


_MODELS = ("A2849", "XQG100-14B1", "KFR-35GW", "M2012K11AC", "BCD-520WKPZM", "JYL-C93T", "RT-AX86U",
           "FS-3000", "GT-20", "X9 Pro", "Y9000P", "Mate60", "K70", "MI-8", "S-880", "TB-J616F", "ZG-9628")


def nm_model(rng):
    return rng.choice(_MODELS)


def nm_sn(rng):
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.choice((12, 14, 16))))


def nm_imei(rng):
    body = "86" + _digits(rng, 12)
    return body + _luhn_digit(body)


def nm_size(rng):
    return rng.choice(("175/92A", "170/88A", "165/84A", "160/84A", "180/96A", "42码", "38码", "36.5码",
                       "XL", "2XL", "M码", "L码", "39", "27寸"))


def nm_body(rng):
    return rng.choice((f"{rng.randint(150, 185)}", f"{rng.randint(85, 180)}斤", f"{rng.randint(45, 90)}kg",
                       f"{rng.randint(150, 185)}cm"))


_POSTAL = ("310012", "518057", "100020", "200120", "610041", "430074", "450000", "266555", "215000",
           "471000", "362000", "330000", "050000", "530000")


def nm_postal(rng):
    return rng.choice(_POSTAL)


def nm_coupon(rng):
    return rng.choice(("DY", "JD", "VIP", "HY", "XR", "")) + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(rng.choice((6, 8))))


def nm_token(rng):
    return rng.choice(("￥", "$", "¢", "€")) + "".join(rng.choice("ABCDEFGHIJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(11)) + rng.choice(("￥", "$", "¢", "€"))


def nm_url(rng):
    s = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7))
    return rng.choice(("https://m.tb.cn/h.", "https://v.douyin.com/", "https://3.cn/", "https://mobile.yangkeduo.com/goods.html?goods_id="))+ s


_PLACES = ("杭州", "成都", "新疆", "西藏", "北京", "上海浦东", "深圳宝安", "广东", "郑州", "长沙", "哈尔滨",
           "海南", "内蒙古", "西湖区", "朝阳区", "江宁区", "义乌", "东莞", "武汉", "重庆", "昆明", "大连", "青海")


def nm_place(rng):
    return rng.choice(_PLACES)


def nm_badcard(rng):
    b = rng.choice(_BIN19 + _BIN16)
    n = 19 if b in _BIN19 else 16
    return _bad_luhn(rng, b, n)


def nm_badid(rng):
    while True:
        v = _id_value(rng, False)
        w = v[:17] + rng.choice("0123456789X")
        if not _id_ok(w) and (w[-1] == "X" or not _luhn_ok(w)):
            return w


def nm_staff(rng):
    return _digits(rng, rng.choice((3, 4, 4, 5)), "123456789")


def nm_points(rng):
    return str(rng.randint(100, 12000))


_NEAR = dict(order=("order_no", nm_order), tracking=("tracking_no", nm_tracking), sf=("tracking_no", nm_sf), refund=("refund_no", nm_refund),
             pay=("pay_trade_no", nm_pay), price=("price", nm_price), date=("date_time", nm_date),
             hotline=("hotline", nm_hotline), masked=("masked", nm_masked), tail=("tail_digits", nm_tail),
             verify=("verify_code", nm_verify), pickup=("pickup_code", nm_pickup), invoice=("invoice_no", nm_invoice),
             taxid=("tax_id", nm_taxid), model=("model_no", nm_model), sn=("serial_no", nm_sn), imei=("imei", nm_imei),
             size=("size_spec", nm_size), body=("body_metric", nm_body), postal=("postal_code", nm_postal),
             coupon=("coupon_code", nm_coupon), token=("share_token", nm_token), url=("url", nm_url),
             place=("place_only", nm_place), badcard=("bad_card", nm_badcard), badid=("bad_id", nm_badid),
             staff=("staff_no", nm_staff), points=("points", nm_points))


# --------------------------------------------------------------------------- templates
# {kind} = a labelled value, {~near} = a near-miss; a leading "E|" marks a template
# typical of older customers (the only place numbers in Chinese words are used).

TPL_MOBILE = (
    "电话号码填错了，正确的是{mobile}",
    "手机号换了，改成{mobile}吧，原来那个停机了",
    "快递一直联系不上我，我电话是{mobile}",
    "{mobile} 这个是我电话，有事打这个",
    "联系电话改成{mobile} 谢谢",
    "收件人电话{mobile}，麻烦备注下送之前打个电话",
    "打我电话吧 {mobile}",
    "{mobile}",
    "{mobile}\n这个",
    "我老公电话{mobile} 他白天在家可以签收",
    "你们快递员打的是{mobile}吗？我一个电话都没接到啊",
    "电话{mobile}",
    "手机：{mobile}",
    "手机号{mobile}，订单{~order}，麻烦查一下到哪了",
    "下单留的{~masked}是我妈的，能不能改成我自己的{mobile}",
    "亲，师傅上门前会联系您，请问电话还是{mobile}吗？",
    "好的亲，已经帮您备注联系电话{mobile}，快递派送前会打这个号码哦~",
    "亲亲，为了方便售后师傅联系，麻烦确认下电话：{mobile}",
    "售后师傅电话{mobile}，您有问题可以直接联系他哈",
    "亲，这边给您登记了换货，新件发出后快递会联系{mobile}",
    "我的号码是{mobile}，短信收不到你们的券",
    "会员是用{mobile}注册的，积分怎么没了",
    "用{mobile}这个号登录的，查不到订单",
    "绑定的手机号{mobile}，已经不用了，怎么换绑",
    "驿站电话打不通，我自己号码{mobile}，让快递员直接打给我",
    "收件人改成我同事，电话{mobile}，东西放公司前台",
    "刚才打给我的{mobile}是你们客服吗",
    "我换个号码{mobile}，之前那个在国外用不了",
    "送货的师傅让我跟你们说一声，他电话是{mobile}",
    "电话：{mobile}\n麻烦改一下，谢谢[抱拳]",
    "就是{mobile}这个号，没错",
    "亲 手机号码后面少了一位吧？您再发一下完整的哦 {~masked}",
    "我{mobile}",
    "麻烦让安装师傅联系{mobile}，周末都在家",
    "{mobile}（本人）有事打我",
    "退货的时候快递员要的电话填{mobile}可以吗",
    "好的，预约成功，师傅会在{~date}前联系您{mobile}，请保持电话畅通",
    "急！！！电话{mobile}快递在楼下等着",
    "我手机号{mobile}怎么收到你们的短信说订单取消了",
    "以旧换新回收的师傅联系{mobile}就行",
    "E|我的电话是{mobile}你们快点给我退款",
    "E|闺女帮我买的东西 电话{mobile} 有事找我",
    "E|我不会弄这个 你打我电话{mobile}",
    "E|手机号码{mobile}  我老伴的{mobile}",
    "E|我是老年人 字看不清楚 打电话给我 {mobile}",
    "E|你好我的号码是{mobile}东西收到了是坏的",
    "亲，已经帮您把收货手机修改为{mobile}，您刷新一下订单页面看看哦",
    "电话{mobile}/{mobile}，两个都可以",
    "手机号码：{mobile}，验证码{~verify}收到了",
    "能不能把发货短信发到{mobile}，我想看物流",
    "手机好{mobile}，之前那个打不通",
    "联系电话{mobile}收获人本人",
    "电话{mobile}，亲，发货前打个电话确认下，有时候不在家",
)

TPL_ADDRESS = (
    "亲，地址写错了，帮我改成{address}",
    "麻烦改下地址：{address}，电话不变",
    "{address}\n{mobile}\n麻烦改一下收货信息",
    "地址改为{address} 收件电话{mobile}",
    "我搬家了，新地址是{address}，还没发货的话帮我改下",
    "能不能寄到我单位 {address} 白天家里没人",
    "收货地址{address}，电话{mobile}，谢谢🙏",
    "改地址 {address}",
    "还没发货吧？地址换成{address}",
    "寄到{address}就行",
    "{address} 这个地址能送到吗，算不算偏远",
    "我这个地址{address}显示不在配送范围？",
    "快递员说{address}找不到，你们填的对吗",
    "地址是对的啊{address}，怎么给我退回了😡",
    "亲亲，跟您核对一下收货信息：{address}，{mobile}，无误的话回复1哦~",
    "已为您修改地址为：{address}，请留意物流~",
    "亲，您看下地址是否是{address}呢",
    "好的亲，这边已备注新地址{address}，仓库发货前会改好的哈",
    "{mobile} {address}",
    "{address}，{mobile}",
    "收件信息：\n电话：{mobile}\n地址：{address}",
    "换货的新货寄到{address}，不要寄原来那个地址了",
    "地址：{address}\n电话：{mobile}\n放门口就行不用打电话",
    "{address}菜鸟驿站那个不要放，送上门",
    "我在{address}，上门取件几点来",
    "上门取件地址{address}，{~date}在家",
    "维修的东西修好了寄回{address}，电话{mobile}",
    "亲，售后地址没问题的话，师傅会上门到{address}安装哦",
    "送到{address}楼下就行，我下来拿",
    "麻烦帮我把地址改一下，是{address}，之前单元号写错了",
    "是{address}，之前写成隔壁小区了[捂脸]",
    "你们是不是发到{address}了？那是我以前住的地方",
    "就按这个地址发：{address}",
    "地址{address}电话{mobile}",
    "E|地址是{address} 我儿子帮我下的单",
    "E|我家住{address} 东西到了没有",
    "{address} 邮编{~postal}",
    "补发的寄到{address}，别发顺丰丰巢，柜子太远",
    "亲，核实到您的地址是{address}，{~place}这边目前正常派送的哦",
    "{address}\n{mobile}",
    "我的地址：{address}（门卫室代收）",
    "发票寄到{address}，纸质的",
    "师傅上门的地址{address}，小区车不好停，停外面就行",
    "{address}这里现在封路了，能不能改到{address}",
    "收获地址{address}",
    "地扯改成{address}，谢谢老板",
    "收获地址改一下{address} 手机号不变",
)

TPL_EMAIL = (
    "发票开好了发我邮箱{email}",
    "电子发票麻烦发到{email}，抬头个人",
    "开票信息：抬头 杭州某某科技有限公司 税号{~taxid} 邮箱{email}",
    "邮箱{email}，要普通发票就行",
    "{email} 发这个邮箱就行",
    "发票还没收到，邮箱是{email}，看下是不是填错了",
    "我的邮箱是 {email} 不是qq那个",
    "亲，电子发票已发送至{email}，请注意查收哦，没收到可以看下垃圾箱",
    "发票发我油箱{email}",
    "{email}",
    "邮箱：{email}",
    "发票抬头：个人\n邮箱：{email}",
    "订单{~order}开发票，发{email}",
    "能把质检报告发我邮箱吗{email}",
    "说明书电子版发一份到{email}，纸的丢了",
    "公司报销要专票，税号{~taxid}，发票寄不了的话发{email}",
    "发错邮箱了，应该是{email}，麻烦重发一下",
    "保修卡电子版能发{email}吗",
    "我用{email}注册的会员，登不上",
    "亲，已为您重新推送发票到{email}，发票号码{~invoice}",
    "邮箱{email}，谢谢亲",
    "发到这个邮箱{email}吧，QQ邮箱收不到附件",
    "急用发票，邮箱{email}今天能开吗",
    "合同盖章版发{email}，我们财务要",
)

TPL_LANDLINE = (
    "家里座机{landline}，手机经常没信号",
    "打我单位电话{landline}",
    "座机：{landline}",
    "收件人电话{landline} 是公司前台",
    "老人在家，打{landline}就行",
    "白天打{landline}，晚上打{mobile}",
    "专票信息：名称 某某贸易有限公司，税号{~taxid}，地址电话：{address} {landline}",
    "地址电话：{address}  {landline}",
    "我们店电话{landline}，快递到了打这个",
    "手机没电了，先打这个座机{landline}",
    "{landline} 这个是我们办公室电话",
    "固话{landline}，手机{mobile}",
    "E|你打我家电话{landline}我在家",
    "E|家里电话是{landline}手机我不常看",
    "开发票的地址电话填{landline}，地址就写注册地址",
    "亲，这边预留的电话{landline}打不通，麻烦再提供一个手机号哦",
    "快递说打{landline}没人接，那是我们公司总机，要转一下",
    "联系电话：{landline}（工作日）",
    "公司座机{landline}，有问题打这个找前台",
    "售后部电话{landline}，师傅说让我直接打这个？",
)

TPL_ID = (
    "清关要身份证号是吧，{id_card}",
    "订购人身份证{id_card}，和收件人一致",
    "海关说身份证信息不对，我再发一遍{id_card}",
    "{id_card}",
    "身份证号：{id_card}",
    "实名认证填的{id_card}，信息没错啊，怎么还卡在清关",
    "处方药要用药人身份证是吧 {id_card}",
    "号卡激活要身份证，{id_card} 照片刚才发了",
    "跨境订单{~order}的身份证：{id_card}",
    "身份证{id_card}\n手机{mobile}",
    "亲，已帮您更新实名信息（身份证{id_card}），海关一般1-3个工作日放行哦",
    "这个是我身份证号{id_card}，之前填成我老婆的了",
    "证件号码 {id_card}",
    "保税仓发货要身份证？好吧 {id_card}",
    "E|身份证号码{id_card}你看对不对",
    "我身份证是{id_card}，身份证照片正反面要不要也发",
    "延保登记要填身份证，{id_card}可以吗",
    "身份证号{id_card} 电话{mobile} 帮我把实名改过来",
    "{id_card} 这个对吗，系统提示已被其他账号认证",
    "ETC办理信息：身份证{id_card}，车牌{plate}",
)

TPL_BANK = (
    "原路退不了，退我银行卡吧 {bank_card} {bank}",
    "卡号{bank_card}，{bank}",
    "赔付打到这张卡上{bank_card}",
    "返现打卡里就行，{bank_card} {bank}",
    "我是用信用卡{bank_card}付的，退款退哪去了",
    "{bank}\n{bank_card}\n麻烦尽快打款",
    "{bank_card}",
    "银行卡号：{bank_card}\n开户行：{bank}",
    "亲，财务核对收款卡号为{bank_card}，确认无误后2个工作日内到账哦",
    "差价退到{bank_card}，支付宝被冻结了",
    "退款一直没到，我那张卡{bank_card}，{bank}的",
    "卡号是{bank_card}，开户行{bank}{~place}支行",
    "补偿款打到{bank_card}吧，微信零钱不想要",
    "好评返现的钱打{bank_card}，谢谢老板",
    "E|我没有支付宝 退到我的卡上{bank_card}",
    "E|银行卡{bank_card}是{bank}的 我女儿的卡",
    "付款用的是{bank_card}这张，分期的，退款会不会影响",
    "这个卡{bank_card}已经注销了，退款退不回去怎么办",
    "退款金额{~price}，收款卡{bank_card}",
    "{bank_card} {bank}，跟我支付宝同名的",
)

TPL_QQ = (
    "加我QQ{qq}，我把视频发你",
    "q{qq} 图片太多了这里发不了",
    "QQ：{qq}",
    "有QQ吗，我QQ是{qq}",
    "充值QQ会员，号码{qq}",
    "帮我充到这个QQ {qq}",
    "QQ号{qq} 会员还没到账",
    "{qq}这个QQ号充错了，应该是{qq}",
    "扣扣{qq}",
    "qq {qq}",
    "Q币充到{qq}，付了{~price}",
    "视频太大了，加扣扣{qq}传给你",
    "亲，请核对充值账号QQ{qq}，确认后回复“确认”哦",
    "我QQ{qq}，QQ邮箱就是这个",
    "绿钻开的是{qq}吗？我大号是另一个",
    "QQ号：{qq}，订单号{~order}",
    "E|我孙子的QQ号是{qq}你帮他充一下",
    "qq号码{qq}，晚上在线",
)

TPL_WECHAT = (
    "加我微信{wechat}吧，这里发视频不清楚",
    "vx：{wechat}",
    "wx {wechat} 拉我进售后群",
    "微信{wechat}，手机号搜不到，搜这个",
    "亲，售后师傅微信号{wechat}，您加一下发安装视频给他哈",
    "我微信号{wechat}",
    "V：{wechat}",
    "微信号是{wechat} 加的时候备注下单号",
    "{wechat} 这是我微信",
    "加了你们那个{wechat}没通过",
    "VX {wechat}，返现发红包就行",
    "微信：{wechat}\n电话：{mobile}",
    "v {wechat}",
    "我同事微信{wechat}，他负责收货，你们直接联系他",
    "亲亲，如果企业微信不方便，可以添加店长微信{wechat}哦",
    "微信号{wechat}，我已经申请加好友了",
    "E|我微信叫{wechat} 你加我",
    "充值的微信号是{wechat}，别充错了",
)

TPL_PLATE = (
    "ETC设备激活不了，车牌{plate}",
    "车牌：{plate}\n车型：比亚迪秦PLUS\n安装地址：{address}",
    "行车记录仪上门安装预约，车牌{plate}，{~date}上午",
    "物流师傅信息：车牌{plate}，电话{mobile}",
    "亲，送货师傅开的车是{plate}，大概{~date}到，请留意电话哦",
    "车牌号{plate}",
    "我车牌{plate}，小区门口保安要登记",
    "ETC办了之后{plate}过高速还是扣两次钱",
    "充电桩安装，车牌{plate}，车位在地下二层",
    "脚垫定制：大众朗逸{~model}，车牌{plate}",
    "车衣到店安装，车牌{plate}，周六能做吗",
    "{plate}",
    "我的车是{plate}，ETC显示已注销？",
    "送家具的货车{plate}到小区了，进不来",
    "车牌号码：{plate} 绑定错了，应该是{plate}",
    "E|车牌号{plate} 你们那个ETC寄到了不会装",
    "挪车牌定制，车牌{plate}，电话印{mobile}",
    "亲，查询到设备绑定的车牌为{plate}，您核对一下哦",
)

TPL_MIXED = (
    "收货人本人\n{mobile}\n{address}\n身份证{id_card}",
    "退货快递员电话{mobile}，退款请打到{bank_card}",
    "邮箱{email}，电话{mobile}，发票开个人",
    "QQ{qq}或者微信{wechat}都行",
    "手机{mobile}\n座机{landline}\n地址{address}",
    "地址{address}，电话{mobile}，微信{wechat}",
    "电话{mobile} 邮箱{email} 有问题随时联系",
    "换货地址：{address}\n联系电话：{mobile}\n备注：订单{~order}",
    "{address} {mobile} 快递别放驿站",
    "我QQ邮箱{email}，QQ号{qq}",
    "亲，已登记：收货电话{mobile}，收货地址{address}，预计{~date}发出~",
    "身份证{id_card}，银行卡{bank_card}，用于理赔打款",
    "车牌{plate}，联系电话{mobile}，明天上午装ETC",
    "E|电话{mobile} 地址{address} 东西送上门",
    "{mobile}\n{address}\n快递到了打电话",
)

_GROUPS = (
    ("mobile", TPL_MOBILE, 190), ("address", TPL_ADDRESS, 140), ("email", TPL_EMAIL, 64),
    ("landline", TPL_LANDLINE, 42), ("id_card", TPL_ID, 46), ("bank_card", TPL_BANK, 52),
    ("qq", TPL_QQ, 52), ("wechat", TPL_WECHAT, 46), ("plate", TPL_PLATE, 42), ("mixed", TPL_MIXED, 40),
)

TPL_NEAR = (
    "订单号{~order}，什么时候发货",
    "{~order} 这单申请退款了，麻烦通过一下",
    "快递单号{~tracking}一直不动，三天了",
    "退货单号：{~tracking} 已经寄回了",
    "顺丰{~sf}",
    "我打了{~hotline}没人接",
    "付了{~price}，怎么才退{~price}",
    "优惠券{~coupon}用不了",
    "价保：我{~date}买的{~price}，现在{~price}了，差价退一下",
    "手机号是{~masked}的那个订单",
    "尾号{~tail}那个号码是我的",
    "取件码{~pickup}，柜子打不开",
    "发票号码{~invoice}，金额不对",
    "型号{~model}，屏幕有坏点",
    "SN码{~sn}，还在保修期内吗",
    "IMEI：{~imei}",
    "身高{~body}体重{~body}穿多大码",
    "平时穿{~size}，这款要拿大一码吗",
    "{~order}",
    "亲，您的订单{~order}已经加急处理，预计{~date}发出哦",
    "亲亲，退款{~price}已原路退回，预计{~date}前到账~",
    "亲，快递单号：{~tracking}，您可以在{~hotline}查询哦",
    "退款编号{~refund}，显示退款成功，钱没收到",
    "售后单号{~refund}，审核多久",
    "微信支付交易单号{~pay}，扣了两次钱",
    "支付宝交易号{~pay}",
    "亲，发票已开具，发票号码{~invoice}，金额{~price}",
    "拼单的订单编号{~order}，一直显示待发货",
    "京东订单{~order}，你们那边查一下",
    "{~tracking} 中通的，派件员说没有这个件",
    "淘口令{~token} 就是这个链接的东西",
    "复制这个{~url} 看看是不是这个款",
    "{~url}\n这个还有货吗",
    "寄到{~place}要几天",
    "{~place}能发吗？包邮吗",
    "我在{~place}，你们哪个仓发货",
    "客服工号{~staff}说给我补偿，怎么没了",
    "我积分有{~points}，能换什么",
    "积分{~points}怎么突然清零了",
    "验证码{~verify}是你们发的吗？我没操作啊",
    "收到一条{~verify}的验证码短信，是不是有人盗我号",
    "优惠码{~coupon}，结算的时候提示已失效",
    "满{~price}减{~price}的券为什么用不了",
    "你们{~hotline}的电话打了半天都是忙音",
    "再不处理我打{~hotline}投诉了",
    "快递员说去{~hotline}查，查不到",
    "我{~date}签收的，还能七天无理由吗",
    "{~date}之前能到吗？急用",
    "保修到{~date}，现在坏了算不算保内",
    "型号是{~model}，SN：{~sn}",
    "换新机的IMEI是{~imei}，旧的那台{~imei}",
    "邮编{~postal}要填吗",
    "邮编是{~postal}吧？我不太确定",
    "卡号{~badcard}提示卡号不存在？",
    "我输的{~badcard}说校验不通过，是不是少打了一位",
    "系统说身份证号{~badid}格式错误",
    "填的{~badid}提示不正确，我再看看身份证",
    "订单页显示的电话是{~masked}，不是我的号",
    "收件人电话显示{~masked}，这个对的",
    "退款到尾号{~tail}的卡了吗",
    "显示退到{~masked}这张卡",
    "税号{~taxid}，抬头公司全称",
    "单位税号：{~taxid}",
    "{~price}的东西就给我这个质量？",
    "买了{~price}，赠品没给",
    "取件码{~pickup}，驿站说没有这个件",
    "丰巢取件码{~pickup}过期了怎么办",
    "亲，您这边{~order}的包裹已经到{~place}分拨中心了",
    "亲，退货运单号{~tracking}已签收，仓库会在{~date}内处理退款哦",
    "订单{~order}和{~order}合并发货可以吗",
    "我买了两单，{~order}，{~order}",
    "补发单号{~tracking}，是不是没揽收",
    "{~tracking}这个单号是极兔的吗，查不到",
    "亲亲，京东快递可以拨打{~hotline}查询哦",
    "新机激活了，SN是{~sn}",
    "发票号{~invoice}开错抬头了，红冲重开吧",
    "我是{~size}，腰围二尺一，穿哪个码",
    "宝宝{~body}，穿{~size}合适吗",
    "亲，平时穿{~size}的话这款建议拍大一码哦",
    "价格保护申请一下，{~date}降到{~price}了",
    "我{~date}付的款，{~date}还没发",
    "金额{~price} 订单编号{~order}",
    "这是退款详情：退款编号{~refund}，退款金额{~price}",
    "用的优惠券{~coupon}，退货后券能退回来吗",
    "工号{~staff}的客服态度太差了",
    "上次{~staff}号客服说给我补发的",
    "分享的链接{~url}打不开",
    "{~token}复制打开淘宝",
    "会员积分{~points}，兑换券怎么兑",
    "型号{~model} 显示E3故障是什么意思",
)

_PLAIN_CUST = (
    "在吗", "在不在", "有人吗", "你好", "怎么还没发货", "什么时候发货啊", "都三天了还没发货", "物流怎么一直不动",
    "东西收到了，是坏的", "收到的颜色不对，我要的是黑色", "少发了一个", "包装都压扁了", "里面的东西漏了",
    "我要退货", "申请退款了麻烦同意一下", "为什么拒绝我的退款", "能换货吗", "尺码小了能换大一码吗",
    "退货运费谁出", "运费险怎么还没赔", "能开发票吗", "发票怎么开", "有赠品吗", "能便宜点吗",
    "还有别的颜色吗", "这个什么时候补货", "质量太差了", "穿了一次就开线了", "用了两天就坏了",
    "充不进电", "开不了机", "屏幕有划痕", "声音很小", "有异味", "跟图片不一样", "色差太大了",
    "我不想要了", "拍错了，取消订单", "快点发货吧，急用", "可以加急吗", "能发顺丰吗", "不要发韵达",
    "快递放驿站了，我没同意", "快递员态度很差", "显示签收了但我没收到", "好的谢谢", "好的", "嗯嗯",
    "收到", "知道了", "行吧", "那我等等", "谢谢亲", "麻烦了", "辛苦了", "好评已经给了", "返现呢",
    "人工客服", "转人工", "我要投诉", "你们这什么服务啊", "说了半天等于没说", "别发机器人回复了",
    "怎么退货", "退货地址发我一下", "上门取件吗", "已经寄回了", "钱什么时候退", "退款到哪了",
    "差价能退吗", "价保怎么申请", "会员有什么优惠", "怎么成为会员", "积分怎么用", "优惠券领不了",
    "券用不了", "保修多久", "坏了能修吗", "在保修期内吗", "维修要钱吗", "说明书在哪里", "怎么安装啊",
    "安装师傅什么时候来", "师傅还没联系我", "我没在家，改天送吧", "今天能到吗", "周末送货吗",
    "放门口就行", "别打电话，发短信就行", "我在上班，放快递柜", "能不能不要放驿站",
    "同样的东西你们直播间便宜这么多？", "刚买就降价了", "东西不错，下次还来", "孩子很喜欢",
    "老人用着挺好", "颜色挺好看的", "就是有点大", "偏小，建议拍大一码", "这个能机洗吗",
    "可以用在什么车上", "适合几岁的孩子", "能装在浴室吗", "有没有现货", "预售要等多久",
    "[捂脸]", "[流泪]", "？？？", "😭😭😭", "👌", "🙏", "嗯", "哦哦好的", "啊这", "算了不退了",
    "我自己弄好了，不用了", "谢谢你啊，问题解决了", "东西找到了，被邻居拿错了", "快递员送错了",
)
_PLAIN_AGENT = (
    "亲在的哦，请问有什么可以帮您", "亲亲，这边帮您催一下仓库哈", "亲，已经帮您登记了，请耐心等待哦",
    "亲，非常抱歉给您带来不好的体验", "亲亲稍等，这边帮您查询一下", "亲，麻烦提供一下订单号哦",
    "亲，麻烦拍一下商品问题部位的照片哦", "亲，麻烦发一下外包装和快递面单的照片哈",
    "亲，这边已经同意退款了，请留意到账信息", "亲，退货申请已通过，请按页面地址寄回哦",
    "亲，您可以直接申请仅退款，这边会尽快处理", "亲，补发已经安排了，请留意物流",
    "亲亲，这个是正常现象，通风几天就好啦", "亲，仓库是按付款顺序发货的哦",
    "亲，我们默认发中通，暂时不支持指定快递哦", "亲，可以的，这边给您备注一下",
    "亲，这边已经联系快递核实了，有结果第一时间通知您", "好的亲，还有其他问题吗",
    "感谢您的支持，祝您生活愉快~", "亲，不客气哦，有问题随时联系", "亲，收到了哦",
    "亲，在的", "亲，麻烦您描述一下具体情况", "亲，这款是支持七天无理由退换的哦",
    "亲，运费险会在退货签收后自动理赔的哦", "亲，发票会在确认收货后开具，请耐心等待哦",
    "亲，会员积分可以在会员中心兑换优惠券哦", "亲，价保需要在购买后的规定天数内申请哦",
    "亲，这边帮您申请了售后专员跟进，请保持电话畅通", "亲，麻烦您提供一下视频，方便我们判断问题",
    "亲，很抱歉，这款暂时缺货了", "亲，新品预售，下单后按顺序发货哦", "亲，已为您加急处理",
    "亲亲，给您申请了一张无门槛优惠券作为补偿，您看可以吗", "亲，请问还在线吗",
    "亲，长时间未回复，本次会话即将结束哦", "亲，您的问题已反馈给相关部门", "亲，质检没问题的话会尽快退款的",
    "亲，维修好之后会给您寄回的", "亲，这个需要联系品牌售后哦", "亲，正在为您转接人工客服，请稍候",
    "亲，您好，我是您的专属客服，很高兴为您服务", "亲，麻烦您确认一下收货信息是否正确",
    "亲，地址修改好了，您刷新看一下", "亲，已经截单了，没办法修改了呢，建议您联系快递改派",
    "亲，可以拒收的，拒收后退款会原路退回", "亲，是的呢", "亲，不是的哦",
    "亲，这个颜色已经卖完了哈", "亲，尺码表在详情页，您可以参考一下",
)
_PLAIN_PRE = ("", "", "", "", "亲，", "你好，", "在吗？", "老板，", "客服，", "喂，", "那个，")
_PLAIN_POST = ("", "", "", "", "", "？", "！", "。", "～", "🙏", "[捂脸]", "[抱拳]", "😭", "哈", "呀", "!!", "[微笑]")

_ALL_TPL = tuple((g, i, t) for g, tpls, _ in _GROUPS for i, t in enumerate(tpls))
_MARK = re.compile(r"\{(~?\w+)\}")
_PRE = ("亲，", "你好，", "你好 ", "在吗 ", "客服 ", "麻烦问下，", "老板 ")
_POST = (" 谢谢", "，谢谢", "🙏", "[抱拳]", "～", " 急", "！", "[捂脸]", " 麻烦了", "\n谢谢", "。")


def _split_tag(t):
    if t.startswith("E|"):
        return "E", t[2:]
    return "", t


def _draw_fmt(rng, kind, tag):
    tab = [(f, w) for f, w, need in _FMT[kind] if not need or need == tag]
    return rng.choices([f for f, _ in tab], [w for _, w in tab])[0]


def _render(rng, tpl, forced=None, decorate=True):
    """fill one template; forced = (kind, fmt) for the first marker of that kind"""
    tag, body = _split_tag(tpl)
    if decorate:
        if rng.random() < 0.12 and not body.startswith(("亲", "好的", "{", "E|", "已", "售后", "送货")):
            body = rng.choice(_PRE) + body
        if rng.random() < 0.18:
            body = body + rng.choice(_POST)
    out, ents, fmts, near = [], [], [], []
    pos, n = 0, 0
    used_forced = False
    for m in _MARK.finditer(body):
        lit = body[pos:m.start()]
        out.append(lit)
        n += len(lit)
        pos = m.end()
        key = m.group(1)
        if key == "bank":
            v = rng.choice(_BANKS)
            out.append(v)
            n += len(v)
            continue
        if key.startswith("~"):
            label, fn = _NEAR[key[1:]]
            v = fn(rng)
            near.append((label, n, n + len(v)))
            out.append(v)
            n += len(v)
            continue
        kind = key
        if forced and forced[0] == kind and not used_forced:
            fmt = forced[1]
            used_forced = True
        else:
            fmt = _draw_fmt(rng, kind, tag)
        pre, v, post = _GENS[kind](rng, fmt)
        out.append(pre)
        n += len(pre)
        ents.append((kind, n, n + len(v)))
        fmts.append(fmt)
        out.append(v + post)
        n += len(v) + len(post)
    out.append(body[pos:])
    text = "".join(out)
    assert not forced or used_forced, (tpl, forced)
    return text, ents, fmts, near


def _plain(rng):
    core = rng.choice(_PLAIN_CUST) if rng.random() < 0.6 else rng.choice(_PLAIN_AGENT)
    if core.startswith("亲"):
        return core + rng.choice(("", "", "", "~", "😊", "[微笑]"))
    return rng.choice(_PLAIN_PRE) + core + rng.choice(_PLAIN_POST)


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []  # (text, ents, fmts, near, template_id)
    for kind, tab in _FMT_TABLES:
        for fmt, _, need in tab:
            cands = [(g, i, t) for g, i, t in _ALL_TPL
                     if "{" + kind + "}" in t and (not need or _split_tag(t)[0] == need)]
            for g, i, t in rng.sample(cands, FORCE_PER_FMT):
                rows.append((*_render(rng, t, (kind, fmt)), f"{g}#{i}"))
    for g, tpls, quota in _GROUPS:
        for _ in range(quota):
            i = rng.randrange(len(tpls))
            rows.append((*_render(rng, tpls[i]), f"{g}#{i}"))
    n_pii = len(rows)
    for _ in range(680):
        i = rng.randrange(len(TPL_NEAR))
        rows.append((*_render(rng, TPL_NEAR[i]), f"near#{i}"))
    n_plain = (len(rows) + 1) // 2 + 5
    for _ in range(n_plain):
        rows.append((_plain(rng), [], [], [], "plain"))
    rng.shuffle(rows)
    assert n_pii >= 800
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind16_corpus() -> pd.DataFrame:
    """The sixteenth blind corpus: a random year of an online shop's WeCom service chats."""
    return _build()


# --------------------------------------------------------------------------- label checks

_CN2D = {c: str(i) for i, c in enumerate(_CN_DIG)} | {"〇": "0"}
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼\d{2}室|\d)$")
_PLACE_START = re.compile(r"^(\S{1,8}?(省|市|区|县|镇|乡|村|路|街|道|自治区)|北京|上海|天津|重庆|广东|江苏|浙江|山东|河南|四川|"
                          r"湖北|湖南|福建|安徽|陕西|辽宁|河北|云南|广西|黑龙江|杭州|宁波|温州|南京|苏州|无锡|广州|深圳|佛山|青岛|"
                          r"济南|郑州|成都|武汉|长沙|厦门|合肥|西安|沈阳|石家庄|昆明|南宁|哈尔滨)")
_CUE_WORDS = ("电话", "手机", "地址", "邮箱", "微信", "QQ", "车牌", "身份证", "卡号", "号码", "：", ":", "是")


def _mobile_digits(v):
    v = "".join(_CN2D.get(c, c) for c in unicodedata.normalize("NFKC", v))
    return re.sub(r"[\s\-]", "", v)


def _check_value(kind, v):
    n = unicodedata.normalize("NFKC", v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        d = _mobile_digits(v)
        assert re.fullmatch(r"1[3-9]\d{9}", d), v
        assert any(d.startswith(p) for p, _ in _MOBILE_PREFIX), v
    elif kind == "landline":
        d = re.sub(r"[\s\-()（）]", "", n)
        if d.startswith("0"):
            assert any(d.startswith(a) and len(d) == len(a) + k for a, k in _AREA), v
        else:
            assert re.fullmatch(r"[2-8]\d{7}", d), v
    elif kind == "id_card":
        d = re.sub(r"\s", "", v).upper()
        assert _id_ok(d) and d[:6] in _ID_REGION, v
    elif kind == "bank_card":
        d = re.sub(r"\s", "", v)
        assert d.isdigit() and len(d) in (16, 19) and _luhn_ok(d), v
        assert d.startswith(_BIN16 + _BIN19), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[%s][A-Za-z][·•. ]?[A-Za-z0-9]{5,6}" % "".join(_PROV_ABBR), v), v
        assert not re.search(r"[IOio]", v[1:]), v
    elif kind == "address":
        assert _HOUSE_END.search(v), v
        assert _PLACE_START.match(v), v
        assert not v.startswith(_CUE_WORDS), v
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], df.columns
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), (text, es, fs)
        spans = []
        for k, s, e in es:
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            _check_value(k, v)
            # a value is never glued to another digit / latin letter of the same run
            if v[0].isdigit() and s > 0 and not (k == "mobile" and text[:s].endswith("+86")):
                assert not text[s - 1].isdigit(), (text, v)
            if v[-1].isdigit() and e < len(text):
                assert not text[e].isdigit(), (text, v)
            if k in ("email", "wechat") and e < len(text):
                assert not re.match(r"[A-Za-z0-9_@.]", text[e]), (text, v)
            spans.append((s, e))
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            spans.append((s, e))
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
    plain = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert len(plain) * 3 >= len(df), (len(plain), len(df))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind16_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

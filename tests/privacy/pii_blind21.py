"""Twenty-first blind PII corpus (``split == "blind21"``): HOME SERVICES chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十二位写手").
What it read: only the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of
``toolkit/privacy/mask.py`` (via ``grep -n -A14 "^PII_KINDS"``), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only), and a few lines of ``../shared/datasets/``
(stc3_weibo_helpdesk, lcqmc) for the tone of service chats; no personal data
was copied from there.  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, other tests or
corpora, or git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.  Standard library + pandas only.

What is different here: THEME = home services.  WeCom chats of a home-services
platform, its dispatchers and partner shops (cleaning / 保洁, moving / 搬家,
appliance installation and repair, pest control, locksmiths / 开锁,
plumbing / 管道疏通, nannies / 育儿嫂 / 月嫂, elderly-care agencies, pet
sitting) with technicians and customers of every age in big and small
cities.  Values are drawn the way they most often appear in such an archive:
plain 11-digit mobiles dominate, then 3-4-4 spaced ones, ``+86`` rarely;
addresses are mostly "estate + building + unit + room" visit addresses,
often starting at the district or at the estate name, with rural addresses
for small-town customers, Shanghai 弄 addresses and office towers for
company cleaning; plates come from moving trucks, technicians' vans and
visitor-car registration at gates; bank cards from deposit refunds and
nanny wages; ID numbers from nanny / carer contracts and elderly-care
assessments; emails from invoices.  Near-misses are the things such chats
are full of: gate / door-lock / key-box codes, order and work-order numbers,
tracking numbers, hotlines (400 / 800 / 95xxx / 12315), prices, deposits,
upper-case amounts, dates and visit windows, appliance model and serial
numbers, error codes, flat layouts (3室2厅) and sizes (89平), floors without
a place (住6楼), a place or estate alone, parking spots, pickup codes
(3-2-6021), verification codes, invoice numbers / codes, credit codes, bank
branches, masked numbers (138****5678), tail digits, card-length numbers that
fail Luhn and ID-shaped strings that fail the check digit, Wi-Fi passwords,
employee numbers, coupon codes, postal codes.  About 35 % of the rows carry
neither personal data nor a near-miss (ordinary chat lines).

Label rules: a span holds the value only.  Cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (转806, -806, 分机806) are outside;
separators inside a value (spaces, dashes, the ``·`` of a plate, the
parentheses around an area code) are inside.  An address runs from its first
place unit (province / city / district / county / town / village / road /
street / estate name) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 座 /
单元 / 室 / 层 / 组 / a bare room number such as 1502 or 3-2-1502).  A place
alone is a near-miss (place_only), never an address.  Names are never
written (only roles: 师傅, 阿姨, 客服 ...).  A WeChat ID that is a phone number
is not used; "微信同号" after a mobile labels only the mobile.

Seed
----
``SEED = "blind21-home-services-第二十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced 4 times into 4 different templates; the other rows draw formats by
weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity, same
order), ``near_misses`` (list of ``(near_kind, start, end)``), ``split``
(always ``"blind21"``).

Counts (``.venv/bin/python tests/privacy/pii_blind21.py``)
-----------------------------------------------------------
rows=2472 pii_rows=888 near_rows=715 plain_rows=869 entities=1343,
(mobile 402, address 374, landline 99, id_card 93, email 88, qq 77, bank_card 70, plate 70, wechat 70);
near-miss spans=1080 (890 in near-miss rows) kinds=33:
price 179, date_time 142, gate_code 65, order_no 61, model_no 55, hotline 49, floor_only 47, place_only 39,
serial_no 30, bank_branch 29, masked 29, employee_no 27, tracking_no 25, error_code 24, credit_code 22,
verify_code 22, work_order 21, wifi_pwd 20, area_size 20, pickup_code 19, coupon_code 18, parking 18, layout
17, tail_digits 17, invoice_no 15, bad_id 14, bad_card 10, postal_code 10, invoice_code 8, keybox_code 8, url
8, amount_upper 7, invalid_mobile 5;
formats=47 distinct, each used >= 4 times in >= 3 templates:
address/city_district_estate 73, address/district_estate 70, address/estate_dash_room 30, address/estate_room
61, address/full_prov 36, address/office_tower 14, address/road_number 24, address/rural_village 29,
address/sh_lane 24, address/spaced_parts 13, bank_card/dash_4 6, bank_card/plain 39, bank_card/space_4 25,
email/caps_user 8, email/corp_domain 10, email/fullwidth_at 10, email/plain 27, email/qq_digits 33,
id_card/plain 75, id_card/space_6_8_4 11, id_card/x_lower 7, landline/dash_area 52, landline/dash_ext 16,
landline/local_only 4, landline/paren_area 9, landline/plain_area 10, landline/space_area 8, mobile/dash_344
22, mobile/fullwidth 14, mobile/plain 293, mobile/plus86 24, mobile/space_344 45, mobile/voice_words 4,
plate/dot_middle 13, plate/lowercase 7, plate/new_energy 15, plate/plain 26, plate/space 9, qq/fullwidth 5,
qq/plain 55, qq/short_5_8 17, wechat/dash_mmdd 7, wechat/english_word 5, wechat/mixed_case 10,
wechat/pinyin_digits 28, wechat/underscore 11, wechat/wxid 9.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind21-home-services-第二十二位写手"
SPLIT = "blind21"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_RANDOM = 700
N_NEAR = 720
FORCE_PER_FMT = 4

# ----------------------------------------------------------------------------
# validity helpers
# ----------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


_CN_DIG = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_DIG.get(c, c) for c in v)
    return re.sub(r"[\s\-·()（）]", "", v)


# ----------------------------------------------------------------------------
# fixed data
# ----------------------------------------------------------------------------
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199")
# (area code, local length)
AREA_CODES = (("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
              ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0731", 8), ("0532", 8),
              ("0591", 8), ("0592", 7), ("0371", 8), ("0311", 8), ("0351", 7), ("0551", 8), ("0871", 8),
              ("0851", 8), ("0769", 8), ("0757", 8), ("0574", 8), ("0536", 7), ("0797", 7), ("0734", 7),
              ("0579", 8), ("0394", 7), ("0530", 7), ("0817", 7), ("0713", 7), ("0771", 7), ("0898", 8))
ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "310112", "320102", "320506", "320583", "330106",
            "330110", "340104", "350203", "370202", "370702", "410105", "411628", "420106", "421126",
            "430104", "430406", "440106", "440305", "440306", "441900", "450103", "500103", "510107",
            "511324", "520102", "530102", "610113", "620102", "130104", "140105", "210102", "360702",
            "371721", "360781", "330782")
# (BIN, length)
BINS = (("622202", 19), ("621226", 19), ("621700", 19), ("622700", 19), ("622848", 19), ("622845", 19),
        ("621661", 19), ("621785", 19), ("622588", 16), ("621483", 16), ("622262", 19), ("621799", 19),
        ("622188", 19), ("623058", 19), ("622609", 16), ("621462", 19), ("625907", 16), ("623668", 19),
        ("427020", 16), ("436742", 16), ("438088", 16), ("524047", 16), ("518710", 16), ("552599", 16),
        ("955880", 19), ("955998", 19), ("955100", 19))
PLATE_PREFIXES = ("粤B", "粤A", "粤S", "沪A", "沪B", "沪D", "京N", "京Q", "京P", "浙A", "浙G", "苏E", "苏A",
                  "川A", "鄂A", "鲁B", "鲁G", "豫A", "豫P", "陕A", "湘A", "湘D", "闽D", "冀A", "皖A", "云A",
                  "桂A", "赣B", "津C", "渝B", "辽A", "黑A", "吉A", "晋A", "甘A", "贵A", "琼A", "蒙A", "新A",
                  "宁A", "青A", "鲁R", "川R", "鄂J")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# (province or "", city, districts, roads)
CITIES = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"),
     ("科苑路", "深南大道", "创业路", "民治大道", "布吉路", "沙河西路")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区", "越秀区"),
     ("天河北路", "江南大道中", "广州大道北", "市桥街", "东风中路")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区", "上城区"),
     ("文三路", "莫干山路", "文一西路", "江南大道", "望江路")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区", "秦淮区"), ("中山北路", "龙蟠路", "双龙大道", "太平南路")),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区", "虎丘区"), ("干将西路", "星湖街", "东吴北路", "人民路")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "双流区", "金牛区"),
     ("天府大道中段", "人民南路四段", "建设路", "蜀汉路")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区", "汉阳区"), ("珞喻路", "解放大道", "中北路", "鹦鹉大道")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区", "李沧区"), ("香港中路", "海尔路", "长江中路", "九水东路")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城回族区"), ("花园路", "大学路", "建设西路", "紫荆山路")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "碑林区", "长安区"), ("科技路", "凤城八路", "友谊西路", "韦曲南街")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "雨花区", "开福区"), ("麓山南路", "五一大道", "劳动东路", "芙蓉中路")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), ("嘉禾路", "湖滨南路", "集美大道")),
    ("河北省", "石家庄市", ("长安区", "桥西区", "裕华区"), ("中山东路", "槐安东路", "建华南大街")),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区"), ("长江西路", "马鞍山路", "阜阳北路")),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), ("人民中路", "北京路", "关上中路")),
    ("广西壮族自治区", "南宁市", ("青秀区", "西乡塘区"), ("民族大道", "大学东路")),
    ("山东省", "潍坊市", ("奎文区", "潍城区"), ("东风东街", "胜利西街")),
    ("江西省", "赣州市", ("章贡区", "南康区"), ("红旗大道", "文清路")),
    ("湖南省", "衡阳市", ("蒸湘区", "雁峰区"), ("解放大道", "船山大道")),
    ("浙江省", "金华市", ("婺城区", "金东区"), ("八一南街", "宾虹路")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "通州区", "昌平区"), ("望京西路", "学院路", "丰台北路", "新华西街")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区", "宝山区"), ("张杨路", "漕溪北路", "莘庄路", "共和新路")),
    ("", "天津市", ("南开区", "河西区"), ("卫津路", "友谊路")),
    ("", "重庆市", ("渝北区", "江北区", "九龙坡区"), ("金开大道", "建新北路", "杨家坪正街")),
)
SH_ROADS = ("延安西路", "中山北路", "天山路", "虹漕路", "浦东南路", "共和新路", "南丹东路", "平凉路")
SH_DISTRICTS = ("长宁区", "普陀区", "徐汇区", "浦东新区", "杨浦区", "静安区", "虹口区")
RURAL = (
    ("河南省", "周口市", "鹿邑县", ("玄武镇", "太清宫镇", "涡北镇")),
    ("山东省", "菏泽市", "曹县", ("庄寨镇", "青堌集镇")),
    ("四川省", "南充市", "仪陇县", ("新政镇", "金城镇")),
    ("湖北省", "黄冈市", "蕲春县", ("漕河镇", "横车镇")),
    ("江西省", "上饶市", "鄱阳县", ("鄱阳镇", "田畈街镇")),
    ("安徽省", "阜阳市", "临泉县", ("城关镇", "杨桥镇")),
    ("河北省", "邢台市", "宁晋县", ("凤凰镇", "河渠镇")),
    ("湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇")),
)
VILLAGES = ("李庄村", "新河村", "王楼村", "东湾村", "柳树村", "前进村", "张湾村", "大营村", "石桥村", "刘寨村")
ESTATES = ("阳光花园", "碧桂园", "万科城", "翠苑一区", "保利香槟国际", "金地格林小镇", "幸福里小区", "绿地新都会",
           "华润城", "龙湖春江郦城", "中海国际社区", "恒大绿洲", "锦绣江南", "世纪花园", "天鹅湖小区", "和平里小区",
           "南湖新村", "建设新村", "朝阳小区", "御景湾", "招商雍景湾", "融创玖樟台", "丽景苑", "枫林湾",
           "金色家园", "东方明珠花园", "滨江国际", "橡树湾", "紫薇花园", "富力城", "电力小区", "教师新村",
           "纺织厂宿舍", "桃源居", "万达华府", "星河丹堤")
TOWERS = ("科兴科学园", "华润大厦", "环球中心", "创新大厦", "国贸中心", "来福士广场", "金融港", "时代广场",
          "财富中心", "软件园")
BANK_BRANCHES = ("招商银行深圳科技园支行", "中国建设银行杭州文三路支行", "工商银行成都高新支行",
                 "农业银行郑州花园路支行", "交通银行上海张杨路支行", "中国银行武汉洪山支行", "邮储银行鹿邑县支行",
                 "平安银行广州天河支行", "兴业银行厦门湖里支行", "浦发银行南京鼓楼支行")
MODELS = ("KFR-35GW/NhGc1B", "KFR-26GW/BpR3", "EG100B129W", "TG100V120WDG", "JSQ25-13WH5", "BCD-470WDPG",
          "CXW-260-E900C11", "JZT-Q216B", "F6030-WTS", "MG100V11D", "BCD-520WKPZM", "KFR-72LW/BP3DN1Y")
PEST = ("蟑螂", "白蚁", "老鼠", "跳蚤", "螨虫")
ROOM_UNITS = ("室",)


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng, n, first="123456789"):
    return _pick(rng, first) + "".join(_pick(rng, "0123456789") for _ in range(n - 1))


# ----------------------------------------------------------------------------
# value generators: each returns (pre, value, post); pre/post lie outside the span
# ----------------------------------------------------------------------------
def _mobile_raw(rng):
    return _pick(rng, MOBILE_PREFIXES) + "".join(_pick(rng, "0123456789") for _ in range(8))


_WORDS = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def m_plain(rng):
    return "", _mobile_raw(rng), ""


def m_space(rng):
    m = _mobile_raw(rng)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def m_dash(rng):
    m = _mobile_raw(rng)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def m_plus86(rng):
    m = _mobile_raw(rng)
    pre = _pick(rng, ("+86 ", "+86 ", "+86", "0086 ", "+86-", "86-"))
    if pre[-1] in " -" and rng.random() < 0.3:
        m = f"{m[:3]} {m[3:7]} {m[7:]}"
    return pre, m, ""


def m_words(rng):
    m = _mobile_raw(rng)
    return "", "".join(_WORDS[c] for c in m), ""


def m_fullwidth(rng):
    m = _mobile_raw(rng)
    return "", unicodedata.normalize("NFKC", m).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), ""


def _local(rng, n):
    return _pick(rng, "2345678") + "".join(_pick(rng, "0123456789") for _ in range(n - 1))


def l_dash(rng):
    a, n = _pick(rng, AREA_CODES)
    return "", f"{a}-{_local(rng, n)}", ""


def l_plain(rng):
    a, n = _pick(rng, AREA_CODES)
    return "", f"{a}{_local(rng, n)}", ""


def l_paren(rng):
    a, n = _pick(rng, AREA_CODES)
    o, c = _pick(rng, (("(", ")"), ("（", "）")))
    return "", f"{o}{a}{c}{_local(rng, n)}", ""


def l_space(rng):
    a, n = _pick(rng, AREA_CODES)
    loc = _local(rng, n)
    if n == 8 and rng.random() < 0.5:
        loc = f"{loc[:4]} {loc[4:]}"
    return "", f"{a} {loc}", ""


def l_ext(rng):
    a, n = _pick(rng, AREA_CODES)
    ext = _digits(rng, rng.choice((3, 3, 4)))
    return "", f"{a}-{_local(rng, n)}", _pick(rng, (f"转{ext}", f"转{ext}", f"-{ext}", f"分机{ext}", f" 转{ext}"))


def l_local(rng):
    return "", _local(rng, rng.choice((7, 8, 8))), ""


_PY = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu",
       "guo", "he", "lin", "luo", "gao", "xiaomei", "lili", "jing", "yan", "hong", "fang", "wei", "jun", "tingting",
       "xiaoyu", "dandan", "ming", "lei", "ping", "hui", "qiang", "juan", "xia", "yun", "bo")
_EN = ("sunny", "lucky", "cherry", "lily", "amy", "tom", "kevin", "grace", "coco", "happy", "tiger", "angel",
       "mia", "jack", "nana", "echo", "vivian", "candy", "leo", "momo")
_DOMAINS = ("163.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "outlook.com",
            "gmail.com", "hotmail.com", "sohu.com", "aliyun.com")
_CORP = ("xinjiazheng.com", "anjiale-home.cn", "jzfw.com.cn", "hongtubanjia.com", "lvyekeji.cn", "meiyijia.net",
         "szwanjia.com", "kangyangyuan.org.cn")


def _user(rng):
    r = rng.random()
    if r < 0.45:
        return _pick(rng, _PY) + _pick(rng, _PY) + _pick(rng, ("", str(rng.randint(1960, 2008)),
                                                               str(rng.randint(1, 999)), "0" + str(rng.randint(1, 9))))
    if r < 0.7:
        return _pick(rng, _PY) + _pick(rng, ("_", ".", "")) + _pick(rng, _PY) + str(rng.randint(10, 99))
    return _pick(rng, _EN) + _pick(rng, ("", "_", "")) + str(rng.randint(1, 9999))


def e_plain(rng):
    return "", f"{_user(rng)}@{_pick(rng, _DOMAINS)}", ""


def e_qq(rng):
    return "", f"{_digits(rng, rng.choice((8, 9, 9, 10, 10)))}@qq.com", ""


def e_corp(rng):
    return "", f"{_pick(rng, ('service', 'caiwu', 'fapiao', 'hr', 'kefu', 'admin')) if rng.random() < 0.5 else _user(rng)}@{_pick(rng, _CORP)}", ""


def e_fullat(rng):
    u = _user(rng) if rng.random() < 0.6 else _digits(rng, 9)
    d = "qq.com" if u.isdigit() else _pick(rng, _DOMAINS)
    return "", f"{u}＠{d}", ""


def e_caps(rng):
    u = _pick(rng, _EN).capitalize() + _pick(rng, ("_", ".", "")) + _pick(rng, _PY).capitalize()
    return "", f"{u}@{_pick(rng, _DOMAINS)}", ""


def _id_raw(rng, want_x=False):
    while True:
        y = rng.randint(1942, 2004)
        mth = rng.randint(1, 12)
        d = rng.randint(1, 28 if mth == 2 else 30)
        body = f"{_pick(rng, ID_AREAS)}{y}{mth:02d}{d:02d}{rng.randint(0, 999):03d}"
        c = _id_check(body)
        if not want_x or c == "X":
            return body + c


def i_plain(rng):
    return "", _id_raw(rng), ""


def i_xlower(rng):
    return "", _id_raw(rng, True)[:17] + "x", ""


def i_space(rng):
    s = _id_raw(rng)
    return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""


def _card_raw(rng):
    b, n = _pick(rng, BINS)
    body = b + "".join(_pick(rng, "0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def b_plain(rng):
    return "", _card_raw(rng), ""


def b_space(rng):
    c = _card_raw(rng)
    return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""


def b_dash(rng):
    c = _card_raw(rng)
    return "", "-".join(c[i:i + 4] for i in range(0, len(c), 4)), ""


def q_plain(rng):
    return "", _digits(rng, rng.choice((9, 9, 10, 10, 10, 11))), ""


def q_short(rng):
    return "", _digits(rng, rng.choice((5, 6, 7, 8, 8))), ""


def q_fullwidth(rng):
    q = _digits(rng, rng.choice((9, 10)))
    return "", q.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}), ""


def w_pinyin(rng):
    return "", _pick(rng, _PY) + _pick(rng, _PY) + str(rng.choice((rng.randint(1960, 2005), rng.randint(1, 999)))), ""


def w_wxid(rng):
    tail = "".join(_pick(rng, "abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(rng.choice((12, 14))))
    return "", "wxid_" + tail, ""


def w_underscore(rng):
    return "", _pick(rng, _PY) + "_" + _pick(rng, _PY + _EN) + str(rng.randint(1, 99)), ""


def w_dash(rng):
    return "", _pick(rng, _EN).capitalize() + "-" + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", ""


def w_mixed(rng):
    return "", _pick(rng, _PY).capitalize() + _pick(rng, _PY).capitalize() + str(rng.randint(10, 9999)), ""


def w_english(rng):
    return "", _pick(rng, _EN) + _pick(rng, ("_home", "_jz", "0", "_", "666", "888")) + str(rng.randint(1, 99)), ""


def _plate_tail(rng, n=5):
    k = rng.choice((0, 0, 1, 1, 2))
    pos = sorted(rng.sample(range(n), k))
    return "".join(_pick(rng, PLATE_LETTERS) if i in pos else _pick(rng, "0123456789") for i in range(n))


def p_plain(rng):
    return "", _pick(rng, PLATE_PREFIXES) + _plate_tail(rng), ""


def p_dot(rng):
    return "", _pick(rng, PLATE_PREFIXES) + "·" + _plate_tail(rng), ""


def p_space(rng):
    return "", _pick(rng, PLATE_PREFIXES) + " " + _plate_tail(rng), ""


def p_newenergy(rng):
    return "", _pick(rng, PLATE_PREFIXES) + _pick(rng, "DF") + "".join(_pick(rng, "0123456789") for _ in range(5)), ""


def p_lower(rng):
    p = _pick(rng, PLATE_PREFIXES)
    return "", p[0] + p[1].lower() + _plate_tail(rng).lower(), ""


# -- addresses ---------------------------------------------------------------
def _bld(rng):
    n = rng.randint(1, 32)
    return _pick(rng, (f"{n}栋", f"{n}栋", f"{n}号楼", f"{n}幢", f"{n}座" if n < 10 else f"{n}栋"))


def _room(rng, suffix_p=0.5):
    fl = rng.randint(1, 33)
    r = f"{fl}{rng.randint(1, 6):02d}"
    return r + ("室" if rng.random() < suffix_p else "")


def _unit(rng):
    return f"{rng.randint(1, 4)}单元" if rng.random() < 0.65 else ""


def _roadno(rng, c):
    return _pick(rng, c[3]) + f"{rng.randint(1, 999)}号"


def a_full_prov(rng):
    c = _pick(rng, CITIES)
    return "", f"{c[0]}{c[1]}{_pick(rng, c[2])}{_roadno(rng, c)}{_pick(rng, ESTATES)}{_bld(rng)}{_unit(rng)}{_room(rng, 0.6)}", ""


def a_city_full(rng):
    c = _pick(rng, CITIES)
    mid = _roadno(rng, c) if rng.random() < 0.6 else ""
    return "", f"{c[1]}{_pick(rng, c[2])}{mid}{_pick(rng, ESTATES)}{_bld(rng)}{_unit(rng)}{_room(rng)}", ""


def a_district(rng):
    c = _pick(rng, CITIES)
    return "", f"{_pick(rng, c[2])}{_pick(rng, ESTATES)}{_bld(rng)}{_unit(rng)}{_room(rng, 0.4)}", ""


def a_estate(rng):
    return "", f"{_pick(rng, ESTATES)}{_bld(rng)}{_unit(rng) if rng.random() < 0.5 else ''}{_room(rng, 0.3)}", ""


def a_estate_dash(rng):
    return "", f"{_pick(rng, ESTATES)}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{_room(rng, 0)}", ""


def a_road_no(rng):
    c = _pick(rng, CITIES)
    pre = _pick(rng, ("", "", c[1], _pick(rng, c[2])))
    return "", f"{pre}{_roadno(rng, c)}", ""


def a_sh_lane(rng):
    d = _pick(rng, SH_DISTRICTS) if rng.random() < 0.5 else ""
    return "", f"{d}{_pick(rng, SH_ROADS)}{rng.randint(10, 2000)}弄{rng.randint(1, 80)}号{_room(rng, 0.7)}", ""


_CN_NUM = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def a_rural(rng):
    p, city, county, towns = _pick(rng, RURAL)
    start = _pick(rng, (p + city + county, city + county, county, county))
    grp = _pick(rng, (f"{_pick(rng, _CN_NUM)}组", f"{rng.randint(1, 12)}组"))
    return "", f"{start}{_pick(rng, towns)}{_pick(rng, VILLAGES)}{grp}{rng.randint(1, 99)}号", ""


def a_office(rng):
    c = _pick(rng, CITIES)
    head = _pick(rng, (f"{c[1]}{_pick(rng, c[2])}", _pick(rng, c[2]), ""))
    tail = _pick(rng, (f"{_pick(rng, 'ABCD')}座{_room(rng, 0.6)}", f"{rng.randint(2, 40)}层",
                       f"{rng.randint(1, 9)}号楼{rng.randint(2, 30)}层", f"{_pick(rng, 'ABC')}栋{_room(rng, 0.5)}"))
    return "", f"{head}{_roadno(rng, c)}{_pick(rng, TOWERS)}{tail}", ""


def a_spaced(rng):
    c = _pick(rng, CITIES)
    u = _unit(rng)
    return "", f"{c[1]} {_pick(rng, c[2])} {_pick(rng, ESTATES)} {_bld(rng)}{u} {_room(rng)}", ""


# (name, weight, func, voice): voice True = also in voice-input rows, "V" = only there
FMT = {
    "mobile": (("plain", 62, m_plain, True), ("space_344", 14, m_space, False), ("dash_344", 5, m_dash, False),
               ("plus86", 5, m_plus86, False), ("voice_words", 1, m_words, "V"),
               ("fullwidth", 2, m_fullwidth, False)),
    "landline": (("dash_area", 55, l_dash, True), ("plain_area", 12, l_plain, True), ("paren_area", 7, l_paren, False),
                 ("space_area", 6, l_space, False), ("dash_ext", 12, l_ext, False), ("local_only", 8, l_local, True)),
    "email": (("plain", 45, e_plain, False), ("qq_digits", 35, e_qq, False), ("corp_domain", 10, e_corp, False),
              ("fullwidth_at", 4, e_fullat, False), ("caps_user", 6, e_caps, False)),
    "id_card": (("plain", 88, i_plain, True), ("x_lower", 5, i_xlower, False), ("space_6_8_4", 7, i_space, False)),
    "bank_card": (("plain", 58, b_plain, True), ("space_4", 38, b_space, False), ("dash_4", 4, b_dash, False)),
    "qq": (("plain", 80, q_plain, True), ("short_5_8", 17, q_short, True), ("fullwidth", 3, q_fullwidth, False)),
    "wechat": (("pinyin_digits", 35, w_pinyin, False), ("wxid", 12, w_wxid, False),
               ("underscore", 18, w_underscore, False), ("dash_mmdd", 8, w_dash, False),
               ("mixed_case", 15, w_mixed, False), ("english_word", 12, w_english, False)),
    "plate": (("plain", 58, p_plain, True), ("dot_middle", 12, p_dot, False), ("space", 9, p_space, False),
              ("new_energy", 17, p_newenergy, True), ("lowercase", 4, p_lower, False)),
    "address": (("full_prov", 10, a_full_prov, True), ("city_district_estate", 20, a_city_full, True),
                ("district_estate", 20, a_district, True), ("estate_room", 18, a_estate, True),
                ("estate_dash_room", 9, a_estate_dash, False), ("road_number", 8, a_road_no, True),
                ("sh_lane", 5, a_sh_lane, True), ("rural_village", 7, a_rural, True),
                ("office_tower", 6, a_office, True), ("spaced_parts", 5, a_spaced, False)),
}


# ----------------------------------------------------------------------------
# near-miss generators (each returns the value string)
# ----------------------------------------------------------------------------
def _bad_luhn(rng, n, prefix=""):
    while True:
        s = prefix + "".join(_pick(rng, "0123456789") for _ in range(n - len(prefix)))
        if s[0] != "0" and not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def _date(rng):
    return f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def n_order(rng):
    r = rng.random()
    if r < 0.35:
        return _pick(rng, ("JZ", "HS", "BJ", "DD", "BX", "AZ")) + _date(rng) + _digits(rng, rng.choice((4, 5, 6)), "0123456789")
    if r < 0.75:
        return _bad_luhn(rng, rng.choice((16, 18, 19)), _pick(rng, ("1", "2", "3", "5", "7")))
    return _digits(rng, rng.choice((12, 13, 14)))


def n_workorder(rng):
    r = rng.random()
    if r < 0.5:
        return "GD" + _date(rng) + _digits(rng, 4, "0123456789")
    if r < 0.8:
        return _pick(rng, ("W", "SR", "AZ")) + _digits(rng, 10)
    return _digits(rng, 10)


def n_tracking(rng):
    return _pick(rng, (
        "SF" + _digits(rng, 13), "YT" + _digits(rng, 13), "JDV" + _digits(rng, 12),
        "7" + _digits(rng, 13, "0123456789"), "4" + _digits(rng, 14, "0123456789"), "DPK" + _digits(rng, 12)))


def n_hotline(rng):
    return _pick(rng, (
        f"400-{_digits(rng, 3, '0123456789')}-{_digits(rng, 4, '0123456789')}",
        f"400{_digits(rng, 7, '0123456789')}", f"4008-{_digits(rng, 3)}-{_digits(rng, 3)}",
        f"800-{_digits(rng, 3)}-{_digits(rng, 4)}", f"400 {_digits(rng, 3)} {_digits(rng, 4)}",
        _pick(rng, ("95588", "95533", "95555", "95566", "95511", "95338", "95599", "95519")),
        _pick(rng, ("12315", "12345", "10086", "96333"))))


def _price(rng, vals):
    v = _pick(rng, vals)
    return _pick(rng, (f"{v}元", f"{v}元", f"{v}块", f"¥{v}", f"{v}", f"{v}.00", f"{v}块钱", f"￥{v}.00"))


def n_price_s(rng):
    return _price(rng, (30, 35, 40, 45, 50, 60, 68, 80, 88, 99, 100, 120, 128, 150, 180, 198, 200, 260, 299))


def n_price_m(rng):
    return _price(rng, (120, 150, 180, 198, 200, 260, 268, 299, 300, 350, 380, 399, 450, 500, 580, 680, 800, 960))


def n_price_l(rng):
    return _price(rng, (1200, 1500, 1800, 2400, 2800, 3500, 4200, 5500, 6800, 7500, 8800, 9800, 12800, 16800))


def n_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    h = rng.randint(8, 19)
    return _pick(rng, (f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"2024-{m:02d}-{d:02d}", f"{m}月{d}号下午{h - 12 if h > 12 else h}点",
                       f"周{_pick(rng, '一二三四五六日')}上午{rng.randint(8, 11)}点", f"{h}:00-{h + 2}:00",
                       f"{h}:{_pick(rng, ('00', '30'))}", f"明天{h}点半", f"2024/{m}/{d}"))


def n_verify(rng):
    return _digits(rng, rng.choice((4, 6, 6)), "0123456789")


def n_gate(rng):
    c = _digits(rng, rng.choice((4, 4, 6)), "0123456789")
    return _pick(rng, (c, c, f"#{c}#", f"{c}#", f"*{c}#"))


def n_masked_phone(rng):
    m = _mobile_raw(rng)
    return _pick(rng, (f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]}xxxx{m[7:]}", f"{m[:3]}*****{m[8:]}"))


def n_masked_card(rng):
    t = _digits(rng, 4, "0123456789")
    return _pick(rng, (f"{_pick(rng, BINS)[0][:4]} **** **** {t}", f"{_pick(rng, BINS)[0]}******{t}", f"**** {t}"))


def n_masked_id(rng):
    a = _pick(rng, ID_AREAS)
    return _pick(rng, (f"{a}********{_digits(rng, 4, '0123456789')}", f"{a[:3]}***********{_digits(rng, 3, '0123456789')}X",
                       f"{a[:4]}**********{_digits(rng, 4, '0123456789')}"))


def n_tail(rng):
    return _digits(rng, 4, "0123456789")


def n_badcard(rng):
    b, n = _pick(rng, BINS)
    s = _bad_luhn(rng, n, b)
    return _pick(rng, (s, s, " ".join(s[i:i + 4] for i in range(0, len(s), 4))))


def n_badid(rng):
    while True:
        s = _id_raw(rng)
        bad = s[:17] + _pick(rng, [c for c in "0123456789X" if c != s[17]])
        if not _luhn_ok(bad):
            return bad


def n_invoice(rng):
    return _pick(rng, (_digits(rng, 8, "0123456789"), "24" + _digits(rng, 18, "0123456789"),
                       _digits(rng, 8, "0123456789")))


def n_invoice_code(rng):
    return "0" + _digits(rng, 11, "3456") if rng.random() < 0.5 else "1" + _digits(rng, 11, "1234")


def n_credit(rng):
    a = _pick(rng, ID_AREAS)
    tail = "".join(_pick(rng, "0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    return f"91{a}MA{tail[:7]}{_pick(rng, '0123456789ABCDEFGHJK')}"


def n_model(rng):
    return _pick(rng, MODELS)


def n_serial(rng):
    return _pick(rng, ("SN", "", "")) + "".join(_pick(rng, "0123456789ABCDEFGHJKLMNPRSTWXYZ") for _ in range(rng.choice((12, 14, 16))))


def n_layout(rng):
    return _pick(rng, (f"{rng.randint(1, 4)}室{rng.randint(1, 2)}厅", "两室一厅", "三室两厅", "一室一厅",
                       f"{rng.randint(2, 4)}室{rng.randint(1, 2)}厅{rng.randint(1, 2)}卫", "四室两厅两卫"))


def n_area(rng):
    v = rng.randint(35, 180)
    return _pick(rng, (f"{v}平", f"{v}平米", f"{v}㎡", f"{v}个平方", f"{v}平方"))


def n_floor(rng):
    f = rng.randint(2, 33)
    return _pick(rng, (f"{f}楼", f"{f}楼", f"{f}层", f"{_pick(rng, _CN_NUM[1:8])}楼"))


def n_place(rng):
    c = _pick(rng, CITIES)
    return _pick(rng, (c[1], _pick(rng, c[2]), _pick(rng, ESTATES), _pick(rng, TOWERS),
                       _pick(rng, ("万达广场", "火车站", "人民医院", "高铁站", "大润发", "永辉超市", "步行街")),
                       c[1][:-1] + _pick(rng, c[2])))


def n_parking(rng):
    return _pick(rng, (f"B{rng.randint(1, 3)}-{rng.randint(1, 400):03d}", f"B{rng.randint(1, 2)}{rng.randint(1, 300):03d}",
                       f"{_pick(rng, 'ABCDE')}{rng.randint(1, 200)}", f"负{_pick(rng, '一二')}层{rng.randint(1, 300)}"))


def n_pickup(rng):
    return _pick(rng, (f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{_digits(rng, 4)}", _digits(rng, 6, "0123456789"),
                       f"{rng.randint(10, 99)}-{rng.randint(1, 9)}-{_digits(rng, 4)}"))


def n_coupon(rng):
    return _pick(rng, ("JZ", "NEW", "VIP", "BJ", "HOME")) + "".join(_pick(rng, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")
                                                                  for _ in range(rng.choice((4, 6, 8))))


def n_amount_upper(rng):
    return _pick(rng, ("伍佰元整", "贰佰元整", "壹仟贰佰元整", "叁仟伍佰元整", "捌佰捌拾元整", "陆仟捌佰元整", "玖拾玖元整"))


def n_wifi(rng):
    return _pick(rng, ("88888888", "12345678", _pick(rng, _PY) + _digits(rng, 4, "0123456789"),
                       _pick(rng, _EN) + "@" + str(rng.randint(2015, 2024)), _digits(rng, 8, "0123456789")))


def n_employee(rng):
    return _pick(rng, (_digits(rng, 5), _pick(rng, ("BJ", "SZ", "HZ", "JZ")) + _digits(rng, 4, "0123456789"),
                       f"{rng.randint(1, 999):03d}"))


def n_error(rng):
    return _pick(rng, ("E1", "E4", "F0", "F3", "E5", "H1", "E6", "P4", "C8", "EC", "FL", "E01", "U5"))


def n_branch(rng):
    return _pick(rng, BANK_BRANCHES)


def n_postal(rng):
    return _pick(rng, ("518057", "310012", "200120", "610041", "430074", "266071", "450003", "100101", "210008",
                       "466200", "274400", "637600"))


def n_url(rng):
    return _pick(rng, ("https://m.jzfw.com.cn/o/", "jz.cn/p/", "https://h5.banjia365.cn/s/")) + \
        "".join(_pick(rng, "abcdefghkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6))


def n_keybox(rng):
    return _digits(rng, rng.choice((3, 4)), "0123456789")


def n_invalid_mobile(rng):
    return _pick(rng, ("10", "11", "12")) + _digits(rng, 9, "0123456789")


NEAR = {
    "order_no": n_order, "work_order": n_workorder, "tracking_no": n_tracking, "hotline": n_hotline,
    "price_s": n_price_s, "price_m": n_price_m, "price_l": n_price_l, "date_time": n_date, "verify_code": n_verify, "gate_code": n_gate, "masked_phone": n_masked_phone, "masked_card": n_masked_card, "masked_id": n_masked_id,
    "tail_digits": n_tail, "bad_card": n_badcard, "bad_id": n_badid, "invoice_no": n_invoice,
    "invoice_code": n_invoice_code, "credit_code": n_credit, "model_no": n_model, "serial_no": n_serial,
    "layout": n_layout, "area_size": n_area, "floor_only": n_floor, "place_only": n_place, "parking": n_parking,
    "pickup_code": n_pickup, "coupon_code": n_coupon, "amount_upper": n_amount_upper, "wifi_pwd": n_wifi,
    "employee_no": n_employee, "error_code": n_error, "bank_branch": n_branch, "postal_code": n_postal,
    "url": n_url, "keybox_code": n_keybox, "invalid_mobile": n_invalid_mobile,
}

# ----------------------------------------------------------------------------
# templates: {kind} = entity slot, <near_kind> = near-miss slot.
# "V:" prefix = voice-input message (no punctuation, only voice_ok formats).
# ----------------------------------------------------------------------------
PII_TEMPLATES = (
    # --- cleaning / 保洁
    "您好，预约明天上午的日常保洁，地址{address}，电话{mobile}",
    "地址：{address}\n联系人电话：{mobile}\n上门时间：<date_time>",
    "阿姨到了打我电话{mobile}，门口没人的话就敲对门",
    "保洁订单<order_no>，客户地址{address}，客户手机{mobile}，请阿姨提前十分钟到",
    "{address} <layout>开荒保洁 联系{mobile}",
    "我家在{address}，电梯到顶楼再走一层楼梯",
    "麻烦改一下地址，之前填错了😅 正确的是{address}",
    "{mobile} 这是我老公电话，我上班不在家，他在",
    "深度保洁<area_size>，{address}，周末能排吗",
    "阿姨您好，我是<date_time>约的擦玻璃，地址是{address}，到了打{mobile}",
    "小区门禁密码<gate_code>，进来后找{address}，有问题打{mobile}",
    "家里没人，钥匙放在门口鞋柜里，{address}，打扫完拍照发我，电话{mobile}",
    "[玫瑰]阿姨下周还是老时间，地址不变{address}",
    "你好 我想问一下 {address}这边能做油烟机清洗吗 我电话{mobile}",
    "月度保洁套餐已续费<price_m>，服务地址{address}",
    # --- moving / 搬家
    "搬家：从{address}搬到{address}，<floor_only>没电梯，有钢琴",
    "起点{address}\n终点{address}\n联系电话{mobile}",
    "车牌{plate}，搬家车到小区门口了保安不让进，麻烦跟物业说下",
    "访客车辆登记：{plate}，预计<date_time>到",
    "师傅开的是{plate}的白色厢货，到了会打你电话",
    "我们的车是{plate}，停在地库<parking>旁边",
    "搬家师傅电话{mobile}，车牌{plate}，大概<date_time>到楼下",
    "报个车牌 {plate} 到了跟门岗说是来搬家的",
    "物业说货车要提前报车牌和司机电话：{plate}，{mobile}",
    "新家地址{address}，旧家那边今天清空",
    "搬家定金<price_s>已付，剩下的到了再结，收货人电话{mobile}",
    "{plate} 这个车是你们的吧？堵在我们单元门口半小时了",
    "小型面包车{plate}，跟车师傅{mobile}",
    "你好，明天搬家车是{plate}吗？我要提前给小区报备",
    "家具先拉到{address}，剩下的箱子放{address}",
    "访客车牌：{plate}\n访问房号：{address}\n来访事由：搬家",
    # --- appliance install / repair
    "空调移机，旧地址{address}，新地址{address}，联系{mobile}",
    "热水器不出热水，型号<model_no>，地址{address}，手机{mobile}",
    "洗衣机报<error_code>，师傅啥时候能来？我电话{mobile}",
    "安装地址：{address}\n电话：{mobile}\n备用电话：{landline}",
    "冰箱已到货，麻烦预约安装：{address}，{mobile}",
    "师傅您好，我是刚才报修油烟机的，{address}，<floor_only>，电话{mobile}",
    "工单<work_order>，用户电话{mobile}，地址{address}，故障：不制冷",
    "您好，维修师傅工号<employee_no>，我的电话{mobile}，有问题随时联系",
    "空调安装好了，保修卡上的电话写的{landline}，是你们的吗",
    "用户联系方式：{mobile}、{landline}（家里座机）",
    "燃气灶点不着火，老人在家，地址{address}，座机{landline}",
    "电视挂墙，{address}，<date_time>以后都在家",
    "净水器换滤芯 {address} {mobile}",
    # --- pest control
    "家里有<pest>，想做一次灭杀，地址{address}，电话{mobile}",
    "白蚁检测预约，{address}，木地板那种，电话{mobile}",
    "灭鼠那个单，餐厅地址{address}，店里电话{landline}",
    "除四害合同：甲方联系电话{landline}，邮箱{email}",
    # --- locksmith / 开锁
    "开锁需要登记身份证，我的是{id_card}，地址{address}",
    "师傅，被锁门外了，{address}，快点来，电话{mobile}",
    "换锁芯，{address}，身份证号{id_card}，房产证有",
    "开锁登记：身份证{id_card}，手机{mobile}，住址{address}",
    "老人忘带钥匙了，在{address}门口等，她电话{mobile}",
    "派出所备案要开锁人信息 身份证{id_card}",
    # --- plumbing
    "下水道堵了，厨房的，{address}，电话{mobile}，越快越好",
    "马桶漏水漏到楼下了😭 {address} 赶紧派人 {mobile}",
    "楼下邻居说天花板渗水，我家是{address}，物业电话{landline}",
    "水管爆了！！{address}！！{mobile}",
    # --- nannies / elderly care
    "家政员身份证号{id_card}，体检报告明天补",
    "育儿嫂资料：身份证{id_card}，电话{mobile}，籍贯四川",
    "签合同需要雇主身份证号，我的是{id_card}",
    "老人身份证{id_card} 办护理评估要用",
    "阿姨工资打到她的卡上，卡号{bank_card}，她自己的卡",
    "月嫂合同：雇主身份证{id_card}，服务地址{address}，预产期<date_time>",
    "住家保姆，老人<age>，地址{address}，联系人（女儿）{mobile}",
    "护工的身份证和银行卡：\n{id_card}\n{bank_card}",
    "养老院入住登记，老人身份证号码{id_card}，紧急联系人{mobile}",
    "阿姨的健康证编号<serial_no>，身份证{id_card}",
    "您好，我是家政公司的，阿姨信息：{id_card}，{mobile}，从业六年",
    "工资卡号：{bank_card}\n开户行：<bank_branch>\n身份证：{id_card}",
    "老人家里地址{address}，座机{landline}，白天保姆接",
    "育婴师证书<serial_no>，身份证{id_card}，手机{mobile}",
    # --- pet sitting
    "上门喂猫，{address}，猫粮在柜子里，钥匙盒密码<keybox_code>，电话{mobile}",
    "遛狗服务，{address}，狗狗叫豆豆，有事微信{wechat}",
    "宠物寄养接送：{address}，电话{mobile}，微信同号",
    "喂猫的小姐姐微信{wechat}，每天拍视频给我",
    # --- payments / deposits / refunds
    "押金退到这张卡吧 {bank_card} 储蓄卡",
    "收款账户：{bank_card}\n开户行：<bank_branch>",
    "退款账户{bank_card}，户名跟我身份证一致",
    "{bank_card} 定金退这里就行",
    "师傅的卡号 {bank_card} 尾款<price_m>转这里",
    "对公转账太慢，直接转我个人卡{bank_card}吧",
    "卡号发错了，是这个{bank_card}，上面那个作废",
    "退押金需要提供：银行卡号{bank_card}、身份证号{id_card}",
    # --- invoices / email
    "开票信息发你：抬头个人，邮箱{email}",
    "发票开好了麻烦发到{email} 谢谢",
    "电子发票已发送至您的邮箱{email}，请注意查收",
    "公司保洁的发票，税号<credit_code>，邮箱{email}",
    "发票邮箱{email}，备注一下订单号<order_no>",
    "合同扫描件发我邮箱吧{email}",
    "邮箱：{email}\n电话：{mobile}",
    "报价单发{email}，抄送{email}",
    "{email} 这个是我女儿的邮箱，她帮我看合同",
    "我邮箱{email}收不到，换个{email}试试",
    # --- wechat / qq
    "加我微信{wechat}，把房间照片发你看看",
    "微信号 {wechat} 搜不到就加手机号{mobile}",
    "vx：{wechat}",
    "V {wechat} 备注保洁",
    "这是我们店长的微信{wechat}，您加一下发定位",
    "师傅加您了，微信名叫“家电维修”，号是{wechat}",
    "QQ{qq}，照片在QQ上发你吧，微信传图压缩了",
    "我没微信，有事发我qq {qq}",
    "扣扣{qq} 视频发这上面",
    "我们公司群是QQ群，管理员q：{qq}",
    "老年人不会用微信 就用QQ{qq} 我儿子弄的",
    "企鹅号{qq}，邮箱就是{email}",
    "qq:{qq}\n微信:{wechat}\n电话:{mobile}",
    "微信{wechat}或者QQ{qq}都行",
    "阿姨不会用微信，家里小孩帮她弄了个QQ：{qq}",
    "猫咪的照片传QQ吧 {qq} 原图清楚点",
    "合同文件太大微信发不了，我加你QQ，我的是{qq}",
    "QQ号{qq} 加的时候备注搬家",
    "{qq} 这是我QQ，上面留言我都能看到",
    "我qq{qq}，微信没怎么用",
    "加个微信吧 {wechat}，发位置方便",
    "我微信号{wechat}，手机号{mobile}，都能找到我",
    # --- landlines / shops
    "家里座机{landline}，手机经常不在身边",
    "店里电话{landline}，营业时间早九晚六",
    "公司前台{landline}，到了让前台开门禁",
    "我们是{address}的开锁店，电话{landline}，24小时",
    "有问题打我们办公室{landline}，找调度",
    "{landline} 这个是物业的，停水通知他们发的",
    "社区养老服务站电话：{landline}",
    "座机{landline}，手机{mobile}，都可以",
    # --- complaints
    "投诉！上次那个师傅把我家地板划了，{address}，电话{mobile}，今天必须给答复",
    "你们的保洁阿姨拿走了我的钥匙没还，我地址{address}，电话{mobile}",
    "服务态度太差了，我要退款，订单<order_no>，退到{bank_card}",
    "说好<date_time>来结果没人，打{mobile}也没人接，什么情况",
    "搬家把我柜子磕坏了，车牌{plate}，我拍了照",
    # --- misc / multi-line / forms
    "【上门信息】\n姓名：先生\n电话：{mobile}\n地址：{address}\n服务：<service>",
    "收件人：女士 {mobile} {address}",
    "联系人 {mobile}\n{address}",
    "{address}\n{mobile}",
    "{mobile}\n{address}\n<date_time>到",
    "顾客信息：手机{mobile}，身份证{id_card}，微信{wechat}",
    "报名家政培训：身份证{id_card}，电话{mobile}，邮箱{email}",
    "师傅电话给你 {mobile} 直接联系他",
    "@客服 我换号了，新号码{mobile}，旧号别打了",
    "联系电话改成{mobile}，原来那个{mobile}停机了",
    "打不通就打我妈电话{mobile}",
    "他说手机没电了，先打这个{mobile}",
    "电话{mobile}，短信别发，打电话就行",
    "帮我登记一下：{mobile}",
    "{mobile}",
    "寄合同：{address}，邮编<postal_code>，电话{mobile}",
    "地止：{address} 电活{mobile}",
    "手几号{mobile} 师傅到了打这个",
    "薇信{wechat}，加的时候说是修空调的",
    "明天8点前到，物业登记车牌{plate}，司机电话{mobile}\n大门密码<gate_code>",
    "好的，电话{mobile}👌",
    "地址发错了 是{address}",
    "到{address}楼下了，下来接一下",
    "你好，{address}的保洁是今天吗",
    "我在{address}等师傅",
    "快递柜取件码<pickup_code>，麻烦阿姨顺路取一下，送到{address}",
    "定位发不了，我文字发你吧 {address}",
    "V:你好我想约一个保洁我家地址是{address}电话是{mobile}",
    "V:师傅你到了就打我电话{mobile}我下楼接你",
    "V:我那个空调坏了不制冷了你们派个人来看一下地址{address}",
    "V:喂你好我妈家里水管漏了地址是{address}我的电话{mobile}你们快点来",
    "V:搬家的车牌是{plate}你跟门卫说一声",
    "V:我的手机号码是{mobile}有事打这个",
    "V:我是刚才打电话那个老太太我的号码是{mobile}你们师傅下午来吧",
    "V:开锁的师傅我在{address}门口你快点来我电话是{mobile}",
)

NEAR_TEMPLATES = (
    "订单号<order_no>，师傅说今天来不了，怎么回事",
    "客服电话<hotline>一直打不通",
    "门禁密码<gate_code>，进去右手边第二栋",
    "单元门密码<gate_code> 电梯要刷卡，我下来接你",
    "大门密码是<gate_code>，别告诉别人哈",
    "钥匙在门口地垫下面，密码锁是<gate_code>",
    "钥匙盒密码<keybox_code>，用完打乱一下",
    "报价<price_m>，包含材料费吗",
    "您的验证码是<verify_code>，师傅上门核销时请出示",
    "验证码<verify_code>给师傅了",
    "空调型号<model_no>，外机在阳台",
    "热水器型号<model_no>，用了<age_years>了，显示<error_code>",
    "洗衣机一直报<error_code>是什么意思",
    "<layout>，<area_size>，开荒保洁多少钱",
    "房子<area_size>，<layout>，明天能做吗",
    "我家<floor_only>，没电梯，搬家要加钱吗",
    "住<floor_only>，东西不多，一个小面包够了",
    "<place_only>这边有师傅吗",
    "我在<place_only>，多久能到",
    "你们<place_only>能服务吗？",
    "快递单号<tracking_no>，配件寄出了，到了师傅上门装",
    "配件已发顺丰<tracking_no>",
    "物流单号：<tracking_no>",
    "工单号<work_order>，已派单",
    "工单<work_order>已完结，请对师傅服务做个评价",
    "已收到定金<price_s>，尾款<price_l>完工后付",
    "定金<amount_upper>已收，收据稍后拍给您",
    "发票号码<invoice_no>，金额<price_m>",
    "发票代码<invoice_code>\n发票号码<invoice_no>",
    "公司抬头：某某物业管理有限公司，税号<credit_code>",
    "统一社会信用代码<credit_code>",
    "您尾号<tail_digits>的手机已预约成功，服务时间<date_time>",
    "尾号<tail_digits>的卡收到退款了吗",
    "预留手机<masked_phone>，是你本人吗",
    "系统显示联系人电话<masked_phone>，对不上",
    "退款已原路退回至卡<masked_card>",
    "我查了下登记的身份证<masked_id>，是对的",
    "这个卡号<bad_card>转不过去，提示卡号错误",
    "卡号<bad_card>不对吧，少一位还是多一位",
    "身份证号<bad_id>系统提示校验不通过，阿姨再核对下",
    "<bad_id> 这个号码登记不上，是不是抄错了",
    "车停<parking>，从地库上来",
    "车位<parking>是我的，师傅可以停那",
    "快递柜取件码<pickup_code>",
    "取件码<pickup_code>，在小区东门丰巢",
    "用优惠码<coupon_code>可以减50",
    "新人券<coupon_code>用不了",
    "WiFi密码<wifi_pwd>，装好了连一下试试",
    "家里wifi密码是<wifi_pwd>",
    "师傅工号<employee_no>，有问题可投诉",
    "我是<employee_no>号技师，今天由我为您服务",
    "开户行：<bank_branch>",
    "对公账户开户行<bank_branch>，账号看合同",
    "邮编<postal_code>",
    "下单链接<url>，点进去选时间",
    "评价链接：<url>",
    "<date_time>上门可以吗",
    "改到<date_time>吧，今天加班",
    "阿姨<date_time>到，<date_time>走",
    "约的是<date_time>，现在还没人来",
    "<price_s>一次还是<price_l>一个月？",
    "清洗油烟机<price_s>，空调<price_s>一台",
    "开锁<price_s>，换锁芯另算",
    "疏通下水道上门费<price_s>",
    "灭蟑螂<price_m>，保三个月",
    "遛狗一次<price_s>，喂猫<price_s>",
    "月嫂26天<price_l>，育儿嫂一个月<price_l>",
    "这个号<invalid_mobile>打过去是空号",
    "订单<order_no>申请退款，原因：师傅迟到",
    "投诉单号<work_order>，请在<date_time>前处理",
    "<hotline> 是你们总部电话吗",
    "全国服务热线<hotline>",
    "有问题也可以拨打<hotline>",
    "工行客服<hotline>说退款三到五个工作日",
    "SN码<serial_no>，在机身背面",
    "机身编码<serial_no>，保修到明年",
    "订单<order_no>\n服务：<service>\n金额：<price_m>\n时间：<date_time>",
    "[捂脸]订单<order_no>重复下了，取消一个",
    "<area_size>的房子，搬家大概多少钱",
    "<layout>的擦玻璃多少钱？<floor_only>",
    "收到，<date_time>见",
    "锁型号<model_no>，能开吗",
    "冰箱<model_no>不制冷，<error_code>",
    "物业电话是<hotline>吗？",
    "开发票金额<price_m>，含税",
    "大门<gate_code>，单元门<gate_code>",
    "门锁临时密码<verify_code>，两小时内有效",
    "保安说要报房号，我说了<floor_only>他还是不让进[捂脸]",
    "师傅到<place_only>了，找不到入口",
    "你们<date_time>那单能不能提前，<date_time>行不行",
    "搬家费<price_l>，含拆装空调吗",
    "空调加氟<price_s>，清洗<price_s>",
    "退款<price_m>已原路退回，预计<date_time>到账",
    "订单<order_no>已完成，实付<price_m>，优惠券抵扣<price_s>",
    "物流显示<tracking_no>已签收，但我没收到配件",
    "保修卡编号<serial_no>，购买日期<date_time>",
    "油烟机<model_no>，装在<floor_only>，有没有问题",
    "门口快递柜<pickup_code>是猫粮，帮我取一下",
    "车牌号不用登记了，小区现在扫码进",
    "我家密码锁<gate_code>，阿姨进门后换成临时密码",
    "物业说访客密码是<verify_code>，当天有效",
    "发票已开，发票号码<invoice_no>，税号<credit_code>",
    "您的预约已确认：<date_time>，服务内容：<service>，费用<price_m>",
    "工单<work_order>改派给<employee_no>号师傅",
    "投诉热线<hotline>，不满意可以打",
    "您好，您<date_time>预约的<service>已改约至<date_time>",
    "卡号<masked_card>，户名对的，还是转不进去",
    "要不要押金？押金<price_m>还是<price_l>？",
)

PLAIN_LINES = (
    "好的", "好的收到", "收到", "嗯嗯", "谢谢师傅", "辛苦了", "👌", "好的谢谢", "师傅大概几点到？", "在路上了",
    "还有十分钟到", "堵车了，晚一点", "阿姨明天还来吗", "可以的", "没问题", "麻烦您了", "不好意思久等了",
    "我下楼接你", "到了吗", "门没锁，直接进", "狗狗比较凶，进门前我先关起来", "家里有老人，动静小点",
    "师傅进门需要穿鞋套哈", "打扫完把垃圾带下去可以吗", "厨房重点弄一下，油烟太重了", "玻璃外面也擦吗",
    "阳台的纱窗能拆下来洗吗", "需要自带工具吗", "清洁剂你们带还是用我家的", "沙发能洗吗，布艺的",
    "床垫除螨做吗", "窗帘要拆下来吗", "今天能加急吗", "周末有师傅吗", "下午可以吗", "上午有事，改下午吧",
    "好的，那就这么定了", "师傅人很好，下次还约他", "给你们好评了", "服务不错", "阿姨很细心", "[强][强]",
    "[抱拳]", "[微笑]", "[捂脸]这也太贵了", "能便宜点吗", "价格能再商量吗", "怎么收费的", "按小时还是按面积算",
    "有没有套餐", "老客户有优惠吗", "先不用了，谢谢", "我再考虑一下", "好吧", "行", "ok", "OK的",
    "搬家需要打包吗", "箱子你们提供吗", "钢琴能搬吗", "大件家具要拆吗", "冰箱要提前断电吗", "鱼缸怎么搬",
    "楼道比较窄，大衣柜可能要拆", "电梯要提前跟物业预约", "物业要求押金，你们有经验吗", "几个人来搬",
    "车能开到楼下", "车开不进来，要走一段", "空调不制冷了", "洗衣机不排水", "热水器打不着火", "油烟机声音特别大",
    "冰箱冷藏室结冰", "马桶一直在流水", "厨房水槽堵了", "卫生间地漏反味", "水龙头关不紧，一直滴",
    "门锁坏了，钥匙插不进去", "指纹锁没电了，打不开", "防盗门反锁了", "家里发现蟑螂，小强太多了",
    "好像有老鼠，晚上有声音", "木门下面有白蚁的痕迹", "药对小孩宠物有影响吗", "做完多久能进屋",
    "要不要把食物收起来", "阿姨会做饭吗", "阿姨会带孩子吗，宝宝八个月", "老人需要喂饭，能做吗",
    "阿姨是住家还是白班", "能先试工几天吗", "阿姨有健康证吗", "有没有做过月嫂的经验", "阿姨哪里人",
    "能换个阿姨吗", "这个阿姨不太合适", "阿姨今天请假了，明天来", "猫比较怕生，不用抱它", "狗粮一天喂两次",
    "记得换猫砂", "给狗狗拍个视频发我", "猫咪今天吃饭了吗", "师傅工具带齐了吗", "需要换配件吗", "配件多少钱",
    "保修期内免费吗", "过保了要收费吗", "上门费怎么算", "修不好收钱吗", "能开发票吗", "发票怎么开",
    "定金能退吗", "取消订单扣钱吗", "怎么申请退款", "钱已经转了", "已付款，请查收", "收到款了，谢谢",
    "我要投诉", "你们怎么回事，说好的时间没人来", "等了一上午了", "师傅态度不好", "地板被划了，谁负责",
    "东西碰坏了怎么赔", "我要找你们经理", "处理结果什么时候给", "算了，这次就这样吧", "希望下次注意",
    "已经帮您反馈给站长了", "非常抱歉给您带来不便", "我们马上核实", "稍等，我问一下师傅", "正在给您安排",
    "已为您改约", "已派单，师傅会提前联系您", "请问还有什么可以帮您", "感谢您的耐心等待", "您的反馈我们已记录",
    "这边帮您加急处理", "师傅已经出发了", "今天单子满了，明天可以吗", "抱歉，这个区域暂时不服务",
    "麻烦发一下定位", "拍个照片看看", "视频里看得清楚吗", "这个要换整个阀芯", "主板坏了，要返厂",
    "可能是压缩机的问题", "缺氟了，需要加氟", "管道有点老化了", "建议换个新的", "我下午再过来一趟",
    "材料我去买一下", "做完了，您验收一下", "已经弄好了，您试试", "垃圾我带走了", "钥匙放回原处了",
    "门给您关好了", "下次记得提前说", "周六见", "明天见", "晚安", "新年快乐🎉", "中秋快乐", "天冷注意保暖",
    "今天下雨，师傅路上慢点", "辛苦了，喝口水", "没事没事", "不客气", "应该的", "那我等你消息", "好嘞",
    "知道了", "嗯", "哦哦", "好滴", "okk", "收到收到", "我看看", "等下回你", "在开会，晚点说",
    "我老伴在家，你们直接去", "我不会弄这个手机，让我儿子跟你说", "字太小看不清，你打电话说吧",
    "你们是正规公司吧", "有营业执照吗", "阿姨签了合同吗", "有保险吗", "合同发我看看",
)
PLAIN_PRE = ("", "", "", "", "", "师傅，", "阿姨，", "你好，", "您好，", "嗯嗯，", "亲，", "@客服 ", "那个，", "对了，")
PLAIN_POST = ("", "", "", "", "", "", "🙏", "😊", "[微笑]", "～", "哈", "。", "！", "[抱拳]", "啊")
PII_PRE = ("", "", "", "", "", "", "", "您好，", "你好 ", "在吗？", "师傅，", "亲，", "@客服 ", "嗯，")
PII_POST = ("", "", "", "", "", "", "", "，谢谢", " 谢谢", "🙏", "[抱拳]", "。", "，麻烦了", " 辛苦")

INLINE = {
    "pest": PEST,
    "service": ("日常保洁", "开荒保洁", "空调清洗", "油烟机清洗", "搬家", "开锁", "管道疏通", "灭蟑", "上门喂猫", "家电维修"),
    "age": ("八十二岁", "七十多", "89岁", "半失能", "卧床"),
    "age_years": ("五年", "七八年", "三年多", "十年"),
}

NEAR_LABEL = {"price_s": "price", "price_m": "price", "price_l": "price",
              "masked_phone": "masked", "masked_card": "masked", "masked_id": "masked"}
NEAR_KINDS = tuple(sorted({NEAR_LABEL.get(k, k) for k in NEAR}))

_SLOT = re.compile(r"(\{[a-z_]+\}|<[a-z_]+>)")


def _render(rng, tpl, force=None):
    voice = tpl.startswith("V:")
    if voice:
        tpl = tpl[2:]
    text = ""
    ents, fmts, nears = [], [], []
    forced_done = False
    for part in _SLOT.split(tpl):
        if not part:
            continue
        if part[0] == "{":
            kind = part[1:-1]
            table = [f for f in FMT[kind] if (f[3] if voice else f[3] != "V")]
            if force and force[0] == kind and not forced_done:
                f = next(x for x in FMT[kind] if x[0] == force[1])
                forced_done = True
            else:
                f = rng.choices(table, weights=[x[1] for x in table])[0]
            pre, val, post = f[2](rng)
            text += pre
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(f[0])
            text += val + post
        elif part[0] == "<":
            name = part[1:-1]
            if name in INLINE:
                text += _pick(rng, INLINE[name])
                continue
            val = NEAR[name](rng)
            nears.append((NEAR_LABEL.get(name, name), len(text), len(text) + len(val)))
            text += val
        else:
            text += part
    if voice:
        text = text.replace("，", "").replace("。", "")
    return text, ents, fmts, nears


def _shift(spans, k):
    return [(a, s + k, e + k) for a, s, e in spans]


def _kinds_in(tpl):
    return [m[1:-1] for m in _SLOT.findall(tpl) if m[0] == "{"]


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []

    def add(tid, text, ents, fmts, nears):
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    def pii_row(ti, force=None):
        tpl = PII_TEMPLATES[ti]
        text, ents, fmts, nears = _render(rng, tpl, force)
        if not tpl.startswith("V:") and rng.random() < 0.35:
            pre, post = _pick(rng, PII_PRE), _pick(rng, PII_POST)
            if text.startswith(("您好", "你好", "在吗", "@客服", "师傅", "亲")):
                pre = ""
            if text.endswith(("。", "！", "？", "\n")) or text.endswith(tuple("👌😭")):
                post = ""
            ents, nears = _shift(ents, len(pre)), _shift(nears, len(pre))
            text = pre + text + post
        add(f"P{ti}", text, ents, fmts, nears)

    # forced formats: each format into FORCE_PER_FMT different templates
    for kind in KINDS:
        for f in FMT[kind]:
            cands = [i for i, t in enumerate(PII_TEMPLATES) if kind in _kinds_in(t)
                     and (f[3] if t.startswith("V:") else f[3] != "V")]
            for ti in rng.sample(cands, FORCE_PER_FMT):
                pii_row(ti, (kind, f[0]))
    for _ in range(N_PII_RANDOM):
        pii_row(rng.randrange(len(PII_TEMPLATES)))
    for _ in range(N_NEAR):
        ti = rng.randrange(len(NEAR_TEMPLATES))
        text, ents, fmts, nears = _render(rng, NEAR_TEMPLATES[ti])
        add(f"N{ti}", text, ents, fmts, nears)
    n_plain = (len(rows) + 1) // 2 + 60
    for _ in range(n_plain):
        li = rng.randrange(len(PLAIN_LINES))
        line = PLAIN_LINES[li]
        if len(line) > 3 and rng.random() < 0.4:
            line = _pick(rng, PLAIN_PRE) + line
            if not line.endswith(("？", "吗", "了", "！", "]")):
                line += _pick(rng, PLAIN_POST)
        add(f"L{li}", line, [], [], [])
    order = list(range(len(rows)))
    rng.shuffle(order)
    if meta is not None:
        m2 = [meta[i] for i in order]
        meta[:] = m2
    return pd.DataFrame([rows[i] for i in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind21_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------
_PLATE_RE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][ ·]?[A-Za-z0-9]{5,6}$")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|座|单元|室|层|组|\d)$")
_ADDR_UNITS = ("省", "市", "区", "县", "镇", "村", "路", "街", "弄", "道") + ESTATES + TOWERS


def _valid(kind, v):
    n = _norm(v)
    if kind == "mobile":
        return re.fullmatch(r"1[3-9]\d{9}", n) is not None and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        if n.startswith("0"):
            return any(n.startswith(a) and len(n) == len(a) + k for a, k in AREA_CODES)
        return re.fullmatch(r"[2-8]\d{6,7}", n) is not None
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_AREAS
    if kind == "bank_card":
        return n.isdigit() and len(n) in (16, 19) and _luhn_ok(n) and any(n.startswith(b) for b, _ in BINS)
    if kind == "qq":
        return re.fullmatch(r"[1-9]\d{4,10}", n) is not None
    if kind == "email":
        return re.fullmatch(r"[A-Za-z0-9._]+[@＠][a-z0-9.-]+\.[a-z]{2,3}(\.cn)?", v) is not None
    if kind == "wechat":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v) is not None
    if kind == "plate":
        return _PLATE_RE.match(v) is not None
    if kind == "address":
        return _ADDR_END.search(v) is not None and any(v.startswith(p) or v[:12].find(p) >= 0 for p in _ADDR_UNITS)
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid(k, v), (k, v, text)
            # no digit / letter glued to a digit value on either side
            if k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert not (s > 0 and text[s - 1].isdigit() and text[max(0, s - 3):s] not in ("+86", "086")), (k, text)
                assert not (e < len(text) and text[e].isdigit()), (k, text)
        for k, s, e in ns:
            assert k in NEAR_KINDS
            assert 0 <= s < e <= len(text)
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
    assert df.equals(make_blind21_corpus())  # deterministic
    assert df.equals(make_blind21_corpus())
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
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f[0]}" for k in KINDS for f in FMT[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

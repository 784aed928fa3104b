"""Tenth blind PII corpus (``split == "blind10"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十位写手")
under the rules in ``bench/pii_blind_rules.md``.  What it read: the rules file; the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``); lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only); a few
lines of ``../shared/datasets/`` (phrasing only, no data copied).  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, other tests or other writers' corpora, nor git history; it never
imported ``toolkit`` and never ran any masking function on this corpus.

What is different here: PASTED, FORWARDED AND GROUP TEXT.  Messages are what
lands in a WeCom archive besides typed 1:1 chat: order confirmations copied
from Taobao / JD / Pinduoduo / Meituan / Ele.me / Didi / 12306 / Ctrip,
courier SMS with pickup codes, bank SMS, hospital registration, government
service forms, insurance policies, rental contracts, invoice headers,
CV / resume text, business-card text, merged chat records forwarded as one
message (several speakers with timestamps), group chats with @mentions and
several customers' data in one thread, agent templates (请提供：姓名、电话、
地址…) and the customer's filled-in reply, key:value lists, tables with
``|`` or tabs, bilingual forms.  Values are written as those sources print
them: ``label:value`` / ``label：value`` / ``【label】value``, line breaks,
Taobao's spaced region (``浙江省 杭州市 西湖区 …``), masked values next to
full ones.  People appear only as honorifics / masked names / nicknames
(陈女士, 王**, 客服小雅); names are never labelled.

Near-misses are dense, as in such text: order / waybill / ticket / policy /
contract / invoice / booking numbers, pickup and verification codes,
amounts, dates and timestamps, masked values (138****5678, 6222 **** ****
1234, 110***********1234, 尾号1234), 400 / 800 / 95xxx / 100xx hotlines,
social credit codes, postal codes, seats / rooms / gates, train and flight
numbers, SKU / model numbers, URLs, @mentions, transaction serials, places
on their own (stations, a city, a shop).

Seed
----
``SEED = "blind10-2026-wecom-第十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn, every 18-character one
whose first 17 characters are digits fails the ID check, and no near-miss is
an 11-digit 1[3-9] number.  Each value format is first forced
``FORCE_PER_FMT`` (4) times into distinct randomly drawn templates holding its
kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, the ``·`` of a plate, the
  parentheses round an area code) are inside; an address runs from its first
  place unit (province / city / district / county / town / village / road /
  street / estate) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 /
  室 / 层 / a bare room number such as ``1502`` or ``3-2-1502``); the Taobao
  spaced region is inside the span.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind10"``

Counts (``python tests/privacy/pii_blind10.py``)
------------------------------------------------
rows=1630 pii_rows=930 near_rows=700 entities=2233
(mobile 733, address 508, id_card 206, email 183, landline 166, plate 158, bank_card 112, wechat 84, qq 83);
near-miss spans=2884 (1941 in near-miss rows) kinds=27
(date_time 740, amount 441, order_no 243, place_only 170, tracking_no 118, hotline 106, seat_no 95, masked 95, at_mention 89, train_flight 85, verify_code 72, tail_digits 67, credit_code 54, policy_no 53, pickup_code 49, hotel_room 45, serial_no 42, ticket_no 40, contract_no 40, booking_no 38, postal_code 38, url 37, sku_model 37, invoice_no 33, reg_no 26, staff_no 24, extension 7);
formats=40 distinct, each used >= 4 times in >= 3 templates (131 PII templates, 77 near-miss-only
templates).  Formats: mobile plain / space_344 / dash_344 / plus86_prefix / fullwidth;
landline area_dash / area_paren / area_space / area_plain / dash_ext; email qq_numeric /
pinyin_digits / dotted_name / corp_domain; qq digits / short_digits; wechat letters_digits /
underscore / dash / wxid / mixed_case; id_card plain18 / x_upper / x_lower / space_6_8_4;
bank_card plain16 / plain19 / space4_16 / space4_19; plate standard / dot / space / nev /
nev_dot; address prov_full / city_start / district_start / taobao_spaced / rural_village /
estate_start.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind10-2026-wecom-第十位写手"
SPLIT = "blind10"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 930
N_NEAR_ROWS = 700

# --------------------------------------------------------------------------- checks
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·()（）]", "", s)


# --------------------------------------------------------------------------- value pools
_MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
               "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
               "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
_AREA = (("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
         ("028", 8), ("029", 8), ("0571", 8), ("0755", 8), ("0512", 8), ("0531", 8), ("0532", 8),
         ("0591", 8), ("0592", 7), ("0731", 8), ("0791", 8), ("0851", 8), ("0871", 8), ("0898", 8),
         ("0311", 8), ("0351", 7), ("0431", 8), ("0451", 8), ("0551", 7), ("0769", 8), ("0757", 8),
         ("0574", 8), ("0577", 8), ("0371", 8), ("0516", 8), ("0635", 7), ("0917", 7))
_ID_AREA = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304",
            "330106", "330108", "320102", "320583", "510107", "510104", "420106", "420111", "610113",
            "370202", "370102", "500103", "500112", "120104", "210102", "430104", "430111", "350203",
            "350102", "410105", "130102", "340104", "360102", "450103", "530102", "520102", "220102",
            "230103", "140105", "150102", "620102", "640104", "650102", "460105", "441900", "330782",
            "321102", "371302", "411302", "421002", "513701", "522401", "130603")
_BIN16 = ("621483", "622588", "622609", "625802", "622155", "438088", "524047", "622576", "356833",
          "622155", "628290", "622909")
_BIN19 = ("622202", "622848", "621700", "622700", "621226", "622262", "623058", "621661", "622203",
          "623668", "621799", "955880", "955998", "621559")
_EMAIL_DOM = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "outlook.com", "gmail.com",
              "139.com", "yeah.net", "aliyun.com", "hotmail.com", "sohu.com")
_CORP_DOM = ("hzxinda.com.cn", "sz-hengtai.com", "jinyuanlaw.cn", "bjzhongke.net", "sh-meijia.com",
             "cdhuarun.com", "whtianyu.cn", "njjinling-edu.cn", "qdhaier-fw.com", "fzminjiang.com")
_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
           "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "han",
           "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "jiang", "cai")
_GIVEN = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
          "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "hui", "yu", "xin", "hao", "ting",
          "yuxuan", "zihan", "haoran", "mengqi", "siyu", "jiahui", "xiaoyu", "wenjing", "kai")
_EN = ("tina", "amy", "kevin", "jack", "lucy", "coco", "vivian", "leo", "sunny", "grace", "eric",
       "cindy", "jason", "lily", "momo", "echo", "alan", "joyce", "shirley", "tom")
_PLATE_PROV = ("京", "沪", "津", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "苏", "浙", "赣",
               "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "川", "琼")
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "", city, districts)
_CITIES = (
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "西城区", "通州区", "昌平区")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区", "宝山区", "杨浦区")),
    ("", "天津市", ("南开区", "河西区", "滨海新区")),
    ("", "重庆市", ("渝北区", "九龙坡区", "江北区", "南岸区")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区")),
    ("广东省", "东莞市", ("南城街道", "长安镇", "松山湖")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "滨江区", "萧山区")),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "秦淮区", "建邺区")),
    ("江苏省", "苏州市", ("工业园区", "姑苏区", "吴中区", "相城区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "高新区", "双流区", "成华区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区", "东西湖区")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区")),
    ("山东省", "济南市", ("历下区", "槐荫区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区")),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区")),
    ("辽宁省", "沈阳市", ("和平区", "浑南区", "铁西区")),
    ("云南省", "昆明市", ("五华区", "盘龙区")),
    ("河北省", "石家庄市", ("长安区", "裕华区")),
    ("江西省", "南昌市", ("红谷滩区", "青山湖区")),
)
_ROADS = ("中山路", "人民路", "解放路", "建设路", "文三路", "科技园南路", "长江路", "和平街", "解放大道",
          "天府大道", "滨江大道", "学院路", "金桥路", "望京街", "光谷大道", "新华街", "东风路", "青年路",
          "幸福路", "工业大道", "育才路", "南京东路", "黄河路", "花园街", "体育西路", "高新南七道")
_STREETS = ("西溪街道", "五里墩街道", "粤海街道", "望京街道", "石牌街道", "城厢街道", "新街口街道")
_ESTATES = ("阳光花园", "翠苑一区", "金地格林小镇", "万科城", "碧桂园", "保利香槟国际", "恒大名都",
            "龙湖春江郦城", "绿地新都会", "华润城", "世纪家园", "紫荆花园", "融创玖樟台", "锦绣江南",
            "东方明珠苑", "幸福里小区", "桃源小区", "新城花苑", "中海国际社区", "滨江花园")
_BUILDINGS = ("大厦", "中心", "广场", "科技园", "创业园", "写字楼")
_COUNTIES = (("河南省", "周口市", "郸城县", "宁平镇", "李楼村"), ("山东省", "菏泽市", "曹县", "青堌集镇", "王庄村"),
             ("湖南省", "邵阳市", "隆回县", "桃洪镇", "石门村"), ("四川省", "南充市", "仪陇县", "新政镇", "柳树村"),
             ("安徽省", "阜阳市", "临泉县", "杨桥镇", "陈寨村"), ("江西省", "赣州市", "于都县", "贡江镇", "罗坑村"),
             ("广西壮族自治区", "玉林市", "博白县", "龙潭镇", "新塘村"), ("河北省", "邢台市", "宁晋县", "凤凰镇", "东汪村"))

_CUST = ("陈女士", "王先生", "刘姐", "张总", "李老师", "赵阿姨", "周先生", "孙女士", "黄哥", "吴小姐",
         "郑女士", "何先生", "林姐", "马总", "许女士", "杨先生", "罗阿姨", "梁小姐")
_AGENT = ("客服小雅", "售后-阿杰", "客服007号", "小美(客服)", "店长-老周", "顾问Amy", "客服-晴天", "售后小林",
          "前台小王", "物业-管家小刘", "客服经理Tina")
_NICK = ("一楼芳芳妈", "Lucky", "阳光总在风雨后", "🌸花开富贵", "装修-刘工", "A-宝妈团长", "Echo",
         "🍀平安是福", "老周", "静待花开", "小太阳☀️", "风一样的男子", "团长-小麦", "Vivian")
_SURN = ("陈", "王", "刘", "张", "李", "赵", "周", "孙", "黄", "吴", "郑", "何", "林", "马", "许", "杨", "罗")
_ITEMS = ("空气炸锅 4.5L", "儿童羽绒服 130码", "小米手环8", "九阳豆浆机", "纸尿裤L码×2包", "iPad保护壳",
          "猫粮10kg", "洗地机", "床垫1.8m", "电动牙刷", "奶粉3段", "加湿器", "蓝牙耳机", "办公椅")
_SHOPS = ("XX旗舰店", "优品生活馆", "京东自营", "母婴之家", "官方直营店", "小李水果铺", "蜜雪冰城(万达店)",
          "老乡鸡(科技园店)", "瑞幸咖啡(金桥店)")
_BANKS = ("工商银行", "建设银行", "农业银行", "招商银行", "中国银行", "交通银行", "平安银行", "浦发银行")
_HOSP = ("市第一人民医院", "省妇幼保健院", "中医院", "儿童医院", "口腔医院", "协和医院")
_DEPT = ("消化内科", "儿科", "皮肤科", "口腔科", "骨科", "妇科", "眼科")
_COMPANY = ("杭州新达科技有限公司", "深圳恒泰贸易有限公司", "成都华润物业服务有限公司", "上海美佳家居有限公司",
            "武汉天宇教育咨询有限公司", "南京金陵装饰工程有限公司")
_STATIONS = ("北京南", "上海虹桥", "杭州东", "南京南", "广州南", "深圳北", "成都东", "武汉", "西安北",
             "郑州东", "长沙南", "重庆北", "厦门北", "合肥南")
_AIRPORTS = ("首都T3", "浦东T2", "虹桥T2", "白云T2", "宝安T3", "双流T2", "天府T1", "萧山T3", "江北T3")
_PLACES = ("杭州", "深圳南山", "北京朝阳", "上海浦东", "成都", "广州天河", "苏州园区", "武汉光谷", "西安",
           "义乌", "东莞", "金华")

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _digits(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# --------------------------------------------------------------------------- PII formats
# each returns (prefix_outside, value, suffix_outside)
def _mob(r):
    return r.choice(_MOB_PREFIX) + _digits(r, 8)


def _m_plain(r):
    return "", _mob(r), ""


def _m_space(r):
    m = _mob(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash(r):
    m = _mob(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_plus86(r):
    m = _mob(r)
    pre = r.choice(("+86 ", "+86", "+86-", "0086 ", "(+86)"))
    return pre, m, ""


def _m_fullwidth(r):
    return "", _mob(r).translate(_FW), ""


def _land(r):
    code, n = r.choice(_AREA)
    while True:
        num = _digits(r, n, "2345678")
        if not num.startswith(("400", "800")):
            return code, num


def _l_dash(r):
    c, n = _land(r)
    return "", f"{c}-{n}", ""


def _l_paren(r):
    c, n = _land(r)
    return "", r.choice((f"({c}){n}", f"（{c}）{n}", f"({c}) {n}")), ""


def _l_space(r):
    c, n = _land(r)
    return "", f"{c} {n}", ""


def _l_plain(r):
    c, n = _land(r)
    return "", f"{c}{n}", ""


def _l_ext(r):
    c, n = _land(r)
    ext = _digits(r, r.choice((3, 3, 4)), "12345678")
    return "", f"{c}-{n}", r.choice((f"转{ext}", f"-{ext}", f" 转 {ext}", f"分机{ext}", f"（分机{ext}）"))


def _e_qqnum(r):
    return "", _digits(r, r.choice((8, 9, 9, 10)), "123456789") + "@qq.com", ""


def _e_name(r):
    u = r.choice(_PINYIN) + r.choice(_GIVEN) + r.choice(("", "88", "520", "1990", "0923", "_sh", "666", "2008"))
    return "", u + "@" + r.choice(_EMAIL_DOM[:2] + _EMAIL_DOM[3:]), ""


def _e_dotted(r):
    a = r.choice(_GIVEN + _EN)
    b = r.choice(_PINYIN)
    u = r.choice((f"{a}.{b}", f"{b}.{a}", f"{a}_{b}", f"{b}_{a}{r.randint(1, 99)}"))
    return "", u + "@" + r.choice(("outlook.com", "gmail.com", "163.com", "foxmail.com", "hotmail.com")), ""


def _e_corp(r):
    u = r.choice((r.choice(_PINYIN) + r.choice(_GIVEN), r.choice(_EN), r.choice(_PINYIN)[0] + r.choice(_GIVEN)))
    return "", u + "@" + r.choice(_CORP_DOM), ""


def _q_digits(r):
    return "", _digits(r, r.choice((8, 9, 9, 10, 10)), "123456789"), ""


def _q_short(r):
    return "", _digits(r, r.choice((6, 7)), "123456789"), ""


def _w_alnum(r):
    while True:
        v = r.choice(_EN + _PINYIN) + r.choice(("0923", "1988", "520", "666", "2024", "99", "1314", "007"))
        if len(v) >= 6:
            return "", v, ""


def _w_underscore(r):
    return "", r.choice(_PINYIN) + "_" + r.choice(_GIVEN + _EN) + r.choice(("", "88", "_01", "2019", "1992")), ""


def _w_dash(r):
    return "", r.choice(_PINYIN)[:2] + r.choice(_GIVEN)[:1] + "-" + _digits(r, 4, "123456789"), ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""


def _w_mixed(r):
    return "", r.choice(_EN).capitalize() + r.choice(_PINYIN).capitalize() + r.choice(("_", "")) + _digits(r, 4), ""


def _idnum(r, want_x=None):
    while True:
        y = r.randint(1958, 2005)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(_ID_AREA)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def _i_plain(r):
    return "", _idnum(r, False), ""


def _i_xupper(r):
    return "", _idnum(r, True), ""


def _i_xlower(r):
    return "", _idnum(r, True).lower(), ""


def _i_space(r):
    v = _idnum(r)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


def _card(r, n):
    b = r.choice(_BIN16 if n == 16 else _BIN19)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def _b_plain16(r):
    return "", _card(r, 16), ""


def _b_plain19(r):
    return "", _card(r, 19), ""


def _b_space16(r):
    c = _card(r, 16)
    return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def _b_space19(r):
    c = _card(r, 19)
    return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""


def _plate_body(r):
    chars = [r.choice("0123456789") for _ in range(5)]
    for _ in range(r.choice((0, 1, 1, 2))):
        chars[r.randint(0, 4)] = r.choice(_PLATE_L)
    return "".join(chars)


def _p_std(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:12]) + _plate_body(r), ""


def _p_dot(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:12]) + "·" + _plate_body(r), ""


def _p_space(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:12]) + " " + _plate_body(r), ""


def _nev(r):
    return r.choice(("D", "F", "D")) + _digits(r, 5)


def _p_nev(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:12]) + _nev(r), ""


def _p_nev_dot(r):
    return "", r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:12]) + "·" + _nev(r), ""


def _house(r, style=None):
    style = style or r.choice(("estate", "estate", "building", "plain"))
    road = r.choice(_ROADS) + f"{r.randint(1, 999)}号"
    if style == "estate":
        b = r.choice((f"{r.randint(1, 32)}栋", f"{r.randint(1, 28)}号楼", f"{r.randint(1, 20)}幢"))
        u = r.choice((f"{r.randint(1, 6)}单元", ""))
        room = f"{r.randint(2, 33)}{r.randint(1, 6):02d}"
        room = r.choice((room + "室", room, room + "室", room + "房"))
        if room.endswith("房"):
            room = room[:-1] + "室"
        return road + r.choice(_ESTATES) + b + u + room
    if style == "building":
        return road + r.choice(("金融", "国际", "智慧", "环球", "时代", "天安")) + r.choice(_BUILDINGS) + \
            r.choice(("A座", "B座", "1号楼", "2栋")) + f"{r.randint(3, 35)}{r.randint(1, 20):02d}" + r.choice(("室", ""))
    return road + r.choice(("", f"{r.randint(1, 9)}号楼", f"{r.randint(1, 9)}栋")) + f"{r.randint(1, 6)}0{r.randint(1, 4)}室"


def _a_prov_full(r):
    p, c, ds = r.choice(_CITIES)
    return "", p + c + r.choice(ds) + r.choice(("", "", r.choice(_STREETS))) + _house(r), ""


def _a_city(r):
    p, c, ds = r.choice(_CITIES)
    return "", c + r.choice(ds) + _house(r), ""


def _a_district(r):
    p, c, ds = r.choice(_CITIES)
    d = r.choice(ds)
    tail = r.choice((_house(r), r.choice(_ESTATES) + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(3, 32)}0{r.randint(1, 4)}"))
    return "", d + tail, ""


def _a_spaced(r):
    p, c, ds = r.choice(_CITIES)
    head = (f"{p} " if p else "") + (f"{c} " if p else f"{c} {c} ") + f"{r.choice(ds)} "
    return "", head + r.choice((r.choice(_STREETS) + " ", "")) + _house(r), ""


def _a_rural(r):
    p, c, x, z, v = r.choice(_COUNTIES)
    tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 99)}号", f"{r.randint(1, 150)}号", f"{r.choice(('东', '西', '南', '北'))}街{r.randint(1, 60)}号"))
    return "", r.choice((p + c, c, "")) + x + z + v + tail, ""


def _a_estate(r):
    e = r.choice(_ESTATES)
    tail = r.choice((f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(3, 32)}0{r.randint(1, 4)}",
                     f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(3, 32)}0{r.randint(1, 4)}",
                     f"{r.randint(1, 30)}号楼{r.randint(3, 32)}0{r.randint(1, 4)}室"))
    return "", e + tail, ""


_FMT_TABLES = (
    ("mobile", (("plain", 8, _m_plain), ("space_344", 2, _m_space), ("dash_344", 2, _m_dash),
                ("plus86_prefix", 1, _m_plus86), ("fullwidth", 0.4, _m_fullwidth))),
    ("landline", (("area_dash", 5, _l_dash), ("area_paren", 2, _l_paren), ("area_space", 1, _l_space),
                  ("area_plain", 1, _l_plain), ("dash_ext", 2, _l_ext))),
    ("email", (("qq_numeric", 3, _e_qqnum), ("pinyin_digits", 3, _e_name), ("dotted_name", 2, _e_dotted),
               ("corp_domain", 2, _e_corp))),
    ("qq", (("digits", 6, _q_digits), ("short_digits", 1, _q_short))),
    ("wechat", (("letters_digits", 3, _w_alnum), ("underscore", 3, _w_underscore), ("dash", 1, _w_dash),
                ("wxid", 1, _w_wxid), ("mixed_case", 1, _w_mixed))),
    ("id_card", (("plain18", 8, _i_plain), ("x_upper", 2, _i_xupper), ("x_lower", 0.5, _i_xlower),
                 ("space_6_8_4", 1, _i_space))),
    ("bank_card", (("plain16", 2, _b_plain16), ("plain19", 4, _b_plain19), ("space4_16", 1, _b_space16),
                   ("space4_19", 2, _b_space19))),
    ("plate", (("standard", 5, _p_std), ("dot", 2, _p_dot), ("space", 1, _p_space), ("nev", 2, _p_nev),
               ("nev_dot", 1, _p_nev_dot))),
    ("address", (("prov_full", 4, _a_prov_full), ("city_start", 3, _a_city), ("district_start", 2, _a_district),
                 ("taobao_spaced", 2, _a_spaced), ("rural_village", 1, _a_rural), ("estate_start", 1, _a_estate))),
)
_FMT = {k: tab for k, tab in _FMT_TABLES}


# --------------------------------------------------------------------------- near-miss generators
def _nodanger(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if 16 <= len(d) <= 19 and _luhn_ok(d):
        return False
    n = _norm(s).upper()
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    if re.fullmatch(r"1[3-9]\d{9}", d):
        return False
    return True


def _safe(fn):
    def g(r):
        while True:
            v = fn(r)
            if _nodanger(v):
                return v
    return g


_NEAR_GEN = {
    "tb_order": ("order_no", _safe(lambda r: _digits(r, r.choice((18, 19, 19)), "1234"))),
    "jd_order": ("order_no", _safe(lambda r: _digits(r, r.choice((12, 12, 13)), "23"))),
    "pdd_order": ("order_no", _safe(lambda r: f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 15)}")),
    "mt_order": ("order_no", _safe(lambda r: _digits(r, 19, "4568"))),
    "order_no": ("order_no", _safe(lambda r: r.choice(("DD", "SO", "NO.", "")) + _digits(r, r.choice((14, 16, 20)), "2"))),
    "tracking_no": ("tracking_no", _safe(lambda r: r.choice((
        "SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "2345"), "JDVA" + _digits(r, 11, "2"),
        _digits(r, 12, "7"), "43" + _digits(r, 13), "JT" + _digits(r, 13, "3"), "75" + _digits(r, 12)))),),
    "pickup_code": ("pickup_code", lambda r: r.choice((
        f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 6999)}", f"{r.randint(10, 38)}-{r.randint(1, 5)}-{r.randint(1000, 9999)}",
        f"{r.randint(1000, 9999)}", f"A{r.randint(1, 20)}-{r.randint(100, 999)}", f"{r.randint(100000, 999999)}"))),
    "verify_code": ("verify_code", lambda r: _digits(r, r.choice((4, 6, 6)))),
    "amount": ("amount", lambda r: r.choice((
        f"¥{r.randint(9, 899)}.{r.choice(('00', '90', '50', '80', '99'))}", f"￥{r.randint(1, 3)},{r.randint(100, 999)}.00",
        f"{r.randint(12, 899)}元", f"{r.randint(1, 299)}.{r.randint(0, 9)}元", f"¥{r.randint(5, 99)}.{r.randint(10, 99)}",
        f"{r.randint(19, 599)}.00"))),
    "fee": ("amount", lambda r: r.choice((f"{r.randint(1, 5)}元", f"¥{r.randint(1, 3)}.00", f"{r.randint(5, 50)}元",
                                           f"¥{r.randint(12, 98)}.{r.randint(1, 9)}0", f"{r.randint(18, 120)}元"))),
    "rent": ("amount", lambda r: r.choice((f"{r.randint(18, 85)}00元", f"￥{r.randint(1, 9)},{r.randint(1, 9)}00.00",
                                            f"{r.randint(2, 12)}k", f"{r.randint(2, 9)}{r.choice(('000', '500', '800'))}"))),
    "hours": ("date_time", lambda r: r.choice(("9:00-21:00", "08:30-22:00", "9:00-18:00", "10:00-22:00",
                                                "8:00-20:00", "周一至周五9:00-17:30", "7:30-19:00"))),
    "distance": ("amount", lambda r: f"{r.randint(2, 45)}.{r.randint(0, 9)}公里"),
    "poi": ("place_only", lambda r: r.choice(("万达广场", "火车东站", "机场T3", "人民医院", "国贸", "望京SOHO",
                                              "虹桥火车站", "高新园地铁站", "万象城", "大学城北门", "世纪公园"))),
    "price": ("amount", lambda r: f"{r.randint(5, 999)}.{r.choice(('00', '50', '90', '80'))}"),
    "date": ("date_time", lambda r: r.choice((
        f"2026-{r.randint(1, 6):02d}-{r.randint(1, 28):02d}", f"2026/{r.randint(1, 6)}/{r.randint(1, 28)}",
        f"2026年{r.randint(1, 6)}月{r.randint(1, 28)}日", f"{r.randint(1, 6)}月{r.randint(1, 28)}日",
        f"{r.randint(1, 6):02d}月{r.randint(1, 28):02d}日"))),
    "datetime": ("date_time", lambda r: r.choice((
        f"2026-{r.randint(1, 6):02d}-{r.randint(1, 28):02d} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        f"2026-{r.randint(1, 6):02d}-{r.randint(1, 28):02d} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}",
        f"{r.randint(1, 6):02d}-{r.randint(1, 28):02d} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}",
        f"{r.randint(1, 6)}月{r.randint(1, 28)}日{r.randint(7, 22)}:{r.randint(0, 5)}0"))),
    "time": ("date_time", lambda r: f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}"),
    "masked_mobile": ("masked", lambda r: r.choice((
        r.choice(_MOB_PREFIX) + "****" + _digits(r, 4), r.choice(_MOB_PREFIX) + "*****" + _digits(r, 3),
        r.choice(_MOB_PREFIX) + "****" + _digits(r, 4)))),
    "masked_card": ("masked", lambda r: r.choice((
        r.choice(_BIN19)[:4] + " **** **** " + _digits(r, 4), r.choice(_BIN19) + "******" + _digits(r, 4),
        "**** **** **** " + _digits(r, 4), r.choice(_BIN16)[:4] + "********" + _digits(r, 4)))),
    "masked_id": ("masked", lambda r: r.choice((
        r.choice(_ID_AREA)[:3] + "*" * 11 + _digits(r, 4), r.choice(_ID_AREA) + "********" + _digits(r, 4),
        r.choice(_ID_AREA)[:1] + "*" * 16 + r.choice("0123456789X"), r.choice(_ID_AREA)[:4] + "**********" + _digits(r, 3) + r.choice("0123456789X")))),
    "masked_addr": ("masked", lambda r: r.choice(("浙江省杭州市****", "广东省深圳市南山区***", "北京市朝阳区******", "四川省成都市武侯区****"))),
    "tail4": ("tail_digits", lambda r: _digits(r, 4)),
    "hotline": ("hotline", lambda r: r.choice((
        "95588", "95533", "95555", "95599", "95566", "95559", "95511", "95518", "10086", "10010", "10000",
        "12345", "12306", "95338", "95311", "95546", "950618", "9510211",
        f"400-{_digits(r, 3, '1235689')}-{_digits(r, 4)}", f"400{_digits(r, 7, '1235689')}",
        f"400 {_digits(r, 3, '1235689')} {_digits(r, 4)}", f"800-{_digits(r, 3, '1289')}-{_digits(r, 4)}",
        "4008-123-123", "4006-789-888", "95017", "95010", "10107888", "10105757"))),
    "credit_code": ("credit_code", lambda r: "91" + r.choice(_ID_AREA) + r.choice(("MA", "MA", "57", "07"))
                    + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")),
    "invoice_code": ("invoice_no", lambda r: f"0{r.randint(31, 50)}00{_digits(r, 7, '12')}"[:12]),
    "invoice_no": ("invoice_no", lambda r: _digits(r, 8)),
    "einvoice_no": ("invoice_no", lambda r: f"2{r.randint(4, 6)}{_digits(r, 18)}"),
    "postal_code": ("postal_code", lambda r: r.choice(("100020", "200120", "310012", "518057", "510620", "610041",
                                                       "430074", "210008", "215021", "710061", "266071", "000000",
                                                       "361000", "450000", "230031", "523808", "050011"))),
    "seat": ("seat_no", lambda r: r.choice((
        f"{r.randint(1, 16):02d}车{r.randint(1, 18):02d}{r.choice('ABCDF')}号", f"{r.randint(1, 16):02d}车{r.randint(1, 18)}{r.choice('ABCDF')}",
        f"{r.randint(1, 16)}车厢{r.randint(1, 110)}号"))),
    "fseat": ("seat_no", lambda r: f"{r.randint(20, 55)}{r.choice('ABCDEFJK')}"),
    "cseat": ("seat_no", lambda r: f"{r.randint(1, 18)}排{r.randint(1, 28)}座"),
    "daynum": ("order_no", lambda r: str(r.randint(1, 98))),
    "ext": ("extension", lambda r: _digits(r, 4, "123456789")),
    "train": ("train_flight", lambda r: r.choice("GGGDDCKZT") + str(r.randint(1, 9999 if r.random() < 0.5 else 999))),
    "flight": ("train_flight", lambda r: r.choice(("CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "9C", "HO", "FM"))
               + str(r.randint(1001, 9899))),
    "gate": ("seat_no", lambda r: r.choice((f"{r.choice('ABCDE')}{r.randint(1, 60)}", f"{r.randint(1, 28)}", f"{r.randint(1, 30)}A"))),
    "hotel_room": ("hotel_room", lambda r: f"{r.randint(2, 28)}{r.randint(1, 40):02d}"),
    "sku": ("sku_model", lambda r: r.choice((_digits(r, r.choice((11, 12, 12)), "1"), "SKU" + _digits(r, 8)))),
    "model": ("sku_model", lambda r: r.choice(("KFR-35GW/NhGd1B", "XQG100-14B1", "BCD-470WDPG", "Mate 60 Pro",
                                               "iPhone 15 Pro Max 256G", "RTX4060", "MI-NB-15", "JYL-C020E", "EC6-Pro",
                                               "WD-N12510D", "SN74HC595", "T3-2024款", "X5 Pro 12+256"))),
    "url": ("url", lambda r: r.choice((
        "https://m.tb.cn/h." + "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
        "https://u.jd.com/" + "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7)),
        "https://mobile.yangkeduo.com/goods.html?goods_id=" + _digits(r, 11, "3456789"),
        "https://kyfw.12306.cn", "https://dpurl.cn/" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(7)),
        "https://www.gov.cn/fuwu/", "t.cn/A6" + "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH") for _ in range(6))))),
    "at": ("at_mention", lambda r: "@" + r.choice(_AGENT + _NICK[:8] + ("所有人", "全体成员", "群主"))),
    "policy_no": ("policy_no", _safe(lambda r: r.choice((
        "PDAA2026" + _digits(r, 14), "AHAN" + _digits(r, 16), _digits(r, 20, "1"), "P" + _digits(r, 17, "6"),
        "60" + _digits(r, 20))))),
    "contract_no": ("contract_no", lambda r: r.choice((
        f"HT-2026-{_digits(r, 4)}", f"ZL2026{_digits(r, 7)}", f"FW-{r.choice(('BJ', 'SH', 'HZ', 'CD'))}-2026{_digits(r, 4)}",
        f"ZF{_digits(r, 10)}", f"链家租字第2026{_digits(r, 6)}号"))),
    "booking_no": ("booking_no", _safe(lambda r: r.choice((_digits(r, r.choice((10, 13, 16)), "123"), "HT" + _digits(r, 12))))),
    "ticket_no": ("ticket_no", lambda r: r.choice((
        "E" + _digits(r, 9), f"{r.choice(('781', '999', '784', '880'))}-{_digits(r, 10)}",
        f"{r.choice(('781', '999', '784'))}{_digits(r, 10)}"))),
    "serial_no": ("serial_no", _safe(lambda r: r.choice((
        _digits(r, r.choice((16, 17, 19)), "123456789"), "4200" + _digits(r, 24), f"{_digits(r, 12)}",
        "T" + _digits(r, 20))))),
    "staff_no": ("staff_no", lambda r: r.choice((_digits(r, 4, "123456789"), "KF" + _digits(r, 4), _digits(r, 5, "1234567"), "0" + _digits(r, 2)))),
    "reg_no": ("reg_no", lambda r: r.choice((f"GH2026{_digits(r, 8)}", f"{r.randint(1, 60)}", f"A{r.randint(1, 80):03d}",
                                             f"MZ{_digits(r, 10, '2')}"))),
    "station": ("place_only", lambda r: r.choice(_STATIONS)),
    "airport": ("place_only", lambda r: r.choice(_AIRPORTS)),
    "place": ("place_only", lambda r: r.choice(_PLACES)),
    "biz_lic": ("credit_code", lambda r: _safe(lambda q: "91" + _digits(q, 6, "1345") + "MA" + "".join(q.choice("0123456789ABCDEFGHJKLMN") for _ in range(8)))(r)),
    "parcel_shelf": ("pickup_code", lambda r: f"{r.choice('ABCDEFG')}{r.randint(1, 12)}-{r.randint(1, 6)}-{r.randint(100, 999)}"),
    "coupon": ("verify_code", lambda r: f"{_digits(r, 4, '123456789')} {_digits(r, 4)} {_digits(r, 4)}"),
    "kg": ("amount", lambda r: r.choice((f"{r.randint(1, 30)}.{r.randint(0, 9)}kg", f"{r.randint(1, 9)}kg", f"{r.randint(1, 20)}.{r.randint(0, 9)}公斤"))),
    "plate_masked": ("masked", lambda r: r.choice(_PLATE_PROV) + r.choice(_PLATE_L[:8]) + r.choice(("***", "**")) + _digits(r, 2)),
    "wifi": ("verify_code", lambda r: r.choice(("88888888", "12345678", "hotel" + _digits(r, 4), "Guest@" + _digits(r, 4)))),
}

_FILL = {
    "cust": _CUST, "agent": _AGENT, "nick": _NICK, "item": _ITEMS, "shop": _SHOPS, "bank": _BANKS,
    "hosp": _HOSP, "dept": _DEPT, "company": _COMPANY,
}

# --------------------------------------------------------------------------- templates
# {kind} PII value; {near_marker} near-miss; {cust}/{agent}/... plain filler; {mname} masked name;
# {ts} an increasing timestamp of a forwarded record (near-miss date_time); {?a|b|c} literal choice.
_PII_TPL = (
    # --- Taobao / Tmall / JD / PDD order pastes
    "【淘宝】订单编号：{tb_order}\n收货人：{mname}\n手机号码：{mobile}\n收货地址：{address}\n实付款：{amount}",
    "帮我看下这单 订单号{tb_order} 收货信息：{mname}，{mobile}，{address:taobao_spaced}，{postal_code}",
    "{mname}，{mobile}，{address:taobao_spaced}，000000\n就是这个地址，之前那个{?填错了|写错了|不要了}",
    "我从淘宝复制的：\n{mname}，86-{mobile:plain}，{address:taobao_spaced}，{postal_code}",
    "京东订单 {jd_order}\n商品：{item}\n收货人 {mname} {mobile}\n地址 {address}\n{?预计|预计今天}送达 {date}",
    "订单编号:{jd_order}\n下单时间:{datetime}\n收货地址:{address}\n联系电话:{mobile}\n应付总额:{amount}",
    "拼多多订单编号 {pdd_order}，商品 {item}，收件 {mname} {mobile} {address}，{?麻烦补发|帮忙催一下发货}",
    "这是我拼多多的订单：{pdd_order}\n收货信息\n{mname} {mobile}\n{address}",
    "麻烦改下地址，订单号{tb_order}，新地址：{address}，电话不变还是{mobile}",
    "订单{jd_order}的收货地址{?改成|换成}{address}，联系人电话{mobile}，{?谢谢|谢谢亲|辛苦了}",
    # --- delivery / courier SMS
    "【顺丰速运】您的快件{tracking_no}已由{?丰巢柜|驿站}代收，取件码{pickup_code}，地址{address}，如有疑问请电联快递员{mobile}",
    "【中通快递】您的包裹已到{?菜鸟驿站|兔喜生活}，请凭{pickup_code}取件，快递员电话：{mobile}\n收件地址：{address}",
    "快递员说放到{address}门口了，他电话{mobile}，单号{tracking_no}，我没看到啊",
    "{mobile}这个是快递员的号码，打了没人接，单号是{tracking_no}",
    "寄件人：{mname} {mobile}\n寄件地址：{address}\n收件人：{mname} {mobile}\n收件地址：{address}\n运单号：{tracking_no}",
    "退货寄回：{address}，收件电话 {landline}，备注订单号{tb_order}",
    "退货地址发一下 → {address}  售后组 收  电话{landline}\n记得写上订单号后四位 {tail4}",
    # --- food delivery / Didi
    "【美团外卖】订单{mt_order}\n送达地址：{address}\n顾客电话：{mobile}\n骑手电话：{mobile}",
    "饿了么订单号{mt_order}，送到{address}，{?打|拨}{mobile}，{?结果|但是}送成了别的楼",
    "滴滴行程单：{datetime} {?从|由}{poi}出发，司机王师傅，车牌{plate}，车费{amount}",
    "刚坐的滴滴，车牌号是{plate}，{?白色|黑色|银色}比亚迪，司机把我手机落车上了，订单号{booking_no}",
    "司机车牌：{plate}\n司机手机：{mobile}\n上车时间：{datetime}\n金额：{amount}",
    "网约车投诉：车牌{plate}，行程{date}，{?绕路|拒载|态度很差}，我的联系电话{mobile}",
    # --- 12306 / Ctrip / hotel
    "【铁路12306】订单{ticket_no}，{cust}您已购{date}{train}次{seat}，{station}站{time}开，检票口{gate}。乘车人身份证：{id_card}",
    "帮我朋友订票：身份证号{id_card}，手机号{mobile}，{date} {station}到{station}",
    "乘机人信息\n证件号：{id_card}\n手机：{mobile}\n航班：{flight} {date} {airport}",
    "携程订单号{booking_no}\n入住人身份证 {id_card}\n联系手机 {mobile}\n房型：大床房 1间 2晚 {amount}",
    "酒店订单{booking_no}，预订人手机{mobile}，发票抬头{company}，税号{credit_code}，发票发到邮箱{email}",
    "机票行程单邮寄到{address}，收件电话{mobile}，票号{ticket_no}",
    # --- bank SMS / bank info
    "【{bank}】您尾号{tail4}的储蓄卡{datetime}支出{amount}，余额{amount}。——这笔不是我刷的，我的完整卡号是{bank_card}",
    "退款请打到这个卡：{bank_card}\n开户行：{bank}{?杭州分行|深圳南山支行|成都高新支行}\n户名：{mname}",
    "收款账户\n户名：{company}\n账号：{bank_card}\n开户行：{bank}\n联系电话：{landline}",
    "打款信息：\n{bank} {bank_card}\n身份证 {id_card}\n手机号 {mobile}",
    "卡号{bank_card}，{bank}的，退款{amount}麻烦尽快，有问题打我电话{mobile}",
    "银行卡：{bank_card}（{bank}）\n预留手机：{mobile}",
    "我截图发不出来，手打一下：{bank} 卡号 {bank_card} 交易流水号 {serial_no} 金额 {amount}",
    # --- hospital / government
    "【{hosp}】预约成功：{date}{time}{dept}，就诊人身份证{id_card}，联系电话{mobile}，挂号序号{reg_no}",
    "挂号信息\n就诊人：{mname}\n证件号码：{id_card}\n手机号：{mobile}\n科室：{dept}\n就诊时间：{datetime}",
    "社保卡申领表\n姓名：{mname}\n公民身份号码：{id_card}\n联系电话：{mobile}\n通讯地址：{address}\n邮编：{postal_code}",
    "居住证办理 身份证号：{id_card} 居住地址：{address} 手机：{mobile} 单位电话：{landline}",
    "营业执照信息：{company}\n统一社会信用代码：{credit_code}\n住所：{address}\n联系电话：{landline}",
    "Name 姓名: {mname}\nID No. 身份证号: {id_card}\nMobile 手机: {mobile}\nEmail 邮箱: {email}\nAddress 地址: {address}",
    # --- insurance / car
    "投保信息\n保单号：{policy_no}\n被保险人证件号：{id_card}\n车牌号码：{plate}\n联系电话：{mobile}\n保费：{amount}",
    "车险到期提醒：您的爱车{plate}交强险{date}到期，保单号{policy_no}，续保请联系{mobile}",
    "理赔材料：车牌{plate}，报案号{policy_no}，出险时间{datetime}，车主电话{mobile}，收款卡{bank_card}",
    "帮我登记一下车辆：{plate}，{plate}，两台车都是{?业主|我家}的，停车卡{?续费|办月卡}",
    "停车场缴费记录：车牌{plate} 入场{datetime} 出场{datetime} 应收{fee}",
    "【ETC】您的车辆{plate}于{datetime}通行{?杭州绕城|京港澳高速|沪昆高速}，扣费{amount}",
    "违章代办：车牌 {plate}，车架号后四位{tail4}，行驶证地址{address}",
    # --- rental / property
    "租赁合同{contract_no}\n出租方：{mname} 身份证：{id_card} 电话：{mobile}\n承租方：{mname} 身份证：{id_card} 电话：{mobile}\n房屋坐落：{address}\n月租金：{rent}",
    "房屋地址：{address}\n租期：{date}至{date}\n押一付三，租金打到{bank_card}",
    "物业登记：房号{address:estate_start}，业主电话{mobile}，车位车牌{plate}",
    "报修：{address}，厨房漏水，电话{mobile}，{?下午在家|晚上七点后有人}",
    "业主信息核对\n房屋：{address:estate_start}\n业主手机：{mobile}\n紧急联系人：{mobile}\n车辆：{plate}",
    # --- invoice / company
    "开票信息\n名称：{company}\n税号：{credit_code}\n地址、电话：{address} {landline}\n开户行及账号：{bank} {bank_card}",
    "发票抬头：{company}\n纳税人识别号：{credit_code}\n收票邮箱：{email}\n收票手机：{mobile}",
    "电子发票请发到{email}，抬头个人，订单{jd_order}",
    "专票邮寄地址：{address}，财务{landline}，发票号码{invoice_no}那张作废了重开",
    # --- CV / business card
    "简历\n求职意向：{?客服主管|运营专员|会计}\n手机：{mobile}\n邮箱：{email}\n微信：{wechat}\n现居：{address}",
    "个人简历 | 电话 {mobile} | Email {email} | QQ {qq} | 期望薪资 {rent}",
    "【名片】{company}\n{?销售经理|总经理|业务主管} {mname}\nM：{mobile}\nT：{landline}\nE：{email}\nA：{address}",
    "名片信息：\n手机/微信：{mobile}\n座机：{landline}\n邮箱：{email}\n地址：{address}",
    "Tel: {landline}  Mob: {mobile}  Email: {email}\nAdd: {address}",
    "{company} 售后部\n电话：{landline}\n传真：{landline}\n邮箱：{email}",
    "联系人：{mname}\n电话：{mobile}（微信同号）\nQQ：{qq}\n邮箱：{email}",
    "wx：{wechat}  qq：{qq}  有事{?随时|白天}联系",
    # --- forwarded chat records (merged)
    "[聊天记录] {cust}和{agent}的聊天记录\n{cust} {ts}\n你好我想改地址\n{agent} {ts}\n好的，请发新地址\n{cust} {ts}\n{address}\n{cust} {ts}\n电话{mobile}",
    "{cust}的聊天记录\n————— {date} —————\n{cust} {time}\n我的微信是{wechat}，加一下\n{cust} {time}\n或者打{mobile}",
    "转发：\n{agent}：请提供身份证号和预留手机号\n{cust}：{id_card}\n{cust}：{mobile}\n{agent}：收到，正在核实",
    "[聊天记录]\n{nick} {ts}\n{?团长|群主}，我的收货地址是{address}\n{nick} {ts}\n电话{mobile}\n{nick} {ts}\n我的{address} {mobile}",
    "以下是客户和前同事的聊天记录：\n客户 {ts}：我QQ是{qq}，邮箱{email}\n前同事 {ts}：好的，稍后发您报价\n客户 {ts}：座机{landline}也可以",
    "{agent} {ts}\n您好，请提供车牌号和手机号\n{cust} {ts}\n{plate} {mobile}\n{agent} {ts}\n好的已登记",
    "转发的聊天记录（{cust}）：\n“身份证：{id_card}\n银行卡：{bank_card}\n手机：{mobile}”\n帮我{?核对一下|确认下}这几个信息对不对",
    # --- group chats
    "{at} 我那单还没到，地址{address}，电话{mobile}，订单号{tb_order}",
    "{at} 接龙\n1. {nick} {address} {mobile}\n2. {nick} {address} {mobile}\n3. {nick} {address} {mobile}",
    "#接龙 团购{item}\n1、{mobile} {address} 2份\n2、{mobile} {address} 1份",
    "{at} {?帮忙|麻烦}登记：{plate}，{mobile}，{address:estate_start}",
    "@{cust} 您的快递在我这，{address}，到了打{mobile}",
    "群公告：本周{?团购|配送}联系人电话{mobile}，售后请加微信{wechat}，自提点{address}",
    "{at} 客户信息汇总：\n客户A 手机{mobile} 微信{wechat}\n客户B 手机{mobile} QQ{qq}\n客户C 邮箱{email}",
    "收到，{at} 这位客户的身份证{id_card}已经发过来了，手机号{masked_mobile}那个不对，正确的是{mobile}",
    # --- agent templates + filled replies
    "请提供：姓名、电话、地址\n姓名：{mname}\n电话：{mobile}\n地址：{address}",
    "【信息登记】\n1.姓名：{mname}\n2.手机号：{mobile}\n3.身份证号：{id_card}\n4.收货地址：{address}",
    "客服：麻烦提供一下您的收货信息\n我：{mname} {mobile} {address}",
    "姓名：{mname}\n联系方式：{mobile}\n邮箱：{email}\n地址：{address}\n备注：{?工作日送|放门卫|不要打电话发短信就行}",
    "按格式填写：姓名+电话+地址\n{mname}+{mobile}+{address}",
    "收件人：{mname}\n电话：{mobile}\n所在地区：{address}",
    "联系人 | 电话 | 地址\n{mname} | {mobile} | {address}\n{mname} | {landline} | {address}",
    "序号\t手机号\t车牌\n1\t{mobile}\t{plate}\n2\t{mobile}\t{plate}",
    "{address}\n{mname}\n{mobile}",
    "{mobile}\n{address}\n{?谢谢|麻烦了}",
    "收件信息：{address} {mname}收 {mobile}（{?工作日|周末}也可以送）",
    "地址：{address}（{postal_code}）\n电话：{landline}\n邮箱：{email}",
    "我的身份证号：{id_card}，手机{mobile}，QQ{qq}，有问题联系我",
    "退款账号{bank_card}\n身份证{id_card}\n订单{tb_order}\n退款金额{amount}",
    "你好 我之前的号码{masked_mobile}不用了 新号{mobile}，收货地址不变 {address}",
    "{?亲|您好}，复制这段信息给您：{mname} {mobile} {address}",
    "注册邮箱：{email}\n绑定手机：{mobile}\n会员号：{staff_no}",
    "我的QQ邮箱{email}，QQ号{qq}，登录不上了，验证码{verify_code}一直收不到",
    "账号：{email} 密码忘了，手机{mobile}收不到短信",
    "微信号：{wechat}\n（备注：{?买家|装修|团购}）",
    "加我微信{wechat}发图片，这里发不了",
    "我微信{wechat}，手机{mobile}，座机{landline}，{?哪个方便打哪个|优先微信}",
    "快递单上写的：{address} {mobile} {tracking_no}",
    "车主：{mname}\n车牌号：{plate}\n手机号：{mobile}\n车险保单：{policy_no}",
    "{plate}这辆车今天{?进不去|出不去}停车场，{?帮查|麻烦看}一下，我电话{mobile}",
    "开户信息：{bank}\n卡号：{bank_card}\n身份证号：{id_card}\n住址：{address}",
    "公司座机{landline}，前台转{?我|财务}就行，或者打{mobile}",
    "门店地址：{address}\n门店电话：{landline}\n营业时间：{hours}",
    "email: {email}\nwechat: {wechat}\nQQ: {qq}",
    "乘车人\n1. {mname} 身份证 {id_card}\n2. {mname} 身份证 {id_card}\n联系人手机 {mobile}\n{date} {train} {station}-{station}",
    "【{?政务服务|一网通办}】申请人：{mname}\n【证件号码】{id_card}\n【联系电话】{mobile}\n【通讯地址】{address}\n【办件编号】{contract_no}",
    "Guest 入住人：{mname}\nPassport/ID 证件号：{id_card}\nTel 电话：{mobile}\nE-mail：{email}\nRoom 房号：{hotel_room}",
    "美团外卖 #{daynum}号单\n期望送达 {time}\n{address}\n{mname} {mobile}\n{?备注：不要香菜|备注：放门口|备注：多放点辣}",
    "简历更新了📄\n电话：{mobile}\n邮箱：{email}\n籍贯地址：{address}\n身份证：{id_card}",
    "😂我发错了 正确的是{mobile} 不是{masked_mobile}",
    "[图片]\n图片里的单号：{tracking_no}\n收件人电话：{mobile}\n地址：{address}",
    "客户资料\n----------\n手机：{mobile}\n座机：{landline}\nQQ：{qq}\n微信：{wechat}\n----------",
    "{agent}：亲，核实一下信息哦\n收件人：{mname}\n电话：{masked_mobile}\n地址：{masked_addr}\n{cust}：电话不对，是{mobile}",
    "【保险】被保人{mname}，身份证{id_card}，保单{policy_no}已生效，保费{amount}将从尾号{tail4}的卡扣款，理赔请拨{hotline}",
    "京东到家 订单{jd_order}\n送至：{address}\n电话：{mobile} 转 {ext}",
    "qq号{qq}，昵称{nick}，帮我查下{date}的{?充值|订单}记录",
    "我老公的车{plate}，我的车{plate}，都登记在{address:estate_start}名下",
    "{email}\n这是我邮箱，合同{contract_no}发这里就行",
    "收货地止：{address}  电化：{mobile}",
    "手机号码;{mobile}  身分证;{id_card}",
    "地址:{address},电话:{mobile},邮箱:{email}",
    "vx同号 {mobile}，{?急事|有事}打座机{landline}",
    "哦对了 我身份证{id_card} 银行卡{bank_card} 你们系统里帮我绑一下",
    "【闲鱼】买家地址：{address}，买家电话{mobile}，{?已发货|还没发}单号{tracking_no}",
    "开户名：{mname}\n卡号：{bank_card}\n开户行：{bank}{?西湖支行|福田支行|五一路支行}\n（{?工资卡|尾号不对的那张别打}）",
)

_NEAR_TPL = (
    "【淘宝】订单编号：{tb_order}\n商品：{item}\n实付款：{amount}\n下单时间：{datetime}",
    "订单号{tb_order}，{?什么时候|啥时候}发货啊，{date}拍的",
    "京东订单{jd_order}，商品编号{sku}，{amount}，{?怎么还没到|申请退货}",
    "拼多多订单编号：{pdd_order}\n商品：{item}\n实付：{amount}",
    "【顺丰速运】您的快件{tracking_no}已签收，签收时间{datetime}，如有疑问请致电{hotline}",
    "【菜鸟驿站】您的包裹已到站，凭{pickup_code}到{?小区北门|3号楼下|超市旁}驿站取件，{time}前有效",
    "【丰巢】您的快递已存入丰巢柜，取件码{pickup_code}，请于{date}前取出，超时收费{fee}",
    "快递单号{tracking_no}，显示{datetime}已签收，但我没收到",
    "取件码{pickup_code}，货架{parcel_shelf}，找不到",
    "【美团】您的订单{mt_order}已送达，实付{amount}，骑手工号{staff_no}",
    "饿了么订单{mt_order}少送了一份{?米饭|饮料}，{amount}的",
    "【验证码】{verify_code}，您正在登录，5分钟内有效，请勿泄露。",
    "验证码是{verify_code}吗？我收到的是{verify_code}",
    "【{bank}】您尾号{tail4}的信用卡{datetime}消费{amount}，可用额度{amount}。",
    "【{bank}】您账户{tail4}于{date}{time}收入{amount}，余额{amount}。详询{hotline}",
    "卡号显示{masked_card}，是不是{?这张|绑的这个}",
    "预留手机号{masked_mobile}，这个号码我{?已经不用了|还在用}",
    "实名信息：{masked_id}，手机{masked_mobile}",
    "【铁路12306】订单{ticket_no}，您已购{date}{train}次{seat}，{station}站{time}开，检票口{gate}。",
    "{date} {train} {station}→{station} {seat} 二等座 {amount}",
    "航班{flight} {datetime}起飞，{airport}，登机口{gate}，座位{fseat}",
    "携程订单{booking_no}，{date}入住，房间{hotel_room}，总价{amount}",
    "住在{hotel_room}房，wifi密码{wifi}，早餐{hours}",
    "滴滴行程{date} {time}，{poi}到{poi}，{distance}，{amount}，订单号{booking_no}",
    "车牌显示是{plate_masked}，不确定是不是那辆",
    "发票代码{invoice_code}，发票号码{invoice_no}，金额{amount}",
    "数电发票号码：{einvoice_no}\n开票日期：{date}\n价税合计：{amount}",
    "销售方：{company}\n统一社会信用代码：{credit_code}\n开票金额：{amount}",
    "税号{credit_code}，抬头{company}，{?麻烦开专票|普票就行}",
    "保单号{policy_no}，保费{amount}，{date}生效，客服电话{hotline}",
    "报案号{policy_no}，{datetime}出险，{?定损|理赔}进度怎么样了",
    "合同编号{contract_no}，签约日期{date}，租金{rent}/月",
    "【{hosp}】您已成功预约{date}{time}{dept}，就诊序号{reg_no}，请提前30分钟取号。",
    "挂号单号{reg_no}，{dept}，{datetime}，挂号费{fee}",
    "交易流水号{serial_no}，支付时间{datetime}，金额{amount}",
    "支付宝交易号{serial_no}\n商户订单号{order_no}",
    "微信支付 交易单号{serial_no} {amount}",
    "型号{model}，SKU{sku}，价格{price}",
    "我买的是{model}，{?保修|质保}到{date}吗",
    "链接：{url} 这个{?还有货吗|能便宜点吗}",
    "{url}\n复制这条信息打开手机淘宝",
    "{at} 订单{tb_order}的客户催了",
    "{at} 今天{time}开会，{?别迟到|收到回复}",
    "{at} {at} 帮忙看下{jd_order}这单",
    "{nick}：{?团长|群主}，{item}还有吗\n{nick}：我要2份\n{at} 统计一下",
    "[聊天记录]\n{cust} {ts}\n订单{tb_order}还没发\n{agent} {ts}\n亲已催仓库了，单号{tracking_no}",
    "{agent} {ts}\n您好，售后电话{hotline}\n{cust} {ts}\n打了没人接",
    "客服热线{hotline}，服务时间{hours}",
    "全国统一服务热线：{hotline}",
    "投诉电话{hotline}，官网{url}",
    "寄到{place}的件{?几天到|多少钱}，{kg}",
    "发货地{place}，{date}发出",
    "从{station}坐{train}到{station}，{time}到",
    "邮编{postal_code}是对的吗",
    "工号{staff_no}的客服态度不错，{?表扬一下|点个赞}",
    "券码{coupon}，{date}到期",
    "房间号{hotel_room}，入住{date}，住{?两|2|3}晚",
    "{date} {time} 会议室{hotel_room}",
    "单号 {tracking_no}\n重量 {kg}\n运费 {amount}",
    "订单编号\t商品\t金额\n{tb_order}\t{item}\t{amount}\n{tb_order}\t{item}\t{amount}",
    "电子客票号{ticket_no}，退票手续费{amount}",
    "营业执照注册号{biz_lic}，成立日期{date}",
    "收货地址：{masked_addr}，收件人{mname}，{masked_mobile}",
    "【{bank}】验证码{verify_code}，您尾号{tail4}的卡正在绑定支付，如非本人操作请致电{hotline}",
    "金额{amount}，订单号{order_no}，{datetime}",
    "Order No.: {order_no}\nDate: {date}\nTotal: {amount}",
    "Flight {flight} Gate {gate} Seat {fseat}",
    "【中国邮政】您的EMS{tracking_no}已到达{place}处理中心，查询请拨{hotline}或登录{url}",
    "{cust} {ts}\n【{bank}】您尾号{tail4}的卡{datetime}转出{amount}\n{cust} {ts}\n这是啥扣费？",
    "航班{flight}延误，新起飞时间{datetime}，改签请拨{hotline}",
    "{date}{train}次 {station}→{station}\n{seat} {amount}\n订单号{ticket_no}\n[已出票]",
    "【联通】您{date}账单{amount}，可用余额{amount}，客服{hotline}",
    "这单{tb_order}和{tb_order}能合并发货吗",
    "【12345热线】您的工单{contract_no}已办结，满意度评价请回复1-5",
    "电影票：{date} {time} 3号厅 {cseat}，取票码{verify_code}",
    "PDD退款{amount}已原路退回，退款单号{serial_no}",
    "{at} 仓库：今天{time}前的单全部发，单号发群里\n{tracking_no}\n{tracking_no}\n{tracking_no}",
)

# --------------------------------------------------------------------------- engine
_MARK = re.compile(r"\{(\?[^{}]*|[a-z_0-9]+(?::[a-z0-9_]+)?)\}")
_TAILS = ("", "", "", "", "", " 🙏", "～", "，谢谢", " [抱拳]", "！", " 谢谢亲", "。", " 👍")


def _pii_markers(tpl: str):
    """[(kind, pinned_fmt_or_None)] of the PII markers in order."""
    out = []
    for m in _MARK.finditer(tpl):
        body = m.group(1)
        if body.startswith("?"):
            continue
        k, _, f = body.partition(":")
        if k in _FMT:
            out.append((k, f or None))
    return out


def _pick_fmt(r: random.Random, kind: str) -> str:
    tab = _FMT[kind]
    return r.choices([f for f, _, _ in tab], weights=[w for _, w, _ in tab])[0]


def _render(tpl: str, r: random.Random, forced: tuple | None = None, tail: bool = False):
    text = []
    pos = 0
    ents, fmts, nms = [], [], []
    forced_done = False
    base_h, base_m = r.randint(8, 21), r.randint(0, 50)
    mon, day = r.randint(1, 6), r.randint(1, 28)
    ts_long = r.random() < 0.6
    last = 0
    sticky: dict = {}

    def put(s):
        nonlocal pos
        text.append(s)
        pos += len(s)

    for m in _MARK.finditer(tpl):
        put(tpl[last:m.start()])
        last = m.end()
        body = m.group(1)
        if body.startswith("?"):
            put(r.choice(body[1:].split("|")))
            continue
        k, _, pin = body.partition(":")
        if k in _FMT:
            if pin:
                f = pin
            elif forced and forced[0] == k and not forced_done:
                f = forced[1]
                forced_done = True
            else:
                f = _pick_fmt(r, k)
            fn = {n: g for n, _, g in _FMT[k]}[f]
            pre, val, post = fn(r)
            put(pre)
            ents.append((k, pos, pos + len(val)))
            fmts.append(f)
            put(val)
            put(post)
        elif k in _NEAR_GEN:
            nk, g = _NEAR_GEN[k]
            v = g(r)
            while not _nodanger(v):
                v = g(r)
            nms.append((nk, pos, pos + len(v)))
            put(v)
        elif k == "ts":
            base_m += r.randint(0, 3)
            h, mi = base_h + base_m // 60, base_m % 60
            v = f"2026-{mon:02d}-{day:02d} {h:02d}:{mi:02d}" if ts_long else f"{h:02d}:{mi:02d}"
            if ts_long and r.random() < 0.5:
                v += f":{r.randint(0, 59):02d}"
            nms.append(("date_time", pos, pos + len(v)))
            put(v)
        elif k == "mname":
            put(r.choice(_SURN) + r.choice(("*", "**", "**", "先生", "女士")))
        elif k in ("cust", "agent"):
            if k not in sticky:
                sticky[k] = r.choice(_FILL[k])
            put(sticky[k])
        elif k in _FILL:
            put(r.choice(_FILL[k]))
        else:
            raise KeyError(k)
    put(tpl[last:])
    if tail:
        put(r.choice(_TAILS))
    if forced:
        assert forced_done, (tpl, forced)
    return "".join(text), ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    jobs = []  # (tpl_id, is_pii, forced)
    pii_ids = list(range(len(_PII_TPL)))
    for kind, tab in _FMT_TABLES:
        cands = [i for i in pii_ids if any(k == kind and p is None for k, p in _pii_markers(_PII_TPL[i]))]
        for f, _, _ in tab:
            for i in r.sample(cands, FORCE_PER_FMT):
                jobs.append((i, True, (kind, f)))
    while len(jobs) < N_PII_ROWS:
        order = pii_ids[:]
        r.shuffle(order)
        for i in order[:N_PII_ROWS - len(jobs)]:
            jobs.append((i, True, None))
    near_jobs = []
    while len(near_jobs) < N_NEAR_ROWS:
        order = list(range(len(_NEAR_TPL)))
        r.shuffle(order)
        for i in order[:N_NEAR_ROWS - len(near_jobs)]:
            near_jobs.append((i, False, None))
    jobs += near_jobs
    r.shuffle(jobs)
    rows = []
    for i, is_pii, forced in jobs:
        tpl = _PII_TPL[i] if is_pii else _NEAR_TPL[i]
        text, ents, fmts, nms = _render(tpl, r, forced, tail=r.random() < 0.25 and not tpl.endswith("\n"))
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nms, split=SPLIT))
        if meta is not None:
            meta.append(("P" if is_pii else "N") + str(i))
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind10_corpus() -> pd.DataFrame:
    """The tenth blind corpus: one row per WeCom message (pasted / forwarded / group text)."""
    return _build()


# --------------------------------------------------------------------------- label check
_MOB_RE = re.compile(r"1[3-9]\d{9}")
_PLATE_RE = re.compile(r"[京沪津渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋蒙陕吉闽贵粤川琼][A-HJ-NP-Z][· ]?([A-HJ-NP-Z0-9]{5}|[DF]\d{5})")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
_WX_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}")
_ADDR_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "道", "园", "苑", "城", "家", "里", "台", "都", "会",
               "居", "湖", "江", "南", "际", "镇", "郦")
_ADDR_END = ("号", "栋", "幢", "号楼", "单元", "室", "层")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert isinstance(text, str) and sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if k == "mobile":
                assert _MOB_RE.fullmatch(n), v
                assert text[max(0, s - 2):s] == "86" or not (s > 0 and text[s - 1].isdigit()), text
                assert not (e < len(text) and text[e].isdigit()), text
            elif k == "landline":
                assert re.fullmatch(r"0\d{9,11}", n) and not n.startswith(("0400", "0800")), v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "plate":
                assert _PLATE_RE.fullmatch(v), v
            elif k == "email":
                assert _EMAIL_RE.fullmatch(v), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", v), v
            elif k == "wechat":
                assert _WX_RE.fullmatch(v), v
            elif k == "address":
                assert v.endswith(_ADDR_END) or re.search(r"\d$", v), v
                assert not v[0].isdigit(), v
            if k in ("mobile", "id_card", "bank_card", "qq", "landline"):
                assert text[max(0, s - 2):s] == "86" or not (s > 0 and text[s - 1].isdigit()), (k, text)
                assert not (e < len(text) and text[e].isascii() and text[e].isalnum()), (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            assert _nodanger(v), (k, v)
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
    assert df.equals(make_blind10_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

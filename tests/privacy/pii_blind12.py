"""Twelfth blind PII corpus (``split == "blind12"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十二位写手")
under the blind-writer rules handed over in its brief.  It read only: the
``PII_KINDS`` / ``PLACEHOLDERS`` lines of ``toolkit/privacy/mask.py``, lines
1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only), and a few rows of ``../shared/datasets/`` (real
public Chinese service questions, for tone only; no data copied).  It did NOT
read anything else under ``toolkit/privacy/``, ``tests/``, ``bench/``,
``docs/``, the README, other writers' corpora or git history; it never
imported ``toolkit`` and never ran any masking / finding function on this
corpus.  Value shapes, chat contexts and labels are the writer's own.

What is different here: AN ORDINARY ARCHIVE FROM ACROSS CHINA'S REGIONS AND
AGES.  A year of WeCom 1:1 chats between agents and customers in everyday
trades (e-commerce after-sales for clothes / appliances / phones, couriers,
telecom SIM and broadband, banks and credit cards, insurance claims, tutoring
and training schools, clinics / dentists / pharmacies, car 4S shops and
repairs, property management, furniture and home decoration).  Customers come
from the north-east, north-west, Sichuan / Chongqing, Hunan, Fujian, Guangxi,
Xinjiang, Inner Mongolia, Hainan, Beijing hutongs, Shanghai lanes, Tianjin
``里`` ..., from county towns and villages (``屯`` / ``组`` / ``社`` / ``队``
/ ``嘎查`` / ``旗`` / ``盟``) as well as big-city estates, work-unit
compounds (``大院`` / ``家属院`` / ``宿舍``); building numbers are written in
many ways (``3栋2单元1502`` / ``3-2-1502`` / ``B座1502`` / ``七栋二单元`` /
``3号楼2门401``).  Old and young customers: fast typing with typos, polite
full punctuation, Chinese-numeral digits, full-width digits, relatives typing
traditional characters.  Agents type values back to confirm.  Values come
after a cue, before a cue, with no cue, as the answer to a question in the
same message, or in a list with other values.

Seed
----
``SEED = "blind12-2026-wecom-第十二位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card / IMEI Luhn digits are computed here; every near-miss
whose digits are 16-19 long fails Luhn and every 18-digit one fails the ID
check.  Each value format is forced ``FORCE_PER_FMT`` times into distinct
compatible templates, then every template is used ``USES_PER_TEMPLATE`` more
times with formats drawn by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (never names).
  The span holds the value only: cue words, ``+86`` / ``0086`` / ``86-``
  prefixes and landline extensions (``转806`` / ``-806`` / ``分机806``) are
  outside; separators inside a value (spaces, dashes, dots, ``·``) are
  inside.  An address runs from its first place unit (province / city /
  district / county / banner / town / village / road / estate / compound) to
  its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 楼 / a bare
  room number such as ``1502`` or ``3-2-1502``); a place alone is not an
  address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind12"``

Counts (``python tests/privacy/pii_blind12.py``)
------------------------------------------------
rows=1799 pii_rows=1103 near_rows=696 entities=1818;
(mobile 549, address 503, plate 134, id_card 133, landline 118, email 108, bank_card 105, qq 84, wechat 84);
near-miss spans=1221 (1038 in near-miss rows) kinds=32;
(amount 191, place_only 144, date_time 138, size_measure 58, order_no 57, bill_no 48, model_no 45, tracking_no
38, hotline 36, course_class 34, floor_only 30, version_ip 30, plan_name 29, parking_spot 28, clinic_no 24,
drug_spec 24, masked 24, invoice_no 18, train_flight 18, bad_id 18, pickup_code 18, bad_card 18, verify_code
18, vin 18, meter_no 18, tooth_pos 18, policy_no 17, tail_digits 16, imei 13, credit_code 12, plate_prefix 12,
postal_code 11);
formats=60 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind12-2026-wecom-第十二位写手"
SPLIT = "blind12"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
USES_PER_TEMPLATE = 4
NEAR_USES_PER_TEMPLATE = 6

# ----------------------------------------------------------------------------- helpers

_DIG = "0123456789"
_CN = "零一二三四五六七八九"
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


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
    for c in _DIG:
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and s[17].upper() == _id_check(s[:17])


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return re.sub(r"[\s\-·.]", "", v)


def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice(_DIG) for _ in range(n - 1))


def _safe_digits(r: random.Random, n: int, first: str = "123456789") -> str:
    """digit string that is neither a Luhn-valid card nor a valid ID nor a mobile."""
    while True:
        s = _digits(r, n, first)
        if 16 <= n <= 19 and _luhn_ok(s):
            continue
        if n == 18 and _id_ok(s):
            continue
        if n == 11 and re.fullmatch(r"1[3-9]\d{9}", s):
            continue
        return s


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _cn_digits(s: str) -> str:
    return "".join(_CN[int(c)] if c.isdigit() else c for c in s)


def _cn_num(n: int) -> str:
    """small integer in Chinese numerals (1-99)."""
    if n < 10:
        return _CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + ("" if u == 0 else _CN[u])


_TRAD = str.maketrans({
    "区": "區", "号": "號", "楼": "樓", "门": "門", "县": "縣", "镇": "鎮", "乡": "鄉", "广": "廣",
    "东": "東", "龙": "龍", "长": "長", "阳": "陽", "湾": "灣", "园": "園", "华": "華", "兰": "蘭",
    "宁": "寧", "庆": "慶", "凤": "鳳", "兴": "興", "汉": "漢", "层": "層", "单": "單", "栋": "棟",
    "组": "組", "桥": "橋", "丰": "豐", "泽": "澤", "团": "團", "结": "結", "杨": "楊", "树": "樹",
    "云": "雲", "厂": "廠", "电": "電", "铁": "鐵", "业": "業", "粮": "糧", "军": "軍", "学": "學",
    "师": "師", "达": "達", "万": "萬", "时": "時", "滨": "濱", "丽": "麗", "锦": "錦", "绣": "繡",
    "锣": "鑼", "边": "邊", "苹": "蘋", "乐": "樂", "钢": "鋼", "银": "銀", "宾": "賓", "亚": "亞",
    "陈": "陳", "关": "關", "张": "張", "晋": "晉", "进": "進", "鱼": "魚", "红": "紅", "齐": "齊",
    "尔": "爾", "经": "經", "纬": "緯", "岭": "嶺", "宝": "寶", "盘": "盤", "绵": "綿", "台": "臺",
    "维": "維", "乌": "烏", "壮": "壯", "辽": "遼", "内": "內", "伦": "倫", "贝": "貝", "锡": "錫", "萨": "薩",
    "肃": "肅", "陕": "陝", "绥": "綏", "鲁": "魯", "开": "開", "旧": "舊", "鸣": "鳴", "琼": "瓊", "积": "積",
    "礼": "禮", "郸": "鄲", "冢": "塚", "马": "馬", "罗": "羅", "额": "額", "胜": "勝", "狮": "獅", "营": "營",
    "厢": "廂", "灵": "靈", "芦": "蘆", "顺": "順", "沪": "滬", "黄": "黃", "汇": "匯", "钥": "鑰", "条": "條",
    "儿": "兒", "处": "處", "护": "護", "谊": "誼", "农": "農", "医": "醫", "场": "場", "职": "職", "术": "術",
    "范": "範", "温": "溫", "环": "環", "风": "風", "体": "體", "岛": "島", "属": "屬", "郑": "鄭", "滩": "灘",
    "庄": "莊", "荣": "榮", "湘": "湘", "潇": "瀟", "芝": "芝", "凯": "凱", "际": "際", "国": "國",
    "设": "設", "纺": "紡", "织": "織", "员": "員", "机": "機", "务": "務", "鸿": "鴻",
    "城": "城", "岳": "嶽", "麓": "麓", "枫": "楓", "坡": "坡", "梧": "梧", "桐": "桐", "沟": "溝",
    "泉": "泉", "秀": "秀", "扬": "揚", "苏": "蘇", "贵": "貴", "西": "西", "阁": "閣", "厦": "廈",
})


def _trad(s: str) -> str:
    return s.translate(_TRAD)


# ----------------------------------------------------------------------------- value generators
# each returns (prefix_outside, value, suffix_outside)

_MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
               "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
               "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
               "195", "198", "199")


def _mobile_raw(r):
    return r.choice(_MOB_PREFIX) + _digits(r, 8, _DIG)


def m_plain(r):
    return "", _mobile_raw(r), ""


def m_space344(r):
    m = _mobile_raw(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def m_dash344(r):
    m = _mobile_raw(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def m_space38(r):
    m = _mobile_raw(r)
    return "", f"{m[:3]} {m[3:]}", ""


def m_plus86(r):
    return r.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), _mobile_raw(r), ""


def m_fullwidth(r):
    return "", _fw(_mobile_raw(r)), ""


def m_cn(r):
    m = _mobile_raw(r)
    s = _cn_digits(m)
    if r.random() < 0.3:
        s = s.replace("零", "〇")
    return "", s, ""


_AREA8 = ("010", "021", "022", "023", "024", "028", "029", "0731", "0591", "0771", "0991", "0471", "0898",
          "0451", "0431", "0931", "0951", "0595", "0871", "0351", "0755")
_AREA7 = ("0470", "0479", "0734", "0816", "0772", "0998", "0999", "0818", "0746", "0739", "0476", "0938",
          "0775")


def _land_raw(r):
    if r.random() < 0.65:
        a = r.choice(_AREA8)
        n = _digits(r, 8, "2345678")
    else:
        a = r.choice(_AREA7)
        n = _digits(r, 7, "2345678")
    return a, n


def l_dash(r):
    a, n = _land_raw(r)
    return "", f"{a}-{n}", ""


def l_paren(r):
    a, n = _land_raw(r)
    o, c = r.choice((("(", ")"), ("（", "）")))
    return "", f"{o}{a}{c}{n}", ""


def l_space(r):
    a, n = _land_raw(r)
    return "", f"{a} {n}", ""


def l_plain(r):
    a, n = _land_raw(r)
    return "", a + n, ""


def l_ext(r):
    a, n = _land_raw(r)
    ext = _digits(r, r.choice((3, 4)), "12345678")
    return "", f"{a}-{n}", r.choice(("转", "-", "分机", "转分机", " 转")) + ext


def l_local(r):
    return "", _digits(r, r.choice((7, 8, 8)), "2345678"), ""


_ID_AREAS = ("110105", "110108", "310110", "120101", "430102", "430104", "430421", "431102", "430524",
             "510107", "511702", "510722", "500103", "500101", "500154", "230102", "231221", "220104",
             "210106", "620102", "620522", "640104", "650102", "654002", "653121", "150102", "152502",
             "150702", "150425", "460108", "460200", "469002", "350102", "350582", "450103", "450203",
             "450321", "610113", "440306", "530102", "140105", "411625")


def _id_raw(r, want_x=None):
    while True:
        y = r.randint(1948, 2006)
        mth = r.randint(1, 12)
        d = r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mth - 1])
        body = f"{r.choice(_ID_AREAS)}{y}{mth:02d}{d:02d}{r.randint(0, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def i_plain(r):
    return "", _id_raw(r, False), ""


def i_upper_x(r):
    return "", _id_raw(r, True), ""


def i_lower_x(r):
    return "", _id_raw(r, True).lower(), ""


def i_space684(r):
    s = _id_raw(r)
    return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""


def i_fullwidth(r):
    return "", _fw(_id_raw(r)), ""


_BIN19 = ("622848", "621700", "622202", "621226", "623668", "621799", "622260", "621661", "622700",
          "955880", "955990", "621098", "622188")
_BIN16 = ("622588", "621483", "625969", "622155", "436742", "427020", "524094", "552599", "518710",
          "622576", "628288", "409666")


def _card_raw(r, n):
    b = r.choice(_BIN19 if n == 19 else _BIN16)
    body = b + "".join(r.choice(_DIG) for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def b_plain16(r):
    return "", _card_raw(r, 16), ""


def b_plain19(r):
    return "", _card_raw(r, 19), ""


def b_space16(r):
    c = _card_raw(r, 16)
    return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def b_space19(r):
    c = _card_raw(r, 19)
    return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""


def b_dash16(r):
    c = _card_raw(r, 16)
    return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def q_short(r):
    return "", _digits(r, r.randint(5, 8)), ""


def q_long(r):
    return "", _digits(r, r.choice((9, 10, 10)), "123456789"), ""


def q_fullwidth(r):
    return "", _fw(_digits(r, r.randint(8, 10))), ""


_PY = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "ma",
       "hu", "guo", "he", "lin", "luo", "gao", "tang", "xie", "han", "feng", "deng", "cao", "peng",
       "zeng", "xiao", "tian", "dong", "pan", "yuan", "jiang", "cai", "yu", "du", "ye", "cheng", "wei")
_PYG = ("xiaomei", "lili", "jun", "fang", "tingting", "hao", "jie", "yan", "qiang", "min", "lei", "na",
        "bo", "xin", "dandan", "yuyu", "ahua", "erya", "xiaoyu", "hong", "ping", "mengmeng", "kai")
_ENG = ("Amy", "Kevin", "Lucy", "Coco", "Jack", "Sunny", "Tina", "Leo", "Momo", "Vivian", "Ray", "Echo")
_TAGS = ("hn", "cq", "sc", "gx", "fj", "hrb", "nm", "xj", "lz", "hk", "gz", "sz", "xa")


def _py_name(r):
    return r.choice(_PY) + r.choice(_PYG)


def w_wxid(r):
    s = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14, 14))))
    return "", "wxid_" + s, ""


def w_pinyin_digits(r):
    tail = r.choice((str(r.randint(1965, 2008)), f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                     str(r.randint(1, 999)), r.choice(("520", "888", "666", "0731", "0898"))))
    return "", _py_name(r) + tail, ""


def w_underscore(r):
    return "", r.choice((f"{r.choice(_PYG)}_{r.choice(_PY)}{r.randint(1, 99)}",
                         f"{r.choice(_TAGS)}_{_py_name(r)}", f"{_py_name(r)}_{r.randint(80, 99)}")), ""


def w_dash(r):
    return "", f"{r.choice(_TAGS)}-{r.choice(_PY)}{r.randint(10, 9999)}", ""


def w_mixed_case(r):
    return "", r.choice((f"{r.choice(_ENG)}_{r.choice(_PY).capitalize()}{r.randint(1, 99)}",
                         f"{r.choice(_ENG)}{r.choice(_PY).capitalize()}{r.randint(1985, 2005)}",
                         f"{r.choice(_PY).capitalize()}{r.choice(_PYG).capitalize()}{r.randint(1, 999)}")), ""


def e_qq(r):
    return "", _digits(r, r.randint(6, 10)) + "@qq.com", ""


def e_netease(r):
    u = r.choice((_py_name(r) + str(r.randint(1, 2008)), _py_name(r), f"{r.choice(_PY)}_{r.choice(_PYG)}",
                  r.choice(_PY) + r.choice(_PYG) + "." + str(r.randint(70, 99))))
    return "", u + r.choice(("@163.com", "@126.com", "@yeah.net", "@163.com", "@sina.com", "@139.com",
                             "@sohu.com", "@aliyun.com")), ""


def e_corp(r):
    dom = r.choice(("hnjt.com.cn", "cq-jianke.cn", "xjtelecom.cn", "fzjiaoyu.com", "nmgdl.com.cn",
                    "gxyuantong.com", "hainanhr.cn", "sc-shengda.com", "lzgt.com.cn"))
    u = r.choice((r.choice(_PY) + r.choice(_PYG), r.choice(_PYG) + "." + r.choice(_PY),
                  r.choice(("hr", "kefu", "caiwu", "service", "office")) + str(r.randint(1, 99))))
    return "", f"{u}@{dom}", ""


def e_intl(r):
    u = r.choice((r.choice(_ENG).lower() + "." + r.choice(_PY), r.choice(_ENG) + r.choice(_PY).capitalize(),
                  _py_name(r) + str(r.randint(80, 2010))))
    return "", u + r.choice(("@gmail.com", "@outlook.com", "@hotmail.com", "@icloud.com", "@yahoo.com.hk")), ""


def e_edu(r):
    u = r.choice((str(r.randint(2019, 2025)) + _digits(r, 6, _DIG), _py_name(r), r.choice(_PY) + r.choice(_PYG)))
    return "", u + "@" + r.choice(("stu.hnu.edu.cn", "mails.ccnu.edu.cn", "stu.scu.edu.cn",
                                   "xju.edu.cn", "imu.edu.cn", "csu.edu.cn", "stu.gxu.edu.cn")), ""


def e_fullwidth_at(r):
    _, v, _ = e_qq(r) if r.random() < 0.5 else e_netease(r)
    return "", v.replace("@", "＠"), ""


_PLATE_P = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_CITY = {"京": "ABCEFGHJKLMNPQ", "沪": "ABCDEFGHJKMN", "渝": "ABCDFGH", "津": "ABCDEFGH",
               "蒙": "ABCDEFGHJKLM", "新": "ABCDEFGHJKLMNPQR", "琼": "ABCDEF", "黑": "ABCDEFGHJKLMNP",
               "川": "ABCDEFHJKLMQRSTUVWXYZ", "湘": "ABCDEFGHJKLMNU", "桂": "ABCDEFGHJKLMNPR"}


def _plate_raw(r):
    p = r.choice(_PLATE_P)
    city = r.choice(_PLATE_CITY.get(p, "ABCDEFGH"))
    chars = []
    for i in range(5):
        if r.random() < 0.18 and sum(c.isalpha() for c in chars) < 2:
            chars.append(r.choice(_PLATE_L))
        else:
            chars.append(r.choice(_DIG))
    return p, city, "".join(chars)


def p_plain(r):
    p, c, s = _plate_raw(r)
    return "", p + c + s, ""


def p_dot(r):
    p, c, s = _plate_raw(r)
    return "", p + c + r.choice(("·", "·", "•", ".")) + s, ""


def p_space(r):
    p, c, s = _plate_raw(r)
    return "", f"{p}{c} {s}", ""


def p_new_energy(r):
    p, c, _ = _plate_raw(r)
    if r.random() < 0.8:
        return "", p + c + r.choice("DF") + r.choice(_PLATE_L + _DIG) + _digits(r, 4, _DIG), ""
    return "", p + c + _digits(r, 5, _DIG) + r.choice("DF"), ""


def p_lower(r):
    p, c, s = _plate_raw(r)
    return "", (p + c + s).lower(), ""


# ----------------------------------------------------------------------------- addresses

# urban: (province, prefecture, district, roads, estates); municipalities have no prefecture
_URBAN = (
    ("黑龙江省", "哈尔滨市", "道里区", ("经纬二道街", "安静街", "友谊路"), ("群力家园", "爱建新城", "河畔嘉园")),
    ("黑龙江省", "齐齐哈尔市", "龙沙区", ("龙华路", "卜奎大街"), ("东方红小区", "龙沙家园")),
    ("吉林省", "长春市", "朝阳区", ("红旗街", "西民主大街", "湖西路"), ("鸿城国际", "万科城", "南湖新村")),
    ("辽宁省", "沈阳市", "铁西区", ("北二路", "兴华北街", "建设中路"), ("保工小区", "万科春河里", "工人村")),
    ("甘肃省", "兰州市", "城关区", ("庆阳路", "张掖路", "雁南路"), ("雁滩新村", "金港城", "安宁堡小区")),
    ("宁夏回族自治区", "银川市", "兴庆区", ("解放西街", "民族北街", "湖滨东街"), ("丽景湾", "湖畔嘉苑")),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", ("解放南路", "新华南路", "延安路"), ("明园小区", "幸福花园")),
    ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", ("斯大林街", "解放路"), ("苹果园小区", "锦城小区")),
    ("内蒙古自治区", "呼和浩特市", "新城区", ("新华大街", "海拉尔东路"), ("东达城市广场", "兴泰东河湾")),
    ("内蒙古自治区", "锡林郭勒盟", "锡林浩特市", ("额尔敦路", "那达慕大街"), ("锡林花园", "草原明珠小区")),
    ("内蒙古自治区", "呼伦贝尔市", "海拉尔区", ("胜利大街", "中央街"), ("恒大名都", "河东新村")),
    ("四川省", "成都市", "武侯区", ("玉林北路", "科华北路", "倪家桥路"), ("玉林小区", "锦绣花园")),
    ("四川省", "达州市", "通川区", ("朝阳东路", "通川中路"), ("金兰花园", "凤凰城")),
    ("重庆市", "", "渝中区", ("中山三路", "民生路", "大坪正街"), ("时代天街", "嘉华鑫城")),
    ("重庆市", "", "万州区", ("白岩路", "北山大道"), ("江南新区", "万达华府")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "桐梓坡路"), ("金星小区", "后湖国际", "咸嘉新村")),
    ("湖南省", "永州市", "零陵区", ("潇湘大道", "芝山路"), ("锦江花园", "南津小区")),
    ("福建省", "福州市", "鼓楼区", ("五四路", "杨桥中路", "湖东路"), ("西湖新村", "温泉公园小区")),
    ("福建省", "泉州市", "丰泽区", ("泉秀街", "田安路"), ("东海湾小区", "丰泽新村")),
    ("广西壮族自治区", "南宁市", "青秀区", ("民族大道", "金湖路", "竹溪大道"), ("凤岭北小区", "荣和山水美地")),
    ("广西壮族自治区", "柳州市", "鱼峰区", ("柳石路", "航岭路"), ("航银小区", "东环花园")),
    ("海南省", "海口市", "美兰区", ("海府路", "和平北路", "白龙南路"), ("海甸新村", "椰海华庭")),
    ("海南省", "三亚市", "吉阳区", ("迎宾路", "榆亚路"), ("凤凰水城", "丽景小区")),
    ("陕西省", "西安市", "雁塔区", ("小寨东路", "长安南路"), ("西影路小区", "曲江池畔")),
    ("广东省", "深圳市", "宝安区", ("西乡大道", "新安六路"), ("流塘新村", "宝安新村")),
    ("山西省", "太原市", "小店区", ("长风街", "体育路"), ("星河湾", "金域华府")),
    ("云南省", "昆明市", "五华区", ("人民西路", "西昌路"), ("龙翔小区", "翠湖园")),
    ("河南省", "郑州市", "金水区", ("文化路", "纬五路"), ("建业森林半岛", "省委家属院")),
)

# rural: (province, prefecture, county/banner, town, villages, team unit)
_RURAL = (
    ("黑龙江省", "绥化市", "望奎县", "灵山乡", ("正兰二村", "厢白三村"), "屯"),
    ("吉林省", "松原市", "前郭尔罗斯蒙古族自治县", "查干花镇", ("查干花村", "二马泡村"), "屯"),
    ("内蒙古自治区", "赤峰市", "克什克腾旗", "经棚镇", ("新井村", "河南村"), "组"),
    ("内蒙古自治区", "锡林郭勒盟", "西乌珠穆沁旗", "巴拉嘎尔高勒镇", ("宝日布嘎查", "哈日根台嘎查"), "组"),
    ("内蒙古自治区", "通辽市", "科尔沁左翼中旗", "保康镇", ("东升村",), "社"),
    ("四川省", "绵阳市", "三台县", "芦溪镇", ("金鼓村", "狮子村"), "组"),
    ("四川省", "南充市", "营山县", "回龙镇", ("白云村",), "组"),
    ("重庆市", "", "开州区", "大德镇", ("大德村", "大坪村"), "社"),
    ("湖南省", "衡阳市", "衡阳县", "西渡镇", ("梅花村", "石湾村"), "组"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("东山村",), "组"),
    ("广西壮族自治区", "桂林市", "阳朔县", "白沙镇", ("遇龙村", "旧县村"), "队"),
    ("广西壮族自治区", "玉林市", "博白县", "水鸣镇", ("那新村",), "队"),
    ("福建省", "泉州市", "晋江市", "陈埭镇", ("岸兜村", "湖中村"), "组"),
    ("海南省", "", "琼海市", "嘉积镇", ("上埇村", "礼都村"), "组"),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", "托克扎克镇", ("阿亚格曼干村",), "组"),
    ("甘肃省", "天水市", "秦安县", "兴国镇", ("邢泉村",), "组"),
    ("河南省", "周口市", "郸城县", "汲冢镇", ("王楼村",), "组"),
)

_HUTONG = (("北京市", "东城区", ("史家胡同", "东四六条", "雨儿胡同", "菊儿胡同", "北新桥三条")),
           ("北京市", "西城区", ("大石碑胡同", "百花深处胡同", "西四北三条", "护国寺东巷")))
_LANE = (("上海市", "杨浦区", ("控江路", "长阳路", "国和路")), ("上海市", "黄浦区", ("建国中路", "瑞金二路")),
         ("上海市", "虹口区", ("四平路", "溧阳路")), ("上海市", "徐汇区", ("天钥桥路", "漕溪北路")))
_TJ_LI = (("天津市", "和平区", ("西康路", "昆明路", "贵州路"), ("育才里", "德昌里", "大理道安乐村")),
          ("天津市", "河西区", ("平江道", "紫金山路"), ("友谊里", "谊景村")))
_COMPOUND_ORG = ("市一中", "纺织厂", "铁路局", "电业局", "粮食局", "农机公司", "水泥厂", "市医院", "林业局", "石油公司")
_DORM_ORG = ("师范学院", "市二中", "县人民医院", "电厂", "职业技术学院", "中心小学")
_OFFICE = ("新长海中心", "万达广场", "国际金融中心", "财富中心", "时代广场")


def _room(r):
    fl = r.choice((r.randint(1, 7), r.randint(1, 7), r.randint(2, 33)))
    return f"{fl}{r.randint(1, 4):02d}"


def _bldg(r):
    b, u, rm = r.randint(1, 36), r.randint(1, 6), _room(r)
    return r.choice((f"{b}栋{u}单元{rm}", f"{b}栋{rm}", f"{b}号楼{u}单元{rm}", f"{b}幢{rm}室", f"{b}号楼{rm}室",
                     f"{b}栋{u}单元{rm}室", f"{r.choice('ABCDE')}座{rm}", f"{b}栋{u}单元{rm}号",
                     f"{b}号楼{u}单元{rm}", f"{b}栋{rm}房"))


def _urban(r):
    return r.choice(_URBAN)


def _no(r):
    return f"{r.randint(1, 399)}号"


def a_full(r):
    p, c, d, roads, est = _urban(r)
    return "", f"{p}{c}{d}{r.choice(roads)}{_no(r)}{r.choice(est)}{_bldg(r)}", ""


def a_city(r):
    p, c, d, roads, est = _urban(r)
    head = c or p
    return "", f"{head}{d}{r.choice(roads)}{_no(r)}{r.choice(est)}{_bldg(r)}", ""


def a_district(r):
    p, c, d, roads, est = _urban(r)
    if r.random() < 0.5:
        return "", f"{d}{r.choice(roads)}{_no(r)}{r.choice(est)}{_bldg(r)}", ""
    return "", f"{d}{r.choice(est)}{_bldg(r)}", ""


def a_road(r):
    p, c, d, roads, est = _urban(r)
    return "", f"{r.choice(roads)}{_no(r)}{r.choice(est)}{_bldg(r)}", ""


def a_estate(r):
    p, c, d, roads, est = _urban(r)
    return "", f"{r.choice(est)}{_bldg(r)}", ""


def a_dash_room(r):
    p, c, d, roads, est = _urban(r)
    b, u, rm = r.randint(1, 30), r.randint(1, 5), _room(r)
    tail = f"{b}-{u}-{rm}" if r.random() < 0.7 else f"{b}-{rm}"
    head = r.choice((f"{c or p}{d}{r.choice(est)}", f"{d}{r.choice(roads)}{_no(r)}{r.choice(est)}", r.choice(est)))
    return "", head + tail, ""


def a_cn_numeral(r):
    p, c, d, roads, est = _urban(r)
    b, u, fl = r.randint(1, 19), r.randint(1, 5), r.randint(1, 9)
    tail = r.choice((f"{_cn_num(b)}栋{_cn_num(u)}单元{_cn_num(fl)}楼", f"{_cn_num(b)}栋{_cn_num(u)}单元{fl}0{r.randint(1, 4)}",
                     f"{_cn_num(b)}号楼{_cn_num(u)}单元{_cn_num(fl)}层", f"{b}栋{_cn_num(u)}单元{_cn_num(fl)}楼"))
    head = r.choice((f"{c or p}{d}{r.choice(est)}", f"{d}{r.choice(est)}", r.choice(est)))
    return "", head + tail, ""


def a_spaced(r):
    p, c, d, roads, est = _urban(r)
    parts = [x for x in (p, c, d) if x] + [f"{r.choice(roads)}{_no(r)}", r.choice(est)]
    b, u, rm = r.randint(1, 30), r.randint(1, 6), _room(r)
    parts += r.choice(([f"{b}栋", f"{u}单元", rm], [f"{b}栋{u}单元{rm}"], [f"{b}号楼", f"{rm}室"]))
    return "", " ".join(parts), ""


def a_floor(r):
    p, c, d, roads, est = _urban(r)
    head = r.choice((f"{c or p}{d}", d, f"{p}{c}{d}"))
    return "", f"{head}{r.choice(roads)}{_no(r)}{r.choice(_OFFICE)}{r.choice(('', 'A座', 'B座', '2号楼'))}{r.randint(2, 28)}{r.choice(('楼', '层', '楼'))}", ""


def _village_tail(r, unit):
    n = r.randint(1, 12)
    team = _cn_num(n) if r.random() < 0.5 else str(n)
    if unit == "屯":
        team = r.choice(("前", "后", "东", "西", "三家子", "老")) 
    return f"{team}{unit}{r.randint(1, 120)}号"


def _rural_parts(r):
    p, c, cty, town, vills, unit = r.choice(_RURAL)
    return p, c, cty, town, r.choice(vills), unit


def a_rural_full(r):
    p, c, cty, town, v, unit = _rural_parts(r)
    return "", f"{p}{c}{cty}{town}{v}{_village_tail(r, unit)}", ""


def a_rural_county(r):
    p, c, cty, town, v, unit = _rural_parts(r)
    return "", f"{c}{cty}{town}{v}{_village_tail(r, unit)}" if c and r.random() < 0.4 else \
        f"{cty}{town}{v}{_village_tail(r, unit)}", ""


def a_rural_town(r):
    p, c, cty, town, v, unit = _rural_parts(r)
    return "", r.choice((f"{town}{v}{_village_tail(r, unit)}", f"{v}{_village_tail(r, unit)}")), ""


def a_hutong(r):
    city, d, hts = r.choice(_HUTONG)
    h = r.choice(hts)
    tail = r.choice((f"{r.randint(1, 99)}号", f"{r.randint(1, 99)}号院", f"{r.randint(1, 99)}号院{r.randint(1, 12)}号",
                     f"{r.randint(1, 99)}号{r.choice('东西南北')}厢房{r.randint(1, 4)}号"))
    return "", (f"{city}{d}{h}{tail}" if r.random() < 0.6 else f"{d}{h}{tail}"), ""


def a_lane(r):
    city, d, roads = r.choice(_LANE)
    tail = r.choice((f"{r.randint(20, 1500)}弄{r.randint(1, 120)}号{_room(r)}室", f"{r.randint(20, 1500)}弄{r.randint(1, 120)}号",
                     f"{r.randint(20, 1500)}弄{r.randint(1, 80)}号{r.randint(1, 6)}楼", f"{r.randint(20, 1500)}弄{r.randint(1, 120)}支弄{r.randint(1, 30)}号"))
    return "", (f"{city}{d}{r.choice(roads)}{tail}" if r.random() < 0.6 else f"{d}{r.choice(roads)}{tail}"), ""


def a_tj_li(r):
    city, d, roads, lis = r.choice(_TJ_LI)
    tail = r.choice((f"{r.randint(1, 30)}号楼{r.randint(1, 6)}门{_room(r)}", f"{r.randint(1, 30)}号", f"{r.randint(1, 12)}排{r.randint(1, 20)}号"))
    return "", f"{city}{d}{r.choice(roads)}{r.choice(lis)}{tail}", ""


def a_compound(r):
    p, c, d, roads, est = _urban(r)
    org = r.choice(_COMPOUND_ORG) + r.choice(("家属院", "家属院", "大院", "家属区"))
    tail = r.choice((f"{r.randint(1, 12)}号楼{r.randint(1, 5)}单元{_room(r)}", f"{r.randint(1, 12)}栋{_room(r)}",
                     f"{r.randint(1, 12)}号楼{r.randint(1, 5)}单元{r.randint(1, 7)}楼"))
    head = r.choice((f"{c or p}{d}{r.choice(roads)}{_no(r)}", f"{d}{r.choice(roads)}", f"{c or p}{d}", ""))
    return "", head + org + tail, ""


def a_dorm(r):
    p, c, d, roads, est = _urban(r)
    org = r.choice(_DORM_ORG) + r.choice(("教工宿舍", "职工宿舍", "老宿舍", "宿舍区"))
    rm = f"{r.randint(1, 6)}{r.randint(1, 24):02d}"
    tail = r.choice((f"{r.choice('ABCD')}栋{rm}", f"{r.randint(1, 9)}栋{r.randint(1, 4)}单元{rm}", f"{r.randint(1, 9)}号楼{rm}室"))
    head = r.choice((f"{c or p}{d}", f"{d}{r.choice(roads)}{_no(r)}", ""))
    return "", head + org + tail, ""


def a_trad(r):
    if r.random() < 0.5:
        _, v, _ = a_full(r)
    else:
        _, v, _ = r.choice((a_city, a_dash_room, a_rural_full, a_floor))(r)
    return "", _trad(v), ""


# (format, weight, generator, restricted)
_FMT = {
    "mobile": (("plain_11", 10, m_plain, 0), ("space_344", 3, m_space344, 0), ("dash_344", 2, m_dash344, 0),
               ("space_38", 1, m_space38, 0), ("prefix_86", 1.5, m_plus86, 0), ("fullwidth", 0.5, m_fullwidth, 0),
               ("cn_digits", 0.6, m_cn, 0)),
    "landline": (("area_dash", 6, l_dash, 0), ("area_paren", 2, l_paren, 0), ("area_space", 1.5, l_space, 0),
                 ("area_plain", 1.5, l_plain, 0), ("area_dash_ext", 2, l_ext, 0), ("local_only", 1, l_local, 1)),
    "id_card": (("plain_18", 8, i_plain, 0), ("check_X", 2, i_upper_x, 0), ("check_x_lower", 1, i_lower_x, 0),
                ("space_6_8_4", 1.5, i_space684, 0), ("fullwidth", 0.8, i_fullwidth, 0)),
    "bank_card": (("plain_19", 6, b_plain19, 0), ("plain_16", 4, b_plain16, 0), ("space_4444", 3, b_space16, 0),
                  ("space_44443", 2.5, b_space19, 0), ("dash_4444", 0.8, b_dash16, 0)),
    "qq": (("digits_5_8", 4, q_short, 0), ("digits_9_10", 6, q_long, 0), ("fullwidth", 1, q_fullwidth, 0)),
    "wechat": (("wxid", 2, w_wxid, 0), ("pinyin_digits", 5, w_pinyin_digits, 0), ("underscore", 2.5, w_underscore, 0),
               ("dash", 1.5, w_dash, 0), ("mixed_case", 2, w_mixed_case, 0)),
    "email": (("qq_mail", 6, e_qq, 0), ("netease_sina", 5, e_netease, 0), ("corp_cn", 2, e_corp, 0),
              ("intl_mail", 2, e_intl, 0), ("edu_cn", 1.5, e_edu, 0), ("fullwidth_at", 1, e_fullwidth_at, 0)),
    "plate": (("plain_7", 8, p_plain, 0), ("middot", 2.5, p_dot, 0), ("space", 2, p_space, 0),
              ("new_energy_8", 3, p_new_energy, 0), ("lowercase", 1, p_lower, 0)),
    "address": (("full_province", 5, a_full, 0), ("from_city", 5, a_city, 0), ("from_district", 4, a_district, 0),
                ("from_road", 2, a_road, 0), ("from_estate", 3, a_estate, 0), ("dash_room", 2.5, a_dash_room, 0),
                ("cn_numeral_bldg", 1.5, a_cn_numeral, 0), ("spaced_parts", 1.5, a_spaced, 0),
                ("office_floor", 1.5, a_floor, 0), ("rural_full", 3, a_rural_full, 0),
                ("rural_from_county", 2, a_rural_county, 0), ("rural_from_town", 2, a_rural_town, 0),
                ("hutong", 1.5, a_hutong, 0), ("shanghai_lane", 1.5, a_lane, 0), ("tianjin_li", 1, a_tj_li, 0),
                ("work_unit_compound", 2, a_compound, 0), ("dormitory", 1.5, a_dorm, 0),
                ("traditional", 1, a_trad, 1)),
}


# ----------------------------------------------------------------------------- near-miss generators
# each returns (prefix_outside, span, suffix_outside)

def n_order(r):
    k = r.randrange(5)
    if k == 0:
        return "", _safe_digits(r, 19, "1234"), ""          # Taobao / Tmall
    if k == 1:
        return "", _safe_digits(r, r.choice((12, 13)), "23"), ""  # JD
    if k == 2:
        return "", f"{r.randint(230101, 241231)}-{_safe_digits(r, 15, '0123456789')}", ""  # PDD
    if k == 3:
        return "", "DD" + _safe_digits(r, 16, "2"), ""
    return "", _safe_digits(r, 18, "12345"), ""


def n_tracking(r):
    k = r.randrange(6)
    return "", (("SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "7"), "JDX" + _digits(r, 12, "0"),
                 "78" + _digits(r, 12, _DIG), "43" + _digits(r, 13, _DIG), "1199" + _digits(r, 9, _DIG))[k]), ""


def n_hotline(r):
    return "", r.choice((f"400-{_digits(r, 3, '1689')}-{_digits(r, 4, _DIG)}", f"400{_digits(r, 7, '18')}",
                         f"4008-{_digits(r, 3)}-{_digits(r, 3)}", f"800-{_digits(r, 3)}-{_digits(r, 4, _DIG)}",
                         "95588", "95533", "95599", "95566", "95555", "95511", "95518", "95519", "10086", "10010",
                         "10000", "12315", "12345", "95338", "95311", "11185")), ""


def n_amount(r):
    v = r.choice((r.randint(9, 399), r.randint(400, 9999), r.randint(10000, 99999)))
    return "", r.choice((f"{v}元", f"¥{v}", f"￥{v}.00", f"{v}块", f"{v:,}.00元", f"{v / 10000:.1f}万" if v > 9999 else f"{v}元")), ""


def n_date(r):
    y, mth, d = r.choice((2023, 2024, 2025)), r.randint(1, 12), r.randint(1, 28)
    return "", r.choice((f"{y}年{mth}月{d}日", f"{mth}月{d}号", f"{y}-{mth:02d}-{d:02d}", f"{mth}.{d}",
                         f"{y}.{mth}.{d}", f"{mth}月{d}号下午{r.randint(1, 5)}点", f"{r.randint(8, 21)}:{r.choice(('00', '30', '15', '45'))}",
                         f"{y}{mth:02d}{d:02d}")), ""


def n_verify(r):
    return "", _digits(r, r.choice((4, 6, 6)), _DIG), ""


def n_bad_card(r):
    n = r.choice((16, 19))
    b = r.choice(("62", "60", "43", "52", "88", "20"))
    while True:
        s = b + _digits(r, n - 2, _DIG)
        if not _luhn_ok(s) and not _id_ok(s):
            return "", s, ""


def n_bad_id(r):
    while True:
        y, mth, d = r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)
        body = f"{r.choice(_ID_AREAS)}{y}{mth:02d}{d:02d}{r.randint(0, 999):03d}"
        c = r.choice("0123456789X")
        if c != _id_check(body) and not _luhn_ok(body + c if c != "X" else body + "0"):
            return "", body + c, ""


def n_invoice(r):
    return "", r.choice((_digits(r, 8, "0123"), "0" + _digits(r, 11, "34") if r.random() < 0.5 else _digits(r, 12, "1345"),
                         "24" + _digits(r, 18, "34"))), ""


_MODELS = {
    "appliance": ("KFR-35GW/BpXXA1", "XQG100-BD14126L", "BCD-470WTPZM(E)", "EC6002-MC3", "JSQ30-16WH5",
                  "CXW-260-E900C11", "KFR-72LW/NhGX1", "TCL 65V8E"),
    "phone": ("iPhone 15 Pro Max", "Mate 60 Pro", "小米14 Ultra", "Redmi K70", "vivo X100", "OPPO A2x", "SM-S9280",
              "nova 12", "荣耀X50"),
    "car": ("卡罗拉", "2019款途观L", "宝来1.5L", "哈弗H6", "比亚迪秦PLUS", "五菱宏光MINI", "帕萨特330TSI", "CR-V"),
    "tile": ("CZ-8012", "MK-2318", "D5-PRO", "800x800大理石纹", "RS-1800X", "F-6023"),
}


def n_model(r, v=None):
    return "", r.choice(_MODELS[v] if v else _MODELS["appliance"] + _MODELS["phone"]), ""


def n_masked(r):
    m = _mobile_raw(r)
    c = _card_raw(r, 19)
    i = _id_raw(r)
    return "", r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{c[:4]} **** **** {c[-4:]}",
                         f"{c[:6]}*********{c[-4:]}", f"{i[:4]}**********{i[-4:]}", f"{i[:1]}****************{i[-1]}",
                         f"{m[:3]}xxxx{m[7:]}")), ""


def n_tail(r):
    return "", _digits(r, 4, _DIG), ""


def n_pickup(r):
    return "", r.choice((f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1001, 9999)}",
                         f"{r.randint(1, 12)}-{r.randint(1001, 6999)}", _digits(r, 8, "12345678"),
                         f"{r.choice('ABCDEFG')}{r.randint(1, 20)}-{r.randint(100, 999)}")), ""


def n_postal(r):
    return "", r.choice(("410083", "410006", "150010", "130021", "110021", "730030", "750001", "830002", "835000",
                         "010010", "026000", "021000", "610041", "635000", "400010", "350001", "362000", "530022",
                         "545006", "570208", "572000", "421200", "100007", "200092", "300051")), ""


def n_imei(r):
    body = "86" + _digits(r, 12, _DIG)
    return "", body + _luhn_digit(body), ""


def n_vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "", r.choice(("LSVAU2A3", "LFV2A21K", "LGBH52E0", "LVSHFFAL", "LSGPC54U", "LHGCV165")) + \
        "".join(r.choice(al) for _ in range(3)) + _digits(r, 6, _DIG), ""


def n_policy(r):
    return "", r.choice((f"PDAA{r.randint(2023, 2025)}{r.choice(('4301', '5101', '4501', '1501'))}{_digits(r, 10, _DIG)}",
                         f"6{_digits(r, 10, _DIG)}{r.randint(2023, 2025)}",
                         f"RDAA{r.randint(2023, 2025)}{_digits(r, 12, _DIG)}", f"BA{_digits(r, 14, '2')}")), ""


def n_floor(r):
    return "", r.choice((f"{r.randint(2, 33)}楼", f"{r.randint(2, 33)}层", f"{_cn_num(r.randint(2, 9))}楼")), ""


def n_place(r):
    return "", r.choice(("赤峰", "锡林浩特", "克什克腾旗", "呼伦贝尔", "乌鲁木齐", "伊宁市", "喀什", "琼海", "三亚市", "海口美兰机场",
                         "万达广场店", "五一广场", "解放碑", "观音桥", "南宁东站", "柳州", "衡阳县", "西渡镇", "晋江", "泉州",
                         "绥化", "望奎县", "哈尔滨西站", "兰州中川机场", "银川", "达州", "三台县", "朝阳区", "岳麓区",
                         "万象城", "王府井", "南锣鼓巷", "天山区", "城关区", "桂林市")), ""


def n_clinic_no(r):
    return "", r.choice((f"{r.randint(1, 60)}号", f"{r.randint(1, 12)}号诊室", f"{r.randint(1, 40)}床",
                         f"{r.randint(101, 1520)}病房", f"{r.randint(1, 9)}号窗口")), ""


def n_size(r, v=None):
    opts = {
        "clothes": (f"{r.randint(150, 188)}cm", f"{r.randint(90, 180)}斤", "XL码", "2XL", "M码", "175/92A", "L码"),
        "shoe": (f"{r.randint(35, 45)}码", f"{r.randint(35, 44)}.5码"),
        "area": (f"{r.randint(45, 160)}平", f"{r.randint(45, 160)}平米", f"{r.randint(60, 140)}.{r.randint(1, 9)}平方"),
        "ac": (f"{r.choice((1, 1.5, 2, 3))}匹",),
        "sofa": (f"{r.choice((1.8, 2.1, 2.6, 3.2))}米", "三人位", "1.5米", f"{r.randint(160, 320)}cm"),
        "weight": (f"{r.randint(1, 30)}kg", f"{r.randint(1, 20)}公斤", f"{r.randint(2, 60)}斤"),
    }
    return "", r.choice(opts[v] if v else opts["clothes"]), ""


def n_train(r):
    return "", r.choice((f"G{r.randint(1, 9999)}", f"D{r.randint(1, 9999)}", f"K{r.randint(1, 1999)}",
                         f"Z{r.randint(1, 300)}", f"CZ{r.randint(3001, 6999)}", f"HU{r.randint(7001, 7999)}",
                         f"MU{r.randint(2001, 9999)}")), ""


def n_parking(r):
    return "", r.choice((f"B2-{r.randint(1, 399):03d}", f"负一{r.randint(1, 300)}号", f"A{r.randint(1, 199)}",
                         f"{r.randint(1, 3)}号门岗")), ""


def n_credit(r):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "", "91" + r.choice(("430100", "510100", "450100", "150100", "650100", "350100")) + "MA" + \
        "".join(r.choice(al) for _ in range(8)), ""


def n_meter(r):
    return "", _digits(r, r.choice((10, 10, 13)), "1356"), ""


def n_tooth(r):
    return "", r.choice((f"{r.choice(('左上', '右上', '左下', '右下'))}{r.randint(4, 8)}",
                         f"{r.choice('1234')}{r.randint(1, 8)}号牙")), ""


def n_version(r):
    return "", r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}", f"{r.randint(8, 14)}.0.{r.randint(1, 20)}",
                         f"HarmonyOS {r.randint(2, 4)}.{r.randint(0, 2)}", f"192.168.{r.choice((0, 1, 3))}.{r.randint(1, 254)}")), ""


def n_plate_prefix(r):
    p = r.choice(_PLATE_P)
    return "", p + r.choice(_PLATE_CITY.get(p, "ABCDEFGH")), ""


def n_course(r):
    return "", r.choice((f"{r.choice(('初一', '初二', '初三', '高一', '高二', '五年级'))}{r.randint(1, 12)}班",
                         f"{r.choice(('数学', '英语', '物理'))}{r.choice('ABC')}{r.randint(1, 9)}班", f"第{r.randint(1, 24)}课时",
                         f"{r.randint(2023, 2025)}秋季{r.randint(1, 8)}期")), ""


def n_bill_no(r):
    return "", r.choice((f"ZD{r.randint(2023, 2025)}{_digits(r, 8, _DIG)}", f"WX{_digits(r, 14, '2')}",
                         f"GD-{r.randint(2023, 2025)}-{_digits(r, 5, _DIG)}", f"工单{_digits(r, 9, '1')}"[2:],
                         f"HT{r.randint(2023, 2025)}{_digits(r, 4, _DIG)}")), ""


def n_drug(r):
    return "", r.choice(("0.25g*24粒", "10ml*6支", "国药准字H20044231", "批号20240315", "500mg", "一日三次一次两粒",
                         "国药准字Z20026513", "12片/盒", "0.5g*12片", "一次一袋")), ""


def n_package(r):
    return "", r.choice(("129元套餐", "59元5G套餐", "300M宽带", "1000M光宽带", "30G定向流量", "19元月租",
                         "199元融合套餐", "100分钟通话")), ""


_NEAR = {
    "order_no": n_order, "tracking_no": n_tracking, "hotline": n_hotline, "amount": n_amount, "date_time": n_date,
    "verify_code": n_verify, "bad_card": n_bad_card, "bad_id": n_bad_id, "invoice_no": n_invoice,
    "model_no": n_model, "masked": n_masked, "tail_digits": n_tail, "pickup_code": n_pickup,
    "postal_code": n_postal, "imei": n_imei, "vin": n_vin, "policy_no": n_policy, "floor_only": n_floor,
    "place_only": n_place, "clinic_no": n_clinic_no, "size_measure": n_size, "train_flight": n_train,
    "parking_spot": n_parking, "credit_code": n_credit, "meter_no": n_meter, "tooth_pos": n_tooth,
    "version_ip": n_version, "plate_prefix": n_plate_prefix, "course_class": n_course, "bill_no": n_bill_no,
    "drug_spec": n_drug, "plan_name": n_package,
}


# ----------------------------------------------------------------------------- templates
# {kind} / {kind|fmt,fmt} = a labelled value; {~near} = a near-miss span

_PII_TEMPLATES = (
    # ---- e-commerce after-sales: clothes / appliances / phones
    "亲，退货地址是{address}，麻烦写上订单号{~order_no}哦",
    "衣服尺码拍小了想换个大一码的，我地址{address}，电话{mobile}",
    "你好 我那个羽绒服还没到，收货电话{mobile}，地址没变还是{address}",
    "换货寄回来了，快递单号{~tracking_no}，新的寄到{address}，联系人电话{mobile}",
    "{mobile}  这个是我的电话，到了打我电话就行",
    "收件人：本人\n电话：{mobile}\n地址：{address}",
    "收货人 妈妈 {mobile} {address}",
    "地址改一下，改成{address}，手机号不变",
    "麻烦改下地址{address}谢谢",
    "您好，跟您核对一下收货信息：{address}，手机{mobile}，没问题的话我这边就安排补发了",
    "冰箱坏了要报修，型号{~model_no|appliance}，我家住{address}，师傅来之前打{mobile}",
    "空调移机，旧地址{address}，新地址{address}，联系{mobile}",
    "热水器安装 上门地址是{address} 家里座机{landline}也可以打",
    "空调{~size_measure|ac}的，装在{address}，电话{mobile}",
    "手机屏碎了寄修，寄件人手机{mobile}，回寄地址{address}，串号{~imei}",
    "发票抬头个人就行，发到邮箱{email}",
    "电子发票麻烦发我邮箱 {email} 谢谢啦",
    "邮箱{email}，发票开好了发这里，订单{~order_no}",
    "我在{address}这边收不到货，快递说地址不详，电话{mobile}",
    "能不能送到{address}我上班的地方，白天家里没人",
    "这个是我的新手机号{mobile}，之前那个{mobile}不用了",
    "退款退到哪里？我绑的卡是{bank_card}",
    "客服你好，鞋子开胶了，图片发你了，我电话{mobile}地址{address}，你们看怎么处理吧",
    "联系方式 {mobile}（微信同号）",
    "加我微信{wechat}，我发视频给你看",
    "我微信号是{wechat} 加一下 发图方便",
    "微信：{wechat}\n手机：{mobile}",
    "不会用这个 你加我扣扣吧 {qq}",
    "q{qq} 老号了 有事留言",
    "亲 已经给您登记了，售后师傅会联系{mobile}这个号码，请保持电话畅通哈",
    "洗衣机{~model_no|appliance}漏水，地址 {address}，座机 {landline}",
    "{address} 电话{mobile} 尽快发货谢谢",
    "订单{~order_no}，收件信息：{address}，{mobile}",
    "收货地址填错了！！应该是{address}，不是{address}",
    "我家是{address}，快递别放驿站了直接送上门",
    "手机号：{mobile|plain_11,space_344,dash_344,space_38}（白天）  {landline}（晚上）",
    # ---- courier / logistics
    "快递员你好 我那个件{~tracking_no}放哪了，我电话{mobile}",
    "寄件：{address}，{mobile}\n收件：{address}，{mobile}",
    "我要寄个东西到{address}，收件人电话{mobile}，上门取件地址{address}",
    "取件地址{address}，明天上午都在",
    "帮我改派到{address}，手机尾号{~tail_digits}的那个是我",
    "这个件是寄给我爸的，他电话{mobile}，地址{address}，老人不会用手机麻烦打电话",
    "师傅 到{address}打这个电话{mobile}",
    "收件人电话{mobile}，{address}，村里没有驿站，能送到家吗",
    "我们这是{address}，快递只到镇上，能不能放镇上超市，我电话{mobile}",
    "您好，件已到{~place_only}网点，派送地址{address}，派送员会电话联系{mobile}",
    "发货地址：{address}  联系人电话：{mobile}  座机：{landline}",
    # ---- telecom: SIM, broadband
    "宽带装机地址{address}，联系电话{mobile}",
    "我要办宽带，家庭地址是{address}，身份证号{id_card}",
    "补卡需要身份证号吗？{id_card} 这个是我的",
    "副卡号码{mobile}，主卡{mobile}，帮我查下流量",
    "我的号码{mobile}怎么停机了，才交的话费",
    "家里座机{landline}没声音了，地址{address}，麻烦派人来修",
    "宽带报修：{address}，{mobile}，光猫一直闪红灯",
    "帮我把这个号{mobile}转成{~plan_name}",
    "携号转网，号码：{mobile}，身份证：{id_card}",
    "机主是我妈，身份证{id_card}，号码{mobile}，她人在老家来不了营业厅",
    "移机新地址：{address}\n原地址：{address}\n电话：{mobile}",
    "单位座机{landline}要开长途，营业执照上的地址是{address}",
    "我这个{mobile}是实名的，身份证{id_card|plain_18,check_X,check_x_lower}，你们查一下",
    # ---- banks / credit cards
    "信用卡{bank_card}这个月账单不对，多扣了{~amount}",
    "卡号{bank_card}，开户行农行{~place_only}支行",
    "{bank_card} 这张卡是不是被冻结了？刷不出来",
    "还款卡：{bank_card}\n预留手机：{mobile}",
    "工资卡是{bank_card}，身份证号{id_card}，麻烦帮我查下为什么没到账",
    "您好，为您核实一下，卡号{bank_card}、预留手机{mobile}，请问是您本人操作的吗？",
    "收款账户：{bank_card}（建行）户名本人",
    "我转错账了，转到{bank_card}这个卡上了，能退回来吗",
    "身份证：{id_card}\n银行卡：{bank_card}\n手机：{mobile}",
    "分期申请需要账单地址 {address} 邮箱{email}",
    "纸质账单别寄了，改成电子账单发{email}",
    "你好 我是{id_card}本人 卡丢了要挂失",
    "我妈的卡{bank_card}，她的身份证号码{id_card}，老人家在医院来不了",
    "我的信用卡，{bank_card|space_4444,space_44443,plain_16,plain_19}，额度能提吗",
    # ---- insurance claims
    "车险理赔，车牌{plate}，出险地点在{~place_only}，报案人电话{mobile}",
    "我车{plate}被追尾了，对方车牌{plate}，现在怎么办",
    "理赔款打到{bank_card}，被保险人身份证{id_card}",
    "被保人身份证号：{id_card}，联系电话{mobile}，保单{~policy_no}",
    "{plate} 这台车的保险下个月到期，续保报个价给我",
    "住院发票原件寄到哪里？你们理赔中心地址我记下了，我这边寄件人电话{mobile}",
    "医疗险理赔材料寄回地址：{address}，电话{landline}，邮编{~postal_code}",
    "孩子身份证号{id_card}，意外险能报吗",
    "车牌号是{plate}吗？对，车主电话{mobile}",
    "你好，我家老人{id_card}，上个月住院花了{~amount}，能理赔多少",
    # ---- tutoring / training schools
    "孩子报名{~course_class}，家长电话{mobile}，家里住{address}",
    "试听课预约 家长手机{mobile} 孩子在{address}附近上学",
    "退费申请 收款卡号{bank_card}，家长身份证{id_card}",
    "学习资料发我邮箱吧 {email}",
    "老师好！我是{~course_class}家长，微信{wechat}，麻烦拉我进群",
    "家长QQ：{qq}，作业发这个QQ邮箱也行{email|qq_mail}",
    "上课地址是{address}吗？我怎么导航不到",
    "接送卡办理：学生家长电话{mobile}，备用电话{mobile}",
    "孩子的身份证号码是{id_card}，报名表我填好了，地址写{address}",
    "家庭住址：{address}；家长联系方式：{mobile}；QQ：{qq}",
    # ---- clinics, dentists, pharmacies
    "预约洗牙，电话{mobile}，周六上午有空吗",
    "挂号要身份证号吗 {id_card}",
    "就诊人身份证{id_card}，手机{mobile}，预约{~date_time}",
    "药寄到{address}，收件电话{mobile}，要冷链的",
    "我在你们{~place_only}那个药房买的，发票发到邮箱{email}",
    "复诊提醒发我微信{wechat}就行，电话老是接不到",
    "老人行动不便，能不能上门，地址{address}，联系电话{mobile}，家里座机{landline}",
    "种牙的分期，卡号{bank_card}，身份证{id_card}",
    "您好，已为您预约{~date_time}，就诊人手机{mobile}，请到{~place_only}店就诊",
    "医保卡和身份证是一个号吧，{id_card}",
    # ---- car 4S, repairs
    "车牌{plate}，保养预约周六",
    "{plate}的车什么时候能修好？电话{mobile}",
    "我的车是{plate}，车架号{~vin}，做个首保",
    "送修车辆：{plate}\n车主电话：{mobile}\n取车时间：{~date_time}",
    "4S店你好，{plate}这个车上次修的空调又坏了",
    "事故车{plate}拖到你们店了，保险那边报案电话留的是{mobile}",
    "道路救援，车停在{~place_only}高速口，车牌{plate}，电话{mobile}",
    "车牌是{plate}不是{plate}，登记错了",
    "新车上牌了 {plate} 麻烦把ETC也办一下",
    "代驾取车地址{address}，车牌{plate}",
    # ---- property management
    "物业你好，{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}楼上漏水，电话{mobile}",
    "我是{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}的业主，停车位要续费，车牌{plate}",
    "门禁卡丢了，房号{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}，登记电话{mobile}",
    "{address}，水管爆了！！快来人 {mobile}",
    "业主信息更新：房号{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}，手机{mobile}，车牌{plate}",
    "电梯又停了，我家{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}，老人上不去",
    "物业费发票抬头个人，发{email}，房号{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}",
    "访客车辆{plate}登记一下，来{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}",
    "快递放物业前台就行，我是{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}的",
    "您好业主，已登记报修：{address|from_district,from_estate,dash_room,cn_numeral_bldg,from_road,from_city,full_province,spaced_parts}，卫生间下水堵塞，师傅稍后联系{mobile}",
    # ---- furniture / home decoration
    "沙发送货地址：{address}，送货前打{mobile}，电梯能上",
    "装修量房地址{address}，电话{mobile}，周末都在家",
    "设计图发我邮箱{email}，或者加微信{wechat}",
    "定制衣柜安装，地址{address}，业主电话{mobile}，监理电话{mobile}",
    "尾款转到哪个卡？你们公司账户还是{bank_card}",
    "工地地址{address}，材料直接送上楼，工长电话{mobile}",
    "床垫有异味要退，地址{address}，联系我{mobile|plain_11,space_344,dash_344}",
    "地板铺好了，回访电话打座机{landline}",
    # ---- regional / elderly / typos / no cue
    "我是{address}的，家里电话{landline|local_only,area_dash}，手机{mobile}",
    "俺家住{address}，手机号{mobile}，到了村口打电话",
    "我们这旮沓是{address}，快递老送错",
    "住址：{address}  电化{mobile}",
    "你好我的手机浩{mobile}地址{address}",
    "地址使{address}，没有小区名",
    "{mobile}\n{address}",
    "{address}\n{mobile}\n谢谢",
    "电话{mobile}地址{address}身份证{id_card}",
    "我阿妈电话{mobile}，住{address}，她只会讲白话",
    "嗯嗯是的，手机就是{mobile}",
    "对的，{mobile}，就这个号码",
    "不是这个，我的号码是{mobile}",
    "号码：{mobile}，家里座机：{landline|local_only,area_dash,area_paren}（县城里的号）",
    "你打我家座机吧{landline}，手机信号不好",
    "我在{~place_only}，家里座机{landline|local_only,area_dash,area_space}，手机{mobile}",
    "座机{landline|local_only}，区号就是本地的",
    "{landline}，这是我们单位电话，上班时间打",
    "我们店里电话{landline}，地址{address}",
    "我姑娘帮我发的，我的手机号{mobile|cn_digits,plain_11}，地址{address}",
    "手机{mobile|cn_digits,fullwidth,plain_11}，有事打这个电话",
    "qq邮箱 {email|qq_mail}",
    "email:{email}",
    "邮箱地址是{email}吗？我再确认一下",
    "QQ{qq}，备注一下订单号{~order_no}",
    "我的QQ是{qq}，QQ邮箱就是{email|qq_mail}",
    "微信号{wechat}，手机号{mobile}，都可以联系",
    "QQ：{qq}，我不用微信",
    "扣扣号{qq}，加我发图片",
    "我孙子给我弄的QQ {qq}，你加这个",
    "{qq} 这是我QQ，验证写订单号",
    "qq号是{qq}吗？ 对，就这个",
    "作业截图发不了，老师加我QQ吧：{qq}",
    "家长群里找不到我？我QQ{qq}，微信{wechat}",
    "我們用QQ聯絡吧：{qq}",
    "联系方式：QQ {qq}  邮箱 {email}",
    "QQ/微信：{qq} / {wechat}",
    "VX {wechat}",
    "wx：{wechat} 备注售后",
    "加我vx {wechat}吧，这里消息老是看不到",
    "我的wx是{wechat}，扫不了码就搜这个",
    "身份证号码{id_card}，姓名和身份证一致的",
    "{id_card}这是我身份证号，帮我查下保单",
    "身份证后面是X的，{id_card|check_X,check_x_lower}",
    "卡号：{bank_card}，户名：本人，开户行：中国农业银行{~place_only}支行",
    "车牌{plate}，车位{~parking_spot}",
    "车牌号：{plate}，车型{~model_no|car}",
    "车号 {plate}",
    "我的车{plate}停在地库{~parking_spot}，被人刮了",
    "手机：{mobile}  座机：{landline}  传真同座机",
    "联系方式：\n1. 手机 {mobile}\n2. 座机 {landline}\n3. 邮箱 {email}",
    "👉{mobile}👈 这个号码，下午三点后打",
    "地址📍{address}",
    "我在{address}，快点来啊😭",
    "{address}[抱拳]麻烦尽快",
    "收货信息：{address|spaced_parts,full_province,from_city}，{mobile}，本人收",
    "电话{mobile}，{address}，今天能到吗？？？",
    # ---- traditional characters (HK / Taiwan relatives)
    "您好，我是幫我媽媽查詢的，她的地址是{address|traditional}，電話{mobile}",
    "麻煩寄到{address|traditional}，收件人電話{mobile}，謝謝！",
    "我阿媽住喺{address|traditional}，手機{mobile}，唔該",
    "請問保單的電郵可以改成{email}嗎？謝謝您。",
    "身份證號碼：{id_card}，聯絡電話：{mobile|prefix_86,plain_11,space_344}",
    "地址：{address|traditional}\n聯絡電話：{landline}",
    "銀行卡號{bank_card}，請幫忙查一下退款進度，謝謝。",
    "車牌{plate}，請問保養預約幾點？",
    "微信號{wechat}，我在台灣，用微信比較方便聯絡",
    "我表姐在大陸，她的手機是{mobile}，地址{address|traditional}，麻煩直接聯繫她",
    "訂單{~order_no}，請寄到{address|traditional}",
    "您好！我的郵箱是{email}，請把發票寄到這裡，謝謝。",
)

_NEAR_TEMPLATES = (
    # e-commerce
    "订单号{~order_no}，什么时候发货啊",
    "我的订单{~order_no}退款{~amount}怎么还没到",
    "亲，您的订单{~order_no}已于{~date_time}发出，快递单号{~tracking_no}",
    "售后单{~bill_no}已审核通过，退款{~amount}原路返回",
    "买的{~model_no}，才用了一个月就坏了",
    "衣服{~size_measure|clothes}的有货吗，我{~size_measure|clothes}",
    "身高{~size_measure|clothes}体重{~size_measure|weight}穿什么码",
    "空调{~model_no|appliance}，机身码{~bill_no}，在保修期吗",
    "发票号码{~invoice_no}，开票金额{~amount}",
    "我收到的短信说{~masked}的包裹到了，是我的吗",
    "7天无理由退货，运费险赔{~amount}",
    "{~date_time}之前能到吗？着急用",
    "活动价{~amount}，我买的时候是{~amount}，差价能退吗",
    "我是{~place_only}的，你们那边发顺丰还是中通",
    "是寄{~place_only}那边吗？要几天",
    "{~order_no}这个订单帮我备注一下 周末再送",
    "客服电话{~hotline}一直打不通",
    "你们售后电话是{~hotline}吗",
    "手机系统{~version_ip}更新以后就卡",
    # courier
    "快递到了吗 单号{~tracking_no}",
    "{~tracking_no}这个件显示签收了但我没收到",
    "取件码{~pickup_code}，柜子打不开",
    "驿站取件码{~pickup_code}，尾号{~tail_digits}",
    "您的包裹已到{~place_only}驿站，凭取件码{~pickup_code}领取",
    "件号{~tracking_no}  重量{~size_measure|weight}  运费{~amount}",
    "寄到{~place_only}多少钱一公斤",
    "中转到{~place_only}就不动了，三天了",
    "能不能放到{~floor_only}门口，我下班晚",
    "我住{~floor_only}，没电梯，大件能送上去吗",
    "邮编是{~postal_code}吗",
    "派送员说放在{~parking_spot}了，找不到啊",
    # telecom
    "我办的{~plan_name}怎么扣了{~amount}",
    "验证码{~verify_code}发过来了，下一步填啥",
    "短信验证码是{~verify_code}，五分钟内有效对吧",
    "{~plan_name}能不能改成{~plan_name}",
    "宽带{~plan_name}，路由器后台{~version_ip}进不去",
    "打{~hotline}转人工要排好久",
    "我的号码是{~masked}，帮我查一下欠费",
    "本月话费{~amount}，流量超了{~amount}",
    "宽带工单{~bill_no}，说{~date_time}上门",
    "营业厅在{~place_only}吗？几点关门",
    # bank / credit
    "尾号{~tail_digits}的卡昨天扣了{~amount}",
    "交易流水号{~bad_card}，这笔钱去哪了",
    "转账凭证上的流水号{~bad_card}，对方说没收到",
    "参考号{~bad_card}，商户说已经退款了",
    "我卡号是{~masked}那张，帮我查查",
    "信用卡账单日是每月{~date_time}吗",
    "最低还款{~amount}，全额{~amount}",
    "分期手续费多少，{~amount}分12期",
    "银行客服{~hotline}，说让我找你们",
    "业务受理编号{~bad_id}，说资料审核中",
    "贷款合同编号{~bad_id}，提前还款怎么申请",
    "{~date_time}在{~place_only}的ATM机吞卡了",
    "手机银行{~version_ip}版本登录不了",
    # insurance
    "报案号{~policy_no}，理赔到哪一步了",
    "保单号{~policy_no}，下个月到期",
    "案件号{~bad_id}，定损金额{~amount}",
    "出险时间{~date_time}，地点{~place_only}附近",
    "理赔款{~amount}什么时候到",
    "保险公司电话{~hotline}，报案了",
    "车架号{~vin}，发动机号后六位{~verify_code}",
    "是{~plate_prefix}牌照的车，外地牌能在这边修吗",
    "发票代码{~invoice_no}，发票号码{~invoice_no}",
    # tutoring
    "孩子在{~course_class}，下节课{~date_time}",
    "{~course_class}还有名额吗？学费{~amount}",
    "补课费{~amount}一个学期，{~course_class}",
    "网课从{~date_time}开始，一共{~course_class}",
    "教室在{~floor_only}，{~clinic_no}教室旁边",
    "退费单号{~bill_no}，多久到账",
    # clinics / pharmacy / dentist
    "我挂的{~clinic_no}，现在叫到哪了",
    "{~clinic_no}，{~date_time}复诊",
    "医生说{~tooth_pos}要拔，多少钱",
    "{~tooth_pos}补牙，{~tooth_pos}做根管，一共多少",
    "这个药{~drug_spec}，{~drug_spec}",
    "买的{~drug_spec}的阿莫西林，医生说{~drug_spec}",
    "住院部{~clinic_no}，探视时间是几点",
    "体检报告编号{~bill_no}，身高{~size_measure|clothes}",
    "医保统筹报销了{~amount}，自付{~amount}",
    "你们{~place_only}店周日开门吗",
    # car
    "{~model_no|car}这款车保养一次多少钱",
    "车架号{~vin}，查一下保养记录",
    "车停在{~parking_spot}，钥匙在前台",
    "首保{~date_time}前要做吗，现在跑了5000公里",
    "车是{~plate_prefix}的，能在你们这年检吗",
    "维修工单{~bill_no}，换了刹车片{~amount}",
    "4S店在{~place_only}那边吗，导航到了没找到",
    # property
    "物业费{~amount}一年，{~size_measure|area}的房子",
    "我家{~floor_only}，电梯又坏了",
    "电表户号{~meter_no}，交了{~amount}还是没电",
    "燃气户号{~meter_no}，怎么充值",
    "水费户号是{~meter_no}吗",
    "车位{~parking_spot}租金{~amount}一个月",
    "装修押金{~amount}，{~date_time}验收",
    "公司的统一社会信用代码{~credit_code}，开专票",
    "开票信息：税号{~credit_code}",
    # furniture / decoration
    "沙发{~size_measure|sofa}的还有现货吗",
    "定金{~amount}，尾款{~amount}，{~date_time}送货",
    "合同号{~bill_no}，地板{~size_measure|area}",
    "瓷砖型号{~model_no|tile}，还要{~amount}的那款",
    "送到{~floor_only}要加搬运费吗",
    "施工队{~date_time}进场，{~date_time}完工",
    # misc / regional
    "我这边是{~place_only}，信号不好",
    "在{~place_only}上班，周末回{~place_only}",
    "坐{~train_flight}回去，{~date_time}到",
    "航班{~train_flight}延误了，改到{~date_time}",
    "我明天坐{~train_flight}去{~place_only}",
    "{~date_time}在{~place_only}见",
    "手机型号{~model_no|phone}，系统{~version_ip}",
    "IMEI：{~imei}",
    "WiFi连不上，网关{~version_ip}",
    "您的工单{~bill_no}已受理，我们将在{~date_time}前回复",
    "請問訂單{~order_no}幾時發貨？",
    "包裹在{~place_only}海關卡住了嗎？運單號{~tracking_no}",
    "謝謝！退款{~amount}已收到",
    "溫馨提示：{~masked}用戶，您的話費餘額不足{~amount}",
    "热线{~hotline}，工作时间{~date_time}-{~date_time}",
)


# ----------------------------------------------------------------------------- builder

_PH = re.compile(r"\{(~?)(\w+)(?:\|([\w,]+))?\}")
_PREFIXES = ("", "", "", "", "", "", "你好，", "在吗 ", "嗯 ", "那个 ", "您好，", "喂 ", "hello ")
_SUFFIXES = ("", "", "", "", "", "", " 谢谢", "，谢谢", "🙏", "[抱拳]", "～", "！", "。", " [微笑]", "😂", "哈",
             "[捂脸]", "  ", "，麻烦了")
_TRAD_MARK = "們謝請電號喺聯麼幫幾煩絡臺灣郵"


def _allowed(kind: str, lst: str | None) -> list:
    tab = _FMT[kind]
    if lst:
        names = lst.split(",")
        return [t for t in tab if t[0] in names]
    return [t for t in tab if not t[3]]


def _render(r: random.Random, tpl: str, forced: tuple | None = None):
    out, ents, fmts, nears = [], [], [], []
    pos, n = 0, 0
    used_force = False
    for m in _PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        pos = m.end()
        near, kind, lst = m.group(1), m.group(2), m.group(3)
        if near:
            pre, val, post = _NEAR[kind](r, lst) if lst else _NEAR[kind](r)
        else:
            opts = _allowed(kind, lst)
            assert opts, (tpl, kind)
            if forced and forced[0] == kind and not used_force and any(t[0] == forced[1] for t in opts):
                fmt = next(t for t in opts if t[0] == forced[1])
                used_force = True
            else:
                fmt = r.choices(opts, weights=[t[1] for t in opts])[0]
            pre, val, post = fmt[2](r)
        out.append(pre)
        n += len(pre)
        if near:
            nears.append((kind, n, n + len(val)))
        else:
            ents.append((kind, n, n + len(val)))
            fmts.append(fmt[0])
        out.append(val + post)
        n += len(val) + len(post)
    out.append(tpl[pos:])
    return "".join(out), ents, fmts, nears


def _decorate(r: random.Random, tpl: str) -> str:
    if any(c in _TRAD_MARK for c in tpl):
        return tpl + ("" if tpl.endswith(("！", "。", "？", "唔該")) else r.choice(("", "", "", "🙏", "。")))
    pre = r.choice(_PREFIXES)
    if "你好" in tpl[:8] or "您好" in tpl[:8] or tpl.startswith(("你好", "您好", "亲", "收件", "寄件", "身份证：", "联系方式", "送修", "移机", "还款", "微信：")):
        pre = ""
    suf = r.choice(_SUFFIXES)
    if tpl.endswith(("！", "。", "？", "谢谢", "吗", "啊", "哦", "😭", "]")):
        suf = ""
    return pre + tpl + suf


def _template_formats(tpl: str) -> list:
    res = []
    for m in _PH.finditer(tpl):
        if not m.group(1):
            res += [(m.group(2), t[0]) for t in _allowed(m.group(2), m.group(3))]
    return res


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []

    def add(tid, tpl, forced=None):
        text, ents, fmts, nears = _render(r, _decorate(r, tpl), forced)
        rows.append((tid, text, ents, fmts, nears))

    compat: dict = {}
    for i, tpl in enumerate(_PII_TEMPLATES):
        for kf in dict.fromkeys(_template_formats(tpl)):
            compat.setdefault(kf, []).append(i)
    for kind in KINDS:
        for fmt in _FMT[kind]:
            ids = compat.get((kind, fmt[0]), [])
            for i in r.sample(ids, min(FORCE_PER_FMT, len(ids))):
                add(f"P{i}", _PII_TEMPLATES[i], (kind, fmt[0]))
    for _ in range(USES_PER_TEMPLATE):
        for i, tpl in enumerate(_PII_TEMPLATES):
            add(f"P{i}", tpl)
    for _ in range(NEAR_USES_PER_TEMPLATE):
        for i, tpl in enumerate(_NEAR_TEMPLATES):
            add(f"N{i}", tpl)
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


def make_blind12_corpus() -> pd.DataFrame:
    """Build the twelfth blind corpus (deterministic)."""
    return _build()


# ----------------------------------------------------------------------------- checks

_AREAS = _AREA8 + _AREA7
_ADDR_END = re.compile(r"(号|栋|幢|楼|单元|室|层|房|院|號|樓|棟|層|單元|\d)$")
_PLATE_RE = re.compile(rf"^[{_PLATE_P}][A-Z][·•. ]?[A-Z0-9]{{5,6}}$")


def _cn2d(v: str) -> str:
    return "".join(str(_CN.index(c)) if c in _CN else ("0" if c == "〇" else c) for c in v)


def _valid(kind: str, v: str, fmt: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        n = _cn2d(n)
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in _MOB_PREFIX
    if kind == "landline":
        n = re.sub(r"[()（）]", "", n)
        if fmt == "local_only":
            return bool(re.fullmatch(r"[2-8]\d{6,7}", n))
        return any(n.startswith(a) and re.fullmatch(r"[2-8]\d{6,7}", n[len(a):]) for a in _AREAS)
    if kind == "id_card":
        return _id_ok(n.upper())
    if kind == "bank_card":
        return n.isdigit() and len(n) in (16, 19) and _luhn_ok(n)
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", n))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v))
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", unicodedata.normalize("NFKC", v)))
    if kind == "plate":
        return bool(_PLATE_RE.fullmatch(v.upper()))
    if kind == "address":
        return bool(_ADDR_END.search(v)) and len(v) >= 6 and v == v.strip()
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and _valid(k, v, f), (k, f, v, text)
            before = unicodedata.normalize("NFKC", text[max(0, s - 1):s])
            after = unicodedata.normalize("NFKC", text[e:e + 1])
            if k != "address":
                assert not (after.isascii() and after.isalnum()), ("after", k, v, text)
                assert not (before.isascii() and before.isalnum()) or text[:s].endswith(("+86", "0086")) \
                    or (k == "qq" and text[:s].lower().endswith("q")), \
                    ("before", k, v, text)
            else:
                assert not after.isdigit() and not before.isdigit(), (v, text)
        for k, s, e in ns:
            assert k in _NEAR and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
        if not es:
            assert ns, text
            # no unlabelled mobile / card / ID lookalike slipped into a near-miss row
            for m in re.finditer(r"(?<![\dA-Za-z])1[3-9]\d{9}(?!\d)", text):
                assert any(s <= m.start() < e for _, s, e in ns), text
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
    assert df.equals(make_blind12_corpus())  # deterministic
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
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{t[0]}" for k in KINDS for t in _FMT[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

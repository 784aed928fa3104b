"""Seventeenth blind PII corpus (``split == "blind17"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十七位写手").
What it read: only the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS`` (via ``grep -n -A14 "^PII_KINDS"``), lines
1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only), and a few lines of ``../shared/datasets/`` (public
customer-service and question data) for the tone of chat contexts; no
personal data was copied from it.  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, the other tests or
corpora under ``tests/`` or git history.  It never imported ``toolkit`` and
never ran any masking / finding function on this corpus.  Value shapes, chat
contexts and labels come only from the writer's own idea of how people in
mainland China send contact data to service staff in WeCom.

What is different here: HEALTHCARE, EDUCATION AND PUBLIC SERVICES.  The
messages come from WeCom chats of private hospitals, clinics, dental and eye
chains, pharmacies and health-check centres (appointments, reports sent by
post or e-mail, insurance reimbursement, relatives acting for patients);
schools, kindergartens and training institutions (registering children,
refunds to cards, class groups); community service centres, property and
utility companies, social-security and housing-fund agents (elderly people,
relatives, proxies).  Many senders are elderly people or parents: long polite
messages, a value repeated "to be sure" (both copies are labelled), values
for several family members in one message (elderly / adult / child ID
numbers with matching birth years), corrections, some traditional characters
(電話, 號, 樓, 區, 滬/粵 plates, 廣東省 ...) and voice input (digits as words
with 幺, 艾特 / 点 in e-mails, no punctuation).  Roughly a third of the rows
are ordinary chat lines with no personal data and no near-miss at all.

Near-misses are what such chats are full of: appointment / registration /
report numbers, order and tracking numbers, invoice numbers and codes,
amounts, dates and times, hotlines (400 / 800 / 95xxx / 12345 / 12333 /
12329 / 12320), masked values (``138****5678``, 尾号 digits), verification
codes, postal codes, ward beds and hospital floors, body metrics and lab
values, drug doses, class names, parking spots, metro lines, social credit
codes, queue numbers, card-length numbers failing Luhn and ID-shaped strings
failing the check digit, place names alone (a district, a hospital branch).

Seed
----
``SEED = "blind17-2026-health-edu-第十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID-card check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Every
near-miss whose normalised digits are 16-19 long fails Luhn and every
18-character digit string fails the ID check.  Each value format is first
forced ``FORCE_PER_FMT`` (4) times into distinct templates holding a marker of
its kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, dots, ``·``) are inside; an
  address runs from its first place unit (省 / 市 / 区 / 县 / 镇 / 村 / 路 /
  街 / 小区) to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 /
  层 / a bare room number such as ``1502`` or ``3-2-1502``), traditional
  forms included.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind17"``

Counts (``python tests/privacy/pii_blind17.py``)
-----------------------------------------------
rows=2380, pii_rows=900, near_rows=680 (near-miss only), plain_rows=800 (no
personal data, no near-miss), entities=1413
(mobile 397, address 200, id_card 174, bank_card 131, email 122, landline 120,
plate 96, wechat 88, qq 85);
near-miss spans=1233 (1089 in near-miss rows), 30 near-miss kinds
(amount 134, date_time 124, age 94, body_metric 94, hospital_floor 75,
hotline 71, class_name 65, tracking_no 43, duration 42, order_no 41,
parking_spot 31, bad_card 31, meter_reading 28, bad_id 28, credit_code 26,
postal_code 26, appt_no 26, invoice_no 25, place_only 25, verify_code 23,
queue_no 23, metro_line 23, report_no 22, masked 22, drug_dose 22,
course_code 18, invoice_code 14, url 14, ward_bed 12, tail_digits 11);
formats=59 distinct, each used >= 5 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind17-2026-health-edu-第十七位写手"
SPLIT = "blind17"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 900
N_NEAR_ROWS = 680
N_PLAIN_ROWS = 800

# ---------------------------------------------------------------- helpers
CN = "零一二三四五六七八九"
CN_O = "〇一二三四五六七八九"
VOICE = "零幺二三四五六七八九"
FW = str.maketrans("0123456789@", "０１２３４５６７８９＠")


def _cn(s: str, table: str = CN) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def _luhn_ok(n: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(n)):
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


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


_CN_BACK = {c: str(i) for i, c in enumerate(CN)}
_CN_BACK.update({"〇": "0", "幺": "1", "两": "2", "洞": "0"})


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(_CN_BACK.get(c, c) for c in s if c.isalnum()).upper()


def _digits(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- value pools
MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152",
                 "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                 "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA4 = ("0571", "0574", "0755", "0757", "0769", "0512", "0531", "0532", "0371", "0731", "0591", "0592",
         "0871", "0851", "0311", "0351", "0431", "0451", "0551", "0791", "0771", "0898", "0931", "0991", "0510")
ID_REGIONS = ("110105", "110108", "310104", "310115", "320102", "320583", "330106", "330203", "340104",
              "350203", "370102", "410102", "411627", "420106", "430104", "440106", "440305", "440604",
              "500103", "510107", "610113", "210102", "230103", "130102", "140105", "360102", "450103",
              "530102", "520102", "620102", "120101", "220102", "370211", "321002", "130682")
BIN16 = ("622588", "621483", "622155", "625367", "622909", "621700")
BIN19 = ("6222021", "6217000", "6228480", "6216610", "6212262", "6217857", "6230521")
BIN95 = ("95588", "95599", "95566", "95533", "95559")
BIN_INTL = ("436742", "427020", "438088", "404118", "524047", "518710", "552599", "545619")
EMAIL_DOM = ("163.com", "126.com", "sina.com", "yeah.net", "139.com", "sohu.com", "aliyun.com")
EMAIL_DOM2 = ("foxmail.com", "outlook.com", "gmail.com", "hotmail.com", "icloud.com")
CORP_DOM = ("cmbchina.com", "sinopec.com", "chinamobile.com", "huawei.com", "bankcomm.com", "sh.edu.cn",
            "ruijin.com.cn", "hz-school.cn", "gdei.edu.cn")
PINYIN = ("zhangli", "wangfang", "liuyang", "chenjie", "yangxue", "zhaomin", "huanglei", "zhoujun", "wuhong",
          "xuqing", "sunwei", "maling", "zhuhua", "hujun", "guoping", "heyan", "linna", "luoxin", "liangyu",
          "songjia", "tangmei", "hanbing", "fengjie", "dengli", "caoyun", "pengfei", "zenghui", "xiaomei",
          "tianyu", "dongmei", "yuanlin", "panwen", "jiangtao", "duanying", "leiming", "fanghui")
SURN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "hu")
GIVEN = ("li", "fang", "min", "jie", "hong", "qing", "wei", "ling", "hua", "jun", "ping", "yan", "na", "xin")
PROV_PLATE = ("京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "苏", "浙", "赣", "鄂",
              "桂", "甘", "晋", "陕", "吉", "闽", "贵", "粤", "川", "宁", "琼")
PLATE_TRAD = {"沪": "滬", "粤": "粵", "苏": "蘇", "鲁": "魯", "辽": "遼", "贵": "貴", "闽": "閩", "赣": "贛",
              "陕": "陝", "宁": "寧", "琼": "瓊", "黑": "黑", "鄂": "鄂", "浙": "浙"}
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
TRAD = str.maketrans({"广": "廣", "东": "東", "区": "區", "号": "號", "楼": "樓", "门": "門", "单": "單",
                      "阳": "陽", "华": "華", "龙": "龍", "园": "園", "苏": "蘇", "县": "縣", "镇": "鎮",
                      "庄": "莊", "组": "組", "东": "東", "圳": "圳", "湾": "灣", "栋": "棟", "体": "體",
                      "汇": "匯", "杨": "楊", "浦": "浦", "锦": "錦", "绣": "繡", "苑": "苑", "湖": "湖",
                      "里": "裡", "兴": "興", "宁": "寧", "滨": "濱", "岭": "嶺", "凤": "鳳", "丰": "豐", "关": "關", "岛": "島", "厦": "廈", "庆": "慶", "汉": "漢", "坛": "壇"})

# (province, city, district, roads, estates, county, town, village)
PLACES = (
    ("广东省", "深圳市", "南山区", ("科技园路", "南海大道", "桃园路", "工业八路"), ("桃源村", "南山花园", "阳光棕榈园")),
    ("广东省", "广州市", "天河区", ("体育西路", "天河北路", "中山大道西"), ("华景新城", "骏景花园", "天河公园苑")),
    ("广东省", "佛山市", "禅城区", ("季华五路", "汾江中路", "岭南大道"), ("保利花园", "绿景豪庭", "东方广场")),
    ("上海市", "上海市", "徐汇区", ("漕溪北路", "天钥桥路", "宜山路", "龙华西路"), ("汇成一村", "东安三村", "徐家汇花园")),
    ("上海市", "上海市", "浦东新区", ("张杨路", "杨高南路", "锦绣路", "东方路"), ("联洋花园", "仁恒滨江园", "金杨新村")),
    ("北京市", "北京市", "朝阳区", ("望京西路", "朝阳北路", "安立路", "劲松路"), ("望京西园三区", "华纺易城", "劲松八区")),
    ("北京市", "北京市", "海淀区", ("学院路", "中关村大街", "西三环北路"), ("育新花园", "知春里", "双榆树北里")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "文一西路", "天目山路"), ("翠苑一区", "古荡新村", "西溪花园")),
    ("浙江省", "宁波市", "海曙区", ("中山西路", "望春路", "丽园北路"), ("新芝小区", "南苑新村", "万达华府")),
    ("江苏省", "南京市", "玄武区", ("中山路", "北京东路", "龙蟠中路"), ("月苑小区", "兰园", "后宰门小区")),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路", "越溪路"), ("石湖华城", "新家园", "宝带新村")),
    ("四川省", "成都市", "武侯区", ("锦城大道", "科华北路", "武侯大道"), ("紫荆小区", "棕北小区", "锦城花园")),
    ("湖北省", "武汉市", "武昌区", ("中北路", "徐东大街", "民主路"), ("水岸星城", "东湖春树里", "积玉桥小区")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "银盆南路"), ("咸嘉新村", "金星花园", "麓谷小镇")),
    ("河南省", "郑州市", "金水区", ("农业路", "花园路", "经三路"), ("丰庆佳苑", "金水花园", "凤凰城")),
    ("山东省", "青岛市", "市南区", ("香港中路", "燕儿岛路", "山东路"), ("海信慧园", "浮山所小区", "东海花园")),
    ("陕西省", "西安市", "雁塔区", ("小寨东路", "科技路", "含光路"), ("曲江花园", "紫薇田园都市", "金地湖城")),
    ("重庆市", "重庆市", "渝北区", ("新牌坊一路", "金开大道", "龙山大道"), ("龙湖花园", "加州花园", "金港国际")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "厦禾路"), ("莲花五村", "瑞景新村", "湖滨一里")),
    ("辽宁省", "沈阳市", "和平区", ("南京南街", "三好街", "太原北街"), ("长白岛", "南湖小区", "和平新城")),
)
RURAL = (
    ("河南省", "周口市", "太康县", "老冢镇", "王庄村"), ("山东省", "菏泽市", "曹县", "庄寨镇", "刘岗村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "后李村"), ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
    ("河北省", "保定市", "定州市", "清风店镇", "东南合村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "石门村"),
    ("四川省", "南充市", "仪陇县", "金城镇", "马鞍村"), ("广西壮族自治区", "玉林市", "博白县", "龙潭镇", "新华村"),
)


def _num_cn(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    s = CN[h] + "百"
    if rest == 0:
        return s
    if rest < 10:
        return s + "零" + CN[rest]
    return s + (CN[rest // 10] + "十" + (CN[rest % 10] if rest % 10 else ""))


# ---------------------------------------------------------------- format tables
# each function: (rng, arg) -> (pre, value, post)

def _mob(r):
    return r.choice(MOBILE_PREFIX) + _digits(r, 8)


def _sp344(m, sep=" "):
    return m[:3] + sep + m[3:7] + sep + m[7:]


MOBILE_FMTS = (
    ("plain_11", 14, lambda r, a: ("", _mob(r), "")),
    ("space_344", 4, lambda r, a: ("", _sp344(_mob(r)), "")),
    ("dash_344", 3, lambda r, a: ("", _sp344(_mob(r), "-"), "")),
    ("plus86_plain", 2, lambda r, a: (r.choice(("+86 ", "+86", "0086 ", "86-")), _mob(r), "")),
    ("plus86_space344", 1, lambda r, a: ("+86 ", _sp344(_mob(r)), "")),
    ("voice_words", 1, lambda r, a: ("", _cn(_mob(r), VOICE), "")),
    ("cn_digits", 1, lambda r, a: ("", _cn(_mob(r), r.choice((CN, CN_O))), "")),
    ("fullwidth", 1, lambda r, a: ("", _mob(r).translate(FW), "")),
)


def _local(r, area):
    n = 8 if len(area) == 3 or r.random() < 0.6 else 7
    return _digits(r, n, "2345678")


def _land(r):
    area = r.choice(AREA3 + AREA4)
    return area, _local(r, area)


def _lf_dash(r, a):
    ar, lo = _land(r)
    return "", f"{ar}-{lo}", ""


def _lf_paren(r, a):
    ar, lo = _land(r)
    return "", r.choice((f"({ar}){lo}", f"（{ar}）{lo}", f"({ar}) {lo}")), ""


def _lf_space(r, a):
    ar, lo = _land(r)
    if len(lo) == 8 and r.random() < 0.5:
        lo = lo[:4] + " " + lo[4:]
    return "", f"{ar} {lo}", ""


def _lf_local(r, a):
    return "", _digits(r, 8, "2345678"), ""


def _lf_ext(r, a):
    ar, lo = _land(r)
    ext = _digits(r, r.choice((3, 4)), "12345678")
    return "", f"{ar}-{lo}", r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}", f" 转 {ext}"))


def _lf_cn(r, a):
    ar, lo = _land(r)
    return "", _cn(ar + lo, r.choice((CN, CN_O))), ""


def _lf_plain(r, a):
    ar, lo = _land(r)
    return "", ar + lo, ""


LANDLINE_FMTS = (
    ("area_dash", 8, _lf_dash), ("area_paren", 3, _lf_paren), ("area_space", 2, _lf_space),
    ("area_plain", 2, _lf_plain), ("local_8", 2, _lf_local), ("area_dash_ext", 3, _lf_ext),
    ("cn_digits", 1, _lf_cn),
)


def _qqn(r):
    return _digits(r, r.choice((6, 7, 8, 9, 9, 10, 10, 10)), "123456789")


def _pin(r):
    return r.choice(PINYIN) + r.choice(("", "1968", "1972", "75", "0312", "88", "666", "2008", "1990", "123"))


def _em_qq(r, a):
    return "", _qqn(r) + "@qq.com", ""


def _em_163(r, a):
    return "", _pin(r) + "@" + r.choice(EMAIL_DOM), ""


def _em_dot(r, a):
    s, g = r.choice(SURN), r.choice(GIVEN)
    local = r.choice((f"{g}.{s}", f"{s}.{g}", f"{s}_{g}{r.randint(1, 99)}", f"{s}{g}.{r.randint(1960, 2012)}"))
    return "", local + "@" + r.choice(EMAIL_DOM2), ""


def _em_corp(r, a):
    s, g = r.choice(SURN), r.choice(GIVEN)
    return "", r.choice((s + g, g + "." + s, s + g[0])) + "@" + r.choice(CORP_DOM), ""


def _em_upper(r, a):
    s, g = r.choice(SURN), r.choice(GIVEN)
    return "", f"{s.capitalize()}{g.capitalize()}{r.choice(('', '1975', '88', '2012'))}@{r.choice(EMAIL_DOM + EMAIL_DOM2)}", ""


def _em_fw(r, a):
    return "", _pin(r) + "＠" + r.choice(EMAIL_DOM), ""


def _em_voice(r, a):
    dom = r.choice(("163点com", "qq点com", "126点com", "sina点com"))
    local = r.choice(PINYIN) + r.choice(("", "一九六八", "幺九七二", "八八"))
    if dom.startswith("qq"):
        local = _cn(_qqn(r), VOICE)
    return "", local + r.choice(("艾特", " 艾特 ")) + dom, ""


EMAIL_FMTS = (
    ("qq_mail", 8, _em_qq), ("pinyin_domestic", 8, _em_163), ("dotted_intl", 3, _em_dot),
    ("work_domain", 3, _em_corp), ("capitalised", 2, _em_upper), ("fullwidth_at", 1, _em_fw),
    ("voice_at_dot", 1, _em_voice),
)

QQ_FMTS = (
    ("plain_digits", 12, lambda r, a: ("", _qqn(r), "")),
    ("cn_digits", 2, lambda r, a: ("", _cn(_qqn(r), r.choice((CN, CN_O))), "")),
    ("voice_words", 1, lambda r, a: ("", _cn(_qqn(r), VOICE), "")),
    ("fullwidth", 1, lambda r, a: ("", _qqn(r).translate(FW), "")),
)


def _wx_pin(r, a):
    return "", r.choice(PINYIN) + r.choice(("1968", "72", "0815", "666", "888", "2010", "1989", "521", "99")), ""


def _wx_us(r, a):
    s, g = r.choice(SURN), r.choice(GIVEN)
    return "", r.choice((f"{s}_{g}{r.randint(10, 99)}", f"{g}_{s}_{r.randint(1, 9)}", f"{s}{g}_{r.randint(1960, 2015)}")), ""


def _wx_dash(r, a):
    s, g = r.choice(SURN), r.choice(GIVEN)
    return "", r.choice((f"{s.capitalize()}-{g}{r.randint(1, 99)}", f"{g}-{s}{r.randint(1970, 2012)}")), ""


def _wx_id(r, a):
    return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), ""


def _wx_mix(r, a):
    en = r.choice(("Lily", "Amy", "Tony", "Grace", "Helen", "Kevin", "Cindy", "Jack", "Coco", "Vivian"))
    return "", r.choice((f"{en}_{r.choice(SURN).capitalize()}{r.randint(1975, 2000)}", f"{en}{r.choice(SURN)}{r.randint(10, 99)}")), ""


def _wx_letmob(r, a):
    return "", r.choice(("a", "w", "lh", "zyx", "mm")) + _mob(r), ""


WECHAT_FMTS = (
    ("pinyin_digits", 8, _wx_pin), ("underscore", 4, _wx_us), ("dash", 2, _wx_dash), ("wxid", 2, _wx_id),
    ("english_mixed", 3, _wx_mix), ("letters_mobile", 2, _wx_letmob),
)


def _plate_body(r):
    body = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), r.choice((0, 1, 1, 2))):
        body[i] = r.choice(PLATE_L)
    return "".join(body)


def _pl(r, sep=""):
    return r.choice(PROV_PLATE) + r.choice("ABCDEFGHJK") + sep + _plate_body(r)


def _pl_ne(r, a):
    p = r.choice(PROV_PLATE) + r.choice("ABCDE")
    tail = r.choice("DF") + (_digits(r, 5) if r.random() < 0.6 else r.choice(PLATE_L) + _digits(r, 4))
    return "", p + tail, ""


def _pl_trad(r, a):
    k = r.choice(tuple(PLATE_TRAD))
    return "", PLATE_TRAD[k] + r.choice("ABCDEFGH") + _plate_body(r), ""


PLATE_FMTS = (
    ("plain", 10, lambda r, a: ("", _pl(r), "")),
    ("middle_dot", 3, lambda r, a: ("", _pl(r, "·"), "")),
    ("space", 2, lambda r, a: ("", _pl(r, " "), "")),
    ("new_energy", 3, _pl_ne),
    ("traditional", 1, _pl_trad),
    ("lowercase", 1, lambda r, a: ("", _pl(r).lower(), "")),
)


def _idnum(r, age):
    yr = {"old": (1936, 1962), "child": (2010, 2021), "adult": (1968, 1998)}.get(age or "adult", (1950, 2005))
    y = r.randint(*yr)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    body = r.choice(ID_REGIONS) + f"{y:04d}{m:02d}{d:02d}" + _digits(r, 3)
    return body + _id_check(body)


def _id_x(r, age):
    while True:
        v = _idnum(r, age)
        if v.endswith("X"):
            return v


ID_FMTS = (
    ("plain_18", 12, lambda r, a: ("", _idnum(r, a), "")),
    ("space_6_8_4", 2, lambda r, a: ("", (lambda v: f"{v[:6]} {v[6:14]} {v[14:]}")(_idnum(r, a)), "")),
    ("x_lowercase", 2, lambda r, a: ("", _id_x(r, a).lower(), "")),
    ("x_uppercase", 2, lambda r, a: ("", _id_x(r, a), "")),
    ("cn_digits", 1, lambda r, a: ("", _cn(_idnum(r, a), r.choice((CN, CN_O))), "")),
    ("voice_words", 1, lambda r, a: ("", _cn(_idnum(r, a), VOICE).replace("X", "叉"), "")),
)


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def _sp4(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


BANK_FMTS = (
    ("unionpay_16", 5, lambda r, a: ("", _card(r, BIN16, 16), "")),
    ("unionpay_19", 7, lambda r, a: ("", _card(r, BIN19, 19), "")),
    ("domestic_95_19", 2, lambda r, a: ("", _card(r, BIN95, 19), "")),
    ("space_4", 5, lambda r, a: ("", _sp4(_card(r, BIN16 + BIN19, r.choice((16, 19)))), "")),
    ("intl_16", 2, lambda r, a: ("", _card(r, BIN_INTL, 16), "")),
    ("intl_space_4", 1, lambda r, a: ("", _sp4(_card(r, BIN_INTL, 16)), "")),
    ("cn_digits", 1, lambda r, a: ("", _cn(_card(r, BIN19, 19), r.choice((CN, CN_O))), "")),
)


def _room(r):
    return f"{r.randint(1, 28)}{r.randint(1, 4):02d}"


def _ad_full(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    head = (p + c if p != c else c) + d
    return "", head + r.choice(roads) + f"{r.randint(1, 1200)}号" + r.choice(est) + \
        f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室", ""


def _ad_city(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    tail = r.choice((f"{r.randint(1, 20)}号楼{_room(r)}室", f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{_room(r)}",
                     f"{r.randint(2, 30)}层"))
    return "", c + d + r.choice(roads) + f"{r.randint(1, 999)}号" + tail, ""


def _ad_dist(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    tail = r.choice((f"{r.randint(1, 30)}栋{_room(r)}", f"{r.randint(1, 12)}号院{r.randint(1, 20)}号楼{r.randint(1, 5)}单元{_room(r)}",
                     f"{r.randint(1, 30)}幢{_room(r)}室"))
    return "", d + r.choice(roads) + f"{r.randint(1, 500)}号" + r.choice(est) + tail, ""


def _ad_estate(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    return "", c + d + r.choice(est) + f"{r.randint(1, 40)}幢{r.randint(1, 4)}单元{_room(r)}室", ""


def _ad_rural(r, a):
    p, c, x, t, v = r.choice(RURAL)
    head = r.choice((p + c + x, c + x, x))
    return "", head + t + v + r.choice((f"{r.choice(CN[1:8])}组{r.randint(1, 60)}号", f"{r.randint(1, 120)}号")), ""


def _ad_trad(r, a):
    _, v, _ = (_ad_full if r.random() < 0.5 else _ad_city)(r, a)
    return "", v.translate(TRAD), ""


def _ad_dash(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    head = r.choice((c + d, d, c + d + r.choice(roads) + f"{r.randint(1, 800)}号"))
    return "", head + r.choice(est) + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}", ""


def _ad_cnnum(r, a):
    p, c, d, roads, est = r.choice(PLACES)
    return "", c + d + r.choice(roads) + _num_cn(r.randint(1, 999)) + "号" + r.choice(est) + \
        _num_cn(r.randint(1, 30)) + "栋" + _cn(_room(r)) + r.choice(("室", "")), ""


ADDRESS_FMTS = (
    ("province_full", 6, _ad_full), ("city_district", 6, _ad_city), ("district_start", 4, _ad_dist),
    ("estate_unit", 4, _ad_estate), ("rural_village", 3, _ad_rural), ("traditional", 1, _ad_trad),
    ("dash_room", 2, _ad_dash), ("cn_numerals", 2, _ad_cnnum),
)

FMT_TABLES = (("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("email", EMAIL_FMTS), ("qq", QQ_FMTS),
              ("wechat", WECHAT_FMTS), ("plate", PLATE_FMTS), ("id_card", ID_FMTS), ("bank_card", BANK_FMTS),
              ("address", ADDRESS_FMTS))
FMT_BY_KIND = dict(FMT_TABLES)

# ---------------------------------------------------------------- near-miss generators
# each: rng -> (near_kind, pre, value, post)


def _bad_card(r):
    while True:
        b = r.choice(BIN16 + BIN19)
        v = b + _digits(r, r.choice((16, 19)) - len(b))
        if not _luhn_ok(v):
            return v


def _bad_id(r):
    while True:
        v = _idnum(r, None)
        bad = v[:17] + r.choice("0123456789X")
        if not _id_ok(bad) and not (bad.isdigit() and _luhn_ok(bad)):
            return bad


def _safe_digits(r, n, first="123456789"):
    while True:
        v = _digits(r, n, first)
        if 16 <= n <= 19 and _luhn_ok(v):
            continue
        if n == 18 and _id_ok(v):
            continue
        return v


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"2024年{m}月{d}日", f"2025-{m:02d}-{d:02d}", f"{m}.{d}", f"{m}月{d}号",
                     f"{m}/{d}", f"2024.{m:02d}.{d:02d}"))


def _time(r):
    h = r.randint(7, 17)
    return r.choice((f"{h}:{r.choice(('00', '30', '15', '45'))}", f"上午{r.choice('八九十')}点", f"下午{r.choice('一二三四')}点半",
                     f"{h}点{r.choice(('', '半', '一刻'))}"))


def _amount(r):
    x = r.choice((r.randint(20, 999), r.randint(1000, 26000)))
    return r.choice((f"{x}元", f"¥{x}.00", f"{x}.{r.randint(10, 99)}元", f"{x:,}.00", f"￥{x}", f"{x}块"))


NEAR = {
    "appt_no": lambda r: ("appt_no", r.choice(("预约号", "预约单号", "挂号单号")), r.choice(("YY", "GH", "")) + "2024" + _safe_digits(r, 8, "01"), ""),
    "queue_no": lambda r: ("queue_no", r.choice(("排队号", "取号", "叫号到")), r.choice("ABCK") + f"{r.randint(1, 199):03d}", ""),
    "report_no": lambda r: ("report_no", r.choice(("报告编号", "体检号", "报告单号")), r.choice(("TJ", "BG", "PE", "")) + "24" + _safe_digits(r, 8, "01"), ""),
    "order_no": lambda r: ("order_no", r.choice(("订单号", "订单编号", "单号")), _safe_digits(r, r.choice((12, 14, 16, 18, 19)), "123456789"), ""),
    "tracking_no": lambda r: ("tracking_no", r.choice(("快递单号", "单号", "运单号", "物流单号")),
                              r.choice(("SF" + _safe_digits(r, 13, "1"), "YT" + _safe_digits(r, 13, "6789"),
                                        "JDX0" + _safe_digits(r, 11, "123"), "E" + r.choice("ABMY") + _safe_digits(r, 9) + "CN",
                                        "7" + _safe_digits(r, 11, "35"), "43" + _safe_digits(r, 11))), ""),
    "invoice_no": lambda r: ("invoice_no", r.choice(("发票号码", "发票号", "电子发票号码")),
                             r.choice((_safe_digits(r, 8, "0"), "2432" + _safe_digits(r, 16, "0"))), ""),
    "invoice_code": lambda r: ("invoice_code", "发票代码", "0" + _safe_digits(r, 11, "345"), ""),
    "hotline": lambda r: ("hotline", r.choice(("客服热线", "热线", "可以打", "拨打")),
                          r.choice(("400-" + _digits(r, 3, "123456789") + "-" + _digits(r, 4), "400" + _digits(r, 7, "6789"),
                                    "800-" + _digits(r, 3, "89") + "-" + _digits(r, 4), "95518", "95588", "95566",
                                    "12345", "12333", "12329", "12320", "12315", "10086", "95598", "96777")), ""),
    "amount": lambda r: ("amount", r.choice(("费用", "一共", "金额", "共", "合计")), _amount(r), ""),
    "date_time": lambda r: ("date_time", r.choice(("", "约的", "时间是", "定在")), (lambda d, t: d + (" " if t[0].isdigit() else r.choice(("", " "))) + t)(_date(r), _time(r)), ""),
    "bad_card": lambda r: ("bad_card", r.choice(("这个号", "单据上的编号", "流水号")), _bad_card(r), ""),
    "bad_id": lambda r: ("bad_id", r.choice(("系统里登记的", "单子上印的", "录入的是")), _bad_id(r), ""),
    "masked": lambda r: ("masked", r.choice(("预留的", "显示", "登记的")),
                         r.choice((_mob(r)[:3] + "****" + _digits(r, 4), _idnum(r, None)[:4] + "**********" + _digits(r, 4),
                                   "6222 **** **** " + _digits(r, 4), _mob(r)[:3] + "*****" + _digits(r, 3),
                                   _idnum(r, None)[:6] + "********" + _digits(r, 3) + "X")), ""),
    "tail_digits": lambda r: ("tail_digits", r.choice(("尾号", "尾号是", "后四位")), _digits(r, 4), ""),
    "verify_code": lambda r: ("verify_code", r.choice(("验证码", "校验码", "取件码")), _digits(r, r.choice((4, 6))), ""),
    "postal_code": lambda r: ("postal_code", r.choice(("邮编", "邮编：", "邮政编码")), r.choice(("1", "2", "3", "4", "5", "6")) + _digits(r, 5), ""),
    "ward_bed": lambda r: ("ward_bed", r.choice(("住院部", "在", "住")), r.choice((f"{r.randint(3, 22)}楼{r.randint(1, 60)}床",
                                                                               f"{r.randint(5, 30)}病区{r.randint(1, 40)}床", f"{r.randint(1, 48)}床")), ""),
    "hospital_floor": lambda r: ("hospital_floor", r.choice(("到", "去", "在")),
                                 r.choice((f"门诊楼{r.randint(1, 6)}楼", f"{r.choice('ABC')}座{r.randint(2, 9)}楼", f"{r.randint(2, 5)}楼{r.choice('ABCD')}区",
                                           f"{r.randint(1, 3)}号楼{r.randint(1, 5)}楼", f"医技楼{r.randint(1, 4)}层")), ""),
    "body_metric": lambda r: ("body_metric", "",
                              r.choice((f"血压{r.randint(110, 170)}/{r.randint(65, 100)}", f"血糖{r.randint(45, 120) / 10}",
                                        f"身高{r.randint(98, 160)}cm", f"体重{r.randint(15, 85)}.{r.randint(0, 9)}kg",
                                        f"视力{r.choice(('4.6', '4.8', '5.0', '4.5'))}", f"近视{r.choice(('150', '275', '450', '600'))}度",
                                        f"尿酸{r.randint(300, 560)}", f"体温{r.randint(365, 392) / 10}度")), ""),
    "drug_dose": lambda r: ("drug_dose", r.choice(("医生说", "说明书写", "")),
                            r.choice((f"每次{r.choice(('0.25g', '0.5g', '10mg', '5ml', '2粒', '1片'))}", f"一天{r.choice('二三')}次",
                                      f"{r.choice(('0.1g', '20mg', '250ml'))}×{r.choice(('24', '12', '6'))}片/盒")), ""),
    "class_name": lambda r: ("class_name", r.choice(("孩子在", "分在", "报的")),
                             r.choice((f"{r.choice(('一', '二', '三', '四', '五', '六'))}年级{r.randint(1, 12)}班", f"{r.choice(('小', '中', '大'))}{r.randint(1, 6)}班",
                                       f"K{r.randint(1, 3)}班", f"周六{r.randint(9, 16)}点的班", f"初{r.choice('一二三')}({r.randint(1, 15)})班")), ""),
    "parking_spot": lambda r: ("parking_spot", r.choice(("车位", "车位号")), f"{r.choice(('B1', 'B2', 'B3', 'F1'))}-{r.randint(1, 380)}", ""),
    "metro_line": lambda r: ("metro_line", r.choice(("坐", "乘", "地铁")), f"{r.randint(1, 18)}号线" + r.choice(("", f"{r.randint(1, 8)}号口", f"{r.choice('ABCD')}口")), ""),
    "credit_code": lambda r: ("credit_code", r.choice(("统一社会信用代码", "信用代码")),
                              "91" + r.choice(ID_REGIONS) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10)), ""),
    "place_only": lambda r: ("place_only", r.choice(("我在", "离", "就是", "")),
                             r.choice(("浦东新区", "徐汇区那家分院", "天河区", "南山区", "西湖区", "武侯区", "望京那边", "朝阳区",
                                       "市一医院东院", "人民医院老院区", "实验小学", "向阳幼儿园", "街道办", "社区卫生服务中心")), ""),
    "age_old": lambda r: ("age", r.choice(("老人今年", "我妈", "我爸今年")), r.choice((f"{r.randint(60, 92)}岁", f"{r.randint(60, 92)}周岁", f"七十{r.choice('一二三四五六七八九')}岁")), ""),
    "age_child": lambda r: ("age", r.choice(("孩子", "宝宝", "孩子今年")), r.choice((f"{r.randint(3, 12)}周岁", f"{r.randint(2, 6)}岁半", f"{r.randint(3, 12)}岁")), ""),
    "url": lambda r: ("url", r.choice(("链接", "网址", "官网")),
                      r.choice(("https://m.jkzx-report.cn/q?r=" + _digits(r, 6), "www.12333.gov.cn", "http://tj.hospital.cn/report",
                                "https://zwfw.gov.cn/gjj", "edu.sh.gov.cn/ybm")), ""),
    "course_code": lambda r: ("course_code", r.choice(("课程编号", "课程码", "班号")), r.choice(("C", "KC", "YW", "SX")) + "2024" + f"{r.randint(1, 999):03d}", ""),
    "meter_reading": lambda r: ("meter_reading", r.choice(("电表读数", "水表走到", "燃气表")), f"{r.randint(100, 9999)}{r.choice(('度', '吨', '方'))}", ""),
    "duration": lambda r: ("duration", r.choice(("大概", "要", "需要")), r.choice((f"{r.randint(3, 15)}个工作日", f"{r.randint(1, 4)}周", f"{r.randint(20, 90)}分钟")), ""),
}
NEAR_KINDS = tuple(sorted({v(random.Random(0))[0] for v in NEAR.values()}))

# ---------------------------------------------------------------- templates
# markers: {kind}, {kind/age}, {kind|fmt1,fmt2}, {kind*} (repeat the last value of that kind), {n_xxx} near-miss
VOICE_F = "voice_words,cn_digits"
PII_T = (
    # hospitals / clinics
    "您好，我想帮我妈预约下周三的体检，她身份证号{id_card/old}，手机{mobile}，麻烦了",
    "医生您好，体检报告能不能寄到家里？地址：{address}，收件电话{mobile}",
    "报告电子版发我邮箱就行 {email}",
    "麻烦把我爸的检查报告发到{email}，谢谢！他眼睛不好看不了手机",
    "我是患者家属，病人身份证{id_card/old}，我的电话{mobile}，有事打我电话",
    "预约牙科洗牙，手机号{mobile}，{n_date_time}可以吗",
    "您好 我是{n_age_old}的老人 我的手机号是{mobile|cn_digits,voice_words,plain_11} 手机号是{mobile*} 请给我回电话",
    "牙套的钱退到这张卡上吧：{bank_card}，户名是我本人",
    "医保报销的材料寄到{address}，邮编{n_postal_code}",
    "眼科复查约好了吗？我留的是座机{landline}，白天家里有人",
    "請問報告什麼時候出來，我的電話是{mobile}，地址{address|traditional}",
    "您好，孩子验光配镜，家长电话{mobile}，{n_class_name}，放学后过去",
    "我们药房的电话是{landline}，您到了打这个就行",
    "麻烦开发票，抬头个人，发到邮箱{email}，{n_amount}",
    "住院押金退款请退到{bank_card}，开户行工商银行",
    "护士你好，我是{n_ward_bed}病人的女儿，我电话{mobile}，我爸的身份证是{id_card/old}",
    "核酸报告寄送地址 {address} 联系人电话 {mobile}",
    "医生 我是语音打字的 我的身份证号码是{id_card|voice_words,cn_digits,plain_18} 手机号码是{mobile|voice_words,cn_digits}",
    "体检中心的车位紧张吗？我开车过去，车牌{plate}，需要登记吗",
    "你好，上次在你们口腔种的牙，我现在电话换了，新号码{mobile}，旧的不用了",
    "商业保险理赔需要的资料我已经准备好了，身份证{id_card}，银行卡{bank_card}，理赔款打到这张卡",
    "收件人：本人\n电话：{mobile}\n地址：{address}",
    "我妈妈{id_card/old}\n我爸爸{id_card/old}\n两个人都约{n_date_time}的老年体检",
    "您好，我想咨询一下胃镜预约，我的QQ是{qq}，微信不常用",
    "加我微信{wechat}，把缴费截图发您",
    "我微信号：{wechat}，手机{mobile}，麻烦加一下，报告出来告诉我",
    "{mobile} 这是我女儿的电话，我耳朵不好，有事联系她",
    "医院地址我知道，就是想问停车，车牌号{plate}能不能提前备案",
    "药寄到{address}，电话{mobile}，到付也行",
    "医生，我昨天说的号码不对，正确的是{mobile}，麻烦改一下",
    "刚才身份证少打了一位，重新发：{id_card}",
    "疫苗预约，宝宝的身份证{id_card/child}，妈妈手机{mobile}",
    "您好，我在你们{n_place_only}的门店配的眼镜，电话{mobile}，镜片有问题",
    "住院费用清单发我邮箱吧{email}谢谢医生🙏",
    "我爸是{n_age_old}，身份证号码{id_card/old|plain_18,space_6_8_4,x_uppercase,x_lowercase}，麻烦帮他建个档",
    "家里座机{landline}，手机{mobile}，打哪个都可以的",
    "诊所联系电话：{landline}\n地址：{address}\n营业时间{n_date_time}",
    "好的我记一下，你们的座机是{landline}对吧",
    "理赔款请转入 {bank_card|space_4,intl_space_4,unionpay_19}，谢谢",
    "💊药品寄送：{address}，📱{mobile}",
    "医生好，我是{n_age_old}的老太太的儿子，她的社保卡绑的是这张{bank_card}，身份证{id_card/old}",
    "QQ邮箱{email|qq_mail}，报告发这个",
    "我的QQ号{qq}，QQ邮箱也是这个号",
    "叔叔的电话{mobile}，阿姨的电话{mobile}，两个都留一下吧，以防万一",
    "电话{mobile}。电话{mobile*}。重要的事说两遍😂",
    "你好，我家老人不会用微信，你打座机{landline|area_dash,area_paren,local_8,cn_digits}找他",
    "车停地下室了，车牌{plate}，出来的时候能免费吗",
    # education
    "老师好，孩子报名信息：身份证{id_card/child}，家长手机{mobile}，家庭住址{address}",
    "学费退款请退到这张卡{bank_card}，是孩子爸爸的卡",
    "老师，我家孩子在{n_class_name}，我的微信号{wechat}，麻烦拉我进班级群",
    "老师您好，孩子的学籍信息里家长电话改成{mobile}吧，原来的号停机了",
    "幼儿园报名表：\n孩子身份证号：{id_card/child}\n父亲电话：{mobile}\n母亲电话：{mobile}\n住址：{address}",
    "我是小朋友的奶奶，他妈妈在外地，电话{mobile}，你们有事找她",
    "培训班退费，银行卡号{bank_card}，开户行建设银行，{n_amount}",
    "老师，作业我发您邮箱了，我的邮箱是{email}，您查收一下",
    "我QQ{qq}，老师可以加我，把课件传一下",
    "孩子的校车接送地址：{address}，爷爷来接，爷爷电话{mobile}",
    "上课地点离我家远吗？我住在{address}",
    "报名费{n_amount}已转，转账的卡尾号和这个一样{bank_card}",
    "老师，孩子的身份证号是{id_card/child|x_lowercase,x_uppercase}，最后是字母X",
    "老師好，家長電話{mobile}，住址{address|traditional}，謝謝",
    "您好我是一年级新生家长 孩子身份证{id_card/child} 户籍地址{address} 现住址跟户籍一样",
    "家长微信{wechat}，QQ{qq}，邮箱{email}，哪个方便联系哪个",
    "接孩子的车是{plate}，白色的，门卫那边能登记一下吗",
    "暑假班报名，{n_course_code}，联系电话{mobile}",
    "老师，退费退到{bank_card|unionpay_16,unionpay_19,domestic_95_19}就行，这是我工资卡",
    "我家的固话是{landline}，孩子放学回家可以打这个",
    "学校的电话是不是{landline}？我打了好几次没人接",
    "发票请寄：{address}，{mobile}，发票抬头我单位的",
    # community / property / utilities / social security
    "您好，我是{address}的业主，电话{mobile}，楼上漏水了",
    "物业你好，我家车牌{plate}，新买的车，要办停车卡",
    "业主信息更新：房号{address|dash_room,estate_unit,district_start}，电话{mobile}，车牌{plate}",
    "燃气报修 地址{address} 电话{mobile} 家里只有老人在",
    "社保代缴，身份证{id_card}，扣款卡{bank_card}，联系电话{mobile}",
    "公积金提取，本人身份证号{id_card}，收款卡号{bank_card}",
    "我帮我爸办养老认证，他的身份证是{id_card/old}，我的手机是{mobile}",
    "您好 我是替我母亲咨询的 她{n_age_old} 身份证号{id_card/old} 银行卡{bank_card} 养老金到现在还没到账",
    "居委会的电话是{landline}吗？我想办高龄补贴",
    "电费充值卡号我记不清了，户主电话{mobile}，地址{address}",
    "我老头子的电话是{mobile|cn_digits,plain_11}，我的是{mobile|cn_digits,plain_11}，有事打给我们",
    "社区医生您好，我家住{address}，老伴行动不便，能上门吗？电话{landline}",
    "车牌{plate}是我儿子的车，他每周来看我，能不能登记成访客车",
    "停车月卡续费，车牌号{plate}，{n_amount}已交",
    "{plate} 这个车堵在我们单元门口两天了，麻烦物业联系下车主",
    "快递柜放不下，寄到物业吧，{address}，电话{mobile}",
    "维修师傅电话多少？我这边{landline}，一直在家",
    "我是独居老人 住在{address} 电话{landline} 女儿电话{mobile}",
    "请问住房补贴打到哪张卡？我提供的是{bank_card}",
    "门禁卡丢了，重新办，业主身份证{id_card}，电话{mobile}",
    "您好，我母亲身份证{id_card/old}，我身份证{id_card/adult}，我们要办代办委托",
    "邮箱{email}，社保缴费明细发这里谢谢",
    "我是语音输入的 我的邮箱是{email|voice_at_dot,qq_mail,pinyin_domestic} 你们发个确认邮件给我",
    "小区地址 {address|rural_village,province_full} 电话 {mobile|voice_words,cn_digits} 谢谢你们",
    "我是老家的 地址是{address|rural_village} 身份证{id_card/old|cn_digits,voice_words,plain_18}",
    "我住{address|cn_numerals,city_district}，你们师傅到了打我手机{mobile}",
    "水费代扣卡{bank_card}，户号我看一下账单，{n_meter_reading}",
    "👉加我微信：{wechat}\n👉或者QQ：{qq}\n👉电话：{mobile}",
    "我的微信就是手机号{mobile}，搜得到",
    "你好，{n_hotline}打不通，我的电话是{mobile}，请回电",
    "{email}\n这是我的邮箱，体检报告的PDF请发这里",
    "银行卡：{bank_card}\n身份证：{id_card}\n手机：{mobile}\n都在这里了您看下",
    "麻烦您记一下，我的手机号{mobile}，我再说一遍{mobile*}，别记错了",
    "身份证号码是{id_card/old} 我再发一遍 {id_card*}",
    "寄{address}，打{mobile}，谢谢！",
    "地址是{address}。{n_postal_code}",
    "联系人：家属\n手机：{mobile}\n座机：{landline}\n微信：{wechat}",
    "你好 我qq{qq} 加一下 发照片给你",
    "我的QQ是{qq|cn_digits,voice_words,plain_digits}，我不太会用微信",
    "宝宝的出生证明地址写的是{address}，要和这个一样吗",
    "我家孩子在{n_class_name}，爸爸电话{mobile}，妈妈邮箱{email}",
    "Hi 老师，my email is {email}，孩子的英语作业可以发这里",
    "号码是{mobile}不是之前那个，之前那个是我老婆的",
    "手机{mobile}，微信同号",
    "车牌号码{plate}，麻烦登记一下访客车辆",
    "{landline}是我们门诊部的电话，晚上没人值班",
    "孩子的奶奶身份证{id_card/old}，外公身份证{id_card/old}，都是一起来体检的",
    "我是她女婿，丈母娘的卡号{bank_card}，报销款请打这里",
    "医生我是语音的 地址{address|cn_numerals,rural_village} 电话{mobile|voice_words,cn_digits}",
    "工作单位电话{landline}，下班后打手机{mobile}",
    "微信：{wechat}（加的时候备注一下体检）",
    "师傅，我车{plate}停在{n_parking_spot}，挡到您了吗",
    "寄送地址更正：{address}，之前写错单元了",
    "收款账户：{bank_card}\n开户行：农业银行\n金额：{n_amount}",
    "老师您好，我是家长，QQ{qq}，平时用电脑多，作业可以传QQ",
    "Q{qq} 加我的时候备注孩子名字",
    "我不用微信的，QQ是{qq}，邮箱{email|qq_mail,pinyin_domestic}",
    "体检报告出来了麻烦QQ发我一下 {qq}",
    "加我vx：{wechat}，我把孩子的照片发您",
    "我微信{wechat}，加不上的话加我老公的{wechat}",
    "护士你好，加一下我微信 {wechat} 方便沟通我妈的情况",
    "wx {wechat} / 手机 {mobile}",
    "车牌{plate}和{plate}都是我家的，两台车都要登记",
    "接送车辆登记：{plate}，司机是孩子外公，电话{mobile}",
    "我的车{plate}，在你们医院停车场出不来了，杆子不抬",
    "邮箱：{email}（发PDF就行，不用寄纸质的）",
    "报名表我发到{email}了，请查收，没收到的话打我电话{mobile}",
    "請把報告寄到{address|traditional}，電話{landline}，郵箱{email}",
)
NEAR_T = (
    "您好，您的{n_appt_no+}已预约成功，请于{n_date_time}到{n_hospital_floor}报到",
    "报告已出，{n_report_no}，可在公众号查询",
    "您的检查费用{n_amount}，医保统筹支付后自付{n_amount}",
    "请到{n_hospital_floor}抽血，空腹，{n_queue_no}",
    "退款已原路退回，{n_order_no}，预计{n_duration}内到账",
    "药品已发出，{n_tracking_no}，注意查收",
    "有问题请拨打{n_hotline}，工作日{n_date_time}",
    "{n_invoice_code}，{n_invoice_no}，金额{n_amount}",
    "系统显示您预留的手机是{n_masked}，是否还在使用？",
    "您绑定的是{n_tail_digits+}的银行卡吗",
    "您的{n_verify_code+}，五分钟内有效，请勿告诉他人",
    "老人{n_ward_bed}，今天{n_body_metric}，比昨天好一点",
    "阿姨今天测的{n_body_metric}，{n_body_metric}，还要继续吃药",
    "阿莫西林{n_drug_dose}，{n_drug_dose}，饭后吃",
    "孩子在{n_class_name}，这周五下午开家长会",
    "您好，{n_course_code}这期课还有名额吗？费用{n_amount}对吗",
    "停车在{n_parking_spot}，到了我下来接您",
    "从{n_metro_line}出来走五分钟就到我们门诊",
    "我们单位{n_credit_code+}，开发票要这个吧",
    "我在{n_place_only}附近，去你们哪个门店近一点",
    "单子上有个{n_bad_card}，这个是什么号码？不是我的卡号吧",
    "系统提示{n_bad_id}不正确，我再核对下",
    "您好，{n_age_old}能参加这个体检套餐吗",
    "报告查询{n_url}，输入体检号就可以",
    "这个月{n_meter_reading+}，物业费{n_amount}，一起交了",
    "社保咨询{n_hotline}，公积金{n_hotline}，我都打过了",
    "好的，{n_date_time}我带孩子过来，{n_class_name}的",
    "发票已开具，{n_invoice_no}，请在电子邮箱查收",
    "您的订单{n_order_no}已发货，{n_tracking_no}",
    "复诊时间{n_date_time}，记得带上之前的片子",
    "这张单子{n_bad_card}，收费处说刷不了",
    "您好，温馨提示：{n_appt_no}的检查需要空腹，{n_duration}",
    "我老伴{n_age_old}，{n_body_metric}，{n_body_metric}，医生说要住院观察",
    "老师，孩子{n_body_metric}，这个班的桌椅合适吗",
    "{n_age_child}，能报你们的游泳班吗？{n_class_name}还有位置吗",
    "我家孩子{n_age_child!}了，{n_body_metric}，打疫苗要空腹吗",
    "您好，{n_age_child!}的小朋友眼科检查挂哪个科？{n_hospital_floor}吗",
    "取药请到{n_hospital_floor}窗口，{n_queue_no}",
    "您好，您的手机{n_masked}已绑定成功",
    "您的身份证{n_masked}已实名认证",
    "{n_date_time!}的号已经约满了，您看{n_date_time}可以吗",
    "收到{n_amount}，谢谢，收据放在前台",
    "好的，邮寄{n_tracking_no}，{n_postal_code}那个地方三天能到",
    "麻烦问下{n_report_no}的结果出了没有",
    "你们的客服电话{n_hotline}一直占线",
    "学费{n_amount}，教材费{n_amount}，一共交到{n_date_time}",
    "检查结果：{n_body_metric}，{n_body_metric}",
    "请问{n_metro_line}过来哪个口近",
    "孩子要在{n_class_name}上课，{n_duration}一节",
    "系统里这个号码{n_bad_id}对不上，您看是不是输错了",
    "您好，{n_url}打不开，是不是网址变了",
    "我的{n_verify_code+}收到了，但输入后提示错误",
    "好的，{n_parking_spot}那边有充电桩吗",
    "我这张收据上有个{n_bad_card}，是不是这个",
    "费用已经报销了，{n_amount!}，谢谢你们",
    "上次{n_order_no+}的药还没收到，{n_tracking_no}一直没更新",
    "我们住在{n_place_only}那边，{n_date_time}能安排上门吗",
    "您好 我是{n_age_old} 想问问{n_hotline}是不是你们的电话",
    "新生入学体检{n_date_time}，地点{n_hospital_floor}",
    "麻烦开收据，{n_credit_code}，金额{n_amount}",
    "维修单{n_order_no}，师傅说{n_duration}内上门",
    "本月{n_meter_reading+}，比上个月多了好多，是不是表坏了",
    "预约成功！🎉 {n_appt_no} 就诊时间{n_date_time} 🏥{n_hospital_floor!}",
)

# ---------------------------------------------------------------- plain chat lines
PLAIN_A = ("您好", "你好", "医生您好", "老师好", "麻烦问一下", "打扰了", "在吗", "请问", "师傅好", "护士你好", "阿姨好",
           "早上好", "下午好", "不好意思", "谢谢您", "辛苦了", "哦哦", "嗯嗯", "好的", "收到", "醫生您好", "老師好")
PLAIN_B = ("报告出来了吗", "明天还需要空腹吗", "孩子今天发烧了想请个假", "我妈妈腿脚不好能不能安排轮椅",
           "缴费的二维码在哪里", "这个药饭前吃还是饭后吃", "能不能换个时间", "我已经到门口了", "排队的人多吗",
           "医保卡可以用吗", "需要带什么材料", "作业已经提交了", "放学是几点", "今天食堂吃什么", "学校还收校服费吗",
           "物业费在哪里交", "楼道的灯坏了好几天了", "电梯又停了", "水压太小了", "暖气不热", "垃圾一直没人收",
           "养老金怎么还没到账", "认证要本人去吗", "代办需要委托书吗", "我不太会用手机", "字太小我看不清",
           "我让我儿子跟您联系", "我老伴住院了这几天没空", "报销的钱大概多久到", "退费申请我提交了",
           "眼镜什么时候可以取", "牙齿还是有点疼", "复查要挂号吗", "体检套餐有什么区别", "能开诊断证明吗",
           "孩子不肯吃药怎么办", "疫苗打完可以洗澡吗", "老师说的资料我找不到了", "家长会我可能去不了",
           "明天下雨还上课吗", "班车几点出发", "我们小区停水了", "燃气费怎么交", "社保卡丢了怎么补",
           "公积金可以提取吗", "居委会几点上班", "我是帮我爸问的", "报告能不能寄纸质的", "结果正常吗",
           "医生说要复查", "我要退号", "这个能报销吗", "请问周末上班吗", "麻烦帮我看一下", "我刚才打电话没人接",
           "孩子有点咳嗽", "體檢報告收到了", "請問明天開門嗎", "我是語音輸入的有錯字請見諒", "老人家不方便出门",
           "上门服务收费吗", "能不能先交一部分", "发票我还没收到", "住院需要陪护吗", "探视时间是什么时候")
PLAIN_C = ("", "谢谢", "谢谢您", "麻烦了", "辛苦了🙏", "谢谢医生", "谢谢老师", "👍", "🙏🙏", "等您回复", "急！",
           "拜托了", "好的明白了", "😊", "多谢", "麻烦您了啊", "謝謝")
PLAIN_AGENT = ("好的，我这边帮您查一下，请稍等", "您好，已经帮您登记了", "收到，我们会尽快处理", "请您放心，已经转给医生了",
               "不客气，有问题随时联系", "好的，我跟老师说一下", "这边已经帮您改好了", "您先别着急，我帮您问问",
               "报告出来后会第一时间通知您", "可以的，直接过来就行", "您好，这个需要本人到场", "抱歉让您久等了",
               "已为您安排，请按时到达", "家属代办也可以，带上委托书就行", "好的，师傅马上过去", "已经反馈给物业了",
               "这个问题我们记录下来了", "明白，稍后回复您", "您好，请问还有什么可以帮您", "祝您身体健康")


# ---------------------------------------------------------------- build
_MARK = re.compile(r"\{(n_)?([a-z_0-9]+)(?:/(\w+))?(?:\|([\w,]+))?([*!+])?\}")


def _pick_fmt(r, kind, allowed, force):
    tab = FMT_BY_KIND[kind]
    if force is not None:
        return next(t for t in tab if t[0] == force)
    cands = [t for t in tab if not allowed or t[0] in allowed]
    return r.choices(cands, weights=[t[1] for t in cands])[0]


def _render(r, tpl, force=None):
    """force = (kind, fmt) for the first marker of that kind."""
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = {}
    forced_done = False
    i = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        i = m.end()
        is_near, name, arg, allowed, rep = m.groups()
        if is_near:
            nk, pre, val, post = NEAR[name](r)
            prev = "".join(out)[-1:]
            if rep == "!" or (rep != "+" and "\u4e00" <= prev <= "\u9fff"):
                pre = ""
            if pre:
                pre = pre + r.choice(("", " ", "：")) if not pre.endswith("：") else pre
            s = pre + val + post
            nears.append((nk, pos + len(pre), pos + len(pre) + len(val)))
        else:
            if rep == "*":
                pre, val, post, fname = last[name]
            else:
                f = None
                if force and force[0] == name and not forced_done:
                    f = force[1]
                    forced_done = True
                fname, _, fn = _pick_fmt(r, name, tuple(allowed.split(",")) if allowed else (), f)
                pre, val, post = fn(r, arg)
                last[name] = (pre, val, post, fname)
            s = pre + val + post
            ents.append((name, pos + len(pre), pos + len(pre) + len(val)))
            fmts.append(fname)
        out.append(s)
        pos += len(s)
    out.append(tpl[i:])
    return "".join(out), ents, fmts, nears


def _tpl_kinds(tpl):
    res = []
    for m in _MARK.finditer(tpl):
        is_near, name, arg, allowed, rep = m.groups()
        if not is_near and rep != "*":
            res.append((name, tuple(allowed.split(",")) if allowed else ()))
    return res


def _build(meta: list) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []

    def add(text, ents, fmts, nears, tid):
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        meta.append(tid)

    # forced formats
    for kind, tab in FMT_TABLES:
        for fname, *_ in tab:
            cands = []
            for ti, tpl in enumerate(PII_T):
                ks = _tpl_kinds(tpl)
                if ks and ks[0][0] == kind and (not ks[0][1] or fname in ks[0][1]):
                    cands.append(ti)
                elif any(k == kind for k, _ in ks):
                    first = next(al for k, al in ks if k == kind)
                    if not first or fname in first:
                        cands.append(ti)
            assert len(cands) >= 3, (kind, fname, cands)
            chosen = r.sample(cands, min(len(cands), FORCE_PER_FMT))
            while len(chosen) < FORCE_PER_FMT:
                chosen.append(r.choice(cands))
            for ti in chosen:
                t, e, f, n = _render(r, PII_T[ti], (kind, fname))
                add(t, e, f, n, f"p{ti}")
    while len(rows) < N_PII_ROWS:
        ti = r.randrange(len(PII_T))
        t, e, f, n = _render(r, PII_T[ti])
        add(t, e, f, n, f"p{ti}")
    for _ in range(N_NEAR_ROWS):
        ti = r.randrange(len(NEAR_T))
        t, e, f, n = _render(r, NEAR_T[ti])
        add(t, e, f, n, f"n{ti}")
    for _ in range(N_PLAIN_ROWS):
        if r.random() < 0.25:
            t = r.choice(PLAIN_AGENT)
        else:
            sep = r.choice(("，", "，", " ", "。", "！", "～"))
            t = r.choice(PLAIN_A) + sep + r.choice(PLAIN_B)
            if r.random() < 0.4:
                t += "，" + r.choice(PLAIN_B)
            c = r.choice(PLAIN_C)
            t += ("，" + c) if c else r.choice(("", "？", "。"))
        add(t, [], [], [], "plain")
    order = list(range(len(rows)))
    r.shuffle(order)
    meta[:] = [meta[i] for i in order]
    return pd.DataFrame([rows[i] for i in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind17_corpus() -> pd.DataFrame:
    return _build([])


# ---------------------------------------------------------------- checks
_ADDR_START = tuple("省市区县镇村路街") + ("自治区",)
_ADDR_END = ("号", "栋", "幢", "號", "棟", "单元", "單元", "室", "层", "组", "組")


def _check_value(kind, v, fmt):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIX, v
    elif kind == "landline":
        assert n.isdigit() and (7 <= len(n) <= 8 or (n[0] == "0" and 10 <= len(n) <= 12)), v
        if n[0] == "0":
            assert n[:3] in AREA3 or n[:4] in AREA4, v
    elif kind == "id_card":
        v2 = v.replace(" ", "").replace("叉", "X")
        n2 = _norm(v2)
        assert _id_ok(n2) and n2[:6] in ID_REGIONS, v
        y, m, d = int(n2[6:10]), int(n2[10:12]), int(n2[12:14])
        assert 1930 <= y <= 2022 and 1 <= m <= 12 and 1 <= d <= 28, v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
        assert n[:2] == "62" or n[0] in "45" or n[:3] == "955", v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-一-龥幺〇 ]+(@|艾特)[ ]?[A-Za-z0-9.\-一-龥点]+", unicodedata.normalize("NFKC", v)), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川宁琼滬粵蘇魯遼貴閩贛陝寧瓊][A-Za-z][· ]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "address":
        assert v.startswith(tuple(p for P in PLACES for p in P[:3]) + tuple(p for P in RURAL for p in P[:3])) \
            or unicodedata.normalize("NFKC", v)[:2] in {x.translate(TRAD)[:2] for P in PLACES for x in P[:3]}, v
        assert v.endswith(_ADDR_END) or re.search(r"\d$", v) or v[-1] in CN, v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in df[["text", "entities", "formats", "near_misses", "split"]].itertuples(index=False):
        assert isinstance(text, str) and sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, ("overlap", text)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            _check_value(k, v, f)
            # value boundaries: no whitespace/punct at the edges, no glued digits/letters outside
            assert not v[0].isspace() and not v[-1].isspace(), v
            if k not in ("address",):
                before = text[s - 1] if s > 0 else ""
                after = text[e] if e < len(text) else ""
                assert not (before.isascii() and before.isdigit()) or text[:s].endswith(("+86", "0086")), ("glued before", text, v)
                assert not (after.isascii() and after.isdigit()), ("glued after", text, v)
                if k in ("email", "wechat", "plate"):
                    assert not (before.isascii() and before.isalnum()), ("glued before", text, v)
                    assert not (after and after.isascii() and (after.isalnum() or after in "._-@")), ("glued after", text, v)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR_KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            nv = _norm(v)
            if nv.isdigit() and 16 <= len(nv) <= 19:
                assert not _luhn_ok(nv), (k, v)
            if len(nv) == 18 and nv[:17].isdigit():
                assert not _id_ok(nv), (k, v)
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
    assert len(plain) * 3 >= len(df) or (len(plain) + len(near)) * 3 >= len(df)
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind17_corpus())  # deterministic
    assert df.equals(_build([]))
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

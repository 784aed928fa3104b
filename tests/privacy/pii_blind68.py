"""Sixty-eighth blind PII corpus (``split == "blind68"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十三位写手")
under the blind-writer rules.  What was read: only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and the
README plus a few lines of ``../shared/datasets/`` (no phrase or personal data
was taken from it).  Nothing else under ``toolkit/privacy/``, ``tests/``,
``bench/``, ``docs/``, the project README or git history was read; ``toolkit``
was never imported and no masking / finding function was run on this data.
Value shapes, chat contexts and labels come only from the writer's own idea
of what such chats hold.

What is different here: THE THEME.  This is the ordinary, average-day archive
of a continuing-education school and exam-registration agency (成人学历提升 /
专升本 / 自考 / 成考 / 国开, 教师资格证 / 会计 / 人力 / 计算机等级 certificate
exams) talking in WeCom 1:1 chats and per-class group chats with adult
learners: registration data with ID numbers, work-unit phones, tuition
payments, refunds to bank cards, textbook mailing addresses, e-invoice
e-mails, exam reminders, campus parking registration for weekend classes,
QQ / WeChat for study platforms.  Not hard cases on purpose: what such an
archive holds on an average day.

Near-misses are the everyday numbers of that trade: tuition amounts, dates
and times, course codes (自考课程代码), order / payment / refund serials,
tracking numbers of textbook parcels, postal codes, hotlines (400 / 800 /
95xxx / 12333), verification codes, scores, exam-room numbers, ISBN of
textbooks, masked values (``138****5678``), tail digits, e-invoice numbers,
URLs, class codes, places alone (a city, a district, a campus).  Every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check digit.

Seed
----
``SEED = "blind68-2026-continuing-ed-第七十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID-card check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here.  Each value
format is first forced 5 times into distinct randomly drawn templates holding
a marker of its kind; then every template is instantiated a fixed number of
times with formats drawn by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  Spans hold the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, the parentheses around an area code, the middle dot
  of a plate) are inside.  An address runs from its first place unit (省 / 市
  / 区 / 县 / 镇 / 村 / 路 / 街 / 小区) to its last house-level unit (号 / 栋 /
  幢 / 号楼 / 单元 / 室 / 层 / 组 / a bare room number such as ``1502`` or
  ``3-2-1502``).  Names are never labelled and never written.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind68"``

Counts (``python tests/privacy/pii_blind68.py``)
------------------------------------------------
rows=1617, pii_rows=928, near_rows=689, entities=1381
(mobile 378, address 184, id_card 180, email 132, landline 114, plate 109,
wechat 106, bank_card 104, qq 74);
near-miss spans=1127 (1015 in near-miss rows), 24 near-miss kinds
(amount 198, date 184, time 94, tracking_no 64, place_only 55, url 52,
hotline 44, masked 41, order_no 33, payment_no 33, course_code 33,
exam_room 33, score 33, verify_code 30, class_code 29, count 22, isbn 22,
bad_card 22, invoice_no 22, page_no 22, postal_code 21, tail_digits 18,
bad_id 11, seat_no 11);
formats=40 distinct, each used >= 5 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind68-2026-continuing-ed-第七十三位写手"
SPLIT = "blind68"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
PER_TEMPLATE_PII = 7
PER_TEMPLATE_NEAR = 11

# --------------------------------------------------------------------------- helpers


def _luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
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


_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, _W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and s[17] == _id_check(s[:17])


def _norm(v: str) -> str:
    return re.sub(r"[\s\-·()（）]", "", v)


# --------------------------------------------------------------------------- value pools

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
AREA_CODES = ("010", "021", "022", "023", "020", "025", "027", "028", "029", "0571", "0755", "0512",
              "0574", "0731", "0371", "0531", "0591", "0551", "0579", "0577", "0769", "0760")
ID_AREAS = ("110101", "110108", "310104", "310112", "330106", "330110", "330782", "320102", "320583",
            "440106", "440305", "510107", "420111", "430104", "370102", "410105", "350203", "340104",
            "360102", "610113", "500103", "130102", "210102", "230103", "450103", "520102", "530102",
            "341522", "411627", "360731", "430521", "511322", "371321", "330302", "441900", "321102")
PLATE_REGIONS = ("京A", "京N", "京Q", "沪A", "沪B", "沪C", "浙A", "浙B", "浙G", "浙C", "苏A", "苏E",
                 "粤A", "粤B", "粤S", "川A", "鄂A", "湘A", "鲁A", "豫A", "闽D", "皖A", "陕A", "渝A", "赣A")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PY_SUR = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
          "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "tang", "song", "xie", "han")
PY_GIVEN = ("xiaoyu", "jing", "lei", "ting", "hao", "yan", "fang", "jun", "min", "wei", "qing", "xin",
            "yue", "peng", "lili", "dandan", "tingting", "jiajia", "ming", "rui", "yifan", "xue")
EN_NICK = ("Cherry", "Lucky", "Sunny", "Amy", "Kevin", "Coco", "Tina", "Jack", "Vivian", "Leo", "Annie")
CORP_DOMAINS = ("hikvision.com", "cmbchina.com", "sgcc.com.cn", "zjtz.com.cn", "chinalife.com.cn",
                "midea.com", "haier.com", "bydauto.com.cn", "cscec.com", "jsbank.com.cn")
EDU_DOMAINS = ("stu.zjou.edu.cn", "mail.ouchn.edu.cn", "stu.hznu.edu.cn", "email.szu.edu.cn",
               "stu.njupt.edu.cn")

ADDR_PROV = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路", "教工路"), ("嘉绿苑", "骆家庄西苑", "文鼎苑", "翠苑一区")),
    ("浙江省", "金华市", "婺城区", ("八一南街", "双龙南街", "宾虹路"), ("三江花园", "青春小区", "江南一品")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "汉中门大街"), ("龙江小区", "清江花苑", "阳光广场小区")),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路", "吴中大道"), ("东湖林语", "新家园", "碧波小区")),
    ("广东省", "广州市", "天河区", ("天河北路", "中山大道西", "黄埔大道西"), ("骏景花园", "华景新城", "天河公园小区")),
    ("广东省", "深圳市", "宝安区", ("宝安大道", "新安六路", "创业一路"), ("海滨新村", "翻身花园", "宝城小区")),
    ("四川省", "成都市", "武侯区", ("武侯祠大街", "科华北路", "玉林南路"), ("玉林小区", "丽都花园", "紫荆小区")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "光谷大道"), ("保利花园", "南湖花园", "卓刀泉小区")),
    ("山东省", "济南市", "历下区", ("经十路", "解放路", "山大路"), ("燕子山小区", "甸柳新村", "佛山苑")),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路", "经三路"), ("银基花园", "丰庆佳苑", "金成时代广场")),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "黄山路", "望江西路"), ("琥珀山庄", "西园新村", "竹溪小区")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "桐梓坡路", "金星中路"), ("望月湖小区", "桐梓坡小区", "岳麓山庄")),
    ("福建省", "厦门市", "思明区", ("厦禾路", "湖滨南路", "莲前东路"), ("莲花五村", "瑞景新村", "湖滨一里")),
)
ADDR_MUNI = (
    ("上海市", "闵行区", ("七莘路", "莘松路", "虹井路"), ("莘城苑", "春申景城", "古美西路小区")),
    ("北京市", "朝阳区", ("朝阳北路", "望京西路", "双桥路"), ("望京花园", "华纺易城", "康家园小区")),
    ("重庆市", "渝北区", ("新牌坊一路", "金开大道", "龙山路"), ("龙湖花园", "金港新区", "龙山小区")),
    ("天津市", "南开区", ("卫津路", "鞍山西道", "红旗南路"), ("王顶堤小区", "华苑居华里", "鹤园北里")),
)
ADDR_VILLAGE = (
    ("安徽省", "六安市", "霍邱县", "城关镇", "城西村"),
    ("河南省", "周口市", "太康县", "老冢镇", "王庄村"),
    ("江西省", "赣州市", "于都县", "贡江镇", "上欧村"),
    ("湖南省", "邵阳市", "邵东县", "廉桥镇", "杉树村"),
    ("四川省", "南充市", "营山县", "回龙镇", "石马村"),
    ("山东省", "临沂市", "沂南县", "依汶镇", "后河村"),
    ("贵州省", "遵义市", "湄潭县", "兴隆镇", "田家沟村"),
)
OFFICE_BLDG = ("科技大厦", "国贸中心A座", "创业园3号楼", "金融大厦", "信息港B座", "世纪广场写字楼")

COURSES = ("英语(二)", "高等数学(工本)", "中国近现代史纲要", "马克思主义基本原理概论", "管理学原理",
           "计算机应用基础", "大学语文", "会计学原理", "人力资源管理", "教育心理学")
COURSE_CODES = ("00015", "00023", "03708", "03709", "00054", "00018", "04729", "00041", "00147", "00466")
EXAMS = ("成考", "自考", "专升本", "教资", "初级会计", "计算机二级", "人力三级", "国开", "英语四级", "中级经济师")
MAJORS = ("工商管理", "会计学", "汉语言文学", "学前教育", "行政管理", "计算机科学与技术", "护理学", "土木工程")
BANKS = ("工商银行", "农业银行", "建设银行", "中国银行", "招商银行", "交通银行", "邮储", "农商行")
PLACES = ("杭州", "西湖区", "滨江校区", "金华", "萧山", "下沙校区", "苏州", "南京", "余杭区", "成都",
          "武汉", "郑州", "合肥", "长沙", "义乌", "宁波", "海曙区", "嘉兴学院", "本部校区")
POSTAL = ("310012", "321000", "210008", "215104", "510630", "518101", "610041", "430074", "250014",
          "450008", "230031", "410006", "361004", "201100", "100102", "401147", "300071")


def _pick(r, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------------------- PII generators
# Each generator returns (pre, value, post); pre/post are written but outside the span.


def _mobile_digits(r) -> str:
    return _pick(r, MOBILE_PREFIXES) + "".join(str(r.randrange(10)) for _ in range(8))


def g_mobile(r, fmt):
    m = _mobile_digits(r)
    if fmt == "plain":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "prefix86_plain":
        return _pick(r, ("+86 ", "+86", "+86-", "86-", "0086 ")), m, ""
    raise KeyError(fmt)


def _local(r, area):
    n = 8 if area in ("010", "021", "022", "023", "020", "025", "027", "028", "029", "0571", "0755",
                      "0512", "0574", "0731", "0371", "0531", "0591", "0551", "0577", "0769", "0760") else 7
    return str(r.choice("2345678")) + "".join(str(r.randrange(10)) for _ in range(n - 1))


def g_landline(r, fmt):
    a = _pick(r, AREA_CODES)
    loc = _local(r, a)
    if fmt == "area_dash":
        return "", f"{a}-{loc}", ""
    if fmt == "area_plain":
        return "", a + loc, ""
    if fmt == "paren_area":
        return "", f"({a}){loc}" if r.random() < 0.6 else f"（{a}）{loc}", ""
    if fmt == "area_space":
        return "", f"{a} {loc}", ""
    if fmt == "local_only":
        return "", loc, ""
    raise KeyError(fmt)


def _id_value(r, want):
    while True:
        area = _pick(r, ID_AREAS)
        y = r.randint(1972, 2005)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        seq = f"{r.randrange(1000):03d}"
        body = f"{area}{y}{m:02d}{d:02d}{seq}"
        c = _id_check(body)
        if (want == "X") == (c == "X"):
            return body + c


def g_id(r, fmt):
    if fmt == "plain_digit":
        return "", _id_value(r, "d"), ""
    if fmt == "x_upper":
        return "", _id_value(r, "X"), ""
    if fmt == "x_lower":
        return "", _id_value(r, "X").lower(), ""
    if fmt == "space_684":
        v = _id_value(r, "X" if r.random() < 0.2 else "d")
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, bins, length):
    b = _pick(r, bins)
    body = b + "".join(str(r.randrange(10)) for _ in range(length - len(b) - 1))
    return body + _luhn_digit(body)


UP19 = ("621700", "622848", "621226", "622202", "621483", "623668", "621661", "622908", "621799", "623058")
UP16 = ("622588", "622609", "622262", "622155", "625907")
CREDIT16 = ("436742", "427020", "404119", "518710", "524047", "552599", "489592")
DOM19 = ("95599", "955880", "95595")


def g_bank(r, fmt):
    if fmt == "plain_19":
        return "", _card(r, UP19, 19), ""
    if fmt == "plain_16":
        return "", _card(r, UP16 + CREDIT16, 16), ""
    if fmt == "space_4444":
        c = _card(r, UP16 + CREDIT16, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "space_44443":
        c = _card(r, UP19, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if fmt == "domestic95_19":
        return "", _card(r, DOM19, 19), ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    if fmt == "digits_long":
        n = r.choice((9, 10, 10, 9, 10))
        first = r.choice("123456789") if n == 9 else r.choice("123")
    elif fmt == "digits_short":
        n = r.choice((6, 7, 8, 8))
        first = r.choice("123456789")
    else:
        raise KeyError(fmt)
    return "", first + "".join(str(r.randrange(10)) for _ in range(n - 1)), ""


def g_wechat(r, fmt):
    if fmt == "pinyin_digits":
        return "", _pick(r, PY_SUR) + _pick(r, PY_GIVEN) + str(r.choice((r.randint(1, 99), r.randint(1975, 2003), r.randint(100, 999)))), ""
    if fmt == "underscore":
        return "", r.choice((_pick(r, EN_NICK), _pick(r, PY_GIVEN))) + "_" + r.choice((_pick(r, PY_SUR), str(r.randint(10, 9999)))), ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), ""
    if fmt == "phone_digits":
        return "", _mobile_digits(r), ""
    if fmt == "dash_mixed":
        return "", _pick(r, PY_SUR)[0] + _pick(r, PY_GIVEN) + "-" + str(r.randint(1, 9999)), ""
    raise KeyError(fmt)


def g_email(r, fmt):
    if fmt == "qq_numeric":
        return "", g_qq(r, r.choice(("digits_long", "digits_short")))[1] + "@qq.com", ""
    if fmt == "netease":
        u = _pick(r, PY_SUR) + r.choice(("", "_", ".")) + _pick(r, PY_GIVEN) + str(r.randint(1, 2003))
        return "", u + "@" + r.choice(("163.com", "126.com", "yeah.net")), ""
    if fmt == "foxmail_sina":
        u = r.choice((_pick(r, EN_NICK).lower(), _pick(r, PY_GIVEN))) + str(r.randint(1, 999))
        return "", u + "@" + r.choice(("foxmail.com", "sina.com", "sina.cn", "139.com")), ""
    if fmt == "corp_domain":
        u = _pick(r, PY_SUR) + r.choice((".", "")) + _pick(r, PY_GIVEN)
        return "", u + "@" + _pick(r, CORP_DOMAINS), ""
    if fmt == "edu_cn":
        u = r.choice((str(r.randint(2019, 2024)) + str(r.randint(100000, 999999)), _pick(r, PY_SUR) + _pick(r, PY_GIVEN)))
        return "", u + "@" + _pick(r, EDU_DOMAINS), ""
    raise KeyError(fmt)


def _plate_tail(r):
    chars = [str(r.randrange(10)) for _ in range(5)]
    for _ in range(r.choice((0, 1, 1, 2))):
        chars[r.randrange(3)] = r.choice(PLATE_LETTERS)
    return "".join(chars)


def g_plate(r, fmt):
    reg = _pick(r, PLATE_REGIONS)
    if fmt == "plain7":
        return "", reg + _plate_tail(r), ""
    if fmt == "middle_dot":
        return "", reg + "·" + _plate_tail(r), ""
    if fmt == "space":
        return "", reg + " " + _plate_tail(r), ""
    if fmt == "new_energy8":
        t = r.choice("DF") + r.choice((str(r.randrange(10)), r.choice(PLATE_LETTERS))) + "".join(str(r.randrange(10)) for _ in range(4))
        return "", reg + t, ""
    raise KeyError(fmt)


def _estate_tail(r, estate):
    b, u = r.randint(1, 28), r.randint(1, 4)
    fl = r.randint(2, 26)
    room = f"{fl}{r.randint(1, 4):02d}"
    k = r.randrange(5)
    if k == 0:
        return f"{estate}{b}栋{u}单元{room}"
    if k == 1:
        return f"{estate}{b}栋{u}单元{room}室"
    if k == 2:
        return f"{estate}{b}幢{room}室"
    if k == 3:
        return f"{estate}{b}号楼{u}单元{room}"
    return f"{estate}{b}幢{u}单元{room}室"


def g_address(r, fmt):
    if fmt == "province_full":
        p, c, d, roads, ests = _pick(r, ADDR_PROV)
        v = f"{p}{c}{d}{_pick(r, roads)}{r.randint(1, 999)}号" + _estate_tail(r, _pick(r, ests))
        return "", v, ""
    if fmt == "city_start":
        if r.random() < 0.6:
            _, c, d, roads, ests = _pick(r, ADDR_PROV)
        else:
            c, d, roads, ests = _pick(r, ADDR_MUNI)
        mid = f"{_pick(r, roads)}{r.randint(1, 999)}号" if r.random() < 0.6 else ""
        return "", f"{c}{d}{mid}" + _estate_tail(r, _pick(r, ests)), ""
    if fmt == "district_start":
        _, _, d, roads, ests = _pick(r, ADDR_PROV)
        if r.random() < 0.4:
            return "", f"{d}{_pick(r, roads)}{r.randint(1, 999)}号", ""
        return "", f"{d}" + _estate_tail(r, _pick(r, ests)), ""
    if fmt == "estate_dash":
        _, c, d, _, ests = _pick(r, ADDR_PROV)
        head = r.choice((f"{c}{d}", f"{d}"))
        return "", f"{head}{_pick(r, ests)}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(2, 26)}{r.randint(1, 4):02d}", ""
    if fmt == "office_floor":
        _, c, d, roads, _ = _pick(r, ADDR_PROV)
        head = f"{c}{d}{_pick(r, roads)}{r.randint(1, 999)}号{_pick(r, OFFICE_BLDG)}"
        if r.random() < 0.5:
            return "", head + f"{r.randint(2, 30)}层", ""
        return "", head + f"{r.randint(2, 30)}{r.randint(1, 20):02d}室", ""
    if fmt == "village_rural":
        p, c, co, t, v = _pick(r, ADDR_VILLAGE)
        head = r.choice((f"{p}{c}{co}", f"{c}{co}", f"{co}"))
        tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 88)}号", f"{r.randint(1, 12)}组", f"{r.randint(1, 120)}号"))
        return "", f"{head}{t}{v}{tail}", ""
    raise KeyError(fmt)


FORMATS = {
    "mobile": (("plain", 10), ("space_344", 2), ("dash_344", 1), ("prefix86_plain", 1)),
    "landline": (("area_dash", 6), ("area_plain", 2), ("paren_area", 2), ("area_space", 1), ("local_only", 1)),
    "id_card": (("plain_digit", 10), ("x_upper", 2), ("x_lower", 1), ("space_684", 1)),
    "bank_card": (("plain_19", 8), ("plain_16", 3), ("space_4444", 2), ("space_44443", 2), ("domestic95_19", 1)),
    "qq": (("digits_long", 3), ("digits_short", 2)),
    "wechat": (("pinyin_digits", 5), ("underscore", 2), ("wxid", 2), ("phone_digits", 3), ("dash_mixed", 1)),
    "email": (("qq_numeric", 5), ("netease", 4), ("foxmail_sina", 2), ("corp_domain", 2), ("edu_cn", 1)),
    "plate": (("plain7", 8), ("middle_dot", 2), ("space", 2), ("new_energy8", 2)),
    "address": (("province_full", 4), ("city_start", 4), ("district_start", 3), ("estate_dash", 2),
                ("office_floor", 2), ("village_rural", 2)),
}
GEN = {"mobile": g_mobile, "landline": g_landline, "id_card": g_id, "bank_card": g_bank, "qq": g_qq,
       "wechat": g_wechat, "email": g_email, "plate": g_plate, "address": g_address}

# --------------------------------------------------------------------------- near-miss generators


def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(str(r.randrange(10)) for _ in range(n - 1))


def _bad_luhn(r, n):
    while True:
        v = _digits(r, n)
        if not _luhn_ok(v) and not _id_ok(v[:18] if n == 18 else "0"):
            return v


def n_amount(r):
    n = _pick(r, (3980, 2680, 1280, 6800, 4500, 360, 180, 2980, 980, 5800, 7200, 600, 1500, 200, 3600, 880, 150, 90))
    k = r.randrange(6)
    if k == 0:
        return f"{n}元"
    if k == 1:
        return f"¥{n}"
    if k == 2:
        return f"{n}块"
    if k == 3:
        return f"{n}.00元"
    if k == 4 and n >= 1000:
        return f"{n // 1000},{n % 1000:03d}元"
    return f"{n}元"


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(4)
    if k == 0:
        return f"{m}月{d}日"
    if k == 1:
        return f"{r.choice((2024, 2025, 2026))}年{m}月{d}日"
    if k == 2:
        return f"{r.choice((2024, 2025))}-{m:02d}-{d:02d}"
    return f"{m}.{d}"


def n_time(r):
    return _pick(r, ("9:00", "8:30", "14:30", "9:00-11:30", "14:30-17:00", "19:30", "20:00", "8:00前", "17:30"))


def n_order(r):
    k = r.randrange(3)
    if k == 0:
        return "E" + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 8, "0123456789")
    if k == 1:
        while True:
            v = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789")
            if not _id_ok(v) and not _luhn_ok(v):
                return v
    return "BM" + _digits(r, 12)


def n_tracking(r):
    k = r.randrange(5)
    if k == 0:
        return "SF" + _digits(r, 13)
    if k == 1:
        return "YT" + _digits(r, 13)
    if k == 2:
        return "JT" + _digits(r, 13, "0")
    if k == 3:
        return "78" + _digits(r, 12, "0123456789")
    return "98" + _digits(r, 11, "0123456789")


def n_payment(r):
    if r.random() < 0.5:
        return "42000" + _digits(r, 23, "0123456789")
    return f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}22001" + _digits(r, 15, "0123456789")


def n_hotline(r):
    return _pick(r, ("400-820-1234", "4008-365-365", "400 688 6688", "95588", "95533", "95566", "12333",
                     "12345", "800-810-8888", "4001234567", "10086", "96225"))


def n_verify(r):
    return _digits(r, r.choice((4, 6, 6)), "0123456789")


def n_course(r):
    return _pick(r, COURSE_CODES)


def n_postal(r):
    return _pick(r, POSTAL)


def n_masked(r):
    k = r.randrange(3)
    if k == 0:
        return _pick(r, MOBILE_PREFIXES) + "****" + _digits(r, 4, "0123456789")
    if k == 1:
        return _pick(r, ID_AREAS)[:4] + "**********" + _digits(r, 3, "0123456789") + r.choice("0123456789X")
    return _pick(r, UP19)[:4] + " **** **** " + _digits(r, 4, "0123456789")


def n_tail(r):
    return _digits(r, 4, "0123456789")


def n_invoice(r):
    if r.random() < 0.5:
        return _digits(r, 8, "0123456789")
    return "24" + _digits(r, 18, "0123456789")


def n_isbn(r):
    return _pick(r, ("978-7-04-050212-3", "9787300281542", "978-7-5654-4012-8", "9787111626237",
                     "978-7-301-30512-6", "9787040496668"))


def n_score(r):
    return f"{r.randint(38, 96)}分"


def n_url(r):
    return _pick(r, ("www.chsi.com.cn", "https://www.zjzs.net", "www.neea.edu.cn", "zk.hznu.edu.cn",
                     "https://cjrk.zjzs.net", "kzp.mof.gov.cn", "www.ntce.cn"))


def n_room(r):
    return r.choice((f"第{r.randint(1, 40)}考场", f"{r.randint(1, 9)}号教学楼{r.randint(1, 5)}0{r.randint(1, 9)}",
                     f"实训楼{r.randint(2, 6)}楼机房{r.randint(1, 6)}", f"{r.choice('ABCD')}{r.randint(1, 5)}0{r.randint(1, 9)}教室"))


def n_class(r):
    return r.choice((f"24秋专升本{r.randint(1, 9)}班", f"ZSB25{r.randint(1, 9):02d}", f"25春成考{r.randint(1, 6)}班",
                     f"KJ{r.randint(2401, 2512)}"))


def n_badcard(r):
    return _bad_luhn(r, r.choice((16, 19)))


def n_badid(r):
    while True:
        v = _id_value(r, "d")
        c = str((int(v[-1]) + r.randint(1, 9)) % 10)
        w = v[:17] + c
        if not _id_ok(w) and not _luhn_ok(w):
            return w


def n_seat(r):
    return f"{r.randint(1, 30):02d}号"


def n_place(r):
    return _pick(r, PLACES)


def n_count(r):
    return f"{r.randint(2, 60)}人"


def n_page(r):
    a = r.randint(10, 180)
    return f"P{a}-P{a + r.randint(5, 30)}"


NEAR = {"amount": n_amount, "date": n_date, "time": n_time, "order_no": n_order, "tracking_no": n_tracking,
        "payment_no": n_payment, "hotline": n_hotline, "verify_code": n_verify, "course_code": n_course,
        "postal_code": n_postal, "masked": n_masked, "tail_digits": n_tail, "invoice_no": n_invoice,
        "isbn": n_isbn, "score": n_score, "url": n_url, "exam_room": n_room, "class_code": n_class,
        "bad_card": n_badcard, "bad_id": n_badid, "seat_no": n_seat, "place_only": n_place,
        "count": n_count, "page_no": n_page}

FILL = {
    "course": lambda r: _pick(r, COURSES), "exam": lambda r: _pick(r, EXAMS), "major": lambda r: _pick(r, MAJORS),
    "bank": lambda r: _pick(r, BANKS), "ext": lambda r: _digits(r, r.choice((3, 3, 4)), "1234568"),
    "k": lambda r: str(r.randint(2, 9)),
}

# --------------------------------------------------------------------------- templates
# {kind} = PII entity; {n:kind} = near-miss; {course} {exam} {major} {bank} {ext} {k} = unlabelled fillers.

PII_TEMPLATES = (
    # registration data
    "老师您好，我报{exam}，身份证号{id_card}，手机{mobile}",
    "身份证：{id_card}\n手机：{mobile}\n报考专业：{major}",
    "{id_card} 这是我的身份证号，麻烦老师帮我录一下",
    "报名信息发您了：\n证件号码 {id_card}\n联系电话 {mobile}\n单位电话 {landline}",
    "老师，身分证号码是{id_card}，之前那个少打了一位",
    "我老婆也要报，她的身份证{id_card}，电话{mobile}，专业一样报{major}",
    "学员信息核对：证件号{id_card}，手机号{mobile}，请确认无误后回复1",
    "我身份证号{id_card}，你帮我查下{exam}报上没有",
    "{id_card}\n{mobile}\n{major} 高起专",
    "现场确认要带身份证原件哈～您系统里登记的号码是{id_card}，对一下有没有错",
    "我的证件号是{id_card}吗？我记得最后是x 😂",
    "老师我换号了，新手机号{mobile}，以后通知发这个",
    "手机号{mobile}（本人），备用电话{mobile}（家里人）",
    "考试短信通知会发到{mobile}，这个号码要保持畅通哦",
    "老师 我电话{mobile} 有事直接打我，上班时间不方便看微信",
    "联系方式：{mobile}/{landline}",
    "{mobile} 这个是我的号，报名表上那个是我以前的",
    "打我电话吧{mobile}",
    "您好，我是前台，刚才您打过来的是{mobile}吗？",
    "学习平台登录账号就是你的手机号{mobile}，初始密码是身份证后六位",
    "单位座机{landline}转{ext}，白天一般在",
    "工作单位电话：{landline}",
    "老师打我办公室电话也行 {landline}，手机{mobile}",
    "家里座机{landline}，我妈接的话就说找我",
    "教务处电话{landline}，周一到周五{n:time}有人",
    "报名表单位联系电话填的{landline}，审核说打不通，能改成{mobile}吗",
    "我们财务室座机 {landline}-{ext}",
    # tuition / refund
    "老师，退费打到这张卡：{bank_card}，{bank}，开户行杭州分行",
    "卡号{bank_card}\n开户行：{bank}\n已经申请退费了，多久能到",
    "{bank_card} {bank}的，本人的卡",
    "退费需要本人身份证号和银行卡号：{id_card}，{bank_card}",
    "我是用{bank}卡{bank_card}付的学费{n:amount}，怎么显示没交",
    "您好，退款{n:amount}已原路退回到尾号{n:tail_digits}的卡，如果要退到其他卡请发卡号",
    "换张卡吧，这张 {bank_card} 是{bank}的，之前那张注销了",
    "学费分期扣款卡号{bank_card}，每月{n:date}扣",
    "老师，助学补贴打哪张卡？我发您：{bank_card}",
    "银行卡号：{bank_card}\n身份证号：{id_card}\n手机号：{mobile}",
    "我的{bank}卡号是{bank_card}吗？你们那边登记的对不对",
    # textbook mailing
    "教材寄到：{address}，电话{mobile}",
    "收货地址 {address}\n{mobile}",
    "老师书寄这里{address}，本人收，手机{mobile}",
    "地址改一下，改成{address}，之前那个我搬走了",
    "快递地址：{address}（本人收）电话：{mobile}",
    "{address} {mobile} 麻烦这学期的书寄这个地址",
    "我在{address}，离考点远吗？",
    "教材邮寄地址{address}，邮编{n:postal_code}",
    "寄到单位吧：{address}，前台代收，座机{landline}",
    "家里地址是{address}，平时没人，寄快递柜就行",
    "老师我地址填错了，正确的是{address}",
    "书已经发了，{n:tracking_no}，寄的是{address}，请注意查收",
    "麻烦把证书寄回来，地址{address}，电话{mobile} 谢谢老师🙏",
    "我老家在{address}，户口也在那边，可以在老家考吗",
    # email
    "电子发票请发到{email}，谢谢",
    "老师我邮箱{email}，报名表发我一下",
    "{email} 这个邮箱可以收到的",
    "作业统一发到班主任邮箱{email}，文件名写学号+姓名",
    "发票抬头写个人就行，邮箱：{email}",
    "学信网注册用的邮箱是{email}，密码忘了",
    "我的邮箱是{email}，资料您发这个吧，微信文件过期了",
    "开票信息：个人，手机{mobile}，邮箱{email}",
    "邮箱发错了 应该是{email}",
    "论文初稿已发送至{email}，请查收",
    # qq
    "老师加我QQ{qq}，我电脑上传资料方便",
    "QQ：{qq}",
    "我QQ号{qq}，平时微信看得少",
    "扣扣{qq}，验证写报名的就行",
    "{qq}是我的QQ，学习群拉我进去一下",
    "网课平台绑定的QQ号是{qq}，登不上去",
    "邮箱也可以，{email}，或者直接加QQ {qq}",
    "老师的QQ是{qq}吗？我加了没通过",
    # wechat
    "我微信号{wechat}，加我一下拉进班级群",
    "微信：{wechat}",
    "加我老公微信吧{wechat}，他帮我弄报名",
    "vx {wechat}，备注成考",
    "{wechat} 这是我微信，手机号{mobile}",
    "我的微信号是{wechat}，搜不到就搜手机号{mobile}",
    "同事也想报，她微信{wechat}，你加她一下",
    "微信号发您了{wechat}，通过一下",
    "企业微信加不了的话，个人微信{wechat}",
    "班主任微信{wechat}，有问题可以直接找她",
    # plate
    "周六面授开车过去，车牌{plate}，麻烦登记一下",
    "老师我车牌号{plate}，校门口能进吗",
    "{plate} 这是我的车，考试那天能停学校里吗",
    "面授停车登记：车牌{plate}，手机{mobile}",
    "门卫那边我先报了这几个车牌：{plate}、{plate}、{plate}，没报的同学私信我",
    "我开的我老公的车，{plate}，白色的",
    "车牌是{plate}吗？门卫说系统里没有",
    "考点不让停车，{plate}停对面商场了",
    "登记一下 {plate} {mobile}",
    # group / mixed
    "老师，信息发您：{id_card}/{mobile}/{address}",
    "姓名略\n身份证：{id_card}\n电话：{mobile}\n地址：{address}\n邮箱：{email}",
    "报名需要的都在这了：{id_card}，{mobile}，{email}，照片一会发",
    "手机{mobile}，QQ{qq}，微信同手机号",
    "微信同手机号 {mobile}，QQ邮箱{email}",
    "老师，车牌{plate}，电话{mobile}，我大概{n:time}到",
    "地址：{address}\n电话：{mobile} 或者 {landline}",
    "单位地址{address}，单位电话{landline}",
    "退费申请已提交✅ 卡号{bank_card}，金额{n:amount}，预计{n:date}前到账",
    "好的老师，{mobile}，{id_card}",
    "我是{n:class_code}的，手机号{mobile}，上次课的资料没收到",
    "老师您好！我想报名{exam}，我的身份证号码{id_card}，电话{mobile}，微信{wechat}，谢谢🙏",
    "{exam}报名系统手机号要填{mobile}，验证码{n:verify_code}收到了",
    "准考证打印需要身份证号{id_card}，网址{n:url}",
    "教材费{n:amount}转过去了，地址{address}，单号发我一下",
    "老师你好 我电话换了{mobile}  以前的{n:masked}不用了",
)

NEAR_TEMPLATES = (
    "学费{n:amount}，可以分两次交，第一次{n:amount}",
    "@全体成员 {n:date} {n:time}考试，请提前半小时到考点",
    "本学期考试科目：{course}（{n:course_code}）、{course}（{n:course_code}）",
    "您的订单号{n:order_no}，已支付{n:amount}",
    "教材已发出，快递单号{n:tracking_no}，注意查收",
    "快递单号 {n:tracking_no}",
    "退费{n:amount}已经原路退回，交易单号{n:payment_no}，一般3-7个工作日到账",
    "微信支付交易单号：{n:payment_no}",
    "有问题可以打考试院热线{n:hotline}，或者我们客服{n:hotline}",
    "银行那边说打{n:hotline}问，我打了没人接",
    "验证码{n:verify_code}，五分钟内有效，是这个吗",
    "我收到的验证码是{n:verify_code}，输进去说错误",
    "邮编是{n:postal_code}吗",
    "我报的手机号是{n:masked}，现在用不了了",
    "系统里显示的号码是{n:masked}，是你本人吗？",
    "尾号{n:tail_digits}的卡，这个卡已经注销了",
    "发票号码{n:invoice_no}，金额{n:amount}，已经发您邮箱了",
    "电子发票号码：{n:invoice_no}",
    "教材是这本 ISBN {n:isbn}，自己买也行",
    "书号{n:isbn}，网上搜得到",
    "成绩出来了，{course}考了{n:score}，过了😭终于",
    "我{course}{n:score}，差一分，能申请复核吗",
    "成绩查询网址：{n:url}",
    "报名网址{n:url}，{n:date}开始报名",
    "你的考场是{n:exam_room}，座位号{n:seat_no}",
    "面授地点改到{n:exam_room}，{n:date} {n:time}",
    "{n:class_code}的同学注意，{n:date}交作业",
    "老师我是{n:class_code}的，群里通知没看到",
    "这个流水号{n:bad_card}是付款成功了吗",
    "付款凭证号{n:bad_card}，截图发您了",
    "报名序号{n:bad_id}，查不到是怎么回事",
    "老师，学费{n:amount}是全部吗？还有教材费{n:amount}？",
    "{n:date}前把照片发我，蓝底白底都行，不要美颜",
    "{n:place_only}考点在哪个学校啊",
    "我在{n:place_only}上班，周末能去{n:place_only}上课吗",
    "考点安排在{n:place_only}，具体以准考证为准",
    "这次班上{n:count}报了{exam}，通过率挺高的",
    "重点看{n:page_no}这几页，{n:date}模拟考",
    "复习资料{n:page_no}，第三章不考",
    "老师{n:date}那天我要上班，能请假吗",
    "已缴{n:amount}，欠{n:amount}，{n:date}前补齐",
    "订单{n:order_no}申请退款了，{n:amount}",
    "分期第{k}期扣了{n:amount}，{n:date}扣的",
    "收到，{n:date} {n:time}准时到",
    "考试时间：{n:date} {n:time} {course}\n{n:date} {n:time} {course}",
    "提醒：{n:date} {n:time}截止缴费，逾期不能参加{exam}",
    "快递{n:tracking_no}显示签收了，我没收到啊",
    "老师，单号{n:tracking_no}三天没动了",
    "你好，学信网{n:url}上能查到学籍吗",
    "{exam}报名费{n:amount}，考试院收的，不是我们收",
    "我这边显示订单号{n:order_no}，支付失败",
    "中级证书补贴{n:amount}，人社局电话{n:hotline}可以问",
    "{n:course_code}这门课免考了吗",
    "考前冲刺班限{n:count}，{n:date}开课，费用{n:amount}",
    "身份证号登记的是{n:masked}，对吗",
    "老师我刚转了{n:amount}，备注写了名字",
    "退款单号{n:payment_no}",
    "邮寄的证书到{n:place_only}了，显示派送中，单号{n:tracking_no}",
    "晚上{n:time}直播课，回放链接{n:url}",
    "入学测试成绩{n:score}，可以录取",
    "好的👌 {n:date}见",
    "考场{n:exam_room}在几楼？",
)

_MARK = re.compile(r"\{(n:)?(\w+)\}")


def _kinds_in(tpl):
    return [m.group(2) for m in _MARK.finditer(tpl) if not m.group(1) and m.group(2) in GEN]


def _draw_fmt(r, kind):
    tab = FORMATS[kind]
    tot = sum(w for _, w in tab)
    x = r.randrange(tot)
    for f, w in tab:
        if x < w:
            return f
        x -= w
    raise AssertionError


def _fill(r, tpl, forced=None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    used_force = False
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        name = m.group(2)
        if m.group(1):
            v = NEAR[name](r)
            out.append(v)
            nears.append((name, pos, pos + len(v)))
            pos += len(v)
        elif name in GEN:
            if forced and forced[0] == name and not used_force:
                fmt = forced[1]
                used_force = True
            else:
                fmt = _draw_fmt(r, name)
            pre, v, post = GEN[name](r, fmt)
            out.append(pre)
            pos += len(pre)
            ents.append((name, pos, pos + len(v)))
            fmts.append(fmt)
            out.append(v + post)
            pos += len(v) + len(post)
        else:
            v = FILL[name](r)
            out.append(v)
            pos += len(v)
    out.append(tpl[last:])
    text = "".join(out)
    assert len(text) == pos + len(tpl[last:])
    return text, ents, fmts, nears


def _build(meta=None):
    r = random.Random(SEED)
    rows = []
    tids = []
    # forced formats into distinct templates
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if kind in _kinds_in(t)]
        for fmt, _ in FORMATS[kind]:
            picks = r.sample(cands, min(FORCE_PER_FMT, len(cands)))
            for i in picks:
                rows.append(_fill(r, PII_TEMPLATES[i], (kind, fmt)))
                tids.append(f"P{i}")
    for i, t in enumerate(PII_TEMPLATES):
        for _ in range(PER_TEMPLATE_PII):
            rows.append(_fill(r, t))
            tids.append(f"P{i}")
    for i, t in enumerate(NEAR_TEMPLATES):
        n = PER_TEMPLATE_NEAR if _MARK.search(t) else 2
        for _ in range(n):
            rows.append(_fill(r, t))
            tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame({
        "text": [rows[j][0] for j in order],
        "entities": [rows[j][1] for j in order],
        "formats": [rows[j][2] for j in order],
        "near_misses": [rows[j][3] for j in order],
        "split": [SPLIT] * len(order),
    })


def make_blind68_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_RE = {
    "mobile": re.compile(r"^1[3-9]\d[ -]?\d{4}[ -]?\d{4}$"),
    "landline": re.compile(r"^(?:0\d{2,3}[- ]?|[(（]0\d{2,3}[)）])?[2-8]\d{6,7}$"),
    "qq": re.compile(r"^[1-9]\d{4,10}$"),
    "wechat": re.compile(r"^(?:[A-Za-z][A-Za-z0-9_-]{5,19}|1[3-9]\d{9})$"),
    "email": re.compile(r"^[A-Za-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
    "plate": re.compile(r"^[京沪浙苏粤川鄂湘鲁豫闽皖陕渝赣][A-Z][ ·]?[A-Z0-9]{5,6}$"),
    "address": re.compile(r"^[\u4e00-\u9fff].*(?:号|栋|幢|单元|室|层|组|\d)$"),
}
_ADDR_START = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:省|市|区|县)")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            if k == "id_card":
                assert _id_ok(_norm(v)), v
            elif k == "bank_card":
                n = _norm(v)
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            else:
                assert _RE[k].match(v), (k, v)
            if k == "address":
                assert _ADDR_START.match(v), v
            if k in ("mobile", "qq", "landline", "id_card", "bank_card"):
                # no digit glued on either side of a numeric value
                assert not (s > 0 and text[s - 1].isdigit() and not text[:s].endswith("+86")) and not (e < len(text) and text[e].isdigit()), (k, text)
        covered = [False] * len(text)
        for _, s, e in es:
            for i in range(s, e):
                covered[i] = True
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
        # no unlabelled mobile-like run outside entity spans
        for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", text):
            assert all(covered[m.start():m.end()]), text
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
    assert df.equals(make_blind68_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FORMATS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

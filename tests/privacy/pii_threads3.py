"""Third thread corpus (``split == "threads3"``): WHOLE 1:1 WeCom conversations.

Who / rules
-----------
Written by an independent test-data writer, a helper session that calls
itself "第二十九位写手".  It read only: its own brief; the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the directory listings of
``../shared/datasets/`` and ``tests/privacy/`` (file names only; no dataset
text and no personal data copied).  It did NOT read
anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README,
any other corpus or test, nor any git history; it ran no git command, never
imported ``toolkit`` and never ran a masking / finding function on this data.
Shapes, chats and labels come from the writer's own idea of how customers and
staff in mainland China exchange contact data in WeCom.

What is different here
----------------------
Every row is one MESSAGE of a whole conversation (3-16 messages) between a
company's staff and one customer, in ten trades: real-estate / rentals, car
dealers and insurance claims, recruitment / HR onboarding, live-stream and
social e-commerce, online pharmacy and clinic follow-ups, pet services,
wedding / photography studios, gyms and training, telecom / broadband
installation, moving companies.  Personal data comes as it does in a real
archive, and the "how given" part of each format name says how:

* ``bare_reply``   -- the value alone (plus punctuation / emoji) answering the
  staff question right before it;
* ``wait_reply``   -- the same, but a "稍等" / "我找找" message sits between the
  question and the value;
* ``filler_reply`` -- "嗯 / 好的 / 对 / 是的 ..." plus the value;
* ``unasked``      -- the customer pastes the value before anyone asked;
* ``cued``         -- a cue word in the same message (手机 / 卡号 / 地址 ...);
* ``split``        -- one value sent in two messages, both halves labelled;
* ``mistyped`` / ``corrected`` -- a wrong value and its correction; a wrong
  value that is still valid is labelled (``mistyped``), one that fails its
  check (10-digit mobile, failed Luhn, failed ID check digit) is a near-miss;
* ``readback``     -- the staff reads the value back for confirmation;
* ``family``       -- the value of a family member;
* ``block``        -- a pasted contact block (name / phone / address lines;
  names are never labelled);
* ``staff``        -- the staff's own phone / WeChat / mailbox / shop address.

Many questions look alike but ask for something that is NOT personal data:
order / tracking / invoice / member / contract / appointment / queue /
work-order / policy / claim numbers, VINs, pet-chip numbers, pickup codes,
verification codes, amounts, dates, budgets, flat layouts, body metrics;
these bare replies are near-misses, as are hotlines (400 / 800 / 95xxx /
100xx), masked numbers (``138****5678``, 尾号), a city / district / shop alone,
postal codes, and mistyped values that fail their check.  More than a third of
the messages hold no value at all (greetings, "稍等", "收到", prices ...).

Seed
----
``SEED = "threads3-2026-wecom-第二十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here; every near-miss whose
digits are 16-19 long fails Luhn and every 18-character ID-shaped one fails
the ID check.  Each declared format is first forced 4 times into 4 different
trades; the rest is drawn by weight.

Layout
------
``make_threads3_corpus()`` returns a DataFrame, one row per message, in
conversation order: ``chat_id`` (``t3-<trade>-NNNN``; template = trade and
how-given), ``seq`` (0.. within a chat), ``sender`` (staff / customer),
``text``, ``entities`` (list of ``(kind, start, end)``; kinds email,
id_card, bank_card, mobile, landline, qq, wechat, plate, address), ``formats``
(``<how given>_<kind>_<how written>``, one per entity), ``near_misses``
(list of ``(near_kind, start, end)``) and ``split`` (``"threads3"``).  A span
holds the value only: cue words, ``+86`` / ``0086`` prefixes and landline
extensions (转806 / -806 / 分机806) are outside, separators inside a value are
inside; an address runs from its first place unit (province / city /
district / county / town / village / road / estate) to its last house-level
unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / bare room number such as 1502 or
3-2-1502); notes after it (放门口 ...) and postal codes are outside.

Counts (``python tests/privacy/pii_threads3.py``)
-------------------------------------------------
conversations=516 messages=6050 messages_without_values=4943 (4120 of them
without a near-miss either); entities=1155, bare=733 (value plus filler /
punctuation / emoji only in its own message):
mobile 209, address 209, plate 145, bank_card 126, landline 111, id_card 102,
email 101, qq 79, wechat 73.
near-miss spans=823, bare=535, all 535 bare replies to a staff question:
appointment_no 103, contract_no 85, order_no 78, date_time 58, amount 51,
verify_code 51, masked 45, work_order 41, member_no 41, hotline 36,
city_only 36, queue_no 29, postal_code 17, employee_no 16, invoice_no 15,
body_metric 15, policy_no 14, bad_card 13, claim_no 13, vin 12,
tracking_no 12, chip_no 12, bad_mobile 10, pickup_code 8, bad_id 7, layout 5.
formats=187 distinct (11 ways of giving x the kinds' ways of writing), each
used >= 4 times in >= 4 trades; the script prints each with count/trades.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "threads3-2026-wecom-第二十九位写手"
SPLIT = "threads3"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ----------------------------------------------------------------------------- values
MOBILE_PREFIX = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
AREA_CODES = (
    ("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8),
    ("027", 8), ("028", 8), ("029", 8), ("0512", 8), ("0531", 8), ("0371", 8), ("0592", 7), ("0731", 8),
    ("0574", 8), ("0577", 8), ("0769", 8), ("0757", 8), ("0591", 8), ("0551", 8), ("0311", 8), ("024", 8),
)
ID_REGIONS = (
    "110101", "110105", "110108", "310104", "310115", "330106", "330108", "330782", "320102", "320506",
    "440106", "440305", "440306", "510107", "420111", "370102", "410105", "610113", "350203", "430104",
    "130102", "210102", "500103", "120101", "340104", "360102", "450103", "530102", "411625", "341221",
)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
BINS = (
    ("622202", 19, "工商银行"), ("955880", 19, "工行"), ("622848", 19, "农业银行"), ("955990", 19, "农行"),
    ("621700", 19, "建设银行"), ("622700", 19, "建行"), ("622588", 16, "招商银行"), ("621483", 16, "招行"),
    ("622262", 19, "交通银行"), ("621661", 19, "中国银行"), ("623668", 19, "建行"), ("621226", 19, "工行"),
    ("622609", 16, "民生银行"), ("438088", 16, "建行信用卡"), ("524047", 16, "招行信用卡"),
    ("427018", 16, "工行Visa卡"), ("621799", 19, "邮储银行"), ("622908", 16, "兴业银行"),
)
PLATE_PROV = "京沪粤浙苏川鄂鲁豫陕闽湘津渝皖冀辽赣"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PINYIN = (
    "zhangwei", "liuyang", "wangfang", "chenjing", "lixiaoming", "zhaolei", "huangting", "zhoujie",
    "wuxia", "xuming", "sunli", "maqiang", "hujun", "guoyan", "heping", "linlin", "luoyi", "gaofei",
    "tangmin", "songyu", "xiaoqing", "dengchao", "fengjia", "caixin", "jiangtao", "yuhan",
)
EN_NAMES = ("lily", "tom", "amy", "kevin", "coco", "jack", "vivian", "sunny", "leo", "grace", "momo", "eric")
MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "yeah.net",
                "139.com", "hotmail.com", "sohu.com")
CORP_DOMAINS = ("hzlianjia.com.cn", "xinhe-auto.com", "yuntu-hr.cn", "meixiang.com.cn", "kangda-med.com",
                "aiqi-pet.cn", "baiyun-photo.com", "lepao-fit.cn", "zjtelecom-partner.cn", "shunyi-move.com")

# province, city, district, roads, estates
PLACES = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("翠苑一区", "嘉绿苑", "西溪诚园")),
    ("浙江省", "杭州市", "余杭区", ("五常大道", "文一西路", "良睦路"), ("融信澜天", "西溪山庄", "万科良渚文化村")),
    ("浙江省", "宁波市", "鄞州区", ("天童南路", "中山东路"), ("东湖花园", "太古小镇")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路"), ("阳光广场花园", "清江花苑")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "金鸡湖大道"), ("东港新村", "湖左岸花园")),
    ("广东省", "广州市", "天河区", ("天河北路", "黄埔大道西"), ("骏景花园", "华港花园")),
    ("广东省", "深圳市", "南山区", ("科技园南路", "南海大道", "桃园路"), ("阳光棕榈园", "蔚蓝海岸")),
    ("广东省", "深圳市", "宝安区", ("新安六路", "宝民一路"), ("海雅缤纷城", "碧海名园")),
    ("", "上海市", "浦东新区", ("张杨路", "东方路", "锦绣路"), ("仁恒滨江园", "联洋花园")),
    ("", "上海市", "闵行区", ("七莘路", "莘松路"), ("春申景城", "万科城市花园")),
    ("", "北京市", "朝阳区", ("望京西路", "朝阳北路"), ("望京西园三区", "远洋山水")),
    ("", "北京市", "海淀区", ("学院路", "中关村南大街"), ("锦秋家园", "世纪城")),
    ("四川省", "成都市", "武侯区", ("天府大道北段", "科华北路"), ("棕榈泉国际花园", "晋阳小区")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道"), ("保利花园", "光谷坐标城")),
    ("山东省", "济南市", "历下区", ("经十路", "解放路"), ("燕山小区", "鲁能领秀城")),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路"), ("锦艺城", "正商新蓝钻")),
    ("陕西省", "西安市", "雁塔区", ("科技路", "小寨东路"), ("曲江池畔", "枫叶新都市")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路"), ("莲花五村", "瑞景新村")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路"), ("阳光100国际新城", "中建梅溪湖中心")),
    ("", "重庆市", "渝北区", ("金开大道", "新南路"), ("龙湖紫都城", "金科天籁城")),
)
RURAL = (
    ("河南省", "周口市", "郸城县", "汲冢镇", ("李楼村", "王庄村")),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", ("张营村", "前庄村")),
    ("四川省", "南充市", "仪陇县", "新政镇", ("石佛村", "马鞍村")),
    ("江西省", "赣州市", "于都县", "贡江镇", ("长征村", "上欧村")),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("茶山村", "新田村")),
    ("山东省", "临沂市", "沂南县", "界湖镇", ("北寨村", "东里村")),
)
BUILDINGS = ("栋", "幢", "号楼")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


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


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _date_ok(s: str) -> bool:
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    if not (1940 <= y <= 2008 and 1 <= m <= 12):
        return False
    mdays = (31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= d <= mdays[m - 1]


def _gen_id(r: random.Random) -> str:
    while True:
        date = f"{r.randint(1958, 2006)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = r.choice(ID_REGIONS) + date + _digits(r, 3)
        return body + _id_check(body)


def _gen_card(r: random.Random) -> tuple[str, str]:
    b, n, bank = r.choice(BINS)
    return _luhn_complete(b + _digits(r, n - len(b) - 1)), bank


def _gen_mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIX) + _digits(r, 8)


def _gen_landline(r: random.Random) -> tuple[str, str]:
    code, n = r.choice(AREA_CODES)
    return code, r.choice("2345678") + _digits(r, n - 1)


def _gen_qq(r: random.Random) -> str:
    return r.choice("123456789") + _digits(r, r.choice((5, 6, 7, 8, 8, 8, 9, 9, 9)))


def _gen_wechat(r: random.Random, wxid: bool) -> str:
    if wxid:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    base = r.choice(PINYIN + EN_NAMES)
    style = r.randrange(5)
    if style == 0:
        return base + str(r.randint(1975, 2005))
    if style == 1:
        return base + "_" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    if style == 2:
        return base.capitalize() + "-" + r.choice(PINYIN)[:3] + str(r.randint(1, 99))
    if style == 3:
        return base + r.choice(("_", "")) + _digits(r, 3)
    return r.choice(("wx_", "vx", "a")) + base + str(r.randint(10, 99))


def _gen_email(r: random.Random, w: str) -> str:
    if w == "qqnum":
        return _gen_qq(r) + "@qq.com"
    if w == "corp":
        name = r.choice(PINYIN)
        local = r.choice((name, name + str(r.randint(1, 99)), r.choice(("hr", "service", "kefu", "sales")) + str(r.randint(1, 9))))
        return local + "@" + r.choice(CORP_DOMAINS)
    base = r.choice(PINYIN + EN_NAMES)
    local = r.choice((base + str(r.randint(80, 99)), base + "_" + str(r.randint(1990, 2004)),
                      base + "." + r.choice(PINYIN)[:4], base + _digits(r, 3)))
    return local + "@" + r.choice(MAIL_DOMAINS)


def _gen_plate_tail(r: random.Random) -> str:
    s = r.randrange(4)
    if s == 0:
        return _digits(r, 5)
    if s == 1:
        return _digits(r, 4) + r.choice(PLATE_LET)
    if s == 2:
        return r.choice(PLATE_LET) + _digits(r, 4)
    return _digits(r, 1) + r.choice(PLATE_LET) + _digits(r, 2) + r.choice(PLATE_LET)


def _room(r: random.Random) -> str:
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _gen_address(r: random.Random, w: str) -> str:
    if w == "rural":
        prov, city, county, town, vills = r.choice(RURAL)
        tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 60)}号", f"{r.randint(1, 99)}号"))
        return prov + city + county + town + r.choice(vills) + tail
    prov, city, dist, roads, estates = r.choice(PLACES)
    road = r.choice(roads) + f"{r.randint(1, 999)}号"
    est = r.choice(estates)
    b = r.choice(BUILDINGS)
    house = r.choice((
        f"{r.randint(1, 30)}{b}{r.randint(1, 4)}单元{_room(r)}室",
        f"{r.randint(1, 30)}{b}{_room(r)}",
        f"{r.randint(1, 30)}{b}{_room(r)}室",
        f"{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}",
    ))
    if w == "full":
        return prov + city + dist + road + est + house
    if w == "city":
        return city + dist + r.choice((road + est, est)) + house
    if w == "district":
        return dist + r.choice((road, est, road + est)) + house
    if w == "estate":
        return est + house
    if w == "space":
        parts = [p for p in (prov, city, dist, road, est) if p]
        return " ".join(parts) + " " + house
    if w == "office":
        return prov + city + dist + road + r.choice(("科技大厦", "国际中心", "创业园")) + r.choice(
            (f"{r.randint(2, 28)}层", f"{r.randint(2, 28)}0{r.randint(1, 9)}室", f"A座{r.randint(2, 28)}0{r.randint(1, 9)}室"))
    raise AssertionError(w)


WRITTEN: dict[str, tuple[str, ...]] = {
    "mobile": ("plain", "space344", "dash344", "plus86"),
    "landline": ("dash", "paren", "plain", "ext"),
    "email": ("pinyin", "qqnum", "corp"),
    "id_card": ("plain", "space"),
    "bank_card": ("plain", "space4"),
    "qq": ("plain",),
    "wechat": ("id", "wxid"),
    "plate": ("plain", "dot", "ev", "space"),
    "address": ("full", "city", "district", "estate", "rural", "space"),
}


def _value(r: random.Random, kind: str, w: str) -> tuple[str, str, str, dict]:
    """-> (outside prefix, value, outside suffix, extra info)."""
    if kind == "mobile":
        d = _gen_mobile(r)
        if w == "plain":
            return "", d, "", {}
        if w == "space344":
            return "", f"{d[:3]} {d[3:7]} {d[7:]}", "", {}
        if w == "dash344":
            return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", "", {}
        pre = r.choice(("+86 ", "+86", "+86-", "0086 ", "(+86)"))
        val = d if r.random() < 0.6 else f"{d[:3]} {d[3:7]} {d[7:]}"
        return pre, val, "", {}
    if kind == "landline":
        code, loc = _gen_landline(r)
        if w == "dash":
            return "", f"{code}-{loc}", "", {}
        if w == "paren":
            return "", r.choice((f"({code}){loc}", f"（{code}）{loc}", f"({code}) {loc}")), "", {}
        if w == "plain":
            return "", code + loc, "", {}
        ext = r.choice(("转", "-", " 转", "分机", " 分机")) + str(r.randint(100, 8999))
        return "", f"{code}-{loc}", ext, {}
    if kind == "email":
        return "", _gen_email(r, w), "", {}
    if kind == "id_card":
        s = _gen_id(r)
        if w == "space":
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        return "", s, "", {}
    if kind == "bank_card":
        c, bank = _gen_card(r)
        if w == "space4":
            c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        return "", c, "", {"bank": bank}
    if kind == "qq":
        return "", _gen_qq(r), "", {}
    if kind == "wechat":
        return "", _gen_wechat(r, w == "wxid"), "", {}
    if kind == "plate":
        p, l = r.choice(PLATE_PROV), r.choice("ABCDEFGH")
        if w == "ev":
            return "", p + l + r.choice("DF") + _digits(r, 5), "", {}
        t = _gen_plate_tail(r)
        sep = {"plain": "", "dot": "·", "space": " "}[w]
        return "", p + l + sep + t, "", {}
    if kind == "address":
        return "", _gen_address(r, w), "", {}
    raise AssertionError(kind)


# ----------------------------------------------------------------------------- near-miss values
def _no_card_no_id(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if d == s and 16 <= len(d) <= 19 and _luhn_ok(d):
        return False
    if len(s) == 18 and s[:17].isdigit() and _id_ok(s):
        return False
    if re.fullmatch(r"1[3-9]\d{9}", d):
        return False
    return True


def _near_value(r: random.Random, nk: str) -> str:
    while True:
        v = _near_raw(r, nk)
        if _no_card_no_id(v):
            return v


def _near_raw(r: random.Random, nk: str) -> str:
    if nk == "order_no":
        s = r.randrange(5)
        if s == 0:
            return r.choice("2345") + _digits(r, 18)
        if s == 1:
            return "2" + _digits(r, 11)
        if s == 2:
            return f"2403{r.randint(10, 31)}-" + _digits(r, 15)
        if s == 3:
            return "DD" + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6)
        return "2" + _digits(r, 15)
    if nk == "tracking_no":
        return r.choice(("SF14", "SF13", "YT75", "JT53", "JD00", "75")) + _digits(r, r.choice((11, 12, 13)))
    if nk == "invoice_no":
        return r.choice(("0" + _digits(r, 7), "24" + _digits(r, 18), "0" + _digits(r, 7)))
    if nk == "member_no":
        return r.choice(("VIP" + _digits(r, 8), "M" + _digits(r, 10), "8" + _digits(r, 7), "HY" + _digits(r, 6)))
    if nk == "contract_no":
        return r.choice((f"HT2024-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 3)}",
                         f"ZL-2024-{_digits(r, 4)}", f"XS{_digits(r, 10)}", f"CZ{_digits(r, 6)}号"))
    if nk == "appointment_no":
        return r.choice((f"YY2024{_digits(r, 4)}-{_digits(r, 3)}", r.choice("ABC") + _digits(r, 3), "Y" + _digits(r, 8)))
    if nk == "queue_no":
        return r.choice((r.choice("ABCD") + _digits(r, 3), f"{r.randint(5, 120)}号", f"第{r.randint(3, 80)}号"))
    if nk == "work_order":
        return r.choice(("GD2024" + _digits(r, 9), "WO" + _digits(r, 10), "BX" + _digits(r, 12), "2024" + _digits(r, 8)))
    if nk == "policy_no":
        return r.choice(("PDAA2024" + _digits(r, 14), "AHZJ" + _digits(r, 18), "6" + _digits(r, 21)))
    if nk == "claim_no":
        return r.choice(("RDAA2024" + _digits(r, 14), "9" + _digits(r, 19), "BA" + _digits(r, 14)))
    if nk == "amount":
        return r.choice((f"{r.randint(2, 99) * 100}元", f"¥{r.randint(1, 9)},{r.randint(0, 9)}99.00", f"{r.randint(10, 999)}.{r.randint(0, 9)}0",
                         f"{r.randint(2, 9)}00块", f"{r.randint(2, 9)}千{r.choice(('', '五'))}", f"{r.randint(35, 95)}00"))
    if nk == "date_time":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                         f"周{r.choice('一二三四五六日')}{r.choice(('上午', '下午', '晚上'))}{r.randint(1, 11)}点",
                         f"明天{r.randint(9, 17)}:{r.choice(('00', '30'))}", f"{r.randint(1, 12)}.{r.randint(1, 28)}"))
    if nk == "verify_code":
        return _digits(r, r.choice((4, 6, 6, 6)))
    if nk == "hotline":
        return r.choice(("400-820-8820", "400-" + _digits(r, 3) + "-" + _digits(r, 4), "4008" + _digits(r, 6), "95518",
                         "95588", "10000", "10086", "800-810-" + _digits(r, 4), "95500", "12345"))
    if nk == "vin":
        return r.choice(("LSVAU2180N2", "LFV2A21K8M3", "LGBH52E03KY", "LSGKB54H9LV")) + _digits(r, 6)
    if nk == "chip_no":
        return "900" + _digits(r, 12)
    if nk == "pickup_code":
        return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", _digits(r, 6), f"{r.randint(10, 99)}-{_digits(r, 4)}"))
    if nk == "layout":
        return r.choice(("两室一厅", "3室2厅", "一室一厅", "3室1厅1卫", "4室2厅2卫", "loft一房"))
    if nk == "body_metric":
        return r.choice((f"{r.randint(150, 188)}cm", f"{r.randint(45, 95)}公斤", f"{r.randint(90, 190)}斤", f"体脂{r.randint(15, 35)}%"))
    if nk == "postal_code":
        return r.choice(("310012", "518057", "200120", "100102", "610041", "430074", "250014", "450003"))
    if nk == "employee_no":
        return r.choice(("HZ" + _digits(r, 5), "E" + _digits(r, 6), "2024" + _digits(r, 4)))
    if nk == "masked":
        m = _gen_mobile(r)
        return r.choice((m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], "尾号" + m[7:]))
    if nk == "city_only":
        return r.choice(("杭州西湖区", "滨江区", "浦东", "深圳南山", "南京鼓楼", "成都武侯区", "武汉光谷", "郑州金水区",
                         "万达广场店", "西溪银泰", "龙湖天街店", "朝阳大悦城"))
    if nk == "bad_mobile":
        m = _gen_mobile(r)
        return r.choice((m[:-1], m + r.choice("0123456789")))
    if nk == "bad_id":
        s = _gen_id(r)
        return s[:17] + r.choice([c for c in "0123456789X" if c != s[17]])
    if nk == "bad_card":
        c, _ = _gen_card(r)
        return c[:-1] + r.choice([d for d in "0123456789" if d != c[-1]])
    raise AssertionError(nk)


# ----------------------------------------------------------------------------- trades
TRADES = {
    "realestate": dict(
        co="链居房产", kinds=KINDS,
        p={"mobile": "看房前我电话联系您", "id_card": "签租赁合同要用", "bank_card": "押金到期退这张卡", "address": "合同寄给您",
           "email": "电子合同发您邮箱", "plate": "小区车位要登记", "wechat": "房源视频发您", "landline": "单位座机也留一个",
           "qq": "户型图打包发您"},
        near=("contract_no", "amount", "date_time", "layout", "verify_code", "appointment_no", "city_only", "hotline", "masked"),
        open_c=("你好，滨江那套两房还在吗", "在吗？想租个房子", "您好 我看到你们发的房源了", "你好 上次看的那套还能谈吗"),
        open_s=("您好，我是链居房产的顾问，很高兴为您服务", "您好～看房需求可以跟我说下", "您好，您关注的房源还在的"),
        chat_c=("押一付三可以吗", "离地铁多远啊", "可以养猫吗", "周末能看房吗", "物业费多少", "能再便宜点不", "采光怎么样"),
        chat_s=("可以的，房东说能谈", "步行大概八分钟", "我问下房东哈", "这套性价比挺高的", "合同我这边准备好了", "钥匙在我们店里"),
    ),
    "car": dict(
        co="鑫合汽车", kinds=KINDS,
        p={"plate": "定损要用", "id_card": "理赔资料需要", "bank_card": "赔款打到这张卡", "address": "行驶证原件寄回给您",
           "mobile": "定损员会联系您", "email": "电子保单发您邮箱", "landline": "公司座机也留一下", "wechat": "拉您进车主群",
           "qq": "照片多的话QQ传"},
        near=("policy_no", "claim_no", "vin", "work_order", "amount", "date_time", "queue_no", "invoice_no", "hotline", "masked",
              "appointment_no", "verify_code"),
        open_c=("你好 我车被追尾了", "在吗 保养想约个时间", "你好，理赔进度怎么样了", "请问试驾怎么预约"),
        open_s=("您好，鑫合汽车售后顾问为您服务", "您好，我是您的专属理赔顾问", "您好～有什么可以帮您"),
        chat_c=("大概要修几天", "有代步车吗", "保险公司那边说要照片", "定损金额多少", "我下午过去", "要带行驶证吗"),
        chat_s=("照片收到了", "已经帮您报案了", "定损员今天会联系您", "钣金喷漆大概三天", "您把事故照片发我下", "好的我登记一下"),
    ),
    "hr": dict(
        co="云途人力", kinds=KINDS,
        p={"id_card": "入职登记用", "bank_card": "工资卡，发薪用", "address": "现居住地址，入职表要填", "email": "offer发您邮箱",
           "mobile": "入职系统要填", "landline": "上家单位座机，背调用", "qq": "入职资料QQ传", "wechat": "拉您进新人群",
           "plate": "园区车辆登记"},
        near=("employee_no", "date_time", "amount", "verify_code", "contract_no", "appointment_no", "city_only", "masked"),
        open_c=("您好，我是昨天面试的候选人", "HR你好，offer收到了", "你好 请问入职要准备什么材料", "在吗，体检报告出来了"),
        open_s=("您好，恭喜通过面试，入职资料需要您提供一下", "您好，我是云途人力的HR", "您好，下周一入职，先登记下信息"),
        chat_c=("试用期多久", "要带毕业证原件吗", "几点到公司", "社保从哪个月开始交", "体检去哪家医院"),
        chat_s=("三个月试用期", "原件带上我们复印", "九点前到前台就行", "入职当月就开始交", "入职表我发您了，填好发回"),
    ),
    "ecommerce": dict(
        co="美享直播间", kinds=("mobile", "address", "wechat", "qq", "bank_card", "email", "landline", "id_card"),
        p={"address": "给您补发", "mobile": "快递员联系您", "bank_card": "原路退不了打卡上", "wechat": "加主播小助理",
           "email": "电子发票发邮箱", "id_card": "跨境商品清关要实名", "qq": "", "landline": ""},
        near=("order_no", "tracking_no", "pickup_code", "amount", "date_time", "member_no", "verify_code", "postal_code",
              "invoice_no", "hotline", "masked"),
        open_c=("亲 昨天直播间拍的还没发货", "你好，衣服尺码拍错了", "在吗 收到的货有破损", "宝宝 我想换个颜色"),
        open_s=("亲亲您好，美享直播间售后小美为您服务", "亲，在的呢", "您好亲，请问有什么可以帮您"),
        chat_c=("什么时候发货", "能换L码吗", "运费谁出", "退款多久到账", "赠品没收到", "能开发票吗"),
        chat_s=("亲亲已经给您催仓库了", "可以换的哦", "退款1-3个工作日原路返回", "赠品给您补上", "给您备注加急了"),
    ),
    "pharmacy": dict(
        co="康达大药房", kinds=("mobile", "id_card", "address", "landline", "wechat", "email", "qq"),
        p={"id_card": "处方药需要实名登记", "mobile": "药师回访用", "address": "药寄到哪里", "landline": "", "wechat": "复诊提醒",
           "email": "检查报告发您邮箱", "qq": ""},
        near=("order_no", "tracking_no", "appointment_no", "queue_no", "amount", "date_time", "member_no", "verify_code",
              "hotline", "masked", "body_metric"),
        open_c=("医生你好，药吃完了要续方", "你好 降压药还有货吗", "在吗，复诊想约周六", "你好，报告出来了吗"),
        open_s=("您好，康达互联网医院随访护士为您服务", "您好，药师在线，请问哪里不舒服", "您好，今天是术后第七天回访"),
        chat_c=("饭前吃还是饭后吃", "可以医保吗", "最近有点头晕", "要空腹吗", "一天几次"),
        chat_s=("饭后半小时服用", "线上暂不支持医保", "建议您按时测血压", "处方已经开好了", "有不舒服随时联系我们"),
    ),
    "pet": dict(
        co="爱宠之家", kinds=("mobile", "address", "wechat", "qq", "plate", "landline", "email"),
        p={"address": "上门接宠", "mobile": "洗好了通知您", "wechat": "发狗狗照片给您", "plate": "来店停车要登记", "qq": "",
           "landline": "", "email": "体检报告发您"},
        near=("chip_no", "member_no", "appointment_no", "amount", "date_time", "body_metric", "verify_code", "city_only", "masked"),
        open_c=("你好 想约个洗澡美容", "在吗 猫咪寄养还有位置吗", "你好，狗狗疫苗该打了", "请问可以上门接送吗"),
        open_s=("您好，爱宠之家欢迎您～", "您好，宝贝最近还好吗", "您好，这里是爱宠之家前台"),
        chat_c=("泰迪洗澡多少钱", "需要提前预约吗", "寄养要自带猫粮吗", "狗狗有点怕生", "能剪个泰迪装吗"),
        chat_s=("小型犬洗护88元", "建议提前一天约", "猫粮可以自带", "美容师会很温柔的", "宝贝洗好啦，很乖"),
    ),
    "wedding": dict(
        co="白云婚纱摄影", kinds=("email", "mobile", "wechat", "qq", "address", "plate", "id_card", "bank_card", "landline"),
        p={"email": "原片发您邮箱", "mobile": "化妆师联系您", "address": "相册寄到哪里", "plate": "婚车要登记", "wechat": "拉婚礼对接群",
           "bank_card": "定金退款用", "id_card": "酒店预订要", "qq": "原片太大QQ传", "landline": ""},
        near=("contract_no", "order_no", "amount", "date_time", "appointment_no", "verify_code", "city_only", "hotline"),
        open_c=("你好 想咨询下婚纱照套餐", "在吗 原片什么时候能给", "你好，我们十月办婚礼", "相册做好了吗"),
        open_s=("您好，白云婚纱摄影欢迎您", "新娘您好～我是您的客片顾问", "您好，选片时间跟您确认一下"),
        chat_c=("外景可以去海边吗", "套餐包括几套服装", "精修多少张", "可以加急吗", "定金能退吗"),
        chat_s=("海景套餐有的", "含三套服装", "精修30张", "可以加急，费用另算", "合同里写了退改规则"),
    ),
    "gym": dict(
        co="乐跑健身", kinds=("mobile", "id_card", "wechat", "email", "qq", "bank_card", "plate", "address", "landline"),
        p={"id_card": "办卡需要实名", "mobile": "教练联系您", "bank_card": "退卡退款用", "wechat": "约课提醒", "email": "电子合同",
           "plate": "停车场登记免费停车", "qq": "", "address": "会员卡寄给您", "landline": ""},
        near=("member_no", "contract_no", "amount", "date_time", "body_metric", "verify_code", "appointment_no", "masked", "city_only"),
        open_c=("你好 想办张年卡", "在吗 私教课还能约吗", "你好，我想退卡", "游泳班还招人吗"),
        open_s=("您好，乐跑健身会籍顾问为您服务", "您好～体验课感觉怎么样", "您好，这里是乐跑健身前台"),
        chat_c=("年卡多少钱", "可以分期吗", "有淋浴吗", "私教一节多少", "能暂停卡吗"),
        chat_s=("现在年卡有活动", "支持分期", "每层都有淋浴间", "可以停卡一个月", "教练会先做体测"),
    ),
    "telecom": dict(
        co="电信宽带营业厅", kinds=("address", "id_card", "mobile", "landline", "bank_card", "email", "qq", "wechat"),
        p={"address": "装机地址", "id_card": "开户实名要", "mobile": "装维师傅联系您", "landline": "原来的固话", "bank_card": "代扣话费用",
           "email": "电子账单发邮箱", "qq": "", "wechat": ""},
        near=("work_order", "order_no", "amount", "date_time", "verify_code", "hotline", "contract_no", "masked", "city_only"),
        open_c=("你好 想装个宽带", "在吗 网断了一天了", "你好，宽带续费怎么弄", "我要移机"),
        open_s=("您好，电信宽带装维客服为您服务", "您好，有什么可以帮您", "您好，您的报修已受理"),
        chat_c=("千兆多少钱一年", "光猫要自己买吗", "师傅几点到", "能送路由器吗", "融合套餐怎么算"),
        chat_s=("千兆一年1200", "光猫免费提供", "师傅下午到", "路由器送一台", "已派单给装维师傅"),
    ),
    "moving": dict(
        co="顺易搬家", kinds=("address", "mobile", "plate", "landline", "wechat", "qq", "email"),
        p={"address": "搬出的地址", "mobile": "师傅到了打您电话", "plate": "小区要登记车牌", "landline": "", "wechat": "发物品照片",
           "qq": "", "email": "发票发邮箱"},
        near=("order_no", "amount", "date_time", "work_order", "verify_code", "city_only", "hotline", "postal_code"),
        open_c=("你好 周末想搬家", "在吗，搬家怎么收费", "你好，钢琴能搬吗", "明天能约车吗"),
        open_s=("您好，顺易搬家客服为您服务", "您好，请问从哪搬到哪", "您好，师傅已经出发了"),
        chat_c=("几楼有电梯算钱吗", "要自己打包吗", "大概多少钱", "能开发票吗", "几个师傅"),
        chat_s=("有电梯不收楼层费", "可以提供打包服务", "按车型和距离算", "可以开发票", "两个师傅一台车"),
    ),
}
TRADE_NAMES = tuple(TRADES)

Q = {
    "mobile": ("方便留个手机号吗？", "您手机号多少呀？", "麻烦发一下您的联系电话", "手机号码给我一下"),
    "landline": ("有座机号码吗？", "单位座机多少？", "留个固定电话吧", "家里座机号码是？"),
    "email": ("邮箱发我一下", "您邮箱是？", "方便留个邮箱吗？"),
    "id_card": ("麻烦发一下身份证号码", "身份证号多少？", "需要您的身份证号"),
    "bank_card": ("卡号发我一下", "银行卡号给一下", "麻烦提供下收款的银行卡号"),
    "qq": ("QQ号多少？", "您QQ是多少？", "方便加个QQ吗？QQ号发我"),
    "wechat": ("您微信号多少？我加您", "微信号发一下", "加个微信吧，微信号是？"),
    "plate": ("车牌号多少？", "您的车牌发一下", "车牌号码报一下"),
    "address": ("地址发我一下", "详细地址是哪里？", "麻烦发个具体地址"),
}
CUED = {
    "mobile": ("我手机号{v}", "电话：{v}", "打我手机{v}就行", "联系方式 {v}", "我的号码是{v}，白天都在"),
    "landline": ("座机{v}", "公司电话：{v}", "家里座机是{v}", "固话{v}，晚上有人"),
    "email": ("邮箱：{v}", "发我邮箱吧 {v}", "我的邮箱是{v}"),
    "id_card": ("身份证号{v}", "身份证：{v}", "我身份证是{v}"),
    "bank_card": ("卡号{v}，{bank}", "银行卡：{v} {bank}", "我的卡号 {v}（{bank}）"),
    "qq": ("QQ：{v}", "我QQ号{v}", "加我Q {v}"),
    "wechat": ("我微信号{v}", "微信：{v}", "vx {v}，加我"),
    "plate": ("车牌{v}", "我车牌号是{v}", "车是{v}，白色的"),
    "address": ("地址：{v}", "送到{v}，放门口就行", "我住{v}", "地址改成{v}，麻烦了"),
}
FAMILY = {
    "mobile": ("我妈手机{v}，到时候打她电话", "这是我老公的号码 {v}", "留我爸的吧，他电话{v}"),
    "id_card": ("帮我女儿报的，她身份证{v}", "我爸的身份证号{v}", "是给我老婆办的，身份证{v}"),
    "address": ("寄到我爸妈家：{v}", "我妈住{v}，直接送那", "接我儿子那边，地址{v}"),
    "plate": ("车是我老婆的，车牌{v}", "登记我爸的车 {v}", "开我哥的车来，车牌{v}"),
    "bank_card": ("退到我老公卡上吧，卡号{v}", "用我妈的卡，{bank}{v}"),
}
STAFF = {
    "mobile": ("我是{co}的小{sur}，手机{v}，微信同号", "有急事直接打我手机：{v}", "后续我跟进，我电话{v}"),
    "landline": ("门店座机{v}，工作时间都有人", "也可以打我们办公室电话{v}"),
    "wechat": ("我微信{v}，您加一下", "这是我工作微信号：{v}"),
    "email": ("资料发我邮箱就行：{v}", "材料可以发到{v}"),
    "qq": ("我QQ {v}，大文件可以传QQ", "QQ加我 {v}，备注下名字"),
    "address": ("我们店地址：{v}，到了给我打电话", "地址是{v}，导航过来就行"),
}
READ_CUE = {"mobile": "手机", "id_card": "身份证号", "bank_card": "卡号", "address": "地址", "plate": "车牌", "email": "邮箱"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
WAIT = ("稍等", "我找找", "等下 我看看", "稍等哈 在找", "我查一下", "等等我翻一下", "稍等一下")
FILL_PRE = ("嗯 ", "嗯嗯，", "好的 ", "好的，", "对，", "是的 ", "哦哦 ", "好 ", "行，", "ok ")
BARE_WRAP = (("", ""), ("", ""), ("", ""), ("", "。"), ("", " 👌"), ("", "🙏"), ("", "～"), ("", "！"), ("", " "))
ACKS = ("好的收到", "收到", "好的，已登记", "好的谢谢", "OK，稍后给您处理", "好嘞", "收到，我这边录一下")
CONFIRM = ("对的", "没错", "是的 没问题", "对", "嗯嗯对的")
CLOSE_C = ("好的谢谢", "谢谢啦", "辛苦了", "好的，麻烦了", "👍", "行")
CLOSE_S = ("不客气，有问题随时联系", "好的，祝您生活愉快", "应该的，有事微信找我", "收到，后续有进展通知您")

HOWS: dict[str, dict[str, tuple[str, ...]]] = {
    "bare_reply": WRITTEN, "wait_reply": WRITTEN, "filler_reply": WRITTEN, "unasked": WRITTEN, "cued": WRITTEN,
    "split": {"mobile": ("plain", "space344"), "id_card": ("plain",), "bank_card": ("plain", "space4"), "address": ("full", "city")},
    "mistyped": {"mobile": ("plain",), "qq": ("plain",), "plate": ("plain",)},
    "corrected": {"mobile": ("plain", "space344"), "id_card": ("plain",), "bank_card": ("plain", "space4"), "qq": ("plain",),
                  "plate": ("plain",)},
    "readback": {"mobile": ("plain", "space344"), "id_card": ("plain",), "bank_card": ("plain",), "address": ("full", "city"),
                 "plate": ("plain",), "email": ("pinyin",)},
    "family": {"mobile": ("plain",), "id_card": ("plain",), "address": ("full", "district"), "plate": ("plain", "ev"),
               "bank_card": ("plain",)},
    "block": {"mobile": ("plain", "dash344"), "address": ("full", "city"), "id_card": ("plain",), "bank_card": ("plain",),
              "email": ("pinyin",)},
    "staff": {"mobile": ("plain", "space344"), "landline": ("dash", "ext"), "wechat": ("id",), "email": ("corp",), "qq": ("plain",),
              "address": ("office",)},
}
HOW_WEIGHTS = (("bare_reply", 30), ("wait_reply", 8), ("filler_reply", 12), ("unasked", 6), ("cued", 22), ("split", 3),
               ("corrected", 4), ("readback", 4), ("family", 4), ("block", 4), ("staff", 4))
NEAR_Q = {
    "order_no": (("订单号发我一下", "麻烦提供下订单编号", "订单号多少？"), "订单号"),
    "tracking_no": (("快递单号多少？", "物流单号发一下", "退回的快递单号给我下"), "单号"),
    "invoice_no": (("发票号码是多少？", "发票号码报一下"), "发票号"),
    "member_no": (("会员号多少？", "您的会员卡号是？", "会员编号报一下"), "会员号"),
    "contract_no": (("合同编号发下", "合同号多少？", "您合同上的编号是？"), "合同编号"),
    "appointment_no": (("预约号是多少？", "预约单号报一下"), "预约号"),
    "queue_no": (("您排的号是多少？", "取的号是多少？"), "排号"),
    "work_order": (("工单号多少？", "报修单号发一下", "受理单号是？"), "工单号"),
    "policy_no": (("保单号多少？", "保单号码发一下"), "保单号"),
    "claim_no": (("报案号是多少？", "保险公司给的报案号发下"), "报案号"),
    "amount": (("预算大概多少？", "付了多少钱？", "实付金额是多少？"), "金额"),
    "date_time": (("哪天方便？", "什么时候方便？", "大概几号？", "约几点？"), "时间"),
    "verify_code": (("手机收到的验证码报一下", "验证码多少？", "短信里的验证码发我下"), "验证码"),
    "vin": (("车架号发一下", "VIN码多少？"), "车架号"),
    "chip_no": (("宝贝芯片号多少？", "芯片编号发下"), "芯片号"),
    "pickup_code": (("取件码多少？", "驿站取件码发我看看"), "取件码"),
    "layout": (("想要几室的？", "户型要求？"), "户型"),
    "body_metric": (("身高多少？", "体重多少？", "最近体重多少？"), "体重"),
    "employee_no": (("工号分配了吗？发我看下", "您的工号是？"), "工号"),
    "postal_code": (("邮编多少？", "邮编知道吗？"), "邮编"),
    "city_only": (("您在哪个区？", "离哪家店近？", "在哪个城市？"), "在"),
}
STATE_NEAR = {
    "hotline": ("有问题也可以打客服热线{v}", "官方售后电话{v}，24小时", "投诉可以拨打{v}"),
    "amount": ("费用一共{v}", "这边给您申请退款{v}", "优惠后是{v}"),
    "date_time": ("师傅{v}上门", "约在{v}可以吗？", "{v}之前给您寄出"),
    "masked": ("系统里留的号码是{v}，还在用吗？", "预留手机{v}，是您本人吗？", "您是{v}的那个号吧？"),
    "layout": ("这套是{v}的，采光很好", "{v}的现在还有两套"),
    "order_no": ("已经给您补发了，订单号{v}", "新订单{v}已生成"),
    "work_order": ("已给您提交报修，工单号{v}", "受理单号{v}，师傅24小时内联系您"),
    "tracking_no": ("已经发出了，顺丰{v}", "物流单号{v}，明天能到"),
}


# ----------------------------------------------------------------------------- message building
def _msg(sender: str, *parts) -> dict:
    text, ents, fmts, nms = "", [], [], []
    for p in parts:
        if isinstance(p, str):
            text += p
        elif p[0] == "E":
            _, kind, fmt, val = p
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(fmt)
            text += val
        else:
            _, nk, val = p
            nms.append((nk, len(text), len(text) + len(val)))
            text += val
    return dict(sender=sender, text=text, entities=ents, formats=fmts, near_misses=nms)


def _fill(template: str, *mid, **kw) -> list:
    """Split a template around {v} and return parts."""
    a, b = template.split("{v}")
    a, b = a.format(**kw), b.format(**kw)
    return [a, *mid, b]


def _ev(r, kind, how, w):
    pre, val, post, info = _value(r, kind, w)
    return [pre, ("E", kind, f"{how}_{kind}_{w}", val), post], info


def _question(r, trade, kind):
    q = r.choice(Q[kind])
    p = TRADES[trade]["p"].get(kind, "")
    if p and r.random() < 0.6:
        q = q + ("" if q.endswith(("？", "?")) else "，") + p
    return _msg("staff", q)


def _bare_parts(r, parts):
    a, b = r.choice(BARE_WRAP)
    return [a, *parts, b]


KIND_ZH = {"mobile": "手机号", "landline": "座机", "email": "邮箱", "id_card": "身份证号", "bank_card": "卡号", "qq": "QQ号",
           "wechat": "微信号", "plate": "车牌", "address": "地址"}


def _retype(r, kind: str, v: str) -> str:
    """A one-character typo that keeps the value valid (mobile / qq / plate)."""
    lo = {"mobile": 3, "qq": 1, "plate": 3}[kind]
    i = r.choice([i for i in range(lo, len(v)) if v[i].isdigit()])
    return v[:i] + r.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1:]


def _ep_value(r, trade, how, kind, w, first=False) -> list[dict]:
    co = TRADES[trade]["co"]
    out: list[dict] = []
    if how in ("bare_reply", "wait_reply", "filler_reply"):
        out.append(_question(r, trade, kind))
        parts, _ = _ev(r, kind, how, w)
        if how == "wait_reply":
            out.append(_msg("customer", r.choice(WAIT)))
            if r.random() < 0.3:
                out.append(_msg("staff", r.choice(("好的", "不急", "嗯嗯您找下"))))
        if how == "filler_reply":
            parts = [r.choice(FILL_PRE), *parts, r.choice(("", "", " 哈", "～", "。"))]
        else:
            parts = _bare_parts(r, parts)
        out.append(_msg("customer", *parts))
    elif how == "unasked":
        parts, _ = _ev(r, kind, how, w)
        if not first:
            out.append(_msg("customer", r.choice(("对了", "补充一下", "这个你记一下", "哦还有"))))
        out.append(_msg("customer", *_bare_parts(r, parts)))
        if r.random() < 0.5:
            out.append(_msg("staff", r.choice(("这个是？", "您发的这个是？", "好的，这是您的联系方式吗？"))))
            out.append(_msg("customer", r.choice(("嗯是的", "对，你们要登记的", "是的，方便联系", f"{KIND_ZH[kind]}"))))
        out.append(_msg("staff", r.choice(ACKS + (f"好的，{KIND_ZH[kind]}收到了",))))
    elif how == "cued":
        if r.random() < 0.45:
            out.append(_question(r, trade, kind))
        parts, info = _ev(r, kind, how, w)
        out.append(_msg("customer", *_fill(r.choice(CUED[kind]), *parts, bank=info.get("bank", ""))))
    elif how == "split":
        out.append(_question(r, trade, kind))
        v = _value(r, kind, w)[1]
        if kind == "address":
            m = re.search(r"\d+号", v) if r.random() < 0.6 else None
            cut = m.start() if m else max(v.find(c) for c in ("区", "县")) + 1
        elif kind == "mobile":
            cut = r.choice((7, 6, 7)) if w == "plain" else 8
        elif kind == "id_card":
            cut = r.choice((6, 10, 14))
        else:
            cut = r.choice((6, 8, 10)) if w == "plain" else r.choice((10, 15))
        h1, h2 = v[:cut].rstrip(), v[cut:].lstrip()
        fmt = f"split_{kind}_{w}"
        out.append(_msg("customer", ("E", kind, fmt, h1)))
        if r.random() < 0.3:
            out.append(_msg("staff", r.choice(("还有呢？", "没发完吧？", "嗯？"))))
        out.append(_msg("customer", ("E", kind, fmt, h2), r.choice(("", "", "。"))))
    elif how in ("mistyped", "corrected"):
        out.append(_question(r, trade, kind))
        pre, good, post, _ = _value(r, kind, w)
        if how == "mistyped" or kind in ("qq", "plate"):
            wrong = _retype(r, kind, good)
            out.append(_msg("customer", *_bare_parts(r, [pre, ("E", kind, f"mistyped_{kind}_{w}", wrong), post])))
            good_parts = [pre, ("E", kind, f"corrected_{kind}_{w}", good), post]
            if r.random() < 0.5:
                out.append(_msg("customer", r.choice(("不对不对 发错了", "等下 这个不对", "发错了，这是我之前的", "打错一位"))))
                out.append(_msg("customer", *good_parts))
            else:
                out.append(_msg("customer", r.choice(("打错了，是", "不好意思发错了 应该是", "更正：")), *good_parts))
        else:
            nk = {"mobile": "bad_mobile", "id_card": "bad_id", "bank_card": "bad_card"}[kind]
            n = _norm(good)
            if kind == "mobile":
                i = r.randrange(3, 11)
                bad = r.choice((n[:i] + n[i + 1:], n[:i] + r.choice("0123456789") + n[i:]))
            else:
                i = r.randrange(14, 16) if kind == "id_card" else r.randrange(6, len(n) - 1)
                bad = n[:i] + n[i + 1] + n[i] + n[i + 2:]  # two digits swapped
                while bad == n or not _no_card_no_id(bad) or (kind == "id_card" and _id_ok(bad)):
                    bad = n[:-1] + r.choice([c for c in "0123456789" if c != n[-1]])
            out.append(_msg("customer", *_bare_parts(r, [("N", nk, bad)])))
            issue = {"mobile": ("这个号码好像位数不对？", "号码少了一位吧？", "手机号打不通，位数好像不对"),
                     "id_card": ("系统提示身份证号校验不通过，麻烦再核对下", "身份证号好像有一位不对"),
                     "bank_card": ("卡号校验不通过，麻烦再看下", "这个卡号系统提示有误")}[kind]
            out.append(_msg("staff", r.choice(issue)))
            parts2 = [pre, ("E", kind, f"corrected_{kind}_{w}", good), post]
            if r.random() < 0.5:
                out.append(_msg("customer", *_bare_parts(r, parts2)))
            else:
                out.append(_msg("customer", r.choice(("不好意思，是", "抱歉打错了 ", "重新发：")), *parts2))
    elif how == "readback":
        parts, _ = _ev(r, kind, how, w)
        out.append(_msg("staff", r.choice(("跟您核对一下，", "再确认下：", "我念一遍您看对不对，")), READ_CUE[kind], *parts,
                        r.choice(("，对吗？", "，没错吧？", " 对吧")),))
        out.append(_msg("customer", r.choice(CONFIRM)))
    elif how == "family":
        parts, info = _ev(r, kind, how, w)
        out.append(_msg("customer", *_fill(r.choice(FAMILY[kind]), *parts, bank=info.get("bank", ""))))
    elif how == "block":
        out.extend(_block(r, trade, kind, w))
    elif how == "staff":
        parts, _ = _ev(r, kind, how, w)
        if kind == "email":
            local = r.choice((r.choice(PINYIN), r.choice(("hr", "service", "kefu", "sales")) + str(r.randint(1, 9))))
            parts = ["", ("E", kind, f"{how}_{kind}_{w}", local + "@" + CORP_DOMAINS[TRADE_NAMES.index(trade)]), ""]
        out.append(_msg("staff", *_fill(r.choice(STAFF[kind]), *parts, co=co, sur=r.choice(SURNAMES))))
    else:
        raise AssertionError(how)
    return out


def _block(r, trade, kind, w) -> list[dict]:
    name = r.choice(SURNAMES) + r.choice(("女士", "先生", "丽", "建国", "小燕", "伟", "芳芳", "志强"))
    # choose which lines appear; the forced one is always there
    lines = []
    want = {kind: w}
    if kind in ("mobile", "address"):
        want.setdefault("mobile", r.choice(HOWS["block"]["mobile"]))
        want.setdefault("address", r.choice(HOWS["block"]["address"]))
    else:
        want.setdefault("mobile", r.choice(HOWS["block"]["mobile"]))
        if r.random() < 0.4:
            want.setdefault("address", r.choice(HOWS["block"]["address"]))
    labelled = r.random() < 0.55
    sep = r.choice(("：", ":", " "))
    lab = {"mobile": ("电话", "手机"), "address": ("地址", "收货地址"), "id_card": ("身份证", "身份证号"), "bank_card": ("银行卡", "卡号"),
           "email": ("邮箱", "邮箱")}
    lines.append([("姓名" + sep if labelled else "") + name])
    for k in ("id_card", "mobile", "bank_card", "email", "address"):
        if k in want:
            pre, val, post, info = _value(r, k, want[k])
            cue = (r.choice(lab[k]) + sep) if labelled else ""
            extra = ("（" + info["bank"] + "）") if k == "bank_card" and r.random() < 0.5 else ""
            lines.append([cue, pre, ("E", k, f"block_{k}_{want[k]}", val), post, extra])
    parts = []
    for i, ln in enumerate(lines):
        if i:
            parts.append("\n")
        parts.extend(ln)
    out = []
    if r.random() < 0.6:
        out.append(_msg("staff", r.choice(("把收件信息发我一下", "麻烦按格式发下个人信息", "入职信息按这个格式发：姓名/手机/身份证", "登记信息发一下"))))
    out.append(_msg("customer", *parts))
    return out


def _ep_near(r, trade, nk, mode) -> list[dict]:
    if mode == "state":
        t = r.choice(STATE_NEAR[nk])
        out = [_msg("staff", *_fill(t, ("N", nk, _near_value(r, nk))))]
        if nk == "masked" and r.random() < 0.5:
            out.append(_msg("customer", r.choice(("在用的", "是我", "对"))))
        elif r.random() < 0.5:
            out.append(_msg("customer", r.choice(("好的", "行", "可以", "嗯嗯", "知道了"))))
        return out
    qs, cue = NEAR_Q[nk]
    out = [_msg("staff", r.choice(qs))]
    v = ("N", nk, _near_value(r, nk))
    if mode == "bare":
        out.append(_msg("customer", *_bare_parts(r, [v])))
    elif mode == "wait":
        out.append(_msg("customer", r.choice(WAIT)))
        out.append(_msg("customer", *_bare_parts(r, [v])))
    elif mode == "filler":
        out.append(_msg("customer", r.choice(FILL_PRE), v, r.choice(("", "", " 哈", "～"))))
    else:
        out.append(_msg("customer", r.choice((cue + "是", cue + "：", cue + " ")), v))
    if r.random() < 0.4:
        out.append(_msg("staff", r.choice(("好的，我查一下", "收到", "稍等，帮您看下", "查到了"))))
    return out


# ----------------------------------------------------------------------------- assembly
def _declared() -> list[tuple[str, str, str]]:
    return [(h, k, w) for h, tab in HOWS.items() for k, ws in tab.items() for w in ws]


def _trades_for(kind: str) -> list[str]:
    return [t for t in TRADE_NAMES if kind in TRADES[t]["kinds"]]


def _random_value_spec(r):
    how = r.choices([h for h, _ in HOW_WEIGHTS], [w for _, w in HOW_WEIGHTS])[0]
    kind = r.choice(list(HOWS[how]))
    w = r.choice(HOWS[how][kind])
    trade = r.choice(_trades_for(kind))
    return trade, how, kind, w


_GENERIC_NEAR = ("date_time", "amount", "city_only", "hotline", "masked", "layout", "body_metric", "verify_code")


def _random_near_spec(r, trade):
    nks = TRADES[trade]["near"]
    nk = r.choices(nks, [1 if k in _GENERIC_NEAR else 3 for k in nks])[0]
    modes = []
    if nk in NEAR_Q:
        modes += ["bare"] * 5 + ["wait"] + ["filler"] * 2 + ["cued"] * 2
    if nk in STATE_NEAR:
        modes += ["state"] * 4
    return nk, r.choice(modes)


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    specs: dict[str, list] = {t: [] for t in TRADE_NAMES}
    for how, kind, w in _declared():
        ts = _trades_for(kind)
        for t in r.sample(ts, 4):
            specs[t].append((how, kind, w))
    for _ in range(300):
        t, how, kind, w = _random_value_spec(r)
        specs[t].append((how, kind, w))
    rows = []
    n_chat = 0
    for trade in TRADE_NAMES:
        pool = specs[trade]
        r.shuffle(pool)
        tr = TRADES[trade]
        while pool:
            # 0-3 value episodes (sometimes none: a chat with no personal data)
            k = r.choices((0, 1, 2, 3, 4), (1, 2, 4, 3, 2))[0]
            take = [pool.pop() for _ in range(min(k, len(pool)))]
            eps = [("V", s) for s in take]
            seen_nk: list = []
            for _ in range(r.choices((0, 1, 2, 3), (1, 3, 4, 2))[0] + (1 if not take else 0)):
                spec = _random_near_spec(r, trade)
                if spec[0] not in seen_nk:
                    seen_nk.append(spec[0])
                    eps.append(("N", spec))
            r.shuffle(eps)
            eps.sort(key=lambda e: 0 if e[0] == "V" and e[1][0] == "unasked" else 1)
            msgs: list[dict] = []
            first_unasked = bool(eps) and eps[0][0] == "V" and eps[0][1][0] == "unasked"
            if first_unasked:
                msgs.append(_msg("customer", r.choice(tr["open_c"])))
            elif r.random() < 0.5:
                msgs.append(_msg("customer", r.choice(tr["open_c"])))
                msgs.append(_msg("staff", r.choice(tr["open_s"])))
            else:
                msgs.append(_msg("staff", r.choice(tr["open_s"])))
            for j, e in enumerate(eps):
                if e[0] == "V":
                    new = _ep_value(r, trade, *e[1], first=(j == 0 and first_unasked))
                else:
                    new = _ep_near(r, trade, *e[1])
                if len(msgs) + len(new) > 15:
                    if e[0] == "V":
                        pool.append(e[1])
                    continue
                msgs.extend(new)
                if r.random() < 0.35 and len(msgs) < 14:
                    msgs.append(_msg(r.choice(("staff", "customer")), r.choice(tr["chat_c"] + tr["chat_s"])))
                    # keep speaker consistent with the line's origin
                    if msgs[-1]["text"] in tr["chat_c"]:
                        msgs[-1]["sender"] = "customer"
                    else:
                        msgs[-1]["sender"] = "staff"
            if len(msgs) < 16 and r.random() < 0.7:
                msgs.append(_msg("customer", r.choice(CLOSE_C)))
                if len(msgs) < 16 and r.random() < 0.5:
                    msgs.append(_msg("staff", r.choice(CLOSE_S)))
            while len(msgs) < 3:
                msgs.append(_msg("staff", r.choice(CLOSE_S)))
            cid = f"t3-{trade}-{n_chat:04d}"
            n_chat += 1
            for i, m in enumerate(msgs):
                rows.append(dict(chat_id=cid, seq=i, sender=m["sender"], text=m["text"], entities=m["entities"],
                                 formats=m["formats"], near_misses=m["near_misses"], split=SPLIT))
                if meta is not None:
                    meta.append(trade)
    return pd.DataFrame(rows, columns=["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"])


def make_threads3_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------- checks
_FILLERS = ("嗯嗯", "嗯", "好的", "好嘞", "好", "对的", "对", "是的", "是", "哦哦", "哦", "哈哈", "哈", "行", "ok", "OK", "呢", "啊", "呀", "吧")
_PLACE_START = tuple(sorted({x for p in PLACES for x in (p[0], p[1], p[2], *p[4]) if x} | {x for p in RURAL for x in p[:3]}
                            | {p[1].rstrip("市") for p in PLACES}, key=lambda x: (-len(x), x)))


def _is_bare(text: str, spans) -> bool:
    rest = list(text)
    for _, s, e in spans:
        for i in range(s, e):
            rest[i] = " "
    t = "".join(rest)
    t = re.sub(r"\+86-?|0086|\(\+86\)|(转|分机|-)\d{3,4}", " ", t)
    for f in _FILLERS:
        t = t.replace(f, " ")
    return all(unicodedata.category(c)[0] in "PSZC" for c in t)


def _norm(v: str) -> str:
    return re.sub(r"[\s\-()（）·]", "", v)


def _check_value(kind: str, v: str, fmt: str) -> None:
    n = _norm(v)
    if kind == "mobile":
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIX, v
    elif kind == "landline":
        assert any(n.startswith(c) and len(n) == len(c) + L for c, L in AREA_CODES), v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in ID_REGIONS and _date_ok(n[6:14]), v
    elif kind == "bank_card":
        assert n.isdigit() and _luhn_ok(n) and any(n.startswith(b) and len(n) == L for b, L, _ in BINS), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{5,9}", v), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(rf"[{PLATE_PROV}][A-H][· ]?[0-9{PLATE_LET}]{{5,6}}", v), v
    elif kind == "address":
        assert v.startswith(_PLACE_START) and re.search(r"(号|栋|幢|单元|室|层|\d)$", v), v
        assert not re.search(r"[：:\n，,]", v), v


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    n_chats = 0
    pending_split: dict = {}
    fmt_trades: dict[str, set] = {}
    bare_ent = 0
    bare_near = 0
    near_bare_reply = 0
    empty_msgs = 0
    plain_msgs = 0
    for cid, g in df.groupby("chat_id", sort=False):
        n_chats += 1
        assert 3 <= len(g) <= 16, (cid, len(g))
        assert list(g["seq"]) == list(range(len(g))), cid
        trade = cid.split("-")[1]
        senders = list(g["sender"])
        for i, (snd, text, es, fs, ns) in enumerate(zip(senders, g["text"], g["entities"], g["formats"], g["near_misses"])):
            assert snd in ("staff", "customer")
            assert len(es) == len(fs)
            spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
            for (a, b), (c, d) in zip(spans, spans[1:]):
                assert b <= c, (text, spans)
            if not es:
                empty_msgs += 1
                if not ns:
                    plain_msgs += 1
            for (k, s, e), f in zip(es, fs):
                assert k in KINDS and 0 <= s < e <= len(text), (text, k)
                v = text[s:e]
                assert v == v.strip() and f.split("_" + k + "_")[0] in HOWS and f.endswith(tuple(w for tab in HOWS.values() for w in tab.get(k, ()))), (f, v)
                if f.startswith("split_"):
                    key = (cid, k)
                    if key in pending_split:
                        whole = pending_split.pop(key) + v
                        if k == "address":
                            _check_value(k, whole.replace(" ", ""), f)
                        else:
                            _check_value(k, whole, f)
                    else:
                        pending_split[key] = v
                else:
                    _check_value(k, v, f)
                fmt_trades.setdefault(f, set()).add(trade)
                if _is_bare(text, es):
                    bare_ent += 1
            for nk, s, e in ns:
                v = text[s:e]
                assert v == v.strip() and v, (nk, text)
                d = re.sub(r"\D", "", v)
                if d == _norm(v) and 16 <= len(d) <= 19:
                    assert not _luhn_ok(d), v
                if len(v) == 18 and v[:17].isdigit():
                    assert not _id_ok(v), v
                assert not re.fullmatch(r"1[3-9]\d{9}", d) or "*" in v, v
            if ns and _is_bare(text, ns):
                bare_near += len(ns)
                if "staff" in senders[max(0, i - 2):i] and snd == "customer":
                    near_bare_reply += len(ns)
    assert not pending_split, pending_split
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f for fs in df["formats"] for f in fs)
    n_ent = sum(kinds.values())
    assert n_chats >= 300, n_chats
    assert n_ent >= 1000 and bare_ent >= 500, (n_ent, bare_ent)
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert sum(near_kinds.values()) >= 600 and near_bare_reply >= 300, (sum(near_kinds.values()), near_bare_reply)
    assert empty_msgs * 3 > len(df), (empty_msgs, len(df))
    declared = {f"{h}_{k}_{w}" for h, k, w in _declared()}
    assert set(fmts) == declared, set(fmts) ^ declared
    thin = [f for f, n in fmts.items() if n < 4 or len(fmt_trades[f]) < 3]
    assert not thin, thin
    return dict(chats=n_chats, messages=len(df), empty=empty_msgs, plain=plain_msgs, entities=n_ent, bare=bare_ent, kinds=kinds,
                near_kinds=near_kinds, bare_near=bare_near, near_bare_reply=near_bare_reply, formats=fmts,
                fmt_trades={f: len(t) for f, t in fmt_trades.items()})


if __name__ == "__main__":
    df = make_threads3_corpus()
    assert df.equals(make_threads3_corpus())  # deterministic
    c = check_corpus(df)
    print(f"conversations={c['chats']} messages={c['messages']} messages_without_values={c['empty']} "
          f"(of which without near-miss either={c['plain']})")
    print(f"entities={c['entities']} bare={c['bare']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["kinds"].most_common()))
    print(f"near-miss spans={sum(c['near_kinds'].values())} bare={c['bare_near']} bare_replies_to_question={c['near_bare_reply']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct (count / templates)")
    print("  " + ", ".join(f"{f} {n}/{c['fmt_trades'][f]}" for f, n in sorted(c["formats"].items())))

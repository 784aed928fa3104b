"""Seventh threaded PII corpus (``split == "threads7"``): whole WeCom conversations.

Who / rules
-----------
Written by an independent test-data writer, "第七十五位写手" (a helper session),
that never saw the masker.  It read only: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the directory listing of ``tests/privacy/``; the
README and the first dialogues of ``../shared/datasets/`` (tone only, nothing
copied).  It read nothing else under ``toolkit/privacy/``, ``tests/``,
``bench/``, ``docs/`` or the README, no other writer's corpus, ran no git
command, never imported ``toolkit`` and never ran any masking / finding
function on this data.  Values, contexts and labels come from the writer's own
idea of how customers of small shops in mainland China chat in WeCom.

What is different here: WHOLE CONVERSATIONS (4-24 messages; 1:1 chats and small
group chats) from an ordinary archive of small and mid-size businesses that are
NOT service desks: a driving school, a flower shop, a car wash / detailing
shop, a gym, a bakery taking custom cake orders, a laundry and tailoring shop, a
piano and art training studio and a lock and key service.  Staff ask casually
or with a short form; customers answer with bare values, values plus a few
words, values split over two messages, values given before they are asked, a
second phone, a family member's values, corrections (a mistyped but still
valid value is labelled; one failing its check is a near-miss), voice input
(Chinese numerals, 幺 / 两 / 洞, recogniser commas, 艾特 / 点) and replies after
chatter or hours later.  Many bare replies to look-alike questions are NOT
personal data (order / tracking / work-order / ticket / student / exam numbers,
member cards failing Luhn, pickup and verification codes, lockers, parking
spots, amounts, dates, sizes, hotlines, places alone).  The meaning of a bare
number is only given by the message before it.  More than a third of the
messages hold no value at all.

Seed
----
``SEED = "threads7-2026-wecom-第七十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064 MOD 11-2)
and bank-card Luhn digits are computed here; near-miss digit strings of 16-19
digits are forced to fail Luhn and 18-digit ones to fail the ID check.
Formats are chosen with a greedy balance so every format is used >= 4 times in
>= 3 templates (template = ``trade/exchange``, 8 trades x 8 exchange types).

Layout
------
``make_threads7_corpus()`` returns one row per MESSAGE, in conversation order:

* ``chat_id`` (str), ``seq`` (int, 0.. within a chat), ``sender``
  ("staff" / "customer"), ``text`` (str)
* ``entities`` -- list of ``(kind, start, end)``; kinds email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (no names).  The span
  holds the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (转806, -806, 分机806) are outside; separators inside a
  value (spaces, dashes, dots, ASR commas, parentheses round an area code)
  are inside; an address runs from its first place unit (province / city /
  district / county / town / village / road / estate) to its last house-level
  unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number such as 1502
  or 3-2-1502).  A value split over two messages is labelled in both halves.
* ``formats`` -- one name per entity, ``<how given>_<how written>_<kind>``,
  e.g. ``bare_reply_space344_mobile``, ``cued_ext_landline``,
  ``bare_split_plain_id_card``.  Formats starting with ``bare_`` are exactly
  the entities whose own message holds only values plus filler words,
  punctuation or emoji (``check_corpus`` asserts this).
* ``near_misses`` -- list of ``(near_kind, start, end)`` that must NOT be masked
* ``split`` -- always ``"threads7"``

Counts (``python tests/privacy/pii_threads7.py``)
--------------------------------------------------
conversations=568 messages=6593 messages_without_values=4744 entities=1339 bare=744 split_pairs=39
  mobile 245, address 216, plate 150, wechat 143, id_card 135, landline 128, bank_card 119, email 110, qq 93
near-miss spans=660 bare_replies_to_question=385 kinds=30
  date_time 99, amount 98, order_no 56, verify_code 38, hotline 36, bad_id 31, size 31, bad_card 27,
  invoice_no 24, course_no 22, pickup_code 20, tracking_no 19, place_only 17, member_card 15, barcode
  13, work_order 12, bad_mobile 12, exam_no 12, mileage 8, ticket_no 8, locker 7, student_no 7, parking
  7, room_no 7, police_no 7, session 6, lock_model 6, grade 5, body_metric 5, seat 5
formats=212 distinct, each used >= 4 times in >= 3 templates (the per-format table is printed too).
"bare" = entities whose own message holds no cue word (format starts with ``bare_``); a split value counts
as two entities (both halves); bare_replies_to_question = near-miss spans in a bare customer message right
after a staff question; messages_without_values = messages with neither an entity nor a near-miss span.
"""
from __future__ import annotations

import calendar
import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "threads7-2026-wecom-第七十五位写手"
SPLIT = "threads7"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# --------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
# (province, city, districts, area code)
CITIES = (
    ("", "北京市", ("朝阳区", "海淀区", "丰台区"), "010"),
    ("", "上海市", ("浦东新区", "闵行区", "徐汇区"), "021"),
    ("", "天津市", ("南开区", "河西区", "和平区"), "022"),
    ("", "重庆市", ("渝北区", "江北区", "沙坪坝区"), "023"),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区"), "020"),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区"), "0755"),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区"), "0571"),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "秦淮区"), "025"),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "吴江区"), "0512"),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), "027"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区"), "028"),
    ("陕西省", "西安市", ("雁塔区", "未央区", "碑林区"), "029"),
    ("湖南省", "长沙市", ("岳麓区", "开福区", "雨花区"), "0731"),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), "0371"),
    ("山东省", "青岛市", ("市南区", "崂山区", "李沧区"), "0532"),
    ("福建省", "福州市", ("鼓楼区", "台江区", "仓山区"), "0591"),
)
RURAL = (
    ("浙江省", "湖州市", "德清县", "新市镇", "白彪村"),
    ("湖南省", "长沙市", "长沙县", "黄兴镇", "蓝田村"),
    ("安徽省", "合肥市", "肥西县", "三河镇", "新仓村"),
    ("广东省", "惠州市", "博罗县", "园洲镇", "上南村"),
    ("山东省", "济南市", "平阴县", "孔村镇", "李沟村"),
    ("江西省", "南昌市", "进贤县", "李渡镇", "桥东村"),
)
ROADS = ("中山路", "人民路", "解放路", "建设路", "文化路", "新华路", "和平路", "长江路", "学府路", "科技路",
         "滨江路", "青年路", "幸福大街", "体育西路", "望江东路", "金桥路")
ESTATES = ("阳光花园", "金色家园", "翠湖苑", "锦绣华庭", "幸福里小区", "滨江一号", "万科城", "碧桂园",
           "绿地世纪城", "保利花园", "龙湖春江郦城", "紫荆小区", "东湖新村", "梧桐公寓", "华府天地")
BUILDINGS = ("华润大厦", "国贸中心", "创业大厦", "汇金广场", "科技园A座", "财富中心")
LANDLINE_AREAS = tuple(c[3] for c in CITIES) + ("0311", "024", "0431", "0451", "0531", "0551", "0791", "0871")
ID_REGIONS = ("110105", "110108", "310115", "310104", "120104", "500112", "440106", "440305", "330106",
              "320106", "320506", "420111", "510107", "610113", "430104", "410105", "370202", "350102",
              "340123", "130102", "210102", "230103", "360102", "450103", "530102", "520102", "620102",
              "220102", "140105", "150102", "460106", "640104", "650102", "330521", "430121")
CARD_BINS = (("622202", 19), ("621226", 19), ("621700", 19), ("623668", 19), ("622848", 19), ("621661", 19),
             ("622588", 16), ("621483", 16), ("622262", 19), ("625965", 16), ("622700", 19), ("628258", 16),
             ("427020", 16), ("436742", 16), ("404119", 16), ("524374", 16), ("518710", 16), ("552599", 16),
             ("95599", 19), ("95595", 19))
PLATE_PREFIX = ("京A", "京N", "京Q", "沪A", "沪B", "津A", "渝A", "粤A", "粤B", "浙A", "浙C", "苏A", "苏E",
                "鄂A", "川A", "陕A", "湘A", "豫A", "鲁B", "闽A", "皖A", "冀A")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com", "139.com",
                 "gmail.com", "hotmail.com", "yeah.net")
NICKS = ("lily", "tina", "sunny", "coco", "leo", "moon", "ayu", "kiki", "mia", "jack", "amy", "doudou",
         "xiaomei", "chenjing", "wangyu", "zhanglei", "liufang", "huanghe", "zhouxin", "sunlei", "maomao",
         "yoyo", "tiantian", "candy")
CN_DIG = "零一二三四五六七八九"


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def id_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:6] not in ID_REGIONS:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 < y < 2020 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
        return False
    return id_check(s[:17]) == s[17]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + digits(rng, 8)


def gen_landline(rng):
    area = rng.choice(LANDLINE_AREAS)
    n = 8 if len(area) == 3 or rng.random() < 0.6 else 7
    return area, rng.choice("2345678") + digits(rng, n - 1)


def gen_id(rng, lo=1958, hi=2012, want_x=None):
    while True:
        y = rng.randint(lo, hi)
        m = rng.randint(1, 12)
        d = rng.randint(1, calendar.monthrange(y, m)[1])
        body = rng.choice(ID_REGIONS) + f"{y:04d}{m:02d}{d:02d}" + digits(rng, 3)
        v = body + id_check(body)
        if want_x is None or (v.endswith("X") == want_x):
            return v


def gen_card(rng):
    bin_, n = rng.choice(CARD_BINS)
    body = bin_ + digits(rng, n - len(bin_) - 1)
    return body + luhn_digit(body)


def gen_qq(rng):
    n = rng.choice((6, 8, 9, 9, 10, 10, 10))
    first = rng.choice("123") if n == 10 else rng.choice("123456789")
    return first + digits(rng, n - 1)


def gen_wechat(rng, style):
    nick = rng.choice(NICKS)
    if style == "lower":
        v = nick + digits(rng, rng.choice((3, 4, 6)))
    elif style == "mixed":
        v = nick.capitalize() + rng.choice(("Wang", "Li", "Chen", "Zhao", "Liu")) + digits(rng, 2)
    else:
        v = nick + rng.choice(("_", "-")) + digits(rng, 4)
    return v if len(v) >= 6 else v + digits(rng, 6 - len(v))


def gen_plate(rng, ev=False):
    p = rng.choice(PLATE_PREFIX)
    if ev:
        return p, rng.choice("DF") + rng.choice(PLATE_LETTERS + "0123456789") + digits(rng, 4)
    k = rng.randint(0, 2)
    chars = [rng.choice("0123456789") for _ in range(5)]
    for i in rng.sample(range(5), k):
        chars[i] = rng.choice(PLATE_LETTERS)
    return p, "".join(chars)


def gen_email(rng):
    r = rng.random()
    if r < 0.35:
        local = gen_qq(rng)
        return local + "@" + ("qq.com" if rng.random() < 0.8 else "foxmail.com")
    local = rng.choice(NICKS) + rng.choice(("", "_", ".")) + digits(rng, rng.choice((2, 3, 4)))
    local = local.replace("..", ".")
    return local + "@" + rng.choice(EMAIL_DOMAINS[1:])


def cn_num(s: str, rng, yao=0.5, liang=0.0, dong=0.0) -> str:
    out = []
    for ch in s:
        if ch == "1" and rng.random() < yao:
            out.append("幺")
        elif ch == "2" and rng.random() < liang:
            out.append("两")
        elif ch == "0" and rng.random() < dong:
            out.append("洞")
        elif ch.isdigit():
            out.append(CN_DIG[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def cn_small(n: int) -> str:
    """1..99 as spoken: 八十八, 十二, 三."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


# --------------------------------------------------------------------------------------------
# written forms: kind -> ((name, weight, voice?), ...); render(rng, kind, name) -> (prefix, value, suffix)
# --------------------------------------------------------------------------------------------
WRITTEN = {
    "mobile": (("plain", 5, 0), ("space344", 3, 0), ("dash344", 2, 0), ("plus86", 2, 0), ("voicecn", 2, 1),
               ("asrcomma", 2, 1)),
    "landline": (("dash", 4, 0), ("paren", 2, 0), ("plain", 2, 0), ("ext", 2, 0), ("space", 2, 0),
                 ("voicecn", 1, 1)),
    "email": (("plain", 5, 0), ("fullat", 1, 0), ("upper", 1, 0), ("voiceat", 2, 1)),
    "id_card": (("plain", 5, 0), ("space684", 2, 0), ("lowerx", 1, 0), ("voicecn", 2, 1)),
    "bank_card": (("plain", 4, 0), ("space4", 3, 0), ("voicecn", 1, 1), ("asrcomma", 1, 1)),
    "qq": (("plain", 5, 0), ("voicecn", 1, 1)),
    "wechat": (("lower", 4, 0), ("mixed", 2, 0), ("underscore", 2, 0)),
    "plate": (("plain", 4, 0), ("dot", 2, 0), ("space", 2, 0), ("ev", 2, 0), ("lower", 1, 0)),
    "address": (("full", 3, 0), ("citystart", 3, 0), ("districtstart", 3, 0), ("estateroom", 2, 0),
                ("roadno", 2, 0), ("rural", 2, 0), ("hyphenroom", 2, 0), ("voicecomma", 2, 1)),
}
# written forms only realistic for some ways of giving (prefix / extension must have words around)
NEEDS_WORDS = {("mobile", "plus86"), ("landline", "ext")}
# the ways of giving that are rarer use only the two most usual written forms of a kind
MAIN = {"mobile": ("plain", "space344"), "landline": ("dash", "paren"), "email": ("plain", "upper"),
        "id_card": ("plain", "space684"), "bank_card": ("plain", "space4"), "qq": ("plain",),
        "wechat": ("lower", "underscore"), "plate": ("plain", "ev"), "address": ("districtstart", "full")}
RARE_GIVENS = ("second", "family", "bare_fix", "cued_fix", "unasked", "form", "bare_form", "bare_late")
GIVEN_EXCHANGE = {"bare_reply": "oneby1", "cued": "oneby1", "bare_split": "fix", "bare_fix": "fix", "cued_fix": "fix",
                  "second": "group", "family": "group", "unasked": "unasked", "form": "form", "bare_form": "form",
                  "bare_late": "late"}
SPLITTABLE = {"mobile": ("plain", "space344"), "id_card": ("plain", "space684"),
              "bank_card": ("plain", "space4"), "address": ("districtstart", "citystart"),
              "qq": ("plain",)}


def _room(rng):
    return f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}"


def render_address(rng, w):
    prov, city, dists, _ = rng.choice(CITIES)
    dist = rng.choice(dists)
    road = rng.choice(ROADS)
    no = rng.randint(1, 899)
    est = rng.choice(ESTATES)
    b, u = rng.randint(1, 28), rng.randint(1, 4)
    room = _room(rng)
    if w == "full":
        tail = rng.choice((f"{est}{b}栋{u}单元{room}室", f"{est}{b}号楼{u}单元{room}", f"{rng.choice(BUILDINGS)}{rng.randint(3, 30)}层"))
        return prov + city + dist + road + f"{no}号" + tail
    if w == "citystart":
        return city + dist + road + f"{no}号" + rng.choice(("", f"{est}{b}幢{room}室", f"{est}{b}栋{room}"))
    if w == "districtstart":
        return dist + road + f"{no}号" + rng.choice((f"{est}{b}栋{u}单元{room}", f"{est}{b}号楼{room}室", f"{rng.choice(BUILDINGS)}{rng.randint(2, 30)}层"))
    if w == "estateroom":
        return est + rng.choice((f"{b}栋{u}单元{room}", f"{b}号楼{room}", f"{b}幢{u}单元{room}室"))
    if w == "roadno":
        return road + f"{no}号" + rng.choice(("", f"{rng.choice(BUILDINGS)}{rng.randint(2, 30)}层", f"{b}号楼{room}室"))
    if w == "rural":
        p, c, county, town, vil = rng.choice(RURAL)
        return rng.choice((p + c, c, "")) + county + town + vil + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    if w == "hyphenroom":
        return rng.choice((dist, city + dist, "")) + est + f"{b}-{u}-{room}"
    if w == "voicecomma":
        return (city + "，" + dist + "，" + road + cn_small(rng.randint(1, 99)) + "号，" + est + "，"
                + cn_small(b) + "栋" + cn_small(u) + "单元，" + cn_num(room, rng, yao=0.7, dong=0.3))
    raise KeyError(w)


def render(rng, kind, w):
    """-> (prefix outside span, value, suffix outside span, canonical)."""
    if kind == "mobile":
        v = gen_mobile(rng)
        if w == "plain":
            return "", v, "", v
        if w == "space344":
            return "", f"{v[:3]} {v[3:7]} {v[7:]}", "", v
        if w == "dash344":
            return "", f"{v[:3]}-{v[3:7]}-{v[7:]}", "", v
        if w == "plus86":
            pre = rng.choice(("+86 ", "+86-", "0086 ", "86-", "(+86)"))
            return pre, rng.choice((v, f"{v[:3]} {v[3:7]} {v[7:]}")), "", v
        if w == "voicecn":
            return "", cn_num(v, rng, yao=0.8, liang=0.2, dong=0.2), "", v
        if w == "asrcomma":
            return "", rng.choice((f"{v[:3]}，{v[3:7]}，{v[7:]}", f"{v[:3]}，{v[3:]}", f"{v[:3]},{v[3:7]},{v[7:]}")), "", v
    if kind == "landline":
        area, loc = gen_landline(rng)
        v = area + loc
        if w == "dash":
            return "", f"{area}-{loc}", "", v
        if w == "paren":
            return "", rng.choice((f"({area}){loc}", f"（{area}）{loc}")), "", v
        if w == "plain":
            return "", v, "", v
        if w == "ext":
            return "", f"{area}-{loc}", rng.choice(("转806", "-806", " 分机806", "转8023", "-2301", "分机312")), v
        if w == "space":
            return "", f"{area} {loc[:4]} {loc[4:]}", "", v
        if w == "voicecn":
            return "", cn_num(area, rng, yao=0.5, dong=0.5) + "，" + cn_num(loc, rng, yao=0.6, liang=0.2), "", v
    if kind == "email":
        v = gen_email(rng)
        if w == "plain":
            return "", v, "", v
        if w == "fullat":
            return "", v.replace("@", "＠"), "", v
        if w == "upper":
            loc, dom = v.split("@")
            return "", (loc.capitalize() if not loc[0].isdigit() else loc) + "@" + dom.upper(), "", v
        if w == "voiceat":
            loc, dom = v.split("@")
            return "", loc + rng.choice(("艾特", " 艾特 ", "at")) + dom.replace(".", "点"), "", v
    if kind == "id_card":
        v = gen_id(rng, want_x=True if w == "lowerx" else None)
        if w == "plain":
            return "", v, "", v
        if w == "space684":
            return "", f"{v[:6]} {v[6:14]} {v[14:]}", "", v
        if w == "lowerx":
            return "", v.lower(), "", v
        if w == "voicecn":
            return "", cn_num(v, rng, yao=0.5, liang=0.1, dong=0.1), "", v
    if kind == "bank_card":
        v = gen_card(rng)
        if w == "plain":
            return "", v, "", v
        if w == "space4":
            return "", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), "", v
        if w == "voicecn":
            return "", cn_num(v, rng, yao=0.6, dong=0.1), "", v
        if w == "asrcomma":
            return "", "，".join(v[i:i + 4] for i in range(0, len(v), 4)), "", v
    if kind == "qq":
        v = gen_qq(rng)
        if w == "plain":
            return "", v, "", v
        if w == "voicecn":
            return "", cn_num(v, rng, yao=0.5, liang=0.2), "", v
    if kind == "wechat":
        v = gen_wechat(rng, w)
        return "", v, "", v
    if kind == "plate":
        p, rest = gen_plate(rng, ev=(w == "ev"))
        v = p + rest
        if w in ("plain", "ev"):
            return "", v, "", v
        if w == "dot":
            return "", p + "·" + rest, "", v
        if w == "space":
            return "", p + " " + rest, "", v
        if w == "lower":
            return "", p[0] + p[1].lower() + rest.lower(), "", v
    if kind == "address":
        v = render_address(rng, w)
        return "", v, "", v
    raise KeyError((kind, w))


# --------------------------------------------------------------------------------------------
# near-miss generators
# --------------------------------------------------------------------------------------------
def _fail_checks(s: str) -> str:
    """Change the last digit until a 16-19 digit string fails Luhn and an 18-digit one fails the ID check."""
    for _ in range(12):
        d = re.sub(r"\D", "", s)
        bad = (16 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 18 and id_ok(d))
        if not bad:
            return s
        i = max(i for i, c in enumerate(s) if c.isdigit())
        s = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
    raise AssertionError(s)


def _date8(rng):
    return f"2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def nm(rng, key):
    """-> (near_kind, string)."""
    if key == "order_no":
        return "order_no", _fail_checks(rng.choice((
            _date8(rng) + digits(rng, 8), "DD" + _date8(rng) + digits(rng, 6), digits(rng, 1).replace("0", "3") + digits(rng, 17),
            _date8(rng)[2:] + digits(rng, 6))))
    if key == "tracking_no":
        return "tracking_no", _fail_checks(rng.choice((
            "SF" + rng.choice("13") + digits(rng, 12), "YT" + digits(rng, 13), "JT" + digits(rng, 13),
            "7" + rng.choice("35") + digits(rng, 12), "JDVA" + digits(rng, 11), "4" + digits(rng, 12))))
    if key == "work_order":
        return "work_order", rng.choice(("GD", "WO", "KS", "XC")) + _date8(rng) + digits(rng, 3)
    if key == "pickup_code":
        return "pickup_code", rng.choice((digits(rng, 6), f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
                                          rng.choice("ABCDEF") + digits(rng, 4), digits(rng, 4)))
    if key == "verify_code":
        return "verify_code", digits(rng, rng.choice((4, 6, 6)))
    if key == "student_no":
        return "student_no", rng.choice(("JX", "XY", "")) + _date8(rng)[2:] + digits(rng, 4)
    if key == "exam_no":
        return "exam_no", _fail_checks(rng.choice((digits(rng, 10), "2024" + digits(rng, 8), digits(rng, 18))))
    if key == "member_card":
        s = rng.choice(("8800", "6688", "9100", "2019")) + digits(rng, 12)
        s = _fail_checks(s)
        return "member_card", rng.choice((s, " ".join(s[i:i + 4] for i in range(0, 16, 4)), "VIP" + s[-6:]))
    if key == "bad_card":
        v = gen_card(rng)
        i = rng.randint(6, len(v) - 2)
        v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        assert not luhn_ok(v)
        return "bad_card", v
    if key == "bad_id":
        v = gen_id(rng)
        i = rng.randint(14, 16)
        v = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
        return "bad_id", _fail_checks(v)
    if key == "bad_mobile":
        v = gen_mobile(rng)
        i = rng.randint(3, 10)
        return "bad_mobile", v[:i] + v[i + 1:]
    if key == "amount":
        return "amount", rng.choice((str(rng.choice((68, 128, 168, 198, 268, 299, 399, 520, 888, 1280, 2680, 3980))),
                                     f"{rng.randint(2, 60) * 50}元", f"¥{rng.randint(30, 999)}.00", f"{rng.randint(1, 9)}千{rng.randint(1, 9)}"))
    if key == "date_time":
        return "date_time", rng.choice((f"{rng.randint(1, 12)}月{rng.randint(1, 28)}号", f"周{rng.choice('一二三四五六日')}下午{rng.randint(1, 6)}点",
                                        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"明天上午{rng.randint(8, 11)}点半",
                                        f"{rng.randint(8, 20)}:{rng.choice(('00', '30', '15'))}"))
    if key == "invoice_no":
        return "invoice_no", rng.choice((digits(rng, 8), "0" + digits(rng, 11)))
    if key == "tax_id":
        return "tax_id", "91" + rng.choice(("3301", "4403", "1101", "3205", "4201")) + digits(rng, 2) + "MA" + rng.choice("23") + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(6)) + rng.choice("0123456789XY")
    if key == "hotline":
        return "hotline", rng.choice((f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", f"400{digits(rng, 7)}",
                                      f"800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", "95588", "95533", "95555",
                                      "12315", "12123", "110", "96110"))
    if key == "locker":
        return "locker", rng.choice((str(rng.randint(100, 480)), f"{rng.choice('ABC')}{rng.randint(10, 99)}"))
    if key == "parking":
        return "parking", rng.choice((f"B{rng.randint(1, 3)}-{rng.randint(1, 399):03d}", f"{rng.randint(1, 3)}号车位", f"D区{rng.randint(10, 99)}"))
    if key == "course_no":
        return "course_no", rng.choice(("KC", "PN", "MS", "TK")) + "-" + digits(rng, 4)
    if key == "room_no":
        return "room_no", rng.choice((f"{rng.randint(2, 5)}0{rng.randint(1, 9)}", f"{rng.randint(1, 6)}号琴房"))
    if key == "size":
        return "size", rng.choice((f"{rng.choice((6, 8, 10, 12))}寸", f"腰围{rng.choice(('二尺一', '二尺三', '2尺6', '76'))}",
                                   f"{rng.choice((2, 3))}层", f"{rng.choice((33, 52, 99, 11, 19))}朵"))
    if key == "mileage":
        return "mileage", f"{rng.randint(3000, 180000)}公里"
    if key == "body_metric":
        return "body_metric", rng.choice((f"{rng.randint(45, 95)}.{rng.randint(0, 9)}kg", f"体脂{rng.randint(12, 35)}%", f"{rng.randint(150, 190)}cm"))
    if key == "ticket_no":
        return "ticket_no", rng.choice(("A", "B", "C")) + f"{rng.randint(1, 9)}-{rng.randint(1, 999):04d}"
    if key == "barcode":
        return "barcode", "88" + digits(rng, 8)
    if key == "lock_model":
        return "lock_model", rng.choice(("C级", "B级", "超B级")) + rng.choice(("锁芯", "")) + rng.choice(("", " V" + str(rng.randint(2, 9))))
    if key == "police_no":
        return "police_no", "备" + _date8(rng)[2:] + digits(rng, 4)
    if key == "place_only":
        prov, city, dists, _ = rng.choice(CITIES)
        return "place_only", rng.choice((rng.choice(dists), city, rng.choice(("万达广场", "银泰城", "大悦城", "吾悦广场", "天街")),
                                         rng.choice(("高铁站", "地铁口", "人民公园"))))
    if key == "grade":
        return "grade", rng.choice(("六级", "八级", "十级", "3级", "5级"))
    if key == "seat":
        return "seat", f"{rng.randint(1, 12)}排{rng.randint(1, 20)}号"
    if key == "session":
        return "session", f"第{rng.randint(1, 6)}场"
    raise KeyError(key)


# --------------------------------------------------------------------------------------------
# phrases
# --------------------------------------------------------------------------------------------
FILLERS = ("好的", "好", "嗯嗯", "嗯", "给", "喏", "您好", "你好", "谢谢", "麻烦了", "麻烦您", "哈哈", "哈", "哦", "噢",
           "对", "不对", "是", "就这个", "这个", "稍等", "发你", "老板", "亲", "收到", "ok", "OK", "在", "打错了",
           "错了", "应该是", "不好意思", "刚看到", "来了", "呃", "额", "啊", "呀", "哎", "那个", "了")
BARE_WRAPS = ("{v}", "{v}", "{v}", "{v}。", "好的，{v}", "嗯 {v}", "{v} 👌", "{v}\n谢谢", "给，{v}", "{v}～", "您好 {v}",
              "{v} 麻烦了", "{v}😊", "哦哦 {v}", "{v}！", "就这个 {v}", "喏 {v}")
LATE_WRAPS = ("不好意思刚看到 {v}", "{v}", "来了 {v}", "{v} 不好意思哈", "{v}", "额 {v}", "{v}🙏")
ASK = {
    "mobile": ("留个电话吧？", "手机号多少？", "方便留个联系电话吗", "电话发我下", "您手机号是？", "联系方式给一个？"),
    "landline": ("有座机吗？单位座机也行", "公司座机号码多少？", "留个固话吧，手机有时打不通", "座机发一下？"),
    "email": ("邮箱发我下？", "留个邮箱，电子版发你", "您邮箱是多少？", "邮箱给一个？"),
    "id_card": ("身份证号发一下？", "登记要身份证号码，发我下", "身份证号多少？", "麻烦报一下身份证号"),
    "bank_card": ("银行卡号发我下？", "卡号给一下，财务转账", "退款到哪张卡？卡号发我", "开户行和卡号发一下？"),
    "qq": ("QQ号多少？", "有QQ吗？发我下", "留个QQ，资料从QQ传你", "扣扣号给一个？"),
    "wechat": ("微信号多少？", "加个微信吧，微信号发我", "你vx是？", "微信号发一下，我加你"),
    "plate": ("车牌号多少？", "车牌发一下？", "哪台车？车牌给我下", "车牌号报一下，登记一下"),
    "address": ("地址发一下？", "送到哪里呀？", "详细地址发我下", "上门地址是哪里？", "收货地址给一个？"),
}
CUED = {
    "mobile": ("我手机{v}", "电话{v}", "手机号：{v}", "{v}，这是我手机号", "联系电话 {v}", "打我电话就行 {v}"),
    "landline": ("座机{v}", "办公室电话：{v}", "公司座机 {v}", "{v} 这个是座机，白天有人接", "固话{v}"),
    "email": ("邮箱{v}", "发这个邮箱：{v}", "{v} 我的邮箱", "邮箱地址是{v}"),
    "id_card": ("身份证号{v}", "身份证：{v}", "{v} 这个是身份证号", "身份证号码是{v}"),
    "bank_card": ("卡号{v}", "{v} 工行的卡", "银行卡：{v}", "退到这张卡{v}，建行的", "卡号是{v}"),
    "qq": ("QQ{v}", "我QQ号是{v}", "{v} 这是我QQ", "扣扣 {v}"),
    "wechat": ("微信号{v}", "vx：{v}", "我微信 {v}，加的时候备注一下", "{v} 搜这个能加到我微信", "微信{v}"),
    "plate": ("车牌{v}", "我车是{v}", "{v}，白色的那辆", "车牌号：{v}", "{v} 黑色SUV"),
    "address": ("地址：{v}", "送到{v}", "{v}，到了打电话", "我家在{v}", "麻烦送到{v}，放门口就行", "地址是{v}"),
}
SECOND = {
    "mobile": ("再留个备用号码{v}", "打不通就打这个{v}", "备用手机：{v}"),
    "landline": ("或者打家里座机{v}", "还有个座机{v}", "公司座机也留一个：{v}"),
    "email": ("备用邮箱{v}", "或者发公司邮箱{v}"),
    "address": ("工作日送到公司：{v}", "周末的话送到{v}", "要是家里没人就送到{v}"),
    "wechat": ("我还有个微信小号{v}", "工作微信是{v}"),
}
FAMILY = {
    "mobile": ("我妈电话{v}，她收", "孩子爸爸手机 {v}", "我老公电话{v}，打他的", "联系我爱人吧 {v}", "我女儿手机{v}"),
    "id_card": ("孩子的身份证号{v}", "我老婆的身份证：{v}", "给我爸报的，他身份证号{v}", "孩子身份证号码是{v}"),
    "address": ("送我爸妈家：{v}", "寄到我女儿学校那边：{v}", "送我婆婆家{v}"),
    "bank_card": ("退到我爱人卡上吧 {v}", "用我老公的卡{v}"),
    "wechat": ("加我老公微信{v}，他来对接", "孩子妈妈微信{v}"),
    "qq": ("孩子的QQ{v}", "我儿子QQ号{v}"),
    "email": ("孩子妈妈邮箱{v}", "发我先生邮箱吧{v}"),
    "plate": ("开我老公的车，{v}", "我爸的车{v}，他来接"),
    "landline": ("我爸家座机{v}", "我妈单位座机{v}"),
}
FIX_CUED = {
    "mobile": "刚才手机号打错了，正确的是{v}", "landline": "座机号码错了一位，是{v}", "email": "邮箱写错了，是{v}",
    "id_card": "身份证号刚才错了一位，是{v}", "bank_card": "卡号刚才输错了，正确的{v}", "qq": "QQ号错了，是{v}",
    "wechat": "微信号打错了，是{v}", "plate": "车牌写错了，是{v}", "address": "地址写错了，应该是{v}",
}
FIELD_NAME = {"mobile": "电话", "landline": "座机", "email": "邮箱", "id_card": "身份证号", "bank_card": "银行卡号",
              "qq": "QQ", "wechat": "微信号", "plate": "车牌", "address": "地址"}

# near-miss slots: key -> (staff questions, cued replies)
NEAR = {
    "order_no": (("订单号多少？", "下单的订单号发我下？", "单号给我一下？"), ("订单号{v}", "{v} 这个是订单号", "单号：{v}")),
    "tracking_no": (("快递单号是多少？", "物流单号发一下？"), ("快递单号{v}", "{v} 顺丰的", "单号{v}")),
    "work_order": (("工单号报一下？", "您的服务单号是？"), ("工单号{v}", "单号是{v}")),
    "pickup_code": (("取货码多少？", "取件码发一下？", "凭条上的取货码是？"), ("取货码{v}", "码是{v}")),
    "verify_code": (("收到验证码了吗？发我一下", "验证码多少？", "短信里的验证码报一下？"), ("验证码{v}", "{v} 是这个验证码吗")),
    "student_no": (("学员编号多少？", "你的学员号是？"), ("学员编号{v}", "编号{v}")),
    "exam_no": (("准考证号多少？", "报名流水号发我下？", "预约号是多少？"), ("准考证号{v}", "流水号{v}")),
    "member_card": (("会员卡号多少？", "卡上的号码报一下？", "储值卡号发我下？"), ("会员卡号{v}", "卡号{v}，门店办的那张")),
    "bad_card": (("银行卡号发我下？", "退款卡号多少？"), ("卡号{v}",)),
    "bad_id": (("身份证号发一下？", "登记需要身份证号码？"), ("身份证号{v}",)),
    "amount": (("一共转了多少？", "付了多少钱？", "定金交了多少？"), ("转了{v}", "付了{v}")),
    "date_time": (("哪天要？", "什么时候方便？", "约几号？"), ("{v}吧", "{v}可以吗")),
    "invoice_no": (("发票号码多少？", "发票号是？"), ("发票号码{v}",)),
    "tax_id": (("开公司抬头吗？税号发我", "税号多少？"), ("税号{v}",)),
    "locker": (("柜子号多少？", "你用的几号柜？"), ("{v}号柜", "柜子{v}")),
    "parking": (("车停哪了？", "车位号多少？"), ("停在{v}", "车位{v}")),
    "course_no": (("报的哪个课程编号？", "课程编号发一下？"), ("课程编号{v}",)),
    "room_no": (("在几号琴房？", "哪个教室？"), ("在{v}",)),
    "size": (("要多大的？", "尺寸多少？", "要几朵？"), ("要{v}的", "{v}")),
    "mileage": (("现在里程多少？", "表显多少公里？"), ("表上{v}",)),
    "body_metric": (("今天称了多少？", "体测数据发我下？"), ("今天{v}",)),
    "ticket_no": (("取衣单号多少？", "凭条号码发一下？"), ("单号{v}",)),
    "barcode": (("衣服上的条码号是？", "吊牌条码报一下？"), ("条码{v}",)),
    "lock_model": (("什么级别的锁芯？", "锁芯型号看一下？"), ("写的{v}",)),
    "police_no": (("派出所备案号有吗？", "报备回执号多少？"), ("回执号{v}",)),
    "grade": (("报考几级？", "今年考几级？"), ("考{v}",)),
    "seat": (("座位号多少？", "演出票几排几号？"), ("座位{v}",)),
    "session": (("约的第几场？", "考试第几场？"), ("{v}",)),
    "place_only": (("大概在哪一片？", "你在哪个区？", "离哪近？"), ("在{v}附近", "{v}那边")),
}

# --------------------------------------------------------------------------------------------
# trades
# --------------------------------------------------------------------------------------------
TRADES = {
    "driving": dict(
        shops=("安达驾校", "顺通驾校", "东方时代驾校"),
        open_c=("你好，想咨询下C1报名", "请问现在报名多少钱", "我想报个周末班", "科目二什么时候能约考", "体检要带什么"),
        open_s=("您好，这里是{shop}报名处", "在的，这边{shop}，有什么可以帮您", "您好同学，C1手动挡班现在有名额"),
        kinds=(("id_card", 4), ("mobile", 3), ("address", 1), ("bank_card", 1), ("wechat", 2), ("qq", 1), ("email", 1),
               ("plate", 1), ("landline", 1)),
        near=("student_no", "exam_no", "session", "date_time", "amount", "verify_code", "invoice_no", "bad_id", "order_no"),
        chat=("S:科目一题库在APP上刷就行|C:好的", "S:教练说下周排车|C:好嘞", "S:练车要穿平底鞋哦|C:明白",
              "C:还需要带照片吗|S:要的，一寸白底", "C:合同签了，收据拍给你了|C:[图片]|S:收到", "C:好的，我先去体检|S:嗯嗯"),
        close=("好的，录好了，等通知", "行，系统里已经登记了", "没问题，有事随时找我", "👌"),
        purpose={"id_card": "报名系统要录", "plate": "陪驾用您自己的车", "address": "体检表和教材寄过去",
                 "bank_card": "退学费要本人卡", "email": "电子合同发邮箱", "landline": "紧急联系人"},
    ),
    "flower": dict(
        shops=("花漾花艺", "小雏菊花店", "一束光花坊"),
        open_c=("老板，明天能送花吗", "想订一束红玫瑰", "有没有适合探病的花篮", "开业花篮两个，明早送", "520那天还能约配送吗"),
        open_s=("您好，{shop}，今天想订什么花呢", "在的亲，花材今天刚到", "亲，这款是店里卖得最好的"),
        kinds=(("address", 5), ("mobile", 4), ("landline", 2), ("wechat", 1), ("email", 1), ("bank_card", 1), ("qq", 1),
               ("plate", 1), ("id_card", 0.3)),
        near=("order_no", "amount", "date_time", "size", "place_only", "tracking_no", "pickup_code", "invoice_no"),
        chat=("S:贺卡写什么内容？|C:写：生日快乐，永远十八岁", "C:包装要粉色的|S:可以，今天下午做好拍给你看",
              "S:[图片]|C:好看！", "S:要不要加个小熊|C:不用了", "S:配送费另算哈|C:明白"),
        close=("好的，安排上了", "已下单，送到会拍照给您", "🌹"),
        purpose={"plate": "送到停车场放后备箱", "landline": "送到公司前台", "email": "电子发票", "bank_card": "退差价"},
    ),
    "carwash": dict(
        shops=("车之美洗车", "亮车坊汽车美容", "速洁车护"),
        open_c=("今天下午能洗车吗", "想做个镀晶多少钱", "内饰清洗要多久", "上门洗车做不做", "会员卡还有余额吗"),
        open_s=("您好，{shop}，需要预约吗", "在的，今天下午还有两个位置", "亲，镀晶现在活动价"),
        kinds=(("plate", 6), ("mobile", 3), ("wechat", 2), ("address", 1), ("bank_card", 0.6), ("id_card", 1),
               ("landline", 0.6), ("qq", 0.6), ("email", 0.6)),
        near=("member_card", "work_order", "parking", "amount", "date_time", "mileage", "verify_code", "order_no"),
        chat=("S:大概要两个小时|C:好的", "S:钥匙放前台就行|C:行", "C:轮毂也顺便洗一下|S:好的", "C:座椅有点咖啡渍|S:可以处理",
              "C:车停门口了|S:好的", "S:今天排满了，明早可以吗|C:可以"),
        close=("好了，车洗好了可以来提", "已登记，到店报车牌就行", "欢迎下次再来", "👍"),
        purpose={"id_card": "代办年检要身份证", "address": "上门洗车", "bank_card": "退卡余额"},
    ),
    "gym": dict(
        shops=("力健身房", "燃动健身", "铁馆Fitness"),
        open_c=("年卡现在什么价", "私教课还能约吗", "我想退卡", "团课表发我一下", "停车能免费吗"),
        open_s=("您好，{shop}会籍顾问，很高兴为您服务", "在的哥，今天来训练吗", "您好，年卡活动到月底"),
        kinds=(("id_card", 2), ("mobile", 3), ("bank_card", 2), ("wechat", 2), ("qq", 1), ("email", 1), ("plate", 2),
               ("address", 1), ("landline", 0.5)),
        near=("member_card", "locker", "course_no", "body_metric", "amount", "date_time", "verify_code", "bad_card"),
        chat=("C:教练明天几点有空|S:晚上都可以", "S:记得带毛巾|C:好的", "C:淋浴间修好了吗|S:修好了",
              "C:这周来了三次|S:坚持住💪", "C:[图片]|S:动作挺标准"),
        close=("好的，已经给您办好了", "没问题，前台录入了", "💪"),
        purpose={"id_card": "办卡实名登记", "plate": "停车场登记免费停车", "bank_card": "分期或者退卡款",
                 "address": "手环寄过去", "email": "合同和发票"},
    ),
    "bakery": dict(
        shops=("麦香烘焙", "甜心蛋糕工作室", "小熊的烤箱"),
        open_c=("想订个生日蛋糕", "周六要一个8寸的", "可以做卡通造型吗", "能送到家吗", "无糖的可以做吗"),
        open_s=("您好，{shop}，订蛋糕吗", "在的亲，要几寸的", "亲，提前两天预定哦"),
        kinds=(("address", 4), ("mobile", 4), ("wechat", 2), ("landline", 1), ("email", 1), ("plate", 0.8), ("qq", 1),
               ("bank_card", 0.6), ("id_card", 0.2)),
        near=("order_no", "pickup_code", "size", "amount", "date_time", "tracking_no", "invoice_no", "place_only"),
        chat=("C:水果要芒果和草莓|S:好的", "S:写什么字？|C:写：宝贝三岁生日快乐", "C:蜡烛要数字3|S:可以的",
              "C:[图片]|C:就要这个款|S:好的", "C:奶油要动物奶油|S:可以的", "C:多放点草莓|S:嗯嗯"),
        close=("好的，单子下好了", "做好了拍照给您确认", "谢谢亲", "🎂"),
        purpose={"plate": "门口车上取", "landline": "送到公司", "email": "发票"},
    ),
    "laundry": dict(
        shops=("洁衣坊", "干洗改衣铺", "白领洗衣"),
        open_c=("羽绒服洗一件多少钱", "裤子要改短一点", "能上门取衣吗", "衣服洗好了吗", "西装要熨一下"),
        open_s=("您好，{shop}，要取衣还是送洗", "在的，今天能取", "亲，羽绒服洗护三天"),
        kinds=(("address", 3), ("mobile", 4), ("wechat", 1.5), ("landline", 1), ("bank_card", 0.8), ("qq", 0.8),
               ("email", 0.8), ("plate", 0.5), ("id_card", 0.3)),
        near=("ticket_no", "barcode", "size", "amount", "date_time", "pickup_code", "order_no", "invoice_no"),
        chat=("C:袖口有点油渍|S:能洗掉", "C:裤长改短三厘米|S:好的", "C:周四能好吗|S:可以", "C:拉链也换一下|S:行",
              "S:这件不能水洗|C:明白", "C:[图片]|S:收到"),
        close=("好的，到时候给您送过去", "洗好了通知您", "好的"),
        purpose={"address": "上门取衣", "bank_card": "退赔款", "plate": "车上取送"},
    ),
    "studio": dict(
        shops=("音悦钢琴艺术中心", "小画家美术工作室", "乐之音琴行"),
        open_c=("孩子想学钢琴，怎么收费", "考级报名开始了吗", "美术课周末有吗", "试听课能约吗", "这学期想请假两次"),
        open_s=("您好，{shop}，孩子多大啦", "在的家长，考级报名这周截止", "您好，试听课周六上午有"),
        kinds=(("mobile", 3), ("wechat", 2), ("qq", 2), ("email", 2), ("id_card", 2.5), ("address", 1),
               ("bank_card", 1), ("landline", 0.6), ("plate", 0.4)),
        near=("exam_no", "course_no", "room_no", "grade", "amount", "date_time", "verify_code", "seat", "bad_id"),
        chat=("S:孩子今天练得不错|C:老师辛苦了", "C:节拍器要带吗|S:要的", "S:作品拍给您看|S:[图片]|C:太棒了",
              "S:下周要交画材费|C:好的"),
        close=("好的，报名材料齐了", "已登记，等考级通知", "好的家长"),
        purpose={"id_card": "考级报名要身份证", "email": "曲谱和视频", "address": "证书寄过去", "bank_card": "退课时费",
                 "qq": "作业群"},
    ),
    "lock": dict(
        shops=("安心开锁", "金钥匙锁业", "24小时开锁换锁"),
        open_c=("师傅，门锁打不开了", "想换个C级锁芯", "车钥匙锁车里了", "能配门禁卡吗", "保险柜打不开"),
        open_s=("您好，{shop}，人在家门口吗", "在的，师傅半小时能到", "您好，开锁需要登记身份信息"),
        kinds=(("address", 5), ("mobile", 3), ("id_card", 3), ("plate", 2), ("landline", 0.6), ("wechat", 1),
               ("bank_card", 0.4), ("qq", 0.4), ("email", 0.4)),
        near=("lock_model", "work_order", "police_no", "amount", "date_time", "verify_code", "order_no", "place_only"),
        chat=("C:师傅到哪了|S:在路上了，十分钟", "S:房产证拍一下|C:[图片]", "S:门是防盗门吗|C:是的",
              "S:要破坏锁芯吗|C:尽量别破坏", "S:门口等您|C:好"),
        close=("已经打开了，费用扫码付", "锁芯换好了，钥匙给您三把", "👍"),
        purpose={"id_card": "开锁按规定要登记身份证", "plate": "汽车开锁要核对车牌", "address": "上门"},
    ),
}
EXCHANGES = ("oneby1", "form", "unasked", "voice", "late", "group", "lookup", "fix")


# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------
class _Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.fc: Counter = Counter()
        self.ft: dict = {}
        self.kc: Counter = Counter()
        self.rows: list = []
        self.meta: list = []
        self.force = None
        self.pending = None

    # ---- conversation state ----
    def start(self, cid, trade, ex):
        self.cid, self.trade, self.ex, self.tpl = cid, trade, ex, f"{trade}/{ex}"
        self.T = TRADES[trade]
        self.msgs: list = []
        self.pending = None

    def say(self, sender, *parts):
        self.msgs.append((sender, parts))

    def _fmt(self, given, w, kind):
        f = f"{given}_{w}_{kind}"
        self.fc[f] += 1
        tl = self.ft.setdefault(f, [])
        if self.tpl not in tl:
            tl.append(self.tpl)
        self.kc[kind] += 1
        return f

    def pick_w(self, kind, given, voice=None):
        opts = [(w, wt) for w, wt, isv in WRITTEN[kind]
                if (voice is None or bool(isv) == voice)
                and not (isv and given not in ("bare_reply", "cued", "bare_late"))
                and not ((kind, w) in NEEDS_WORDS and given.startswith("bare"))]
        if given == "bare_split":
            opts = [(w, 1) for w in SPLITTABLE[kind]]
        elif given in RARE_GIVENS:
            opts = [(w, 1) for w in MAIN[kind]]
        if self.pending and self.pending[:2] == (given, kind):
            w, self.pending = self.pending[2], None
            return w
        if not opts:
            opts = [(w, wt) for w, wt, isv in WRITTEN[kind] if not isv and (kind, w) not in NEEDS_WORDS]
        need = [w for w, _ in opts if self.fc[f"{given}_{w}_{kind}"] < 5
                or (len(self.ft.get(f"{given}_{w}_{kind}", [])) < 3 and self.tpl not in self.ft.get(f"{given}_{w}_{kind}", []))]
        if need and self.rng.random() < 0.7:
            return self.rng.choice(need)
        tot = sum(wt for _, wt in opts)
        r = self.rng.random() * tot
        for w, wt in opts:
            r -= wt
            if r <= 0:
                return w
        return opts[-1][0]

    def ent(self, kind, given, w=None, voice=None):
        """-> list of parts for one entity (prefix, entity, suffix)."""
        w = w or self.pick_w(kind, given, voice)
        pre, val, suf, _ = render(self.rng, kind, w)
        f = self._fmt(given, w, kind)
        return [pre, ("E", kind, val, f), suf]

    def g(self, options):
        """The way of giving for the next slot (the forced one when a format is being filled)."""
        if self.pending and self.pending[0] in options:
            return self.pending[0]
        return self.rng.choice(options)

    def pick_kind(self, exclude=()):
        if self.force and self.force[1] not in exclude:
            self.pending, self.force = self.force, None
            return self.pending[1]
        ks = [(k, wt) for k, wt in self.T["kinds"] if k not in exclude]
        # gently push kinds that are behind
        mean = (sum(self.kc.values()) + 1) / len(KINDS)
        ks = [(k, wt * (2.0 if self.kc[k] < 0.6 * mean else 1.0)) for k, wt in ks]
        tot = sum(wt for _, wt in ks)
        r = self.rng.random() * tot
        for k, wt in ks:
            r -= wt
            if r <= 0:
                return k
        return ks[-1][0]

    # ---- helpers producing messages ----
    def wrap(self, tmpl, parts):
        a, b = tmpl.split("{v}")
        return [a] + parts + [b]

    def ask(self, kind):
        r = self.rng
        q = r.choice(ASK[kind])
        p = self.T["purpose"].get(kind)
        if p and r.random() < 0.4:
            q = p + "，" + q
        self.say("staff", q)

    def answer(self, kind, given, voice=None):
        r = self.rng
        if given == "bare_reply":
            self.say("customer", *self.wrap(r.choice(BARE_WRAPS), self.ent(kind, given, voice=voice)))
        elif given == "cued":
            self.say("customer", *self.wrap(r.choice(CUED[kind]), self.ent(kind, given, voice=voice)))
        elif given == "bare_late":
            self.say("customer", r.choice(("等下，我在开车", "稍等我找一下", "我回家看看", "晚点发你", "在忙，一会儿发")))
            if r.random() < 0.5:
                self.say("staff", r.choice(("好的", "不急", "嗯嗯，您方便了发我")))
            if r.random() < 0.5:
                self.say("staff", r.choice(("亲，" + FIELD_NAME[kind] + "还没发哦", "在吗？" + FIELD_NAME[kind] + "发一下",
                                            "您好，刚才说的" + FIELD_NAME[kind] + "方便发下吗？")))
            self.say("customer", *self.wrap(r.choice(LATE_WRAPS), self.ent(kind, given, voice=voice)))
        elif given == "bare_split":
            w = self.pick_w(kind, given)
            pre, val, suf, canon = render(r, kind, w)
            if kind == "address":
                cut = re.search(r"\d+号(?!楼)", val).end()
                if cut == len(val):
                    tail = r.choice(ESTATES) + f"{r.randint(1, 20)}栋{_room(r)}"
                    val += tail
            elif " " in val:
                cut = val.index(" ", val.index(" ") + 1) if kind in ("mobile", "id_card") else val.index(" ", 5)
            else:
                cut = {"mobile": 7, "id_card": 14, "bank_card": 8, "qq": 4}[kind]
            a, b = val[:cut].rstrip(), val[cut:].lstrip()
            f1 = self._fmt(given, w, kind)
            self.say("customer", ("E", kind, a, f1))
            self.say("customer", ("E", kind, b, f1))
            self.fc[f1] += 1
            self.kc[kind] -= 1  # one value, two halves
        elif given in ("bare_fix", "cued_fix"):
            w = self.pick_w(kind, given)
            pre, val, suf, _ = render(r, kind, w)
            self.wrong(kind, w, pre, val, suf)
            ent = [pre, ("E", kind, val, self._fmt(given, w, kind)), suf]
            if given == "bare_fix":
                self.say("customer", r.choice(("不对不对", "打错了", "等等，错了", "不好意思发错了")))
                self.say("customer", *self.wrap(r.choice(("{v}", "{v}", "应该是 {v}", "{v} 这个对")), ent))
            else:
                self.say("customer", *self.wrap(FIX_CUED[kind], ent))
        elif given == "second":
            self.say("customer", *self.wrap(r.choice(SECOND[kind]), self.ent(kind, given)))
        elif given == "family":
            self.say("customer", *self.wrap(r.choice(FAMILY[kind]), self.ent(kind, given)))
        else:
            raise KeyError(given)

    def wrong(self, kind, w, pre, val, suf):
        """A first, mistyped copy of the value: a near-miss when it fails its check, labelled when still valid."""
        r = self.rng
        if kind == "mobile" and r.random() < 0.4:
            d = re.sub(r"\D", "", val)
            i = r.randint(3, 10)
            bad = [("N", "bad_mobile", d[:i] + d[i + 1:])]
        else:
            lim = val.index("@") if "@" in val else val.index("＠") if "＠" in val else len(val)
            pos = [i for i, c in enumerate(val[:lim]) if c.isdigit()]
            if kind in ("qq", "mobile", "landline"):
                pos = pos[4:]
            elif kind == "id_card":
                pos = [p for p in pos if 6 <= p < 17]
            while True:
                i = r.choice(pos[-6:])
                wv = val[:i] + str((int(val[i]) + r.randint(1, 9)) % 10) + val[i + 1:]
                dd = re.sub(r"\D", "", wv)
                if kind not in ("id_card", "bank_card"):
                    break
                if not luhn_ok(dd) and not id_ok(dd):
                    break
            if kind in ("id_card", "bank_card"):
                bad = [("N", "bad_id" if kind == "id_card" else "bad_card", wv)]
            else:
                g = r.choice(("bare_reply", "cued"))
                bad = [pre, ("E", kind, wv, self._fmt(g, w, kind)), suf]
                tm = r.choice(BARE_WRAPS[:4]) if g == "bare_reply" else r.choice(CUED[kind])
                self.say("customer", *self.wrap(tm, bad))
                bad = None
        if bad:
            self.say("customer", *self.wrap(r.choice(BARE_WRAPS[:4]), bad))
        if r.random() < 0.4:
            self.say("staff", r.choice(("好的", "收到", "嗯")))

    def near_slot(self, bare=True, key=None):
        r = self.rng
        key = key or r.choice(self.T["near"])
        qs, cued = NEAR[key]
        self.say("staff", r.choice(qs))
        nk, v = nm(r, key)
        if bare:
            self.say("customer", *self.wrap(r.choice(BARE_WRAPS), [("N", nk, v)]))
        else:
            self.say("customer", *self.wrap(r.choice(cued), [("N", nk, v)]))
        if r.random() < 0.5:
            self.say("staff", r.choice(("好的，查到了", "稍等我查一下", "收到", "好的", "嗯，找到了")))

    def chat(self, n=1):
        r = self.rng
        for _ in range(n):
            for line in r.choice(self.T["chat"]).split("|"):
                self.say("staff" if line[0] == "S" else "customer", line[2:])

    def staff_amount(self):
        r = self.rng
        nk, v = nm(r, r.choice(("amount", "date_time", "hotline")))
        tm = {"amount": ("一共{v}，扫码或者转账都行", "费用是{v}", "优惠完{v}"),
              "date_time": ("那就{v}，到时候提醒您", "约好了，{v}", "{v}之前弄好"),
              "hotline": ("有问题也可以打我们总部{v}", "售后热线{v}", "也可以拨{v}")}[nk]
        self.say("staff", *self.wrap(r.choice(tm), [("N", nk, v)]))

    def opening(self):
        r = self.rng
        shop = r.choice(self.T["shops"])
        if r.random() < 0.6:
            self.say("customer", r.choice(self.T["open_c"]))
            self.say("staff", r.choice(self.T["open_s"]).format(shop=shop))
        else:
            self.say("staff", r.choice(self.T["open_s"]).format(shop=shop))
            self.say("customer", r.choice(self.T["open_c"]))

    def closing(self):
        r = self.rng
        self.say("staff", r.choice(self.T["close"]))
        if r.random() < 0.5:
            self.say("customer", r.choice(("好的谢谢", "谢谢", "👌", "辛苦了", "嗯嗯", "好")))

    # ---- exchanges ----
    def ex_oneby1(self):
        r = self.rng
        self.opening()
        used = []
        for i in range(r.randint(2, 3)):
            k = self.pick_kind(used)
            used.append(k)
            self.ask(k)
            g = self.g(("bare_reply", "bare_reply", "cued", "bare_reply", "cued", "bare_split"))
            if g == "bare_split" and k not in SPLITTABLE:
                g = "bare_reply"
            self.answer(k, g)
            if k in SECOND and r.random() < 0.2:
                self.answer(k, "second")
            if r.random() < 0.5:
                self.near_slot(bare=r.random() < 0.7)
        if r.random() < 0.5:
            self.staff_amount()
        self.closing()

    def ex_form(self):
        r = self.rng
        self.opening()
        ks = []
        for _ in range(r.randint(2, 3)):
            ks.append(self.pick_kind(ks))
        self.say("staff", "麻烦填一下：\n" + "\n".join(f"{FIELD_NAME[k]}：" for k in ks))
        bare = self.g(("bare_form", "form")) == "bare_form"
        parts: list = []
        for i, k in enumerate(ks):
            if i:
                parts.append("\n")
            if bare:
                parts += self.ent(k, "bare_form")
            else:
                parts += [FIELD_NAME[k] + r.choice(("：", ":", " "))] + self.ent(k, "form")
        self.say("customer", *parts)
        if r.random() < 0.5:
            self.near_slot(bare=True)
        if r.random() < 0.4:
            k = self.pick_kind(ks)
            self.say("staff", "再补一个" + FIELD_NAME[k] + "？")
            self.answer(k, "bare_reply")
        self.chat(r.randint(0, 2))
        self.closing()

    def ex_unasked(self):
        r = self.rng
        k1 = self.pick_kind()
        parts = [r.choice(self.T["open_c"]) + "，"] + self.wrap(r.choice(CUED[k1]), self.ent(k1, "unasked"))
        if r.random() < 0.5:
            k2 = self.pick_kind((k1,))
            parts += ["，"] + self.wrap(r.choice(CUED[k2]), self.ent(k2, "unasked"))
        else:
            k2 = k1
        self.say("customer", *parts)
        self.say("staff", r.choice(self.T["open_s"]).format(shop=r.choice(self.T["shops"])))
        self.chat(r.randint(0, 2))
        k3 = self.pick_kind((k1, k2))
        self.ask(k3)
        self.answer(k3, r.choice(("bare_reply", "bare_reply", "cued")))
        self.near_slot(bare=r.random() < 0.6)
        if r.random() < 0.5:
            self.staff_amount()
        self.closing()

    def ex_voice(self):
        r = self.rng
        self.opening()
        if r.random() < 0.5:
            self.say("customer", r.choice(("我在开车，语音转的文字，有错字别介意", "语音输入的哈", "手不方便打字，我说的")))
        used = []
        for _ in range(r.randint(1, 3)):
            k = self.pick_kind(used)
            used.append(k)
            self.ask(k)
            voice = any(isv for _, _, isv in WRITTEN[k])
            self.answer(k, r.choice(("bare_reply", "cued", "bare_reply")), voice=voice if voice else None)
            if r.random() < 0.4:
                self.say("staff", r.choice(("我复述一下，没错吧？", "收到，对一下没问题")))
                self.say("customer", r.choice(("对", "没错", "对的对的", "嗯")))
        if r.random() < 0.7:
            self.near_slot(bare=True)
        self.closing()

    def ex_late(self):
        r = self.rng
        self.opening()
        used = []
        for _ in range(r.randint(1, 3)):
            k = self.pick_kind(used)
            used.append(k)
            self.ask(k)
            self.answer(k, "bare_late")
            if r.random() < 0.3:
                self.chat(1)
        if r.random() < 0.7:
            key = r.choice(self.T["near"])
            self.say("staff", "还有，" + r.choice(NEAR[key][0]))
            self.say("customer", r.choice(("等会儿，我找找", "稍等", "我看下")))
            nk, v = nm(r, key)
            self.say("customer", *self.wrap(r.choice(LATE_WRAPS), [("N", nk, v)]))
        self.closing()

    def ex_group(self):
        r = self.rng
        self.cid = self.cid + "-g"
        self.say("staff", r.choice(("拉个群，方便沟通", "建了个小群，师傅和店长都在", "这是服务群，有事群里说")))
        self.say("customer", r.choice(("好的", "好", "👌", "收到")))
        self.say("customer", r.choice(("我家里人也在群里，他来对接", "我老婆也拉进来了", "我把我爸也拉进来了")))
        used = []
        for _ in range(r.randint(1, 3)):
            k = self.pick_kind(used)
            used.append(k)
            self.ask(k)
            pend = self.pending[0] if self.pending else None
            if k in FAMILY and (pend == "family" or (pend is None and r.random() < 0.7)):
                self.answer(k, "family")
            else:
                self.answer(k, r.choice(("bare_reply", "cued")))
            if k in SECOND and (pend == "second" or (pend is None and r.random() < 0.35)):
                self.answer(k, "second")
        self.chat(r.randint(0, 2))
        if r.random() < 0.6:
            self.near_slot(bare=r.random() < 0.6)
        self.closing()

    def ex_lookup(self):
        r = self.rng
        self.say("customer", r.choice(("上次的单子怎么样了", "我之前订的那个什么时候好", "帮我查一下记录", "想开个发票",
                                       "之前付的钱能退吗")))
        near = list(self.T["near"])
        r.shuffle(near)
        for key in near[:r.randint(2, 3)]:
            self.near_slot(bare=r.random() < 0.8, key=key)
        if r.random() < 0.6:
            k = self.pick_kind()
            self.say("staff", r.choice(("再核对下预留的", "登记的")) + FIELD_NAME[k] + "？")
            self.answer(k, "bare_reply")
        if r.random() < 0.5:
            self.staff_amount()
        self.closing()

    def ex_fix(self):
        r = self.rng
        self.opening()
        used = []
        for _ in range(r.randint(1, 2)):
            k = self.pick_kind(used)
            used.append(k)
            self.ask(k)
            g = self.g(("bare_fix", "cued_fix", "bare_split", "bare_fix"))
            if g == "bare_split" and k not in SPLITTABLE:
                g = "bare_fix"
            self.answer(k, g)
            if r.random() < 0.4:
                self.say("staff", r.choice(("好的，改过来了", "收到，以这个为准", "OK")))
        if r.random() < 0.6:
            self.near_slot(bare=r.random() < 0.7)
        self.closing()

    # ---- rendering ----
    def flush(self):
        msgs = self.msgs
        while len(msgs) < 4:
            msgs.append(("customer" if msgs[-1][0] == "staff" else "staff", ("好的",)))
        for seq, (sender, parts) in enumerate(msgs):
            text, ents, fmts, nms = "", [], [], []
            for p in parts:
                if isinstance(p, str):
                    text += p
                elif p[0] == "E":
                    ents.append((p[1], len(text), len(text) + len(p[2])))
                    fmts.append(p[3])
                    text += p[2]
                else:
                    nms.append((p[1], len(text), len(text) + len(p[2])))
                    text += p[2]
            self.rows.append(dict(chat_id=self.cid, seq=seq, sender=sender, text=text, entities=ents,
                                  formats=fmts, near_misses=nms, split=SPLIT))
            self.meta.append(self.tpl)

    def thin(self):
        return [f for f, n in self.fc.items() if n < 4 or len(self.ft[f]) < 3]

    def build(self):
        r = self.rng
        trades = tuple(TRADES)
        i = 0
        while i < 420 or (self.thin() and i < 1500):
            trade = trades[i % len(trades)] if i < 400 else r.choice(trades)
            ex = r.choice(EXCHANGES)
            self.force = None
            if i >= 420:  # fill the thinnest format in a template it is not in yet
                f = min(self.thin(), key=lambda x: (self.fc[x], len(self.ft[x]), x))
                given, w, kind = _parse_fmt(f)
                ex = GIVEN_EXCHANGE[given]
                cand = [t for t in trades if f"{t}/{ex}" not in self.ft[f]] or list(trades)
                trade = r.choice(cand)
                self.force = (given, kind, w)
            self.start(f"t7-{trade}-{i:04d}", trade, ex)
            snap = (Counter(self.fc), {k: list(v) for k, v in self.ft.items()}, Counter(self.kc))
            getattr(self, "ex_" + ex)()
            if len(self.msgs) > 24:  # too long: undo the counts and draw again
                self.fc, self.ft, self.kc = snap
                continue
            self.flush()
            i += 1
        return pd.DataFrame(self.rows, columns=["chat_id", "seq", "sender", "text", "entities", "formats",
                                                "near_misses", "split"])


def _parse_fmt(f):
    for kind in sorted(KINDS, key=len, reverse=True):
        if f.endswith("_" + kind):
            head = f[: -len(kind) - 1]
            given, w = head.rsplit("_", 1)
            return given, w, kind
    raise KeyError(f)


def _build(meta=None):
    b = _Builder()
    df = b.build()
    if meta is not None:
        meta.extend(b.meta)
    return df


def make_threads7_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------
_CN2D = {c: str(i) for i, c in enumerate(CN_DIG)} | {"幺": "1", "两": "2", "洞": "0", "〇": "0"}
CUE_WORDS = ("电话", "手机", "号码", "地址", "身份证", "卡号", "微信", "QQ", "扣扣", "邮箱", "车牌", "座机", "vx", "固话", "转", "分机")
_HOUSE_END = ("号", "栋", "幢", "号楼", "单元", "室", "层")


def _digits(s: str) -> str:
    return "".join(_CN2D.get(c, c) for c in s if c.isdigit() or c in _CN2D or c in "Xx").upper()


def _valid(kind, span):
    if kind == "mobile":
        d = _digits(span)
        return len(d) == 11 and d[:3] in MOBILE_PREFIXES
    if kind == "landline":
        d = _digits(span)
        return any(d.startswith(a) and len(d) - len(a) in ((7, 8) if len(a) == 4 else (8,)) for a in LANDLINE_AREAS)
    if kind == "id_card":
        return id_ok(_digits(span))
    if kind == "bank_card":
        d = _digits(span)
        return 16 <= len(d) <= 19 and luhn_ok(d) and any(d.startswith(b) and len(d) == n for b, n in CARD_BINS)
    if kind == "qq":
        d = _digits(span)
        return 5 <= len(d) <= 11 and d[0] != "0"
    if kind == "wechat":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", span) is not None
    if kind == "plate":
        s = span.replace("·", "").replace(" ", "").upper()
        return s[:2] in PLATE_PREFIX and re.fullmatch(r"[A-Z0-9]{5,6}", s[2:]) is not None
    if kind == "email":
        s = span.replace("＠", "@").replace(" 艾特 ", "@").replace("艾特", "@").replace("点", ".")
        s = re.sub(r"(?<=\w)at(?=(qq|163|126|foxmail|sina|outlook|139|gmail|hotmail|yeah)\.)", "@", s)
        return re.fullmatch(r"[A-Za-z0-9._]+@[A-Za-z0-9]+\.[A-Za-z]{2,4}", s, flags=re.I) is not None
    if kind == "address":
        starts = tuple(p for c in CITIES for p in (c[0], c[1]) + c[2] if p) + tuple(p for c in RURAL for p in c) \
            + ROADS + ESTATES + BUILDINGS
        ends = span.endswith(_HOUSE_END) or span[-1].isdigit() or span[-1] in _CN2D
        return span.startswith(starts) and ends
    return False


def _is_bare(text, spans):
    rest = list(text)
    for _, s, e in spans:
        rest[s:e] = [" "] * (e - s)
    rest = "".join(rest)
    for f in sorted(FILLERS, key=len, reverse=True):
        rest = rest.replace(f, " ")
    return all(c.isspace() or unicodedata.category(c)[0] in "PS" or c in "～" for c in rest)


def _is_question(text):
    return any(q in text for q in ("？", "?", "吗", "多少", "发一下", "发我", "给一个", "报一下", "是哪"))


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    out = dict(bare=0, near_bare_reply=0, empty=0, split_pairs=0)
    prev_chat, prev_seq, prev_text, prev_sender = None, -1, "", ""
    chat_len: Counter = Counter(df["chat_id"])
    pending_split = None
    for cid, seq, sender, text, es, fs, ns in zip(df["chat_id"], df["seq"], df["sender"], df["text"], df["entities"],
                                                   df["formats"], df["near_misses"]):
        assert isinstance(cid, str) and isinstance(text, str) and sender in ("staff", "customer")
        if cid != prev_chat:
            assert seq == 0 and 4 <= chat_len[cid] <= 24, (cid, chat_len[cid])
            assert pending_split is None, pending_split
            prev_text, prev_sender = "", ""
        else:
            assert seq == prev_seq + 1
        assert len(es) == len(fs)
        spans = sorted(list(es) + list(ns), key=lambda x: x[1])
        for a, b in zip(spans, spans[1:]):
            assert a[2] <= b[1], (text, a, b)
        for k, s, e in spans:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip() and v[0] not in "，,。：:" and v[-1] not in "，,。：:", (text, v)
        bare = _is_bare(text, spans)
        for (k, s, e), f in zip(es, fs):
            v = text[s:e]
            assert k in KINDS and f.endswith("_" + k), (k, f)
            assert not any(c in v for c in CUE_WORDS if c != "QQ" or k != "email"), (v, text)
            assert not re.match(r"(\+86|0086|86-)", v), v
            assert f.startswith("bare_") == bare, (f, text)
            if "_split_" in f:
                if pending_split is None:
                    pending_split = (k, v, cid)
                else:
                    k0, v0, c0 = pending_split
                    assert k0 == k and c0 == cid
                    assert _valid(k, (v0 + v) if k != "address" else v0) and (k != "address" or _valid(k, v)), (v0, v)
                    out["split_pairs"] += 1
                    pending_split = None
            else:
                assert _valid(k, v), (k, f, v, text)
        for k, s, e in ns:
            v = text[s:e]
            d = re.sub(r"\D", "", v)
            if 16 <= len(d) <= 19:
                assert not luhn_ok(d), v
            if len(d) == 18:
                assert not id_ok(d), v
            if k == "bad_mobile":
                assert len(d) == 10
            if bare and prev_sender == "staff" and _is_question(prev_text) and sender == "customer":
                out["near_bare_reply"] += 1
        out["bare"] += sum(1 for f in fs if f.startswith("bare_"))
        if not es and not ns:
            out["empty"] += 1
        prev_chat, prev_seq, prev_text, prev_sender = cid, seq, text, sender
    assert pending_split is None
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    n_ent = sum(kinds.values())
    n_chats = df["chat_id"].nunique()
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert n_chats >= 300 and n_ent >= 1000 and out["bare"] >= 500, (n_chats, n_ent, out)
    assert sum(near.values()) >= 600 and out["near_bare_reply"] >= 300, (near, out)
    assert out["empty"] * 3 > len(df), (out["empty"], len(df))
    out.update(chats=n_chats, messages=len(df), entities=n_ent, kinds=kinds, near=near,
               formats=Counter(f for fs in df["formats"] for f in fs))
    return out


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads7_corpus())  # deterministic
    c = check_corpus(df)
    print(f"conversations={c['chats']} messages={c['messages']} messages_without_values={c['empty']} "
          f"entities={c['entities']} bare={c['bare']} split_pairs={c['split_pairs']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["kinds"].most_common()))
    print(f"near-miss spans={sum(c['near'].values())} bare_replies_to_question={c['near_bare_reply']} "
          f"kinds={len(c['near'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near"].most_common()))
    ctx: dict = {}
    for tid, fs in zip(meta, df["formats"]):
        for f in fs:
            ctx.setdefault(f, []).append(tid) if tid not in ctx.get(f, []) else None
    print(f"formats={len(c['formats'])} distinct")
    for f in sorted(c["formats"]):
        print(f"  {f:40s} {c['formats'][f]:4d}  templates={len(ctx[f])}")
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

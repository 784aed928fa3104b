"""Eighth blind PII corpus (``split == "blind8"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八位写手")
that did NOT read the masking rules (``toolkit/privacy/_patterns.py``,
``toolkit/privacy/_address.py``, ``toolkit/privacy/mask.py`` beyond the
PII_KINDS / PLACEHOLDERS lines), nor the other corpora or tests under
``tests/privacy/`` (only the module docstring, lines 1-60, and the last 40
lines of ``pii_blind7.py`` for the layout and the entry-point names), nor
``bench/``, the README privacy sections or git history.  It never imported
``toolkit`` and never ran any masking function on this corpus.  Value shapes,
chat contexts and labels come only from the writer's own idea of how
customers in mainland China send contact data to service staff in WeCom.

What is different here: INPUT CHANNELS.  Every template belongs to one
channel and every value format declares the channels it is realistic in:

* ``V`` voice input transcribed by the phone (语音转文字): digits as words with
  幺 / 两 / 洞, ``杠`` for a dash, ``艾特`` for @, ``点`` for a dot, letters
  spelled out in capitals, ASR commas / full stops at odd places, no
  punctuation at all;
* ``O`` text from screenshots / photos run through OCR: O/0, l/I/1, S/5, B/8,
  Z/2 confusions, stray spaces, full-width characters, ``rn`` for ``m``;
* ``T`` users typing traditional characters (電話, 地址, 號, 樓, 室, 區, 滬/粵
  plates ...);
* ``E`` elderly users: numbers in Chinese words (一 not 幺, 〇 / 零), no
  punctuation, the cue and the value repeated (``手机号是…手机号是…``);
* ``L`` text pasted from courier labels, order forms and registration forms;
* ``N`` messages mixing English cue words (tel / mobile / addr / email /
  wechat / vx / qq / ID No. / card no / plate) and pinyin-English addresses;
* ``M`` markdown-like or emoji-decorated text (``**…**``, back-ticks, tables,
  list bullets, ``[a@b.cn](mailto:a@b.cn)``, 📱 / 👉 / 🐧 around values).

Near-misses are the hard cases of these channels: order / tracking numbers
read aloud or OCR'd, prices and amounts read aloud, dates and times in words,
model / serial numbers, hotel room numbers, 400 / 800 / 95xxx / 100xx
hotlines, masked values (``138****5678``), card-length numbers failing Luhn,
ID-shaped strings failing the check digit, verification / pickup codes, postal
codes after an address, @-mentions, URLs read aloud, car models, parking
spots, invoice numbers, social credit codes, IMEI, train / flight numbers.

Seed
----
``SEED = "blind8-2026-wecom-第八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples (no hash seeds, no set
iteration order).  ID-card check digits (ISO 7064 MOD 11-2) and bank-card /
IMEI Luhn digits are computed here.  OCR-confused values are labelled as
written (the confused characters are inside the span) while the underlying
true value is valid; every near-miss whose normalised digits are 16-19 long
fails Luhn and every 18-digit one fails the ID check.  Each declared value
format is first forced ``FORCE_PER_FMT`` (4) times into randomly drawn
templates of a compatible channel holding a marker of its kind; the other
rows draw formats by weight, so every format shows up in several contexts.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` / ``(+86)`` /
  ``加86`` prefixes and landline extensions (``转806``, ``-806``,
  ``ext.806``, ``分机806``, ``轉806``, ``转八零六``) are outside; separators
  inside a value (spaces, dashes, 杠, ASR commas / full stops between digit
  groups, the parentheses around an area code) are inside; an address runs
  from its first to its last place unit (省 / 市 / 区 / 县 / 镇 / 村 / 组 /
  路 / 街 / 号 / 小区 / 栋 / 号楼 / 单元 / 室 / 楼 / 层, their traditional
  forms, a bare room number such as ``1502`` or ``3-2-1502``); a colloquial
  address starting with a district starts there; an English address runs
  from ``Room`` / ``No.`` to the last place word (city or province).  Markdown
  markers and emoji around a value are outside.  Names are never labelled
  (only contact roles such as 本人 / 前台 are used).
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind8"``

Counts (``python tests/privacy/pii_blind8.py``)
-----------------------------------------------
rows=1540, pii_rows=880, near_rows=660, entities=1481
(mobile 323, address 224, id_card 170, email 142, landline 139, plate 125,
bank_card 124, qq 119, wechat 115);
near-miss spans=1025 (919 in near-miss rows), 29 near-miss kinds
(price 145, date_time 134, order_no 102, tracking_no 89, model_no 53,
masked 51, verify_code 50, hotline 42, hotel_room 28, invoice_no 26,
pickup_code 25, url 25, bad_card 24, train_flight 23, body_metric 23,
postal_code 19, tail_digits 18, invalid_mobile 18, car_model 15, serial_no 15,
parking_spot 15, bad_id 13, at_mention 12, version_ip 12, credit_code 12,
amount_upper 11, city_only 11, imei 8, weight 6);
formats=104 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind8-2026-wecom-第八位写手"
SPLIT = "blind8"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_RANDOM = 464
N_NEAR = 660
ALL = "VOTELNM"

D = "0123456789"
CN = "零一二三四五六七八九"

# ----------------------------------------------------------------------------- checksums


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in D:
        if _luhn_ok(body + c):
            return c
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _fail(ds: str) -> str:
    """Tweak the last digit until a digit run fails Luhn (16-19) and the ID check (18)."""
    ds = list(ds)
    while True:
        s = "".join(ds)
        if not ((16 <= len(s) <= 19 and _luhn_ok(s)) or (len(s) == 18 and _id_ok(s))):
            return s
        ds[-1] = str((int(ds[-1]) + 1) % 10)


# ----------------------------------------------------------------------------- text helpers


def _digits(r: random.Random, n: int, first: str = D) -> str:
    return r.choice(first) + "".join(r.choice(D) for _ in range(n - 1))


def _cn(s: str, r: random.Random, yao: float = 0.0, liang: float = 0.0, dong: float = 0.0,
        ling: str = "零") -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            d = int(ch)
            if d == 1 and r.random() < yao:
                out.append("幺")
            elif d == 2 and r.random() < liang:
                out.append("两")
            elif d == 0 and r.random() < dong:
                out.append("洞")
            elif d == 0:
                out.append(ling)
            else:
                out.append(CN[d])
        else:
            out.append(ch)
    return "".join(out)


def _voice(s: str, r: random.Random) -> str:
    return _cn(s, r, yao=0.85, liang=0.15, dong=0.08)


def _mixed(s: str, r: random.Random) -> str:
    """ASR output that switches between digits and words inside one value."""
    while True:
        out = "".join(_voice(c, r) if (c.isdigit() and r.random() < 0.45) else c for c in s)
        if out != s and any(c.isdigit() for c in out):
            return out


def _cardinal(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    if n >= 10000:
        rest = n % 10000
        return _cardinal(n // 10000) + "万" + ("" if not rest else ("零" if rest < 1000 else "") +
                                             (_cardinal(rest) if rest >= 20 else "一" + _cardinal(rest) if rest >= 10
                                              else _cardinal(rest)))
    units = ("", "十", "百", "千")
    s, zero, ds = "", False, str(n)
    for i, ch in enumerate(ds):
        d, pos = int(ch), len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero:
            s += "零"
            zero = False
        s += CN[d] + units[pos]
    return s


def _fw(s: str) -> str:
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


_OCR_D2L = {"0": "OoO", "1": "lIl", "2": "Z", "5": "S", "8": "B"}


def _ocr(s: str, r: random.Random, kmin: int = 1, kmax: int = 2) -> str:
    idx = [i for i, c in enumerate(s) if c in _OCR_D2L]
    k = min(len(idx), r.randint(kmin, kmax))
    chars = list(s)
    for i in r.sample(idx, k):
        chars[i] = r.choice(_OCR_D2L[chars[i]])
    return "".join(chars)


def _stray(s: str, r: random.Random, n: int = 1) -> str:
    for _ in range(n):
        cand = [i for i in range(2, len(s) - 1) if s[i] != " " and s[i - 1] != " "]
        i = r.choice(cand)
        s = s[:i] + " " + s[i:]
    return s


def _groups(s: str, r: random.Random, seps: str, nmin: int = 2, nmax: int = 3) -> str:
    n = min(r.randint(nmin, nmax), len(s) // 2)
    while True:
        cuts = sorted(r.sample(range(2, len(s) - 1), n - 1))
        if all(b - a >= 2 for a, b in zip([0] + cuts, cuts + [len(s)])):
            break
    parts, prev = [], 0
    for c in cuts + [len(s)]:
        parts.append(s[prev:c])
        prev = c
    out = parts[0]
    for p in parts[1:]:
        out += r.choice(seps) + p
    return out


def _g(s: str, sizes: tuple, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------- raw values

_MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
               "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
               "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")


def _mob(r):
    return r.choice(_MOB_PREFIX) + _digits(r, 8)


_AREA = (("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("024", 8), ("025", 8), ("027", 8),
         ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0531", 8), ("0532", 8), ("0574", 8),
         ("0731", 8), ("0791", 8), ("0871", 8), ("0898", 8), ("0351", 7), ("0592", 7), ("0451", 8),
         ("0411", 8), ("0591", 8), ("0769", 8), ("0757", 8))


def _ll(r):
    code, n = r.choice(_AREA)
    return code, _digits(r, n, "2345678")


_REGION = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "320106", "510107", "420111",
           "610113", "370102", "410105", "350203", "430104", "500112", "120104", "210102", "130102", "230103",
           "450103", "530102", "460105", "140105", "360102", "340104", "220102", "620102", "411623", "511321",
           "522121", "432524")


def _idv(r, want_x: bool = False):
    while True:
        y = r.randint(1950, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        s17 = r.choice(_REGION) + f"{y:04d}{m:02d}{d:02d}" + _digits(r, 3)
        c = _id_check(s17)
        if (c == "X") == want_x or (not want_x and r.random() < 0.0):
            return s17 + c


_BIN = (("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("621226", 19), ("623668", 19),
        ("622588", 16), ("621483", 16), ("622609", 19), ("621799", 19), ("623058", 19), ("622908", 19))
_BIN_CREDIT = (("436742", 16), ("622155", 16), ("625958", 16), ("518710", 16), ("622575", 16), ("552534", 16))


def _card(r, credit: bool = False):
    b, n = r.choice(_BIN_CREDIT if credit else _BIN)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def _qq(r):
    return _digits(r, r.choice((6, 7, 8, 9, 9, 10, 10)), "123456789")


_SUR = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
        "hu", "guo", "he", "lin", "luo", "gao", "tang", "deng")
_GIV = ("wei", "fang", "na", "min", "jing", "lei", "yang", "jun", "yan", "tao", "ming", "chao", "xiu", "hua",
        "ping", "gang", "hui", "qiang", "xin", "yu", "ting", "hao")
_ENG = ("amy", "tony", "kevin", "lucy", "jack", "coco", "sunny", "momo", "lily", "leo", "echo", "vivian")


def _tail(r):
    return r.choice((str(r.randint(1970, 2006)), f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                     str(r.randint(10, 99)), str(r.randint(100, 999)), "520", "666", "888"))


def _wx_base(r, sep: str = ""):
    while True:
        s = _wx_base1(r, sep)
        if sep in s:
            return s


def _wx_base1(r, sep: str):
    a = r.choice((r.choice(_SUR) + sep + r.choice(_GIV), r.choice(_ENG) + sep + r.choice(_SUR),
                  r.choice(_SUR)[0] + r.choice(_GIV)[0] + r.choice(_GIV)))
    return a + (sep if sep and r.random() < 0.6 else "") + _tail(r)


_MAIL_DOM = ("163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com", "139.com", "outlook.com",
             "gmail.com", "hotmail.com", "yeah.net", "aliyun.com", "sina.cn")
_CORP_DOM = ("huarun-tech.com.cn", "pku.edu.cn", "zju.edu.cn", "sjtu.edu.cn", "cmbchina.com", "chinamobile.com",
             "szmetro.cn", "hxyl-med.cn")


def _mail_local(r):
    return r.choice((r.choice(_SUR) + r.choice(_GIV) + _tail(r), r.choice(_GIV) + "." + r.choice(_SUR),
                     r.choice(_ENG) + "_" + r.choice(_SUR) + str(r.randint(1, 99)),
                     r.choice(_SUR)[0] + r.choice(_GIV) + _tail(r), r.choice(_ENG) + r.choice(_SUR)))


def _mail(r):
    return _mail_local(r) + "@" + r.choice(_MAIL_DOM)


# plates
_PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
               ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"),
               ("鄂", "ABCDEFGHJKLMNPQRS"), ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("豫", "ABCDEFGHJKLMNPQRSU"),
               ("闽", "ABCDEFGHJK"), ("湘", "ABCDEFGHJKLMNU"), ("渝", "ABCDF"), ("津", "ABCDEFGH"),
               ("陕", "ABCDEFGHJK"), ("辽", "ABCDEFGHJKLMNP"), ("皖", "ABCDEFGHJKLMNPRS"), ("冀", "ABCDEFGHJRT"),
               ("赣", "ABCDEFGHJKLM"), ("云", "ACDEFGHJKLMNPQRS"), ("贵", "ABCDEFGHJ"), ("黑", "ABCDEFGHJKLMNP"),
               ("吉", "ABCDEFGHJK"), ("晋", "ABCDEFHJKLM"), ("桂", "ABCDEFGHJKLMNPR"), ("琼", "ABCDE"),
               ("宁", "ABCDE"), ("新", "ABCDEFGHJKLMNPQR"), ("蒙", "ABCDEFGHJKLM"), ("甘", "ABCDEFGHJKLMNP"),
               ("青", "ABCDEFGH"), ("藏", "ABCDEFGHJ"))
_TRAD_PROV = {"沪": "滬", "粤": "粵", "苏": "蘇", "鲁": "魯", "闽": "閩", "辽": "遼", "赣": "贛", "云": "雲",
              "贵": "貴", "晋": "晉", "琼": "瓊", "宁": "寧", "陕": "陝"}
_PL_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(r, prov=None):
    p, lets = prov or r.choice(_PLATE_PROV)
    body = list(_digits(r, 5))
    for i in r.sample(range(5), r.choice((0, 0, 1, 1, 2))):
        body[i] = r.choice(_PL_LET)
    return p, r.choice(lets), "".join(body)


def _plate_ne(r):
    p, lets = r.choice(_PLATE_PROV)
    body = r.choice("DF") + _digits(r, 5) if r.random() < 0.7 else _digits(r, 5) + r.choice("DF")
    return p, r.choice(lets), body


# ----------------------------------------------------------------------------- address data

_ADDR = (
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "西城区", "昌平区"),
     ("建国路", "中关村大街", "学院路", "望京街", "回龙观西大街"), ("望京街道", "学院路街道")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区"), ("张杨路", "漕溪北路", "南京西路", "莘庄路"),
     ("潍坊新村街道", "莘庄镇")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), ("科技园南路", "深南大道", "西乡大道", "布吉路"),
     ("粤海街道", "西乡街道")),
    ("广东省", "广州市", ("天河区", "越秀区", "番禺区"), ("体育西路", "天河北路", "中山五路"), ("石牌街道", "大石街道")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区"), ("文三路", "文一西路", "江南大道"), ("翠苑街道", "西兴街道")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区"), ("中山北路", "珠江路", "双龙大道"), ("湖南路街道", "东山街道")),
    ("江苏省", "苏州市", ("姑苏区", "吴中区"), ("干将西路", "东吴北路"), ("平江街道",)),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区"), ("天府大道", "科华北路", "建设路"), ("玉林街道", "猛追湾街道")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "解放大道", "中南路"), ("关山街道",)),
    ("陕西省", "西安市", ("雁塔区", "碑林区"), ("高新路", "长安南路"), ("小寨路街道",)),
    ("山东省", "济南市", ("历下区", "槐荫区"), ("经十路", "泉城路"), ("泉城路街道",)),
    ("河南省", "郑州市", ("金水区", "中原区"), ("花园路", "大学路"), ("丰产路街道",)),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("湖滨南路", "嘉禾路"), ("鹭江街道",)),
    ("湖南省", "长沙市", ("岳麓区", "天心区"), ("麓山南路", "芙蓉中路"), ("望月湖街道",)),
    ("", "重庆市", ("渝北区", "江北区"), ("金开大道", "建新北路"), ("龙溪街道",)),
    ("", "天津市", ("南开区", "河西区"), ("鞍山西道", "友谊路"), ("王顶堤街道",)),
)
_COMM = ("阳光花园", "翠湖小区", "万科城", "碧桂园", "保利花园", "绿地世纪城", "金地名郡", "华润城", "幸福里小区",
         "锦绣家园", "融创玖玺台", "龙湖春森彼岸", "中海国际社区", "世纪华庭")
_TOWER = ("昌地火炬大厦", "国贸大厦", "科兴科学园", "金融中心", "创业大厦", "软件园")
_VILLAGE = (("河南省", "周口市", "鹿邑县", "太清宫镇", "王庄村"), ("四川省", "南充市", "仪陇县", "新政镇", "石佛村"),
            ("湖南省", "邵阳市", "隆回县", "桃洪镇", "金石桥村"), ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李庄村"), ("江西省", "赣州市", "于都县", "贡江镇", "长征村"),
            ("河北省", "保定市", "涞水县", "永阳镇", "北洛平村"), ("贵州省", "遵义市", "湄潭县", "永兴镇", "茶香村"))

_ADDR_TW = (
    ("", "北京市", ("朝陽區", "海澱區", "豐臺區", "西城區"), ("建國路", "中關村大街", "學院路")),
    ("", "上海市", ("浦東新區", "徐匯區", "閔行區", "靜安區"), ("張楊路", "漕溪北路", "南京西路")),
    ("廣東省", "深圳市", ("南山區", "福田區", "寶安區"), ("科技園南路", "深南大道", "西鄉大道")),
    ("廣東省", "廣州市", ("天河區", "越秀區", "番禺區"), ("體育西路", "天河北路", "中山五路")),
    ("浙江省", "杭州市", ("西湖區", "餘杭區", "濱江區"), ("文三路", "文一西路", "江南大道")),
    ("江蘇省", "南京市", ("鼓樓區", "玄武區"), ("中山北路", "珠江路")),
    ("四川省", "成都市", ("武侯區", "錦江區"), ("天府大道", "科華北路")),
    ("湖北省", "武漢市", ("洪山區", "江漢區"), ("珞喻路", "解放大道")),
    ("福建省", "廈門市", ("思明區", "湖裡區"), ("湖濱南路", "嘉禾路")),
    ("", "重慶市", ("渝北區", "江北區"), ("金開大道", "建新北路")),
)
_COMM_TW = ("陽光花園", "翠湖小區", "萬科城", "碧桂園", "保利花園", "綠地世紀城", "華潤城", "錦繡家園")
_TOWER_TW = ("國貿大廈", "創業大廈", "金融中心", "科興科學園")

_ADDR_EN = (("Beijing", "", "Chaoyang District", ("Jianguo Road", "Wangjing Street")),
            ("Shanghai", "", "Pudong New District", ("Zhangyang Road", "Century Avenue")),
            ("Shenzhen", "Guangdong", "Nanshan District", ("Keyuan Road", "Shennan Avenue")),
            ("Guangzhou", "Guangdong", "Tianhe District", ("Tiyu West Road", "Tianhe North Road")),
            ("Hangzhou", "Zhejiang", "Xihu District", ("Wensan Road",)),
            ("Chengdu", "Sichuan", "Wuhou District", ("Kehua North Road",)),
            ("Nanjing", "Jiangsu", "Gulou District", ("Zhongshan North Road",)),
            ("Wuhan", "Hubei", "Hongshan District", ("Luoyu Road",)))
_COMM_EN = ("Yangguang Garden", "Cuihu Community", "Vanke City", "Baoli Garden", "Huarun City")


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 6):02d}"


def _bldg(r, tw=False):
    n = r.randint(1, 28)
    if tw:
        return r.choice((f"{n}棟", f"{n}號樓", f"{r.choice('ABCD')}座"))
    return r.choice((f"{n}栋", f"{n}号楼", f"{n}幢", f"{r.choice('ABCD')}座"))


def _addr_parts(r, jiedao=False, full=True):
    prov, city, dists, roads, jds = r.choice(_ADDR)
    parts = ([prov] if prov and r.random() < 0.8 else []) + [city, r.choice(dists)]
    if jiedao:
        parts.append(r.choice(jds))
    parts.append(r.choice(roads) + f"{r.randint(1, 999)}号")
    if full:
        parts.append(r.choice(_COMM))
        parts.append(_bldg(r))
        if r.random() < 0.7:
            parts.append(f"{r.randint(1, 6)}单元")
        parts.append(_room(r) + "室")
    return parts


def _ad_full(r, ch):
    return "".join(_addr_parts(r))


def _ad_city(r, ch):
    prov, city, dists, roads, _ = r.choice(_ADDR)
    s = city + r.choice(dists) + r.choice(roads) + f"{r.randint(1, 999)}号"
    if r.random() < 0.6:
        s += r.choice(_TOWER) + r.choice((f"{r.randint(2, 30)}楼", f"{r.randint(2, 30)}层", _room(r) + "室"))
    return s


def _ad_jiedao(r, ch):
    return "".join(_addr_parts(r, jiedao=True))


def _ad_village(r, ch):
    prov, city, county, town, vil = r.choice(_VILLAGE)
    grp = r.choice((f"{r.randint(1, 12)}组", _cardinal(r.randint(1, 12)) + "组"))
    head = r.choice((prov + city, city, ""))
    s = head + county + town + vil + grp
    if r.random() < 0.3:
        s += f"{r.randint(1, 99)}号"
    return s


def _ad_label_spaced(r, ch):
    return " ".join(_addr_parts(r, jiedao=r.random() < 0.5, full=r.random() < 0.7))


def _ad_bare_room(r, ch):
    prov, city, dists, roads, _ = r.choice(_ADDR)
    head = r.choice((city, (prov or city) + (city if prov else ""), "")) + r.choice(dists)
    b, u = r.randint(1, 28), r.randint(1, 6)
    tail = r.choice((f"{b}-{u}-{_room(r)}", f"{b}栋{_room(r)}", f"{b}号楼{u}单元{_room(r)}", f"{b}-{_room(r)}"))
    return head + r.choice(roads) + f"{r.randint(1, 999)}号" + r.choice(_COMM) + tail


def _ad_colloquial(r, ch):
    _, _, dists, roads, _ = r.choice(_ADDR)
    s = r.choice(dists) + r.choice(roads) + f"{r.randint(1, 999)}号"
    if r.random() < 0.7:
        s += r.choice(_COMM) + _bldg(r) + _room(r)
    return s


def _ad_trad(r, ch):
    prov, city, dists, roads = r.choice(_ADDR_TW)
    s = (prov if prov and r.random() < 0.8 else "") + city + r.choice(dists) + r.choice(roads)
    s += f"{r.randint(1, 999)}號" + r.choice(_COMM_TW) + _bldg(r, tw=True)
    if r.random() < 0.6:
        s += f"{r.randint(1, 6)}單元"
    return s + _room(r) + "室"


def _ad_trad_city(r, ch):
    prov, city, dists, roads = r.choice(_ADDR_TW)
    s = city + r.choice(dists) + r.choice(roads) + f"{r.randint(1, 999)}號"
    return s + r.choice(_TOWER_TW) + r.choice((f"{r.randint(2, 30)}樓", f"{r.randint(2, 30)}層",
                                               f"{r.randint(2, 30)}樓{_room(r)}室"))


def _ad_voice_words(r, ch):
    prov, city, dists, roads, _ = r.choice(_ADDR)
    s = city + r.choice(dists) + r.choice(roads) + _cardinal(r.randint(1, 199)) + "号"
    if r.random() < 0.8:
        s += r.choice(_COMM) + _cardinal(r.randint(1, 28)) + r.choice(("号楼", "栋"))
        if r.random() < 0.6:
            s += _cardinal(r.randint(1, 6)) + "单元"
        s += _cn(_room(r), r, yao=0.7) + "室"
    return s


def _ad_voice_punct(r, ch):
    parts = _addr_parts(r, full=r.random() < 0.8)
    out = parts[0]
    for p in parts[1:]:
        out += (r.choice("，，。、") if r.random() < 0.45 else "") + p
    if out == "".join(parts):
        out = parts[0] + "，" + "".join(parts[1:])
    return out


def _ad_english(r, ch):
    city, prov, dist, roads, = r.choice(_ADDR_EN)
    road = r.choice(roads)
    no = r.randint(1, 999)
    if r.random() < 0.6:
        head = f"Room {_room(r)}, " + (f"Unit {r.randint(1, 6)}, " if r.random() < 0.5 else "") + \
            f"Building {r.randint(1, 28)}, {r.choice(_COMM_EN)}, No. {no} {road}, "
    else:
        head = r.choice((f"No. {no} {road}, ", f"No.{no}, {road}, ", f"Rm {_room(r)}, No.{no} {road}, "))
    s = head + r.choice((dist, dist.replace("District", "Dist.") if "District" in dist else dist)) + ", " + city
    if prov and r.random() < 0.5:
        s += ", " + prov + r.choice(("", " Province"))
    return s


def _ad_ocr(r, ch):
    parts = _addr_parts(r, full=True)
    s = "".join(parts)
    # confuse digits of the road number / room, maybe a stray space and some full-width digits
    s = _ocr(s, r, 1, 2)
    if r.random() < 0.5:
        s = _stray(s, r, 1)
    if r.random() < 0.3:
        s = "".join(_fw(c) if c.isdigit() and r.random() < 0.5 else c for c in s)
    return s


def _ad_elder(r, ch):
    if r.random() < 0.35:
        prov, city, county, town, vil = r.choice(_VILLAGE)
        return county + town + vil + _cardinal(r.randint(1, 12)) + "组"
    prov, city, dists, roads, _ = r.choice(_ADDR)
    s = r.choice((city, "")) + r.choice(dists) + r.choice(roads) + _cardinal(r.randint(1, 199)) + "号"
    s += r.choice(("院", "")) + r.choice(_COMM) + _cardinal(r.randint(1, 20)) + r.choice(("号楼", "栋"))
    return s + _cn(_room(r), r) + r.choice(("号", "室"))


# ----------------------------------------------------------------------------- value formats
# each function (rng, channel) -> str (the whole value) or list of (str, is_value)


def _v(*segs):
    return list(segs)


def _mob_intl(r, ch):
    s = _mob(r)
    return _v((r.choice(("+86 ", "+86-", "0086 ", "0086-", "86-", "(+86)", "（+86）", "+86")), False),
              (r.choice((s, _g(s, (3, 4, 4), " "))), True))


def _mob_voice_plus86(r, ch):
    s = _mob(r)
    return _v((r.choice(("加86", "加八六", "加86，", "正八六")), False), (r.choice((s, _voice(s, r))), True))


_MOBILE = (
    ("plain", 8, ALL, lambda r, ch: _mob(r)),
    ("space_344", 4, "VOTLNM", lambda r, ch: _g(_mob(r), (3, 4, 4), " ")),
    ("dash_344", 3, "TLNM", lambda r, ch: _g(_mob(r), (3, 4, 4), "-")),
    ("intl_prefix", 3, "TLNM", _mob_intl),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(r.choice((_mob(r), _g(_mob(r), (3, 4, 4), " "))))),
    ("ocr_confused", 3, "O", lambda r, ch: _ocr(r.choice((_mob(r), _g(_mob(r), (3, 4, 4), " "))), r, 1, 3)),
    ("ocr_stray_space", 2, "O", lambda r, ch: _stray(_mob(r), r, r.choice((1, 1, 2)))),
    ("voice_words", 4, "V", lambda r, ch: _voice(_mob(r), r)),
    ("voice_mixed", 3, "V", lambda r, ch: _mixed(_mob(r), r)),
    ("voice_punct", 3, "V", lambda r, ch: _groups(_mob(r), r, "，，。、", 2, 3)),
    ("voice_gang", 2, "V", lambda r, ch: _g(_mob(r), (3, 4, 4), "杠")),
    ("voice_plus86", 1, "V", _mob_voice_plus86),
    ("elder_words", 4, "E", lambda r, ch: _cn(_mob(r), r)),
    ("words_ling", 2, "ET", lambda r, ch: _cn(_mob(r), r, ling="〇")),
    ("elder_spaced_words", 2, "E", lambda r, ch: _g(_cn(_mob(r), r), (3, 4, 4), " ")),
)


def _ll_std(r, style=None):
    code, loc = _ll(r)
    style = style or r.choice(("dash", "paren", "plain", "space"))
    if style == "dash":
        return f"{code}-{loc}"
    if style == "paren":
        return r.choice((f"({code}){loc}", f"（{code}）{loc}", f"({code}) {loc}"))
    if style == "space":
        return f"{code} {_g(loc, (len(loc) - 4, 4), ' ')}"
    return code + loc


def _ll_ext(r, ch):
    ext = _digits(r, r.choice((3, 3, 4)), "123456789")
    if ch == "T":
        suf = r.choice(("轉", "分機", " 分機 ", "-")) + ext
    else:
        suf = r.choice(("转", "-", " ext.", " ext ", "分机", " 转 ", "#")) + ext
    return _v((_ll_std(r, r.choice(("dash", "paren", "plain"))), True), (suf, False))


def _ll_intl(r, ch):
    code, loc = _ll(r)
    sep = r.choice(("-", " "))
    return _v((r.choice(("+86-", "+86 ", "0086-", "(+86)", "+86")), False),
              (code[1:] + sep + (loc if sep == "-" else _g(loc, (len(loc) - 4, 4), " ")), True))


def _ll_voice_ext(r, ch):
    code, loc = _ll(r)
    v = r.choice((code + loc, code + " " + loc, _voice(code, r) + _voice(loc, r)))
    ext = _digits(r, 3, "123456789")
    return _v((v, True), (r.choice(("转", "，转", " 转分机", "再转")) + r.choice((ext, _voice(ext, r))), False))


def _ll_voice_words(r, ch):
    code, loc = _ll(r)
    return _voice(code, r) + r.choice(("", " ", "，")) + _voice(loc, r)


def _ll_voice_gang(r, ch):
    code, loc = _ll(r)
    return r.choice((code + "杠" + loc, _voice(code, r) + "杠" + loc, _voice(code, r) + "杠" + _voice(loc, r)))


_LANDLINE = (
    ("dash", 6, "OTELNM", lambda r, ch: _ll_std(r, "dash")),
    ("paren_area", 3, "TELNM", lambda r, ch: _ll_std(r, "paren")),
    ("spaced", 2, "TLNM", lambda r, ch: _ll_std(r, "space")),
    ("plain", 3, ALL, lambda r, ch: _ll_std(r, "plain")),
    ("with_ext", 3, "TLNM", _ll_ext),
    ("intl_no_zero", 2, "LNM", _ll_intl),
    ("voice_words", 3, "V", _ll_voice_words),
    ("voice_gang", 2, "V", _ll_voice_gang),
    ("voice_ext", 2, "V", _ll_voice_ext),
    ("ocr_confused", 3, "O", lambda r, ch: _ocr(_ll_std(r, r.choice(("dash", "paren", "plain"))), r, 1, 2)),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(_ll_std(r, r.choice(("dash", "plain"))))),
    ("elder_words", 3, "E", lambda r, ch: (lambda c, l: _cn(c + r.choice(("", " ")) + l, r))(*_ll(r))),
)


def _em_upper(r, ch):
    s = _mail(r)
    return r.choice((s.upper(), s[0].upper() + s[1:], s.split("@")[0].title().replace(".", ".") + "@" +
                     s.split("@")[1].upper()))


def _em_voice_aite(r, ch):
    loc, dom = _mail_local(r), r.choice(_MAIL_DOM)
    return loc + r.choice(("艾特", "艾特", "爱特")) + dom.replace(".", "点")


def _em_voice_mixed(r, ch):
    loc, dom = r.choice(_SUR) + r.choice(_GIV) + _tail(r), r.choice(_MAIL_DOM)
    loc = _voice(loc, r) if r.random() < 0.5 else loc
    if loc.isascii():
        dom = _voice(dom, r).replace(".", r.choice(("点", "."))) if any(c.isdigit() for c in dom) else \
            dom.replace(".", "点", 1)
    at = r.choice(("@", "艾特"))
    if loc.isascii() and at == "@" and "点" not in dom and dom.isascii():
        dom = dom.replace(".", "点")
    return loc + at + dom


def _em_voice_spelled(r, ch):
    loc, dom = r.choice(_SUR) + r.choice(_GIV), r.choice(_MAIL_DOM)
    spelled = " ".join(loc.upper()) if r.random() < 0.5 else loc.upper()
    return spelled + r.choice((" ", "")) + _voice(_tail(r), r) + r.choice(("艾特", " 艾特 ")) + \
        dom.split(".")[0].upper() + "点" + dom.split(".", 1)[1].replace(".", "点")


def _em_eng_at(r, ch):
    loc, dom = _mail_local(r), r.choice(_MAIL_DOM)
    return r.choice((f"{loc} at {dom.replace('.', ' dot ')}", f"{loc}(at){dom}", f"{loc}[at]{dom}",
                     f"{loc} [at] {dom}", f"{loc}#{dom}"))


def _em_fullwidth(r, ch):
    s = _mail(r)
    return _fw(s) if r.random() < 0.4 else s.replace("@", "＠").replace(".", "．")


def _em_ocr(r, ch):
    loc, dom = _mail_local(r), r.choice(("163.com", "126.com", "qq.com", "gmail.com", "outlook.com",
                                         "foxmail.com", "139.com", "hotmail.com"))
    opts = []
    if any(c in "0158" for c in dom):
        opts.append("dom_digit")
    if ".com" in dom:
        opts.append("rn")
    if "l" in dom or "o" in dom:
        opts.append("dom_letter")
    if any(c in "ol" for c in loc):
        opts.append("loc_letter")
    k = r.choice(opts)
    if k == "dom_digit":
        dom = _ocr(dom, r, 1, 1)
    elif k == "rn":
        dom = dom.replace(".com", ".corn")
    elif k == "dom_letter":
        dom = dom.replace("l", "1", 1) if "l" in dom and r.random() < 0.5 else dom.replace("o", "0", 1)
    else:
        i = r.choice([i for i, c in enumerate(loc) if c in "ol"])
        loc = loc[:i] + {"o": "0", "l": "1"}[loc[i]] + loc[i + 1:]
    return loc + "@" + dom


def _em_ocr_space(r, ch):
    loc, dom = _mail_local(r), r.choice(_MAIL_DOM)
    return r.choice((f"{loc} @{dom}", f"{loc}@ {dom}", f"{_stray(loc, r) if len(loc) > 4 else loc}@{dom}",
                     f"{loc}@{dom.replace('.', '. ', 1)}"))


def _em_md_link(r, ch):
    s = _mail(r)
    return _v(("[", False), (s, True), ("](mailto:", False), (s, True), (")", False))


_EMAIL = (
    ("plain", 8, "OTELNM", lambda r, ch: _mail(r)),
    ("mixed_case", 2, "OTNM", _em_upper),
    ("corporate", 2, "OTLNM", lambda r, ch: r.choice(_GIV) + "." + r.choice(_SUR) + "@" + r.choice(_CORP_DOM)),
    ("qq_number", 3, "OTELNM", lambda r, ch: _qq(r) + "@" + r.choice(("qq.com", "qq.com", "foxmail.com"))),
    ("voice_aite", 4, "V", _em_voice_aite),
    ("voice_mixed", 3, "V", _em_voice_mixed),
    ("voice_spelled", 2, "V", _em_voice_spelled),
    ("voice_qq_words", 2, "V", lambda r, ch: _voice(_qq(r), r) + "艾特qq点com"),
    ("eng_at_dot", 3, "NM", _em_eng_at),
    ("fullwidth", 2, "OTE", _em_fullwidth),
    ("ocr_confused", 3, "O", _em_ocr),
    ("ocr_stray_space", 2, "O", _em_ocr_space),
    ("md_mailto_link", 2, "M", _em_md_link),
)


def _id_fmt(s, style):
    if style == "684":
        return _g(s, (6, 8, 4), " ")
    if style == "684dash":
        return _g(s, (6, 8, 4), "-")
    return s


def _id_voice(r, ch):
    s = _idv(r, r.random() < 0.3)
    out = _voice(s[:17], r) + (r.choice(("X", "叉", "X")) if s[17] == "X" else _voice(s[17], r))
    return out


def _id_voice_mixed(r, ch):
    s = _idv(r, r.random() < 0.2)
    return _mixed(s[:17], r) + s[17]


def _id_elder(r, ch):
    s = _idv(r, r.random() < 0.25)
    return _cn(s[:17], r) + (r.choice(("X", "x", "叉")) if s[17] == "X" else _cn(s[17], r))


_ID = (
    ("plain", 8, ALL, lambda r, ch: _idv(r, False)),
    ("x_upper", 3, "OTELNM", lambda r, ch: _idv(r, True)),
    ("x_lower", 2, "TELNM", lambda r, ch: _idv(r, True).lower()),
    ("space_684", 3, "OTLNM", lambda r, ch: _id_fmt(_idv(r, r.random() < 0.2), "684")),
    ("dash_684", 2, "LNM", lambda r, ch: _id_fmt(_idv(r, r.random() < 0.2), "684dash")),
    ("voice_words", 4, "V", _id_voice),
    ("voice_mixed", 2, "V", _id_voice_mixed),
    ("voice_punct", 3, "V", lambda r, ch: _groups(_idv(r, r.random() < 0.2), r, "，，。", 2, 4)),
    ("elder_words", 3, "E", _id_elder),
    ("ocr_confused", 4, "O", lambda r, ch: _ocr(r.choice((_idv(r, r.random() < 0.3),
                                                           _id_fmt(_idv(r), "684"))), r, 1, 3)),
    ("ocr_stray_space", 2, "O", lambda r, ch: _stray(_idv(r, r.random() < 0.3), r, r.choice((1, 2)))),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(_idv(r, r.random() < 0.3))),
)

_CARD = (
    ("plain", 8, ALL, lambda r, ch: _card(r)),
    ("space_4", 5, "OTELNM", lambda r, ch: _g4(_card(r))),
    ("dash_4", 2, "LNM", lambda r, ch: _g4(_card(r), "-")),
    ("credit_16", 3, "OTLNM", lambda r, ch: r.choice((_card(r, True), _g4(_card(r, True))))),
    ("voice_words", 4, "V", lambda r, ch: _voice(_card(r), r)),
    ("voice_groups", 3, "V", lambda r, ch: _g4(_card(r), r.choice(("，", "，", "。", "、")))),
    ("voice_mixed", 2, "V", lambda r, ch: _mixed(_card(r), r)),
    ("voice_spaced_words", 2, "V", lambda r, ch: _g4(_voice(_card(r), r))),
    ("elder_words", 3, "E", lambda r, ch: _cn(_card(r), r)),
    ("ocr_confused", 4, "O", lambda r, ch: _ocr(r.choice((_card(r), _g4(_card(r)))), r, 1, 3)),
    ("ocr_stray_space", 2, "O", lambda r, ch: _stray(_card(r), r, r.choice((1, 2)))),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(r.choice((_card(r), _g4(_card(r)))))),
)

_QQ = (
    ("plain", 8, ALL, lambda r, ch: _qq(r)),
    ("voice_words", 4, "V", lambda r, ch: _voice(_qq(r), r)),
    ("voice_mixed", 2, "V", lambda r, ch: _mixed(_qq(r), r)),
    ("elder_words", 3, "E", lambda r, ch: _cn(_qq(r), r)),
    ("ocr_confused", 3, "O", lambda r, ch: _ocr(_qq(r), r, 1, 2)),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(_qq(r))),
    ("grouped", 2, "TLM", lambda r, ch: (lambda q: _g(q, (3, 3, 4), " "))(_qq(r))),
)


def _wx_spelled(r, ch):
    base = _wx_base(r)
    letters = "".join(c for c in base if c.isalpha()).upper()
    digs = "".join(c for c in base if c.isdigit())
    return r.choice((" ".join(letters), letters)) + r.choice((" ", "")) + r.choice((digs, _voice(digs, r)))


def _wx_words(r, ch):
    a, b = r.choice(_SUR) + r.choice(_GIV), _tail(r)
    return a + r.choice(("下划线", "下滑线", "杠", "横杠")) + r.choice((b, _voice(b, r)))


def _wx_ocr(r, ch):
    while True:
        s = _wx_base(r, r.choice(("", "_")))
        alt = "".join(c for c in s)
        idx = [i for i, c in enumerate(alt) if c in "ol0158" and i > 0]
        if idx:
            break
    i = r.choice(idx)
    m = {"o": "0", "l": "1", "0": "O", "1": "l", "5": "S", "8": "B"}
    return alt[:i] + m[alt[i]] + alt[i + 1:]


_WECHAT = (
    ("plain", 8, "OTELNM", lambda r, ch: _wx_base(r)),
    ("underscore", 5, "OTELNM", lambda r, ch: _wx_base(r, "_")),
    ("dash", 2, "OTLNM", lambda r, ch: _wx_base(r, "-")),
    ("mixed_case", 2, "TLNM", lambda r, ch: (lambda s: s[0].upper() + s[1:])(_wx_base(r, r.choice(("", "_"))))),
    ("wxid", 2, "OLNM", lambda r, ch: "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789")
                                                     for _ in range(14))),
    ("voice_spelled", 4, "V", _wx_spelled),
    ("voice_words", 4, "V", _wx_words),
    ("ocr_confused", 3, "O", _wx_ocr),
    ("fullwidth", 2, "OTE", lambda r, ch: _fw(_wx_base(r, r.choice(("", "_"))))),
)


def _pl_ocr(r, ch):
    while True:
        p, l, b = _plate(r)
        if any(c in "0125" for c in b):
            break
    m = {"0": "O", "1": "I", "2": "Z", "5": "S"}
    i = r.choice([i for i, c in enumerate(b) if c in m])
    b = b[:i] + m[b[i]] + b[i + 1:]
    return p + l + r.choice(("", " ", "·")) + b


def _pl_trad(r, ch):
    p = r.choice(tuple(_TRAD_PROV))
    lets = dict(_PLATE_PROV)[p]
    _, l, b = _plate(r, (p, lets)) if r.random() < 0.8 else _plate_ne(r)
    return _TRAD_PROV[p] + l + r.choice(("", "", "·", " ")) + b


def _pl_voice_punct(r, ch):
    p, l, b = _plate(r)
    return r.choice((f"{p}{l}，{b}", f"{p}，{l}{b}", f"{p}{l} {' '.join(b)}", f"{p}{l}。{b}"))


_PLATE = (
    ("plain", 8, "VOTELNM", lambda r, ch: "".join(_plate(r))),
    ("space", 3, "OTELNM", lambda r, ch: (lambda p, l, b: r.choice((f"{p}{l} {b}", f"{p} {l} {b}")))(*_plate(r))),
    ("dot", 3, "OTLNM", lambda r, ch: (lambda p, l, b: f"{p}{l}{r.choice('··•.')}{b}")(*_plate(r))),
    ("new_energy", 3, "OTELNM", lambda r, ch: (lambda p, l, b: f"{p}{l}{r.choice(('', '', '·'))}{b}")(*_plate_ne(r))),
    ("lowercase", 2, "ENM", lambda r, ch: "".join(_plate(r)).lower()),
    ("voice_words", 4, "V", lambda r, ch: (lambda p, l, b: p + l + _voice(b, r))(*_plate(r))),
    ("voice_punct", 3, "V", _pl_voice_punct),
    ("ocr_confused", 3, "O", _pl_ocr),
    ("fullwidth", 2, "OTE", lambda r, ch: (lambda p, l, b: p + _fw(l + b))(*_plate(r))),
    ("trad_province", 3, "T", _pl_trad),
)

_ADDRESS = (
    ("full", 6, "OELNM", _ad_full),
    ("city_road_tower", 3, "OELNM", _ad_city),
    ("with_jiedao", 3, "OLNM", _ad_jiedao),
    ("village", 3, "VELM", _ad_village),
    ("label_spaced", 3, "OLM", _ad_label_spaced),
    ("bare_room", 3, "OELNM", _ad_bare_room),
    ("colloquial_district", 3, "VELNM", _ad_colloquial),
    ("trad_full", 5, "T", _ad_trad),
    ("trad_city_tower", 3, "T", _ad_trad_city),
    ("voice_words", 5, "V", _ad_voice_words),
    ("voice_punct", 4, "V", _ad_voice_punct),
    ("english", 3, "LNM", _ad_english),
    ("ocr_confused", 4, "O", _ad_ocr),
    ("elder_words", 4, "E", _ad_elder),
)

_FMT_TABLES = (("mobile", _MOBILE), ("landline", _LANDLINE), ("email", _EMAIL), ("id_card", _ID),
               ("bank_card", _CARD), ("qq", _QQ), ("wechat", _WECHAT), ("plate", _PLATE), ("address", _ADDRESS))
_FMT = {k: tab for k, tab in _FMT_TABLES}

# ----------------------------------------------------------------------------- near-miss generators


def _nm_order(r, ch):
    n = r.choice((12, 16, 17, 18, 19, 19, 20, 21))
    return _fail("2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, n - 8))


def _nm_order_voice(r, ch):
    s = _nm_order(r, ch)
    return r.choice((_voice(s, r), _mixed(s, r), _groups(_voice(s, r), r, "，。", 2, 3)))


def _nm_tracking(r, ch):
    return r.choice(("SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "4"), "JT" + _digits(r, 13, "5"),
                     "JDVA" + _digits(r, 11, "2"), "773" + _digits(r, 12), "75" + _digits(r, 12, "4"),
                     "SF " + _g(_digits(r, 13, "1"), (4, 4, 5), " "), "4312" + _digits(r, 9)))


def _nm_tracking_ocr(r, ch):
    s = r.choice(("SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "4"), "JT" + _digits(r, 13, "5"),
                  "773" + _digits(r, 12)))
    head = 3 if s[0].isdigit() else 2
    s = s[:head] + _ocr(s[head:], r, 1, 2)
    if r.random() < 0.3:
        s = s.replace("SF", "5F", 1)
    return s


def _nm_tracking_voice(r, ch):
    s = _nm_tracking(r, ch).replace(" ", "")
    i = len(s) - len(s.lstrip("SFYTJDVA"))
    return s[:i] + _voice(s[i:], r)


def _nm_price(r, ch):
    a = r.choice((r.randint(9, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 39999)))
    c = r.randint(0, 99)
    return r.choice((f"¥{a:,}.{c:02d}", f"{a}元", f"￥{a}", f"{a}块", f"{a:,}.00元", f"RMB {a}", f"{a}.{c:02d}",
                     f"¥{a}"))


def _nm_price_voice(r, ch):
    a = r.choice((r.randint(9, 99), r.randint(100, 999), r.randint(1000, 9999)))
    s = _cardinal(a)
    if a >= 1000 and r.random() < 0.5:
        s = s.replace("二千", "两千", 1)
    return s + r.choice(("块", "元", "块钱", "块" + CN[r.randint(1, 9)], "块" + CN[r.randint(1, 9)] + "毛",
                         "元整"))




def _nm_amount_upper(r, ch):
    a = r.randint(100, 99999)
    s = _cardinal(a)
    for x, y in zip("一二三四五六七八九十百千万", "壹贰叁肆伍陆柒捌玖拾佰仟万"):
        s = s.replace(x, y)
    return s + "元整"


def _nm_date(r, ch):
    y, m, d, hh, mm = 2026, r.randint(1, 12), r.randint(1, 28), r.randint(8, 22), r.choice((0, 15, 30, 45, 5))
    return r.choice((f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{y}年{m}月{d}日", f"{m}月{d}号下午{hh - 12 if hh > 12 else hh}点",
                     f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}", f"{y}{m:02d}{d:02d}",
                     f"{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{m:02d}/{d % 12 + 26}"))


def _nm_date_voice(r, ch):
    m, d, h = r.randint(1, 12), r.randint(1, 28), r.randint(1, 11)
    return r.choice((f"二零二六年{_cardinal(m)}月{_cardinal(d)}号", f"{_cardinal(m)}月{_cardinal(d)}号下午{_cardinal(h)}点",
                     f"明天上午{_cardinal(h)}点半", f"周六下午{_cardinal(h)}点到{_cardinal(h + 1)}点",
                     f"{_cardinal(r.randint(13, 23))}点{_cardinal(r.randint(10, 59))}分",
                     f"二零二六年{_cardinal(m)}月{_cardinal(d)}日晚上{_cardinal(h)}点"))


_MODELS = ("iPhone 15 Pro Max", "Mate 60 Pro+", "KFR-35GW/N8XHC1", "RTX 4060Ti", "BCD-539WKPZM(E)", "SM-S9280",
           "V2309A", "A2849", "XQG100-14B", "EC6002-GX5", "P60 Art", "Redmi K70", "MX-B4051", "LR-18650-2600",
           "HW-TL00", "DL-5288S")


def _nm_hotel_room(r, ch):
    return r.choice((f"{r.randint(2, 30)}{r.randint(1, 40):02d}", f"{r.choice('AB')}{r.randint(2, 9)}{r.randint(1, 30):02d}"))


_HOTLINES = ("400-820-8820", "4006 575 500", "400-111-5555", "800-810-8888", "8008208820", "95588", "95533",
             "95555", "95566", "95338", "10086", "10010", "12315", "12345", "400 888 9966", "95511")


def _nm_hotline_voice(r, ch):
    return _voice(r.choice(("4008208820", "95588", "95533", "10086", "12315", "95338", "4006575500")), r)


_MASKED = ("138****5678", "186 **** 0912", "6222 **** **** 1234", "6217********0351", "110105********123X",
           "3101**********2416", "z***@163.com", "l****i@qq.com", "****5678", "1**********", "159****0000",
           "京A·1**45", "62**************871", "44030519******6628")


def _nm_masked(r, ch):
    s = r.choice(_MASKED)
    return _fw(s) if ch in "OT" and r.random() < 0.2 else s


def _nm_bad_card(r, ch):
    b, n = r.choice(_BIN + _BIN_CREDIT)
    s = _fail(b + _digits(r, n - len(b)))
    return r.choice((s, _g4(s)))


def _nm_bad_card_voice(r, ch):
    b, n = r.choice(_BIN)
    s = _fail(b + _digits(r, n - len(b)))
    return r.choice((_voice(s, r), _g4(s, "，"), _mixed(s, r)))


def _nm_bad_card_ocr(r, ch):
    return _ocr(_nm_bad_card(r, ch), r, 1, 2)


def _bad_id_raw(r):
    s = _idv(r, r.random() < 0.3)
    wrong = [c for c in _ID_C if c != s[17]]
    while True:
        t = s[:17] + r.choice(wrong)
        if not (t.isdigit() and _luhn_ok(t)):
            return t


def _nm_bad_id(r, ch):
    return _bad_id_raw(r)


def _nm_bad_id_ocr(r, ch):
    return _ocr(_bad_id_raw(r), r, 1, 2)


def _nm_verify(r, ch):
    return _digits(r, r.choice((4, 6, 6)))


def _nm_verify_voice(r, ch):
    return _voice(_digits(r, r.choice((4, 6))), r)


_POSTAL = ("518057", "100020", "200120", "310012", "610041", "430074", "710061", "250014", "361000", "400020")


def _nm_at(r, ch):
    return r.choice(("@所有人", "@售后客服", "@客服主管", "@运营小助手", "@仓库-发货组", "@财务", "@店长"))


def _nm_url(r, ch):
    return r.choice(("www.jd.com", "https://m.tb.cn/h.UAbc12X", "mp.weixin.qq.com", "tmall.com", "www.12306.cn",
                     "https://u.163.com/aKf2", "qq.com"))


def _nm_url_voice(r, ch):
    return r.choice(("www点jd点com", "三w点taobao点com", "www点12306点cn", "www点baidu点com", "m点tb点cn"))


def _nm_invalid_mobile(r, ch):
    return "1" + r.choice("012") + _digits(r, 9)


_CAR = ("宝马X5", "奥迪A6L", "奔驰GLC300", "比亚迪汉EV", "理想L9", "特斯拉Model Y", "蔚来ES6", "小鹏P7", "大众ID.4",
        "丰田RAV4")


def _nm_parking(r, ch):
    return r.choice((f"B2-{r.randint(1, 399):03d}", f"B1-{r.choice('ABC')}-{r.randint(1, 99):03d}",
                     f"负二层{r.choice('ABC')}区{r.randint(1, 99):03d}"))


def _nm_pickup(r, ch):
    return f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(1001, 6999)}"


def _nm_version_ip(r, ch):
    return r.choice((f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}", f"v{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(1, 60)}",
                     f"10.0.{r.randint(0, 99)}.{r.randint(2, 254)}", f"V8.0.{r.randint(30, 60)}"))


_CITIES = ("北京", "深圳", "杭州", "成都", "上海", "广州", "武汉", "西安")


def _nm_credit_code(r, ch):
    body = "91" + r.choice(_REGION)[:4] + "00" + "".join(r.choice("0123456789ACDEFGHJKMNPQRTUWXY") for _ in range(9))
    body = body[:10] + r.choice("ACDEFGHJKMNPQRTUWXY") + body[11:]
    return body + r.choice("0123456789ACDEFGHJKMN")


def _nm_invoice(r, ch):
    return r.choice((_digits(r, 8), "26" + _digits(r, 18), "0" + _digits(r, 11)))


def _nm_imei(r, ch):
    body = "86" + _digits(r, 12)
    return body + _luhn_digit(body)


def _nm_train(r, ch):
    return r.choice((f"G{r.randint(1, 9999)}", f"D{r.randint(1, 9999)}", f"CA{r.randint(1000, 9999)}",
                     f"MU{r.randint(1000, 9999)}", f"K{r.randint(100, 9999)}", f"CZ{r.randint(3000, 3999)}"))


def _nm_body(r, ch):
    return r.choice((_cardinal(r.randint(90, 190)) + "斤", "一米" + CN[r.randint(5, 8)] + CN[r.randint(0, 9)],
                     f"{r.randint(150, 190)}cm", f"{r.randint(45, 95)}kg", f"{r.randint(90, 190)}斤"))


def _nm_weight(r, ch):
    return r.choice((f"{r.randint(1, 20)}.{r.randint(1, 99)}kg", f"{r.randint(1, 30)}公斤", f"{r.randint(100, 999)}g"))


def _nm_tail(r, ch):
    return r.choice((_digits(r, 4), _voice(_digits(r, 4), r)))


def _nm_serial(r, ch):
    return r.choice(("F2LX3J8KHG7F", "C02XL0ABJG5J", f"SN2026{_digits(r, 6)}A", "DMPZK1Q2N6Y3", f"R58N{_digits(r, 4)}KXW"))


_NEAR = {
    "order_no": ("order_no", _nm_order),
    "order_no_voice": ("order_no", _nm_order_voice),
    "order_no_ocr": ("order_no", lambda r, ch: _ocr(_nm_order(r, ch), r, 1, 3)),
    "tracking_no": ("tracking_no", _nm_tracking),
    "tracking_ocr": ("tracking_no", _nm_tracking_ocr),
    "tracking_voice": ("tracking_no", _nm_tracking_voice),
    "price": ("price", _nm_price),
    "price_voice": ("price", _nm_price_voice),
    "amount_upper": ("amount_upper", _nm_amount_upper),
    "date_time": ("date_time", _nm_date),
    "date_voice": ("date_time", _nm_date_voice),
    "model_no": ("model_no", lambda r, ch: r.choice(_MODELS)),
    "serial": ("serial_no", _nm_serial),
    "hotel_room": ("hotel_room", _nm_hotel_room),
    "hotel_room_voice": ("hotel_room", lambda r, ch: _voice(_nm_hotel_room(r, ch).lstrip("AB"), r)),
    "hotline": ("hotline", lambda r, ch: r.choice(_HOTLINES)),
    "hotline_voice": ("hotline", _nm_hotline_voice),
    "masked": ("masked", _nm_masked),
    "tail": ("tail_digits", _nm_tail),
    "bad_card": ("bad_card", _nm_bad_card),
    "bad_card_voice": ("bad_card", _nm_bad_card_voice),
    "bad_card_ocr": ("bad_card", _nm_bad_card_ocr),
    "bad_id": ("bad_id", _nm_bad_id),
    "bad_id_ocr": ("bad_id", _nm_bad_id_ocr),
    "verify_code": ("verify_code", _nm_verify),
    "verify_code_voice": ("verify_code", _nm_verify_voice),
    "postal_code": ("postal_code", lambda r, ch: r.choice(_POSTAL)),
    "at_mention": ("at_mention", _nm_at),
    "url": ("url", _nm_url),
    "url_voice": ("url", _nm_url_voice),
    "invalid_mobile": ("invalid_mobile", _nm_invalid_mobile),
    "car_model": ("car_model", lambda r, ch: r.choice(_CAR)),
    "parking_spot": ("parking_spot", _nm_parking),
    "pickup_code": ("pickup_code", _nm_pickup),
    "version_ip": ("version_ip", _nm_version_ip),
    "city_only": ("city_only", lambda r, ch: r.choice(_CITIES)),
    "credit_code": ("credit_code", _nm_credit_code),
    "invoice_no": ("invoice_no", _nm_invoice),
    "imei": ("imei", _nm_imei),
    "train_flight": ("train_flight", _nm_train),
    "body_metric": ("body_metric", _nm_body),
    "weight": ("weight", _nm_weight),
}

# ----------------------------------------------------------------------------- templates
_FILL = {
    "hi": ("", "", "你好，", "您好，", "在吗？", "亲，", "客服你好，", "麻烦一下，"),
    "hi_tw": ("", "您好，", "你好，", "請問一下，", "客服您好，"),
    "emo": ("😊", "🙏", "👍", "😭", "🙂", "❤️", "🌹", "✅"),
}

_PII_T = (
    # ---- V: voice input
    ("V", "喂，你好，我想查一下我的快递，手机号是{mobile}，麻烦帮我看看。"),
    ("V", "我的手机号码是{mobile}你们打这个电话就行"),
    ("V", "嗯那个，我手机，{mobile}，对，就是这个。"),
    ("V", "你记一下我的号码{mobile}还有我老婆的{mobile}"),
    ("V", "座机也可以打，{landline}，白天有人接。"),
    ("V", "公司电话是{landline}找前台转一下就行"),
    ("V", "家里电话{landline}，手机{mobile}，哪个都行。"),
    ("V", "我邮箱是{email}你把发票发到这个邮箱"),
    ("V", "邮箱，{email}，发过来吧。"),
    ("V", "身份证号码是{id_card}你帮我核对一下"),
    ("V", "我身份证，{id_card}。名字就是刚才说的那个。"),
    ("V", "退款打到这张卡上，卡号是{bank_card}，工商银行的。"),
    ("V", "银行卡号{bank_card}开户行是建设银行"),
    ("V", "加一下我QQ吧，{qq}。"),
    ("V", "我扣扣号是{qq}你加我一下"),
    ("V", "我微信号是{wechat}你加我一下"),
    ("V", "微信，{wechat}，备注一下售后。"),
    ("V", "我的车牌号是{plate}今天下午开过去保养"),
    ("V", "车牌，{plate}，停在你们店门口了。"),
    ("V", "地址是{address}你帮我改一下收货地址"),
    ("V", "寄到{address}，到了给我打电话{mobile}。"),
    ("V", "我家住在{address}师傅上门之前先打电话{mobile}"),
    ("V", "新的收货地址，{address}。收件人还是我。"),
    ("V", "我的电话是{mobile}，订单号是{N:order_no_voice}，麻烦尽快处理。"),
    ("V", "你把合同寄到{address}，电话{landline}，邮箱{email}。"),
    ("V", "车牌号{plate}，行驶证上的身份证号{id_card}"),
    ("V", "你说的那个验证码是{N:verify_code_voice}对吧，我手机号{mobile}"),
    ("V", "打这个，{mobile}，不要打座机了。"),
    ("V", "微信跟QQ都行，微信{wechat}，QQ{qq}。"),
    ("V", "退款到这个卡{bank_card}，持卡人身份证{id_card}"),
    ("V", "我在{address}这边，快递员说找不到"),
    ("V", "一共{N:price_voice}，钱从卡{bank_card}扣的，你查一下"),
    ("V", "发票抬头个人，邮箱{email}，金额{N:price_voice}"),
    ("V", "qq号码{qq}。这个也是我的。"),
    ("V", "我加不上你微信，我的是{wechat}，你加我"),
    ("V", "我车{plate}，约的{N:date_voice}保养"),
    # ---- O: OCR of screenshots / photos
    ("O", "[图片识别] 收货人:本人 手机号码:{mobile} 收货地址:{address}"),
    ("O", "截图文字：\n姓名 本人\n公民身份号码 {id_card}\n住址 {address}"),
    ("O", "识别结果：卡号 {bank_card} 有效期 {N:date_time}"),
    ("O", "这是我截图的订单信息：\n联系电话: {mobile}\n订单编号: {N:order_no_ocr}"),
    ("O", "图片转文字：邮箱 {email}  QQ {qq}"),
    ("O", "我把名片拍照识别了：\n手机 {mobile}\n座机 {landline}\n邮箱 {email}\n地址 {address}"),
    ("O", "行驶证识别：号牌号码 {plate} 车辆类型 小型轿车 品牌型号 {N:car_model}"),
    ("O", "扫描件文字：开户行 招商银行 账号 {bank_card}"),
    ("O", "截图里写的是 微信号：{wechat}"),
    ("O", "识别出来是这样的 QQ:{qq} 微信:{wechat}"),
    ("O", "快递面单识别：收件人 本人 {mobile} {address} 运单号 {N:tracking_ocr}"),
    ("O", "（复制自图片）联系方式 ： {mobile} / {landline}"),
    ("O", "图片识别文字: 收款账户 {bank_card} 身份证 {id_card}"),
    ("O", "扫一扫识别: E-mail {email}"),
    ("O", "相册截图转文字》地址：{address}》电话：{mobile}"),
    ("O", "身份证正面识别：住址{address} 公民身份号码{id_card}"),
    ("O", "OCR出来的：Tel {landline}  Fax {landline}"),
    ("O", "识别 车牌:{plate} 停车时长 {N:date_time}"),
    ("O", "提取文字：QQ号 {qq}，验证码 {N:verify_code}"),
    ("O", "截图转文字：微信号 {wechat} 手机 {mobile}"),
    ("O", "识别结果 座机 {landline} 邮编 {N:postal_code}"),
    ("O", "图片文字：车主 本人 车牌 {plate} 证件号 {id_card}"),
    # ---- T: traditional characters
    ("T", "{hi_tw}我的電話是{mobile}，請幫我查一下訂單。"),
    ("T", "收貨地址改成{address}，謝謝。"),
    ("T", "公司電話：{landline}，找客服部。"),
    ("T", "我的郵箱是{email}，發票請寄到這裡。"),
    ("T", "身份證號碼：{id_card}"),
    ("T", "銀行卡號{bank_card}，請退款到這張卡。"),
    ("T", "我的QQ號是{qq}"),
    ("T", "微信號：{wechat}，加我備註訂單號。"),
    ("T", "車牌號碼{plate}，明天上午過去保養。"),
    ("T", "地址：{address}，聯繫電話{mobile}。"),
    ("T", "請寄到{address}，收件人本人，手機號{mobile}。"),
    ("T", "電郵 {email}／手機 {mobile}"),
    ("T", "我住{address}，師傅上門前先打我電話{landline}。"),
    ("T", "車主身份證{id_card}，車牌{plate}。"),
    ("T", "我的扣扣{qq}，微信{wechat}，都可以聯繫。"),
    ("T", "卡號：{bank_card}，開戶行：中國銀行。"),
    ("T", "辦公室電話{landline}，手機{mobile}，郵箱{email}"),
    ("T", "麻煩記一下我的身份證號{id_card}和銀行卡號{bank_card}"),
    ("T", "停車場的車是{plate}，我的QQ是{qq}"),
    ("T", "微信{wechat}，訂單號{N:order_no}"),
    # ---- E: elderly users
    ("E", "手机号是{mobile}手机号是{mobile=}"),
    ("E", "我手机号是{mobile}你们给我打电话我不会弄这个"),
    ("E", "闺女帮我打的字 我家电话{landline} 我手机{mobile}"),
    ("E", "地址是{address}你们送到家门口我腿脚不好"),
    ("E", "我的身份证号{id_card}你们帮我查查养老金"),
    ("E", "卡号{bank_card}这个卡是我存工资的"),
    ("E", "我孙子给我弄的扣扣号{qq}"),
    ("E", "微信号{wechat}是我儿子给我注册的"),
    ("E", "我家老头子的车{plate}停在小区门口"),
    ("E", "家里座机{landline}家里座机{landline=}白天都有人"),
    ("E", "你好我是{address}的住户我家水管漏了电话{mobile}"),
    ("E", "邮箱是{email}我也不懂这个"),
    ("E", "身份证{id_card}卡号{bank_card}"),
    ("E", "我住在{address}手机号是{mobile}手机号是{mobile=}"),
    ("E", "车牌号{plate}车牌号{plate=}"),
    ("E", "我的QQ是{qq}你们加一下我看不清字"),
    ("E", "老伴的手机{mobile}我的手机{mobile}有事打这两个"),
    ("E", "身份证号码{id_card}身份证号码{id_card=}对不对你们看看"),
    ("E", "收货地址{address}收货地址{address=}"),
    ("E", "我儿子的邮箱{email}有什么发给他"),
    ("E", "家里电话是{landline}没人接就打我手机{mobile}"),
    ("E", "我这个卡{bank_card}怎么扣了我{N:price_voice}"),
    ("E", "微信{wechat}QQ{qq}都是孙女弄的"),
    ("E", "车是{plate}上个月在你们这修的"),
    # ---- L: courier labels / order forms
    ("L", "收件人：本人\n电话：{mobile}\n地址：{address}\n邮编：{N:postal_code}"),
    ("L", "【收货信息】\n收货人：本人\n联系电话：{mobile}\n收货地址：{address}"),
    ("L", "寄件人：本公司 {landline}\n收件人：本人 {mobile}\n{address}"),
    ("L", "快递单信息：运单号 {N:tracking_no} 收件地址 {address} 手机 {mobile}"),
    ("L", "订单编号：{N:order_no}\n下单时间：{N:date_time}\n收货人手机：{mobile}\n收货地址：{address}"),
    ("L", "本人，{mobile}，{address}，{N:postal_code}"),
    ("L", "开票信息：\n单位名称：个人\n邮箱：{email}\n电话：{landline}"),
    ("L", "报名表：\n身份证号：{id_card}\n手机：{mobile}\n邮箱：{email}"),
    ("L", "退款信息\n开户行：农业银行\n卡号：{bank_card}\n身份证：{id_card}"),
    ("L", "登记表 车牌号：{plate} 联系电话：{mobile} 微信：{wechat}"),
    ("L", "会员资料：QQ {qq} / 微信 {wechat} / 手机 {mobile}"),
    ("L", "收件地址：{address}\n收件电话：{mobile}\n备注：放门口"),
    ("L", "发货单：收方 本人 {mobile} {address} 寄方 仓库 {landline}"),
    ("L", "车辆登记：车牌{plate} 车主身份证{id_card}"),
    ("L", "联系人 前台  电话 {landline}  邮箱 {email}"),
    ("L", "售后登记表：手机号 {mobile}  QQ {qq}  车牌 {plate}"),
    ("L", "收款信息（复制）户名：本人 账号：{bank_card} 开户行：招商银行"),
    ("L", "学员信息表\n证件号码：{id_card}\nQQ：{qq}\n微信：{wechat}"),
    ("L", "【淘宝】收货人: 本人, {mobile}, {address}"),
    ("L", "预约单 车牌：{plate} 预约时间：{N:date_time} 电话：{landline}"),
    ("L", "邮寄地址：{address}  联系人：本人  邮箱：{email}"),
    # ---- N: English cue words mixed in
    ("N", "tel: {landline}, mobile: {mobile}"),
    ("N", "My mobile is {mobile}, 麻烦 call me"),
    ("N", "addr: {address}"),
    ("N", "email: {email} 谢谢"),
    ("N", "wechat: {wechat} / qq: {qq}"),
    ("N", "vx {wechat} 加一下"),
    ("N", "ID No.: {id_card}"),
    ("N", "card no {bank_card}，退款到这个"),
    ("N", "plate no. {plate}"),
    ("N", "Contact: {mobile} (mobile) / {landline} (office)"),
    ("N", "shipping addr：{address}，phone：{mobile}"),
    ("N", "pls send the invoice to {email}, tel {mobile}"),
    ("N", "My address is {address}. 快递放前台就行"),
    ("N", "QQ: {qq}  email: {email}"),
    ("N", "wx: {wechat}, tel: {mobile}"),
    ("N", "ID card: {id_card}, bank card: {bank_card}"),
    ("N", "car plate {plate}, mobile {mobile}"),
    ("N", "Office tel {landline}, addr {address}"),
    ("N", "WeChat ID：{wechat}，QQ：{qq}，有事找我"),
    ("N", "Tel/WhatsApp都不用，直接打 {mobile}，order {N:order_no}"),
    ("N", "billing address: {address}, card: {bank_card}"),
    ("N", "Mob: {mobile}  E-mail: {email}  Plate: {plate}"),
    ("N", "qq号 {qq}, ID: {id_card}"),
    # ---- M: markdown / emoji decorated
    ("M", "**手机**：`{mobile}`"),
    ("M", "📱 {mobile}\n📧 {email}\n🏠 {address}"),
    ("M", "- 电话：{landline}\n- 微信：{wechat}"),
    ("M", "> 收货地址：{address}\n> 手机号：{mobile}"),
    ("M", "| 项目 | 内容 |\n|---|---|\n| 身份证 | {id_card} |\n| 银行卡 | {bank_card} |"),
    ("M", "✨联系我✨ 💬vx：{wechat} 🐧QQ：{qq}"),
    ("M", "🚗 车牌 **{plate}** 已到店 ✅"),
    ("M", "### 退款信息\n- 卡号：{bank_card}\n- 身份证：{id_card}"),
    ("M", "【重要】📞{mobile}📞 请回电{emo}"),
    ("M", "~~{mobile}~~ 换号了，新号 **{mobile}**"),
    ("M", "📮邮箱：{email}"),
    ("M", "👉 地址 👉 {address} 👈"),
    ("M", "QQ👉{qq}👈 微信👉{wechat}👈"),
    ("M", "🪪 身份证：`{id_card}`"),
    ("M", "🚙 {plate} | 📞 {mobile}"),
    ("M", "* 公司座机：{landline}\n* 邮箱：{email}"),
    ("M", "**收件信息**\n1. 地址：{address}\n2. 电话：{mobile}\n3. 邮箱：{email}"),
    ("M", "💳 `{bank_card}` 💳 退到这张卡{emo}"),
    ("M", "🐧 {qq} 🐧 加好友备注 **售后**"),
    ("M", "☎️ 座机 `{landline}` ⏰ {N:date_time}"),
    ("M", "🚘 **{plate}** 🅿️ 车位 {N:parking_spot}"),
    ("M", "📧 邮件发这里 👉 {email} 👈 {emo}"),
    ("M", "| 字段 | 值 |\n|---|---|\n| 微信 | {wechat} |\n| 车牌 | {plate} |\n| 地址 | {address} |"),
)

_NEAR_T = (
    # V
    ("V", "订单号是{N:order_no_voice}你帮我查一下到哪了"),
    ("V", "一共{N:price_voice}对吧，我刚付过了"),
    ("V", "我约的是{N:date_voice}，能不能改一下"),
    ("V", "验证码是{N:verify_code_voice}，收到了"),
    ("V", "我打了{N:hotline_voice}没人接"),
    ("V", "快递单号{N:tracking_voice}，显示签收了但我没收到"),
    ("V", "我住酒店{N:hotel_room_voice}房，明天退房"),
    ("V", "卡号尾号{N:tail}的那张卡，退款到了吗"),
    ("V", "那个型号是{N:model_no}，你们有货吗"),
    ("V", "我体重{N:body_metric}，穿多大码"),
    ("V", "网址是{N:url_voice}我打不开"),
    ("V", "取件码{N:pickup_code}，柜子打不开"),
    ("V", "价格{N:price_voice}，订单{N:order_no_voice}"),
    ("V", "我记得卡号是{N:bad_card_voice}好像不对，我回去再看看"),
    ("V", "下午{N:date_voice}之前送到行吗，我{N:date_voice}以后不在家"),
    ("V", "订单，{N:order_no_voice}。退款{N:price_voice}。"),
    ("V", "手机尾号{N:tail}，验证码{N:verify_code_voice}"),
    ("V", "快递{N:tracking_voice}，运费{N:price_voice}"),
    # O
    ("O", "识别结果：运单号 {N:tracking_ocr} 签收时间 {N:date_time}"),
    ("O", "截图：订单编号 {N:order_no_ocr} 实付 {N:price}"),
    ("O", "识别文字：客服热线 {N:hotline} 工作时间 {N:date_time}"),
    ("O", "图片转文字：手机号 {N:masked} 已绑定"),
    ("O", "截图识别：卡号 {N:bad_card_ocr} （显示无效卡号）"),
    ("O", "识别：身份证号 {N:bad_id_ocr} 校验不通过"),
    ("O", "OCR结果 型号:{N:model_no} 序列号:{N:serial}"),
    ("O", "识别：发票号码 {N:invoice_no} 开票日期 {N:date_time}"),
    ("O", "截图：IMEI {N:imei}  型号 {N:model_no}"),
    ("O", "识别结果 统一社会信用代码 {N:credit_code}"),
    ("O", "截图文字：订单 {N:order_no_ocr} 运单 {N:tracking_ocr}"),
    ("O", "小票识别：合计 {N:price} 时间 {N:date_time}"),
    # T
    ("T", "訂單號{N:order_no}，請問什麼時候發貨？"),
    ("T", "價格{N:price}，可以便宜一點嗎"),
    ("T", "我打了{N:hotline}客服電話沒人接"),
    ("T", "預約時間是{N:date_time}"),
    ("T", "我住在酒店{N:hotel_room}房，明天退房"),
    ("T", "手機號{N:masked}是我的嗎？"),
    ("T", "驗證碼{N:verify_code}，過期了嗎"),
    ("T", "型號{N:model_no}還有貨嗎"),
    ("T", "快遞單號{N:tracking_no}，查不到物流"),
    ("T", "我下週在{N:city_only}出差，{N:date_time}回來"),
    ("T", "發票號碼{N:invoice_no}，金額{N:price}"),
    ("T", "取件碼{N:pickup_code}"),
    # E
    ("E", "我买的那个东西多少钱{N:price_voice}是吧"),
    ("E", "你们那个电话{N:hotline}我打不通"),
    ("E", "我的订单{N:order_no}怎么还没到"),
    ("E", "验证码{N:verify_code}我看到了"),
    ("E", "明天{N:date_voice}来行不行"),
    ("E", "我那个手机尾号是{N:tail}"),
    ("E", "我身高{N:body_metric}体重{N:body_metric}"),
    ("E", "卡上显示{N:masked}是我的卡吗"),
    ("E", "快递号{N:tracking_no}快递号{N:tracking_no}"),
    ("E", "我在{N:city_only}看病{N:date_voice}回来"),
    # L
    ("L", "订单编号：{N:order_no}\n下单时间：{N:date_time}\n实付款：{N:price}"),
    ("L", "运单号：{N:tracking_no}\n寄件时间：{N:date_time}"),
    ("L", "收件人手机：{N:masked}\n运单号：{N:tracking_no}"),
    ("L", "邮编：{N:postal_code}\n重量：{N:weight}"),
    ("L", "发票号码：{N:invoice_no}  金额（大写）：{N:amount_upper}"),
    ("L", "商品编码：{N:model_no} 数量：1 单价：{N:price}"),
    ("L", "取件码：{N:pickup_code}  快递柜：东门"),
    ("L", "车辆：{N:car_model}  车位：{N:parking_spot}"),
    ("L", "纳税人识别号：{N:credit_code}\n开票金额：{N:price}"),
    ("L", "退款单号：{N:order_no}\n退款金额：{N:price}\n原支付卡：{N:masked}"),
    ("L", "设备IMEI：{N:imei}\n序列号：{N:serial}"),
    ("L", "车次：{N:train_flight}  出发：{N:date_time}"),
    # N
    ("N", "order no. {N:order_no}, pls check"),
    ("N", "hotline {N:hotline} 打不通"),
    ("N", "price {N:price}，有优惠吗"),
    ("N", "tracking no: {N:tracking_no}"),
    ("N", "model: {N:model_no}，SN: {N:serial}"),
    ("N", "room {N:hotel_room}, check out tomorrow"),
    ("N", "{N:at_mention} 帮忙看下这个单 {N:order_no}"),
    ("N", "website: {N:url}"),
    ("N", "IP {N:version_ip} 连不上"),
    ("N", "flight {N:train_flight} delayed, 改到 {N:date_time}"),
    ("N", "mobile: {N:masked}（已隐藏）"),
    ("N", "code {N:verify_code}, expires in 5 min"),
    ("N", "invalid number {N:invalid_mobile}？系统说手机号格式不对"),
    ("N", "card no {N:bad_card}，系统提示 card invalid"),
    ("N", "ID No. {N:bad_id} 提示 invalid"),
    # M
    ("M", "**订单号**：`{N:order_no}`"),
    ("M", "💰 {N:price} 💰 已付款"),
    ("M", "📦 运单号 {N:tracking_no} 🚚"),
    ("M", "⏰ {N:date_time} 准时到"),
    ("M", "☎️ 客服热线 {N:hotline}"),
    ("M", "{N:at_mention} 这个客户的问题处理一下 🙏"),
    ("M", "🏨 房间号 {N:hotel_room}"),
    ("M", "🚗 {N:car_model} 🅿️ {N:parking_spot}"),
    ("M", "🔒 {N:masked}"),
    ("M", "- 型号：{N:model_no}\n- 版本：{N:version_ip}"),
    ("M", "#️⃣ 取件码 **{N:pickup_code}**"),
    ("M", "> 手机号 `{N:invalid_mobile}` 格式错误 ❌"),
    ("M", "| 单号 | 金额 |\n|---|---|\n| {N:order_no} | {N:price} |"),
    ("M", "🎫 {N:train_flight} ⏰ {N:date_time}"),
    ("M", "~~{N:bad_card}~~ 卡号输错了 {emo}"),
    ("M", "🧾 发票 `{N:invoice_no}`"),
)

_MARK = re.compile(r"\{([^{}]+)\}")


def _pick_fmt(kind, ch, r):
    cands = [(f, w) for f, w, chs, _ in _FMT[kind] if ch in chs]
    tot = sum(w for _, w in cands)
    x = r.uniform(0, tot)
    for f, w in cands:
        x -= w
        if x <= 0:
            return f
    return cands[-1][0]


def _gen(kind, fmt, r, ch):
    fn = next(fn for f, _, _, fn in _FMT[kind] if f == fmt)
    out = fn(r, ch)
    if isinstance(out, str):
        out = [(out, True)]
    return [(s, ("E", kind, fmt) if is_val else None) for s, is_val in out]


def _fill(tpl, ch, r, forced=None):
    text, ents, fmts, nms, last, used = "", [], [], [], {}, False
    pos = 0
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        name = m.group(1)
        if name.endswith("="):
            segs = last[name[:-1]]
        elif name in _FMT:
            if forced and forced[0] == name and not used:
                fmt, used = forced[1], True
            else:
                fmt = _pick_fmt(name, ch, r)
            segs = _gen(name, fmt, r, ch)
            last[name] = segs
        elif name.startswith("N:"):
            nk, fn = _NEAR[name[2:]]
            segs = [(fn(r, ch), ("N", nk))]
        else:
            segs = [(r.choice(_FILL[name]), None)]
        for s, tag in segs:
            st = len(text)
            text += s
            if tag and tag[0] == "E":
                ents.append((tag[1], st, len(text)))
                fmts.append(tag[2])
            elif tag:
                nms.append((tag[1], st, len(text)))
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    # 1) forced: every format FORCE_PER_FMT times into compatible templates
    for kind, tab in _FMT_TABLES:
        for fmt, _, chs, _ in tab:
            comp = [i for i, (ch, t) in enumerate(_PII_T) if ch in chs and "{" + kind + "}" in t]
            assert len(comp) >= 3, (kind, fmt, len(comp))
            pick = r.sample(comp, min(len(comp), FORCE_PER_FMT))
            while len(pick) < FORCE_PER_FMT:
                pick.append(r.choice(comp))
            for i in pick:
                ch, t = _PII_T[i]
                rows.append((f"P{i}",) + _fill(t, ch, r, (kind, fmt)))
    # 2) random PII rows
    for _ in range(N_PII_RANDOM):
        i = r.randrange(len(_PII_T))
        ch, t = _PII_T[i]
        rows.append((f"P{i}",) + _fill(t, ch, r))
    # 3) near-miss rows
    for _ in range(N_NEAR):
        i = r.randrange(len(_NEAR_T))
        ch, t = _NEAR_T[i]
        rows.append((f"N{i}",) + _fill(t, ch, r))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(row[0] for row in rows)
    return pd.DataFrame({
        "text": [row[1] for row in rows],
        "entities": [row[2] for row in rows],
        "formats": [row[3] for row in rows],
        "near_misses": [row[4] for row in rows],
        "split": SPLIT,
    })


def make_blind8_corpus() -> pd.DataFrame:
    """The blind8 corpus: one row per chat message (see the module docstring)."""
    return _build()


# ----------------------------------------------------------------------------- checks

_CN2D = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_OCR_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "Z": "2", "S": "5", "B": "8"}
_SEPS = set(" -，。、,.()（）杠\n")


def _norm(s: str, ocr: bool = True) -> str:
    """Digits (and X) of a numeric value written with words, OCR confusions or full-width forms."""
    s = unicodedata.normalize("NFKC", s).replace("叉", "X")
    out = []
    for c in s:
        if c in _CN2D:
            out.append(_CN2D[c])
        elif ocr and c in _OCR_BACK:
            out.append(_OCR_BACK[c])
        elif c.isdigit() or c in "Xx":
            out.append(c.upper())
        elif c in _SEPS:
            continue
        else:
            out.append(c)
    return "".join(out)


_PLACE_END = set("省市区县镇乡村组路街巷道号园栋幢座楼层室元區號樓層棟") | set("0123456789０１２３４５６７８９")
_EN_PLACE = {"Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Nanjing", "Wuhan",
             "Guangdong", "Zhejiang", "Sichuan", "Jiangsu", "Hubei", "Province"}
_PROV_CHARS = set(p for p, _ in _PLATE_PROV) | set(_TRAD_PROV.values())
_STRIP = " \n\t，。、：:；;,.!！?？()（）[]【】*`~|>-"


def _check_entity(kind: str, v: str) -> None:
    assert v and (v[0] not in _STRIP or (kind == "landline" and v[0] in "(（")) and v[-1] not in _STRIP, (kind, v)
    if kind in ("mobile", "landline", "id_card", "bank_card", "qq"):
        n = _norm(v)
        if kind == "mobile":
            assert re.fullmatch(r"1[3-9]\d{9}", n), (kind, v, n)
        elif kind == "landline":
            assert re.fullmatch(r"0\d{2,3}[2-8]\d{6,7}", n) or re.fullmatch(r"[1-9]\d{1,2}[2-8]\d{6,7}", n), (v, n)
        elif kind == "id_card":
            assert _id_ok(n), (kind, v, n)
        elif kind == "bank_card":
            assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), (kind, v, n)
        else:
            assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", (kind, v, n)
    elif kind == "email":
        assert any(a in v for a in ("@", "＠", "艾特", "爱特", " at ", "(at)", "[at]", "#")), v
    elif kind == "plate":
        assert v[0] in _PROV_CHARS and 7 <= len(v) <= 16, v
    elif kind == "wechat":
        n = unicodedata.normalize("NFKC", v)
        assert n[0].isalpha() and len(n) >= 5, v
    elif kind == "address":
        last_word = v.replace(",", " ").split()[-1]
        assert v[-1] in _PLACE_END or last_word in _EN_PLACE, v


def check_corpus(df: pd.DataFrame) -> dict:
    """Validate the corpus (spans, overlaps, checksums, sizes) and return counts."""
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], list(df.columns)
    declared = {k: {f for f, *_ in tab} for k, tab in _FMT_TABLES}
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and f in declared[k], (k, f)
            assert 0 <= s < e <= len(text), (text, s, e)
            _check_entity(k, text[s:e])
            n_ent += 1
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v[0] not in " \n" and v[-1] not in " \n", v
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
    assert len(pii) >= 700 and n_ent >= 800, (len(pii), n_ent)
    assert len(near) >= 600 and sum(near_kinds.values()) >= 700 and near_in_near_rows >= 700, \
        (len(near), sum(near_kinds.values()))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind8_corpus())  # deterministic
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

"""Ninth blind PII corpus (``split == "blind9"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第九位写手")
under the blind-corpus rules.  It read only: the ``PII_KINDS`` /
``PLACEHOLDERS`` lines of ``toolkit/privacy/mask.py``, lines 1-100 and the
last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point
names), and a handful of rows of ``../shared/datasets/`` (stc3 Weibo
helpdesk dialogues and ATEC questions) for the tone of colloquial service
chat.  It did NOT read anything else under ``toolkit/privacy/``, the other
corpora or tests under ``tests/``, ``bench/``, ``docs/``, the README or git
history, never imported ``toolkit`` and never ran any masking function on
this corpus.  Value shapes, contexts and labels come only from the writer's
own idea of how customers and service staff in mainland China write.

What is different here: AN ORDINARY ARCHIVE.  Instead of one hard angle this
corpus tries to look like a plain year of WeCom 1:1 chats in the industries
that archive most: e-commerce after-sales (``ec``), home-appliance install and
repair (``appl``), education / training enrolment (``edu``), insurance claims
(``ins``), banking and credit cards (``bank``), real estate and property
management (``estate``), car sales and 4S service (``car``), clinics
(``med``), telecom (``tel``), logistics (``logi``) and local services --
housekeeping, moving, decoration (``local``).  Value formats are drawn by
rough real-life frequency: plain typed values dominate, with the tail that
real people produce -- spaces and dashes, full-width digits from some input
methods, ``+86`` prefixes, a value broken over a line break (two messages
pasted as one), voice-input digit words now and then, values repeated in the
same message, corrections (``不对，是…`` with a second, slightly different
valid value), agents echoing a value back, dialect particles (俺 / 侬 / 嘞 /
噻 / 撒), cue-word typos (手机好, 电活, 地趾, 身份正号, 邮相) and cue words
before, after or missing.  Near-misses are what these industries really
send: order / tracking / ticket / policy / claim / contract / invoice /
member numbers, amounts (also in capital numerals), dates and times, model
and serial numbers, hotel and meeting rooms, verification and pickup codes,
masked values (``138****5678``), card tails, hotlines (400 / 800 / 95xxx /
100xx / 123xx), SKUs, quantities, course and class codes, train and flight
numbers, percentages, app / OS versions, VIN, IMEI, ICCID, social credit
codes, postal codes, parking spots, places without house units,
card-length numbers failing Luhn and ID-shaped numbers failing the check.

Seed
----
``SEED = "blind9-2026-wecom-第九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn, every 18-digit one fails
the ID check, and no near-miss is a valid mobile, e-mail or plate.  Each
entity format is first forced 5 times into 5 distinct templates holding its
kind; the other rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str; may hold line breaks and emoji)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, a line break splitting the
  value, the parentheses around an area code) are inside; an address runs
  from its first place unit (province / city / district / county / town /
  village / road / estate) to its last house-level unit (号 / 栋 / 幢 /
  号楼 / 单元 / 室 / 层 / a bare room number such as 1502 or 3-2-1502).
  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked (also inside rows that carry entities)
* ``split``       -- always ``"blind9"``

Counts (``python tests/privacy/pii_blind9.py``)
-----------------------------------------------
rows=1590 pii_rows=930 near_rows=660 entities=1484;
entities by kind: mobile 408, address 263, id_card 159, bank_card 132, plate
131, landline 114, email 105, wechat 103, qq 69;
near-miss spans=1222 (1082 in near-miss rows) kinds=44;
amount 227, date_time 160, order_no 73, quantity 68, hotline 41, tracking_no
40, model_no 35, ticket_no 35, room_no 30, place_only 29, bad_card 28, masked
26, percent 26, course_no 26, serial_no 25, parking_spot 23, invoice_no 22,
clinic_no 20, tail_digits 19, verify_code 17, member_no 16, version 16, vin
15, area_size 15, staff_no 14, train_flight 14, pickup_code 13, policy_no 13,
credit_code 13, bad_id 12, discount 12, car_model 12, sku 11, weight_size 10,
postal_code 9, amount_upper 9, contract_no 9, activation_code 8, claim_no 8,
mileage 7, url 7, iccid 4, house_id 3, imei 2;
formats=53 distinct, each used >= 5 times in >= 5 templates (see the table
printed).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind9-2026-wecom-第九位写手"
SPLIT = "blind9"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
_CN_DIG = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
_CN_BACK = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
            "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


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
    for d in "0123456789":
        if _luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _fail_checks(s: str) -> str:
    """Bump the last digit of an all-digit string until it fails Luhn (16-19) and the ID check (18)."""
    if not s.isdigit():
        return s
    while (16 <= len(s) <= 19 and _luhn_ok(s)) or (len(s) == 18 and _id_ok(s)):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_BACK.get(c, c) for c in v)
    return re.sub(r"[\s\-·.()（）]", "", v)


# ---------------------------------------------------------------------------
# value pools
# ---------------------------------------------------------------------------
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199")
AREA_CODES = ("010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0755", "0571", "0512",
              "0532", "0731", "0591", "0371", "0311", "0451", "0871", "0769", "0757", "0574", "0510", "0531",
              "0551", "0592", "0898")
ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "440106", "440305", "440304", "330106",
            "320102", "420106", "510107", "610113", "370202", "500103", "120101", "410105", "430104",
            "350203", "210102", "130102", "340104", "360102", "450103", "530102", "320583", "441900",
            "411721", "412726", "341221", "522121", "432524")
CARD_BINS = (("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("622700", 19), ("623058", 19),
             ("621661", 19), ("622609", 16), ("622588", 16), ("621483", 16), ("625965", 16), ("622155", 16),
             ("628288", 16), ("436742", 16), ("439225", 16), ("427020", 16), ("518710", 16), ("524047", 16),
             ("552599", 16), ("955880", 19), ("955990", 19), ("621799", 19), ("622908", 16))
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun", "hu",
          "zhu", "gao", "lin", "he", "guo", "ma", "luo", "xiaoyu", "tingting", "haoran", "jiajia", "lele",
          "xiaomei", "dawei", "mengmeng", "yuyu", "feifei", "amy", "tony", "kevin", "coco", "sunny", "lucky")
EN_WORDS = ("lily", "summer", "jack", "momo", "cici", "angel", "leo", "nana", "kiki", "panda", "xixi",
            "echo", "vivi", "judy", "bobo", "dudu", "maomao", "tiantian")
CORP_DOMAINS = ("huawei.com", "sina.com", "vip.sina.com", "126.com", "163.com", "yeah.net", "sohu.com",
                "foxmail.com", "aliyun.com", "cmbchina.com", "byd.com", "haier.com", "midea.com.cn",
                "pku.edu.cn", "zju.edu.cn", "ctrip.com", "jd.com")
INTL_DOMAINS = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")

CITIES = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"),
     ("科技南十二路", "深南大道", "创业路", "留仙大道", "布龙路", "民治大道", "新安六路"),
     ("阳光棕榈园", "星河丹堤", "万科城", "华润城润府", "桃源村", "龙华新村")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区"),
     ("天河北路", "江南大道中", "广州大道北", "大北路", "黄埔大道西"),
     ("丽江花园", "保利花园", "祈福新邨", "金沙洲新社区", "华景新城")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "滨江区"),
     ("文三路", "五常大道", "莫干山路", "江南大道", "古墩路"),
     ("西溪诚园", "翡翠城", "三墩北苑", "东方郡", "金色黎明")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "建邺区"),
     ("中山北路", "双龙大道", "江东中路", "汉中门大街"),
     ("金陵御江金城", "翠屏城", "万达华府", "南湖东苑")),
    ("江苏省", "苏州市", ("工业园区", "吴中区", "姑苏区"),
     ("星湖街", "东吴北路", "人民路", "金鸡湖大道"),
     ("湖畔天城", "新城花园", "金鸡湖花园", "东港新村")),
    ("", "上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区"),
     ("张杨路", "莲花南路", "漕溪北路", "牡丹江路", "浦东南路"),
     ("仁恒河滨城", "春申城", "汇成一村", "保利叶语", "锦绣华城")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "昌平区"),
     ("望京西路", "中关村大街", "南三环西路", "回龙观西大街", "北苑路"),
     ("望京西园三区", "华清嘉园", "万年花城", "龙泽苑", "北苑家园")),
    ("四川省", "成都市", ("武侯区", "高新区", "锦江区", "郫都区"),
     ("科华北路", "天府大道中段", "东大街", "望丛中路"),
     ("棕北小区", "天府长岛", "清水河小区", "南苑小区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"),
     ("珞喻路", "建设大道", "中北路", "雄楚大道"),
     ("光谷新世界", "常青花园", "东湖公寓", "保利心语")),
    ("河南省", "郑州市", ("金水区", "二七区", "郑东新区"),
     ("花园路", "大学路", "商务外环路", "农业路"),
     ("锦艺城", "正商城", "绿地之窗", "建业森林半岛")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"),
     ("香港中路", "海尔路", "长江中路", "辽阳西路"),
     ("海信麦岛金岸", "金沙滩花园", "银都花园")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区"),
     ("科技路", "凤城八路", "西沣路"),
     ("紫薇田园都市", "枫林绿洲", "融创天朗")),
    ("", "重庆市", ("渝北区", "九龙坡区", "南岸区"),
     ("金开大道", "杨家坪正街", "南坪西路"),
     ("龙湖两江新宸", "华润二十四城", "融创欧麓花园")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区"),
     ("麓谷大道", "韶山中路", "芙蓉中路"),
     ("中海梅溪湖", "万科金域华府", "湘江世纪城")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"),
     ("湖滨南路", "仙岳路", "杏林湾路"),
     ("莲花五村", "禹洲大学城", "瑞景新村")),
)
VILLAGES = (("河南省", "周口市", "西华县", "红花集镇", "后刘村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "王营村"),
            ("山东省", "菏泽市", "曹县", "庄寨镇", "李楼村"), ("四川省", "南充市", "营山县", "双流镇", "石桥村"),
            ("湖南省", "邵阳市", "隆回县", "桃洪镇", "罗洪村"), ("河北省", "保定市", "定兴县", "固城镇", "北章村"),
            ("江西省", "赣州市", "于都县", "禾丰镇", "坪上村"), ("广西壮族自治区", "玉林市", "博白县", "龙潭镇", "大坡村"))
TOWERS = ("华润大厦", "创业大厦", "国贸中心A座", "科兴科学园B栋", "环球金融中心", "时代广场", "软件园二期",
          "万达广场C座", "金融港B区", "中心商务大厦")


# ---------------------------------------------------------------------------
# entity formats: fn(r, raw=None) -> (prefix_outside, value, suffix_outside, raw)
# ---------------------------------------------------------------------------
def _raw_mobile(r):
    return r.choice(MOBILE_PREFIXES) + _digits(r, 8)


def _mob(fmt):
    def f(r, raw=None):
        m = raw or _raw_mobile(r)
        if fmt == "plain":
            return "", m, "", m
        if fmt == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", "", m
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", "", m
        if fmt == "fullwidth":
            return "", m.translate(_FW), "", m
        if fmt == "plus86":
            pre = r.choice(("+86 ", "+86", "+86-", "0086 ", "86-", "(+86)"))
            val = m if r.random() < 0.7 else f"{m[:3]} {m[3:7]} {m[7:]}"
            return pre, val, "", m
        if fmt == "newline_split":
            k = r.choice((3, 7, 7))
            return "", m[:k] + "\n" + m[k:], "", m
        if fmt == "cn_digits":
            one = r.choice(("幺", "幺", "一"))
            s = "".join(one if c == "1" else _CN_DIG[c] for c in m)
            return "", s, "", m
        raise KeyError(fmt)
    return f


def _raw_landline(r):
    a = r.choice(AREA_CODES)
    n = 8 if len(a) == 3 or r.random() < 0.85 else 7
    return a, r.choice("2345678") + _digits(r, n - 1)


def _land(fmt):
    def f(r, raw=None):
        a, l = raw or _raw_landline(r)
        if fmt == "area_dash":
            return "", f"{a}-{l}", "", (a, l)
        if fmt == "area_plain":
            return "", a + l, "", (a, l)
        if fmt == "area_paren":
            o, c = r.choice((("(", ")"), ("（", "）")))
            return "", f"{o}{a}{c}{l}", "", (a, l)
        if fmt == "area_space":
            v = f"{a} {l[:4]} {l[4:]}" if len(l) == 8 else f"{a} {l}"
            return "", v, "", (a, l)
        if fmt == "local_only":
            v = l if r.random() < 0.7 or len(l) != 8 else f"{l[:4]} {l[4:]}"
            return "", v, "", (a, l)
        if fmt == "area_dash_ext":
            ext = r.choice(("806", "8023", "601", "2", "315", "1208"))
            post = r.choice(("转", "-", "转", " 转", "分机", " ext")) + ext
            return "", f"{a}-{l}", post, (a, l)
        raise KeyError(fmt)
    return f


def _raw_id(r, want_x=False):
    while True:
        y = r.randint(1958, 2008)
        mo = r.randint(1, 12)
        d = r.randint(1, 28 if mo == 2 else 30)
        body = r.choice(ID_AREAS) + f"{y}{mo:02d}{d:02d}" + _digits(r, 3)
        s = body + _id_check(body)
        if want_x == (s[-1] == "X"):
            return s
        if not want_x and r.random() < 0.08:  # keep a natural share of X endings
            return s


def _idf(fmt):
    def f(r, raw=None):
        s = raw or _raw_id(r, want_x=(fmt == "lower_x"))
        if fmt == "plain":
            return "", s, "", s
        if fmt == "lower_x":
            return "", s[:-1] + "x", "", s
        if fmt == "space_6_8_4":
            return "", f"{s[:6]} {s[6:14]} {s[14:]}", "", s
        if fmt == "space_4s":
            return "", " ".join(s[i:i + 4] for i in range(0, 18, 4)), "", s
        if fmt == "fullwidth":
            return "", s.translate(_FW), "", s
        raise KeyError(fmt)
    return f


def _raw_card(r):
    b, n = r.choice(CARD_BINS)
    return _luhn_complete(b + _digits(r, n - len(b) - 1))


def _cardf(fmt):
    def f(r, raw=None):
        c = raw or _raw_card(r)
        if fmt == "plain":
            return "", c, "", c
        if fmt == "space_4":
            return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "", c
        if fmt == "dash_4":
            return "", "-".join(c[i:i + 4] for i in range(0, len(c), 4)), "", c
        if fmt == "fullwidth":
            return "", c.translate(_FW), "", c
        if fmt == "space_irregular":
            while True:
                cut = sorted(r.sample(range(3, len(c) - 2), 3))
                if all(b - a >= 3 for a, b in zip(cut, cut[1:])):
                    break
            parts, last = [], 0
            for k in cut:
                parts.append(c[last:k])
                last = k
            parts.append(c[last:])
            return "", " ".join(p for p in parts if p), "", c
        raise KeyError(fmt)
    return f


def _qqf(fmt):
    def f(r, raw=None):
        if raw:
            q = raw
        elif fmt == "len5_8":
            q = r.choice("123456789") + _digits(r, r.choice((4, 5, 6, 6, 7, 7)))
        else:
            n = r.choice((9, 9, 10, 10, 10))
            q = (r.choice("123456789") if n == 9 else r.choice("123")) + _digits(r, n - 1)
        if fmt == "fullwidth":
            return "", q.translate(_FW), "", q
        return "", q, "", q
    return f


def _wxf(fmt):
    def f(r, raw=None):
        if raw:
            w = raw
        elif fmt == "letters_digits":
            w = r.choice(PINYIN + EN_WORDS) + r.choice(("", "1", "0")) + _digits(r, r.randint(3, 6))
            if len(w) < 6:
                w += _digits(r, 6 - len(w))
        elif fmt == "underscore":
            w = r.choice(PINYIN) + "_" + r.choice(EN_WORDS + PINYIN) + _digits(r, r.choice((0, 2, 3)))
        elif fmt == "dash":
            w = r.choice(EN_WORDS + PINYIN) + "-" + r.choice(("19", "20", "")) + _digits(r, 2)
            if len(w) < 6:
                w += _digits(r, 2)
        elif fmt == "wxid":
            w = "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
        elif fmt == "mixed_case":
            a = r.choice(EN_WORDS + PINYIN)
            b = r.choice(PINYIN)
            w = a.capitalize() + r.choice(("_", "", "")) + b.capitalize() + _digits(r, r.choice((2, 4)))
        else:
            raise KeyError(fmt)
        return "", w, "", w
    return f


def _emailf(fmt):
    def f(r, raw=None):
        if raw:
            return "", raw, "", raw
        if fmt == "qq_mail":
            e = r.choice("123456789") + _digits(r, r.choice((7, 8, 9))) + "@qq.com"
        elif fmt == "netease":
            e = r.choice(PINYIN) + r.choice(PINYIN + ("", "")) + _digits(r, r.choice((2, 3, 4))) + "@" + \
                r.choice(("163.com", "163.com", "126.com", "yeah.net"))
        elif fmt == "corp_domain":
            e = r.choice(PINYIN) + r.choice((".", "_", "")) + r.choice(PINYIN) + "@" + r.choice(CORP_DOMAINS)
        elif fmt == "intl":
            e = r.choice(EN_WORDS + PINYIN) + r.choice((".", "")) + r.choice(PINYIN) + _digits(r, 2) + "@" + \
                r.choice(INTL_DOMAINS)
        elif fmt == "mobile_139":
            e = _raw_mobile(r) + "@139.com"
        elif fmt == "fullwidth_at":
            e = r.choice(PINYIN) + _digits(r, 4) + "＠" + r.choice(("qq.com", "163.com", "126.com"))
        else:
            raise KeyError(fmt)
        return "", e, "", e
    return f


def _raw_plate(r, ne=False):
    p = r.choice(PLATE_PROV) + r.choice("ABCDEFGH" if r.random() < 0.8 else PLATE_LET)
    if ne:
        return p + r.choice("DF") + _digits(r, 5)
    tail = list(_digits(r, 5))
    for _ in range(r.choice((0, 0, 1, 1, 2))):
        tail[r.randrange(5)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return p + "".join(tail)


def _platef(fmt):
    def f(r, raw=None):
        p = raw or _raw_plate(r, ne=(fmt == "new_energy"))
        if fmt in ("standard", "new_energy"):
            return "", p, "", p
        if fmt == "dot":
            return "", p[:2] + "·" + p[2:], "", p
        if fmt == "space":
            return "", p[:2] + " " + p[2:], "", p
        if fmt == "lower_letter":
            return "", p[0] + p[1:].lower(), "", p
        raise KeyError(fmt)
    return f


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 6):02d}"


def _bld(r):
    b = r.randint(1, 28)
    return r.choice((f"{b}栋", f"{b}栋", f"{b}幢", f"{b}号楼"))


def _addrf(fmt):
    def f(r, raw=None):
        if raw:
            return "", raw, "", raw
        prov, city, dists, roads, ests = r.choice(CITIES)
        dist, road, est = r.choice(dists), r.choice(roads), r.choice(ests)
        no = f"{r.randint(1, 999)}号"
        unit = f"{r.randint(1, 4)}单元"
        room = _room(r)
        if fmt == "prov_full":
            a = prov + city + dist + road + no + est + _bld(r) + unit + room + "室"
        elif fmt == "city_full":
            a = city + dist + est + _bld(r) + r.choice(("", unit)) + room
        elif fmt == "district_start":
            a = dist + road + no + est + _bld(r) + r.choice((unit, "")) + room + r.choice(("室", ""))
        elif fmt == "road_start":
            a = road + no + est + _bld(r) + room + r.choice(("室", "", "室"))
        elif fmt == "estate_dash":
            a = r.choice((dist, city + dist, "")) + est + f"{r.randint(1, 20)}-{r.randint(1, 4)}-{room}"
        elif fmt == "estate_start":
            a = est + _bld(r) + r.choice((unit, "", unit)) + room + r.choice(("", "室"))
        elif fmt == "village":
            pv, ct, co, tn, vi = r.choice(VILLAGES)
            head = r.choice((pv + ct + co + tn, ct + co + tn, co + tn, pv + ct + co + tn))
            a = head + vi + r.choice((f"{r.randint(1, 12)}组{r.randint(1, 60)}号", f"{r.randint(1, 200)}号"))
        elif fmt == "office":
            a = city + dist + road + no + r.choice(TOWERS) + r.choice((f"{r.randint(2, 40)}层",
                                                                       f"{r.randint(2, 40)}层{room}室",
                                                                       f"{room}室"))
        elif fmt == "spaced":
            parts = [prov, city, dist, road + no, est + _bld(r) + unit + room + "室"]
            a = " ".join(p for p in parts if p)
        elif fmt == "multiline":
            a = (prov + city + dist) + "\n" + road + no + est + _bld(r) + room + r.choice(("室", ""))
        elif fmt == "fullwidth_num":
            a = (city + dist + road + no + est + _bld(r) + unit + room + "室").translate(_FW)
        else:
            raise KeyError(fmt)
        return "", a, "", a
    return f


FORMATS = {
    "mobile": (("plain", 60), ("space_344", 10), ("dash_344", 6), ("fullwidth", 4), ("plus86", 5),
               ("newline_split", 2), ("cn_digits", 2)),
    "landline": (("area_dash", 45), ("area_plain", 12), ("area_paren", 10), ("area_space", 8),
                 ("local_only", 10), ("area_dash_ext", 15)),
    "id_card": (("plain", 75), ("lower_x", 6), ("space_6_8_4", 8), ("space_4s", 5), ("fullwidth", 4)),
    "bank_card": (("plain", 62), ("space_4", 26), ("dash_4", 3), ("fullwidth", 4), ("space_irregular", 4)),
    "qq": (("len5_8", 30), ("len9_10", 64), ("fullwidth", 4)),
    "wechat": (("letters_digits", 40), ("underscore", 20), ("dash", 8), ("wxid", 12), ("mixed_case", 12)),
    "email": (("qq_mail", 35), ("netease", 25), ("corp_domain", 12), ("intl", 12), ("mobile_139", 5),
              ("fullwidth_at", 4)),
    "plate": (("standard", 60), ("new_energy", 18), ("dot", 8), ("space", 10), ("lower_letter", 4)),
    "address": (("prov_full", 14), ("city_full", 18), ("district_start", 18), ("road_start", 10),
                ("estate_dash", 9), ("estate_start", 10), ("village", 6), ("office", 8), ("spaced", 4),
                ("multiline", 3), ("fullwidth_num", 3)),
}
_MAKERS = {"mobile": _mob, "landline": _land, "id_card": _idf, "bank_card": _cardf, "qq": _qqf,
           "wechat": _wxf, "email": _emailf, "plate": _platef, "address": _addrf}
FMT_FN = {k: {f: _MAKERS[k](f) for f, _ in tab} for k, tab in FORMATS.items()}


def _tweak(kind, raw, r):
    """A slightly different valid value (for ``不对，是…`` corrections)."""
    if kind == "mobile":
        i = r.randint(3, 9)
        s = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]
        if s == raw:
            s = raw[:-1] + str((int(raw[-1]) + r.randint(1, 9)) % 10)
        return s
    if kind == "qq":
        i = r.randint(1, len(raw) - 1)
        return raw[:i] + str((int(raw[i]) + r.randint(1, 9)) % 10) + raw[i + 1:]
    raise KeyError(kind)


# ---------------------------------------------------------------------------
# near-miss values: fn(r) -> str
# ---------------------------------------------------------------------------
def _nm_order(r):
    t = r.randrange(6)
    if t == 0:
        return _fail_checks(r.choice("123456") + _digits(r, 18))
    if t == 1:
        return r.choice("23") + _digits(r, 11)
    if t == 2:
        return f"2{r.randint(5, 6)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-" + _digits(r, 15)
    if t == 3:
        return "DD2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 6)
    if t == 4:
        return _fail_checks(r.choice("3456789") + _digits(r, 15))
    return "E" + "2026" + _digits(r, 10)


def _nm_tracking(r):
    t = r.randrange(7)
    return (("SF" + r.choice("1234") + _digits(r, 12)), ("YT" + _digits(r, 13)), ("JT" + "5" + _digits(r, 12)),
            ("JDVC" + _digits(r, 11)), ("75" + _digits(r, 12)), ("43" + _digits(r, 13)),
            ("9" + _digits(r, 12)))[t]


def _nm_ticket(r):
    t = r.randrange(4)
    if t == 0:
        return f"GD2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 4)
    if t == 1:
        return "FW" + _digits(r, 10)
    if t == 2:
        return "#" + r.choice("AB") + _digits(r, 5)
    return "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 5)


def _nm_policy(r):
    t = r.randrange(4)
    if t == 0:
        return "PDAA2026" + r.choice(("4403", "3101", "1101", "3301")) + "0000" + _digits(r, 6)
    if t == 1:
        return "P" + _digits(r, 3) + "2026" + _digits(r, 9)
    if t == 2:
        return "AGUZ" + _digits(r, 4) + r.choice("BKM") + _digits(r, 7)
    return "8" + _digits(r, 19)


def _nm_claim(r):
    return r.choice(("RDAA2026" + _digits(r, 10), "CL2026" + _digits(r, 8), "LP" + _digits(r, 12)))


def _nm_contract(r):
    return r.choice((f"HT-2026-{r.randint(1, 999):04d}", "ZL2026" + _digits(r, 9), f"SZFW{r.randint(2023, 2026)}{_digits(r, 4)}",
                     f"YJ-{_digits(r, 2)}-{_digits(r, 6)}"))


def _nm_invoice(r):
    t = r.randrange(3)
    if t == 0:
        return "0" + _digits(r, 7)
    if t == 1:
        return "26" + r.choice(("44", "31", "11", "33")) + "2000000" + _digits(r, 9)
    return "0" + r.choice(("44", "31", "11")) + "0" + _digits(r, 8)


def _nm_member(r):
    return r.choice(("M" + _digits(r, 9), "8800" + _digits(r, 8), "VIP" + _digits(r, 6), "HY" + _digits(r, 8)))


def _nm_amount(r):
    t = r.randrange(8)
    n = r.choice((39, 89, 129, 199, 299, 399, 588, 899, 1299, 1680, 2399, 3500, 4999, 12800, 26800, 150000))
    if t == 0:
        return f"¥{n:,}.00"
    if t == 1:
        return f"{n}元"
    if t == 2:
        return f"{n}.{r.randint(1, 99):02d}"
    if t == 3:
        return f"￥{n}"
    if t == 4:
        return f"{n}块"
    if t == 5:
        return f"{r.randint(1, 50)}.{r.randint(1, 9)}万"
    if t == 6:
        return f"{n:,}元"
    return f"{n}"


def _nm_amount_upper(r):
    return r.choice(("壹仟贰佰元整", "贰万叁仟伍佰元整", "捌佰捌拾元整", "叁仟元整", "壹万贰仟捌佰元整", "伍佰陆拾元整"))


def _nm_date(r):
    mo, d, h = r.randint(1, 12), r.randint(1, 28), r.randint(8, 20)
    t = r.randrange(9)
    return (f"2026-{mo:02d}-{d:02d}", f"2026/{mo}/{d} {h:02d}:{r.choice(('00', '30', '15'))}", f"{mo}月{d}号",
            f"{mo}月{d}日下午{r.randint(1, 5)}点", f"{h}:{r.choice(('00', '30', '45'))}", f"2026{mo:02d}{d:02d}",
            f"{mo}.{d}", f"{h}点半", f"{mo}月{d}日{h}:00-{h + 2}:00")[t]


def _nm_model(r):
    return r.choice(("KFR-35GW/N8XHA1", "KFR-72LW/(72555)FNhAa-B1", "BCD-470WTPZM(E)", "XQG100-HBD14126L",
                     "JSQ30-16WH5", "EG100MPLUS6", "MR-400C", "Mate 60 Pro", "iPhone 15 Pro Max", "55E3N",
                     "WF-1000XM5", "CXW-260-E900C11", "RO-500G", "JZT-Q5B", "TB55-V2708CW", "V8 Slim",
                     "KFR-26GW/BpR3DN1", "BCD-535WKPZM", "XQB90-BZ828", "F12U1"))


def _nm_serial(r):
    return r.choice(("SN", "", "")) + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice((12, 14, 16)))) \
        + r.choice("ABCDEFGH")


def _nm_room(r):
    f, n = r.randint(2, 28), r.randint(1, 40)
    return r.choice((f"{f}{n:02d}", f"{f}{n:02d}", f"A{f}{n:02d}", f"{r.randint(1, 5)}-{f}{n:02d}", f"{f}F-{n:02d}"))


def _nm_vcode(r):
    return _digits(r, r.choice((4, 6, 6, 6)))


def _nm_masked(r):
    m = _raw_mobile(r)
    t = r.randrange(6)
    if t <= 2:
        return m[:3] + "****" + m[7:]
    if t == 3:
        c = _raw_card(r)
        return c[:4] + " **** **** " + c[-4:]
    if t == 4:
        s = _raw_id(r)
        return s[:4] + "*" * 10 + s[-4:]
    return m[:3] + "*****" + m[8:]


def _nm_tail(r):
    return _digits(r, 4)


def _nm_hotline(r):
    return r.choice(("400-820-8820", "4006-888-888", "400 616 1234", "95588", "95533", "95555", "95511",
                     "10086", "10010", "10000", "800-830-1999", "95338", "11183", "12315", "12345", "95519",
                     "4008-100-100", "400-100-5678", "95516", "400-699-9999", "95500", "4001-666-888"))


def _nm_sku(r):
    return r.choice(("1000" + _digits(r, 8), "SKU" + _digits(r, 6), "6" + _digits(r, 11), "A" + _digits(r, 3) + "-BLK-L"))


def _nm_qty(r):
    return r.choice((f"{r.randint(2, 9)}台", f"{r.randint(2, 12)}件", f"x{r.randint(2, 6)}", f"{r.randint(1, 5)}箱",
                     f"{r.randint(2, 10)}斤", f"{r.randint(10, 60)}盒", f"{r.randint(2, 12)}期", f"{r.randint(20, 200)}G",
                     f"{r.choice((100, 300, 500, 1000))}M", f"{r.randint(2, 8)}小时"))


def _nm_course(r):
    return r.choice((f"C2026-{r.randint(1, 999):04d}", f"K{_digits(r, 5)}", f"{r.randint(2401, 2612)}班",
                     f"第{r.randint(3, 48)}期", f"JS{r.randint(100, 999)}"))


def _nm_train(r):
    return r.choice((f"G{r.randint(1, 9999)}", f"D{r.randint(100, 9999)}", f"K{r.randint(100, 1999)}",
                     f"CA{r.randint(1000, 1999)}", f"MU{r.randint(2000, 9999)}", f"CZ{r.randint(3000, 3999)}",
                     f"3U{r.randint(8000, 8999)}", f"HU{r.randint(7000, 7999)}", f"Z{r.randint(1, 300)}"))


def _nm_percent(r):
    return r.choice((f"{r.randint(5, 30)}%", f"0.0{r.randint(2, 5)}%", f"{r.randint(2, 6)}.{r.randint(1, 9)}%",
                     f"{r.randint(3, 9)}.{r.randint(0, 9)}%"))


def _nm_discount(r):
    return r.choice((f"{r.randint(5, 9)}.{r.randint(1, 9)}折", f"{r.randint(5, 9)}折", f"{r.randint(10, 40)}%"))


def _nm_version(r):
    return r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", f"V8.0.{r.randint(10, 99)}",
                     f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}", f"HarmonyOS {r.randint(2, 4)}.{r.randint(0, 2)}.0",
                     f"MIUI 14.0.{r.randint(1, 30)}", f"{r.randint(3, 8)}.{r.randint(0, 9)}.{r.randint(0, 9)}"))


def _nm_bad_card(r):
    b = r.choice(("62", "62", "60", "1", "2", "3", "8", "9"))
    s = _fail_checks(b + _digits(r, r.choice((16, 18, 19)) - len(b)))
    if r.random() < 0.25:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def _nm_bad_id(r):
    s = _raw_id(r)
    return s[:17] + r.choice([c for c in "0123456789" if c != s[17] and not _luhn_ok(s[:17] + c)])


def _nm_credit(r):
    return "91" + r.choice(ID_AREAS) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _nm_postal(r):
    return r.choice(("518057", "510620", "310012", "210008", "215021", "200120", "100102", "610041", "430074",
                     "450000", "266071", "710065", "400020", "410205", "361004"))


def _nm_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 400):03d}", f"A{r.randint(1, 300):03d}",
                     f"负{r.choice('一二')}层{r.choice('ABC')}{r.randint(1, 200):03d}"))


def _nm_vin(r):
    return "L" + r.choice(("SV", "FV", "GB", "VH", "HG", "BV", "C0")) + "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)) + _digits(r, 6)


def _nm_imei(r):
    return _luhn_complete("86" + _digits(r, 12))


def _nm_iccid(r):
    return "8986" + r.choice(("00", "01", "03", "11")) + _digits(r, 14)


def _nm_pickup(r):
    return r.choice((f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}",
                     f"{r.randint(1, 9)}-{r.randint(1, 5)}-{r.randint(100, 999)}", f"{_digits(r, 6)}",
                     f"A{r.randint(1, 30)}-{r.randint(1000, 9999)}"))


def _nm_place(r):
    return r.choice(("南山区", "万达广场店", "深圳北站", "朝阳大悦城", "浦东机场T2", "徐汇区", "龙华区", "天河城",
                     "江宁万达", "西湖区", "高新区", "武侯区", "望京SOHO", "五角场", "中关村", "海岸城", "观音桥",
                     "光谷广场", "虹桥火车站", "长沙南站"))


def _nm_weight(r):
    return r.choice((f"{r.randint(1, 30)}.{r.randint(1, 9)}kg", f"{r.randint(1, 20)}公斤",
                     f"{r.randint(20, 80)}*{r.randint(20, 60)}*{r.randint(10, 50)}cm", f"{r.randint(2, 40)}斤"))


def _nm_car_model(r):
    return r.choice(("朗逸 1.5L", "Model Y", "汉EV", "凯美瑞2.0G", "宋PLUS DM-i", "理想L7", "秦PLUS", "途观L 330TSI",
                     "雅阁 260TURBO", "小鹏P7", "问界M7", "CR-V 240TURBO", "比亚迪海豚"))


def _nm_staff(r):
    return r.choice((_digits(r, 4), "A" + _digits(r, 4), _digits(r, 5), "KF" + _digits(r, 3)))


def _nm_clinic(r):
    return r.choice(("00" + _digits(r, 8), "MZ2026" + _digits(r, 7), f"{r.choice('ABC')}{r.randint(1, 99):03d}",
                     "ZY" + _digits(r, 6)))


def _nm_url(r):
    k = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    return r.choice((f"https://m.tb.cn/h.{k}", f"https://u.jd.com/{k}", f"http://t.cn/{k}", f"https://v.douyin.com/{k}/",
                     f"https://dwz.cn/{k}", f"yangkeduo.com/goods.html?goods_id={_digits(r, 11)}"))


def _nm_area(r):
    return r.choice((f"{r.randint(45, 160)}.{r.randint(1, 9)}㎡", f"{r.randint(45, 160)}平", f"{r.randint(60, 140)}平米",
                     f"{r.randint(1, 4)}室{r.randint(1, 2)}厅"))


def _nm_house(r):
    return r.choice(("FY2026" + _digits(r, 6), "SZ" + _digits(r, 10), f"房源{_digits(r, 8)}"))


def _nm_act(r):
    g = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    return f"{g()}-{g()}-{g()}" + r.choice(("", f"-{g()}"))


def _nm_mileage(r):
    return r.choice((f"{r.randint(3, 150)}000公里", f"{r.randint(1, 15)}万公里", f"{r.randint(5000, 99000)}km"))


NEAR = {"order_no": _nm_order, "tracking_no": _nm_tracking, "ticket_no": _nm_ticket, "policy_no": _nm_policy,
        "claim_no": _nm_claim, "contract_no": _nm_contract, "invoice_no": _nm_invoice, "member_no": _nm_member,
        "amount": _nm_amount, "amount_upper": _nm_amount_upper, "date_time": _nm_date, "model_no": _nm_model,
        "serial_no": _nm_serial, "room_no": _nm_room, "verify_code": _nm_vcode, "masked": _nm_masked,
        "tail_digits": _nm_tail, "hotline": _nm_hotline, "sku": _nm_sku, "quantity": _nm_qty,
        "course_no": _nm_course, "train_flight": _nm_train, "percent": _nm_percent, "discount": _nm_discount, "version": _nm_version,
        "bad_card": _nm_bad_card, "bad_id": _nm_bad_id, "credit_code": _nm_credit, "postal_code": _nm_postal,
        "parking_spot": _nm_parking, "vin": _nm_vin, "imei": _nm_imei, "iccid": _nm_iccid,
        "pickup_code": _nm_pickup, "place_only": _nm_place, "weight_size": _nm_weight,
        "car_model": _nm_car_model, "staff_no": _nm_staff, "clinic_no": _nm_clinic, "url": _nm_url,
        "area_size": _nm_area, "house_id": _nm_house, "activation_code": _nm_act, "mileage": _nm_mileage}


# ---------------------------------------------------------------------------
# templates: {kind} entity, {kind^} same value again, {kind~} corrected value, <near_kind> near-miss
# ---------------------------------------------------------------------------
PII_TEMPLATES = (
    # e-commerce after-sales
    ("ec", "收货人电话{mobile}，地址{address}，麻烦尽快补发"),
    ("ec", "亲，退货寄到哪？我这边寄回的单号<tracking_no>，我电话{mobile}"),
    ("ec", "订单<order_no>的地址写错了，改成{address}，电话不变"),
    ("ec", "不好意思亲，我手机号写错了，应该是{mobile}"),
    ("ec", "{mobile}\n{address}\n麻烦帮我改一下收件信息🙏"),
    ("ec", "好的亲，跟您核对下：收件电话{mobile}，收件地址{address}，没问题的话我这边就改了哈"),
    ("ec", "退款退到哪张卡了？我绑的是{bank_card}，<amount>到现在都没到"),
    ("ec", "发票抬头个人，电子发票发我邮箱{email}就行"),
    ("ec", "邮箱是{email}，发票麻烦开一下，订单号<order_no>"),
    ("ec", "手机号码{mobile}，这个号码也是我微信"),
    ("ec", "快递员打我电话{mobile}也行，打家里座机{landline}也行"),
    ("ec", "寄到{address}，放快递柜就行，到了发取件码给我"),
    ("ec", "电话：{mobile} 地址：{address}（工作日白天家里没人）"),
    ("ec", "改地址！！{address}，之前那个不要了😭"),
    ("ec", "亲亲，麻烦加一下售后微信{wechat}，把开箱视频发过去审核会快一点哦"),
    ("ec", "收件电话{mobile}，不对不对，是{mobile~}，刚才打错了"),
    ("ec", "商品<sku>少发了一件，我电话{mobile}，你们核实下"),
    ("ec", "我在拼多多买的，收货地址{address}\n手机{mobile}\n订单<order_no>"),
    ("ec", "亲，地址是{address}对吗？电话{mobile}？确认后给您补寄哈"),
    ("ec", "为啥显示已签收啊，我家在{address}，根本没人送过来"),
    # home appliances
    ("appl", "师傅，空调移机，地址{address}，电话{mobile}，型号<model_no>"),
    ("appl", "预约明天上门安装洗衣机，{address}，联系人电话{mobile}，下午在家"),
    ("appl", "热水器不出热水了，家在{address}，俺电话{mobile}"),
    ("appl", "好的，已经给您派单了，师傅会打您的{mobile}联系，请保持电话畅通，工单<ticket_no>"),
    ("appl", "座机{landline}，手机{mobile}，白天打座机"),
    ("appl", "安装地址：{address}\n联系电话：{mobile}\n机器型号：<model_no>"),
    ("appl", "保修卡照片发您邮箱了，{email}发的，查收下"),
    ("appl", "电话打不通的话加我微信{wechat}，我发视频给你看"),
    ("appl", "地址{address}嘞，师傅到了楼下打电话{mobile}"),
    ("appl", "你好，我家燃气灶打不着火了，{address}，手机{mobile}，尽快派人"),
    ("appl", "冰箱不制冷，条码<serial_no>，家里电话{landline}，一般晚上有人"),
    ("appl", "师傅您好，我是{address}那户，几点能到啊？打我{mobile}"),
    ("appl", "地趾{address}，电活{mobile}"),
    ("appl", "维修费转账可以吗？我的卡号{bank_card}，退差价打这个卡"),
    # education / training
    ("edu", "孩子身份证号{id_card}，家长电话{mobile}"),
    ("edu", "报名信息：学生身份证{id_card}，家长手机{mobile}，家庭住址{address}"),
    ("edu", "资料发我邮箱吧 {email}"),
    ("edu", "老师，我qq是{qq}，把课件发我下"),
    ("edu", "加一下班主任微信{wechat}，拉你进<course_no>的群"),
    ("edu", "我的身份证号是{id_card}，考试报名一直提示信息有误"),
    ("edu", "退费退到这张卡{bank_card}，工商银行的"),
    ("edu", "孩子爸爸电话{mobile}，妈妈电话{mobile}，都可以联系"),
    ("edu", "学员手机{mobile}，邮箱{email}，报的是<course_no>"),
    ("edu", "老师 作业发不了 我扣扣{qq} 你加我一下"),
    ("edu", "身份正号{id_card}"),
    ("edu", "家长您好，学籍登记需要核对一下，身份证号{id_card}，对吗？"),
    ("edu", "试听课地址发您：{address}，前台座机{landline}"),
    ("edu", "我家孩子在<course_no>，我手机号换了，新号码{mobile}"),
    ("edu", "证书邮寄地址{address}，收件人手机{mobile}"),
    # insurance
    ("ins", "理赔需要提供被保险人身份证号：{id_card}，收款账户：{bank_card}"),
    ("ins", "报案人电话{mobile}，出险地点{address}"),
    ("ins", "保单<policy_no>，投保人身份证{id_card}"),
    ("ins", "理赔款打到{bank_card}这张卡上，户名是本人"),
    ("ins", "您好，这边核实下：身份证号码{id_card}，手机号{mobile}，对吗？"),
    ("ins", "车险理赔，车牌{plate}，事故地点{address}，电话{mobile}"),
    ("ins", "资料扫描件发您邮箱{email}了，麻烦查收"),
    ("ins", "纸质保单寄到{address}"),
    ("ins", "被保人sfz {id_card}"),
    ("ins", "我要报案，车牌{plate}，在<place_only>被追尾了，我电话{mobile}"),
    ("ins", "收款卡号：{bank_card}\n开户行：建设银行\n身份证：{id_card}"),
    ("ins", "定损员电话多少？我车{plate}已经拖到4S店了"),
    ("ins", "保单上的手机号{mobile}已经不用了，改成{mobile}"),
    # banking / credit card
    ("bank", "信用卡卡号{bank_card}，申请分期<quantity>"),
    ("bank", "我的卡{bank_card}被冻结了，预留手机号{mobile}"),
    ("bank", "卡号：{bank_card}\n身份证：{id_card}\n手机：{mobile}"),
    ("bank", "账单寄到{address}，别寄单位了"),
    ("bank", "还款卡号是{bank_card}吗？不对，是{bank_card}"),
    ("bank", "电子账单邮箱改成{email}"),
    ("bank", "单位电话{landline}，单位地址{address}"),
    ("bank", "身份证号{id_card}，帮我查下额度为啥降了"),
    ("bank", "银行卡好{bank_card}，麻烦查一下<date_time>那笔<amount>"),
    ("bank", "{bank_card}\n这个卡，ETC扣款失败了"),
    ("bank", "您好，经核实您尾号<tail_digits>的卡已解冻，如有疑问请联系客户经理{mobile}"),
    ("bank", "我的手机号{mobile}，卡号{bank_card}，身份证{id_card}，帮我办一下挂失"),
    ("bank", "亲属联系人电话{mobile}，单位座机{landline}"),
    # real estate / property
    ("estate", "业主您好，{address}的物业费已逾期，请尽快缴纳"),
    ("estate", "我是{address}的业主，楼上漏水，电话{mobile}"),
    ("estate", "房东电话{mobile}，房子在{address}"),
    ("estate", "看房地址{address}，到了给我打电话{mobile}"),
    ("estate", "物业前台电话{landline}，有事可以打"),
    ("estate", "车位租给{plate}这个车，门禁帮我录一下"),
    ("estate", "业主车牌{plate}，访客车牌{plate}，麻烦登记下"),
    ("estate", "合同<contract_no>，租客身份证{id_card}，押金<amount>"),
    ("estate", "管家您好，{address}水管爆了！！快来人"),
    ("estate", "我家车牌{plate}，道闸识别不了，在<parking_spot>"),
    ("estate", "租金打到房东卡上：{bank_card}，每月<date_time>前"),
    ("estate", "中介您好，我想看<place_only>那套，我微信{wechat}，电话{mobile}"),
    ("estate", "收据寄到{address}，收件电话{mobile}"),
    # car sales / 4S
    ("car", "车牌号{plate}，预约周六上午保养"),
    ("car", "{plate}的车今天能提吗"),
    ("car", "提车联系电话{mobile}，车牌{plate}，VIN<vin>"),
    ("car", "购车人身份证{id_card}，上牌地址{address}"),
    ("car", "销售顾问微信{wechat}，有问题随时问"),
    ("car", "4S店座机{landline}，<date_time>前都有人"),
    ("car", "车牌{plate} 违章代办，身份证{id_card}"),
    ("car", "我车{plate}在你们店修了一周了还没好，电话{mobile}，给个说法"),
    ("car", "试驾登记：手机{mobile}，意向车型<car_model>"),
    ("car", "救援！车{plate}抛锚在{address}门口，电话{mobile}"),
    ("car", "老婆的车{plate}，我的车{plate}，两台都要续保"),
    ("car", "发票寄到公司：{address}，座机{landline}"),
    # healthcare / clinics
    ("med", "挂号用的手机{mobile}，身份证{id_card}"),
    ("med", "就诊人身份证{id_card}，报告发邮箱{email}"),
    ("med", "医生您好，复诊能改到<date_time>吗？我电话{mobile}"),
    ("med", "诊所地址{address}，电话{landline}"),
    ("med", "药寄到{address}，收件电话{mobile}"),
    ("med", "体检报告邮寄地址{address}\n电话{mobile}"),
    ("med", "就诊卡绑定的手机号是{mobile}，身份证号{id_card}"),
    ("med", "医保卡关联的银行卡{bank_card}，报销款打这里"),
    ("med", "牙科预约，电话{mobile}，<date_time>可以吗"),
    # telecom
    ("tel", "我要办携号转网，号码{mobile}，身份证{id_card}"),
    ("tel", "宽带装机地址{address}，联系电话{mobile}"),
    ("tel", "副卡号码{mobile}，主卡{mobile}"),
    ("tel", "固话{landline}报障，一直有杂音"),
    ("tel", "这个号{mobile}是我本人实名的吗，身份证{id_card}"),
    ("tel", "家里座机{landline}欠费停机了，帮我查下"),
    ("tel", "靓号{mobile}还能选吗"),
    ("tel", "机主{mobile}，服务密码忘了，身份证{id_card}"),
    ("tel", "光猫坏了，地址{address}，装维师傅打{mobile}"),
    # logistics
    ("logi", "寄件人电话{mobile}，取件地址{address}"),
    ("logi", "快递<tracking_no>，收件人手机{mobile}，改派到{address}"),
    ("logi", "你们快递员电话打不通，我电话{mobile}，直接送{address}"),
    ("logi", "发件地址{address}\n收件地址{address}"),
    ("logi", "寄件人：{mobile}\n收件人：{mobile}\n地址：{address}"),
    ("logi", "收件人电话{mobile}，仓库座机{landline}"),
    ("logi", "我的件<tracking_no>卡在<place_only>三天了，电话{mobile}"),
    ("logi", "月结客户，寄件地址{address}，联系电话{landline}"),
    # local services
    ("local", "保洁阿姨明天9点到，地址{address}，电话{mobile}"),
    ("local", "搬家从{address}搬到{address}，电话{mobile}"),
    ("local", "装修量房地址{address}，加我微信{wechat}发户型图"),
    ("local", "月嫂合同签好了，身份证{id_card}，银行卡{bank_card}"),
    ("local", "开锁师傅，{address}，快点来，电话{mobile}"),
    ("local", "阿姨工资打到{bank_card}，身份证{id_card}"),
    ("local", "设计方案发邮箱{email}，我微信{wechat}"),
    ("local", "搬家师傅到小区门口打{mobile}，车牌{plate}的货车"),
    ("local", "家电清洗，{address}，<date_time>上门，电话{mobile}"),
    # contact channels, no industry flavour
    ("misc", "扣扣{qq}，上面留言就行"),
    ("misc", "企鹅{qq}"),
    ("misc", "QQ：{qq}  邮箱：{email}"),
    ("misc", "vx {wechat}"),
    ("misc", "V信{wechat}，备注一下订单号<order_no>"),
    ("misc", "wx：{wechat}"),
    ("misc", "微信号{wechat}，手机号{mobile}"),
    ("misc", "{email} 这是我邮箱"),
    ("misc", "我QQ邮箱{email}"),
    ("misc", "有事加我薇信{wechat}哈"),
    ("misc", "我微信搜不到你，我的是{wechat}，你加我"),
    ("misc", "qq号{qq}，微信{wechat}，都行"),
    ("misc", "邮箱：{email}\n电话：{mobile}"),
    ("misc", "q{qq}，加的时候备注<order_no>"),
    ("misc", "{qq}是我q号"),
    ("misc", "{wechat}是我微信"),
    ("misc", "邮相{email}"),
    ("misc", "你发我QQ吧，{qq}，微信不常用"),
    ("misc", "qq{qq}，不对是{qq~}，少打了个数"),
    ("misc", "加我qq{qq}吧，qq邮箱也是这个号"),
    ("misc", "我的邮箱地址{email}，重复一遍{email^}"),
    ("misc", "📧{email}"),
    ("misc", "👉{wechat}"),
    ("misc", "加好友验证写<order_no>，我微信{wechat}"),
    ("misc", "找不到的话搜我手机号{mobile}，微信号是{wechat}"),
    # dialect / typos / cue positions
    ("misc", "俺滴手机号{mobile}，记一下撒"),
    ("misc", "侬打{mobile}好了，阿拉下午在屋里厢"),
    ("misc", "我嘞电话是{mobile}嘛，你们咋个不打嘛"),
    ("misc", "手机好{mobile}"),
    ("misc", "收货电画{mobile}"),
    ("misc", "{mobile}这个是我电话"),
    ("misc", "{mobile} 打这个"),
    ("misc", "{address}，这是新地址"),
    ("misc", "{id_card}是我身份证号"),
    ("misc", "{bank_card} 这张卡，建行的"),
    ("misc", "{plate}是我车"),
    ("misc", "{landline}是我们公司座机"),
    ("misc", "{mobile}"),
    ("misc", "{address}"),
    ("misc", "好的 {mobile}"),
    ("misc", "{address} {mobile}"),
    ("misc", "{mobile}，{address}"),
    ("misc", "📞{mobile}\n🏠{address}"),
    ("misc", "手机{mobile}，重复一遍{mobile^}，别记错了"),
    ("misc", "我手机是\n{mobile}"),
    ("misc", "电话{mobile}，打错了，是{mobile~}"),
    ("misc", "地址写错了，不是{address}，是{address}"),
    ("misc", "车牌{plate}，哦不对，{plate}是我老婆的车"),
    ("misc", "收到✅ 您的手机号{mobile}已登记，稍后客服会联系您"),
    ("misc", "打我电话噻，{mobile}，莫得微信"),
    ("misc", "晓得了，地址就是{address}，门口有个快递柜"),
    ("misc", "木有座机，只有手机{mobile}"),
    ("misc", "电话多少？\n{mobile}\n好的"),
    ("misc", "身份证{id_card}，手机{mobile}，邮箱{email}，您看还需要啥"),
    ("misc", "tel：{mobile}"),
    ("misc", "联系电话：{landline}（工作日9:00-18:00）"),
    ("misc", "座机{landline}，打不通打手机{mobile}"),
    ("misc", "电活{landline}"),
    ("misc", "sfz号码{id_card}"),
    ("misc", "yhk：{bank_card}"),
    ("misc", "我的卡号\n{bank_card}"),
    ("misc", "身份证号码{id_card}，之前发的那个少了一位"),
    ("misc", "{id_card}\n{bank_card}\n{mobile}"),
    ("misc", "车牌{plate}"),
    ("misc", "{plate} 停在<parking_spot>"),
    ("misc", "公司地址：{address}，前台电话{landline}"),
)

NEAR_TEMPLATES = (
    # e-commerce
    ("ec", "订单号<order_no>，什么时候发货啊"),
    ("ec", "亲，您的订单<order_no>已经发出，快递单号<tracking_no>，请注意查收"),
    ("ec", "退款<amount>已原路退回，预计1-3个工作日到账"),
    ("ec", "这个<order_no>能开发票不，金额<amount>"),
    ("ec", "我买的是<sku>这个链接，颜色发错了"),
    ("ec", "快递<tracking_no>显示签收了但我没收到啊"),
    ("ec", "取件码<pickup_code>，菜鸟驿站那个，帮我看下在不在"),
    ("ec", "满<amount>减<amount>的券还能用吗"),
    ("ec", "麻烦查一下手机尾号<tail_digits>的订单"),
    ("ec", "收件人手机号<masked>，是您本人吗？"),
    ("ec", "客服电话<hotline>打了好几次都没人接"),
    ("ec", "买了<quantity>，到货只有一件"),
    ("ec", "我<date_time>下的单，到现在还没发货"),
    ("ec", "退货运费险<amount>已经赔付到账"),
    ("ec", "链接在这 <url> 就是这个"),
    ("ec", "亲，<date_time>之前付款的<date_time>前发货哈"),
    ("ec", "订单<order_no>\n商品<sku>\n数量<quantity>"),
    ("ec", "售后单号<ticket_no>，审核通过了吗"),
    ("ec", "您好，会员卡号<member_no>的积分还没到账"),
    ("ec", "这个优惠是<discount>吗？结算怎么还是<amount>"),
    ("ec", "退款<order_no>，不对，是<order_no>这个订单"),
    ("ec", "重量<weight_size>，运费多补<amount>"),
    ("ec", "亲 验证码<verify_code>发我下 我帮您操作"),
    ("ec", "发票号码<invoice_no>，麻烦开成专票，税号<credit_code>"),
    ("ec", "我用的<version>版本，app下单一直闪退"),
    ("ec", "交易单号<bad_card>，钱扣了订单没生成"),
    ("ec", "商户单号<bad_card>\n金额<amount>"),
    # appliances
    ("appl", "空调型号<model_no>，内机条码<serial_no>"),
    ("appl", "师傅<date_time>上门，安装费<amount>"),
    ("appl", "显示E4故障，型号<model_no>"),
    ("appl", "售后服务热线<hotline>，24小时都有人"),
    ("appl", "电视序列号<serial_no>，在保修期内吗"),
    ("appl", "延保卡号<bad_card>，怎么激活"),
    ("appl", "工单号<ticket_no>，师傅还没联系我"),
    ("appl", "上门时间改到<date_time>可以吗"),
    ("appl", "洗衣机<model_no>，买了<quantity>，一台不转"),
    ("appl", "师傅工号<staff_no>，收了我<amount>材料费，合理吗"),
    ("appl", "以旧换新补贴<percent>，最高<amount>"),
    ("appl", "激活码<activation_code>输进去提示无效"),
    ("appl", "机身码<serial_no>\n型号<model_no>\n购买日期<date_time>"),
    ("appl", "您好，您的工单<ticket_no>已完工，满意请回复1"),
    # education
    ("edu", "<course_no>学费<amount>，可以分<quantity>"),
    ("edu", "上课时间<date_time>，教室<room_no>"),
    ("edu", "课程编号<course_no>的资料在哪下载"),
    ("edu", "退费<amount>已经审批了，流程号<ticket_no>"),
    ("edu", "直播链接<url>，<date_time>开始"),
    ("edu", "学习卡激活码<activation_code>"),
    ("edu", "报名序号<ticket_no>，准考证什么时候打印"),
    ("edu", "我们是<course_no>，<date_time>在<room_no>上课"),
    ("edu", "优惠<discount>，原价<amount>"),
    ("edu", "老师，受理编号<bad_id>查不到报名记录"),
    ("edu", "续费<amount>送<quantity>课时吗"),
    ("edu", "录播课版本<version>，视频卡"),
    # insurance
    ("ins", "保单号<policy_no>，理赔进度怎么样了"),
    ("ins", "报案号<claim_no>，已经定损<amount>"),
    ("ins", "理赔款<amount>已经支付，请注意查收"),
    ("ins", "车险<date_time>到期，续保<amount>，比去年便宜<discount>"),
    ("ins", "报案电话是<hotline>吗"),
    ("ins", "保单<policy_no>\n保费<amount_upper>\n缴费<quantity>"),
    ("ins", "赔付比例<percent>，免赔额<amount>"),
    ("ins", "理赔申请编号<bad_id>，帮我看下到哪一步了"),
    ("ins", "被保人手机<masked>，是您吗"),
    ("ins", "您的案件<claim_no>材料已齐全，预计<date_time>结案"),
    ("ins", "快递单<tracking_no>寄回的发票原件收到没"),
    # banking
    ("bank", "信用卡账单<amount>，最低还款<amount>"),
    ("bank", "分期手续费率<percent>，每期<amount>"),
    ("bank", "交易流水号<bad_card>，这笔扣款我没消费过"),
    ("bank", "卡号<masked>的卡挂失了吗"),
    ("bank", "尾号<tail_digits>的卡<date_time>有一笔<amount>消费"),
    ("bank", "客服热线<hotline>转人工"),
    ("bank", "贷款合同号<contract_no>，提前还款要违约金吗"),
    ("bank", "【动账提醒】验证码<verify_code>，请勿泄露"),
    ("bank", "额度<amount>，年化<percent>"),
    ("bank", "账单日<date_time>，还款日<date_time>"),
    ("bank", "借款金额<amount_upper>，分<quantity>"),
    ("bank", "参考号<bad_card>，麻烦帮我查一下退款"),
    ("bank", "您好，您尾号<tail_digits>的信用卡本期账单<amount>，到期还款日<date_time>"),
    ("bank", "网点在<place_only>那边吗？几点开门"),
    # estate
    ("estate", "合同编号<contract_no>，押一付三，月租<amount>"),
    ("estate", "物业费<amount>/㎡，面积<area_size>"),
    ("estate", "房源编号<house_id>还在吗"),
    ("estate", "车位<parking_spot>多少钱一个月"),
    ("estate", "维修工单<ticket_no>，水管师傅<date_time>来"),
    ("estate", "会议室<room_no>已经订好了，<date_time>"),
    ("estate", "<place_only>那套<area_size>的，总价<amount>"),
    ("estate", "首付<percent>，贷款<quantity>"),
    ("estate", "快递放前台了，取件码<pickup_code>"),
    ("estate", "停车费<amount>/月，车位<parking_spot>"),
    ("estate", "物业缴费单号<invoice_no>，金额<amount>"),
    ("estate", "租金<amount>，中介费<percent>"),
    # car
    ("car", "VIN码<vin>，帮我查下保养记录"),
    ("car", "<car_model>现车有吗，落地<amount>"),
    ("car", "保养约<date_time>，里程<mileage>"),
    ("car", "4S店救援电话<hotline>"),
    ("car", "<car_model>优惠<amount>，贷款<quantity>免息"),
    ("car", "车架号<vin>，发动机号<serial_no>"),
    ("car", "现在<mileage>了，该换机油了吧，<amount>"),
    ("car", "车载系统升级到<version>以后蓝牙连不上"),
    ("car", "订单<order_no>，定金<amount>"),
    ("car", "手机尾号<tail_digits>预约的<date_time>试驾"),
    # medical
    ("med", "挂号序号<clinic_no>，<date_time>的号"),
    ("med", "门诊号<clinic_no>，报告出了吗"),
    ("med", "体检套餐<amount>，<date_time>空腹来"),
    ("med", "医院热线<hotline>"),
    ("med", "住院号<clinic_no>，押金<amount>"),
    ("med", "<date_time>复查，带上次片子"),
    ("med", "报销比例<percent>，自付<amount>"),
    ("med", "诊室在<room_no>，叫号到<clinic_no>了"),
    # telecom
    ("tel", "套餐<amount>/月，含流量<quantity>"),
    ("tel", "卡的ICCID是<iccid>，激活不了"),
    ("tel", "手机IMEI<imei>，可以查下是否被锁吗"),
    ("tel", "宽带<quantity>，<amount>一年"),
    ("tel", "客服<hotline>一直占线"),
    ("tel", "工号<staff_no>为您服务"),
    ("tel", "系统版本<version>，信号一直不好"),
    ("tel", "短信验证码<verify_code>"),
    ("tel", "本机号码<masked>，话费余额<amount>"),
    ("tel", "<date_time>扣了<amount>，是什么费用"),
    ("tel", "宽带业务单号<ticket_no>，师傅<date_time>上门"),
    # logistics
    ("logi", "运单号<tracking_no>，重量<weight_size>"),
    ("logi", "航班<train_flight>，<date_time>到"),
    ("logi", "坐<train_flight>过去，<date_time>到站"),
    ("logi", "邮编<postal_code>"),
    ("logi", "派件员工号<staff_no>"),
    ("logi", "<tracking_no>\n<tracking_no>\n这两个件一起送"),
    ("logi", "到付<amount>，保价<amount>"),
    ("logi", "快递柜取件码<pickup_code>，超时费<amount>"),
    ("logi", "我的件到<place_only>了，什么时候派送"),
    ("logi", "箱子<weight_size>，能寄吗"),
    ("logi", "单号<tracking_no>不对，是<tracking_no>"),
    ("logi", "预约<date_time>上门取件，<quantity>"),
    # local services
    ("local", "保洁<date_time>，<quantity>，<amount>"),
    ("local", "搬家<amount>起步，<quantity>"),
    ("local", "装修报价<amount>，合同<contract_no>"),
    ("local", "阿姨工号<staff_no>，好评给了"),
    ("local", "<place_only>那边能上门吗"),
    ("local", "定金<amount>，尾款<amount_upper>"),
    ("local", "面积<area_size>，全包<amount>"),
    ("local", "预约<date_time>，订单<order_no>"),
    ("local", "会员卡<member_no>还有<quantity>次"),
    ("local", "您好，服务单<ticket_no>的阿姨<date_time>到"),
    # travel / hotel
    ("misc", "酒店房间<room_no>，空调不制冷"),
    ("misc", "我住<room_no>，续住两晚<amount>"),
    ("misc", "订单<order_no>，<train_flight>，<date_time>出发"),
    ("misc", "会员号<member_no>，积分可以抵<amount>吗"),
    ("misc", "热线<hotline>，工作时间<date_time>"),
    ("misc", "验证码是<verify_code>吗"),
    ("misc", "<masked>是我，我换号了"),
    ("misc", "这个<bad_card>是什么号？短信里发的"),
    ("misc", "单号<bad_card>"),
    ("misc", "编号<bad_id>"),
    ("misc", "统一社会信用代码<credit_code>"),
    ("misc", "发票代码<invoice_no>，发票号码<invoice_no>"),
    ("misc", "邮编<postal_code>，地址就是之前那个"),
    ("misc", "尾号<tail_digits>"),
    ("misc", "<amount>，<date_time>，<quantity>"),
    ("misc", "好的，<date_time>见，<room_no>会议室"),
    ("misc", "版本<version>，型号<model_no>"),
    ("misc", "客服您好，<date_time>打<hotline>没人接"),
    ("misc", "亲 已经帮您备注了哦，订单<order_no>，<date_time>前发出"),
    ("misc", "手机号<masked>已验证"),
)

_TOKEN = re.compile(r"\{(\w+)([\^~]?)\}|<(\w+)>")
N_PII_ROWS = 930
N_NEAR_ROWS = 660
FORCE_PER_FMT = 5
# how much more often a template is drawn per slot of a kind (balances the rarer kinds)
_KIND_BOOST = {"mobile": 0.0, "address": 0.2, "id_card": 0.9, "bank_card": 0.9, "landline": 1.0, "qq": 1.4,
               "wechat": 1.0, "email": 1.0, "plate": 1.0}


def _pick_fmt(r, kind):
    tab = FORMATS[kind]
    return r.choices([f for f, _ in tab], weights=[w for _, w in tab])[0]


def _render(r, tpl, force=None):
    """Fill one template; ``force=(kind, fmt)`` sets the format of the first slot of that kind."""
    out, pos, prev = [], 0, 0
    ents, fmts, nms = [], [], []
    last: dict = {}
    forced_done = False
    for m in _TOKEN.finditer(tpl):
        lit = tpl[prev:m.start()]
        out.append(lit)
        pos += len(lit)
        prev = m.end()
        if m.group(1):
            kind, mod = m.group(1), m.group(2)
            if mod == "^":
                pre, val, post, raw, fmt = last[kind]
            elif mod == "~":
                _, _, _, raw0, fmt = last[kind]
                pre, val, post, raw = FMT_FN[kind][fmt](r, _tweak(kind, raw0, r))
            else:
                if force and force[0] == kind and not forced_done:
                    fmt, forced_done = force[1], True
                else:
                    fmt = _pick_fmt(r, kind)
                pre, val, post, raw = FMT_FN[kind][fmt](r)
            last[kind] = (pre, val, post, raw, fmt)
            s = pos + len(pre)
            ents.append((kind, s, s + len(val)))
            fmts.append(fmt)
            piece = pre + val + post
        else:
            val = NEAR[m.group(3)](r)
            nms.append((m.group(3), pos, pos + len(val)))
            piece = val
        out.append(piece)
        pos += len(piece)
    out.append(tpl[prev:])
    return "".join(out), ents, fmts, nms


def _kinds_of(tpl):
    return [m.group(1) for m in _TOKEN.finditer(tpl) if m.group(1) and not m.group(2)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    # 1) every format forced into FORCE_PER_FMT distinct templates holding its kind
    for kind in KINDS:
        holders = [i for i, (_, t) in enumerate(PII_TEMPLATES) if kind in _kinds_of(t)]
        for fmt, _ in FORMATS[kind]:
            for i in r.sample(holders, min(FORCE_PER_FMT, len(holders))):
                rows.append(_render(r, PII_TEMPLATES[i][1], force=(kind, fmt)))
                tids.append(f"p{i}")
    # 2) the rest by weight
    weights = [1.0 + sum(_KIND_BOOST[k] for k in _kinds_of(t)) for _, t in PII_TEMPLATES]
    idx = list(range(len(PII_TEMPLATES)))
    while len(rows) < N_PII_ROWS:
        i = r.choices(idx, weights=weights)[0]
        rows.append(_render(r, PII_TEMPLATES[i][1]))
        tids.append(f"p{i}")
    # 3) near-miss-only rows: every template at least twice, then uniformly
    near_order = list(range(len(NEAR_TEMPLATES))) * 2
    while len(near_order) < N_NEAR_ROWS:
        near_order.append(r.randrange(len(NEAR_TEMPLATES)))
    for i in near_order:
        rows.append(_render(r, NEAR_TEMPLATES[i][1]))
        tids.append(f"n{i}")
    # shuffle rows like an archive export (keep the template ids aligned)
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[k] for k in order]
    tids = [tids[k] for k in order]
    if meta is not None:
        meta.extend(tids)
    return pd.DataFrame({
        "text": [t for t, _, _, _ in rows],
        "entities": [e for _, e, _, _ in rows],
        "formats": [f for _, _, f, _ in rows],
        "near_misses": [n for _, _, _, n in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind9_corpus() -> pd.DataFrame:
    """The ninth blind corpus: one row per WeCom message (see the module docstring)."""
    return _build()


# ---------------------------------------------------------------------------
# label checks
# ---------------------------------------------------------------------------
_PLATE_RE = re.compile(r"^[" + PLATE_PROV + r"][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_PLACE_UNITS = ("省", "自治区", "市", "区", "县", "镇", "乡", "村", "路", "街", "大道", "园", "城", "苑", "邨", "小区",
                "花园", "家园")
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")


def _valid_entity(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        if not n.isdigit():
            return False
        if n.startswith("0"):
            return any(n.startswith(a) and len(n) - len(a) in (7, 8) and n[len(a)] in "2345678" for a in AREA_CODES)
        return len(n) in (7, 8) and n[0] in "2345678"
    if kind == "id_card":
        n = n.upper()
        if not (_id_ok(n) and n[:6] in ID_AREAS):
            return False
        y, mo, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
        return 1900 < y < 2026 and 1 <= mo <= 12 and 1 <= d <= 31
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and any(n.startswith(b) for b, _ in CARD_BINS)
    if kind == "qq":
        return n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0" and not (len(n) == 11 and n[0] == "1")
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v))
    if kind == "email":
        return bool(_EMAIL_RE.match(unicodedata.normalize("NFKC", v)))
    if kind == "plate":
        return bool(_PLATE_RE.match(n.upper()))
    if kind == "address":
        w = unicodedata.normalize("NFKC", v)
        estates = [e for c in CITIES for e in c[4]]
        return ((any(u in w for u in _PLACE_UNITS) or any(w.startswith(e) for e in estates))
                and bool(_HOUSE_END.search(w))
                and bool(re.search(r"\d", w)) and w == w.strip())
    raise KeyError(kind)


def _near_is_safe(v: str) -> bool:
    n = _norm(v)
    if n.isdigit():
        if 16 <= len(n) <= 19 and _luhn_ok(n):
            return False
        if len(n) == 18 and _id_ok(n):
            return False
        if len(n) == 11 and re.fullmatch(r"1[3-9]\d{9}", n):
            return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    if _EMAIL_RE.match(v) or _PLATE_RE.match(n.upper()):
        return False
    return True


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], list(df.columns)
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), (text, es, fs)
        spans = []
        for k, s, e in es:
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid_entity(k, v), (k, v, text)
            spans.append((s, e))
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR, k
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _near_is_safe(v), (k, v, text)
            spans.append((s, e))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        # a labelled value is never glued to a digit / latin letter it could belong to
        for k, s, e in es:
            if s > 0 and not text[:s].endswith("86"):
                assert not text[s - 1].isdigit(), (k, text)
            if e < len(text):
                assert not text[e].isdigit(), (k, text)
        if not es:
            assert ns, text
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
    assert df.equals(make_blind9_corpus())  # deterministic
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

"""Sixty-first blind PII corpus (``split == "blind61"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十六位写手")
under the blind-corpus rules.  What the writer read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(found with ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines
of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and
the directory listing plus the first few hundred characters of
``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl``.  Nothing else
under ``toolkit/privacy/``, ``tests/``, ``bench/``, ``docs/``, the README or
git history was read; ``toolkit`` was never imported and no masking / finding
function was run on this data.  Values, chat contexts and labels come from
the writer's own idea of what such an archive holds.

What is different here: THE THEME.  An ordinary day of WeCom 1:1 and group
chats of a mother-and-baby store chain (奶粉 / 纸尿裤 / 母婴用品): shop
assistants and customer service talking with members about member
registration and points, home deliveries and address changes, birthday
gifts, milk-powder tin-code (罐码) exchanges, cross-border milk powder that
needs a real-name ID for customs, refunds to a bank card, baby-care classes
(抚触课 / 辅食课), per-store parent group chats, staff onboarding in the
internal group, and grandparents who use voice input (语音转文字, digits
as words with 幺 / 两, no punctuation).  It aims at an average archive, not
at hard cases.  Near-misses are what such chats really hold: order and
tracking numbers, tin codes and batch numbers, member / gift-card numbers
(card-length ones fail Luhn), prices, points, dates, hotlines, verification
and pickup codes (取件码 3-2-1024), coupon codes, masked numbers, baby
weights and heights, product specs, store codes, invoice numbers, postal
codes, classroom numbers, 18-digit serials that fail the ID check.

Seed
----
``SEED = "blind61-muying-第六十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each value format is
first forced ``FORCE_PER_FMT`` (5) times into distinct randomly drawn
templates of a compatible channel (typed ``t`` / voice ``v``); the remaining
rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; names are never labelled), ``formats`` (one
format name per entity, same order), ``near_misses`` (list of
``(near_kind, start, end)``, things that must NOT be masked) and ``split``
(always ``"blind61"``).  Spans hold the value only: cue words, ``+86`` /
``0086`` prefixes and landline extensions (转806, -806, 分机806) are outside;
separators inside a value are inside.  An address runs from its first place
unit (province / city / district / county / town / village / road / estate)
to its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / a bare room
number such as 1502 or 12-2-1502); remarks such as （放门口） are outside.

Counts (``python tests/privacy/pii_blind61.py``)
------------------------------------------------
rows=1620 pii_rows=940 near_rows=680 entities=1340
(mobile 420, address 280, id_card 139, landline 102, plate 84, bank_card 84,
qq 80, email 77, wechat 74);
near-miss spans=1102 (901 in near-miss rows), 25 near-miss kinds
(date_time 130, price 114, baby_metric 88, time 68, order_no 64, quantity 58,
hotline 51, spec 49, tracking_no 49, tin_code 43, verify_code 39,
classroom 38, serial_no 36, pickup_code 31, coupon_code 29, points 28,
member_no 27, postal_code 26, store_code 23, masked_card 22, masked 21,
batch_no 21, invoice_no 17, gift_card 16, staff_no 14);
formats=39 distinct, each used >= 8 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind61-muying-第六十六位写手"
SPLIT = "blind61"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 940
N_NEAR_ROWS = 680

# ----------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


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


_CN2D = {"零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
         "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "叉": "X"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(_CN2D.get(c, c) for c in s if c not in " -·.()（），,")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _cn_digits(rng: random.Random, s: str) -> str:
    out = []
    for c in s:
        if c == "1":
            out.append(rng.choice(("幺", "幺", "一")))
        elif c == "2":
            out.append(rng.choice(("二", "二", "两")))
        elif c == "0":
            out.append("零")
        elif c in "Xx":
            out.append("叉")
        else:
            out.append("零一二三四五六七八九"[int(c)])
    return "".join(out)


# ----------------------------------------------------------------------------- value generators

_MOBILE_PFX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
               "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
               "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")


def _mobile_raw(rng):
    return rng.choice(_MOBILE_PFX) + _digits(rng, 8)


def m_plain(rng):
    return _mobile_raw(rng)


def m_space(rng):
    m = _mobile_raw(rng)
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def m_dash(rng):
    m = _mobile_raw(rng)
    return f"{m[:3]}-{m[3:7]}-{m[7:]}"


def m_voice(rng):
    m = _mobile_raw(rng)
    c = _cn_digits(rng, m)
    return c if rng.random() < 0.6 else f"{c[:3]}，{c[3:7]}，{c[7:]}"


_AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
_AREA4 = ("0755", "0571", "0512", "0574", "0531", "0532", "0371", "0731", "0591", "0592", "0411", "0451",
          "0431", "0311", "0351", "0871", "0851", "0771", "0791", "0551", "0757", "0769", "0510", "0577")


def _landline_parts(rng):
    if rng.random() < 0.5:
        area = rng.choice(_AREA3)
        local = rng.choice("2345678") + _digits(rng, 7)
    else:
        area = rng.choice(_AREA4)
        local = rng.choice("2345678") + _digits(rng, 7 if rng.random() < 0.9 else 6)
    return area, local


def l_dash(rng):
    a, b = _landline_parts(rng)
    return f"{a}-{b}"


def l_paren(rng):
    a, b = _landline_parts(rng)
    return f"({a}){b}" if rng.random() < 0.6 else f"（{a}）{b}"


def l_plain(rng):
    a, b = _landline_parts(rng)
    return a + b


def l_space(rng):
    a, b = _landline_parts(rng)
    return f"{a} {b}"


_PINYIN = ("lele", "xiaoyu", "tingting", "wangjing", "chenxi", "mumu", "yuanyuan", "huanhuan", "doudou",
           "zhangli", "liuyang", "sunmei", "tangtang", "guoguo", "yaya", "xinxin", "jiajia", "ruirui")


def e_qq(rng):
    return rng.choice("123456789") + _digits(rng, rng.choice((7, 8, 9, 9))) + "@qq.com"


def e_name(rng):
    base = rng.choice(_PINYIN)
    tail = rng.choice(("", "_", ".", "")) + rng.choice(("2019", "0612", "88", "1990", "mama", "521", "666"))
    dom = rng.choice(("163.com", "126.com", "sina.com", "foxmail.com", "hotmail.com", "163.com", "yeah.net"))
    return f"{base}{tail}@{dom}"


def e_corp(rng):
    user = rng.choice(("hr", "caiwu", "fapiao", "kefu", "zhaopin", "mendian", "service")) + rng.choice(("", "01", "2"))
    dom = rng.choice(("beibeile.com.cn", "yingtong-baby.com", "ahaxiaoxiang.cn", "jianmu-health.com",
                      "huaxinmaternity.com"))
    return f"{user}@{dom}"


_ID_AREAS = ("110101", "110105", "110108", "120101", "130102", "140105", "210102", "220102", "230103", "310104",
             "310115", "310112", "320102", "320583", "320506", "330102", "330106", "330110", "340104", "350203",
             "360102", "370202", "410105", "411625", "420106", "430104", "440106", "440305", "441900", "450103",
             "500103", "510107", "511324", "520102", "530102", "610113", "620102", "341221")


def _id_raw(rng, x=None):
    while True:
        area = rng.choice(_ID_AREAS)
        y = rng.choice((rng.randint(1984, 2000), rng.randint(1984, 2000), rng.randint(1956, 1970)))
        mth = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = f"{area}{y}{mth:02d}{d:02d}{_digits(rng, 3)}"
        s = body + _id_check(body)
        if x is None or (x == (s[-1] == "X")):
            return s


def i_plain(rng):
    return _id_raw(rng, x=False)


def i_xupper(rng):
    return _id_raw(rng, x=True)


def i_xlower(rng):
    return _id_raw(rng, x=True).lower()


def i_space(rng):
    s = _id_raw(rng)
    return f"{s[:6]} {s[6:14]} {s[14:]}"


def i_voice(rng):
    return _cn_digits(rng, _id_raw(rng))


_BIN19 = ("622202", "622848", "621700", "621790", "622262", "623058", "621226", "622908")
_BIN16 = ("621483", "622588", "622609", "622155", "625906")
_BIN_CREDIT = ("436742", "427018", "524094", "552599", "438088", "518710")
_BIN95 = ("95599", "95588", "95566")


def _card_raw(rng, prefix, n):
    body = prefix + _digits(rng, n - 1 - len(prefix))
    return body + _luhn_digit(body)


def b_plain19(rng):
    return _card_raw(rng, rng.choice(_BIN19), 19)


def b_plain16(rng):
    return _card_raw(rng, rng.choice(_BIN16), 16)


def b_space4(rng):
    c = _card_raw(rng, rng.choice(_BIN19), 19) if rng.random() < 0.6 else _card_raw(rng, rng.choice(_BIN16), 16)
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def b_d95(rng):
    return _card_raw(rng, rng.choice(_BIN95), 19)


def b_credit(rng):
    c = _card_raw(rng, rng.choice(_BIN_CREDIT), 16)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def q_plain(rng):
    return rng.choice("123456789") + _digits(rng, rng.choice((7, 8, 8, 9, 9, 9)))


def q_voice(rng):
    return _cn_digits(rng, q_plain(rng))


def w_alnum(rng):
    return rng.choice(_PINYIN) + rng.choice(("mama", "ma", "baba", "")) + rng.choice(("2019", "0612", "88", "1314",
                                                                                      "520", "2021", "666"))


def w_underscore(rng):
    return rng.choice(_PINYIN) + "_" + rng.choice(("mama", "baby", "jia", "ly", "0808", "2020", "xx"))


def w_wxid(rng):
    return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))


def w_dash(rng):
    return rng.choice(("Lele", "Mumu", "Yoyo", "Coco", "Amy", "Doudou", "Tang")) + "-" + rng.choice(
        ("mama", "Mom", "baby")) + _digits(rng, rng.choice((2, 4)))


_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
_PLATE_L = "ABCDEFGHJK"
_PLATE_C = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _plate_core(rng):
    while True:
        s = "".join(rng.choice(_PLATE_C) for _ in range(5))
        if sum(c.isalpha() for c in s) <= 2:
            return s


def p_plain(rng):
    return rng.choice(_PROV) + rng.choice(_PLATE_L) + _plate_core(rng)


def p_dot(rng):
    return rng.choice(_PROV) + rng.choice(_PLATE_L) + "·" + _plate_core(rng)


def p_ne(rng):
    return rng.choice(_PROV) + rng.choice(_PLATE_L) + rng.choice("DF") + rng.choice("0123456789ABCDEFGHJK") + _digits(rng, 4)


def p_space(rng):
    return rng.choice(_PROV) + rng.choice(_PLATE_L) + " " + _plate_core(rng)


# addresses: (province, city, districts, roads, estates); province "" for municipalities
_CITIES = (
    ("", "上海市", ("浦东新区", "闵行区", "宝山区", "松江区", "徐汇区"), ("张杨路", "莘松路", "共康路", "人民北路", "漕溪北路"),
     ("金桥新城", "春申景城", "共富新村", "文诚佳苑", "汇翠花园")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "大兴区", "通州区"), ("望京西路", "学院路", "科丰路", "旧宫东路", "新华西街"),
     ("望京花园", "龙泽苑", "康乃馨城", "富力又一城", "天通苑东一区")),
    ("广东省", "广州市", ("天河区", "番禺区", "白云区", "海珠区"), ("天河北路", "市桥路", "同和路", "江南大道中"),
     ("华景新城", "祈福新邨", "保利西海岸", "金色梦想花园")),
    ("广东省", "深圳市", ("南山区", "宝安区", "龙岗区", "福田区"), ("南海大道", "新安六路", "布吉路", "益田路"),
     ("南山花园", "碧海红树园", "四季花城", "中海华庭")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "拱墅区", "萧山区"), ("文三路", "文一西路", "莫干山路", "市心中路"),
     ("翠苑一区", "西溪里", "锦绣文苑", "金色钱塘")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "建邺区"), ("中山北路", "双龙大道", "江东中路"), ("莫愁新寓", "百家湖花园", "万达华府")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区"), ("东吴北路", "人民路", "阳澄湖西路"), ("湖畔天城", "苏苑新村", "朗诗国际")),
    ("四川省", "成都市", ("武侯区", "成华区", "双流区"), ("武侯大道", "建设路", "棠湖西路"), ("清水河花园", "东郊记忆小区", "蓝光耍街")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "建设大道", "中北路"), ("光谷坐标城", "城市花园", "东湖国际")),
    ("河南省", "郑州市", ("金水区", "二七区", "管城回族区"), ("花园路", "大学路", "紫荆山路"), ("森林半岛", "正商城", "香溪郡")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), ("香港中路", "海尔路", "长江中路"), ("海信慧园", "印象山", "金沙滩花园")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区"), ("科技路", "凤城八路", "子午大道"), ("曲江花园", "枫林绿洲", "中铁西安中心")),
)
_RURAL = (
    ("河南省", "周口市", "郸城县", "汲冢镇", "王庄村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "李湾村"),
    ("山东省", "菏泽市", "曹县", "庄寨镇", "张庄村"), ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
    ("四川省", "南充市", "仪陇县", "新政镇", "石佛村"), ("湖南省", "邵阳市", "邵东市", "廉桥镇", "新田村"),
)


def _room(rng):
    floor = rng.randint(2, 28)
    return f"{floor}{rng.randint(1, 4):02d}"


def _bld(rng):
    return str(rng.randint(1, 36)) + rng.choice(("栋", "幢", "号楼", "栋"))


def a_full(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    return f"{p}{c}{rng.choice(ds)}{rng.choice(rs)}{rng.randint(1, 1999)}号{rng.choice(es)}{_bld(rng)}" \
           f"{rng.randint(1, 4)}单元{_room(rng)}室"


def a_city(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    tail = rng.choice((f"{_bld(rng)}{_room(rng)}室", f"{_bld(rng)}{rng.randint(1, 3)}单元{_room(rng)}"))
    return f"{c}{rng.choice(ds)}{rng.choice(es)}{tail}"


def a_district(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    if rng.random() < 0.5:
        return f"{rng.choice(ds)}{rng.choice(rs)}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{_room(rng)}"
    return f"{rng.choice(ds)}{rng.choice(rs)}{rng.randint(1, 999)}号{rng.choice(es)}{_bld(rng)}{_room(rng)}室"


def a_estate(rng):
    es = rng.choice(_CITIES)[4]
    return f"{rng.choice(es)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{_room(rng)}"


def a_road(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    if rng.random() < 0.5:
        return f"{rng.choice(rs)}{rng.randint(1, 1999)}号"
    return f"{rng.choice(ds)}{rng.choice(rs)}{rng.randint(1, 1999)}号"


def a_dash(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    pre = rng.choice((c + rng.choice(ds), rng.choice(ds), c))
    return f"{pre}{rng.choice(es)}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{_room(rng)}"


def a_rural(rng):
    p, c, x, t, v = rng.choice(_RURAL)
    head = rng.choice((p + c + x, c + x, p + c + x))
    return f"{head}{t}{v}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"


_CN_NUM = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十五", "十八",
           "二十", "二十二")


def a_voice(rng):
    p, c, ds, rs, es = rng.choice(_CITIES)
    room = _cn_digits(rng, _room(rng)).replace("幺", "一").replace("两", "二")
    head = rng.choice((c + rng.choice(ds), rng.choice(ds), c + rng.choice(ds)))
    return f"{head}{rng.choice(es)}{rng.choice(_CN_NUM[1:])}栋{rng.choice(_CN_NUM[1:4])}单元{room}"


# kind -> list of (format, generator, weight, channels)
FORMATS = {
    "mobile": (("plain_11", m_plain, 6, "tv"), ("space_344", m_space, 2, "t"), ("dash_344", m_dash, 1, "t"),
               ("voice_words", m_voice, 3, "v")),
    "landline": (("area_dash", l_dash, 5, "t"), ("area_paren", l_paren, 2, "t"), ("area_plain", l_plain, 2, "t"),
                 ("area_space", l_space, 1, "t")),
    "email": (("qq_number_mail", e_qq, 4, "t"), ("pinyin_mail", e_name, 3, "t"), ("corp_domain", e_corp, 1, "t")),
    "id_card": (("plain_18", i_plain, 6, "tv"), ("x_upper", i_xupper, 2, "t"), ("x_lower", i_xlower, 1, "t"),
                ("space_684", i_space, 1, "t"), ("voice_words", i_voice, 3, "v")),
    "bank_card": (("unionpay_19", b_plain19, 5, "t"), ("unionpay_16", b_plain16, 2, "t"),
                  ("space_4", b_space4, 3, "t"), ("domestic95_19", b_d95, 1, "t"), ("credit_space_4", b_credit, 1, "t")),
    "qq": (("plain", q_plain, 5, "tv"), ("voice_words", q_voice, 3, "v")),
    "wechat": (("pinyin_digits", w_alnum, 4, "t"), ("underscore", w_underscore, 2, "t"), ("wxid", w_wxid, 1, "t"),
               ("dash_caps", w_dash, 1, "t")),
    "plate": (("plain", p_plain, 5, "tv"), ("dot_sep", p_dot, 2, "t"), ("new_energy", p_ne, 2, "tv"),
              ("space_sep", p_space, 1, "t")),
    "address": (("full_province", a_full, 3, "t"), ("city_start", a_city, 4, "tv"), ("district_start", a_district, 3, "tv"),
                ("estate_room", a_estate, 3, "t"), ("road_number", a_road, 1, "t"), ("dash_room", a_dash, 2, "t"),
                ("rural_village", a_rural, 1, "tv"), ("voice_cn_numerals", a_voice, 3, "v")),
}

# ----------------------------------------------------------------------------- near-miss generators


def _not_personal_digits(s: str) -> bool:
    n = _norm(s)
    if n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n):
        return False
    if len(n) == 18 and n[:17].isdigit() and _id_ok(n):
        return False
    if n.isdigit() and len(n) == 11 and n[0] == "1" and n[1] in "3456789":
        return False
    return True


def n_order(rng):
    return rng.choice(("24", "25")) + _digits(rng, rng.choice((14, 16, 17)))


def n_tracking(rng):
    r = rng.random()
    if r < 0.3:
        return "SF" + rng.choice("1234") + _digits(rng, 12)
    if r < 0.5:
        return "YT" + _digits(rng, 13)
    if r < 0.65:
        return "JDX0" + _digits(rng, 11)
    if r < 0.85:
        return "7" + rng.choice("3578") + _digits(rng, 12)
    return "43" + _digits(rng, 11)


def n_tin(rng):
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice((12, 16))))
    if r < 0.7:
        return _digits(rng, 20)
    d = _digits(rng, 16)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def n_batch(rng):
    return rng.choice(("L", "B", "")) + f"202{rng.randint(3, 5)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + \
        rng.choice(("", "A", "01", "B2"))


def n_price(rng):
    v = rng.choice((268, 298, 328, 358, 398, 429, 199, 139, 89.9, 69, 1288, 726, 45.5))
    return rng.choice((f"¥{v}", f"{v}元", f"{v}块", f"{v}"))


def n_points(rng):
    return str(rng.randint(120, 28000))


def n_date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"2024-{m:02d}-{d:02d}", f"{m}月{d}号", f"{m}.{d}", f"2025年{m}月{d}日",
                       f"{m}月{d}日下午{rng.randint(2, 5)}点", f"周{rng.choice('一二三四五六日')}上午10:00"))


def n_member(rng):
    return rng.choice(("VIP", "HY", "")) + rng.choice("2345689") + _digits(rng, rng.choice((7, 8)))


def n_hotline(rng):
    return rng.choice(("400-820-" + _digits(rng, 4), "400" + _digits(rng, 7), "800-820-" + _digits(rng, 4),
                       "95" + rng.choice(("511", "555", "588", "533", "566", "559")), "12315", "4006-" + _digits(rng, 3) + "-" + _digits(rng, 3)))


def n_vcode(rng):
    return _digits(rng, rng.choice((4, 6, 6)))


def n_pickup(rng):
    return rng.choice((f"{rng.randint(1, 20)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
                       f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", str(rng.randint(100000, 999999))))


def n_coupon(rng):
    return rng.choice(("MY", "YB", "NF", "")) + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))


def n_giftcard(rng):
    while True:
        d = rng.choice(("8800", "6688", "9001")) + _digits(rng, 12)
        if not _luhn_ok(d):
            return d if rng.random() < 0.5 else " ".join(d[i:i + 4] for i in range(0, 16, 4))


def n_masked(rng):
    m = _mobile_raw(rng)
    return rng.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}"))


def n_masked_card(rng):
    return rng.choice((f"6222 **** **** {_digits(rng, 4)}", f"{rng.choice(_BIN19)}*********{_digits(rng, 4)}",
                       f"尾号{_digits(rng, 4)}"))


def n_metric(rng):
    return rng.choice((f"{rng.randint(3, 13)}.{rng.randint(0, 9)}kg", f"{rng.randint(6, 25)}斤", f"{rng.randint(50, 90)}cm",
                       f"{rng.randint(1, 24)}个月"))


def n_spec(rng):
    return rng.choice((f"{rng.randint(1, 4)}段800g", f"{rng.randint(1, 3)}段 900g×{rng.choice((2, 4, 6))}罐",
                       f"{rng.choice(('NB', 'S', 'M', 'L', 'XL'))}码{rng.choice((84, 72, 62, 54, 44))}片", "L码 2包", "XXL 28片"))


def n_store(rng):
    return rng.choice(("SH", "HZ", "SZ", "NJ", "WH", "CD")) + _digits(rng, 4)


def n_invoice(rng):
    return _digits(rng, rng.choice((8, 20)))


def n_postal(rng):
    return rng.choice(("200", "100", "510", "518", "310", "210", "215", "610", "430", "450")) + _digits(rng, 3)


def n_classroom(rng):
    return rng.choice((f"A{rng.randint(201, 309)}", f"{rng.randint(2, 3)}0{rng.randint(1, 8)}", f"{rng.randint(2, 3)}楼"))


def n_serial(rng):
    while True:
        s = "T" + _digits(rng, 17) if rng.random() < 0.3 else rng.choice("1234") + _digits(rng, 17)
        if _not_personal_digits(s):
            return s


def n_time(rng):
    return rng.choice((f"{rng.randint(8, 20)}:{rng.choice(('00', '30'))}", f"{rng.randint(8, 11)}:00-{rng.randint(12, 21)}:00",
                       f"{rng.randint(1, 11)}点半"))


def n_qty(rng):
    return rng.choice((f"{rng.randint(2, 12)}罐", f"{rng.randint(2, 8)}箱", f"{rng.randint(2, 6)}包", f"{rng.randint(2, 40)}件"))


def n_staff(rng):
    return rng.choice(("", "", "MY")) + rng.choice("12") + _digits(rng, 4)


NEAR = {
    "order_no": n_order, "tracking_no": n_tracking, "tin_code": n_tin, "batch_no": n_batch, "price": n_price,
    "points": n_points, "date_time": n_date, "member_no": n_member, "hotline": n_hotline, "verify_code": n_vcode,
    "pickup_code": n_pickup, "coupon_code": n_coupon, "gift_card": n_giftcard, "masked": n_masked, "masked_card": n_masked_card, "baby_metric": n_metric,
    "spec": n_spec, "store_code": n_store, "invoice_no": n_invoice, "postal_code": n_postal, "classroom": n_classroom,
    "serial_no": n_serial, "time": n_time, "quantity": n_qty, "staff_no": n_staff,
}

FILLERS = {
    "ext": lambda r: r.choice(("806", "8012", "203", "6", "1024", "302")),
    "emoji": lambda r: r.choice(("😊", "🙏", "👌", "😂", "🥰", "👍", "[抱拳]", "[愉快]", "~", "")),
    "store": lambda r: r.choice(("万达店", "龙湖天街店", "吾悦广场店", "人民路店", "新城店", "中心店", "大学城店")),
    "brand": lambda r: r.choice(("飞鹤", "君乐宝", "爱他美", "美赞臣", "a2", "惠氏启赋", "伊利金领冠", "帮宝适", "花王", "好奇")),
    "role": lambda r: r.choice(("宝爸", "我老公", "孩子姥姥", "我婆婆", "家里阿姨", "宝妈本人", "孩子爷爷")),
}

# ----------------------------------------------------------------------------- templates
# {kind} typed value, {kind@v} voice value, {~near} near-miss, {$filler} unlabelled filler

PII_T = (
    "你好，帮我登记一下会员，手机号{mobile}，宝宝预产期{~date_time}",
    "会员手机号是{mobile}，帮我查下积分还有多少{$emoji}",
    "{mobile} 这个是{$role}的号，会员卡绑的是这个",
    "地址：{address}\n电话：{mobile}\n放门口就行，宝宝在睡觉别敲门{$emoji}",
    "送货地址改一下，改成{address}，{mobile}",
    "收货人宝妈 {mobile} {address}",
    "麻烦送到{address}（物业代收）",
    "快递到{address}吧，电话{mobile}，订单号{~order_no}",
    "宝宝生日礼登记：宝宝生日{~date_time}，家长手机{mobile}",
    "生日礼包寄到这个地址：{address}，收件电话{mobile}{$emoji}",
    "罐码换积分，罐底码{~tin_code}，会员手机{mobile}",
    "这周六的抚触课报个名，{mobile}，宝宝{~baby_metric}",
    "群里的宝妈有要拼团的加我微信{wechat}，满{~quantity}包邮",
    "我是{$store}店长，微信{wechat}，有问题直接找我",
    "门店电话{landline}，营业时间{~time}，欢迎来店里玩{$emoji}",
    "退款原路退不了，麻烦发一下卡号，{bank_card}，{$brand}那单{~price}",
    "卡号{bank_card}\n开户行：中国农业银行{$store}支行",
    "跨境奶粉清关要实名，收件人身份证{id_card}，手机{mobile}",
    "海淘的{$brand}要填身份证号：{id_card}，和收货人名字一致的",
    "新同事入职资料：身份证 {id_card}，工资卡 {bank_card}，手机 {mobile}",
    "停车登记：{plate}，来参加育儿讲座的",
    "送货车车牌{plate}，司机到了会打您电话",
    "我车牌{plate}，停店门口了，麻烦帮我把{~quantity}纸尿裤搬出来{$emoji}",
    "电子发票发到{email}，抬头个人就行",
    "发票发我邮箱吧 {email}",
    "简历发一下 {email} 谢谢店长",
    "QQ {qq} 加一下，宝宝照片发你参加萌宝大赛",
    "我家座机{landline}，手机没电了打这个",
    "客服热线{~hotline}打不通，门店座机{landline}转{$ext}也没人接",
    "亲，您的会员已注册成功，绑定手机{mobile}，首单立减{~price}",
    "亲 请核对一下地址：{address}，手机{mobile}，没问题的话今天下午发出",
    "{address}\n{mobile}\n要两罐{$brand}三段",
    "{mobile}\n{address}",
    "我换手机号了，新号{mobile}，旧号{~masked}不用了",
    "你好 我的会员是用{mobile}注册的 可是现在登录不上",
    "妈妈群新人报到！宝宝{~baby_metric}，住{address}附近，微信{wechat}",
    "我住{address}，附近有宝妈一起拼单吗，我电话{mobile}",
    "麻烦把{~spec}送到{address}，到了打{mobile}，不接就打座机{landline}",
    "微信号{wechat}，手机同号{mobile}",
    "加我微信吧：{wechat}",
    "vx {wechat} 备注宝宝月龄就行",
    "已转账{~price}，付款的卡是{bank_card}",
    "亲，退款已提交，预计3-5个工作日退回到{~masked_card}的卡上。如有疑问请拨打{landline}",
    "实名认证一直失败，身份证{id_card}，是不是系统问题？",
    "帮我老婆办个会员卡，身份证{id_card}，电话{mobile}，住{address}",
    "我QQ是{qq}，邮箱{email}",
    "{qq} 这是我的QQ，晚上发照片给你",
    "QQ号:{qq}",
    "总部邮箱{email}，投诉建议都可以发这里",
    "明天上午配送，地址{address}，联系电话{mobile}/{landline}",
    "【配送信息】\n收货地址：{address}\n联系电话：{mobile}\n配送时间：{~date_time}",
    "奶粉到货了吗？我订的{$brand}，预留手机{mobile}",
    "店里的座机是{landline}吗？我打了好几次占线",
    "区域经理电话{mobile}，座机{landline}-{$ext}",
    "我在{address}，能送吗？",
    "地址是{address}，快递柜放不下的话放驿站，取件码{~pickup_code}那种发我一下",
    "新地址：{address}（原来那个不住了）",
    "退货寄回：{address}，收件电话{landline}，快递单号写上{~tracking_no}",
    "宝宝满月了来领礼品，登记手机{mobile}，会员卡号{~member_no}",
    "车是{plate}的，保安说要登记",
    "{plate} 这辆车是我们送货的 物业放一下行",
    "代客泊车登记 车牌：{plate} 手机：{mobile}",
    "收到，已给您备注：车牌{plate}，到店后会有人出来接{$emoji}",
    "身份证号{id_card}\n手机号{mobile}\n地址{address}",
    "营业执照上登的联系电话是{landline}，邮箱{email}",
    "工资卡换成{bank_card}了，财务那边麻烦更新下",
    "提现到卡号 {bank_card}，分佣{~price}",
    "信用卡{bank_card}刷不了，能换一张吗",
    "宝宝保险赠险登记：投保人身份证{id_card}，手机{mobile}",
    "这个是我微信 {wechat} 你加我 我把小票拍给你",
    "客户微信{wechat}，电话{mobile}，想问{$brand}的活动，谁跟一下",
    "@店长 有位顾客要送货上门，{address}，电话{mobile}",
    "麻烦寄到我单位：{address}，座机{landline}",
    "我的邮箱是{email}，活动海报发我一份",
    "报名辅食课：宝宝{~baby_metric}，联系方式{mobile}，时间选{~date_time}",
    "送到{address}，小区门口有保安，{mobile}，我下楼拿",
    "{address} 送这",
    "收件人：宝妈\n电话：+86 {mobile}\n地址：{address}",
    "手机号码：{mobile}；会员等级：金卡；积分{~points}",
    "如有问题联系{mobile}（微信同号）",
    "奶粉试用装寄送地址{address}，谢谢",
    "联系电话 {landline} 或 {mobile}",
    "{email}",
    "我老公身份证是{id_card}，我的是{id_card}",
    "清关资料：{id_card}，收件手机{mobile}，收件地址{address}",
    "帮我查一下{mobile}这个号下面的订单",
    "{mobile}这个号办的储值卡，余额还剩多少",
    "我QQ邮箱{email}，电子发票麻烦发一下，订单{~order_no}",
    "店里收款卡号改为{bank_card}（工行），以后对公转账打这个",
    "我开的是{plate}，白色的，在B2停车场",
    "萌宝大赛投票群满了，加QQ群主{qq}拉你",
    "不怎么用微信，有事QQ找我：{qq}，或者打{mobile}",
    "扣扣{qq}，宝宝满月照原图发你",
    "孩子小姨帮我弄的，她QQ{qq}，电话{mobile}",
)

VOICE_T = (
    "喂你好我是宝宝奶奶我的电话是{mobile@v}奶粉到了给我打电话",
    "那个送货的地址是{address@v}你们送过来的时候打我电话{mobile@v}",
    "我孙子的奶粉还是老样子两罐送到{address@v}就行",
    "身份证号码是{id_card@v}你看对不对",
    "我的扣扣是{qq@v}你加我一下",
    "车牌号{plate@v}我在门口等着呢",
    "我是宝宝爷爷 我手机号{mobile@v} 会员是这个号",
    "你给我送到{address@v} 我在家的",
    "我电话{mobile@v}，地址{address@v}，要那个三段的",
    "喂 那个罐码换积分怎么弄 我手机是{mobile@v}",
    "我家住在{address@v}，你们什么时候送",
    "给我孙女报那个游泳课 电话{mobile@v} 她奶奶",
    "登记身份证啊 {id_card@v} 我说的对吧",
    "扣扣号{qq@v}，我女儿让我发给你的",
    "我开车过来的车牌是{plate@v}你跟保安说一下",
    "纸尿裤送到{address@v}电话是{mobile@v}谢谢啊",
    "我那个手机号码{mobile@v}你帮我查查积分",
    "清关要身份证是吧{id_card@v}",
    "你就打{mobile@v}这个号码找我",
    "我QQ是{qq@v}以前那个号",
    "地址写{address@v}写清楚一点上次送错了",
    "停车登记{plate@v}",
    "身份证号{id_card@v}电话{mobile@v}",
)

NEAR_T = (
    "订单号{~order_no}，什么时候发货呀",
    "快递单号{~tracking_no}，显示已签收但我没收到",
    "罐底码{~tin_code}，扫了提示已兑换过是怎么回事",
    "批号{~batch_no}的奶粉能喝吗，生产日期{~date_time}",
    "这罐{~price}，会员价多少",
    "积分还有{~points}，能换什么",
    "亲，生日礼{~date_time}之前来店领取哦{$emoji}",
    "会员卡号{~member_no}，帮我查下",
    "全国客服热线{~hotline}，工作时间{~time}",
    "验证码{~verify_code}，麻烦帮我登录一下",
    "取件码{~pickup_code}，放在菜鸟驿站了",
    "券码{~coupon_code}用不了",
    "礼品卡卡号{~gift_card}，余额多少",
    "登记的手机是{~masked}吗？",
    "宝宝{~baby_metric}，喝几段比较合适",
    "要{~spec}，店里还有货吗",
    "门店编码{~store_code}，这个月任务{~price}",
    "发票号码{~invoice_no}，开错了能重开吗",
    "邮编{~postal_code}要写吗",
    "抚触课在{~classroom}教室，{~time}开始",
    "交易流水号{~serial_no}，钱扣了订单没生成",
    "买了{~quantity}，凑单满{~price}减50",
    "工号{~staff_no}在班，有事@我",
    "{~order_no}这个订单退一下",
    "{~tracking_no} 顺丰的 帮我催一下",
    "今天{~time}前下单明天到",
    "满{~price}送{~spec}试用装",
    "宝宝{~baby_metric}了还不爱喝奶怎么办",
    "明天{~date_time}有辅食课，{~classroom}，名额剩{~quantity}",
    "亲，您的订单{~order_no}已发货，快递单号{~tracking_no}",
    "罐码：{~tin_code}\n罐码：{~tin_code}",
    "批次{~batch_no}有没有召回的",
    "上次那个{~coupon_code}券还能用吗 到期{~date_time}",
    "退款{~price}已原路退回，流水号{~serial_no}",
    "尾号{~verify_code}那个？不对吧",
    "@所有人 本周六{~time}抚触课，{~classroom}，带好隔尿垫",
    "投诉打{~hotline}没用，一直排队",
    "纸尿裤{~spec}，{~price}一包，比上次贵了",
    "会员号{~member_no}，积分{~points}，怎么少了",
    "发票{~invoice_no}收到了谢谢",
    "寄回时请备注订单号{~order_no}哦",
    "{~date_time}的订单，还没到",
    "储值卡{~gift_card}，能转给我妹用吗",
    "宝宝{~baby_metric}，{~baby_metric}，发育正常吗",
    "本店{~store_code}，月底盘点",
    "物流显示{~tracking_no}在派送中",
    "菜鸟驿站取件码 {~pickup_code}",
    "活动时间{~date_time}至{~date_time}",
    "新人券 {~coupon_code} 复制后在小程序里兑换",
    "罐码{~tin_code}扫不出来",
    "银行卡{~masked_card}，退款到这张",
    "我们总部客服电话{~hotline}哈，24小时的",
    "刚才验证码发了{~verify_code}，又过期了",
    "这个{~spec}的尿不湿有没有赠品",
    "{~quantity}一起买便宜吗",
    "发货地邮编{~postal_code}",
    "生产日期{~date_time}，保质期两年",
    "群公告：{~date_time}店庆，全场{~price}起",
    "收银流水{~serial_no}，小票丢了能补打吗",
    "店员工号{~staff_no}，服务态度很好👍",
)


# ----------------------------------------------------------------------------- building

_SLOT = re.compile(r"\{(~|\$)?(\w+)(?:@(v))?\}")


def _slots(tpl):
    return [(m.group(1) or "", m.group(2), m.group(3) or "t") for m in _SLOT.finditer(tpl)]


def _fill(rng, tpl, forced=None):
    forced = forced or {}
    out, ents, fmts, nears = [], [], [], []
    pos, last = 0, 0
    for i, m in enumerate(_SLOT.finditer(tpl)):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        pre, name, ch = m.group(1) or "", m.group(2), m.group(3) or "t"
        if pre == "$":
            v = FILLERS[name](rng)
        elif pre == "~":
            while True:
                v = NEAR[name](rng)
                if _not_personal_digits(v):
                    break
            nears.append((name, pos, pos + len(v)))
        else:
            opts = [f for f in FORMATS[name] if ch in f[3]]
            if i in forced:
                fmt = next(f for f in opts if f[0] == forced[i])
            else:
                fmt = rng.choices(opts, weights=[f[2] for f in opts])[0]
            v = fmt[1](rng)
            ents.append((name, pos, pos + len(v)))
            fmts.append(fmt[0])
        out.append(v)
        pos += len(v)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _build(meta=None):
    rng = random.Random(SEED)
    rows = []
    pii_t = [("P", i, t) for i, t in enumerate(PII_T)] + [("V", i, t) for i, t in enumerate(VOICE_T)]

    def add(tid, tpl, forced=None):
        text, ents, fmts, nears = _fill(rng, tpl, forced)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    # forced phase: every format into FORCE_PER_FMT distinct templates of a compatible channel
    for kind in KINDS:
        for fname, _g, _w, chans in FORMATS[kind]:
            cands = []
            for src, i, t in pii_t:
                for si, (pre, name, ch) in enumerate(_slots(t)):
                    if not pre and name == kind and ch in chans:
                        cands.append((src, i, t, si))
                        break
            picks = rng.sample(cands, min(FORCE_PER_FMT, len(cands)))
            for src, i, t, si in picks:
                add(f"{src}{i}", t, {si: fname})
    # free phase
    n_voice = N_PII_ROWS // 6
    while len(rows) < N_PII_ROWS:
        if sum(1 for r in rows) < N_PII_ROWS - n_voice:
            src, i, t = rng.choice(pii_t[:len(PII_T)])
        else:
            src, i, t = rng.choice(pii_t[len(PII_T):])
        add(f"{src}{i}", t)
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_T))
        add(f"N{i}", NEAR_T[i])
    order = list(range(len(rows)))
    rng.shuffle(order)
    if meta is not None:
        meta[:] = [meta[j] for j in order]
    return pd.DataFrame([rows[j] for j in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind61_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------- checks

_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|\d|[零一二三四五六七八九])$")
_PLACE_START = ("省", "市", "区", "县", "镇", "村", "路", "街", "园", "城", "苑", "寓", "里", "郡", "心", "邨", "山", "洲")


def _check_value(kind, v):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert _MOBILE_RE.match(n) and n[:3] in _MOBILE_PFX, v
    elif kind == "landline":
        assert n.isdigit() and n[0] == "0" and 10 <= len(n) <= 12, v
        assert n[:3] in _AREA3 or n[:4] in _AREA4, v
    elif kind == "id_card":
        assert _id_ok(n) and n[:6] in _ID_AREAS, v
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "email":
        assert re.match(r"^[\w.]+@[\w-]+(\.[\w-]+)+$", v), v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert re.match(r"^[A-Za-z][\w-]{5,19}$", v), v
    elif kind == "plate":
        assert re.match(r"^[" + _PROV + r"][A-Z][ ·]?[A-Z0-9]{5,6}$", v), v
    elif kind == "address":
        assert _HOUSE_END.search(v), v
        assert any(u in v for u in ("号", "栋", "幢", "单元", "室", "-")), v


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            _check_value(k, text[s:e])
            # span boundaries do not cut through a token
            if s > 0 and k in ("mobile", "bank_card", "id_card", "qq", "landline"):
                assert not text[s - 1].isdigit(), (k, text)
            if e < len(text) and k in ("mobile", "bank_card", "id_card", "qq", "landline"):
                assert not text[e].isdigit(), (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert k in NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            assert _not_personal_digits(v), (k, v)
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert all(n >= 60 for n in kinds.values()), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind61_corpus())  # deterministic
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
    declared = [f"{k}/{f[0]}" for k in KINDS for f in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

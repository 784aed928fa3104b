"""Twenty-sixth blind PII corpus (``split == "blind26"``): AUTOMOTIVE WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十七位写手")
under the blind-writer rules.  What it read: the brief; the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``); lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only); the
directory listings of ``tests/privacy/`` and ``../shared/datasets/`` (file
names only, no file content).  It did NOT read anything else under
``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, any other test or
corpus, nor git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.  Value shapes, chat contexts and
labels come only from the writer's own idea of what staff and customers of
the car trade in mainland China type in WeCom 1:1 and group chats.

What is different here: the THEME is the car trade -- 4S dealers (sales and
after-sales / 取送车), used-car trading (收车, 过户, 外迁), car-insurance
renewals and claims (续保, 报案, 定损, 赔款), driving schools (报名, 练车,
约考, 教练车 ``…学`` plates), car rental (押金, 违章, 还车), EV charging (家充桩
报装, 占位费, 充电卡退款) and roadside rescue (拖车, 换胎, 高速抛锚).  Plates
of every kind are the focus: blue 7-character plates plain / with ``·`` / a
space / a dash / in lower case, green new-energy 8-character plates (small
``D/F`` + 5 and large 5 + ``D/F``), coach ``学`` and trailer ``挂`` plates.
The other kinds appear as the trade needs them: owners' ID numbers for
registration / loans / insurance, mobiles, pickup and delivery addresses,
bank cards for loans, deposits and refunds, e-mails for e-invoices and
e-policies, WeChat / QQ of sales advisers, dealer and home landlines.

Near-misses are the trade's own numbers and codes: VINs (17 characters with
a computed check digit) and VIN tails, engine numbers, policy numbers, claim
numbers (报案号, some 18-20 digits), order / work-order / recall numbers,
contract numbers, accident-report numbers, payment serials (16-19 digits,
failing Luhn), e-invoice numbers, credit codes (税号), certificate numbers,
tracking numbers, mileage, car prices, fees, loan terms, model names
(Model Y, 汉EV, 2.0T …), car age, dates and times, parking spaces, charging
piles / guns, battery figures, highway kilometre posts, tyre and oil specs,
licence classes and exam subjects, 400 / 800 / 955xx / 12123 hotlines,
QQ-group numbers, coupon and verification codes, queue / bay numbers,
places without a house number (a district, a road, an estate) and masked
values (``138****5678``, ``粤B***45``, ``4403**…123X``, ``尾号1234``).

Seed
----
``SEED = "blind26-2026-automotive-第二十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples (no hash seeds, no set
iteration order, no time).  ID check digits (ISO 7064 MOD 11-2), bank-card
Luhn digits and VIN check digits are computed here.  Every near-miss whose
normalised digits are 16-19 long fails Luhn and every 18-digit one fails the
ID check.  Each value format is first forced into ``FORCE_PER_FMT`` (5)
distinct templates that hold a slot of its kind accepting it (some formats,
e.g. ``coach_xue`` / ``trailer_gua`` / ``green_large_8``, only fit slots that
ask for them); the other rows draw formats by weight, so every format shows
up in several contexts.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds
  the value only: cue words, ``+86`` / ``(+86)`` / ``0086`` / ``86-`` prefixes
  and landline extensions (``转806``, ``-806``, ``分机806``, ``ext.806``) are
  outside; separators inside a value (spaces, dashes, ``·``, the parentheses
  around an area code) are inside; an address runs from its first place unit
  (province / city / district / county / town / village / road) to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number
  such as ``1502`` or ``3-2-1502``).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind26"``

Counts (``python tests/privacy/pii_blind26.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1401
(mobile 320, plate 293, address 191, id_card 118, landline 106, email 106,
bank_card 97, wechat 86, qq 84);
near-miss spans=1371 (1092 in near-miss rows), 41 near-miss kinds
(price 166, car_model 127, date_time 87, mileage 80, date 58, hotline 57,
place_only 53, vin 50, order_no 47, work_order 47, car_price 40, battery 34,
highway_km 33, loan_term 32, car_age 29, bay_queue 29, parking_spot 28,
charging_pile 25, claim_no 24, licence_class 21, policy_no 21, tracking_no 21,
pay_serial 21, engine_no 21, verify_code 21, credit_code 20, tire_spec 19,
exam_subject 18, invoice_no 14, contract_no 14, plate_tail 14, oil_spec 14,
coupon_code 14, masked_mobile 14, cert_no 14, vin_tail 8, masked_id 8,
accident_doc 7, masked_plate 7, qq_group 7, masked_card 7);
formats=56 distinct, each used >= 5 times in >= 3 templates
(PII templates: 189, near-miss-only templates: 96).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind26-2026-automotive-第二十七位写手"
SPLIT = "blind26"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680
FORCE_PER_FMT = 5

# ---------------------------------------------------------------- checksums
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _bad_number(r: random.Random, head: str, total: int) -> str:
    """A digit string of ``total`` length starting with ``head`` that fails Luhn (and the ID check if 18 long)."""
    body = head + _digits(r, total - len(head) - 1)
    good = _luhn_digit(body)
    choices = [d for d in "0123456789" if d != good]
    if total == 18:
        idc = _id_check(body[:17])
        choices = [d for d in choices if d != idc]
    return body + r.choice(choices)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------- mobile
_MOB_PRE = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
            "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
            "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")


def _mob(r):
    return r.choice(_MOB_PRE) + _digits(r, 8)


def _m_plain(r):
    return "", _mob(r), ""


def _m_space(r):
    m = _mob(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash(r):
    m = _mob(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_plus86(r):
    return r.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), _mob(r), ""


def _m_plus86_space(r):
    m = _mob(r)
    return r.choice(("+86 ", "(+86) ", "+86 ")), f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_fw(r):
    return "", _fw(_mob(r)), ""


MOBILE_FMTS = (
    ("plain_11", _m_plain, 12, True),
    ("space_344", _m_space, 3, True),
    ("dash_344", _m_dash, 2, True),
    ("plus86_plain", _m_plus86, 1, True),
    ("plus86_space_344", _m_plus86_space, 1, True),
    ("fullwidth_11", _m_fw, 1, True),
)

# ---------------------------------------------------------------- landline
_AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
_AREA4 = ("0755", "0757", "0769", "0571", "0574", "0512", "0510", "0531", "0532", "0371", "0731", "0591",
          "0592", "0871", "0851", "0311", "0351", "0431", "0451", "0551", "0791", "0898", "0471", "0931",
          "0991", "0760", "0577", "0579", "0536", "0813")


def _land(r):
    if r.random() < 0.45:
        a = r.choice(_AREA3)
        loc = r.choice("2345678") + _digits(r, 7)
    else:
        a = r.choice(_AREA4)
        loc = r.choice("2345678") + _digits(r, 7)
    return a, loc


def _l_dash(r):
    a, l = _land(r)
    return "", f"{a}-{l}", ""


def _l_paren(r):
    a, l = _land(r)
    return "", (f"({a}){l}" if r.random() < 0.5 else f"（{a}）{l}"), ""


def _l_plain(r):
    a, l = _land(r)
    return "", a + l, ""


def _l_space(r):
    a, l = _land(r)
    if len(l) == 8:
        return "", f"{a} {l[:4]} {l[4:]}", ""
    return "", f"{a} {l}", ""


def _l_ext(r):
    a, l = _land(r)
    ext = _digits(r, r.choice((3, 4)))
    return "", f"{a}-{l}", r.choice(("转", "-", " 转", "分机", " ext.")) + ext


LANDLINE_FMTS = (
    ("area_dash", _l_dash, 6, True),
    ("area_paren", _l_paren, 2, True),
    ("area_plain", _l_plain, 2, True),
    ("area_space", _l_space, 1, True),
    ("dash_ext", _l_ext, 2, True),
)

# ---------------------------------------------------------------- id card
_ID_AREA = ("110101", "110105", "110108", "120104", "130102", "130602", "140105", "210102", "220104", "230103",
            "310104", "310115", "320106", "320506", "320583", "330106", "330212", "340104", "350203", "360102",
            "370102", "370203", "371702", "410105", "411625", "420106", "430104", "430521", "440106", "440305",
            "440307", "440604", "441302", "441900", "450103", "460106", "500103", "500112", "510107", "511324",
            "520102", "530102", "610113", "620102", "640104", "650102", "360731", "130608")
_MDAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _id17(r):
    y = r.randint(1962, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, _MDAYS[m - 1])
    return f"{r.choice(_ID_AREA)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"


def _id_with(r, want_x: bool):
    while True:
        b = _id17(r)
        c = _id_check(b)
        if (c == "X") == want_x:
            return b + c


def _i_plain(r):
    return "", _id_with(r, False), ""


def _i_xu(r):
    return "", _id_with(r, True), ""


def _i_xl(r):
    return "", _id_with(r, True).lower(), ""


def _i_space(r):
    v = _id_with(r, r.random() < 0.1)
    return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""


ID_FMTS = (
    ("plain_18", _i_plain, 10, True),
    ("ends_X", _i_xu, 2, True),
    ("ends_x_lower", _i_xl, 1, True),
    ("space_6_8_4", _i_space, 1, True),
)

# ---------------------------------------------------------------- bank card
_BIN16 = ("622588", "621483", "622609", "625966", "622155", "621799", "622908")
_BIN19 = ("622202", "621226", "622848", "621700", "622700", "622262", "601382", "621661", "623668", "621483")
_BIN95 = ("95588", "95599", "95566")
_VISA = ("439188", "438088", "427020", "436742", "404174")
_MASTER = ("524090", "518710", "552599", "512315", "531693")


def _card(r, bins, n):
    b = r.choice(bins)
    body = b + _digits(r, n - len(b) - 1)
    return body + _luhn_digit(body)


def _b16(r):
    return "", _card(r, _BIN16, 16), ""


def _b19(r):
    return "", _card(r, _BIN19, 19), ""


def _b_sp16(r):
    c = _card(r, _BIN16 + _VISA, 16)
    return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def _b_sp19(r):
    c = _card(r, _BIN19, 19)
    return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""


def _b_visa(r):
    return "", _card(r, _VISA, 16), ""


def _b_master(r):
    c = _card(r, _MASTER, 16)
    return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def _b95(r):
    return "", _card(r, _BIN95, 19), ""


def _b_dash(r):
    c = _card(r, _BIN19, 19)
    return "", "-".join(c[i:i + 4] for i in range(0, 19, 4)), ""


BANK_FMTS = (
    ("plain_16", _b16, 4, True),
    ("plain_19", _b19, 8, True),
    ("space_4444", _b_sp16, 2, True),
    ("space_4_19", _b_sp19, 3, True),
    ("visa_plain_16", _b_visa, 1, True),
    ("master_space_4444", _b_master, 1, True),
    ("bin95_plain_19", _b95, 1, True),
    ("dash_4_19", _b_dash, 1, True),
)

# ---------------------------------------------------------------- email
_PY = ("zhangwei", "liuyang", "chenjing", "wanglei", "lixin", "zhaomin", "huangtao", "zhoujie", "wujun", "xuli",
       "sunhao", "maxiaoyu", "hulin", "guoqiang", "heping", "linfeng", "luoyi", "gaofei", "liangchen", "songjia",
       "tangwen", "fengyu", "dengkai", "caoyan", "pengbo", "xiaoqing", "yangfan", "jiangtao")
_MAILDOM = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "hotmail.com",
            "yeah.net", "gmail.com", "aliyun.com", "sohu.com")
_CORP = ("hengtong-auto.com", "xinghui-logistics.cn", "jiayuan.com.cn", "dafengmotor.com", "lvtu-tech.cn",
         "huachen-group.com", "ruifeng.com.cn", "mingde-edu.cn")


def _e_py(r):
    n = r.choice(_PY)
    suf = r.choice(("", str(r.randint(1, 99)), str(r.randint(1975, 2003)), str(r.randint(100, 999))))
    return "", f"{n}{suf}@{r.choice(_MAILDOM)}", ""


def _e_qq(r):
    return "", f"{r.choice('123456789')}{_digits(r, r.choice((7, 8, 9)))}@qq.com", ""


def _e_dot(r):
    n = r.choice(_PY)
    a, b = (n[:2], n[2:]) if len(n) < 6 else (n[:len(n) // 2], n[len(n) // 2:])
    return "", f"{a}.{b}{r.choice(('', str(r.randint(1, 99))))}@{r.choice(_MAILDOM)}", ""


def _e_corp(r):
    return "", f"{r.choice(('caiwu', 'fapiao', 'invoice', 'admin', 'hr', 'xingzheng', 'cw01', r.choice(_PY)))}@{r.choice(_CORP)}", ""


def _e_under(r):
    n = r.choice(_PY)
    return "", f"{n[:3]}_{n[3:]}{r.randint(1, 2024)}@{r.choice(_MAILDOM)}", ""


def _e_fwat(r):
    n = r.choice(_PY)
    return "", f"{n}{r.randint(10, 999)}＠{r.choice(_MAILDOM)}", ""


EMAIL_FMTS = (
    ("pinyin_digits", _e_py, 8, True),
    ("qq_number_mail", _e_qq, 5, True),
    ("dotted_name", _e_dot, 2, True),
    ("corp_domain", _e_corp, 3, True),
    ("underscore_name", _e_under, 2, True),
    ("fullwidth_at", _e_fwat, 1, True),
)

# ---------------------------------------------------------------- qq
QQ_FMTS = (
    ("digits_8", lambda r: ("", r.choice("123456789") + _digits(r, 7), ""), 3, True),
    ("digits_9", lambda r: ("", r.choice("123456789") + _digits(r, 8), ""), 5, True),
    ("digits_10", lambda r: ("", r.choice("123") + _digits(r, 9), ""), 4, True),
    ("digits_6_7", lambda r: ("", r.choice("123456789") + _digits(r, r.choice((5, 6))), ""), 1, True),
)

# ---------------------------------------------------------------- wechat
_WXWORDS = ("car", "auto", "che", "xiaochen", "laowang", "ahui", "lili", "sale", "che4s", "byd", "bmw", "tesla",
            "jiaxiao", "zuche", "dudu", "mike", "leo", "amy", "jack", "sunny")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _w_lower(r):
    return "", r.choice(_PY) + str(r.randint(1, 9999)), ""


def _w_under(r):
    return "", f"{r.choice(_WXWORDS)}_{r.choice(_PY)}{r.choice(('', str(r.randint(1, 999))))}", ""


def _w_dash(r):
    return "", f"{r.choice(_PY)}-{r.choice(_WXWORDS)}{r.randint(1, 99)}", ""


def _w_camel(r):
    p = r.choice(_PY)
    return "", p[0].upper() + p[1:] + r.choice(("_", "")) + r.choice(("BYD", "Auto", "Car", "VIP", "888", "666")), ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice(_ALNUM) for _ in range(r.choice((12, 14)))), ""


WECHAT_FMTS = (
    ("pinyin_digits", _w_lower, 5, True),
    ("word_underscore", _w_under, 3, True),
    ("dash_style", _w_dash, 2, True),
    ("camel_case", _w_camel, 2, True),
    ("wxid_auto", _w_wxid, 2, True),
)

# ---------------------------------------------------------------- plate
_PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川宁琼"
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _prov(r):
    return r.choice(_PROV) + r.choice("ABCDEF" if r.random() < 0.7 else "ABCDEFGHJK")


def _serial5(r):
    k = r.random()
    if k < 0.35:
        s = _digits(r, 5)
    elif k < 0.75:
        s = list(_digits(r, 5))
        s[r.randrange(5)] = r.choice(_PL)
        s = "".join(s)
    else:
        s = list(_digits(r, 5))
        for i in r.sample(range(5), 2):
            s[i] = r.choice(_PL)
        s = "".join(s)
    return s


def _p_plain(r):
    return "", _prov(r) + _serial5(r), ""


def _p_dot(r):
    return "", _prov(r) + "·" + _serial5(r), ""


def _p_space(r):
    return "", _prov(r) + " " + _serial5(r), ""


def _p_dash(r):
    return "", _prov(r) + "-" + _serial5(r), ""


def _p_lower(r):
    return "", (_prov(r) + _serial5(r)).lower(), ""


def _ev6(r):
    return r.choice("DDDF") + r.choice(_PL + "0123456789") + _digits(r, 4)


def _p_green(r):
    return "", _prov(r) + _ev6(r), ""


def _p_green_dot(r):
    return "", _prov(r) + "·" + _ev6(r), ""


def _p_green_large(r):
    return "", _prov(r) + _digits(r, 5) + r.choice("DF"), ""


def _p_xue(r):
    return "", _prov(r) + _digits(r, 4) + "学", ""


def _p_gua(r):
    return "", _prov(r) + _digits(r, 4) + "挂", ""


PLATE_FMTS = (
    ("blue_plain", _p_plain, 9, True),
    ("blue_dot", _p_dot, 3, True),
    ("blue_space", _p_space, 2, True),
    ("blue_dash", _p_dash, 1, True),
    ("lower_case", _p_lower, 1, True),
    ("green_ev_8", _p_green, 3, True),
    ("green_ev_dot", _p_green_dot, 1, True),
    ("green_large_8", _p_green_large, 1, False),
    ("coach_xue", _p_xue, 1, False),
    ("trailer_gua", _p_gua, 1, False),
)

# ---------------------------------------------------------------- address
_REG = (("广东省", "深圳市", "南山区"), ("广东省", "深圳市", "龙岗区"), ("广东省", "深圳市", "宝安区"),
        ("广东省", "广州市", "天河区"), ("广东省", "广州市", "番禺区"), ("广东省", "佛山市", "顺德区"),
        ("浙江省", "杭州市", "余杭区"), ("浙江省", "宁波市", "鄞州区"), ("江苏省", "苏州市", "吴中区"),
        ("江苏省", "南京市", "江宁区"), ("北京市", "", "朝阳区"), ("北京市", "", "丰台区"), ("上海市", "", "闵行区"),
        ("上海市", "", "嘉定区"), ("天津市", "", "西青区"), ("重庆市", "", "渝北区"), ("四川省", "成都市", "武侯区"),
        ("湖北省", "武汉市", "洪山区"), ("湖南省", "长沙市", "岳麓区"), ("山东省", "济南市", "历城区"),
        ("山东省", "青岛市", "黄岛区"), ("河南省", "郑州市", "金水区"), ("陕西省", "西安市", "雁塔区"),
        ("福建省", "厦门市", "思明区"), ("安徽省", "合肥市", "蜀山区"), ("河北省", "石家庄市", "裕华区"),
        ("辽宁省", "沈阳市", "浑南区"), ("云南省", "昆明市", "五华区"), ("广西壮族自治区", "南宁市", "青秀区"),
        ("江西省", "南昌市", "红谷滩区"), ("贵州省", "贵阳市", "观山湖区"))
_RURAL = (("河北省", "保定市", "清苑区", "何桥乡"), ("湖南省", "邵阳市", "邵东市", "廉桥镇"),
          ("河南省", "周口市", "郸城县", "宁平镇"), ("山东省", "菏泽市", "曹县", "青堌集镇"),
          ("江西省", "赣州市", "于都县", "岭背镇"), ("四川省", "南充市", "仪陇县", "金城镇"),
          ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("广东省", "湛江市", "廉江市", "石角镇"))
_VILL = ("王庄村", "李家村", "新华村", "前进村", "大王庄村", "张楼村", "河东村", "石桥村", "枫林村")
_ROAD = ("科技南路", "建设大道", "人民东路", "解放路", "中山北路", "长江路", "滨河大道", "金湖路", "学府路",
         "文一西路", "汽车城大道", "迎宾大道", "工业园路", "新华路", "龙华大道", "创业路", "东环路", "银杏路",
         "朝阳北街", "和平街", "光明大道", "锦绣路")
_EST = ("万科城", "碧桂园", "保利香槟花园", "阳光花园", "翠湖苑", "恒大名都", "金地格林小镇", "世纪花园",
        "龙湖春江郦城", "幸福里小区", "中海国际社区", "绿地新都会", "华润城", "融创玖樾府", "锦绣家园")
_TOWER = ("汇金大厦", "科兴科学园", "国际金融中心", "创新大厦", "星河WORLD", "中心广场", "天安数码城")


def _bldg(r):
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}{r.randint(1, 6):02d}"
    if k == 1:
        return f"{r.randint(1, 25)}号楼{r.randint(1, 4)}单元{r.randint(2, 28)}{r.randint(1, 4):02d}室"
    if k == 2:
        return f"{r.randint(1, 18)}幢{r.randint(2, 26)}{r.randint(1, 4):02d}室"
    if k == 3:
        return f"{r.choice('ABCD')}座{r.randint(2, 30)}{r.randint(1, 12):02d}"
    return f"{r.randint(1, 40)}栋{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}"


def _head(r, level):
    p, c, d = r.choice(_REG)
    if level == 0:
        return p + c + d
    if level == 1:
        return (c or p) + d
    return d


def _a_prov(r):
    return "", f"{_head(r, 0)}{r.choice(_ROAD)}{r.randint(1, 999)}号{r.choice(_EST)}{_bldg(r)}", ""


def _a_city(r):
    return "", f"{_head(r, 1)}{r.choice(_ROAD)}{r.randint(1, 999)}号{r.choice(_EST)}{_bldg(r)}", ""


def _a_dist(r):
    return "", f"{_head(r, 2)}{r.choice(_ROAD)}{r.randint(1, 888)}号{r.choice(_EST)}{_bldg(r)}", ""


def _a_road(r):
    return "", f"{r.choice(_ROAD)}{r.randint(1, 999)}号", ""


def _a_estdash(r):
    return "", f"{_head(r, r.choice((1, 2)))}{r.choice(_EST)}{r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(2, 30)}{r.randint(1, 4):02d}", ""


def _a_rural(r):
    p, c, d, t = r.choice(_RURAL)
    tail = r.choice((f"{r.randint(1, 12)}组{r.randint(1, 80)}号", f"{r.randint(1, 300)}号"))
    return "", f"{p if r.random() < 0.6 else ''}{c}{d}{t}{r.choice(_VILL)}{tail}", ""


def _a_office(r):
    return "", f"{_head(r, r.choice((1, 2)))}{r.choice(_ROAD)}{r.randint(1, 9999)}号{r.choice(_TOWER)}{r.randint(2, 40)}层", ""


def _a_shop(r):
    return "", f"{_head(r, r.choice((0, 1, 2)))}{r.choice(_ROAD)}{r.randint(1, 9999)}号", ""


ADDRESS_FMTS = (
    ("prov_full_room", _a_prov, 3, True),
    ("city_start_room", _a_city, 4, True),
    ("district_start_room", _a_dist, 3, True),
    ("road_number", _a_road, 2, True),
    ("estate_dash_room", _a_estdash, 2, True),
    ("rural_village", _a_rural, 2, True),
    ("office_floor", _a_office, 2, True),
    ("district_road_number", _a_shop, 3, True),
)

FMT_TABLES = (("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("id_card", ID_FMTS), ("bank_card", BANK_FMTS),
              ("email", EMAIL_FMTS), ("qq", QQ_FMTS), ("wechat", WECHAT_FMTS), ("plate", PLATE_FMTS),
              ("address", ADDRESS_FMTS))
_FMT = {k: {f: (g, w, d) for f, g, w, d in tab} for k, tab in FMT_TABLES}

# ---------------------------------------------------------------- near-miss generators
_VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9)))
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_WMI = ("LSV", "LFV", "LVS", "LGB", "LHG", "LVG", "LBV", "LE4", "LRW", "LC0", "LGX", "LB3", "LNB", "LSG", "LDC")


def _vin(r):
    v = list(r.choice(_WMI) + "".join(r.choice(_VIN_CH) for _ in range(5)) + "0" + r.choice("KLMNPRS")
             + r.choice("0123456789ABCDEFGH") + _digits(r, 6))
    tot = sum((_VIN_T[c] if c.isalpha() else int(c)) * w for c, w in zip(v, _VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    s = "".join(v)
    return s.lower() if r.random() < 0.05 else s


def _engine(r):
    return r.choice(("", "", "")) + r.choice((
        "".join(r.choice(_PL) for _ in range(3)) + _digits(r, 6),
        r.choice(("G4FJ", "DKX", "CSS", "EA211", "BYD476ZQA", "JL4G15", "4G63S4M", "HR15", "SQRE4T15C")) + r.choice(("", " ")) + r.choice(_PL) + _digits(r, 7),
        r.choice(("TZ220XS", "TZ210XYA", "1KH")) + _digits(r, 8)))


def _policy(r):
    return r.choice(("PDAA", "PDZA", "PDDH", "ADHZ", "AGUZ", "ASHZ", "AZHH")) + r.choice(("2024", "2025", "2026")) + _digits(r, r.choice((14, 16)))


def _claim(r):
    k = r.random()
    if k < 0.5:
        return r.choice(("RDAA", "RDZA", "RDDH")) + r.choice(("2025", "2026")) + _digits(r, 14)
    if k < 0.8:
        return "9" + _digits(r, 19)
    return _bad_number(r, "6" + r.choice("05"), 18)


def _order(r):
    k = r.random()
    if k < 0.35:
        return r.choice(("DD", "ZC", "SO", "RC", "XS")) + r.choice(("2025", "2026")) + _digits(r, 10)
    if k < 0.7:
        return _bad_number(r, r.choice(("2026", "2025", "1")), r.choice((16, 17, 18, 19)))
    return r.choice(("2026", "2025")) + _digits(r, r.choice((8, 10)))


def _workorder(r):
    return r.choice(("WO", "R", "GD", "BY", "WX")) + r.choice(("2605", "2604", "2511", "26")) + _digits(r, r.choice((5, 6, 8))) + r.choice(("", "", "-01"))


def _mileage(r):
    return r.choice((f"{r.randint(1, 15)}.{r.randint(1, 9)}万公里", f"{r.randint(300, 98000)}km", f"{r.randint(1000, 99999)}公里",
                     f"{r.randint(1, 12)}万km", f"{r.randint(10, 99)},{r.randint(100, 999)}公里", f"{r.randint(1, 9)}.{r.randint(1, 9)}w公里"))


def _price(r):
    return r.choice((f"{r.randint(200, 9999)}元", f"¥{r.randint(1, 9)},{r.randint(100, 999)}.00", f"{r.randint(300, 5800)}块",
                     f"{r.randint(99, 999)}.{r.randint(0, 99):02d}元", f"{r.randint(1, 9)}千{r.randint(1, 9)}", f"{r.randint(120, 980)}元"))


def _car_price(r):
    return r.choice((f"{r.randint(8, 45)}.{r.randint(10, 99)}万", f"{r.randint(9, 40)}.{r.randint(1, 9)}w", f"{r.randint(2, 10)}万",
                     f"{r.randint(3, 12)}万{r.randint(1, 9)}", f"{r.randint(60, 380)}000元", f"{r.randint(9, 40)}个w"))


_MODELS = ("Model Y", "Model 3", "汉EV", "秦PLUS DM-i", "宋PLUS", "海豹", "元PLUS", "凯美瑞 2.5G", "雅阁 260TURBO",
           "思域", "CR-V", "卡罗拉双擎", "帕萨特 330TSI", "迈腾 2.0T", "途观L", "宝马X3 xDrive30i", "奔驰C260L",
           "奥迪A6L 45TFSI", "理想L7", "小米SU7", "问界M7", "蔚来ES6", "小鹏G6", "哈弗H6", "长安CS75 PLUS",
           "吉利星越L", "领克03", "五菱宏光MINIEV", "轩逸 1.6L", "朗逸 1.5L", "GL8", "别克昂科威", "极氪001", "埃安S")


def _model(r):
    m = r.choice(_MODELS)
    return m if r.random() < 0.75 else r.choice(("2024款", "2025款", "2026款", "23款")) + m


_WD = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def _date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(8, 19), r.choice((0, 0, 30, 15, 45))
    return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"2026年{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}.{d}",
                     f"{m}月{d}号下午{r.randint(1, 5)}点" + r.choice(("半", "", "")),
                     f"2026-{m:02d}-{d:02d} {h:02d}:{mi:02d}", f"{r.choice(_WD)}上午{r.randint(9, 11)}点",
                     f"明天{h:02d}:{mi:02d}", f"{m}/{d} {h}:{mi:02d}", f"下{r.choice(_WD)}"))


def _date_only(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"2026年{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}.{d}", f"2027/{m}/{d}"))


def _parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 480)}", f"负{r.choice('一二三')}层{r.randint(1, 600)}号车位",
                     f"{r.choice('ABCDE')}区{r.randint(1, 300)}号车位", f"{r.choice('ABC')}{r.randint(100, 999)}车位",
                     f"地库{r.randint(1, 400)}号位"))


def _hotline(r):
    return r.choice((f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{r.randint(100, 999)}{r.randint(1000, 9999)}",
                     f"400 {r.randint(100, 999)} {r.randint(1000, 9999)}", f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                     r.choice(("95518", "95511", "95500", "95505", "95519", "95590", "95522", "95585", "12123", "12122", "12328"))))


def _pile(r):
    return r.choice((f"{r.randint(1, 40)}号桩", f"{r.randint(1, 20)}号枪", _digits(r, 1).replace("0", "1") + _digits(r, 7),
                     f"{r.choice(('44', '31', '11', '32', '33'))}{_digits(r, 12)}", f"{r.randint(1, 30):02d}号快充桩",
                     f"T{r.randint(10, 99)}-{r.randint(1, 12):02d}"))


def _paysn(r):
    return _bad_number(r, r.choice(("4200", "1000", "2026", "5000", "3100")), r.choice((16, 17, 18, 19)))


def _contract(r):
    return r.choice((_bad_number(r, r.choice(("2026", "4403", "3101", "2025")), 18),
                     r.choice(("HT", "QC", "DK", "ZL")) + r.choice(("2026", "2025")) + _digits(r, 8)))


def _credit_fix(r):
    org = r.choice(("MA5", "MA1", "MA2", "MA3")) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    return (r.choice(("91", "92", "12")) + r.choice(("440300", "440106", "310115", "110105", "330106", "510107"))
            + org + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"))


def _masked_mobile(r):
    m = _mob(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]} **** {m[7:]}", f"{m[:3]}xxxx{m[7:]}"))


def _masked_plate(r):
    return r.choice((f"{_prov(r)}***{_digits(r, 2)}", f"{_prov(r)}·***{_digits(r, 2)}", f"{_prov(r)}**{_digits(r, 3)}"))


def _masked_id(r):
    return r.choice((f"{r.choice(_ID_AREA)}********{_digits(r, 3)}X", f"{r.choice(_ID_AREA)[:3]}***********{_digits(r, 4)}",
                     f"{r.choice(_ID_AREA)[:4]}**********{_digits(r, 4)}"))


def _masked_card(r):
    return r.choice((f"6222 **** **** {_digits(r, 4)}", f"尾号{_digits(r, 4)}", f"{r.choice(_BIN19)}*********{_digits(r, 4)}",
                     f"**** {_digits(r, 4)}", f"后四位{_digits(r, 4)}"))


def _accident_doc(r):
    return r.choice((f"{r.choice('深穗沪京杭苏')}公交认字[2026]第{r.randint(100, 99999)}号", f"第{r.choice(('4403', '3101', '1101'))}{_digits(r, 10)}号",
                     _bad_number(r, r.choice(('4403002026', '3101002026', '3301002026')), 16)))


def _verify(r):
    return _digits(r, r.choice((4, 6, 6)))


def _invoice(r):
    return r.choice(("26442000000", "26312000000", "26112000000", "25442000000")) + _digits(r, 9)


def _tracking(r):
    return r.choice((f"SF{_digits(r, 13)}", f"JDV{_digits(r, 12)}", f"YT{_digits(r, 13)}", f"7{_digits(r, 13)}", f"EMS{_digits(r, 10)}"))


def _highway(r):
    return r.choice((f"G{r.choice(('4', '15', '60', '70', '25', '45', '94'))}{r.choice(('', '高速'))}K{r.randint(10, 2300)}+{r.randint(0, 9)}00",
                     f"{r.choice(('沪昆', '京港澳', '沈海', '广深', '杭甬', '成渝', '连霍'))}高速K{r.randint(10, 2300)}",
                     f"{r.choice(('沪昆', '京港澳', '沈海', '广深'))}高速{r.randint(10, 2300)}公里处"))


def _tire(r):
    return r.choice((f"{r.choice((205, 215, 225, 235, 245, 255))}/{r.choice((45, 50, 55, 60, 65))} R{r.randint(16, 21)}",
                     f"{r.choice((205, 215, 225, 235))}/{r.choice((45, 55, 60))}R{r.randint(16, 19)}"))


def _oil(r):
    return r.choice(("0W-20", "5W-30", "0W-40", "5W-40", "0W-16", "5W30"))


def _licence(r):
    return r.choice(("C1", "C2", "A1", "A2", "B2", "C1证", "C2自动挡", "C1手动挡", "D证"))


def _subject(r):
    return r.choice(("科目二", "科目三", "科目一", "科目四", "科二", "科三"))


def _place(r):
    p, c, d = r.choice(_REG)
    return r.choice((d, (c or p) + d, c or p, d + r.choice(_ROAD), r.choice(_ROAD), r.choice(_EST), p))


def _battery(r):
    return r.choice((f"{r.randint(3, 98)}%", f"{r.randint(40, 100)}kWh", f"{r.randint(7, 250)}kW", f"续航{r.randint(180, 720)}km", f"{r.randint(10, 95)}度电"))


def _qqgroup(r):
    return r.choice("6789") + _digits(r, 8)


def _coupon(r):
    c = _digits(r, 12)
    return r.choice((c, f"{c[:4]} {c[4:8]} {c[8:]}", "QX" + _digits(r, 8)))


def _cert(r):
    return r.choice(("WAB", "WBE", "WAC", "W")) + _digits(r, 12)


def _yearmon(r):
    return r.choice((f"{r.randint(2015, 2025)}年上牌", f"{r.randint(2016, 2025)}年{r.randint(1, 12)}月", f"{r.randint(2015, 2024)}款",
                     f"车龄{r.randint(2, 8)}年"))


def _loan(r):
    return r.choice((f"{r.choice((12, 24, 36, 48, 60))}期", f"年化{r.randint(2, 6)}.{r.randint(0, 99):02d}%", f"{r.randint(3, 10)}成首付",
                     f"0息{r.choice((12, 24, 36))}期", f"贴息{r.randint(1, 9)}千", f"月供{r.randint(1500, 6800)}"))


def _plate_tail(r):
    return r.choice((f"尾号{_digits(r, 3)}", f"尾号{r.choice(_PL)}{_digits(r, 2)}", f"后三位{_digits(r, 3)}", f"末位{r.randint(0, 9)}"))


def _vin_tail2(r):
    return _vin(r)[-r.choice((6, 8)):]


def _queue(r):
    return r.choice((f"A{r.randint(1, 99):03d}", f"{r.randint(1, 12)}号工位", f"{r.randint(1, 8)}号洗车位", f"排号{r.randint(1, 80)}",
                     f"{r.randint(1, 9)}号诊断室"))


NEAR_GENS = {
    "vin": _vin, "vin_tail": _vin_tail2, "engine_no": _engine, "policy_no": _policy, "claim_no": _claim,
    "order_no": _order, "work_order": _workorder, "mileage": _mileage, "price": _price, "car_model": _model,
    "date_time": _date, "date": _date_only, "parking_spot": _parking, "hotline": _hotline, "charging_pile": _pile,
    "pay_serial": _paysn, "contract_no": _contract, "credit_code": _credit_fix, "masked_mobile": _masked_mobile,
    "masked_plate": _masked_plate, "masked_id": _masked_id, "masked_card": _masked_card, "car_price": _car_price, "accident_doc": _accident_doc,
    "verify_code": _verify, "invoice_no": _invoice, "tracking_no": _tracking, "highway_km": _highway,
    "tire_spec": _tire, "oil_spec": _oil, "licence_class": _licence, "exam_subject": _subject, "place_only": _place, "battery": _battery,
    "qq_group": _qqgroup, "coupon_code": _coupon, "cert_no": _cert, "car_age": _yearmon, "loan_term": _loan,
    "plate_tail": _plate_tail, "bay_queue": _queue,
}

# ---------------------------------------------------------------- templates with personal data
# {kind} = labelled value (optionally {kind|fmt,fmt} to restrict formats); {~near} = near-miss span.
PII_TEMPLATES = (
    # --- 4S 销售
    "您好，我是4S店的销售顾问小陈，以后有事直接打我手机{mobile}，微信同号😊",
    "试驾给您约在{~date_time}，到店地址：{address}，到了门口打我电话{mobile}就行",
    "{id_card} 这个是我身份证号，合同上写我名字",
    "定金已经交了，开票信息：个人，身份证号码{id_card}，电子发票麻烦发到{email}",
    "加我微信吧 {wechat}，{~car_model}的配置表和优惠政策我发你",
    "我QQ是{qq}，报价单发QQ邮箱{email}也行",
    "{~car_model} 落地{~car_price}能不能再少点？能的话这周就订，我电话{mobile}",
    "交车时间定在{~date_time}，记得带身份证原件，旧车{plate}置换的手续一起办",
    "贷款审核资料：\n身份证：{id_card}\n还款卡：{bank_card}\n手机：{mobile}",
    "家里座机{landline}，白天上班打手机{mobile}",
    "新车送到家里：{address}，到了给我打电话{mobile}",
    "选号结果出来了 {plate} 还挺顺的哈哈",
    "哥，我老婆手机号{mobile}，贷款要加共同还款人的话就用她的",
    "您好，看了抖音直播来的，想问下{~car_model}还有现车吗，方便加个微信{wechat}",
    "销售顾问：小李 电话{mobile} 展厅座机{landline}",
    "{mobile}\n这是我新换的号，之前那个不用了",
    "订车合同发我邮箱{email}吧，我打印出来签",
    "首付{~car_price}，剩下的贷{~loan_term}，扣款卡就用这张{bank_card}，招行的",
    "车上牌了没？我看交管12123上显示{plate}了",
    "老客户转介绍的，他的车牌{plate}，说找你能多送两次保养，我电话{mobile}",
    "我在外地，合同能不能邮寄？地址{address}，收件电话{mobile}",
    "身份证正反面拍好了，号码我也打出来 {id_card}",
    "客户资料 姓名见附件 身分证{id_card} 手机{mobile} 住址{address}",
    "老婆嫌{~car_model}贵😂 我再考虑下，有活动QQ留言{qq}",
    "微信搜不到你啊，你发的{wechat}对吗",
    "发票抬头写公司，税号{~credit_code}，邮箱{email}",
    "提车那天{~date_time}我朋友开车送我来，他车{plate}能停展厅门口吗",
    "你好 我是{~place_only}那边的客户 上次留过电话{mobile}",
    "开票单位地址电话：{address} {landline}",
    "车辆登记要填的地址就写户口本上的：{address}",
    # --- 售后 / 保养 / 维修
    "【保养提醒】您的爱车{plate}当前里程约{~mileage}，已到保养周期，预约请致电服务顾问{landline}",
    "{plate}的车保养做好了，工单{~work_order}，一共{~price}，随时可以来取",
    "师傅，我车{plate}仪表亮了个黄色的灯，人在{address}楼下，能派人来看下不 {mobile}",
    "取送车服务登记：取车地址{address}，车牌{plate}，车主电话{mobile}",
    "服务顾问小周，直线{landline}，下班时间打手机{mobile}",
    "我那台{~car_model} {plate} 上次换的刹车片有异响，什么时候能回厂看看",
    "钣喷报价发你邮箱了{email}，确认没问题回个微信",
    "车钥匙放前台了，车牌{plate}，洗完车放{~parking_spot}",
    "您好，售后专员微信：{wechat}，有问题随时找我",
    "预约{~date_time}到店换机油，车牌号{plate}，电话{mobile}",
    "保修期内更换的，发票抬头个人就行，身份证{id_card}",
    "车停在{address}门口了，钥匙在保安那，你们来拖走吧",
    "我的车是{plate}，问下{~tire_spec}的轮胎多少钱一条",
    "退款退到原卡{bank_card}就可以了",
    "维修完了麻烦给我打电话{mobile}，短信我看不到",
    "车主联系方式：{mobile}（本人）、{landline}（单位）",
    "召回通知收到了，我的车{plate}，车架号{~vin}，啥时候能做",
    "已经到店了，车{plate}停在{~parking_spot}，我在休息区",
    "{plate} 进厂 {~mileage} 做二保",
    "这个是我们店的售后群，有事@我，或者QQ{qq}留言也行",
    # --- 二手车
    "收车信息：{~car_model} {~car_age} 表显{~mileage} 车牌{plate} 车主电话{mobile}",
    "过户要卖家身份证{id_card}，买家的也发一下",
    "车款{~car_price}打到这张卡上 {bank_card} 户名是我本人",
    "车架号{~vin}，你先查下出险记录，有意向打我电话{mobile}",
    "您好，在二手车平台看到您发的车，{plate}那台还在吗",
    "看车地址：{address}，来之前打个电话{mobile}",
    "帮我估个价，{~car_model}，{~car_age}，{~mileage}，车在{address}",
    "车况报告发你邮箱{email}了，注意查收",
    "过户约在{~date_time}车管所，卖家手机{mobile}，买家手机{mobile}",
    "定金打我卡里就行：{bank_card}，工行的",
    "我是车商，收车加微信{wechat}，全国上门",
    "车牌{plate}要不要保留？保留的话得先办指标",
    "买方信息\n身份证 {id_card}\n电话 {mobile}\n地址 {address}",
    "尾款{~car_price}转这个账户 {bank_card}（农行），转完截图给我",
    "原车主QQ{qq}，有问题可以直接问他",
    "{plate} 已过户，新车主电话{mobile}",
    "这车是我朋友的，他电话{mobile}，你们约时间去{address}看",
    "外迁提档要原车主身份证{id_card}，你让他拍一下",
    # --- 车险续保 / 理赔
    "您的车{plate}商业险{~date}到期，今年续保报价{~price}，交强险{~price}，出单后电子保单发您邮箱{email}",
    "投保人身份证：{id_card}\n车主手机：{mobile}",
    "报案号{~claim_no}，定损员会联系您，现场照片发我微信{wechat}",
    "赔款收款账户：{bank_card}，建设银行，车主本人",
    "保单号{~policy_no}，被保险人电话{mobile}",
    "出险地点{address}门口，对方车牌{plate}，我车{plate}",
    "追尾了，现在在{~highway_km}，对方车{plate}，他电话{mobile}",
    "续保的话需要行驶证和身份证照片，号码是{id_card}对吧？",
    "电子保单已发送至{email}，保单号{~policy_no}",
    "理赔资料邮寄到：{address}，收件电话{landline}",
    "保险到期了 帮我续一下 车牌{plate} 身份证{id_card}",
    "你好我是人保的续保专员，微信{wechat}，电话{mobile}，今年有送洗车券",
    "定损完了，维修厂垫付，赔款打给修理厂，车主只要签字；有问题联系我QQ{qq}",
    "对方保险公司电话我没记住，对方手机是{mobile}，车牌{plate}",
    "三者险赔款打这张卡{bank_card}",
    "交强险发票开个人，邮箱{email}，手机{mobile}",
    "单方事故，车{plate}在{address}地库撞柱子了，报案电话打了",
    "你好，上年保单是在你们这买的，今年车换了{plate|green_ev_8,green_ev_dot}，新能源险怎么算",
    "车主：本人\n车牌：{plate}\n身份证：{id_card}\n手机：{mobile}\n邮箱：{email}",
    "续保提醒：尊敬的客户，您的{plate}车险即将到期，详询{landline}",
    # --- 驾校
    "学员报名：身份证号{id_card}，手机{mobile}，家庭住址{address}，报{~licence_class}",
    "明天{~exam_subject}练车，教练车{plate|coach_xue}，早上7点训练场门口集合",
    "教练电话{mobile}，有事提前一天请假",
    "体检地址：{address}，带身份证和一寸照",
    "学费{~price}可以分期，扣款卡绑{bank_card}",
    "约考短信收到了，{~date_time}，考场在{address}",
    "教练，我微信是{wechat}，拉我进练车群",
    "坐{plate|coach_xue}这台车去考场，{~date_time}别迟到",
    "驾校地址：{address}，咨询电话{landline}",
    "退学费的话把卡号发我：{bank_card}，开户行写清楚",
    "报名需要身份证号码 {id_card} 对吗？我儿子的",
    "学员QQ{qq}，网上理论学习账号就用这个",
    "陪练老师电话{mobile}，车{plate|coach_xue}，接送地址{address}",
    "驾驶证邮寄到{address}，电话{mobile}",
    # --- 租车
    "租车订单{~order_no}，取车门店{address}，取车人身份证{id_card}",
    "押金退到{bank_card}了，3-5个工作日到账",
    "还车时间{~date_time}，车牌{plate}，油量还剩一半",
    "违章处理要驾驶证号，就是身份证号{id_card}",
    "送车上门：{address}，联系电话{mobile}，车牌{plate}",
    "门店座机{landline}，晚上8点后打值班手机{mobile}",
    "租的车{plate}半路没电了，我在{~highway_km}，电话{mobile}",
    "行程单和发票发到{email}",
    "你好 我租的{plate} 刮了一道 怎么处理 我电话{mobile}",
    "长租企业客户对接人邮箱{email}，座机{landline}",
    "取车人：本人 手机{mobile} 驾照同身份证{id_card}",
    "租车押金{~price}，预授权在这张信用卡{bank_card|visa_plain_16,master_space_4444,space_4444,plain_16}",
    # --- 充电 / 新能源
    "充电桩安装勘测地址：{address}，车位{~parking_spot}，车主电话{mobile}",
    "我车{plate|green_ev_8,green_ev_dot}在{~charging_pile}充不上电，APP扣了{~price}",
    "充电卡余额退款，卡号发我：{bank_card}",
    "新能源车{plate|green_ev_8,green_ev_dot}，电量{~battery}，在{address}附近哪有快充",
    "家充桩报装需要车主身份证{id_card}和购车发票，物业电话{landline}",
    "桩子装好了，在{address}，有问题加我微信{wechat}",
    "{plate|green_ev_8,green_ev_dot} 充满了吗，我下楼挪车",
    "占位费{~price}申诉，车牌{plate|green_ev_8,green_ev_dot}，手机{mobile}",
    "勘测师傅电话{mobile}，预计{~date_time}上门",
    "充电发票发邮箱{email}，抬头个人",
    # --- 道路救援
    "救援：车牌{plate}，位置{address}门口，车主电话{mobile}，电瓶亏电打不着",
    "拖车到{address}，大概{~mileage}，费用{~price}",
    "货车{plate|green_large_8,trailer_gua,blue_plain}在{~highway_km}抛锚，司机电话{mobile}",
    "救援师傅已出发，师傅电话{mobile}，约{~date_time}到",
    "我在{address}地下车库，车{plate}爆胎了",
    "拖车司机微信{wechat}，位置共享发他",
    "挂车{plate|trailer_gua}，车头{plate|blue_plain,blue_dot}，在服务区等救援，电话{mobile}",
    "新能源大巴{plate|green_large_8}趴窝了，调度座机{landline}",
    "换胎师傅到了没？我在{address}，电话{mobile}，车{plate}",
    "救援完成，费用{~price}请转账或退到车主卡{bank_card}",
    # --- 杂项 / 格式化 / 无提示语
    "{plate}",
    "{mobile}",
    "{id_card}",
    "就这张卡 {bank_card}",
    "{address}\n{mobile}",
    "{qq}",
    "车牌：{plate}",
    "📱{mobile} 打这个",
    "微信 {wechat}",
    "邮箱 {email}",
    "扣扣{qq}，你加我",
    "地址发你：{address}",
    "电化{mobile}，微心{wechat}",
    "客户：到店客户\n电话：{mobile}\n车辆：{~car_model} {plate}\n备注：{~date_time}到店",
    "联系人手机号{mobile}，座机{landline}，邮箱{email}",
    "身份证号：{id_card}\n银行卡号：{bank_card}\n预留手机：{mobile}",
    "我弟的车{plate}，我的车{plate}，两台一起做保养",
    "好的，收到，车牌{plate}",
    "我手机好{mobile}",
    "车主手机{mobile}，车{plate}，在{address}",
    "这是我的QQ邮箱{email}，QQ号就是{qq}",
    "加微信发定位，{wechat}",
    "麻烦寄到{address}，{mobile}，谢谢",
    "座机 {landline} 工作日9点到6点有人",
    "👉{address} 门口等我",
    "车牌号是 {plate} 吗？我看照片不清楚",
    "对，就是{plate}，{~car_model}白色的",
    "卡号{bank_card}，开户行建行深圳分行",
    "身份证{id_card}，手机号{mobile}，车牌{plate}，这些够了吗",
    "加一下我QQ：{qq}  我把行驶证照片传给你",
    "工作单位地址{address}，单位电话{landline}",
    "好的，我把微信号发你 {wechat}",
    "收件人：车主本人\n手机：{mobile}\n地址：{address}",
    "{email}",
    "邮箱是{email}吗？发了两次都退回来了",
    "你打这个 {landline} 找前台转我",
    "总机{landline}，按0转人工",
    "我的QQ号{qq}，微信{wechat}",
    "身份证尾号是X的，完整号码{id_card|ends_X,ends_x_lower}",
    "{id_card|ends_x_lower,plain_18} 小写x可以吗",
    # --- 补充：货车 / QQ / 微信
    "物流公司的车{plate|green_large_8,trailer_gua}年审到期了，车队座机{landline}",
    "半挂{plate|trailer_gua}的保险续一下，车队长电话{mobile}",
    "新能源渣土车{plate|green_large_8}申请充电卡，负责人电话{mobile}",
    "QQ：{qq}（不常上，急事打电话{mobile}）",
    "二手车群里看到的，我QQ{qq}，车还在的话联系我",
    "驾校题库账号是我QQ号{qq}登录的，密码忘了",
    "报价单我QQ传你了，我QQ号{qq}，你加一下",
    "扣扣号 {qq} 验证消息写买车",
    "租车合同扫描件发QQ吧，{qq}",
    "旧车照片在QQ相册里，加我{qq}看",
    "vx：{wechat}",
    "V信{wechat} 备注二手车",
    "教练微信{wechat}，约车在群里说",
    "邮箱：{email}\n电话：{landline}",
    "我们公司座机{landline}，财务邮箱{email}，发票开好了发这里",
)

# ---------------------------------------------------------------- near-miss-only templates
NEAR_TEMPLATES = (
    "车架号{~vin}，帮我查下这台车有没有召回",
    "VIN：{~vin}",
    "发动机号{~engine_no}，跟行驶证上对不上",
    "车架号后六位{~vin_tail}，车型{~car_model}",
    "保单号{~policy_no}，续保已经生效了",
    "报案号是{~claim_no}，什么时候定损？",
    "您的报案号：{~claim_no}，请保持电话畅通",
    "订单号{~order_no}已支付，请到门店提车",
    "工单号{~work_order}，预计{~date_time}完工",
    "现在表显{~mileage}，该做几保了？",
    "{~car_model}落地{~car_price}，贷款{~loan_term}，月供大概多少",
    "这台{~car_model}，{~car_age}，{~mileage}，收车价{~car_price}",
    "车停在{~parking_spot}，钥匙在前台",
    "全国救援热线{~hotline}，24小时",
    "人保报案打{~hotline}，平安打{~hotline}",
    "{~charging_pile}坏了，充到{~battery}就跳枪",
    "支付流水号{~pay_serial}，已扣款{~price}",
    "交易单号：{~pay_serial}",
    "购车合同编号{~contract_no}",
    "公司税号{~credit_code}，开专票",
    "您的手机号{~masked_mobile}已绑定",
    "车牌{~masked_plate}的车主请尽快挪车",
    "验证码{~verify_code}，5分钟内有效，请勿泄露",
    "发票号码{~invoice_no}，开票金额{~price}",
    "行驶证原件顺丰寄给你了，单号{~tracking_no}",
    "救援车已在{~highway_km}附近",
    "轮胎规格{~tire_spec}，原厂配的",
    "我考的{~licence_class}，能开手动挡吗",
    "{~exam_subject}挂了两次😭 补考要多少钱",
    "你们{~place_only}那边有店吗",
    "我在{~place_only}，最近的4S店在哪",
    "电量只剩{~battery}了，附近哪有快充",
    "驾校理论学习群{~qq_group}，进群备注学员",
    "保养券码{~coupon_code}，到店出示",
    "合格证编号{~cert_no}，开票要用",
    "{~date_time}到店，{~bay_queue}",
    "现在排到{~bay_queue}了，前面还有3台",
    "车子{~plate_tail}的那台，{~car_model}，刚到店",
    "你好，{~car_model}用{~oil_spec}的机油，多久换一次",
    "12123上能查到{~date}有个违章，罚200扣3分",
    "交强险{~price}，商业险{~price}，总共{~price}",
    "首付{~car_price}，{~loan_term}，{~loan_term}",
    "{~car_model} 和 {~car_model} 哪个保值？",
    "这车{~car_age}的，才跑了{~mileage}",
    "提车日期{~date}，首保{~mileage}或6个月",
    "充电订单{~order_no}，电量{~battery}，费用{~price}",
    "退款已原路退回，退款单号{~pay_serial}",
    "保险{~date}到期，提前一个月可以续，续保热线{~hotline}",
    "{~date_time}{~exam_subject}考试，{~place_only}考场",
    "租车订单{~order_no}，{~date_time}取车，{~date_time}还车",
    "车是{~car_model}，发动机号{~engine_no}，车架号{~vin}",
    "您的工单{~work_order}已结算，实收{~price}",
    "拖车{~mileage}，按{~price}收费",
    "召回编号{~work_order}，涉及{~car_model}",
    "出险记录：{~date}，赔付{~price}",
    "您的车险理赔案件{~claim_no}已结案，赔款{~price}",
    "定损单号{~work_order}，定损金额{~price}",
    "车位{~parking_spot}充电桩{~charging_pile}",
    "客服电话{~hotline}，工作日9:00-18:00",
    "预约成功！{~date_time}，{~place_only}，工单{~work_order}",
    "尊敬的车主，您的{~car_model}已完成{~mileage}保养",
    "订金{~price}已收，收据编号{~order_no}",
    "这车{~mileage}的时候换过{~tire_spec}的胎",
    "电子保单号{~policy_no}，保费{~price}",
    "过户费{~price}，{~date}去车管所",
    "ETC办理请打{~hotline}",
    "快递单号{~tracking_no}，合同原件",
    "{~masked_mobile}这个号是你吗？",
    "身份证{~masked_id}，已实名",
    "我的卡是{~masked_card}那张",
    "车牌{~plate_tail}，{~car_model}",
    "{~vin}",
    "{~order_no}",
    "发动机号：{~engine_no}\n车架号：{~vin}\n排量：2.0T",
    "我的车{~car_age}，{~car_model}，现在卖能卖多少",
    "{~car_model}的电池包质保几年？现在{~battery}",
    "开票信息：税号{~credit_code}，开户行账号见合同",
    "驾校报名费{~price}，包含{~licence_class}全部科目",
    "核销码{~verify_code}",
    "取车码{~verify_code}，到店出示给前台",
    "服务站{~place_only}，{~hotline}",
    "保养套餐{~price}，含{~oil_spec}全合成机油",
    "合同号{~contract_no}，贷款{~loan_term}",
    "还车里程{~mileage}，超里程费{~price}",
    "{~date}下午到店，工位{~bay_queue}",
    "贵宾卡号{~coupon_code}",
    "事故认定书编号{~accident_doc}",
    "交警大队事故咨询{~hotline}",
    "充电站在{~place_only}，桩号{~charging_pile}",
    "换电站排队{~bay_queue}",
    "您好，订单{~order_no}的发票号码是{~invoice_no}",
    "我的车在{~place_only}那边修，工单{~work_order}",
    "车辆一致性证书编号{~cert_no}",
    "GPS显示车在{~highway_km}，已派车",
    "物流单号{~tracking_no}，车钥匙寄出了",
    "这是质损车吗？车架号{~vin}，{~date}到港",
)

# ---------------------------------------------------------------- rendering
_SLOT = re.compile(r"\{(~?)(\w+)(?:\|([\w,]+))?\}")


def _slots(t: str):
    return [(m.group(1) == "~", m.group(2), tuple(m.group(3).split(",")) if m.group(3) else None)
            for m in _SLOT.finditer(t)]


def _allowed(kind: str, hint):
    if hint:
        for f in hint:
            assert f in _FMT[kind], (kind, f)
        return hint
    return tuple(f for f, (_g, _w, d) in _FMT[kind].items() if d)


def _render(r: random.Random, t: str, force=None):
    out, ents, fmts, nears = [], [], [], []
    cur = pos = 0
    for i, m in enumerate(_SLOT.finditer(t)):
        lit = t[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        near, name, hint = m.group(1) == "~", m.group(2), (tuple(m.group(3).split(",")) if m.group(3) else None)
        if near:
            v = NEAR_GENS[name](r)
            nears.append((name, cur, cur + len(v)))
            out.append(v)
            cur += len(v)
        else:
            allowed = _allowed(name, hint)
            if force is not None and force[0] == i:
                f = force[1]
            else:
                f = r.choices(allowed, weights=[_FMT[name][a][1] for a in allowed])[0]
            pre, v, post = _FMT[name][f][0](r)
            out.append(pre)
            cur += len(pre)
            ents.append((name, cur, cur + len(v)))
            fmts.append(f)
            out.append(v + post)
            cur += len(v) + len(post)
        pos = m.end()
    out.append(t[pos:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    plan = []
    parsed = [_slots(t) for t in PII_TEMPLATES]
    for kind, tab in FMT_TABLES:
        for f, *_ in tab:
            cands = [(ti, si) for ti, sl in enumerate(parsed) for si, (nr, k, h) in enumerate(sl)
                     if not nr and k == kind and f in _allowed(k, h)]
            tis = sorted({ti for ti, _ in cands})
            assert len(tis) >= 3, (kind, f, tis)
            for ti in r.sample(tis, min(len(tis), FORCE_PER_FMT)):
                si = r.choice([s for t2, s in cands if t2 == ti])
                plan.append(("P", ti, (si, f)))
    order = list(range(len(PII_TEMPLATES)))
    while len(plan) < N_PII_ROWS:
        r.shuffle(order)
        plan.extend(("P", ti, None) for ti in order[: N_PII_ROWS - len(plan)])
    norder = list(range(len(NEAR_TEMPLATES)))
    nplan = []
    while len(nplan) < N_NEAR_ROWS:
        r.shuffle(norder)
        nplan.extend(("N", ti, None) for ti in norder[: N_NEAR_ROWS - len(nplan)])
    plan += nplan
    r.shuffle(plan)
    rows = []
    for src, ti, force in plan:
        t = PII_TEMPLATES[ti] if src == "P" else NEAR_TEMPLATES[ti]
        text, ents, fmts, nears = _render(r, t, force)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(f"{src}{ti}")
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind26_corpus() -> pd.DataFrame:
    """Build the 26th blind corpus (deterministic)."""
    return _build()


# ---------------------------------------------------------------- checks
_PLATE_RE = re.compile("^[" + _PROV + "][A-Z]([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]|[0-9]{4}[学挂])$")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_ADDR_START = re.compile(r"^[\u4e00-\u9fff]{1,7}?(省|自治区|市|区|县|镇|乡|村|路|街|大道)")


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in _MOB_PRE
    if kind == "landline":
        return n.isdigit() and (n[:3] in _AREA3 and len(n) == 11 or n[:4] in _AREA4 and len(n) in (11, 12))
    if kind == "id_card":
        return _id_ok(n.upper())
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n)
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._]+@[A-Za-z0-9.-]+\.[a-z]{2,}", unicodedata.normalize("NFKC", v)))
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{5,9}", n))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v))
    if kind == "plate":
        return bool(_PLATE_RE.fullmatch(n.upper()))
    if kind == "address":
        return bool(_ADDR_END.search(v)) and bool(_ADDR_START.match(v))
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), text
        spans = []
        for k, s, e in es:
            assert k in KINDS, k
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (text, k, v)
            assert _valid(k, v), (k, v, text)
            # the value is not glued to more digits / letters of the same token
            if s > 0 and k in ("mobile", "landline", "id_card", "bank_card", "qq"):
                assert not text[s - 1].isdigit() or text[:s].endswith(("+86", "0086")), (text, v)
            if e < len(text) and k in ("mobile", "landline", "id_card", "bank_card", "qq"):
                assert not text[e].isdigit(), (text, v)
            spans.append((s, e))
            n_ent += 1
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (text, k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n.upper()), (k, v)
            if not k.startswith("masked"):
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
            spans.append((s, e))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
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
    assert df.equals(make_blind26_corpus())  # deterministic
    assert df.equals(make_blind26_corpus())
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
    declared = [f"{k}/{f}" for k, tab in FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

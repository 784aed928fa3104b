"""Fifth blind PII corpus (``split == "blind5"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session) that did NOT
read the masking rules (``toolkit/privacy/_patterns.py``, ``mask.py`` beyond the
PII_KINDS / PLACEHOLDERS lines), the earlier corpora or tests
(``tests/privacy/pii_*.py``, ``test_*.py``), ``bench/``, the README privacy
sections or git history, and never ran any masking function on this corpus.
The contexts, value shapes and labels come only from the writer's own idea of
how people in China type contact data in customer-service chats.

Seed
----
``SEED = "blind5-2024-wecom-独立盲测"``; everything is drawn from
``random.Random(SEED)`` over fixed lists (no hash seeds, no set order).

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; the span holds the value
  only (cue words, +86 / 0086 prefixes and landline extensions are outside,
  separators inside a value are inside; an address runs from its first to its
  last place unit)
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must not
  be masked (order / tracking numbers, amounts, hotlines, numbers of card or
  ID length failing Luhn / the ID check, ...)
* ``split``       -- always ``"blind5"``

Rows with >= 1 entity are PII sentences; rows with none are near-miss
sentences (PII sentences may also carry a few near-misses).

Counts (from ``python tests/privacy/pii_blind5.py``)
-----------------------------------------------------
rows=1320 pii_rows=720 near_rows=600 entities=796

entities per kind: mobile 133, address 119, bank_card 90, wechat 88, id_card 82, qq 78, email 75, landline 70, plate 61

near-miss spans=768 kinds=30: amount, datetime, order_no, serial_card_len, member_no, hotline, tracking_no, ticket_no, id_len_fail, coupon, train_flight, ship_origin, invoice_no, model, room_seat, quantity, student_no, imei, pickup_code, discount, case_no, sku_code, url, price, barcode, credit_code, size, version, postcode, verification_code

formats=79 distinct format names
(mobile 12, landline 10, id_card 6, bank_card 9, email 11, qq 5, wechat 8,
plate 7, address 11).
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind5-2024-wecom-独立盲测"

KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 720
N_NEAR_ROWS = 600

# --------------------------------------------------------------------------- helpers

def fw(s: str) -> str:
    """ASCII -> full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def unfw(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_MAP = "10X98765432"
PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}


def id_check(body17: str) -> str:
    return ID_MAP[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


def _date_ok(y: int, m: int, d: int) -> bool:
    import datetime
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def id18_valid(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if int(s[:2]) not in PROVINCES:
        return False
    if not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check(s[:17]) == s[17]


def id15_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{15}", s):
        return False
    return int(s[:2]) in PROVINCES and _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


# --------------------------------------------------------------------------- value generators
# each returns (pre, value, post, format); pre/post are outside the span

MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "166", "167",
                 "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                 "186", "187", "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199"]
CN_DIG = "零一二三四五六七八九"


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_mobile(r, fmt=None):
    m = r.choice(MOBILE_PREFIX) + _digits(r, 8)
    fmt = fmt or r.choices(
        ["m_plain", "m_344_space", "m_344_dash", "m_plus86_space", "m_plus86_tight", "m_0086_dash",
         "m_fullwidth", "m_dot", "m_mixed_sep", "m_cn_digits", "m_paren86", "m_38_split"],
        [30, 12, 10, 6, 5, 4, 6, 4, 5, 3, 3, 3])[0]
    a, b, c = m[:3], m[3:7], m[7:]
    if fmt == "m_plain":
        return "", m, "", fmt
    if fmt == "m_344_space":
        return "", f"{a} {b} {c}", "", fmt
    if fmt == "m_344_dash":
        return "", f"{a}-{b}-{c}", "", fmt
    if fmt == "m_plus86_space":
        return "+86 ", m, "", fmt
    if fmt == "m_plus86_tight":
        return "+86", m, "", fmt
    if fmt == "m_0086_dash":
        return "0086-", m, "", fmt
    if fmt == "m_fullwidth":
        return "", fw(m), "", fmt
    if fmt == "m_dot":
        return "", f"{a}.{b}.{c}", "", fmt
    if fmt == "m_mixed_sep":
        return "", f"{a} {b}-{c}", "", fmt
    if fmt == "m_cn_digits":
        return "", "".join(CN_DIG[int(x)] for x in m), "", fmt
    if fmt == "m_paren86":
        return "(+86)", m, "", fmt
    if fmt == "m_38_split":
        return "", f"{a}{b[:1]} {b[1:]}{c}", "", fmt  # 1381 2345678 (typed in two chunks)
    raise ValueError(fmt)


AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4 = ["0311", "0351", "0371", "0411", "0431", "0451", "0512", "0531", "0532", "0551", "0571",
         "0574", "0591", "0592", "0731", "0755", "0757", "0760", "0769", "0791", "0851", "0871",
         "0898", "0931", "0951", "0971", "0991", "0516", "0535", "0710"]


def _local(r, n):
    return r.choice("2345678") + _digits(r, n - 1)


def gen_landline(r, fmt=None):
    fmt = fmt or r.choices(
        ["l_dash", "l_paren", "l_cn_paren", "l_space", "l_ext_zhuan", "l_ext_dash", "l_tight",
         "l_7digit", "l_plus86", "l_local_only"],
        [25, 10, 8, 8, 8, 6, 8, 6, 4, 5])[0]
    if r.random() < 0.45:
        area, loc = r.choice(AREA3), _local(r, 8)
    else:
        area, loc = r.choice(AREA4), _local(r, 8)
    if fmt == "l_dash":
        return "", f"{area}-{loc}", "", fmt
    if fmt == "l_paren":
        return "", f"({area}){loc}", "", fmt
    if fmt == "l_cn_paren":
        return "", f"（{area}）{loc}", "", fmt
    if fmt == "l_space":
        return "", f"{area} {loc[:4]} {loc[4:]}", "", fmt
    if fmt == "l_ext_zhuan":
        return "", f"{area}-{loc}", "转" + _digits(r, r.choice([3, 4])), fmt
    if fmt == "l_ext_dash":
        return "", f"{area}-{loc}", "-" + str(r.randint(100, 899)), fmt
    if fmt == "l_tight":
        return "", f"{area}{loc}", "", fmt
    if fmt == "l_7digit":
        area = r.choice(["0931", "0971", "0951", "0898", "0710", "0516"])
        return "", f"{area}-{_local(r, 7)}", "", fmt
    if fmt == "l_plus86":
        return "+86-", f"{area[1:]}-{loc}", "", fmt
    if fmt == "l_local_only":
        return "", f"{loc[:4]}-{loc[4:]}" if r.random() < .5 else loc, "", fmt
    raise ValueError(fmt)


REGIONS = ["110101", "110105", "110108", "120101", "130102", "140105", "150102", "210102", "220102",
           "230102", "310104", "310115", "320102", "320505", "321282", "330106", "330382", "340104",
           "350203", "360102", "370102", "370202", "410105", "411627", "420106", "430104", "440106",
           "440305", "441900", "450103", "460105", "500103", "510107", "520102", "530102", "610113",
           "620102", "630102", "640104", "650102"]


def _birth(r, lo=1955, hi=2012):
    import datetime
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def _id18(r, want_x=None):
    while True:
        b = _birth(r)
        body = r.choice(REGIONS) + b.strftime("%Y%m%d") + _digits(r, 3)
        full = body + id_check(body)
        if want_x is None or (full[-1] == "X") == want_x:
            return full


def gen_id_card(r, fmt=None):
    fmt = fmt or r.choices(["id18_plain", "id18_x", "id18_lower_x", "id18_spaced", "id18_fullwidth", "id15"],
                           [45, 12, 6, 12, 8, 10])[0]
    if fmt == "id18_plain":
        return "", _id18(r, want_x=False), "", fmt
    if fmt == "id18_x":
        return "", _id18(r, want_x=True), "", fmt
    if fmt == "id18_lower_x":
        return "", _id18(r, want_x=True).lower(), "", fmt
    if fmt == "id18_spaced":
        v = _id18(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", "", fmt
    if fmt == "id18_fullwidth":
        return "", fw(_id18(r, want_x=False)), "", fmt
    if fmt == "id15":
        b = _birth(r, 1940, 1984)
        return "", r.choice(REGIONS) + b.strftime("%y%m%d") + _digits(r, 3), "", fmt
    raise ValueError(fmt)


BINS19 = ["622202", "621700", "622848", "621661", "622700", "622262", "621226", "622150", "623058",
          "621799", "622908", "621485", "622609"]
BINS16 = ["622588", "436742", "625965", "402674", "518710", "622155", "524047", "628288", "356833"]


def _card(r, n):
    bins = BINS19 if n >= 18 else BINS16
    body = r.choice(bins) + _digits(r, n - 7)
    return body + luhn_digit(body)


def gen_bank_card(r, fmt=None):
    fmt = fmt or r.choices(["bc19_plain", "bc16_plain", "bc19_4space", "bc16_4space", "bc_4dash",
                            "bc_fullwidth", "bc18_plain", "bc17_plain", "bc19_6_13"],
                           [30, 15, 14, 10, 8, 6, 6, 4, 5])[0]
    if fmt == "bc19_plain":
        return "", _card(r, 19), "", fmt
    if fmt == "bc16_plain":
        return "", _card(r, 16), "", fmt
    if fmt == "bc19_4space":
        v = _card(r, 19)
        return "", " ".join(v[i:i + 4] for i in range(0, 19, 4)), "", fmt
    if fmt == "bc16_4space":
        v = _card(r, 16)
        return "", " ".join(v[i:i + 4] for i in range(0, 16, 4)), "", fmt
    if fmt == "bc_4dash":
        n = r.choice([16, 19])
        v = _card(r, n)
        return "", "-".join(v[i:i + 4] for i in range(0, n, 4)), "", fmt
    if fmt == "bc_fullwidth":
        return "", fw(_card(r, r.choice([16, 19]))), "", fmt
    if fmt == "bc18_plain":
        return "", _card(r, 18), "", fmt
    if fmt == "bc17_plain":
        return "", _card(r, 17), "", fmt
    if fmt == "bc19_6_13":
        v = _card(r, 19)
        return "", f"{v[:6]} {v[6:]}", "", fmt
    raise ValueError(fmt)


PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yangmei", "zhaolei", "huangtao",
          "zhouxin", "wuhao", "xuli", "sunjie", "mahui", "zhuqing", "huyue", "guoqiang", "linxi",
          "hexiao", "gaoyan", "luoming", "xiaoyu", "tiantian", "dandan", "xiaoqi", "yuanyuan", "lele"]
EN = ["amy", "kevin", "sunny", "lucky", "cherry", "tony", "jack", "coco", "lily", "eric", "nancy", "leo"]
FREE_DOM = ["qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "139.com",
            "yeah.net", "aliyun.com", "outlook.com", "gmail.com", "hotmail.com", "sina.cn", "189.cn"]
CORP_DOM = ["hzyunxin.com.cn", "sz-jiaxin.com", "bjhuatai.cn", "cdtianfu-edu.cn", "whlongda.com",
            "njkexin.net", "xmhaiyun.com.cn"]
EDU_DOM = ["pku.edu.cn", "zju.edu.cn", "whu.edu.cn", "mail.scut.edu.cn", "stu.xjtu.edu.cn", "fudan.edu.cn"]


def _qqnum(r, lo=5, hi=11):
    n = r.choices(list(range(lo, hi + 1)), [1 if k < 8 else 3 for k in range(lo, hi + 1)])[0]
    return r.choice("123456789") + _digits(r, n - 1)


def gen_email(r, fmt=None):
    fmt = fmt or r.choices(["e_qqnum", "e_pinyin", "e_dotted", "e_underscore", "e_upper", "e_fullwidth_at",
                            "e_edu", "e_corp", "e_plus_tag", "e_spaced_at", "e_en_year"],
                           [18, 16, 8, 8, 5, 6, 8, 9, 4, 4, 10])[0]
    py = r.choice(PINYIN)
    dom = r.choice(FREE_DOM)
    if fmt == "e_qqnum":
        return "", f"{_qqnum(r, 6, 10)}@qq.com", "", fmt
    if fmt == "e_pinyin":
        return "", f"{py}{r.randint(1, 9999)}@{dom}", "", fmt
    if fmt == "e_dotted":
        return "", f"{py[:len(py)//2]}.{py[len(py)//2:]}@{dom}", "", fmt
    if fmt == "e_underscore":
        return "", f"{py}_{r.randint(80, 2023)}@{dom}", "", fmt
    if fmt == "e_upper":
        return "", f"{py.capitalize()}{r.randint(10, 99)}@{dom.upper() if r.random()<.5 else dom}", "", fmt
    if fmt == "e_fullwidth_at":
        return "", f"{py}{r.randint(10, 999)}＠{dom}", "", fmt
    if fmt == "e_edu":
        return "", f"{py[:r.randint(3,len(py))]}{r.randint(2015, 2023)}{r.randint(100,999)}@{r.choice(EDU_DOM)}", "", fmt
    if fmt == "e_corp":
        return "", f"{py}@{r.choice(CORP_DOM)}", "", fmt
    if fmt == "e_plus_tag":
        return "", f"{py}+{r.choice(['shop', 'jd', 'tb', 'vip'])}@{r.choice(['gmail.com', 'outlook.com'])}", "", fmt
    if fmt == "e_spaced_at":
        return "", f"{py}{r.randint(1, 99)} @ {dom}", "", fmt
    if fmt == "e_en_year":
        return "", f"{r.choice(EN)}{r.choice(['', '_', '.'])}{r.randint(1975, 2010)}@{dom}", "", fmt
    raise ValueError(fmt)


def gen_qq(r, fmt=None):
    fmt = fmt or r.choices(["qq_plain", "qq_long", "qq_spaced", "qq_fullwidth", "qq_short"],
                           [45, 20, 10, 10, 8])[0]
    if fmt == "qq_plain":
        return "", _qqnum(r, 8, 10), "", fmt
    if fmt == "qq_long":
        return "", r.choice("123") + _digits(r, 10), "", fmt
    if fmt == "qq_spaced":
        v = _qqnum(r, 9, 10)
        return "", f"{v[:3]} {v[3:6]} {v[6:]}", "", fmt
    if fmt == "qq_fullwidth":
        return "", fw(_qqnum(r, 8, 10)), "", fmt
    if fmt == "qq_short":
        return "", _qqnum(r, 5, 7), "", fmt
    raise ValueError(fmt)


def gen_wechat(r, fmt=None):
    fmt = fmt or r.choices(["wx_pinyin_digits", "wx_underscore", "wx_dash", "wx_wxid", "wx_mixedcase",
                            "wx_short", "wx_long", "wx_en_word"],
                           [25, 15, 8, 12, 12, 8, 6, 10])[0]
    py = r.choice(PINYIN)
    if fmt == "wx_pinyin_digits":
        return "", f"{py}{r.randint(1, 99999)}", "", fmt
    if fmt == "wx_underscore":
        return "", f"{py}_{r.choice(['0', ''])}{r.randint(1, 1231)}", "", fmt
    if fmt == "wx_dash":
        return "", f"{r.choice(EN)}-{py}" + (str(r.randint(1, 99)) if r.random() < .5 else ""), "", fmt
    if fmt == "wx_wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "", fmt
    if fmt == "wx_mixedcase":
        return "", f"{r.choice(EN).capitalize()}{py.capitalize()[:4]}{r.choice(['520', '666', '888', '1314', '99'])}", "", fmt
    if fmt == "wx_short":
        return "", r.choice("abcdefghkmnprstwxyz") + "".join(r.choice("abcdefghkmnprstwxyz0123456789") for _ in range(5)), "", fmt
    if fmt == "wx_long":
        s = f"{py}_{r.choice(EN)}_{r.randint(1980, 2015)}"
        return "", s[:20], "", fmt
    if fmt == "wx_en_word":
        return "", f"{r.choice(['sweet', 'happy', 'sky', 'moon', 'sugar', 'bear', 'panda'])}{r.choice(['_', ''])}{r.choice(EN)}{r.randint(1, 99)}", "", fmt
    raise ValueError(fmt)


PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(r):
    chars = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), r.choice([0, 0, 1, 1, 2])):
        chars[i] = r.choice(PLATE_L)
    return "".join(chars)


def gen_plate(r, fmt=None):
    fmt = fmt or r.choices(["p_std", "p_dot", "p_space", "p_nev", "p_nev_dot", "p_lower", "p_dash"],
                           [35, 15, 12, 14, 6, 8, 8])[0]
    p, l = r.choice(PLATE_PROV), r.choice("ABCDEFGH")
    if fmt == "p_std":
        return "", f"{p}{l}{_plate_tail(r)}", "", fmt
    if fmt == "p_dot":
        return "", f"{p}{l}·{_plate_tail(r)}", "", fmt
    if fmt == "p_space":
        return "", f"{p}{l} {_plate_tail(r)}", "", fmt
    if fmt == "p_nev":
        tail = r.choice("DF") + _digits(r, 5) if r.random() < .7 else _digits(r, 5) + r.choice("DF")
        return "", f"{p}{l}{tail}", "", fmt
    if fmt == "p_nev_dot":
        return "", f"{p}{l}·{r.choice('DF')}{_digits(r, 5)}", "", fmt
    if fmt == "p_lower":
        return "", f"{p}{l.lower()}{_plate_tail(r).lower()}", "", fmt
    if fmt == "p_dash":
        return "", f"{p}{l}-{_plate_tail(r)}", "", fmt
    raise ValueError(fmt)


PLACES = [("广东省", "深圳市", "南山区"), ("浙江省", "杭州市", "西湖区"), ("北京市", "", "朝阳区"),
          ("上海市", "", "浦东新区"), ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"),
          ("江苏省", "南京市", "鼓楼区"), ("陕西省", "西安市", "雁塔区"), ("河南省", "郑州市", "金水区"),
          ("山东省", "青岛市", "市南区"), ("湖南省", "长沙市", "岳麓区"), ("福建省", "厦门市", "思明区"),
          ("广东省", "广州市", "天河区"), ("天津市", "", "南开区"), ("重庆市", "", "渝北区"),
          ("辽宁省", "沈阳市", "和平区"), ("安徽省", "合肥市", "蜀山区"), ("云南省", "昆明市", "五华区"),
          ("江苏省", "苏州市", "吴中区"), ("广东省", "东莞市", "南城街道"), ("浙江省", "宁波市", "鄞州区"),
          ("河北省", "石家庄市", "长安区"), ("北京市", "", "海淀区"), ("上海市", "", "闵行区")]
ROADS = ["中山路", "人民路", "建设路", "解放大道", "文三路", "科技园南路", "长江路", "学院路", "南京西路",
         "东风路", "天府大道", "珠江路", "和平街", "幸福路", "滨江大道", "龙华路", "光明街", "新华路"]
COMMS = ["阳光花园", "翠湖苑", "万科城", "碧桂园", "金地格林小镇", "绿地世纪城", "保利香槟国际", "幸福里",
         "锦绣江南", "御景湾", "龙湖春江郦城", "华润二十四城", "恒大绿洲", "融创滨江壹号", "富力城", "紫薇花园"]
TOWERS = ["国贸大厦", "金融中心", "创业大厦", "科技大厦", "时代广场", "环球中心", "软件园"]
RURAL = [("河南省", "周口市", "郸城县", "宁平镇", "李庄村"), ("山东省", "菏泽市", "曹县", "青堌集镇", "王楼村"),
         ("安徽省", "阜阳市", "临泉县", "杨桥镇", "刘寨村"), ("四川省", "南充市", "营山县", "绿水镇", "石门村"),
         ("湖南省", "邵阳市", "隆回县", "桃洪镇", "新田村"), ("江西省", "赣州市", "于都县", "银坑镇", "平安村"),
         ("贵州省", "毕节市", "大方县", "猫场镇", "新华村"), ("广西壮族自治区", "玉林市", "博白县", "沙河镇", "长岭村")]
UNIS = ["浙江大学紫金港校区", "武汉大学信息学部", "四川大学江安校区", "华南理工大学大学城校区", "郑州大学主校区"]


def _room(r):
    return f"{r.randint(1, 33)}{r.randint(0, 1)}{r.randint(1, 6)}"


def gen_address(r, fmt=None):
    fmt = fmt or r.choices(["a_full", "a_city_road", "a_district_comm", "a_comm_only", "a_rural", "a_no_suffix",
                            "a_dash_room", "a_tower", "a_campus", "a_spaced", "a_province_city"],
                           [16, 12, 12, 10, 8, 8, 8, 8, 5, 6, 4])[0]
    prov, city, dist = r.choice(PLACES)
    road, comm = r.choice(ROADS), r.choice(COMMS)
    no = f"{r.randint(1, 999)}号"
    if fmt == "a_full":
        v = f"{prov}{city}{dist}{road}{no}{comm}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室"
    elif fmt == "a_city_road":
        v = f"{city or prov}{dist}{road}{no}"
    elif fmt == "a_district_comm":
        v = f"{dist}{road}{comm}{r.randint(1, 30)}号楼{_room(r)}"
    elif fmt == "a_comm_only":
        v = f"{comm}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}"
    elif fmt == "a_rural":
        p, c, x, t, vil = r.choice(RURAL)
        v = f"{p}{c}{x}{t}{vil}" + (f"{r.randint(1, 12)}组{r.randint(1, 80)}号" if r.random() < .6 else "")
    elif fmt == "a_no_suffix":
        v = f"{(city or prov)[:-1]}{dist}{road}{no}"
    elif fmt == "a_dash_room":
        v = f"{comm}{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}"
    elif fmt == "a_tower":
        v = f"{city or prov}{dist}{road}{no}{r.choice(TOWERS)}{r.choice('ABC')}座{r.randint(5, 32)}{r.randint(0, 2)}{r.randint(1, 9)}"
    elif fmt == "a_campus":
        v = f"{r.choice(UNIS)}{r.choice(['东区', '西区', '南区', ''])}{r.randint(1, 20)}号宿舍楼{_room(r)}"
    elif fmt == "a_spaced":
        v = f"{prov} {city + ' ' if city else ''}{dist} {road}{no} {comm}{r.randint(1, 30)}栋{_room(r)}"
    elif fmt == "a_province_city":
        v = f"{prov}{city}{dist}{r.choice(['龙城街道', '城关镇', '新桥街道', '东湖街道'])}{comm}"
    else:
        raise ValueError(fmt)
    return "", v, "", fmt


GEN = {"mobile": gen_mobile, "landline": gen_landline, "id_card": gen_id_card, "bank_card": gen_bank_card,
       "email": gen_email, "qq": gen_qq, "wechat": gen_wechat, "plate": gen_plate, "address": gen_address}

# --------------------------------------------------------------------------- near-miss generators
# each returns (pre, value, post)


def _fail_luhn(r, n, first="123456789"):
    while True:
        v = r.choice(first) + _digits(r, n - 1)
        if not luhn_ok(v) and not (n == 18 and id18_valid(v)):
            return v


def _fail_id(r):
    while True:
        b = _birth(r)
        body = r.choice(REGIONS) + b.strftime("%Y%m%d") + _digits(r, 3)
        c = r.choice("0123456789X")
        if c != id_check(body) and not luhn_ok(body + c if c != "X" else body + "0"):
            return body + c


def nm_order_no(r):
    s = r.random()
    if s < .5:
        return _fail_luhn(r, 19, "1234")          # Taobao-like 19 digits
    if s < .7:
        return _fail_luhn(r, 12, "23")           # JD-like 12 digits
    if s < .85:
        return f"{r.randint(230101, 241231)}-{_digits(r, 15)}"  # PDD-like
    return "DD" + _digits(r, 16)


def nm_tracking_no(r):
    s = r.random()
    if s < .3:
        return "SF" + _digits(r, 13)
    if s < .5:
        return "YT" + _digits(r, 13)
    if s < .65:
        return "JT" + _digits(r, 13)
    if s < .8:
        return "7" + r.choice("35") + _digits(r, 10)   # 中通 12 digits
    return "43" + _digits(r, 11)                       # 韵达 13 digits


def nm_invoice_no(r):
    return _digits(r, 8) if r.random() < .5 else "24" + _digits(r, 18)


def nm_amount(r):
    s = r.random()
    if s < .3:
        return f"¥{r.randint(1, 9)},{r.randint(0, 999):03d}.{r.choice(['00', '50', '90'])}"
    if s < .6:
        return f"{r.randint(10, 99999)}元"
    if s < .8:
        return f"{r.randint(1, 50)}.{r.randint(1, 9)}万"
    return f"{r.randint(100, 5000)}.{r.randint(0, 99):02d}"


def nm_price(r):
    return r.choice([f"{r.randint(5, 99)}.9元/斤", f"{r.randint(29, 999)}元/件", f"{r.randint(1, 9)}毛{r.randint(1, 9)}一个",
                     f"到手价{r.randint(39, 899)}", f"{r.randint(1000, 8000)}/月"])


def nm_datetime(r):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d} {r.randint(8, 21)}:{r.choice(['00', '15', '30', '45'])}",
                     f"{y}年{m}月{d}日", f"{m}月{d}号下午{r.randint(1, 5)}点", f"{y}/{m}/{d}",
                     f"{y}{m:02d}{d:02d}", f"{r.randint(8, 11)}:{r.choice(['00', '30'])}-{r.randint(17, 21)}:00"])


def nm_quantity(r):
    return r.choice([f"{r.randint(2, 50)}件", f"{r.randint(2, 10)}箱", f"{r.randint(100, 999)}g",
                     f"{r.randint(1, 20)}斤", f"{r.randint(2, 12)}盒", f"{r.randint(30, 200)}平米"])


def nm_model(r):
    return r.choice([f"KFR-{r.choice(['26', '35', '50', '72'])}GW/N8HY1", f"XQG{r.choice(['80', '100', '120'])}-B14866",
                     f"iPhone15 Pro {r.choice(['128G', '256G', '512G'])}", f"SM-S{r.randint(9100, 9299)}",
                     f"BCD-{r.randint(200, 650)}WDPZU1", f"RTX{r.choice(['3060', '4070', '4090'])}",
                     f"MX{r.randint(1, 9)}S-{r.randint(100, 999)}"])


def nm_coupon(r):
    return r.choice(["SPRING", "VIPNEW", "HAPPY", "SUMMER", "MEMBER", "WELCOME"]) + str(r.randint(2023, 2025)) + r.choice(["", "A", "X8"])


def nm_member_no(r):
    return r.choice(["", "VIP", "M"]) + _digits(r, r.choice([8, 9, 10])).lstrip("0").rjust(8, "6")


def nm_hotline(r):
    return r.choice([f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{r.randint(1000000, 9999999)}",
                     r.choice(["95588", "95533", "95555", "95599", "10086", "10010", "12345", "95598", "96777", "12306"]),
                     f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"4006-{r.randint(100, 999)}-{r.randint(100, 999)}"])


def nm_verification_code(r):
    return _digits(r, r.choice([4, 6]))


def nm_serial_card_len(r):
    n = r.choice([16, 17, 18, 19])
    v = _fail_luhn(r, n, "2345689")
    return " ".join(v[i:i + 4] for i in range(0, n, 4)) if r.random() < .2 else v


def nm_id_len_fail(r):
    return _fail_id(r)


def nm_pickup_code(r):
    return r.choice([f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                     f"A{r.randint(100, 999)}"])


def nm_postcode(r):
    return r.choice(["100020", "200120", "518057", "310012", "610041", "430074", "210008", "710061", "450000"])


def nm_url(r):
    return r.choice([f"https://m.tb.cn/h.{''.join(r.choice('abcdefXYZ0123456789') for _ in range(7))}",
                     f"www.{r.choice(['jd', 'vip', 'suning', 'ctrip'])}.com", f"http://t.cn/{''.join(r.choice('AbCdEf123') for _ in range(7))}"])


def nm_version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 60)}"


def nm_train_flight(r):
    return r.choice([f"G{r.randint(1, 9999)}", f"D{r.randint(100, 999)}", f"CA{r.randint(1000, 1999)}", f"MU{r.randint(5000, 5999)}", f"K{r.randint(100, 999)}"])


def nm_imei(r):
    body = "86" + _digits(r, 12)
    return body + luhn_digit(body)


def nm_barcode(r):
    return "69" + _digits(r, 11)


def nm_discount(r):
    return r.choice([f"{r.randint(5, 9)}.{r.randint(1, 9)}折", f"满{r.randint(2, 9)}00减{r.randint(2, 9)}0", f"{r.randint(5, 50)}%"])


def nm_case_no(r):
    return r.choice(["", "MZ", "ZY"]) + "00" + _digits(r, 8)


def nm_student_no(r):
    return f"{r.randint(2018, 2024)}{_digits(r, 6)}"


def nm_credit_code(r):
    return "91" + r.choice(["3101", "4403", "3301", "1101"]) + r.choice(["15", "00", "06"]) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def nm_room_seat(r):
    return r.choice([f"{r.randint(1, 9)}号诊室", f"{r.randint(1, 30)}号桌", f"{r.randint(1, 20)}车{r.randint(1, 18)}{r.choice('ABCDF')}座",
                     f"{r.randint(2, 9)}号窗口", f"B{r.randint(1, 3)}-{r.randint(10, 300)}车位"])


def nm_size(r):
    return r.choice([f"{r.randint(150, 190)}cm", f"{r.randint(40, 90)}kg", r.choice(["XL", "2XL", "M码", "42码", "L码"]), f"{r.randint(60, 200)}*{r.randint(60, 200)}cm"])


def nm_ship_origin(r):
    return r.choice(["浙江金华", "广东广州", "江苏苏州", "福建泉州", "河北", "山东临沂", "义乌"])


def nm_sku_code(r):
    return f"{r.choice(['SKU', 'HH', 'BX'])}{r.randint(1000, 99999)}-{r.choice(['BK', 'WH', 'RD', 'GY'])}"


def nm_ticket_no(r):
    return f"{r.choice(['GD', 'WO', 'TK', 'CS'])}{r.randint(2023, 2025)}{r.randint(1, 12):02d}{_digits(r, 6)}"


NEAR = {k[3:]: v for k, v in globals().items() if k.startswith("nm_")}

# --------------------------------------------------------------------------- templates
# {kind} or {kind:format} = entity slot; {n:near_kind} = near-miss slot

PII_T = {
    "mobile": [
        "主播，我下单了，收件电话{mobile}，别打错了",
        "闲鱼上看到你的车，方便的话打我电话{mobile}聊",
        "看房的话联系我：{mobile}（中介勿扰）",
        "{mobile} 这个是我老公的号，快递放驿站就行",
        "宝宝在小二班，家长电话改成{mobile}了，麻烦老师更新下",
        "手机号：{mobile}",
        "电话{mobile}，下午都在家",
        "麻烦师傅到了打这个📞{mobile}",
        "我号码换了，新号{mobile}，旧的停用了",
        "理赔联系人手机【{mobile}】，车牌{plate}",
        "团长，我要两份，电话尾号不对，是{mobile}",
        "您好，我是来面试的，我的联系方式是{mobile}",
        "预约周六上午看牙，手机{mobile}",
        "装宽带的联系我{mobile}，地址{address}",
        "手机号码是：“{mobile}”麻烦核对",
        "紧急联系人：{mobile}（我妈）",
        "收货人电话{mobile}，备用{mobile}",
        "有事call我 {mobile}～",
        "你加我微信吧，微信就是手机号{mobile}",
        "租车的押金退到哪？我手机{mobile}，订单{n:order_no}",
        "联系电话:{mobile:m_plus86_space}（人在国外）",
        "回拨这个号{mobile}，刚才没接到",
        "燃气报修，户主电话{mobile}",
        "能不能短信发到{mobile}？",
        "买二手冰箱的，电话{mobile}，明天能来拉",
        "{mobile}打不通的话就打{landline}",
        "直播间抽中了！领奖手机：{mobile}😂",
        "电话 {mobile} 姓名不写了",
        "宠物医院吗？狗狗疫苗到期提醒发{mobile}",
        "我的登录手机是{mobile}，验证码一直收不到",
        "快递员电话{mobile}一直占线",
        "我弟的号码{mobile}，他下午去拿",
    ],
    "landline": [
        "白天打单位座机{landline}找我就行",
        "公司电话：{landline}",
        "打{landline}找前台转人事",
        "家里座机{landline}，手机经常没信号",
        "报修电话留的是{landline}，没人接就打我手机{mobile}",
        "幼儿园登记表上家庭电话写{landline}",
        "我科室座机{landline}，你打这个找我",
        "麻烦回电：{landline}",
        "单位地址{address}，电话{landline}",
        "座机 {landline}（工作日9点后）",
        "办公室电话({landline})找我",
        "HR您好，我之前公司的证明人电话{landline}",
        "老人不用手机，打家里电话{landline}",
        "投保人联系电话:{landline}",
        "{landline} 这是我家里的电话",
        "电话号码：{landline}，传真同号",
    ],
    "id_card": [
        "身份证号{id_card}，麻烦帮我开发票",
        "实名认证填的是{id_card}，一直提示错误",
        "身份证：{id_card}",
        "理赔需要的证件号码是{id_card}",
        "孩子的身份证号码{id_card}，报名用",
        "我开户身份证{id_card}，手机{mobile}",
        "租房合同上身份证号写错了，正确的是{id_card}",
        "挂号用的身份证{id_card}",
        "老身份证是{id_card:id15}，现在换新的了",
        "证件号: {id_card}",
        "{id_card} 这是我爸的身份证号，帮他办",
        "乘车人身份证号{id_card}，帮我改签",
        "入职资料：身份证号码 {id_card}",
        "我的身份证是{id_card}，你帮我查下保单",
        "身份证号（{id_card}）",
        "身份证后面是X的，{id_card:id18_x}",
    ],
    "bank_card": [
        "退款打到这张卡{bank_card}，工行的",
        "银行卡号：{bank_card}",
        "工资卡{bank_card}，开户行建行",
        "麻烦把押金退到{bank_card}",
        "卡号{bank_card}，户名是我本人",
        "理赔款收款账户{bank_card}",
        "我绑的卡是{bank_card}，扣款失败了",
        "转账到{bank_card} 农行",
        "{bank_card}招商银行，麻烦核对",
        "收款卡号：“{bank_card}”",
        "信用卡{bank_card}被盗刷了，怎么冻结",
        "工资发到{bank_card}就行，身份证{id_card}",
        "卡号是 {bank_card} 邮储的",
        "房租打这张卡：{bank_card}💰",
    ],
    "email": [
        "简历发到{email}了，请查收",
        "发票开好发我邮箱{email}",
        "邮箱：{email}",
        "电子合同发{email}，谢谢",
        "作业截图发到老师邮箱{email}？",
        "我邮箱是{email}，之前那个不用了",
        "麻烦把报价单发{email}",
        "{email} 这个邮箱收不到验证邮件",
        "联系邮箱 <{email}>",
        "体检报告能发电子版到{email}吗",
        "对账单寄到{email}吧",
        "邮箱{email}手机{mobile}",
        "offer请发至{email}，感谢",
        "我的邮箱（{email}）",
    ],
    "qq": [
        "加我QQ{qq}，发文件方便",
        "QQ：{qq}",
        "扣扣{qq}，备注闲鱼",
        "企鹅号{qq}，晚上在线",
        "有问题qq联系 {qq}",
        "q号{qq}，加的时候说一下是买手机的",
        "我QQ号是{qq}，头像是只猫",
        "家长群进不去，加我Q：{qq}",
        "QQ号码 {qq} 邮箱同号",
        "加qq{qq}发简历",
        "qq{qq}，微信{wechat}",
    ],
    "wechat": [
        "加我微信{wechat}，我发视频给你看",
        "微信号：{wechat}",
        "vx：{wechat}",
        "V信{wechat}，备注团购",
        "威信 {wechat} 拉你进群",
        "加我绿泡泡{wechat}",
        "wx:{wechat}",
        "我的微信是{wechat}，加的时候备注一下",
        "微信搜{wechat}就能找到我",
        "VX {wechat}（不是手机号）",
        "家长微信{wechat}，麻烦老师通过一下",
        "租房的加微信：{wechat}，有视频",
        "薇❤：{wechat}",
        "{wechat} 这是我微信，搜一下",
        "加V：{wechat}，电话{mobile}",
        "主播你微信{wechat}对吗？我加你了",
        "微信号「{wechat}」",
    ],
    "plate": [
        "车牌号{plate}，今天下午去取车",
        "我的车{plate}停在B2了，挪车打我电话",
        "车牌：{plate}",
        "租的车是{plate}，有划痕不是我弄的",
        "理赔车辆{plate}，出险地点{address}",
        "登记车牌{plate}，进小区要放行",
        "{plate}那辆白色的就是我",
        "维修的车牌{plate}，什么时候能提车",
        "月卡续费车牌号 {plate}",
        "被贴罚单了，车牌（{plate}）",
        "代驾车牌{plate}，电话{mobile}",
    ],
    "address": [
        "收货地址：{address}",
        "寄到{address}，谢谢",
        "地址是{address}，到了打电话",
        "上门取件地址{address}",
        "我住{address}，家政几点能到",
        "改一下地址：{address}",
        "送到{address}门口就行",
        "团购自提改送货，地址{address}",
        "房子在{address}，押一付三",
        "户籍地址{address}",
        "维修地址：{address}，联系电话{mobile}",
        "快递放{address}楼下快递柜",
        "新地址【{address}】别寄旧地址了",
        "{address}，麻烦师傅送上楼",
        "孩子家庭住址{address}",
        "燃气开户地址{address}",
        "收件人信息：{address} {mobile}",
    ],
}

NEAR_T = [
    "订单号{n:order_no}，什么时候发货？",
    "快递单号{n:tracking_no}，显示已签收但我没收到",
    "发票号码{n:invoice_no}，麻烦作废重开",
    "一共{n:amount}，已经付了",
    "这个{n:price}吗？",
    "预约的是{n:datetime}，能改吗",
    "我要{n:quantity}，能便宜点吗",
    "型号{n:model}，有现货吗",
    "优惠码{n:coupon}用不了",
    "会员号{n:member_no}，积分怎么没到账",
    "客服电话{n:hotline}打不通",
    "验证码{n:verification_code}，是这个吗",
    "交易流水号{n:serial_card_len}，银行说退了",
    "退款单号{n:id_len_fail}查不到",
    "取件码{n:pickup_code}，驿站说没有",
    "邮编{n:postcode}要写吗",
    "链接{n:url}，就是这个款",
    "App版本{n:version}，一直闪退",
    "坐{n:train_flight}回去，来不及取了",
    "IMEI是{n:imei}，保修查一下",
    "条码{n:barcode}，扫不出来",
    "现在{n:discount}是吧",
    "门诊号{n:case_no}，报告出来了吗",
    "学号{n:student_no}，选课系统登不上",
    "统一社会信用代码{n:credit_code}，开专票",
    "在{n:room_seat}等你",
    "孩子{n:size}穿多大",
    "发货地{n:ship_origin}，几天能到",
    "商品编码{n:sku_code}，颜色发错了",
    "工单号{n:ticket_no}，一直没人处理",
    "{n:order_no}这个单帮我催一下",
    "昨天{n:datetime}下的单，订单{n:order_no}",
    "拼团价{n:amount}，{n:quantity}起拍",
    "房租{n:price}，押一付三，{n:datetime}能看房",
    "退款{n:amount}，退款单号{n:id_len_fail}",
    "物流{n:tracking_no}，卡在{n:ship_origin}三天了",
    "打了{n:hotline}，说让我找你们",
    "空调{n:model}，{n:amount}包安装吗",
    "你们的{n:hotline}一直忙线，订单{n:order_no}",
    "商户订单号：{n:serial_card_len}",
    "保单号{n:id_len_fail}，理赔到哪一步了",
    "账单编号{n:serial_card_len}，这个月电费怎么这么多",
    "会员卡号{n:member_no}，余额{n:amount}",
    "{n:datetime}到{n:room_seat}",
    "运单{n:tracking_no}",
    "我下了{n:quantity}，只到了一半，单号{n:order_no}",
    "批次号{n:sku_code}，生产日期{n:datetime}",
    "{n:coupon}这个券怎么领",
    "车次{n:train_flight}，{n:datetime}发车",
    "编号{n:ticket_no}的投诉处理了吗",
    "发票代码{n:invoice_no}，金额{n:amount}",
    "我的学号是{n:student_no}吗？",
    "手机型号{n:model}，IMEI {n:imei}",
    "直播间的券{n:discount}叠加{n:coupon}吗",
    "就诊卡号{n:case_no}",
    "好的，{n:datetime}见",
    "包裹{n:pickup_code}已取，谢谢",
    "报名费{n:amount}已交，{n:student_no}",
    "交易单号 {n:serial_card_len} 重复扣款了",
    "续费{n:amount}/年，会员{n:member_no}",
]

# decorations to vary messages
PREFIX = ["", "", "", "", "您好，", "在吗？", "亲，", "老师好，", "麻烦一下，", "嗯嗯 ", "好的，", "客服，", "你好呀～"]
SUFFIX = ["", "", "", "", "。", "！", "，谢谢", "🙏", "～", "，辛苦了", "?", "[抱拳]", "，急", "哈"]

KIND_W = {"mobile": 12, "address": 16, "wechat": 14, "email": 11, "landline": 12, "id_card": 11,
          "bank_card": 10, "qq": 10, "plate": 9}

_SLOT = re.compile(r"\{([a-z_]+)(?::([a-z0-9_]+))?\}")


def _render(r, tpl):
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _SLOT.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        name, arg = m.group(1), m.group(2)
        if name == "n":
            v = NEAR[arg](r)
            nms.append((arg, len(text), len(text) + len(v)))
            text += v
        else:
            pre, v, post, f = GEN[name](r, arg)
            text += pre
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(f)
            text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nms


def _decorate(r, text, ents, nms):
    p, s = r.choice(PREFIX), r.choice(SUFFIX)
    if text and text[-1] in "，。！？～)）】」”" and s[:1] in "。！，?～":
        s = ""
    sh = len(p)
    return p + text + s, [(k, a + sh, b + sh) for k, a, b in ents], [(k, a + sh, b + sh) for k, a, b in nms]


def make_blind5_corpus() -> pd.DataFrame:
    r = random.Random(SEED)
    rows, seen = [], set()
    kinds = list(KIND_W)
    weights = [KIND_W[k] for k in kinds]
    while sum(1 for x in rows if x["entities"]) < N_PII_ROWS:
        k = r.choices(kinds, weights)[0]
        tpl = r.choice(PII_T[k])
        text, ents, fmts, nms = _render(r, tpl)
        text, ents, nms = _decorate(r, text, ents, nms)
        if text in seen:
            continue
        seen.add(text)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nms, split="blind5"))
    n_near = 0
    while n_near < N_NEAR_ROWS:
        tpl = r.choice(NEAR_T)
        text, ents, fmts, nms = _render(r, tpl)
        text, ents, nms = _decorate(r, text, ents, nms)
        if text in seen:
            continue
        seen.add(text)
        n_near += 1
        rows.append(dict(text=text, entities=[], formats=[], near_misses=nms, split="blind5"))
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def _norm_digits(s: str) -> str:
    return re.sub(r"[\s\-\u3000]", "", unfw(s))


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == "blind5").all()
    assert df["text"].is_unique
    n_ent = 0
    for text, ents, fmts, nms in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str)
        assert len(ents) == len(fmts)
        spans = sorted((a, b) for _, a, b in ents)
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            assert b1 <= a2, (text, ents)
        for kind, a, b in ents:
            assert kind in KINDS
            assert 0 <= a < b <= len(text)
            v = text[a:b]
            assert v == v.strip(), (text, v)
            d = _norm_digits(v)
            if kind == "id_card":
                assert id18_valid(d) or id15_valid(d), v
            elif kind == "bank_card":
                assert d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d), v
            elif kind == "mobile" and d.isdigit():
                assert len(d) == 11 and d[:3] in MOBILE_PREFIX, v
            elif kind == "qq":
                assert d.isdigit() and 5 <= len(d) <= 11, v
            elif kind == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
        n_ent += len(ents)
        for nk, a, b in nms:
            assert 0 <= a < b <= len(text)
            for _, ea, eb in ents:
                assert b <= ea or eb <= a
            d = _norm_digits(text[a:b])
            if d.isdigit() and 16 <= len(d) <= 19:
                assert not luhn_ok(d), (nk, d)
            if re.fullmatch(r"\d{17}[\dXx]", d):
                assert not id18_valid(d), (nk, d)
            if re.fullmatch(r"\d{15}", d):
                assert not id15_valid(d), (nk, d)
        if not ents:
            pass
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    fmts = Counter(f for fs in df["formats"] for f in fs)
    assert n_ent >= 700, n_ent
    assert len(pii) >= 650, len(pii)
    assert len(near) >= 550, len(near)
    assert all((near["near_misses"].map(len) > 0))
    assert len(fmts) >= 60, len(fmts)
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    assert set(kinds) == set(KINDS), kinds
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds,
                near_kinds=Counter(k for ns in df["near_misses"] for k, _, _ in ns), formats=fmts)


if __name__ == "__main__":
    df = make_blind5_corpus()
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} entities={c['entities']}")
    tot = c["entities"]
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d} {100 * n / tot:5.1f}%")
    print(f"near-miss spans={sum(c['near_kinds'].values())} kinds={len(c['near_kinds'])}")
    for k, n in c["near_kinds"].most_common():
        print(f"  {k:20s} {n}")
    print(f"formats={len(c['formats'])}")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:18s} {n}")

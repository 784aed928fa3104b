"""Blind PII corpus no. 74 (``split == "blind74"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十一位写手")
under the blind-writer rules.  What it read: the lines of
``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS`` (found
with ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and the
directory listing of ``../shared/datasets/``.  It did NOT read anything else
under ``toolkit/privacy/``, nor ``bench/``, ``docs/``, the README, other
corpora or tests, nor any git history; it never imported ``toolkit`` and
never ran any masking / finding function on this data.  Value shapes, chat
contexts and labels come from the writer's own idea of what such chats hold.

What is different here: THEME.  An ordinary day of a home-appliance
manufacturer's after-sales archive in WeCom (1:1 and group chats): call-centre
agents, dispatchers and repair / installation technicians with users.  Repairs
under warranty with machine serial numbers and model numbers, installation
appointments at home addresses, electronic invoices sent to an e-mail, spare
parts and fees, the technician's own mobile and the car plate he parks with,
trade-in subsidy forms (ID number, refund card), older users, voice input
(Chinese-numeral digits), typos and emoji.  Aimed at the average archive, not
at hard cases.

Near-misses are what such an archive holds besides personal data: work-order
numbers, machine bar codes / serial numbers, model numbers, invoice numbers
and codes, company tax codes, courier numbers, 400 / 800 / 95xxx hotlines,
fees and prices, dates and times, fault codes, masked numbers, tail digits,
verification codes, technician job numbers, parts codes, postal codes,
capacities / power ratings, places without a house-level unit, card-length
numbers failing Luhn and ID-shaped strings failing the check digit.

Seed
----
``SEED = "blind74-appliance-aftersales-第八十一位写手"``; everything is drawn
from ``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced 4 times into distinct compatible templates, then drawn by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; names are never labelled), ``formats`` (one format
name per entity, same order), ``near_misses`` (list of ``(near_kind, start,
end)``, things that must NOT be masked), ``split`` (always ``"blind74"``).
A span holds the value only: cue words, ``+86`` / ``0086`` prefixes and
extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
a value are inside.  An address runs from its first place unit (province /
city / district / county / town / village / road / estate) to its last
house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / bare room number).

Counts (``python tests/privacy/pii_blind74.py``)
------------------------------------------------
rows=1560, pii_rows=880, near_rows=680, entities=1174
(mobile 359, address 210, email 106, plate 94, landline 92, bank_card 91,
qq 83, id_card 79, wechat 60);
near-miss spans=1143 (1037 in near-miss rows), 25 near-miss kinds
(price 140, date 113, time 91, work_order 87, hotline 64, fault_code 60,
place_only 58, model_no 55, serial_no 54, invoice_no 51, duration 46,
verify_code 40, tail_digits 38, masked 33, tech_no 30, count_qty 25, spec 22,
express_no 22, parts_code 18, tax_code 18, bad_card 18, invoice_code 17,
postal_code 15, bad_id 15, length 13);
formats=40 distinct, each used >= 6 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind74-appliance-aftersales-第八十一位写手"
SPLIT = "blind74"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 880
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- checks


def _luhn_ok(d: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and s[17].upper() == _id_check(s[:17])


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", s)


# --------------------------------------------------------------------------- value pools

MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                 "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
                 "198", "199")
AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA4 = ("0571", "0574", "0575", "0577", "0512", "0510", "0531", "0532", "0371", "0731", "0591", "0592",
         "0551", "0311", "0431", "0451", "0871", "0771", "0757", "0769", "0755", "0519", "0513", "0791")
ID_REGION = ("110105", "110108", "310104", "310115", "330106", "330102", "330382", "320102", "320583",
             "440304", "440106", "420106", "510107", "370102", "370211", "410105", "430104", "350203",
             "610113", "500103", "340104", "130102", "210102", "230103", "360102", "450103", "520102",
             "530102", "330702", "441900", "331002", "321282", "411323", "422801")
CN_DIG = "零一二三四五六七八九"
YAO_DIG = "零幺二三四五六七八九"
PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"),
              ("苏", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXYZ"), ("鲁", "ABCDEFGHJKLMNPQRSU"),
              ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"), ("豫", "ABCDEFGHJKLMNPQRSU"),
              ("湘", "ABCDEFGHJKLMNU"), ("皖", "ABCDEFGHJKLMNPRS"), ("闽", "ABCDEFGHJK"), ("津", "ABCDEFGHJ"),
              ("渝", "ABCDFGH"), ("陕", "ABCDEFGHJKV"), ("冀", "ABCDEFGHJRT"))
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
PINYIN = ("zhangwei", "lixia", "wangfang", "liuyang", "chenjing", "yangli", "zhaolei", "huangmin", "zhouqiang",
          "wuting", "xulin", "sunhao", "hujun", "zhuyan", "gaofeng", "linna", "heping", "guoxin", "mali",
          "luoyi", "zhengkai", "xiehui", "tangming", "hanxue", "caojie", "dengbo", "fengyu", "songjia")
MAIL_DOM = ("163.com", "126.com", "sina.com", "sohu.com", "139.com", "foxmail.com", "yeah.net", "outlook.com")
CORP_DOM = ("hzxinyuan.com", "sh-jinhe.com.cn", "dfwl.cn", "csjd-tech.com", "ytsm.net", "wanjia-hotel.cn")
WX_WORDS = ("sunny", "happy", "lucky", "xiaoyu", "tiantian", "mumu", "aiyi", "lemon", "momo", "dabao",
            "cc", "ly", "zz", "kk", "jiajia", "ning", "ah", "ocean", "cat", "tom")

# province, city, districts, roads, estates
CITIES = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区", "萧山区"),
     ("文三路", "莫干山路", "古墩路", "江南大道", "文一西路", "丰潭路", "建国北路", "金城路"),
     ("翠苑一区", "嘉绿苑", "和家园", "金色海岸", "缤纷小区", "蓝天花园", "闻涛苑", "万科良渚文化村")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区", "建邺区", "秦淮区"),
     ("中山北路", "龙蟠路", "双龙大道", "江东中路", "应天大街"),
     ("龙江小区", "翠屏国际", "万达华府", "银城花园", "百家湖花园")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区", "越秀区"),
     ("天河北路", "江南大道中", "广州大道北", "市桥街", "东风东路"),
     ("华景新城", "丽江花园", "祈福新村", "金沙洲花园", "汇景新城")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"),
     ("科苑路", "深南大道", "新安六路", "布吉路", "民治大道"),
     ("桃源村", "梅林一村", "碧海花园", "万科城", "锦绣江南")),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区", "汉阳区", "江岸区"),
     ("珞喻路", "中北路", "建设大道", "汉阳大道", "解放大道"),
     ("南湖花园", "光谷新世界", "常青花园", "百步亭花园", "金地太阳城")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "高新区", "青羊区"),
     ("人民南路四段", "天府大道", "双林路", "二环路东五段", "蜀都大道"),
     ("棕北小区", "府河星城", "保利花园", "中海城南一号", "阳光城")),
    ("山东省", "济南市", ("历下区", "市中区", "槐荫区", "天桥区"),
     ("经十路", "二环东路", "英雄山路", "泺源大街"),
     ("燕山小区", "鲁能领秀城", "阳光100国际新城", "舜玉小区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城回族区"),
     ("花园路", "大学路", "建设西路", "紫荆山路"),
     ("锦艺城", "正商城", "建业森林半岛", "银基王朝")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区", "天心区"),
     ("麓山南路", "韶山中路", "芙蓉中路", "劳动西路"),
     ("湘江世纪城", "中建芙蓉嘉苑", "枫林绿洲", "山水湾")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"),
     ("莲前西路", "嘉禾路", "湖滨南路", "集源路"),
     ("瑞景新村", "莲花五村", "国贸金海湾", "杏林湾一号")),
)
MUNI = (
    ("上海市", ("浦东新区", "闵行区", "徐汇区", "杨浦区", "宝山区"),
     ("张杨路", "莲花路", "漕溪北路", "控江路", "友谊路", "锦绣路"),
     ("仁恒河滨城", "古美西路小区", "上海康城", "中远两湾城", "锦绣华城")),
    ("北京市", ("朝阳区", "海淀区", "丰台区", "昌平区", "通州区"),
     ("安立路", "西三环北路", "丰台北路", "回龙观西大街", "新华大街"),
     ("望京西园", "世纪城", "天通苑", "龙泽苑", "玉桥北里")),
    ("重庆市", ("渝北区", "江北区", "南岸区", "九龙坡区"),
     ("新牌坊", "建新北路", "南坪正街", "杨家坪正街"),
     ("龙湖花园", "金科天籁城", "融侨半岛", "协信星澜汇")),
)
RURAL = (
    ("浙江省", "金华市", "浦江县", ("黄宅镇", "郑宅镇"), ("前吴村", "上山村", "治平村")),
    ("河南省", "周口市", "鹿邑县", ("太清宫镇", "试量镇"), ("王庄村", "马铺村")),
    ("山东省", "临沂市", "沂南县", ("界湖街道", "岸堤镇"), ("朱家庄村", "东高庄村")),
    ("安徽省", "阜阳市", "临泉县", ("杨桥镇", "姜寨镇"), ("李湾村", "大王庄村")),
    ("四川省", "南充市", "营山县", ("绿水镇", "骆市镇"), ("双河村", "龙滩村")),
    ("江苏省", "盐城市", "阜宁县", ("益林镇", "沟墩镇"), ("新港村", "陈集村")),
)


def _mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))


def _fmt_mobile(r: random.Random, fmt: str):
    d = _mobile_digits(r)
    if fmt == "plain_11":
        return "", d, ""
    if fmt == "space_344":
        return "", f"{d[:3]} {d[3:7]} {d[7:]}", ""
    if fmt == "dash_344":
        return "", f"{d[:3]}-{d[3:7]}-{d[7:]}", ""
    if fmt == "plus86_plain":
        return r.choice(("+86 ", "+86", "+86-", "0086 ")), d, ""
    if fmt == "cn_digits":
        return "", "".join(CN_DIG[int(c)] for c in d), ""
    if fmt == "yao_digits":
        return "", "".join(YAO_DIG[int(c)] for c in d), ""
    raise KeyError(fmt)


def _local(r: random.Random, n: int) -> str:
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))


def _fmt_landline(r: random.Random, fmt: str):
    if r.random() < 0.4:
        area, loc = r.choice(AREA3), _local(r, 8)
    else:
        area = r.choice(AREA4)
        loc = _local(r, r.choice((7, 8, 8, 8)))
    ext = r.choice(("", "", "", "转" + str(r.randint(800, 8999)), "-" + str(r.randint(801, 899)),
                    "分机" + str(r.randint(100, 999))))
    if fmt == "area_dash":
        return "", f"{area}-{loc}", ext
    if fmt == "area_paren":
        return "", f"({area}){loc}", ext
    if fmt == "area_plain":
        return "", area + loc, ""
    if fmt == "area_space":
        return "", f"{area} {loc}", ext
    if fmt == "local_only":
        return "", _local(r, 8), ""
    raise KeyError(fmt)


def _id_value(r: random.Random) -> str:
    y = r.randint(1938, 2003)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    body = f"{r.choice(ID_REGION)}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
    return body + _id_check(body)


def _fmt_id(r: random.Random, fmt: str):
    for _ in range(400):
        v = _id_value(r)
        if (fmt in ("x_upper", "x_lower")) == v.endswith("X"):
            break
    if fmt == "plain_18":
        return "", v, ""
    if fmt == "x_upper":
        return "", v, ""
    if fmt == "x_lower":
        return "", v[:-1] + "x", ""
    if fmt == "space_6_8_4":
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


BIN19 = ("621700", "622202", "622848", "621661", "623058", "622700", "621226", "621799", "622823", "623668")
BIN16 = ("622588", "621483", "622609", "628288")
BIN_VM = ("438088", "427020", "404117", "524070", "512315", "552599", "486497", "518710")


def _card(r: random.Random, bin_: str, n: int) -> str:
    body = bin_ + "".join(r.choice("0123456789") for _ in range(n - len(bin_) - 1))
    return body + _luhn_digit(body)


def _groups(d: str, sep: str = " ") -> str:
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def _fmt_bank(r: random.Random, fmt: str):
    if fmt == "up_plain19":
        return "", _card(r, r.choice(BIN19), 19), ""
    if fmt == "up_plain16":
        return "", _card(r, r.choice(BIN16), 16), ""
    if fmt == "space_4":
        return "", _groups(_card(r, r.choice(BIN19 + BIN16), r.choice((19, 16)))), ""
    if fmt == "visa_mc16":
        d = _card(r, r.choice(BIN_VM), 16)
        return "", d if r.random() < 0.5 else _groups(d), ""
    if fmt == "dom95_19":
        return "", _card(r, r.choice(("95599", "95588", "95580")), 19), ""
    raise KeyError(fmt)


def _fmt_email(r: random.Random, fmt: str):
    if fmt == "qq_mail":
        return "", f"{r.randint(10000, 3999999999)}@qq.com", ""
    if fmt == "pinyin_mail":
        return "", f"{r.choice(PINYIN)}{r.choice(('', '', str(r.randint(60, 99)), str(r.randint(1960, 2001)), '_' + str(r.randint(1, 99))))}@{r.choice(MAIL_DOM)}", ""
    if fmt == "corp_mail":
        return "", f"{r.choice(('caiwu', 'fp', 'admin', 'hr', 'xingzheng', r.choice(PINYIN)))}@{r.choice(CORP_DOM)}", ""
    if fmt == "upper_mail":
        return "", f"{r.choice(PINYIN).upper()}{r.randint(1, 999)}@{r.choice(MAIL_DOM).upper()}", ""
    raise KeyError(fmt)


def _fmt_qq(r: random.Random, fmt: str):
    if fmt == "qq_short":
        return "", str(r.randint(10000, 99999999)), ""
    if fmt == "qq_long":
        return "", str(r.randint(100000000, 3999999999)), ""
    raise KeyError(fmt)


def _fmt_wechat(r: random.Random, fmt: str):
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "word_digits":
        w = r.choice(WX_WORDS)
        while len(w) < 4:
            w += r.choice(WX_WORDS)
        return "", w + r.choice(("", "_", "-")) + str(r.randint(10, 2024)) + r.choice(("", "", "a")), ""
    if fmt == "pinyin_id":
        p = r.choice(PINYIN)
        return "", p[0].upper() + p[1:] + r.choice(("", "_", "")) + str(r.randint(60, 9999)), ""
    raise KeyError(fmt)


def _plate_body(r: random.Random, n: int) -> str:
    chars = [r.choice("0123456789") for _ in range(n)]
    for _ in range(r.choice((0, 0, 1, 1, 1, 2))):
        chars[r.randrange(n)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(chars)


def _fmt_plate(r: random.Random, fmt: str):
    p, letters = r.choice(PLATE_PROV)
    c = r.choice(letters)
    if fmt == "std_plain":
        return "", p + c + _plate_body(r, 5), ""
    if fmt == "std_dot":
        return "", p + c + "·" + _plate_body(r, 5), ""
    if fmt == "std_space":
        return "", p + c + " " + _plate_body(r, 5), ""
    if fmt == "nev_8":
        return "", p + c + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""
    raise KeyError(fmt)


def _house(r: random.Random, style: str) -> str:
    b, u, f, rm = r.randint(1, 32), r.randint(1, 4), r.randint(1, 28), r.randint(1, 4)
    room = f"{f}{rm:02d}"
    if style == "dong":
        return f"{b}{r.choice(('栋', '幢', '号楼'))}{u}单元{room}{r.choice(('室', '', '室'))}"
    if style == "dash":
        return f"{b}-{u}-{room}"
    if style == "dong_room":
        return f"{b}{r.choice(('栋', '幢'))}{room}"
    return f"{b}号楼{f}层"


def _fmt_address(r: random.Random, fmt: str):
    if fmt in ("full_province", "city_start", "district_start", "estate_room", "spaced_parts"):
        if r.random() < 0.25:
            city, dists, roads, ests = r.choice(MUNI)
            prov = ""
        else:
            prov, city, dists, roads, ests = r.choice(CITIES)
        dist, road, est = r.choice(dists), r.choice(roads), r.choice(ests)
        no = f"{r.randint(1, 999)}号"
        h = _house(r, r.choice(("dong", "dong", "dash", "dong_room", "floor")))
        if fmt == "full_province":
            v = f"{prov}{city}{dist}{road}{no}{est}{h}"
        elif fmt == "city_start":
            v = f"{city}{dist}{r.choice((road + no, ''))}{est}{h}"
        elif fmt == "district_start":
            v = f"{dist}{est}{h}" if r.random() < 0.5 else f"{dist}{road}{no}{est}{h}"
        elif fmt == "estate_room":
            v = f"{est}{h}"
        else:
            v = f"{city} {dist} {road}{no} {est} {h}"
        return "", v, ""
    if fmt == "rural":
        prov, city, county, towns, vils = r.choice(RURAL)
        v = f"{r.choice((prov + city, city, ''))}{county}{r.choice(towns)}{r.choice(vils)}{r.choice(('', str(r.randint(1, 12)) + '组'))}{r.randint(1, 200)}号"
        return "", v, ""
    if fmt == "road_no":
        prov, city, dists, roads, ests = r.choice(CITIES)
        v = f"{r.choice(roads)}{r.randint(1, 600)}号{r.choice(('', r.choice(ests)))}{_house(r, 'dong')}"
        return "", v, ""
    raise KeyError(fmt)


FMTS = {
    "mobile": (("plain_11", 10, _fmt_mobile), ("space_344", 2, _fmt_mobile), ("dash_344", 1, _fmt_mobile),
               ("plus86_plain", 1, _fmt_mobile), ("cn_digits", 0, _fmt_mobile), ("yao_digits", 0, _fmt_mobile)),
    "landline": (("area_dash", 6, _fmt_landline), ("area_paren", 1, _fmt_landline),
                 ("area_plain", 2, _fmt_landline), ("area_space", 1, _fmt_landline),
                 ("local_only", 1, _fmt_landline)),
    "id_card": (("plain_18", 8, _fmt_id), ("x_upper", 2, _fmt_id), ("x_lower", 1, _fmt_id),
                ("space_6_8_4", 1, _fmt_id)),
    "bank_card": (("up_plain19", 6, _fmt_bank), ("up_plain16", 2, _fmt_bank), ("space_4", 3, _fmt_bank),
                  ("visa_mc16", 1, _fmt_bank), ("dom95_19", 1, _fmt_bank)),
    "email": (("qq_mail", 6, _fmt_email), ("pinyin_mail", 4, _fmt_email), ("corp_mail", 3, _fmt_email),
              ("upper_mail", 1, _fmt_email)),
    "qq": (("qq_short", 2, _fmt_qq), ("qq_long", 3, _fmt_qq)),
    "wechat": (("wxid", 2, _fmt_wechat), ("word_digits", 3, _fmt_wechat), ("pinyin_id", 3, _fmt_wechat)),
    "plate": (("std_plain", 6, _fmt_plate), ("std_dot", 2, _fmt_plate), ("std_space", 1, _fmt_plate),
              ("nev_8", 3, _fmt_plate)),
    "address": (("full_province", 3, _fmt_address), ("city_start", 4, _fmt_address),
                ("district_start", 4, _fmt_address), ("estate_room", 4, _fmt_address),
                ("spaced_parts", 1, _fmt_address), ("rural", 2, _fmt_address), ("road_no", 2, _fmt_address)),
}
VOICE_ONLY = {("mobile", "cn_digits"), ("mobile", "yao_digits")}

# --------------------------------------------------------------------------- near-miss values


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _bad_card(r: random.Random) -> str:
    while True:
        d = r.choice(BIN19) + _digits(r, 13)
        if not _luhn_ok(d):
            return d


def _bad_id(r: random.Random) -> str:
    while True:
        v = _id_value(r)
        wrong = [c for c in "0123456789X" if c != v[17]]
        b = v[:17] + r.choice(wrong)
        if not (b.isdigit() and _luhn_ok(b)):
            return b


MODELS = ("KFR-35GW/N8XHA1", "KFR-72LW/BP3DN8Y", "JSQ25-13WT7", "JSQ30-16ZH5", "BCD-470WTPZM(E)",
          "BCD-545WKPZM", "XQG100-14B30", "MG100V11D", "F60-21WB5", "CXW-260-JQ01", "JZT-Q360B",
          "EG10014B39GU1", "WQP12-J7309", "KFR-26GW/BpR3PQB1", "JSLQ27-16HW6", "ES60H-S5")
FAULTS = ("E1", "E4", "F0", "H6", "P1", "E5", "F3", "C1", "EC", "E9", "PL", "UL")


def _near(r: random.Random, kind: str):
    """Return (prefix, value, suffix) for a near-miss."""
    if kind == "work_order":
        return "", r.choice(("WX", "GD", "FW", "AZ", "")) + "2024" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, r.choice((4, 5, 6))), ""
    if kind == "serial_no":
        c = r.choice(("sn", "bar", "bar2"))
        if c == "sn":
            return "", r.choice(("H", "GS", "AC", "MD")) + _digits(r, 2) + r.choice("ABCDEFGHK") + _digits(r, 8), ""
        if c == "bar":
            return "", r.choice(("3100", "5100", "0010")) + _digits(r, 4) + r.choice("ABCDEFKLMN") + _digits(r, 2) + r.choice(("A", "B", "C")) + _digits(r, 7), ""
        return "", "DA" + _digits(r, 2) + r.choice("ABCDEFGH") + _digits(r, 10) + r.choice("XYZ"), ""
    if kind == "model_no":
        return "", r.choice(MODELS), ""
    if kind == "invoice_no":
        if r.random() < 0.5:
            return "", "2" + _digits(r, 19), ""  # 20-digit e-invoice
        return "", _digits(r, 8), ""
    if kind == "invoice_code":
        return "", "0" + _digits(r, 11), ""
    if kind == "tax_code":
        return "", "91" + r.choice(("3301", "3201", "4403", "4401", "3101", "1101")) + _digits(r, 2) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)), ""
    if kind == "express_no":
        p = r.choice(("SF", "JD", "YT", "ZTO", ""))
        if p == "":
            return "", "7" + _digits(r, 11), ""
        return "", p + _digits(r, 13 if p in ("SF", "JD") else 12), ""
    if kind == "hotline":
        return "", r.choice(("400-889-9315", "4008-899-315", "400-699-9999", "400 800 8888", "4006-999-999",
                             "95105555", "96677", "400-820-0000", "800-830-8999", "4008-365-365",
                             "95017", "400-186-5588")), ""
    if kind == "price":
        return "", r.choice((f"{r.choice((30, 50, 60, 80, 100))}元", f"¥{r.randint(2, 90) * 10}", f"{r.randint(100, 3999)}.00元",
                             f"{r.randint(1, 9)},{r.randint(100, 999)}元", f"{r.randint(20, 600)}块", f"{r.randint(5, 99)}块钱")), ""
    if kind == "date":
        return "", r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                             f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"2023年{r.randint(1, 12)}月",
                             f"2024年{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 12)}.{r.randint(1, 28)}")), ""
    if kind == "time":
        return "", r.choice((f"{r.randint(8, 18)}:{r.choice(('00', '30'))}", f"下午{r.randint(1, 5)}点",
                             f"上午{r.randint(8, 11)}点半", f"{r.randint(8, 11)}点", f"{r.randint(1, 12)}月{r.randint(1, 28)}号下午")), ""
    if kind == "duration":
        return "", r.choice(("1年", "2年", "3年", "半年", "6个月", "12个月", "90天")), ""
    if kind == "length":
        return "", r.choice(("3米", "3m", "5米", "1.5米", "4米")), ""
    if kind == "fault_code":
        return "", r.choice(FAULTS), ""
    if kind == "masked":
        d = _mobile_digits(r)
        return "", r.choice((d[:3] + "****" + d[7:], d[:3] + "*****" + d[8:], "6217****" + _digits(r, 4),
                             _id_value(r)[:6] + "********" + _digits(r, 4))), ""
    if kind == "tail_digits":
        return "尾号", _digits(r, 4), ""
    if kind == "verify_code":
        return "", _digits(r, r.choice((4, 6))), ""
    if kind == "tech_no":
        return "", r.choice(("", "", "JS", "W")) + _digits(r, r.choice((4, 5, 6))), ""
    if kind == "parts_code":
        return "", r.choice(("1720", "1723", "3010", "0030")) + _digits(r, 8), ""
    if kind == "postal_code":
        return "", r.choice(("310012", "310051", "210029", "510630", "518057", "430074", "610041", "250014",
                             "450008", "410013", "361005", "200127", "100102")), ""
    if kind == "spec":
        return "", r.choice(("1.5匹", "3匹", "大1匹", "60升", "80L", "16升", "2200W", "3000W", "10公斤", "470升",
                             "65寸", "8kg", "13L")), ""
    if kind == "place_only":
        prov, city, dists, roads, ests = r.choice(CITIES)
        return "", r.choice((city + r.choice(dists), r.choice(dists), city, r.choice(ests) + "附近",
                             r.choice(roads) + "那边")), ""
    if kind == "bad_card":
        return "", _bad_card(r), ""
    if kind == "bad_id":
        return "", _bad_id(r), ""
    if kind == "count_qty":
        return "", r.choice((f"{r.randint(2, 5)}台", f"{r.randint(2, 12)}台", "3套")), ""
    raise KeyError(kind)


# --------------------------------------------------------------------------- templates
# {kind} -> labelled entity; {#near} -> labelled near-miss; {@filler} -> unlabelled filler.
# A template whose id starts with "V" is voice input (Chinese-numeral digits allowed).

FILL = {
    "appl": ("空调", "热水器", "洗衣机", "冰箱", "燃气灶", "油烟机", "洗碗机", "净水器", "壁挂炉", "烘干机", "电视", "挂机", "柜机"),
    "when": ("明天上午", "明天下午", "后天", "今天下午", "周六上午", "这周日", "下周一"),
    "hi": ("您好", "你好", "在吗", "您好～", "亲", "哈喽"),
    "ok": ("好的", "好的收到", "嗯嗯", "OK", "好滴", "收到", "行"),
    "emo": ("😊", "🙏", "👍", "[抱拳]", "[微笑]", "~", "😂", "[呲牙]"),
    "sym": ("不制冷", "不出热水", "漏水", "不脱水", "有异响", "显示故障码", "打不着火", "不制热", "噪音很大", "排水不畅", "门封条坏了"),
}

PII_TEMPLATES = (
    ("P01", "{@hi}，我家{@appl}{@sym}，麻烦安排师傅上门，电话{mobile}，地址{address}"),
    ("P02", "地址：{address}\n电话：{mobile}\n{@appl}{@sym}，{@when}家里有人"),
    ("P03", "师傅{@when}过去，上门前会先打您电话{mobile}确认的哈"),
    ("P04", "我手机号{mobile}"),
    ("P05", "{mobile}"),
    ("P06", "{address}"),
    ("P07", "{mobile} 打这个，另一个号停机了"),
    ("P08", "您好，这边是售后服务中心，您报修的{@appl}已派单，师傅电话{mobile}，工单号{#work_order}，请保持电话畅通{@emo}"),
    ("P09", "安装地址改一下，改成{address}，联系人电话不变"),
    ("P10", "电子发票开好了发到哪个邮箱呢？\n发{email}就行"),
    ("P11", "发票麻烦发我邮箱{email}，抬头个人就可以"),
    ("P12", "{email} 发这个邮箱，谢谢{@emo}"),
    ("P13", "公司采购的{#count_qty}{@appl}，发票抬头杭州鑫源贸易有限公司，税号{#tax_code}，发到{email}"),
    ("P14", "国补以旧换新要填身份证号，您发一下：{id_card}"),
    ("P15", "身份证{id_card} 手机{mobile}"),
    ("P16", "{id_card}\n这是我老妈的身份证号，机器登记在她名下的"),
    ("P17", "补贴退款到哪张卡？\n{bank_card} 用这张"),
    ("P18", "退款账户：{bank_card}，开户行写建行就行，麻烦尽快处理"),
    ("P19", "卡号{bank_card}，户名是我本人，上门费{#price}退到这里就行"),
    ("P20", "我QQ{qq}，照片传不上来，你加我QQ我发给你"),
    ("P21", "加QQ吧 {qq}，微信不太会用"),
    ("P22", "师傅加我微信{wechat}，我把铭牌照片发你"),
    ("P23", "微信号：{wechat}（手机号搜不到）"),
    ("P24", "我微信{wechat}，{@when}有空"),
    ("P25", "@全体成员 {@when}上门的师傅车牌{plate}，小区门口保安要登记"),
    ("P26", "师傅开的车是{plate}，白色面包车，到了打{mobile}"),
    ("P27", "我们小区外来车辆要报车牌，师傅车牌号多少？\n{plate}"),
    ("P28", "车牌{plate}已经跟物业说了，直接开进来停地下车库"),
    ("P29", "家里座机{landline}，手机老人不会接"),
    ("P30", "打座机也行{landline}，白天一般有人"),
    ("P31", "单位电话{landline}，找后勤"),
    ("P32", "联系电话：{landline}\n联系地址：{address}"),
    ("P33", "好的，{@when}师傅去{address}安装{@appl}，您留的电话是{mobile}对吧？"),
    ("P34", "对的 {mobile}"),
    ("P35", "{@ok}，师傅手机{mobile}，有问题直接联系他{@emo}"),
    ("P36", "我是负责您这片的维修师傅，工号{#tech_no}，电话{mobile}，{@when}到{address}"),
    ("P37", "麻烦核对一下信息：\n姓名：王女士\n电话：{mobile}\n地址：{address}\n机型：{#model_no}\n购买日期：{#date}"),
    ("P38", "[图片]\n条码{#serial_no}，电话{mobile}"),
    ("P39", "地址在{address}，电梯坏了师傅要爬楼，不好意思"),
    ("P40", "{address} 上午家里有人，下午要去接孩子"),
    ("P41", "你好我是{address}的，{@appl}昨天报修的，怎么还没人联系"),
    ("P42", "{@hi} 我换号了 新号{mobile} 以后打这个"),
    ("P43", "备用电话{mobile}，是我儿子的，他白天在家"),
    ("P44", "联系人：刘先生 {mobile}（微信同号）"),
    ("P45", "这个是我爸家里的，地址{address}，他电话{mobile}，座机{landline}，老人耳朵不好多打几次"),
    ("P46", "邮箱{email}收不到，换这个吧{email}"),
    ("P47", "开票信息\n抬头：个人\n邮箱：{email}\n手机：{mobile}"),
    ("P48", "以旧换新资料：\n身份证：{id_card}\n银行卡：{bank_card}\n手机：{mobile}"),
    ("P49", "地址写错了是{address}不是{#place_only}"),
    ("P50", "{@ok}，已经改成{address}了，师傅{@when}过去"),
    ("P51", "收货地址{address}，送货的时候顺便把旧机拉走"),
    ("P52", "老家的{@appl}坏了，地址是{address}，我人在外地，联系我就行{mobile}"),
    ("P53", "刚才那个师傅的电话是多少？{@emo}\n{mobile}，您直接打就行"),
    ("P54", "身份证号码{id_card}，姓名跟发票上一致"),
    ("P55", "我把卡号发你{bank_card}，退款多久到？"),
    ("P56", "能不能加个QQ {qq} 我这边电脑上方便传发票"),
    ("P57", "QQ邮箱也行{email}，或者直接QQ号{qq}"),
    ("P58", "小区进不来的话打物业电话{landline}，或者打我{mobile}"),
    ("P59", "师傅到了没有，我在{address}楼下等"),
    ("P60", "{mobile}这个号码打不通，你们打{landline}试试"),
    ("P61", "您好，售后回访，请问{#date}上门维修的{@appl}现在使用正常吗？如不满意可回复或致电{mobile}"),
    ("P62", "师傅微信{wechat}，车牌{plate}，{@when}九点左右到"),
    ("P63", "麻烦把维修发票开给我们单位，邮箱{email}，电话{landline}"),
    ("P64", "我住{address}，离你们服务网点近不近"),
    ("P65", "{plate} 这个车停你们小区门口了，麻烦让保安放一下"),
    ("P66", "你们那个师傅叫什么？电话{mobile}的那个，态度挺好的{@emo}"),
    ("P67", "报修人电话{mobile}\n故障：{@appl}{@sym}\n地址：{address}\n预约：{@when}"),
    ("P68", "加我vx {wechat}"),
    ("P69", "身份证 {id_card}\n卡号 {bank_card}"),
    ("P70", "上次来修过的，电话{mobile}，你查一下记录，又{@sym}了"),
    ("P71", "QQ：{qq}"),
    ("P72", "我孙子帮我弄的QQ号{qq}，发票你们发这个QQ上"),
    ("P73", "{qq}是我QQ，视频已经发过去了，你看下{@emo}"),
    ("P74", "微信和QQ都行，微信{wechat}，QQ{qq}"),
    ("P75", "师傅要先看一下机器情况，方便的话加个微信{wechat}，发个视频"),
    ("P76", "扣扣{qq}  白天上班手机不方便"),
    ("P77", "师傅到了，车{plate}停在3号门，麻烦下来接一下"),
    ("P78", "【派单】{@appl}安装，{@when}，师傅车牌：{plate}，用户地址：{address}"),
    ("V01", "喂你好我的电话是{mobile}我家{@appl}坏了"),
    ("V02", "我电话号码{mobile}地址是{address}你叫师傅早点来"),
    ("V03", "我的号码是{mobile}你记一下"),
    ("V04", "你打我电话{mobile}嗯就是这个"),
    ("V05", "我是住在{address}的就是那个{@appl}{@sym}"),
    ("V06", "儿子的电话{mobile}你跟他联系"),
)

NEAR_TEMPLATES = (
    ("N01", "工单号{#work_order}，{@appl}{@sym}，已安排{#time}上门"),
    ("N02", "您的工单{#work_order}已完成，上门费{#price}，配件费{#price}"),
    ("N03", "机身条码{#serial_no}，型号{#model_no}"),
    ("N04", "[图片] 条码在这 {#serial_no}"),
    ("N05", "型号是{#model_no}，{#spec}的，去年{#date}买的"),
    ("N06", "显示{#fault_code}是什么意思？"),
    ("N07", "{#fault_code}一般是传感器的问题，师傅会带配件过去"),
    ("N08", "发票号码{#invoice_no}，开票日期{#date}"),
    ("N09", "发票代码{#invoice_code} 发票号码{#invoice_no}"),
    ("N10", "单位开票 税号{#tax_code}"),
    ("N11", "配件已经寄出，顺丰单号{#express_no}，预计{#date}到"),
    ("N12", "快递单号{#express_no}"),
    ("N13", "也可以拨打我们的服务热线{#hotline}，24小时有人"),
    ("N14", "打了{#hotline}一直占线{@emo}"),
    ("N15", "保修期外的话上门费{#price}，换压缩机大概{#price}"),
    ("N16", "{@ok}，那就{#time}吧"),
    ("N17", "师傅{#time}左右到，请保持电话畅通"),
    ("N18", "您预留的手机号是{#masked}吗？"),
    ("N19", "是{#masked}这个号"),
    ("N20", "是{#tail_digits}的那个手机"),
    ("N21", "验证码{#verify_code}，师傅说完工要报这个码"),
    ("N22", "{#verify_code} 这是服务码"),
    ("N23", "维修师傅工号{#tech_no}，如有问题可投诉"),
    ("N24", "换的是主板，物料编码{#parts_code}，质保{#duration}"),
    ("N25", "邮编{#postal_code}"),
    ("N26", "我家{#spec}的{@appl}，{#date}买的还在保修期吧"),
    ("N27", "你们在{#place_only}有网点吗"),
    ("N28", "{#place_only}这边今天师傅都排满了，只能约{#time}"),
    ("N29", "退款卡号是不是{#bad_card}？系统校验不通过，麻烦再核对一下"),
    ("N30", "身份证号{#bad_id}提示格式不对，您再看下是不是哪位输错了"),
    ("N31", "收费明细：上门费{#price}，配件{#price}，合计{#price}"),
    ("N32", "订单号{#work_order}，我{#date}在你们旗舰店买的{@appl}"),
    ("N33", "{@hi}，我买了{#count_qty}{@appl}，安装要另外收费吗？"),
    ("N34", "铭牌上写的{#model_no}，条码{#serial_no}"),
    ("N35", "师傅说是{#fault_code}，要换板子{#price}，值不值得修啊"),
    ("N36", "延保卡号{#work_order}，还有{#duration}保修"),
    ("N37", "{#time}到{#time}之间都行"),
    ("N38", "尊敬的用户，您的服务单{#work_order}已受理，服务热线{#hotline}"),
    ("N39", "空调加氟{#price}一次，打孔{#price}一个，铜管超出{#length}以后按米收费"),
    ("N40", "净水器滤芯{#price}一套，{#duration}换一次"),
    ("N41", "我的卡{#tail_digits}，退款到账了吗"),
    ("V41", "我那个机器是{#date}买的现在{#fault_code}了你们什么时候来"),
    ("V42", "你们那个热线{#hotline}我打了好几遍没人接"),
    ("N42", "好的，已经给您备注{#time}上门，工单{#work_order}"),
    ("N43", "发票已开具，发票号码{#invoice_no}，可在邮件中查收"),
    ("N44", "线下门店{#place_only}，{#date}以后正常营业"),
)


def _parse(tpl: str):
    return re.findall(r"\{([#@]?)([a-z_]+)\}|([^{}]+)", tpl)


def _pick_fmt(r: random.Random, kind: str, voice: bool) -> str:
    opts = [(f, w) for f, w, _ in FMTS[kind] if (kind, f) not in VOICE_ONLY or voice]
    if voice and kind == "mobile":
        opts = [("plain_11", 3), ("cn_digits", 2), ("yao_digits", 1)]
    fs, ws = zip(*[(f, max(w, 0)) for f, w in opts])
    if sum(ws) == 0:
        return r.choice(fs)
    return r.choices(fs, ws)[0]


def _render(r: random.Random, tid: str, tpl: str, forced: tuple | None):
    voice = tid.startswith("V")
    text, ents, fmts, nears = "", [], [], []
    used_forced = False
    for sig, name, lit in _parse(tpl):
        if lit:
            text += lit
            continue
        if sig == "@":
            text += r.choice(FILL[name])
            continue
        if sig == "#":
            pre, v, suf = _near(r, name)
            text += pre
            nears.append((name, len(text), len(text) + len(v)))
            text += v + suf
            continue
        if forced and forced[0] == name and not used_forced:
            fmt, used_forced = forced[1], True
        else:
            fmt = _pick_fmt(r, name, voice)
        fn = dict((f, g) for f, _, g in FMTS[name])[fmt]
        pre, v, suf = fn(r, fmt)
        text += pre
        ents.append((name, len(text), len(text) + len(v)))
        fmts.append(fmt)
        text += v + suf
    return text, ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows, tids = [], []
    # forced rows: each format FORCE_PER_FMT times in distinct compatible templates
    for kind in KINDS:
        for fmt, _, _ in FMTS[kind]:
            cands = [(tid, t) for tid, t in PII_TEMPLATES if "{" + kind + "}" in t
                     and ((kind, fmt) not in VOICE_ONLY or tid.startswith("V"))]
            for tid, t in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                rows.append(_render(r, tid, t, (kind, fmt)))
                tids.append(tid)
    while len(rows) < N_PII_ROWS:
        tid, t = r.choice(PII_TEMPLATES)
        rows.append(_render(r, tid, t, None))
        tids.append(tid)
    for _ in range(N_NEAR_ROWS):
        tid, t = r.choice(NEAR_TEMPLATES)
        rows.append(_render(r, tid, t, None))
        tids.append(tid)
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": [SPLIT] * len(order),
    })


def make_blind74_corpus() -> pd.DataFrame:
    return _build()


_CN2D = {c: str(i) for i, c in enumerate(CN_DIG)}
_CN2D["幺"] = "1"


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip() and v, (k, v)
            d = "".join(_CN2D.get(c, c) for c in _norm(v))
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", d) and d[:3] in MOBILE_PREFIX, v
                assert not text[e:e + 1].isdigit(), text
            elif k == "landline":
                assert re.fullmatch(r"\(?0\d{2,3}\)?[ -]?[2-8]\d{6,7}|[2-8]\d{7}", v), v
            elif k == "id_card":
                assert _id_ok(d.upper()) and d[:6] in ID_REGION, v
            elif k == "bank_card":
                assert d.isdigit() and len(d) in (16, 19) and _luhn_ok(d), v
            elif k == "email":
                assert re.fullmatch(r"[A-Za-z0-9_.]+@[A-Za-z0-9.-]+\.[A-Za-z]+", v), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,9}", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[京沪浙苏粤鲁川鄂豫湘皖闽津渝陕冀][A-Z][·\s]?[A-HJ-NP-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
                assert re.match(r"[\u4e00-\u9fff]", v), v
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not (n[0] == "1" and n[:3] in MOBILE_PREFIX), (k, v)
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
    assert df.equals(make_blind74_corpus())  # deterministic
    assert df.equals(_build())
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
    declared = [f"{k}/{f}" for k, tab in FMTS.items() for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

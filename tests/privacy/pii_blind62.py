"""Sixty-second blind PII corpus (``split == "blind62"``): real-name ticketing chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第六十七位写手")
under the blind-writer rules.  What was read: only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and the
directory listing of ``../shared/datasets/``.  Nothing else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, other corpora or
tests, or git history was read; ``toolkit`` was never imported and no masking
or finding function was run on this data.  Value shapes and chat contexts come
from the writer's own idea of WeCom chats in mainland China.

What is different here: CONCERT, SHOW AND EXHIBITION TICKETING WITH REAL
NAMES.  1:1 and group chats between a ticketing agency / organiser and buyers:
real-name tickets needing the ID number of every attendee (several IDs in one
message, one per line), seat changes, refunds to bank cards, delivery of paper
tickets to home / campus / office addresses, scalper (黄牛) complaints, fan
group chats buying together, parking-pass plates for the venue car park,
invoices to e-mail.  Near-misses are the theme's own numbers: order and ticket
numbers, seats (``内场A区3排12座``), session dates and times, prices, pickup /
verify codes, venue names, gates and halls, hotlines (400 / 95xxx), masked
values (``138****5678``, ``3101**********123X``), ID / card tails, tracking
numbers, invoice numbers (20 digits), card-length refund serials failing Luhn,
ID-shaped serials failing the check digit, queue positions, train / flight
numbers, postal codes, links and hashtags.

Labels: the span holds the value only; cue words, ``+86`` / ``0086``
prefixes and landline extensions (``转806``, ``-806``, ``分机806``) are
outside; separators inside a value are inside.  An address runs from its first
place unit to its last house-level unit (号 / 栋 / 号楼 / 单元 / 室 / 层 / a
bare room number such as ``1502`` or ``3-2-1502``); a venue's full street
address (road + 号) is labelled as an address too, a venue name alone is a
near-miss.  Names are never written (attendees are 我妈 / 闺蜜 / 观演人1 ...).

Seed
----
``SEED = "blind62-ticketing-第六十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and Luhn digits are computed here.  Each format is first forced
into 5 distinct templates holding its kind; then every PII row picks a target
kind round-robin and a template holding it.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``), ``formats`` (one per entity), ``near_misses`` (list of
``(near_kind, start, end)``), ``split`` (``"blind62"``).

Counts (``python tests/privacy/pii_blind62.py``)
-----------------------------------------------
rows=1560, pii_rows=900, near_rows=660, entities=1554
(mobile 376, id_card 261, address 216, email 145, landline 128, plate 116,
wechat 106, bank_card 105, qq 101);
near-miss spans=1448 (1236 in near-miss rows), 23 near-miss kinds
(date 185, price 159, seat 149, order_no 109, gate 73, ticket_count 70,
venue 68, verify_code 65, clock_time 64, session 61, serial_no 56,
tracking_no 47, tail_digits 46, hotline 45, hashtag 44, bad_id 32,
train_flight 31, queue_no 28, postal_code 26, url 24, masked 23, ticket_no 23,
invoice_no 20);
formats=43 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind62-ticketing-第六十七位写手"
SPLIT = "blind62"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ----------------------------------------------------------------- helpers
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHK = "10X98765432"


def _id_check(d17: str) -> str:
    return _CHK[sum(int(c) * w for c, w in zip(d17, _W)) % 11]


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
    return _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# ----------------------------------------------------------------- value data
REGIONS = ("110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305", "440304",
           "330106", "330108", "320106", "320102", "510107", "510104", "420106", "420111", "500103",
           "610113", "370202", "430104", "350203", "120101", "210102", "410105", "340104", "450103",
           "530102", "230103", "360102", "130102", "140105", "520102", "330782", "441900", "321102")
MOBILE_PRE = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182",
              "183", "187", "188", "198", "130", "131", "132", "155", "156", "185", "186", "166", "133",
              "153", "180", "181", "189", "199", "177", "173", "191", "176", "175", "178", "195", "147")
AREA = (("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8), ("028", 8), ("027", 8),
        ("023", 8), ("029", 8), ("0532", 8), ("0731", 8), ("0592", 7), ("022", 8), ("024", 8),
        ("0371", 8), ("0512", 8), ("0574", 8), ("0769", 8), ("0871", 8))
BIN16 = ("622588", "621483", "622609", "427020", "438088", "439225", "518710", "520108", "552245",
         "625907", "621799")
BIN19 = ("622202", "621700", "622848", "621661", "622700", "623058", "621226", "622260", "621559",
         "955880", "955888", "955990")
PINYIN = ("zhangyue", "lixiaomei", "wangjing", "chenhao", "liuyang", "yangfan", "zhaolei", "huangxin",
          "zhouqi", "wuting", "xuchen", "sunmeng", "maxiao", "zhuli", "hutao", "guoyi", "linxi",
          "hejia", "gaoyuan", "luoman", "songjia", "tangtang", "fengyu", "dengke", "xiaoyu")
EN = ("amy", "coco", "kiki", "leo", "jack", "lily", "momo", "sunny", "ivy", "tina", "kevin", "echo",
      "yuki", "nana", "bobo", "mia", "lucas", "cici", "tony", "zoe")
MAIL_DOM = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "gmail.com", "outlook.com",
            "yeah.net", "139.com", "hotmail.com", "icloud.com")
CORP_DOM = ("hxpiaowu.com", "yuntu-culture.cn", "starshow.com.cn", "lemeng-ent.com", "bjart.org.cn")
PLATE_PROV = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "渝", "陕", "鲁", "湘", "闽", "津", "辽", "豫", "皖")
PLATE_LET = "ABCDEFGHJKLMN"
PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city tuples: (province or "", city, districts, roads, estates)
CITIES = (
    ("", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区"), ("望京西路", "学院路", "东四十条", "丰台北路", "广顺北大街"),
     ("望京西园三区", "花家地小区", "方庄芳城园", "远洋山水")),
    ("", "上海市", ("徐汇区", "浦东新区", "闵行区", "杨浦区"), ("漕溪北路", "张杨路", "七莘路", "国权路", "龙华中路"),
     ("康健新村", "世纪公园小区", "莘庄苑", "东方名城")),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区"), ("桃园路", "深南大道", "龙翔大道", "新安六路"),
     ("南山花园", "香蜜湖1号", "星河时代", "海雅花园")),
    ("广东省", "广州市", ("天河区", "海珠区", "番禺区", "越秀区"), ("天河北路", "江南大道中", "市桥街", "东风中路"),
     ("天河南一街小区", "珠江花园", "祈福新邨", "东风大院")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区"), ("文三路", "莫干山路", "五常大道", "江南大道"),
     ("文鼎苑", "和睦新村", "西溪北苑", "星耀城")),
    ("四川省", "成都市", ("武侯区", "锦江区", "高新区", "成华区"), ("科华北路", "东大街", "天府大道中段", "建设北路二段"),
     ("锦绣花园", "春熙坊", "新城南苑", "万科城")),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区", "江岸区"), ("中南路", "珞喻路", "建设大道", "解放大道"),
     ("水果湖小区", "光谷新世界", "万松园小区", "百步亭花园")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "建邺区", "江宁区"), ("中山北路", "龙蟠路", "江东中路", "双龙大道"),
     ("颐和南园", "锁金村", "万达华府", "翠屏城")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区", "长安区"), ("小寨东路", "南大街", "凤城八路", "长安南路"),
     ("曲江池小区", "南门里", "凯瑞公寓", "紫薇田园都市")),
    ("湖南省", "长沙市", ("岳麓区", "天心区", "开福区", "雨花区"), ("麓山南路", "解放西路", "芙蓉中路一段", "韶山北路"),
     ("阳光100", "天心阁小区", "万达公馆", "湘府花园")),
    ("", "重庆市", ("渝中区", "江北区", "南岸区", "沙坪坝区"), ("解放碑民族路", "观音桥步行街", "南坪西路", "沙正街"),
     ("龙湖源著", "融创白象街", "南滨小区", "三峡广场小区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), ("湖滨南路", "嘉禾路", "集美大道"), ("瑞景新村", "禾祥西里", "乐海小区")),
)
TOWNS = (("浙江省", "金华市", "义乌市", "佛堂镇", "塔下洲村"), ("河南省", "周口市", "鹿邑县", "太清宫镇", "东关村"),
         ("山东省", "临沂市", "沂南县", "依汶镇", "后峪子村"), ("江西省", "赣州市", "于都县", "贡江镇", "罗坳村"),
         ("安徽省", "六安市", "舒城县", "干汊河镇", "新河村"), ("湖南省", "邵阳市", "隆回县", "桃洪镇", "石门村"))
CAMPUS = (("武汉市洪山区珞喻路1037号", "华中科技大学韵苑", "栋"), ("上海市杨浦区邯郸路220号", "复旦大学本部", "号楼"),
          ("南京市栖霞区文苑路1号", "南师大仙林校区南苑", "栋"), ("成都市双流区川大路二段2号", "四川大学江安校区西园", "舍"),
          ("西安市长安区西沣路兴隆段266号", "西电南校区", "号楼"), ("广州市番禺区外环东路132号", "广工生活区西", "栋"))
VENUE_ADDR = ("上海市浦东新区世博大道1200号", "北京市朝阳区国家体育场南路1号", "深圳市南山区滨海大道3001号",
              "杭州市滨江区飞虹路3号", "成都市成华区双林路1号", "广州市天河区天河路299号", "南京市建邺区江东中路222号",
              "武汉市洪山区雄楚大道999号", "长沙市天心区湘府中路18号", "北京市五棵松西翠路1号")


def g_mobile(r, fmt):
    m = r.choice(MOBILE_PRE) + _digits(r, 8)
    pre = post = ""
    if fmt == "plain":
        v = m
    elif fmt == "space_344":
        v = f"{m[:3]} {m[3:7]} {m[7:]}"
    elif fmt == "dash_344":
        v = f"{m[:3]}-{m[3:7]}-{m[7:]}"
    elif fmt == "plus86_plain":
        pre, v = r.choice(("+86 ", "+86", "+86-", "(+86)")), m
    elif fmt == "prefix0086_space":
        pre, v = r.choice(("0086 ", "0086-")), f"{m[:3]} {m[3:7]} {m[7:]}"
    else:
        raise KeyError(fmt)
    return pre, v, post


def _idnum(r, lower=False):
    while True:
        y = r.randint(1962, 2012)
        body = r.choice(REGIONS) + f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3)
        c = _id_check(body)
        if lower and c != "X":
            continue
        return body + (c.lower() if lower else c)


def g_id(r, fmt):
    if fmt == "plain_18":
        return "", _idnum(r), ""
    if fmt == "x_lower":
        return "", _idnum(r, lower=True), ""
    if fmt == "space_6_8_4":
        v = _idnum(r)
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


def _card(r, n):
    pref = r.choice(BIN16 if n == 16 else BIN19)
    body = pref + _digits(r, n - len(pref) - 1)
    return body + _luhn_digit(body)


def g_card(r, fmt):
    if fmt == "plain_16":
        return "", _card(r, 16), ""
    if fmt == "plain_19":
        return "", _card(r, 19), ""
    if fmt == "space_4444":
        c = _card(r, 16)
        return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    if fmt == "space_44443":
        c = _card(r, 19)
        return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
    if fmt == "dash_4444":
        c = _card(r, 16)
        return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    raise KeyError(fmt)


def _local(r, n):
    return str(r.randint(2, 8)) + _digits(r, n - 1)


def g_land(r, fmt):
    a, n = r.choice(AREA)
    loc = _local(r, n)
    if fmt == "dash_area":
        return "", f"{a}-{loc}", ""
    if fmt == "paren_area":
        return "", f"({a}){loc}" if r.random() < 0.6 else f"（{a}）{loc}", ""
    if fmt == "space_area":
        return "", f"{a} {loc}", ""
    if fmt == "plain_area":
        return "", a + loc, ""
    if fmt == "dash_ext":
        ext = str(r.randint(100, 8999))
        return "", f"{a}-{loc}", r.choice(("转", "-", "分机", " 转")) + ext
    if fmt == "dash_split4":
        return "", f"{a}-{loc[:4]}-{loc[4:]}", ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    if fmt == "digits_5_8":
        return "", str(r.randint(1, 9)) + _digits(r, r.randint(4, 7)), ""
    if fmt == "digits_9":
        return "", str(r.randint(1, 9)) + _digits(r, 8), ""
    if fmt == "digits_10":
        return "", r.choice("123") + _digits(r, 9), ""
    raise KeyError(fmt)


def g_wx(r, fmt):
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "pinyin_digits":
        return "", r.choice(PINYIN) + r.choice(("1998", "0823", "520", "666", "2001", "88", "1314", "07")), ""
    if fmt == "underscore":
        return "", r.choice(EN + PINYIN) + "_" + r.choice(("0612", "99", "sh", "bj", "love", "2000", "yy")), ""
    if fmt == "dash_mixed":
        return "", r.choice(EN).capitalize() + "-" + r.choice(("Zhou", "Yan", "0419", "ticket", "Sun", "77")), ""
    raise KeyError(fmt)


def g_plate(r, fmt):
    p, l = r.choice(PLATE_PROV), r.choice(PLATE_LET)
    tail = "".join(r.choice(PLATE_CH) for _ in range(5))
    if fmt == "plain_7":
        return "", p + l + tail, ""
    if fmt == "dot_7":
        return "", f"{p}{l}·{tail}", ""
    if fmt == "space_7":
        return "", f"{p}{l} {tail}", ""
    if fmt == "ev_8":
        return "", p + l + r.choice("DF") + _digits(r, 5), ""
    raise KeyError(fmt)


def g_mail(r, fmt):
    if fmt == "qq_mail":
        return "", str(r.randint(1, 9)) + _digits(r, r.randint(7, 9)) + "@qq.com", ""
    if fmt == "pinyin_mail":
        d = r.choice(MAIL_DOM[:2] + MAIL_DOM[3:])
        return "", r.choice(PINYIN) + r.choice(("", "123", "1996", "_88", "2020", "0715")) + "@" + d, ""
    if fmt == "dot_corp":
        return "", r.choice(EN + PINYIN) + "." + r.choice(("wang", "li", "chen", "zhang", "liu")) + "@" + r.choice(CORP_DOM), ""
    if fmt == "upper_mixed":
        return "", r.choice(EN).capitalize() + r.choice(("Chen", "Lin", "Wu", "Xu")) + str(r.randint(1, 99)) + "@" + r.choice(("Gmail.com", "Outlook.com", "163.com")), ""
    raise KeyError(fmt)


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def g_addr(r, fmt):
    prov, city, ds, rs, es = r.choice(CITIES)
    d, rd, est = r.choice(ds), r.choice(rs), r.choice(es)
    no = f"{r.randint(1, 2888)}号"
    if fmt == "prov_full":
        v = f"{prov}{city}{d}{rd}{no}{est}{r.randint(1, 30)}栋{_room(r)}室"
    elif fmt == "city_district":
        v = f"{city}{d}{rd}{no}{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{_room(r)}"
    elif fmt == "district_estate":
        v = f"{d}{est}{r.randint(1, 40)}栋{r.randint(1, 4)}单元{_room(r)}"
    elif fmt == "dash_room":
        v = f"{city}{d}{rd}{no}{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}"
    elif fmt == "town_village":
        t = r.choice(TOWNS)
        v = "".join(t) + f"{r.randint(1, 12)}组{r.randint(1, 99)}号"
    elif fmt == "campus_dorm":
        c = r.choice(CAMPUS)
        v = f"{c[0]}{c[1]}{r.randint(1, 30)}{c[2]}{r.randint(1, 6)}{r.randint(1, 30):02d}"
    elif fmt == "spaced":
        v = f"{city} {d} {rd}{no} {est} {r.randint(1, 30)}栋 {_room(r)}室"
    elif fmt == "venue_road_no":
        v = r.choice(VENUE_ADDR)
    elif fmt == "floor_unit":
        v = f"{city}{d}{rd}{no}{r.choice(('国贸中心', '环球中心', '时代广场', '万象城写字楼'))}{r.randint(5, 38)}层"
    else:
        raise KeyError(fmt)
    return "", v, ""


GEN = dict(mobile=g_mobile, id_card=g_id, bank_card=g_card, landline=g_land, qq=g_qq, wechat=g_wx,
           plate=g_plate, email=g_mail, address=g_addr)
FORMATS = dict(
    mobile=(("plain", 10), ("space_344", 3), ("dash_344", 2), ("plus86_plain", 1.5), ("prefix0086_space", 0.6)),
    id_card=(("plain_18", 10), ("x_lower", 1), ("space_6_8_4", 1.2)),
    bank_card=(("plain_19", 6), ("plain_16", 4), ("space_4444", 3), ("space_44443", 2.5), ("dash_4444", 0.8)),
    landline=(("dash_area", 8), ("paren_area", 2), ("space_area", 2), ("plain_area", 2), ("dash_ext", 3),
              ("dash_split4", 0.8)),
    qq=(("digits_9", 5), ("digits_10", 4), ("digits_5_8", 2)),
    wechat=(("pinyin_digits", 5), ("underscore", 3), ("wxid", 2), ("dash_mixed", 2)),
    plate=(("plain_7", 6), ("ev_8", 3), ("dot_7", 2), ("space_7", 1.5)),
    email=(("qq_mail", 5), ("pinyin_mail", 5), ("dot_corp", 2), ("upper_mixed", 1.5)),
    address=(("prov_full", 3), ("city_district", 4), ("district_estate", 3), ("dash_room", 2),
             ("town_village", 1.5), ("campus_dorm", 1.5), ("spaced", 1), ("venue_road_no", 0), ("floor_unit", 1)),
)

# ----------------------------------------------------------------- near-miss generators
SHOWS = ("周深巡演", "五月天演唱会", "薛之谦演唱会", "话剧《恋爱的犀牛》", "音乐剧《猫》", "草莓音乐节", "张学友60+",
         "开心麻花", "德云社专场", "梵高沉浸式展", "漫展CP30", "林俊杰JJ20", "脱口秀专场", "迷笛音乐节")
VENUES = ("梅赛德斯奔驰文化中心", "国家体育场", "鸟巢", "深圳湾体育中心", "杭州奥体中心体育馆", "凤凰山体育公园",
          "天河体育中心", "南京奥体中心", "光谷国际网球中心", "上海大剧院", "国家会展中心", "五棵松", "保利剧院",
          "湖南国际会展中心", "海峡大剧院")


def _bad_luhn(r, n, lead=None):
    while True:
        s = (lead or str(r.randint(1, 9))) + _digits(r, n - len(lead or "x"))
        if not _luhn_ok(s) and not (n == 18 and _id_ok(s)):
            return s


def n_order(r):
    k = r.random()
    if k < 0.4:
        return "2" + _digits(r, r.randint(11, 14))
    if k < 0.8:
        return _bad_luhn(r, r.choice((16, 18, 19)), lead=r.choice(("2", "3", "4", "8")))
    return r.choice(("DM", "MY", "PW", "TK")) + "20" + _digits(r, 12)


def n_ticket(r):
    return r.choice(("T", "E", "NO.", "8")) + _digits(r, r.randint(9, 12)) if r.random() < 0.5 else \
        r.choice(("A", "B", "K")) + _digits(r, 3) + "-" + _digits(r, 6)


def n_price(r):
    p = r.choice((380, 480, 580, 680, 880, 1080, 1280, 1680, 1880, 2580, 199, 99, 3600, 5200))
    return r.choice((f"¥{p}", f"{p}元", f"{p}块", f"{p}.00", f"￥{p * 2}", f"{p}"))


def n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"{m}.{d}", f"2024-{m:02d}-{d:02d}", f"{m}月{d}号晚上7点半", f"{m}/{d} 19:30",
                     f"2025年{m}月{d}日", f"{m}月{d}号"))


def n_seat(r):
    return r.choice((f"内场{r.choice('ABCDEFG')}区{r.randint(1, 30)}排{r.randint(1, 40)}座",
                     f"看台{r.randint(101, 420)}区{r.randint(1, 35)}排{r.randint(1, 40)}座",
                     f"{r.randint(1, 3)}楼{r.randint(1, 25)}排{r.randint(1, 50)}号",
                     f"{r.choice('ABCDEFGHJK')}{r.randint(1, 30)}排{r.randint(1, 40)}座",
                     f"VIP{r.randint(1, 8)}区{r.randint(1, 12)}排{r.randint(1, 20)}座"))


def n_hotline(r):
    return r.choice((f"400-{r.randint(100, 999)}-{_digits(r, 4)}", f"400{r.randint(100, 999)}{_digits(r, 4)}",
                     r.choice(("95588", "95533", "95599", "95555", "95566", "95559", "95516")),
                     f"800-{r.randint(810, 999)}-{_digits(r, 4)}", "10086", "12345", "12315"))


def n_code(r):
    return _digits(r, r.choice((4, 6, 6, 8)))


def n_tracking(r):
    return r.choice(("SF", "YT", "JT", "ZTO", "JDVA")) + _digits(r, r.choice((12, 13, 14)))


def n_masked(r):
    k = r.random()
    if k < 0.35:
        return r.choice(MOBILE_PRE) + "****" + _digits(r, 4)
    if k < 0.65:
        return r.choice(REGIONS)[:4] + "*" * 10 + _digits(r, 3) + r.choice("0123456789X")
    if k < 0.85:
        return r.choice(BIN19)[:4] + " **** **** " + _digits(r, 4)
    return r.choice(REGIONS)[:3] + "***********" + _digits(r, 4)


def n_tail(r):
    return _digits(r, 3) + r.choice("0123456789X") if r.random() < 0.3 else _digits(r, 4)


def n_invoice(r):
    return "24" + _digits(r, 18)


def n_serial(r):
    return _bad_luhn(r, r.choice((16, 17, 18, 19, 20)), lead=r.choice(("1", "2", "3", "5", "7", "9")))


def n_badid(r):
    while True:
        body = r.choice(REGIONS) + f"{r.randint(1970, 2008)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3)
        c = r.choice("0123456789X")
        if c != _id_check(body) and not _luhn_ok(body + ("0" if c == "X" else c)):
            return body + c


def n_venue(r):
    return r.choice(VENUES)


def n_gate(r):
    return r.choice((f"{r.randint(1, 12)}号口", f"{r.choice('ABCDEF')}{r.randint(1, 6)}入口", f"{r.randint(1, 8)}号馆",
                     f"东{r.randint(1, 5)}门", f"P{r.randint(1, 6)}停车场", f"{r.randint(1, 3)}号检票口"))


def n_queue(r):
    return str(r.randint(300, 98000))


def n_train(r):
    return r.choice((f"G{r.randint(1, 1999)}", f"D{r.randint(100, 3999)}", f"CA{r.randint(1000, 1999)}",
                     f"MU{r.randint(5000, 5999)}", f"K{r.randint(100, 1999)}"))


def n_postal(r):
    return r.choice(("200030", "100020", "518057", "310012", "610041", "430074", "210008", "710061"))


def n_url(r):
    return r.choice(("https://m.piaoxingqiu.cn/", "dwz.cn/", "t.cn/", "https://h5.hxpiaowu.com/s/")) + \
        "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7))


def n_hashtag(r):
    return "#" + r.choice(SHOWS) + r.choice(("抢票", "退票", "实名", "黄牛", "")) + "#"


def n_count(r):
    return r.choice(("2张", "4张", "3张", "两张", "1张", "6张连座"))


def n_session(r):
    return r.choice((f"第{r.randint(1, 6)}场", "0817晚场", "1231跨年场", "周六下午场", f"场次{r.randint(1, 9)}"))


def n_time(r):
    return r.choice((f"{r.randint(10, 21)}:{r.choice(('00', '30', '58', '59'))}", "晚上8点", "中午12点", "下午两点半"))


NGEN = dict(order_no=n_order, ticket_no=n_ticket, price=n_price, date=n_date, seat=n_seat, hotline=n_hotline,
            verify_code=n_code, tracking_no=n_tracking, masked=n_masked, tail_digits=n_tail,
            invoice_no=n_invoice, serial_no=n_serial, bad_id=n_badid, venue=n_venue, gate=n_gate,
            queue_no=n_queue, train_flight=n_train, postal_code=n_postal, url=n_url, hashtag=n_hashtag,
            ticket_count=n_count, session=n_session, clock_time=n_time)

# ----------------------------------------------------------------- templates
# {kind} = entity, {n:kind} = near-miss
PII_T = (
    "观演人信息：\n身份证 {id_card}\n手机 {mobile}",
    "实名的话填这个身份证号可以吗 {id_card}",
    "{id_card}\n{id_card}\n两张，{n:date}那场，麻烦帮我登记下",
    "我和我闺蜜两个人，身份证分别是{id_card}、{id_card}，联系电话{mobile}",
    "您好，观演人1：{id_card}，观演人2：{id_card}，观演人3：{id_card}，一起{n:seat}附近的连座有吗",
    "我妈的身份证{id_card}，她不会用手机，入场的时候刷身份证就行吧？",
    "身份证号码：{id_card} 手机号码：{mobile} 收件地址：{address}",
    "小孩也要实名吗，他的身份证是{id_card}，今年刚办的",
    "之前填错了一位，正确的是{id_card}，麻烦改一下😭",
    "{id_card} 这个是我老公的，他{n:date}出差回不来，能换成我弟吗",
    "换人的话新观演人身份证{id_card}，手机{mobile}",
    "护照不行的话就用这个 {id_card}",
    "退款麻烦退到这张卡：{bank_card}，工商银行",
    "卡号{bank_card} 户主是我本人，开户行招商银行深圳分行",
    "原路退不了的话退到{bank_card}吧，建行的",
    "银行卡：{bank_card}\n开户行：农业银行\n手机：{mobile}",
    "{bank_card} 中国银行，退{n:price}那笔",
    "转账的话打到我们公司对公账户，个人的话这个卡 {bank_card}",
    "之前给的卡注销了，换这张{bank_card}，谢谢亲",
    "你好我要退票，订单号{n:order_no}，退款账户{bank_card}",
    "手机号{mobile}，订单下在这个号上的",
    "我电话是{mobile}，取票的时候打我",
    "{mobile} 这个是我的，票送到了直接打电话就行",
    "麻烦快递员到了打{mobile}或者{mobile}",
    "有问题随时联系我 {mobile}（微信同号）",
    "登记一下 {mobile} 团购群的车头，{n:ticket_count}",
    "请问你们座机多少？我打了{n:hotline}一直没人接",
    "我们票务中心电话{landline}，工作日9点到6点",
    "有事打我办公室{landline}，手机{mobile}",
    "主办方前台电话：{landline}，到了找前台拿工作证",
    "换座的事你打这个{landline}问问剧院售票处",
    "座机{landline}，白天有人",
    "打{landline}找票务组，说是{n:venue}的团票",
    "家里电话{landline}，我爸接了让他签收就行",
    "快递填的是公司电话{landline}，你看下能不能送",
    "我QQ{qq}，截图发QQ上了",
    "加我扣扣 {qq}，拉你进应援群",
    "企鹅号{qq}，抢到票在群里喊",
    "QQ：{qq} 邮箱也可以发到{email}",
    "我Q是{qq}，电子票发这个邮箱{email}",
    "qq {qq} 备注一下是{n:hashtag}群里的",
    "加下微信{wechat}，拼车一起去",
    "vx：{wechat}，拉你进团购群",
    "我微信号{wechat}，付款码发你了",
    "wx {wechat} 备注“{n:venue}拼票”",
    "微信搜{wechat}就是我，头像是个猫",
    "主办这边的对接人微信是{wechat}，你加她",
    "那个黄牛微信{wechat}，收了钱就拉黑了，你们管不管",
    "举报一个倒票的，微信号{wechat}，手机{mobile}，一张内场加价两千",
    "停车证车牌登记：{plate}",
    "我车牌{plate}，{n:date}开车过去，能进{n:gate}吗",
    "帮我登记一下车牌号{plate}和{plate}，两辆车",
    "{plate} 这个是我的车，停车券用不了",
    "嘉宾车辆{plate}，司机电话{mobile}",
    "车牌号：{plate}\n联系人电话：{mobile}",
    "我的是新能源{plate=ev_8}，能停充电位吗",
    "发票抬头个人，邮箱{email}",
    "电子票麻烦发我邮箱 {email}",
    "{email} 这个邮箱，发票开好了发过来",
    "邮箱写错了，应该是{email}，不是{email}",
    "团购清单发到{email}了，你查收一下",
    "纸质票寄到{address}，电话{mobile}",
    "收货地址：{address}\n收件人电话：{mobile}",
    "地址{address}，放门卫就行",
    "票寄到我学校吧 {address}，宿舍楼下有快递柜",
    "{address} 这个地址能寄吗？{n:date}之前能到不",
    "我换地址了，新地址是{address}，麻烦改一下快递",
    "寄到{address}（公司前台代收）电话{landline}",
    "我在老家，寄到{address}，电话{mobile}",
    "场馆地址是{address=venue_road_no}，{n:gate}检票",
    "演出地点：{n:venue}（{address=venue_road_no}），请提前一小时入场",
    "地址：{address=venue_road_no}，{n:date}{n:clock_time}开始检票",
    "导航搜{address=venue_road_no}就行，停车场在{n:gate}",
    "{n:venue}具体地址是{address=venue_road_no}吗？打车过去",
    "我住{address}，离场馆近，能自取吗",
    "🎫团票信息🎫\n1. {id_card} {mobile}\n2. {id_card} {mobile}\n3. {id_card} {mobile}",
    "车头统计：身份证{id_card}，手机{mobile}，微信{wechat}，转账后截图发群里",
    "姐妹们把身份证和手机号按格式发群里：\n{id_card} {mobile}\n我先来",
    "我的 {id_card} {mobile} 要{n:ticket_count}",
    "+1 {id_card}，手机{mobile}，内场",
    "报名：{mobile} {id_card} 微信{wechat}",
    "联系人手机{mobile}，邮箱{email}，身份证{id_card}，就这些了吧",
    "退款信息\n银行卡号：{bank_card}\n身份证：{id_card}\n预留手机：{mobile}",
    "亲，退票审核需要提供：订单号{n:order_no}、身份证{id_card}、退款卡号{bank_card}",
    "{n:order_no} 这个订单的票，座位换到{n:seat}，联系方式{mobile}",
    "快递到了没人接，我电话{mobile}，地址是{address}，麻烦再送一次",
    "顺丰单号{n:tracking_no}显示退回了？我地址{address}没问题啊",
    "之前留的{mobile}停机了，换成{mobile}",
    "我不用微信，有事发邮件{email}或者打{landline}",
    "单位团购的，对接人座机{landline}，邮箱{email}",
    "展会工作人员证件办理：身份证{id_card}，车牌{plate}，手机{mobile}",
    "布展车辆{plate}，{plate}，{n:date}早上进场，对接电话{landline}",
    "寄票地址{address}，邮编{n:postal_code}，电话{mobile}",
    "【取票人】手机：{mobile}\n【地址】{address}",
    "{mobile}\n{address}\n放丰巢",
    "不好意思刚才发错了 手机号是{mobile} 不是{mobile}",
    "宝子你加我QQ吧{qq}，微信被封了",
    "粉丝群管理QQ{qq}，有事找她，邮箱{email}",
    "我这边退款是退到{bank_card}对吧？尾号{n:tail_digits}那张不用了",
    "一共{n:ticket_count}，身份证号：{id_card}，{id_card}。麻烦了",
    "我是买了{n:price}那档的，身份证号{id_card}，能不能升级到内场",
    "代拍的那个人QQ号{qq}，微信{wechat}，骗了我{n:price}，已经报警了",
    "你把车牌{plate}报给保安就行，停在{n:gate}",
    "{wechat} 这是我的微信，加的时候备注订单后四位{n:tail_digits}",
    "我是企业团购，对公那边打{landline}转财务，开票信息发{email}",
    "本人身份证{id_card}\n本人手机{mobile}\n本人银行卡{bank_card}\n申请退票",
    "收件人：本人 电话：{mobile} 地址：{address}",
    "跟您确认下，寄送地址{address}，联系电话{mobile}，对吧？",
    "好的，已为您登记手机号{mobile}，请留意短信",
    "您好，核实一下观演人证件号{id_card}，是否本人？",
    "麻烦提供一下退款银行卡号，我们这边财务打款。\n客户：{bank_card}",
    "工作人员会联系您，请保持{mobile}畅通",
    "妈妈手机{mobile}爸爸手机{mobile}我自己{mobile}",
    "哈喽～我是昨天加你的那个 微信{wechat} qq{qq}",
    "明天到场馆的时候打我电话{mobile}，车是{plate}",
)

NEAR_T = (
    "订单号{n:order_no}，{n:date}的票什么时候发货",
    "我的订单{n:order_no}显示出票中，{n:session}还有票吗",
    "票号{n:ticket_no}，座位是{n:seat}，能换到{n:seat}吗",
    "{n:seat}和{n:seat}能换吗，我俩不挨着",
    "{n:price}那档的还有吗？{n:price}的太贵了",
    "一共{n:ticket_count}，合计{n:price}，已付款",
    "客服电话{n:hotline}一直占线",
    "我打了{n:hotline}，说让我找你们",
    "银行说退款要联系{n:hotline}查",
    "取票码{n:verify_code}，在{n:gate}取票",
    "验证码{n:verify_code}发你了，帮我登一下账号",
    "顺丰单号{n:tracking_no}，{n:date}能到吗",
    "快递单号：{n:tracking_no}\n预计{n:date}送达",
    "预留手机号{n:masked}是我的，没错",
    "系统显示观演人{n:masked}，是我本人",
    "退款到尾号{n:tail_digits}的卡了吗",
    "身份证后四位{n:tail_digits}，查一下我的票",
    "发票号码{n:invoice_no}，金额{n:price}",
    "退款流水号{n:serial_no}，银行说没收到",
    "交易参考号{n:serial_no}，{n:date}退的",
    "这个批次号{n:serial_no}对不上",
    "{n:venue}几点检票？{n:clock_time}开演对吧",
    "{n:venue}从{n:gate}进还是{n:gate}进",
    "排队排到{n:queue_no}了😭还能抢到吗",
    "我前面还有{n:queue_no}人，{n:hashtag}",
    "我坐{n:train_flight}过去，{n:clock_time}到，来得及吗",
    "航班{n:train_flight}延误了，{n:session}能改到{n:session}吗",
    "邮编{n:postal_code}，这个要填吗",
    "链接在这 {n:url} 点进去填观演人",
    "购票链接{n:url}，{n:date}{n:clock_time}开抢",
    "{n:hashtag} 有人出{n:seat}吗，原价{n:price}",
    "退票手续费扣了{n:price}，不是说{n:date}前免费吗",
    "{n:date}{n:clock_time}开售，每人限购{n:ticket_count}",
    "系统提示证件号{n:bad_id}校验不通过，是不是你们系统问题",
    "我复制的号{n:bad_id}报错，后面我重新输了",
    "订单{n:order_no}和{n:order_no}是一个人买的，能合并吗",
    "你好，{n:order_no}退款到账了吗，已经{n:date}了",
    "场次改期到{n:date}了，原票{n:ticket_no}还能用吗",
    "黄牛加价到{n:price}，原价才{n:price}，{n:hashtag}",
    "收到了，{n:ticket_count}纸质票，{n:seat}，谢谢客服",
    "麻烦确认一下{n:session}的{n:seat}，我订单是{n:order_no}",
    "已退款{n:price}，退款单号{n:serial_no}，请查收",
    "快递{n:tracking_no}好像寄错了，收到的是{n:seat}",
    "{n:venue}门口有黄牛卖{n:price}的票，别买",
    "群主，{n:session}的{n:ticket_count}到了没，我取票码是{n:verify_code}",
    "退款会原路退回，预计{n:date}前到账，有问题打{n:hotline}",
    "您的订单{n:order_no}已出票，座位{n:seat}，请于{n:date}凭身份证入场",
    "入场口在{n:gate}，{n:clock_time}开始检票",
    "抢到了！{n:seat}！{n:price}！",
    "电子票码{n:verify_code}，截图没用，要现场刷",
    "卡号后四位{n:tail_digits}，流水{n:serial_no}",
    "发票代码和号码：{n:invoice_no}，已发送",
    "{n:train_flight}晚点，我估计{n:clock_time}才到{n:venue}",
    "我手机尾号{n:tail_digits}，订单{n:order_no}",
    "展会{n:gate}在哪，{n:date}布展几点开门",
    "这个是防伪码吗 {n:verify_code}",
    "票面写的{n:seat}，实际到现场是{n:seat}",
    "票面上印的身份证是{n:masked}，对的",
)

assert len(set(PII_T)) == len(PII_T) and len(set(NEAR_T)) == len(NEAR_T)

_MARK = re.compile(r"\{(n:)?(\w+)(?:=(\w+))?\}")


def _kinds_in(t, free=False):
    return [m.group(2) for m in _MARK.finditer(t) if not m.group(1) and not (free and m.group(3))]


def _pick_fmt(r, kind):
    fs = FORMATS[kind]
    return r.choices([f for f, _ in fs], weights=[w for _, w in fs])[0]


def _fill(r, t, force=None):
    """force = (kind, fmt): the first marker of kind uses fmt."""
    out, ents, fmts, nears, pos, last = [], [], [], [], 0, 0
    forced = False
    for m in _MARK.finditer(t):
        lit = t[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        kind = m.group(2)
        if m.group(1):
            v = NGEN[kind](r)
            nears.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if m.group(3):
            fmt = m.group(3)
        elif force and kind == force[0] and not forced:
            fmt, forced = force[1], True
        else:
            fmt = _pick_fmt(r, kind)
        pre, v, post = GEN[kind](r, fmt)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(v)))
        fmts.append(fmt)
        out.append(v + post)
        pos += len(v) + len(post)
    out.append(t[last:])
    return "".join(out), ents, fmts, nears


def _build(meta: list) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []

    def add(tid, t, force=None):
        text, es, fs, ns = _fill(r, t, force)
        rows.append(dict(text=text, entities=es, formats=fs, near_misses=ns, split=SPLIT))
        meta.append(tid)

    by_kind = {k: [i for i, t in enumerate(PII_T) if k in _kinds_in(t)] for k in KINDS}
    free = {k: [i for i, t in enumerate(PII_T) if k in _kinds_in(t, True)] for k in KINDS}
    for k in KINDS:
        for f, w in FORMATS[k]:
            if not w:
                continue
            for i in r.sample(free[k], 5):
                add(f"P{i}", PII_T[i], (k, f))
    kcycle = ("mobile", "id_card", "address", "bank_card", "landline", "qq", "wechat", "plate", "email",
              "mobile", "id_card", "address")
    while len(rows) < 900:
        k = kcycle[len(rows) % len(kcycle)]
        i = r.choice(by_kind[k])
        add(f"P{i}", PII_T[i])
    for _ in range(660):
        i = r.randrange(len(NEAR_T))
        add(f"N{i}", NEAR_T[i])
    order = list(range(len(rows)))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    meta[:] = [meta[i] for i in order]
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind62_corpus() -> pd.DataFrame:
    return _build([])


_MOB = re.compile(r"1[3-9]\d{9}")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            v = text[s:e]
            assert v and v == v.strip(), (k, v)
            n = _norm(v)
            if k == "mobile":
                assert _MOB.fullmatch(n), v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
            elif k == "landline":
                assert n.startswith("0") and n.isdigit() and 10 <= len(n) <= 12, v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 10 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "plate":
                assert re.fullmatch(r"[京沪粤浙苏川鄂渝陕鲁湘闽津辽豫皖][A-Z][A-Z0-9]{5,6}", n), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "address":
                assert re.search(r"(省|市|区|县)", v[:6]) and re.search(r"(号|栋|号楼|单元|室|层|\d)$", v), v
            # nothing glued to the value
            if s > 0 and k in ("mobile", "id_card", "bank_card", "qq", "landline") and \
                    not text[:s].endswith(("+86", "0086")):
                assert not text[s - 1].isdigit(), (k, text)
            if e < len(text) and k in ("mobile", "id_card", "bank_card", "qq"):
                assert not text[e].isdigit(), (k, text)
        for k, s, e in ns:
            v = text[s:e]
            assert v, (k, text)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            assert not _MOB.fullmatch(n), (k, v)
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
    assert df.equals(make_blind62_corpus())  # deterministic
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
            ctx.setdefault(f"{k}/{f}", []).append(tid)
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:30s} {n:4d}  templates={len(dict.fromkeys(ctx[f]))}")
    declared = [f"{k}/{f}" for k in KINDS for f, _ in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(dict.fromkeys(ctx[f])) < 3]
    assert not thin, thin

"""Eighteenth blind PII corpus (``split == "blind18"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十八位写手（单句）").
What it read: the ``PII_KINDS`` / ``PLACEHOLDERS`` lines of
``toolkit/privacy/mask.py`` (via ``grep -n -A14 "^PII_KINDS"``), lines 1-200
and the ``check_corpus`` / ``__main__`` part of ``tests/privacy/pii_blind8.py``
(layout, checksum helpers and entry-point names only) and the module docstrings
of ``pii_blind16.py`` / ``pii_blind17.py`` (lines 1-100: what earlier writers
were told, the span conventions and the layout).  It did NOT read anything
else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README, the other
tests or corpora under ``tests/``, and read no git history beyond the last
five subject lines.  It never imported ``toolkit`` and never ran any masking /
finding function on this corpus.  Value shapes, chat contexts and labels come
only from the writer's own idea of how store staff and customers of Chinese
retail chains write to each other in WeCom.

What is different here: RETAIL CHAINS AND MEMBERSHIP, ONLINE AND OFFLINE.
Every row is one message of a WeCom chat between store staff (导购, 店长,
安装 / 送货师傅, 门店客服) and customers of chains of supermarkets, bakeries,
tea and coffee shops, cosmetics counters, clothing and sports stores,
opticians, phone and appliance stores and furniture showrooms: signing up as
a member and points (the mobile number *is* the membership number), delivery
from the store, deposits and bookings (cakes, eye tests, fittings,
measurement visits), birthday gifts, after-sales at the counter, staff adding
customers to WeCom and store managers sending their own contact cards
(mobile, WeChat, store landline), parking validation of a member's car,
installment plans and national trade-in subsidies that need an ID number,
refunds of deposits to a bank card, e-invoices to a mailbox.  Customers are
of every age and live in big and small cities and in villages.  Values are
written the way they most often are in such an archive: the plain 11-digit
mobile dominates; ``138 1234 5678``, dashes, ``+86``, full-width digits,
numbers in Chinese words and voice input (``138，1234，5678``) are rarer;
QQ-numeric mailboxes dominate e-mail; ``区号-号码`` dominates landlines, with
7-digit numbers of small cities, a bare local number in a store's own town
and extensions; full province-city-district addresses dominate, with
city-first, district-first or estate-first addresses where the store delivers
in its own town, villages with 组, Beijing 号院 / Shanghai 弄 / Chongqing
``12-3`` styles, office towers and courier-style spaced pastes.  About a third
of the rows are ordinary chat lines without any value or near-miss
(``好的收到``, ``这个颜色还有吗``).

Near-misses are what such chats are full of: prices, discounts, points,
dates and times, order / tracking / receipt / invoice numbers, coupon codes,
verification / pick-up codes and queue numbers, member and gift-card numbers,
store and staff numbers, 400 / 95xxx / 123xx hotlines, masked phones / cards /
IDs (``138****5678``), 尾号 digits, model / serial / IMEI numbers, EAN-13
barcodes, company tax IDs, sizes (shoes, clothes, beds, cakes), appliance
specs, spectacle prescriptions, body measurements, weights, ages, postal
codes, parking spots, short URLs, the shop's Wi-Fi password and a mall or
district named alone.

Seed
----
``SEED = "blind18-2026-retail-membership-第十八位写手"``; everything is drawn
from ``random.Random(SEED)`` over fixed lists and tuples.  ID-card check
digits (ISO 7064 MOD 11-2), bank-card / IMEI Luhn digits and EAN-13 check
digits are computed here.  Every near-miss whose normalised digits are 16-19
long fails Luhn and every 18-digit one fails the ID check.  Each value format
is first forced ``FORCE_PER_FMT`` (4) times into distinct templates holding
its kind; the other values draw formats by weights that follow the writer's
idea of real frequencies.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (never names; the
  corpus contains no personal names).  The span holds the value only: cue
  words and ``+86`` / ``0086`` prefixes and landline extensions (``转8021``,
  ``-8021``, ``分机8021``) are outside; separators inside a value (spaces,
  dashes, ASR commas, ``·``, the brackets around an area code) are inside.
  An address runs from its first place unit (province / city / district /
  county / town / village / road / estate) to its last house-level unit
  (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 楼 / 层 / 组 or a bare room number such as
  ``1502`` / ``3-2-1502`` / ``12-3``); spaces inside a pasted address are
  inside; what follows (``放门口``, ``菜鸟驿站``, a postal code) is outside.
  A city, district or mall alone is a near-miss, not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind18"``

Counts (``.venv/bin/python tests/privacy/pii_blind18.py``)
-----------------------------------------------------------
rows=2380: pii_rows=920, near_rows=660 (near-miss only), plain_rows=800 (ordinary chat lines,
no value, no near-miss); entities=1040 (mobile 356, address 163, wechat 85, email 78,
landline 75, plate 75, bank_card 73, id_card 69, qq 66);
near-miss spans=993 (886 in near-miss rows), 35 near-miss kinds
(price 144, date_time 134, place_only 68, size_spec 60, points 39, order_no 34, hotline 32,
verify_code 31, model_no 31, prescription 27, discount 25, pickup_code 24, spec 23, masked 23,
queue_no 21, tail_digits 20, body_metric 20, barcode 18, tracking_no 18, invoice_no 17,
staff_no 16, coupon_code 16, parking_spot 16, url 16, member_no 13, tax_id 13, serial_no 13,
weight 12, store_no 12, wifi_pwd 11, receipt_no 10, age 10, postal_code 10, imei 8,
gift_card_no 8);
formats=52 distinct, each used >= 4 times in >= 4 templates (mobile/plain_11 267 in 101
templates; the rare habits -- cn_digits, voice_commas, voice_words, local_8, local_dash,
capitalised -- 4-5 times each).
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind18-2026-retail-membership-第十八位写手"
SPLIT = "blind18"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
WRITER = "第十八位写手（单句）"
FORCE_PER_FMT = 4
N_PII = 920
N_NEAR = 660
N_PLAIN = 800

D = "0123456789"
CN = "零一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")

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


def _ean_digit(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def _fail(ds: str) -> str:
    """Tweak the last digit until a digit run fails Luhn (16-19) and the ID check (18)."""
    ds = list(ds)
    while True:
        s = "".join(ds)
        if not ((16 <= len(s) <= 19 and _luhn_ok(s)) or (len(s) == 18 and _id_ok(s))):
            return s
        ds[-1] = str((int(ds[-1]) + 1) % 10)


def _norm(v: str) -> str:
    v = v.translate(str.maketrans("０１２３４５６７８９", D))
    return re.sub(r"[\s\-·.，,()（）]", "", v)


# ----------------------------------------------------------------------------- helpers


def _digits(r: random.Random, n: int, first: str = D) -> str:
    return r.choice(first) + "".join(r.choice(D) for _ in range(n - 1))


def _cn(s: str, r: random.Random, yao: float = 0.0) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            d = int(ch)
            if d == 1 and r.random() < yao:
                out.append("幺")
            elif d == 0:
                out.append(r.choice("零〇") if yao == 0 else "零")
            else:
                out.append(CN[d])
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------- value pools

MOB_PREFIX = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "166", "173", "175", "176", "177", "178", "147", "191", "193", "195", "198", "199",
)


def _mobile(r: random.Random) -> str:
    return r.choice(MOB_PREFIX) + _digits(r, 8)


AREA8 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512",
         "0757", "0769", "0532", "0731", "0371", "0591", "0592", "0531", "0551", "0871", "0311", "0451")
AREA7 = ("0394", "0739", "0558", "0797", "0852", "0753", "0319", "0874", "0817", "0916", "0470", "0933")


def _local(r: random.Random, n: int) -> str:
    return _digits(r, n, "2345678")


EMAIL_WORDS = ("xiaoyu", "linlin", "happy", "sunny", "mumu", "tiantian", "chenchen", "lily", "amy", "coco",
               "jason", "kevin", "momo", "doudou", "yoyo", "echo", "nana", "feifei", "xiaoxiao", "dabao",
               "leo", "tony", "wangjing", "liuyang", "zhangmin", "huahua", "qingqing", "ajie", "abin",
               "yangguang", "xiaomi", "meimei", "shanshan", "lemon", "candy", "vivian", "kiki", "luckystar")
EMAIL_DOM = ("163.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "sohu.com",
             "aliyun.com", "sina.cn")
CORP_DOM = ("hzjinhe.com", "szhuaxin.com.cn", "gd-meijia.com", "yongfa-trade.cn", "cdtianfu.net",
            "whxinda.com", "njhuarun.com.cn", "qdhaibin.cn", "fsjiaju.com", "xmlvdao.com")
CORP_USER = ("caiwu", "finance", "hr", "xingzheng", "purchase", "caigou", "admin", "kefu", "fapiao",
             "office", "zongban")
FOREIGN_DOM = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")


def _handle(r: random.Random) -> str:
    w = r.choice(EMAIL_WORDS)
    k = r.random()
    if k < 0.4:
        return w + str(r.randint(1975, 2008))
    if k < 0.6:
        return w + _digits(r, r.randint(2, 4))
    if k < 0.75:
        return w + "_" + _digits(r, r.randint(2, 4))
    if k < 0.85:
        return w + "." + r.choice(EMAIL_WORDS)
    return w + r.choice(EMAIL_WORDS)


ID_REGION = ("110105", "110108", "310115", "310112", "440106", "440304", "440606", "441900", "330106",
             "330110", "320506", "320102", "420106", "510107", "510703", "500112", "610113", "430104",
             "370202", "371302", "410105", "411625", "430524", "341202", "341221", "350582", "360702",
             "520302", "450103", "230103", "130602", "530302", "522422", "411602")


def _id(r: random.Random, want_x: bool | None = False) -> str:
    while True:
        y = r.randint(1948, 2008)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = r.choice(ID_REGION) + f"{y}{m:02d}{d:02d}" + _digits(r, 3)
        c = _id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


BIN19 = ("622202", "621226", "621700", "623668", "622848", "622845", "621661", "621785", "622262",
         "621799", "622188", "623058", "621462", "622908")
BIN16 = ("621483", "621485", "622588", "625802", "622580", "625809", "436742", "622690")


def _card(r: random.Random, n: int) -> str:
    b = r.choice(BIN19 if n == 19 else BIN16)
    body = b + _digits(r, n - 1 - len(b))
    return body + _luhn_digit(body)


def _spaced4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


PLATE_PROV = (("粤", "ABCDEFHJLMNQRST"), ("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"),
              ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("鄂", "ABCDEFGHJKLMNPQRS"),
              ("湘", "ABCDEFGHJKLMN"), ("豫", "ABCDEFGHJKLMNPQRS"), ("鲁", "ABCDEFGHJKLMNPQRSUVY"),
              ("陕", "ABCDEFGHJK"), ("皖", "ABCDEFGHJKLMNPQRS"), ("闽", "ABCDEFGHJK"), ("赣", "ABCDEFGHJKLM"),
              ("黔", "ABCDEFGHJ"), ("桂", "ABCDEFGHJKLMNPR"), ("黑", "ABCDEFGHJKLMNPR"), ("冀", "ABCDEFGHJ"),
              ("云", "ADEFGHJKLMNPQRS"), ("渝", "ABCD"), ("津", "ABCDEFGHJKLMN"))
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_parts(r: random.Random, nev: bool = False) -> tuple[str, str]:
    prov, letters = PLATE_PROV[r.randrange(len(PLATE_PROV))]
    head = prov + r.choice(letters)
    if nev:
        tail = r.choice("DF") + r.choice(PLATE_L + D * 3) + _digits(r, 4)
    else:
        chars = [r.choice(D) for _ in range(5)]
        k = r.random()
        if k < 0.35:
            chars[r.randrange(5)] = r.choice(PLATE_L)
        elif k < 0.5:
            for i in r.sample(range(5), 2):
                chars[i] = r.choice(PLATE_L)
        tail = "".join(chars)
    return head, tail


WX_WORDS = EMAIL_WORDS + ("xiaolan", "aqiang", "dongdong", "guoguo", "beibei", "sisi", "yangyang",
                          "junjun", "tangtang", "panda", "miaomiao", "cherry", "apple")

# ----------------------------------------------------------------------------- geography

CITIES = (
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区", "越秀区"),
     ("天河北路", "中山大道西", "工业大道中", "广州大道南", "南洲路", "黄埔大道西", "市桥街光明北路"),
     ("保利花园", "富力天朗明居", "锦绣香江", "祈福新邨", "中海康城", "金碧世纪花园")),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区", "龙华区"),
     ("南海大道", "深南大道", "布吉路", "新安六路", "民治大道", "龙岗大道"),
     ("万科城", "碧海花园", "星海名城", "翠海花园", "东方半岛", "幸福城")),
    ("广东省", "佛山市", ("顺德区", "南海区", "禅城区"),
     ("新桂中路", "桂澜北路", "季华五路", "祖庙路"), ("美的翰城", "碧桂园", "万科金色家园", "保利花园")),
    ("广东省", "东莞市", ("南城街道", "东城街道", "长安镇", "虎门镇"),
     ("鸿福路", "东纵大道", "长青路", "连升中路"), ("万科城市高尔夫花园", "星河传说", "海德广场", "愉景花园")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "萧山区", "拱墅区", "滨江区"),
     ("文三路", "文一西路", "市心北路", "莫干山路", "江南大道"), ("西溪诚园", "翡翠城", "金色海岸", "大华西溪风情")),
    ("浙江省", "温州市", ("鹿城区", "瓯海区", "乐清市"),
     ("车站大道", "学院中路", "人民东路"), ("锦园", "绿城鹿城广场", "新城花园")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区", "昆山市"),
     ("东环路", "星湖街", "人民路", "前进西路", "苏州大道东"), ("湖畔天城", "玲珑湾", "都市花园", "中海国际社区")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "建邺区", "秦淮区"),
     ("中山北路", "双龙大道", "江东中路", "应天大街"), ("翠屏城", "月安花园", "苏宁睿城", "莱茵东郡")),
    ("四川省", "成都市", ("武侯区", "成华区", "锦江区", "双流区", "郫都区"),
     ("人民南路四段", "府青路二段", "天府大道北段", "一环路南三段", "蜀汉路"),
     ("棕北小区", "锦城南府", "蓝光圣菲", "万科城市花园")),
    ("四川省", "绵阳市", ("涪城区", "游仙区", "江油市"),
     ("临园路", "剑南路", "长虹大道北段"), ("富乐山庄", "凯德世纪城", "园艺山小区")),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区", "江岸区"),
     ("中北路", "珞喻路", "建设大道", "解放大道"), ("保利城", "金地格林小城", "万科四季花城")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区"),
     ("麓山南路", "韶山中路", "芙蓉中路二段"), ("梅溪湖壹号", "万科魅力之城", "融科东南海")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"),
     ("花园路", "大学路", "建设西路"), ("建业森林半岛", "绿城百合花园", "升龙国际")),
    ("河南省", "周口市", ("川汇区", "项城市", "淮阳区"),
     ("七一路", "莲花路", "八一大道"), ("建业城", "恒大名都", "天安小区")),
    ("山东省", "临沂市", ("兰山区", "罗庄区", "河东区"),
     ("通达路", "沂蒙路", "解放路"), ("鲁商中心", "沂河新城", "奥德花园")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"),
     ("香港中路", "海尔路", "长江中路"), ("海信慧园", "金岭新城", "浮山后四小区")),
    ("陕西省", "西安市", ("雁塔区", "未央区", "长安区"),
     ("小寨东路", "凤城八路", "长安中路"), ("曲江公馆", "紫薇田园都市", "大明宫万达广场小区")),
    ("安徽省", "阜阳市", ("颍州区", "颍泉区"), ("清河路", "人民西路"), ("金色港湾", "颍州花园")),
    ("福建省", "泉州市", ("丰泽区", "晋江市", "石狮市"), ("泉秀路", "世纪大道", "长兴路"), ("阳光城", "中骏四季康城")),
    ("江西省", "赣州市", ("章贡区", "南康区"), ("红旗大道", "章江路"), ("中航城", "赣南明珠")),
    ("贵州省", "遵义市", ("红花岗区", "汇川区"), ("海尔大道", "中华南路"), ("奥体中心小区", "遵义碧桂园")),
    ("广西壮族自治区", "南宁市", ("青秀区", "西乡塘区"), ("民族大道", "大学东路"), ("荣和山水美地", "凤岭山语城")),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区", "香坊区"), ("西大直街", "中央大街", "三大动力路"), ("群力家园", "爱建新城")),
    ("河北省", "保定市", ("竞秀区", "莲池区"), ("朝阳北大街", "七一东路"), ("恒祥城", "天鹅湖小区")),
    ("云南省", "曲靖市", ("麒麟区", "沾益区"), ("南宁北路", "麒麟南路"), ("锦绣城", "金江花园")),
)
MUNI = (
    ("北京市", ("朝阳区", "海淀区", "丰台区", "通州区", "昌平区"),
     ("望京西路", "学清路", "科丰路", "新华北路", "回龙观西大街"), ("望京西园", "天通苑", "龙泽苑", "北苑家园"), "bj"),
    ("上海市", ("浦东新区", "闵行区", "徐汇区", "宝山区", "松江区"),
     ("张杨路", "莘松路", "漕溪北路", "共和新路", "荣乐东路"), ("仁恒滨江园", "莘城苑", "春申景城"), "sh"),
    ("重庆市", ("渝北区", "江北区", "九龙坡区", "沙坪坝区"),
     ("金开大道", "建新北路", "杨家坪正街", "小龙坎正街"), ("龙湖花园", "金科天籁城", "协信星都会"), "cq"),
    ("天津市", ("南开区", "河西区", "滨海新区"),
     ("鞍山西道", "友谊路", "第二大街"), ("天房美域", "梅江芳水园", "万科城"), "tj"),
)
RURAL = (
    ("河南省", "周口市", "郸城县", "汲冢镇", ("王楼村", "小李庄村", "东刘村")),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("罗洪村", "新建村")),
    ("山东省", "临沂市", "沂南县", "界湖街道", ("东辛庄村", "北寨村")),
    ("安徽省", "阜阳市", "临泉县", "姜寨镇", ("前李村", "胡寨村")),
    ("四川省", "南充市", "南部县", "大桥镇", ("石河村", "清水村")),
    ("江西省", "赣州市", "于都县", "贡江镇", ("上欧村", "长征村")),
    ("贵州省", "毕节市", "大方县", "羊场镇", ("新华村", "大寨村")),
    ("河北省", "邢台市", "宁晋县", "凤凰镇", ("东大陆村", "西马庄村")),
    ("广东省", "梅州市", "五华县", "水寨镇", ("七都村", "大田村")),
    ("浙江省", "金华市", "义乌市", "佛堂镇", ("新丰村", "倍磊村")),
)
TOWERS = ("国际金融中心", "环球贸易广场", "中信大厦", "时代广场", "科技大厦", "创新大厦", "华润大厦", "汇金中心",
          "财富中心", "世纪商务大厦")
CN_PHASE = "一二三四五"


def _room(r: random.Random) -> str:
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _house(r: random.Random, roads, estates, allow_bare: bool = True) -> str:
    road, n, est = r.choice(roads), r.randint(1, 888), r.choice(estates)
    b, u, room = r.randint(1, 28), r.randint(1, 4), _room(r)
    k = r.randrange(9 if allow_bare else 8)
    if k == 0:
        return f"{road}{n}号{est}{b}栋{u}单元{room}室"
    if k == 1:
        return f"{road}{n}号{est}{b}栋{room}"
    if k == 2:
        return f"{est}{b}栋{u}单元{room}"
    if k == 3:
        return f"{est}{b}-{u}-{room}"
    if k == 4:
        return f"{road}{n}号{est}{b}幢{room}室"
    if k == 5:
        return f"{est}{r.choice(CN_PHASE)}期{b}号楼{u}单元{room}室"
    if k == 6:
        return f"{road}{n}号{est}{b}栋{u}单元{r.randint(2, 30)}楼"
    if k == 7:
        return f"{est}{b}栋{room}室"
    return f"{road}{n}号"


def _estate_house(r: random.Random, estates) -> str:
    est, b, u, room = r.choice(estates), r.randint(1, 28), r.randint(1, 4), _room(r)
    k = r.randrange(5)
    if k == 0:
        return f"{est}{b}栋{u}单元{room}"
    if k == 1:
        return f"{est}{b}-{u}-{room}"
    if k == 2:
        return f"{est}{r.choice(CN_PHASE)}期{b}号楼{room}"
    if k == 3:
        return f"{est}{b}栋{room}室"
    return f"{est}{b}幢{u}单元{room}室"


def _muni_house(r: random.Random, m) -> str:
    name, dists, roads, estates, style = m
    dist, road, n = r.choice(dists), r.choice(roads), r.randint(1, 600)
    b, u, room = r.randint(1, 30), r.randint(1, 6), _room(r)
    if style == "bj" and r.random() < 0.7:
        return f"{dist}{road}{n}号院{b}号楼{u}单元{room}"
    if style == "sh" and r.random() < 0.7:
        return f"{dist}{road}{n}弄{b}号{room}室"
    if style == "cq" and r.random() < 0.7:
        return f"{dist}{road}{n}号{r.choice(estates)}{b}栋{r.randint(2, 33)}-{r.randint(1, 8)}"
    return dist + _house(r, roads, estates, allow_bare=False)


# ----------------------------------------------------------------------------- value formats
# each format: (name, weight, need, fn) -- need: None (any template) or a template tag
#   "V" spoken / voice-input style template, "L" a store's own town (local number),
#   "D" delivery from a store in the customer's own town.  fn(r) -> (pre, value, post)


def m_plain(r):
    return "", _mobile(r), ""


def m_space(r):
    m = _mobile(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def m_dash(r):
    m = _mobile(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def m_86(r):
    return r.choice(("+86 ", "+86", "+86-", "0086 ", "+86 ")), _mobile(r), ""


def m_fw(r):
    return "", _mobile(r).translate(FW), ""


def m_cn(r):
    return "", _cn(_mobile(r), r), ""


def m_voice(r):
    m = _mobile(r)
    sep = r.choice(("，", "，", " ", "。"))
    return "", f"{m[:3]}{sep}{m[3:7]}{sep if sep != '。' else '，'}{m[7:]}", ""


MOBILE_FMTS = (
    ("plain_11", 74, None, m_plain),
    ("space_344", 9, None, m_space),
    ("dash_344", 4, None, m_dash),
    ("prefix86", 4, None, m_86),
    ("fullwidth_11", 2, None, m_fw),
    ("cn_digits", 3, "V", m_cn),
    ("voice_commas", 4, "V", m_voice),
)


def l_dash(r):
    return "", f"{r.choice(AREA8)}-{_local(r, 8)}", ""


def l_dash7(r):
    return "", f"{r.choice(AREA7)}-{_local(r, 7)}", ""


def l_plain(r):
    return "", r.choice(AREA8) + _local(r, 8), ""


def l_paren(r):
    a = r.choice(AREA8)
    o, c = r.choice((("(", ")"), ("（", "）")))
    return "", f"{o}{a}{c}{_local(r, 8)}", ""


def l_space(r):
    a = r.choice(AREA8)
    loc = _local(r, 8)
    return "", (f"{a} {loc}" if r.random() < 0.6 else f"{a} {loc[:4]} {loc[4:]}"), ""


def l_ext(r):
    ext = _digits(r, r.choice((3, 4)), "123456789")
    return "", f"{r.choice(AREA8)}-{_local(r, 8)}", r.choice(("转", "转", "-", "分机", " 转"))  + ext


def l_local(r):
    return "", _local(r, 8), ""


def l_localdash(r):
    loc = _local(r, 8)
    return "", f"{loc[:4]}-{loc[4:]}", ""


LANDLINE_FMTS = (
    ("area_dash", 46, None, l_dash),
    ("area_dash_7", 10, None, l_dash7),
    ("area_plain", 10, None, l_plain),
    ("paren_area", 7, None, l_paren),
    ("area_space", 6, None, l_space),
    ("area_dash_ext", 8, None, l_ext),
    ("local_8", 10, "L", l_local),
    ("local_dash", 3, "L", l_localdash),
)


def e_qq(r):
    return "", _digits(r, r.choice((8, 9, 9, 10, 10)), "123456789") + "@qq.com", ""


def e_handle(r):
    return "", _handle(r) + "@" + r.choice(EMAIL_DOM), ""


def e_mobile(r):
    return "", _mobile(r) + "@" + r.choice(("163.com", "139.com", "126.com", "qq.com")), ""


def e_corp(r):
    k = r.random()
    user = r.choice(CORP_USER) if k < 0.6 else r.choice(EMAIL_WORDS) + r.choice(("", ".", "_")) + r.choice(EMAIL_WORDS)
    return "", user + "@" + r.choice(CORP_DOM), ""


def e_foreign(r):
    return "", _handle(r) + "@" + r.choice(FOREIGN_DOM), ""


def e_cap(r):
    h = _handle(r)
    return "", h[0].upper() + h[1:] + "@" + r.choice(EMAIL_DOM + ("qq.com",)), ""


def e_fw(r):
    local = _digits(r, 9, "123456789") if r.random() < 0.5 else _handle(r)
    return "", local + "＠" + r.choice(("qq.com", "163.com", "126.com")), ""


def e_voice(r):
    local = _digits(r, r.choice((9, 10)), "123456789")
    dom = r.choice(("qq点com", "QQ点com", "qq点com", "一六三点com"))
    at = r.choice(("艾特", "圈a", "艾特"))
    return "", _cn(local, r, yao=0.9) + at + dom, ""


EMAIL_FMTS = (
    ("qq_numeric", 42, None, e_qq),
    ("handle_common", 24, None, e_handle),
    ("mobile_local", 9, None, e_mobile),
    ("corp_domain", 9, None, e_corp),
    ("foreign_mail", 5, None, e_foreign),
    ("capitalised", 4, None, e_cap),
    ("fullwidth_at", 3, None, e_fw),
    ("voice_words", 3, "V", e_voice),
)


def i_plain(r):
    return "", _id(r, False), ""


def i_upper(r):
    return "", _id(r, True), ""


def i_lower(r):
    return "", _id(r, True).lower(), ""


def i_space(r):
    s = _id(r, None)
    return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""


ID_FMTS = (
    ("plain_18", 76, None, i_plain),
    ("upper_x", 10, None, i_upper),
    ("lower_x", 4, None, i_lower),
    ("space_6_8_4", 6, None, i_space),
)


def b_19(r):
    return "", _card(r, 19), ""


def b_16(r):
    return "", _card(r, 16), ""


def b_space(r):
    return "", _spaced4(_card(r, r.choice((16, 19, 19)))), ""


BANK_FMTS = (
    ("plain_19", 48, None, b_19),
    ("plain_16", 20, None, b_16),
    ("space_4", 26, None, b_space),
)


def q_9(r):
    return "", _digits(r, 9, "123456789"), ""


def q_10(r):
    return "", _digits(r, 10, "123"), ""


def q_short(r):
    return "", _digits(r, r.choice((5, 6, 7, 7, 8, 8, 8)), "123456789"), ""


QQ_FMTS = (
    ("qq_9", 40, None, q_9),
    ("qq_10", 36, None, q_10),
    ("qq_5to8", 20, None, q_short),
)


def w_ld(r):
    w = r.choice(WX_WORDS)
    return "", w + (str(r.randint(1970, 2010)) if r.random() < 0.5 else _digits(r, r.randint(2, 4))), ""


def w_us(r):
    return "", r.choice(WX_WORDS) + "_" + (f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" if r.random() < 0.5
                                          else r.choice(("520", "666", "888", "1314", "99")) + _digits(r, 1)), ""


def w_dash(r):
    return "", r.choice(WX_WORDS) + "-" + _digits(r, r.randint(3, 4)), ""


def w_mixed(r):
    while True:
        a, b = r.choice(WX_WORDS), r.choice(WX_WORDS)
        v = a.capitalize() + r.choice(("", "_")) + b.capitalize() + _digits(r, r.randint(2, 4))
        if len(v) <= 20:
            return "", v, ""


def w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""


def w_letters(r):
    while True:
        v = r.choice(WX_WORDS) + r.choice(WX_WORDS)
        if 6 <= len(v) <= 20:
            return "", v, ""


WECHAT_FMTS = (
    ("letters_digits", 38, None, w_ld),
    ("underscore", 20, None, w_us),
    ("dash", 7, None, w_dash),
    ("mixed_case", 12, None, w_mixed),
    ("wxid_default", 9, None, w_wxid),
    ("letters_only", 8, None, w_letters),
)


def p_std(r):
    h, t = _plate_parts(r)
    return "", h + t, ""


def p_nev(r):
    h, t = _plate_parts(r, nev=True)
    return "", h + t, ""


def p_dot(r):
    h, t = _plate_parts(r, nev=r.random() < 0.25)
    return "", h + "·" + t, ""


def p_space(r):
    h, t = _plate_parts(r, nev=r.random() < 0.25)
    return "", h + " " + t, ""


def p_lower(r):
    h, t = _plate_parts(r, nev=r.random() < 0.2)
    return "", (h + t).lower(), ""


PLATE_FMTS = (
    ("std_7", 56, None, p_std),
    ("nev_8", 22, None, p_nev),
    ("dot_sep", 8, None, p_dot),
    ("space_sep", 9, None, p_space),
    ("lower_case", 5, None, p_lower),
)


def a_full(r):
    prov, city, dists, roads, estates = CITIES[r.randrange(len(CITIES))]
    return "", prov + city + r.choice(dists) + _house(r, roads, estates), ""


def a_city(r):
    _, city, dists, roads, estates = CITIES[r.randrange(len(CITIES))]
    return "", city + r.choice(dists) + _house(r, roads, estates), ""


def a_muni(r):
    m = MUNI[r.randrange(len(MUNI))]
    return "", m[0] + _muni_house(r, m), ""


def a_district(r):
    if r.random() < 0.25:
        m = MUNI[r.randrange(len(MUNI))]
        return "", _muni_house(r, m), ""
    _, _, dists, roads, estates = CITIES[r.randrange(len(CITIES))]
    return "", r.choice(dists) + _house(r, roads, estates), ""


def a_estate(r):
    _, _, _, _, estates = CITIES[r.randrange(len(CITIES))]
    return "", _estate_house(r, estates), ""


def a_rural(r):
    prov, city, county, town, villages = RURAL[r.randrange(len(RURAL))]
    g = r.randint(1, 12)
    grp = f"{g}组" if r.random() < 0.5 else f"{CN[g] if g < 10 else '十' + (CN[g - 10] if g > 10 else '')}组"
    tail = f"{r.choice(villages)}{grp}" + (f"{r.randint(1, 80)}号" if r.random() < 0.5 else "")
    head = prov + city if r.random() < 0.6 else city
    return "", head + county + town + tail, ""


def a_office(r):
    prov, city, dists, roads, _ = CITIES[r.randrange(len(CITIES))]
    t = r.choice(TOWERS)
    fl = r.randint(3, 45)
    end = r.choice((f"{fl}楼", f"{fl}层", f"{fl}{r.randint(1, 20):02d}室", f"A座{fl}{r.randint(1, 20):02d}",
                    f"{fl}楼{fl}{r.randint(1, 20):02d}"))
    head = (prov + city) if r.random() < 0.3 else city
    return "", head + r.choice(dists) + r.choice(roads) + f"{r.randint(1, 3999)}号" + t + end, ""


def a_spaced(r):
    prov, city, dists, roads, estates = CITIES[r.randrange(len(CITIES))]
    parts = [prov, city, r.choice(dists), f"{r.choice(roads)}{r.randint(1, 888)}号", r.choice(estates),
             f"{r.randint(1, 28)}栋", f"{_room(r)}"]
    if r.random() < 0.4:
        parts.pop(0)
    return "", " ".join(parts), ""


ADDRESS_FMTS = (
    ("full_province", 30, None, a_full),
    ("city_start", 20, None, a_city),
    ("municipality", 12, None, a_muni),
    ("district_start", 12, "D", a_district),
    ("estate_start", 9, "D", a_estate),
    ("rural", 10, None, a_rural),
    ("office_tower", 6, None, a_office),
    ("spaced_paste", 4, None, a_spaced),
)

_FMT_TABLES = (
    ("mobile", MOBILE_FMTS), ("landline", LANDLINE_FMTS), ("email", EMAIL_FMTS), ("id_card", ID_FMTS),
    ("bank_card", BANK_FMTS), ("qq", QQ_FMTS), ("wechat", WECHAT_FMTS), ("plate", PLATE_FMTS),
    ("address", ADDRESS_FMTS),
)
FMTS = {k: {name: (w, need, fn) for name, w, need, fn in tab} for k, tab in _FMT_TABLES}

# ----------------------------------------------------------------------------- near-miss values


def n_price(r):
    n = r.choice((r.randint(6, 99), r.randint(100, 999), r.randint(100, 999), r.randint(1000, 15999)))
    k = r.random()
    if k < 0.35:
        return f"{n}元"
    if k < 0.5:
        return f"¥{n}"
    if k < 0.6:
        return f"{n}块"
    if k < 0.68:
        return f"{n}.00"
    if k < 0.78:
        return f"{n - 1}.9元" if n > 10 else f"{n}.5元"
    return str(n)


def _price_str(r, n: int) -> str:
    k = r.random()
    if k < 0.4:
        return f"{n}元"
    if k < 0.55:
        return f"¥{n}"
    if k < 0.65:
        return f"{n}块"
    if k < 0.72:
        return f"{n}.00"
    return str(n)


def n_price_s(r):
    return _price_str(r, r.randint(3, 60))


def n_price_m(r):
    return _price_str(r, r.choice((r.randint(60, 600), r.choice((99, 129, 199, 299, 399, 499, 599)))))


def n_price_l(r):
    return _price_str(r, r.choice((r.randint(800, 12999), r.choice((1999, 2999, 3999, 4999, 6999, 8999)))))


def n_round_big(r):
    return _price_str(r, r.choice((500, 1000, 1000, 2000, 3000, 5000)))


def n_round_small(r):
    return _price_str(r, r.choice((20, 30, 50, 50, 100, 100, 200)))


def n_discount(r):
    return r.choice(("8.8折", "7.5折", "85折", "95折", "9折", "8折", "6.8折", "9.5折", "7折"))


def n_points(r):
    n = r.randint(60, 38000)
    k = r.random()
    if k < 0.6:
        return str(n)
    if k < 0.8 and n >= 1000:
        return f"{n:,}"
    return f"{n}分"


def n_date(r):
    m, d, h, mi = r.randint(1, 12), r.randint(1, 28), r.randint(9, 21), r.choice((0, 0, 15, 30, 30, 45))
    return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"2025-{m:02d}-{d:02d}", f"{h}:{mi:02d}",
                     f"{m}月{d}号下午{h - 12 if h > 12 else h}点", f"2025年{m}月{d}日", f"{m}/{d}",
                     f"{h}点{'半' if mi == 30 else ''}", f"{m}月{d}号{h}:{mi:02d}"))


def n_order(r):
    n = r.choice((12, 14, 16, 18, 19, 19, 20))
    ds = r.choice(("2", "3", "1", "5", "6")) + _digits(r, n - 1)
    if 16 <= n <= 19:
        ds = _fail(ds)
    k = r.random()
    if k < 0.15:
        return "DD" + ds
    if k < 0.22:
        return "SO" + ds
    return ds


def n_tracking(r):
    k = r.randrange(6)
    if k == 0:
        return "SF" + _digits(r, 13, "1")
    if k == 1:
        return "JT" + _digits(r, 13, "3")
    if k == 2:
        return "YT" + _digits(r, 13, "7")
    if k == 3:
        return "75" + _digits(r, 12)
    if k == 4:
        return "43" + _digits(r, 11)
    return "JDX0" + _digits(r, 11)


def n_coupon(r):
    if r.random() < 0.5:
        ds = _digits(r, 12, "123456789")
        return _spaced4(ds) if r.random() < 0.5 else ds
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice((8, 10))))


def n_verify(r):
    return _digits(r, r.choice((4, 6, 6)))


def n_pickup(r):
    k = r.random()
    if k < 0.4:
        return _digits(r, 6, "123456789")
    if k < 0.7:
        return f"{r.randint(1, 9)}-{r.randint(1, 6)}-{_digits(r, 4, '123456789')}"
    return r.choice("ABCDK") + _digits(r, 3)


def n_queue(r):
    return r.choice((r.choice("ABC") + str(r.randint(1, 99)), r.choice("ABC") + f"{r.randint(1, 99):03d}",
                     f"{r.randint(1, 150)}号"))


def n_hotline(r):
    k = r.randrange(6)
    if k == 0:
        return f"400-{_digits(r, 3, '1235689')}-{_digits(r, 4)}"
    if k == 1:
        return "400" + _digits(r, 7, "1235689")
    if k == 2:
        return f"400 {_digits(r, 3, '1235689')} {_digits(r, 4)}"
    if k == 3:
        return "95" + _digits(r, 3)
    if k == 4:
        return f"800-{_digits(r, 3, '89')}-{_digits(r, 4)}"
    return r.choice(("12315", "12345", "10086", "10010", "95588", "95533", "95555", "10000"))


def n_masked(r):
    k = r.randrange(5)
    m = _mobile(r)
    if k <= 1:
        return m[:3] + "****" + m[7:]
    if k == 2:
        return m[:3] + "******" + m[9:]
    if k == 3:
        return _spaced4(_card(r, 16)[:4] + "********" + _digits(r, 4)).replace("********", "**** ****")
    s = _id(r, None)
    return s[:4] + "*" * 10 + s[14:]


def n_tail(r):
    return _digits(r, 4)


def n_member(r):
    k = r.randrange(4)
    if k == 0:
        return "VIP" + _digits(r, 8)
    if k == 1:
        return "8" + _digits(r, 11)
    if k == 2:
        return "M" + _digits(r, 9)
    return "6688" + _digits(r, 8)


def n_giftcard(r):
    ds = _fail(r.choice(("88", "90", "2336", "7100")) + _digits(r, r.choice((16, 19)) - 2))
    if not (16 <= len(ds) <= 19):
        ds = _fail(ds[:16])
    return _spaced4(ds) if r.random() < 0.4 else ds


def n_store(r):
    return r.choice((_digits(r, 4, "123456789"), "A" + _digits(r, 4), r.choice(("SZ", "GZ", "HZ", "CD")) + _digits(r, 3),
                     r.choice(("GZ-", "BJ-", "WH-")) + _digits(r, 4)))


def n_staff(r):
    return r.choice((_digits(r, 5, "0"), "A" + _digits(r, 4), _digits(r, 4, "123456789"), "SZ" + _digits(r, 4)))


MODELS = ("KFR-35GW/N8MJA3", "KFR-72LW/BP3DN8Y", "BCD-501WKPZM(E)", "BCD-470WTPM", "XQG100-HBD14126L",
          "65E3H", "75V8M", "55A6G", "L55M7-A2", "SM-S9280", "V2309A", "PJZ110", "23127PN0CC", "A3102",
          "JZT-Q216B", "EG10014B39GU1", "TA-G200A", "WH-1000XM5", "RX-V685", "K12-03", "MR-2033")


def n_model(r):
    return r.choice(MODELS)


def n_ac(r):
    return r.choice(("1.5匹", "大1匹", "3匹", "2匹", "1匹", "大1.5匹"))


def n_tv(r):
    return r.choice(("55英寸", "65寸", "75寸", "85寸", "65英寸", "100寸", "43寸"))


def n_phone_spec(r):
    return r.choice(("256G", "512G", "1TB", "12+256G", "16+512", "8+128", "128G", "12+512"))


def n_washer(r):
    return r.choice(("10公斤", "8公斤", "12kg", "10kg"))


def n_heater(r):
    return r.choice(("60升", "80升", "16升", "13L", "50L"))


def n_imei(r):
    body = "86" + _digits(r, 12)
    return body + _luhn_digit(body)


def n_serial(r):
    while True:
        v = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice((10, 12))))
        if re.search(r"[A-Z]", v) and re.search(r"[0-9]", v):
            return v


def n_shoe(r):
    return r.choice((f"{r.choice((35, 36, 37, 38, 39, 40, 41, 42, 43, 44))}码", f"{r.choice(('37.5', '42.5', '40.5', '39.5'))}码",
                     f"{r.choice((36, 38, 40, 42, 43))}", f"{r.choice((240, 250, 260, 270))}"))


def n_cloth(r):
    return r.choice(("175/92A", "165/84A", "180/100A", "170/88A", "160/80A", "155/76A", "XL码", "L码", "M码",
                     f"{r.choice((26, 27, 28, 29, 30, 31, 32))}码", "2XL", "110码", "130码"))


def n_bed(r):
    return r.choice(("1.8米", "1.5米", "2米", "1.2米", "180x200", "150x200", "200×220", "1.8×2.0米"))


def n_cake(r):
    return f"{r.choice((6, 8, 8, 10, 12, 14))}寸"


def n_sofa(r):
    return r.choice(("3米", "2.8米", "3.2米", "2.4米", "3.6米"))


def n_rx_deg(r):
    d = r.choice(range(100, 900, 25))
    return r.choice((f"{d}度", f"-{d / 100:.2f}", f"-{d / 100:.2f}D", f"{d}度"))


def n_rx_cyl(r):
    c = r.choice(range(25, 300, 25))
    return r.choice((f"{c}度", f"-{c / 100:.2f}", f"{c}"))


def n_rx_pd(r):
    return r.choice((f"{r.randint(56, 70)}mm", f"{r.randint(56, 70)}", f"{r.randint(56, 70)}.5"))


def n_rx_add(r):
    a = r.choice((100, 150, 200, 250, 300))
    return r.choice((f"{a}度", f"+{a / 100:.2f}"))


def n_barcode(r):
    body = "69" + _digits(r, 10)
    return body + _ean_digit(body)


def n_invoice(r):
    return _digits(r, 8, "0") if r.random() < 0.45 else "25" + _digits(r, 18)


def n_taxid(r):
    """A unified social credit code: 2 type chars, 6 region digits, 9 organisation chars, 1 check char."""
    org = "MA" + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") + "".join(
        r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    return r.choice(("91", "91", "92", "93")) + r.choice(ID_REGION) + org + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")


def n_receipt(r):
    return r.choice((f"{_digits(r, 4, '0')}-25{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 4, '0')}", _digits(r, 8, "1"),
                     "NO." + _digits(r, 10, "0")))


PLACES = ("天河区", "万达广场", "吾悦广场", "大悦城", "万象城", "龙湖天街", "银泰城", "宝安区", "步行街", "高铁站",
          "朝阳大悦城", "江宁万达", "西单", "春熙路", "五一广场", "解放碑", "观音桥", "新街口", "徐家汇", "南山区",
          "印象城", "凯德广场", "宝龙广场", "老城区", "县城", "海岸城", "世纪联华", "城西银泰", "东门")


def n_place(r):
    return r.choice(PLACES)


def n_postal(r):
    return r.choice(("510630", "518057", "310012", "215000", "610041", "430070", "466000", "422000", "276000",
                     "266071", "710061", "100102", "200127", "528300", "523000", "362200"))


def n_parking(r):
    return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 380):03d}",
                     f"B{r.randint(1, 2)}-{r.choice('ABCDE')}{r.randint(1, 99):03d}",
                     f"P{r.randint(1, 4)}-{r.randint(1, 200):03d}",
                     f"负{r.choice('一二')}层{r.choice('ABCD')}区{r.randint(1, 120)}号"))


def n_url(r):
    code = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice((6, 7, 8))))
    return r.choice((f"https://m.tb.cn/h.{code}", f"https://t.cn/{code}", f"https://u.jd.com/{code}",
                     f"https://v.douyin.com/{code}/", f"https://s.youzan.com/{code}", f"http://dwz.cn/{code}"))


def n_wifi(r):
    return r.choice(("88888888", "12345678", "66668888", "66666666", "88886666", "11223344",
                     r.choice(("coco", "tea", "bread", "cafe", "vip", "ok")) + r.choice(("8888", "6666", "2025", "1234")),
                     "20250101", "abc12345"))


def n_height(r):
    return r.choice((f"{r.randint(150, 188)}cm", f"{r.randint(150, 188)}", f"1米{r.randint(50, 85)}"))


def n_bodyweight(r):
    return r.choice((f"{r.randint(40, 95)}kg", f"{r.randint(80, 190)}斤", f"{r.randint(80, 190)}"))


def n_weight(r):
    return r.choice((f"{r.randint(1, 5)}斤", f"{r.randint(1, 4)}.{r.randint(1, 9)}kg", f"{r.choice((250, 500, 750))}克",
                     f"{r.randint(2, 10)}斤"))


def n_old_age(r):
    return f"{r.randint(55, 89)}岁"


def n_kid_age(r):
    return f"{r.randint(3, 14)}岁"


def n_day(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"2025-{m:02d}-{d:02d}", f"2025年{m}月{d}日", f"{m}/{d}"))


def n_clock(r):
    h, mi = r.randint(9, 21), r.choice((0, 0, 15, 30, 30, 45))
    h12 = h - 12 if h > 12 else h
    return r.choice((f"{h}:{mi:02d}", f"{h12}点{'半' if mi == 30 else ''}", f"{h}点", f"{h}:{mi:02d}"))


# marker name -> (near-miss kind written in the labels, generator)
NEAR: dict[str, tuple[str, object]] = {
    "price": ("price", n_price), "price_s": ("price", n_price_s), "price_m": ("price", n_price_m),
    "price_l": ("price", n_price_l), "round_big": ("price", n_round_big), "round_small": ("price", n_round_small),
    "discount": ("discount", n_discount), "points": ("points", n_points),
    "date_time": ("date_time", n_date), "day": ("date_time", n_day), "clock": ("date_time", n_clock),
    "close": ("date_time", lambda r: r.choice(("21:00", "21:30", "22:00", "22:30", "晚上10点", "9点半", "十点"))),
    "order_no": ("order_no", n_order), "tracking_no": ("tracking_no", n_tracking),
    "coupon_code": ("coupon_code", n_coupon), "verify_code": ("verify_code", n_verify),
    "pickup_code": ("pickup_code", n_pickup), "queue_no": ("queue_no", n_queue), "hotline": ("hotline", n_hotline),
    "masked": ("masked", n_masked), "tail_digits": ("tail_digits", n_tail), "member_no": ("member_no", n_member),
    "gift_card_no": ("gift_card_no", n_giftcard), "store_no": ("store_no", n_store), "staff_no": ("staff_no", n_staff),
    "model_no": ("model_no", n_model), "imei": ("imei", n_imei), "serial_no": ("serial_no", n_serial),
    "ac": ("spec", n_ac), "tv": ("spec", n_tv), "phone_spec": ("spec", n_phone_spec), "washer": ("spec", n_washer),
    "heater": ("spec", n_heater),
    "shoe": ("size_spec", n_shoe), "cloth": ("size_spec", n_cloth), "bed": ("size_spec", n_bed),
    "cake": ("size_spec", n_cake), "sofa": ("size_spec", n_sofa),
    "rx_deg": ("prescription", n_rx_deg), "rx_cyl": ("prescription", n_rx_cyl), "rx_pd": ("prescription", n_rx_pd),
    "rx_add": ("prescription", n_rx_add),
    "barcode": ("barcode", n_barcode), "invoice_no": ("invoice_no", n_invoice), "tax_id": ("tax_id", n_taxid),
    "receipt_no": ("receipt_no", n_receipt), "place_only": ("place_only", n_place),
    "postal_code": ("postal_code", n_postal), "parking_spot": ("parking_spot", n_parking), "url": ("url", n_url),
    "wifi_pwd": ("wifi_pwd", n_wifi), "height": ("body_metric", n_height), "bodyweight": ("body_metric", n_bodyweight),
    "weight": ("weight", n_weight), "old_age": ("age", n_old_age), "kid_age": ("age", n_kid_age),
}

# ----------------------------------------------------------------------------- templates
# {P:kind} a value of that kind, {P:kind@1} the same value again, {N:kind} a near-miss.
# A template is a string or (string, tags); tags: V spoken / voice input, L the store's own
# town (a local number), D delivery from a store in the customer's own town.

PII_T: dict[str, list] = {
    "mobile": [
        "你好，办个会员，手机号{P:mobile}",
        "会员注册手机号填{P:mobile}，生日是{N:day}",
        "帮我查下积分，{P:mobile}",
        "{P:mobile}",
        "{P:mobile}",
        "{P:mobile} 帮我看看这个号下面还有几张券",
        "我的会员号就是手机号{P:mobile}，刚才结账忘报了，积分能补吗",
        "小票在这，会员电话{P:mobile}，麻烦补录一下积分",
        "姐，生日礼还没领，我手机{P:mobile}",
        "生日蛋糕订好了，{N:date_time}来拿，联系电话{P:mobile}",
        "定金{N:price}已付，取货人电话{P:mobile}",
        "麻烦到了给我打电话{P:mobile}，我下楼拿",
        "我老公的号{P:mobile}，能不能把他的积分转到我这个{P:mobile}上",
        "收货电话改一下，改成{P:mobile}",
        "眼镜做好了麻烦打{P:mobile}通知我",
        "刚才打我电话的是你们店吗？我是{P:mobile}",
        "验证码发到我女儿手机上了，她号是{P:mobile}",
        "手机号{P:mobile}（微信同号），有到货麻烦说一声",
        "我妈不会用微信，有事打她电话{P:mobile}",
        "换号了，新号码{P:mobile}，会员帮我改过来",
        "旧号{P:mobile}不用了，积分能转到新号{P:mobile}吗",
        "您好，我是{N:place_only}店的导购，以后有活动第一时间通知您，我电话{P:mobile}",
        "店长手机{P:mobile}，24小时开机，售后问题直接打",
        "安装师傅电话{P:mobile}，他明天上午联系您",
        "送货司机电话{P:mobile}，他大概{N:clock}到",
        "我是{P:mobile}，上周在你们店买的跑鞋，鞋底开胶了",
        "手机报修：型号{N:model_no}，联系电话{P:mobile}",
        "麻烦帮我约{N:date_time}验光，电话{P:mobile}",
        "订一个{N:cake}的蛋糕，电话{P:mobile}，下午来取",
        "奶茶群的福利怎么领？我手机号{P:mobile}",
        "会员卡丢了，登记的手机{P:mobile}，能补办吗",
        "积分兑换的锅还没到，兑换用的手机号{P:mobile}",
        "储值卡绑的{P:mobile}，余额还有{N:price}吗",
        "帮我留一件{N:cloth}的，我明天来拿，{P:mobile}",
        "调货到了打我电话 {P:mobile} 谢谢",
        "家里老人的号是{P:mobile}，送货前先打这个",
        "手机号 {P:mobile}\n地址 {P:address}",
        "收货人：本人\n电话：{P:mobile}\n地址：{P:address}",
        "送到{P:address}，电话{P:mobile}，放门卫就行",
        "我朋友也想办会员，她号{P:mobile}，你直接帮她注册吧",
        "扫码注册一直收不到验证码，号码是{P:mobile}",
        "我用{P:mobile}登录小程序显示未注册",
        "周六那个会员日活动我报名，{P:mobile}",
        "你们店长电话多少？我之前存的{P:mobile}打不通",
        "我加你企微了，备注了手机号{P:mobile}",
        "退款到了吗？下单手机号{P:mobile}",
        "线上下单门店自提，预留手机{P:mobile}，取货码{N:pickup_code}",
        "我是{P:mobile}的会员，积分{N:points}怎么显示冻结了",
        "以旧换新回收师傅电话{P:mobile}，上门时间{N:date_time}",
        "新店开业，欢迎过来玩，店长电话{P:mobile}",
        "预约{N:date_time}到店试衣，联系电话{P:mobile}",
        "帮我妈也登记一下，{P:mobile}，她{N:old_age}了，有没有老年会员折扣",
        "麻烦把发票寄出来，电话{P:mobile}，地址{P:address}",
        "手机号码：{P:mobile}",
        "联系方式{P:mobile}",
        "电话{P:mobile}，下单了帮我备注少冰",
        "这是我新手机号{P:mobile}，原来的停机了",
        "麻烦通知一下{P:mobile}这个号，我爸的眼镜到了",
        "我儿子的号{P:mobile}，让他自己来取",
        "送水果那单，收货号码写错了，应该是{P:mobile}",
        "加一下我{P:mobile}，我把图片发你",
        "你直接拨{P:mobile}找我，我不常看企微",
        "我是昨天买羽绒服那个，{P:mobile}，尺码想换{N:cloth}",
        "空调装好了，师傅说有问题打他{P:mobile}",
        "营业员让我加这个号{P:mobile}，是你们店的吗",
        "{P:mobile}这个号已经是会员了吗",
        "手机尾号{N:tail_digits}那个不是我，我的是{P:mobile}",
        "以后短信发这个号 {P:mobile}，另一个不用了",
        "生日月双倍积分，会员号{P:mobile}，生日{N:day}",
        "退押金联系我{P:mobile}",
        "订单{N:order_no}的收货电话换成{P:mobile}",
        "验证码{N:verify_code}，手机号{P:mobile}，帮我注册一下",
        "会员日满{N:price_m}送礼品，我号码{P:mobile}",
        "号码是{P:mobile}，{P:mobile@1}，别记错了",
        "我换了个手机号 {P:mobile} 原来那个{P:mobile}停用了",
        "【店长名片】\n{N:place_only}店 店长\n手机：{P:mobile}\n微信：{P:wechat}\n门店电话：{P:landline}",
        "【名片】门店顾问 手机{P:mobile} 微信同号，门店地址点定位",
        "您好，我是咱们店的专属顾问，电话{P:mobile}，微信{P:wechat}，有需要随时找我",
        "联系人：本人\n手机：{P:mobile}\n座机：{P:landline}\n地址：{P:address}",
        "手机：{P:mobile}  QQ：{P:qq}  邮箱：{P:email}",
        "我是配送员，你的菜到楼下了，电话{P:mobile}",
        "店员帮我登记的是{P:mobile}，可是短信一直没收到",
        "家具的售后找谁？我订单电话{P:mobile}",
        "婚鞋预定，{N:shoe}，电话{P:mobile}，{N:day}要用",
        "我是新来的店长，以后咱们店的事找我就行，{P:mobile}",
        "您的专属导购已更换，新导购电话{P:mobile}",
        "请问{P:mobile}这个号码能同时绑两家店的会员吗",
        ("喂你好我是昨天办会员那个手机号是{P:mobile}你帮我看一下积分到了没有", "V"),
        ("我电话是{P:mobile}到了你打我电话就行", "V"),
        ("你好我想订个蛋糕明天下午来拿我的电话是{P:mobile}", "V"),
        ("那个手机号码是{P:mobile}我妈的眼镜好了没有", "V"),
        ("我的手机号是{P:mobile}你记一下", "V"),
        ("师傅你到了打{P:mobile}我下来开门", "V"),
        ("会员电话{P:mobile}我上次买的那个电饭煲有点问题", "V"),
        ("手机号{P:mobile}手机号{P:mobile@1}", "V"),
        ("我女儿电话是{P:mobile}有什么事你找她", "V"),
        ("你记一下我的号码{P:mobile}到了给我打电话", "V"),
    ],
    "landline": [
        ("店里座机{P:landline}，打我手机没人接就打这个", "L"),
        "公司前台电话{P:landline}，送货前提前打",
        "开专票：电话{P:landline}，税号{N:tax_id}",
        ("我家座机{P:landline}，白天我妈在家", "L"),
        ("门店电话{P:landline}，营业到晚上十点", "L"),
        "您好，这是我们{N:place_only}店的电话{P:landline}，有事可以直接打",
        "售后电话{P:landline}，不是400那个",
        "打了你们{P:landline}一直占线",
        "家具送货联系单位电话{P:landline}，找后勤",
        "电话：{P:landline}\n手机：{P:mobile}",
        ("门店座机 {P:landline}，店长手机 {P:mobile}", "L"),
        "收件人单位电话{P:landline}，寄发票用",
        "我办公室电话{P:landline}，下午都在",
        "安装的时候打我家里电话{P:landline}",
        "我们是{N:place_only}那边的批发部，电话{P:landline}，想问下团购价",
        "这个{P:landline}是你们分店的电话吗？打过去说打错了",
        "眼镜店电话改了，新的是{P:landline}",
        ("有事打{P:landline}，前台会转给我", "L"),
        "单位团购员工福利卡，联系电话{P:landline}",
        "店里固话{P:landline}，订蛋糕可以直接打",
        ("座机{P:landline}", "L"),
        "我们酒店前台{P:landline}，水果篮送到前台就行",
        "学校后勤电话{P:landline}，校服那批货送之前联系",
        "幼儿园电话{P:landline}，订的生日蛋糕送园里",
        "维修站电话{P:landline}，你们说可以寄过去修",
        "老家座机{P:landline}，寄到了打这个",
        ("你打我们家座机{P:landline}我爸在家", "VL"),
        ("咱们店电话是{P:landline}，导航搜店名也行", "L"),
        "开票信息：税号{N:tax_id}，电话{P:landline}，邮箱{P:email}",
        "{P:landline}",
    ],
    "email": [
        "电子发票发我邮箱{P:email}，谢谢",
        "发票抬头个人，邮箱{P:email}",
        "麻烦把电子质保卡发{P:email}",
        "{P:email}",
        "验光单能发邮箱吗？{P:email}",
        "会员账单寄这个邮箱{P:email}",
        "我邮箱是{P:email}，合同扫描件发这里",
        "家具的安装说明书PDF发我{P:email}",
        "公司采购，报价单发{P:email}，抄送一下我",
        "邮箱{P:email}，发票开好麻烦说一声",
        "团购发票发到财务邮箱{P:email}",
        "上次发的{P:email}是错的，正确的是{P:email}",
        "我用{P:email}注册的官网会员，积分没同步",
        "发票发到我常用的邮箱{P:email}",
        "发票号码{N:invoice_no}那张重新发一下到{P:email}",
        "订单{N:order_no}的发票，邮箱{P:email}",
        "这个邮箱收不到，换{P:email}试试",
        "保修凭证扫描一下发{P:email}",
        "店长邮箱{P:email}，有投诉建议可以发过来",
        "大件家具的送货单发到{P:email}",
        "发票抬头：个人\n邮箱：{P:email}\n手机：{P:mobile}",
        ("发票你发我邮箱{P:email}就可以了", "V"),
        ("我的邮箱是{P:email}你发那个就行", "V"),
        ("邮箱地址{P:email}麻烦发一下电子发票", "V"),
        ("你把那个清单发我邮箱吧{P:email}", "V"),
        ("那个发票开好了发到{P:email}谢谢", "V"),
        "发票邮箱：{P:email}（别发短信了看不到）",
        "请把电子会员卡发到{P:email}",
        "报销要专票，税号{N:tax_id}，开好发{P:email}",
    ],
    "qq": [
        "我没微信，加我QQ{P:qq}",
        "QQ：{P:qq}",
        "我QQ是{P:qq}，截图发QQ上吧",
        "加一下QQ {P:qq}，备注买手机的",
        "我儿子的QQ{P:qq}，游戏点卡充这个号",
        "Q币充值，QQ号{P:qq}，充{N:round_small}",
        "之前在你们QQ群里报名的，我的QQ号{P:qq}",
        "企微我不常用，有事QQ找我{P:qq}",
        "扣扣{P:qq}",
        "我qq{P:qq}",
        "店长你加我QQ吧，{P:qq}，微信被封了",
        "QQ号码{P:qq}，发照片更清楚",
        "售后的照片我发你们客服QQ了，我是{P:qq}",
        "会员群是QQ群吗？我QQ号{P:qq}",
        "我女儿用QQ多，{P:qq}，优惠券可以发这里吗",
        "我的QQ{P:qq}，邮箱也是这个",
        "加QQ:{P:qq}，传发票照片",
        "QQ {P:qq}（验证写买家具）",
        "这个QQ号{P:qq}是我本人的",
        "以前用的QQ是{P:qq}，现在用这个{P:qq}",
        ("我QQ号{P:qq}你加我一下", "V"),
        "QQ：{P:qq}  手机：{P:mobile}",
        "我QQ{P:qq}，买的是{N:model_no}",
        "腾讯视频会员充到QQ{P:qq}上",
    ],
    "wechat": [
        "微信号{P:wechat}，加我一下拉进会员群",
        "我微信{P:wechat}，手机号搜不到",
        "店长微信：{P:wechat}，每天朋友圈发新款",
        "vx：{P:wechat}",
        "企微加不上，加我个人微信{P:wechat}吧",
        "微信号是{P:wechat}，备注一下门店名",
        "我闺女的微信{P:wechat}，生日券发她那",
        "加我微信{P:wechat}，我把户型图发你",
        "搜{P:wechat}，头像是一只猫",
        "V：{P:wechat}",
        "导购微信{P:wechat}，有事找她",
        "wx {P:wechat}",
        "微信号{P:wechat}（不是手机号）",
        "我的微信{P:wechat}，转账截图在这",
        "私人微信{P:wechat}，节假日也能找我",
        "这是我们店的福利官微信{P:wechat}，扫不了码就搜这个",
        "微信搜一下{P:wechat}，发送好友申请了",
        "我微信号改了，现在是{P:wechat}",
        "加不上你的{P:wechat}，是不是设置了不能搜",
        "让我老公加你，他微信{P:wechat}",
        "微信：{P:wechat}\n电话：{P:mobile}",
        "添加店长微信{P:wechat}可以领新人券",
        "加我微信吧{P:wechat}，企业微信消息总收不到",
        "这个号{P:wechat}是我们门店的工作微信",
        "我的vx是{P:wechat}，你加的时候备注眼镜",
        "麻烦加下{P:wechat}，群满了拉不进",
        "微信{P:wechat}，手机{P:mobile}，周末都在",
        "{P:wechat}",
    ],
    "plate": [
        "会员停车抵扣，车牌{P:plate}",
        "帮我登记一下车牌{P:plate}，今天消费满了",
        "送货车{P:plate}到了，麻烦跟保安说一声放行",
        "车牌号{P:plate}，停B2，出场还要交钱吗",
        "家具店的货车{P:plate}在小区门口了，麻烦您下来签收",
        "我的车牌{P:plate}，小票{N:price_m}可以抵几个小时",
        "{P:plate}",
        "车牌：{P:plate}",
        "停车场没识别到我的车{P:plate}，扣费了",
        "会员绑定车辆{P:plate}，积分能抵停车费吗",
        "帮我看一下{P:plate}这个车停了多久",
        "安装师傅开的{P:plate}，白色面包车",
        "我老公的车{P:plate}也绑一下",
        "车牌{P:plate}，新能源的能免费停吗",
        "提货那天开{P:plate}来拉电视",
        "洗车券用在{P:plate}上",
        "车位{N:parking_spot}，车牌{P:plate}，充电桩可以用吗",
        "停车缴费显示{P:plate}欠费{N:price_s}，我今天在你们店买了东西的",
        "物流车{P:plate}，司机电话{P:mobile}",
        "送床垫的车{P:plate}，已经到{N:place_only}了",
        "帮我朋友的车{P:plate}也减免一下，我们一起来的",
        "换车了，新车牌{P:plate}，旧的{P:plate}解绑",
        "车牌号码 {P:plate} 麻烦登记",
        "我开的{P:plate}，蓝色的车，就在店门口",
        ("我车牌是{P:plate}你帮我登记一下停车", "V"),
    ],
    "id_card": [
        "办合约机需要身份证号：{P:id_card}",
        "分期资料：身份证{P:id_card}，手机{P:mobile}",
        "国补以旧换新要实名，身份证号{P:id_card}",
        "预付卡实名登记，身份证{P:id_card}",
        "我妈的身份证号{P:id_card}，老年会员认证",
        "身份证号码{P:id_card}",
        "{P:id_card}",
        "开发票个人抬头，证件号{P:id_card}",
        "补办手机卡用的证件{P:id_card}",
        "办储值卡超过一万要登记，我的身份证{P:id_card}，电话{P:mobile}",
        "实名认证失败，身份证{P:id_card}，是不是哪里输错了",
        "我家老人的身份证号{P:id_card}，助听器补贴要用",
        "家电补贴申请人身份证{P:id_card}，地址{P:address}",
        "身份证：{P:id_card}\n电话：{P:mobile}",
        "跨境商品下单需要实名，身份证号{P:id_card}",
        "延保卡登记身份证{P:id_card}",
        "你们说要身份证号才能领这张券，{P:id_card}",
        "帮我查一下身份证{P:id_card}名下有没有办过会员",
        "分期付款的身份证{P:id_card}，卡号{P:bank_card}",
        "证件号码是{P:id_card}，麻烦核对",
        "我儿子的身份证{P:id_card}，学生机优惠",
        "老人机入网，身份证号是{P:id_card}",
        ("身份证号{P:id_card}你帮我登记一下", "V"),
    ],
    "bank_card": [
        "定金退到这张卡{P:bank_card}，建行的",
        "储值卡余额退款，退到{P:bank_card}",
        "原路退不回去，麻烦退{P:bank_card}，工商银行",
        "分期用的信用卡{P:bank_card}",
        "卡号{P:bank_card}",
        "{P:bank_card}",
        "银行卡：{P:bank_card}\n开户行：农行",
        "押金{N:price}退到{P:bank_card}",
        "退差价打到我卡上，{P:bank_card}",
        "这张{P:bank_card}能不能办分期",
        "会员卡绑定银行卡{P:bank_card}，自动扣款",
        "加盟保证金退回账户{P:bank_card}，开户行招商银行",
        "刷的是{P:bank_card}这张，能查到吗",
        "退款账户{P:bank_card}，开户行中国银行",
        "退货款打这个卡号{P:bank_card}，谢谢",
        "银行卡号{P:bank_card}，户名本人",
        "我换卡了，用{P:bank_card}这张",
        "刚才刷卡刷了两次，卡号{P:bank_card}，麻烦退一笔",
        "以旧换新补贴打到{P:bank_card}上吗",
        "银联卡{P:bank_card}，满减活动能参加吗",
        "订单{N:order_no}退款到{P:bank_card}",
        "邮储的卡{P:bank_card}，我妈的，退到她卡上",
        ("退款你打到我卡上卡号是{P:bank_card}", "V"),
    ],
    "address": [
        ("沙发送货地址：{P:address}，周六上午有人", "D"),
        ("床垫送到{P:address}，有电梯", "D"),
        ("今天下单的菜送{P:address}，放门口就行", "D"),
        "麻烦改下地址，新的是{P:address}",
        ("空调安装地址{P:address}，麻烦约师傅", "D"),
        "寄到{P:address}，邮编{N:postal_code}",
        "生日礼包寄{P:address}吧，这周不去店里了",
        "地址：{P:address}",
        "{P:address}",
        ("送货上门地址{P:address}，没电梯要加搬楼费吗", "D"),
        ("蛋糕送到{P:address}，{N:clock}之前到", "D"),
        "收件地址{P:address}，电话{P:mobile}",
        "积分兑换的礼品寄到{P:address}",
        ("上门测量地址{P:address}，量一下窗帘", "D"),
        "眼镜修好了寄回{P:address}",
        ("到家服务地址{P:address}", "D"),
        "发票寄到公司{P:address}，前台代收",
        ("我住{P:address}，你们能送吗", "D"),
        ("地址是{P:address}，到了打电话", "D"),
        "老家地址{P:address}，冰箱直接发过去",
        ("送{P:address}，放菜鸟驿站就行", "D"),
        "新家地址{P:address}，家具都送这里",
        "以旧换新的旧机在{P:address}，麻烦上门回收",
        ("我在{P:address}，附近有你们的店吗", "D"),
        "公司地址{P:address}，团购的月饼送这里",
        ("外卖地址{P:address}，少冰少糖", "D"),
        "收货信息：{P:address}，{P:mobile}",
        ("送水果到{P:address}，敲门别按门铃，孩子在睡", "D"),
        "衣服退货你们上门取件吗？我这边地址{P:address}",
        "地址写错了，不是{P:address}，是{P:address}",
        ("跑步机送到{P:address}，比较重，麻烦多来个人", "D"),
        "帮我把会员资料里的地址改成{P:address}",
        ("窗帘安装{P:address}，{N:date_time}有人", "D"),
        "收货地址：{P:address}（工作日送）",
        ("你送到{P:address}就可以了", "VD"),
        ("我家住在{P:address}你过来的时候打电话", "VD"),
        ("客厅那套沙发送{P:address}", "D"),
        "寄这个地址{P:address}，不要发邮政",
        ("电视送到{P:address}，顺便把旧的拉走", "D"),
        "地址 {P:address} 电话 {P:mobile}",
        ("团购的水送到{P:address}", "D"),
        "礼品卡寄到{P:address}，收件电话{P:mobile}",
    ],
}

NEAR_T: list[str] = [
    # membership, points, prices
    "积分还有{N:points}，能换什么",
    "这件{N:price_m}，会员价再打{N:discount}",
    "满{N:price_m}减{N:price_s}，今天最后一天",
    "会员卡号{N:member_no}，怎么查余额",
    "积分{N:points}可以抵{N:price_s}，要用吗",
    "会员升金卡要累计消费{N:price_l}",
    "您当前积分{N:points}，{N:day}到期，记得兑换哦",
    "{N:day}会员日，全场{N:discount}",
    "会员价{N:price_m}，非会员{N:price_m}",
    "储值{N:round_big}送{N:round_small}，划算吗",
    "我的会员号{N:member_no}，积分怎么少了",
    "生日当月积分翻倍，我这个月消费了{N:price_m}",
    "积分换的保温杯要{N:points}分吗",
    "新人券满{N:price_m}可用，有效期到{N:day}",
    "这个月积分{N:points}，上个月{N:points}",
    "店庆{N:discount}起，会员再叠加{N:discount}",
    "第二杯半价，两杯{N:price_s}",
    "面包买五送一，今天晚上{N:clock}以后{N:discount}",
    "充{N:round_big}的卡余额还剩{N:price_m}",
    "积分余额{N:points}，兑换记录里显示扣了{N:points}",
    # orders, deliveries, codes
    "您的取餐号是{N:pickup_code}，做好了会叫号",
    "订单号{N:order_no}，帮我看看发货没",
    "快递单号{N:tracking_no}，显示签收了但我没收到",
    "验证码{N:verify_code}",
    "验证码是{N:verify_code}，你那边输一下",
    "取货码{N:pickup_code}，我让同事去拿",
    "叫号{N:queue_no}，请到收银台取餐",
    "现在排到{N:queue_no}了，我前面还有几桌",
    "订单{N:order_no}显示已出库，什么时候能到",
    "顺丰单号{N:tracking_no}，您查收一下",
    "快递{N:tracking_no}，派件员说放驿站了，取件码{N:pickup_code}",
    "退货单号{N:tracking_no}，寄回去了",
    "线上订单{N:order_no}，门店自提码{N:pickup_code}",
    "小程序下单{N:order_no}，{N:date_time}送达",
    "这个单{N:order_no}能改时间吗？改到{N:date_time}",
    "我的号是{N:queue_no}，还要等多久",
    "券码{N:coupon_code}，核销不了",
    "团购券{N:coupon_code}已经用过了吗",
    "兑换码{N:coupon_code}，输进去提示无效",
    "小票号{N:receipt_no}，退货要带小票吗",
    "小票上流水号{N:receipt_no}，金额{N:price}",
    "配送费{N:price_s}，满{N:price_m}免配送",
    "预计{N:date_time}送到，送货前会电话联系您",
    "{N:date_time}到货，到了通知您",
    "定金{N:price_m}，尾款{N:price_l}，提货时付",
    "蛋糕{N:cake}的{N:price_m}，要加水果吗",
    "预订了{N:day}的蛋糕，{N:cake}",
    "外卖订单{N:order_no}少送了一杯",
    "{N:queue_no}桌的饮品好了",
    "礼品卡号{N:gift_card_no}，余额查不到",
    "购物卡{N:gift_card_no}，密码刮开了，显示已使用",
    "这张储值卡{N:gift_card_no}还能充值吗",
    "发票号码{N:invoice_no}，抬头开错了",
    "税号{N:tax_id}，开专票",
    "公司税号{N:tax_id}，金额{N:price}",
    "发票{N:invoice_no}作废，重新开",
    "电子发票号码{N:invoice_no}，金额{N:price}",
    # hotlines, masked, tail digits
    "有问题可以打客服热线{N:hotline}",
    "打{N:hotline}人工一直排队",
    "全国售后电话{N:hotline}，报机身码就行",
    "投诉打{N:hotline}有用吗",
    "官方客服{N:hotline}说让我找门店",
    "品牌热线{N:hotline}，工作日{N:clock}前都有人",
    "你们那个{N:hotline}是免费的吗",
    "会员中心电话是{N:hotline}吗",
    "登记的手机是{N:masked}吗？对的",
    "系统里显示{N:masked}，这个不是我的号",
    "这个{N:masked}是我吗？我不记得留过这个号",
    "尾号{N:tail_digits}的顾客，您的蛋糕做好了",
    "银行卡尾号{N:tail_digits}的那笔退了吗",
    "手机尾号{N:tail_digits}，取一下奶茶",
    "报一下手机后四位{N:tail_digits}就能取",
    "支付记录显示卡号{N:masked}，扣了{N:price}",
    "会员信息里身份证显示{N:masked}，已经实名了",
    "后四位{N:tail_digits}，是我",
    # stores, staff
    "我是{N:place_only}店的，想问下总部的活动",
    "门店编号{N:store_no}，调货单已提交",
    "导购工号{N:staff_no}，麻烦帮我记上业绩",
    "我在{N:place_only}，你们几点关门",
    "{N:place_only}那家店有这个颜色吗",
    "从{N:place_only}调过来要几天",
    "{N:place_only}店和{N:place_only}店价格一样吗",
    "我平时在{N:place_only}那家买",
    "店号{N:store_no}的导购说可以退",
    "收银员工号{N:staff_no}，态度不太好",
    "负责我的导购工号是{N:staff_no}",
    "店铺代码{N:store_no}，活动编号{N:coupon_code}",
    "{N:place_only}新开了一家，有开业活动吗",
    "你们{N:place_only}店搬到哪去了",
    # products and after-sales
    "空调型号{N:model_no}，{N:ac}的，有现货吗",
    "IMEI：{N:imei}，激活了就不能退了",
    "序列号{N:serial_no}，帮我查一下保修",
    "机身码{N:serial_no}，保修到{N:date_time}",
    "冰箱{N:model_no}，以旧换新补贴多少",
    "手机串号{N:imei}，屏幕碎了",
    "这款{N:phone_spec}的多少钱",
    "电视{N:tv}的，挂墙还是放柜子",
    "洗衣机{N:washer}的够用吗？我家三口人",
    "{N:model_no}和{N:model_no}有什么区别",
    "条码{N:barcode}，扫不出价格",
    "商品条码{N:barcode}，标价{N:price_s}结账{N:price_s}",
    "这个{N:barcode}的是去年的货吗",
    "耳机{N:model_no}有黑色吗",
    "热水器{N:heater}的，安装费另算吗",
    "SN码{N:serial_no}，开机就黑屏",
    "手机{N:phone_spec}的{N:price_l}，能分期吗",
    "IMEI {N:imei} 保修查询显示已过保",
    # sizes, optics, body
    "平时穿{N:shoe}，这款要拿大一码吗",
    "鞋子{N:shoe}的有货吗",
    "身高{N:height}体重{N:bodyweight}，穿什么码",
    "我{N:height}，{N:bodyweight}，裤子拿{N:cloth}可以吗",
    "床是{N:bed}的，床垫要配{N:bed}",
    "衣服{N:cloth}的小了，想换大一号",
    "验光结果左眼{N:rx_deg}右眼{N:rx_deg}",
    "近视{N:rx_deg}，散光{N:rx_cyl}，镜片多少钱",
    "瞳距{N:rx_pd}，上次配的是{N:rx_deg}",
    "孩子{N:kid_age}，近视{N:rx_deg}，要配防控镜片吗",
    "老花镜要{N:rx_add}的",
    "镜片{N:price_m}一副，加膜{N:price_s}",
    "我妈{N:old_age}，有老人优惠吗",
    "孩子{N:kid_age}，穿{N:cloth}合适吗",
    "量了一下{N:height}，这条能穿吗",
    "买了{N:weight}车厘子，回家一称不够",
    "称的{N:weight}，收了我{N:price_s}",
    "牛肉{N:weight}，帮我切片",
    "{N:cake}的蛋糕够几个人吃",
    "沙发{N:sofa}长的还有吗",
    # places, parking, links, wifi
    "我停在{N:parking_spot}，出口怎么走",
    "车停{N:parking_spot}，消费满{N:price_m}免停车费吗",
    "链接{N:url}，点进去领券",
    "小程序打不开，用这个{N:url}",
    "活动详情看这个{N:url}",
    "店里wifi密码{N:wifi_pwd}",
    "wifi是店名拼音，密码{N:wifi_pwd}",
    "连不上网，密码是{N:wifi_pwd}吗",
    "邮编{N:postal_code}",
    "邮编是{N:postal_code}，别的信息照旧",
    "发到{N:place_only}的快递要几天",
    "我在{N:parking_spot}附近，店在几楼",
    "直播间链接{N:url}，今晚{N:clock}开播",
    # time, booking
    "{N:date_time}到店，预约验光",
    "改约到{N:date_time}可以吗",
    "明天{N:clock}上门测量",
    "安装师傅{N:date_time}到",
    "周末营业到{N:close}吗",
    "退款{N:price}已原路返回，{N:day}前到账",
    "{N:day}下的单，{N:day}还没到",
    "活动截止到{N:day}，要抓紧",
    "我{N:date_time}来取衣服",
    "体验课约在{N:date_time}，{N:place_only}店",
    "预约号{N:queue_no}，{N:date_time}到",
    "师傅说{N:date_time}才能来，能早点吗",
    "{N:day}的生日，提前订蛋糕可以吗",
    "家具{N:day}送，{N:day}安装",
    "质保{N:day}到期，还能延保吗",
    "验证码{N:verify_code}，五分钟内有效",
    "收到的验证码是{N:verify_code}还是{N:verify_code}？我收到两条",
    "快递到{N:place_only}了，{N:date_time}能派送",
    "订单{N:order_no}，退款{N:price}",
    "会员卡{N:member_no}，积分{N:points}",
    "发票金额{N:price}，发票号{N:invoice_no}",
    "SN：{N:serial_no}  型号：{N:model_no}",
    "尺码{N:cloth}，颜色黑色，数量一件，{N:price}",
    "商品编码{N:barcode}，库存显示还有",
    "小票号{N:receipt_no}，导购工号{N:staff_no}",
    ("积分还有{N:points}是吧你帮我换个杯子", "V"),
    ("那个取餐号是{N:pickup_code}我到门口了", "V"),
    ("验证码{N:verify_code}你输一下", "V"),
]

# ordinary chat lines: no value and no near-miss
PLAIN_T: list[str] = [
    "在吗", "在吗？", "你好", "您好", "好的", "好的谢谢", "好的收到", "收到", "嗯嗯", "嗯", "谢谢", "谢谢啦", "麻烦了",
    "辛苦了", "不客气", "好嘞", "OK", "ok的", "行", "可以", "可以的", "没问题", "知道了", "明白", "哈哈好的", "好滴",
    "在的亲", "在的，您说", "您好，在的，有什么可以帮您？", "亲，欢迎光临，有什么需要随时找我哦",
    "您好，我是咱们门店的导购，以后有新品和活动会第一时间通知您",
    "感谢您添加店长企业微信，有任何问题都可以在这里找我",
    "您好，我是您的专属顾问，很高兴为您服务",
    "亲，麻烦发一下会员手机号，我这边帮您补录积分",
    "麻烦发一下收货地址哈", "您把地址发我一下，我安排师傅", "电话留一个吧，到货了通知您",
    "请问怎么称呼您", "您方便留个联系方式吗", "发一下小票照片可以吗", "麻烦拍一下商品标签",
    "这个颜色还有吗", "这款还有货吗", "有没有大一码的", "这个有黑色吗", "今天有活动吗", "会员有折扣吗",
    "积分怎么兑换呀", "积分会过期吗", "生日礼怎么领", "生日券在哪里看", "会员卡在哪里看", "怎么成为会员",
    "怎么绑定会员卡", "小程序里怎么查积分", "我想退卡", "储值卡能退吗", "可以开发票吗", "发票怎么开",
    "几点关门呀", "几点开门", "今天营业吗", "周末人多吗", "店里可以停车吗", "你们店在哪个位置", "附近有分店吗",
    "能送货上门吗", "今天能送吗", "明天能到吗", "大概什么时候到", "师傅到哪了", "怎么还没送到", "送到了，谢谢",
    "我到门口了", "我在楼下", "我到店里了", "我马上到", "堵车了，晚点到", "稍等一下", "等我一下哈",
    "蛋糕可以写字吗", "蛋糕能做无糖的吗", "可以加急吗", "蛋糕要提前几天订", "面包今天几点出炉", "吐司还有吗",
    "奶茶可以去冰吗", "少糖少冰", "要热的", "不要珍珠", "换成燕麦奶可以吗", "咖啡豆能帮磨一下吗",
    "这个口红是哪个色号", "有试用装吗", "小样可以送几个吗", "敏感肌能用吗", "这个保质期多久", "正品吗",
    "鞋子有点磨脚", "衣服起球了", "拉链坏了", "洗了一次就褪色了", "可以换吗", "可以退吗", "七天无理由吗",
    "吊牌剪了还能退吗", "没拆封可以退吗", "我想换个颜色", "我想换大一码", "质量有问题",
    "眼镜戴着有点晕", "镜架有点松", "鼻托能换吗", "什么时候能取眼镜", "可以来店里调一下吗", "验光要多久",
    "手机屏幕有点闪", "充电很慢", "可以帮忙导数据吗", "手机壳送吗", "贴膜免费吗", "旧手机能回收吗",
    "空调什么时候来装", "冰箱有异响", "洗衣机漏水", "电视开不了机", "以旧换新怎么弄", "补贴怎么申请",
    "沙发什么时候到货", "床的安装要收费吗", "能看看实物吗", "有现货吗", "要等多久", "样品能卖吗", "可以定制吗",
    "跑步机能上门安装吗", "羽毛球拍能穿线吗", "球鞋有新款吗", "瑜伽垫有几种颜色",
    "菜不新鲜", "少了一样东西", "鸡蛋碎了几个", "水果有点烂", "牛奶快过期了", "可以退差价吗",
    "好的，我跟店长申请一下", "亲，已经帮您登记好了哈", "已经帮您备注了", "帮您催一下仓库", "我问一下仓库",
    "我查一下，稍等", "稍等，我看一下系统", "已经安排了，您放心", "师傅已经出发了", "明天上午给您送过去",
    "到了我给您打电话", "您方便的时候来店里看看", "这个是新品，刚到的", "这款卖得很好", "这个颜色很显白",
    "这个是今年的新款", "今天刚到货", "库存不多了", "这款已经断货了", "需要调货", "调货要几天", "到了第一时间通知您",
    "不好意思，让您久等了", "抱歉，给您添麻烦了", "非常抱歉，我们马上处理", "这边给您补偿一张券", "理解理解",
    "好的，那我帮您退掉", "退款已经提交了", "退款原路返回哈", "您看一下到账没有", "已经给您开好了",
    "活动就到这周末", "会员日有双倍积分", "新人有礼品", "关注一下公众号可以领券", "进群可以领福利",
    "我拉您进会员群", "群里会发优惠", "有什么问题随时找我", "祝您生活愉快", "欢迎下次光临", "期待您再来",
    "收到收到", "好的好的", "谢谢你呀", "你们服务真好", "下次还来", "给你们好评", "东西很好用", "孩子很喜欢",
    "我妈说很好穿", "味道不错", "有点甜了", "咖啡有点苦", "面包很新鲜", "蛋糕很好看", "包装很精致",
    "不用了谢谢", "我再考虑一下", "我回去跟家里人商量一下", "先不买了", "下次再说吧", "太贵了", "能便宜点吗",
    "还能再优惠吗", "送点小礼品吧", "老顾客了", "我是老会员", "我办过会员", "忘了用哪个号办的",
    "那我周末过去", "我下午过来拿", "明天过去", "晚上下班过去", "你们晚上几点下班", "店长在吗", "店长今天在店里吗",
    "找一下上次接待我的那个导购", "她今天休息", "我是新来的，有事也可以找我", "好的，我转告店长",
    "图片收到了", "视频看了", "我看一下", "我看到了", "你看一下这个", "这个怎么用", "说明书丢了",
    "怎么清洗", "可以机洗吗", "能干洗吗", "需要预约吗", "不用预约，直接来就行", "现在过去要排队吗",
    "今天人多吗", "现在不用排队", "嗯，我知道了", "那就好", "太好了", "好开心", "哈哈哈", "辛苦师傅了",
    "师傅装得很好", "已经签收了", "东西收到了", "收到了，谢谢", "包装破了", "里面没有赠品", "赠品忘放了",
    "好的，帮您补发", "好的，下次一起带给您", "您看可以吗", "这样可以吗", "行，就这样吧", "那麻烦你了",
    "早上好", "晚上好", "中午好", "新年快乐", "中秋快乐", "节日快乐", "生日快乐！祝您天天开心",
    "亲爱的会员，生日快乐，您的生日礼已发放到账户", "感谢您一直以来的支持", "本周新品已上架，欢迎到店体验",
    "天冷了，注意保暖", "下雨了，路上注意安全", "店里到了几款新的羽绒服", "夏季新品到店啦",
    "请问是您本人吗", "是的", "不是", "对", "对的", "没错", "不对", "好像不是", "我问问我老公", "我问下家里人",
]
PLAIN_DECOR = ("", "", "", "", "", "", "[微笑]", "[抱拳]", "[玫瑰]", "[捂脸]", "[OK]", "[强]", "😊", "🙏", "👌", "~", "哈",
               "[愉快]", "[呲牙]", "！")


# ----------------------------------------------------------------------------- builder

_MARK = re.compile(r"\{([PN]):(\w+?)(@1)?\}")


def _tpl(t) -> tuple[str, str]:
    return (t, "") if isinstance(t, str) else t


def _pick_fmt(r: random.Random, kind: str, tags: str) -> str:
    names, weights = [], []
    for name, (w, need, _fn) in FMTS[kind].items():
        if need is None or need in tags:
            names.append(name)
            weights.append(w)
    return r.choices(names, weights=weights)[0]


def _render(r: random.Random, tpl, force: tuple[str, str] | None = None):
    text, tags = _tpl(tpl)
    out: list[str] = []
    n = 0
    ents, fmts, nears = [], [], []
    last: dict = {}
    forced = False
    pos = 0
    for m in _MARK.finditer(text):
        lit = text[pos:m.start()]
        out.append(lit)
        n += len(lit)
        typ, kind, again = m.groups()
        if typ == "P":
            if again:
                pre, val, post, fmt = last[kind]
            else:
                if force and force[0] == kind and not forced:
                    fmt, forced = force[1], True
                else:
                    fmt = _pick_fmt(r, kind, tags)
                pre, val, post = FMTS[kind][fmt][2](r)
                last[kind] = (pre, val, post, fmt)
            ents.append((kind, n + len(pre), n + len(pre) + len(val)))
            fmts.append(fmt)
            piece = pre + val + post
        else:
            label, fn = NEAR[kind]
            piece = fn(r)
            nears.append((label, n, n + len(piece)))
        out.append(piece)
        n += len(piece)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), ents, fmts, nears


KIND_WEIGHTS = {"mobile": 38, "address": 14, "email": 7, "landline": 6, "wechat": 7, "plate": 7, "qq": 8,
                "id_card": 8, "bank_card": 7.5}


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows: list[dict] = []
    tids: list[str] = []

    def add(text, ents, fmts, nears, tid):
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        tids.append(tid)

    all_pii = [(g, i, t) for g, ts in PII_T.items() for i, t in enumerate(ts)]
    # 1) every value format forced into FORCE_PER_FMT distinct templates holding its kind
    for kind, tab in _FMT_TABLES:
        for name, _w, need, _fn in tab:
            cands = [(g, i, t) for g, i, t in all_pii
                     if "{P:" + kind + "}" in _tpl(t)[0] and (need is None or need in _tpl(t)[1])]
            assert len(cands) >= FORCE_PER_FMT, (kind, name, len(cands))
            for g, i, t in r.sample(cands, FORCE_PER_FMT):
                add(*_render(r, t, (kind, name)), f"{g}#{i}")
    # 2) the other rows with personal data: a kind by weight, then one of its templates
    groups = list(KIND_WEIGHTS)
    while len(rows) < N_PII:
        g = r.choices(groups, weights=[KIND_WEIGHTS[k] for k in groups])[0]
        i = r.randrange(len(PII_T[g]))
        add(*_render(r, PII_T[g][i]), f"{g}#{i}")
    # 3) near-miss-only rows
    for _ in range(N_NEAR):
        i = r.randrange(len(NEAR_T))
        add(*_render(r, NEAR_T[i]), f"near#{i}")
    # 4) ordinary lines
    for _ in range(N_PLAIN):
        i = r.randrange(len(PLAIN_T))
        add(PLAIN_T[i] + r.choice(PLAIN_DECOR), [], [], [], f"plain#{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta[:] = [tids[j] for j in order]
    return pd.DataFrame([rows[j] for j in order], columns=["text", "entities", "formats", "near_misses", "split"]) \
        .reset_index(drop=True)


def make_blind18_corpus() -> pd.DataFrame:
    """The eighteenth blind corpus: one row per WeCom message of retail-chain chats."""
    return _build()


# ----------------------------------------------------------------------------- checks

_CN_D = {c: str(i) for i, c in enumerate(CN)} | {"〇": "0", "幺": "1", "两": "2"}
_PLATE_RE = re.compile(r"^[京沪津渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔]"
                       r"[A-HJ-NP-Za-hj-np-z][ ·]?(?:[DFdf][A-HJ-NP-Za-hj-np-z0-9]\d{4}|[A-HJ-NP-Za-hj-np-z0-9]{5})$")
_WX_RE = re.compile(r"^[A-Za-z][-_A-Za-z0-9]{5,19}$")
_ADDR_START = ("省", "市", "区", "县", "镇", "街道", "村", "路", "街", "道", "园", "城", "苑", "湾", "居", "邨", "郡",
               "寓", "湖", "号", "小区", "山庄", "广场", "明珠", "社区", "家园", "新城", "传说", "东郡", "半岛",
               "海岸", "风情", "花园", "天城", "壹号")
_ADDR_END = re.compile(r"(?:号|栋|幢|号楼|单元|室|楼|层|组|\d{3,4}|\d+-\d+(?:-\d+)?)$")


def _digits_of(v: str) -> str:
    v = v.translate(str.maketrans("０１２３４５６７８９", D))
    return "".join(_CN_D.get(c, c) for c in v if c.isdigit() or c in _CN_D)


def _check_entity(kind: str, v: str) -> None:
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        ds = _digits_of(v)
        assert re.fullmatch(r"1[3-9]\d{9}", ds), v
        assert re.fullmatch(r"[\d０-９零〇一二三四五六七八九幺 \-，。]+", v), v
    elif kind == "landline":
        ds = _digits_of(v)
        assert re.fullmatch(r"[\d()（） \-]+", v), v
        assert (ds.startswith("0") and 10 <= len(ds) <= 12) or (not ds.startswith("0") and len(ds) == 8), v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+[@＠][a-z0-9\-]+(?:\.[a-z]+)+", v) or "艾特" in v or "圈a" in v, v
        assert v.endswith("com") or v.endswith(".cn") or v.endswith(".net"), v
    elif kind == "id_card":
        s = v.replace(" ", "")
        assert _id_ok(s), v
    elif kind == "bank_card":
        s = v.replace(" ", "")
        assert s.isdigit() and len(s) in (16, 19) and _luhn_ok(s), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{4,9}", v), v
    elif kind == "wechat":
        assert _WX_RE.match(v), v
    elif kind == "plate":
        assert _PLATE_RE.match(v), v
    elif kind == "address":
        assert any(u in v for u in _ADDR_START + ("栋", "幢")), v
        assert _ADDR_END.search(v), v
        assert not v[0].isdigit(), v
    else:
        raise AssertionError(kind)


def _boundary_ok(text: str, s: int, e: int) -> bool:
    """The span does not cut a run of digits, nor a run of latin letters, nor (for a value mixing
    letters and digits, such as a WeChat ID or a mailbox) a run of either."""
    def cls(c: str) -> str:
        if c.isdigit():
            return "d"
        if c.isascii() and (c.isalpha() or c in "_"):
            return "w"
        return ""
    v = text[s:e]
    mixed = any(cls(c) == "d" for c in v) and any(cls(c) == "w" for c in v)
    if text[:s].endswith(("+86", "0086")):  # a country code written glued to a mobile stays outside
        s_outer = ""
    else:
        s_outer = text[s - 1] if s > 0 else ""
    for inner, outer in ((v[0], s_outer), (v[-1], text[e] if e < len(text) else "")):
        co, ci = cls(outer) if outer else "", cls(inner)
        if co and ci and (co == ci or mixed):
            return False
    return True


def check_corpus(df: pd.DataFrame) -> dict:
    """Validate the corpus (spans, overlaps, checksums, sizes, plain lines) and return counts."""
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], list(df.columns)
    assert (df["split"] == SPLIT).all()
    n_ent = 0
    n_plain = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text.strip(), repr(text)
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and f in FMTS[k], (k, f)
            assert 0 <= s < e <= len(text), (text, s, e)
            _check_entity(k, text[s:e])
            assert _boundary_ok(text, s, e), (text, k, text[s:e])
            n_ent += 1
        for k, s, e in ns:
            assert k in {lab for lab, _ in NEAR.values()}, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), v
            assert _boundary_ok(text, s, e), (text, k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
        # every run of five or more digits is labelled (as a value or as a near-miss)
        for m in re.finditer(r"[0-9０-９]{5,}", text):
            start = m.start() + (2 if text[:m.start()].endswith("+") and m.group().startswith("86") else 0)
            assert any(s <= start and m.end() <= e for s, e in spans), (text, m.group())
        if not es and not ns:
            n_plain += 1
            assert not re.search(r"[0-9０-９@＠]", text), text
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert n_plain * 3 >= len(df), (n_plain, len(df))
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=n_plain, kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind18_corpus())  # deterministic
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} plain_rows={c['plain_rows']} "
          f"entities={c['entities']}")
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

"""Forty-ninth blind PII corpus (``split == "blind49"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十四位写手")
under the blind-writer rules.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(found with grep), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and the
first lines of ``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl`` for
the tone of service chats (no data copied).  It did NOT read anything else
under ``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other corpus
or test, nor any git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.

What is different here: HOUSEKEEPING, MOVING AND HOME SERVICES.  The messages
are WeCom 1:1 and group chats between the staff of a home-service platform /
local companies (保洁, 保姆 / 月嫂 / 育儿嫂, 搬家, 家电安装 / 清洗, 维修, 开锁,
疏通) and their customers or workers: door-to-door addresses with gate codes,
floors and lift notes, visit times, workers' and customers' phone numbers,
rescheduling, deposits / refunds to bank cards, complaints about damaged
floors or furniture, nanny contracts needing an ID number, moving trucks with
plates, invoices by e-mail, group chats with @ mentions.

Near-misses are what such chats are full of and must not be masked: prices,
deposits and refunds, dates and time slots, order numbers (letters + digits,
or long digits failing Luhn / the ID check), WeChat-pay / Alipay transaction
numbers, gate / lockbox / verification codes, worker numbers, appliance
models and serial numbers, floor / area sizes, 400 / 800 / 95xxx hotlines,
masked numbers (``138****6612``, 尾号), tracking numbers, place names alone
(a district, a shop, a mall), postal codes, credit codes, parking spots.

Seed
----
``SEED = "blind49-housekeeping-第五十四位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO
7064 MOD 11-2) and Luhn digits are computed here.  Formats are drawn from a
weighted, shuffled cycle per kind so every format appears many times in many
templates.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside
  a value (spaces, dashes, ``·``) are inside.  An address runs from its first
  place unit (省 / 市 / 区 / 县 / 镇 / 村 / 路 / 街 / 小区 or estate name) to
  its last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room
  number such as ``1502`` or ``3-2-1502``); gate codes, floor notes and lift
  remarks after it are outside.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``
* ``split``       -- always ``"blind49"``

Counts (``python tests/privacy/pii_blind49.py``)
------------------------------------------------
rows=1580 pii_rows=900 near_rows=680 entities=1279;
entities by kind: mobile 339, address 300, bank_card 108, id_card 101, email 97, wechat 86, landline 86, plate 81, qq 81;
near-miss spans=1332 (1112 in near-miss rows) kinds=30;
  price 269, date_time 208, order_no 95, duration 92, floor_note 59, model_no 45, truck 41, place_only 41, area_size 38, hotline 36, gate_code 34, masked_mobile 32, worker_no 32, masked_id 30, at_mention 30, pay_txn 29, tracking_no 24, tail_digits 22, lockbox_code 21, verify_code 20, ac_power 19, parking_spot 18, invoice_no 17, serial_no 16, bad_card 15, coupon_code 12, masked_card 12, credit_code 9, bad_id 8, postal_code 8;
formats=45 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind49-housekeeping-第五十四位写手"
SPLIT = "blind49"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- check digits

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(first17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.]", "", s)


# --------------------------------------------------------------------------- places

# (province or "", city, area code, landline digits, id prefixes, plate prefix, districts, roads, estates)
CITIES = (
    ("", "上海市", "021", 8, ("310115", "310112", "310104"), "沪",
     ("闵行区", "浦东新区", "徐汇区", "普陀区", "宝山区"),
     ("七莘路", "虹梅路", "张杨路", "龙华中路", "真北路", "共和新路"),
     ("莘城苑", "万科城市花园", "东方城市花园", "中海御景熙岸", "金地格林世界", "仁恒河滨城")),
    ("", "北京市", "010", 8, ("110105", "110108", "110114"), "京",
     ("朝阳区", "海淀区", "昌平区", "丰台区", "通州区"),
     ("望京西路", "北四环西路", "回龙观西大街", "科丰路", "新华西街"),
     ("望京西园三区", "龙锦苑东五区", "首开智慧社", "远洋山水", "珠江绿洲家园")),
    ("浙江省", "杭州市", "0571", 8, ("330106", "330108", "330110"), "浙A",
     ("西湖区", "滨江区", "余杭区", "拱墅区", "上城区"),
     ("文三路", "江南大道", "五常大道", "莫干山路", "秋涛北路"),
     ("华星小区", "钱江湾花园", "西溪诚园", "和家园", "星洲花园")),
    ("广东省", "深圳市", "0755", 8, ("440305", "440304", "440306"), "粤B",
     ("南山区", "福田区", "宝安区", "龙岗区", "龙华区"),
     ("南海大道", "深南大道", "新安六路", "布吉路", "民治大道"),
     ("蔚蓝海岸", "香蜜湖1号", "海雅缤纷城", "星河丹堤", "万科四季花城")),
    ("广东省", "广州市", "020", 8, ("440106", "440105", "440111"), "粤A",
     ("天河区", "海珠区", "白云区", "番禺区"),
     ("天河北路", "江南大道中", "云城西路", "市桥街"),
     ("天河公园小区", "珠江帝景", "保利香槟花园", "祈福新邨")),
    ("江苏省", "南京市", "025", 8, ("320106", "320104", "320115"), "苏A",
     ("鼓楼区", "秦淮区", "江宁区", "建邺区"),
     ("中山北路", "应天大街", "双龙大道", "江东中路"),
     ("南湖新村", "翠屏清华园", "金陵世纪花园", "万达华府")),
    ("四川省", "成都市", "028", 8, ("510107", "510104", "510122"), "川A",
     ("武侯区", "锦江区", "双流区", "高新区"),
     ("科华北路", "东大街", "天府大道", "剑南大道"),
     ("棕北小区", "望江橡树林", "麓湖生态城", "保利心语花园")),
    ("湖北省", "武汉市", "027", 8, ("420106", "420111", "420102"), "鄂A",
     ("武昌区", "洪山区", "江岸区"),
     ("中北路", "珞喻路", "建设大道"),
     ("水岸星城", "保利拉菲", "百步亭花园")),
    ("山东省", "青岛市", "0532", 8, ("370212", "370202", "370203"), "鲁B",
     ("崂山区", "市南区", "李沧区"),
     ("香港东路", "燕儿岛路", "书院路"),
     ("海尔山海湾", "浮山后四小区", "万科城")),
    ("福建省", "厦门市", "0592", 7, ("350203", "350206", "350211"), "闽D",
     ("思明区", "湖里区", "集美区"),
     ("莲前西路", "嘉禾路", "杏林湾路"),
     ("瑞景新村", "禹洲大学城", "湖里花园")),
    ("陕西省", "西安市", "029", 8, ("610113", "610103", "610112"), "陕A",
     ("雁塔区", "碑林区", "未央区"),
     ("科技路", "长安北路", "凤城八路"),
     ("紫薇田园都市", "曲江池小区", "首创国际城")),
    ("", "重庆市", "023", 8, ("500103", "500112", "500106"), "渝A",
     ("渝北区", "九龙坡区", "沙坪坝区"),
     ("金开大道", "杨家坪正街", "天星桥正街"),
     ("龙湖新壹城", "融创白象街", "金科天籁城")),
    ("安徽省", "合肥市", "0551", 8, ("340104", "340111", "340103"), "皖A",
     ("蜀山区", "包河区", "庐阳区"),
     ("长江西路", "徽州大道", "阜阳北路"),
     ("琥珀山庄", "滨湖世纪城", "万科森林公园")),
    ("湖南省", "长沙市", "0731", 8, ("430104", "430102", "430111"), "湘A",
     ("岳麓区", "芙蓉区", "雨花区"),
     ("麓山南路", "五一大道", "韶山中路"),
     ("阳光100", "万科魅力之城", "中建梅溪湖中心")),
)

RURAL = (
    ("安徽省", "六安市", "舒城县", "杭埠镇", "新河村"),
    ("河南省", "周口市", "郸城县", "宁平镇", "王楼村"),
    ("浙江省", "湖州市", "长兴县", "和平镇", "城山村"),
    ("江苏省", "盐城市", "射阳县", "合德镇", "东风村"),
    ("四川省", "眉山市", "仁寿县", "文林镇", "龙桥村"),
    ("山东省", "临沂市", "沂南县", "界湖镇", "东辛庄村"),
)

OFFICES = ("华润大厦", "金融中心", "科技大厦", "国贸中心", "创业大厦", "时代广场")

MOBILE_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                 "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
                 "183", "185", "186", "187", "188", "189", "191", "195", "198", "199")
UNIONPAY_BIN = ("622202", "621226", "621700", "622848", "622588", "621483", "622700", "623668",
                "621799", "622262", "621661", "622609")
VISA_MC_BIN = ("427010", "436742", "438088", "524047", "552599", "518710", "404119", "540297")
BIN95 = ("95599", "95588", "95595", "95566")

CN_DIGIT = "零一二三四五六七八九"
CN_DIGIT_YAO = "零幺二三四五六七八九"

PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
          "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "xiaomei", "lili", "jing", "tingting",
          "wei", "qiang", "fang", "jun", "yan", "hui", "xiaoyu", "dongdong", "ayi", "mama")
EN_WORDS = ("sunny", "lucky", "happy", "lemon", "candy", "tiger", "apple", "coco", "kiki", "momo",
            "summer", "angel", "dream", "star")
CORP_DOMAINS = ("jiazheng.com.cn", "hjbj.cn", "anjuhome.com", "lhjz.net", "xinyueban.com")

# --------------------------------------------------------------------------- value generators


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.city = rng.choice(CITIES)

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # ---- mobile
    def mobile_raw(self) -> str:
        return self.r.choice(MOBILE_PREFIX) + self.digits(8, False)

    def mobile(self, fmt):
        m = self.mobile_raw()
        if fmt == "plain_11":
            return "", m, ""
        if fmt == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if fmt == "plus86":
            return self.r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
        if fmt == "voice_words":
            return "", "".join(CN_DIGIT_YAO[int(c)] for c in m), ""
        if fmt == "fullwidth":
            return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
        raise KeyError(fmt)

    # ---- landline
    def landline(self, fmt):
        _, _, code, n, *_ = self.city
        local = self.r.choice("2345678") + self.digits(n - 1, False)
        ext = ""
        if self.r.random() < 0.25:
            ext = self.r.choice(("转", "-", "分机", " 转")) + self.digits(3)
        if fmt == "dash_area":
            return "", f"{code}-{local}", ext
        if fmt == "paren_area":
            return "", f"({code}){local}", ext if not ext.startswith("-") else ""
        if fmt == "plain_area":
            return "", f"{code}{local}", ext if not ext.startswith("-") else ""
        if fmt == "space_area":
            return "", f"{code} {local}", ext if not ext.startswith("-") else ""
        if fmt == "local_only":
            return "", local, ext if not ext.startswith("-") else ""
        raise KeyError(fmt)

    # ---- id card
    def id_raw(self, want_x: bool = False) -> str:
        while True:
            pre = self.r.choice(self.r.choice(CITIES)[4])
            y = self.r.randint(1958, 2003)
            mth = self.r.randint(1, 12)
            d = self.r.randint(1, 28 if mth == 2 else (30 if mth in (4, 6, 9, 11) else 31))
            body = f"{pre}{y:04d}{mth:02d}{d:02d}{self.digits(3, False)}"
            s = body + _id_check(body)
            if not want_x or s.endswith("X"):
                return s

    def id_card(self, fmt):
        if fmt == "plain_18":
            return "", self.id_raw(), ""
        if fmt == "x_tail_lower":
            return "", self.id_raw(True)[:-1] + "x", ""
        if fmt == "x_tail_upper":
            return "", self.id_raw(True), ""
        if fmt == "space_684":
            s = self.id_raw()
            return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
        raise KeyError(fmt)

    # ---- bank card
    def card_raw(self, bins, length):
        b = self.r.choice(bins)
        body = b + self.digits(length - len(b) - 1, False)
        return body + _luhn_digit(body)

    def bank_card(self, fmt):
        if fmt == "unionpay_19":
            return "", self.card_raw(UNIONPAY_BIN, 19), ""
        if fmt == "unionpay_16":
            return "", self.card_raw(UNIONPAY_BIN, 16), ""
        if fmt == "space_4x4":
            c = self.card_raw(UNIONPAY_BIN + VISA_MC_BIN, 16)
            return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
        if fmt == "space_19_4443":
            c = self.card_raw(UNIONPAY_BIN, 19)
            return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
        if fmt == "visa_mc_16":
            return "", self.card_raw(VISA_MC_BIN, 16), ""
        if fmt == "domestic_95_19":
            return "", self.card_raw(BIN95, 19), ""
        raise KeyError(fmt)

    # ---- qq
    def qq(self, fmt):
        if fmt == "digits_6_8":
            return "", self.digits(self.r.randint(6, 8)), ""
        if fmt == "digits_9_10":
            return "", self.digits(self.r.choice((9, 9, 10))), ""
        raise KeyError(fmt)

    # ---- wechat
    def wechat(self, fmt):
        r = self.r
        if fmt == "pinyin_digits":
            return "", r.choice(PINYIN) + r.choice(PINYIN) + self.digits(r.choice((2, 3, 4)), False), ""
        if fmt == "underscore":
            w = r.choice(PINYIN) + "_" + r.choice(EN_WORDS + PINYIN)
            return "", w + (self.digits(2, False) if r.random() < .6 or len(w) < 8 else ""), ""
        if fmt == "wxid":
            return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14)))), ""
        if fmt == "dash_mixed":
            return "", r.choice(EN_WORDS).capitalize() + "-" + r.choice(PINYIN) + self.digits(r.choice((3, 4)), False), ""
        if fmt == "english_word_digits":
            return "", r.choice(EN_WORDS) + r.choice(("_", "")) + str(r.randint(1975, 2005)), ""
        raise KeyError(fmt)

    # ---- email
    def email(self, fmt):
        r = self.r
        if fmt == "qq_numeric":
            return "", self.digits(r.choice((8, 9, 10))) + "@qq.com", ""
        if fmt == "pinyin_163_126":
            return "", r.choice(PINYIN) + r.choice(PINYIN + ("",)) + self.digits(r.choice((2, 3, 4)), False) + "@" + r.choice(("163.com", "126.com", "sina.com", "foxmail.com")), ""
        if fmt == "dotted_corp":
            return "", r.choice(PINYIN) + "." + r.choice(PINYIN) + "@" + r.choice(CORP_DOMAINS), ""
        if fmt == "upper_case":
            return "", (r.choice(EN_WORDS) + self.digits(3, False)).capitalize() + "@" + r.choice(("163.com", "QQ.com", "Outlook.com", "Hotmail.com")), ""
        raise KeyError(fmt)

    # ---- plate
    def plate(self, fmt):
        r = self.r
        pre = self.city[5]
        if len(pre) == 1:
            pre += r.choice("ABCDEFG" if pre in "沪京" else "ABC")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(r.choice("0123456789" + (letters if i in (0, 1) and r.random() < .3 else "")) for i in range(5))
        if fmt == "std7":
            return "", pre + tail, ""
        if fmt == "dot_sep":
            return "", pre + "·" + tail, ""
        if fmt == "space_sep":
            return "", pre + " " + tail, ""
        if fmt == "new_energy_8":
            return "", pre + r.choice("DF") + self.digits(5, False), ""
        if fmt == "lower_letter":
            return "", pre[0] + pre[1].lower() + tail, ""
        raise KeyError(fmt)

    # ---- address
    def room(self):
        r = self.r
        fl = r.randint(2, 28)
        return f"{fl}{r.randint(1, 4):02d}"

    def address(self, fmt):
        r = self.r
        prov, city, _, _, _, _, dists, roads, estates = self.city
        d, road, est = r.choice(dists), r.choice(roads), r.choice(estates)
        no = f"{r.randint(1, 1688)}号"
        bld = r.choice((f"{r.randint(1, 36)}栋", f"{r.randint(1, 36)}幢", f"{r.randint(1, 36)}号楼"))
        unit = f"{r.randint(1, 4)}单元" if r.random() < .6 else ""
        room = self.room()
        if fmt == "province_full":
            return "", f"{prov}{city}{d}{road}{no}{est}{bld}{unit}{room}室", ""
        if fmt == "city_estate_room":
            return "", f"{city}{d}{est}{bld}{unit}{room}" + r.choice(("室", "")), ""
        if fmt == "district_estate":
            return "", f"{d}{est}{bld}{unit}{room}" + r.choice(("室", "", "")), ""
        if fmt == "estate_dash_room":
            return "", f"{est}{r.randint(1, 36)}-{r.randint(1, 4)}-{room}", ""
        if fmt == "road_number_room":
            return "", f"{road}{no}" + r.choice((bld, "")) + room, ""
        if fmt == "rural_village":
            p, c, x, t, v = r.choice(RURAL)
            return "", r.choice((p, "")) + f"{c}{x}{t}{v}{r.randint(1, 12)}组{r.randint(1, 99)}号", ""
        if fmt == "spaced_label":
            return "", f"{city} {d} {road}{no} {est}{bld}{room}室", ""
        if fmt == "office_floor":
            return "", f"{city}{d}{road}{no}{r.choice(OFFICES)}{r.randint(3, 40)}层", ""
        raise KeyError(fmt)


FORMATS = {
    "mobile": (("plain_11", 10), ("space_344", 4), ("dash_344", 2), ("plus86", 1), ("voice_words", 1), ("fullwidth", 1)),
    "landline": (("dash_area", 4), ("paren_area", 2), ("plain_area", 2), ("space_area", 1), ("local_only", 2)),
    "id_card": (("plain_18", 6), ("x_tail_upper", 1), ("x_tail_lower", 1), ("space_684", 2)),
    "bank_card": (("unionpay_19", 4), ("unionpay_16", 3), ("space_4x4", 2), ("space_19_4443", 2),
                  ("visa_mc_16", 1), ("domestic_95_19", 1)),
    "qq": (("digits_6_8", 3), ("digits_9_10", 4)),
    "wechat": (("pinyin_digits", 4), ("underscore", 2), ("wxid", 2), ("dash_mixed", 1), ("english_word_digits", 2)),
    "email": (("qq_numeric", 4), ("pinyin_163_126", 4), ("dotted_corp", 2), ("upper_case", 1)),
    "plate": (("std7", 5), ("dot_sep", 2), ("space_sep", 1), ("new_energy_8", 3), ("lower_letter", 1)),
    "address": (("province_full", 2), ("city_estate_room", 3), ("district_estate", 4), ("estate_dash_room", 2),
                ("road_number_room", 2), ("rural_village", 1), ("spaced_label", 1), ("office_floor", 1)),
}

# --------------------------------------------------------------------------- near-miss generators


def _bad_luhn(rng, body_len_total, prefix=""):
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(body_len_total - len(prefix)))
        if not _luhn_ok(s) and not (len(s) == 18 and _id_ok(s)):
            return s


def near_value(kind: str, g: Gen) -> str:
    r = g.r
    if kind == "price":
        return r.choice((f"{r.choice((80, 120, 150, 180, 199, 260, 299, 350, 480, 680))}元",
                         f"¥{r.choice((45, 88, 128, 168, 238, 398))}", f"{r.choice((2, 3, 5, 8))}00块",
                         f"{r.choice((6800, 7500, 8800, 9200, 12800))}元/月", f"{r.choice((35, 40, 45, 50))}元/小时",
                         f"{r.randint(1, 9)}{r.choice(('50', '00', '80'))}.00元"))
    if kind == "date_time":
        return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"周{r.choice('一二三四五六日')}上午{r.choice(('8', '9', '10'))}点",
                         f"明天下午{r.choice(('1', '2', '3', '两'))}点半", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                         f"{r.randint(8, 10)}:00-{r.randint(11, 12)}:00", f"后天早上{r.randint(7, 9)}点",
                         f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(13, 18)}:{r.choice(('00', '30'))}"))
    if kind == "order_no":
        return r.choice((f"JZ{2024}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{g.digits(6, False)}",
                         f"BJ{g.digits(12)}", f"BJ-{g.digits(8)}", _bad_luhn(r, 16, "2024"), _bad_luhn(r, 18, "2024"),
                         f"HS{g.digits(10)}", _bad_luhn(r, 19, "1")))
    if kind == "pay_txn":
        return r.choice(("4200" + g.digits(24, False), "2024" + g.digits(24, False), "50" + g.digits(30, False)))
    if kind == "gate_code":
        return r.choice((f"#{g.digits(4)}", f"{g.digits(4)}#", g.digits(6), f"{g.digits(4)}*"))
    if kind == "lockbox_code":
        return g.digits(4, False)
    if kind == "verify_code":
        return g.digits(r.choice((4, 6)))
    if kind == "worker_no":
        return r.choice((f"A{g.digits(4)}", f"{g.digits(5)}", f"BJ{g.digits(3)}", f"HK-{g.digits(4)}"))
    if kind == "model_no":
        return r.choice(("KFR-35GW/NhGc1B", "KFR-26GW/BpR3DN8", "JSQ30-16WH5", "EC6002-MC5", "BCD-470WDPCU1",
                         "XQG100-HBD14126L", "CXW-260-E900C11", "JZT-Q5B", "F80-15WH5", "WD-N12510D6", "KFR-72LW/N8MJA3"))
    if kind == "serial_no":
        return r.choice((f"SN{g.digits(12)}", f"0020{r.choice('ABCD')}{g.digits(6)}", f"F{g.digits(3)}{r.choice('KLMN')}{g.digits(7)}"))
    if kind == "area_size":
        return r.choice((f"{r.randint(45, 180)}平", f"{r.randint(60, 200)}平米", f"{r.randint(3, 6)}室{r.randint(1, 2)}厅"))
    if kind == "floor_note":
        return r.choice((f"{r.randint(2, 7)}楼没电梯", f"{r.randint(5, 33)}楼", f"地下{r.randint(1, 3)}层", f"{r.randint(2, 6)}层步梯"))
    if kind == "hotline":
        return r.choice((f"400-{g.digits(3)}-{g.digits(4, False)}", f"400{g.digits(7)}", f"800-{g.digits(3)}-{g.digits(4, False)}",
                         r.choice(("95588", "95533", "95555", "95566", "95599", "12315", "12345"))))
    if kind == "masked_mobile":
        return r.choice((f"{r.choice(MOBILE_PREFIX)}****{g.digits(4, False)}", f"{r.choice(MOBILE_PREFIX)}xxxx{g.digits(4, False)}",
                         f"{r.choice(MOBILE_PREFIX)}****{g.digits(4, False)}"))
    if kind == "masked_card":
        return r.choice((f"{r.choice(UNIONPAY_BIN)[:4]} **** **** {g.digits(4, False)}", f"{r.choice(UNIONPAY_BIN)}*********{g.digits(4, False)}",
                         f"**** {g.digits(4, False)}"))
    if kind == "masked_id":
        return f"{r.choice(CITIES)[4][0]}{r.choice(('********', '**********', '********'))}{g.digits(4, False)[:r.choice((2, 4))]}"
    if kind == "truck":
        return r.choice(("4.2米厢式", "6.8米厢式", "金杯车", "小面包车", "4.2米", "依维柯", "中面"))
    if kind == "tail_digits":
        return g.digits(4, False)
    if kind == "tracking_no":
        return r.choice((f"SF{g.digits(13)}", f"YT{g.digits(13)}", f"JDV{g.digits(12)}", f"75{g.digits(12)}"))
    if kind == "place_only":
        c = r.choice(CITIES)
        return r.choice((c[1], r.choice(c[6]), r.choice(c[6]) + "那边", c[1][:-1] + r.choice(c[6]),
                         r.choice(("万达广场", "宜家", "龙湖天街", "万象城", "红星美凯龙")) + r.choice(("", "店", "门店"))))
    if kind == "postal_code":
        return r.choice(CITIES)[4][0][:2] + g.digits(4, False)[:2] + "00"
    if kind == "credit_code":
        return "9" + r.choice("123") + r.choice(CITIES)[4][0] + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if kind == "invoice_no":
        return r.choice(("24" + g.digits(18, False), g.digits(8)))
    if kind == "bad_id":
        while True:
            s = g.id_raw()
            s2 = s[:17] + r.choice([c for c in "0123456789X" if c != s[17]])
            if not _id_ok(s2) and not (s2.isdigit() and _luhn_ok(s2)):
                return s2
    if kind == "bad_card":
        return _bad_luhn(r, r.choice((16, 19)), r.choice(UNIONPAY_BIN))
    if kind == "coupon_code":
        return r.choice((f"JZ{g.digits(6)}", "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8)), f"{g.digits(4)} {g.digits(4)} {g.digits(4)}"))
    if kind == "parking_spot":
        return r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 399)}", f"{r.randint(1, 399)}号车位", f"地库{r.choice('ABCD')}区{r.randint(1, 200)}"))
    if kind == "duration":
        return r.choice((f"{r.randint(2, 8)}个小时", f"{r.randint(2, 6)}小时", f"{r.randint(20, 90)}分钟", f"{r.randint(1, 3)}天"))
    if kind == "at_mention":
        return "@" + r.choice(("保洁-王阿姨", "搬家队长", "售后小李", "调度中心", "安装师傅老周", "客服小美", "店长"))
    if kind == "ac_power":
        return r.choice(("1匹", "1.5匹", "大1匹", "2匹", "3匹", "5匹"))
    raise KeyError(kind)


# --------------------------------------------------------------------------- templates
# {mobile} {landline} {id_card} {bank_card} {qq} {wechat} {email} {plate} {address}: entities
# {n:kind}: near-miss span

PII_TEMPLATES = (
    "您好，预约明天上午的日常保洁，地址{address}，联系电话{mobile}",
    "地址：{address}\n电话：{mobile}\n时间：{n:date_time}",
    "师傅到小区门口了，门禁打不开，麻烦回个电话{mobile}",
    "我家是{address}，门禁密码{n:gate_code}，到了直接上来就行",
    "{address} 门口有个快递柜，师傅放那边敲门就好 电话{mobile}",
    "阿姨电话{mobile}，明天{n:date_time}上门，您留意一下来电哈",
    "{mobile} 这是搬家队长的电话，有问题直接找他",
    "你们师傅把我家木地板划了好几道，赶紧来处理！我电话{mobile}",
    "老师好，我想给我妈请个住家保姆，她住{address}，有事联系我{mobile}或者我爱人{mobile}",
    "搬家的车牌是{plate}，师傅说{n:date_time}到楼下",
    "车牌号{plate}，司机电话{mobile}，请提前把电梯预约好",
    "物业要登记外来车辆，麻烦提供下车牌，我们车是{plate}",
    "师傅开的{plate}进不去小区，您跟保安说一声吧😂",
    "好的，我把{plate}报给物业了，从北门进",
    "保姆合同需要您身份证号，发一下呢，合同上地址写{address}对吧",
    "身份证号{id_card}，合同写我名字",
    "{id_card} 这是阿姨的身份证，帮忙做个背调",
    "育儿嫂上户前要买保险，身份证号码：{id_card}，电话：{mobile}",
    "我核对了一下您发的身份证{id_card}没问题，合同今天下午发您",
    "退押金的话发下卡号跟开户行哈，我这边登记的手机是{mobile}",
    "卡号{bank_card}，押金{n:price}退这里",
    "退款账户：{bank_card}\n开户行：工商银行，押金{n:price}",
    "{bank_card}这张，定金退到这张卡就行",
    "我换张卡，之前那张注销了，退到{bank_card}吧，谢谢😊",
    "阿姨工资直接打她卡上{bank_card}，这个月{n:price}",
    "发票开好了发我邮箱{email}",
    "电子发票麻烦发到{email}，抬头是公司名",
    "{email} 这个邮箱，合同扫描件发这里",
    "合同PDF我发到{email}了，您查收一下，签完拍照回传",
    "公司保洁的月结对账单请发{email}，抄送{email}",
    "加我微信吧{wechat}，发视频给你看划痕",
    "微信号：{wechat}（阿姨本人的）",
    "我微信{wechat}，你加一下我把房子照片发你",
    "阿姨没有企业微信，您加她个人微信{wechat}，手机号{mobile}",
    "vx {wechat} 加的时候备注保洁",
    "我QQ{qq}，照片太大微信传不了，QQ发你",
    "qq号{qq}，麻烦把验收单发我",
    "店里座机{landline}，白天有人接",
    "打我们门店电话{landline}也可以，营业时间9点到6点",
    "家里座机{landline}，老人不会用手机，师傅到了打这个",
    "公司前台电话{landline}，送货的时候让前台签收",
    "{landline} 这个是物业电话，车进不来让他们放行",
    "新地址：{address}\n旧地址：{address}\n明天{n:date_time}开始搬，东西不多",
    "从{address}搬到{address}，{n:truck}够不够？",
    "装空调的地址是{address}，型号{n:model_no}，联系人电话{mobile}",
    "热水器坏了一直滴水，地址{address}，{n:floor_note}，电话{mobile}",
    "油烟机清洗，{address}，{n:date_time}方便吗",
    "开荒保洁，新房{n:area_size}，地址：{address}",
    "好的收到，{address}，已给您派单，师傅电话{mobile}，工号{n:worker_no}",
    "@所有人 {address} 这户的阿姨今天请假了，谁能顶一下？客户电话{mobile}",
    "【派单】{n:date_time} 深度保洁 {n:area_size}\n地址：{address}\n客户：{mobile}\n备注：家里有猫，门禁{n:gate_code}",
    "【改约】原{n:date_time}改到{n:date_time}，客户电话{mobile}，地址{address}不变",
    "客户投诉：搬家时冰箱门磕坏了，客户手机{mobile}，要求赔偿{n:price}",
    "联系不上客户，{mobile}一直关机，{landline}也没人接",
    "阿姨手机号改了，新号{mobile}，旧号停用了",
    "地址{address}电话{mobile}身份证{id_card}",
    "我住{address}，车停楼下{plate}，麻烦搬家师傅别堵我车",
    "师傅你好我在{address}等你，到了打{mobile}",
    "小区地址{address}\n门卫电话{landline}\n我电话{mobile}",
    "姓名就写王女士吧，电话{mobile}，地址{address}，谢谢🙏",
    "{mobile}\n{address}\n周六上午",
    "🏠{address}\n📞{mobile}",
    "地址发你哈 {address}",
    "那个{address}的单子是我下的，电话尾号不对，正确的是{mobile}",
    "手机{mobile}（微信同号），邮箱{email}",
    "有事打{mobile}，打不通就发微信{wechat}",
    "我的联系方式：{mobile}；QQ：{qq}；邮箱：{email}",
    "押金已经退到您尾号{n:tail_digits}的卡上了，不是这张{bank_card}吗？",
    "修马桶的师傅电话多少？我这边是{address}，急！！",
    "维修完成后请把维修单发到{email}，报销用",
    "您好 钥匙放在{address}门口鞋柜里，密码盒{n:lockbox_code}",
    "月嫂的身份证复印件发我一下，号码也行：{id_card}",
    "{id_card}\n{mobile}\n{bank_card}\n以上是阿姨的信息，请入职登记",
    "工资卡号{bank_card}，身份证{id_card}，手机{mobile}",
    "换个地址，不是{address}了，改成{address}",
    "老家地址{address}，身份证上就是这个",
    "我们公司在{address}，每周三下午做保洁，前台{landline}",
    "客户说地址写错了，正确的是{address}，你改下派单",
    "明天{n:date_time}，{address}，两个阿姨，{n:duration}",
    "搬家货车{plate}已出发，预计{n:duration}到，司机电话{mobile}",
    "拍了车牌照片：{plate} 就是这辆撞了我家门框",
    "师傅的车{plate}停在{n:parking_spot}了，不会挡道的",
    "客户邮箱{email}，发票抬头个人，金额{n:price}",
    "收款卡号：{bank_card}，尾款{n:price}",
    "您好我是安装师傅，我电话{mobile}，大概{n:date_time}到您{address}",
    "阿姨做得挺好的 以后直接约她 她微信{wechat} 我已经推给你了",
    "群里发一下哈：{address} 今天的保洁改成明天了，客户电话{mobile}",
    "好的 我qq是{qq} 邮箱就是QQ邮箱，后缀qq.com",
    "我的QQ邮箱{email}，报价单发过来吧",
    "投诉！！！你们搬家把我衣柜镜子打碎了，我电话{mobile}，地址{address}，不给说法我就12315",
    "保洁阿姨是我们这边安排的，阿姨电话{mobile}，身份证{id_card}，健康证也有",
    "紧急联系人：{mobile}（女儿）",
    "{address}，{n:floor_note}，大件家具要提前拆",
    "阿姨说她的银行卡是{bank_card}，让把工资打到这个",
    "请核对订单信息：\n服务地址：{address}\n联系电话：{mobile}\n服务时间：{n:date_time}\n订单号：{n:order_no}",
    "加一下阿姨微信 {wechat} 她要问下家里几口人",
    "搬家公司座机{landline}，手机{mobile}，两个都可以",
    "发下你的邮箱呗 我把保姆合同模板发你 我的是{email}",
    "我车牌{plate}，周日来拿钥匙",
    "地址是{address}吗？我导航过去显示的是另一个门",
    "换了个卡{bank_card}，原来的卡被冻结了退不回去",
    "QQ：{qq}，我白天上班看不了微信，报价发QQ上",
    "{qq} 是我QQ，装修前后对比照片我传你",
    "我妈不会用微信，有事加我q{qq}说",
    "阿姨的QQ是{qq}，她说微信号被封了",
    "我们公司统一用QQ对接，保洁主管QQ{qq}，座机{landline}",
    "留个QQ吧 {qq} 周末在家能回",
    "企业QQ {qq}，报销材料发这里，谢谢",
    "投诉材料已经打包，QQ群里没人理，我自己QQ号是{qq}，微信{wechat}",
    "家里老人用座机{landline}，我在外地，有事先打我{mobile}",
    "师傅车{plate}在小区外面，保安不让进，物业座机{landline}",
    "微信加不上？那加这个{wechat}，是我小号",
    "开锁要登记身份证，师傅说的，我的是{id_card}，房产证也拍给你了",
    "身份证：{id_card}\n籍贯：{address}\n做过三年育儿嫂",
    "阿姨体检报告上的身份证号是{id_card}，跟您发的对得上",
    "公安那边要备案，住家保姆身份证号{id_card}，雇主电话{mobile}",
    "{id_card}这个是我老公的，合同写他也行吗",
    "赔偿款打这张卡：{bank_card}，户名跟我身份证一致",
    "阿姨说工资卡换成{bank_card}了，下个月开始打这张",
    "尾款退我信用卡{bank_card}可以吗，当时就是刷这张付的",
    "接单师傅：车牌{plate}，手机{mobile}，微信{wechat}",
)

NEAR_TEMPLATES = (
    "订单号{n:order_no}，麻烦查下阿姨几点到",
    "您的订单{n:order_no}已支付成功，金额{n:price}",
    "定金{n:price}已收到，尾款{n:price}服务完成后付",
    "退款{n:price}已原路退回，微信支付单号{n:pay_txn}，1-3个工作日到账",
    "支付宝交易号{n:pay_txn}，我付了{n:price}怎么显示未支付",
    "师傅工号{n:worker_no}，有问题可以打客服{n:hotline}",
    "客服电话{n:hotline}一直占线，能不能给我回个电话",
    "门禁密码{n:gate_code}，进去左手边第二栋",
    "钥匙在门口密码盒，密码{n:lockbox_code}，用完放回去",
    "验证码{n:verify_code}，师傅到了您报给他核销",
    "空调型号{n:model_no}，{n:ac_power}的，要加氟吗",
    "热水器是{n:model_no}，机身码{n:serial_no}，还在保修期吗",
    "房子{n:area_size}，开荒保洁多少钱？",
    "{n:area_size}两个阿姨{n:duration}能做完吗",
    "我家{n:floor_note}，搬家要加钱吗",
    "搬运费{n:price}，{n:floor_note}另加{n:price}",
    "联系电话显示{n:masked_mobile}，是你们的师傅吗",
    "您尾号{n:tail_digits}的手机收到短信了吗",
    "退款到尾号{n:tail_digits}的银行卡了，{n:date_time}前到账",
    "配件快递单号{n:tracking_no}，预计{n:date_time}到",
    "滤网已经寄出了 单号{n:tracking_no}",
    "我们在{n:place_only}，你们那边有阿姨吗",
    "{n:place_only}能上门吗？周末",
    "我是{n:place_only}的，离得近吗",
    "邮编{n:postal_code}，发票寄纸质的",
    "公司开票信息：统一社会信用代码{n:credit_code}",
    "发票号码{n:invoice_no}，金额{n:price}，麻烦查下",
    "这个身份证号校验不通过：{n:bad_id}，阿姨再核对一下",
    "卡号{n:bad_card}系统提示无效，是不是少输了一位",
    "优惠券码{n:coupon_code}用不了",
    "兑换码{n:coupon_code}，家电清洗套餐",
    "车停{n:parking_spot}，师傅从地库上来",
    "{n:at_mention} 明天{n:date_time}那单谁接",
    "{n:at_mention} 客户说阿姨迟到了{n:duration}，跟进一下",
    "改约到{n:date_time}可以吗，那天我不在家",
    "{n:date_time}到{n:date_time}之间都可以",
    "保姆{n:price}，包吃住，月休{n:duration}",
    "育儿嫂报价{n:price}，月嫂{n:price}，您看选哪个",
    "钟点工{n:price}，{n:duration}起约",
    "师傅说要换压缩机{n:price}，太贵了吧",
    "地板划了三道，修复报价{n:price}，我们承担",
    "理赔单号{n:order_no}已提交，{n:date_time}前给您答复",
    "上门费{n:price}，不修也要收吗？？",
    "搬家{n:truck}，{n:price}包两个工人",
    "物业说装修押金{n:price}，保洁完了才退",
    "您{n:date_time}预约的深度保洁已确认，订单{n:order_no}",
    "好的，改到{n:date_time}，师傅工号{n:worker_no}",
    "银行卡显示{n:masked_card}，是这张吗",
    "手机号{n:masked_mobile}是你本人吗？系统里只显示这个",
    "我打{n:hotline}转人工转了{n:duration}都没人",
    "订单{n:order_no}、{n:order_no}合并一下开发票",
    "三楼阳台窗户，{n:area_size}，擦玻璃{n:price}",
    "工单{n:order_no}：洗衣机{n:model_no}脱水异响，序列号{n:serial_no}",
    "发个定位吧，我在{n:place_only}附近",
    "阿姨{n:date_time}到岗，试工{n:duration}",
    "{n:at_mention} 把{n:place_only}的单子统计一下，{n:date_time}前发群里",
    "您的保洁服务评价：5星，订单{n:order_no}，谢谢支持😊",
    "门禁{n:gate_code}，不行就按{n:gate_code}",
    "请在{n:date_time}前支付尾款{n:price}，逾期订单自动取消",
    "收据编号{n:invoice_no}，押金{n:price}",
    "下单时填的验证码{n:verify_code}，已经过期了",
    "{n:date_time}能来吗？{n:floor_note}，东西不多一车{n:truck}就够",
    "快递到了，单号{n:tracking_no}，{n:place_only}驿站",
    "报修编号{n:order_no}，上次修的空调又不制冷了",
    "总共{n:price}，已付{n:price}，还差{n:price}",
    "这个流水号{n:pay_txn}你们财务查一下",
    "二维码扫了提示卡号{n:bad_card}错误",
    "实名信息{n:masked_id}，核验通过了",
    "身份证显示{n:masked_id}，跟合同对不上啊",
    "打款记录显示到账卡号{n:masked_card}，您查下",
    "来电{n:masked_mobile}是搬家师傅，别当骚扰电话挂了",
    "订单里联系人手机{n:masked_mobile}，是您家老人的吗",
    "车型{n:truck}，{n:date_time}到楼下，{n:floor_note}",
    "空调{n:ac_power}挂机，拆装{n:price}，加氟另算",
    "热水器{n:model_no}，{n:duration}能装好吗，安装费{n:price}",
)


# --------------------------------------------------------------------------- renderer

_MARK = re.compile(r"\{(n:)?([a-z_]+)\}")


class FmtCycle:
    def __init__(self, rng):
        self.r = rng
        self.q: dict[str, list[str]] = {}

    def next(self, kind):
        q = self.q.get(kind)
        if not q:
            q = [f for f, w in FORMATS[kind] for _ in range(w)]
            self.r.shuffle(q)
            self.q[kind] = q
        return q.pop()


def _render(tpl: str, g: Gen, cyc: FmtCycle):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    last = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        kind = m.group(2)
        if m.group(1):
            v = near_value(kind, g)
            out.append(v)
            nears.append((kind, pos, pos + len(v)))
            pos += len(v)
        else:
            fmt = cyc.next(kind)
            pre, v, suf = getattr(g, kind)(fmt)
            out.append(pre)
            pos += len(pre)
            out.append(v)
            ents.append((kind, pos, pos + len(v)))
            fmts.append(fmt)
            pos += len(v)
            out.append(suf)
            pos += len(suf)
    out.append(tpl[last:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    cyc = FmtCycle(rng)
    rows = []
    pii_t = list(PII_TEMPLATES)
    for i in range(N_PII_ROWS):
        tid = i % len(pii_t) if i < 2 * len(pii_t) else rng.randrange(len(pii_t))
        g = Gen(rng)
        text, es, fs, ns = _render(pii_t[tid], g, cyc)
        rows.append((text, es, fs, ns, f"p{tid}"))
    for i in range(N_NEAR_ROWS):
        tid = i % len(NEAR_TEMPLATES) if i < 2 * len(NEAR_TEMPLATES) else rng.randrange(len(NEAR_TEMPLATES))
        g = Gen(rng)
        text, es, fs, ns = _render(NEAR_TEMPLATES[tid], g, cyc)
        rows.append((text, es, fs, ns, f"n{tid}"))
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[i] for i in order]
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind49_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")


def _cn_to_digits(s: str) -> str:
    return "".join(str(CN_DIGIT_YAO.index(c)) if c in CN_DIGIT_YAO else (str(CN_DIGIT.index(c)) if c in CN_DIGIT else c) for c in s)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip() and v[0] not in "：:，,（" and v[-1] not in "：:，,。)）", (k, v)
            n = _cn_to_digits(_norm(v))
            if k == "mobile":
                assert _MOBILE_RE.fullmatch(n), v
            elif k == "id_card":
                assert _id_ok(n.upper()), v
            elif k == "bank_card":
                assert 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert re.fullmatch(r"(\(?0\d{2,3}\)?)?[2-8]\d{6,7}", n), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.]+@[\w.]+\.[a-zA-Z]{2,}", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[a-zA-Z][\w-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Za-z][·\s]?[A-Z0-9]{5,6}", v), v
            elif k == "address":
                assert re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v), v
                assert re.match(r"[\u4e00-\u9fff]", v), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOBILE_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind49_corpus())  # deterministic
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

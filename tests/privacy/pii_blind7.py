"""Seventh blind PII corpus (``split == "blind7"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七位写手")
that did NOT read the masking rules (``toolkit/privacy/_patterns.py``,
``toolkit/privacy/_address.py``, ``toolkit/privacy/mask.py`` beyond the
PII_KINDS / PLACEHOLDERS lines), nor the other corpora or tests under
``tests/privacy/`` (only the module docstring, lines 1-60, and the last 40
lines of ``pii_blind6.py`` for the layout and the entry-point names), nor
``bench/``, the README privacy sections or git history.  It never imported
``toolkit`` and never ran any masking function on this corpus.  Value shapes,
chat contexts and labels come only from the writer's own idea of how
customers in mainland China type contact data in WeCom chats with service
staff of different industries: e-commerce after-sales, banking, insurance
claims, telecom, education / training, real estate, logistics, healthcare
appointments, food delivery and car services.

What is different here: messy real-world habits -- values broken over a line
break inside one message, forwarded 名片 / contact cards, text pasted from
other apps with 【收货地址】-style labels, Chinese numerals mixed into digits
(``一三八 1234 五六七八``, ``幺``), colloquial / abbreviated / reversed /
pinyin-English addresses, plates with spaces or dots, IDs in 6-8-4 groups,
cards read aloud in groups, WeChat / QQ ids behind filter-dodging cue
spellings (V信, 薇信, 绿泡泡, 扣扣, 企鹅 ...), e-mails with typo domains, and
hard industry near-misses (policy / claim / contract numbers, student ids,
exam tickets, meter numbers, ICCID, bills, VIN, property certificates, social
credit codes, pickup codes that look like room numbers, masked values, ...).

Seed
----
``SEED = "blind7-2026-wecom-第七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples (no hash seeds, no set
iteration order).  ID-card check digits (ISO 7064 MOD 11-2) and bank-card /
IMEI Luhn digits are computed here; every near-miss digit run of 16-19 digits
fails Luhn and every 18-character ID-shaped near-miss fails the ID check.
Each declared value format is first forced ``FORCE_PER_FMT`` (4) times into
randomly drawn templates holding a free marker of its kind; the other rows
draw formats by weight, so every format shows up in several contexts.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; the span holds the value
  only: cue words, ``+86`` / ``0086`` / ``86-`` / ``(+86)`` prefixes and
  landline extensions (``转806``, ``-806``, ``ext.806``, ``分机806``) are
  outside; separators inside a value (spaces, dashes, dots, commas of a card
  read aloud, a line break inside the value, the parentheses around a landline
  area code) are inside; an address runs from its first to its last place unit
  (省 / 市 / 区 / 县 / 镇 / 乡 / 村 / 组 / 路 / 街 / 巷 / 号 / 小区 / 花园 / 栋 /
  幢 / 座 / 号楼 / 单元 / 室 / 楼 / 层 and bare room numbers such as ``1502``
  or ``12-2-501``); colloquial addresses that start with a bare district name
  (``昌平回龙观...``) start at that name; pinyin / English addresses run from
  the first word (``Room`` / city) to the last place word.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind7"``

Rows with >= 1 entity are PII sentences; rows with none are near-miss
sentences (PII sentences may also carry near-misses).  Kinds: email, id_card,
bank_card, mobile, landline, qq, wechat, plate, address (``name`` is not
labelled; the messages avoid personal names, only 本人 / 先生 / 女士 style).

Entry points: ``make_blind7_corpus()`` (alias ``build()``) returns the
DataFrame; ``check_corpus(df)`` validates it and returns counts.

Counts (from ``python tests/privacy/pii_blind7.py``)
-----------------------------------------------------
rows=1630 pii_rows=930 near_rows=700 entities=1484

entities per kind: mobile 335, address 280, landline 160, email 130, id_card 129, plate 121, bank_card 119,
wechat 117, qq 93

near-miss spans=1289 (1150 of them in the 700 near-miss rows) kinds=52: amount 233, date 113, time 60,
order_no 47, quantity 45, masked_value 45, nth 39, card_len_fail 35, tracking_no 32, policy_no 31,
datetime 30, model 26, version 26, at_mention 24, course_code 24, hotline 22, percent 22, id_len_fail 22,
pickup_code 21, patient_no 20, invoice_no 20, verification_code 20, meter_no 20, queue_no 19, vin 18,
mileage 17, claim_no 17, weight 16, coupon 15, file_name 14, property_cert 13, credit_code 13, area 12,
flight_train 12, transaction_no 12, engine_no 11, iccid 11, student_id 10, bill_no 10, unit_word 10,
exam_ticket 9, bank_code 9, postcode 9, plan 8, url 8, plate_prefix 8, imei 8, group_id 7, engine_power 5,
txn_serial 4, contract_no 4, listing_no 3

formats=92 distinct (kind: format count):

* email: at_word 8, cn_at 10, corp 18, edu 10, fullwidth_at 10, hash_at 7, pinyin 21, qq_numeric 14,
  spaced_at 9, typo_domain 17, upper 6
* id_card: dash_6_8_4 12, fullwidth 6, linebreak 20, lower_x 18, plain 45, space_6_4_4_4 8, space_6_8_4 20
* bank_card: bin_split 8, cn_mixed 7, dash4 8, fullwidth 7, linebreak 17, plain 28, read_aloud 24, space4 20
* mobile: cn_all 23, cn_mixed 18, dash344 36, digit_spaced 13, dot344 17, fullwidth 10, linebreak 13,
  p0086 18, p86dash 12, paren_plus86 7, plain 76, plus86 31, plus86_dash 8, space344 43, space38 10
* landline: dash 29, dot 12, ext_dash 14, ext_word 10, ext_zhuan 12, intl 18, linebreak 12, local_only 8,
  paren 10, paren_cn 13, plain 13, space 9
* qq: cn_mixed 10, dash 9, fullwidth 7, plain 48, spaced 19
* wechat: camel 15, custom 41, dash 12, dot_dodge 9, spaced_dodge 10, underscore 18, wxid 12
* plate: dash 6, dot 4, lower 8, middot 12, nev 13, nev_space 11, plain 22, space 13, spaced_all 9, trailer 23
* address: city_start 30, cn_numerals 9, colloquial 25, compact_room 19, district_start 19, full_std 27,
  landmark_floor 15, linebreak 9, office_tower 21, pinyin_en 18, reverse 7, road_no 9, rural 21, spaced 12,
  tb_copy 11, tb_detail 14, tb_region 14
"""
from __future__ import annotations

import re
from collections import Counter

import random

import pandas as pd

SEED = "blind7-2026-wecom-第七位写手"
SPLIT = "blind7"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 930
N_NEAR_ROWS = 700

# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def id_check_char(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def id18_valid(v: str) -> bool:
    v = v.upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", v)) and id_check_char(v[:17]) == v[17]


def luhn_ok(num: str) -> bool:
    if not num.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(payload: str) -> str:
    for d in "0123456789":
        if luhn_ok(payload + d):
            return d
    raise AssertionError(payload)


_CN_DIGIT = {"〇": "0", "零": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
             "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def norm_digits(v: str) -> str:
    """Full-width -> ASCII, Chinese digits -> Arabic, keep digits / X only."""
    out = []
    for c in v:
        o = ord(c)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            c = chr(o - 0xFEE0)
        c = _CN_DIGIT.get(c, c)
        if c.isdigit() or c in "Xx":
            out.append(c.upper())
    return "".join(out)


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


# ---------------------------------------------------------------------------
# fixed lists
# ---------------------------------------------------------------------------
MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
              "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "178",
              "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198",
              "199")
AREA = (("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8),
        ("028", 8), ("029", 8), ("0571", 8), ("0755", 8), ("0512", 8), ("0532", 8), ("0731", 8), ("0871", 7),
        ("0591", 8), ("0351", 7), ("0931", 7), ("0471", 7), ("0898", 8), ("0769", 8), ("0757", 8),
        ("0574", 8), ("0311", 8), ("0371", 8), ("0551", 7))
ID_REGION = ("110105", "110108", "310115", "310104", "440305", "440106", "330106", "330110", "510107",
             "420111", "320115", "320508", "370212", "610113", "500112", "410105", "430104", "350203",
             "210102", "120104", "130602", "341204", "360732", "411625", "511324", "450981", "620102",
             "650102", "150102", "220102", "230103", "430524")
CARD_BIN = (("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("622588", 16), ("621483", 16),
            ("622262", 19), ("623668", 19), ("621226", 19), ("622575", 16), ("439225", 16), ("518710", 16),
            ("625911", 16), ("628288", 16), ("621799", 19), ("623058", 19), ("620522", 19))
PROVS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

REGIONS = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区")),
    ("广东省", "广州市", ("天河区", "海珠区", "番禺区", "白云区")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区")),
    ("江苏省", "南京市", ("江宁区", "鼓楼区", "玄武区")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "双流区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区")),
    ("陕西省", "西安市", ("雁塔区", "未央区")),
    ("河南省", "郑州市", ("金水区", "二七区")),
    ("湖南省", "长沙市", ("岳麓区", "雨花区")),
    ("福建省", "厦门市", ("思明区", "湖里区")),
    ("", "北京市", ("朝阳区", "海淀区", "昌平区", "丰台区")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区")),
    ("", "天津市", ("南开区", "河西区")),
    ("", "重庆市", ("渝北区", "九龙坡区")),
)
ROADS = ("科技南十二路", "文三路", "中山大道", "建设路", "人民南路", "解放东路", "长江路", "学院路", "滨江大道",
         "幸福街", "南京西路", "金桥路", "江南大道", "香山路", "银湖街", "丰庆路", "桂花巷", "东风路", "五一路",
         "天府三街", "青年路", "花园街", "红旗路", "光明巷")
COMMS = ("阳光花园", "万科城", "碧桂园", "保利香槟国际", "翠苑一区", "金地格林小城", "绿地世纪城", "世茂滨江花园",
         "融创玖樾府", "和谐家园", "幸福里小区", "锦绣江南小区", "东方明珠花园", "紫薇公寓", "恒大名都",
         "桃源居", "龙湖春江郦城", "华润二十四城", "金色家园", "丽景苑")
TOWERS = ("国贸大厦", "环球中心", "东方通信大厦", "来福士广场", "万达广场", "软件园二期", "创业大厦", "银泰中心",
          "时代广场", "金融大厦")
COLLOQ = (("昌平", "回龙观", "龙泽苑东区"), ("海淀", "五道口", "华清嘉园"), ("浦东", "张江", "汤臣豪园三期"),
          ("闵行", "莘庄", "春申城"), ("天河", "珠江新城", "凯华国际"), ("南山", "蛇口", "花园城"),
          ("余杭", "未来科技城", "海创园"), ("武侯", "玉林", "玉林小区"), ("江宁", "百家湖", "润华苑"),
          ("宝安", "西乡", "碧海花园"), ("洪山", "光谷", "金地太阳城"), ("雁塔", "小寨", "融侨馨苑"))
LANDMARK = (("朝阳", "望京", "SOHO塔2"), ("浦东", "陆家嘴", "环球金融中心"), ("天河", "珠江新城", "IFC"),
            ("海淀", "中关村", "鼎好大厦B座"), ("滨江", "江南大道", "星耀城2期"), ("南山", "后海", "卓越后海中心"),
            ("朝阳", "国贸", "建外SOHO东区"), ("武昌", "中南", "泛悦城T1"))
COUNTIES = (("河南省", "周口市", "郸城县"), ("山东省", "菏泽市", "曹县"), ("安徽省", "阜阳市", "临泉县"),
            ("四川省", "南充市", "仪陇县"), ("湖南省", "邵阳市", "隆回县"), ("江西省", "赣州市", "于都县"),
            ("河北省", "保定市", "涞源县"), ("广西壮族自治区", "玉林市", "博白县"))
TOWNS = ("汲冢镇", "青堌集镇", "杨桥镇", "马鞍镇", "桃洪镇", "岭背镇", "王安镇", "龙潭镇", "石门乡", "大桥乡")
VILLAGES = ("王庄村", "李楼村", "前进村", "新华村", "张湾村", "上坪村", "石桥村", "和平村")
PY_CITY = (("Hangzhou", "Xihu District"), ("Nanjing", "Jiangning District"), ("Shenzhen", "Nanshan District"),
           ("Chengdu", "Wuhou District"), ("Shanghai", "Pudong New Area"), ("Beijing", "Chaoyang District"),
           ("Guangzhou", "Tianhe District"), ("Wuhan", "Hongshan District"))
PY_ROAD = ("Wensan Road", "Jianshe Road", "Keji South 12th Rd", "Renmin South Road", "Zhongshan Avenue",
           "Xueyuan Rd", "Changjiang Road", "Jiefang East Road")
PY_COMM = ("Yangguang Garden", "Wanke City", "Hexie Jiayuan", "Jinxiu Jiangnan Community", "Ziwei Apartment",
           "Taoyuan Ju", "Lijing Yuan")
CN_NUM = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
          "十六", "十七", "十八")

WX_CUES = ("微信", "微信号", "vx", "VX", "V信", "v信", "威信", "薇信", "wx", "WX", "➕V", "加v", "卫星", "徽信",
           "绿泡泡", "V", "weixin", "薇❤", "VX号", "wechat", "🛰", "v❤")
QQ_CUES = ("QQ", "qq", "扣扣", "Q", "企鹅", "企鹅号", "抠抠", "球球", "Q号", "QQ号", "🐧", "扣")
MOB_CUES = ("手机", "电话", "手机号", "联系电话", "tel", "Tel", "📱", "联系方式", "号码", "手机号码", "电话号码", "☎")
LAND_CUES = ("座机", "固话", "办公电话", "单位电话", "公司电话", "家里电话", "前台电话", "门店电话")
MAIL_CUES = ("邮箱", "email", "Email", "E-mail", "邮件", "mail", "电子邮箱", "📧", "邮箱地址")
ID_CUES = ("身份证", "身份证号", "证件号", "身份证号码", "证件号码", "证件", "身份证号是")
CARD_CUES = ("卡号", "银行卡", "银行卡号", "收款卡号", "退款卡号", "储蓄卡", "账号", "尾号不对，完整的是")
PLATE_CUES = ("车牌", "车牌号", "牌照", "车号", "车牌号码")
ADDR_CUES = ("地址", "收货地址", "寄到", "送到", "家庭住址", "住址", "上门地址", "详细地址", "现住址")
COMPANIES = ("鑫源物流", "华辰地产", "安达保险代理", "优学教育", "顺驰汽修", "蓝海电器售后", "美邻家政",
             "诚信二手车", "康宁口腔", "速达同城配送")
CUES = {"wx": WX_CUES, "qq": QQ_CUES, "mob": MOB_CUES, "land": LAND_CUES, "mail": MAIL_CUES, "id": ID_CUES,
        "card": CARD_CUES, "plate": PLATE_CUES, "addr": ADDR_CUES, "co": COMPANIES,
        "hi": ("亲", "你好", "您好", "在吗", "hello", "客服你好", "老师好", "麻烦问下", "哈喽"),
        "thx": ("谢谢", "麻烦了", "感谢", "辛苦", "🙏", "谢啦", "thx", "多谢")}


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # -- helpers
    def digits(self, n: int, first: str = "0123456789") -> str:
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, table):
        names = [t[0] for t in table]
        weights = [t[1] for t in table]
        return self.r.choices(names, weights=weights, k=1)[0]

    def cn(self, ds: str, yao: bool = False) -> str:
        table = "零幺二三四五六七八九" if yao else self.pick(("〇一二三四五六七八九", "零一二三四五六七八九"))
        return "".join(table[int(c)] for c in ds)

    # -- mobile
    MOBILE_FMTS = (("plain", 22), ("dash344", 8), ("space344", 10), ("plus86", 6), ("plus86_dash", 3),
                   ("p0086", 3), ("p86dash", 3), ("paren_plus86", 3), ("cn_mixed", 5), ("cn_all", 4),
                   ("fullwidth", 4), ("linebreak", 5), ("dot344", 3), ("space38", 3), ("digit_spaced", 3))

    def mobile(self, fmt=None):
        r = self.r
        fmt = fmt or self.wpick(self.MOBILE_FMTS)
        d = self.pick(MOB_PREFIX) + self.digits(8)
        a, b, c = d[:3], d[3:7], d[7:]
        pre = post = ""
        if fmt == "plain":
            v = d
        elif fmt == "dash344":
            v = f"{a}-{b}-{c}"
        elif fmt == "space344":
            v = f"{a} {b} {c}"
        elif fmt == "plus86":
            pre, v = self.pick(("+86 ", "+86", "+86-")), d
        elif fmt == "plus86_dash":
            pre, v = self.pick(("+86 ", "+86-")), f"{a}-{b}-{c}"
        elif fmt == "p0086":
            pre, v = self.pick(("0086 ", "0086-", "0086")), d
        elif fmt == "p86dash":
            pre, v = "86-", d
        elif fmt == "paren_plus86":
            pre, v = self.pick(("(+86)", "（+86）", "(+86) ", "(86)")), d
        elif fmt == "cn_mixed":
            k = r.randrange(3)
            if k == 0:
                v = f"{self.cn(a)} {b} {self.cn(c)}"
            elif k == 1:
                v = f"{a} {self.cn(b)} {c}"
            else:
                v = f"{a}{self.cn(b, yao=True)}{c}"
        elif fmt == "cn_all":
            v = self.cn(d, yao=r.random() < 0.5)
            if r.random() < 0.4:
                v = f"{v[:3]} {v[3:7]} {v[7:]}"
        elif fmt == "fullwidth":
            v = _fw(d)
        elif fmt == "linebreak":
            k = r.choice((3, 7, 5))
            v = d[:k] + self.pick(("\n", "\n", " \n")) + d[k:]
        elif fmt == "dot344":
            v = f"{a}.{b}.{c}"
        elif fmt == "space38":
            v = f"{a} {b}{c}"
        elif fmt == "digit_spaced":
            v = " ".join(d)
        else:
            raise ValueError(fmt)
        return pre, v, post, fmt

    # -- landline
    LAND_FMTS = (("dash", 20), ("paren", 8), ("paren_cn", 5), ("space", 6), ("plain", 6), ("ext_zhuan", 6),
                 ("ext_dash", 6), ("ext_word", 4), ("intl", 5), ("local_only", 4), ("linebreak", 4),
                 ("dot", 4))

    def landline(self, fmt=None):
        fmt = fmt or self.wpick(self.LAND_FMTS)
        area, n = self.pick(AREA)
        loc = self.digits(n, "2345678")
        h = 4 if n == 8 else 3
        pre = post = ""
        if fmt == "dash":
            v = f"{area}-{loc}"
        elif fmt == "paren":
            v = f"({area}){loc}"
        elif fmt == "paren_cn":
            v = f"（{area}）{loc}"
        elif fmt == "space":
            v = f"{area} {loc[:h]} {loc[h:]}"
        elif fmt == "plain":
            v = f"{area}{loc}"
        elif fmt in ("ext_zhuan", "ext_dash", "ext_word"):
            v = f"{area}-{loc}"
            ext = self.digits(self.pick((3, 4)), "123456789")
            if fmt == "ext_zhuan":
                post = self.pick(("转", "转", " 转 ")) + ext
            elif fmt == "ext_dash":
                post = "-" + ext
            else:
                post = self.pick((" ext.", " 分机", "分机号", " EXT ")) + ext
        elif fmt == "intl":
            pre = self.pick(("+86-", "+86 ", "0086-"))
            v = f"{area[1:]}-{loc}" if self.r.random() < 0.6 else f"{area[1:]} {loc[:h]} {loc[h:]}"
        elif fmt == "local_only":
            v = f"{loc[:h]} {loc[h:]}" if self.r.random() < 0.5 else loc
        elif fmt == "linebreak":
            v = f"{area}-\n{loc}" if self.r.random() < 0.5 else f"{area}\n{loc}"
        elif fmt == "dot":
            v = f"{area}.{loc[:h]}.{loc[h:]}"
        else:
            raise ValueError(fmt)
        return pre, v, post, fmt

    # -- email
    EMAIL_FMTS = (("qq_numeric", 10), ("pinyin", 14), ("corp", 7), ("edu", 4), ("typo_domain", 9),
                  ("fullwidth_at", 4), ("at_word", 5), ("hash_at", 4), ("spaced_at", 4), ("upper", 3),
                  ("cn_at", 5))
    _LOCAL = ("xiaoyu2019", "sunny_88", "lele.mama", "tiantian1990", "happy_cat", "mumu0603", "dalao666",
              "chen.office", "jiayi_w", "zhou1988", "aiguo.li", "momo_zz", "kevin.hz", "shine2020", "lucky7777",
              "yy_zhang", "fangfang.sh", "mr.wang.sz", "xx_dad", "bobo1314", "yoyo.cd", "a15066", "tony_chen85")
    _DOM = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com",
            "yeah.net", "hotmail.com", "sohu.com", "aliyun.com")
    _CORP = ("huachen-re.com", "anda-ins.com.cn", "youxue.edu.cn", "landhai.cn", "szexpress.com",
             "kangning-dental.com", "cs.example-mall.com")
    _TYPO = ("qq.con", "163.cm", "gmial.com", "126.co", "hotmial.com", "foxmail.con", "qq。com", "163,com",
             "sina.cn.com", "qq.comm", "163com.com")

    def email(self, fmt=None):
        r = self.r
        fmt = fmt or self.wpick(self.EMAIL_FMTS)
        loc = self.pick(self._LOCAL)
        dom = self.pick(self._DOM)
        if fmt == "qq_numeric":
            v = self.digits(r.randrange(6, 11), "123456789") + "@" + self.pick(("qq.com", "qq.com", "QQ.com",
                                                                                  "vip.qq.com"))
        elif fmt == "pinyin":
            v = f"{loc}@{dom}"
        elif fmt == "corp":
            v = self.pick(("service", "hr", "kefu", "shouhou", "sales01", "admin", "finance.bj")) + "@" + \
                self.pick(self._CORP)
        elif fmt == "edu":
            v = self.pick(("stu", "s", "m")) + self.digits(8, "12") + "@" + \
                self.pick(("zju.edu.cn", "stu.xjtu.edu.cn", "mail.ustc.edu.cn", "whu.edu.cn"))
        elif fmt == "typo_domain":
            v = f"{loc}@{self.pick(self._TYPO)}"
        elif fmt == "fullwidth_at":
            v = f"{loc}＠{dom}"
        elif fmt == "at_word":
            name, ext = dom.split(".", 1)
            k = r.randrange(3)
            if k == 0:
                v = f"{loc}(at){dom}"
            elif k == 1:
                v = f"{loc}[at]{dom}"
            else:
                v = f"{loc} at {name} dot {ext}"
        elif fmt == "hash_at":
            v = f"{loc}#{dom}"
        elif fmt == "spaced_at":
            v = f"{loc} @ {dom}"
        elif fmt == "upper":
            v = f"{loc}@{dom}".upper()
        elif fmt == "cn_at":
            v = f"{loc}{self.pick(('艾特', '圈a'))}{dom}"
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- id card
    ID_FMTS = (("plain", 30), ("lower_x", 5), ("space_6_8_4", 9), ("dash_6_8_4", 4), ("linebreak", 4),
               ("fullwidth", 3), ("space_6_4_4_4", 3))

    def id_body(self, want_x=False):
        r = self.r
        while True:
            y = r.randrange(1956, 2008)
            m = r.randrange(1, 13)
            dd = r.randrange(1, 29)
            body = f"{self.pick(ID_REGION)}{y:04d}{m:02d}{dd:02d}{r.randrange(0, 1000):03d}"
            c = id_check_char(body)
            if not want_x or c == "X":
                return body + c

    def id_card(self, fmt=None):
        fmt = fmt or self.wpick(self.ID_FMTS)
        v = self.id_body(want_x=(fmt == "lower_x") or self.r.random() < 0.08)
        if fmt == "plain":
            pass
        elif fmt == "lower_x":
            v = v.lower()
        elif fmt == "space_6_8_4":
            v = f"{v[:6]} {v[6:14]} {v[14:]}"
        elif fmt == "dash_6_8_4":
            v = f"{v[:6]}-{v[6:14]}-{v[14:]}"
        elif fmt == "linebreak":
            k = self.pick((6, 10, 14))
            v = v[:k] + "\n" + v[k:]
        elif fmt == "fullwidth":
            v = _fw(v)
        elif fmt == "space_6_4_4_4":
            v = f"{v[:6]} {v[6:10]} {v[10:14]} {v[14:]}"
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- bank card
    CARD_FMTS = (("plain", 26), ("space4", 16), ("dash4", 5), ("read_aloud", 5), ("linebreak", 6),
                 ("bin_split", 4), ("fullwidth", 4), ("cn_mixed", 4))

    def card_digits(self):
        b, n = self.pick(CARD_BIN)
        payload = b + self.digits(n - len(b) - 1)
        return payload + luhn_digit(payload)

    def bank_card(self, fmt=None):
        fmt = fmt or self.wpick(self.CARD_FMTS)
        d = self.card_digits()
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
        if fmt == "plain":
            v = d
        elif fmt == "space4":
            v = " ".join(groups)
        elif fmt == "dash4":
            v = "-".join(groups)
        elif fmt == "read_aloud":
            v = self.pick(("，", "，", "、", ", ")).join(groups)
        elif fmt == "linebreak":
            k = self.pick((1, 2, 3)) * 4 if len(d) > 16 else self.pick((1, 2, 3)) * 4
            v = " ".join(groups[:k // 4]) + "\n" + " ".join(groups[k // 4:]) if self.r.random() < 0.5 \
                else d[:k] + "\n" + d[k:]
        elif fmt == "bin_split":
            v = f"{d[:6]} {d[6:]}"
        elif fmt == "fullwidth":
            v = _fw(d)
        elif fmt == "cn_mixed":
            v = " ".join(groups[:-1]) + " " + self.cn(groups[-1], yao=True)
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- qq
    QQ_FMTS = (("plain", 30), ("spaced", 7), ("cn_mixed", 5), ("fullwidth", 4), ("dash", 4))

    def qq_digits(self):
        n = self.r.choice((5, 6, 7, 8, 9, 9, 10, 10, 11))
        first = "23456789" if n == 11 else "123456789"
        return self.digits(n, first)

    def qq(self, fmt=None):
        fmt = fmt or self.wpick(self.QQ_FMTS)
        d = self.qq_digits()
        while fmt in ("spaced", "dash", "cn_mixed") and len(d) < 8:
            d = self.qq_digits()
        if fmt == "plain":
            v = d
        elif fmt == "spaced":
            v = f"{d[:3]} {d[3:6]} {d[6:]}" if len(d) < 10 else f"{d[:4]} {d[4:7]} {d[7:]}"
        elif fmt == "cn_mixed":
            v = self.cn(d[:3], yao=self.r.random() < 0.5) + d[3:]
        elif fmt == "fullwidth":
            v = _fw(d)
        elif fmt == "dash":
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- wechat
    WX_FMTS = (("custom", 24), ("underscore", 10), ("dash", 6), ("wxid", 6), ("camel", 6), ("spaced_dodge", 4),
               ("dot_dodge", 2))
    _WXW = ("sunny", "lucky", "tiantian", "xiaoyu", "momo", "ashin", "kiki", "leo", "jiajia", "duoduo", "yiyi",
            "coco", "kevin", "tutu", "mumu", "nana", "honey", "apple", "panda", "tiger", "rain", "summer")

    def wechat(self, fmt=None):
        r = self.r
        fmt = fmt or self.wpick(self.WX_FMTS)
        w = self.pick(self._WXW)
        num = str(r.choice((r.randrange(1, 100), r.randrange(1980, 2012), r.randrange(100, 10000))))
        if fmt == "custom":
            v = w + num + (self.pick(("", "", "a", "zz", "x")))
        elif fmt == "underscore":
            v = f"{w}_{num}"
        elif fmt == "dash":
            v = f"{w}-{self.pick(self._WXW)}{num[-2:]}"
        elif fmt == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randrange(10, 15)))
        elif fmt == "camel":
            v = w.capitalize() + self.pick(self._WXW).capitalize() + num
        elif fmt == "spaced_dodge":
            v = " ".join((w, num))
        elif fmt == "dot_dodge":
            v = ".".join(w + num)
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- plate
    PLATE_FMTS = (("plain", 26), ("space", 8), ("middot", 7), ("dot", 4), ("dash", 3), ("lower", 4),
                  ("nev", 7), ("nev_space", 4), ("spaced_all", 3), ("trailer", 3))

    def plate_body(self, n=5):
        r = self.r
        chars = []
        n_letters = r.choice((0, 0, 1, 1, 2))
        pos = r.sample(range(n), n_letters)
        for i in range(n):
            chars.append(r.choice(PLATE_LET) if i in pos else r.choice("0123456789"))
        return "".join(chars)

    def plate(self, fmt=None):
        r = self.r
        fmt = fmt or self.wpick(self.PLATE_FMTS)
        p = self.pick(PROVS)
        c = r.choice("ABCDEFGHJK")
        body = self.plate_body()
        if fmt == "plain":
            v = p + c + body
        elif fmt == "space":
            v = f"{p}{c} {body}"
        elif fmt == "middot":
            v = f"{p}{c}·{body}"
        elif fmt == "dot":
            v = f"{p}{c}.{body}"
        elif fmt == "dash":
            v = f"{p}{c}-{body}"
        elif fmt == "lower":
            v = (p + c + body).lower()
        elif fmt in ("nev", "nev_space"):
            if r.random() < 0.7:
                nb = r.choice("DF") + r.choice((self.digits(5), r.choice(PLATE_LET) + self.digits(4)))
            else:
                nb = self.digits(5) + r.choice("DF")
            v = f"{p}{c}{nb}" if fmt == "nev" else f"{p}{c} {nb}"
        elif fmt == "spaced_all":
            v = " ".join(p + c + body)
        elif fmt == "trailer":
            v = f"{p}{c}{self.digits(4)}挂"
        else:
            raise ValueError(fmt)
        return "", v, "", fmt

    # -- address
    ADDR_FMTS = (("full_std", 14), ("city_start", 10), ("district_start", 8), ("spaced", 6),
                 ("colloquial", 7), ("landmark_floor", 4), ("reverse", 5), ("pinyin_en", 5), ("rural", 6),
                 ("compact_room", 6), ("linebreak", 5), ("cn_numerals", 4), ("office_tower", 6),
                 ("road_no", 5))

    def _bldg(self):
        r = self.r
        n = r.randrange(1, 37)
        return self.pick((f"{n}栋", f"{n}幢", f"{n}号楼", f"{n}栋", f"{r.choice('ABCDE')}座"))

    def _room(self, suffix=None):
        r = self.r
        room = f"{r.randrange(1, 34)}{r.randrange(1, 7):02d}"
        if suffix is None:
            suffix = self.pick(("室", "室", "", "房"))
        return room + suffix

    def _parts(self, with_prov=True):
        r = self.r
        prov, city, dists = self.pick(REGIONS)
        parts = []
        if with_prov and prov:
            parts.append(prov)
        parts += [city, self.pick(dists), self.pick(ROADS) + f"{r.randrange(1, 900)}号"]
        if r.random() < 0.8:
            parts.append(self.pick(COMMS))
        parts.append(self._bldg())
        if r.random() < 0.6:
            parts.append(f"{r.randrange(1, 7)}单元")
        parts.append(self._room())
        return parts

    def address(self, fmt=None):
        r = self.r
        fmt = fmt or self.wpick(self.ADDR_FMTS)
        if fmt == "full_std":
            v = "".join(self._parts())
        elif fmt == "city_start":
            v = "".join(self._parts(with_prov=False))
        elif fmt == "district_start":
            v = "".join(self._parts(with_prov=False)[1:])
        elif fmt == "spaced":
            v = " ".join(self._parts())
        elif fmt == "colloquial":
            d, area, comm = self.pick(COLLOQ)
            tail = self.pick(("", self._bldg(), self._bldg() + f"{r.randrange(1, 7)}单元" + self._room(),
                              f"{r.randrange(1, 30)}-{r.randrange(1, 6)}-{self._room('')}"))
            v = d + area + comm + tail
        elif fmt == "landmark_floor":
            d, area, bld = self.pick(LANDMARK)
            v = d + area + bld + " " + f"{r.randrange(2, 40)}" + self.pick(("层", "楼", "F"))
            if r.random() < 0.4:
                v += self._room(self.pick(("室", "")))
        elif fmt == "reverse":
            parts = self._parts(with_prov=False)
            sep = self.pick(("，", ",", " ", "，"))
            v = sep.join(reversed(parts))
        elif fmt == "pinyin_en":
            city, dist = self.pick(PY_CITY)
            room, b, n = self._room(""), r.randrange(1, 30), r.randrange(1, 900)
            comm, road = self.pick(PY_COMM), self.pick(PY_ROAD)
            if r.random() < 0.6:
                v = (f"{self.pick(('Room', 'Rm', 'Rm.'))} {room}, {self.pick(('Building', 'Bldg', 'Block'))} {b}, "
                     f"{comm}, No. {n} {road}, {dist}, {city}")
                if r.random() < 0.4:
                    v += self.pick((" City", ", Zhejiang", ", China"))
            else:
                v = f"{city} {dist} {road} No.{n} {comm} Bldg {b} Rm {room}"
        elif fmt == "rural":
            prov, city, county = self.pick(COUNTIES)
            head = self.pick((prov + city + county, city + county, county))
            tail = self.pick((f"{r.randrange(1, 12)}组", f"{r.randrange(1, 12)}组{r.randrange(1, 80)}号",
                              f"{r.randrange(1, 120)}号", ""))
            v = head + self.pick(TOWNS) + self.pick(VILLAGES) + tail
        elif fmt == "compact_room":
            _, _, dists = self.pick(REGIONS)
            head = self.pick(("", self.pick(dists)))
            v = head + self.pick(COMMS) + self.pick(("", "一期", "二期", "3期", "南区")) + \
                f"{r.randrange(1, 30)}-{r.randrange(1, 6)}-{self._room('')}"
        elif fmt == "linebreak":
            parts = self._parts(with_prov=r.random() < 0.5)
            k = r.randrange(1, len(parts))
            v = "".join(parts[:k]) + self.pick(("\n", "\n", " \n")) + "".join(parts[k:])
        elif fmt == "cn_numerals":
            _, _, dists = self.pick(REGIONS)
            head = self.pick(("", self.pick(dists), self.pick(ROADS) + f"{r.randrange(1, 300)}号"))
            b, u = r.randrange(1, 19), r.randrange(1, 7)
            room = self.cn(f"{r.randrange(1, 19)}0{r.randrange(1, 7)}")
            v = head + self.pick(COMMS) + CN_NUM[b] + self.pick(("栋", "号楼", "幢")) + CN_NUM[u] + "单元" + \
                room + self.pick(("室", "", "房"))
        elif fmt == "office_tower":
            prov, city, dists = self.pick(REGIONS)
            head = self.pick((city, "")) + self.pick(dists) + self.pick(ROADS) + f"{r.randrange(1, 900)}号"
            v = head + self.pick(TOWERS) + self.pick(("", "B座", "A座", "2号楼")) + \
                self.pick((f"{r.randrange(2, 40)}楼", f"{r.randrange(2, 40)}层", self._room("室")))
        elif fmt == "road_no":
            _, _, dists = self.pick(REGIONS)
            v = self.pick(("", self.pick(dists))) + self.pick(ROADS) + f"{r.randrange(1, 900)}号"
        elif fmt == "tb_region":
            prov, city, dists = self.pick(REGIONS)
            v = " ".join(x for x in (prov or city[:-1], city, self.pick(dists)) if x)
        elif fmt == "tb_copy":
            v = self.address("tb_region")[1] + " " + self.address("tb_detail")[1]
            return "", v, "", fmt
        elif fmt == "tb_detail":
            parts = self._parts(with_prov=False)[2:]
            v = "".join(parts) if r.random() < 0.7 else " ".join(parts)
        else:
            raise ValueError(fmt)
        return "", v, "", fmt


# ---------------------------------------------------------------------------
# near-miss generators
# ---------------------------------------------------------------------------
def _sanitize(v: str) -> str:
    """Make sure no digit run of a near-miss looks like a valid card / ID / mobile."""
    def fix(m):
        s = m.group(0)
        if len(s) == 11 and s[0] == "1" and s[1] in "3456789":
            s = "2" + s[1:]
        if 16 <= len(s) <= 19:
            while luhn_ok(s) or (len(s) == 18 and id18_valid(s)):
                s = s[:-1] + str((int(s[-1]) + 1) % 10)
        return s
    v = re.sub(r"\d+", fix, v)
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}X(?![0-9A-Za-z])", v):
        if id18_valid(m.group(0)):
            v = v[:m.end() - 1] + "0" + v[m.end():]
    return v


class NearGen:
    def __init__(self, g: Gen):
        self.g = g
        self.r = g.r

    def __call__(self, kind: str) -> str:
        return _sanitize(getattr(self, kind)())

    def d(self, n, first="0123456789"):
        return self.g.digits(n, first)

    def pick(self, seq):
        return self.r.choice(seq)

    def date(self):
        r = self.r
        y, m, d = r.randrange(2019, 2027), r.randrange(1, 13), r.randrange(1, 29)
        return self.pick((f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}",
                          f"{m}月{d}号", f"{m}月{d}日", f"{d:02d}/{m:02d}/{y}", f"{y % 100}年{m}.{d}",
                          f"{y}年{m}月{d}日", f"{m}.{d}", f"二〇{CN_NUM[y % 100 // 10]}{CN_NUM[y % 10] or '〇'}年{CN_NUM[m]}月",
                          f"{y}-{m}-{d}"))

    def time(self):
        r = self.r
        h, m = r.randrange(0, 24), r.choice((0, 15, 30, 45, r.randrange(60)))
        return self.pick((f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"下午{r.randrange(1, 7)}点半", f"{h}点{m}分",
                          f"{h:02d}：{m:02d}：{r.randrange(60):02d}", f"9:00-18:00", f"晚上{r.randrange(7, 11)}点前",
                          f"{h}:{m:02d}-{(h + 2) % 24}:{m:02d}"))

    def datetime(self):
        r = self.r
        return f"{r.randrange(2022, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} " \
               f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}"

    def amount(self):
        r = self.r
        n = r.choice((r.randrange(5, 500), r.randrange(500, 5000), r.randrange(1000, 30000), r.randrange(10000, 300000)))
        return self.pick((f"¥{n:,}.00", f"{n:,}元", f"￥{n}", f"{n:,}.{r.randrange(100):02d}", f"RMB {n:,}", f"{n}块",
                          f"{n:,}".replace(",", " ") + "元", f"{n / 10000:.1f}万" if n >= 10000 else f"{n}.0元",
                          f"¥ {n:,}"))

    def percent(self):
        return self.pick(("3.85%", "年化4.2%", "0.35%", "LPR 3.45%", "30%", "首付三成", "0.6%/月", "利率3.1%"))

    def order_no(self):
        r = self.r
        return self.pick((self.d(19, "123456789"), self.d(18, "2345"), "DD" + self.d(16), self.d(6) + "-" + self.d(15),
                          "E" + self.d(16) + str(r.randrange(10)), self.d(16, "3456789")))

    def tracking_no(self):
        return self.pick(("SF" + self.d(13, "1"), "YT" + self.d(13, "2"), "JDVA" + self.d(11), "JT" + self.d(13, "5"),
                          "75" + self.d(12), "4319" + self.d(9), "DPK" + self.d(12, "3"), "EMS " + self.d(13, "1")))

    def transaction_no(self):
        return self.pick(("4200" + self.d(24), "2024" + self.d(24), "1000" + self.d(28), "T" + self.d(22)))

    def txn_serial(self):
        return self.pick((self.d(20, "2"), "FT" + self.d(18), self.d(8, "2") + "-" + self.d(12)))

    def hotline(self):
        return self.pick(("400-820-8820", "4008208820", "400 666 1234", "800-810-8888", "8008301880", "95588",
                          "95511", "95519", "10086", "10010", "12315", "12345", "95533", "400-6199-999",
                          "95555转0", "95598", "120", "11185", "400-111-1111", "10000"))

    def masked_value(self):
        r = self.r
        return self.pick((self.pick(MOB_PREFIX) + "****" + self.d(4), "138****" + self.d(4),
                          self.d(4, "6") + " **** **** " + self.d(4), "尾号" + self.d(4), self.d(6, "3") + "********" + self.d(3) + "X",
                          self.d(4, "4") + "**********" + self.d(4), "j***@163.com", "x***9@qq.com", "wx***" + self.d(2),
                          "浙A***" + self.d(2), "*" * r.randrange(3, 6) + self.d(4), "1**********"))

    def model(self):
        return self.pick(("KFR-35GW/NhGd1BAt", "iPhone 15 Pro Max (A3108)", "SM-S9280", "BCD-520WKPZM(E)",
                          "MX5-2023", "XR-2000H", "V2307A", "M2012K11AC", "EA888", "RTX4060", "JSQ30-16WT5",
                          "P60 Pro", "MT7621A", "HUAWEI nova 12", "A2890", "LX-U1600", "EB-U42"))

    def version(self):
        return self.pick(("v3.2.1", "8.0.47", "iOS 17.4.1", "Android 14", "HarmonyOS 4.2.0.120", "V12.5.3.0",
                          "版本号 2.10.5", "1.0.0-beta", "MIUI 14.0.8", "7.0.13.2201"))

    def policy_no(self):
        return self.pick(("P" + self.d(3, "1") + "AA" + self.d(15), "PDAA2024" + self.d(14), "PEAC2023" + self.d(14),
                          self.d(22, "1"), "86" + self.d(16, "0") + "A", "AHZZ" + self.d(16), self.d(20, "6")))

    def claim_no(self):
        return self.pick(("RDAA2024" + self.d(12), "9" + self.d(14), "LP" + self.d(8) + "-" + self.d(6),
                          "CLM-" + self.d(10), "ADZA" + self.d(16)))

    def contract_no(self):
        r = self.r
        return self.pick((f"HT-{r.randrange(2021, 2027)}-{self.d(4)}-{self.d(3)}", "SZFW" + self.d(13),
                          f"（{r.randrange(2020, 2027)}）沪房买字第{self.d(5)}号", "JK" + self.d(12), "ZL-" + self.d(8)))

    def property_cert(self):
        r = self.r
        return self.pick((f"浙({r.randrange(2016, 2026)})杭州市不动产权第{self.d(7, '0')}号",
                          f"粤({r.randrange(2016, 2026)})深圳市不动产权第{self.d(7, '0')}号",
                          f"苏({r.randrange(2016, 2026)})南京市不动产权第{self.d(7, '0')}号",
                          f"京({r.randrange(2016, 2026)})朝阳区不动产权第{self.d(7, '0')}号"))

    def credit_code(self):
        r = self.r
        body = "91" + self.pick(ID_REGION) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        if body[8:].isdigit():
            body = body[:9] + "M" + body[10:]
        return body + r.choice("0123456789ABCD")

    def student_id(self):
        r = self.r
        return self.pick((f"{r.randrange(2018, 2026)}{self.d(8)}", f"{r.randrange(2018, 2026)}{self.d(6)}",
                          f"S{r.randrange(2018, 2026)}{self.d(5)}", f"{r.randrange(18, 26)}{self.d(7)}"))

    def course_code(self):
        r = self.r
        return self.pick((f"CS{r.randrange(100, 999)}", f"KC-{r.randrange(2023, 2027)}-PY-{r.randrange(1, 20):02d}",
                          f"ENG{r.randrange(1000, 9999)}B", f"雅思7分冲刺{r.randrange(1, 30)}期", f"C{self.d(6)}",
                          f"MATH-{r.randrange(100, 400)}"))

    def exam_ticket(self):
        return self.pick((self.d(15, "1") , "1" + self.d(14), self.d(12, "2"), "ZK" + self.d(10)))

    def meter_no(self):
        return self.pick((self.d(10, "3"), "户号" + self.d(10, "5"), self.d(8, "6"), "0" + self.d(12), self.d(13, "2")))

    def iccid(self):
        return "89860" + self.d(15) + self.pick(("", "", "F"))

    def imei(self):
        payload = self.pick(("86", "35", "86", "99")) + self.d(12)
        return payload + luhn_digit(payload)

    def bill_no(self):
        r = self.r
        return self.pick(("B" + self.d(15), f"{r.randrange(2023, 2027)}{r.randrange(1, 13):02d}-" + self.d(8),
                          "ZD" + self.d(12), self.d(14, "7")))

    def invoice_no(self):
        return self.pick((self.d(8, "0"), self.d(20, "2"), self.d(12, "0") + " " + self.d(8, "0")))

    def plan(self):
        return self.pick(("129元/月 30G", "5G畅享套餐199", "500M宽带", "融合套餐169元", "流量包10元1G", "1000M光宽带"))

    def quantity(self):
        r = self.r
        return self.pick((f"{r.randrange(1, 200)}GB", f"{r.randrange(1, 50)}件", f"{r.randrange(1, 99)}箱",
                          f"{r.randrange(1, 12)}期免息", f"{r.randrange(2, 40)}G", f"{r.randrange(1, 9)}台"))

    def weight(self):
        r = self.r
        return self.pick((f"{r.randrange(1, 80)}.{r.randrange(10)}kg", f"{r.randrange(1, 30)}公斤", f"{r.randrange(100, 999)}g"))

    def area(self):
        r = self.r
        return self.pick((f"{r.randrange(40, 200)}.{r.randrange(10)}㎡", f"{r.randrange(40, 200)}平",
                          f"{r.randrange(40, 200)}平方米", f"套内{r.randrange(40, 150)}平"))

    def listing_no(self):
        return self.pick(("FY" + self.d(10), "SH" + self.d(8), self.d(9, "1")))

    def bank_code(self):
        return self.pick((self.d(12, "1"), "ICBKCNBJ", "PCBCCNBJ", "CMBCCNBS", "网点" + self.d(5)))

    def card_len_fail(self):
        n = self.pick((16, 17, 18, 19))
        if n == 18:
            return self.d(18, "2")
        pre = self.pick(("62", "43", "52", "60", "2024", "88"))
        return pre + self.d(n - len(pre))

    def id_len_fail(self):
        v = self.g.id_body()
        wrong = [c for c in "0123456789X" if c != v[-1]]
        return v[:17] + self.pick(wrong)

    def vin(self):
        r = self.r
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(("LSV", "LFV", "LGB", "LVS", "LHG", "LE4", "LBV")) + \
            "".join(r.choice(al) for _ in range(5)) + r.choice("0123456789X") + r.choice("KLMNPR") + \
            r.choice("ABCDEFGH0123") + self.d(6)

    def engine_no(self):
        return self.pick(("DJ" + self.d(6), "CUF " + self.d(6), "B38A15A" + self.d(5), "G4FG" + self.d(6)))

    def mileage(self):
        r = self.r
        return self.pick((f"{r.randrange(1, 200):d},{r.randrange(0, 999):03d}km", f"{r.randrange(1, 20)}万公里",
                          f"{r.randrange(1000, 99999)}公里"))

    def plate_prefix(self):
        return self.pick(PROVS) + self.r.choice("ABCDEFGH")

    def patient_no(self):
        return self.pick(("MZ" + self.d(13, "2"), "ZY" + self.d(8), self.d(9, "0"), "就诊卡" + self.d(8, "9")))

    def queue_no(self):
        r = self.r
        return self.pick((f"A{r.randrange(1, 200):03d}号", f"{r.randrange(1, 80)}号", f"B-{r.randrange(1, 99)}",
                          f"第{r.randrange(1, 60)}位"))

    def pickup_code(self):
        r = self.r
        return self.pick((f"{r.randrange(1, 20)}-{r.randrange(1, 6)}-{r.randrange(1000, 6000)}",
                          f"#{r.randrange(1, 300)}", f"A{r.randrange(10, 99)}-{self.d(4)}", self.d(6, "1"),
                          f"{r.randrange(1, 30)}-{r.randrange(100, 9999)}"))

    def verification_code(self):
        return self.d(self.pick((4, 6, 6)))

    def coupon(self):
        r = self.r
        return self.pick((f"满{r.randrange(2, 20)}00减{r.randrange(1, 10)}0", f"{r.randrange(5, 9)}.{r.randrange(10)}折",
                          "立减20", "券码" + self.d(10, "8"), "88VIP", "PLUS会员95折"))

    def postcode(self):
        return self.d(6, "1234567") if self.r.random() < 0.5 else self.pick(("310012", "518057", "100020", "200120", "610041"))

    def unit_word(self):
        return self.pick(("市场价", "区块链", "号码簿", "楼主", "单元测试", "省心", "县城", "路由器", "小区门禁",
                          "街拍", "室内", "门牌号", "层级", "区间", "市区", "楼上", "一号店", "号段", "省钱卡"))

    def at_mention(self):
        return self.pick(("@所有人", "@售后组", "@值班客服", "@物流专员", "@理赔顾问", "@班主任", "@店长"))

    def file_name(self):
        r = self.r
        return self.pick((f"IMG_{r.randrange(2022, 2027)}0{r.randrange(1, 9)}{r.randrange(10, 29)}_{self.d(6)}.jpg",
                          "发票@2x.png", "保单扫描件.pdf", f"合同_v{r.randrange(1, 5)}.docx", f"mmexport{self.d(13, '1')}.jpg",
                          "Screenshot_2024-03-15-14-30-22.png"))

    def url(self):
        return self.pick(("https://m.example-mall.com/o/8823", "http://t.cn/A6xYz9Q", "www.12306.cn",
                          "https://wj.qq.com/s2/1234567/ab12", "https://u.jd.com/Xy1Abc"))

    def flight_train(self):
        r = self.r
        return self.pick((f"G{r.randrange(1, 9999)}", f"D{r.randrange(1, 9999)}", f"CA{r.randrange(100, 1999)}",
                          f"MU{r.randrange(1000, 9999)}", f"K{r.randrange(100, 999)}"))

    def nth(self):
        r = self.r
        return self.pick((f"第{r.randrange(2, 30)}次", f"{r.randrange(2, 9)}楼", f"第{r.randrange(1, 12)}期",
                          f"{r.randrange(2, 12)}个月", f"{r.randrange(1, 31)}天"))

    def group_id(self):
        return self.pick(("企业微信群：售后服务群3", "工单" + self.d(10, "5"), "TK" + self.d(9), "会员号" + self.d(9, "8")))

    def engine_power(self):
        return self.pick(("2.0T", "1.5L", "45TFSI", "330TSI", "A4L 40TFSI", "Model Y 长续航"))


# ---------------------------------------------------------------------------
# templates: {kind} / {kind:fmt} = entity, {~near} = near-miss, {@cue} = cue list,
# [a|b|c] = literal choice
# ---------------------------------------------------------------------------
PII_T = {
    "ecommerce": (
        "{@hi}，退货寄回哪里？我这边{@addr}是{address}，电话{mobile}",
        "【收货地址】{address}\n【收货人】女士\n【联系电话】{mobile}",
        "收货人：先生\n手机号码：{mobile}\n所在地区：{address:tb_region}\n详细地址：{address:tb_detail}",
        "换货发到{address}，到了打我{@mob}{mobile}，白天不在家放丰巢",
        "退款退到这张卡吧 {bank_card}，[麻烦尽快|谢谢|急用钱]",
        "订单{~order_no}还没发货，急用，有问题加我{@wx} {wechat}",
        "发票抬头个人，发到[邮箱|email|这个邮箱]{email}就行",
        "邮箱打错了应该是{email}，不是之前那个",
        "我号码换了，新号{mobile}，旧的别打了",
        "快递员说找不到，{address}，门口有快递柜，放柜子里就行",
        "麻烦改一下地址：\n{address}\n{@thx}",
        "买家留言：送货前联系 {mobile} 或者 {landline}",
        "图片发不过来，我{@qq}{qq}，你加一下我传给你",
        "[复制]收件人: 女士 电话: {mobile} 地址: {address}",
        "{@hi}我是{~date}下的单，型号{~model}，收货{@mob}写错了，改成{mobile}",
        "这个号{mobile}是我家人的，以后联系我本人{mobile}",
        "【淘宝】收货信息\n{address}\n{mobile}",
        "漏发了配件，补发到{address}吧，实付{~amount}的那单",
        "我{@wx}号 {wechat} 加一下发视频给你看看质量问题",
        "{@hi}，{@mail}：{email}，把退货单发我一下",
        "打不通{~hotline}，我留个电话{mobile}你们回一下",
        "售后扣扣是多少？我{@qq}：{qq}，截图发你",
        "公司前台{landline}，白天送公司，[周末|晚上]送家里",
        "【收货地址】{address:tb_copy}\n【联系方式】{landline}",
        "退货联系人扣扣{qq}，{@mail}{email}",
        "加{@wx}：{wechat}，发你开箱视频",
        "退款账户：{bank_card}（工行），{@thx}",
    ),
    "banking": (
        "我的卡号是{bank_card}，绑定手机{mobile}，为什么收不到验证码",
        "开户证件号{id_card}，卡{bank_card}被冻结了怎么回事",
        "身份证 {id_card:space_6_8_4} 卡 {bank_card:space4}",
        "账单寄送地址改成{address}，{@thx}",
        "我念一下卡号：{bank_card:read_aloud}",
        "信用卡{bank_card}，{~date}还了{~amount}怎么还显示逾期",
        "预留的{@mob}是{mobile:plus86}，人在国外收不到短信",
        "单位电话{landline}，单位地址{address}",
        "{@card}\n{bank_card}\n开户行招行",
        "转账失败，对方{@card}{bank_card}，流水号{~txn_serial}",
        "办卡填的邮箱{email}，电子账单一直没收到",
        "我是持卡人本人，身份证{id_card}，{@mob}{mobile}，申请临时额度",
        "挂失一下这张 {bank_card}，{@thx}",
        "家里座机{landline}，手机{mobile}，都可以联系",
        "工资卡 {bank_card:bin_split} 要开通境外支付",
        "贷款经理{@wx}多少？我的{@wx}：{wechat}",
        "证件号码：\n{id_card}\n卡号：\n{bank_card}",
        "卡号我报一下 {bank_card:read_aloud} 对吧",
        "账单邮箱改成{email}，原来那个{email}不用了",
        "网点座机{landline}一直占线",
    ),
    "insurance": (
        "报案人本人，身份证{id_card}，{@mob}{mobile}，出险地点{address}",
        "理赔款打到{bank_card}，开户行建行",
        "被保险人证件号码：{id_card:lower_x}",
        "车险理赔，车牌{plate}，事故在{address}附近",
        "保单{~policy_no}的被保险人身份证是{id_card}",
        "资料发你们邮箱吧，我的邮箱是{email}，{@thx}",
        "报案号{~claim_no}，查勘员电话{mobile}打不通",
        "投保人联系电话{mobile}，{@land}{landline}",
        "孩子的证件号{id_card}，学平险怎么报销",
        "车牌 {plate} 被追尾，对方车牌{plate}，在{address}",
        "体检报告寄到{address}，收件{@mob}{mobile}",
        "理赔顾问加我{@wx}吧 {wechat}，单据拍照发你",
        "受益人身份证号码{id_card}，收款账户{bank_card}",
        "{@hi}，保单{~policy_no}退保，退到{bank_card}",
        "理赔账户我念一下：{bank_card:read_aloud}，户名本人",
        "保险公司的{@land}是{landline}吗？我打过去没人接",
        "车辆信息：{plate:trailer}，挂车一起出的险",
        "材料扫描件发{@mail} {email}，或者{@qq}{qq}",
    ),
    "telecom": (
        "宽带装机地址{address}，联系电话{mobile}",
        "我要销号的是{mobile}，机主身份证{id_card}",
        "副卡{mobile}，主卡{mobile}，合约{~plan}",
        "家里座机{landline}没声音了，报个修，地址{address}",
        "携号转网，号码{mobile}，身份证后面发你：{id_card}",
        "ICCID {~iccid} 的卡激活不了，机主电话{mobile}",
        "装维师傅电话多少？我{@mob}{mobile}，下午在家",
        "话费账单发到邮箱{email}",
        "公司固话{landline}要移机到{address}",
        "光猫坏了，{~model}，{@wx}{wechat}发你视频",
        "号码 {mobile} 被停机了，{~date}刚交的{~amount}",
        "QQ {qq} 绑的是旧号，换绑要怎么弄",
        "装机联系人{@land}{landline}，{@wx}{wechat}",
        "企业宽带，联系邮箱{email}，{@land}{landline}",
    ),
    "education": (
        "孩子上课的校区太远，家住{address}，有没有近一点的",
        "家长电话{mobile}，学生{@qq}{qq}，作业发邮箱{email}",
        "报名表：\n证件号：{id_card:space_6_8_4}\n电话：{mobile:dash344}\n邮箱：{email}",
        "课程顾问{@wx}多少？我的{@wx}{wechat}，拉我进群",
        "学号{~student_id}，我的手机号{mobile}，成绩查不到",
        "退费打到这张卡{bank_card}，课程{~course_code}",
        "试听课地址发一下，我在{address}附近",
        "{@qq}号{qq}，网课资料传我一下",
        "教材寄到{address}，电话{mobile}",
        "报名考试用的身份证{id_card}，准考证号{~exam_ticket}",
        "老师，我{@wx}{wechat}，{@qq}{qq}，哪个方便加哪个",
        "学生证件{id_card:linebreak}，监护人电话{mobile}",
        "{@qq}群里找不到我，我{@qq}是{qq}",
        "作业提交到{email}，不行就发{@qq} {qq}",
        "机构{@land}{landline}打不通，我{@wx}{wechat}",
        "我是家长，{@wx}：{wechat:dot_dodge}（去掉点）",
        "分期学费的扣款卡{bank_card}，余额够的",
    ),
    "realestate": (
        "看房约在{address}，到了打{mobile}",
        "房源在{address:colloquial}，南北通透，业主电话{mobile}",
        "签约要带身份证{id_card}和银行卡{bank_card}",
        "中介门店座机{landline}，{@wx}{wechat}",
        "我想看{address}那套，{~area}，总价{~amount}",
        "租房合同发我邮箱{email}，房子在{address}",
        "房东让我把押金转到{bank_card}，是不是骗子",
        "物业{@land}{landline}，小区在{address}",
        "我在{address:landmark_floor}上班，附近有没有一居室",
        "不动产权证号{~property_cert}，产权人身份证{id_card}",
        "过户预约{~date}，买方电话{mobile}，卖方电话{mobile}",
        "资料发我QQ {qq} 就行，微信不常用",
        "办公室电话{landline}，到了打这个",
        "{@wx}{wechat}，房源视频发这",
        "定金转账的卡号{bank_card}，您核对下",
        "【房屋地址】{address:tb_copy}",
    ),
    "logistics": (
        "寄件人地址{address}，收件人地址{address}",
        "派送员电话{mobile}一直打不通",
        "运单{~tracking_no}，改派到{address}",
        "收件电话写错了，应该是{mobile:space344}",
        "上门取件：{address}\n{mobile}\n下午{~time}以后",
        "大件物流，收货{@land}{landline}，{address}",
        "【寄件信息】\n寄件人电话：{mobile}\n寄件地址：{address}",
        "驿站不给取，取件码{~pickup_code}，收件手机{mobile}",
        "国际件，收件电话{mobile:p0086}，收件地址{address:pinyin_en}",
        "到付的件，{@mob}{mobile}，地址{address}，重量{~weight}",
        "麻烦转告快递员放门口，{address}",
        "有问题QQ联系：{qq}",
        "加{@wx}：{wechat}，我发定位给你",
        "货车{plate:trailer}到仓库了，仓库{@land}{landline}",
        "收件地区：{address:tb_region}\n详细地址：{address:tb_detail}\n座机：{landline}",
        "发件公司座机{landline}，联系邮箱{email}",
        "代收货款打到{bank_card}，{@mob}{mobile}",
    ),
    "healthcare": (
        "预约挂号，就诊人身份证{id_card}，手机{mobile}",
        "检查报告寄到{address}，电话{mobile}",
        "帮老人约体检，证件号{id_card}，联系人电话{mobile}",
        "门诊号{~patient_no}，退费到{bank_card}",
        "就诊人住址：{address}",
        "电子发票发我邮箱{email}",
        "家属电话{mobile}，{@land}{landline}，老人听力不好打座机",
        "陪诊的话加我{@wx}{wechat}，{~date}{~time}",
        "孩子疫苗预约，监护人证件{id_card:dash_6_8_4}",
        "上门护理地址{address:rural}，电话{mobile}",
        "报告pdf发我QQ邮箱也行，QQ号{qq}",
        "加我{@wx}：{wechat}，发检查单照片",
        "社区医院{@land}{landline}，转诊单寄{address}",
        "体检报告发到邮箱{email:typo_domain}，谢谢",
    ),
    "fooddelivery": (
        "外卖送到{address}，{@mob}{mobile}",
        "骑手电话{mobile}，一直联系不上",
        "备注：到了打{mobile}，别敲门孩子睡了",
        "地址写错了 应该是{address:compact_room}",
        "送到{address}前台，{@thx}",
        "少送了一份，{~amount}的那单，我{@mob}{mobile}",
        "帮我改下地址{address}，送到东门",
        "团餐发票发到邮箱{email}，抬头公司",
        "商家电话{landline}打不通，订单{~order_no}",
        "到楼下了打我{mobile:cn_mixed}",
        "发票问题联系我{@qq} {qq}",
        "骑手加我{@wx}{wechat}了，说餐洒了",
        "公司订餐，前台{landline}，送到{address:office_tower}",
        "【收货地址】{address:tb_copy}",
        "省市区：{address:tb_region}\n门牌号：{address:tb_detail}\n{@mob}：{mobile}",
    ),
    "carservice": (
        "车牌{plate}，预约明天保养，电话{mobile}",
        "我的车{plate:nev_space}，充电桩装在{address}",
        "违章代办，车牌{plate}，身份证{id_card}",
        "救援地点{address}，车牌{plate}，人在车边",
        "洗车卡充值，车牌 {plate}，手机 {mobile}",
        "车架号{~vin}，车牌{plate}，{@mob}{mobile}",
        "代驾送到{address}，车{plate}",
        "年检预约，{@plate}{plate}，{@wx}{wechat}",
        "二手车过户，卖家身份证{id_card}，车牌{plate}",
        "停车场出不去，车牌{plate}，打{landline}没人接",
        "里程{~mileage}了，车牌{plate}，该换机油了吧",
        "拍照发你扣扣{qq}吧，车牌{plate}",
        "4S店座机{landline}，我车{plate}",
        "挂车牌照{plate:trailer}年审，{@wx}{wechat}",
        "报价单发邮箱{email}，车牌{plate:middot}",
        "ETC绑定的卡{bank_card}，车牌{plate}",
    ),
    "misc": (
        "[名片]\n{@co}\n手机：{mobile}\n{@wx}：{wechat}\n邮箱：{email}",
        "【个人名片】\n电话 {mobile}\n座机 {landline}\n地址 {address}",
        "推荐联系人：{@co}客服\n{@wx}号：{wechat}\n手机号：{mobile}",
        "[转发的聊天记录]\n女士：我{@mob}{mobile}\n女士：地址{address}",
        "{@hi}，发你我的联系方式：{mobile}（{@wx}同号）",
        "{@qq}：{qq}\n{@mail}：{email}",
        "加{@wx} {wechat} 备注售后，这里不让发链接",
        "我的扣扣{qq}，邮箱{email}，{@thx}",
        "➕{@wx}：{wechat}  ☎{mobile}",
        "号码是 {mobile:cn_all}",
        "手机 {mobile:linebreak} 微信同号",
        "联系方式\n{mobile}\n{email}",
        "家里的{@land}：{landline}，白天没人",
        "{@id}：{id_card}，麻烦核实一下",
        "车牌{plate:spaced_all}，不是本人的车",
        "{@mail}{email}，{@qq}{qq}，都行",
        "住在{address:reverse}，{@thx}",
        "new address: {address:pinyin_en}",
        "{@card}{bank_card:linebreak}",
        "打这个{mobile:digit_spaced}",
        "{@qq}{qq:spaced}",
        "企鹅 {qq}（备注订单号）",
        "扣扣号：{qq}，微信不常用",
        "🐧{qq:fullwidth} 加我",
        "{@wx}：{wechat}\n{@qq}：{qq}",
        "邮箱{email}（打错了别发那个）",
        "{@land} {landline:dot}",
        "座机：{landline}\n传真同号",
        "{@card}：{bank_card}",
        "我这张{bank_card}还能用吗，[过期了|消磁了|被吞了]",
    ),
}

NEAR_T = {
    "ecommerce": (
        "订单号{~order_no}，实付{~amount}，{~date}下的单",
        "物流单号{~tracking_no}一直没更新，{@thx}",
        "你们热线{~hotline}打不通，{~time}打了好几次",
        "退款{~amount}什么时候到账？说{~date}之前",
        "收件人手机是{~masked_value}吗？我看不全",
        "型号{~model}，颜色拍错了能换吗",
        "领了{~coupon}的券怎么没用上，差{~amount}",
        "取件码{~pickup_code}，驿站说没有这个件",
        "微信支付交易单号{~transaction_no}",
        "发票号码{~invoice_no}，开票日期{~date}",
        "{~at_mention} 这单{~order_no}谁跟进一下",
        "买了{~quantity}，到了只有一半，{~file_name}是照片",
        "看评论说{~unit_word}，是真的吗",
        "活动链接{~url}打不开",
        "商户订单号{~card_len_fail}，{~datetime}付款的",
        "手机IMEI {~imei}，保修查不到",
        "支付宝交易号{~transaction_no}，退款没到",
    ),
    "banking": (
        "交易流水号{~txn_serial}，金额{~amount}",
        "联行号是{~bank_code}吗？跨行转账要填",
        "这个理财年化{~percent}，{~date}到期",
        "卡尾号{~masked_value}扣了{~amount}，不是我本人操作",
        "客服{~hotline}转人工太难了",
        "借据号{~card_len_fail}，还款日{~date}",
        "验证码{~verification_code}，多久失效？",
        "分{~quantity}还的话手续费{~percent}",
        "还款{~amount}，{~datetime}扣款失败",
        "SWIFT {~bank_code}，汇款附言写{~order_no}可以吗",
        "身份证尾号{~masked_value}，是我",
        "批次号{~id_len_fail}的代发工资没到",
    ),
    "insurance": (
        "报案号{~claim_no}，出险时间{~datetime}",
        "保单号{~policy_no}，保额{~amount}",
        "定损金额{~amount}，免赔{~amount}",
        "车架号{~vin}，发动机号{~engine_no}",
        "理赔材料{~file_name}发过去了",
        "保单{~policy_no}续保保费{~amount}，{~date}到期",
        "档案编号{~id_len_fail}，这个是理赔档案号不是身份证",
        "医院发票号{~invoice_no}，{~date}住院",
        "{~at_mention} 报案号{~claim_no}材料齐了",
        "电子保单号{~card_len_fail}查不到",
        "赔付比例{~percent}，等待期{~nth}",
    ),
    "telecom": (
        "ICCID {~iccid}，新卡激活不了",
        "IMEI {~imei}，换机后没信号",
        "账单号{~bill_no}，这个月扣了{~amount}",
        "套餐{~plan}，用了{~quantity}就限速了",
        "系统{~version}升级后信号差",
        "{~hotline}说要{~date}才能上门",
        "光猫型号{~model}，灯一直红",
        "号码{~masked_value}是我的副卡",
        "宽带到期{~date}，续费{~amount}",
        "交电费的户号{~meter_no}，扣了{~amount}",
        "短信验证码{~verification_code}没收到",
        "旧手机IMEI {~imei}，新手机IMEI {~imei}",
        "缴费单号{~card_len_fail}显示失败",
    ),
    "education": (
        "学号{~student_id}，成绩查不到",
        "课程编号{~course_code}，{~date}开课",
        "准考证号{~exam_ticket}，考场在几楼？",
        "上课时间{~time}，学费{~amount}",
        "报名流水号{~id_len_fail}要保存吗",
        "{~course_code}和{~course_code}能一起报吗",
        "{~at_mention} {~date}停课通知",
        "分{~quantity}付学费可以吗",
        "第二阶段{~nth}，老师说{~time}上课",
        "网课版本{~version}看不了回放",
        "报名费{~amount}，订单{~order_no}",
        "学号{~student_id}，准考证{~exam_ticket}",
    ),
    "realestate": (
        "不动产权证号{~property_cert}",
        "电表户号{~meter_no}，水表号{~meter_no}，过户要改名",
        "燃气户号{~meter_no}欠费{~amount}",
        "合同编号{~contract_no}，{~date}签的",
        "建筑面积{~area}，总价{~amount}，首付{~percent}",
        "房源编号{~listing_no}，还在吗",
        "统一社会信用代码{~credit_code}，开公司发票用",
        "物业费{~amount}/月，{~area}",
        "贷款合同{~contract_no}，利率{~percent}",
        "网签号{~card_len_fail}",
        "楼盘{~unit_word}怎么样，{~nth}交房",
    ),
    "logistics": (
        "运单{~tracking_no}，重量{~weight}，运费{~amount}",
        "取件码{~pickup_code}，在驿站几号柜",
        "{~tracking_no}和{~tracking_no}是一批货",
        "预计{~date}{~time}送达",
        "航班{~flight_train}延误，件会晚到吗",
        "{~quantity}，体积重{~weight}",
        "到付{~amount}，寄件时间{~datetime}",
        "邮编{~postcode}对吗",
        "{~at_mention} {~tracking_no}催一下",
        "运单{~order_no}签收了但我没收到",
    ),
    "healthcare": (
        "门诊号{~patient_no}，排队号{~queue_no}",
        "{~date}上午{~time}的号还能约吗",
        "医保结算单号{~card_len_fail}",
        "病案号{~patient_no}，复印费用{~amount}",
        "挂号费{~amount}，预约{~queue_no}",
        "检查单号{~id_len_fail}，报告出来了吗",
        "科室电话是不是{~hotline}",
        "{~date}复诊，{~nth}",
        "电子发票号码{~invoice_no}，金额{~amount}",
        "疫苗批号{~bill_no}，打了{~nth}",
    ),
    "fooddelivery": (
        "取餐号{~pickup_code}，等了{~nth}了",
        "订单尾号{~masked_value}，少了一份",
        "{~amount}的单子，{~time}还没到",
        "满减{~coupon}没生效",
        "订单{~order_no}退款{~amount}",
        "骑手电话显示{~masked_value}",
        "预计{~time}送达，现在{~time}了",
        "微信支付单号{~transaction_no}，重复扣了{~amount}",
        "{~quantity}，配送费{~amount}",
    ),
    "carservice": (
        "车架号{~vin}，发动机号{~engine_no}",
        "里程{~mileage}，保养套餐{~amount}",
        "{~plate_prefix}牌照的车可以进吗",
        "型号{~engine_power}，{~date}提的车",
        "工单{~group_id}，{~datetime}进厂",
        "车牌{~masked_value}是我的车",
        "轮胎型号{~model}，{~quantity}",
        "保险{~date}到期，报价{~amount}",
        "车机{~version}升级失败",
        "维修单号{~card_len_fail}，结算{~amount}",
    ),
    "misc": (
        "{~at_mention} {~date}{~time}开会",
        "{~url}，{~verification_code}是提取码",
        "版本{~version}，{~model}",
        "统一社会信用代码：{~credit_code}",
        "售后热线{~hotline}，工作时间{~time}",
        "加我企业微信，{~group_id}",
        "微信转你{~amount}了，查收下",
        "QQ音乐会员{~amount}一个月",
        "邮编{~postcode}，{~unit_word}",
        "{~file_name}收到了吗",
        "{~masked_value}，这个是我",
        "车次{~flight_train}，{~date}",
        "发票号码{~invoice_no}，开票{~amount}",
        "物业让报电表号{~meter_no}",
    ),
}

_MARK = re.compile(r"\{(~|@)?([a-z_0-9]+)(?::([a-z_0-9]+))?\}")
_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def _glue(a: str, b: str) -> bool:
    """True when two values / a latin cue and a value would run together."""
    return a.isascii() and a.isalnum() and b.isascii() and b.isalnum()


def _render(tpl: str, g: Gen, ng: NearGen, force: tuple | None = None):
    r = g.r
    tpl = _CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        sig, name, fmt = m.groups()
        if sig == "@":
            text += r.choice(CUES[name])
        elif sig == "~":
            v = ng(name)
            if text and _glue(text[-1], v[0]):
                text += " "
            nms.append((name, len(text), len(text) + len(v)))
            text += v
        else:
            if force is not None and fmt is None and name == force[0]:
                fmt, force = force[1], None
            pre, v, post, f = getattr(g, name)(fmt)
            if text and _glue(text[-1], (pre + v)[0]):
                text += r.choice((" ", ":", "：")) if name in ("wechat", "email") else " "
            text += pre
            ents.append((name, len(text), len(text) + len(v)))
            fmts.append(f)
            text += v + post
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = Gen(rng)
    ng = NearGen(g)
    rows = []
    inds = list(PII_T)
    # coverage quota: every declared format is forced FORCE_PER_FMT times into a random template that has
    # a free marker of its kind; the remaining rows draw formats by weight.
    forced = [(k, f) for k, tab in _FMT_TABLES for f, _ in tab for _ in range(FORCE_PER_FMT)]
    rng.shuffle(forced)
    free = {k: [(ind, ti) for ind in inds for ti, t in enumerate(PII_T[ind]) if "{" + k + "}" in t]
            for k, _ in _FMT_TABLES}
    for i in range(N_PII_ROWS):
        force = forced[i] if i < len(forced) else None
        if force:
            ind, ti = rng.choice(free[force[0]])
        else:
            ind = rng.choice(inds)
            ti = rng.randrange(len(PII_T[ind]))
        text, ents, fmts, nms = _render(PII_T[ind][ti], g, ng, force)
        rows.append((text, ents, fmts, nms, f"P:{ind}:{ti}"))
    for i in range(N_NEAR_ROWS):
        ind = rng.choice(inds)
        ti = rng.randrange(len(NEAR_T[ind]))
        text, ents, fmts, nms = _render(NEAR_T[ind][ti], g, ng)
        rows.append((text, ents, fmts, nms, f"N:{ind}:{ti}"))
    rng.shuffle(rows)
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


FORCE_PER_FMT = 4
_FMT_TABLES = (("mobile", Gen.MOBILE_FMTS), ("landline", Gen.LAND_FMTS), ("email", Gen.EMAIL_FMTS),
               ("id_card", Gen.ID_FMTS), ("bank_card", Gen.CARD_FMTS), ("qq", Gen.QQ_FMTS),
               ("wechat", Gen.WX_FMTS), ("plate", Gen.PLATE_FMTS), ("address", Gen.ADDR_FMTS))


def make_blind7_corpus() -> pd.DataFrame:
    return _build()


build = make_blind7_corpus


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
_ADDR_END = "省市区县镇乡村组路街巷弄号园苑寓厦栋幢座楼元室房层城府〇零一二三四五六七八九"
_PY_END = ("City", "Zhejiang", "China", "Hangzhou", "Nanjing", "Shenzhen", "Chengdu", "Shanghai", "Beijing",
           "Guangzhou", "Wuhan")


def _outside_runs(text, spans):
    """Digit runs not covered by any entity span."""
    for m in re.finditer(r"(?<!\d)\d+(?!\d)", text):
        if not any(s <= m.start() and m.end() <= e for _, s, e in spans):
            yield m


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], list(df.columns)
    n_ent = 0
    for text, ents, fmts, nms in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(ents) == len(fmts), text
        n_ent += len(ents)
        spans = sorted([(s, e) for _, s, e in ents] + [(s, e) for _, s, e in nms])
        for s, e in spans:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text, (s1, e1), (s2, e2))
        for k, s, e in ents:
            assert k in KINDS, k
            v = text[s:e]
            d = norm_digits(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", d), v
            elif k == "landline":
                assert 7 <= len(d) <= 12 and not re.fullmatch(r"1[3-9]\d{9}", d), v
            elif k == "id_card":
                assert id18_valid(d), v
            elif k == "bank_card":
                assert 16 <= len(d) <= 19 and luhn_ok(d), v
            elif k == "qq":
                assert 5 <= len(d) <= 11 and d[0] != "0" and not re.fullmatch(r"1[3-9]\d{9}", d), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_. -]{4,24}", v), v
            elif k == "plate":
                assert v[0] in PROVS and 7 <= len(v.replace(" ", "").replace("·", "").replace(".", "").replace("-", "")) <= 8, v
            elif k == "email":
                assert re.search(r"[@＠#]|\(at\)|\[at\]| at |艾特|圈a", v), v
            elif k == "address":
                assert v[-1].isdigit() or v[-1] in _ADDR_END or v.endswith(_PY_END) or v.endswith("SOHO塔2") \
                    or v.endswith(("区", "期", "IFC", "T1", "F")), v
        for k, s, e in nms:
            v = text[s:e]
            if k == "card_len_fail":
                assert 16 <= len(v) <= 19 and v.isdigit() and not luhn_ok(v), v
            if k == "id_len_fail":
                assert len(v) == 18 and not id18_valid(v), v
            if k == "imei":
                assert len(v) == 15 and luhn_ok(v), v
        # no stray valid-looking card / ID / mobile digits outside the labelled entities
        for m in _outside_runs(text, ents):
            run = m.group(0)
            if 16 <= len(run) <= 19:
                assert not luhn_ok(run), (text, run)
            if len(run) == 17 and text[m.end():m.end() + 1] in ("X", "x"):
                assert not id18_valid(run + "X"), (text, run)
            if len(run) == 18:
                assert not id18_valid(run), (text, run)
            assert not re.fullmatch(r"1[3-9]\d{9}", run), (text, run)
        if not ents:
            assert nms, text
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
    assert df.equals(make_blind7_corpus())  # deterministic
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} entities={c['entities']}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} ({c['near_in_near_rows']} in near-miss rows) "
          f"kinds={len(c['near_kinds'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct")
    # every format used several times, in several templates
    ctx: dict = {}
    for tid, es, fs in zip(meta, df["entities"], df["formats"]):
        for (k, _, _), f in zip(es, fs):
            ctx.setdefault(f"{k}/{f}", set()).add(tid)
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:26s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Twentieth blind PII corpus (``split == "blind20"``): finance and insurance WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十位写手").
What it read: only the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS`` (found with ``grep -n -A14``), lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the layout and
entry-point names only), and a few dozen random lines of the public data in
``../shared/datasets/`` (atec_antfin questions, nonghang_zhidao queries, one
stc3 dialogue) for the tone of Chinese banking questions; no phrase with
personal data was copied from there.  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other corpus or
test under ``tests/``, nor git history.  It never imported ``toolkit`` and
never ran any masking / finding function on this corpus.  Standard library
plus pandas only.

What is different here: THEME = FINANCE AND INSURANCE.  Messages come from
WeCom chats of bank account managers, credit-card centres, consumer-loan and
car-loan companies, wealth-management advisers, insurance agents and claims
staff, securities account opening, collections and repayment reminders.
So the corpus is heavy in ID numbers and bank cards (bank cards are tied to
the bank named in the same message: ICBC / ABC / CCB / BOC / CMB / BoComm /
Ping An / PSBC / CIB BINs, 16-, 18- and 19-digit cards, old 95xxx
19-digit domestic cards), repayment / payout accounts, beneficiaries and
family members (受益人 / 紧急联系人 / 共同借款人), company details for
business loans (registered address, office landline, fax, credit code),
customers pasting multi-line blocks from banking apps and forms, agents
reading values back to confirm, customers correcting a mistyped value.
Near-misses are the finance look-alikes: partly masked values
(``6222 **** **** 1234``, ``138****5678``, ``110105********123X``,
``zh***@163.com``), card tails (尾号1234), mistyped cards that fail Luhn,
ID numbers failing the check digit, mobiles with a digit missing / extra,
amounts (also 大写), dates, rates, terms, verification codes, bank hotlines
(95xxx / 400), payment transaction numbers (28 digits), policy / claim /
contract / loan numbers, CNAPS bank codes (联行号), SWIFT codes, unified
social credit codes (check character computed), fund and stock codes,
postal codes, employee numbers, points, invoice numbers, URLs, car models,
branch names and bare places.  About a third of the rows are ordinary chat
lines without personal data or near-misses.

Label rules: a span holds the value only.  Cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (``转806``, ``-806``, ``分机806``)
are outside; separators inside a value (spaces, dashes, the parentheses of
an area code) are inside.  An address runs from its first place unit
(province / city / district / county / town / village / road / estate) to its
last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room
number such as ``1502`` or ``3-2-1502``); a place alone is a near-miss.
Names are never written (only roles such as 本人 / 我爱人).  18-digit IDs
have real region codes, real birth dates and the ISO 7064 MOD 11-2 check
digit; cards pass Luhn with realistic BINs; mobiles use real 1[3-9]x
prefixes; landlines real area codes.

Seed
----
``SEED = "blind20-2026-finance-第二十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  Each value format is
first forced into ``FORCE_PER_FMT`` (5) distinct templates holding its kind;
other rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity, same
order), ``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(always ``"blind20"``).

Counts (``.venv/bin/python tests/privacy/pii_blind20.py``)
---------------------------------------------------------
rows=2290 pii_rows=860 near_rows=650 plain_rows=780 entities=1219
(entities by kind: mobile 255, id_card 190, bank_card 181, address 151, landline 118, plate 91, email 86,
wechat 74, qq 73);
near-miss spans=1107 (970 in near-miss rows) kinds=35:
amount 246, date 104, rate 52, branch 51, hotline 48, time 43, term 40, tail 38, place 37, verify_code 32,
masked_mobile 25, credit_code 22, txn_no 22, masked_card 21, bad_card 21, fund_code 21, policy_no 20,
car_model 20, claim_no 18, employee_no 18, url 18, amount_upper 18, invalid_mobile 17, bad_id 16, masked_id
16, stock_code 16, loan_no 14, cnaps 14, contract_no 13, invoice_no 12, points 11, postal_code 11, order_no
11, swift 11, masked_email 10;
formats=57 distinct, each used >= 4 times in >= 3 templates:
address/city_road_no 24, address/company_floor 17, address/dash_room 12, address/dist_estate_room 32,
address/prov_full 35, address/road_start 10, address/spaced 10, address/village 11, bank_card/dash_4444 6,
bank_card/plain_16 32, bank_card/plain_18 10, bank_card/plain_19 66, bank_card/plain_old95 8,
bank_card/space_4444 16, bank_card/space_4_19 25, bank_card/space_old95 8, bank_card/uneven_space 10,
email/corp 16, email/foreign 13, email/fullwidth_at 7, email/pinyin_163 29, email/qq_digits 21,
id_card/dash_6_8_4 9, id_card/ends_X 16, id_card/ends_x_lower 12, id_card/plain_18 132, id_card/space_6_4_4_4
8, id_card/space_6_8_4 13, landline/dash 45, landline/dash_ext 19, landline/local_only 8, landline/paren 8,
landline/paren_cn 11, landline/plain 17, landline/space 10, mobile/cn_digits 9, mobile/dash_344 21,
mobile/fullwidth 10, mobile/p0086_plain 10, mobile/plain_11 137, mobile/plus86_plain 11, mobile/space_344 46,
mobile/space_434 11, plate/dash 5, plate/lower 8, plate/middot 11, plate/nev 16, plate/plain 42, plate/space
9, qq/digits_6_8 17, qq/digits_9_10 49, qq/spaced 7, wechat/dash 8, wechat/mixed_case 13, wechat/pinyin_digits
27, wechat/underscore 12, wechat/wxid 14.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind20-2026-finance-第二十位写手"
SPLIT = "blind20"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 860
N_NEAR_ROWS = 650
N_PLAIN_ROWS = 780

# ---------------------------------------------------------------- helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


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


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


_CN_D = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
         "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_CN_D.get(c, c) for c in s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# ---------------------------------------------------------------- value pools
_REGIONS = ("110105", "110108", "110102", "310104", "310115", "310112", "440106", "440305", "440304",
            "440103", "320106", "320102", "330106", "330102", "510107", "510104", "420106", "420111",
            "610113", "370102", "410105", "430104", "350203", "500103", "120101", "210102", "230103",
            "340104", "360102", "450103", "530102", "520102", "130102", "140105", "620102", "411625",
            "371721", "430522", "511322", "341221", "441302", "445102", "330382", "350582")

_MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
               "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
               "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
               "198", "199")

# bank -> list of (bin, total length, group)   group: debit / credit / old95 / cib18
_BANK_BINS = (
    ("工商银行", (("622202", 19, "debit"), ("621226", 19, "debit"), ("9558820", 19, "old95"),
              ("427020", 16, "credit"), ("625330", 16, "credit"))),
    ("农业银行", (("622848", 19, "debit"), ("623052", 19, "debit"), ("9559980", 19, "old95"),
              ("552599", 16, "credit"), ("622836", 16, "credit"))),
    ("建设银行", (("621700", 19, "debit"), ("622700", 19, "debit"), ("436742", 16, "credit"),
              ("625362", 16, "credit"))),
    ("中国银行", (("621661", 19, "debit"), ("621785", 19, "debit"), ("456351", 16, "credit"),
              ("625907", 16, "credit"))),
    ("招商银行", (("621483", 16, "debit"), ("622588", 16, "debit"), ("622575", 16, "credit"),
              ("439225", 16, "credit"), ("518710", 16, "credit"))),
    ("交通银行", (("622262", 19, "debit"), ("458123", 16, "credit"), ("521899", 16, "credit"))),
    ("平安银行", (("623058", 19, "debit"), ("622155", 16, "credit"))),
    ("邮储银行", (("621799", 19, "debit"), ("622188", 19, "debit"))),
    ("兴业银行", (("622909", 18, "cib18"), ("622908", 18, "cib18"), ("451289", 16, "credit"))),
)
_BANK_NAMES = tuple(b for b, _ in _BANK_BINS)
_BANK_SHORT = {"工商银行": "工行", "农业银行": "农行", "建设银行": "建行", "中国银行": "中行", "招商银行": "招行",
               "交通银行": "交行", "平安银行": "平安", "邮储银行": "邮储", "兴业银行": "兴业"}

# area code, local length
_AREAS = (("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("024", 8), ("025", 8), ("027", 8),
          ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0531", 8), ("0532", 8),
          ("0731", 8), ("0591", 8), ("0592", 7), ("0371", 8), ("0411", 8), ("0451", 8), ("0871", 8),
          ("0771", 7), ("0769", 8), ("0757", 8), ("0574", 8), ("0394", 7), ("0530", 7), ("0739", 7))

_PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDE"), ("粤", "ABCDEFSTX"), ("苏", "ABCDEFH"),
               ("浙", "ABCDGH"), ("川", "ABFR"), ("鄂", "ABF"), ("陕", "ABC"), ("豫", "ABCP"), ("鲁", "ABFR"),
               ("湘", "ABE"), ("闽", "ABCD"), ("渝", "ABCD"), ("津", "ABCD"), ("皖", "AKN"), ("冀", "ABF"))
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province or "", city, district, roads, estates)
_CITY = (
    ("", "北京市", "朝阳区", ("建国路", "望京街", "朝阳北路", "东三环中路", "广顺北大街"),
     ("望京西园三区", "远洋天地", "珠江帝景", "金隅丽港城")),
    ("", "北京市", "海淀区", ("中关村大街", "学院路", "西三环北路", "北四环西路"),
     ("万柳书院", "世纪城晴波园", "双榆树南里", "翠微西里")),
    ("", "上海市", "浦东新区", ("张杨路", "世纪大道", "杨高南路", "浦东南路"),
     ("仁恒滨江园", "联洋花园", "金桥新村", "東方城市花园")),
    ("", "上海市", "闵行区", ("莘庄路", "七莘路", "沪闵路", "虹井路"), ("春申景城", "莘城苑", "古美西路小区")),
    ("广东省", "广州市", "天河区", ("天河路", "体育西路", "黄埔大道西", "华夏路"), ("骏景花园", "天河北苑", "翠湖山庄")),
    ("广东省", "深圳市", "南山区", ("科技南十二路", "南海大道", "桃园路", "高新南一道"), ("桃源村", "南山花园", "蔚蓝海岸")),
    ("广东省", "深圳市", "福田区", ("深南大道", "福华路", "彩田路", "景田北路"), ("香蜜湖花园", "景田小区", "皇岗花园")),
    ("广东省", "东莞市", "南城街道", ("鸿福路", "宏图路", "莞太路"), ("中信新天地", "愉景花园")),
    ("浙江省", "杭州市", "西湖区", ("文三路", "天目山路", "古墩路", "教工路"), ("西溪花园", "嘉绿苑", "翠苑一区")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "汉中门大街", "湖南路"), ("南湖小区", "龙江小区", "金陵世纪花园")),
    ("江苏省", "苏州市", "工业园区", ("星湖街", "金鸡湖大道", "现代大道"), ("湖畔天城", "新城花园")),
    ("四川省", "成都市", "武侯区", ("人民南路四段", "科华北路", "武侯大道", "玉林南路"), ("棕北小区", "锦绣花园", "玉林小区")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "鲁磨路"), ("光谷青年城", "保利花园", "书城路小区")),
    ("陕西省", "西安市", "雁塔区", ("小寨东路", "长安南路", "科技路"), ("曲江花园", "紫薇城市花园")),
    ("河南省", "郑州市", "金水区", ("花园路", "经三路", "东风路"), ("锦艺城", "金成时代广场")),
    ("山东省", "济南市", "历下区", ("泉城路", "经十路", "解放路"), ("燕山小区", "舜华园")),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "枫林三路", "银盆南路"), ("奥克斯广场", "麓谷林语")),
    ("福建省", "厦门市", "思明区", ("湖滨南路", "莲前西路", "鹭江道"), ("瑞景新村", "莲花五村")),
    ("", "重庆市", "渝北区", ("新南路", "龙湖路", "金开大道"), ("龙湖花园", "金港国际")),
    ("", "天津市", "南开区", ("卫津路", "鞍山西道", "红旗南路"), ("天塔里", "时代奥城")),
)
_TOWERS = ("长虹科技大厦", "华润大厦", "国贸中心", "财富广场", "金融中心", "世纪商务大厦", "创业大厦", "中心广场A座")
_VILLAGE = (("河南省", "周口市", "郸城县", "汲冢镇", "王庄村"), ("山东省", "菏泽市", "曹县", "庄寨镇", "张庄村"),
            ("湖南省", "邵阳市", "新邵县", "酿溪镇", "太芝村"), ("四川省", "南充市", "营山县", "绿水镇", "石桥村"),
            ("安徽省", "阜阳市", "临泉县", "杨桥镇", "大宋村"), ("广东省", "汕头市", "潮阳区", "谷饶镇", "上堡村"),
            ("江西省", "赣州市", "于都县", "贡江镇", "长征村"), ("河北省", "邯郸市", "魏县", "牙里镇", "北张庄村"))

_EMAIL_PY = ("zhangwei", "liyang", "wangfang", "chenjing", "liuqiang", "yangxue", "huangmin", "zhaolei",
             "wuting", "zhoujie", "xuhui", "sunli", "mali", "zhuhong", "hujun", "guoyan", "linfeng", "hexin",
             "gaopeng", "luoqian", "tangyu", "xiaoming", "daxiong", "xiaoyu")
_EMAIL_EN = ("amy", "jason", "kevin", "lucy", "tony", "cathy", "eric", "vivian", "leo", "grace", "sunny", "jack")
_CORP_DOM = ("sinolink-tech.com", "hxwl.com.cn", "jinfeng-group.com", "cgdl.cn", "huayu-auto.com.cn",
             "szmtkj.com", "dfmy.net", "anxin-trade.cn")

_E = ("", "", "", "", " 🙏", "🙏", "[抱拳]", " [微笑]", "😊", "👌", " 👍", "[捂脸]", "~", "！", "哈")
_REL = ("爱人", "老婆", "老公", "妈", "爸", "儿子", "女儿", "岳母", "婆婆", "弟弟", "姐姐", "家属")
_INS = ("平安人寿", "中国人寿", "太平洋保险", "人保财险", "新华保险", "泰康人寿", "友邦", "平安产险", "阳光保险")
_PROD = ("增额终身寿", "百万医疗险", "重疾险", "年金险", "车损险", "三者险", "稳健理财", "货币基金", "大额存单",
         "信用卡分期", "闪电贷", "消费贷", "经营贷", "车贷", "房贷", "养老金账户", "定投")


def _pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- raw value makers
def _raw_id(rng, want_x=None):
    while True:
        y = rng.randrange(1952, 2007) if rng.random() < 0.9 else rng.randrange(2007, 2022)
        m = rng.randrange(1, 13)
        d = rng.randrange(1, 29 if m == 2 else 31)
        body = f"{_pick(rng, _REGIONS)}{y:04d}{m:02d}{d:02d}{_digits(rng, 3)}"
        c = _id_check(body)
        if want_x is None or (want_x == (c == "X")):
            return body + c


def _raw_card(rng, group=None, bank=None):
    opts = []
    for b, bins in _BANK_BINS:
        if bank and b != bank:
            continue
        for bn, ln, g in bins:
            if group is None or g == group or (group == "any16" and ln == 16) or (group == "any19" and ln == 19):
                opts.append((b, bn, ln))
    if not opts:  # bank has no card of that group
        return _raw_card(rng, group, None)
    b, bn, ln = _pick(rng, opts)
    body = bn + _digits(rng, ln - len(bn) - 1)
    return b, body + _luhn_digit(body)


def _raw_mobile(rng):
    return _pick(rng, _MOB_PREFIX) + _digits(rng, 8)


def _raw_tel(rng):
    area, ln = _pick(rng, _AREAS)
    local = str(rng.randrange(2, 9)) + _digits(rng, ln - 1)
    return area, local


def _raw_plate_tail(rng):
    pat = _pick(rng, ("DDDDD", "LDDDD", "DLDDD", "DDLDD", "DDDLD", "DDDDL", "LLDDD", "DLLDD", "DDLLD", "LDDLD"))
    return "".join(str(rng.randrange(10)) if c == "D" else _pick(rng, _PL) for c in pat)


def _room(rng):
    return f"{rng.randrange(2, 33)}{rng.randrange(1, 5):02d}"


# ---------------------------------------------------------------- entity formats
# each maker(rng, ctx) -> (prefix, value, suffix)

def _mob(fmt):
    def mk(rng, ctx):
        v = _raw_mobile(rng)
        if fmt == "plain_11":
            return "", v, ""
        if fmt == "space_344":
            return "", _group(v, (3, 4, 4)), ""
        if fmt == "dash_344":
            return "", _group(v, (3, 4, 4), "-"), ""
        if fmt == "plus86_plain":
            return _pick(rng, ("+86", "+86 ", "+86-")), v, ""
        if fmt == "p0086_plain":
            return _pick(rng, ("0086", "0086 ", "0086-")), v, ""
        if fmt == "space_434":
            return "", _group(v, (4, 3, 4)), ""
        if fmt == "fullwidth":
            return "", "".join(chr(ord(c) + 0xFEE0) for c in v), ""
        if fmt == "cn_digits":
            tab = "零一二三四五六七八九" if rng.random() < 0.6 else "零幺二三四五六七八九"
            return "", "".join(tab[int(c)] for c in v), ""
        raise ValueError(fmt)
    return mk


_MOB_FMTS = (("plain_11", 60), ("space_344", 14), ("dash_344", 8), ("plus86_plain", 4), ("p0086_plain", 2),
             ("space_434", 3), ("fullwidth", 2), ("cn_digits", 2))


def _idc(fmt):
    def mk(rng, ctx):
        if fmt == "plain_18":
            v = _raw_id(rng, False)
        elif fmt == "ends_X":
            v = _raw_id(rng, True)
        elif fmt == "ends_x_lower":
            v = _raw_id(rng, True).lower()
        elif fmt == "space_6_8_4":
            v = _group(_raw_id(rng), (6, 8, 4))
        elif fmt == "space_6_4_4_4":
            v = _group(_raw_id(rng), (6, 4, 4, 4))
        elif fmt == "dash_6_8_4":
            v = _group(_raw_id(rng), (6, 8, 4), "-")
        else:
            raise ValueError(fmt)
        return "", v, ""
    return mk


_ID_FMTS = (("plain_18", 70), ("ends_X", 8), ("ends_x_lower", 4), ("space_6_8_4", 8), ("space_6_4_4_4", 4),
            ("dash_6_8_4", 2))


def _card(fmt):
    def mk(rng, ctx):
        bank = ctx.get("bank_pref")
        if fmt in ("plain_19", "space_4_19"):
            b, v = _raw_card(rng, "debit" if rng.random() < 0.9 else "any19", bank)
            if len(v) != 19:
                b, v = _raw_card(rng, "any19")
        elif fmt in ("plain_16", "space_4444", "dash_4444"):
            b, v = _raw_card(rng, "any16", bank)
        elif fmt in ("plain_old95", "space_old95"):
            b, v = _raw_card(rng, "old95", bank if bank in ("工商银行", "农业银行") else None)
        elif fmt == "plain_18":
            b, v = _raw_card(rng, "cib18")
        elif fmt == "uneven_space":
            b, v = _raw_card(rng, None, bank)
        else:
            raise ValueError(fmt)
        ctx.setdefault("bank", b)
        if fmt in ("space_4_19", "space_4444", "space_old95"):
            v = _group(v, (4, 4, 4, 4))
        elif fmt == "dash_4444":
            v = _group(v, (4, 4, 4, 4), "-")
        elif fmt == "uneven_space":
            cut = _pick(rng, ((6,), (4, 6), (6, 6), (10,), (8,), (4, 4, 8)))
            v = _group(v, cut)
        return "", v, ""
    return mk


_CARD_FMTS = (("plain_19", 45), ("plain_16", 20), ("space_4_19", 12), ("space_4444", 12), ("dash_4444", 2),
              ("plain_old95", 3), ("space_old95", 2), ("plain_18", 3), ("uneven_space", 4))


def _tel(fmt):
    def mk(rng, ctx):
        area, local = _raw_tel(rng)
        if fmt == "dash":
            return "", f"{area}-{local}", ""
        if fmt == "paren":
            return "", f"({area}){local}", ""
        if fmt == "paren_cn":
            return "", f"（{area}）{local}", ""
        if fmt == "plain":
            return "", area + local, ""
        if fmt == "space":
            return "", f"{area} {_group(local, (4, 4) if len(local) == 8 else (3, 4))}", ""
        if fmt == "dash_ext":
            ext = str(rng.randrange(100, 9000))
            return "", f"{area}-{local}", _pick(rng, (f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}"))
        if fmt == "local_only":
            return "", _group(local, (4, 4)) if len(local) == 8 and rng.random() < 0.4 else local, ""
        raise ValueError(fmt)
    return mk


_TEL_FMTS = (("dash", 50), ("paren", 6), ("paren_cn", 5), ("plain", 12), ("space", 6), ("dash_ext", 12),
             ("local_only", 6))


def _qq(fmt):
    def mk(rng, ctx):
        if fmt == "digits_6_8":
            v = str(rng.randrange(1, 10)) + _digits(rng, rng.randrange(5, 8))
        elif fmt == "digits_9_10":
            n = rng.randrange(9, 11)
            v = (str(rng.randrange(1, 10)) if n == 9 else str(rng.randrange(1, 4))) + _digits(rng, n - 1)
        elif fmt == "spaced":
            v = str(rng.randrange(1, 10)) + _digits(rng, 8)
            v = _group(v, (3, 3, 3))
        else:
            raise ValueError(fmt)
        return "", v, ""
    return mk


_QQ_FMTS = (("digits_6_8", 30), ("digits_9_10", 60), ("spaced", 5))


def _wx(fmt):
    def mk(rng, ctx):
        py = _pick(rng, _EMAIL_PY)
        if fmt == "pinyin_digits":
            v = py + _pick(rng, (str(rng.randrange(1975, 2005)), _digits(rng, 3), "520", "888", "666", _digits(rng, 4)))
        elif fmt == "wxid":
            v = "wxid_" + "".join(_pick(rng, "abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(rng.randrange(12, 15)))
        elif fmt == "underscore":
            v = _pick(rng, (py, _pick(rng, _EMAIL_EN))) + "_" + _pick(rng, ("cat", "sunny", "bao", "go", "yy", "money", py[:2])) + _digits(rng, rng.randrange(0, 3))
        elif fmt == "dash":
            v = _pick(rng, (f"{py}-{_digits(rng, 4)}", f"CMB-{py}", f"pa-{py}{_digits(rng, 2)}", f"{py}-{_pick(rng, _EMAIL_EN)}"))
        elif fmt == "mixed_case":
            en = _pick(rng, _EMAIL_EN)
            v = en.capitalize() + _pick(rng, ("_", "")) + py.capitalize()[:rng.randrange(2, 6)] + _digits(rng, rng.randrange(2, 5))
        else:
            raise ValueError(fmt)
        if len(v) < 6:
            v += _digits(rng, 6 - len(v))
        return "", v[:20], ""
    return mk


_WX_FMTS = (("pinyin_digits", 45), ("wxid", 15), ("underscore", 15), ("dash", 8), ("mixed_case", 10))


def _plate(fmt):
    def mk(rng, ctx):
        prov, letters = _pick(rng, _PLATE_PROV)
        L = _pick(rng, letters)
        if fmt == "nev":
            tail = _pick(rng, ("D", "F")) + (_pick(rng, _PL) if rng.random() < 0.3 else str(rng.randrange(10))) + _digits(rng, 4)
            return "", prov + L + tail, ""
        tail = _raw_plate_tail(rng)
        if fmt == "plain":
            return "", prov + L + tail, ""
        if fmt == "middot":
            return "", f"{prov}{L}·{tail}", ""
        if fmt == "space":
            return "", f"{prov}{L} {tail}", ""
        if fmt == "dash":
            return "", f"{prov}{L}-{tail}", ""
        if fmt == "lower":
            return "", (prov + L + tail).lower(), ""
        raise ValueError(fmt)
    return mk


_PLATE_FMTS = (("plain", 55), ("middot", 10), ("space", 8), ("dash", 4), ("nev", 15), ("lower", 4))


def _email(fmt):
    def mk(rng, ctx):
        py = _pick(rng, _EMAIL_PY)
        if fmt == "qq_digits":
            v = str(rng.randrange(1, 10)) + _digits(rng, rng.randrange(6, 10)) + "@qq.com"
        elif fmt == "pinyin_163":
            v = py + _pick(rng, ("", str(rng.randrange(1975, 2005)), _digits(rng, 3), "_" + _digits(rng, 2))) + "@" + \
                _pick(rng, ("163.com", "126.com", "sina.com", "163.com", "sohu.com", "yeah.net", "foxmail.com"))
        elif fmt == "corp":
            v = _pick(rng, (py, f"{_pick(rng, _EMAIL_EN)}.{py}", "finance", "caiwu", "hr", py + _digits(rng, 2))) + "@" + _pick(rng, _CORP_DOM)
        elif fmt == "foreign":
            v = _pick(rng, (_pick(rng, _EMAIL_EN) + "." + py, py + _digits(rng, 2), _pick(rng, _EMAIL_EN) + _digits(rng, 4))) + "@" + \
                _pick(rng, ("gmail.com", "outlook.com", "hotmail.com", "icloud.com"))
        elif fmt == "fullwidth_at":
            v = py + _digits(rng, rng.randrange(0, 4)) + "＠" + _pick(rng, ("163.com", "qq.com", "126.com"))
        else:
            raise ValueError(fmt)
        return "", v, ""
    return mk


_EMAIL_FMTS = (("qq_digits", 35), ("pinyin_163", 35), ("corp", 15), ("foreign", 10), ("fullwidth_at", 4))


def _addr(fmt):
    def mk(rng, ctx):
        prov, city, dist, roads, estates = _pick(rng, _CITY)
        road = _pick(rng, roads)
        no = f"{rng.randrange(1, 999)}号"
        est = _pick(rng, estates)
        bld = rng.randrange(1, 30)
        unit = rng.randrange(1, 6)
        room = _room(rng)
        if fmt == "prov_full":
            if not prov:
                prov, city, dist, roads, estates = _pick(rng, _CITY[4:18])
                road, est = _pick(rng, roads), _pick(rng, estates)
            tail = _pick(rng, (f"{est}{bld}栋{unit}单元{room}室", f"{est}{bld}栋{room}", f"{est}{bld}幢{room}室"))
            v = f"{prov}{city}{dist}{road}{no}{tail}"
        elif fmt == "city_road_no":
            v = f"{city}{dist}{road}{no}" + _pick(rng, ("", f"{est}{bld}栋{room}", f"{bld}号楼{unit}单元{room}"))
        elif fmt == "dist_estate_room":
            v = f"{dist}{est}" + _pick(rng, (f"{bld}栋{unit}单元{room}", f"{bld}号楼{unit}单元{room}室", f"{bld}栋{room}室", f"{bld}幢{unit}单元{room}"))
        elif fmt == "dash_room":
            v = _pick(rng, (f"{city}{dist}{est}", f"{dist}{est}", f"{city}{est}")) + f"{bld}-{unit}-{room}"
        elif fmt == "village":
            p, c, county, town, vil = _pick(rng, _VILLAGE)
            v = _pick(rng, (f"{p}{c}{county}{town}{vil}", f"{c}{county}{town}{vil}", f"{county}{town}{vil}")) + \
                _pick(rng, (f"{rng.randrange(1, 300)}号", f"{rng.randrange(1, 12)}组{rng.randrange(1, 80)}号"))
        elif fmt == "road_start":
            v = f"{road}{no}" + _pick(rng, (f"{est}{bld}栋{room}", f"{est}{bld}-{unit}-{room}", "", f"{bld}栋{unit}单元{room}室"))
        elif fmt == "spaced":
            if not prov:
                prov, city, dist, roads, estates = _pick(rng, _CITY[4:18])
                road, est = _pick(rng, roads), _pick(rng, estates)
            v = f"{prov} {city} {dist} {road}{no} {est}{bld}栋{room}"
        elif fmt == "company_floor":
            v = f"{city}{dist}{road}{no}{_pick(rng, _TOWERS)}" + _pick(rng, (f"{rng.randrange(2, 40)}层", f"{room}室", f"{rng.randrange(2, 40)}层{room}室"))
        else:
            raise ValueError(fmt)
        return "", v, ""
    return mk


_ADDR_FMTS = (("prov_full", 20), ("city_road_no", 20), ("dist_estate_room", 15), ("dash_room", 8), ("village", 8),
              ("road_start", 6), ("spaced", 4), ("company_floor", 12))

_FMT_TABLES = (("mobile", _MOB_FMTS, _mob), ("id_card", _ID_FMTS, _idc), ("bank_card", _CARD_FMTS, _card),
               ("landline", _TEL_FMTS, _tel), ("qq", _QQ_FMTS, _qq), ("wechat", _WX_FMTS, _wx),
               ("plate", _PLATE_FMTS, _plate), ("email", _EMAIL_FMTS, _email), ("address", _ADDR_FMTS, _addr))
_MARK = {"m": "mobile", "id": "id_card", "card": "bank_card", "tel": "landline", "qq": "qq", "wx": "wechat",
         "plate": "plate", "email": "email", "addr": "address"}
_KIND_TAB = {k: (tab, maker) for k, tab, maker in _FMT_TABLES}


def _draw_fmt(rng, kind):
    tab = _KIND_TAB[kind][0]
    total = sum(w for _, w in tab)
    r = rng.randrange(total)
    for f, w in tab:
        if r < w:
            return f
        r -= w
    raise AssertionError


# ---------------------------------------------------------------- near-miss makers
def _nm_amount(rng):
    n = _pick(rng, (rng.randrange(100, 5000), rng.randrange(1000, 60000), rng.randrange(10, 500) * 100))
    c = rng.randrange(0, 100)
    return _pick(rng, (f"¥{n:,}.{c:02d}", f"{n}元", f"{n:,}.{c:02d}元", f"{max(1, n // 10000) or 1}万",
                       f"{n}.{c:02d}", f"{n}块", f"{rng.randrange(1, 50)}万", f"{n:,}元", f"{rng.randrange(1, 30)}.{rng.randrange(1, 10)}万"))


def _nm_date(rng):
    y, m, d = rng.randrange(2023, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    return _pick(rng, (f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{m}月{d}日", f"{y}年{m}月{d}日", f"{m}月{d}号",
                       f"{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}"))


def _nm_rate(rng):
    return _pick(rng, (f"{rng.randrange(2, 8)}.{rng.randrange(0, 100):02d}%", f"{rng.randrange(3, 24)}%",
                       f"{rng.randrange(2, 5)}.{rng.randrange(1, 10)}%", f"0.0{rng.randrange(2, 6)}%"))


def _nm_term(rng):
    return _pick(rng, (f"{_pick(rng, (3, 6, 12, 24, 36, 48, 60))}期", f"{_pick(rng, (12, 24, 36))}个月", f"{rng.randrange(2, 20)}期"))


def _nm_code(rng):
    return _digits(rng, _pick(rng, (6, 6, 6, 4)))


_HOTLINES = ("95588", "95599", "95533", "95566", "95555", "95559", "95511", "95519", "95500", "95522", "95528",
             "95561", "95580", "95568", "400-820-8888", "400-669-5566", "4008-895-555", "400 800 8888",
             "400-699-5995", "800-830-8003", "021-95511", "0755-95555")


def _nm_hotline(rng):
    return _pick(rng, _HOTLINES)


def _nm_tail(rng):
    return _digits(rng, 4)


def _nm_masked_card(rng):
    _, v = _raw_card(rng)
    return _pick(rng, (f"{v[:4]} **** **** {v[-4:]}", f"{v[:6]}{'*' * (len(v) - 10)}{v[-4:]}",
                       f"**** **** **** {v[-4:]}", f"{v[:4]}********{v[-4:]}", f"{v[:6]}******{v[-4:]}"))


def _nm_masked_mobile(rng):
    v = _raw_mobile(rng)
    return _pick(rng, (f"{v[:3]}****{v[-4:]}", f"{v[:3]} **** {v[-4:]}", f"{v[:3]}*****{v[-3:]}", f"1**{v[3:7]}****"))


def _nm_masked_id(rng):
    v = _raw_id(rng)
    return _pick(rng, (f"{v[:6]}********{v[-4:]}", f"{v[:4]}**********{v[-4:]}", f"{v[:3]}***********{v[-4:]}",
                       f"{v[:1]}****************{v[-1:]}", f"{v[:6]}**********{v[-2:]}"))


def _nm_masked_email(rng):
    py = _pick(rng, _EMAIL_PY)
    return _pick(rng, (f"{py[:2]}***@163.com", f"{rng.randrange(1, 10)}{_digits(rng, 1)}****{_digits(rng, 2)}@qq.com",
                       f"{py[0]}****{py[-1]}@126.com", f"{py[:3]}***@gmail.com"))


def _nm_bad_card(rng):
    _, v = _raw_card(rng, _pick(rng, ("debit", "any16", "debit")))
    last = str((int(v[-1]) + rng.randrange(1, 10)) % 10)
    v = v[:-1] + last
    return _pick(rng, (v, v, _group(v, (4, 4, 4, 4))))


def _nm_bad_id(rng):
    while True:
        v = _raw_id(rng)
        good = v[-1]
        bad = v[:-1] + _pick(rng, tuple(c for c in "0123456789X" if c != good))
        if not (bad.isdigit() and _luhn_ok(bad)):  # must not look like a valid 18-digit card either
            return bad


def _nm_invalid_mobile(rng):
    v = _raw_mobile(rng)
    if rng.random() < 0.6:
        i = rng.randrange(3, 11)
        return v[:i] + v[i + 1:]
    return v + str(rng.randrange(10))


def _nm_txn(rng):
    return _pick(rng, ("4200" + _digits(rng, 24), "2024" + _digits(rng, 24), "2025" + _digits(rng, 24),
                       "1000" + _digits(rng, 16), "P" + _digits(rng, 21)))


def _nm_policy(rng):
    return _pick(rng, ("PDAA", "PDZA", "PZBE", "PEBH", "PDAT")) + _pick(rng, ("2024", "2025", "2023")) + \
        _pick(rng, ("4403", "1100", "3101", "4401", "3301")) + _digits(rng, 10)


def _nm_claim(rng):
    return _pick(rng, ("RDAA", "RDZA", "RZBE")) + _pick(rng, ("2024", "2025")) + _pick(rng, ("440300", "110000", "310000")) + _digits(rng, 6)


def _nm_contract(rng):
    y = _pick(rng, ("2023", "2024", "2025"))
    return _pick(rng, (f"HT-{y}-{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-{_digits(rng, 4)}",
                       f"XD{y}{_digits(rng, 8)}", f"JKHT{y}{_digits(rng, 6)}", f"CL{y}{_digits(rng, 5)}"))


def _nm_loan(rng):
    return _pick(rng, ("JJ", "LN", "JD")) + _pick(rng, ("2024", "2025")) + _digits(rng, 10)


def _nm_cnaps(rng):
    return _pick(rng, ("102", "103", "104", "105", "308", "301", "307", "403")) + _pick(rng, ("5840", "1000", "2900", "5810", "3310", "6510")) + _digits(rng, 5)


def _nm_swift(rng):
    return _pick(rng, ("ICBKCNBJ", "CMBCCNBS", "BKCHCNBJ", "PCBCCNBJ", "ABOCCNBJ", "COMMCN SH".replace(" ", ""),
                       "SZDBCNBS", "PSBCCNBJ", "FJIBCNBA"))


_SCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_SCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _nm_credit_code(rng):
    region = _pick(rng, ("440300", "440305", "110105", "310115", "330106", "510107", "420111", "320102"))
    org = "MA" + "".join(_pick(rng, _SCC) for _ in range(7))
    body = "91" + region + org
    s = sum(_SCC.index(c) * w for c, w in zip(body, _SCC_W))
    return body + _SCC[(31 - s % 31) % 31]


def _nm_fund(rng):
    return _pick(rng, ("110022", "161725", "005827", "000001", "519674", "260108", "003095", "110011", "001632",
                       "012414", "007119", "000961"))


def _nm_stock(rng):
    return _pick(rng, ("600519", "000858", "300750", "601318", "600036", "000333", "002594", "601166", "300059"))


def _nm_postal(rng):
    return _pick(rng, ("518057", "100020", "200120", "510620", "310012", "210008", "610041", "430074", "518048",
                       "450008", "250014", "710061"))


def _nm_employee(rng):
    return _pick(rng, (_digits(rng, 1).replace("0", "8") + _digits(rng, 4), "0" + _digits(rng, 5), "A" + _digits(rng, 5),
                       "SZ" + _digits(rng, 4)))


_BRANCH = ("深圳科技园支行", "北京望京支行", "上海陆家嘴支行", "广州天河支行", "杭州西湖支行", "成都高新支行",
           "南京鼓楼支行", "武汉光谷支行", "西安高新支行", "郑州金水支行", "济南历下支行", "长沙岳麓支行",
           "厦门思明支行", "东莞南城支行", "深圳分行营业部", "苏州工业园区支行", "重庆渝北支行", "天津南开支行")
_PLACES = ("深圳南山", "朝阳区", "浦东", "天河区", "杭州", "成都武侯区", "南京", "光谷", "郑州东区", "深圳", "东莞",
           "广州", "福田", "西安", "长沙", "佛山", "苏州园区", "北京", "上海", "重庆", "厦门岛内", "济南")


def _nm_branch(rng):
    return _pick(rng, _BRANCH)


def _nm_place(rng):
    return _pick(rng, _PLACES)


def _nm_points(rng):
    return f"{rng.randrange(1, 90)}{_pick(rng, ('00', '50', '80', '000'))}"


def _nm_amount_upper(rng):
    return _pick(rng, ("壹万贰仟元整", "人民币伍万元整", "叁仟伍佰元整", "贰拾万元整", "壹拾伍万元整", "捌仟陆佰元整",
                       "人民币叁拾万元整", "陆万元整", "玖仟玖佰玖拾玖元整"))


def _nm_url(rng):
    return _pick(rng, ("www.cmbchina.com", "www.icbc.com.cn", "https://www.ccb.com", "www.abchina.com",
                       "https://m.pingan.com", "www.boc.cn", "https://www.pbccrc.org.cn", "www.e-chinalife.com",
                       "www.95599.cn", "https://www.cpic.com.cn"))


def _nm_car_model(rng):
    return _pick(rng, ("比亚迪秦PLUS DM-i", "大众朗逸", "丰田凯美瑞2.0G", "特斯拉Model 3", "本田CR-V", "理想L7",
                       "小鹏P7", "宝马X3", "奔驰C260L", "哈弗H6", "五菱宏光MINI EV", "长安CS75"))


def _nm_time(rng):
    return _pick(rng, ("9:00-17:00", "8:30-17:30", "18:30", "上午10:00", "14:00", "9点半", "下午3:00", "20:00"))


def _nm_invoice(rng):
    return _pick(rng, (_digits(rng, 8), "2444" + _digits(rng, 16), "2431" + _digits(rng, 16)))


def _nm_order(rng):
    return _pick(rng, ("E" + _digits(rng, 14), _digits(rng, 12), "DD" + _digits(rng, 12)))


_NEAR = {"amount": _nm_amount, "date": _nm_date, "rate": _nm_rate, "term": _nm_term, "verify_code": _nm_code,
         "hotline": _nm_hotline, "tail": _nm_tail, "masked_card": _nm_masked_card, "masked_mobile": _nm_masked_mobile,
         "masked_id": _nm_masked_id, "masked_email": _nm_masked_email, "bad_card": _nm_bad_card, "bad_id": _nm_bad_id,
         "invalid_mobile": _nm_invalid_mobile, "txn_no": _nm_txn, "policy_no": _nm_policy, "claim_no": _nm_claim,
         "contract_no": _nm_contract, "loan_no": _nm_loan, "cnaps": _nm_cnaps, "swift": _nm_swift,
         "credit_code": _nm_credit_code, "fund_code": _nm_fund, "stock_code": _nm_stock, "postal_code": _nm_postal,
         "employee_no": _nm_employee, "branch": _nm_branch, "place": _nm_place, "points": _nm_points,
         "amount_upper": _nm_amount_upper, "url": _nm_url, "car_model": _nm_car_model, "time": _nm_time,
         "invoice_no": _nm_invoice, "order_no": _nm_order}

_FILL = {"e": _E, "rel": _REL, "ins": _INS, "prod": _PROD}

# ---------------------------------------------------------------- templates
# entity markers: {m} {id} {card} {tel} {qq} {wx} {plate} {email} {addr}
# near-miss markers: {N:kind};  fillers: {bank} {bk} {e} {rel} {ins} {prod}
PII_TEMPLATES = (
    # --- ID / card / mobile, customer side
    "身份证号{id}，手机{m}",
    "我的身份证：{id}\n银行卡：{card}\n手机号：{m}",
    "{id} 这是我身份证号，你再帮我查下申请进度",
    "卡号{card} 帮我看看这张卡为什么还款没扣成功",
    "还款卡换成这张吧 {card}，{bank}的",
    "{bank}的卡 {card}",
    "经理您好，我想把自动还款账户改成{bank}的卡，卡号是{card}{e}",
    "好的，我手机是{m}，有事打这个",
    "{m}",
    "{card}",
    "{id}",
    "{m}{e}",
    "{m} 这个是我常用的号",
    "手机好{m}",
    "身份正号{id}",
    "银航卡号{card}",
    "我的电话{m}，你们信用卡中心的人给我打过来说要分期",
    "行吧 卡号 {card} 你直接扣",
    "{card} 就这张，工资卡",
    "{card}（{bk}）",
    "开户需要身份证号吧？{id}",
    "证件号{id}，证件类型身份证",
    "我身份证号 {id} 你查一下是不是有逾期记录",
    "不好意思刚才发错了，应该是{id}",
    "刚才那个卡号少打了一位，正确的是{card}",
    "我的手机号码是{m}，身份证号码是{id}，银行卡号是{card}，麻烦帮我办理一下",
    "这是我的身份证号码：{id}，卡号：{card}",
    "手机{m} 身份证{id} 卡号{card} 您看下还缺啥",
    "{id}\n{card}\n{m}",
    "{id}\n{m}",
    "银行卡号：{card}\n姓名：本人\n身份证号：{id}\n手机号：{m}",
    "身份证 {id}\n手机 {m}\n微信 {wx}\n邮箱 {email}",
    "新手机号{m}，旧号{m}停机了",
    "预留手机号换成{m}，以前那个{N:masked_mobile}不用了",
    "手机尾号{N:tail}那个号停了，新号是{m}",
    "{m} 这个号收不到验证码",
    "验证码一直发到{m}上了，那个号码我早就不用了",
    "手机号：{m}（本人实名）",
    "你们打的{m}这个是我的号，我没借过钱啊",
    "我号码{m}，可以打这个，不要打我单位{tel}",
    "我把号码给你：{m}，晚上{N:time}以后打",
    "我的卡{card}被冻结了，怎么回事",
    "卡号{card}，刚刚收到一条扣款短信{N:amount}，不是我刷的！",
    "卡号尾号{N:tail}的那张不用了，改成{card}",
    "我这张{bk}的卡 {card} 能办分期吗",
    "帮我查下这张信用卡{card}的账单日",
    "信用卡{card}\n到期还款日是哪天？",
    "我想把这张卡{card}的额度提一下{e}",
    "用我{rel}的卡还可以吗？{card}",
    "这个{card}是二类户吗？转不进去钱",
    "卡号是{card}吗？我看一下……对，是这张",
    "你们系统里我手机是不是还是旧的？现在用{m}",
    "那个号码{m}是我{rel}的，我的是{m}",
    "嗯 {id}",
    "{id} 我{rel}的",
    "身份证号码{id}，有效期到{N:date}",
    # --- agent side, confirming
    "跟您核对一下：身份证号{id}，预留手机{m}，对吗？",
    "核对下您的还款卡号：{card}，开户行{bank}，没问题的话我这边提交了",
    "收到。卡号{card}，请确认是否为一类户",
    "您好，跟您确认一下，您留的联系电话是{m}吗？",
    "您好，您的借款已放款至{card}，请注意查收{e}",
    "您本期应还{N:amount}，还款卡{card}余额不足，请及时存入",
    "您尾号{N:tail}的信用卡本期账单{N:amount}，最低还款{N:amount}。如有疑问请联系您的专属客户经理{m}",
    "我是您的专属客户经理，工作手机{m}，办公电话{tel}，有事随时找我{e}",
    "客户经理手机{m}（微信同号）",
    "您好，这边是{bank}信用卡中心，您的账单已出，有疑问可拨打我的座机{tel}",
    "您好，我是{ins}的理赔员，您的案件我来跟进，电话{m}",
    "我们网点座机{tel}，工作日{N:time}都有人",
    "我们公司地址是{addr}，您带身份证原件过来面签",
    "面签地点{addr}，明天上午十点，到了打我电话{m}",
    "您好，这里是贷后管理部，您本期{N:amount}已逾期，请尽快还到尾号{N:tail}的卡上。如已还款请忽略，联系电话{tel}",
    "麻烦加一下我们理财经理的微信{wx}，有新产品会第一时间通知您",
    "录入好了：被保险人证件号{id}，投保人手机{m}，请您确认",
    "我再念一遍卡号哈，{card}，没错吧",
    "系统里登记的单位电话是{tel}，还在用吗？",
    "您提供的{id}和人脸识别的信息不一致，麻烦再核实下",
    # --- landline
    "办公室电话 {tel}",
    "你打这个座机吧{tel}，我在单位",
    "住宅电话{tel}",
    "家里座机{tel}，手机{m}",
    "电话：{tel}\n传真：{tel}",
    "{tel} 这个是我们客服座机，不是诈骗电话",
    "你们{tel}这个号码是官方的吗？一直打给我",
    "单位电话：{tel}\n单位地址：{addr}",
    "法人手机{m}，财务那边的座机{tel}",
    "座机{tel}，找财务就行",
    "我们公司前台{tel}，您打过去说找贷款的事",
    "打{tel}没人接啊",
    # --- business loans
    "公司名称：深圳市某某科技有限公司\n统一社会信用代码：{N:credit_code}\n注册地址：{addr}\n联系电话：{tel}",
    "营业执照上的地址：{addr}",
    "公司注册地址{addr}，实际经营地址一样",
    "法人身份证{id}，对公账户开在{bank}{N:branch}",
    "经营地址{addr}，厂房是租的，租金一年{N:amount}",
    "企业邮箱{email}，财务电话{tel}",
    "实控人手机{m}，身份证{id}，公司座机{tel}",
    "信用代码{N:credit_code}，经营地址：{addr}",
    # --- family / beneficiaries / co-borrowers
    "受益人是我{rel}，身份证号{id}",
    "被保险人：本人\n证件号码：{id}\n联系电话：{m}\n通讯地址：{addr}",
    "投保人和被保人都是我，身份证{id}，受益人填法定就行",
    "我{rel}的身份证号是{id}，手机号{m}，麻烦一起加到保单里",
    "孩子的身份证号{id}，给他买一份少儿医疗险（要是号码不对我再发）",
    "我{rel}的{id}，能投保吗？今年六十多了",
    "紧急联系人：我{rel}，电话{m}",
    "紧急联系人电话{m}（{rel}）",
    "第二联系人{rel} {m}",
    "这是我{rel}的号码{m}，催收别打给她了行吗",
    "借款人：本人 身份证{id}\n共同借款人：我{rel} 身份证{id}",
    "我{rel}身份证{id}，我的是{id}",
    "身份证号：{id}（我{rel}的）",
    "受益人：{rel}\n身份证：{id}\n比例：百分之百",
    "被保人身份证{id}，出险时间{N:date}，医院发票金额{N:amount}",
    # --- claims / insurance
    "理赔款打到这张卡上：{card}（{bank}）",
    "理赔资料邮寄到：{addr}，收件电话{tel}",
    "保单寄{addr}\n电话{m}",
    "电子保单发到{email}吧",
    "投保人：本人，手机{m}，邮箱{email}",
    "保单号{N:policy_no}，被保人身份证{id}",
    "保全变更：新手机号{m}，新地址{addr}",
    "续期扣款账户变更为{card}",
    "续期保费从{card}扣就行，{bank}的",
    "报案号{N:claim_no}，出险车辆{plate}",
    # --- car loans / car insurance
    "出险车辆{plate}，报案人手机{m}",
    "车牌号{plate}，在{N:place}追尾了，要怎么走理赔",
    "我的车是{plate}，车贷还剩{N:term}没还",
    "抵押车辆：{plate}\n借款人身份证：{id}\n还款卡：{card}",
    "{plate} 这台车的保险是不是下个月到期？",
    "车牌 {plate} ，车主本人，手机{m}",
    "我车{plate}今天被拖走了？？？我这个月已经还了！！",
    "车牌{plate}，行驶证我拍照给你",
    "车是{plate}，{N:car_model}，落户在{N:place}",
    "车停在{addr}楼下，车牌{plate}，评估师直接过去看就行",
    "{plate}的GPS是不是拆了？一直离线",
    "我车牌{plate}，续保报价发我一下，邮箱{email}",
    "交强险到期了，车牌{plate}，还是按去年的方案",
    "两台车都要续：{plate} 和 {plate}",
    "车牌：{plate}\n车主手机：{m}\n车辆停放地址：{addr}",
    "是{plate}吗？您确认下车牌",
    "{plate}{e}",
    "还款逾期的车{plate}，客户已失联，家庭地址{addr}",
    # --- email / qq / wechat
    "麻烦把合同发我邮箱{email}，谢谢",
    "邮箱：{email}",
    "{email} 这个邮箱能收到对账单吗",
    "对账单一直发到{email}，现在想换成{email}",
    "QQ邮箱{email}也行",
    "公司邮箱{email}，个人邮箱{email}",
    "发我邮箱吧 {email}{e}",
    "流水导出来发{email}，要盖章的",
    "我微信{wx}，你加我发资料",
    "加我个人微信吧：{wx}，企业微信我不常看",
    "微信号 {wx} 加的时候备注车贷",
    "我微信是{wx}，手机号是{m}，你加哪个都行",
    "微信搜{wx}就能找到我",
    "wx：{wx}",
    "vx {wx}",
    "加V：{wx}，备注贷款",
    "{wx} 这是我微信，通过一下",
    "我QQ{qq}，文件传我QQ上",
    "扣扣{qq}",
    "{qq}是我QQ，微信不方便",
    "扣扣 {qq} 有事留言",
    "我不用微信，你加我QQ {qq}",
    "还有个QQ号{qq}，那个我{rel}在用",
    "QQ：{qq}\n邮箱：{email}",
    "截图发我QQ吧，{qq}，手机传不了",
    "qq {qq} 验证写理财",
    "我的QQ号是{qq}，工作时间一般都挂着",
    "Q：{qq}",
    "公司财务的QQ {qq}，报表让她直接发你",
    "加我qq吧{qq}，微信被封了",
    "{qq} 扣扣，加一下，我把保单照片传你",
    "对账单发QQ邮箱也行，QQ号{qq}",
    "联系方式：QQ {qq} / 手机 {m}",
    "您好，加了您QQ{qq}，麻烦通过一下",
    "腾讯QQ：{qq}\n微信：{wx}",
    "我{rel}不会用微信，有QQ，{qq}",
    "微信：{wx}（手机号搜不到，要搜这个）",
    "理财经理微信{wx}，工作时间回复",
    "你加下我同事微信 {wx}，她负责车贷",
    # --- address
    "家庭住址：{addr}",
    "寄送地址：{addr}\n收件手机：{m}",
    "信用卡寄到{addr}，我白天在家",
    "现住址{addr}，户籍地址跟身份证上一样",
    "我住{addr}，离你们{N:branch}不远",
    "工作单位地址：{addr}\n单位电话：{tel}",
    "住址：{addr}（靠近地铁站）",
    "地址是{addr}，放快递柜",
    "我是{N:place}的，地址{addr}",
    "地址{addr}，快递放门口就行",
    "我换地址了，新地址：{addr}",
    "账单地址改成{addr}",
    "上门收件地址：{addr} 联系电话{m}",
    "{addr}\n{m}",
    "{addr} 这个地址收得到吗",
    "老家地址{addr}，户口在那边",
    "卡寄到单位吧，{addr}，前台代收{tel}",
    # --- securities / wealth
    "我在{bank}开的户，证券资金账户绑定的是{card}",
    "开户预留手机{m}，身份证号码{id}，邮箱{email}",
    "风险测评做完了，身份证是{id}",
    "股东账户开好了吗？我身份证{id}",
    "资金账号绑的是{card}",
    "三方存管银行选的{bk}，卡号{card}",
    "赎回的钱到哪张卡？是不是{card}这张",
    "大额存单到期转到{card}，谢谢经理{e}",
    # --- bank-app pastes / forms
    "账号：{card}\n户名：本人\n开户行：{bank}{N:branch}",
    "收款账号{card}，开户行{bank}{N:branch}，联行号{N:cnaps}",
    "开户行：{bank}{N:branch}\n账号：{card}\n预留手机：{m}\n邮箱：{email}",
    "打款账户：{card}\n{bank}",
    "【账户信息】\n户名：*伟\n卡号：{card}\n开户行：{bank}",
    "卡号：{card}\n开户网点：{bk}{N:branch}",
    "借据号{N:loan_no}，还款卡{card}，麻烦帮我提前结清",
    "合同编号{N:contract_no}的借款人是我，身份证{id}",
    "申请人证件号：{id}\n申请金额：{N:amount}\n期限：{N:term}\n收款卡：{card}",
    "姓名：本人\n证件号码：{id}\n手机号码：{m}\n单位电话：{tel}\n居住地址：{addr}",
)

NEAR_TEMPLATES = (
    "本期应还{N:amount}，最后还款日{N:date}",
    "额度{N:amount}，年化{N:rate}，分{N:term}",
    "验证码{N:verify_code}，五分钟内有效",
    "我收到的验证码是{N:verify_code}，输进去提示错误",
    "{N:verify_code}",
    "客服热线{N:hotline}",
    "打{N:hotline}转人工一直占线",
    "您好，我行客服电话为{N:hotline}，请勿相信其他号码{e}",
    "{N:hotline}是你们官方的号吗？",
    "我的卡尾号{N:tail}，今天扣了两次款",
    "尾号{N:tail}那张卡能注销吗",
    "卡号是{N:masked_card}吗？",
    "您名下有一张{N:masked_card}的卡，状态正常",
    "您预留的手机号是{N:masked_mobile}，需要修改吗",
    "系统显示证件号{N:masked_id}，跟您核实一下是本人吗",
    "这个卡号{N:bad_card}系统说无效，是不是打错了",
    "你发的{N:bad_card}少了一位还是多了一位？校验不过",
    "身份证号{N:bad_id}提示校验位错误",
    "我输入{N:bad_id}一直提示格式不正确",
    "转账流水号{N:txn_no}",
    "交易单号：{N:txn_no}\n金额：{N:amount}",
    "保单号{N:policy_no}，麻烦查一下现金价值",
    "报案号{N:claim_no}，资料都传完了",
    "合同编号{N:contract_no}",
    "借据编号{N:loan_no}，结清证明什么时候能开",
    "开户行联行号{N:cnaps}",
    "SWIFT代码是{N:swift}吗",
    "统一社会信用代码{N:credit_code}",
    "基金代码{N:fund_code}，今天净值多少",
    "我买的那只{N:fund_code}亏了好多{e}",
    "{N:stock_code}明天能涨吗哈哈",
    "邮编{N:postal_code}",
    "工号{N:employee_no}的客户经理服务很好",
    "我是工号{N:employee_no}，很高兴为您服务",
    "网点在{N:branch}，周末也营业",
    "我在{N:place}，附近有你们网点吗",
    "上次在{N:branch}办的",
    "积分{N:points}能换什么",
    "提前还款违约金{N:rate}",
    "大写金额写{N:amount_upper}对吗",
    "{N:date}扣款{N:amount}，{N:date}又扣了{N:amount}",
    "手机号{N:invalid_mobile}？你少打了一位吧",
    "{N:invalid_mobile}这个号码打过去是空号",
    "官网{N:url}",
    "下载APP或者登录{N:url}也能查",
    "邮箱是{N:masked_email}那个吗",
    "车型{N:car_model}，落地价{N:amount}",
    "首付{N:amount}，月供{N:amount}，{N:term}",
    "月供{N:amount}，每月{N:date}扣",
    "我借了{N:amount}，分{N:term}，利息怎么这么高",
    "年化利率{N:rate}是单利还是复利？",
    "{N:amount}的额度，{N:term}，月利率{N:rate}",
    "理赔款{N:amount}到账了，谢谢{e}",
    "已赔付{N:amount}，请注意查收，报案号{N:claim_no}",
    "您的保单{N:policy_no}将于{N:date}到期，保费{N:amount}",
    "交易时间{N:date} {N:time}，金额{N:amount}",
    "{N:date} {N:time} 消费 {N:amount}",
    "您尾号{N:tail}的卡{N:date}入账{N:amount}，余额{N:amount}",
    "【{bank}】您尾号{N:tail}卡{N:date} {N:time}快捷支付支出{N:amount}",
    "还款{N:amount}已到账，剩余本金{N:amount}",
    "预约了{N:date} {N:time}在{N:branch}面签",
    "周六{N:time}，{N:branch}，带身份证原件",
    "您在{N:place}吗？离{N:branch}近一点",
    "发票号码{N:invoice_no}，金额{N:amount}",
    "电子发票号码{N:invoice_no}",
    "订单号{N:order_no}分期失败了",
    "商户订单号{N:order_no}，退款什么时候到",
    "微信支付单号{N:txn_no}",
    "支付宝交易号{N:txn_no}，扣了{N:amount}但是没到账",
    "联行号{N:cnaps}，SWIFT {N:swift}",
    "我们公司信用代码{N:credit_code}，能申请多少额度",
    "信用代码：{N:credit_code}\n注册资本：{N:amount}",
    "定投{N:fund_code}每月{N:amount}，扣款日{N:date}",
    "持仓{N:stock_code}，成本价{N:amount}",
    "{N:stock_code}和{N:fund_code}各买了一点",
    "积分还有{N:points}，下月{N:date}清零",
    "车险报价{N:amount}，去年是{N:amount}",
    "{N:car_model}的全险大概多少钱",
    "贷款买{N:car_model}，首付{N:rate}",
    "卡号{N:masked_card}，户名*明，对吗",
    "证件号码：{N:masked_id}\n手机号码：{N:masked_mobile}",
    "被保人：**\n证件号：{N:masked_id}\n保单号：{N:policy_no}",
    "您的手机号{N:masked_mobile}已绑定成功",
    "已发送验证码至{N:masked_mobile}",
    "扣款卡：{N:masked_card}\n扣款金额：{N:amount}",
    "您好，您的账单已发送至{N:masked_email}，请查收",
    "这个号{N:invalid_mobile}不对吧，才十位",
    "身份证号我输的{N:bad_id}，系统说不对，我再看看",
    "卡号{N:bad_card}，提交的时候提示卡号有误",
    "写错了，{N:bad_card}这个作废",
    "人工客服{N:hotline}，按0转人工",
    "不是我们打的，我们的号码只有{N:hotline}",
    "你们{N:hotline}和{N:hotline}都是官方的吗",
    "客服电话：{N:hotline}（{N:time}）",
    "验证码{N:verify_code}，请勿告诉他人",
    "【{ins}】您的验证码为{N:verify_code}，有效期五分钟",
    "收到，验证码{N:verify_code}",
    "邮编写{N:postal_code}吗？",
    "{N:place}那边的网点几点下班",
    "在{N:place}能办吗？",
    "利率{N:rate}，期限{N:term}，还款方式等额本息",
    "{N:term}的话月供{N:amount}",
    "LPR现在是{N:rate}吗",
    "违约金是剩余本金的{N:rate}",
    "大写：{N:amount_upper}\n小写：{N:amount}",
    "合同{N:contract_no}，金额{N:amount_upper}",
    "借据{N:loan_no}结清了，结清日期{N:date}",
    "授信到期日{N:date}，要续贷的话提前一个月",
    "APP上显示{N:amount}，短信说的是{N:amount}，以哪个为准",
    "你看 {N:url} 上面写的就是{N:rate}",
    "分红险去年实际结算利率{N:rate}",
    "账户余额{N:amount}，冻结金额{N:amount}",
    "犹豫期到{N:date}，{N:date}之前都能退",
    "{N:date}开始计息",
    "工号{N:employee_no}，有问题随时找我",
    "{N:amount}",
    "{N:amount}？",
    "还差{N:amount}{e}",
)

PLAIN_TEMPLATES = (
    "好的，收到", "稍等，我帮您查一下", "在吗", "您好，请问有什么可以帮您？", "麻烦您拍一下身份证正反面发我",
    "这个利息怎么算的啊", "我不想分期了能取消吗", "今天能放款吗", "你们是正规的吗", "嗯嗯", "我下班再弄",
    "审批通过了吗", "征信会有影响吗", "额度怎么又降了", "为什么我的信用卡被降额了", "可以帮我申请延期还款吗",
    "好的谢谢经理", "理赔资料需要哪些？", "医院的发票原件要寄过去吗", "面签需要带什么", "户口本也要带吗",
    "我爱人也要去吗", "不需要了，谢谢", "你们天天打电话烦不烦", "我下周发工资就还", "能不能少还一点",
    "可以协商还款吗", "这个产品保本吗", "风险等级是多少", "赎回几天到账", "定投可以随时停吗", "我想换个客户经理",
    "您好，您的申请已提交，请耐心等待审核", "收到，我马上处理", "系统维护中，请稍后再试", "已转交给理赔部同事",
    "亲，您的资料不全哦", "好的好的", "明白了", "那算了", "行", "？？？", "怎么还没到账", "转人工",
    "{bank}的信用卡怎么提额", "{ins}的重疾险值得买吗", "我在{bank}有房贷，还能贷吗", "{prod}现在还能买吗",
    "{prod}和{prod}哪个好", "我想了解一下{prod}", "{ins}理赔快吗", "{bk}的APP打不开了",
    "我已经还了，你们看一下", "钱已经转过去了", "刚才扣款失败是什么原因", "我不记得办过这个业务",
    "这个保险我没买过，怎么扣我钱了", "退保能退多少", "体检报告要提交吗", "住院押金单可以吗",
    "出院小结和诊断证明都拍好了", "我明天上午过去办", "你们几点下班", "周末营业吗", "要本人到场吗",
    "可以线上办理吗", "我在外地，回不去", "可以邮寄吗", "谢谢你啊，辛苦了", "不客气，应该的", "麻烦您了",
    "好的，我跟家里人商量一下", "我再考虑考虑", "先不用了", "这个月手头紧", "下个月一定还上",
    "你们的催收太过分了", "我要投诉", "请您放心，我们不会泄露您的信息", "这边已经帮您登记了",
    "请问还有其他可以帮您的吗？", "祝您生活愉快", "本次服务结束，请对我的服务进行评价", "在的，您说",
    "您的问题已记录，稍后有专人联系您", "放款了吗？", "审批要几天", "为什么被拒了", "是征信的问题吗",
    "查征信会留记录吗", "提前还款有违约金吗", "可以部分提前还款吗", "最低还款会影响征信吗", "分期手续费怎么收",
    "账单分期和现金分期有什么区别", "年费能免吗", "怎么激活", "卡片什么时候寄到", "我的卡丢了，要挂失",
    "挂失了，补卡要多久", "密码忘了怎么办", "手机银行登不上去", "转账限额怎么调", "为什么转账被拦截了",
    "这个是诈骗电话吗", "有人冒充你们打电话", "我没点什么链接吧", "不要把验证码告诉任何人哦", "好的知道了",
    "车险快到期了", "今年保费涨了好多", "出险了要先报警吗", "定损员什么时候来", "修车厂可以自己选吗",
    "对方全责，我要怎么做", "交强险和商业险都买了", "车贷还完了，解押要什么材料", "绿本什么时候能拿",
    "GPS可以拆了吗", "开户需要多久", "可以在手机上开户吗", "两融权限怎么开", "风险测评没通过怎么办",
    "这只基金最近跌得厉害", "要不要止损", "净值什么时候更新", "理财到期了自动续吗", "收益怎么算的",
    "大额存单还有额度吗", "利率又降了啊", "现在存定期划算吗", "养老金账户值得开吗", "个税能抵扣吗",
    "嗯，我看到了", "晚点回复你", "在开会", "刚看到消息", "不好意思刚在忙", "[捂脸]", "[抱拳][抱拳]",
    "👍", "OK", "ok的", "好滴", "收到收到", "没问题", "可以的", "辛苦经理", "麻烦快一点，急用",
    "我急用钱，今天能下款吗", "能不能通融一下", "逾期一天会上征信吗", "罚息怎么这么多",
    "你们的利息比{bk}高多了", "我在{bk}也有贷款", "我想转到{bk}那边还", "{ins}的业务员让我加保",
    "{prod}的条款能发我看看吗", "等我下班拍给你", "资料已经上传了", "材料都齐了吧", "还差什么材料",
    "流水要近半年的吗", "社保和公积金都有交", "公司是个体户可以吗", "营业执照刚满一年", "法人要一起来吗",
    "对公账户也要提供吗", "抵押物评估要多久", "房产证在银行那里", "放款后多久可以还第一期", "理解理解",
    "您先别着急，我帮您问问", "这个需要后台审核，请耐心等待", "已经帮您加急了", "您看一下短信",
)
_PLAIN_PRE = ("", "", "", "", "", "经理，", "您好，", "你好 ", "亲，", "哎，", "那个，", "请问", "在吗？")
_PLAIN_SUF = ("", "", "", "", "", "", "？", "。", "！", "[微笑]", "🙏", "😂", "哈哈", "谢谢", "~")

# ---------------------------------------------------------------- builder
_TOKEN = re.compile(r"\{(N:)?(\w+)\}")


def _render(rng, tpl, force=None):
    """Fill one template; force = (kind, fmt) for the first marker of that kind."""
    parts = _TOKEN.split(tpl)  # text, N:, name, text, ...
    items = []
    for i in range(0, len(parts), 3):
        items.append(("text", parts[i]))
        if i + 2 < len(parts):
            items.append(("near" if parts[i + 1] else "mark", parts[i + 2]))
    ctx = {"bank_pref": _pick(rng, _BANK_NAMES)}
    forced_done = False
    vals = []
    for typ, name in items:  # entities first so that the bank filler follows the card
        if typ == "mark" and name in _MARK:
            kind = _MARK[name]
            if force and force[0] == kind and not forced_done:
                fmt, forced_done = force[1], True
            else:
                fmt = _draw_fmt(rng, kind)
            vals.append((kind, fmt, _KIND_TAB[kind][1](fmt)(rng, ctx)))
    assert force is None or forced_done, (tpl, force)
    bank = ctx.get("bank", ctx["bank_pref"])
    text, ents, fmts, nears = "", [], [], []
    vi = 0
    for typ, name in items:
        if typ == "text":
            text += name
        elif typ == "near":
            v = _NEAR[name](rng)
            nears.append((name, len(text), len(text) + len(v)))
            text += v
        elif name in _MARK:
            kind, fmt, (pre, v, suf) = vals[vi]
            vi += 1
            text += pre
            ents.append((kind, len(text), len(text) + len(v)))
            fmts.append(fmt)
            text += v + suf
        elif name == "bank":
            text += bank
        elif name == "bk":
            text += _BANK_SHORT[bank]
        else:
            text += _pick(rng, _FILL[name])
    return text, ents, fmts, nears


def _plain(rng, tpl):
    text, _, _, _ = _render(rng, tpl)
    if rng.random() < 0.25 and not re.match(r"(您好|你好|好|嗯|在|收到|OK|ok|👍|\[|？|亲|行|请)", text):
        pre = _pick(rng, ("经理，", "您好，", "你好 ", "亲，", "那个，", "哎，"))
        if text.endswith(("吗", "？")) and rng.random() < 0.4:
            pre = "请问"
        text = pre + text
    if rng.random() < 0.3 and not re.search(r"[？。！?!~\]]$", text):
        text += _pick(rng, ("？" if text.endswith("吗") else "。", "！", "[微笑]", "🙏", "😂", " 哈哈", "，谢谢", "~"))
    return text


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    rows = []  # (text, ents, fmts, nears, template id)
    kind_tpls = {k: [i for i, t in enumerate(PII_TEMPLATES) if any(_MARK.get(n) == k for _, n in _TOKEN.findall(t))]
                 for k in KINDS}
    # forced pass: every format into FORCE_PER_FMT distinct templates of its kind
    for kind, tab, _ in _FMT_TABLES:
        for fmt, _w in tab:
            tids = list(kind_tpls[kind])
            rng.shuffle(tids)
            for tid in tids[:FORCE_PER_FMT]:
                rows.append((*_render(rng, PII_TEMPLATES[tid], (kind, fmt)), f"P{tid:03d}"))
    order: list[int] = []
    while len(rows) < N_PII_ROWS:
        if not order:
            order = list(range(len(PII_TEMPLATES)))
            rng.shuffle(order)
        tid = order.pop()
        rows.append((*_render(rng, PII_TEMPLATES[tid]), f"P{tid:03d}"))
    order = []
    for _ in range(N_NEAR_ROWS):
        if not order:
            order = list(range(len(NEAR_TEMPLATES)))
            rng.shuffle(order)
        tid = order.pop()
        rows.append((*_render(rng, NEAR_TEMPLATES[tid]), f"N{tid:03d}"))
    order = []
    for _ in range(N_PLAIN_ROWS):
        if not order:
            order = list(range(len(PLAIN_TEMPLATES)))
            rng.shuffle(order)
        tid = order.pop()
        rows.append((_plain(rng, PLAIN_TEMPLATES[tid]), [], [], [], f"C{tid:03d}"))
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


def make_blind20_corpus() -> pd.DataFrame:
    """The blind20 corpus (finance and insurance WeCom chats), one row per message."""
    return _build()


# ---------------------------------------------------------------- checks
_AREA_SET = tuple(a for a, _ in _AREAS)
_ADDR_START = tuple(sorted({x for c in _CITY for x in (c[0], c[1], c[2]) if x} | {r for c in _CITY for r in c[3]}
                           | {e for c in _CITY for e in c[4]} | {x for v in _VILLAGE for x in v}))
_WX_RE = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._\-]+[@＠][A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")
_PLATE_RE = re.compile(r"[京沪粤苏浙川鄂陕豫鲁湘闽渝津皖冀][A-Za-z][·\- ]?[A-Za-z0-9]{5,6}")


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "id_card":
        return _id_ok(n) and n[:2] in {r[:2] for r in _REGIONS} and 1900 < int(n[6:10]) < 2024
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[:1] in "4569"
    if kind == "mobile":
        return n.isdigit() and len(n) == 11 and n[:3] in _MOB_PREFIX
    if kind == "landline":
        n = n.replace("（", "").replace("）", "")
        if n.isdigit() and 7 <= len(n) <= 8 and n[0] in "2345678":
            return True
        return n.isdigit() and any(n.startswith(a) and len(n) - len(a) in (7, 8) for a in _AREA_SET)
    if kind == "qq":
        return n.isdigit() and 6 <= len(n) <= 10 and n[0] != "0"
    if kind == "wechat":
        return bool(_WX_RE.fullmatch(v))
    if kind == "email":
        return bool(_EMAIL_RE.fullmatch(v))
    if kind == "plate":
        return bool(_PLATE_RE.fullmatch(v))
    if kind == "address":
        return v.startswith(_ADDR_START) and bool(re.search(r"(号|栋|幢|单元|室|层|\d)$", v))
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], df.columns
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), (text, es, fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid(k, v), (k, v, text)
            # the span is not glued to more of the same value
            if s > 0 and k not in ("address", "wechat", "email") and not re.search(r"(\+86|0086)[ -]?$", text[:s]):
                assert not text[s - 1].isdigit(), (k, v, text)
            if e < len(text) and k not in ("address", "wechat", "email"):
                assert not text[e].isdigit(), (k, v, text)
        for k, s, e in ns:
            assert k in _NEAR, k
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert n[:3] not in _MOB_PREFIX, (k, v)
        # every run of 5+ digits (any width) lies inside a labelled span
        for mt in re.finditer(r"(?:0086|\+86)?(\d{5,})", text):
            assert any(s <= mt.start(1) and mt.end(1) <= e for s, e in spans), ("unlabelled digits", text, mt.group())
    pii = df[df["entities"].map(len) > 0]
    near = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) > 0)]
    plain = df[(df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert len(plain) * 3 >= len(df), (len(plain), len(df))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), plain_rows=len(plain), kinds=kinds,
                near_kinds=near_kinds, near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind20_corpus())  # deterministic
    assert df.equals(_build())
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
    declared = [f"{k}/{f}" for k, tab, _ in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

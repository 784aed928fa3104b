"""Forty-second blind PII corpus (``split == "blind42"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十七位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it read only the
lines of ``mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` it read only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (for the layout and entry-point names); it did
not read any other corpus or test, ``bench/``, ``docs/``, the README or any
git history.  It never imported ``toolkit`` and never ran any masking or
finding function on this corpus.  Value shapes, chat contexts and labels come
only from the writer's own idea of what patients, relatives and staff of
hospitals, pharmacies and online-consultation platforms type in WeCom 1:1 and
group chats in mainland China.

What is different here: the theme is HOSPITALS, PHARMACIES AND ONLINE
CONSULTATIONS -- registration / 建档 with the patient's ID number, relatives
leaving mobiles for follow-ups, home addresses for medicine delivery (cold
chain insulin, chronic-disease repeat prescriptions), bank cards for refunds
and insurance payouts, e-mails for examination reports, WeChat / QQ for
sending lab photos to doctors, plates for hospital parking, home / office
landlines for chronic-disease follow-up calls, health-manager group chats.
Near-misses are the numbers of that trade: 门诊号, 住院号, 就诊卡号, medical
insurance numbers that are not ID numbers, prescription numbers, 国药准字
approval numbers, dosages, lab values (血糖 6.1, 血压 135/85, 糖化 7.2%,
尿酸, 肌酐, 心率, 体温), ages, heights and weights, bed / ward numbers,
clinic rooms, appointment times, fees, dates, expiry dates, 12320 / 12345 /
120 / 400 / 800 / 95xxx hotlines, masked values (138****5678), card tails,
pharmacy order and courier tracking numbers, verification / pickup codes,
queue numbers, report numbers, e-invoice codes / numbers, drug batch numbers,
28-digit payment transaction ids, settlement numbers of card length failing
Luhn (``bad_card``), 18-digit settlement / prescription serials failing the
ID check (``bad_id``), postal codes, bare place names (a district, a hospital
campus), staff numbers and quantities.

Seed
----
``SEED = "blind42-2026-hospital-第四十七位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples (no hash seeds, no set
iteration order, no time).  ID check digits (ISO 7064 MOD 11-2, real area
codes, real birth dates 1938-2018) and bank-card Luhn digits (UnionPay 62xxxx
16/19 digits, Visa / Mastercard 4/5 16 digits, domestic 95xxxx 19 digits) are
computed here.  Every near-miss whose normalised digits are 16-19 long fails
Luhn, every 18-digit one fails the ID check, and no 11-digit near-miss is a
valid mobile.  Each declared format is first forced ``FORCE_PER_FMT`` (5)
times into five distinct templates holding a marker of its kind; the other
rows draw formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (names are never
  labelled; only roles such as 本人 / 我爸 / 家属 are used).  The span holds
  the value only: cue words, ``+86`` / ``+86 `` / ``86-`` / ``0086 `` prefixes
  and landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, the comma of a voice-typed
  number, the parentheses around an area code, ``·`` in a plate) are inside;
  an address runs from its first place unit (province / city / district /
  county / town / village / road / estate) to its last house-level unit
  (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / 楼 / a bare room number like 1502 or
  3-2-1502); a place alone is a ``place_only`` near-miss.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked (units such as ``mg`` / ``元`` / ``床`` are inside the span)
* ``split``       -- always ``"blind42"``

Counts (``python tests/privacy/pii_blind42.py``)
-----------------------------------------------
rows=1580 pii_rows=900 near_rows=680 entities=1393
  mobile      385
  address     221
  id_card     177
  bank_card   126
  email       115
  landline    109
  qq           98
  plate        92
  wechat       70
near-miss spans=1326 (1081 in near-miss rows) kinds=32
  date 129, fee 120, lab_value 118, age 70, place_only 67, height_weight 65,
  appt_time 64, hotline 54, bed_ward 52, clinic_room 48, masked 44, dosage
  32, inpatient_no 31, outpatient_no 31, pay_txn_no 28, tracking_no 28,
  bad_card 28, quantity 27, order_no 27, invoice_no 26, prescription_no 26,
  queue_no 23, verify_code 22, staff_no 22, bad_id 21, tail_digits 20,
  report_no 20, insurance_no 19, medical_card_no 19, batch_no 18,
  drug_approval 17, postal_code 10
formats=50 distinct
formats (each used >= 4 times in >= 3 templates):
address/city_road_no, address/district_estate_room, address/estate_bare_room,
address/full_prov, address/office_floor, address/road_building_room,
address/rural, address/spaced, bank_card/old95_19, bank_card/space4_16,
bank_card/space4_19, bank_card/unionpay16, bank_card/unionpay19,
bank_card/visa_mc16, email/dotted, email/foreign, email/fullwidth_at,
email/netease, email/qq_mail, id_card/plain, id_card/space_6_8_4,
id_card/x_lower, id_card/x_upper, landline/dash, landline/dash_ext,
landline/fullwidth_paren, landline/local8, landline/paren, landline/plain,
landline/space, mobile/cn_digits, mobile/dash_344, mobile/fullwidth,
mobile/plain, mobile/plus86, mobile/plus86_space, mobile/space_344,
mobile/voice_words, plate/dot, plate/lowercase, plate/new_energy, plate/space,
plate/standard, qq/digits_long, qq/digits_short, wechat/dash,
wechat/lower_digits, wechat/mixed_case, wechat/underscore, wechat/wxid
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind42-2026-hospital-第四十七位写手"
SPLIT = "blind42"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------- validity helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


_CN_DIG = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_CN_DIG.get(c, c) for c in s)
    return re.sub(r"[\s\-·.()（）/，,]", "", s)


# ---------------------------------------------------------------- value pools
_MOB_PFX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
            "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "178",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
_ID_AREA = ("110101", "110105", "110108", "120104", "130102", "130602", "140105", "150102", "210102", "210203",
            "220102", "230103", "310104", "310110", "310115", "320102", "320506", "320583", "330106", "330203",
            "330382", "340104", "350203", "350582", "360102", "370102", "370203", "410105", "411602", "420106",
            "430104", "440106", "440305", "440604", "441900", "450103", "500103", "500233", "510107", "520102",
            "530102", "610113", "620102", "640104", "650102")
_UP16 = ("622588", "621483", "621485", "622609", "622155", "625965", "622575")
_UP19 = ("622202", "621226", "622848", "621661", "621700", "622700", "622260", "621799", "623668", "621098",
         "622908", "621558")
_VM16 = ("427020", "438088", "524047", "552599", "518710", "404119", "356833")
_OLD95 = ("955880", "955990", "955910")
_AREA3 = ("010", "021", "022", "023", "020", "024", "025", "027", "028", "029")
_AREA4 = ("0755", "0571", "0531", "0532", "0371", "0731", "0591", "0592", "0411", "0451", "0431", "0311", "0351",
          "0471", "0551", "0791", "0871", "0851", "0771", "0898", "0931", "0512", "0510", "0574", "0757", "0769",
          "0573", "0577", "0316", "0373")
_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_CITY = "ABCDEFGHJK"
_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
           "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu",
           "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lv", "su", "lu", "jiang")
_GIVEN = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
          "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hui", "hong", "yu", "bo", "ning", "xin", "yi",
          "jia", "hao", "ting", "qian", "lan", "feifei", "xiaoyu", "zihan", "haoran", "yuxuan", "shuang")
_WORDS = ("sunny", "lucky", "momo", "cherry", "tiger", "angel", "happy", "coco", "kiki", "leo", "amy", "doudou",
          "xiaomi", "nancy", "tom", "jerry", "candy", "yoyo", "apple", "sky")

# (province, city, [(district, [roads])]); municipalities have province ""
_ADDR = (
    ("", "北京市", (("朝阳区", ("望京街", "安立路", "朝阳北路", "东三环中路")), ("海淀区", ("学院路", "中关村南大街", "西三环北路")),
                    ("丰台区", ("南三环西路", "丰台北路")), ("西城区", ("西直门南大街", "德胜门外大街")))),
    ("", "上海市", (("徐汇区", ("漕溪北路", "宜山路", "零陵路", "田林路")), ("浦东新区", ("张杨路", "杨高南路", "锦绣路", "东方路")),
                    ("闵行区", ("莘庄镇莘松路", "七莘路", "古美路")), ("杨浦区", ("控江路", "国权路")))),
    ("", "天津市", (("南开区", ("鞍山西道", "复康路")), ("河西区", ("友谊路", "围堤道")))),
    ("", "重庆市", (("渝北区", ("新南路", "金开大道")), ("九龙坡区", ("杨家坪正街", "石桥铺渝州路")))),
    ("广东省", "广州市", (("天河区", ("天河北路", "体育西路", "中山大道西", "黄埔大道西")), ("越秀区", ("东风东路", "中山二路")),
                       ("海珠区", ("江南大道中", "新港西路")), ("白云区", ("机场路", "同和路")))),
    ("广东省", "深圳市", (("南山区", ("科技园南路", "南海大道", "桃园路")), ("福田区", ("深南大道", "莲花路", "景田北路")),
                       ("龙岗区", ("龙翔大道", "布吉路")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "古墩路", "天目山路")), ("拱墅区", ("莫干山路", "湖墅南路")),
                       ("余杭区", ("五常大道", "文一西路")), ("萧山区", ("市心中路", "金城路")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路")), ("江宁区", ("双龙大道", "天元中路")), ("玄武区", ("北京东路", "中山门大街")))),
    ("江苏省", "苏州市", (("姑苏区", ("人民路", "干将西路")), ("吴中区", ("东吴北路", "宝带西路")))),
    ("四川省", "成都市", (("武侯区", ("人民南路四段", "科华北路")), ("锦江区", ("东大街", "春熙路")), ("高新区", ("天府大道中段", "盛安街")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道")), ("江汉区", ("解放大道", "新华路")), ("武昌区", ("中南路", "武珞路")))),
    ("陕西省", "西安市", (("雁塔区", ("小寨东路", "科技路")), ("碑林区", ("友谊东路", "南关正街")))),
    ("山东省", "济南市", (("历下区", ("经十路", "解放路")), ("槐荫区", ("经七路", "阳光新路")))),
    ("山东省", "青岛市", (("市南区", ("香港中路", "江西路")), ("崂山区", ("松岭路", "海尔路")))),
    ("河南省", "郑州市", (("金水区", ("花园路", "经三路", "农业路")), ("二七区", ("大学路", "航海中路")))),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "桐梓坡路")), ("芙蓉区", ("五一大道", "韶山北路")))),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "莲前西路")), ("湖里区", ("枋湖路", "县后街")))),
    ("辽宁省", "沈阳市", (("和平区", ("南京北街", "三好街")), ("皇姑区", ("黄河南大街", "崇山中路")))),
    ("安徽省", "合肥市", (("蜀山区", ("长江西路", "潜山路")), ("包河区", ("徽州大道", "马鞍山路")))),
    ("云南省", "昆明市", (("五华区", ("西昌路", "滇缅大道")), ("官渡区", ("关上中路", "春城路")))),
)
_RURAL = (
    ("河南省", "周口市", "鹿邑县", "玄武镇", ("李楼村", "王庄村", "后张村")),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", ("刘寨村", "前营村")),
    ("山东省", "菏泽市", "曹县", "青堌集镇", ("韩集村", "孙庄村")),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", ("长鼓村", "红岩村")),
    ("四川省", "南充市", "营山县", "骆市镇", ("双河村", "石龙村")),
    ("河北省", "保定市", "涿州市", "松林店镇", ("东河村", "大石桥村")),
    ("江西省", "赣州市", "于都县", "贡江镇", ("长塘村", "罗坳村")),
)
_ESTATE = ("阳光花园", "翠苑一区", "万科城市花园", "锦绣江南", "金地格林小镇", "和平里小区", "碧桂园", "保利香槟国际",
           "幸福家园", "绿城桂花园", "世纪新城", "华润橡树湾", "中海凯旋门", "龙湖春江郦城", "蓝天小区", "东方明珠花园",
           "南湖新村", "建设新村", "丽景湾", "金色家园")
_BLDG = ("大厦", "商务中心", "科技园", "写字楼", "广场")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _mobile_raw(r):
    return r.choice(_MOB_PFX) + _digits(r, 8)


def _id_raw(r, want_x=None):
    while True:
        y = r.randint(1938, 2018)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        body = f"{r.choice(_ID_AREA)}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
        c = _id_check(body)
        if want_x is None and c != "X" or want_x and c == "X":
            return body + c


def _card_raw(r, bins, n):
    body = r.choice(bins) + _digits(r, n - 7)
    return body + _luhn_digit(body)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")
_CNW = "零一二三四五六七八九"
_VOICE = "洞幺两三四五六七八九"


def _local(r, area):
    n = 7 if area in ("0316", "0373", "0898", "0931", "0471", "0851") and r.random() < 0.5 else 8
    return r.choice("2345678") + _digits(r, n - 1)


# every generator returns (prefix_outside, value, suffix_outside)
def _m(fmt):
    def g(r):
        v = _mobile_raw(r)
        if fmt == "plain":
            return "", v, ""
        if fmt == "space_344":
            return "", _grp(v, (3, 4, 4)), ""
        if fmt == "dash_344":
            return "", _grp(v, (3, 4, 4), "-"), ""
        if fmt == "plus86":
            return r.choice(("+86", "+86 ", "86-", "0086 ")), v, ""
        if fmt == "plus86_space":
            return "+86 ", _grp(v, (3, 4, 4)), ""
        if fmt == "fullwidth":
            return "", v.translate(_FW), ""
        if fmt == "cn_digits":
            return "", "".join(_CNW[int(c)] for c in v), ""
        if fmt == "voice_words":
            return "", _grp("".join(_VOICE[int(c)] for c in v), (3, 4, 4), r.choice((" ", "，"))), ""
        raise KeyError(fmt)
    return g


def _i(fmt):
    def g(r):
        if fmt == "plain":
            return "", _id_raw(r), ""
        if fmt == "x_upper":
            return "", _id_raw(r, True), ""
        if fmt == "x_lower":
            return "", _id_raw(r, True).lower(), ""
        if fmt == "space_6_8_4":
            return "", _grp(_id_raw(r), (6, 8, 4)), ""
        raise KeyError(fmt)
    return g


def _b(fmt):
    def g(r):
        if fmt == "unionpay16":
            return "", _card_raw(r, _UP16, 16), ""
        if fmt == "unionpay19":
            return "", _card_raw(r, _UP19, 19), ""
        if fmt == "space4_16":
            return "", _grp(_card_raw(r, _UP16 + _VM16, 16), (4, 4, 4, 4)), ""
        if fmt == "space4_19":
            return "", _grp(_card_raw(r, _UP19, 19), (4, 4, 4, 4, 3)), ""
        if fmt == "old95_19":
            return "", _card_raw(r, _OLD95, 19), ""
        if fmt == "visa_mc16":
            return "", _card_raw(r, _VM16, 16), ""
        raise KeyError(fmt)
    return g


def _l(fmt):
    def g(r):
        a3 = r.random() < 0.4
        area = r.choice(_AREA3 if a3 else _AREA4)
        loc = _local(r, area)
        if fmt == "dash":
            return "", f"{area}-{loc}", ""
        if fmt == "paren":
            return "", f"({area}){loc}", ""
        if fmt == "fullwidth_paren":
            return "", f"（{area}）{loc}", ""
        if fmt == "plain":
            return "", area + loc, ""
        if fmt == "space":
            return "", f"{area} {_grp(loc, (4, 4) if len(loc) == 8 else (3, 4))}", ""
        if fmt == "dash_ext":
            return "", f"{area}-{loc}", r.choice(("转", "-", "分机", " 转")) + str(r.randint(801, 8899))
        if fmt == "local8":
            return "", r.choice("2345678") + _digits(r, 7), ""
        raise KeyError(fmt)
    return g


def _q(fmt):
    def g(r):
        if fmt == "digits_short":
            return "", str(r.randint(10000, 99999999)), ""
        if fmt == "digits_long":
            return "", str(r.randint(100000000, 3999999999)), ""
        raise KeyError(fmt)
    return g


def _w(fmt):
    def g(r):
        if fmt == "lower_digits":
            v = r.choice(_PINYIN) + r.choice(_GIVEN) + str(r.choice((r.randint(1, 99), r.randint(1960, 2005), r.randint(100, 999))))
        elif fmt == "underscore":
            v = r.choice(_PINYIN + _WORDS) + "_" + r.choice((r.choice(_GIVEN), str(r.randint(10, 9999))))
        elif fmt == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))
        elif fmt == "dash":
            v = r.choice(_WORDS + _PINYIN) + "-" + str(r.randint(1, 2024))
        elif fmt == "mixed_case":
            v = r.choice(_PINYIN).capitalize() + r.choice(_GIVEN).capitalize() + str(r.randint(0, 999))
        else:
            raise KeyError(fmt)
        return "", v, ""
    return g


def _p(fmt):
    def g(r):
        prov = r.choice(_PLATE_PROV)
        city = r.choice(_PLATE_CITY)
        tail = "".join(r.choice("0123456789" * 3 + _PLATE_LET) for _ in range(5))
        if sum(c.isalpha() for c in tail) > 2:
            tail = _digits(r, 3) + tail[3:]
        if fmt == "standard":
            return "", prov + city + tail, ""
        if fmt == "dot":
            return "", prov + city + "·" + tail, ""
        if fmt == "space":
            return "", prov + city + " " + tail, ""
        if fmt == "new_energy":
            v = prov + city + (r.choice("DF") + _digits(r, 5) if r.random() < 0.75 else _digits(r, 5) + r.choice("DF"))
            return "", v, ""
        if fmt == "lowercase":
            return "", prov + city.lower() + tail.lower(), ""
        raise KeyError(fmt)
    return g


def _e(fmt):
    def g(r):
        nm = r.choice(_PINYIN) + r.choice(_GIVEN)
        if fmt == "qq_mail":
            v = f"{r.randint(100000, 2999999999)}@qq.com"
        elif fmt == "netease":
            v = f"{nm}{r.choice(('', str(r.randint(1, 99)), str(r.randint(1960, 2005))))}@{r.choice(('163.com', '126.com', 'yeah.net'))}"
        elif fmt == "dotted":
            v = f"{r.choice(_GIVEN)}.{r.choice(_PINYIN)}{r.choice(('', str(r.randint(1, 99))))}@{r.choice(('sina.com', 'sohu.com', 'foxmail.com', '139.com', 'aliyun.com'))}"
        elif fmt == "foreign":
            v = f"{r.choice((nm, r.choice(_WORDS) + r.choice(_PINYIN)))}{r.randint(1, 999)}@{r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'))}"
        elif fmt == "fullwidth_at":
            v = f"{r.choice((nm, str(r.randint(100000, 999999999))))}＠{r.choice(('qq.com', '163.com', '126.com'))}"
        else:
            raise KeyError(fmt)
        return "", v, ""
    return g


def _room(r):
    fl = r.randint(1, 32)
    return f"{fl}{r.randint(1, 6):02d}"


def _a(fmt):
    def g(r):
        prov, city, dists = r.choice(_ADDR)
        dist, roads = r.choice(dists)
        road = r.choice(roads)
        no = f"{r.randint(1, 1288)}号"
        est = r.choice(_ESTATE)
        bld = f"{r.randint(1, 36)}{r.choice(('栋', '幢', '号楼'))}"
        unit = f"{r.randint(1, 6)}单元"
        room = _room(r)
        if fmt == "full_prov":
            v = f"{prov}{city}{dist}{road}{no}{est}{bld}{unit}{room}室"
        elif fmt == "city_road_no":
            v = f"{city}{dist}{road}{no}"
        elif fmt == "district_estate_room":
            v = f"{dist}{est}{bld}{r.choice((unit, ''))}{room}{r.choice(('室', ''))}"
        elif fmt == "estate_bare_room":
            v = f"{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{room}"
        elif fmt == "road_building_room":
            v = f"{road}{no}{est}{bld}{room}"
        elif fmt == "rural":
            p, c, cnty, town, vills = r.choice(_RURAL)
            v = r.choice((f"{p}{c}{cnty}{town}{r.choice(vills)}{r.randint(1, 12)}组{r.randint(1, 88)}号",
                          f"{cnty}{town}{r.choice(vills)}{r.randint(1, 120)}号"))
        elif fmt == "spaced":
            v = f"{prov + ' ' if prov else ''}{city} {dist} {road}{no} {est}{bld}{unit}{room}室"
        elif fmt == "office_floor":
            v = f"{city}{dist}{road}{no}{r.choice(('华润', '国贸', '中信', '万达', '平安', '金融'))}{r.choice(_BLDG)}{r.randint(2, 40)}{r.choice(('层', '楼'))}"
        else:
            raise KeyError(fmt)
        return "", v, ""
    return g


_FMT_TABLES = (
    ("mobile", (("plain", 10), ("space_344", 3), ("dash_344", 2), ("plus86", 1), ("plus86_space", 1),
                ("fullwidth", 1), ("cn_digits", 1), ("voice_words", 1))),
    ("id_card", (("plain", 10), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1))),
    ("bank_card", (("unionpay19", 6), ("unionpay16", 3), ("space4_19", 3), ("space4_16", 2), ("old95_19", 1),
                   ("visa_mc16", 1))),
    ("landline", (("dash", 6), ("paren", 2), ("fullwidth_paren", 1), ("plain", 2), ("space", 1), ("dash_ext", 2),
                  ("local8", 1))),
    ("qq", (("digits_long", 3), ("digits_short", 2))),
    ("wechat", (("lower_digits", 4), ("underscore", 2), ("wxid", 2), ("dash", 1), ("mixed_case", 2))),
    ("plate", (("standard", 6), ("dot", 1), ("space", 1), ("new_energy", 2), ("lowercase", 1))),
    ("email", (("qq_mail", 4), ("netease", 4), ("dotted", 1), ("foreign", 2), ("fullwidth_at", 1))),
    ("address", (("full_prov", 4), ("city_road_no", 3), ("district_estate_room", 3), ("estate_bare_room", 2),
                 ("road_building_room", 2), ("rural", 2), ("spaced", 1), ("office_floor", 1))),
)
_MAKERS = {"mobile": _m, "id_card": _i, "bank_card": _b, "landline": _l, "qq": _q, "wechat": _w, "plate": _p,
           "email": _e, "address": _a}


# ---------------------------------------------------------------- near-miss generators
def _date8(r):
    return f"20{r.randint(23, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _bad_luhn(r, n, first=None):
    while True:
        s = (first or str(r.randint(1, 9))) + _digits(r, n - len(first or "x"))
        if not _luhn_ok(s) and not (len(s) == 18 and _id_ok(s)):
            return s


def _n_outpatient(r):
    return r.choice((f"{r.randint(1, 999999):010d}", f"MZ{_date8(r)}{r.randint(1, 9999):04d}",
                     f"{r.randint(10000000, 99999999)}", f"0{r.randint(100000000, 999999999)}"))


def _n_inpatient(r):
    return r.choice((str(r.randint(100000, 999999)), f"ZY{r.randint(10000000, 99999999)}", str(r.randint(1000000, 2999999))))


def _n_insurance(r):
    return r.choice((r.choice("ABCDEFGHJKLMN") + _digits(r, 8), "31" + _digits(r, 11), "1" + r.choice("0123") + _digits(r, 10),
                     "H" + _digits(r, 10)))


def _n_prescription(r):
    return r.choice((f"CF{_date8(r)}{r.randint(1, 9999):04d}", f"{_date8(r)}{r.randint(1, 999999):06d}",
                     f"RX{r.randint(100000000, 999999999)}"))


def _n_approval(r):
    return "国药准字" + r.choice("HHHZZSJ") + r.choice(("1998", "2003", "2005", "2010", "2013", "2020", "1099", "4402", "3302")) + _digits(r, 4)


def _n_dosage(r):
    return r.choice((f"{r.choice((0.25, 0.5, 1, 2))}g", f"{r.choice((5, 10, 20, 25, 40, 50, 100, 500, 850))}mg",
                     f"{r.choice((1, 2, 3))}片", f"{r.choice((5, 10, 15))}ml", f"{r.choice((4, 6, 8, 10, 12, 16))}个单位",
                     f"{r.choice((0.5, 1))}支"))


def _n_lab(r):
    return r.choice((f"{r.randint(40, 160) / 10}", f"{r.randint(110, 175)}/{r.randint(65, 105)}",
                     f"{r.randint(55, 99) / 10}%", f"{r.randint(50, 180)}μmol/L", f"{r.randint(280, 620)}",
                     f"{r.randint(35, 140) / 10}mmol/L", f"{r.randint(58, 118)}次/分", f"{r.randint(360, 395) / 10}℃"))


def _n_age(r):
    return r.choice((f"{r.randint(1, 92)}岁", f"{r.randint(2, 11)}个月", f"{r.randint(45, 88)}周岁"))


def _n_hw(r):
    return r.choice((f"{r.randint(150, 188)}cm", f"{r.randint(42, 98)}kg", f"{r.randint(85, 190)}斤",
                     f"{r.randint(1, 1)}米{r.randint(50, 85)}", f"{r.randint(450, 980) / 10}公斤"))


def _n_bed(r):
    return r.choice((f"{r.randint(1, 60)}床", f"{r.randint(1, 24)}病区", f"{r.choice('ABC')}区{r.randint(1, 48)}床",
                     f"{r.randint(3, 22)}楼{r.randint(1, 40)}床", f"+{r.randint(1, 9)}床"))


def _n_clinic(r):
    return r.choice((f"{r.randint(101, 520)}诊室", f"{r.randint(1, 30)}号诊室", f"{r.randint(1, 6)}楼{r.choice('ABCD')}区",
                     f"{r.randint(1, 5)}号楼{r.randint(1, 6)}层"))


def _slot(r):
    h, m = r.randint(8, 16), r.choice((0, 30))
    h2, m2 = (h, 30) if m == 0 else (h + 1, 0)
    return f"{h}:{m:02d}-{h2}:{m2:02d}"


def _n_clock(r):
    return r.choice((_slot(r), f"{r.randint(8, 11)}:{r.choice(('00', '15', '30', '45'))}", f"上午{r.randint(8, 11)}点{r.choice(('', '半'))}",
                     f"下午{r.randint(1, 4)}点{r.choice(('', '半'))}", f"{r.randint(13, 16)}:{r.choice(('00', '30'))}"))


def _n_time(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}日上午{r.randint(8, 11)}:{r.choice(('00', '30'))}",
                     f"明天下午{r.randint(1, 4)}点{r.choice(('', '半'))}", _slot(r),
                     f"周{r.choice('一二三四五六')}{r.choice(('上午', '下午'))}", f"{r.randint(7, 10)}点{r.choice(('', '半', '15'))}"))


def _n_fee(r):
    return r.choice((f"{r.choice((10, 20, 30, 50, 100, 300))}元", f"¥{r.randint(10, 999)}.{r.randint(0, 99):02d}",
                     f"{r.randint(10, 900)}.{r.randint(1, 9)}元", f"{r.randint(12, 498)}块"))


def _n_date(r):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{m}月{d}号"))


def _n_hotline(r):
    return r.choice(("12320", "12345", "120", f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                     f"400{r.randint(1000000, 9999999)}", f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                     r.choice(("95518", "95522", "95519", "95511", "95500", "95588")), "12333"))


def _n_masked(r):
    return r.choice((f"{r.choice(_MOB_PFX)}****{_digits(r, 4)}", f"{r.choice(_ID_AREA)[:4]}**********{_digits(r, 3)}{r.choice('0123456789X')}",
                     f"{r.choice(_UP19)[:4]} **** **** {_digits(r, 4)}", f"{r.choice(_ID_AREA)[:3]}***********{_digits(r, 4)}",
                     f"{r.choice(_MOB_PFX)}xxxx{_digits(r, 4)}"))


def _n_tail(r):
    return _digits(r, 4)


def _n_order(r):
    return r.choice((_bad_luhn(r, r.choice((16, 17, 18, 19))), f"JK{_date8(r)}{_digits(r, 6)}",
                     f"{r.randint(3, 4)}{_digits(r, 13)}", _bad_luhn(r, 19, "2")))


def _n_tracking(r):
    return r.choice((f"SF{r.randint(1000, 1599)}{_digits(r, 9)}", f"JDVA{_digits(r, 11)}", f"YT{r.randint(7, 8)}{_digits(r, 12)}",
                     f"7{_digits(r, 13)}", f"{r.choice(('73', '75', '78'))}{_digits(r, 12)}"))


def _n_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def _n_queue(r):
    return r.choice((f"{r.choice('ABCDE')}{r.randint(1, 199):03d}", f"{r.randint(1, 300)}号", f"{r.choice('ABC')}{r.randint(1, 99)}"))


def _n_medcard(r):
    return r.choice((f"{r.randint(1, 99999999):010d}", f"JZ{r.randint(100000000, 999999999)}", f"{r.randint(200000000, 999999999)}",
                     f"0{r.randint(1000000000, 9999999999)}"))


def _n_report(r):
    return r.choice((f"RP{_date8(r)}{r.randint(1, 999):03d}", f"{_date8(r)[2:]}{r.randint(1000, 9999)}", f"TJ{r.randint(10000000, 99999999)}"))


def _n_invoice(r):
    return r.choice((f"{r.choice(('31', '33', '44', '11', '32'))}0601{r.randint(10, 25)}", f"00{r.randint(10000000, 99999999)}"))


def _n_batch(r):
    return r.choice((f"{r.randint(22, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", f"{r.choice('BCPX')}{r.randint(2201000, 2512999)}",
                     f"{r.randint(22, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 99):02d}"))


def _n_pay(r):
    return r.choice((f"42000{_digits(r, 5)}{_date8(r)}{_digits(r, 10)}", f"{_date8(r)}2200{_digits(r, 16)}"))


def _n_bad_card(r):
    return _bad_luhn(r, r.choice((16, 19)), r.choice(("6", "9", "2")))


def _n_bad_id(r):
    while True:
        if r.random() < 0.7:
            s = _date8(r) + _digits(r, 10)
            if not _id_ok(s) and not _luhn_ok(s):
                return s
            continue
        s = f"{r.choice(_ID_AREA)}{r.randint(1950, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 4)}"
        if not _id_ok(s) and not _luhn_ok(s):
            return s


def _n_postal(r):
    return r.choice(("200032", "100730", "510080", "310009", "210008", "610041", "430030", "710061", "250012", "450052", "518036"))


def _n_place(r):
    prov, city, dists = r.choice(_ADDR)
    dist, roads = r.choice(dists)
    return r.choice((dist, city, city + dist, r.choice(("东院区", "西院区", "南院区", "本部", "浦东院区", "城南分院", "高新院区")),
                     dist + r.choice(("社区卫生服务中心", "人民医院", "中医院", "妇幼保健院"))))


def _n_staff(r):
    return r.choice((str(r.randint(1000, 99999)), f"{r.choice('NDHY')}{r.randint(100, 9999)}"))


def _n_qty(r):
    return r.choice((f"{r.randint(1, 12)}盒", f"{r.randint(1, 6)}瓶", f"{r.randint(7, 90)}天", f"{r.randint(1, 4)}个疗程"))


_NEAR_SUB = {
    "lab_value/glu": lambda r: f"{r.randint(42, 168) / 10}",
    "lab_value/bp": lambda r: f"{r.randint(110, 178)}/{r.randint(65, 108)}",
    "lab_value/a1c": lambda r: f"{r.randint(55, 105) / 10}%",
    "lab_value/ua": lambda r: f"{r.randint(280, 620)}",
    "lab_value/cr": lambda r: f"{r.randint(50, 180)}μmol/L",
    "lab_value/hr": lambda r: f"{r.randint(56, 118)}{r.choice(('', '次/分'))}",
    "lab_value/temp": lambda r: f"{r.randint(365, 396) / 10}{r.choice(('', '度', '℃'))}",
    "height_weight/h": lambda r: r.choice((f"{r.randint(150, 188)}cm", f"1米{r.randint(50, 85)}", f"{r.randint(150, 188)}")),
    "height_weight/w": lambda r: r.choice((f"{r.randint(42, 98)}kg", f"{r.randint(85, 190)}斤", f"{r.randint(450, 980) / 10}公斤")),
    "height_weight/loss": lambda r: r.choice((f"{r.randint(3, 12)}斤", f"{r.randint(2, 6)}公斤", f"{r.randint(2, 5)}kg")),
    "appt_time/clock": _n_clock,
    "fee/big": lambda r: r.choice((f"{r.randint(1, 9)},{r.choice(('000', '500'))}元", f"{r.choice((3000, 5000, 8000, 10000, 20000))}元",
                                   f"{r.choice((1, 2, 3))}万")),
    "fee/reg": lambda r: f"{r.choice((5, 10, 15, 20, 25, 30, 50, 60, 100, 300))}{r.choice(('元', '块', ''))}",
    "fee/pkg": lambda r: f"{r.choice((299, 399, 499, 599, 688, 899, 1280, 1680, 2380, 3600))}{r.choice(('元', '', '块'))}",
    "date/exp": lambda r: r.choice((f"{r.randint(2026, 2028)}-{r.randint(1, 12):02d}", f"{r.randint(2026, 2028)}年{r.randint(1, 12)}月",
                                    f"{r.randint(2026, 2028)}.{r.randint(1, 12):02d}")),
    "hotline/biz": lambda r: r.choice((f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{r.randint(1000000, 9999999)}",
                                       f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}", "95518", "95522", "95511")),
}

_NEAR = {
    "outpatient_no": _n_outpatient, "inpatient_no": _n_inpatient, "insurance_no": _n_insurance,
    "prescription_no": _n_prescription, "drug_approval": _n_approval, "dosage": _n_dosage, "lab_value": _n_lab,
    "age": _n_age, "height_weight": _n_hw, "bed_ward": _n_bed, "clinic_room": _n_clinic, "appt_time": _n_time,
    "fee": _n_fee, "date": _n_date, "hotline": _n_hotline, "masked": _n_masked, "tail_digits": _n_tail,
    "order_no": _n_order, "tracking_no": _n_tracking, "verify_code": _n_code, "queue_no": _n_queue,
    "medical_card_no": _n_medcard, "report_no": _n_report, "invoice_no": _n_invoice, "batch_no": _n_batch,
    "pay_txn_no": _n_pay, "bad_card": _n_bad_card, "bad_id": _n_bad_id, "postal_code": _n_postal,
    "place_only": _n_place, "staff_no": _n_staff, "quantity": _n_qty,
}


# ---------------------------------------------------------------- templates
# {kind} = personal value (labelled), {n:near_kind} = near-miss (labelled as must-not-mask)
PII_TEMPLATES = (
    # registration / 挂号 / 建档
    "您好，帮我妈挂个{n:date}的内分泌科专家号，她身份证{id_card}，手机{mobile}",
    "建档需要：患者身份证号码、联系电话。\n身份证：{id_card}\n电话：{mobile}",
    "{id_card} 这是我爸的身份证号，麻烦帮忙预约下周的胃镜",
    "孩子的身份证号{id_card}，{n:age}，想挂儿科{n:appt_time}的号",
    "老人没有智能手机，预约登记留我的号码吧 {mobile}，老人身份证{id_card}",
    "身份证号码：{id_card}（本人）\n就诊卡号：{n:medical_card_no}\n手机：{mobile}",
    "我是患者家属，手机号是{mobile}，患者身份证是{id_card}，门诊号{n:outpatient_no}",
    "预约人身份证{id_card} 联系方式{mobile} 预约{n:date}体检",
    "护士你好，住院登记表上的身份证号写错了，正确的是{id_card}，住院号{n:inpatient_no}",
    "麻烦改一下预留手机号，原来的不用了，新号码{mobile}",
    "我的号码换了哈，以后随访打这个{mobile}，原来那个{n:masked}停机了",
    "医生，我是{n:bed_ward}的家属，有事打我电话{mobile}，24小时开机",
    "{mobile}\n这个是我老伴的电话，复查结果出来麻烦通知她",
    "患者：本人 {n:age}\n身份证：{id_card}\n电话：{mobile}\n过敏史：青霉素",
    "我爸住院号{n:inpatient_no}，陪护登记留我电话{mobile}，我弟的{mobile}也留一下",
    "你们要的身份证号{id_card}，医保卡是{n:insurance_no}，不是身份证那个号",
    "手机号{mobile}身份证{id_card}帮我查下体检报告出来没",
    "姓名就不发了，身份证号{id_card}，体检套餐是{n:fee/pkg}那个",
    "宝宝出生证明还没办下来，先用我的身份证{id_card}建档行不行",
    "陪诊登记：家属电话{mobile}，家属身份证{id_card}",
    "电话{mobile}\n身份证{id_card}\n地址{address}",
    "核酸/抽血预约用这个身份证吧{id_card}，我手机没电了，联系我老公{mobile}",
    "身份证{id_card}\n要是打不通就打我家里座机{landline}",
    # 线上问诊
    "医生您好，我是在线问诊的患者，{n:age}，空腹血糖{n:lab_value/glu}，方便加个微信发化验单吗？我微信{wechat}",
    "化验单拍得不清楚，我加您微信发原图吧，我的微信号：{wechat}",
    "vx：{wechat} 医生方便的话通过一下，发下片子",
    "医生，您的助理说可以加微信随访，我微信是{wechat}，手机{mobile}",
    "我搜了您的号没搜到，您加我吧 {wechat}",
    "微信{wechat}，QQ{qq}，哪个方便加哪个",
    "没有微信，我用QQ，号码{qq}",
    "QQ：{qq}  报告可以QQ发我",
    "扣扣{qq}，老人的片子我用QQ传给您",
    "{qq}是我QQ号，晚上才在线",
    "您加下我qq吧{qq}，我把核磁的光盘内容拷出来发您",
    "检查报告电子版麻烦发我邮箱{email}，谢谢医生",
    "报告发这个邮箱就行：{email}",
    "{email} 这是我的邮箱，体检报告PDF发这里",
    "邮箱{email}，之前那个{email}不用了，别发错",
    "能不能把病历发我邮箱{email}？我要给国外的孩子看看",
    "email: {email}\nphone: {mobile}",
    "单位要体检报告原件扫描件，发到单位邮箱{email}，抄送我个人邮箱{email}",
    "医生我发的邮件收到了吗，我邮箱是{email}，附件是{n:date}的CT",
    # 药房配送
    "药寄到{address}，收件电话{mobile}",
    "收货地址：{address}\n收货人：本人\n电话：{mobile}",
    "麻烦送药上门 {address} 电话{mobile} 到了放门卫就行",
    "处方药{n:quantity}，送到{address}，打我手机{mobile}",
    "地址改一下，不寄单位了，寄家里：{address}",
    "我家地址{address}，老人腿脚不方便，能送上楼吗",
    "{address}\n{mobile}\n降压药{n:quantity}",
    "快递寄{address}吧，电话{mobile}，订单号{n:order_no}",
    "上次的胰岛素送到{address}了吗？怎么物流还没更新，单号{n:tracking_no}",
    "送药地址：{address}，要是家里没人打我座机{landline}",
    "地址是{address}（靠近东门那栋），电话{mobile}",
    "收件人：我爸\n手机：{mobile}\n所在地区：{n:place_only}\n详细地址：{address}",
    "帮我改下配送地址：{address}。电话不变还是{mobile}",
    "地址{address}邮编{n:postal_code}，用EMS寄",
    "我妈一个人在老家，药直接寄到{address}，联系我就行{mobile}",
    "冷链药品要本人签收吗？我地址是{address}，白天在单位{address}",
    "药送到{address}就行，到了给我打电话{mobile}😊",
    "送货地址 {address} 联系电话 {mobile} 备注：{n:appt_time/clock}以后在家",
    "家住{address}，离你们{n:place_only}门店近吗，能自提吗",
    # 退款 / 报销
    "退款麻烦退到这张卡：{bank_card}，开户行工商银行",
    "医保报销款打到{bank_card}，卡是我本人的，身份证{id_card}",
    "卡号{bank_card} 开户行：建设银行杭州分行",
    "{bank_card}\n农业银行\n退挂号费{n:fee/reg}",
    "原路退不了的话退到我这张招行卡{bank_card}吧",
    "银行卡号是{bank_card}，开户人是我爱人，可以吗？我的卡{bank_card}也行",
    "商保理赔要填银行卡，我填的{bank_card}，客服说要一类卡",
    "重复缴费了{n:fee}，麻烦退到{bank_card}，发票号{n:invoice_no}",
    "体检取消了，退款账户：{bank_card}，户名本人，手机{mobile}",
    "我的卡号{bank_card}，尾号{n:tail_digits}那张不用了",
    "这张老卡还能用吗{bank_card}，邮政的",
    "信用卡{bank_card}付的款，原路退回来就行",
    # 停车
    "明天去住院，车牌{plate}，能登记家属车位吗",
    "我车牌号{plate}，在你们地下车库出不去了",
    "{plate} 这个车是送病人的，帮忙抬下杆",
    "停车减免登记：车牌{plate}，门诊号{n:outpatient_no}",
    "车是{plate}，白色的，停在急诊门口了，马上挪",
    "家属车辆{plate}和{plate}，透析期间每周三次",
    "车牌{plate}，手机{mobile}，停车费{n:fee}能不能开发票",
    "体检中心停车要预约吗？我开{plate}过去",
    "你好 我的车{plate}在医院P2停车场，缴费码扫不出来",
    "残疾人车辆{plate}可以免费停吗",
    # 慢病随访
    "随访电话打我家里座机{landline}，白天我在家",
    "家里电话{landline}，手机{mobile}，打哪个都行",
    "我爸耳背，随访别打他手机了，打家里座机{landline}",
    "单位电话{landline}，上班时间打这个",
    "随访护士您好，我的新电话{mobile}，血压最近{n:lab_value/bp}，还要加药吗",
    "电话：{landline}\n地址：{address}",
    "座机{landline}没人接就打手机{mobile}",
    "麻烦登记一下，联系电话{landline}，本人{n:age}，糖尿病好多年了",
    "{landline} 这个是老家的电话，老人一般都在",
    "家里电话改了，新的是{landline}，以前那个{n:masked}不用了",
    "慢病随访登记表：\n身份证号：{id_card}\n联系电话：{mobile}\n家庭住址：{address}\n诊断：2型糖尿病",
    "高血压随访，患者身份证{id_card}，家属电话{mobile}，住{address}",
    # 群聊
    "@所有人 本周糖友会活动报名请私聊我，留手机号。我先报：{mobile}",
    "群主你好 我报名 {mobile} 带家属一位",
    "我报名，手机号{mobile}，微信同号",
    "阿姨们有问题可以加我微信{wechat}，我是{n:place_only}的健康管理师",
    "体检团检名单我发邮箱了 {email}，有问题打我{mobile}",
    "我妈的号码{mobile}麻烦加到随访群里",
    "大家好，我是新来的药师，工作微信{wechat}，有用药问题随时问",
    "请把孕检报告发到{email}或者微信{wechat}",
    # 复合 / 多值
    "办住院要的信息都在这：\n身份证 {id_card}\n手机 {mobile}\n住址 {address}\n银行卡 {bank_card}",
    "申请慢特病需要：身份证{id_card}、银行卡{bank_card}、联系电话{mobile}",
    "互联网医院开药，身份证{id_card}，药寄{address}，电话{mobile}",
    "我是{n:bed_ward}的家属，出院结算退款到{bank_card}，电话{mobile}",
    "报名体检：电话{mobile} 邮箱{email} 车牌{plate}（要停车）",
    "我老公的车{plate}，他电话{mobile}，今天他来接我出院",
    "身份证后面我发错了，重新发：{id_card}",
    "刚才发的手机号少了一位，是{mobile}",
    "不好意思，号码打错了，应该是{mobile}不是{n:masked}",
    "嗯嗯，{mobile}，就是这个",
    "好的 {id_card}",
    "👉{mobile}👈 打这个",
    "电话：{mobile}（微信同号）",
    "手机:{mobile} QQ:{qq} 邮箱:{email}",
    "联系我 {mobile}，或者我女儿{mobile}",
    "我爸{n:age}，身份证{id_card}，医保是省直医保，电话留我的{mobile}",
    "体检报告纸质版寄{address}，电子版发{email}",
    "处方{n:prescription_no}已经审核了吗？审核好了寄到{address}",
    "胰岛素冷链配送，{address}，电话{mobile}，{n:appt_time/clock}之后在家",
    "卡号{bank_card}\n身份证{id_card}\n手机{mobile}\n麻烦尽快退款",
    "这是我医保卡背面的银行卡号{bank_card}，能绑定吗",
    "微信号{wechat}手机号{mobile}名字就不说了",
    "在线复诊开药，药品寄到{address}，收件电话{mobile}，处方{n:prescription_no}",
    "您好，药师，我加您企业微信了，私人微信{wechat}也加一下吧",
    "给个邮箱吧，我把{n:date}的检查结果发过去？我的是{email}",
    "老家座机：{landline}\n老家地址：{address}",
    "客户信息：手机{mobile}/身份证{id_card}/车牌{plate}",
    "电话 {mobile}\n地址 {address}\n要{n:quantity}",
    "我住{address}，上门抽血要加钱吗",
    "上门护理换药，地址{address}，联系人本人{mobile}",
    "明天体检空腹吗？我的预约手机号{mobile}，身份证{id_card}",
    "我是{n:place_only}的老病号了，家庭住址{address}，电话没变",
    "我在{address}这边，离哪个分院近",
    "孩子{n:age}，身高{n:height_weight/h}，去儿保要带啥？我电话{mobile}",
    "我女儿帮我弄的QQ{qq}，报告发QQ上也行",
    "qq {qq} 加的时候备注一下医院名",
    "医生，您QQ多少？我的是{qq}",
    "QQ号{qq}，邮箱{email}",
    "体检报告能发QQ吗？{qq}",
    "加我扣扣{qq}，微信被封了",
    "群里的病友可以加我QQ {qq} 交流控糖经验",
    "我不会用微信，只会QQ，{qq}，手机{mobile}",
    "心理咨询线上预约，QQ：{qq}，晚上8点后在线",
    "宝妈群的群友加我微信{wechat}，备注孩子月龄",
)

NEAR_TEMPLATES = (
    "门诊号{n:outpatient_no}，{n:appt_time}在{n:clinic_room}候诊",
    "住院号{n:inpatient_no}，{n:bed_ward}，明天出院",
    "请到{n:clinic_room}报到，您的排队号是{n:queue_no}",
    "您的就诊卡号是{n:medical_card_no}，请妥善保管",
    "医保卡号{n:insurance_no}，报销比例看这个卡",
    "处方号{n:prescription_no}已审核，预计{n:date}发货",
    "这个药批准文号{n:drug_approval}，是正规药放心吃",
    "{n:drug_approval}，说明书上写的每次{n:dosage}，一天三次",
    "二甲双胍每次{n:dosage}，饭后吃，一天两次",
    "今天空腹血糖{n:lab_value/glu}，餐后{n:lab_value/glu}，正常吗医生",
    "血压{n:lab_value/bp}，心率{n:lab_value/hr}，药量不变",
    "我{n:age}，身高{n:height_weight/h}，体重{n:height_weight/w}，想做个全面体检",
    "孩子{n:age}，体重{n:height_weight/w}，退烧药吃多少",
    "挂号费{n:fee/reg}，诊查费{n:fee/reg}，一共多少",
    "这次自付{n:fee}，统筹支付{n:fee}",
    "体检套餐{n:fee/pkg}的和{n:fee/pkg}的有啥区别",
    "预约的是{n:date}{n:appt_time/clock}，记得空腹",
    "不舒服可以打{n:hotline}咨询，或者直接来急诊",
    "卫生热线{n:hotline}可以投诉吗",
    "保险公司客服{n:hotline/biz}说需要医院盖章",
    "客服电话{n:hotline/biz}，工作时间9点到18点",
    "系统显示预留手机{n:masked}，是您本人吗",
    "身份证{n:masked}已实名，无需重复认证",
    "已退款到尾号{n:tail_digits}的银行卡，{n:date}到账",
    "您尾号{n:tail_digits}的手机收到验证码没有",
    "订单号{n:order_no}，药已经出库了",
    "快递单号{n:tracking_no}，顺丰冷链，预计明天到",
    "单号{n:tracking_no} 查不到物流呀",
    "验证码{n:verify_code}，五分钟内有效",
    "取药码{n:verify_code}，到{n:clinic_room}旁边的自助机取",
    "报告编号{n:report_no}，可以在公众号上查",
    "体检号{n:report_no}，报告{n:date}出",
    "电子票据代码{n:invoice_no}，票据号码{n:invoice_no}",
    "药品批号{n:batch_no}，有效期到{n:date/exp}",
    "微信支付单号{n:pay_txn_no}，退款还没到",
    "交易单号：{n:pay_txn_no}\n金额：{n:fee}",
    "医保结算单号{n:bad_card}，明细在附件",
    "住院结算流水号{n:bad_id}，您拿这个去窗口打印",
    "电子处方编号{n:bad_id}",
    "收据编号{n:bad_card} 金额{n:fee}",
    "邮编{n:postal_code}对吗",
    "{n:place_only}的号挂满了，能不能去{n:place_only}",
    "我在{n:place_only}这边，离哪个院区近",
    "工号{n:staff_no}的护士态度很好，表扬一下",
    "药师工号{n:staff_no}，有问题随时问",
    "这个降糖药开{n:quantity}，吃完再来复诊",
    "医生说先吃{n:quantity}，{n:date}复查",
    "好的收到，{n:date}上午8点前到{n:clinic_room}抽血",
    "床位是{n:bed_ward}，探视时间{n:appt_time/clock}",
    "家属您好，{n:bed_ward}的患者今天输液{n:dosage}",
    "您好！门诊号：{n:outpatient_no}\n科室：心内科\n时间：{n:date} {n:appt_time/clock}\n诊室：{n:clinic_room}\n费用：{n:fee}",
    "糖化{n:lab_value/a1c}，比上次{n:lab_value/a1c}好多了👍",
    "尿酸{n:lab_value/ua}，肌酐{n:lab_value/cr}，医生说要控制",
    "体温{n:lab_value/temp}，要不要来医院",
    "胰岛素每天{n:dosage}，睡前打",
    "早上量的{n:lab_value/bp}，晚上{n:lab_value/bp}",
    "我妈{n:age}，{n:height_weight/w}，能做无痛胃镜吗",
    "住院押金交了{n:fee/big}，够不够",
    "退费{n:fee}已原路返回，请注意查收",
    "第{n:queue_no}了，还要等多久啊",
    "现在叫到{n:queue_no}，您前面还有12位",
    "复诊时间{n:date}，记得带上次的化验单",
    "就诊卡{n:medical_card_no}余额{n:fee}",
    "您的预约已取消，退款{n:fee}，{n:date}前到账",
    "订单{n:order_no}已签收，有问题联系{n:hotline/biz}",
    "处方{n:prescription_no}里的{n:drug_approval}缺货，换成同类药可以吗",
    "医保个人编号{n:insurance_no}，参保地本市",
    "住院号是{n:inpatient_no}吗？我查一下",
    "门诊号{n:outpatient_no}\n处方号{n:prescription_no}",
    "{n:date} {n:appt_time/clock} 专家门诊 {n:clinic_room}",
    "血压{n:lab_value/bp}mmHg，早上吃了药",
    "这个月体重掉了{n:height_weight/loss}，正常吗",
    "医院总机忙，您打{n:hotline}也行",
    "麻烦核对一下，订单号是{n:order_no}还是{n:order_no}",
    "物流{n:tracking_no}显示已签收，但我没收到药",
    "您好，您{n:date}的体检报告已出，报告号{n:report_no}",
    "发票抬头个人，票据号{n:invoice_no}",
    "验证码是{n:verify_code}吗？我手机显示的是这个",
    "核对一下：患者{n:age}，住院号{n:inpatient_no}，{n:bed_ward}",
    "客服您好，我在{n:place_only}买的药，能在{n:place_only}退吗",
    "这批{n:batch_no}的药有没有问题啊，新闻说召回",
    "预约成功！就诊时间：{n:date} {n:appt_time/clock}，候诊地点：{n:clinic_room}，排队号：{n:queue_no}",
    "我身高{n:height_weight/h}，体重{n:height_weight/w}，BMI多少算胖",
    "家属卡号{n:masked}，已绑定",
    "孩子{n:age}了，疫苗还差一针",
    "这单退款交易号{n:pay_txn_no}，商户说已经退了",
    "结算号{n:bad_card}，您核对一下金额",
)


# ---------------------------------------------------------------- builder
_TOK = re.compile(r"\{(n:)?([a-z_0-9]+)(/[a-z0-9]+)?\}")
_TAILS = ("", "", "", "", "", " 谢谢", "，谢谢医生", "🙏", "～", "。", " 麻烦了", "[抱拳]", "！")
N_PII_ROWS = 900
N_NEAR_ROWS = 680
FORCE_PER_FMT = 5


def _weighted(r, tab):
    tot = sum(w for _, w in tab)
    x = r.random() * tot
    for f, w in tab:
        x -= w
        if x < 0:
            return f
    return tab[-1][0]


def _render(r, tpl, forced=None):
    tab = dict(_FMT_TABLES)
    out, ents, fmts, near = [], [], [], []
    pos, i = 0, 0
    forced_done = False
    for m in _TOK.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        i = m.end()
        kind = m.group(2)
        if m.group(1):
            v = _NEAR_SUB[kind + m.group(3)](r) if m.group(3) else _NEAR[kind](r)
            near.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
            continue
        if forced and forced[0] == kind and not forced_done:
            fmt, forced_done = forced[1], True
        else:
            fmt = _weighted(r, tab[kind])
        pre, v, post = _MAKERS[kind](fmt)(r)
        out.append(pre)
        pos += len(pre)
        ents.append((kind, pos, pos + len(v)))
        fmts.append(fmt)
        out.append(v + post)
        pos += len(v) + len(post)
    out.append(tpl[i:])
    text = "".join(out)
    tail = r.choice(_TAILS)
    if tail and not text.endswith(("？", "吗", "\n")) and text[-1] not in "。！～🙏" and "谢" not in text[-5:]:
        text += tail
    return text, ents, fmts, near


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    plan = []
    for kind, tab in _FMT_TABLES:
        cands = [t for t, tpl in enumerate(PII_TEMPLATES) if "{" + kind + "}" in tpl]
        for fmt, _ in tab:
            for t in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                plan.append(("p", t, (kind, fmt)))
    while len(plan) < N_PII_ROWS:
        plan.append(("p", r.randrange(len(PII_TEMPLATES)), None))
    for _ in range(N_NEAR_ROWS):
        plan.append(("n", r.randrange(len(NEAR_TEMPLATES)), None))
    r.shuffle(plan)
    for src, t, forced in plan:
        tpl = (PII_TEMPLATES if src == "p" else NEAR_TEMPLATES)[t]
        text, ents, fmts, near = _render(r, tpl, forced)
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=near, split=SPLIT))
        if meta is not None:
            meta.append(f"{src}{t}")
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind42_corpus() -> pd.DataFrame:
    """Build the blind42 corpus (deterministic)."""
    return _build()


# ---------------------------------------------------------------- checks
_MOB_RE = re.compile(r"1[3-9]\d{9}")


def _check_value(kind, v):
    n = _norm(v)
    assert v == v.strip() and v, (kind, v)
    if kind == "mobile":
        assert _MOB_RE.fullmatch(n) and n[:3] in _MOB_PFX, v
    elif kind == "id_card":
        assert _id_ok(n), v
        y, m, d = int(n[6:10]), int(n[10:12]), int(n[12:14])
        assert 1900 < y < 2020 and 1 <= m <= 12 and 1 <= d <= 31 and n[:6] in _ID_AREA, v
    elif kind == "bank_card":
        assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n), v
    elif kind == "landline":
        assert n.isdigit() and (n[0] == "0" and len(n) in (10, 11, 12) or len(n) == 8 and n[0] != "0"), v
        if n[0] == "0":
            assert n[:3] in _AREA3 or n[:4] in _AREA4, v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        assert re.fullmatch(r"[" + _PLATE_PROV + r"][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
    elif kind == "email":
        assert re.fullmatch(r"[a-z0-9._]+[@＠][a-z0-9]+\.[a-z.]+", v), v
    elif kind == "address":
        assert v[0] not in "，, " and re.search(r"(号|栋|幢|号楼|单元|室|层|楼|\d)$", v), v
        assert re.search(r"(省|市|区|县|镇|村|路|街|道|园|苑|城)", v) or v.startswith(_ESTATE), v


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            assert k in KINDS and 0 <= s < e <= len(text)
            _check_value(k, text[s:e])
            # a value must not run into neighbouring digits (or letters, for letter-bearing values)
            bad = (lambda ch: ch.isascii() and ch.isalnum()) if k in ("wechat", "email") else (lambda ch: ch.isdigit())
            assert not (s > 0 and bad(text[s - 1])) or text[:s].endswith(("+86", "86-")), (k, text)
            assert not (e < len(text) and bad(text[e])), (k, text)
            n_ent += 1
        for k, s, e in ns:
            assert k in _NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), v
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _MOB_RE.fullmatch(n), (k, v)
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
    assert df.equals(make_blind42_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

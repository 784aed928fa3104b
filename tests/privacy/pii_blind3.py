"""A third blind corpus of personal data (PII) in Chinese customer-service text.

Written by a third, independent test-data writer (a helper session) without
knowing the masking rules: ``toolkit/privacy/_patterns.py`` and ``mask.py``
were not opened (apart from the lines defining ``PII_KINDS`` / ``PLACEHOLDERS``),
nor the other corpora ``tests/privacy/pii_*.py`` (only the module docstring of
``pii_blind2.py`` was read, for the column layout; by mistake its lines 40-44,
the start of a list of mobile prefixes, were shown once too, nothing of it was
used), nor ``tests/privacy/test_*.py`` nor ``bench/results/pii*``. No masking function was run on this corpus and no
masking output was looked at while writing it. Contexts (e-commerce
after-sales, food delivery, logistics, banking, insurance, telecom, hospital
appointments, car service, property management, education, tourism/hotel,
government hotline), cue spellings (incl. typos, English cues, vx / V信 / 扣扣 /
企鹅号), value renderings, obfuscations and near-misses are all invented here.

Seed: ``SEED = "blind3-writer3-wecom"`` (``random.Random(SEED)``); the corpus is
deterministic.

Layout of :func:`make_blind3_corpus` (a :class:`pandas.DataFrame`):

* ``text`` -- the message (str);
* ``entities`` -- list of ``(kind, start, end)``, ``text[start:end]`` is the
  value; kinds are ``email, id_card, bank_card, mobile, landline, qq, wechat,
  plate, address``;
* ``formats`` -- one format name per entity (same order as ``entities``);
* ``near_misses`` -- list of ``(near_kind, start, end)``: look-alikes that are
  *not* personal data (order / tracking numbers, amounts, dates, hotlines,
  long numbers failing the Luhn or ID check digit, ...);
* ``split`` -- always ``"blind3"``.

Rows with at least one entity are PII sentences (they may also carry
near-misses, e.g. an order number next to a phone number); rows with no entity
are near-miss sentences.

Labelling rules: a span holds the value only. Cue words (手机, 微信, QQ, 邮箱,
vx, tel ...), the country prefix (+86, 0086, 86-, (+86)) and landline
extensions (转8023, ext. 12, 分机801) stay outside; separators inside a value
(spaces, dashes, dots, slashes, parentheses around an area code) are inside.
An address span runs from its first administrative / place unit to its last
unit (号 / 室 / 组 ...). Obfuscated values (``at`` / ``#`` / 艾特 for @, 点com,
幺 / 拐 / 洞 for digits, Chinese numerals, full-width characters) are labelled
when a human reader would recognise them as the person's data. ID numbers carry
a valid ISO 7064 MOD 11-2 check digit (real county code, real birth date), old
15-digit IDs a real county code and date; bank cards a valid Luhn digit on
real-looking BINs. Near-miss numbers of card length (16-19 digits) fail Luhn,
those of 18 characters also fail the ID check, those of 15 digits are not a
plausible old ID; :func:`check_corpus` asserts all of this.

Counts (``python -m tests.privacy.pii_blind3`` prints them):
* 1673 rows: 913 PII sentences, 760 near-miss sentences;
* 1051 entities: mobile 190 (18%), address 147 (14%), wechat 126 (12%), bank_card 105 (10%), landline 105
  (10%), email 105 (10%), id_card 105 (10%), plate 84 (8%), qq 84 (8%);
* 148 distinct formats (all 148 defined formats occur);
* 965 near-miss spans of 61 near kinds: amount 107, datetime 62, order_no 52, product_model 47, pickup_code
  31, tracking_no 31, luhn_fail_number 30, hotline 26, version 24, id_checkfail_number 24, room_layout 24,
  facility_location 23, ip 21, train_flight 21, verify_code 18, user_id 15, quantity 15, imei 15, data_quota
  15, public_place 15, card_tail 15, member_no 14, coupon_code 14, floor_area 14, utility_account 14,
  policy_no 10, dimension 8, at_mention 8, masked_id 8, points 8, url 8, bus_metro 8, batch_no 8,
  masked_mobile 8, percentage 8, postcode 8, temperature 8, sn 8, qq_group 8, wifi_ssid 8, ticket_no 8,
  contract_no 8, coarse_region 8, road_code 8, building_ref 8, weight 8, height 8, official_account 8,
  queue_no 8, exam_no 7, hotel_room 7, credit_code 7, invoice_no 7, installment 7, plate_prefix 7, barcode 7,
  area_code 7, filename 7, seat 7, vin 7, table_no 7.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

import pandas as pd

SEED = "blind3-writer3-wecom"
SPLIT = "blind3"

KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# target number of entities per kind (~1050 in all)
QUOTA = {
    "mobile": 190, "wechat": 126, "address": 147, "email": 105, "landline": 105,
    "qq": 84, "plate": 84, "id_card": 105, "bank_card": 105,
}
N_NEAR_SENTENCES = 760

Piece = tuple[str, str, str]  # (unlabelled before, labelled value, unlabelled after)

# ==========================================================================
# check digits
# ==========================================================================

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
              "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
              "65", "71", "81", "82"}


def id_check_char(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id_valid(s: str) -> bool:
    """18-character resident ID: province, birth date and check digit."""
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:2] not in _PROVINCES:
        return False
    if not _valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])) or not 1900 <= int(s[6:10]) <= 2025:
        return False
    return id_check_char(s[:17]) == s[17]


def old_id_plausible(s: str) -> bool:
    """15-digit old ID: province code and yymmdd birth date."""
    if not re.fullmatch(r"\d{15}", s) or s[:2] not in _PROVINCES:
        return False
    return _valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn_valid(s: str) -> bool:
    if not s.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_valid(partial + d):
            return d
    raise AssertionError


_SEP_RE = re.compile(r"[\s\-_./·・･•()（）]")


def normalise(s: str) -> str:
    """Full-width -> ASCII, separators removed, upper case."""
    s = unicodedata.normalize("NFKC", s)
    return _SEP_RE.sub("", s).upper()


_CN_DIGIT = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
             "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9", "O": "0", "o": "0", "l": "1"}


def normalise_digits(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_CN_DIGIT.get(c, c) for c in s)
    return _SEP_RE.sub("", s)


# ==========================================================================
# small helpers
# ==========================================================================

DIG = "0123456789"
LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I / O (plates)


def digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice(DIG) for _ in range(n - 1))


def fw(s: str) -> str:
    """ASCII -> full-width (digits, letters, punctuation; space -> ideographic space)."""
    out = []
    for c in s:
        if c == " ":
            out.append("\u3000")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def fw_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


CN_NUM = "零一二三四五六七八九"


def cn_digits(s: str, r: random.Random | None = None, style: str = "plain") -> str:
    out = []
    for c in s:
        if not c.isdigit():
            out.append(c)
            continue
        d = int(c)
        if style == "radio":
            out.append({0: "洞", 1: "幺", 2: "两", 7: "拐"}.get(d, CN_NUM[d]))
        elif style == "yao":
            out.append({0: "〇", 1: "幺"}.get(d, CN_NUM[d]))
        else:
            out.append(CN_NUM[d] if d or r is None else r.choice(["零", "〇"]))
    return "".join(out)


# ==========================================================================
# value generators
# ==========================================================================

MOBILE_HEADS = ("130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 158 159 "
                "162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 "
                "190 191 192 193 195 196 197 198 199").split()


def mobile_value(r: random.Random) -> str:
    return r.choice(MOBILE_HEADS) + "".join(r.choice(DIG) for _ in range(8))


AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4 = ["0755", "0571", "0512", "0531", "0532", "0591", "0592", "0731", "0371", "0351", "0311", "0871",
         "0851", "0898", "0431", "0451", "0471", "0551", "0771", "0791", "0769", "0757", "0760", "0574",
         "0577", "0510", "0516", "0631", "0379", "0913", "0931", "0991", "0354", "0717"]


def landline_value(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.5:
        area = r.choice(AREA3)
        local = digits(r, 8, "2345678")
    else:
        area = r.choice(AREA4)
        local = digits(r, 8 if r.random() < 0.7 else 7, "2345678")
    return area, local


ID_REGIONS = ["110101", "110105", "110108", "310104", "310115", "310110", "440305", "440106", "440304",
              "330106", "330110", "320102", "320506", "510107", "510104", "420111", "420106", "410105",
              "370202", "430104", "610113", "350203", "130102", "340104", "450103", "150105", "530102",
              "230103", "412726", "500112", "120104", "441900", "360102", "220102", "620102", "520102",
              "460106", "341221", "372922", "511324", "430524", "640104", "632801", "652801", "210102"]


def birth_date(r: random.Random, y0: int = 1952, y1: int = 2007) -> _dt.date:
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def id18(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        first = r.choice(ID_REGIONS) + birth_date(r).strftime("%Y%m%d") + "".join(r.choice(DIG) for _ in range(3))
        c = id_check_char(first)
        if want_x is None or (c == "X") == want_x:
            return first + c


def id15(r: random.Random) -> str:
    return r.choice(ID_REGIONS) + birth_date(r, 1940, 1984).strftime("%y%m%d") + "".join(
        r.choice(DIG) for _ in range(3))


BINS = [("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("436742", 19), ("622700", 19),
        ("621661", 19), ("601382", 19), ("622262", 19), ("622150", 19), ("623668", 19), ("621799", 19),
        ("621483", 16), ("622588", 16), ("625802", 16), ("518710", 16), ("404117", 16), ("622155", 16),
        ("524091", 16), ("622908", 18), ("623058", 19), ("621485", 16), ("625965", 16), ("622609", 17)]


def bank_value(r: random.Random, length: int | None = None, credit: bool = False) -> str:
    pool = [b for b in BINS if (length is None or b[1] == length)]
    if credit:
        pool = [b for b in BINS if b[1] == 16]
    bin_, n = r.choice(pool)
    body = bin_ + "".join(r.choice(DIG) for _ in range(n - len(bin_) - 1))
    return body + luhn_digit(body)


def qq_value(r: random.Random, n: int | None = None) -> str:
    n = n or r.choice([6, 7, 8, 8, 9, 9, 9, 10, 10])
    if n == 11:
        return digits(r, 11, "23")
    return digits(r, n)


SYL = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
       "hu", "guo", "he", "lin", "luo", "gao", "xiao", "mei", "jing", "yun", "feng", "long", "hao", "xin",
       "yu", "chun", "qiu", "dong", "xia", "tian", "ming", "hong", "lan", "fang", "jie", "wei", "ting",
       "qing", "shan", "bo", "kai", "rui", "nan", "yue"]
ENG = ["amy", "tony", "kevin", "lucy", "jack", "coco", "sunny", "momo", "lemon", "candy", "leo", "ivy",
       "happy", "sky", "star", "moon", "cindy", "david", "echo", "grace", "jason", "luna", "mia", "rain",
       "summer", "tiger", "wendy", "vivian", "panda", "orange"]


def handle(r: random.Random, style: str = "plain") -> str:
    if style == "wxid":
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    parts = [r.choice(SYL + ENG) for _ in range(r.choice([1, 2, 2, 3]))]
    num = str(r.choice([r.randint(1, 99), r.randint(1970, 2012), r.randint(100, 9999), r.randint(1, 9)]))
    if style == "underscore":
        s = "_".join(parts + [num])
    elif style == "hyphen":
        s = "-".join(p.capitalize() for p in parts) + num
    elif style == "mixed":
        s = "".join(p.capitalize() for p in parts) + num
    elif style == "short":
        s = r.choice(ENG)[:4] + digits(r, 2)
    elif style == "long":
        s = "_".join(r.choice(SYL + ENG) for _ in range(4)) + str(r.randint(1000, 9999))
        s = s[:20]
    else:
        s = "".join(parts) + num
    if not s[0].isalpha():
        s = "a" + s
    while len(s) < 6:
        s += r.choice(DIG)
    if len(s) > 20:
        s = s[:20]
    s = s.rstrip("_-")
    while len(s) < 6:
        s += r.choice(DIG)
    return s


MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com", "yeah.net",
                "139.com", "aliyun.com", "outlook.com", "gmail.com", "hotmail.com", "vip.qq.com", "vip.163.com"]
COMPANY_DOMAINS = ["huaxin-tech.com.cn", "hengtai-group.com", "jinke.com.cn", "xinhe-logistics.com",
                   "mail.bjzq.com.cn", "sz-anda.cn", "longfeng-auto.com", "cnhuaying.com", "yunfan-edu.cn",
                   "ruitong-ins.com.cn"]
EDU_DOMAINS = ["stu.xjtu.edu.cn", "mails.tsinghua.edu.cn", "stu.scu.edu.cn", "zju.edu.cn", "smail.nju.edu.cn",
               "whu.edu.cn", "stu.hit.edu.cn"]


def mail_local(r: random.Random) -> str:
    k = r.random()
    if k < 0.3:
        return r.choice(SYL) + r.choice(SYL) + str(r.randint(1, 2010))
    if k < 0.5:
        return r.choice(ENG) + "_" + r.choice(SYL) + str(r.randint(10, 99))
    if k < 0.7:
        return r.choice(SYL) + "." + r.choice(SYL)
    if k < 0.85:
        return r.choice(ENG) + str(r.randint(1980, 2010))
    return r.choice(SYL)[0] + r.choice(SYL) + r.choice(SYL) + digits(r, 3)


# ---------------------------------------------------------------- addresses

PROV_CITIES = [
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区", "龙华区"], ["粤海街道", "沙头街道", "新安街道", "坂田街道", "民治街道"]),
    ("广东省", "广州市", ["天河区", "海珠区", "白云区", "番禺区"], ["石牌街道", "江海街道", "三元里街道", "市桥街道"]),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "拱墅区", "滨江区"], ["文新街道", "五常街道", "米市巷街道", "长河街道"]),
    ("浙江省", "宁波市", ["鄞州区", "海曙区"], ["首南街道", "鼓楼街道"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"], ["湖南路街道", "玄武门街道", "东山街道"]),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区"], ["平江街道", "长桥街道", "元和街道"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "双流区", "成华区"], ["玉林街道", "春熙路街道", "东升街道", "猛追湾街道"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"], ["珞南街道", "民族街道", "中南路街道"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"], ["花园路街道", "建中街街道", "林山寨街道"]),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"], ["八大峡街道", "中韩街道", "长江路街道"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"], ["望月湖街道", "洞井街道", "四方坪街道"]),
    ("陕西省", "西安市", ["雁塔区", "未央区", "碑林区"], ["小寨路街道", "张家堡街道", "南院门街道"]),
    ("福建省", "厦门市", ["思明区", "湖里区"], ["筼筜街道", "江头街道"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区"], ["稻香村街道", "望湖街道"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"], ["华山街道", "拓东街道"]),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"], ["花园街道", "新阳路街道"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"], ["新竹街道", "北湖街道"]),
    ("内蒙古自治区", "呼和浩特市", ["赛罕区", "新城区"], ["大学西路街道", "东街街道"]),
    ("辽宁省", "沈阳市", ["和平区", "浑南区"], ["南湖街道", "五三街道"]),
    ("河北省", "石家庄市", ["长安区", "裕华区"], ["育才街道", "裕兴街道"]),
]
MUNIS = [
    ("北京市", ["朝阳区", "海淀区", "丰台区", "通州区", "西城区"], ["望京街道", "中关村街道", "方庄地区", "永顺镇", "金融街街道"]),
    ("上海市", ["浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区"], ["张江镇", "田林街道", "莘庄镇", "江宁路街道", "五角场街道"]),
    ("天津市", ["南开区", "河西区"], ["学府街道", "友谊路街道"]),
    ("重庆市", ["渝北区", "江北区", "沙坪坝区"], ["龙溪街道", "观音桥街道", "三峡广场街道"]),
]
RURAL = [
    ("河南省", "周口市", "郸城县", ["宁平镇", "汲冢镇", "城关镇"]),
    ("安徽省", "阜阳市", "临泉县", ["杨桥镇", "韦寨镇", "瓦店乡"]),
    ("山东省", "菏泽市", "曹县", ["庄寨镇", "青堌集镇"]),
    ("四川省", "南充市", "仪陇县", ["新政镇", "马鞍镇", "立山镇"]),
    ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇", "荷田乡"]),
    ("江西省", "赣州市", "于都县", ["贡江镇", "罗坳镇"]),
    ("广西壮族自治区", "玉林市", "博白县", ["博白镇", "东平镇"]),
    ("河北省", "邢台市", "威县", ["洺州镇", "七级镇"]),
    ("甘肃省", "天水市", "秦安县", ["兴国镇", "莲花镇"]),
    ("贵州省", "遵义市", "湄潭县", ["湄江街道", "永兴镇", "西河镇"]),
]
COUNTY_CITIES = [("江苏省", "昆山市", ["花桥镇", "周市镇", "玉山镇"]), ("浙江省", "义乌市", ["稠城街道", "佛堂镇"]),
                 ("江苏省", "江阴市", ["澄江街道", "周庄镇"]), ("福建省", "晋江市", ["陈埭镇", "安海镇"]),
                 ("广东省", "东莞市", ["长安镇", "虎门镇", "松山湖"]), ("浙江省", "慈溪市", ["浒山街道", "观海卫镇"])]
VILLAGES = ["李楼村", "王庄村", "石桥村", "前进村", "东湖村", "张湾村", "新民村", "红星村", "柳树屯村", "大刘庄村",
            "高家坪村", "双河村", "后营村", "杨柳村"]
ROADS = ["建设路", "人民路", "解放大道", "中山北路", "科技南十二路", "文三路", "张江路", "长江路", "东风路", "学府路",
         "滨河大道", "金桥路", "新华街", "创业大道", "幸福路", "南京西路", "深南大道", "天府大道", "青年路", "和平路",
         "朝阳北路", "金水路", "五一大道", "延安路", "民主路", "光明路", "花园路", "阜通东大街", "丰庄巷", "胜利街"]
COMMUNITIES = ["阳光花园", "碧桂园", "万科城", "翠苑一区", "幸福家园", "锦绣江南", "金色家园", "丽景湾", "保利香槟国际",
               "龙湖春江郦城", "绿地新都会", "世纪城", "恒大名都", "融创玉兰公馆", "华润城", "望京西园三区", "南湖小区",
               "和谐家园", "中海国际社区", "桃源居", "紫薇花园", "书香门第", "御景华庭", "东方明珠苑"]
TOWERS = ["国贸大厦", "华润大厦", "创新大厦", "金融中心", "环球中心", "科技大厦", "时代广场", "财富中心", "中信大厦",
          "数码大厦", "招商局大厦", "星河WORLD", "汇金国际"]
PARKS = [("苏州工业园区", "星湖街", "创意产业园"), ("杭州市余杭区", "文一西路", "海创园"),
         ("深圳市南山区", "高新南七道", "软件产业基地"), ("武汉市东湖新技术开发区", "光谷大道", "光谷软件园"),
         ("成都市高新区", "天府五街", "天府软件园"), ("北京市海淀区", "西北旺东路", "中关村软件园"),
         ("厦门市思明区", "观日路", "软件园二期"), ("上海市浦东新区", "郭守敬路", "张江高科技园区")]
UNIVS = [("武汉大学", "信息学部"), ("四川大学", "江安校区"), ("浙江大学", "紫金港校区"), ("华南理工大学", "大学城校区"),
         ("郑州大学", "主校区"), ("山东大学", "中心校区"), ("西安电子科技大学", "南校区"), ("南京大学", "仙林校区"),
         ("中南大学", "南校区"), ("厦门大学", "翔安校区"), ("东北师范大学", "净月校区")]
DORMS = ["竹园", "梅园", "桂园", "紫荆公寓", "西园", "北苑", "学生公寓", "研究生公寓"]


def _bldg(r: random.Random) -> str:
    b, u = r.randint(1, 32), r.randint(1, 6)
    rm = r.randint(1, 33) * 100 + r.randint(1, 8)
    return r.choice([f"{b}栋{u}单元{rm}室", f"{b}幢{u}单元{rm}", f"{b}号楼{u}单元{rm}室", f"{b}栋{rm}",
                     f"{b}号楼{rm}室", f"{b}座{rm}", f"{b}栋{u}单元{rm}"])


def _road_no(r: random.Random) -> str:
    n = r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 3999)])
    return r.choice(ROADS) + f"{n}号"


def address_units(r: random.Random, style: str) -> list[str]:
    if style == "full":
        p, c, ds, _ = r.choice(PROV_CITIES)
        u = [p, c, r.choice(ds), _road_no(r)]
        if r.random() < 0.6:
            u += [r.choice(COMMUNITIES), _bldg(r)]
        return u
    if style == "city_community":
        _, c, ds, _ = r.choice(PROV_CITIES)
        return [c, r.choice(ds), r.choice(COMMUNITIES), _bldg(r)]
    if style == "muni_street":
        m, ds, sts = r.choice(MUNIS)
        u = [m, r.choice(ds), r.choice(sts), _road_no(r)]
        if r.random() < 0.5:
            u += [f"{r.randint(1, 12)}号院", f"{r.randint(1, 20)}号楼{r.randint(1, 4)}单元{r.randint(1, 24)}0{r.randint(1, 6)}"]
        else:
            u += [r.choice(COMMUNITIES), _bldg(r)]
        return u
    if style == "rural":
        p, c, county, towns = r.choice(RURAL)
        grp = r.choice([f"{r.randint(1, 12)}组", f"{CN_NUM[r.randint(1, 9)]}组", f"{r.randint(1, 9)}组{r.randint(1, 60)}号",
                        f"村民{CN_NUM[r.randint(1, 9)]}组"])
        u = [c, county, r.choice(towns), r.choice(VILLAGES), grp]
        if r.random() < 0.6:
            u = [p] + u
        return u
    if style == "campus":
        un, camp = r.choice(UNIVS)
        rm = r.randint(1, 6) * 100 + r.randint(1, 40)
        tail = r.choice([f"{r.randint(1, 16)}舍{rm}", f"{r.choice(DORMS)}{r.randint(1, 20)}栋{rm}室",
                         f"{r.choice(DORMS)}{r.randint(1, 12)}号楼{rm}宿舍", f"{r.choice(DORMS)}{r.choice('ABCD')}{rm}"])
        return [un, camp, tail]
    if style == "tower":
        _, c, ds, _ = r.choice(PROV_CITIES)
        fl = r.randint(3, 58)
        return [c, r.choice(ds), _road_no(r), r.choice(TOWERS),
                r.choice([f"{fl}层{fl}0{r.randint(1, 9)}", f"{fl}楼{fl}{r.randint(10, 30)}", f"{r.choice('ABC')}座{fl}0{r.randint(1, 9)}室"])]
    if style == "park":
        area, road, park = r.choice(PARKS)
        return [area, f"{road}{r.randint(1, 999)}号", park, f"{r.randint(1, 12)}栋{r.randint(1, 9)}0{r.randint(1, 9)}"]
    if style == "district_start":
        _, _, ds, sts = r.choice(PROV_CITIES)
        return [r.choice(ds), r.choice(sts), r.choice(COMMUNITIES), _bldg(r)]
    if style == "road_only":
        u = [_road_no(r)]
        if r.random() < 0.5:
            u += [r.choice(COMMUNITIES), _bldg(r)]
        return u
    if style == "county_city":
        p, c, towns = r.choice(COUNTY_CITIES)
        return [p, c, r.choice(towns), _road_no(r), r.choice([r.choice(COMMUNITIES) + _bldg(r), f"{r.randint(1, 8)}号厂房"])]
    raise ValueError(style)


def address_cn_numeral(r: random.Random) -> str:
    _, c, ds, _ = r.choice(PROV_CITIES)
    b, u, fl, k = r.randint(1, 19), r.randint(1, 5), r.randint(1, 19), r.randint(1, 4)
    room = cn_digits(f"{fl}0{k}", r)
    bc = cn_digits(str(b)) if b < 10 else ["十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九"][b - 10]
    pre = r.choice([c + r.choice(ds), r.choice(ds), ""])
    return f"{pre}{r.choice(COMMUNITIES)}{bc}栋{CN_NUM[u]}单元{room}"


def address_dash(r: random.Random) -> str:
    _, c, ds, _ = r.choice(PROV_CITIES)
    code = f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1, 30)}0{r.randint(1, 6)}"
    pre = r.choice([c + r.choice(ds), r.choice(ds), ""])
    return f"{pre}{r.choice(COMMUNITIES)}{r.choice(['', ' '])}{code}"


# ==========================================================================
# formats: name -> (kind, cued, weight, generator)
# ==========================================================================

FORMATS: dict[str, tuple[str, bool, int, Callable[[random.Random], Piece]]] = {}


def fmt(name: str, kind: str, weight: int = 1, cued: bool = False):
    def deco(fn: Callable[[random.Random], Piece]):
        FORMATS[name] = (kind, cued, weight, fn)
        return fn
    return deco


def V(v: str) -> Piece:
    return ("", v, "")


# ------------------------------------------------------------------ mobile

@fmt("mobile_plain", "mobile", 12)
def _(r): return V(mobile_value(r))


@fmt("mobile_344_space", "mobile", 3)
def _(r): return V(group(mobile_value(r), [3, 4, 4], " "))


@fmt("mobile_344_dash", "mobile", 3)
def _(r): return V(group(mobile_value(r), [3, 4, 4], "-"))


@fmt("mobile_3_8_dash", "mobile", 1)
def _(r): return V(group(mobile_value(r), [3, 8], "-"))


@fmt("mobile_dots", "mobile", 1)
def _(r): return V(group(mobile_value(r), [3, 4, 4], "."))


@fmt("mobile_fullwidth", "mobile", 2)
def _(r): return V(fw(mobile_value(r)))


@fmt("mobile_fullwidth_344_dash", "mobile", 1)
def _(r): return V(group(fw(mobile_value(r)), [3, 4, 4], "－"))


@fmt("mobile_plus86", "mobile", 2)
def _(r):
    m = mobile_value(r)
    return (r.choice(["+86 ", "+86", "+86-"]), r.choice([m, group(m, [3, 4, 4], " ")]), "")


@fmt("mobile_0086", "mobile", 1)
def _(r): return (r.choice(["0086-", "0086 ", "0086"]), mobile_value(r), "")


@fmt("mobile_86_dash", "mobile", 1)
def _(r): return (r.choice(["86-", "86 "]), mobile_value(r), "")


@fmt("mobile_plus86_paren", "mobile", 1)
def _(r): return (r.choice(["(+86) ", "（+86）", "(86)"]), mobile_value(r), "")


@fmt("mobile_cn_numerals", "mobile", 1)
def _(r): return V(cn_digits(mobile_value(r), r))


@fmt("mobile_yao_numerals", "mobile", 1)
def _(r): return V(cn_digits(mobile_value(r), style="yao"))


@fmt("mobile_radio_numerals", "mobile", 1)
def _(r): return V(cn_digits(mobile_value(r), style="radio"))


@fmt("mobile_mixed_numerals", "mobile", 1)
def _(r):
    m = mobile_value(r)
    idx = set(r.sample(range(3, 11), r.randint(3, 6)))
    return V("".join(cn_digits(c, style="yao") if i in idx else c for i, c in enumerate(m)))


@fmt("mobile_spaced_each", "mobile", 1)
def _(r): return V(" ".join(mobile_value(r)))


@fmt("mobile_434_space", "mobile", 1)
def _(r): return V(group(mobile_value(r), r.choice([[4, 3, 4], [3, 3, 5], [2, 3, 3, 3]]), " "))


@fmt("mobile_slash", "mobile", 1)
def _(r): return V(group(mobile_value(r), [3, 4, 4], "/"))


@fmt("mobile_paren_head", "mobile", 1)
def _(r):
    m = mobile_value(r)
    return V(f"({m[:3]}){m[3:7]}-{m[7:]}")


@fmt("mobile_letter_o_for_zero", "mobile", 1)
def _(r):
    while True:
        m = mobile_value(r)
        if "0" in m[3:]:
            return V(m[:3] + m[3:].replace("0", r.choice("Oo")))


@fmt("mobile_ideographic_space", "mobile", 1)
def _(r): return V(group(mobile_value(r), [3, 4, 4], "\u3000"))


def _mob_simple(r):
    m = mobile_value(r)
    return r.choice([m, m, group(m, [3, 4, 4], " "), group(m, [3, 4, 4], "-")])


@fmt("mobile_cue_tel_en", "mobile", 2, cued=True)
def _(r): return (r.choice(["tel:", "Tel：", "TEL ", "tel. "]), _mob_simple(r), "")


@fmt("mobile_cue_phone_en", "mobile", 2, cued=True)
def _(r): return (r.choice(["phone: ", "Phone ", "mobile:", "Mob. "]), _mob_simple(r), "")


@fmt("mobile_cue_emoji", "mobile", 2, cued=True)
def _(r): return (r.choice(["📱", "☎️", "📞 ", "☎"]), _mob_simple(r), "")


@fmt("mobile_cue_typo", "mobile", 2, cued=True)
def _(r): return (r.choice(["手机好：", "收机", "手鸡", "电画", "手机亏", "首机号"]), _mob_simple(r), "")


@fmt("mobile_cue_abbr", "mobile", 1, cued=True)
def _(r): return (r.choice(["M:", "手:", "电：", "T:", "联系："]), _mob_simple(r), "")


@fmt("mobile_cue_call_me", "mobile", 1, cued=True)
def _(r): return (r.choice(["打", "拨", "call "]), _mob_simple(r), r.choice(["找我", "就行", " 找我"]))


# ---------------------------------------------------------------- landline

@fmt("landline_dash", "landline", 8)
def _(r):
    a, l = landline_value(r)
    return V(f"{a}-{l}")


@fmt("landline_paren", "landline", 2)
def _(r):
    a, l = landline_value(r)
    return V(f"({a}){l}")


@fmt("landline_fw_paren", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return V(f"（{a}）{r.choice([l, group(l, [4, 4], ' ')])}")


@fmt("landline_space", "landline", 2)
def _(r):
    a, l = landline_value(r)
    return V(f"{a} {l}")


@fmt("landline_plain", "landline", 2)
def _(r):
    a, l = landline_value(r)
    return V(a + l)


@fmt("landline_ext_zhuan", "landline", 2)
def _(r):
    a, l = landline_value(r)
    return ("", f"{a}-{l}", r.choice(["转", " 转 ", "转分机", "-转"]) + digits(r, r.choice([3, 4])))


@fmt("landline_ext_en", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return ("", f"{a}-{l}", r.choice([" ext. ", " ext", " EXT:", "，分机"]) + digits(r, r.choice([2, 3, 4])))


@fmt("landline_intl", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return (r.choice(["+86 ", "+86-", "0086 "]), f"{a[1:]}{r.choice([' ', '-'])}{group(l, [4, 4], ' ') if len(l) == 8 else l}", "")


@fmt("landline_fullwidth", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return V(fw(a) + "－" + fw(l))


@fmt("landline_4_4_split", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return V(f"{a}-{group(l, [4, 4] if len(l) == 8 else [3, 4], '-')}")


@fmt("landline_local_only", "landline", 1)
def _(r):
    l = digits(r, 8, "2345678")
    return V(r.choice([l, group(l, [4, 4], " "), group(l, [4, 4], "-")]))


@fmt("landline_cn_numerals", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return V(cn_digits(a, r) + r.choice(["-", " ", ""]) + cn_digits(l, r))


@fmt("landline_dots", "landline", 1)
def _(r):
    a, l = landline_value(r)
    return V(f"{a}.{group(l, [4, 4], '.') if len(l) == 8 else l}")


def _land_simple(r):
    a, l = landline_value(r)
    return r.choice([f"{a}-{l}", f"{a}-{l}", f"({a}){l}", f"{a} {l}"])


@fmt("landline_cue_tel_en", "landline", 1, cued=True)
def _(r): return (r.choice(["Tel: ", "TEL：", "tel ", "Office: "]), _land_simple(r), "")


@fmt("landline_cue_typo", "landline", 1, cued=True)
def _(r): return (r.choice(["坐机", "座击", "座机号妈：", "做机", "固化"]), _land_simple(r), "")


@fmt("landline_cue_office", "landline", 2, cued=True)
def _(r): return (r.choice(["办公室电话", "公司座机：", "单位电话 ", "门店座机", "家里座机："]), _land_simple(r), "")


@fmt("landline_cue_tel_fax", "landline", 1, cued=True)
def _(r): return (r.choice(["电话/传真：", "电话(传真)", "T/F: "]), _land_simple(r), "")


@fmt("landline_cue_emoji", "landline", 1, cued=True)
def _(r): return (r.choice(["☎", "☎️ ", "📞"]), _land_simple(r), "")


# ------------------------------------------------------------------- email

@fmt("email_plain", "email", 7)
def _(r): return V(f"{mail_local(r)}@{r.choice(MAIL_DOMAINS)}")


@fmt("email_qq_numeric", "email", 3)
def _(r): return V(f"{qq_value(r)}@qq.com")


@fmt("email_company", "email", 2)
def _(r): return V(f"{r.choice(SYL)}.{r.choice(SYL)}@{r.choice(COMPANY_DOMAINS)}")


@fmt("email_edu", "email", 1)
def _(r): return V(f"{r.choice([digits(r, 10, '12'), r.choice(SYL) + r.choice(SYL) + str(r.randint(18, 24))])}@{r.choice(EDU_DOMAINS)}")


@fmt("email_upper_mixed", "email", 1)
def _(r): return V(f"{mail_local(r).capitalize()}@{r.choice(MAIL_DOMAINS).upper()}")


@fmt("email_plus_tag", "email", 1)
def _(r): return V(f"{r.choice(ENG)}{r.randint(1, 99)}+{r.choice(['jd', 'taobao', 'order', 'bill'])}@{r.choice(['gmail.com', 'outlook.com', 'foxmail.com'])}")


@fmt("email_obfuscated_at", "email", 2)
def _(r): return V(f"{mail_local(r)}{r.choice([' at ', '(at)', '[at]', ' AT ', '（at）'])}{r.choice(MAIL_DOMAINS)}")


@fmt("email_hash_at", "email", 1)
def _(r): return V(f"{mail_local(r)}#{r.choice(MAIL_DOMAINS)}")


@fmt("email_cn_at", "email", 1)
def _(r): return V(f"{mail_local(r)}{r.choice(['艾特', '圈a', '圈A'])}{r.choice(MAIL_DOMAINS)}")


@fmt("email_dot_word", "email", 1)
def _(r):
    d = r.choice(["qq", "163", "126", "sina", "foxmail"])
    return V(f"{mail_local(r)}@{d}{r.choice(['点com', ' dot com', '.c0m', '点COM', '(dot)com'])}")


@fmt("email_cn_period", "email", 1)
def _(r):
    d = r.choice(["qq", "163", "126", "sina", "foxmail"])
    return V(f"{mail_local(r)}@{d}{r.choice(['。com', '．com', '，com'])}")


@fmt("email_fullwidth_at", "email", 1)
def _(r): return V(f"{mail_local(r)}＠{r.choice(MAIL_DOMAINS)}")


@fmt("email_spaces_around_at", "email", 1)
def _(r): return V(f"{mail_local(r)} @ {r.choice(MAIL_DOMAINS)}")


@fmt("email_fullwidth_all", "email", 1)
def _(r): return V(fw(f"{mail_local(r)}@{r.choice(MAIL_DOMAINS)}"))


@fmt("email_hyphen_underscore", "email", 1)
def _(r): return V(f"{r.choice(SYL)}_{r.choice(SYL)}-{r.randint(1990, 2020)}@{r.choice(MAIL_DOMAINS)}")


def _mail_simple(r):
    return r.choice([f"{mail_local(r)}@{r.choice(MAIL_DOMAINS)}", f"{qq_value(r)}@qq.com"])


@fmt("email_cue_mail_en", "email", 2, cued=True)
def _(r): return (r.choice(["mail: ", "E-mail：", "Email ", "email:", "MAIL "]), _mail_simple(r), "")


@fmt("email_cue_typo", "email", 1, cued=True)
def _(r): return (r.choice(["油箱", "邮相：", "右键地址", "游戏箱"][:3]), _mail_simple(r), "")


@fmt("email_cue_emoji", "email", 1, cued=True)
def _(r): return (r.choice(["📧", "✉️ ", "📮"]), _mail_simple(r), "")


# ----------------------------------------------------------------- id_card

@fmt("id_plain", "id_card", 8)
def _(r): return V(id18(r, want_x=False))


@fmt("id_x_upper", "id_card", 2)
def _(r): return V(id18(r, want_x=True))


@fmt("id_x_lower", "id_card", 1)
def _(r): return V(id18(r, want_x=True).lower())


@fmt("id_space_6_8_4", "id_card", 2)
def _(r): return V(group(id18(r), [6, 8, 4], " "))


@fmt("id_dash_6_8_4", "id_card", 1)
def _(r): return V(group(id18(r), [6, 8, 4], "-"))


@fmt("id_space_every4", "id_card", 1)
def _(r): return V(group4(id18(r)))


@fmt("id_space_3_3_4_4_4", "id_card", 1)
def _(r): return V(group(id18(r), [3, 3, 4, 4, 4], " "))


@fmt("id_fullwidth", "id_card", 1)
def _(r): return V(fw(id18(r)))


@fmt("id_old15", "id_card", 2)
def _(r): return V(id15(r))


@fmt("id_old15_spaced", "id_card", 1)
def _(r): return V(group(id15(r), [6, 6, 3], " "))


def _id_simple(r):
    v = id18(r)
    return r.choice([v, v, group(v, [6, 8, 4], " ")])


@fmt("id_cue_sfz_abbr", "id_card", 2, cued=True)
def _(r): return (r.choice(["sfz:", "SFZ ", "sfz号", "身份z："]), _id_simple(r), "")


@fmt("id_cue_typo", "id_card", 1, cued=True)
def _(r): return (r.choice(["身分证", "省份证", "身份正号", "申份证："]), _id_simple(r), "")


@fmt("id_cue_en", "id_card", 1, cued=True)
def _(r): return (r.choice(["ID: ", "ID No.", "id card ", "ID号"]), _id_simple(r), "")


@fmt("id_cue_zhengjian", "id_card", 1, cued=True)
def _(r): return (r.choice(["证件号码：", "证件号", "居民身份证 ", "身份证件号码"]), _id_simple(r), "")


# --------------------------------------------------------------- bank_card

@fmt("bank_plain19", "bank_card", 5)
def _(r): return V(bank_value(r, 19))


@fmt("bank_plain16", "bank_card", 2)
def _(r): return V(bank_value(r, 16))


@fmt("bank_space4", "bank_card", 3)
def _(r): return V(group4(bank_value(r)))


@fmt("bank_dash4", "bank_card", 1)
def _(r): return V(group4(bank_value(r), "-"))


@fmt("bank_fullwidth", "bank_card", 1)
def _(r): return V(fw(bank_value(r)))


@fmt("bank_fullwidth_spaced", "bank_card", 1)
def _(r): return V(fw(group4(bank_value(r))))


@fmt("bank_irregular_split", "bank_card", 1)
def _(r):
    v = bank_value(r)
    return V(group(v, [r.randint(3, 6) for _ in range(6)], " "))


@fmt("bank_space_6_rest", "bank_card", 1)
def _(r):
    v = bank_value(r)
    return V(v[:6] + " " + v[6:])


@fmt("bank_plain17_18", "bank_card", 1)
def _(r): return V(bank_value(r, r.choice([17, 18])))


@fmt("bank_credit_dash", "bank_card", 1)
def _(r): return V(group4(bank_value(r, credit=True), r.choice(["-", " - "])))


def _bank_simple(r):
    v = bank_value(r)
    return r.choice([v, v, group4(v)])


@fmt("bank_cue_kahao", "bank_card", 2, cued=True)
def _(r): return (r.choice(["卡号：", "卡号", "储蓄卡 ", "借记卡号:"]), _bank_simple(r), "")


@fmt("bank_cue_typo", "bank_card", 1, cued=True)
def _(r): return (r.choice(["银行咔", "银彳亍卡", "银航卡", "银行卡好"]), _bank_simple(r), "")


@fmt("bank_cue_en", "bank_card", 1, cued=True)
def _(r): return (r.choice(["card no. ", "Card: ", "A/C ", "acct:"]), _bank_simple(r), "")


@fmt("bank_cue_account", "bank_card", 1, cued=True)
def _(r): return (r.choice(["收款账号", "账号：", "收款账户 ", "户头"]), _bank_simple(r), "")


# ---------------------------------------------------------------------- qq

@fmt("qq_plain", "qq", 8)
def _(r): return V(qq_value(r))


@fmt("qq_short5", "qq", 1)
def _(r): return V(qq_value(r, 5))


@fmt("qq_long11", "qq", 1)
def _(r): return V(qq_value(r, 11))


@fmt("qq_spaced", "qq", 1)
def _(r): return V(group(qq_value(r, r.choice([9, 10])), [3, 3, 4], " "))


@fmt("qq_fullwidth", "qq", 1)
def _(r): return V(fw(qq_value(r)))


@fmt("qq_dash", "qq", 1)
def _(r):
    v = qq_value(r, r.choice([8, 9, 10]))
    return V(v[:4] + "-" + v[4:])


@fmt("qq_cn_numerals", "qq", 1)
def _(r): return V(cn_digits(qq_value(r, r.choice([8, 9])), style="yao"))


@fmt("qq_cue_koukou", "qq", 2, cued=True)
def _(r): return (r.choice(["扣扣", "扣扣号：", "扣扣 ", "抠抠"]), qq_value(r), "")


@fmt("qq_cue_penguin", "qq", 2, cued=True)
def _(r): return (r.choice(["企鹅号", "企鹅：", "🐧", "鹅号 "]), qq_value(r), "")


@fmt("qq_cue_q", "qq", 2, cued=True)
def _(r): return (r.choice(["Q:", "q号", "Q ", "Q号："]), qq_value(r), "")


@fmt("qq_cue_case", "qq", 1, cued=True)
def _(r): return (r.choice(["qq", "Qq：", "ＱＱ", "qq号码 "]), qq_value(r), "")


@fmt("qq_cue_typo", "qq", 1, cued=True)
def _(r): return (r.choice(["QQ好", "QQ呺", "QQ亏", "QQ号吗："]), qq_value(r), "")


# ------------------------------------------------------------------ wechat

@fmt("wechat_letters_digits", "wechat", 7)
def _(r): return V(handle(r))


@fmt("wechat_underscore", "wechat", 2)
def _(r): return V(handle(r, "underscore"))


@fmt("wechat_hyphen", "wechat", 1)
def _(r): return V(handle(r, "hyphen"))


@fmt("wechat_wxid", "wechat", 2)
def _(r): return V(handle(r, "wxid"))


@fmt("wechat_mixed_case", "wechat", 1)
def _(r): return V(handle(r, "mixed"))


@fmt("wechat_long20", "wechat", 1)
def _(r): return V(handle(r, "long"))


@fmt("wechat_short6", "wechat", 1)
def _(r): return V(handle(r, "short"))


def _wx_simple(r):
    return handle(r, r.choice(["plain", "plain", "underscore", "mixed", "wxid"]))


@fmt("wechat_cue_vx", "wechat", 3, cued=True)
def _(r): return (r.choice(["vx:", "VX ", "vx号", "Vx：", "vx"]), _wx_simple(r), "")


@fmt("wechat_cue_wx", "wechat", 2, cued=True)
def _(r): return (r.choice(["wx：", "WX ", "wx号", "wx: "]), _wx_simple(r), "")


@fmt("wechat_cue_vxin", "wechat", 2, cued=True)
def _(r): return (r.choice(["V信", "v信：", "薇信", "威信", "徽信号", "维信 "]), _wx_simple(r), "")


@fmt("wechat_cue_plus_v", "wechat", 2, cued=True)
def _(r): return (r.choice(["加V ", "+v ", "➕V：", "+V", "加薇 "]), _wx_simple(r), "")


@fmt("wechat_cue_weixinhao", "wechat", 2, cued=True)
def _(r): return (r.choice(["微信号:", "微信：", "微信 ", "weixin "]), _wx_simple(r), "")


@fmt("wechat_cue_en", "wechat", 1, cued=True)
def _(r): return (r.choice(["WeChat: ", "wechat id ", "Wechat："]), _wx_simple(r), "")


# ------------------------------------------------------------------- plate

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
CITY_LET = "AAAAABBBBCCDDEEFGHJKLMNP"


def plate_tail(r: random.Random) -> str:
    chars = [r.choice(DIG) for _ in range(5)]
    for pos in r.sample(range(5), r.choice([0, 0, 1, 1, 2])):
        chars[pos] = r.choice(LET)
    return "".join(chars)


def plate_value(r: random.Random) -> tuple[str, str, str]:
    return r.choice(PLATE_PROV), r.choice(CITY_LET), plate_tail(r)


def plate_ne(r: random.Random) -> str:
    if r.random() < 0.7:
        return r.choice("DF") + r.choice(DIG + LET) + "".join(r.choice(DIG) for _ in range(4))
    return "".join(r.choice(DIG) for _ in range(5)) + r.choice("DF")


@fmt("plate_standard", "plate", 8)
def _(r):
    p, c, t = plate_value(r)
    return V(p + c + t)


@fmt("plate_new_energy", "plate", 3)
def _(r): return V(r.choice(PLATE_PROV) + r.choice(CITY_LET) + plate_ne(r))


@fmt("plate_dot", "plate", 1)
def _(r):
    p, c, t = plate_value(r)
    return V(p + c + r.choice(["·", "•", ".", "・"]) + t)


@fmt("plate_space", "plate", 2)
def _(r):
    p, c, t = plate_value(r)
    return V(r.choice([f"{p}{c} {t}", f"{p} {c}{t}", f"{p} {c} {t}"]))


@fmt("plate_lower", "plate", 1)
def _(r):
    p, c, t = plate_value(r)
    return V(p + c.lower() + t.lower())


@fmt("plate_dash", "plate", 1)
def _(r):
    p, c, t = plate_value(r)
    return V(f"{p}{c}-{t}")


@fmt("plate_fullwidth", "plate", 1)
def _(r):
    p, c, t = plate_value(r)
    return V(p + fw(c + t))


@fmt("plate_learner", "plate", 1)
def _(r): return V(r.choice(PLATE_PROV) + r.choice(CITY_LET) + "".join(r.choice(DIG) for _ in range(4)) + "学")


@fmt("plate_hk_macau", "plate", 1)
def _(r): return V("粤Z" + "".join(r.choice(DIG + "ABCDEFGHJK") for _ in range(4)) + r.choice("港澳"))


@fmt("plate_ne_space", "plate", 1)
def _(r): return V(r.choice(PLATE_PROV) + r.choice(CITY_LET) + " " + plate_ne(r))


def _plate_simple(r):
    p, c, t = plate_value(r)
    return r.choice([p + c + t, p + c + t, p + c + plate_ne(r)])


@fmt("plate_cue_chepai", "plate", 2, cued=True)
def _(r): return (r.choice(["车牌", "车牌号：", "牌照 ", "车号"]), _plate_simple(r), "")


@fmt("plate_cue_typo", "plate", 1, cued=True)
def _(r): return (r.choice(["车排", "车派号", "车牌好", "车脾"]), _plate_simple(r), "")


@fmt("plate_cue_emoji", "plate", 1, cued=True)
def _(r): return (r.choice(["🚗", "🚙 ", "🚘"]), _plate_simple(r), "")


# ----------------------------------------------------------------- address

def _addr_fmt(style):
    return lambda r: V("".join(address_units(r, style)))


for _name, _style, _w in [("address_full", "full", 5), ("address_city_community", "city_community", 3),
                          ("address_muni_street", "muni_street", 3), ("address_rural_village", "rural", 2),
                          ("address_campus_dorm", "campus", 2), ("address_office_tower", "tower", 2),
                          ("address_industrial_park", "park", 1), ("address_district_start", "district_start", 2),
                          ("address_road_only", "road_only", 1), ("address_county_city", "county_city", 1)]:
    fmt(_name, "address", _w)(_addr_fmt(_style))


@fmt("address_spaced_units", "address", 1)
def _(r): return V(" ".join(address_units(r, r.choice(["full", "muni_street", "rural"]))))


@fmt("address_comma_units", "address", 1)
def _(r): return V(r.choice(["，", ",", "、"]).join(address_units(r, "full")[:4]))


@fmt("address_fullwidth_digits", "address", 1)
def _(r): return V(fw_digits("".join(address_units(r, r.choice(["full", "city_community"])))))


@fmt("address_cn_numeral_room", "address", 1)
def _(r): return V(address_cn_numeral(r))


@fmt("address_dash_shorthand", "address", 1)
def _(r): return V(address_dash(r))


def _addr_simple(r):
    return "".join(address_units(r, r.choice(["full", "city_community", "muni_street", "district_start"])))


@fmt("address_cue_shouhuo", "address", 2, cued=True)
def _(r): return (r.choice(["收货地址：", "收件地址 ", "配送地址:", "送货地址"]), _addr_simple(r), "")


@fmt("address_cue_typo", "address", 1, cued=True)
def _(r): return (r.choice(["地扯：", "地只", "住止 ", "收货地止"]), _addr_simple(r), "")


@fmt("address_cue_en", "address", 1, cued=True)
def _(r): return (r.choice(["addr: ", "Address：", "ADD:", "Add. "]), _addr_simple(r), "")


@fmt("address_cue_emoji", "address", 1, cued=True)
def _(r): return (r.choice(["📍", "🏠", "📦寄："]), _addr_simple(r), "")


# ==========================================================================
# near-miss generators
# ==========================================================================

def fail_digits(r: random.Random, n: int, first: str = "123456789") -> str:
    """n digits that fail Luhn (16-19), the ID check (18) and are no plausible old ID (15)."""
    while True:
        s = digits(r, n, first)
        if not _length_check_passes(s):
            return s


def _length_check_passes(s: str) -> bool:
    """True if s (normalised) would pass the check of a card / ID of its length."""
    n = len(s)
    if 16 <= n <= 19 and luhn_valid(s):
        return True
    if n == 18 and id_valid(s):
        return True
    if n == 15 and old_id_plausible(s):
        return True
    return False


def nm_order_no(r):
    k = r.randrange(7)
    if k == 0:
        return fail_digits(r, 19, "123")
    if k == 1:
        return fail_digits(r, 18, "123456")
    if k == 2:
        return digits(r, 12, "23")
    if k == 3:
        return f"{_dt.date(2024, 1, 1) + _dt.timedelta(r.randint(0, 400)):%y%m%d}-{fail_digits(r, 15, '09')}"
    if k == 4:
        return fail_digits(r, 16, "2345")
    if k == 5:
        return "DD" + f"{_dt.date(2024, 1, 1) + _dt.timedelta(r.randint(0, 400)):%Y%m%d}" + digits(r, 6, "0123")
    return digits(r, 11, "23689")


def nm_tracking_no(r):
    k = r.randrange(7)
    if k == 0:
        return "SF" + digits(r, 13, "1")
    if k == 1:
        return r.choice(["JDVA", "JDVB", "JDX"]) + digits(r, 11, "0123")
    if k == 2:
        return "YT" + digits(r, 13, "2345789")
    if k == 3:
        return "75" + digits(r, 12, "0123456789")
    if k == 4:
        return "JT" + digits(r, 13, "0123456789")
    if k == 5:
        return "73" + digits(r, 11, "0123456789")
    return r.choice(["4312", "4630", "4320"]) + digits(r, 9, "0123456789")


def nm_amount(r):
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 29999)])
    k = r.randrange(8)
    if k == 0:
        return f"¥{v:,}.00"
    if k == 1:
        return f"{v}元"
    if k == 2:
        return f"{v}.{r.randint(1, 99):02d}元"
    if k == 3:
        return f"{v}块"
    if k == 4:
        return f"￥{v}"
    if k == 5:
        return f"{v:,}.{r.randint(0, 99):02d}"
    if k == 6:
        return f"RMB {v}"
    return r.choice(["一千三百八十元", "两百块", "三千五", "八十八块八", "一万二"])


def nm_datetime(r):
    d = _dt.date(2023, 6, 1) + _dt.timedelta(r.randint(0, 600))
    h, m = r.randint(8, 21), r.choice([0, 15, 30, 45])
    k = r.randrange(8)
    return [f"{d:%Y-%m-%d} {h}:{m:02d}", f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}号下午{h - 12 if h > 12 else h}点",
            f"{d:%Y%m%d}", f"{h}:{m:02d}-{h + 1}:{m:02d}", f"{d:%Y/%m/%d}", f"{d.month}.{d.day}", f"{d:%Y.%m.%d} {h}:{m:02d}:{r.randint(0, 59):02d}"][k]


def nm_quantity(r):
    return f"{r.randint(2, 48)}{r.choice(['件', '箱', '瓶', '盒', '袋', '个', '桶', '斤'])}"


def nm_product_model(r):
    return r.choice(["iPhone 15 Pro", "iPhone 13 mini", "X3-2024", "KFR-35GW/BpXD1", "Mate 60 Pro", "RTX 4060",
                     "SM-S9180", "P40", "Redmi K70", "BCD-470WDPG", "MacBook Air M2", "WH-1000XM5", "Model Y",
                     "宝马X5", "A6L", "2.0T", "小米14 Ultra", "EB-2247", "XQB100-N8", "T7 Shield 2TB"])


def nm_coupon_code(r):
    k = r.randrange(4)
    if k == 0:
        return "-".join("".join(r.choice(LET + DIG) for _ in range(4)) for _ in range(3))
    if k == 1:
        return r.choice(["VIP", "NEW", "SPRING", "DOUBLE"]) + str(r.randint(2023, 2025)) + r.choice(["", "A", "XY"])
    if k == 2:
        return "".join(r.choice(LET + DIG) for _ in range(8))
    return "HB" + digits(r, 6, "123456789")


def nm_verify_code(r):
    return digits(r, r.choice([4, 6, 6]), "0123456789")


def nm_pickup_code(r):
    return r.choice([f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.choice('ABCD')}{r.randint(1, 199):03d}",
                     digits(r, 4), digits(r, 6, "0123456789"), f"{r.randint(10, 60)}号柜{r.randint(1, 40)}格"])


def nm_member_no(r):
    return r.choice([f"M{r.randint(2019, 2024)}{digits(r, 6, '0123456789')}", f"VIP {digits(r, 4, '0')} {digits(r, 4)}",
                     f"{r.choice(['88', '66'])}{digits(r, 8, '0123456789')}", f"HY{digits(r, 8)}"])


def nm_hotline(r):
    return r.choice(["400-820-8820", "4008208820", "400 600 6666", "95588", "95533", "95555", "12345", "10086",
                     "10010", "12315", "800-830-8300", "95522", "95511", "12306", "400-111-1111", "96777", "12110", "114"])


def nm_invoice_no(r):
    return r.choice([digits(r, 20, "2"), digits(r, 8, "0123"), "0" + digits(r, 11, "34")])


def nm_luhn_fail(r):
    n = r.choice([16, 17, 18, 19])
    return fail_digits(r, n, "6") if r.random() < 0.5 else fail_digits(r, n)


def nm_id_checkfail(r):
    if r.random() < 0.5:
        while True:
            s17 = r.choice(ID_REGIONS) + birth_date(r).strftime("%Y%m%d") + digits(r, 3, DIG)
            wrong = r.choice([c for c in "0123456789X" if c != id_check_char(s17)])
            s = s17 + wrong
            if not _length_check_passes(s.replace("X", "0")) and not id_valid(s):
                return s
    return fail_digits(r, 18, "23456789")


def nm_version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"8.0.{r.randint(30, 55)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                     f"HarmonyOS {r.randint(2, 4)}.0", f"V{r.randint(1, 5)}.{r.randint(0, 9)}", f"Android {r.randint(10, 14)}"])


def nm_ip(r):
    return r.choice([f"192.168.{r.randint(0, 3)}.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.16.{r.randint(0, 31)}.{r.randint(1, 254)}", "8.8.8.8", "114.114.114.114"])


def nm_room_layout(r):
    return r.choice(["3室2厅", "两室一厅", "2室1厅1卫", "4室2厅2卫", "一室一厅", "3房2厅", "1室0厅"])


def nm_floor_area(r):
    return r.choice([f"{r.randint(40, 180)}.{r.randint(1, 9)}平米", f"{r.randint(40, 200)}㎡", f"{r.randint(50, 160)}平方米", f"{r.randint(60, 140)}平"])


def nm_postcode(r):
    return r.choice(["518057", "100020", "310012", "200120", "610041", "430072", "450001", "266071", "410083", "710071"])


def nm_user_id(r):
    return digits(r, r.choice([7, 8, 9, 10]))


def nm_qq_group(r):
    return digits(r, r.choice([8, 9, 10]), "1234567")


def nm_official_account(r):
    return r.choice(["cmbchina", "sfexpress", "jdkefu", "ctrip_service", "icbc95588", "chinaunicom10010",
                     "pingan_life", "meituan_waimai", "hzgjj_gov", "xiecheng_kefu"])


def nm_imei(r):
    body = "86" + digits(r, 12, DIG)
    return body + luhn_digit(body)


def nm_vin(r):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV"]) + "".join(r.choice(chars) for _ in range(5)) + r.choice(DIG + "X") + \
        r.choice("NPRS") + r.choice(chars) + digits(r, 6, DIG)


def nm_sn(r):
    return r.choice(["C02", "F9K", "SN", "R58"]) + "".join(r.choice(LET + DIG) for _ in range(9))


def nm_train_flight(r):
    return r.choice([f"G{r.randint(1, 2999)}", f"D{r.randint(100, 3999)}次", f"CA{r.randint(1000, 1999)}", f"MU{r.randint(5000, 5999)}",
                     f"CZ{r.randint(3000, 3999)}", f"K{r.randint(100, 999)}次", f"HU{r.randint(7000, 7999)}"])


def nm_bus_metro(r):
    return r.choice([f"{r.randint(1, 999)}路公交", f"地铁{r.randint(1, 16)}号线", f"{r.randint(1, 14)}号线", f"机场大巴{r.randint(1, 9)}线",
                     f"夜{r.randint(1, 30)}路"])


def nm_facility_location(r):
    return r.choice([f"门诊楼{r.randint(1, 6)}楼{r.choice('ABC')}区", f"{r.randint(1, 12)}号窗口", f"{r.choice('AB')}座服务台",
                     f"住院部{r.randint(2, 18)}楼", f"B{r.randint(1, 3)}停车场", f"{r.randint(1, 5)}号考场", f"{r.randint(1, 3)}楼收银台"])


def nm_percentage(r):
    return r.choice([f"{r.randint(1, 5)}.{r.randint(0, 99):02d}%", f"年化{r.randint(1, 6)}.{r.randint(0, 9)}%", f"{r.randint(5, 95)}%", "0.05%"])


def nm_masked_mobile(r):
    m = mobile_value(r)
    return r.choice([f"{m[:3]}****{m[7:]}", f"尾号{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}xxxx{m[7:]}"])


def nm_card_tail(r):
    return r.choice([f"尾号{digits(r, 4, DIG)}", f"后四位{digits(r, 4, DIG)}", f"**** {digits(r, 4, DIG)}", f"622***{digits(r, 4, DIG)}"])


def nm_masked_id(r):
    v = id18(r)
    return r.choice([v[:4] + "*" * 10 + v[14:], v[:6] + "********" + v[14:], v[:1] + "*" * 16 + v[17:]])


def nm_url(r):
    return r.choice([f"https://item.jd.com/{digits(r, 12, '1')}.html", "www.taobao.com", f"https://m.tb.cn/h.{''.join(r.choice(LET.lower() + DIG) for _ in range(7))}",
                     "https://kefu.example.cn/help", f"https://v.douyin.com/{''.join(r.choice(LET + DIG) for _ in range(8))}/"])


def nm_temperature(r):
    return r.choice([f"{r.randint(36, 39)}.{r.randint(0, 9)}℃", f"{r.randint(36, 39)}度{r.randint(1, 9)}", f"{r.randint(37, 39)}.{r.randint(0, 9)}度"])


def nm_weight(r):
    return r.choice([f"{r.randint(1, 30)}公斤", f"{r.randint(1, 9)}.{r.randint(1, 9)}kg", f"{r.randint(100, 999)}g", f"{r.randint(2, 60)}斤"])


def nm_barcode(r):
    body = "69" + digits(r, 10, DIG)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def nm_credit_code(r):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + r.choice(ID_REGIONS) + r.choice(["MA", "MA5", "07"]) + "".join(r.choice(chars) for _ in range(7))


def nm_utility_account(r):
    return r.choice(["0", "1", "3"]) + digits(r, 9, DIG)


def nm_hotel_room(r):
    return f"{r.randint(2, 28)}{r.randint(1, 40):02d}"


def nm_building_ref(r):
    return r.choice([f"{r.randint(1, 30)}号楼", f"{r.randint(1, 20)}栋", f"{r.choice('ABCDE')}座", f"{r.randint(1, 6)}单元"])


def nm_public_place(r):
    return r.choice(["万达广场店", "人民路店", "北京南站", "首都机场T3航站楼", "上海虹桥站", "天河城店", "春熙路那家店",
                     "西湖银泰", "市民中心", "政务服务大厅", "国贸店", "火车东站"])


def nm_exam_no(r):
    return digits(r, r.choice([12, 14]), "12")


def nm_road_code(r):
    return r.choice(["G60", "G15沈海高速", "京港澳高速", "S20外环", "G4", "沪昆高速", "G1501"])


def nm_queue_no(r):
    return r.choice([f"{r.choice('ABCV')}{r.randint(1, 199):03d}", f"{r.randint(1, 300)}号"])


def nm_policy_no(r):
    return r.choice([f"P{r.randint(2019, 2024)}{digits(r, 10, '0123')}", f"PICC{digits(r, 12, DIG)}", f"8{digits(r, 9, DIG)}"])


def nm_ticket_no(r):
    return r.choice([f"GD{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 4, '0')}", f"#{digits(r, 6)}", f"T{digits(r, 8)}"])


def nm_contract_no(r):
    return f"HT-{r.randint(2021, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 999):04d}"


def nm_batch_no(r):
    return f"{r.randint(2023, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice(['A', 'B', '01', '-2'])}"


def nm_data_quota(r):
    return r.choice(["30GB", "100G", "5G流量", "1000分钟", "500M宽带"])


def nm_table_no(r):
    return r.choice([f"{r.choice('ABC')}{r.randint(1, 30)}", f"{r.randint(1, 40)}号桌"])


def nm_points(r):
    return str(r.choice([r.randint(100, 999), r.randint(1000, 99999)]))


def nm_seat(r):
    return f"{r.randint(1, 16):02d}车{r.randint(1, 20):02d}{r.choice('ABCDF')}座"


def nm_filename(r):
    d = _dt.date(2024, 1, 1) + _dt.timedelta(r.randint(0, 300))
    return r.choice([f"IMG_{d:%Y%m%d}_{r.randint(0, 235959):06d}.jpg", f"发票{d:%m%d}.pdf", f"Screenshot_{d:%Y-%m-%d}-{r.randint(10, 23)}-{r.randint(10, 59)}.png"])


def nm_at_mention(r):
    return r.choice(["@售后客服", "@物业前台", "@班主任", "@值班经理", "@all", "@店长"])


def nm_wifi_ssid(r):
    return r.choice([f"TP-LINK_{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}", f"ChinaNet-{''.join(r.choice(LET + DIG) for _ in range(4))}",
                     f"CMCC-{''.join(r.choice(LET.lower() + DIG) for _ in range(4))}", f"HUAWEI-{digits(r, 4, DIG)}_5G"])


def nm_plate_prefix(r):
    return r.choice(PLATE_PROV) + r.choice("ABCDE")


def nm_area_code(r):
    return r.choice(AREA3 + AREA4)


def nm_coarse_region(r):
    p, c, ds, _ = r.choice(PROV_CITIES)
    return r.choice([p, c, r.choice(ds), c + r.choice(ds)[:2]])


def nm_dimension(r):
    return r.choice(["180×200cm", "1.8米", "55英寸", "120*60*75", "6.7寸"])


def nm_installment(r):
    return r.choice(["3", "6", "12", "24"])


def nm_height(r):
    return r.choice([f"{r.randint(150, 190)}cm", f"1米{r.randint(50, 89)}", f"{r.randint(150, 190)}"])


NEAR: dict[str, Callable[[random.Random], str]] = {
    k[3:]: v for k, v in dict(globals()).items() if k.startswith("nm_") and callable(v)
}
NEAR["luhn_fail_number"] = NEAR.pop("luhn_fail")
NEAR["id_checkfail_number"] = NEAR.pop("id_checkfail")


# ==========================================================================
# templates
#   {kind}   entity, cue in template      {kind!} entity bringing its own cue
#   {#near}  near-miss span
# ==========================================================================

T_SINGLE: dict[str, list[str]] = {
    "mobile": [
        "您好，我手机号{mobile}，快递到了麻烦打这个", "{mobile} 这个号码能接电话，外卖到了直接打",
        "骑手联系不上我，换个号{mobile}", "收件人手机改成{mobile}，原来那个停机了", "麻烦客服回电{mobile}，谢谢",
        "我登记的手机:{mobile}", "手机（{mobile}）有问题随时联系", "联系电话：{mobile}，工作日白天都在",
        "我预约的明天上午骨科门诊，手机号{mobile}，想改到下午", "宽带装机师傅让我留个号，{mobile}",
        "退款到账了没？我注册手机是“{mobile}”", "保单联系人手机变更为{mobile}，请帮忙修改",
        "家长电话{mobile}，孩子上课有情况请通知", "前台你好，订房人电话{mobile}，能不能延迟退房",
        "4S店吗？保养预约，电话{mobile}", "物业你好，楼上漏水，我电话{mobile}速回！！", "验证码一直收不到，手机是{mobile}啊",
        "手机号码{mobile}已经实名了，为什么还提示未认证", "我的新号码是{mobile}😊", "打我电话吧 {mobile}",
        "请问{mobile}这个号绑定的会员还在吗", "你们快递员打的{mobile}是我本人，不是骚扰", "换绑手机{mobile}，旧号不用了",
        "紧急联系人 母亲 {mobile}", "📞{mobile}（微信同号）", "call me {mobile} pls", "手机{mobile}，座机不一定有人接",
        "麻烦把发票寄出来，联系人手机{mobile}", "我的号还是{mobile}，没换", "sorry刚才号码打错了，是{mobile}",
        "电话:{mobile}", "师傅到楼下打{mobile}，我下来拿", "手几号{mobile}", "电化{mobile}，白天打", "{mobile}",
        "微信就是手机号{mobile}，直接搜", "办理携号转网，号码{mobile}", "话费充错了，充到{mobile}上了能退吗",
        "导游你好，我是明天一日游的，电话{mobile}，集合地点在哪", "体检报告出来请短信通知{mobile}",
        "phone{mobile}", "我手机号是{mobile}。", "号码【{mobile}】", "tel:{mobile}", "叫车的时候填的{mobile}，司机联系不上我",
        "租房的，看房请联系{mobile}", "我老公的手机{mobile}，他也可以签收", "这个{mobile}是我爸的，老人不会用微信",
    ],
    "landline": [
        "公司座机{landline}，工作时间有人接", "家里电话{landline}，白天老人在家", "发票上的电话写{landline}就行",
        "你们回电打{landline}，手机没信号", "开票信息：电话 {landline}", "单位电话（{landline}）找人事部",
        "门店固话：{landline}", "办理宽带移机，原座机号{landline}要保留", "座机 {landline}，要是没人接就打手机",
        "{landline} 这个是我们办公室的，有事打这个", "家里的座机{landline}，找我爸", "联系电话{landline}，上午9点后",
        "固定电话{landline}欠费停机了，怎么交", "我们公司电话是{landline}，对公转账后联系财务",
        "诊所电话{landline}，我们这边预约取消了", "电话：{landline}", "tel {landline} 找销售部", "我们仓库座机是{landline}，送货前打一下",
        "座机号码“{landline}”能不能开通来电显示", "坐机{landline}", "{landline}", "公司的号码{landline}，前台转我",
        "我们店电话{landline}，团购订单有问题打这个", "这个固话{landline}是我家的，一直有推销电话打进来",
        "学校宿管电话？不是，是我家座机{landline}", "投保单上留的家庭电话{landline}",
    ],
    "email": [
        "电子发票发我邮箱{email}", "邮箱：{email}，合同扫描件发这里", "简历已投，邮箱{email}，请查收回复",
        "成绩单请发到{email}谢谢老师", "{email} 是我注册账号用的邮箱", "订单确认函没收到，邮箱填的是{email}",
        "保险理赔材料我用{email}发过去了", "麻烦把对账单发邮箱（{email}）", "我的邮箱地址是“{email}”",
        "报价单发{email}就行", "邮件地址{email}。", "发我邮件吧 {email}", "登录账号{email}登录不上，显示密码错误",
        "行程单发到邮箱 {email}，公司报销用", "改一下邮箱，新的是{email}，旧的不用了", "Hi, my email is {email}",
        "{email}", "我个人邮箱{email}，入职材料发这里可以吗", "邮相{email}", "mail:{email}", "邮箱{email}收不到验证码",
        "发票抬头个人，邮箱[{email}]", "课件请发{email}，孩子网课用",
    ],
    "id_card": [
        "身份证号{id_card}，帮我查下保单", "实名认证身份证：{id_card}", "订机票要身份证吧，{id_card}",
        "挂号要身份证，我的是{id_card}", "入住人证件号{id_card}", "{id_card} 这是我身份证号，麻烦核实",
        "身份证号码（{id_card}）填错了一位能改吗", "开户的身份证是{id_card}，卡被冻结了", "孩子报名用的身份证号：{id_card}",
        "理赔需要被保险人身份证号吗？{id_card}", "身份证{id_card}，ETC办理", "公积金查询，身份证号{id_card}，请问余额多少",
        "我的证件号码：{id_card}，帮我看下社保缴了没有", "老人的身份证号是{id_card}，代办可以吗",
        "“{id_card}”这个身份证号下面有几个手机号？", "身份证号{id_card}。", "身份怔{id_card}", "{id_card}",
        "营业厅让我提供身份证号，{id_card}", "退票需要证件号吗 {id_card}", "idcard:{id_card}", "身份证【{id_card}】",
    ],
    "bank_card": [
        "退款退到这张卡{bank_card}", "银行卡号{bank_card}，开户行招商银行深圳分行", "工资卡{bank_card}被冻结了，怎么解冻",
        "理赔款打到{bank_card}，户名是我本人", "信用卡{bank_card}本期账单有一笔不认识", "这张卡{bank_card}怎么绑定不上",
        "卡号：{bank_card}", "{bank_card} 这张卡挂失一下，丢了", "收款账户{bank_card}（建设银行）", "学费从{bank_card}扣的，扣了两次",
        "自动还款卡换成{bank_card}", "我的借记卡号是「{bank_card}」", "提现到{bank_card}，三天了还没到",
        "对，就是尾号那张，完整卡号{bank_card}", "押金退回原卡{bank_card}吧", "银行卡好{bank_card}", "{bank_card}",
        "农行卡{bank_card}，退保的钱打这里", "卡号{bank_card}。", "补贴发到社保卡金融账户{bank_card}了吗",
    ],
    "qq": [
        "加我QQ{qq}，发文件方便", "QQ：{qq}", "我QQ号{qq}被盗了，怎么找回", "课程群进不去，我QQ是{qq}，拉我一下",
        "qq{qq}，上线就回", "老师，作业发QQ吧，{qq}", "QQ号码（{qq}）绑定的邮箱忘了", "游戏账号是QQ登录的，QQ{qq}，充值没到账",
        "我的QQ {qq}，备注订单号", "{qq}是我QQ，加好友备注售后", "QQ号:{qq}，麻烦远程协助", "QQ{qq}",
        "QQ号{qq}的会员怎么自动续费了", "扣扣{qq}", "QQ：“{qq}”",
    ],
    "wechat": [
        "加我微信{wechat}，发照片给你", "微信号：{wechat}", "我微信是{wechat}，备注退货", "{wechat} 这是我微信，搜不到就用手机号搜",
        "物业群拉我一下，微信{wechat}", "家长微信{wechat}，班主任请通过一下", "微信（{wechat}）已经加了你们客服，没通过",
        "导游说加微信{wechat}方便联系", "我的微信ID“{wechat}”", "微信号{wechat}，昵称是一只猫🐱", "微信{wechat}，加的时候备注保险",
        "搜微信号{wechat}就能找到我", "微性{wechat}", "徽信{wechat}", "wx {wechat}", "vx：{wechat}", "微信{wechat}",
        "代购的话加我微信{wechat}，朋友圈有实拍", "群里加不了，微信号【{wechat}】",
    ],
    "plate": [
        "车牌号{plate}，预约周六保养", "我车{plate}停在地库B2，被人刮了", "车牌{plate}，ETC扣费两次", "小区月卡续费，车牌是{plate}",
        "{plate} 这台车的保险什么时候到期", "违章查询：{plate}", "车险报案，车牌（{plate}），对方全责", "访客车辆{plate}请放行",
        "停车场出不去，牌照{plate}，显示未缴费", "洗车券用在{plate}上可以吗", "道路救援，车在高速上，车牌号码：{plate}",
        "新车上牌了，牌号{plate}，保单要改", "{plate}", "车牌{plate}。", "挪车！！{plate}挡住我了", "年检预约，车牌“{plate}”",
    ],
    "address": [
        "收货地址改成{address}", "送到{address}，放门口就行", "我家住{address}，楼上漏水", "外卖送{address}，到了打电话",
        "地址：{address}", "发票邮寄地址{address}", "上门安装地址是{address}，周末有人", "{address}，这个地址能配送吗",
        "换地址了，新地址（{address}）", "宽带装到{address}", "孩子在{address}住校，快递寄这里", "现住址：{address}",
        "户籍地址{address}，办社保卡要填吗", "麻烦上门取件，{address}", "药寄到{address}", "维修师傅请到{address}，门铃坏了请敲门",
        "房子是{address}的，物业费怎么交", "寄件人地址：{address}", "地扯{address}", "{address}", "送货到{address}。",
        "地址写错了，应该是“{address}”", "我住【{address}】", "家访地址{address}，老师几点到",
    ],
}

T_CUED: dict[str, list[str]] = {
    "mobile": ["{mobile!} 有事找我", "麻烦联系 {mobile!}，白天都在", "外卖小哥请 {mobile!}", "收货人信息：{mobile!}",
               "{mobile!}，打不通就发短信", "客户留言：{mobile!}，急", "更新联系方式 {mobile!}", "{mobile!}"],
    "landline": ["{landline!}，工作日", "联系方式 {landline!}", "对公联系人 {landline!}", "回拨 {landline!}", "{landline!}"],
    "email": ["{email!}，发这个", "联系方式：{email!}", "回复到 {email!} 谢谢", "{email!}"],
    "id_card": ["{id_card!}，请核对", "补充信息 {id_card!}", "乘车人 {id_card!}", "{id_card!}"],
    "bank_card": ["{bank_card!}，开户行工行", "退款请打 {bank_card!}", "收款信息 {bank_card!}", "{bank_card!}"],
    "qq": ["加我{qq!}", "{qq!}，有问题留言", "联系我：{qq!}", "我{qq!}，可以发图", "售后群加不了，直接加{qq!}",
           "方便的话{qq!}聊", "{qq!}"],
    "wechat": ["{wechat!} 加一下", "方便的话{wechat!}，细聊", "加我 {wechat!}，发你实拍", "售后联系{wechat!}", "{wechat!}",
               "老客户了，{wechat!} 有新款通知我", "发票照片我{wechat!}发你", "{wechat!}，备注：退款"],
    "plate": ["{plate!}，年检预约", "访客登记 {plate!}", "车辆信息 {plate!}", "{plate!}"],
    "address": ["{address!}，收件人本人", "麻烦改一下 {address!}", "{address!}", "新的 {address!}，旧的删掉"],
}

T_MULTI: list[str] = [
    "收件人电话{mobile}，地址{address}，周末送", "身份证{id_card}，手机{mobile}", "退款卡号{bank_card}，开户人身份证{id_card}",
    "{wechat!} 或者 {qq!} 都可以", "手机{mobile}（微信{wechat}），邮箱{email}", "车牌{plate}，车主电话{mobile}",
    "理赔资料：身份证{id_card}，收款卡{bank_card}，联系电话{mobile}", "开票：电话{landline}，邮箱{email}",
    "公司座机{landline}，手机{mobile}，都能找到我", "地址{address}，电话{landline}", "家长手机{mobile}，QQ{qq}，有事随时联系",
    "ETC办理：车牌{plate}，身份证{id_card}", "宽带报装：{address!}，{mobile!}", "{mobile}/{landline}", "访客{plate}，联系人{mobile}",
    "还款卡{bank_card}，短信发{mobile}", "加{wechat!}发定位，我在{address}", "简历：{email}，电话{mobile}",
    "租房合同写：乙方身份证{id_card}，现住{address}", "客服您好，我手机{mobile}、微信{wechat}、邮箱{email}，哪个方便用哪个",
    "机票改签，乘机人身份证{id_card}，通知{mobile!}", "报销打款：{bank_card!}；{email!}", "车辆{plate}在{address}门口被拖走了",
    "电话{mobile}；备用{landline}", "学生住{address}，家长QQ{qq}", "QQ{qq}/微信{wechat}", "{email}（{qq!}）",
    "售后寄回地址写{address}，收件电话{mobile}，单号我回头发", "保单联系人手机{mobile}，邮寄地址{address}，邮箱{email}",
    "订单号{#order_no}，收货电话改成{mobile}", "快递单号{#tracking_no}，收件人手机{mobile}", "退款{#amount}请打到{bank_card}",
    "预约{#datetime}保养，车牌{plate}", "验证码{#verify_code}发到旧号了，新号是{mobile}", "客服热线{#hotline}打不通，回我{mobile}",
    "{mobile!}，{address!}", "身份证：{id_card}\n银行卡：{bank_card}\n手机：{mobile}", "QQ邮箱{email}，QQ号{qq}",
    "物业登记：{address}，车位车牌{plate}，业主电话{mobile}", "开户名本人，卡号{bank_card}，预留手机{mobile}",
    "{wechat!}\n{mobile!}", "办公地址{address}，座机{landline}，邮箱{email}", "保单{#policy_no}，被保人身份证{id_card}",
    "房子{#room_layout}，在{address}，看房打{mobile}", "{plate!}，{landline!}", "酒店订单{#order_no}，入住人证件{id_card}，电话{mobile}",
]

T_NEAR: list[str] = [
    "订单号{#order_no}，什么时候发货？", "我的订单{#order_no}显示已签收但是没收到", "快递单号{#tracking_no}三天没更新了",
    "{#tracking_no} 这个单号查不到物流", "退款{#amount}什么时候到账", "实付{#amount}，优惠券没抵扣", "预约的是{#datetime}，能改期吗",
    "{#datetime}之前能送到吗", "买了{#quantity}，只到了一半", "型号{#product_model}，屏幕有坏点", "{#product_model}还有货吗",
    "优惠码{#coupon_code}用不了", "验证码是{#verify_code}吗？我收到的是这个", "取件码{#pickup_code}，柜子打不开",
    "取餐号{#pickup_code}，等了40分钟了", "会员号{#member_no}积分没到账", "打{#hotline}一直占线", "发票号码{#invoice_no}的发票作废了吗",
    "交易流水号{#luhn_fail_number}，钱扣了订单没成功", "业务受理编号{#id_checkfail_number}，进度怎么查", "APP版本{#version}闪退",
    "路由器后台{#ip}登录不上", "房子{#room_layout}，{#floor_area}，物业费怎么算", "邮编{#postcode}写对了吗", "用户ID{#user_id}，账号被封了",
    "UID {#user_id} 充值没到", "课程答疑QQ群{#qq_group}，进群备注班级", "关注公众号{#official_account}可以查进度",
    "手机IMEI {#imei}，保修查询", "车架号{#vin}，保养记录查一下", "序列号{#sn}，电脑在保修期吗", "我坐{#train_flight}，酒店能晚点入住吗",
    "坐{#bus_metro}能到你们店吗", "请到{#facility_location}取报告", "利率{#percentage}是年化吗", "给{#masked_mobile}发的短信我没收到",
    "用的{#card_tail}的卡付的", "系统里显示身份证{#masked_id}，是我本人", "链接{#url}打不开", "体温{#temperature}，可以去发热门诊吗",
    "条形码{#barcode}扫不出来", "开票用统一社会信用代码{#credit_code}", "电费户号{#utility_account}，缴费没到账",
    "{#seat}的乘客东西落车上了", "房间{#hotel_room}空调不制冷", "{#building_ref}电梯又坏了", "{#public_place}那家店还开吗",
    "准考证号{#exam_no}，成绩怎么查", "{#road_code}堵车了，晚点到", "分{#installment}期的话手续费多少", "排队号{#queue_no}，还要等多久",
    "{#amount}的话有点贵，能便宜点吗", "订单{#order_no}，{#amount}，申请退款", "物流{#tracking_no}，{#datetime}签收",
    "保单号{#policy_no}续保", "工单号{#ticket_no}处理到哪了", "车次/航班{#train_flight}晚点了，{#datetime}到", "客服电话{#hotline}转人工要等多久",
    "机器型号{#product_model}，固件{#version}", "充值{#amount}送{#amount}是真的吗", "合同编号{#contract_no}", "配送费{#amount}，满{#amount}免配送",
    "包裹重量{#weight}", "这个{#product_model}的尺寸是{#dimension}吗", "{#luhn_fail_number}这是我们的对账编号", "还款金额{#amount}，账单日{#datetime}",
    "报名费{#amount}，考场在{#facility_location}", "积分{#points}可以兑换什么", "您的验证码{#verify_code}，5分钟内有效，请勿泄露",
    "您的订单{#order_no}已出库，预计{#datetime}送达", "退货寄回后请提供单号，例如{#tracking_no}", "{#hotline}是你们官方电话吗？",
    "网关{#ip}，DNS怎么设置", "{#room_layout}的户型还有吗", "药品批号{#batch_no}", "快递柜编号{#pickup_code}", "这个套餐每月{#amount}，含{#data_quota}",
    "{#table_no}加菜", "孩子身高{#height}买多大码", "截图{#filename}发你了", "{#at_mention} 帮忙看下这个单", "WiFi名字{#wifi_ssid}连不上",
    "{#plate_prefix}的车能进小区吗", "{#area_code}打来的是你们吗？", "{#coarse_region}能配送吗", "批次号{#luhn_fail_number}退款失败",
    "资金流水{#luhn_fail_number}，请核对", "申请编号{#id_checkfail_number}审核中", "报案号{#id_checkfail_number}", "{#order_no}",
    "会员卡{#member_no}，余额{#amount}", "手机{#product_model}，{#version}系统", "订单{#order_no}用了优惠码{#coupon_code}",
    "{#datetime} {#train_flight}，一共{#quantity}行李", "{#public_place}取货，取件码{#pickup_code}", "您好，退款已原路返回{#card_tail}的卡，金额{#amount}",
    "话费余额{#amount}，{#data_quota}用完了", "新房{#floor_area}，{#room_layout}，装修报价多少", "预约{#facility_location}，{#datetime}",
    "宽带账号{#utility_account}，{#ip}", "IMEI：{#imei}，型号{#product_model}",
]


# ==========================================================================
# generation
# ==========================================================================

_SLOT = re.compile(r"\{(#?)([a-z_]+)(!?)\}")

PREFIXES = ["您好，", "你好 ", "亲，", "在吗？", "客服，", "hello，", "麻烦问下，", "急！", "喂 ", "你好呀～", "打扰了，"]
SUFFIXES = ["。", "～", "!", "！！", "😊", "🙏", "，谢谢", " 谢谢", "？", "哈", "👍", "[抱拳]", "。。。"]
TIGHT = ["😊", "🙏", "👍", "～", "!!", "[微笑]", "。"]


class _Decks:
    def __init__(self, r: random.Random):
        self.r = r
        self.decks: dict[tuple[str, bool], list[str]] = {}

    def draw(self, kind: str, cued: bool) -> str:
        key = (kind, cued)
        if not self.decks.get(key):
            deck = [n for n, (k, c, w, _) in FORMATS.items() if k == kind and c == cued for _ in range(w)]
            self.r.shuffle(deck)
            self.decks[key] = deck
        return self.decks[key].pop()


def _render(template: str, r: random.Random, decks: _Decks) -> tuple[str, list, list, list]:
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    i = 0
    for m in _SLOT.finditer(template):
        lit = template[i:m.start()]
        out.append(lit)
        pos += len(lit)
        near, name, cued = m.group(1), m.group(2), m.group(3)
        if near:
            v = NEAR[name](r)
            nears.append((name, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
        else:
            f = decks.draw(name, bool(cued))
            pre, val, post = FORMATS[f][3](r)
            out.append(pre)
            pos += len(pre)
            ents.append((name, pos, pos + len(val)))
            fmts.append(f)
            out.append(val + post)
            pos += len(val) + len(post)
        i = m.end()
    out.append(template[i:])
    return "".join(out), ents, fmts, nears


def _decorate(template: str, r: random.Random) -> tuple[str, str]:
    pre = suf = ""
    if not template.startswith("{") and r.random() < 0.3:
        pre = r.choice(PREFIXES)
    if not template.endswith("}"):
        if r.random() < 0.3:
            suf = r.choice(SUFFIXES)
    elif r.random() < 0.15:
        suf = r.choice(TIGHT)
    return pre, suf


def _row(template: str, r: random.Random, decks: _Decks) -> dict:
    pre, suf = _decorate(template, r)
    text, ents, fmts, nears = _render(template, r, decks)
    sh = len(pre)
    return {
        "text": pre + text + suf,
        "entities": [(k, s + sh, e + sh) for k, s, e in ents],
        "formats": fmts,
        "near_misses": [(k, s + sh, e + sh) for k, s, e in nears],
        "split": SPLIT,
    }


def make_blind3_corpus() -> pd.DataFrame:
    """Build the blind-3 corpus (deterministic)."""
    r = random.Random(SEED)
    decks = _Decks(r)
    rows: list[dict] = []
    counts: Counter = Counter()

    seen: set[str] = set()

    def fresh(pick: Callable[[], str]) -> dict:
        # a row whose text is not yet in the corpus (up to 20 tries)
        for _ in range(20):
            row = _row(pick(), r, decks)
            if row["text"] not in seen:
                break
        seen.add(row["text"])
        return row

    # 1. multi-PII sentences, each template three times
    for _ in range(3):
        for t in T_MULTI:
            row = fresh(lambda t=t: t)
            rows.append(row)
            counts.update(k for k, _, _ in row["entities"])

    # 2. single-PII sentences up to the quota of each kind
    for kind in KINDS:
        for _ in range(max(0, QUOTA[kind] - counts[kind])):
            rows.append(fresh(lambda kind=kind: r.choice(T_CUED[kind] if r.random() < 0.3 else T_SINGLE[kind])))

    # 3. near-miss sentences: every template in turn, shuffled per round
    n_near = 0
    while n_near < N_NEAR_SENTENCES:
        order = T_NEAR[:]
        r.shuffle(order)
        for t in order:
            if n_near >= N_NEAR_SENTENCES:
                break
            rows.append(fresh(lambda t=t: t))
            n_near += 1

    r.shuffle(rows)
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


# ==========================================================================
# self-checks
# ==========================================================================

_PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{4,6}[学港澳]?")


def _check_value(kind: str, v: str) -> None:
    if kind == "id_card":
        n = normalise(v)
        assert id_valid(n) or old_id_plausible(n), (kind, v)
    elif kind == "bank_card":
        n = normalise(v)
        assert n.isdigit() and 16 <= len(n) <= 19 and luhn_valid(n), (kind, v)
    elif kind == "mobile":
        n = normalise_digits(v)
        assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_HEADS, (kind, v)
    elif kind == "landline":
        n = normalise_digits(v)
        assert n.isdigit() and 7 <= len(n) <= 12, (kind, v)
    elif kind == "qq":
        n = normalise_digits(v)
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", (kind, v)
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v) or re.fullmatch(r"wxid_[a-z0-9]{14}", v), (kind, v)
    elif kind == "plate":
        assert _PLATE_RE.fullmatch(normalise(v)), (kind, v)
    elif kind == "email":
        assert re.search(r"(@|＠| at |\(at\)|\[at\]| AT |（at）|#|艾特|圈[aA]|\uff20)", v), (kind, v)
    elif kind == "address":
        assert len(v) >= 6 and re.search(r"[号室组舍栋座单元楼层]|\d{3,4}$|[一二三四五六七八九零〇]$", v), (kind, v)
    else:
        raise AssertionError(kind)
    assert v == v.strip(), (kind, repr(v))


def check_corpus(df: pd.DataFrame) -> None:
    """Assert the labelling invariants of the corpus (raises AssertionError)."""
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    for text, ents, fmts, nears in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(ents) == len(fmts)
        spans = sorted((s, e) for _, s, e in ents)
        for (kind, s, e), f in zip(ents, fmts):
            assert kind in KINDS, kind
            assert 0 <= s < e <= len(text), (text, s, e)
            assert FORMATS[f][0] == kind, (f, kind)
            _check_value(kind, text[s:e])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for nk, s, e in nears:
            assert nk in NEAR, nk
            assert 0 <= s < e <= len(text), (text, s, e)
            for s2, e2 in spans:
                assert e <= s2 or e2 <= s, ("near-miss overlaps entity", text)
            v = text[s:e]
            cands = {normalise(v)} | {m.group() for m in re.finditer(r"\d+", unicodedata.normalize("NFKC", v))}
            for c in cands:
                if re.fullmatch(r"\d+X?", c):
                    assert not _length_check_passes(c), ("near-miss passes a check", nk, v)
                    assert not id_valid(c), ("near-miss is a valid ID", nk, v)
    n_pii = sum(1 for e in df["entities"] if e)
    assert n_pii >= 800, n_pii
    assert len(df) - n_pii >= 700
    assert sum(len(e) for e in df["entities"]) >= 900


def corpus_counts(df: pd.DataFrame) -> dict:
    ents = Counter(k for es in df["entities"] for k, _, _ in es)
    nears = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f for fs in df["formats"] for f in fs)
    n_pii = sum(1 for e in df["entities"] if e)
    return {"entities": ents, "near_misses": nears, "formats": fmts, "pii_sentences": n_pii,
            "near_sentences": len(df) - n_pii}


if __name__ == "__main__":
    _df = make_blind3_corpus()
    check_corpus(_df)
    _c = corpus_counts(_df)
    print("rows", len(_df), "PII sentences", _c["pii_sentences"], "near-miss sentences", _c["near_sentences"])
    print("entities", sum(_c["entities"].values()), dict(_c["entities"].most_common()))
    print("near-miss spans", sum(_c["near_misses"].values()), len(_c["near_misses"]), "kinds", dict(_c["near_misses"].most_common()))
    print("formats", len(_c["formats"]), "of", len(FORMATS), "defined")
    print(dict(sorted(_c["formats"].items())))

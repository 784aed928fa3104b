"""Twenty-fourth blind PII corpus (``split == "blind24"``): rural e-commerce and agriculture WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十五位写手").  It read only: the
lines of ``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS`` (via grep), lines
1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only), and
a few dozen question titles of ``../shared/datasets/nonghang_zhidao/kb.csv`` (Agricultural Bank Q&A)
for phrasing.  It did NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, other corpora or tests, nor git history; it never imported ``toolkit`` and never ran a
masking/finding function on this data.  Values, contexts and labels are the writer's own idea of
what such an archive holds.

What is different here: THE COUNTRYSIDE.  Chats of county e-commerce service centres, seed /
fertiliser / feed dealers, pig, cattle, sheep and fruit buyers, cold-chain and rural logistics,
farm-machinery repairers and rural credit cooperatives.  Users are farmers and village shopkeepers,
often elderly or dialect-flavoured (俺 / 恁 / 额 / 嘎哈 / 要得 / 莫得 / 中不中), repeating a value
(``身份证号码是…身份证号码是…``), writing digits as Chinese words, or pasting a voice transcript with
ASR commas.  Addresses are mostly village addresses ending at the group: 村 + 组 (north and central
China), 社 (Sichuan, Chongqing, Hexi Gansu), 屯 (the north-east and Guangxi), 队 (Ningxia), with an
optional house number; also county-town estates (``3号楼2单元502``), township streets and market
stalls.  Bank cards are mostly 19-digit ABC / PSBC / CCB / ICBC / rural-credit debit cards for
subsidies and loans; ID numbers come with subsidy, loan, insurance and shop-registration talk; plates
are trucks, trailers (``豫P1234挂``) and cold-chain vans; landlines are county-town area codes with
7-digit locals (8 for capitals).  WeChat IDs given as a mobile number (``微信13838…``) are labelled
``wechat`` (format ``mobile_as_id``).  Near-misses are the theme's own numbers: prices per 斤 / 吨 /
袋, weights, 亩, head counts, dates (``15号``), livestock ear tags (15 digits, county code inside),
cooperative social-credit codes (93…), N-P-K ratios, seed varieties (郑单958), pesticide / feed /
seed licence numbers, truck lengths (9米6), cold-store temperatures, PDD / Taobao order numbers,
tracking numbers, WeChat-pay transaction numbers, weigh tickets, invoice numbers / codes, loan
contract numbers, hotlines (95599, 95580, 12316, 400/800), masked values, product IDs, pickup codes
(``8-3-2107``), and bare places (a county, a town, ``XX县电商服务中心``, ``XX镇农贸市场``) which are
not addresses.  A third of the rows are ordinary chat lines with no value and no near-miss.

Labels: a span holds the value only; ``+86`` / ``86-`` prefixes and landline extensions (``转806``,
``-806``, ``分机806``) are outside; separators inside (spaces, dashes, em-dash, ``·``, ASR commas,
parentheses round the area code) are inside.  An address runs from its first place unit (province,
city, county / 旗, town / 乡, village, estate, street) to its last unit (组 / 社 / 队 / 屯 / 号 / 室 /
单元 room number).  ID check digits (ISO 7064 MOD 11-2) and Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn, every 18-digit one fails the ID check, none is a
valid mobile.

Seed
----
``SEED = "blind24-2026-rural-ecommerce-第二十五位写手"``; everything comes from ``random.Random(SEED)``
over fixed tuples.  Each format is first forced ``FORCE_PER_FMT`` (4) times into distinct templates
holding its kind; the other values draw formats by weight (common writings dominate).

Layout
------
``make_blind24_corpus()`` returns one row per chat message with columns ``text``, ``entities``
(list of ``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq, wechat, plate,
address; no names), ``formats`` (one per entity, same order), ``near_misses`` (list of
``(near_kind, start, end)``) and ``split`` (``"blind24"``).  ``check_corpus(df)`` asserts the labels.

Counts (``python tests/privacy/pii_blind24.py``)
-----------------------------------------------
rows=2360, pii_rows=880, near_rows=660, plain_rows=820, entities=1353
(mobile 365, address 281, landline 130, bank_card 116, plate 104, id_card 100, qq 89, email 86,
wechat 82);
near-miss spans=1194 (1041 in near-miss rows), 30 kinds (place_only 121, weight 119, date_time 119,
amount 96, price 87, head_count 55, area 46, hotline 45, masked 41, invoice_no 36, license_no 31,
variety 31, order_no 29, temperature 29, npk_ratio 29, truck_spec 28, tracking_no 26, pickup_code 26,
product_id 22, bad_id 21, verify_code 21, ear_tag 21, bad_card 19, txn_no 18, contract_no 18,
weigh_ticket 17, model_no 15, credit_code 14, postal_code 9, invalid_mobile 5);
formats=66 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind24-2026-rural-ecommerce-第二十五位写手"
SPLIT = "blind24"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII = 880
N_NEAR = 660
N_PLAIN = 820
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- checksums / normalising
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"
_CN_DIG = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError(body)


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_CN_DIG.get(c, c) for c in v)
    return re.sub(r"[\s\-—·.,，。()（）]", "", v).upper()


def _cn_digits(s: str, yao: bool = False, zero: str = "零") -> str:
    m = {"0": zero, "1": "幺" if yao else "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六",
         "7": "七", "8": "八", "9": "九"}
    return "".join(m.get(c, c) for c in s)


def _cn_num(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def _fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# --------------------------------------------------------------------------- value pools
_MOB_PFX = (("13", "0123456789", 30), ("15", "0123456789", 22), ("18", "0123456789", 24), ("17", "3678", 6),
            ("19", "1389", 6), ("14", "57", 2), ("16", "6", 2))
_MOB_W = tuple(w for _, _, w in _MOB_PFX)

# (area code, local length); county-level and prefecture codes of farming regions
_AREA = (("0394", 7), ("0396", 7), ("0377", 7), ("0913", 7), ("0911", 7), ("0938", 7), ("0359", 7),
         ("0539", 7), ("0635", 7), ("0319", 7), ("0558", 7), ("0716", 7), ("0797", 7), ("0745", 7),
         ("0857", 7), ("0452", 7), ("0434", 7), ("0776", 7), ("0817", 7), ("0833", 7), ("0936", 7),
         ("0953", 7), ("0997", 7), ("0476", 7), ("0371", 8), ("0311", 8), ("0451", 8), ("0551", 8),
         ("0431", 8), ("029", 8), ("028", 8), ("023", 8), ("0731", 8), ("0531", 8), ("0871", 8))

# 6-digit county codes (province, prefecture, county) of farming counties
_ID_AREA = ("411627", "412722", "411323", "610526", "610629", "620522", "142729", "371321", "371522",
            "130533", "341221", "421023", "360722", "431226", "522427", "230221", "220322", "451022",
            "511321", "511424", "500236", "620723", "652922", "640324", "150430", "410922", "372922")

_BIN19 = ("622848", "622845", "621799", "622188", "623052", "621700", "622700", "621661", "622202", "621226",
          "623059", "621098", "622823")
_BIN16 = ("625996", "628268", "436742", "524047", "622836", "518710")
_PROV_ABBR = "豫豫豫冀鲁鲁晋陕陕甘皖湘鄂黑吉辽川川桂新云贵赣蒙宁渝"
_PLATE_L = "ABCDEFGHJKLMNPQRS"
_PLATE_X = "ABCDEFGHJKLMNPQRSTUVWXYZ"

_PY = ("nongzi", "guoyuan", "yangzhi", "liangyou", "pingguo", "xiaomai", "yumi", "nongji", "shucai", "dapeng",
       "niuyang", "shengzhu", "chengzi", "taozi", "mihoutao", "hetao", "dazao", "lajiao", "dasuan", "tudou",
       "nonghu", "hezuoshe", "jiayuan", "fengshou", "jinqiu", "laonong", "xiangcun", "tianyuan", "daliang")
_PY_SHORT = ("lj", "wjg", "zhy", "lsn", "cxm", "ygh", "zk", "hn", "sx", "gs", "ww", "xh", "lfq", "dmh")
_EMAIL_PY = ("nongzi", "guoyuan", "fengshou", "tianyuan", "laonong", "jinqiu", "xiangcun", "dapeng", "yangzhi",
             "pingguo", "hezuoshe", "nongji", "shucai", "liangyou")
_COMPANY_DOM = ("hnfengyuan.com", "sxguoye.cn", "lyshengtai.com", "tkdianshang.cn", "nyhezuoshe.com",
                "gsmiye.cn", "xfqichang.com", "jzxiaolongxia.cn")

_GEO = (
    ("河南省", "周口市", "太康县", ("马头镇", "朱口镇", "老冢镇", "高朗乡"), "组"),
    ("河南省", "驻马店市", "上蔡县", ("邵店镇", "黄埠镇", "杨集镇"), "组"),
    ("河南省", "南阳市", "西峡县", ("丁河镇", "双龙镇", "米坪镇"), "组"),
    ("陕西省", "渭南市", "蒲城县", ("罕井镇", "孙镇", "兴镇"), "组"),
    ("陕西省", "延安市", "洛川县", ("旧县镇", "黄章镇", "石头镇"), "组"),
    ("甘肃省", "天水市", "秦安县", ("兴国镇", "莲花镇", "郭嘉镇"), "组"),
    ("甘肃省", "张掖市", "临泽县", ("沙河镇", "板桥镇", "平川镇"), "社"),
    ("山西省", "运城市", "临猗县", ("临晋镇", "嵋阳镇", "猗氏镇"), "组"),
    ("山东省", "临沂市", "沂南县", ("岸堤镇", "孙祖镇", "青驼镇"), "组"),
    ("山东省", "聊城市", "莘县", ("燕店镇", "古云镇", "张鲁回族镇"), "组"),
    ("河北省", "邢台市", "威县", ("洺州镇", "梨园屯镇", "贺营镇"), "组"),
    ("安徽省", "阜阳市", "临泉县", ("杨桥镇", "姜寨镇", "鲖城镇"), "组"),
    ("湖北省", "荆州市", "监利市", ("新沟镇", "龚场镇", "毛市镇"), "组"),
    ("江西省", "赣州市", "信丰县", ("大塘埠镇", "安西镇", "嘉定镇"), "组"),
    ("湖南省", "怀化市", "麻阳苗族自治县", ("高村镇", "锦和镇", "兰里镇"), "组"),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ("草海镇", "金钟镇", "迤那镇"), "组"),
    ("内蒙古自治区", "赤峰市", "敖汉旗", ("新惠镇", "四家子镇", "贝子府镇"), "组"),
    ("新疆维吾尔自治区", "阿克苏地区", "温宿县", ("佳木镇", "托乎拉乡", "吐木秀克镇"), "组"),
    ("黑龙江省", "齐齐哈尔市", "龙江县", ("景星镇", "山泉镇", "七棵树镇"), "屯"),
    ("吉林省", "四平市", "梨树县", ("郭家店镇", "榆树台镇", "孟家岭镇"), "屯"),
    ("广西壮族自治区", "百色市", "田东县", ("平马镇", "林逢镇", "思林镇"), "屯"),
    ("四川省", "南充市", "南部县", ("升钟镇", "建兴镇", "大桥镇"), "社"),
    ("四川省", "眉山市", "丹棱县", ("杨场镇", "双桥镇", "张场镇"), "社"),
    ("重庆市", "", "奉节县", ("草堂镇", "白帝镇", "永乐镇"), "社"),
    ("宁夏回族自治区", "吴忠市", "同心县", ("豫海镇", "丁塘镇", "韦州镇"), "队"),
)
_VIL_N = ("前李村", "王庄村", "后杨楼村", "张营村", "东岗村", "刘寨村", "孙集村", "北街村", "大郭村", "小王庄村",
          "柳树沟村", "石桥村", "红旗村", "新民村", "太平村", "马庄村", "赵湾村", "高岭村", "南坡村", "杏园村")
_VIL_SW = ("观音村", "桂花村", "石河村", "双龙村", "青杠村", "柏林村", "白果村", "新华村", "三合村", "龙井村")
_VIL_NE = ("永胜村", "民主村", "新发村", "太平村", "长山村", "前进村", "胜利村", "东兴村")
_TUN_NE = ("张家屯", "前屯", "后屯", "三家子屯", "靠山屯", "王家窝堡屯", "李家屯", "腰屯")
_VIL_GX = ("那王村", "林驮村", "那拔村", "百渡村", "坡塘村")
_TUN_GX = ("那坡屯", "那莫屯", "陇怀屯", "百兰屯", "坡怀屯", "那林屯")
_ESTATE = ("阳光花园", "幸福家园", "康居小区", "锦绣城", "滨河苑", "和谐家园", "世纪名门", "东方小区", "富民新村",
           "移民安置小区", "惠民小区")
_STREET = ("建设路", "人民路", "解放路", "中心街", "新华街", "商贸街", "文化路", "迎宾大道", "东大街", "农机路")
_MARKET = ("农贸市场", "蔬菜批发市场", "农资大市场", "果品交易市场", "牲畜交易市场", "粮油市场")


def _mobile_digits(r: random.Random) -> str:
    p, third, _ = r.choices(_MOB_PFX, weights=_MOB_W)[0]
    return p + r.choice(third) + "".join(r.choice("0123456789") for _ in range(8))


def _id_digits(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        y = r.choices((r.randint(1948, 1965), r.randint(1966, 1985), r.randint(1986, 2004)), weights=(3, 5, 3))[0]
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        body = r.choice(_ID_AREA) + f"{y:04d}{m:02d}{d:02d}" + f"{r.randint(1, 999):03d}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def _card_digits(r: random.Random, n: int = 19) -> str:
    b = r.choice(_BIN19 if n == 19 else _BIN16)
    body = b + "".join(r.choice("0123456789") for _ in range(n - 1 - len(b)))
    return body + _luhn_digit(body)


def _g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------- formats: (name, weight, gen)
# every gen returns (prefix outside span, value, suffix outside span)
def _m_plain(r): return "", _mobile_digits(r), ""
def _m_space(r): m = _mobile_digits(r); return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
def _m_dash(r): m = _mobile_digits(r); return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
def _m_cc86(r): return r.choice(("+86 ", "+86", "86-", "+86-")), _mobile_digits(r), ""
def _m_asr(r): m = _mobile_digits(r); return "", f"{m[:3]}，{m[3:7]}，{m[7:]}", ""
def _m_cn(r): return "", _cn_digits(_mobile_digits(r), zero=r.choice("零〇")), ""
def _m_yao(r): return "", _cn_digits(_mobile_digits(r), yao=True), ""
def _m_fw(r): return "", _fw(_mobile_digits(r)), ""
def _m_sp74(r): m = _mobile_digits(r); return "", f"{m[:7]} {m[7:]}", ""


_MOBILE_F = (("plain_11", 64, _m_plain), ("space_344", 9, _m_space), ("dash_344", 4, _m_dash),
             ("plain_11_cc86", 3, _m_cc86), ("asr_comma_344", 2, _m_asr), ("cn_words", 1, _m_cn),
             ("voice_yao_words", 1, _m_yao), ("fullwidth", 1, _m_fw), ("space_74", 1, _m_sp74))


def _local(r, n): return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
def _l_dash(r): a, n = r.choice(_AREA); return "", f"{a}-{_local(r, n)}", ""
def _l_plain(r): a, n = r.choice(_AREA); return "", f"{a}{_local(r, n)}", ""
def _l_paren(r):
    a, n = r.choice(_AREA)
    return "", r.choice(("({}){}", "（{}）{}")).format(a, _local(r, n)), ""
def _l_space(r): a, n = r.choice(_AREA); return "", f"{a} {_local(r, n)}", ""
def _l_ext(r):
    a, n = r.choice(_AREA)
    return "", f"{a}-{_local(r, n)}", r.choice(("转", "转", "-", "分机")) + r.choice(("801", "806", "8012", "2", "6"))
def _l_cn(r): a, n = r.choice(_AREA); return "", _cn_digits(a + _local(r, n)), ""
def _l_local(r): return "", _local(r, 7), ""
def _l_dash_fw(r): a, n = r.choice(_AREA); return "", f"{a}—{_local(r, n)}", ""


_LANDLINE_F = (("dash", 52, _l_dash), ("plain", 14, _l_plain), ("paren", 8, _l_paren), ("space", 6, _l_space),
               ("dash_ext", 8, _l_ext), ("cn_words", 1, _l_cn), ("local_7_no_area", 3, _l_local),
               ("emdash", 1, _l_dash_fw))


def _i_plain(r): return "", _id_digits(r), ""
def _i_lower(r): return "", _id_digits(r, True).lower(), ""
def _i_space(r): s = _id_digits(r); return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
def _i_cn(r): return "", _cn_digits(_id_digits(r, False), zero=r.choice("零〇")), ""
def _i_asr(r): s = _id_digits(r, False); return "", f"{s[:6]}，{s[6:14]}，{s[14:]}", ""


_ID_F = (("plain_18", 80, _i_plain), ("lower_x", 6, _i_lower), ("space_6_8_4", 6, _i_space),
         ("cn_words", 1, _i_cn), ("asr_comma_6_8_4", 1, _i_asr))


def _b_19(r): return "", _card_digits(r, 19), ""
def _b_16(r): return "", _card_digits(r, 16), ""
def _b_sp(r): return "", _g4(_card_digits(r, r.choice((19, 19, 19, 16)))), ""
def _b_dash(r): return "", _g4(_card_digits(r, 19), "-"), ""
def _b_cn(r): return "", _cn_digits(_card_digits(r, 19)), ""
def _b_95(r):
    body = r.choice(("95599", "955998", "955880")) + ""
    body = body + "".join(r.choice("0123456789") for _ in range(18 - len(body)))
    return "", body + _luhn_digit(body), ""
def _b_sp64(r): s = _card_digits(r, 19); return "", f"{s[:6]} {s[6:]}", ""


_BANK_F = (("plain_19", 54, _b_19), ("plain_16", 8, _b_16), ("space_4", 20, _b_sp), ("dash_4", 1, _b_dash),
           ("cn_words", 1, _b_cn), ("plain_95_19", 3, _b_95), ("space_6_13", 1, _b_sp64))


def _qq_digits(r, lo, hi):
    n = r.randint(lo, hi)
    return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 1))
def _q_short(r): return "", _qq_digits(r, 6, 8), ""
def _q_long(r): return "", _qq_digits(r, 9, 10), ""
def _q_cn(r): return "", _cn_digits(_qq_digits(r, 7, 10)), ""
def _q_sp(r): s = _qq_digits(r, 9, 10); return "", f"{s[:4]} {s[4:]}" if r.random() < .5 else _g4(s), ""


_QQ_F = (("plain_6_8", 40, _q_short), ("plain_9_10", 50, _q_long), ("cn_words", 2, _q_cn), ("space_split", 2, _q_sp))


def _w_py(r):
    return "", r.choice(_PY) + r.choice(("", "_")) + r.choice((str(r.randint(1960, 2005)), str(r.randint(1, 999)),
                                                               r.choice(("666", "888", "520", "168", "8866")))), ""
def _w_wxid(r): return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
def _w_mob(r): return "", _mobile_digits(r), ""
def _w_us(r): return "", f"{r.choice(_PY_SHORT)}_{r.choice(_PY)}_{r.randint(1, 99)}", ""
def _w_up(r): return "", r.choice(_PY_SHORT).upper() + f"{r.randint(1960, 2003)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", ""
def _w_dash(r): return "", f"{r.choice(_PY_SHORT)}-{r.choice(_PY)}-{r.randint(1, 99)}", ""
def _w_qq(r): return "", _qq_digits(r, 8, 10), ""


_WECHAT_F = (("pinyin_digits", 40, _w_py), ("wxid", 10, _w_wxid), ("mobile_as_id", 18, _w_mob),
             ("pinyin_underscore", 10, _w_us), ("upper_initials_date", 5, _w_up), ("pinyin_dash", 5, _w_dash),
             ("qq_digits_as_id", 4, _w_qq))


def _e_qq(r): return "", _qq_digits(r, 6, 10) + "@qq.com", ""
def _e_163(r):
    return "", r.choice(_EMAIL_PY + _PY_SHORT) + r.choice(("", "_", "")) + str(r.randint(1, 2005)) + "@" + \
        r.choice(("163.com", "163.com", "126.com", "yeah.net")), ""
def _e_other(r):
    return "", r.choice((_mobile_digits(r), r.choice(_EMAIL_PY) + str(r.randint(60, 99)))) + "@" + \
        r.choice(("139.com", "sina.com", "sina.cn", "sohu.com")), ""
def _e_comp(r): return "", r.choice(("sales", "kefu", "service", "hr", r.choice(_PY_SHORT))) + "@" + r.choice(_COMPANY_DOM), ""
def _e_up(r): return "", _qq_digits(r, 7, 10) + "@QQ.COM", ""
def _e_fw(r): return "", _qq_digits(r, 7, 10) + "＠qq.com", ""
def _e_mobqq(r): return "", _mobile_digits(r) + "@163.com", ""


_EMAIL_F = (("qq_digits", 55, _e_qq), ("netease_pinyin", 18, _e_163), ("sina_139_sohu", 7, _e_other),
            ("company_domain", 7, _e_comp), ("upper_case", 2, _e_up), ("fullwidth_at", 1, _e_fw),
            ("mobile_at_163", 4, _e_mobqq))


def _pl_body(r, n=5):
    while True:
        s = [r.choice("0123456789") for _ in range(n)]
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            s[r.randrange(n)] = r.choice(_PLATE_X.replace("I", "").replace("O", ""))
        return "".join(s)
def _p_plain(r): return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L) + _pl_body(r), ""
def _p_dot(r): return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L) + "·" + _pl_body(r), ""
def _p_space(r): return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L) + " " + _pl_body(r), ""
def _p_gua(r): return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L) + "".join(r.choice("0123456789") for _ in range(4)) + "挂", ""
def _p_ne(r):
    d = "".join(r.choice("0123456789") for _ in range(5))
    return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L) + (r.choice("DF") + d if r.random() < .7 else d + r.choice("DF")), ""
def _p_lower(r): return "", r.choice(_PROV_ABBR) + r.choice(_PLATE_L).lower() + _pl_body(r).lower(), ""


_PLATE_F = (("plain_7", 58, _p_plain), ("dot_7", 12, _p_dot), ("space_7", 7, _p_space), ("trailer_gua", 9, _p_gua),
            ("new_energy_8", 6, _p_ne), ("lowercase", 1, _p_lower))


def _geo(r, style=None):
    g = [x for x in _GEO if style is None or x[4] == style]
    return r.choice(g)


def _grp(r, style, cn=None):
    n = r.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    if cn is None:
        cn = r.random() < .4
    return (_cn_num(n) if cn else str(n)) + style


def _vil(r, style):
    if style == "社":
        return r.choice(_VIL_SW)
    if style == "屯":
        return r.choice(_VIL_NE)
    return r.choice(_VIL_N)


def _tail(r, style, geo):
    """village + group (or 屯) + optional house number"""
    if style == "屯":
        if geo[0].startswith("广西"):
            return r.choice(_VIL_GX) + r.choice(_TUN_GX) + (f"{r.randint(1, 60)}号" if r.random() < .2 else "")
        return r.choice(_VIL_NE) + r.choice(_TUN_NE) + (f"{r.randint(1, 80)}号" if r.random() < .15 else "")
    return _vil(r, style) + _grp(r, style) + (f"{r.randint(1, 99)}号" if r.random() < .3 else "")


def _a_prov(r):
    g = _geo(r)
    return "", g[0] + g[1] + g[2] + r.choice(g[3]) + _tail(r, g[4], g), ""
def _a_city(r):
    g = _geo(r)
    while not g[1]:
        g = _geo(r)
    return "", g[1] + g[2] + r.choice(g[3]) + _tail(r, g[4], g), ""
def _a_county(r): g = _geo(r); return "", g[2] + r.choice(g[3]) + _tail(r, g[4], g), ""
def _a_town(r): g = _geo(r); return "", r.choice(g[3]) + _tail(r, g[4], g), ""
def _a_vil(r):
    g = _geo(r)
    while g[4] == "屯":
        g = _geo(r)
    return "", _tail(r, g[4], g), ""
def _a_tun(r): g = _geo(r, "屯"); return "", r.choice(("", g[2])) + r.choice(g[3]) + _tail(r, "屯", g), ""
def _a_she(r): g = _geo(r, "社"); return "", r.choice(("", g[2], g[2])) + r.choice(g[3]) + _tail(r, "社", g), ""
def _a_estate(r):
    g = _geo(r)
    b, u, fl, rm = r.randint(1, 18), r.randint(1, 4), r.randint(1, 18), r.randint(1, 4)
    unit = r.choice((f"{b}号楼{u}单元{fl}0{rm}", f"{b}栋{u}单元{fl}0{rm}室", f"{b}号楼{u}单元{fl}0{rm}室",
                     f"{b}-{u}-{fl}0{rm}", f"{b}幢{u}单元{fl}0{rm}"))
    return "", g[2] + r.choice(("", "城关镇")) + r.choice(_ESTATE) + unit, ""
def _a_street(r):
    g = _geo(r)
    return "", r.choice(("", g[2])) + r.choice(g[3]) + r.choice(_STREET) + f"{r.randint(1, 320)}号", ""
def _a_market(r):
    g = _geo(r)
    return "", r.choice(("", g[2])) + r.choice(g[3]) + r.choice(_MARKET) + r.choice(("", "A区", "B区", "东区", "二排")) + \
        f"{r.randint(1, 88)}号", ""
def _a_spaced(r):
    g = _geo(r)
    while not g[1] or g[4] == "屯":
        g = _geo(r)
    return "", " ".join((g[0], g[1], g[2], r.choice(g[3]), _tail(r, g[4], g))), ""
def _a_cnnum(r):
    g = _geo(r, "组")
    return "", r.choice(("", g[2])) + r.choice(g[3]) + _vil(r, "组") + _grp(r, "组", True) + _cn_num(r.randint(1, 99)) + "号", ""
def _a_dui(r):
    g = _geo(r, "队")
    return "", r.choice(("", g[2], g[1] + g[2])) + r.choice(g[3]) + r.choice(_VIL_N) + _grp(r, "队"), ""


_ADDRESS_F = (("prov_city_county_village", 16, _a_prov), ("city_county_village", 8, _a_city),
              ("county_town_village", 18, _a_county), ("town_village", 14, _a_town), ("village_group", 10, _a_vil),
              ("northeast_guangxi_tun", 5, _a_tun), ("southwest_she", 6, _a_she), ("county_estate_unit", 8, _a_estate),
              ("town_street_no", 7, _a_street), ("market_stall", 4, _a_market), ("spaced_label", 3, _a_spaced),
              ("cn_numerals_voice", 1, _a_cnnum), ("northwest_dui", 2, _a_dui))

_FMT_TABLES = (("mobile", _MOBILE_F), ("landline", _LANDLINE_F), ("id_card", _ID_F), ("bank_card", _BANK_F),
               ("qq", _QQ_F), ("wechat", _WECHAT_F), ("email", _EMAIL_F), ("plate", _PLATE_F), ("address", _ADDRESS_F))
_FMT = dict(_FMT_TABLES)


# --------------------------------------------------------------------------- near-miss generators
def _digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _no_luhn(r, n, first="123456789"):
    while True:
        s = _digits(r, n, first)
        if not _luhn_ok(s):
            return s


def _n_price(r):
    return r.choice((f"{r.randint(0, 3)}.{r.randint(5, 99):02d}元", f"{r.randint(1, 4)}块{r.randint(1, 9)}",
                     f"{r.randint(2, 4)}.{r.randint(1, 9)}元/斤", f"{r.randint(2600, 3900)}元/吨", f"{r.randint(95, 260)}一袋",
                     f"{r.randint(7, 18)}.{r.randint(1, 9)}一斤", f"{r.randint(1, 9)}毛{r.randint(1, 9)}"))
def _n_amount(r):
    return r.choice((f"{r.randint(2, 300) * 100}元", f"{r.randint(1, 50)}万", f"{r.randint(3, 30)}.{r.randint(1, 9)}万",
                     f"¥{r.randint(1, 99)},{r.randint(0, 999):03d}.00", f"{r.randint(100, 9999)}.{r.randint(0, 99):02d}元",
                     f"{r.randint(1, 9)}千{r.randint(1, 9)}"))
def _n_weight(r):
    return r.choice((f"{r.randint(1, 35)}吨", f"{r.randint(1, 30)}.{r.randint(1, 9)}吨", f"{r.randint(180, 3600)}斤",
                     f"{r.randint(20, 120)}公斤", f"{r.randint(230, 320)}斤左右"))
def _n_area(r): return r.choice((f"{r.randint(2, 300)}亩", f"{r.randint(1, 30)}.{r.randint(1, 9)}亩", f"{r.randint(2, 60)}个大棚"))
def _n_date(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 28)}号", f"202{r.randint(3, 5)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
                     f"{r.randint(1, 12)}.{r.randint(1, 30)}", f"下午{r.randint(1, 5)}点半", f"早上{r.randint(5, 9)}点",
                     f"{r.randint(6, 21)}:{r.choice(('00', '30', '15', '45'))}", f"腊月{_cn_num(r.randint(11, 29))}"))
def _n_order(r):
    return r.choice((f"{r.randint(23, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 15)}",
                     _no_luhn(r, 19), _digits(r, 12), f"DD{_digits(r, 14)}"))
def _n_track(r):
    return r.choice(("YT" + _digits(r, 13, "6789"), "JT" + _digits(r, 13, "5"), "SF" + _digits(r, 13), "78" + _digits(r, 12, "0123456789"),
                     "98" + _digits(r, 11, "0123456789"), "43" + _digits(r, 11, "0123456789"), "1" + _digits(r, 12, "0123456789")))
def _n_hotline(r):
    return r.choice(("95599", "95580", "12316", "12345", "96288", f"400-{_digits(r, 3, '6789')}-{_digits(r, 4)}",
                     f"400{_digits(r, 7)}", f"800-{_digits(r, 3, '8')}-{_digits(r, 4)}", "12316", "95599"))
def _n_badcard(r):
    while True:
        s = _no_luhn(r, r.choice((16, 18, 19, 19)), "123456789")
        if not _id_ok(s):
            return s
def _n_badid(r):
    while True:
        s = _id_digits(r)
        s = s[:17] + r.choice([c for c in "0123456789X" if c != s[17]])
        if not _id_ok(s) and not (s.isdigit() and _luhn_ok(s)):
            return s
def _n_eartag(r): return r.choice("123") + r.choice(_ID_AREA) + _digits(r, 8, "0")
def _n_credit(r):
    return "93" + r.choice(_ID_AREA) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + \
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
def _n_masked(r):
    return r.choice((f"{_digits(r, 3, '135789')}****{_digits(r, 4, '0123456789')}", f"尾号{_digits(r, 4, '0123456789')}",
                     f"6228 **** **** {_digits(r, 4, '0123456789')}", f"{r.choice(_ID_AREA)}********{_digits(r, 4, '0123456789')}",
                     f"{r.choice(_ID_AREA)[:4]}**********{_digits(r, 3, '0123456789')}X", f"****{_digits(r, 4, '0123456789')}"))
def _n_model(r):
    return r.choice(("东方红LX1004", "雷沃M1504-5", "4LZ-8B1", "久保田688Q", "约翰迪尔1204", "沃得4LZ-7.0", "中联谷王TB80",
                     "五征MK1004", "3WWDZ-16A无人机", "大疆T40", "1GQN-230旋耕机", "2BMYF-4玉米播种机"))
def _n_variety(r):
    return r.choice(("郑单958", "登海605", "济麦22", "先玉335", "百农207", "中麦895", "京科968", "迪卡517", "宜香优2115",
                     "秦脆", "晶两优534", "隆平206"))
def _n_npk(r): return r.choice(("15-15-15", "28-6-6", "18-18-18", "17-17-17", "26-10-12", "20-10-10", "46%"))
def _n_license(r):
    return r.choice((f"PD{r.randint(2008, 2022)}{_digits(r, 4, '0123456789')}", f"豫饲证({r.randint(2018, 2023)}){_digits(r, 5, '0')}",
                     f"国审玉{r.randint(2015, 2023)}{_digits(r, 4, '0')}", f"SC{_digits(r, 14)}",
                     f"鲁农种生许字({r.randint(2018, 2023)})第{_digits(r, 4, '0')}号"))
def _n_postal(r): return r.choice(("461400", "463100", "474550", "715500", "727400", "741600", "044100", "276300", "252400",
                                   "054700", "236400", "433300", "341600", "419400", "553100", "161100", "136500", "531500", "637300"))
def _n_verify(r): return _digits(r, r.choice((4, 6, 6)), "0123456789")
def _n_pickup(r): return r.choice((f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1001, 6999)}", f"{r.randint(1, 9)}-{r.randint(1000, 9999)}",
                                   _digits(r, 6, "0123456789"), f"A{r.randint(1, 30)}-{r.randint(100, 999)}"))
def _n_truck(r): return r.choice(("9米6", "4米2", "6米8", "13米", "17米5", "4.2米", "9.6米", "7米6", "17.5米"))
def _n_temp(r): return r.choice(("-18℃", "零下18度", "0-4℃", "2到5度", "-25度", "零上3度"))
def _n_place(r):
    g = _geo(r)
    return r.choice((g[2] + r.choice(g[3]), g[2], r.choice(g[3]), g[2] + "电商服务中心", r.choice(g[3]) + r.choice(_MARKET),
                     g[1] + g[2] if g[1] else g[2], g[2] + "农信社", r.choice(g[3]) + "邮政网点", g[2] + "冷链物流园"))
def _n_product(r): return _digits(r, r.choice((9, 10, 11, 12)), "23456789")
def _n_txn(r): return "42000" + _digits(r, 23, "0123456789")
def _n_weigh(r): return r.choice((f"BD{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, 3, '0123456789')}",
                                  _digits(r, 8, "0123456789"), f"No.{_digits(r, 7, '0')}"))
def _n_count(r): return r.choice((f"{r.randint(3, 300)}头", f"{r.randint(2, 90)}只羊", f"{r.randint(10, 500)}箱", f"{r.randint(2, 80)}袋",
                                  f"{r.randint(500, 20000)}只鸡苗", f"{r.randint(2, 40)}车"))
def _n_invoice(r): return r.choice((_digits(r, 8, "0123456789"), "2" + _digits(r, 19, "0123456789"), f"0{_digits(r, 11, '3456')}"))
def _n_contract(r): return r.choice((f"NX{r.randint(2021, 2025)}-{_digits(r, 4, '0')}", f"HT-{r.randint(2022, 2025)}{_digits(r, 5, '0')}",
                                     f"农信贷字第{_digits(r, 6, '0123456789')}号"))
def _n_invalid_mobile(r): return r.choice(("1" + _digits(r, 10, "012"), _digits(r, 10, "1") , "1" + _digits(r, 11, "3578")))


_NEAR = {
    "price": _n_price, "amount": _n_amount, "weight": _n_weight, "area": _n_area, "date_time": _n_date,
    "order_no": _n_order, "tracking_no": _n_track, "hotline": _n_hotline, "bad_card": _n_badcard,
    "bad_id": _n_badid, "ear_tag": _n_eartag, "credit_code": _n_credit, "masked": _n_masked, "model_no": _n_model,
    "variety": _n_variety, "npk_ratio": _n_npk, "license_no": _n_license, "postal_code": _n_postal,
    "verify_code": _n_verify, "pickup_code": _n_pickup, "truck_spec": _n_truck, "temperature": _n_temp,
    "place_only": _n_place, "product_id": _n_product, "txn_no": _n_txn, "weigh_ticket": _n_weigh,
    "head_count": _n_count, "invoice_no": _n_invoice, "contract_no": _n_contract, "invalid_mobile": _n_invalid_mobile,
}

# --------------------------------------------------------------------------- templates
# {kind} = a value of that kind, {=kind} = the previous value of that kind repeated, {~near} = a near-miss
PII_TEMPLATES = (
    # --- seed / fertiliser / feed dealers
    "老板，给俺送十袋复合肥到{address}，电话{mobile}",
    "二铵{~price}一袋是吧，送到{address}，到了打我电话{mobile}",
    "种子到了没？地址{address}，手机{mobile}",
    "{address}\n{mobile}\n要{~variety}玉米种子20袋",
    "俺要的{~npk_ratio}那个肥，送{address}，电话{mobile}，到村口喊一声就行",
    "地址：{address}\n电话：{mobile}\n货：尿素{~head_count}",
    "饲料还是送老地方 {address} 电话没变{mobile}",
    "师傅你好 我是上回买猪饲料的 这回换地方了 送{address}吧 电话{mobile}",
    "麦种啥时候到啊，我在{address}，你到了打{mobile}，打不通打我家里座机{landline}",
    "农药钱我转你卡上了，你看下到没到，我卡尾号{~masked}，有事打{mobile}",
    "你把货款打到我这个卡上 {bank_card} 农行的",
    "对公不方便的话打我个人卡{bank_card}，邮政的",
    "卡号{bank_card}\n开户行：县农商银行营业部",
    "化肥钱{~amount}，打到{bank_card}这张卡，打完截个图发我",
    "肥料厂家开票要邮箱，发{email}就行",
    "门市部电话{landline}，手机{mobile}，24小时有人",
    "{mobile}这是我们经销部的电话，要货提前一天说",
    "你好，俺是{address}那个种大棚的，上回你给我留的电话{mobile}打不通",
    "要种子加我微信{wechat}，我把今年的品种发你看",
    "微信号{wechat}，加的时候备注买化肥的",
    "俺不会弄微信 你打电话吧{mobile}",
    "给我寄点菜种子样品，{address}，{mobile}",
    # --- livestock / fruit buyers
    "收猪的老板，俺家有{~head_count}，出栏{~weight}左右，在{address}，来的时候打{mobile}",
    "苹果今年{~price}收不收？我在{address}，微信{wechat}",
    "车牌{plate}，明天早上六点到{address}装苹果",
    "拉牛的车{plate}已经出发了，司机电话{mobile}",
    "货车{plate}到冷库门口了，磅单上写的{~weight}",
    "收橙子的车是{plate}，到{address}路口等",
    "你到了打我电话哈 {mobile}   地方是{address}",
    "俺家羊在{address}，{~weight}一只，你来看看价钱合适就卖",
    "装车的是{plate}和{plate}两台车，司机一个{mobile}一个{mobile}",
    "猕猴桃果园在{address}，老板来之前打{mobile}",
    "收购款打这个卡{bank_card}，{~amount}，别打错了",
    "刚才那车货{~weight}，钱打我卡上{bank_card}",
    "鸡蛋收不收 我这有{~head_count} 在{address} 电话{mobile}",
    "大蒜价钱咋样？俺这有{~weight}，电话{mobile}，微信同号",
    "老板你微信多少？我加你 我的是{wechat}",
    "车号{plate} 拉的是活羊 在高速口被拦了 快打{mobile}",
    # --- cold chain and logistics
    "快递到镇上了，收件地址{address}，电话{mobile}，取件码{~pickup_code}",
    "寄件人：{mobile}\n收件地址：{address}",
    "冷链车{plate}，司机{mobile}，预计{~date_time}到",
    "物流公司座机{landline}，有事打这个",
    "县物流园调度电话{landline}，车牌号{plate}",
    "订单上的地址写错了，应该是{address}，电话{mobile}",
    "改一下收货地址：{address}",
    "收货地址{address}收货电话{mobile}",
    "{address}，{mobile}，放村口小卖部就行",
    "{mobile}\n{address}\n到了放门口",
    "要{~truck_spec}的车，拉{~weight}，装货地址{address}，电话{mobile}",
    "冷库在{address}，车到了打门卫室电话{landline}",
    "挂车{plate}，车头是{plate}，后天到{address}",
    "收件人电话{mobile}，备用{mobile}",
    "司机的电话是{mobile}吗？我打了两回没人接",
    "这车{plate}是你们公司的不？在俺村口停一天了",
    "快递员说地址不详 我再发一遍 {address} 电话{mobile}",
    "村里快递点电话{landline}，地址{address}",
    "物流单上写的{landline}，是你们县城那个网点吧",
    # --- county e-commerce service centre
    "电商服务中心的座机{landline}，上班时间打",
    "开网店要邮箱，我用QQ邮箱{email}行不行",
    "我QQ是{qq}，把培训资料发我QQ上",
    "加一下我微信{wechat}，我把商品图片发给你",
    "小程序上绑的手机号{mobile}，登不上去了",
    "店铺后台注册邮箱{email}，密码忘了咋弄",
    "直播间那个号是拿我{mobile}注册的",
    "实名认证要身份证号，{id_card}，手机号{mobile}",
    "开店资料：身份证{id_card}\n结算卡{bank_card}\n联系电话{mobile}\n发货地址{address}",
    "扣扣{qq}，有事在扣扣上留言",
    "你加我扣扣吧{qq}，手机上微信满了",
    "企鹅号{qq}，验证写电商培训",
    "培训的课件发我邮箱 {email} 谢谢老师",
    "老师我邮箱是{email}，上回那个表格没收到",
    "QQ：{qq}\n邮箱：{email}",
    "我的QQ邮箱就是QQ号后面加qq.com，{email}",
    "店铺绑定的收款卡换了，新卡{bank_card}",
    "拼多多店铺客服电话填的{mobile}，顾客老打过来",
    "服务站的电话是{landline}，站长手机{mobile}",
    "合作社公众号后台登录邮箱{email}，微信{wechat}",
    "发货地址写的{address}，退货地址也是这个",
    "淘宝店的退货地址改成{address}，联系人电话{mobile}",
    "网店上的电话写{landline}还是写手机{mobile}好？",
    "{qq}这是我QQ号，你加下",
    "我没邮箱，用我闺女的{email}行吗",
    "QQ号{qq}，微信号{wechat}，都能找到我",
    # --- agricultural machinery
    "拖拉机坏地里了，在{address}地头，师傅快来，我电话{mobile}",
    "农机站电话是{landline}还是{landline}？",
    "收割机拉过来的板车是{plate}，司机电话{mobile}",
    "俺的是{~model_no}，液压不行了，上门修，地址{address}",
    "修理铺搬到{address}了，电话{landline}",
    "农机补贴申请，身份证{id_card}，补贴打到{bank_card}",
    "无人机飞防预约，{~area}小麦，地在{address}，电话{mobile}",
    "师傅手机多少？打{landline}没人接",
    "配件发物流了，{~tracking_no}，到了打{mobile}",
    "机子是{plate}那辆车拉走的",
    "维修站微信{wechat}，发视频过来看看啥毛病",
    # --- rural credit cooperative / subsidies / loans
    "你好，办耕地地力补贴要登记身份证，我的是{id_card}",
    "身份证号{id_card} 补贴卡号{bank_card}",
    "{id_card}\n这是俺爹的身份证号，帮查下今年补贴到没到",
    "补贴打到哪张卡上了？我卡号{bank_card}，身份证{id_card}",
    "贷款要的材料：身份证号码{id_card}，手机{mobile}，家庭住址{address}",
    "身份证号码是{id_card}身份证号码是{=id_card}",
    "信用社贷款那个表我填好了，身份证{id_card}，电话{mobile}，住{address}",
    "还款卡号{bank_card}，到期日是{~date_time}，本金{~amount}",
    "经理你好，我是{address}的，想贷{~amount}买收割机，电话{mobile}",
    "俺娘的社保卡号{bank_card}，身份证{id_card}，帮忙看看养老金到了没",
    "信用社的电话{landline}，打了没人接",
    "客户经理你好 我的卡{bank_card}被冻结了 咋回事",
    "低保的钱打到{bank_card}这个卡上的吗",
    "我身份证{id_card}，手机号换了，新的是{mobile}",
    "帮我查一下{id_card}名下有几张卡",
    "身份证号：{id_card}\n银行卡号：{bank_card}\n预留手机号：{mobile}",
    "玉米生产者补贴表：{id_card} {bank_card} {mobile}",
    "俺家那口子的身份证号{id_card}，俺的{id_card}",
    "卡号是{bank_card}卡号是{=bank_card}",
    "一卡通 {bank_card}",
    "邮政的存折卡号{bank_card}，补贴进的这个",
    "贷款审批下来打{mobile}通知俺，座机{landline}也行",
    "保险理赔材料发这个邮箱{email}，身份证号{id_card}",
    "养殖保险 耳标{~ear_tag} 投保人身份证{id_card}",
    "你好，我在{address}，麻烦帮我开个户，身份证{id_card}",
    "农户信息：{address}，{id_card}，{mobile}，{~area}",
    # --- voice-typed / elderly / dialect
    "喂你听得见不 我的电话是{mobile}你记一下",
    "俺的手机号{mobile}俺的手机号{=mobile}记住了没",
    "我是{address}的那个老汉 你给我打电话{mobile}",
    "电话{mobile} 俺不识字 你打电话说",
    "额是{address}滴 电话{mobile} 苹果有{~head_count}",
    "恁把东西捎到{address}中不中",
    "俺家住{address}，你来了问谁都知道",
    "得劲儿 货收到了 下回还找你 我微信{wechat}",
    "嘎哈呢 我那车{plate}啥时候能修好",
    "要得 你明天送到{address}嘛 电话{mobile}",
    "莫得问题 钱转到{bank_card} 是我儿子的卡",
    "你打这个{mobile}这是我孙子的他会弄",
    "我家座机{landline}手机老没信号",
    "我孙女的扣扣{qq}，你把单子发她",
    "身份证{id_card}，俺老伴的，她不会弄手机",
    # --- misc multi-value / emoji
    "📍{address}\n📞{mobile}",
    "地址：{address}\n电话：{mobile}\n微信：{wechat}",
    "联系人手机{mobile}/座机{landline}",
    "🚚{plate} 已到{address}",
    "👉{wechat}👈加我",
    "我这边电话{mobile}，QQ{qq}，邮箱{email}",
    "车牌{plate} 拉的{~weight} 过磅单号{~weigh_ticket}",
    "手机{mobile}（微信同号）",
    "老板，{mobile} 这个号加不上微信，你微信多少",
    "这是我的新号{mobile}，旧号不用了",
    "你好 刚才打你{mobile}没人接",
    "{plate}这车今天去{address}拉西瓜",
    "合作社账户不能用了，先打到社长个人卡{bank_card}上",
    "邮箱{email}，合同扫描件发这个",
    "微信搜{wechat}就能加上",
    "QQ群满了，加我个人QQ{qq}",
    "你那是座机还是手机？{landline}这个我打了是空号",
    "县农技推广站{landline}，有病虫害打这个",
    "乡兽医站电话{landline}，猪拉稀赶紧打",
    "村委会座机{landline}，有事找文书",
    "QQ{qq}",
    "老师，我QQ号{qq}，群里加不上",
    "扣扣号是{qq}，头像是个苹果",
    "你QQ多少？我的{qq}，拉你进果农群",
    "qq {qq} 文件传这上面，微信传不了大文件",
    "邮箱也行QQ也行，QQ{qq}，邮箱{email}",
    "我外甥帮我弄的网店，他扣扣{qq}，你跟他说",
    "营业执照照片发我邮箱{email}吧",
)

NEAR_TEMPLATES = (
    "玉米今天{~price}，比昨天涨了两分",
    "小麦收购价{~price}，水分要在13以下",
    "订单号{~order_no}，啥时候发货啊",
    "快递单号{~tracking_no}，查不到物流",
    "{~tracking_no} 这个件到哪了",
    "有问题打{~hotline}，农行客服",
    "三农热线{~hotline}可以咨询种植技术",
    "钱打到你卡上了，{~masked}，注意查收",
    "耳标号{~ear_tag}的那头牛打过疫苗了",
    "合作社统一社会信用代码{~credit_code}",
    "交易流水号{~bad_card}，到现在没到账",
    "{~date_time}到{~place_only}集上拉货",
    "{~npk_ratio}的复合肥{~price}一袋",
    "种的{~variety}，亩产{~weight}",
    "包了{~area}地，一共{~amount}",
    "冷库温度调到{~temperature}",
    "要{~truck_spec}的车，拉{~weight}，到{~place_only}",
    "验证码{~verify_code}，别告诉别人",
    "你的取件码{~pickup_code}，到{~place_only}取",
    "农药登记证号{~license_no}，正规厂家的",
    "{~place_only}邮编是{~postal_code}吧",
    "商品ID {~product_id} 链接打不开",
    "微信支付交易单号{~txn_no}，退款还没到",
    "磅单号{~weigh_ticket}，{~weight}",
    "补贴发放批次号{~bad_id}，村里统一报的",
    "{~masked}这是我手机号，中间的我就不写了",
    "{~place_only}的仓库{~date_time}开门",
    "猪价{~price}了，还跌不跌",
    "一共{~head_count}，{~amount}，明天结账",
    "发票号码{~invoice_no}，抬头写合作社",
    "借款合同编号{~contract_no}，{~amount}，{~date_time}到期",
    "你发的{~invalid_mobile}这个号不对吧，少一位",
    "{~model_no}的配件有没有",
    "{~model_no}现在啥价？{~amount}能拿下不",
    "预约{~date_time}打药，{~area}",
    "今年{~variety}卖得好，{~price}",
    "到{~place_only}了没？司机说{~date_time}到",
    "客服电话{~hotline}一直占线",
    "兽药批号{~license_no}，{~date_time}生产的",
    "冷链车要求{~temperature}，一趟{~amount}",
    "{~masked}那张卡是不是挂失了",
    "物流{~tracking_no}，{~head_count}，签收一下",
    "拼单的订单{~order_no}还没到，在{~place_only}卡住了",
    "{~date_time}{~place_only}有农机展",
    "这批货的批次号{~bad_card}，有质量问题找厂家",
    "我家{~area}苹果，今年能下{~weight}",
    "土鸡蛋{~price}，{~head_count}起送",
    "过磅{~weight}，扣杂{~weight}，按{~price}算",
    "验证码是{~verify_code}吗？我念给你",
    "{~place_only}那个网点{~date_time}关门",
    "地址就在{~place_only}，到了再问",
    "宝贝ID{~product_id}，帮我上个架",
    "收款{~amount}，流水号{~txn_no}",
    "{~credit_code}是我们合作社的代码，开票用这个",
    "牛耳标{~ear_tag}和{~ear_tag}这两头卖了",
    "打{~hotline}问问补贴啥时候发",
    "发货{~date_time}，单号{~tracking_no}",
    "种子审定编号{~license_no}，{~variety}",
    "一亩地用{~npk_ratio}的肥{~weight}就够",
    "买了{~head_count}，一共{~amount}，优惠了{~amount}",
    "申请单号{~bad_id}，帮我看看审核到哪了",
    "{~truck_spec}高栏，{~amount}一趟",
    "提货码{~pickup_code}",
    "电商中心在{~place_only}，{~date_time}培训",
    "冻库{~temperature}，放了{~weight}苹果",
    "{~date_time}前付款，{~price}",
    "退款{~amount}，{~date_time}到账",
    "售后电话{~hotline}，工作日打",
    "{~masked}是你不？给你打了好几遍",
    "发票代码{~invoice_no}，号码{~invoice_no}",
    "今年{~area}玉米全卖了，{~price}",
    "贷款合同号{~contract_no}",
    "给你的单子{~order_no}备注了加急",
    "{~place_only}冷链物流园今天不收货",
)

# ordinary lines: no personal data, no near-miss
PLAIN_TEMPLATES = (
    "老板在不在", "在吗", "好的好的", "收到，谢谢", "中", "要得", "行，就这么办", "你先忙", "👍", "🙏🙏",
    "今年{crop}价钱咋样", "{crop}还收不收了", "明天能送{item}不", "俺那{item}还有没有货", "{item}到了没有啊",
    "下雨了，{crop}还没收完", "师傅明天能来不", "那个{item}咋用啊，说明书看不懂", "上回买的{item}挺好使",
    "能便宜点不，老主顾了", "你们{time}开门不", "{time}能到不", "路不好走，车进不来村", "等我下地回来再说",
    "收到货了，没毛病", "包装破了，{item}撒了一地", "你们啥时候上门回收{crop}", "{crop}长虫了，打啥药",
    "麦子黄叶是咋回事", "玉米苗发黄了，发个视频你看看", "这两天天旱，{crop}蔫了", "冷库还有位置没",
    "司机到哪了", "车坏半路上了", "晚点到，堵车了", "我在地里，信号不好", "语音听不清，你打字吧",
    "我不会打字，发语音了", "孩子不在家，我不会弄这个", "网店咋开啊，有人教不", "直播卖货要啥手续",
    "{time}有培训不", "培训在哪儿", "电商中心的老师真好", "照片拍得不清楚，重拍一下", "链接发我一下",
    "钱收到了没", "转过去了你看一下", "等卖了{crop}再给你钱", "这月手头紧，下月还", "贷款利息多少",
    "信用社啥时候放款", "补贴今年发了没", "村里通知明天开会", "地里打完药了", "羊下羔了，忙着呢",
    "猪瘟又来了，不敢补栏", "今年{crop}收成不错", "化肥又涨价了", "种子发芽率不行啊", "{item}还剩多少",
    "我再考虑考虑", "那算了，不要了", "给我留着，明天去拿", "哈哈哈", "嗯嗯", "知道了", "明白",
    "{crop}好卖不", "你们拉{crop}不", "拖拉机又打不着火了", "收割机啥时候过来", "排队排到第几了",
    "今天集上人多不", "赶集去了，回来说", "农机年检在哪弄", "那个APP咋下载", "密码忘了咋整",
    "你们客服咋不回消息", "快点发货，着急用", "下回还找你", "质量不行啊，跟样品不一样", "好评给你了",
    "{crop}装箱了，等车", "今年雨水多，{crop}裂果了", "大棚膜被风刮破了", "牛不吃料了咋回事",
    "天冷了，注意{crop}防冻", "多谢了老板", "辛苦了师傅", "哪天有空来喝酒", "过年好！",
)
_CROP = ("苹果", "玉米", "小麦", "大蒜", "辣椒", "土豆", "猕猴桃", "脐橙", "西瓜", "花生", "大豆", "红薯", "葡萄", "桃子",
         "核桃", "红枣", "水稻", "芒果", "香菇", "生猪")
_ITEM = ("复合肥", "尿素", "二铵", "玉米种子", "麦种", "除草剂", "杀虫剂", "猪饲料", "鸡饲料", "地膜", "滴灌带", "配件",
         "旋耕刀", "机油", "兽药", "纸箱", "网袋", "有机肥")
_TIME = ("明天", "后天", "今天下午", "明儿个", "礼拜天", "过两天", "赶集那天", "月底", "下礼拜", "晚上")


# --------------------------------------------------------------------------- building
_MARK = re.compile(r"\{([~=]?)(\w+)\}")


def _pick_fmt(r: random.Random, kind: str):
    tab = _FMT[kind]
    return r.choices(tab, weights=[w for _, w, _ in tab])[0]


def _render(r: random.Random, tpl: str, forced: dict | None = None):
    forced = dict(forced or {})
    out, ents, fmts, nms = [], [], [], []
    pos, last = 0, {}
    length = 0
    for m in _MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        flag, name = m.group(1), m.group(2)
        if flag == "~":
            v = _NEAR[name](r)
            nms.append((name, length, length + len(v)))
            out.append(v)
            length += len(v)
            continue
        if flag == "=":
            fname, v = last[name]
            pre = post = ""
        else:
            if name in forced:
                fname = forced.pop(name)
                gen = dict((f, g) for f, _, g in _FMT[name])[fname]
            else:
                fname, _, gen = _pick_fmt(r, name)
            pre, v, post = gen(r)
            last[name] = (fname, v)
        out.append(pre)
        length += len(pre)
        ents.append((name, length, length + len(v)))
        fmts.append(fname)
        out.append(v + post)
        length += len(v) + len(post)
    out.append(tpl[pos:])
    text = "".join(out)
    return text, ents, fmts, nms


def _plain(r: random.Random, tpl: str) -> str:
    for k, pool in (("{crop}", _CROP), ("{item}", _ITEM), ("{time}", _TIME)):
        while k in tpl:
            tpl = tpl.replace(k, r.choice(pool), 1)
    return tpl


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    jobs = []
    for kind, tab in _FMT_TABLES:
        cands = [i for i, t in enumerate(PII_TEMPLATES) if "{" + kind + "}" in t]
        for fname, _, _ in tab:
            for i in r.sample(cands, min(FORCE_PER_FMT, len(cands))):
                jobs.append((i, {kind: fname}))
    while len(jobs) < N_PII:
        jobs.append((r.randrange(len(PII_TEMPLATES)), {}))
    rows = []
    for i, forced in jobs:
        text, ents, fmts, nms = _render(r, PII_TEMPLATES[i], forced)
        rows.append((text, ents, fmts, nms, f"P{i}"))
    for _ in range(N_NEAR):
        i = r.randrange(len(NEAR_TEMPLATES))
        text, ents, fmts, nms = _render(r, NEAR_TEMPLATES[i])
        rows.append((text, ents, fmts, nms, f"N{i}"))
    for _ in range(N_PLAIN):
        i = r.randrange(len(PLAIN_TEMPLATES))
        rows.append((_plain(r, PLAIN_TEMPLATES[i]), [], [], [], f"C{i}"))
    r.shuffle(rows)
    if meta is not None:
        meta.extend(x[4] for x in rows)
    return pd.DataFrame({
        "text": [x[0] for x in rows],
        "entities": [x[1] for x in rows],
        "formats": [x[2] for x in rows],
        "near_misses": [x[3] for x in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind24_corpus() -> pd.DataFrame:
    """The 24th blind corpus: rural e-commerce and agriculture WeCom chats (see module docstring)."""
    return _build()


# --------------------------------------------------------------------------- checking
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_ADDR_END = "组社队屯号室栋幢层0123456789"
_ADDR_UNITS = ("省", "市", "区", "县", "旗", "镇", "乡", "村", "屯", "路", "街", "道", "小区", "花园", "家园", "市场", "苑", "城")


def _check_value(kind: str, fmt: str, v: str) -> None:
    n = _norm(v)
    if kind == "mobile":
        assert _MOBILE_RE.fullmatch(n), v
    elif kind == "landline":
        if fmt.startswith("local"):
            assert n.isdigit() and len(n) in (7, 8) and n[0] != "0", v
        else:
            assert n.isdigit() and n[0] == "0" and any(n.startswith(a) and len(n) == len(a) + k for a, k in _AREA), v
    elif kind == "id_card":
        assert _id_ok(n), v
        assert n[:6] in _ID_AREA
    elif kind == "bank_card":
        assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
    elif kind == "qq":
        assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][\w-]{5,19}", v) or (v.isdigit() and 8 <= len(v) <= 11), v
    elif kind == "email":
        assert re.fullmatch(r"[\w.]+@[a-z0-9]+(\.[a-z]+)+", unicodedata.normalize("NFKC", v).lower()), v
    elif kind == "plate":
        p = v.replace("·", "").replace(" ", "")
        assert p[0] in _PROV_ABBR and p[1].upper() in _PLATE_L and len(p) in (7, 8), v
        assert len(p) == 7 or fmt == "new_energy_8", v
    elif kind == "address":
        assert v[-1] in _ADDR_END, v
        assert any(u in v for u in _ADDR_UNITS), v
        assert not re.search(r"[，。,！？\n]", v), v


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs), text
        spans = []
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            assert f in dict((x, 1) for x, _, _ in _FMT[k]), (k, f)
            _check_value(k, f, v)
            spans.append((s, e))
            n_ent += 1
        for k, s, e in ns:
            assert k in _NEAR, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit():
                assert not _MOBILE_RE.fullmatch(n), (k, v)
            spans.append((s, e))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
    pii = df[df["entities"].map(len) > 0]
    rest = df[df["entities"].map(len) == 0]
    near = rest[rest["near_misses"].map(len) > 0]
    plain = rest[rest["near_misses"].map(len) == 0]
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
    assert df.equals(make_blind24_corpus())  # deterministic
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
        print(f"  {f:36s} {n:4d}  templates={len(ctx[f])}")
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

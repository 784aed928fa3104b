"""Forty-first blind PII corpus (``split == "blind41"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十六位写手")
under the blind-corpus rules.  What the writer read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(found with ``grep -n -A14 "^PII_KINDS"``), and lines 1-100 plus the last 45
lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only).
Nothing else under ``toolkit/privacy/``, ``tests/``, ``bench/``, ``docs/``, the
README or git history was read; ``toolkit`` was never imported and no masking
or finding function was ever run on this data.  The chat contexts and the
value shapes are the writer's own idea of what shop owners, stall keepers,
wholesalers and their staff type in WeCom 1:1 and group chats.

What is different here: WHOLESALE MARKETS AND SMALL MERCHANTS (B2B and
个体户).  Clothing wholesalers (白马 / 沙河 / 四季青 / 常熟 / 虎门 / 七浦路),
fruit and vegetable markets (新发地 / 江南 / 寿光 / 布吉), building materials
(乐从 / 大沥), auto parts (梓元岗 / 金府), small factories taking orders from
shop owners, logistics consolidation (物流专线, 托运部), cash on delivery
(代收货款), monthly settlement (月结).  Values: mobiles (often two per person:
主号 / 备用), stall and shop addresses (city + district + road + market +
floor / zone / row + stall number, ending in 号 or 档), warehouse and factory
addresses in industrial parks and villages, ID numbers sent for credit (赊账
/ 月结 applications), personal bank cards used for business (对私账户),
WeChat / QQ / email, truck and van plates (incl. 挂 trailers and green plates),
shop landlines with extensions.

Near-misses are those of the trade: stall numbers without a market name,
market or city names alone, consignment numbers (托运单号), express tracking
numbers, item codes (款号 A2318), sizes and colours, quantities (50件 / 3箱),
unit prices, amounts, weights, vehicle lengths (9.6米), dates and times,
invoice numbers (8-digit and 20-digit 数电), social credit codes, 400 / 95xxx
hotlines, masked values (138****5678, 卡号尾号), OE part numbers and specs,
long order / serial numbers failing Luhn, ID-shaped batch numbers failing the
check digit, pickup / verification codes, postal codes.

Label rules: a span holds the value only; ``+86`` / ``0086`` prefixes and
landline extensions (转806, -806, 分机806) are outside; separators inside a
value are inside.  An address runs from its first place unit (province / city
/ district / county / town / street / road) to its last house-level unit
(号 / 档 / 栋 / 层 / 单元 / 室 / a bare room number such as 1502 or 3-2-1502);
the market name between them is inside; comments after it (门口, 仓库, 收) are
outside.  A colloquial address starting with a district starts there.

Seed
----
``SEED = "blind41-wholesale-第四十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here.  Each value format is
first forced 4 times into 4 distinct templates holding its kind; the other
rows draw formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``, kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one format per entity, same order),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` (``"blind41"``).

Counts (``python tests/privacy/pii_blind41.py``)
------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1412
(mobile 357, address 288, plate 138, landline 136, wechat 113, bank_card 110,
email 102, id_card 91, qq 77);
near-miss spans=1490 (1234 in near-miss rows), 22 near-miss kinds
(quantity 239, date_time 187, amount 141, place_only 128, unit_price 89,
stall_no 72, size_color 70, masked 69, item_code 59, weight 53,
consignment_no 53, hotline 39, part_spec 38, invoice_no 38, card_tail 36,
vehicle_spec 35, tracking_no 30, credit_code 30, long_order_no 28,
pickup_code 20, bad_id 20, postal_code 16);
formats=50 distinct, each used >= 4 times in >= 4 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind41-wholesale-第四十六位写手"
SPLIT = "blind41"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(d17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(d17, _ID_W)) % 11]


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
    return _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


def _digits(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


_CN = dict(zip("0123456789", "零一二三四五六七八九"))
_FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}

# --------------------------------------------------------------------------- values
# every generator: (rng, fmt) -> (prefix, value, suffix); only value is labelled

_MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
               "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182",
               "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199", "147")


def _mobile_digits(r):
    return r.choice(_MOB_PREFIX) + _digits(r, 8)


def g_mobile(r, fmt):
    m = _mobile_digits(r)
    if fmt == "plain_11":
        return "", m, ""
    if fmt == "space_344":
        return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
    if fmt == "dash_344":
        return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
    if fmt == "plus86_11":
        return r.choice(("+86 ", "+86", "0086 ", "+86-")), m, ""
    if fmt == "cn_digits":
        return "", "".join(_CN[c] for c in m), ""
    if fmt == "fullwidth_11":
        return "", "".join(_FW[c] for c in m), ""
    raise KeyError(fmt)


_AREA = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0579", "0757",
         "0769", "0755", "0512", "0539", "0536", "0371", "0731", "0595", "0311", "0551", "0591")


def g_landline(r, fmt):
    a = r.choice(_AREA)
    n = _digits(r, 8, "2345678")
    if fmt == "area_dash":
        return "", f"{a}-{n}", ""
    if fmt == "area_paren":
        return "", f"({a}){n}", ""
    if fmt == "area_space":
        return "", f"{a} {n}", ""
    if fmt == "area_plain":
        return "", f"{a}{n}", ""
    if fmt == "local_8":
        return "", n, ""
    if fmt == "area_dash_ext":
        return "", f"{a}-{n}", r.choice(("转806", " 转 8012", "-602", " 分机203", "转1"))
    raise KeyError(fmt)


_ID_AREAS = ("110106", "310104", "440106", "440104", "440111", "330782", "330106", "440604", "440605",
             "371302", "370783", "510106", "420104", "410103", "350582", "320581", "130105", "430105",
             "360121", "431021", "450881", "342221", "412726", "511302", "352229", "441622", "445202")


def _id_number(r):
    y = r.randint(1962, 2001)
    mo = r.randint(1, 12)
    dmax = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mo - 1]
    d = r.randint(1, dmax)
    body = f"{r.choice(_ID_AREAS)}{y:04d}{mo:02d}{d:02d}{r.randint(0, 999):03d}"
    return body + _id_check(body)


def g_id_card(r, fmt):
    if fmt in ("x_upper", "x_lower"):
        while True:
            v = _id_number(r)
            if v.endswith("X"):
                break
        return "", v if fmt == "x_upper" else v[:-1] + "x", ""
    while True:
        v = _id_number(r)
        if not v.endswith("X"):
            break
    if fmt == "plain_18":
        return "", v, ""
    if fmt == "space_6_8_4":
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    raise KeyError(fmt)


_BIN16 = ("622588", "622609", "622575", "622155", "622262", "621485")
_BIN19 = ("622202", "622848", "621700", "621226", "623668", "621799", "622908", "621661", "622700",
          "621559", "623052", "622188")
_BIN95 = ("9559980", "9558820", "9559981")
_BIN_INTL = ("427020", "438088", "524047", "518710", "456351", "552599")


def _card(r, bin_, n):
    body = bin_ + _digits(r, n - 1 - len(bin_))
    return body + _luhn_digit(body)


def g_bank_card(r, fmt):
    if fmt == "plain_19":
        return "", _card(r, r.choice(_BIN19), 19), ""
    if fmt == "plain_16":
        return "", _card(r, r.choice(_BIN16), 16), ""
    if fmt == "space_4":
        c = _card(r, r.choice(_BIN19 + _BIN16), r.choice((19, 16)))
        return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
    if fmt == "domestic95_19":
        return "", _card(r, r.choice(_BIN95), 19), ""
    if fmt == "intl_16":
        c = _card(r, r.choice(_BIN_INTL), 16)
        return "", c if r.random() < 0.5 else " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
    raise KeyError(fmt)


def g_qq(r, fmt):
    if fmt == "qq_6_8":
        return "", _digits(r, r.choice((6, 7, 8)), "123456789"), ""
    if fmt == "qq_9":
        return "", _digits(r, 9, "123456789"), ""
    if fmt == "qq_10":
        return "", _digits(r, 10, "123"), ""
    raise KeyError(fmt)


_PY = ("chen", "li", "wang", "zhang", "liu", "huang", "zhou", "wu", "lin", "he", "xu", "guo", "ma", "luo",
       "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "cai", "pan", "du", "ye")
_PYG = ("jie", "mei", "hong", "li", "jun", "ping", "hua", "yan", "qiang", "fang", "lan", "bin", "xia",
        "wei", "gang", "juan", "tao", "ling", "hui", "yong")
_BIZ = ("fushi", "fz", "guoye", "shuiguo", "jiancai", "qipei", "wuliu", "xiebao", "nvzhuang", "tongzhuang",
        "cizhuan", "wujin", "shucai", "baozhuang", "fangzhi", "neiyi")


def g_wechat(r, fmt):
    if fmt == "pinyin_digits":
        return "", r.choice(_PY) + r.choice(_PYG) + r.choice(("88", "666", "1988", "520", "168", "8899",
                                                                "0579", "1314", "123", "2008")), ""
    if fmt == "underscore_biz":
        return "", f"{r.choice(_PY)}_{r.choice(_BIZ)}{r.choice(('', '88', '01', '666', '2019'))}", ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash_alias":
        return "", f"{r.choice(('yw', 'gz', 'hz', 'cs', 'ly', 'bm', 'sh'))}-{r.choice(_BIZ)}-{r.randint(1, 99)}", ""
    if fmt == "capital_mix":
        return "", r.choice(_PY).capitalize() + r.choice(_PYG).capitalize() + r.choice(("_", "")) + \
            _digits(r, r.choice((3, 4)), "123456789"), ""
    raise KeyError(fmt)


_DOMAINS = ("jinfengfz.com", "hongda-jc.com", "xinyuan-auto.cn", "yw-baozhuang.com", "dafeng-guoye.com.cn",
            "sihaiwuliu.com", "meilanfushi.cn", "chengxin-wujin.com")


def g_email(r, fmt):
    if fmt == "qq_numeric":
        return "", _digits(r, r.choice((8, 9, 10)), "123456789") + "@qq.com", ""
    if fmt == "pinyin_free":
        return "", r.choice(_PY) + r.choice(_PYG) + r.choice(("", "88", "1987", "_yw", "2010")) + "@" + \
            r.choice(("163.com", "126.com", "sina.com", "139.com", "sohu.com")), ""
    if fmt == "company_domain":
        return "", r.choice(("sales", "caiwu", "order", "kefu", "boss", r.choice(_PY) + r.choice(_PYG))) + \
            "@" + r.choice(_DOMAINS), ""
    if fmt == "foxmail_alias":
        return "", r.choice(_PY) + r.choice(("_", ".", "")) + r.choice(_BIZ) + "@foxmail.com", ""
    raise KeyError(fmt)


_PROV_PLATE = "粤粤粤浙浙鲁鲁京沪川鄂豫冀苏湘闽桂赣皖"
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(r):
    n = r.choice((0, 0, 1, 1, 2))
    pos = r.sample(range(5), n)
    return "".join(r.choice(_PL) if i in pos else r.choice("0123456789") for i in range(5))


def g_plate(r, fmt):
    p = r.choice(_PROV_PLATE) + r.choice("ABCDEFGHJKL")
    if fmt == "plain_7":
        return "", p + _plate_tail(r), ""
    if fmt == "space_2_5":
        return "", p + " " + _plate_tail(r), ""
    if fmt == "dot_2_5":
        return "", p + "·" + _plate_tail(r), ""
    if fmt == "new_energy_8":
        return "", p + (r.choice("DF") + _digits(r, 5) if r.random() < 0.6 else _digits(r, 5) + r.choice("DF")), ""
    if fmt == "trailer_gua":
        return "", p + _digits(r, 4) + "挂", ""
    if fmt == "lower_letters":
        return "", (p + _plate_tail(r)).lower(), ""
    raise KeyError(fmt)


# regions: province, city, district/county, roads, markets, streets/towns, villages, estates
_REG = (
    ("广东省", "广州市", "越秀区", ("站西路", "站南路", "解放北路", "流花路"), ("白马服装市场", "红棉国际时装城", "流花服装批发市场", "步步高服装城"),
     ("登峰街道", "流花街道"), ("",), ("兰亭盛荟", "金桂园")),
    ("广东省", "广州市", "白云区", ("机场路", "增槎路", "广园中路", "梓元岗路", "石井大道"), ("江南果菜批发市场", "梓元岗汽配城", "三元里皮具城", "广大汽配城"),
     ("太和镇", "石井街道", "嘉禾街道"), ("望岗村", "大源村", "鸦岗村"), ("恒大山水城", "金沙洲新社区")),
    ("广东省", "广州市", "海珠区", ("瑞康路", "新港西路", "江南大道中", "南洲路"), ("中大布匹市场", "珠江国际纺织城", "轻纺交易园"),
     ("凤阳街道", "南洲街道"), ("康乐村", "鹭江村"), ("中海名都", "光大花园")),
    ("浙江省", "金华市", "义乌市", ("福田路", "城中北路", "稠州北路", "商城大道", "宗泽北路"), ("国际商贸城", "篁园服装市场", "宾王市场"),
     ("福田街道", "稠城街道", "北苑街道"), ("后宅村", "下王村"), ("福田小区", "宾王小区")),
    ("浙江省", "杭州市", "上城区", ("九堡大道", "凤起东路", "环城北路"), ("四季青服装市场", "意法服饰城", "九堡中国服装城"),
     ("九堡街道", "四季青街道"), ("",), ("景芳三区", "三塘苑")),
    ("山东省", "临沂市", "兰山区", ("通达路", "解放路", "沂蒙路", "金雀山路"), ("临沂批发城", "西郊批发市场", "板材市场"),
     ("兰山街道", "义堂镇"), ("朱陈村", "西张官庄村"), ("翡翠城", "中泰花园")),
    ("山东省", "潍坊市", "寿光市", ("农圣东街", "圣城街", "羊田路"), ("农产品物流园", "蔬菜批发市场"),
     ("古城街道", "孙家集街道"), ("三元朱村", "马店村", "东斟灌村"), ("金桥小区", "盛世苑")),
    ("北京市", "", "丰台区", ("京良路", "南三环西路", "花乡四合庄路"), ("新发地农产品批发市场", "大红门服装城"),
     ("花乡", "新村街道"), ("新发地村",), ("世华水岸", "万柳园")),
    ("四川省", "成都市", "金牛区", ("站北东横街", "二环路北一段", "荷花池街", "蜀汉路"), ("荷花池批发市场", "金府机电城", "五块石建材市场"),
     ("驷马桥街道", "抚琴街道"), ("天回村",), ("金牛万达", "蜀汉花园")),
    ("湖北省", "武汉市", "硚口区", ("汉正街", "京汉大道", "利济北路"), ("汉正街小商品市场", "万商白马服装城"),
     ("汉正街道", "汉水桥街道"), ("",), ("宝丰苑", "汉正街小区")),
    ("河南省", "郑州市", "二七区", ("大学路", "兴华南街", "敦睦路", "长江路"), ("银基商贸城", "敦睦路服装市场"),
     ("德化街街道", "铭功路街道"), ("侯寨村",), ("正商城", "建业小区")),
    ("广东省", "佛山市", "顺德区", ("佛山大道", "乐从大道", "三乐路"), ("乐从钢铁世界", "乐从家具城", "陈村花卉世界"),
     ("乐从镇", "陈村镇"), ("沙滘村", "腾冲村"), ("碧桂园", "保利花园")),
    ("广东省", "佛山市", "南海区", ("桂和路", "广佛路", "沥东路"), ("大沥铝型材市场", "大沥内衣城"),
     ("大沥镇", "桂城街道"), ("盐步村", "黄岐村"), ("万科金色领域", "海伦堡")),
    ("江苏省", "苏州市", "常熟市", ("海虞北路", "招商城大道", "黄河路"), ("常熟服装城", "招商城"),
     ("虞山街道", "琴川街道"), ("谢桥村",), ("世茂世纪中心", "琴湖小区")),
    ("上海市", "", "黄浦区", ("七浦路", "河南北路"), ("七浦路服装批发市场", "兴旺服饰"),
     ("南京东路街道",), ("",), ("福佑新村",)),
    ("广东省", "深圳市", "龙岗区", ("布吉路", "吉华路", "龙岗大道"), ("布吉农产品批发中心", "华南城"),
     ("布吉街道", "平湖街道"), ("甘坑村", "上水径村"), ("中海怡翠山庄", "万科四季花城")),
    ("湖南省", "长沙市", "开福区", ("三一大道", "芙蓉中路", "车站北路"), ("高桥大市场", "马王堆蔬菜批发市场"),
     ("伍家岭街道", "湘雅路街道"), ("",), ("开福万达", "湘江世纪城")),
    ("广东省", "东莞市", "", ("银龙路", "太沙路", "虎门大道"), ("富民时装城", "黄河时装城", "连卡福商业广场"),
     ("虎门镇", "长安镇"), ("龙眼村", "南栅村", "乌沙村"), ("万科城", "虎门花园")),
)

_ZH_NUM = ("一", "二", "三", "四", "五", "六")


def _addr(r, fmt):
    prov, city, dist, roads, mkts, towns, vils, estates = r.choice(_REG)
    if fmt in ("village_group", "warehouse_park") and vils == ("",):
        while vils == ("",):
            prov, city, dist, roads, mkts, towns, vils, estates = r.choice(_REG)
    road = r.choice(roads)
    mkt = r.choice(mkts)
    no = r.randint(1, 1688)
    zone = r.choice("ABCDEFGH")
    head = (city or prov) + dist
    if fmt == "province_market_stall":
        return f"{prov}{city}{dist}{road}{no}号{mkt}{r.randint(1, 5)}楼{zone}区{r.randint(1, 380)}号"
    if fmt == "city_market_stall":
        return f"{head}{road}{no}号{mkt}{r.choice(_ZH_NUM)}区{r.randint(1, 30)}排{r.randint(1, 60)}号"
    if fmt == "market_row_noroad":
        return f"{head}{mkt}{r.choice(('一', '二', '三', '东', '西', 'A', 'B'))}区{r.randint(1, 30)}排{r.randint(1, 60)}号"
    if fmt == "market_stall_dang":
        return f"{head}{road}{no}号{mkt}{r.randint(1, 5)}楼{zone}区{r.randint(101, 560)}档"
    if fmt == "warehouse_park":
        return f"{city or prov}{dist}{r.choice(towns)}{r.choice(vils)}工业区{r.choice(('一', '二', '三'))}路{r.randint(1, 48)}号{r.randint(1, 9)}栋"
    if fmt == "factory_floor":
        return f"{head}{r.choice(towns)}{road}{no}号{r.choice(('', '创业园', '科技园'))}{r.randint(1, 12)}栋{r.randint(1, 6)}层"
    if fmt == "residence_bare_room":
        return f"{head}{r.choice(towns)}{r.choice(estates)}{r.randint(1, 28)}栋{r.randint(1, 4)}单元{r.randint(2, 32)}0{r.randint(1, 6)}"
    if fmt == "estate_dash_room":
        return f"{head}{road}{no}号{r.choice(estates)}{r.randint(1, 28)}-{r.randint(1, 4)}-{r.randint(2, 32)}0{r.randint(1, 6)}"
    if fmt == "district_start":
        return f"{dist or r.choice(towns)}{road}{no}号{mkt}{r.randint(1, 4)}楼{r.randint(1, 360)}号"
    if fmt == "village_group":
        return f"{prov}{city}{dist}{r.choice(towns)}{r.choice(vils)}{r.randint(1, 12)}组{r.randint(1, 99)}号"
    if fmt == "spaced_parts":
        return f"{head} {road}{no}号 {mkt} {r.randint(1, 5)}楼{zone}区{r.randint(1, 380)}号"
    raise KeyError(fmt)


def g_address(r, fmt):
    return "", _addr(r, fmt), ""


_FORMATS = {
    "mobile": (("plain_11", 24), ("space_344", 6), ("dash_344", 4), ("plus86_11", 3), ("cn_digits", 1),
               ("fullwidth_11", 1)),
    "landline": (("area_dash", 6), ("area_paren", 2), ("area_space", 2), ("area_plain", 1), ("local_8", 2),
                 ("area_dash_ext", 3)),
    "id_card": (("plain_18", 10), ("space_6_8_4", 2), ("x_upper", 2), ("x_lower", 1)),
    "bank_card": (("plain_19", 8), ("plain_16", 3), ("space_4", 5), ("domestic95_19", 1), ("intl_16", 1)),
    "qq": (("qq_9", 5), ("qq_10", 4), ("qq_6_8", 2)),
    "wechat": (("pinyin_digits", 5), ("underscore_biz", 4), ("wxid", 2), ("dash_alias", 2), ("capital_mix", 2)),
    "email": (("qq_numeric", 5), ("pinyin_free", 4), ("company_domain", 3), ("foxmail_alias", 2)),
    "plate": (("plain_7", 8), ("space_2_5", 2), ("dot_2_5", 2), ("new_energy_8", 2), ("trailer_gua", 2),
              ("lower_letters", 1)),
    "address": (("province_market_stall", 3), ("city_market_stall", 3), ("market_row_noroad", 3),
                ("market_stall_dang", 2), ("warehouse_park", 3), ("factory_floor", 2),
                ("residence_bare_room", 2), ("estate_dash_room", 1), ("district_start", 2),
                ("village_group", 1), ("spaced_parts", 1)),
}
_GEN = {"mobile": g_mobile, "landline": g_landline, "id_card": g_id_card, "bank_card": g_bank_card,
        "qq": g_qq, "wechat": g_wechat, "email": g_email, "plate": g_plate, "address": g_address}

# --------------------------------------------------------------------------- near-misses
# each: rng -> str (whole string is the near-miss span); name -> (near_kind, fn)


def _n_stall(r):
    return r.choice((
        f"{r.choice(_ZH_NUM)}区{r.randint(1, 30)}排{r.randint(1, 60)}号",
        f"{r.randint(1, 5)}楼{r.choice('ABCDEF')}区{r.randint(101, 560)}档",
        f"{r.choice('ABCD')}{r.randint(1001, 5088)}档",
        f"{r.randint(1, 5)}楼{r.randint(1, 300)}号铺",
        f"{r.choice(('东', '西', '南', '北'))}区{r.randint(1, 40)}号库",
        f"{r.choice('ABCDE')}{r.randint(1, 30)}-{r.randint(1, 80)}",
    ))


def _n_consign(r):
    return r.choice((_digits(r, r.choice((8, 9, 10)), "23456789"),
                     r.choice(("YD", "TY", "HY", "DB")) + _digits(r, r.choice((8, 10))),
                     _digits(r, 6, "23456789") + "-" + str(r.randint(1, 30))))


def _n_track(r):
    return r.choice(("SF" + _digits(r, 13, "1"), "YT" + _digits(r, 13, "4"), "JT" + _digits(r, 13, "5"),
                     _digits(r, 15, "7"), "DPK" + _digits(r, 12, "3"), _digits(r, 13, "4")))


def _n_item(r):
    return r.choice((f"{r.choice('ABCDKMXY')}{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)}#",
                     f"{r.choice('KLM')}-{r.randint(100, 999)}", f"{r.randint(2100, 2499)}-{r.randint(1, 9)}",
                     f"{r.choice(('CS', 'YF', 'JK'))}{r.randint(10, 99)}{r.randint(10, 99)}"))


def _n_size(r):
    return r.choice(("XL码", "均码", "M码", "2XL", "S/M/L/XL", "38-43码", "110-150码", "36码", "L码",
                     "藏青色", "米白", "卡其色", "酒红", "雾霾蓝", "黑色XL", "白色M", "杏色均码"))


def _n_qty(r):
    return r.choice((f"{r.choice((20, 30, 50, 60, 100, 200, 300))}件", f"{r.randint(2, 30)}箱",
                     f"{r.randint(2, 20)}手", f"{r.randint(2, 12)}包", f"{r.randint(2, 9)}托",
                     f"{r.randint(10, 500)}片", f"{r.randint(5, 80)}条", f"{r.randint(2, 40)}筐",
                     f"{r.randint(3, 200)}套", f"{r.randint(2, 30)}捆"))


def _n_price(r):
    return r.choice((f"{r.randint(8, 168)}元/件", f"{r.randint(1, 12)}.{r.randint(1, 9)}一斤",
                     f"¥{r.randint(10, 300)}.{r.randint(0, 9)}", f"{r.randint(15, 95)}一条",
                     f"{r.randint(28, 188)}一套", f"{r.randint(30, 260)}块一箱", f"{r.randint(3, 60)}元/片"))


def _n_amount(r):
    return r.choice((f"{r.randint(1, 98)},{r.randint(100, 999)}元", f"{r.randint(800, 99999)}元",
                     f"{r.randint(1, 9)}万{r.choice('123456789')}", f"¥{r.randint(1000, 99999)}.00",
                     f"{r.randint(200, 9800)}块", f"{r.randint(1, 30)}.{r.randint(1, 9)}万"))


def _n_weight(r):
    return r.choice((f"{r.randint(1, 30)}.{r.randint(1, 9)}吨", f"{r.randint(20, 980)}公斤",
                     f"{r.randint(10, 200)}斤", f"{r.randint(2, 60)}kg", f"净重{r.randint(10, 50)}斤"))


def _n_vehicle(r):
    return r.choice(("4.2米", "6.8米", "9.6米", "13米", "17.5米", "4.2米厢货", "9.6米高栏", "13米平板",
                     "依维柯", "金杯面包车"))


def _n_date(r):
    return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", r.choice((f"明天上午{r.randint(8, 11)}点", f"明天下午{r.randint(1, 6)}点", f"明早{r.randint(5, 8)}点")),
                     f"周{r.choice('一二三四五六')}", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"凌晨{r.randint(2, 5)}点", f"{r.randint(1, 28)}号前",
                     f"{r.randint(7, 22)}:{r.choice(('00', '30', '15'))}"))


def _n_invoice(r):
    return r.choice((_digits(r, 8, "0"), _digits(r, 8, "1"), "24" + _digits(r, 18), "23" + _digits(r, 18)))


_HOT = ("95338", "95311", "95546", "95554", "95543", "95353", "95588", "95599", "95533", "95566", "95555")


def _n_hotline(r):
    return r.choice((f"400-{_digits(r, 3, '123456789')}-{_digits(r, 4)}", r.choice(_HOT),
                     f"400{_digits(r, 7, '123456789')}", f"800-{_digits(r, 3, '123456789')}-{_digits(r, 4)}"))


def _n_masked_mob(r):
    m = _mobile_digits(r)
    return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}xxxx{m[7:]}"))


def _n_masked_card(r):
    c = _card(r, r.choice(_BIN19), 19)
    return r.choice((f"{c[:4]} **** **** {c[-4:]}", f"{c[:6]}*********{c[-4:]}", f"****{c[-4:]}"))


def _n_masked_id(r):
    i = _id_number(r)
    return r.choice((f"{i[:6]}********{i[-4:]}", f"{i[:3]}***********{i[-4:]}", f"{i[:1]}****************{i[-1:]}"))


def _n_masked_plate(r):
    return f"{r.choice(_PROV_PLATE)}{r.choice('ABCDE')}{r.choice(('·', ''))}***{r.randint(10, 99)}"


def _bad_luhn(r, n, first):
    while True:
        s = _digits(r, n, first)
        if not _luhn_ok(s) and not _id_ok(s):
            return s


def _n_longno(r):
    return r.choice((_bad_luhn(r, 19, "2"), _bad_luhn(r, 18, "3"), _bad_luhn(r, 16, "5"),
                     _bad_luhn(r, 19, "4"), _bad_luhn(r, 17, "1")))


def _n_bad_id(r):
    while True:
        v = _id_number(r)
        wrong = [c for c in "0123456789" if c != v[-1]]
        v = v[:-1] + r.choice(wrong)
        if not _luhn_ok(v):
            return v


def _n_credit(r):
    return "91" + r.choice(("440101", "330782", "371302", "440606", "510106")) + \
        "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(2)) + \
        "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + r.choice("0123456789ABCDEFGHJK")


def _n_credit_safe(r):
    while True:
        s = _n_credit(r)
        if any(c.isalpha() for c in s[:17]):
            return s


def _n_postal(r):
    return r.choice(("510000", "510010", "322000", "310000", "276000", "262700", "100070", "610036",
                     "430000", "450000", "528300", "215500", "200001", "518112", "523900"))


def _n_part(r):
    return r.choice((f"04465-{r.choice(('0K', '33', '06'))}{r.randint(100, 999)}", f"90915-YZZ{r.choice('DEJ')}{r.randint(1, 4)}",
                     f"1K0{r.randint(100, 999)}{r.randint(100, 399)}{r.choice(('A', 'AA', 'B'))}",
                     f"{r.choice(('600x600', '800x800', '600*1200', '750×1500', '300x600'))}",
                     f"Φ{r.choice((12, 16, 20, 25, 32))}", f"HRB400E", f"{r.choice(('P', 'D'))}{r.randint(200, 890)}",
                     f"6{r.choice(('2', '3'))}{r.randint(0, 9)}{r.randint(1, 9)}-2RS"))


def _n_code(r):
    return r.choice((_digits(r, 6), _digits(r, 4, "123456789"), f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}"))


def _n_tail(r):
    return _digits(r, 4)


_PLACE = ("白马", "沙河", "四季青", "七浦路", "新发地", "江南市场", "荷花池", "汉正街", "义乌", "常熟", "虎门",
          "临沂", "寿光", "乐从", "大沥", "梓元岗", "布吉", "高桥", "国际商贸城", "银基", "广州", "杭州九堡",
          "十三行", "华南城", "金府")


def _n_place(r):
    return r.choice(_PLACE)


_NEAR = {
    "n_stall": ("stall_no", _n_stall), "n_consign": ("consignment_no", _n_consign),
    "n_track": ("tracking_no", _n_track), "n_item": ("item_code", _n_item), "n_size": ("size_color", _n_size),
    "n_qty": ("quantity", _n_qty), "n_price": ("unit_price", _n_price), "n_amount": ("amount", _n_amount),
    "n_weight": ("weight", _n_weight), "n_vehicle": ("vehicle_spec", _n_vehicle), "n_date": ("date_time", _n_date),
    "n_invoice": ("invoice_no", _n_invoice), "n_hotline": ("hotline", _n_hotline), "n_mmob": ("masked", _n_masked_mob), "n_mcard": ("masked", _n_masked_card),
    "n_mid": ("masked", _n_masked_id), "n_mplate": ("masked", _n_masked_plate),
    "n_longno": ("long_order_no", _n_longno), "n_badid": ("bad_id", _n_bad_id), "n_credit": ("credit_code", _n_credit_safe),
    "n_postal": ("postal_code", _n_postal), "n_part": ("part_spec", _n_part), "n_code": ("pickup_code", _n_code),
    "n_tail": ("card_tail", _n_tail), "n_place": ("place_only", _n_place),
}

# unlabelled fillers
_FILL = {
    "bank": ("工行", "农行", "建行", "招行", "邮政", "农商行", "中国银行", "兴业", "交行", "工商银行", "农业银行", "邮储"),
    "logi": ("德邦", "安能", "壹米滴答", "中通快运", "顺心捷达", "跨越", "广州-临沂专线", "义乌-成都专线", "天地华宇", "佳怡物流",
             "老周托运部", "城际快线"),
    "goods": ("卫衣", "牛仔裤", "连衣裙", "童装", "砂糖橘", "沃柑", "西红柿", "瓷砖", "PPR水管", "刹车片", "机油滤芯", "塑料袋",
              "纸箱", "打底裤", "羽绒服", "香蕉", "铝型材", "螺纹钢", "雨刮", "大白菜"),
    "role": ("老板", "老板娘", "我老公", "我弟", "店里小妹", "仓库的", "司机师傅", "财务", "我", "我姐", "开单的"),
    "emo": ("👌", "🙏", "😂", "👍", "[抱拳]", "[OK]", "🌹", "[呲牙]", "", ""),
}

# --------------------------------------------------------------------------- templates
# PII templates (may contain near-miss markers too)

PII_TEMPLATES = (
    "老板发货地址：{address}，电话{mobile}，到了打我电话",
    "收货人电话{mobile} 备用{mobile}\n地址{address}",
    "拿货的话直接来档口{address}{emo}",
    "我们档口在{address}，电话{landline}，{n_date}以后都有人",
    "{address} 这个是新档口地址，老档口不做了",
    "货发{logi}，到付，收货{mobile}，{address}",
    "{mobile}\n{address}\n{n_qty}，走{logi}",
    "你好，我是{n_place}做{goods}的，微信{wechat}，加一下发图",
    "加我微信{wechat}，款号{n_item}的图都在朋友圈",
    "微信：{wechat}  手机：{mobile}",
    "{wechat}这个是我们店里的微信，下单找小妹就行",
    "vx {wechat} 备注拿货",
    "老板娘微信号{wechat}，{role}手机{mobile}",
    "月结申请表：身份证{id_card}，手机{mobile}，经营地址{address}",
    "赊账要登记一下，{role}身份证号{id_card}",
    "身份证 {id_card} 法人就是我",
    "{id_card}\n这是我身份证号，合同写这个",
    "开收据要身份证号吗？{id_card}",
    "货款打这个卡：{bank_card} {bank}",
    "{bank}卡号{bank_card}，户名我老婆的，打了发截图",
    "对私账户 {bank_card}（{bank}），对公的要加点",
    "{bank_card}\n{bank}\n货款{n_amount}",
    "上次那张卡不用了，换这张{bank_card}，{bank}的",
    "打卡上 {bank_card} 开户行{bank}{n_place}支行",
    "QQ{qq}，报价单发我QQ邮箱",
    "扣扣{qq}，图包在QQ空间",
    "发QQ吧 {qq} 微信图太糊",
    "{qq} 是我QQ，晚上在线",
    "报价单发邮箱{email}，谢谢",
    "对账单发{email}，{role}每个月底对账",
    "邮箱：{email}\n电话：{mobile}",
    "合同扫描件发我邮箱 {email} 就行",
    "{email} 这个邮箱收发票",
    "车牌{plate}，司机{mobile}，大概{n_date}到",
    "送货车{plate}，{n_vehicle}，到了让卸一下",
    "今天装的车是{plate}，{n_qty}{goods}",
    "提货司机{plate} 电话{mobile}",
    "{plate}的车已经出发了，{n_weight}，单号{n_consign}",
    "车子{plate}停在{n_stall}门口，麻烦下来搬下货",
    "明天{plate}来拉货，{role}在仓库等",
    "档口电话{landline}，没人接就打{mobile}",
    "店里座机{landline}",
    "{landline} 这个是托运部电话，问下到了没",
    "有事打公司电话{landline}，或者找{role}{mobile}",
    "座机：{landline}\n手机：{mobile}\n地址：{address}",
    "厂里电话{landline}，下单找跟单",
    "仓库地址{address}，卸货打{mobile}",
    "退货寄回{address}，写{role}收，{mobile}",
    "我们厂在{address}，欢迎过来看货",
    "货到{address}，放门口就行{emo}",
    "收货地址改一下：{address}（别送老地址了）",
    "直接送到我家 {address}，电话{mobile}",
    "老板，地址：{address} 电话：{mobile} {n_qty}{goods} 代收{n_amount}",
    "{role}：{mobile}，{role}：{mobile}，哪个都行",
    "我手机{mobile}，白天在档口信号不好打座机{landline}",
    "打{mobile}，{mobile}是我老公的",
    "电话 {mobile}，打不通就微信",
    "急 发{logi} {mobile} 到了通知",
    "{mobile}这个号码是新的，旧号不用了",
    "尾款付清了吧？我{bank}卡 {bank_card}",
    "发票抬头个人，身份证{id_card}，邮箱{email}",
    "客户资料：\n电话：{mobile}\n微信：{wechat}\n地址：{address}",
    "新客户登记 手机{mobile} QQ{qq} 档口{address}",
    "{address}，{role}，{mobile}，{n_qty}",
    "托运部在{address}，电话{landline}，自己去提",
    "到{logi}提货，提货人身份证{id_card}，{mobile}",
    "司机身份证{id_card} 车牌{plate}",
    "物流专线电话{landline}，车是{plate}",
    "你加{wechat}，这个是我们仓库的微信，发货找他",
    "qq邮箱{email}，QQ号{qq}",
    "{goods}样品寄到{address}，顺丰到付",
    "{role}卡号{bank_card}，打款备注{n_place}",
    "收款卡 {bank_card}\n户名：本人\n开户行：{bank}",
    "我的手机号：{mobile}\n身份证：{id_card}\n银行卡：{bank_card}",
    "请核对：收货人手机{mobile}，地址{address}，件数{n_qty}",
    "老板 帮我换个地址 {address}",
    "新地址{address}，邮编{n_postal}",
    "{mobile} 微信同号，拿货提前说",
    "在吗 我{n_place}的，上回拿了{n_qty}，{wechat}加下",
    "拉货的车{plate}到了没，司机电话{mobile}打不通",
    "{plate} 拖车，{n_date}进市场",
    "大车{plate}，{n_vehicle}，货{n_weight}",
    "扫码付不了，直接转卡吧{bank_card}",
    "工厂：{address}\n联系：{mobile}（{role}）",
    "回款账号{bank_card}，{bank}，打款后发凭证到{email}",
    "公司电话：{landline}　邮箱：{email}",
    "有问题call我{mobile}或者加微{wechat}",
    "Q：{qq} 电：{mobile}",
    "{wechat}\n{mobile}\n{address}",
    "{role}的QQ {qq}，图片从这里传",
    "身份证正反面发你了，号码{id_card}，手机{mobile}",
    "地址是{address}，进去左手第二家",
    "档口：{address}\n电话：{landline}\n微信：{wechat}",
    "中午来拿，{address}，到了打我{mobile}{emo}",
    "对面的{n_place}那个地址不对，是{address}",
    "我家 {address}",
    "打款后把单号发{email}，我们{n_date}发货",
    "开票资料：税号{n_credit}，电话{landline}，地址{address}",
    "{plate}这辆车{n_date}去{n_place}拉{goods}",
    "送货司机的车牌号{plate}，到了鸣笛",
    "货在{n_stall}，我朋友车{plate}过来拉",
    "打卡号{bank_card}，别打我{n_tail}尾号那张了",
    "手机打不通打座机{landline}，没人就是去送货了",
    "我的扣扣{qq}，我不用微信的",
    "发货单抄送{email}和{email}",
    "微信{wechat}，QQ{qq}，电话{mobile}，都可以联系",
    "司机{mobile}，{plate}，到{address}卸货",
)

NEAR_TEMPLATES = (
    "我在{n_stall}，你到了打电话",
    "货放{n_stall}门口了，{n_qty}",
    "拿货到{n_stall}，往里走就是",
    "{n_place}那边今天没开门，{n_date}再过去",
    "托运单号{n_consign}，{logi}的，{n_date}到",
    "单号：{n_consign} 件数：{n_qty}",
    "{n_consign} 这个是托运单，你到{logi}报单号提货",
    "快递单号{n_track}，查一下到哪了",
    "{n_track}\n顺丰已发",
    "款号{n_item}，{n_size}，{n_qty}",
    "{n_item} {n_size} 各{n_qty}，{n_price}",
    "{n_item}没货了，{n_item}有，要吗",
    "这批{goods}{n_price}，拿{n_qty}以上再少点",
    "{goods}今天{n_price}，明天可能涨",
    "一共{n_qty}，{n_price}，合计{n_amount}",
    "货款{n_amount}，月底{n_date}一起结",
    "这车货{n_weight}，运费{n_amount}",
    "定了{n_vehicle}的车，{n_date}装车",
    "{n_vehicle}装不下，{n_weight}要换车",
    "发票号码{n_invoice}，金额{n_amount}",
    "数电票号码：{n_invoice}，已经推到你邮箱了",
    "有问题打{logi}客服{n_hotline}",
    "物流投诉电话{n_hotline}，你自己打下",
    "{n_hotline} 是银行客服，问下为啥没到账",
    "你手机是{n_mmob}吗，收不到短信",
    "打到{n_mcard}这张卡了对吧",
    "系统显示收货人{n_mmob}，是你吗",
    "实名认证显示{n_mid}，对的",
    "监控拍到的是{n_mplate}，看不清",
    "转账记录显示{n_mcard}，{n_amount}",
    "订单编号{n_longno}，{n_qty}，{n_date}下单的",
    "交易流水号{n_longno}，转账成功了",
    "入库批次号{n_badid}，别搞错了",
    "单据号：{n_badid}",
    "统一社会信用代码{n_credit}",
    "税号{n_credit}，开专票",
    "邮编{n_postal}",
    "OE号{n_part}，有没有货",
    "要{n_part}的，{n_qty}，{n_price}",
    "规格{n_part}，{n_qty}",
    "取货码{n_code}，放{n_stall}",
    "验证码{n_code}，别告诉别人",
    "尾号{n_tail}的卡收到了{n_amount}",
    "转你{n_bank}尾号{n_tail}了，{n_amount}",
    "{n_date} {n_place}进货，{n_qty}{goods}",
    "你是{n_place}哪个档口？",
    "{n_place}的{goods}比{n_place}便宜{n_price}",
    "老板{n_size}还有没，要{n_qty}",
    "{n_size}断码了，{n_date}补货",
    "这单代收{n_amount}，{logi}{n_date}返款",
    "上个月对账{n_amount}，这个月{n_amount}，合计{n_amount}",
    "{n_qty}已打包，托运单{n_consign}",
    "车{n_date}到{n_place}，{n_weight}",
    "好的{emo} {n_date}过来拿{n_qty}",
    "{n_item}这个款{n_price}，起批{n_qty}",
    "麻烦开票，上次那张{n_invoice}作废了",
    "{n_date}前付{n_amount}定金",
    "{n_track}这个单号显示签收了，我没收到啊",
    "仓库{n_stall}，货架第三层",
    "市场{n_date}休市，{n_date}开",
    "{goods}{n_weight}，{n_price}",
    "来{n_place}{n_stall}看样",
    "客服{n_hotline}说{n_date}到{n_place}",
    "卡号后四位{n_tail}，{n_bank}",
    "老客户{n_mmob}，还是老地址",
    "{n_qty}{goods}退回来了，单号{n_consign}",
    "保证金{n_amount}交了，收据编号{n_invoice}",
    "{n_size} {n_qty}\n{n_size} {n_qty}\n{n_size} {n_qty}",
    "刹车片{n_part}，{n_price}，要{n_qty}",
    "订单号{n_longno}申请退款",
)
_FILL["n_bank"] = _FILL["bank"]

_MARK = re.compile(r"\{(\w+)\}")


def _render(r, tpl, forced=None):
    text = ""
    ents, fmts, nms = [], [], []
    pos = 0
    used_force = False
    for m in _MARK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        name = m.group(1)
        if name in _GEN:
            if forced and forced[0] == name and not used_force:
                fmt = forced[1]
                used_force = True
            else:
                fs = _FORMATS[name]
                fmt = r.choices([f for f, _ in fs], weights=[w for _, w in fs])[0]
            pre, val, suf = _GEN[name](r, fmt)
            text += pre
            ents.append((name, len(text), len(text) + len(val)))
            fmts.append(fmt)
            text += val + suf
        elif name in _NEAR:
            nk, fn = _NEAR[name]
            val = fn(r)
            nms.append((nk, len(text), len(text) + len(val)))
            text += val
        else:
            text += r.choice(_FILL[name])
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows = []
    tids = []
    pii_t = list(range(len(PII_TEMPLATES)))
    for kind in KINDS:
        cands = [i for i in pii_t if "{" + kind + "}" in PII_TEMPLATES[i]]
        for fmt, _ in _FORMATS[kind]:
            for ti in r.sample(cands, FORCE_PER_FMT):
                rows.append(_render(r, PII_TEMPLATES[ti], (kind, fmt)))
                tids.append(f"P{ti}")
    while len(rows) < N_PII_ROWS:
        order = pii_t[:]
        r.shuffle(order)
        for ti in order:
            if len(rows) >= N_PII_ROWS:
                break
            rows.append(_render(r, PII_TEMPLATES[ti]))
            tids.append(f"P{ti}")
    near_t = list(range(len(NEAR_TEMPLATES)))
    n_near = 0
    while n_near < N_NEAR_ROWS:
        order = near_t[:]
        r.shuffle(order)
        for ti in order:
            if n_near >= N_NEAR_ROWS:
                break
            rows.append(_render(r, NEAR_TEMPLATES[ti]))
            tids.append(f"N{ti}")
            n_near += 1
    idx = list(range(len(rows)))
    r.shuffle(idx)
    rows = [rows[i] for i in idx]
    if meta is not None:
        meta.extend(tids[i] for i in idx)
    return pd.DataFrame({
        "text": [t for t, _, _, _ in rows],
        "entities": [e for _, e, _, _ in rows],
        "formats": [f for _, _, f, _ in rows],
        "near_misses": [n for _, _, _, n in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind41_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_MOB_RE = re.compile(r"^1[3-9]\d{9}$")
_HOUSE_END = ("号", "档", "栋", "层", "单元", "室")


def _cn_to_digits(s: str) -> str:
    back = {v: k for k, v in _CN.items()}
    return "".join(back.get(c, c) for c in s)


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(_cn_to_digits(v))
            if k == "mobile":
                assert _MOB_RE.match(n), v
                assert text[:s].endswith("86") or not text[max(0, s - 1):s].isdigit(), text
                assert not text[e:e + 1].isdigit(), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (len(n) == 8 or (n[0] == "0" and 11 <= len(n) <= 12)), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.match(r"^[\w.\-]+@[\w\-]+(\.[\w\-]+)+$", v), v
            elif k == "wechat":
                assert re.match(r"^[A-Za-z][A-Za-z0-9_\-]{5,19}$", v), v
            elif k == "plate":
                assert re.match(r"^[\u4e00-\u9fff][A-Za-z][A-Za-z0-9]{5,6}$|^[\u4e00-\u9fff][A-Z]\d{4}挂$", n), v
            elif k == "address":
                assert v.endswith(_HOUSE_END) or v[-1].isdigit(), v
                assert any(u in v[:6] for u in ("省", "市", "区", "县", "镇", "街道")), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit():
                assert not _MOB_RE.match(n), (k, v)
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind41_corpus())  # deterministic
    assert df.equals(make_blind41_corpus())
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
    declared = [f"{k}/{f}" for k, tab in _FORMATS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Blind PII corpus no. 39 (``split == "blind39"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十四位写手")
under the blind-corpus rules.  What the writer read: the brief; the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the first lines of two files under
``../shared/datasets/`` (for the tone of real customer-service chats).  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other corpus or test, nor any git history.  It never imported
``toolkit`` and never ran any masking or finding function on this data.

What is different here: THE AVERAGE ARCHIVE.  The theme is an ordinary
mid-size company selling consumer goods and services (appliances, furniture,
water purifiers, phones, installation and repair) in several provinces.  The
messages are the most typical mix such a WeCom archive holds: sales advisers
asking for contact details, customer service checking orders, after-sales
booking repairs, delivery drivers and warehouse staff in group chats,
billing (invoices, refunds, instalments, subsidies for trade-ins), and the odd
internal hand-over note.  Customers are of all ages and regions: some type
fast with typos (收获地址, 手机好, 电化), some use voice input (digits as
words, no punctuation), some paste forms from other apps (multi-line
``收货人/手机号码/详细地址`` blocks, space-separated address levels).  Cues
come before, after, or not at all; values sit at the start, middle and end;
several values share one message; emoji and line breaks are common.  The
aim is an honest average, not a hard test.

Near-misses are the usual non-personal numbers of such an archive: order,
tracking, invoice, member, work-order, after-sales and refund numbers,
WeChat-Pay transaction numbers, SKUs, serial numbers and IMEIs, product
models, amounts, discounts, quantities, dates and times, verification and
pickup codes, coupon codes, postal codes, hotlines (400/800/95xxx/100xx/123xx),
masked values (138****5678, 6222 **** **** 1234), tail digits, tax numbers
(统一社会信用代码), store numbers, staff numbers, places alone (a district, a
mall) and URLs.  Every near-miss whose digits are 16-19 long fails Luhn and
every 18-digit one fails the ID check digit.

Seed
----
``SEED = "blind39-wecom-average-archive-第四十四位写手"``; everything is drawn
from ``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and Luhn digits are computed here.  Each format is first
forced 4 times into distinct compatible templates (so it shows up in >= 3
templates), then the rest of the rows pick templates and formats at random.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (no names).  The
  span holds the value only: cue words, ``+86`` / ``0086`` prefixes and
  landline extensions (``转806``, ``-806``, ``分机806``) are outside; spaces,
  dashes and the middle dot inside a value are inside; the parentheses of
  ``(0755)`` are inside.  An address runs from its first place unit to its
  last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room
  number); a place alone is not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind39"``

Counts (``python tests/privacy/pii_blind39.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1423
(mobile 472, address 301, bank_card 122, landline 107, email 98, id_card 94,
plate 88, wechat 77, qq 64);
near-miss spans=1223 (983 in near-miss rows), 31 near-miss kinds
(amount 162, date_time 139, order_no 84, quantity 77, tracking_no 77,
model_no 69, place_only 57, member_no 50, hotline 47, serial_no 42,
masked 34, verify_code 30, credit_code 29, store 29, work_order 24,
company 22, postal_code 22, tail_digits 21, aftersale_no 20, discount 20,
pickup_code 20, sku_no 20, url 19, store_no 19, imei 18, coupon_code 17,
pay_txn 14, refund_ref 13, percent 11, invoice_no 11, staff_no 6);
formats=44 distinct, each used >= 4 times in >= 3 templates
(148 PII templates in channels T typed / F pasted form / V voice input,
80 near-miss-only templates).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind39-wecom-average-archive-第四十四位写手"
SPLIT = "blind39"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# --------------------------------------------------------------------------- helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_sum(digits: str) -> int:
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()]", "", s)


def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _safe_digits(r: random.Random, n: int, first: str = "123456789", prefix: str = "") -> str:
    """A digit string that fails Luhn (16-19 long) and the ID check (18 long)."""
    while True:
        s = prefix + _digits(r, n - len(prefix), first) if not prefix else prefix + "".join(
            r.choice("0123456789") for _ in range(n - len(prefix)))
        if 16 <= len(s) <= 19 and _luhn_ok(s):
            continue
        if len(s) == 18 and _id_ok(s):
            continue
        return s


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_VOICE = dict(zip("0123456789", "零幺二三四五六七八九"))

# --------------------------------------------------------------------------- value tables
MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                 "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198",
                 "199")
AREA_CODES = ("010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0755", "0571", "0512",
              "0531", "0532", "0371", "0731", "0591", "0592", "0311", "0351", "0431", "0451", "0871",
              "0771", "0551", "0791", "0574", "0769", "0757", "0760", "0510")
ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "320106", "320505", "330106", "330203",
            "340104", "350203", "360102", "370102", "370202", "410105", "411602", "420106", "430104",
            "440106", "440305", "440306", "450103", "500103", "510107", "520102", "530102", "610113",
            "620102", "130102", "140105", "210102", "220102", "230103", "441900", "445202", "341221")
BIN_19 = ("622202", "621226", "622848", "621700", "621661", "622262", "621799", "623052")
BIN_16 = ("622588", "621483", "622580", "625809", "621485")
BIN_CREDIT = ("427020", "436742", "438088", "404117", "518710", "552599", "524047", "512431")
BIN_95 = ("95599", "95588")
PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("津", "ABCDEFGHJKLMN"), ("渝", "ABCDFGH"),
              ("冀", "ABCDEFGHJR"), ("晋", "ABCDEFHJKLM"), ("辽", "ABCDEFGHJKLMNP"), ("吉", "ABCDEFGH"),
              ("黑", "ABCDEFGHJKLMNP"), ("苏", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"), ("皖", "ABCDEFGHJKLMNPRS"),
              ("闽", "ABCDEFGHJK"), ("赣", "ABCDEFGHJKLM"), ("鲁", "ABCDEFGHJKLMNPQRSUV"), ("豫", "ABCDEFGHJKLMNPQRSU"),
              ("鄂", "ABCDEFGHJKLMNPQRS"), ("湘", "ABCDEFGHJKLMNU"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXYZ"),
              ("桂", "ABCDEFGHJKLMNPR"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("贵", "ABCDEFGHJ"),
              ("云", "ACDEFGHJKLMNPQRS"), ("陕", "ABCDEFGHJKV"), ("甘", "ABCDEFGHJKLMNP"), ("琼", "ABCDE"))
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province, city, ((district, (roads...)), ...), (estates...))
CITIES = (
    ("广东省", "深圳市", (("南山区", ("科苑路", "南海大道", "桃园路", "沙河西路")), ("福田区", ("深南中路", "福华三路", "香梅路")),
                          ("宝安区", ("新安六路", "宝民一路", "创业二路")), ("龙岗区", ("龙翔大道", "布澜路", "五和大道"))),
     ("阳光棕榈园", "华润城", "万科城", "桃源村", "碧海云天", "星河丹堤", "中海康城国际")),
    ("广东省", "广州市", (("天河区", ("天河北路", "体育东路", "黄埔大道西")), ("海珠区", ("新港中路", "江南大道中", "工业大道北")),
                          ("白云区", ("机场路", "白云大道北", "同和路"))),
     ("天河北苑", "珠江帝景", "保利花园", "金碧世纪花园", "祈福新邨")),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "天目山路", "古墩路")), ("余杭区", ("文一西路", "五常大道", "良睦路")),
                          ("拱墅区", ("莫干山路", "湖墅南路", "上塘路"))),
     ("翠苑一区", "绿城西溪诚园", "万科良渚文化村", "金地自在城", "三墩颐景园")),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "草场门大街", "湖南路")), ("建邺区", ("江东中路", "应天大街", "嘉陵江东街")),
                          ("江宁区", ("双龙大道", "胜太路", "天元中路"))),
     ("月安花园", "万达华府", "翠屏城", "仁恒江湾城")),
    ("江苏省", "苏州市", (("吴中区", ("东吴北路", "宝带西路", "越溪路")), ("姑苏区", ("人民路", "干将西路", "三香路")),
                          ("工业园区", ("星湖街", "现代大道", "金鸡湖大道"))),
     ("东港新村", "中海湖滨一号", "新城花园", "玲珑湾")),
    ("", "上海市", (("浦东新区", ("张杨路", "世纪大道", "锦绣路", "川沙路")), ("徐汇区", ("漕溪北路", "田林路", "龙华中路")),
                    ("闵行区", ("七莘路", "莲花南路", "都市路")), ("宝山区", ("牡丹江路", "共和新路", "友谊路"))),
     ("仁恒河滨花园", "田林十二村", "春申景城", "金色家园", "古美西路小区")),
    ("", "北京市", (("朝阳区", ("望京西路", "建国路", "北苑路", "朝阳北路")), ("海淀区", ("中关村大街", "学院路", "西三旗东路")),
                    ("丰台区", ("南三环西路", "丰台北路", "科学城路")), ("昌平区", ("回龙观西大街", "天通苑北街", "政府街"))),
     ("望京花园", "双榆树北里", "天通苑东一区", "龙泽苑", "远洋山水")),
    ("四川省", "成都市", (("武侯区", ("人民南路四段", "科华北路", "武侯大道")), ("成华区", ("建设路", "双林路", "二仙桥东三路")),
                          ("郫都区", ("望丛东路", "犀浦镇百草路", "红光大道"))),
     ("南城都汇", "保利心语", "万科金色海蓉", "蓝光花满庭")),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道", "民族大道")), ("江汉区", ("解放大道", "青年路", "新华路")),
                          ("武昌区", ("中北路", "武珞路", "和平大道"))),
     ("光谷新世界", "万科城市花园", "东湖春树里", "百步亭花园")),
    ("河南省", "郑州市", (("金水区", ("花园路", "农业路", "经三路")), ("二七区", ("大学路", "航海中路", "嵩山路")),
                          ("中原区", ("建设西路", "桐柏路", "秦岭路"))),
     ("正商城", "建业森林半岛", "升龙城", "绿地老街")),
    ("山东省", "青岛市", (("市南区", ("香港中路", "东海西路", "闽江路")), ("崂山区", ("海尔路", "松岭路", "株洲路")),
                          ("黄岛区", ("长江中路", "井冈山路", "珠江路"))),
     ("海信慧园", "鲁商蓝岸", "万科城", "中南世纪城")),
    ("陕西省", "西安市", (("雁塔区", ("小寨东路", "电子二路", "长安南路")), ("未央区", ("凤城八路", "文景路", "太华北路")),
                          ("长安区", ("西长安街", "韦曲南街", "航天中路"))),
     ("曲江观山悦", "紫薇田园都市", "绿地世纪城", "金地湖城大境")),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "桐梓坡路", "枫林三路")), ("雨花区", ("韶山中路", "劳动东路", "万家丽中路")),
                          ("开福区", ("芙蓉中路", "湘江北路", "三一大道"))),
     ("中建梅溪湖", "恒大华府", "北辰三角洲", "新城新世界")),
    ("", "重庆市", (("渝北区", ("金开大道", "新南路", "龙山大道")), ("江北区", ("建新北路", "北城天街", "洋河一路")),
                    ("沙坪坝区", ("小龙坎新街", "三峡广场", "天星桥正街"))),
     ("龙湖水晶郦城", "融创白象街", "金科天籁城")),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "莲前东路", "厦禾路")), ("湖里区", ("枋湖北二路", "金山路", "仙岳路"))),
     ("莲花五村", "国贸金沙湾", "建发央著")),
)
RURAL = (
    ("河南省", "周口市", "郸城县", ("城郊乡", "宁平镇", "胡集乡"), ("李楼村", "王庄村", "后郭村")),
    ("山东省", "菏泽市", "曹县", ("庄寨镇", "青堌集镇", "普连集镇"), ("刘庄村", "大李庄村", "张湾村")),
    ("湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇", "荷香桥镇"), ("红旗村", "石门村", "大坪村")),
    ("四川省", "南充市", "仪陇县", ("新政镇", "马鞍镇", "金城镇"), ("桂花村", "双河村", "青龙村")),
    ("安徽省", "阜阳市", "临泉县", ("城关镇", "杨桥镇", "姜寨镇"), ("前李村", "赵寨村", "新庄村")),
    ("江西省", "赣州市", "于都县", ("贡江镇", "罗坳镇", "银坑镇"), ("上欧村", "水头村", "禾丰村")),
    ("河北省", "邯郸市", "魏县", ("魏城镇", "牙里镇", "东代固乡"), ("西南营村", "北皋村", "辛庄村")),
    ("广西壮族自治区", "玉林市", "博白县", ("博白镇", "东平镇", "龙潭镇"), ("六合村", "新田村", "大路村")),
)
TOWERS = ("海岸城东座", "创新科技广场一期A座", "世纪商务中心", "国际金融中心", "万达广场B座", "中心大厦", "软件园二期", "财富大厦")
EMAIL_PINYIN = ("zhangwei", "wangfang", "liuyang", "chenjing", "lixiaomei", "zhaolei", "huangli", "zhouhong",
                "wuqiang", "xuting", "sunhao", "majun", "zhujie", "hulin", "guoyan", "heping", "linxin", "luoqi",
                "gaofeng", "liangyu", "songjia", "tangmin", "hanxue", "fengkai", "dengwen", "caoying")
EMAIL_DOM = ("163.com", "126.com", "sina.com", "sohu.com", "139.com", "yeah.net", "foxmail.com", "aliyun.com")
CORP_DOM = ("haoyun-tech.com.cn", "jiahe-home.com", "sz-ruida.cn", "huaxinlogistics.com", "mingde-edu.cn",
            "lianfa-group.com", "zjkc.com.cn", "dongfang-trade.com")
EN_NAMES = ("amy", "tina", "kevin", "jack", "lily", "cindy", "jason", "coco", "vivian", "eric", "sunny", "grace",
            "leo", "momo", "alice", "david")
EN_DOM = ("gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com")
WX_WORDS = ("lucky", "sunny", "xiaomi", "tangtang", "doudou", "happy", "kitty", "bear", "yuyu", "lele", "feifei",
            "mumu", "nana", "qiqi", "star", "moon")


def _birth(r: random.Random) -> str:
    y = r.randint(1952, 2006)
    m = r.randint(1, 12)
    dim = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return f"{y:04d}{m:02d}{r.randint(1, dim):02d}"


def _id_valid(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        s17 = r.choice(ID_AREAS) + _birth(r) + f"{r.randint(1, 999):03d}"
        s = s17 + _id_check(s17)
        if want_x is None and s[-1] != "X":
            return s
        if want_x and s[-1] == "X":
            return s


def _mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))


def _local(r: random.Random) -> str:
    return r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(7))


# Each generator returns (prefix_outside, value, suffix_outside).
def _g_mobile(fmt):
    def g(r):
        m = _mobile(r)
        if fmt == "plain_11":
            return "", m, ""
        if fmt == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if fmt == "plus86":
            return r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
        if fmt == "fullwidth_11":
            return "", m.translate(_FW), ""
        if fmt == "voice_words":
            w = "".join(_VOICE[c] for c in m)
            return "", w, ""
        raise KeyError(fmt)
    return g


def _g_landline(fmt):
    def g(r):
        a, n = r.choice(AREA_CODES), _local(r)
        if fmt == "area_dash":
            return "", f"{a}-{n}", ""
        if fmt == "area_plain":
            return "", a + n, ""
        if fmt == "paren_area":
            return "", r.choice((f"({a}){n}", f"（{a}）{n}")), ""
        if fmt == "area_space":
            return "", r.choice((f"{a} {n}", f"{a} {n[:4]} {n[4:]}")), ""
        if fmt == "local_8":
            return "", n, ""
        if fmt == "dash_ext":
            return "", f"{a}-{n}", r.choice(("转", "转", "-", "分机")) + str(r.randint(801, 8899))
        raise KeyError(fmt)
    return g


def _g_id(fmt):
    def g(r):
        if fmt == "plain_18":
            return "", _id_valid(r), ""
        if fmt == "x_upper":
            return "", _id_valid(r, True), ""
        if fmt == "x_lower":
            return "", _id_valid(r, True).lower(), ""
        if fmt == "space_684":
            s = _id_valid(r)
            return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
        raise KeyError(fmt)
    return g


def _g_bank(fmt):
    def g(r):
        if fmt == "unionpay_19":
            return "", _luhn_complete(r.choice(BIN_19) + "".join(r.choice("0123456789") for _ in range(12))), ""
        if fmt == "debit_16":
            return "", _luhn_complete(r.choice(BIN_16) + "".join(r.choice("0123456789") for _ in range(9))), ""
        if fmt == "space_4":
            b = r.choice(BIN_19 + BIN_16)
            n = 19 if b in BIN_19 else 16
            s = _luhn_complete(b + "".join(r.choice("0123456789") for _ in range(n - 7)))
            return "", " ".join(s[i:i + 4] for i in range(0, len(s), 4)), ""
        if fmt == "credit_space_4":
            s = _luhn_complete(r.choice(BIN_CREDIT) + "".join(r.choice("0123456789") for _ in range(9)))
            return "", " ".join(s[i:i + 4] for i in range(0, 16, 4)), ""
        if fmt == "domestic_95_19":
            return "", _luhn_complete(r.choice(BIN_95) + "".join(r.choice("0123456789") for _ in range(13))), ""
        raise KeyError(fmt)
    return g


def _g_qq(fmt):
    def g(r):
        if fmt == "plain_short":
            return "", _digits(r, r.choice((6, 7, 8, 8))), ""
        if fmt == "plain_long":
            return "", _digits(r, r.choice((9, 9, 10)), "123456789" if r.random() < .5 else "123"), ""
        raise KeyError(fmt)
    return g


def _g_wechat(fmt):
    def g(r):
        if fmt == "wxid":
            return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
        if fmt == "pinyin_digits":
            p = r.choice(EMAIL_PINYIN)
            return "", p + r.choice(("", "_", "")) + r.choice((str(r.randint(1970, 2003)), f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}", str(r.randint(66, 999)))), ""
        if fmt == "en_word":
            w = r.choice(EN_NAMES + WX_WORDS)
            w = w.capitalize() if r.random() < .4 else w
            v = w + r.choice(("-", "_", "")) + str(r.randint(10, 9999))
            return "", v if len(v) >= 6 else v + str(r.randint(0, 9)), ""
        if fmt == "mixed_case":
            p = r.choice(EMAIL_PINYIN)
            return "", p[:1].upper() + p[1:] + str(r.randint(1, 99)) + r.choice(("hz", "SZ", "bj", "GZ", "cd", "Wx")), ""
        raise KeyError(fmt)
    return g


def _g_email(fmt):
    def g(r):
        if fmt == "qq_numeric":
            return "", _digits(r, r.choice((8, 9, 9, 10))) + "@qq.com", ""
        if fmt == "pinyin_domestic":
            return "", r.choice(EMAIL_PINYIN) + r.choice(("", str(r.randint(1975, 2002)), str(r.randint(1, 999)))) + "@" + r.choice(EMAIL_DOM), ""
        if fmt == "corp_dotted":
            p = r.choice(EMAIL_PINYIN)
            return "", r.choice((p[:2] + "." + p[2:], p, r.choice(EN_NAMES) + "." + p[:4])) + "@" + r.choice(CORP_DOM), ""
        if fmt == "en_intl":
            return "", r.choice(EN_NAMES) + r.choice((".", "_", "")) + r.choice(EMAIL_PINYIN)[:5] + str(r.randint(1, 99)) + "@" + r.choice(EN_DOM), ""
        if fmt == "fullwidth_at":
            return "", r.choice(EMAIL_PINYIN) + str(r.randint(10, 999)) + "＠" + r.choice(EMAIL_DOM), ""
        raise KeyError(fmt)
    return g


def _g_plate(fmt):
    def g(r):
        p, lets = r.choice(PLATE_PROV)
        L = r.choice(lets)
        tail = "".join(r.choice("0123456789") for _ in range(5))
        if r.random() < .35:
            i = r.randint(0, 4)
            tail = tail[:i] + r.choice(PLATE_LET) + tail[i + 1:]
        if fmt == "plain_7":
            return "", p + L + tail, ""
        if fmt == "middot":
            return "", p + L + "·" + tail, ""
        if fmt == "space_7":
            return "", p + L + " " + tail, ""
        if fmt == "lower_letter":
            return "", p + L.lower() + tail.lower(), ""
        if fmt == "new_energy":
            return "", p + L + r.choice("DDDF") + "".join(r.choice("0123456789") for _ in range(5)), ""
        raise KeyError(fmt)
    return g


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(1, 4):02d}"


def _g_address(fmt):
    def g(r):
        if fmt == "rural_village":
            p, c, county, towns, vills = r.choice(RURAL)
            return "", p + c + county + r.choice(towns) + r.choice(vills) + r.choice((f"{r.randint(1, 9)}组{r.randint(1, 99)}号", f"{r.randint(1, 120)}号")), ""
        prov, city, dists, estates = r.choice(CITIES)
        dist, roads = r.choice(dists)
        road = r.choice(roads)
        no = f"{r.randint(1, 999)}号"
        est = r.choice(estates)
        if fmt == "full_prov":
            tail = r.choice((f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}", f"{r.randint(1, 30)}栋{_room(r)}室",
                             f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{_room(r)}室"))
            return "", prov + city + dist + road + no + est + tail, ""
        if fmt == "city_district":
            tail = r.choice((f"{r.randint(1, 30)}幢{r.randint(1, 3)}单元{_room(r)}室", f"{r.randint(1, 30)}栋{_room(r)}",
                             f"{r.randint(1, 12)}号楼{_room(r)}"))
            return "", city + dist + road + no + est + tail, ""
        if fmt == "district_start":
            tail = r.choice((f"{r.randint(1, 30)}栋{r.randint(1, 3)}单元{_room(r)}", f"{r.randint(1, 12)}号楼{r.randint(1, 6)}单元{_room(r)}室",
                             f"{r.randint(1, 30)}幢{_room(r)}室"))
            return "", dist + road + no + est + tail, ""
        if fmt == "estate_dash_room":
            head = r.choice((city + dist, dist + road + no, city + dist + road + no))
            return "", head + est + f"{r.randint(1, 30)}-{r.randint(1, 4)}-{_room(r)}", ""
        if fmt == "office_floor":
            f = r.randint(3, 42)
            tail = r.choice((f"{f}层", f"{f}楼{f}{r.randint(1, 20):02d}室", f"{f}层{f}{r.randint(1, 20):02d}"))
            return "", r.choice((city, prov + city)) + dist + road + no + r.choice(TOWERS) + tail, ""
        if fmt == "form_spaced":
            tail = r.choice((f"{r.randint(1, 30)}栋{_room(r)}", f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室",
                             f"{r.randint(1, 12)}号楼{_room(r)}"))
            pc = f"{prov} {city} " if prov else f"{city} "
            return "", pc + dist + " " + road + no + " " + est + tail, ""
        raise KeyError(fmt)
    return g


# (kind, format, generator, allowed template channels); channels: T typed, F pasted form, V voice input.
FORMATS: tuple = (
    ("mobile", "plain_11", _g_mobile("plain_11"), "TFV"),
    ("mobile", "space_344", _g_mobile("space_344"), "TF"),
    ("mobile", "dash_344", _g_mobile("dash_344"), "TF"),
    ("mobile", "plus86", _g_mobile("plus86"), "TF"),
    ("mobile", "fullwidth_11", _g_mobile("fullwidth_11"), "TF"),
    ("mobile", "voice_words", _g_mobile("voice_words"), "V"),
    ("landline", "area_dash", _g_landline("area_dash"), "TF"),
    ("landline", "area_plain", _g_landline("area_plain"), "TFV"),
    ("landline", "paren_area", _g_landline("paren_area"), "TF"),
    ("landline", "area_space", _g_landline("area_space"), "TF"),
    ("landline", "local_8", _g_landline("local_8"), "TFV"),
    ("landline", "dash_ext", _g_landline("dash_ext"), "TF"),
    ("id_card", "plain_18", _g_id("plain_18"), "TFV"),
    ("id_card", "x_upper", _g_id("x_upper"), "TFV"),
    ("id_card", "x_lower", _g_id("x_lower"), "TF"),
    ("id_card", "space_684", _g_id("space_684"), "TF"),
    ("bank_card", "unionpay_19", _g_bank("unionpay_19"), "TFV"),
    ("bank_card", "debit_16", _g_bank("debit_16"), "TFV"),
    ("bank_card", "space_4", _g_bank("space_4"), "TF"),
    ("bank_card", "credit_space_4", _g_bank("credit_space_4"), "TF"),
    ("bank_card", "domestic_95_19", _g_bank("domestic_95_19"), "TF"),
    ("qq", "plain_short", _g_qq("plain_short"), "TFV"),
    ("qq", "plain_long", _g_qq("plain_long"), "TFV"),
    ("wechat", "wxid", _g_wechat("wxid"), "TF"),
    ("wechat", "pinyin_digits", _g_wechat("pinyin_digits"), "TF"),
    ("wechat", "en_word", _g_wechat("en_word"), "TF"),
    ("wechat", "mixed_case", _g_wechat("mixed_case"), "TF"),
    ("email", "qq_numeric", _g_email("qq_numeric"), "TF"),
    ("email", "pinyin_domestic", _g_email("pinyin_domestic"), "TF"),
    ("email", "corp_dotted", _g_email("corp_dotted"), "TF"),
    ("email", "en_intl", _g_email("en_intl"), "TF"),
    ("email", "fullwidth_at", _g_email("fullwidth_at"), "T"),
    ("plate", "plain_7", _g_plate("plain_7"), "TFV"),
    ("plate", "middot", _g_plate("middot"), "TF"),
    ("plate", "space_7", _g_plate("space_7"), "TF"),
    ("plate", "lower_letter", _g_plate("lower_letter"), "T"),
    ("plate", "new_energy", _g_plate("new_energy"), "TFV"),
    ("address", "full_prov", _g_address("full_prov"), "TFV"),
    ("address", "city_district", _g_address("city_district"), "TFV"),
    ("address", "district_start", _g_address("district_start"), "TFV"),
    ("address", "estate_dash_room", _g_address("estate_dash_room"), "TF"),
    ("address", "rural_village", _g_address("rural_village"), "TFV"),
    ("address", "office_floor", _g_address("office_floor"), "TF"),
    ("address", "form_spaced", _g_address("form_spaced"), "F"),
)
# weights for the free draw (forced rows come first anyway)
FMT_WEIGHT = {"plain_11": 8, "space_344": 2, "dash_344": 1.5, "plus86": 1, "fullwidth_11": .5, "voice_words": 2,
              "area_dash": 4, "area_plain": 2, "paren_area": 1, "area_space": 1, "local_8": 1.5, "dash_ext": 1.5,
              "plain_18": 6, "x_upper": 1.5, "x_lower": .6, "space_684": .8,
              "unionpay_19": 5, "debit_16": 3, "space_4": 2, "credit_space_4": 1, "domestic_95_19": .6,
              "plain_short": 1, "plain_long": 2, "wxid": 2, "pinyin_digits": 3, "en_word": 2, "mixed_case": 1.5,
              "qq_numeric": 4, "pinyin_domestic": 4, "corp_dotted": 2, "en_intl": 1.5, "fullwidth_at": .4,
              "plain_7": 6, "middot": 1, "space_7": 1, "lower_letter": .6, "new_energy": 2,
              "full_prov": 4, "city_district": 4, "district_start": 3, "estate_dash_room": 1.5, "rural_village": 1.5,
              "office_floor": 1.5, "form_spaced": 3}

# --------------------------------------------------------------------------- near-miss generators
COMPANIES = ("深圳市佳禾电器有限公司", "杭州好运科技有限公司", "成都蓝鲸家居有限公司", "南京瑞达贸易有限公司",
             "广州市明德教育咨询有限公司", "武汉华信物流有限公司", "郑州联发商贸有限公司", "青岛东方家电销售有限公司")
STORES = ("万象城店", "龙湖天街店", "吾悦广场店", "万达广场店", "宝龙城市广场店", "天河城店", "银泰城店", "西单大悦城店",
          "印象城店", "苏宁广场店")
PLACES = ("南山区", "浦东", "朝阳区", "天河区", "余杭区", "江宁区", "武侯区", "光谷", "金水区", "雁塔区", "岳麓区",
          "渝北区", "深圳", "杭州", "成都", "郑州市区", "青岛黄岛", "苏州园区", "宝安区", "西湖区")
MODELS = ("KFR-35GW/N8XHA1", "KFR-72LW/NhGc1B", "BCD-470WDPG", "XQG100-HBD14126L", "JSQ30-16WH5", "MR-400G",
          "RO-600G", "EG10014B39GU1", "iPhone 15 Pro Max", "Mate 60 Pro", "Redmi K70", "CXW-260-E900C11",
          "JZT-FZ5B", "X30 Pro", "Q8S", "WTS-120A", "55E3N", "75V8F", "CS-N10", "G20 Pro")
PICK_RULES = ("{a}-{b}-{c}", "{a}-{b}-{c}", "{d}")


def _n_order(r):
    k = r.randint(0, 5)
    if k == 0:
        return _safe_digits(r, 19)
    if k == 1:
        return _safe_digits(r, 18, "2")
    if k == 2:
        return "SO" + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + f"{r.randint(1, 9999):04d}"
    if k == 3:
        return f"{r.choice(('23', '24', '25'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-" + _digits(r, 15, "0123456789")
    if k == 4:
        return _digits(r, 12, "23456789")
    return "DD" + _digits(r, 12, "2")


def _n_tracking(r):
    k = r.randint(0, 5)
    if k == 0:
        return "SF" + _digits(r, 13, "1")
    if k == 1:
        return "JT" + _digits(r, 13, "0")
    if k == 2:
        return "YT" + _digits(r, 13, "7")
    if k == 3:
        return _digits(r, 14, "7")
    if k == 4:
        return _digits(r, 13, "4")
    return "JDX" + _digits(r, 12, "0")


def _n_invoice(r):
    if r.random() < .5:
        return _digits(r, 8, "0123456789")
    return f"{r.choice(('24', '25'))}{r.choice(('44', '33', '32', '31', '11', '51'))}2000000" + _digits(r, 9, "0123456789")


def _n_member(r):
    k = r.randint(0, 2)
    if k == 0:
        return "VIP" + _digits(r, 8, "0123456789")
    if k == 1:
        return "M" + _digits(r, 10, "0123456789")
    return _digits(r, 12, "8")


def _n_amount(r):
    v = r.choice((r.randint(9, 99), r.randint(100, 999), r.randint(1000, 12999)))
    k = r.randint(0, 6)
    if k == 0:
        return f"¥{v}"
    if k == 1:
        return f"{v:,}.00元" if v >= 1000 else f"{v}.00元"
    if k == 2:
        return f"{v}块"
    if k == 3:
        return f"{v}元"
    if k == 4:
        return f"{v}.{r.randint(1, 99):02d}"
    if k == 5:
        return f"￥{v}.{r.choice(('00', '50', '90'))}"
    return f"{v}块钱"


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    k = r.randint(0, 6)
    if k == 0:
        return f"{m}月{d}号"
    if k == 1:
        return f"2024-{m:02d}-{d:02d}"
    if k == 2:
        half, lo, hi = r.choice((("上午", 8, 11), ("下午", 1, 6), ("晚上", 6, 9)))
        return f"{r.choice(('周六', '周日', '明天', '后天', '周三'))}{half}{r.randint(lo, hi)}点"
    if k == 3:
        return f"{r.randint(8, 20)}:{r.choice(('00', '30', '15', '45'))}"
    if k == 4:
        return f"2024/{m}/{d} {r.randint(8, 20)}:{r.choice(('00', '30'))}"
    if k == 5:
        return f"{m}.{d}"
    return f"{m}月{d}日{r.randint(8, 18)}点"


def _n_verify(r):
    return _digits(r, r.choice((4, 6, 6)), "0123456789")


def _n_hotline(r):
    k = r.randint(0, 4)
    if k == 0:
        return f"400-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}"
    if k == 1:
        return "400" + _digits(r, 7, "0123456789")
    if k == 2:
        return r.choice(("95588", "95533", "95566", "95555", "95599", "95338", "95311", "95546"))
    if k == 3:
        return f"800-{_digits(r, 3)}-{_digits(r, 4, '0123456789')}"
    return r.choice(("10086", "10010", "12315", "12345", "10000"))


def _n_masked(r):
    k = r.randint(0, 3)
    if k == 0:
        m = _mobile(r)
        return m[:3] + "****" + m[7:]
    if k == 1:
        return r.choice(BIN_19 + BIN_16)[:4] + " **** **** " + _digits(r, 4, "0123456789")
    if k == 2:
        return r.choice(ID_AREAS) + "********" + _digits(r, 3, "0123456789") + r.choice("0123456789X")
    m = _mobile(r)
    return m[:3] + "*****" + m[8:]


def _n_pickup(r):
    t = r.choice(PICK_RULES)
    return t.format(a=r.randint(1, 12), b=r.randint(1, 6), c=r.randint(1001, 6099), d=_digits(r, 5, "0123456789"))


def _n_credit(r):
    return "91" + r.choice(("4403", "3301", "5101", "3201", "4201", "4101", "3702")) + r.choice(("00", "06", "04", "02")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")


def _credit_code(r):
    while True:
        s = _n_credit(r)
        if not s.isdigit():
            return s


NEAR_GEN = {
    "order_no": _n_order,
    "tracking_no": _n_tracking,
    "invoice_no": _n_invoice,
    "member_no": _n_member,
    "amount": _n_amount,
    "date_time": _n_date,
    "verify_code": _n_verify,
    "model_no": lambda r: r.choice(MODELS),
    "quantity": lambda r: f"{r.randint(1, 12)}{r.choice(('台', '件', '箱', '套', '个', '瓶', '张'))}",
    "hotline": _n_hotline,
    "masked": _n_masked,
    "tail_digits": lambda r: _digits(r, 4, "0123456789"),
    "refund_ref": lambda r: _safe_digits(r, r.choice((16, 17, 19)), "2"),
    "aftersale_no": lambda r: _safe_digits(r, 18, "3"),
    "postal_code": lambda r: r.choice(("518000", "518057", "510620", "310012", "210000", "215000", "200120",
                                       "100102", "610041", "430070", "450000", "266071", "710061", "410006",
                                       "401120", "361000", "466200", "274400")),
    "pickup_code": _n_pickup,
    "coupon_code": lambda r: " ".join(_digits(r, 4, "0123456789") for _ in range(3)),
    "sku_no": lambda r: "1000" + _digits(r, 8, "0123456789"),
    "work_order": lambda r: f"GD2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 9999):04d}",
    "credit_code": _credit_code,
    "company": lambda r: r.choice(COMPANIES),
    "store": lambda r: r.choice(STORES),
    "place_only": lambda r: r.choice(PLACES),
    "url": lambda r: r.choice(("https://", "http://")) + r.choice(("m.jiahe-home.com/s/", "wx.hyshop.cn/p/", "t.cn/",
                                                                 "j.youzan.com/")) + "".join(r.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "pay_txn": lambda r: "4200002" + _digits(r, 3, "0123456789") + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 10, "0123456789"),
    "serial_no": lambda r: r.choice(("SN", "SN", "")) + _digits(r, 2, "123456789") + r.choice("ABCDEFGHJK") + _digits(r, 9, "0123456789"),
    "imei": lambda r: _luhn_complete("86" + _digits(r, 12, "0123456789")),
    "discount": lambda r: r.choice(("8.5折", "9折", "95折", "7.8折", "满3000减300", "满199减20", "立减50")),
    "staff_no": lambda r: r.choice(("A", "S", "KF", "")) + _digits(r, 4, "0123456789"),
    "percent": lambda r: f"{r.randint(40, 130)}.{r.randint(0, 9)}%",
    "store_no": lambda r: r.choice(("SZ", "HZ", "CD", "WH", "NJ", "BJ", "SH")) + _digits(r, 4, "0123456789"),
}

# --------------------------------------------------------------------------- templates
# (channel, text).  {kind} = entity slot, {#near} = near-miss slot.
PII_TEMPLATES: tuple = (
    # --- sales advisers / customer service, 1:1
    ("T", "手机号{mobile}，麻烦帮我查下订单{#order_no}到哪了"),
    ("T", "{mobile} 这个是我老公的号，送货前打他电话"),
    ("T", "亲，系统里留的电话是{mobile}，是您本人吗？"),
    ("T", "我换号了，新号码{mobile}，旧的{mobile}别打了，停机了"),
    ("T", "电话打不通啊 我的号是{mobile} 你们快递员一直没联系我"),
    ("T", "{mobile}是我的手机号，有事打这个，微信消息我不一定能及时看到"),
    ("T", "好的👌 我电话{mobile}，到了提前半小时打给我哈"),
    ("T", "手机好{mobile}，收获地址{address}，麻烦尽快发货"),
    ("T", "电化{mobile} 地止{address}"),
    ("T", "你好，我在{#store}看的那款{#model_no}，价格{#amount}还能少吗？我电话{mobile}，可以直接打我"),
    ("T", "导购您好，活动{#discount}还有吗？我手机{mobile}，到了提醒我一下"),
    ("T", "预约到店，{#date_time}，手机{mobile}"),
    ("T", "会员卡绑的手机号{mobile}，会员号{#member_no}，积分怎么没到账"),
    ("T", "我用{mobile}注册的，会员号是{#member_no}，生日券没收到"),
    ("T", "跟您核对一下：收货电话{mobile}，地址{address}，对吗？"),
    ("T", "好的，已为您修改，新手机号{mobile}，原号码{#masked}已解绑"),
    ("T", "已登记，师傅会在{#date_time}前联系您，电话{mobile}请保持畅通"),
    ("T", "我不太会弄 你看这个行不行 {mobile} 地址{address}"),
    ("T", "这个号码{mobile}也能联系到我，是我女儿的"),
    ("T", "联系人改成我爸吧，他电话{mobile}，白天在家"),
    # --- delivery / install / after-sales
    ("T", "送到{address}，放门口就行，到了给我打{mobile}"),
    ("T", "地址改一下：{address}，电话不变"),
    ("T", "麻烦改下地址，原来的{address}不对，新地址：{address}"),
    ("T", "安装师傅明天上午能来吗？{address} 我电话{mobile}"),
    ("T", "你好 我是在你们{#store}买的{#model_no}，现在不制冷了，家里地址{address}，电话{mobile}"),
    ("T", "地址发你啦🙏 {address}"),
    ("T", "我在{#place_only}，具体地址是{address}，没电梯，要搬上楼的话多少钱"),
    ("T", "{address}，这个地址能送吗？偏不偏"),
    ("T", "换货寄到{address}就行，快递发顺丰吧"),
    ("T", "上门取件地址{address}，时间{#date_time}，取件电话{mobile}"),
    ("T", "退货寄回哪里？我这边寄件人电话{mobile}，单号{#tracking_no}"),
    ("T", "物流单号{#tracking_no}，收件电话{mobile}，一直显示派送中"),
    ("T", "快递员电话{mobile}打不通，单号{#tracking_no}，帮忙催一下"),
    ("T", "明天上午10点前送到{address}，联系{mobile}或{landline}"),
    ("T", "发票寄到{address}，联系人电话{mobile}，邮编{#postal_code}"),
    ("T", "地址是{address}，靠近地铁站那个门，保安不让进就打{mobile}"),
    ("T", "老家地址{address}，给我妈寄过去，她电话{mobile}"),
    ("T", "公司地址{address}，前台代收，座机{landline}"),
    ("T", "送{address}，工作日白天家里没人，送公司吧：{address}"),
    ("T", "净水器滤芯到期了，上门换一下，地址{address}，手机{mobile}，型号{#model_no}"),
    ("T", "师傅把SN码拍给我：{#serial_no}，客户地址{address}，电话{mobile}"),
    # --- landline
    ("T", "公司座机{landline}，工作日九点到六点有人接"),
    ("T", "家里座机{landline}，手机{mobile}，哪个都行"),
    ("T", "打我办公室电话吧{landline}"),
    ("T", "{landline}这个是我们前台，到了让前台签收"),
    ("T", "我店里座机{landline}，白天都有人，手机没信号"),
    ("T", "手机号码：{mobile}（白天），晚上打家里{landline}"),
    ("T", "座机{landline}，这个是我家的，老人在家能接"),
    ("T", "你好，我们单位采购{#quantity}，联系电话{landline}，对接人手机{mobile}"),
    ("T", "{landline} 打这个，找财务"),
    # --- bank card / billing
    ("T", "退款退到这张卡{bank_card}，建行的"),
    ("T", "尾款我转给你们了，用的卡{bank_card}，转了{#amount}"),
    ("T", "原来付款那张卡{bank_card}已经注销了，能退到{bank_card}吗"),
    ("T", "分期用的信用卡 {bank_card}，每期{#amount}，一共12期"),
    ("T", "以旧换新补贴打到哪张卡？我填的是{bank_card}"),
    ("T", "返现{#amount}麻烦打到{bank_card}，农行的，谢谢"),
    ("T", "{bank_card} 工行，户名是我本人"),
    ("T", "押金退这张卡吧 {bank_card} 开户行招商银行深圳科技园支行"),
    ("T", "这个客户的退款卡号{bank_card}，退款金额{#amount}，财务今天处理下"),
    # --- id card
    ("T", "身份证号{id_card}，办会员要这个吗"),
    ("T", "实名登记需要身份证号：{id_card}，手机号：{mobile}"),
    ("T", "{id_card} 这是我身份证号 保修卡上写的名字是我妈的"),
    ("T", "以旧换新补贴要填身份证，我的是{id_card}"),
    ("T", "办分期需要：身份证{id_card}，银行卡{bank_card}，预留手机{mobile}"),
    ("T", "开个人发票要身份证号吗？{id_card}"),
    ("T", "手机卡实名用的{id_card}，号码{mobile}"),
    ("T", "身份证{id_card}，上面地址是{address}，现在不住那了"),
    # --- plate
    ("T", "到店自提，车牌{plate}，帮我登记下停车"),
    ("T", "师傅的车是{plate}，白色面包车，马上到小区门口"),
    ("T", "停车场进不去，车牌号{plate}，麻烦跟保安说一下"),
    ("T", "门店有停车位吗？我车牌{plate}，会员能免停车费吗"),
    ("T", "我开车过去拿，{plate}，大概{#date_time}到"),
    ("T", "送货车{plate}进不了小区，客户说要登记，{address}"),
    ("T", "车牌{plate}，黑色的，在B2等你们送货的"),
    # --- qq
    ("T", "加我qq吧{qq}，微信不常用"),
    ("T", "QQ：{qq}，把说明书发我一下"),
    ("T", "{qq} 这是我qq，文件太大微信发不了"),
    ("T", "电子版合同发我QQ邮箱也行，QQ号{qq}"),
    ("T", "我扣扣{qq}，你加一下，图片在电脑上"),
    ("T", "售后群满了，加我QQ{qq}，我把安装视频传你"),
    ("T", "qq号{qq}，手机{mobile}，都可以"),
    # --- wechat
    ("T", "微信号{wechat}，加我一下，我拉你进群"),
    ("T", "我微信{wechat}，手机号搜不到，你搜这个"),
    ("T", "vx：{wechat}"),
    ("T", "加个微信吧 {wechat} 备注一下买的什么"),
    ("T", "{wechat}是我老婆的微信，有事找她，她管家里这些"),
    ("T", "你搜我微信号{wechat}，头像是一只猫"),
    ("T", "V信{wechat} 手机{mobile}"),
    # --- email
    ("T", "邮箱：{email} 电子发票发这里就行"),
    ("T", "发票抬头个人，发我邮箱{email}谢谢"),
    ("T", "合同扫描件发我邮箱{email}"),
    ("T", "我的邮箱是{email}，收不到你们的邮件啊"),
    ("T", "邮箱写错了，应该是{email}，不是{email}"),
    ("T", "{email} 这个邮箱也可以，公司邮箱"),
    ("T", "发票开好了吗，我邮箱{email}，订单{#order_no}"),
    ("T", "电子保修卡发到{email}了吗？一直没收到"),
    ("T", "账单发{email}，抄送{email}"),
    # --- internal notes / group chats
    ("T", "【交接】客户电话{mobile}，地址{address}，订单{#order_no}，明天上门装机"),
    ("T", "@售后客服 这个客户{mobile}催了三次了，帮忙看下工单{#work_order}"),
    ("T", "@所有人 明天配送安排：\n1. {address} {mobile}\n2. {address} {mobile}\n有问题群里说"),
    ("T", "今天第3单 {address} 客户电话{mobile} 要求送上楼，{#quantity}"),
    ("T", "{plate} 已到仓，等装车"),
    ("T", "司机换人了，新车牌{plate}，电话{mobile}"),
    ("T", "仓库这边登记下提货车辆：{plate}，司机电话{mobile}"),
    ("T", "客户微信是{wechat}，之前抖音下的单，转给你跟进一下"),
    ("T", "备注：客户要求工作日送，公司座机{landline}，别打手机"),
    ("T", "这个投诉的客户{mobile}，说{#date_time}约了没人上门，安抚一下"),
    ("T", "客户要开专票，邮箱{email}，税号{#credit_code}，抬头{#company}"),
    ("T", "@配送组 {address} 这单改到{#date_time}送，客户{mobile}"),
    ("T", "客户身份证{id_card}、卡号{bank_card}，分期审核资料齐了"),
    # --- pasted forms / labels
    ("F", "收货地址：{address}\n收货人电话：{mobile}"),
    ("F", "报修\n型号：{#model_no}\n地址：{address}\n电话：{mobile}\n座机：{landline}"),
    ("F", "卡号：{bank_card}\n开户行：中国工商银行\n户名：本人"),
    ("F", "身份证：{id_card}\n手机：{mobile}\n银行卡：{bank_card}\n地址：{address}"),
    ("F", "开票信息：\n抬头：{#company}\n税号：{#credit_code}\n邮箱：{email}"),
    ("F", "收件人：本人\n手机号码：{mobile}\n所在地区：{#place_only}\n详细地址：{address}"),
    ("F", "{address}\n{mobile}"),
    ("F", "{mobile}\n{address}\n放快递柜"),
    ("F", "📞{mobile}\n🏠{address}"),
    ("F", "本人，{mobile}，{address}"),
    ("F", "联系方式\n手机：{mobile}\n微信：{wechat}\nQQ：{qq}\n邮箱：{email}"),
    ("F", "登记表\n车牌：{plate}\n手机：{mobile}\n到店时间：{#date_time}"),
    ("F", "收货人：本人 {mobile} {address}"),
    ("F", "【补贴申请】\n身份证号码：{id_card}\n收款账号：{bank_card}\n联系电话：{mobile}\n订单编号：{#order_no}"),
    ("F", "地址：{address}\n电话：{landline}\n邮编：{#postal_code}"),
    ("F", "客户信息\n电话：{mobile}\n地址：{address}\n车牌：{plate}\n备注：周末送"),
    ("F", "办卡资料\n证件号：{id_card}\nQQ：{qq}\n邮箱：{email}"),
    ("F", "Email：{email}\nTel：{mobile}"),
    ("F", "姓名：（见上）\n联系电话：{landline}\n手机：{mobile}"),
    ("F", "微信：{wechat}\n手机：{mobile}"),
    ("F", "车牌号码：{plate}\n身份证号：{id_card}"),
    ("F", "退款信息\n银行卡号：{bank_card}\n开户行：建设银行\n预留手机：{mobile}"),
    ("F", "收件信息：{address}，{mobile}"),
    ("F", "qq {qq}\nvx {wechat}"),
    # --- voice input
    ("V", "喂你好 我的电话是{mobile} 你们师傅到了打这个就行"),
    ("V", "我刚才说的那个号码是{mobile}对就是这个明天上午送过来吧"),
    ("V", "地址是{address}电话{mobile}麻烦快一点啊"),
    ("V", "那个收货人电话改成{mobile}吧原来那个不用了"),
    ("V", "我家老人不会打字我用语音说他手机是{mobile}有事找他也行"),
    ("V", "你让安装师傅打我电话{mobile}我下午都在家"),
    ("V", "我老家地址是{address}给我爸寄过去他电话{mobile}"),
    ("V", "我车牌号是{plate}你跟门卫说一下让我进去"),
    ("V", "我身份证号是{id_card}你帮我登记一下"),
    ("V", "你加我QQ吧{qq}我电脑上看"),
    ("V", "家里座机是{landline}你打这个也行"),
    ("V", "钱退到我那个卡上{bank_card}是农业银行的"),
    ("V", "送到{address}到了打我电话"),
    ("V", "我新换的号码是{mobile}以后打这个"),
)

NEAR_TEMPLATES: tuple = (
    ("T", "订单号{#order_no}，什么时候发货啊"),
    ("T", "{#order_no} 这个单帮我催一下"),
    ("T", "单号{#tracking_no}，显示签收了但我没收到"),
    ("T", "顺丰单号：{#tracking_no}"),
    ("T", "快递到哪了 {#tracking_no}"),
    ("T", "发票号码{#invoice_no}，金额{#amount}，开错了能重开吗"),
    ("T", "会员号{#member_no}，积分是不是少了"),
    ("T", "一共{#amount}，优惠后{#amount}，对吧"),
    ("T", "{#date_time}之前能送到吗"),
    ("T", "验证码{#verify_code}，我收到了"),
    ("T", "型号{#model_no}，买了{#quantity}，都是一个批次的吗"),
    ("T", "售后热线{#hotline}一直占线，只能在这问了"),
    ("T", "打了{#hotline}说让我找门店"),
    ("T", "您尾号{#tail_digits}的手机已登记，稍后会有短信"),
    ("T", "您的账号{#masked}已绑定会员"),
    ("T", "退款流水号{#refund_ref}，三到五个工作日到账"),
    ("T", "售后单号{#aftersale_no}，麻烦查一下进度"),
    ("T", "取件码{#pickup_code}，放在小区驿站了"),
    ("T", "优惠券码{#coupon_code}用不了，提示已过期"),
    ("T", "商品编码{#sku_no}，还有货吗"),
    ("T", "工单{#work_order}已派单，师傅{#date_time}上门"),
    ("T", "税号{#credit_code}，抬头{#company}"),
    ("T", "{#store}还有现货吗，我在{#place_only}"),
    ("T", "活动链接：{#url}，点进去领券"),
    ("T", "微信支付交易单号{#pay_txn}，付了{#amount}但是订单显示未付款"),
    ("T", "SN码{#serial_no}，保修到什么时候"),
    ("T", "手机IMEI：{#imei}，能查激活时间吗"),
    ("T", "{#quantity}，{#amount}一箱，运费另算"),
    ("T", "今日销售额{#amount}，完成率{#percent}，大家加油💪"),
    ("T", "电话{#masked}的客户说没收到货，查下物流{#tracking_no}"),
    ("T", "@所有人 {#date_time}盘点，门店编号{#store_no}的同事早点到"),
    ("T", "工号{#staff_no}的客服帮我处理的，服务很好"),
    ("T", "我是{#place_only}的，你们{#place_only}有门店吗"),
    ("T", "现在下单{#discount}吗？这款{#model_no}"),
    ("T", "付了{#amount}定金，尾款{#amount}到店付"),
    ("T", "邮编是{#postal_code}吧？我填的这个"),
    ("T", "银行卡尾号{#tail_digits}扣了{#amount}，我没买东西啊"),
    ("T", "卡号{#masked}的那笔退款到了吗"),
    ("T", "订单{#order_no}，物流{#tracking_no}，已经好几天没更新了"),
    ("T", "{#hotline} 是你们官方电话吗，刚才有人打给我说要退款"),
    ("T", "收到了，{#quantity}，少了一个配件"),
    ("T", "退款{#amount}到账了，谢谢"),
    ("T", "约的{#date_time}，师傅说晚点到"),
    ("T", "保修卡上写的是{#date_time}购买，是不是过保了"),
    ("T", "这个{#model_no}和{#model_no}有什么区别"),
    ("T", "会员卡{#member_no}能不能合并到我老公那张{#member_no}"),
    ("T", "我在{#place_only}，最近的门店是{#store}吗"),
    ("T", "发票代码和号码：{#invoice_no}，麻烦红冲一下"),
    ("T", "已发货，快递单号：{#tracking_no}，请注意查收~"),
    ("T", "您好，您的订单{#order_no}已退款{#amount}，原路退回"),
    ("T", "验证码是{#verify_code}吗，我念一下你核对"),
    ("T", "退款单号{#refund_ref}，显示已处理"),
    ("T", "{#pickup_code} 这是取件码，帮我拿下快递"),
    ("T", "售后说打{#hotline}，按{#verify_code}转人工？"),
    ("T", "亲，售后单{#aftersale_no}已审核通过，请在{#date_time}前寄回"),
    ("T", "第一批{#quantity}到了，第二批{#date_time}到"),
    ("T", "门店{#store_no}本月完成{#percent}"),
    ("T", "这个价格{#amount}是含安装的吗"),
    ("T", "[链接]{#url}\n这个款式有白色吗"),
    ("T", "付款截图：交易单号{#pay_txn}"),
    ("T", "订单编号：{#order_no}\n下单时间：{#date_time}\n实付：{#amount}"),
    ("T", "你们客服电话{#hotline}还是{#hotline}啊"),
    ("T", "SN：{#serial_no} 型号：{#model_no}"),
    ("T", "我那个订单{#order_no}，能不能开专票，税号{#credit_code}"),
    ("T", "券{#coupon_code}，满减能叠加吗"),
    ("T", "领的{#discount}券怎么用"),
    ("T", "{#sku_no} 这个商品怎么下架了"),
    ("T", "会员号是{#member_no}还是手机号？"),
    ("T", "滤芯{#quantity}，{#amount}，包邮吗"),
    ("T", "嗯嗯 {#date_time}可以的"),
    ("V", "我那个单号是{#order_no}你帮我看看"),
    ("V", "打了好几次{#hotline}都没人接"),
    ("V", "验证码是{#verify_code}"),
    ("V", "买了{#quantity}花了{#amount}"),
    ("V", "我住{#place_only}那边你们送不送"),
    ("T", "工单号{#work_order}，客户{#masked}，已回访"),
    ("T", "物流停在{#place_only}好几天了，单号{#tracking_no}"),
    ("T", "IMEI {#imei} SN {#serial_no}，换机登记"),
    ("T", "退货地址发我一下，我{#date_time}寄"),
    ("T", "你们{#store}电话多少，我打{#hotline}转不过去"),
)


# --------------------------------------------------------------------------- build
_SLOT = re.compile(r"\{(#?)(\w+)\}")


def _fill(r: random.Random, tpl: str, chan: str, forced: dict | None = None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    cur = 0
    used_forced = set()
    for m in _SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        near, name = m.group(1), m.group(2)
        if near:
            v = NEAR_GEN[name](r)
            out.append(v)
            nears.append((name, cur, cur + len(v)))
            cur += len(v)
        else:
            if forced and name in forced and name not in used_forced:
                fmt = forced[name]
                used_forced.add(name)
            else:
                cands = [f for k, f, _, ch in FORMATS if k == name and chan in ch]
                fmt = r.choices(cands, weights=[FMT_WEIGHT[f] for f in cands])[0]
            gen = next(g for k, f, g, _ in FORMATS if k == name and f == fmt)
            pre, v, suf = gen(r)
            out.append(pre)
            cur += len(pre)
            ents.append((name, cur, cur + len(v)))
            fmts.append(fmt)
            out.append(v)
            cur += len(v)
            out.append(suf)
            cur += len(suf)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), ents, fmts, nears


def _kinds_of(tpl: str) -> list:
    return [m.group(2) for m in _SLOT.finditer(tpl) if not m.group(1)]


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows, tids = [], []
    # forced placements: every format into FORCE_PER_FMT distinct compatible templates
    for kind, fmt, _, chans in FORMATS:
        comp = [i for i, (ch, t) in enumerate(PII_TEMPLATES) if ch in chans and kind in _kinds_of(t)]
        assert len(comp) >= 3, (kind, fmt, len(comp))
        picks = r.sample(comp, min(FORCE_PER_FMT, len(comp)))
        while len(picks) < FORCE_PER_FMT:
            picks.append(r.choice(comp))
        for i in picks:
            ch, t = PII_TEMPLATES[i]
            rows.append(_fill(r, t, ch, {kind: fmt}))
            tids.append(f"P{i}")
    while len(rows) < N_PII_ROWS:
        i = r.randrange(len(PII_TEMPLATES))
        ch, t = PII_TEMPLATES[i]
        rows.append(_fill(r, t, ch))
        tids.append(f"P{i}")
    for _ in range(N_NEAR_ROWS):
        i = r.randrange(len(NEAR_TEMPLATES))
        ch, t = NEAR_TEMPLATES[i]
        rows.append(_fill(r, t, ch))
        tids.append(f"N{i}")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[j] for j in order)
    return pd.DataFrame({
        "text": [rows[j][0] for j in order],
        "entities": [rows[j][1] for j in order],
        "formats": [rows[j][2] for j in order],
        "near_misses": [rows[j][3] for j in order],
        "split": [SPLIT] * len(order),
    })


def make_blind39_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks
_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|组|\d)$")
_ADDR_START = ("省", "市", "区", "县", "自治区")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    inv_voice = {v: k for k, v in _VOICE.items()}
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                n2 = "".join(inv_voice.get(c, c) for c in n)
                assert _MOBILE_RE.fullmatch(n2), v
                assert not (s > 0 and text[s - 1].isdigit() and not text[:s].endswith("86")), text
                assert not (e < len(text) and text[e].isdigit()), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert _luhn_ok(n) and 16 <= len(n) <= 19, v
            elif k == "landline":
                assert n.isdigit() and (len(n) == 8 or n.startswith("0") and 10 <= len(n) <= 12), v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+[@＠][\w\-]+(\.[\w\-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[\u4e00-\u9fff][A-Za-z][·\s]?[A-Za-z0-9]{5,6}", v), v
            elif k == "address":
                assert _ADDR_END.search(v), v
                assert any(u in v for u in ("省", "市", "区", "县")), v
            if k != "address" and s > 0 and text[s - 1].isascii() and not text[:s].endswith("86"):
                prev = text[s - 1]
                assert not (prev.isdigit() or (prev.isalpha() and not v[0].isdigit())), (text, v)
            if k != "address" and e < len(text) and text[e].isascii():
                assert not (text[e].isdigit() or (text[e].isalpha() and not v[-1].isdigit())), (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
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
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind39_corpus())  # deterministic
    assert df.equals(make_blind39_corpus())
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
    declared = [f"{k}/{f}" for k, f, _, _ in FORMATS]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

"""Sixth blind PII corpus (``split == "blind6"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by another independent test-data writer (a helper session, "另一位写手")
that did NOT read the masking rules (``toolkit/privacy/_patterns.py``,
``toolkit/privacy/mask.py`` beyond the PII_KINDS / PLACEHOLDERS lines), the
other corpora or tests under ``tests/privacy/`` (only the docstring / layout
part of ``pii_blind5.py`` lines 1-60 and its last 30 lines for the entry-point
name), ``bench/``, the README privacy sections or git history, never imported
``toolkit`` and never ran any masking function on this corpus.  Value shapes,
chat contexts and labels come only from the writer's own idea of how people in
mainland China type contact data when talking to customer service in WeCom.

Seed
----
``SEED = "blind6-2026-wecom-另一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples (no hash seeds, no set
iteration order).  ID-card check digits (ISO 7064 MOD 11-2) and bank-card /
IMEI Luhn digits are computed here.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; the span holds the value
  only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转8021``, ``-8021``, ``ext.302``, ``分机302``) are outside,
  separators inside a value (spaces, dashes, dots, full-width spaces) are
  inside; an address runs from its first to its last place unit (省 / 市 / 区
  / 县 / 镇 / 乡 / 街道 / 村 / 组 / 屯 / 路 / 街 / 巷 / 弄 / 号 / 小区 / 花园 /
  苑 / 公寓 / 大厦 / 栋 / 幢 / 座 / 号楼 / 单元 / 室 / 房 / 楼 / 层 and bare
  room numbers such as ``1502`` or ``3-2-1101``)
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked (order / tracking numbers, amounts, hotlines, numbers of card
  length failing Luhn, numbers of ID length failing the check digit, ...)
* ``split``       -- always ``"blind6"``

Rows with >= 1 entity are PII sentences; rows with none are near-miss
sentences (PII sentences may also carry near-misses).  Kinds: email, id_card,
bank_card, mobile, landline, qq, wechat, plate, address (``name`` is not
labelled; the messages avoid personal names, only 本人 / 先生 / 女士 style).

Entry points: ``build()`` (alias ``make_blind6_corpus()``) returns the
DataFrame; ``check_corpus(df)`` validates it and returns counts.

Counts (from ``python tests/privacy/pii_blind6.py``)
-----------------------------------------------------
rows=1513 pii_rows=873 near_rows=640 entities=980

entities per kind: mobile 208, address 163, email 106, bank_card 95,
landline 95, plate 83, wechat 82, id_card 74, qq 74

near-miss spans=881 (809 of them in the 640 near-miss rows) kinds=38:
datetime 91, amount 72, order_no 50, quantity 44, masked_value 43,
tracking_no 43, model 40, invoice_no 34, hotline 29, pickup_code 27,
discount 27, coupon 26, nth_count 25, card_len_fail 24, member_no 22,
verification_code 20, imei 20, train_flight 20, id_len_fail 19, at_mention 19,
url 18, vin 13, version 13, barcode 13, body 13, sku_code 12, room_seat 12,
postcode 12, price 12, plate_prefix 12, credit_code 12, size 7, employee_no 7,
ip_address 6, ticket_no 6, batch_no 6, policy_no 6, student_no 6

formats=105 distinct format names
(mobile 16, landline 12, id_card 7, bank_card 13, email 12, qq 8, wechat 9,
plate 12, address 16); every format occurs in >= 4 distinct contexts.
"""
from __future__ import annotations

import calendar
import random
import re
from collections import Counter

import pandas as pd

SEED = "blind6-2026-wecom-另一位写手"
SPLIT = "blind6"

KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_NEAR_ROWS = 640
N_COMBO_ROWS = 150

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
DIG = "0123456789"
_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_UNFW = str.maketrans("０１２３４５６７８９－＠", "0123456789-@")


def fw(s: str) -> str:
    return s.translate(_FW)


def digits(r: random.Random, n: int, first: str = DIG) -> str:
    return r.choice(first) + "".join(r.choice(DIG) for _ in range(n - 1))


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


_IDW = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_IDC = "10X98765432"


def id_check(body17: str) -> str:
    return _IDC[sum(int(a) * w for a, w in zip(body17, _IDW)) % 11]


def id18_valid(v: str) -> bool:
    v = v.upper()
    return len(v) == 18 and v[:17].isdigit() and id_check(v[:17]) == v[17]


def ean13_complete(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def mixed_width(r: random.Random, s: str) -> str:
    while True:
        out = "".join(fw(c) if c.isdigit() and r.random() < 0.5 else c for c in s)
        if any(c.isdigit() and c.isascii() for c in out) and any(c in "０１２３４５６７８９" for c in out):
            return out


# --------------------------------------------------------------------------
# fixed lists
# --------------------------------------------------------------------------
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "170", "171", "172",
    "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
    "189", "191", "193", "195", "196", "197", "198", "199",
)
CN_NUM_STYLES = (
    dict(zip(DIG, "零一二三四五六七八九")),
    dict(zip(DIG, "洞幺两三四五六拐八勾")),
    dict(zip(DIG, "〇一二三四五六七八九")),
    dict(zip(DIG, "零壹贰叁肆伍陆柒捌玖")),
)
CN_NUM_BACK = {}
for _st in CN_NUM_STYLES:
    for _k, _v in _st.items():
        CN_NUM_BACK[_v] = _k

AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
AREA4_8 = ("0755", "0757", "0769", "0512", "0571", "0574", "0531", "0532", "0371", "0731", "0591", "0592", "0551", "0311", "0871")
AREA4_7 = ("0635", "0516", "0513", "0377", "0739", "0817", "0953", "0475", "0746", "0913", "0538", "0797")

REGIONS = (
    "110101", "110105", "110108", "120104", "130102", "130104", "140105", "150102", "210102", "210202",
    "220102", "230103", "310101", "310104", "310115", "320102", "320106", "320583", "321002", "330106",
    "330108", "330203", "340104", "350102", "350203", "360102", "362502", "370102", "370202", "371302",
    "410105", "412702", "420106", "420111", "430104", "430105", "440103", "440106", "440304", "440305",
    "441302", "450103", "460105", "500103", "500112", "510104", "510107", "511302", "520102", "530102",
    "540102", "610113", "620102", "630102", "640104", "650102",
)

BIN_UP19 = ("622202", "621226", "622848", "621700", "622700", "621661", "622262", "623668", "621483",
            "622150", "621799", "622908", "621288", "623052", "621559", "622609", "621723", "620522")
BIN_UP16 = ("622588", "621485", "625965", "628288", "622155", "625807", "622575", "628262", "625908")
BIN_UP18 = ("622126", "621977", "623595", "622468")
BIN_VISA = ("427020", "438088", "451461", "404117", "456351", "427010", "433670", "489592")
BIN_MASTER = ("524047", "518710", "552599", "512315", "556617", "545620", "528931", "520169")
BIN_JCB = ("356827", "356868", "356879", "356833", "356889")

SYL = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
       "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xiao", "ming", "hua", "jun", "wei", "fang", "ting",
       "yu", "jie", "lei", "xin", "hao", "yan", "qing", "ying", "feng", "bo", "tao", "hong", "mei", "xiaoyu",
       "tian", "kai", "lu", "nan", "jing", "rui", "yue", "dong", "cheng")
EN_NICK = ("Tony", "Lily", "Kevin", "Coco", "Amy", "Jack", "Sunny", "Vivian", "Eric", "Mia", "Leo", "Cindy",
           "Jason", "Annie", "Max", "Doris")
TAIL_NUM = ("88", "1990", "520", "123", "666", "0823", "2008", "99", "1314", "07", "168", "2333", "1987", "321")

MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com", "outlook.com",
                "hotmail.com", "gmail.com", "yeah.net", "aliyun.com", "139.com", "189.cn", "icloud.com",
                "vip.163.com", "tom.com", "qq.com")
CORP_DOMAINS = ("xinghe-tech.com", "kemei.com.cn", "lanshan-group.cn", "yuanda-logistics.com", "jinhui.net.cn",
                "hzdata.cn", "sz-ruitong.com", "chuangyi.com.cn")
EDU_DOMAINS = ("mail.ustc.edu.cn", "stu.pku.edu.cn", "zju.edu.cn", "whu.edu.cn", "mails.tsinghua.edu.cn",
               "stu.scu.edu.cn", "m.fudan.edu.cn", "hust.edu.cn")
CN_DOMAINS = ("例子.中国", "公司.中国", "小店.网址", "家居.商城", "茶叶.公司", "网络.中国", "服务.在线")

PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = (
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), ("科苑南路", "深南大道", "新安六路", "布吉路", "梅林路")),
    ("广东省", "广州市", ("天河区", "海珠区", "白云区", "番禺区"), ("天河北路", "中山大道西", "江南大道中", "机场路", "市桥北路")),
    ("浙江省", "杭州市", ("西湖区", "余杭区", "滨江区", "拱墅区"), ("文一西路", "文三路", "江南大道", "莫干山路", "古墩路")),
    ("江苏省", "南京市", ("鼓楼区", "江宁区", "玄武区"), ("中山北路", "天元东路", "珠江路", "汉中路")),
    ("江苏省", "苏州市", ("吴中区", "姑苏区", "相城区"), ("星湖街", "东吴北路", "人民路")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区", "郫都区"), ("天府大道北段", "科华北路", "春熙路", "建设路")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "解放大道", "中北路")),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), ("香港中路", "海尔路", "长江中路")),
    ("福建省", "厦门市", ("思明区", "湖里区"), ("厦禾路", "嘉禾路", "湖滨南路")),
    ("河南省", "郑州市", ("金水区", "二七区", "管城回族区"), ("花园路", "大学路", "金水东路")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "开福区"), ("麓山南路", "五一大道", "湘雅路")),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区"), ("科技路", "长安南路", "凤城八路")),
    ("辽宁省", "沈阳市", ("和平区", "浑南区"), ("南京北街", "浑南中路")),
    ("安徽省", "合肥市", ("蜀山区", "包河区"), ("长江西路", "马鞍山路")),
    ("河北省", "石家庄市", ("长安区", "裕华区"), ("中山东路", "槐安东路")),
    ("云南省", "昆明市", ("五华区", "盘龙区"), ("人民中路", "北京路")),
    ("广西壮族自治区", "南宁市", ("青秀区", "西乡塘区"), ("民族大道", "大学东路")),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区"), ("西大直街", "中央大街")),
    ("贵州省", "贵阳市", ("观山湖区", "云岩区"), ("林城西路", "中华北路")),
    ("江西省", "南昌市", ("东湖区", "红谷滩区"), ("八一大道", "丰和中大道")),
    ("内蒙古自治区", "呼和浩特市", ("赛罕区", "新城区"), ("大学东街", "新华大街")),
)
PROV_SHORT = {"广东省": "广东", "浙江省": "浙江", "江苏省": "江苏", "四川省": "四川", "湖北省": "湖北", "山东省": "山东",
              "福建省": "福建", "河南省": "河南", "湖南省": "湖南", "陕西省": "陕西", "辽宁省": "辽宁", "安徽省": "安徽",
              "河北省": "河北", "云南省": "云南", "广西壮族自治区": "广西", "黑龙江省": "黑龙江", "贵州省": "贵州",
              "江西省": "江西", "内蒙古自治区": "内蒙古"}
MUNIS = (
    ("北京市", ("朝阳区", "海淀区", "丰台区", "通州区"), ("建国路", "中关村大街", "学院路", "望京街", "新华西街")),
    ("上海市", ("浦东新区", "徐汇区", "长宁区", "闵行区"), ("张江路", "漕溪北路", "天山路", "莘庄路", "世纪大道")),
    ("天津市", ("南开区", "河西区"), ("卫津路", "友谊路")),
    ("重庆市", ("渝北区", "江北区", "沙坪坝区"), ("金开大道", "建新北路", "小龙坎正街")),
)
SUBDISTRICTS = ("粤海", "西丽", "新华", "城南", "东湖", "南湖", "长安", "望京", "五里桥", "石牌", "建设", "花园")
COMM_BASE = ("阳光", "碧水", "翠湖", "金色", "锦绣", "万科", "华润", "保利", "中海", "龙湖", "恒大", "绿地", "世纪",
             "幸福", "和谐", "富力", "星河", "东方", "名都", "金域", "滨江", "御景", "书香", "桂花")
COMM_SUFFIX = ("花园", "小区", "苑", "公寓", "家园", "新村", "华府", "名苑", "雅苑", "嘉园", "花园小区", "大厦")
PARKS = ("智汇科技园", "创新产业园", "软件园", "国际金融中心", "金融大厦", "海岸城写字楼", "中心大厦", "创业大厦")
RURAL = (
    ("河南省", "周口市", "郸城县"), ("四川省", "南充市", "仪陇县"), ("湖南省", "邵阳市", "隆回县"),
    ("江西省", "赣州市", "于都县"), ("安徽省", "阜阳市", "临泉县"), ("山东省", "菏泽市", "曹县"),
    ("甘肃省", "天水市", "秦安县"), ("河北省", "保定市", "涞源县"), ("贵州省", "毕节市", "大方县"),
    ("湖北省", "黄冈市", "蕲春县"),
)
TOWNS = ("城关镇", "马鞍镇", "汲冢镇", "石桥镇", "新集乡", "王庄乡", "大河镇", "黄土坡乡", "桃花镇", "李集镇")
VILLAGES = ("王庄村", "李家村", "观音村", "新华村", "柳树村", "张湾村", "石门村", "红星村", "大坪村", "杨柳村")
GROUPS = ("三组", "5组", "第七组", "二组", "六组", "11组", "一组")
GX = (("百色市", "靖西市", ("湖润镇", "安德镇"), ("新灵村", "照阳村"), ("那坡屯", "陇来屯", "板六屯")),
      ("河池市", "都安瑶族自治县", ("下坳镇", "龙湾乡"), ("弄怀村", "加文村"), ("弄乃屯", "上坡屯")),
      ("崇左市", "天等县", ("进结镇", "把荷乡"), ("龙茗村", "那造村"), ("那隆屯", "新屯")))
URBAN_VILLAGES = (("广州市", "天河区", "石牌村"), ("广州市", "海珠区", "康乐村"), ("深圳市", "福田区", "岗厦村"),
                  ("深圳市", "南山区", "白石洲"), ("东莞市", "长安镇", "乌沙村"), ("佛山市", "南海区", "夏西村"))
UNIS = (
    ("湖北省", "武汉市", "洪山区", "华中科技大学", ("韵苑", "紫菘", "沁苑")),
    ("浙江省", "杭州市", "西湖区", "浙江大学", ("紫金港校区", "玉泉校区")),
    ("四川省", "成都市", "双流区", "四川大学", ("江安校区",)),
    ("广东省", "广州市", "番禺区", "中山大学", ("东校区",)),
    ("河南省", "郑州市", "高新区", "郑州大学", ("主校区", "新校区")),
    ("湖南省", "长沙市", "岳麓区", "湖南大学", ("财院校区", "南校区")),
    ("山东省", "济南市", "历城区", "山东大学", ("中心校区", "兴隆山校区")),
    ("陕西省", "西安市", "长安区", "西北大学", ("长安校区",)),
)
HOSPITALS = ("人民医院", "第一人民医院", "中心医院", "中医院", "妇幼保健院", "第二人民医院", "肿瘤医院")


# --------------------------------------------------------------------------
# PII value generators: each returns (pre_outside, value, post_outside)
# --------------------------------------------------------------------------
def mobile_digits(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice(DIG) for _ in range(8))


def gen_mobile(r: random.Random, fmt: str):
    d = mobile_digits(r)
    a, b, c = d[:3], d[3:7], d[7:]
    pre = ""
    if fmt == "m_plain":
        v = d
    elif fmt == "m_sp344":
        v = f"{a} {b} {c}"
    elif fmt == "m_dash344":
        v = f"{a}-{b}-{c}"
    elif fmt == "m_dot344":
        v = f"{a}.{b}.{c}"
    elif fmt == "m_sp38":
        v = f"{a} {b}{c}"
    elif fmt == "m_sp443":
        v = f"{d[:4]} {d[4:8]} {d[8:]}"
    elif fmt == "m_mixed_sep":
        v = r.choice((f"{a}-{b} {c}", f"{a} {b}-{c}", f"{a}-{b}{c}", f"{a}{b}-{c}", f"{a} {b}.{c}"))
    elif fmt == "m_fullwidth":
        v = fw(d)
    elif fmt == "m_fw_sep":
        sep = r.choice(("　", "－", " "))
        v = fw(a) + sep + fw(b) + sep + fw(c)
    elif fmt == "m_mixed_width":
        v = mixed_width(r, d)
    elif fmt == "m_plus86":
        pre = r.choice(("+86 ", "+86", "+86-", "＋86 ", "+86 "))
        v = r.choice((d, f"{a} {b} {c}", d, f"{a}-{b}-{c}"))
    elif fmt == "m_0086":
        pre = r.choice(("0086 ", "0086-", "0086"))
        v = r.choice((d, d, f"{a} {b} {c}"))
    elif fmt == "m_86dash":
        pre = r.choice(("86-", "86 ", "86-"))
        v = r.choice((d, f"{a}-{b}-{c}"))
    elif fmt == "m_paren86":
        pre = r.choice(("(+86)", "（+86）", "(86)", "(+86) "))
        v = r.choice((d, f"{a} {b} {c}"))
    elif fmt == "m_cn_numerals":
        st = r.choice(CN_NUM_STYLES)
        v = "".join(st[ch] for ch in d)
    elif fmt == "m_space_each":
        v = " ".join(d)
    else:
        raise KeyError(fmt)
    return pre, v, ""


def _local(r, n):
    return digits(r, n, "2345678")


def gen_landline(r: random.Random, fmt: str):
    pre = post = ""
    a3, a48, a47 = r.choice(AREA3), r.choice(AREA4_8), r.choice(AREA4_7)
    any_area = r.choice(((a3, 8), (a48, 8), (a47, 7)))
    if fmt == "l_a3_dash":
        v = f"{a3}-{_local(r, 8)}"
    elif fmt == "l_a4_dash8":
        v = f"{a48}-{_local(r, 8)}"
    elif fmt == "l_a4_dash7":
        v = f"{a47}-{_local(r, 7)}"
    elif fmt == "l_nodash":
        v = any_area[0] + _local(r, any_area[1])
    elif fmt == "l_paren":
        lo, rc = r.choice((("(", ")"), ("（", "）"), ("(", ") ")))
        v = f"{lo}{any_area[0]}{rc}{_local(r, any_area[1])}"
    elif fmt == "l_space":
        loc = _local(r, any_area[1])
        v = r.choice((f"{any_area[0]} {loc}", f"{any_area[0]} {loc[:4]} {loc[4:]}"))
    elif fmt == "l_ext_zhuan":
        v = f"{any_area[0]}-{_local(r, any_area[1])}"
        post = r.choice(("转", " 转 ", "转", "，转")) + digits(r, r.choice((3, 4)), "123456789")
    elif fmt == "l_ext_dash":
        v = f"{any_area[0]}-{_local(r, any_area[1])}"
        post = "-" + digits(r, r.choice((3, 4)), "123456789")
    elif fmt == "l_ext_en":
        v = f"{any_area[0]}-{_local(r, any_area[1])}"
        post = r.choice((" ext.", " ext ", " 分机", "分机号", " EXT:")) + digits(r, 3, "123456789")
    elif fmt == "l_plus86":
        pre = r.choice(("+86-", "+86 ", "0086-"))
        v = f"{any_area[0][1:]}-{_local(r, any_area[1])}"
    elif fmt == "l_local8_cue":
        v = _local(r, 8)
    elif fmt == "l_fullwidth":
        v = fw(f"{any_area[0]}-{_local(r, any_area[1])}")
    else:
        raise KeyError(fmt)
    return pre, v, post


def _birth(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


def id18(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        y, m, d = _birth(r, 1950, 2006)
        body = f"{r.choice(REGIONS)}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        c = id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def gen_id_card(r: random.Random, fmt: str):
    if fmt == "id18_plain":
        v = id18(r, False)
    elif fmt == "id18_X":
        v = id18(r, True)
    elif fmt == "id18_x_lower":
        v = id18(r, True).lower()
    elif fmt == "id18_sp684":
        s = id18(r)
        v = f"{s[:6]} {s[6:14]} {s[14:]}"
    elif fmt == "id18_sp6444":
        s = id18(r)
        v = f"{s[:6]} {s[6:10]} {s[10:14]} {s[14:]}"
    elif fmt == "id18_fullwidth":
        v = fw(id18(r, False))
    elif fmt == "id15_old":
        y, m, d = _birth(r, 1940, 1984)
        v = f"{r.choice(REGIONS)}{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
    else:
        raise KeyError(fmt)
    return "", v, ""


def card_number(r: random.Random, bins, n: int) -> str:
    b = r.choice(bins)
    return luhn_complete(b + "".join(r.choice(DIG) for _ in range(n - len(b) - 1)))


def grp4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_bank_card(r: random.Random, fmt: str):
    if fmt == "bc_up19_plain":
        v = card_number(r, BIN_UP19, 19)
    elif fmt == "bc_up19_grp4":
        v = grp4(card_number(r, BIN_UP19, 19))
    elif fmt == "bc_up16_plain":
        v = card_number(r, BIN_UP16, 16)
    elif fmt == "bc_up16_grp4":
        v = grp4(card_number(r, BIN_UP16, 16))
    elif fmt == "bc_up18_plain":
        v = card_number(r, BIN_UP18, 18)
    elif fmt == "bc_visa_grp4":
        v = grp4(card_number(r, BIN_VISA, 16))
    elif fmt == "bc_visa_plain":
        v = card_number(r, BIN_VISA, 16)
    elif fmt == "bc_master_grp4":
        v = grp4(card_number(r, BIN_MASTER, 16))
    elif fmt == "bc_master_plain":
        v = card_number(r, BIN_MASTER, 16)
    elif fmt == "bc_jcb_grp4":
        v = grp4(card_number(r, BIN_JCB, 16), r.choice((" ", " ", "-")))
    elif fmt == "bc_dash_grp4":
        v = grp4(card_number(r, BIN_UP19 + BIN_UP16, r.choice((16, 19))), "-")
    elif fmt == "bc_fullwidth":
        v = fw(card_number(r, BIN_UP19, 19))
    elif fmt == "bc_grp_6_13":
        s = card_number(r, BIN_UP19, 19)
        v = f"{s[:6]} {s[6:]}"
    else:
        raise KeyError(fmt)
    return "", v, ""


def _user(r: random.Random) -> str:
    t = r.randrange(5)
    if t == 0:
        return r.choice(SYL) + r.choice(SYL) + r.choice(TAIL_NUM)
    if t == 1:
        return r.choice(SYL) + "_" + r.choice(SYL) + r.choice(("", "88", "2019", "7"))
    if t == 2:
        return r.choice(SYL) + "." + r.choice(SYL)
    if t == 3:
        return r.choice(EN_NICK).lower() + r.choice(TAIL_NUM)
    return r.choice(SYL)[0] + r.choice(SYL)[0] + r.choice(SYL) + r.choice(TAIL_NUM)


def gen_email(r: random.Random, fmt: str):
    post = ""
    dom = r.choice(MAIL_DOMAINS[:-1])
    if fmt == "em_plain":
        v = f"{_user(r)}@{dom}"
    elif fmt == "em_qq_num":
        v = f"{digits(r, r.randint(6, 10), '123456789')}@qq.com"
    elif fmt == "em_corp":
        v = f"{r.choice(SYL)}.{r.choice(SYL)}@{r.choice(CORP_DOMAINS)}"
    elif fmt == "em_edu":
        v = f"{r.choice((r.choice(SYL) + r.choice(SYL), digits(r, 10, '12'), r.choice(SYL) + r.choice(TAIL_NUM)))}@{r.choice(EDU_DOMAINS)}"
    elif fmt == "em_fw_at":
        v = f"{_user(r)}＠{dom}"
    elif fmt == "em_spaced_at":
        v = r.choice((f"{_user(r)} @ {dom}", f"{_user(r)}@ {dom}", f"{_user(r)} @{dom}"))
    elif fmt == "em_cn_domain":
        v = f"{_user(r)}@{r.choice(CN_DOMAINS)}"
    elif fmt == "em_upper":
        u = _user(r)
        v = r.choice((f"{u[0].upper() + u[1:]}@{dom}", f"{u.upper()}@{dom.upper()}", f"{u[0].upper() + u[1:]}@{dom.upper()}"))
    elif fmt == "em_cn_period":
        d1, _, d2 = dom.rpartition(".")
        v = f"{_user(r)}@{d1}。{d2}"
    elif fmt == "em_plus_tag":
        v = f"{_user(r)}+{r.choice(('jd', 'taobao', 'shop', 'vip', 'order'))}@{r.choice(('gmail.com', 'outlook.com', 'icloud.com'))}"
    elif fmt == "em_dodge_at":
        u = _user(r)
        k = r.randrange(3)
        if k == 0:
            v = f"{u}#{dom}"
            post = r.choice(("（#换成@）", " (#改成@)", "，#换成@"))
        elif k == 1:
            v = f"{u}(at){dom}"
        else:
            v = f"{u}[at]{dom}"
    elif fmt == "em_digits_user":
        v = f"{digits(r, r.randint(6, 10), '123456789')}@{r.choice(('163.com', '126.com', '139.com', 'sina.com', 'foxmail.com'))}"
    else:
        raise KeyError(fmt)
    return "", v, post


QQ_CUES = ("QQ：", "QQ:", "qq：", "qq ", "QQ号：", "QQ号 ", "Q号：", "q：", "QQ号码是", "QQ ", "Qq:")
QQ_GLUE = ("qq", "QQ", "Q", "q", "扣")
QQ_EMOJI = ("🐧：", "🐧", "🐧号 ", "🐧:", "🐧 ")
QQ_ALIAS = ("扣扣：", "扣扣号", "球球：", "抠抠 ", "企鹅号：", "企鹅 ", "秋秋：", "扣扣 ", "Q Q：")


def gen_qq(r: random.Random, fmt: str):
    n = r.choice((6, 7, 8, 9, 9, 10, 10))
    q = digits(r, n, "123456789")
    if fmt == "qq_cue_colon":
        return r.choice(QQ_CUES), q, ""
    if fmt == "qq_glued":
        return r.choice(QQ_GLUE), q, ""
    if fmt == "qq_emoji_cue":
        return r.choice(QQ_EMOJI), q, ""
    if fmt == "qq_alias_cue":
        return r.choice(QQ_ALIAS), q, ""
    if fmt == "qq_short":
        return r.choice(QQ_CUES + QQ_ALIAS), digits(r, r.choice((5, 6)), "123456789"), ""
    if fmt == "qq_long10":
        return r.choice(QQ_CUES + QQ_EMOJI), digits(r, 10, "123"), ""
    if fmt == "qq_spaced":
        q = digits(r, r.choice((9, 10)), "123456789")
        if len(q) == 9:
            v = r.choice((f"{q[:3]} {q[3:6]} {q[6:]}", f"{q[:4]} {q[4:]}", f"{q[:3]}-{q[3:6]}-{q[6:]}"))
        else:
            v = r.choice((f"{q[:3]} {q[3:6]} {q[6:]}", f"{q[:5]} {q[5:]}", f"{q[:4]} {q[4:7]} {q[7:]}"))
        return r.choice(QQ_CUES), v, ""
    if fmt == "qq_fullwidth":
        return r.choice(QQ_CUES + QQ_ALIAS), fw(q), ""
    raise KeyError(fmt)


WX_CUES = ("微信：", "微信号：", "微信 ", "微信号是", "WeChat: ", "wechat：", "微信号 ", "微信:")
WX_VX = ("vx：", "VX ", "v：", "V:", "wx:", "WX：", "vx ", "Vx:", "威x：", "v信 ")
WX_HOMO = ("薇信：", "威信 ", "V信：", "维信", "微❤：", "威❤ ", "卫星：", "喂信", "徽信号：", "绿泡泡：", "薇：")
WX_EMOJI = ("💚：", "💚 ", "🟢：", "V💚：", "🍀微：", "✌️❤️：")


def _wx_value(r: random.Random, style: str) -> str:
    while True:
        if style == "alnum":
            v = r.choice(SYL) + r.choice(SYL) + r.choice(TAIL_NUM)
        elif style == "underscore":
            v = r.choice(SYL) + "_" + r.choice((r.choice(SYL), r.choice(TAIL_NUM), r.choice(SYL) + r.choice(TAIL_NUM)))
        elif style == "dash":
            v = r.choice(SYL) + "-" + r.choice(SYL) + r.choice(("", "-")) + r.choice(TAIL_NUM)
        elif style == "mixed":
            v = r.choice(EN_NICK) + r.choice(("_", "", "-")) + r.choice(SYL).capitalize() + r.choice(TAIL_NUM)
        elif style == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        elif style == "letter_phone":
            v = r.choice(("a", "w", "xm", "Lee", "vip", "z")) + mobile_digits(r)
        else:
            raise KeyError(style)
        if 6 <= len(v) <= 20 and v[0].isalpha():
            return v


def gen_wechat(r: random.Random, fmt: str):
    styles = ("alnum", "underscore", "dash", "mixed")
    if fmt == "wx_alnum":
        return r.choice(WX_CUES), _wx_value(r, "alnum"), ""
    if fmt == "wx_underscore":
        return r.choice(WX_CUES + WX_VX), _wx_value(r, "underscore"), ""
    if fmt == "wx_dash":
        return r.choice(WX_CUES + WX_VX), _wx_value(r, "dash"), ""
    if fmt == "wx_mixed_case":
        return r.choice(WX_CUES + WX_VX), _wx_value(r, "mixed"), ""
    if fmt == "wx_wxid":
        return r.choice(WX_CUES), _wx_value(r, "wxid"), ""
    if fmt == "wx_vx_cue":
        return r.choice(WX_VX), _wx_value(r, r.choice(styles)), ""
    if fmt == "wx_homophone_cue":
        return r.choice(WX_HOMO), _wx_value(r, r.choice(styles)), ""
    if fmt == "wx_emoji_cue":
        return r.choice(WX_EMOJI), _wx_value(r, r.choice(styles)), ""
    if fmt == "wx_letter_phone":
        return r.choice(WX_CUES + WX_VX), _wx_value(r, "letter_phone"), ""
    raise KeyError(fmt)


def _plate_tail(r: random.Random, n: int = 5) -> str:
    nl = r.choice((0, 0, 0, 1, 1, 2))
    pos = r.sample(range(n), nl)
    return "".join(r.choice(PLATE_LETTERS) if i in pos else r.choice(DIG) for i in range(n))


def gen_plate(r: random.Random, fmt: str):
    p, L = r.choice(PROV_ABBR), r.choice(PLATE_LETTERS)
    if fmt == "pl_std":
        v = p + L + _plate_tail(r)
    elif fmt == "pl_dot":
        v = p + L + r.choice(("·", "·", "•", ".")) + _plate_tail(r)
    elif fmt == "pl_space":
        v = p + L + " " + _plate_tail(r)
    elif fmt == "pl_ne_small":
        v = p + L + r.choice(("·", "", "")) + r.choice("DF") + r.choice(DIG + "ABCDEFGHJK") + digits(r, 4)
    elif fmt == "pl_ne_large":
        v = p + L + digits(r, 5) + r.choice("DF")
    elif fmt == "pl_lower":
        v = p + L.lower() + _plate_tail(r).lower()
    elif fmt == "pl_police":
        v = p + L + r.choice(("", "·")) + digits(r, 4) + "警"
    elif fmt == "pl_hkmo":
        v = "粤Z" + r.choice(("", "·")) + r.choice((digits(r, 4), r.choice("ABCDEFGH") + digits(r, 3))) + r.choice("港澳")
    elif fmt == "pl_learner":
        v = p + L + r.choice(("", "·")) + digits(r, 4) + "学"
    elif fmt == "pl_consulate":
        v = r.choice("沪粤川辽") + "A" + r.choice(("", "·")) + digits(r, 4) + "领"
    elif fmt == "pl_embassy":
        e = f"{r.randint(101, 299):03d}{r.randint(1, 99):03d}"
        v = "使" + r.choice((e, e, e[:3] + " " + e[3:], e[:3] + "·" + e[3:]))
    elif fmt == "pl_trailer":
        v = p + L + digits(r, 4) + "挂"
    else:
        raise KeyError(fmt)
    return "", v, ""


def _bldg(r):
    t = r.randrange(4)
    if t == 0:
        return f"{r.randint(1, 32)}栋"
    if t == 1:
        return f"{r.randint(1, 28)}幢"
    if t == 2:
        return f"{r.choice('ABCDE')}座"
    return f"{r.randint(1, 40)}号楼"


def _unit(r):
    return f"{r.choice(('1', '2', '3', '4', '一', '二', '三'))}单元"


def _roomnum(r):
    return f"{r.randint(1, 33)}{r.randint(1, 8):02d}"


def _room(r):
    return _roomnum(r) + r.choice(("室", "房", "", "室", ""))


def _no(r):
    return f"{r.randint(1, 2999)}号"


def _comm(r):
    return r.choice(COMM_BASE) + r.choice(COMM_SUFFIX)


def gen_address(r: random.Random, fmt: str):
    prov, city, dists, roads = r.choice(CITIES)
    dist, road = r.choice(dists), r.choice(roads)
    if fmt == "ad_full_prov":
        parts = [prov, city, dist]
        if r.random() < 0.3:
            parts.append(r.choice(SUBDISTRICTS) + "街道")
        parts += [road, _no(r), _comm(r), _bldg(r)]
        if r.random() < 0.6:
            parts.append(_unit(r))
        parts.append(_room(r))
    elif fmt == "ad_muni":
        m, mds, mrs = r.choice(MUNIS)
        parts = [m, r.choice(mds), r.choice(mrs), _no(r), _comm(r), f"{r.randint(1, 30)}号楼", _unit(r), _room(r)]
    elif fmt == "ad_no_prov":
        parts = [city, dist, road, _no(r), _comm(r), _bldg(r), _room(r)]
    elif fmt == "ad_dist_start":
        parts = [dist]
        if r.random() < 0.5:
            parts.append(r.choice(SUBDISTRICTS) + "街道")
        parts += [_comm(r), _bldg(r)]
        if r.random() < 0.5:
            parts.append(_unit(r))
        parts.append(_room(r))
    elif fmt == "ad_city_noshi":
        parts = [city[:-1], dist, road, _no(r), _comm(r), _bldg(r), _room(r)]
    elif fmt == "ad_prov_short":
        parts = [PROV_SHORT[prov], city[:-1] if r.random() < 0.5 else city, dist, road, _no(r), _comm(r), _bldg(r), _room(r)]
    elif fmt == "ad_dash_room":
        lead = r.choice((city + dist, dist, city[:-1] + dist))
        parts = [lead, _comm(r), f"{r.randint(1, 30)}-{r.randint(1, 4)}-{_roomnum(r)}"]
    elif fmt == "ad_rural":
        p, c, cty = r.choice(RURAL)
        parts = [p, c, cty, r.choice(TOWNS), r.choice(VILLAGES), r.choice(GROUPS)]
        if r.random() < 0.4:
            parts.append(_no(r))
        if r.random() < 0.3:
            parts = parts[1:]
    elif fmt == "ad_rural_tun":
        c, cty, towns, vills, tuns = r.choice(GX)
        parts = ["广西壮族自治区" if r.random() < 0.5 else "广西", c, cty, r.choice(towns), r.choice(vills), r.choice(tuns)]
        if r.random() < 0.4:
            parts.append(_no(r))
    elif fmt == "ad_company":
        parts = [city, dist, road, _no(r), r.choice(PARKS), r.choice((f"{r.choice('ABCD')}座", f"{r.randint(1, 9)}号楼", f"{r.choice('ABC')}栋"))]
        fl = r.randint(2, 38)
        parts.append(r.choice((f"{fl}层", f"{fl}楼", f"{fl}楼{fl}{r.randint(1, 20):02d}室", f"{fl}层{fl}{r.randint(1, 20):02d}")))
    elif fmt == "ad_hospital":
        parts = [city, dist, road, _no(r), city[:-1] + r.choice(HOSPITALS),
                 r.choice((f"住院部{r.randint(1, 9)}号楼{r.randint(2, 20)}楼", f"门诊楼{r.randint(1, 6)}楼",
                           f"外科楼{r.randint(3, 22)}层", f"{r.randint(1, 12)}号楼{r.randint(1, 20)}楼"))]
    elif fmt == "ad_school":
        p, c, d, uni, camps = r.choice(UNIS)
        dorm = r.choice((f"学生公寓{r.randint(1, 40)}栋", f"{r.randint(1, 30)}号宿舍楼", f"{r.randint(1, 28)}舍",
                         f"西区{r.randint(1, 20)}栋"))
        parts = [c, d, uni, r.choice(camps), dorm, r.choice((f"{r.randint(1, 6)}{r.randint(1, 40):02d}",
                                                             f"{r.randint(1, 6)}{r.randint(1, 40):02d}室",
                                                             f"{r.randint(1, 6)}{r.randint(1, 40):02d}寝室"))]
        if r.random() < 0.3:
            parts = [p] + parts
    elif fmt == "ad_spaced":
        parts = [prov, city, dist, road + _no(r), _comm(r), _bldg(r) + (_unit(r) if r.random() < 0.5 else ""), _room(r)]
        if r.random() < 0.4:
            parts = parts[1:]
        return "", " ".join(parts), ""
    elif fmt == "ad_road_no":
        parts = r.choice(([city, dist, road, _no(r)], [dist, road, _no(r)], [prov, city, dist, road, _no(r)]))
    elif fmt == "ad_sh_lane":
        _, mds, mrs = MUNIS[1]
        parts = [r.choice(mds), r.choice(mrs), f"{r.randint(1, 1999)}弄", f"{r.randint(1, 60)}号", _roomnum(r) + r.choice(("室", "室", ""))]
        if r.random() < 0.5:
            parts = ["上海市"] + parts
    elif fmt == "ad_lane_xiang":
        c, d, vil = r.choice(URBAN_VILLAGES)
        parts = [c, d, vil, f"{r.choice(('东', '西', '南', '北', '新'))}{r.choice('一二三四五六七八')}巷", _no(r)]
        if r.random() < 0.6:
            parts.append(_roomnum(r) + r.choice(("", "房", "室")))
        if r.random() < 0.4:
            parts = parts[1:]
    else:
        raise KeyError(fmt)
    return "", "".join(parts), ""


PII_GEN = {
    "mobile": gen_mobile, "landline": gen_landline, "id_card": gen_id_card, "bank_card": gen_bank_card,
    "email": gen_email, "qq": gen_qq, "wechat": gen_wechat, "plate": gen_plate, "address": gen_address,
}

# format name -> how many single-entity rows (each in a randomly chosen context)
FORMATS = {
    "mobile": {"m_plain": 12, "m_sp344": 9, "m_dash344": 9, "m_dot344": 7, "m_sp38": 7, "m_sp443": 6,
               "m_mixed_sep": 7, "m_fullwidth": 8, "m_fw_sep": 6, "m_mixed_width": 6, "m_plus86": 9,
               "m_0086": 7, "m_86dash": 7, "m_paren86": 6, "m_cn_numerals": 5, "m_space_each": 4},
    "landline": {"l_a3_dash": 9, "l_a4_dash8": 8, "l_a4_dash7": 7, "l_nodash": 7, "l_paren": 7, "l_space": 6,
                 "l_ext_zhuan": 7, "l_ext_dash": 6, "l_ext_en": 6, "l_plus86": 5, "l_local8_cue": 5,
                 "l_fullwidth": 5},
    "id_card": {"id18_plain": 14, "id18_X": 10, "id18_x_lower": 7, "id18_sp684": 8, "id18_sp6444": 7,
                "id18_fullwidth": 7, "id15_old": 7},
    "bank_card": {"bc_up19_plain": 10, "bc_up19_grp4": 9, "bc_up16_plain": 7, "bc_up16_grp4": 7,
                  "bc_up18_plain": 5, "bc_visa_grp4": 6, "bc_visa_plain": 5, "bc_master_grp4": 6,
                  "bc_master_plain": 5, "bc_jcb_grp4": 5, "bc_dash_grp4": 6, "bc_fullwidth": 5, "bc_grp_6_13": 5},
    "email": {"em_plain": 12, "em_qq_num": 8, "em_corp": 7, "em_edu": 6, "em_fw_at": 7, "em_spaced_at": 7,
              "em_cn_domain": 5, "em_upper": 5, "em_cn_period": 6, "em_plus_tag": 5, "em_dodge_at": 6,
              "em_digits_user": 5},
    "qq": {"qq_cue_colon": 12, "qq_glued": 9, "qq_emoji_cue": 8, "qq_alias_cue": 9, "qq_short": 6,
           "qq_long10": 7, "qq_spaced": 6, "qq_fullwidth": 6},
    "wechat": {"wx_alnum": 10, "wx_underscore": 8, "wx_dash": 7, "wx_mixed_case": 7, "wx_wxid": 7,
               "wx_vx_cue": 9, "wx_homophone_cue": 9, "wx_emoji_cue": 7, "wx_letter_phone": 5},
    "plate": {"pl_std": 10, "pl_dot": 7, "pl_space": 6, "pl_ne_small": 8, "pl_ne_large": 6, "pl_lower": 5,
              "pl_police": 5, "pl_hkmo": 5, "pl_learner": 5, "pl_consulate": 4, "pl_embassy": 4,
              "pl_trailer": 4},
    "address": {"ad_full_prov": 10, "ad_muni": 8, "ad_no_prov": 8, "ad_dist_start": 7, "ad_city_noshi": 7,
                "ad_prov_short": 6, "ad_dash_room": 8, "ad_rural": 8, "ad_rural_tun": 5, "ad_company": 7,
                "ad_hospital": 6, "ad_school": 6, "ad_spaced": 6, "ad_road_no": 6, "ad_sh_lane": 6,
                "ad_lane_xiang": 5},
}
# formats that only make sense with an explicit cue (own context lists; never drawn at random in combos)
CUE_ONLY = {"l_local8_cue", "id15_old", "m_cn_numerals", "m_space_each"}


# --------------------------------------------------------------------------
# near-miss generators: each returns (pre_outside, value, post_outside)
# --------------------------------------------------------------------------
def _digits_fail(r: random.Random, n: int, first: str = "123456789") -> str:
    while True:
        s = digits(r, n, first)
        if 16 <= n <= 19 and luhn_ok(s):
            continue
        if n == 18 and id18_valid(s):
            continue
        if n == 11 and s[0] == "1":
            continue
        return s


def nm_order_no(r):
    t = r.randrange(6)
    if t == 0:
        return "", _digits_fail(r, r.choice((18, 19)), "2"), ""
    if t == 1:
        return "", f"DD{r.randint(2023, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 6)}", ""
    if t == 2:
        return "", _digits_fail(r, 12, "23456789"), ""
    if t == 3:
        return "", f"{r.randint(23, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{digits(r, 15)}", ""
    if t == 4:
        return "", _digits_fail(r, 16, "3456789"), ""
    return "", "E" + digits(r, 14), ""


def nm_tracking_no(r):
    t = r.randrange(8)
    if t == 0:
        return "", "SF" + digits(r, 13, "123456789"), ""
    if t == 1:
        return "", "YT" + digits(r, 13, "123456789"), ""
    if t == 2:
        return "", "JDVA" + digits(r, 11, "123456789"), ""
    if t == 3:
        return "", "75" + digits(r, 12), ""
    if t == 4:
        return "", "4312" + digits(r, 9), ""
    if t == 5:
        return "", "773" + digits(r, 12), ""
    if t == 6:
        return "", "E" + r.choice("AMR") + digits(r, 9) + "CN", ""
    return "", "JT" + digits(r, 13, "123456789"), ""


def _money(r):
    t = r.randrange(5)
    if t == 0:
        return f"{r.randint(1, 99)},{r.randint(0, 999):03d}.{r.choice(('00', '50', '90'))}"
    if t == 1:
        return str(r.randint(9, 9999))
    if t == 2:
        return f"{r.randint(1, 999)}.{r.randint(1, 99):02d}".rstrip("0")
    if t == 3:
        return f"{r.randint(1, 5999)}.00"
    return str(r.choice((99, 199, 299, 1299, 2999, 4999, 13800, 25800)))


def nm_amount(r):
    m = _money(r)
    return "", r.choice((f"¥{m}", f"{m}元", f"{m}块", f"￥{m}", f"{m}块钱", f"RMB {m}", f"{m}")), ""


def nm_price(r):
    m = f"{r.randint(1, 899)}.{r.choice(('9', '99', '8', '5', '0'))}"
    return "", r.choice((f"{m}元/件", f"{m}一斤", f"¥{m}/盒", f"{m}元一个", f"¥{m}起")), ""


def nm_datetime(r):
    y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(8, 22), r.choice((0, 15, 30, 45, 5, 20))
    return "", r.choice((f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}", f"{y}年{mo}月{d}日", f"{mo}月{d}号",
                         f"{mo}.{d}", f"{h}:{mi:02d}", f"{y}/{mo:02d}/{d:02d}", f"{y}{mo:02d}{d:02d}",
                         f"{mo}月{d}号下午{r.randint(1, 5)}点", f"明天{h}:00-{h + 2}:00",
                         f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{r.randint(0, 59):02d}")), ""


MODELS = ("iPhone 15 Pro Max", "华为Mate 60 Pro", "小米14 Ultra", "SM-S9280", "RTX 4070", "MacBook Air M2",
          "XR-2300", "KFR-35GW/NhGb1BA", "BCD-470WDPG", "EG100MATE8S", "DS-2CD3T46WDV3", "A2894",
          "OPPO Find X7", "vivo X100", "Redmi K70", "WH-1000XM5", "DJI Mini 4 Pro", "LQ-630K", "M1005",
          "HP 1020 Plus", "Nova 12", "P60 Art", "G304", "ThinkPad X1 Carbon", "JYL-Y912")


def nm_model(r):
    return "", r.choice(MODELS), ""


def nm_quantity(r):
    return "", f"{r.randint(1, 48)}{r.choice(('件', '箱', '瓶', '个', '套', '斤', '袋', '双', '台'))}", ""


def nm_nth_count(r):
    return "", f"第{r.randint(2, 12)}{r.choice(('次', '次', '遍', '回'))}", ""


def nm_member_no(r):
    t = r.randrange(4)
    if t == 0:
        return "", "VIP" + digits(r, 8), ""
    if t == 1:
        return "", f"M{r.randint(2019, 2025)}{digits(r, 6)}", ""
    if t == 2:
        return "", "88" + digits(r, 8), ""
    return "", "HY" + digits(r, 7), ""


def nm_hotline(r):
    t = r.randrange(6)
    if t == 0:
        d = "400" + digits(r, 7)
        return "", r.choice((f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:3]} {d[3:6]} {d[6:]}")), ""
    if t == 1:
        d = "800" + digits(r, 7)
        return "", r.choice((f"{d[:3]}-{d[3:6]}-{d[6:]}", d)), ""
    if t == 2:
        return "", r.choice(("95588", "95533", "95566", "95555", "95599", "95559", "95528", "95508", "95511", "95338")), ""
    if t == 3:
        return "", r.choice(("10086", "10010", "10000", "12315", "12345", "12306", "12123")), ""
    if t == 4:
        return "", "9510" + digits(r, 4), ""
    return "", "400" + digits(r, 7), ""


def nm_card_len_fail(r):
    n = r.choice((16, 17, 18, 19))
    first = r.choice(("62", "4", "3", "2", "1"))
    while True:
        s = first + digits(r, n - len(first))
        if not luhn_ok(s) and not (n == 18 and id18_valid(s)):
            return "", s, ""


def nm_id_len_fail(r):
    while True:
        if r.random() < 0.7:
            y, m, d = _birth(r, 1950, 2006)
            body = f"{r.choice(REGIONS)}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
            s = body + r.choice(_IDC)
        else:
            s = digits(r, 18, "123456789")
        if not id18_valid(s):
            return "", s, ""


def nm_coupon(r):
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    t = r.randrange(4)
    if t == 0:
        return "", "-".join("".join(r.choice(A) for _ in range(4)) for _ in range(3)), ""
    if t == 1:
        return "", r.choice(("SAVE", "VIP", "NEW", "MJ", "JD")) + str(r.randint(10, 300)), ""
    if t == 2:
        return "", "".join(r.choice(A) for _ in range(r.choice((8, 10, 12)))), ""
    return "", "".join(r.choice(A) for _ in range(6)), ""


def nm_train_flight(r):
    if r.random() < 0.5:
        return "", r.choice("GDCKTZ") + str(r.randint(1, 9999)), r.choice(("", "次"))
    return "", r.choice(("CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "FM", "9C", "HO")) + str(r.randint(101, 9899)), ""


def nm_invoice_no(r):
    t = r.randrange(3)
    if t == 0:
        return "", digits(r, 8, "0123456789"), ""
    if t == 1:
        return "", "0" + digits(r, 11, "1234"), ""
    return "", f"{r.randint(23, 26)}" + r.choice(("44", "31", "11", "32", "33")) + digits(r, 16), ""


def nm_imei(r):
    return "", luhn_complete("86" + digits(r, 12)), ""


def nm_verification_code(r):
    return "", digits(r, r.choice((4, 6, 6))), ""


def nm_postcode(r):
    return "", r.choice(("518000", "100080", "310012", "200120", "610041", "430072", "710061", "450000",
                         "250014", "300072", "518057", "510630", "200030")), ""


def nm_url(r):
    return "", r.choice((f"https://item.jd.com/{digits(r, 12, '1')}.html", f"https://m.tb.cn/h.{''.join(r.choice('abcdefXYZ0123') for _ in range(7))}",
                         "www.example.com.cn/help", f"https://detail.tmall.com/item.htm?id={digits(r, 12, '6')}",
                         f"https://v.douyin.com/{''.join(r.choice('abcdefghXYZ123') for _ in range(7))}/",
                         f"https://mobile.yangkeduo.com/goods.html?goods_id={digits(r, 11, '4')}")), ""


def nm_room_seat(r):
    return "", r.choice((f"{r.randint(1, 16)}车{r.randint(1, 18):02d}{r.choice('ABCDF')}座", f"{r.randint(1, 9)}号厅{r.randint(1, 15)}排{r.randint(1, 30)}座",
                         f"会议室{r.choice('ABC')}{r.randint(101, 520)}", f"{r.randint(1, 60)}号桌", f"{r.randint(1, 40)}排{r.randint(1, 50)}号")), ""


def nm_pickup_code(r):
    return "", r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 9999)}", digits(r, 6), f"A{r.randint(1, 999):03d}",
                         f"{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{r.randint(1, 30)}-{r.randint(1, 5)}-{_roomnum(r)}")), ""


def nm_masked_mobile(r):
    d = mobile_digits(r)
    return "", r.choice((f"{d[:3]}****{d[7:]}", f"{d[:3]}****{d[7:]}", f"尾号{d[7:]}", f"{d[:3]} **** {d[7:]}")), ""


def nm_masked_card(r):
    c = card_number(r, BIN_UP19 + BIN_UP16, r.choice((16, 19)))
    return "", r.choice((f"{c[:4]} **** **** {c[-4:]}", f"{c[:4]}{'*' * (len(c) - 8)}{c[-4:]}", f"尾号{c[-4:]}", f"**** {c[-4:]}")), ""


def nm_masked_id(r):
    i = id18(r)
    return "", r.choice((f"{i[:3]}{'*' * 11}{i[-4:]}", f"{i[:6]}********{i[-4:]}", f"{i[0]}{'*' * 16}{i[-1]}", f"后四位{i[-4:]}")), ""


def nm_masked_email(r):
    u = _user(r)
    return "", f"{u[0]}***{u[-1] if r.random() < 0.5 else ''}@{r.choice(MAIL_DOMAINS)}", ""


def nm_credit_code(r):
    A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        s = "91" + r.choice(REGIONS) + "MA" + "".join(r.choice(A) for _ in range(8))
        if sum(c.isalpha() for c in s) >= 3:
            return "", s, ""


def nm_vin(r):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "", "L" + r.choice(("SV", "FV", "GW", "BV", "VG", "HG")) + "".join(r.choice(A) for _ in range(6)) + digits(r, 8), ""


def nm_barcode(r):
    return "", ean13_complete("69" + digits(r, 10)), ""


def nm_version(r):
    return "", r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                         f"HarmonyOS {r.randint(2, 5)}.{r.randint(0, 2)}", f"Android {r.randint(10, 15)}", f"8.0.{r.randint(30, 55)}")), ""


def nm_size(r):
    return "", r.choice(("XL", "XXL", "42码", "M码", "175/96A", "37.5码", "2XL", "L码", "160/84A", "40码")), ""


def nm_discount(r):
    return "", r.choice(("满300减50", "8.5折", "打7折", "第二件半价", "满199减20", "满2件9折", "立减30")), ""


def nm_ip_address(r):
    return "", r.choice(("192.168.1.1", "192.168.0.1", "10.0.0.138", "172.16.8.254", "192.168.31.1", "192.168.3.1")), ""


def nm_at_mention(r):
    return "", r.choice(("@客服小美", "@售后专员", "@客服01", "@仓库-发货组", "@技术支持", "@店长", "@物流组", "@主管")), ""


def nm_sku_code(r):
    return "", r.choice(("100" + digits(r, 9), f"SKU-{r.choice('ABCDEFG')}{digits(r, 5)}", digits(r, 11, "6"))), ""


def nm_ticket_no(r):
    return "", r.choice((f"WO{r.randint(2023, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 6)}",
                         f"GD{digits(r, 13)}", f"#{r.randint(10000, 999999)}")), ""


def nm_student_no(r):
    return "", f"{r.randint(2019, 2025)}{digits(r, 6)}", ""


def nm_employee_no(r):
    return "", r.choice((f"A{r.randint(1000, 99999)}", str(r.randint(1000, 9999)), f"GH{r.randint(100, 9999)}")), ""


def nm_batch_no(r):
    return "", r.choice((f"{r.randint(2023, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('ABC')}", f"B{digits(r, 7)}", f"L{digits(r, 6)}")), ""


def nm_policy_no(r):
    return "", r.choice((f"PDAA{r.randint(2023, 2026)}{digits(r, 14)}", f"P{digits(r, 15)}", f"{r.randint(10, 99)}{r.choice('ABC')}{digits(r, 12)}")), ""


def nm_plate_prefix(r):
    return "", r.choice(("粤B", "沪A", "京牌", "苏E", "浙A", "川A", "外地牌", "粤牌")), ""


def nm_body(r):
    return "", r.choice((f"{r.randint(150, 190)}cm {r.randint(40, 95)}kg", f"身高{r.randint(150, 190)}体重{r.randint(85, 190)}斤",
                         f"{r.randint(150, 190)}/{r.randint(40, 95)}kg", f"{r.randint(150, 190)}厘米")), ""


NM_GEN = {name[3:]: fn for name, fn in sorted(globals().items()) if name.startswith("nm_") and callable(fn)}
# slot name -> near-miss kind label (default: the slot name itself)
NM_LABEL = {"masked_mobile": "masked_value", "masked_card": "masked_value", "masked_id": "masked_value",
            "masked_email": "masked_value"}


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
TEMPLATES = {
    "mobile": (
        "我手机号{mobile}", "电话：{mobile}", "打这个{mobile}就行", "联系方式 {mobile}", "手机{mobile}收到请回复",
        "有问题打我电话{mobile}，白天都在", "换号了，新号码是{mobile}", "让快递员打{mobile}找我",
        "收件电话改成{mobile}", "{mobile} 这个号码微信同号", "打我老公电话吧{mobile}，我的快停机了",
        "麻烦回电{mobile}", "备用号码：{mobile}", "号码是{mobile}吗？对的", "{mobile}",
        "call我 {mobile}", "tel:{mobile}", "联系人电话{mobile}（24小时开机）", "短信发到{mobile}上",
        "用{mobile}注册的账号登不上了", "绑定的手机是{mobile}，现在换号了", "我的账号手机号{mobile}，帮我查下订单",
        "请骑手到了联系{mobile}", "号码{mobile}ok吗", "电话{mobile}!!!急", "手机号{mobile}的那个订单还没发",
        "师傅上门前先打{mobile}", "我的电话是{mobile}，没错", "售后专员让我留个电话，{mobile}",
        "刚才那个电话{mobile}是你们打的吗？我是机主", "手机:{mobile}\n备注：周末再送",
        "不用打座机了直接打我手机{mobile}就行", "帮我把预留手机改成{mobile}谢谢",
        "你好我想问下我{mobile}这个号办的宽带什么时候装", "联系电话：{mobile}，早上9点后",
        "我电话{mobile}a打错了，是下面这个", "留个电话{mobile}，有货了通知我",
    ),
    "landline": (
        "座机{landline}", "公司电话：{landline}", "办公室电话{landline}，工作日找我", "家里电话{landline}有人接",
        "打{landline}找前台", "固话 {landline}", "电话/传真：{landline}", "白天打{landline}，晚上打手机",
        "单位电话是{landline}吗", "tel: {landline}", "联系电话{landline}（工作时间）",
        "收件电话留的是座机{landline}", "我们店里的电话{landline}，到了打这个", "发票上的电话写{landline}",
        "开票信息：电话{landline}", "座机号码：{landline}", "打不通的话打我们办公室{landline}",
        "仓库电话{landline}，找库管", "家里座机是{landline}，老人在家",
    ),
    "id_card": (
        "身份证号{id_card}", "身份证：{id_card}", "证件号码 {id_card}", "我身份证是{id_card}，帮我查下实名",
        "实名信息 身份证{id_card}", "身份证号码{id_card}，名字跟订单一致", "报关需要身份证的话：{id_card}",
        "sfz {id_card}", "身份证号码是 {id_card} 麻烦核实", "我妈的身份证{id_card}，帮她改一下",
        "证件类型身份证，证件号{id_card}", "清关用的身份证号：{id_card}", "身份证{id_card}办的卡",
        "购票人身份证{id_card}", "身份证号\n{id_card}", "酒店登记用身份证 {id_card} 可以吗",
        "我的身份证号是{id_card}吗？你们系统里填错了一位",
    ),
    "bank_card": (
        "银行卡号{bank_card}", "退款打到这张卡：{bank_card}", "卡号 {bank_card} 工商银行", "我的建行卡{bank_card}，户名本人",
        "收款账号：{bank_card}", "信用卡{bank_card}被扣了两次", "绑定的银行卡{bank_card}", "打款到{bank_card}（招商银行）",
        "开户行：中国银行 账号{bank_card}", "{bank_card} 农行的，麻烦退这里", "卡号是{bank_card}吗？对",
        "退到我卡里吧 {bank_card}", "银行账号{bank_card}", "佣金打到{bank_card}，开户行邮储",
        "我用{bank_card}这张卡付的款，退款没到", "银行卡：{bank_card}\n开户支行：城南支行",
    ),
    "email": (
        "邮箱{email}", "发我邮箱：{email}", "电子发票发到{email}", "email: {email}", "我的邮箱是{email}，请查收",
        "合同扫描件发{email}就行", "邮件地址 {email} 麻烦发一下", "{email} 这个邮箱收不到验证码",
        "注册邮箱{email}忘记密码了", "发票抬头个人，邮箱{email}", "mail:{email}", "联系邮箱：{email}（工作日回复）",
        "简历发到{email}了，查收一下", "账号是{email}，登录不上", "把对账单发我邮箱{email}吧",
    ),
    "qq": (
        "{qq}", "加我{qq}", "有事{qq}联系", "我的{qq}，加的时候备注订单号", "图片太大发不了，加{qq}传给你",
        "不方便打电话，{qq}聊", "{qq}，验证消息写售后", "可以加{qq}吗", "截图发你{qq}上了", "我{qq}在线",
        "文件我{qq}发你", "{qq} 晚上八点后在", "你们客服加一下我{qq}呗",
    ),
    "wechat": (
        "{wechat}", "加我{wechat}", "{wechat}，备注淘宝", "有什么事{wechat}说", "我的{wechat}，视频给你看",
        "麻烦加一下{wechat}拉个群", "{wechat} 加了通过一下", "不在这里聊了，加{wechat}", "师傅到了联系{wechat}",
        "这里发不了图，你加{wechat}", "我朋友的{wechat}，她也想买", "{wechat}\n加的时候说是你们店的",
        "有优惠记得通知我，{wechat}",
    ),
    "plate": (
        "车牌号{plate}", "我的车{plate}，停在B2", "车牌：{plate}，麻烦登记", "{plate}的车主是我", "停车场那辆{plate}被刮了",
        "ETC绑定的车牌{plate}", "车牌号码 {plate} 预约洗车", "代驾车牌{plate}，白色轿车", "送货的车{plate}到了吗",
        "帮我查下{plate}的违章", "接我的车是{plate}吗", "{plate}，黑色SUV", "访客车辆{plate}，麻烦放行",
        "保险要续的车是{plate}", "车牌{plate}，月卡到期了",
    ),
    "address": (
        "收货地址：{address}", "寄到{address}", "地址改成{address}，谢谢", "我住{address}", "麻烦送到{address}，放门卫",
        "{address}", "上门安装地址{address}", "地址：{address}（到了打电话）", "回收上门地址 {address}",
        "发票邮寄地址{address}", "新地址 {address} 之前那个不住了", "家庭住址：{address}", "单位地址是{address}",
        "退回的货寄到{address}吧", "维修师傅来{address}，下午在家", "帮我改下地址{address}，原来的填错了",
        "送货地址\n{address}", "外卖送到{address}，别打电话敲门就行",
    ),
}
FMT_TEMPLATES = {
    "l_local8_cue": ("座机{landline}（本地号码不用加区号）", "办公室座机：{landline}", "家里座机{landline}",
                     "座机号{landline}，本地的"),
    "id15_old": ("老身份证号{id_card}", "身份证（老的15位）{id_card}", "身份证号 {id_card}（一代证）",
                 "我爸用的还是15位的身份证{id_card}", "身份证号码：{id_card}，是以前的老证"),
    "m_cn_numerals": ("手机{mobile}", "电话是{mobile}，这里发不了数字", "我手机号{mobile}", "联系{mobile}"),
    "m_space_each": ("手机号 {mobile}", "电话：{mobile}", "打我电话 {mobile} 谢谢"),
}

COMBO_TEMPLATES = (
    "收货人本人，电话{mobile}，地址{address}", "{address} {mobile}", "{address}，{mobile}，到了打电话",
    "手机{mobile} 邮箱{email}", "{qq}，{wechat}，都行", "身份证{id_card}，银行卡{bank_card}，开户行建设银行",
    "车牌{plate}，车主电话{mobile}", "座机{landline}，手机{mobile}", "公司地址：{address}\n电话：{landline}",
    "收件人：本人\n电话：{mobile}\n地址：{address}", "邮箱{email}或者{qq}都可以", "订单{order_no}的收件电话改为{mobile}",
    "退款{amount}打到{bank_card}", "{datetime}送到{address}，电话{mobile}", "快递{tracking_no}显示签收了，但我没收到，我电话{mobile}",
    "发票号{invoice_no}，重开发到{email}", "车牌{plate}，{datetime}入场，停车费{amount}", "身份证{id_card}，手机号{mobile}，帮我实名认证",
    "客服热线{hotline}打不通，我的手机{mobile}，请回电", "这是{nth_count}联系你们了，电话{mobile}", "{mobile}打不通的话打{mobile}",
    "买了{quantity}，{datetime}前送到{address}", "地址：{address}\n手机：{mobile}\n备注：{datetime}前到", "{address}{mobile}",
    "姓名本人 手机{mobile} 身份证{id_card}", "退款请退到{bank_card}，或者{wechat}转我也行", "加{wechat}或者打{mobile}",
    "订单号{order_no}，收货人电话{mobile}，地址{address}", "我的车牌{plate}，身份证{id_card}，办ETC", "邮箱：{email}\n电话：{landline}",
    "1. 手机：{mobile}\n2. 邮箱：{email}\n3. 地址：{address}", "{address}，座机{landline}，有人签收", "会员号{member_no}，手机{mobile}",
    "型号{model}，{quantity}，寄到{address}", "验证码一直收不到，手机号{mobile}，试了{nth_count}", "qq邮箱{email}，或者{qq}",
    "{wechat}，手机{mobile}，都能找到我", "公司：{address}，联系{mobile}，发票发{email}", "取件码{pickup_code}不对，我电话{mobile}",
    "运单{tracking_no}，改派到{address}", "{plate}的车位在{address}", "信用卡{bank_card}，{datetime}被扣了{amount}",
    "固定电话{landline}，或者发我{email}",
)

NEAR_TEMPLATES = (
    "订单号{order_no}，怎么还没发货？", "查一下这个订单{order_no}到哪了", "单号{order_no}申请退款了，{datetime}之前能到账吗",
    "我{datetime}下的单，订单编号{order_no}，到现在还没动静", "快递单号{tracking_no}三天没更新了",
    "{tracking_no}这个件显示已签收，可我没收到啊", "顺丰单号 {tracking_no}，麻烦催一下", "退货寄回了，物流单号{tracking_no}",
    "实付{amount}，优惠券没抵扣", "退款{amount}什么时候原路返回？", "一共付了{amount}，发票开{amount}就行",
    "这个现在{price}吗？昨天看还便宜", "单价{price}，买{quantity}有优惠吗", "预约{datetime}上门安装可以吗",
    "{datetime}到{datetime}之间家里有人", "型号{model}还有现货吗", "{model}和{model}哪个好", "我买的是{model}，开机黑屏",
    "买了{quantity}，只收到{quantity}", "这是我{nth_count}来问了，还没人处理", "这都{nth_count}催了，能不能给个准话",
    "会员号{member_no}，积分没到账", "会员卡号：{member_no} 生日礼包怎么领", "打你们{hotline}一直占线",
    "官方客服{hotline}让我来这里问", "银行让我打{hotline}查，打了没人接", "交易流水号{card_len_fail}，钱扣了订单没生成",
    "退款单号：{card_len_fail}，显示退款中", "支付宝账单上的商户单号是{card_len_fail}", "商户订单号{card_len_fail}，麻烦核对下",
    "报案号{id_len_fail}，理赔进度怎么样", "工单编号{id_len_fail}，麻烦跟进一下", "申请编号：{id_len_fail}",
    "优惠码{coupon}用不了", "兑换码 {coupon} 提示已失效，怎么回事", "我坐{train_flight}，{datetime}到站，能帮我留一下吗",
    "航班{train_flight}延误了，酒店可以晚点入住吗", "发票号码{invoice_no}，抬头开错了", "电子发票{invoice_no}下载不了",
    "手机IMEI：{imei}，帮我查下是不是正品", "串号{imei}，保修到什么时候", "验证码{verification_code}是你们发的吗？",
    "收到验证码{verification_code}，但是输进去说错误", "邮编{postcode}要写吗", "邮政编码{postcode}对不对",
    "链接在这 {url}", "{url} 这个商品还有货吗", "我在{room_seat}，东西能送过来吗", "取件码{pickup_code}取不出来，柜子打不开",
    "丰巢柜取件码 {pickup_code} 过期了", "取餐号{pickup_code}，等了半小时了", "系统显示手机号{masked_mobile}，是我本人",
    "是{masked_mobile}这个号吗？", "{masked_card}那张卡已经注销了", "退款退到{masked_card}这张卡吗？",
    "实名显示身份证{masked_id}，是我的", "发件邮箱是{masked_email}，不是我的吧", "预留手机{masked_mobile}已经不用了", "统一社会信用代码{credit_code}，开专票",
    "营业执照号{credit_code}，抬头是我们公司", "车架号{vin}，帮我查下保养记录", "VIN码{vin}能查到配件吗",
    "条形码{barcode}扫不出来", "商品条码{barcode}，是正品吗", "APP版本{version}一直闪退", "系统{version}，更新后连不上蓝牙",
    "平时穿{size}，这款要拿大一码吗", "{discount}的活动还有吗", "现在下单还能{discount}吗", "路由器后台{ip_address}进不去",
    "{at_mention} 这个客户的单子你跟一下", "{at_mention} 麻烦看下截图", "SKU {sku_code} 什么时候补货",
    "商品编号{sku_code}，颜色发错了", "工单{ticket_no}处理到哪一步了", "学号{student_no}，校园卡充值没到",
    "工号{employee_no}的师傅说明天来", "生产批号{batch_no}，是不是临期了", "保单号{policy_no}，续保怎么弄",
    "我是{plate_prefix}牌照，能进小区吗", "{plate_prefix}的车可以预约吗", "{body}，穿什么码", "{body}，这个尺码合适吗",
    "{datetime}的{train_flight}，退票手续费多少", "订单{order_no}，{quantity}，实付{amount}",
    "{datetime}下单，运单号{tracking_no}，到现在没收到", "用了优惠码{coupon}，还是付了{amount}",
    "你们客服电话{hotline}打不通，订单{order_no}怎么办", "{model}，IMEI {imei}，{datetime}买的",
    "发票代码{invoice_no}，发票号码{invoice_no}", "我是{nth_count}买你们家了，这次{quantity}都是坏的",
    "{datetime}之前能到吗？{quantity}急用", "退款{amount}到了，谢谢", "满减后{amount}，为什么扣了{amount}",
    "座位{room_seat}，餐什么时候上", "物流{tracking_no}卡在中转站了，{datetime}还没动", "验证码是{verification_code}，{datetime}前有效吗",
    "下单账号的会员{member_no}，{discount}没给我算", "快递员说取件码{pickup_code}，我去了没有", "{url}\n这个链接的{model}还有吗",
    "第一次买，{discount}还能叠加{coupon}吗", "发票{invoice_no}金额{amount}，对吗", "{at_mention} 订单{order_no}客户要退",
)

PREFIXES = ("", "", "", "", "您好，", "你好 ", "亲，", "在吗？", "客服你好，", "麻烦问下，", "hi，", "喂 ", "[微笑]",
            "嗯嗯 ", "好的，", "那个，", "急！", "您好 我想问下 ", "在不在\n", "[抱拳]")
SUFFIXES = ("", "", "", "", "，谢谢", "。", "～", "[抱拳]", "，麻烦了", "！！", "？", " 谢谢啦", "[OK]", "哈", "👍", "🙏",
            "\n谢谢", "，辛苦")


def _glue_guard(out: str, nxt: str) -> str:
    """A space when two alphanumeric runs would otherwise merge (e.g. a room number then a mobile)."""
    def an(c):
        return c.isdigit() or (c.isascii() and c.isalpha())
    return " " if out and nxt and an(out[-1]) and an(nxt[0]) else ""


def _render(r: random.Random, tpl: str, forced: tuple[str, str] | None = None):
    out = ""
    last = 0
    ents, fmts, nms = [], [], []
    forced_used = False
    for m in re.finditer(r"\{(\w+)\}", tpl):
        out += tpl[last:m.start()]
        name = m.group(1)
        if name in PII_GEN:
            if forced and not forced_used and forced[0] == name:
                fmt = forced[1]
                forced_used = True
            else:
                fmt = r.choice([f for f in FORMATS[name] if f not in CUE_ONLY])
            pre, val, post = PII_GEN[name](r, fmt)
            out += _glue_guard(out, pre + val)
            out += pre
            s = len(out)
            out += val
            ents.append((name, s, len(out)))
            fmts.append(fmt)
            out += post
        elif name in NM_GEN:
            pre, val, post = NM_GEN[name](r)
            out += _glue_guard(out, pre + val)
            out += pre
            s = len(out)
            out += val
            nms.append((NM_LABEL.get(name, name), s, len(out)))
            out += post
        else:
            raise KeyError(name)
        last = m.end()
    out += tpl[last:]
    if forced:
        assert forced_used, (tpl, forced)
    return out, ents, fmts, nms


def _decorate(r: random.Random, text, ents, nms):
    p = r.choice(PREFIXES)
    s = r.choice(SUFFIXES)
    n = len(p)
    return p + text + s, [(k, a + n, b + n) for k, a, b in ents], [(k, a + n, b + n) for k, a, b in nms]


def build() -> pd.DataFrame:
    r = random.Random(SEED)
    plan: list[tuple[str, tuple[str, str] | None]] = []
    for kind in KINDS:
        for fmt, reps in FORMATS[kind].items():
            pool = FMT_TEMPLATES.get(fmt, TEMPLATES[kind])
            for i in range(reps):
                plan.append((pool[(i + r.randrange(len(pool))) % len(pool)], (kind, fmt)))
    for i in range(N_COMBO_ROWS):
        plan.append((COMBO_TEMPLATES[i % len(COMBO_TEMPLATES)], None))
    near_order = list(NEAR_TEMPLATES)
    r.shuffle(near_order)
    for i in range(N_NEAR_ROWS):
        plan.append((near_order[i % len(near_order)], None))
    r.shuffle(plan)

    rows = []
    for tpl, forced in plan:
        text, ents, fmts, nms = _render(r, tpl, forced)
        text, ents, nms = _decorate(r, text, ents, nms)
        rows.append({"text": text, "entities": ents, "formats": fmts, "near_misses": nms, "split": SPLIT})
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


make_blind6_corpus = build


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
def _norm(s: str) -> str:
    return "".join(CN_NUM_BACK.get(c, c) for c in s.translate(_UNFW))


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, ents, fmts, nms in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(ents) == len(fmts)
        spans = sorted([(s, e, k, True) for k, s, e in ents] + [(s, e, k, False) for k, s, e in nms])
        for (s1, e1, k1, _), (s2, e2, k2, _) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, k1, k2)
        for s, e, k, _ in spans:
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
        for (k, s, e), f in zip(ents, fmts):
            n_ent += 1
            v = text[s:e]
            d = re.sub(r"\D", "", _norm(v))
            if k == "mobile":
                assert len(d) == 11 and d[0] == "1" and d[:3] in MOBILE_PREFIXES, v
            elif k == "id_card":
                w = re.sub(r"[\s]", "", _norm(v)).upper()
                if f == "id15_old":
                    assert len(w) == 15 and w.isdigit(), v
                else:
                    assert id18_valid(w), v
            elif k == "bank_card":
                assert 16 <= len(d) <= 19 and luhn_ok(d), v
            elif k == "landline":
                assert 7 <= len(d) <= 12, v
            elif k == "qq":
                assert 5 <= len(d) <= 10 and d[0] != "0", v
            elif k == "email":
                assert re.search(r"[@＠#]|\(at\)|\[at\]", v), v
            elif k == "address":
                assert v[-1].isdigit() or v[-1] in "省市区县镇乡村组屯路街巷弄号园苑寓厦栋幢座楼元室房层", v
        for k, s, e in nms:
            v = text[s:e]
            if k == "card_len_fail":
                assert 16 <= len(v) <= 19 and v.isdigit() and not luhn_ok(v), v
            if k == "id_len_fail":
                assert len(v) == 18 and not id18_valid(v), v
            if k == "imei":
                assert len(v) == 15 and luhn_ok(v), v
        if not ents:
            assert nms, text
            # a near-miss sentence must not carry a bare mobile-looking 11-digit run
            assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text), text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f for fs in df["formats"] for f in fs)
    assert set(kinds) == set(KINDS), kinds
    assert len(pii) >= 700 and n_ent >= 800, (len(pii), n_ent)
    assert len(near) >= 600 and sum(near_kinds.values()) >= 700, (len(near), sum(near_kinds.values()))
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                formats=fmts)


if __name__ == "__main__":
    df = build()
    c = check_corpus(df)
    print(f"rows={len(df)} pii_rows={c['pii_rows']} near_rows={c['near_rows']} entities={c['entities']}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} kinds={len(c['near_kinds'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:18s} {n}")

"""Twenty-ninth blind PII corpus (``split == "blind29"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十一位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and
``PLACEHOLDERS``; no other corpus or test under ``tests/`` except lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and
entry-point names only); not ``bench/``, ``docs/``, the README, nor any git
history.  It never imported ``toolkit`` and never ran any masking or finding
function on this corpus.  The folder listing of ``../shared/datasets/`` was
seen but no personal data was taken from it.  Value shapes, chat contexts and
labels come only from the writer's own idea of what customers and staff of
the trade type in WeCom 1:1 and group chats in mainland China.

What is different here: the THEME is CATERING, FOOD DELIVERY, EVENTS AND
ENTERTAINMENT.  Restaurant reservations and banquets (包厢, 桌数), bakeries and
cake orders, food-delivery complaints, wedding banquets, real-name concert and
show tickets (ID numbers), escape rooms and KTV, game top-ups and accounts
(QQ numbers as game accounts), cinema / gym membership cards.  Customers give
mobiles, ID numbers for tickets, delivery addresses (office buildings with
floors, dorms, hotel rooms, estates, villages), WeChat / QQ, e-mails, bank
cards for refunds and plates for parking.  The near-misses are the trade's
own numbers: 取餐号 / pickup codes, order numbers (long, failing Luhn), table
numbers, seat numbers (``3排12座``, ``2层看台B区15排8号``), ticket numbers, game
UIDs and server numbers, amounts, dates and times, people counts, dish
quantities, coupon / voucher codes, 400 / 95xxx hotlines, masked values,
private-room names, hotel room numbers without an address, parking spots,
member-card numbers failing Luhn, ID-shaped strings failing the check digit,
tax codes and cake sizes.

Seed
----
``SEED = "blind29-2026-catering-第三十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-character
ID-shaped one fails the check digit.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; separators inside a
  value (spaces, dashes, dots, the parentheses around an area code) are
  inside.  An address runs from its first place unit (province / city /
  district / county / town / road) to its last house-level unit (号 / 栋 /
  号楼 / 单元 / 室 / 层 / a bare room number such as ``1502`` or
  ``3-2-1502``); a place alone is not an address.  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind29"``

Counts (``python tests/privacy/pii_blind29.py``)
-----------------------------------------------
rows=1520, pii_rows=860, near_rows=660, entities=1253
(mobile 390, address 203, id_card 109, email 101, landline 97, bank_card 96,
plate 96, qq 81, wechat 80);
near-miss spans=1519 (1171 in near-miss rows), 27 near-miss kinds
(date_time 231, amount 228, people_count 148, order_no 99, private_room 65,
pickup_no 64, server_no 59, dish_qty 58, game_uid 56, place_only 52,
seat_no 49, hotline 42, masked 40, member_no 35, cake_size 35, table_no 34,
voucher_code 30, credit_code 28, bad_card 27, tail_digits 24, ticket_no 24,
parking_spot 23, bad_id 16, verify_code 15, coupon_code 14, hotel_room 12,
tracking_no 11);
formats=41 distinct, each used >= 9 times in >= 7 templates (every format is
drawn first until it has been used ``MIN_PER_FMT`` = 6 times, then by weight;
a template may pin a format, e.g. ``{ad:hotel}`` or ``{m:fullwidth}``).
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind29-2026-catering-第三十一位写手"
SPLIT = "blind29"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 860
N_NEAR_ROWS = 660

# ---------------------------------------------------------------- checksums

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


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


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()]", "", s)


# ---------------------------------------------------------------- value pools

_ID_AREAS = (
    "110105", "110108", "310115", "310104", "440305", "440106", "440104", "330106", "330108", "320102",
    "320506", "510107", "510104", "420111", "430104", "610113", "500112", "370202", "350203", "410105",
    "130102", "210102", "120101", "340104", "360102", "450103", "530102", "230103", "441302", "321322",
    "412726", "445202", "362502", "522101", "640104", "150102", "620102", "460105", "371002", "131082",
)
_MOBILE_PREFIX = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
_AREA8 = ("010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "029", "0512", "0532",
          "0731", "0591", "024", "0371", "0592")
_AREA7 = ("0851", "0871", "0931", "0771", "0898", "0474", "0513", "0754", "0760", "0769")
_UP_BIN16 = ("622202", "622848", "621700", "622588", "621483", "623058", "622262", "621661", "622700",
             "625965", "622609", "621226")
_UP_BIN19 = ("622202", "622848", "621700", "621661", "623668", "621799", "622845", "623052")
_INTL_BIN = ("436742", "427020", "456351", "524094", "545619", "518710", "403391", "552599")
_DOM95 = ("9558801", "9558820", "9559980", "9559901")
_PLATE_PROV = (("京", "ABCEFGHJKLNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJLMSTX"), ("浙", "ABCDEFGHJ"),
               ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLQR"), ("鄂", "ABCDEFGHJK"), ("湘", "ABCDEFGHJ"),
               ("陕", "ABCDEFGH"), ("渝", "ABCDF"), ("津", "ABCDEFGHJ"), ("闽", "ABCDEFGHJ"), ("豫", "ABCDEFGHJ"),
               ("鲁", "ABCDEFGHJKLMNP"), ("皖", "ABCDEFGHJ"))
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PY = ("xiaomei", "ajie", "tangtang", "lele", "dabao", "ningning", "yuki", "summer", "coco", "kevin",
       "chenchen", "haohao", "zhouzhou", "nana", "lucky", "xiaoyu", "momo", "tiantian", "jiajia", "wenwen",
       "a_feng", "linlin", "panda", "dongdong", "xixi", "amy", "jason", "yiyi", "qiqi", "mianmian")
_WORDS = ("cake", "sweet", "milk", "tea", "sunny", "moon", "star", "happy", "bobo", "candy", "cookie", "lemon")
_CORP = ("sh-foodtech.com", "hengtai-group.cn", "xingchen-media.com", "mingde.com.cn", "baiwei-catering.com",
         "yunjing-events.cn", "huasheng.com.cn", "jiuzhou-ent.com")

# (city prefix, district, roads, office buildings, estates, universities, hotels)
_GEO = (
    ("北京市", "朝阳区", ("建国路", "朝阳北路", "望京街", "东三环中路", "酒仙桥路"),
     ("国贸大厦", "望京SOHO塔2", "财富中心", "恒通商务园"), ("远洋山水", "首城国际", "望京花园西区"),
     ("对外经济贸易大学", "中国传媒大学"), ("国贸大酒店", "亚朵酒店")),
    ("北京市", "海淀区", ("中关村大街", "学院路", "知春路", "西二旗大街"),
     ("中关村创业大厦", "融科资讯中心", "辉煌国际"), ("世纪城晴雪园", "上地西里", "当代城市家园"),
     ("北京航空航天大学", "北京邮电大学"), ("中关村皇冠假日酒店", "全季酒店")),
    ("上海市", "浦东新区", ("世纪大道", "张杨路", "陆家嘴环路", "张江路", "锦绣路"),
     ("金茂大厦", "陆家嘴金融广场", "张江科技园5号楼"), ("仁恒河滨城", "联洋花园", "金桥新城"),
     ("上海海事大学", "上海电力大学"), ("浦东香格里拉大酒店", "汉庭酒店")),
    ("上海市", "徐汇区", ("漕溪北路", "虹桥路", "肇嘉浜路", "龙华中路"),
     ("港汇恒隆广场", "汇京国际广场", "飞洲国际"), ("徐汇苑", "东安三村", "华亭小区"),
     ("上海交通大学徐汇校区", "上海师范大学"), ("锦江之星", "徐家汇华美达酒店")),
    ("广东省深圳市", "南山区", ("深南大道", "科苑路", "后海大道", "高新南一道", "沙河西路"),
     ("腾讯滨海大厦", "科兴科学园B栋", "软件产业基地4栋"), ("蔚蓝海岸三期", "桃源村", "南山花园"),
     ("深圳大学", "南方科技大学"), ("南山希尔顿酒店", "维也纳酒店")),
    ("广东省广州市", "天河区", ("天河路", "体育西路", "花城大道", "中山大道西", "黄埔大道西"),
     ("天河城写字楼", "高德置地广场", "太古汇一座"), ("骏景花园", "华景新城", "天河北苑"),
     ("暨南大学", "华南理工大学"), ("广州天河希尔顿酒店", "如家酒店")),
    ("浙江省杭州市", "西湖区", ("文三路", "天目山路", "教工路", "学院路"),
     ("华星时代广场", "黄龙国际中心", "浙商财富中心"), ("嘉绿苑", "翠苑一区", "文鼎苑"),
     ("浙江大学玉泉校区", "浙江科技大学"), ("黄龙饭店", "桔子酒店")),
    ("浙江省杭州市", "滨江区", ("江南大道", "网商路", "长河路", "江陵路"),
     ("星耀城", "宝龙城市广场", "海创基地"), ("钱塘春晓", "东方郡", "白金海岸"),
     ("浙江中医药大学", "杭州职业技术学院"), ("滨江开元名都", "全季酒店")),
    ("四川省成都市", "武侯区", ("天府大道北段", "科华北路", "人民南路四段", "一环路南三段"),
     ("环球中心", "来福士广场", "蜀都中心"), ("棕北小区", "锦绣花园", "南苑"),
     ("四川大学望江校区", "西南民族大学"), ("成都岷山饭店", "亚朵酒店")),
    ("湖北省武汉市", "洪山区", ("珞喻路", "光谷大道", "雄楚大道", "民族大道"),
     ("光谷国际广场", "世界城光谷步行街写字楼", "保利时代"), ("东湖名居", "保利花园", "光谷坐标城"),
     ("华中科技大学", "武汉理工大学"), ("光谷希尔顿", "锦江之星")),
    ("江苏省南京市", "鼓楼区", ("中山北路", "汉中路", "广州路", "湖南路"),
     ("苏宁睿城", "金鹰国际", "新城市广场"), ("颐和路小区", "五塘新村", "清江花苑"),
     ("南京大学鼓楼校区", "南京师范大学"), ("南京金陵饭店", "汉庭酒店")),
    ("重庆市", "渝北区", ("金开大道", "新南路", "龙山大道", "星光大道"),
     ("照母山科技园", "财富中心", "龙湖星海天街写字楼"), ("龙湖南苑", "金科天籁城", "鲁能星城"),
     ("重庆工商大学", "重庆邮电大学"), ("重庆洲际酒店", "维也纳酒店")),
    ("陕西省西安市", "雁塔区", ("小寨东路", "科技路", "高新路", "长安南路"),
     ("赛格国际", "高新国际商务中心", "中贸广场"), ("曲江池小区", "长延堡小区", "融侨馨苑"),
     ("陕西师范大学", "西安电子科技大学"), ("西安雁塔希尔顿", "如家酒店")),
)
_VILLAGES = (
    ("河南省周口市", "郸城县", "汲冢镇", "王庄村"), ("安徽省阜阳市", "临泉县", "杨桥镇", "前李村"),
    ("江西省赣州市", "于都县", "罗坳镇", "新屋村"), ("湖南省邵阳市", "隆回县", "桃洪镇", "石门村"),
    ("四川省南充市", "营山县", "城南镇", "凤凰村"), ("山东省临沂市", "沂南县", "界湖镇", "东峪村"),
    ("广西壮族自治区玉林市", "博白县", "龙潭镇", "大坡村"), ("河北省邯郸市", "魏县", "牙里镇", "东代固村"),
)
_GRP = ("一组", "二组", "三组", "四组", "五组", "六组")

# near-miss pools
_ROOMS = ("牡丹厅", "兰亭阁", "V08包间", "888包厢", "龙凤厅", "紫荆阁", "锦绣厅", "桃园厅", "迎宾厅A", "聚贤阁")
_KTV = ("小包", "中包", "大包", "豪华包", "派对包")
_PLACES = ("望京SOHO店", "三里屯店", "徐家汇店", "万象城店", "春熙路店", "国贸店", "南京西路店", "天河城店",
           "西湖银泰店", "光谷店", "大悦城", "万达广场", "奥体中心", "梅赛德斯奔驰文化中心", "五棵松",
           "体育中心", "海心沙", "凯德广场", "龙湖天街", "环球港")
_SERVERS = ("安卓QQ区", "苹果微信区", "官服", "B服", "iOS区", "双平台")
_GAMES = ("王者", "和平精英", "原神", "蛋仔派对", "金铲铲", "逆水寒", "梦幻西游", "光遇")
_DISHES = ("酸菜鱼", "小龙虾", "黄焖鸡", "烤鸭", "奶茶", "生椰拿铁", "麻辣烫", "煲仔饭", "寿司拼盘", "炸鸡")


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        r = self.r
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = r.choice("123456789") + s[1:]
        return s

    # ------------------------------------------------------------ entities
    def id_body(self) -> str:
        r = self.r
        y = r.randint(1962, 2007)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return f"{r.choice(_ID_AREAS)}{y}{m:02d}{d:02d}{r.randint(1, 999):03d}"

    def id_card(self, fmt: str) -> tuple[str, str, str]:
        while True:
            b = self.id_body()
            c = _id_check(b)
            if fmt in ("x_upper", "x_lower") and c != "X":
                continue
            if fmt not in ("x_upper", "x_lower") and c == "X":
                continue
            break
        v = b + c
        if fmt == "x_lower":
            v = b + "x"
        elif fmt == "space_6_8_4":
            v = f"{v[:6]} {v[6:14]} {v[14:]}"
        return "", v, ""

    def bank(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        if fmt in ("unionpay_16", "space_4444"):
            body = r.choice(_UP_BIN16) + self.digits(9)
        elif fmt in ("unionpay_19", "space_19"):
            body = r.choice(_UP_BIN19) + self.digits(12)
        elif fmt == "intl_16":
            body = r.choice(_INTL_BIN) + self.digits(9)
        else:  # domestic_95_19
            body = r.choice(_DOM95) + self.digits(11)
        v = body + _luhn_digit(body)
        if fmt in ("space_4444", "space_19"):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return "", v, ""

    def mobile_raw(self) -> str:
        return self.r.choice(_MOBILE_PREFIX) + self.digits(8)

    def mobile(self, fmt: str) -> tuple[str, str, str]:
        v = self.mobile_raw()
        if fmt == "space_344":
            v = f"{v[:3]} {v[3:7]} {v[7:]}"
        elif fmt == "dash_344":
            v = f"{v[:3]}-{v[3:7]}-{v[7:]}"
        elif fmt == "fullwidth":
            v = "".join(chr(ord(c) + 0xFEE0) for c in v)
        elif fmt == "prefix_86":
            return self.r.choice(("+86 ", "+86", "+86-", "0086 ", "86-")), v, ""
        return "", v, ""

    def landline(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        area = r.choice(_AREA8) if r.random() < 0.7 else r.choice(_AREA7)
        local = r.choice("2345678") + self.digits(7)
        if fmt == "dash_area":
            v = f"{area}-{local}"
        elif fmt == "paren_area":
            v = r.choice((f"({area}){local}", f"（{area}）{local}", f"({area}) {local}"))
        elif fmt == "space_area":
            v = f"{area} {local}"
        else:
            v = area + local
        post = ""
        if r.random() < 0.3:
            post = r.choice(("转", "-", "分机", " 转")) + r.choice(("806", "8012", "201", "6", "3306", "110"))
        return "", v, post

    def qq(self, fmt: str) -> tuple[str, str, str]:
        n = self.r.randint(6, 8) if fmt == "digits_short" else self.r.randint(9, 10)
        return "", self.digits(n, True), ""

    def wechat(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        if fmt == "wxid_prefix":
            v = "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))
        elif fmt == "pinyin_digits":
            v = r.choice(_PY) + r.choice(("", "_", "")) + r.choice((self.digits(4), str(r.randint(1985, 2005)),
                                                                   "520", "1314", self.digits(3), "0" + str(r.randint(1, 9)) + str(r.randint(10, 28))))
        else:  # word_mixed
            w = r.choice(_WORDS)
            v = r.choice((w.capitalize(), w)) + r.choice(("-", "_", "")) + r.choice(_PY).capitalize() + r.choice(("", str(r.randint(1, 99)), "88", "666"))
        return "", v, ""

    def email(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        if fmt == "qq_numeric":
            v = self.digits(r.randint(8, 10), True) + "@qq.com"
        elif fmt == "netease":
            v = r.choice(_PY).replace("_", "") + r.choice(("", self.digits(2), str(r.randint(1985, 2004)), "_" + self.digits(3))) + r.choice(("@163.com", "@126.com", "@yeah.net"))
        elif fmt == "corp_domain":
            v = r.choice(("hr", "events", "sales", "zhang.wei", "li.na", "wangj", "chen.y", "service", "admin", "liu.m")) + "@" + r.choice(_CORP)
        else:  # intl_webmail
            v = r.choice(_PY).replace("_", ".") + r.choice((".", "", "_")) + r.choice(_WORDS) + self.digits(r.choice((0, 2, 3))) + r.choice(("@gmail.com", "@outlook.com", "@hotmail.com", "@foxmail.com", "@sina.com"))
        return "", v, ""

    def plate(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        prov, letters = r.choice(_PLATE_PROV)
        city = r.choice(letters)
        if fmt == "new_energy":
            tail = r.choice("DF") + r.choice((self.digits(5), r.choice(_PLATE_LET) + self.digits(4)))
            return "", prov + city + tail, ""
        k = r.choice((0, 1, 1, 2))
        pos = sorted(r.sample(range(5), k))
        tail = "".join(r.choice(_PLATE_LET) if i in pos else r.choice("0123456789") for i in range(5))
        sep = {"plain_7": "", "dot_sep": "·", "space_sep": " "}[fmt]
        return "", prov + city + sep + tail, ""

    def address(self, fmt: str) -> tuple[str, str, str]:
        r = self.r
        if fmt == "village_group":
            pc, county, town, vil = r.choice(_VILLAGES)
            v = f"{pc}{county}{town}{vil}" + r.choice((f"{r.choice(_GRP)}{r.randint(1, 60)}号", f"{r.randint(1, 120)}号", f"{r.choice(_GRP)}"))
            if not v.endswith("号"):
                v = f"{pc}{county}{town}{vil}{r.choice(_GRP)}{r.randint(1, 60)}号"
            return "", v, ""
        city, dist, roads, offices, estates, univs, hotels = r.choice(_GEO)
        road = r.choice(roads) + f"{r.randint(1, 999)}号"
        floor = r.randint(2, 45)
        room = f"{r.randint(2, 33)}{r.randint(1, 20):02d}"
        if fmt == "office_floor":
            tail = f"{r.choice(offices)}{floor}层"
            v = city + dist + road + tail
        elif fmt == "office_room":
            tail = r.choice((f"{r.choice(offices)}{r.choice('ABCD')}座{room}", f"{r.choice(offices)}{room}室",
                             f"{r.choice(offices)}{room[:-2]}楼{room}"))
            v = city + dist + road + tail
        elif fmt == "estate_unit_room":
            tail = r.choice((f"{r.choice(estates)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{room}",
                             f"{r.choice(estates)}{r.randint(1, 30)}号楼{r.randint(1, 4)}单元{room}室",
                             f"{r.choice(estates)}{r.randint(1, 30)}幢{room}室"))
            v = city + dist + road + tail
        elif fmt == "estate_dash_room":
            v = city + dist + road + f"{r.choice(estates)}{r.randint(1, 30)}-{r.randint(1, 4)}-{room}"
        elif fmt == "dorm_room":
            v = city + dist + road + f"{r.choice(univs)}" + r.choice(("学生公寓", "", "东区", "西区宿舍")) + \
                f"{r.randint(1, 40)}" + r.choice(("号楼", "栋", "舍")) + f"{r.randint(1, 6)}{r.randint(1, 40):02d}"
        elif fmt == "hotel_room":
            v = city + dist + road + r.choice(hotels) + f"{r.randint(3, 28)}{r.randint(1, 40):02d}" + r.choice(("室", "", "房"))
            if v.endswith("房"):
                v = v[:-1]
                return "", v, "房"
        elif fmt == "district_start":
            tail = r.choice((f"{r.choice(estates)}{r.randint(1, 30)}栋{r.randint(1, 4)}单元{room}",
                             f"{r.choice(offices)}{floor}层", f"{r.choice(estates)}{r.randint(1, 30)}-{r.randint(1, 4)}-{room}"))
            v = dist + road + tail
        else:  # spaced_parts
            tail = r.choice((f"{r.choice(estates)} {r.randint(1, 30)}栋 {r.randint(1, 4)}单元 {room}",
                             f"{r.choice(offices)} {floor}层", f"{r.choice(estates)} {r.randint(1, 30)}号楼 {room}室"))
            v = f"{city} {dist} {road} {tail}"
        return "", v, ""


FORMATS = {
    "mobile": (("plain_11", 6), ("space_344", 2), ("dash_344", 1), ("prefix_86", 1), ("fullwidth", 0.2)),
    "id_card": (("plain_18", 7), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1.5)),
    "bank_card": (("unionpay_19", 4), ("unionpay_16", 3), ("space_4444", 2), ("space_19", 1), ("intl_16", 1.5),
                  ("domestic_95_19", 1)),
    "landline": (("dash_area", 5), ("paren_area", 2), ("space_area", 2), ("plain_area", 2)),
    "qq": (("digits_long", 3), ("digits_short", 2)),
    "wechat": (("pinyin_digits", 4), ("wxid_prefix", 2), ("word_mixed", 2)),
    "email": (("qq_numeric", 4), ("netease", 3), ("corp_domain", 2), ("intl_webmail", 2)),
    "plate": (("plain_7", 5), ("new_energy", 3), ("dot_sep", 1), ("space_sep", 1)),
    "address": (("office_floor", 4), ("office_room", 3), ("estate_unit_room", 4), ("estate_dash_room", 3),
                ("dorm_room", 2), ("hotel_room", 2), ("district_start", 2), ("spaced_parts", 1),
                ("village_group", 1)),
}
_ADDR_GROUPS = {
    "office": ("office_floor", "office_room", "district_start"),
    "home": ("estate_unit_room", "estate_dash_room", "district_start", "spaced_parts", "village_group"),
    "dorm": ("dorm_room",),
    "hotel": ("hotel_room",),
    "village": ("village_group",),
    "city": ("office_floor", "office_room", "estate_unit_room", "estate_dash_room", "dorm_room", "hotel_room",
             "district_start", "spaced_parts"),
}
_MARK2KIND = {"m": "mobile", "id": "id_card", "bc": "bank_card", "ll": "landline", "qq": "qq", "wx": "wechat",
              "em": "email", "pl": "plate", "ad": "address"}


# ---------------------------------------------------------------- near misses

class Near:
    def __init__(self, g: Gen):
        self.g = g
        self.r = g.r

    def pickup(self):
        r = self.r
        return "pickup_no", r.choice((f"{r.choice('ABCDK')}{r.randint(1, 399):03d}", f"{r.choice('ABC')}{r.randint(10, 199)}",
                                      str(r.randint(10, 999))))

    def order(self):
        r, g = self.r, self.g
        while True:
            v = r.choice(("2" + g.digits(18), "3" + g.digits(17), "E" + g.digits(17), "1" + g.digits(16),
                          "8" + g.digits(15), "DD" + g.digits(14), "20261" + g.digits(13)))
            d = re.sub(r"\D", "", v)
            if 16 <= len(d) <= 19 and _luhn_ok(d):
                continue
            if len(d) == 18 and _id_ok(d):
                continue
            return "order_no", v

    def table(self):
        r = self.r
        return "table_no", r.choice((f"{r.randint(1, 48)}号桌", f"{r.choice('ABCD')}{r.randint(1, 30):02d}", f"{r.randint(1, 40)}桌"))

    def seat(self):
        r = self.r
        return "seat_no", r.choice((f"{r.randint(1, 18)}排{r.randint(1, 30)}座", f"{r.randint(1, 3)}层看台{r.choice('ABCDEFGH')}区{r.randint(1, 30)}排{r.randint(1, 40)}号",
                                    f"内场{r.choice('ABCDEF')}{r.randint(1, 9)}区{r.randint(1, 25)}排{r.randint(1, 30)}号",
                                    f"{r.randint(1, 12)}号厅{r.randint(1, 15)}排{r.randint(1, 20)}座", f"看台{r.randint(101, 420)}区{r.randint(1, 30)}排{r.randint(1, 40)}座"))

    def ticket(self):
        r, g = self.r, self.g
        return "ticket_no", r.choice(("T" + g.digits(12), g.digits(12), "DM" + g.digits(10), f"{g.digits(4)} {g.digits(4)} {g.digits(4)}"))

    def uid(self):
        r, g = self.r, self.g
        return "game_uid", r.choice((g.digits(9, True), g.digits(10, True), g.digits(8, True), "1" + g.digits(8)))

    def server(self):
        r = self.r
        return "server_no", r.choice((f"{r.choice(_SERVERS)}{r.randint(1, 520)}区", f"{r.randint(1, 300)}服", f"S{r.randint(1, 999)}",
                                      f"{r.choice(_SERVERS)}{r.randint(1, 99)}服"))

    def amt(self):
        r = self.r
        return "amount", r.choice((f"¥{r.randint(12, 9999)}", f"{r.randint(12, 9999)}元", f"{r.randint(12, 999)}.{r.randint(0, 99):02d}元",
                                   f"{r.randint(1, 9)},{r.randint(0, 999):03d}元", f"{r.randint(12, 500)}块", f"¥{r.randint(10, 999)}.{r.choice(('00', '50', '90', '80'))}"))

    def dt(self):
        r = self.r
        return "date_time", r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日晚上{r.randint(5, 9)}点",
                                      f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(10, 22)}:{r.choice(('00', '30', '15', '45'))}",
                                      f"{r.randint(10, 22)}:{r.choice(('00', '30', '15', '45'))}", f"周{r.choice('一二三四五六日')}晚上{r.randint(6, 9)}点半",
                                      f"2027.{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(17, 21)}:{r.choice(('00', '30'))}-{r.randint(21, 23)}:00"))

    def ppl(self):
        r = self.r
        return "people_count", r.choice((f"{r.randint(2, 30)}位", f"{r.randint(2, 20)}个人", f"{r.randint(2, 12)}大{r.randint(1, 3)}小",
                                         f"{r.randint(2, 16)}人"))

    def tables(self):
        r = self.r
        return "people_count", r.choice((f"{r.randint(2, 60)}桌", f"{r.randint(8, 40)}桌加{r.randint(1, 3)}桌备桌", f"{r.randint(3, 30)}桌"))

    def qty(self):
        r = self.r
        return "dish_qty", r.choice((f"{r.randint(1, 5)}份", f"x{r.randint(1, 6)}", f"{r.randint(1, 10)}杯", f"{r.randint(2, 5)}斤", f"{r.randint(1, 3)}个"))

    def coupon(self):
        r = self.r
        a = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
        return "coupon_code", r.choice(("".join(r.choice(a) for _ in range(8)),
                                        "-".join("".join(r.choice(a) for _ in range(4)) for _ in range(3)),
                                        r.choice(("MT", "ELM", "DY", "VIP")) + "".join(r.choice(a) for _ in range(6))))

    def voucher(self):
        g, r = self.g, self.r
        return "voucher_code", r.choice((f"{g.digits(4)} {g.digits(4)} {g.digits(4)}", g.digits(12), g.digits(10)))

    def hot(self):
        r, g = self.r, self.g
        return "hotline", r.choice((f"400-{g.digits(3)}-{g.digits(4)}", f"400{g.digits(7)}", f"800-{g.digits(3)}-{g.digits(4)}",
                                    r.choice(("95518", "95588", "95555", "95533", "95566", "12315", "10105757", "10109777")),
                                    f"400 {g.digits(3)} {g.digits(4)}"))

    def masked(self):
        r, g = self.r, self.g
        m = g.mobile_raw()
        b = g.id_body()
        return "masked", r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{b[:4]}**********{b[14:17]}{_id_check(b)}",
                                   f"{b[:6]}********{b[14:17]}{_id_check(b)}", f"6222 **** **** {g.digits(4)}", f"**** {g.digits(4)}",
                                   f"{m[:3]}xxxx{m[7:]}", f"{g.digits(4, True)}****@qq.com"))

    def badcard(self):
        r, g = self.r, self.g
        while True:
            n = r.choice((16, 16, 19, 18))
            body = r.choice(("62", "60", "88", "95", "10", "22", "65")) + g.digits(n - 2)
            if _luhn_ok(body) or (n == 18 and _id_ok(body)):
                continue
            v = body if r.random() < 0.6 else " ".join(body[i:i + 4] for i in range(0, n, 4))
            return "bad_card", v

    def badid(self):
        while True:
            b = self.g.id_body()
            c = _id_check(b)
            v = b + self.r.choice([x for x in "0123456789X" if x != c])
            if not _luhn_ok(v):
                return "bad_id", v

    def vcode(self):
        return "verify_code", self.g.digits(self.r.choice((4, 6, 6)))

    def member(self):
        r, g = self.r, self.g
        return "member_no", r.choice((g.digits(8, True), "VIP" + g.digits(6), g.digits(10, True), "M" + g.digits(9)))

    def room(self):
        r = self.r
        return "private_room", r.choice((r.choice(_ROOMS), f"{r.choice(_KTV)}{r.randint(201, 888)}", f"{r.randint(1, 3)}0{r.randint(1, 9)}包厢",
                                         f"{r.choice(('A', 'B', 'V'))}{r.randint(1, 30)}包间"))

    def hroom(self):
        r = self.r
        return "hotel_room", f"{r.randint(3, 28)}{r.randint(1, 40):02d}"

    def place(self):
        return "place_only", self.r.choice(_PLACES)

    def park(self):
        r = self.r
        return "parking_spot", r.choice((f"B{r.randint(1, 3)}-{r.randint(1, 600):03d}", f"负{r.choice('一二三')}层{r.choice('ABCDE')}区{r.randint(1, 300)}号",
                                         f"{r.choice('ABCDE')}{r.randint(1, 300)}车位"))

    def tail(self):
        return "tail_digits", self.g.digits(4)

    def credit(self):
        r, g = self.r, self.g
        a = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "credit_code", "91" + r.choice(_ID_AREAS) + "".join(r.choice(a) for _ in range(10))

    def cake(self):
        r = self.r
        return "cake_size", r.choice((f"{r.choice((6, 8, 10, 12))}寸", f"{r.choice((1, 2, 3, 4))}磅", f"{r.choice((2, 3))}层"))

    def express(self):
        r, g = self.r, self.g
        return "tracking_no", r.choice(("SF" + g.digits(13), "YT" + g.digits(13), "JD" + g.digits(13), "75" + g.digits(12)))

    def game(self):
        return "game_name", self.r.choice(_GAMES)

    def dish(self):
        return "dish", self.r.choice(_DISHES)


_NEAR_MARKS = ("tables", "pickup", "order", "table", "seat", "ticket", "uid", "server", "amt", "dt", "ppl", "qty", "coupon",
               "voucher", "hot", "masked", "badcard", "badid", "vcode", "member", "room", "hroom", "place", "park",
               "tail", "credit", "cake", "express")
# game / dish are filler, not near-miss spans
_FILL_MARKS = ("game", "dish")

# ---------------------------------------------------------------- templates

PII_TEMPLATES = (
    # --- restaurant reservations / banquets
    "你好，想订{dt}的包厢，{ppl}，我手机{m}",
    "订位：{dt} {ppl} 要包厢，联系电话{m}，到了报手机尾号就行",
    "帮我留个{room}吧，{ppl}，电话 {m} 谢谢🙏",
    "{m} 这个是我的号码，{dt}订{ppl}，麻烦安排靠窗",
    "经理您好，我们公司年会想订{tables}，对接人电话{m}，座机{ll}，发票抬头邮箱{em}",
    "年会订餐确认：\n人数：{ppl}\n联系人手机：{m}\n公司座机：{ll}\n邮箱：{em}",
    "我是前台，公司电话{ll}，你们到了直接打这个",
    "订桌的话打我们店里电话{ll}或者加微信{wx}",
    "宴会厅定金{amt}已转，收据麻烦发我邮箱 {em}",
    "寿宴{tables}，{dt}，我女儿的手机{m}，有事找她",
    "你好我订了{dt}的位子，手机号{m}，想改成{ppl}可以吗",
    "停车能免费吗？车牌{pl}，大概{dt}到",
    "我们{ppl}开两辆车来，车牌{pl}和{pl}，麻烦登记一下停车",
    "吃饭的时候车停你们地库了，{pl}，帮忙核销下停车券",
    "包间{room}那桌的客人车牌是{pl}，前台登记下免费停车",
    # --- wedding banquets
    "婚宴合同签好了，新郎电话{m}，新娘电话{m}，后面对接婚庆都找我们俩",
    "婚宴{tables}，定金{amt}，乙方联系电话{ll}，甲方身份证号{id}",
    "签合同要新人身份证，我的是{id}，她的明天补给你",
    "婚礼当天接亲车队头车{pl}，酒店门口能停吗",
    "请柬上的地址写：{ad:office_floor}宴会厅，对吧？",
    "婚宴尾款退款到这张卡：{bc}，户名是我本人",
    "喜糖盒寄到 {ad:home} ，电话{m}",
    "伴手礼的发票开一下，邮箱{em}，税号{credit}",
    "婚纱照工作室那边说样片发邮箱，{em}，麻烦你们转一下",
    # --- bakery / cakes
    "订个{cake}的生日蛋糕，{dt}下午送到{ad:home}，收货电话{m}",
    "蛋糕送到{ad:office}，前台代收，电话{ll}",
    "蛋糕送到 {ad:office}\n联系人手机 {m}\n蛋糕写“生日快乐”🎂",
    "{cake}慕斯一个，{dt}自提，提货人手机{m}",
    "地址：{ad}\n电话：{m}\n备注：不要放芒果",
    "收件地址{ad}，手机{m}，蛋糕上插数字蜡烛18",
    "您好 我是订{cake}蛋糕的，电话{m}，地址改成{ad:home}可以吗",
    "麻烦送到{ad:dorm}，我在宿舍，电话{m}",
    "送{ad:dorm}，到楼下打{m}，宿管不让上楼",
    "我微信{wx}，加一下发你蛋糕样图",
    "加我vx：{wx} 发定制图片",
    "加一下微信 {wx} ，我把要印的照片发你",
    "老板，蛋糕做好了吗？我{dt}来拿，手机尾号{tail}，全号{m}",
    "企业团购下午茶，对公邮箱{em}，财务座机{ll}",
    "公司下午茶每周三送{ad:office}，对接人{m}",
    "蛋糕糊了要退款，原路退不了的话打到{bc}",
    # --- food delivery complaints
    "外卖送错了！我地址是{ad:office}，骑手放到别的楼层了，我电话{m}",
    "订单{order}，等了一个多小时还没到，地址{ad}，手机{m}",
    "骑手电话打不通，我在{ad:hotel}，你们让他打{m}",
    "汤洒了一半，照片已经发了，退款退到{bc}吧，订单号{order}",
    "我点的{dish}少了{qty}，订单{order}，我手机{m}，麻烦处理下",
    "送到{ad:dorm}就行，电话{m}，放宿舍楼下外卖柜",
    "外卖地址写错了，应该是{ad:home}，不是公司，电话不变{m}",
    "外卖放前台，{ad:office}，前台座机{ll}",
    "投诉：骑手态度差，我手机{m}，订单{order}，请回电",
    "{m}\n{ad}\n就这个，麻烦改一下配送地址",
    "你们客服一直是机器人，我电话{m}，赶紧打给我",
    "食物里吃出头发了😡 订单{order} 手机{m} 要求全额退款",
    "酒店外卖：{ad:hotel}，到了打前台电话{ll}",
    "送到{ad:hotel}，放门口就行，别敲门，宝宝在睡觉，电话{m}",
    "帮我备注：到了打电话{m}，别打{m}，那个是我老公的",
    # --- concert / show tickets (real-name)
    "演唱会实名购票，观演人身份证{id}，手机{m}",
    "购票人：本人\n证件号：{id}\n手机：{m}\n座位{seat}",
    "两张票的实名信息：{id}、{id}，都是身份证",
    "我票买错场次了，身份证号{id}，能改到{dt}那场吗",
    "实名制的身份证填错了一位，正确的是{id}，订单号{order}",
    "{id} 这个是我妈的身份证，帮她绑一下票",
    "观演人信息\n1. 身份证 {id}\n2. 身份证 {id}\n票档{amt}",
    "话剧票{seat}，取票手机号{m}，证件号{id}",
    "音乐节退票，退款账户{bc}，购票身份证{id}",
    "票转赠给我朋友，她身份证是{id}，手机号{m}",
    "请问纸质票能邮寄吗？地址{ad}，收件电话{m}",
    "快递寄票到{ad:home}，电话{m}，谢谢",
    "我是黄牛吗？？我就买了两张，身份证{id}，你们凭什么取消",
    "票务邮箱{em}没收到电子票，订单{order}",
    "电子票发这个邮箱就行：{em}",
    "演出赞助合作请联系 {em} 或者 {ll}",
    # --- escape room / KTV
    "密室{dt}场，{ppl}，预约手机{m}",
    "KTV订{room}，{dt}，电话{m}，到了报手机号",
    "我们有人恐高，剧本杀能换个本吗？加我微信{wx}聊",
    "密室团建{ppl}，对公付款，财务邮箱{em}，公司电话{ll}",
    "包房里落了一个钱包，我是{room}的，手机{m}，麻烦帮忙找下",
    "ktv停车，车牌{pl}，三个小时免费对吧",
    "我开的新能源{pl}，能充电吗",
    "剧本杀车队群：加微信 {wx} 拉你进群",
    # --- games / top-ups
    "充值到账号{qq}，{server}，充了{amt}没到账",
    "游戏账号是QQ号{qq}，{game}{server}，点券没到",
    "QQ：{qq}  区服：{server}  充值金额：{amt}",
    "我扣扣号{qq}，帮我查下{dt}那笔充值",
    "{qq} 这个QQ号被盗了，绑定的手机{m}，求找回",
    "代充的单子：Q号{qq}，{game}，{server}",
    "帮我查一下账号{qq}的充值记录，退款到{bc}",
    "qq{qq}，密码忘了，手机号{m}已经不用了",
    "加我QQ{qq}一起开黑，{game}{server}",
    "未成年人退款申请：孩子用我的QQ{qq}充了{amt}，监护人身份证{id}",
    "申请退款，监护人身份证号{id}，银行卡{bc}，电话{m}",
    "游戏礼包发我邮箱{em}，账号QQ{qq}",
    "{em:qq_numeric} 是我邮箱哈，QQ就是前面那串数字",
    "邮箱就是QQ邮箱 {em:qq_numeric}",
    "我的qq邮箱{em}",
    # --- cinema / gym membership
    "办了影城会员卡，手机号{m}，生日那天有优惠吗",
    "健身房年卡退费，身份证{id}，退到卡{bc}",
    "私教课退费到{bc}，开户行招商",
    "会员卡挂失，绑定手机{m}，身份证{id}",
    "健身房停车：{pl}，会员号{member}",
    "我是{place}的会员，电话{m}，卡里余额{amt}",
    "影院包场，对接人手机{m}，邮箱{em}",
    "团购票联系人：{m}（同微信）",
    "手机同微信：{m}",
    "我的微信是{wx}，手机{m}，哪个方便加哪个",
    "拉群的话加我 {wx}",
    "vx {wx}\n电话 {m}",
    # --- catering B2B / events
    "年会场地订好了，活动执行联系{m}，场地座机{ll}，物料寄{ad:office}",
    "活动物料快递到{ad}，收件人手机{m}，别周末送",
    "供应商对账邮件发{em}，抄送{em}",
    "麻烦把报价单发我邮箱：{em}，谢谢",
    "合同扫描件发 {em} ，开票信息：税号{credit}",
    "退押金到这张卡{bc}，押金{amt}",
    "退款账户：{bc}\n开户行：建设银行\n金额：{amt}",
    "卡号{bc} 工行的",
    "{bc} 这是我的银行卡，退款打这里",
    "尾款{amt}，转账卡号 {bc}",
    "乡下办坝坝宴{tables}，地址{ad:village}，电话{m}",
    "流水席送到老家{ad:village}，到了打我电话{m}",
    "请客户回电：{ll}，{dt}前都在",
    "你们店的座机{ll}一直没人接",
    "饭店前台电话：{ll}",
    "总部客服{hot}打不进去，我只好找你，我电话{m}",
    "客户电话{m}，订单{order}，麻烦跟进一下",
    "客户反馈：手机{m}，地址{ad}，投诉菜品不新鲜",
    "群公告：今晚聚餐{dt}，{ad:office}旁边，找不到打{m}",
    "今晚团建在{place}，停车的报车牌，我的是{pl}",
    "{pl}是我的车，在你们停车场被刮了",
    "车牌号{pl}，停在{park}，帮我查下几点入场",
    "麻烦把{pl}加入白名单，婚宴当天用",
    "酒席代驾：车牌{pl}，手机{m}，{dt}",
    "寄存的酒写我手机号{m}，酒柜编号{member}",
    "酒水预存，登记身份证{id}",
    "自助餐生日免单需要核对身份证：{id}",
    "外卖商家入驻，法人身份证{id}，对公座机{ll}，邮箱{em}",
    "店长电话{m} 早上十点后打",
    "骑手手机{m}，送错地址了，货在{ad:office}",
    "你好，我是{ad:hotel}的客人，点的餐还没到，电话{m}",
    "帮我朋友订的：{m}，她住{ad:home}",
    "好的 记下了 {m}",
    "号码是{m}吗？我这边拨不通",
    "打{m}或者{ll}都可以👌",
    "手机号吗{m}",
    "我电话是{m}，晚上七点以后再打",
    "这个是我老婆的号{m}，订位写她的",
    "座机号 {ll} 工作日9点到6点",
    "📞{m}\n📍{ad}",
    "收货信息：{m}，{ad}",
    "{ad}，{m}，到了打电话",
    "地址 {ad} 电话 {m} 谢谢啦😊",
    "麻烦给{ad:dorm}送一份{dish}，电话{m}",
    "我在{ad:hotel}，{dt}能送吗",
    "在公司，{ad:office}，到楼下打电话",
    "家里地址是{ad:home}，周末送这里",
    "住址：{ad:village}\n身份证：{id}",
    # --- more wechat / qq / bank / plate contexts
    "我加你微信吧，{wx}，通过一下",
    "微信号：{wx}（备注订蛋糕）",
    "{wx} 这个是我微信，搜不到的话搜手机号",
    "wx:{wx}",
    "微信搜{wx}，头像是只猫🐱",
    "婚宴的事加我老公微信{wx}吧，他负责",
    "群里人太多了，有事私聊我，微信{wx}，qq也行{qq}",
    "你们店长微信多少？我的是{wx}",
    "V信{wx}，拉我进会员群",
    "麻烦加一下{wx}，剧本杀拼车",
    "扣扣{qq}",
    "我QQ号{qq}，王者荣耀登不上了",
    "游戏账号{qq}（QQ登录）{server}，皮肤没到账",
    "QQ {qq} 验证消息写蛋糕",
    "{qq}是小号，充错了能转到大号{qq}吗",
    "开户行：见卡面\n卡号：{bc}\n退款原因：活动取消",
    "退款原路返回失败，请提供银行卡号：{bc}",
    "银行卡好{bc}，农行的",
    "{bc}\n本人卡 储蓄卡",
    "麻烦退到我信用卡{bc}，谢谢",
    "演出取消退票款打到{bc}，身份证{id}",
    "场地押金退回账户{bc}，对公的话发邮件到{em}",
    "车牌号：{pl}",
    "订座电话 {ll:space_area}，也可以美团上直接订",
    "座机{ll:space_area}，找宴会部",
    "发票寄到{ad:spaced_parts}，电话{m}",
    "送货地址（复制的）：{ad:spaced_parts}",
    "公司电话{ll:plain_area}，前台转一下宴会预订",
    "门店电话：{ll:plain_area}（营业时间10:00-22:00）",
    "我手机{m:fullwidth}",
    "电话：{m:fullwidth}，地址：{ad}",
    "#接龙 周五下午茶\n1. 二楼财务 {m} {qty}\n2. 三楼行政 {m} {qty}\n3. 前台 {ll}",
    "聚餐接龙：\n市场部 {m}\n技术部 {m}\n地点{place}",
    "身分证{id}，手机{m}，帮我抢{dt}那场",
    "证件号 {id:space_6_8_4}",
    "观演人身份证：{id:space_6_8_4}（本人）",
    "退到我的visa卡{bc:intl_16}可以吗，人在国外",
    "信用卡{bc:intl_16}，万事达的，预授权解冻一下",
    "房间预订担保卡号{bc:intl_16}",
    "手机{m}，微信{wx}，QQ{qq}，邮箱{em}，随便哪个都能找到我",
    "快递寄到{ad:estate_dash_room}，打{m}",
    "我家{ad:estate_dash_room}，上门做家宴{ppl}",
    "{m} {ad}  蛋糕{cake}",
    "好的，手机号已改为{m}，地址改为{ad:office}，请核对",
    "亲，您的号码{m}，地址{ad:home}，确认无误的话我这边就下单了哦",
    "客户信息核对：身份证{id}，银行卡{bc}，预留手机{m}",
    "您好，已为您登记：手机{m}，{dt}，{ppl}，包厢{room}，请准时到店哦",
    "亲亲，蛋糕已安排配送，骑手会联系{m}，配送地址{ad}，请保持电话畅通~",
    "您好，退款将原路退回，如原卡{bc}已注销请告知，我们改退到新卡",
    "已收到您的实名信息{id}，出票后短信发送至{m}",
    "您好，停车减免已登记车牌{pl}，离场时直接抬杆",
    "好的，发票将发送至{em}，请注意查收",
    "请您加一下我们店长微信{wx}，后续婚宴细节跟她沟通",
    "您好这边是宴会部，座机{ll}，工作时间都可以打",
    "{pl} 进场了吗？我朋友说停车场拦着",
    "我们两家人，{pl}、{pl}，都来喝喜酒",
    "你好，{pl}在你们停车场被贴条了？？",
    "车是{pl}，新能源，充电桩在哪",
    "音乐节自驾的车牌{pl}，停车券发我手机{m}",
)

NEAR_TEMPLATES = (
    "取餐号{pickup}，好了叫我一下",
    "您的取餐号是{pickup}，请留意叫号屏",
    "{pickup}号好了吗？等半天了",
    "我是{pickup}，点的{dish}{qty}",
    "订单号{order}，麻烦查一下到哪了",
    "订单{order}显示已送达，但我没收到",
    "{order} 这个单子退款了吗",
    "退款{amt}已原路退回，订单{order}，1-3个工作日到账",
    "{table}的客人要加{qty}米饭",
    "帮我换到{table}，靠窗那个",
    "今晚{ppl}，安排在{room}，最低消费{amt}",
    "包厢{room}已经订满了，{dt}还有{room}",
    "座位是{seat}，能换到前排吗",
    "我买的是{seat}，跟朋友的{seat}能挨着吗",
    "{seat}看得清舞台吗",
    "票号{ticket}，检票的时候显示无效",
    "电子票{ticket}，开场时间{dt}",
    "UID：{uid} {server} 充值{amt}没到",
    "游戏ID {uid}，{server}，首充双倍还有吗",
    "我UID是{uid}，{game}里面叫小橘子",
    "{game}{server}，UID{uid}，月卡没生效",
    "充了{amt}，{game}只到了一半，UID {uid}",
    "{dt}到店，{ppl}，帮我留{table}",
    "人数从{ppl}改成{ppl}，时间不变{dt}",
    "婚宴{tables}，每桌{amt}，定金{amt}",
    "蛋糕{cake}，{amt}，{dt}自提",
    "{cake}的够{ppl}吃吗",
    "{cake}的做成双层，报价多少",
    "优惠码{coupon}用不了，提示已过期",
    "兑换码：{coupon}",
    "团购券码{voucher}，到店核销",
    "券码 {voucher} 核销失败了",
    "有问题请拨打客服热线{hot}",
    "我打了{hot}没人接",
    "官方客服{hot}，工作时间{dt}",
    "下单手机{masked}，是我本人",
    "系统显示购票人身份证{masked}，对吗",
    "尾号{tail}的那个手机号是我的",
    "退款卡尾号{tail}",
    "储值卡号{badcard}，余额{amt}",
    "会员卡号 {badcard}，积分没到账",
    "礼品卡{badcard}，密码刮开了用不了",
    "这个{badid}是票务系统里显示的证件号，跟我的对不上，多了一位错的",
    "系统提示身份证{badid}校验不通过",
    "验证码{vcode}，发给你了",
    "取票码{vcode}",
    "会员号{member}，生日券没发",
    "影城会员{member}，观影积分能换爆米花吗",
    "我住酒店{hroom}房，外卖放前台吧",
    "房间{hroom}，送餐的时候敲门轻一点",
    "我在{place}这边，你们哪家店近",
    "去{place}看演出，附近有什么吃的",
    "{place}那家店今天营业吗",
    "车停在{park}",
    "停车位{park}，离电梯近",
    "发票税号{credit}，抬头公司全称",
    "开票：税号{credit}，金额{amt}",
    "蛋糕快递单号{express}",
    "票已寄出，顺丰{express}",
    "{dt}的场次还有{ppl}的位置吗",
    "买{qty}送一杯，{amt}",
    "{dish}{qty}，{dish}{qty}，总共{amt}",
    "满{amt}减{amt}，已经用了",
    "下午茶{ppl}份，{dt}送达，预算{amt}",
    "取餐号{pickup}，订单{order}",
    "{dt}，{table}，{ppl}，最低消费{amt}",
    "我的座位{seat}，票号{ticket}",
    "KTV{room}，{dt}，{amt}套餐",
    "密室{dt}场，{ppl}，团购券{voucher}",
    "账号充值记录：{dt} {amt} UID{uid}",
    "公告：{dt}起，{place}停车{amt}/小时，会员免{qty}",
    "订单尾号{tail}，取餐号{pickup}",
    "订单{order}\n取餐号{pickup}\n金额{amt}",
    "座位：{seat}\n场次：{dt}\n票价：{amt}",
    "预约成功！时间{dt}，{ppl}，安排在{table}",
    "不是我的单，我手机是{masked}，下单的那个不是我",
    "手机号{masked}的会员，卡号{badcard}",
    "请回拨{hot}转人工",
    "活动时间{dt}，地点{place}，门票{amt}",
    "第{pickup}号请到取餐区",
    "你好，{order}这个单的{dish}少放了辣",
    "{server}新开了，UID{uid}能转服吗",
    "{uid}是我游戏ID，不是QQ",
    "年卡{amt}，会员号{member}，{dt}到期",
    "健身房储物柜钥匙丢了，柜号{pickup}",
    "{ppl}，{dt}，{cake}蛋糕，预算{amt}以内",
    "补差价{amt}，订单{order}",
    "发票已开，税号{credit}，订单{order}",
    "礼券{voucher}，面值{amt}",
    "您好，您的订单{order}已出餐，取餐号{pickup}",
    "亲，您预订的{dt}{ppl}已确认，包厢{room}，最低消费{amt}",
    "{tables}那个婚宴是{dt}的吧，在{room}",
    "您好，票已出：{seat}，取票码{vcode}",
    "会员卡{member}已续费{amt}，有效期至{dt}",
    "核销成功，券码{voucher}，抵扣{amt}",
    "这单是{masked}下的，跟你说的手机对不上",
    "骑手说你留的号是{masked}，打不通",
    "打了好几遍{hot}都占线",
    "{game}{server}的UID {uid}，今天充的{amt}",
    "车位{park}，停车{dt}进场",
)


# ---------------------------------------------------------------- build

_MARK_RE = re.compile(r"\{(\w+)(?::(\w+))?\}")


MIN_PER_FMT = 6


def _pick_fmt(rng: random.Random, kind: str, group: str | None, used: Counter) -> str:
    tab = FORMATS[kind]
    if group and group in [t[0] for t in tab]:
        used[(kind, group)] += 1
        return group
    if kind == "address" and group:
        allowed = _ADDR_GROUPS[group]
        tab = tuple(t for t in tab if t[0] in allowed)
    # a format still under its minimum is taken first, so each one shows up in several templates
    thin = [t[0] for t in tab if used[(kind, t[0])] < MIN_PER_FMT]
    if thin:
        f = rng.choice(thin)
        used[(kind, f)] += 1
        return f
    names = [t[0] for t in tab]
    weights = [t[1] for t in tab]
    f = rng.choices(names, weights=weights)[0]
    used[(kind, f)] += 1
    return f


def _render(rng: random.Random, g: Gen, nr: Near, tpl: str, used: Counter):
    text = ""
    ents: list = []
    fmts: list = []
    nears: list = []
    pos = 0
    for mo in _MARK_RE.finditer(tpl):
        text += tpl[pos:mo.start()]
        pos = mo.end()
        mark, grp = mo.group(1), mo.group(2)
        if mark in _MARK2KIND:
            kind = _MARK2KIND[mark]
            fmt = _pick_fmt(rng, kind, grp, used)
            gen = {"mobile": g.mobile, "id_card": g.id_card, "bank_card": g.bank, "landline": g.landline, "qq": g.qq,
                   "wechat": g.wechat, "email": g.email, "plate": g.plate, "address": g.address}[kind]
            pre, val, post = gen(fmt)
            text += pre
            ents.append((kind, len(text), len(text) + len(val)))
            fmts.append(fmt)
            text += val + post
        elif mark in _NEAR_MARKS:
            nk, val = getattr(nr, mark)()
            nears.append((nk, len(text), len(text) + len(val)))
            text += val
        elif mark in _FILL_MARKS:
            text += getattr(nr, mark)()[1]
        else:
            raise KeyError(mark)
    text += tpl[pos:]
    return text, ents, fmts, nears


_DECOR = (("", ""), ("", ""), ("", ""), ("", ""), ("", "～"), ("", " 谢谢"), ("", "，麻烦了"), ("在吗？", ""),
          ("", "🙏"), ("", "😂"), ("亲，", ""), ("你好，", ""), ("", "。"), ("", "!!"))


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = Gen(rng)
    nr = Near(g)
    rows = []
    used: Counter = Counter()
    # first pass: every PII template at least 3 times, the rest drawn at random
    order = [i for i in range(len(PII_TEMPLATES)) for _ in range(3)]
    order += [rng.randrange(len(PII_TEMPLATES)) for _ in range(N_PII_ROWS - len(order))]
    rng.shuffle(order)
    plan = [("p", i) for i in order]
    norder = [i for i in range(len(NEAR_TEMPLATES)) for _ in range(3)]
    norder += [rng.randrange(len(NEAR_TEMPLATES)) for _ in range(N_NEAR_ROWS - len(norder))]
    plan += [("n", i) for i in norder]
    rng.shuffle(plan)
    for typ, i in plan:
        tpl = PII_TEMPLATES[i] if typ == "p" else NEAR_TEMPLATES[i]
        text, ents, fmts, nears = _render(rng, g, nr, tpl, used)
        pre, post = rng.choice(_DECOR)
        if pre:
            ents = [(k, s + len(pre), e + len(pre)) for k, s, e in ents]
            nears = [(k, s + len(pre), e + len(pre)) for k, s, e in nears]
        text = pre + text + post
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(f"{typ}{i}")
    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind29_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks

_MOB_RE = re.compile(r"1[3-9]\d{9}")
_PLATE_RE = re.compile(r"[京沪粤浙苏川鄂湘陕渝津闽豫鲁皖][A-HJ-NP-Z][·\s]?(?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_ADDR_START = ("省", "市", "区", "县", "自治区")


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS, k
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v, text)
            n = _norm(v)
            if k == "mobile":
                assert _MOB_RE.fullmatch(n), v
                assert text[:s].endswith("86") or not text[:s][-1:].isdigit(), text
                assert not text[e:e + 1].isdigit(), text
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert 16 <= len(n) <= 19 and _luhn_ok(n), v
                assert not text[e:e + 1].isdigit() and not text[:s][-1:].isdigit(), text
            elif k == "landline":
                assert re.fullmatch(r"0\d{9,11}", re.sub(r"[（）]", "", n)), v
            elif k == "qq":
                assert re.fullmatch(r"[1-9]\d{4,10}", v), v
                assert not text[e:e + 1].isdigit() and not text[:s][-1:].isdigit(), text
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
            elif k == "email":
                assert re.fullmatch(r"[A-Za-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", v), v
            elif k == "plate":
                assert _PLATE_RE.fullmatch(v), v
            elif k == "address":
                assert _ADDR_END.search(v), v
                head = v.split(" ")[0]
                assert any(u in head[:12] for u in _ADDR_START), v
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k != "masked":
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
    assert all(kinds[k] >= 60 for k in KINDS), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind29_corpus())  # deterministic
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

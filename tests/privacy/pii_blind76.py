"""Seventy-sixth blind PII corpus (``split == "blind76"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第八十三位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; from ``tests/`` only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names); no ``bench/``,
``docs/``, README, other corpora or git history.  It never imported
``toolkit`` and never ran any masking / finding function on this data.  It did
not copy anything from ``../shared/datasets/``.  Values, contexts and labels
come only from the writer's own idea of a rental agency's chat archive.

What is different here: an ORDINARY DAY IN THE RENTAL DEPARTMENT of a
real-estate agency (WeCom 1:1 and group chats): agents with tenants and
landlords -- viewings at flat addresses, lease contracts with ID numbers,
deposits and monthly rent to bank cards, repairs, check-out inspections,
landlords' phones, a building's tenant group.  Average cases, not hard ones.
Near-misses are what such chats hold besides personal data: rents, deposits,
areas, dates, contract / listing numbers, meter readings, door-lock codes,
WiFi passwords, hotlines (400 / 95xxx / 12345), masked values, card tails,
payment serials failing Luhn, filing numbers failing the ID check digit,
company credit codes, parking spots, verification codes, places alone.

Seed
----
``SEED = "blind76-rental-第八十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists; ID check digits (ISO 7064 MOD 11-2)
and Luhn digits are computed here.  Formats are drawn round-robin per kind so
every format lands in many templates.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address; the span holds the value only, cue words, ``+86``
prefixes and landline extensions outside, inner separators inside; an address
runs from its first place unit to its last house-level unit), ``formats`` (one
per entity), ``near_misses`` (list of ``(near_kind, start, end)``, must NOT be
masked), ``split`` (always ``"blind76"``).

Counts (``python tests/privacy/pii_blind76.py``)
-------------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1231
(mobile 318, address 239, bank_card 128, id_card 113, landline 105, plate 92,
email 80, qq 79, wechat 77);
near-miss spans=1225 (1074 in near-miss rows), 23 near-miss kinds
(rent 230, date_time 194, price_total 77, hotline 64, fee 64, area_size 60,
door_code 60, meter 59, place_only 48, contract_no 47, deposit 43, wifi_pwd 32,
masked_id 32, verify_code 32, masked_phone 31, tail_digits 31, parking_spot 27,
listing_no 16, pay_serial 16, bad_id 16, bad_card 16, invoice_no 15,
credit_code 15); formats=42 distinct, each used >= 15 times in >= 5 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind76-rental-第八十三位写手"
SPLIT = "blind76"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ---------------------------------------------------------------- helpers


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
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
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", s)


# ---------------------------------------------------------------- value makers

MOBILE_PREFIX = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                 "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
                 "153", "180", "181", "189", "177", "199", "166", "173", "176", "198", "191", "178")

AREAS = (("021", 8), ("010", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8), ("027", 8),
         ("028", 8), ("029", 8), ("0512", 8), ("0532", 8), ("0731", 8), ("022", 8), ("023", 8),
         ("0591", 8), ("0551", 8))

ID_AREAS = ("110105", "110108", "310115", "310104", "310112", "440305", "440106", "330106", "330108",
            "320106", "320583", "510107", "420106", "610113", "370202", "350203", "430104", "410105",
            "340104", "130102", "210102", "360102", "450103", "500103", "120104", "220104", "230103",
            "620102", "520102", "530102")

BINS16 = ("621483", "622588", "622575", "438088", "456351", "518710", "520152", "622155", "625809")
BINS19 = ("622202", "621700", "622848", "621226", "623668", "621661", "622700", "621799", "622280",
          "623058", "621288", "622262")
BINS95 = ("955880", "955990", "955881")

PROVS = ("沪", "沪", "沪", "京", "粤", "浙", "苏", "川", "鄂", "陕", "鲁", "皖")
PLATE_LET = "ABCDEFGHJKLMN"
QQ_MAIL = ("qq.com",)
MAIL_DOM = ("163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com", "yeah.net",
            "hotmail.com", "sohu.com")
CORP_DOM = ("lianjia-zl.com", "5i5j.cn", "centaline.com.cn", "anjuke-agent.cn", "fdd-hr.com")
PINYIN = ("zhangwei", "liyan", "wangfang", "chenjie", "liuyang", "huangli", "zhaolei", "zhouxin", "wuhao",
          "xuming", "sunjing", "mating", "zhuqian", "hu.bo", "guoxiaoyu", "linlin", "heyun", "gaopeng",
          "luoyi", "zhengkai", "xiejun", "tangmei", "hanxue", "fengyu", "dengchao", "caoyue")
WX_WORDS = ("sunny", "xiaoyu", "tom", "lily", "kevin", "amy", "momo", "leo", "coco", "jack", "nana", "yoyo",
            "bob", "mia", "ada", "ivan", "zz", "dd", "wang", "li", "chen", "zhang")

# (city, district, roads, estates)
CITIES = (
    ("上海市", "浦东新区", ("张杨路", "东方路", "锦绣路", "杨高南路", "川沙路", "浦建路"),
     ("仁恒河滨城", "世纪公园小区", "金杨新村", "证大家园", "联洋花园")),
    ("上海市", "徐汇区", ("宛平南路", "漕溪北路", "龙华中路", "斜土路"), ("华富公寓", "东安新村", "汇翠花园")),
    ("上海市", "闵行区", ("莘建东路", "七莘路", "都市路", "银都路"), ("春申景城", "莘城苑", "万科城市花园")),
    ("上海市", "杨浦区", ("国权路", "政立路", "控江路"), ("新江湾城首府", "鞍山四村", "控江二村")),
    ("北京市", "朝阳区", ("望京街", "双井东路", "酒仙桥路", "广渠路"), ("望京西园三区", "富力城", "首开广场")),
    ("北京市", "海淀区", ("中关村大街", "学院路", "万泉河路"), ("世纪城", "当代城市家园", "双榆树北里")),
    ("深圳市", "南山区", ("科技园南路", "南海大道", "沙河西路", "后海大道"), ("阳光棕榈园", "桃源村", "海岸城")),
    ("深圳市", "福田区", ("新洲路", "福华三路", "梅林路"), ("彩田村", "天健世纪花园", "梅林一村")),
    ("杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("华星小区", "嘉绿苑", "翠苑一区")),
    ("杭州市", "滨江区", ("江南大道", "长河路", "滨盛路"), ("星耀城", "钱塘春晓", "江南岸")),
    ("广州市", "天河区", ("天河北路", "体育西路", "黄埔大道西"), ("华景新城", "骏景花园", "天河公园小区")),
    ("南京市", "鼓楼区", ("中山北路", "湖南路", "草场门大街"), ("银城东苑", "龙江小区", "阳光广场")),
    ("成都市", "高新区", ("天府大道", "锦城大道", "益州大道"), ("中海城南一号", "棕榈泉", "复地金融岛")),
    ("武汉市", "洪山区", ("珞喻路", "关山大道", "民族大道"), ("光谷新世界", "保利花园", "珞狮南路小区")),
)
PROV_OF = {"深圳市": "广东省", "广州市": "广东省", "杭州市": "浙江省", "南京市": "江苏省", "成都市": "四川省",
           "武汉市": "湖北省"}


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.rr: Counter = Counter()

    def pick_fmt(self, kind: str, fmts: tuple) -> str:
        f = fmts[self.rr[kind] % len(fmts)]
        self.rr[kind] += 1
        return f

    # -- mobile
    def mobile_digits(self) -> str:
        return self.r.choice(MOBILE_PREFIX) + "".join(self.r.choice("0123456789") for _ in range(8))

    def mobile(self):
        f = self.pick_fmt("mobile", ("plain", "plain", "plain", "plain", "plain", "space_344", "dash_344",
                                     "plus86_plain"))
        m = self.mobile_digits()
        if f in ("plain",):
            return "", m, f
        if f == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", f
        if f == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", f
        return self.r.choice(("+86 ", "+86", "+86-")), m, f

    # -- landline
    def landline(self):
        f = self.pick_fmt("landline", ("dash_area", "dash_area", "paren_area", "plain_area", "local_only",
                                       "dash_area_ext"))
        area, n = self.r.choice(AREAS)
        num = self.r.choice("2345678") + "".join(self.r.choice("0123456789") for _ in range(n - 1))
        if f == "dash_area":
            return "", f"{area}-{num}", "", f
        if f == "paren_area":
            return "", f"({area}){num}", "", f
        if f == "plain_area":
            return "", f"{area}{num}", "", f
        if f == "local_only":
            return "", num, "", f
        ext = self.r.choice(("转", "转", "-", "分机")) + self.r.choice(("801", "806", "8012", "203", "12"))
        return "", f"{area}-{num}", ext, f

    # -- id card
    def id_value(self, want_x: bool | None = None) -> str:
        while True:
            y = self.r.randint(1962, 2003)
            mo = self.r.randint(1, 12)
            d = self.r.randint(1, 28)
            body = f"{self.r.choice(ID_AREAS)}{y}{mo:02d}{d:02d}{self.r.randint(0, 999):03d}"
            c = _id_check(body)
            if want_x is None or (c == "X") == want_x:
                return body + c

    def id_card(self):
        f = self.pick_fmt("id_card", ("plain18", "plain18", "plain18", "x_upper", "x_lower", "space_6_8_4"))
        if f == "plain18":
            return self.id_value(False), f
        if f == "x_upper":
            return self.id_value(True), f
        if f == "x_lower":
            return self.id_value(True).lower(), f
        v = self.id_value()
        return f"{v[:6]} {v[6:14]} {v[14:]}", f

    # -- bank card
    def card_digits(self, kind: str) -> str:
        if kind == "16":
            b = self.r.choice(BINS16)
            body = b + "".join(self.r.choice("0123456789") for _ in range(15 - len(b)))
        elif kind == "19":
            b = self.r.choice(BINS19)
            body = b + "".join(self.r.choice("0123456789") for _ in range(18 - len(b)))
        else:
            b = self.r.choice(BINS95)
            body = b + "".join(self.r.choice("0123456789") for _ in range(18 - len(b)))
        return body + _luhn_digit(body)

    def bank_card(self):
        f = self.pick_fmt("bank_card", ("plain_19", "plain_19", "plain_16", "space4_19", "space4_16",
                                        "plain_95_19"))
        if f == "plain_19":
            return self.card_digits("19"), f
        if f == "plain_16":
            return self.card_digits("16"), f
        if f == "plain_95_19":
            return self.card_digits("95"), f
        c = self.card_digits("19" if f == "space4_19" else "16")
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), f

    # -- qq
    def qq(self):
        f = self.pick_fmt("qq", ("digits_9", "digits_10", "digits_8", "digits_11"))
        n = int(f.split("_")[1])
        first = "1" if n == 11 else self.r.choice("123456789")
        if n == 11:
            first = self.r.choice(("1", "2", "3"))
        return first + "".join(self.r.choice("0123456789") for _ in range(n - 1)), f

    # -- wechat
    def wechat(self):
        f = self.pick_fmt("wechat", ("word_digits", "word_underscore", "wxid", "pinyin_digits", "word_dash"))
        r = self.r
        if f == "word_digits":
            return r.choice(WX_WORDS) + str(r.randint(1980, 2005)) + r.choice(("", "0312", "88", "666")), f
        if f == "word_underscore":
            return r.choice(WX_WORDS) + "_" + r.choice(PINYIN).replace(".", "") + str(r.randint(1, 99)), f
        if f == "wxid":
            return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), f
        if f == "pinyin_digits":
            return r.choice(PINYIN).replace(".", "") + str(r.randint(100, 9999)), f
        return r.choice(WX_WORDS) + "-" + r.choice(PINYIN).replace(".", "") + r.choice(("", "07", "520")), f

    # -- email
    def email(self):
        f = self.pick_fmt("email", ("qq_digits", "pinyin_free", "corp", "pinyin_year"))
        r = self.r
        if f == "qq_digits":
            return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(r.randint(7, 9))) + "@qq.com", f
        if f == "pinyin_free":
            return r.choice(PINYIN) + "@" + r.choice(MAIL_DOM), f
        if f == "corp":
            return r.choice(PINYIN).replace(".", "") + "@" + r.choice(CORP_DOM), f
        return r.choice(PINYIN) + str(r.randint(1975, 2004)) + "@" + r.choice(MAIL_DOM), f

    # -- plate
    def plate(self):
        f = self.pick_fmt("plate", ("std", "std", "space", "dot", "new_energy"))
        r = self.r
        p = r.choice(PROVS) + r.choice(PLATE_LET)
        if f == "new_energy":
            return p + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), f
        tail = "".join(r.choice("0123456789") for _ in range(5))
        if r.random() < 0.35:
            i = r.randint(0, 3)
            tail = tail[:i] + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + tail[i + 1:]
        sep = {"std": "", "space": " ", "dot": "·"}[f]
        return p + sep + tail, f

    # -- address
    def address(self):
        f = self.pick_fmt("address", ("city_full", "district_road_room", "estate_building_room", "estate_dash",
                                      "road_lane_room", "prov_full", "road_no_only"))
        r = self.r
        city, dist, roads, estates = r.choice(CITIES)
        road = r.choice(roads)
        est = r.choice(estates)
        no = r.randint(1, 2999)
        b, u, fl = r.randint(1, 32), r.randint(1, 4), r.randint(2, 28)
        room = f"{fl}{r.randint(1, 6):02d}"
        lane = "弄" if city == "上海市" else "号院"
        if f == "city_full":
            return f"{city}{dist}{road}{no}号{est}{b}栋{u}单元{room}室", f
        if f == "district_road_room":
            return f"{dist}{road}{no}{lane}{b}号{room}室", f
        if f == "estate_building_room":
            return f"{est}{b}{r.choice(('栋', '幢', '号楼'))}{u}单元{room}", f
        if f == "estate_dash":
            return f"{est}{b}-{u}-{room}", f
        if f == "road_lane_room":
            return f"{road}{no}{lane}{b}号{room}", f
        if f == "prov_full":
            prov = PROV_OF.get(city, "")
            return f"{prov}{city}{dist}{road}{no}号{est}{b}号楼{u}单元{room}室", f
        return f"{city}{dist}{road}{no}号", f

    # -- near misses
    def near(self, k: str) -> str:
        r = self.r
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        if k == "rent":
            return r.choice(("3800", "4500", "5200", "2600", "6800", "7500", "3300", "9800")) + r.choice(("元", "", "块"))
        if k == "deposit":
            return r.choice(("7600", "9000", "10400", "5200", "13600")) + r.choice(("元", "块", ""))
        if k == "area_size":
            return r.choice(("89", "56.5", "72", "105", "43", "128.6", "68")) + r.choice(("平", "平米", "㎡"))
        if k == "date_time":
            return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                             f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"{r.randint(9, 20)}:{r.choice(('00', '30'))}",
                             f"2025年{r.randint(1, 12)}月{r.randint(1, 28)}日"))
        if k == "contract_no":
            return r.choice(("HT", "ZL", "ZF", "SH-ZL-")) + "2024" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + d(4)
        if k == "listing_no":
            return r.choice(("SH", "BJ", "FY", "")) + "10" + d(8)
        if k == "meter":
            return r.choice((d(4) + "." + d(1), str(r.randint(100, 9999)), d(5)))
        if k == "door_code":
            return d(6) + r.choice(("#", ""))
        if k == "wifi_pwd":
            return r.choice(("zl", "home", "TP", "gongyu", "")) + r.choice(("88886666", "12345678", "66668888", d(8)))
        if k == "hotline":
            return r.choice(("400-820-" + d(4), "4006" + d(6), "95588", "95533", "12345", "96777", "95598",
                             "800-830-" + d(4)))
        if k == "masked_phone":
            return r.choice(MOBILE_PREFIX) + "****" + d(4)
        if k == "masked_id":
            return r.choice((r.choice(ID_AREAS) + "********" + d(3) + "X", r.choice(ID_AREAS)[:3] + "***********" + d(4),
                             r.choice(ID_AREAS) + "********" + d(4)))
        if k == "fee":
            return r.choice(("50", "100", "200", "30", "150", "80"))
        if k == "tail_digits":
            return d(4)
        if k == "bad_card":
            while True:
                v = r.choice(BINS19) + d(13)
                if not _luhn_ok(v):
                    return v
        if k == "bad_id":
            while True:
                v = r.choice(ID_AREAS) + "2024" + d(8)
                if not _id_ok(v) and not _luhn_ok(v):
                    return v
        if k == "pay_serial":
            return "4200" + d(24)
        if k == "credit_code":
            return "91" + r.choice(ID_AREAS) + "MA" + r.choice("0123456789ABCDEFGH") + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        if k == "verify_code":
            return d(6)
        if k == "parking_spot":
            return r.choice(("B1-", "B2-", "B1-", "B2-0", "A")) + str(r.randint(10, 399))
        if k == "invoice_no":
            return d(8)
        if k == "place_only":
            return r.choice(("浦东", "徐汇区", "张江", "望京", "南山区", "西湖区", "滨江那边", "天河区", "前滩",
                             "闵行", "陆家嘴", "万科城市花园", "华景新城", "世纪公园小区"))
        if k == "price_total":
            return r.choice(("15200", "22800", "8600", "31500", "4650.5", "1280"))
        raise KeyError(k)


# ---------------------------------------------------------------- templates
# {kind} = entity; [[nearkind]] = near-miss; \n allowed.

PII_TEMPLATES = (
    "王哥您好，明天下午带客户看房，地址是{address}，到了给我打电话{mobile}",
    "房东电话{mobile}，您直接联系他约时间就行",
    "{address}，这套还在吗？想周末去看看",
    "看房地址发您：{address}\n小区门口等我，我电话{mobile}",
    "我是新来的租客，住{address}，热水器不出热水了，麻烦安排师傅",
    "合同上乙方身份证号：{id_card}，手机{mobile}",
    "身份证号{id_card}",
    "押金[[deposit]]啥时候退？退到这张卡{bank_card}",
    "房租每月[[rent]]，转到房东这张卡{bank_card}，开户行工商银行",
    "收款账号：{bank_card}\n户名写房东本人，备注房号就行",
    "您好，我的卡号 {bank_card} 建设银行，押金退这里",
    "房东说换卡了，以后打到{bank_card}这个上面",
    "我的邮箱{email}，合同扫描件发我一下谢谢",
    "电子合同发到{email}吧，我打印出来签",
    "{email} 这是我邮箱，发票开好了发这里",
    "加我微信吧{wechat}，拍视频给您看",
    "微信号：{wechat}，加的时候备注看房",
    "我微信{wechat}，手机号就是{mobile}",
    "QQ {qq}，微信不常看",
    "房东只用QQ，号码{qq}，你加他说是链家的小李",
    "我QQ号{qq}，照片传这边清楚点",
    "物业电话{landline}，停车的事你问他们",
    "管理处座机{landline}，工作日九点到五点有人",
    "维修师傅电话{mobile}，物业的座机是{landline}",
    "公司前台{landline}，有事也可以打这个",
    "我车牌{plate}，到时候跟门卫说一下让我进",
    "车是{plate}的，帮我登记一下月租车位",
    "租客车牌号{plate}，车位[[parking_spot]]",
    "停车场说{plate}这个车还没登记，麻烦问下租户",
    "各位租户好，{address}这套本周六[[date_time]]要做退租检查，电表读数[[meter]]",
    "退租验房时间{address}，约的[[date_time]]，房东电话{mobile}",
    "【房源】{address}，[[area_size]]，月租[[rent]]，押一付三，联系{mobile}",
    "客户信息：\n身份证 {id_card}\n电话 {mobile}\n紧急联系人 {mobile}",
    "身份证号和卡号发您，合同上填这个\n{id_card}\n{bank_card}",
    "好的，{id_card} 这是我的，卡号{bank_card}农行",
    "我老婆的身份证{id_card}，她也住，要登记吗",
    "同住人：{id_card}，电话{mobile}",
    "水管漏水了！！楼下都渗了😭 {address} 快来人",
    "空调不制冷，地址{address}，我下午都在家，电话{mobile}",
    "马桶堵了，师傅啥时候到，我在{address}",
    "师傅到了打我电话 {mobile} 我下楼开门",
    "@所有人 本楼停水通知，有问题联系物业{landline}或者管家{mobile}",
    "{mobile}这个是我新号，原来那个不用了",
    "{mobile} 房东的，你存一下",
    "您好我想租{address}那套，我叫小陈，电话{mobile}，微信同号",
    "房东的联系方式：电话{mobile}，座机{landline}，邮箱{email}",
    "转账凭证收到了，卡号{bank_card}，金额[[rent]]，下个月[[date_time]]前交",
    "押金退款请提供：本人卡号、开户行。我的是{bank_card}招商银行",
    "发票抬头个人，邮箱{email}，手机{mobile}",
    "链接发不过来，我QQ邮箱{email}",
    "👉 看房地址：{address}\n👉 联系人电话：{mobile}",
    "租客微信{wechat}，身份证{id_card}，已核对",
    "我车{plate}，停小区里要办什么手续",
    "新租客入住登记：{address}，身份证{id_card}，车牌{plate}",
    "您好 房东这边的卡号是 {bank_card} 中国银行 月租[[rent]]",
    "明天上午去{address}交钥匙，{mobile}联系",
    "我现在住{address}，想换个大点的，预算[[rent]]左右",
    "{address} 门锁没电了，开不了门，急！！",
    "中介费发票寄到{address}，收件电话{mobile}",
    "带看反馈：{address}，客户觉得采光一般，客户电话{mobile}再跟进",
    "房东说钥匙放在{address}门口的密码盒里，密码[[door_code]]",
    "这是我的工作邮箱{email}，合同副本抄送一份",
    "qq{qq} 加一下 发你房产证照片",
    "房东QQ：{qq}，他不太用微信",
    "wx: {wechat}",
    "vx {wechat} 加我 发你视频",
    "你好，我是隔壁{address}的，你家空调外机滴水到我阳台了",
    "总部客服电话{landline}，投诉也可以打",
    "门店座机{landline}，店长电话{mobile}",
    "房东在外地，电话打{landline}找他家里人也行",
    "搬家车{plate}，明天早上八点到，物业能放行吗",
    "访客车辆 {plate} 今天来看房，麻烦放行",
    "嗯嗯 电话{mobile} 到楼下打给我哈😊",
    "我爸没有微信，他QQ是{qq}，手机{mobile}",
    "照片太大微信传不了，发我QQ吧 {qq}",
    "房东回复了，让你加他微信{wechat}，或者打{mobile}",
    "我身分证号{id_card}，合同打好了吗",
    "账户 {bank_card}\n开户行 浦发银行张江支行",
    "小区地址{address}，快递寄这里，收件人手机{mobile}",
)

NEAR_TEMPLATES = (
    "月租[[rent]]，押一付三，中介费[[rent]]",
    "这套[[area_size]]，[[rent]]一个月，能谈吗",
    "押金[[deposit]]什么时候退？已经搬走[[date_time]]了",
    "合同编号[[contract_no]]，到期日[[date_time]]",
    "房源编号[[listing_no]]，您在APP上搜这个",
    "电表读数[[meter]]，水表[[meter]]，燃气[[meter]]，已拍照",
    "密码锁密码改成[[door_code]]了，进门输就行",
    "WiFi密码[[wifi_pwd]]",
    "wifi名字是房号，密码[[wifi_pwd]]",
    "燃气报修打[[hotline]]，国网电费问题打[[hotline]]",
    "有问题打我们客服[[hotline]]",
    "是[[masked_phone]]这个号吗？我看系统里显示的",
    "系统里登记的证件号是[[masked_id]]，你核对一下",
    "尾号[[tail_digits]]的那张卡对吧",
    "转账成功了，卡号尾号[[tail_digits]]，金额[[rent]]",
    "银行回单流水号[[bad_card]]，你查下",
    "交易单号[[pay_serial]]，已付[[price_total]]元",
    "备案编号[[bad_id]]，网签已经办好了",
    "公司统一社会信用代码[[credit_code]]，开票用",
    "验证码[[verify_code]]，五分钟内有效",
    "车位[[parking_spot]]，每月[[rent]]",
    "发票号码[[invoice_no]]，金额[[price_total]]",
    "我在[[place_only]]上班，想找附近的一居室",
    "[[place_only]]那边还有房吗，[[rent]]以内",
    "[[date_time]]下午可以看房吗",
    "约了[[date_time]]，房东说[[date_time]]之后才有空",
    "水电燃气一共[[price_total]]，物业费[[price_total]]，从押金里扣",
    "退租扣了[[price_total]]，墙面修补费，押金退[[deposit]]",
    "好的收到👌 [[date_time]]见",
    "这个月房租[[rent]]已转，截图发你了",
    "[[place_only]]，[[area_size]]，两室一厅，[[rent]]",
    "续租的话合同[[contract_no]]顺延一年，房租涨到[[rent]]",
    "@全体 本周[[date_time]]电梯检修，有事打物业24小时电话[[hotline]]",
    "门禁卡补办费[[fee]]元，工本费",
    "房东的新号是[[masked_phone]]吗？后四位对不上",
    "钥匙柜取件码[[verify_code]]",
    "报修单号[[contract_no]]，师傅[[date_time]]上门",
    "快递柜密码[[door_code]]",
    "空调遥控器在电视柜抽屉，密码锁临时密码[[door_code]]，[[date_time]]失效",
    "[[area_size]]的主卧[[rent]]，次卧[[rent]]",
    "合同里身份证那栏显示[[masked_id]]，是正常的吗",
    "钥匙丢了配一把[[fee]]，门卡[[fee]]",
    "保洁费[[fee]]一次，[[date_time]]上午来",
)


def _render(tpl: str, g: Gen):
    text = ""
    ents: list = []
    fmts: list = []
    nms: list = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}|\[\[(\w+)\]\]", tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        if m.group(1):
            k = m.group(1)
            if k == "mobile":
                pre, v, f = g.mobile()
                text += pre
                ents.append((k, len(text), len(text) + len(v)))
                text += v
            elif k == "landline":
                pre, v, ext, f = g.landline()
                ents.append((k, len(text), len(text) + len(v)))
                text += v + ext
            else:
                v, f = getattr(g, k)()
                ents.append((k, len(text), len(text) + len(v)))
                text += v
            fmts.append(f)
        else:
            k = m.group(2)
            v = g.near(k)
            nms.append((k, len(text), len(text) + len(v)))
            text += v
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = Gen(rng)
    rows = []
    order = list(range(len(PII_TEMPLATES)))
    for i in range(N_PII_ROWS):
        if i % len(order) == 0:
            rng.shuffle(order)
        tid = order[i % len(order)]
        t, e, f, n = _render(PII_TEMPLATES[tid], g)
        rows.append((t, e, f, n, f"P{tid}"))
    order = list(range(len(NEAR_TEMPLATES)))
    for i in range(N_NEAR_ROWS):
        if i % len(order) == 0:
            rng.shuffle(order)
        tid = order[i % len(order)]
        t, e, f, n = _render(NEAR_TEMPLATES[tid], g)
        rows.append((t, e, f, n, f"N{tid}"))
    idx = list(range(len(rows)))
    rng.shuffle(idx)
    rows = [rows[i] for i in idx]
    if meta is not None:
        meta.extend(r[4] for r in rows)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind76_corpus() -> pd.DataFrame:
    return _build()


_VAL_RE = {
    "mobile": re.compile(r"^1[3-9]\d(?:\d{8}|[ -]\d{4}[ -]\d{4}|\d \d{3} \d{4})$"),
    "landline": re.compile(r"^(?:\(0\d{2,3}\)|0\d{2,3}-?)?[2-8]\d{6,7}$"),
    "qq": re.compile(r"^[1-9]\d{4,10}$"),
    "wechat": re.compile(r"^[a-zA-Z][\w-]{5,19}$"),
    "email": re.compile(r"^[\w.]+@[\w-]+(\.[\w-]+)+$"),
    "plate": re.compile(r"^[沪京粤浙苏川鄂陕鲁皖][A-HJ-N](?:[ ·]?[0-9A-HJ-NP-Z]{5}|[DF]\d{5})$"),
    "address": re.compile(r"^[\u4e00-\u9fff]\S*[\u4e00-\u9fff]\S*(?:号|室|\d)$"),
}


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (text, spans)
        for k, s, e in es:
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (text, v)
            n_ent += 1
            if k == "id_card":
                assert _id_ok(_norm(v)), v
            elif k == "bank_card":
                n = _norm(v)
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            else:
                assert _VAL_RE[k].match(v), (k, v, text)
            # value must not be glued to neighbouring digits/letters
            if s > 0 and k not in ("address",):
                assert not text[s - 1].isdigit() or text[:s].endswith("+86"), (k, text)
            if e < len(text) and k not in ("address",):
                assert not (text[e].isascii() and text[e].isalnum()) or k == "landline", (k, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
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
    assert df.equals(make_blind76_corpus())  # deterministic
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
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

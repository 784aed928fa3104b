"""Sixty-sixth blind PII corpus (``split == "blind66"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十一位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; from ``tests/`` only lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names); no other
corpus, no ``bench/``, ``docs/``, README, and no git history.  It never
imported ``toolkit`` and never ran any masking / finding function on this
data.  Only a directory listing of ``../shared/datasets/`` was looked at; all
phrasing is the writer's own.

What is different here: PHOTOGRAPHY STUDIOS AND CHILDREN'S PORTRAITS.  WeCom
1:1 and group chats between studio staff (客服 / 摄影师 / 选片师 / 门店前台)
and families and couples: booking a slot (儿童照, 百天照, 周岁照, 全家福,
婚纱照, 孕妇照, 证件照, 毕业照), outdoor shoot locations and parking plates,
home addresses for album / frame delivery, deposits, balances and refunds to a
bank card, photo-selection links and extraction codes, e-mails for the
original files, kids' birthdays, ID numbers for travel-shoot insurance, and
class / kindergarten group chats arranging a class photo day.

Near-misses are what these chats are full of: prices, deposits and balances,
dates and times, order / tracking / invoice numbers, photo file numbers
(DSC_0832, IMG_4521), selection-link extraction codes and URLs, package
names, studio rooms (3号棚), shop / outdoor places without a house number,
kids' age, height and weight, print sizes, counts of retouched photos,
hotlines (400 / 95xxx), masked values (138****5678), card-length numbers
failing Luhn, ID-shaped strings failing the check digit, postal codes,
class names, coupon codes, group sizes.

Seed
----
``SEED = "blind66-photo-studio-第七十一位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card Luhn digits are computed here; card-length
near-misses fail Luhn and 18-digit near-misses fail the ID check.  Every
format is first forced 4 times into distinct templates holding its kind,
then rows draw templates round-robin and formats by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; names are never labelled), ``formats`` (one
format name per entity, same order), ``near_misses`` (list of
``(near_kind, start, end)``, must NOT be masked), ``split`` (``"blind66"``).
Spans hold the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes
and landline extensions (转806, -806, 分机806) are outside; separators inside
a value are inside; an address runs from its first place unit to its last
house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / bare room number).

Counts (``python tests/privacy/pii_blind66.py``)
------------------------------------------------
rows=1500, pii_rows=860, near_rows=640, entities=1130
(mobile 310, address 237, email 120, wechat 95, landline 86, id_card 83,
bank_card 71, plate 65, qq 63);
near-miss spans=1156 (1048 in near-miss rows), 28 near-miss kinds
(date_time 161, price 144, place_only 81, photo_no 71, body_metric 66,
package 60, size 58, class_name 55, order_no 54, studio_room 40,
tracking_no 36, count 31, bad_card 31, hotline 31, url 31, bad_id 22,
verify_code 21, coupon 21, extract_code 21, photo_seq 20, invoice_no 20,
headcount 20, small_price 11, tail_digits 10, postal_code 10, group_no 10,
masked 10, masked_card 10);
formats=47 distinct, each used >= 5 times in >= 4 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind66-photo-studio-第七十一位写手"
SPLIT = "blind66"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 860
N_NEAR_ROWS = 640

# --------------------------------------------------------------------------- helpers


def _luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.()（）]", "", s)


# --------------------------------------------------------------------------- value pools

_MOBILE_PREFIX = ("138", "139", "135", "136", "137", "150", "151", "152", "157", "158", "159", "182", "183",
                  "187", "188", "130", "131", "132", "155", "156", "185", "186", "176", "133", "153", "180",
                  "181", "189", "177", "173", "199", "166", "191", "198", "178", "147")

# (area code, local length)
_AREAS = (("010", 8), ("021", 8), ("020", 8), ("0755", 8), ("0571", 8), ("025", 8), ("028", 8), ("027", 8),
          ("0532", 8), ("0592", 7), ("0731", 8), ("029", 8), ("022", 8), ("0512", 8), ("0757", 8),
          ("0574", 8), ("0371", 8), ("0551", 7), ("0871", 7), ("023", 8))

_ID_AREAS = ("110105", "110108", "310104", "310115", "440305", "440106", "330106", "330102", "320102",
             "320506", "510107", "420106", "370202", "350203", "430104", "610113", "120101", "500103",
             "410105", "340104", "530102", "330203", "440604", "321102")

_PINYIN = ("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
           "zhu", "gao", "lin", "he", "guo", "ma", "luo", "tang", "song", "xie", "han", "feng", "deng")
_GIVEN = ("xiaomei", "jing", "ting", "yu", "hao", "yan", "lei", "na", "qian", "xin", "wenwen", "jiajia",
          "tingting", "ming", "fang", "rui", "yue", "chen", "xiaoyu", "lulu", "nannan", "doudou")
_NICK = ("xiaoyu", "doudou", "tangtang", "guoguo", "mimi", "lele", "yoyo", "niuniu", "bao", "kiki", "momo",
         "coco", "candy", "lucky", "sunny", "yuki", "miumiu", "duoduo", "xixi", "qiqi")

_PLATE_PROV = ("沪", "京", "粤", "浙", "苏", "川", "鄂", "鲁", "闽", "湘", "陕", "津", "渝", "豫", "皖", "云")
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"
_PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# (province or "", city, [(district, [roads], [estates])])
_GEO = (
    ("", "上海市", (("闵行区", ("春申路", "莘松路", "七莘路"), ("万科城市花园", "春申景城", "莘城苑")),
                  ("浦东新区", ("锦绣路", "张杨路", "芳甸路"), ("仁恒河滨城", "联洋花园", "世茂滨江花园")),
                  ("徐汇区", ("漕溪北路", "宜山路", "龙华西路"), ("汇成新村", "东方曼哈顿", "徐汇苑")))),
    ("", "北京市", (("朝阳区", ("望京街", "广顺北大街", "朝阳北路"), ("望京西园四区", "保利百合花园", "华贸城")),
                  ("海淀区", ("中关村南大街", "学院路", "万泉河路"), ("世纪城", "万柳书院", "双榆树北里")))),
    ("广东省", "深圳市", (("南山区", ("科技南十二路", "南海大道", "后海大道"), ("海岸城", "华侨城天鹅堡", "后海花园")),
                       ("福田区", ("深南大道", "彩田路", "景田北路"), ("香蜜湖一号", "景田东花园", "彩福大厦")),
                       ("宝安区", ("创业二路", "宝民二路", "新湖路"), ("西海明珠花园", "中粮锦云", "壹方中心")))),
    ("广东省", "广州市", (("天河区", ("天河北路", "体育东路", "黄埔大道西"), ("天河北苑", "骏景花园", "华港花园")),
                       ("番禺区", ("市桥街", "迎宾路", "汉溪大道"), ("祈福新邨", "星河湾", "锦绣香江")))),
    ("浙江省", "杭州市", (("西湖区", ("文三路", "古墩路", "天目山路"), ("翠苑二区", "嘉绿苑", "西溪诚园")),
                       ("滨江区", ("江南大道", "滨盛路", "长河路"), ("东方郡", "钱江湾花园", "白金海岸")),
                       ("余杭区", ("文一西路", "良睦路", "五常大道"), ("西溪里", "五常港湾", "海创园公寓")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路", "虎踞路"), ("苏宁天御", "万达华府", "颐和南园")),
                       ("江宁区", ("双龙大道", "天元中路", "胜太路"), ("百家湖花园", "翠屏城", "金地自在城")))),
    ("江苏省", "苏州市", (("工业园区", ("星湖街", "现代大道", "金鸡湖大道"), ("湖畔天城", "星海名城", "左岸商业街公寓")),
                       ("吴中区", ("东吴北路", "宝带西路"), ("东湖林语", "新城花园")))),
    ("四川省", "成都市", (("武侯区", ("科华北路", "玉林南路", "人民南路四段"), ("棕北小区", "玉林东苑", "锦城花园")),
                       ("高新区", ("天府大道中段", "益州大道", "剑南大道"), ("中海城南一号", "雄飞中心", "麓湖生态城")))),
    ("湖北省", "武汉市", (("武昌区", ("中北路", "徐东大街", "积玉桥路"), ("东湖港湾", "万达公馆", "福星惠誉国际城")),
                       ("洪山区", ("珞喻路", "雄楚大道"), ("光谷新世界", "保利花园")))),
    ("山东省", "青岛市", (("市南区", ("香港中路", "东海西路", "漳州二路"), ("海信慧园", "银海花园", "青岛国际花园")),
                       ("崂山区", ("海尔路", "深圳路"), ("中海银海一号", "金岭新村")))),
    ("福建省", "厦门市", (("思明区", ("湖滨南路", "莲岳路", "嘉禾路"), ("莲花五村", "瑞景新村", "湖滨一里")),)),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "枫林三路"), ("中南大学家属区", "阳光100")),
                       ("雨花区", ("韶山中路", "劳动东路"), ("万科城", "融科东南海")))),
    ("陕西省", "西安市", (("雁塔区", ("长安南路", "科技路", "小寨东路"), ("曲江池东里", "紫薇田园都市", "枫林绿洲")),)),
    ("", "重庆市", (("渝北区", ("金开大道", "新牌坊一路"), ("龙湖紫都城", "金科天湖小镇")),
                  ("九龙坡区", ("杨家坪正街", "谢家湾正街"), ("华润二十四城", "龙湖西城天街公寓")))),
)

_RURAL = (("江苏省", "盐城市", "东台市", "安丰镇", "新桥村"), ("浙江省", "金华市", "义乌市", "佛堂镇", "蟠龙村"),
          ("安徽省", "合肥市", "肥西县", "三河镇", "杨柳村"), ("河南省", "郑州市", "新郑市", "龙湖镇", "泰山村"),
          ("山东省", "潍坊市", "寿光市", "洛城街道", "东斟灌村"), ("四川省", "成都市", "郫都区", "唐昌镇", "战旗村"),
          ("广东省", "佛山市", "顺德区", "北滘镇", "碧江村"), ("湖南省", "长沙市", "长沙县", "黄兴镇", "蓝田村"))


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # ---- small pieces
    def digits(self, n: int, first_nonzero: bool = True) -> str:
        r = self.r
        s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
        return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    def mobile_raw(self) -> str:
        return self.r.choice(_MOBILE_PREFIX) + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def id_raw(self, kid: bool = False, want_x: bool | None = None) -> str:
        r = self.r
        while True:
            y = r.randint(2015, 2022) if kid else r.randint(1982, 1999)
            m = r.randint(1, 12)
            d = r.randint(1, 28)
            body = f"{r.choice(_ID_AREAS)}{y}{m:02d}{d:02d}{r.randint(0, 999):03d}"
            c = _id_check(body)
            if want_x is None or (c == "X") == want_x:
                return body + c

    def card_raw(self, kind: str) -> str:
        r = self.r
        if kind == "up16":
            body = r.choice(("622848", "621700", "622202", "622588", "621483", "622262", "623058", "621226")) \
                + "".join(str(r.randint(0, 9)) for _ in range(9))
        elif kind == "up19":
            body = r.choice(("621700", "622848", "621226", "622208", "621661", "623668", "622700")) \
                + "".join(str(r.randint(0, 9)) for _ in range(12))
        elif kind == "d19":
            body = r.choice(("95599", "95588", "95566", "95533", "95555")) + \
                "".join(str(r.randint(0, 9)) for _ in range(13))
        elif kind == "visa":
            body = r.choice(("438088", "427020", "456351", "436742")) + "".join(str(r.randint(0, 9)) for _ in range(9))
        else:  # master
            body = r.choice(("518710", "552599", "524090", "542446")) + "".join(str(r.randint(0, 9)) for _ in range(9))
        return body + _luhn_digit(body)

    # ---- PII values: return (pre_outside, value, post_outside)
    def mobile(self, fmt: str):
        m = self.mobile_raw()
        if fmt == "plain":
            return "", m, ""
        if fmt == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if fmt == "plus86":
            return self.r.choice(("+86", "+86 ", "86-", "0086")), m, ""
        if fmt == "plus86_space_344":
            return "+86 ", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if fmt == "fullwidth":
            return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
        raise KeyError(fmt)

    def landline(self, fmt: str):
        area, n = self.r.choice(_AREAS)
        loc = str(self.r.randint(2, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
        if fmt == "area_dash":
            return "", f"{area}-{loc}", ""
        if fmt == "area_paren":
            return "", f"({area}){loc}", ""
        if fmt == "area_plain":
            return "", f"{area}{loc}", ""
        if fmt == "area_space_split":
            h = len(loc) // 2
            return "", f"{area} {loc[:h]} {loc[h:]}", ""
        if fmt == "area_dash_ext":
            ext = str(self.r.randint(801, 899))
            return "", f"{area}-{loc}", self.r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}"))
        if fmt == "local_only":
            return "", loc, ""
        raise KeyError(fmt)

    def email(self, fmt: str):
        r = self.r
        if fmt == "qq_digits":
            return "", f"{self.digits(r.randint(8, 10))}@qq.com", ""
        if fmt == "pinyin_digits":
            dom = r.choice(("163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net"))
            return "", f"{r.choice(_PINYIN)}{r.choice(_GIVEN)}{r.randint(80, 99) if r.random() < .5 else r.randint(1, 2020)}@{dom}", ""
        if fmt == "dot_name":
            dom = r.choice(("outlook.com", "gmail.com", "hotmail.com", "icloud.com"))
            return "", f"{r.choice(_GIVEN)}.{r.choice(_PINYIN)}@{dom}", ""
        if fmt == "underscore_nick":
            dom = r.choice(("163.com", "126.com", "qq.com", "sina.cn"))
            return "", f"{r.choice(_NICK)}_{r.choice(_NICK)}{r.randint(1, 99)}@{dom}", ""
        if fmt == "corp_domain":
            dom = r.choice(("bytedance.com", "huawei.com", "alibaba-inc.com", "pwc.com", "ctrip.com", "cmbchina.com",
                            "sjtu.edu.cn", "zju.edu.cn"))
            return "", f"{r.choice(_PINYIN)}{r.choice(_GIVEN)}@{dom}", ""
        if fmt == "upper_mixed":
            dom = r.choice(("QQ.com", "163.COM", "Outlook.com", "126.com"))
            nm = r.choice(_NICK).capitalize() + r.choice(_PINYIN).capitalize() + str(r.randint(1, 999))
            return "", f"{nm}@{dom}", ""
        raise KeyError(fmt)

    def id_card(self, fmt: str, kid: bool = False):
        if fmt == "plain":
            return "", self.id_raw(kid, want_x=False), ""
        if fmt == "x_upper":
            return "", self.id_raw(kid, want_x=True), ""
        if fmt == "x_lower":
            return "", self.id_raw(kid, want_x=True).lower(), ""
        if fmt == "space_6_8_4":
            s = self.id_raw(kid)
            return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
        raise KeyError(fmt)

    def bank_card(self, fmt: str):
        r = self.r
        if fmt == "plain16":
            return "", self.card_raw(r.choice(("up16", "visa", "master"))), ""
        if fmt == "plain19":
            return "", self.card_raw(r.choice(("up19", "d19"))), ""
        if fmt == "space4_16":
            c = self.card_raw(r.choice(("up16", "visa", "master")))
            return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
        if fmt == "space4_19":
            c = self.card_raw(r.choice(("up19", "d19")))
            return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
        if fmt == "space_6_13":
            c = self.card_raw("up19")
            return "", f"{c[:6]} {c[6:]}", ""
        raise KeyError(fmt)

    def qq(self, fmt: str):
        if fmt == "digits_9_10":
            return "", self.digits(self.r.choice((9, 10, 10))), ""
        if fmt == "digits_5_8":
            return "", self.digits(self.r.choice((6, 7, 8, 8))), ""
        if fmt == "digits_11":
            return "", self.r.choice("23") + self.digits(10, False), ""
        raise KeyError(fmt)

    def wechat(self, fmt: str):
        r = self.r
        if fmt == "pinyin_digits":
            v = f"{r.choice(_PINYIN)}{r.choice(_GIVEN)}{r.choice(('', str(r.randint(80, 99)), str(r.randint(1000, 2020)), '520', '666'))}"
            return "", v if len(v) >= 6 else v + str(r.randint(80, 99)), ""
        if fmt == "underscore":
            return "", f"{r.choice(_NICK)}_{r.choice(('mama', 'baba', 'ma', 'photo', r.choice(_PINYIN), str(r.randint(1, 99))))}", ""
        if fmt == "dash":
            return "", f"{r.choice(_NICK)}-{r.choice(_PINYIN)}{r.randint(1, 999)}", ""
        if fmt == "mixed_case":
            return "", f"{r.choice(_NICK).capitalize()}{r.choice(_PINYIN).capitalize()}{r.randint(10, 99)}", ""
        if fmt == "wxid":
            return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
        raise KeyError(fmt)

    def plate(self, fmt: str):
        r = self.r
        p = r.choice(_PLATE_PROV) + r.choice(_PLATE_LET)
        tail = [str(r.randint(0, 9)) for _ in range(5)]
        for i in r.sample(range(5), r.choice((0, 0, 1, 1, 1, 2))):
            tail[i] = r.choice(_PLATE_LET)
        tail = "".join(tail)
        if fmt == "plain":
            return "", p + tail, ""
        if fmt == "dot":
            return "", p + "·" + tail, ""
        if fmt == "space":
            return "", p + " " + tail, ""
        if fmt == "new_energy":
            return "", p + r.choice("DF") + r.choice(("", "")) + r.choice("0123456789ABCDEFGHJK") + self.digits(4, False), ""
        if fmt == "lower":
            return "", p[0] + (p[1] + tail).lower(), ""
        raise KeyError(fmt)

    def _room(self) -> str:
        r = self.r
        fl = r.randint(2, 32)
        return f"{fl}{r.randint(1, 4):02d}"

    def address(self, fmt: str):
        r = self.r
        prov, city, dists = r.choice(_GEO)
        dist, roads, estates = r.choice(dists)
        road, est = r.choice(roads), r.choice(estates)
        no = f"{r.randint(1, 1888)}号"
        bld = r.randint(1, 36)
        unit = r.randint(1, 4)
        room = self._room()
        if fmt == "full_province":
            return "", f"{prov or ''}{city}{dist}{road}{no}{est}{bld}栋{unit}单元{room}室", ""
        if fmt == "city_road_no":
            return "", f"{city}{dist}{road}{no}", ""
        if fmt == "district_estate_room":
            return "", f"{dist}{est}{bld}{r.choice(('栋', '幢', '号楼'))}{room}", ""
        if fmt == "dash_room":
            return "", f"{city}{dist}{est}{bld}-{unit}-{room}", ""
        if fmt == "town_village":
            p, c, co, t, v = r.choice(_RURAL)
            return "", f"{p}{c}{co}{t}{v}{r.randint(1, 12)}组{r.randint(1, 99)}号", ""
        if fmt == "road_building_floor":
            return "", f"{city}{dist}{road}{no}{r.choice(('A座', 'B座', '2号楼', '1栋'))}{r.randint(3, 28)}层", ""
        if fmt == "no_space_room":
            return "", f"{city} {dist} {est} {bld}栋{unit}单元 {room}", ""
        raise KeyError(fmt)


_FMTS = {
    "mobile": (("plain", 10), ("space_344", 3), ("dash_344", 2), ("plus86", 2), ("plus86_space_344", 1), ("fullwidth", 1)),
    "landline": (("area_dash", 6), ("area_paren", 2), ("area_plain", 2), ("area_space_split", 1),
                 ("area_dash_ext", 3), ("local_only", 1)),
    "email": (("qq_digits", 5), ("pinyin_digits", 5), ("dot_name", 2), ("underscore_nick", 2), ("corp_domain", 2),
              ("upper_mixed", 1)),
    "id_card": (("plain", 8), ("x_upper", 2), ("x_lower", 1), ("space_6_8_4", 1)),
    "bank_card": (("plain19", 6), ("plain16", 4), ("space4_19", 3), ("space4_16", 2), ("space_6_13", 1)),
    "qq": (("digits_9_10", 6), ("digits_5_8", 3), ("digits_11", 1)),
    "wechat": (("pinyin_digits", 5), ("underscore", 3), ("dash", 2), ("mixed_case", 3), ("wxid", 1)),
    "plate": (("plain", 8), ("dot", 2), ("space", 2), ("new_energy", 3), ("lower", 1)),
    "address": (("full_province", 4), ("city_road_no", 3), ("district_estate_room", 4), ("dash_room", 2),
                ("town_village", 2), ("road_building_floor", 2), ("no_space_room", 1)),
}

# --------------------------------------------------------------------------- near-miss values


class NearGen:
    def __init__(self, rng: random.Random, g: Gen):
        self.r, self.g = rng, g

    def _fail_luhn(self, s: str) -> str:
        if _luhn_ok(s):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
        return s

    def make(self, kind: str) -> str:
        r = self.r
        if kind == "price":
            return r.choice(("299", "399", "599", "699", "888", "1299", "1688", "1999", "2680", "3999", "5888",
                             "6999", "12800", "200", "500", "1000", "300", "198", "1280", "2380", "99", "4280"))
        if kind == "date_time":
            return r.choice(("6月18号", "7.12", "8月3日", "周六上午10点", "明天下午两点半", "5/20", "2024年10月1日",
                             "下周日9:30", "10月2号上午", "十一", "3月8号下午3点", "9:00-11:00", "14:30",
                             "8月15日", "本周六", "12.24", "1月1号"))
        if kind == "order_no":
            return r.choice(("DD", "XS", "PS", "")) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + \
                self.g.digits(r.choice((4, 5, 6)), False)
        if kind == "tracking_no":
            return r.choice(("SF", "YT", "JT", "ZTO", "JD")) + self.g.digits(r.choice((12, 13)))
        if kind == "hotline":
            return r.choice((f"400-{self.g.digits(3)}-{self.g.digits(4, False)}", f"400{self.g.digits(7)}",
                             "95338", "95311", "95546", "95588", "10086", "12315", f"800-{self.g.digits(3)}-{self.g.digits(4, False)}"))
        if kind == "extract_code":
            return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
        if kind == "url":
            return r.choice((f"https://pan.baidu.com/s/1{''.join(r.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH123456789_-') for _ in range(21))}",
                             f"https://xp.{r.choice(('xiaoguangying', 'tongqu-photo', 'mianmian'))}.cn/s/{self.g.digits(6, False)}",
                             f"www.{r.choice(('yunxuanpian', 'pic-select', 'photopick'))}.com/a/{''.join(r.choice('abcdefghkmnpqrstuvwxyz23456789') for _ in range(6))}"))
        if kind == "bad_card":
            s = r.choice(("6217", "6228", "4380", "9559", "2024")) + self.g.digits(r.choice((12, 15)), False)
            return self._fail_luhn(s)
        if kind == "bad_id":
            good = self.g.id_raw(kid=r.random() < .5)
            wrong = [c for c in "0123456789X" if c != good[-1] and (c == "X" or not _luhn_ok(good[:17] + c))]
            return good[:17] + r.choice(wrong)
        if kind == "masked":
            m = self.g.mobile_raw()
            return r.choice((f"{m[:3]}****{m[7:]}", f"尾号{m[7:]}", f"{m[:3]}xxxx{m[7:]}",
                             f"6222 **** **** {self.g.digits(4, False)}", f"{r.choice(_ID_AREAS)}********{self.g.digits(4, False)}"))
        if kind == "photo_no":
            return r.choice((f"DSC_{self.g.digits(4, False)}", f"IMG_{self.g.digits(4, False)}", f"_MG_{self.g.digits(4, False)}",
                             f"{self.g.digits(4, False)}", f"DSC0{self.g.digits(4, False)}", f"A7C{self.g.digits(5, False)}"))
        if kind == "package":
            return r.choice(("A套餐", "B套", "周岁宴跟拍套餐", "百天照经典套", "亲子全家福1299套系", "C档", "宝宝成长套餐",
                             "轻奢款", "森系外景套", "汉服写真套"))
        if kind == "body_metric":
            return r.choice(("身高105cm", "110", "体重18公斤", "鞋码28", "3岁2个月", "8个月", "100天", "身高96", "1米2",
                             "穿120码", "130码"))
        if kind == "size":
            return r.choice(("12寸", "16寸", "20寸", "24寸", "30x40", "A4", "6寸", "8寸", "50*70", "5寸"))
        if kind == "count":
            return r.choice(("30张", "25张", "精修40张", "底片全送", "15张", "3套服装", "2个造型", "入册20张", "60张", "3个人"))
        if kind == "studio_room":
            return r.choice(("3号棚", "2号化妆间", "A棚", "5号摄影棚", "VIP休息室", "二楼选片室", "1号棚", "B区"))
        if kind == "place_only":
            return r.choice(("万象城店", "滨江公园", "西湖边", "森林公园南门", "世纪公园", "湿地公园", "海边栈道",
                             "太古里", "植物园", "大学城校区", "中山公园", "龙湖天街店", "浦东店", "南山店"))
        if kind == "invoice_no":
            return r.choice((self.g.digits(8, False), "24" + self.g.digits(18, False)[:18]))
        if kind == "postal_code":
            return r.choice(("200120", "100015", "518057", "310012", "210029", "610041", "430071", "266071", "361004"))
        if kind == "class_name":
            return r.choice(("大二班", "中一班", "小三班", "三年级二班", "大班", "苗苗班", "向日葵班", "一(3)班", "六年级4班"))
        if kind == "coupon":
            return r.choice(("YH" + self.g.digits(6), "LY" + self.g.digits(6), self.g.digits(6), "VIP" + self.g.digits(4)))
        if kind == "small_price":
            return r.choice(("30", "50", "80", "99", "120", "60", "150"))
        if kind == "headcount":
            return r.choice(("32人", "28个孩子", "35个小朋友", "30人", "26个宝宝", "41人"))
        if kind == "photo_seq":
            return str(r.randint(1, 80))
        if kind == "masked_card":
            return r.choice((f"尾号{self.g.digits(4, False)}", f"6222 **** **** {self.g.digits(4, False)}",
                             f"6217********{self.g.digits(4, False)}"))
        if kind == "tail_digits":
            return self.g.digits(4, False)
        if kind == "verify_code":
            return self.g.digits(r.choice((4, 6)), False)
        if kind == "group_no":
            return r.choice(("第3组", "第二批", "12号", "第5位", "7号", "第1组"))
        raise KeyError(kind)


# --------------------------------------------------------------------------- templates
# {kind} = PII of that kind; {kid_id} = child's ID card; {~near} = near-miss span

PII_TEMPLATES = (
    # booking / contact
    "您好，想约下宝宝周岁照，我手机{mobile}，白天都能接",
    "预约信息：\n宝宝小名：糖糖\n年龄：1岁\n家长电话：{mobile}\n拍摄日期：{~date_time}",
    "{mobile} 这个是我老公的号，当天他带孩子过去",
    "妈妈手机号{mobile}，爸爸的{mobile}，两个都留一下哈",
    "老师您好，我们是{~class_name}的，家委会联系人电话{mobile}",
    "好的，已帮您登记{~date_time}的档期，到店前会有摄影助理用{landline}给您打电话确认",
    "我们门店座机{landline}，有事也可以直接打这个",
    "如果手机打不通就打家里座机{landline}，老人在家",
    "电话{mobile}，收到请回复，谢谢😊",
    "手机换了，新号{mobile}，旧的不用了",
    "亲，您预留的手机号是{mobile}吗？核对一下方便短信发选片链接",
    "嗯嗯 是的 {mobile}",
    "[语音转文字] 我电话是{mobile}你到了打我电话就行",
    "打我电话吧{mobile}，打字太慢了😂",
    "孕妇照预约 {~date_time} 联系人手机{mobile}，预产期9月初",
    "你好 我想咨询一下证件照 {mobile}",
    "请加一下我们摄影师的微信：{wechat}，外景细节直接和他沟通",
    "加不了你的企业微信，我微信号{wechat}，你加我吧",
    "我微信{wechat}，搜索手机号搜不到的",
    "vx：{wechat} 拉一下我老公进群",
    "宝爸微信号是{wechat}，麻烦把他也拉进班级拍照群",
    "微信号：{wechat}\n备注：{~class_name}乐乐妈妈",
    "化妆师的微信是{wechat}，造型图可以先发给她看",
    "我QQ{qq}，原片太多了微信传不了，QQ发一下吧",
    "QQ号：{qq} 加的时候备注一下影楼名字",
    "原片可以传到我QQ邮箱吗 {email}",
    "原片打包发邮箱：{email}，谢谢啦",
    "邮箱{email} 底片全部要，精修的也发一份",
    "麻烦把电子版发到{email}，单位要用证件照",
    "{email} 这个是我工作邮箱，发这个就行",
    "老公邮箱{email}，我的{email}，两个都抄送一下",
    "我邮箱好像写错了，应该是{email}，不是之前那个",
    "亲，原片已发送至{email}，请注意查收，如在垃圾箱请移出哦",
    "扣扣{qq}，我在电脑上收比较方便",
    "我的q是{qq}，群里那个头像是小熊的就是我",
    "有问题联系我们客服QQ：{qq}",
    # address delivery
    "相册做好了寄到这个地址：{address}，电话{mobile}",
    "收货地址 {address}\n收件人 王女士 {mobile}",
    "地址改一下，寄到{address}，之前那个是老房子",
    "快递寄{address}吧，家里白天有老人",
    "相框和水晶摆台寄{address}，麻烦包装好一点 易碎",
    "{address} 宝宝妈妈 {mobile}",
    "寄公司吧：{address}，前台代收",
    "我家住{address}，你们外景跟拍可以上门吗？",
    "上门拍全家福的地址是{address}，到了小区门口打我电话",
    "产品寄送地址：{address}\n联系电话：{mobile}\n备注：工作日送",
    "放{address}门口就行 不用打电话 宝宝在睡觉",
    "顺丰寄到{address}，到付也可以",
    "姥姥家地址{address}，相册寄那边，她想看孙子的照片",
    "就是{address}，物业那儿能代收",
    "好的亲，已经为您备注：寄送至{address}，预计{~date_time}发出",
    "新地址 {address} 收件电话不变",
    # deposit / payment / refund
    "定金{~price}退款的话麻烦提供一下您的银行卡号和开户行哦",
    "卡号{bank_card} 建设银行 户名是我本人",
    "退到这张卡吧{bank_card}，招商银行上海分行",
    "{bank_card} 工商银行，尾款多付的{~price}退这里",
    "银行卡：{bank_card}\n开户行：农业银行杭州西湖支行",
    "您好，对公转账请打到我们门店账户{bank_card}，备注宝宝姓名",
    "我把卡号发你 {bank_card} 是中国银行的",
    "退款账户{bank_card}，麻烦尽快处理，都两周了",
    "我用信用卡付的尾款，卡号{bank_card}，能不能原路退",
    # id card (travel shoot insurance, certificate photos, kid passport photo)
    "{~date_time}旅拍需要给您买意外险，麻烦提供两位的身份证号",
    "新郎{id_card}\n新娘{id_card}",
    "我的身份证号{id_card}，保险就买一天的吗？",
    "身份证：{id_card} 帮我买下外景那天的保险",
    "宝宝的身份证号{kid_id}，办护照要的照片按这个规格拍",
    "孩子身份证号码是{kid_id}，幼儿园登记拍照用",
    "{id_card} 这是我老婆的，我的晚点发",
    "报名儿童摄影比赛要填监护人身份证：{id_card} 手机{mobile}",
    "证件号{id_card}，开发票抬头写个人就行",
    # plate / parking
    "外景那天我们自己开车过去，车牌{plate}，能帮登记下停车吗",
    "车牌号{plate}，停在地下车库B2",
    "门店停车免费2小时，到前台报一下车牌就行，您的车牌是{plate}对吧？",
    "{plate} 白色SUV，我们已经到了{~place_only}门口",
    "老公开车{plate}，我和宝宝坐地铁先到",
    "小区门口保安说要登记，我车牌是{plate}",
    "已经帮您把{plate}录进车库系统了，直接进就行",
    # group chats class photo
    "【{~class_name}毕业照】请各位家长核对孩子信息，有问题联系班主任{mobile}",
    "@所有人 拍照当天家长请在{~date_time}前送到园，摄影老师电话{mobile}",
    "我是{~class_name}果果妈妈，我电话{mobile}，衣服尺码{~body_metric}",
    "接龙：\n1. 朵朵妈妈 {mobile}\n2. 天天爸爸 {mobile}\n3. 小满妈妈 {mobile}",
    "群里统一收费，转给家委会，有疑问打{mobile}",
    "班级合影电子版发到这个邮箱{email}，老师统一转发",
    "家长们好，选片网址下面发，有问题加摄影助理微信{wechat}",
    "摄影基地地址：{address}，导航搜这个就能找到",
    "毕业照拍摄地点改到{address}，礼堂二楼",
    # mixed multi
    "姓名：略\n手机：{mobile}\n微信：{wechat}\n地址：{address}",
    "电话{mobile} 微信同号",
    "QQ{qq}，邮箱就是{email}",
    "婚纱照预约登记\n新郎电话：{mobile}\n新娘电话：{mobile}\n邮箱：{email}\n拍摄日：{~date_time}",
    "原片发{email}，精修的寄{address}",
    "联系方式 {mobile}/{landline}",
    "宝宝周岁宴跟拍，酒店在{address}，宴会厅三楼，联系人{mobile}",
    "我们的周年庆活动，老客户转介绍送{~size}摆台，推荐人手机{mobile}",
    "您好，您的相册已发出，{~tracking_no}，寄往{address}",
    "发票寄到{address}，抬头个人，邮箱{email}也发一份电子的",
    "座机{landline}，手机{mobile}，找前台小赵",
    "门店地址：{address}\n咨询电话：{landline}",
    "南京西路店搬家了，新店在{address}，电话还是{landline}",
    "宝宝生日{~date_time}，想那天拍，妈妈手机{mobile}",
    "拍摄当天会有助理联系您，电话是{landline}，请留意接听",
    "我在外地出差，照片邮件发我{email}吧，选片让我老婆去",
    "选片师微信{wechat}，手机{mobile}",
    "退款信息：\n卡号：{bank_card}\n手机：{mobile}",
    "客户资料：手机{mobile}，身份证{id_card}，地址{address}",
    "{mobile}\n{address}",
    "再确认一下哦，收件手机{mobile}，地址{address}，没问题我这边就下单打印了",
    "我车{plate}，导航到{address}，停哪里？",
    "老板你好，上次拍的全家福还没收到，我地址{address}，电话{mobile}",
    "快递显示签收了但是我没拿到，地址是{address}啊😭",
    "刚打你们{landline}没人接",
    "打了好几遍{landline}都占线，怎么回事",
    "能不能发到QQ邮箱{email}，163的老是收不到附件",
    "我身份证号{id_card}，手机号{mobile}，帮我查下订单",
    "有需要可以加我们店长QQ{qq}或者微信{wechat}",
    "我闺蜜也想拍，她电话{mobile}，你们联系她吧，说是我推荐的",
    "麻烦给我开个发票，税号不用，个人，邮箱{email}",
    "家里电话{landline} 手机{mobile} 都行",
    "孩子奶奶的QQ{qq}，她想要几张电子版",
    "单元楼门禁坏了，到{address}楼下打{mobile}",
    "{wechat} 这个是我微信，加一下发样片",
    "地址:{address} 电话:{mobile} 谢谢🙏",
)

NEAR_TEMPLATES = (
    "定金{~price}元已收到，尾款{~price}拍摄当天结清就行",
    "这个{~package}多少钱？包含{~count}吗？",
    "宝宝{~body_metric}，穿什么码的衣服合适",
    "选片链接：{~url} 提取码：{~extract_code}",
    "选片链接{~url}，有效期7天哦",
    "我要{~photo_no}、{~photo_no}、{~photo_no}这几张精修",
    "{~photo_no} {~photo_no} 这两张做{~size}放大",
    "订单号{~order_no}，麻烦查一下相册做好没",
    "快递单号{~tracking_no}，预计{~date_time}送达",
    "您的订单{~order_no}已发货，物流{~tracking_no}",
    "有问题可以拨打我们的客服热线{~hotline}",
    "打了{~hotline}说要找门店，门店电话多少",
    "退款已原路退回{~masked_card}的卡，请注意查收",
    "系统显示您预留号码{~masked}，是这个吗",
    "验证码{~verify_code}，您报给前台就行",
    "档期约在{~date_time}，{~studio_room}拍摄",
    "当天先到{~studio_room}化妆，{~date_time}开拍",
    "外景地点定在{~place_only}，{~date_time}集合",
    "我们在{~place_only}这边，你们到了吗",
    "这张发票号是{~invoice_no}，你核对下",
    "邮编{~postal_code}需要填吗",
    "{~class_name}的合影是{~date_time}拍吗",
    "{~class_name}一共{~headcount}，拍{~count}够吗",
    "优惠码{~coupon}怎么用不了",
    "用了券{~coupon}还要付{~price}吗？",
    "我排{~group_no}，前面还有几个",
    "周岁照{~package}和{~package}有啥区别",
    "这个单号{~bad_card}查不到物流",
    "支付单号{~bad_card}，付了{~price}",
    "这个编号{~bad_id}是系统生成的吗？我看不懂",
    "合同编号{~bad_id}，尾款{~price}",
    "宝宝{~body_metric}了，能拍{~package}吗",
    "加洗{~size}的多少钱一张？",
    "{~size}和{~size}的相框各一个",
    "刚才在{~place_only}拍完了，宝宝累睡着了😴",
    "总价{~price}，已付定金{~price}，还差{~price}",
    "百天照是{~date_time}，宝宝那时候{~body_metric}",
    "你们{~place_only}几点开门",
    "精修{~count}，加一张{~small_price}",
    "提取码{~extract_code} 打不开啊",
    "链接失效了，重新发一个吧 {~url}",
    "入册的选{~photo_no}吧，那张笑得好看",
    "退款流水号{~order_no}，到账了吗",
    "好的收到👌 {~date_time}见",
    "我手机尾号{~tail_digits}，是那个号",
    "{~hotline} 这个是你们官方电话吗？",
    "单号{~tracking_no}，显示到{~place_only}那边了",
    "衣服{~body_metric}，鞋子{~body_metric}",
    "拍摄时间：{~date_time}\n地点：{~studio_room}\n套餐：{~package}",
    "金额{~price}元，订单{~order_no}",
    "{~date_time} {~place_only} 外景，下雨就改{~studio_room}",
    "孩子{~body_metric}，去年拍的是{~package}",
    "VIP会员续费{~price}，送{~size}摆台",
    "群接龙：{~class_name}参加{~headcount}，时间{~date_time}",
    "快递到{~place_only}驿站了，取件码{~verify_code}",
    "开票金额{~price}，发票号码{~invoice_no}",
    "你好，{~photo_no}那张能不能把背景P干净点",
    "订单号是{~bad_card}吗？我截图看到的",
    "第{~photo_seq}张眼睛闭上了，换第{~photo_seq}张",
    "帮我看看{~order_no}这单是不是多扣了{~price}",
)

_MARK = re.compile(r"\{(~?)(\w+)\}")


def _pick_fmt(rng: random.Random, kind: str) -> str:
    fs = _FMTS[kind]
    tot = sum(w for _, w in fs)
    x = rng.uniform(0, tot)
    for f, w in fs:
        x -= w
        if x <= 0:
            return f
    return fs[-1][0]


def _render(tpl: str, g: Gen, ng: NearGen, rng: random.Random, forced: tuple[str, str] | None = None):
    out, ents, fmts, nears = [], [], [], []
    pos = 0
    cur = 0
    used_forced = False
    for m in _MARK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        pos = m.end()
        near, kind = m.group(1), m.group(2)
        if near:
            v = ng.make(kind)
            nears.append((kind, cur, cur + len(v)))
            out.append(v)
            cur += len(v)
            continue
        real = "id_card" if kind == "kid_id" else kind
        if forced and forced[0] == real and not used_forced:
            fmt = forced[1]
            used_forced = True
        else:
            fmt = _pick_fmt(rng, real)
        if kind == "kid_id":
            pre, v, post = g.id_card(fmt, kid=True)
        else:
            pre, v, post = getattr(g, real)(fmt)
        out.append(pre)
        cur += len(pre)
        ents.append((real, cur, cur + len(v)))
        fmts.append(fmt)
        out.append(v)
        cur += len(v)
        out.append(post)
        cur += len(post)
    out.append(tpl[pos:])
    return "".join(out), ents, fmts, nears


def _kinds_of(tpl: str) -> list[str]:
    return ["id_card" if k == "kid_id" else k for n, k in _MARK.findall(tpl) if not n]


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = Gen(rng)
    ng = NearGen(rng, g)
    rows = []
    pii_tpls = [t for t in PII_TEMPLATES if _kinds_of(t)]
    # templates in PII_TEMPLATES without entities become near rows
    extra_near = [t for t in PII_TEMPLATES if not _kinds_of(t)]
    # forced formats: 4 distinct templates per format
    for kind in KINDS:
        holders = [i for i, t in enumerate(pii_tpls) if kind in _kinds_of(t)]
        for fmt, _ in _FMTS[kind]:
            for i in rng.sample(holders, 4):
                rows.append((i, _render(pii_tpls[i], g, ng, rng, (kind, fmt))))
    order = list(range(len(pii_tpls)))
    while len(rows) < N_PII_ROWS:
        rng.shuffle(order)
        for i in order:
            if len(rows) >= N_PII_ROWS:
                break
            rows.append((i, _render(pii_tpls[i], g, ng, rng)))
    near_tpls = list(NEAR_TEMPLATES) + extra_near
    nrows = []
    norder = list(range(len(near_tpls)))
    while len(nrows) < N_NEAR_ROWS:
        rng.shuffle(norder)
        for i in norder:
            if len(nrows) >= N_NEAR_ROWS:
                break
            text, ents, fmts, nears = _render(near_tpls[i], g, ng, rng)
            if not nears:
                continue
            nrows.append((1000 + i, (text, ents, fmts, nears)))
    allrows = rows + nrows
    rng.shuffle(allrows)
    if meta is not None:
        meta.extend(t for t, _ in allrows)
    return pd.DataFrame({
        "text": [r[0] for _, r in allrows],
        "entities": [r[1] for _, r in allrows],
        "formats": [r[2] for _, r in allrows],
        "near_misses": [r[3] for _, r in allrows],
        "split": [SPLIT] * len(allrows),
    })


def make_blind66_corpus() -> pd.DataFrame:
    return _build()


_VALID = {
    "mobile": lambda n: re.fullmatch(r"1[3-9]\d{9}", n) is not None and n[:3] in _MOBILE_PREFIX,
    "landline": lambda n: re.fullmatch(r"(0\d{2,3})?[2-8]\d{6,7}", n) is not None,
    "id_card": lambda n: _id_ok(n),
    "bank_card": lambda n: n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[0] in "4569",
    "qq": lambda n: re.fullmatch(r"[1-9]\d{4,10}", n) is not None,
    "wechat": lambda n: re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", n) is not None,
    "email": lambda n: re.fullmatch(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", n) is not None,
    "plate": lambda n: re.fullmatch(r"[\u4e00-\u9fff][A-Za-z][A-Za-z0-9]{5,6}", n) is not None,
    "address": lambda n: re.match(r"[\u4e00-\u9fff]{2,}(省|市|区|县)", n) is not None
    and re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", n) is not None,
}


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns, sp in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["split"]):
        assert sp == SPLIT
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            v = text[s:e]
            assert v and v == v.strip(), (k, v)
            n = _norm(v) if k not in ("email", "wechat", "address") else v
            if k == "address":
                n = v.replace(" ", "")
            assert _VALID[k](n), (k, v, text)
            if k == "mobile":
                before = text[:s]
                assert not text[e:e + 1].isdigit(), text
                assert not before[-1:].isdigit() or before.endswith(("+86", "0086")), text
        for k, s, e in ns:
            v = text[s:e]
            assert v and v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not re.fullmatch(r"1[3-9]\d{9}", n), (k, v)
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
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind66_corpus())  # deterministic
    assert df.equals(make_blind66_corpus())
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
    declared = [f"{k}/{f}" for k, tab in _FMTS.items() for f, _ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

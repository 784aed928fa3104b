"""Fiftieth blind PII corpus (``split == "blind50"``): freight trucking and dispatch chats in WeCom.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十五位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and
``PLACEHOLDERS``; not ``bench/``, ``docs/``, the README, nor git history; of the
tests only lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py``
(for the layout and the entry-point names).  No other corpus was read.  It
never imported ``toolkit`` and never ran any masking / finding function on this
data.  Only the directory listings of ``tests/privacy/`` and
``../shared/datasets/`` were seen; no dataset text was read or copied.  Values, contexts and labels come from the writer's own idea
of what dispatchers, truck drivers, shippers and consignees type (or dictate)
in WeCom 1:1 and group chats.

What is different here: FREIGHT TRUCKING AND LOGISTICS DISPATCH.  Dispatchers
of a freight company (调度 / 车队 / 信息部) talk to truck drivers, shippers
(发货方) and consignees (收货方): loading and unloading addresses in industrial
parks, logistics parks and warehouses (ending at 号 / 栋 / 号楼 / 室 ...),
residential addresses of consignees, truck plates of many provinces (blue and
yellow 7-character plates, with ``·`` or a space, lower-case letters typed in
a hurry, 8-character new-energy plates, trailers ``冀E1234挂``), drivers' ID
numbers and bank cards for freight payments (运费打卡), company landlines of
warehouses, QQ / e-mail for sending receipts (回单) and statements, WeChat ids
for adding each other.  Templates come in two channels: ``T`` typed and ``V``
voice input while driving (语音转文字: no punctuation or odd ASR commas,
digits as words with 幺 / 两, addresses with Chinese numerals).

Near-misses are what such chats are full of: waybill / tracking / order
numbers, freight amounts, tonnage and volume, truck lengths (9米6, 17米5),
dates and times, dock and gate numbers (3号门, 12号月台), highways (G15),
hotlines (400 / 95xxx / 12122), masked numbers and tail digits, container and
seal numbers, invoice numbers and codes, social credit codes, truck models,
distances, postal codes, verification / pickup codes, bank transaction serials
(16-19 digits, failing Luhn), ID-shaped numbers failing the check digit, and
places alone (a city, a park name, a route 昆山到成都) that are not addresses.

Seed
----
``SEED = "blind50-freight-dispatch-第五十五位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here.  Each declared format
is first forced ``FORCE_PER_FMT`` (5) times into distinct templates of a
compatible channel holding a slot of its kind; the remaining rows draw
formats by weight.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (no names).  The
  span holds the value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes
  and landline extensions (``转806``, ``-806``, ``分机806``) are outside;
  separators inside a value (spaces, dashes, ``·``, ASR commas between digit
  groups) are inside; an address runs from its first place unit to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number
  such as ``3-2-1502``); a place alone is not an address.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind50"``

Counts (``python tests/privacy/pii_blind50.py``)
-----------------------------------------------
rows=1580, pii_rows=900, near_rows=680, entities=1529
(mobile 365, address 327, plate 232, landline 135, bank_card 112, id_card 97,
qq 93, email 89, wechat 79);
near-miss spans=1548 (1260 in near-miss rows), 25 near-miss kinds
(amount 234, date 178, weight 151, truck_len 138, place 127, gate 81, road 74,
order 73, waybill 57, hotline 37, tail 37, bad_id 36, credit_code 35,
temperature 30, container 29, tracking 28, invoice 28, verify 27, masked 27,
km 24, txn_serial 23, seal 23, model 21, postal 18, masked_card 12);
formats=48 distinct, each used >= 5 times in >= 4 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind50-freight-dispatch-第五十五位写手"
SPLIT = "blind50"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 680

# ---------------------------------------------------------------- helpers
_VOICE = {"0": ("零", "零", "洞"), "1": ("幺", "幺", "一"), "2": ("二", "两"), "3": ("三",), "4": ("四",),
          "5": ("五",), "6": ("六",), "7": ("七",), "8": ("八",), "9": ("九",)}
_VOICE_BACK = {"零": "0", "洞": "0", "〇": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
               "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_DIG = "零一二三四五六七八九"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(body17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _norm(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    v = "".join(_VOICE_BACK.get(c, c) for c in v)
    return re.sub(r"[\s\-·,，。.()（）]", "", v)


def _cn_number(n: int) -> str:
    """Chinese numerals as ASR writes house numbers (三百五十八)."""
    if n < 10:
        return _CN_DIG[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else _CN_DIG[t]) + "十" + (_CN_DIG[u] if u else "")
    h, r = divmod(n, 100)
    s = _CN_DIG[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + _CN_DIG[r]
    t, u = divmod(r, 10)
    return s + _CN_DIG[t] + "十" + (_CN_DIG[u] if u else "")


# ---------------------------------------------------------------- value pools
_MOBILE_PFX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152",
               "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182",
               "183", "185", "186", "187", "188", "189", "191", "193", "198", "199")
_AREA = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0512", "0571", "0573", "0574",
         "0757", "0769", "0539", "0316", "0371", "0551", "0532", "0531", "0755", "0311", "0731", "0791")
_ID_AREA = ("110105", "120110", "130682", "130984", "131023", "140108", "150102", "210106", "220104", "230102",
            "320583", "320322", "330106", "330402", "340104", "341221", "350583", "360121", "370211", "371302",
            "371326", "372923", "410105", "411423", "412726", "420106", "430104", "441900", "450103", "500112",
            "510107", "511623", "522101", "530102", "610113", "620102", "640104", "652801")
_BIN19 = ("622202", "622848", "621700", "623052", "621799", "622700", "621226", "622823")
_BIN16 = ("622588", "621485", "622609", "622155", "621483", "622262")
_BIN95 = ("955998", "955995", "955888", "955881")
_PROV = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂渝川贵云陕甘宁新"
_PROV_TRUCK = "冀鲁豫苏皖晋辽吉黑蒙陕川鄂湘浙粤闽赣冀鲁豫鲁冀新甘宁"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma",
           "zhu", "hu", "guo", "he", "gao", "lin", "luo", "song", "han", "feng", "cao", "dong", "yuan")
_PINYIN2 = ("wei", "jun", "qiang", "lei", "tao", "bin", "gang", "hui", "yong", "peng", "fei", "hao", "ming",
            "dong", "shun", "fa", "an", "xin", "long", "ping")
_WX_WORDS = ("wl", "huoyun", "siji", "kache", "yunshu", "wuliu", "lenglian", "dache", "huodi", "zhuanxian",
             "tiger", "lucky", "king", "truck")
_MAIL_CORP = ("hyl-logistics.com", "shunda56.com.cn", "jiayun-wl.cn", "zhongchuan56.com", "kfwl.com.cn",
              "xinlian-supply.com", "huaxing-steel.com", "ad-foods.cn")

# addresses: (province, city, district_or_county, towns, roads, parks, estates)
_ADDR = (
    ("江苏省", "苏州市", "昆山市", ("花桥镇", "张浦镇", "陆家镇"), ("绿地大道", "金洋路", "振新东路", "新塘路"),
     ("普洛斯物流园", "宝湾物流园", "安博昆山物流园"), ("中冶昆庭", "花桥国际花园")),
    ("江苏省", "苏州市", "吴江区", ("汾湖镇", "松陵镇", "黎里镇"), ("临沪大道", "东太湖大道", "交通路"),
     ("传化公路港", "顺丰产业园"), ("新湖明珠城", "长安花苑")),
    ("浙江省", "嘉兴市", "南湖区", ("大桥镇", "凤桥镇", "七星街道"), ("亚太路", "昌盛南路", "中环南路"),
     ("传化物流园", "中外运物流园"), ("东方威尼斯", "湘家荡花园")),
    ("浙江省", "宁波市", "北仑区", ("小港街道", "大碶街道", "霞浦街道"), ("明州路", "黄山西路", "庐山东路"),
     ("宁波港集卡中心", "北仑保税物流园"), ("银泰城", "九峰山花园")),
    ("广东省", "佛山市", "南海区", ("里水镇", "狮山镇", "大沥镇"), ("和顺大道", "桂丹路", "广云路"),
     ("宇培物流园", "万纬冷链园"), ("万科金色领域", "保利花园")),
    ("广东省", "东莞市", "", ("麻涌镇", "虎门镇", "长安镇"), ("新沙港路", "港口大道", "莲峰路"),
     ("沙田物流园", "普洛斯东莞物流园"), ("万达广场公寓", "碧桂园")),
    ("山东省", "临沂市", "兰山区", ("义堂镇", "枣园镇", "半程镇"), ("通达路", "解放路", "工业大道"),
     ("金兰物流城", "天源国际物流园"), ("书香苑", "东方花园")),
    ("河北省", "廊坊市", "固安县", ("柳泉镇", "牛驼镇", "固安镇"), ("锦绣大道", "新源街", "京开路"),
     ("京南物流园", "嘉里物流中心"), ("孔雀城", "幸福港湾")),
    ("天津市", "天津市", "东丽区", ("华明街道", "金桥街道", "军粮城街道"), ("津塘公路", "东金路", "航双路"),
     ("空港物流加工区", "东丽物流园"), ("万科城", "东丽湖花园")),
    ("河南省", "郑州市", "管城回族区", ("南曹乡", "圃田乡"), ("航海东路", "107辅道", "经开第八大街"),
     ("郑州国际陆港", "华南城物流园"), ("正商城", "建业森林半岛")),
    ("湖北省", "武汉市", "东西湖区", ("走马岭街道", "新沟镇街道"), ("金山大道", "东流港路", "新城十八路"),
     ("汉欧国际物流园", "京东亚洲一号"), ("金银湖花园", "万科城市花园")),
    ("四川省", "成都市", "新都区", ("新繁街道", "大丰街道", "斑竹园街道"), ("蓉都大道", "北星大道", "物流大道"),
     ("传化公路港", "青白江铁路港"), ("保利中央公园", "蓝光花满庭")),
    ("上海市", "上海市", "嘉定区", ("南翔镇", "马陆镇", "江桥镇"), ("嘉松北路", "曹安公路", "沪宜公路"),
     ("申通物流园", "嘉定综合物流园"), ("金地嘉园", "南翔佳苑")),
    ("安徽省", "合肥市", "肥西县", ("桃花镇", "上派镇", "紫蓬镇"), ("繁华大道", "玉兰大道", "创新大道"),
     ("安博合肥物流园", "宝湾合肥园"), ("融创城", "紫蓬山庄")),
    ("陕西省", "西安市", "灞桥区", ("新筑街道", "席王街道"), ("港务大道", "港兴二路", "陆港大道"),
     ("西安国际港务区", "普洛斯西安物流园"), ("绿地世纪城", "浐灞半岛")),
)
_VILLAGES = (("河北省", "沧州市", "献县", "淮镇", "东辛庄村"), ("山东省", "菏泽市", "郓城县", "黄安镇", "刘庄村"),
             ("河南省", "周口市", "鹿邑县", "玄武镇", "王楼村"), ("安徽省", "阜阳市", "临泉县", "杨桥镇", "张营村"),
             ("江苏省", "徐州市", "邳州市", "官湖镇", "大庙村"), ("湖南省", "邵阳市", "隆回县", "六都寨镇", "龙塘村"),
             ("四川省", "南充市", "仪陇县", "金城镇", "双河村"), ("河北省", "邢台市", "宁晋县", "贾家口镇", "北胡村"))


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # each returns (prefix_outside, value, suffix_outside)
    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def mobile_raw(self) -> str:
        return self.r.choice(_MOBILE_PFX) + self.digits(8)

    def mobile(self, fmt: str):
        m = self.mobile_raw()
        r = self.r
        if fmt == "plain_11":
            return "", m, ""
        if fmt == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if fmt == "prefix86_plain":
            return r.choice(("+86 ", "+86", "86-", "0086 ", "+86-")), m, ""
        if fmt == "voice_words":
            return "", "".join(r.choice(_VOICE[c]) for c in m), ""
        if fmt == "voice_comma_344":
            sep = r.choice(("，", ",", "，"))
            return "", f"{m[:3]}{sep}{m[3:7]}{sep}{m[7:]}", ""
        if fmt == "fullwidth_11":
            return "", "".join(chr(ord(c) + 0xFEE0) for c in m), ""
        raise KeyError(fmt)

    def landline(self, fmt: str):
        r = self.r
        a = r.choice(_AREA)
        loc = self.digits(8, "2345678")
        if fmt == "area_dash":
            return "", f"{a}-{loc}", ""
        if fmt == "area_paren":
            lp, rp = r.choice((("(", ")"), ("（", "）")))
            return "", f"{lp}{a}{rp}{loc}", ""
        if fmt == "area_joined":
            return "", a + loc, ""
        if fmt == "area_space_44":
            return "", f"{a} {loc[:4]} {loc[4:]}", ""
        if fmt == "area_dash_ext":
            ext = self.digits(r.choice((3, 3, 4)), "123456789")
            return "", f"{a}-{loc}", r.choice(("转", "转", "-", "分机", " 转")) + ext
        if fmt == "voice_words":
            return "", "".join(r.choice(_VOICE[c]) for c in a + loc), ""
        raise KeyError(fmt)

    def id_body(self) -> str:
        r = self.r
        y = r.randint(1962, 2003)
        m = r.randint(1, 12)
        d = r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
        return f"{r.choice(_ID_AREA)}{y:04d}{m:02d}{d:02d}{self.digits(3)}"

    def id_card(self, fmt: str):
        while True:
            b = self.id_body()
            c = _id_check(b)
            if (c == "X") == (fmt in ("x_upper", "x_lower")):
                break
        v = b + c
        if fmt == "x_lower":
            v = v.lower()
        if fmt == "space_6_8_4":
            v = f"{v[:6]} {v[6:14]} {v[14:]}"
        return "", v, ""

    def card_raw(self, fmt: str) -> str:
        if fmt.startswith("up19"):
            body = self.r.choice(_BIN19) + self.digits(12)
        elif fmt.startswith("up16"):
            body = self.r.choice(_BIN16) + self.digits(9)
        else:
            body = self.r.choice(_BIN95) + self.digits(12)
        return body + _luhn_digit(body)

    def bank_card(self, fmt: str):
        c = self.card_raw(fmt)
        if fmt.endswith("_space"):
            c = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        elif fmt.endswith("_dash"):
            c = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
        return "", c, ""

    def qq(self, fmt: str):
        n = self.r.randint(5, 8) if fmt == "digits_5_8" else self.r.choice((9, 9, 10, 10, 10, 11))
        return "", self.digits(n, "123456789"), ""

    def wechat(self, fmt: str):
        r = self.r
        if fmt == "pinyin_digits":
            v = r.choice(_PINYIN) + r.choice(_PINYIN2) + str(r.choice((r.randint(1965, 2003), r.randint(1, 999))))
        elif fmt == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
        elif fmt == "word_underscore":
            v = r.choice(_WX_WORDS) + r.choice(("_", "-", "_")) + r.choice(_PINYIN) + str(r.randint(6, 9999))
        elif fmt == "capital_mix":
            v = r.choice(("Lao", "Da", "Xiao", "A")) + r.choice(_PINYIN).capitalize() + r.choice(("_", "")) \
                + r.choice(("666", "888", "168", "518", "99", "2018", "56"))
        else:
            raise KeyError(fmt)
        return "", v, ""

    def plate_tail(self, n: int) -> str:
        r = self.r
        s = [r.choice("0123456789") for _ in range(n)]
        k = r.choice((0, 0, 0, 1, 1, 2))
        for i in r.sample(range(n - 1), k):
            s[i] = r.choice(_PLATE_L)
        return "".join(s)

    def plate(self, fmt: str):
        r = self.r
        p = r.choice(_PROV_TRUCK if r.random() < 0.7 else _PROV)
        l1 = r.choice("ABCDEFGHJKLMN" if r.random() < 0.8 else _PLATE_L)
        if fmt == "std_7":
            return "", p + l1 + self.plate_tail(5), ""
        if fmt == "dot_7":
            return "", p + l1 + "·" + self.plate_tail(5), ""
        if fmt == "space_7":
            return "", p + l1 + " " + self.plate_tail(5), ""
        if fmt == "lower_7":
            return "", (p + l1 + self.plate_tail(5)).lower(), ""
        if fmt == "new_energy_8":
            if r.random() < 0.5:
                return "", p + l1 + r.choice("DF") + self.digits(5), ""
            return "", p + l1 + self.digits(5) + r.choice("DF"), ""
        if fmt == "trailer_gua":
            return "", p + l1 + self.digits(4) + "挂", ""
        raise KeyError(fmt)

    def email(self, fmt: str):
        r = self.r
        if fmt == "qq_mail":
            v = self.digits(r.choice((8, 9, 10)), "123456789") + "@qq.com"
        elif fmt == "netease":
            v = r.choice(_PINYIN) + r.choice(("", "_", ".")) + r.choice(_PINYIN2) + str(r.randint(1, 9999)) \
                + r.choice(("@163.com", "@126.com", "@163.com", "@yeah.net"))
        elif fmt == "corp_domain":
            v = r.choice(("dd", "diaodu", "kf", "caiwu", "wuliu", "ops", "yunying", "ck")) \
                + r.choice(("", "01", "2", ".sz", "_hz")) + "@" + r.choice(_MAIL_CORP)
        elif fmt == "foxmail_sina":
            v = r.choice(_PINYIN) + r.choice(_WX_WORDS) + str(r.randint(1, 999)) \
                + r.choice(("@foxmail.com", "@sina.com", "@sohu.com", "@aliyun.com"))
        elif fmt == "upper_qq_mail":
            v = self.digits(r.choice((9, 10)), "123456789") + r.choice(("@QQ.com", "@QQ.COM"))
        else:
            raise KeyError(fmt)
        return "", v, ""

    def address(self, fmt: str):
        r = self.r
        if fmt == "village_group":
            pv, ct, co, tw, vi = r.choice(_VILLAGES)
            v = f"{pv}{ct}{co}{tw}{vi}{r.randint(1, 9)}组{r.randint(1, 88)}号"
            if r.random() < 0.4:
                v = v[len(pv):]
            return "", v, ""
        pv, ct, dt, towns, roads, parks, estates = r.choice(_ADDR)
        muni = pv == ct
        tw, rd, pk, es = r.choice(towns), r.choice(roads), r.choice(parks), r.choice(estates)
        no = r.randint(1, 1888)
        house = r.choice((f"{rd}{no}号", f"{rd}{no}号{pk}{r.choice('ABCDEF')}栋",
                          f"{rd}{no}号{pk}{r.randint(1, 12)}号楼"))
        if fmt == "prov_full":
            v = (ct if muni else pv + ct) + dt + tw + house
        elif fmt == "city_start":
            v = ct + dt + r.choice(("", tw)) + house
        elif fmt == "district_start":
            if not dt:
                return self.address("city_start")
            v = dt + r.choice(("", tw)) + house
        elif fmt == "spaced_label":
            parts = ([ct] if muni else [pv, ct]) + ([dt] if dt else []) + [tw, f"{rd}{no}号"]
            v = " ".join(parts)
        elif fmt == "residential_room":
            v = ct + dt + f"{rd}{no}号{es}{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(2, 33)}0{r.randint(1, 6)}室"
        elif fmt == "bare_room":
            v = (dt or ct) + f"{es}{r.randint(1, 28)}-{r.randint(1, 4)}-{r.randint(2, 33)}0{r.randint(1, 6)}"
        elif fmt == "cn_numerals":
            v = ct + dt + rd + _cn_number(r.randint(1, 999)) + "号"
            if r.random() < 0.5:
                v += pk + _cn_number(r.randint(1, 12)) + "号楼"
        else:
            raise KeyError(fmt)
        return "", v, ""


FORMATS = {
    "mobile": (("plain_11", 10, "TV"), ("space_344", 3, "T"), ("dash_344", 2, "T"), ("prefix86_plain", 1, "T"),
               ("voice_words", 2, "V"), ("voice_comma_344", 2, "V"), ("fullwidth_11", 0.6, "T")),
    "landline": (("area_dash", 6, "TV"), ("area_paren", 2, "T"), ("area_joined", 3, "TV"), ("area_space_44", 1, "T"),
                 ("area_dash_ext", 2, "T"), ("voice_words", 1, "V")),
    "id_card": (("plain_18", 10, "TV"), ("x_upper", 2, "TV"), ("x_lower", 1, "T"), ("space_6_8_4", 1, "T")),
    "bank_card": (("up19_plain", 8, "TV"), ("up19_space", 3, "T"), ("up16_plain", 3, "TV"), ("up16_space", 1, "T"),
                  ("d95_plain", 2, "TV"), ("up19_dash", 1, "T")),
    "qq": (("digits_9_11", 6, "TV"), ("digits_5_8", 2, "TV")),
    "wechat": (("pinyin_digits", 4, "T"), ("wxid", 2, "T"), ("word_underscore", 3, "T"), ("capital_mix", 2, "T")),
    "plate": (("std_7", 10, "TV"), ("dot_7", 2, "T"), ("space_7", 2, "T"), ("lower_7", 2, "T"),
              ("new_energy_8", 1, "TV"), ("trailer_gua", 3, "TV")),
    "email": (("qq_mail", 5, "T"), ("netease", 3, "T"), ("corp_domain", 3, "T"), ("foxmail_sina", 2, "T"),
              ("upper_qq_mail", 1, "T")),
    "address": (("prov_full", 4, "T"), ("city_start", 4, "TV"), ("district_start", 3, "TV"),
                ("spaced_label", 1, "T"), ("residential_room", 2, "TV"), ("bare_room", 1, "T"),
                ("village_group", 2, "TV"), ("cn_numerals", 2, "V")),
}


# ---------------------------------------------------------------- near-misses
class Near:
    def __init__(self, rng: random.Random, gen: Gen):
        self.r = rng
        self.g = gen

    def make(self, kind: str) -> str:
        r, g = self.r, self.g
        if kind == "waybill":
            return r.choice(("YD", "HY", "TMS", "")) + "2024" + g.digits(r.choice((8, 9, 10)))
        if kind == "tracking":
            return r.choice(("SF", "JT", "YT", "DPK")) + g.digits(r.choice((12, 13)), "123456789")
        if kind == "order":
            return r.choice(("PO", "SO", "DN", "XS")) + "2024" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
                + g.digits(r.choice((4, 5, 6)))
        if kind == "amount":
            return r.choice((f"{r.randint(8, 160) * 50}", f"{r.randint(1, 12)},{r.randint(0, 9)}00",
                             f"¥{r.randint(20, 900) * 10}", f"{r.randint(20, 300) * 10}块",
                             f"{r.randint(2, 9)}千{r.choice('一二三四五六七八九')}", f"{r.randint(100, 999)}.{r.randint(0, 9)}0"))
        if kind == "weight":
            return r.choice((f"{r.randint(3, 34)}.{r.randint(0, 9)}吨", f"{r.randint(5, 70)}方",
                             f"{r.randint(6, 33)}托", f"{r.randint(80, 2400)}件", f"{r.randint(2, 32)}吨"))
        if kind == "truck_len":
            return r.choice(("4米2", "6米8", "7米6", "9米6", "13米", "13米75", "17米5", "17.5米", "9.6米", "4.2米"))
        if kind == "date":
            return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                             f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"明早{r.randint(5, 9)}点", f"今晚{r.randint(7, 11)}点半",
                             f"{r.randint(0, 23):02d}:{r.choice(('00', '30', '15', '45'))}"))
        if kind == "hotline":
            return r.choice(("400-" + g.digits(3, "12345678") + "-" + g.digits(4),
                             "400" + g.digits(7), "95338", "95546", "95311", "12122", "12328", "95543", "95554",
                             "800-" + g.digits(3, "123456789") + "-" + g.digits(4)))
        if kind == "masked":
            m = g.mobile_raw()
            return r.choice((m[:3] + "****" + m[7:], m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:]))
        if kind == "masked_card":
            return r.choice(("6228****" + g.digits(4), "6217 **** **** " + g.digits(4), "622202******" + g.digits(4),
                             g.r.choice(_ID_AREA) + "********" + g.digits(4), g.r.choice(_ID_AREA)[:3] + "***********" + g.digits(3) + "X"))
        if kind == "tail":
            return g.digits(4)
        if kind == "gate":
            return r.choice((f"{r.randint(1, 9)}号门", f"{r.randint(1, 40)}号月台", f"{r.randint(1, 20)}号道口",
                             f"{r.randint(1, 12)}号库", f"{r.choice('ABCDE')}{r.randint(1, 30)}卸货口"))
        if kind == "road":
            return r.choice(("G15沈海高速", "G2京沪高速", "G4京港澳", "G60", "G30连霍", "S38", "G25长深", "G42沪蓉",
                             "G1501", "G104国道", "G205"))
        if kind == "container":
            return r.choice(("MSKU", "TGHU", "CSNU", "OOLU", "TCNU")) + g.digits(7)
        if kind == "seal":
            return r.choice(("", "QF", "ZJ")) + g.digits(r.choice((6, 7, 8)))
        if kind == "invoice":
            return r.choice((g.digits(8), "0" + g.digits(11), "24" + g.digits(18)))
        if kind == "credit_code":
            return "91" + r.choice(_ID_AREA) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)) \
                + r.choice("0123456789ABCDEFGH")
        if kind == "model":
            return r.choice(("解放J6P", "东风天龙KL", "豪沃T7H", "欧曼EST", "陕汽X3000", "乘龙H7", "江淮格尔发",
                             "德龙X6000", "福田奥铃", "依维柯"))
        if kind == "place":
            a = r.choice(_ADDR)
            return r.choice((a[1].rstrip("市") + "到" + r.choice(_ADDR)[1].rstrip("市"), a[2] or a[1], a[5][0],
                             a[1].rstrip("市") + a[3][0], a[5][-1]))
        if kind == "km":
            return f"{r.randint(30, 2600)}公里"
        if kind == "postal":
            return r.choice(("215300", "314000", "528000", "276000", "065500", "300300", "450000", "610500",
                             "201800", "230000"))
        if kind == "verify":
            return g.digits(r.choice((4, 6)))
        if kind == "txn_serial":
            while True:
                v = g.digits(r.choice((16, 18, 19)), "123456789")
                if not _luhn_ok(v) and not _id_ok(v):
                    return v
        if kind == "bad_id":
            while True:
                b = g.id_body()
                c = r.choice("0123456789X")
                if c != _id_check(b) and (c == "X" or not _luhn_ok(b + c)):
                    return b + c
        if kind == "temperature":
            return r.choice(("-18度", "零下18", "2-8度", "-20℃", "0到4度"))
        raise KeyError(kind)


# ---------------------------------------------------------------- templates
# channel T = typed, V = voice input; {kind} = PII slot, {~kind} = near-miss slot
PII_TEMPLATES = {
    "T": (
        "师傅，装货地址：{address}，联系人电话{mobile}，{~date}之前到",
        "卸货地址 {address}\n收货人电话 {mobile}\n到了提前半小时打电话",
        "@所有人 明天{~truck_len}高栏一台，{address}装，{~weight}，有车的私聊我 {mobile}",
        "发货人：王经理 {mobile}\n提货：{address}\n收货：{address}\n运费{~amount}，回单付",
        "车牌{plate}，司机电话{mobile}，今晚{~date}装车",
        "车号：{plate}\n挂车：{plate}\n司机身份证：{id_card}\n电话：{mobile}",
        "司机信息发你了：{plate} {mobile} {id_card}",
        "运费打这张卡：{bank_card} 农行 户名跟身份证一样",
        "老板运费结一下呗，卡号{bank_card}，建行的",
        "卡号 {bank_card}\n开户行：中国工商银行临沂兰山支行\n身份证 {id_card}",
        "{bank_card} 这个是我老婆的卡，打这个一样",
        "你好，我是{address}仓库的，我们座机{landline}，明天几点能到？",
        "仓库电话{landline}，白天有人，晚上打{mobile}",
        "收货单位座机：{landline}（周一到周六8:00-17:30）",
        "到厂区门口打门卫电话{landline}，让他放行",
        "回单拍照发这个邮箱 {email} 谢谢",
        "对账单发我邮箱吧：{email}",
        "{email} 这是我们财务的邮箱，发票开好发过去",
        "QQ {qq}，回单照片传我QQ上",
        "加我QQ{qq}，我把装车清单发你",
        "我微信{wechat}，加一下，位置共享给你",
        "vx：{wechat}  加的时候备注车牌号",
        "加我微信 {wechat} 拉你进司机群",
        "{plate}已到{address}，排队中，前面还有6台车",
        "{plate} 到了，在{~gate}等卸货",
        "调度，{plate}这台车今天装不了了，爆胎了，在{~road}服务区",
        "明天{address}有货吗？我车{plate}，{~truck_len}厢式",
        "收货人 {mobile}（白天） {landline}（办公室）",
        "地址发错了，正确的是：{address}，别跑错了",
        "📍{address}\n📞{mobile}",
        "麻烦把车牌和电话报一下，我这边要登记：{plate}，{mobile}",
        "司机换人了，新司机电话{mobile}，身份证{id_card}，车还是{plate}",
        "身份证号{id_card}，驾驶证跟这个一样的",
        "{id_card}\n这是我身份证号，保险那边要",
        "老乡，我在{address}卸完了，回头有货吗，电话{mobile}",
        "装货联系人：张工 {mobile}，仓库座机{landline}",
        "收件地址:{address} 电话:{mobile} 邮编{~postal}",
        "货到{address}，找门卫说拉的是{~order}的货",
        "运单{~waybill}，收货人电话{mobile}，收货地址{address}",
        "你好 我是货主 货在{address} 大概{~weight} 找个{~truck_len}的车 电话{mobile}",
        "车头{plate} 车挂{plate} {~truck_len}平板",
        "{plate}/{plate} 已过磅 净重{~weight}",
        "调度你好，我是{plate}的司机，卡号{bank_card}，运费什么时候到",
        "运费{~amount}已转到尾号的卡上了，你看下，卡号{bank_card}对吧",
        "开票信息：单位税号{~credit_code}，电话{landline}，收票邮箱{email}",
        "电子发票发到{email}，抬头就是公司全称",
        "财务QQ：{qq}\n财务邮箱：{email}",
        "QQ邮箱{email}，或者直接QQ{qq}发我也行",
        "群里谁去{address}方向？急单，联系{mobile}",
        "【派车单】\n车牌：{plate}\n司机：李师傅\n手机：{mobile}\n装货：{address}\n卸货：{address}",
        "【收款信息】卡号：{bank_card} 开户行：邮储银行 身份证：{id_card}",
        "装车完毕，{plate}，铅封号{~seal}，预计{~date}到",
        "这是我微信号{wechat}，电话{mobile}，有活联系",
        "我手机号就是微信 {mobile}",
        "好的，我让司机直接打你电话 {mobile}",
        "{mobile} 这个是收货人的，你到了打他",
        "收货人换了，打这个{mobile}，之前那个别打了",
        "你好我这边是{address}，送货的车到了没",
        "柜号{~container}，提柜后送{address}，联系{mobile}",
        "冷链车{plate}，温度{~temperature}，到{address}卸",
        "仓库地址更新了，搬到{address}了，座机还是{landline}",
        "工厂地址：{address}\n工厂电话：{landline}",
        "送货地址是{address}，进小区要登记车牌{plate}",
        "收货人：刘女士\n电话：{mobile}\n地址：{address}",
        "我的QQ是{qq}，邮箱也是这个QQ的",
        "微信搜{wechat}就能加，头像是一台红色的车",
        "司机微信：{wechat}，电话：{mobile}，车牌：{plate}",
        "{mobile}（微信同号）",
        "打我电话{mobile}，微信{wechat}也行",
        "回单原件寄到{address}，收件电话{mobile}",
        "我在{address}这里，你导航过来，到了打{mobile}",
        "司机身份证 {id_card} 车牌 {plate} 手机 {mobile} 卡号 {bank_card}",
        "调度：{plate}的运费{~amount}已付，{~date}到账，有问题联系{landline}",
        "仓管：货在{~gate}，车到了让司机打{landline}，打不通打{mobile}",
        "#接单# {address}→{address} {~weight} {~truck_len} 电话{mobile}",
        "@李调度 {plate}在{address}门口，门卫说没有预约",
        "车辆{plate}行驶证照片我发邮箱了{email}",
        "师傅加下QQ{qq}，电子回单要从QQ传",
        "对账表格发你QQ了 {qq} 查收一下😊",
        "我没有邮箱，QQ{qq}行不行？",
        "{qq}是我QQ，手机{mobile}",
        "加我微信吧{wechat}，电话经常信号不好",
    ),
    "V": (
        "喂我到了{address}门口了保安不让进你跟他们说一下",
        "卸货那边电话是{mobile}你帮我问下几点能卸",
        "车牌号是{plate}挂车是{plate}",
        "我身份证号{id_card}你帮我录一下",
        "卡号{bank_card}农行的",
        "你把地址再发我一遍是不是{address}",
        "老板我{plate}已经上高速了大概{~date}到",
        "到了没人接电话{mobile}打了三遍了",
        "收货人电话{mobile}他说货放到{address}",
        "我QQ是{qq}回单照片我QQ发你",
        "那个座机打不通啊{landline}是不是这个",
        "导航到{address}是吧那边能进{~truck_len}的车吗",
        "电话{mobile}，你记一下，到了给我打",
        "我换了个号码，{mobile}，以后打这个",
        "运费打我卡上{bank_card}，开户行建行",
        "我车是{plate}，{~truck_len}，能装{~weight}",
        "我现在在{address}，刚卸完，有回程货吗",
        "装货地址是{address}对吧，我还有{~km}",
        "那边仓库电话是多少，{landline}吗",
        "身份证号码是{id_card}，名字你知道的",
        "我的QQ号{qq}你加一下",
        "嗯嗯好的收到{address}我明天早上过去",
        "老板我的卡号{bank_card}身份证{id_card}你转一下",
        "我那个车{plate}在{~road}上堵住了",
        "收货人电话多少啊我打{mobile}没人接",
        "他们说送到{address}不是之前那个地方",
        "你打那个仓库座机{landline}问问今天还收不收货",
        "办公室电话是{landline}白天有人晚上打我手机{mobile}",
    ),
}

NEAR_TEMPLATES = (
    "运单号{~waybill}，麻烦查一下到哪了",
    "{~waybill} 这票货回单还没回来",
    "快递单号{~tracking}，发票已经寄出",
    "顺丰{~tracking}，回单原件寄回了，注意查收",
    "订单{~order}明天装，{~weight}，{~truck_len}高栏",
    "@所有人 {~place}，{~weight}，{~truck_len}平板，运费{~amount}，有意者私聊",
    "{~place} 整车 {~weight} 求车",
    "明天{~place}有{~weight}的货，要{~truck_len}的",
    "运费{~amount}，油卡{~amount}，回单付",
    "今天{~date}装货，{~date}之前到",
    "到了先去{~gate}排队，然后去{~gate}卸",
    "车在{~road}上，还有{~km}",
    "刚过{~road}收费站，预计{~date}到",
    "有问题打我们客服{~hotline}",
    "查件打{~hotline}，人工要等很久",
    "路况打{~hotline}问一下",
    "收货人电话{~masked}，系统里只显示这个",
    "打款到尾号{~tail}那张卡了",
    "卡号后四位{~tail}的那张不用了",
    "验证码{~verify}，别告诉别人",
    "提货码{~verify}，到窗口报这个就行",
    "柜号{~container}，铅封{~seal}",
    "提柜{~container}，还柜到{~place}",
    "发票号码{~invoice}，税额{~amount}",
    "发票代码{~invoice} 号码{~invoice}",
    "税号{~credit_code}，开专票",
    "统一社会信用代码：{~credit_code}",
    "车型{~model}，{~truck_len}，{~weight}",
    "我车是{~model}的，{~truck_len}厢式",
    "转账流水号{~txn_serial}，你查下到了没",
    "银行回单交易流水{~txn_serial}，金额{~amount}",
    "这个身份证号系统提示不对：{~bad_id}，你重新发一下",
    "你发的{~bad_id}核验没通过，最后一位是不是错了",
    "冷藏车温度设{~temperature}，{~date}到",
    "邮编{~postal}",
    "从{~place}发车，走{~road}",
    "{~place}的货装完了吗",
    "温度{~temperature}，货已装好，铅封号{~seal}",
    "这单{~order}的运费{~amount}什么时候结",
    "今天{~weight}，过磅{~weight}，扣了{~amount}",
    "{~date} {~place} {~truck_len} {~amount}",
    "{~truck_len}的车还有吗，{~place}，{~weight}，价格{~amount}",
    "老板，{~waybill}这单卸完了，回单拍照了",
    "跑了{~km}，油钱就{~amount}了",
    "不好意思刚在开车，{~date}能到{~place}",
    "师傅到了吗？{~gate}这边",
    "排到号了，{~gate}，叫号{~verify}",
    "签收了，单号{~tracking}",
    "对账：{~order} {~amount}；{~order} {~amount}",
    "客服电话{~hotline}，工作时间{~date}到{~date}",
    "司机电话{~masked}，平台隐私号打不通",
    "收款卡{~masked_card}，运费{~amount}已付",
    "系统显示实名信息{~masked_card}，是你本人吗",
    "您尾号{~tail}的账户{~date}收入{~amount}元",
    "尾款{~amount}，{~date}前付",
    "好的👌 {~date}装车",
    "卸完了 {~gate} 空车了 {~place}附近有货吗",
    "高速{~road}封了，绕{~road}",
    "在{~place}服务区吃饭，{~date}出发",
    "ETC扣了{~amount}，{~road}那段",
    "{~waybill}\n{~waybill}\n这两票一起送",
    "核验失败的号码{~bad_id}，不是我的",
    "流水号：{~txn_serial}",
    "下午{~date}，{~gate}装货，{~weight}",
)

_SLOT = re.compile(r"\{(~?)(\w+)\}")


def _parse(t: str):
    out, pos = [], 0
    for m in _SLOT.finditer(t):
        if m.start() > pos:
            out.append(("lit", t[pos:m.start()]))
        out.append(("near" if m.group(1) else "pii", m.group(2)))
        pos = m.end()
    if pos < len(t):
        out.append(("lit", t[pos:]))
    return out


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = Gen(rng)
    nr = Near(rng, g)
    rows = []

    def pick_fmt(kind: str, ch: str) -> str:
        opts = [(f, w) for f, w, chs in FORMATS[kind] if ch in chs]
        return rng.choices([f for f, _ in opts], weights=[w for _, w in opts])[0]

    def render(tid, t, ch, force=None):
        text, ents, fmts, nears = "", [], [], []
        forced_done = False
        for typ, val in _parse(t):
            if typ == "lit":
                text += val
            elif typ == "near":
                v = nr.make(val)
                nears.append((val, len(text), len(text) + len(v)))
                text += v
            else:
                if force and force[0] == val and not forced_done:
                    fmt, forced_done = force[1], True
                else:
                    fmt = pick_fmt(val, ch)
                pre, v, post = getattr(g, val)(fmt)
                text += pre
                ents.append((val, len(text), len(text) + len(v)))
                fmts.append(fmt)
                text += v + post
        rows.append(dict(text=text, entities=ents, formats=fmts, near_misses=nears, split=SPLIT))
        if meta is not None:
            meta.append(tid)

    tpl = [(f"{ch}{i}", t, ch) for ch in ("T", "V") for i, t in enumerate(PII_TEMPLATES[ch])]
    for kind in KINDS:
        for fmt, _, chs in FORMATS[kind]:
            cands = [x for x in tpl if x[2] in chs and "{" + kind + "}" in x[1]]
            for tid, t, ch in rng.sample(cands, min(FORCE_PER_FMT, len(cands))):
                render(tid, t, ch, (kind, fmt))
    weights = [3 if x[2] == "T" else 2 for x in tpl]
    while len(rows) < N_PII_ROWS:
        tid, t, ch = rng.choices(tpl, weights=weights)[0]
        render(tid, t, ch)
    for _ in range(N_NEAR_ROWS):
        i = rng.randrange(len(NEAR_TEMPLATES))
        render(f"N{i}", NEAR_TEMPLATES[i], "T")
    order = list(range(len(rows)))
    rng.shuffle(order)
    if meta is not None:
        meta[:] = [meta[i] for i in order]
    return pd.DataFrame([rows[i] for i in order], columns=["text", "entities", "formats", "near_misses", "split"])


def make_blind50_corpus() -> pd.DataFrame:
    return _build()


# ---------------------------------------------------------------- checks
_PLATE_RE = re.compile(r"^[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新]"
                       r"[A-HJ-NP-Z][·\s]?([A-HJ-NP-Z0-9]{5}|[DF]\d{5}|\d{5}[DF]|[A-HJ-NP-Z0-9]{4}挂)$")
_ADDR_START = re.compile(r"^[\u4e00-\u9fff]{1,6}?(省|市|区|县)")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in _MOBILE_PFX
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{9,11}", n)) and any(n.startswith(a) and len(n) == len(a) + 8 for a in _AREA)
    if kind == "id_card":
        return _id_ok(n)
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[0] in "4569"
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v))
    if kind == "plate":
        return bool(_PLATE_RE.match(v.upper()))
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v))
    if kind == "address":
        return bool(_ADDR_START.match(v)) and bool(_ADDR_END.search(v))
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            assert _valid(k, v), (k, v, text)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip() and v
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k != "masked":
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
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind50_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in FORMATS.items() for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

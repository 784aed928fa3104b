"""Forty-eighth blind PII corpus (``split == "blind48"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第五十三位写手")
under the blind-writer rules: it read only the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``,
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only), and the head of ``../shared/datasets/README.md``
plus a few lines of ``nonghang_zhidao`` (chat tone only, nothing copied).  It
did NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``,
the README, other corpora or tests, nor any git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.

What is different here: INSURANCE SALES AND CLAIMS.  Messages are WeCom 1:1
and group chats between insurance agents / a company's service staff and
policy holders: new policies and renewals (投保, 续保, 健康告知), policy
changes (保全: new phone, new address, new payout card), claims for hospital
stays (住院号, 发票, 清单) and car accidents (报案, 定损, 4S店, plates),
payout bank accounts, beneficiaries, and an agent's client group chats.
Formal staff messages and casual customer messages are mixed; values appear
with a cue before, a cue after, no cue, at the start / middle / end, several
per message, across line breaks, with emoji.

Near-misses are what such chats are full of: policy numbers, report / claim
numbers, invoice codes and numbers, e-invoice numbers, inpatient numbers,
medical receipt numbers, transaction serials of card length failing Luhn,
ID-shaped batch numbers failing the check digit, VINs, premiums and payout
amounts, dates, times, 95xxx / 400 / 800 hotlines, masked values
(``138****5678``, 尾号), verification codes, courier tracking numbers, staff
numbers, company credit codes, postal codes, hospital wards / beds, hospital
and bank-branch names (places, not addresses), car models, body metrics,
percentages and links.

Seed
----
``SEED = "blind48-insurance-第五十三位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists / tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here; every near-miss whose digits are
16-19 long fails Luhn, every 18-digit one fails the ID check.  Each format is
first forced 4 times into 4 distinct templates holding its kind, then rows are
drawn by cycling shuffled templates.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline,
qq, wechat, plate, address; no names), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` (always
``"blind48"``).  Spans hold the value only: cue words, ``+86`` / ``0086``
prefixes and extensions (转806, -806, 分机806) are outside; separators inside a
value (spaces, dashes, a middle dot in a plate, parentheses around an area
code) are inside.  An address runs from its first place unit to its last
house-level unit (号 / 弄 / 栋 / 幢 / 号楼 / 单元 / 室 / 组 / a bare room number
such as 1502 or 3-2-1502).

Counts (``python tests/privacy/pii_blind48.py``)
------------------------------------------------
rows=1560 pii_rows=880 near_rows=680 entities=1204
(mobile 261, address 204, plate 125, bank_card 123, id_card 122, landline 115, email 97, wechat 82,
qq 75);
near-miss spans=1118 (991 in near-miss rows) kinds=30
(amount 199, date 133, policy_no 57, hospital 57, serial_no 48, invoice_no 44, hotline 44,
bank_branch 41, percent 40, age 35, claim_no 34, tracking_no 33, body_metric 33, time 33, car_model
30, verify_code 27, vin 26, url 26, ward_bed 23, tail4 22, masked 21, staff_no 18, bad_id 17,
receipt_no 16, postal_code 14, inpatient_no 12, e_invoice 9, credit_code 9, tail_years 9,
invoice_code 8);
formats=46 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind48-insurance-第五十三位写手"
SPLIT = "blind48"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_PII_ROWS = 880
N_NEAR_ROWS = 680
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- validity helpers
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s)


# --------------------------------------------------------------------------- pools
ID_AREAS = ("110101", "110105", "110108", "310104", "310115", "310112", "320102", "320506", "330106",
            "330206", "340104", "350203", "370102", "370202", "410105", "420111", "430104", "440106",
            "440305", "440604", "500112", "510107", "610113", "210102", "230103", "120104", "360102",
            "450103", "530102", "130104", "140105", "620102", "411625", "341221", "511324")
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                   "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
                   "191", "193", "195", "198", "199")
AREA_CODES = ("010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "029", "0531",
              "0532", "0731", "0371", "0551", "0591", "0592", "024", "0451", "0871", "0512", "0574",
              "0769", "0757")
BINS_19 = ("622848", "622202", "621700", "622262", "621660", "621226", "622908", "623668", "621799",
           "622823")
BINS_16 = ("622588", "621483", "622575", "622609", "625802", "622155")
BINS_VM = ("436742", "456351", "438088", "518710", "524090", "552534", "489592", "545619")
BINS_95 = ("955880", "955990", "955881", "955882")
PROVS = ("京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "苏", "浙", "赣", "鄂",
         "桂", "甘", "晋", "陕", "吉", "闽", "贵", "粤", "川", "宁", "琼")
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"
EMAIL_LOCAL = ("zhangwei", "li_na", "wangfang", "chenjing", "liuyang", "huanglei", "zhouqiang",
               "wu.min", "xuli", "sunhao", "mayan", "zhuxiaoyu", "hu_jun", "guoting", "linfeng",
               "heqian", "gaoyuan", "luoxin", "zheng.kai", "liangbo", "songjia", "tangli", "hanmei",
               "fengyu", "dengchao", "caoli")
CORP_DOMAINS = ("huaxinkeji.com", "sz-ruida.cn", "jdtrading.com.cn", "hzyuanda.com", "zhongjian8.com",
                "bjxinhe.cn", "cd-tianfu.net", "lianchuang-tech.com")
PINYIN_WX = ("xiaoyu", "ahui", "lanlan", "dongge", "meimei", "tianxia", "leo", "momo", "kiki", "jianghu",
             "yangguang", "chenchen", "linlin", "haohao", "aqiang", "doudou", "Lily", "Tony", "Amy")

URBAN = (
    ("广东省", "深圳市", "南山区", ("桃园路", "南海大道", "科苑南路"), ("阳光棕榈园", "南山花园", "海月花园"), "518000"),
    ("广东省", "广州市", "天河区", ("天河北路", "体育西路", "黄埔大道西"), ("骏景花园", "华港花园", "天河南小区"), "510000"),
    ("浙江省", "杭州市", "西湖区", ("文三路", "古墩路", "天目山路"), ("嘉绿苑", "西溪花园", "翠苑一区"), "310000"),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "江东北路"), ("清江花苑", "龙江小区", "阅城国际花园"), "210000"),
    ("江苏省", "苏州市", "吴中区", ("东吴北路", "宝带西路", "友新路"), ("新家花园", "东湖林语", "澹台花园"), "215000"),
    ("四川省", "成都市", "武侯区", ("科华北路", "玉林南路", "桐梓林北路"), ("玉林小区", "锦绣花园", "棕北小区"), "610000"),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "民族大道"), ("光谷世界城", "保利花园", "南湖花园"), "430000"),
    ("山东省", "济南市", "历下区", ("经十路", "泉城路", "解放路"), ("燕山小区", "佛山苑", "山大路小区"), "250000"),
    ("河南省", "郑州市", "金水区", ("花园路", "农业路", "文化路"), ("丰庆佳苑", "锦艺城", "正弘城"), "450000"),
    ("湖南省", "长沙市", "岳麓区", ("麓山南路", "银盆南路", "金星中路"), ("金茂悦", "麓谷小镇", "桃子湖小区"), "410000"),
    ("陕西省", "西安市", "雁塔区", ("小寨东路", "科技路", "长安南路"), ("曲江花园", "紫薇田园都市", "南窑头小区"), "710000"),
    ("福建省", "厦门市", "思明区", ("嘉禾路", "湖滨南路", "莲前东路"), ("瑞景新村", "莲花五村", "金鸡亭花园"), "361000"),
    ("安徽省", "合肥市", "蜀山区", ("长江西路", "黄山路", "潜山路"), ("琥珀山庄", "天鹅湖小区", "南七花园"), "230000"),
    ("", "北京市", "朝阳区", ("望京街", "朝阳北路", "姚家园路"), ("望京西园三区", "朝阳园", "华贸公寓"), "100000"),
    ("", "上海市", "浦东新区", ("张杨路", "东方路", "锦绣路"), ("金桥新城", "由由新村", "世纪花园"), "200120"),
    ("", "上海市", "闵行区", ("莘松路", "七莘路", "虹井路"), ("春申景城", "莘城苑", "古美西路小区"), "201100"),
    ("", "重庆市", "渝北区", ("龙山路", "新牌坊路", "松石北路"), ("龙湖花园", "金港新区", "加州花园"), "401120"),
    ("", "天津市", "南开区", ("红旗南路", "鞍山西道", "复康路"), ("华苑小区", "王顶堤小区", "时代奥城"), "300100"),
)
RURAL = (
    ("河南省", "周口市", "郸城县", "宁平镇", "李楼村"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇", "大李庄村"),
    ("四川省", "南充市", "仪陇县", "新政镇", "白鹤村"),
    ("湖南省", "邵阳市", "隆回县", "桃洪镇", "罗白村"),
    ("江西省", "赣州市", "于都县", "贡江镇", "长征村"),
    ("山东省", "临沂市", "沂南县", "界湖镇", "西王庄村"),
    ("河北省", "保定市", "涞水县", "永阳镇", "北义安村"),
)
HOSPITALS = ("浙大一院", "华西医院", "市第一人民医院", "协和医院", "中山大学附属第三医院", "省人民医院",
             "区中医院", "瑞金医院", "湘雅二院", "齐鲁医院", "县人民医院", "妇幼保健院")
BRANCHES = ("招商银行深圳科技园支行", "工行杭州文三路支行", "建设银行成都玉林支行", "农业银行郑州花园路支行",
            "中国银行南京湖南路支行", "交通银行上海张杨路支行", "邮储银行临泉县支行", "浦发银行西安小寨支行")
CAR_MODELS = ("大众朗逸", "比亚迪秦PLUS", "丰田卡罗拉", "本田雅阁", "特斯拉Model 3", "吉利星越L", "哈弗H6",
              "五菱宏光MINI", "理想L7", "别克GL8", "宝马X3", "日产轩逸")
DEPTS = ("心内科", "骨科", "呼吸科", "普外科", "妇产科", "神经内科", "消化内科", "泌尿外科")


class _G:
    def __init__(self, rng: random.Random):
        self.r = rng

    def d(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n: int) -> str:
        return self.r.choice("123456789") + self.d(n - 1)

    # ---- PII values: each returns (pre, value, post)
    def mobile(self, fmt):
        m = self.r.choice(MOBILE_PREFIXES) + self.d(8)
        sp = f"{m[:3]} {m[3:7]} {m[7:]}"
        if fmt == "plain_11":
            return "", m, ""
        if fmt == "space_344":
            return "", sp, ""
        if fmt == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if fmt == "prefixed_plain_11":
            return self.r.choice(("+86", "+86 ", "0086", "+86-")), m, ""
        if fmt == "prefixed_space_344":
            return self.r.choice(("+86 ", "0086 ")), sp, ""
        raise KeyError(fmt)

    def _local(self, area):
        return self.r.choice("2345678") + self.d(7)

    def landline(self, fmt):
        a = self.r.choice(AREA_CODES)
        loc = self._local(a)
        if fmt == "dash_area":
            return "", f"{a}-{loc}", ""
        if fmt == "plain_area":
            return "", a + loc, ""
        if fmt == "paren_area":
            return "", self.r.choice((f"({a}){loc}", f"（{a}）{loc}")), ""
        if fmt == "space_area":
            return "", f"{a} {loc}", ""
        if fmt == "dash_area_ext":
            ext = self.r.choice(("806", "8012", "217", "6603", "35"))
            return "", f"{a}-{loc}", self.r.choice((f"转{ext}", f"-{ext}", f"分机{ext}", f" 转{ext}"))
        if fmt == "local_8":
            return "", loc, ""
        raise KeyError(fmt)

    def _id17(self):
        y = self.r.randint(1950, 2012)
        mo = self.r.randint(1, 12)
        dd = self.r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mo - 1])
        return f"{self.r.choice(ID_AREAS)}{y:04d}{mo:02d}{dd:02d}{self.d(3)}"

    def id_card(self, fmt):
        want_x = fmt in ("plain_18_x", "lower_x")
        while True:
            b = self._id17()
            c = _id_check(b)
            if (c == "X") == want_x:
                break
        s = b + c
        if fmt == "lower_x":
            s = s.lower()
        if fmt == "space_6_8_4":
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        return "", s, ""

    def bank_card(self, fmt):
        if fmt in ("unionpay_19", "space_4_19"):
            b = self.r.choice(BINS_19) + self.d(12)
        elif fmt in ("unionpay_16", "space_4_16"):
            b = self.r.choice(BINS_16) + self.d(9)
        elif fmt == "visa_master_16":
            b = self.r.choice(BINS_VM) + self.d(9)
        elif fmt == "domestic_95_19":
            b = self.r.choice(BINS_95) + self.d(12)
        else:
            raise KeyError(fmt)
        s = b + _luhn_digit(b)
        if fmt.startswith("space_4") or (fmt == "visa_master_16" and self.r.random() < 0.5):
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return "", s, ""

    def email(self, fmt):
        loc = self.r.choice(EMAIL_LOCAL)
        if fmt == "qq_digits":
            return "", f"{self.nz(self.r.randint(8, 10))}@qq.com", ""
        if fmt == "pinyin_163_126":
            return "", f"{loc}{self.r.choice(('', self.d(2), str(self.r.randint(1975, 2001))))}@{self.r.choice(('163.com', '126.com'))}", ""
        if fmt == "foxmail_sina_139":
            dom = self.r.choice(("foxmail.com", "sina.com", "139.com", "sohu.com"))
            return "", f"{loc}{self.d(self.r.choice((0, 2, 3)))}@{dom}", ""
        if fmt == "corp_domain":
            return "", f"{loc}@{self.r.choice(CORP_DOMAINS)}", ""
        if fmt == "intl_mail":
            return "", f"{loc}{self.d(2)}@{self.r.choice(('gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'))}", ""
        raise KeyError(fmt)

    def qq(self, fmt):
        if fmt == "qq_6_8":
            return "", self.nz(self.r.randint(6, 8)), ""
        if fmt == "qq_9_10":
            return "", self.nz(self.r.randint(9, 10)), ""
        raise KeyError(fmt)

    def wechat(self, fmt):
        p = self.r.choice(PINYIN_WX)
        if fmt == "wxid":
            return "", "wxid_" + "".join(self.r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)), ""
        if fmt == "pinyin_digits":
            return "", f"{p}{self.r.choice((self.d(3), self.d(4), str(self.r.randint(1970, 2005))))}", ""
        if fmt == "underscore":
            return "", f"{p}_{self.r.choice((self.d(4), 'bx' + self.d(2), self.d(3)))}", ""
        if fmt == "dash_mixed":
            return "", f"{p}-{self.r.choice(('sz', 'hz', 'cd', 'wh', 'nj'))}{self.d(2)}", ""
        raise KeyError(fmt)

    def plate(self, fmt):
        pv, l1 = self.r.choice(PROVS), self.r.choice(PLATE_L)
        if fmt == "nev8":
            return "", f"{pv}{l1}{self.r.choice('DF')}{self.d(5)}", ""
        tail = list(self.d(5))
        for _ in range(self.r.choice((0, 0, 1, 1, 2))):
            tail[self.r.randrange(5)] = self.r.choice(PLATE_L)
        t = "".join(tail)
        if fmt == "std7":
            return "", f"{pv}{l1}{t}", ""
        if fmt == "dot7":
            return "", f"{pv}{l1}·{t}", ""
        if fmt == "space7":
            return "", f"{pv}{l1} {t}", ""
        if fmt == "lower7":
            return "", f"{pv}{l1}{t}".lower(), ""
        raise KeyError(fmt)

    def _room(self):
        return f"{self.r.randint(1, 32)}{self.r.randint(1, 4):02d}"

    def address(self, fmt):
        r = self.r
        if fmt == "rural_village":
            p, c, x, t, v = r.choice(RURAL)
            head = r.choice((p + c + x, c + x, x, p + c + x))
            return "", f"{head}{t}{v}{r.randint(1, 9)}组{r.randint(1, 60)}号", ""
        p, c, d, roads, estates, _ = r.choice(URBAN)
        road, est = r.choice(roads), r.choice(estates)
        no = f"{r.randint(1, 999)}号"
        b, u, rm = r.randint(1, 28), r.randint(1, 4), self._room()
        if fmt == "full_province":
            unit = r.choice((f"{b}栋{u}单元{rm}室", f"{b}幢{rm}室", f"{b}号楼{u}单元{rm}"))
            return "", f"{p or ''}{c}{d}{road}{no}{est}{unit}", ""
        if fmt == "city_district_road":
            tail = r.choice(("", f"{est}{b}号楼{rm}", f"{b}栋{rm}室", f"{est}{b}栋{u}单元{rm}室"))
            return "", f"{c}{d}{road}{no}{tail}", ""
        if fmt == "district_estate_room":
            return "", f"{d}{est}{b}栋{r.choice((f'{u}单元', ''))}{rm}{r.choice(('', '室'))}", ""
        if fmt == "estate_room":
            return "", f"{est}{r.choice((f'{b}栋{rm}室', f'{b}幢{u}单元{rm}', f'{b}号楼{rm}'))}", ""
        if fmt == "road_no":
            return "", f"{road}{no}", ""
        if fmt == "lane_room":
            p, c, d, roads, estates, _ = r.choice(URBAN[14:16])
            return "", f"{r.choice((c + d, d))}{r.choice(roads)}{r.randint(10, 1999)}弄{r.randint(1, 60)}号{rm}{r.choice(('室', ''))}", ""
        if fmt == "dash_room":
            return "", f"{r.choice((c + d, d, ''))}{est}{b}-{u}-{rm}", ""
        if fmt == "spaced_form":
            return "", f"{p + ' ' if p else ''}{c} {d} {road}{no} {est}{b}栋{rm}", ""
        raise KeyError(fmt)

    # ---- near-miss values: return text
    def near(self, kind: str) -> str:
        r = self.r
        if kind == "policy_no":
            f = r.randrange(4)
            if f == 0:
                return f"PDAA{r.randint(2022, 2025)}{r.choice(('4403', '3301', '1101', '5101'))}{self.d(10)}"
            if f == 1:
                return f"{r.choice(('8', '2', '5'))}{self.d(19)}"
            if f == 2:
                return f"P{r.randint(2022, 2025)}{self.d(9)}"
            return self.nz(13)
        if kind == "claim_no":
            f = r.randrange(3)
            if f == 0:
                return f"RDAA{r.randint(2023, 2025)}{r.choice(('4403', '3301', '3101'))}{self.d(10)}"
            if f == 1:
                return f"CL{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{self.d(6)}"
            return f"9{self.d(21)}"
        if kind == "amount":
            f = r.randrange(5)
            if f == 0:
                return f"{r.randint(200, 30000)}元"
            if f == 1:
                return f"¥{r.randint(1, 9)},{self.d(3)}.{self.d(2)}"
            if f == 2:
                return f"{r.randint(1, 60)}万"
            if f == 3:
                return f"{r.randint(100, 9999)}.{self.d(2)}"
            return f"{r.randint(1, 9)}千{r.randint(1, 9)}百块"
        if kind == "date":
            y, m, dd = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
            return r.choice((f"{y}-{m:02d}-{dd:02d}", f"{y}年{m}月{dd}日", f"{m}月{dd}号", f"{y}.{m:02d}.{dd:02d}", f"{y}/{m}/{dd}"))
        if kind == "time":
            return r.choice((f"{r.randint(8, 20)}:{r.choice(('00', '15', '30', '45'))}", f"下午{r.randint(1, 5)}点半", f"上午{r.randint(8, 11)}点"))
        if kind == "hotline":
            return r.choice(("95511", "95519", "95500", "95518", "95522", "95589", "95567",
                             f"400-{r.randint(600, 899)}-{self.d(4)}", f"4008-{self.d(3)}-{self.d(3)}",
                             f"800-{r.randint(810, 830)}-{self.d(4)}"))
        if kind == "invoice_code":
            return f"1{r.choice(('4403', '3301', '3100', '5101', '4201'))}{r.randint(20, 24)}{self.d(5)}"
        if kind == "invoice_no":
            return self.d(8)
        if kind == "e_invoice":
            return f"{r.randint(23, 25)}{r.choice(('4403', '3301', '3100', '5101'))}2000000{self.d(7)}"
        if kind == "inpatient_no":
            return r.choice((f"ZY{self.d(8)}", self.nz(7), f"{r.randint(2023, 2025)}{self.d(6)}"))
        if kind == "receipt_no":
            return f"00{self.d(8)}"
        if kind == "serial_no":
            n = r.choice((16, 19))
            while True:
                s = r.choice(("2", "3", "6")) + self.d(n - 1)
                if not _luhn_ok(s):
                    return s
        if kind == "bad_id":
            while True:
                s = f"{r.choice(ID_AREAS)}{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{self.d(4)}"
                if not _id_ok(s) and not _luhn_ok(s):
                    return s
        if kind == "masked":
            return r.choice((f"{r.choice(MOBILE_PREFIXES)}****{self.d(4)}", f"尾号{self.d(4)}",
                             f"{r.choice(BINS_19)[:4]} **** **** {self.d(4)}", f"{r.choice(ID_AREAS)[:3]}***********{self.d(3)}X",
                             f"{r.choice(ID_AREAS)[:6]}********{self.d(4)}", f"{r.choice(MOBILE_PREFIXES)}xxxx{self.d(4)}"))
        if kind == "verify_code":
            return self.d(r.choice((4, 6, 6)))
        if kind == "vin":
            al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return r.choice(("LSV", "LFV", "LGB", "LVG", "LHG", "LRW", "LGX")) + "".join(r.choice(al) for _ in range(6)) + self.d(8)
        if kind == "tracking_no":
            return r.choice((f"SF{self.nz(13)}", f"YT{self.nz(13)}", f"JT{self.nz(13)}", f"78{self.d(12)}", f"EMS{self.d(10)}"))
        if kind == "staff_no":
            return r.choice((f"{r.choice(('86', '10', '20'))}{self.d(6)}", f"A{self.d(7)}", self.nz(10)))
        if kind == "credit_code":
            al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
            return f"91{r.choice(('440300', '330106', '310115', '510107'))}MA{''.join(r.choice(al) for _ in range(8))}"
        if kind == "postal_code":
            return r.choice(URBAN)[5]
        if kind == "ward_bed":
            return r.choice((f"{r.choice(DEPTS)}{r.randint(1, 6)}病区{r.randint(1, 48)}床", f"住院部{r.randint(3, 18)}楼{r.randint(1, 48)}床",
                             f"{r.randint(1, 60)}床"))
        if kind == "body_metric":
            return r.choice((f"身高{r.randint(150, 188)}体重{r.randint(45, 95)}kg", f"血压{r.randint(130, 170)}/{r.randint(80, 105)}",
                             f"空腹血糖{r.randint(6, 9)}.{r.randint(0, 9)}", f"结节{r.randint(3, 15)}mm"))
        if kind == "percent":
            return f"{r.choice((60, 70, 80, 90, 100, 15, 30))}%"
        if kind == "url":
            return f"https://{r.choice(('m.hbbx-e.cn', 'c.jxbx.com.cn', 'u.ybt365.cn', 'wx.lpservice.cn'))}/{r.choice(('t', 's', 'p'))}/" + "".join(
                r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
        if kind == "hospital":
            return r.choice(HOSPITALS)
        if kind == "bank_branch":
            return r.choice(BRANCHES)
        if kind == "car_model":
            return r.choice(CAR_MODELS)
        if kind == "tail4":
            return self.d(4)
        if kind == "tail_years":
            return f"{r.choice((5, 10, 15, 20, 30))}年"
        if kind == "age":
            return f"{r.randint(1, 78)}岁"
        raise KeyError(kind)


FORMATS = {
    "mobile": ("plain_11", "space_344", "dash_344", "prefixed_plain_11", "prefixed_space_344"),
    "landline": ("dash_area", "plain_area", "paren_area", "space_area", "dash_area_ext", "local_8"),
    "id_card": ("plain_18", "plain_18_x", "space_6_8_4", "lower_x"),
    "bank_card": ("unionpay_19", "unionpay_16", "space_4_19", "space_4_16", "visa_master_16", "domestic_95_19"),
    "email": ("qq_digits", "pinyin_163_126", "foxmail_sina_139", "corp_domain", "intl_mail"),
    "qq": ("qq_6_8", "qq_9_10"),
    "wechat": ("wxid", "pinyin_digits", "underscore", "dash_mixed"),
    "plate": ("std7", "nev8", "dot7", "space7", "lower7"),
    "address": ("full_province", "city_district_road", "district_estate_room", "estate_room", "road_no",
                "rural_village", "lane_room", "dash_room", "spaced_form"),
}
WEIGHTS = {
    "mobile": (60, 12, 8, 6, 4),
    "landline": (40, 12, 10, 8, 16, 8),
    "id_card": (80, 8, 6, 3),
    "bank_card": (45, 15, 18, 8, 8, 6),
    "email": (35, 30, 12, 15, 8),
    "qq": (25, 75),
    "wechat": (15, 40, 30, 15),
    "plate": (65, 20, 6, 6, 3),
    "address": (30, 20, 15, 10, 5, 10, 4, 3, 3),
}

# --------------------------------------------------------------------------- templates
# {kind} = PII slot, <kind> = near-miss slot, \n = line break inside a message.
PII_TEMPLATES = r"""
王姐，您的手机号还是{mobile}吗？续保短信要发到这个号
我换号了，新号{mobile}，旧号别打了
{mobile} 这个是我老公的，回访打他电话就行
回访电话留{mobile}，白天上班可能接不到，晚上七点后打
投保人手机：{mobile}\n被保人手机：{mobile}
你好 我是之前在你这买百万医疗的，手机号{mobile}，帮我查下保单
麻烦登记一下联系方式 {mobile}（本人）
[保全变更] 原手机号<masked>，变更后手机号{mobile}，请核实
打{mobile}找我就行，微信也是这个号
我妈不会用微信，有事打她手机{mobile}或者家里座机{landline}
理赔员电话多少啊？\n客服：理赔专员手机{mobile}，座机{landline}，工作日9点到5点半
定损员说到了给你打电话，你手机号{mobile}对吧
车险到期了，报价发我手机{mobile}吧，发短信就行😊
报案人联系电话：{mobile}；出险地点：{address}
哥 我车在{address}被人刮了 车牌{plate} 怎么弄啊
车牌号{plate}，交强险{date}到期，帮我报个价
我的车是{plate}，去年在你这保的，今年还找你
{plate} 车主本人，手机{mobile}，要续商业险
对方车牌{plate}，全责，他们保险公司是人保
出险车辆：{plate}（<car_model>）\n驾驶人手机：{mobile}
两台车 {plate} 和 {plate} 都是我公司的，一起续保能便宜点不
新能源车{plate}要买车损吗？
你看看 {plate} 这个车牌是不是在你们系统里
车子{plate}已经开到4S店了，定损员什么时候来
身份证号{id_card}，麻烦帮我查下名下有几张保单
被保险人身份证：{id_card}\n投保人身份证：{id_card}
{id_card} 这是我女儿的身份证号，给她加个少儿医保
证件号码 {id_card} 证件有效期长期
受益人：配偶，身份证号{id_card}，比例<percent>
身份证{id_card}\n银行卡{bank_card}\n开户行<bank_branch>
我把身份证号发你 {id_card} 你录一下
帮我改下受益人，身份证{id_card}，手机{mobile}
孩子身份证号码是{id_card}，出生证明上也是这个
理赔款打这张卡：{bank_card}，<bank_branch>
收款账号{bank_card} 户名是本人
银行卡号 {bank_card}\n开户行：<bank_branch>
卡号{bank_card}，是工资卡，别打错了啊
续期保费从{bank_card}这张卡扣，原来那张注销了
{bank_card} 用这张卡扣款吧，另一张额度不够
[保全] 变更续期缴费账户为{bank_card}，请于<date>前确认
我的卡{bank_card}今天被扣了<amount>，是什么保险？
卡号 {bank_card} 户主我妈，能打她卡上吗
年金领取账户改成{bank_card}，谢谢
电子保单发到我邮箱{email}就行
邮箱：{email}，发票也发这个
发我邮箱吧 {email}
{email} 这个邮箱收得到吗，我没看到保单
理赔材料扫描件我发到你们{email}了吗？不对，是发到我自己邮箱{email}了😂
公司团险的对接人邮箱是{email}，清单发他
请将体检报告发送至{email}，我们核保后回复
我的QQ {qq}，资料发QQ上吧，微信文件太大
扣扣{qq}，加一下，我传病历给你
qq号：{qq}\n邮箱{email}
加我QQ{qq}吧，我电脑上弄
{qq}是我QQ，晚上在线
你加我微信{wechat}，我把车险方案发你
微信号：{wechat}（不是手机号）
vx {wechat} 备注保险
我老婆的微信{wechat}，你拉她进群
群里各位，有事加我个人微信{wechat}，随时在线🙏
微信搜{wechat}就能找到我
wx：{wechat}，加的时候说是张经理介绍的
我的新微信号是{wechat}，原来的号被封了
纸质保单寄到{address}，收件电话{mobile}
地址：{address}\n电话：{mobile}
保单寄到我单位吧，{address}，前台代收
家庭住址{address}，邮编<postal_code>
{address} 这是我现在住的地方，地址变更一下
我搬家了，现在住{address}
礼品寄{address}，电话{mobile}，谢谢小李
投保人通讯地址：{address}\n联系电话：{landline}
被保人户籍地址{address}，现居住地同上
发票原件寄到你们公司哪里？\n客服：请寄至{address}，理赔部收，电话{landline}
体检中心在{address}，到了打{landline}
你明天上午来{address}签字吧
我在{address}，你过来拿一下材料
单位地址{address}，单位电话{landline}
公司座机{landline}，找财务
家里座机{landline}，白天没人
办公电话：{landline}
{landline} 这是我们门店电话，有事打这个
您好，我是太保的客服，如有疑问可拨打{landline}，或者联系您的专属顾问
座机打不通就打手机 {landline} / {mobile}
老家座机{landline}，我爸接
住院了，{hospital}，住院号<inpatient_no>，能报吗？我手机{mobile}
我爸在<hospital>住院，{ward_bed}，身份证{id_card}
出院了，发票金额<amount>，卡号{bank_card}，麻烦尽快
理赔申请人：本人\n手机：{mobile}\n收款卡号：{bank_card}\n开户行：<bank_branch>
客户信息\n身份证：{id_card}\n手机：{mobile}\n地址：{address}
投保资料：\n1. 身份证 {id_card}\n2. 银行卡 {bank_card}\n3. 手机 {mobile}\n4. 邮箱 {email}
@所有人 新年快乐🧧 有理赔问题随时找我，手机{mobile}，微信{wechat}
群公告：本群为客户服务群，理赔请联系{mobile}（李经理），勿在群内发身份证号
刚才那个发身份证的赶紧撤回🙅 {id_card} 这个我已经记下了
在吗，我车{plate}撞了，人没事，在{address}这边
追尾了😭 对方车牌{plate}，我的{plate}，现场在{address}
交警的事故认定书出了，对方{plate}全责，我电话{mobile}
车已修好，维修厂在{address}，电话{landline}
你们定损员留的电话{mobile}一直打不通
我的邮箱{email} 微信{wechat} 手机{mobile} 哪个方便用哪个
发个邮件到{email}吧，附件有点多
老师，我们单位统一买团意险，名单发您邮箱{email}
孩子的学平险，孩子身份证{id_card}，家长电话{mobile}
受益人改成我儿子 {id_card}
我身份证号：{id_card}。还要什么材料？
帮我查查这个身份证 {id_card} 有没有买过重疾
银行卡尾号不对，正确的是{bank_card}
上次给你的卡号错了，重新发：{bank_card}
打款账户 {bank_card}（工行）
好的 卡号是{bank_card}
{bank_card}\n这张是我的一类卡
地址改成{address}吧
快递到{address}，到了电话联系{mobile}
{address}（我家）
寄件地址写{address}就可以，放门卫
上门体检可以吗 地址{address} 时间<date>下午
{mobile}
{id_card}
{email}
{address}
{plate}
我手机号码是{mobile}，身份证号码是{id_card}
电话{mobile}，短信验证码<verify_code>我发你了
手机号码{mobile} 验证码收到了<verify_code>
业务员您好，我姓张，{mobile}，想咨询下重疾险
经理好，续保的事加我微信{wechat}聊，或者打{mobile}
联系人：本人 电话：{landline} 手机：{mobile}
客户说座机{landline}转接不了，改留手机{mobile}
明天去{address}拍照验车，车牌{plate}
验车地点{address}，带上行驶证
车主手机{mobile}\n车牌{plate}\n车架号<vin>
行驶证上车牌{plate}，车架号<vin>，发动机号看不清
{plate}的保单发我邮箱{email}，谢谢
您好！您尾号<tail4>的保单已续保成功，电子保单已发送至{email}
保单信息确认：投保人证件号{id_card}，联系电话{mobile}，通讯地址{address}
报销的话把清单发QQ{qq}吧
你QQ是{qq}吗？我加了没通过
我加你了，QQ叫{qq}，头像是个猫
我发你QQ邮箱{email}了，你看下
QQ：{qq} 微信：{wechat}
我儿子QQ {qq}，他帮我弄理赔，有啥材料你跟他说
病历照片太多了微信传不了，我QQ{qq}，你给我个邮箱也行
扣扣号{qq} 验证消息写保险
群里发不了大文件，加我Q {qq}，我传你
对 {qq} 就是我QQ，昵称叫海阔天空
有问题可以私聊我，微信{wechat}，QQ{qq}也行
新单体检约好了，体检机构地址{address}，预约电话{landline}
老家地址{address}，我妈在那边住
哦对了 {landline} 是公司前台，找不到我就打{landline}，那是我们部门
你好，我是{hospital}的，病人家属电话{mobile}
医院那边说要盖章，地址是{address}对吧
收款人是我老婆，她卡号{bank_card}，她身份证{id_card}
转账到{bank_card}，户名本人，金额<amount>
你帮我看看 这张卡{bank_card}能不能绑定自动续费
续保成功了吗？车牌{plate}
{plate}续保了没啊 下个月到期
车{plate}保险到期是<date>吧
微信{wechat}\n手机{mobile}\n以后联系这两个
我不用微信的，打电话{mobile}
喂 你那个{mobile}是不是空号了
好的，我记下了，{mobile}，稍后给您回电
客户电话{mobile}，客户地址{address}，请安排上门
外勤同事请注意：客户在{address}，联系电话{mobile}，今天下午签单
我现在住单位宿舍 {address} 有事寄这里
邮箱{email}
微信号{wechat}
QQ号{qq}
座机{landline}
卡号{bank_card}
身份证号码：{id_card}
"""

NEAR_TEMPLATES = r"""
保单号<policy_no>，帮我查一下现金价值
您的保单<policy_no>将于<date>到期，请及时续保
我的保单号是<policy_no>，是不是已经生效了
报案号<claim_no>，材料已经交齐了
理赔进度查询：案件号<claim_no>，目前状态：审核中
您好，您的理赔已结案，赔付金额<amount>，预计<date>到账
报案号多少来着？\n<claim_no>
发票代码<invoice_code> 发票号码<invoice_no>
电子发票号码<e_invoice>，金额<amount>
住院号<inpatient_no>，<ward_bed>，这周五出院
医疗票据号<receipt_no>，自付部分<amount>
转账流水号<serial_no>，你看看到了没
交易单号<serial_no>，扣了<amount>
打款凭证上的流水<serial_no>
这个批次号<bad_id>是什么意思
系统批次<bad_id>，请核对
客服热线<hotline>，24小时
打<hotline>报案就行，或者在APP上报
我打<hotline>一直占线
官方热线是<hotline>吗？
<masked>是你吗？刚才有个电话说是保险公司的
您尾号<tail4>的银行卡于<date>扣款<amount>
身份证显示<masked>，是本人吗
验证码<verify_code>，5分钟内有效
刚收到个验证码<verify_code>，是你们发的吗
车架号<vin>，帮我看看是不是这个
VIN：<vin>\n车型：<car_model>
快递单号<tracking_no>，纸质保单已寄出
资料我寄了，顺丰<tracking_no>
理赔材料原件已寄出，单号<tracking_no>，请查收
我的工号是<staff_no>，有问题可以找我
代理人工号<staff_no>，执业证号在APP里能查
公司统一社会信用代码<credit_code>，开专票用
邮编<postal_code>对吗
在<hospital>住院<date>到<date>，花了<amount>
<hospital>看的门诊，能报销吗
我爸现在在<hospital><ward_bed>
体检结果：<body_metric>，健康告知要写吗
去年体检<body_metric>，能买吗
<age>还能买重疾吗？
我家宝宝<age>，买什么保险合适
免赔额1万，超过部分报<percent>
社保报销后剩下的按<percent>赔
开户行是<bank_branch>对吧
理赔款打到<bank_branch>那张卡了吗
车是<car_model>，去年买的，报个价
我的<car_model>被追尾了，后杠要换
续保报价：交强险<amount>，商业险<amount>，合计<amount>
今年保费<amount>，比去年多了<amount>
年缴<amount>，交<tail_years>
保额<amount>，保到<age>
点这个链接投保 <url>
理赔自助入口<url>，上传发票照片就行
明天<time>来公司签字
<date> <time> 在<hospital>门口等你
好的，<date>前把材料补齐
下午<time>视频回访，请注意接听
定损金额<amount>，修理厂说要<amount>
我<date>出的险，<date>报的案
保单<policy_no>和<policy_no>合并一下可以吗
您的保单<policy_no>已于<date>退保，退还<amount>
这个月扣了两次<amount>，流水<serial_no>和<serial_no>
发票太多了：<invoice_no>、<invoice_no>、<invoice_no>
住院清单有一页看不清，发票号<invoice_no>
@所有人 本周五<time>线上讲座，主题：医保和商业保险怎么配合
群里的朋友注意，客服电话只有<hotline>，别信其他号码！
各位，<date>起车险新规实施，<percent>的客户保费会下降
收到 谢谢李经理👍 理赔<amount>已经到账了
钱到了 <amount> 🙏
已收到，报案号<claim_no>
医院说要<receipt_no>这个票据号的原件
单号<tracking_no> 显示签收了
确认一下，保单号<policy_no>，被保人<age>，保额<amount>
健康告知里问的那条我不确定，<body_metric>算不算
核保结论：除外承保，甲状腺结节<body_metric>
请在<date>前登录<url>完成电子签名
<hospital>开的诊断证明，出院小结都齐了
订单号<serial_no>，怎么还没生效
银行卡尾号<tail4>扣款失败，请<date>前确认账户余额
本次赔付<amount>，扣除免赔<amount>，按<percent>比例赔付
"""


def _parse(block: str) -> list[str]:
    return [ln.replace("\\n", "\n") for ln in block.strip("\n").split("\n") if ln.strip()]


# near-miss tags inside PII templates written without < > (hospital / ward_bed used bare in two lines)
_SLOT = re.compile(r"\{(\w+)\}|<(\w+)>")


def _fix_bare(t: str) -> str:
    # a few PII templates write a near-miss slot as {x}: turn any non-PII {x} into <x>
    return re.sub(r"\{(\w+)\}", lambda m: m.group(0) if m.group(1) in KINDS else f"<{m.group(1)}>", t)


PII_T = [_fix_bare(t) for t in _parse(PII_TEMPLATES)]
NEAR_T = _parse(NEAR_TEMPLATES)


def _render(g: _G, tpl: str, force: dict | None = None):
    force = dict(force or {})
    out, ents, fmts, nears = [], [], [], []
    pos, cur = 0, 0
    for m in _SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        pos = m.end()
        if m.group(1):
            kind = m.group(1)
            if kind in force:
                fmt = force.pop(kind)
            else:
                fmt = g.r.choices(FORMATS[kind], weights=WEIGHTS[kind])[0]
            pre, val, post = getattr(g, kind)(fmt)
            out.append(pre)
            cur += len(pre)
            ents.append((kind, cur, cur + len(val)))
            fmts.append(fmt)
            out.append(val + post)
            cur += len(val) + len(post)
        else:
            kind = m.group(2)
            val = g.near(kind)
            nears.append((kind, cur, cur + len(val)))
            out.append(val)
            cur += len(val)
    out.append(tpl[pos:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = _G(rng)
    rows = []
    tids = []
    # forced phase: every format in FORCE_PER_FMT distinct templates
    for kind in KINDS:
        cands = [i for i, t in enumerate(PII_T) if "{" + kind + "}" in t]
        for fmt in FORMATS[kind]:
            for i in rng.sample(cands, FORCE_PER_FMT):
                rows.append(_render(g, PII_T[i], {kind: fmt}))
                tids.append(f"p{i}")
    order: list[int] = []
    while len(rows) < N_PII_ROWS:
        if not order:
            order = list(range(len(PII_T)))
            rng.shuffle(order)
        i = order.pop()
        rows.append(_render(g, PII_T[i]))
        tids.append(f"p{i}")
    n_near = 0
    order = []
    while n_near < N_NEAR_ROWS:
        if not order:
            order = list(range(len(NEAR_T)))
            rng.shuffle(order)
        i = order.pop()
        rows.append(_render(g, NEAR_T[i]))
        tids.append(f"n{i}")
        n_near += 1
    perm = list(range(len(rows)))
    rng.shuffle(perm)
    rows = [rows[k] for k in perm]
    if meta is not None:
        meta.extend(tids[k] for k in perm)
    return pd.DataFrame({
        "text": [r[0] for r in rows],
        "entities": [r[1] for r in rows],
        "formats": [r[2] for r in rows],
        "near_misses": [r[3] for r in rows],
        "split": [SPLIT] * len(rows),
    })


def make_blind48_corpus() -> pd.DataFrame:
    return _build()


_MOBILE_RE = re.compile(r"1(3\d|4[57]|5[0-35-9]|66|7[35-8]|8\d|9[135689])\d{8}")
_PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川宁琼][A-Za-z][·\s]?[0-9A-Za-z]{5,6}")
_ADDR_END = ("号", "弄", "栋", "幢", "号楼", "单元", "室", "组")


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
            n = _norm(v)
            if k == "mobile":
                assert _MOBILE_RE.fullmatch(n), v
                assert not text[max(0, s - 1):s].isdigit() or text[:s].endswith(("+86", "0086")), text
                assert not text[e:e + 1].isdigit(), text
            elif k == "landline":
                assert n.isdigit() and (len(n) == 8 or (n[0] == "0" and n[:-8] in AREA_CODES)), v
            elif k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "qq":
                assert v.isdigit() and 5 <= len(v) <= 11 and v[0] != "0", v
                assert not text[max(0, s - 1):s].isdigit() and not text[e:e + 1].isdigit(), text
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert _PLATE_RE.fullmatch(v), v
            elif k == "address":
                assert v.endswith(_ADDR_END) or re.search(r"\d$", v), v
        for k, s, e in ns:
            assert 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
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
    assert min(kinds.values()) >= 60, kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind48_corpus())  # deterministic
    assert df.equals(make_blind48_corpus())
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
    declared = [f"{k}/{f}" for k in KINDS for f in FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

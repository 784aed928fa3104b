"""Fifth threaded PII corpus (``split == "threads5"``): whole WeCom 1:1 private-domain sales chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十六位写手").
What the writer read: the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS``; lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only); a few
dialogues of ``../shared/datasets/stc3_weibo_helpdesk`` for tone (no phrase
with personal data was copied).  It did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, any other corpus or
test, nor any git history; it never imported ``toolkit`` and never ran any
masking / finding function on this data.  Values, chats and labels come only
from the writer's own idea of how private-domain (私域) sales advisers and
their customers talk in WeCom.

What is different here
----------------------
Each conversation is a WHOLE 1:1 thread (6-30 messages) between a brand's
sales adviser and one customer, spread over several days (``day``): the
adviser adds the customer and greets, registers a membership, broadcasts
product news, coupons and live streams, takes orders, asks for the address
and phone (the customer often answers bare, the same day or days later, or in
two messages, or corrects a typo), reads the data back, ships, handles
after-sales (refund cards, invoices by e-mail), asks for ID numbers for
cross-border customs / course enrolment / contracts, registers a car plate for
store parking or an installation, swaps QQ / WeChat contacts, and signs
broadcasts with the adviser's own phone, WeChat, store landline and store
address.  Trades: cosmetics, mother-and-baby, fresh fruit, wine and tea,
furniture, fitness and nutrition, jewellery, pet food, education, car
accessories.  Many bare customer replies are NOT personal data (order and
tracking numbers, coupon codes, member numbers, points, amounts, dates and
times, product codes, quantities, verification codes, live-room numbers,
phone tail digits, pickup codes, cities).

Label rules: a span holds the value only; cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (转806 / -806 / 分机806) are outside;
separators inside a value are inside.  An address runs from its first place
unit to its last house-level unit.  A value sent in two messages is labelled
in both halves (formats ``split_*``).  A mistyped value that is still valid is
labelled (``typo_*``); one that fails its check is a near-miss (``bad_id``,
``bad_card``, ``bad_mobile``).  Names appear but are never labelled.

Seed
----
``SEED = "threads5-2026-wecom-私域-第三十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064 MOD 11-2)
and Luhn digits are computed here; every near-miss whose digits are 16-19 long
fails Luhn and every 18-character ID-shaped one fails the ID check.

Layout
------
``make_threads5_corpus()`` returns a pandas DataFrame, one row per message in
conversation order: ``chat_id`` (str), ``seq`` (int, 0.. per chat), ``day``
(int, 0.. per chat), ``sender`` ("staff" / "customer"), ``text``,
``entities`` (list of ``(kind, start, end)``), ``formats`` (one
``<how given>_<how written>`` name per entity), ``near_misses`` (list of
``(near_kind, start, end)``), ``split`` (always "threads5").
``check_corpus(df)`` asserts the labels are sound and returns the counts.

Counts (``python tests/privacy/pii_threads5.py``)
--------------------------------------------------
conversations=450 messages=9138 without entity=7231 without any value (no entity, no near-miss)=4771
entities=2312 bare=1022
  mobile      752  bare 402
  address     555  bare 171
  wechat      228  bare 55
  landline    188  bare 52
  plate       145  bare 54
  id_card     128  bare 99
  bank_card   121  bare 85
  email       101  bare 71
  qq           94  bare 33
near-miss spans=3749 bare replies to a question=670
  date_time 1000, amount 832, order_no 253, coupon_code 224, live_room 208, quantity 208, tracking_no 208, points 162, member_no 153, product_code 82, credit_code 57, invoice_no 57, car_model 34, bay_no 34, pickup_code 33, group_no 33, place_only 32, hotline 31, masked 27, tail_digits 22, verify_code 20, bad_card 18, bad_id 14, bad_mobile 7
formats=104 distinct
(every one of the 104 formats: >= 6 entities in >= 3 templates, a template being
trade/exchange type; "bare" = the message minus its value spans is only filler words
(FILLER), punctuation, spaces or emoji; the near-miss bare-reply count is customer
messages without entities that answer a question and are filler-only around the spans.)
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "threads5-2026-wecom-私域-第三十六位写手"
SPLIT = "threads5"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_CHATS = 450

# ----------------------------------------------------------------------------- value helpers
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CK = "10X98765432"


def _id_check(s17: str) -> str:
    return _CK[sum(int(a) * b for a, b in zip(s17, _W)) % 11]


def _id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17].upper()


def _luhn_ok(n: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


# region: (province, city, district, id prefix, area code, plate prefixes, roads, estates)
REGIONS = (
    ("", "上海市", "浦东新区", "310115", "021", ("沪A", "沪B", "沪D"), ("张杨路", "杨高南路", "锦绣路"), ("仁恒河滨城", "世茂滨江花园", "东方城市花园")),
    ("", "上海市", "闵行区", "310112", "021", ("沪C", "沪G", "沪K"), ("七莘路", "都市路", "莘松路"), ("春申景城", "万科城市花园", "莘城苑")),
    ("", "北京市", "朝阳区", "110105", "010", ("京A", "京N", "京Q"), ("望京西路", "朝阳北路", "广渠路"), ("望京花园", "远洋一方", "华贸城")),
    ("", "北京市", "海淀区", "110108", "010", ("京B", "京P", "京L"), ("学院路", "中关村大街", "西三环北路"), ("世纪城", "知春里小区", "万柳书院")),
    ("广东省", "广州市", "天河区", "440106", "020", ("粤A",), ("天河北路", "黄埔大道西", "体育东路"), ("天河北苑", "骏景花园", "华景新城")),
    ("广东省", "深圳市", "南山区", "440305", "0755", ("粤B",), ("南海大道", "科技南路", "沙河西路"), ("蔚蓝海岸", "后海花园", "桃源村")),
    ("浙江省", "杭州市", "西湖区", "330106", "0571", ("浙A",), ("文三路", "古墩路", "教工路"), ("锦绣家园", "西溪花园", "嘉绿苑")),
    ("浙江省", "宁波市", "鄞州区", "330212", "0574", ("浙B",), ("天童南路", "四明中路", "钱湖北路"), ("万达华府", "东湖花园", "首南佳园")),
    ("江苏省", "南京市", "鼓楼区", "320106", "025", ("苏A",), ("中山北路", "汉中门大街", "虎踞北路"), ("清江花苑", "龙江小区", "金陵世纪花园")),
    ("江苏省", "苏州市", "姑苏区", "320508", "0512", ("苏E",), ("人民路", "干将西路", "三香路"), ("桐泾公寓", "三元一村", "金阊新城")),
    ("四川省", "成都市", "武侯区", "510107", "028", ("川A",), ("人民南路四段", "佳灵路", "科华北路"), ("棕北小区", "南苑", "蓝光金悦府")),
    ("湖北省", "武汉市", "洪山区", "420111", "027", ("鄂A",), ("珞喻路", "雄楚大道", "民族大道"), ("光谷天地", "保利拉菲", "南湖花园")),
    ("陕西省", "西安市", "雁塔区", "610113", "029", ("陕A", "陕U"), ("科技路", "小寨西路", "含光南路"), ("曲江花园", "枫林绿洲", "紫薇田园都市")),
    ("山东省", "济南市", "历下区", "370102", "0531", ("鲁A",), ("经十路", "解放路", "和平路"), ("燕山小区", "山大花园", "鲁能领秀城")),
    ("山东省", "青岛市", "市南区", "370202", "0532", ("鲁B",), ("香港中路", "福州南路", "南京路"), ("海信花园", "东海花园", "颐和国际")),
    ("福建省", "厦门市", "思明区", "350203", "0592", ("闽D",), ("莲前西路", "湖滨南路", "厦禾路"), ("莲花新城", "前埔南区", "瑞景新村")),
    ("湖南省", "长沙市", "岳麓区", "430104", "0731", ("湘A",), ("麓山南路", "桐梓坡路", "岳麓大道"), ("中海国际社区", "麓山枫情", "博才小区")),
    ("河南省", "郑州市", "金水区", "410105", "0371", ("豫A",), ("花园路", "经三路", "农业路"), ("绿城百合", "正弘城", "宏达小区")),
    ("", "重庆市", "渝北区", "500112", "023", ("渝A", "渝B"), ("新牌坊一路", "金开大道", "龙溪路"), ("龙湖水晶郦城", "加州花园", "金科天湖美镇")),
    ("", "天津市", "南开区", "120104", "022", ("津A", "津B"), ("红旗南路", "鞍山西道", "复康路"), ("天拖小区", "王顶堤小区", "风荷园")),
    ("辽宁省", "沈阳市", "和平区", "210102", "024", ("辽A",), ("南京南街", "三好街", "十一纬路"), ("格林豪森", "河畔花园", "南湖家园")),
    ("安徽省", "合肥市", "蜀山区", "340104", "0551", ("皖A",), ("长江西路", "潜山路", "黄山路"), ("琥珀山庄", "湖光花园", "置地柏悦")),
    ("云南省", "昆明市", "五华区", "530102", "0871", ("云A",), ("滇缅大道", "人民西路", "龙泉路"), ("红塔小区", "银海畅园", "西华园")),
)
# county addresses: (province, county, id prefix, area code, towns, villages)
COUNTIES = (
    ("湖南省", "衡阳县", "430421", "0734", ("西渡镇", "洪市镇"), ("梅花村", "杉桥村")),
    ("河南省", "固始县", "411525", "0376", ("陈集镇", "段集镇"), ("王店村", "长岗村")),
    ("四川省", "仁寿县", "511421", "028", ("文林镇", "汪洋镇"), ("新店村", "石桥村")),
    ("安徽省", "肥东县", "340122", "0551", ("撮镇镇", "长临河镇"), ("瑶岗村", "六家畈村")),
    ("江西省", "南康区", "360703", "0797", ("唐江镇", "龙岭镇"), ("卢屋村", "新圩村")),
)
MOBILE_PREFIX = ("134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178",
                 "182", "183", "184", "187", "188", "198", "130", "131", "132", "155", "156", "166", "175", "176",
                 "185", "186", "133", "153", "173", "177", "180", "181", "189", "191", "199", "195")
CARD_16 = ("622588", "621483", "622609", "436742", "524047", "552599", "625809", "622155")
CARD_19 = ("622848", "621700", "622202", "621226", "623668", "621799", "622908")
CARD_95 = ("95599", "95588")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com", "hotmail.com",
                 "gmail.com", "139.com", "yeah.net")
NAME_WORDS = ("lily", "amy", "xiaoyu", "chenchen", "wang", "linlin", "tina", "sunny", "momo", "yoyo", "kevin",
              "jason", "lucky", "doudou", "zhang", "liu", "huahua", "coco", "mia", "leo", "anna", "tiantian")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林")
GIVEN = ("丽", "娜", "敏", "静", "婷", "雪", "芳", "洋", "磊", "伟", "佳怡", "雨萱", "子涵", "晓燕", "海峰", "秀英",
         "欣悦", "俊杰", "梦琪", "建华")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# trade: (key, brand, adviser, products ((name, price, unit)), store word)
TRADES = (
    ("cosmetics", "花漾美妆", "小林", (("玻尿酸精华", 299, "瓶"), ("氨基酸洁面", 89, "支"), ("修护面霜", 368, "瓶"), ("防晒乳", 159, "支"))),
    ("baby", "贝贝乐母婴", "小橙", (("婴儿奶粉3段", 268, "罐"), ("纸尿裤L码", 139, "包"), ("儿童湿巾", 39, "提"), ("宝宝辅食米粉", 76, "盒"))),
    ("fresh", "果鲜生", "阿杰", (("赣南脐橙", 69, "箱"), ("丹东草莓", 128, "盒"), ("阳光玫瑰葡萄", 99, "箱"), ("海南贵妃芒", 79, "箱"))),
    ("wine_tea", "茗香阁", "小雅", (("明前龙井", 680, "罐"), ("武夷大红袍", 458, "盒"), ("波尔多干红", 238, "瓶"), ("陈年普洱饼", 399, "饼"))),
    ("furniture", "木语家居", "小吴", (("北欧布艺沙发", 4599, "套"), ("实木餐桌", 2880, "张"), ("乳胶床垫", 3299, "张"), ("岩板茶几", 1699, "张"))),
    ("fitness", "燃动健身", "Kiki教练", (("乳清蛋白粉", 329, "桶"), ("私教课10节", 2980, "套"), ("代餐奶昔", 168, "盒"), ("瑜伽垫", 129, "张"))),
    ("jewellery", "金缘珠宝", "小周", (("足金手镯", 8860, "只"), ("18K金项链", 2399, "条"), ("珍珠耳钉", 699, "对"), ("钻石戒指", 6999, "枚"))),
    ("pet", "汪喵星球", "豆豆", (("全价猫粮", 189, "袋"), ("冻干狗粮", 259, "袋"), ("猫砂", 49, "包"), ("宠物驱虫药", 98, "盒"))),
    ("education", "新起点课堂", "王老师", (("少儿英语春季班", 3680, "期"), ("数学思维课", 2580, "期"), ("成人雅思冲刺班", 6800, "期"), ("书法体验课", 99, "节"))),
    ("car", "驰安汽车用品", "老陈", (("行车记录仪", 599, "台"), ("全车脚垫", 468, "套"), ("隐形车衣", 5800, "套"), ("车载香薰", 88, "个"))),
)
COURIERS = (("顺丰", "SF", 13), ("中通", "7", 14), ("圆通", "YT", 13), ("韵达", "43", 13), ("京东", "JDVA", 11), ("EMS", "11", 11))
HOTLINES = ("400-820-8820", "400-600-3366", "4008-123-456", "800-810-1888", "95588", "95511", "400 880 1234")
EMOJI = ("😊", "👍", "🙏", "🌹", "💕", "✨", "🎉", "😄", "🤝", "👌")

# words that may surround a bare value (no cue words among them)
FILLER = ("好的", "好", "嗯嗯", "嗯", "哦哦", "哦", "对", "是的", "是", "对的", "这个", "那个", "就", "吧", "啊", "呀",
          "哈哈", "哈", "呢", "的", "了", "吗", "我", "您", "谢谢", "麻烦了", "麻烦", "辛苦了", "辛苦", "不好意思",
          "打错了", "发错了", "错了", "应该是", "重新发", "一下", "还有", "另外", "刚才", "刚刚", "上面", "也", "OK",
          "ok", "收到", "亲", "才看到", "刚看到", "在", "这", "个", "嗨", "后面", "接着", "没看到", "晚了", "抱歉")
_FILLER_RE = re.compile("|".join(re.escape(w) for w in sorted(FILLER, key=len, reverse=True)))


def _is_filler_only(s: str) -> bool:
    s = _FILLER_RE.sub("", s)
    for ch in s:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat[0] in "PSZ" or cat in ("Cf",):
            continue
        return False
    return True


GIVENS = ("bare_reply", "block", "cued", "gift", "readback", "signature", "second", "split", "typo", "corrected")


def _written(fmt: str) -> str:
    for gv in GIVENS:
        if fmt.startswith(gv + "_"):
            return fmt[len(gv) + 1:]
    raise AssertionError(fmt)


class E:
    __slots__ = ("kind", "val", "fmt")

    def __init__(self, kind, val, fmt):
        self.kind, self.val, self.fmt = kind, val, fmt


class N:
    __slots__ = ("kind", "val")

    def __init__(self, kind, val):
        self.kind, self.val = kind, val


# ----------------------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.rot = Counter()

    def cyc(self, key, written):
        """A tuple of written forms is cycled through (so rare formats still recur); None / str pass through."""
        if isinstance(written, tuple):
            i = self.rot[key]
            self.rot[key] += 1
            return written[i % len(written)]
        return written

    def region(self):
        return self.r.choice(REGIONS)

    def name(self):
        return self.r.choice(SURNAMES) + self.r.choice(GIVEN)

    # -- mobile
    def mobile_digits(self):
        return self.r.choice(MOBILE_PREFIX) + "".join(self.r.choice("0123456789") for _ in range(8))

    @staticmethod
    def mobile_written(d, written):
        if written == "space_344":
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if written == "dash_344":
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        return d

    def mobile(self, given, written=None, d=None):
        written = self.cyc("mobile/" + given, written)
        r = self.r
        written = written or self.cyc("mobile/default/" + given, ("plain", "plain", "space_344", "dash_344"))
        d = d or self.mobile_digits()
        pre = ""
        if written == "plus86":
            pre = r.choice(("+86 ", "+86", "0086 ", "86-"))
        return (pre, E("mobile", self.mobile_written(d, written), f"{given}_{written}"))

    # -- landline
    def landline(self, given, written=None, reg=None):
        written = self.cyc("landline/" + given, written)
        r = self.r
        area = (reg or self.region())[4]
        n = 8  # all cities used here have 8-digit local numbers
        local = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(n - 1))
        written = written or self.cyc("landline/default/" + given, ("area_dash", "area_space", "paren", "ext"))
        ext = ""
        if written == "area_dash":
            v = f"{area}-{local}"
        elif written == "area_space":
            v = f"{area} {local[:4]} {local[4:]}"
        elif written == "paren":
            v = f"({area}){local}" if r.random() < 0.5 else f"（{area}）{local}"
        else:
            v = f"{area}-{local}"
            ext = r.choice(("转", "-", "分机", " 转")) + str(r.randint(800, 8999))
        return (E("landline", v, f"{given}_{written}"), ext)

    # -- email
    def email(self, given, written=None):
        written = self.cyc("email/" + given, written)
        r = self.r
        written = written or self.cyc("email/default/" + given, ("plain", "qqmail", "plain"))
        if written == "qqmail":
            v = str(r.randint(10000000, 3999999999)) + "@qq.com"
        else:
            loc = r.choice(NAME_WORDS) + r.choice(("", "_", ".", "")) + str(r.choice((r.randint(1, 99), r.randint(1975, 2008))))
            v = loc + "@" + r.choice(EMAIL_DOMAINS)
        return E("email", v, f"{given}_{written}")

    def qq(self, given, written=None):
        written = self.cyc("qq/" + given, written)
        r = self.r
        written = written or self.cyc("qq/default/" + given, ("digits", "digits", "spaced"))
        d = str(r.randint(10000000, 3999999999) if written == "spaced" else r.choice((r.randint(10000, 999999999), r.randint(100000000, 3999999999))))
        if written == "spaced":
            v = " ".join(d[i:i + 3] for i in range(0, len(d), 3))
        else:
            written, v = "digits", d
        return E("qq", v, f"{given}_{written}")

    def wechat(self, given, written=None):
        written = self.cyc("wechat/" + given, written)
        r = self.r
        written = written or self.cyc("wechat/default/" + given, ("id", "id", "wxid"))
        if written == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.randint(10, 14)))
        else:
            v = r.choice(NAME_WORDS) + r.choice(("_", "", "-", "")) + r.choice(
                (str(r.randint(1980, 2010)), str(r.randint(10, 999)), r.choice(("mm", "baby", "vip", "ok")) + str(r.randint(1, 99))))
            if len(v) < 6:
                v += str(r.randint(100, 999))
        return E("wechat", v, f"{given}_{written}")

    # -- id card
    def id_digits(self, reg_code=None, want_x=None):
        r = self.r
        code = reg_code or r.choice([x[3] for x in REGIONS] + [c[2] for c in COUNTIES])
        while True:
            y = r.randint(1958, 2006)
            m = r.randint(1, 12)
            d = r.randint(1, 28)
            s17 = f"{code}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
            c = _id_check(s17)
            if want_x is None or (c == "X") == want_x:
                return s17 + c

    @staticmethod
    def id_written(d, written):
        if written == "space_6_8_4":
            return f"{d[:6]} {d[6:14]} {d[14:]}"
        if written == "x_lower":
            return d[:17] + "x"
        return d

    def id_card(self, given, written=None, d=None):
        written = self.cyc("id_card/" + given, written)
        r = self.r
        written = written or self.cyc("id_card/default/" + given, ("plain18", "plain18", "x_end", "space_6_8_4"))
        d = d or self.id_digits(want_x=True if written in ("x_end", "x_lower") else None)
        if written == "x_end" and d[-1] != "X":
            written = "plain18"
        return E("id_card", self.id_written(d, written), f"{given}_{written}")

    def bad_id(self):
        while True:
            d = self.id_digits()
            v = d[:17] + self.r.choice([x for x in "0123456789" if x != d[-1]])
            if not _luhn_ok(v):
                return v

    # -- bank card
    def card_digits(self, written):
        r = self.r
        if written == "nineteen":
            b, L = r.choice(CARD_19 + CARD_95), 19
        else:
            b, L = r.choice(CARD_16 + CARD_19), r.choice((16, 19))
            if b in CARD_19:
                L = 19
            elif b in CARD_16:
                L = 16
        body = b + "".join(r.choice("0123456789") for _ in range(L - 1 - len(b)))
        return body + _luhn_digit(body)

    @staticmethod
    def card_written(d, written):
        if written == "space4":
            return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        return d

    def bank_card(self, given, written=None, d=None):
        written = self.cyc("bank_card/" + given, written)
        written = written or self.cyc("bank_card/default/" + given, ("plain", "space4", "nineteen"))
        d = d or self.card_digits(written)
        return E("bank_card", self.card_written(d, "space4" if written == "space4" else "plain"), f"{given}_{written}")

    def bad_card(self, d=None):
        d = d or self.card_digits("plain")
        i = self.r.randint(6, len(d) - 1)
        while True:
            x = d[:i] + self.r.choice("0123456789") + d[i + 1:]
            if not _luhn_ok(x):
                return x

    # -- plate
    def plate(self, given, written=None, reg=None):
        written = self.cyc("plate/" + given, written)
        r = self.r
        pre = r.choice((reg or self.region())[5])
        written = written or self.cyc("plate/default/" + given, ("plain", "plain", "dot", "ev", "space"))
        if written == "ev":
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice("0123456789" if k < 3 or r.random() < 0.7 else "ABCDEFGHJKLMNPQRSTUVWXYZ") for k in range(5))
            tail = tail[::-1] if r.random() < 0.5 else tail
        if written == "dot":
            v = pre + "·" + tail
        elif written == "space":
            v = pre + " " + tail
        else:
            v = pre + tail
        return E("plate", v, f"{given}_{written}")

    # -- address
    def address_parts(self, written=None, reg=None):
        """Returns (written format, address string, first half, second half)."""
        r = self.r
        written = written or r.choice(("full", "full", "city", "district", "estate", "village", "spaced"))
        if written == "village":
            c = r.choice(COUNTIES)
            a = f"{c[0]}{c[1]}{r.choice(c[4])}"
            b = f"{r.choice(c[5])}{r.randint(1, 12)}组{r.randint(1, 60)}号"
            return written, a + b, a, b
        reg = reg or self.region()
        road = r.choice(reg[6])
        no = f"{road}{r.randint(1, 999)}号"
        est = r.choice(reg[7])
        bld = r.randint(1, 32)
        room = f"{r.randint(1, 33)}{r.randint(1, 4):02d}"
        house = r.choice((f"{bld}栋{r.randint(1, 4)}单元{room}室", f"{bld}幢{room}室", f"{bld}号楼{r.randint(1, 6)}单元{room}",
                          f"{bld}-{r.randint(1, 4)}-{room}", f"{bld}栋{room}", f"{bld}号楼{r.randint(2, 30)}层"))
        prov = reg[0]
        if written == "full":
            a = f"{prov}{reg[1]}{reg[2]}{no}"
            b = f"{est}{house}"
        elif written == "city":
            a = f"{reg[1]}{reg[2]}{no}"
            b = f"{est}{house}"
        elif written == "district":
            a = f"{reg[2]}{road}"
            b = f"{est}{house}"
        elif written == "spaced":
            a = f"{reg[1]} {reg[2]} {no}"
            b = f"{est} {house}"
            return written, a + " " + b, a, b
        else:  # estate
            a = f"{est}"
            b = f"{house}"
            return written, a + b, a, b
        return written, a + b, a, b

    def address(self, given, written=None, reg=None):
        written = self.cyc("address/" + given, written)
        written = written or self.cyc("address/default/" + given, ("full", "full", "city", "district", "estate", "village", "spaced"))
        w, v, _, _ = self.address_parts(written, reg)
        return E("address", v, f"{given}_{w}")

    # -- near-miss values
    def order_no(self):
        r = self.r
        kind = r.random()
        if kind < 0.5:
            while True:
                v = f"2026{r.randint(10, 12)}{r.randint(10, 28)}" + "".join(r.choice("0123456789") for _ in range(r.choice((8, 10, 11))))
                if not _luhn_ok(v) and not _id_ok(v):
                    return v
        if kind < 0.8:
            return r.choice(("DD", "NO.", "XS", "WX")) + "".join(r.choice("0123456789") for _ in range(r.choice((12, 14))))
        while True:
            v = "".join(r.choice("0123456789") for _ in range(r.choice((12, 15, 16, 18, 20))))
            v = str(r.randint(2, 9)) + v[1:]
            if not _luhn_ok(v) and not _id_ok(v):
                return v

    def tracking(self):
        r = self.r
        name, pre, n = r.choice(COURIERS)
        while True:
            v = pre + "".join(r.choice("0123456789") for _ in range(n))
            if not (v.isdigit() and 16 <= len(v) <= 19 and _luhn_ok(v)):
                return name, v

    def coupon(self):
        r = self.r
        return r.choice(("VIP", "NEW", "HY", "MEMBER", "SPRING", "DOUBLE", "XMAS", "GIFT")) + str(r.choice((
            r.randint(10, 999), 520, 1212, 618, 2026)))

    def member_no(self):
        r = self.r
        return r.choice(("M", "HY", "", "VIP")) + str(r.randint(10000000, 99999999))

    def product_code(self):
        r = self.r
        return r.choice(("SKU", "A", "HX-", "KX", "")) + str(r.randint(1000, 99999)) + r.choice(("", "-" + str(r.randint(1, 30)), "B"))

    def date(self):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"2026-{m:02d}-{d:02d}", f"{m}/{d}", f"周{r.choice('一二三四五六日')}{r.choice(('上午', '下午', '晚上'))}"))

    def time(self):
        r = self.r
        return r.choice((f"{r.randint(8, 21)}:{r.choice(('00', '30'))}", f"晚上{r.randint(7, 9)}点", f"下午{r.randint(2, 5)}点半"))

    def amount(self):
        r = self.r
        v = r.choice((r.randint(39, 999), r.randint(1000, 20000), r.randint(100, 5000)))
        return r.choice((f"{v}", f"{v}元", f"¥{v}", f"{v}块", f"{v}.00", f"{v // 1000}k" if v >= 1000 else f"{v}左右"))

    def verify(self):
        return str(self.r.randint(100000, 999999)) if self.r.random() < 0.8 else str(self.r.randint(1000, 9999))

    def live_room(self):
        return str(self.r.randint(10000000, 999999999))

    def credit_code(self):
        r = self.r
        return "91" + r.choice([g[3] for g in REGIONS]) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))

    def masked_mobile(self):
        d = self.mobile_digits()
        return self.r.choice((f"{d[:3]}****{d[7:]}", f"{d[:3]}****{d[7:]}", f"尾号{d[7:]}"[2:]))


# ----------------------------------------------------------------------------- conversation builder
class Chat:
    def __init__(self, cid, trade, g: Gen):
        self.cid, self.trade, self.g, self.r = cid, trade, g, g.r
        self.key, self.brand, self.adv, self.products = trade
        self.day = 0
        self.msgs = []
        self.reg = g.region()
        self.cname = g.name()
        self.mob = g.mobile_digits()

    def say(self, sender, tpl, ep, reply=False, **kw):
        text, ents, fmts, near = "", [], [], []

        def put(v):
            nonlocal text
            if isinstance(v, E):
                ents.append((v.kind, len(text), len(text) + len(v.val)))
                fmts.append(v.fmt)
                text += v.val
            elif isinstance(v, N):
                near.append((v.kind, len(text), len(text) + len(v.val)))
                text += v.val
            elif isinstance(v, tuple):
                for x in v:
                    put(x)
            else:
                text += str(v)

        for piece in re.split(r"(\{\w+\})", tpl):
            if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in kw:
                put(kw[piece[1:-1]])
            else:
                text += piece
        self.msgs.append(dict(day=self.day, sender=sender, text=text, entities=ents, formats=fmts,
                              near_misses=near, tid=f"{self.key}/{ep}", reply=reply))

    def c(self, tpl, ep, reply=False, **kw):
        self.say("customer", tpl, ep, reply, **kw)

    def s(self, tpl, ep, **kw):
        self.say("staff", tpl, ep, False, **kw)

    def prod(self):
        return self.r.choice(self.products)

    def emo(self):
        return self.r.choice(EMOJI + ("", "", ""))

    def pick(self, *opts):
        return self.r.choice(opts)

    def next_day(self, lo=0, hi=3):
        self.day += self.r.randint(lo, hi)


# --- episodes -----------------------------------------------------------------
def ep_greet(C: Chat):
    r, g = C.r, C.g
    C.s(C.pick("您好呀，我是{brand}的专属顾问{adv}，以后产品使用、售后有任何问题都可以直接找我哦{e}",
               "亲，感谢添加～我是{brand}{adv}，新人福利已经给您准备好了{e}",
               "Hi～我是{brand}的{adv}，很高兴为您服务，有问题随时喊我{e}"), "greet", brand=C.brand, adv=C.adv, e=C.emo())
    C.c(C.pick("好的", "好的谢谢", "嗯嗯", "👍", "你好", "好的，新人福利是什么", "ok"), "greet")
    if r.random() < 0.3:
        sig = C.pick("signature_mob", "signature_wx", "signature_both", "signature_qq")
        if sig == "signature_mob":
            C.s("这是我的工作手机 {m}，微信不回的时候可以直接打给我～", "greet", m=g.mobile("signature", ("plain", "dash_344", "space_344")))
        elif sig == "signature_wx":
            C.s("我私人微信：{w}，朋友圈每天会发新品和秒杀{e}", "greet", w=g.wechat("signature"), e=C.emo())
        elif sig == "signature_qq":
            C.s("电脑端可以加我工作QQ：{q}，发图片更方便", "greet", q=g.qq("signature"))
        else:
            C.s("{brand}｜{adv}\n电话：{m}\n微信：{w}\n周一到周日 9:00-21:00 在线", "greet", brand=C.brand, adv=C.adv,
                m=g.mobile("signature"), w=g.wechat("signature"))
        if r.random() < 0.4:
            C.c(C.pick("收到", "好的", "已保存"), "greet")
    if r.random() < 0.3:
        C.s("新人券码：{cp}，满{a}可用，有效期到{d}", "greet", cp=N("coupon_code", g.coupon()), a=N("amount", str(r.choice((99, 199, 299)))),
            d=N("date_time", g.date()))


def ep_member(C: Chat):
    r, g = C.r, C.g
    C.s(C.pick("方便发一下您的手机号吗？帮您登记会员，生日当月有礼～", "亲，留个手机号给您开通会员哈，积分可以抵现",
               "您手机号多少呀？我这边给您绑定会员卡"), "member")
    if r.random() < 0.35:
        C.next_day(1, 2)
        C.c(C.pick("不好意思才看到", "抱歉，刚看到", "在忙，没看到"), "member")
    mode = r.random()
    if mode < 0.6:
        C.c(C.pick("{m}", "{m}", "{m} {e}", "嗯 {m}", "好的，{m}"), "member", reply=True, m=g.mobile("bare_reply"), e=C.emo())
    elif mode < 0.75:
        d = g.mobile_digits()
        cut = g.cyc("cut/member", (3, 7))
        C.c(C.pick("{a}", "{a}"), "member", reply=True, a=E("mobile", d[:cut], f"split_{cut}_{11 - cut}"))
        C.c(C.pick("{b}", "{b}，刚才没发完"), "member", reply=True, b=E("mobile", d[cut:], f"split_{cut}_{11 - cut}"))
    elif mode < 0.88:
        d = g.mobile_digits()
        i = r.randint(3, 10)
        t = d[:i] + str((int(d[i]) + r.randint(1, 9)) % 10) + d[i + 1:]
        if r.random() < 0.7:
            C.c("{m}", "member", reply=True, m=E("mobile", t, "typo_plain"))
        else:  # one digit missing: not a valid mobile any more
            C.c("{m}", "member", reply=True, m=N("bad_mobile", d[:i] + d[i + 1:]))
        C.c(C.pick("不好意思打错了，{m}", "发错了，应该是{m}", "{m} 这个才对"), "member", reply=True, m=E("mobile", d, "corrected_plain"))
    else:
        C.c(C.pick("手机号{m}", "我电话是{m}", "{m}，这个是我手机号"), "member", m=g.mobile("cued", ("plain", "plus86", "dash_344", "plus86")))
    if r.random() < 0.6:
        C.s("生日是哪天呀？", "member")
        m, d = r.randint(1, 12), r.randint(1, 28)
        C.c(C.pick("{d}", "{d}", "{d}哈"), "member", reply=True, d=N("date_time", C.pick(f"{m}月{d}号", f"{m}月{d}日", f"{m}.{d}", f"{m}/{d}", f"{m:02d}{d:02d}")))
    C.s(C.pick("好了亲，会员号{mn}，现在有{p}积分", "登记好啦～会员卡号{mn}，送您{p}积分"), "member",
        mn=N("member_no", g.member_no()), p=N("points", str(r.choice((100, 200, 500, 1000)))))


def ep_broadcast(C: Chat):
    r, g = C.r, C.g
    C.next_day(1, 4)
    p = C.prod()
    form = r.random()
    if form < 0.35:
        C.s("【{brand}会员日】{p}到手价{a}，今晚{t}直播间还有抽奖！直播间号：{room}，券码{cp}直接减{x}元{e}", "broadcast",
            brand=C.brand, p=p[0], a=N("amount", g.amount()), t=N("date_time", g.time()), room=N("live_room", g.live_room()),
            cp=N("coupon_code", g.coupon()), x=N("amount", str(r.choice((20, 30, 50, 100)))), e=C.emo())
    elif form < 0.6:
        C.s("亲～{p}补货啦，货号{pc}，前{q}名下单送小样，活动截止{d}", "broadcast", p=p[0], pc=N("product_code", g.product_code()),
            q=N("quantity", str(r.choice((50, 100, 200)))), d=N("date_time", g.date()))
    elif form < 0.8:
        C.s("🎉双旦福利：全场满{a}减{b}，官方客服热线{h}，有问题也可以直接找我～", "broadcast",
            a=N("amount", str(r.choice((299, 399, 599)))), b=N("amount", str(r.choice((30, 50, 80)))), h=N("hotline", r.choice(HOTLINES)))
    else:
        C.s("{brand}新品{p}上市啦，原价{a}，首发价{b}，需要的话回复1帮您预留～", "broadcast", brand=C.brand, p=p[0],
            a=N("amount", str(p[1] + r.choice((40, 60, 100)))), b=N("amount", str(p[1])))
    if r.random() < 0.35:
        store = g.region()
        w, addr, _, _ = g.address_parts(g.cyc("addr/bc", ("full", "city", "district")), store)
        C.s("——{brand} {adv}\n门店地址：{a}\n门店电话：{l}{x}\n微信：{w}", "broadcast", brand=C.brand, adv=C.adv,
            a=E("address", addr, f"signature_{w}"), l=g.landline("signature", ("area_dash", "paren", "area_space"), store)[0],
            x="", w=g.wechat("signature"))
    mode = r.random()
    if mode < 0.4:
        C.c(C.pick("1", "有赠品吗", "怎么领券", "好的", "多少钱", "这个适合敏感肌吗", "还有吗"), "broadcast")
        if r.random() < 0.5:
            C.s(C.pick("有的亲，下单备注就行", "券已经发到您账户啦", "适合的，放心用"), "broadcast")


def _order_block(C: Chat, given, ep, gift=False):
    r, g = C.r, C.g
    name = g.name()
    if gift:
        m = g.mobile(given, C.pick("plain", "dash_344"))
        a = g.address(given, C.pick("full", "village", "spaced", "estate"))
    else:
        m = g.mobile(given, C.pick("plain", "plain", "space_344", "dash_344", "plus86"))
        a = g.address(given)
    style = r.randint(0, 4)
    if style == 0:
        C.c("收件人：{n}\n电话：{m}\n地址：{a}", ep, n=name, m=m, a=a)
    elif style == 1:
        C.c("{n} {m} {a}", ep, n=name, m=m, a=a)
    elif style == 2:
        C.c("{a}\n{n}\n{m}", ep, n=name, m=m, a=a)
    elif style == 3:
        C.c("姓名：{n}，手机号码：{m}，收货地址：{a}", ep, n=name, m=m, a=a)
    else:
        C.c("{a}，{n}收，{m}", ep, n=name, m=m, a=a)
    return m, a


def ep_order_block(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    p = C.prod()
    q = r.randint(1, 5)
    C.c(C.pick("{p}帮我拿{q}{u}", "我要{q}{u}{p}", "{p}还有吗？来{q}{u}"), "order_block", p=p[0], q=N("quantity", str(q)), u=p[2])
    C.s(C.pick("好的亲，一共{a}，麻烦把收货信息发我一下～", "没问题，总价{a}，收件人电话地址发我哈"), "order_block",
        a=N("amount", C.pick(f"{p[1] * q}元", f"¥{p[1] * q}", f"{p[1] * q}")))
    m, a = _order_block(C, "block", "order_block")
    if r.random() < 0.6:
        mm = _digits(m[1].val)
        w = C.pick("plain", "space_344")
        C.s("跟您核对一下：{m}，{a}，没问题今天就安排发出{e}", "order_block",
            m=E("mobile", Gen.mobile_written(mm, w), "readback_" + w) if r.random() < 0.6 else N("masked", mm[:3] + "****" + mm[7:]),
            a=E("address", a.val, "readback_" + _written(a.fmt)), e=C.emo())
        C.c(C.pick("对的", "没问题", "嗯嗯对", "👌"), "order_block")
    else:
        C.s("收到～已下单，订单号{o}", "order_block", o=N("order_no", g.order_no()))
    C.next_day(1, 2)
    name, tr = g.tracking()
    C.s("亲，您的{p}已经发{c}了，单号{t}，注意查收哦", "order_block", p=p[0] if C.key not in ("education", "fitness") else "订单",
        c=name, t=N("tracking_no", tr))
    if r.random() < 0.4:
        C.c(C.pick("好的谢谢", "收到", "👍"), "order_block")


def ep_order_qa(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    p = C.prod()
    C.c(C.pick("{p}我要了", "那就{p}吧", "给我下单{p}"), "order_qa", p=p[0])
    C.s(C.pick("好的～地址发我一下", "收货地址是哪里呀？", "亲，寄到哪里呢？", "麻烦发下收货地址哈"), "order_qa")
    if r.random() < 0.25:
        C.next_day(1, 2)
    mode = r.random()
    if mode < 0.65:
        C.c(C.pick("{a}", "{a}", "{a}", "{a} 谢谢", "嗯，{a}"), "order_qa", reply=True, a=g.address("bare_reply"))
    elif mode < 0.8:
        w, _, x, y = g.address_parts(g.cyc("addr/split", ("full", "city", "village")))
        C.c("{a}", "order_qa", reply=True, a=E("address", x, f"split_{w}"))
        C.c(C.pick("{b}", "{b}", "{b}，后面没发完"), "order_qa", reply=True, b=E("address", y, f"split_{w}"))
    else:
        C.c(C.pick("寄到我公司吧，地址{a}", "地址：{a}", "送货地址{a}，放门卫就行"), "order_qa", a=g.address("cued", ("full", "city", "district")))
    C.s(C.pick("电话呢？", "联系电话也发下哈", "收件电话多少？", "手机号方便留一下吗，快递员要联系"), "order_qa")
    mode = r.random()
    if mode < 0.65:
        C.c(C.pick("{m}", "{m}", "{m}🙏", "嗯 {m}", "就{m}"), "order_qa", reply=True, m=g.mobile("bare_reply", ("plain", "plain", "space_344", "dash_344")))
    elif mode < 0.85:
        d = g.mobile_digits()
        cut = g.cyc("cut/order", (3, 7))
        C.c("{a}", "order_qa", reply=True, a=E("mobile", d[:cut], f"split_{cut}_{11 - cut}"))
        C.c("{b}", "order_qa", reply=True, b=E("mobile", d[cut:], f"split_{cut}_{11 - cut}"))
    else:
        C.c(C.pick("用我老公的吧：{m}", "电话{m}", "打我手机{m}"), "order_qa", m=g.mobile("cued", ("plain", "plus86", "dash_344")))
    if r.random() < 0.3:
        C.c(C.pick("另外{m}", "还有这个{m}", "{m}"), "order_qa", reply=True, m=g.mobile("second", ("plain", "space_344")))
        C.s("好的，两个号都给您备注上了", "order_qa")
    if r.random() < 0.5:
        C.s(C.pick("好的，已经下单啦，订单号{o}，预计{d}发货", "收到，付款{a}已确认～"), "order_qa",
            o=N("order_no", g.order_no()), d=N("date_time", g.date()), a=N("amount", g.amount()))


def ep_gift(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    p = C.prod()
    rel = C.pick("我妈", "我闺蜜", "朋友", "我婆婆", "同事", "我姐")
    C.c("这单{p}是送{rel}的，直接寄给她可以吗？", "gift", p=p[0], rel=rel)
    C.s(C.pick("可以的亲，需要帮您写贺卡吗？收件信息发我～", "没问题，包装给您弄好看点，她的地址电话发我"), "gift")
    mode = r.random()
    if mode < 0.45:
        C.c(C.pick("她叫{n}，电话{m}，地址{a}", "{n}，手机{m}，{a}"), "gift", n=g.name(), m=g.mobile("gift", ("plain", "dash_344")),
            a=g.address("gift", ("full", "village", "spaced", "estate")))
    elif mode < 0.75:
        C.c("{a}", "gift", reply=True, a=g.address("bare_reply"))
        C.c("{m}", "gift", reply=True, m=g.mobile("bare_reply"))
        C.c("{n}", "gift", n=g.name())
    else:
        _order_block(C, "gift", "gift", gift=True)
    C.c(C.pick("别放价格单哈", "帮我写：生日快乐", "谢谢"), "gift")
    C.s(C.pick("好的，已经备注不放发货单了", "收到～贺卡写好了{e}"), "gift", e=C.emo())


def ep_after_sales(C: Chat):
    r, g = C.r, C.g
    C.next_day(2, 5)
    C.c(C.pick("收到的东西有问题，外包装都破了", "我买的{p}不太合适，能退吗", "到货少了一{u}", "这个质量不行，要退货"),
        "after_sales", p=C.prod()[0], u=C.prod()[2])
    C.s(C.pick("非常抱歉亲！麻烦发一下订单号，我马上给您处理", "不好意思给您添麻烦了，订单号方便发我吗？"), "after_sales")
    C.c(C.pick("{o}", "{o}", "{o} 这个"), "after_sales", reply=True, o=N("order_no", g.order_no()))
    if r.random() < 0.5:
        C.s("寄回的快递单号发我一下哈", "after_sales")
        name, tr = g.tracking()
        C.c(C.pick("{t}", "{t}", "{c}{t}"), "after_sales", reply=True, t=N("tracking_no", tr), c="")
    C.s(C.pick("退款退到哪张卡呢？卡号发我，财务给您打款", "原路退不了，麻烦提供一下银行卡号", "给您补偿{a}元，卡号发我一下"),
        "after_sales", a=N("amount", str(r.choice((20, 30, 50, 88)))))
    mode = r.random()
    if mode < 0.55:
        C.c(C.pick("{k}", "{k}", "{k} 工行的", "{k}，谢谢"), "after_sales", reply=True, k=g.bank_card("bare_reply"))
    elif mode < 0.7:
        d = g.card_digits("plain")
        bad = g.bad_card(d)
        C.c("{k}", "after_sales", reply=True, k=N("bad_card", bad))
        C.c(C.pick("打错了，{k}", "不好意思，应该是{k}", "{k}"), "after_sales", reply=True, k=E("bank_card", d, "corrected_plain"))
    elif mode < 0.78:
        d = g.card_digits("plain")
        cut = C.pick(8, 12, 10)
        C.c("{a}", "after_sales", reply=True, a=E("bank_card", d[:cut], "split_plain"))
        C.c("{b}", "after_sales", reply=True, b=E("bank_card", d[cut:], "split_plain"))
    else:
        C.c(C.pick("建行卡号{k}", "银行卡：{k}", "卡号{k}，开户行招商银行"), "after_sales", k=g.bank_card("cued", ("plain", "space4")))
    C.s(C.pick("好的，{d}前到账，请注意查收", "已提交财务，预计{d}到账"), "after_sales", d=N("date_time", g.date()))


def ep_invoice(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    C.c(C.pick("能开发票吗？公司报销", "可以开电子发票吗"), "invoice")
    C.s("可以的，抬头和税号发我，电子发票发到您邮箱", "invoice")
    C.c("{n}有限公司，税号{c}", "invoice", n=C.pick("杭州某某科技", "上海星禾贸易", "广州优品文化", "成都锐达信息"), c=N("credit_code", g.credit_code()))
    C.s(C.pick("邮箱呢？", "发票发哪个邮箱？", "好的，邮箱地址发我下"), "invoice")
    if r.random() < 0.8:
        C.c(C.pick("{m}", "{m}", "{m} 谢谢"), "invoice", reply=True, m=g.email("bare_reply"))
    else:
        C.c(C.pick("邮箱：{m}", "发我邮箱{m}吧"), "invoice", m=g.email("cued"))
    C.next_day(0, 2)
    C.s("发票已经开好，发票号码{i}，金额{a}，请查收邮件", "invoice", i=N("invoice_no", "".join(r.choice("0123456789") for _ in range(20))),
        a=N("amount", g.amount()))


REALNAME_Q = {
    "cosmetics": "这款是跨境保税仓发货，清关需要收件人身份证号，麻烦发我一下",
    "baby": "奶粉是跨境直邮的，海关要实名，身份证号发我下哈",
    "education": "报名需要登记学员身份证号，方便发一下吗？",
    "fitness": "办年卡要签电子合同，身份证号发我一下",
    "jewellery": "金额比较大，开证书和发票需要您的身份证号",
    "wine_tea": "进口酒走保税仓，清关要实名，麻烦提供身份证号码",
    "car": "车衣质保登记需要车主身份证号",
    "pet": "宠物医院保险登记要主人身份证号",
    "fresh": "跨境水果走清关，需要身份证号哈",
    "furniture": "分期付款需要实名，麻烦发一下身份证号",
}


def ep_realname(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    C.s(REALNAME_Q[C.key], "realname")
    if r.random() < 0.2:
        C.c(C.pick("安全吗？", "一定要吗"), "realname")
        C.s("放心亲，只用于清关/登记，不会外泄的", "realname")
    mode = r.random()
    if mode < 0.45:
        C.c(C.pick("{i}", "{i}", "{i} 👌", "好的 {i}"), "realname", reply=True, i=g.id_card("bare_reply"))
    elif mode < 0.57:
        d = g.id_digits()
        C.c("{i}", "realname", reply=True, i=N("bad_id", g.bad_id()))
        C.s("亲，这个身份证号校验不通过，麻烦再核对一下", "realname")
        C.c(C.pick("{i}", "不好意思打错了 {i}", "{i} 这次对了"), "realname", reply=True, i=E("id_card", d, "corrected_plain18"))
    elif mode < 0.69:
        d = g.id_digits()
        cut = C.pick(6, 10, 14)
        C.c("{a}", "realname", reply=True, a=E("id_card", d[:cut], "split_plain18"))
        C.c("{b}", "realname", reply=True, b=E("id_card", d[cut:], "split_plain18"))
    elif mode < 0.82:
        C.c(C.pick("寄给我妈的，她身份证{i}", "用我老公的身份证吧：{i}", "收件人是我爸，身份证号{i}"), "realname", i=g.id_card("gift", "plain18"))
    else:
        C.c(C.pick("身份证号：{i}", "我身份证{i}", "证件号{i}"), "realname", i=g.id_card("cued", ("plain18", "space_6_8_4")))
    C.s(C.pick("好的，已经提交了，预计{d}清关完成", "收到，登记好了{e}"), "realname", d=N("date_time", g.date()), e=C.emo())


def ep_store_visit(C: Chat):
    r, g = C.r, C.g
    C.next_day(1, 4)
    C.s(C.pick("周末门店有会员活动，{d}到店还有礼品，您要来吗？", "新品到店了，{d}过来试试？我给您留位置"), "store_visit", d=N("date_time", g.date()))
    C.c(C.pick("好啊，能停车吗", "开车过去方便吗", "好的，我开车去"), "store_visit")
    C.s(C.pick("可以的，车牌号发我，给您登记免费停车", "商场停车场可以免3小时，车牌多少？"), "store_visit")
    mode = r.random()
    if mode < 0.62:
        C.c(C.pick("{p}", "{p}", "{p}，白色的", "{p} 谢谢"), "store_visit", reply=True, p=g.plate("bare_reply", reg=C.reg))
    else:
        C.c(C.pick("车牌{p}", "我车牌号是{p}", "{p}，这是我车牌"), "store_visit", p=g.plate("cued", reg=C.reg))
    if r.random() < 0.35:
        last = C.msgs[-1]
        k, s, e = last["entities"][0]
        C.s("登记好了：{p}，到了报车牌就行", "store_visit", p=E("plate", re.sub(r"[·\s]", "", last["text"][s:e]), "readback_plain"))
    if r.random() < 0.5:
        store = C.reg
        w, addr, _, _ = g.address_parts(g.cyc("addr/sv", ("city", "district", "full")), store)
        land, ext = g.landline("signature", ("area_dash", "ext", "paren"), store)
        C.s("门店地址：{a}，到了打门店电话{l}{x}", "store_visit", a=E("address", addr, f"signature_{w}"), l=land, x=ext)


def ep_car_install(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    C.c(C.pick("{p}什么时候能装？", "我想约装{p}"), "car_install", p=C.prod()[0])
    C.s("可以约{d}，车牌和车型发我，我给师傅排单", "car_install", d=N("date_time", g.date()))
    if r.random() < 0.6:
        C.c("{p}", "car_install", reply=True, p=g.plate("bare_reply", reg=C.reg))
        C.c("{m}", "car_install", m=N("car_model", C.pick("大众朗逸", "丰田凯美瑞", "比亚迪汉EV", "特斯拉Model 3", "本田CR-V", "理想L7")))
    else:
        C.c("{m}，车牌{p}", "car_install", m=N("car_model", C.pick("大众朗逸", "丰田凯美瑞", "比亚迪汉EV", "特斯拉Model Y", "吉利星越L")), p=g.plate("cued", reg=C.reg))
    C.s("好的，{t}到店，工位号{w}", "car_install", t=N("date_time", g.time()), w=N("bay_no", str(r.randint(1, 12))))


def ep_contact(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 4)
    mode = r.choice((0, 0, 1, 1, 2, 2, 2, 3, 4, 4, 5))
    if mode == 0:
        C.s("课程资料/福利都在QQ群发，方便留个QQ吗？我拉您进群", "contact")
        C.c(C.pick("{q}", "{q}", "{q} 😊"), "contact", reply=True, q=g.qq("bare_reply"))
        C.s("已邀请，群号{n}，记得通过哦", "contact", n=N("group_no", str(r.randint(100000000, 999999999))))
    elif mode == 1:
        C.c(C.pick("我微信不常看，加我QQ吧 {q}", "QQ：{q}，资料发这里", "你加下我扣扣{q}"), "contact", q=g.qq("cued"))
        C.s("好的，已经加您啦", "contact")
    elif mode == 2:
        C.s("您的微信号是多少呀？我用个人号拉您进会员群", "contact")
        C.c(C.pick("{w}", "{w}", "{w}，搜不到就用手机号搜"), "contact", reply=True, w=g.wechat("bare_reply"))
    elif mode == 3:
        C.c(C.pick("我换微信了，新号{w}，以后加这个", "微信号{w}，帮我拉进群", "加我老婆微信{w}，她也想买"), "contact", w=g.wechat("cued"))
        C.s("好的已申请好友～", "contact")
    elif mode == 4:
        C.s("给您发下电子资料，邮箱多少？", "contact")
        C.c(C.pick("{m}", "{m}", "就是{m}"), "contact", reply=True, m=g.email("bare_reply", ("plain", "qqmail")))
    else:
        C.c(C.pick("有问题发我邮箱也行：{m}", "我邮箱{m}，报价单发这里", "资料发我email吧 {m}"), "contact", m=g.email("cued"))
        C.s("收到，下午发给您", "contact")


def ep_landline(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    C.s(C.pick("送货师傅上门前会先联系，除了手机还有别的电话吗？", "大件要约时间，方便留个座机吗？白天好联系", "还有备用联系电话吗？"), "landline")
    mode = r.random()
    if mode < 0.55:
        e, x = g.landline("bare_reply", ("area_dash", "area_space", "paren"), C.reg)
        C.c(C.pick("{l}", "{l}", "{l} 哈"), "landline", reply=True, l=e)
    elif mode < 0.8:
        e, x = g.landline("cued", ("area_dash", "paren"), C.reg)
        C.c(C.pick("家里座机{l}{x}，白天有人", "公司电话{l}{x}，找前台转我", "座机：{l}{x}"), "landline", l=e, x=x)
    else:
        e, x = g.landline("cued", "ext", C.reg)
        C.c("单位电话 {l}{x}", "landline", l=e, x=x)
    C.s("好的，已经备注给师傅了，预计{d}送到", "landline", d=N("date_time", g.date()))


NEAR_QA = (
    ("下单手机尾号多少？我查一下", "tail_digits", lambda g: g.mobile_digits()[7:]),
    ("亲，验证码发您手机了，报一下验证码", "verify_code", lambda g: g.verify()),
    ("积分还剩多少呀？截图或者直接告诉我也行", "points", lambda g: str(g.r.randint(100, 9800))),
    ("订单号多少？", "order_no", lambda g: g.order_no()),
    ("要几{u}？", "quantity", lambda g: str(g.r.randint(1, 12))),
    ("预算大概多少呢？", "amount", lambda g: g.amount()),
    ("哪天方便收货？", "date_time", lambda g: g.date()),
    ("几点方便？", "date_time", lambda g: g.time()),
    ("您在哪个城市呀？看看能不能次日达", "place_only", lambda g: g.r.choice(("杭州", "上海", "成都", "深圳", "郑州", "西安", "昆明"))),
    ("会员号多少？我帮您查", "member_no", lambda g: g.member_no()),
    ("您看中的是哪个货号？", "product_code", lambda g: g.product_code()),
    ("取件码多少？我让驿站帮您查", "pickup_code", lambda g: f"{g.r.randint(1, 9)}-{g.r.randint(1, 6)}-{g.r.randint(1000, 9999)}"),
    ("刚才付了多少？我对一下账", "amount", lambda g: g.amount()),
    ("优惠券码是多少？", "coupon_code", lambda g: g.coupon()),
    ("您报名的是几期的班？", "quantity", lambda g: str(g.r.randint(1, 40))),
    ("快递单号有吗？", "tracking_no", lambda g: g.tracking()[1]),
)


def ep_near_q(C: Chat):
    r, g = C.r, C.g
    C.next_day(0, 3)
    for _ in range(r.randint(1, 3)):
        q, k, f = r.choice([x for x in NEAR_QA if "几期" not in x[0] or C.key == "education"])
        C.s(q, "near_q", u=C.prod()[2]) if "{u}" not in q else C.s(q, "near_q", u=C.prod()[2])
        C.c(C.pick("{v}", "{v}", "{v}", "嗯 {v}", "{v}吧", "{v}哈"), "near_q", reply=True, v=N(k, f(g)))
        C.s(C.pick("好的", "收到，稍等我查一下", "好的亲", "明白～"), "near_q")


def ep_live(C: Chat):
    r, g = C.r, C.g
    C.next_day(1, 3)
    p = C.prod()
    C.s("今晚{t}直播，{p}秒杀价{a}，直播间号{room}，记得来哦{e}", "live", t=N("date_time", C.pick("8点", "7点半", "20:00", "19:30", "八点")), p=p[0],
        a=N("amount", f"{max(9, p[1] - r.choice((10, 20, 30, 50)))}元"), room=N("live_room", g.live_room()), e=C.emo())
    if r.random() < 0.5:
        C.c(C.pick("直播间号多少来着", "几点开始"), "live")
        C.s("{v}", "live", v=N("live_room", g.live_room()) if C.msgs[-1]["text"].startswith("直播间") else N("date_time", C.pick("8点", "20:00", "晚上8点")))
    else:
        C.c(C.pick("好的", "一定来", "👍"), "live")
    if r.random() < 0.35:
        C.next_day(0, 1)
        C.s("恭喜您昨晚直播抽中{p}🎉 留个微信号，奖品专员加您登记", "live", p=C.prod()[0])
        C.c(C.pick("{w}", "{w}", "哇 {w}", "{w} 谢谢"), "live", reply=True, w=g.wechat("bare_reply"))


def ep_smalltalk(C: Chat):
    C.next_day(0, 3)
    C.c(C.pick("这个怎么用呀", "最近有活动吗", "上次买的挺好用", "宝宝吃了还不错", "多久能到", "有没有小样"), "smalltalk")
    C.s(C.pick("早晚各一次就可以哈", "月底会员日有折扣，到时候提醒您", "谢谢亲的认可💕", "一般2-3天到", "下单备注就送"), "smalltalk")
    if C.r.random() < 0.5:
        C.c(C.pick("好的", "谢谢", "嗯嗯", "OK"), "smalltalk")


def ep_second_phone(C: Chat):
    r, g = C.r, C.g
    C.next_day(1, 5)
    C.c(C.pick("对了，我之前那个号停机了", "以后快递打我另一个号", "那个号不常用了"), "second_phone")
    C.s("好的，新号码发我下，我改一下", "second_phone")
    if r.random() < 0.7:
        C.c(C.pick("{m}", "{m}", "{m} 这个"), "second_phone", reply=True, m=g.mobile("bare_reply"))
    else:
        C.c(C.pick("新号{m}", "改成{m}，手机号"), "second_phone", m=g.mobile("second", ("plain", "space_344")))
    C.s("已修改～", "second_phone")


EPISODES = (
    (ep_member, 0.45), (ep_broadcast, 0.7), (ep_order_block, 0.45), (ep_order_qa, 0.6), (ep_gift, 0.18),
    (ep_after_sales, 0.36), (ep_invoice, 0.16), (ep_realname, 0.38), (ep_store_visit, 0.3), (ep_contact, 0.6),
    (ep_landline, 0.28), (ep_near_q, 0.75), (ep_live, 0.35), (ep_smalltalk, 0.5), (ep_second_phone, 0.15),
)


def _chat(g: Gen, i: int):
    r = g.r
    trade = TRADES[i % len(TRADES)]
    C = Chat(f"t5-{i:04d}", trade, g)
    ep_greet(C)
    pool = list(EPISODES)
    eps = []
    for _ in range(r.choice((2, 3, 3, 4, 4, 4, 5, 5, 6))):
        f, _w = r.choices(pool, weights=[w for _, w in pool])[0]
        pool = [x for x in pool if x[0] is not f]
        eps.append(f)
    if trade[0] == "car" and r.random() < 0.8:
        eps.append(ep_car_install)
    r.shuffle(eps)
    for f in eps:
        before = len(C.msgs)
        f(C)
        if len(C.msgs) > 30:
            del C.msgs[before:]
            break
    while len(C.msgs) < 6:
        ep_smalltalk(C)
    return C


def _build(meta=None) -> pd.DataFrame:
    g = Gen(random.Random(SEED))
    rows = []
    for i in range(N_CHATS):
        C = _chat(g, i)
        days = [m["day"] for m in C.msgs]
        for seq, m in enumerate(C.msgs):
            rows.append(dict(chat_id=C.cid, seq=seq, day=m["day"] - days[0], sender=m["sender"], text=m["text"],
                             entities=m["entities"], formats=m["formats"], near_misses=m["near_misses"], split=SPLIT))
            if meta is not None:
                meta.append((m["tid"], m["reply"]))
    return pd.DataFrame(rows, columns=["chat_id", "seq", "day", "sender", "text", "entities", "formats",
                                       "near_misses", "split"])


def make_threads5_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------- checks
_AREA = tuple(sorted({x[4] for x in REGIONS} | {c[3] for c in COUNTIES}))
_PLATE_RE = re.compile(r"^[京沪粤浙苏川鄂陕鲁闽湘豫渝津辽皖云][A-Z][·\s]?(?:[DF]\d{5}|[0-9A-HJ-NP-Z]{5})$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_WX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_ADDR_START = tuple(sorted({x for r in REGIONS for x in (r[0], r[1], r[2]) + r[7] if x} |
                           {x for c in COUNTIES for x in (c[0], c[1])}, key=len, reverse=True))
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")


def _valid(kind, v, fmt):
    d = _digits(v)
    if kind == "mobile":
        return len(d) == 11 and d[:3] in MOBILE_PREFIX and re.fullmatch(r"[\d -]+", v) is not None
    if kind == "id_card":
        return _id_ok(v.replace(" ", "").upper())
    if kind == "bank_card":
        return d == v.replace(" ", "") and len(d) in (16, 19) and _luhn_ok(d)
    if kind == "landline":
        m = re.fullmatch(r"[(（]?(0\d{2,3})[)）\- ]?[\d ]{7,9}", v)
        return m is not None and m.group(1) in _AREA and len(d) - len(m.group(1)) in (7, 8)
    if kind == "qq":
        return d == v.replace(" ", "") and 5 <= len(d) <= 11 and d[0] != "0"
    if kind == "wechat":
        return _WX_RE.fullmatch(v) is not None
    if kind == "email":
        return _EMAIL_RE.fullmatch(v) is not None
    if kind == "plate":
        return _PLATE_RE.fullmatch(v) is not None
    if kind == "address":
        return v.startswith(_ADDR_START) and _ADDR_END.search(v) is not None and v == v.strip()
    raise AssertionError(kind)


def _residual(text, spans):
    out, last = [], 0
    for s, e in sorted(spans):
        out.append(text[last:s])
        out.append(" ")
        last = e
    out.append(text[last:])
    return "".join(out)


def check_corpus(df: pd.DataFrame, meta=None) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "day", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    n_bare = 0
    bare_kind = Counter()
    near_bare_reply = 0
    pending = {}
    for chat_id, grp in df.groupby("chat_id", sort=False):
        assert list(grp["seq"]) == list(range(len(grp))), chat_id
        assert 6 <= len(grp) <= 30, (chat_id, len(grp))
        days = list(grp["day"])
        assert days[0] == 0 and days == sorted(days), chat_id
        assert set(grp["sender"]) <= {"staff", "customer"}
    for idx, row in enumerate(df.itertuples(index=False)):
        text, es, fs, ns = row.text, row.entities, row.formats, row.near_misses
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and v, (k, v)
            if f.startswith("split_"):
                key = (row.chat_id, k)
                if key in pending:
                    whole = pending.pop(key) + v
                    assert _valid(k, whole, f), (k, whole)
                else:
                    pending[key] = v
            else:
                assert _valid(k, v, f), (k, v, f, text)
        for k, s, e in ns:
            v = text[s:e]
            assert v and v == v.strip(), (k, text)
            n = _digits(v)
            if n == v.replace(" ", "") and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(v) == 18 and v[:17].isdigit():
                assert not _id_ok(v), (k, v)
            if k == "bad_id":
                assert len(v) == 18 and not _id_ok(v)
            if k == "bad_card":
                assert not _luhn_ok(n)
        # every run of >= 5 digits / every @ is inside a labelled span
        covered = [False] * len(text)
        for s, e in spans:
            for j in range(s, e):
                covered[j] = True
        for k, s, e in es:  # a +86 / 0086 / 86- prefix is outside the span but not a separate value
            m = re.search(r"(\+86|0086|86-) ?$", text[:s])
            if k == "mobile" and m:
                for j in range(m.start(), s):
                    covered[j] = True
        for m in re.finditer(r"\d{5,}|@", text):
            assert all(covered[m.start():m.end()]), ("unlabelled", m.group(), text)
        res = _residual(text, spans)
        if es and _is_filler_only(res):
            n_bare += len(es)
            for k, _, _ in es:
                bare_kind[k] += 1
        if ns and not es and row.sender == "customer" and _is_filler_only(res):
            prev = df.iloc[idx - 1] if idx else None
            if prev is not None and prev["chat_id"] == row.chat_id and meta is not None and meta[idx][1]:
                near_bare_reply += len(ns)
    assert not pending, pending
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    n_ent = sum(kinds.values())
    no_val = int((df["entities"].map(len) == 0).sum())
    no_any = int(((df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)).sum())
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert df["chat_id"].nunique() >= 300
    assert n_ent >= 1000 and n_bare >= 500, (n_ent, n_bare)
    assert sum(near_kinds.values()) >= 600, near_kinds
    if meta is not None:
        assert near_bare_reply >= 300, near_bare_reply
    assert no_val * 2 > len(df), (no_val, len(df))
    return dict(chats=df["chat_id"].nunique(), messages=len(df), no_value=no_val, no_value_no_near=no_any,
                entities=n_ent, kinds=kinds, bare=n_bare, bare_kinds=bare_kind, near_kinds=near_kinds,
                near_bare_reply=near_bare_reply, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads5_corpus())  # deterministic
    c = check_corpus(df, meta)
    print(f"conversations={c['chats']} messages={c['messages']} without entity={c['no_value']} "
          f"without any value (no entity, no near-miss)={c['no_value_no_near']}")
    print(f"entities={c['entities']} bare={c['bare']}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}  bare {c['bare_kinds'][k]}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} bare replies to a question={c['near_bare_reply']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    ctx: dict = {}
    for (tid, _), es, fs in zip(meta, df["entities"], df["formats"]):
        for (k, _, _), f in zip(es, fs):
            ctx.setdefault(f"{k}/{f}", set()).add(tid)
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:34s} {n:4d}  templates={len(ctx[f])}")
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

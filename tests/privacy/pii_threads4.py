"""Fourth thread corpus (``split == "threads4"``): whole WeCom GROUP chats.

Who / rules
-----------
Written by an independent test-data writer, a helper session calling itself
"第三十二位写手", that never saw the masker.  It read only: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``;
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout
and entry-point names only); the directory listing of ``tests/privacy/`` and
of ``../shared/datasets/`` (no dataset content was used).  It did not read
anything else under ``toolkit/privacy/``, nor ``bench/``, ``docs/``, the
README, any other corpus or test, nor git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.

What is different here
----------------------
Each conversation is a WHOLE GROUP CHAT (8-40 messages) of a WeCom customer
group: 业主群 of a property company, 团购 / 接龙 group of a community shop,
家长群 of a training school, 车友群 of a car dealer, 会员群 of a brand,
售后群 of an installer (air conditioners, water heaters, charging piles),
旅游团群 of a travel agency.  Several customers (``cust_1`` ...) and one or
two staff (``staff_1`` / ``staff_2``) talk at once, so a value often only
makes sense from a question asked several messages earlier:

* bare replies (``bare_reply_*``: staff asks, the member answers with the
  value only, maybe with 好的 / 收到 / emoji / an @-mention of staff);
* late bare replies (``late_reply_*``: one to three other members' messages
  between the question and the answer);
* quoted replies (``quote_reply_*``: 「staff：question」 + divider + value);
* cued values (``cued_*``: 我手机号… / 地址是…);
* 接龙 lists (``list_line_*``: numbered lines of estate-building-room,
  phone and quantity, re-posted and growing with every member);
* staff posting their own contact and the shop address (``staff_post_*``);
* a member giving another member a number / address (``relay_*``);
* corrections (``fix_*``: a first answer that is mistyped; when the mistyped
  value still passes its checks it is labelled (as a bare reply), when it
  fails it is a near-miss; the corrected value is labelled ``fix_*``);
* a value split over two messages by one member (``split_plain``; both
  halves labelled, both bare).

More than half of the messages hold no value.  Many bare answers to staff
questions are NOT personal data though they look alike: order / tracking /
invoice numbers, pickup codes such as ``3-2-1502``, hotel and class room
numbers, parking spots, amounts, quantities, dates, times, head counts,
mileage, verification codes, model numbers, flights and trains; staff
notices add group-buy prices, deadlines, opening hours and 400/800/95xxx
hotlines.  Mistyped ID numbers (bad check digit), card numbers (bad Luhn)
and mobiles (10 / 12 digits) are near-misses.  Names are never labelled and
never written (members are addressed by nicknames such as 晴天 / 豆豆妈 and
roles such as 物业管家).

Seed
----
``SEED = "threads4-2026-wecom-groups-第三十二位写手"``; everything comes from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064
MOD 11-2) and Luhn digits are computed here.

Layout
------
One row per MESSAGE, in conversation order; columns ``chat_id`` (str),
``seq`` (int, 0.. per chat), ``sender`` ("staff" / "customer"), ``member``
(``staff_1`` / ``cust_3`` ...), ``text``, ``entities`` (list of
``(kind, start, end)``), ``formats`` (one ``<how given>_<how written>`` name
per entity), ``near_misses`` (list of ``(near_kind, start, end)``), ``split``
(``"threads4"``).  Spans hold the value only: cue words, ``+86`` / ``0086``
prefixes and extensions (转806 / -806 / 分机806) are outside, separators
(spaces, dashes, the parentheses of ``(0571)``) inside; an address runs from
its first place unit (province / city / district / county / town / village /
road / estate) to its last house-level unit (号 / 栋 / 单元 / 室 / 层 / a bare
room number ``1502`` or ``3-2-1502``).  A "template" is the trade of the
group (7 trades).

Counts (``python tests/privacy/pii_threads4.py``)
-------------------------------------------------
conversations=230 (7 trades, 8-40 messages each), messages=6817,
messages_without_values=5516, entities=1514, bare=685 (bare_reply /
late_reply / split: the member's own message holds only the value plus
filler, emoji, @-mention or a +86 prefix);
entities per kind: mobile 290, address 262, email 155, id_card 151,
bank_card 142, plate 139, wechat 133, landline 125, qq 117;
near-miss spans=1735 (652 in bare replies to a question), 22 kinds: date 288,
amount 264, quantity 228, time 184, price 146, order_no 96, hotline 88,
tracking_no 81, verify_code 64, bad_card 40, invalid_mobile 37,
invoice_no 33, bad_id 33, pickup_code 24, model_no 19, hotel_room 19,
age_grade 18, classroom 16, headcount 15, parking_spot 15, train_flight 14,
mileage 13;
formats=157 distinct (kind/format), every one used >= 4 times in >= 3 of the
7 trades (each is first forced FORCE_PER_FMT=4 times into rotating trades).

``check_corpus`` asserts: spans inside the text and not overlapping, every
value valid (mobile prefixes, area codes, ID check digit, Luhn and BIN,
plate / e-mail / QQ / WeChat shapes, address from a place unit to a
house-level unit), split halves joining to a valid value, bare messages
holding nothing but the value and filler, near-misses of 16-19 digits
failing Luhn and of 18 failing the ID check, every digit of a message inside
a span (except 接龙 line numbers, +86 prefixes and extensions), chats of
8-40 messages with staff and >= 3 customers, and the size targets.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "threads4-2026-wecom-groups-第三十二位写手"
SPLIT = "threads4"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_CHATS = 230
FORCE_PER_FMT = 4

# --------------------------------------------------------------------------- checks on values
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHK = "10X98765432"


def _id_check(s17: str) -> str:
    return _CHK[sum(int(c) * w for c, w in zip(s17, _W)) % 11]


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


def _luhn_ok(n: str) -> bool:
    return len(n) >= 2 and n.isdigit() and _luhn_digit(n[:-1]) == n[-1]


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# --------------------------------------------------------------------------- fixed material
# (province, city, district, area code, plate prefix, id region)
CITIES = (
    ("浙江省", "杭州市", "西湖区", "0571", "浙A", "330106"),
    ("江苏省", "南京市", "鼓楼区", "025", "苏A", "320106"),
    ("广东省", "深圳市", "南山区", "0755", "粤B", "440305"),
    ("四川省", "成都市", "武侯区", "028", "川A", "510107"),
    ("湖北省", "武汉市", "洪山区", "027", "鄂A", "420111"),
    ("山东省", "济南市", "历下区", "0531", "鲁A", "370102"),
    ("福建省", "厦门市", "思明区", "0592", "闽D", "350203"),
    ("河南省", "郑州市", "金水区", "0371", "豫A", "410105"),
    ("湖南省", "长沙市", "岳麓区", "0731", "湘A", "430104"),
    ("陕西省", "西安市", "雁塔区", "029", "陕A", "610113"),
    ("", "上海市", "浦东新区", "021", "沪A", "310115"),
    ("", "北京市", "朝阳区", "010", "京N", "110105"),
)
EXTRA_REGIONS = ("130104", "210102", "500103", "360102", "450103", "320583", "330382", "441900", "340104", "120104")
ROADS = ("文三路", "中山北路", "人民路", "建设大道", "解放西路", "科技园南路", "长江路", "新华街", "学院路", "滨江大道",
         "和平路", "友谊大街", "金沙江路", "花园街")
ESTATES = ("锦绣华庭", "阳光花园", "金地名悦", "万科城市花园", "碧桂园凤凰城", "保利香槟国际", "绿城桂花园", "融创玖樟台",
           "翠湖苑", "龙湖春江郦城", "世纪新城", "枫林湾", "御景湾", "紫薇花园")
RURAL = (("浙江省", "杭州市", "临安区", "太湖源镇", "白沙村"), ("江苏省", "苏州市", "吴江区", "七都镇", "开弦弓村"),
         ("四川省", "成都市", "郫都区", "唐昌镇", "战旗村"), ("湖南省", "长沙市", "宁乡市", "花明楼镇", "炭子冲村"),
         ("山东省", "潍坊市", "寿光市", "孙家集街道", "三元朱村"), ("河南省", "郑州市", "新郑市", "龙湖镇", "泰山村"))
MOBILE_PREFIXES = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
                   "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189",
                   "177", "173", "199", "191", "166", "198", "176", "175", "195")
BINS = (("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("621226", 19), ("622700", 19),
        ("623668", 19), ("622260", 19), ("621483", 16), ("436742", 16), ("427020", 16), ("518710", 16),
        ("524047", 16), ("955880", 19), ("95599", 19))
MAIL_DOMAINS = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "outlook.com", "139.com", "yeah.net")
MAIL_WORDS = ("sunny", "happy", "orange", "lemon", "xiaoyu", "mumu", "tiantian", "candy", "panda", "stone", "river",
              "cloud", "kiki", "bobo", "coco", "tangtang", "doudou", "leaf")
STAFF_MAIL_DOMAINS = ("jinxiu-wy.com", "xianguo365.cn", "qimiaoedu.com", "autohome-4s.com.cn", "brandvip.cn",
                      "anzhuang-fw.com", "lvxing-tour.cn")
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
NICKS = ("晴天", "向日葵", "豆豆妈", "追风少年", "静待花开", "一米阳光", "安然", "海阔天空", "柠檬不酸", "云淡风轻",
         "开心果", "木棉", "大白", "糖糖妈", "小橙子", "岁月静好", "知足常乐", "橘子汽水", "阿泽爸爸", "荷塘月色",
         "Lucky", "平安是福", "小蜗牛", "麦兜", "星星点灯", "乐乐妈")

TRADES = ("owners", "groupbuy", "parents", "carclub", "members", "aftersale", "tour")
TRADE_CN = {"owners": "业主群", "groupbuy": "团购接龙群", "parents": "家长群", "carclub": "车友群",
            "members": "会员群", "aftersale": "售后群", "tour": "旅游团群"}
STAFF_ROLES = {"owners": ("物业管家", "物业前台"), "groupbuy": ("团长", "团长助理"), "parents": ("班主任", "教务老师"),
               "carclub": ("服务顾问", "客户经理"), "members": ("会员专员", "品牌小助手"),
               "aftersale": ("售后客服", "安装调度"), "tour": ("导游", "计调")}

CUES = {"mobile": ("手机号", "电话", "联系电话", "手机"), "landline": ("座机", "固定电话", "家里座机号码"),
        "id_card": ("身份证号", "身份证号码"), "bank_card": ("银行卡号", "卡号"), "email": ("邮箱", "邮箱地址"),
        "qq": ("QQ号", "QQ"), "wechat": ("微信号", "微信"), "plate": ("车牌号", "车牌"),
        "address": ("地址", "详细地址", "收货地址")}
PURPOSES = {
    "mobile": {"owners": "方便管家联系您", "groupbuy": "到货了好通知您", "parents": "调课了好通知家长",
               "carclub": "保养到期提醒您", "members": "积分要绑定", "aftersale": "师傅上门前先联系您",
               "tour": "出发前导游联系您"},
    "landline": {"owners": "停水停电好通知到家里", "aftersale": "师傅打不通手机时用", "members": "寄会员礼要留",
                 "carclub": "单位车辆登记要留单位电话", "tour": "单位报团要留单位座机"},
    "id_card": {"owners": "门禁人脸备案要用", "parents": "给孩子买活动意外险", "carclub": "做上牌资料",
                "members": "跨境商品清关要实名", "tour": "订机票和买保险要用", "aftersale": "申请以旧换新补贴要用",
                "groupbuy": "跨境奶粉清关要实名"},
    "bank_card": {"owners": "装修押金退到卡里", "groupbuy": "原路退不了要走银行卡", "parents": "退费打到卡上",
                  "carclub": "置换补贴打到卡上", "members": "返现打到卡上", "aftersale": "安装费退到卡上",
                  "tour": "退团费打到卡上"},
    "email": {"parents": "课表发到邮箱", "members": "电子发票发邮箱", "aftersale": "电子保修卡发邮箱",
              "tour": "行程单发邮箱", "carclub": "电子发票发邮箱", "owners": "缴费电子票据发邮箱"},
    "qq": {"parents": "课件发QQ", "members": "加QQ群领券", "aftersale": "远程指导加QQ", "tour": "照片传QQ",
           "groupbuy": "加QQ发售后图片"},
    "wechat": {t: p for t, p in zip(TRADES, ("拉您进楼栋小群", "单独发您售后", "单独发您学习资料", "拉您进自驾小群",
                                              "单独发您优惠券", "单独发您安装视频", "单独发您行程"))},
    "plate": {"owners": "车位门禁录入车牌", "carclub": "预约保养要登记", "parents": "校门口接送车辆登记",
              "tour": "自驾团车辆登记", "aftersale": "充电桩安装要登记车牌", "members": "停车券绑定车牌"},
    "address": {"owners": "报修要登记", "groupbuy": "送货上门", "parents": "寄教材", "members": "寄会员礼",
                "aftersale": "安排上门安装", "tour": "寄签证材料", "carclub": "上门取送车"},
}
ASK_TEMPLATES = ("@{nick} 麻烦发一下{cue}，{p}", "还没登记{cue}的在群里发一下哈，{p}", "@{nick} 亲，{p}，{cue}给一下",
                 "@{nick} 您的{cue}是多少呀？{p}", "各位，{p}，请把{cue}发群里", "@{nick} {cue}还差您的，{p}")
CUED_TEMPLATES = ("我的{cue}是{v}，{p}", "{cue}：{v}", "{cue}{v}，麻烦登记下", "补一下我的{cue} {v}",
                  "@{staff} {cue}发您了 {v}")
FILL_PRE = ("", "", "", "", "好的 ", "嗯嗯 ", "收到，", "👌 ", "好滴~ ", "@{staff} ", "@{staff} ", "亲 ")
FILL_POST = ("", "", "", "", " 谢谢", "🙏", "～", "。", " 好的", " 辛苦了", " 麻烦了", "[抱拳]")
FILLER_WORDS = ("好的", "嗯嗯", "收到", "好滴", "亲", "谢谢", "辛苦了", "麻烦了", "[抱拳]", "[捂脸]")

CHATTER = {
    "owners": ("今天电梯又停了吗", "楼下快递柜满了", "请问周末停水吗", "收到，谢谢管家", "垃圾分类点挪到哪了",
               "小区门口那个井盖谁报修一下", "[捂脸]今天又有人在楼道放电动车", "管家辛苦了", "晚上施工太吵了",
               "绿化什么时候修剪呀", "收到", "好的好的"),
    "groupbuy": ("今天的草莓好甜", "团长辛苦啦", "昨天的荔枝有点压坏了", "什么时候到货呀", "已付款", "好吃回购",
                 "团长下次团车厘子吗", "收到货了，很新鲜👍", "冲冲冲", "这个鸡蛋是土鸡蛋吗", "好的", "谢谢团长"),
    "parents": ("收到，谢谢老师", "老师辛苦了", "孩子今天作业写完了", "明天要带水彩笔吗", "请假一次可以补课吗",
                "好的老师", "孩子说今天特别开心", "收到👌", "今天下雨还上课吗", "作业照片发哪里呀"),
    "carclub": ("周末自驾去哪玩", "油价又涨了", "保养送洗车吗", "收到", "上次保养很满意", "这车冬天续航掉得厉害",
                "有没有一起去露营的", "谢谢顾问", "轮胎要换了", "好的"),
    "members": ("今天直播间有券吗", "积分什么时候到账", "收到，谢谢", "新品什么时候上", "上次买的面霜很好用",
                "会员日是哪天呀", "好的", "赞👍", "这个颜色还有货吗", "已下单"),
    "aftersale": ("师傅什么时候上门", "空调滴水怎么办", "热水器显示故障", "收到，谢谢", "好的麻烦了",
                  "安装师傅很专业👍", "充电桩装好了能用", "遥控器失灵了", "还在保修期吗", "好的"),
    "tour": ("导游辛苦了", "明天几点集合呀", "要带厚衣服吗", "收到", "好的", "风景太美了", "行李可以放车上吗",
             "有没有推荐的特产", "晕车药谁带了", "今天玩得好开心"),
}


def _mobile(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


def _days(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _id17(r: random.Random, region: str, y0: int = 1955, y1: int = 2016) -> str:
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, _days(y, m))
    return f"{region}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"


def _card(r: random.Random) -> str:
    b, n = r.choice(BINS)
    body = b + "".join(r.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + _luhn_digit(body)


def _qq(r: random.Random) -> str:
    n = r.choice((6, 8, 9, 9, 10, 10, 10, 11))
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def _room(r: random.Random) -> str:
    return f"{r.randint(2, 32)}{r.randint(1, 6):02d}"


# --------------------------------------------------------------------------- formats
WRITTEN = {
    "mobile": ("plain", "space344", "dash344", "plus86"),
    "landline": ("dash", "paren", "ext", "nodash"),
    "id_card": ("plain", "xlower", "space6_8_4"),
    "bank_card": ("plain", "space4"),
    "email": ("qqmail", "alias"),
    "qq": ("digits",),
    "wechat": ("alnum", "wxid", "dashword"),
    "plate": ("plain", "ev", "dot", "space"),
    "address": ("full", "city", "estate", "dash", "village"),
}
EXTRA_GIVEN = {
    "mobile": {"list_line": ("plain", "space344", "dash344"), "staff_post": ("plain", "space344", "dash344", "plus86"),
               "relay": ("plain", "space344", "dash344", "plus86"), "fix": ("plain", "space344"),
               "split": ("plain",)},
    "landline": {"staff_post": ("dash", "paren", "ext"), "relay": ("dash", "ext", "nodash")},
    "id_card": {"fix": ("plain",), "split": ("plain",)},
    "bank_card": {"fix": ("plain", "space4"), "split": ("plain",)},
    "email": {"staff_post": ("alias",), "fix": ("qqmail", "alias")},
    "qq": {"staff_post": ("digits",), "fix": ("digits",), "relay": ("digits",)},
    "wechat": {"staff_post": ("alnum", "dashword"), "relay": ("alnum", "wxid")},
    "plate": {"fix": ("plain", "ev", "dot")},
    "address": {"list_line": ("estate", "dash"), "staff_post": ("road", "full", "city"), "relay": ("road", "estate")},
}
BASE_GIVEN = ("bare_reply", "late_reply", "quote_reply", "cued")
BARE_GIVEN = ("bare_reply", "late_reply", "split")
KIND_WEIGHTS = (2.0, 1.4, 1.6, 0.8, 1.0, 2.6, 1.0, 1.0, 0.5)  # extra episodes, in KINDS order


def _all_formats() -> list[tuple[str, str, str]]:
    out = []
    for k in KINDS:
        for g in BASE_GIVEN:
            for w in WRITTEN[k]:
                out.append((k, g, w))
        for g, ws in EXTRA_GIVEN[k].items():
            for w in ws:
                out.append((k, g, w))
    return out


FORMATS = _all_formats()


def _fmt_name(given: str, written: str) -> str:
    return f"{given}_{written}"


# --------------------------------------------------------------------------- the chat builder
class _Chat:
    def __init__(self, r: random.Random, cid: str, trade: str):
        self.r, self.cid, self.trade = r, cid, trade
        self.city = r.choice(CITIES)
        self.estate = r.choice(ESTATES)
        n_staff = r.choice((1, 1, 2))
        n_cust = r.randint(3, 8)
        self.staff = [f"staff_{i + 1}" for i in range(n_staff)]
        self.custs = [f"cust_{i + 1}" for i in range(n_cust)]
        roles = list(STAFF_ROLES[trade])
        nicks = list(NICKS)
        r.shuffle(nicks)
        self.nick = {s: roles[i] for i, s in enumerate(self.staff)}
        self.nick.update({c: nicks[i] for i, c in enumerate(self.custs)})
        self.msgs: list[dict] = []

    # segments: str | ("E", kind, text, fmt) | ("N", nkind, text)
    def say(self, member: str, *segs, near_bare: bool = False) -> None:
        text, ents, fmts, nears = "", [], [], []
        for s in segs:
            if isinstance(s, str):
                text += s
            elif s[0] == "E":
                ents.append((s[1], len(text), len(text) + len(s[2])))
                fmts.append(s[3])
                text += s[2]
            else:
                nears.append((s[1], len(text), len(text) + len(s[2])))
                text += s[2]
        self.msgs.append(dict(member=member, sender="staff" if member.startswith("staff") else "customer",
                              text=text, entities=ents, formats=fmts, near_misses=nears,
                              near_bare=near_bare, template=self.trade))

    def chatter(self, n: int = 1, avoid: str | None = None) -> None:
        for _ in range(n):
            who = self.r.choice([c for c in self.custs if c != avoid] or self.custs)
            self.say(who, self.r.choice(CHATTER[self.trade]))

    def st(self) -> str:
        return self.r.choice(self.staff)

    # ---- values
    def value(self, kind: str, written: str) -> tuple[str, str, str]:
        r = self.r
        prov, city, dist, area, plate, region = self.city
        if kind == "mobile":
            m = _mobile(r)
            if written == "space344":
                return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
            if written == "dash344":
                return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
            if written == "plus86":
                return r.choice(("+86 ", "+86-", "0086 ", "+86")), m, ""
            return "", m, ""
        if kind == "landline":
            code = area if r.random() < 0.8 else r.choice(CITIES)[3]
            local = str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(7))
            if written == "paren":
                return "", f"({code}){local}", ""
            if written == "nodash":
                return "", code + local, ""
            if written == "ext":
                return "", f"{code}-{local}", r.choice(("转", "-", "分机", "转")) + str(r.randint(100, 8999))
            return "", f"{code}-{local}", ""
        if kind == "id_card":
            reg = region if r.random() < 0.6 else r.choice(EXTRA_REGIONS)
            y0, y1 = (2008, 2019) if self.trade == "parents" and r.random() < 0.6 else (1955, 2004)
            while True:
                s17 = _id17(r, reg, y0, y1)
                c = _id_check(s17)
                if written != "xlower" or c == "X":
                    break
            s = s17 + c
            if written == "xlower":
                return "", s[:17] + "x", ""
            if written == "space6_8_4":
                return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
            return "", s, ""
        if kind == "bank_card":
            c = _card(r)
            if written == "space4":
                return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
            return "", c, ""
        if kind == "email":
            if written == "qqmail":
                return "", _qq(r) + r.choice(("@qq.com", "@qq.com", "@QQ.com", "@foxmail.com")), ""
            w = r.choice(MAIL_WORDS) + r.choice(("", "_", ".")) + str(r.randint(1, 2025))
            return "", w + "@" + r.choice(MAIL_DOMAINS), ""
        if kind == "qq":
            return "", _qq(r), ""
        if kind == "wechat":
            if written == "wxid":
                return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
            if written == "dashword":
                return "", r.choice(MAIL_WORDS) + "-" + r.choice(MAIL_WORDS) + str(r.randint(1, 99)), ""
            return "", r.choice(MAIL_WORDS) + r.choice(("_", "", "")) + str(r.randint(1980, 2024)), ""
        if kind == "plate":
            pre = plate if r.random() < 0.75 else r.choice(CITIES)[4]
            if written == "ev":
                return "", pre + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5)), ""
            n_let = r.choice((0, 1, 1, 1, 2, 2))
            pos = r.sample(range(5), n_let)
            tail = "".join(r.choice(PLATE_CHARS[:24]) if i in pos else r.choice("0123456789") for i in range(5))
            if written == "dot":
                return "", pre + "·" + tail, ""
            if written == "space":
                return "", pre + " " + tail, ""
            return "", pre + tail, ""
        if kind == "address":
            est = self.estate if r.random() < 0.7 else r.choice(ESTATES)
            b, u, room = r.randint(1, 28), r.randint(1, 4), _room(r)
            road = r.choice(ROADS) + f"{r.randint(1, 999)}号"
            if written == "full":
                return "", f"{prov}{city}{dist}{road}{est}{b}栋{u}单元{room}室", ""
            if written == "city":
                return "", f"{city}{dist}{road}{est}{b}栋{room}", ""
            if written == "estate":
                return "", r.choice((f"{est}{b}栋{u}单元{room}", f"{est}{b}幢{room}室", f"{est}{b}号楼{room}")), ""
            if written == "dash":
                return "", f"{est}{b}-{u}-{room}", ""
            if written == "road":
                return "", r.choice((f"{dist}{road}", f"{road}{r.randint(1, 3)}层", f"{city}{dist}{road}")), ""
            pv, ct, ds, tn, vl = r.choice(RURAL)
            return "", f"{ct}{ds}{tn}{vl}{r.randint(1, 12)}组{r.randint(1, 88)}号", ""
        raise ValueError(kind)

    def E(self, kind: str, given: str, written: str) -> list:
        pre, core, post = self.value(kind, written)
        out = [pre] if pre else []
        out.append(("E", kind, core, _fmt_name(given, written)))
        if post:
            out.append(post)
        return out

    def fill(self, seg: list) -> list:
        pre = self.r.choice(FILL_PRE).replace("{staff}", self.nick[self.st()])
        post = self.r.choice(FILL_POST)
        return ([pre] if pre else []) + seg + ([post] if post else [])

    def ask(self, kind: str, who: str) -> tuple[str, str]:
        s = self.st()
        p = PURPOSES[kind][self.trade]
        q = self.r.choice(ASK_TEMPLATES).format(nick=self.nick[who], cue=self.r.choice(CUES[kind]), p=p)
        self.say(s, q)
        return s, q


# --------------------------------------------------------------------------- near-miss material
def _near_value(r: random.Random, nk: str) -> str:
    d = "0123456789"
    if nk == "order_no":
        while True:
            n = r.choice((16, 18, 19, 20))
            v = "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "".join(r.choice(d) for _ in range(n - 8))
            if not _luhn_ok(v) and not _id_ok(v):
                return v
    if nk == "tracking_no":
        return r.choice(("SF", "YT", "JT", "JD", "75")) + "".join(r.choice(d) for _ in range(r.choice((12, 13))))
    if nk == "pickup_code":
        return f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(0, 9)}{r.randint(1, 9)}"
    if nk == "verify_code":
        return "".join(r.choice(d) for _ in range(r.choice((4, 6, 6))))
    if nk == "amount":
        n = r.randint(12, 2680)
        return r.choice((f"{n}元", f"{n}", f"¥{n}", f"{n}块", f"{n}.{r.randint(1, 9)}"))
    if nk == "quantity":
        return f"{r.randint(1, 6)}" + r.choice(("盒", "份", "斤", "箱", "袋", ""))
    if nk == "date":
        m, dd = r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{m}月{dd}号", f"{m}.{dd}", f"{m}月{dd}日", f"{dd}号"))
    if nk == "time":
        h = r.randint(7, 21)
        return r.choice((f"{h}:{r.choice(('00', '15', '30', '45'))}", f"下午{r.randint(1, 6)}点", f"{h}点半"))
    if nk == "hotel_room":
        return f"{r.randint(2, 18)}{r.randint(1, 30):02d}"
    if nk == "classroom":
        return r.choice((f"{r.randint(2, 5)}0{r.randint(1, 9)}", f"A{r.randint(2, 5)}0{r.randint(1, 9)}",
                         f"{r.randint(2, 5)}0{r.randint(1, 9)}教室"))
    if nk == "parking_spot":
        return r.choice((f"B{r.randint(1, 3)}-{r.randint(100, 399)}", f"{r.randint(100, 699)}号车位", f"C{r.randint(10, 99)}"))
    if nk == "model_no":
        return r.choice(("KFR-35GW/BpR3", "KFR-72LW", "EC6002-Y5", "JSQ25-13A3", "BCD-470WDPF", "7KW-AC01",
                         "JSQ30-16ZH", "KFR-26GW"))
    if nk == "invoice_no":
        return r.choice(("0", "1")) + "".join(r.choice(d) for _ in range(7)) if r.random() < 0.6 else \
            "26" + "".join(r.choice(d) for _ in range(18))
    if nk == "train_flight":
        return r.choice(("MU", "CA", "CZ", "G", "D", "HU")) + str(r.randint(101, 9899))
    if nk == "headcount":
        return f"{r.randint(1, 4)}大{r.randint(0, 2)}小"
    if nk == "mileage":
        return r.choice((f"{r.randint(3, 98)}000公里", f"{r.randint(1, 9)}.{r.randint(1, 9)}万公里"))
    if nk == "age_grade":
        return r.choice((f"{r.randint(4, 12)}岁", f"{r.randint(1, 6)}年级"))
    if nk == "hotline":
        return r.choice((f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", "95588", "95533", "95555",
                         f"800-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{r.randint(100, 999)}{r.randint(1000, 9999)}"))
    if nk == "price":
        return f"{r.randint(9, 129)}.9"
    raise ValueError(nk)


# (near kind, question) per trade; the customer answers with the bare value
NEAR_QA = {
    "owners": (("pickup_code", "@{nick} 您的快递取件码多少？我让保安帮您拿上来"), ("parking_spot", "@{nick} 您租的车位号是哪个？"),
               ("amount", "@{nick} 物业费交了多少？我对一下账"), ("date", "@{nick} 装修哪天开工？"),
               ("verify_code", "@{nick} 门禁小程序收到的验证码报一下")),
    "groupbuy": (("quantity", "@{nick} 草莓要几盒？"), ("amount", "@{nick} 您转了多少？"), ("order_no", "@{nick} 订单号发一下我查查"),
                 ("pickup_code", "@{nick} 自提柜取件码多少？"), ("time", "@{nick} 几点来拿？")),
    "parents": (("classroom", "@{nick} 孩子在哪个教室上课？"), ("age_grade", "@{nick} 孩子几年级了？"),
                ("verify_code", "@{nick} 报名系统验证码收到了吗，报一下"), ("date", "@{nick} 哪天补课方便？"),
                ("amount", "@{nick} 学费交的多少？")),
    "carclub": (("mileage", "@{nick} 现在跑了多少公里？"), ("date", "@{nick} 哪天来保养？"), ("time", "@{nick} 几点到店？"),
                ("verify_code", "@{nick} 预约验证码报一下"), ("amount", "@{nick} 上次保养花了多少？")),
    "members": (("order_no", "@{nick} 订单号发一下"), ("tracking_no", "@{nick} 退货快递单号多少？"),
                ("invoice_no", "@{nick} 发票号码报一下"), ("amount", "@{nick} 实付多少？"), ("verify_code", "@{nick} 验证码报一下")),
    "aftersale": (("model_no", "@{nick} 机器型号是多少？看下铭牌"), ("order_no", "@{nick} 订单号发下"),
                  ("tracking_no", "@{nick} 配件寄回的单号多少？"), ("date", "@{nick} 哪天上门方便？"),
                  ("invoice_no", "@{nick} 发票号码多少？")),
    "tour": (("hotel_room", "@{nick} 您住哪个房间？"), ("train_flight", "@{nick} 您坐的哪个航班/车次？"),
             ("headcount", "@{nick} 你们家几位？"), ("time", "@{nick} 几点能到集合点？"), ("amount", "@{nick} 尾款转了多少？")),
}


def _bad_value(r: random.Random, c: _Chat, kind: str) -> tuple[str, str] | None:
    """A mistyped value failing its check -> (near_kind, text)."""
    if kind == "mobile":
        m = _mobile(r)
        return "invalid_mobile", (m[:-1] if r.random() < 0.5 else m + r.choice("0123456789"))
    if kind == "id_card":
        while True:
            s17 = _id17(r, c.city[5])
            good = _id_check(s17)
            v = s17 + r.choice([x for x in "0123456789X" if x != good])
            if not _luhn_ok(v):
                return "bad_id", v
    if kind == "bank_card":
        cd = _card(r)
        return "bad_card", cd[:-1] + r.choice([x for x in "0123456789" if x != cd[-1]])
    return None


# --------------------------------------------------------------------------- episodes
def _ep_value(c: _Chat, kind: str, given: str, written: str) -> None:
    r = c.r
    who = r.choice(c.custs)
    if given == "bare_reply":
        c.ask(kind, who)
        c.say(who, *c.fill(c.E(kind, given, written)))
    elif given == "late_reply":
        c.ask(kind, who)
        c.chatter(r.randint(1, 3), avoid=who)
        c.say(who, *c.fill(c.E(kind, given, written)))
    elif given == "quote_reply":
        s, q = c.ask(kind, who)
        if r.random() < 0.5:
            c.chatter(1, avoid=who)
        c.say(who, f"「{c.nick[s]}：{q}」\n- - - - - - - - - - - - - - -\n", *c.E(kind, given, written))
    elif given == "cued":
        if r.random() < 0.5:
            c.ask(kind, who)
        pre, core, post = c.value(kind, written)
        t = r.choice(CUED_TEMPLATES)
        a, b = t.split("{v}")
        a = a.format(cue=r.choice(CUES[kind]), staff=c.nick[c.st()], p=PURPOSES[kind][c.trade])
        b = b.format(cue="", staff="", p=PURPOSES[kind][c.trade])
        c.say(who, a, *([pre] if pre else []), ("E", kind, core, _fmt_name(given, written)), *([post] if post else []), b)
    elif given == "split":
        c.ask(kind, who)
        pre, core, post = c.value(kind, written)
        cut = r.randint(4, len(core) - 3)
        fm = _fmt_name(given, written)
        c.say(who, ("E", kind, core[:cut], fm))
        if r.random() < 0.3:
            c.chatter(1, avoid=who)
        c.say(who, ("E", kind, core[cut:], fm))
    elif given == "fix":
        c.ask(kind, who)
        bad = _bad_value(r, c, kind)
        if bad is not None and r.random() < 0.7:
            c.say(who, *c.fill([("N", bad[0], bad[1])]), near_bare=True)
        else:  # a mistyped value that is still valid: labelled as a bare reply
            c.say(who, *c.fill(c.E(kind, "bare_reply", written)))
        if r.random() < 0.5:
            c.say(c.st(), f"@{c.nick[who]} 这个好像不对，麻烦再核对一下")
        lead = r.choice(("不好意思打错了，是这个：", "更正一下，应该是", "发错了发错了，正确的是 ", "改一下："))
        c.say(who, lead, *c.E(kind, given, written))
    elif given == "staff_post":
        _ep_staff(c, [(kind, written)])
    elif given == "relay":
        _ep_relay(c, kind, written)
    elif given == "list_line":
        _ep_list(c, kind, written)
    else:
        raise ValueError(given)


def _ep_staff(c: _Chat, items: list[tuple[str, str]]) -> None:
    r = c.r
    s = c.st()
    segs: list = [f"大家好，我是本群{c.nick[s]}，"]
    lead = {"mobile": "有事直接打我手机 ", "landline": "门店座机 ", "email": "资料可以发我邮箱 ",
            "qq": "也可以加我QQ ", "wechat": "我的微信号 ", "address": "门店地址："}
    for i, (k, w) in enumerate(items):
        segs.append(("，" if i else "") + lead[k])
        segs += c.E(k, "staff_post", w)
    if r.random() < 0.6:
        segs += ["，营业时间 ", ("N", "time", f"{r.randint(8, 10)}:00"), "-", ("N", "time", f"{r.randint(18, 21)}:30")]
    if r.random() < 0.5:
        segs += ["，总部客服热线 ", ("N", "hotline", _near_value(r, "hotline"))]
    segs.append("。")
    c.say(s, *segs)


RELAY_ASK = {"mobile": "有没有靠谱的师傅推荐？家里水管漏了", "landline": "谁知道物业前台座机多少？",
             "wechat": "上次说的那个卖土鸡蛋的阿姨怎么联系？", "address": "那家修鞋的店在哪儿来着？",
             "qq": "二手闲置群的群主怎么联系呀？"}
RELAY_ANS = {"mobile": "@{n} 我上次找的这个师傅，打他电话 ", "landline": "@{n} 前台座机 ",
             "wechat": "@{n} 加她微信 ", "address": "@{n} 在 ", "qq": "@{n} 加群主QQ "}


def _ep_relay(c: _Chat, kind: str, written: str) -> None:
    a, b = c.r.sample(c.custs, 2)
    c.say(a, RELAY_ASK[kind])
    if c.r.random() < 0.4:
        c.chatter(1, avoid=a)
    c.say(b, RELAY_ANS[kind].format(n=c.nick[a]), *c.E(kind, "relay", written), c.r.choice(("，挺靠谱的", "", "，报我名字就行")))
    c.say(a, c.r.choice(("谢谢！", "好的谢谢", "收到🙏")))


JL_ITEMS = {"groupbuy": ("丹东草莓", "盒"), "owners": ("小区团购大米", "袋"), "parents": ("周末研学报名", "人"),
            "members": ("会员日福利", "份"), "carclub": ("车友会洗车卡", "张"), "aftersale": ("清洗空调团购", "台"),
            "tour": ("景区特产代购", "份")}


def _ep_list(c: _Chat, kind: str, written: str) -> None:
    r = c.r
    item, unit = JL_ITEMS[c.trade]
    price, date = _near_value(r, "price"), _near_value(r, "date")
    s = c.st()
    head = ["#接龙\n", item + " ", ("N", "price", price), f"元/{unit}，", ("N", "date", date), "截单\n例：小区楼栋房号 手机号 数量\n"]
    c.say(s, *head)
    people = r.sample(c.custs, min(len(c.custs), r.randint(2, 5)))
    lines: list[list] = []
    for i, p in enumerate(people):
        line: list = [f"\n{i + 1}. "]
        want_addr = (kind == "address" and i == 0) or r.random() < 0.75
        want_mob = (kind == "mobile" and i == 0) or r.random() < 0.75
        if want_addr:
            w = written if (kind == "address" and i == 0) else r.choice(EXTRA_GIVEN["address"]["list_line"])
            line += c.E("address", "list_line", w)
        if want_mob:
            w = written if (kind == "mobile" and i == 0) else r.choice(EXTRA_GIVEN["mobile"]["list_line"])
            line += [" "] + c.E("mobile", "list_line", w)
        line += [" ", ("N", "quantity", f"{r.randint(1, 4)}{unit}")]
        lines.append(line)
        msg = list(head)
        for ln in lines:
            msg += ln
        c.say(p, *msg)
        if r.random() < 0.3:
            c.chatter(1)
    c.say(s, "接龙的亲们，", ("N", "date", _near_value(r, "date")), "下午到货，到了群里通知")


def _ep_bad(c: _Chat) -> None:
    """Staff asks for a value, the member sends a mistyped one (fails its check) and never corrects it here."""
    r = c.r
    kind = r.choice([k for k in ("mobile", "id_card", "bank_card") if c.trade in PURPOSES[k]])
    who = r.choice(c.custs)
    c.ask(kind, who)
    if r.random() < 0.3:
        c.chatter(1, avoid=who)
    nk, v = _bad_value(r, c, kind)
    c.say(who, *c.fill([("N", nk, v)]), near_bare=True)
    c.say(c.st(), f"@{c.nick[who]} " + r.choice(("位数好像不对，麻烦核对一下", "系统提示校验不通过，您再看看",
                                                   "这个号码有误哦，麻烦重新发一下")))
    c.say(who, r.choice(("我晚点看下卡片再发", "哦哦我回家查一下", "好的稍等")))


def _ep_near(c: _Chat) -> None:
    r = c.r
    if r.random() < 0.15:
        _ep_bad(c)
        return
    nk, q = r.choice(NEAR_QA[c.trade])
    who = r.choice(c.custs)
    c.say(c.st(), q.format(nick=c.nick[who]))
    if r.random() < 0.35:
        c.chatter(r.randint(1, 2), avoid=who)
    c.say(who, *c.fill([("N", nk, _near_value(r, nk))]), near_bare=True)
    if r.random() < 0.4:
        c.say(c.st(), r.choice(("收到", "好的，已登记", "好的👌")))


def _ep_notice(c: _Chat) -> None:
    r = c.r
    s = c.st()
    v = r.random()
    if v < 0.3:
        c.say(s, "通知：", ("N", "date", _near_value(r, "date")), " ", ("N", "time", _near_value(r, "time")),
              " 开始活动，有问题打总部热线 ", ("N", "hotline", _near_value(r, "hotline")))
    elif v < 0.55:
        c.say(s, "今日特价 ", ("N", "price", _near_value(r, "price")), "元，满", ("N", "amount", str(r.choice((99, 199, 299)))),
              "减", ("N", "amount", str(r.choice((10, 20, 30)))), "，", ("N", "date", _near_value(r, "date")), "截止")
    elif v < 0.8:
        c.say(s, "订单 ", ("N", "order_no", _near_value(r, "order_no")), " 已发货，单号 ",
              ("N", "tracking_no", _near_value(r, "tracking_no")))
    else:
        c.say(s, "已收到各位款项，合计 ", ("N", "amount", _near_value(r, "amount")), "，预计 ",
              ("N", "quantity", f"{r.choice((2, 3, 5))}天"), "内发货")


# --------------------------------------------------------------------------- build
def _allowed(kind: str, given: str, trade: str) -> bool:
    if trade not in PURPOSES[kind]:
        return False
    if given == "relay" and kind not in RELAY_ASK:
        return False
    return True


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    trades = [TRADES[i % len(TRADES)] for i in range(N_CHATS)]
    r.shuffle(trades)
    specs: list[list] = [[] for _ in range(N_CHATS)]
    by_trade = {t: [i for i, x in enumerate(trades) if x == t] for t in TRADES}
    # force every format FORCE_PER_FMT times, in rotating trades
    for fi, (k, g, w) in enumerate(FORMATS):
        ok = [t for t in TRADES if _allowed(k, g, t)]
        r.shuffle(ok)
        for j in range(FORCE_PER_FMT):
            t = ok[j % len(ok)]
            cand = sorted(by_trade[t], key=lambda i: (len(specs[i]), r.random()))
            specs[cand[0]].append((k, g, w))
    gweights = {"bare_reply": 10, "late_reply": 8, "quote_reply": 3, "cued": 3, "split": 3, "fix": 2,
                "staff_post": 1, "relay": 1, "list_line": 1}
    for i, t in enumerate(trades):
        target = r.randint(4, 6)
        tries = 0
        while len(specs[i]) < target and tries < 50:
            tries += 1
            k = r.choices(KINDS, weights=KIND_WEIGHTS)[0]
            k, g, w = r.choice([f for f in FORMATS if f[0] == k])
            if not _allowed(k, g, t) or r.random() * 10 > gweights[g]:
                continue
            specs[i].append((k, g, w))
    rows = []
    for i, t in enumerate(trades):
        c = _Chat(r, f"t4-{i:03d}", t)
        eps: list = [("v",) + s for s in specs[i]]
        eps += [("n",)] * r.randint(2, 4) + [("o",)] * r.randint(0, 2)
        r.shuffle(eps)
        # staff greetings first
        c.say(c.st(), r.choice(("各位", "亲们", "大家")) + f"好，欢迎加入{TRADE_CN[t]}，有问题随时在群里说～")
        c.chatter(r.randint(0, 2))
        n_val = sum(1 for e in eps if e[0] == "v")
        for e in eps:
            if e[0] == "v":
                _ep_value(c, *e[1:])
                n_val -= 1
            elif len(c.msgs) + 4 * n_val > 32:
                continue
            elif e[0] == "n":
                _ep_near(c)
            else:
                _ep_notice(c)
            if len(c.msgs) + 4 * n_val < 28:
                c.chatter(r.choice((0, 1, 1, 2)))
        while len(c.msgs) < 8:
            c.chatter(1)
        assert len(c.msgs) <= 40, (c.cid, len(c.msgs))
        for seq, m in enumerate(c.msgs):
            rows.append(dict(chat_id=c.cid, seq=seq, sender=m["sender"], member=m["member"], text=m["text"],
                             entities=m["entities"], formats=m["formats"], near_misses=m["near_misses"], split=SPLIT))
            if meta is not None:
                meta.append(dict(template=m["template"], near_bare=m["near_bare"]))
    return pd.DataFrame(rows, columns=["chat_id", "seq", "sender", "member", "text", "entities", "formats",
                                       "near_misses", "split"])


def make_threads4_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")
_PLACE = tuple(x for row in CITIES for x in row[:3] if x) + tuple(x for row in RURAL for x in row[:2]) + ROADS + ESTATES
_HOUSE_END = re.compile(r"(号|栋|幢|单元|室|层|号楼|\d{3,4}|\d+-\d+-\d{3,4})$")
_AREA = tuple(sorted({x[3] for x in CITIES}))


def _residue(text: str, spans: list) -> str:
    keep = list(text)
    for _, s, e in spans:
        for i in range(s, e):
            keep[i] = ""
    t = "".join(keep)
    t = re.sub(r"@\S+", "", t)
    t = re.sub(r"(\+86|0086)-?|(转|分机|-)\d{3,4}", "", t)  # prefixes / extensions are no cue words
    for w in FILLER_WORDS:
        t = t.replace(w, "")
    t = _EMOJI.sub("", t)
    return re.sub(r"[\s，。,.!！~～:：、]", "", t)


def _check_value(k: str, v: str) -> None:
    if k == "mobile":
        d = _digits(v)
        assert re.fullmatch(r"1[3-9]\d{9}", d) and d[:3] in MOBILE_PREFIXES, v
    elif k == "landline":
        d = _digits(v)
        assert any(d.startswith(a) and len(d) - len(a) in (7, 8) for a in _AREA), v
    elif k == "id_card":
        assert _id_ok(v.replace(" ", "")), v
    elif k == "bank_card":
        d = v.replace(" ", "")
        assert d.isdigit() and len(d) in (16, 19) and _luhn_ok(d) and d[0] in "4569", v
    elif k == "email":
        assert re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), v
    elif k == "qq":
        assert re.fullmatch(r"[1-9]\d{4,10}", v), v
    elif k == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", v), v
    elif k == "plate":
        assert re.fullmatch(r"[\u4e00-\u9fff][A-Z][·\s]?[A-HJ-NP-Z0-9]{5,6}", v), v
    elif k == "address":
        assert v.startswith(_PLACE), v
        assert _HOUSE_END.search(v), v


def check_corpus(df: pd.DataFrame, meta: list | None = None) -> dict:
    if meta is None:  # the per-message template / bare-reply flags are not columns: rebuild them
        meta = []
        if not _build(meta).equals(df):
            meta = None
    assert list(df.columns) == ["chat_id", "seq", "sender", "member", "text", "entities", "formats", "near_misses",
                                "split"]
    assert (df["split"] == SPLIT).all()
    chats = df.groupby("chat_id", sort=False)
    assert chats.ngroups >= 150
    for cid, g in chats:
        assert list(g["seq"]) == list(range(len(g))), cid
        assert 8 <= len(g) <= 40, cid
        assert (g["sender"] == "staff").any() and (g["sender"] == "customer").sum() >= 3, cid
        assert g["member"].nunique() >= 3, cid
    fmt_names = {_fmt_name(g, w) for _, g, w in FORMATS}
    split_parts: dict = {}
    for idx, row in enumerate(df.itertuples(index=False)):
        t, es, fs, ns = row.text, row.entities, row.formats, row.near_misses
        assert len(es) == len(fs)
        assert row.sender == ("staff" if row.member.startswith("staff") else "customer")
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (a, b), (c2, d) in zip(spans, spans[1:]):
            assert b <= c2, (t, spans)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and 0 <= s < e <= len(t) and f in fmt_names, (k, f)
            v = t[s:e]
            assert v == v.strip() and v, (t, v)
            if f.startswith("split"):
                split_parts.setdefault((row.chat_id, row.member, k), []).append(v)
                continue
            _check_value(k, v)
            if f.startswith(BARE_GIVEN):
                assert _residue(t, es) == "", (t, _residue(t, es))
        for k, s, e in ns:
            v = t[s:e]
            d = _digits(v)
            assert v == v.strip() and v and 0 <= s < e <= len(t)
            if 16 <= len(d) <= 19 and d == v:
                assert not _luhn_ok(d), v
            if len(d) == 18 and d == v[:18]:
                assert not _id_ok(v), v
            if len(d) == 11 and d == v:
                assert not re.fullmatch(r"1[3-9]\d{9}", d), v
        if meta is not None and meta[idx]["near_bare"]:
            assert ns and not es and _residue(t, ns) == "", t
        # every digit is inside a span, except 接龙 line numbers
        covered = [False] * len(t)
        for _, s, e in list(es) + list(ns):
            for i in range(s, e):
                covered[i] = True
        for k, s, e in es:  # +86 prefixes and extensions are outside the span but not free digits
            mp = re.search(r"(\+86|0086)[ -]?$", t[:s])
            if k == "mobile" and mp:
                for i in range(mp.start(), s):
                    covered[i] = True
            mx = re.match(r"(转|-|分机)\d{3,4}", t[e:])
            if k == "landline" and mx:
                for i in range(e, e + mx.end()):
                    covered[i] = True
        for m in re.finditer(r"\d+", t):
            if all(covered[m.start():m.end()]):
                continue
            assert re.match(r"(^|\n)\d+\. ", t[max(0, m.start() - 1):m.end() + 2]) or \
                (m.start() > 0 and t[m.start() - 1] == "\n"), (t, m.group())
    # split halves join to a valid value
    for (cid, mem, k), parts in split_parts.items():
        assert len(parts) % 2 == 0, (cid, parts)
        for i in range(0, len(parts), 2):
            _check_value(k, parts[i] + parts[i + 1])
    n_ent = sum(len(x) for x in df["entities"])
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    bare = sum(1 for fs in df["formats"] for f in fs if f.startswith(BARE_GIVEN))
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    no_val = int((df["entities"].map(len) == 0).sum())
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert n_ent >= 1000 and bare >= 500, (n_ent, bare)
    assert sum(near_kinds.values()) >= 600
    assert no_val * 2 > len(df)
    out = dict(chats=chats.ngroups, messages=len(df), no_value=no_val, entities=n_ent, kinds=kinds, bare=bare,
               near_kinds=near_kinds)
    if meta is not None:
        nb = sum(len(ns) for ns, m in zip(df["near_misses"], meta) if m["near_bare"])
        assert nb >= 300, nb
        out["near_bare"] = nb
        ctx: dict = {}
        cnt: Counter = Counter()
        for m, es, fs in zip(meta, df["entities"], df["formats"]):
            for (k, _, _), f in zip(es, fs):
                ctx.setdefault(f"{k}/{f}", set()).add(m["template"])
                cnt[f"{k}/{f}"] += 1
        declared = [f"{k}/{_fmt_name(g, w)}" for k, g, w in FORMATS]
        missing = [f for f in declared if f not in cnt]
        assert not missing, missing
        thin = [f for f in cnt if cnt[f] < 4 or len(ctx[f]) < 3]
        assert not thin, thin
        out["formats"] = cnt
        out["ctx"] = ctx
    return out


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads4_corpus()), "not deterministic"
    assert df.equals(_build()), "not deterministic"
    c = check_corpus(df, meta)
    print(f"conversations={c['chats']} messages={c['messages']} messages_without_values={c['no_value']} "
          f"entities={c['entities']} bare={c['bare']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["kinds"].most_common()))
    print(f"near-miss spans={sum(c['near_kinds'].values())} (bare replies to a question: {c['near_bare']}) "
          f"kinds={len(c['near_kinds'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:32s} {n:4d}  templates={len(c['ctx'][f])}")

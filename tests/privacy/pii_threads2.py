"""Second thread PII corpus (``split == "threads2"``): whole WeCom conversations.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十一位写手").
What the writer read: the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS`` (found with grep), lines 1-100 and the last
45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry-point names
only), and a few lines of ``../shared/datasets/`` (stc3_weibo_helpdesk,
atec_antfin) for the tone of Chinese service chats; no phrase and no personal
data was copied from them.  The writer did NOT read anything else under
``toolkit/privacy/``, ``bench/``, ``docs/``, the README, other tests or other
writers' corpora, never read git history, never imported ``toolkit`` and never
ran a masking / finding function on this data.

What is different here: WHOLE CONVERSATIONS.  Every row is one message of a
1:1 chat (3-16 messages) between staff of ten trades (sales, after-sales
service, delivery, property, clinic, school, bank, insurance, repair, rental)
and a customer, in order.  Personal data comes the way it does in a real
archive: as a bare reply to a question, after a filler word (嗯 / 是 / 对),
with a cue, sent before anyone asked, split over two messages, sent wrong and
corrected, echoed back by staff, sent again after a failed check (the failed
value is an invalid near-miss), given for a family member, or staff giving
their own phone / WeChat.  Many bare replies are NOT personal data although
the question looks alike: order, tracking, invoice, pickup, member, meter,
appointment, queue, policy, work-order numbers, amounts, dates, codes, and
"稍等".  More than a third of the messages hold no value at all.

Seed
----
``SEED = "threads2-2026-wecom-第二十一位写手"``; everything is drawn from one
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064 MOD 11-2)
and bank-card Luhn digits are computed here.  Every near-miss with 16-19
digits fails Luhn, every 18-digit one fails the ID check.  After the random
conversations, thin formats are topped up with extra conversations in trades
not yet used for them, so every format is used >= 4 times in >= 3 templates
(template = trade / exchange type).

Layout
------
One row per message, conversation order; columns ``chat_id`` (str), ``seq``
(int, 0.. per chat), ``sender`` ("staff" / "customer"), ``text``,
``entities`` (list of ``(kind, start, end)``, kinds: email, id_card,
bank_card, mobile, landline, qq, wechat, plate, address; no names),
``formats`` (one ``<how given>_<how written>`` name per entity), ``near_misses``
(list of ``(near_kind, start, end)``) and ``split`` (``"threads2"``).
Span rules: the value only; cue words, ``+86`` / ``0086`` / ``86-`` prefixes
and extensions (转806, -806, 分机806) are outside; spaces / dashes / the
parentheses of an area code inside a value are inside.  An address runs from
its first place unit to its last house-level unit.  A value split over two
messages is labelled in both messages (``split_a_*`` / ``split_b_*``); each
half of an address split is itself an address.  A mistyped value that is
still valid (typo_*) is labelled; a value that fails its check (bad_id,
bad_card) is a near-miss.

Counts (``.venv/bin/python tests/privacy/pii_threads2.py``)
-----------------------------------------------------------
See the printout; at the time of writing: 358 conversations, 4739 messages
(3140 without any value); 1236 entities, 653 of them bare (mobile 269,
address 160, id_card 146, qq 145, email 128, wechat 123, bank_card 105,
plate 88, landline 72); 663 near-miss spans, 399 bare, 318 of them bare
replies to a question (date 171, amount 168, order_no 51, tracking_no 31,
hotline 28, member_no 27, ticket_no 23, contract_no 22, invoice_no 19,
appointment_no 17, case_no 15, meter_no 15, pickup_code 14, masked 11,
queue_no 10, verify_code 10, policy_no 10, bad_card 8, model_no 5,
serial_no 4, bad_id 4); 122 formats, each >= 4 times in >= 3 templates.
"Bare" = nothing but the value(s) and filler words (嗯 / 是 / 好的 ...) or
punctuation / emoji left in the message.  Some messages carry two values
(address + phone, plate + phone, card + ID ...) as pasted contact blocks.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "threads2-2026-wecom-第二十一位写手"
SPLIT = "threads2"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# --------------------------------------------------------------------------- values
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150",
                   "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                   "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
                   "195", "198", "199")
AREA_CODES = ("010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0571", "0755",
              "0512", "0574", "0731", "0591", "0532", "0371", "0311", "0431", "0451", "0551",
              "0791", "0871", "0769", "0757")
ID_AREAS = ("110101", "110105", "310104", "310115", "440305", "440106", "330106", "330782", "320102",
            "320506", "420106", "510107", "610113", "370202", "350203", "430104", "410105", "130102",
            "210102", "500103", "120101", "340104", "360102", "450103", "530102")
BINS16 = ("622588", "621483", "622609", "436742", "439225", "524047")
BINS19 = ("622202", "621700", "622848", "621226", "622262", "621661", "623668", "955998", "955880")
PLATE_PROV = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "鲁", "闽", "湘", "豫", "陕", "津", "渝", "皖", "冀")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
REGIONS = (("浙江省", "杭州市", "西湖区"), ("浙江省", "宁波市", "鄞州区"), ("广东省", "深圳市", "南山区"),
           ("广东省", "广州市", "天河区"), ("江苏省", "南京市", "鼓楼区"), ("江苏省", "苏州市", "工业园区"),
           ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"), ("山东省", "青岛市", "市南区"),
           ("福建省", "厦门市", "思明区"), ("湖南省", "长沙市", "岳麓区"), ("河南省", "郑州市", "金水区"),
           ("陕西省", "西安市", "雁塔区"), ("", "北京市", "朝阳区"), ("", "上海市", "浦东新区"),
           ("", "天津市", "南开区"), ("", "重庆市", "渝北区"), ("安徽省", "合肥市", "蜀山区"))
ROADS = ("人民路", "建设路", "中山路", "解放路", "文三路", "科技园路", "长江路", "学院路", "滨江大道", "东风路",
         "金沙江路", "友谊路", "青年路", "新华街", "和平街", "望江路", "高新大道", "育才路")
ESTATES = ("阳光花园", "万科城", "金地格林小镇", "碧桂园", "保利香槟国际", "绿城桂花园", "翠苑一区",
           "华润二十四城", "龙湖春江郦城", "中海国际社区", "世纪新城", "锦绣华庭", "东方名苑", "紫金华府")
VILLAGES = (("浙江省", "金华市", "义乌市", "佛堂镇", "王宅村"), ("江苏省", "盐城市", "东台市", "富安镇", "丁庄村"),
            ("山东省", "临沂市", "兰陵县", "向城镇", "西湖村"), ("河南省", "周口市", "沈丘县", "槐店镇", "大王庄村"),
            ("四川省", "眉山市", "仁寿县", "文林镇", "红光村"), ("湖南省", "邵阳市", "邵东市", "廉桥镇", "石门村"))
EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com")
CORP_DOMAINS = ("hzhuatai.com.cn", "szyuanda.com", "jiayuanwuye.cn", "kangya-clinic.com", "xinlingedu.cn",
                "anxinbx.com.cn", "shunjiewx.com", "lejuzf.com")
PINYIN = ("zhang", "wang", "li", "chen", "liu", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "lin",
          "xiaoyu", "mumu", "tiantian", "sunny", "kevin", "lily", "amy", "jack", "xixi", "ming", "jing", "hao")


def _id_check(s17: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * k for c, k in zip(s17, w)) % 11]


def _luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


def _mdays(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _id_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:6] not in ID_AREAS:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1940 <= y <= 2020 and 1 <= m <= 12 and 1 <= d <= _mdays(y, m)):
        return False
    return _id_check(s[:17]) == s[17]


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·()（）]", "", unicodedata.normalize("NFKC", s))


class V:
    """Value makers: each returns (prefix_outside, value, suffix_outside)."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mobile_raw(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + self.digits(8)

    def mobile(self, w: str, raw: str | None = None):
        m = raw or self.mobile_raw()
        if w == "space_344":
            return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
        if w == "dash_344":
            return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
        if w == "plus86_plain":
            return self.r.choice(("+86 ", "+86", "0086 ", "86-", "+86-")), m, ""
        return "", m, ""

    def landline(self, w: str):
        a = self.r.choice(AREA_CODES)
        loc = self.r.choice("2345678") + self.digits(7)
        if w == "area_paren":
            return "", self.r.choice((f"({a}){loc}", f"（{a}）{loc}")), ""
        if w == "area_plain":
            return "", a + loc, ""
        if w == "area_space":
            return "", f"{a} {loc}", ""
        if w == "area_dash_ext":
            return "", f"{a}-{loc}", self.r.choice(("转806", "转8021", "-806", " 分机302", "转2", "-3017"))
        return "", f"{a}-{loc}", ""

    def qq_raw(self) -> str:
        return self.r.choice("123456789") + self.digits(self.r.choice((5, 6, 7, 8, 8, 9, 9)))

    def email(self, w: str):
        r = self.r
        if w == "qqmail":
            return "", f"{self.qq_raw()}@qq.com", ""
        if w == "mixed":
            u = r.choice(PINYIN).capitalize() + r.choice(("", "_", ".")) + r.choice(PINYIN).capitalize() + self.digits(r.choice((2, 4)))
            return "", f"{u}@{r.choice(EMAIL_DOMAINS)}", ""
        if w == "corp":
            u = r.choice((r.choice(PINYIN) + "." + r.choice(PINYIN), "service" + self.digits(2), r.choice(PINYIN) + self.digits(3), "kf" + self.digits(2)))
            return "", f"{u}@{r.choice(CORP_DOMAINS)}", ""
        u = r.choice(PINYIN) + r.choice(("", "_", "")) + r.choice(PINYIN + ("", "")) + r.choice(("", self.digits(2), self.digits(4), "1990", "88"))
        if len(u) < 4:
            u += self.digits(3)
        return "", f"{u}@{r.choice(EMAIL_DOMAINS)}", ""

    def id_raw(self, young: bool = False, want_x: bool | None = None) -> str:
        r = self.r
        area = r.choice(ID_AREAS)
        while True:
            y = r.randint(2009, 2018) if young else r.randint(1952, 2003)
            m = r.randint(1, 12)
            d = r.randint(1, _mdays(y, m))
            s17 = f"{area}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
            c = _id_check(s17)
            if want_x is None or want_x == (c == "X"):
                return s17 + c

    def id_card(self, w: str, young: bool = False):
        if w == "xlow":
            return "", self.id_raw(young, True).lower(), ""
        s = self.id_raw(young)
        if w == "space_684":
            return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
        return "", s, ""

    def card_raw(self) -> str:
        if self.r.random() < 0.55:
            b = self.r.choice(BINS19)
            return _luhn_complete(b + self.digits(12))
        b = self.r.choice(BINS16)
        return _luhn_complete(b + self.digits(9))

    def bank_card(self, w: str):
        c = self.card_raw()
        if w == "space_4":
            return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), ""
        return "", c, ""

    def qq(self, w: str):
        return "", self.qq_raw(), ""

    def wechat(self, w: str):
        r = self.r
        if w == "wxid":
            return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), ""
        while True:
            u = r.choice(PINYIN) + r.choice(("", "_", "-", "")) + r.choice(PINYIN + ("", "")) + r.choice(("", self.digits(2), self.digits(3), self.digits(4), "0315", "666", "520"))
            if 6 <= len(u) <= 20:
                return "", u, ""

    def plate_raw(self, ev: bool = False) -> str:
        r = self.r
        p = r.choice(PLATE_PROV) + r.choice("ABCDEFGH")
        if ev:
            return p + r.choice("DF") + self.digits(5)
        tail = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.choice((0, 1, 1, 2))):
            tail[r.randrange(5)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return p + "".join(tail)

    def plate(self, w: str):
        if w == "ev":
            return "", self.plate_raw(True), ""
        p = self.plate_raw()
        if w == "dot":
            return "", p[:2] + "·" + p[2:], ""
        if w == "space":
            return "", p[:2] + " " + p[2:], ""
        if w == "lower":
            return "", p[0] + p[1:].lower(), ""
        return "", p, ""

    def building(self) -> str:
        r = self.r
        b, u, fl, rm = r.randint(1, 28), r.randint(1, 4), r.randint(2, 32), r.randint(1, 4)
        return r.choice((f"{b}栋{u}单元{fl}{rm:02d}", f"{b}幢{u}单元{fl}{rm:02d}室", f"{b}号楼{fl}{rm:02d}",
                         f"{b}-{u}-{fl}{rm:02d}", f"{b}栋{fl}{rm:02d}室", f"{b}号楼{u}单元{fl}{rm:02d}室"))

    def addr_parts(self, w: str):
        r = self.r
        if w == "village":
            p, c, county, town, vil = r.choice(VILLAGES)
            return p + c + county + town + vil + r.choice(("", f"{r.randint(1, 9)}组")) + f"{r.randint(1, 120)}号", ""
        p, c, d = r.choice(REGIONS)
        road = f"{r.choice(ROADS)}{r.randint(1, 999)}号"
        est = r.choice(ESTATES) + self.building()
        if w == "full":
            return (p or "") + c + d + road, est
        if w == "city":
            return c + d + road, est
        if w == "district":
            return d + road, est
        return "", est

    def address(self, w: str):
        a, b = self.addr_parts(w)
        return "", a + b, ""


WRITTEN_FN = {"mobile": "mobile", "landline": "landline", "email": "email", "id_card": "id_card",
              "bank_card": "bank_card", "qq": "qq", "wechat": "wechat", "plate": "plate", "address": "address"}

# which writtens each way of giving allows, per kind
ALLOWED = {
    "bare_reply": {"mobile": ("plain", "space_344", "dash_344"), "landline": ("area_dash", "area_plain", "area_paren", "area_space"),
                   "email": ("lower", "qqmail", "mixed", "corp"), "id_card": ("plain", "space_684", "xlow"),
                   "bank_card": ("plain", "space_4"), "qq": ("plain",), "wechat": ("id", "wxid"),
                   "plate": ("plain", "lower", "ev", "space"), "address": ("full", "city", "district", "estate", "village")},
    "filler_reply": {"mobile": ("plain", "space_344"), "landline": ("area_dash",), "email": ("lower", "qqmail"),
                     "id_card": ("plain",), "bank_card": ("plain", "space_4"), "qq": ("plain",), "wechat": ("id",),
                     "plate": ("plain", "dot"), "address": ("city", "district", "estate")},
    "cued": {"mobile": ("plain", "space_344", "dash_344", "plus86_plain"), "landline": ("area_dash", "area_paren", "area_dash_ext"),
             "email": ("lower", "mixed", "corp", "qqmail"), "id_card": ("plain", "space_684", "xlow"),
             "bank_card": ("plain", "space_4"), "qq": ("plain",), "wechat": ("id", "wxid"),
             "plate": ("plain", "dot", "ev", "space"), "address": ("full", "city", "district", "village")},
    "unasked": {"mobile": ("plain", "plus86_plain"), "landline": ("area_dash",), "email": ("lower",), "id_card": ("plain",),
                "bank_card": ("space_4",), "qq": ("plain",), "wechat": ("id",), "plate": ("plain",), "address": ("full", "district")},
    "typo": {"mobile": ("plain",), "email": ("lower",), "qq": ("plain",), "wechat": ("id",), "plate": ("plain",), "address": ("estate",)},
    "echo": {"mobile": ("plain", "space_344"), "address": ("city", "district"), "plate": ("plain",), "email": ("lower",)},
    "retry": {"id_card": ("plain",), "bank_card": ("plain", "space_4"), "mobile": ("plain",)},
    "family": {"id_card": ("plain", "space_684"), "mobile": ("plain",), "address": ("city",), "bank_card": ("plain",)},
    "staff": {"mobile": ("plain",), "landline": ("area_dash", "area_dash_ext"), "wechat": ("id",), "email": ("corp",), "qq": ("plain",)},
    "split": {"mobile": ("plain",), "bank_card": ("plain",), "id_card": ("plain",), "address": ("full",)},
}

# --------------------------------------------------------------------------- phrasing
ASK = {
    "mobile": ("麻烦留个手机号，方便师傅上门前联系您", "手机号多少？", "电话", "您的联系电话是？",
               "亲，方便提供一下下单时预留的手机号吗😊", "你把手机号发我一下吧我这边给你登记", "预留手机号是多少呢",
               "请问您的手机号码是多少？", "留个电话吧", "号码发一下👇", "手机号码报一下", "您好，请提供一下注册手机号哦~"),
    "landline": ("有没有座机？留一个备用的", "公司座机方便留一个吗", "家里座机号是多少", "固话也留一个吧，手机打不通的时候用",
                 "单位电话多少？", "发票上要填电话，座机号码是？", "有固定电话吗"),
    "email": ("发票发到哪个邮箱？", "留个邮箱吧，报告发您邮箱", "邮箱地址麻烦发一下", "电子合同发您邮箱，邮箱是？",
              "邮箱多少", "您好，接收资料的邮箱请提供一下📧", "你那个邮箱发我下我把表格发过去"),
    "id_card": ("麻烦提供一下身份证号，登记用", "身份证号码发一下", "需要实名登记，证件号是多少呢？",
                "请发一下持卡人身份证号码", "身份证", "您身份证号码报一下", "系统要填身份证号，您发我一下吧"),
    "bank_card": ("退款退到哪张卡？卡号发一下", "银行卡号麻烦发一下，需要是本人的卡", "收款卡号是多少",
                  "代扣的卡号给一下", "打款到哪张卡上？", "卡号发一下我这边核实"),
    "qq": ("方便留个QQ吗，资料发您QQ", "QQ号多少", "有QQ吗？加一下", "Q号发我", "您QQ是多少呀，我加您传文件"),
    "wechat": ("加个微信吧，微信号多少", "您微信号是多少我加您", "微信号发一下，我拉您进群", "vx多少",
               "搜不到您手机号，微信号发一下呗", "方便加下微信吗？"),
    "plate": ("车牌号多少？", "麻烦报一下车牌号，登记一下", "车牌号码是？", "您的车牌发一下我给您录入系统", "车牌",
              "车牌号发一下，门岗那边放行"),
    "address": ("地址发一下", "收货地址是哪里呢？", "上门地址麻烦发一下，具体到门牌号", "寄到哪里？", "您家具体地址是？",
                "地址麻烦发下🙏", "您在哪个位置，详细地址发一下", "派送地址是？"),
}
CUE = {
    "mobile": ("我手机号{v}", "手机：{v}", "电话{v}，打这个就行", "联系电话 {v}", "我的号码是{v}，白天都在", "手机号码{v}"),
    "landline": ("座机{v}", "公司电话：{v}", "家里座机是{v}", "固话 {v}，工作日有人接", "单位电话{v}"),
    "email": ("邮箱{v}", "邮箱是 {v}", "发我邮箱吧：{v}", "我邮箱{v}，谢谢", "email: {v}"),
    "id_card": ("身份证号{v}", "身份证：{v}", "证件号 {v}", "我身份证号码是{v}"),
    "bank_card": ("卡号{v}", "银行卡号：{v}", "退到这张卡吧，卡号{v}", "卡号是 {v}，借记卡"),
    "qq": ("QQ{v}", "我QQ是{v}", "扣扣 {v}", "qq：{v}，加的时候备注一下"),
    "wechat": ("微信号{v}", "微信：{v}", "vx {v}", "我微信是{v}，加我备注下单位"),
    "plate": ("车牌号{v}", "车牌：{v}", "我车是{v}", "车牌号码 {v}，白色的"),
    "address": ("地址：{v}", "地址是{v}", "寄到{v}", "送到{v}就行", "我家在{v}", "收货地址 {v}"),
}
FILLER = ("嗯 {v}", "嗯嗯，{v}", "是{v}", "哦 {v}", "就是{v}", "对，{v}", "emm {v}", "{v} 哈", "好的 {v}", "噢噢 {v}")
FAMILY = {
    "id_card": ("给我妈办的，她身份证{v}", "孩子的身份证号{v}", "帮我爸登记一下，他身份证号码{v}", "我老公的身份证：{v}"),
    "mobile": ("我爸电话{v}，他在家", "打我老婆手机吧{v}", "我妈的手机号{v}，她去拿", "留我儿子的号码{v}"),
    "address": ("寄到我女儿那，地址{v}", "送我爸妈家，{v}", "是我婆婆家，地址是{v}"),
    "bank_card": ("用我老公的卡吧{v}", "退到我妈的卡上，卡号{v}", "打到我爱人那张卡{v}"),
}
STAFF_ASKED = {
    "mobile": ("师傅电话多少？", "你电话给我一个吧，到了打你", "上门师傅的手机号发一下", "你手机多少"),
    "landline": ("你们门店座机多少", "有没有固定电话可以打", "你们办公室电话是多少？"),
    "wechat": ("加你微信方便点，微信号多少", "你微信发一下", "vx多少我加你"),
    "email": ("资料发哪个邮箱？", "你们邮箱多少，我把照片发过去", "对公邮箱是？"),
    "qq": ("你QQ多少我传文件", "有QQ吗"),
}
STAFF_CUE = {
    "mobile": ("我是负责您这单的师傅，手机{v}，有事直接打", "这是我手机{v}，微信同号", "我电话{v}"),
    "landline": ("有问题打我们座机{v}", "办公室电话{v}，工作日9点到6点", "前台电话：{v}"),
    "wechat": ("加我微信吧{v}", "我微信号{v}，加的时候备注一下", "微信：{v}"),
    "email": ("资料发到{v}就行", "邮箱{v}，发完跟我说一声", "发我们邮箱吧：{v}"),
    "qq": ("我QQ{v}，加一下", "QQ：{v}"),
}

OK_STAFF = ("好的，稍等", "收到", "稍等，我帮您查一下", "好的，已为您登记", "好的亲~", "👌", "嗯嗯好的", "好的，我这边记下了",
            "收到，马上处理", "好的，请稍候", "明白", "OK")
OK_CUST = ("好的", "嗯", "好", "谢谢", "好的谢谢🙏", "行", "嗯嗯", "👍", "ok", "好的麻烦了", "收到")
CLOSE_STAFF = ("还有其他可以帮您的吗？", "好的，有问题随时联系我~", "感谢您的耐心等待，祝您生活愉快！", "那先这样，有进展我再通知您",
               "已经处理好了，麻烦留意一下短信", "不客气😊")
CLOSE_CUST = ("好的谢谢", "没有了，谢谢", "辛苦了", "好的，等你消息", "麻烦尽快哈", "谢谢🙏", "行，就这样吧", "OK谢谢")
WAIT = ("稍等", "稍等我找一下", "等下哈", "我看看", "稍等一下，在开车", "等我翻一下记录", "我问问家里人")

INDUSTRIES = {
    "sales": dict(
        open_c=("你好，我昨天下单的空调什么时候能发货", "在吗？想问下这款冰箱还有货没", "你好，618那个活动还有吗",
                "请问这款洗碗机能开专票吗", "我想改一下收货地址", "能便宜点吗，买两台"),
        open_s=("您好，我是家电旗舰店客服，很高兴为您服务~", "您好亲，在的呢", "您好，请问有什么可以帮您？"),
        mid=("这个型号目前有现货，下单后48小时内发出", "今天下单可以享受以旧换新补贴", "安装是免费的吗", "颜色有白色吗",
             "好的，我帮您备注一下"),
        kinds=("mobile", "address", "email", "landline", "id_card", "qq", "wechat"),
        near=("order_no", "amount", "date", "invoice_no", "tracking_no", "member_no")),
    "service": dict(
        open_c=("我买的扫地机器人开不了机了", "东西收到了，有个角磕坏了", "退款怎么还没到账", "耳机左边没声音",
                "我要投诉，三天了没人处理", "申请的退货你们收到了吗"),
        open_s=("您好，售后客服为您服务，请描述一下问题哦", "您好，很抱歉给您带来不便"),
        mid=("麻烦拍个照片或者视频发我一下", "已经给您申请了补发", "退款一般1-3个工作日原路退回", "[图片]",
             "这个情况需要寄回检测", "这个我需要跟技术确认下，稍后回复您"),
        kinds=("mobile", "address", "bank_card", "email", "qq", "wechat", "landline"),
        near=("order_no", "ticket_no", "amount", "date", "tracking_no", "serial_no")),
    "delivery": dict(
        open_c=("我的快递怎么显示签收了我没收到", "师傅今天能送吗", "快递到哪了", "我想寄个件", "能放驿站吗，我不在家",
                "包裹破了，里面东西碎了"),
        open_s=("您好，我是负责您这片区的快递员", "您好，您的包裹今天派送，家里有人吗？"),
        mid=("今天下午三点左右到", "放门口可以吗", "需要本人签收", "已经放到驿站了", "我在楼下了", "不在家，放快递柜吧"),
        kinds=("mobile", "address", "id_card", "wechat", "landline"),
        near=("tracking_no", "pickup_code", "date", "amount", "verify_code")),
    "property": dict(
        open_c=("楼上漏水到我家了", "门禁卡坏了能补办吗", "我想办个车位月卡", "电梯又坏了", "物业费怎么交",
                "装修要办什么手续"),
        open_s=("您好，这里是物业客服中心", "业主您好，请问有什么需要？"),
        mid=("我们马上安排维修师傅过去看一下", "补卡工本费20元", "需要带房产证复印件到物业中心", "电梯已经报修了",
             "工作人员会在半小时内到", "装修押金交了吗"),
        kinds=("mobile", "address", "plate", "id_card", "landline", "bank_card", "wechat", "qq", "email"),
        near=("meter_no", "amount", "date", "invoice_no", "queue_no")),
    "clinic": dict(
        open_c=("想预约周六洗牙", "体检报告什么时候出", "孩子牙齿要矫正，先咨询一下", "今天还能挂号吗", "上次开的药吃完了",
                "种植牙大概多少钱"),
        open_s=("您好，这里是口腔门诊，请问需要预约吗？", "您好，体检中心为您服务"),
        mid=("周六上午已经约满了，下午可以吗", "报告出来后会短信通知", "来之前不要吃早饭", "需要先拍个片子",
             "医生说没什么大问题"),
        kinds=("mobile", "id_card", "email", "plate", "wechat", "address", "qq", "bank_card"),
        near=("appointment_no", "queue_no", "date", "amount", "member_no")),
    "school": dict(
        open_c=("想给孩子报个暑假班", "上次试听课的老师是哪位", "课程可以退吗", "孩子今天请假", "下学期什么时候开学",
                "能开发票吗"),
        open_s=("家长您好，我是课程顾问", "您好，这里是教务处"),
        mid=("这个班还剩3个名额", "试听是免费的", "退费按剩余课时计算", "收到，已帮孩子请假", "开学前会在群里通知"),
        kinds=("mobile", "id_card", "email", "qq", "wechat", "address", "plate", "bank_card"),
        near=("order_no", "amount", "date", "member_no", "contract_no")),
    "bank": dict(
        open_c=("我想改一下预留手机号", "信用卡账单分期怎么弄", "卡被锁了", "我要挂失", "转账一直不到账",
                "想办个ETC"),
        open_s=("您好，这里是银行网点客户经理", "您好，很高兴为您服务"),
        mid=("需要本人带身份证到网点办理", "分期手续费是每期0.6%", "已经帮您提交申请", "ETC设备3个工作日寄到",
             "为了您的资金安全，请不要向任何人透露验证码"),
        kinds=("mobile", "id_card", "bank_card", "address", "plate", "email", "landline"),
        near=("masked", "hotline", "amount", "date", "verify_code")),
    "insurance": dict(
        open_c=("我车被追尾了要报案", "想咨询下孩子的医疗险", "理赔材料交了多久能到", "保单到期了想续保",
                "住院的发票要原件吗"),
        open_s=("您好，我是您的专属保险顾问", "您好，理赔专员为您服务"),
        mid=("请先拍一下事故现场照片", "材料齐全的话一般5个工作日", "续保可以享受优惠", "发票需要原件寄过来"),
        kinds=("mobile", "id_card", "bank_card", "plate", "address", "email", "wechat", "landline", "qq"),
        near=("policy_no", "case_no", "amount", "date", "hotline")),
    "repair": dict(
        open_c=("热水器漏水了能上门吗", "车子保养想约个时间", "空调不制冷了", "洗衣机一直响", "油烟机要清洗",
                "车子打不着火了"),
        open_s=("您好，维修服务中心为您服务", "您好，4S店售后服务顾问"),
        mid=("师傅明天上午能到", "上门检测费50元，维修的话不收", "保养大概要两个小时", "需要换个配件", "师傅已经出发了"),
        kinds=("mobile", "address", "plate", "landline", "wechat", "qq", "email"),
        near=("ticket_no", "model_no", "amount", "date", "hotline")),
    "rental": dict(
        open_c=("看到你们发的那个两室一厅还在吗", "想租辆车周五用三天", "押金什么时候退", "房子热水器坏了",
                "下个月想退租", "能月付吗"),
        open_s=("您好，我是乐居租房的管家", "您好，租车门店为您服务"),
        mid=("还在的，周末可以看房", "押金退房验收后7个工作日退", "这车是自动挡的", "水电燃气自己交", "提前30天说就行"),
        kinds=("mobile", "id_card", "bank_card", "plate", "address", "email", "wechat", "qq"),
        near=("contract_no", "order_no", "amount", "date")),
}

NEAR_ASK = {  # near kind -> (asker, questions, intro for cued variant)
    "order_no": ("staff", ("订单号发一下", "麻烦提供一下订单号", "订单编号是多少呢？", "单号？", "订单号多少亲"), "订单号"),
    "tracking_no": ("customer", ("快递单号多少", "物流单号发我一下", "单号给我下我自己查", "寄回的单号是多少？"), "快递单号"),
    "invoice_no": ("customer", ("发票号码多少", "开的发票号是多少，我们财务要登记"), "发票号码"),
    "pickup_code": ("customer", ("取件码多少", "取件码发一下，我让家人去拿", "驿站取件码是？"), "取件码"),
    "member_no": ("staff", ("会员卡号是多少？", "会员号发一下", "学员编号是多少", "卡号多少？"), "会员号"),
    "meter_no": ("staff", ("电费户号多少", "户号发一下，我查下欠费", "水表号是多少？"), "户号"),
    "appointment_no": ("customer", ("我的预约号是多少", "预约单号能发我吗"), "预约号"),
    "queue_no": ("customer", ("我排几号？", "现在叫到几号了", "我前面还有几个"), "排队号"),
    "amount": ("customer", ("多少钱？", "一共多少", "费用大概多少", "押金多少", "还要补多少钱"), "金额"),
    "date": ("customer", ("哪天能到", "什么时候上门", "约的哪天？", "几号开始", "什么时候能退"), "时间"),
    "verify_code": ("staff", ("收到的验证码报一下", "签收码是多少？", "取件验证码发一下"), "验证码"),
    "ticket_no": ("customer", ("工单号多少", "报修单号是？"), "工单号"),
    "serial_no": ("staff", ("机身背面的SN码发一下", "序列号多少"), "SN码"),
    "model_no": ("staff", ("机器型号是什么", "铭牌上的型号发一下"), "型号"),
    "policy_no": ("staff", ("保单号是多少？", "麻烦提供一下保单号"), "保单号"),
    "case_no": ("customer", ("报案号是多少", "我的报案号能发我吗"), "报案号"),
    "contract_no": ("staff", ("合同编号是多少？", "合同号发一下"), "合同编号"),
    "hotline": ("customer", ("你们客服电话多少", "有没有人工电话", "打哪个电话"), "客服电话"),
    "masked": ("customer", ("预留的是哪个号码？", "我绑定的是哪张卡"), "系统里预留的是"),
}


MIXED_NEAR = ("order_no", "member_no", "policy_no", "contract_no", "ticket_no", "case_no", "meter_no", "tracking_no",
              "appointment_no")


class Near:
    def __init__(self, v: V):
        self.v = v
        self.r = v.r

    def digits_fail(self, n: int, first: str) -> str:
        while True:
            s = first + self.v.digits(n - len(first))
            if 16 <= n <= 19 and _luhn_ok(s):
                continue
            if n == 18 and _id_check(s[:17]) == s[17]:
                continue
            if n == 11 and s[0] == "1":
                continue
            return s

    def make(self, kind: str) -> str:
        r, v = self.r, self.v
        if kind == "order_no":
            c = r.randrange(4)
            if c == 0:
                return self.digits_fail(r.choice((16, 18, 19)), "2025" + r.choice(("03", "04", "05", "11")))
            if c == 1:
                return "DD" + self.digits_fail(14, "2025")
            if c == 2:
                return self.digits_fail(r.choice((12, 15)), r.choice("3456789"))
            return self.digits_fail(19, r.choice(("3", "4", "2")))
        if kind == "tracking_no":
            c = r.randrange(4)
            if c == 0:
                return "SF" + v.digits(13)
            if c == 1:
                return r.choice(("YT", "JT", "JDVA")) + v.digits(r.choice((11, 13)))
            if c == 2:
                return self.digits_fail(r.choice((12, 14, 15)), r.choice(("7", "43", "77", "9")))
            return "75" + v.digits(12)
        if kind == "invoice_no":
            return r.choice((v.digits(8), "25" + v.digits(18)))
        if kind == "pickup_code":
            return r.choice((f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"A{r.randint(1, 30)}-{r.randint(1000, 9999)}",
                             f"{r.randint(100000, 999999)}", f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}"))
        if kind == "member_no":
            return r.choice((self.digits_fail(8, r.choice("89")), "VIP" + v.digits(6), self.digits_fail(10, r.choice("2689")),
                             "XY" + r.choice(("2023", "2024", "2025")) + v.digits(4)))
        if kind == "meter_no":
            return r.choice((self.digits_fail(10, "0"), self.digits_fail(10, "3"), self.digits_fail(13, "51")))
        if kind == "appointment_no":
            return r.choice((f"YY{r.choice(('2025', ''))}{v.digits(8)}", f"A{r.randint(1, 99):03d}", f"{r.randint(100, 999)}"))
        if kind == "queue_no":
            return r.choice((f"A{r.randint(1, 99):03d}", f"B{r.randint(1, 60)}", f"{r.randint(1, 80)}号"))
        if kind == "amount":
            return r.choice((f"¥{r.randint(1, 9)},{r.randint(0, 999):03d}", f"{r.randint(50, 999)}元", f"{r.randint(1000, 25000)}",
                             f"{r.randint(10, 9999)}.{r.randint(0, 99):02d}", f"{r.randint(2, 9)}千{r.choice(('', '五', '二'))}",
                             f"{r.randint(100, 3000)}块"))
        if kind == "date":
            m, d = r.randint(1, 12), r.randint(1, 28)
            return r.choice((f"{m}月{d}号", f"2025-{m:02d}-{d:02d}", r.choice(("周六上午", "明天下午", "下周一", "后天")),
                             f"{d}号下午{r.randint(1, 5)}点", f"{m}.{d}", f"{m}月{d}日{r.randint(8, 18)}:{r.choice(('00', '30'))}"))
        if kind == "verify_code":
            return f"{r.randint(0, 999999):06d}" if r.random() < 0.8 else f"{r.randint(1000, 9999)}"
        if kind == "ticket_no":
            return r.choice(("GD" + "25" + v.digits(8), "WX" + v.digits(10), self.digits_fail(12, "25")))
        if kind == "serial_no":
            return r.choice(("SN" + "".join(r.choice("0123456789ABCDEF") for _ in range(12)),
                             "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(16))))
        if kind == "model_no":
            return r.choice(("KFR-35GW/N8", "JSQ25-13WH", "CXW-260-E900C", "XQG100-BD14", "EWH-60V5", "BCD-520W"))
        if kind == "policy_no":
            return r.choice(("PDAA2025" + v.digits(12), "P" + self.digits_fail(18, "6"), "8" + v.digits(21)))
        if kind == "case_no":
            return r.choice(("RDAA2025" + v.digits(10), "BA" + v.digits(12), self.digits_fail(15, "9")))
        if kind == "contract_no":
            return r.choice((f"HT-2025-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 999):03d}", f"LJ2025{v.digits(6)}",
                             f"ZL{v.digits(8)}"))
        if kind == "hotline":
            return r.choice(("400-820-8820", "4008-123-123", "95588", "95555", "800-810-8888", "95511", "400 100 5678",
                             "95519", "95533", "4006-695-566"))
        if kind == "masked":
            m = v.mobile_raw()
            c = v.card_raw()
            return r.choice((f"{m[:3]}****{m[7:]}", f"{c[:4]} **** **** {c[-4:]}", f"尾号{c[-4:]}", f"{m[:3]}****{m[7:]}",
                             f"{c[:6]}******{c[-4:]}"))
        raise KeyError(kind)

    def bad_id(self, good: str) -> str:
        while True:
            i = self.r.randrange(14, 17)
            s = good[:i] + self.r.choice("0123456789") + good[i + 1:]
            if _id_check(s[:17]) != s[17].upper() and not (s.isdigit() and _luhn_ok(s)):
                return s

    def bad_card(self, good: str) -> str:
        while True:
            i = self.r.randrange(6, len(good) - 1)
            s = good[:i] + self.r.choice("0123456789") + good[i + 1:]
            if not _luhn_ok(s):
                return s


# --------------------------------------------------------------------------- conversation builder
class Conv:
    def __init__(self, cid: str, ind: str):
        self.cid, self.ind = cid, ind
        self.msgs: list[tuple[str, list]] = []  # (sender, parts)
        self.tmpl: list[list[str]] = []

    def add(self, sender: str, *parts, tmpl: str = ""):
        self.msgs.append((sender, list(parts)))
        self.tmpl.append([tmpl] * sum(1 for p in parts if isinstance(p, tuple) and p[0] == "e"))

    def rows(self):
        out = []
        for seq, ((sender, parts), tm) in enumerate(zip(self.msgs, self.tmpl)):
            text, ents, fmts, nears = "", [], [], []
            for p in parts:
                if isinstance(p, str):
                    text += p
                elif p[0] == "e":
                    ents.append((p[1], len(text), len(text) + len(p[3])))
                    fmts.append(p[2])
                    text += p[3]
                else:
                    nears.append((p[1], len(text), len(text) + len(p[2])))
                    text += p[2]
            out.append(dict(chat_id=self.cid, seq=seq, sender=sender, text=text, entities=ents, formats=fmts,
                            near_misses=nears, split=SPLIT, _tmpl=tm))
        return out


def _fill(tpl: str, mid: list) -> list:
    a, b = tpl.split("{v}")
    return [x for x in [a, *mid, b] if x != ""]


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.v = V(self.r)
        self.n = Near(self.v)
        self.decks: dict = {}
        self.force: tuple | None = None

    def pick(self, seq):
        return self.r.choice(seq)

    def written(self, given: str, kind: str) -> str:
        if self.force and self.force[:2] == (given, kind):
            w = self.force[2]
            self.force = None
            return w
        key = (given, kind)
        d = self.decks.get(key)
        if not d:
            d = list(ALLOWED[given][kind])
            self.r.shuffle(d)
            self.decks[key] = d
        return d.pop()

    def val(self, kind: str, given: str, w: str | None = None, young: bool = False):
        w = w or self.written(given, kind)
        if kind == "id_card":
            pre, val, post = self.v.id_card(w, young)
        else:
            pre, val, post = getattr(self.v, WRITTEN_FN[kind])(w)
        fmt = f"{given}_{w}"
        return [x for x in (pre, ("e", kind, fmt, val), post) if x != ""], val, w

    # ---- exchanges: each returns nothing, appends to conv
    def ex_bare(self, c: Conv, kind: str, given: str = "bare_reply"):
        t = f"{c.ind}/{given}"
        c.add("staff", self.pick(ASK[kind]))
        if self.r.random() < 0.15:
            c.add("customer", self.pick(WAIT))
        parts, _, _ = self.val(kind, given)
        if given == "filler_reply":
            parts = _fill(self.pick(FILLER), parts)
        c.add("customer", *parts, tmpl=t)
        if self.r.random() < 0.4:
            c.add("staff", self.pick(OK_STAFF))

    def ex_cued(self, c: Conv, kind: str):
        t = f"{c.ind}/cued"
        if self.r.random() < 0.5:
            c.add("staff", self.pick(ASK[kind]))
        parts, _, _ = self.val(kind, "cued")
        c.add("customer", *_fill(self.pick(CUE[kind]), parts), tmpl=t)
        if self.r.random() < 0.5:
            c.add("staff", self.pick(OK_STAFF))

    def ex_unasked(self, c: Conv, kind: str):
        t = f"{c.ind}/unasked"
        parts, _, _ = self.val(kind, "unasked")
        op = self.pick(INDUSTRIES[c.ind]["open_c"])
        if self.r.random() < 0.5:
            c.add("customer", *_fill(self.pick(CUE[kind]), parts), "，" + op, tmpl=t)
        else:
            c.add("customer", *parts, tmpl=t)
            c.add("customer", self.pick(("帮我查一下", "这个", "查下这个，")) + op)
        c.add("staff", self.pick(OK_STAFF))

    def ex_split(self, c: Conv, kind: str):
        t = f"{c.ind}/split"
        if self.r.random() < 0.6:
            c.add("staff", self.pick(ASK[kind]))
        if kind == "address":
            a, b = self.v.addr_parts("full")
        else:
            raw = {"mobile": self.v.mobile_raw, "bank_card": self.v.card_raw, "id_card": self.v.id_raw}[kind]()
            k = {"mobile": self.pick((3, 7)), "bank_card": self.pick((6, 8, 10, 12)), "id_card": self.pick((6, 10, 14))}[kind]
            a, b = raw[:k], raw[k:]
        pre = self.pick(("", "", CUE[kind][0].split("{v}")[0]))
        c.add("customer", *[x for x in (pre, ("e", kind, "split_a_" + ALLOWED["split"][kind][0], a)) if x], tmpl=t)
        if self.r.random() < 0.3:
            c.add("staff", self.pick(("？", "还有呢", "没发完吧", "嗯？")))
        c.add("customer", ("e", kind, "split_b_" + ALLOWED["split"][kind][0], b), tmpl=t)
        c.add("staff", self.pick(OK_STAFF))

    def ex_typo(self, c: Conv, kind: str):
        t = f"{c.ind}/typo"
        if self.r.random() < 0.6:
            c.add("staff", self.pick(ASK[kind]))
        w = self.written("typo", kind)
        _, good, _ = self.val(kind, "typo", w)
        for _ in range(50):
            i = self.r.randrange(len(good))
            if kind == "mobile" and i < 3:
                continue
            ch = good[i]
            if ch.isdigit():
                nc = self.pick("0123456789")
                if nc == ch or (kind == "qq" and i == 0 and nc == "0"):
                    continue
                bad = good[:i] + nc + good[i + 1:]
                if kind == "address" and not bad[-1].isdigit() and bad[-1] not in "号栋幢室楼元层":
                    continue
                break
            if ch.isalpha() and ch.isascii() and i > 0 and "@" not in good[:i]:
                bad = good[:i] + self.pick("abcdefghkmnrstuwxyz") + good[i + 1:]
                if bad != good:
                    break
        c.add("customer", ("e", kind, f"typo_{w}", bad), tmpl=t)
        c.add("customer", self.pick(("等等发错了", "不好意思打错了", "错了错了", "不对", "刚才那个错了😅")))
        lead = self.pick(("", "", "是", "应该是", "这个："))
        c.add("customer", *[x for x in (lead, ("e", kind, f"typo_fixed_{w}", good)) if x], tmpl=t)
        c.add("staff", self.pick(("好的，以这个为准", "好的已修改", "收到，已更正")))

    def ex_echo(self, c: Conv, kind: str):
        t = f"{c.ind}/echo"
        parts, _, _ = self.val(kind, "echo")
        lab = {"mobile": "联系电话", "address": "收货地址", "plate": "车牌", "email": "邮箱"}[kind]
        tpl = self.pick((f"跟您核对一下，{lab}是{{v}}，对吗？", f"{lab}{{v}}，没错吧", f"确认下{lab}：{{v}}", f"{{v}} 这个{lab}对吧？"))
        c.add("staff", *_fill(tpl, parts), tmpl=t)
        c.add("customer", self.pick(("对的", "对", "没错", "是的👌", "嗯对", "对，没问题")))

    def ex_retry(self, c: Conv, kind: str):
        t = f"{c.ind}/retry"
        c.add("staff", self.pick(ASK[kind]))
        w = self.written("retry", kind)
        if kind == "mobile":
            first, _, _ = self.val("mobile", "bare_reply", "plain")
            c.add("customer", *first, tmpl=f"{c.ind}/bare_reply")
            c.add("staff", self.pick(("这个号码查不到您的会员信息呢，是不是换过号？", "系统里没有这个手机号的预约记录哦", "这个号没注册过，您看下是不是别的号")))
            c.add("customer", self.pick(("那试试这个", "哦那是我另一个号", "可能是用这个注册的")))
            parts, _, _ = self.val("mobile", "retry", w)
            c.add("customer", *parts, tmpl=t)
            c.add("staff", self.pick(("找到了", "好的，查到了", "嗯这个有了")))
            return
        if kind == "id_card":
            good = self.v.id_raw()
            bad = self.n.bad_id(good)
            nk, msg = "bad_id", self.pick(("系统提示证件号码校验不通过，麻烦您再核对一下哈", "身份证号好像不对，少了或者错了一位？", "提示身份证格式错误"))
            gtxt = good
        else:
            good = self.v.card_raw()
            bad = self.n.bad_card(good)
            nk, msg = "bad_card", self.pick(("卡号校验不通过，您再核对一下", "这个卡号系统提示无效，麻烦看下是不是输错了", "卡号不对哦，再看一下卡面"))
            gtxt = good
            if w == "space_4":
                gtxt = " ".join(good[i:i + 4] for i in range(0, len(good), 4))
                bad = " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
        c.add("customer", ("n", nk, bad))
        c.add("staff", msg)
        c.add("customer", self.pick(("不好意思", "哦哦", "我再看看", "啊抱歉")))
        c.add("customer", ("e", kind, f"retry_{w}", gtxt), tmpl=t)
        c.add("staff", self.pick(("好的，这次可以了", "通过了", "OK的")))

    def ex_family(self, c: Conv, kind: str):
        t = f"{c.ind}/family"
        if self.r.random() < 0.5:
            c.add("staff", self.pick(ASK[kind]))
        parts, _, _ = self.val(kind, "family", young=(c.ind == "school"))
        c.add("customer", *_fill(self.pick(FAMILY[kind]), parts), tmpl=t)
        c.add("staff", self.pick(OK_STAFF))

    def ex_staff(self, c: Conv, kind: str):
        t = f"{c.ind}/staff"
        parts, _, _ = self.val(kind, "staff")
        if self.r.random() < 0.5:
            c.add("customer", self.pick(STAFF_ASKED[kind]))
            c.add("staff", *parts, tmpl=t)
        else:
            c.add("staff", *_fill(self.pick(STAFF_CUE[kind]), parts), tmpl=t)
        c.add("customer", self.pick(OK_CUST))

    def ex_near(self, c: Conv, nk: str):
        asker, qs, intro = NEAR_ASK[nk]
        other = "customer" if asker == "staff" else "staff"
        val = self.n.make(nk)
        mode = self.r.random()
        if mode < 0.7:
            c.add(asker, self.pick(qs))
            if self.r.random() < 0.2:
                c.add(other, self.pick(("稍等", "等下我找找", "我看一下")))
            c.add(other, ("n", nk, val))
        else:
            tail = ("", "，您查一下", "，麻烦看下", "") if other == "customer" else ("", "哈", "，您记一下", "")
            c.add(other, f"{intro}{self.pick(('', '是', '：', ' '))}", ("n", nk, val), self.pick(tail))
        if self.r.random() < 0.5:
            c.add(asker, self.pick(OK_CUST if asker == "customer" else OK_STAFF))

    def ex_mixed(self, c: Conv, kind: str, nk: str):
        """one message with a near-miss and an entity."""
        t = f"{c.ind}/mixed"
        parts, _, _ = self.val(kind, "cued")
        _, _, intro = NEAR_ASK[nk]
        cue = self.pick(CUE[kind])
        c.add("customer", f"{intro}", ("n", nk, self.n.make(nk)), "，", *_fill(cue, parts), tmpl=t)
        c.add("staff", self.pick(OK_STAFF))

    COMBO_ASK = {("address", "mobile"): ("收货地址和电话发一下", "麻烦发下地址电话", "地址电话？", "上门地址和联系方式发我一下哈"),
                 ("plate", "mobile"): ("车牌和手机号登记一下", "车牌号、电话发一下", "麻烦报下车牌和手机"),
                 ("id_card", "mobile"): ("身份证号和手机号发一下，实名要用", "证件号码和预留手机麻烦提供下"),
                 ("mobile", "landline"): ("手机和座机都留一个吧", "除了手机还有别的电话吗？"),
                 ("bank_card", "id_card"): ("收款卡号和持卡人身份证号发一下", "卡号、身份证号都要"),
                 ("email", "qq"): ("邮箱或者QQ留一个，资料发您", "QQ和邮箱发一下"),
                 ("wechat", "qq"): ("微信或QQ都行，留一个", "有微信或者QQ吗？")}
    COMBO_LAB = {"address": "地址", "mobile": "电话", "plate": "车牌", "id_card": "身份证", "landline": "座机",
                 "bank_card": "卡号", "email": "邮箱", "qq": "QQ", "wechat": "微信"}

    def ex_combo(self, c: Conv):
        pairs = [p for p in self.COMBO_ASK if p[0] in INDUSTRIES[c.ind]["kinds"] and p[1] in INDUSTRIES[c.ind]["kinds"]]
        if not pairs:
            return
        k1, k2 = self.pick(pairs)
        if self.r.random() < 0.75:
            c.add("staff", self.pick(self.COMBO_ASK[(k1, k2)]))
        if self.r.random() < 0.5:
            given = "bare_reply"
            p1, _, _ = self.val(k1, given)
            p2, _, _ = self.val(k2, given)
            sep = self.pick((" ", "  ", "\n", "，"))
            c.add("customer", *p1, sep, *p2, tmpl=f"{c.ind}/combo")
        else:
            given = "cued"
            p1, _, _ = self.val(k1, given)
            p2, _, _ = self.val(k2, given)
            l1, l2 = self.COMBO_LAB[k1], self.COMBO_LAB[k2]
            sep = self.pick(("，", "\n", " ", "；"))
            col = self.pick(("：", "", " ", ":"))
            c.add("customer", f"{l1}{col}", *p1, f"{sep}{l2}{col}", *p2, tmpl=f"{c.ind}/combo")
        if self.r.random() < 0.5:
            c.add("staff", self.pick(OK_STAFF))

    def ex_chat(self, c: Conv):
        ind = INDUSTRIES[c.ind]
        n = self.r.choice((1, 1, 2, 3))
        mids = self.r.sample(ind["mid"], 3)
        for i in range(n):
            if self.r.random() < 0.5:
                c.add("staff", mids[i])
            else:
                c.add("customer", self.pick(OK_CUST + ("大概要多久？", "能快点吗", "那我等你消息", "？？", "[捂脸]", "怎么还没好")))

    def conversation(self, cid: str, ind: str | None = None, forced: tuple | None = None) -> Conv:
        r = self.r
        ind = ind or r.choice(tuple(INDUSTRIES))
        spec = INDUSTRIES[ind]
        while True:
            c = Conv(cid, ind)
            plan = []
            if forced:
                plan.append(("pii", forced[0], forced[1]))
            n_pii = r.choice((1, 2, 2, 3, 3, 3, 4))
            n_near = r.choice((1, 2, 2, 2, 3))
            for _ in range(n_pii):
                plan.append(("pii", self._given(), r.choice(spec["kinds"])))
            for _ in range(n_near):
                plan.append(("near", r.choice(spec["near"] + ("amount", "date")), None))
            for _ in range(r.choice((0, 1, 1, 2))):
                plan.append(("combo", None, None))
            if r.random() < 0.2:
                mk = [k for k in spec["near"] if k in MIXED_NEAR] or ["order_no"]
                plan.append(("mixed", r.choice(spec["kinds"]), r.choice(mk)))
            plan = [p for p in plan if p[0] != "pii" or p[2] in ALLOWED[p[1]]] or [("near", r.choice(spec["near"]), None)]
            head = plan[:1] if forced else []
            rest = plan[1:] if forced else plan
            r.shuffle(rest)
            plan = head + rest
            unasked_first = plan[0][0] == "pii" and plan[0][1] == "unasked"
            if not unasked_first:
                if r.random() < 0.6:
                    c.add("customer", r.choice(("你好", "在吗", "您好", "hello", "你好，请问一下")) if r.random() < 0.4 else r.choice(spec["open_c"]))
                    c.add("staff", r.choice(spec["open_s"]))
                    if r.random() < 0.4:
                        c.add("customer", r.choice(spec["open_c"]))
                else:
                    c.add("staff", r.choice(spec["open_s"]))
                    c.add("customer", r.choice(spec["open_c"]))
            else:
                plan = plan[:1] + [p for p in plan[1:] if not (p[0] == "pii" and p[1] == "unasked")]
            for p in plan:
                if p[0] == "pii":
                    given, kind = p[1], p[2]
                    if given == "unasked" and len(c.msgs) > 0:
                        given = "cued"
                    fn = {"bare_reply": self.ex_bare, "filler_reply": self.ex_bare, "cued": self.ex_cued,
                          "unasked": self.ex_unasked, "split": self.ex_split, "typo": self.ex_typo, "echo": self.ex_echo,
                          "retry": self.ex_retry, "family": self.ex_family, "staff": self.ex_staff}[given]
                    if given in ("bare_reply", "filler_reply"):
                        fn(c, kind, given)
                    else:
                        fn(c, kind)
                elif p[0] == "combo":
                    self.ex_combo(c)
                elif p[0] == "near":
                    self.ex_near(c, p[1])
                else:
                    self.ex_mixed(c, p[1], p[2])
                if r.random() < 0.15:
                    self.ex_chat(c)
            if r.random() < 0.8:
                if r.random() < 0.5:
                    c.add("staff", r.choice(CLOSE_STAFF))
                c.add("customer", r.choice(CLOSE_CUST))
            if 3 <= len(c.msgs) <= 16:
                return c
            if forced:
                self.force = (forced[0], forced[1], self._forced_w)

    def _given(self) -> str:
        return self.r.choice(("bare_reply", "bare_reply", "bare_reply", "bare_reply", "filler_reply", "filler_reply", "cued",
                              "cued", "cued", "unasked", "split", "typo", "echo", "retry", "family", "staff"))


def _build(meta: list | None = None) -> pd.DataFrame:
    g = Gen()
    convs = [g.conversation(f"t2-{i:04d}") for i in range(260)]

    def stats(cs):
        cnt, ctx, inds = Counter(), {}, {}
        for cv in cs:
            for tm_list, (_, parts) in zip(cv.tmpl, cv.msgs):
                es = [p for p in parts if isinstance(p, tuple) and p[0] == "e"]
                for tm, p in zip(tm_list, es):
                    f = f"{p[1]}/{p[2]}"
                    cnt[f] += 1
                    ctx.setdefault(f, set()).add(tm)
                    inds.setdefault(f, []).append(cv.ind)
        return cnt, ctx, inds

    declared = []
    for given, tab in ALLOWED.items():
        for kind, ws in tab.items():
            for w in ws:
                if given == "split":
                    declared += [(given, kind, w, f"{kind}/split_a_{w}"), (given, kind, w, f"{kind}/split_b_{w}")]
                elif given == "typo":
                    declared += [(given, kind, w, f"{kind}/typo_{w}"), (given, kind, w, f"{kind}/typo_fixed_{w}")]
                else:
                    declared.append((given, kind, w, f"{kind}/{given}_{w}"))
    i = len(convs)
    for _round in range(40):
        cnt, ctx, _ = stats(convs)
        thin = [d for d in declared if cnt[d[3]] < 4 or len(ctx.get(d[3], ())) < 3]
        if not thin:
            break
        for given, kind, w, f in thin:
            used = sorted({t.split("/")[0] for t in ctx.get(f, ())})
            cands = [k for k, spec in INDUSTRIES.items() if kind in spec["kinds"] and k not in used] or \
                    [k for k, spec in INDUSTRIES.items() if kind in spec["kinds"]]
            ind = g.pick(cands)
            g.force = (given, kind, w)
            g._forced_w = w
            convs.append(g.conversation(f"t2-{i:04d}", ind, (given, kind)))
            g.force = None
            i += 1
    rows = [row for cv in convs for row in cv.rows()]
    df = pd.DataFrame(rows)
    if meta is not None:
        meta.extend(df["_tmpl"].tolist())
    return df.drop(columns=["_tmpl"]).reset_index(drop=True)


def make_threads2_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks
_PLATE_RE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Za-z][·\s]?[A-HJ-NP-Za-hj-np-z0-9]{5,6}")
_ADDR_START = re.compile(r"^(\S{2,3}省|北京市|上海市|天津市|重庆市|\S{2,3}市|\S{2,4}区|" + "|".join(ESTATES) + ")")
_ADDR_END = ("号", "栋", "幢", "号楼", "单元", "室", "层", "楼")
_FILLER_RE = re.compile(r"^(嗯嗯|嗯|好的|好|是|对|哦|噢噢|噢|就是|emm|哈|应该是|这个|[\s，,。.：:！!？?~👇🙏😊👌📧😅])*$")


def _valid(kind: str, s: str) -> bool:
    n = _norm(s)
    if kind == "email":
        return re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s) is not None
    if kind == "id_card":
        return _id_ok(n)
    if kind == "bank_card":
        return n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n) and n[:6] in BINS16 + BINS19
    if kind == "mobile":
        return n.isdigit() and len(n) == 11 and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        return n.isdigit() and any(n.startswith(a) and len(n) - len(a) in (7, 8) for a in AREA_CODES)
    if kind == "qq":
        return re.fullmatch(r"[1-9]\d{4,10}", s) is not None
    if kind == "wechat":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", s) is not None
    if kind == "plate":
        return _PLATE_RE.fullmatch(s) is not None
    if kind == "address":
        return bool(_ADDR_START.match(s)) and (s.endswith(_ADDR_END) or s[-1].isdigit()) and len(s) >= 8
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    for cid, g in df.groupby("chat_id", sort=False):
        assert list(g["seq"]) == list(range(len(g))), cid
        assert 3 <= len(g) <= 16, (cid, len(g))
        assert set(g["sender"]) <= {"staff", "customer"}
    pending: dict = {}
    for row in df.itertuples():
        t = row.text
        assert len(row.entities) == len(row.formats), row
        spans = []
        for (k, s, e), f in zip(row.entities, row.formats):
            assert k in KINDS and 0 <= s < e <= len(t), (k, s, e, t)
            v = t[s:e]
            assert v == v.strip() and v[0] not in "，,。：:" and v[-1] not in "，,。：:", (v, t)
            if f.startswith("split_a_"):
                pending[(row.chat_id, k)] = v
            elif f.startswith("split_b_"):
                a = pending.pop((row.chat_id, k))
                assert _valid(k, a + v), (a, v)
                if k == "address":
                    assert _valid(k, a) and _valid(k, v), (a, v)
            else:
                assert _valid(k, v), (k, v, t)
            if k == "mobile":
                assert re.search(r"(\+86|0086)$", t[:s]) or not t[max(0, s - 1):s].isdigit(), t
                assert not t[e:e + 1].isdigit(), t
            spans.append((s, e))
        for nk, s, e in row.near_misses:
            assert 0 <= s < e <= len(t), (nk, t)
            v = t[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), v
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), v
            if n.isdigit() and len(n) == 11:
                assert n[0] != "1", v
            spans.append((s, e))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (t, spans)
        # every run of 5+ digits lies inside a labelled span
        blank = t
        for s, e in spans:
            blank = blank[:s] + "x" * (e - s) + blank[e:]
        assert not re.search(r"\d{5,}", blank), t
    assert not pending, pending
    return _stats(df)


def _bare(text: str, spans: list) -> bool:
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + rest[e:]
    return _FILLER_RE.match(rest) is not None


def _stats(df: pd.DataFrame) -> dict:
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    bare_e = bare_n = bare_n_reply = 0
    prev = None
    for row in df.itertuples():
        all_spans = [(s, e) for _, s, e in row.entities] + [(s, e) for _, s, e in row.near_misses]
        if row.entities and _bare(row.text, all_spans):
            bare_e += len(row.entities)
        if row.near_misses and _bare(row.text, all_spans):
            bare_n += len(row.near_misses)
            if prev is not None and prev.chat_id == row.chat_id and prev.sender != row.sender and \
                    re.search(r"[？?]|多少|发一下|发我|报一下|几号|哪天|什么时候|是什么", prev.text):
                bare_n_reply += len(row.near_misses)
        prev = row
    empty = int(((df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)).sum())
    return dict(kinds=kinds, near=near, formats=fmts, bare_entities=bare_e, bare_near=bare_n, bare_near_reply=bare_n_reply,
                conversations=df["chat_id"].nunique(), messages=len(df), empty=empty,
                entities=sum(kinds.values()), near_total=sum(near.values()))


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads2_corpus()), "not deterministic"
    c = check_corpus(df)
    print(f"conversations={c['conversations']} messages={c['messages']} messages_without_values={c['empty']}")
    print(f"entities={c['entities']} bare_entities={c['bare_entities']}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={c['near_total']} bare={c['bare_near']} bare_replies_to_question={c['bare_near_reply']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near"].most_common()))
    ctx: dict = {}
    for tms, es, fs in zip(meta, df["entities"], df["formats"]):
        for tm, (k, _, _), f in zip(tms, es, fs):
            ctx.setdefault(f"{k}/{f}", set()).add(tm)
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:32s} {n:4d}  templates={len(ctx[f])}")
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin
    assert set(c["kinds"]) == set(KINDS) and min(c["kinds"].values()) >= 50, c["kinds"]
    assert c["conversations"] >= 250 and c["messages"] >= 2000, (c["conversations"], c["messages"])
    assert c["entities"] >= 1000 and c["bare_entities"] >= 350, (c["entities"], c["bare_entities"])
    assert c["near_total"] >= 600 and c["bare_near_reply"] >= 150, (c["near_total"], c["bare_near_reply"])
    assert c["empty"] * 3 >= c["messages"], c["empty"]

"""Thread corpus 1 (``split == "threads1"``): whole WeCom 1:1 conversations.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第十八位写手").
What it read: the lines of ``toolkit/privacy/mask.py`` that define
``PII_KINDS`` and ``PLACEHOLDERS`` (found with ``grep -n -A14 "^PII_KINDS"``),
lines 1-100 and the last 45 lines of ``tests/privacy/pii_blind8.py`` (for the
layout and the entry-point names only), and a few lines of the public sets in
``../shared/datasets/`` (stc3_weibo_helpdesk, nonghang_zhidao) for the tone of
Chinese service chats (no phrase and no personal data copied).  It did NOT
read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, the other corpora or tests under ``tests/``, or git history; it never
imported ``toolkit`` and never ran a masking / finding function on this data.
Value shapes, chat flows and labels come only from the writer's own idea of
how staff and customers in mainland China chat in WeCom.

What is different here: WHOLE CONVERSATIONS, not single messages.  Each chat
is a 1:1 conversation (3-14 messages) between an agent (sales / service /
teacher / group leader / property staff) and a customer, in many trades:
e-commerce after-sales and invoices, couriers, telecom, banks, insurance,
clinics, schools and training, property management and parking, car
services, home-appliance repair, rentals, community group-buying, games.
Personal data comes as it really does in chats:

* ``bare_reply_*``  -- a bare reply to the other side's question in the
  previous message (``方便留个电话吗？`` -> ``13912345678``), possibly with a
  filler (``嗯 ...`` / ``... 谢谢``) but without a cue of its own; two values
  in one bare reply (``地址和电话发一下``) also count here;
* ``cued_*``        -- a cue in the same message (``我微信 zhang_san81``,
  ``地址：...``), by the customer or by the agent giving their own contact;
* ``followup_*``    -- the cue in the sender's own previous message
  (``身份证号码：`` / ``3301...``);
* ``corrected_*``   -- a value correcting the one just sent (``打错了，是...``,
  ``发成我老公的了，我的是...``); the first value is labelled too;
* ``confirmed_*``   -- the agent reading the value back (``跟您核对一下 ...
  对吗？``).

``bare_reply_*``, ``followup_*`` and ``corrected_*`` values have no cue in
their own message ("bare").  Conversations also hold bare replies that are
NOT personal data although the question was about something (order,
tracking, pickup / verification / voucher codes, member / meter / clinic /
student numbers, tax numbers, VIN, card tails, a city or estate name alone,
a typo'd card or ID number that fails its check) and non-answers
(``稍等我找一下``, ``就刚才那个``); about half of all messages hold no value.

Seed
----
``SEED = "threads1-2026-wecom-第十八位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card / IMEI Luhn digits are computed here.  Each
format (mode x written style, per kind) is forced until it is used at least
4 times in at least 3 conversation templates; other draws use realistic
weights.

Layout
------
One row per message, in conversation order; columns:

* ``chat_id``     -- ``"threads1-0000"`` ... (same for a whole conversation)
* ``seq``         -- 0, 1, 2 ... within the conversation
* ``sender``      -- ``"agent"`` or ``"customer"``
* ``text``        -- the message
* ``entities``    -- list of ``(kind, start, end)``; kinds email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address (no names; names
  never appear, only roles like 本人 / 家里人).  The span holds the value
  only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, the middle dot of a plate, the parentheses around an area
  code) are inside.  An address runs from its first place unit (province /
  city / district / county / town / village / road / estate) to its last
  house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number
  like ``1502`` or ``3-2-1502``); a city, district or estate name alone is a
  near-miss (``place``), not an address.
* ``formats``     -- one format name per entity, ``<mode>_<style>``; modes bare_reply, cued, followup,
  corrected, confirmed; styles (how the value is written): mobile plain / space_344 / dash_344 /
  plus86 (prefix outside); landline area_dash / area_paren / area_plain / area_space / with_ext
  (extension outside); email plain / qqmail / corp; id_card plain / x_end / space_684; bank_card
  plain_16 / plain_19 / space_4; qq digits; wechat pinyin / english; plate plain / dot / space / ev;
  address full / from_city / from_district / from_estate / estate_dash / rural
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"threads1"``

Counts (``.venv/bin/python tests/privacy/pii_threads1.py``)
-----------------------------------------------------------
conversations=400, messages=4206 (agent 2029, customer 2177), messages without any value=2454; entities=1181
(mobile 250, address 202, id_card 158, plate 128, landline 126, bank_card 88, email 87, wechat 83, qq 59);
bare (no cue in their own message)=716; by mode: bare_reply 406, cued 307, corrected 161, confirmed 158,
followup 149; near-miss spans=667, of which bare replies to a question=195, 31 near-miss kinds (amount 187,
date_time 106, order_no 51, tracking_no 41, place 33, hotline 21, work_order 18, credit_code 18, meter_no 14,
pickup_code 14, masked 11, student_no 11, bad_card 10, member_no 10, tail_digits 10, policy_no 10, id_tail 10,
bad_id 10, parking_spot 10, voucher_code 10, verify_code 9, clinic_card 9, employee_no 8, model_no 8, queue_no
8, vin 8, claim_no 6, invoice_no 3, postal_code 1, contract_no 1, sn 1); formats=155 distinct (9 kinds x 5
modes x written styles), each used >= 4 times in >= 3 conversation templates; 42 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "threads1-2026-wecom-第十八位写手"
SPLIT = "threads1"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_CHATS = 400

# ----------------------------------------------------------------------------------------------
# value makers
# ----------------------------------------------------------------------------------------------
MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                   "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
                   "191", "193", "195", "198", "199")
AREA_CODES = (("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8),
              ("027", 8), ("028", 8), ("029", 8), ("0571", 8), ("0574", 8), ("0755", 8), ("0512", 8),
              ("0532", 8), ("0531", 8), ("0591", 8), ("0731", 8), ("0871", 8), ("0371", 8),
              ("0769", 8), ("0757", 8), ("0351", 7), ("0951", 7), ("0937", 7))
ID_AREAS = ("110105", "110108", "310104", "310115", "330106", "330105", "330110", "320102", "320115",
            "440304", "440106", "510107", "420106", "370102", "410105", "430104", "350203", "610113",
            "500103", "120104", "130102", "340104", "360102", "210102", "230102", "530102", "450103",
            "411625", "341221", "511324", "430524")
ID_PROV = ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
           "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")
BINS_16 = ("622588", "621483", "622609", "427010", "438088", "491031", "524047", "552534", "518710")
BINS_19 = ("622202", "622848", "621700", "621661", "622262", "621226", "95599", "95588")
ALL_BINS = BINS_16 + BINS_19
PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
          "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "tang", "song", "deng", "han", "feng")
GIVEN = ("wei", "na", "fang", "yang", "jing", "min", "lei", "li", "qiang", "xia", "hui", "hao", "ting",
         "jun", "yan", "feng", "xin", "peng", "yu", "chen", "tao", "lan", "bo", "yue")
EN_WORDS = ("Lily", "sunny", "Coco", "Tom", "xiaoyu", "momo", "Kevin", "Amy", "lucky", "candy", "Jack",
            "happy", "Vivian", "leo", "Grace", "tiantian", "Eric", "Nana", "summer", "dudu")
MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "139.com", "aliyun.com",
                "outlook.com", "gmail.com", "hotmail.com", "yeah.net")
CORP_DOMAINS = ("hzyuanda.com", "sz-hengtai.cn", "jsjianhua.com.cn", "xmhaitian.com", "cdxinyu.net",
                "whguanggu.com.cn", "bjhuaxin.com")
PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
              ("浙", "ABCDEFGHJKL"), ("苏", "ABCDEFGHJKLMN"), ("川", "ABCDEFHJKLMQRSTUVWXYZ"),
              ("鄂", "ABCDEFGHJKLMNPQRS"), ("鲁", "ABCDEFGHJKLMNPQRSUVY"), ("豫", "ABCDEFGHJKLMNPQRSU"),
              ("湘", "ABCDEFGHJKLMNU"), ("闽", "ABCDEFGHJK"), ("渝", "ABCDFGH"), ("津", "ABCDEFGHJKLMNQR"),
              ("冀", "ABCDEFGHJRT"), ("皖", "ABCDEFGHJKLMNPRS"), ("陕", "ABCDEFGHJKUV"))
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CITIES = (
    ("浙江省", "杭州市", (("西湖区", ("文三路", "文一西路", "古墩路", "天目山路"), ("嘉绿苑", "文鼎苑", "西溪诚园", "古荡新村")),
                        ("拱墅区", ("莫干山路", "湖墅南路", "丽水路"), ("和睦新村", "申花郡", "大关苑")),
                        ("余杭区", ("五常大道", "良睦路", "文一西路"), ("西溪北苑", "良渚文化村", "海创园")))),
    ("", "上海市", (("浦东新区", ("张杨路", "锦绣路", "川沙路"), ("金桥新城", "御桥花园", "由由一村")),
                   ("闵行区", ("莘庄路", "七莘路", "都市路"), ("春申景城", "莘城苑", "名都城")),
                   ("徐汇区", ("漕溪北路", "凯旋路", "田林路"), ("田林十二村", "汇翠花园", "东安新村")))),
    ("", "北京市", (("朝阳区", ("望京街", "朝阳路", "北苑路"), ("望京西园三区", "华纺易城", "北苑家园")),
                   ("海淀区", ("中关村大街", "学院路", "西三环北路"), ("北太平庄小区", "万柳书院", "育新花园")),
                   ("丰台区", ("南三环西路", "丰台北路"), ("芳城园一区", "东大街小区", "世界花园")))),
    ("广东省", "深圳市", (("南山区", ("科技园南路", "南海大道", "桃园路"), ("阳光棕榈园", "桃源村", "蔚蓝海岸")),
                        ("龙岗区", ("龙岗大道", "布澜路"), ("万科四季花城", "中海怡翠山庄", "东方半岛")),
                        ("宝安区", ("新安六路", "宝民一路"), ("碧海花园", "海滨广场", "富通城")))),
    ("广东省", "广州市", (("天河区", ("天河路", "中山大道西", "黄埔大道"), ("骏景花园", "华景新城", "天河北苑")),
                        ("番禺区", ("市桥大北路", "兴业大道"), ("祈福新邨", "丽江花园", "华南碧桂园")))),
    ("江苏省", "南京市", (("鼓楼区", ("中山北路", "湖南路"), ("江苏新村", "芳草园", "清江花苑")),
                        ("江宁区", ("双龙大道", "天元中路"), ("翠屏城", "百家湖花园", "东山国际")))),
    ("四川省", "成都市", (("武侯区", ("人民南路四段", "科华北路", "玉林北路"), ("玉林小区", "锦城南府", "棕北小区")),
                        ("成华区", ("建设路", "双林路"), ("万科城市花园", "府青苑", "建设花园")))),
    ("湖北省", "武汉市", (("洪山区", ("珞喻路", "雄楚大道"), ("光谷新世界", "保利花园", "金地格林小城")),
                        ("江汉区", ("解放大道", "新华路"), ("常青花园", "万松园小区", "新华家园")))),
    ("山东省", "济南市", (("历下区", ("经十路", "解放路"), ("燕子山小区", "山大花园", "佛山苑")),)),
    ("陕西省", "西安市", (("雁塔区", ("科技路", "小寨西路"), ("紫薇田园都市", "曲江华府", "丈八小区")),)),
    ("福建省", "厦门市", (("思明区", ("莲前西路", "厦禾路"), ("莲花五村", "禾祥花园", "瑞景新村")),)),
    ("湖南省", "长沙市", (("岳麓区", ("麓山南路", "枫林三路"), ("湘江世纪城", "金星苑", "奥克斯广场")),)),
)
RURAL = (("河南省", "周口市", "郸城县", "宁平镇", "李楼村"), ("安徽省", "阜阳市", "临泉县", "谭棚镇", "王寨村"),
         ("山东省", "菏泽市", "曹县", "大集镇", "丁楼村"), ("四川省", "南充市", "仪陇县", "新政镇", "柳垭村"),
         ("湖南省", "邵阳市", "隆回县", "桃洪镇", "城东村"), ("江西省", "赣州市", "于都县", "贡江镇", "长征村"),
         ("河北省", "保定市", "涞源县", "银坊镇", "东村"), ("湖北省", "黄冈市", "蕲春县", "漕河镇", "大路村"))
CN_NUM = "一二三四五六七八九"


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            n = n - 9 if n > 9 else n
        s += n
    return s % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body: str) -> str:
    s = sum(int(c) * w for c, w in zip(body, _ID_W))
    return "10X98765432"[s % 11]


def id_ok(v: str) -> bool:
    return len(v) == 18 and v[:17].isdigit() and id_check(v[:17]) == v[17].upper()


def _date_ok(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d):
        return False
    mdays = (31, 29 if (y % 4 == 0 and y % 100) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return d <= mdays[m - 1]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_mobile(rng):
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


def render_mobile(v, style, rng):
    if style == "plain":
        return "", v, ""
    if style == "space_344":
        return "", f"{v[:3]} {v[3:7]} {v[7:]}", ""
    if style == "dash_344":
        return "", f"{v[:3]}-{v[3:7]}-{v[7:]}", ""
    pre = rng.choice(("+86 ", "+86", "+86-", "0086 ", "+86 "))
    return pre, v, ""


def make_landline(rng, style):
    area, n = rng.choice(AREA_CODES)
    local = rng.choice("2345678") + _digits(rng, n - 1)
    if style == "area_dash":
        return "", f"{area}-{local}", ""
    if style == "area_paren":
        return "", f"({area}){local}", ""
    if style == "area_plain":
        return "", area + local, ""
    if style == "area_space":
        return "", f"{area} {local}", ""
    ext = rng.choice(("转", "转", "-", "分机", " 转")) + rng.choice(("806", "8012", "302", "11", "6021", "203"))
    return "", f"{area}-{local}", ext


def make_email(rng, style):
    if style == "qqmail":
        return "", rng.choice("123456789") + _digits(rng, rng.choice((7, 8, 9, 9, 10))) + "@qq.com", ""
    if style == "corp":
        return "", f"{rng.choice(PINYIN)}{rng.choice(('.', '_', ''))}{rng.choice(GIVEN)}@{rng.choice(CORP_DOMAINS)}", ""
    p = rng.choice(PINYIN) + rng.choice(GIVEN)
    r = rng.random()
    if r < 0.35:
        local = p + _digits(rng, rng.choice((2, 3, 4)))
    elif r < 0.6:
        local = p + rng.choice(("_", ".", "")) + str(rng.randint(1975, 2005))
    elif r < 0.8:
        local = p[0] + rng.choice(GIVEN)[0] + rng.choice(GIVEN)[0] + _digits(rng, 4)
    else:
        local = rng.choice(EN_WORDS).lower() + rng.choice(("_", "")) + p
    return "", f"{local}@{rng.choice(MAIL_DOMAINS)}", ""


def make_id(rng, want_x=None):
    while True:
        y = rng.randint(1956, 2005)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = f"{rng.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{_digits(rng, 3)}"
        v = body + id_check(body)
        if want_x is None or (v.endswith("X") == want_x):
            return v


def render_id(v, style):
    if style == "space_684":
        return "", f"{v[:6]} {v[6:14]} {v[14:]}", ""
    return "", v, ""


def make_card(rng, n):
    b = rng.choice(BINS_16 if n == 16 else BINS_19)
    body = b + _digits(rng, n - len(b) - 1)
    return body + luhn_digit(body)


def render_card(v, style):
    if style == "space_4":
        return "", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), ""
    return "", v, ""


def make_qq(rng):
    return "", rng.choice("123456789") + _digits(rng, rng.choice((5, 6, 7, 8, 8, 9, 9, 9, 10))), ""


def make_wechat(rng, style):
    if style == "pinyin":
        s = rng.choice(PINYIN)
        g = rng.choice(GIVEN)
        r = rng.random()
        if r < 0.3:
            v = f"{s}_{g}{_digits(rng, 2)}"
        elif r < 0.55:
            v = f"{s}{g}{rng.randint(1980, 2005)}"
        elif r < 0.75:
            v = f"{s[0]}{g}{rng.choice(GIVEN)}{_digits(rng, 3)}"
        else:
            v = f"{s}-{g}{rng.choice(('', 'a', 'x'))}{_digits(rng, 4)}"
    else:
        w = rng.choice(EN_WORDS)
        v = f"{w}{rng.choice(('_', '-', '', '_'))}{rng.choice((_digits(rng, 4), _digits(rng, 2) + rng.choice(PINYIN), rng.choice(PINYIN) + _digits(rng, 3)))}"
    if len(v) < 6:
        v += _digits(rng, 6 - len(v))
    return "", v[:20], ""


def make_plate(rng, style):
    prov, letters = rng.choice(PLATE_PROV)
    city = rng.choice(letters)
    if style == "ev":
        tail = rng.choice("DF") + rng.choice((_digits(rng, 5), rng.choice(PLATE_LETTERS) + _digits(rng, 4)))
        return "", prov + city + tail, ""
    chars = [rng.choice("0123456789") for _ in range(5)]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        chars[rng.randrange(5)] = rng.choice(PLATE_LETTERS)
    tail = "".join(chars)
    sep = {"plain": "", "dot": "·", "space": " "}[style]
    return "", prov + city + sep + tail, ""


def _unit(rng, beijing=False):
    b = rng.randint(1, 32)
    u = rng.randint(1, 4)
    f = rng.randint(2, 28)
    room = f"{f}{rng.randint(1, 4):02d}"
    bl = rng.choice(("号楼", "号楼", "栋")) if beijing else rng.choice(("栋", "栋", "幢", "号楼"))
    r = rng.random()
    if r < 0.45:
        return f"{b}{bl}{u}单元{room}" + rng.choice(("", "室", ""))
    if r < 0.75:
        return f"{b}{bl}{room}" + rng.choice(("", "室"))
    return f"{b}{bl}{u}单元{room}室"


def make_address(rng, style):
    if style == "rural":
        prov, city, county, town, vil = rng.choice(RURAL)
        grp = rng.choice(CN_NUM[:6]) + "组"
        head = rng.choice((prov + city, prov + city, city))
        return "", f"{head}{county}{town}{vil}{grp}{rng.randint(1, 68)}号", ""
    prov, city, dists = rng.choice(CITIES)
    dist, roads, estates = rng.choice(dists)
    bj = city == "北京市"
    estate = rng.choice(estates)
    road = rng.choice(roads)
    num = f"{rng.randint(1, 999)}号"
    if style == "full":
        if rng.random() < 0.5:
            tail = f"{road}{num}{estate}{_unit(rng, bj)}"
        else:
            tail = f"{road}{num}{rng.choice(('', '', 'B座'))}{rng.randint(2, 25)}{rng.choice(('层', '楼'))}"
            if rng.random() < 0.5:
                tail = f"{road}{num}{rng.randint(1, 12)}幢{rng.randint(3, 22)}{rng.randint(1, 9):02d}室"
        return "", f"{prov}{city}{dist}{tail}", ""
    if style == "from_city":
        return "", f"{city}{dist}{rng.choice((road + num, ''))}{estate}{_unit(rng, bj)}", ""
    if style == "from_district":
        return "", f"{dist}{rng.choice((road + num, '', ''))}{estate}{_unit(rng, bj)}", ""
    if style == "from_estate":
        return "", f"{estate}{_unit(rng, bj)}", ""
    # estate_dash
    return "", f"{estate}{rng.randint(1, 30)}-{rng.randint(1, 4)}-{rng.randint(2, 30)}{rng.randint(1, 4):02d}", ""


STYLES = {
    "mobile": (("plain", 70), ("space_344", 12), ("dash_344", 7), ("plus86", 8)),
    "landline": (("area_dash", 50), ("area_paren", 8), ("area_plain", 15), ("area_space", 8), ("with_ext", 15)),
    "email": (("plain", 60), ("qqmail", 30), ("corp", 12)),
    "id_card": (("plain", 80), ("x_end", 10), ("space_684", 8)),
    "bank_card": (("plain_19", 60), ("plain_16", 25), ("space_4", 15)),
    "qq": (("digits", 100),),
    "wechat": (("pinyin", 60), ("english", 40)),
    "plate": (("plain", 70), ("dot", 10), ("space", 8), ("ev", 15)),
    "address": (("full", 25), ("from_city", 25), ("from_district", 15), ("from_estate", 20),
                ("estate_dash", 8), ("rural", 8)),
}
MODES = (("bare_reply", 45), ("cued", 28), ("followup", 8), ("corrected", 7), ("confirmed", 12))


class Value:
    """One personal value: how to render it again (for read-backs)."""

    def __init__(self, kind, style, rng):
        self.kind, self.style = kind, style
        if kind == "mobile":
            self.raw = make_mobile(rng)
            self.parts = render_mobile(self.raw, style, rng)
        elif kind == "landline":
            self.parts = make_landline(rng, style)
        elif kind == "email":
            self.parts = make_email(rng, style)
        elif kind == "id_card":
            self.raw = make_id(rng, want_x=True if style == "x_end" else (None if style == "space_684" else False))
            self.parts = render_id(self.raw, style)
        elif kind == "bank_card":
            self.raw = make_card(rng, 16 if style == "plain_16" else (19 if style == "plain_19" else rng.choice((16, 19))))
            self.parts = render_card(self.raw, style)
        elif kind == "qq":
            self.parts = make_qq(rng)
        elif kind == "wechat":
            self.parts = make_wechat(rng, style)
        elif kind == "plate":
            self.parts = make_plate(rng, style)
        else:
            self.parts = make_address(rng, style)

    def corrected(self, rng):
        """A second, different valid value (typo fixed or the right person's value)."""
        v = Value.__new__(Value)
        v.kind, v.style = self.kind, self.style
        if self.kind == "mobile":
            i = rng.randint(3, 10)
            raw = self.raw[:i] + rng.choice([c for c in "0123456789" if c != self.raw[i]]) + self.raw[i + 1:]
            v.raw = raw
            pre = self.parts[0]
            v.parts = (pre, render_mobile(raw, self.style, rng)[1], "")
            return v
        if self.kind in ("landline", "qq", "address", "plate", "wechat") or \
                (self.kind == "email" and self.style != "corp"):
            pre, val, post = self.parts
            runs = list(re.finditer(r"\d+", val.split("@")[0]))
            if runs:
                r = runs[-1]
                lo = max(r.start() + (1 if r.end() - r.start() > 1 else 0), r.end() - 4)
                i = rng.randrange(lo, r.end())
                new = rng.choice([c for c in "123456789" if c != val[i]])
                v.parts = (pre, val[:i] + new + val[i + 1:], post)
                return v
        return Value(self.kind, self.style, rng)


# ----------------------------------------------------------------------------------------------
# near-miss makers
# ----------------------------------------------------------------------------------------------
def _no_card_no_id(s: str) -> bool:
    d = re.sub(r"[\s-]", "", s)
    if d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d):
        return False
    if len(d) == 18 and d[:17].isdigit() and id_ok(d):
        return False
    if d.isdigit() and len(d) == 11 and d[:3] in MOBILE_PREFIXES:
        return False
    return True


def _date(rng):
    return rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)


def near_value(nk: str, rng: random.Random) -> str:
    for _ in range(200):
        v = _near_value(nk, rng)
        if _no_card_no_id(v):
            return v
    raise AssertionError(nk)


def _near_value(nk, rng):
    y, m, d = _date(rng)
    if nk == "order_no":
        r = rng.random()
        if r < 0.3:
            return f"{y}{m:02d}{d:02d}{_digits(rng, 6)}"
        if r < 0.6:
            return rng.choice("1234") + _digits(rng, rng.choice((17, 18)))
        if r < 0.8:
            return rng.choice(("29", "30", "31")) + _digits(rng, 10)
        return f"{y % 100}{m:02d}{d:02d}-{_digits(rng, 15)}"
    if nk == "tracking_no":
        r = rng.random()
        if r < 0.35:
            return "SF" + rng.choice("1234") + _digits(rng, 12)
        if r < 0.55:
            return rng.choice(("YT", "JT", "JD")) + _digits(rng, 13)
        if r < 0.8:
            return "7" + rng.choice("3578") + _digits(rng, 12)
        return "43" + _digits(rng, 11)
    if nk == "pickup_code":
        r = rng.random()
        if r < 0.6:
            return f"{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(1001, 9999)}"
        return str(rng.randint(1000, 999999))
    if nk == "verify_code":
        return _digits(rng, rng.choice((4, 6, 6)))
    if nk == "voucher_code":
        v = rng.choice("123456789") + _digits(rng, 11)
        return rng.choice((v, f"{v[:4]} {v[4:8]} {v[8:]}"))
    if nk == "member_no":
        return rng.choice(("88", "66", "10")) + _digits(rng, rng.choice((6, 8)))
    if nk == "meter_no":
        return rng.choice(("33", "31", "44", "51")) + _digits(rng, 8)
    if nk == "policy_no":
        return rng.choice(("PDAA", "PDZA", "AGZ1", "PYDL")) + f"{y}{rng.choice(('3301', '4403', '3101', '1101'))}" + _digits(rng, rng.choice((8, 10)))
    if nk == "claim_no":
        return rng.choice(("RDAA", "RDZA")) + f"{y}{rng.choice(('3301', '4403'))}" + _digits(rng, 8)
    if nk == "invoice_no":
        return rng.choice((_digits(rng, 8), f"{y % 100}" + rng.choice(("33", "44", "31", "11")) + _digits(rng, 16)))
    if nk == "credit_code":
        head = rng.choice(("MA", "MA", ""))
        return "91" + rng.choice(ID_AREAS) + head + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10 - len(head)))
    if nk == "work_order":
        return rng.choice(("GD", "WO", "")) + f"{y}{m:02d}{d:02d}" + _digits(rng, 4)
    if nk == "student_no":
        return f"{rng.randint(2019, 2024)}{_digits(rng, 4)}"
    if nk == "clinic_card":
        return rng.choice(("0000", "1000", "2100")) + _digits(rng, 6)
    if nk == "contract_no":
        return f"{rng.choice(('ZL', 'HT', 'ZF'))}{y}-{m:02d}{d:02d}-{rng.randint(1, 99):02d}"
    if nk == "vin":
        wmi = rng.choice(("LSV", "LFV", "LGB", "LHG", "LVS", "LSG", "LBV", "LGW"))
        return wmi + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)) + _digits(rng, 6)
    if nk == "imei":
        body = "86" + _digits(rng, 12)
        return body + luhn_digit(body)
    if nk == "sn":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    if nk == "model_no":
        return rng.choice(("KFR-35GW/BpXDN1Y", "KFR-26GW/NhGc1B", "BCD-520WKPZM", "EG100MATE6S",
                           "XQB100-Z5288", "JSQ25-13MT7", "P60 Pro", "iPhone 15 Pro", "Mate 60",
                           "Redmi K70", "QLED-65Q7", "BCD-470WDPG", "CXW-260-E900C10"))
    if nk == "amount":
        r = rng.random()
        if r < 0.4:
            return f"{rng.randint(9, 3999)}.{rng.choice(('00', '90', '50', '99'))}"
        if r < 0.7:
            return f"{rng.randint(20, 9000)}元"
        return f"¥{rng.randint(19, 2999)}"
    if nk == "date_time":
        return rng.choice((f"{m}月{d}号", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}",
                           f"{m}/{d}", f"明天下午{rng.randint(2, 5)}点", f"周{rng.choice('一二三四五六')}上午",
                           f"{rng.randint(8, 20)}:{rng.choice(('00', '30'))}"))
    if nk == "hotline":
        return rng.choice((f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", f"400{_digits(rng, 7)}",
                           f"800-{rng.choice('89')}{_digits(rng, 2)}-{_digits(rng, 4)}", "95588", "95599",
                           "95533", "95555", "95566", "95511", "95518", "10086", "10010", "10000", "12345",
                           "95338", "95311", "95546"))
    if nk == "masked":
        r = rng.random()
        if r < 0.4:
            return rng.choice(MOBILE_PREFIXES) + "****" + _digits(rng, 4)
        if r < 0.7:
            b = rng.choice(ALL_BINS)[:4]
            return rng.choice((f"{b} **** **** {_digits(rng, 4)}", f"{b}{rng.choice(('**', ''))}********{_digits(rng, 4)}"))
        return rng.choice(ID_AREAS)[:4] + "**********" + _digits(rng, 3) + rng.choice("0123456789X")
    if nk == "tail_digits":
        return _digits(rng, 4)
    if nk == "id_tail":
        return _digits(rng, 5) + rng.choice("0123456789X")
    if nk == "bad_card":
        n = rng.choice((16, 19, 19))
        b = rng.choice(BINS_16 if n == 16 else BINS_19)
        body = b + _digits(rng, n - len(b) - 1)
        good = luhn_digit(body)
        return body + rng.choice([c for c in "0123456789" if c != good])
    if nk == "bad_id":
        v = make_id(rng, want_x=False)
        return v[:17] + rng.choice([c for c in "0123456789" if c != v[17]])
    if nk == "parking_spot":
        return f"{rng.choice(('B1', 'B2', 'B3', 'A', 'C'))}-{rng.randint(1, 380):03d}"
    if nk == "postal_code":
        return rng.choice(("310012", "200120", "100102", "518057", "510630", "210008", "610041", "430074",
                           "250014", "710061", "361004", "410006"))
    if nk == "queue_no":
        return f"{rng.choice('ABC')}{rng.randint(1, 99):03d}"
    if nk == "employee_no":
        return rng.choice(("", "", "HZ", "KF")) + str(rng.randint(1001, 98999))
    if nk == "place":
        prov, city, dists = rng.choice(CITIES)
        dist, roads, estates = rng.choice(dists)
        return rng.choice((city, city[:-1], dist, rng.choice(estates), rng.choice(estates), rng.choice(roads)))
    raise KeyError(nk)


# ----------------------------------------------------------------------------------------------
# phrasing
# ----------------------------------------------------------------------------------------------
ASK = {
    "mobile": ("方便留个电话吗？", "您手机号多少？", "留个联系电话吧，师傅上门前会先打给您", "麻烦留个手机号",
               "手机号发我一下", "联系方式给一下哈", "您下单时预留的手机号是多少呢？", "您的联系电话是？",
               "麻烦留一个能打通的号码"),
    "landline": ("有座机吗？单位座机也行", "您单位电话多少？", "留个固话吧，白天好联系", "家里座机号码是多少呢？",
                 "公司前台电话方便给一下吗？"),
    "email": ("发票发哪个邮箱？", "您邮箱多少，我把资料发您", "留个邮箱吧，电子版会发过去", "邮箱地址给一下",
              "报告要发到哪个邮箱呢？"),
    "id_card": ("麻烦提供下身份证号码，登记用", "身份证号发一下", "实名认证需要身份证号，您发我一下",
                "报一下身份证号我核对下身份", "办理需要机主身份证号码"),
    "bank_card": ("原路退不了，麻烦给个银行卡号", "款打到哪张卡？卡号发一下", "您要绑定的卡号是多少",
                  "收款的银行卡号发我一下", "麻烦提供一下您的银行卡号"),
    "qq": ("您QQ多少，我拉您进群", "方便留个QQ吗", "QQ号发一下", "您的QQ号是多少呢？", "扣扣多少？"),
    "wechat": ("您微信号多少？我加您", "加个微信吧，方便发图片", "微信号发我一下", "您vx多少，我加一下",
               "微信号方便给一下吗？"),
    "plate": ("车牌号多少？", "您的车牌号发一下，我给您登记", "报一下车牌，我查下记录", "车牌是多少呢？",
              "登记一下车牌号"),
    "address": ("地址发我一下", "您的收货地址是？", "上门地址是哪里呢？", "具体地址麻烦发一下，门牌号写清楚",
                "详细地址发一下", "寄到哪个地址呢？"),
}
CUED = {
    "mobile": ("手机号{v}", "我电话是{v}", "联系电话{v}，白天都能打通", "{v} 这是我手机号", "手机：{v}",
               "打我手机吧 {v}", "我的号码{v}"),
    "landline": ("座机{v}", "公司电话是{v}", "办公室电话 {v}", "{v}，这个是家里座机", "固话：{v}"),
    "email": ("邮箱{v}", "发我邮箱吧 {v}", "{v} 这个是我邮箱", "邮箱是{v}", "email：{v}"),
    "id_card": ("身份证号{v}", "身份证：{v}", "{v} 这是我身份证号", "我身份证号码是{v}"),
    "bank_card": ("卡号{v}", "银行卡号：{v}", "我的工行卡 {v}", "农行卡号{v}", "卡号是{v}，开户行是建行"),
    "qq": ("QQ{v}", "我q号{v}", "扣扣{v}", "qq：{v}", "{v} 这是我QQ"),
    "wechat": ("微信号{v}", "vx：{v}", "我微信 {v}", "wx {v}", "{v} 是我微信", "微信：{v}"),
    "plate": ("车牌{v}", "我的车是{v}", "车牌号：{v}", "{v} 是我的车牌"),
    "address": ("地址：{v}", "我住{v}", "寄到{v}", "送到{v}，放门口就行", "收货地址改成{v}", "上门地址：{v}"),
}
LEAD = {
    "mobile": ("我留个手机号", "手机号：", "我的电话", "联系电话"),
    "landline": ("座机：", "座机号码", "固话"),
    "email": ("邮箱：", "我的邮箱", "发这个邮箱"),
    "id_card": ("身份证号码：", "身份证号", "我发你身份证号"),
    "bank_card": ("卡号：", "银行卡号是", "卡号发你"),
    "qq": ("QQ号：", "我的QQ", "扣扣号"),
    "wechat": ("微信号：", "我微信号是", "加我这个微信"),
    "plate": ("车牌号：", "我车牌", "车牌是"),
    "address": ("地址：", "地址发你", "详细地址"),
}
CUE_WORDS = ("手机", "电话", "号码", "座机", "固话", "邮箱", "email", "身份证", "卡号", "银行卡", "工行", "农行",
             "QQ", "qq", "扣扣", "q号", "微信", "vx", "wx", "车牌", "地址", "住", "寄到", "送到")
BARE_WRAP = ("{v}", "{v}", "{v}", "{v}", "{v}。", "嗯，{v}", "{v} 谢谢", "好的 {v}", "哦哦 {v}", "{v}~", "是{v}")
FIX = ("打错了，是{v}", "不好意思刚才那个错了，{v}", "更正一下：{v}", "抱歉打错了 {v}", "刚才少打了一位，是{v}",
       "发错了，这个才对 {v}")
FIX_PERSON = ("发成我老公的了，我的是{v}", "不好意思发错了，用这个{v}", "那个是我妈的，我的是{v}", "更正一下：{v}")
CONFIRM = {
    "mobile": ("好的，{v}，对吗？", "跟您确认一下，手机号{v}没错吧？", "收到，{v}，已经帮您登记了", "{v} 是这个号吧？"),
    "landline": ("好的，{v} 对吧？", "跟您核对下，座机{v}，对吗？", "收到，{v}，已备注"),
    "email": ("好的，{v}，对吗？", "邮箱是{v}没错吧？", "收到，稍后发到{v}"),
    "id_card": ("跟您核对下，身份证号{v}，对吗？", "{v} 是这个没错吧？", "好的，{v}，已提交"),
    "bank_card": ("跟您核对下卡号：{v}，对吗？", "{v} 这张卡对吧？", "好的，卡号{v}已登记"),
    "qq": ("好的，{v}，对吗？", "QQ是{v}没错吧？", "收到，{v}，我加您了"),
    "wechat": ("好的，{v}，对吗？", "微信号{v}，我搜一下", "{v} 是这个吧？我加您"),
    "plate": ("好的，车牌{v}，对吗？", "{v} 没错吧？", "收到，{v}已登记"),
    "address": ("好的，跟您核对一下地址：{v}，对吗？", "地址是{v}没错吧？", "收到，{v}，已登记"),
}
YES = ("对的", "嗯嗯", "是的", "没错", "对", "对的，谢谢")
TRAP_REPLY = {
    "mobile": ("就是我现在用的这个", "还是原来那个号", "你们系统里有的吧", "不方便，有事这里说就行"),
    "landline": ("没有座机", "家里没装座机了", "单位电话我得问一下"),
    "email": ("我没邮箱", "稍等我找一下", "邮箱我忘了"),
    "id_card": ("稍等，我去拿身份证", "这个一定要给吗？", "我不在家，晚点发你"),
    "bank_card": ("我回头看一下卡", "稍等我找一下", "能不能退到支付宝？"),
    "qq": ("我没QQ，用微信吧", "好久不用QQ了", "稍等我找一下"),
    "wechat": ("稍等我找一下", "就是手机号", "我搜一下你吧", "微信号我不知道在哪看"),
    "plate": ("稍等我去看一下", "新车还没上牌", "车不是我的，我问问"),
    "address": ("还是原来那个地址", "跟上次一样", "我晚点发你"),
}
ASKN = {
    "order_no": ("订单号多少？", "麻烦提供下订单号", "您订单号发我下，我查一下", "订单编号有吗？"),
    "tracking_no": ("快递单号多少？", "运单号发一下", "单号有吗", "物流单号给我一下"),
    "pickup_code": ("取件码呢", "取件码多少我帮您看下", "短信里的取件码是多少？"),
    "verify_code": ("验证码发到您手机了，麻烦告诉我一下", "您收到的验证码是多少？", "签收码多少？"),
    "voucher_code": ("券码多少？", "核销码发一下", "团购券码是多少？"),
    "member_no": ("会员卡号多少？", "您会员号是多少呢？", "卡上的会员编号发一下"),
    "meter_no": ("缴费户号多少？", "户号发一下", "您的户号是多少"),
    "policy_no": ("保单号提供一下", "保单号是多少？", "您的保单号码发我一下"),
    "invoice_no": ("发票号码多少？", "票上的发票号码发一下"),
    "credit_code": ("税号多少？", "公司税号发一下", "开专票需要税号，您发我一下"),
    "work_order": ("工单号多少？", "之前报修的单号还有吗？"),
    "student_no": ("孩子学号多少？", "学员编号是多少？"),
    "clinic_card": ("就诊卡号多少？", "就诊卡背面的卡号发一下"),
    "contract_no": ("合同编号是多少？", "合同上右上角的编号发一下"),
    "vin": ("车架号发一下", "行驶证上的车辆识别代号是多少？", "车架号多少？"),
    "imei": ("手机的IMEI码多少？", "串号发一下"),
    "sn": ("机器背面的SN码发一下", "序列号多少？"),
    "model_no": ("机器型号是多少？", "什么型号的？", "铭牌上的型号发一下"),
    "amount": ("付了多少钱？", "金额多少？", "实付多少呀？"),
    "date_time": ("什么时候买的？", "哪天下的单？", "您什么时间方便？", "大概几点到？"),
    "tail_digits": ("卡号后四位是多少？", "手机尾号多少？", "您预留手机的后四位是？", "银行卡尾号是多少？"),
    "id_tail": ("身份证后六位是多少？", "麻烦报一下身份证后6位核对身份"),
    "parking_spot": ("车位号多少？", "您租的是哪个车位？"),
    "place": ("您在哪个城市？", "哪个区的？", "哪个小区的？", "您在哪边？"),
    "queue_no": ("您排的号是多少？", "取的号是多少？"),
    "postal_code": ("邮编多少？",),
}
NCUE = {
    "order_no": ("订单号{v}", "订单编号：{v}", "单号是{v}"), "tracking_no": ("快递单号{v}", "运单号：{v}"),
    "pickup_code": ("取件码{v}",), "verify_code": ("验证码{v}", "签收码是{v}"), "voucher_code": ("券码{v}",),
    "member_no": ("会员号{v}",), "meter_no": ("户号{v}",), "policy_no": ("保单号{v}",),
    "invoice_no": ("发票号码{v}",), "credit_code": ("税号{v}",), "work_order": ("工单号{v}",),
    "student_no": ("学号{v}",), "clinic_card": ("就诊卡号{v}",), "contract_no": ("合同编号{v}",),
    "vin": ("车架号{v}",), "imei": ("IMEI：{v}",), "sn": ("SN码{v}",), "model_no": ("型号是{v}",),
    "amount": ("付了{v}",), "date_time": ("{v}买的", "{v}吧"), "tail_digits": ("尾号{v}",),
    "id_tail": ("后六位{v}",), "parking_spot": ("车位{v}",), "place": ("我在{v}", "{v}这边"),
    "queue_no": ("{v}号",), "postal_code": ("邮编{v}",),
}
C_OPEN = ("你好", "在吗", "您好，请问一下", "你好，我想问下", "在不在", "亲，在吗", "你好，麻烦问一下", "[微笑]你好")
A_CLOSE = ("还有其他可以帮您的吗？", "好的，有问题随时联系我", "不客气，祝您生活愉快~", "好的，已经帮您备注了",
           "收到，会尽快给您处理", "好的，稍后有结果第一时间通知您")
C_CLOSE = ("好的谢谢", "好的，麻烦了", "没了，谢谢", "行，辛苦了", "👌", "好的", "谢谢啦", "嗯嗯好的")

# ----------------------------------------------------------------------------------------------
# conversation templates
#   ("a"|"c", variants): a message; "{p:kind}" = a cued value, "{n:kind}" = a near-miss
#   ("ask", kind[, questions]) / ("askn", near_kind[, questions]) / ("trap", kind)
#   ("ask2", kind1, kind2, questions) / ("typo", "id_card"|"bank_card") / ("opt", p, step)
#   ("echo", kind): agent echo masked value
# ----------------------------------------------------------------------------------------------
OPEN = ("c", C_OPEN)
CLOSE_A = ("a", A_CLOSE)
CLOSE_C = ("c", C_CLOSE)

TEMPLATES = (
    ("ecom_return", (OPEN, ("a", ("您好，很高兴为您服务，请问有什么可以帮您？", "在的亲，您说")),
                     ("c", ("我买的鞋码数不对，想换一双", "衣服有色差，想退货", "收到的杯子碎了一个")),
                     ("askn", "order_no"),
                     ("a", ("查到了，亲，您是想退货还是换货呢？", "稍等，我帮您看一下", "查到了，这边给您申请售后")),
                     ("opt", 0.5, ("c", ("换货吧", "直接退款吧", "换一个新的"))),
                     ("ask", "address", ("换货寄回的地址还是原来那个吗？麻烦再发一下", "新的收货地址发一下")),
                     ("opt", 0.5, ("ask", "mobile")),
                     ("a", ("好的已登记，快递员1-2天内上门取件", "已提交，退款{n:amount}预计3个工作日到账")),
                     ("opt", 0.6, CLOSE_C))),
    ("ecom_refund_card", (("c", ("退款怎么还没到账", "我的退款一直没到", "退款显示成功了但是卡里没钱")),
                          ("a", ("您好，麻烦提供下订单号", "亲，订单号发一下我查查")),
                          ("c", ("{n:order_no}", "{n:order_no} 就这个")),
                          ("a", ("这笔是{n:date_time}申请的退款，金额{n:amount}，原路退回的", "系统显示{n:date_time}已退回原支付卡")),
                          ("c", ("我那张卡已经注销了", "原来的卡丢了，挂失了")),
                          ("ask", "bank_card"),
                          ("opt", 0.5, ("ask", "id_card", ("线下打款需要核对身份，身份证号发一下",))),
                          ("a", ("好的，财务会在3-5个工作日内打款", "已提交财务，请留意到账")),
                          ("opt", 0.5, CLOSE_C))),
    ("courier_pickup", (("c", ("快递显示签收了但我没收到", "我的快递到哪了", "快递被放哪了？")),
                        ("askn", "tracking_no"),
                        ("a", ("显示放在驿站了，短信里有取件码", "查到了，在菜鸟驿站")),
                        ("askn", "pickup_code"),
                        ("c", ("我在外地，能不能送到家里", "能派送上门吗？我不方便去拿")),
                        ("ask", "address", ("送货地址发一下", "派送地址是？")),
                        ("opt", 0.6, ("ask", "mobile", ("收件人电话呢？", "联系电话给一下"))),
                        ("opt", 0.5, ("a", ("好的，明天上午派送", "已经联系快递员了"))))),
    ("courier_send", (("c", ("我要寄件，能上门收吗", "寄个快递，可以上门吗", "我有个箱子要寄")),
                      ("a", ("可以的，寄件地址是哪里？", "可以，您在哪里取件？")),
                      ("ask2", "address", "mobile", ("麻烦把取件地址和电话发一下", "地址电话发一下")),
                      ("a", ("收件信息呢？", "寄到哪里？")),
                      ("c", ("寄到{p:address}，电话{p:mobile}", "收件人地址：{p:address}\n电话：{p:mobile}",
                             "{p:address}\n收件电话{p:mobile}")),
                      ("a", ("好的，快递员{n:date_time}上门，运单号{n:tracking_no}", "下单成功，运单号{n:tracking_no}，运费{n:amount}")),
                      ("opt", 0.5, CLOSE_C))),
    ("telecom_broadband", (OPEN, ("a", ("您好，这里是营业厅客服，请问办理什么业务？", "您好，请问有什么可以帮您")),
                           ("c", ("想装个宽带", "宽带要到期了想续一下", "我想办个融合套餐")),
                           ("ask", "address", ("安装地址是哪里？", "装机地址发一下")),
                           ("opt", 0.6, ("ask", "landline", ("原来家里的座机号是多少？", "要保留原来的固话吗？号码是多少"))),
                           ("ask", "id_card"),
                           ("askn", "verify_code"),
                           ("a", ("预约师傅{n:date_time}上门", "已下单，装机师傅工号{n:employee_no}，会提前联系您")),
                           ("opt", 0.4, ("a", ("有问题可以打{n:hotline}", "售后热线{n:hotline}"))))),
    ("telecom_plan", (OPEN, ("a", ("您好，请问是办理什么业务呢", "在的，您说")),
                      ("c", ("我想改个便宜点的套餐", "这个月话费怎么扣了这么多", "流量不够用")),
                      ("ask", "mobile", ("请问是哪个号码？", "您要办理的号码是？")),
                      ("opt", 0.5, ("trap", "id_card")),
                      ("askn", "id_tail"),
                      ("a", ("目前是{n:amount}的套餐，可以改成{n:amount}的", "本月消费{n:amount}，其中流量超出{n:amount}")),
                      ("opt", 0.5, ("c", ("那就改吧", "行吧，下个月生效吗"))),
                      CLOSE_A)),
    ("telecom_sim", (("c", ("手机丢了要补卡", "卡坏了，要补一张", "我想办个副卡")),
                     ("a", ("可以的，需要核实机主信息", "好的，先核对一下身份")),
                     ("ask", "id_card"),
                     ("ask", "mobile", ("补卡的号码是？", "要补哪个号？")),
                     ("opt", 0.5, ("echo", "mobile")),
                     ("ask", "address", ("新卡给您寄到哪里？",)),
                     ("a", ("已办理，新卡{n:date_time}前寄出", "好的，快递单号{n:tracking_no}")))),
    ("bank_credit", (OPEN, ("a", ("您好，这里是信用卡中心，请问有什么可以帮您", "您好，请讲")),
                     ("c", ("信用卡怎么激活", "我想调一下额度", "账单日能改吗")),
                     ("ask", "id_card", ("请提供下持卡人身份证号", "先核对一下身份，身份证号码是？")),
                     ("askn", "tail_digits"),
                     ("opt", 0.6, ("ask", "mobile", ("预留手机号是多少？",))),
                     ("opt", 0.5, ("ask", "landline", ("单位电话是多少？",))),
                     ("opt", 0.4, ("echo", "bank_card")),
                     ("a", ("已帮您激活，也可以拨打{n:hotline}自助办理", "已提交，审核结果会短信通知", "额度调整结果{n:date_time}前通知您")),
                     ("opt", 0.5, CLOSE_C))),
    ("bank_transfer", (("c", ("转账失败了怎么回事", "别人给我转账一直不到", "工资卡换了要改一下")),
                       ("a", ("您好，麻烦提供一下收款卡号", "我帮您查一下，卡号多少？")),
                       ("typo", "bank_card"),
                       ("a", ("查到了，这张卡状态正常，可能是对方银行延迟", "这张卡是二类户，单日限额{n:amount}")),
                       ("opt", 0.6, ("ask", "id_card", ("需要开户人身份证号码核实一下",))),
                       ("opt", 0.5, ("a", ("交易流水号{n:order_no}，您可以让对方查一下", "也可以拨打{n:hotline}咨询"))),
                       ("opt", 0.5, CLOSE_C))),
    ("bank_loan", (OPEN, ("a", ("您好，我是客户经理，您是咨询贷款吗", "您好，请问是咨询经营贷吗")),
                   ("c", ("对，想了解一下利率", "嗯，想贷个三十万")),
                   ("a", ("年化{n:amount}起，要看资质", "目前利率3.45%起，需要提供一些资料")),
                   ("ask", "mobile"),
                   ("ask", "landline", ("单位座机号码是多少？", "公司电话给一下，需要电话核实")),
                   ("opt", 0.6, ("ask", "address", ("单位地址是？", "现居住地址发一下"))),
                   ("opt", 0.4, ("ask", "id_card")),
                   ("a", ("资料收到，我这边先帮您预审", "好的，有结果我微信联系您")))),
    ("insurance_claim", (("c", ("我要报案理赔", "住院了能报销吗", "孩子摔伤了，保险能赔吗")),
                         ("a", ("您好，请问保单号是多少？", "可以的，先提供下保单号")),
                         ("c", ("{n:policy_no}", "保单号{n:policy_no}")),
                         ("ask", "id_card", ("被保险人身份证号发一下",)),
                         ("ask", "bank_card", ("理赔款打到哪张卡？卡号发一下", "收款账户卡号提供一下")),
                         ("opt", 0.6, ("ask", "email", ("电子材料清单发哪个邮箱？",))),
                         ("opt", 0.5, ("ask", "landline", ("投保人单位电话有吗？", "留个座机备用吧"))),
                         ("a", ("已受理，理赔案号{n:claim_no}，进度可拨打{n:hotline}查询", "已报案，预计{n:date_time}前审核完成")),
                         ("opt", 0.5, CLOSE_C))),
    ("insurance_car", (("a", ("您好，您的车险快到期了，今年续保吗？", "您好，我是车险专员，车险{n:date_time}到期，需要报个价吗")),
                       ("c", ("多少钱", "先报个价看看", "今年能便宜点吗")),
                       ("ask", "plate", ("确认下车牌号", "车牌号多少，我给您算一下")),
                       ("opt", 0.5, ("askn", "vin")),
                       ("a", ("交强险加商业险一共{n:amount}", "今年报价{n:amount}，比去年少一点")),
                       ("c", ("行，那就续吧", "可以，怎么付款")),
                       ("ask", "id_card", ("投保人身份证号发一下",)),
                       ("opt", 0.6, ("ask", "email", ("电子保单发哪个邮箱？",))),
                       ("opt", 0.4, ("ask", "address", ("纸质保单寄到哪里？",))))),
    ("clinic_booking", (("c", ("想挂周六的口腔科", "能约一下体检吗", "请问儿科周末有号吗")),
                        ("a", ("可以的，您有就诊卡吗", "有的，您之前来过吗")),
                        ("askn", "clinic_card"),
                        ("opt", 0.6, ("ask", "id_card", ("没有的话提供身份证号建档", "初诊需要身份证号码建档"))),
                        ("ask", "mobile"),
                        ("a", ("已预约{n:date_time}，到了直接去二楼取号", "好的，约在{n:date_time}，费用{n:amount}")),
                        ("opt", 0.5, ("a", ("科室电话{p:landline}，有变动可以打", "有问题可以打我们前台座机{p:landline}"))),
                        ("opt", 0.5, CLOSE_C))),
    ("clinic_report", (("c", ("我体检报告出来了吗", "上周的检查报告好了吗", "报告能发电子版吗")),
                       ("a", ("我帮您查一下，麻烦提供下身份信息", "稍等，帮您查一下")),
                       ("ask", "id_card"),
                       ("a", ("报告已经出了，体检编号{n:work_order}", "出来了，有两项需要复查")),
                       ("ask", "email"),
                       ("opt", 0.5, ("askn", "queue_no")),
                       ("opt", 0.5, CLOSE_C))),
    ("school_enroll", (("a", ("家长您好，我是少儿编程的课程顾问，看到您预约了试听", "家长您好，暑期班开始报名了")),
                       ("c", ("你好，想问下暑假班", "孩子三年级能学吗", "多少钱一期")),
                       ("a", ("一期12节课，{n:amount}", "有的，一期{n:amount}，可以先试听")),
                       ("ask", "mobile", ("留个家长电话", "家长手机号留一下")),
                       ("ask", "qq", ("我们资料都在QQ群，您QQ多少我拉您", "QQ号发一下，课件发您")),
                       ("opt", 0.5, ("ask", "wechat")),
                       ("opt", 0.5, ("ask", "landline", ("家里座机方便留一下吗？", "有固话吗？爷爷奶奶接送的话好联系"))),
                       ("opt", 0.4, ("askn", "student_no")),
                       ("a", ("好的，试听课{n:date_time}", "已登记，开课前一天提醒您")))),
    ("school_teacher", (("c", ("老师，孩子作业交哪里？", "老师，资料在哪下载", "老师好，想请两天假")),
                        ("a", ("发我邮箱就行{p:email}", "发到班级邮箱{p:email}", "可以的，作业发我QQ{p:qq}也行")),
                        ("c", ("好的", "收到", "好的老师")),
                        ("askn", "student_no"),
                        ("opt", 0.6, ("ask", "qq", ("您QQ多少？我把资料直接发您",))),
                        ("opt", 0.5, ("ask", "email", ("家长邮箱留一下，成绩单会发过去",))),
                        ("opt", 0.4, ("a", ("有事也可以打学校座机{p:landline}",))),
                        ("opt", 0.6, ("c", ("谢谢老师", "好的老师辛苦了"))))),
    ("property_repair", (("c", ("卫生间漏水了，楼下都渗了", "家里跳闸了", "楼道灯坏了好几天了")),
                         ("a", ("您好，我们马上安排", "收到，麻烦提供一下房号", "好的，这边给您登记报修")),
                         ("ask", "address", ("您是哪个小区几栋几单元？", "您家具体地址是？")),
                         ("ask", "mobile"),
                         ("opt", 0.4, ("askn", "work_order")),
                         ("a", ("维修师傅{n:date_time}上门，工号{n:employee_no}", "已派单，维修费{n:amount}")),
                         ("opt", 0.5, ("a", ("物业办公室电话{p:landline}", "有问题打物业座机{p:landline}"))),
                         ("opt", 0.5, CLOSE_C))),
    ("property_parking", (("c", ("我想办个停车月卡", "车进不去小区", "车位到期了续一下")),
                          ("ask", "plate"),
                          ("askn", "parking_spot"),
                          ("a", ("月租{n:amount}，年租{n:amount}", "已续费至{n:date_time}")),
                          ("opt", 0.6, ("ask", "mobile")),
                          ("opt", 0.4, ("ask", "plate", ("还有第二辆车吗？车牌也发一下",))),
                          ("opt", 0.5, CLOSE_C))),
    ("property_fee", (("c", ("物业费怎么交", "电费交了没到账", "水费单子在哪看")),
                      ("askn", "meter_no"),
                      ("a", ("查到了，本期{n:amount}", "已到账，余额{n:amount}")),
                      ("opt", 0.6, ("ask", "address", ("再确认一下房屋地址",))),
                      ("opt", 0.4, ("askn", "place")),
                      ("opt", 0.5, ("ask", "email", ("电子发票发哪个邮箱？",))),
                      ("opt", 0.5, ("ask", "landline", ("家里座机也留一个吧", "有座机吗？"))),
                      CLOSE_A)),
    ("car_service", (("c", ("想约个保养", "车子有异响想检查一下", "空调不凉了")),
                     ("a", ("可以的，您的车牌号是？", "好的，哪天方便过来？")),
                     ("ask", "plate", ("车牌号发一下",)),
                     ("a", ("上次保养是{n:date_time}，这次做小保养{n:amount}", "查到了，建议做个全面检测")),
                     ("ask", "mobile"),
                     ("opt", 0.6, ("ask", "wechat", ("加个微信，保养报告发您", "方便加个微信吗，照片发您看"))),
                     ("opt", 0.4, ("askn", "vin")),
                     ("opt", 0.4, ("a", ("店里座机{p:landline}，地址在{n:place}", "门店电话{p:landline}"))))),
    ("car_rental", (("c", ("周末想租辆车", "租车要什么手续", "能租一周吗")),
                    ("a", ("可以的，需要驾驶证和身份证", "有的，日租{n:amount}")),
                    ("ask", "id_card"),
                    ("ask", "mobile"),
                    ("a", ("给您安排的车是{p:plate}，白色轩逸", "车已备好，车牌{p:plate}，押金{n:amount}")),
                    ("opt", 0.5, ("ask", "bank_card", ("押金退回哪张卡？",))),
                    ("opt", 0.5, ("askn", "date_time")),
                    ("opt", 0.5, CLOSE_C))),
    ("car_dealer", (("a", ("您好，我是4S店的销售顾问，您上次看的车型有优惠了", "您好，试驾预约成功了吗？")),
                    ("c", ("多少优惠", "能试驾吗", "落地多少钱")),
                    ("a", ("这个月落地{n:amount}左右", "可以的，{n:date_time}方便吗")),
                    ("ask", "wechat"),
                    ("opt", 0.6, ("ask", "mobile")),
                    ("opt", 0.5, ("c", ("我的旧车能置换吗", "旧车想卖掉"))),
                    ("opt", 0.5, ("ask", "plate", ("旧车车牌号多少？帮您估个价",))),
                    ("opt", 0.4, ("a", ("这是我微信{p:wechat}，有事直接找我", "我手机{p:mobile}，微信同号"))))),
    ("home_repair", (("c", ("空调不制冷了", "洗衣机不脱水", "热水器打不着火")),
                     ("askn", "model_no"),
                     ("opt", 0.4, ("askn", "sn")),
                     ("opt", 0.4, ("askn", "date_time")),
                     ("opt", 0.5, ("ask", "landline", ("家里有座机吗？师傅联系不上您的话打座机",))),
                     ("ask", "address"),
                     ("ask", "mobile"),
                     ("a", ("已派单，师傅电话{p:mobile}，到时候联系您", "师傅{n:date_time}上门，上门费{n:amount}",
                            "已派单，服务热线{n:hotline}")),
                     ("opt", 0.5, CLOSE_C))),
    ("rental_house", (("c", ("你好，看到你们发的房源，还在吗", "想租个一室一厅", "这套房还能看吗")),
                      ("a", ("还在的，在{n:place}，月租{n:amount}", "在的，什么时候方便看房？")),
                      ("ask", "wechat"),
                      ("opt", 0.6, ("ask", "mobile")),
                      ("a", ("看好了的话，签合同需要身份证", "押一付三，合同签一年")),
                      ("ask", "id_card"),
                      ("opt", 0.5, ("askn", "contract_no")),
                      ("opt", 0.4, ("ask", "bank_card", ("押金到时候退到哪张卡？",))))),
    ("groupbuy_leader", (("c", ("团长，我的菜到了吗", "团长，我明天的鸡蛋还有吗", "团长，订单里少了一样")),
                         ("a", ("到了，在小区门口自提点", "我看一下，您是哪一户？")),
                         ("ask", "address", ("您是几栋几单元的？我给您送上去", "地址发我，给您补送")),
                         ("opt", 0.5, ("askn", "pickup_code")),
                         ("opt", 0.6, ("ask", "mobile", ("下单手机号是？",))),
                         ("a", ("好的，补给您了", "已经送到门口了")),
                         ("opt", 0.5, ("a", ("下次直接加我微信{p:wechat}接龙", "团购群满了，加我个人微信{p:wechat}"))))),
    ("groupbuy_voucher", (("c", ("团购券核销不了", "店里说券无效", "这个券怎么用")),
                          ("askn", "voucher_code"),
                          ("opt", 0.6, ("askn", "order_no")),
                          ("a", ("查到了，这张券{n:date_time}到期", "已帮您延期，可以正常使用")),
                          ("opt", 0.5, ("askn", "place")),
                          ("opt", 0.5, ("ask", "mobile")),
                          ("opt", 0.4, CLOSE_C))),
    ("ecom_invoice", (("c", ("能开发票吗", "发票怎么开", "上个月的发票还没收到")),
                      ("askn", "order_no"),
                      ("askn", "credit_code"),
                      ("ask", "email"),
                      ("opt", 0.5, ("ask", "address", ("纸质发票寄到哪里？",))),
                      ("opt", 0.4, ("askn", "invoice_no")),
                      ("a", ("已开具，发票金额{n:amount}", "好的，3个工作日内开出")))),
    ("ecom_presale", (("c", ("这款有货吗", "这个能便宜点吗", "有没有优惠")),
                      ("a", ("有的亲", "目前活动价{n:amount}")),
                      ("askn", "place", ("您在哪个城市？我看下从哪个仓发", "您是哪里的？")),
                      ("opt", 0.5, ("trap", "wechat")),
                      ("ask", "wechat", ("加个微信吧，给您发实拍", "方便加微信吗，有新品第一时间通知您")),
                      ("opt", 0.6, ("ask", "qq")),
                      ("opt", 0.3, CLOSE_C))),
    ("furniture", (("c", ("沙发什么时候送", "床到了吗", "柜子定制好了没")),
                   ("askn", "order_no"),
                   ("a", ("预计{n:date_time}送达", "已出库，物流单号{n:tracking_no}")),
                   ("trap", "mobile"),
                   ("ask", "landline", ("有座机吗？上次手机打不通", "方便留个座机吗")),
                   ("opt", 0.6, ("ask", "address", ("送货地址再确认一下",))),
                   ("opt", 0.5, CLOSE_C))),
    ("school_pickup", (("a", ("家长好，新学期接送车辆需要登记", "家长您好，校车/接送车辆登记一下")),
                       ("c", ("好的", "怎么登记")),
                       ("ask", "plate"),
                       ("opt", 0.4, ("askn", "place")),
                       ("ask", "mobile", ("接送人手机号呢？",)),
                       ("opt", 0.6, ("ask", "plate", ("还有其他接送车辆吗？车牌号也发一下",))),
                       ("opt", 0.4, ("askn", "student_no")),
                       ("a", ("登记好了，门卫那边会放行", "好的，已登记")))),
    ("game_account", (("c", ("我的账号被盗了", "游戏账号登不上了", "实名认证改不了")),
                      ("ask", "qq", ("您绑定的QQ号是多少？", "账号是哪个QQ？")),
                      ("ask", "email", ("绑定邮箱是？",)),
                      ("opt", 0.6, ("ask", "id_card", ("实名认证的身份证号码提供一下",))),
                      ("opt", 0.5, ("ask", "mobile")),
                      ("a", ("已提交申诉，结果{n:date_time}前发到您邮箱", "申诉单号{n:work_order}")))),
    ("gym_member", (("c", ("会员卡能转让吗", "我想退卡", "会员卡过期了能续吗")),
                    ("askn", "member_no"),
                    ("opt", 0.4, ("askn", "place")),
                    ("a", ("查到了，卡还剩{n:amount}", "您的卡{n:date_time}到期")),
                    ("opt", 0.6, ("ask", "mobile", ("新会员手机号是？", "绑定手机号是多少？"))),
                    ("opt", 0.5, ("ask", "wechat")),
                    ("opt", 0.4, ("ask", "bank_card", ("退款打到哪张卡？",))),
                    ("opt", 0.5, CLOSE_C))),
    ("express_damage", (("c", ("快递收到东西摔坏了", "包裹破了，少了一件", "东西压坏了怎么赔")),
                         ("askn", "tracking_no"),
                        ("opt", 0.5, ("askn", "amount")),
                        ("ask", "wechat", ("照片太多的话加个微信发我", "方便加微信发几张照片吗")),
                        ("a", ("已登记理赔，赔付{n:amount}", "核实后给您赔付")),
                        ("opt", 0.6, ("ask", "bank_card", ("赔款打到哪张银行卡？",))),
                        ("opt", 0.4, ("ask", "id_card", ("理赔需要身份证号",))),
                        ("opt", 0.4, CLOSE_C))),
    ("id_check", (("c", ("实名认证一直不通过", "身份证绑不上", "开户提示身份证号错误")),
                  ("a", ("您好，麻烦提供一下身份证号码，我帮您看下", "我帮您查下，身份证号发我")),
                  ("typo", "id_card"),
                  ("a", ("这次对了，已经通过了", "好的，已经帮您重新提交认证")),
                  ("opt", 0.5, ("ask", "mobile", ("绑定的手机号是？",))),
                  ("opt", 0.5, CLOSE_C))),
    ("online_course", (("c", ("网课能退吗", "课程买错了想退款", "课程资料怎么领")),
                       ("a", ("您好，麻烦提供下购买时的手机号", "可以的，先帮您查一下订单")),
                       ("ask", "mobile", ("购买时的手机号是？",)),
                       ("ask", "qq", ("资料在QQ群里发，您QQ号多少？", "您QQ多少，我拉您进学习群")),
                       ("opt", 0.5, ("trap", "qq")),
                       ("opt", 0.6, ("ask", "bank_card", ("退款走线下，麻烦提供银行卡号", "退费打到哪张卡？"))),
                       ("opt", 0.4, ("ask", "email")),
                       ("a", ("已提交，退款{n:amount}", "好的，已经拉您进群了")))),
    ("company_invoice", (("c", ("我们公司要开专票", "专票信息发你", "发票抬头要改一下")),
                         ("askn", "credit_code"),
                         ("ask", "landline", ("专票需要公司电话，座机号是多少？", "公司注册电话是？")),
                         ("ask", "address", ("公司注册地址发一下",)),
                         ("opt", 0.5, ("ask", "bank_card", ("开户行账号发一下",))),
                         ("opt", 0.5, ("ask", "email", ("电子票发哪个邮箱？",))),
                         ("a", ("好的，专票{n:date_time}前寄出", "已开具，金额{n:amount}")))),
    ("salary_card", (("a", ("您好，我是人事，入职需要登记工资卡", "您好，这边是HR，入职资料还差几项")),
                     ("c", ("好的，需要什么", "您说")),
                     ("ask", "bank_card", ("工资卡卡号发一下，最好是工行的", "工资卡卡号是？")),
                     ("ask", "id_card"),
                     ("opt", 0.6, ("ask", "landline", ("紧急联系人座机有吗？",))),
                     ("opt", 0.5, ("ask", "qq", ("公司内部用QQ，您QQ号多少？",))),
                     ("opt", 0.5, ("ask", "address", ("现居住地址填一下",))),
                     ("a", ("好的，资料齐了", "收到，已录入系统")))),
    ("etc_service", (("c", ("ETC怎么办理", "ETC设备坏了", "ETC扣费不对")),
                     ("a", ("您好，办理ETC需要车牌和行驶证信息", "您好，我帮您查一下")),
                     ("ask", "plate"),
                     ("opt", 0.5, ("ask", "plate", ("家里还有别的车要办吗？车牌发一下",))),
                     ("ask", "id_card", ("车主身份证号发一下",)),
                     ("opt", 0.5, ("ask", "bank_card", ("绑定扣费的银行卡号是？",))),
                     ("opt", 0.5, ("ask", "address", ("设备寄到哪里？",))),
                     ("a", ("已受理，设备{n:date_time}前寄出", "查到了，这笔通行费{n:amount}", "可以拨打{n:hotline}咨询")))),
    ("parking_ticket", (("c", ("停车场出不去了", "停车费怎么这么贵", "车被锁在里面了")),
                        ("ask", "plate", ("车牌号报一下", "您车牌号多少？我查一下")),
                        ("a", ("查到了，停了{n:date_time}入场，费用{n:amount}", "系统显示有{n:amount}未缴")),
                        ("opt", 0.5, ("ask", "plate", ("是这辆吗？车牌再确认一下", "系统里没查到，车牌再发一遍"))),
                        ("opt", 0.4, ("ask", "mobile")),
                        ("a", ("已经抬杆了", "好的，已帮您减免", "扫码缴费就能出了")))),
    ("b2b_purchase", (("a", ("您好，我是办公用品的客户经理，贵司采购还需要吗？", "您好，上次询价的打印纸报价出来了")),
                      ("c", ("多少钱", "发个报价单吧")),
                      ("ask", "email", ("报价单发您邮箱，邮箱是？",)),
                      ("ask", "landline", ("公司座机留一下，方便对接", "采购部电话是多少？")),
                      ("opt", 0.8, ("ask", "landline", ("财务那边的电话也给一下？",))),
                      ("opt", 0.5, ("ask", "address", ("送货地址是？",))),
                      ("a", ("好的，报价{n:amount}含税", "已发送，请查收")))),
    ("gas_utility", (("c", ("燃气要开户", "燃气表不走了", "家里燃气报警器一直响")),
                     ("a", ("您好，我们这边登记一下", "好的，马上安排")),
                     ("ask", "address", ("用气地址是？",)),
                     ("ask", "landline", ("家里座机多少？老人在家好联系", "有家里座机吗？")),
                     ("opt", 0.5, ("askn", "meter_no")),
                     ("opt", 0.5, ("ask", "mobile")),
                     ("a", ("已派单，师傅{n:date_time}上门", "抢修电话{n:hotline}，24小时有人")))),
    ("ecom_address_change", (("c", ("刚下的单能改地址吗", "地址填错了", "收货地址写错了能改吗")),
                             ("a", ("可以的亲，还没发货", "亲，订单号发一下")),
                             ("opt", 0.6, ("askn", "order_no")),
                             ("ask", "address", ("新地址发一下", "改成哪个地址？")),
                             ("opt", 0.6, ("ask", "mobile", ("收件电话要改吗？", "收件人电话呢"))),
                             ("opt", 0.4, ("askn", "postal_code")),
                             ("a", ("已经改好了", "好的，已修改")))),
)
TEMPLATE_NAMES = tuple(t[0] for t in TEMPLATES)


# ----------------------------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------------------------
class Balancer:
    def __init__(self):
        self.count: Counter = Counter()
        self.tmpls: dict = {}

    def need(self, kf, tname):
        ts = self.tmpls.get(kf, [])
        return self.count[kf] < 4 or (len(ts) < 3 and tname not in ts)

    def choose(self, kind, modes, tname, rng):
        cands = [(m, s) for m in modes for s, _ in STYLES[kind]]
        need = [c for c in cands if self.need(f"{kind}/{c[0]}_{c[1]}", tname)]
        if need:
            def gap(c):
                kf = f"{kind}/{c[0]}_{c[1]}"
                return max(0, 4 - self.count[kf]) + max(0, 3 - len(self.tmpls.get(kf, [])))
            top = max(gap(c) for c in need)
            return rng.choice([c for c in need if gap(c) == top])
        mw = [(m, w) for m, w in MODES if m in modes]
        mode = rng.choices([m for m, _ in mw], [w for _, w in mw])[0]
        style = rng.choices([s for s, _ in STYLES[kind]], [w for _, w in STYLES[kind]])[0]
        return mode, style

    def note(self, kind, fmt, tname):
        kf = f"{kind}/{fmt}"
        self.count[kf] += 1
        ts = self.tmpls.setdefault(kf, [])
        if tname not in ts:
            ts.append(tname)


class Msg:
    def __init__(self, sender):
        self.sender = sender
        self.text = ""
        self.ents: list = []
        self.fmts: list = []
        self.near: list = []
        self.near_bare: list = []

    def add(self, s):
        self.text += s

    def ent(self, kind, fmt, parts):
        pre, val, post = parts
        self.text += pre
        self.ents.append((kind, len(self.text), len(self.text) + len(val)))
        self.fmts.append(fmt)
        self.text += val + post

    def nm(self, nk, val, bare=False):
        self.near.append((nk, len(self.text), len(self.text) + len(val)))
        self.near_bare.append(bare)
        self.text += val


class Chat:
    def __init__(self, tname, rng, bal):
        self.tname, self.rng, self.bal = tname, rng, bal
        self.msgs: list = []

    def new(self, sender):
        m = Msg(sender)
        self.msgs.append(m)
        return m

    def note(self, kind, fmt):
        self.bal.note(kind, fmt, self.tname)

    def fill(self, sender, pattern):
        """A message from a pattern with {p:kind} (cued values) and {n:kind} (near-misses)."""
        m = self.new(sender)
        for tok in re.split(r"(\{[pn]:[a-z_]+\})", pattern):
            mo = re.fullmatch(r"\{([pn]):([a-z_]+)\}", tok)
            if not mo:
                m.add(tok)
            elif mo.group(1) == "n":
                m.nm(mo.group(2), near_value(mo.group(2), self.rng))
            else:
                kind = mo.group(2)
                _, style = self.bal.choose(kind, ("cued",), self.tname, self.rng)
                v = Value(kind, style, self.rng)
                m.ent(kind, f"cued_{style}", v.parts)
                self.note(kind, f"cued_{style}")
        return m

    def put_value(self, sender, kind, wrap, v, fmt):
        m = self.new(sender)
        pre, post = wrap.split("{v}")
        m.add(pre)
        m.ent(kind, fmt, v.parts)
        m.add(post)
        self.note(kind, fmt)
        return m

    def ask(self, kind, questions=None, mode=None):
        rng = self.rng
        modes = tuple(m for m, _ in MODES) if mode is None else (mode,)
        mode, style = self.bal.choose(kind, modes, self.tname, rng)
        if mode != "followup" or rng.random() < 0.7:
            self.new("agent").add(rng.choice(questions or ASK[kind]))
        v = Value(kind, style, rng)
        if mode == "bare_reply":
            self.put_value("customer", kind, rng.choice(BARE_WRAP), v, f"bare_reply_{style}")
        elif mode == "cued":
            self.put_value("customer", kind, rng.choice(CUED[kind]), v, f"cued_{style}")
        elif mode == "followup":
            self.new("customer").add(rng.choice(LEAD[kind]))
            self.put_value("customer", kind, "{v}", v, f"followup_{style}")
        elif mode == "corrected":
            first_mode = rng.choice(("bare_reply", "bare_reply", "cued"))
            wrap = rng.choice(BARE_WRAP if first_mode == "bare_reply" else CUED[kind])
            self.put_value("customer", kind, wrap, v, f"{first_mode}_{style}")
            if rng.random() < 0.3:
                self.new("agent").add(rng.choice(("您再核对一下哈，这边查不到", "这个好像不对？", "您确认一下是这个吗？")))
            fix = FIX_PERSON if kind in ("id_card", "bank_card") else FIX
            if kind == "address":
                fix = ("不对不对，是{v}", "写错了，应该是{v}", "更正一下：{v}", "发错了，是这个{v}")
            self.put_value("customer", kind, rng.choice(fix), v.corrected(rng), f"corrected_{style}")
        else:  # confirmed
            first_mode = rng.choice(("bare_reply", "bare_reply", "cued"))
            wrap = rng.choice(BARE_WRAP if first_mode == "bare_reply" else CUED[kind])
            self.put_value("customer", kind, wrap, v, f"{first_mode}_{style}")
            echo = Value.__new__(Value)
            echo.kind, echo.style, echo.parts = kind, style, ("", v.parts[1], "")
            self.put_value("agent", kind, rng.choice(CONFIRM[kind]), echo, f"confirmed_{style}")
            self.new("customer").add(rng.choice(YES))

    def ask2(self, k1, k2, questions):
        rng = self.rng
        self.new("agent").add(rng.choice(questions))
        vals = []
        for k in (k1, k2):
            _, style = self.bal.choose(k, ("bare_reply",), self.tname, rng)
            vals.append((k, style, Value(k, style, rng)))
        if rng.random() < 0.5:
            vals.reverse()
        m = self.new("customer")
        for i, (k, style, v) in enumerate(vals):
            if i:
                m.add(rng.choice(("\n", " ", "，", "  ")))
            m.ent(k, f"bare_reply_{style}", v.parts)
            self.note(k, f"bare_reply_{style}")

    def askn(self, nk, questions=None):
        rng = self.rng
        self.new("agent").add(rng.choice(questions or ASKN[nk]))
        val = near_value(nk, rng)
        m = self.new("customer")
        if rng.random() < 0.72:
            pre, post = rng.choice(("{v}", "{v}", "{v}", "嗯 {v}", "{v}。", "{v} 这个", "是{v}")).split("{v}")
            m.add(pre)
            m.nm(nk, val, bare=True)
            m.add(post)
        else:
            pre, post = rng.choice(NCUE[nk]).split("{v}")
            m.add(pre)
            m.nm(nk, val)
            m.add(post)

    def trap(self, kind):
        rng = self.rng
        self.new("agent").add(rng.choice(ASK[kind]))
        self.new("customer").add(rng.choice(TRAP_REPLY[kind]))

    def typo(self, kind):
        """A value that fails its check digit (near-miss), then the right one."""
        rng = self.rng
        if not self.msgs or self.msgs[-1].sender != "agent":
            self.new("agent").add(rng.choice(ASK[kind]))
        nk = "bad_id" if kind == "id_card" else "bad_card"
        m = self.new("customer")
        m.nm(nk, near_value(nk, rng), bare=True)
        self.new("agent").add(rng.choice(("系统提示号码校验不通过，您再核对一下", "这个号码好像不对，少了或多了一位？",
                                         "校验失败了，麻烦再看一下")))
        mode, style = self.bal.choose(kind, ("corrected",), self.tname, rng)
        if style == "space_684":
            style = "plain"
        v = Value(kind, style, rng)
        self.put_value("customer", kind, rng.choice(("哦哦打错了，{v}", "{v}", "不好意思，是{v}", "重新发一下 {v}")),
                       v, f"corrected_{style}")

    def echo_masked(self, kind):
        rng = self.rng
        m = self.new("agent")
        nk_val = near_value("masked", rng)
        m.add(rng.choice(("您是", "查到您名下", "系统里预留的是")))
        m.nm("masked", nk_val)
        m.add(rng.choice(("这个吗？", "，对吧？", "，是这个吧")))
        self.new("customer").add(rng.choice(YES))

    def run(self, steps):
        rng = self.rng
        for st in steps:
            if st[0] == "opt":
                if rng.random() >= st[1]:
                    continue
                st = st[2]
            typ = st[0]
            if typ in ("a", "c"):
                self.fill("agent" if typ == "a" else "customer", rng.choice(st[1]))
            elif typ == "ask":
                self.ask(st[1], st[2] if len(st) > 2 else None)
            elif typ == "ask2":
                self.ask2(st[1], st[2], st[3])
            elif typ == "askn":
                self.askn(st[1], st[2] if len(st) > 2 else None)
            elif typ == "trap":
                self.trap(st[1])
            elif typ == "typo":
                self.typo(st[1])
            elif typ == "echo":
                self.echo_masked(st[1])
            else:
                raise KeyError(typ)


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    bal = Balancer()
    order = list(range(len(TEMPLATES))) * (N_CHATS // len(TEMPLATES) + 1)
    rng.shuffle(order)
    rows = []
    near_bare_all = []
    for ci in range(N_CHATS):
        tname, steps = TEMPLATES[order[ci]]
        for _attempt in range(50):
            snap = (Counter(bal.count), {k: list(v) for k, v in bal.tmpls.items()})
            chat = Chat(tname, rng, bal)
            chat.run(steps)
            if 3 <= len(chat.msgs) <= 14:
                break
            bal.count, bal.tmpls = snap
        else:
            raise AssertionError(tname)
        chat_id = f"threads1-{ci:04d}"
        for seq, m in enumerate(chat.msgs):
            rows.append(dict(chat_id=chat_id, seq=seq, sender=m.sender, text=m.text, entities=list(m.ents),
                             formats=list(m.fmts), near_misses=list(m.near), split=SPLIT))
            near_bare_all.append(list(m.near_bare))
        if meta is not None:
            meta.append((chat_id, tname))
    if meta is not None:
        meta.append(("__near_bare__", near_bare_all))
    return pd.DataFrame(rows, columns=["chat_id", "seq", "sender", "text", "entities", "formats",
                                       "near_misses", "split"])


def make_threads1_corpus() -> pd.DataFrame:
    return _build()


# ----------------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------------
BARE_MODES = ("bare_reply_", "followup_", "corrected_")
_PLATE_RE = re.compile(r"[京沪粤浙苏川鄂鲁豫湘闽渝津冀皖陕][A-Z](?:[·\s]?[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4})")
_ADDR_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|楼|\d)$")
_ADDR_START = tuple(p for p, _, _ in CITIES if p) + tuple(c for _, c, _ in CITIES) + \
    tuple(d for _, _, ds in CITIES for d, _, _ in ds) + tuple(e for _, _, ds in CITIES for _, _, es in ds for e in es) + \
    tuple(r[0] for r in RURAL) + tuple(r[1] for r in RURAL)


def _valid(kind: str, v: str) -> bool:
    d = re.sub(r"[\s\-()]", "", v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", d)) and d[:3] in MOBILE_PREFIXES
    if kind == "landline":
        return any(d.startswith(a) and len(d) == len(a) + n and d[len(a)] in "2345678" for a, n in AREA_CODES) \
            and d.isdigit()
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if kind == "id_card":
        return id_ok(d) and d[:2] in ID_PROV and _date_ok(int(d[6:10]), int(d[10:12]), int(d[12:14])) \
            and 1900 < int(d[6:10]) < 2010
    if kind == "bank_card":
        return d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d) and d.startswith(ALL_BINS)
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", v))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", v))
    if kind == "plate":
        return bool(_PLATE_RE.fullmatch(v))
    if kind == "address":
        return v.startswith(_ADDR_START) and bool(_ADDR_END.search(v)) and v == v.strip()
    return False


def check_corpus(df: pd.DataFrame, meta: list | None = None) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    # conversation structure
    for cid, g in df.groupby("chat_id", sort=False):
        assert list(g["seq"]) == list(range(len(g))), cid
        assert 3 <= len(g) <= 14, (cid, len(g))
        assert set(g["sender"]) == {"agent", "customer"}, cid
    n_ent = 0
    bare = 0
    empty = 0
    for text, es, fs, ns, snd in zip(df["text"], df["entities"], df["formats"], df["near_misses"], df["sender"]):
        assert snd in ("agent", "customer")
        assert isinstance(text, str) and text.strip()
        assert len(es) == len(fs), text
        spans = []
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            assert _valid(k, v), (k, v, text)
            assert f.split("_")[0] in ("bare", "cued", "followup", "corrected", "confirmed"), f
            assert f.startswith(("bare_reply_", "cued_", "followup_", "corrected_", "confirmed_")), f
            st = f.split("_", 2)[-1] if f.startswith("bare_reply_") else f.split("_", 1)[1]
            assert st in [x for x, _ in STYLES[k]], (k, f)
            spans.append((s, e))
            n_ent += 1
            if f.startswith(BARE_MODES):
                bare += 1
                outside = text[:s] + text[e:]
                for (_, s2, e2) in es:
                    outside = outside.replace(text[s2:e2], "")
                assert not any(c in outside for c in CUE_WORDS), (f, text)
            if k == "mobile" and text[:s].endswith(("+86", "+86 ", "+86-", "0086 ")):
                assert f.endswith("plus86"), text
        for (nk, s, e) in ns:
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip()
            assert all(e <= s2 or s >= e2 for s2, e2 in spans), (text, v)
            assert _no_card_no_id(v), (nk, v)
            if nk == "credit_code":
                assert len(v) == 18, v
            if nk == "bad_card":
                assert not luhn_ok(v) and v.startswith(ALL_BINS)
            if nk == "bad_id":
                assert not id_ok(v) and len(v) == 18
            # QQ-shaped (member / meter numbers) and WeChat-shaped (SF... / VIN / SN) near-misses are intended
            assert not _valid("address", v) and not _valid("landline", v), (nk, v)
            assert not _valid("mobile", v) and not _valid("bank_card", v) and not _valid("id_card", v), (nk, v)
            assert not _valid("email", v) and not _valid("plate", v), (nk, v)
            spans.append((s, e))
        ss = sorted(spans)
        assert all(a[1] <= b[0] for a, b in zip(ss, ss[1:])), text
        if not es and not ns:
            empty += 1
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 50, kinds
    n_chats = df["chat_id"].nunique()
    assert n_chats >= 250 and len(df) >= 2000, (n_chats, len(df))
    assert n_ent >= 1000 and bare >= 350, (n_ent, bare)
    assert sum(near_kinds.values()) >= 600, near_kinds
    assert empty * 3 >= len(df), (empty, len(df))
    out = dict(entities=n_ent, bare=bare, empty=empty, chats=n_chats, messages=len(df), kinds=kinds,
               near_kinds=near_kinds, formats=fmts)
    if meta is not None:
        tmpl = dict(m for m in meta if m[0] != "__near_bare__")
        near_bare = [m for m in meta if m[0] == "__near_bare__"][0][1]
        assert len(near_bare) == len(df)
        nb = sum(sum(x) for x in near_bare)
        assert nb >= 150, nb
        ctx: dict = {}
        for cid, es, fs in zip(df["chat_id"], df["entities"], df["formats"]):
            for (k, _, _), f in zip(es, fs):
                ctx.setdefault(f"{k}/{f}", set()).add(tmpl[cid])
        thin = [f for f, n in fmts.items() if n < 4 or len(ctx[f]) < 3]
        assert not thin, thin
        declared = [f"{k}/{m}_{s}" for k, sts in STYLES.items() for m, _ in MODES for s, _ in sts]
        missing = [f for f in declared if f not in fmts]
        assert not missing, missing
        out.update(near_bare=nb, ctx=ctx)
    return out


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads1_corpus())  # deterministic
    assert df.equals(make_threads1_corpus())
    c = check_corpus(df, meta)
    print(f"conversations={c['chats']} messages={c['messages']} messages_without_values={c['empty']}")
    print(f"entities={c['entities']} bare_entities={c['bare']} (bare_reply/followup/corrected, no cue in own message)")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} bare near-miss replies={c['near_bare']} "
          f"kinds={len(c['near_kinds'])}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:32s} {n:4d}  templates={len(c['ctx'][f])}")

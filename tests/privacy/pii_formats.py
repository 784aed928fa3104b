"""A labelled corpus of personal data *per format*, with near-misses, in two splits.

Built by the tests and by ``bench/pii.py``, never stored. Every sentence is
rendered from a context template and one or more values; values carry a
kind (``mobile``, ``qq`` ...) and a *format* (``mobile.dot``,
``qq.扣扣``, ``address.estate`` ...), near-miss values (order numbers,
amounts, dates, hotlines ...) carry a near-miss kind, so spans are exact.

Three splits, each with its own templates, cue words, separators and value
renderers:

- ``dev`` (this module): written with the masking rules, used while writing
  them.
- ``dev2`` (:mod:`tests.privacy.pii_dev2`): written as a held-out split,
  run once, then used to fix the gaps it showed.
- ``heldout`` (:mod:`tests.privacy.pii_heldout`): written after the rules
  were fixed on the two dev splits: other contexts (forms pasted from
  orders, group chats, agents asking), cue spellings, separators and
  near-miss values. See ``bench/README.md`` for what was looked at when.

Columns of :func:`make_format_corpus`: ``text``, ``entities`` (list of
``(kind, start, end)``, as :func:`toolkit.privacy.evaluate_masking` wants),
``formats`` (one format per entity), ``near_misses`` (list of ``(near_kind,
start, end)``), ``split``.

Everything here is invented: numbers are random (ID and card numbers get
valid check digits), names come from common surnames and given names.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pandas as pd

# --------------------------------------------------------------------------
# Shared value helpers
# --------------------------------------------------------------------------

MOBILE_PREFIXES = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "170", "171", "172", "173", "175",
    "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190", "191",
    "192", "193", "195", "196", "197", "198", "199",
]
AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4 = ["0755", "0571", "0512", "0731", "0591", "0871", "0311", "0531", "0532", "0371", "0769", "0757", "0574",
         "0898", "0451", "0431", "0791", "0851", "0931", "0991", "0471", "0351", "0551", "0771", "0592"]
REGIONS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "510104", "420106",
           "320102", "370102", "610113", "500103", "350203", "430104", "120101", "210102", "230103", "450103",
           "530102", "130102", "140105", "150102", "220102", "340104", "360102", "410105", "460106", "520102",
           "620102", "630102", "640104", "650102", "542621", "441900", "330782", "371302", "321322", "511602"]
CARD_PREFIXES_19 = ["622202", "622848", "621700", "621226", "622588", "622260", "621483", "622700", "623668",
                    "621799", "622908", "622609", "955880", "621661", "622188", "621098"]
CARD_PREFIXES_16 = ["625965", "628288", "436742", "439225", "518710", "524094", "356833", "622155", "622576",
                    "404117", "552599", "543098", "524047", "622689"]

FULLWIDTH = str.maketrans("0123456789-+()./ @:", "０１２３４５６７８９－＋（）．／　＠：")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文华建国志晓东海燕雪梅子涵一鸣思远浩然欣怡雨桐梓轩宇航佳琪俊"


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def id_check(body: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11]


def mobile_number(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIXES) + digits(r, 8)


def id_number(r: random.Random, *, want_x: bool = False) -> str:
    while True:
        body = f"{r.choice(REGIONS)}{r.randint(1950, 2008)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 3)}"
        s = body + id_check(body)
        if not want_x or s.endswith("X"):
            return s


def card_number(r: random.Random, length: int | None = None) -> str:
    if length is None:
        length = r.choice([16, 19, 19, 16, 17, 18])
    prefix = r.choice(CARD_PREFIXES_19 if length >= 17 else CARD_PREFIXES_16)
    body = prefix + digits(r, length - len(prefix) - 1)
    return body + luhn_digit(body)


def group(n: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(n[i : i + s])
        i += s
    if i < len(n):
        out.append(n[i:])
    return sep.join(p for p in out if p)


def name(r: random.Random) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))


# A rendered value: (glue before, the value, glue after); only the value is labelled.
Value = tuple[str, str, str]
Renderer = Callable[[random.Random], Value]

# --------------------------------------------------------------------------
# Dev split: formats
# --------------------------------------------------------------------------


def _v(s: str) -> Value:
    return ("", s, "")


def _mobile_mixed(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([f"{n[:3]} {n[3:7]}-{n[7:]}", f"{n[:7]} {n[7:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]}/{n[3:7]}/{n[7:]}",
                        f"{n[:3]} {n[3:]}", f"{n[:3]}.{n[3:7]} {n[7:]}"]))


def _mobile_intl(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([f"+86 {n}", f"+86-{n}", f"+86{n}", f"(+86){n}", f"+86 {n[:3]} {n[3:7]} {n[7:]}",
                        f"0086 {n}", f"0086{n}", f"86-{n}", f"+86-{n[:3]}-{n[3:7]}-{n[7:]}"]))


def _mobile_glued(r: random.Random) -> Value:
    n = mobile_number(r)
    return ("", n, r.choice(["a", "A", "abc", ".", "!", "~", "吧", "哦", "（本人）", "/微信同号", "#", "。"]))


_ZH = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def _mobile_numerals(r: random.Random) -> Value:
    n = mobile_number(r)
    s = "".join(_ZH[c] for c in n)
    if r.random() < 0.5:
        s = s.replace("幺", "一")
    return _v(s)


def _landline_parts(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.45:
        return r.choice(AREA3), r.choice("2345678") + digits(r, 7)
    return r.choice(AREA4), r.choice("2345678") + digits(r, r.choice([7, 7, 6]))


def _landline_paren(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    return _v(r.choice([f"({a}){loc}", f"（{a}）{loc}", f"({a}) {loc}", f"({a}){loc[:4]}-{loc[4:]}"]))


def _landline_plain(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    return _v(r.choice([f"{a} {loc}", f"{a}{loc}", f"{a} {loc[:4]} {loc[4:]}", f"{a}-{loc[:4]}-{loc[4:]}"]))


def _landline_ext(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    ext = digits(r, r.choice([3, 4]))
    return _v(f"{a}-{loc}" + r.choice(["-", "转", " 转 ", "分机", " ext.", " ext ", "转分机"]) + ext)


def _landline_intl(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    return _v(r.choice([f"+86 {a[1:]} {loc}", f"+86-{a[1:]}-{loc}", f"0086-{a[1:]}-{loc}", f"+86 ({a[1:]}) {loc}"]))


def _qq_number(r: random.Random) -> str:
    return str(r.randint(10000, 3999999999))


def _qq(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        gaps = ["", "", " ", "：", ":", "是"] + ([] if cue.endswith(("号", "码", "：")) else ["号是", "号码："])
        return (cue + r.choice(gaps), _qq_number(r), "")

    return render


_WECHAT_WORDS = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "xiaomei", "lily", "tom", "jack",
                 "amy", "sunny", "tiantian", "lele", "dudu", "happy", "mm", "ming", "jing", "lucky", "coco", "kiki"]


def wechat_id(r: random.Random) -> str:
    style = r.random()
    w = r.choice(_WECHAT_WORDS)
    if style < 0.3:
        return w + r.choice(["_", "-", ""]) + r.choice(_WECHAT_WORDS) + str(r.randint(1, 99))
    if style < 0.55:
        return w + str(r.randint(1980, 2012)) + digits(r, r.choice([0, 2, 4]))
    if style < 0.7:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if style < 0.85:
        return w.capitalize() + "_" + digits(r, r.randint(4, 6))
    return _qq_number(r)  # old accounts are QQ numbers


def _wechat(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        gap = r.choice(["", " ", "：", ":", "是"] + ([] if cue.endswith(("号", "码")) else ["号：", " id: ", "号是"]))
        if cue[-1].isascii() and cue[-1].isalpha() and not gap:
            gap = r.choice([" ", "：", ":"])
        return (cue + gap, wechat_id(r), "")

    return render


def _wechat_phone(r: random.Random) -> Value:
    n = mobile_number(r)
    return (r.choice(["微信手机同号", "手机同号", "微信同号", "微信就是手机号", "vx同号"]) + r.choice(["", "：", " "]), n, "")


_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com", "outlook.com", "hotmail.com",
                  "yeah.net", "139.com", "sohu.com", "aliyun.com", "company.com.cn", "xx-tech.cn", "pku.edu.cn"]


def _email(r: random.Random) -> Value:
    style = r.random()
    if style < 0.3:
        user = _qq_number(r)
        dom = "qq.com"
    else:
        user = r.choice(_WECHAT_WORDS) + r.choice(["", ".", "_", "-"]) + (r.choice(_WECHAT_WORDS) if r.random() < 0.5 else "")
        user += str(r.randint(1, 2026)) if r.random() < 0.5 else ""
        dom = r.choice(_EMAIL_DOMAINS)
    s = f"{user}@{dom}"
    if r.random() < 0.08:
        s = s.upper()
    return _v(s)


def _id18(r: random.Random) -> Value:
    return _v(id_number(r))


def _id18x(r: random.Random) -> Value:
    s = id_number(r, want_x=True)
    return _v(s if r.random() < 0.7 else s[:-1] + "x")


def _id_spaced(r: random.Random) -> Value:
    s = id_number(r)
    return _v(r.choice([f"{s[:6]} {s[6:14]} {s[14:]}", f"{s[:6]}-{s[6:14]}-{s[14:]}", group(s, [4, 4, 4, 4], " ")]))


def _id15(r: random.Random) -> Value:
    return _v(f"{r.choice(REGIONS)}{r.randint(50, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 3)}")


def _card19(r: random.Random) -> Value:
    return _v(card_number(r, 19))


def _card16(r: random.Random) -> Value:
    return _v(card_number(r, 16))


def _card_grouped(r: random.Random) -> Value:
    n = card_number(r)
    return _v(group(n, [4] * 5, r.choice([" ", " ", "-", "  "])))


_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(r: random.Random) -> str:
    tail = list(digits(r, 5))
    for _ in range(r.choice([0, 0, 1, 2])):
        tail[r.randrange(5)] = r.choice(_PLATE_LETTERS)
    return "".join(tail)


def _plate(r: random.Random) -> Value:
    return _v(r.choice(_PLATE_PROV) + r.choice(_PLATE_LETTERS) + _plate_tail(r))


def _plate_sep(r: random.Random) -> Value:
    return _v(r.choice(_PLATE_PROV) + r.choice(_PLATE_LETTERS) + r.choice(["·", " ", "-", "•"]) + _plate_tail(r))


def _plate_new_energy(r: random.Random) -> Value:
    p = r.choice(_PLATE_PROV) + r.choice(_PLATE_LETTERS)
    return _v(p + (r.choice("DF") + digits(r, 5) if r.random() < 0.7 else digits(r, 5) + r.choice("DF")))


PROVINCES = [
    ("广东省", ["深圳市", "广州市", "东莞市", "佛山市", "珠海市"], ["南山区", "福田区", "天河区", "宝安区", "龙岗区", "海珠区"]),
    ("浙江省", ["杭州市", "宁波市", "温州市", "绍兴市"], ["西湖区", "滨江区", "余杭区", "鄞州区", "鹿城区", "上城区"]),
    ("江苏省", ["南京市", "苏州市", "无锡市", "常州市"], ["玄武区", "工业园区", "姑苏区", "梁溪区", "昆山市", "武进区"]),
    ("四川省", ["成都市", "绵阳市"], ["武侯区", "高新区", "锦江区", "涪城区", "双流区"]),
    ("湖北省", ["武汉市", "宜昌市"], ["洪山区", "江汉区", "武昌区", "西陵区"]),
    ("山东省", ["济南市", "青岛市", "烟台市"], ["历下区", "市南区", "黄岛区", "崂山区", "芝罘区"]),
    ("河南省", ["郑州市", "洛阳市"], ["金水区", "二七区", "涧西区", "中牟县"]),
    ("福建省", ["厦门市", "福州市"], ["思明区", "湖里区", "鼓楼区", "闽侯县"]),
    ("湖南省", ["长沙市", "株洲市"], ["岳麓区", "芙蓉区", "天元区", "长沙县"]),
    ("安徽省", ["合肥市", "芜湖市"], ["蜀山区", "包河区", "镜湖区"]),
]
MUNICIPAL = [("北京市", ["朝阳区", "海淀区", "东城区", "丰台区", "昌平区"]), ("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"]),
             ("天津市", ["和平区", "南开区", "滨海新区"]), ("重庆市", ["渝中区", "江北区", "渝北区"])]
ROADS = ["科技园路", "中山路", "人民路", "建设大道", "解放大街", "文三路", "学院路", "滨海大道", "长江路", "深南大道",
         "淮海中路", "南京西路", "新华街", "光明巷", "体育西路", "高新南七道", "东湖路", "金桥路", "花园街", "和平里",
         "朝阳北路", "工业大道", "江南大道中", "丰庄路", "五一路"]
ESTATES = ["阳光花园", "万科城", "碧桂园", "锦绣家园", "翠苑小区", "金地公寓", "绿城桂花园", "幸福新村", "保利花园",
           "融创府", "世纪华庭", "香榭里小区", "滨江花园", "华润城", "龙湖时代天街", "星河湾", "中海名苑"]
TOWERS = ["世纪大厦", "华润大厦", "国贸中心", "创业大厦", "科技大楼", "金融中心", "环球广场", "软件园"]


def _head(r: random.Random, style: str) -> str:
    if style == "municipal":
        city, ds = r.choice(MUNICIPAL)
        return city + r.choice(ds)
    prov, cities, ds = r.choice(PROVINCES)
    return r.choice([prov + r.choice(cities) + r.choice(ds), r.choice(cities) + r.choice(ds), prov[:-1] + r.choice(cities)[:-1] + r.choice(ds)])


def _units(r: random.Random) -> str:
    return r.choice([
        f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 8):02d}室",
        f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 8):02d}",
        f"{r.randint(1, 20)}号楼{r.randint(101, 2808)}",
        f"{r.randint(1, 12)}幢{r.randint(101, 1808)}室",
        f"{r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(1, 30)}0{r.randint(1, 4)}",
        f"{r.choice('ABCDE')}座{r.randint(3, 40)}楼",
    ])


def _address_full(r: random.Random) -> Value:
    return _v(_head(r, "province") + r.choice(ROADS) + f"{r.randint(1, 999)}号" + r.choice(ESTATES) + _units(r))


def _address_estate(r: random.Random) -> Value:
    return _v(r.choice(ESTATES) + _units(r))


def _address_road(r: random.Random) -> Value:
    head = r.choice(["", "", _head(r, "province")])
    return _v(head + r.choice(ROADS) + f"{r.randint(1, 999)}号" + r.choice(["", "", "院", f"{r.randint(1, 9)}楼"]))


def _address_tower(r: random.Random) -> Value:
    return _v(r.choice(["", _head(r, "province")]) + r.choice(TOWERS) + f"{r.choice('ABCD')}座{r.randint(2, 40)}{r.choice(['楼', '层', 'F'])}"
              + r.choice(["", f"{r.randint(1, 30):02d}室"]))


def _address_municipal(r: random.Random) -> Value:
    return _v(_head(r, "municipal") + r.choice(["", "望京街道", "张江镇"]) + r.choice(ROADS) + f"{r.randint(1, 300)}号院"
              + f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{r.randint(101, 2202)}")


def _address_rural(r: random.Random) -> Value:
    prov, cities, _ = r.choice(PROVINCES)
    return _v(prov + r.choice(cities) + r.choice(["长丰县", "城关镇", "三河镇"]) + r.choice(["李家村", "新民村", "红星村"])
              + f"{r.randint(1, 12)}组{r.randint(1, 80)}号")


DEV_FORMATS: dict[str, tuple[str, Renderer]] = {
    "mobile.plain": ("mobile", lambda r: _v(mobile_number(r))),
    "mobile.space": ("mobile", lambda r: _v(group(mobile_number(r), [3, 4], " "))),
    "mobile.dash": ("mobile", lambda r: _v(group(mobile_number(r), [3, 4], "-"))),
    "mobile.dot": ("mobile", lambda r: _v(group(mobile_number(r), [3, 4], "."))),
    "mobile.mixed": ("mobile", _mobile_mixed),
    "mobile.fullwidth": ("mobile", lambda r: _v(r.choice([mobile_number(r), group(mobile_number(r), [3, 4], "-")]).translate(FULLWIDTH))),
    "mobile.intl": ("mobile", _mobile_intl),
    "mobile.glued": ("mobile", _mobile_glued),
    "mobile.spaced_digits": ("mobile", lambda r: _v(" ".join(mobile_number(r)))),
    "mobile.numerals": ("mobile", _mobile_numerals),
    "landline.area_dash": ("landline", lambda r: _v("-".join(_landline_parts(r)))),
    "landline.area_paren": ("landline", _landline_paren),
    "landline.area_plain": ("landline", _landline_plain),
    "landline.extension": ("landline", _landline_ext),
    "landline.local": ("landline", lambda r: _v(_landline_parts(r)[1])),
    "landline.intl": ("landline", _landline_intl),
    "qq.QQ": ("qq", _qq(["QQ", "QQ号", "QQ号码", "qq", "qq号", "QQ："])),
    "qq.Q号": ("qq", _qq(["Q号", "q号"])),
    "qq.扣扣": ("qq", _qq(["扣扣", "扣扣号"])),
    "qq.企鹅号": ("qq", _qq(["企鹅号", "企鹅"])),
    "wechat.微信": ("wechat", _wechat(["微信", "微信号", "微信号码", "wei xin"])),
    "wechat.威信": ("wechat", _wechat(["威信", "薇信"])),
    "wechat.wx": ("wechat", _wechat(["wx", "WX", "wx号"])),
    "wechat.vx": ("wechat", _wechat(["vx", "VX", "VX号", "Vx"])),
    "wechat.v信": ("wechat", _wechat(["v信", "V信"])),
    "wechat.加v": ("wechat", _wechat(["加v", "加V"])),
    "wechat.phone": ("mobile", _wechat_phone),
    "email.any": ("email", _email),
    "id_card.18": ("id_card", _id18),
    "id_card.18X": ("id_card", _id18x),
    "id_card.spaced": ("id_card", _id_spaced),
    "id_card.15": ("id_card", _id15),
    "bank_card.19": ("bank_card", _card19),
    "bank_card.16": ("bank_card", _card16),
    "bank_card.grouped": ("bank_card", _card_grouped),
    "plate.ordinary": ("plate", _plate),
    "plate.separator": ("plate", _plate_sep),
    "plate.new_energy": ("plate", _plate_new_energy),
    "address.full": ("address", _address_full),
    "address.estate": ("address", _address_estate),
    "address.road_number": ("address", _address_road),
    "address.tower": ("address", _address_tower),
    "address.municipal": ("address", _address_municipal),
    "address.rural": ("address", _address_rural),
    "name.directory": ("name", lambda r: _v("")),  # replaced by the staff directory in make_format_corpus
}
#: Formats whose context templates are another kind's (a phone given as WeChat id).
CONTEXT_OF = {"wechat.phone": "wechat"}

# Context templates per kind: ``{pii}`` is the value, ``{~kind}`` a near-miss.
DEV_CONTEXTS: dict[str, list[str]] = {
    "mobile": [
        "我的手机号是{pii}，有问题打我电话", "联系电话{pii}", "麻烦快递员到了打{pii}", "收件人手机：{pii}",
        "你们换货的时候联系我 {pii} 谢谢", "电话 {pii}，下午都在家", "手机{pii}，订单号{~order}", "{pii}",
        "号码改成{pii}了，原来那个不用了", "这是我老公的手机{pii}，白天找他", "帮我改下收货电话：{pii}",
        "我手机{pii}，{~date_time}下的单", "回电话到{pii}吧", "有事打{pii}找我", "田先生，联系电话{pii}",
    ],
    "landline": [
        "公司座机{pii}，工作日可以打", "发票寄到公司，电话{pii}", "打我们前台{pii}就行", "单位电话：{pii}",
        "固话{pii}，上班时间有人接", "门店电话{pii}，{~amount}的那款还有吗", "你们售后{~hotline}打不通，我留个座机{pii}",
        "家里座机是{pii}", "电话：{pii}（白天）",
    ],
    "qq": [
        "加我{pii}，方便发图片", "我的{pii}，发文件给我", "{pii}，截图发这个", "有问题可以加{pii}",
        "文件太大了，加{pii}传给你吧", "不方便打字，{pii}联系",
    ],
    "wechat": [
        "加我{pii}", "我的{pii}，加一下发视频", "{pii}，拉我进群", "方便的话加{pii}聊",
        "图片发不了，加{pii}吧", "售后群拉一下我，{pii}",
    ],
    "email": [
        "发票发到邮箱{pii}", "电子发票请发{pii}，谢谢", "我的邮箱：{pii}", "资料发我邮箱吧 {pii}",
        "{pii} 这个是我的邮箱，说明书发一份", "邮箱{pii}收不到验证邮件，验证码{~code}",
    ],
    "id_card": [
        "身份证号{pii}，开发票要用", "实名认证要身份证吗？我的是{pii}", "报销需要，身份证：{pii}",
        "这是我的身份证号码 {pii}", "{pii} 这个是我身份证，麻烦登记一下保修", "买保险的时候填的身份证{pii}，订单{~order}",
    ],
    "bank_card": [
        "退款退到这张卡吧：{pii}", "银行卡号{pii}，开户行招商银行", "卡号 {pii} 户名就是我", "退款打到{pii}，工行的",
        "我换了张卡{pii}，以后扣款用这张", "付款那张卡是{pii}，扣了{~amount}",
    ],
    "plate": [
        "车牌{pii}，停在地下车库", "我的车是{pii}，到了打电话", "车牌号：{pii}", "送货到停车场，车牌{pii}的白色车",
        "{pii} 这辆车的行车记录仪坏了",
    ],
    "address": [
        "收货地址：{pii}", "寄到{pii}", "地址改成{pii}吧", "麻烦送到{pii}，放门口就行", "我家在{pii}，能上门安装吗",
        "换货寄回地址是{pii}吗？", "新地址{pii}，收件人还是我", "{pii}，这个地址能送吗？", "发票邮寄到{pii}",
    ],
    "name": [
        "@{pii} 你好，我的退款怎么样了", "找一下{pii}，之前是他帮我处理的", "{pii}经理说可以退的", "谢谢{pii}老师的耐心解答",
        "之前跟{pii}沟通过，她说给我换新", "我是{pii}的客户，麻烦转一下",
    ],
}

# --------------------------------------------------------------------------
# Dev split: near-misses
# --------------------------------------------------------------------------


def _order(r: random.Random) -> str:
    return r.choice([
        f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + digits(r, r.choice([9, 10, 11, 12])),
        r.choice("1234") + digits(r, r.choice([17, 18])),
        "4200" + digits(r, 24),
        digits(r, 1).replace("0", "3").replace("1", "2") + digits(r, 11),
    ])


def _order_phone_shaped(r: random.Random) -> str:
    """An order number shaped like a mobile: only its label tells them apart."""
    return mobile_number(r)


def _tracking(r: random.Random) -> str:
    return r.choice(["SF" + digits(r, 13), "JT" + digits(r, 13), "YT" + digits(r, 13), "JD" + digits(r, 13),
                     "75" + digits(r, 12), "7" + digits(r, 12), "43" + digits(r, 11), "EA" + digits(r, 9) + "CN"])


def _amount(r: random.Random) -> str:
    return r.choice([f"¥{r.randint(19, 9999)}.00", f"{r.randint(100, 99999)}元", f"{r.randint(1, 9)},{r.randint(100, 999)}元",
                     f"{r.randint(1, 50)}.{r.randint(1, 9)}万", f"{r.randint(1, 999)}块", f"13800元", f"RMB {r.randint(100, 9999)}"])


def _date(r: random.Random) -> str:
    y, m, d = 2026, r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{m}月{d}号",
                     f"{y}/{m:02d}/{d:02d} {r.randint(8, 22)}:{r.randint(0, 59):02d}", f"{m}.{d}", f"{r.randint(8, 22)}:{r.randint(0, 59):02d}"])


def _model(r: random.Random) -> str:
    return r.choice(["iPhone 15 Pro Max", "Mate 60 Pro", "小米14 Ultra", "RTX4090", "KFR-35GW/BpR3DN1", "SM-G9980",
                     f"X{r.randint(1, 9)}-{r.randint(2020, 2026)}", f"型号ABC-{digits(r, 8)}", "MB-FB40S701", f"Z{digits(r, 6)}"])


def _quantity(r: random.Random) -> str:
    return r.choice([f"{r.randint(2, 30)}台", f"{r.randint(2, 30)}件", f"{r.randint(100, 999)}g", f"{r.randint(1, 9)}.5kg",
                     f"{r.randint(2, 24)}瓶", "128GB", "5000mAh", f"{r.randint(2, 9)}箱"])


def _count(r: random.Random) -> str:
    return r.choice(["第13800138000次", f"第{r.randint(2, 20)}次", f"第{r.randint(1, 36)}期", f"第{mobile_number(r)}次",
                     f"第{r.randint(2, 9)}名"])


def _membership(r: random.Random) -> str:
    return r.choice([f"会员号{mobile_number(r)}", f"会员卡号{card_number(r, 16)}", f"会员编号M2026{digits(r, 9)}",
                     f"积分卡号{digits(r, 12)}", f"会员号：{digits(r, 10)}"])


def _hotline(r: random.Random) -> str:
    return r.choice([f"400-{digits(r, 3)}-{digits(r, 4)}", f"400{digits(r, 7)}", "95588", "10086",
                     f"800-{digits(r, 3)}-{digits(r, 4)}", "12315", f"400 {digits(r, 3)} {digits(r, 4)}"])


def _code(r: random.Random) -> str:
    return digits(r, r.choice([4, 6]))


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def _bad_card(r: random.Random) -> str:
    """Card-shaped digits failing the Luhn check."""
    n = card_number(r)
    return n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)


def _bad_id(r: random.Random) -> str:
    """ID-shaped digits with a wrong check digit (and failing Luhn, so no card either)."""
    while True:
        s = id_number(r)
        bad = s[:-1] + r.choice([c for c in "0123456789" if c != s[-1]])
        if not _luhn_ok(bad):
            return bad


def _place(r: random.Random) -> str:
    return r.choice(["上海市浦东新区", "北京市朝阳区", "广东省内", "杭州市区", "人民路店", "15号楼下", "3号线地铁站",
                     "深圳湾公园", "南京西路的门店", "五一广场"])


def _cue_only(r: random.Random) -> str:
    return r.choice(["微信支付", "QQ邮箱", "QQ音乐会员", "微信好友", "微信公众号", "wx支付", "QQ钱包", "微信转账"])


def _ip(r: random.Random) -> str:
    return r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.16.{r.randint(100, 255)}.{r.randint(100, 254)}",
                     f"V{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(100, 999)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


DEV_NEAR: dict[str, Callable[[random.Random], str]] = {
    "order": _order, "order:phone_shaped": _order_phone_shaped, "tracking": _tracking, "amount": _amount, "date_time": _date, "model": _model,
    "quantity": _quantity, "count": _count, "membership": _membership, "hotline": _hotline, "code": _code,
    "bad_check": lambda r: r.choice([_bad_card(r), _bad_id(r)]), "place": _place, "cue_word": _cue_only, "ip_version": _ip,
}

DEV_NEAR_TEMPLATES: dict[str, list[str]] = {
    "order": ["订单号{~order}，什么时候发货", "我的单号{~order}怎么还没到", "订单号：{~order:phone_shaped}",
              "运单号{~order:phone_shaped}查不到", "订单{~order}申请退款了", "交易单号{~order}",
              "{~order}", "工单号{~order}处理到哪一步了", "订单编号：{~order}"],
    "tracking": ["快递单号{~tracking}，麻烦查一下", "{~tracking} 这个物流三天没动了", "运单号：{~tracking}", "物流单号{~tracking}，{~date_time}发出"],
    "amount": ["退款{~amount}什么时候到账", "我买了3台，每台{~amount}", "一共付了{~amount}", "价格{~amount}能便宜点吗"],
    "date_time": ["{~date_time}下的单，还没发货", "保修到{~date_time}", "{~date_time}能送到吗", "北京时间{~date_time}开始活动吗"],
    "model": ["{~model}有现货吗", "型号{~model}的保修多久", "我用的是{~model}，连不上"],
    "quantity": ["买了{~quantity}，少发了一个", "要{~quantity}，能优惠吗"],
    "count": ["这是我{~count}打电话了", "已经{~count}联系客服了", "{~count}抽奖中了"],
    "membership": ["{~membership}，积分怎么没到账", "我的{~membership}查一下等级"],
    "hotline": ["客服电话{~hotline}一直占线", "打了{~hotline}没人接", "热线{~hotline}几点上班"],
    "code": ["验证码{~code}输进去提示错误", "取件码{~code}", "尾号{~code}的那张卡"],
    "bad_check": ["这张卡号不对吗{~bad_check}", "{~bad_check}", "编号{~bad_check}"],
    "place": ["我在{~place}，能送吗", "{~place}有门店吗", "{~place}的快递柜能放吗"],
    "cue_word": ["{~cue_word}可以吗", "用{~cue_word}付款了", "{~cue_word}里面能看到吗"],
    "ip_version": ["路由器地址{~ip_version}打不开", "固件版本{~ip_version}要升级吗"],
}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def _render(template: str, r: random.Random, pii: tuple[str, str, Renderer] | None,
            near: dict[str, Callable[[random.Random], str]], formats: dict[str, tuple[str, Renderer]],
            context_of: dict[str, str]) -> dict[str, Any]:
    text, ents, fmts, nears = "", [], [], []
    pos = 0
    while pos < len(template):
        a = template.find("{", pos)
        if a < 0:
            text += template[pos:]
            break
        b = template.index("}", a)
        text += template[pos:a]
        slot = template[a + 1 : b]
        if slot.startswith("~"):
            # ``{~kind:variant}`` draws from the variant's generator, labelled ``kind``.
            v = near[slot[1:]](r)
            nears.append((slot[1:].split(":")[0], len(text), len(text) + len(v)))
            text += v
        else:
            if slot == "pii" and pii is not None:
                fmt, kind, render = pii
            else:  # another kind in the same sentence: any of its formats
                fmt = r.choice(sorted(f for f, (k, _) in formats.items() if k == slot and f not in context_of))
                kind, render = formats[fmt]
            before, value, after = render(r)
            text += before
            ents.append((kind, len(text), len(text) + len(value)))
            fmts.append(fmt)
            text += value + after
        pos = b + 1
    return {"text": text, "entities": ents, "formats": fmts, "near_misses": nears}


def staff_names(random_state: int = 0, n: int = 40) -> list[str]:
    r = random.Random(random_state)
    out: list[str] = []
    while len(out) < n:
        nm = name(r)
        if nm not in out:
            out.append(nm)
    return out


def make_format_corpus(
    split: str = "dev", *, n_per_format: int = 25, n_per_near: int = 60, random_state: int = 0
) -> tuple[pd.DataFrame, list[str]]:
    """Labelled sentences: ``n_per_format`` per format, ``n_per_near`` per near-miss kind.

    Returns the frame (columns in the module docstring) and the staff
    directory its ``name`` entities come from.
    """
    if split == "dev":
        formats, contexts, near, near_templates = DEV_FORMATS, DEV_CONTEXTS, DEV_NEAR, DEV_NEAR_TEMPLATES
        context_of = CONTEXT_OF
    elif split in ("dev2", "heldout"):
        from . import pii_dev2, pii_heldout

        h = pii_dev2 if split == "dev2" else pii_heldout
        formats, contexts, near, near_templates = h.FORMATS, h.CONTEXTS, h.NEAR, h.NEAR_TEMPLATES
        context_of = h.CONTEXT_OF
    else:
        raise ValueError(f"split must be one of 'dev', 'dev2', 'heldout'; got {split!r}")
    r = random.Random(f"{split}-{random_state}")
    staff = staff_names(random_state + {"dev": 0, "dev2": 1000, "heldout": 2000}[split])
    formats = {**formats, "name.directory": ("name", lambda r: ("", r.choice(staff), ""))}
    rows = []
    for fmt, (kind, render) in formats.items():
        templates = contexts[context_of.get(fmt, kind)]
        for i in range(n_per_format):
            tpl = templates[i % len(templates)] if i < len(templates) else r.choice(templates)
            rows.append(_render(tpl, r, (fmt, kind, render), near, formats, context_of))
    for nk, templates in near_templates.items():
        for i in range(n_per_near):
            tpl = templates[i % len(templates)] if i < len(templates) else r.choice(templates)
            rows.append(_render(tpl, r, None, near, formats, context_of))
    df = pd.DataFrame(rows)
    df["split"] = split
    return df, staff

"""A second blind corpus of personal data per format, with near-misses.

Written by a second, independent writer without reading the masking rules
(``toolkit/privacy/_patterns.py``, ``mask.py``), the templates or value
generators of the other corpora (``tests/privacy/pii_*.py``), the earlier
results (``bench/results/pii*.md``) nor ``test_mask.py``. Only the public
interface of :mod:`tests.privacy.pii_blind` (column layout of its corpus
frame) and the docstring of :func:`toolkit.privacy.evaluate_formats` were read.

Contexts (e-commerce after-sales, banking, insurance, telecom, delivery, real
estate, education), cue spellings, separators, typing habits and value
generators are all written here. ID numbers carry a valid check digit and bank
cards a valid Luhn digit (computed here); near-miss numbers of card or ID
length are drawn so that they *fail* those checks.

Columns of :func:`make_blind2_corpus`: ``text``, ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity),
``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(``"blind2"``). Rows with at least one entity are PII sentences; rows with none
are near-miss sentences. Labelled spans hold the value only: cue words, the
country prefix (+86, 0086, 86-) and landline extensions are left outside.

Run ``python -m tests.privacy.pii_blind2`` to evaluate once and write
``bench/results/pii_blind2.md``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

SEED = "blind2-writer2"

Value = tuple[str, str, str]  # (unlabelled before, labelled value, unlabelled after)

# --------------------------------------------------------------------------
# number helpers
# --------------------------------------------------------------------------

_HEADS = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
          "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "178", "180",
          "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _digits(r: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def _mobile(r: random.Random) -> str:
    return r.choice(_HEADS) + _digits(r, 8)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(n: str) -> bool:
    return n[-1] == luhn_digit(n[:-1])


_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_digit(body: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body, _W, strict=True)) % 11]


def id_ok(n: str) -> bool:
    return len(n) == 18 and n[:17].isdigit() and id_digit(n[:17]) == n[17].upper()


_AREAS6 = ["110105", "110108", "310115", "320106", "330106", "350203", "370212", "410105", "420111", "430104",
           "440305", "440106", "500112", "510107", "610113", "130622", "360731", "430626", "522601", "450103"]


def _id(r: random.Random, want_x: bool | None = None) -> str:
    while True:
        y = r.randint(1958, 2008)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(_AREAS6)}{y}{m:02d}{d:02d}{_digits(r, 3)}"
        c = id_digit(body)
        if want_x is None and c != "X":
            return body + c
        if want_x and c == "X":
            return body + r.choice("XXXx")
        if want_x is False and c != "X":
            return body + c


_BINS = ["622202", "622848", "621700", "622588", "621226", "622700", "625965", "436742", "622260", "621483",
         "623668", "622908", "622155", "518710", "356833", "621799", "628288", "622609"]


def _card(r: random.Random, length: int) -> str:
    body = r.choice(_BINS) + _digits(r, length - 7)
    return body + luhn_digit(body)


def _group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# --------------------------------------------------------------------------
# renderers of personal data, one per format
# --------------------------------------------------------------------------

def m_plain(r):
    return ("", _mobile(r), "")


def m_space(r):
    n = _mobile(r)
    return ("", _group(n, r.choice([[3, 4, 4], [3, 4, 4], [3, 3, 5], [4, 4, 3]]), r.choice([" ", " ", "  ", "　"])), "")


def m_dash(r):
    n = _mobile(r)
    return ("", _group(n, r.choice([[3, 4, 4], [3, 4, 4], [3, 8], [4, 3, 4]]), r.choice(["-", "-", "—", "－"])), "")


def m_othersep(r):
    n = _mobile(r)
    sizes = r.choice([[3, 4, 4], [3, 4, 4], [4, 4, 3]])
    sep = r.choice([".", "·", "/", "_", "，", ","])
    if r.random() < 0.3:  # mixed: "138 1234-5678"
        return ("", n[:3] + " " + n[3:7] + "-" + n[7:], "")
    return ("", _group(n, sizes, sep), "")


def m_full(r):
    n = _mobile(r)
    if r.random() < 0.4:
        n = _group(n, [3, 4, 4], r.choice(["　", "－", " "]))
    return ("", n.translate(_FULL), "")


def m_plus86(r):
    n = _mobile(r)
    pre = r.choice(["+86", "+86 ", "+86-", "(+86)", "（+86）", "＋86", "+86 "])
    if r.random() < 0.4:
        n = _group(n, [3, 4, 4], r.choice([" ", "-"]))
    return (pre, n, "")


def m_0086(r):
    n = _mobile(r)
    pre = r.choice(["0086", "0086 ", "0086-", "0086－"])
    if r.random() < 0.3:
        n = _group(n, [3, 4, 4], " ")
    return (pre, n, "")


def m_86dash(r):
    return (r.choice(["86-", "86 ", "86—", "(86)", "86"]), _mobile(r), "")


def m_glued(r):
    n = _mobile(r)
    if r.random() < 0.3:
        n = _group(n, [3, 4, 4], r.choice([" ", "-"]))
    tail = r.choice(["a", "ok", "OK", "abc", "x", "，", "。", "!", "！", "?", "？", "~", "~~", "）", ")", "/",
                     "、", "；", "；", "#", "..", "…", "啊", "呀", "王先生", "Tom", "zhang"])
    return ("", n, tail)


_AREA = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0371", "0431", "0451",
         "0531", "0551", "0571", "0591", "0731", "0755", "0756", "0769", "0851", "0871", "0898", "0931", "0512"]


def _local(r, area: str | None = None):
    n = 8 if (area is None or len(area) == 3 or r.random() < 0.6) else 7
    return str(r.randint(2, 8)) + _digits(r, n - 1)


def l_dash(r):
    a = r.choice(_AREA)
    return ("", f"{a}{r.choice(['-', '-', '—', '－'])}{_local(r, a)}", "")


def l_paren(r):
    a = r.choice(_AREA)
    lo = _local(r, a)
    if len(lo) == 8 and r.random() < 0.4:
        lo = lo[:4] + " " + lo[4:]
    op, cl = r.choice([("(", ")"), ("（", "）"), ("(", ") ")])
    return ("", f"{op}{a}{cl}{lo}", "")


def l_plain(r):
    a = r.choice(_AREA)
    lo = _local(r, a)
    if r.random() < 0.5:
        return ("", a + lo, "")
    if len(lo) == 8 and r.random() < 0.5:
        return ("", f"{a} {lo[:4]} {lo[4:]}", "")
    return ("", f"{a} {lo}", "")


def l_local(r):
    lo = str(r.randint(2, 8)) + _digits(r, r.choice([7, 7, 7, 6]))
    if len(lo) == 8 and r.random() < 0.3:
        lo = lo[:4] + r.choice(["-", " "]) + lo[4:]
    return ("", lo, "")


def l_ext(r):
    a = r.choice(_AREA)
    v = r.choice([f"{a}-{_local(r, a)}", f"{a}{_local(r, a)}", f"({a}){_local(r, a)}"])
    ext = _digits(r, r.choice([3, 4]), True)
    return ("", v, r.choice([f"转{ext}", f" 转{ext}", f"-{ext}", f" 分机{ext}", f"，分机号{ext}", f" ext.{ext}", f"转分机{ext}"]))


def _qq(r):
    return _digits(r, r.choice([6, 7, 8, 8, 9, 9, 9, 10, 10, 10, 11]), True)


def _cue(r, cues, value_alpha=False):
    c = r.choice(cues)
    seps = [" ", ":", "：", "是", " 是 ", "号码"] if value_alpha else ["", "", " ", ":", "：", "是", " "]
    if c.endswith(("号", ":", "：")):
        seps = ["", "", " ", "是"] if not value_alpha else ["", " ", "是"]
    return c + r.choice(seps)


def _qq_fmt(cues):
    def f(r):
        return (_cue(r, cues), _qq(r), "")
    return f


_PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
           "hu", "guo", "he", "lin", "luo", "gao", "xiaomei", "tingting", "haoran", "jiajia", "yuyu", "dandan"]
_EN = ["lily", "tom", "jack", "amy", "sunny", "coco", "kevin", "echo", "leo", "vivian", "momo", "anna", "rain"]


def _wxid(r):
    style = r.randrange(6)
    if style == 0:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.randint(10, 14)))
    if style == 1:
        return r.choice(_PINYIN) + r.choice(_PINYIN) + _digits(r, r.choice([2, 3, 4]))
    if style == 2:
        return r.choice(_EN).capitalize() + r.choice(["_", "-", ""]) + _digits(r, 4)
    if style == 3:
        return r.choice(_PINYIN) + "_" + r.choice(_PINYIN) + r.choice(["", "_", "-"]) + _digits(r, 2)
    if style == 4:
        return r.choice(_EN) + str(r.randint(1970, 2005)) + r.choice(_PINYIN)
    return r.choice("abcdefghjkmnpqrstwxyz") + _digits(r, r.randint(6, 10))


def _wx_fmt(cues):
    def f(r):
        return (_cue(r, cues, value_alpha=True), _wxid(r), "")
    return f


def w_same_as_mobile(r):
    n = _mobile(r)
    if r.random() < 0.3:
        n = _group(n, [3, 4, 4], r.choice([" ", "-"]))
    if r.random() < 0.5:
        return (r.choice(["微信手机同号 ", "微信手机同号：", "vx手机同号", "微信号就是手机号 ", "手机同号 ", "微信同手机号:",
                          "手机号同微信 "]), n, "")
    return (r.choice(["", "电话", "手机 "]), n, r.choice(["（微信同号）", "(手机同号)", "，微信同号", " 手机同号", " vx同号", "微信也是这个"]))


_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com", "hotmail.com",
            "yeah.net", "139.com", "sohu.com", "aliyun.com"]
_CN_DOMAINS = ["zju.edu.cn", "xyz-tech.com.cn", "sina.com.cn", "huaxin.com.cn", "bnu.edu.cn", "szgov.gov.cn",
               "mail.hzbank.com.cn", "stu.scu.edu.cn"]


def _local_part(r):
    return r.choice([
        r.choice(_PINYIN) + r.choice(_PINYIN) + _digits(r, r.choice([0, 2, 3, 4])),
        r.choice(_EN) + "_" + _digits(r, 3),
        r.choice(_PINYIN) + str(r.randint(1975, 2006)),
    ])


def e_plain(r):
    return ("", f"{_local_part(r)}@{r.choice(_DOMAINS)}", "")


def e_digits(r):
    return ("", f"{_qq(r)}@{r.choice(['qq.com', 'qq.com', 'vip.qq.com', 'foxmail.com', '163.com'])}", "")


def e_dotted(r):
    return ("", f"{r.choice(_PINYIN)}.{r.choice(_PINYIN)}{r.choice(['', '.', '-'])}{_digits(r, 2)}@{r.choice(_DOMAINS)}", "")


def e_case(r):
    loc = r.choice(_EN).capitalize() + r.choice(_PINYIN).capitalize() + _digits(r, 2)
    dom = r.choice(["QQ.com", "163.COM", "Outlook.com", "Gmail.com", "Hotmail.COM", "126.Com"])
    return ("", f"{loc}@{dom}", "")


def e_cn(r):
    return ("", f"{_local_part(r)}@{r.choice(_CN_DOMAINS)}", "")


def e_glued(r):
    return (r.choice(["邮箱", "发", "到", "是", "寄"]), f"{_local_part(r)}@{r.choice(_DOMAINS)}",
            r.choice(["谢谢", "哈", "，", "。", "里", "吧", "就行", "这个"]))


def i_plain(r):
    return ("", _id(r, False), "")


def i_x(r):
    return ("", _id(r, True), "")


def i_spaced(r):
    n = _id(r)
    sep = r.choice([" ", " ", "-"])
    return ("", _group(n, r.choice([[6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4]]), sep), "")


def i_glued(r):
    return (r.choice(["", "号", "是"]), _id(r), r.choice(["，", "。", "的", "那个", "吗", "呢", "没错", "!"]))


def b_16(r):
    return ("", _card(r, 16), "")


def b_19(r):
    return ("", _card(r, 19), "")


def b_spaced(r):
    n = _card(r, r.choice([16, 16, 19]))
    return ("", _group(n, [4, 4, 4, 4, 4], r.choice([" ", " ", "  "])), "")


def b_dash(r):
    n = _card(r, r.choice([16, 19]))
    return ("", _group(n, [4, 4, 4, 4, 4], r.choice(["-", "－"])), "")


_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(r):
    chars = [str(r.randrange(10)) for _ in range(5)]
    for _ in range(r.choice([0, 0, 1, 2])):
        chars[r.randrange(5)] = r.choice(_LET)
    return "".join(chars)


def p_plain(r):
    return ("", r.choice(_PROV) + r.choice(_LET) + _plate_tail(r), "")


def p_dot(r):
    return ("", r.choice(_PROV) + r.choice(_LET) + r.choice(["·", "·", "•", "."]) + _plate_tail(r), "")


def p_space(r):
    p, l, t = r.choice(_PROV), r.choice(_LET), _plate_tail(r)
    return ("", r.choice([f"{p}{l} {t}", f"{p} {l}{t}", f"{p} {l} {t}"]), "")


def p_ev(r):
    p, l = r.choice(_PROV), r.choice(_LET)
    tail = r.choice("DF") + r.choice([_digits(r, 5), r.choice(_LET) + _digits(r, 4)]) if r.random() < 0.7 else _digits(r, 5) + r.choice("DF")
    return ("", f"{p}{l}{r.choice(['', '', '·'])}{tail}", "")


def p_lower(r):
    return ("", r.choice(_PROV) + r.choice(_LET).lower() + _plate_tail(r).lower(), "")


_CITIES = [("广东省", "深圳市", "南山区"), ("广东省", "广州市", "天河区"), ("浙江省", "杭州市", "西湖区"),
           ("江苏省", "南京市", "鼓楼区"), ("四川省", "成都市", "武侯区"), ("湖北省", "武汉市", "洪山区"),
           ("山东省", "青岛市", "崂山区"), ("河南省", "郑州市", "金水区"), ("湖南省", "长沙市", "岳麓区"),
           ("福建省", "厦门市", "思明区"), ("陕西省", "西安市", "雁塔区"), ("", "北京市", "朝阳区"),
           ("", "上海市", "浦东新区"), ("", "天津市", "河西区"), ("", "重庆市", "渝北区"), ("安徽省", "合肥市", "蜀山区")]
_ROADS = ["科技园路", "文三路", "中山北路", "人民南路", "解放大道", "香港中路", "花园路", "麓山南路", "湖滨南路",
          "小寨东路", "建国路", "张杨路", "友谊路", "新牌坊路", "天府大道", "黄山路", "学院路", "长江西路"]
_COMMS = ["阳光花园", "碧桂园", "万科城", "锦绣家园", "翠苑一区", "金地格林小镇", "保利香槟国际", "幸福里小区",
          "和谐家园小区", "绿地新都会", "中海国际社区", "龙湖春江郦城", "滨江花园", "世纪城", "东湖小区"]
_COUNTIES = [("湖南省", "岳阳市", "平江县", "安定镇"), ("河北省", "保定市", "涞水县", "永阳镇"),
             ("江西省", "赣州市", "于都县", "贡江镇"), ("河南省", "周口市", "鹿邑县", "玄武镇"),
             ("四川省", "南充市", "营山县", "绿水镇"), ("山东省", "菏泽市", "曹县", "青堌集镇"),
             ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("广西", "玉林市", "博白县", "龙潭镇")]
_LANES = ["东门巷", "柳树巷", "井巷", "槐树巷", "书院巷", "鼓楼巷", "石板巷", "竹丝巷"]
_STREETS = ["中山街", "解放街", "和平街", "新华街", "胜利街", "民主街", "府前街"]


def _unit(r):
    b = r.randint(1, 28)
    u = r.randint(1, 6)
    room = f"{r.randint(1, 33)}{r.randint(1, 6):02d}"
    return r.choice([f"{b}栋{u}单元{room}室", f"{b}栋{u}单元{room}", f"{b}号楼{u}单元{room}室", f"{b}幢{room}室",
                     f"{b}栋{room}", f"{b}-{u}-{room}", f"{b}号楼{room}室"])


def a_full(r):
    p, c, d = r.choice([x for x in _CITIES if x[0]])
    return ("", f"{p}{c}{d}{r.choice(_ROADS)}{r.randint(1, 999)}号{r.choice(_COMMS)}{_unit(r)}", "")


def a_city_road(r):
    _, c, d = r.choice(_CITIES)
    extra = r.choice(["", f"{r.randint(1, 30)}楼", f"{r.randint(1, 20)}号楼{r.randint(101, 2505)}室", "附近的菜鸟驿站"])
    if extra == "附近的菜鸟驿站":
        extra = ""
    return ("", f"{c}{d}{r.choice(_ROADS)}{r.randint(1, 999)}号{extra}", "")


def a_community(r):
    pre = r.choice(["", "", r.choice(_CITIES)[2]])
    return ("", f"{pre}{r.choice(_COMMS)}{_unit(r)}", "")


def a_county(r):
    p, c, x, t = r.choice(_COUNTIES)
    tail = r.choice([f"{r.choice(['王家', '李庄', '新塘', '石桥', '大湾'])}村{r.randint(1, 12)}组{r.randint(1, 80)}号",
                     f"{r.choice(_STREETS)}{r.randint(1, 300)}号", f"{r.choice(_ROADS)}{r.randint(1, 300)}号{r.choice(_COMMS)}{_unit(r)}"])
    head = r.choice([f"{p}{c}{x}", f"{c}{x}", f"{x}"])
    return ("", f"{head}{t}{tail}", "")


def a_lane(r):
    _, c, d = r.choice(_CITIES)
    v = f"{r.choice([c, ''])}{d}{r.choice(_LANES)}{r.randint(1, 120)}号{r.choice(['', '附1号', '院内', f'{r.randint(1, 6)}楼'])}"
    # labelling fix after the first run: in "…号院内" the locative 内 is not part of the address
    return ("", v[:-1], "内") if v.endswith("院内") else ("", v, "")


def a_street(r):
    _, c, d = r.choice(_CITIES)
    return ("", f"{r.choice([c + d, d])}{r.choice(_STREETS)}{r.randint(1, 500)}号{r.choice(['', _unit(r), f'{r.randint(2, 6)}楼{r.randint(1, 20)}室'])}", "")


def a_spaced(r):
    p, c, d = r.choice(_CITIES)
    sep = r.choice([" ", " ", "，", ","])
    parts = [x for x in (p, c, d) if x] + [f"{r.choice(_ROADS)}{r.randint(1, 999)}号", r.choice(_COMMS), _unit(r)]
    if r.random() < 0.4:
        parts = parts[1:]
    return ("", sep.join(parts), "")


# format -> (kind, renderer, context group)
FORMATS: dict[str, tuple[str, Callable[[random.Random], Value], str]] = {
    "mobile.plain": ("mobile", m_plain, "mobile"),
    "mobile.space": ("mobile", m_space, "mobile"),
    "mobile.dash": ("mobile", m_dash, "mobile"),
    "mobile.other_sep": ("mobile", m_othersep, "mobile"),
    "mobile.fullwidth": ("mobile", m_full, "mobile"),
    "mobile.plus86": ("mobile", m_plus86, "mobile"),
    "mobile.0086": ("mobile", m_0086, "mobile"),
    "mobile.86dash": ("mobile", m_86dash, "mobile"),
    "mobile.glued_after": ("mobile", m_glued, "mobile"),
    "landline.area_dash": ("landline", l_dash, "landline"),
    "landline.area_paren": ("landline", l_paren, "landline"),
    "landline.area_plain": ("landline", l_plain, "landline"),
    "landline.no_area": ("landline", l_local, "landline"),
    "landline.extension": ("landline", l_ext, "landline"),
    "qq.QQ": ("qq", _qq_fmt(["QQ", "QQ号", "加QQ", "QQ:", "QQ："]), "im"),
    "qq.qq": ("qq", _qq_fmt(["qq", "qq号", "加qq", "qq:"]), "im"),
    "qq.Q号": ("qq", _qq_fmt(["Q号", "Q号:", "q号", "Q号："]), "im"),
    "qq.扣扣": ("qq", _qq_fmt(["扣扣", "扣扣号", "加扣扣"]), "im"),
    "qq.企鹅号": ("qq", _qq_fmt(["企鹅号", "企鹅", "企鹅号:"]), "im"),
    "wechat.微信": ("wechat", _wx_fmt(["微信", "加微信", "微信:", "微信："]), "im"),
    "wechat.微信号": ("wechat", _wx_fmt(["微信号", "微信号:", "微信号是"]), "im"),
    "wechat.威信": ("wechat", _wx_fmt(["威信", "威信号", "加威信"]), "im"),
    "wechat.wx": ("wechat", _wx_fmt(["wx", "WX", "Wx", "wx:", "加wx"]), "im"),
    "wechat.vx": ("wechat", _wx_fmt(["vx", "Vx", "vx:", "加vx", "vx："]), "im"),
    "wechat.v信": ("wechat", _wx_fmt(["v信", "V信", "v信号"]), "im"),
    "wechat.加v": ("wechat", _wx_fmt(["加v", "加V", "+v", "加个v", "加我v"]), "im"),
    "wechat.VX号": ("wechat", _wx_fmt(["VX号", "vx号", "Vx号", "VX号:"]), "im"),
    "wechat.手机同号": ("mobile", w_same_as_mobile, "im"),
    "email.plain": ("email", e_plain, "email"),
    "email.digits": ("email", e_digits, "email"),
    "email.dotted": ("email", e_dotted, "email"),
    "email.mixed_case": ("email", e_case, "email"),
    "email.cn_domain": ("email", e_cn, "email"),
    "email.glued": ("email", e_glued, "email"),
    "id_card.plain": ("id_card", i_plain, "id"),
    "id_card.x_end": ("id_card", i_x, "id"),
    "id_card.spaced": ("id_card", i_spaced, "id"),
    "id_card.glued": ("id_card", i_glued, "id"),
    "bank_card.16": ("bank_card", b_16, "card"),
    "bank_card.19": ("bank_card", b_19, "card"),
    "bank_card.spaced": ("bank_card", b_spaced, "card"),
    "bank_card.dash": ("bank_card", b_dash, "card"),
    "plate.plain": ("plate", p_plain, "plate"),
    "plate.dot": ("plate", p_dot, "plate"),
    "plate.space": ("plate", p_space, "plate"),
    "plate.new_energy": ("plate", p_ev, "plate"),
    "plate.lowercase": ("plate", p_lower, "plate"),
    "address.full": ("address", a_full, "address"),
    "address.city_road": ("address", a_city_road, "address"),
    "address.community_unit": ("address", a_community, "address"),
    "address.county_town": ("address", a_county, "address"),
    "address.lane": ("address", a_lane, "address"),
    "address.street": ("address", a_street, "address"),
    "address.spaced": ("address", a_spaced, "address"),
}

# --------------------------------------------------------------------------
# PII contexts: {P} is the value (with its cue / prefix / tail), {N:kind} a near-miss
# --------------------------------------------------------------------------

CONTEXTS: dict[str, list[str]] = {
    "mobile": [
        "您好，我的手机号是{P}，快递到了麻烦提前打个电话",
        "{P} 这个是我手机，有事直接打",
        "收件人电话填错了，改成{P}吧",
        "麻烦登记一下联系方式：{P}，姓王",
        "售后师傅上门前请先打电话{P}，白天上班不在家",
        "信用卡中心说要核实预留手机，我的是{P}",
        "宽带报装联系人电话{P}，装机师傅明天上午来",
        "房东电话{P}，看房前先打给他",
        "孩子家长手机{P}，课程调整请通知我",
        "保单上的联系电话还是旧的，新号码{P}",
        "我换号了 新号{P}",
        "打{P}找我就行",
        "订单{N:order_no}的收货电话改成{P}",
        "理赔的事情您直接联系我{P}，周末也可以",
        "手机{P}收不到验证码，是不是被拦截了",
        "这个号{P}是不是欠费停机了，帮我查一下",
        "中介给的电话是{P}，说是业主本人",
        "退款{N:amount}还没到，电话{P}，你们回个电话",
        "骑手打的是{P}，我没接到",
        "老师好，我是小明妈妈，电话{P}",
    ],
    "landline": [
        "公司座机{P}，工作日九点到六点有人接",
        "家里电话{P}，白天没人，晚上打",
        "固话{P}也可以联系到我",
        "打我们店里电话{P}",
        "单位电话{P}，找财务室",
        "宽带是绑在座机{P}上的，一直断网",
        "售楼处给我留的电话是{P}",
        "学校办公室电话{P}，你们直接跟老师确认",
        "{P}是我家座机，装机的时候登记的",
        "发票上开票方电话填{P}",
        "联系电话：{P}（办公室）",
        "保险公司回访打的{P}，我没接到",
        "收货填的电话{P}，前台会代收",
        "你们打{P}这个座机，我爸在家",
    ],
    "im": [
        "不方便打电话的话加我{P}，晚上回复",
        "发票发我{P}上吧",
        "{P}，加的时候备注订单号",
        "资料可以发到我{P}",
        "老师您好，家长群进不去，我{P}",
        "理赔照片拍好了，我{P}，您加一下我发过去",
        "有问题联系我{P}",
        "我{P}，通过一下",
        "房子照片发我{P}看看",
        "催了好几天了 {P} 私聊",
        "订单{N:order_no}有问题，你们客服加我{P}吧",
        "退货地址发我{P}上就行",
        "课程资料麻烦发{P}",
        "我的{P}，卖家说加了给返现",
        "快递员让我加他，我{P}",
        "这是我{P}，晚上八点后在线",
    ],
    "email": [
        "电子发票麻烦开到邮箱{P}",
        "对账单寄到{P}吧，纸质的不要了",
        "合同扫描件发我邮箱 {P} 谢谢",
        "{P}这个邮箱收不到验证邮件",
        "孩子的成绩单请发送至{P}",
        "保单电子版发{P}就行",
        "我邮箱换了，新的是{P}",
        "订单{N:order_no}的发票请发到{P}",
        "邮箱：{P}，资料今天发给我",
        "账号绑定的邮箱是{P}，找回密码",
        "发{P}",
        "银行流水导出后发送到{P}",
    ],
    "id": [
        "实名认证一直不通过，身份证号{P}，名字没写错",
        "开户用的身份证{P}",
        "投保人身份证号码：{P}",
        "{P}这是我身份证号，帮我查下名下有几张卡",
        "入学报名要填身份证号 {P} 对吗",
        "办宽带登记的证件号{P}",
        "身分证{P}",
        "证件号码 {P}，有效期到{N:datetime}",
        "购房合同上买受人身份证是{P}",
        "快递清关要身份证号，{P}",
        "被保险人身份证{P}，年龄算错了",
        "身份证号码{P}手机号也是本人的",
        "帮我看下{P}这个身份证绑了几个号",
        "乘车人证件：{P}",
    ],
    "card": [
        "退款请打到我的银行卡{P}，开户行建设银行",
        "卡号{P}，转账一直提示失败",
        "信用卡{P}这个月账单不对，多了{N:amount}",
        "工资卡是{P}，帮我查下到账了没",
        "理赔款打到{P}这张卡，户名是我本人",
        "尾号不对吧，我卡号是{P}",
        "{P} 农行的，麻烦退到这张",
        "学费扣款卡号：{P}",
        "房租从{P}这张卡自动扣",
        "绑定的银行卡号{P}要解绑",
        "收款账号{P}，招商银行深圳分行",
        "我的卡{P}被冻结了怎么回事",
        "话费自动充值绑的卡是{P}",
    ],
    "plate": [
        "我的车牌号{P}，停车费扣了两次",
        "车险续保，车牌{P}",
        "{P}这辆车的违章帮我查一下",
        "小区车位登记，车牌号码：{P}",
        "ETC绑定的车是{P}",
        "送货的司机车牌{P}，你们核实下",
        "4S店保养预约，车牌{P}，明天上午",
        "停车场出不去，{P}，抬杆没反应",
        "我车{P}被刮了，要报案",
        "送货车牌{P}进不了小区",
        "车牌是{P}的那辆白色SUV",
        "月卡车辆{P}续费{N:amount}",
    ],
    "address": [
        "收货地址改成{P}，电话不变",
        "寄到{P}，谢谢",
        "我家地址：{P}，师傅上门安装空调",
        "地址是{P}，快递一直显示派送失败",
        "房子在{P}，想挂出去卖",
        "保单通讯地址变更为{P}",
        "账单邮寄地址{P}",
        "{P} 这个地址能送吗",
        "宽带装在{P}",
        "教材寄到{P}就行",
        "麻烦上门取件，{P}，下午在家",
        "订单{N:order_no}地址写错了，应该是{P}",
        "住址：{P}",
        "信用卡寄到{P}，单位地址不要了",
    ],
}

# --------------------------------------------------------------------------
# near-misses
# --------------------------------------------------------------------------


def _long_number(r, n: int) -> str:
    """A number of ``n`` digits that is no valid card nor ID number and holds no mobile head at its start."""
    while True:
        s = _digits(r, n, True)
        if 16 <= n <= 19 and luhn_ok(s):
            continue
        if n == 18 and id_ok(s):
            continue
        if n == 11 and s[0] == "1":
            continue
        return s


def nm_order(r):
    k = r.randrange(6)
    if k == 0:
        return _long_number(r, r.choice([16, 17, 18, 19, 20]))
    if k == 1:
        return "20" + str(r.randint(22, 25)) + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _long_number(r, r.choice([8, 10, 12]))
    if k == 2:
        return r.choice(["DD", "SH", "TK", "GD", "E", "P", "HT"]) + _digits(r, r.choice([12, 14, 16]))
    if k == 3:
        return _long_number(r, r.choice([12, 13, 14, 15]))
    if k == 4:
        return r.choice(["BX", "PICC", "CPIC"]) + "-" + str(r.randint(2021, 2025)) + "-" + _digits(r, 8)
    return _long_number(r, 21) + _digits(r, 3)


def nm_tracking(r):
    k = r.randrange(6)
    if k == 0:
        return "SF" + _digits(r, 13, True)
    if k == 1:
        return r.choice(["YT", "JT", "JD", "JDVA", "DPK", "YD"]) + _digits(r, r.choice([12, 13, 15]), True)
    if k == 2:
        return "7" + r.choice(["5", "3", "7"]) + _digits(r, 12)
    if k == 3:
        return r.choice(["E", "K", "L"]) + r.choice(_LET) + _digits(r, 9) + "CN"
    if k == 4:
        return "4" + _digits(r, 12)
    return "9" + _digits(r, 12)


def nm_amount(r):
    k = r.randrange(7)
    yuan = r.randint(1, 30000)
    if k == 0:
        return f"{yuan}元"
    if k == 1:
        return f"¥{yuan:,}.{r.randint(0, 99):02d}"
    if k == 2:
        return f"{yuan}.{r.randint(1, 99):02d}元"
    if k == 3:
        return f"{r.randint(1, 99)}.{r.randint(1, 9)}万"
    if k == 4:
        return f"RMB {r.randint(1000, 999999):,}"
    if k == 5:
        return f"￥{r.randint(1, 999)}"
    return f"{r.randint(100, 99999)}块"


def nm_price(r):
    k = r.randrange(6)
    if k == 0:
        return f"{r.randint(9, 9999)}元"
    if k == 1:
        return f"¥{r.randint(9, 999)}.{r.choice(['9', '99', '00', '5'])}"
    if k == 2:
        return f"{r.randint(5, 99)}.{r.randint(0, 9)}元一斤"
    if k == 3:
        return f"每平米{r.randint(8000, 120000)}元"
    if k == 4:
        return f"{r.randint(19, 599)}元/月"
    return f"{r.randint(100, 9999)}"


def nm_datetime(r):
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}", f"{y}年{m}月{d}日", f"{m}月{d}号下午{r.randint(1, 6)}点",
        f"{y}{m:02d}{d:02d}", f"{hh:02d}:{mm:02d}:{ss:02d}", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}{ss:02d}", f"{m}/{d}",
    ])


def nm_model(r):
    return r.choice([
        "iPhone 15 Pro Max", "iPhone14", "Mate 60 Pro", "HUAWEI P60", "KFR-35GW/NhGc1B", f"KFR-{r.choice([26, 35, 50, 72])}GW/{r.choice(['BpR3', 'N8', 'DY-PA400'])}",
        f"XQG{r.choice([80, 100, 120])}-B{r.randint(10000, 19999)}W", f"BCD-{r.randint(200, 650)}WDPG", f"SM-S{r.randint(9000, 9299)}",
        "RTX 4070 Ti", "WH-1000XM5", "Redmi K70", "EOS R50", "ThinkPad X1 Carbon", "MX Master 3S", f"V{r.randint(2200, 2399)}A",
        f"PHB{r.randint(100, 130)}", f"{r.randint(22000000, 23129999)}C", f"Z{r.randint(5, 9)} Turbo", f"L{r.randint(40, 75)}M{r.randint(5, 9)}-A{r.randint(2, 5)}",
        f"GR-{r.randint(1000, 9999)}", "A2894", f"M{r.randint(1900, 2399)}J{r.randint(10, 99)}C",
    ])


def nm_quantity(r):
    return r.choice([
        f"{r.randint(2, 50)}件", f"{r.choice(['两', '三', '五', '十'])}箱", f"{r.randint(2, 24)}瓶", f"{r.randint(100, 2500)}g",
        f"{r.randint(1, 9)}台", f"{r.randint(10, 500)}个", f"{r.randint(1, 9)}.{r.randint(1, 9)}公斤", f"{r.randint(5, 200)}G",
        f"{r.randint(100, 3000)}分钟", f"{r.randint(2, 30)}份", f"{r.randint(60, 200)}平米", f"{r.randint(10, 48)}课时",
    ])


def nm_count(r):
    n = r.choice([str(r.randint(2, 30)), r.choice(["二", "三", "四", "五", "六", "十", "N"])])
    return f"第{n}{r.choice(['次', '次', '次', '回', '遍', '期', '套', '胎'])}"


def nm_member(r):
    return r.choice([
        f"VIP{_digits(r, 8)}", _digits(r, 8, True), _digits(r, 10, True), f"{_digits(r, 4, True)} {_digits(r, 4)} {_digits(r, 4)}",
        f"M{_digits(r, 9)}", f"HY{_digits(r, 10)}", _digits(r, 12, True), f"{_digits(r, 6, True)}",
    ])


def nm_hotline(r):
    a, b = _digits(r, 3), _digits(r, 4)
    return r.choice([
        f"400-{a}-{b}", f"400{a}{b}", f"400 {a} {b}", f"4008-{_digits(r, 3)}-{_digits(r, 3)}", f"800-{a}-{b}",
        f"800{a}{b}", r.choice(["95588", "95533", "95555", "95599", "10086", "10010", "10000", "95511", "95518", "12315"]),
        f"400—{a}—{b}",
    ])


def nm_verify(r):
    return _digits(r, r.choice([4, 6, 6, 6]))


def nm_pickup(r):
    return r.choice([
        f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}", _digits(r, r.choice([4, 6, 8])),
        f"A{r.randint(1, 30)}-{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{_digits(r, 3)} {_digits(r, 3)}",
    ])


NEAR_VALUES: dict[str, Callable[[random.Random], str]] = {
    "order_no": nm_order, "tracking_no": nm_tracking, "amount": nm_amount, "price": nm_price,
    "datetime": nm_datetime, "model": nm_model, "quantity": nm_quantity, "count": nm_count,
    "member_no": nm_member, "hotline": nm_hotline, "verify_code": nm_verify, "pickup_code": nm_pickup,
}

NEAR_TEMPLATES: dict[str, list[str]] = {
    "order_no": [
        "订单号{N:order_no}，一直没发货", "帮我查下{N:order_no}这个订单到哪了", "我的订单{N:order_no}退款怎么还没到",
        "售后单号{N:order_no}已经提交了", "工单号{N:order_no}，你们上次说三天内回复", "保单号{N:order_no}，想问下理赔进度",
        "订单编号：{N:order_no}", "{N:order_no} 这个单子申请了仅退款", "完整的订单号是{N:order_no}", "这个单{N:order_no}能改地址吗",
        "合同编号{N:order_no}，首付什么时候交", "缴费流水号{N:order_no}，学费交了没显示", "{N:order_no}",
        "交易单号{N:order_no}扣了{N:amount}", "申请号{N:order_no}的信用卡审批到哪一步了",
    ],
    "tracking_no": [
        "快递单号{N:tracking_no}，三天没更新了", "顺丰单号{N:tracking_no}显示已签收但我没收到", "物流单号是{N:tracking_no}",
        "退货寄回去了，单号{N:tracking_no}", "{N:tracking_no} 这个件卡在中转站了", "运单号{N:tracking_no}麻烦催一下",
        "单号{N:tracking_no}派送员电话打不通", "寄回的快递{N:tracking_no}你们签收了吗", "补发的单号发我一下，原来的{N:tracking_no}丢件了",
        "{N:tracking_no}",
    ],
    "amount": [
        "退款金额{N:amount}怎么还没到账", "这个月信用卡账单{N:amount}，我没消费这么多", "保费一年{N:amount}对吗",
        "话费扣了{N:amount}，我没订业务", "首付{N:amount}，贷款三十年", "学费{N:amount}已经交了",
        "我转了{N:amount}过去，对方没收到", "到账只有{N:amount}，少了", "理赔了{N:amount}，比预计少", "余额显示{N:amount}",
        "押金{N:amount}什么时候退", "这笔{N:amount}的扣款是什么",
    ],
    "price": [
        "这款现在多少钱？页面上写{N:price}", "昨天买的时候{N:price}，今天就降价了能保价吗", "套餐{N:price}包含多少流量",
        "你们标价{N:price}，结算怎么变贵了", "这个小区均价{N:price}左右吧", "网课{N:price}一节还是一期", "单价{N:price}，买{N:quantity}",
        "原价{N:price}现在活动价多少", "{N:price}的那款还有货吗", "车险报价{N:price}有点贵",
    ],
    "datetime": [
        "我是{N:datetime}下的单", "预约的{N:datetime}上门，师傅没来", "{N:datetime}扣的款", "快递显示{N:datetime}已签收",
        "还款日是{N:datetime}吗", "合同到期时间{N:datetime}", "课程改到{N:datetime}了", "{N:datetime} 那笔交易我不认",
        "保单生效日期{N:datetime}", "交易时间：{N:datetime}", "交房时间说是{N:datetime}",
    ],
    "model": [
        "我买的{N:model}，开机就黑屏", "型号是{N:model}的空调，遥控器丢了", "{N:model}有没有现货",
        "洗衣机型号{N:model}，显示E21", "手机型号{N:model}，能装你们的银行APP吗", "我想换{N:model}，合约机怎么办",
        "{N:model}保修几年", "收到的是{N:model}，我买的不是这个型号",
    ],
    "quantity": [
        "我买了{N:quantity}，只收到一半", "下单{N:quantity}，发货少了", "套餐里说每月{N:quantity}，怎么不够用",
        "能不能再加{N:quantity}", "退{N:quantity}可以吗", "房子建筑面积{N:quantity}", "还剩{N:quantity}没上",
        "一共{N:quantity}，少发了{N:quantity}",
    ],
    "count": [
        "这已经是我{N:count}打电话了", "{N:count}申请退款了还是被驳回", "我这是{N:count}贷款买房", "{N:count}催件了",
        "同一个问题反映{N:count}了", "这是{N:count}补发了还是坏的", "孩子{N:count}上课就被调课", "密码输错{N:count}就锁了吗",
    ],
    "member_no": [
        "会员卡号{N:member_no}，积分怎么清零了", "我的会员号是{N:member_no}", "用会员{N:member_no}下单能打折吗",
        "积分卡{N:member_no}查一下余额", "学员编号{N:member_no}，课时还剩多少", "客户编号{N:member_no}的宽带续费",
        "会员账号{N:member_no}登录不了", "{N:member_no}是我的会员号",
    ],
    "hotline": [
        "我打了{N:hotline}一直占线", "你们客服电话{N:hotline}是官方的吗", "发票上写的{N:hotline}打不通",
        "拨打{N:hotline}转人工要等多久", "短信让我回拨{N:hotline}，是不是诈骗", "说明书上的售后电话{N:hotline}没人接",
        "{N:hotline}说让我找你们", "客服热线：{N:hotline}",
    ],
    "verify_code": [
        "验证码{N:verify_code}，提示错误", "短信里的{N:verify_code}输进去说过期了", "动态码是{N:verify_code}吗",
        "刚收到个{N:verify_code}的验证码", "我输入了{N:verify_code}还是登录不上", "校验码{N:verify_code}",
        "验证码：{N:verify_code}，五分钟内有效", "收到{N:verify_code}，不是我操作的",
    ],
    "pickup_code": [
        "驿站给的取件码{N:pickup_code}，找不到包裹", "丰巢取件码{N:pickup_code}打不开柜门", "取货码{N:pickup_code}，店员说没有这单",
        "{N:pickup_code}这个取件码过期了怎么办", "提货码是{N:pickup_code}", "取餐号{N:pickup_code}还没做好",
        "取件码：{N:pickup_code}", "柜子的开箱码{N:pickup_code}不对",
    ],
}

# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------

_OPEN = ["", "", "", "你好，", "您好 ", "在吗 ", "客服，", "亲，", "hi ", "喂 ", "麻烦问下，", "急！"]
_CLOSE = ["", "", "", "。", "！", "~", "??", " 谢谢", "，急", "，谢谢了", "。。", " 麻烦了"]
_SLOT = re.compile(r"\{(P|N:[a-z_]+)\}")


def _habit(r: random.Random, tpl: str) -> str:
    """Typing habits on the template text only (never inside slots)."""
    if r.random() < 0.25:
        tpl = tpl.replace("，", r.choice([",", " ", "，"]))
    if r.random() < 0.15:
        tpl = tpl.replace("：", r.choice([":", " ", "："]))
    return r.choice(_OPEN) + tpl + r.choice(_CLOSE)


def _render(tpl: str, r: random.Random, fmt: str | None) -> dict[str, Any]:
    tpl = _habit(r, tpl)
    text, ents, fmts, nms = "", [], [], []
    pos = 0
    for m in _SLOT.finditer(tpl):
        text += tpl[pos:m.start()]
        slot = m.group(1)
        if slot == "P":
            kind, fn, _ = FORMATS[fmt]
            before, value, after = fn(r)
            if before.startswith("加"):  # no "加我加QQ": the cue already says 加
                if text.endswith("加我"):
                    text = text[:-2]
                elif fmt != "wechat.加v":
                    before = before[1:]
            text += before
            ents.append((kind, len(text), len(text) + len(value)))
            fmts.append(fmt)
            text += value + after
        else:
            nk = slot[2:]
            v = NEAR_VALUES[nk](r)
            nms.append((nk, len(text), len(text) + len(v)))
            text += v
        pos = m.end()
    text += tpl[pos:]
    return {"text": text, "entities": ents, "formats": fmts, "near_misses": nms}


def make_blind2_corpus(*, n_per_format: int = 16, n_per_near: int = 55, random_state: int = 0) -> pd.DataFrame:
    """``n_per_format`` PII sentences per format (54 formats -> 864) and ``n_per_near`` per near-miss kind (12 -> 660)."""
    r = random.Random(f"{SEED}-{random_state}")
    rows = []
    for fmt, (_, _, ctx) in FORMATS.items():
        tpls = CONTEXTS[ctx]
        order = list(range(len(tpls)))
        r.shuffle(order)
        for i in range(n_per_format):
            rows.append(_render(tpls[order[i % len(order)]], r, fmt))
    for _kind, tpls in NEAR_TEMPLATES.items():
        for i in range(n_per_near):
            tpl = tpls[i] if i < len(tpls) else r.choice(tpls)
            rows.append(_render(tpl, r, None))
    df = pd.DataFrame(rows)
    df["split"] = "blind2"
    return df


# --------------------------------------------------------------------------
# one evaluation, written to bench/results/pii_blind2.md
# --------------------------------------------------------------------------


def _md_table(df: pd.DataFrame) -> str:
    cols = list(df.columns)
    out = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" if c in ("group", "label", "kind") else "---:" for c in cols) + "|"]
    for _, row in df.iterrows():
        cells = []
        for c in cols:
            v = row[c]
            cells.append(f"{v:.3f}" if isinstance(v, float) and v == v else ("" if isinstance(v, float) else str(v)))
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def evaluate_blind2(df: pd.DataFrame) -> dict[str, Any]:
    from toolkit.privacy import evaluate_formats, find_pii, mask_pii

    table = evaluate_formats(df)
    pii = table[table["group"] == "pii"]
    near = table[table["group"] == "near_miss"]
    misses, false_masks = [], []
    for text, ents, fmts, nms in zip(df["text"], df["entities"], df["formats"], df["near_misses"], strict=True):
        found = find_pii(text)
        for (_k, a, b), f in zip(ents, fmts, strict=True):
            cov = set()
            for m in found:
                cov.update(range(max(a, m.start), min(b, m.end)))
            if len(cov) < b - a:
                misses.append((f, text[a:b], text, mask_pii(text)))
        for nk, a, b in nms:
            if any(m.start < b and m.end > a for m in found):
                false_masks.append((nk, text[a:b], text, mask_pii(text)))
    return {
        "table": table,
        "recall": pii["ok"].sum() / pii["n"].sum(),
        "survival": near["ok"].sum() / near["n"].sum(),
        "n_entities": int(pii["n"].sum()), "n_near": int(near["n"].sum()),
        "ok_entities": int(pii["ok"].sum()), "ok_near": int(near["ok"].sum()),
        "n_pii_sentences": int(sum(bool(e) for e in df["entities"])),
        "n_near_sentences": int(sum(not e for e in df["entities"])),
        "misses": misses, "false_masks": false_masks,
    }


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_report(path: str = "bench/results/pii_blind2.md") -> dict[str, Any]:
    df = make_blind2_corpus()
    res = evaluate_blind2(df)
    t = res["table"]
    lines = [
        "# Second blind PII corpus (independent writer)",
        "",
        f"Corpus: `tests/privacy/pii_blind2.py` (`make_blind2_corpus()`, seed `{SEED}-0`), written without reading "
        "the masking rules, the other corpora's templates, earlier results or `test_mask.py`. "
        f"{len(df)} sentences: {res['n_pii_sentences']} with personal data ({res['n_entities']} labelled entities), "
        f"{res['n_near_sentences']} near-miss sentences ({res['n_near']} labelled near-misses in all, counting those "
        "inside PII sentences).",
        "",
        "Evaluated once with `toolkit.privacy.evaluate_formats` (default `find_pii`, no staff directory).",
        "",
        f"**Overall recall: {res['recall']:.4f}** ({res['ok_entities']}/{res['n_entities']})  ",
        f"**Overall near-miss survival: {res['survival']:.4f}** ({res['ok_near']}/{res['n_near']})",
        "",
        "## Per format (recall) and per near-miss kind (survival)",
        "",
        _md_table(t),
        "",
        f"## Misses (first 30 of {len(res['misses'])})",
        "",
        "| format | value | text | masked |",
        "|---|---|---|---|",
    ]
    for f, v, text, masked in res["misses"][:30]:
        lines.append(f"| {f} | `{_esc(v)}` | {_esc(text)} | {_esc(masked)} |")
    lines += ["", f"## False masks (all {len(res['false_masks'])})", "", "| near-miss kind | value | text | masked |", "|---|---|---|---|"]
    for k, v, text, masked in res["false_masks"]:
        lines.append(f"| {k} | `{_esc(v)}` | {_esc(text)} | {_esc(masked)} |")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return res


if __name__ == "__main__":
    out = write_report()
    print(f"recall {out['recall']:.4f}  survival {out['survival']:.4f}")

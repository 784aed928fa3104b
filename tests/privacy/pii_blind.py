"""A blind held-out corpus of personal data per format, with near-misses (issue 18 §2).

"It will be judged on sentences you do not have." This module was written
without reading the masking rules (``toolkit/privacy/_patterns.py``,
``mask.py``) nor the templates of the other held-out splits
(:mod:`tests.privacy.pii_dev2`, :mod:`tests.privacy.pii_heldout`). Only the
corpus *interface* of :mod:`tests.privacy.pii_formats` and the signature of
:func:`toolkit.privacy.evaluate_formats` were read, so that the frame plugs in.

Everything is invented here: the contexts (customer-service chats about
parcels, refunds, installations, banks, car services, group buys ...), the
cue words as people type them (扣扣, 企鹅, 薇信, V信, vx号, 加我v, 手机同微信, typos
such as 手机浩, 身分证, 威信), the separators and spacing habits, the value
renderers and the near-miss values. Numbers are random; ID numbers carry a
valid check digit and bank cards a valid Luhn digit (both computed here),
while near-miss numbers of card or ID length are drawn so that they *fail*
those checks (otherwise they would be genuine look-alikes).

Columns of :func:`make_blind_corpus`: ``text``, ``entities`` (list of
``(kind, start, end)``), ``formats`` (one format name per entity),
``near_misses`` (list of ``(near_kind, start, end)``) and ``split``
(``"blind"``). Rows with at least one entity are "PII sentences"; rows with
none are "near-miss sentences".

Run ``python -m tests.privacy.pii_blind`` to evaluate the current
:func:`toolkit.privacy.find_pii` once and write ``bench/results/pii_blind.md``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pandas as pd

SEED = "blind-issue18-2"

# A rendered value: (unlabelled text before, the labelled value, unlabelled text after).
Value = tuple[str, str, str]
Renderer = Callable[[random.Random], Value]

# --------------------------------------------------------------------------
# Number helpers (written here, independent of the other splits)
# --------------------------------------------------------------------------

_MOBILE_HEADS = (
    [f"13{d}" for d in "0123456789"]
    + ["145", "147", "149", "150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177", "178"]
    + [f"18{d}" for d in "0123456789"]
    + ["190", "191", "192", "193", "195", "196", "197", "198", "199"]
)
_FW = str.maketrans("0123456789-+()/. :@", "０１２３４５６７８９－＋（）／．　：＠")
_CN_DIGIT = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _mobile(r: random.Random) -> str:
    return r.choice(_MOBILE_HEADS) + _d(r, 8)


def _luhn_check(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return str((10 - s % 10) % 10)


def _luhn_valid(n: str) -> bool:
    return _luhn_check(n[:-1]) == n[-1]


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W, strict=True)) % 11]


def _id_valid(n: str) -> bool:
    return len(n) == 18 and n[:17].isdigit() and _id_check(n[:17]) == n[17].upper()


# Region codes of county-level units (six digits), a mix of cities and rural counties.
_REGION = ["430104", "430124", "340102", "341221", "410105", "411525", "510107", "510681", "610113", "610425",
           "370211", "371122", "330212", "330381", "440604", "441302", "320505", "320321", "530111", "532901",
           "420111", "421182", "360111", "362330", "130637", "140211", "210211", "230602", "350581", "450305",
           "500235", "520111", "620105", "640205", "652901", "150203", "220581", "460105", "120110", "110114"]


def _id_number(r: random.Random, tail: str | None = None) -> str:
    while True:
        y = r.randint(1955, 2006)
        m = r.randint(1, 12)
        day = r.randint(1, 28 if m == 2 else 30)
        body = f"{r.choice(_REGION)}{y}{m:02d}{day:02d}{_d(r, 3)}"
        s = body + _id_check(body)
        if tail is None or s[-1] == tail:
            return s


# Issuer prefixes (debit cards mostly 19 digits, credit cards 16).
_DEBIT_BIN = ["622208", "621225", "622848", "623052", "621661", "621785", "621700", "622280", "622588", "621483",
              "622262", "621799", "622188", "622908", "622622", "622660", "622690", "623668", "621098", "622823"]
_CREDIT_BIN = ["625807", "524374", "356879", "402674", "518905", "622155", "625330", "438088", "489592", "552534",
               "622836", "628266"]


def _card(r: random.Random, length: int) -> str:
    bins = _DEBIT_BIN if length >= 17 else _CREDIT_BIN
    body = r.choice(bins) + _d(r, length - 7)
    return body + _luhn_check(body)


def _chunks(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _plain(s: str) -> Value:
    return ("", s, "")


# --------------------------------------------------------------------------
# PII renderers: mobile
# --------------------------------------------------------------------------


def _mob_space(r: random.Random) -> Value:
    n = _mobile(r)
    sizes = r.choice([[3, 4, 4], [3, 4, 4], [3, 8], [4, 3, 4], [7, 4], [3, 3, 5], [3, 4, 4]])
    sep = r.choice([" ", " ", "  ", " ", "\u3000"])
    return _plain(sep.join(_chunks(n, sizes)))


def _mob_dash(r: random.Random) -> Value:
    n = _mobile(r)
    sizes = r.choice([[3, 4, 4], [3, 8], [3, 4, 4], [4, 4, 3], [7, 4]])
    sep = r.choice(["-", "-", "—", "--", " - ", "－"])
    return _plain(sep.join(_chunks(n, sizes)))


def _mob_dot(r: random.Random) -> Value:
    n = _mobile(r)
    sizes = r.choice([[3, 4, 4], [3, 4, 4], [3, 8], [4, 4, 3]])
    return _plain(r.choice([".", ".", "·", "。", "．"]).join(_chunks(n, sizes)))


def _mob_slash(r: random.Random) -> Value:
    n = _mobile(r)
    sizes = r.choice([[3, 4, 4], [3, 8], [3, 4, 4]])
    return _plain(r.choice(["/", "/", " / ", "\\", "|", "丨"]).join(_chunks(n, sizes)))


def _mob_fullwidth(r: random.Random) -> Value:
    n = _mobile(r)
    k = r.random()
    if k < 0.25:  # half-width and full-width mixed, as IMEs switch mid-number
        cut = r.randint(3, 8)
        return _plain(n[:cut] + n[cut:].translate(_FW))
    s = n if k < 0.6 else r.choice([f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]}.{n[3:7]}.{n[7:]}"])
    return _plain(s.translate(_FW))


def _mob_mixed(r: random.Random) -> Value:
    n = _mobile(r)
    return _plain(r.choice([
        f"{n[:3]} {n[3:7]}-{n[7:]}", f"{n[:3]}-{n[3:7]} {n[7:]}", f"{n[:3]}.{n[3:7]}-{n[7:]}",
        f"{n[:3]}/{n[3:7]} {n[7:]}", f"({n[:3]}){n[3:7]}-{n[7:]}", f"{n[:3]} - {n[3:7]}.{n[7:]}",
        f"{n[:3]}_{n[3:7]}_{n[7:]}", f"{n[:3]}*{n[3:7]}*{n[7:]}", f"{n[:3]}、{n[3:7]}、{n[7:]}",
        f"{n[:3]}，{n[3:7]}，{n[7:]}", f"{n[:1]} {n[1:3]} {n[3:7]} {n[7:]}",
    ]))


def _mob_digit_spaced(r: random.Random) -> Value:
    n = _mobile(r)
    return _plain(r.choice([" ", " ", "-", ","]).join(n))


def _mob_intl(r: random.Random) -> Value:
    n = _mobile(r)
    pre = r.choice(["+86 ", "+86", "+86-", "0086 ", "0086", "0086-", "86-", "86 ", "(+86)", "（+86）", "+86 ",
                    "+ 86 ", "＋86 ", "86+"])
    body = r.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}"])
    return (pre, body, "")


def _mob_glued_after(r: random.Random) -> Value:
    n = _mobile(r)
    tail = r.choice(["a", "A", "abc", "w", "x", "zz", "ok", "OK", ",", ".", "!", "?", "？", "！", "~", "~~", "。。",
                     "...", "/", "_", ")", "）", "#", "*", "转", "V", "v同号", "（微信同）", "/vx", "dd", "qq"])
    return ("", n, tail)


def _mob_glued_before(r: random.Random) -> Value:
    n = _mobile(r)
    head = r.choice(["tel", "Tel.", "TEL:", "tel：", "Mob:", "mobile", "Phone:", "phone", "ph", "No.", "#", "@", "T:",
                     "电话#", "→", "=", "dh", "sj", "手机号码:"])
    return (head, n, "")


def _mob_cn_numerals(r: random.Random) -> Value:
    n = _mobile(r)
    out = []
    mix = r.random() < 0.5
    for ch in n:
        if not mix or r.random() < 0.6:
            out.append("幺" if ch == "1" and r.random() < 0.6 else _CN_DIGIT[ch])
        else:
            out.append(ch)
    s = "".join(out)
    if r.random() < 0.3:
        s = f"{s[:3]} {s[3:7]} {s[7:]}"
    return _plain(s)


def _mob_split_words(r: random.Random) -> Value:
    n = _mobile(r)
    a, b, c = n[:3], n[3:7], n[7:]
    return _plain(r.choice([
        f"{a}，后面{b}{c}", f"{a}开头的，{b}{c}", f"{a} 然后 {b} {c}", f"{a}{b}，尾号{c}",
        f"{a}，中间{b}，后四位{c}", f"{a}……{b}……{c}", f"{a}{b}再加{c}", f"{a}的{b}{c}",
        f"{a} {b} 最后是{c}", f"{a}-{b}后面{c}",
    ]))


def _mob_wild_cue(r: random.Random) -> Value:
    n = _mobile(r)
    cue = r.choice(["手机📱", "📞", "☎️", "☎", "tel ", "TEL：", "手ji", "shouji ", "sj:", "电.话", "电hua", "dian话",
                    "手机浩", "手记号", "联系电化", "手机号吗", "收机号", "号码呢是", "c电话", "fone", "手机/微信：",
                    "手机号(微信同号)", "联系人电话 ", "➕", "call我 ", "Tel/Wechat: "])
    return (cue, n, "")


def _mob_same_as_wechat(r: random.Random) -> Value:
    n = _mobile(r)
    cue = r.choice(["手机同微信", "手机同微信 ", "手机同微信：", "微信同手机", "微信同手机号", "vx同号", "V信同号 ", "薇信同号",
                    "微信=手机", "wx同手机", "手机号就是微信号 ", "手机微信一个号", "电话微信同号", "加微信搜手机号"])
    if r.random() < 0.5:
        return (cue, n, "")
    return ("", n, r.choice(["（手机同微信）", " 手机同微信", "，微信同号", "(vx同号)", " v同", "，加v也是这个", "微信同步"]))


def _mob_plain_ctx(r: random.Random) -> Value:
    return _plain(_mobile(r))


# --------------------------------------------------------------------------
# PII renderers: landline
# --------------------------------------------------------------------------

_AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
_AREA4 = ["0731", "0551", "0371", "0532", "0574", "0757", "0512", "0871", "0411", "0451", "0311", "0591", "0592",
          "0769", "0791", "0851", "0898", "0931", "0471", "0351", "0373", "0746", "0558", "0379", "0513", "0536"]


def _local(r: random.Random, area: str) -> str:
    n = 8 if area in _AREA3 or r.random() < 0.7 else 7
    return r.choice("2345678") + _d(r, n - 1)


def _area(r: random.Random) -> str:
    return r.choice(_AREA3 if r.random() < 0.4 else _AREA4)


def _land_dash(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    return _plain(r.choice([f"{a}-{loc}", f"{a}-{loc}", f"{a} - {loc}", f"{a}—{loc}", f"{a}-{loc[:4]}-{loc[4:]}",
                            f"{a}－{loc}"]))


def _land_space(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    return _plain(r.choice([f"{a} {loc}", f"{a}{loc}", f"{a} {loc[:4]} {loc[4:]}", f"{a}  {loc}", f"{a}.{loc}",
                            f"{a}/{loc}"]))


def _land_paren(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    return _plain(r.choice([f"({a}){loc}", f"（{a}）{loc}", f"({a}) {loc}", f"（{a}）{loc[:4]}-{loc[4:]}",
                            f"[{a}]{loc}", f"({a})-{loc}"]))


def _land_no_area(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    return _plain(r.choice([loc, loc, f"{loc[:4]}-{loc[4:]}", f"{loc[:4]} {loc[4:]}", f"{loc[:3]}-{loc[3:]}"]))


def _land_ext(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    ext = _d(r, r.choice([3, 3, 4, 2]))
    num = r.choice([f"{a}-{loc}", f"{a}{loc}", f"({a}){loc}", f"{a} {loc}", loc])
    glue = r.choice(["转", "-", " 转", "转分机", " 分机", "分机号", " ext.", "ext", " EXT ", "#", " 转 ", "，分机"])
    return ("", num, glue + ext)


def _land_intl(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    pre = r.choice(["+86-", "+86 ", "0086-", "0086 ", "86-", "+86 (", "(+86)"])
    if pre == "+86 (":
        return ("+86 (", f"{a[1:]}) {loc}", "")
    return (pre, r.choice([f"{a[1:]}-{loc}", f"{a[1:]} {loc}", f"{a[1:]}{loc}"]), "")


def _land_fullwidth(r: random.Random) -> Value:
    a = _area(r)
    loc = _local(r, a)
    return _plain(r.choice([f"{a}-{loc}", f"({a}){loc}", f"{a}{loc}"]).translate(_FW))


# --------------------------------------------------------------------------
# PII renderers: QQ and WeChat
# --------------------------------------------------------------------------


def _qq_num(r: random.Random) -> str:
    k = r.choice([5, 6, 7, 8, 9, 9, 10, 10, 10])
    if k == 10:
        return r.choice("123") + _d(r, 9)
    return r.choice("123456789") + _d(r, k - 1)


_QQ_CUES = ["扣扣", "扣扣号", "企鹅", "企鹅号", "QQ", "qq", "Q号", "q号", "QQ号码", "扣扣号码", "抠抠", "球球", "ＱＱ",
            "Qq", "q q", "Q Q", "QQ好", "扣扣好", "qq号吗", "企鹅号码", "加Q", "加q", "扣", "Q", "q:", "小企鹅", "QQ號"]
_SEPS = ["", "", "：", ":", " ", "是", "号是", "： ", " : ", "=", "->", "～", "丨", "，", " 是 ", "—"]


def _qq_cue(r: random.Random) -> Value:
    cue = r.choice(_QQ_CUES)
    sep = r.choice(_SEPS)
    if "号" in cue[-2:] and sep.startswith("号"):
        sep = sep[1:]
    return (cue + sep, _qq_num(r), "")


def _qq_spaced(r: random.Random) -> Value:
    n = _qq_num(r)
    s = r.choice([" ".join(_chunks(n, [3, 3, 4])), " ".join(_chunks(n, [4, 4])), "-".join(_chunks(n, [3, 3, 3])),
                  " ".join(n), n.translate(_FW)])
    return (r.choice(["扣扣 ", "QQ：", "企鹅号", "qq ", "Q号："]), s, "")


def _qq_after(r: random.Random) -> Value:
    n = _qq_num(r)
    return ("", n, r.choice(["（QQ）", "(扣扣)", "是我扣扣", " 企鹅", "这个是QQ", "qq", "，QQ号", "[QQ]", "（q）"]))


def _qq_mail_hint(r: random.Random) -> Value:
    # "QQ 就是邮箱前面那串": the bare number after a cue that points at QQ.
    return (r.choice(["QQ邮箱前缀", "扣扣就是", "企鹅就是这个", "QQ跟邮箱一样 ", "小号Q："]), _qq_num(r), "")


_PINYIN = ["xiaoyu", "chenchen", "wangfang", "liming", "zhaolei", "yy", "momo", "tiantian", "lulu", "huanhuan",
           "dabao", "xiaopang", "ajie", "amy", "kevin", "sunny", "coco", "leo", "nana", "jiajia", "mumu", "zhou",
           "hxm", "lxq", "wjj", "Tina", "Jason", "Cathy", "Angel", "Summer"]


def _wx_id(r: random.Random) -> str:
    style = r.random()
    if style < 0.15:
        return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice([12, 14])))
    base = r.choice(_PINYIN)
    tail = r.choice([str(r.randint(1, 99)), str(r.randint(1970, 2005)), f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                     _d(r, 3), "", "x", "666", "520", "hh"])
    sep = r.choice(["", "", "_", "-", "_", ""]) if tail else ""
    s = base + sep + tail
    if len(s) < 6:
        s += _d(r, 6 - len(s) + r.randint(0, 2))
    if r.random() < 0.2:
        s = s[0].upper() + s[1:]
    return s[:20]


_WX_CUES = ["薇信", "V信", "v信", "vx号", "vx", "VX", "加我v", "加我V", "wx", "WX号", "wechat", "WeChat ID", "weixin",
            "威信", "微芯", "维信", "徽信", "微 信", "微信号码", "加V", "+v", "➕v", "＋vx", "卫星", "绿泡泡", "V", "v号",
            "薇❤", "微x", "wei xin", "VX号", "vx号码"]


def _wx_cue(r: random.Random) -> Value:
    cue = r.choice(_WX_CUES)
    sep = r.choice(_SEPS)
    if "号" in cue[-2:] and sep.startswith("号"):
        sep = sep[1:]
    return (cue + sep, _wx_id(r), "")


def _wx_wxid(r: random.Random) -> Value:
    s = "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice([12, 14, 14])))
    return (r.choice(["", "微信", "vx：", "微信号 ", "原始id "]), s, "")


def _wx_after(r: random.Random) -> Value:
    return ("", _wx_id(r), r.choice(["（微信）", "是我vx", " 这个是薇信", "(v)", "，加微信备注订单号", " wx", "【V】"]))


def _wx_std(r: random.Random) -> Value:
    return (r.choice(["微信", "微信号", "微信号：", "微信：", "加微信", "微信 "]), _wx_id(r), "")


# --------------------------------------------------------------------------
# PII renderers: e-mail
# --------------------------------------------------------------------------

_MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "139.com", "sina.cn", "sina.com", "yeah.net", "aliyun.com", "icloud.com",
                 "gmail.com", "outlook.com", "hotmail.com", "foxmail.com", "sohu.com", "vip.163.com", "188.com",
                 "mail.hnu.edu.cn", "stu.scu.edu.cn", "xinghe-tech.com.cn", "jlmy-group.com", "corp.hengda.cn"]


def _mail_local(r: random.Random) -> str:
    return r.choice([
        r.choice(_PINYIN).lower() + _d(r, r.randint(0, 4)),
        f"{r.choice(_PINYIN).lower()}.{r.choice(_PINYIN).lower()}",
        f"{r.choice(_PINYIN).lower()}_{r.randint(1980, 2006)}",
        _qq_num(r),
        r.choice(_PINYIN).lower() + "-" + _d(r, 2),
        "a" + _d(r, 8),
    ])


def _mail_plain(r: random.Random) -> Value:
    return _plain(f"{_mail_local(r)}@{r.choice(_MAIL_DOMAINS)}")


def _mail_caps(r: random.Random) -> Value:
    s = f"{_mail_local(r)}@{r.choice(_MAIL_DOMAINS)}"
    return _plain(s.upper() if r.random() < 0.5 else s[0].upper() + s[1:])


def _mail_spaced(r: random.Random) -> Value:
    loc, dom = _mail_local(r), r.choice(_MAIL_DOMAINS)
    return _plain(r.choice([f"{loc} @{dom}", f"{loc}@ {dom}", f"{loc} @ {dom}", f"{loc}@{dom.replace('.', ' . ', 1)}"]))


def _mail_fullwidth(r: random.Random) -> Value:
    loc, dom = _mail_local(r), r.choice(_MAIL_DOMAINS)
    return _plain(r.choice([f"{loc}＠{dom}", f"{loc}@{dom.replace('.', '．')}", f"{loc}＠{dom.replace('.', '。')}",
                            f"{loc}@{dom.replace('.', '。')}"]))


def _mail_obfuscated(r: random.Random) -> Value:
    loc, dom = _mail_local(r), r.choice(_MAIL_DOMAINS)
    return _plain(r.choice([f"{loc}艾特{dom}", f"{loc}(at){dom}", f"{loc}[at]{dom}", f"{loc} at {dom}",
                            f"{loc}#{dom}", f"{loc}圈a{dom}", f"{loc} AT {dom.replace('.', ' dot ')}", f"{loc}@{dom.replace('.', '点')}"]))


def _mail_glued(r: random.Random) -> Value:
    return ("", f"{_mail_local(r)}@{r.choice(_MAIL_DOMAINS)}", r.choice(["谢谢", "就行", "里", "哈", "，", "。", "!!", "～", "呢"]))


# --------------------------------------------------------------------------
# PII renderers: ID cards
# --------------------------------------------------------------------------


def _id_plain(r: random.Random) -> Value:
    return _plain(_id_number(r))


def _id_x(r: random.Random) -> Value:
    s = _id_number(r, tail="X")
    return _plain(s if r.random() < 0.5 else s[:-1] + "x")


def _id_spaced(r: random.Random) -> Value:
    s = _id_number(r, tail="X" if r.random() < 0.2 else None)
    sizes = r.choice([[6, 8, 4], [6, 4, 4, 4], [3, 3, 4, 4, 4], [6, 8, 3, 1], [4, 4, 4, 4, 2], [6, 12]])
    return _plain(r.choice([" ", " ", "-", "  "]).join(_chunks(s, sizes)))


def _id_fullwidth(r: random.Random) -> Value:
    s = _id_number(r, tail="X" if r.random() < 0.2 else None)
    s = s.translate(_FW)
    return _plain(s.replace("X", "Ｘ") if r.random() < 0.5 else s)


def _id_glued(r: random.Random) -> Value:
    s = _id_number(r)
    return (r.choice(["", "sfz", "ID", "证", "本人"]), s, r.choice(["", "本人", "号", "的", "，", "。", "a", "（本人）"]))


def _id_cue_typo(r: random.Random) -> Value:
    cue = r.choice(["身分证", "身份正", "省份证", "身份证好", "sfz号", "身份证呺", "证件号吗", "身fen证", "shenfenzheng",
                    "身证号", "身份zheng", "证件", "sfz：", "SFZ "])
    return (cue + r.choice(["", "：", " ", "是"]), _id_number(r), "")


# --------------------------------------------------------------------------
# PII renderers: bank cards
# --------------------------------------------------------------------------


def _card_19(r: random.Random) -> Value:
    return _plain(_card(r, r.choice([19, 19, 19, 17, 18])))


def _card_16(r: random.Random) -> Value:
    return _plain(_card(r, 16))


def _card_grouped(r: random.Random) -> Value:
    n = _card(r, r.choice([16, 19, 19]))
    return _plain(r.choice([" ", " ", "  ", "\u3000"]).join(_chunks(n, [4] * 5)))


def _card_dash(r: random.Random) -> Value:
    n = _card(r, r.choice([16, 19]))
    return _plain(r.choice(["-", "－", "—", "."]).join(_chunks(n, [4] * 5)))


def _card_odd_groups(r: random.Random) -> Value:
    n = _card(r, 19)
    sizes = r.choice([[6, 13], [6, 6, 7], [4, 4, 4, 7], [3, 4, 4, 4, 4], [6, 4, 4, 5]])
    return _plain(r.choice([" ", "-"]).join(_chunks(n, sizes)))


def _card_fullwidth(r: random.Random) -> Value:
    n = _card(r, r.choice([16, 19]))
    return _plain(r.choice([n, " ".join(_chunks(n, [4] * 5))]).translate(_FW))


def _card_glued(r: random.Random) -> Value:
    n = _card(r, r.choice([16, 19, 19]))
    return (r.choice(["", "卡", "No.", "#", "账户"]), n, r.choice(["", "这张", "的", "里", "，", "。", "(工行)", "建行"]))


# --------------------------------------------------------------------------
# PII renderers: licence plates
# --------------------------------------------------------------------------

_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXY"


def _plate_tail5(r: random.Random) -> str:
    chars = [str(r.randrange(10)) for _ in range(5)]
    n_letters = r.choices([0, 1, 2], weights=[55, 30, 15])[0]
    for i in r.sample(range(5), n_letters):
        chars[i] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(chars)


def _plate_plain(r: random.Random) -> Value:
    return _plain(r.choice(_PROV) + r.choice(_PLATE_L) + _plate_tail5(r))


def _plate_sep(r: random.Random) -> Value:
    return _plain(r.choice(_PROV) + r.choice(_PLATE_L) + r.choice(["·", "•", " ", "-", "．", "・", "  "]) + _plate_tail5(r))


def _plate_spaced_all(r: random.Random) -> Value:
    p = r.choice(_PROV) + r.choice(_PLATE_L) + _plate_tail5(r)
    return _plain(r.choice([f"{p[0]} {p[1]} {p[2:]}", f"{p[0]} {p[1:]}", " ".join(p), f"{p[:2]} {p[2:4]} {p[4:]}"]))


def _plate_ev(r: random.Random) -> Value:
    tail = r.choice("DF") + _d(r, 5) if r.random() < 0.7 else _d(r, 5) + r.choice("DF")
    return _plain(r.choice(_PROV) + r.choice(_PLATE_L) + r.choice(["", "", "·", " "]) + tail)


def _plate_lower(r: random.Random) -> Value:
    p = r.choice(_PROV) + r.choice(_PLATE_L) + _plate_tail5(r)
    return _plain(p.lower())


# --------------------------------------------------------------------------
# PII renderers: addresses
# --------------------------------------------------------------------------

_GEO = [  # (province, city, districts), written with and without 省/市 as people type them
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]), ("安徽省", "合肥市", ["蜀山区", "包河区", "经开区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "高新区"]), ("四川省", "成都市", ["武侯区", "锦江区", "双流区"]),
    ("广东省", "佛山市", ["南海区", "顺德区", "禅城区"]), ("山东省", "青岛市", ["崂山区", "黄岛区", "市北区"]),
    ("浙江省", "宁波市", ["鄞州区", "江北区", "北仑区"]), ("江苏省", "苏州市", ["吴中区", "工业园区", "相城区"]),
    ("湖北省", "武汉市", ["洪山区", "江夏区", "武昌区"]), ("江西", "南昌", ["红谷滩区", "青山湖区"]),
    ("河北", "石家庄", ["长安区", "裕华区"]), ("福建省", "厦门市", ["思明区", "湖里区", "集美区"]),
    ("云南", "昆明", ["五华区", "官渡区"]), ("广西", "南宁", ["青秀区", "西乡塘区"]), ("陕西省", "西安市", ["雁塔区", "未央区", "长安区"]),
    ("河南", "洛阳", ["涧西区", "洛龙区"]), ("广东", "东莞市", ["南城街道", "松山湖"]), ("四川", "绵阳市", ["涪城区", "游仙区"]),
    ("湖南", "岳阳市", ["岳阳楼区", "经开区"]), ("安徽", "芜湖市", ["镜湖区", "鸠江区"]),
]
_PROVINCES = [g[0] for g in _GEO]
_DISTRICTS = sorted({d for g in _GEO for d in g[2]})


def _geo(r: random.Random) -> tuple[str, str, str]:
    p, c, ds = r.choice(_GEO)
    return p, c, r.choice(ds)
_STREETS = ["梅溪湖街道", "琥珀街道", "花园路街道", "玉林街道", "桂城街道", "中韩街道", "首南街道", "城南街道", "关山街道"]
_ROADS = ["兴华路", "解放东路", "团结街", "胜利大道", "新华北街", "光明路", "育才路", "黄河路", "珠江中路", "朝阳北路", "文昌街",
          "迎宾大道", "东风路", "青年路", "枫林三路", "金桥大道", "创新二路", "丽水路", "建业街", "龙华路", "沿江大道", "学府路"]
_ESTATE_STEM = ["金桂", "滨江", "丽景", "和谐", "翠湖", "龙湾", "西溪", "锦江", "东方", "紫荆", "桃源", "书香", "碧水", "怡景",
                "阳光", "世纪", "梧桐", "兰亭", "天鹅湖", "长青", "御景", "幸福里", "金域", "美的", "融创", "保利", "恒大",
                "绿地", "中海", "华润", "凤凰", "新城", "星河", "清水湾", "望江", "春晓", "南湖", "枫林", "康乐", "福星"]
_ESTATE_SUFFIX = ["小区", "花园", "公寓", "家园", "苑", "名苑", "新村", "华庭", "府", "城", "湾", "雅居", "山庄", "名邸",
                  "一期", "二期", "佳苑", "花苑", "嘉园", "国际", "广场", "里"]
_TOWERS = ["国际金融中心", "创业大厦", "时代广场", "科技大楼", "万达广场", "财富中心", "中银大厦", "软件园", "电商产业园",
           "创客空间"]
_COUNTY_PROV = {"桃江县": "湖南省", "临泉县": "安徽省", "固始县": "河南省", "丰县": "江苏省", "平江县": "湖南", "会同县": "湖南省",
                "宁乡市": "湖南", "安化县": "湖南省", "寿县": "安徽", "郸城县": "河南省", "南部县": "四川省", "兴国县": "江西省",
                "邵东市": "湖南省", "滑县": "河南", "宜良县": "云南省", "博白县": "广西"}
_COUNTIES = list(_COUNTY_PROV)
_TOWNS = ["石桥镇", "新店镇", "马家镇", "城关镇", "大营乡", "白沙镇", "高桥镇", "龙泉乡", "双河镇", "柳林镇", "黄土岗镇"]
_VILLAGES = ["王庄村", "李家村", "新河村", "上湾村", "石门村", "东风村", "前进村", "柳树村", "杨岗村", "大湾村", "刘家洼村", "红星村"]
_CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _estate(r: random.Random) -> str:
    return r.choice(_ESTATE_STEM) + r.choice(_ESTATE_SUFFIX)


def _room(r: random.Random) -> str:
    floor = r.randint(1, 33)
    return f"{floor}{r.randint(1, 6):02d}" if floor > 1 or r.random() < 0.5 else f"10{r.randint(1, 6)}"


def _bldg_unit_room(r: random.Random) -> str:
    b = str(r.randint(1, 36))
    u = str(r.randint(1, 6))
    room = _room(r)
    bw = r.choice(["栋", "幢", "号楼", "座", "栋", "号楼", "#", "号"])
    if bw == "座":
        b = r.choice("ABCDEFG")
    uw = r.choice(["单元", "单元", "门", "梯", "单元"])
    rw = r.choice(["室", "", "房", "", "室", "号", "号房"])
    pattern = r.random()
    if pattern < 0.6:
        return f"{b}{bw}{u}{uw}{room}{rw}"
    if pattern < 0.8:
        return f"{b}{bw}{room}{rw}"
    return f"{b}{bw}{u}{uw}{r.randint(2, 30)}楼{r.randint(1, 4)}号"


def _addr_full(r: random.Random) -> Value:
    p, c, dist = _geo(r)
    return _plain(f"{p}{c}{dist}{r.choice(_ROADS)}{r.randint(1, 999)}号{_estate(r)}{_bldg_unit_room(r)}")


def _addr_no_province(r: random.Random) -> Value:
    _, c, dist = _geo(r)
    head = r.choice([c + dist, dist, c, c + " " + dist])
    mid = r.choice([f"{r.choice(_ROADS)}{r.randint(1, 500)}号", r.choice(_STREETS), f"{r.choice(_ROADS)}", ""])
    return _plain(f"{head}{mid}{_estate(r)}{_bldg_unit_room(r)}")


def _addr_estate_only(r: random.Random) -> Value:
    return _plain(f"{_estate(r)}{_bldg_unit_room(r)}")


def _addr_road_only(r: random.Random) -> Value:
    road = r.choice(_ROADS)
    return _plain(r.choice([
        f"{road}{r.randint(1, 600)}号院{r.randint(1, 20)}号楼{r.randint(1, 5)}单元{_room(r)}",
        f"{road}{r.randint(1, 600)}号{_estate(r)}{_bldg_unit_room(r)}",
        f"{road}{r.randint(1, 600)}弄{r.randint(1, 80)}号{_room(r)}室",
        f"{road}{r.randint(1, 300)}巷{r.randint(1, 40)}号",
    ]))


def _addr_dash_numbers(r: random.Random) -> Value:
    e = _estate(r)
    b, u, room = r.randint(1, 30), r.randint(1, 6), _room(r)
    return _plain(r.choice([f"{e}{b}-{u}-{room}", f"{e} {b}-{u}-{room}", f"{e}{b}-{room}", f"{e} {b}栋{u}-{room}",
                            f"{e}{b}#{u}-{room}", f"{e}{b}—{u}—{room}", f"{e}{b}/{u}/{room}"]))


def _addr_spaced(r: random.Random) -> Value:
    parts = [_geo(r)[2], _estate(r), f"{r.randint(1, 30)}{r.choice(['栋', '幢', '号楼'])}",
             f"{r.randint(1, 6)}单元", f"{_room(r)}{r.choice(['室', '', '房'])}"]
    if r.random() < 0.5:
        parts = parts[1:]
    return _plain(r.choice([" ", " ", "  ", "，"]).join(parts))


def _addr_apartment(r: random.Random) -> Value:
    return _plain(r.choice([
        f"{r.choice(_ESTATE_STEM)}青年公寓{r.choice('ABCDE')}座{_room(r)}房",
        f"{r.choice(_TOWERS)}{r.choice('ABCD')}座{r.randint(5, 40)}{r.randint(1, 20):02d}",
        f"{r.choice(_ROADS)}{r.randint(1, 300)}号{r.choice(_TOWERS)}{r.randint(2, 30)}楼{r.randint(1, 20):02d}室",
        f"{r.choice(_ESTATE_STEM)}公寓{r.randint(1, 9)}号楼{_room(r)}",
        f"{r.choice(_ESTATE_STEM)}人才公寓{r.randint(1, 12)}栋{_room(r)}房间",
    ]))


def _addr_rural(r: random.Random) -> Value:
    co, to, vi = r.choice(_COUNTIES), r.choice(_TOWNS), r.choice(_VILLAGES)
    grp = r.choice([f"{r.randint(1, 12)}组", f"{r.choice(_CN_NUM)}组", f"第{r.choice(_CN_NUM)}村民小组", f"{r.randint(1, 9)}队",
                    f"{r.choice(_CN_NUM)}组"])
    num = r.choice([f"{r.randint(1, 99)}号", "", f"{r.randint(1, 60)}号"])
    return _plain(r.choice([f"{co}{to}{vi}{grp}{num}", f"{to}{vi}{grp}{num}", f"{vi}{grp}{num}",
                            f"{_COUNTY_PROV[co]}{co}{to}{vi}{grp}", f"{co}{to}{vi}委会旁边{r.randint(1, 30)}号"]))


def _addr_cn_numerals(r: random.Random) -> Value:
    room = "".join(_CN_DIGIT[c] for c in _room(r))
    return _plain(f"{_estate(r)}{r.choice(_CN_NUM)}{r.choice(['栋', '幢', '号楼'])}{r.choice(_CN_NUM[:6])}单元{room}")


def _addr_campus(r: random.Random) -> Value:
    school = r.choice(["湖南师范大学", "安徽建筑大学", "郑州轻工业大学", "西南交大", "青岛理工", "宁波大学", "苏州科技大学",
                       "武汉纺织大学"])
    return _plain(r.choice([f"{school}{r.choice(['东', '西', '南', '北'])}区{r.randint(1, 20)}栋{r.randint(1, 6)}{r.randint(1, 40):02d}",
                            f"{school}学生公寓{r.randint(1, 30)}号楼{r.randint(1, 6)}{r.randint(1, 40):02d}室",
                            f"{school} {r.randint(1, 20)}舍{r.randint(100, 699)}"]))


# --------------------------------------------------------------------------
# Formats and contexts
# --------------------------------------------------------------------------

FORMATS: dict[str, tuple[str, Renderer, str]] = {
    # format: (kind, renderer, context set)
    "mobile.space": ("mobile", _mob_space, "mobile"),
    "mobile.dash": ("mobile", _mob_dash, "mobile"),
    "mobile.dot": ("mobile", _mob_dot, "mobile"),
    "mobile.slash": ("mobile", _mob_slash, "mobile"),
    "mobile.fullwidth": ("mobile", _mob_fullwidth, "mobile"),
    "mobile.mixed": ("mobile", _mob_mixed, "mobile"),
    "mobile.digit_spaced": ("mobile", _mob_digit_spaced, "mobile"),
    "mobile.intl": ("mobile", _mob_intl, "mobile"),
    "mobile.glued_after": ("mobile", _mob_glued_after, "mobile"),
    "mobile.glued_before": ("mobile", _mob_glued_before, "own_cue"),
    "mobile.cn_numerals": ("mobile", _mob_cn_numerals, "mobile"),
    "mobile.split_words": ("mobile", _mob_split_words, "mobile"),
    "mobile.wild_cue": ("mobile", _mob_wild_cue, "own_cue"),
    "mobile.same_as_wechat": ("mobile", _mob_same_as_wechat, "own_cue"),
    "mobile.plain": ("mobile", _mob_plain_ctx, "mobile"),
    "landline.dash": ("landline", _land_dash, "landline"),
    "landline.space": ("landline", _land_space, "landline"),
    "landline.paren": ("landline", _land_paren, "landline"),
    "landline.no_area": ("landline", _land_no_area, "landline_local"),
    "landline.ext": ("landline", _land_ext, "landline"),
    "landline.intl": ("landline", _land_intl, "landline"),
    "landline.fullwidth": ("landline", _land_fullwidth, "landline"),
    "qq.cue": ("qq", _qq_cue, "own_cue"),
    "qq.spaced": ("qq", _qq_spaced, "own_cue"),
    "qq.cue_after": ("qq", _qq_after, "own_cue"),
    "qq.hint": ("qq", _qq_mail_hint, "own_cue"),
    "wechat.cue": ("wechat", _wx_cue, "own_cue"),
    "wechat.wxid": ("wechat", _wx_wxid, "own_cue"),
    "wechat.cue_after": ("wechat", _wx_after, "own_cue"),
    "wechat.std": ("wechat", _wx_std, "own_cue"),
    "email.plain": ("email", _mail_plain, "email"),
    "email.caps": ("email", _mail_caps, "email"),
    "email.spaced": ("email", _mail_spaced, "email"),
    "email.fullwidth": ("email", _mail_fullwidth, "email"),
    "email.obfuscated": ("email", _mail_obfuscated, "email"),
    "email.glued": ("email", _mail_glued, "email"),
    "id_card.plain": ("id_card", _id_plain, "id_card"),
    "id_card.x": ("id_card", _id_x, "id_card"),
    "id_card.spaced": ("id_card", _id_spaced, "id_card"),
    "id_card.fullwidth": ("id_card", _id_fullwidth, "id_card"),
    "id_card.glued": ("id_card", _id_glued, "own_cue"),
    "id_card.cue_typo": ("id_card", _id_cue_typo, "own_cue"),
    "bank_card.19": ("bank_card", _card_19, "bank_card"),
    "bank_card.16": ("bank_card", _card_16, "credit_card"),
    "bank_card.grouped": ("bank_card", _card_grouped, "bank_card"),
    "bank_card.dash": ("bank_card", _card_dash, "bank_card"),
    "bank_card.odd_groups": ("bank_card", _card_odd_groups, "bank_card"),
    "bank_card.fullwidth": ("bank_card", _card_fullwidth, "bank_card"),
    "bank_card.no_cue": ("bank_card", _card_glued, "card_no_cue"),
    "plate.plain": ("plate", _plate_plain, "plate"),
    "plate.sep": ("plate", _plate_sep, "plate"),
    "plate.spaced": ("plate", _plate_spaced_all, "plate"),
    "plate.new_energy": ("plate", _plate_ev, "plate"),
    "plate.lower": ("plate", _plate_lower, "plate"),
    "address.full": ("address", _addr_full, "address"),
    "address.no_province": ("address", _addr_no_province, "address"),
    "address.estate_only": ("address", _addr_estate_only, "address"),
    "address.road": ("address", _addr_road_only, "address"),
    "address.dash_numbers": ("address", _addr_dash_numbers, "address"),
    "address.spaced": ("address", _addr_spaced, "address"),
    "address.apartment": ("address", _addr_apartment, "address"),
    "address.rural": ("address", _addr_rural, "address"),
    "address.cn_numerals": ("address", _addr_cn_numerals, "address"),
    "address.campus": ("address", _addr_campus, "address"),
}

# Templates: ``{pii}`` is the value of the format being tested, ``{+kind}`` a value of
# another kind (any of its formats whose context is that kind's own), ``{~near}`` a near-miss.
CONTEXTS: dict[str, list[str]] = {
    "mobile": [
        "快递到了麻烦打我电话{pii}，白天上班可能不方便接",
        "收件人手机：{pii}，放小区门卫就行",
        "联系方式{pii} 下午三点以后都在家",
        "师傅上门前先打{pii}确认下",
        "我换号了，新号码{pii}，旧的已经停机",
        "打不通的话打我老公的{pii}",
        "预留手机改成{pii}，麻烦帮我改一下",
        "您好，您登记的手机号是{pii}对吗？",
        "电话{pii}，有事直接打",
        "订单{~order}的收货电话填错了，正确的是{pii}",
        "麻烦回个电话 {pii} 谢谢",
        "我手机号{pii}，验证码一直收不到",
        "客户留的号码{pii}一直关机，怎么办",
        "到了楼下给{pii}打电话我下来拿",
        "{pii} 这个号是我本人的，帮查下积分",
        "短信发{pii}就可以，我不方便接电话",
        "售后联系人王姐 {pii}",
        "亲，发货前和我确认一下哈，手机{pii}",
        "能不能换个号码接收，换成{pii}",
        "急！打{pii}，车在小区门口",
        "注册用的手机是{pii}，登录不了",
        "新手机号{pii}，旧号作废了",
        "安装师傅电话多少？我这边是{pii}",
        "号码{pii}，{~date_time}之后随时打",
        "帮我备注一下，送货前电话联系{pii}",
    ],
    "own_cue": [
        "{pii}",
        "有问题可以联系我，{pii}",
        "加一下吧，{pii}",
        "方便的话{pii}，晚上八点后在",
        "我把联系方式发你：{pii}",
        "图片发不了，{pii} 你加我一下",
        "退款的事私聊，{pii}",
        "{pii}，备注一下订单号",
        "领赠品找我，{pii}哈",
        "团购群满了，{pii} 我拉你",
        "这是我的 {pii}，有啥直接说",
        "售后加这个：{pii}",
        "{pii} 麻烦通过一下好友",
        "亲，{pii}，发一下截图",
        "客户说{pii}，让我们联系他",
    ],
    "landline": [
        "单位座机{pii}，工作日都有人",
        "家里电话{pii}，手机经常没信号",
        "我们公司前台电话{pii}，收货的时候打这个",
        "固话{pii}，白天打",
        "办公室电话：{pii}（周一到周五）",
        "发票寄到财务那边，联系电话{pii}",
        "你们打{pii}找我就行",
        "传真号码{pii}，合同传过来",
        "店里的座机{pii}，手机不在身边",
        "联系电话 {pii} 找李会计",
        "酒店前台{pii}，到了让他们转我房间",
        "我这边号码是{pii}，是座机",
        "回电请打{pii}，谢谢",
        "学校收发室电话{pii}",
        "工厂的电话{pii}，送货前一天通知",
    ],
    "landline_local": [
        "家里座机{pii}，没有区号就是本地的",
        "单位电话{pii}，本市的",
        "座机{pii}，打的时候加下区号",
        "固定电话：{pii}",
        "门店电话{pii}，找店长",
        "家里的电话是{pii}，白天我妈在家",
        "宿舍电话{pii}，晚上十点前",
        "办公电话 {pii}，找王老师",
        "物业电话{pii}，让他们帮忙签收",
        "座机号码{pii}，手机丢了",
    ],
    "email": [
        "发票开好了发我邮箱{pii}",
        "电子合同请发到{pii}",
        "邮箱：{pii}，麻烦把账单发过来",
        "我的邮箱是{pii}，收不到验证邮件",
        "把截图发{pii}吧，微信传不了原图",
        "注册邮箱{pii}，密码忘了",
        "简历投{pii}，注明岗位",
        "对账单寄到{pii}，谢谢",
        "您好，请问是{pii}这个邮箱吗？",
        "mail: {pii}",
        "邮件发{pii}，抄送我领导",
        "账号绑定的{pii}已经不用了",
    ],
    "id_card": [
        "身份证号{pii}，实名认证一直失败",
        "证件号码：{pii}",
        "报名信息：身份证{pii}，麻烦核对",
        "开票需要身份证的话是{pii}",
        "我的身份证号码是{pii}，为什么说已被注册",
        "sfz {pii}",
        "乘车人证件号{pii}，改签用",
        "身份证：{pii} 姓名就是收货人",
        "您核对一下证件号码是否为{pii}？",
        "实名信息 身份证号 {pii}",
        "客户身份证{pii}，需要补录",
        "入住人身份证号码{pii}，麻烦登记",
    ],
    "bank_card": [
        "退款退到我的银行卡{pii}",
        "卡号{pii}，转账一直失败",
        "工资卡是{pii}，能绑定吗",
        "储蓄卡{pii}，扣了两次钱",
        "收款账号：{pii} 开户行建行",
        "银行卡号码{pii}，帮我查下是不是冻结了",
        "我绑的卡{pii}，显示已失效",
        "退款账户 {pii}",
        "卡号：{pii}，订单{~order}的钱退这里",
        "麻烦核对收款卡号{pii}",
        "打款到{pii}，户名是我本人",
        "这张卡{pii}被吞了",
    ],
    "credit_card": [
        "信用卡{pii}，分期怎么办",
        "我的信用卡号{pii}被盗刷了",
        "用{pii}这张信用卡付的",
        "信用卡卡号：{pii}，帮我查下账单",
        "支付用的卡{pii}，退款退回哪里",
        "卡号{pii}，额度不够了",
        "visa卡{pii}，境外支付失败",
        "{pii}这张卡能不能免年费",
    ],
    "card_no_cue": [
        "退款打到{pii}这张",
        "钱转到{pii}了吗",
        "用{pii}付的，显示扣款成功",
        "{pii}，就这个，麻烦尽快",
        "之前是{pii}，现在换了",
        "就退回{pii}吧",
        "提现到{pii}一直不到账",
        "帮我绑定{pii}",
    ],
    "plate": [
        "车牌{pii}，停车费多收了",
        "我的车是{pii}，ETC扣了两次",
        "车牌号：{pii}，预约保养",
        "停车场出不去，{pii}，一直不抬杆",
        "违章查一下{pii}",
        "{pii}的车主在吗，挡着门了",
        "代驾订单车牌{pii}，白色大众",
        "上门洗车，车牌号码{pii}，在B2层",
        "车号{pii}，年检到期了吗",
        "充电桩被{pii}占了",
        "保险报案，车牌{pii}，{~date_time}出的事",
        "登记一下访客车辆 {pii}",
    ],
    "address": [
        "收货地址改成{pii}",
        "寄到{pii}，谢谢",
        "我家住{pii}",
        "地址：{pii} 放门口就行",
        "送到{pii}，到了打电话",
        "上门安装地址{pii}",
        "{pii}，这个地址能送吗",
        "快递送错了，我是{pii}的",
        "地址写错了，应该是{pii}",
        "上门取件，{pii}",
        "宽带装机地址 {pii}",
        "维修师傅来{pii}，我在家",
        "麻烦把发票寄{pii}",
        "我在{pii}这边，送外卖的找不到",
        "现在住{pii}，户口不在这",
        "订单{~order}改地址：{pii}",
        "发货地址是{pii}吗？您确认一下",
        "收件人：张女士，{pii}",
    ],
}

# --------------------------------------------------------------------------
# Near-misses
# --------------------------------------------------------------------------


def _not_lookalike(s: str) -> bool:
    """A digit string that is not, by its checks, a card, an ID or a mobile number."""
    if len(s) == 11 and s[0] == "1" and s[1] in "3456789":
        return False
    if 15 <= len(s) <= 19 and _luhn_valid(s):
        return False
    return not (len(s) == 18 and _id_valid(s))


def _digits_safe(r: random.Random, head: str, n: int) -> str:
    while True:
        s = head + _d(r, n - len(head))
        if _not_lookalike(s):
            return s


def _order(r: random.Random) -> str:
    k = r.random()
    if k < 0.2:  # marketplace, 19 digits
        return _digits_safe(r, r.choice(["3", "2", "1"]), 19)
    if k < 0.35:  # 12-digit
        return _digits_safe(r, r.choice(["2", "3", "5"]), 12)
    if k < 0.45:  # 11 digits but not a mobile prefix
        return _digits_safe(r, r.choice(["10", "11", "12"]), 11)
    if k < 0.6:  # date-prefixed with letters
        return f"{r.choice(['DD', 'SO', 'TB', 'JD', 'PO', 'NO'])}{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, r.choice([4, 6, 8]))}"
    if k < 0.72:  # date-dashed
        return f"{r.randint(23, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits_safe(r, r.choice('123456789'), 15)}"
    if k < 0.85:
        return _digits_safe(r, f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", r.choice([16, 18, 20, 22]))
    return _digits_safe(r, r.choice(["6", "8", "9", "4"]), r.choice([14, 16, 18, 20]))


def _tracking(r: random.Random) -> str:
    k = r.random()
    if k < 0.2:
        return "SF" + _d(r, 13)
    if k < 0.3:
        return "YT" + _d(r, 13)
    if k < 0.4:
        return "JT" + _d(r, 13)
    if k < 0.5:
        return r.choice(["JDVA", "JDVB", "JDX"]) + _d(r, 11)
    if k < 0.65:
        return _digits_safe(r, r.choice(["73", "75", "78"]), 14)
    if k < 0.78:
        return _digits_safe(r, r.choice(["43", "46", "31"]), 13)
    if k < 0.88:
        return _digits_safe(r, r.choice(["77", "88"]), r.choice([12, 15]))
    if k < 0.94:
        return r.choice(["1", "9"]) + _d(r, 12)  # EMS-like 13 digits
    return "DPK" + _d(r, 12)


def _tracking_spaced(r: random.Random) -> str:
    t = _tracking(r)
    return " ".join(_chunks(t, [4] * 5)) if r.random() < 0.5 else t


def _amount(r: random.Random) -> str:
    v = r.choice([r.randint(5, 999), r.randint(1000, 29999), r.randint(30000, 300000)])
    c = r.randrange(100)
    return r.choice([
        f"{v}元", f"¥{v}", f"￥{v}.{c:02d}", f"{v}.{c:02d}元", f"{v:,}.00元", f"{v}块", f"RMB {v}", f"{v}块{c % 9 + 1}",
        f"¥ {v:,}", f"{round(v / 10000, 1)}万" if v >= 10000 else f"{v}元", f"{v}.{c:02d}", f"{v}元整", f"￥{v:,}.{c:02d}",
    ])


def _price(r: random.Random) -> str:
    p = r.randint(3, 4999)
    c = r.choice(["9", "8", "5", "0", "99", "90"])
    return r.choice([
        f"{p}.{c}元", f"原价{p}现价{max(1, p - r.randint(1, p))}", f"单价{p}.{c}", f"{p}.{c}/件", f"到手价{p}",
        f"每斤{r.randint(3, 60)}.{r.randint(0, 9)}元", f"月租{r.randint(9, 199)}元", f"{p}元/台", f"¥{p}.{c}包邮",
        f"券后{p}", f"{p}一套",
    ])


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([
        f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", f"{y}年{m}月{d}日", f"{m}月{d}号", f"{y}/{m}/{d} {h}:{mi:02d}",
        f"{y}{m:02d}{d:02d}", f"{m:02d}-{d:02d} {h:02d}:{mi:02d}", f"{y}.{m:02d}.{d:02d}", f"{m}.{d}",
        f"{y}{m:02d}{d:02d}{h:02d}{mi:02d}{s:02d}", f"{m}月{d}日{h}点{mi}分", f"{h:02d}:{mi:02d}", f"{y}-{m}-{d}",
        f"{y}年{m}月{d}号下午{r.randint(1, 6)}点",
    ])


_MODELS = ["iPhone 15 Pro Max", "iPhone14", "Mate60 Pro", "nova 12", "Redmi K70", "小米14 Ultra", "OPPO Reno11", "vivo X100s",
           "RTX4060Ti", "KFR-35GW/N8XHC1", "BCD-501WKPZM(E)", "SM-S9180", "XQG100-B14276", "EB-P2051", "DS-2CD3T46WDV3-I3",
           "MacBook Air M2", "ThinkPad X1 Carbon", "Galaxy S24", "Watch GT4", "AirPods Pro 2", "KFR-72LW/BP3DN8Y-YA400",
           "GR-RF610WE-PM151", "MR-1560", "JSQ30-16WH5", "TCL 65T8E", "Z9X-55", "FD-S5010", "WD-N12435D", "A2894", "MX518",
           "HP LaserJet M1136", "L3118", "CR-V 2.0T", "Model Y", "RX-78", "EOS R6 Mark II", "Z30", "V15", "P70 Pro+",
           "SKG K5", "G304", "S23+", "Q3 Pro", "JYL-C16D", "C21-SH9135"]


def _model(r: random.Random) -> str:
    return r.choice(_MODELS)


def _quantity(r: random.Random) -> str:
    n = r.randint(1, 60)
    return r.choice([
        f"{n}箱", f"{n}件", f"共{n}瓶", f"{r.randint(100, 2500)}g", f"{n}斤", f"{r.randint(1, 9)}.{r.randint(1, 9)}kg",
        f"x{n}", f"×{n}", f"{r.choice([6, 12, 24, 36])}支装", f"{r.randint(250, 1500)}ml*{r.choice([6, 12, 24])}",
        f"{r.choice(_CN_NUM)}个", f"{n}包", f"{n}套", f"{n}盒", f"{r.randint(2, 9)}米", f"{n}袋",
    ])


def _count(r: random.Random) -> str:
    n = r.randint(2, 30)
    return r.choice([f"第{n}次", f"第{r.choice(_CN_NUM)}次", f"第{n}遍", f"第{r.choice(_CN_NUM)}回", f"第{n}回",
                     f"第{r.choice('二三四五')}十几次", f"第{r.choice(_CN_NUM)}遍", f"{n}次", f"第 {n} 次", f"第{r.randint(100, 999)}次"])


def _membership(r: random.Random) -> str:
    return r.choice([
        f"VIP{r.randint(2019, 2025)}{_d(r, 4)}", f"M{_d(r, r.choice([8, 10]))}", f"88{_d(r, 8)}", f"{r.choice('123456789')}{_d(r, 8)}",
        f"C{r.randint(2020, 2025)}{r.randint(1, 12):02d}{_d(r, 4)}", f"HY-{_d(r, 7)}", f"{_d(r, 4)} {_d(r, 4)}",
        f"NO.{_d(r, 6)}", f"{r.choice('56789')}{_d(r, 11)}",
    ])


def _hotline(r: random.Random) -> str:
    a, b = _d(r, 3), _d(r, 4)
    return r.choice([
        f"400-{a}-{b}", f"400{a}{b}", f"400 {a} {b}", f"4008-{_d(r, 3)}-{_d(r, 3)}", f"800-{a}-{b}", f"800{a}{b}",
        f"400－{a}－{b}", f"４００-{a}-{b}".translate(_FW), f"400-{a}{b}",
        r.choice(["95588", "95533", "95566", "95599", "95555", "95559", "95528", "10086", "10010", "10000", "12315",
                  "12345", "95338", "95311", "95546"]),
    ])


def _verify_code(r: random.Random) -> str:
    return r.choice([_d(r, 6), _d(r, 6), _d(r, 4), f"{_d(r, 3)} {_d(r, 3)}", _d(r, 5)])


def _pickup_code(r: random.Random) -> str:
    return r.choice([
        f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1001, 9999)}", f"{_d(r, 8)}", f"{_d(r, 6)}", f"{_d(r, 4)}",
        f"{r.choice('ABCDE')}{r.randint(1, 999)}", f"{r.randint(1, 9)}-{r.randint(1000, 9999)}",
        f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}", f"{r.choice('ABC')}-{r.randint(1, 30)}-{_d(r, 4)}",
    ])


NEAR: dict[str, Callable[[random.Random], str]] = {
    "order": _order, "tracking": _tracking, "tracking:spaced": _tracking_spaced, "amount": _amount, "price": _price,
    "date_time": _date, "model": _model, "quantity": _quantity, "count": _count, "membership": _membership,
    "hotline": _hotline, "verify_code": _verify_code, "pickup_code": _pickup_code,
}

# ``{~kind}`` and ``{~kind:variant}`` (labelled ``kind``). Kinds ``order_bare`` and
# ``tracking_bare`` are the same values without a label word in front.
NEAR_TEMPLATES: dict[str, list[str]] = {
    "order": [
        "订单号{~order}，怎么还没发货",
        "我的单号是{~order}，申请了退款没反应",
        "订单编号：{~order}，地址能改吗",
        "交易单号{~order} 付款成功了但是显示待支付",
        "售后单{~order}处理到哪一步了",
        "退款单号{~order}，{~date_time}申请的",
        "工单号：{~order}",
        "您好，麻烦提供一下订单号。——{~order}",
        "订单{~order}，一共{~amount}，少发了{~quantity}",
        "单号 {~order} 麻烦催一下",
        "订单尾号不对，完整的是{~order}",
        "这个订单{~order}能开专票吗",
    ],
    "order_bare": [
        "{~order}",
        "{~order} 这单什么时候到",
        "帮我查下{~order}，三天了还没动",
        "{~order}，我要退货",
        "你看下{~order}这个，是不是漏发了",
        "就是{~order}啊，{~date_time}下的",
        "{~order}这个能合并发货吗",
        "麻烦看一下 {~order} 和 {~order}",
    ],
    "tracking": [
        "快递单号{~tracking}，三天没更新了",
        "快递单号：{~tracking}",
        "物流单号{~tracking}，显示已签收但我没收到",
        "运单号 {~tracking:spaced} 麻烦查一下",
        "物流号{~tracking}，派送异常",
        "退货寄回了，单号{~tracking}",
        "快递{~tracking}，{~date_time}发出的",
        "快递 {~tracking} 什么时候派送",
        "补发的单号是{~tracking}吗",
        "寄回单号填{~tracking}对吗",
    ],
    "tracking_bare": [
        "{~tracking}",
        "{~tracking} 到哪了",
        "{~tracking:spaced}这个一直在中转",
        "查一下{~tracking}，说是丢件了",
        "你们发的{~tracking}是别人的件",
        "{~tracking}，显示派送中但没人联系",
        "我寄回去了，{~tracking}，注意查收",
        "昨天那个{~tracking}到了吗",
    ],
    "amount": [
        "退款{~amount}什么时候到账",
        "一共付了{~amount}，少退了",
        "扣了我{~amount}，我没消费过",
        "账单显示{~amount}，对不上",
        "运费{~amount}谁出",
        "花呗还了{~amount}还显示欠款",
        "保证金{~amount}能退吗",
        "转账{~amount}失败了，钱扣了",
        "这个月借了{~amount}，利息多少",
        "差价{~amount}退给我",
        "{~amount}的发票开一下",
        "余额{~amount}提现不了",
    ],
    "price": [
        "这个{~price}，比昨天贵了",
        "直播间{~price}，你们店里怎么不一样",
        "{~price}能便宜点吗",
        "买的时候{~price}，现在降价了能保价吗",
        "套餐{~price}包含什么",
        "你们标的{~price}，结账变了",
        "团购{~price}，还有吗",
        "{~price}，买两件有优惠吗",
    ],
    "date_time": [
        "{~date_time}下的单，现在还没发",
        "保修截止{~date_time}对吗",
        "预约的是{~date_time}，师傅没来",
        "{~date_time}扣的款，我没操作过",
        "下单时间{~date_time}",
        "能不能改到{~date_time}送",
        "还款日是{~date_time}吗",
        "航班{~date_time}起飞，能改签吗",
        "{~date_time}到{~date_time}之间都可以",
        "活动截止{~date_time}吗",
    ],
    "model": [
        "{~model}有现货吗",
        "型号{~model}，开机黑屏",
        "我用的{~model}，蓝牙连不上",
        "{~model}和{~model}有什么区别",
        "买的{~model}，遥控器坏了",
        "机器型号是{~model}，滤网怎么换",
        "{~model}支持快充吗",
        "{~model}的保修多久",
    ],
    "quantity": [
        "买了{~quantity}，少发了一个",
        "要{~quantity}，能打包吗",
        "拍了{~quantity}只到了一半",
        "{~quantity}一起发可以吗",
        "每次限购{~quantity}吗",
        "我订了{~quantity}，实际收到{~quantity}",
        "库存还有{~quantity}吗",
    ],
    "count": [
        "这是我{~count}联系你们了",
        "已经{~count}打电话了，还是没人管",
        "{~count}申请退款被驳回",
        "{~count}修了，还是坏",
        "密码输错{~count}，被锁了",
        "这都{~count}了，还不给解决",
        "第一次没到，{~count}补发还是没到",
        "快递员{~count}没打电话就放驿站",
    ],
    "membership": [
        "会员号{~membership}，积分没到账",
        "我的会员卡号是{~membership}",
        "会员编号：{~membership}，生日券没领到",
        "积分卡{~membership}，能合并吗",
        "客户编号{~membership}，帮查下等级",
        "VIP卡号 {~membership} 怎么升级",
        "会员ID：{~membership}，自动续费了",
        "学员号{~membership}，课程看不了",
        "健身卡{~membership}，想转让",
    ],
    "hotline": [
        "客服电话{~hotline}一直打不通",
        "打了{~hotline}，说转人工",
        "热线{~hotline}几点上班",
        "我刚打你们{~hotline}，没人接",
        "售后电话是{~hotline}吗",
        "银行客服{~hotline}说让我找商家",
        "官网写的{~hotline}是空号",
        "{~hotline}转0是人工吗",
        "投诉打{~hotline}有用吗",
    ],
    "verify_code": [
        "验证码{~verify_code}输了提示错误",
        "收到验证码是{~verify_code}，但是过期了",
        "短信码 {~verify_code} 一直提示无效",
        "动态码{~verify_code}，还是登不上",
        "【某银行】您的验证码为{~verify_code}，5分钟内有效，我能告诉你吗",
        "校验码：{~verify_code}",
        "安装师傅要的核销码{~verify_code}",
        "激活码{~verify_code}不能用",
    ],
    "pickup_code": [
        "取件码{~pickup_code}，柜子打不开",
        "丰巢取件码 {~pickup_code} 提示已取出",
        "驿站取件码：{~pickup_code}，找不到我的件",
        "取货码{~pickup_code}，店员说没有",
        "提货码{~pickup_code}，能让邻居帮取吗",
        "取餐号{~pickup_code}，等了半小时",
        "菜鸟驿站 {~pickup_code} 麻烦帮我放门口",
        "快递柜{~pickup_code}，超时要收费吗",
    ],
}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

_OWN_CONTEXT = {k: {f for f, (kk, _, ctx) in FORMATS.items() if kk == k and ctx != "own_cue"} for k in
                {k for k, _, _ in FORMATS.values()}}


def _render(template: str, r: random.Random, fmt: str | None) -> dict[str, Any]:
    text = ""
    ents: list[tuple[str, int, int]] = []
    fmts: list[str] = []
    nears: list[tuple[str, int, int]] = []
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
            v = NEAR[slot[1:]](r)
            nears.append((slot[1:].split(":")[0], len(text), len(text) + len(v)))
            text += v
        else:
            if slot == "pii":
                assert fmt is not None
                f = fmt
            else:  # "+kind"
                f = r.choice(sorted(_OWN_CONTEXT[slot[1:]]))
            kind, render, _ = FORMATS[f]
            before, value, after = render(r)
            text += before
            ents.append((kind, len(text), len(text) + len(value)))
            fmts.append(f)
            text += value + after
        pos = b + 1
    return {"text": text, "entities": ents, "formats": fmts, "near_misses": nears}


def make_blind_corpus(*, n_per_format: int = 16, n_per_near: int = 60, random_state: int = 0) -> pd.DataFrame:
    """The blind corpus: ``n_per_format`` sentences per format, ``n_per_near`` per near-miss template group.

    With the defaults: 64 formats x 16 = 1,024 sentences with personal data and
    14 near-miss groups x 60 = 840 near-miss sentences. In the groups
    ``order_bare`` / ``tracking_bare`` (numbers with no label word before them)
    the order / tracking numbers are labelled ``order_bare`` / ``tracking_bare``,
    so they are scored apart from labelled ones.
    """
    r = random.Random(f"{SEED}-{random_state}")
    rows = []
    for fmt, (_, _, ctx) in FORMATS.items():
        templates = CONTEXTS[ctx]
        order = list(range(len(templates)))
        r.shuffle(order)
        for i in range(n_per_format):
            tpl = templates[order[i % len(order)]]
            rows.append(_render(tpl, r, fmt))
    for group, templates in NEAR_TEMPLATES.items():
        for i in range(n_per_near):
            tpl = templates[i % len(templates)] if i < len(templates) else r.choice(templates)
            row = _render(tpl, r, None)
            if group.endswith("_bare"):
                row["near_misses"] = [(group if k == group[: -len("_bare")] else k, a, b) for k, a, b in row["near_misses"]]
            rows.append(row)
    df = pd.DataFrame(rows)
    df["split"] = "blind"
    return df


# --------------------------------------------------------------------------
# One evaluation, written to bench/results/pii_blind.md
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


def evaluate_blind(df: pd.DataFrame) -> dict[str, Any]:
    """Run :func:`evaluate_formats` and collect overall figures, misses and false masks."""
    from toolkit.privacy import evaluate_formats, find_pii, mask_pii

    table = evaluate_formats(df)
    pii = table[table["group"] == "pii"]
    near = table[table["group"] == "near_miss"]
    misses, false_masks = [], []
    for text, ents, fmts, nms in zip(df["text"], df["entities"], df["formats"], df["near_misses"], strict=True):
        found = find_pii(text)
        for (_kind, a, b), f in zip(ents, fmts, strict=True):
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
        "n_entities": int(pii["n"].sum()),
        "n_near": int(near["n"].sum()),
        "n_pii_sentences": int(sum(bool(e) for e in df["entities"])),
        "n_near_sentences": int(sum(not e for e in df["entities"])),
        "misses": misses,
        "false_masks": false_masks,
    }


def write_report(path: str = "bench/results/pii_blind.md") -> dict[str, Any]:
    df = make_blind_corpus()
    res = evaluate_blind(df)
    table = res["table"]
    lines = [
        "# Blind held-out PII corpus (issue 18 §2)",
        "",
        "Corpus: `tests/privacy/pii_blind.py` (`make_blind_corpus()`, seed "
        f"`{SEED}-0`), written without reading the masking rules nor the other held-out templates. "
        f"{len(df)} sentences: {res['n_pii_sentences']} with personal data ({res['n_entities']} labelled entities), "
        f"{res['n_near_sentences']} near-miss sentences ({res['n_near']} labelled near-misses in all, "
        "counting those inside PII sentences).",
        "",
        "Evaluated once with `toolkit.privacy.evaluate_formats` (default `find_pii`, no staff directory).",
        "",
        f"**Overall recall: {res['recall']:.4f}** ({table[table.group == 'pii']['ok'].sum()}/{res['n_entities']})  ",
        f"**Overall survival: {res['survival']:.4f}** ({table[table.group == 'near_miss']['ok'].sum()}/{res['n_near']})",
        "",
        "## Per format and per near-miss kind",
        "",
        _md_table(table),
        "",
        f"## Misses ({len(res['misses'])} in all, first 40)",
        "",
        "| format | value | sentence | masked |",
        "|---|---|---|---|",
    ]
    esc = lambda s: s.replace("|", "\\|").replace("\u3000", "\u3000")  # noqa: E731
    for f, v, t, m in res["misses"][:40]:
        lines.append(f"| {f} | `{esc(v)}` | {esc(t)} | {esc(m)} |")
    lines += ["", f"## False masks ({len(res['false_masks'])} in all, first 20)", "", "| near-miss kind | value | sentence | masked |",
              "|---|---|---|---|"]
    for k, v, t, m in res["false_masks"][:20]:
        lines.append(f"| {k} | `{esc(v)}` | {esc(t)} | {esc(m)} |")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return res


if __name__ == "__main__":
    res = write_report()
    print(res["table"].to_string())
    print(f"recall {res['recall']:.4f}  survival {res['survival']:.4f}")

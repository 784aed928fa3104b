"""Blind corpus no. 4 of personal data (PII) in Chinese customer-service chat text.

Who / rules
-----------
Written by an independent test-data writer (a helper session) who did NOT read the
toolkit's masking rules (``toolkit/privacy/_patterns.py``, ``mask.py`` apart from the
``PII_KINDS`` / ``PLACEHOLDERS`` lines), the earlier corpora (``tests/privacy/pii_*.py``),
their tests, or anything under ``bench/``, and who never ran the masker on this corpus.
Values and phrasings come from the writer's own knowledge of how people type contact
data in WeCom / WeChat / Taobao / JD / Meituan / bank / hospital / school / estate /
logistics / government-hotline / car-dealer / gym / travel chats.

Labelling rules
---------------
* Kinds: email, id_card, bank_card, mobile, landline, qq, wechat, plate, address
  (no person names; the texts contain none).
* A span holds the value only: cue words (手机, 微信, QQ, 邮箱, 卡号 ...), the country
  prefix (+86, 0086, 86-) and landline extensions (转8023, 分机12, -8023) stay outside;
  separators inside a value (spaces, dashes, dots, emoji used as separators, obfuscations
  such as [at] / # / 艾特) are inside.  An address span runs from its first place unit
  to its last unit.
* IDs carry a valid ISO 7064 MOD 11-2 check digit, real area codes and birth dates
  (15-digit ones a valid date); bank cards carry a valid Luhn digit on realistic BINs.
* Near-misses (must NOT be masked) are labelled ``(near_kind, start, end)``.  Every
  near-miss that normalises to a card/ID-length digit string fails the Luhn / ID check.
  Near-miss rows carry no entities; some PII rows also carry near-misses.

Layout
------
``make_blind4_corpus()`` returns a DataFrame with columns ``text``, ``entities``
(list of ``(kind, start, end)``), ``formats`` (one format name per entity, ``kind.form``),
``near_misses`` (list of ``(near_kind, start, end)``) and ``split`` (always ``"blind4"``).
Everything is drawn from ``random.Random(SEED)`` in a fixed order; no hash seeds or set
order are involved.  Rows: single-value PII sentences per kind, multi-value sentences
(copy-pasted forms etc.), then near-miss sentences; duplicates are redrawn.

Seed: ``SEED = "blind4-wecom-cs-2026-12"``.

Counts (``python tests/privacy/pii_blind4.py``)
-----------------------------------------------
rows 1689: PII rows 944, near-miss rows 745
entities 1060, formats 133, near-miss spans 809 in 47 kinds
entities per kind: email 110 (10.4%), id_card 108 (10.2%), bank_card 106 (10.0%), mobile 195
    (18.4%), landline 104 (9.8%), qq 84 (7.9%), wechat 121 (11.4%), plate 86 (8.1%), address 146
    (13.8%)
near-misses per kind: amount 21, bed_or_room_no 15, body_measure 15, card_length_serial 15,
    class_seat_no 15, company_credit_code 15, coupon_code 15, datetime 27, discount 19,
    error_code 19, flight_no 19, floor_area 21, group_no 15, hotline 19, id_length_serial 15,
    invoice_no 15, ip 15, isbn 15, mac_address 15, masked_card 15, masked_id 15, masked_mobile
    15, member_no 19, mention 15, metro_bus 15, order_no 25, pickup_code 19, policy_no 15, price
    19, product_model 21, public_place 21, quantity 21, queue_no 15, region_only 15, room_layout
    19, sku 15, temperature 15, ticket_no 19, timestamp 15, tracking_no 21, train_no 17,
    transaction_no 15, url 15, verify_code 19, version 19, wifi_ssid 15, year 15
(47 near-miss kinds; 9 entity kinds; formats are named ``kind.form``.)
"""
from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata

import pandas as pd

SEED = "blind4-wecom-cs-2026-12"
SPLIT = "blind4"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def id_check_char(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def _date_ok(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def id18_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[0] not in "123456" or not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check_char(s[:17]) == s[17]


def id18_checksum_ok(s: str) -> bool:
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_check_char(s[:17]) == s[17]


def id15_valid(s: str) -> bool:
    if not re.fullmatch(r"\d{15}", s) or s[0] not in "123456":
        return False
    return _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def normalise_number(s: str) -> str:
    """NFKC, drop separators, upper-case (used by check_corpus for id/bank spans)."""
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\s\-–—_.·/]", "", s)
    return s.upper()


# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------
_CN = "零一二三四五六七八九"
_CAP = "零壹贰叁肆伍陆柒捌玖"
_RADIO = {"0": "洞", "1": "幺", "2": "两", "7": "拐"}


def fw(s: str) -> str:
    """ASCII -> full width (space -> ideographic space)."""
    out = []
    for c in s:
        if c == " ":
            out.append("\u3000")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def cn_num(n: int) -> str:
    """Small integers 1..99 in Chinese."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def rand_split(rng: random.Random, s: str, parts: int) -> str:
    cuts = sorted(rng.sample(range(1, len(s)), parts - 1))
    pieces, last = [], 0
    for c in cuts + [len(s)]:
        pieces.append(s[last:c])
        last = c
    return " ".join(p for p in pieces)


# ---------------------------------------------------------------------------
# value generators: each returns (outside_prefix, value, outside_suffix)
# ---------------------------------------------------------------------------
_MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
               "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "171", "173",
               "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187",
               "188", "189", "191", "193", "195", "196", "197", "198", "199"]


def _mobile(rng):
    return rng.choice(_MOB_PREFIX) + digits(rng, 8)


def _m_letters(rng, m):
    sub = {"1": ["l", "I"], "0": ["O", "o"]}
    chars = list(m)
    idx = [i for i, c in enumerate(chars) if c in sub]
    pick = set(rng.sample(idx, max(1, (len(idx) + 1) // 2)))
    for i in sorted(pick):
        chars[i] = rng.choice(sub[chars[i]])
    return "".join(chars)


def _m_radio(rng, m):
    return "".join(_RADIO.get(c, _CN[int(c)]) for c in m)


def _m_mixed(rng, m):
    k = rng.randint(3, 7)
    start = rng.randint(0, 11 - k)
    return "".join(_CN[int(c)] if start <= i < start + k else c for i, c in enumerate(m))


MOBILE_FORMATS = {
    "plain": lambda r: ("", _mobile(r), ""),
    "space344": lambda r: ("", group(_mobile(r), (3, 4, 4)), ""),
    "dash344": lambda r: ("", group(_mobile(r), (3, 4, 4), "-"), ""),
    "space38": lambda r: ("", group(_mobile(r), (3, 8)), ""),
    "space434": lambda r: ("", group(_mobile(r), (4, 3, 4)), ""),
    "dot344": lambda r: ("", group(_mobile(r), (3, 4, 4), "."), ""),
    "fullwidth": lambda r: ("", fw(_mobile(r)), ""),
    "fullwidth_space344": lambda r: ("", fw(group(_mobile(r), (3, 4, 4))), ""),
    "cc_plus86": lambda r: (r.choice(["+86 ", "+86", "+86-", "＋86 ", "(+86)"]), _mobile(r), ""),
    "cc_0086": lambda r: (r.choice(["0086 ", "0086-", "0086"]), _mobile(r), ""),
    "cc_86dash": lambda r: (r.choice(["86-", "86 "]), group(_mobile(r), (3, 4, 4), r.choice(["", "-", " "])), ""),
    "bracketed": lambda r: (lambda b: (b[0], _mobile(r), b[1]))(r.choice(["（）", "()", "【】", "[]", "「」", "<>"])),
    "cn_numerals": lambda r: ("", "".join(_CN[int(c)] for c in _mobile(r)), ""),
    "cn_capital": lambda r: ("", "".join(_CAP[int(c)] for c in _mobile(r)), ""),
    "radio_digits": lambda r: ("", _m_radio(r, _mobile(r)), ""),
    "radio_spaced": lambda r: ("", group(_m_radio(r, _mobile(r)), (3, 4, 4)), ""),
    "mixed_cn_digits": lambda r: ("", _m_mixed(r, _mobile(r)), ""),
    "letters_for_digits": lambda r: ("", _m_letters(r, _mobile(r)), ""),
    "irregular_spaces": lambda r: ("", rand_split(r, _mobile(r), r.randint(3, 5)), ""),
    "each_digit_spaced": lambda r: ("", " ".join(_mobile(r)), ""),
    "emoji_separated": lambda r: ("", group(_mobile(r), (3, 4, 4), r.choice(["🌸", "⭐", "💗", "🍀", "🈳", "❤️"])), ""),
    "keycap_emoji": lambda r: ("", "".join(c + "\ufe0f\u20e3" for c in _mobile(r)), ""),
    "slash344": lambda r: ("", group(_mobile(r), (3, 4, 4), "/"), ""),
}

# landline: (area code, local length)
_AREA8 = ["010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0755", "0571", "0512",
          "0532", "0731", "0591", "0592", "0411", "0451", "0371", "0551", "0791", "0771", "0871",
          "0851", "0898", "0311", "0351", "0531", "0574", "0757", "0769"]
_AREA7 = ["0913", "0359", "0396", "0935", "0891", "0902", "0474", "0436", "0943", "0349"]


def _local(rng, n):
    return digits(rng, n, "2345678")


def _ll(rng, seven=False):
    if seven:
        return rng.choice(_AREA7), _local(rng, 7)
    return rng.choice(_AREA8), _local(rng, 8)


def _ext(rng):
    n = digits(rng, rng.choice([3, 4]), "123456789")
    return rng.choice([f"转{n}", f" 转{n}", f"分机{n}", f" 分机号{n}", f"-{n}", f" ext.{n}", f"（分机{n}）"])


LANDLINE_FORMATS = {
    "area_dash8": lambda r: (lambda a, l: ("", f"{a}-{l}", ""))(*_ll(r)),
    "area_dash7": lambda r: (lambda a, l: ("", f"{a}-{l}", ""))(*_ll(r, True)),
    "area_paren": lambda r: (lambda a, l: ("", r.choice(["({a}){l}", "（{a}）{l}", "({a}) {l}"]).format(a=a, l=l), ""))(*_ll(r)),
    "area_space": lambda r: (lambda a, l: ("", f"{a} {l}", ""))(*_ll(r)),
    "area_space44": lambda r: (lambda a, l: ("", f"{a} {l[:4]} {l[4:]}", ""))(*_ll(r)),
    "area_dash_split44": lambda r: (lambda a, l: ("", f"{a}-{l[:4]} {l[4:]}", ""))(*_ll(r)),
    "area_nosep": lambda r: (lambda a, l: ("", a + l, ""))(*_ll(r)),
    "local8": lambda r: ("", _local(r, 8), ""),
    "local7": lambda r: ("", _local(r, 7), ""),
    "local_dash44": lambda r: (lambda l: ("", r.choice([f"{l[:4]}-{l[4:]}", f"{l[:4]} {l[4:]}"]), ""))(_local(r, 8)),
    "with_extension": lambda r: (lambda a, l: ("", f"{a}-{l}", _ext(r)))(*_ll(r)),
    "cc86_no_zero": lambda r: (lambda a, l: (r.choice(["+86-", "+86 ", "0086-"]), f"{a[1:]}-{l}" if r.random() < .5 else f"{a[1:]} {l[:4]} {l[4:]}", ""))(*_ll(r)),
    "fullwidth": lambda r: (lambda a, l: ("", fw(f"{a}-{l}"), ""))(*_ll(r)),
    "em_dash": lambda r: (lambda a, l: ("", f"{a}{r.choice(['—', '－', '–', '——'])}{l}", ""))(*_ll(r)),
    "cn_numerals": lambda r: (lambda a, l: ("", "".join(_CN[int(c)] for c in a) + " " + "".join(_CN[int(c)] for c in l), ""))(*_ll(r)),
    "slash": lambda r: (lambda a, l: ("", f"{a}/{l}", ""))(*_ll(r)),
}

_PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yangguang", "zhaolei", "huangmin",
           "zhouxin", "wuhao", "xuli", "sunyue", "maxiaoyu", "zhuhong", "hulan", "guoqiang",
           "linfeng", "hejia", "gaoxiang", "luoyi", "zhengkai", "liangyu", "songtao", "tangmei",
           "hanxue", "fengchen", "dengyu", "caowen", "pengfei", "xiaoqi", "jiangnan", "yuwei"]
_DOM = ["163.com", "126.com", "qq.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com", "yeah.net",
        "aliyun.com", "139.com", "outlook.com", "hotmail.com", "gmail.com", "tom.com", "21cn.com"]
_EDU = ["pku.edu.cn", "mails.tsinghua.edu.cn", "zju.edu.cn", "stu.xjtu.edu.cn", "whu.edu.cn",
        "smail.nju.edu.cn", "mail.ustc.edu.cn", "stu.scu.edu.cn"]
_CORP = ["hx-tech.com.cn", "jinyuanlogistics.com", "xinghe-fin.cn", "dongfangmed.com",
         "lvcheng-re.com", "bluebay.net.cn", "starfit.com.cn", "yuntu-edu.cn"]


def _local_part(rng):
    p = rng.choice(_PINYIN)
    k = rng.randint(0, 4)
    if k == 0:
        return p + str(rng.randint(1970, 2008))
    if k == 1:
        return p + digits(rng, rng.randint(2, 4))
    if k == 2:
        return p[:rng.randint(2, 4)] + str(rng.randint(10, 999))
    if k == 3:
        return p + "_" + str(rng.randint(1, 99))
    return p + str(rng.randint(100, 9999))


def _qq_num(rng, lo=6, hi=10):
    n = rng.randint(lo, hi)
    return digits(rng, n, "123456789" if n < 11 else "23")


def _email_parts(rng):
    return _local_part(rng), rng.choice(_DOM)


EMAIL_FORMATS = {
    "qq_numeric": lambda r: ("", _qq_num(r, 6, 10) + "@qq.com", ""),
    "pinyin_plain": lambda r: ("", "%s@%s" % _email_parts(r), ""),
    "dotted_local": lambda r: ("", f"{r.choice(_PINYIN)[:3]}.{r.choice(_PINYIN)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(_DOM)}", ""),
    "hyphen_local": lambda r: ("", f"{r.choice(_PINYIN)}-{r.randint(1, 999)}@{r.choice(_DOM)}", ""),
    "uppercase": lambda r: ("", ("%s@%s" % _email_parts(r)).upper(), ""),
    "mixed_case": lambda r: ("", (lambda l, d: l[0].upper() + l[1:] + "@" + d.capitalize())(*_email_parts(r)), ""),
    "edu": lambda r: ("", f"{r.choice([str(r.randint(2018, 2025)) + digits(r, 6), r.choice(_PINYIN) + str(r.randint(18, 25))])}@{r.choice(_EDU)}", ""),
    "corporate": lambda r: ("", f"{r.choice(_PINYIN)}{r.choice(['', '.', '_'])}{r.choice(['', 'hr', 'cw', str(r.randint(1, 9))])}@{r.choice(_CORP)}", ""),
    "plus_tag": lambda r: ("", f"{r.choice(_PINYIN)}{r.randint(1, 99)}+{r.choice(['taobao', 'jd', 'shop', 'bill', 'vip'])}@{r.choice(['gmail.com', 'outlook.com', 'qq.com'])}", ""),
    "mobile_local_139": lambda r: ("", _mobile(r) + "@139.com", ""),
    "fullwidth_at": lambda r: ("", "%s＠%s" % _email_parts(r), ""),
    "fullwidth_all": lambda r: ("", fw("%s@%s" % _email_parts(r)), ""),
    "spaces_around_at": lambda r: ("", (lambda l, d: r.choice([f"{l} @ {d}", f"{l}@ {d}", f"{l} @{d}", f"{l} @ {d.replace('.', ' . ')}"]))(*_email_parts(r)), ""),
    "bracket_at": lambda r: ("", (lambda l, d: l + r.choice(["[at]", "(at)", "（at）", "[AT]", "{at}", "(a)"]) + d)(*_email_parts(r)), ""),
    "hash_for_at": lambda r: ("", "%s#%s" % _email_parts(r), r.choice(["（#换成@）", "，#改成@", " (#=@)", "（把#替换成@）"])),
    "cn_word_at": lambda r: ("", (lambda l, d: l + r.choice(["艾特", "艾特", "圈a", " at "]) + d.replace(".", r.choice(["点", "点", " dot "])))(*_email_parts(r)), ""),
    "word_at_dot": lambda r: ("", (lambda l, d: f"{l} at {d.replace('.', ' dot ')}")(*_email_parts(r)), ""),
    "no_tld": lambda r: ("", f"{_local_part(r)}@{r.choice(['163', '126', 'qq', 'sina'])}", ""),
    "angle_bracketed": lambda r: ("<", "%s@%s" % _email_parts(r), ">"),
}

QQ_FORMATS = {
    "plain": lambda r: ("", _qq_num(r, 7, 10), ""),
    "short5_6": lambda r: ("", _qq_num(r, 5, 6), ""),
    "long11": lambda r: ("", _qq_num(r, 11, 11), ""),
    "spaced": lambda r: (lambda q: ("", group(q, (3, 3, 3, 3) if r.random() < .5 else (4, 4, 4)), ""))(_qq_num(r, 8, 10)),
    "fullwidth": lambda r: ("", fw(_qq_num(r, 7, 10)), ""),
    "cn_numerals": lambda r: ("", "".join(_CN[int(c)] for c in _qq_num(r, 8, 10)), ""),
    "dash": lambda r: (lambda q: ("", q[:4] + "-" + q[4:], ""))(_qq_num(r, 8, 10)),
    "irregular_spaces": lambda r: ("", rand_split(r, _qq_num(r, 9, 10), 3), ""),
}

_WX_WORDS = ["sunny", "lucky", "happy", "tiger", "moon", "coco", "kiki", "mia", "leo", "ace", "echo",
             "bobo", "candy", "xiaoyu", "dudu", "mumu", "panda", "summer", "winter", "jerry", "vivian"]


def _wx_core(rng):
    k = rng.randint(0, 3)
    if k == 0:
        s = rng.choice(_PINYIN) + str(rng.randint(1980, 2008))
    elif k == 1:
        s = rng.choice(_WX_WORDS) + rng.choice(_PINYIN)[:rng.randint(2, 5)] + digits(rng, rng.randint(1, 4))
    elif k == 2:
        s = rng.choice(_PINYIN)[:rng.randint(1, 3)] + digits(rng, rng.randint(4, 8))
    else:
        s = rng.choice(_WX_WORDS) + digits(rng, rng.randint(3, 6))
    return s[:20] if len(s) >= 6 else s + digits(rng, 6 - len(s))


def _wxid(rng):
    return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))


WECHAT_FORMATS = {
    "pinyin_digits": lambda r: ("", _wx_core(r), ""),
    "mixed_case": lambda r: ("", (lambda s: s[0].upper() + s[1:3] + s[3:].capitalize())(r.choice(_PINYIN) + "_" + str(r.randint(10, 9999))), ""),
    "underscore": lambda r: ("", f"{r.choice(_PINYIN)[:r.randint(3, 6)]}_{r.choice(_WX_WORDS)}_{r.randint(1, 99)}"[:20], ""),
    "hyphen": lambda r: ("", f"{r.choice(_WX_WORDS)}-{r.choice(_PINYIN)[:4]}{r.randint(1, 999)}", ""),
    "wxid": lambda r: ("", _wxid(r), ""),
    "letters_only": lambda r: ("", (r.choice(_WX_WORDS) + r.choice(_PINYIN))[:r.randint(7, 14)], ""),
    "uppercase": lambda r: ("", _wx_core(r).upper(), ""),
    "short6": lambda r: ("", r.choice("abcdefghjkmnpqrstwxyz") + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5)), ""),
    "long20": lambda r: ("", (r.choice(_PINYIN) + "_" + r.choice(_WX_WORDS) + "_" + digits(r, 8))[:20], ""),
    "spaced_letters": lambda r: ("", " ".join(_wx_core(r)[:r.randint(6, 9)]), ""),
    "fullwidth": lambda r: ("", fw(_wx_core(r)), ""),
    "initials_mobile": lambda r: ("", r.choice(_PINYIN)[:r.randint(1, 3)] + _mobile(r), ""),
    "split_space": lambda r: (lambda s, k: ("", s[:k] + r.choice([" ", "  ", "_ "]) + s[k:], ""))(
        *(lambda s: (s, next((i for i, c in enumerate(s) if c.isdigit() and i >= 3), len(s) // 2)))(r.choice(_PINYIN) + digits(r, r.randint(3, 6)))),
}

_PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate_tail(rng):
    s = [rng.choice("0123456789") for _ in range(5)]
    for i in rng.sample(range(5), rng.choice([0, 0, 1, 2])):
        s[i] = rng.choice(_PL)
    return "".join(s)


def _pp(rng):
    return rng.choice(_PROV_ABBR) + rng.choice(_PL[:12])


PLATE_FORMATS = {
    "standard": lambda r: ("", _pp(r) + _plate_tail(r), ""),
    "middle_dot": lambda r: ("", _pp(r) + r.choice(["·", "•", "・"]) + _plate_tail(r), ""),
    "space": lambda r: ("", _pp(r) + " " + _plate_tail(r), ""),
    "dash": lambda r: ("", _pp(r) + "-" + _plate_tail(r), ""),
    "lowercase": lambda r: ("", (lambda p: p[0] + p[1:].lower())(_pp(r) + _plate_tail(r)), ""),
    "nev_small": lambda r: ("", _pp(r) + r.choice("DF") + r.choice(_PL + "0123456789") + digits(r, 4), ""),
    "nev_large": lambda r: ("", _pp(r) + digits(r, 5) + r.choice("DF"), ""),
    "nev_spaced": lambda r: ("", _pp(r) + r.choice([" ", "·"]) + r.choice("DF") + digits(r, 5), ""),
    "learner": lambda r: ("", _pp(r) + digits(r, 4) + "学", ""),
    "hk_macau": lambda r: ("", "粤Z" + r.choice(["", "·"]) + digits(r, 4) + r.choice("港澳"), ""),
    "trailer": lambda r: ("", r.choice("鲁冀豫晋苏皖") + r.choice(_PL[:10]) + digits(r, 4) + "挂", ""),
    "fullwidth": lambda r: ("", (lambda p: p[0] + fw(p[1:]))(_pp(r) + _plate_tail(r)), ""),
}

_ID_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "440304", "330106",
             "330110", "320102", "320506", "510107", "420111", "410105", "370202", "610113", "430104",
             "350203", "120104", "500112", "210102", "650102", "450103", "230103", "340104", "530102",
             "130102", "140105", "360102", "460105", "620102", "441900", "330382", "411625", "511321"]


def _birth(rng, y0, y1):
    while True:
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31)
        if _date_ok(y, m, d):
            return y, m, d


def _id18(rng, want=None):
    while True:
        y, m, d = _birth(rng, 1950, 2007)
        body = f"{rng.choice(_ID_AREAS)}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"
        c = id_check_char(body)
        if want is None and c == "X":
            continue
        if want == "X" and c != "X":
            continue
        return body + c


def _id15(rng):
    y, m, d = _birth(rng, 1935, 1984)
    return f"{rng.choice(_ID_AREAS)}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"


ID_FORMATS = {
    "plain18": lambda r: ("", _id18(r), ""),
    "x_upper": lambda r: ("", _id18(r, "X"), ""),
    "x_lower": lambda r: ("", _id18(r, "X").lower(), ""),
    "space_6_8_4": lambda r: ("", group(_id18(r, None if r.random() < .7 else "X"), (6, 8, 4)), ""),
    "space_4s": lambda r: ("", group(_id18(r), (4, 4, 4, 4, 2)), ""),
    "dash_6_8_4": lambda r: ("", group(_id18(r), (6, 8, 4), "-"), ""),
    "fullwidth": lambda r: ("", fw(_id18(r, None if r.random() < .6 else "X")), ""),
    "old15": lambda r: ("", _id15(r), ""),
    "old15_spaced": lambda r: ("", group(_id15(r), (6, 6, 3)), ""),
    "irregular_spaces": lambda r: ("", rand_split(r, _id18(r), 3), ""),
}

# (BIN, total length)
_BINS = [("622202", 19), ("621226", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("622262", 19),
         ("621799", 19), ("623668", 19), ("621483", 16), ("622588", 16), ("436742", 16), ("622568", 16),
         ("518710", 16), ("625965", 16), ("622908", 18), ("622909", 18), ("622630", 17), ("621485", 16),
         ("603367", 19), ("621098", 19), ("622155", 16), ("622609", 16), ("621462", 19), ("621559", 19)]


def _card(rng, length=None):
    cand = [b for b in _BINS if length is None or b[1] == length]
    b, n = rng.choice(cand)
    body = b + digits(rng, n - len(b) - 1)
    return body + luhn_digit(body)


BANK_FORMATS = {
    "plain16": lambda r: ("", _card(r, 16), ""),
    "plain17": lambda r: ("", _card(r, 17), ""),
    "plain18": lambda r: ("", _card(r, 18), ""),
    "plain19": lambda r: ("", _card(r, 19), ""),
    "space4": lambda r: ("", group(_card(r), (4, 4, 4, 4, 4)), ""),
    "dash4": lambda r: ("", group(_card(r), (4, 4, 4, 4, 4), "-"), ""),
    "space_6_rest": lambda r: (lambda c: ("", c[:6] + " " + c[6:], ""))(_card(r)),
    "irregular_spaces": lambda r: ("", rand_split(r, _card(r), r.randint(3, 5)), ""),
    "fullwidth": lambda r: ("", fw(_card(r)), ""),
    "fullwidth_space4": lambda r: ("", fw(group(_card(r), (4, 4, 4, 4, 4))), ""),
    "double_space4": lambda r: ("", group(_card(r), (4, 4, 4, 4, 4), "  "), ""),
}

# --- addresses -------------------------------------------------------------
_PCD = [
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区", "龙华区"]),
    ("广东省", "广州市", ["天河区", "海珠区", "番禺区", "白云区"]),
    ("浙江省", "杭州市", ["西湖区", "余杭区", "滨江区", "拱墅区"]),
    ("江苏省", "南京市", ["鼓楼区", "江宁区", "玄武区"]),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区"]),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区", "昌平区"]),
    ("", "上海市", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
    ("", "天津市", ["南开区", "河西区"]),
    ("", "重庆市", ["渝北区", "江北区", "九龙坡区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
    ("山东省", "青岛市", ["市南区", "黄岛区", "崂山区"]),
    ("陕西省", "西安市", ["雁塔区", "未央区", "碑林区"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
    ("辽宁省", "沈阳市", ["和平区", "浑南区"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"]),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"]),
]
_ROADS = ["科技园南路", "文三路", "中山路", "人民路", "解放大道", "建设路", "长江路", "天府大道北段",
          "张杨路", "虹桥路", "五四路", "香港中路", "雁塔北路", "金水路", "东风路", "学院路", "滨河路",
          "南京西路", "深南大道", "北京路", "黄河路", "新华街", "光明街", "幸福大街", "迎宾大道",
          "和平东路", "友谊路", "青年路", "朝阳北路", "古墩路"]
_ESTATES = ["华润城润府", "万科城", "碧桂园", "保利花园", "恒大名都", "绿地世纪城", "龙湖春江郦城",
            "融创壹号院", "金地格林小镇", "阳光100", "中海国际社区", "世茂滨江花园", "翠湖苑",
            "幸福里小区", "锦绣家园", "紫薇花园", "望京西园三区", "天通苑北一区", "龙泽苑", "招商雍景湾",
            "万达华府", "美的君兰江山", "越秀星汇云城", "新城国际", "蓝光COCO金沙", "富力城"]
_TOWERS = ["望京SOHO T{a}", "科兴科学园B{a}栋", "国贸大厦{L}座", "创业大厦{L}座", "软件园二期{a}号楼",
           "环球中心{L}区", "财富广场{L}座", "世纪汇{a}号楼"]


def _bldg(rng):
    n = rng.randint(1, 32)
    return rng.choice([f"{n}栋", f"{n}幢", f"{n}号楼", f"{rng.choice('ABCDE')}座", f"{n}座"])


def _room(rng, suffix=True):
    r = f"{rng.randint(1, 33)}{rng.randint(1, 8):02d}"
    return r + (rng.choice(["室", "室", "房", "号", ""]) if suffix else "")


def _unit(rng):
    return f"{rng.randint(1, 6)}单元"


def _road_no(rng):
    return rng.choice(_ROADS) + f"{rng.randint(1, 999)}号"


def _pcd(rng):
    p, c, ds = rng.choice(_PCD)
    return p, c, rng.choice(ds)


def _addr_full(rng):
    p, c, d = _pcd(rng)
    tail = rng.choice(_ESTATES) + _bldg(rng) + (_unit(rng) if rng.random() < .6 else "") + _room(rng)
    return p + c + d + _road_no(rng) + tail


def _addr_city(rng):
    _, c, d = _pcd(rng)
    return c + d + _road_no(rng) + rng.choice(_ESTATES) + _bldg(rng) + _room(rng)


def _addr_district(rng):
    _, _, d = _pcd(rng)
    return d + _road_no(rng) + rng.choice(_ESTATES) + _bldg(rng) + _unit(rng) + _room(rng)


def _addr_road(rng):
    return rng.choice([_road_no(rng), rng.choice(_ROADS) + f"{rng.randint(1, 300)}-{rng.randint(1, 12)}号"]) + \
        rng.choice(["", "", f"{rng.randint(1, 3)}楼", f"{_room(rng)}"])


def _addr_estate(rng):
    return rng.choice(_ESTATES) + rng.choice(["", " "]) + _bldg(rng) + (_unit(rng) if rng.random() < .5 else "") + _room(rng)


def _addr_dash(rng):
    return rng.choice(_ESTATES) + rng.choice(["", " "]) + f"{rng.randint(1, 30)}-{rng.randint(1, 6)}-{_room(rng, False)}"


def _addr_hash(rng):
    return rng.choice(_ESTATES) + f"{rng.randint(1, 30)}#" + rng.choice(["", "楼"]) + _room(rng, False)


def _addr_spaced(rng):
    p, c, d = _pcd(rng)
    parts = [x for x in (p, c, d) if x] + [_road_no(rng), rng.choice(_ESTATES), _bldg(rng), _room(rng)]
    return " ".join(parts)


def _addr_comma(rng):
    p, c, d = _pcd(rng)
    parts = [x for x in (p, c, d) if x] + [_road_no(rng) + rng.choice(_ESTATES) + _bldg(rng) + _room(rng)]
    return rng.choice(["，", ",", "/", " / "]).join(parts)


_RURAL = [("河南省", "周口市", "郸城县", "汲冢镇"), ("四川省", "南充市", "仪陇县", "马鞍镇"),
          ("湖南省", "邵阳市", "隆回县", "桃洪镇"), ("山东省", "菏泽市", "曹县", "青堌集镇"),
          ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("江西省", "赣州市", "于都县", "禾丰镇"),
          ("贵州省", "毕节市", "威宁县", "草海镇"), ("河北省", "保定市", "涞源县", "银坊镇"),
          ("甘肃省", "天水市", "秦安县", "兴国镇"), ("湖北省", "黄冈市", "蕲春县", "漕河镇"),
          ("云南省", "曲靖市", "宣威市", "板桥街道"), ("山西省", "运城市", "临猗县", "角杯乡")]
_VILL = ["李楼村", "先锋村", "新民村", "王庄村", "大坪村", "红旗村", "张湾村", "柳树村", "前进村",
         "石门村", "高家岭村", "河东村"]


def _addr_rural(rng):
    p, c, x, t = rng.choice(_RURAL)
    head = rng.choice([p + c + x + t, c + x + t, x + t, p + x + t])
    n = rng.randint(1, 12)
    grp = rng.choice([f"{n}组", f"{cn_num(n)}组", f"第{cn_num(n)}村民小组", f"{n}社", f"{cn_num(n)}队",
                      f"{n}组{rng.randint(1, 80)}号"])
    return head + rng.choice(_VILL) + grp


_TUN = [("广西壮族自治区", "百色市田阳区", "那坡镇", "那满村", "那坡屯"),
        ("广西壮族自治区", "河池市都安瑶族自治县", "地苏镇", "大定村", "弄谷屯"),
        ("黑龙江省", "绥化市望奎县", "灵山乡", "东三村", "后三屯"),
        ("吉林省", "榆树市", "五棵树镇", "前进村", "刘家屯"),
        ("广西壮族自治区", "崇左市大新县", "硕龙镇", "隘江村", "念底屯"),
        ("辽宁省", "铁岭市昌图县", "八面城镇", "永安村", "王家屯")]


def _addr_tun(rng):
    p, c, t, v, tun = rng.choice(_TUN)
    return rng.choice([p + c, c, ""]) + t + v + tun + rng.choice(["", f"{rng.randint(1, 60)}号"])


_CAMPUS = [("浙江大学紫金港校区", ["蓝田{n}舍{r}", "碧峰{n}舍{r}", "白沙{n}幢{r}"]),
           ("华中科技大学", ["东区西{c}舍{r}", "韵苑{n}栋{r}"]),
           ("武汉大学", ["枫园{n}舍{r}", "桂园{n}舍{r}"]),
           ("四川大学江安校区", ["西园{n}舍{r}", "东园{n}舍{r}"]),
           ("南京大学仙林校区", ["{n}栋{r}"]),
           ("中山大学南校园", ["{n}号学生宿舍{r}"]),
           ("郑州大学主校区", ["柳园{n}号楼{r}", "松园{n}号楼{r}"]),
           ("西安交通大学兴庆校区", ["东{n}舍{r}"]),
           ("深圳职业技术大学", ["西丽湖校区{n}栋{r}"]),
           ("湖南师范大学", ["至善村{n}栋{r}"])]
_CAMPUS_CITY = {"浙江大学紫金港校区": "杭州市西湖区", "华中科技大学": "湖北省武汉市洪山区",
                "武汉大学": "武汉市武昌区", "四川大学江安校区": "成都市双流区", "南京大学仙林校区": "南京市栖霞区",
                "中山大学南校园": "广州市海珠区", "郑州大学主校区": "郑州市高新区",
                "西安交通大学兴庆校区": "西安市碑林区", "深圳职业技术大学": "深圳市南山区",
                "湖南师范大学": "长沙市岳麓区"}


def _addr_campus(rng, with_city=False):
    c, dorms = rng.choice(_CAMPUS)
    n = rng.randint(1, 20)
    d = rng.choice(dorms).format(n=n, c=cn_num(n), r=f"{rng.randint(1, 7)}{rng.randint(1, 40):02d}" + rng.choice(["", "", "室", "寝室"]))
    return (_CAMPUS_CITY[c] if with_city else "") + c + rng.choice(["", " "]) + d


_PARKS = ["苏州工业园区星湖街{n}号创意产业园{b}栋{f}楼", "东莞市松山湖高新区工业北路{n}号{b}号厂房",
          "宁波市北仑区小港工业园区{n}号", "昆山市开发区前进东路{n}号C栋{f}楼",
          "深圳市宝安区福永街道凤凰工业区{b}栋{f}楼", "天津市滨海新区经济技术开发区第{c}大街{n}号",
          "佛山市顺德区北滘镇工业园林港路{n}号", "无锡市新吴区新华路{n}号{b}号车间",
          "合肥市高新区创新产业园二期{L}{b}栋{f}楼"]


def _addr_park(rng):
    n = rng.randint(1, 400)
    b = rng.randint(1, 12)
    return rng.choice(_PARKS).format(n=n, b=b, f=rng.randint(1, 8), c=cn_num(rng.randint(1, 13)), L=rng.choice("ABCDEFGH"))


_HOSP = ["上海市第六人民医院住院部{f}楼{b}床", "四川大学华西医院第一住院大楼{f}楼{b}床",
         "郑州大学第一附属医院河医院区{n}号楼{f}楼{b}床", "中山大学附属第一医院{n}号楼{f}楼{w}病区{b}床",
         "杭州市第一人民医院住院部{f}楼{b}号床", "武汉协和医院外科楼{f}楼{b}床"]


def _addr_hosp(rng):
    return rng.choice(_HOSP).format(f=rng.randint(2, 22), b=rng.randint(1, 60), n=rng.randint(1, 9), w=rng.choice("东西南北"))


def _addr_tower(rng):
    _, c, d = _pcd(rng)
    t = rng.choice(_TOWERS).format(a=rng.randint(1, 9), L=rng.choice("ABCD"))
    return rng.choice(["", c, c + d, d]) + t + rng.choice(["", " "]) + rng.choice([f"{rng.randint(2, 40)}{rng.randint(1, 20):02d}", f"{rng.randint(2, 40)}楼", f"{rng.randint(2, 40)}层{rng.randint(1, 20):02d}室"])


def _addr_lane(rng):
    return rng.choice(["上海市徐汇区虹梅路", "上海市静安区康定路", "静安区延平路", "黄浦区建国中路", "上海市长宁区愚园路"]) + \
        f"{rng.randint(1, 2000)}弄{rng.randint(1, 99)}号" + rng.choice(["", f"{rng.randint(1, 6)}楼", _room(rng)])


def _addr_hutong(rng):
    return rng.choice(["北京市东城区", "东城区", "北京市西城区", "西城区"]) + rng.choice(["菊儿胡同", "帽儿胡同", "百花深处胡同", "砖塔胡同", "东四十条"]) + \
        f"{rng.randint(1, 120)}号" + rng.choice(["", "院", f"院{rng.randint(1, 9)}号"])


def _addr_bldg_only(rng):
    return f"{rng.randint(1, 30)}{rng.choice(['号楼', '栋', '幢'])}{_unit(rng)}{_room(rng)}"


def _addr_county(rng):
    return rng.choice(["浙江省湖州市安吉县递铺街道", "江苏省昆山市玉山镇", "广东省佛山市顺德区大良街道", "福建省晋江市陈埭镇",
                       "浙江省义乌市稠城街道", "山东省寿光市圣城街道"]) + _road_no(rng) + rng.choice(["", _bldg(rng) + _room(rng)])


def _addr_cn_numbers(rng):
    _, c, d = _pcd(rng)
    return c + d + rng.choice(_ROADS) + cn_num(rng.randint(11, 99)) + "号" + rng.choice(_ESTATES) + cn_num(rng.randint(1, 19)) + "栋" + cn_num(rng.randint(1, 6)) + "单元" + str(rng.randint(101, 2808))


ADDRESS_FORMATS = {
    "province_to_room": lambda r: ("", _addr_full(r), ""),
    "city_to_room": lambda r: ("", _addr_city(r), ""),
    "district_to_room": lambda r: ("", _addr_district(r), ""),
    "road_number": lambda r: ("", _addr_road(r), ""),
    "estate_building": lambda r: ("", _addr_estate(r), ""),
    "dash_shorthand": lambda r: ("", _addr_dash(r), ""),
    "hash_building": lambda r: ("", _addr_hash(r), ""),
    "spaced_parts": lambda r: ("", _addr_spaced(r), ""),
    "comma_separated": lambda r: ("", _addr_comma(r), ""),
    "rural_group": lambda r: ("", _addr_rural(r), ""),
    "rural_tun": lambda r: ("", _addr_tun(r), ""),
    "campus_dorm": lambda r: ("", _addr_campus(r), ""),
    "campus_with_city": lambda r: ("", _addr_campus(r, True), ""),
    "industrial_park": lambda r: ("", _addr_park(r), ""),
    "hospital_bed": lambda r: ("", _addr_hosp(r), ""),
    "office_tower": lambda r: ("", _addr_tower(r), ""),
    "shanghai_lane": lambda r: ("", _addr_lane(r), ""),
    "beijing_hutong": lambda r: ("", _addr_hutong(r), ""),
    "building_room_only": lambda r: ("", _addr_bldg_only(r), ""),
    "county_town_street": lambda r: ("", _addr_county(r), ""),
    "cn_numerals_mixed": lambda r: ("", _addr_cn_numbers(r), ""),
}

FORMATS = {
    "mobile": MOBILE_FORMATS, "landline": LANDLINE_FORMATS, "email": EMAIL_FORMATS, "qq": QQ_FORMATS,
    "wechat": WECHAT_FORMATS, "plate": PLATE_FORMATS, "id_card": ID_FORMATS, "bank_card": BANK_FORMATS,
    "address": ADDRESS_FORMATS,
}

# ---------------------------------------------------------------------------
# single-value templates ({v} is the value)
# ---------------------------------------------------------------------------
TEMPLATES = {
    "mobile": [
        "我手机号{v}，到了打我电话", "电话：{v}", "{v}", "手机{v}（微信同号）", "联系方式 {v} 找我就行",
        "收货人电话改成{v}", "骑手联系不上我，我的号是{v}", "麻烦预约师傅上门，电话{v}，下午都在家",
        "新手机号是{v}，旧的那个停机了", "tel:{v}", "Tel {v}", "phone: {v}", "mobile：{v}", "shouji {v}",
        "手机好{v}", "手机吗{v}", "电化{v}", "打这个 {v}", "{v} 这个是我老公的，也能打",
        "预留手机号：{v}", "来电请拨{v}", "孩子家长电话{v}", "看房的话直接打我{v}", "联系我：{v}✨",
        "📱{v}", "我的号码是 {v} 别打错了", "发短信到{v}", "电话号码{v}，工作日白天可能接不到",
        "{v}打这个，另一个号不用了", "退货上门取件电话写的{v}", "手机号码:{v}", "电话微信同号{v}",
        "挂号时留的手机是{v}", "教练说加我电话{v}约课", "飞猪订单联系人手机{v}", "你们师傅打{v}就行",
        "车险续保联系{v}", "紧急联系人手机：{v}", "手机尾号不对，完整的是{v}", "Mobile phone: {v}",
        "报名留的电话是{v}吗？对的", "打我手机！{v}", "cell {v}", "手机:{v}（晚上8点后）",
        "房东电话{v}，你们直接联系她", "外卖备注了电话{v}", "快递员说打{v}没人接，那是我的号",
        "我妈的手机{v}，老人家不会用微信", "领导让我把号码发你：{v}", "手机号变更为 {v}",
    ],
    "landline": [
        "座机{v}", "电话：{v}", "办公室电话 {v}", "家里电话{v}", "固话{v}", "Tel: {v}",
        "我们公司电话{v}，找财务", "坐机{v}", "宿舍电话{v}", "打家里座机 {v}", "单位电话：{v}",
        "工作电话{v}，上班时间打", "座机号码 {v} 有人接", "{v} 这是我家的电话", "电话{v}（白天）",
        "发票抬头那边的电话写{v}", "家庭电话：{v}", "固定电话{v}，手机没信号", "办公电话{v}",
        "TEL：{v}", "dianhua {v}", "联系电话 {v}", "座机打{v}，我在家", "爸妈家座机{v}",
        "诊所前台是我，电话{v}", "学校办公室（我是班主任）{v}", "店里座机{v}，找我本人",
        "zuoji {v}", "我单位座机 {v}", "电话打到{v}也行",
    ],
    "email": [
        "邮箱{v}", "邮箱：{v}", "email: {v}", "E-mail：{v}", "Email {v}", "发我邮箱 {v}",
        "简历发到{v}", "发票请发到{v}", "mail：{v}", "youxiang {v}", "邮件地址 {v}",
        "电子发票推送邮箱 {v}", "油箱{v}", "邮箱号 {v}", "{v} 这是我的邮箱", "合同扫描件发{v}",
        "成绩单麻烦发{v}", "账单寄送邮箱改为{v}", "请把报价单发到 {v} 谢谢", "我的邮箱是{v}哦",
        "邮件：{v}", "收件邮箱{v}", "麻烦把体检报告发我邮箱{v}", "ICloud不用了，用{v}",
        "注册账号用的邮箱 {v}", "📧 {v}", "邮箱地址：{v}（常用）", "发邮件给我 {v}",
    ],
    "qq": [
        "QQ{v}", "qq：{v}", "扣扣{v}", "Q号 {v}", "企鹅号{v}", "加我QQ {v} 发你资料", "我的QQ是{v}",
        "QQ号码：{v}", "{v}（QQ）", "抠抠{v}", "ＱＱ：{v}", "Q：{v}", "qq号{v}", "QQ {v} 备注订单",
        "扣扣号 {v}", "加q{v}", "我QQ{v}，微信不常用", "老师说加QQ {v}交作业", "qq号是 {v} 哦",
        "腾讯QQ：{v}", "QQ联系 {v}", "QQ：{v}，离线也可以留言", "kou kou {v}", "qq邮箱没开，加qq吧{v}",
    ],
    "wechat": [
        "微信{v}", "微信号：{v}", "VX：{v}", "vx {v}", "V信{v}", "薇信 {v}", "威信{v}", "wx:{v}",
        "WeChat: {v}", "加我微信 {v} 拉你进群", "➕V {v}", "加v：{v}", "卫星{v}", "绿泡泡 {v}",
        "weixin {v}", "我微信{v}，备注来自淘宝", "搜{v}加我微信", "微信号是{v}不是手机号",
        "微x {v}", "wechat id：{v}", "VX号{v}", "威：{v}", "我vx是{v}，加的时候说一声",
        "微信：{v}（私聊发图）", "加个微信吧 {v}", "微信搜索{v}", "💬{v}", "V：{v}",
        "加微{v}", "微心{v}", "卫星号 {v} 加我", "{v} 这是我微信",
    ],
    "plate": [
        "车牌号{v}", "我的车是{v}", "{v}车主", "停车场入口 {v} 抬杆不了", "车牌：{v}，预约周六保养",
        "挪车！{v}的车主在吗", "车牌{v}，帮我查一下违章", "登记一下访客车辆{v}", "{v} 这台车的保险到期了",
        "洗车预约：{v}", "我开的是{v}", "ETC绑定的车牌是{v}", "充电桩被{v}占了", "chepai {v}",
        "车牌号码：{v}", "小区门禁录一下车牌{v}", "拖车师傅，车是{v}，白色的", "代驾订单车辆{v}",
        "4S店保养登记的车牌{v}", "年检车辆：{v}", "车辆{v}已到达仓库", "司机车牌{v}，到了联系",
    ],
    "id_card": [
        "身份证号{v}", "身份证：{v}", "证件号码 {v}", "sfz {v}", "身份证号码是{v}，帮我查下社保",
        "ID：{v}", "身份证号 {v}（本人）", "身分证{v}", "身份正{v}", "{v} 这是我身份证",
        "办理入住用的证件号{v}", "挂号用的身份证号：{v}", "身份证号码:{v}", "证件号：{v}",
        "实名认证的身份证号 {v}", "机票乘机人证件 {v}", "学生身份证号{v}，报名用", "身份证 {v}",
        "开户用的身份证号码{v}", "居民身份证号{v}", "shenfenzheng {v}", "身份证号是 {v} 没错",
    ],
    "bank_card": [
        "卡号{v}", "银行卡号：{v}", "退款打到这张卡{v}", "工资卡 {v} 建设银行", "收款账号 {v}",
        "账号：{v} 开户行：工商银行杭州分行", "yhk {v}", "银行卡{v}户名本人", "帐号{v}",
        "{v} 农行的", "信用卡{v}还款失败", "储蓄卡号码 {v}", "银行卡：{v}", "提现卡号{v}",
        "退保金打到{v}", "卡号是{v}，招行的", "绑定的银行卡 {v}", "银行账号:{v}", "代扣卡号 {v}",
        "yinhangka {v}", "报销打这张卡：{v}", "收款卡号：{v}（中国银行）",
    ],
    "address": [
        "地址：{v}", "收货地址 {v}", "寄到{v}", "我家在{v}", "送到{v}就行", "上门地址{v}",
        "发货到 {v}，谢谢", "现住址：{v}", "改地址：{v}", "维修地址是{v}", "家庭住址{v}",
        "dizhi: {v}", "地止{v}", "{v}，到了打电话", "快递放{v}门口", "我住{v}", "Address: {v}",
        "收件地址：{v}", "安装地址 {v}", "麻烦改一下收货地址，改成{v}", "送货上门：{v}",
        "外卖送到{v}", "保洁上门地址{v}", "通讯地址：{v}", "帮我寄到{v}吧", "{v}",
        "搬家从{v}搬出", "取件地址 {v}", "体检报告邮寄到{v}", "地址是{v}，放快递柜就行",
    ],
}

PREFIXES = ["", "", "", "", "您好，", "你好 ", "亲，", "在吗？", "麻烦一下，", "hi，", "嗯嗯 ", "好的，",
            "客服您好！", "那个，", "哦对了，", "补充一下：", "打扰了，", "【客户】", "美女，", "师傅，"]
SUFFIXES = ["", "", "", "", "，谢谢", "。", "！", "~", "～", " 谢谢啦", "🙏", " [抱拳]", "，辛苦了", "哈",
            "，尽快哈", " 急！", "！！！", "😊", "，麻烦了", " 收到回复下"]

# ---------------------------------------------------------------------------
# multi-value templates ({kind} = entity, {kind@form} forced form, {~near} near-miss)
# ---------------------------------------------------------------------------
MULTI_TEMPLATES = [
    "姓名：（本人）\n电话：{mobile}\n地址：{address}",
    "收件人：我\n手机：{mobile}\n收货地址：{address}",
    "开户行：招商银行深圳分行\n卡号：{bank_card}\n预留手机：{mobile}",
    "身份证号：{id_card}\n银行卡号：{bank_card}",
    "QQ：{qq} 微信：{wechat}",
    "邮箱{email}，或者加我QQ{qq}",
    "电话{mobile}或者座机{landline}",
    "车牌{plate}，车主电话{mobile}",
    "报名信息：身份证{id_card}，手机{mobile}，邮箱{email}",
    "发票邮箱：{email}；联系电话：{landline}",
    "{mobile}/{mobile}",
    "微信{wechat}，手机{mobile}，地址{address}",
    "订单号{~order_no}，收货电话{mobile}",
    "停车场登记：{plate}，联系{mobile}",
    "退款到这张卡：{bank_card}，户名本人，身份证{id_card}",
    "家长手机{mobile}，家庭住址{address}",
    "紧急联系人电话：{mobile}，单位电话{landline}",
    "VX：{wechat} Q：{qq} 📧 {email}",
    "快递寄到{address}，电话{mobile}，到了放门口",
    "入住人证件号{id_card}，手机{mobile}，{~datetime}到店",
    "我在{address}，车是{plate}，过来接我一下",
    "【预约信息】\n手机号：{mobile}\n车牌号：{plate}\n到店时间：{~datetime}",
    "联系人电话{mobile}，备用{mobile}",
    "办公室{landline}，手机{mobile}，邮箱{email}",
    "运单{~tracking_no}改派到{address}，收件电话{mobile}",
    "工资卡{bank_card}；身份证{id_card}；手机{mobile}",
    "加QQ{qq}或者微信{wechat}都行",
    "姓名：略 性别：女 身份证号码：{id_card} 联系电话：{mobile} 现住址：{address}",
    "账户信息——户名：本人｜账号：{bank_card}｜开户行：建设银行｜手机：{mobile}",
    "邮箱 {email} 手机 {mobile}",
    "微信同号{mobile}，QQ{qq}",
    "维修单：地址{address}，电话{landline}，{~product_model}不制冷",
    "学员手机{mobile}，家长微信{wechat}",
    "投诉人电话{mobile}，车牌{plate}，事发地{~public_place}门口",
    "发货地址：{address}\n收货电话：{mobile}\n备注：金额{~amount}已付",
    "新车上牌{plate}，发票发{email}",
    "网签资料：身份证{id_card}，银行卡{bank_card}，面积{~floor_area}",
    "电话：{landline} 传真同号 邮箱：{email}",
    "我的信息：\n微信：{wechat}\n手机：{mobile}\nQQ：{qq}",
    "取件地址{address}，联系人手机{mobile}，{~quantity}",
    "乘车人证件{id_card}，联系电话{mobile}，车次{~train_no}",
    "客户资料 手机:{mobile} 邮箱:{email} 地址:{address}",
    "体检登记：身份证号{id_card}，家庭电话{landline}",
    "{plate}和{plate}两台车都要办年卡",
    "信用卡{bank_card}还款，提醒短信发{mobile}",
    "寄件人：{address} {mobile}",
    "收：{address}，{mobile}",
    "微信支付不了，转账到卡{bank_card}吧，到账后发截图到{wechat}",
    "QQ邮箱{email}，QQ号{qq}",
    "公司座机{landline}，本人邮箱{email}，微信{wechat}",
]

# ---------------------------------------------------------------------------
# near-miss value generators
# ---------------------------------------------------------------------------


def _fail_digits(rng, n, first="123456789"):
    """Random digit string of length n that fails Luhn / ID checks where applicable."""
    while True:
        s = digits(rng, n, first)
        if 16 <= n <= 19 and luhn_ok(s):
            continue
        if n == 18 and id18_checksum_ok(s):
            continue
        if n == 15 and id15_valid(s):
            continue
        return s


def _nm_order(r):
    k = r.randint(0, 3)
    if k == 0:
        return _fail_digits(r, r.choice([18, 19]))
    if k == 1:
        return _fail_digits(r, 12, "2")
    if k == 2:
        return f"{r.randint(23, 25)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_fail_digits(r, 15)}"
    return "DD" + _fail_digits(r, 16)


def _nm_tracking(r):
    k = r.randint(0, 5)
    if k == 0:
        return "SF" + digits(r, 13, "1")
    if k == 1:
        return "YT" + digits(r, 13, "7")
    if k == 2:
        return "JT" + digits(r, 13, "0")
    if k == 3:
        return r.choice(["73", "75", "78"]) + digits(r, 12)
    if k == 4:
        return "JDVA" + digits(r, 11)
    return _fail_digits(r, 15, "4")


_MODELS = ["iPhone 15 Pro Max 256G", "XQ-65X91L", "RTX 4090", "小米14 Ultra", "SM-S9180", "HUAWEI Mate 60 Pro",
           "KFR-35GW/NhGd1BAj", "BCD-470WDPG", "MacBook Air M2", "EG10014B39GU1", "DJI Mini 4 Pro",
           "Redmi K70", "OPPO Find X7", "ThinkPad X1 Carbon Gen11", "iPad Air 5", "AirPods Pro 2",
           "戴森V12", "九阳DJ13B-D08D", "美的MB-FB40Simple111", "格力KFR-26GW", "vivo X100s",
           "海尔EG100MATE28S", "比亚迪汉EV", "特斯拉Model Y", "理想L7", "宝马X5", "奥迪A6L"]
_PLACES = ["万达广场", "深圳北站", "首都机场T3航站楼", "市第一人民医院门诊楼", "人民公园", "西湖断桥",
           "虹桥火车站", "天河城", "春熙路太古里", "解放碑", "大悦城", "宜家家居", "沃尔玛", "市民中心",
           "地铁2号线", "高铁站出站口", "区政务服务中心", "星巴克", "南京南站", "奥体中心", "世纪公园",
           "国家图书馆", "滨江公园", "万象城", "长隆野生动物世界", "机场大巴站", "北京协和医院",
           "浙江大学", "华西医院", "中关村", "陆家嘴", "高新园地铁站B出口"]
_REGIONS = ["浙江省杭州市", "广东省", "深圳南山", "成都", "杭州市西湖区", "上海浦东", "北京市朝阳区",
            "江苏", "海南省", "新疆", "西藏", "苏州工业园区", "武汉光谷", "重庆主城区", "东北三省",
            "广州市天河区", "郑州", "青岛黄岛区", "厦门岛内", "长沙"]


def _nm_amount(r):
    v = r.randint(5, 99999)
    return r.choice([f"¥{v:,}.00", f"{v}元", f"￥{v}", f"{v}.{r.randint(0, 99):02d}元", f"RMB {v}",
                     f"{cn_num(r.randint(2, 9))}千{cn_num(r.randint(1, 9))}百块", f"{v}块钱", f"{r.randint(1, 99)}万"])


def _nm_datetime(r):
    y, m, d = 2024 + r.randint(0, 2), r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(0, 23), r.choice([0, 15, 30, 45, 20])
    return r.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}", f"{m}月{d}日下午{r.randint(1, 6)}点",
                     f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{h:02d}:{mi:02d}:{r.randint(0, 59):02d}",
                     f"{m}.{d} {h}:{mi:02d}", f"周{r.choice('一二三四五六日')}上午{r.randint(8, 11)}点半"])


def _nm_verify(r):
    return digits(r, r.choice([4, 6, 6, 6]))


def _nm_pickup(r):
    return r.choice([f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(1, 9)}-{r.randint(100, 999)}",
                     f"A{r.randint(1, 40)}-{r.randint(1000, 9999)}", digits(r, 6), f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1001, 8999)}"])


def _nm_member(r):
    return r.choice(["VIP" + digits(r, 8), digits(r, 8, "8"), "M" + digits(r, 10), digits(r, 12, "6")])


def _nm_hotline(r):
    return r.choice(["400-820-8820", "400 600 " + digits(r, 4), "400" + digits(r, 7), "800-830-" + digits(r, 4),
                     "95588", "95555", "95533", "95566", "95511", "12345", "10086", "10010", "12315", "12306",
                     "120", "114", "4006-" + digits(r, 3) + "-" + digits(r, 3), "95" + digits(r, 3), "1010-" + digits(r, 4)])


def _nm_version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                     f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(10, 60)}", f"HarmonyOS {r.randint(2, 5)}.{r.randint(0, 2)}",
                     f"V{r.randint(10, 14)}.{r.randint(0, 5)}.{r.randint(0, 9)}.{r.randint(100, 999)}"])


def _nm_ip(r):
    return r.choice([f"192.168.{r.randint(0, 5)}.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     "114.114.114.114", "8.8.8.8", f"{r.randint(36, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def _nm_layout(r):
    return r.choice([f"{r.randint(1, 5)}室{r.randint(1, 2)}厅{r.randint(1, 3)}卫", f"{cn_num(r.randint(1, 4))}室{cn_num(r.randint(1, 2))}厅",
                     f"{r.randint(2, 5)}房{r.randint(1, 2)}厅", f"{r.randint(2, 4)}居室", f"{cn_num(r.randint(2, 4))}房一厅一卫"])


def _nm_area(r):
    return r.choice([f"{r.randint(40, 260)}.{r.randint(1, 9)}㎡", f"建面{r.randint(60, 180)}平", f"套内{r.randint(50, 150)}.{r.randint(1, 99)}平方米",
                     f"{r.randint(30, 300)}平米", f"{r.randint(60, 200)}m²"])


def _nm_masked_mobile(r):
    m = _mobile(r)
    return r.choice([m[:3] + "****" + m[7:], f"尾号{m[7:]}", f"{m[:3]} **** {m[7:]}", m[:3] + "xxxx" + m[7:], m[:3] + "*" * 6 + m[9:]])


def _nm_masked_card(r):
    c = _card(r)
    return r.choice([f"{c[:4]} **** **** {c[-4:]}", f"尾号{c[-4:]}", c[:6] + "*" * (len(c) - 10) + c[-4:], f"**** {c[-4:]}"])


def _nm_masked_id(r):
    i = _id18(r)
    return r.choice([i[:4] + "*" * 10 + i[-4:], f"后四位{i[-4:]}", i[:6] + "********" + i[-4:], i[:1] + "*" * 16 + i[-1:]])


def _nm_group(r):
    return r.choice([digits(r, r.randint(8, 10), "1234567"), f"{r.randint(1, 30)}群", digits(r, 9, "5789")])


def _nm_flight(r):
    return r.choice(["CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "9C"]) + str(r.randint(100, 9999))


def _nm_train(r):
    return r.choice("GDKZT") + str(r.randint(1, 9999)) + r.choice(["", f" {r.randint(1, 16):02d}车{r.randint(1, 20):02d}{r.choice('ABCDF')}号"])


def _nm_txn(r):
    return r.choice(["42000" + digits(r, 23), f"{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}2200" + digits(r, 16),
                     "T" + digits(r, 20)])


def _nm_url(r):
    return r.choice(["https://m.tb.cn/h." + "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(8)),
                     "www.jd.com", "https://item.jd.com/" + digits(r, 11) + ".html", "www.12306.cn", "https://u.jd.com/" + "".join(r.choice("abcdefXYZ123") for _ in range(6)),
                     "v.douyin.com/" + "".join(r.choice("abcdEFGH2345") for _ in range(7)) + "/"])


def _nm_body(r):
    return r.choice([f"体重{r.randint(40, 95)}kg", f"身高{r.randint(150, 190)}cm", f"{r.randint(35, 45)}码", f"腰围{r.randint(60, 100)}",
                     f"{r.randint(90, 200)}斤", f"XL码"])


def _nm_discount(r):
    return r.choice([f"{r.randint(5, 9)}.{r.randint(1, 9)}折", f"{r.randint(5, 95)}%", f"满{r.randint(1, 9)}00减{r.randint(1, 9)}0", f"{cn_num(r.randint(5, 9))}折"])


def _nm_credit_code(r):
    return "91" + r.choice(_ID_AREAS) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + r.choice("0123456789ABCX")


def _nm_ticket(r):
    return r.choice(["GD", "WO", "SR", "TK", "CS"]) + f"{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + digits(r, 6)


def _nm_error(r):
    return r.choice([f"E{r.randint(1, 99):02d}", f"错误码{r.randint(100, 9999)}", f"0x{r.randint(0x10000000, 0xffffffff):08X}", f"F{r.randint(1, 9)}", f"-{r.randint(100, 999)}",
                     f"HTTP {r.choice([404, 500, 502, 403])}"])


def _nm_queue(r):
    return r.choice([f"A{r.randint(1, 199):03d}", f"{r.randint(1, 300)}号", f"B{r.randint(1, 99)}", f"第{r.randint(1, 80)}位"])


def _nm_coupon(r):
    return r.choice(["VIP", "SAVE", "NEW", "JD", "TB", "MT", "XMAS", "GYM"]) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.randint(5, 9)))


def _nm_card_len(r):
    return _fail_digits(r, r.randint(16, 19), "123456789")


def _nm_id_len(r):
    s = _fail_digits(r, 18, "123456789")
    return s


def _nm_invoice(r):
    return r.choice([digits(r, 8, "0123"), digits(r, 20, "2"), digits(r, 12, "0")])


def _nm_policy(r):
    return r.choice(["P" + digits(r, 16), "AGZ" + digits(r, 14), "6" + _fail_digits(r, 21)[:21], "PDAA" + str(r.randint(2024, 2026)) + digits(r, 14)])


def _nm_timestamp(r):
    return str(r.randint(1700000000000, 1790000000000))


def _nm_sku(r):
    return r.choice(["SKU:" + digits(r, 12, "1"), "货号" + r.choice("ABCDEFGH") + digits(r, 6), "款号" + digits(r, 4, "2") + "-" + digits(r, 3),
                     "条码" + "69" + digits(r, 11)])


def _nm_isbn(r):
    return f"978-7-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}"


def _nm_quantity(r):
    return r.choice([f"{r.randint(1, 99)}件", f"{r.randint(1, 50)}箱", f"{r.randint(100, 999)}g", f"{r.randint(1, 20)}斤", f"{cn_num(r.randint(2, 12))}盒", f"{r.randint(1, 9)}台", f"x{r.randint(2, 30)}"])


def _nm_price(r):
    return r.choice([f"单价{r.randint(5, 999)}.{r.randint(0, 9)}", f"每平{r.randint(8, 90)}000", f"{r.randint(9, 999)}.9元/件", f"月租{r.randint(15, 90)}00", f"{r.randint(19, 899)}元一节课"])


def _nm_bed_only(r):
    return r.choice([f"{r.randint(1, 60)}床", f"{r.randint(1, 30)}号床", f"{r.randint(101, 2208)}房间"])


def _nm_metro(r):
    return r.choice([f"{r.randint(1, 20)}号线", f"{r.choice('ABCD')}{r.randint(1, 9)}出口", f"{r.randint(1, 400)}路公交", f"{r.randint(1, 12)}号口"])


def _nm_temperature(r):
    return r.choice([f"{r.randint(36, 40)}.{r.randint(0, 9)}度", f"{r.randint(16, 30)}℃", f"零下{r.randint(1, 30)}度"])


def _nm_year_range(r):
    y = r.randint(1998, 2022)
    return r.choice([f"{y}-{y + r.randint(1, 4)}", f"{y}年", f"{y}款"])


def _nm_mention(r):
    return r.choice(["@全体成员", "@所有人", f"@客服{r.randint(1, 99):03d}", "@售后专员", "@店长", f"@{r.choice(['小助手', '课程顾问', '管家'])}"])


def _nm_wifi(r):
    return r.choice(["TP-LINK_", "ChinaNet-", "CMCC-", "MERCURY_", "Xiaomi_"]) + "".join(r.choice("0123456789ABCDEF") for _ in range(4)) + r.choice(["", "_5G"])


def _nm_mac(r):
    return ":".join("".join(r.choice("0123456789ABCDEF") for _ in range(2)) for _ in range(6))


def _nm_course(r):
    return r.choice(["课程编号C" + digits(r, 6), f"班级{r.randint(2020, 2025)}级{r.randint(1, 20)}班", f"房型代码DK{r.randint(10, 99)}", f"座位{r.randint(1, 40)}排{r.randint(1, 30)}号"])


NEAR_GENS = {
    "order_no": _nm_order, "tracking_no": _nm_tracking, "invoice_no": _nm_invoice, "policy_no": _nm_policy,
    "amount": _nm_amount, "price": _nm_price, "datetime": _nm_datetime, "quantity": _nm_quantity,
    "product_model": lambda r: r.choice(_MODELS), "coupon_code": _nm_coupon, "verify_code": _nm_verify,
    "pickup_code": _nm_pickup, "member_no": _nm_member, "hotline": _nm_hotline,
    "card_length_serial": _nm_card_len, "id_length_serial": _nm_id_len, "version": _nm_version, "ip": _nm_ip,
    "room_layout": _nm_layout, "floor_area": _nm_area, "masked_mobile": _nm_masked_mobile,
    "masked_card": _nm_masked_card, "masked_id": _nm_masked_id, "group_no": _nm_group,
    "public_place": lambda r: r.choice(_PLACES), "region_only": lambda r: r.choice(_REGIONS),
    "flight_no": _nm_flight, "train_no": _nm_train, "transaction_no": _nm_txn, "url": _nm_url,
    "body_measure": _nm_body, "discount": _nm_discount, "company_credit_code": _nm_credit_code,
    "ticket_no": _nm_ticket, "error_code": _nm_error, "queue_no": _nm_queue, "timestamp": _nm_timestamp,
    "sku": _nm_sku, "isbn": _nm_isbn, "bed_or_room_no": _nm_bed_only, "metro_bus": _nm_metro,
    "temperature": _nm_temperature, "year": _nm_year_range, "mention": _nm_mention, "wifi_ssid": _nm_wifi,
    "mac_address": _nm_mac, "class_seat_no": _nm_course,
}

NEAR_TEMPLATES = {
    "order_no": ["订单号{n}，什么时候发货", "我的订单{n}还没到", "{n} 这个订单申请退款", "订单编号：{n}", "麻烦查下单号{n}",
                 "订单{n}显示已签收但我没收到", "这单{n}能改地址吗", "售后单对应订单号 {n}"],
    "tracking_no": ["快递单号{n}", "运单号：{n} 一直不更新", "物流单号 {n} 帮我催一下", "{n} 这个件卡在中转站三天了",
                    "退货快递单号{n}已填写", "单号{n}显示派送中"],
    "invoice_no": ["发票号码{n}", "发票号：{n} 开错了抬头", "全电发票号码 {n}，请核对", "发票代码{n}"],
    "policy_no": ["保单号{n}", "我的保单 {n} 怎么退保", "车险保单号：{n}", "理赔对应保单{n}"],
    "amount": ["一共{n}", "退款{n}什么时候到账", "实付{n}", "转了{n}过去，查收", "押金{n}已交", "差价{n}补给您"],
    "price": ["{n}太贵了", "现在{n}有优惠吗", "报价{n}，含税", "{n}还能便宜吗"],
    "datetime": ["预约{n}上门", "{n}之前发货", "我{n}到店", "下单时间 {n}", "{n}的航班", "会议改到{n}"],
    "quantity": ["我要{n}", "买了{n}少发了一个", "补发{n}", "库存还有{n}吗"],
    "product_model": ["{n}有现货吗", "型号{n}保修多久", "我买的{n}开不了机", "{n}和上一代有什么区别", "{n}的遥控器丢了"],
    "coupon_code": ["优惠码{n}用不了", "券码：{n}", "兑换码 {n} 提示已使用", "输入{n}立减20", "邀请码{n}"],
    "verify_code": ["验证码{n}", "【某某银行】您的验证码是{n}，5分钟内有效", "收到的动态码是{n}吗", "短信码{n}输了提示错误",
                    "校验码 {n}"],
    "pickup_code": ["取件码{n}", "菜鸟驿站取件码 {n}", "丰巢取件码：{n}", "凭{n}到驿站取件", "取餐号{n}"],
    "member_no": ["会员号{n}", "会员卡号：{n}", "我的会员编号 {n} 积分没到", "健身卡号{n}续费"],
    "hotline": ["客服热线{n}", "打{n}没人接", "你们{n}一直占线", "官方电话{n}是真的吗", "拨打{n}转人工", "投诉打{n}"],
    "card_length_serial": ["交易流水号{n}", "设备序列号 {n}", "批次号{n}", "交易参考号：{n}", "充值流水 {n} 没到账",
                           "工单流水{n}", "电表户号{n}"],
    "id_length_serial": ["订单编号{n}", "流水号：{n}", "退款单号{n}", "预约编号 {n}", "凭证号{n}", "报名序号{n}"],
    "version": ["APP版本{n}", "升级到{n}之后闪退", "系统{n}", "固件版本号 {n}", "微信版本{n}"],
    "ip": ["路由器后台{n}进不去", "IP地址{n}", "服务器{n}连接超时", "DNS改成{n}"],
    "room_layout": ["想看{n}的", "{n}还有吗", "户型是{n}", "预算三百万，要{n}"],
    "floor_area": ["面积{n}", "{n}的户型", "实际{n}，少了", "{n}卖多少"],
    "masked_mobile": ["手机号{n}的那个订单", "是不是{n}？", "收件人{n}", "您预留的号码{n}对吗", "{n}是您本人吗"],
    "masked_card": ["扣款卡{n}", "银行卡{n}已绑定", "退到{n}的卡上了", "{n}储蓄卡"],
    "masked_id": ["证件号{n}", "身份证{n}校验中", "身份证号{n}已认证"],
    "group_no": ["QQ群{n}", "群号：{n}", "售后群 {n}", "进{n}领福利", "加粉丝群{n}", "家长群号{n}"],
    "public_place": ["我在{n}等你", "{n}附近有门店吗", "到{n}了", "约在{n}门口", "从{n}出发", "{n}那边堵车"],
    "region_only": ["{n}能发货吗", "我人在{n}", "{n}包邮吗", "发往{n}的件延迟了", "{n}有售后网点吗"],
    "flight_no": ["航班{n}延误了", "改签到{n}", "{n}几点起飞", "乘坐{n}"],
    "train_no": ["车次{n}", "买了{n}", "{n}晚点了", "改签{n}"],
    "transaction_no": ["微信支付交易单号{n}", "支付宝交易号{n}", "商户单号：{n}", "交易号 {n} 扣款两次"],
    "url": ["链接{n}", "就是这个 {n}", "官网{n}", "打开{n}下单"],
    "body_measure": ["{n}穿什么码", "我{n}", "孩子{n}", "宝宝{n}选哪个"],
    "discount": ["能打{n}吗", "{n}优惠还有吗", "活动{n}", "会员{n}"],
    "company_credit_code": ["公司税号{n}", "统一社会信用代码{n}", "开票税号：{n}", "纳税人识别号 {n}"],
    "ticket_no": ["工单号{n}", "投诉编号{n}", "服务单号 {n}", "受理编号：{n}"],
    "error_code": ["提示{n}", "报错{n}", "洗衣机显示{n}", "空调屏幕{n}"],
    "queue_no": ["排队号{n}", "叫到{n}了吗", "我是{n}", "取号{n}"],
    "timestamp": ["时间戳{n}", "日志里 ts={n}", "回调时间{n}"],
    "sku": ["{n}", "商品{n}", "{n}有货吗", "要{n}这款"],
    "isbn": ["ISBN {n}", "书号{n}", "教材ISBN：{n}"],
    "bed_or_room_no": ["{n}的病人", "{n}热水不热", "住{n}"],
    "metro_bus": ["坐{n}", "{n}出来就到", "在{n}等", "{n}停运了吗"],
    "temperature": ["温度{n}", "今天{n}", "显示{n}正常吗"],
    "year": ["{n}的车", "{n}买的", "{n}款还有吗"],
    "mention": ["{n} 今天几点直播", "{n} 请看群公告", "{n} 帮忙看下"],
    "wifi_ssid": ["WiFi名字{n}", "连不上{n}", "热点{n}"],
    "mac_address": ["设备MAC {n}", "MAC地址{n}"],
    "class_seat_no": ["{n}", "报的是{n}", "我是{n}"],
}

NEAR_PAIRS = [
    "订单号{~order_no}，实付{~amount}", "{~datetime}到{~public_place}取件，取件码{~pickup_code}",
    "型号{~product_model}，价格{~price}", "{~room_layout}，{~floor_area}", "快递单号{~tracking_no}，{~quantity}",
    "航班{~flight_no}，{~datetime}起飞", "验证码{~verify_code}，订单{~order_no}", "会员号{~member_no}，{~discount}",
    "客服电话{~hotline}，工单号{~ticket_no}", "版本{~version}，报错{~error_code}",
]


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
_SLOT = re.compile(r"\{(~?)(\w+)(?:@(\w+))?\}")


class _Builder:
    def __init__(self, rng):
        self.rng = rng
        self.counters = {k: 0 for k in KINDS}
        self.order = {}
        for k in KINDS:  # fixed per-kind format order (dict order is insertion order)
            names = list(FORMATS[k])
            rng.shuffle(names)
            self.order[k] = names

    def value(self, kind, form=None):
        if form is None:
            names = self.order[kind]
            form = names[self.counters[kind] % len(names)]
            self.counters[kind] += 1
        pre, val, post = FORMATS[kind][form](self.rng)
        return pre, val, post, f"{kind}.{form}"

    def fill(self, template, prefix="", suffix=""):
        text, ents, fmts, nears = prefix, [], [], []
        pos = 0
        for m in _SLOT.finditer(template):
            text += template[pos:m.start()]
            pos = m.end()
            near, name, form = m.group(1), m.group(2), m.group(3)
            if near:
                v = NEAR_GENS[name](self.rng)
                nears.append((name, len(text), len(text) + len(v)))
                text += v
            else:
                pre, v, post, fmt = self.value(name, form)
                text += pre
                ents.append((name, len(text), len(text) + len(v)))
                fmts.append(fmt)
                text += v + post
        text += template[pos:] + suffix
        return text, ents, fmts, nears


# rows per kind of single-value sentences, multi-value sentences, near-miss sentences per kind
SINGLE_ROWS = {"mobile": 125, "address": 118, "wechat": 105, "email": 88, "landline": 88,
               "id_card": 90, "bank_card": 90, "qq": 70, "plate": 70}
MULTI_ROWS = 100
NEAR_ROWS_PER_KIND = 15
NEAR_PAIR_ROWS = 40


def make_blind4_corpus() -> pd.DataFrame:
    rng = random.Random(SEED)
    b = _Builder(rng)
    rows, seen = [], set()

    def add(text, ents, fmts, nears):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "entities": ents, "formats": fmts, "near_misses": nears, "split": SPLIT})
        return True

    for kind in KINDS:
        made = 0
        tpls = TEMPLATES[kind]
        while made < SINGLE_ROWS[kind]:
            t = tpls[made % len(tpls)] if made < len(tpls) else rng.choice(tpls)
            pre = "" if t.startswith("{") else rng.choice(PREFIXES)
            suf = rng.choice(SUFFIXES) if not t.endswith("}") or rng.random() < .6 else ""
            if t == "{v}":
                pre, suf = "", ""
            t = t.replace("{v}", "{%s}" % kind)
            if add(*b.fill(t, pre, suf)):
                made += 1

    made = 0
    while made < MULTI_ROWS:
        t = MULTI_TEMPLATES[made % len(MULTI_TEMPLATES)]
        pre = rng.choice(["", "", "", "您好，", "信息如下：\n", "【已复制】", "好的 "])
        if add(*b.fill(t, pre, rng.choice(["", "", "。", "，谢谢", " 🙏"]))):
            made += 1

    for nk in NEAR_GENS:
        tpls = NEAR_TEMPLATES[nk]
        made, tries = 0, 0
        while made < NEAR_ROWS_PER_KIND and tries < 500:
            tries += 1
            t = tpls[made % len(tpls)] if made < len(tpls) else rng.choice(tpls)
            pre = rng.choice(PREFIXES) if not t.startswith("{") else ""
            suf = rng.choice(SUFFIXES)
            if add(*b.fill(t.replace("{n}", "{~%s}" % nk), pre, suf)):
                made += 1
    made = 0
    while made < NEAR_PAIR_ROWS:
        t = NEAR_PAIRS[made % len(NEAR_PAIRS)]
        if add(*b.fill(t, rng.choice(PREFIXES), rng.choice(SUFFIXES))):
            made += 1

    return pd.DataFrame(rows, columns=["text", "entities", "formats", "near_misses", "split"])


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MIN_ENTITIES, MIN_PII_ROWS, MIN_NEAR_ROWS, MIN_FORMATS = 900, 800, 700, 80


def check_corpus(df: pd.DataFrame) -> None:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"], df.columns
    assert df["text"].is_unique, "duplicate texts"
    assert (df["split"] == SPLIT).all()
    n_ent = 0
    for text, ents, fmts, nears in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(ents) == len(fmts), text
        spans = []
        for kind, s, e in ents:
            assert kind in KINDS, kind
            assert 0 <= s < e <= len(text), (text, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            spans.append((s, e))
            if kind == "id_card":
                nv = normalise_number(v)
                assert (len(nv) == 18 and id18_valid(nv)) or (len(nv) == 15 and id15_valid(nv)), (text, v)
            if kind == "bank_card":
                nv = normalise_number(v)
                assert nv.isdigit() and 16 <= len(nv) <= 19 and luhn_ok(nv), (text, v)
        for f, (kind, _, _) in zip(fmts, ents):
            assert f.split(".")[0] == kind, (f, kind)
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, ("overlap", text)
        for nk, s, e in nears:
            assert nk in NEAR_GENS, nk
            assert 0 <= s < e <= len(text), (text, s, e)
            for es, ee in spans:
                assert e <= es or s >= ee, ("near-miss overlaps entity", text)
            nv = normalise_number(text[s:e])
            if re.fullmatch(r"\d{16,19}", nv):
                assert not luhn_ok(nv), ("near-miss passes Luhn", text)
            if re.fullmatch(r"\d{17}[\dX]", nv):
                assert not id18_checksum_ok(nv), ("near-miss passes ID check", text)
            if re.fullmatch(r"\d{15}", nv):
                assert not id15_valid(nv), ("near-miss is a valid 15-digit ID", text)
        n_ent += len(ents)
    pii_rows = int((df["entities"].map(len) > 0).sum())
    near_rows = int((df["entities"].map(len) == 0).sum())
    assert (df.loc[df["entities"].map(len) == 0, "near_misses"].map(len) > 0).all(), "near-miss row without near-miss"
    n_fmt = len({f for fs in df["formats"] for f in fs})
    assert n_ent >= MIN_ENTITIES, n_ent
    assert pii_rows >= MIN_PII_ROWS, pii_rows
    assert near_rows >= MIN_NEAR_ROWS, near_rows
    assert n_fmt >= MIN_FORMATS, n_fmt


def summary(df: pd.DataFrame) -> str:
    from collections import Counter
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    nears = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = {f for fs in df["formats"] for f in fs}
    total = sum(kinds.values())
    lines = [f"rows {len(df)}: PII rows {int((df['entities'].map(len) > 0).sum())}, "
             f"near-miss rows {int((df['entities'].map(len) == 0).sum())}",
             f"entities {total}, formats {len(fmts)}, near-miss spans {sum(nears.values())} in {len(nears)} kinds"]
    lines.append("entities per kind: " + ", ".join(f"{k} {kinds[k]} ({100 * kinds[k] / total:.1f}%)" for k in KINDS))
    lines.append("near-misses per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(nears.items())))
    return "\n".join(lines)


if __name__ == "__main__":
    _df = make_blind4_corpus()
    check_corpus(_df)
    print(summary(_df))

"""Seventy-second blind PII corpus (``split == "blind72"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第七十九位写手")
under the blind-writer rules: it read only the ``PII_KINDS`` / ``PLACEHOLDERS``
lines of ``toolkit/privacy/mask.py`` and lines 1-100 plus the last 45 lines of
``tests/privacy/pii_blind8.py`` (for the layout and entry-point names).  It did
NOT read anything else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
README, any other corpus or test, nor git history; it never imported
``toolkit`` and never ran any masking / finding function on this data.  It did
not use ``../shared/datasets/``: every chat line is the writer's own idea of
what such an archive holds.

What is different here: AN ORDINARY DAY IN THE ARCHIVE OF A MOBILE CARRIER'S
FRANCHISED STORE (移动/联通/电信 合作营业厅).  WeCom 1:1 chats and group chats
between clerks (店员 / 装维师傅) and customers: SIM cards, 补卡 / 过户 / 携号转网
with real-name ID checks, broadband installation addresses and appointments,
固话 for broadband bundles, bills and top-ups, phone trade-ins (以旧换新),
complaints, elderly customers typing in Chinese numerals or using voice input
(ASR commas between digit groups), and the group chat of a neighbourhood
(小区宽带群) where residents post addresses, phone numbers and plates of cars
blocking the installer's van.  The aim is an average archive, not hard cases.

Near-misses are what such an archive holds besides personal data: order and
work-order numbers, transaction serials (16-19 digits, failing Luhn),
acceptance numbers shaped like ID numbers (failing the check digit), ICCID
(20 digits) and IMEI (15 digits, 串号), PUK codes, verification codes,
hotlines (10086 / 10010 / 10000 / 12300 / 400 / 95xxx), masked numbers
(``138****5678``, 尾号), package prices, amounts, data / speed quotas, dates
and appointment times, phone models, tracking numbers, e-invoice numbers,
postal codes and places without a house-level unit.

Seed
----
``SEED = "blind72-carrier-store-第七十九位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID-card check digits
(ISO 7064 MOD 11-2) and bank-card / IMEI Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Formats are balanced: while a format allowed by a placeholder
has been used fewer than 6 times it is drawn first, so every format shows up
in several templates.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` prefixes and landline extensions
  (``转806``, ``-806``, ``分机806``) are outside; separators inside a value
  (spaces, dashes, ASR commas between digit groups, the middle dot of a plate,
  the parentheses round an area code) are inside.  An address runs from its
  first place unit (省/市/区/县/镇/村/路/街/小区 or estate name) to its last
  house-level unit (号/栋/幢/号楼/单元/室/层, a bare room number such as
  ``1502`` or ``3-2-1502``).  Names are never labelled.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: things that must NOT
  be masked
* ``split``       -- always ``"blind72"``

Counts (``python tests/privacy/pii_blind72.py``)
------------------------------------------------
rows=1600 pii_rows=900 near_rows=700 entities=1210
(mobile 412, address 202, id_card 110, landline 87, bank_card 86, qq 85, wechat 84, plate 78, email 66);
near-miss spans=1147 (1107 in near-miss rows) kinds=26
(price 254, date_time 121, hotline 75, model 55, clock 52, place_only 50, data_quota 41, txn_serial 41, masked
40, tracking_no 40, invoice_no 31, account_no 31, work_order 31, order_no 31, verify_code 31, masked_id 30,
iccid 30, masked_card 21, tail_digits 21, imei 20, bb_speed 20, bad_id 20, store_code 20, puk_code 20,
call_minutes 11, postal_code 10);
formats=47 distinct (mobile 6, id_card 4, bank_card 6, landline 7, qq 2, wechat 5, email 5, plate 4, address
8),
each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind72-carrier-store-第七十九位写手"
SPLIT = "blind72"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")

N_PII_ROWS = 900
N_NEAR_ROWS = 700

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"
_CN = dict(zip("零〇一二三四五六七八九幺两", "0012345678912"))


def _id_check(first17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


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


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    return "".join(_CN.get(c, c) for c in s if c not in " -，,.·()（）")


# --------------------------------------------------------------------------- value pools

MOBILE_PREFIXES = (
    "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "172", "178",
    "182", "183", "184", "187", "188", "195", "198", "130", "131", "132", "155", "156", "166", "175", "176",
    "185", "186", "133", "149", "153", "173", "177", "180", "181", "189", "191", "193", "199",
)
ID_REGIONS = (
    "330106", "330102", "330105", "330108", "330110", "330203", "330212", "330681", "320508", "320102",
    "440305", "440307", "420111", "510107", "370203", "410105", "330122", "330127", "330521", "330522",
    "340104", "360102", "430104", "350203", "610113", "500103", "110105", "310115",
)
AREA_CODES = (("0571", 8), ("0574", 8), ("0575", 8), ("0577", 8), ("0579", 8), ("0572", 7), ("0570", 7),
              ("0580", 7), ("010", 8), ("021", 8), ("025", 8), ("0512", 8), ("0755", 8), ("027", 8),
              ("028", 8), ("0532", 8), ("0371", 8))
UNION_BINS_19 = ("622202", "622848", "621700", "621661", "621799", "622908", "623058", "621226")
UNION_BINS_16 = ("622588", "621483", "622575", "622609", "622155")
INTL_BINS = ("427020", "438088", "439225", "524047", "552534", "512315")
BINS_95 = ("955880", "955998", "955660")
QQ_MAIL_DOMAINS = ("qq.com",)
PINYIN = ("zhangli", "wanghua", "liuyang", "chenjie", "yangfan", "huangmin", "zhaolei", "zhoujing", "wuhao",
          "xuting", "sunwei", "mali", "hulin", "guoqiang", "linna", "hexin", "gaoyan", "luoping", "zhengyu",
          "xiemei", "tangjun", "hanxue", "fengtao", "dengli", "caoyu", "pengfei", "jiangwen", "shenyi")
CORP_DOMAINS = ("hzjtwl.com", "zjrenhe.cn", "xhtrade.com.cn", "lfjd.net", "hzyuefeng.com", "qfsm.cn")
PLATE_PROVS = ("浙A", "浙A", "浙A", "浙B", "浙C", "浙D", "浙E", "浙G", "浙H", "苏E", "沪B", "皖A", "赣A")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CITIES = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区", "萧山区", "临平区")),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区")),
    ("浙江省", "绍兴市", ("越城区", "柯桥区")),
    ("浙江省", "金华市", ("婺城区", "金东区")),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "工业园区")),
)
ROADS = ("文三路", "学院路", "解放路", "人民路", "建设一路", "中山北路", "和平路", "莫干山路", "古墩路", "江南大道",
         "东风路", "环城西路", "湖墅南路", "丰潭路", "钱江路", "天目山路", "延安路", "凤起东路")
ESTATES = ("阳光花园", "金色家园", "和睦新村", "翠苑一区", "丽水苑", "锦绣华庭", "万科城", "桂花城", "滨江花园",
           "幸福里小区", "文鼎苑", "朝晖六区", "新天地公寓", "蓝庭花园", "东方郡", "德胜新村", "南都德加", "紫荆家园")
RURAL = (("桐庐县", "分水镇", "东溪村"), ("淳安县", "千岛湖镇", "青溪村"), ("德清县", "洛舍镇", "砂村村"),
         ("长兴县", "和平镇", "城山村"), ("建德市", "乾潭镇", "胥岭村"), ("诸暨市", "枫桥镇", "全堂村"),
         ("东阳市", "横店镇", "屏岩村"), ("临安区", "於潜镇", "祈祥村"))


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        r = self.r
        s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
        return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    # ---- PII ---------------------------------------------------------------
    def mobile_raw(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + self.digits(8, False)

    def mobile(self, fmt: str):
        m = self.mobile_raw()
        a, b, c = m[:3], m[3:7], m[7:]
        if fmt == "plain":
            return "", m, ""
        if fmt == "space_344":
            return "", f"{a} {b} {c}", ""
        if fmt == "dash_344":
            return "", f"{a}-{b}-{c}", ""
        if fmt == "plus86_plain":
            return self.r.choice(("+86 ", "+86", "+86-", "0086 ")), m, ""
        if fmt == "cn_digits":
            t = "".join("零一二三四五六七八九"[int(x)] for x in m)
            return "", t, ""
        if fmt == "asr_comma_344":
            return "", f"{a}，{b}，{c}", ""
        raise KeyError(fmt)

    def id_card(self, fmt: str):
        r = self.r
        while True:
            y = r.randint(1942, 2006)
            mth = r.randint(1, 12)
            d = r.randint(1, 28)
            body = f"{r.choice(ID_REGIONS)}{y}{mth:02d}{d:02d}{r.randint(0, 999):03d}"
            c = _id_check(body)
            if fmt in ("x_tail", "lower_x") and c != "X":
                continue
            if fmt not in ("x_tail", "lower_x") and c == "X":
                continue
            break
        s = body + c
        if fmt == "lower_x":
            s = s[:-1] + "x"
        if fmt == "space_6_8_4":
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        return "", s, ""

    def card_raw(self, bins, length: int) -> str:
        b = self.r.choice(bins)
        body = b + self.digits(length - len(b) - 1, False)
        return body + _luhn_digit(body)

    def bank_card(self, fmt: str):
        if fmt == "plain_19_unionpay":
            return "", self.card_raw(UNION_BINS_19, 19), ""
        if fmt == "plain_16_unionpay":
            return "", self.card_raw(UNION_BINS_16, 16), ""
        if fmt == "space_4_19":
            c = self.card_raw(UNION_BINS_19, 19)
            return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""
        if fmt == "space_4_16":
            c = self.card_raw(UNION_BINS_16 + INTL_BINS, 16)
            return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""
        if fmt == "plain_16_intl":
            return "", self.card_raw(INTL_BINS, 16), ""
        if fmt == "plain_19_95xxx":
            return "", self.card_raw(BINS_95, 19), ""
        raise KeyError(fmt)

    def landline(self, fmt: str):
        r = self.r
        code, n = r.choice(AREA_CODES)
        local = str(r.randint(2, 8)) + self.digits(n - 1, False)
        ext = ""
        if fmt.endswith("_ext"):
            ext = r.choice(("转", "转", "-", "分机", "转分机")) + str(r.randint(800, 8999))[: r.choice((3, 3, 4))]
            fmt0 = fmt[:-4]
        else:
            fmt0 = fmt
        if fmt0 == "area_dash":
            v = f"{code}-{local}"
        elif fmt0 == "area_plain":
            v = code + local
        elif fmt0 == "area_paren":
            v = f"({code}){local}"
        elif fmt0 == "area_space":
            v = f"{code} {local}"
        elif fmt0 == "local_only":
            v = local
        else:
            raise KeyError(fmt)
        return "", v, ext

    def qq(self, fmt: str):
        if fmt == "digits_6to8":
            return "", self.digits(self.r.choice((6, 7, 8, 8))), ""
        if fmt == "digits_9to10":
            return "", self.digits(self.r.choice((9, 9, 10, 10))), ""
        raise KeyError(fmt)

    def wechat(self, fmt: str):
        r = self.r
        p = r.choice(PINYIN)
        if fmt == "letters_digits":
            v = p + str(r.choice((r.randint(1960, 2005), r.randint(1, 999), r.randint(100, 999))))
        elif fmt == "underscore":
            v = f"{p}_{r.randint(1, 9999)}" if r.random() < 0.6 else f"{p[:2]}_{p[2:]}{r.randint(10, 99)}"
        elif fmt == "dash":
            v = f"{p}-{r.randint(10, 9999)}" if r.random() < 0.6 else f"{p.capitalize()}-{r.choice(PINYIN)[:3]}"
        elif fmt == "wxid":
            v = "wxid_" + "".join(r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(r.choice((12, 14))))
        elif fmt == "initials_mixed":
            v = "".join(r.choice("abcdefghjklmnpqrstwxyz") for _ in range(r.randint(2, 4))) + \
                str(r.randint(100000, 99999999)) + r.choice(("", "", "x", "a"))
        else:
            raise KeyError(fmt)
        return "", v, ""

    def email(self, fmt: str):
        r = self.r
        if fmt == "qq_numeric":
            v = f"{self.digits(r.choice((8, 9, 10)))}@qq.com"
        elif fmt == "pinyin_163_126":
            v = f"{r.choice(PINYIN)}{r.choice(('', str(r.randint(1, 99)), str(r.randint(1970, 2003))))}@" \
                f"{r.choice(('163.com', '126.com', 'sina.com', 'foxmail.com'))}"
        elif fmt == "mail139":
            v = f"{self.mobile_raw()}@139.com"
        elif fmt == "corp_domain":
            p = r.choice(PINYIN)
            v = f"{r.choice((p, p[0] + p[1:4], p + '.' + r.choice(PINYIN)[:2]))}@{r.choice(CORP_DOMAINS)}"
        elif fmt == "dotted_name":
            v = f"{r.choice(PINYIN)}.{r.choice(PINYIN)[:4]}{r.randint(1, 99)}@{r.choice(('163.com', 'outlook.com', 'gmail.com'))}"
        else:
            raise KeyError(fmt)
        return "", v, ""

    def plate(self, fmt: str):
        r = self.r
        pv = r.choice(PLATE_PROVS)
        if fmt == "new_energy":
            tail = r.choice("DF") + self.digits(5, False)
            return "", pv + tail, ""
        chars = [str(r.randint(0, 9)) for _ in range(5)]
        for _ in range(r.choice((0, 1, 1, 2))):
            chars[r.randint(0, 4)] = r.choice(PLATE_LETTERS)
        tail = "".join(chars)
        if fmt == "standard":
            return "", pv + tail, ""
        if fmt == "middle_dot":
            return "", f"{pv}·{tail}", ""
        if fmt == "space":
            return "", f"{pv} {tail}", ""
        raise KeyError(fmt)

    def _building(self) -> str:
        r = self.r
        b, u, fl, rm = r.randint(1, 32), r.randint(1, 4), r.randint(1, 28), r.randint(1, 4)
        return r.choice((f"{b}幢{u}单元{fl}{rm:02d}室", f"{b}栋{u}单元{fl}{rm:02d}", f"{b}号楼{u}单元{fl}{rm:02d}室",
                         f"{b}幢{fl}{rm:02d}室", f"{b}栋{u}单元{fl}{rm:02d}室"))

    def address(self, fmt: str):
        r = self.r
        prov, city, dists = r.choice(CITIES)
        dist = r.choice(dists)
        road = r.choice(ROADS)
        est = r.choice(ESTATES)
        no = r.randint(1, 999)
        if fmt == "province_full":
            v = f"{prov}{city}{dist}{road}{no}号" + r.choice(("", est + self._building(), self._building()))
        elif fmt == "city_estate_room":
            v = f"{city}{dist}{est}{self._building()}"
        elif fmt == "district_estate_room":
            v = f"{dist}{est}{self._building()}"
        elif fmt == "road_no_room":
            v = f"{road}{no}号{est}{self._building()}" if r.random() < 0.6 else f"{road}{no}号{r.randint(1, 12)}楼"\
                f"{r.randint(1, 30)}{r.randint(1, 9):02d}室"
        elif fmt == "estate_dash_room":
            v = f"{est}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 28)}{r.randint(1, 4):02d}"
        elif fmt == "estate_bare_room":
            v = f"{est}{r.randint(1, 30)}{r.choice(('幢', '栋', '号楼'))}{r.randint(1, 28)}{r.randint(1, 4):02d}"
        elif fmt == "rural_village":
            c, t, vil = r.choice(RURAL)
            v = r.choice((f"{c}{t}{vil}{r.randint(1, 12)}组{r.randint(1, 88)}号", f"{t}{vil}{r.randint(1, 200)}号",
                          f"{c}{t}{vil}{r.choice(('上', '下', '后', '新'))}{r.choice(('湾', '山', '塘'))}"
                          f"{r.randint(1, 60)}号"))
        elif fmt == "spaced_parts":
            v = f"{city} {dist} {road}{no}号 {est}{self._building()}" if r.random() < 0.5 else \
                f"{prov} {city} {dist} {est} {self._building()}"
        else:
            raise KeyError(fmt)
        return "", v, ""

    # ---- near misses --------------------------------------------------------
    def _not_luhn(self, s: str) -> str:
        if _luhn_ok(s) or (len(s) == 18 and _id_ok(s)):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
            if _luhn_ok(s) or (len(s) == 18 and _id_ok(s)):
                s = s[:-1] + str((int(s[-1]) + 3) % 10)
        return s

    def near(self, kind: str) -> str:
        r = self.r
        if kind == "order_no":
            c = r.choice(("date", "date", "alpha", "plain"))
            if c == "date":
                s = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + self.digits(r.choice((8, 10)), False)
                return self._not_luhn(s)
            if c == "alpha":
                return r.choice(("ZJ", "HZ", "DD", "SO", "BK")) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + \
                    self.digits(6, False)
            return self._not_luhn(self.digits(r.choice((12, 16, 17))))
        if kind == "work_order":
            return r.choice(("GD", "ZW", "WX", "")) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + \
                self.digits(r.choice((5, 6)), False)
        if kind == "txn_serial":
            return self._not_luhn(self.digits(r.choice((16, 18, 19))))
        if kind == "bad_id":
            while True:
                body = f"{r.choice(ID_REGIONS)}{r.randint(1950, 2004)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" \
                       f"{r.randint(0, 999):03d}"
                c = _id_check(body)
                wrong = r.choice([x for x in "0123456789" if x != c])
                s = body + wrong
                if not _luhn_ok(s):
                    return s
        if kind == "iccid":
            return "8986" + self.digits(16, False)[:15] + r.choice("0123456789ABCDEF"[:10])
        if kind == "imei":
            body = r.choice(("86", "35", "86", "86")) + self.digits(12, False)
            return body + _luhn_digit(body)
        if kind == "puk_code":
            return self.digits(8, False)
        if kind == "verify_code":
            return self.digits(r.choice((4, 6, 6)), False)
        if kind == "hotline":
            return r.choice(("10086", "10010", "10000", "12300", "10086", "95588", "95533", "95555", "12345",
                             f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"400{self.digits(7, False)}",
                             f"800-{r.randint(800, 899)}-{r.randint(1000, 9999)}", "10086-1", "1008611"))
        if kind == "masked":
            m = self.mobile_raw()
            return r.choice((f"{m[:3]}****{m[7:]}", f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"{m[:3]}****{m[7:]}"))
        if kind == "masked_id":
            return r.choice((f"{r.choice(ID_REGIONS)[:4]}**********{self.digits(3, False)}{r.choice('0123456789X')}",
                             f"{r.choice(ID_REGIONS)}********{self.digits(4, False)}",
                             f"{r.choice(ID_REGIONS)[:3]}***********{self.digits(4, False)}"))
        if kind == "masked_card":
            return r.choice((f"6222 **** **** {self.digits(4, False)}", f"6217********{self.digits(4, False)}",
                             f"****{self.digits(4, False)}"))
        if kind == "tail_digits":
            return self.digits(4, False)
        if kind == "price":
            return r.choice((f"{r.choice((19, 29, 39, 58, 59, 88, 99, 128, 129, 158, 169, 199, 239, 299))}元",
                             f"¥{r.randint(10, 500)}.{r.choice(('00', '50', '80'))}",
                             f"{r.randint(20, 300)}块", f"{r.choice((50, 100, 200, 300, 500))}元",
                             f"{r.randint(1, 99)}.{r.randint(10, 99)}元", f"{r.choice((800, 1200, 1500, 2300, 3600))}元"))
        if kind == "date_time":
            return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"{r.randint(1, 12)}月{r.randint(1, 28)}日",
                             f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"2024年{r.randint(1, 12)}月{r.randint(1, 28)}日",
                             f"{r.randint(8, 11)}:{r.choice(('00', '30'))}", f"下午{r.randint(1, 5)}点",
                             f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"周{r.choice('一二三四五六日')}上午"))
        if kind == "data_quota":
            return r.choice((f"{r.choice((10, 20, 30, 40, 60, 100, 200))}G", f"{r.choice((5, 10, 30, 80))}GB",
                             f"{r.choice((500, 800))}M"))
        if kind == "bb_speed":
            return r.choice((f"{r.choice((100, 200, 300, 500, 1000))}M", "千兆", "两百兆", "300兆"))
        if kind == "call_minutes":
            return f"{r.choice((100, 200, 300, 500, 1000))}分钟"
        if kind == "clock":
            return r.choice((f"{r.randint(8, 11)}:{r.choice(('00', '30'))}", f"下午{r.randint(1, 5)}点",
                             f"{r.randint(13, 18)}:00", f"上午{r.choice('九十')}点", f"{r.randint(8, 11)}点半"))
        if kind == "model":
            return r.choice(("iPhone 13", "iPhone 14 Pro", "iPhone 15", "Mate 60 Pro", "nova 12", "小米14", "红米K70",
                             "荣耀X50", "vivo Y78", "OPPO A2", "P40", "华为畅享70", "iPhone 11"))
        if kind == "tracking_no":
            return r.choice((f"SF{self.digits(13, False)}", f"YT{self.digits(13, False)}",
                             f"7{self.digits(13, False)}", f"JT{self.digits(13, False)}", f"9{self.digits(12, False)}"))
        if kind == "invoice_no":
            return r.choice((f"24{self.digits(18, False)}", self.digits(8, False)))
        if kind == "postal_code":
            return r.choice(("310012", "310013", "311500", "311700", "315000", "312000", "321000", "310052", "215000"))
        if kind == "place_only":
            prov, city, dists = r.choice(CITIES)
            return r.choice((r.choice(dists), city + r.choice(dists), r.choice(ROADS), r.choice(ESTATES),
                             r.choice(RURAL)[1]))
        if kind == "account_no":
            return self.digits(r.choice((10, 12)), False)
        if kind == "store_code":
            return r.choice(("ZJHZ", "HZXH", "HZGS")) + self.digits(r.choice((4, 5, 6)), False)
        raise KeyError(kind)


# --------------------------------------------------------------------------- formats

FORMATS: dict[str, tuple[str, ...]] = {
    "mobile": ("plain", "space_344", "dash_344", "plus86_plain", "cn_digits", "asr_comma_344"),
    "id_card": ("plain", "x_tail", "lower_x", "space_6_8_4"),
    "bank_card": ("plain_19_unionpay", "plain_16_unionpay", "space_4_19", "space_4_16", "plain_16_intl",
                  "plain_19_95xxx"),
    "landline": ("area_dash", "area_plain", "area_paren", "area_space", "local_only", "area_dash_ext",
                 "area_plain_ext"),
    "qq": ("digits_6to8", "digits_9to10"),
    "wechat": ("letters_digits", "underscore", "dash", "wxid", "initials_mixed"),
    "email": ("qq_numeric", "pinyin_163_126", "mail139", "corp_domain", "dotted_name"),
    "plate": ("standard", "middle_dot", "space", "new_energy"),
    "address": ("province_full", "city_estate_room", "district_estate_room", "road_no_room", "estate_dash_room",
                "estate_bare_room", "rural_village", "spaced_parts"),
}
# Formats only plausible in some templates; a bare placeholder draws from the "typed" set.
DEFAULT_EXCLUDE = {"mobile": ("cn_digits", "asr_comma_344"), "address": ("spaced_parts",)}
WEIGHTS = {
    ("mobile", "plain"): 14, ("mobile", "space_344"): 2, ("id_card", "plain"): 8, ("id_card", "x_tail"): 1.5,
    ("id_card", "lower_x"): 0.3, ("bank_card", "plain_19_unionpay"): 5,
    ("landline", "area_dash"): 4, ("address", "city_estate_room"): 3, ("address", "district_estate_room"): 3,
    ("plate", "standard"): 4, ("wechat", "letters_digits"): 3, ("email", "qq_numeric"): 3, ("qq", "digits_9to10"): 2,
}

# --------------------------------------------------------------------------- templates
# {kind} = PII value, {kind|f1,f2} restricts formats, {~near} = near-miss.

PII_TEMPLATES: tuple[str, ...] = (
    # --- SIM / real name / 补卡 / 过户
    "身份证号{id_card}，补卡的号码是{mobile}",
    "{id_card}\n这是我身份证号，卡丢了要补一张",
    "补卡的号码{mobile}，机主身份证{id_card}，我下午3点过来拿",
    "我老婆的卡，号码{mobile}，她身份证号{id_card}，我能代办吗",
    "实名信息核对一下：证件号{id_card}，联系电话{mobile}，对吗？",
    "对的 {id_card}",
    "身份证：{id_card}\n手机：{mobile}\n地址：{address}",
    "过户的话原机主身份证{id_card}，新机主{id_card}，两个人都要到店的",
    "帮我查下{id_card}名下有几张卡，我怀疑被人冒名办了",
    "店长，客户{mobile}要携号转网，身份证{id_card}，系统提示有合约没到期",
    "我身份证号码是{id_card}，我儿子帮我弄的卡号是{mobile}",
    "证件号码{id_card} 号码{mobile} 麻烦帮忙解个停机",
    "上次登记的身份证号是{id_card|lower_x}吧，末位是x小写的也行",
    "你好我的号码{mobile}被停了，身份证后面几位忘了，全的是{id_card}",
    # --- broadband install / address / appointment
    "装宽带的地址：{address}，联系人电话{mobile}",
    "地址{address}\n电话{mobile}\n周六上午在家",
    "师傅你好，我家在{address}，明天几点能来装？",
    "{address}，这个地址能装千兆吗",
    "麻烦问下{address}有没有覆盖光纤，之前是电信的",
    "已预约，安装地址{address}，装维师傅会提前联系您{mobile}这个号码",
    "宽带移机，从{address}移到{address}，原来的固话{landline}要保留",
    "新地址是{address} 旧的那个退掉",
    "我在{address}，师傅到了打我电话{mobile}就行",
    "业主群里问一下，{address}的宽带装好了没有，一直没人联系我",
    "收货地址写{address}，光猫寄过来就行",
    "报修：{address} 宽带红灯一直闪，电话{mobile}",
    "【装机单】地址：{address}；联系电话：{mobile}；固话：{landline}",
    "{address|spaced_parts,city_estate_room,province_full}\n{mobile}\n这个是我家地址和电话",
    "收件人：本人 {mobile} {address|spaced_parts,province_full}",
    "淘宝上复制的地址 {address|spaced_parts,province_full}，麻烦看下能不能装",
    "安装地址：\n{address|spaced_parts,city_estate_room}\n预约时间：周六上午",
    "客户地址{address}，已上门，光猫已换，客户说网速还是慢",
    "我爸妈住{address}，给他们装个宽带加电视，电话打{landline}座机就行",
    "你好，我是{address}的，楼道里的光纤箱谁弄坏了",
    "{address|estate_dash_room,estate_bare_room}，就是小区东门进来第二排",
    "地址是{address}吗？对，我在家等",
    "村里的地址：{address|rural_village}，师傅导航搜村委会就能找到",
    "{address|rural_village} 老人在家 电话{mobile|plain,cn_digits}",
    # --- landline / broadband bundle
    "家里座机{landline}，跟宽带一起办的，现在不想要了能停吗",
    "固话号码{landline}，月租多少来着",
    "座机是{landline}，宽带账号忘了",
    "你们店电话多少？我打{landline}一直没人接",
    "单位电话{landline}，有事打这个也行",
    "有问题打我手机{mobile}或者家里{landline}",
    "联系方式：{landline}（白天） {mobile}（晚上）",
    "固话{landline}欠费停机了，怎么交",
    "{landline} 这个座机号码能转到我手机上吗",
    "麻烦打{landline}找前台，说是营业厅的就行",
    # --- bills / top-up / bank card
    "交话费的银行卡{bank_card}，代扣怎么取消",
    "我要绑定自动缴费，卡号{bank_card}",
    "退款打到这张卡吧 {bank_card}",
    "卡号：{bank_card}\n开户行：工商银行\n退押金用的",
    "代扣卡换成{bank_card}，原来那张注销了",
    "帮我充{~price}，号码{mobile}",
    "给{mobile}充{~price}话费，我微信转你",
    "{mobile} 充200",
    "这个号码{mobile}的账单能发我邮箱吗 {email}",
    "电子发票发到{email}就行",
    "我的邮箱{email}，这个月的详单发一份",
    "发票抬头个人，邮箱：{email}",
    "请把合约协议发到{email}，谢谢",
    "{email}\n麻烦把电子发票发这里",
    "银行卡{bank_card}扣了两次话费，{mobile}这个号码，帮我查查",
    "宽带退费的钱退到{bank_card}，户名跟身份证一致的",
    "押金退卡号{bank_card}，身份证{id_card}",
    # --- trade-in
    "以旧换新的旧手机{~model}回收款打到{bank_card}",
    "回收的钱转我微信吧，微信号{wechat}",
    "我微信{wechat}，加一下发你照片",
    "加我微信：{wechat}，手机估价发我",
    "你加下我老公微信{wechat}，他跟你说型号",
    "微信号是{wechat}，不是手机号",
    "{wechat} 这个是我微信，搜不到就搜手机号{mobile}",
    "vx：{wechat}",
    "我QQ{qq}，加我发照片也行",
    "QQ号{qq}，微信不常用",
    "有事加我扣扣{qq}",
    "{qq}是我QQ，QQ邮箱也是这个",
    "旧手机是我儿子的，他QQ{qq}，你们直接联系他",
    "QQ：{qq}\n电话：{mobile}",
    "店里微信{wechat}，以后充值找我就行",
    "我是营业厅小李，微信号{wechat}，有事随时找我",
    "你搜{wechat}加我，头像是个小狗",
    "微信：{wechat}（备注宽带）",
    "加不上啊，你的微信是{wechat}吗？",
    "新手机登微信要验证，我原来微信号{wechat}",
    "我孙子QQ号{qq}，他说在QQ上跟你说",
    "扣扣：{qq}",
    "QQ {qq} 验证消息写宽带",
    "你加我qq吧{qq}，微信被封了",
    "以旧换新旧手机QQ要退出吗？我QQ是{qq}",
    "{qq} 这是店里的QQ，发图片清楚点",
    "联系人QQ{qq}，邮箱{email}",
    # --- complaints
    "我要投诉！号码{mobile}，莫名其妙扣了我{~price}增值业务费",
    "投诉人电话{mobile}，问题：宽带装了一个礼拜还没通",
    "我{mobile}这个号码每天都有骚扰电话，能不能帮我开拦截",
    "你们师傅把我家墙打坏了，{address}，电话{mobile}，今天必须给个说法",
    "已经打过{~hotline}了，工单说找门店处理，我号码{mobile}",
    "投诉登记：客户号码{mobile}，联系地址{address}，诉求退费",
    "你们营业员给我乱办套餐，我{mobile}的，身份证{id_card}，查查是谁办的",
    "别再打我电话了{mobile}，不办不办",
    # --- elderly / voice
    "我的手机号{mobile|cn_digits,plain}帮我看一下还有多少话费",
    "手机号是{mobile|cn_digits,space_344}手机号是{mobile|cn_digits,space_344}",
    "号码{mobile|asr_comma_344,plain}，帮我查一下这个月的话费。",
    "我家电话是{landline|area_plain,local_only,area_space}我不会弄那个宽带你们来一下",
    "你好我是{address|rural_village,district_estate_room}的我家电视没信号了我电话{mobile|asr_comma_344,cn_digits}",
    "我儿子的号码是{mobile|asr_comma_344,space_344}。他让我来问问流量的事。",
    "小姑娘我身份证号{id_card|plain,space_6_8_4}你帮我看看我有几个号",
    "我住{address|district_estate_room,estate_bare_room}，腿不方便，你们能上门办吗",
    "我手机{mobile|cn_digits,plain}没声音了是不是欠费",
    "这是我女儿电话{mobile|asr_comma_344,plain}，她明天带我来换手机",
    # --- neighbourhood group chat
    "@所有人 {address|estate_dash_room,estate_bare_room,district_estate_room}的邻居，今天下午停网两小时维护",
    "{plate}的车主麻烦挪下车，装维车进不来",
    "哪位是{plate}？堵在3号楼门口了",
    "师傅的车{plate}，小区保安放一下行",
    "谁家车{plate}停消防通道了，物业在找",
    "装宽带的师傅开的{plate}，别让保安拦了",
    "{plate}挪车，电话{mobile}",
    "车牌{plate}，我是来装宽带的，麻烦开下门",
    "我车停在店门口了{plate}，不会贴条吧",
    "门口那辆{plate}是你们店里的吗？挡我车库了",
    "群里谁家{address|estate_dash_room,estate_bare_room}，快递放我这了",
    "有需要装宽带的邻居加我微信{wechat}，或者打{mobile}",
    "本群宽带客服：{mobile}，工作时间9:00-18:00",
    "邻居们，{address|estate_dash_room,estate_bare_room}家里网断了的可以私聊我",
    "停车位那里{plate}、{plate}两辆车挡着光交箱了，师傅没法施工",
    # --- misc / forms / pasted
    "姓名：略\n证件号：{id_card}\n手机：{mobile}\n邮箱：{email}",
    "联系电话 {mobile} 备用 {mobile}",
    "{mobile}\n{mobile}\n两个号码都要办副卡",
    "登记一下：号码{mobile} 微信{wechat} QQ{qq}",
    "您好，这边是营业厅，您预约的宽带已安排，装维师傅电话{mobile}",
    "新号码{mobile}已开通，月租{~price}，卡已激活",
    "选的号码{mobile}，靓号要预存{~price}的",
    "这个号{mobile}是我的副卡，主卡{mobile}",
    "携转的号码是{mobile}吧？授权码已经发您手机了",
    "麻烦把这个号码{mobile}的宽带账号发给我",
    "亲情号加一个{mobile}，再加一个座机{landline}",
    "{mobile}这个是我本人的号码",
    "打我电话{mobile}！！！微信不常看",
    "客户留的电话{mobile}，说下班后再联系😊",
    "好的👌{mobile}",
    "收到，号码是{mobile} 对吧",
    "我手机号换了，新的是{mobile}，旧的{mobile}不用了",
    "我这个{mobile}的号码被我儿子拿去用了",
    "在吗？我的号{mobile}欠费了，要交多少",
    "我的号码{mobile}，麻烦看下合约几号到期",
    "帮我爸查下话费，{mobile}",
    "你好，{mobile}这个号我不用了怎么销户",
    "单位地址{address}，发票邮箱{email}",
    "工作单位是{address}，公司座机{landline}",
    "请问{address}这边的营业厅几点关门",
    "邮箱{email}，QQ{qq}",
    "我QQ邮箱{email}，收不到就发{email}",
    "车牌号{plate}，我在营业厅对面停着，你们能出来一下吗",
    "我{plate}，马上到店，帮我留个号",
    "车牌是{plate}，来店里办业务可以免费停吗？",
    "身份证{id_card}，银行卡{bank_card}，分期买手机的资料都在这了",
    "分期的还款卡{bank_card}，预留手机{mobile}",
    "我银行卡{bank_card}被扣了一笔'移动充值'，不是我充的",
    "{bank_card}，这张卡能办信用购机吗？",
    "转账账号{bank_card}，转好了截图发你",
    "你好，要退费的话把银行卡号发我：卡号+开户行。\n——{bank_card} 农业银行",
)

NEAR_TEMPLATES: tuple[str, ...] = (
    "订单号{~order_no}，请问什么时候发货",
    "您的宽带工单{~work_order}已派单，装维师傅会在{~date_time}前联系您",
    "交易流水号{~txn_serial}，钱扣了话费没到账",
    "充值记录显示流水{~txn_serial}，{~price}，{~date_time}",
    "受理单号：{~bad_id}，业务：携号转网",
    "业务受理编号{~bad_id}，请妥善保管",
    "新卡的ICCID是{~iccid}，背面那一串",
    "SIM卡背面号码{~iccid}，激活的时候要输",
    "旧手机串号{~imei}，回收价{~price}",
    "IMEI：{~imei}\n型号：{~model}\n估价{~price}",
    "PUK码{~puk_code}，输错十次卡就废了，小心点",
    "手机提示输入PUK，卡套上写的是{~puk_code}吗",
    "验证码{~verify_code}，已经发给你了",
    "携转授权码{~verify_code}，有效期{~date_time}",
    "办不了就打{~hotline}吧",
    "我打了{~hotline}，说让我到营业厅办",
    "投诉请拨{~hotline}，客服处理不了再说",
    "银行那边客服{~hotline}说扣款成功了",
    "您的号码{~masked}已成功办理{~data_quota}流量包",
    "尾号{~tail_digits}的那个号码欠费{~price}",
    "卡号{~masked_card}的代扣已经取消了",
    "身份证{~masked_id}，系统里显示已实名",
    "{~masked}这个号码是您本人在用吗",
    "实名信息：{~masked_id}，跟您身份证对得上吗",
    "代扣卡{~masked_card}余额不足，扣款失败",
    "手机{~masked}，身份证{~masked_id}，已过户成功",
    "套餐{~price}/月，含{~data_quota}流量{~call_minutes}通话",
    "宽带{~bb_speed}一年{~price}，每月再送{~data_quota}流量",
    "现在办{~bb_speed}宽带送机顶盒，{~date_time}截止",
    "这个月话费{~price}，上个月才{~price}",
    "充了{~price}怎么只到了{~price}",
    "我的{~model}能换多少钱？",
    "{~model}回收价{~price}，{~model}回收价{~price}",
    "以旧换新{~model}补贴{~price}，{~date_time}到店",
    "光猫快递单号{~tracking_no}",
    "寄回的旧机快递单号：{~tracking_no}",
    "发票号码{~invoice_no}，开票日期{~date_time}",
    "电子发票已开，发票号{~invoice_no}",
    "邮编{~postal_code}",
    "您是{~place_only}的吗？那边归我们店",
    "{~place_only}那边现在能装吗",
    "{~place_only}片区今天光缆被挖断了，{~date_time}前恢复",
    "师傅在{~place_only}，大概{~clock}到",
    "宽带账号{~account_no}，密码默认身份证后六位",
    "积分兑换了{~price}话费，订单{~order_no}",
    "门店编码{~store_code}，下单的时候选这个",
    "我们店工号{~store_code}，报这个就行",
    "预约{~date_time}装机可以吗？",
    "明天{~clock}到{~clock}有人在家",
    "好的，那就{~date_time}，到时候师傅先打电话",
    "合约{~date_time}到期，到期前{~price}一个月",
    "{~data_quota}流量用完了，限速了，怎么办",
    "主卡{~price}，副卡每张{~price}，尾号{~tail_digits}那张也算副卡吗？",
    "已收到您的投诉，工单号{~work_order}，{~clock}前会有专人回电",
    "我昨天投诉的工单{~work_order}还没人回",
    "退费{~price}已原路退回，流水{~txn_serial}",
    "您的快递{~tracking_no}已签收",
    "号码{~masked}的积分可以抵{~price}话费",
    "新卡{~iccid}已经寄出，单号{~tracking_no}",
    "云闪付缴费订单号{~order_no}，付了{~price}",
    "支付宝交易号{~txn_serial}",
    "这是我的电子发票{~invoice_no}吗？金额{~price}",
    "充值卡密码不对啊，序列号{~account_no}",
    "机顶盒序列号{~account_no}",
    "客服{~hotline}转人工太难了😤",
    "{~hotline}短信说我有{~price}话费没缴",
    "刚收到{~hotline}的短信，验证码{~verify_code}，是你们发的吗",
    "{~date_time}停电检修，{~place_only}宽带会断",
    "👌收到，{~date_time}{~clock}见",
)


# --------------------------------------------------------------------------- builder

_PH = re.compile(r"\{(~?)(\w+)(?:\|([\w,]+))?\}")


def _render(tmpl: str, gen: Gen, used: Counter, r: random.Random):
    out: list[str] = []
    ents, fmts, nears = [], [], []
    pos = 0
    length = 0
    for m in _PH.finditer(tmpl):
        lit = tmpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        near, kind, restrict = m.group(1), m.group(2), m.group(3)
        if near:
            v = gen.near(kind)
            nears.append((kind, length, length + len(v)))
            out.append(v)
            length += len(v)
        else:
            allowed = restrict.split(",") if restrict else [f for f in FORMATS[kind]
                                                           if f not in DEFAULT_EXCLUDE.get(kind, ())]
            thin = [f for f in allowed if used[(kind, f)] < 6]
            if thin:
                fmt = r.choice(thin)
            else:
                fmt = r.choices(allowed, weights=[WEIGHTS.get((kind, f), 1) for f in allowed])[0]
            used[(kind, fmt)] += 1
            pre, v, post = getattr(gen, kind)(fmt)
            out.append(pre)
            length += len(pre)
            ents.append((kind, length, length + len(v)))
            fmts.append(fmt)
            out.append(v + post)
            length += len(v) + len(post)
        pos = m.end()
    out.append(tmpl[pos:])
    return "".join(out), ents, fmts, nears


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    gen = Gen(r)
    used: Counter = Counter()
    pii_t = [t for t in PII_TEMPLATES if _PH.search(t) and any(not m.group(1) for m in _PH.finditer(t))]
    rows = []
    tids = []
    order = list(range(len(pii_t)))
    i = 0
    while len(rows) < N_PII_ROWS:
        if i % len(order) == 0:
            r.shuffle(order)
        ti = order[i % len(order)]
        i += 1
        text, ents, fmts, nears = _render(pii_t[ti], gen, used, r)
        rows.append((text, ents, fmts, nears))
        tids.append(f"p{ti}")
    order = list(range(len(NEAR_TEMPLATES)))
    j = 0
    while len(rows) < N_PII_ROWS + N_NEAR_ROWS:
        if j % len(order) == 0:
            r.shuffle(order)
        ti = order[j % len(order)]
        j += 1
        text, ents, fmts, nears = _render(NEAR_TEMPLATES[ti], gen, used, r)
        rows.append((text, ents, fmts, nears))
        tids.append(f"n{ti}")
    idx = list(range(len(rows)))
    r.shuffle(idx)
    if meta is not None:
        meta.extend(tids[k] for k in idx)
    return pd.DataFrame({
        "text": [rows[k][0] for k in idx],
        "entities": [rows[k][1] for k in idx],
        "formats": [rows[k][2] for k in idx],
        "near_misses": [rows[k][3] for k in idx],
        "split": [SPLIT] * len(idx),
    })


def make_blind72_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            assert k in KINDS, k
            assert 0 <= s < e <= len(text), (text, k, s, e)
            v = text[s:e]
            assert v == v.strip() and v, (text, v)
            n = _norm(v)
            if k == "mobile":
                assert re.fullmatch(r"1[3-9]\d{9}", n) and n[:3] in MOBILE_PREFIXES, v
            elif k == "id_card":
                assert _id_ok(n), v
                assert n[:6] in ID_REGIONS
            elif k == "bank_card":
                assert n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n), v
            elif k == "landline":
                assert n.isdigit() and (len(n) in (7, 8) or n.startswith("0")), v
                assert "转" not in v and "分机" not in v
            elif k == "qq":
                assert n.isdigit() and 5 <= len(n) <= 11 and n[0] != "0", v
            elif k == "email":
                assert re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", v), v
            elif k == "wechat":
                assert re.fullmatch(r"[A-Za-z][\w\-]{5,19}", v), v
            elif k == "plate":
                assert re.fullmatch(r"[浙苏沪皖赣][A-Z][· ]?[A-HJ-NP-Z0-9]{5,6}", v), v
            elif k == "address":
                assert v[-1] in "号栋幢室层0123456789", v
                assert any(u in v for u in ("省", "市", "区", "县", "镇", "村", "路", "苑", "园", "城", "庭", "郡", "寓", "道",
                                            "加")), v
            # the character before / after a value must not continue it
            if s > 0 and k != "address" and f != "plus86_plain":
                a = text[s - 1]
                assert not (a.isascii() and (a.isdigit() and v[0].isdigit() or a.isalpha() and v[0].isalpha())), \
                    (text, v)
            if e < len(text) and k != "address":
                b = text[e]
                assert not (b.isascii() and (b.isdigit() and v[-1].isdigit() or b.isalpha() and v[-1].isalpha())), \
                    (text, v)
        for k, s, e in ns:
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
        if not es:
            assert ns, text
    pii = df[df["entities"].map(len) > 0]
    near = df[df["entities"].map(len) == 0]
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    near_in_near_rows = sum(len(ns) for ns in near["near_misses"])
    fmts = Counter(f"{k}/{f}" for es, fs in zip(df["entities"], df["formats"]) for (k, _, _), f in zip(es, fs))
    assert set(kinds) == set(KINDS), kinds
    assert all(n >= 60 for n in kinds.values()), kinds
    assert len(pii) >= 800 and n_ent >= 1000, (len(pii), n_ent)
    assert len(near) >= 600 and near_in_near_rows >= 800, (len(near), near_in_near_rows)
    assert (df["split"] == SPLIT).all()
    return dict(entities=n_ent, pii_rows=len(pii), near_rows=len(near), kinds=kinds, near_kinds=near_kinds,
                near_in_near_rows=near_in_near_rows, formats=fmts)


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_blind72_corpus())  # deterministic
    assert df.equals(make_blind72_corpus())
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
    declared = [f"{k}/{f}" for k, fs in FORMATS.items() for f in fs]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

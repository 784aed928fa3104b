"""Twenty-eighth blind PII corpus (``split == "blind28"``) for Chinese WeCom chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第三十位写手")
that did NOT read the masking rules: of ``toolkit/privacy/`` it saw only the
lines of ``mask.py`` defining ``PII_KINDS`` and ``PLACEHOLDERS``; of
``tests/`` only lines 1-100 and the last 45 lines of ``pii_blind8.py`` (for
the layout and the entry-point names); it read no other corpus or test, nothing
under ``bench/`` or ``docs/``, no README and no git history.  It never imported
``toolkit`` and never ran any masking / finding function on this data.  Value
shapes, chat contexts and labels come only from the writer's own idea of what
recruiters, HR staff, labour-dispatch agencies and candidates type to each
other in WeCom 1:1 and group chats.

What is different here: the trade is RECRUITMENT, HR AND LABOUR SERVICES.
Recruiters and candidates, onboarding (入职) of factory / warehouse workers
through labour-dispatch agencies (劳务派遣), salary cards (工资卡), social
insurance enrolment (社保增员), dormitory assignment, contract signing,
background checks (背调), internships and campus hiring (校招), gig platforms
(riders, cleaners, movers).  Candidates send ID numbers re-typed from a photo
(often with spaces: ``411625 19980307 123X``), wage bank cards, mobiles,
hukou addresses in villages (``…镇王楼村三组45号``), rented rooms in urban
villages (``…固戍村二坊8栋502房``), dormitory / factory addresses, e-mails for
offers (QQ mail, 163, campus mail), WeChat / QQ and car plates for parking.
Several values per message (registration forms pasted as lines), cue before,
cue after, no cue, typos (身分证, 电化), emoji.

Near-misses are those of the trade: employee numbers (工号), job codes,
salaries (``8k-12k``, ``底薪4500+提成``, ``时薪22元``), dates and shift times,
dormitory bed numbers, ages, heights / weights, years of experience, social
insurance amounts and bases, offer / contract numbers, interview rooms, 400 /
800 / 95xxx / 123xx hotlines, masked values (``138****5678``, ``尾号5678``),
card-length serial numbers failing Luhn, ID-shaped voucher numbers failing the
ID check digit, tracking numbers, verification codes, student numbers, credit
codes of companies, bank branch names, train numbers, parking spots, postal
codes, head counts and fees.

Seed
----
``SEED = "blind28-2026-recruitment-第三十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed lists and tuples.  ID check digits (ISO 7064
MOD 11-2) and bank-card Luhn digits are computed here; every near-miss whose
digits are 16-19 long fails Luhn and every 18-digit ID-shaped one fails the
ID check.  Each value format is first forced ``FORCE_PER_FMT`` (4) times into
distinct templates holding a compatible marker; the other rows draw formats at
random, so every format appears in several contexts.

Layout
------
One row per chat message; columns:

* ``text``        -- the message (str)
* ``entities``    -- list of ``(kind, start, end)``; kinds are email, id_card,
  bank_card, mobile, landline, qq, wechat, plate, address.  The span holds the
  value only: cue words, ``+86`` / ``0086`` / ``86-`` prefixes and landline
  extensions (``转806``, ``-806``, ``分机806``) are outside; spaces / dashes /
  dots inside a value are inside; an address runs from its first place unit
  (province / city / district / county / town / 街道 / village / 社区 / road /
  estate) to its last house-level unit (号 / 栋 / 单元 / 室 / 房 / 层 / 楼 /
  a bare room number such as ``502`` or ``3-2-1502``); 附近 / 门口 and the
  like after it are outside.  Names are never written.
* ``formats``     -- one format name per entity (same order)
* ``near_misses`` -- list of ``(near_kind, start, end)``: must NOT be masked
* ``split``       -- always ``"blind28"``

Counts (``python tests/privacy/pii_blind28.py``)
------------------------------------------------
rows=1540 pii_rows=880 near_rows=660 entities=1281;
entities by kind: mobile 287, address 221, email 140, id_card 133, bank_card
126, qq 110, wechat 90, landline 88, plate 86;
near-miss spans=1108 (924 in near-miss rows), 35 near-miss kinds
(date_time 100, age 72, salary 60, shift 54, amount 53, hotline 53, years_exp
46, emp_no 46, body_metric 41, place_only 39, bad_card 38, interview_room 36,
masked 35, dorm_bed 34, tail_digits 32, contract_no 32, si_amount 30,
tracking_no 29, job_code 26, verify_code 25, student_no 23, bank_branch 21,
parking_spot 21, bad_id 20, platform_id 19, offer_no 17, si_base 15,
credit_code 15, headcount 14, count 13, train_no 13, order_no 11, url 11,
postal_code 10, si_pct 4);
formats=47 distinct, each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "blind28-2026-recruitment-第三十位写手"
SPLIT = "blind28"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 4
N_PII_ROWS = 880
N_NEAR_ROWS = 660

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(s: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(s)):
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


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


_CN_NUM = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

# --------------------------------------------------------------------------- value pools

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
    "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
# real county / district codes (hukou places of typical migrant workers and big-city districts)
_ID_REGIONS = (
    "411625", "411522", "412726", "341226", "511623", "430524", "360731", "421127", "450922", "520525",
    "530627", "620522", "371326", "130425", "500235", "440306", "440304", "441900", "320506", "330110",
    "420984", "510922", "370883", "411325", "362132", "513029", "452122", "610321", "431228", "350583",
)
_BANK_BINS_19 = (
    ("622202", "icbc"), ("621226", "icbc"), ("622848", "abc"), ("621700", "ccb"), ("622700", "ccb"),
    ("621661", "boc"), ("621799", "psbc"), ("622188", "psbc"), ("623059", "rcb"), ("622262", "bocom"),
)
_BANK_BINS_16 = (("621483", "cmb"), ("622588", "cmb"), ("622580", "cmb"), ("621286", "cmb"))
_BANK_BINS_95 = ("95599", "95595", "95588")
_AREA_CODES = (
    "010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0769", "0757", "0760",
    "0512", "0571", "0574", "0592", "0531", "0532", "0371", "0731", "0791", "0551", "0851", "0871", "0752",
)
_PLATE_PREFIX = (
    "粤B", "粤S", "粤A", "粤E", "沪A", "沪B", "苏E", "苏B", "浙A", "浙B", "豫P", "豫S", "川A", "川X", "湘A",
    "鄂A", "鄂J", "赣B", "皖K", "桂K", "京N", "渝D", "黔F", "闽D",
)
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PINYIN_PAIRS = (
    ("wang", "li"),
    ("zhang", "wei"),
    ("liu", "yang"),
    ("chen", "jing"),
    ("yang", "fan"),
    ("huang", "xin"),
    ("zhao", "lei"),
    ("zhou", "jie"),
    ("wu", "hao"),
    ("xu", "ting"),
    ("sun", "mei"),
    ("ma", "qiang"),
    ("zhu", "ling"),
    ("hu", "jun"),
    ("guo", "yan"),
    ("lin", "feng"),
    ("he", "ping"),
    ("gao", "yu"),
    ("luo", "xia"),
    ("liang", "bo"),
    ("song", "jia"),
    ("tang", "yi"),
    ("han", "xue"),
    ("feng", "kai"),
    ("deng", "li"),
    ("cao", "lin"),
    ("peng", "fei"),
    ("zeng", "min"),
    ("xiao", "yu"),
    ("tian", "yu"),
)
_PINYIN = tuple(a + b for a, b in _PINYIN_PAIRS)
_MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "139.com", "yeah.net", "hotmail.com")
_EDU_DOMAINS = ("stu.scu.edu.cn", "mail.hust.edu.cn", "stu.xmu.edu.cn", "m.scnu.edu.cn", "stu.zzu.edu.cn",
                "mails.ccnu.edu.cn", "st.gxu.edu.cn")
_CORP_DOMAINS = ("hrwork.cn", "zhongxin-hr.com", "jiayuanlw.com", "renliyun.com.cn", "xjrl.net")
_WX_WORDS = ("hr", "lily", "amy", "rl", "zp", "kaka", "xiaoyu", "tony", "renshi", "ajie", "momo", "sunny")

_HUKOU = (
    ("河南省", "周口市", "郸城县", ("宁平镇", "汲冢镇", "胡集乡")),
    ("河南省", "信阳市", "光山县", ("砖桥镇", "泼陂河镇")),
    ("安徽省", "阜阳市", "颍上县", ("八里河镇", "谢桥镇")),
    ("四川省", "广安市", "邻水县", ("柑子镇", "丰禾镇")),
    ("湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇")),
    ("江西省", "赣州市", "于都县", ("银坑镇", "罗坳镇")),
    ("湖北省", "黄冈市", "黄梅县", ("孔垄镇", "小池镇")),
    ("广西壮族自治区", "玉林市", "陆川县", ("乌石镇", "马坡镇")),
    ("贵州省", "毕节市", "纳雍县", ("龙场镇", "阳长镇")),
    ("云南省", "昭通市", "镇雄县", ("以勒镇", "芒部镇")),
    ("甘肃省", "天水市", "秦安县", ("莲花镇", "郭嘉镇")),
    ("山东省", "临沂市", "平邑县", ("地方镇", "温水镇")),
    ("河北省", "邯郸市", "大名县", ("金滩镇", "龙王庙镇")),
    ("重庆市", "", "云阳县", ("南溪镇", "凤鸣街道")),
)
_VILLAGES = ("王楼村", "李庄村", "张湾村", "新庄村", "高店村", "刘营村", "石桥村", "杨湾村", "白果村", "大坪村",
             "河口村", "沙坝村", "前进村", "陈岗村")
_URBAN = (
    ("深圳市", "宝安区", "西乡街道", "固戍村"), ("深圳市", "龙华区", "民治街道", "白石龙村"),
    ("深圳市", "龙岗区", "坂田街道", "岗头村"), ("深圳市", "南山区", "沙河街道", "白石洲"),
    ("广州市", "白云区", "三元里街道", "三元里村"), ("广州市", "海珠区", "新港街道", "康乐村"),
    ("广州市", "天河区", "石牌街道", "石牌村"), ("东莞市", "", "长安镇", "霄边社区"),
    ("东莞市", "", "虎门镇", "怀德社区"), ("北京市", "朝阳区", "十八里店乡", "吕家营村"),
    ("上海市", "闵行区", "七宝镇", "联明村"), ("深圳市", "宝安区", "福永街道", "凤凰社区"),
)
_LANES = ("一坊", "二坊", "东三巷", "新村二区", "南区", "西五巷", "北二巷", "六区")
_ESTATES = (
    ("苏州市", "吴中区", "越溪街道", "吴中大道", "金色家园"), ("杭州市", "余杭区", "仓前街道", "文一西路", "梦想小镇公寓"),
    ("成都市", "郫都区", "犀浦街道", "百草路", "锦绣花园"), ("武汉市", "东西湖区", "吴家山街道", "临空港大道", "阳光新城"),
    ("郑州市", "管城回族区", "航海东路街道", "航海东路", "绿城百合小区"), ("重庆市", "沙坪坝区", "井口镇", "井口大道", "美丽阳光家园"),
    ("东莞市", "", "塘厦镇", "林村大道", "碧桂园"), ("佛山市", "顺德区", "北滘镇", "怡和路", "君兰江山"),
    ("上海市", "松江区", "九亭镇", "沪亭北路", "九亭明珠苑"), ("昆山市", "", "周市镇", "青阳北路", "世茂东外滩"),
)
_FACTORIES = (
    ("东莞市", "长安镇", "振安路"), ("东莞市", "塘厦镇", "环市东路"), ("昆山市", "开发区", "前进东路"),
    ("苏州市", "工业园区", "星湖街"), ("深圳市", "龙华区", "观澜大道"), ("郑州市", "航空港区", "新港大道"),
    ("惠州市", "仲恺高新区", "和畅五路"), ("成都市", "高新区", "天全路"), ("武汉市", "东西湖区", "金山大道"),
    ("天津市", "西青区", "赛达四支路"), ("中山市", "火炬开发区", "沿江东三路"), ("嘉兴市", "南湖区", "亚太路"),
)
_PARKS = ("智能制造产业园", "电子信息产业园", "物流园", "创新工业园", "高新科技园")


# --------------------------------------------------------------------------- value generators
# each returns (prefix_outside, value, suffix_outside)

def _g_id(r, fmt):
    while True:
        y = r.randint(1972, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        s17 = r.choice(_ID_REGIONS) + f"{y:04d}{m:02d}{d:02d}" + _digits(r, 3)
        s = s17 + _id_check(s17)
        if (fmt == "lower_x") == (s[-1] == "X"):
            break
    if fmt == "plain_18":
        return "", s, ""
    if fmt == "lower_x":
        return "", s.lower(), ""
    if fmt == "space_6_8_4":
        return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
    if fmt == "space_4s":
        return "", " ".join(s[i:i + 4] for i in range(0, 18, 4)), ""
    raise KeyError(fmt)


def _g_bank(r, fmt):
    if fmt.endswith("_16"):
        body = r.choice(_BANK_BINS_16)[0] + _digits(r, 9)
    elif fmt.startswith("plain_95"):
        body = r.choice(_BANK_BINS_95) + _digits(r, 13)
    else:
        body = r.choice(_BANK_BINS_19)[0] + _digits(r, 12)
    s = body + _luhn_digit(body)
    if fmt.startswith("plain"):
        return "", s, ""
    if fmt.startswith("space_4"):
        return "", " ".join(s[i:i + 4] for i in range(0, len(s), 4)), ""
    raise KeyError(fmt)


def _g_mobile(r, fmt):
    s = r.choice(_MOBILE_PREFIXES) + _digits(r, 8)
    if fmt == "plain_11":
        return "", s, ""
    if fmt == "space_344":
        return "", f"{s[:3]} {s[3:7]} {s[7:]}", ""
    if fmt == "dash_344":
        return "", f"{s[:3]}-{s[3:7]}-{s[7:]}", ""
    if fmt == "intl_prefix":
        return r.choice(("+86 ", "+86", "0086 ", "86-", "+86-")), s, ""
    raise KeyError(fmt)


def _g_landline(r, fmt):
    a = r.choice(_AREA_CODES)
    n = r.choice("2345678") + _digits(r, 7)
    if fmt == "dash":
        return "", f"{a}-{n}", ""
    if fmt == "paren":
        return "", r.choice((f"({a}){n}", f"（{a}）{n}")), ""
    if fmt == "plain":
        return "", a + n, ""
    if fmt == "space":
        return "", f"{a} {n}", ""
    if fmt == "dash_ext":
        ext = str(r.randint(800, 8999))
        return "", f"{a}-{n}", r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}"))
    raise KeyError(fmt)


def _g_qq(r, fmt):
    n = {"digits_5_8": r.randint(5, 8), "digits_9": 9, "digits_10": 10}[fmt]
    first = r.choice("123456789") if n < 10 else r.choice("123")
    return "", first + _digits(r, n - 1), ""


def _g_wechat(r, fmt):
    if fmt == "pinyin_digits":
        return "", r.choice(_PINYIN) + r.choice((str(r.randint(1985, 2005)), _digits(r, 3), _digits(r, 4))), ""
    if fmt == "underscore":
        return "", r.choice(_WX_WORDS) + "_" + r.choice(_PINYIN)[: r.randint(3, 6)] + _digits(r, 2), ""
    if fmt == "wxid":
        return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""
    if fmt == "dash_mix":
        w = r.choice(("Lily", "Amy", "Kiki", "Tony", "Coco", "Jack", "Vivian", "Ray"))
        return "", w + "-" + r.choice((_digits(r, 4), r.choice(_PINYIN))), ""
    raise KeyError(fmt)


def _plate_serial(r, n=5):
    while True:
        chars = [r.choice(_PLATE_LETTERS) if r.random() < 0.25 else r.choice("0123456789") for _ in range(n)]
        if sum(c.isalpha() for c in chars) <= 2:
            return "".join(chars)


def _g_plate(r, fmt):
    p = r.choice(_PLATE_PREFIX)
    if fmt == "std_7":
        return "", p + _plate_serial(r), ""
    if fmt == "dot_7":
        return "", p + "·" + _plate_serial(r), ""
    if fmt == "space_7":
        return "", p + " " + _plate_serial(r), ""
    if fmt == "ev_8":
        return "", p + r.choice("DF") + r.choice(_PLATE_LETTERS + "0123456789") + _digits(r, 4), ""
    if fmt == "lower_7":
        return "", (p + _plate_serial(r)).lower(), ""
    raise KeyError(fmt)


def _g_email(r, fmt):
    if fmt == "qq_num":
        return "", r.choice("123456789") + _digits(r, r.randint(7, 9)) + "@qq.com", ""
    if fmt == "pinyin":
        return "", r.choice(_PINYIN) + r.choice(("", _digits(r, 2), str(r.randint(1988, 2004)))) + "@" + r.choice(
            _MAIL_DOMAINS), ""
    if fmt == "dotted":
        sur, given = r.choice(_PINYIN_PAIRS)
        return "", r.choice((sur + "." + given, given + "." + sur)) + "@" + r.choice(_MAIL_DOMAINS), ""
    if fmt == "edu":
        u = r.choice((r.choice(("2020", "2021", "2022")) + _digits(r, 6), r.choice(_PINYIN) + _digits(r, 2)))
        return "", u + "@" + r.choice(_EDU_DOMAINS), ""
    if fmt == "corp":
        u = r.choice(("hr", "zhaopin", "hr01", "recruit", "offer", r.choice(_PINYIN)))
        return "", u + "@" + r.choice(_CORP_DOMAINS), ""
    raise KeyError(fmt)


def _room(r, floors=(2, 8)):
    return f"{r.randint(*floors)}{r.randint(1, 12):02d}"


def _g_address(r, fmt):
    if fmt.startswith("hukou"):
        prov, city, county, towns = r.choice(_HUKOU)
        town, vil = r.choice(towns), r.choice(_VILLAGES)
        grp = r.choice(_CN_NUM) + "组" if r.random() < 0.6 else f"{r.randint(1, 12)}组"
        num = f"{r.randint(1, 160)}号"
        if fmt == "hukou_full":
            return "", prov + city + county + town + vil + grp + num, ""
        if fmt == "hukou_no_province":
            return "", (city or prov) + county + town + vil + num, ""
        if fmt == "hukou_county_start":
            return "", county + town + vil + grp + num, ""
    if fmt.startswith("uv"):
        city, dist, street, vil = r.choice(_URBAN)
        lane = r.choice(_LANES)
        if fmt == "uv_full":
            return "", city + dist + street + vil + lane + f"{r.randint(1, 40)}栋" + _room(r) + "房", ""
        if fmt == "uv_district_start":
            head = dist or street
            return "", head + vil + f"{r.choice(_LANES[2:])}{r.randint(1, 30)}号" + _room(r) + r.choice(("房", "室")), ""
        if fmt == "uv_bare_room":
            return "", (dist or street) + vil + lane + f"{r.randint(1, 40)}栋" + _room(r), ""
    if fmt.startswith("estate"):
        city, dist, street, road, est = r.choice(_ESTATES)
        b, u = r.randint(1, 18), r.randint(1, 4)
        rm = f"{r.randint(1, 28)}{r.randint(1, 4):02d}"
        if fmt == "estate_full":
            return "", city + dist + road + f"{r.randint(8, 999)}号" + est + f"{b}栋{u}单元{rm}室", ""
        if fmt == "estate_dash":
            return "", (dist or city) + est + f"{b}-{u}-{rm}", ""
        if fmt == "estate_short":
            return "", est + r.choice((f"{b}栋{rm}", f"{b}幢{u}单元{rm}室", f"{b}栋{rm}室")), ""
    if fmt.startswith("factory"):
        city, dist, road = r.choice(_FACTORIES)
        if fmt == "factory_road":
            return "", city + dist + road + f"{r.randint(1, 888)}号", ""
        if fmt == "factory_park":
            return "", city + dist + road + f"{r.randint(1, 300)}号" + r.choice(_PARKS) + r.choice(
                "ABCDE") + f"{r.randint(1, 12)}栋", ""
        if fmt == "factory_dorm":
            return "", dist + road + f"{r.randint(1, 300)}号" + r.choice(("员工宿舍", "宿舍楼")) + r.choice(
                "ABC") + "栋" + f"{r.randint(1, 6)}层", ""
    raise KeyError(fmt)


_GEN = {"id_card": _g_id, "bank_card": _g_bank, "mobile": _g_mobile, "landline": _g_landline, "qq": _g_qq,
        "wechat": _g_wechat, "plate": _g_plate, "email": _g_email, "address": _g_address}

# (kind, format, groups it may fill)
_FORMATS = {
    "id_card": (("plain_18", "*"), ("space_6_8_4", "*"), ("lower_x", "*"), ("space_4s", "*")),
    "bank_card": (("plain_19", "*"), ("space_4_19", "*"), ("plain_16", "*"), ("space_4_16", "*"),
                  ("plain_95_19", "*")),
    "mobile": (("plain_11", "*"), ("space_344", "*"), ("dash_344", "*"), ("intl_prefix", "*")),
    "landline": (("dash", "*"), ("paren", "*"), ("plain", "*"), ("space", "*"), ("dash_ext", "*")),
    "qq": (("digits_5_8", "*"), ("digits_9", "*"), ("digits_10", "*")),
    "wechat": (("pinyin_digits", "*"), ("underscore", "*"), ("wxid", "*"), ("dash_mix", "*")),
    "plate": (("std_7", "*"), ("dot_7", "*"), ("space_7", "*"), ("ev_8", "*"), ("lower_7", "*")),
    "email": (("qq_num", "*"), ("pinyin", "*"), ("dotted", "*"), ("edu", "*"), ("corp", "*")),
    "address": (("hukou_full", "hukou"), ("hukou_no_province", "hukou"), ("hukou_county_start", "hukou"),
                ("uv_full", "home"), ("uv_district_start", "home"), ("uv_bare_room", "home"),
                ("estate_full", "home"), ("estate_dash", "home"), ("estate_short", "home"),
                ("factory_road", "work"), ("factory_park", "work"), ("factory_dorm", "dorm")),
}
_WEIGHTS = {"plain_18": 5, "space_6_8_4": 3, "plain_19": 4, "plain_11": 6, "space_344": 2, "dash": 4,
            "digits_9": 2, "digits_10": 2, "std_7": 4, "qq_num": 3, "pinyin": 3}


def _compatible(kind, group):
    return [f for f, g in _FORMATS[kind] if group in ("any", "") or g == "*" or g == group]


# --------------------------------------------------------------------------- near-miss generators

def _n_salary(r):
    a = r.randint(5, 10)
    return r.choice((f"{a}k-{a + r.randint(2, 5)}k", f"{a}K-{a + r.randint(2, 4)}K", f"底薪{r.randrange(2800, 5200, 100)}+提成",
                     f"{r.randrange(5000, 9000, 500)}-{r.randrange(9000, 12000, 500)}", f"时薪{r.randint(18, 28)}元",
                     f"{r.randint(18, 30)}元/小时", f"月薪{r.randrange(4500, 9000, 100)}", f"到手{r.randrange(5000, 8500, 500)}左右",
                     f"综合{r.randrange(6000, 9500, 500)}+", f"{r.randint(150, 260)}一天", f"{a}千多"))


def _n_emp_no(r):
    return r.choice(("A" + _digits(r, 5), "2024" + _digits(r, 4), "SZ" + _digits(r, 4), "GH-" + _digits(r, 5),
                     "10" + _digits(r, 4), "LW" + _digits(r, 6), "DG" + _digits(r, 5)))


def _n_job_code(r):
    return r.choice((f"JD2024-{r.randint(1, 999):03d}", "ZP" + _digits(r, 6), f"P{r.randint(1000, 9999)}",
                     f"PG-{r.randint(10, 99)}", f"WH{r.randint(100, 999)}"))


def _n_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}月{d}号上午{r.randint(8, 11)}点", f"周{r.choice('一二三四五六')}下午{r.randint(1, 5)}点",
                     f"{d}号早上{r.randint(7, 9)}点半", f"{m}.{d}", f"{r.randint(7, 10)}:{r.choice(('00', '30'))}", f"2024年{m}月{d}日",
                     f"明天{r.randint(8, 10)}点"))


def _n_shift(r):
    return r.choice(("8:00-20:00", "08:00-17:30", "早8晚8", "20:00-次日8:00", "9点到6点", "7:30-16:30", "两班倒",
                     "做六休一", "12小时两班倒", "13:00-22:00"))


def _n_dorm(r):
    return r.choice((f"{r.randint(1, 8)}号床", f"床位号{r.randint(1, 40)}", f"上铺{r.randint(1, 8)}号", f"下铺{r.randint(1, 8)}号",
                     f"{r.choice((4, 6, 8))}人间{r.randint(1, 8)}号床", f"床位{r.choice('ABCD')}-{r.randint(1, 24)}"))


def _n_age(r):
    a = r.randint(18, 45)
    return r.choice((f"{a}岁", f"18-{r.choice((40, 45, 48))}周岁", f"{r.choice((35, 40, 45))}岁以下", f"{a}周岁", "16周岁"))


def _n_height(r):
    return r.choice((f"{r.randint(155, 182)}cm", f"1米{r.randint(55, 80)}", f"{r.randint(158, 175)}", f"体重{r.randint(45, 80)}kg",
                     f"{r.randint(90, 150)}斤"))


def _n_years(r):
    return r.choice((f"{r.randint(1, 10)}年", f"{r.randint(1, 5)}年以上", "一年多", f"{r.randint(2, 8)}年多", "半年"))


def _n_si(r):
    return r.choice((f"{r.randint(300, 900)}.{r.randint(1, 9)}元", f"{r.randint(380, 1100)}.{r.randint(10, 99)}",
                     f"{r.randint(200, 700)}块", f"{r.randint(300, 600)}多"))


def _n_si_base(r):
    return str(r.randrange(2360, 6800, 10))


def _n_si_pct(r):
    return r.choice(("5%", "8%", "10%", "12%", "百分之七"))


def _n_offer(r):
    return f"OF2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits(r, r.choice((3, 4)))}"


def _n_contract(r):
    return r.choice((f"HT-2024-{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_digits(r, 3)}", "LW2024" + _digits(r, 7),
                     f"SX2024-{_digits(r, 3)}", f"PQ{_digits(r, 8)}"))


def _n_room(r):
    return r.choice((f"{r.randint(2, 9)}0{r.randint(1, 8)}会议室", f"{r.randint(1, 6)}号面试间", f"{r.randint(2, 5)}楼大会议室",
                     f"{r.choice('AB')}{r.randint(2, 6)}0{r.randint(1, 9)}"))


def _n_hotline(r):
    return r.choice((f"400-{r.randint(100, 999)}-{_digits(r, 4)}", f"400{r.randint(1, 9)}-{_digits(r, 3)}-{_digits(r, 3)}",
                     "95588", "95533", "12333", "12345", f"800-{r.randint(800, 899)}-{_digits(r, 4)}", "95599", "12351"))


def _n_masked(r):
    m = r.choice(_MOBILE_PREFIXES)
    return r.choice((f"{m}****{_digits(r, 4)}", f"{r.choice(_ID_REGIONS)[:4]}**********{_digits(r, 3)}{r.choice('0123456789X')}",
                     f"6222 **** **** {_digits(r, 4)}", f"{m}****{_digits(r, 4)}",
                     f"****{_digits(r, 4)}"))


def _n_bad_card(r):
    while True:
        s = r.choice(("2024", "1000", "4200", "3301", "7516", "2023")) + _digits(r, r.choice((12, 13, 14, 15)))
        if not _luhn_ok(s) and not (len(s) == 18 and _id_ok(s)):
            return s


def _n_bad_id(r):
    while True:
        s17 = r.choice(_ID_REGIONS) + f"20{r.randint(18, 24)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3)
        c = r.choice("0123456789")
        if c != _id_check(s17) and not _luhn_ok(s17 + c):
            return s17 + c


def _n_tracking(r):
    return r.choice(("SF" + r.choice("1234") + _digits(r, 12), "YT" + _digits(r, 13), "JT" + _digits(r, 13),
                     "7" + _digits(r, 11), "JDX" + _digits(r, 12)))


def _n_code(r):
    return _digits(r, r.choice((4, 6, 6)))


def _n_credit(r):
    return "91" + r.choice(("440300", "441900", "320583", "410100", "330110")) + "MA" + "".join(
        r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))


def _n_postal(r):
    return r.choice(("518000", "523850", "215300", "510000", "466600", "450000", "201600", "523000"))


def _n_train(r):
    return r.choice((f"G{r.randint(60, 3000)}", f"D{r.randint(900, 3999)}", f"K{r.randint(100, 1999)}",
                     f"Z{r.randint(10, 300)}", f"T{r.randint(100, 399)}"))


def _n_parking(r):
    return r.choice((f"B2-{r.randint(1, 300):03d}", f"A{r.randint(1, 200):03d}", f"{r.randint(1, 3)}号停车场",
                     f"B1-{r.choice('ABCD')}{r.randint(10, 99)}"))


def _n_headcount(r):
    return r.choice((f"{r.randint(5, 200)}人", f"{r.randint(10, 50)}名", f"{r.randint(2, 10)}个"))


def _n_amount(r):
    return r.choice((f"{r.choice((50, 80, 85, 100, 120, 150))}元", f"{r.randrange(100, 600, 50)}块", f"{r.randrange(1000, 6000, 500)}元",
                     f"￥{r.randint(50, 500)}.00", f"{r.randint(1, 5)}千"))


def _n_student(r):
    return r.choice(("2021", "2022", "2020")) + _digits(r, r.choice((6, 7, 8)))


def _n_branch(r):
    return r.choice(("建行深圳宝安支行", "农行郸城县支行", "工行东莞长安支行", "中国银行昆山开发区支行", "邮储银行光山县支行",
                     "招商银行苏州分行", "农商银行虎门支行", "建设银行郑州航空港支行"))


def _n_place(r):
    return r.choice(("河南周口", "四川广安", "贵州毕节", "湖南邵阳", "广西玉林", "东莞长安", "深圳宝安", "昆山", "郑州航空港",
                     "江西赣州", "安徽阜阳"))


def _n_platform(r):
    return r.choice(("R" + _digits(r, 7), "QS" + _digits(r, 6), "BJ-" + _digits(r, 5)))


def _n_order(r):
    return r.choice(("TJ2024" + _digits(r, 8), "DD" + _digits(r, 10), "BX2024" + _digits(r, 6)))


def _n_url(r):
    return r.choice(("https://zp.hrwork.cn/j/" + _digits(r, 5), "www.zhongxin-hr.com/jobs", "https://wj.qq.com/s2/" + _digits(r, 8)))


_NEAR = {
    "salary": _n_salary, "emp_no": _n_emp_no, "job_code": _n_job_code, "date_time": _n_date, "shift": _n_shift,
    "dorm_bed": _n_dorm, "age": _n_age, "body_metric": _n_height, "years_exp": _n_years, "si_amount": _n_si, "si_base": _n_si_base, "si_pct": _n_si_pct,
    "offer_no": _n_offer, "contract_no": _n_contract, "interview_room": _n_room, "hotline": _n_hotline,
    "masked": _n_masked, "tail_digits": lambda r: _digits(r, 4), "bad_card": _n_bad_card, "bad_id": _n_bad_id, "tracking_no": _n_tracking,
    "verify_code": _n_code, "credit_code": _n_credit, "postal_code": _n_postal, "train_no": _n_train,
    "parking_spot": _n_parking, "headcount": _n_headcount, "amount": _n_amount, "student_no": _n_student,
    "bank_branch": _n_branch, "place_only": _n_place, "platform_id": _n_platform, "order_no": _n_order,
    "url": _n_url, "count": lambda r: str(r.randint(3, 60)),
}

# --------------------------------------------------------------------------- templates
# {kind} / {kind:group} = labelled value; {~near} = near-miss span

PII_TEMPLATES = (
    "身份证号{id_card}，明天几点到厂里？",
    "你好，我的身份证：{id_card}\n手机：{mobile}",
    "{id_card} 这是我身份证号码，照片反光我重新打了一遍",
    "身份证号码 {id_card} 户籍地址{address:hukou}",
    "老乡的身份证号{id_card}，他手机没电了，有事打我{mobile}",
    "工资卡：{bank_card}（{~bank_branch}）",
    "卡号{bank_card} 是我本人的卡，一类卡",
    "工资发到这张卡上 {bank_card} 谢谢HR",
    "HR你好，我换了工资卡，新卡号是{bank_card}，旧卡尾号{~tail_digits}那张不用了",
    "手机{mobile}，微信同号",
    "加我微信{wechat}，我把岗位JD发你，岗位编号{~job_code}",
    "我的vx：{wechat} 备注：应聘普工",
    "QQ {qq}，简历我发邮箱了{email}",
    "简历发到{email}就行，标题写姓名+应聘岗位+几号能到岗",
    "offer已经发到你邮箱{email}了，请查收，offer编号{~offer_no}",
    "我现在住{address:home}，离厂里远不远啊",
    "现住址：{address:home}\n户籍地址：{address:hukou}",
    "明天早上{~date_time}到{address:work}门口集合，有大巴接",
    "报到地点：{address:work}，到了打前台电话{landline}",
    "人事部电话{landline}，工作日{~shift}有人接",
    "有问题打公司座机{landline}",
    "车牌{plate}，入职后能办停车卡吗",
    "我开车过去，车牌号{plate}，麻烦跟门卫报备一下",
    "紧急联系人 母亲 {mobile}",
    "紧急联系人电话：{mobile}（父亲）\n家里座机{landline}",
    "骑手注册的手机号是{mobile}，帮我查下为什么审核不通过，骑手ID：{~platform_id}",
    "保洁阿姨的电话{mobile}，住{address:home}，明天去家访",
    "背调需要前公司HR联系方式：{landline}，或者邮箱{email}",
    "实习协议盖完章寄到{address:any}，收件人电话{mobile}",
    "学生邮箱 {email} 学号{~student_no}",
    "社保卡要绑银行卡，号码{bank_card}，身份证{id_card}",
    "{mobile} 这是我新号，旧号停机了",
    "宿舍分好了：{~dorm_bed}，有事找宿管{mobile}",
    "好的 {id_card}",
    "劳动合同寄到{address:any}，收件电话{mobile}",
    "📱{mobile}\n🏠{address:home}",
    "报名信息：\n性别：男\n年龄：{~age}\n身份证：{id_card}\n电话：{mobile}\n银行卡：{bank_card}\n住址：{address:hukou}",
    "微信号{wechat}手机号{mobile}都能找到我",
    "没有微信，QQ是{qq}",
    "扣扣{qq}，晚上在线",
    "我企鹅号{qq}，加的时候备注招聘",
    "邮箱{email} 今天能发offer吗",
    "{email} 这个邮箱收不到，换成{email}吧",
    "车停厂门口了，{plate}，白色五菱",
    "面试地址：{address:work}，到了上{~interview_room}",
    "户口本上地址是{address:hukou}，跟身份证一样的",
    "身份证上地址{address:hukou}，现在住厂里宿舍",
    "我老公也想进厂，他身份证{id_card}电话{mobile}",
    "派遣公司对公电话{landline}，开发票问这个号",
    "两个人的：\n{id_card}\n{id_card}",
    "卡号：{bank_card}\n户名：本人\n开户行：{~bank_branch}",
    "工资卡{bank_card}",
    "{bank_card}这张是我的工资卡",
    "收到，身份证号码{id_card}，{~date_time}过来体检",
    "员工手机号变更：原{~masked}，新号{mobile}",
    "我的微信是{wechat}，加的时候备注保洁",
    "货拉拉司机入驻，车牌{plate}，驾龄{~years_exp}",
    "家政阿姨上门地址：{address:home}，联系电话{mobile}",
    "你好 我看到你们招普工 {~salary} 是真的吗 我电话{mobile}",
    "应届生，邮箱{email}，手机{mobile}，{~date_time}可以面试",
    "校招网申填的邮箱{email}一直没收到测评链接",
    "这是我同学的微信{wechat}，她也想投实习",
    "{mobile}打不通的话打{mobile}",
    "给你留个座机{landline}，白天都在店里",
    "我们厂区在{address:work}，到了跟门卫说找人事部",
    "以后有事直接QQ联系：{qq}，微信不常用",
    "个人信息已填：身份证{id_card}，工资卡{bank_card}，紧急联系人{mobile}",
    "ID：{id_card}",
    "身份证 {id_card} 手机 {mobile} 学历 高中 {~age}",
    "社保增员需要：身份证号{id_card}、手机号{mobile}，参保基数{~si_base}",
    "体检报告寄到{address:any}，电话{mobile}",
    "外包保洁服务地址{address:work}，对接人电话{mobile}，门岗座机{landline}",
    "帮我改下工资卡，之前填错了，正确的是{bank_card}",
    "车牌号{plate}，宿舍楼下能停吗",
    "{plate} 这是我的车，明天开去园区",
    "老师你好，我的学校邮箱是{email}，实习证明麻烦发这里",
    "hr微信：{wechat}；电话：{landline}",
    "手机号码：{mobile} 微信：{wechat} QQ：{qq}",
    "收到offer了，回执发到{email}了",
    "你好我想应聘仓管，做过{~years_exp}，电话{mobile}",
    "身份证号：{id_card}\n民族：汉\n籍贯：{~place_only}",
    "租的房子在{address:home}，每天骑电动车上班",
    "我住{address:home}附近，离你们园区近",
    "介绍费打到这张卡{bank_card}，我是介绍人",
    "押金退到我卡里 {bank_card} 谢谢",
    "邮件地址写错了，不是{email}，是{email}",
    "请加HR企业微信或者打{landline}",
    "座机：{landline}（工作日）",
    "车：{plate}",
    "私人邮箱{email}",
    "{qq}是我QQ，加一下发你简历",
    "我用QQ号{qq}，微信被封了",
    "入职要填住址，{address:home}这样写可以吗",
    "骑手装备寄到{address:home}，手机{mobile}",
    "兼职日结，工资转银行卡{bank_card}或者微信{wechat}都行",
    "物流园地址{address:work}，进去车牌{plate}要先登记",
    "身分证{id_card}，电化{mobile}",
    "hr姐姐，这是我的工资卡号 {bank_card} 🙏",
    "新员工资料👇\n身份证号：{id_card}\n手机号：{mobile}\n紧急联系人：{mobile}\n现住址：{address:home}",
    "宿舍地址：{address:dorm}，晚上11点门禁",
    "我住{address:dorm}，下了班来找我拿",
    "宿舍在{address:dorm}，行李先放门卫室",
    "你先加我微信吧 {wechat}",
    "微信搜{wechat}就能加到我，头像是个猫",
    "{wechat} 这个是我们招聘专员的微信",
    "招聘专员QQ：{qq}（同微信）",
    "电话：{landline}  招聘热线：{~hotline}",
    "我们是劳务派遣公司，办公室座机{landline}，地址{address:work}",
    "好的收到，你的工号是{~emp_no}，工资卡{bank_card}下个月{~date_time}发",
    "我的卡号是{bank_card}，身份证号{id_card}，麻烦帮我把社保也办了",
    "{address:hukou}\n这是我户口地址",
    "户籍：{address:hukou}",
    "简历上的手机号{mobile}停用了，现在用{mobile}",
    "紧急联系人：配偶 电话{mobile}",
    "电子合同链接发到你手机{mobile}了，注意查收短信",
    "背调电话打到我之前公司{landline}，找人事就行",
    "offer抄送一份给我的私人邮箱{email}，公司邮箱{email}不常看",
    "面试结果会发到{email}，请注意垃圾箱",
    "请假条已经发你邮箱 {email} 了",
    "我车是新能源的，{plate}，可以进厂吗",
    "停车登记：车牌{plate} 车主电话{mobile}",
    "你好，{plate}是我的车，麻烦别贴条，我在三楼面试",
    "收件地址：{address:any}\n电话：{mobile}",
    "跑腿师傅电话{mobile}，他住{address:home}",
    "{mobile}\n{id_card}\n{bank_card}",
    "这是我弟弟的手机号{mobile}，他也要来做暑假工，{~age}",
    "QQ号码{qq} 邮箱{email}",
    "打我手机{mobile}或者家里电话{landline}都行",
    "学生：{~student_no}，QQ：{qq}，手机：{mobile}",
    "身份证 {id_card}\n卡号 {bank_card}\n开户行 {~bank_branch}",
    "我之前在你们厂干过，工号{~emp_no}，身份证{id_card}，能直接复职吗",
    "保洁上门地址：{address:home}，客户电话{mobile}，{~date_time}到",
    "群里有想进厂的兄弟加我QQ{qq}，{~salary}，包吃住",
    "QQ：{qq}\n微信：{wechat}",
    "我QQ{qq} 有事留言，上夜班手机不让带",
    "{qq}（QQ）\n{mobile}（手机）",
    "加群不方便的话加我个人QQ {qq}",
    "微信{wechat}，加我发你定位",
    "招聘群满了，直接加我：{wechat} 拉你进二群",
    "车牌{plate}的车主在吗？挡住厂区大门了",
    "月租车位登记：{plate}，车位{~parking_spot}",
    "送货的车是{plate}，司机电话{mobile}，麻烦放行",
    "我邮箱{email}，QQ号是{qq}",
)

NEAR_TEMPLATES = (
    "普工{~salary}，包吃住，{~age}男女不限",
    "明天{~date_time}到{~interview_room}面试，带简历",
    "你的工号是{~emp_no}，打卡用这个",
    "宿舍已安排：{~dorm_bed}，钥匙找宿管拿",
    "上班时间{~shift}，月休4天",
    "社保个人部分扣{~si_amount}，公积金扣{~si_amount}",
    "合同编号{~contract_no}，电子合同请在{~date_time}前签",
    "offer编号{~offer_no}，到岗时间{~date_time}",
    "有疑问可以拨打{~hotline}",
    "你的卡号是{~masked}吗？",
    "手机尾号{~tail_digits}的那位同学在吗",
    "工资条上流水号{~bad_card}是什么意思",
    "岗位编号{~job_code}，招{~headcount}",
    "要求身高{~body_metric}以上，{~age}",
    "体检费{~amount}自己先垫，入职满月报销",
    "快递单号{~tracking_no}，劳动合同寄出了",
    "验证码{~verify_code}发给你了",
    "公司统一社会信用代码{~credit_code}",
    "邮编{~postal_code}",
    "坐{~train_no}到东莞东，我们安排车去接",
    "车位{~parking_spot}是员工车位，访客停外面",
    "工号{~emp_no}，{~shift}，这个月加班{~count}个小时",
    "报名凭证号{~bad_id}，拿这个去体检中心",
    "缴费单号{~bad_id}，社保已经交了",
    "代发工资批次号{~bad_card}",
    "我们是{~place_only}的厂，{~salary}，有意向私聊",
    "骑手编号{~platform_id}，这周跑了{~count}单",
    "体检单号{~order_no}，空腹去",
    "报名链接{~url}",
    "工资{~salary}，{~date_time}发上个月的",
    "宿舍{~dorm_bed}，水电平摊一个月{~amount}左右",
    "你好我{~age}，{~body_metric}，能进电子厂吗",
    "我有{~years_exp}叉车经验，{~salary}可以吗",
    "社保基数按{~si_base}交，个人{~si_amount}",
    "{~date_time}开始培训，{~shift}",
    "返费{~amount}，做满一个月给",
    "打{~hotline}查社保缴费记录",
    "银行卡已经绑了，尾号{~tail_digits}",
    "身份证号后四位{~tail_digits}对不对？",
    "联系方式已隐藏：{~masked}",
    "面试官在{~interview_room}等你",
    "第二轮面试{~date_time}，地点还是{~interview_room}",
    "工号{~emp_no}的同事今天没打卡",
    "实习生学号{~student_no}，实习协议编号{~contract_no}",
    "夜班补贴{~amount}一晚，{~shift}",
    "离职证明快递{~tracking_no}，注意签收",
    "单号{~tracking_no}",
    "{~date_time}之前把材料交齐",
    "最近招聘高峰，客服热线{~hotline}可能占线",
    "岗位：分拣员 {~job_code}\n薪资：{~salary}\n年龄：{~age}\n班次：{~shift}",
    "保洁{~salary}，做{~shift}",
    "招聘专场{~date_time}，{~place_only}人才市场",
    "您的登录验证码为{~verify_code}，5分钟内有效",
    "入职体检费{~amount}，发票抬头写公司，税号{~credit_code}",
    "押金{~amount}，住满{~years_exp}退",
    "{~salary} 包住不包吃",
    "{~age} {~body_metric} 初中学历 能做吗",
    "我{~body_metric}，{~age}，以前在{~place_only}做过{~years_exp}",
    "合同{~contract_no}已经盖章",
    "电子offer {~offer_no} 已撤回，请以新的为准",
    "今天{~headcount}报到，宿舍不够，{~dorm_bed}先挤一下",
    "打卡机上显示的是工号{~emp_no}不是我的",
    "宿管说{~dorm_bed}空着",
    "公积金比例{~si_pct}，单位个人各一半",
    "工资卡交易明细里有个流水号{~bad_card}，是不是工资到了",
    "订单号{~bad_card}的保洁服务已完成",
    "面试间{~interview_room}，叫号了再进",
    "{~train_no}晚点了，可能{~date_time}才到",
    "到了停{~parking_spot}，然后走去前台",
    "卡号显示{~masked}，对吧",
    "热线{~hotline}，工作时间{~shift}",
    "{~hotline}是我们总部客服",
    "收到，{~date_time}见",
    "这个岗位编号是{~job_code}，还招吗",
    "保险单号{~order_no}，工伤报案用",
    "问卷{~url}填一下，方便排班",
    "学号{~student_no}的同学，三方协议还没交",
    "工龄{~years_exp}，年假按5天算",
    "电话已隐藏 {~masked}",
    "面试签到码{~verify_code}",
    "{~body_metric}以上，{~age}以内，不要纹身",
    "底薪+提成，{~salary}，试用期{~years_exp}",
    "按{~si_base}的基数交社保有点低吧",
    "这个月社保扣了{~si_amount}，怎么比上个月多",
    "骑手ID{~platform_id}被封了，怎么申诉",
    "平台客服{~hotline}打不通",
    "你好，请问{~place_only}那个厂还招人吗",
    "房补{~amount}，饭卡每月充{~amount}",
    "派遣协议{~contract_no}，用工单位{~place_only}",
)

# --------------------------------------------------------------------------- rendering

_MARK = re.compile(r"\{(~?)(\w+)(?::(\w+))?\}")


def _markers(tpl):
    return [(m.group(1) == "~", m.group(2), m.group(3) or "any") for m in _MARK.finditer(tpl)]


def _render(r, tpl, force=None):
    """force = (marker_index, format)."""
    out, ents, fmts, near = [], [], [], []
    pos, idx, last = 0, 0, 0
    for m in _MARK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        is_near, kind, group = m.group(1) == "~", m.group(2), m.group(3) or "any"
        if is_near:
            v = _NEAR[kind](r)
            near.append((kind, pos, pos + len(v)))
            out.append(v)
            pos += len(v)
        else:
            if force is not None and force[0] == idx:
                fmt = force[1]
            else:
                opts = _compatible(kind, group)
                fmt = r.choices(opts, weights=[_WEIGHTS.get(f, 1) for f in opts])[0]
            pre, v, post = _GEN[kind](r, fmt)
            out.append(pre)
            pos += len(pre)
            ents.append((kind, pos, pos + len(v)))
            fmts.append(fmt)
            out.append(v + post)
            pos += len(v) + len(post)
        idx += 1
    out.append(tpl[last:])
    return "".join(out), ents, fmts, near


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows, tids = [], []
    # forced formats: each format into FORCE_PER_FMT distinct compatible templates
    for kind in KINDS:
        for fmt, grp in _FORMATS[kind]:
            cands = []
            for ti, tpl in enumerate(PII_TEMPLATES):
                for mi, (is_near, k, g) in enumerate(_markers(tpl)):
                    if not is_near and k == kind and fmt in _compatible(k, g):
                        cands.append((ti, mi))
                        break
            for ti, mi in r.sample(cands, FORCE_PER_FMT):
                rows.append(_render(r, PII_TEMPLATES[ti], (mi, fmt)))
                tids.append(f"P{ti}")
    # every template at least once, then random
    order = list(range(len(PII_TEMPLATES)))
    while len(rows) < N_PII_ROWS:
        if order:
            ti = order.pop(0)
        else:
            ti = r.randrange(len(PII_TEMPLATES))
        rows.append(_render(r, PII_TEMPLATES[ti]))
        tids.append(f"P{ti}")
    order = list(range(len(NEAR_TEMPLATES)))
    for i in range(N_NEAR_ROWS):
        ti = order.pop(0) if order else r.randrange(len(NEAR_TEMPLATES))
        rows.append(_render(r, NEAR_TEMPLATES[ti]))
        tids.append(f"N{ti}")
    perm = list(range(len(rows)))
    r.shuffle(perm)
    data = {"text": [], "entities": [], "formats": [], "near_misses": [], "split": []}
    for i in perm:
        t, e, f, n = rows[i]
        data["text"].append(t)
        data["entities"].append(e)
        data["formats"].append(f)
        data["near_misses"].append(n)
        data["split"].append(SPLIT)
        if meta is not None:
            meta.append(tids[i])
    return pd.DataFrame(data)


def make_blind28_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_RX = {
    "mobile": re.compile(r"1[3-9]\d{9}"),
    "landline": re.compile(r"0\d{2,3}\d{7,8}"),
    "qq": re.compile(r"[1-9]\d{4,10}"),
    "wechat": re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}"),
    "plate": re.compile(r"[京沪粤苏浙豫川湘鄂赣皖桂渝黔闽][A-Za-z][A-Za-z0-9]{5,6}"),
    "email": re.compile(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+"),
}


def check_corpus(df: pd.DataFrame) -> dict:
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and len(es) == len(fs), text
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for k, s, e in es:
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip() and (v[0] not in "，。：:；、（(" or k == "landline") and v[-1] not in "，。：:；、）)", (k, v)
            n = _norm(v)
            if k == "id_card":
                assert _id_ok(n), v
            elif k == "bank_card":
                assert n.isdigit() and len(n) in (16, 19) and _luhn_ok(n) and n[0] in "4569", v
            elif k == "address":
                assert v[-1] in "号栋幢单元室房层楼" or v[-1].isdigit(), v
                assert not any(c in v for c in "，。：:\n "), v
            elif k in ("email", "wechat"):
                assert _RX[k].fullmatch(v), (k, v)
            else:
                assert _RX[k].fullmatch(n), (k, v)
            if k == "mobile":
                assert len(n) == 11
        for k, s, e in ns:
            assert k in _NEAR and 0 <= s < e <= len(text), (k, text)
            v = text[s:e]
            assert v == v.strip(), v
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if n.isdigit() and len(n) == 11:
                assert not _RX["mobile"].fullmatch(n), (k, v)
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
    assert df.equals(make_blind28_corpus())  # deterministic
    assert df.equals(_build())
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
    declared = [f"{k}/{f}" for k in KINDS for f, _ in _FORMATS[k]]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

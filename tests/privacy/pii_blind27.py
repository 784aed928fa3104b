"""Twenty-seventh blind PII corpus (``split == "blind27"``) for Chinese WeCom service chats.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第二十八位写手")
that did NOT read the masking rules: nothing under ``toolkit/privacy/`` except
the lines of ``toolkit/privacy/mask.py`` defining ``PII_KINDS`` and
``PLACEHOLDERS``; no other corpus or test under ``tests/`` except lines 1-100
and the last 45 lines of ``tests/privacy/pii_blind8.py`` (layout and entry
point names only); not ``bench/``, ``docs/``, the README, nor any git history.
It looked only at the file list and the first 30 README lines of ``../shared/datasets/``, copying nothing from
it.  It never imported ``toolkit`` and never ran any masking / finding function
on this corpus.  Values, chat contexts and labels come only from the writer's
own idea of what citizens and staff type in WeCom 1:1 and group chats.

What is different here: PUBLIC SERVICES, UTILITIES AND TELECOM.  Messages come
from government service halls and hotlines (12345 / 12333 / 12329 ...), social
security and housing-fund (公积金) consultations, water / electricity / gas
accounts, broadband installation and the three telecom operators (number
porting 携号转网, plans, SIM replacement 补卡), courts, law firms and notaries,
traffic police.  Citizens send ID numbers, mobiles, landlines, home addresses
(often rural: 县 / 镇 / 村 / 组 / 号), bank cards for subsidies and refunds,
e-mails for documents, plates, QQ and WeChat ids.  Near-misses are those of the
trade: utility account numbers (户号), meter numbers (表号), court case numbers
(``(2026)京0105民初12345号``), work-order and acceptance numbers (工单号 /
受理号), official document numbers (``京政发〔2026〕12号``), SIM ICCIDs, IMEIs,
PUK / verification codes, plan names with prices (``5G套餐129元``), bandwidths,
hotlines (12345 / 10086 / 95598 / 400), postcodes, amounts, dates, window and
queue numbers, masked values, credit codes, transaction serials of card length
failing Luhn and 18-digit serials failing the ID check digit, law articles,
places without house number (a service hall, a district).

Label rules: a span holds the value only.  Cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (``转806``, ``-806``, ``分机806``) are
outside; separators inside a value (spaces, dashes, the parentheses of an
area code) are inside.  An address runs from its first place unit (province /
city / district / county / town / village / road / street / estate) to its
last house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / a bare room number
such as ``1502`` or ``3-2-1502``); a place alone is a near-miss.  A WeChat id
that is the mobile number (``微信号就是手机号 138...``) is labelled ``wechat``
when the cue says 微信号 and the sentence gives it as the WeChat id.

Seed
----
``SEED = "blind27-2026-public-services-第二十八位写手"``; everything is drawn
from ``random.Random(SEED)`` over fixed lists and tuples.  ID check digits
(ISO 7064 MOD 11-2) and bank-card / IMEI Luhn digits are computed here; every
near-miss whose digits are 16-19 long fails Luhn and every 18-digit one fails
the ID check.  Each format is first forced ``FORCE_PER_FMT`` times into
randomly drawn templates holding a slot of its kind; other rows draw formats
by weight.

Layout
------
One row per chat message; columns ``text`` (str), ``entities`` (list of
``(kind, start, end)``; kinds email, id_card, bank_card, mobile, landline, qq,
wechat, plate, address), ``formats`` (one format name per entity, same order),
``near_misses`` (list of ``(near_kind, start, end)``), ``split`` (``"blind27"``).

Counts (``python tests/privacy/pii_blind27.py``)
------------------------------------------------
rows=1600 pii_rows=900 near_rows=700 entities=1527;
entities by kind: mobile 411, address 287, id_card 233, bank_card 122, email 106, plate 103,
landline 99, wechat 89, qq 77;
near-miss spans=1429 (1169 in near-miss rows) kinds=29:
amount 209, date_time 131, place_only 120, hotline 89, utility_account 68, work_order 58, meter_no
54, case_no 53, plan_name 53, doc_no 52, bandwidth 50, billing_term 48, window_queue 40, staff_no
40, acceptance_no 39, masked 38, postcode 37, iccid 34, unit_price 33, txn_serial 28, law_article
25, verify_code 25, invoice_no 20, serial_18 17, credit_code 16, order_no 16, date 14, imei 12, puk
10;
formats=53 distinct, each used >= 4 times in >= 3 templates:
address/city_estate, address/district_road_estate, address/estate_dash_room, address/office_floor,
address/province_full, address/road_number, address/rural_county, address/rural_full,
address/rural_town, bank_card/dash4_16, bank_card/plain_16, bank_card/plain_19, bank_card/space4_16,
bank_card/space4_19, bank_card/visa_master, email/capitalised, email/dotted_work,
email/fullwidth_at, email/mobile_local, email/plain, email/qq_numeric, id_card/fullwidth,
id_card/plain, id_card/space_684, id_card/x_lower, id_card/x_upper, landline/area_dash,
landline/area_dash_ext, landline/area_paren, landline/area_plain, landline/area_space,
landline/local_only, mobile/cn_digits, mobile/dash_344, mobile/fullwidth, mobile/plain,
mobile/prefix86, mobile/space_344, plate/lowercase, plate/middot, plate/new_energy, plate/plain,
plate/space, qq/cn_digits, qq/fullwidth, qq/plain, qq/space_grouped, wechat/alnum, wechat/dash,
wechat/mixed_case, wechat/mobile_digits, wechat/underscore, wechat/wxid.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "blind27-2026-public-services-第二十八位写手"
SPLIT = "blind27"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
FORCE_PER_FMT = 5
N_PII_ROWS = 900
N_NEAR_ROWS = 700

# --------------------------------------------------------------------------- helpers

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


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
    return _luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.]", "", s)


_CN = dict(zip("0123456789", "零一二三四五六七八九"))
_CN_YAO = dict(zip("0123456789", "零幺二三四五六七八九"))
_FW = dict(zip("0123456789", "０１２３４５６７８９"))


def _cn(s: str, yao: bool = False) -> str:
    m = _CN_YAO if yao else _CN
    return "".join(m.get(c, c) for c in s)


def _fw(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- value pools

_MOBILE_PREFIX = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)
_AREA3 = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029")
_AREA4 = (
    "0311", "0351", "0371", "0431", "0451", "0471", "0531", "0551", "0571", "0591", "0731", "0771",
    "0791", "0851", "0871", "0898", "0931", "0951", "0991", "0755", "0769", "0512", "0510", "0532",
    "0574", "0577", "0595", "0757", "0760", "0817", "0838", "0734", "0394", "0379", "0635", "0913",
)
_ID_REGIONS = (
    "110105", "110108", "110114", "310104", "310115", "440106", "440305", "441900", "510107", "511325",
    "511304", "410105", "411627", "430104", "430524", "420106", "421122", "370102", "371302", "320106",
    "320585", "330106", "330782", "350102", "350583", "500103", "500234", "610113", "612725", "130102",
    "131126", "360102", "362232", "340104", "341221", "450103", "452122", "520102", "522422", "530102",
    "620102", "230103", "220102", "210102", "140105", "150102", "460105", "640104", "650102", "120101",
)
_BINS16 = ("622202", "622588", "621483", "622260", "622848", "621661", "623058", "622908", "621226")
_BINS19 = ("622848", "621700", "621799", "623668", "622202", "621559", "622188", "623059")
_BINS_VM = ("436742", "427020", "518710", "524047", "545619", "404117", "552599", "489592")
_BINS95 = ("9559980", "9558820", "9559986", "9555500")
_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "189.cn",
                 "wo.cn", "aliyun.com", "yeah.net", "sohu.com", "outlook.com", "hotmail.com", "gmail.com")
_MAIL_WORK = ("hengtai-law.com", "zhengda-lawyer.cn", "xinyuan-tech.com", "bj-notary.cn", "jhwater.com.cn")
_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun",
           "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han",
           "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "peng")
_GIVEN = ("wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
          "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hui", "hong", "ling", "yu", "lan",
          "xin", "hao", "yun", "bo", "dan", "ning", "kai", "rui", "meng", "qian", "xue", "feifei")
_WORDS = ("sunny", "lucky", "happy", "tiger", "panda", "xiaoyu", "momo", "cici", "kiki", "echo",
          "leo", "amy", "jack", "lily", "dragon", "river", "stone", "apple", "maomao", "dudu")
_PLATE_PROV = (("京", "ABCEFGHJKLMNPQ"), ("沪", "ABCDEFGHJKLMN"), ("粤", "ABCDEFGHJKLMNPQRSTUVWXY"),
               ("川", "ABCDEFHJKLMQRSTUVWXYZ"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("鲁", "ABCDEFGHJKLMNPQRSUVY"),
               ("苏", "ABCDEFGHJKLMN"), ("浙", "ABCDEFGHJKL"), ("湘", "ABCDEFGHJKLMNU"),
               ("鄂", "ABCDEFGHJKLMNPQRS"), ("冀", "ABCDEFGHJRT"), ("陕", "ABCDEFGHJKUV"),
               ("皖", "ABCDEFGHJKLMNPRS"), ("渝", "ABCDFGH"), ("闽", "ABCDEFGHJK"), ("赣", "ABCDEFGHJKLM"),
               ("桂", "ABCDEFGHJKLMNPR"), ("津", "ABCDEFGHJKLMN"), ("辽", "ABCDEFGHJKLMNP"),
               ("黑", "ABCDEFGHJKLMNPR"), ("云", "ADEFGHJKLMNPQRS"), ("贵", "ABCDEFGHJ"))
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# (province, city, district)
_URBAN = (
    ("北京市", "", "朝阳区"), ("北京市", "", "海淀区"), ("北京市", "", "丰台区"), ("北京市", "", "通州区"),
    ("上海市", "", "浦东新区"), ("上海市", "", "闵行区"), ("上海市", "", "徐汇区"), ("天津市", "", "河西区"),
    ("重庆市", "", "渝北区"), ("广东省", "广州市", "天河区"), ("广东省", "广州市", "白云区"),
    ("广东省", "深圳市", "南山区"), ("广东省", "深圳市", "龙岗区"), ("广东省", "东莞市", "南城街道"),
    ("四川省", "成都市", "武侯区"), ("四川省", "成都市", "成华区"), ("四川省", "南充市", "顺庆区"),
    ("浙江省", "杭州市", "西湖区"), ("浙江省", "杭州市", "余杭区"), ("浙江省", "宁波市", "鄞州区"),
    ("江苏省", "南京市", "鼓楼区"), ("江苏省", "苏州市", "吴中区"), ("湖北省", "武汉市", "洪山区"),
    ("湖南省", "长沙市", "岳麓区"), ("河南省", "郑州市", "金水区"), ("山东省", "济南市", "历下区"),
    ("陕西省", "西安市", "雁塔区"), ("福建省", "福州市", "鼓楼区"), ("河北省", "石家庄市", "长安区"),
    ("安徽省", "合肥市", "蜀山区"), ("辽宁省", "沈阳市", "和平区"), ("云南省", "昆明市", "五华区"),
)
_ROADS = ("建设路", "人民路", "解放大道", "中山北路", "科技园南路", "望京街", "学院路", "长江路", "滨江大道",
          "文化路", "新华路", "花园路", "光明街", "幸福路", "金沙大道", "和平里街", "东风路", "工农路",
          "丰台北路", "天府大道", "黄河路", "世纪大道", "青年路", "北辰西路")
_ESTATES = ("阳光花园", "金色家园", "翠苑小区", "幸福里小区", "锦绣华庭", "望京西园三区", "碧桂园",
            "万科城市花园", "保利香槟国际", "和平里小区", "龙湖春森彼岸", "绿地新都会", "华润二十四城",
            "建工家属院", "水务局宿舍", "供电公司家属院", "朝阳新城", "新村小区", "电信小区", "锦江苑")
# (province, city, county, town)
_RURAL = (
    ("四川省", "南充市", "西充县", "多扶镇"), ("四川省", "达州市", "渠县", "三汇镇"),
    ("河南省", "周口市", "郸城县", "汲冢镇"), ("河南省", "商丘市", "虞城县", "利民镇"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("湖南省", "邵阳市", "邵东县", "廉桥镇"),
    ("山东省", "临沂市", "沂南县", "界湖街道"), ("江西省", "赣州市", "于都县", "罗坳镇"),
    ("湖北省", "黄冈市", "蕲春县", "漕河镇"), ("广西壮族自治区", "玉林市", "博白县", "龙潭镇"),
    ("贵州省", "毕节市", "大方县", "羊场镇"), ("河北省", "邯郸市", "魏县", "牙里镇"),
    ("云南省", "曲靖市", "宣威市", "板桥街道"), ("甘肃省", "天水市", "甘谷县", "大像山镇"),
    ("重庆市", "", "开州区", "温泉镇"), ("江苏省", "宿迁市", "沭阳县", "龙庙镇"),
)
_VILLAGES = ("凤鸣村", "前楼村", "王庄村", "李家沟村", "新民村", "红星村", "石桥村", "柳树湾村", "双河村",
             "大坪村", "张湾村", "杨柳村", "下坝村", "东岳村", "白庙村", "团结村", "高桥村", "黄泥塘村")
_GROUP_CN = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


# --------------------------------------------------------------------------- PII generators
# each returns (prefix_outside, value, suffix_outside)

def _mobile_raw(r):
    return r.choice(_MOBILE_PREFIX) + _digits(r, 8)


def _m_plain(r):
    return "", _mobile_raw(r), ""


def _m_space344(r):
    m = _mobile_raw(r)
    return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""


def _m_dash344(r):
    m = _mobile_raw(r)
    return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""


def _m_plus86(r):
    return r.choice(("+86 ", "+86", "86-", "0086 ")), _mobile_raw(r), ""


def _m_cn(r):
    return "", _cn(_mobile_raw(r), yao=r.random() < 0.5), ""


def _m_fullwidth(r):
    return "", _fw(_mobile_raw(r)), ""


def _local(r, n):
    return r.choice("23456789") + _digits(r, n - 1)


def _area_local(r):
    if r.random() < 0.35:
        return r.choice(_AREA3), _local(r, 8)
    return r.choice(_AREA4), _local(r, 8)


def _l_dash(r):
    a, n = _area_local(r)
    return "", f"{a}-{n}", ""


def _l_paren(r):
    a, n = _area_local(r)
    return "", f"({a}){n}" if r.random() < 0.5 else f"（{a}）{n}", ""


def _l_plain(r):
    a, n = _area_local(r)
    return "", a + n, ""


def _l_space(r):
    a, n = _area_local(r)
    return "", f"{a} {n}", ""


def _l_ext(r):
    a, n = _area_local(r)
    ext = _local(r, r.choice((3, 4)))
    return "", f"{a}-{n}", r.choice((f"转{ext}", f"-{ext}", f" 分机{ext}", f"转{ext}"))


def _l_local8(r):
    return "", _local(r, 8), ""


def _id_raw(r, want_x=None):
    while True:
        y = r.randint(1942, 2008)
        mo = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(_ID_REGIONS)}{y:04d}{mo:02d}{d:02d}{_digits(r, 3)}"
        c = _id_check(body)
        if want_x is None or (c == "X") == want_x:
            return body + c


def _i_plain(r):
    return "", _id_raw(r, want_x=False if r.random() < 0.8 else None), ""


def _i_x_upper(r):
    return "", _id_raw(r, want_x=True), ""


def _i_x_lower(r):
    return "", _id_raw(r, want_x=True).lower(), ""


def _i_space684(r):
    s = _id_raw(r)
    return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""


def _i_fullwidth(r):
    return "", _fw(_id_raw(r, want_x=False)), ""


def _card(r, bin_, n):
    body = bin_ + _digits(r, n - len(bin_) - 1)
    return body + _luhn_digit(body)


def _b_plain16(r):
    return "", _card(r, r.choice(_BINS16), 16), ""


def _b_plain19(r):
    return "", _card(r, r.choice(_BINS19 + _BINS95), 19), ""


def _b_space4_16(r):
    c = _card(r, r.choice(_BINS16 + _BINS_VM), 16)
    return "", " ".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def _b_space4_19(r):
    c = _card(r, r.choice(_BINS19), 19)
    return "", " ".join(c[i:i + 4] for i in range(0, 19, 4)), ""


def _b_visa_master(r):
    return "", _card(r, r.choice(_BINS_VM), 16), ""


def _b_dash4(r):
    c = _card(r, r.choice(_BINS16), 16)
    return "", "-".join(c[i:i + 4] for i in range(0, 16, 4)), ""


def _local_part(r):
    k = r.randint(0, 5)
    p, g = r.choice(_PINYIN), r.choice(_GIVEN)
    y = str(r.randint(1960, 2005))
    return (p + g, p + g + y[2:], g + p + str(r.randint(1, 999)), p[0] + g + y, r.choice(_WORDS) + y[2:],
            p + "_" + g)[k]


def _e_plain(r):
    return "", f"{_local_part(r)}@{r.choice(_MAIL_DOMAINS)}", ""


def _e_qq_numeric(r):
    return "", f"{_qq_raw(r)}@{r.choice(('qq.com', 'qq.com', 'foxmail.com'))}", ""


def _e_dotted(r):
    return "", f"{r.choice(_GIVEN)}.{r.choice(_PINYIN)}@{r.choice(_MAIL_WORK + _MAIL_DOMAINS[:6])}", ""


def _e_fullwidth_at(r):
    return "", f"{_local_part(r)}＠{r.choice(_MAIL_DOMAINS)}", ""


def _e_mobile_local(r):
    return "", f"{_mobile_raw(r)}@{r.choice(('139.com', '163.com', '189.cn', 'wo.cn'))}", ""


def _e_upper(r):
    lp = _local_part(r)
    return "", f"{lp[0].upper()}{lp[1:]}@{r.choice(_MAIL_DOMAINS).upper() if r.random() < 0.3 else r.choice(_MAIL_DOMAINS)}", ""


def _qq_raw(r):
    return r.choice("123456789") + _digits(r, r.choice((5, 6, 7, 8, 8, 9, 9, 9)))


def _q_plain(r):
    return "", _qq_raw(r), ""


def _q_fullwidth(r):
    return "", _fw(_qq_raw(r)), ""


def _q_cn(r):
    return "", _cn(_qq_raw(r), yao=r.random() < 0.4), ""


def _q_space(r):
    q = r.choice("123456789") + _digits(r, r.choice((8, 9)))
    return "", f"{q[:3]} {q[3:6]} {q[6:]}", ""


def _w_alnum(r):
    return "", r.choice(_PINYIN) + r.choice(_GIVEN) + str(r.randint(1, 2005)), ""


def _w_underscore(r):
    return "", f"{r.choice(_WORDS + _PINYIN)}_{r.choice(_GIVEN)}{r.randint(0, 99):02d}", ""


def _w_dash(r):
    return "", f"{r.choice(_PINYIN)}-{r.choice(_WORDS)}-{r.randint(1, 999)}", ""


def _w_mixed_case(r):
    p = r.choice(_PINYIN)
    g = r.choice(_GIVEN)
    return "", f"{p.capitalize()}{g.capitalize()}{r.randint(60, 99)}", ""


def _w_wxid(r):
    return "", "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)), ""


def _w_mobile(r):
    return "", _mobile_raw(r), ""


def _plate_head(r):
    p, lets = r.choice(_PLATE_PROV)
    return p, r.choice(lets)


def _plate_tail(r):
    n = r.randint(0, 2)
    s = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), n):
        s[i] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "".join(s)


def _p_plain(r):
    p, l = _plate_head(r)
    return "", p + l + _plate_tail(r), ""


def _p_dot(r):
    p, l = _plate_head(r)
    return "", p + l + "·" + _plate_tail(r), ""


def _p_space(r):
    p, l = _plate_head(r)
    return "", p + l + " " + _plate_tail(r), ""


def _p_new_energy(r):
    p, l = _plate_head(r)
    if r.random() < 0.7:
        return "", p + l + r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + _digits(r, 4), ""
    return "", p + l + _digits(r, 5) + r.choice("DF"), ""


def _p_lower(r):
    p, l = _plate_head(r)
    return "", p + l.lower() + _plate_tail(r).lower(), ""


def _room(r):
    fl = r.randint(1, 33)
    return f"{fl}{r.randint(1, 4):02d}"


def _house_tail(r):
    k = r.randint(0, 3)
    if k == 0:
        return f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{_room(r)}室"
    if k == 1:
        return f"{r.randint(1, 20)}号楼{r.randint(1, 6)}单元{_room(r)}"
    if k == 2:
        return f"{r.randint(1, 40)}幢{_room(r)}室"
    return f"{r.randint(1, 12)}栋{_room(r)}"


def _a_province_full(r):
    pv, ct, ds = r.choice(_URBAN)
    return "", f"{pv}{ct}{ds}{r.choice(_ROADS)}{r.randint(1, 999)}号{r.choice(_ESTATES)}{_house_tail(r)}", ""


def _a_city_start(r):
    pv, ct, ds = r.choice(_URBAN)
    head = ct if ct else pv
    return "", f"{head}{ds}{r.choice(_ESTATES)}{_house_tail(r)}", ""


def _a_district_start(r):
    _, _, ds = r.choice(_URBAN)
    return "", f"{ds}{r.choice(_ROADS)}{r.randint(1, 600)}号{r.choice(_ESTATES)}{_house_tail(r)}", ""


def _a_estate_dash(r):
    return "", f"{r.choice(_ESTATES)}{r.randint(1, 30)}-{r.randint(1, 6)}-{_room(r)}", ""


def _a_road_no(r):
    pv, ct, ds = r.choice(_URBAN)
    head = (ct if ct else pv) if r.random() < 0.6 else ds
    if head == ct and r.random() < 0.5:
        head = ct + ds
    return "", f"{head}{r.choice(_ROADS)}{r.randint(1, 999)}号", ""


def _a_rural_full(r):
    pv, ct, co, tw = r.choice(_RURAL)
    g = r.choice(_GROUP_CN) if r.random() < 0.5 else str(r.randint(1, 12))
    return "", f"{pv}{ct}{co}{tw}{r.choice(_VILLAGES)}{g}组{r.randint(1, 99)}号", ""


def _a_rural_county(r):
    _, _, co, tw = r.choice(_RURAL)
    g = r.choice(_GROUP_CN) if r.random() < 0.5 else str(r.randint(1, 12))
    return "", f"{co}{tw}{r.choice(_VILLAGES)}{g}组{r.randint(1, 99)}号", ""


def _a_rural_town(r):
    _, _, _, tw = r.choice(_RURAL)
    return "", f"{tw}{r.choice(_VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 99)}号", ""


def _a_office_floor(r):
    pv, ct, ds = r.choice(_URBAN)
    head = ct + ds if ct else pv + ds
    return "", f"{head}{r.choice(_ROADS)}{r.randint(1, 400)}号{r.choice(('国贸大厦', '创业大厦', '金融中心', '时代广场', '商务楼'))}{r.randint(3, 38)}层", ""


_FMT_TABLES = (
    ("mobile", (("plain", _m_plain, 14), ("space_344", _m_space344, 3), ("dash_344", _m_dash344, 2),
                ("prefix86", _m_plus86, 2), ("cn_digits", _m_cn, 1), ("fullwidth", _m_fullwidth, 1))),
    ("landline", (("area_dash", _l_dash, 6), ("area_paren", _l_paren, 2), ("area_plain", _l_plain, 2),
                  ("area_space", _l_space, 1), ("area_dash_ext", _l_ext, 2), ("local_only", _l_local8, 1))),
    ("id_card", (("plain", _i_plain, 10), ("x_upper", _i_x_upper, 2), ("x_lower", _i_x_lower, 1),
                 ("space_684", _i_space684, 1), ("fullwidth", _i_fullwidth, 1))),
    ("bank_card", (("plain_16", _b_plain16, 4), ("plain_19", _b_plain19, 5), ("space4_16", _b_space4_16, 2),
                   ("space4_19", _b_space4_19, 2), ("visa_master", _b_visa_master, 1), ("dash4_16", _b_dash4, 1))),
    ("email", (("plain", _e_plain, 6), ("qq_numeric", _e_qq_numeric, 3), ("dotted_work", _e_dotted, 2),
               ("fullwidth_at", _e_fullwidth_at, 1), ("mobile_local", _e_mobile_local, 1),
               ("capitalised", _e_upper, 1))),
    ("qq", (("plain", _q_plain, 8), ("fullwidth", _q_fullwidth, 1), ("cn_digits", _q_cn, 1),
            ("space_grouped", _q_space, 1))),
    ("wechat", (("alnum", _w_alnum, 5), ("underscore", _w_underscore, 3), ("dash", _w_dash, 1),
                ("mixed_case", _w_mixed_case, 2), ("wxid", _w_wxid, 1), ("mobile_digits", _w_mobile, 2))),
    ("plate", (("plain", _p_plain, 6), ("middot", _p_dot, 2), ("space", _p_space, 1),
               ("new_energy", _p_new_energy, 2), ("lowercase", _p_lower, 1))),
    ("address", (("province_full", _a_province_full, 3), ("city_estate", _a_city_start, 3),
                 ("district_road_estate", _a_district_start, 3), ("estate_dash_room", _a_estate_dash, 2),
                 ("road_number", _a_road_no, 2), ("rural_full", _a_rural_full, 3),
                 ("rural_county", _a_rural_county, 3), ("rural_town", _a_rural_town, 2),
                 ("office_floor", _a_office_floor, 1))),
)
_FMT = {k: tab for k, tab in _FMT_TABLES}
_GROUP = {f: ("rural" if f.startswith("rural") else "urban") for f, _, _ in _FMT["address"]}


# --------------------------------------------------------------------------- near-miss generators

def _no_luhn(r, s_gen):
    while True:
        s = s_gen()
        d = _norm(s)
        ok = True
        if d.isdigit() and 16 <= len(d) <= 19 and _luhn_ok(d):
            ok = False
        if len(d) == 18 and d[:17].isdigit() and _id_ok(d):
            ok = False
        if len(d) == 11 and re.fullmatch(r"1[3-9]\d{9}", d):
            ok = False
        if ok:
            return s


def _date8(r):
    return f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _nm_utility_account(r):
    k = r.randint(0, 3)
    if k == 0:
        return _no_luhn(r, lambda: r.choice("2345678") + _digits(r, 9))       # 国网 10位户号
    if k == 1:
        return _no_luhn(r, lambda: "0" + r.choice("3456") + _digits(r, 11))   # 南网 13位
    if k == 2:
        return _no_luhn(r, lambda: r.choice("1234") + _digits(r, 7))          # 水费户号 8位
    return _no_luhn(r, lambda: r.choice(("RQ", "GS", "")) + _digits(r, 9))    # 燃气


def _nm_meter_no(r):
    k = r.randint(0, 2)
    if k == 0:
        return _no_luhn(r, lambda: "000" + _digits(r, 11))
    if k == 1:
        return f"{r.choice(('WM', 'SB', 'LXS'))}{r.randint(2018, 2025)}{_digits(r, 5)}"
    return _no_luhn(r, lambda: _digits(r, 12))


_COURT = ("京0105", "京0108", "沪0115", "粤0305", "粤0106", "川0107", "川13", "豫1602", "浙0106",
          "苏0106", "鄂0111", "湘0104", "鲁0102", "渝0112", "京03", "粤03", "陕0113")


def _nm_case_no(r):
    y = r.choice((2024, 2025, 2025, 2026, 2026))
    typ = r.choice(("民初", "民初", "民终", "执", "执恢", "行初", "民特", "刑初", "财保"))
    lp, rp = r.choice((("(", ")"), ("（", "）"), ("〔", "〕")))
    return f"{lp}{y}{rp}{r.choice(_COURT)}{typ}{r.randint(1, 39999)}号"


def _nm_work_order(r):
    k = r.randint(0, 3)
    if k == 0:
        return f"GD{_date8(r)}{_digits(r, 6)}"
    if k == 1:
        return _no_luhn(r, lambda: _date8(r) + _digits(r, r.choice((5, 6, 7))))
    if k == 2:
        return f"{r.choice(('KD', 'ZJ', 'WX', 'BX'))}-{_date8(r)[2:]}-{_digits(r, 4)}"
    return f"12345-{_date8(r)}-{_digits(r, 5)}"


def _nm_acceptance_no(r):
    k = r.randint(0, 2)
    if k == 0:
        return f"SL{_date8(r)}{_digits(r, 5)}"
    if k == 1:
        return f"{r.choice(_ID_REGIONS)}-{_date8(r)[:4]}-{_digits(r, 6)}"
    return _no_luhn(r, lambda: _date8(r)[2:] + _digits(r, 8))


def _nm_doc_no(r):
    org = r.choice(("京政发", "京政办发", "川府发", "粤人社发", "人社部发", "建金", "豫政办", "浙政发",
                    "国办发", "财社", "南充府办发", "郑政", "沪府规"))
    return f"{org}〔{r.choice((2024, 2025, 2026))}〕{r.randint(1, 120)}号"


def _nm_amount(r):
    k = r.choice((0, 0, 1, 2, 2, 4, 5))
    if k == 0:
        return f"{r.randint(20, 999)}.{r.randint(0, 99):02d}元"
    if k == 1:
        return f"¥{r.randint(1, 3)},{r.randint(0, 999):03d}.{r.randint(0, 99):02d}"
    if k == 2:
        return f"{r.choice((50, 100, 120, 200, 300, 380, 500, 960, 1200, 1580, 2400, 3000))}元"
    if k == 4:
        return f"{r.randint(50, 300)}.{r.randint(0, 99):02d}"
    return f"{r.randint(100, 999)}块"


def _nm_unit_price(r):
    return r.choice(("0.4883元/度", "0.5283元/度", "0.56元/度", "0.6元/度", "0.3元/度", "3.45元/吨",
                     "2.61元/吨", "4.8元/吨", "2.98元/方", "3.05元/立方米"))


def _nm_date(r):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice((f"2026年{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}月{d}日", f"2026.{m}.{d}"))


def _nm_date_time(r):
    k = r.randint(0, 4)
    m, d = r.randint(1, 12), r.randint(1, 28)
    if k == 0:
        return f"2026年{m}月{d}日"
    if k == 1:
        return f"{m}月{d}号" + r.choice((f"上午{r.randint(8, 11)}点", f"下午{r.randint(2, 5)}点", ""))
    if k == 2:
        return f"2026-{m:02d}-{d:02d} {r.randint(8, 17):02d}:{r.choice(('00', '15', '30', '45'))}"
    if k == 3:
        return f"2026/{m}/{d}"
    return f"{r.randint(8, 11)}:{r.choice(('00', '30'))}-{r.randint(14, 17)}:{r.choice(('00', '30'))}"


def _nm_plan_name(r):
    return r.choice(("5G畅享套餐129元", "5G套餐 129元", "199元融合套餐", "39元花卡", "59元流量王",
                     "全家享套餐169元档", "新全球通畅享套餐128元", "19元保号套餐", "8元保号套餐",
                     "5G智享套餐239元", "冰激凌套餐99元", "大王卡19元", "天翼5G畅享89元",
                     "宽带单装 300M 960元/年", "千兆宽带 1000M 1200元/年"))


def _nm_bandwidth(r):
    return r.choice(("100M", "200M", "300M", "500M", "1000M", "千兆", "40GB", "100G", "30G定向流量",
                     "1000分钟", "500分钟"))


def _nm_hotline(r):
    k = r.randint(0, 3)
    if k == 0:
        return r.choice(("12345", "12315", "12333", "12329", "12348", "12368", "12366", "12122", "12328",
                         "12339", "12369", "110", "119"))
    if k == 1:
        return r.choice(("10086", "10010", "10000", "10099", "95598", "96777", "96116", "95588", "95599",
                         "95566", "95533", "95580"))
    if k == 2:
        return f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    return f"400{r.randint(1000000, 9999999)}"


def _nm_postcode(r):
    return r.choice(("100102", "100083", "200120", "201100", "510630", "518057", "610041", "637200",
                     "466000", "476000", "236400", "422800", "276300", "342300", "435300", "537600",
                     "551600", "056800", "741200", "405400", "223600", "310012", "450000"))


def _nm_masked(r):
    k = r.randint(0, 4)
    if k == 0:
        m = _mobile_raw(r)
        return f"{m[:3]}****{m[7:]}"
    if k == 1:
        return f"{r.choice(_BINS16)[:4]} **** **** {_digits(r, 4)}"
    if k == 2:
        s = _id_raw(r)
        return f"{s[:6]}********{s[14:]}"
    if k == 3:
        return f"尾号{_digits(r, 4)}"
    s = _id_raw(r)
    return f"{s[0]}****************{s[-1]}"


def _nm_iccid(r):
    return "8986" + r.choice(("00", "01", "03", "11")) + _digits(r, 14)


def _nm_imei(r):
    body = r.choice(("86", "35")) + _digits(r, 12)
    return body + _luhn_digit(body)


def _nm_verify_code(r):
    return _digits(r, r.choice((4, 6, 6, 6)))


def _nm_puk(r):
    return _digits(r, 8)


def _nm_txn_serial(r):
    return _no_luhn(r, lambda: _date8(r) + _digits(r, r.choice((8, 9, 10, 11))))


def _nm_serial_18(r):
    def g():
        if r.random() < 0.5:
            return r.choice(_ID_REGIONS) + _date8(r) + _digits(r, 4)
        return _date8(r) + _digits(r, 10)
    while True:
        s = g()
        if not _id_ok(s) and not _luhn_ok(s):
            return s


def _nm_credit_code(r):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return r.choice(("91", "92", "12", "52", "31")) + r.choice(_ID_REGIONS) + "".join(
        r.choice(chars) for _ in range(10))


def _nm_window_queue(r):
    k = r.randint(0, 2)
    if k == 0:
        return f"{r.randint(1, 40)}号窗口"
    if k == 1:
        return f"{r.choice('ABCDEF')}{r.randint(1, 199):03d}"
    return f"{r.choice('ABCD')}区{r.randint(1, 30)}号"


def _nm_invoice_no(r):
    if r.random() < 0.5:
        return _digits(r, 8)
    return "26" + r.choice(("11", "31", "44", "51", "41")) + _digits(r, 16)   # 20位全电发票


def _nm_law_article(r):
    return r.choice(("《民法典》第1165条", "《劳动合同法》第四十七条", "第1079条", "《社会保险法》第58条",
                     "《住房公积金管理条例》第二十四条", "《公证法》第二十五条", "第三百零九条"))


def _nm_place_only(r):
    _, ct, ds = r.choice(_URBAN)
    return r.choice((f"{ds}政务服务中心", f"{ds}不动产登记中心", f"{ct or ds}公积金管理中心",
                     f"{ds}人民法院", f"{r.choice(_RURAL)[2]}供电公司", f"{ds}营业厅",
                     f"{r.choice(_RURAL)[3]}便民服务中心", f"{ct or ds}车管所"))


def _nm_staff_no(r):
    return r.choice(("", "", "NO.", "J")) + _digits(r, r.choice((4, 5, 6)))


def _nm_order_no(r):
    return r.choice(("E", "SO", "DD", "")) + _no_luhn(r, lambda: _date8(r) + _digits(r, r.choice((6, 7, 12))))


def _nm_package_fee_period(r):
    return r.choice(("2026年3月账期", "202602账期", "第2阶梯", "一档电价", "峰谷电价", "12个月合约期",
                     "24个月", "缴费年限15年", "连续缴存6个月"))


_NEAR = {
    "utility_account": _nm_utility_account, "meter_no": _nm_meter_no, "case_no": _nm_case_no,
    "work_order": _nm_work_order, "acceptance_no": _nm_acceptance_no, "doc_no": _nm_doc_no,
    "amount": _nm_amount, "unit_price": _nm_unit_price, "date": _nm_date, "date_time": _nm_date_time, "plan_name": _nm_plan_name,
    "bandwidth": _nm_bandwidth, "hotline": _nm_hotline, "postcode": _nm_postcode, "masked": _nm_masked,
    "iccid": _nm_iccid, "imei": _nm_imei, "verify_code": _nm_verify_code, "puk": _nm_puk,
    "txn_serial": _nm_txn_serial, "serial_18": _nm_serial_18, "credit_code": _nm_credit_code,
    "window_queue": _nm_window_queue, "invoice_no": _nm_invoice_no, "law_article": _nm_law_article,
    "place_only": _nm_place_only, "staff_no": _nm_staff_no, "order_no": _nm_order_no,
    "billing_term": _nm_package_fee_period,
}


# --------------------------------------------------------------------------- templates
# {kind} = labelled value, {~near_kind} = near-miss span, {a|b|c} = free text variant

_PII_TEMPLATES = (
    # --- 政务服务 / 12345
    "您好，我想预约下周办居住证，身份证号{id_card}，手机{mobile}",
    "身份证：{id_card}\n电话：{mobile}\n地址：{address}",
    "{id_card} 这是我的身份证号码，麻烦帮我查下社保卡办好没有",
    "工作人员您好，我母亲的身份证{id_card}，她不会用手机，联系我就行{mobile}",
    "预约信息：{~date_time} {~place_only}，证件号 {id_card}，联系电话 {mobile}",
    "居住证地址填的是{address}，对吗？受理号{~acceptance_no}",
    "12345那边转过来的工单{~work_order}，市民留的电话{mobile}，住{address}，说楼下噪音扰民",
    "我是在{~place_only}办的，当时留的座机是{landline}，现在打不通了改成手机{mobile}吧",
    "老人家住{address}，行动不便，能不能上门办理？电话{mobile}",
    "麻烦把《告知书》发我邮箱{email}，谢谢🙏",
    "材料扫描件我发您邮箱了，您看下收到没：{email}",
    "{mobile}这个是我女儿的号码，有事先打她的",
    # --- 社保
    "社保卡丢了要补办，身份证号{id_card}，原来的卡是{bank_card}要不要挂失",
    "养老金一直没到账，我填的卡号是{bank_card}，{~amount}，{~date_time}应该发的",
    "灵活就业社保缴费，缴费人身份证{id_card}，扣款卡{bank_card}",
    "您好 我爸爸身份证{id_card} 想查一下 {~billing_term} 的缴费记录",
    "退休认证一直通不过😭 我爸的身份证号{id_card} 手机号{mobile}",
    "失业金申领的银行卡号：{bank_card}\n开户行：农业银行{|西充|郸城|临泉}支行\n手机：{mobile}",
    "参保人 身份证 {id_card}\n联系地址 {address}\n邮编 {~postcode}",
    "社保转移的联系函寄到{address}就行，邮编{~postcode}，收件电话{mobile}",
    "医保报销的钱打到这张卡{bank_card}，金额{~amount}，麻烦核对一下",
    "新农合缴费{~amount}，户主身份证{id_card}，地址{address@rural}",
    # --- 公积金
    "公积金提取，收款账户{bank_card}，{|工商银行|建设银行|农业银行|邮储银行}，本人身份证{id_card}",
    "我想问下公积金贷款，单位座机{landline}，我手机{mobile}，方便的话回个电话",
    "租房提取公积金，房子在{address}，合同我发你邮箱{email}了",
    "公积金中心的老师您好，我的身份证号码是{id_card}，{~date_time}提交的提取申请，受理号{~acceptance_no}",
    "按{~doc_no}文件，我这种情况能不能提？我电话{mobile}",
    "我的邮箱{email}，对账单请发这个，谢谢",
    # --- 水电气
    "电费户号{~utility_account}，户主电话{mobile}，地址{address}，一直显示欠费",
    "水表坏了，{address}，表号{~meter_no}，电话{mobile}，麻烦派人来看看",
    "燃气开户：\n地址：{address}\n联系人电话：{mobile}\n身份证：{id_card}",
    "我家{address}停电了，打{~hotline}一直占线，手机{mobile}",
    "代扣电费换一张卡，新卡号{bank_card}，户号{~utility_account}",
    "师傅明天几点上门？我在{address}，到了打我电话{mobile}",
    "燃气费退款请退到{bank_card}，{~amount}，户号{~utility_account}",
    "{address}，电表号{~meter_no}，本月电费{~amount}，比平时多了好多",
    "阶梯水价怎么算的？现在是{~unit_price}吗，我家户号{~utility_account}，地址是{address}",
    "过户水电需要新户主身份证{id_card}和房产证，联系电话{landline}",
    "村里的变压器老跳闸，{address@rural}，我电话{mobile}，村委会座机{landline}",
    # --- 宽带 / 运营商
    "装宽带，地址{address@urban}，联系电话{mobile}，{~plan_name}",
    "宽带报修：{address}\n手机：{mobile}\n工单号：{~work_order}",
    "你好，我要办携号转网，号码是{mobile}，身份证{id_card}",
    "补卡需要本人身份证吗？我号码{mobile}，机主身份证号{id_card}",
    "{mobile} 机主本人，申请换成{~plan_name}",
    "家里座机{landline}要移机到新家{address}，{~bandwidth}宽带一起迁",
    "我的号{mobile}被停机了，是不是欠费了？交了{~amount}还是不行",
    "新卡ICCID {~iccid}，激活号码{mobile}，麻烦帮我看下实名",
    "副卡号码{mobile}，主卡号码{mobile}，都是我本人名下",
    "安装师傅说{address}这个小区没覆盖光纤😂，那我的{~plan_name}还办不办得了？电话{mobile}",
    "发票抬头个人，邮箱{email}，号码{mobile}",
    "营业厅的小姐姐说加我微信{wechat}发套餐资料，是你们的人吗",
    "你加我微信吧{wechat}，我把身份证正反面发你",
    "我QQ{qq}，您也可以QQ联系我",
    "邮箱{email}，或者直接qq{qq}",
    "电信固话{landline}，宽带账号和这个一样的，帮查一下为什么上不了网",
    "携号转网授权码发到{mobile}了，{~verify_code}这个是吗",
    "我手机坏了，IMEI {~imei}，号码{mobile}能不能先停机保号",
    # --- 法院 / 律所
    "案号{~case_no}，我是原告，联系方式{mobile}，送达地址{address}",
    "法官您好，被告的住址是{address}，电话{mobile}，他一直不接",
    "律师您好，我想咨询劳动仲裁，电话{mobile}，微信同号",
    "起诉状里原告信息：身份证号{id_card}，住{address}，电话{mobile}",
    "执行款请打到申请人账户{bank_card}，{~amount}，案号{~case_no}",
    "电子送达邮箱：{email}\n手机：{mobile}",
    "对方车牌{plate}，当时撞了就跑了，交警出了认定书，我想起诉",
    "身份证{id_card}\n户籍地：{address}\n现住：{address}",
    "我们律所的座机是{landline}，张律师手机{mobile}，邮箱{email}",
    "欠款人的卡号{bank_card}，以前转账转过，这个能申请查封吗",
    "您好，{~place_only}那边让我找律师，我QQ是{qq}，白天不方便接电话",
    # --- 公证
    "公证处您好，办继承公证，被继承人身份证{id_card}，继承人身份证{id_card}",
    "委托公证需要两人到场吗？我在国外，邮箱{email}，微信{wechat}",
    "房产在{address}，要做赠与公证，大概费用多少",
    "公证书寄到{address}，电话{mobile}，到付就行",
    # --- 交警 / 车管
    "车牌{plate}的违章能不能在这里处理？驾驶证号就是身份证号{id_card}",
    "我的车{plate}被拖走了，打{~hotline}也问不到拖去哪了，电话{mobile}",
    "{plate} 这辆车年检过期了怎么办",
    "事故对方车牌{plate}，电话{mobile}，我的车牌{plate}",
    "电动车上牌，车主身份证{id_card}，住址{address}",
    "帮我查一下{plate}有没有未处理的违章，谢谢",
    # --- group chats, mixed, typos, emoji
    "@客服 我家{address}已经三天没水了‼️ 电话{mobile}",
    "好的 我记下了 {mobile}",
    "是的，{id_card}",
    "卡号：{bank_card}",
    "地址{address}",
    "{address}",
    "电话 {landline}",
    "微信：{wechat}",
    "QQ：{qq}",
    "📮{email}",
    "📱{mobile}",
    "手机号码{mobile}，身份证号码{id_card}，银行卡号{bank_card}，补贴打这张卡",
    "惠民补贴发放名单核对：{id_card}，一卡通账号{bank_card}，{address}",
    "村民代办：户主身份证{id_card}，电话{mobile}（儿子的），住{address@rural}",
    "我那个手机号换了，新号码{mobile}，旧的{mobile}不用了",
    "你们打{landline}找我，白天都在单位",
    "麻烦回电{landline}，找我就行",
    "家里电话{landline}，手机{mobile}，两个都可以",
    "加个微信吧，{wechat}，方便发材料",
    "我的微信号是{wechat}，搜不到就搜手机号",
    "我的QQ号{qq}，邮箱就是{email}",
    "网上办事大厅登录账号是邮箱{email}，忘记密码了",
    "{email} 这个邮箱是我本人的，请查收",
    "退费请退回原卡{bank_card}，谢谢🙏",
    "补贴的钱是打到{bank_card}这张卡吗？我查了没有啊",
    "身份证号输不进去，{id_card}，系统提示格式不对😓",
    "我帮隔壁王大爷问的，他身份证{id_card}，住{address@rural}，没有智能手机",
    "快递寄到{address}，{mobile}，谢谢师傅",
    "收件人电话{mobile}\n收件地址{address}",
    "营业执照上的地址是{address}，法人手机{mobile}",
    "我在{address}开了个小卖部，想办个商业用电，电话{mobile}",
    "老家{address@rural}的房子要拆迁，补偿款打到{bank_card}，这样写行吗",
    "刚刚那个{mobile}是我老公的，我的是{mobile}",
    "12345您好，我是{address@urban}的住户，小区路灯坏了半个月了，联系电话{mobile}",
    "户口迁移进度帮我查一下，身份证号{id_card}",
    "QQ{qq} 加一下，我把判决书照片传给您",
    "孩子在外地上学，有事联系他QQ：{qq} 或者我手机{mobile}",
    "群里统一说一下：材料不清楚的加我QQ {qq}，或者打办公室电话{landline}",
    "我没有微信，只有QQ，{qq}",
    "{qq}是我QQ，晚上在线",
    "扣分的是{plate}，不是我的车，我的是{plate}",
    "违停罚单上车牌{plate}，地点在{address}门口，可是那天我车在外地",
    "申请ETC，车牌{plate}，卡号{bank_card}，手机{mobile}",
    "小区车位登记：{address@urban}，车牌{plate}，电话{mobile}",
    "车主：本人\n车牌：{plate}\n手机：{mobile}",
    "微信号：{wechat}\n手机：{mobile}\n有空加一下",
    "这是我律师的微信{wechat}，后续您直接跟他对接",
    "微信{wechat}，备注一下宽带报装",
    "我微信号{wechat}，您通过一下好友",
    "{wechat} 这个是我微信，加的时候写上户号{~utility_account}",
    "车辆{plate}，车主电话{mobile}，停在{~place_only}门口挡道了",
)

_NEAR_TEMPLATES = (
    "按{~law_article}，您的情况可以主张赔偿。您把身份证号发我{|一下|下|}，我这边立案用",
    "您的工单{~work_order}已受理，预计{~date_time}前回复，请保持电话畅通",
    "电费户号{~utility_account}，本期应缴{~amount}，请于{~date_time}前缴清",
    "表号{~meter_no}，本月用水{|12|23|8}吨，水费{~amount}",
    "您好，您的案件{~case_no}已于{~date_time}立案，诉讼费{~amount}",
    "案号：{~case_no}\n开庭时间：{~date_time}\n地点：{~place_only}第三法庭",
    "请拨打{~hotline}咨询，工作时间{~date_time}",
    "政策依据：{~doc_no}，详见附件",
    "根据{~doc_no}和{~doc_no}，符合条件的可以申请",
    "受理号{~acceptance_no}，请凭此号到{~window_queue}领取",
    "排号/窗口：{~window_queue}，前面还有{|12|7|23}人",
    "您办理的{~plan_name}将于{~date_time}生效",
    "宽带已升级到{~bandwidth}，月费不变，工单{~work_order}",
    "SIM卡号(ICCID)：{~iccid}，请核对卡背面",
    "PUK码是{~puk}，输错10次卡会锁死哦",
    "验证码{~verify_code}，5分钟内有效，请勿泄露",
    "手机的IMEI是{~imei}，已登记",
    "邮寄地址请写{~place_only}，邮编{~postcode}",
    "您提交的{~masked}已完成核验",
    "银行卡{~masked}已绑定成功",
    "身份证{~masked}的参保人，{~billing_term}已缴",
    "交易流水号{~txn_serial}，退款{~amount}将原路退回",
    "申请编号{~serial_18}，审核中",
    "单位统一社会信用代码{~credit_code}，公积金缴存基数调整请在{~date_time}前完成",
    "发票号码{~invoice_no}，金额{~amount}",
    "按{~law_article}，逾期利息不能超过约定",
    "您好，这边是{~place_only}，工号{~staff_no}为您服务",
    "客服{~staff_no}号为您服务，请问有什么可以帮您？",
    "订单号{~order_no}，已支付{~amount}",
    "本月电费{~amount}，第一阶梯执行{~unit_price}",
    "您的套餐{~plan_name}，本月已用{~bandwidth}",
    "停电通知：{~date} {|8:00|7:30|9:00}至{|18:00|17:30|20:00}，{|城东|城西|开发区|高新区|镇区}片区计划检修，咨询{~hotline}",
    "燃气户号{~utility_account}，气表号{~meter_no}，安检时间{~date_time}",
    "您的{~billing_term}账单已出，合计{~amount}",
    "公证费{~amount}，{~date_time}上午来取公证书，取件号{~window_queue}",
    "判决书已通过{~hotline}短信平台送达，案号{~case_no}",
    "执行案件{~case_no}，执行标的{~amount}",
    "工单{~work_order}已派发给{~place_only}，师傅{~date_time}上门",
    "携号转网需先查询资格，发送CXXZ#姓名#证件号到{~hotline}",
    "补卡费{~amount}，新卡ICCID {~iccid}",
    "宽带合约{~billing_term}，违约金{~amount}",
    "我打了{~hotline}好几次都没人接😤",
    "那个{~hotline}是你们的电话吗？",
    "12345说转给你们了，工单是{~work_order}吧",
    "收到，户号{~utility_account}对吧",
    "好的，受理号{~acceptance_no}我记下了",
    "请问{~case_no}这个案子什么时候开庭",
    "昨天交了{~amount}电费，户号{~utility_account}，怎么还显示欠费",
    "我的套餐是{~plan_name}，为什么扣了{~amount}",
    "是{~doc_no}这个文件吗",
    "帮我查下这个发票{~invoice_no}真伪",
    "表上写的是{~meter_no}，这是表号吗",
    "流水号{~txn_serial}，钱扣了业务没办成",
    "我排到{~window_queue}了，还要等多久啊",
    "寄到{~place_only}就行吗？邮编{~postcode}",
    "{~date_time}之前要交材料，对吧",
    "卡背面印的是{~iccid}",
    "验证码是{~verify_code}",
    "{~verify_code}",
    "编号是{~serial_18}，不是身份证号哈",
    "企业的信用代码{~credit_code}，帮忙看下公积金开户进度",
    "网上缴费：户号{~utility_account}\n金额{~amount}\n订单{~order_no}",
    "【温馨提示】您的号码{~masked}本月消费{~amount}，{~plan_name}",
    "您家的电表{~meter_no}已更换为智能表，{~date_time}起按{~unit_price}计费",
    "法律援助可拨打{~hotline}，或到{~place_only}咨询",
    "医保个人账户本月划入{~amount}，{~billing_term}",
    "宽带测速只有{~bandwidth}，说好的{~bandwidth}呢",
    "按照{~law_article}，公证员应当回避",
    "文件：{~doc_no}\n发布日期：{~date}\n咨询电话：{~hotline}",
    "亲，这边查到您的工单{~work_order}已经办结了，满意的话回复1",
    "退款{~amount}已退回，流水{~txn_serial}，1-3个工作日到账",
    "住房公积金贷款最高{|60|80|100|120}万，利率{|2.85|3.1}%，按您的情况月供大概{~amount}",
    "您好，交警{~staff_no}号，{~place_only}事故已登记，编号{~acceptance_no}",
)


# --------------------------------------------------------------------------- builder

_TOK = re.compile(r"\{([^{}]*)\}")
_MIN_PER_KIND = 75


def _slots(tpl: str) -> list[str]:
    return [t.split("@")[0] for t in _TOK.findall(tpl) if not t.startswith(("|", "~"))]


def _near_bad(v: str) -> bool:
    d = _norm(v)
    return ((d.isdigit() and 16 <= len(d) <= 19 and _luhn_ok(d))
            or (len(d) == 18 and d[:17].isdigit() and _id_ok(d))
            or bool(re.fullmatch(r"1[3-9]\d{9}", d)))


def _render(r: random.Random, tpl: str, forced: tuple[str, str] | None = None):
    text, ents, fmts, nms = "", [], [], []
    pos, used = 0, False
    for m in _TOK.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        t = m.group(1)
        if t.startswith("|"):
            text += r.choice(t[1:].split("|"))
            continue
        if t.startswith("~"):
            v = _NEAR[t[1:]](r)
            while _near_bad(v):
                v = _NEAR[t[1:]](r)
            nms.append((t[1:], len(text), len(text) + len(v)))
            text += v
            continue
        t, _, group = t.partition("@")
        tab = [x for x in _FMT[t] if not group or _GROUP[x[0]] == group]
        if forced is not None and forced[0] == t and not used and any(x[0] == forced[1] for x in tab):
            fmt = forced[1]
            gen = next(g for f, g, _ in tab if f == fmt)
            used = True
        else:
            fmt, gen, _ = r.choices(tab, weights=[w for _, _, w in tab])[0]
        pre, val, post = gen(r)
        text += pre
        ents.append((t, len(text), len(text) + len(val)))
        fmts.append(fmt)
        text += val + post
    text += tpl[pos:]
    return text, ents, fmts, nms


def _build(meta: list | None = None) -> pd.DataFrame:
    r = random.Random(SEED)
    rows: list[tuple] = []
    tids: list[str] = []

    def add(tpl_list, i, prefix, forced=None):
        rows.append(_render(r, tpl_list[i], forced))
        tids.append(f"{prefix}{i}")

    by_kind = {k: [i for i, t in enumerate(_PII_TEMPLATES) if k in _slots(t)] for k in KINDS}
    # 1) force every format into several templates
    for kind, tab in _FMT_TABLES:
        for fmt, _, _ in tab:
            for i in r.sample(by_kind[kind], min(FORCE_PER_FMT, len(by_kind[kind]))):
                add(_PII_TEMPLATES, i, "P", (kind, fmt))
    # 2) every template at least twice, then random fill
    for _ in range(2):
        for i in range(len(_PII_TEMPLATES)):
            add(_PII_TEMPLATES, i, "P")
    while len(rows) < N_PII_ROWS:
        add(_PII_TEMPLATES, r.randrange(len(_PII_TEMPLATES)), "P")
    # 3) top up thin kinds
    for kind in KINDS:
        while sum(1 for _, es, _, _ in rows for k, _, _ in es if k == kind) < _MIN_PER_KIND:
            add(_PII_TEMPLATES, r.choice(by_kind[kind]), "P")
    # 4) near-miss-only rows
    for i in range(len(_NEAR_TEMPLATES)):
        add(_NEAR_TEMPLATES, i, "N")
    while len(rows) - len(tids) + len(tids) < N_PII_ROWS + N_NEAR_ROWS and \
            sum(1 for t in tids if t.startswith("N")) < N_NEAR_ROWS:
        add(_NEAR_TEMPLATES, r.randrange(len(_NEAR_TEMPLATES)), "N")
    order = list(range(len(rows)))
    r.shuffle(order)
    if meta is not None:
        meta.extend(tids[i] for i in order)
    return pd.DataFrame({
        "text": [rows[i][0] for i in order],
        "entities": [rows[i][1] for i in order],
        "formats": [rows[i][2] for i in order],
        "near_misses": [rows[i][3] for i in order],
        "split": [SPLIT] * len(order),
    })


def make_blind27_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------- checks

_CN_BACK = {**{v: k for k, v in _CN.items()}, "幺": "1", "〇": "0"}
_HOUSE_END = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d)$")
_PLACE_START = re.compile(r"^.{1,12}?(省|市|区|县|镇|街道|村|路|街|大道|小区|花园|家园|苑|园|城|里|院|宿舍|庭|国际|岸|都会|二十四城)")


def _digits_of(v: str) -> str:
    v = unicodedata.normalize("NFKC", v)
    return "".join(_CN_BACK.get(c, c) for c in v if c not in " -·()（）")


def _check_value(kind: str, fmt: str, v: str) -> None:
    assert v == v.strip() and v, (kind, v)
    d = _digits_of(v)
    if kind == "mobile" or (kind == "wechat" and fmt == "mobile_digits"):
        assert re.fullmatch(r"1[3-9]\d{9}", d), (kind, v)
        assert d[:3] in _MOBILE_PREFIX, v
    elif kind == "landline":
        assert re.fullmatch(r"(0\d{2,3})?[2-9]\d{6,7}", d), v
        if fmt != "local_only":
            assert d[:3] in _AREA3 or d[:4] in _AREA4, v
    elif kind == "id_card":
        assert _id_ok(d), v
        assert d[:6] in _ID_REGIONS, v
    elif kind == "bank_card":
        assert d.isdigit() and len(d) in (16, 19) and _luhn_ok(d), v
        assert d[0] in "4569", v
    elif kind == "email":
        assert re.fullmatch(r"[A-Za-z0-9._\-]+[@＠][A-Za-z0-9.\-]+\.[A-Za-z]{2,}", v), v
    elif kind == "qq":
        assert re.fullmatch(r"[1-9]\d{5,10}", d), v
    elif kind == "wechat":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v), v
    elif kind == "plate":
        p = v.upper().replace("·", "").replace(" ", "")
        assert re.fullmatch(r"[京沪粤川豫鲁苏浙湘鄂冀陕皖渝闽赣桂津辽黑云贵][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}", p), v
        if len(p) == 8:
            assert p[2] in "DF" or p[-1] in "DF", v
    elif kind == "address":
        assert _HOUSE_END.search(v), v
        assert _PLACE_START.search(v), v
    else:
        raise AssertionError(kind)


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["text", "entities", "formats", "near_misses", "split"]
    declared = {k: {f for f, _, _ in tab} for k, tab in _FMT_TABLES}
    n_ent = 0
    for text, es, fs, ns in zip(df["text"], df["entities"], df["formats"], df["near_misses"]):
        assert isinstance(text, str) and text
        assert len(es) == len(fs)
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            assert k in KINDS and f in declared[k], (k, f)
            assert 0 <= s < e <= len(text)
            v = text[s:e]
            _check_value(k, f, v)
            # a value is never glued to more of the same characters
            if s > 0 and not (k == "mobile" and text[:s].endswith("86")):
                a, b = text[s - 1], v[0]
                assert not (a.isdigit() and b.isdigit()), (text, v)
                assert not (a.isascii() and a.isalpha() and b.isascii() and b.isalpha()), (text, v)
            if e < len(text) and k != "address":
                a, b = v[-1], text[e]
                assert not (a.isdigit() and b.isdigit()), (text, v)
                assert not (a.isascii() and a.isalpha() and b.isascii() and b.isalpha()), (text, v)
            n_ent += 1
        for k, s, e in ns:
            assert k in _NEAR and 0 <= s < e <= len(text)
            v = text[s:e]
            assert v == v.strip(), v
            d = _norm(v)
            if d.isdigit() and 16 <= len(d) <= 19:
                assert not _luhn_ok(d), (k, v)
            if len(d) == 18 and d[:17].isdigit():
                assert not _id_ok(d), (k, v)
            assert not re.fullmatch(r"1[3-9]\d{9}", d), (k, v)
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
    assert df.equals(make_blind27_corpus())  # deterministic
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
    declared = [f"{k}/{f}" for k, tab in _FMT_TABLES for f, *_ in tab]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin

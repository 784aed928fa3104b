"""Sixth thread corpus (``split == "threads6"``): whole WeCom 1:1 chats of formal service desks.

Who / rules
-----------
Written by an independent test-data writer (a helper session, "第四十位写手")
that never saw the masker.  What it read: its own brief; the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(nothing else under ``toolkit/privacy/``); lines 1-100 and the last 45 lines
of ``tests/privacy/pii_blind8.py`` (layout and entry-point names only); the
first rows of ``../shared/datasets/nonghang_zhidao`` for the tone of bank
customer questions (no phrase or value copied).  It did not read ``bench/``,
``docs/``, the README, any other corpus or test, nor git history; it ran no
git command, never imported ``toolkit`` and ran no masking / finding function
on this data.  Standard library + pandas only.

What is different here
----------------------
Whole 1:1 conversations (4-24 messages) between FORMAL service desks and
their customers in WeCom: bank customer managers, insurers, telecom operators,
utilities (power / water / gas), hospital patient services, government
service hotlines moved to WeCom, and courier complaint desks.  Agents write
formally (您好，这里是…；为保障您的信息安全…；已为您登记…), send forms to fill
in, read values back in full or partly masked (尾号5678, 138****5678), ask
security questions (card tail digits, SMS codes) and close tickets.
Customers answer in every way: bare values, the agent's form filled line by
line or with values only, values split over two messages, corrections after
the agent says a value failed verification (the failing value is a
near-miss), retyped values (both labelled), values of family members, a
second phone, replies after the agent's reminder.  Many bare replies to
look-alike questions are NOT personal data: ticket / policy / case / meter /
household-account / appointment / tracking / invoice / order numbers, card
tail digits, verification codes, pickup codes, amounts, dates, places.

A format is ``<how given>_<kind>_<how written>``; "how given" is one of
``bare`` (reply with the value plus filler only), ``form`` (agent's form
filled with labels), ``lines`` (agent's form answered with values only, one a
line), ``cued`` (a cue word in the customer's sentence), ``split`` (value
over two messages, both halves labelled), ``fix`` (correction after a failed
check or a typo), ``late`` (reply after the agent's reminder), ``kin`` (a
family member's value), ``readback`` (agent reads the value back in full).
"bare" in the counts is computed, not declared: an entity is bare when its
message holds nothing but values, filler words, punctuation and emoji.

Seed
----
``SEED = "threads6-2026-wecom-第四十位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.  ID check digits (ISO 7064
MOD 11-2) and card Luhn digits are computed here; every near-miss whose
normalised digits are 16-19 long fails Luhn and every 18-character ID-shaped
one fails the ID check.

Layout
------
One row per message, in conversation order: ``chat_id`` (str,
``t6-NNNN-<trade>-<scenario>``; template = ``<trade>-<scenario>``), ``seq``
(int from 0), ``sender`` ("staff" / "customer"), ``text``, ``entities``
(list of ``(kind, start, end)``), ``formats`` (one per entity),
``near_misses`` (list of ``(near_kind, start, end)``), ``split``
("threads6").  Spans hold the value only: cue words, ``+86`` / ``0086`` /
``86-`` prefixes and landline extensions (转806, -806, 分机806) are outside;
separators inside the value (spaces, dashes, the parentheses around an area
code) are inside; an address runs from its first place unit to its last
house-level unit (号 / 栋 / 幢 / 号楼 / 单元 / 室 / 层 / bare room number).

Counts (``python tests/privacy/pii_threads6.py``)
-------------------------------------------------
conversations=520 (4-24 messages, median 17; 18% are short follow-ups),
messages=7887, messages without values=5074 (64.3%);
entities=1707, bare 908: email 229, id_card 199, bank_card 137, mobile 468,
landline 106, qq 109, wechat 81, plate 97, address 281;
near-miss spans=1431, bare replies to a question 652 (amount 275, date 271,
hotline 144, masked 139, ticket_no 129, case_no 63, verify_code 54, place 31,
invoice_no 30, account_no 28, appointment_no 26, tail4 23, pickup_code 23,
bad_mobile 22, policy_no 22, tracking_no 20, contract_no 18, branch 18,
meter_no 17, order_no 17, serial_no 17, bad_email 14, bad_id_card 14,
bad_bank_card 8, postal_code 8);
formats=103 (declared in ``FORMATS``), each used >= 4 times in >= 3 templates.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter

import pandas as pd

SEED = "threads6-2026-wecom-第四十位写手"
SPLIT = "threads6"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_CONV = 520

# ---------------------------------------------------------------- value helpers
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHK = "10X98765432"


def _id_check(s17: str) -> str:
    return _CHK[sum(int(c) * w for c, w in zip(s17, _W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_sum(s: str) -> int:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_sum(s) % 10 == 0


def _luhn_digit(body: str) -> str:
    return str((10 - _luhn_sum(body + "0") % 10) % 10)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·()（）]", "", s)


MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                 "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199")
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0351", "0371",
              "0431", "0451", "0531", "0551", "0571", "0574", "0591", "0731", "0755", "0757", "0769", "0851",
              "0871", "0898", "0931", "0991", "0512", "0532")
ID_AREAS = ("110101", "110105", "310104", "310115", "440305", "440106", "330106", "330110", "320102", "320106",
            "420106", "510107", "610113", "370102", "410105", "430102", "350203", "500103", "120101", "210102",
            "230103", "340104", "360102", "450103", "530102", "620102", "650102", "411625", "371321", "430522")
UP_BINS16 = ("622588", "621483", "622262", "622609", "621286", "622155")
UP_BINS19 = ("622202", "621226", "622848", "621700", "622700", "623058", "621799", "622580")
INTL_BINS = ("438088", "427020", "404117", "552801", "518710", "524047", "512425", "456351")
BINS95 = ("955880", "955990", "955881")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXY"
PINYIN = ("zhangwei", "liuyang", "wangfang", "chenjing", "lixiaoming", "zhouyu", "xuhao", "sunli", "hehui",
          "gaolei", "maoyi", "tangxin", "linxiao", "huangmin", "songjia", "zhaolei", "yangfan", "wuting")
DOTTED = ("zhang.wei", "liu.yang", "wang.fang", "chen.jing", "li.xiaoming", "zhou.yu", "xu.hao", "sun.li",
          "he.hui", "gao.lei", "tang.xin", "lin.xiao", "huang.min", "song.jia", "zhao.lei", "yang.fan", "wu.ting")
WEBMAIL = ("163.com", "126.com", "sina.com", "outlook.com", "foxmail.com", "gmail.com", "yeah.net", "139.com",
           "hotmail.com", "aliyun.com")
CORP_DOM = ("hzrt-tech.com", "sxjt.com.cn", "szhuaxin.cn", "njmetro-design.com", "whgd.com.cn", "cdtianfu.net",
            "xa-electric.com", "zzjianye.cn")

# (province or "", city, districts, roads, estates)
CITIES = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "滨江区", "余杭区"), ("文三路", "莫干山路", "江南大道", "文一西路"),
     ("翠苑一区", "良渚文化村", "金色海岸小区", "西溪诚园")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), ("科技园南路", "深南大道", "新安六路", "龙翔大道"),
     ("天鹅堡花园", "卓越维港", "四季花城", "海雅小区")),
    ("江苏省", "南京市", ("鼓楼区", "建邺区", "江宁区"), ("中山北路", "江东中路", "双龙大道"),
     ("金陵世纪花园", "万达华府", "翠屏清华园")),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区"), ("望京西路", "中关村南大街", "丰台北路"),
     ("望京花园", "知春里小区", "东大街小区")),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区"), ("张杨路", "漕溪北路", "莘松路"),
     ("仁恒滨江园", "汇翠花园", "春申景城")),
    ("四川省", "成都市", ("武侯区", "锦江区", "成华区"), ("天府大道北段", "红星路三段", "建设北路"),
     ("保利心语花园", "中海城南一号", "南城都汇小区")),
    ("湖北省", "武汉市", ("洪山区", "江汉区", "武昌区"), ("珞喻路", "解放大道", "中北路"),
     ("光谷青年城", "锦绣长江小区", "水岸国际")),
    ("山东省", "济南市", ("历下区", "市中区"), ("经十路", "泺源大街"), ("阳光舜城", "领秀城小区")),
    ("陕西省", "西安市", ("雁塔区", "未央区"), ("科技路", "凤城八路"), ("枫叶新都市", "紫薇田园都市")),
    ("河南省", "郑州市", ("金水区", "二七区"), ("花园路", "大学路"), ("锦艺城小区", "正商城")),
)
RURAL = (("河南省", "周口市", "郸城县", "宜路镇", "王庄村"), ("山东省", "临沂市", "沂南县", "依汶镇", "后石门村"),
         ("湖南省", "邵阳市", "新邵县", "酿溪镇", "红旗村"), ("四川省", "南充市", "仪陇县", "新政镇", "柳垭村"),
         ("安徽省", "阜阳市", "临泉县", "城关镇", "大李庄村"), ("江西省", "赣州市", "于都县", "罗坳镇", "步前村"))

# written styles by kind, and which (how given) modes use which written styles
FORMATS = {
    "mobile": {"bare": ("plain", "space344", "dash344", "fullwidth"), "form": ("plain", "space344", "dash344"),
               "cued": ("plain", "dash344", "plus86", "fullwidth"), "lines": ("plain",),
               "split": ("plain", "space344"), "fix": ("plain",), "late": ("plain",), "kin": ("plain", "space344"),
               "readback": ("plain",)},
    "landline": {"bare": ("dash", "paren", "plain"), "form": ("ext",), "cued": ("dash", "paren", "ext"),
                 "lines": ("dash",), "late": ("dash",)},
    "id_card": {"bare": ("plain", "endx", "space684"), "form": ("plain", "endx"), "cued": ("plain",),
                "lines": ("plain",), "split": ("plain",), "fix": ("plain",), "late": ("plain",),
                "kin": ("plain", "endx")},
    "bank_card": {"bare": ("up16", "up19", "space4", "intl16", "d95"), "form": ("up19", "space4"),
                  "cued": ("up16", "intl16"), "lines": ("up16",), "split": ("space4", "up19"), "fix": ("up16",),
                  "late": ("up19",)},
    "email": {"bare": ("qqmail", "webmail", "corp"), "form": ("qqmail", "webmail"), "cued": ("webmail", "corp"),
              "lines": ("qqmail",), "fix": ("webmail",), "late": ("corp",), "readback": ("copy",)},
    "qq": {"bare": ("short", "long"), "form": ("long",), "cued": ("short", "long"), "late": ("long",)},
    "wechat": {"bare": ("handle", "wxid", "dash"), "form": ("handle",), "cued": ("handle", "wxid"),
               "late": ("handle",)},
    "plate": {"bare": ("plain", "dot", "space", "nev"), "form": ("plain", "nev"), "cued": ("plain", "nev"),
              "lines": ("plain",), "late": ("plain",), "readback": ("plain",)},
    "address": {"bare": ("full", "city", "district", "estate", "rural"), "form": ("full", "city"),
                "cued": ("city", "district"), "lines": ("city",), "split": ("full",), "late": ("district",),
                "kin": ("rural",), "readback": ("copy",)},
}
FIXABLE = ("mobile", "id_card", "bank_card", "email")

# ---------------------------------------------------------------- phrases
LABEL = {"mobile": "手机号", "landline": "固定电话", "id_card": "身份证号", "bank_card": "银行卡号", "email": "邮箱",
         "qq": "QQ号", "wechat": "微信号", "plate": "车牌号", "address": "地址"}
FORM_LABELS = {"mobile": ("手机号：", "联系电话：", "手机："), "landline": ("固定电话：", "座机："),
               "id_card": ("身份证号：", "证件号码："), "bank_card": ("银行卡号：", "收款账号："),
               "email": ("邮箱：", "电子邮箱："), "qq": ("QQ：", "QQ号："), "wechat": ("微信号：", "微信："),
               "plate": ("车牌号：", "车牌："), "address": ("地址：", "联系地址：", "收件地址：")}
ASK = {
    "mobile": ("请您提供一下预留的手机号码。", "请问您的联系电话是多少？", "麻烦您提供手机号，方便工作人员后续与您联系。",
               "请提供您办理业务时登记的手机号。"),
    "landline": ("请问有固定电话吗？方便的话请提供一下。", "请提供一个白天能联系到您的座机号码。", "请问单位座机是多少？"),
    "id_card": ("请您提供本人身份证号码。", "为核实身份，请提供您的证件号码。", "请问您的身份证号是多少？"),
    "bank_card": ("请提供您的银行卡号。", "请提供用于接收款项的本人银行卡号。", "请问需要办理的是哪张卡？请提供完整卡号。"),
    "email": ("请提供接收电子文件的邮箱地址。", "请问您的邮箱是多少？我们会将材料发送至您的邮箱。", "请留一个常用邮箱。"),
    "qq": ("方便的话请留一个QQ号，便于发送材料。", "请问您的QQ号是多少？", "请提供您的QQ号码。"),
    "wechat": ("请问您的个人微信号是多少？", "方便留一下微信号吗？工作人员会添加您。", "请提供一下您的微信号。"),
    "plate": ("请提供您的车牌号码。", "请问车牌号是多少？", "请提供涉及的车辆号牌。"),
    "address": ("请提供您的详细地址，需具体到门牌号。", "请问材料寄送到哪个地址？请提供详细地址。",
                "请告知需要上门的详细地址。", "请提供一下您的住址。"),
}
ASK2 = {"mobile": ("请再留一个备用联系号码。", "请问还有其他可以联系到您的手机号吗？"),
        "address": ("请再提供一个备用收件地址。",), "email": ("请再提供一个备用邮箱。",)}
KIN_ASK = {"mobile": ("请再提供一位紧急联系人的手机号码。", "请提供一位家属的联系电话。"),
           "id_card": ("请提供被保险人（就诊人）的身份证号码。", "请提供家属的身份证号码。"),
           "address": ("请提供家属的常住地址。",)}
KIN_CUED = {"mobile": ("我爱人的手机号：{v}", "我女儿电话{v}", "这是我老伴的号码 {v}", "我儿子的手机{v}"),
            "id_card": ("我母亲的身份证号{v}", "这是我儿子的身份证：{v}", "我爱人的证件号{v}", "我父亲的身份证号是{v}"),
            "address": ("我父母家的地址：{v}", "我爸妈住在{v}")}
CUED = {
    "mobile": ("我的手机号是{v}", "手机：{v}", "电话打{v}就行", "{v}，这是我手机号", "联系电话{v}"),
    "landline": ("家里座机{v}", "单位电话是{v}", "座机：{v}，白天有人接"),
    "id_card": ("身份证号{v}", "我的身份证是{v}", "证件号码：{v}"),
    "bank_card": ("卡号是{v}", "用这张卡吧：{v}，是我本人的卡", "银行卡{v}"),
    "email": ("邮箱是{v}", "发我邮箱{v}就行", "邮箱：{v}"),
    "qq": ("QQ号{v}", "我的QQ是{v}", "加QQ吧 {v}"),
    "wechat": ("我微信号是{v}", "微信{v}", "加我微信：{v}"),
    "plate": ("车牌是{v}", "车牌号{v}", "我的车是{v}"),
    "address": ("我住在{v}", "地址是{v}", "寄到{v}就行", "家庭住址：{v}"),
}
FAIL = {"mobile": ("系统提示该手机号码位数不正确，请核对后重新提供。", "您提供的号码无法验证，请确认是否少输了一位。"),
        "id_card": ("您提供的身份证号码校验未通过，请核对后重新发送。", "系统提示证件号码有误，麻烦您再核对一下。"),
        "bank_card": ("该卡号校验未通过，请您核对卡面号码后重新提供。", "系统显示卡号有误，请重新确认。"),
        "email": ("您提供的邮箱格式不完整，请重新提供。", "邮箱地址似乎有误，麻烦您再确认一下。")}
BARE_PRE = ("", "", "", "", "好的，", "嗯，", "您好，", "是", "稍等……", "嗯嗯 ", "哦哦，")
BARE_POST = ("", "", "", "。", "，谢谢", "，麻烦了", " 🙏", "～", " 谢谢您", "👌")
FIX_PRE = ("不好意思，", "抱歉，", "不好意思打错了，", "重新发一下：", "更正一下：", "应该是", "哦哦不好意思，是")
RETYPE_PRE = ("不对不对，刚才打错了，是", "更正一下，应该是", "等一下，刚才那个不对，是", "打错了 ")
LATE_PRE = ("不好意思刚看到，", "刚忙完，", "抱歉现在才回，", "久等了，", "")
FILLERS = ("不好意思", "哦哦不好意思", "刚看到", "刚忙完", "现在才回", "久等了", "抱歉", "打错了", "重新发一下",
           "更正一下", "应该是", "不对不对", "刚才那个不对", "刚才", "等一下", "好的", "嗯嗯", "哦哦", "嗯", "您好",
           "稍等", "谢谢您", "谢谢", "麻烦了", "是", "不对", "哦")
ACKS = ("好的", "好的，谢谢", "嗯嗯", "是的", "对的", "好", "收到", "好的，麻烦您了", "可以", "行")
HOLD = ("好的，稍等我找一下", "稍等，我去拿一下卡", "我看一下", "等我翻一下", "好的稍等")

# near-miss kinds customers are asked for, per trade
TRADES = {
    "bank": {
        "orgs": ("招商银行", "中国工商银行", "中国建设银行", "中国农业银行", "交通银行", "浦发银行"),
        "desk": ("客户经理", "私人银行服务专员", "信用卡中心客服专员"),
        "hot": ("95555", "95588", "95533", "95599", "95559", "95528"),
        "near": ("tail4", "verify_code", "amount", "date", "serial_no"),
        "scen": {
            "cardloss": (("我的银行卡丢了，想挂失补办", "卡找不到了，需要挂失"), ("id_card", "bank_card", "mobile", "address")),
            "mobilechg": (("想把预留手机号改一下", "我换号码了，银行预留的手机号要改"), ("id_card", "bank_card", "mobile", "mobile")),
            "statement": (("想开通纸质对账单邮寄", "对账单能不能寄给我"), ("email", "address", "landline")),
            "credit": (("信用卡想申请提额", "信用卡账单有问题想咨询"), ("bank_card", "mobile", "email")),
            "etc": (("想办一个ETC", "咨询一下ETC怎么办理"), ("plate", "id_card", "bank_card", "mobile")),
        }},
    "insure": {
        "orgs": ("中国平安", "中国人寿", "太平洋保险", "人保财险", "泰康人寿", "新华保险"),
        "desk": ("客户服务专员", "理赔服务专员", "续保专员"),
        "hot": ("95511", "95519", "95500", "95518", "95522", "95567"),
        "near": ("policy_no", "case_no", "amount", "date", "verify_code"),
        "scen": {
            "autoclaim": (("车被刮了想报案理赔", "上周的车险理赔进度怎么样了"), ("plate", "mobile", "bank_card", "id_card")),
            "renewal": (("车险快到期了想续保", "续保的事情想问一下"), ("plate", "email", "mobile", "address")),
            "health": (("家里人住院了想申请理赔", "医疗险理赔需要什么材料"), ("id_card", "bank_card", "mobile", "address")),
            "change": (("保单上的联系方式要改一下", "想变更一下保单的通讯地址"), ("mobile", "address", "email", "landline")),
        }},
    "telecom": {
        "orgs": ("中国移动", "中国电信", "中国联通"),
        "desk": ("营业厅服务专员", "宽带服务专员", "客户经理"),
        "hot": ("10086", "10000", "10010"),
        "near": ("verify_code", "amount", "date", "ticket_no", "contract_no"),
        "scen": {
            "broadband": (("家里宽带断了", "宽带一直掉线，想报修"), ("landline", "mobile", "address")),
            "realname": (("收到短信说要补登记实名", "号码被停机了说要实名认证"), ("id_card", "mobile", "address", "email")),
            "bill": (("这个月话费怎么多扣了", "话费有争议想投诉"), ("mobile", "email", "qq")),
            "transfer": (("想把号码过户给家里人", "号码过户怎么办理"), ("mobile", "id_card", "mobile", "wechat")),
        }},
    "utility": {
        "orgs": ("国网杭州供电公司", "深圳水务集团", "港华燃气", "南京水务集团", "国网成都供电公司", "武汉天然气公司"),
        "desk": ("客户服务中心", "营业厅服务专员", "抢修服务专员"),
        "hot": ("95598", "96116", "96777"),
        "near": ("account_no", "meter_no", "amount", "date", "ticket_no"),
        "scen": {
            "outage": (("家里突然停电了", "楼里没水了，什么时候恢复"), ("address", "mobile", "landline")),
            "transfer": (("房子买了想办过户", "水电户名想变更"), ("id_card", "mobile", "address", "bank_card")),
            "gascheck": (("想预约燃气安检", "燃气表要换，怎么预约"), ("address", "mobile", "wechat")),
            "dispute": (("这个月水费高得离谱", "电费账单不对"), ("address", "email", "mobile")),
        }},
    "hospital": {
        "orgs": ("市第一人民医院患者服务中心", "省人民医院客户服务部", "大学附属医院患者服务中心", "市妇幼保健院服务中心"),
        "desk": ("患者服务专员", "预约服务专员", "医务服务专员"),
        "hot": ("12320", "114"),
        "near": ("appointment_no", "date", "amount", "invoice_no"),
        "scen": {
            "booking": (("想预约下周的专家号", "帮孩子挂个号"), ("id_card", "mobile", "id_card")),
            "report": (("检查报告能邮寄吗", "想把报告寄到家里"), ("address", "mobile", "email")),
            "complaint": (("想反映一下就诊的问题", "对收费有疑问要投诉"), ("mobile", "wechat", "qq")),
            "records": (("想复印病历寄过来", "病历复印怎么办理"), ("id_card", "address", "mobile")),
        }},
    "gov": {
        "orgs": ("12345市民服务热线", "区政务服务中心", "市社保服务中心", "交警支队服务窗口", "住房公积金管理中心"),
        "desk": ("工作人员", "服务专员", "受理专员"),
        "hot": ("12345", "12333", "12329", "12122"),
        "near": ("case_no", "date", "amount", "place"),
        "scen": {
            "noise": (("楼下工地晚上一直施工", "想投诉小区噪音"), ("address", "mobile", "landline")),
            "social": (("社保卡补办怎么弄", "社保缴费记录有问题"), ("id_card", "bank_card", "mobile")),
            "traffic": (("车子有一条违章想处理", "违章罚款怎么交"), ("plate", "id_card", "mobile")),
            "fund": (("公积金提取要什么材料", "户籍证明怎么开"), ("id_card", "address", "email", "qq")),
        }},
    "courier": {
        "orgs": ("顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流", "中国邮政EMS"),
        "desk": ("投诉处理专员", "客服专员", "理赔专员"),
        "hot": ("95338", "95311", "95554", "95546", "950616", "11183"),
        "near": ("tracking_no", "pickup_code", "amount", "date", "order_no", "branch"),
        "scen": {
            "lost": (("快递丢了，好几天没更新", "包裹显示签收但我没收到"), ("mobile", "address", "qq")),
            "redirect": (("快递地址填错了想改", "能不能改派到公司"), ("address", "mobile", "landline")),
            "damage": (("收到的东西摔坏了", "快递破损要理赔"), ("mobile", "bank_card", "email", "wechat")),
            "pickup": (("想预约上门取件", "寄一批货，能上门吗"), ("address", "mobile", "plate")),
        }},
}
POSTAL = (("杭州", "310"), ("深圳", "518"), ("南京", "210"), ("北京", "100"), ("上海", "200"), ("成都", "610"),
          ("武汉", "430"), ("济南", "250"), ("西安", "710"), ("郑州", "450"))
TRADE_ORDER = ("bank", "insure", "telecom", "utility", "hospital", "gov", "courier")
EXTRA = {"bank": ("email", "landline", "qq", "wechat", "plate"), "insure": ("wechat", "qq", "email", "plate", "bank_card"),
         "telecom": ("qq", "wechat", "email", "landline"), "utility": ("qq", "email", "landline", "plate"),
         "hospital": ("wechat", "email", "qq", "landline", "bank_card"),
         "gov": ("wechat", "qq", "plate", "email", "bank_card"), "courier": ("wechat", "qq", "email", "plate", "bank_card")}
NEAR_ASK = {
    "tail4": ("请提供您银行卡号的后四位进行验证。", "为核实身份，请告知卡号后四位。", "请问手机号后四位是多少？"),
    "verify_code": ("已向您的预留手机发送验证码，请告知验证码。", "请提供短信收到的6位验证码。", "请问收到的验证码是多少？"),
    "amount": ("请问涉及的金额是多少？", "请问您实际支付了多少钱？", "请问该笔交易金额是多少？"),
    "date": ("请问是哪天发生的？", "请问您希望预约哪一天？", "请问大概是什么时候办理的？"),
    "serial_no": ("请提供该笔交易的流水号。", "请问交易凭证上的流水号是多少？"),
    "policy_no": ("请提供您的保单号。", "请问保单号码是多少？"),
    "case_no": ("请提供您的报案号或受理编号。", "请问之前的案件编号是多少？"),
    "ticket_no": ("请问您之前的工单号是多少？", "请提供一下报修单号。"),
    "contract_no": ("请提供合约编号。", "请问协议上的合同编号是多少？"),
    "account_no": ("请提供您的户号（账单左上角）。", "请问缴费户号是多少？"),
    "meter_no": ("请提供表号或本期表计读数。", "请问电表表号是多少？"),
    "appointment_no": ("请提供预约号。", "请问您的挂号序号是多少？"),
    "invoice_no": ("请提供发票号码。", "请问票据上的发票号码是多少？"),
    "place": ("请问您在哪个城市或区？", "请问是哪个区的？", "请问您反映的问题发生在哪个区？"),
    "branch": ("请问快件在哪个网点？", "请问是哪个营业部揽收的？"),
    "tracking_no": ("请提供您的运单号。", "请问快递单号是多少？"),
    "pickup_code": ("请问取件码是多少？", "请提供驿站取件码。"),
    "order_no": ("请提供订单编号。", "请问寄件订单号是多少？"),
}


class _Builder:
    def __init__(self) -> None:
        self.r = random.Random(SEED)
        self.fmt_count: Counter = Counter()
        self.fmt_tpl: dict = {}
        self.tpl = ""

    def wants(self, fmt: str) -> bool:
        """True while a format still lacks uses or templates (it then gets picked first)."""
        seen = self.fmt_tpl.get(fmt, ())
        return self.fmt_count[fmt] < 8 or (len(seen) < 4 and self.tpl not in seen)

    # ------------------------------------------------------------ raw values
    def d(self, n: int, first: str = "0123456789") -> str:
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def mobile(self) -> str:
        return self.r.choice(MOBILE_PREFIX) + self.d(8)

    def birth(self) -> str:
        y = self.r.randint(1948, 2016)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1])
        return f"{y}{m:02d}{dd:02d}"

    def idno(self, end_x: bool = False) -> str:
        while True:
            s = self.r.choice(ID_AREAS) + self.birth() + self.d(3)
            c = _id_check(s)
            if not end_x or c == "X":
                return s + c

    def card(self, bins: tuple, n: int) -> str:
        body = self.r.choice(bins) + self.d(n - 7)
        return body + _luhn_digit(body)

    def plate(self, nev: bool = False) -> str:
        r = self.r
        head = r.choice(PLATE_PROV) + r.choice(PLATE_LET)
        if nev:
            return head + r.choice("DF") + self.d(5)
        tail = [r.choice("0123456789") for _ in range(5)]
        for i in r.sample(range(5), r.choice((0, 0, 1, 2))):
            tail[i] = r.choice(PLATE_LET)
        return head + "".join(tail)

    def address(self, style: str):
        r = self.r
        if style == "rural":
            p = r.choice(RURAL)
            return "".join(p) + f"{r.randint(1, 12)}组{r.randint(1, 99)}号", None
        prov, city, dists, roads, estates = r.choice(CITIES)
        dist, road, estate = r.choice(dists), r.choice(roads), r.choice(estates)
        num = f"{r.randint(1, 999)}号"
        b = r.randint(1, 32)
        bldg = r.choice((f"{b}栋", f"{b}幢", f"{b}号楼"))
        unit = f"{r.randint(1, 6)}单元"
        fl = r.randint(2, 33)
        room = f"{fl}{r.randint(1, 8):02d}"
        if style == "full":
            a = prov + city + dist + road + num
            return a + estate + bldg + unit + room + "室", len(a)
        if style == "city":
            return city + dist + road + num + estate + bldg + room + "室", None
        if style == "district":
            return dist + estate + r.choice((f"{b}号楼", f"{b}栋")) + unit + room, None
        # estate
        return estate + r.choice((f"{b}栋", "")) + f"{r.randint(1, 6)}-{r.randint(1, 4)}-{room}", None

    def value(self, k: str, w: str):
        """-> (prefix outside, value, suffix outside, split cut or None)."""
        r = self.r
        if k == "mobile":
            m = self.mobile()
            if w == "plain":
                return "", m, "", 7
            if w == "space344":
                return "", f"{m[:3]} {m[3:7]} {m[7:]}", "", 8
            if w == "dash344":
                return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", "", None
            if w == "plus86":
                return r.choice(("+86 ", "+86", "0086 ", "86-", "+86-")), m, "", None
            return "", "".join(chr(ord(c) + 0xFEE0) for c in m), "", None
        if k == "landline":
            code = r.choice(AREA_CODES)
            loc = self.d(8, "2345678")
            if w == "dash":
                return "", f"{code}-{loc}", "", None
            if w == "paren":
                return "", r.choice((f"({code}){loc}", f"（{code}）{loc}")), "", None
            if w == "ext":
                e = self.d(r.choice((3, 4)), "123456789")
                return "", f"{code}-{loc}", r.choice((f"转{e}", f"-{e}", f"分机{e}", f" 转{e}")), None
            return "", code + loc, "", None
        if k == "id_card":
            s = self.idno(w == "endx")
            if w == "space684":
                return "", f"{s[:6]} {s[6:14]} {s[14:]}", "", None
            if w == "endx" and r.random() < 0.25:
                s = s[:17] + "x"
            return "", s, "", r.choice((6, 10, 14))
        if k == "bank_card":
            if w == "up16":
                return "", self.card(UP_BINS16, 16), "", None
            if w == "up19":
                return "", self.card(UP_BINS19, 19), "", 10
            if w == "intl16":
                return "", self.card(INTL_BINS, 16), "", None
            if w == "d95":
                return "", self.card(BINS95, 19), "", None
            c = self.card(UP_BINS19, 19) if r.random() < 0.5 else self.card(UP_BINS16, 16)
            return "", " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "", 9
        if k == "email":
            if w == "qqmail":
                return "", self.d(r.randint(7, 10), "123456789") + "@qq.com", "", None
            h = r.choice(PINYIN)
            if w == "webmail":
                h += r.choice(("", "_", ".")) + self.d(r.choice((2, 3, 4)))
                return "", h + "@" + r.choice(WEBMAIL), "", None
            h = r.choice(DOTTED) if r.random() < 0.6 else h
            return "", h + "@" + r.choice(CORP_DOM), "", None
        if k == "qq":
            return "", self.d(r.randint(5, 8) if w == "short" else r.randint(9, 10), "123456789"), "", None
        if k == "wechat":
            h = r.choice(PINYIN)
            if w == "wxid":
                return "", "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "", None
            if w == "dash":
                return "", r.choice(DOTTED).replace(".", "-") + "-" + self.d(2), "", None
            h = r.choice((h, h.capitalize(), h[:5])) + r.choice(("_", "", "")) + r.choice((self.d(4, "12"), self.d(3), "0" + self.d(3)))
            return "", h, "", None
        if k == "plate":
            if w == "nev":
                return "", self.plate(True), "", None
            p = self.plate()
            if w == "dot":
                return "", p[:2] + "·" + p[2:], "", None
            if w == "space":
                return "", p[:2] + " " + p[2:], "", None
            return "", p, "", None
        a, cut = self.address(w)
        return "", a, "", cut

    # ------------------------------------------------------------ entities
    def pick_written(self, k: str, g: str) -> str:
        opts = FORMATS[k][g]
        need = [w for w in opts if self.wants(f"{g}_{k}_{w}")]
        if need:
            lo = min(self.fmt_count[f"{g}_{k}_{w}"] for w in need)
            return self.r.choice([w for w in need if self.fmt_count[f"{g}_{k}_{w}"] == lo])
        lo = min(self.fmt_count[f"{g}_{k}_{w}"] for w in opts)
        return self.r.choice([w for w in opts if self.fmt_count[f"{g}_{k}_{w}"] <= lo + 1])

    def ent(self, k: str, g: str, w: str | None = None):
        w = w or self.pick_written(k, g)
        pre, v, post, cut = self.value(k, w)
        fmt = f"{g}_{k}_{w}"
        self.fmt_count[fmt] += 1
        self.fmt_tpl.setdefault(fmt, []).append(self.tpl)
        return ("E", k, v, fmt, pre, post), cut

    # ------------------------------------------------------------ near values
    def nondigits(self, n: int, first: str = "123456789") -> str:
        while True:
            s = self.d(n, first)
            if (16 <= n <= 19 and _luhn_ok(s)) or (n == 18 and _id_ok(s)):
                continue
            if n == 11 and re.match(r"1[3-9]", s):
                continue
            return s

    def date8(self) -> str:
        return f"{self.r.choice((2023, 2024, 2025, 2026))}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"

    def near(self, nk: str, trade: str = "bank") -> str:
        while True:
            v = self._near(nk, trade)
            n = _norm(v)
            if n.isdigit() and ((16 <= len(n) <= 19 and _luhn_ok(n)) or (len(n) == 11 and n[1] in "3456789")):
                continue
            if len(n) == 18 and _id_ok(n):
                continue
            return v

    def _near(self, nk: str, trade: str) -> str:
        r = self.r
        if nk == "tail4":
            return self.d(4)
        if nk == "verify_code":
            return self.d(r.choice((4, 6, 6)))
        if nk == "amount":
            n = r.choice((r.randint(10, 999), r.randint(1000, 50000)))
            return r.choice((f"{n}元", f"{n}.{self.d(2)}", f"¥{n:,}.00", f"{n}块", f"{n}.{self.d(2)}元"))
        if nk == "date":
            y, m, dd = r.choice((2024, 2025, 2026)), r.randint(1, 12), r.randint(1, 28)
            return r.choice((f"{m}月{dd}日", f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{m}月{dd}号",
                             f"{y}.{m}.{dd}", f"下周{r.choice('一二三四五')}"))
        if nk == "serial_no":
            return self.date8() + self.nondigits(r.choice((10, 12)), "0123456789")
        if nk == "policy_no":
            return r.choice((f"P{r.choice(('DAA', 'DZA', 'ICC'))}{self.date8()[:4]}{r.choice(ID_AREAS)}{self.d(6)}",
                             self.nondigits(r.choice((15, 20, 22))), "8" + self.nondigits(14, "0123456789")))
        if nk == "case_no":
            return r.choice((f"RDAA{self.date8()[:4]}{self.d(10)}", self.date8() + self.d(6),
                             f"ZX{self.date8()}{self.d(4)}", f"{self.date8()[2:]}-{self.d(5)}"))
        if nk == "ticket_no":
            return r.choice((f"GD{self.date8()}{self.d(5)}", self.date8() + self.d(4), f"T{self.d(10)}",
                             f"BX{self.d(9)}"))
        if nk == "contract_no":
            return r.choice((f"HT-{self.date8()[:4]}-{self.d(5)}", f"HY{self.d(12)}"))
        if nk == "account_no":
            return r.choice(("33", "44", "50", "51", "42")) + self.d(8)
        if nk == "meter_no":
            return r.choice((self.nondigits(12, "0123456789"), self.d(r.randint(3, 5), "123456789") + r.choice(("", ".5", "度"))))
        if nk == "appointment_no":
            return r.choice((f"A{self.d(3)}", self.d(8, "123456789"), f"YY{self.date8()}{self.d(3)}", f"{r.randint(1, 60)}号"))
        if nk == "invoice_no":
            return r.choice((self.d(8), self.nondigits(20, "2")))
        if nk == "place":
            prov, city, dists, _, _ = r.choice(CITIES)
            return r.choice((city, r.choice(dists), city + r.choice(dists), city[:-1] + r.choice(dists)))
        if nk == "branch":
            prov, city, dists, _, _ = r.choice(CITIES)
            return city[:-1] + r.choice(dists)[:-1] + r.choice(("营业部", "网点", "分部", "中转场"))
        if nk == "tracking_no":
            return r.choice((f"SF{self.d(13, '1')}", f"YT{self.d(13, '7')}", f"JDVA{self.d(11)}",
                             self.nondigits(r.choice((12, 14, 15)), "7"), f"9{self.nondigits(12, '0123456789')}"))
        if nk == "pickup_code":
            return r.choice((f"{r.randint(1, 30)}-{r.randint(1, 9)}-{self.d(4)}", self.d(6), f"A{self.d(4)}"))
        if nk == "order_no":
            return self.nondigits(r.choice((16, 18, 19, 20)))
        if nk == "hotline":
            return r.choice(TRADES[trade]["hot"])
        raise KeyError(nk)

    def ent_value(self, k: str, g: str, w: str, v: str):
        fmt = f"{g}_{k}_{w}"
        self.fmt_count[fmt] += 1
        self.fmt_tpl.setdefault(fmt, []).append(self.tpl)
        return ("E", k, v, fmt, "", "")

    def corrupt(self, k: str, v: str) -> str:
        """A typo of a plain value that fails its check (a near-miss)."""
        r = self.r
        while True:
            if k == "mobile":
                i = r.randint(3, 10)
                bad = v[:i] + v[i + 1:]
            elif k == "id_card":
                i = r.randint(6, 16)
                bad = v[:i] + v[i + 1] + v[i] + v[i + 2:] if r.random() < 0.5 else \
                    v[:17] + r.choice([c for c in "0123456789X" if c != v[17].upper()])
            elif k == "bank_card":
                i = r.randint(6, len(v) - 2)
                bad = v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1:]
            else:
                bad = r.choice((v.replace("@", "", 1), v.replace(".com", ",com").replace(".net", ",net"),
                                v.rsplit(".", 1)[0]))
            n = _norm(bad)
            if bad != v and not (n.isdigit() and 16 <= len(n) <= 19 and _luhn_ok(n)) and not _id_ok(n) \
                    and not (k == "mobile" and re.fullmatch(r"1[3-9]\d{9}", n)):
                if k != "email" or not re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", bad):
                    return bad

    def tweak(self, k: str, v: str) -> str:
        """A different valid value one keystroke away (the customer's correction of a valid typo)."""
        r = self.r
        if k == "mobile":
            i = r.randint(3, 10)
            return v[:i] + r.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1:]
        if k == "id_card":
            i = r.randint(14, 16)
            s = v[:i] + r.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1:17]
            return s + _id_check(s)
        if k == "bank_card":
            i = r.randint(6, len(v) - 3)
            body = v[:i] + r.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1:-1]
            return body + _luhn_digit(body)
        user, dom = v.split("@")
        return user.rstrip("0123456789") + self.d(len(user) - len(user.rstrip("0123456789")) or 2) + "@" + dom

    def postal(self, addr: str) -> str:
        for c, pre in POSTAL:
            if c in addr:
                return pre + self.d(3)
        return "100" + self.d(3)

    def masked(self, k: str, v: str) -> str:
        n = _norm(v)
        if k == "mobile":
            return n[:3] + "****" + n[-4:]
        if k == "bank_card":
            return self.r.choice((n[:4] + " **** **** " + n[-4:], "尾号" + n[-4:]))
        if k == "id_card":
            return n[:4] + "*" * 10 + n[-4:]
        if k == "email":
            at = n.index("@")
            return n[:2] + "***" + n[at:]
        return n[:3] + "***"


def _parts(template: str, item) -> list:
    a, b = template.split("{v}")
    return [a, item, b]


class _Conv:
    def __init__(self) -> None:
        self.msgs: list = []

    def add(self, sender: str, *parts) -> None:
        self.msgs.append((sender, [p for p in parts if p != ""]))


def _render(parts: list):
    text, ents, fmts, nears = "", [], [], []
    for p in parts:
        if isinstance(p, str):
            text += p
        elif p[0] == "E":
            _, k, v, fmt, pre, post = p
            text += pre
            ents.append((k, len(text), len(text) + len(v)))
            fmts.append(fmt)
            text += v + post
        else:
            _, nk, v = p
            nears.append((nk, len(text), len(text) + len(v)))
            text += v
    return text, ents, fmts, nears


def _conversation(b: _Builder, idx: int):
    r = b.r
    trade = TRADE_ORDER[idx % len(TRADE_ORDER)]
    T = TRADES[trade]
    scen_name = r.choice(tuple(T["scen"]))
    issues, pii = T["scen"][scen_name]
    org, desk = r.choice(T["orgs"]), r.choice(T["desk"])
    c = _Conv()
    N = lambda nk: ("N", nk, b.near(nk, trade))  # noqa: E731
    b.tpl = f"{trade}-{scen_name}"
    if r.random() < 0.18:
        b.tpl = f"{trade}-followup"
        return _followup(b, idx, trade, org, desk, pii, N)
    hello = f"您好，这里是{org}{desk}，很高兴为您服务。"
    if r.random() < 0.5:
        c.add("customer", r.choice(("你好，在吗？", "您好", "你好，想咨询个事")))
        c.add("staff", hello + "请问有什么可以帮您？")
        c.add("customer", r.choice(issues))
    else:
        c.add("staff", hello + r.choice(("后续业务办理可直接在此联系我。", "请问有什么可以帮您？",
                                         "我是您的专属服务人员，有任何问题可随时留言。")))
        c.add("customer", r.choice(issues) + r.choice(("", "，怎么弄？", "。", "，麻烦看一下")))
    c.add("staff", r.choice(("好的，明白了。为保障您的信息安全，需要先核实您的身份信息。",
                             "收到，我来帮您处理。为保障您的信息安全，办理前需要核实几项信息。",
                             "好的。为了保护您的账户安全，请配合完成以下核实。")))
    items = list(pii)
    if r.random() < 0.55:
        items.append(r.choice(EXTRA[trade]))
    nears = r.sample(T["near"], r.choice((1, 2, 2, 3)))
    given: list = []  # (kind, value) given by customer
    seen: Counter = Counter()

    def bare_wrap(item, late=False):
        pre = r.choice(LATE_PRE) if late else r.choice(BARE_PRE)
        return [pre, item, r.choice(BARE_POST)]

    def ask_near(nk):
        c.add("staff", r.choice(NEAR_ASK[nk]))
        if r.random() < 0.12:
            c.add("customer", r.choice(HOLD[2:]))
        if r.random() < 0.85:
            c.add("customer", *bare_wrap(N(nk)))
        else:
            c.add("customer", LABEL_NEAR.get(nk, "是") + "：", N(nk))

    # security question first for some trades
    if nears and nears[0] in ("tail4", "verify_code") and r.random() < 0.7:
        ask_near(nears.pop(0))

    # form for some of the items
    form_items: list = []
    if len(items) >= 2 and r.random() < 0.4:
        kinds = []
        for k in items:
            if k not in kinds:
                kinds.append(k)
        r.shuffle(kinds)
        kinds.sort(key=lambda k: not any(b.wants(f"form_{k}_{w}") for w in FORMATS[k]["form"]))
        form_items = kinds[:r.randint(2, min(4, len(kinds)))]
        for k in form_items:
            items.remove(k)
        labels = [r.choice(FORM_LABELS[k]) for k in form_items]
        c.add("staff", r.choice(("请您按以下格式填写后发送：\n", "请复制以下内容并补充完整：\n", "麻烦您填写以下信息：\n"))
              + "\n".join(labels))
        if r.random() < 0.15:
            c.add("customer", "好的稍等")
        can_lines = all("lines" in FORMATS[k] for k in form_items)
        thin_lines = any(b.fmt_count[f"lines_{k}_{w}"] < 7 for k in form_items for w in FORMATS[k].get("lines", ()))
        mode = "lines" if can_lines and r.random() < (0.7 if thin_lines else 0.25) else "form"
        parts: list = []
        for k, lab in zip(form_items, labels):
            e, _ = b.ent(k, mode)
            given.append((k, e[2]))
            seen[k] += 1
            if parts:
                parts.append("\n")
            parts += ([lab, e] if mode == "form" else [e])
        c.add("customer", *parts)

    steps = [("pii", k) for k in items] + [("near", nk) for nk in nears]
    r.shuffle(steps)
    limit = r.choice((7, 10, 13, 15, 17, 17, 17))
    for typ, k in steps:
        if len(c.msgs) > limit:
            break
        if typ == "near":
            ask_near(k)
            continue
        modes = ["bare"] * 9 + ["cued"] * 3 + ["late"]
        if "split" in FORMATS[k]:
            modes += ["split"] * 2
        if k in FIXABLE:
            modes += ["fix"] * 2 + ["retype"]
        if "kin" in FORMATS[k]:
            modes += ["kin"] * 2
        # push under-used modes
        thin = [g for g in FORMATS[k] if g not in ("form", "lines", "readback")
                and any(b.wants(f"{g}_{k}_{w}") for w in FORMATS[k][g])]
        mode = r.choice(thin) if thin and r.random() < 0.35 else r.choice(modes)
        second = seen[k] > 0 and k in ASK2
        ask = r.choice(KIN_ASK[k]) if mode == "kin" else r.choice(ASK2[k] if second else ASK[k])
        c.add("staff", ask)
        seen[k] += 1
        if mode not in ("kin", "late") and r.random() < 0.1:
            c.add("customer", r.choice(HOLD))
        if mode == "bare":
            e, _ = b.ent(k, "bare")
            c.add("customer", *bare_wrap(e))
        elif mode == "cued":
            e, _ = b.ent(k, "cued")
            c.add("customer", *_parts(r.choice(CUED[k]), e))
            if k == "address" and r.random() < 0.3:
                c.msgs[-1][1].extend(["，邮编", ("N", "postal_code", b.postal(e[2]))])
        elif mode == "kin":
            e, _ = b.ent(k, "kin")
            c.add("customer", *_parts(r.choice(KIN_CUED[k]), e))
        elif mode == "late":
            e, _ = b.ent(k, "late")
            c.add("staff", r.choice((f"您好，提醒您：办理业务还需要您提供{LABEL[k]}，请您方便时回复。",
                                     f"您好，{org}{desk}提醒您尽快提供{LABEL[k]}，以免影响办理进度。",
                                     f"您好，还在吗？还需要您的{LABEL[k]}才能继续为您办理。")))
            c.add("customer", *bare_wrap(e, late=True))
        elif mode == "split":
            w = b.pick_written(k, "split")
            e, cut = b.ent(k, "split", w)
            v = e[2]
            cut = cut or len(v) // 2
            a, z = v[:cut].rstrip(" "), v[cut:].lstrip(" ")
            c.add("customer", *bare_wrap(("E", k, a, e[3], "", "")))
            c.add("customer", ("E", k, z, e[3], "", ""), r.choice(BARE_POST))
            b.fmt_count[e[3]] += 1
        elif mode == "fix":  # a value failing its check, the agent's notice, the corrected value
            e, _ = b.ent(k, "fix")
            c.add("customer", *bare_wrap(("N", "bad_" + k, b.corrupt(k, e[2]))))
            c.add("staff", r.choice(FAIL[k]))
            c.add("customer", r.choice(FIX_PRE), e, r.choice(BARE_POST))
        else:  # retype: a valid value, then the corrected (also valid) value
            w = FORMATS[k]["fix"][0]
            e1, _ = b.ent(k, "bare", w)
            c.add("customer", *bare_wrap(e1))
            e = b.ent_value(k, "fix", w, b.tweak(k, e1[2]))
            c.add("customer", r.choice(RETYPE_PRE), e)
        given.append((k, e[2]))

    # read back one value
    rb = [(k, v) for k, v in given if k in ("mobile", "address", "email", "plate", "bank_card", "id_card")]
    rb = [(k, v) for k, v in rb if k in ("mobile", "bank_card", "id_card", "email") or r.random() < 0.5]
    if rb and r.random() < 0.6 and len(c.msgs) < 21:
        k, v = r.choice(rb)
        if "readback" in FORMATS[k] and (r.random() < 0.55 or k in ("address", "plate")):
            w = FORMATS[k]["readback"][0]
            e = b.ent_value(k, "readback", w, v if w == "copy" else _norm(v))
            c.add("staff", *_parts(r.choice((f"与您核对一下，您登记的{LABEL[k]}为{{v}}，是否正确？",
                                             f"您的{LABEL[k]}：{{v}}，请确认无误。",
                                             f"跟您确认：{LABEL[k]} {{v}}，对吗？")), e))
        else:
            c.add("staff", *_parts(r.choice((f"与您核对一下，{LABEL[k]}为{{v}}，是否正确？",
                                             f"系统显示您预留的{LABEL[k]}是{{v}}，对吗？")),
                                   ("N", "masked", b.masked(k, v))))
        c.add("customer", r.choice(("是的", "对", "没错", "正确", "是的，没问题", "对的对的")))
    # register / close
    if len(c.msgs) < 23:
        reg = r.choice(("ticket", "date", "amount", "plain"))
        if reg == "ticket":
            c.add("staff", "已为您登记，受理编号：", N("ticket_no" if trade != "insure" else "case_no"),
                  "，请您留意后续短信通知。")
        elif reg == "date":
            c.add("staff", "已为您提交申请，预计", N("date"), r.choice(("前办理完成。", "前会有专人与您联系。")))
        elif reg == "amount":
            c.add("staff", "已为您受理，本次需缴纳费用", N("amount"), "，办理完成后会短信通知您。")
        else:
            c.add("staff", r.choice(("已为您登记，相关部门会在3个工作日内处理。", "已为您提交，请耐心等待处理结果。")))
    if len(c.msgs) < 24:
        c.add("customer", r.choice(ACKS))
    if len(c.msgs) < 24:
        if r.random() < 0.35:
            c.add("staff", "感谢您的耐心配合，如有疑问也可拨打服务热线", N("hotline"), "。祝您生活愉快！")
        else:
            c.add("staff", r.choice(("不客气，感谢您的耐心配合，祝您生活愉快！", "请问还有其他可以帮您的吗？本次服务工单已关闭。",
                                     "感谢您的配合，本次服务到此结束。")))
    return f"t6-{idx:04d}-{trade}-{scen_name}", c.msgs[:24]


def _followup(b: _Builder, idx: int, trade: str, org: str, desk: str, pii: tuple, N):
    """A short chat: the desk comes back for one missing item (a value or a look-alike number)."""
    r = b.r
    c = _Conv()
    if r.random() < 0.6:
        k = r.choice(pii)
        c.add("staff", f"您好，这里是{org}{desk}。您之前提交的申请还缺少{LABEL[k]}，" + r.choice(ASK[k]))
        if r.random() < 0.3:
            c.add("customer", r.choice(("好的", "稍等", "好的稍等", "嗯，我找一下")))
        mode = "bare" if r.random() < 0.75 else "cued"
        e, _ = b.ent(k, mode)
        if mode == "bare":
            c.add("customer", r.choice(BARE_PRE), e, r.choice(BARE_POST))
        else:
            c.add("customer", *_parts(r.choice(CUED[k]), e))
    else:
        nk = r.choice(TRADES[trade]["near"])
        c.add("staff", f"您好，这里是{org}{desk}，跟进一下您反映的问题。" + r.choice(NEAR_ASK[nk]))
        c.add("customer", r.choice(BARE_PRE), N(nk), r.choice(BARE_POST))
    c.add("staff", r.choice(("已收到，感谢您的配合，我们会尽快为您处理。", "好的，已为您补充登记。",
                             "收到，已为您更新，处理结果会短信通知您。")))
    c.add("customer", r.choice(ACKS))
    if r.random() < 0.5:
        c.add("staff", r.choice(("不客气，祝您生活愉快！", "感谢您的支持，本次服务已完结。")))
    return f"t6-{idx:04d}-{trade}-followup", c.msgs


LABEL_NEAR = {"tail4": "后四位", "verify_code": "验证码", "amount": "金额", "date": "日期", "serial_no": "流水号",
              "policy_no": "保单号", "case_no": "案件号", "ticket_no": "工单号", "contract_no": "合同编号",
              "account_no": "户号", "meter_no": "表号", "appointment_no": "预约号", "invoice_no": "发票号",
              "place": "地点", "branch": "网点", "tracking_no": "运单号", "pickup_code": "取件码", "order_no": "订单号"}


def make_threads6_corpus() -> pd.DataFrame:
    b = _Builder()
    rows = []
    for i in range(N_CONV):
        cid, msgs = _conversation(b, i)
        for seq, (sender, parts) in enumerate(msgs):
            text, ents, fmts, nears = _render(parts)
            rows.append(dict(chat_id=cid, seq=seq, sender=sender, text=text, entities=ents, formats=fmts,
                             near_misses=nears, split=SPLIT))
    return pd.DataFrame(rows, columns=["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses",
                                       "split"])


# ---------------------------------------------------------------- checks
_FILL_RE = re.compile("|".join(sorted(FILLERS, key=len, reverse=True)))


def _is_bare(text: str, spans: list) -> bool:
    rest, last = [], 0
    for s, e in sorted(spans):
        rest.append(text[last:s])
        last = e
    rest.append(text[last:])
    t = _FILL_RE.sub("", " ".join(rest))
    return all(unicodedata.category(ch)[0] in "PSZ" or ch.isspace() for ch in t)


_HOUSE = re.compile(r"(号|栋|幢|号楼|单元|室|层|\d-\d-\d{3,4}|\d{3,4})$")
_STARTS = tuple(x for c in CITIES for x in (c[0] or c[1], c[1]) + c[2] + c[3] + c[4]) + tuple(p[0] for p in RURAL)
_PLACE = ("省", "市", "区", "县", "镇", "村", "路", "街", "大道", "小区", "花园", "城", "园", "都市", "国际", "一号", "维港")


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(re.fullmatch(r"1[3-9]\d{9}", n)) and n[:3] in MOBILE_PREFIX
    if kind == "landline":
        return bool(re.fullmatch(r"0\d{9,11}", n)) and any(n.startswith(a) for a in AREA_CODES)
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_AREAS
    if kind == "bank_card":
        return 16 <= len(n) <= 19 and _luhn_ok(n) and n[0] in "4569"
    if kind == "email":
        return bool(re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n))
    if kind == "qq":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", n))
    if kind == "wechat":
        return bool(re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", n))
    if kind == "plate":
        return bool(re.fullmatch(rf"[{PLATE_PROV}][A-Z]([DF]\d{{5}}|[0-9A-HJ-NP-Z]{{5}})", n))
    if kind == "address":
        return bool(_HOUSE.search(v)) and v.startswith(_STARTS)
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    n_conv = df["chat_id"].nunique()
    bare_ent = bare_near = no_value = 0
    kinds: Counter = Counter()
    near_kinds: Counter = Counter()
    fmts: Counter = Counter()
    fmt_tpl: dict = {}
    pending_split: dict = {}
    for cid, g in df.groupby("chat_id", sort=False):
        assert 4 <= len(g) <= 24, (cid, len(g))
        assert list(g["seq"]) == list(range(len(g))), cid
        tpl = cid.split("-", 2)[2]
        prev = None
        for _, row in g.iterrows():
            text, es, fs, ns = row["text"], row["entities"], row["formats"], row["near_misses"]
            assert row["sender"] in ("staff", "customer")
            assert len(es) == len(fs), row
            spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
            for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                assert e1 <= s2, (text, spans)
            for (k, s, e), f in zip(es, fs):
                assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
                v = text[s:e]
                assert v == v.strip(" ，。：:,.\n"), (v, text)
                assert f.split("_")[1] == k.split("_")[0] and f.split("_")[0] in (
                    "bare", "form", "lines", "cued", "split", "fix", "late", "kin", "readback"), f
                if f.startswith("split_"):
                    if (cid, k) in pending_split:
                        whole = pending_split.pop((cid, k)) + v
                        assert _valid(k, whole) or k == "address", (k, whole)
                        if k == "address":
                            assert _HOUSE.search(whole), whole
                    else:
                        pending_split[(cid, k)] = v
                else:
                    assert _valid(k, v), (k, v, text)
                if k == "address":
                    assert not v.startswith(("邮编",)) and _HOUSE.search(v), v
                kinds[k] += 1
                fmts[f] += 1
                fmt_tpl.setdefault(f, set()).add(tpl)
                if _is_bare(text, spans):
                    bare_ent += 1
            for nk, s, e in ns:
                assert 0 <= s < e <= len(text)
                v = text[s:e]
                n = _norm(v)
                if n.isdigit() and 16 <= len(n) <= 19:
                    assert not _luhn_ok(n), (nk, v)
                if len(n) == 18 and n[:17].isdigit():
                    assert not _id_ok(n), (nk, v)
                if n.isdigit() and len(n) == 11:
                    assert not re.fullmatch(r"1[3-9]\d{9}", n), (nk, v)
                if nk.startswith("bad_"):
                    assert not _valid(nk[4:], v), (nk, v)
                near_kinds[nk] += 1
                if (row["sender"] == "customer" and prev is not None and prev["sender"] == "staff"
                        and not es and _is_bare(text, spans)):
                    bare_near += 1
            if not es and not ns:
                no_value += 1
            prev = row
    assert not pending_split, pending_split
    n_ent = sum(kinds.values())
    assert n_conv >= 300 and n_ent >= 1000 and bare_ent >= 500, (n_conv, n_ent, bare_ent)
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert sum(near_kinds.values()) >= 600 and bare_near >= 300, (near_kinds, bare_near)
    assert no_value * 3 > len(df), no_value
    declared = [f"{g}_{k}_{w}" for k, t in FORMATS.items() for g, ws in t.items() for w in ws]
    missing = [f for f in declared if f not in fmts]
    assert not missing, missing
    thin = [(f, n, len(fmt_tpl[f])) for f, n in fmts.items() if n < 4 or len(fmt_tpl[f]) < 3]
    assert not thin, thin
    return dict(conversations=n_conv, messages=len(df), no_value=no_value, entities=n_ent, bare=bare_ent,
                kinds=kinds, near_kinds=near_kinds, bare_near=bare_near, formats=fmts, fmt_tpl=fmt_tpl)


if __name__ == "__main__":
    df = make_threads6_corpus()
    assert df.equals(make_threads6_corpus())  # deterministic
    c = check_corpus(df)
    print(f"conversations={c['conversations']} messages={c['messages']} "
          f"messages_without_values={c['no_value']} ({c['no_value'] / c['messages']:.1%})")
    print(f"entities={c['entities']} bare={c['bare']}")
    print("  " + ", ".join(f"{k} {c['kinds'][k]}" for k in KINDS))
    print(f"near-miss spans={sum(c['near_kinds'].values())} bare_replies_to_question={c['bare_near']}")
    print("  " + ", ".join(f"{k} {n}" for k, n in c["near_kinds"].most_common()))
    print(f"formats={len(c['formats'])}")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:32s} {n:4d}  templates={len(c['fmt_tpl'][f])}")

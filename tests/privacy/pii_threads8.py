"""Threaded WeCom GROUP-chat PII corpus (``split == "threads8"``), written by "第七十六位写手".

Who / rules
-----------
Written by an independent test-data writer (a helper session calling itself
"第七十六位写手") that never saw the masker.  What it read: the lines of
``toolkit/privacy/mask.py`` that define ``PII_KINDS`` and ``PLACEHOLDERS``
(via ``grep -n -A14 "^PII_KINDS"``), lines 1-100 and the last 45 lines of
``tests/privacy/pii_blind8.py`` (layout and entry-point names only), the
README of ``../shared/datasets/`` and the first three dialogues of
``stc3_weibo_helpdesk/dialogues.jsonl`` (for tone only; nothing copied).  It
read nothing else under ``toolkit/privacy/``, ``bench/``, ``docs/``, the
project README, any other test or corpus, and ran no git command.  It never
imported ``toolkit`` and never ran any masking / finding function on this
data.  Standard library plus pandas only.

What is different here
----------------------
Whole GROUP conversations (10-60 messages each) in WeCom customer groups run
by a business: a community group-buy leader (社区团购), a fitness studio, a
live-stream shop's fan group, a school's parents' group, a property manager's
building group and a travel agency's tour group, two exchange types each
(12 templates).  Several customers (``customer_N``) and staff (``staff``)
talk at once; threads are generated separately and then randomly interleaved,
so a value often answers a request made several messages earlier, among
chatter, @mentions, 接龙 sign-up lists that every participant re-posts in
full, peers asking each other, split values (one value over two messages,
both halves labelled, format ``bare_split_halves_<kind>``), corrections
(an invalid value -- a near-miss -- then ``bare_fix_…`` the valid one; or a
valid mistyped mobile that is labelled too) and pasted contact cards.  Many
bare replies look exactly like value replies but are NOT personal data:
order / tracking / invoice numbers, pickup and redemption codes, seat / hotel
room / locker / parking-spot numbers, counts in a 接龙, amounts, dates,
times, hotlines, masked numbers, flight / train numbers, tax codes, places
without a house unit.

Labels: a span holds the value only.  Cue words, ``+86`` / ``0086`` / ``86-``
prefixes and landline extensions (转806, -806, 分机806) are outside;
separators inside a value (spaces, dashes, the ``·`` of a plate, the
parentheses around an area code) are inside.  An address runs from its first
place unit (province / city / district / road / estate) to its last
house-level unit (号 / 栋 / 号楼 / 单元 / 室 / a bare room number); postal codes
and remarks after it are outside.  ID numbers carry a real province/district
code, a real birth date and the ISO 7064 MOD 11-2 check digit; bank cards pass
Luhn (62xxxx UnionPay, 4/5 Visa/Mastercard, 95xxx 19-digit); every near-miss
whose digits are 16-19 long fails Luhn and every 18-digit one fails the ID
check; no near-miss of 11 digits starts with 1[3-9].  Names are never labelled
and never used (people go by nicknames such as 向日葵 / 开心果 and roles).

Seed
----
``SEED = "threads8-2026-wecom-群聊-第七十六位写手"``; everything is drawn from
``random.Random(SEED)`` over fixed tuples.

Layout
------
``make_threads8_corpus()`` returns a DataFrame with one row per message in
conversation order: ``chat_id`` (str), ``seq`` (int from 0 within a chat),
``sender`` (``staff`` / ``customer_N``), ``text``, ``entities`` (list of
``(kind, start, end)``), ``formats`` (``<how given>_<how written>``, one per
entity; how given is ``bare_reply``, ``bare_split``, ``bare_fix``, ``cued``
or ``jielong``), ``near_misses`` (list of ``(near_kind, start, end)``),
``split`` (``"threads8"``).  "Bare" = the formats starting with ``bare_``:
the value alone in its message, with filler words, @mentions, punctuation or
emoji only.

Printed counts (``python tests/privacy/pii_threads8.py``)
---------------------------------------------------------
conversations=150 messages=5428 (no entity 3647; no value and no near-miss
2836); entities=2608, bare=890: mobile 813, address 346, email 306,
id_card 277, plate 216, qq 198, wechat 195, landline 132, bank_card 125;
near-miss spans=2047 (bare replies to a question 653) over 24 near kinds
(count 1293 -- mostly 接龙 re-posts --, masked 93, amount 79, order_no 69,
date 68, time 39, verify_code 39, bad_id 38, invalid_mobile 36, bad_card 36,
hotline 35, place_only 32, invoice_no 30, room_seat 26, train_flight 24,
postal_code 23, pickup_code 20, group_no 16, tracking_no 14, credit_code 12,
locker_no 11, ticket_no 5, weight 5, parking_spot 4); 94 formats, each used
>= 7 times in >= 3 of the 12 templates (the exact per-format figures are
printed by the ``__main__`` block.)
"""
from __future__ import annotations

import random
import re
from collections import Counter

import pandas as pd

SEED = "threads8-2026-wecom-群聊-第七十六位写手"
SPLIT = "threads8"
KINDS = ("email", "id_card", "bank_card", "mobile", "landline", "qq", "wechat", "plate", "address")
N_CHATS = 150

# --------------------------------------------------------------------------------------------
# value material
# --------------------------------------------------------------------------------------------
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
# (region code, used with ID numbers)
ID_REGIONS = ("110101", "110105", "110108", "310104", "310115", "310112", "440305", "440106", "440304",
              "330106", "330108", "320106", "320102", "420106", "420111", "510107", "510104", "500103",
              "610113", "370202", "120101", "430104", "350203", "410105", "210102", "130102")
LANDLINE_CODES = (("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("025", 8), ("027", 8),
                  ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0532", 8),
                  ("0731", 8), ("0591", 8), ("0592", 7), ("0371", 8), ("0551", 8), ("0871", 8))
BINS16 = ("622588", "621483", "622155", "436742", "427020", "524047", "518710", "625907")
BINS19 = ("622202", "621700", "622848", "621226", "623058", "955880", "955990", "621661")
EMAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "139.com",
                 "yeah.net", "gmail.com")
CORP_DOMAINS = ("hxkj.com.cn", "bjyh-edu.cn", "szjt.com", "sunmed.cn", "hzsoft.com.cn", "cdlvyou.com")
PINYIN = ("xiaoyu", "chenxi", "yuanyuan", "tiantian", "lele", "mumu", "haitao", "jingjing", "xiaomi",
          "dandan", "yangguang", "qingfeng", "momo", "nuannuan", "beibei", "kaixin", "xinxin", "ruoxi",
          "feifei", "linlin", "huahua", "doudou")
EN_WORDS = ("sunny", "lemon", "cola", "kiki", "tommy", "lucky", "angel", "panda", "coco", "ocean",
            "summer", "mango", "rainbow", "tiger")
PLATE_PROVS = ("京", "沪", "粤", "浙", "苏", "川", "鄂", "湘", "闽", "鲁", "津", "渝", "陕", "皖", "豫")
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# (province prefix or "", city, district, roads, estates, postal code)
PLACES = (
    ("", "北京市", "朝阳区", ("阜通东大街", "广顺北大街", "望京西路"), ("南湖东园", "望京花园", "花家地小区"), "100102"),
    ("", "北京市", "海淀区", ("学院路", "知春路", "北四环西路"), ("牡丹园小区", "志强家园", "双榆树北里小区"), "100083"),
    ("", "上海市", "浦东新区", ("张杨路", "锦绣路", "东方路"), ("仁恒河滨花园", "世纪花园", "联洋新苑"), "200120"),
    ("", "上海市", "徐汇区", ("漕溪北路", "田林路", "宜山路"), ("田林十二村", "汇翠花园", "徐家汇花园"), "200030"),
    ("广东省", "深圳市", "南山区", ("科苑路", "南海大道", "后海大道"), ("蔚蓝海岸", "海怡花园", "南山花园"), "518057"),
    ("广东省", "广州市", "天河区", ("天河北路", "体育西路", "中山大道"), ("天河花园", "骏景花园", "华景新城"), "510630"),
    ("浙江省", "杭州市", "西湖区", ("文三路", "天目山路", "古墩路"), ("翠苑小区", "嘉绿苑", "西溪花园"), "310012"),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "草场门大街"), ("汇景家园", "龙江小区", "阳光广场花园"), "210009"),
    ("四川省", "成都市", "武侯区", ("科华北路", "玉林南路", "高升桥路"), ("棕北小区", "玉林小区", "锦绣花园"), "610041"),
    ("湖北省", "武汉市", "武昌区", ("中南路", "友谊大道", "徐东大街"), ("水果湖小区", "东湖花园", "万科城市花园"), "430071"),
    ("", "重庆市", "渝北区", ("金开大道", "新南路", "龙溪路"), ("龙湖花园", "金易都会", "加州花园"), "401147"),
    ("陕西省", "西安市", "雁塔区", ("小寨西路", "科技路", "电子正街"), ("紫薇花园", "曲江花园", "翠华小区"), "710061"),
)
PLACE_ONLY = ("朝阳区", "浦东那边", "南山区", "天河北", "西湖区", "鼓楼", "武昌", "万达广场店", "望京",
              "渝北区", "雁塔区那边", "徐家汇", "南京市", "深圳市", "龙湖天街店", "地铁口那家店")
NICKS = ("向日葵", "开心果", "柠檬茶", "小太阳", "蓝莓", "一路向北", "静待花开", "清风", "大橙子", "喵星人",
         "奶茶不加糖", "岁月静好", "Sunny", "Lemon", "小蜗牛", "追风", "芒果布丁", "平安喜乐", "海盐汽水",
         "云朵", "快乐每一天", "花开富贵", "咖啡猫", "知足常乐")

# --------------------------------------------------------------------------------------------
# checks used both while generating and in check_corpus
# --------------------------------------------------------------------------------------------
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def _id_ok(s: str) -> bool:
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and _id_check(s[:17]) == s[17]


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(s: str) -> bool:
    return s.isdigit() and _luhn_digit(s[:-1]) == s[-1]


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _norm(s: str) -> str:
    return re.sub(r"[\s\-·.()（）]", "", s)


# --------------------------------------------------------------------------------------------
# templates (trade / exchange types)
# --------------------------------------------------------------------------------------------
TEMPLATES = (
    dict(name="groupbuy_delivery", staff=("团长",), why=("明天统一送货上门", "今天下午配送", "冷链车明早到"),
         kinds=(("address", 4), ("mobile", 4), ("wechat", 1), ("landline", 1)),
         jielong=("mobile", "address"), jtitle=("周六草莓团 每份五斤", "阳山水蜜桃拼团", "周末土鸡蛋团购"), junit="份",
         nears=("pickup_code", "count", "amount", "order_no", "time", "place_only", "masked", "verify_code")),
    dict(name="groupbuy_settle", staff=("团长", "小助理"), why=("缺货的要退款", "这批要开收据", "售后统一处理"),
         kinds=(("mobile", 3), ("bank_card", 2), ("qq", 2), ("email", 2), ("address", 2)),
         jielong=("mobile", "qq", "address"), jtitle=("缺货退款登记", "收据登记", "下周车厘子预订"), junit="份",
         nears=("order_no", "amount", "count", "date", "pickup_code", "masked", "invoice_no", "bad_card")),
    dict(name="fitness_member", staff=("教练", "前台"), why=("系统要录会员信息", "团课要登记", "周年店庆要发卡"),
         kinds=(("mobile", 3), ("id_card", 3), ("wechat", 2), ("email", 1), ("plate", 2)),
         jielong=("mobile", "plate", "wechat", "id_card"), jtitle=("周三晚上燃脂团课报名", "周末登山活动报名", "体测预约"), junit="人",
         nears=("locker_no", "time", "weight", "date", "amount", "count", "room_seat", "verify_code")),
    dict(name="fitness_refund", staff=("前台", "店长"), why=("门店搬迁私教课要退费", "财务月底统一退款", "退卡要走流程"),
         kinds=(("bank_card", 4), ("id_card", 2), ("mobile", 2), ("email", 2)),
         jielong=("mobile", "email"), jtitle=("私教课退费登记", "储值卡退款名单", "转店登记"), junit="节",
         nears=("amount", "date", "order_no", "count", "invoice_no", "masked", "hotline", "bad_card")),
    dict(name="live_prize", staff=("小助手", "主播助理"), why=("中奖的宝宝今天寄出", "福袋明天发货", "抽奖礼品这周寄"),
         kinds=(("address", 4), ("mobile", 3), ("wechat", 2), ("qq", 2)),
         jielong=("wechat", "qq", "mobile", "address"), jtitle=("今晚福袋中奖登记", "粉丝团灯牌登记", "试用官报名"), junit="份",
         nears=("order_no", "tracking_no", "amount", "verify_code", "count", "time", "masked", "place_only")),
    dict(name="live_aftersale", staff=("售后小姐姐", "客服"), why=("开票要用", "退换货要登记", "补发要核对"),
         kinds=(("email", 3), ("mobile", 3), ("landline", 2), ("bank_card", 1), ("address", 2)),
         jielong=("email", "mobile"), jtitle=("电子发票登记", "补发登记", "退货登记"), junit="件",
         nears=("order_no", "tracking_no", "invoice_no", "credit_code", "amount", "hotline", "date", "masked")),
    dict(name="school_trip", staff=("班主任", "年级组老师"), why=("研学要买保险", "春游大巴要登记", "冬令营报名"),
         kinds=(("id_card", 4), ("mobile", 3), ("plate", 2), ("landline", 1)),
         jielong=("id_card", "mobile", "plate"), jtitle=("春季研学报名", "运动会志愿者家长", "接送车辆登记"), junit="人",
         nears=("room_seat", "time", "date", "amount", "count", "train_flight", "hotline", "bad_id")),
    dict(name="school_contact", staff=("班主任", "家委会"), why=("更新家校通讯录", "寄成绩单", "作业要发邮箱"),
         kinds=(("wechat", 2), ("qq", 2), ("email", 3), ("mobile", 2), ("landline", 2), ("address", 1)),
         jielong=("qq", "email", "wechat", "mobile"), jtitle=("家长通讯录更新", "期末家长会签到", "图书漂流登记"), junit="本",
         nears=("room_seat", "time", "date", "count", "amount", "verify_code", "place_only", "masked")),
    dict(name="property_parking", staff=("物业管家", "客服中心"), why=("车位要重新登记", "门禁要录车牌", "月卡要续费"),
         kinds=(("plate", 4), ("mobile", 3), ("id_card", 1), ("address", 2)),
         jielong=("plate", "mobile", "address", "id_card"), jtitle=("地库车辆登记", "新能源充电桩申请", "临时停车登记"), junit="辆",
         nears=("parking_spot", "amount", "date", "time", "order_no", "hotline", "count", "masked")),
    dict(name="property_repair", staff=("物业管家", "维修师傅"), why=("燃气开户要用", "报修要登记", "水电代扣要改"),
         kinds=(("address", 4), ("mobile", 3), ("landline", 2), ("bank_card", 1), ("id_card", 1)),
         jielong=("address", "mobile"), jtitle=("周六维修预约", "消防检查入户登记", "净水器安装登记"), junit="户",
         nears=("ticket_no", "time", "date", "amount", "hotline", "masked", "place_only", "count")),
    dict(name="travel_signup", staff=("导游", "领队"), why=("订机票要用", "买保险要用", "酒店入住要登记"),
         kinds=(("id_card", 4), ("mobile", 3), ("wechat", 2), ("email", 1), ("plate", 1)),
         jielong=("id_card", "mobile", "wechat", "plate"), jtitle=("云南六日游报名", "周末自驾游报名", "亲子营报名"), junit="人",
         nears=("train_flight", "room_seat", "time", "date", "amount", "count", "group_no", "bad_id")),
    dict(name="travel_refund", staff=("导游", "财务"), why=("团取消了要退款", "多收的房差要退", "退团费要登记"),
         kinds=(("bank_card", 3), ("mobile", 2), ("qq", 2), ("email", 2), ("landline", 1)),
         jielong=("qq", "email", "mobile"), jtitle=("退款登记", "房差退还名单", "保险理赔登记"), junit="人",
         nears=("amount", "group_no", "date", "order_no", "invoice_no", "hotline", "train_flight", "bad_card")),
)
TEMPLATE_NAMES = tuple(t["name"] for t in TEMPLATES)

WRITTEN = {
    "mobile": ("plain_mobile", "space_344", "dash_344", "plus86_mobile"),
    "landline": ("dash_landline", "paren_landline", "plain_landline", "ext_landline"),
    "id_card": ("plain_id", "space_684", "lowerx_id"),
    "bank_card": ("plain_16", "space_4444", "plain_19", "space_19"),
    "email": ("pinyin_email", "qqnum_email", "dotted_email"),
    "qq": ("qq_9", "qq_10", "qq_short"),
    "wechat": ("pinyin_wechat", "wxid_wechat", "dash_wechat"),
    "plate": ("plain_plate", "dot_plate", "space_plate", "nev_plate"),
    "address": ("full_address", "city_address", "district_address", "estate_address"),
}
FIX_WRITTEN = {"mobile": "plain_mobile", "id_card": "plain_id", "bank_card": "plain_16"}
SPLIT_KINDS = ("mobile", "id_card", "bank_card")

NOUNS = {
    "mobile": ("电话", "手机号", "联系电话", "手机"),
    "landline": ("座机", "固定电话", "家里座机", "办公电话"),
    "id_card": ("身份证号", "身份证号码", "证件号"),
    "bank_card": ("银行卡号", "退款的卡号", "卡号"),
    "email": ("邮箱", "邮箱地址", "电子邮箱"),
    "qq": ("QQ号", "QQ", "扣扣号"),
    "wechat": ("微信号", "微信", "vx号"),
    "plate": ("车牌", "车牌号", "车牌号码"),
    "address": ("收货地址", "地址", "详细地址", "住址"),
}
CUE_BEFORE = {
    "mobile": ("电话：", "手机号 ", "我手机", "联系电话：", "手机号是", "电话号码 "),
    "landline": ("座机：", "家里座机 ", "固话 ", "办公室电话：", "座机号码是"),
    "id_card": ("身份证号：", "身份证 ", "证件号码：", "身份证号码是"),
    "bank_card": ("卡号：", "银行卡 ", "工行卡号 ", "退款卡号：", "招行卡 ", "银行卡号是"),
    "email": ("邮箱：", "我的邮箱 ", "email: ", "邮箱地址是"),
    "qq": ("QQ：", "qq号 ", "扣扣 ", "QQ号是"),
    "wechat": ("微信：", "微信号 ", "vx: ", "wx ", "我微信是"),
    "plate": ("车牌：", "车牌号 ", "我的车 ", "车牌号码是"),
    "address": ("地址：", "收货地址：", "住址 ", "家庭住址：", "寄到 "),
}
CUE_AFTER = {
    "mobile": (" 是我手机号", " 这个电话随时能打通"),
    "landline": (" 是家里座机", " 这是办公室座机"),
    "id_card": (" 是我身份证号", " 这是孩子的身份证号"),
    "bank_card": (" 是我的银行卡", " 这张卡可以收款"),
    "email": (" 是我邮箱", " 这个邮箱常用"),
    "qq": (" 是我QQ", " 这个QQ号能加"),
    "wechat": (" 是我微信", " 这个微信号能搜到"),
    "plate": (" 是我车牌", " 这是家里那辆车的车牌"),
    "address": (" 这是收货地址", " 是我家地址"),
}
LEADS = ("", "", "", "@", "帮我家老人也报一个，", "我家的：", "补一个，", "麻烦登记下，", "更新一下，")
BARE_PRE = ("", "", "", "", "好的，", "收到 ", "嗯嗯 ", "👌 ", "来啦 ", "我的是 ", "好 ")
BARE_POST = ("", "", "", " 谢谢", "🙏", "～", "。", " 辛苦了", "[抱拳]", "👍", "！")
CHATTER = ("收到", "好的👌", "辛苦啦", "[强]", "[玫瑰][玫瑰]", "什么时候到呀", "我上次填过了还要填吗",
           "哈哈哈", "在的在的", "👍👍", "好的呢", "明白", "已填", "不用谢～", "麻烦了", "[图片]", "[表情]",
           "这个怎么填啊", "看到了", "好的我晚点发", "稍等我找一下", "手机刚没电了", "群里消息太多了刷不过来",
           "+1", "同问", "没问题", "收到收到", "我在外面，晚上回去发", "天气好热啊", "好期待", "可以可以")
SCENE_CHAT = {
    "groupbuy": ("谢谢团长", "今天的菜很新鲜", "有人一起拼吗", "上次买的挺好吃", "楼上的姐妹放门口就行", "我家那个还没到",
                 "已经转账了", "我也要一份", "桃子有点软了", "团长什么时候再开团"),
    "fitness": ("教练今天的课太累了", "明天的团课还有位置吗", "腿还酸着呢", "谢谢教练", "瑜伽课能换时间吗", "前台姐姐辛苦"),
    "live": ("今晚直播几点开始", "主播今天好美", "抢到了开心", "又没抢到😭", "福袋什么时候开", "上次的货质量不错"),
    "school": ("谢谢老师", "老师辛苦了", "孩子今天很开心", "作业是哪几页", "明天要穿校服吗", "家长会几点开始"),
    "property": ("物业效率挺高的", "谁知道电梯什么时候修好", "楼道灯又坏了", "快递柜满了", "谢谢管家", "楼下施工好吵"),
    "travel": ("导游辛苦", "行程单发一下呗", "我也想报但是时间不行", "要带厚衣服吗", "酒店有早餐吗", "好期待这次出行"),
}
STAFF_CHAT = ("大家好，有问题群里说哈", "收到，已登记", "还有没登记的吗？抓紧哈", "请大家按格式填，谢谢配合", "已更新👌",
              "不用重复发，登记好了", "没看到消息的互相提醒下", "今天统计完我统一处理", "好的，稍后私聊您", "欢迎新朋友进群🎉",
              "群里信息请勿外传哦", "麻烦大家核对下自己的信息")

# near kinds: question asked, and a generator of the (reply-)value
NEAR_Q = {
    "order_no": ("没收到的把订单号发一下", "订单号多少我查一下", "哪个订单？单号发我"),
    "tracking_no": ("快递单号多少啊", "谁知道我那个快递单号", "物流单号发一下"),
    "pickup_code": ("取件码多少", "自提码发一下哈", "取货码是多少来着"),
    "verify_code": ("核销码发一下", "兑换码多少", "到店核销的码发我"),
    "count": ("要几份？", "一共几个人？", "几件啊"),
    "amount": ("一共多少钱", "退多少啊", "团费多少"),
    "date": ("哪天发货？", "哪天出发", "什么时候到期"),
    "time": ("几点集合", "几点能到", "上课几点开始"),
    "place_only": ("你在哪个区？", "在哪家店买的", "你们住哪边"),
    "masked": ("尾号多少的那个？", "哪个号码？看不清", "是哪张卡"),
    "invoice_no": ("发票号码多少", "开的发票号码发一下", "电子发票号码是哪个"),
    "credit_code": ("公司抬头税号发一下", "税号多少", "开公司发票要税号"),
    "hotline": ("客服电话多少", "售后热线是多少", "银行客服号多少"),
    "locker_no": ("柜子几号？", "你用的哪个柜", "储物柜号多少"),
    "weight": ("体重多少", "现在多重了", "体测结果多少"),
    "room_seat": ("住几号房", "座位号多少", "孩子坐哪"),
    "train_flight": ("坐哪趟车", "航班号多少", "哪班高铁"),
    "group_no": ("团号是多少", "哪个团的", "你报的哪个团"),
    "parking_spot": ("车位号多少", "停哪个车位", "你家车位几号"),
    "ticket_no": ("报修单号多少", "工单号发一下", "维修单号是哪个"),
    "bad_card": ("卡号发一下", "退款卡号多少", "银行卡号发我下"),
    "bad_id": ("身份证号发一下", "孩子身份证号码多少", "证件号发我"),
}
NEAR_CUE = {
    "order_no": "订单号 ", "tracking_no": "单号 ", "pickup_code": "取件码 ", "verify_code": "核销码 ",
    "count": "要", "amount": "一共", "date": "说是", "time": "大概", "place_only": "我在",
    "masked": "是", "invoice_no": "发票号码 ", "credit_code": "税号：", "hotline": "客服电话 ",
    "locker_no": "柜号 ", "weight": "体重", "room_seat": "我们是", "train_flight": "坐", "group_no": "团号 ",
    "parking_spot": "车位 ", "ticket_no": "工单号 ", "bad_card": "卡号 ", "bad_id": "身份证 ",
}


STAFF_ANSWERS = ("hotline", "date", "time", "amount", "group_no", "train_flight")


class _Persona:
    def __init__(self, idx: int, nick: str):
        self.sender = f"customer_{idx}"
        self.nick = nick
        self.raw: dict = {}


class _Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.use: Counter = Counter()  # (fmt, template) -> n
        self.home = PLACES[0]
        self.jl: Counter = Counter()  # (template, kind) -> 接龙 threads  # the neighbourhood of the current chat

    # ---------------- raw values ----------------
    def mobile(self) -> str:
        r = self.rng
        return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))

    def id_card(self, kid: bool = False, want_x: bool | None = None) -> str:
        r = self.rng
        while True:
            y = r.randint(2010, 2018) if kid else r.randint(1955, 2003)
            m = r.randint(1, 12)
            d = r.randint(1, 28)
            s17 = f"{r.choice(ID_REGIONS)}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
            s = s17 + _id_check(s17)
            if want_x is None or (s.endswith("X") == want_x):
                return s

    def bank(self, length: int) -> str:
        r = self.rng
        b = r.choice(BINS16 if length == 16 else BINS19)
        body = b + "".join(r.choice("0123456789") for _ in range(length - 1 - len(b)))
        return body + _luhn_digit(body)

    def landline(self) -> tuple:
        r = self.rng
        code, n = r.choice(LANDLINE_CODES)
        local = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
        return code, local

    def qq(self, written: str) -> str:
        r = self.rng
        if written == "qq_9":
            return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(8))
        if written == "qq_10":
            return r.choice("123") + "".join(r.choice("0123456789") for _ in range(9))
        return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(r.randint(5, 7)))

    def wechat(self, written: str) -> str:
        r = self.rng
        if written == "wxid_wechat":
            return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
        if written == "dash_wechat":
            w = r.choice(EN_WORDS)
            w = w.capitalize() if r.random() < 0.5 else w
            return f"{w}-{r.randint(1978, 2012)}" if r.random() < 0.6 else f"{w}-{r.choice(PINYIN)}{r.randint(1, 99)}"
        p = r.choice(PINYIN)
        return r.choice((f"{p}_{r.randint(1980, 2010)}", f"{p}{r.randint(100, 9999)}", f"{p}_{r.choice(EN_WORDS)}"))

    def email(self, written: str, persona: _Persona) -> str:
        r = self.rng
        if written == "qqnum_email":
            q = persona.raw.get(("qq", "qq_9")) or self.qq("qq_9")
            return f"{q}@qq.com"
        if written == "dotted_email":
            return f"{r.choice(PINYIN)}.{r.choice(EN_WORDS)}@{r.choice(CORP_DOMAINS)}"
        return f"{r.choice(PINYIN)}{r.randint(1, 2009)}@{r.choice(EMAIL_DOMAINS)}"

    def plate(self, nev: bool) -> tuple:
        r = self.rng
        prov, letter = r.choice(PLATE_PROVS), r.choice(PLATE_LETTERS[:12])
        if nev:
            return prov, letter, r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        tail = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            tail[r.randint(0, 3)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return prov, letter, "".join(tail)

    def address(self) -> dict:
        r = self.rng
        p = self.home if r.random() < 0.7 else r.choice(PLACES)
        return dict(prov=p[0], city=p[1], dist=p[2], road=r.choice(p[3]), no=r.randint(1, 999),
                    estate=r.choice(p[4]), b=r.randint(1, 32), u=r.randint(1, 4),
                    room=f"{r.randint(1, 33)}{r.randint(1, 4):02d}", postal=p[5])

    # ---------------- written forms: returns (outside-prefix, value, outside-suffix) ----------------
    def written(self, kind: str, w: str, persona: _Persona, kid: bool = False) -> tuple:
        r = self.rng
        raw = persona.raw
        if kind == "mobile":
            m = raw.setdefault("mobile", self.mobile())
            if w == "space_344":
                return "", f"{m[:3]} {m[3:7]} {m[7:]}", ""
            if w == "dash_344":
                return "", f"{m[:3]}-{m[3:7]}-{m[7:]}", ""
            if w == "plus86_mobile":
                pre = r.choice(("+86 ", "+86-", "0086 ", "86-", "+86"))
                return pre, (m if r.random() < 0.7 else f"{m[:3]} {m[3:7]} {m[7:]}"), ""
            return "", m, ""
        if kind == "landline":
            code, local = raw.setdefault("landline", self.landline())
            if w == "paren_landline":
                return "", (f"({code}){local}" if r.random() < 0.5 else f"（{code}）{local}"), ""
            if w == "plain_landline":
                return "", code + local, ""
            if w == "ext_landline":
                return "", f"{code}-{local}", r.choice(("转806", "-806", "分机806", " 转 2031", "转8", "-6012"))
            return "", f"{code}-{local}", ""
        if kind == "id_card":
            key = ("id_card", w == "lowerx_id", kid)
            s = raw.get(key) or raw.setdefault(key, self.id_card(kid, True if w == "lowerx_id" else None))
            if w == "lowerx_id":
                return "", s[:17] + "x", ""
            if w == "space_684":
                return "", f"{s[:6]} {s[6:14]} {s[14:]}", ""
            return "", s, ""
        if kind == "bank_card":
            ln = 19 if w in ("plain_19", "space_19") else 16
            s = raw.get(("bank", ln)) or raw.setdefault(("bank", ln), self.bank(ln))
            if w.startswith("space"):
                return "", " ".join(s[i:i + 4] for i in range(0, ln, 4)), ""
            return "", s, ""
        if kind == "email":
            return "", raw.get(("email", w)) or raw.setdefault(("email", w), self.email(w, persona)), ""
        if kind == "qq":
            q = raw.get(("qq", w)) or raw.setdefault(("qq", w), self.qq(w))
            return "", q, ""
        if kind == "wechat":
            return "", raw.get(("wechat", w)) or raw.setdefault(("wechat", w), self.wechat(w)), ""
        if kind == "plate":
            nev = w == "nev_plate"
            prov, letter, tail = raw.get(("plate", nev)) or raw.setdefault(("plate", nev), self.plate(nev))
            if w == "dot_plate":
                return "", f"{prov}{letter}·{tail}", ""
            if w == "space_plate":
                return "", f"{prov}{letter} {tail}", ""
            return "", f"{prov}{letter}{tail}", ""
        if kind == "address":
            a = raw.setdefault("address", self.address())
            room = a["room"]
            if w == "full_address":
                tail = r.choice((f"{a['b']}栋{a['u']}单元{room}", f"{a['b']}号楼{room}室", f"{a['b']}幢{a['u']}单元{room}室"))
                return "", f"{a['prov']}{a['city']}{a['dist']}{a['road']}{a['no']}号{a['estate']}{tail}", ""
            if w == "city_address":
                return "", f"{a['city']}{a['dist']}{a['road']}{a['no']}号", ""
            if w == "district_address":
                return "", f"{a['dist']}{a['estate']}{a['b']}栋{room}室", ""
            return "", f"{a['estate']}{a['b']}-{a['u']}-{room}", ""
        raise KeyError(kind)

    def pick_written(self, kind: str, given: str, tname: str) -> str:
        opts = WRITTEN[kind]
        if self.rng.random() < 0.6:
            least = min(self.use[(f"{given}_{w}", tname)] for w in opts)
            opts = tuple(w for w in opts if self.use[(f"{given}_{w}", tname)] == least)
        return self.rng.choice(opts)

    # ---------------- near-miss values ----------------
    def near(self, nk: str) -> str:
        r = self.rng
        dg = "0123456789"

        def run(n):
            return "".join(r.choice(dg) for _ in range(n))

        if nk == "order_no":
            s = r.choice(("2025", "2024", "3912", "1875", "4021")) + run(r.choice((12, 13, 14, 15)))
            return self._not_card(s)
        if nk == "tracking_no":
            return r.choice((f"SF{run(13)}", f"YT{run(13)}", f"JT{run(13)}", f"JDVA{run(11)}", f"77{run(13)}",
                             f"75{run(12)}"))
        if nk == "pickup_code":
            return r.choice((f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1001, 4999)}", run(4),
                             f"A{r.randint(10, 99)}-{run(3)}", run(6)))
        if nk == "verify_code":
            return r.choice((run(6), f"{run(4)} {run(4)} {run(4)}", run(8)))
        if nk == "count":
            return r.choice((f"{r.randint(1, 5)}份", str(r.randint(1, 6)), f"{r.randint(2, 5)}个", f"{r.randint(1, 4)}人"))
        if nk == "amount":
            return r.choice((f"{r.randint(20, 999)}.{r.randint(0, 9)}", f"¥{r.randint(50, 6999)}",
                             f"{r.randint(100, 12800)}元", f"{r.randint(1, 9)}千{r.randint(1, 9)}"))
        if nk == "date":
            return r.choice((f"{r.randint(1, 12)}月{r.randint(1, 28)}号", f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                             f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"下周{r.choice('一二三四五六')}"))
        if nk == "time":
            return r.choice((f"{r.randint(6, 21)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randint(7, 10)}点半",
                             f"下午{r.choice('两三四五')}点"))
        if nk == "place_only":
            return r.choice(PLACE_ONLY)
        if nk == "masked":
            return r.choice((f"{r.choice(MOBILE_PREFIXES)}****{run(4)}", f"尾号{run(4)}",
                             f"{r.choice(BINS16)}******{run(4)}", f"{r.choice(ID_REGIONS)[:3]}***********{run(3)}X"))
        if nk == "invoice_no":
            return r.choice((run(8), "2544" + run(16), "0" + run(11)))
        if nk == "credit_code":
            return "91" + r.choice(ID_REGIONS) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
        if nk == "hotline":
            return r.choice((f"400-{run(3)}-{run(4)}", f"400{run(7)}", f"800-{run(3)}-{run(4)}",
                             r.choice(("95588", "95533", "95566", "95555", "95599", "12345", "10086", "95516"))))
        if nk == "locker_no":
            return r.choice((f"{r.randint(1, 240)}号柜", f"A{r.randint(1, 99):02d}", str(r.randint(1, 240))))
        if nk == "weight":
            return r.choice((f"{r.randint(45, 95)}.{r.randint(0, 9)}kg", f"{r.randint(90, 190)}斤"))
        if nk == "room_seat":
            return r.choice((f"{r.randint(2, 18)}{r.randint(1, 30):02d}", f"{r.randint(1, 30)}排{r.randint(1, 20)}座",
                             f"{r.randint(1, 16)}车{r.randint(1, 20)}{r.choice('ABCDF')}", f"{r.randint(1, 9)}0{r.randint(1, 9)}房"))
        if nk == "train_flight":
            return r.choice((f"G{r.randint(10, 9999)}", f"D{r.randint(100, 3999)}",
                             f"{r.choice(('MU', 'CA', 'CZ', 'HU', '3U'))}{r.randint(1000, 9999)}"))
        if nk == "group_no":
            return f"{r.choice(('YN', 'HN', 'XJ', 'JP', 'TH'))}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 9):02d}"
        if nk == "parking_spot":
            return r.choice((f"B2-{r.randint(1, 399):03d}", f"B1-{r.randint(1, 399)}", f"{r.randint(1, 399)}号车位"))
        if nk == "ticket_no":
            return r.choice((f"WX{run(10)}", f"BX-{run(8)}", run(10)))
        if nk == "bad_card":
            ln = r.choice((16, 19))
            s = self.bank(ln)
            s = s[:-1] + str((int(s[-1]) + r.randint(1, 9)) % 10)
            return s if r.random() < 0.7 else " ".join(s[i:i + 4] for i in range(0, ln, 4))
        if nk == "bad_id":
            s = self.id_card()
            wrong = r.choice(tuple(c for c in "0123456789X" if c != s[-1] and not _luhn_ok(s[:17] + c)))
            return s[:17] + wrong
        if nk == "invalid_mobile":
            m = self.mobile()
            return r.choice((m[:10], m + r.choice(dg), "12" + m[2:]))
        raise KeyError(nk)

    @staticmethod
    def _not_card(s: str) -> str:
        while True:
            ok_card = 16 <= len(s) <= 19 and _luhn_ok(s)
            ok_id = len(s) == 18 and _id_ok(s)
            bad_mob = len(s) == 11 and re.match(r"1[3-9]", s)
            if not (ok_card or ok_id or bad_mob):
                return s
            s = s[:-1] + str((int(s[-1]) + 1) % 10)


# --------------------------------------------------------------------------------------------
# conversation building
# --------------------------------------------------------------------------------------------
def _E(kind, value, fmt):
    return ("E", kind, value, fmt)


def _N(nk, value, bare):
    return ("N", nk, value, bare)


class _Chat:
    def __init__(self, g: _Gen, tpl: dict, cid: str):
        self.g, self.t, self.cid = g, tpl, cid
        r = g.rng
        n = r.randint(4, 9)
        nicks = r.sample(NICKS, n)
        self.people = [_Persona(i + 1, nk) for i, nk in enumerate(nicks)]
        self.staff_nick = r.choice(tpl["staff"])
        self.kid = tpl["name"].startswith("school")
        self.split_done: set = set()
        g.home = r.choice(PLACES)

    # helpers
    def ent(self, kind, given, p, w=None):
        g = self.g
        w = w or g.pick_written(kind, given, self.t["name"])
        fmt = f"{given}_{w}"
        g.use[(fmt, self.t["name"])] += 1
        pre, val, post = g.written(kind, w, p, self.kid and kind == "id_card")
        out = []
        if pre:
            out.append(pre)
        out.append(_E(kind, val, fmt))
        if post:
            out.append(post)
        return out

    def staff(self, pieces):
        return ("staff", pieces)

    def bare_wrap(self, core):
        r = self.g.rng
        pre = r.choice(BARE_PRE + (f"@{self.staff_nick} ",) * 2)
        return ([pre] if pre else []) + core + [r.choice(BARE_POST)]

    # thread: staff (or peer) requests a kind; several answer
    def t_request(self, kind):
        r, g = self.g.rng, self.g
        msgs = []
        noun = r.choice(NOUNS[kind])
        why = r.choice(self.t["why"])
        directed = r.random() < 0.3
        peer = kind in ("address", "mobile", "wechat", "qq") and r.random() < 0.2
        if peer:
            asker, who = r.sample(self.people, 2)
            msgs.append((asker.sender, [f"@{who.nick} 你{noun}发我一下，{r.choice(('我顺路帮你带', '回头加你', '我帮你一起登记'))}"]))
            responders = [who]
        elif directed:
            who = r.choice(self.people)
            msgs.append(self.staff([f"@{who.nick} {r.choice(('您的', '你家的', '麻烦把'))}{noun}{r.choice(('还没登记哦', '发一下哈', '补一下，', ''))}{why if r.random() < 0.4 else ''}"]))
            responders = [who]
        else:
            msgs.append(self.staff([r.choice((f"@所有人 {why}，麻烦把{noun}发一下",
                                              f"{why}，还没报{noun}的抓紧哈",
                                              f"@所有人 没登记{noun}的请在群里回复一下，{why}",
                                              f"各位家人，{why}，{noun}直接发群里就行"))]))
            responders = r.sample(self.people, min(len(self.people), r.randint(2, 5)))
        for p in responders:
            if r.random() < 0.15:
                msgs.append((p.sender, [r.choice(("要写小区名吗？", "我的上次发过了吧", "发私聊可以吗", "写全的吗"))]))
                msgs.append(self.staff([r.choice(("要的", "群里发就行", "再发一次吧", "写全哈"))]))
            x = r.random()
            if kind in SPLIT_KINDS and (p.sender, kind) not in self.split_done and x < 0.1:
                self.split_done.add((p.sender, kind))
                msgs += self.split_value(kind, p)
            elif kind in SPLIT_KINDS and x < 0.22:
                msgs += self.fix_value(kind, p)
            elif kind == "mobile" and x < 0.27:
                msgs.append((p.sender, self.bare_wrap(self.ent(kind, "bare_reply", p, "plain_mobile"))))
                p.raw["mobile"] = g.mobile()
                msgs.append((p.sender, [r.choice(("发错了，是这个 ", "不对不对，上面那个不用了，", "更正一下 "))]
                             + self.ent(kind, "bare_fix", p, "plain_mobile")))
            elif x < 0.68:
                msgs.append((p.sender, self.bare_wrap(self.ent(kind, "bare_reply", p))))
            else:
                msgs.append((p.sender, self.cued(kind, p)))
            if r.random() < 0.25:
                msgs.append(self.staff([r.choice(STAFF_CHAT[:2] + ("收到👌", "好的，已登记", f"@{p.nick} 收到"))]))
        return msgs

    def cued(self, kind, p):
        r = self.g.rng
        core = self.ent(kind, "cued", p)
        lead = r.choice(LEADS)
        if lead == "@":
            lead = f"@{self.staff_nick} "
        if r.random() < 0.75:
            out = [lead + r.choice(CUE_BEFORE[kind])] + core
            if r.random() < 0.3:
                out.append(r.choice(("，谢谢", " 麻烦了", "🙏", "")))
        else:
            lead = r.choice(("", "", "更新一下，", "补一个，", f"@{self.staff_nick} "))
            out = ([lead] if lead else []) + core + [r.choice(CUE_AFTER[kind])]
        if kind == "address" and r.random() < 0.3:
            out += [r.choice(("，邮编", " 邮编 ")), _N("postal_code", p.raw["address"]["postal"], False)]
        return out

    def split_value(self, kind, p):
        r, g = self.g.rng, self.g
        fmt = f"bare_split_halves_{kind}"
        g.use[(fmt, self.t["name"])] += 1
        g.use[(fmt, self.t["name"])] += 1
        if kind == "mobile":
            m = p.raw.setdefault("mobile", g.mobile())
            a, b = (f"{m[:3]} {m[3:7]}", m[7:]) if r.random() < 0.5 else (m[:7], m[7:])
        elif kind == "id_card":
            s = g.id_card(self.kid)
            k = r.choice((6, 10, 14))
            a, b = s[:k], s[k:]
        else:
            s = g.bank(r.choice((16, 19)))
            k = r.choice((8, 10, 12))
            a, b = s[:k], s[k:]
        return [(p.sender, [r.choice(("", "好 ", "@" + self.staff_nick + " ")), _E(kind, a, fmt)]),
                (p.sender, [r.choice(("", "后面是 ", "…")), _E(kind, b, fmt), r.choice(("", " 刚没发完", "🙏"))])]

    def fix_value(self, kind, p):
        r = self.g.rng
        nk = {"mobile": "invalid_mobile", "id_card": "bad_id", "bank_card": "bad_card"}[kind]
        bad = self.g.near(nk)
        msgs = [(p.sender, self.bare_wrap([_N(nk, bad, True)]))]
        other = r.choice([q for q in self.people if q is not p] or [p])
        note = {"mobile": ("好像少了一位", "号码位数不对吧", "这号码打不通吧"),
                "id_card": ("身份证号最后一位不对哦", "这个号码系统提示错误", "校验不通过，再核对下"),
                "bank_card": ("这个卡号不对吧，系统提示无效", "卡号好像输错了", "卡号核对一下哈")}[kind]
        if r.random() < 0.5:
            msgs.append(self.staff([f"@{p.nick} {r.choice(note)}"]))
        else:
            peer = {"mobile": "你号码是不是少了一位", "id_card": "身份证号是不是打错了", "bank_card": "卡号是不是打错了"}[kind]
            msgs.append((other.sender, [f"@{p.nick} {peer}"]))
        msgs.append((p.sender, [r.choice(("不好意思打错了 ", "重发：", "sorry，", "改一下 ", "对不起 "))]
                     + self.ent(kind, "bare_fix", p, FIX_WRITTEN[kind])))
        return msgs

    def t_jielong(self, kind):
        r = self.g.rng
        title = r.choice(self.t["jtitle"])
        unit = self.t["junit"]
        noun = NOUNS[kind][0]
        head = f"#接龙\n{title}\n格式：昵称 {noun} 数量\n"
        lines = []
        msgs = [self.staff([head])]
        if kind == "mobile" and r.random() < 0.6:
            msgs = [self.staff([head + "例：向日葵 ", _N("masked", f"138****{r.randint(1000, 9999)}", False),
                                f" 1{unit}\n"])]
        for i, p in enumerate(r.sample(self.people, min(len(self.people), r.randint(3, 5)))):
            cnt = f"{r.randint(1, 4)}{unit}"
            line = [f"{i + 1}. {p.nick} "] + self.ent(kind, "jielong", p) + [" ", _N("count", cnt, False)]
            lines.append(line)
            pieces = [head]
            for ln in lines:
                pieces += ln + ["\n"]
            pieces[-1] = ""
            msgs.append((p.sender, [x for x in pieces if x != ""]))
            if r.random() < 0.3:
                msgs.append((r.choice(self.people).sender, [r.choice(CHATTER + SCENE_CHAT[self.t["name"].split("_")[0]])]))
        return msgs

    def t_near(self, nk):
        r = self.g.rng
        q = r.choice(NEAR_Q[nk])
        msgs = []
        if r.random() < 0.55:
            answerers = r.sample(self.people, min(len(self.people), r.randint(1, 4)))
            msgs.append(self.staff([("@所有人 " if len(answerers) > 1 else f"@{answerers[0].nick} ") + q]))
        else:
            asker = r.choice(self.people)
            msgs.append((asker.sender, [q]))
            if nk in STAFF_ANSWERS:
                answerers = [None]
            else:
                others = [x for x in self.people if x is not asker]
                answerers = r.sample(others, min(len(others), r.randint(1, 2)))
        for a in answerers:
            sender = a.sender if a else "staff"
            if a is None and nk in ("bad_card", "bad_id"):
                continue
            v = self.g.near(nk)
            if r.random() < 0.8:
                if a is None:
                    msgs.append((sender, [r.choice(("", "", "是")), _N(nk, v, True)]))
                else:
                    msgs.append((sender, self.bare_wrap([_N(nk, v, True)])))
            else:
                msgs.append((sender, [NEAR_CUE[nk], _N(nk, v, False), r.choice(("", "，麻烦看下", " 谢谢"))]))
        if len(msgs) == 1:
            msgs.append(self.staff([r.choice(STAFF_CHAT)]))
        return msgs

    def t_paste(self):
        r = self.g.rng
        p = r.choice(self.people)
        kinds = [k for k, _ in self.t["kinds"]]
        pieces = [r.choice(("帮我登记下：\n", "信息如下\n", ""))]
        order = {"address": "地址：", "mobile": "电话：", "landline": "座机：", "id_card": "身份证号：",
                 "bank_card": "卡号：", "email": "邮箱：", "qq": "QQ：", "wechat": "微信：", "plate": "车牌："}
        chosen = [k for k in kinds if r.random() < 0.6] or kinds[:2]
        pieces.append(f"昵称：{p.nick}\n")
        for k in chosen:
            pieces += [order[k]] + self.ent(k, "cued", p) + ["\n"]
            if k == "address" and r.random() < 0.5:
                pieces += ["邮编：", _N("postal_code", p.raw["address"]["postal"], False), "\n"]
        pieces[-1] = ""
        msgs = [(p.sender, [x for x in pieces if x != ""])]
        if r.random() < 0.5:
            msgs.append(self.staff([f"@{p.nick} 收到，已登记"]))
        return msgs

    def t_chatter(self):
        r = self.g.rng
        out = []
        for _ in range(r.randint(1, 3)):
            if r.random() < 0.2:
                out.append(self.staff([r.choice(STAFF_CHAT)]))
            else:
                p = r.choice(self.people)
                txt = r.choice(CHATTER + SCENE_CHAT[self.t["name"].split("_")[0]])
                if r.random() < 0.2:
                    txt = f"@{r.choice(self.people).nick} {txt}"
                out.append((p.sender, [txt]))
        return out

    def build(self):
        r = self.g.rng
        t = self.t
        target = r.randint(12, 56)
        threads = []
        total = 0
        kinds = [k for k, w in t["kinds"] for _ in range(w)]
        while total < target:
            x = r.random()
            if x < 0.34:
                th = self.t_request(r.choice(kinds))
            elif x < 0.42:
                jk = t["jielong"]
                if r.random() < 0.7:
                    least = min(self.g.jl[(t["name"], k)] for k in jk)
                    jk = tuple(k for k in jk if self.g.jl[(t["name"], k)] == least)
                k = r.choice(jk)
                self.g.jl[(t["name"], k)] += 1
                th = self.t_jielong(k)
            elif x < 0.68:
                th = self.t_near(r.choice(t["nears"]))
            elif x < 0.72:
                th = self.t_paste()
            else:
                th = self.t_chatter()
            if total + len(th) > 60:
                break
            threads.append(th)
            total += len(th)
        while total < 10:
            th = self.t_chatter()
            threads.append(th)
            total += len(th)
        opener = [self.staff([r.choice(("大家好，我是本群" + self.staff_nick + "，有事随时@我", "欢迎新朋友进群🎉",
                                        "@所有人 早上好", "各位好，今天的事情说一下"))])]
        if total < 60:
            threads.insert(0, opener)
        # random interleave keeping each thread's order; started threads are favoured
        queues = [list(th) for th in threads]
        started = [False] * len(queues)
        out = []
        first = True
        while any(queues):
            idx = [i for i, q in enumerate(queues) if q]
            if first:
                pick = idx[0]
                first = False
            else:
                nxt_unstarted = [i for i in idx if not started[i]][:1]
                cand = [i for i in idx if started[i]] + nxt_unstarted
                ws = [1.0 if started[i] else 0.45 for i in cand]
                pick = r.choices(cand, weights=ws)[0]
            started[pick] = True
            out.append(queues[pick].pop(0))
        return out


def _render(pieces):
    text, ents, fmts, nears, nbare = "", [], [], [], []
    for p in pieces:
        if isinstance(p, str):
            text += p
        elif p[0] == "E":
            s = len(text)
            text += p[2]
            ents.append((p[1], s, len(text)))
            fmts.append(p[3])
        else:
            s = len(text)
            text += p[2]
            nears.append((p[1], s, len(text)))
            nbare.append(p[3])
    return text, ents, fmts, nears, nbare


def _build(meta: list | None = None) -> pd.DataFrame:
    rng = random.Random(SEED)
    g = _Gen(rng)
    order = []
    for _ in range(N_CHATS // len(TEMPLATES) + 1):
        blk = list(range(len(TEMPLATES)))
        rng.shuffle(blk)
        order += blk
    rows = []
    for ci in range(N_CHATS):
        tpl = TEMPLATES[order[ci]]
        cid = f"t8-{ci:03d}-{tpl['name']}"
        chat = _Chat(g, tpl, cid)
        for seq, (sender, pieces) in enumerate(chat.build()):
            text, ents, fmts, nears, nbare = _render(pieces)
            rows.append(dict(chat_id=cid, seq=seq, sender=sender, text=text, entities=ents, formats=fmts,
                             near_misses=nears, split=SPLIT))
            if meta is not None:
                meta.append(dict(template=tpl["name"], near_bare=nbare))
    return pd.DataFrame(rows, columns=["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"])


def make_threads8_corpus() -> pd.DataFrame:
    return _build()


# --------------------------------------------------------------------------------------------
# label checks
# --------------------------------------------------------------------------------------------
_PLACE_STARTS = tuple(sorted({x for p in PLACES for x in (p[0], p[1], p[2]) + p[4] if x}, key=len, reverse=True))
_RE_EMAIL = re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_RE_WECHAT = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_RE_PLATE = re.compile(r"^[京沪粤浙苏川鄂湘闽鲁津渝陕皖豫][A-Z][ ·]?([DF][0-9]{5}|[A-HJ-NP-Z0-9]{5})$")
_RE_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_AREA = tuple(c for c, _ in LANDLINE_CODES)


def _valid(kind: str, v: str) -> bool:
    n = _norm(v)
    if kind == "mobile":
        return bool(_RE_MOBILE.match(n)) and n[:3] in MOBILE_PREFIXES
    if kind == "landline":
        return n.isdigit() and any(n.startswith(c) and 10 <= len(n) <= 12 for c in _AREA)
    if kind == "id_card":
        return _id_ok(n) and n[:6] in ID_REGIONS
    if kind == "bank_card":
        return n.isdigit() and len(n) in (16, 19) and _luhn_ok(n) and n[0] in "4569"
    if kind == "email":
        return bool(_RE_EMAIL.match(v))
    if kind == "qq":
        return v.isdigit() and 5 <= len(v) <= 11 and v[0] != "0"
    if kind == "wechat":
        return bool(_RE_WECHAT.match(v))
    if kind == "plate":
        return bool(_RE_PLATE.match(v))
    if kind == "address":
        return v.startswith(_PLACE_STARTS) and bool(re.search(r"(号|栋|幢|号楼|单元|室|层|\d)$", v))
    return False


def check_corpus(df: pd.DataFrame) -> dict:
    assert list(df.columns) == ["chat_id", "seq", "sender", "text", "entities", "formats", "near_misses", "split"]
    assert (df["split"] == SPLIT).all()
    n_ent = 0
    halves: dict = {}
    for cid, grp in df.groupby("chat_id", sort=False):
        assert 10 <= len(grp) <= 60, (cid, len(grp))
        assert list(grp["seq"]) == list(range(len(grp))), cid
        assert grp["sender"].map(lambda s: s == "staff" or re.fullmatch(r"customer_\d+", s) is not None).all()
    for row in df.itertuples():
        text, es, fs, ns = row.text, row.entities, row.formats, row.near_misses
        assert len(es) == len(fs), row
        spans = sorted([(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (text, spans)
        for (k, s, e), f in zip(es, fs):
            n_ent += 1
            assert k in KINDS and 0 <= s < e <= len(text), (k, s, e, text)
            v = text[s:e]
            assert v == v.strip(), (k, v)
            if f.startswith("bare_split"):
                assert re.fullmatch(r"\d+[Xx]?", _norm(v)) and k in SPLIT_KINDS, (k, v)
                halves.setdefault((row.chat_id, row.sender, k), []).append(_norm(v))
            else:
                assert _valid(k, v), (k, v, f, text)
            if not (f.startswith("bare_split") or f.startswith("cued") or f.startswith("jielong")
                    or f.startswith("bare_reply") or f.startswith("bare_fix")):
                raise AssertionError(f)
        for k, s, e in ns:
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (k, v)
            n = _norm(v)
            if n.isdigit() and 16 <= len(n) <= 19:
                assert not _luhn_ok(n), (k, v)
            if len(n) == 18 and n[:17].isdigit():
                assert not _id_ok(n), (k, v)
            if k == "invalid_mobile":
                assert not _valid("mobile", v), v
            if n.isdigit() and len(n) == 11:
                assert not _RE_MOBILE.match(n) or k == "invalid_mobile", (k, v)
        # every run of 5+ digits must sit inside a labelled span
        covered = [(s, e) for _, s, e in es] + [(s, e) for _, s, e in ns]
        for m in re.finditer(r"\d{5,}", text):
            free = [i for i in range(m.start(), m.end()) if not any(s <= i < e for s, e in covered)]
            ok = not free or (text[m.start():m.start() + 2] == "86" and free == [m.start(), m.start() + 1])
            assert ok, (m.group(), text)
        # an address-like fragment with a house unit outside any span is a bug
        for m in re.finditer(r"\d+(栋|号楼|单元)", text):
            assert any(s <= m.start() and m.end() <= e for s, e in covered), (m.group(), text)
    for key, parts in halves.items():
        assert len(parts) % 2 == 0, key
        for a, b in zip(parts[::2], parts[1::2]):
            assert _valid(key[2], a + b), (key, a, b)
    kinds = Counter(k for es in df["entities"] for k, _, _ in es)
    near_kinds = Counter(k for ns in df["near_misses"] for k, _, _ in ns)
    fmts = Counter(f for fs in df["formats"] for f in fs)
    bare = sum(n for f, n in fmts.items() if f.startswith("bare_"))
    assert set(kinds) == set(KINDS) and min(kinds.values()) >= 60, kinds
    assert n_ent >= 1000 and bare >= 500, (n_ent, bare)
    assert sum(near_kinds.values()) >= 600, near_kinds
    no_val = int(((df["entities"].map(len) == 0) & (df["near_misses"].map(len) == 0)).sum())
    assert no_val * 3 > len(df), (no_val, len(df))
    assert df["chat_id"].nunique() >= 120
    return dict(entities=n_ent, bare=bare, kinds=kinds, near_kinds=near_kinds, formats=fmts, no_val=no_val,
                no_ent=int((df["entities"].map(len) == 0).sum()))


if __name__ == "__main__":
    meta: list = []
    df = _build(meta)
    assert df.equals(make_threads8_corpus()), "not deterministic"
    c = check_corpus(df)
    near_bare = sum(sum(m["near_bare"]) for m in meta)
    assert near_bare >= 300, near_bare
    print(f"conversations={df['chat_id'].nunique()} messages={len(df)} "
          f"(no entity {c['no_ent']}; no value and no near-miss {c['no_val']})")
    print(f"entities={c['entities']} bare={c['bare']}")
    for k, n in c["kinds"].most_common():
        print(f"  {k:10s} {n:4d}")
    print(f"near-miss spans={sum(c['near_kinds'].values())} (bare replies to a question {near_bare}) "
          f"kinds={len(c['near_kinds'])}")
    nb: Counter = Counter()
    for m, ns in zip(meta, df["near_misses"]):
        for (k, _, _), b in zip(ns, m["near_bare"]):
            nb[k] += b
    print("  " + ", ".join(f"{k} {n} ({nb[k]} bare)" for k, n in c["near_kinds"].most_common()))
    ctx: dict = {}
    for m, es, fs in zip(meta, df["entities"], df["formats"]):
        for f in fs:
            ctx.setdefault(f, set()).add(m["template"])
    print(f"formats={len(c['formats'])} distinct")
    for f, n in sorted(c["formats"].items()):
        print(f"  {f:34s} {n:4d}  templates={len(ctx[f])}")
    thin = [f for f, n in c["formats"].items() if n < 4 or len(ctx[f]) < 3]
    assert not thin, thin
    declared = [f"{gv}_{w}" for k in KINDS for w in WRITTEN[k] for gv in ("bare_reply", "cued")]
    missing = [f for f in declared if f not in c["formats"]]
    assert not missing, missing

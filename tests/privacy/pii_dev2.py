"""Second dev split of the per-format PII corpus (see :mod:`tests.privacy.pii_formats`).

Written as the held-out split after the first version of the rules and run
against them once (first-run recall and survival are in ``bench/README.md``);
its misses showed gaps of the rules (addresses whose estate name has no
suffix, ``+v``, ``，分机``, a letter right after a number, province names
inside road names), which were fixed, so it is a development split now. A
fresh held-out split is :mod:`tests.privacy.pii_heldout`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .pii_formats import (
    AREA3,
    AREA4,
    FULLWIDTH,
    REGIONS,
    Renderer,
    Value,
    card_number,
    digits,
    group,
    id_number,
    mobile_number,
    wechat_id,
)


def _v(s: str) -> Value:
    return ("", s, "")


# --------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------


def _mobile_4_3_4(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(group(n, [4, 3], r.choice([" ", "-", " - "])))


def _mobile_other_groups(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([group(n, [3, 3], " "), group(n, [4, 4], " "), group(n, [3, 4], " - "), group(n, [3, 4], "—"),
                        group(n, [3, 4], "·"), group(n, [3, 4], "/"), group(n, [3, 4], ". "), n[:3] + " " + n[3:]]))


def _mobile_fullwidth(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([n, group(n, [3, 4], " "), group(n, [3, 4], "-"), group(n, [4, 3], "-")]).translate(FULLWIDTH))


def _mobile_prefixed(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([f"+86 {group(n, [3, 4], '-')}", f"＋８６{n}".translate(FULLWIDTH), f"(86){n}", f"+86–{n}",
                        f"86 {n}", f"0086-{n}", f"+86 {group(n, [4, 3], ' ')}", f"（+86）{n}", f"+86.{n}"]))


def _mobile_glued(r: random.Random) -> Value:
    n = mobile_number(r)
    return (r.choice(["", "Tel:", "TEL ", "手机:", "tel.", "call "]), r.choice([n, group(n, [3, 4], "-")]),
            r.choice(["x", "；", "）", "～", "哈", "、", ",", "..", "!!", "?", "b", "(微信)", "/"]))


def _mobile_in_numerals(r: random.Random) -> Value:
    table = str.maketrans("0123456789", "零一二三四五六七八九")
    n = mobile_number(r)
    s = n.translate(table)
    if r.random() < 0.4:
        s = s.replace("一", "幺")
    if r.random() < 0.3:
        s = s.replace("零", "〇")
    return _v(s)


def _landline_parts(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.35:
        return r.choice(AREA3), r.choice("23456789") + digits(r, 7)
    return r.choice(AREA4), r.choice("23456789") + digits(r, r.choice([7, 6]))


def _landline_dash(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    return _v(r.choice([f"{a}－{loc}", f"{a}—{loc}", f"{a} - {loc}", f"{a}-{loc[:-4]} {loc[-4:]}", f"({a})-{loc}"]))


def _landline_no_sep(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    return _v(r.choice([a + loc, f"{a} {loc[:-4]}{loc[-4:]}", f"（{a}）{loc[:-4]} {loc[-4:]}"]))


def _landline_ext(r: random.Random) -> Value:
    a, loc = _landline_parts(r)
    base = r.choice([f"{a}-{loc}", f"{a}{loc}", f"({a}){loc}", loc])
    return _v(base + r.choice(["转", "-", " 转", "转分机", "，分机", " Ext.", "x"]) + digits(r, r.choice([2, 3, 4])))


def _landline_local(r: random.Random) -> Value:
    loc = r.choice("23456789") + digits(r, r.choice([7, 7, 6]))
    return _v(r.choice([loc, f"{loc[:-4]}-{loc[-4:]}", f"{loc[:-4]} {loc[-4:]}"]))


def _qq(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        gaps = ["", "：", ": ", " ", "是"] + ([] if cue.endswith(("号", "码")) else ["号码是", "号："])
        return (cue + r.choice(gaps), str(r.randint(10000, 2999999999)), "")

    return render


def _wechat(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        gaps = ["：", ": ", " ", "是", ""] + ([] if cue.endswith(("号", "码")) else ["号：", "号是 "])
        gap = r.choice(gaps)
        if cue[-1].isascii() and not gap:
            gap = "："
        return (cue + gap, wechat_id(r), "")

    return render


def _wechat_same_as_phone(r: random.Random) -> Value:
    n = mobile_number(r)
    return (r.choice(["微信和手机同号 ", "V信同号：", "手机同号", "vx/手机：", "手机微信同号"]), n, "")


def _email(r: random.Random) -> Value:
    user = r.choice(["zhangwei", "li.na", "wang_fang", "chen-jie", "xiao.ming", "kefu", "hr", "Tom.Lee", "yy"])
    user += r.choice(["", str(r.randint(1, 99)), str(r.randint(1980, 2005)), "+shop"])
    dom = r.choice(["vip.qq.com", "vip.163.com", "sina.cn", "mail.ustc.edu.cn", "corp.example.cn", "live.cn", "icloud.com",
                    "126.com", "yahoo.com.cn"])
    s = r.choice([f"{user}@{dom}", f"{r.randint(100000, 2999999999)}@qq.com", f"{user}＠{dom}"])
    return _v(s.upper() if r.random() < 0.1 else s)


def _id_plain(r: random.Random) -> Value:
    s = id_number(r, want_x=r.random() < 0.25)
    return _v(s.lower() if r.random() < 0.3 else s)


def _id_grouped(r: random.Random) -> Value:
    s = id_number(r)
    return _v(r.choice([group(s, [6, 4, 4], " "), group(s, [6, 8], " "), group(s, [3, 3, 4, 4], " "), group(s, [6, 8], "-")]))


def _id_old(r: random.Random) -> Value:
    return _v(f"{r.choice(REGIONS)}{r.randint(40, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 3)}")


def _card_plain(r: random.Random) -> Value:
    return _v(card_number(r, r.choice([16, 18, 19])))


def _card_grouped(r: random.Random) -> Value:
    n = card_number(r, r.choice([16, 19]))
    return _v(r.choice([group(n, [4, 4, 4, 4], " "), group(n, [6], " "), group(n, [4, 4, 4, 4], "－"),
                        group(n, [4, 4, 4, 4], "　")]))


_PROV = "粤京沪浙苏川鄂湘鲁豫闽皖渝津辽吉黑冀晋陕甘宁青新藏桂贵云琼蒙赣"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(r: random.Random) -> Value:
    tail = list(digits(r, 5))
    for _ in range(r.choice([0, 1, 2])):
        tail[r.randrange(5)] = r.choice(_LETTERS)
    p = r.choice(_PROV) + r.choice(_LETTERS)
    return _v(r.choice([p + "".join(tail), p + "·" + "".join(tail), p + " " + "".join(tail), (p + "".join(tail)).lower()[0] + (p + "".join(tail))[1:].lower()]))


def _plate_green(r: random.Random) -> Value:
    p = r.choice(_PROV) + r.choice(_LETTERS)
    return _v(r.choice([p + r.choice("DF") + r.choice(_LETTERS + "0123456789") + digits(r, 4), p + digits(r, 5) + r.choice("DF"),
                        p + "·" + r.choice("DF") + digits(r, 5)]))


_CITIES = [("浙江省", "杭州市", ["拱墅区", "萧山区", "临平区"]), ("广东省", "广州市", ["白云区", "番禺区", "黄埔区"]),
           ("江苏省", "南京市", ["江宁区", "鼓楼区", "建邺区"]), ("陕西省", "西安市", ["雁塔区", "长安区", "未央区"]),
           ("辽宁省", "大连市", ["甘井子区", "沙河口区"]), ("山西省", "太原市", ["小店区", "迎泽区"]),
           ("云南省", "昆明市", ["五华区", "官渡区"]), ("河北省", "石家庄市", ["长安区", "裕华区"]),
           ("江西省", "南昌市", ["红谷滩区", "青山湖区"]), ("黑龙江省", "哈尔滨市", ["南岗区", "道里区"])]
_STREETS = ["莫干山路", "天河北路", "中山东路", "雁塔南路", "友好路", "五一大道", "滨河东路", "青年大街", "北京路", "东风路",
            "望江路", "解放南路", "环城西路", "长江中路", "湖滨路", "丰潭路"]
_HOMES = ["和谐家园", "金色港湾", "东方明珠花园", "紫荆苑", "南苑小区", "蓝色康桥", "翡翠城", "芳草地", "御景湾", "桃源居",
          "天鹅湖小区", "清华园", "水岸名都", "春江花月"]
_BUILDINGS = ["创新大厦", "时代广场", "国际金融中心", "万达广场", "银泰中心", "科技园"]


def _addr_head(r: random.Random) -> str:
    prov, city, ds = r.choice(_CITIES)
    return r.choice([prov + city + r.choice(ds), city + r.choice(ds), prov[:-1] + city[:-1] + r.choice(ds),
                     r.choice(ds), city])


def _room(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 28)}号楼{r.randint(1, 6)}单元{r.randint(1, 30)}0{r.randint(1, 6)}",
                     f"{r.randint(1, 40)}幢{r.randint(1, 3)}单元{r.randint(2, 30)}0{r.randint(1, 4)}室",
                     f"{r.randint(1, 20)}#{r.randint(101, 2606)}", f"{r.randint(1, 20)}栋{r.randint(101, 3306)}房",
                     f"{r.randint(1, 9)}期{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(101, 1806)}",
                     f"{'一二三四五六七八九'[r.randrange(9)]}栋{'一二三'[r.randrange(3)]}单元{r.randint(101, 2802)}室"])


def _addr_full(r: random.Random) -> Value:
    return _v(_addr_head(r) + r.choice(_STREETS) + f"{r.randint(1, 1200)}号" + r.choice(_HOMES) + _room(r))


def _addr_spaced(r: random.Random) -> Value:
    prov, city, ds = r.choice(_CITIES)
    return _v(" ".join([prov, city, r.choice(ds), r.choice(_STREETS) + f"{r.randint(1, 800)}号", r.choice(_HOMES), _room(r)]))


def _addr_home(r: random.Random) -> Value:
    return _v(r.choice(_HOMES) + _room(r))


def _addr_lane(r: random.Random) -> Value:
    return _v(r.choice(["上海市", "上海", ""]) + r.choice(["黄浦区", "长宁区", "普陀区", ""]) + r.choice(_STREETS)
              + f"{r.randint(10, 1500)}弄{r.randint(1, 120)}号{r.randint(101, 2602)}室")


def _addr_office(r: random.Random) -> Value:
    return _v(r.choice(["", _addr_head(r)]) + r.choice(_STREETS) + f"{r.randint(1, 500)}号" + r.choice(_BUILDINGS)
              + f"{r.randint(2, 60)}{r.choice(['层', '楼', 'F'])}" + r.choice(["", f"{r.randint(1, 40):02d}室", f"{r.choice('ABC')}{r.randint(1, 30):02d}"]))


def _addr_village(r: random.Random) -> Value:
    return _v(r.choice(["河南省周口市", "山东省临沂市", "湖南省邵阳市", "四川省南充市"]) + r.choice(["沈丘县", "沂水县", "邵东县", "营山县"])
              + r.choice(["槐店镇", "高桥镇", "双河乡"]) + r.choice(["王庄村", "新华村", "大湾村"]) + f"{r.randint(1, 15)}组"
              + r.choice(["", f"{r.randint(1, 99)}号"]))


def _addr_road(r: random.Random) -> Value:
    return _v(r.choice(["", r.choice(_CITIES)[1]]) + r.choice(_STREETS) + f"{r.randint(1, 999)}-{r.randint(1, 20)}号")


FORMATS: dict[str, tuple[str, Renderer]] = {
    "mobile.plain": ("mobile", lambda r: _v(mobile_number(r))),
    "mobile.4-3-4": ("mobile", _mobile_4_3_4),
    "mobile.other_groups": ("mobile", _mobile_other_groups),
    "mobile.fullwidth": ("mobile", _mobile_fullwidth),
    "mobile.prefixed": ("mobile", _mobile_prefixed),
    "mobile.glued": ("mobile", _mobile_glued),
    "mobile.numerals": ("mobile", _mobile_in_numerals),
    "landline.dash": ("landline", _landline_dash),
    "landline.no_sep": ("landline", _landline_no_sep),
    "landline.extension": ("landline", _landline_ext),
    "landline.local": ("landline", _landline_local),
    "qq.QQ": ("qq", _qq(["QQ", "QQ号", "qq号码", "Qq", "QQ号码"])),
    "qq.Q号": ("qq", _qq(["Q号", "加Q", "加q"])),
    "qq.扣扣": ("qq", _qq(["扣扣", "扣扣号", "抠抠"])),
    "qq.企鹅号": ("qq", _qq(["企鹅号", "企鹅号码"])),
    "wechat.微信": ("wechat", _wechat(["微信", "微信号", "wechat", "WeChat", "加微"])),
    "wechat.威信": ("wechat", _wechat(["威信", "威信号", "薇信号"])),
    "wechat.wx": ("wechat", _wechat(["wx", "WX号", "Wx"])),
    "wechat.vx": ("wechat", _wechat(["vx", "VX号", "vx号", "VX"])),
    "wechat.v信": ("wechat", _wechat(["v信", "V信号", "v信号"])),
    "wechat.加v": ("wechat", _wechat(["加v", "加V", "+v"])),
    "wechat.phone": ("mobile", _wechat_same_as_phone),
    "email.any": ("email", _email),
    "id_card.plain": ("id_card", _id_plain),
    "id_card.grouped": ("id_card", _id_grouped),
    "id_card.15": ("id_card", _id_old),
    "bank_card.plain": ("bank_card", _card_plain),
    "bank_card.grouped": ("bank_card", _card_grouped),
    "plate.ordinary": ("plate", _plate),
    "plate.new_energy": ("plate", _plate_green),
    "address.full": ("address", _addr_full),
    "address.spaced": ("address", _addr_spaced),
    "address.estate": ("address", _addr_home),
    "address.lane": ("address", _addr_lane),
    "address.office": ("address", _addr_office),
    "address.village": ("address", _addr_village),
    "address.road_number": ("address", _addr_road),
    "name.directory": ("name", lambda r: _v("")),  # replaced by the staff directory
}
CONTEXT_OF = {"wechat.phone": "wechat"}

CONTEXTS: dict[str, list[str]] = {
    "mobile": [
        "亲，麻烦留个手机号，师傅上门前联系您。好的 {pii}", "预约安装，联系人电话{pii}，周末都行", "@客服 我手机号{pii}，短信收不到验证码",
        "打这个{pii}，我老婆接", "不好意思刚才号码写错了，是{pii}", "您好，您的来电号码{pii}已登记，我们会回访", "手机换号了，新号{pii}，旧的停机了",
        "收件人：王女士 {pii}", "有问题直接call我 {pii}", "售后说让我留电话，{pii}", "{pii} 这个号码一直打不通是怎么回事，我自己的",
        "家里老人用的号码是{pii}，能不能开通亲情号", "电话{pii}（工作日）", "我的号码：{pii}，麻烦尽快回电",
    ],
    "landline": [
        "公司电话：{pii}，找行政小刘", "办公室电话{pii}，下午五点前都在", "座机号{pii}，手机没信号", "可以打我们店里的固定电话{pii}",
        "宅电{pii}，晚上打", "报修电话留的是家里的{pii}", "前台总机{pii}，说找采购部",
    ],
    "qq": [
        "图片太多了，{pii}，我传给你", "我的{pii}，麻烦远程协助一下", "把教程发我{pii}吧", "客服，{pii}，加一下好友",
        "文件发邮箱太慢，{pii}", "我{pii}，在线等",
    ],
    "wechat": [
        "群里不方便说，{pii}私聊", "{pii}，通过一下好友", "视频发不了，加一下{pii}", "方便加个{pii}吗，发票拍照给你",
        "我是老客户了，{pii}，有活动通知我", "你好，{pii}，收到请回复",
    ],
    "email": [
        "合同扫描件发{pii}", "请把电子发票发送至{pii}，抬头个人", "邮件地址是{pii}，注意大小写", "发{pii}就行，我的工作邮箱",
        "账号绑定的邮箱{pii}忘记密码了",
    ],
    "id_card": [
        "开专票需要身份证吗？我的号码{pii}", "证件号码：{pii}", "机票改签，乘机人身份证{pii}", "实名登记：张三，{pii}",
        "身份证{pii}，帮我查下保单", "我的证件号{pii}，麻烦核对",
    ],
    "bank_card": [
        "退款请退到储蓄卡{pii}", "收款账号：{pii}（建行）", "还款用的信用卡{pii}", "账户{pii}，开户行农业银行",
        "扣款那张卡{pii}，能换吗", "打款到{pii}就可以，户名李四",
    ],
    "plate": [
        "车牌号码{pii}，ETC扣费不对", "停车场出不去，车牌{pii}", "我那台{pii}预约了明天保养", "{pii}，白色SUV，到了给我打电话",
        "违章查询，车牌是{pii}",
    ],
    "address": [
        "送货地址：{pii}，周末有人", "收件地址 {pii}", "上门安装的地址是{pii}", "麻烦寄回{pii}，谢谢", "我住{pii}，能上门吗",
        "新家地址{pii}，帮我改一下", "快递放到{pii}门口", "地址写错了，应该是{pii}", "{pii}，能送货上门吗",
    ],
    "name": [
        "请问{pii}今天上班吗", "上次是{pii}帮我办的", "我找{pii}，她知道我的情况", "{pii}说会回电话，一直没回",
        "感谢{pii}的帮助", "@{pii} 麻烦看下我的单子",
    ],
}

# --------------------------------------------------------------------------
# Near-misses
# --------------------------------------------------------------------------


def _order(r: random.Random) -> str:
    return r.choice([r.choice("123") + digits(r, 18), f"{r.randint(2401, 2612)}{r.randint(10, 28)}-{digits(r, 15)}",
                     r.choice("123") + digits(r, 11), f"JD{digits(r, 12)}", "2026" + digits(r, 24), f"DD{digits(r, 16)}"])


def _order_mobile_shaped(r: random.Random) -> str:
    return mobile_number(r)


def _tracking(r: random.Random) -> str:
    return r.choice([f"7{digits(r, 14)}", f"43{digits(r, 13)}", f"77{digits(r, 13)}", f"1{digits(r, 12)}", f"SF{digits(r, 12)}",
                     f"JT{digits(r, 13)}", f"YT{digits(r, 13)}", f"SF {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}"])


def _amount(r: random.Random) -> str:
    return r.choice([f"¥ {r.randint(1, 99)},{r.randint(100, 999)}.00", f"{r.randint(10, 9999)}元", "两千三百块", f"${r.randint(9, 999)}",
                     f"{r.randint(1000, 99999)}.{r.randint(10, 99)}", f"{r.randint(1, 9)}.{r.randint(1, 9)}w", f"{r.randint(100, 50000)}块钱"])


def _date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"2026年{m:02d}月{d:02d}日 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", f"{m:02d}/{d:02d}",
                     f"26.{m}.{d}", f"2026-{m}-{d} 下午{r.randint(1, 6)}点", f"2026{m:02d}{d:02d}{digits(r, 6)}", f"{r.randint(0, 23)}点{r.randint(0, 59)}分"])


def _model(r: random.Random) -> str:
    return r.choice(["iPhone14ProMax", "SM-S9180", "P60 Art", "RedmiK70", "ThinkPad X1 Carbon Gen 11", "KFR-72LW/(72555)FNhAa-B1",
                     "BCD-520WKPZM(E)", f"G{r.randint(1, 9)}-{digits(r, 10)}", "M2012K11AC", f"CPH{digits(r, 4)}"])


def _quantity(r: random.Random) -> str:
    return r.choice(["2箱12瓶", "1.8L", "256G", "65寸", "3000W", f"{r.randint(2, 99)}个", f"{r.randint(2, 10)}套", f"{r.randint(100, 900)}ml"])


def _count(r: random.Random) -> str:
    return r.choice([f"第{mobile_number(r)}位顾客", "第二次", f"第{r.randint(2, 30)}名", f"第{r.randint(2, 9)}回", f"第{r.randint(10, 99)}期"])


def _membership(r: random.Random) -> str:
    return r.choice([f"会员卡号:{digits(r, 16)}", f"会员ID {mobile_number(r)}", f"VIP卡号 {card_number(r, 16)}",
                     f"储值卡{digits(r, 19)}", f"会员号 {digits(r, 11)}"])


def _hotline(r: random.Random) -> str:
    return r.choice([f"4006-{digits(r, 3)}-{digits(r, 3)}", f"400 6{digits(r, 3)} {digits(r, 3)}", f"800 {digits(r, 3)} {digits(r, 4)}",
                     "95555", "10010", "12345", f"400{digits(r, 7)}"])


def _code(r: random.Random) -> str:
    return r.choice([f"验证码：{digits(r, 6)}", f"邮编{r.randint(100000, 850000)}", f"取餐号A{digits(r, 3)}", f"提取码 {digits(r, 4)}",
                     f"工号{digits(r, 5)}"])


def _bad_check(r: random.Random) -> str:
    n = card_number(r, 19)
    return n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)


def _place(r: random.Random) -> str:
    return r.choice(["广州天河这边", "朝阳区的门店", "深圳北站", "南京路步行街", "一号线", "杭州西湖区", "万达广场", "二楼服务台"])


def _cue_word(r: random.Random) -> str:
    return r.choice(["微信支付分", "QQ群", "vx群", "微信小程序", "QQ空间", "微信零钱", "v信红包"])


def _ip(r: random.Random) -> str:
    return r.choice([f"V{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}", "192.168.1.1",
                     f"10.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}", f"{r.randint(1, 3)}.{r.randint(0, 99)}.{r.randint(100, 999)}"])


NEAR: dict[str, Callable[[random.Random], str]] = {
    "order": _order, "order:mobile_shaped": _order_mobile_shaped, "tracking": _tracking, "amount": _amount,
    "date_time": _date, "model": _model, "quantity": _quantity, "count": _count, "membership": _membership,
    "hotline": _hotline, "code": _code, "bad_check": _bad_check, "place": _place, "cue_word": _cue_word,
    "ip_version": _ip,
}

NEAR_TEMPLATES: dict[str, list[str]] = {
    "order": ["母订单号 {~order} 拆成两个包裹了", "售后单号{~order}审核通过了吗", "{~order} 这单能合并发货吗", "帮我查下{~order}",
              "订单尾号{~order}", "单号：{~order:mobile_shaped}", "订单编号 {~order:mobile_shaped} 催一下"],
    "tracking": ["中通{~tracking}一直显示揽收", "韵达单号 {~tracking}", "申通 {~tracking} 派送中", "你们发的快递{~tracking}签收了"],
    "amount": ["实付{~amount}，优惠券没用上", "差价{~amount}什么时候退", "总共{~amount}对吧", "到手价{~amount}"],
    "date_time": ["下单时间{~date_time}", "{~date_time}之前能发货吗", "预约{~date_time}上门", "活动截止{~date_time}"],
    "model": ["{~model}能用这个充电器吗", "机型{~model}，系统更新后闪退", "{~model}保修期多久"],
    "quantity": ["一次买{~quantity}有折扣吗", "{~quantity}的那个规格没货了"],
    "count": ["我是{~count}", "这已经是{~count}了", "排{~count}的时候卡住了"],
    "membership": ["{~membership}，生日礼怎么领", "{~membership}升级了吗"],
    "hotline": ["我打了{~hotline}，说转人工", "拨{~hotline}按0", "官方热线{~hotline}"],
    "code": ["{~code}", "给您的{~code}，请查收", "{~code}，别告诉别人"],
    "bad_check": ["卡号{~bad_check}是不是输错了", "{~bad_check} 提示卡号无效"],
    "place": ["{~place}能自提吗", "我在{~place}附近", "{~place}有没有售后点"],
    "cue_word": ["用{~cue_word}付的", "{~cue_word}里没有这个功能", "开通{~cue_word}"],
    "ip_version": ["后台地址{~ip_version}进不去", "升级到{~ip_version}就好了"],
}

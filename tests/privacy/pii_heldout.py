"""Held-out split of the per-format PII corpus (see :mod:`tests.privacy.pii_formats`).

Written after the masking rules were fixed on the ``dev`` and ``dev2``
splits, with contexts, cue spellings, separators and near-miss values of its
own: order forms pasted into the chat (several lines), group-chat messages
with mentions and emoji, agents asking for data, customers correcting a typo.
``bench/README.md`` records its first run and anything changed after it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .pii_formats import (
    FULLWIDTH,
    Renderer,
    Value,
    card_number,
    digits,
    group,
    id_number,
    mobile_number,
)


def _v(s: str) -> Value:
    return ("", s, "")


# --------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------

_AREAS = ["010", "021", "022", "023", "020", "027", "0512", "0510", "0574", "0577", "0579", "0754", "0760", "0816",
          "0917", "0937", "0412", "0452", "0335", "0374", "0595", "0717"]


def _area_local(r: random.Random) -> tuple[str, str]:
    a = r.choice(_AREAS)
    return a, r.choice("2345678") + digits(r, 7 if len(a) == 3 else r.choice([7, 6]))


def _mobile_form(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([n, group(n, [3, 4], " "), group(n, [3, 4], "-"), group(n, [3, 4], "  ")]))


def _mobile_bracketed(r: random.Random) -> Value:
    n = mobile_number(r)
    return (r.choice(["（", "【", "(", "[", "📞", "☎️", "<"]), r.choice([n, group(n, [3, 4], "-")]),
            r.choice(["）", "】", ")", "]", "", ">", "…"]))


def _mobile_typo_fix(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([group(n, [3, 4], "."), group(n, [3, 4], "。"), group(n, [3, 4], "－"), group(n, [3, 4], "—"),
                        group(n, [3, 4], " . "), group(n, [2, 3, 3], " ")]))


def _mobile_wide(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([n.translate(FULLWIDTH), group(n, [3, 4], "　").translate(FULLWIDTH), "＋８６ " + n.translate(FULLWIDTH)]))


def _mobile_intl(r: random.Random) -> Value:
    n = mobile_number(r)
    return _v(r.choice([f"+86{group(n, [3, 4], ' ')}", f"+86 {group(n, [3, 4], '.')}", f"0086-{group(n, [3, 4], '-')}",
                        f"86 {group(n, [3, 4], ' ')}", f"+(86) {n}", f"(+86) {group(n, [3, 4], '-')}"]))


def _mobile_tail(r: random.Random) -> Value:
    n = mobile_number(r)
    return ("", n, r.choice(["s", "sss", "（微信同号）", "~~", "!", "；", "。", " ok", "转1", "/"]))


def _landline(r: random.Random) -> Value:
    a, loc = _area_local(r)
    return _v(r.choice([f"{a}-{loc}", f"{a}-{loc[:-4]}-{loc[-4:]}", f"({a}){loc}", f"{a} {loc}", f"{a}{loc}", f"（{a}）{loc[:-4]}-{loc[-4:]}"]))


def _landline_ext(r: random.Random) -> Value:
    a, loc = _area_local(r)
    return _v(f"{a}-{loc}" + r.choice(["转", "-", "转分机", " 分机", " ext ", "x"]) + digits(r, r.choice([1, 3, 4])))


def _landline_local(r: random.Random) -> Value:
    loc = r.choice("2345678") + digits(r, r.choice([7, 6]))
    return _v(r.choice([loc, f"{loc[:-4]}-{loc[-4:]}"]))


def _qq(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        return (cue + r.choice(["：", ":", " ", "", "号：", "是"] if not cue.endswith(("号", "码")) else ["：", ":", " ", "", "是"]),
                str(r.randint(100000, 3500000000)), "")

    return render


def _wechat_id(r: random.Random) -> str:
    first = r.choice(["xiao", "da", "lao", "a", "mr", "miss", "shop", "hz", "sz", "bj"])
    return r.choice([
        first + r.choice(["wang", "li", "zhou", "yu", "fei"]) + str(r.randint(10, 99999)),
        first + "_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(r.randint(5, 8))),
        first.capitalize() + "-" + str(r.randint(1000, 999999)),
        "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)),
        str(r.randint(100000, 3500000000)),
    ])


def _wechat(cues: list[str]) -> Renderer:
    def render(r: random.Random) -> Value:
        cue = r.choice(cues)
        gap = r.choice(["：", ":", " ", "", "是"])
        if cue[-1].isascii() and gap == "":
            gap = ":"
        return (cue + gap, _wechat_id(r), "")

    return render


def _email(r: random.Random) -> Value:
    user = r.choice(["service", "lihua", "zhao.lei", "wangxm", "Sun_Yan", "hello", "a.b.c", "fz-2026", "jj"])
    user += r.choice(["", str(r.randint(1, 999))])
    dom = r.choice(["163.com", "gmail.com", "qq.com", "sjtu.edu.cn", "alibaba-inc.com", "sohu.com", "21cn.com", "tom.com"])
    return _v(r.choice([f"{user}@{dom}", f"{r.randint(10000, 3000000000)}@qq.com", f"{user}@{dom}".replace("@", "＠")]))


def _id_card(r: random.Random) -> Value:
    s = id_number(r, want_x=r.random() < 0.2)
    return _v(r.choice([s, s.lower(), group(s, [6, 8], " "), group(s, [6, 4, 4], "-"), s.translate(FULLWIDTH)]))


def _bank_card(r: random.Random) -> Value:
    n = card_number(r, r.choice([16, 19, 19]))
    return _v(r.choice([n, group(n, [4, 4, 4, 4], " "), group(n, [4, 4, 4, 4], "-"), group(n, [6], " "), group(n, [4, 4, 4, 4], "  ")]))


_P = "粤京沪浙苏川鄂湘鲁豫闽皖渝津辽吉黑冀晋陕甘宁青新藏桂贵云琼蒙赣"
_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(r: random.Random) -> Value:
    tail = list(digits(r, 5))
    if r.random() < 0.6:
        tail[r.randrange(5)] = r.choice(_L)
    head = r.choice(_P) + r.choice(_L)
    t = "".join(tail)
    return _v(r.choice([head + t, head + "·" + t, head + "-" + t, head + " " + t]))


def _plate_green(r: random.Random) -> Value:
    head = r.choice(_P) + r.choice(_L)
    return _v(r.choice([head + "D" + digits(r, 5), head + "F" + r.choice(_L) + digits(r, 4), head + "·" + digits(r, 5) + "D"]))


_CITY = [("江苏省", "苏州市", ["吴中区", "相城区", "昆山市"]), ("浙江省", "宁波市", ["鄞州区", "海曙区", "北仑区"]),
         ("山东省", "潍坊市", ["奎文区", "寿光市"]), ("四川省", "德阳市", ["旌阳区", "广汉市"]),
         ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"]), ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"]),
         ("内蒙古自治区", "呼和浩特市", ["赛罕区", "新城区"]), ("湖北省", "襄阳市", ["樊城区", "襄州区"])]
_ROADS = ["金鸡湖大道", "星湖街", "人民南路", "胜利街", "迎宾路", "民族大道", "友谊路", "解放西路", "平安大街", "桃园路",
          "凤凰路", "建国北路"]
_ESTATES = ["金域蓝湾", "中央公园", "阳光100", "绿地世纪城", "万科金色家园", "恒大名都", "龙湖滟澜山", "保利香槟国际",
            "华润橡树湾", "新城花园", "白鹭郡", "世茂滨江"]


def _addr_form(r: random.Random) -> Value:
    prov, city, ds = r.choice(_CITY)
    head = r.choice([prov + city + r.choice(ds), prov + " " + city + " " + r.choice(ds) + " ", city + r.choice(ds)])
    unit = r.choice([f"{r.randint(1, 30)}幢{r.randint(101, 2402)}室", f"{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(2, 33)}0{r.randint(1, 4)}",
                     f"{r.randint(1, 12)}号楼{r.randint(1, 4)}单元{r.randint(101, 1802)}", f"{r.randint(1, 9)}-{r.randint(1, 3)}-{r.randint(101, 1802)}"])
    return _v(head + r.choice(_ROADS) + f"{r.randint(1, 600)}号" + r.choice(_ESTATES) + unit)


def _addr_estate(r: random.Random) -> Value:
    return _v(r.choice(_ESTATES) + r.choice([f"{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(101, 3302)}",
                                             f"{r.randint(1, 30)}幢{r.randint(101, 2402)}室", f"{r.randint(1, 9)}期{r.randint(1, 30)}号楼{r.randint(101, 2802)}",
                                             f"{r.randint(1, 30)}栋{r.randint(101, 3302)}"]))


def _addr_road(r: random.Random) -> Value:
    _, city, ds = r.choice(_CITY)
    tail = r.choice(["", "", f"{r.randint(1, 5)}楼", "院内", f"{r.randint(1, 30)}栋"])
    # ``院内`` is "inside the compound": 院 belongs to the address, 内 does not.
    return (("", r.choice(["", city, r.choice(ds), city + r.choice(ds)]) + r.choice(_ROADS) + f"{r.randint(1, 999)}号"
             + tail.removesuffix("内"), "内" if tail.endswith("内") else ""))


def _addr_campus(r: random.Random) -> Value:
    return _v(r.choice(["苏州大学", "浙江工业大学", "山东科技大学", "西南交通大学"]) + r.choice(["本部", "东校区", "南区", ""])
              + f"{r.randint(1, 30)}号宿舍楼{r.randint(101, 620)}")


def _addr_industrial(r: random.Random) -> Value:
    _, city, ds = r.choice(_CITY)
    return _v(city + r.choice(ds) + r.choice(["经济开发区", "高新区", "工业园区"]) + r.choice(_ROADS) + f"{r.randint(1, 300)}号"
              + r.choice(["", f"{r.randint(1, 9)}号厂房", f"{r.choice('ABC')}栋{r.randint(1, 6)}楼"]))


def _addr_village(r: random.Random) -> Value:
    return _v(r.choice(["广西壮族自治区桂林市阳朔县", "湖北省襄阳市枣阳市", "江西省赣州市于都县"]) + r.choice(["白沙镇", "吴店镇", "罗坳镇"])
              + r.choice(["遇龙村", "清潭村", "步前村"]) + f"{r.randint(1, 20)}组{r.randint(1, 60)}号")


FORMATS: dict[str, tuple[str, Renderer]] = {
    "mobile.form": ("mobile", _mobile_form),
    "mobile.bracketed": ("mobile", _mobile_bracketed),
    "mobile.separators": ("mobile", _mobile_typo_fix),
    "mobile.fullwidth": ("mobile", _mobile_wide),
    "mobile.intl": ("mobile", _mobile_intl),
    "mobile.tail": ("mobile", _mobile_tail),
    "landline.area": ("landline", _landline),
    "landline.extension": ("landline", _landline_ext),
    "landline.local": ("landline", _landline_local),
    "qq.QQ": ("qq", _qq(["QQ", "qq", "QQ号码", "ＱＱ", "Qq"])),
    "qq.Q号": ("qq", _qq(["Q号", "加Q"])),
    "qq.扣扣": ("qq", _qq(["扣扣", "扣扣号"])),
    "qq.企鹅号": ("qq", _qq(["企鹅号", "企鹅"])),
    "wechat.微信": ("wechat", _wechat(["微信号", "微信", "WeChat", "wechat号"])),
    "wechat.威信": ("wechat", _wechat(["威信", "威信号"])),
    "wechat.wx": ("wechat", _wechat(["wx", "WX", "wx号"])),
    "wechat.vx": ("wechat", _wechat(["vx", "VX", "VX号"])),
    "wechat.v信": ("wechat", _wechat(["v信", "V信"])),
    "wechat.加v": ("wechat", _wechat(["加v", "加V", "+V"])),
    "wechat.phone": ("mobile", lambda r: (r.choice(["微信手机同号", "手机同号：", "微信同号 "]), mobile_number(r), "")),
    "email.any": ("email", _email),
    "id_card.18": ("id_card", _id_card),
    "bank_card.any": ("bank_card", _bank_card),
    "plate.ordinary": ("plate", _plate),
    "plate.new_energy": ("plate", _plate_green),
    "address.form": ("address", _addr_form),
    "address.estate": ("address", _addr_estate),
    "address.road_number": ("address", _addr_road),
    "address.campus": ("address", _addr_campus),
    "address.industrial": ("address", _addr_industrial),
    "address.village": ("address", _addr_village),
    "name.directory": ("name", lambda r: _v("")),  # replaced by the staff directory
}
CONTEXT_OF = {"wechat.phone": "wechat"}

CONTEXTS: dict[str, list[str]] = {
    "mobile": [
        "收货人：{name}\n手机：{pii}\n地址：{address}", "姓名 {name} 电话 {pii}", "@店小二 我的联系方式{pii}，记得发顺丰",
        "客服：请提供下单手机号。 用户：{pii}", "号码输错了，正确的是{pii}", "快递到了没人接，我的电话是{pii}🙏",
        "预留电话{pii}，到楼下打给我", "{pii}是我爸的号，平时他收货", "{name}的手机{pii}，麻烦联系她",
        "手机号 {pii} ，验证码一直收不到", "你好 我电话{pii} 上次那个问题还没解决", "联系方式：{pii}（同微信）",
    ],
    "landline": [
        "公司座机：{pii}，联系人{name}", "店铺电话{pii}", "开票信息：电话{pii}，开户行招行", "请拨打我们办公室电话{pii}",
        "座机{pii}，手机信号不好", "报装电话填的是{pii}", "有事找前台，电话{pii}",
    ],
    "qq": [
        "@客服 {pii} 加我，截图发你", "售后说加{pii}，远程帮我装驱动", "{pii}，备注订单号", "我的{pii}，白天在线",
        "没有微信，{pii}可以吗", "文件发{pii}就行",
    ],
    "wechat": [
        "{pii} 加一下，我把视频发你", "客服能加个{pii}吗", "我{pii}，通过的时候备注一下", "以后直接{pii}联系我",
        "不用打电话了，{pii}", "@所有人 团购找我，{pii}",
    ],
    "email": ["请把对账单发到{pii}", "邮箱 {pii} 收到了吗", "账号绑定的是{pii}", "发个报价单到{pii}，谢谢"],
    "id_card": [
        "客服：请提供身份证号核实。 用户：{pii}", "身份证号码 {pii}，姓名{name}", "办理需要证件号，{pii}",
        "我身份证{pii}，帮我查一下有没有注册过", "登记信息：{pii}",
    ],
    "bank_card": [
        "客服：退款账户？ 用户：{pii} 中国银行", "请退到我的卡上 {pii}", "卡号：{pii}\n户名：{name}", "扣款卡号{pii}能改吗",
        "信用卡{pii}被扣了两次",
    ],
    "plate": ["车辆信息：{pii} 蓝色", "我的车牌 {pii}，物业登记一下", "{pii} 的车主请挪车", "洗车预约，车牌{pii}", "ETC绑定的车是{pii}"],
    "address": [
        "收货人：{name}\n电话：{mobile}\n地址：{pii}", "地址 {pii}", "@客服 改地址：{pii}", "配送地址：{pii}，工作日送",
        "上门取件地址{pii}", "麻烦发到{pii}，收件人{name}", "{pii}\n{name} {mobile}", "我搬家了，新地址是{pii}",
        "师傅您好，我在{pii}，几点能到",
    ],
    "name": ["@{pii} 在吗", "{pii}你好，我的单子处理了吗", "麻烦{pii}回个电话", "是{pii}接待我的", "找{pii}主管"],
}

# --------------------------------------------------------------------------
# Near-misses
# --------------------------------------------------------------------------


def _order(r: random.Random) -> str:
    return r.choice([f"E2026{digits(r, 14)}", f"{r.choice('1234')}{digits(r, 3)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
                     f"2026{digits(r, 14)}", f"{r.choice('123456789')}{digits(r, 17)}", f"P{digits(r, 12)}", f"{digits(r, 6)}-{digits(r, 15)}"])


def _tracking(r: random.Random) -> str:
    return r.choice([f"JDVA{digits(r, 11)}", f"SF{digits(r, 12)}", f"YT{digits(r, 13)}", f"78{digits(r, 13)}", f"46{digits(r, 11)}",
                     f"KYE{digits(r, 10)}", f"DPK{digits(r, 12)}"])


def _amount(r: random.Random) -> str:
    return r.choice([f"¥13,800", f"{r.randint(1, 9)}.{r.randint(10, 99)}万元", f"{r.randint(100, 9999)}元/台", f"￥{r.randint(1, 99999)}",
                     f"{r.randint(1, 999)}.{r.randint(0, 99):02d}元", f"{r.randint(100, 99999)}块", f"RMB{r.randint(1000, 99999)}"])


def _date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"2026/{m:02d}/{d:02d}", f"{m}月{d}日{r.randint(8, 20)}点", f"{r.randint(8, 18)}:{r.randint(0, 5)}0-{r.randint(12, 22)}:00",
                     f"2026.{m}.{d}", f"{m:02d}-{d:02d} {r.randint(10, 23)}:{r.randint(10, 59)}", f"2026{m:02d}{d:02d}"])


def _model(r: random.Random) -> str:
    return r.choice(["A2890", "HUAWEI P50", "Galaxy S24", "Redmi Note 13", "EOS R6", f"KFR-{r.randint(26, 72)}GW", "DJI Mini 4 Pro",
                     f"SN{digits(r, 10)}", "Watch GT4", f"BCD-{r.randint(200, 650)}W"])


def _quantity(r: random.Random) -> str:
    return r.choice(["x2", "×3", f"{r.randint(2, 20)}个", f"{r.randint(2, 12)}盒", f"{r.randint(2, 50)}斤", "2L", f"{r.randint(2, 9)}包"])


def _count(r: random.Random) -> str:
    return r.choice(["第10086次", f"第{mobile_number(r)}次", f"第{r.randint(2, 40)}单", f"第{r.randint(2, 9)}个", "第一百次"])


def _membership(r: random.Random) -> str:
    return r.choice([f"会员码 {digits(r, 4)} {digits(r, 4)}", f"会员号:{mobile_number(r)}", f"会员卡 {digits(r, 12)}", f"积分卡{card_number(r, 16)}"])


def _hotline(r: random.Random) -> str:
    return r.choice([f"400-{digits(r, 3)}-{digits(r, 4)}转1", "95533", "12306", f"4008-{digits(r, 3)}-{digits(r, 3)}", "12345",
                     f"800{digits(r, 7)}", "10000"])


def _code(r: random.Random) -> str:
    return r.choice([f"邮编{r.randint(100000, 850000)}", f"验证码{digits(r, 6)}", f"取件码{r.randint(1, 9)}-{r.randint(1, 9)}-{digits(r, 4)}",
                     f"提货码{digits(r, 8)}", f"座位12车0{r.randint(1, 9)}F"])


def _place(r: random.Random) -> str:
    return r.choice(["苏州工业园区", "宁波鄞州万达", "潍坊这边", "南宁市区", "步行街店", "8号线", "高铁站", "3楼柜台"])


def _cue_word(r: random.Random) -> str:
    return r.choice(["微信扫码", "QQ浏览器", "wx小程序", "微信红包", "QQ会员", "v信支付"])


NEAR: dict[str, Callable[[random.Random], str]] = {
    "order": _order, "tracking": _tracking, "amount": _amount, "date_time": _date, "model": _model, "quantity": _quantity,
    "count": _count, "membership": _membership, "hotline": _hotline, "code": _code, "place": _place, "cue_word": _cue_word,
}

NEAR_TEMPLATES: dict[str, list[str]] = {
    "order": ["订单：{~order}", "单号{~order}退货申请", "@客服 {~order} 这单退款到哪了", "麻烦看下 {~order}", "我有两个订单，{~order}和{~order}"],
    "tracking": ["京东物流{~tracking}", "快递{~tracking}显示已签收但我没收到", "物流 {~tracking}", "跨越速运{~tracking}到哪了"],
    "amount": ["实付{~amount}", "价格{~amount}含税吗", "{~amount}，包邮吗", "退我{~amount}就行"],
    "date_time": ["{~date_time}发的货", "营业时间{~date_time}", "{~date_time}那单", "预计{~date_time}送达"],
    "model": ["{~model}的屏幕坏了", "买的是{~model}", "{~model}有没有保护壳"],
    "quantity": ["再来{~quantity}", "{~quantity}够不够", "一共{~quantity}"],
    "count": ["{~count}问了", "这是{~count}了", "今天是{~count}"],
    "membership": ["{~membership} 积分清零了", "{~membership}"],
    "hotline": ["投诉电话{~hotline}", "打{~hotline}没人接", "{~hotline}查询"],
    "code": ["{~code}", "您的{~code}，请勿泄露", "给个{~code}"],
    "place": ["{~place}有货吗", "我在{~place}", "{~place}能退吗"],
    "cue_word": ["{~cue_word}能用吗", "用的{~cue_word}", "{~cue_word}里找不到"],
}

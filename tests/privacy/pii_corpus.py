"""A labelled synthetic PII corpus in Chinese customer-service phrasing.

Built by the tests (and by ``bench/pii.py``), never stored. Each sentence is
made of pieces; pieces that are personal data carry their kind, so the
spans are exact. Near-misses (order, tracking and message ids, dates,
amounts, hotlines, verification codes, place names that are not postal
addresses, numbers that fail a check digit) are written the same way
without a label.

Everything here is invented: names come from common surnames and given
names, numbers are random (ID and card numbers get valid check digits).
"""

from __future__ import annotations

import random
from typing import Any

import pandas as pd

KINDS = ("mobile", "landline", "qq", "wechat", "plate", "id_card", "bank_card", "email", "address", "name")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国志强晓东海燕雪梅子涵一鸣思远浩然欣怡雨桐梓轩宇航佳琪俊杰"

_MOBILE_PREFIX = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "170", "171", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "197", "198", "199",
]
_AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
_AREA4 = ["0755", "0571", "0512", "0731", "0591", "0871", "0311", "0531", "0532", "0371", "0769", "0757", "0574", "0898"]
_REGIONS = ["110101", "110105", "310104", "310115", "440305", "440106", "330106", "510104", "420106", "320102",
            "370102", "610113", "500103", "350203", "430104", "120101", "210102", "230103", "450103", "530102"]
_CARD_PREFIX = ["622202", "622848", "621700", "621226", "622588", "622260", "621483", "622700", "625965",
                "436742", "439225", "518710", "524094", "356833", "628288", "955880"]
_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com", "outlook.com",
                  "hotmail.com", "yeah.net", "139.com", "example.com.cn", "yunduo-tech.cn"]
_PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
           "xiaoming", "lily", "tom", "jack", "amy", "happy", "sunny", "tiantian", "lele", "dudu"]
_PROVINCES = [("广东省", ["深圳市", "广州市", "东莞市", "佛山市"], ["南山区", "福田区", "天河区", "宝安区", "龙岗区", "南城区"]),
              ("浙江省", ["杭州市", "宁波市", "温州市"], ["西湖区", "滨江区", "余杭区", "鄞州区", "鹿城区"]),
              ("江苏省", ["南京市", "苏州市", "无锡市"], ["玄武区", "工业园区", "姑苏区", "梁溪区", "昆山市"]),
              ("四川省", ["成都市", "绵阳市"], ["武侯区", "高新区", "锦江区", "涪城区"]),
              ("湖北省", ["武汉市", "宜昌市"], ["洪山区", "江汉区", "武昌区", "西陵区"]),
              ("山东省", ["济南市", "青岛市"], ["历下区", "市南区", "黄岛区", "崂山区"]),
              ("河南省", ["郑州市", "洛阳市"], ["金水区", "二七区", "涧西区", "中牟县"]),
              ("福建省", ["厦门市", "福州市"], ["思明区", "湖里区", "鼓楼区", "闽侯县"])]
_MUNICIPAL = [("北京市", ["朝阳区", "海淀区", "东城区", "丰台区", "昌平区"]), ("上海市", ["浦东新区", "徐汇区", "静安区", "闵行区"]),
              ("天津市", ["和平区", "南开区", "滨海新区"]), ("重庆市", ["渝中区", "江北区", "渝北区"])]
_TOWNS = ["", "", "", "西乡街道", "粤海街道", "望京街道", "张江镇", "城关镇", "石岩街道"]
_ROADS = ["科技园路", "中山路", "人民路", "建设大道", "解放大街", "文三路", "学院路", "滨海大道", "长江路", "深南大道",
          "淮海中路", "南京西路", "新华街", "光明巷", "幸福里", "体育西路", "高新南七道", "东湖路", "金桥路", "花园街"]
_ESTATES = ["", "", "阳光花园", "万科城", "碧桂园", "华润中心", "锦绣家园", "翠苑小区", "世纪大厦", "金地公寓", "绿城桂花园",
            "幸福新村", "龙湖天街", "保利广场", "融创府", "软件园"]


def _digits_str(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _id_check(body: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * x for c, x in zip(body, w, strict=True)) % 11]


_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class Gen:
    """Random pieces of personal data and near-misses."""

    def __init__(self, r: random.Random, staff: list[str]) -> None:
        self.r = r
        self.staff = staff

    # ---- personal data -------------------------------------------------
    def mobile(self) -> str:
        r = self.r
        n = r.choice(_MOBILE_PREFIX) + _digits_str(r, 8)
        style = r.random()
        if style < 0.45:
            s = n
        elif style < 0.6:
            s = f"{n[:3]} {n[3:7]} {n[7:]}"
        elif style < 0.72:
            s = f"{n[:3]}-{n[3:7]}-{n[7:]}"
        elif style < 0.8:
            s = "+86 " + n if r.random() < 0.5 else "+86-" + n
        elif style < 0.86:
            s = "+86 " + f"{n[:3]} {n[3:7]} {n[7:]}"
        elif style < 0.9:
            s = "86-" + n if r.random() < 0.5 else "0086 " + n
        elif style < 0.95:
            s = f"{n[:4]} {n[4:7]} {n[7:]}"
        else:
            s = n.translate(_FULLWIDTH)
        return s

    def landline(self) -> str:
        r = self.r
        if r.random() < 0.5:
            area, local = r.choice(_AREA3), r.choice("2345678") + _digits_str(r, 7)
        else:
            area = r.choice(_AREA4)
            local = r.choice("2345678") + _digits_str(r, 7 if r.random() < 0.7 else 6)
        style = r.random()
        if style < 0.45:
            s = f"{area}-{local}"
        elif style < 0.6:
            s = f"({area}){local}" if r.random() < 0.5 else f"（{area}）{local}"
        elif style < 0.72:
            s = f"{area} {local}"
        elif style < 0.82:
            s = f"{area}{local}"
        else:
            s = f"{area}-{local[:4]}-{local[4:]}" if r.random() < 0.3 else f"{area}-{local}"
        if r.random() < 0.2:
            s += r.choice(["-", "转", " 转", "-"]) .strip() + _digits_str(r, r.choice([3, 4]))
        return s

    def id_card(self) -> str:
        r = self.r
        region = r.choice(_REGIONS)
        y = r.randint(1950, 2006)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        if r.random() < 0.05:  # old 15-digit form
            return f"{region}{y % 100:02d}{m:02d}{d:02d}{_digits_str(r, 3)}"
        body = f"{region}{y}{m:02d}{d:02d}{_digits_str(r, 3)}"
        s = body + _id_check(body)
        if s.endswith("X") and r.random() < 0.3:
            s = s[:-1] + "x"
        if r.random() < 0.1:
            s = f"{s[:6]} {s[6:14]} {s[14:]}"
        return s

    def bank_card(self) -> str:
        r = self.r
        prefix = r.choice(_CARD_PREFIX)
        length = r.choice([16, 16, 19, 19, 18, 17])
        body = prefix + _digits_str(r, length - len(prefix) - 1)
        n = body + _luhn_digit(body)
        style = r.random()
        if style < 0.5:
            return n
        sep = " " if style < 0.85 else "-"
        return sep.join(n[i : i + 4] for i in range(0, len(n), 4))

    def email(self) -> str:
        r = self.r
        if r.random() < 0.3:
            user = str(r.randint(10000, 3999999999))
        else:
            user = r.choice(_PINYIN) + r.choice(["", ".", "_", ""]) + (r.choice(_PINYIN) if r.random() < 0.4 else "") + (str(r.randint(1, 2026)) if r.random() < 0.6 else "")
        s = f"{user}@{r.choice(_EMAIL_DOMAINS)}"
        return s.upper() if r.random() < 0.05 else s

    def address(self) -> str:
        r = self.r
        if r.random() < 0.3:
            city, districts = r.choice(_MUNICIPAL)
            head = city + r.choice(districts)
        else:
            prov, cities, districts = r.choice(_PROVINCES)
            style = r.random()
            if style < 0.5:
                head = prov + r.choice(cities) + r.choice(districts)
            elif style < 0.8:
                head = r.choice(cities) + r.choice(districts)
            else:
                head = r.choice(districts) if r.random() < 0.5 else prov + r.choice(cities)
        head += r.choice(_TOWNS)
        estate = r.choice(_ESTATES)
        unit = ""
        style = r.random()
        if style < 0.35:
            unit = f"{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 8):02d}室"
        elif style < 0.55:
            unit = f"{r.randint(1, 20)}号楼{r.randint(101, 2808)}"
        elif style < 0.7:
            unit = f"{r.choice('ABCD')}座{r.randint(5, 40)}楼"
        elif style < 0.85:
            unit = f"{r.randint(101, 3208)}室"
        if estate and r.random() < 0.3 and unit:
            return head + estate + unit  # estate + building, no road
        return head + r.choice(_ROADS) + f"{r.randint(1, 999)}号" + estate + unit

    def name(self) -> str:
        return self.r.choice(self.staff)

    def qq(self) -> str:
        return str(self.r.randint(10000, 3999999999))

    def wechat(self) -> str:
        r = self.r
        # A WeChat id: a letter, then 5-19 letters, digits, ``_`` or ``-``.
        return (r.choice(_PINYIN) + r.choice(["_", "", "-"]) + r.choice(_PINYIN) + str(r.randint(1, 99999)))[:20]

    def plate(self) -> str:
        r = self.r
        tail = _digits_str(r, 5)
        if r.random() < 0.4:
            i = r.randrange(5)
            tail = tail[:i] + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + tail[i + 1 :]
        return r.choice("京沪粤浙苏川鄂湘鲁豫闽皖") + r.choice("ABCDEFGHJKLMN") + r.choice(["", "·"]) + tail

    # ---- near-misses ---------------------------------------------------
    def order_no(self) -> str:
        r = self.r
        style = r.random()
        if style < 0.5:
            return f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits_str(r, r.choice([9, 10, 11, 12]))
        if style < 0.8:
            return r.choice("1234") + _digits_str(r, r.choice([17, 18]))
        return "4200" + _digits_str(r, 24)  # WeChat Pay transaction id

    def tracking_no(self) -> str:
        r = self.r
        return r.choice([
            lambda: "SF" + _digits_str(r, 13),
            lambda: "JT" + _digits_str(r, 13),
            lambda: "YT" + _digits_str(r, 13),
            lambda: "JD" + _digits_str(r, 13),
            lambda: "75" + _digits_str(r, 12),
            lambda: "7" + _digits_str(r, 12),
            lambda: "43" + _digits_str(r, 11),
            lambda: "EA" + _digits_str(r, 9) + "CN",
        ])()

    def date(self) -> str:
        r = self.r
        y, m, d = 2026, r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}", f"{m}月{d}号",
                         f"{y}/{m:02d}/{d:02d} {r.randint(8, 22)}:{r.randint(0, 59):02d}", f"{m}.{d}"])

    def amount(self) -> str:
        r = self.r
        return r.choice([f"¥{r.randint(19, 9999)}.00", f"{r.randint(100, 99999)}元", f"{r.randint(1, 9)},{r.randint(100, 999)}元",
                         f"{r.randint(1, 50)}.{r.randint(1, 9)}万", f"{r.randint(1, 999)}块"])

    def msgid(self) -> str:
        r = self.r
        return f"{_digits_str(r, 19)}_{r.randint(1782000000000, 1790000000000)}_external"

    def bad_card(self) -> str:
        """16-19 digits with a card prefix that fail the Luhn check."""
        r = self.r
        body = r.choice(_CARD_PREFIX) + _digits_str(r, r.choice([9, 12]))
        good = _luhn_digit(body)
        return body + str((int(good) + r.randint(1, 9)) % 10)

    def bad_id(self) -> str:
        """18 digits shaped like an ID number with a wrong check digit."""
        r = self.r
        body = f"{r.choice(_REGIONS)}{r.randint(1950, 2006)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits_str(r, 3)}"
        good = _id_check(body)
        return body + r.choice([c for c in "0123456789" if c != good])

    def luhn_order(self) -> str:
        """16-19 digits with a card prefix that pass the Luhn check (only a label tells them apart)."""
        r = self.r
        body = r.choice(_CARD_PREFIX) + _digits_str(r, r.choice([9, 12]))
        return body + _luhn_digit(body)

    def id_order(self) -> str:
        """18 digits with a valid ID check digit (only a label tells them apart)."""
        r = self.r
        body = f"{r.choice(_REGIONS)}{r.randint(1950, 2006)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_digits_str(r, 3)}"
        return body + _id_check(body)

    def mobile_like(self) -> str:
        return self.r.choice(_MOBILE_PREFIX) + _digits_str(self.r, 8)

    def timestamp(self) -> str:
        return str(self.r.randint(1782000000000, 1790000000000))

    def hotline(self) -> str:
        r = self.r
        return r.choice([f"400-{_digits_str(r, 3)}-{_digits_str(r, 4)}", f"400{_digits_str(r, 7)}", "95588", "10086",
                         f"800-{_digits_str(r, 3)}-{_digits_str(r, 4)}", "12315"])

    def code(self) -> str:
        return _digits_str(self.r, self.r.choice([4, 6]))


# Templates: {kind} slots are personal data, {~kind} slots are near-misses.
TEMPLATES: dict[str, list[str]] = {
    "mobile": [
        "我的手机号是{mobile}，有问题打我电话", "联系电话{mobile}", "麻烦快递员到了打{mobile}", "收件人手机：{mobile}",
        "你们换货的时候联系我 {mobile} 谢谢", "电话 {mobile}，下午都在家", "手机{mobile}，订单号{~order}",
        "{mobile}", "号码改成{mobile}了，原来那个不用了", "您好，这是我老公的手机{mobile}，白天找他",
        "帮我改下收货电话：{mobile}", "微信同号{mobile}", "我手机{mobile}，{~date}下的单",
    ],
    "landline": [
        "公司座机{landline}，工作日可以打", "发票寄到公司，电话{landline}", "打我们前台{landline}就行",
        "单位电话：{landline}", "固话{landline}，上班时间有人接", "门店电话{landline}，{~amount}的那款还有吗",
        "你们售后{~hotline}打不通，我留个座机{landline}",
    ],
    "id_card": [
        "身份证号{id_card}，开发票要用", "实名认证要身份证吗？我的是{id_card}", "报销需要，身份证：{id_card}",
        "这是我的身份证号码 {id_card}", "{id_card} 这个是我身份证，麻烦登记一下保修",
        "买保险的时候填的身份证{id_card}，订单{~order}",
    ],
    "bank_card": [
        "退款退到这张卡吧：{bank_card}", "银行卡号{bank_card}，开户行招商银行", "卡号 {bank_card} 户名就是我",
        "退款打到{bank_card}，工行的", "我换了张卡{bank_card}，以后扣款用这张", "付款那张卡是{bank_card}，扣了{~amount}",
    ],
    "qq": [
        "加我QQ{qq}，发文件", "我的qq号是{qq}", "扣扣{qq}，截图发我", "企鹅号：{qq}", "Q号{qq}，方便远程",
    ],
    "wechat": [
        "加我微信{wechat}", "微信号：{wechat}，拉我进群", "vx {wechat} 发视频", "我的wx是{wechat}", "加v：{wechat}",
    ],
    "plate": [
        "车牌{plate}，停在B2", "我的车是{plate}", "车牌号：{plate}，ETC扣费不对", "{plate}的车主请挪车",
    ],
    "email": [
        "发票发到邮箱{email}", "电子发票请发{email}，谢谢", "我的邮箱：{email}", "资料发我邮箱吧 {email}",
        "{email} 这个是我的邮箱，说明书发一份", "邮箱{email}收不到验证邮件，验证码{~code}",
    ],
    "address": [
        "收货地址：{address}", "寄到{address}", "地址改成{address}吧", "麻烦送到{address}，放门口就行",
        "我家在{address}，能上门安装吗", "换货寄回地址是{address}吗？", "新地址{address}，收件人还是我",
        "{address}，这个地址能送吗？", "发票邮寄到{address}",
    ],
    "name": [
        "@{name} 你好，我的退款怎么样了", "找一下{name}，之前是他帮我处理的", "{name}经理说可以退的",
        "谢谢{name}老师的耐心解答", "之前跟{name}沟通过，她说给我换新", "我是{name}的客户，麻烦转一下",
    ],
    "mixed": [
        "收件人{name}，电话{mobile}，地址{address}", "手机{mobile}，邮箱{email}", "退款卡号{bank_card}，身份证{id_card}",
        "联系人：{name} {mobile}", "电话{mobile}或者座机{landline}都可以", "地址{address}，手机{mobile}，订单号{~order}",
        "发票抬头个人，邮箱{email}，手机{mobile}",
    ],
    "near_miss": [
        "订单号{~order}，什么时候发货", "我的单号{~order}怎么还没到", "快递单号{~tracking}，麻烦查一下",
        "{~tracking} 这个物流三天没动了", "{~date}下的单，{~amount}，还没发货", "退款{~amount}什么时候到账",
        "消息id {~msgid} 是撤回的那条", "验证码{~code}输进去提示错误", "订单{~order}申请退款{~amount}",
        "客服电话{~hotline}一直占线", "运单号：{~tracking}", "我在上海，{~date}能送到吗", "北京时间{~date}开始活动吗",
        "广东省内包邮吗", "发到杭州市区要几天", "人民路店有现货吗", "3号线地铁站旁边那家店还开吗", "{~date}到货，{~amount}",
        "交易单号{~order}", "这张卡号不对吗{~badcard}", "订单编号{~badid}", "单号{~badcard}，帮我看看",
        "流水号{~badid}", "{~order}", "{~date}", "型号X3-2026，编号{~order}", "保修2年，{~date}买的", "15号楼下的快递柜能放吗",
        "{~amount}，{~date}，订单{~order}", "8月15号之前能到吗", "尾号{~code}的那张卡", "工单号{~order}处理到哪一步了",
        "物流单号{~tracking}，{~date}发出", "12月1号以后还能退吗", "我买了3台，每台{~amount}",
        "订单号{~luhnorder}", "订单号：{~idorder}", "运单号{~mobilelike}查不到", "工单编号 {~luhnorder}，请跟进",
        "交易号{~idorder}退款了吗", "{~badcard}", "{~timestamp}", "时间戳{~timestamp}", "我在上海市浦东新区，能送吗",
        "上海市浦东新区的门店几点关门", "寄到深圳还是广州？", "北京市朝阳区有售后网点吗", "价格¥{~code}.00",
        "流水号{~luhnorder}的那笔", "SN码{~idorder}", "券码{~code}{~code}",
    ],
}


def make_pii_corpus(n: int = 4000, *, random_state: int = 0, n_staff: int = 40) -> tuple[pd.DataFrame, list[str]]:
    """``n`` labelled sentences and the staff names they may mention.

    Returns
    -------
    (pandas.DataFrame, list of str)
        ``text`` and ``entities`` (a list of ``(kind, start, end)``), plus the
        staff directory names.
    """
    r = random.Random(random_state)
    staff: list[str] = []
    while len(staff) < n_staff:
        nm = r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))
        if nm not in staff:
            staff.append(nm)
    g = Gen(r, staff)
    near = {"~order": g.order_no, "~tracking": g.tracking_no, "~date": g.date, "~amount": g.amount, "~msgid": g.msgid,
            "~badcard": g.bad_card, "~badid": g.bad_id, "~hotline": g.hotline, "~code": g.code,
            "~luhnorder": g.luhn_order, "~idorder": g.id_order, "~mobilelike": g.mobile_like, "~timestamp": g.timestamp}
    pii = {"mobile": g.mobile, "landline": g.landline, "id_card": g.id_card, "bank_card": g.bank_card,
           "email": g.email, "address": g.address, "name": g.name, "qq": g.qq, "wechat": g.wechat, "plate": g.plate}
    groups = list(TEMPLATES)
    weights = [{"mobile": 1.2, "address": 1.2, "mixed": 1.0, "near_miss": 2.6}.get(k, 0.8) for k in groups]
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        tpl = r.choice(TEMPLATES[r.choices(groups, weights)[0]])
        text, ents = "", []
        pos = 0
        while pos < len(tpl):
            a = tpl.find("{", pos)
            if a < 0:
                text += tpl[pos:]
                break
            b = tpl.index("}", a)
            text += tpl[pos:a]
            slot = tpl[a + 1 : b]
            value = near[slot]() if slot.startswith("~") else pii[slot]()
            if not slot.startswith("~"):
                ents.append((slot, len(text), len(text) + len(value)))
            text += value
            pos = b + 1
        rows.append({"text": text, "entities": ents})
    return pd.DataFrame(rows), staff

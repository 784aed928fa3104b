"""Addresses in Chinese chat text (private to :mod:`toolkit.privacy.mask`, through :mod:`._patterns`).

A chain of components (province, city / district, town, road, estate or
building name; house number, building, unit, floor, room), masked when a place
comes first and a house-level part after it. An estate name without a suffix
(``春江花月``) counts right before a building number. With no house number, a
chain of three or more places still names a home when it reaches a village
(``…猫场镇新华村``) or an estate below a town (``…城关镇恒大绿洲``); one that stops
at a district or town does not (``杭州市西湖区``).

Every finder takes the folded text (see :data:`._patterns.FOLD`) and returns
``(kind, start, end)`` tuples.
"""

from __future__ import annotations

import re

Find = tuple[str, int, int]

# --------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"
_PROVINCE_NAMES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_NUMZH = "一二三四五六七八九十百零〇两幺"
_PROV = (
    r"(?:" + "|".join(_PROVINCE_NAMES) + r")"
    r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区"
    r"|(?![路街巷道里区村镇乡屯]))"  # 北京路, 上海街: roads named after a province; 河北区 (Tianjin), 河南村: no province
)


def _cjk_except(exclude: str) -> str:
    """The CJK range without the characters of ``exclude``, as ranges for a
    character class (a class is much faster than a lookahead per character)."""
    out, lo = [], 0x4E00
    for c in sorted(set(map(ord, exclude))):
        if lo <= c - 1:
            out.append(f"{chr(lo)}-{chr(c - 1)}" if lo < c - 1 else chr(lo))
        lo = c + 1
    out.append(f"{chr(lo)}-\u9fff")
    return "".join(out)


# A part's name may not hold the suffix of a broader part (an estate name
# holds no 区, a road name no 市): otherwise ``送到湖北宜昌西陵区学院`` would
# read as one estate name, hiding the district and the road after it.
def _name(extra: str, exclude: str, n: int) -> str:
    return r"[" + _cjk_except(exclude) + extra + r"]{1," + str(n) + r"}?"


_ADMIN = (_name("", "省路街巷", 8) + r"(?:自治州|自治县|自治旗|地区|市(?!场|广场|花园|中心|路|街|大道|巷)|州(?![" + _CJK + r"])|盟|区(?![域间别块])(?<![低高病]区)(?<![^" + _CJK + r"]中区)(?<!^中区)|县|旗(?![路街巷道]))"
          # 红旗路, 红旗街: a road named after a banner's suffix
          )
# (``南村镇`` is a town: 村 there is inside its name)
# (嘎查 and 苏木 are Inner Mongolia's villages and townships)
# (镇 and 乡 inside a city's or county's name are no town: ``宁乡市``, ``安乡县``; towns are read before districts, so
# a district's name does not swallow the town after it: ``南湖区大桥镇翠苑一区``)
# (街 inside a village's name: ``西街村``)
# (县 inside a town's name: ``旧县镇``)
# (市, 路 or 巷 inside a town's or village's short name, after one character: ``柳市镇``, ``新市镇``, ``宋市村``, ``横路村``,
# ``陆巷村``; a city's or road's name has two or more: ``苏州市镇湖街道`` is a city)
_TOWN = r"(?:" + _name("", "省市区县路巷", 3) + r"县(?:镇|乡)(?![市县区])|[" + _cjk_except("省市区县路巷镇乡村") + r"][市路巷](?:镇(?![市县区路街道])|乡(?![市县区路街道])|村(?![镇乡口]|村(?!民)|大[厦街楼道]|广场|软件园|科技园))|市?" + _name("", "省市区县路巷", 8) + r"(?:街道|镇(?![市县区路街道])|乡(?![市县区路街道])|苏木|嘎查|(?:村委会|居委会|村委)(?:斜对面|旁边|对面|附近|隔壁|后面)?|村(?![镇乡]|村(?!民)|大[厦街楼道]|广场|软件园|科技园)|屯(?![镇乡村])|组(?=[0-9]{1,4}号)))"
# A road's name may start with 市 (``番禺区市桥街``: a city never comes after its district, and a city
# before a road is read as a city first).
_ROAD = (
    # (市 inside the name too, not first: ``闵行区都市路``; a city before a road is read as a city first)
    r"[市县]?" + _name("0-9A-Za-z", "省市区县", 1) + _name("0-9A-Za-z", "省区县", 9).replace("{1,9}?", "{0,9}?")
    + r"(?:大道|大街|路|街|巷|弄|胡同|(?<![知难味频通这那哪管渠轨跑赛车])道(?![街路])|(?<![这那哪家心夜群手屋间公英])里(?![路街巷道]|中心|广场|大厦|花园|公寓|小区)|"
    # Beijing's numbered lanes (``东四六条``, ``西四北三条``)
    r"(?:(?<=[东西南北桥四门][一二三四五六七八九十头])|(?<=[东西南北桥四门][一二三四五六七八九十头]{2}))条)"
    r"(?:[东西南北中]?[" + _NUMZH + r"0-9]{1,3}段|[东西南北中]段|[东西南北中](?=[0-9 ]))?"
)
_ESTATE_SUFFIX = (
    r"(?:小区|花园|大厦|公寓|广场|中心|家园|新村|新城|天街|公馆|华庭|华府|山庄|名苑|雅苑|花苑|"
    r"大院|宿舍|苑|园|城|府|庭|湾|邸|居|阁|坊|院|墅|大楼|写字楼|商务楼|园区|社区|小镇|国际|时代|大学|学院|学校|医院|"
    r"交大|师大|工大|科大|农大|医大|财大|理工|"
    r"公司|酒店|宾馆|基地|厂|商城|商厦|市场|本部|校区|分校|厂区|院区|SOHO|soho)"
)
# Several suffixes in a row belong to one name: ``华星时代广场``, ``科技园区``.
# A named block of a hospital, school or office park only after its name (``…医院门诊楼5楼``;
# ``预约门诊楼4楼C区`` is no address).
_BLOCK = r"(?:门诊楼|住院楼|急诊楼|医技楼|外科楼|内科楼|综合楼|行政楼|教学楼|实验楼|科研楼|办公楼|图书馆)"
# A work unit's compound may start with 县 / 市 / 区 (``县人民医院老宿舍``, ``市一中家属院``).
# (a number inside a name, not first and two characters on: ``阳光100国际新城``; not ``这套2居室``)
_ESTATE = (r"(?:[县市区](?=[" + _CJK + r"]{2}))?[" + _cjk_except("省区县镇乡路街巷") + "A-Za-z](?:[" + _cjk_except("省区县镇乡路街巷")
           + r"A-Za-z]|[0-9]{2,4}(?=[" + _CJK + r"]{2})){0,11}?") + _ESTATE_SUFFIX + "(?:" + _ESTATE_SUFFIX + "|" + _BLOCK + ")*"
# A house number in numerals as said (``一百零一号``, ``一百四十八号院``).
_N = r"(?:[0-9]{1,5}|[" + _NUMZH + r"千]{1,8})"
#: Kinds of building written after a house number (``7号宿舍楼``, ``3号厂房``).
_BUILDING_TYPE = r"(?:宿舍楼|宿舍|教学楼|办公楼|写字楼|商务楼|综合楼|实验楼|公寓楼|住院楼|门诊楼|厂房|车间|仓库|库(?!存)|仓(?![储位])|院|楼|馆|房间|房)"
# ``76号附1号``: a sub-number after the house number.
# (no courtroom: ``…法院3号法庭``)
_HOUSE = _N + r"(?:[-之][0-9]{1,4})?[ ]?号(?![线店]|门(?![口前外])|法庭|审判庭)(?:附[0-9" + _NUMZH + r"]{1,3}号?|之[0-9]{1,3}(?![0-9]))?" + _BUILDING_TYPE + "?"
#: ``#`` after a building number: ``12#楼``, ``12#1502``, ``12#-3-1502``,
#: ``18#1-1001``, ``27#5单元``, ``2#4门``.
_HASH = (
    r"#(?:楼|(?=[0-9]{3,4}(?![0-9#*])|-[0-9]{1,2}-[0-9]|[0-9]{1,2}-[0-9]{3,4}(?![0-9])|"
    r"[ ]?[0-9" + _NUMZH + r"]{1,2}[ ]?(?:单元|门|梯|楼|层)))"
)
_BLDG = (
    r"(?:第[0-9" + _NUMZH + r"]{1,3}(?:村民小组|村民组|小组|生产队|组|队)|村民小?[0-9" + _NUMZH + r"]{1,3}组|"
    r"[东西南北中]?病区|住院部|门诊部|急诊部|"
    # a side room of a courtyard house (``…66号东厢房1号``)
    r"[东西南北](?:厢房|正房|耳房|屋)(?:[0-9" + _NUMZH + r"]{1,3}号?)?|"
    # a tower named by its side (``海岸城东座27层``)
    r"[东西南北中]座(?=[ ]?[0-9一二三四五六七八九十]{1,3}[ ]?(?:层|楼|F)|[ ]?[0-9]{3,4}(?![0-9]))|"
    # the flat on a landing, after its floor (``…5楼东户``, ``3楼西边``)
    r"(?<=[楼层])(?:[东西南北中](?:户|边户|边|门)|[东西]单元)|"
    # a tower of an office complex, a block or a floor and room after it (``SOHO T2 B座1506``, ``塔2 16楼``)
    r"(?:T|塔)[0-9]{1,2}(?=[ ]{0,2}(?:[A-Z]座|[0-9]{1,3}[ ]?(?:层|楼|F)|[0-9]{3,4}(?![0-9])))|"
    # (``甲8号楼``, ``负一楼``, ``R2-B栋``)
    r"[东西南北中甲乙丙丁负]?(?:[0-9]{1,5}|[A-Za-z]{1,2}[0-9]{0,3}(?:-[A-Za-z](?=[栋幢座]))?|[" + _NUMZH + r"]{1,4})[ ]?"
    r"(?:" + _HASH + r"|栋|幢|座|塔|号楼|单元|楼|层|室(?![0-9一二三四五六七八九两]厅|户(?![口籍]))|房间|房(?![0-9一二三四五六七八九两]厅|[东主客源租产贷型价款])|户|期|区|排|弄|组|队|社|委|梯|宿舍|寝室|舍|床|档(?!案|次|期)|门(?![口店市卫诊票])|(?<=[0-9])F(?![A-Za-z]{2})))"
)
_BARE = (
    # (no K: ``K601+800``, ``K184`` are a highway's kilometre markers)
    # (no hotline: ``公积金中心400 610 1006``, ``…中心95555``)
    r"(?!(?:400|800)(?:[ -]?[0-9]){7}(?![0-9])|9[56][0-9]{3}(?![0-9]))"
    # (no date: a year, a month and a day, ``…3单元2024-12-11至…``, ``住院2025.08.04``)
    r"(?!(?:19|20)[0-9]{2}(?:-[01]?[0-9]-|\.[01]?[0-9]\.|/[01]?[0-9]/)[0-3]?[0-9](?![0-9]))"
    r"-?(?:[A-JL-Za-jl-z]?[0-9]{1,3}(?:-[0-9]{1,4}){1,2}|[A-JL-Za-jl-z]?[0-9]{3,5}(?![ ][0-9]{4}[ ][0-9]{4}[ ][0-9]{3})|[A-JL-Za-jl-z][0-9]{2}|[0-9]{1,2}-[A-Za-z][0-9]{3,4})"
    # (no courtroom, a public place: ``…人民法院201法庭``)
    # (a room before 年检 or 年审, a car's annual inspection: ``…2栋1407年检``; a year before it is no room, see _tokens)
    r"(?![0-9A-Za-z月日号元块个件台次天米点分秒时岁斤%多余省届级万人户位栋幢座层室巷弄套/]|年(?![检审])|楼(?![下上])|名(?!下)|公[里斤分]|英[里尺寸]|法庭|审判庭)"
    # A room number in Chinese numerals (``三单元八零三``).
    # (洞 for 0 and 幺 for 1, as numbers are read out: ``幺四洞二``)
    r"|[零〇一二三四五六七八九幺洞]{3,4}(?![零〇一二三四五六七八九幺洞十百千万两个号栋幢座楼层室年月日天次])"
)
# An estate named without a suffix (``春江花月``, ``蓝色康桥``) only right
# before a building number (``3栋``, ``5号楼``, ``12#``); no function words in it.
# 第 may sit inside a name (``书香门第``), not first (``第3栋``); nor 家 after a person (``我家御景天成…``).
_NAMED_BODY = ("(?!(?<=[我你他她们])家)[" + _cjk_except("到至是在址寄送往住给把改为的了我您你他她们去请帮就还也要想问吗呢吧啊哦嗯呀这那哪或第每共买卖有个几多少和及与约") + "]"
               # (和 inside a name, not first: ``荣和山水美地``, ``万和城``)
               # (在 after 自 and 的 after 美 inside it: ``金地自在城``, ``美的云筑``)
               # (capitals inside it, between characters: ``蓝光COCO金沙``)
               "(?:[" + _cjk_except("到至是在址寄送往住给把改为的了我您你他她们去请帮就还也要想问吗呢吧啊哦嗯呀这那哪或每共买卖有个几多少及与约") + "]|(?<=自)在|(?<=美)的"
               "|(?<=[\u4e00-\u9fff])[A-Z]{2,6}(?=[\u4e00-\u9fff])){1,5}")
_NAMED = (
    # A name may end in digits, a space before the building (``阳光100 27栋2502``).
    # Or in a number and 号, its building right after (``龙华区香蜜湖1号9栋1203室``).
    _NAMED_BODY + r"(?:[0-9]{2,4}(?=[ ]{1,2}[0-9]{1,3}[ ]?(?:栋|幢|号楼))|[0-9]{1,3}号(?=[0-9]{1,3}[ ]?(?:栋|幢|号楼)))?(?=[ ]?(?:[0-9" + _NUMZH + r"]{1,4}期(?:[ ]{1,2}|,[ ]?)?)?[0-9" + _NUMZH + r"]{1,5}[ ]?"
    # 座 only with a room number after it (``绿地新都会23座705``): ``18座`` alone is a count of seats.
    r"(?:栋|幢|(?<=[0-9])座(?=[0-9]{3,4}(?![0-9])|[0-9]{1,2}单元)|号楼|" + _HASH + r")"
    # or a lettered block with a room number (``恒大名都E座702房``), a lettered building (``锦绣江南E栋``)
    r"|[ ]?[A-Z]座[0-9]{3,4}(?![0-9])|[ ]?[A-Z][ ]?(?:栋|幢)|[ ]?[A-Z]座[ ]?[0-9]{1,3}[ ]?(?:层|楼|F)"
    # or a lettered zone and a floor or a building (``金融港B区38层``, ``星河丹堤A区4栋``)
    r"|[A-Z]区[ ]?[0-9]{1,3}[ ]?(?:层|楼|F|栋|幢|号楼))"
)
# The same right after a house number, before ``building-unit-room``
# (``…号恒大名都2-2-467``); not elsewhere (``取件码3-9-2272``).
# Such names may end in digits (``阳光100``).
# Or an office building, park or tower named after its house number, before its floor or room
# (``…666号西溪谷26层2602``, ``…736号凯德星贸2010``, ``东方之门 1809室``).
_NAMED_AFTER_HOUSE = (_NAMED_BODY.replace("{1,5}", "{1,6}") + r"(?:[A-Z]{2,8}(?=[0-9]{1,3}[ ]?(?:层|楼|F)))?(?:[0-9]{0,4}(?=[0-9]{1,2}-[0-9]{1,2}-[0-9]{3,4}(?![0-9]))"
                      # (not a label's number: ``邮编``, ``尾号``, ``管理费1399.86``; no rent: ``…227号月租450``)
                      r"|(?<![码号费期价编约位尾账租供])(?<!时间)(?<![押定订租]金)(?=[ ]?[0-9]{1,3}[ ]?(?:层|楼|F(?![A-Za-z]))"
                      r"|[ ]?[0-9]{3,4}(?:室|房)?(?![0-9A-Za-z年月日号元.\-])"
                      # (a lettered zone and its building, ``…1536号中海寰宇天下B区5栋``; a villa's number, ``…574号九龙仓兰廷91号``)
                      r"|[A-Z]区[0-9]{1,3}(?:栋|幢|号楼)|[0-9]{1,4}号(?![0-9\u4e00-\u9fff])))")
# And after a district, town or road, a space before (``开福区书香门第 3-5-2001``); never first
# (``提货码25-5-7913``).
_NAMED_AFTER_PLACE = _NAMED_BODY + r"(?=[ ]{1,2}[0-9]{1,2}-[0-9]{1,2}-[0-9]{3,4}(?![0-9]))"
# Or glued to ``building-unit-room`` anywhere (``海信麦岛金岸15-3-404``, ``…区星河丹堤12-3-1505``): a name
# that is not a code's label (``取件码13-1-7231``, ``货柜3-2-1023``, ``座位号…``, ``日期26-3-15``).
# (a phase of the estate may end its name: ``金科集美东方三期18-2-3204``; not ``日期``, ``分期``)
_NAMED_TRIPLE = (_NAMED_BODY.replace("{1,5}", "{1,7}") + r"(?<![码号架柜格位箱库间寸价率分秒裹件货递站巢])(?<![^0-9" + _NUMZH + r"]期)"
                 r"(?=[ ]?[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9-]))")
#: Big cities written without 市, a space before the district (``南昌 红谷滩区``).
_CITY_NAMES = (
    "北京 上海 天津 重庆 南昌 合肥 郑州 武汉 长沙 成都 西安 兰州 银川 西宁 乌鲁木齐 拉萨 昆明 贵阳 南宁 广州 深圳 东莞 佛山 "
    "珠海 惠州 汕头 厦门 福州 泉州 杭州 宁波 温州 绍兴 嘉兴 金华 台州 湖州 南京 苏州 无锡 常州 南通 徐州 扬州 镇江 盐城 "
    "济南 青岛 烟台 潍坊 临沂 淄博 济宁 石家庄 唐山 保定 邯郸 廊坊 太原 大同 呼和浩特 包头 沈阳 大连 长春 哈尔滨 大庆 "
    "海口 三亚 洛阳 开封 新乡 南阳 宜昌 襄阳 岳阳 株洲 湘潭 衡阳 常德 绵阳 宜宾 南充 桂林 柳州 遵义 芜湖 蚌埠 安庆 赣州 九江 上饶"
).split()
_CITY = r"(?:" + "|".join(sorted(_CITY_NAMES, key=len, reverse=True)) + r")(?=[ ]{1,2}[" + _CJK + r"]{1,6}?[区县])"
#: A zone between a city and a town in a shop's spaced region line (``东莞市 松山湖 五里墩街道``).
_ZONE = r"[" + _CJK + r"]{2,4}(?=[ ]{1,2}[" + _CJK + r"]{1,6}?(?:街道|镇|乡))"
#: A tower named in capitals after an estate, road or district, then its floor or block (``珠江新城IFC 35楼``,
#: ``国贸CBD 2座``).
_TOWER = r"[A-Z]{2,6}(?=[ ]?(?:[0-9]{1,3}[ ]?(?:层|楼|F)|T[0-9]|[A-Z0-9]座))"
#: A flat as floor and letter after a building (``12栋20A``, ``7栋10D``), as Guangdong writes it.
_FLAT = r"[0-9]{1,2}[A-HJ-NP-Z](?![A-Za-z0-9])"
#: A logistics park named after its port, before its building (``…411号传化公路港12号楼``, ``青白江铁路港B栋``,
#: ``郑州国际陆港4号楼``): 路 inside it is no road's.
_PORT = (r"[" + _cjk_except("到至是在址寄送往住给把改为的了我您你他她们去请帮就还也要想问吗呢吧啊哦嗯呀这那哪或省市区县镇乡路街巷村")
         + r"]{0,6}?(?:公路港|铁路港|物流港|陆港|空港)(?=[ ]?(?:[0-9A-Z" + _NUMZH + r"]{1,4}[ ]?(?:号楼|栋|幢|座|#|号库|号仓)))")
#: A hamlet named after its village, before its house number (``…胥岭村新塘5号``, ``…青溪村上山57号``).
_HAMLET = r"[" + _cjk_except("省市区县镇乡村路街巷号栋的了是在") + r"]{1,3}(?=[0-9" + _NUMZH + r"]{1,4}号)"
_PARTS = (("city", _CITY), ("prov", _PROV), ("house", _HOUSE), ("bldg", _BLDG), ("bare", _BARE), ("port", _PORT), ("town", _TOWN),
          ("admin", _ADMIN), ("road", _ROAD), ("estate", _ESTATE), ("named", _NAMED), ("named_triple", _NAMED_TRIPLE), ("named_dash", _NAMED_AFTER_HOUSE),
          ("named_place", _NAMED_AFTER_PLACE), ("zone", _ZONE), ("flat", _FLAT), ("tower", _TOWER), ("hamlet", _HAMLET))


def _compile(parts: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of one part over ``parts``, and of a part that may start an address.

    Where an address starts is searched with the second; its parts are then read one by one with the first
    (:func:`_tokens`). Searching for the whole chain of parts instead would read to the end of a long text of
    parts at every start: quadratic on a hostile text (30,000 characters of ``…15-3-404，`` took 8 s).
    """
    token = re.compile("|".join(f"(?P<{k}>{p})" for k, p in parts))
    first = re.compile("|".join(p for k, p in parts if k not in ("bare", "named_dash", "named_place", "zone", "flat", "tower", "hamlet")))
    return token, first


#: Between parts: nothing, one or two spaces, or a comma (or 、 or 。, as a voice recogniser puts them).
#: (a line break too: an address wrapped over two lines of one message).
_PART_SEP = re.compile(r"[ ]?/[ ]?|[ ]{0,2}\n[ ]{0,2}|[ ]{1,2}|[,、.][ ]?")
# A name glued to ``building-unit-room`` is looked for only where such a number is (it slows every text else).
_TOKEN, _START = _compile(tuple(p for p in _PARTS if p[0] != "named_triple"))
_TOKEN_T, _START_T = _compile(_PARTS)
_TRIPLE_HINT = re.compile(r"[0-9]-[0-9]{1,2}-[0-9]{3}")
_YEAR_LIKE = re.compile(r"(?:19[5-9]|20[0-4])[0-9][" + _CJK + r"]")
_PLACES = frozenset({"city", "prov", "admin", "town", "road", "estate"})
_FINE = frozenset({"house", "bldg", "bare"})
#: Every address holds a house-level part: a number, numeral or letter before
#: 号 / 栋 / 单元 / 室 ..., or a room number of 3+ digits.
_FINE_HINT = re.compile(
    r"[0-9A-Za-z" + _NUMZH + r"][ ]?(?:[-之][0-9]{1,4})?[ ]?[号栋幢座单楼层室房户期区排弄组队社床Ff#门梯舍]|[0-9]{3}|第.{1,4}组"
)
#: Every address holds a place: the last character of the suffix of a
#: province, city, district, town, road or estate (省, 区, 路, 园, 厦 ...), or a
#: building number after an estate named without one (栋, 幢, 楼, #).
_PLACE_HINT = re.compile(
    "["
    + "".join(sorted({w[-1] for w in _ESTATE_SUFFIX[3:-1].split("|") if not w.isascii()} | set("省市区县旗州盟镇乡村屯路街道巷弄里同栋幢楼#条查木")))
    + "]|SOHO|soho"
)
# The first component may start inside the words before it (``寄到杭州市``):
# the address starts after the last of these words before the first suffix.
_SUFFIX = re.compile("[省市区县旗州盟镇乡村路街道巷弄里段园苑城府庭湾厦寓院心场楼条查]")
# (想 after a person or an adverb: ``我想寄到…``; inside a name it stays: ``梦想小镇``)
# (成 as in ``改成``, not at the end of a name before its building: ``御景天成21-3-704``)
# (在 after 自 and 的 after 美 are inside a name: ``金地自在城``, ``美的云筑``, the developer Midea's estates)
_LEAD = re.compile("[到至是址寄送往住给把改为了我您你他她们去请帮就还也要问吗呢吧啊哦嗯呀这哪或从:,，\n]|(?<!自)在|(?<!美)的"
                   "|(?<=[我你他她们还就也很不])想|成(?![都华]|$)|地点|(?<=[址填])写")
# A province name with its suffix (``广东省``, ``北京市``): ``中山东路`` and
# ``天河北路`` hold 山东 and 河北 without being in those provinces.
_PROVINCE_IN = re.compile("(?:" + "|".join(_PROVINCE_NAMES) + ")(?:省|市|自治区|壮族|回族|维吾尔)")


def _address_start(s: str) -> int:
    # (a suffix ends a name, so not first: ``场馆地址是北京市…`` holds its lead words after 场)
    first = _SUFFIX.search(s, 1)
    head = s[: first.start()] if first else s
    cut = 0
    for m in _LEAD.finditer(head):
        cut = m.end()
    prov = _PROVINCE_IN.search(head, cut)
    if prov:
        cut = prov.start()
    return cut


_ESTATE_RE = re.compile(_ESTATE)
_HAMLET_RE = re.compile(_HAMLET)
_ROAD_RE = re.compile(_ROAD)
#: A verb before a building number in a notice, read as an estate's name (``电梯困人了快来8栋``, ``反映1号楼1单元…``).
_VERB_AS_NAME = re.compile("(?<!未)(?:来|去)$|反映|反馈|投诉|报修|检修|维修|通知|联系|咨询|提醒")
_NAMED_DASH_RE = re.compile(_NAMED_AFTER_HOUSE)
#: Districts named in numerals only.
_NUMERAL_DISTRICTS = ("二七区",)
#: A zone of an estate: a numeral or letter before 区 (``翠苑一区``, ``A区``), at the end of the part.
_ESTATE_ZONE = re.compile(r"[0-9A-Za-z" + _NUMZH + r"]区$")
#: Or a side of it right after its name (``和谐家园南区``; ``渝北区`` is a district).
_SIDE_ZONE = re.compile(r"[东西南北中]区$")
#: ``building-unit-room`` after an estate, even after a comma (``中海国际社区，10-5-1602``).
_BLDG_UNIT_ROOM = re.compile(r"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}")
#: A part that ends with the room (``2806室``, ``1102``, ``13-4-1301``).
_ROOM_END = re.compile(r"(?:室|房|[0-9]{3,4})$")


_MAX_PARTS = 24


def _tokens(t: str, pos: int, end: int, token_re: re.Pattern[str] = _TOKEN) -> list[tuple[str, int, int]]:
    """Address parts from ``pos``, each ``(kind, start, end)``.

    A bare room number, a zone or a phase only after an estate, building,
    house number or road; an estate named without a suffix only first or
    after a place or house number."""
    tokens: list[tuple[str, int, int]] = []
    sep_comma = False
    # (no address has more parts: a cap keeps a hostile text of parts, ``大桥镇大桥镇…``, linear, as every start
    # may read again from the part after it)
    while pos < end and len(tokens) < _MAX_PARTS:
        m = token_re.match(t, pos)
        if m is None or m.end() > end:
            break
        kind = m.lastgroup or ""
        if kind in ("town", "admin") and tokens and tokens[-1][0] == "house" and not sep_comma:
            named = _NAMED_DASH_RE.match(t, pos)
            if named is not None and named.end() > m.end() and named.end() <= end:
                m, kind = named, "named_dash"  # (``…184号陈村花卉世界2楼…``: no village 陈村 there)
        if (kind == "named_dash" and tokens and tokens[-1][0] == "town" and t[tokens[-1][2] - 1] in "村屯"
                and tokens[-1][2] == m.start() and (hamlet := _HAMLET_RE.match(t, m.start())) is not None):
            m, kind = hamlet, "hamlet"  # (a hamlet after its village, read first as a name after a house number)
        if kind == "named_dash" and not (tokens and tokens[-1][0] == "house" and not sep_comma):
            break  # (right after the house number: after a comma, ``…33号，手机尾号2139`` is no building)
        if kind == "named_place" and not (tokens and tokens[-1][0] in ("admin", "town", "road", "prov")):
            break
        if kind == "port":
            kind = "estate"
        if kind == "bare" and tokens and tokens[-1][0] in ("admin", "town", "prov", "city"):
            road = _ROAD_RE.match(t, m.start())
            if road is not None and road.end() > m.end() and road.end() <= end:
                m, kind = road, "road"  # a road named by its number after a district (``管城回族区107辅道530号``)
        if (kind == "bldg" and t[m.end() - 1] == "户" and tokens and t[m.start() - 1] == " "
                and (t[tokens[-1][2] - 1] == "室" or tokens[-1][0] == "bare")):
            break  # a count of households after the room (``…14栋1904室 4户`` in a sign-up list)
        if kind == "hamlet":
            if not (tokens and tokens[-1][0] == "town" and t[tokens[-1][2] - 1] in "村屯" and tokens[-1][2] == m.start()):
                break
            kind = "estate"
        if kind == "flat":
            if not (tokens and tokens[-1][0] == "bldg" and tokens[-1][2] == m.start()):
                break
            kind = "bare"
        if kind == "tower":
            if not (tokens and tokens[-1][0] in ("estate", "road", "house", "admin")):
                break
            kind = "estate"
        if kind == "zone":
            if not (tokens and tokens[-1][0] in ("admin", "prov", "city") and t[m.start() - 1] == " "):
                break
            kind = "admin"
        if kind == "named" and tokens and tokens[-1][0] == "estate" and tokens[-1][2] == m.start():
            # One name read as an estate and a name (``天府`` + ``长岛22幢``): one estate.
            tokens[-1] = ("estate", tokens[-1][1], m.end())
            pos, sep_comma = _past_separator(t, m.end())
            continue
        if (tokens and kind in ("admin", "town", "road", "estate") and (lead := _address_start(t[m.start() : m.end()]))
                and (t[m.start() - 1] in ",，、" or _ANOTHER_ADDRESS.search(t, m.start(), m.start() + lead))):
            # words before a place start another address (``我在杭州，具体地址是重庆市…``); with no comma only
            # words that say so (``国家会展中心具体地址是广州市…``; not 从 or 至 inside a name: ``乐从镇``, ``至善村``)
            break
        if kind in ("named", "named_triple") and _MENTION.search(t, max(0, m.start() - 13), m.start() + 1):
            break  # an @mention's nickname, not an estate's name (``@物业管家 3-3-7039``)
        if kind == "named" and _VERB_AS_NAME.search(t, m.start(), m.end()):
            break  # a notice's verb, no estate's name (``快来8栋``, ``反映5栋电梯异响``)
        if kind in ("named", "named_dash", "named_place", "named_triple"):
            # (a phase or block of an estate too: ``碧桂园凤凰台3-1-602``)
            if tokens and tokens[-1][0] not in ("road", "house", "admin", "town", "prov") and not (
                    kind == "named_triple" and tokens[-1][0] == "estate"):
                break
            kind = "estate"
        if kind == "admin" and t.endswith(("小区", "社区", "园区", "校区"), m.start(), m.end()):
            kind = "estate"
        if (kind == "admin" and (_ESTATE_ZONE.search(t, m.start(), m.end()) or _SIDE_ZONE.search(t, m.start(), m.end()))
                and _ESTATE_RE.fullmatch(t, m.start(), m.end() - 2) is not None):
            kind = "estate"  # an estate and its zone (``和谐家园南区``), not a district
        if kind == "admin" and not tokens and m.end() - m.start() == 2 and t[m.start()] in "东西南北中":
            break  # a side zone first (``东区32号库``, a warehouse's), no district
        if kind == "admin" and _BLDG_UNIT_ROOM.match(t, m.end()):
            kind = "estate"  # an estate named with 区, building-unit-room glued after it (``前埔南区14-4-2101``)
        if kind == "bldg" and not tokens and t.startswith(_NUMERAL_DISTRICTS, m.start()):
            kind = "admin"  # ``二七区`` is a district of Zhengzhou, not a zone
        if (kind == "admin" and tokens and tokens[-1][0] in ("house", "road", "estate", "bldg")
                and (_ESTATE_ZONE.search(t, m.start(), m.end()) or (m.end() - m.start() == 2 and _SIDE_ZONE.search(t, m.start(), m.end()))
                     # no district comes after a house number (``白岩路42号江南新区9-1-203``)
                     # (but in one written room first, the district comes after: ``902室 D座 万科城 香山路807号 丰台区``)
                     or (tokens[-1][0] == "house" and not sep_comma and t[m.end() - 1] == "区" and tokens[0][0] != "bldg"))):
            # A numbered "district" after a house number is a zone of an estate (``895号,翠苑一区``).
            kind = "estate"
        prev = tokens[-1][0] if tokens else ""
        if kind == "bare" or (kind == "bldg" and t[m.end() - 1] in "区期"):
            # A bare room number, a zone or a phase (``2区``, ``二期``) only
            # after an estate, road, building or house number; ``二七区``
            # after a city is a district.
            if prev not in ("estate", "town", "bldg", "house", "road"):
                if kind == "bldg" and t[m.end() - 1] == "区" and prev in ("prov", "admin"):
                    kind = "admin"
                else:
                    break
            # A year after a name (``…大学2014级``) is no room number.
            if kind == "bare" and prev not in ("bldg", "house") and _YEAR_LIKE.match(t, m.start()):
                break
        if kind == "bare" and t.startswith("年", m.end()) and _YEAR_LIKE.fullmatch(t, max(m.start(), m.end() - 4), m.end() + 1):
            break  # a year before 年检 (``…大学2023年检查``), no room
        dashed_room = kind == "bare" and prev == "estate" and _BLDG_UNIT_ROOM.fullmatch(t, m.start(), m.end()) is not None
        if (kind == "bldg" and t[m.end() - 1] in "楼层" and tokens and _ROOM_END.search(t, tokens[-1][1], tokens[-1][2])
                and t[tokens[-1][2] : m.start()].strip()):
            break  # ``…2806室，15楼没电梯``: the floor said again after the room, not another part
        # (a room read out after its unit, a recogniser's comma between: ``…十五栋四单元，幺四洞二``)
        voice_room = kind == "bare" and prev == "bldg" and t[m.start()] in "零〇一二三四五六七八九幺洞" and t[tokens[-1][2] - 1] in "元栋幢"
        if sep_comma and ((kind == "bare" and not dashed_room and not voice_room)
                          or (kind == "house" and (prev not in ("estate", "road", "bldg", "house")
                                                   or _WHEN_AFTER.match(t, m.end()) is not None))):
            # After a comma, a bare number is as often a count or a code, and
            # a house number after a city a date (``上海,28号到了杭州``).
            break
        if sep_comma and kind in ("house", "bldg") and (t[m.end() - 1] in "馆门" or _VENUE_AFTER.match(t, m.end())):
            break  # a venue's hall or gate after a comma (``…西翠路1号，3号检票口``, ``…1200号，4号馆``, ``…，东5门检票``)
        part_end = m.end()
        if kind == "estate" and (tail := _ESTATE_TAIL.match(t, part_end)) is not None and tail.end() < end:
            part_end = tail.end()  # the rest of a name its suffix did not end (``建业贰号城`` + ``邦``, ``中海城`` + ``南一号``)
        if kind in ("estate", "road") and (block := _BLOCK_AFTER.match(t, part_end)) is not None and block.end() <= end:
            # a block of it named after a zone (``…大学西区`` + ``宿舍``), a mall's tower (``龙湖星海天街`` + ``写字楼``)
            part_end = block.end()
            kind = "estate"
        tokens.append((kind, m.start(), part_end))
        pos, sep_comma = _past_separator(t, part_end)
    return tokens


#: An @mention running up to a place: a member's nickname there (``@团长 1-6-9336``).
_MENTION = re.compile(r"@[^\s@,，:：]{0,12}$")
#: A building of an estate, glued after it (``西区宿舍``, ``天街写字楼``).
_BLOCK_AFTER = re.compile("宿舍楼?|公寓楼?|写字楼|办公楼|教学楼|大楼|商务楼")
#: The rest of an estate's name after a suffix inside it, right before its building number (``建业贰号城邦2栋``,
#: ``中海城南一号19-3-2903``).
_ESTATE_TAIL = re.compile(
    "[" + _cjk_except("到至是在址寄送往住给把改为的了我您你他她们去请帮就还也要想问吗呢吧啊哦嗯呀这那哪或第每共买卖有个几多少和及与省市区县镇乡路街巷栋幢楼层室单元")
    + r"]{1,3}(?=[0-9]{1,4}[ ]?(?:栋|幢|号楼|#)|[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9]))"
)


#: Words that start another address inside a part that is read as a place (``…中心具体地址是广州市``).
_ANOTHER_ADDRESS = re.compile("地址|住址|地点|位置|是|在")
#: Words after a venue's numbered gate or hall (``3号检票口``, ``2号入口``).
_VENUE_AFTER = re.compile("检票|检录|入场|进场|安检|入口|出口|看台|展厅|展位")
#: Words after a day of the month (``…4层，11号晚上要用``): a date after a comma, not a house number.
_WHEN_AFTER = re.compile("晚上|早上|上午|下午|中午|白天|傍晚|前|之前|以前|以后|左右|那天|当天|到货|送到|送|发货|要用|有空|在家")


def _past_separator(t: str, pos: int) -> tuple[int, bool]:
    """Where the next part may start after ``pos``, and whether a comma-like separator (, 、 / 。) came between."""
    sep = _PART_SEP.match(t, pos)
    return (sep.end(), t[pos] in ",、/.") if sep is not None else (pos, False)


#: Words that announce an address: a building and room alone after them is one (``地址 10幢1单元1802房``).
_ADDRESS_CUE = re.compile(r"(?:地址|住址|address|寄到|寄往|送到|送往|送货到|发到|发货到|邮到|住在|上门)[ ]?[:：]?[ ]?$", re.IGNORECASE)
_UNIT_OR_ROOM = re.compile("单元|室|房|号$|[0-9]{3,4}$|[零〇一二三四五六七八九幺洞]{3,4}$")
#: Between two address finds, a short name the parts could not read (``…811号[美的]君兰江山5栋…``).
_NAME_GAP = re.compile("[A-Za-z" + _CJK + "]{1,6}")


#: A house, building or room number with letters an OCR read for digits (``25O4室``, ``1S栋``, ``l6号楼``).
_OCR_NUMBER = re.compile(r"(?<![A-Za-z])(?=[0-9OoIlSB]*[0-9])(?=[0-9]*[OoIlSB])[0-9OoIlSB]{2,5}(?=[ ]?(?:号|栋|幢|座|单元|楼|层|室))")
#: Letters an OCR reads for digits, and the digits (``_patterns.ocr_digits`` uses the same table).
OCR_DIGIT = str.maketrans("OoIlZzSB", "00112258")


def addresses(t: str) -> list[Find]:
    if any(c in "OoIlSB" for c in t):
        t = _OCR_NUMBER.sub(lambda m: m.group().translate(OCR_DIGIT), t)
    found = _addresses(t)
    merged: list[Find] = []
    for f in sorted(found, key=lambda f: f[1]):
        if merged and _NAME_GAP.fullmatch(t, merged[-1][2], f[1]) and f[1] > merged[-1][2]:
            merged[-1] = ("address", merged[-1][1], max(merged[-1][2], f[2]))
        else:
            merged.append(f)
    return merged


#: Below a town (镇, 乡, 街道): a name up to where the words about it start (``…城关镇恒大绿洲楼下``).
_NAME_BELOW_TOWN = re.compile(
    _NAMED_BODY.replace("{1,5}", "{1,5}?")
    + r"(?=楼下|楼上|门口|大门|[东西南北]门|附近|旁边|对面|里面|这边|那边|快递柜|驿站|菜鸟|丰巢|[ ,，.。!！?？~～;；、)）\]】]|$)"
)
_TOWN_HINT = re.compile("[镇乡村屯]|街道")


def _below_town(t: str, tokens: list[tuple[str, int, int]]) -> int:
    """End of an address with no house number that still names a home:
    three or more places down to a village (``…大方县猫场镇新华村``) or to an
    estate below a town (``…西湖区城关镇恒大绿洲``); 0 if none. A chain that
    stops at a district or a town (``杭州市西湖区``) is no one's address."""
    kinds = [k for k, _, _ in tokens]
    towns = [i for i, k in enumerate(kinds) if k == "town"]
    if not towns or sum(k in _PLACES for k in kinds) < 3 or kinds[-1] not in ("town", "estate"):
        return 0
    last_kind, last_end = kinds[-1], tokens[-1][2]
    if last_kind == "town" and t[last_end - 1] in "村屯":
        return last_end
    if last_kind == "estate" and towns[-1] < len(kinds) - 1:
        return last_end
    if last_kind == "town" and t[last_end - 1] in "镇乡道":
        name = _NAME_BELOW_TOWN.match(t, last_end)
        if name and len(name.group()) >= 2:
            return name.end()
    return 0


#: An estate named without a suffix, then ``building-unit-room``, right after an address word
#: (``上门取件地址融创滨江壹号19-3-701``, ``出险地点恒大绿洲4-1-2904``).
_CUED_NAMED_ROOM = re.compile(
    r"(?:地址|住址|地点|位置|寄到|送到|住在|上门)[ ]?(?:是|在|为)?[ ]?[:：]?[ ]?"
    # (or building-room: ``地址荣和山水美地10-502``)
    r"(" + _NAMED_BODY + r"[0-9]{0,4}?[ ]?[0-9]{1,3}-(?:[0-9]{1,2}-[0-9]{3,4}|[0-9]{3,4}))(?![0-9-])"
)


#: A region on its own line after a form label, as shops copy it (``收件地区：湖北省 武汉市 洪山区``).
_REGION_LABEL = re.compile(r"(?:收件|收货|所在|配送)地区[ ]?:[ ]?|省市区[ ]?:[ ]?")
#: An address in English or pinyin: a room or building, a number and a road, a district or a city, in either order.
_EN_WORD = r"(?:[A-Z][A-Za-z]*\.?|[0-9]{1,3}(?:st|nd|rd|th))"
_EN_ROAD = r"(?:Road|Rd\.?|Street|St\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Lu|Jie|Dadao|Hutong)"
_EN_PLACE = r"(?:District|Dist\.?|County|City|Province|Town|Qu|Xian|Area|Community|Village|Estate|Gardens?|Residence)"
_EN_UNIT = r"(?:Rm\.?|Room|Unit|Flat|Apt\.?|Bldg\.?|Building|Block|Blk\.?|Tower|Floor|Fl\.?|No\.?)"
_EN_PART = (r"(?:" + _EN_UNIT + r"[ ]?[0-9]{1,5}(?![0-9])[A-Za-z]?|[0-9]{1,5}(?![0-9])[A-Za-z]?[ ]?" + _EN_UNIT + r"?|"
            + r"(?:" + _EN_WORD + r"[ ]){0,3}" + _EN_ROAD + r"|(?:" + _EN_WORD + r"[ ]){1,3}" + _EN_PLACE + r"|" + _EN_WORD + r")")
# Not from inside a number (``…-7297 Room 604``: the end of a phone number is no house number).
_EN_ADDRESS = re.compile(r"(?<![0-9\-.])" + _EN_PART + r"(?:[ ]?,?[ ]?" + _EN_PART + r"){3,14}")
_EN_NEEDS = (re.compile(_EN_ROAD + r"\b"), re.compile(r"[0-9]"), re.compile(r"(?:" + _EN_PLACE + r"|" + _EN_UNIT + r")\b"))


#: An overseas address as written abroad: a unit, a house number, a street in capitals ending in its kind, and one to
#: three places after commas (``#6-05, 264 Clementi Road, Singapore``, ``Unit 38, 138 Anzac Parade, Kensington, Sydney``,
#: ``Apt 5B, 12 W 112th St, New York``); not prose or a product's name (``Road to Success``, ``Apple Store``).
_EN_STREET_KIND = (r"(?:Road|Rd|Street|St|Avenue|Ave|Parade|Drive|Dr|Lane|Ln|Way|Crescent|Cres|Place|Pl|Terrace|Tce"
                   r"|Close|Boulevard|Blvd)\.?")
#: Words that start a sentence after a comma, no place (``…5 Main St, Then we left``).
_EN_NOT_PLACE = r"(?:Then|And|But|So|The|This|That|It|I|We|You|He|She|They|Thanks|Thank|Please|Hi|Hello|OK|Ok|Yes|No)"
_EN_ABROAD = re.compile(
    r"(?<![0-9A-Za-z#\-.])(?:(?:#[0-9]{1,2}-[0-9]{1,4}|(?:Unit|Flat|Apt|Apartment|Suite|Room|Rm)\.?[ ]?[0-9]{1,4}[A-Z]?)[ ]?,?[ ]?)?"
    r"[0-9]{1,5}[A-Z]?[ ](?:(?:[A-Z][a-z]*|[0-9]{1,3}(?:st|nd|rd|th))[ ]){1,3}" + _EN_STREET_KIND
    + r"(?:[ ]?,[ ]?(?!" + _EN_NOT_PLACE + r"\b)[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,2}(?:[ ][0-9]{4,6})?){1,3}(?![A-Za-z])"
)


def _english_addresses(t: str) -> list[Find]:
    out: list[Find] = []
    for m in _EN_ADDRESS.finditer(t):
        span = m.group()
        if all(rx.search(span) for rx in _EN_NEEDS):
            out.append(("address", m.start(), m.end() - (len(span) - len(span.rstrip(" ,")))))
    out += [("address", *m.span()) for m in _EN_ABROAD.finditer(t)]
    return out


#: Words of a cemetery: its plots and rows are no one's home.
_GRAVE = re.compile("墓|坟|祭扫|落葬|安葬|骨灰|陵园")


def _addresses(t: str) -> list[Find]:
    out: list[Find] = [("address", *m.span(1)) for m in _CUED_NAMED_ROOM.finditer(t)]
    if any("A" <= c <= "Z" for c in t):
        out += _english_addresses(t)
    for m in _REGION_LABEL.finditer(t):
        region = []
        for kind, a, b in _tokens(t, m.end(), len(t)):
            if kind not in ("prov", "admin", "city"):
                break
            region.append((a, b))
        if len(region) >= 2:
            out.append(("address", region[0][0], region[-1][1]))
    triple = _TRIPLE_HINT.search(t) is not None  # an estate glued to building-unit-room needs no place word
    if not ((triple or _PLACE_HINT.search(t)) and (_FINE_HINT.search(t) or _TOWN_HINT.search(t))):
        return out
    token_re, start_re = (_TOKEN_T, _START_T) if triple else (_TOKEN, _START)
    grave = _GRAVE.search(t) is not None
    pos = 0
    while (chain := start_re.search(t, pos)) is not None:
        # Read the parts again from where the address starts (after the
        # words before it, or at a province name): the first part found by
        # the search may have swallowed words and misread the rest
        # (``地址改成福建厦门湖里区``).
        first_end = token_re.match(t, chain.start())
        start = chain.start() + _address_start(t[chain.start() : first_end.end() if first_end else chain.end()])
        tokens = _tokens(t, start, len(t), token_re)
        # Go on after the parts read, or after the chain's first character
        # when they stopped early (a chain may hide an address further on).
        pos = max(tokens[-1][2] if tokens else 0, chain.start() + 1)
        kinds = [k for k, _, _ in tokens]
        # A place first (a road, estate, district ...), then a house-level part.
        first = next((i for i, k in enumerate(kinds) if k in _PLACES), None)
        if first is None:
            # A building and a unit or room with no place, right after an address word.
            fine = [i for i, k in enumerate(kinds) if k in _FINE]
            # Or a building, a unit and a room with no word before (``30幢6单元1804室``).
            whole = len(fine) >= 3 and any(t.endswith("单元", tokens[i][1], tokens[i][2]) for i in fine)
            if (len(fine) >= 2 and fine[0] == 0
                    and (whole or _ADDRESS_CUE.search(t, max(0, tokens[0][1] - 12), tokens[0][1]))
                    and _UNIT_OR_ROOM.search(t, tokens[fine[-1]][1], tokens[fine[-1]][2])):
                out.append(("address", tokens[0][1], tokens[fine[-1]][2]))
                pos = max(pos, tokens[fine[-1]][2])
            continue
        if not any(k in _FINE for k in kinds[first:]):
            end = _below_town(t, tokens[first:])
            if end:
                out.append(("address", tokens[first][1], end))
                pos = max(pos, end)
            else:
                # Read again after the first part: a part may have swallowed
                # the start of the address (``18号下午5点送到湖里`` read as a road
                # hides ``湖里区滨江公寓B座…``).
                pos = max(tokens[0][2], chain.start() + 1)
            continue
        # The span ends after the last house-level part and up to two names
        # glued right after it (``中山路88号阳光花园``, ``…号龙湖天街``).
        last = max(i for i, k in enumerate(kinds) if k in _FINE)
        fine_ends = {t[b - 1] for k, a, b in tokens if k in _FINE}
        if fine_ends <= {"排", "号"} and "排" in fine_ends and not (
                set(kinds) & {"road", "town", "prov", "city"} or kinds.count("admin") >= 2
                or any(k == "admin" and t[b - 1] in "市县旗州盟" for k, _, b in tokens)):
            # A row and a seat (``松园5排17号``, ``影厅3排12号``, ``位置安区20排24号``): a seat or a plot, no one's home;
            # after a city or a district it is a market's stall (``长沙市开福区高桥大市场一区28排55号``).
            pos = max(pos, tokens[last][2])
            continue
        if fine_ends <= {"期", "区"} or (grave and not set(kinds) & {"road", "town", "prov", "city"}
                                        and kinds.count("admin") <= 1 and not _ROOM_END.search(t, max(0, tokens[last][2] - 6), tokens[last][2])
                                        ) or t.startswith("位", tokens[last][2]):
            # A phase alone is no house (``放市场二期那边``); a plot in a cemetery, a slot (``墓位思亲园3组27号位``,
            # ``迁到贵园D12-32``, ``…9组16号位``): no one's home (an address there has its road, city or room:
            # ``骨灰盒寄到西湖区锦绣家园3-6-1102``).
            pos = max(pos, tokens[last][2])
            continue
        if first >= 2 and kinds[0] == "bldg" and all(k in ("bldg", "house") for k in kinds[:first]):
            # Written the other way round, room first (``2902室,6单元,8号楼,万科城,青年路181号,渝北区,重庆市``):
            # the rooms before the first place and the districts and cities after the house belong to it.
            first = 0
            while last + 1 < len(kinds) and kinds[last + 1] in ("admin", "prov", "city"):
                last += 1
        # (not after a room: a hotel's or shop's name then, ``…1单元301室大理古城花间堂``, ``…4单元1602黄山北海宾馆``)
        room = (kinds[last] == "bldg" and t[tokens[last][2] - 1] == "室") or (kinds[last] == "bare" and last > 0 and kinds[last - 1] == "bldg")
        for _ in range(0 if room else 2):
            if last + 1 < len(kinds) and kinds[last + 1] in _PLACES - {"prov"} and tokens[last + 1][1] == tokens[last][2]:
                last += 1
        # Words before the first place that it swallowed (``8月18号送到朝阳区…``: not ``送到``).
        start = tokens[first][1]
        if first and kinds[first] in ("admin", "road", "estate"):
            start += _address_start(t[start : tokens[first][2]])
        out.append(("address", start, tokens[last][2]))
        pos = max(pos, tokens[last][2])
    return out

"""QQ numbers and WeChat ids, found after the words people write before or after them (private to
:mod:`toolkit.privacy.mask`, beside :mod:`._patterns`).

They have no format of their own, so every finder here reads a cue: ``QQ``, ``扣扣``, ``微信``, ``vx``, ``加我``,
``👉`` ...; a cue after the value (``…是我扣扣``); a question and its answer. Each takes the folded text and returns
``(kind, start, end)`` tuples.
"""

from __future__ import annotations

import re

from ._patterns import _AFTER_UNIT, _NUMERAL, _PLATE_PROVINCES, Find, _after_label

_GAP = r"(?:[ ]?(?:号码|账号|帐号|号|id|ID))?[ ]?(?:是|为|:|=|-)?[ ]?(?:是|为)?[ ]?:?[ ]?"
#: Words people write for QQ: QQ, q q, Q号, 扣扣, 抠抠, 球球, 企鹅, 扣 right before digits.
_QQ_WORD = r"(?:(?<![A-Za-z@])[Qq][ ]?[Qq](?![A-Za-z_]|\.[Cc][Oo][Mm])|(?<![A-Za-z])[Qq]币|(?<![A-Za-z])kou[ ]?kou(?![A-Za-z])|扣扣|抠抠|球球|秋秋|丘丘|企鹅|🐧)"
#: A few words between the cue and the number (``扣扣好，``, ``QQ邮箱前缀``,
#: ``企鹅就是这个``), in the same clause.
_QQ_GAP = r"[^0-9。！？!?;；\n群]{0,7}?"  # (not over 群: ``拉我进QQ群吧，我Q号…`` names the group, then the QQ)
_QQ = re.compile(
    r"(?:" + _QQ_WORD + _QQ_GAP + r"|(?<![A-Za-z])[Qq](?=[ ]?号|[ ]?:|我[ ]?:)" + _QQ_GAP + r"|(?<![分抵折预回])扣(?=[ ]?[1-9])|加[Qq]" + _QQ_GAP
    + r"|(?<![A-Za-z0-9" + _PLATE_PROVINCES + r"])[Qq](?=[ ]?[1-9](?:[ -]?[0-9]){5,11}(?![0-9]))"
    # ``有事Q我 381 824 2409`` (QQ me), ``你加下我q 64793``
    r"|(?<![A-Za-z])[Qq]我(?=[ ]?[1-9])|(?:(?<=[我你他她])|(?<=[我你他她]的))[Qq](?![A-Za-z])(?:是|号是|为|吧)?(?=[ ]?[1-9]))"
    r"[ ]?(?<![0-9])([1-9](?:[ -]?[0-9]){4,11})(?![0-9])"
)
#: The cue after the number: ``12345678（QQ）``, ``12345678qq``, ``…是我扣扣``.
_QQ_AFTER = re.compile(
    r"(?<![0-9A-Za-z_])([1-9](?:[ ]?[0-9]){4,11})[ ]?\n?"
    r"(?:[(\[【][ ]?(?:qq|QQ|Qq|q|Q|扣扣|企鹅)(?:登录|登陆|号)?[ ]?[)\]】]|(?:qq|QQ|Qq)(?![A-Za-z])|企鹅(?!号码?[是:为]?[ ]?[0-9])|"
    r"[,，][ ]?(?:qq|QQ)号|[ ]?扣扣(?![群币])|这个(?:qq|QQ|Qq)号?是我的|(?:这|这个)?(?:是|就是)我的?(?:qq|QQ|Qq|扣扣|企鹅|[qQ](?=[ ]?号)|[qQ](?![A-Za-z0-9]))|这个?(?:qq|QQ|Qq)号|"
    # ``52750298这个QQ加一下``, ``110839991是我儿子QQ``
    # ``256505665 是我们的售后qq``
    # ``909960036 这是店里的QQ``, ``2386279 这个扣扣是我侄女的``
    r"这个(?:qq|QQ|Qq)(?=[ ]?加)|(?:是|就是)(?:我|我们)(?:儿子|女儿|老公|老婆|爱人|爸爸?|妈妈?|孩子|家人|同事|朋友|的[\u4e00-\u9fff]{0,4}?)的?(?:qq|QQ|Qq|扣扣)"
    r"|(?:这|这个)是(?:店里|公司|我们店|我们公司|门店|前台|客服)的(?:qq|QQ|Qq|扣扣)|这个(?:qq|QQ|Qq|扣扣)号?是[\u4e00-\u9fff]{1,5}的"
    # ``5922782024 我QQ，晚上八点后在``
    r"|我的?(?:qq|QQ|Qq|扣扣)(?=[，,。 ]|$))(?![ ]?群)"
)
_WECHAT_CUE = (
    # (a lone 微 glued before an id, first: ``Q3115419514 微xiaofeng1415`` is no ``微x`` + ``iaofeng1415``)
    r"(?:(?<![\u4e00-\u9fff])微(?=[A-Za-z][-_A-Za-z0-9]{4,19}(?![-_A-Za-z0-9]))|微信号|微[ ]?信|威信|薇信|维信|徽信|微芯|微性|微新|微心|威心|卫星|绿泡泡|[微威薇维][xX]|加薇|加威|💬|🛰|(?<![A-Za-z])[vV]号|[微威薇维](?=[ ]?:)|(?<![A-Za-z])(?:wei[ ]?xin|Wei[ ]?[Xx]in|WEI[ ]?XIN)|"
    r"(?<![A-Za-z])(?:wechat|WeChat|Wechat|WECHAT)|"
    r"(?<![A-Za-z])(?:wx|WX|Wx|vx|VX|Vx|vX)(?:号)?|[vV]信|(?:加我?|加个|[+➕]我)[vV](?![A-Za-z])|(?<![A-Za-z0-9])[+➕][vV]|加微(?!信)|(?<![A-Za-z])[vV](?=:)|"
    r"[【\[（(][ ]?[vV][ ]?[】\]）)]|"
    r"手机同号|微信同号|(?<=[我加])个微(?=[ ]?:?[ ]?[A-Za-z])|[微威薇维卫](?:xin|Xin|XIN)(?![A-Za-z])|(?<=[的我])[vV](?=[ ]?(?:是|号))|"
    # A homophone with a decoration before the colon, typed to dodge filters: ``薇❤：``, ``V✨:``.
    r"(?<![A-Za-z])[薇威维卫微vV][ ]?(?:[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][ ]?){1,3}(?=[ ]?(?:吧[ ]?)?(?::|[A-Za-z])))"
)
#: Between a WeChat cue and the id: ``号``, ``是``, ``:``, ``—``, ``～``, ``丨``, a comma.
_WGAP = (r"(?:[ ]?(?:说吧|聊吧|吧|搜索一下|搜一下|搜索|搜|联系我|找我|加我|私聊我|联系|名叫|叫))?(?:[ ]?(?:号码|账号|帐号|号|id|ID|Id))?(?:[ ]?(?:已发|发你了?|给你|如下)(?=[ ]?[:：]))?[ ]?(?:是|为|:|=|-|_|—|～|~|丨|\||,|，)?[ ]?(?:我的(?=是))?(?:就是|也是|是|为)?[ ]?(?:号码|账号)?[ ]?:?[ ]?"
         # an emoji pointing at the id (``微信👉li_xiu_888👈``)
         r"(?:[👉👇➡→][ ]?)?[“\"'（(【\[「『《<]?[ ]?")
_WECHAT = re.compile(
    _WECHAT_CUE + _WGAP + r"((?:wxid_)?[A-Za-z][-_A-Za-z0-9]{5,19}(?:[ ]{1,2}[0-9]{3,8}(?![0-9A-Za-z]))?"
    # a short name and digits apart, to dodge filters (``nana 3927``)
    r"|[A-Za-z][A-Za-z_-]{2,8}[ ]{1,2}[0-9]{2,8}(?![0-9A-Za-z])"
    # one character at a time between dots (``j.i.a.j.i.a.3.5.1.3``)
    r"|[A-Za-z0-9](?:\.[A-Za-z0-9]){5,19}(?![.A-Za-z0-9])"
    # letters typed apart (``h a p p y 6 3 9``)
    r"|[A-Za-z](?:[ ][A-Za-z0-9]){5,19}(?![A-Za-z0-9])"
    r"|[1-9][0-9]{4,11})(?:(?![-_A-Za-z0-9])|(?=(?:QQ|qq|Qq)[ ]?:?[ ]?[1-9]))"  # or glued to the next cue (``lily_66QQ93…``)
)
#: ``搜 id 加我微信``: search for the id and add me.
_WECHAT_SEARCH = re.compile(r"(?:搜索?)[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})[ ]?(?:加我?|添加)的?(?:微信|vx|wx|v|V)")
#: The cue after the id: ``amy_0412 wx``, ``Jason-520(v)``, ``momo34【V】``,
#: ``…这个是薇信``, ``…是我vx``.
_WECHAT_AFTER = re.compile(
    r"(?<![-_A-Za-z0-9@.])([A-Za-z][-_A-Za-z0-9]{5,19})[ ]?"
    r"(?:[(\[【][ ]?(?:v|V|vx|VX|wx|WX|微信|薇信|威信)[ ]?[)\]】]|(?:wx|vx|WX|VX)(?![A-Za-z])|"
    r"(?:这个|这)?(?:是|就是)我?的?新?(?:私人|个人|工作)?(?:微信|薇信|威信|vx|wx|VX|WX|v|V)(?![A-Za-z])|"
    # ``用xiaoqiang_666这个微信加我``
    r"(?:这个|那个)(?:微信|vx|wx|VX|WX)号?(?![A-Za-z群])|[，,][ ]?加(?:我)?(?:微信|vx|wx|v)(?![A-Za-z])|"
    # a few words between (``doudou_995是我们门店的工作微信``)
    r"(?:这个|这)?(?:是|就是)[\u4e00-\u9fff]{1,8}?的(?:工作|私人|个人)?(?:微信|vx|wx)|"
    # the id, then its label (``hujun888 微信号，备注业主房号``)
    r"[ ]?(?:微信号|微信|vx号|wx号)(?=[，,。;；:：\n]|$))"
)
#: A lone v, a space and the id (``老板 v hu1977``, ``v QingLuo25 谢谢``).
_LONE_V = re.compile(r"(?:^|(?<=[\s,:，：]))[vV][ ]([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
#: An id typed one character at a time, the cue after (``d u d u 4 7 7 0 这是我微信``).
_WECHAT_SPACED_AFTER = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z](?:[ ][A-Za-z0-9]){5,19})[ ]?(?:这个|这)?(?:是|就是)我的?新?(?:微信|薇信|威信|vx|wx|VX|WX)"
)
#: The id asked back after a WeChat mention (``搜不到你微信，你再发一遍？是wanghuihong0212吗``).
_WECHAT_ASKED_BACK = re.compile(
    r"(?:微信|薇信|威信|vx|wx|VX|WX|v信)[^\n0-9A-Za-z]{0,14}?[?？,，][ ]?(?:是|就是)[ ]?"
    r"([A-Za-z][-_A-Za-z0-9]{5,19})(?=吗|嘛|吧|么|[?？])"
)
#: An id asked back after a failed search, no WeChat word (``是liuyuxuan1443吗？搜不到``).
_SEARCH_FAILED = re.compile(r"是[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})[ ]?(?:吗|嘛|么)[?？]?[ ,，]*(?:搜不到|加不上|搜不出来|查不到)")
#: Two labels and two values in their order (``QQ/微信：34358 / Tina_Xu95``, ``手机/微信: 138… / tom_88``):
#: the second value is the WeChat id.
_WECHAT_PAIRED = re.compile(
    r"(?:QQ|qq|Qq|手机|电话|tel|Tel)[ ]?/[ ]?(?:微信|vx|wx|VX|WX|v信)(?:号)?[ ]?:?[ ]?[0-9][0-9 -]{3,14}?[ ]?/[ ]?"
    r"([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@]|\.[A-Za-z0-9])"
)
#: A WeChat cue a clause before ``我的是 id`` (``我微信搜不到你，我的是maomao-1917``): an id with a lower-case
#: letter and a digit.
_WECHAT_FAR = re.compile(
    r"(?:微信|薇信|威信|vx|wx|VX|WX|v信)[^。！!\n0-9A-Za-z]{1,12}?(?:我的是|我的微信是|我的号是|我的id是|新的是?|新号是?|现在是|现在的是|改成|换成|(?<=[,，])号(?:是|码是?)?)[ ]?:?[ ]?"
    r"([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])"
)
#: The old id after the new one (``新微信huangleibuy580，旧的Vivian_shop83不用了``).
_WECHAT_OLD = re.compile(r"(?:旧的|原来的|之前的|以前的|老的|旧号|原来那个|之前那个|以前那个)(?:是|那个)?[ ]?:?[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
#: A handle a few words after a WeChat word, in the same sentence (``加微信发定位，zhangwei4570``, ``我把微信号发你
#: heping4736``, ``微信搜不到你啊，你发的wujun3803对吗``): only one with a lower-case letter and a digit or ``_``.
_WECHAT_NEAR = re.compile(
    r"(?:微信|薇信|威信|vx|wx|VX|WX|v信)[^\n0-9A-Za-z_\-。！？!?;；]{1,14}?"
    r"(?<![A-Za-z])([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@]|\.[A-Za-z0-9]|[ ]?[:：])"
)
#: A message that is only a handle, maybe after a filler word (``zhangwei_229``, ``嗯 chenjing1976～``): an id sent
#: on its own, as people send their WeChat id (only one with a lower-case letter and a digit or ``_``).
_LONE_HANDLE = re.compile(r"[ ]*(?:嗯+|好的|哦+|是|就是|这个|这是|姐|亲|收到|好滴|嗯呢)?[ ,，:：~～]*([A-Za-z][-_A-Za-z0-9]{5,19})"
                          # (a WeCom emoji code after it: ``CocoMeiYan65[玫瑰]``)
                          r"(?:[^0-9A-Za-z\u4e00-\u9fff@.#/]{0,4}|\[[\u4e00-\u9fff]{1,4}\])")
#: After an id pointed at: the hand pointing back or the words to add it (``👉Sunny-ahao👈 加这个``).
_POINTED = re.compile(r"[ ]?(?:👈|[,，]?[ ]?加(?:这个|我|一下))")
#: One's own id offered after a WeChat word, past another's (``加客服微信，是wxid_…吗？还是我把我的给你：Huangli89``).
_WECHAT_MINE = re.compile(r"(?:把)?我的(?:微信)?(?:给你|发你|发给你)[ ]?[:：]?[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
#: A message that starts with a handle, then whose it is (``xiaolu2255 这个是运营的 有事找他``).
_HANDLE_WHOSE = re.compile(r"([A-Za-z][-_A-Za-z0-9]{5,19})[ ]?(?:这个|这)(?:是|就是)[\u4e00-\u9fff]{1,6}的(?=[ ，,。!！~～]|$)")
#: A handle listed after a mobile, commas or slashes around it (``设计师小张，16647080822，Hanmei226，负责你们家的方案``,
#: ``就印这几个：13242012296 / jiajia520 / 白云区…``).
_HANDLE_AFTER_MOBILE = re.compile(
    r"(?:(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}|(?<![0-9" + _NUMERAL + r"])[幺一][三四五七八九][" + _NUMERAL + r"]{9})"
    r"[ ]?[，,/、][ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])(?=[ ]?(?:[，,。；;\n/、]|$))"
)
_MOBILE_START = re.compile("1[3-9]|[幺一][三四五七八九]")
#: A handle right before 加我 (``方便的话AmyMakeup94加我聊``): the id to add.
_HANDLE_ADD_ME = re.compile(r"(?<![-_A-Za-z0-9@.])([A-Za-z][-_A-Za-z0-9]{5,19})[ ]?加(?:我|下|一下)(?:聊|吧|一下|好友|呀|哦)?")
#: A handle after a word asking to add or find someone, with no WeChat word (``加我 zhangwei_1988``,
#: ``麻烦加一下这个 lucky2020xx``, ``私聊群主 wang_xiao_7``), or after an arrow pointing at it
#: (``👉lin_kiki53``). Only a handle with a lower-case letter and a digit or ``_`` in it (``加一个 type-c``
#: is a part, ``加个 vip888`` a plan: a person word comes after 加).
_ADD_HANDLE = re.compile(
    r"(?:(?<![追增附参叠外])加(?:(?:我|一下|下)(?:这个号?|她|他|的?(?:小号|大号|新号))?|这个(?:小号|大号|新号|号)?|她|他)(?:好友)?(?:吧)?|"
    # someone of mine (``加不上的话加我老公的maling2010``)
    r"(?<![追增附参叠外])加我(?:老公|老婆|爱人|先生|太太|媳妇|家人|妈妈|爸爸|女儿|儿子|孩子|同事|朋友|助理)的?|"
    r"添加(?:好友|我)|通过(?:一下)?(?:好友|验证)[ ]?[,，]?|发(?:截图|图片|照片|视频)?到|加了(?:你们|你)?(?:那个|这个)?|加不上(?:你|您)?的?|"
    r"(?:私聊|私信)(?:[^\nA-Za-z0-9，。！？,.!?:：]{0,4}?|我[ ]?[，,])|(?:^|(?<=[\s:：，,。.!！]))[👉➡][ ]?|"
    # a new account of mine (``新加的号 luo1969 老号被封了``)
    r"新加的(?:号|微信号?)?(?:是)?|"
    # an account to follow back (``求互关 kaixin9970💗``)
    r"(?:求|来)?(?:互关|互粉|回关)|"
    # 加 glued to the id (``搬家群里加jiudian66``)
    r"(?<![追增附参叠外])加(?=[A-Za-z]))"
    r"[ ]?[:：]?[ ]?"
    r"([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.]|[ ]?[:：])"
)
#: ``搜 id``, ``搜索 id``: a product more often than a person, unless the clause goes on to add
#: (``搜索 amy-0815 添加好友``).
_SEARCH_HANDLE = re.compile(
    r"搜索?(?:一下)?[ ]?[:：]?[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])[^\n，。！？,.!?]{0,6}?(?:加|添加|好友)"
)
#: A search to try, in a message about adding someone (``加不上啊，你搜liuchao1982试试``).
_SEARCH_TRY = re.compile(r"搜索?(?:一下)?[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])[ ]?(?:试试|试一下)")
_WXID = re.compile(r"(?:(?<![A-Za-z0-9_])|(?<=vx)|(?<=wx)|(?<=VX)|(?<=WX))wxid_[A-Za-z0-9]{6,24}(?![A-Za-z0-9_])")
#: Words after 微信 / wx that are not ids (products, versions, services).
_NOT_WECHAT_ID = re.compile(
    r"(?:iphone|ipad|android|harmony|windows|macbook|macos|version|online|update|upgrade|service|support|official|"
    r"account|payment|message|sticker|wechat|weixin|mini|program|whatsapp|telegram|facebook|skype|twitter|weibo|"
    r"alipay|taobao|douyin|tiktok|email)",
    re.IGNORECASE,
)


_DASHED_DATE = re.compile(r"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]")
#: ``你QQ多少？我的934441``: asked for theirs, gave one's own.
_QQ_MINE_AFTER_ASK = re.compile(r"(?:QQ|qq|Qq|扣扣)[^0-9\n]{0,8}?[?？][ ]?我的(?:是|qq|QQ)?[ ]?:?[ ]?([1-9][0-9]{4,11})(?![0-9])")
#: ``我小号3511184394``, ``我的新号是…``: another account of mine, a QQ number when it is no mobile.
_QQ_ALT_ACCOUNT = re.compile(r"(?:我的?(?:小号|大号|新号|副号|备用号)|(?<![我的加])(?:小号|大号)|好友(?=[ ]?[1-9][0-9]{4,10}[ ]?加))(?:是|为)?[ ]?:?[ ]?([1-9][0-9]{4,10})(?![0-9])"
                             # (a friend's number to add: ``好友641284加一下，验证填回收``)
                             # ``628234894是小号``; a game's account (``游戏账号5736689``, ``充值到账号6194363``)
                             r"|([1-9][0-9]{4,10})(?:是|就是)我?的?(?:小号|大号)|(?:游戏账号|充值到账号|账号)(?:是|为)?[ ]?:?[ ]?([1-9][0-9]{4,10})(?![0-9])")
#: A group's admin or owner: a person's QQ (``加一下我们合作社的QQ群管理员715364792``).
_QQ_GROUP_ADMIN = re.compile(r"(?:QQ|qq|Qq|扣扣)(?:群的?(?:管理员|管理|群主)|群主)[^0-9，。！？,!?\n]{0,4}?[ ]?([1-9][0-9]{4,11})(?![0-9])")
#: Points and scores after a number: ``扣 20000 积分`` is no QQ number.
_QQ_NOT_AFTER = re.compile(r"[ ]?(?:积分|分|点|积)")
_QQ_HINT = re.compile("[Qq扣抠企球秋丘🐧]|kou")
#: A QQ number in numerals after its cue (``QQ 九七七四八八四四``).
_QQ_NUMERAL = re.compile(
    r"(?:" + _QQ_WORD + r")[^0-9" + _NUMERAL + r"。，！？,.!?\n]{0,6}?([1-9一二三四五六七八九幺两拐](?:[0-9" + _NUMERAL + r"]){4,11})"
    r"(?![0-9" + _NUMERAL + r"])"
)
#: A group, not a person: ``QQ群734791580``, ``群号``.
_QQ_GROUP = re.compile("群")
#: Enterprise QQ accounts (a company's service desk, like a hotline): 800 + 6
#: digits, 400 + 7 digits.
_ENTERPRISE_QQ = re.compile(r"800[0-9]{6}|400[0-9]{7}")
_WECHAT_HINT = re.compile("[微威薇维徽卫绿wWvV💬🛰]|同号")


def _word_id(token: str) -> bool:
    """Letters first, more letters than digits, four or more (``LEOCHEN666``), as a name is spelled; a code has a few
    letters before many digits (``TK305531171``)."""
    letters = len(token) - len(token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    return letters >= 4 and letters >= sum(c.isdigit() for c in token)


def _capitals_code(token: str) -> bool:
    """Capitals and digits only (``M2012K11AC``, ``TK305531171``): a model or a group code more often than an id."""
    return not any(c.islower() for c in token) and sum(c.isupper() for c in token) >= 2


#: A WeChat cue right before: ``wx:q169516`` is a WeChat id that starts with q, not a QQ number.
_WECHAT_JUST_BEFORE = re.compile(r"(?:wx|vx|WX|VX|Wx|Vx|微信号?|v信|V信)[ ]?:?[ ]?(?:是|为)?[ ]?$")


#: Before 账号: whose account it is, when not a person's QQ (a bank's, a member's, a company's, another platform's).
_ACCOUNT_OTHER = re.compile("银行|对公|收款|付款|会员|企业|公司|公众|支付宝|抖音|快手|淘宝|京东|微博|邮箱|网银|证券|资金|基金|社保|公积金")
#: Words of a game, where an account is a QQ number (``充值到账号6194363，275服``).
_GAME_WORDS = re.compile("游戏|[0-9]服|区服|皮肤|开黑|段位|战令|点券|钻石|首充|QQ登录|王者|和平精英|原神|金铲铲")
#: Decimals after the number: an amount (``38777.18``), no QQ number.
_DECIMALS_AFTER = re.compile(r"\.[0-9]")
#: Words before a number to call, between a QQ cue and the number: no QQ number.
_CALL_WORD = re.compile("拨打|致电|热线|客服电话|电话|打给|打这个")


def qq_numbers(t: str) -> list[Find]:
    out: list[Find] = [("qq", *m.span(1)) for m in _QQ_MINE_AFTER_ASK.finditer(t)]
    for m in _QQ_ALT_ACCOUNT.finditer(t):
        g = next(i for i in (1, 2, 3) if m.group(i))
        value = m.group(g)
        if (len(value) == 11 and value[1] in "3456789") or _AFTER_UNIT.match(t, m.end(g)):
            continue  # (a mobile; an amount)
        if g == 3 and (_ACCOUNT_OTHER.search(t, max(0, m.start() - 6), m.start())
                       or not (t.startswith("游戏", m.start()) or _GAME_WORDS.search(t))):
            continue  # (a bank's, a member's or a company's account; an account of no game: a service's own number)
        out.append(("qq", *m.span(g)))
    if not _QQ_HINT.search(t):
        return out
    if "群" in t:
        out += [("qq", *m.span(1)) for m in _QQ_GROUP_ADMIN.finditer(t) if not _AFTER_UNIT.match(t, m.end(1))]
    for rx in (_QQ, _QQ_AFTER):
        for m in rx.finditer(t):
            a, b = m.span(1)
            if (_AFTER_UNIT.match(t, b) or _QQ_NOT_AFTER.match(t, b) or _ENTERPRISE_QQ.fullmatch(m.group(1)) or _after_label(t, a)
                    or _DECIMALS_AFTER.match(t, b)):
                continue
            if _QQ_GROUP.search(t, m.start(), a) or t.startswith(("群", " 群"), b) or _DASHED_DATE.fullmatch(m.group(1)):
                continue  # (a group's number, or a date: ``2025-05-20``)
            if t[m.start()] in "qQ" and a - m.start() <= 2 and _WECHAT_JUST_BEFORE.search(t, max(0, m.start() - 8), m.start()):
                continue
            if a >= 2 and t[a - 2] in _PLATE_PROVINCES and "A" <= t[a - 1] <= "Z":
                continue  # (a plate's number: ``车是湘B55025``)
            if _CALL_WORD.search(t, m.start(), a):
                continue  # (a number to call after the cue's words: ``…投诉可以拨打400-705-9242``)
            out.append(("qq", a, b))
    return out


def numeral_qq_numbers(t: str) -> list[Find]:
    """QQ numbers written in numerals after their cue (``扣扣三六〇三四八三九〇``)."""
    if not _QQ_HINT.search(t):
        return []
    return [("qq", *m.span(1)) for m in _QQ_NUMERAL.finditer(t)
            if sum(c in _NUMERAL for c in m.group(1)) >= 3 and not _QQ_GROUP.search(t, m.start(), m.start(1))]


#: Only a decoration before the colon, no word (``✌️❤️：gao-kai-07``, ``💚：xuhuang99``): an id
#: with a digit, ``-`` or ``_`` in it and not all capitals (``🎁：SALE2024`` is a coupon).
_WECHAT_EMOJI_CUE = re.compile(
    r"(?:[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][ ]?){1,3}:[ ]?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])"
)


#: A verb between the WeChat word and the id (``微信联系我ajielily73``).
_VERB_GAP = re.compile("(?:联系|找我|加我|私聊)我?[ ]?$")
_QQ_GLUED = re.compile(r"(?:QQ|qq|Qq)(?=[ ]?:?[ ]?[1-9])")


def _handle_like(token: str) -> bool:
    """A lower-case letter and a digit or ``_``; no product name (``lin_kiki53``, not ``iphone15``)."""
    return (any(c.islower() for c in token) and any(c.isdigit() or c == "_" for c in token)
            and not _NOT_WECHAT_ID.match(token))


def _id_shaped(token: str) -> bool:
    """Shaped as a person's id rather than a product's model (``rtx4090``, ``Model3``), a field's name
    (``body_differs``) or a file's (``file_2024_1234_5678``): four letters or more and one run of digits, after
    ``_`` or ``-`` (``zhangwei_229``) or of three digits or more (``chenjing1976``)."""
    digits, letters = sum(c.isdigit() for c in token), sum(c.isalpha() for c in token)
    # (one run of digits: ``file_2024_1234_5678`` is a file's name)
    return (digits > 0 and letters >= 4 and len(re.findall("[0-9]+", token)) == 1
            and ("_" in token or "-" in token or digits >= 3))


def wechat_ids(t: str) -> list[Find]:
    out: list[Find] = [
        ("wechat", *m.span(1)) for m in _WECHAT_EMOJI_CUE.finditer(t)
        if any(c.isdigit() or c in "-_" for c in m.group(1)) and not m.group(1).isupper()
        and not _NOT_WECHAT_ID.match(m.group(1))
    ]
    for rx in (_ADD_HANDLE, _SEARCH_HANDLE):
        out += [("wechat", *m.span(1)) for m in rx.finditer(t)
                if (_handle_like(m.group(1)) or (("号" in t[m.start() : m.start(1)] or _POINTED.match(t, m.end(1)))
                                                  and "-" in m.group(1) and any(c.islower() for c in m.group(1))))
                and not _after_label(t, m.start(1)) and not _AFTER_UNIT.match(t, m.end(1))]
    whose = _HANDLE_WHOSE.match(t.lstrip()) if "这" in t else None
    if whose and _handle_like(whose.group(1)) and not _NOT_WECHAT_ID.match(whose.group(1)):
        lead = len(t) - len(t.lstrip())
        out.append(("wechat", whose.start(1) + lead, whose.end(1) + lead))
    if _MOBILE_START.search(t):
        out += [("wechat", *m.span(1)) for m in _HANDLE_AFTER_MOBILE.finditer(t)
                if _handle_like(m.group(1)) and not _NOT_WECHAT_ID.match(m.group(1)) and not _capitals_code(m.group(1))]
    if "加" in t:
        out += [("wechat", *m.span(1)) for m in _HANDLE_ADD_ME.finditer(t)
                if _handle_like(m.group(1)) and not _NOT_WECHAT_ID.match(m.group(1))]
    lone = _LONE_HANDLE.fullmatch(t) if len(t) <= 32 else None
    if lone and _handle_like(lone.group(1)) and not _capitals_code(lone.group(1)) and _id_shaped(lone.group(1)):
        out.append(("wechat", *lone.span(1)))
    if "加" in t and "试" in t:
        out += [("wechat", *m.span(1)) for m in _SEARCH_TRY.finditer(t)
                if (_handle_like(m.group(1)) or _word_id(m.group(1))) and not _NOT_WECHAT_ID.match(m.group(1))]
    if "不" in t or "查" in t:
        out += [("wechat", *m.span(1)) for m in _SEARCH_FAILED.finditer(t) if _handle_like(m.group(1))]
    if not _WECHAT_HINT.search(t):
        return out
    for m in _WECHAT.finditer(t):
        a, b = m.span(1)
        token = m.group(1)
        if _after_label(t, m.start()):
            continue  # ``报修工单WX-84734944``: a ticket's prefix, not a WeChat cue
        if " " in token and _AFTER_UNIT.match(t, b):
            continue  # ``微信 zhang 300元``: an amount after the id, not a part of it
        if token[0].isdigit():
            if _AFTER_UNIT.match(t, b):
                continue
            if t[m.start() : a] in ("WX", "VX", "WX-", "VX-") and not (len(token) == 11 and token[0] == "1"):
                continue  # ``WX361247432011``, ``派单WX-806137``: a code in capitals glued to its digits (an order's), no WeChat cue
        elif _NOT_WECHAT_ID.match(token) or (
            t[a - 1].isascii() and t[a - 1].isalpha() and not (t[a - 1].islower() and token[0].isupper())
            and not t.startswith(("+V", "+v"), a - 2)
        ):
            # Not an id, or a letter cue glued to a letter id (``wxzhang``): one
            # word; ``wei xinMomo_14`` changes case where the id starts.
            continue
        if _VERB_GAP.search(t[m.start() : a]) and not any(c.isdigit() or c == "_" for c in token):
            continue  # ``微信联系我 thanks``: a word after the verb, not an id
        if _capitals_code(token) and ("，" in t[m.start() : a] or "," in t[m.start() : a]) and not _word_id(token):
            continue  # ``企业微信，TK305531171``: a code after a comma, not the id the cue names (``微信，LEOCHEN666`` is one)
        glued = _QQ_GLUED.search(t, a + 5, b + 5) if not token[0].isdigit() else None  # (bounded: linear)
        if glued is not None and glued.start() < b:
            b = glued.start()  # ``zhou_lin88QQ 27836…``, ``lqping520QQ7260…``: the next value's QQ cue, glued on
        while a > 0 and t[a - 1] in "_-" and m.start() < a - 1:
            a = m.start()  # (a cue glued into the id by ``_``: ``wx_xuming55`` is one id)
        out.append(("wechat", a, b))
    for m in _WECHAT_FAR.finditer(t):
        token = m.group(1)
        # (initials and a date too: ``我的是YGH19611213``)
        shaped = any(c.islower() for c in token) or sum(c.isdigit() for c in token) >= 4
        if shaped and any(c.isdigit() for c in token) and not _NOT_WECHAT_ID.match(token):
            out.append(("wechat", *m.span(1)))
    out += [("wechat", *m.span(1)) for m in _WECHAT_NEAR.finditer(t)
            if _handle_like(m.group(1)) and not _after_label(t, m.start(1)) and not _AFTER_UNIT.match(t, m.end(1))]
    out += [("wechat", *m.span(1)) for m in _WECHAT_PAIRED.finditer(t) if not _NOT_WECHAT_ID.match(m.group(1))]
    out += [("wechat", *m.span(1)) for m in _WECHAT_OLD.finditer(t) if _handle_like(m.group(1))]
    out += [("wechat", *m.span(1)) for m in _WECHAT_MINE.finditer(t) if _handle_like(m.group(1)) or _word_id(m.group(1))]
    out += [("wechat", *m.span(1)) for m in _WECHAT_SPACED_AFTER.finditer(t)]
    out += [("wechat", *m.span(1)) for m in _WECHAT_ASKED_BACK.finditer(t) if not _NOT_WECHAT_ID.match(m.group(1))]
    out += [("wechat", *m.span(1)) for m in _LONE_V.finditer(t) if _handle_like(m.group(1))]
    for m in _WECHAT_SEARCH.finditer(t):
        if not _NOT_WECHAT_ID.match(m.group(1)):
            out.append(("wechat", *m.span(1)))
    for m in _WECHAT_AFTER.finditer(t):
        # (capitals too when the words say it is mine: ``FANGCHAN177 这是我新微信``)
        if (not _NOT_WECHAT_ID.match(m.group(1)) and not _after_label(t, m.start(1))
                and (not _capitals_code(m.group(1)) or "是我" in t[m.end(1) : m.end()])):
            out.append(("wechat", *m.span(1)))
    if "wxid_" in t:
        out += [("wechat", m.start(), m.end()) for m in _WXID.finditer(t)]
    return out

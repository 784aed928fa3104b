"""Customer question turns: merge a customer's consecutive messages, flag questions, pair replies.

The detector is rule-based so that an analyst can see why a turn counts as a
question: :func:`is_question_text` returns the rule that fired, and
:func:`extract_questions` keeps it in the ``question_rule`` column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..archive import conversation_ids, schema
from ..archive.consent import refused_mask
from ..archive.load import Archive
from .._validate import require_columns
from ..text import PLACEHOLDER_PATTERN, normalize_series
from ..archive.schema import BOOL, DATETIME, FLOAT, INT, OBJECT, STR

__all__ = [
    "QUESTION_COLUMNS",
    "TEXT_TYPES",
    "detect_questions",
    "evaluate_question_detection",
    "extract_questions",
    "is_question_text",
    "ASK_AGAIN",
    "is_follow_up_text",
    "question_core",
]

#: Message types whose ``text`` the customer wrote. Other types (links, cards,
#: files, locations, votes, channel posts ...) carry a title, not a question,
#: and are treated like stickers and images: a turn of their own, never a
#: question, and transparent when merging the text messages around them.
TEXT_TYPES: tuple[str, ...] = ("text", "markdown", "mixed")

#: Columns of :func:`extract_questions`, in order.
QUESTION_SCHEMA: dict[str, str] = {
    "question_id": STR,
    "conversation_id": STR,
    "chat_id": STR,
    "chat_type": STR,
    "customer_id": STR,
    "employee_id": STR,
    "asked_at": DATETIME,
    "ended_at": DATETIME,
    "text": STR,
    "text_norm": STR,
    "is_question": BOOL,
    "question_rule": STR,
    "msgids": OBJECT,  # list of msgid
    "n_messages": INT,
    "reply_msgid": STR,
    "reply_text": STR,
    "reply_employee_id": STR,
    "reply_at": DATETIME,
    "reply_seconds": FLOAT,
}
QUESTION_COLUMNS: tuple[str, ...] = tuple(QUESTION_SCHEMA)

_REQUIRED = ("msgid", "msgtype", "sender_id", "sender_kind", "chat_id", "chat_type", "sent_at", "text")

def _normalize_series(texts: pd.Series) -> pd.Series:
    return normalize_series(texts).astype("str")


# --------------------------------------------------------------------------
# The detector
# --------------------------------------------------------------------------

_EMOJI_CODE = re.compile(r"\[[^\[\]\s]{1,6}\]")  # WeCom / WeChat sticker codes: [微笑]
_MENTION = re.compile(r"@\S+")
_NOT_WORD = re.compile(r"[^\w]+")  # punctuation, symbols, emoji, spaces
_QMARK = re.compile(r"[?？¿⁇⁈⁉]")
_ORDER_NUMBER = re.compile(r"^(?:订单号?|单号|快递单?号?|运单号?|手机号?|电话)?[:：]?\s*[a-z]{0,4}[\d\s-]{6,}$")

# A turn made only of these is small talk, never a question (checked on the text
# without emoji, mentions and punctuation).
_GREETING = r"(?:(?:您|你)好(?:呀|啊)?|在吗|在不在|有人吗|客服在吗|hello|hi|hey|哈+喽|嗨|亲|老师|早上好|上午好|中午好|下午好|晚上好|早安|晚安|早|客服)"
_THANKS = r"(?:谢谢|多谢|感谢|谢了|thanks?|thx|辛苦了?|辛苦啦|麻烦了|麻烦你了|太好了|好的?谢谢)(?:你|您|啦|了|哈|呀)?"
_ACK = r"(?:好的?|好滴|好哒|好吧|行|可以|ok|okay|嗯++|恩++|哦++|噢++|收到|明白了?|知道了|了解|懂了|没问题|对|是的|是|好嘞|好啦)"
# Closings: the customer has nothing more to ask (没有了谢谢, 就这样吧, 再见).
_CLOSING = (
    r"(?:再见|拜拜|拜|bye(?:bye)?|88|回见|下次见"
    r"|(?:暂时|目前|那|那就|就)?没(?:有|啥|什么)?(?:别的|其他|其它)?(?:的|事|问题|事情)?(?:了|啦)"
    r"|没事|没有?别的|没有?其他|没有?问题了|不用了?|好了|就这样吧?|就这些|先这样吧?|那就这样吧?|那就好"
    r"|祝(?:你|您)?(?:生活愉快|工作顺利|一切顺利|愉快))"
)
# Small talk and service requests are short; longer turns are not tried, which
# also bounds the backtracking of the chained alternatives (好的谢谢 is 好的 +
# 谢谢 or 好的谢谢: a failing match of n such units tries 2**n splits). Runs
# (嗯嗯嗯, 哈哈) are possessive for the same reason.
_SHORT_TURN_MAX_CHARS = 40
_SMALL_TALK = re.compile(rf"^(?:{_GREETING}|{_THANKS}|{_ACK}|{_CLOSING}|哈++|呵++)+$")
# A request for a human agent and nothing else (我要转人工, 人工客服, 能转人工吗,
# 不要机器人): not a question for the KB but a routing request. How to reach
# one (怎么转人工) and its contact details (人工客服电话是多少) stay questions.
# Each repetition is atomic: 一下 could end one and start the next, which
# would make a failing match backtrack exponentially.
_HUMAN = r"(?:人工|真人|活人)(?:客服|服务|坐席|座席|接待|专员|服务台)?"
_SERVICE_REQUEST = re.compile(
    rf"^(?:{_GREETING}|{_ACK}|请问|麻烦(?:你|您)?|打扰(?:一下|了)?)*"
    r"(?>(?:(?:我|我们)?(?:就|还是|只)?(?:要|想|想要|需要|申请|请求|希望)?"
    r"(?:请|麻烦)?(?:你|您|你们)?(?:能|可以|能不能|可不可以|能否|可否)?(?:帮我|给我|帮忙|替我)?"
    r"(?:转接?|转到|转给|转成|接|接通|找|要|联系|呼叫|叫|切换?|换)?(?:到|成|给|下|一下|一个|个)?"
    rf"(?:{_HUMAN})|(?:转接?|转到)(?:客服|在线客服)"
    rf"|(?:有没有|有|还有)(?:{_HUMAN})"
    r"|(?:不要|别|不想要?|不需要|不用)(?:跟|和|用)?(?:机器人|智能客服|自动回复)(?:回复|回答|聊|说|了)?)"
    rf"(?:一下|下|啊|呀|吗|呢|吧|嘛|啦|好吗|行吗|可以吗|在吗|在不在|在线吗|有吗|快点|{_THANKS})*)+$"
)
_ME_TOO_LEAD = re.compile(r"^(?:\+1|同问|同求|同上)+")
_ME_TOO = re.compile(r"^(?:我也(?:想问|想知道|是|一样|想了解)|同问|同求|同上|一样)$")

# Praise outweighs request and problem words ("服务很好, 一下就解决了问题, 表扬"),
# unless the turn also asks for help or says something is still wrong.
_PRAISE = re.compile(r"表扬|称赞|点赞|给力|[很真太好超]棒|[很挺真蛮]不错|赞[一扬]|服务[很真太挺蛮]?好|(?<!不)满意|感谢")
_STILL_WRONG = re.compile(r"请|求|帮|麻烦|希望|不满|没有?解决|未解决|无法|不能|不了|失败|坑|骗|差")

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Interrogative particles and words.
    ("interrogative", re.compile(
        r"[吗嗎]|么$|嘛[啊呀哈呢捏~]?$|呢|怎么|怎麼|怎样|怎樣|如何|为什么|為什麼|为啥|为何|什么|什麼|啥|多少|多久|多[长長大远遠高重宽寬厚]"
        r"|[几幾][天个個号號点點时時次年月周日岁歲块塊元钱錢种種台样樣]|哪|谁|誰|是否|能否|可否|有无|何时|咋|还是.*还是|可以还是"
        r"|(.)不\1|(.)没\2|可不可以|能不能|有没有|是不是|会不会|要不要|行不行|对不对|好不好"
        r"|(?<![好行算那])吧[啊呀哈呢捏~]?$|(?<![但还就可要])是.{1,10}还是"
    )),
    # Requests: the customer asks for something without a question form.
    ("request", re.compile(
        r"我想|我要|想要|想问|想了解|想知道|想咨询|[问問]一?下|[问問]个|咨询|諮詢|[请請][问問]|请帮|帮我|幫我|帮忙|麻烦|麻煩|求助|求解|求问|希望|能帮"
        r"|查询|查一?下|催一?下|建议|请.{0,8}(?:解决|退订|取消|回复|联系|核实|改进|修复|更新|优化)|求[速快]"
        r"|需要|申请|请尽快|请.*处理|给个说法|给我个?说法|给个解释|要求|赶紧|快点"
    )),
    # Problem statements: something is broken, missing, charged or refused.
    ("problem", re.compile(
        r"收不到|没收到|未收到|没到|未到|还没|没有到|不到账|没到账|未到账|坏了|坏掉|不能用|用不了|不好用|无法|不能|不了|不到|不进|不上|不开|不动|不出|打不开|连不上"
        r"|登不上|登录不|没反应|没信号|没有信号|没网|断网|卡死|死机|黑屏|失败|错误|出错|故障|异常|问题|投诉|举报|扣款|扣费|扣了|乱扣|多扣"
        r"|被扣|收费|退款|退费|退钱|退货|退不|不退|不给|拒绝|不处理|没人|没有人|不理|不回|一直|至今|到现在|等了|拖|骗|坑|垃圾|差评|太差|太慢"
        r"|不满|不合理|欠费|停机|延误|取消|丢失|丢了|漏发|少发|错发|发错|破损|质量"
        r"|不显示|不成功|不弹|不掉|不见了|不灵|失灵|闪退|卡顿|卡住|很卡|太卡|卡死|掉线|断了|断网|信号|bug|有误|不对|不准|不稳定"
        r"|没[有了]?(?:反应|显示|出货|到货|响|声音|网|水|电|信号|用|效果|动静|收到|回复|解决|处理)"
        r"|没法|没办法|没任何|不应该|乱码|崩溃|突然|[很太超真特]慢|太[长久贵]|差(?!不多|点|价)|不好(?!意思)|恶劣|欺诈|害人|气死|坑爹|笑话|为毛|肿么|怎么回事|咋回事"
        r"|不亮|不响|不转|不动|没明白|不明白|没懂|不懂|没看懂|忘记|忘了|被锁|锁了|冻结|被封|封号|错了|弄错|搞错|写错|填错|下错"
    )),
)


def _strip_decor(text: str) -> str:
    return _NOT_WORD.sub("", _MENTION.sub("", _EMOJI_CODE.sub("", text)))


def is_question_text(text: object) -> tuple[bool, str]:
    """Whether one normalised customer turn is a question, and the rule that says so.

    Rules, first match wins:

    1. ``no_text``: empty or missing text (stickers, images, files) -> False.
    2. ``order_number``: only an order, tracking or phone number -> False.
    3. ``small_talk``: only greetings (你好, 在吗, hello), thanks (谢谢,
       好的谢谢, 辛苦了), acknowledgements (好的, 嗯嗯, ok, 收到), closings
       (没有了谢谢, 没事了, 就这样吧, 再见, 拜拜) and emoji -> False;
       ``service_request``: only a request for a human agent (转人工,
       我要转人工, 人工客服, 找人工, 能转人工吗, 有人工吗, 不要机器人),
       with or without a question mark -> False: it asks for routing, not
       for an answer. Asking how to reach one (怎么转人工) or for its
       contact details (人工客服电话是多少) is a question;
       ``me_too``: 同问, +1, 我也想问 -> False.
    4. ``question_mark``: a half- or full-width question mark -> True.
    5. ``interrogative``: 吗, 呢, 怎么, 如何, 为什么, 什么, 多少, 多久, 几天,
       哪, 谁, 是否, A-not-A forms (能不能, 可不可以, 有没有, 是不是), a
       final 吧 (not 好吧) ... -> True.
    6. ``praise``: praise or thanks for the service (表扬, 点赞, 满意, 服务很好,
       感谢 ...) with no call for help and nothing still wrong (请, 求, 帮,
       麻烦, 无法, 没解决 ...) -> False, even when it tells of a solved problem.
    7. ``request``: 我想, 我要, 请问, 帮我, 麻烦, 咨询, 问一下, 希望,
       需要, 申请, 建议, 查询 ... -> True.
    8. ``problem``: a problem statement without a question form, as customer
       service data labels them: 收不到, 没到账, 坏了, 不能用, 无法, 失败,
       扣款, 退款, 投诉, 一直, 故障, 闪退, 掉线, 忘记密码 ... -> True.
    9. ``other``: anything else -> False.

    The rules look at the text with emoji codes (``[微笑]``), @mentions and
    punctuation removed, except the question-mark rule. They favour recall:
    a customer's complaint without a question mark is what an agent must
    answer, so it counts as a question.

    Parameters
    ----------
    text : str
        A turn's text, preferably normalised (``text_norm``); lower case
        Latin letters are assumed for the English greetings.

    Returns
    -------
    tuple of (bool, str)
        ``(is_question, rule)``.

    Examples
    --------
    >>> is_question_text("请问保修多久")
    (True, 'interrogative')
    >>> is_question_text("好的谢谢[微笑]")
    (False, 'small_talk')
    >>> is_question_text("sf1234567890")
    (False, 'order_number')
    >>> is_question_text("我要转人工!"), is_question_text("人工客服电话是多少")
    ((False, 'service_request'), (True, 'interrogative'))
    >>> is_question_text("没有了,谢谢")
    (False, 'small_talk')
    >>> is_question_text("手表充不进电了")
    (True, 'problem')
    >>> is_question_text("退款一直没到账")
    (True, 'problem')
    >>> is_question_text("客服服务很好, 问题很快解决了, 表扬")
    (False, 'praise')
    """
    if not isinstance(text, str) or not text.strip():
        return False, "no_text"
    t = text.strip().lower()
    core = _strip_decor(t)
    if not core:
        return False, "small_talk" if _QMARK.search(t) is None else "question_mark"
    if _ORDER_NUMBER.match(_MENTION.sub("", _EMOJI_CODE.sub("", t)).strip()):
        return False, "order_number"
    short = len(core) <= _SHORT_TURN_MAX_CHARS
    if short and _SMALL_TALK.match(core):
        return False, "small_talk"
    if short and _SERVICE_REQUEST.match(core):
        return False, "service_request"
    lead = _MENTION.sub("", _EMOJI_CODE.sub("", t)).replace(" ", "")
    rest = _strip_decor(_ME_TOO_LEAD.sub("", lead))
    if _ME_TOO.match(core) or (rest != core and (not rest or _ME_TOO.match(rest))):
        return False, "me_too"
    if _QMARK.search(t):
        return True, "question_mark"
    name, pattern = _RULES[0]
    if pattern.search(core):
        return True, name
    if _PRAISE.search(core) and not _STILL_WRONG.search(core):
        return False, "praise"
    for name, pattern in _RULES[1:]:
        if pattern.search(core):
            return True, name
    return False, "other"


def detect_questions(texts: pd.Series) -> pd.DataFrame:
    """Apply :func:`is_question_text` to a series of normalised texts.

    Parameters
    ----------
    texts : pandas.Series
        Normalised texts (missing values allowed).

    Returns
    -------
    pandas.DataFrame
        Aligned to ``texts``' index: ``is_question`` (bool) and
        ``question_rule`` (str).

    Examples
    --------
    >>> import pandas as pd
    >>> detect_questions(pd.Series(["在吗", "能开发票吗", None]))
       is_question   question_rule
    0        False      small_talk
    1         True   interrogative
    2        False         no_text
    """
    if not isinstance(texts, pd.Series):
        raise TypeError(f"texts must be a pandas Series; got {type(texts).__name__}")
    keys = texts.astype(object).where(texts.notna(), None)
    cache = {v: is_question_text(v) for v in pd.unique(keys)}
    res = [cache[v] for v in keys]
    return pd.DataFrame(
        {
            "is_question": pd.Series([r[0] for r in res], index=texts.index, dtype=bool),
            "question_rule": pd.Series([r[1] for r in res], index=texts.index, dtype="str"),
        }
    )


# Openings that carry no topic: greetings, thanks, "may I ask", and the like,
# chained with separators ("哈喽 问个事 ...", "您好,请问一下,...").
_SEP = r"[\s,，.。!！?？~、:：;；]*"
# A bare opening word (那, 请, 还有, 咨询 ...) is stripped only where it stands
# alone: before a separator, a pronoun or a question word (那到底几天, 请,
# ...), never where it starts a word (那位, 那个订单, 那么多, 请假, 问题, 咨询费).
_LEAD_NEXT = (
    r"(?=[\s,，.。!！?？~、:：;；]|[我你您他她咱想问]|怎|如何|为什么|为啥|什么|啥|多[少久长大]|哪|能|可以|可不可以"
    r"|是不是|有没有|到底|还|就|要|$)"
)
_LEAD_ASK = (
    r"(?:(?:我|我们)?想?(?:请问|咨询|问|了解)(?:一下|下|个|一个)(?:事|问题|事情)?"
    r"|(?:我|我们)?想?请问(?:事|问题|事情)?"
    r"|打扰(?:一下|了)?|麻烦(?:问)?(?:一下|下)?|对了"
    rf"|(?:(?:我|我们)?想?(?:咨询|问|了解)|请|那个|那|还有|另外|就是){_LEAD_NEXT})"
)
_LEAD = re.compile(rf"^(?:(?:{_GREETING}|{_THANKS}|{_ACK}|{_LEAD_ASK}){_SEP})+")
# Order, tracking and phone numbers: letters (sf, jd) then 6+ digits.
_ID_TOKEN = re.compile(r"(?<![a-z0-9])[a-z]{0,4}\d[\d-]{5,}(?![a-z0-9])")
# 呗 ends a sentence (行呗) but also 花呗 and 借呗, which stay whole.
_TAIL = re.compile(r"(?:[\s,，.。!！?？~、;；啊呀呢捏哈哦嘛啦]|(?<![花借])呗)+$")
_SPACES = re.compile(r"\s+")


#: A generic "ask again": the customer did not get what they asked for
#: (到底是多久, 能说具体点吗, 还是没明白 ...).
ASK_AGAIN = re.compile(
    r"到底|具体|没明白|不明白|没懂|不懂|没看懂|说清楚|问清楚|讲清楚|还是不|所以是|所以到底|那我该怎么|那我要怎么|什么意思|啥意思|详细|答非所问|没回答"
)

#: Longest core (characters) of a generic re-ask; longer texts carry a topic.
_FOLLOW_UP_MAX_CHARS = 12


def is_follow_up_text(text: object) -> bool:
    """Whether a normalised question is a generic re-ask with no topic of its own.

    Customers who got a vague reply ask again: 到底几天, 还是没明白, 能说具体点吗.
    Such turns are real questions (they show that a reply fell short) but not
    topics for the KB: clustered, they make large clusters that say nothing
    about what was asked. A text is a follow-up when it matches
    :data:`ASK_AGAIN` and its :func:`question_core` is at most 12
    characters long (longer texts name their topic: 具体怎么申请退货 is kept).

    Parameters
    ----------
    text : str
        A normalised text.

    Returns
    -------
    bool

    Examples
    --------
    >>> [is_follow_up_text(t) for t in ["到底几天啊", "那我该怎么操作", "具体怎么申请七天无理由退货呢", "保修多久"]]
    [True, True, False, False]
    """
    if not isinstance(text, str):
        return False
    return ASK_AGAIN.search(text) is not None and len(question_core(text)) <= _FOLLOW_UP_MAX_CHARS


def question_core(text: object) -> str:
    """The topic of a normalised question: openings, order numbers and final particles removed.

    Customers open with greetings and fillers (哈喽, 在吗, 请问一下, 咨询个问题,
    问个事) and append order or tracking numbers; none of it says what they
    ask about, yet it dominates similarity between short texts. Masking
    placeholders (``[订单x]``, ``[数字x]``, ``[姓名x]``, ``[手机号]``,
    ``***``; see :data:`toolkit.text.PLACEHOLDER_PATTERN`) carry no meaning
    either. This keeps the rest. A text that is nothing but an opening is
    returned without its placeholders, so it does not become empty; a text
    that is nothing but placeholders (and punctuation) gives ``""``. Used by
    :class:`FrequentQuestions` before computing features
    (``strip_fillers=True``).

    Parameters
    ----------
    text : str
        A normalised text (:func:`toolkit.text.normalize_text`: lower case,
        half-width punctuation).

    Returns
    -------
    str
        The core text ('' for a missing value).

    Examples
    --------
    >>> question_core("哈喽 问个事 t5电动牙刷多少钱啊?")
    't5电动牙刷多少钱'
    >>> question_core("您好,请问一下,我的快递怎么还没到 sf2749842795387")
    '我的快递怎么还没到'
    >>> question_core("你好")
    '你好'
    >>> question_core("[数字x]号能到吗"), question_core("你好 [姓名x]"), question_core("[订单x] ***")
    ('号能到吗', '你好', '')
    """
    if not isinstance(text, str):
        return ""
    base = _SPACES.sub(" ", PLACEHOLDER_PATTERN.sub(" ", text)).strip()
    if base != _SPACES.sub(" ", text).strip() and not _NOT_WORD.sub("", base):
        return ""  # nothing but masks (and punctuation)
    t = _ID_TOKEN.sub(" ", base).strip()
    prev = None
    while prev != t:
        prev = t
        t = _LEAD.sub("", t).strip()
    t = _SPACES.sub(" ", _TAIL.sub("", t)).strip()
    return t or base


# --------------------------------------------------------------------------
# Turns
# --------------------------------------------------------------------------


def _check_duration(name: str, value: object) -> pd.Timedelta:
    try:
        td = pd.Timedelta(value)  # type: ignore[arg-type]
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{name} must be a duration such as '2min'; got {value!r}") from exc
    if pd.isna(td) or td <= pd.Timedelta(0):
        raise ValueError(f"{name} must be a positive duration; got {value!r}")
    return td


# The consent rule lives with the archive; the old private name stays importable.
_refused_mask = refused_mask


def extract_questions(
    archive_or_messages: Archive | pd.DataFrame,
    *,
    gap: str | pd.Timedelta = "2min",
    conversation_gap: str | pd.Timedelta = "30min",
    text_types: Iterable[str] = TEXT_TYPES,
    exclude_refused: bool = True,
    reply_window: str | pd.Timedelta | None = "24h",
) -> pd.DataFrame:
    """One row per customer turn, flagged as question or not, with the first employee reply.

    A *turn* is a run of text messages that one customer (``sender_kind ==
    "external"``) sends in one chat, each within ``gap`` of the previous one,
    in the same conversation, with no employee message in between (messages
    of other customers and of robots do not break a run). The parts are joined
    with a space. Messages without customer-written text (stickers, images,
    voice, files, links, cards ...; see ``text_types``) are turns of their own
    with ``is_question=False`` and do not break a run of text messages.
    Greetings, thanks, acknowledgements, bare order numbers and other small
    talk are kept with ``is_question=False``; nothing is dropped except the
    1:1 messages of customers who refused archiving.

    Whether a turn is a question is decided by :func:`is_question_text` on
    ``text_norm`` (question marks, interrogative words, request phrases and
    problem statements); the rule that fired is in ``question_rule``.

    Parameters
    ----------
    archive_or_messages : Archive or pandas.DataFrame
        A loaded :class:`~toolkit.archive.Archive` (its ``messages``, and its
        ``consent`` to honour refusals) or a messages frame with at least
        ``msgid``, ``msgtype``, ``sender_id``, ``sender_kind``, ``chat_id``,
        ``chat_type``, ``sent_at`` (tz-aware) and ``text``.
    gap : str or pandas.Timedelta
        Longest pause between two messages of one turn (default 2 minutes).
    conversation_gap : str or pandas.Timedelta
        Silence that ends a conversation (see
        :func:`toolkit.archive.conversation_ids`); turns and replies never
        cross conversations.
    text_types : iterable of str
        Message types whose text the customer wrote (default
        :data:`TEXT_TYPES`).
    exclude_refused : bool
        Drop the messages of 1:1 chats while the customer's latest consent
        event with that employee is ``disagree`` (default True; only applies
        to an ``Archive``, which carries the consent records).
    reply_window : str, pandas.Timedelta or None
        How long after the turn the next employee message of the chat still
        counts as its reply, even after a silence that starts a new
        conversation (agents answer the next morning; default 24 hours).
        ``None``: only a reply in the same conversation counts.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``asked_at`` then ``question_id``, index 0..n-1. Columns
        (:data:`QUESTION_COLUMNS`):

        - ``question_id`` (str): the msgid of the turn's first message.
        - ``conversation_id``, ``chat_id``, ``chat_type`` (str).
        - ``customer_id`` (str): the sender.
        - ``employee_id`` (str): the employee of the 1:1 chat; in a group, the
          employee who replied (NaN if nobody did).
        - ``asked_at``, ``ended_at``: tz-aware times of the turn's first and
          last message.
        - ``text`` (str, "" without text), ``text_norm`` (normalised text).
        - ``is_question`` (bool), ``question_rule`` (str, see
          :func:`is_question_text`).
        - ``msgids`` (list of str), ``n_messages`` (int).
        - ``reply_msgid``, ``reply_text``, ``reply_employee_id``, ``reply_at``:
          the first employee message after the turn in the same chat, in the
          same conversation or within ``reply_window`` (robots do not count);
          NaN/NaT if none.
        - ``reply_seconds`` (float): from ``ended_at`` to ``reply_at``; NaN if
          unanswered.

        ``attrs["excluded_refused"]`` holds the number of customer messages
        dropped because of a refusal.

    Raises
    ------
    TypeError
        If ``archive_or_messages`` is neither an ``Archive`` nor a DataFrame.
    toolkit.exceptions.SchemaError
        If the messages lack a required column or ``sent_at`` is not tz-aware.
    ValueError
        If ``gap``, ``conversation_gap`` or ``reply_window`` is not a positive duration.

    See Also
    --------
    is_question_text : the question rules.
    evaluate_question_detection : precision and recall against labelled turns.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.to_datetime(["2026-07-01 09:00:00", "2026-07-01 09:00:30", "2026-07-01 09:01:00",
    ...                     "2026-07-01 09:02:00", "2026-07-01 09:03:00"]).tz_localize("Asia/Shanghai")
    >>> msgs = pd.DataFrame({
    ...     "msgid": ["m1", "m2", "m3", "m4", "m5"], "msgtype": "text",
    ...     "sender_id": ["wmA", "wmA", "zs", "wmA", "zs"],
    ...     "sender_kind": ["external", "external", "employee", "external", "employee"],
    ...     "chat_id": "wmA|zs", "chat_type": "single", "sent_at": t,
    ...     "text": ["你好", "保修多久？", "两年", "好的谢谢", "不客气"]})
    >>> q = extract_questions(msgs)
    >>> q[["question_id", "text", "is_question", "question_rule", "n_messages", "reply_seconds"]]
      question_id        text  is_question question_rule  n_messages  reply_seconds
    0          m1  你好 保修多久？         True  question_mark           2           30.0
    1          m4        好的谢谢        False    small_talk           1           60.0
    >>> q.loc[0, "msgids"], q.loc[0, "employee_id"]
    (['m1', 'm2'], 'zs')
    """
    consent: pd.DataFrame | None = None
    if isinstance(archive_or_messages, Archive):
        messages = archive_or_messages.messages
        consent = archive_or_messages.consent
    elif isinstance(archive_or_messages, pd.DataFrame):
        messages = archive_or_messages
    else:
        raise TypeError(
            f"archive_or_messages must be a toolkit.archive.Archive or a pandas DataFrame; "
            f"got {type(archive_or_messages).__name__}"
        )
    schema.validate_frame(messages, {k: schema.MESSAGE_COLUMNS[k] for k in _REQUIRED}, name="messages")
    gap_td = _check_duration("gap", gap)
    _check_duration("conversation_gap", conversation_gap)
    window = None if reply_window is None else _check_duration("reply_window", reply_window)
    if isinstance(text_types, str):
        raise TypeError(f"text_types must be an iterable of message types, not a string; got {text_types!r}")
    text_set = set(text_types)
    tz = messages["sent_at"].dt.tz

    # A fresh 0..n-1 index: the caller's may repeat labels.
    m = messages[list(_REQUIRED)].reset_index(drop=True)
    m["conversation_id"] = conversation_ids(m, gap=conversation_gap)
    excluded = 0
    if exclude_refused and consent is not None:
        refused = _refused_mask(m, consent)
        excluded = int((refused & (m["sender_kind"] == "external")).sum())
        m = m[~refused]

    m = m.sort_values(["chat_id", "sent_at", "msgid"], kind="stable").reset_index(drop=True)
    is_emp = (m["sender_kind"] == "employee").to_numpy()
    # Employee messages seen in the chat before each message (the next one is its reply).
    emp_before = pd.Series(is_emp.astype(np.int64)).groupby(m["chat_id"].to_numpy()).cumsum().to_numpy() - is_emp
    m["_emp_before"] = emp_before

    cust = m[m["sender_kind"] == "external"].copy()
    has_text = cust["msgtype"].isin(text_set).to_numpy() & cust["text"].fillna("").str.strip().ne("").to_numpy()
    cust["_has_text"] = has_text
    # Runs of text messages: sort by customer within chat, cut where anything changes.
    txt = cust[has_text].sort_values(["chat_id", "sender_id", "sent_at", "msgid"], kind="stable")
    new = np.ones(len(txt), dtype=bool)
    if len(txt) > 1:
        t = txt["sent_at"].to_numpy(dtype="datetime64[ns]") if tz is None else txt["sent_at"].dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
        same = (
            (txt["chat_id"].to_numpy()[1:] == txt["chat_id"].to_numpy()[:-1])
            & (txt["sender_id"].to_numpy()[1:] == txt["sender_id"].to_numpy()[:-1])
            & (txt["conversation_id"].to_numpy()[1:] == txt["conversation_id"].to_numpy()[:-1])
            & (txt["_emp_before"].to_numpy()[1:] == txt["_emp_before"].to_numpy()[:-1])
            & ((t[1:] - t[:-1]) <= gap_td.to_timedelta64())
        )
        new[1:] = ~same
    txt = txt.assign(_turn=np.cumsum(new))
    media = cust[~has_text].assign(_turn=np.arange(len(cust) - len(txt)) + len(txt) + 1)
    parts = pd.concat([txt, media]).sort_values(["_turn", "sent_at", "msgid"], kind="stable")
    parts["text"] = parts["text"].where(parts["_has_text"], "")

    g = parts.groupby("_turn", sort=False)
    turns = pd.DataFrame(
        {
            "question_id": g["msgid"].first(),
            "conversation_id": g["conversation_id"].first(),
            "chat_id": g["chat_id"].first(),
            "chat_type": g["chat_type"].first(),
            "customer_id": g["sender_id"].first(),
            "asked_at": g["sent_at"].first(),
            "ended_at": g["sent_at"].last(),
            "text": g["text"].agg(" ".join),
            "msgids": g["msgid"].agg(list),
            "n_messages": g.size().astype("int64"),
            "_emp_before": g["_emp_before"].last(),
        }
    ).reset_index(drop=True)

    # Reply: the next employee message of the chat, if in the same conversation
    # or within reply_window.
    emp = m.loc[is_emp, ["chat_id", "_emp_before", "msgid", "text", "sender_id", "sent_at", "conversation_id"]]
    emp = emp.rename(
        columns={
            "msgid": "reply_msgid",
            "text": "reply_text",
            "sender_id": "reply_employee_id",
            "sent_at": "reply_at",
            "conversation_id": "_reply_conv",
        }
    )
    turns = turns.merge(emp, on=["chat_id", "_emp_before"], how="left", validate="many_to_one")
    lost = turns["_reply_conv"].ne(turns["conversation_id"])
    if window is not None:
        lost &= ~((turns["reply_at"] - turns["ended_at"]) <= window).fillna(False)
    for col in ("reply_msgid", "reply_text", "reply_employee_id", "reply_at"):
        turns[col] = turns[col].mask(lost)
    turns["reply_at"] = turns["reply_at"].astype(messages["sent_at"].dtype)
    turns["reply_seconds"] = (turns["reply_at"] - turns["ended_at"]).dt.total_seconds().astype("float64")

    # Employee: the other side of a 1:1 chat, the replier in a group.
    other = schema.other_party(turns["chat_id"], turns["customer_id"]).to_numpy(dtype=object, na_value=None)
    single = turns["chat_type"].ne("group").to_numpy()
    turns["employee_id"] = pd.Series(np.where(single, other, turns["reply_employee_id"].astype(object)), dtype="str")

    turns["text_norm"] = _normalize_series(turns["text"].astype("str"))
    det = detect_questions(turns["text_norm"])
    turns["is_question"] = det["is_question"].to_numpy()
    turns["question_rule"] = det["question_rule"].to_numpy()

    for col in ("question_id", "conversation_id", "chat_id", "chat_type", "customer_id", "text",
                "question_rule", "reply_msgid", "reply_text", "reply_employee_id"):
        turns[col] = turns[col].astype("str")
    turns["msgids"] = turns["msgids"].astype(object)
    out = turns.sort_values(["asked_at", "question_id"], kind="stable").reset_index(drop=True)
    out = out[list(QUESTION_COLUMNS)]
    out.attrs["excluded_refused"] = excluded
    return out


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def _as_key(ids: Any) -> tuple[str, ...]:
    if isinstance(ids, str):
        return tuple(sorted(ids.split()))
    return tuple(sorted(str(i) for i in ids))


def evaluate_question_detection(predicted: pd.DataFrame, truth: pd.DataFrame) -> dict[str, Any]:
    """Precision, recall and F1 of ``is_question`` against labelled turns matched by msgids.

    A predicted turn and a truth turn match when they hold the same set of
    msgids. Truth turns whose msgids are split over several predicted turns,
    or merged with other messages into one, are counted apart and scored by
    message: the predicted label of a truth turn is then True when any
    predicted turn holding one of its msgids is a question.

    Parameters
    ----------
    predicted : pandas.DataFrame
        ``msgids`` (list of str, or space-joined str) and ``is_question``,
        e.g. the output of :func:`extract_questions`.
    truth : pandas.DataFrame
        ``msgids`` (list or space-joined str) and ``is_question`` (bool).

    Returns
    -------
    dict
        ``precision``, ``recall``, ``f1`` (floats, NaN when undefined),
        ``tp``, ``fp``, ``fn``, ``tn`` (over truth turns found in
        ``predicted``), ``n_truth``, ``n_predicted``, ``matched`` (same
        msgids), ``merged`` (truth turns whose predicted turn holds more
        messages), ``split`` (truth turns spread over several predicted
        turns), ``missing`` (truth turns with no msgid in ``predicted``, e.g.
        excluded refusals), and ``precision_matched`` / ``recall_matched``:
        the same scores over the ``matched`` turns only (detection quality
        apart from how turns were cut).

    Raises
    ------
    toolkit.exceptions.SchemaError
        If a frame lacks ``msgids`` or ``is_question``.

    Examples
    --------
    >>> import pandas as pd
    >>> pred = pd.DataFrame({"msgids": [["a", "b"], ["c"], ["d"]], "is_question": [True, True, False]})
    >>> truth = pd.DataFrame({"msgids": ["a b", "c", "d"], "is_question": [True, False, True]})
    >>> r = evaluate_question_detection(pred, truth)
    >>> r["tp"], r["fp"], r["fn"], round(r["precision"], 3), round(r["recall"], 3)
    (1, 1, 1, 0.5, 0.5)
    """
    for name, df in (("predicted", predicted), ("truth", truth)):
        require_columns(df, ["msgids", "is_question"], name)
    pred_key = [_as_key(x) for x in predicted["msgids"]]
    pred_q = predicted["is_question"].astype(bool).to_numpy()
    by_msg: dict[str, int] = {}
    for i, key in enumerate(pred_key):
        for mid in key:
            by_msg[mid] = i
    tp = fp = fn = tn = matched = merged = split = missing_n = 0
    m_tp = m_fp = m_fn = 0
    for ids, label in zip(truth["msgids"], truth["is_question"].astype(bool), strict=True):
        key = _as_key(ids)
        rows = sorted({by_msg[i] for i in key if i in by_msg})
        if not rows:
            missing_n += 1
            continue
        p = bool(pred_q[rows].any())
        if len(rows) > 1:
            split += 1
        elif pred_key[rows[0]] == key:
            matched += 1
            m_tp += p and label
            m_fp += p and not label
            m_fn += (not p) and label
        else:
            merged += 1
        tp += p and label
        fp += p and not label
        fn += (not p) and label
        tn += (not p) and (not label)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if tp else float("nan")
    return {
        "precision": float(precision),
        "recall": float(recall),
        "f1": float(f1),
        "precision_matched": float(m_tp / (m_tp + m_fp)) if m_tp + m_fp else float("nan"),
        "recall_matched": float(m_tp / (m_tp + m_fn)) if m_tp + m_fn else float("nan"),
        "tp": int(tp),
        "fp": int(fp),
        "fn": int(fn),
        "tn": int(tn),
        "n_truth": int(len(truth)),
        "n_predicted": int(len(predicted)),
        "matched": matched,
        "merged": merged,
        "split": split,
        "missing": missing_n,
    }

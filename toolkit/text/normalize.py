"""Normalize Chinese chat text: width, script, case, spacing, punctuation, noise.

Every module that compares, counts or segments message text goes through
:func:`normalize_text` (one string) or :func:`normalize_series` (a column), so
that ``"退貨？？？"``, ``"退货?"`` and ``"ＴＵＩ货 ？"``-style variants meet.

Examples
--------
>>> normalize_text("請問怎麼開發票？？？")
'请问怎么开发票?'
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

__all__ = [
    "PLACEHOLDER_NAMES",
    "PLACEHOLDER_PATTERN",
    "WECOM_STICKERS",
    "normalize_series",
    "normalize_text",
    "to_simplified",
]

#: Names of the built-in WeChat / WeCom bracket stickers (``[微笑]``), as the
#: Chinese client types them. Any ``[`` + 1-4 CJK characters + ``]`` is also
#: treated as a sticker; this list adds the longer and the non-CJK names.
WECOM_STICKERS: tuple[str, ...] = (
    "微笑", "撇嘴", "色", "发呆", "得意", "流泪", "害羞", "闭嘴", "睡", "大哭",
    "尴尬", "发怒", "调皮", "呲牙", "惊讶", "难过", "酷", "冷汗", "抓狂", "吐",
    "偷笑", "愉快", "可爱", "白眼", "傲慢", "饥饿", "困", "惊恐", "流汗", "憨笑",
    "悠闲", "大兵", "奋斗", "咒骂", "疑问", "嘘", "晕", "疯了", "衰", "骷髅",
    "敲打", "再见", "擦汗", "抠鼻", "鼓掌", "糗大了", "坏笑", "左哼哼", "右哼哼",
    "哈欠", "鄙视", "委屈", "快哭了", "阴险", "亲亲", "吓", "可怜", "菜刀",
    "西瓜", "啤酒", "篮球", "乒乓", "咖啡", "饭", "猪头", "玫瑰", "凋谢", "嘴唇",
    "爱心", "心碎", "蛋糕", "闪电", "炸弹", "刀", "足球", "瓢虫", "便便", "月亮",
    "太阳", "礼物", "拥抱", "强", "弱", "握手", "胜利", "抱拳", "勾引", "拳头",
    "差劲", "爱你", "no", "ok", "爱情", "飞吻", "跳跳", "发抖", "怄火", "转圈",
    "磕头", "回头", "跳绳", "投降", "激动", "乱舞", "献吻", "左太极", "右太极",
    "笑脸", "生病", "破涕为笑", "吐舌", "脸红", "恐惧", "失望", "无语", "嘿哈",
    "捂脸", "奸笑", "机智", "皱眉", "耶", "吃瓜", "加油", "汗", "天啊", "emm",
    "社会社会", "旺柴", "好的", "打脸", "哇", "翻白眼", "666", "让我看看",
    "叹气", "苦涩", "裂开", "合十", "庆祝", "红包", "发", "福", "烟花", "爆竹",
    "动动", "心", "强壮", "awesome", "facepalm", "smile", "grin", "smirk",
)

#: Names inside ``[...]`` / ``【...】`` that mark masked personal data or a
#: non-text message (``[手机号]``, ``[图片]``); removed by
#: ``remove_placeholders=True``.
PLACEHOLDER_NAMES: tuple[str, ...] = (
    "手机号", "手机号码", "电话", "电话号码", "联系方式", "姓名", "名字", "用户名",
    "昵称", "地址", "收货地址", "身份证", "身份证号", "身份证号码", "银行卡",
    "银行卡号", "卡号", "账号", "帐号", "邮箱", "qq", "qq号", "微信号", "订单号",
    "快递单号", "物流单号", "金额", "数字", "日期", "时间", "网址", "链接",
    "图片", "语音", "视频", "文件", "表情", "动画表情", "位置", "名片", "红包",
    "转账", "链接消息", "小程序", "撤回消息", "phone", "name", "address",
    "email", "url", "link", "number", "id", "image", "voice", "video", "file",
    # names used by upstream maskers of after-sales archives
    "订单", "订单编号", "编号", "商品快照", "站点", "组织机构", "邮箱地址", "用户id",
)

# Control, format and lone-surrogate code points dropped before anything else
# (kept: whitespace controls, which become spaces, and ZWJ U+200D, which
# belongs to emoji sequences). Lone surrogates come from undecodable bytes
# read with ``errors="surrogateescape"`` and cannot even be encoded.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u200c\u200e\u200f"
    "\u2060\ufeff\ud800-\udfff]"
)
_WHITESPACE = re.compile(r"\s+")
# Punctuation whose runs are squeezed to one character.  ``*`` and ``#`` are
# left out on purpose: their runs are masking placeholders (``***``).
_SQUEEZABLE = (
    "!\"$%&'()+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~"
    "\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf"
    "\u2010-\u2027\u2030-\u205e"
    "\u3001-\u3003\u3008-\u3011\u3014-\u301f\u30fb"
)
_REPEATED_PUNCT = re.compile(f"([{_SQUEEZABLE}])\\1+")
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+",
    re.IGNORECASE,
)
# ``@name`` up to the next whitespace; not the ``@`` of an e-mail address.
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+\-])@\S+")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"


def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


_STICKER = re.compile(
    f"\\[(?:{_alternation(WECOM_STICKERS)}|[{_CJK}]{{1,4}})\\]", re.IGNORECASE
)
_EMOJI = re.compile(
    "["
    "\U0001f000-\U0001faff"  # pictographs, emoticons, transport, flags, skin tones
    "\u2300-\u23ff"  # technical (⌚ ⏰)
    "\u2600-\u27bf"  # misc symbols, dingbats (☀ ✅ ❤)
    "\u2b00-\u2bff"  # arrows and stars (⭐ ⬆)
    "\u200d\ufe0e\ufe0f\u20e3"  # ZWJ, variation selectors, keycap
    "\U000e0020-\U000e007f"  # tag characters (subdivision flags)
    "]+"
)
# What may stand between the brackets of a masking placeholder: a name of
# PLACEHOLDER_NAMES, optionally numbered ([姓名1]); or any short name with a
# slot marker, the way upstream maskers number their slots: 1-8 CJK
# characters then ``x`` (``[数字x]``, ``[订单x]``, ``[金额x2]``) or ``_`` and
# digits, or a Latin name, ``_`` and ``x`` or digits (``[ORDERID_10438731]``;
# not ``[iphone-12]``).
# Bare digits after an arbitrary name are not a marker (``[小米11]`` is a
# product), nor is ``x`` after a Latin name (``[max]``).
_PLACEHOLDER_BODY = (
    f"(?:{_alternation(PLACEHOLDER_NAMES)})\\d{{0,3}}"
    f"|[{_CJK}]{{1,8}}(?:[_-]?x\\d{{0,3}}|_\\d{{1,12}})"
    "|[a-z][a-z0-9]{0,19}_(?:x\\d{0,3}|\\d{1,12})"
)
_PLACEHOLDER = re.compile(
    "[*#\u00d7]{2,}"  # *** ### ××× masks
    "|<[a-z_][a-z0-9_]{1,30}>"  # <PHONE> <user_name>
    f"|\\[(?:{_PLACEHOLDER_BODY})\\]"
    f"|\u3010(?:{_PLACEHOLDER_BODY})\u3011",
    re.IGNORECASE,
)
#: The masking placeholders removed by ``remove_placeholders=True``, as one
#: compiled pattern for normalized text (half-width brackets): runs of two or
#: more ``*``, ``#`` or ``×``; ``<TAG>`` tags; ``[name]`` / ``【name】`` with a
#: name of :data:`PLACEHOLDER_NAMES` (optionally numbered, ``[姓名1]``); and
#: any bracketed short name with a slot marker, as upstream maskers write
#: them (``[订单x]``, ``[数字x]``, ``[金额x2]``, ``[ORDERID_10438731]``).
PLACEHOLDER_PATTERN: re.Pattern[str] = _PLACEHOLDER

# Every match of the removal patterns above holds one of these characters:
# a URL holds ``:`` (``http://``) or ``.`` (``www.``), a mention ``@``, a
# placeholder ``*``, ``#``, ``×``, ``<``, ``[`` or ``【``, a sticker ``[``,
# an emoji run one of its own characters. Text without any of them (most
# chat messages) skips the removal passes; the result is the same.
_REMOVAL_TRIGGER = re.compile("[:.@*#\u00d7<\\[\u3010" + _EMOJI.pattern[1:-2] + "]")

#: Upper bound on passes of the pipeline (see Notes of ``normalize_text``).
_MAX_PASSES = 6


class _Plan(NamedTuple):
    to_simplified: bool
    lowercase: bool
    removals: tuple[re.Pattern[str], ...]


@functools.lru_cache(maxsize=1)
def _t2s() -> Any:
    """The one shared OpenCC traditional-to-simplified converter."""
    import opencc  # noqa: PLC0415  (lazy: OpenCC only for traditional text)

    return opencc.OpenCC("t2s")


_SURROGATE = re.compile("([\ud800-\udfff])")


def to_simplified(text: str) -> str:
    """Traditional characters as simplified ones, one character for one, so positions in ``text`` stay valid.

    OpenCC's ``t2s`` table; a character it would turn into more or fewer characters is kept as it is.

    Examples
    --------
    >>> to_simplified("廣東省深圳市南山區科技園南路393號8號樓")
    '广东省深圳市南山区科技园南路393号8号楼'
    """
    if text.isascii():
        return text
    if _SURROGATE.search(text):
        # A lone surrogate (bytes decoded with ``surrogateescape``) cannot go to OpenCC as UTF-8: convert the text
        # around each one and keep it where it was.
        return "".join(part if _SURROGATE.fullmatch(part) else to_simplified(part) for part in _SURROGATE.split(text) if part)
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := cc.convert(c)) == 1 else c for c in text)


@functools.lru_cache(maxsize=128, typed=True)
def _plan(
    to_simplified: Any,
    lowercase: Any,
    remove_emoji: Any,
    remove_urls: Any,
    remove_mentions: Any,
    remove_placeholders: Any,
) -> _Plan:
    """Validate the options once per combination and compile the steps."""
    options = {
        "to_simplified": to_simplified,
        "lowercase": lowercase,
        "remove_emoji": remove_emoji,
        "remove_urls": remove_urls,
        "remove_mentions": remove_mentions,
        "remove_placeholders": remove_placeholders,
    }
    for name, value in options.items():
        if not isinstance(value, (bool, np.bool_)):
            raise TypeError(f"{name} must be a bool; got {type(value).__name__}")
    removals: list[re.Pattern[str]] = []
    # URLs first: they may contain "@", "#", "*" and brackets.
    if remove_urls:
        removals.append(_URL)
    if remove_mentions:
        removals.append(_MENTION)
    if remove_placeholders:
        removals.append(_PLACEHOLDER)
    if remove_emoji:
        removals += [_STICKER, _EMOJI]
    return _Plan(bool(to_simplified), bool(lowercase), tuple(removals))


def _normalize_once(text: str, plan: _Plan) -> str:
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    if plan.to_simplified:
        text = _t2s().convert(text)
    if plan.lowercase:
        text = text.lower()
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    for pattern in plan.removals if plan.removals and _REMOVAL_TRIGGER.search(text) else ():
        # A space, not "", so that the two sides never join into a new match
        # (``[[微笑]微笑]``) or compose (``a`` + removed + combining accent).
        text = pattern.sub(" ", text)
    text = _WHITESPACE.sub(" ", text)
    text = _REPEATED_PUNCT.sub(r"\1", text)
    return text.strip(" ")


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return math.isnan(value)
    return False


def normalize_text(
    text: str | None,
    *,
    to_simplified: bool = True,
    lowercase: bool = True,
    remove_emoji: bool = False,
    remove_urls: bool = False,
    remove_mentions: bool = False,
    remove_placeholders: bool = False,
) -> str:
    """Normalize one chat message for comparison, counting and segmentation.

    Always: drops control, zero-width and lone surrogate characters, applies Unicode NFKC
    (full-width letters, digits and punctuation become half-width:
    ``ＡＢＣ１２３？`` -> ``ABC123?``), collapses every run of whitespace to
    one space, squeezes runs of the same punctuation mark (``？？？``,
    ``！！！``, ``。。。``, ``~~~``) to one, and strips the ends. Runs of
    ``*`` and ``#`` are not squeezed: they are masking placeholders.

    Parameters
    ----------
    text : str or None
        The message. ``None``, ``NaN`` and ``pandas.NA`` give ``""``.
    to_simplified : bool, default True
        Convert traditional to simplified Chinese with OpenCC ``t2s``.
    lowercase : bool, default True
        Lowercase Latin (and other cased) letters.
    remove_emoji : bool, default False
        Remove Unicode emoji and WeCom bracket stickers: the names in
        :data:`WECOM_STICKERS` and any ``[`` + 1-4 CJK characters + ``]``
        (so ``[图片]``-style tags go too).
    remove_urls : bool, default False
        Remove ``http(s)://``, ``ftp://`` and ``www.`` links.
    remove_mentions : bool, default False
        Remove ``@name`` up to the next whitespace (WeCom puts a U+2005
        space after a mention). The ``@`` of an e-mail address is kept.
    remove_placeholders : bool, default False
        Remove masks (:data:`PLACEHOLDER_PATTERN`): runs of two or more
        ``*``, ``#`` or ``×``, tags such as ``<PHONE>``, ``[手机号]`` /
        ``【手机号】`` with a name from :data:`PLACEHOLDER_NAMES`, and the
        slot placeholders of upstream maskers: a bracketed short name with a
        slot marker (``[订单x]``, ``[数字x]``, ``[姓名1]``,
        ``[ORDERID_10438731]``). A text made only of masks becomes ``""``.

    Returns
    -------
    str
        The normalized text; removed items leave a single space between
        their neighbours (stripped at the ends).

    Raises
    ------
    TypeError
        If ``text`` is neither a string nor missing, or an option is not a
        bool.

    See Also
    --------
    normalize_series : The same for a whole column, one call per unique value.

    Notes
    -----
    The function is idempotent for every option set:
    ``normalize_text(normalize_text(x, **kw), **kw) == normalize_text(x, **kw)``.
    One pass of the pipeline is not always a fixed point (OpenCC ``t2s``
    maps 薴 to 苧 and 苧 to 苎), so the pipeline is repeated until the text
    stops changing: text that is already normalized costs one pass and
    anything else two. Removed items are replaced by a space, not deleted,
    so that their neighbours cannot join into a new sticker, run of
    punctuation or combining sequence.

    Examples
    --------
    >>> normalize_text("ＡＢＣ１２３？")
    'abc123?'
    >>> normalize_text("  退貨   發票！！！  ")
    '退货 发票!'
    >>> normalize_text("好的[微笑]马上处理😀", remove_emoji=True)
    '好的 马上处理'
    >>> normalize_text("@张三 看 https://t.cn/abc 手机***", remove_mentions=True,
    ...                remove_urls=True, remove_placeholders=True)
    '看 手机'
    >>> normalize_text("[数字x]号能到吗", remove_placeholders=True)
    '号能到吗'
    >>> normalize_text("[订单x] ***", remove_placeholders=True)
    ''
    >>> normalize_text(None)
    ''
    """
    plan = _plan(
        to_simplified, lowercase, remove_emoji, remove_urls, remove_mentions,
        remove_placeholders,
    )
    if not isinstance(text, str):
        if _is_missing(text):
            return ""
        raise TypeError(f"text must be a str or missing; got {type(text).__name__}")
    for _ in range(_MAX_PASSES):
        new = _normalize_once(text, plan)
        if new == text:
            break
        text = new
    return text


def normalize_series(s: pd.Series, **kwargs: bool) -> pd.Series:
    """Normalize a text column, one :func:`normalize_text` call per unique value.

    Parameters
    ----------
    s : pandas.Series
        Strings and missing values (``None``, ``NaN``, ``pandas.NA``).
    **kwargs : bool
        Options of :func:`normalize_text`.

    Returns
    -------
    pandas.Series
        Same index and name, dtype ``str``; missing values become ``""``.

    Raises
    ------
    TypeError
        If ``s`` is not a Series, holds a value that is neither a string nor
        missing, or an option is not a bool.

    See Also
    --------
    normalize_text : The per-message function and its options.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.Series(["退貨？？", None, "退貨？？", "ＯＫ"], index=[3, 1, 2, 0], name="text")
    >>> normalize_series(s).tolist()
    ['退货?', '', '退货?', 'ok']
    >>> normalize_series(s).index.tolist()
    [3, 1, 2, 0]
    """
    if not isinstance(s, pd.Series):
        raise TypeError(f"s must be a pandas.Series; got {type(s).__name__}")
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    values = [normalize_text(u, **kwargs) for u in uniques]
    if not values:  # also validates the options of an empty or all-missing column
        normalize_text("", **kwargs)
    lookup = np.array([*values, ""], dtype=object)  # code -1 (missing) -> ""
    return pd.Series(lookup[codes], index=s.index, name=s.name, dtype="str")

"""Tests for toolkit.text.normalize."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.text import normalize_series, normalize_text
from toolkit.text.normalize import to_simplified

OPTION_NAMES = (
    "to_simplified",
    "lowercase",
    "remove_emoji",
    "remove_urls",
    "remove_mentions",
    "remove_placeholders",
)
ALL_OPTION_SETS = [
    dict(zip(OPTION_NAMES, values))
    for values in itertools.product((False, True), repeat=len(OPTION_NAMES))
]

# Pieces that exercise every step and their interactions.
FRAGMENTS = [
    "[微笑]", "[捂脸]", "[emm]", "[OK]", "[", "]", "【", "】", "[手机号]", "【电话】",
    "@", "@张三 ", "@李四\u2005", "a@b.com", "http://", "https://t.cn/abc", "www.x.cn",
    "***", "**", "#", "###", "××", "<PHONE>", "<", ">", "<user_id>",
    "？", "？？？", "！！", "。。。", "~~", "～", "〜〜", "…", "……", "?", "!", ".", ",",
    " ", "  ", "\u3000", "\u2005", "\u00a0", "\t", "\n", "\u200b", "\ufeff", "\x00",
    "\u0301", "\u0338", "¨", "ﾞ", "=", "İ", "ẞ", "ß", "ﬁ", "Ⅻ", "㊗", "㍿", "ｶ",
    "ＡＢＣ１２３", "ａｂｃ", "退貨", "發票", "開發票", "乾淨", "頭髮", "著", "后", "後",
    "花唄", "薴", "😀", "😂😂", "👍🏻", "\u200d", "\ufe0f", "1\ufe0f\u20e3", "🇨🇳", "❤", "⭐",
    # upstream slot placeholders (and look-alikes that are not placeholders)
    "[数字x]", "[订单X]", "［金额ｘ］", "【时间x】", "[姓名1]", "[ORDERID_1043]", "[小米11]", "x]", "[数字",
]
# Characters: any code point hypothesis likes, plus CJK, full-width and emoji blocks.
CHARS = st.one_of(
    st.characters(),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
    st.characters(min_codepoint=0x2000, max_codepoint=0x2BFF),
)
MESSY_TEXT = st.lists(
    st.one_of(st.text(alphabet=CHARS, max_size=6), st.sampled_from(FRAGMENTS)),
    max_size=12,
).map("".join)
OPTIONS = st.fixed_dictionaries({name: st.booleans() for name in OPTION_NAMES})


# -- exact values ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３？", "abc123?"),
        ("ｈｅｌｌｏ　ｗｏｒｌｄ", "hello world"),
        ("（退款）", "(退款)"),
        ("退貨", "退货"),
        ("發票", "发票"),
        ("請問怎麼開發票", "请问怎么开发票"),
        ("花唄分期", "花呗分期"),
    ],
)
def test_full_width_and_traditional_are_folded(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("在吗？？？", "在吗?"),
        ("太慢了！！！", "太慢了!"),
        ("好的。。。", "好的。"),
        ("谢谢~~~", "谢谢~"),
        ("谢谢～～", "谢谢~"),
        ("等等……", "等等."),
        ("什么？！？！", "什么?!?!"),
        ("真的?？?", "真的?"),
        ("手机***号", "手机***号"),
    ],
)
def test_repeated_punctuation_is_squeezed_but_masks_are_not(raw, expected):
    assert normalize_text(raw) == expected


def test_traditional_conversion_is_taken_to_its_fixed_point():
    # OpenCC t2s maps 薴 -> 苧 and 苧 -> 苎, so one pass is not idempotent.
    assert normalize_text("薴") == "苎"
    assert normalize_text("薴", to_simplified=False) == "薴"


def test_whitespace_is_collapsed_and_stripped():
    assert normalize_text(" \t你好 \u3000\n 请问\u00a0\u00a0在吗 ") == "你好 请问 在吗"


def test_invisible_characters_are_dropped():
    assert normalize_text("退\u200b款\ufeff\x00") == "退款"


def test_options_can_keep_case_and_traditional():
    assert normalize_text("ＯＫ 退貨", to_simplified=False, lowercase=False) == "OK 退貨"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("好的[微笑]", "好的"),
        ("[捂脸][捂脸]太难了", "太难了"),
        ("[Emm]好吧", "好吧"),
        ("收到😀👍🏻谢谢", "收到 谢谢"),
        ("家人👨\u200d👩\u200d👧来了", "家人 来了"),
        ("按1\ufe0f\u20e3号键", "按1 号键"),
        ("[不存在的长名字]", "[不存在的长名字]"),
        ("数组a[1]", "数组a[1]"),
    ],
)
def test_remove_emoji_removes_emoji_and_bracket_stickers(raw, expected):
    assert normalize_text(raw, remove_emoji=True) == expected


def test_stickers_are_kept_by_default():
    assert normalize_text("好的[微笑]😀") == "好的[微笑]😀"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("详情见https://example.com/a?b=1&c=2查看", "详情见 查看"),
        ("打开 www.abchina.com 登录", "打开 登录"),
        ("HTTP://X.CN/Y", ""),
    ],
)
def test_remove_urls(raw, expected):
    assert normalize_text(raw, remove_urls=True) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("@张三 请处理一下", "请处理一下"),
        ("@张三\u2005@李四\u2005看下", "看下"),
        ("请联系@王五", "请联系"),
        ("邮箱abc@qq.com", "邮箱abc@qq.com"),
    ],
)
def test_remove_mentions(raw, expected):
    assert normalize_text(raw, remove_mentions=True) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("我的卡号***怎么还款", "我的卡号 怎么还款"),
        ("订单###已发货", "订单 已发货"),
        ("请拨打<PHONE>联系", "请拨打 联系"),
        ("电话[手机号]找我", "电话 找我"),
        ("电话【手机号】找我", "电话 找我"),
        ("收到[图片]", "收到"),
        ("单个*号和#号保留", "单个*号和#号保留"),
        # slot placeholders of upstream maskers: a short name and a slot marker
        ("[数字x]号能到吗", "号能到吗"),
        ("咨询订单号:[订单x] 订单金额:[金额x] 下单时间:[时间x]", "咨询订单号: 订单金额: 下单时间:"),
        ("[姓名x]你好,[地址x]能送吗", "你好, 能送吗"),
        ("打[电话x]或点[链接x]", "打 或点"),
        ("［订单Ｘ］到了吗", "到了吗"),  # full width, upper case
        ("【金额x2】退了吗", "退了吗"),
        ("[姓名1]和[姓名2]", "和"),
        ("[ORDERID_10438731]还没到", "还没到"),
        ("[user_x]", ""),
        ("[商品快照]", ""),
        # only placeholders: nothing is left
        ("[订单x] [金额x] *** ###", ""),
        ("[数字x][数字x]", ""),
        # the toolkit's own PII placeholders (toolkit.privacy.mask)
        ("[邮箱] [身份证] [银行卡] [手机号] [电话] [地址] [姓名]", ""),
        # not placeholders: products, stickers, Latin words, an unclosed bracket
        ("[小米11]多少钱", "[小米11]多少钱"),
        ("[iphone-12]", "[iphone-12]"),
        ("[max]", "[max]"),
        ("[微笑]", "[微笑]"),
        ("[数字x", "[数字x"),
        ("x号[这是一句很长的话不是占位符x]", "x号[这是一句很长的话不是占位符x]"),
    ],
)
def test_remove_placeholders(raw, expected):
    assert normalize_text(raw, remove_placeholders=True) == expected


def test_placeholders_are_kept_without_the_option():
    assert normalize_text("[数字x]号能到吗") == "[数字x]号能到吗"


def test_toolkit_pii_placeholders_are_all_removed():
    from toolkit.privacy.mask import PLACEHOLDERS

    for placeholder in PLACEHOLDERS.values():
        assert normalize_text(f"a{placeholder}b", remove_placeholders=True) == "a b", placeholder


def test_removed_items_never_join_their_neighbours():
    assert normalize_text("[[微笑]微笑]", remove_emoji=True) == "[ 微笑]"
    assert normalize_text("？[微笑]？", remove_emoji=True) == "? ?"


@pytest.mark.parametrize("missing", [None, float("nan"), np.nan, pd.NA])
def test_missing_values_give_empty_string(missing):
    assert normalize_text(missing) == ""


def test_non_string_text_raises():
    with pytest.raises(TypeError, match="text must be a str or missing; got int"):
        normalize_text(123)


def test_non_bool_option_raises():
    with pytest.raises(TypeError, match="remove_emoji must be a bool; got str"):
        normalize_text("x", remove_emoji="yes")


# -- idempotence ------------------------------------------------------------------


@settings(max_examples=1500, deadline=None)
@given(text=MESSY_TEXT, options=OPTIONS)
def test_normalize_text_is_idempotent(text, options):
    once = normalize_text(text, **options)
    assert normalize_text(once, **options) == once


@pytest.mark.parametrize("options", ALL_OPTION_SETS, ids=lambda o: "".join(str(int(v)) for v in o.values()))
def test_normalize_text_is_idempotent_on_fragments_for_every_option_set(options):
    pieces = FRAGMENTS + ["".join(pair) for pair in itertools.permutations(FRAGMENTS[:40], 2)]
    for text in pieces:
        once = normalize_text(text, **options)
        assert normalize_text(once, **options) == once, ascii(text)


@settings(max_examples=300, deadline=None)
@given(text=MESSY_TEXT, options=OPTIONS)
def test_output_has_no_runs_of_whitespace_and_no_outer_space(text, options):
    out = normalize_text(text, **options)
    assert out == out.strip()
    assert "  " not in out
    assert not any(ch.isspace() and ch != " " for ch in out)


# -- the shortcut that skips the removal patterns ---------------------------------


def _every_pattern_match_holds_a_trigger(text: str) -> None:
    from toolkit.text import normalize as N

    for pattern in (N._URL, N._MENTION, N._PLACEHOLDER, N._STICKER, N._EMOJI):
        for m in pattern.finditer(text):
            assert N._REMOVAL_TRIGGER.search(m.group()), (pattern.pattern[:30], m.group())


@settings(max_examples=1500, deadline=None)
@given(text=MESSY_TEXT, options=OPTIONS)
def test_removal_shortcut_changes_nothing(text, options):
    """Skipping the removal patterns when no trigger character is present gives the same text."""
    from toolkit.text import normalize as N

    fast = normalize_text(text, **options)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(N, "_REMOVAL_TRIGGER", N.re.compile(r"(?s)."))  # always run the removals (empty text: none)
        slow = normalize_text(text, **options)
    assert fast == slow
    _every_pattern_match_holds_a_trigger(text)


@pytest.mark.parametrize("text", FRAGMENTS + ["http://a.cn x", "www.x.cn", "@张三 好", "<phone>", "【手机号】",
                                              "[微笑]", "***", "##", "××", "😀", "❤\ufe0f"])
def test_every_removal_match_holds_a_trigger_character(text):
    _every_pattern_match_holds_a_trigger(text)


# -- series -------------------------------------------------------------------------


def test_normalize_series_keeps_index_and_name_and_maps_missing_to_empty():
    s = pd.Series(["退貨？？", None, "ＯＫ", np.nan, "退貨？？"], index=[10, 3, 3, 7, 1], name="text")
    out = normalize_series(s, lowercase=False)
    expected = pd.Series(["退货?", "", "OK", "", "退货?"], index=[10, 3, 3, 7, 1], name="text", dtype="str")
    pd.testing.assert_series_equal(out, expected)


def test_normalize_series_accepts_string_dtype_and_empty_series():
    s = pd.Series(["發票", pd.NA], dtype="string", name="q")
    assert normalize_series(s).tolist() == ["发票", ""]
    empty = normalize_series(pd.Series([], dtype=object, name="q"))
    assert len(empty) == 0 and empty.name == "q"


def test_normalize_series_matches_normalize_text():
    texts = [FRAGMENTS[i] + FRAGMENTS[-i] for i in range(len(FRAGMENTS))]
    out = normalize_series(pd.Series(texts), remove_emoji=True)
    assert out.tolist() == [normalize_text(t, remove_emoji=True) for t in texts]


def test_normalize_series_does_not_change_the_input():
    s = pd.Series(["退貨"])
    normalize_series(s)
    assert s.tolist() == ["退貨"]


def test_normalize_series_rejects_non_series_and_bad_values():
    with pytest.raises(TypeError, match="s must be a pandas.Series; got list"):
        normalize_series(["x"])
    with pytest.raises(TypeError, match="text must be a str or missing; got int"):
        normalize_series(pd.Series(["x", 5], dtype=object))
    with pytest.raises(TypeError, match="lowercase must be a bool"):
        normalize_series(pd.Series([None]), lowercase=1)




def test_to_simplified_keeps_lone_surrogates_in_place():
    """Bytes decoded with ``surrogateescape`` leave lone surrogates, which OpenCC cannot take as UTF-8."""
    text = "電話\udcff廣東省"
    out = to_simplified(text)
    assert out == "电话\udcff广东省" and len(out) == len(text)

"""Tests for toolkit.text.segmenter (segment, Segmenter, char_ngrams)."""

from __future__ import annotations

import copy
import pickle
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.text import (
    Segmenter,
    char_ngrams,
    default_stopwords,
    default_user_words,
    normalize_text,
    segment,
)

DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"
ATEC = DATASETS / "atec_antfin" / "questions.csv"
#: Built once: each new Segmenter loads the rjieba dictionary (~0.1 s).
SHARED = Segmenter()


# -- shipped word lists ---------------------------------------------------------


def test_shipped_lists_are_normalized_and_sized():
    stop = default_stopwords()
    words = [w for w, _, _ in default_user_words()]
    assert 150 <= len(stop) <= 220
    assert 80 <= len(words) <= 120
    assert all(normalize_text(w) == w for w in stop | set(words))
    assert {"的", "了", "吗", "呢", "请问", "一下", "这个", "您"} <= stop
    # Negations and question words carry intent and are not stopwords.
    assert not {"不", "没有", "怎么", "为什么", "多少", "还"} & stop
    assert {"花呗", "借呗", "企微", "会话存档", "开发票", "七天无理由", "7天无理由"} <= set(words)


# -- the user dictionary ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain", "with_dict"),
    [
        ("企微小助手", ["企", "微小", "助手"], ["企微小助手"]),
        ("企微会话存档", ["企微会", "话", "存档"], ["企微", "会话存档"]),
        ("花呗分期", ["花", "呗", "分期"], ["花呗", "分期"]),
        ("借呗额度", ["借", "呗", "额度"], ["借呗", "额度"]),
        ("快递单号", ["快递", "单", "号"], ["快递单号"]),
        ("7天无理由", ["7", "天无", "理由"], ["7天无理由"]),
        ("运费险", ["运费", "险"], ["运费险"]),
    ],
)
def test_domain_dictionary_changes_splits(text, plain, with_dict):
    assert Segmenter(use_default_dict=False, stopwords=())(text) == plain
    assert Segmenter(stopwords=())(text) == with_dict


def test_segment_keeps_domain_words():
    assert segment("怎么开发票") == ["怎么", "开发票"]
    assert segment("花呗分期") == ["花呗", "分期"]
    assert segment("請問花唄怎麼還款？？") == ["花呗", "怎么", "还款"]


def test_user_dict_extends_the_default_dictionary():
    before = segment("云朵会员卡花呗")
    assert before[-1] == "花呗" and "云朵会员卡" not in before
    assert segment("云朵会员卡花呗", user_dict=["云朵会员卡"]) == ["云朵会员卡", "花呗"]
    # the cached default segmenter is not changed by a call with a user_dict
    assert segment("云朵会员卡花呗") == before


def test_user_dict_from_file_and_tuples(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# ours\n云朵会员卡 10 n\n", encoding="utf-8")
    assert segment("云朵会员卡", user_dict=path) == ["云朵会员卡"]
    assert segment("云朵会员卡", user_dict=[("云朵会员卡", None, "n")]) == ["云朵会员卡"]


def test_user_words_are_normalized_like_text():
    seg = Segmenter(["雲朵會員卡"], stopwords=())
    assert seg.user_words == ("云朵会员卡",)
    assert seg("雲朵會員卡") == ["云朵会员卡"]


def test_add_words_extends_a_built_segmenter_and_chains():
    seg = Segmenter(stopwords=())
    assert seg("云朵会员卡") != ["云朵会员卡"]
    assert seg.add_words(["云朵会员卡"]) is seg
    assert seg("云朵会员卡") == ["云朵会员卡"]
    assert seg.user_words == ("云朵会员卡",)


def test_segmenters_do_not_share_dictionaries():
    a = Segmenter(["云朵会员卡"], stopwords=())
    b = Segmenter(stopwords=())
    assert a("云朵会员卡") == ["云朵会员卡"]
    assert b("云朵会员卡") != ["云朵会员卡"]


# -- stopwords, punctuation, modes ----------------------------------------------------


def test_stopwords_are_removed_by_default():
    assert segment("您好，我想问一下这个花呗怎么还款呢？") == ["花呗", "怎么", "还款"]
    assert segment("我的花呗", stopwords=()) == ["我", "的", "花呗"]
    assert segment("我的花呗", stopwords=["花唄"]) == ["我", "的"]


def test_punctuation_and_whitespace_are_dropped_unless_keep_punct():
    assert segment("花呗 ，分期！！ ok") == ["花呗", "分期"]
    assert segment("花呗 ，分期！！", keep_punct=True) == ["花呗", ",", "分期", "!"]


def test_search_mode_adds_sub_words():
    default = segment("增值税专用发票怎么开")
    search = segment("增值税专用发票怎么开", mode="search")
    assert default == ["增值税专用发票", "怎么", "开"]
    assert {"增值税", "专用", "发票", "增值税专用发票"} <= set(search)
    assert segment("怎么开发票", mode="search") == ["怎么", "开发", "发票", "开发票"]


def test_normalized_true_skips_normalization():
    assert segment("花唄", normalized=True, stopwords=()) != ["花呗"]
    assert segment("花唄") == ["花呗"]


def test_missing_and_empty_text_give_no_tokens():
    assert segment(None) == []
    assert segment(float("nan")) == []
    assert segment("  ？？ ") == []


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="mode must be 'default' or 'search'; got 'all'"):
        segment("x", mode="all")
    with pytest.raises(ValueError, match="mode must be"):
        Segmenter(mode="all")
    with pytest.raises(TypeError, match="user_dict must be an iterable of words or a path"):
        segment("x", user_dict="花呗")
    with pytest.raises(TypeError, match="stopwords must be an iterable of words"):
        Segmenter(stopwords="的")
    with pytest.raises(TypeError, match="keep_punct must be a bool"):
        Segmenter(keep_punct=1)
    with pytest.raises(TypeError, match="text must be a str when normalized=True"):
        segment(None, normalized=True)
    with pytest.raises(TypeError, match="text must be a str or missing; got int"):
        segment(5)


# -- pickling, copying, determinism ----------------------------------------------------


def test_pickle_round_trip_rebuilds_the_dictionary():
    seg = Segmenter(["云朵会员卡"], stopwords=["的"], mode="search", keep_punct=True)
    seg("warm up")  # build the rjieba state before pickling
    clone = pickle.loads(pickle.dumps(seg))
    assert clone == seg
    assert clone._jieba is None
    assert clone("我的云朵会员卡!") == seg("我的云朵会员卡!")
    assert "云朵会员卡" in clone("我的云朵会员卡!")
    assert (clone.mode, clone.keep_punct, clone.user_words) == ("search", True, ("云朵会员卡",))


def test_deepcopy_and_sklearn_clone_keep_the_words():
    from sklearn.base import clone
    from sklearn.feature_extraction.text import TfidfVectorizer

    seg = Segmenter(["云朵会员卡"])
    assert copy.deepcopy(seg)("云朵会员卡") == ["云朵会员卡"]
    vec = clone(TfidfVectorizer(tokenizer=seg, token_pattern=None, lowercase=False))
    vec.fit(["云朵会员卡怎么开发票", "花呗分期怎么还款"])
    assert sorted(vec.vocabulary_) == sorted(["云朵会员卡", "怎么", "开发票", "花呗", "分期", "还款"])


def test_segmenter_is_read_only_except_add_words():
    seg = Segmenter()
    with pytest.raises(AttributeError):
        seg.mode = "search"
    with pytest.raises(TypeError):
        hash(seg)
    assert repr(seg).startswith("Segmenter(n_user_words=0, n_stopwords=")


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF) | st.sampled_from("花呗借分期？ ，a1"), max_size=30))
def test_segmentation_is_deterministic_and_drops_punct(text):
    first = segment(text)
    assert first == segment(text) == SHARED(text)
    assert all(tok.strip() and any(c.isalnum() for c in tok) for tok in first)
    assert not set(first) & default_stopwords()


# -- char n-grams ----------------------------------------------------------------------


def test_char_ngrams_do_not_span_spaces_or_punctuation():
    assert char_ngrams("開發票？好") == ["开", "发", "票", "好", "开发", "发票"]
    assert char_ngrams("ab c", n=2) == ["ab"]
    assert char_ngrams("开发票", n=(2, 3)) == ["开发", "发票", "开发票"]
    assert char_ngrams(None) == []


@pytest.mark.parametrize("bad", [0, (2, 1), (0, 2), (1, 2, 3), 1.5, True])
def test_char_ngrams_rejects_bad_n(bad):
    with pytest.raises(ValueError, match="n must"):
        char_ngrams("abc", n=bad)


# -- real data ---------------------------------------------------------------------------


@pytest.mark.skipif(not ATEC.exists(), reason=f"real dataset not present at {ATEC}")
def test_real_questions_segment_quickly_and_use_the_domain_dictionary():
    questions = pd.read_csv(ATEC)["question"]
    start = time.perf_counter()
    seg = Segmenter()
    tokens = [seg(q) for q in questions]
    seconds = time.perf_counter() - start
    assert len(tokens) == len(questions) == 15_000
    assert seconds < 10, f"15k questions took {seconds:.1f} s"
    flat = [t for toks in tokens for t in toks]
    assert flat.count("花呗") > 3000 and flat.count("借呗") > 1000
    assert "呗" not in flat[:1000]
    assert sum(not toks for toks in tokens) < 20


def _char_ngrams_reference(text: str, low: int, high: int) -> list[str]:
    runs, cur = [], []
    for ch in text:
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return [r[i : i + n] for n in range(low, high + 1) for r in runs for i in range(len(r) - n + 1)]


@given(st.text(alphabet=st.sampled_from(list("开发票好 _-？!ab12Ⅻ²٣\u3000、")) | st.characters(), max_size=30),
       st.sampled_from([(1, 1), (1, 2), (2, 2), (2, 3), (3, 3)]))
def test_char_ngrams_equal_the_character_loop(text, n):
    assert char_ngrams(text, n, normalized=True) == _char_ngrams_reference(text, *n)

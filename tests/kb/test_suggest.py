"""suggest_answer and suggest_answers."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.exceptions import SchemaError
from toolkit.kb.suggest import Suggestion, suggest_answer, suggest_answers
from toolkit.text import normalize_text

REPLIES = pd.DataFrame({
    "question_id": [f"q{i}" for i in range(7)],
    "kb_id": ["K6"] * 6 + ["K1"],
    "reply_msgid": [f"r{i}" for i in range(7)],
    "reply_employee_id": ["zs", "ls", "ww", "zs", "ls", "ww", "zs"],
    "reply_outcome": ["thanked", "thanked", "no_follow_up", "no_follow_up", "asked_again", "thanked", "thanked"],
    "is_good_reply": [True, True, True, True, False, True, True],
    "reply_text": [
        "亲，微信支付1-3个工作日到账，银行卡3-7个工作日。祝您生活愉快！",
        "@小王 微信1-3个工作日到账；银行卡3-7个工作日哦",
        "微信支付1-3个工作日到账，银行卡3-7个工作日",
        "您好，仓库签收后24小时内审核，微信支付1-3个工作日到账",
        "会尽快处理的",
        "颜色拍错的话取消重新拍就行，充满2小时",
        "整机保修2年",
    ],
})


def test_draft_states_the_typical_facts_from_good_replies_only():
    s = suggest_answer("K6", REPLIES, answer="退款会尽快处理，请耐心等待。")
    assert isinstance(s, Suggestion)
    assert "1-3个工作日" in s.draft and "3-7个工作日" in s.draft
    assert s.draft.endswith("。")
    assert set(s.added_facts) >= {"1-3工作日", "3-7工作日"}
    assert "尽快" not in s.draft  # the asked-again reply is not used
    assert "颜色" not in s.draft  # untypical facts (2小时) come from another question
    assert "祝您" not in s.draft and "@" not in s.draft
    assert s.n_candidates == 5


def test_sources_are_the_replies_behind_the_draft():
    s = suggest_answer("K6", REPLIES)
    assert list(s.sources.columns) == ["question_id", "reply_msgid", "reply_employee_id", "reply_outcome",
                                       "reply_text", "clause"]
    assert set(s.sources["reply_msgid"]) <= {"r0", "r1", "r2", "r3"}
    for clause, text in zip(s.sources["clause"], s.sources["reply_text"], strict=True):
        assert clause in normalize_text(text, lowercase=False)


def test_no_good_reply_gives_an_empty_draft():
    s = suggest_answer("K9", REPLIES)
    assert s.draft == "" and s.sources.empty and s.n_candidates == 0


def test_max_clauses_limits_the_draft():
    s = suggest_answer("K6", REPLIES, max_clauses=1)
    assert s.draft.count("；") == 0


def test_deterministic():
    a = suggest_answer("K6", REPLIES)
    b = suggest_answer("K6", REPLIES.sample(frac=1.0, random_state=0).sort_index())
    assert a.draft == b.draft


def test_suggest_answers_for_weak_entries():
    scores = pd.DataFrame({"kb_id": ["K6", "K1"], "answer": ["会尽快处理", "保修2年"], "answer_score": [0.2, 0.9]})
    out = suggest_answers(scores, REPLIES)
    assert out["kb_id"].tolist() == ["K6"]
    assert out.loc[0, "n_sources"] >= 2 and "“" in out.loc[0, "source_replies"]
    both = suggest_answers(scores, REPLIES, kb_ids=["K1", "K6"])
    assert both["kb_id"].tolist() == ["K6", "K1"]


def test_validates():
    with pytest.raises(SchemaError, match="is_good_reply"):
        suggest_answer("K6", REPLIES.drop(columns="is_good_reply"))
    with pytest.raises(ValueError, match="max_clauses"):
        suggest_answer("K6", REPLIES, max_clauses=0)
    with pytest.raises(SchemaError, match="answer_score"):
        suggest_answers(pd.DataFrame({"kb_id": ["K6"]}), REPLIES)

"""Every frame a public function returns matches its declared ``*_SCHEMA`` (columns, order and dtype kinds).

The frames are produced on the tiny archive (:func:`toolkit.testing.tiny_archive`)
with a small KB written here and a deterministic stand-in embedder, so the
whole file runs in seconds.
"""

from __future__ import annotations

import hashlib
import warnings

import numpy as np
import pandas as pd
import pytest

from toolkit.archive import schema
from toolkit.archive.schema import validate_frame
from toolkit.archive.side import CUSTOMER_COLUMNS, CUSTOMER_SCHEMA, load_customers
from toolkit.exceptions import SchemaError
from toolkit.gating import GatingPolicy, eligibility, gating_decision, simulate_gating
from toolkit.gating._eligibility import ELIGIBILITY_COLUMNS, ELIGIBILITY_SCHEMA
from toolkit.gating._replay import GATING_COLUMNS, GATING_SCHEMA
from toolkit.gating.decide import DECISION_COLUMNS, DECISION_SCHEMA
from toolkit.kb import KBMatcher, coverage, extract_facts, kb_fit, load_kb, match_replies, score_answers, topic_coverage
from toolkit.kb._facts import FACT_COLUMNS, FACT_SCHEMA
from toolkit.kb._matcher import MATCH_COLUMNS, MATCH_SCHEMA
from toolkit.kb._replies import REPLY_COLUMNS, REPLY_SCHEMA
from toolkit.kb.fit import FIT_TABLE_COLUMNS, FIT_TABLE_SCHEMA
from toolkit.kb.gaps import COVERAGE_COLUMNS, COVERAGE_SCHEMA, TOPIC_COVERAGE_COLUMNS, TOPIC_COVERAGE_SCHEMA
from toolkit.kb.load import ENTRY_COLUMNS, ENTRY_SCHEMA, KB_QUARANTINE_COLUMNS, KB_QUARANTINE_SCHEMA
from toolkit.kb.score import SCORE_COLUMNS, SCORE_SCHEMA
from toolkit.ops import consent_relationships, handover_report
from toolkit.ops.consent import RELATIONSHIP_COLUMNS, RELATIONSHIP_SCHEMA
from toolkit.ops.handover import HANDOVER_COLUMNS, HANDOVER_SCHEMA
from toolkit.questions import FrequentQuestions, extract_questions, find_templates, match_previous, summarize_templates
from toolkit.questions import review
from toolkit.questions.cluster import CLUSTER_COLUMNS, CLUSTER_SCHEMA
from toolkit.questions.extract import QUESTION_COLUMNS, QUESTION_SCHEMA
from toolkit.questions.review import MATCH_PREVIOUS_COLUMNS, MATCH_PREVIOUS_SCHEMA
from toolkit.questions.templates import TEMPLATE_COLUMNS, TEMPLATE_SCHEMA
from toolkit.questions.topics import TOPIC_COLUMNS, TOPIC_SCHEMA
from toolkit.testing import tiny_archive, tiny_customers

KINDS = {schema.STR, schema.INT, schema.DATETIME, schema.LIST_STR, schema.BOOL, schema.FLOAT,
         schema.NAIVE_DATETIME, schema.OBJECT}

#: name -> (schema, public tuple)
SCHEMAS = {
    "HANDOVER": (HANDOVER_SCHEMA, HANDOVER_COLUMNS),
    "RELATIONSHIP": (RELATIONSHIP_SCHEMA, RELATIONSHIP_COLUMNS),
    "CUSTOMER": (CUSTOMER_SCHEMA, CUSTOMER_COLUMNS),
    "FIT_TABLE": (FIT_TABLE_SCHEMA, FIT_TABLE_COLUMNS),
    "SCORE": (SCORE_SCHEMA, SCORE_COLUMNS),
    "REPLY": (REPLY_SCHEMA, REPLY_COLUMNS),
    "FACT": (FACT_SCHEMA, FACT_COLUMNS),
    "ENTRY": (ENTRY_SCHEMA, ENTRY_COLUMNS),
    "KB_QUARANTINE": (KB_QUARANTINE_SCHEMA, KB_QUARANTINE_COLUMNS),
    "MATCH": (MATCH_SCHEMA, MATCH_COLUMNS),
    "COVERAGE": (COVERAGE_SCHEMA, COVERAGE_COLUMNS),
    "TOPIC_COVERAGE": (TOPIC_COVERAGE_SCHEMA, TOPIC_COVERAGE_COLUMNS),
    "QUESTION": (QUESTION_SCHEMA, QUESTION_COLUMNS),
    "CLUSTER": (CLUSTER_SCHEMA, CLUSTER_COLUMNS),
    "MATCH_PREVIOUS": (MATCH_PREVIOUS_SCHEMA, MATCH_PREVIOUS_COLUMNS),
    "TOPIC": (TOPIC_SCHEMA, TOPIC_COLUMNS),
    "TEMPLATE": (TEMPLATE_SCHEMA, TEMPLATE_COLUMNS),
    "ELIGIBILITY": (ELIGIBILITY_SCHEMA, ELIGIBILITY_COLUMNS),
    "DECISION": (DECISION_SCHEMA, DECISION_COLUMNS),
    "GATING": (GATING_SCHEMA, GATING_COLUMNS),
}

#: A KB about what the tiny archive's customers ask (保修, 电池, 退货, 发票, 换货, 快递).
KB = pd.DataFrame({
    "kb_id": ["K01", "K01", "K02", "K03", "K04", "K05", "K06"],
    "question": ["保修多久", "保修期多长", "电池能用多久", "退货怎么申请", "发票怎么开", "换货要几天", "快递到哪了"],
    "answer": ["整机保修2年", "整机保修2年", "电池续航3天", "小程序里申请退货", "小程序里开发票", "换货3-5个工作日",
               "订单页查看物流"],
    "updated_at": ["2026-01-05", "2026-01-05", "2025-06-01", "2026-03-01", "2026-03-01", "2025-12-01", "2026-02-01"],
})
CALIBRATION = {"intercept": -6.0, "weights": (2.0, 2.0, 2.0, 6.0)}


def _embedder(texts: list[str]) -> np.ndarray:
    """Bag of character hashes in 64 dimensions: deterministic and fast."""
    out = np.zeros((len(texts), 64))
    for i, t in enumerate(texts):
        for ch in t:
            out[i, int(hashlib.md5(ch.encode()).hexdigest()[:4], 16) % 64] += 1.0
    return out


def check(out: pd.DataFrame, name: str, *, at: str = "start") -> None:
    """``out`` has the schema's columns (at the start, the end or exactly) with the schema's kinds."""
    sch, cols = SCHEMAS[name]
    assert len(out) > 0, f"{name}: the fixture should give a non-empty frame"
    validate_frame(out, sch, name=name)
    # validate_frame leaves float columns unchecked: check them here.
    bad = [c for c, k in sch.items() if k == schema.FLOAT and not pd.api.types.is_float_dtype(out[c].dtype)]
    assert not bad, f"{name}: not float: {bad}"
    if at == "exact":
        assert tuple(out.columns) == cols
    elif at == "end":
        assert tuple(out.columns[-len(sch):]) == cols
    else:
        assert tuple(out.columns[:len(sch)]) == cols


@pytest.fixture(scope="module")
def world() -> dict:
    """The tiny archive and everything derived from it, computed once."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = tiny_archive()
        questions = extract_questions(archive)
        matcher = KBMatcher(embedder=_embedder, calibration=CALIBRATION).fit(KB)
        fq = FrequentQuestions(embedder="none", similarity_threshold=0.3, min_cluster_size=1, min_topic_size=1,
                               seed_questions=KB).fit(questions)
        asked = questions[questions["is_question"]]
        replayed = simulate_gating(asked, matcher, GatingPolicy(threshold=0.1), kb=KB)
    return {"archive": archive, "questions": questions, "matcher": matcher, "fq": fq, "replayed": replayed}


# ---------------------------------------------------------------- the schemas themselves


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_the_tuple_with_known_kinds(name):
    sch, cols = SCHEMAS[name]
    assert isinstance(cols, tuple) and cols == tuple(sch)
    assert set(sch.values()) <= KINDS, {c: k for c, k in sch.items() if k not in KINDS}


def test_validate_frame_checks_the_new_kinds():
    sch = {"t": schema.NAIVE_DATETIME, "o": schema.OBJECT}
    ok = pd.DataFrame({"t": pd.to_datetime(["2026-07-01"]), "o": [["a"]]})
    assert validate_frame(ok, sch) is ok
    with pytest.raises(SchemaError, match="t "):
        validate_frame(ok.assign(t=ok["t"].dt.tz_localize("UTC")), sch)
    with pytest.raises(SchemaError, match="o "):
        validate_frame(ok.assign(o=["a"]), sch)


def test_a_wrong_dtype_fails_the_check(world):
    out = world["questions"].assign(n_messages=world["questions"]["n_messages"].astype(float))
    with pytest.raises(SchemaError, match="n_messages"):
        check(out, "QUESTION")
    with pytest.raises(AssertionError, match="reply_seconds"):
        check(world["questions"].assign(reply_seconds="x"), "QUESTION")
    with pytest.raises(AssertionError):
        check(world["questions"][list(reversed(QUESTION_COLUMNS))], "QUESTION")


# ---------------------------------------------------------------- archive and ops


def test_customers():
    check(load_customers(tiny_customers()), "CUSTOMER", at="exact")


def test_relationships(world):
    check(consent_relationships(world["archive"], customers=tiny_customers()), "RELATIONSHIP", at="exact")


def test_handover(world):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = handover_report(world["archive"], customers=tiny_customers())
    check(out, "HANDOVER", at="exact")


# ---------------------------------------------------------------- questions


def test_questions(world):
    check(world["questions"], "QUESTION", at="exact")


def test_clusters_and_topics(world):
    check(world["fq"].clusters_, "CLUSTER", at="exact")
    check(world["fq"].topics_, "TOPIC", at="exact")


def test_match_previous(world):
    check(match_previous(world["fq"], world["fq"], embedder="none"), "MATCH_PREVIOUS")


def test_templates():
    texts = pd.Series([f"订单号:{1000000 + i} 状态:已签收" for i in range(5)] + ["怎么退货"])
    check(summarize_templates(texts, find_templates(texts)), "TEMPLATE", at="exact")


# ---------------------------------------------------------------- kb


def test_kb_entries_and_quarantine():
    check(load_kb(KB).entries, "ENTRY", at="exact")
    bad = pd.DataFrame({"kb_id": ["K1", None, "K3"], "question": ["保修多久", "发票", ""], "answer": ["2年", "可以", "好"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(load_kb(bad).quarantine, "KB_QUARANTINE", at="exact")


def test_match(world):
    check(world["matcher"].match(["保修多久", "怎么退货"], k=3), "MATCH", at="exact")


def test_facts():
    check(extract_facts("整机保修2年，维修周期3-5个工作日，免费"), "FACT", at="exact")


def test_replies_and_scores(world):
    check(match_replies(world["questions"], world["matcher"], threshold=0.1), "REPLY", at="exact")
    out = score_answers(KB, world["questions"], matcher=world["matcher"], embedder=_embedder, threshold=0.1)
    check(out, "SCORE", at="exact")


def test_coverage(world):
    check(coverage(world["fq"].clusters_, world["matcher"], threshold=0.1), "COVERAGE", at="exact")


def test_topic_coverage(world):
    fq, q = world["fq"], world["questions"]
    out = topic_coverage(q.assign(topic_id=fq.topic_labels_), world["matcher"], topics=fq.topics_, threshold=0.1)
    check(out, "TOPIC_COVERAGE", at="exact")


def test_kb_fit_table(world):
    check(kb_fit(KB, world["questions"], world["matcher"], threshold=0.1).table, "FIT_TABLE", at="exact")


# ---------------------------------------------------------------- gating


def test_eligibility(world):
    check(eligibility(world["archive"]), "ELIGIBILITY", at="exact")


def test_gating(world):
    check(world["replayed"].per_question, "GATING", at="end")


def test_decision(world):
    check(gating_decision(world["replayed"], min_shown=1).table, "DECISION", at="exact")


# ---------------------------------------------------------------- the rename


def test_old_match_columns_name_warns_and_is_the_new_tuple():
    with pytest.warns(FutureWarning, match="MATCH_PREVIOUS_COLUMNS"):
        old = review.MATCH_COLUMNS
    assert old == MATCH_PREVIOUS_COLUMNS
    with pytest.raises(AttributeError):
        review.NO_SUCH_NAME  # noqa: B018

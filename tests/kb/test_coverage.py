"""coverage and coverage_summary."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.exceptions import SchemaError
from toolkit.kb import COVERAGE_COLUMNS, coverage, coverage_summary


class KeywordMatcher:
    """Entry K1 for 保修 (0.9), K2 for 退款 (0.8), else K1 at 0.1; runner-up K3 at half the score."""

    def match(self, queries, k=10):
        rows = []
        for i, q in enumerate(queries):
            kid, sc = ("K1", 0.9) if "保修" in q else ("K2", 0.8) if "退款" in q else ("K1", 0.1)
            rows += [(i, 1, kid, sc, sc / 2), (i, 2, "K3", sc / 2, sc / 2)]
        return pd.DataFrame(rows, columns=["query_pos", "rank", "kb_id", "score", "margin"])


CLUSTERS = pd.DataFrame({
    "cluster_id": [0, 1, 2, 3],
    "label": ["保修", "退款", "地址", "颜色"],
    "representative": ["保修多久", "退款多久到账", "能改地址吗", "有几个颜色"],
    "n_questions": [50, 30, 15, 5],
    "n_customers": [40, 25, 12, 5],
    "share_of_customers": [0.4, 0.25, 0.12, 0.05],
    "examples": [["保修多久", "保修几年"], ["退款多久到账"], ["能改地址吗", "地址填错了"], ["有几个颜色"]],
    "kb_id": [np.nan, "K2", np.nan, np.nan],  # a seeded clusters_ column is not trusted
})


def test_clusters_get_their_best_entry_and_gaps_are_ranked_by_customers():
    cov = coverage(CLUSTERS, KeywordMatcher(), threshold=0.3)
    assert list(cov.columns) == list(COVERAGE_COLUMNS)
    assert cov["cluster_id"].tolist() == [2, 3, 0, 1]
    assert cov["gap_rank"].tolist()[:2] == [1.0, 2.0] and cov["gap_rank"].iloc[2:].isna().all()
    by = cov.set_index("cluster_id")
    assert by.loc[0, "kb_id"] == "K1" and by.loc[0, "match_score"] == pytest.approx(0.9)
    assert by.loc[0, "runner_up_kb_id"] == "K3" and by.loc[0, "margin"] == pytest.approx(0.45)
    assert pd.isna(by.loc[2, "kb_id"]) and by.loc[2, "best_kb_id"] == "K1"
    assert by["share_of_questions"].sum() == pytest.approx(1.0)


def test_threshold_decides_what_is_answered():
    low = coverage(CLUSTERS, KeywordMatcher(), threshold=0.05)
    high = coverage(CLUSTERS, KeywordMatcher(), threshold=0.85)
    assert low["is_answered"].all()
    assert high.loc[high["is_answered"], "cluster_id"].tolist() == [0]


def test_questions_frame_grouped_by_cluster_id_or_text():
    q = pd.DataFrame({
        "text": ["保修多久", "保修几年", "能改地址吗", "你好", "能改地址吗"],
        "is_question": [True, True, True, False, True],
        "customer_id": ["a", "b", "c", "d", "e"],
        "cluster_id": [0, 0, 1, -1, 1],
    })
    cov = coverage(q, KeywordMatcher()).set_index("cluster_id")
    assert cov.loc[0, "n_questions"] == 2 and cov.loc[0, "is_answered"]
    assert cov.loc[1, "share_of_customers"] == pytest.approx(2 / 4) and not cov.loc[1, "is_answered"]
    by_text = coverage(q.drop(columns="cluster_id"), KeywordMatcher())
    assert sorted(by_text["representative"]) == ["保修几年", "保修多久", "能改地址吗"]


def test_without_customer_counts_gaps_rank_by_questions():
    cl = CLUSTERS.drop(columns=["n_customers", "share_of_customers"])
    cov = coverage(cl, KeywordMatcher())
    assert cov["share_of_customers"].isna().all()
    assert cov.loc[cov["gap_rank"] == 1, "cluster_id"].item() == 2


def test_coverage_summary_adds_up():
    s = coverage_summary(coverage(CLUSTERS, KeywordMatcher()))
    assert s.loc["answered", "questions"] + s.loc["gap", "questions"] == 100
    assert s.loc["gap", "clusters"] == 2 and s.loc["gap", "share_of_questions"] == pytest.approx(0.2)


def test_coverage_validates():
    with pytest.raises(SchemaError, match="clusters frame"):
        coverage(pd.DataFrame({"x": [1]}), KeywordMatcher())
    with pytest.raises(ValueError, match="threshold"):
        coverage(CLUSTERS, KeywordMatcher(), threshold=2)
    with pytest.raises(TypeError, match="DataFrame"):
        coverage([1, 2], KeywordMatcher())


def test_coverage_does_not_change_input():
    before = CLUSTERS.copy()
    coverage(CLUSTERS, KeywordMatcher())
    pd.testing.assert_frame_equal(CLUSTERS, before)


def test_generic_re_asks_are_follow_ups_not_gaps():
    cl = pd.DataFrame({"cluster_id": [0, 1], "representative": ["那到底是多久呢", "能改地址吗"],
                       "share_of_customers": [0.5, 0.1], "n_questions": [50, 10]})
    cov = coverage(cl, KeywordMatcher())
    assert cov["cluster_id"].tolist() == [1, 0]
    assert cov["is_follow_up"].tolist() == [False, True]
    assert cov["gap_rank"].iloc[0] == 1.0 and np.isnan(cov["gap_rank"].iloc[1])

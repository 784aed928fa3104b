"""topic_coverage: every question turn counted, per topic, with the long tail and re-asks apart."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.exceptions import SchemaError
from toolkit.kb import TOPIC_COVERAGE_COLUMNS, topic_coverage, topic_coverage_summary
from toolkit.kb.plots import plot_topic_coverage


class _Keyword:
    """Matches 保修 to K1 and 发票 to K2 at 0.9; anything else to K3 at 0.2."""

    def __init__(self) -> None:
        self.calls = 0

    def match(self, queries, k=1):
        self.calls += 1
        kb, sc = [], []
        for q in queries:
            if "保修" in q:
                kb.append("K1"), sc.append(0.9)
            elif "发票" in q:
                kb.append("K2"), sc.append(0.9)
            else:
                kb.append("K3"), sc.append(0.2)
        return pd.DataFrame({"query_pos": range(len(queries)), "rank": 1, "kb_id": kb, "score": sc})


def _questions() -> pd.DataFrame:
    rows = (
        [("保修多久", 0, "c1"), ("保修几年", 0, "c2"), ("保修期是多久", 0, "c3"), ("能改地址吗", 0, "c4")]
        + [("怎么改地址", 1, "c1"), ("地址写错了", 1, "c5"), ("改收货地址", 1, "c6")]
        + [("发票怎么开", 2, "c7"), ("开发票", 2, "c8"), ("能改地址吗发票呢", 2, "c8"), ("地址", 2, "c9")]
        + [("有赠品吗", -1, "c1"), ("发票抬头", -1, "c2")]
        + [("到底几天", 0, "c3"), ("还是没明白", 1, "c4")]
    )
    return pd.DataFrame(rows, columns=["text", "topic_id", "customer_id"])


def test_every_question_is_counted_once_and_shares_add_up():
    tc = topic_coverage(_questions(), _Keyword())
    assert list(tc.columns) == list(TOPIC_COVERAGE_COLUMNS)
    assert int(tc["n_questions"].sum()) == len(_questions())
    assert tc["share_of_questions"].sum() == pytest.approx(1.0)
    # topics first, then the long tail, then the re-asks
    assert tc["topic_id"].tolist()[-2] == -1 and np.isnan(tc["topic_id"].tolist()[-1])
    assert tc.iloc[-1]["n_questions"] == 2 and tc.iloc[-1]["status"] == "re-ask" and tc.iloc[-1]["is_follow_up"]


def test_status_and_entries_per_topic():
    tc = topic_coverage(_questions(), _Keyword()).set_index("topic_id", drop=False)
    assert tc.loc[0, "answered_share"] == pytest.approx(3 / 4) and tc.loc[0, "status"] == "answered"
    assert tc.loc[0, "kb_id"] == "K1" and tc.loc[0, "kb_share"] == 1.0
    assert tc.loc[1, "n_answered"] == 0 and tc.loc[1, "status"] == "gap" and pd.isna(tc.loc[1, "kb_id"])
    assert tc.loc[2, "answered_share"] == pytest.approx(3 / 4)
    assert tc.loc[-1, "answered_share"] == pytest.approx(1 / 2)
    # only the gap topic is ranked; the long tail and re-asks never are
    assert tc["gap_rank"].notna().sum() == 1 and tc.loc[1, "gap_rank"] == 1


def test_partly_and_thresholds():
    tc = topic_coverage(_questions(), _Keyword(), answered_share=0.8, partly_share=0.5)
    st = dict(zip(tc["topic_id"], tc["status"]))
    assert st[0] == "partly" and st[1] == "gap"
    none = topic_coverage(_questions(), _Keyword(), threshold=0.95)
    assert none["n_answered"].sum() == 0


def test_uses_match_replies_columns_without_matching_again():
    q = _questions()
    q["kb_id"] = np.where(q["text"].str.contains("保修"), "K1", None)
    q["match_score"] = np.where(q["text"].str.contains("保修"), 0.8, 0.3)
    m = _Keyword()
    tc = topic_coverage(q, m)
    assert m.calls == 0
    assert int(tc["n_answered"].sum()) == 3


def test_customers_counted_once_per_row_and_topics_frame_labels():
    topics = pd.DataFrame({"topic_id": [0, 1, 2], "label": ["保修期", "改地址", "发票"], "representative": ["保修多久",
                           "怎么改地址", "发票怎么开"], "is_follow_up": [False, True, False]})
    tc = topic_coverage(_questions(), _Keyword(), topics=topics)
    labels = dict(zip(tc["topic_id"], tc["label"]))
    assert labels[0] == "保修期" and labels[2] == "发票"
    # the topic flagged is_follow_up joins the re-asks
    assert 1 not in labels
    reask = tc[tc["status"] == "re-ask"].iloc[0]
    assert reask["n_questions"] == 3 + 2
    t0 = tc[tc["topic_id"] == 0].iloc[0]
    assert t0["n_customers"] == 4 and t0["share_of_customers"] == pytest.approx(4 / 9)


def test_summary_reconciles():
    tc = topic_coverage(_questions(), _Keyword())
    s = topic_coverage_summary(tc)
    parts = s.drop(index="all question turns")
    assert parts["questions"].sum() == s.loc["all question turns", "questions"] == len(_questions())
    assert parts["share_of_questions"].sum() == pytest.approx(1.0)
    assert s.loc["generic re-asks", "questions"] == 2
    assert s.loc["long tail", "questions"] == 2


def test_is_question_false_rows_left_out_and_errors():
    q = _questions().assign(is_question=True)
    q.loc[0, "is_question"] = False
    assert topic_coverage(q, _Keyword())["n_questions"].sum() == len(q) - 1
    with pytest.raises(SchemaError, match="topic_id"):
        topic_coverage(q.drop(columns="topic_id"), _Keyword())
    with pytest.raises(SchemaError, match="matcher"):
        topic_coverage(q)
    with pytest.raises(ValueError):
        topic_coverage(q, _Keyword(), threshold=2)
    with pytest.raises(TypeError):
        topic_coverage(["保修多久"], _Keyword())
    with pytest.raises(SchemaError):
        topic_coverage_summary(pd.DataFrame({"x": [1]}))


def test_plot_leaves_out_re_asks_and_keeps_the_long_tail_last():
    import matplotlib.pyplot as plt

    tc = topic_coverage(_questions(), _Keyword())
    ax = plot_topic_coverage(tc)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("其他 long tail")  # bottom bar
    assert not any("re-asks" in s for s in labels)
    assert len(labels) == 4
    plt.close(ax.figure)


def test_cluster_coverage_keeps_the_follow_up_flag_of_its_input():
    from toolkit.kb import coverage

    clusters = pd.DataFrame({"cluster_id": [0, 1], "representative": ["我该怎么操作", "能改地址吗"],
                             "n_questions": [9, 3], "is_follow_up": [True, False]})
    cov = coverage(clusters, _Keyword()).set_index("cluster_id")
    assert cov.loc[0, "is_follow_up"] and pd.isna(cov.loc[0, "gap_rank"])
    assert cov.loc[1, "gap_rank"] == 1

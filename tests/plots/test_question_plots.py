"""Plots of frequent questions: toolkit/questions/plots.py."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from toolkit.questions import FrequentQuestions
from toolkit.questions.plots import (
    plot_cluster_map,
    plot_cluster_trends,
    plot_top_clusters,
    plot_top_topics,
    plot_topic_map,
    plot_topic_trends,
)

WEEKS = pd.period_range("2026-09-07", periods=4, freq="W-SUN")  # Mondays 09-07 ... 09-28


def topics_frame(share=True):
    t = pd.DataFrame({
        "topic_id": [0, 1, 2, 3],
        "label": ["到底 / 几天", "退款 / 到账", "发票 / 专票", "保修 / 多久"],
        "representative": ["到底几天", "退款多久到账", "发票怎么开", "保修多久"],
        "n_questions": [40, 60, 30, 10],
        "share_of_customers": [0.5, 0.45, 0.3, 0.1] if share else [np.nan] * 4,
        "is_follow_up": [True, False, False, False],
        "examples": [["到底几天"], ["退款多久到账", "退款退到哪里"], ["发票怎么开"], ["保修多久"]],
        "weekly": [pd.Series([10, 10, 10, 10], index=WEEKS), pd.Series([20, 18, 19, 3], index=WEEKS),
                   pd.Series([9, 10, 11], index=WEEKS[[0, 1, 3]]), pd.Series([3, 3, 3, 1], index=WEEKS)],
    })
    return t


def clusters_frame():
    return pd.DataFrame({
        "cluster_id": [0, 1, 2, 3, 4, 5],
        "label": ["退款 / 多久", "退款 / 哪里", "到底", "发票", "专票", "保修"],
        "representative": ["退款多久到账", "退款退到哪里", "到底几天", "发票怎么开", "能开专票吗", "保修多久"],
        "n_questions": [30, 20, 40, 20, 10, 8],
        "topic_id": [1, 1, 0, 2, 2, 3],
        "weekly": [pd.Series([10, 9, 9, 2], index=WEEKS)] * 6,
    })


def ticks(ax):
    return [t.get_text() for t in ax.get_yticklabels()]


def test_top_topics_ranks_by_share_and_sets_the_follow_up_apart():
    ax = plot_top_topics(topics_frame(), clusters_frame())
    assert ticks(ax) == ["T1 退款 / 到账", "T2 发票 / 专票", "T3 保修 / 多久", "T0 到底 / 几天 (re-asks)"]
    assert ax.get_xlabel().startswith("share of customers")
    # the follow-up row sits below a gap and a dashed separator
    ys = ax.get_yticks()
    assert ys[-1] - ys[-2] > ys[1] - ys[0]
    assert any(line.get_linestyle() == "--" for line in ax.get_lines())
    texts = [t.get_text() for t in ax.texts]
    assert any("退款多久到账 · 退款退到哪里" in t and "45%" in t for t in texts)


def test_top_topics_splits_each_bar_into_its_largest_clusters():
    ax = plot_top_topics(topics_frame(), clusters_frame(), phrasings=2)
    # T1: 30 + 20 of 60 questions -> 2 segments and the rest; T2: 2 segments (30 of 30); T3: 1 + rest;
    # T0: 1 segment (40 of 40)
    assert len(ax.patches) == 3 + 2 + 2 + 1
    widths = sorted(round(p.get_width(), 6) for p in ax.patches if abs(p.get_y() + p.get_height() / 2) < 1e-9)
    assert widths == sorted([round(0.45 * 30 / 60, 6), round(0.45 * 20 / 60, 6), round(0.45 * 10 / 60, 6)])


def test_top_topics_options():
    ax = plot_top_topics(topics_frame(), clusters_frame(), follow_up="drop", top=2)
    assert ticks(ax) == ["T1 退款 / 到账", "T2 发票 / 专票"]
    ax = plot_top_topics(topics_frame(), follow_up="inline")
    assert ticks(ax)[0] == "T0 到底 / 几天 (re-asks)"
    # without customers, shares of questions; without clusters, whole bars with the topic's examples
    ax = plot_top_topics(topics_frame(share=False))
    assert ax.get_xlabel() == "share of questions"
    assert len(ax.patches) == 4
    assert any("退款多久到账 · 退款退到哪里" in t.get_text() for t in ax.texts)


@pytest.mark.parametrize("kwargs, match", [
    ({"top": 0}, "top"), ({"follow_up": "hide"}, "follow_up"), ({"phrasings": -1}, "phrasings"),
    ({"by": "nope"}, "nope"),
])
def test_top_topics_bad_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        plot_top_topics(topics_frame(), **kwargs)


def test_top_topics_checks_frames():
    with pytest.raises(TypeError):
        plot_top_topics([1, 2])
    with pytest.raises(ValueError, match="topic_id"):
        plot_top_topics(topics_frame(), clusters_frame().drop(columns="topic_id"))


def test_topic_map_nests_clusters_in_topic_boxes():
    ax = plot_topic_map(topics_frame(), clusters_frame())
    # 4 topics + 6 clusters + remainders of T1 (10 questions) and T3 (2)
    assert len(ax.patches) == 4 + 6 + 2
    texts = {t.get_text() for t in ax.texts}
    assert {"T1 退款 / 到账", "T0 到底 / 几天 re-asks", "退款多久到账"} <= texts
    assert "4 of 4 topics" in ax.get_title()
    # the follow-up topic is grey, the others are not
    topic_boxes = ax.patches[:1]
    assert topic_boxes[0].get_facecolor()[:3] != (0.4980392156862745,) * 3
    boxes = [p for p in ax.patches if p.get_facecolor()[:3] == pytest.approx((0x7F / 255,) * 3)]
    assert len(boxes) == 1


def test_topic_map_options():
    ax = plot_topic_map(topics_frame(), clusters_frame(), top=2, follow_up="drop")
    assert "2 of 4 topics" in ax.get_title()
    assert not any("re-asks" in t.get_text() for t in ax.texts)
    ax = plot_topic_map(topics_frame())
    assert len(ax.patches) == 4
    _, ax2 = plt.subplots(figsize=(6, 4))
    assert plot_topic_map(topics_frame(), clusters_frame(), ax=ax2) is ax2
    with pytest.raises(ValueError, match="follow_up"):
        plot_topic_map(topics_frame(), follow_up="apart")
    with pytest.raises(ValueError, match="top"):
        plot_topic_map(topics_frame(), top=0)


def test_topic_trends_mark_the_partial_last_week():
    end = pd.Timestamp("2026-09-29 09:30", tz="Asia/Shanghai")  # Tuesday of the week of 09-28
    ax = plot_topic_trends(topics_frame(), data_end=end, top=2)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[:2] == ["T1 退款 / 到账", "T2 发票 / 专票"]  # the follow-up topic is left out by default
    assert "partial week (incomplete counts)" in labels
    assert "week of 09-28: data to 09-29 09:30" in labels
    assert "partial week" in ax.get_title()
    solid = ax.get_lines()[0]
    assert np.isnan(solid.get_ydata()[-1]) and solid.get_ydata()[:3].tolist() == [20, 18, 19]
    # a week missing from a series counts 0
    t2 = [line for line in ax.get_lines() if line.get_label() == "T2 发票 / 专票"][0]
    assert t2.get_ydata()[:3].tolist() == [9, 10, 0]


def test_topic_trends_drop_and_complete_weeks():
    end = pd.Timestamp("2026-09-29 09:30")
    ax = plot_topic_trends(topics_frame(), data_end=end, partial="drop", top=1)
    assert len(ax.get_lines()[0].get_xdata()) == 3
    assert "left out" in ax.get_title()
    # data to the end of Sunday: no partial week
    ax = plot_topic_trends(topics_frame(), data_end=pd.Timestamp("2026-10-04 23:59:59.999999999"), top=1)
    assert "partial" not in ax.get_title()
    ax = plot_topic_trends(topics_frame(), top=1)
    assert "partial" not in ax.get_title() and len(ax.get_lines()) == 1
    ax = plot_topic_trends(topics_frame(), follow_up=True, top=1)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["T1 退款 / 到账"]


def test_topic_trends_mark_a_partial_first_week():
    ax = plot_topic_trends(topics_frame(), data_start=pd.Timestamp("2026-09-09 08:00"), top=1)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "week of 09-07: data from 09-09 08:00" in labels


def test_trends_bad_arguments():
    with pytest.raises(ValueError, match="partial"):
        plot_topic_trends(topics_frame(), partial="keep")
    with pytest.raises(ValueError, match="data_end"):
        plot_topic_trends(topics_frame(), data_end="not a date")
    with pytest.raises(ValueError, match="weekly"):
        plot_topic_trends(topics_frame().drop(columns="weekly"))


def test_cluster_trends_mark_the_partial_week():
    ax = plot_cluster_trends(clusters_frame(), data_end="2026-09-29", top=3)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[0] == "#2 到底几天" and "partial week (incomplete counts)" in labels
    ax = plot_cluster_trends(clusters_frame(), top=3)  # as before: nothing marked
    assert len(ax.get_legend().get_texts()) == 3


def test_top_clusters_still_draws():
    c = clusters_frame().assign(share_of_customers=[0.3, 0.2, 0.4, 0.2, 0.1, 0.05])
    ax = plot_top_clusters(c, top=3)
    assert ticks(ax) == ["#1 退款退到哪里", "#0 退款多久到账", "#2 到底几天"]


def test_cluster_map_still_works_with_a_fitted_model():
    fq = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(
        ["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升", "借呗额度提升", "怎么注销账户",
         "如何注销账户"])
    ax = plot_cluster_map(fq, annotate=2)
    assert "clusters (PCA" in ax.get_title()

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from toolkit.exceptions import SchemaError
from toolkit.ops import (
    compare_periods,
    file_freshness,
    plot_file_freshness,
    plot_period_comparison,
    plot_refusal_rates,
    plot_reply_time_distribution,
    plot_reply_time_trend,
    refusal_rate,
    reply_times,
    summarize_reply_times,
)
from toolkit.plots import use_cjk_font


def test_refusal_plot_marks_flagged_in_red(sample_archive):
    use_cjk_font()
    r = refusal_rate(sample_archive, by="employee")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no missing-glyph warnings
        ax = plot_refusal_rates(r)
        ax.figure.canvas.draw()
    reds = [p for p in ax.patches if p.get_facecolor()[:3] == pytest.approx((0.839, 0.153, 0.157), abs=1e-2)]
    assert len(reds) == int(r["flagged"].sum()) == 1
    assert ax.get_title() == "拒绝存档率 Refusal rate"


def test_reply_plots_draw_on_given_axes(sample_archive):
    rt = reply_times(sample_archive)
    fig, axes = plt.subplots(1, 3)
    assert plot_reply_time_distribution(rt, change_date="2026-08-25", ax=axes[0]) is axes[0]
    assert len(axes[0].get_legend().get_texts()) == 2
    w = summarize_reply_times(rt, by="week")
    plot_reply_time_trend(w, change_date="2026-08-25", ax=axes[1])
    assert len(axes[1].get_lines()) == 3
    c = compare_periods(rt, "2026-08-25", by="chat_type")
    plot_period_comparison(c, ax=axes[2])
    assert [t.get_text() for t in axes[2].get_yticklabels()] == ["group", "single"]


def test_freshness_plot(sample_archive):
    f = file_freshness(sample_archive)
    ax = plot_file_freshness(f)
    assert len(ax.patches) == int(f["delay_hours"].notna().sum())


def test_plots_reject_wrong_frames():
    with pytest.raises(SchemaError):
        plot_refusal_rates(pd.DataFrame({"x": [1]}))
    with pytest.raises(TypeError):
        plot_file_freshness([1, 2])

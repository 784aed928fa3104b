"""Tests of toolkit.plots.archive: assert on artists, not pixels."""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes

from toolkit.archive import schema
from toolkit.archive.summary import (
    chat_type_counts,
    daily_volume,
    msgtype_counts,
    quarantine_reason_counts,
    top_senders,
    weekday_hour,
)
from toolkit.exceptions import SchemaError
from toolkit.plots import (
    plot_chat_types,
    plot_conversation_lengths,
    plot_daily_volume,
    plot_msgtypes,
    plot_quarantine_reasons,
    plot_top_senders,
    plot_weekday_hour_heatmap,
    use_cjk_font,
)


@pytest.fixture(autouse=True)
def _cjk():
    with mpl.rc_context():
        use_cjk_font()
        yield


@pytest.fixture
def messages() -> pd.DataFrame:
    times = pd.to_datetime(
        ["2026-03-02 09:00", "2026-03-02 09:30", "2026-03-03 10:00", "2026-03-05 21:00", "2026-03-08 08:00"]
    ).tz_localize(schema.DEFAULT_TZ)
    return pd.DataFrame(
        {
            "sent_at": times,
            "msgtype": ["text", "text", "image", "text", "voice"],
            "sender_id": ["lisi", "wmA", "lisi", "zhangsan", "lisi"],
            "sender_kind": ["employee", "external", "employee", "employee", "employee"],
            "chat_type": ["single", "single", "group", "single", "internal"],
            "chat_id": ["lisi|wmA", "lisi|wmA", "r1", "wmB|zhangsan", "lisi|zhangsan"],
        }
    )


def _ticks(labels) -> list[str]:
    return [t.get_text() for t in labels]


def _draw_without_missing_glyphs(ax: Axes) -> None:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.canvas.draw()
    assert [str(w.message) for w in caught if "missing from font" in str(w.message)] == []


# ---------------------------------------------------------------- contract shared by all plots

ALL = [
    (plot_daily_volume, lambda m: daily_volume(m)),
    (plot_weekday_hour_heatmap, lambda m: weekday_hour(m)),
    (plot_msgtypes, lambda m: msgtype_counts(m)),
    (plot_chat_types, lambda m: chat_type_counts(m)),
    (plot_top_senders, lambda m: top_senders(m)),
    (plot_conversation_lengths, lambda m: pd.DataFrame({"n_messages": [1, 3, 8]})),
    (plot_quarantine_reasons, lambda m: pd.DataFrame({"reason": ["bad_json"], "n": [2]})),
]
IDS = [f.__name__ for f, _ in ALL]


@pytest.mark.parametrize(("plot", "prepare"), ALL, ids=IDS)
def test_draws_on_the_given_axes_and_returns_it(plot, prepare, messages):
    fig, axes = plt.subplots(1, 2)
    ax = plot(prepare(messages), ax=axes[1])
    assert ax is axes[1]
    assert len(plt.get_fignums()) == 1
    assert ax.get_title()


@pytest.mark.parametrize(("plot", "prepare"), ALL, ids=IDS)
def test_makes_a_new_figure_without_ax(plot, prepare, messages):
    ax = plot(prepare(messages))
    assert isinstance(ax, Axes)
    assert plt.fignum_exists(ax.figure.number)


@pytest.mark.parametrize(("plot", "prepare"), ALL, ids=IDS)
def test_title_and_labels_are_parameters(plot, prepare, messages):
    ax = plot(prepare(messages), title="T", xlabel="X", ylabel="Y")
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == ("T", "X", "Y")


@pytest.mark.parametrize(("plot", "prepare"), ALL, ids=IDS)
def test_default_chinese_labels_render(plot, prepare, messages):
    ax = plot(prepare(messages))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in ax.get_title())
    _draw_without_missing_glyphs(ax)


@pytest.mark.parametrize(("plot", "prepare"), ALL, ids=IDS)
def test_leaves_rcparams_alone(plot, prepare, messages):
    before = dict(mpl.rcParams)
    plot(prepare(messages))
    assert dict(mpl.rcParams) == before


@pytest.mark.parametrize(("plot", "_"), [a for a in ALL if a[0] is not plot_weekday_hour_heatmap], ids=IDS[:1] + IDS[2:])
def test_rejects_frames_without_the_needed_columns(plot, _):
    with pytest.raises(SchemaError, match="lacks columns"):
        plot(pd.DataFrame({"x": [1]}))


# ---------------------------------------------------------------- each plot


def test_daily_volume_one_line(messages):
    daily = daily_volume(messages)
    ax = plot_daily_volume(daily, color="C2")
    assert len(ax.lines) == 1
    line = ax.lines[0]
    assert list(line.get_ydata()) == daily["n_messages"].tolist()
    assert line.get_color() == "C2"
    assert ax.get_title() == "每日消息量 Messages per day"


def test_daily_volume_one_line_per_group_with_legend(messages):
    ax = plot_daily_volume(daily_volume(messages, by="chat_type"))
    assert len(ax.lines) == 3
    assert _ticks(ax.get_legend().get_texts()) == ["group", "internal", "single"]


def test_daily_volume_empty_shows_no_data():
    empty = daily_volume(schema.empty_frame(schema.MESSAGE_COLUMNS))
    ax = plot_daily_volume(empty)
    assert len(ax.lines) == 0
    assert "No data" in ax.texts[0].get_text()


def test_weekday_hour_heatmap_image_and_ticks(messages):
    table = weekday_hour(messages)
    ax = plot_weekday_hour_heatmap(table)
    assert len(ax.images) == 1
    assert ax.images[0].get_array().shape == (7, 24)
    assert _ticks(ax.get_yticklabels()) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert _ticks(ax.get_xticklabels()) == [str(h) for h in range(0, 24, 3)]
    assert len(ax.figure.axes) == 2  # the colour bar


def test_weekday_hour_heatmap_chinese_weekdays_no_colorbar(messages):
    days = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
    ax = plot_weekday_hour_heatmap(weekday_hour(messages), weekday_labels=days, colorbar=False, hour_step=1)
    assert _ticks(ax.get_yticklabels()) == list(days)
    assert len(ax.get_xticklabels()) == 24
    assert len(ax.figure.axes) == 1
    _draw_without_missing_glyphs(ax)


def test_weekday_hour_heatmap_rejects_wrong_labels(messages):
    with pytest.raises(ValueError, match="weekday_labels must have 7 labels; got 2"):
        plot_weekday_hour_heatmap(weekday_hour(messages), weekday_labels=["a", "b"])


def test_msgtypes_horizontal_bars_most_frequent_on_top(messages):
    ax = plot_msgtypes(msgtype_counts(messages))
    assert len(ax.patches) == 3
    assert _ticks(ax.get_yticklabels()) == ["text", "image", "voice"]
    widths = [p.get_width() for p in ax.patches]
    assert widths == [3, 1, 1]
    assert ax.yaxis_inverted()  # the first (largest) row is drawn at the top
    assert ax.get_xscale() == "linear"


def test_msgtypes_log_scale_and_top(messages):
    ax = plot_msgtypes(msgtype_counts(messages), log=True, top=2)
    assert ax.get_xscale() == "log"
    assert len(ax.patches) == 2


def test_chat_types_bars_labels_and_annotations(messages):
    ax = plot_chat_types(chat_type_counts(messages))
    assert len(ax.patches) == 3
    assert _ticks(ax.get_xticklabels()) == ["单聊 single", "群聊 group", "内部 internal"]
    assert [p.get_height() for p in ax.patches] == [3, 1, 1]
    assert [t.get_text() for t in ax.texts][0] == "3 (2 个会话 chats)"


def test_chat_types_custom_labels_without_annotation(messages):
    ax = plot_chat_types(chat_type_counts(messages), labels={"single": "1:1"}, annotate=False)
    assert _ticks(ax.get_xticklabels()) == ["1:1", "group", "internal"]
    assert len(ax.texts) == 0


def test_top_senders_bars_in_order(messages):
    top = top_senders(messages, kind=None)
    ax = plot_top_senders(top)
    assert len(ax.patches) == len(top) == 3
    assert _ticks(ax.get_yticklabels()) == ["lisi", "wmA", "zhangsan"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # first row drawn at the top


def test_conversation_lengths_log_bins():
    convs = pd.DataFrame({"n_messages": pd.array([1, 1, 2, 5, 20, 300], dtype="Int64")})
    ax = plot_conversation_lengths(convs, bins=10)
    assert len(ax.patches) == 10
    assert ax.get_xscale() == "log"
    assert sum(p.get_height() for p in ax.patches) == 6
    lefts = np.array([p.get_x() for p in ax.patches])
    widths = np.array([p.get_width() for p in ax.patches])
    assert np.allclose(lefts % 1, 0.5)  # edges between whole counts
    assert (np.diff(widths) >= 0).all()  # widening bins


def test_conversation_lengths_log_bins_never_fall_between_counts():
    convs = pd.DataFrame({"n_messages": [1, 2, 2, 3, 3, 3, 4, 8, 15]})
    ax = plot_conversation_lengths(convs, bins=30)
    assert all(p.get_height() > 0 for p in ax.patches if p.get_x() + p.get_width() <= 4.5)
    assert sum(p.get_height() for p in ax.patches) == 9


def test_conversation_lengths_linear_bins():
    ax = plot_conversation_lengths(pd.DataFrame({"n_messages": [1, 2, 3, 4]}), bins=3, log=False)
    assert ax.get_xscale() == "linear"
    assert [p.get_height() for p in ax.patches] == [1, 1, 2]


def test_conversation_lengths_of_nothing_shows_no_data():
    ax = plot_conversation_lengths(schema.empty_frame(schema.CONVERSATION_COLUMNS))
    assert len(ax.patches) == 0
    assert "No data" in ax.texts[0].get_text()


@pytest.mark.parametrize("bins", [0, 2.5, True])
def test_conversation_lengths_rejects_bad_bins(bins):
    with pytest.raises(ValueError, match="bins must be a positive integer"):
        plot_conversation_lengths(pd.DataFrame({"n_messages": [1]}), bins=bins)


def test_quarantine_reasons_bars():
    counts = quarantine_reason_counts(pd.DataFrame({"reason": ["bad_time", "bad_json", "bad_json"]}))
    ax = plot_quarantine_reasons(counts)
    assert _ticks(ax.get_yticklabels()) == ["bad_json", "bad_time"]
    assert [p.get_width() for p in ax.patches] == [2, 1]
    assert ax.get_title() == "隔离原因 Quarantine reasons"


def test_quarantine_reasons_empty_says_so():
    counts = quarantine_reason_counts(schema.empty_frame(schema.QUARANTINE_COLUMNS))
    ax = plot_quarantine_reasons(counts, log=True)
    assert len(ax.patches) == 0
    assert ax.texts[0].get_text() == "无隔离记录 Nothing quarantined"
    _draw_without_missing_glyphs(ax)


def test_plots_do_not_change_their_input(messages):
    counts = msgtype_counts(messages)
    before = counts.copy()
    plot_msgtypes(counts, top=1)
    pd.testing.assert_frame_equal(counts, before)

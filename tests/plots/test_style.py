"""Tests of toolkit.plots.use_cjk_font: Chinese text renders without missing glyphs."""

from __future__ import annotations

import warnings

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest

from toolkit.exceptions import FontWarning
from toolkit.plots import _style, use_cjk_font


@pytest.fixture(autouse=True)
def _restore_rcparams():
    with mpl.rc_context():
        yield


def _glyph_warnings(fig) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


def _chinese_figure():
    fig, ax = plt.subplots()
    ax.bar(["退货", "物流", "发票"], [3, -1, 2])
    ax.set_title("常见问题 Frequent questions")
    ax.set_xlabel("类别 Category")
    ax.set_ylabel("数量 Count")
    return fig


def test_returns_the_packaged_noto_font_and_sets_rcparams():
    assert use_cjk_font() == "Noto Sans SC"
    assert mpl.rcParams["font.family"] == ["sans-serif"]
    assert mpl.rcParams["font.sans-serif"][0] == "Noto Sans SC"
    assert mpl.rcParams["axes.unicode_minus"] is False


def test_chinese_title_labels_and_ticks_render_without_missing_glyphs():
    use_cjk_font()
    fig = _chinese_figure()
    assert _glyph_warnings(fig) == []
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["退货", "物流", "发票"]


def test_without_a_cjk_font_glyphs_are_missing():
    # The control: the check above would catch the problem it guards against.
    mpl.rcParams["font.family"] = ["sans-serif"]
    mpl.rcParams["font.sans-serif"] = ["DejaVu Sans"]
    fig = _chinese_figure()
    assert _glyph_warnings(fig)


def test_is_idempotent():
    first = use_cjk_font()
    family = list(mpl.rcParams["font.sans-serif"])
    n_fonts = len(mpl.font_manager.fontManager.ttflist)
    assert use_cjk_font() == first
    assert mpl.rcParams["font.sans-serif"] == family
    assert mpl.rcParams["font.sans-serif"].count(first) == 1
    assert len(mpl.font_manager.fontManager.ttflist) == n_fonts


def test_prefers_the_first_available_candidate():
    assert use_cjk_font(("No Such Font", "Noto Sans SC")) == "Noto Sans SC"


def test_warns_and_changes_nothing_when_no_font_is_available(monkeypatch):
    monkeypatch.setattr(_style, "_packaged_font", lambda: None)
    before = dict(mpl.rcParams)
    with pytest.warns(FontWarning, match="no CJK font found"):
        assert use_cjk_font(("No Such Font",)) == ""
    assert dict(mpl.rcParams) == before


def test_rejects_a_single_string():
    with pytest.raises(TypeError, match="candidates must be a sequence"):
        use_cjk_font("Noto Sans SC")  # type: ignore[arg-type]

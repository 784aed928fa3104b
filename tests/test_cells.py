"""toolkit._cells: text cells made safe to open in a spreadsheet."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as OPENPYXL_ILLEGAL

from toolkit._cells import (
    FORMULA_PREFIXES,
    ILLEGAL_CHARACTERS_RE,
    REPLACEMENT,
    WrittenFileMap,
    WrittenFiles,
    clean_cell,
    neutralize_cell,
    safe_cell,
    safe_frame,
)

HOSTILE = ['=HYPERLINK("http://example.com","点我领取退款")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)",
           "\tx", "\rx"]


def test_review_module_still_exports_the_helpers():
    from toolkit.questions import review

    assert review.neutralize_cell is neutralize_cell and review.FORMULA_PREFIXES == FORMULA_PREFIXES
    assert {"neutralize_cell", "FORMULA_PREFIXES"} <= set(review.__all__)


@pytest.mark.parametrize("value", HOSTILE)
def test_neutralizes_every_formula_prefix(value):
    assert neutralize_cell(value) == "'" + value
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", [-3.5, 3, np.float64(-1.0), np.int64(-2), True, None, np.nan, pd.NaT,
                                   pd.Timestamp("2026-07-01"), "a=1", "", "发票怎么开", " =1"])
def test_leaves_numbers_and_harmless_text_alone(value):
    assert safe_cell(value) is value


def test_matches_openpyxl_on_every_control_character():
    for code in range(0x20):
        ch = chr(code)
        assert bool(ILLEGAL_CHARACTERS_RE.search(ch)) == bool(OPENPYXL_ILLEGAL.search(ch)), hex(code)
    for ch in ("\ud83d", "\udc00", "\ufffe", "\uffff"):  # UTF-8 cannot encode / XML forbids them
        assert clean_cell(f"a{ch}b") == f"a{REPLACEMENT}b"
    assert clean_cell("a\tb\nc\rd 😀") == "a\tb\nc\rd 😀"


def test_cleans_before_neutralizing():
    assert safe_cell("\x0b=1") == "\ufffd=1"
    assert safe_cell("=A1\x0b") == "'=A1\ufffd"


def test_safe_frame_counts_and_keeps_other_columns():
    df = pd.DataFrame({
        "text": pd.Series(HOSTILE + ["第一行\u000b第二行", None], dtype=object),
        "s": pd.Series(["-3.5", "ok", "ok", "ok", "ok", "ok", "ok", "ok", None], dtype="string"),
        "cat": pd.Categorical(["@x"] + ["ok"] * 8),
        "x": [-3.5, 1.0, np.nan, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
        "n": np.arange(-4, 5),
        "when": pd.to_datetime(["2026-07-01"] * 8 + [None]),
        "flag": [True] * 9,
    })
    before = df.copy()
    s = safe_frame(df)
    pd.testing.assert_frame_equal(df, before)  # the caller's frame is untouched
    assert s.frame["text"].tolist()[:7] == ["'" + v for v in HOSTILE]
    assert s.frame["text"].tolist()[7] == "第一行\ufffd第二行" and s.frame["text"].tolist()[8] is None
    assert s.frame.loc[0, "s"] == "'-3.5" and s.frame.loc[0, "cat"] == "'@x"
    for col in ("x", "n", "when", "flag"):
        pd.testing.assert_series_equal(s.frame[col], df[col])
    assert (s.n_neutralized, s.n_cleaned) == (9, 1)


def test_safe_frame_headers_and_bad_argument():
    s = safe_frame(pd.DataFrame({"=x": [1], "ok\x0b": [2]}))
    assert list(s.frame.columns) == ["'=x", "ok\ufffd"] and (s.n_neutralized, s.n_cleaned) == (1, 1)
    with pytest.raises(TypeError, match="frame must be a pandas DataFrame; got list"):
        safe_frame([1])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=5))
def test_any_text_writes_to_xlsx_and_csv_without_formulas(tmp_path_factory, texts):
    d = tmp_path_factory.mktemp("cells")
    s = safe_frame(pd.DataFrame({"t": texts}))
    s.frame.to_csv(d / "t.csv", index=False, encoding="utf-8-sig")  # would raise on a lone surrogate
    wb = Workbook()
    for v in s.frame["t"]:
        wb.active.append([v])  # would raise IllegalCharacterError
    wb.save(d / "t.xlsx")
    for row in load_workbook(d / "t.xlsx").active.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            assert not str(cell.value).startswith(FORMULA_PREFIXES)


def test_written_files_behave_as_list_and_dict():
    w = WrittenFiles(["a"], n_neutralized_cells=1, n_cleaned_cells=2)
    assert w == ["a"] and (w.n_neutralized_cells, w.n_cleaned_cells) == (1, 2)
    back = pickle.loads(pickle.dumps(w))
    assert back == ["a"] and back.n_cleaned_cells == 2
    m = WrittenFileMap({"xlsx": "a"}, n_neutralized_cells=3)
    assert m == {"xlsx": "a"} and (m.n_neutralized_cells, m.n_cleaned_cells) == (3, 0)

"""load_kb: file formats, phrasings, quarantine rules, invariants."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.exceptions import ArchiveError, QuarantineWarning, RecordError, SchemaError
from toolkit.kb import ENTRY_COLUMNS, KB_QUARANTINE_COLUMNS, KBReason, load_kb


def _load(obj, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuarantineWarning)
        return load_kb(obj, **kw)


def test_sample_kb_loads_clean(sample_kb_path):
    kb = load_kb(sample_kb_path)
    assert list(kb.entries.columns) == list(ENTRY_COLUMNS)
    assert kb.quarantine.empty
    raw = pd.read_csv(sample_kb_path)
    assert kb.report["rows_read"] == len(raw) == kb.report["rows_loaded"]
    assert kb.report["entries"] == raw["kb_id"].nunique() == len(kb)
    assert str(kb.entries["updated_at"].dtype) == "datetime64[ns]"
    assert kb.entries["line"].min() == 2


def test_same_kb_from_csv_xlsx_json(tmp_path, small_kb):
    small_kb.to_csv(tmp_path / "kb.csv", index=False)
    small_kb.to_excel(tmp_path / "kb.xlsx", index=False)
    (tmp_path / "kb.json").write_text(json.dumps(small_kb.to_dict("records"), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "kb.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in small_kb.to_dict("records")), encoding="utf-8")
    frames = [load_kb(tmp_path / n).entries.drop(columns=["source", "line"]) for n in ("kb.csv", "kb.xlsx", "kb.json", "kb.jsonl")]
    for f in frames[1:]:
        pd.testing.assert_frame_equal(frames[0], f)
    assert len(frames[0]) == len(small_kb)


def test_gb18030_csv_with_chinese_headers(tmp_path):
    df = pd.DataFrame({"编号": ["K1"], "问题": ["怎么退货"], "答案": ["7天无理由"], "更新时间": ["2025年5月27日"]})
    df.to_csv(tmp_path / "kb.csv", index=False, encoding="gb18030")
    kb = load_kb(tmp_path / "kb.csv")
    assert kb.entries[["kb_id", "question", "answer"]].iloc[0].tolist() == ["K1", "怎么退货", "7天无理由"]
    assert kb.entries["updated_at"].iloc[0] == pd.Timestamp("2025-05-27")


def test_phrasings_in_one_cell_and_over_rows():
    raw = pd.DataFrame({"kb_id": ["K1", "K1"], "question": ["怎么退货\n如何退货｜退货怎么弄", "退货流程"],
                        "answer": ["订单页申请", ""]})
    kb = load_kb(raw)
    assert kb.entries["question"].tolist() == ["怎么退货", "如何退货", "退货怎么弄", "退货流程"]
    assert set(kb.entries["answer"]) == {"订单页申请"}
    assert kb.report["answers_inherited"] == 1
    assert kb.entries["line"].tolist() == [2, 2, 2, 3]


def test_json_question_list_and_wrapped_object(tmp_path):
    doc = {"entries": [{"kb_id": "K1", "question": ["怎么退货", "如何退货"], "answer": "订单页申请", "tags": ["售后", "退货"]}]}
    (tmp_path / "kb.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    kb = load_kb(tmp_path / "kb.json")
    assert kb.entries["question"].tolist() == ["怎么退货", "如何退货"]
    assert kb.entries["tags"].iloc[0] == "售后，退货"
    assert kb.entries["line"].tolist() == [1, 1]


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ({"kb_id": "", "question": "q", "answer": "a"}, "kb_id", KBReason.MISSING_FIELD),
        ({"kb_id": "K9", "question": "  ", "answer": "a"}, "question", KBReason.MISSING_FIELD),
        ({"kb_id": "K9", "question": "q", "answer": ""}, "answer", KBReason.MISSING_FIELD),
        ({"kb_id": "K9", "question": "q", "answer": "a", "updated_at": "not a date"}, "updated_at", KBReason.BAD_TIME),
        ({"kb_id": "K1", "question": "别的问法", "answer": "另一个答案"}, "answer", KBReason.CONFLICTING_ANSWER),
        ({"kb_id": "K1", "question": "怎么退貨", "answer": ""}, "question", KBReason.DUPLICATE),
        ({"kb_id": "K9", "question": {"nested": 1}, "answer": "a"}, "question", KBReason.BAD_TYPE),
    ],
)
def test_quarantines_bad_rows_with_reason(row, column, reason):
    good = {"kb_id": "K1", "question": "怎么退货", "answer": "订单页申请", "updated_at": "2025-01-01"}
    raw = pd.DataFrame([good, row])
    with pytest.warns(QuarantineWarning, match=reason.value):
        kb = load_kb(raw)
    assert list(kb.quarantine.columns) == list(KB_QUARANTINE_COLUMNS)
    assert kb.quarantine[["line", "column", "reason"]].values.tolist() == [[3, column, reason.value]]
    assert kb.entries["question"].tolist() == ["怎么退货"]
    with pytest.raises(RecordError, match=reason.value):
        load_kb(raw, errors="raise")


def test_row_counts_reconcile():
    raw = pd.DataFrame({"kb_id": ["K1", "", "K2", "K2"], "question": ["a｜b", "c", "d", "d"],
                        "answer": ["x", "y", "z", "z"]})
    kb = _load(raw)
    r = kb.report
    assert r["rows_read"] == 4 == r["rows_loaded"] + r["rows_quarantined"]
    assert r["phrasings"] == len(kb.entries) == 3
    assert r["phrasings_quarantined"] == 1
    assert len(kb.quarantine) == 2


def test_bad_arguments_and_files(tmp_path):
    with pytest.raises(ValueError, match="errors must be"):
        load_kb(pd.DataFrame({"kb_id": [], "question": [], "answer": []}), errors="skip")
    with pytest.raises(TypeError, match="path must be"):
        load_kb(42)
    with pytest.raises(ArchiveError, match="not found"):
        load_kb(tmp_path / "missing.csv")
    with pytest.raises(SchemaError, match="answer"):
        load_kb(pd.DataFrame({"kb_id": ["K1"], "question": ["q"]}))
    (tmp_path / "kb.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ArchiveError):
        load_kb(tmp_path / "kb.json")
    (tmp_path / "kb.parquet").write_bytes(b"")
    with pytest.raises(ValueError, match="must end in"):
        load_kb(tmp_path / "kb.parquet")


def test_columns_mapping_and_empty_kb():
    kb = load_kb(pd.DataFrame({"FAQ编码": ["K1"], "Q": ["怎么退货"], "A": ["订单页"]}),
                 columns={"FAQ编码": "kb_id", "Q": "question", "A": "answer"})
    assert kb.entries["kb_id"].tolist() == ["K1"]
    empty = load_kb(pd.DataFrame({"kb_id": [], "question": [], "answer": []}))
    assert empty.entries.empty and empty.quarantine.empty and len(empty) == 0
    assert list(empty.entries.columns) == list(ENTRY_COLUMNS)


def test_caller_frame_unchanged(small_kb):
    before = small_kb.copy()
    load_kb(small_kb)
    pd.testing.assert_frame_equal(small_kb, before)


_cell = st.one_of(st.none(), st.text(max_size=12), st.integers(-5, 5), st.floats(allow_nan=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"kb_id": _cell, "question": _cell, "answer": _cell, "updated_at": _cell}),
                max_size=8))
def test_no_row_is_lost(rows):
    raw = pd.DataFrame(rows, columns=["kb_id", "question", "answer", "updated_at"])
    kb = _load(raw)
    r = kb.report
    assert r["rows_read"] == len(raw) == r["rows_loaded"] + r["rows_quarantined"]
    # every row that loaded nothing is in the quarantine
    loaded_lines = set(kb.entries["line"])
    lost = {i + 2 for i in range(len(raw))} - loaded_lines
    assert lost <= set(kb.quarantine["line"])
    assert not kb.entries["question"].str.strip().eq("").any()


def test_json_element_that_is_not_an_object_is_quarantined(tmp_path):
    doc = [{"kb_id": "K1", "question": "怎么退货", "answer": "订单页"}, 42, "text"]
    (tmp_path / "kb.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.warns(QuarantineWarning, match="bad_type 2"):
        kb = load_kb(tmp_path / "kb.json")
    assert kb.quarantine["line"].tolist() == [2, 3]
    assert kb.report["rows_read"] == 3 and kb.report["rows_loaded"] == 1


def test_xlsx_numbers_and_dates_become_ids_and_timestamps(tmp_path):
    df = pd.DataFrame({"kb_id": [1001, 1002], "question": ["怎么退货", "保修多久"], "answer": ["订单页", "2年"],
                       "updated_at": [pd.Timestamp("2025-05-27"), pd.Timestamp("2026-01-02 10:30")]})
    df.to_excel(tmp_path / "kb.xlsx", index=False)
    kb = load_kb(tmp_path / "kb.xlsx")
    assert kb.entries["kb_id"].tolist() == ["1001", "1002"]
    assert kb.entries["updated_at"].tolist() == [pd.Timestamp("2025-05-27"), pd.Timestamp("2026-01-02 10:30")]


def test_csv_cells_with_quotes_and_line_breaks(tmp_path):
    text = 'kb_id,question,answer\nK1,"怎么退货\n如何退货","第一步，申请；\n第二步，寄回"\nK2,"他说""保修""多久",2年\n'
    (tmp_path / "kb.csv").write_text(text, encoding="utf-8")
    kb = load_kb(tmp_path / "kb.csv")
    assert kb.entries["question"].tolist() == ["怎么退货", "如何退货", '他说"保修"多久']
    assert kb.entries["answer"].iloc[0] == "第一步，申请；\n第二步，寄回"

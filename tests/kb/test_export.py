"""export_kb_review."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from toolkit._cells import FORMULA_PREFIXES
from toolkit.exceptions import SchemaError
from toolkit.kb.export import export_kb_review

SCORES = pd.DataFrame({
    "kb_id": ["K1", "K2", "K3", "K4"],
    "question": ["保修多久", "退款多久到账", "怎么开发票", "门店在哪"],
    "answer": ["保修1年", "会尽快处理", "订单页申请开票", "仅线上"],
    "answer_score": [0.2, 0.3, 0.9, np.nan],
    "priority": [0.1, 0.3, 0.01, np.nan],
    "evidence": ["contradicts the agents: KB 1年 vs agents 2年", "agents usually give facts", "", "no question"],
    "updated_at": pd.to_datetime(["2025-01-01", "2026-01-01", "2026-01-01", None]),
})
COV = pd.DataFrame({
    "cluster_id": [0, 1, 2],
    "representative": ["能改地址吗", "保修多久", "有几个颜色"],
    "is_answered": [False, True, False],
    "gap_rank": [2.0, np.nan, 1.0],
    "share_of_customers": [0.1, 0.4, 0.2],
    "examples": [["能改地址吗", "地址填错了"], ["保修多久"], ["有几个颜色"]],
    "asked_at": pd.to_datetime(["2026-07-01"] * 3).tz_localize("Asia/Shanghai"),
})
SUGG = pd.DataFrame({"kb_id": ["K2"], "answer": ["会尽快处理"], "draft": ["微信1-3个工作日到账。"],
                     "added_facts": ["1-3工作日"], "n_sources": [2], "source_replies": ["“微信1-3个工作日”"]})


def test_workbook_has_weak_answers_with_drafts_and_gaps(tmp_path):
    paths = export_kb_review(SCORES, COV, tmp_path / "out" / "review.xlsx", suggestions=SUGG)
    assert [p.name for p in paths] == ["review.xlsx", "review_weak_answers.csv", "review_coverage_gaps.csv"]
    book = pd.read_excel(paths[0], sheet_name=None)
    assert list(book) == ["weak_answers", "coverage_gaps", "all_scores"]
    weak = book["weak_answers"]
    assert weak["kb_id"].tolist() == ["K2", "K1"]  # by priority; unscored K4 and strong K3 left out
    assert list(weak.columns[:5]) == ["kb_id", "question", "answer", "answer_score", "draft"]
    assert weak.loc[0, "draft"] == "微信1-3个工作日到账。"
    gaps = book["coverage_gaps"]
    assert gaps["representative"].tolist() == ["有几个颜色", "能改地址吗"]
    assert gaps.loc[1, "examples"] == "能改地址吗 | 地址填错了"
    assert len(book["all_scores"]) == 4


def test_csv_opens_with_chinese_intact(tmp_path):
    paths = export_kb_review(SCORES, COV, tmp_path / "r.xlsx")
    raw = paths[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(paths[1], encoding="utf-8-sig")["question"].tolist() == ["退款多久到账", "保修多久"]


def test_without_coverage_and_csv(tmp_path):
    paths = export_kb_review(SCORES, None, tmp_path / "r.xlsx", csv=False, max_score=0.95)
    assert len(paths) == 1
    assert pd.read_excel(paths[0], sheet_name="coverage_gaps").empty
    assert len(pd.read_excel(paths[0], sheet_name="weak_answers")) == 3


def test_validates(tmp_path):
    with pytest.raises(ValueError, match="xlsx"):
        export_kb_review(SCORES, COV, tmp_path / "r.csv")
    with pytest.raises(SchemaError, match="answer_score"):
        export_kb_review(SCORES.drop(columns="answer_score"), COV, tmp_path / "r.xlsx")
    with pytest.raises(SchemaError, match="is_answered"):
        export_kb_review(SCORES, COV.drop(columns="is_answered"), tmp_path / "r.xlsx")


HOSTILE = ['=HYPERLINK("http://example.com","点我领取退款")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)",
           "\tx", "\rx"]


def test_hostile_and_illegal_text_is_written_inert(tmp_path):
    texts = HOSTILE + ["第一行\u000b第二行"]
    n = len(texts)
    scores = pd.DataFrame({"kb_id": [f"K{i}" for i in range(n)], "question": texts, "answer": texts,
                           "answer_score": [0.1] * n, "priority": [-3.5] + [0.0] * (n - 1)})
    cov = pd.DataFrame({"cluster_id": range(n), "representative": texts, "is_answered": False,
                        "gap_rank": np.arange(1.0, n + 1), "examples": [[t, "ok"] for t in texts]})
    paths = export_kb_review(scores, cov, tmp_path / "r.xlsx")
    wb = load_workbook(paths[0])
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value.replace("\r", "\n") for c in cells if isinstance(c.value, str)}  # XML reads CR as LF
    assert {"'" + v.replace("\r", "\n") for v in HOSTILE} <= values
    assert "第一行\ufffd第二行" in values and not any("\u000b" in v for v in values)
    weak = pd.read_excel(paths[0], sheet_name="weak_answers")
    assert weak.loc[weak["kb_id"] == "K0", "priority"].item() == -3.5  # numbers stay numbers
    # question and answer in weak_answers and all_scores, representative and joined examples in coverage_gaps
    assert (paths.n_neutralized_cells, paths.n_cleaned_cells) == (7 * 6, 6)
    for p, col in ((paths[1], "answer"), (paths[2], "representative")):
        back = pd.read_csv(p, encoding="utf-8-sig")
        assert len(back) == n
        assert set(back[col]) == {"'" + v for v in HOSTILE} | {"第一行\ufffd第二行"}
        with open(p, encoding="utf-8-sig", newline="") as f:
            fields = [v for row in csv.reader(f) for v in row]
        assert not [v for v in fields if v.startswith(FORMULA_PREFIXES) and v != "-3.5"]

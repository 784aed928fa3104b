import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from toolkit.questions import DECISIONS, FrequentQuestions, export_review, match_previous


def frame(rows):
    return pd.DataFrame(
        [{"cluster_id": i, "label": lab, "representative": rep, "examples": ex} for i, (lab, rep, ex) in enumerate(rows)]
    )


OLD = frame([
    ("还款", "花呗怎么还款", ["花呗怎么还款", "花呗如何还款"]),
    ("额度", "借呗额度怎么提升", ["借呗额度怎么提升", "借呗额度如何提高"]),
    ("注销", "怎么注销账户", ["怎么注销账户", "账户如何注销"]),
])


def test_identical_run_keeps_ids():
    m = match_previous(OLD, OLD, embedder="none")
    assert m["cluster_id"].tolist() == [0, 1, 2]
    assert set(m["status"]) == {"same"}
    assert m.attrs["gone"].empty


def test_renamed_new_and_gone():
    new = frame([
        ("额度提升", "借呗额度如何提升", ["借呗额度如何提升", "借呗额度怎么提升"]),
        ("运费", "退货运费谁出", ["退货运费谁出", "退货运费谁承担"]),
    ])
    m = match_previous(OLD, new, embedder="none", threshold=0.5)
    assert m.loc[0, ["cluster_id", "status", "previous_label"]].tolist() == [1, "renamed", "额度"]
    assert m.loc[1, "status"] == "new" and m.loc[1, "cluster_id"] == 3  # never reuses an old id
    assert sorted(m.attrs["gone"]["cluster_id"]) == [0, 2]


def test_merged_and_split_are_reported():
    old = frame([
        ("还款", "花呗怎么还款", ["花呗怎么还款"]),
        ("还款日", "花呗还款", ["花呗还款", "花呗还款怎么还"]),
        ("注销", "怎么注销账户", ["怎么注销账户", "账户如何注销"]),
    ])
    new = frame([
        ("还款", "花呗怎么还款", ["花呗怎么还款", "花呗还款"]),
        ("注销账户", "怎么注销账户", ["怎么注销账户"]),
        ("注销花呗", "账户如何注销", ["账户如何注销", "注销账户"]),
    ])
    m = match_previous(old, new, embedder="none", threshold=0.5)
    first = m.loc[0]
    assert first["status"] == "merged" and sorted(first["previous_ids"]) == [0, 1]
    assert sorted(m["status"].tolist()) == ["merged", "same", "split"] or \
        sorted(m["status"].tolist()) == ["merged", "renamed", "split"]
    split = m[m["status"] == "split"].iloc[0]
    assert split["previous_ids"] == [2] and split["cluster_id"] == 3


def test_chain_of_runs_uses_stable_ids():
    new = OLD.iloc[[2, 0]].reset_index(drop=True).assign(cluster_id=[0, 1])
    m1 = match_previous(OLD, new, embedder="none")
    assert m1["cluster_id"].tolist() == [2, 0]
    m2 = match_previous(m1, new, embedder="none")
    assert m2["cluster_id"].tolist() == [2, 0]


def test_bad_inputs():
    with pytest.raises(TypeError):
        match_previous("x", OLD)
    with pytest.raises(ValueError, match="threshold"):
        match_previous(OLD, OLD, threshold=2)
    with pytest.raises(ValueError, match="lacks"):
        match_previous(OLD.drop(columns="representative"), OLD, embedder="none")
    empty = OLD.iloc[:0]
    m = match_previous(OLD, empty, embedder="none")
    assert m.empty and len(m.attrs["gone"]) == 3


def test_export_review_workbook_and_csv(tmp_path):
    texts = ["花呗怎么还款", "花呗如何还款", "借呗额度怎么提升", "借呗额度如何提升", "借呗额度提升"]
    q = pd.DataFrame({
        "text": texts,
        "is_question": True,
        "customer_id": ["a", "b", "c", "c", "c"],
        "asked_at": pd.to_datetime(["2026-07-01"] * 5).tz_localize("Asia/Shanghai"),
    })
    fq = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(q)
    out = export_review(fq, tmp_path / "sub" / "review.xlsx", questions=q.assign(cluster_id=fq.labels_))
    wb = load_workbook(out["xlsx"])
    assert wb.sheetnames == ["overview", "examples", "about"]
    ov = pd.read_excel(out["xlsx"], sheet_name="overview")
    # ranked by share of customers: 花呗 (2 of 3 customers) before 借呗 (1 of 3) despite fewer questions
    assert ov["representative"].tolist()[0] == "花呗如何还款"
    assert ov["rank"].tolist() == [1, 2]
    assert {"decision", "new_label", "kb_answer", "notes"} <= set(ov.columns)
    dv = wb["overview"].data_validations.dataValidation
    assert dv and all(d in dv[0].formula1 for d in DECISIONS)
    ex = pd.read_csv(out["examples_csv"], encoding="utf-8-sig")
    assert set(ex["question"]) == set(texts)
    assert out["overview_csv"].read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_review_bad_examples(tmp_path):
    with pytest.raises(ValueError):
        export_review(OLD, tmp_path / "r", examples=0)
    with pytest.raises(TypeError):
        export_review([1, 2], tmp_path / "r")
    out = export_review(OLD.assign(n_questions=[3, 2, 1]), tmp_path / "r")
    assert out["xlsx"].name == "r.xlsx"
    assert np.isnan(pd.read_excel(out["xlsx"])["share_of_customers"]).all()

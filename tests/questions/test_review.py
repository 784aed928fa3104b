import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from toolkit.questions import DECISIONS, FrequentQuestions, export_review, match_previous
from toolkit.questions.review import FORMULA_PREFIXES, majority_intent, neutralize_cell


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
    assert wb.sheetnames == ["topics", "overview", "examples", "about"]
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


TOPICS = pd.DataFrame({
    "topic_id": [0, 1, 2],
    "label": ["到底 / 几天", "退款 / 到账", "发票"],
    "representative": ["到底几天", "退款多久到账", "发票怎么开"],
    "n_questions": [9, 8, 3],
    "share_of_customers": [0.6, 0.5, 0.2],
    "n_clusters": [1, 2, 1],
    "is_follow_up": [True, False, False],
    "examples": [["到底几天"], ["退款多久到账"], ["发票怎么开"]],
})
CLUSTERS = pd.DataFrame({
    "cluster_id": [0, 1, 2, 3, 4],
    "label": ["到底", "退款", "退款 / 哪里", "发票", "杂"],
    "representative": ["到底几天", "退款多久到账", "=HYPERLINK(\"x\")", "发票怎么开", "+86 电话多少"],
    "n_questions": [9, 5, 3, 3, 2],
    "share_of_customers": [0.6, 0.4, 0.2, 0.2, 0.1],
    "topic_id": [0, 1, 1, 2, -1],
    "examples": [["到底几天"], ["退款多久到账"], ["@cmd"], ["发票怎么开"], ["-1"]],
})


def test_topics_sheet_nests_clusters_under_topics(tmp_path):
    out = export_review(CLUSTERS, tmp_path / "r.xlsx", topics=TOPICS)
    wb = load_workbook(out["xlsx"])
    assert wb.sheetnames == ["topics", "overview", "examples", "about"]
    ts = pd.read_excel(out["xlsx"], sheet_name="topics")
    # topics by share of customers, the follow-up topic last, clusters of no topic at the end
    assert ts[["level", "topic_id"]].values.tolist() == [
        ["topic", 1], ["cluster", 1], ["cluster", 1], ["topic", 2], ["cluster", 2], ["topic", 0], ["cluster", 0],
        ["topic", -1], ["cluster", -1]]
    assert ts["cluster_id"].dropna().astype(int).tolist() == [1, 2, 3, 0, 4]
    assert ts.loc[ts["level"] == "topic", "topic_rank"].tolist()[:3] == [1, 2, 3]
    assert ts.loc[5, "is_follow_up"] == "yes"
    assert {"decision", "new_label", "kb_answer", "notes"} <= set(ts.columns)
    ws = wb["topics"]
    levels = [ws.row_dimensions[i].outlineLevel for i in range(2, len(ts) + 2)]
    assert levels == [0 if lv == "topic" else 1 for lv in ts["level"]]
    assert ws.cell(row=2, column=1).font.b and not ws.cell(row=3, column=1).font.b
    dcol = list(ts.columns).index("decision")
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and all(d in dv[0].formula1 for d in DECISIONS)
    letter = ws.cell(row=1, column=dcol + 1).column_letter
    assert str(dv[0].sqref) == f"{letter}2:{letter}{len(ts) + 1}"
    csv = pd.read_csv(out["topics_csv"], encoding="utf-8-sig")
    assert csv["level"].tolist() == ts["level"].tolist()


def test_exports_neutralize_formula_text(tmp_path):
    out = export_review(CLUSTERS, tmp_path / "r.xlsx", topics=TOPICS)
    wb = load_workbook(out["xlsx"])
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ov = pd.read_excel(out["xlsx"], sheet_name="overview")
    assert "'=HYPERLINK(\"x\")" in ov["representative"].tolist()
    assert "'+86 电话多少" in ov["representative"].tolist()
    ex = pd.read_csv(out["examples_csv"], encoding="utf-8-sig")
    assert {"'@cmd", "'-1"} <= set(ex["question"])
    for key in ("overview_csv", "topics_csv"):
        text = out[key].read_text(encoding="utf-8-sig")
        assert ",=HYPERLINK" not in text and ",+86" not in text and "'=HYPERLINK" in text


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("a=1", "a=1"), ("", ""), (3, 3), (None, None),
])
def test_neutralize_cell(value, expected):
    assert neutralize_cell(value) == expected


def test_export_without_topics_keeps_the_old_sheets(tmp_path):
    out = export_review(CLUSTERS.drop(columns="topic_id"), tmp_path / "r")
    assert sorted(out) == ["examples_csv", "overview_csv", "xlsx"]
    assert load_workbook(out["xlsx"]).sheetnames == ["overview", "examples", "about"]
    with pytest.raises(TypeError, match="topics"):
        export_review(CLUSTERS, tmp_path / "r", topics=[1])
    with pytest.raises(ValueError, match="topic_id"):
        export_review(CLUSTERS, tmp_path / "r", topics=TOPICS.drop(columns="topic_id"))


def test_topics_sheet_uses_stable_topic_ids_of_a_match(tmp_path):
    # last run's topic 7 is this run's topic 1: clusters say 1, the sheet says 7
    matched = TOPICS.rename(columns={"topic_id": "run_topic_id"}).assign(
        topic_id=[5, 7, 9], status=["same", "renamed", "new"], previous_ids=[[5], [7], []])
    out = export_review(CLUSTERS, tmp_path / "r", topics=matched)
    ts = pd.read_excel(out["xlsx"], sheet_name="topics")
    assert ts[ts["level"] == "cluster"].set_index("cluster_id")["topic_id"].to_dict() == \
        {1: 7, 2: 7, 3: 9, 0: 5, 4: -1}
    assert ts.loc[0, "status"] == "renamed"


def test_match_previous_topic_level_frames():
    m = match_previous(TOPICS, TOPICS.iloc[[2, 1]].reset_index(drop=True).assign(topic_id=[0, 1]),
                       embedder="none", level="topic")
    assert list(m.columns[:6]) == ["topic_id", "run_topic_id", "status", "previous_ids", "previous_label",
                                   "similarity"]
    assert m["topic_id"].tolist() == [2, 1] and set(m["status"]) == {"same"}
    assert m.attrs["gone"]["topic_id"].tolist() == [0]
    # a chain of runs keeps the stable ids
    m2 = match_previous(m, TOPICS.iloc[[2, 1]].reset_index(drop=True).assign(topic_id=[0, 1]),
                        embedder="none", level="topic")
    assert m2["topic_id"].tolist() == [2, 1]
    with pytest.raises(ValueError, match="level"):
        match_previous(TOPICS, TOPICS, embedder="none", level="intent")
    with pytest.raises(ValueError, match="topic_id"):
        match_previous(OLD, OLD, embedder="none", level="topic")


def test_match_previous_topic_level_models():
    texts = ["花呗怎么还款", "花呗如何还款", "花呗还款方式", "借呗额度怎么提升", "借呗额度如何提升", "借呗额度提升"]
    a = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(texts)
    b = FrequentQuestions(embedder="none", similarity_threshold=0.3).fit(texts[::-1] + ["借呗额度提升"])
    m = match_previous(a, b, embedder="none", level="topic")
    assert len(m) == len(b.topics_) and "run_topic_id" in m.columns
    assert set(m["status"]) <= {"same", "renamed", "merged"}
    assert sorted(m["topic_id"]) == sorted(a.topics_["topic_id"])
    # the model's own columns follow, examples untouched by the profile
    assert m["examples"].tolist() == b.topics_.set_index("topic_id").loc[m["run_topic_id"], "examples"].tolist()
    assert "_profile_texts" not in m.columns


def test_majority_intent():
    mi = majority_intent([0, 0, 0, 1, 1, 2, -1], ["a", "a", None, "b", "c", None, "a"])
    assert mi.to_dict("list") == {"id": [0, 1], "n_labelled": [2, 2], "majority_intent": ["a", "b"],
                                  "majority_share": [1.0, 0.5], "has_majority": [True, False]}
    with pytest.raises(ValueError, match="length"):
        majority_intent([0, 1], ["a"])


HOSTILE = ['=HYPERLINK("http://example.com","点我领取退款")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)",
           "\tx", "\rx"]


def _assert_no_formulas(xlsx):
    cells = [c for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    return [c.value for c in cells if isinstance(c.value, str)]


def _risky_csv_fields(path):
    """Fields that start like a formula and are not plain numbers (numbers such as -3.5 are safe)."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as f:
        fields = [v for row in csv.reader(f) for v in row]
    risky = []
    for v in fields:
        if v.startswith(FORMULA_PREFIXES):
            try:
                float(v)
            except ValueError:
                risky.append(v)
    return risky


def test_export_review_survives_hostile_and_illegal_text(tmp_path):
    texts = HOSTILE + ["第一行\u000b第二行"]
    c = pd.DataFrame({"cluster_id": range(len(texts)), "label": texts, "representative": texts,
                      "n_questions": [-3, 1, 1, 1, 1, 1, 1, 1], "share_of_customers": [-3.5] + [0.1] * 7,
                      "topic_id": [0] * len(texts)})
    t = pd.DataFrame({"topic_id": [0], "label": ["+退款"], "representative": ["=1+1"], "n_questions": [8]})
    q = pd.DataFrame({"text": texts, "cluster_id": range(len(texts))})
    out = export_review(c, tmp_path / "r.xlsx", topics=t, questions=q)
    values = _assert_no_formulas(out["xlsx"])
    for v in HOSTILE:
        assert "'" + v.replace("\r", "\n") in [x.replace("\r", "\n") for x in values]  # XML reads CR as LF
    assert "第一行\ufffd第二行" in values and not any("\u000b" in v for v in values)
    ov = pd.read_excel(out["xlsx"], sheet_name="overview")
    assert ov.loc[ov["cluster_id"] == 0, "n_questions"].item() == -3  # numbers stay numbers
    assert ov.loc[ov["cluster_id"] == 0, "share_of_customers"].item() == -3.5
    # overview, topics, examples: 7 hostile labels and representatives, 7 examples, the topic's 2
    assert (out.n_neutralized_cells, out.n_cleaned_cells) == (7 * 2 + 7 * 2 + 7 + 2, 2 + 2 + 1)
    about = pd.read_excel(out["xlsx"], sheet_name="about").set_index("column")["meaning"]
    assert about["n_neutralized_cells"].startswith(f"{out.n_neutralized_cells} text cells")
    assert about["n_cleaned_cells"].startswith("5 cells")
    for key in ("overview_csv", "examples_csv", "topics_csv"):
        back = pd.read_csv(out[key], encoding="utf-8-sig", keep_default_na=False)
        col = "question" if key == "examples_csv" else "representative"
        got = set(back[col])
        assert {"'" + v for v in HOSTILE} <= got and "第一行\ufffd第二行" in got
        assert not _risky_csv_fields(out[key])


def test_export_review_csv_keeps_a_carriage_return_inside_its_cell(tmp_path):
    # unquoted, the CR would start a new row whose first cell is a live formula
    out = export_review(CLUSTERS.assign(representative="你好\r=cmd|' /C calc'!A0"), tmp_path / "r")
    for key in ("overview_csv", "examples_csv"):
        back = pd.read_csv(out[key], encoding="utf-8-sig")
        assert len(back) == 5 and not _risky_csv_fields(out[key])
    assert pd.read_csv(out["overview_csv"], encoding="utf-8-sig")["representative"].tolist() == \
        ["你好\r=cmd|' /C calc'!A0"] * 5

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from toolkit.ops import OpsDataWarning, export_handover, handover_report, summarize_handover
from toolkit.testing import tiny_archive, tiny_customers


def test_sample_handovers_match_truth(sample_archive, events, customers_path):
    r = handover_report(sample_archive, customers=customers_path)
    for h in events["handovers"]:
        mine = r[r["leaver_id"] == h["from"]]
        assert set(h["customers"]) <= set(mine["customer_id"])
        assert set(mine["successor_id"]) == {h["to"]}
        assert (mine["left_at"] == pd.Timestamp(h["left_at"])).all()
    s = summarize_handover(r)
    assert (s["n_successor_replied"] <= s["n_customers"]).all()
    assert (r["hours_to_successor_reply"].dropna() >= 0).all()
    # silent = neither side wrote after the handover
    assert (r["is_silent"] == ~(r["customer_wrote_after"] | r["successor_replied"].fillna(False))).all()


def test_open_item_and_topic():
    r = handover_report(tiny_archive())
    row = r.iloc[0]
    assert row["customer_id"] == "wmC" and row["has_open_item"] and row["open_item"] == "换货要几天？"
    assert row["successor_replied"] and row["hours_to_successor_reply"] == pytest.approx(13.0)
    assert "换货" in row["keywords"]


def test_staff_without_successor_column_warns_and_gives_partial_result():
    staff = pd.DataFrame({"userid": ["zs", "ls", "ww"], "left_at": ["", "2026-07-03", ""]})
    a = tiny_archive(staff=staff)  # load_staff warns too (silenced by tiny_archive)
    with pytest.warns(OpsDataWarning, match="no successor"):
        r = handover_report(a)
    assert r["customer_id"].tolist() == ["wmC"] and r["successor_id"].isna().all()
    assert r["successor_replied"].isna().all() and r["has_open_item"].all()
    # the customer list can name the successor
    with pytest.warns(OpsDataWarning, match="follow_userid"):
        r2 = handover_report(a, customers=tiny_customers())
    assert r2["successor_id"].tolist() == ["zs"]


def test_no_staff_is_a_clear_error():
    with pytest.raises(ValueError, match="staff"):
        handover_report(tiny_archive(staff=None))


def test_export_one_workbook_per_successor(tmp_path):
    r = handover_report(tiny_archive())
    extra = r.assign(successor_id=pd.Series([pd.NA], dtype="str"), customer_id="wmX")
    paths = export_handover(pd.concat([r, extra], ignore_index=True), tmp_path / "out")
    assert [p.name for p in paths] == ["handover_unassigned.xlsx", "handover_zs.xlsx"]
    sheets = pd.read_excel(paths[1], sheet_name=None)
    assert set(sheets) == {"customers", "summary"}
    assert sheets["customers"]["customer_id"].tolist() == ["wmC"]
    assert sheets["summary"]["n_customers"].tolist() == [1]


HOSTILE = ['=HYPERLINK("http://example.com","点我领取退款")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)",
           "\tx", "\rx"]


def test_export_writes_hostile_and_illegal_customer_text_inert(tmp_path):
    texts = HOSTILE + ["第一行\u000b第二行"]
    r = handover_report(tiny_archive())
    r = pd.concat([r] * len(texts), ignore_index=True).assign(
        customer_id=[f"wm{i}" for i in range(len(texts))], topic=texts, open_item=texts,
        hours_to_successor_reply=-3.5)
    paths = export_handover(r, tmp_path)
    wb = load_workbook(paths[0])
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value.replace("\r", "\n") for c in cells if isinstance(c.value, str)}  # XML reads CR as LF
    assert {"'" + v.replace("\r", "\n") for v in HOSTILE} <= values
    assert "第一行\ufffd第二行" in values and not any("\u000b" in v for v in values)
    sheet = pd.read_excel(paths[0], sheet_name="customers")
    assert (sheet["hours_to_successor_reply"] == -3.5).all()  # numbers stay numbers
    assert sheet.loc[0, "left_at"] == "2026-07-03 00:00:00"  # times as before
    assert (paths.n_neutralized_cells, paths.n_cleaned_cells) == (7 * 2, 2)

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.ops import OpsDataWarning, file_freshness, scope_usage, unscoped_employees, unused_licences, unused_licenses
from toolkit.testing import tiny_archive, tiny_records


def test_sample_missing_day_is_found_with_its_cause(sample_archive, events):
    f = file_freshness(sample_archive)
    md = events["missing_day"]
    missing = f[f["status"] == "missing"]
    assert [f"msgaudit_{d:%Y%m%d}" for d in missing["file_date"]] == [md["missing_file"]]
    late = f[f["status"] == "late"]
    assert late["file"].tolist() == [md["arrived_in"]]
    assert late["delay_hours"].iloc[0] == pytest.approx(md["delay_hours"], abs=1)
    assert late["likely_cause"].iloc[0] == "missing_file"
    assert (f.loc[f["status"] == "ok", "delay_hours"] <= 24).all()


def test_late_messages_of_an_unscoped_employee_are_named():
    recs = tiny_records()
    recs[11]["_file"] = "msgaudit_20260704.jsonl"  # ls's reply of 07-02 arrives a day late
    scope = pd.DataFrame({"userid": ["zs"], "since": [""], "until": [""]})
    f = file_freshness(tiny_archive(recs, scope=scope))
    row = f[f["status"] == "late"].iloc[0]
    assert row["file"] == "msgaudit_20260704.jsonl" and row["late_senders"] == "ls"
    assert row["likely_cause"] == "out_of_scope"


def test_unknown_cause_and_lag_parameter():
    recs = tiny_records()
    recs[11]["_file"] = "msgaudit_20260704.jsonl"
    a = tiny_archive(recs)
    f = file_freshness(a)
    assert f.loc[f["status"] == "late", "likely_cause"].iloc[0].startswith("unknown")
    assert (file_freshness(a, lag="3D")["status"] == "ok").all()


def test_sample_scope_usage_finds_planted_people(sample_archive, events):
    u = scope_usage(sample_archive)
    assert sorted(unscoped_employees(sample_archive)["userid"]) == sorted(events["never_in_scope"])
    added = [c["userid"] for c in events["scope_changes"] if c["change"] == "added"]
    outside = u[u["status"] == "outside_scope_window"]["userid"].tolist()
    assert outside == added  # hanxinran sent 1:1 messages before her scope started
    assert unused_licenses(sample_archive).empty  # everyone in the sample's scope wrote
    assert u["userid"].is_unique


def test_scope_with_unknown_users_warns_and_keeps_the_rest():
    scope = pd.DataFrame({"userid": ["zs", "ls", "nobody1", "nobody2"]})
    with pytest.warns(OpsDataWarning, match="2 userid"):
        u = scope_usage(tiny_archive(scope=scope))
    st = u.set_index("userid")["status"]
    assert st["nobody1"] == st["nobody2"] == "unknown_user"
    assert st["zs"] == "ok" and st["ww"] == "not_in_scope"


def test_no_scope_warns():
    with pytest.warns(OpsDataWarning, match="without a scope"):
        u = scope_usage(tiny_archive(scope=None))
    assert set(u["status"]) == {"no_scope"}


def test_unused_licence():
    a = tiny_archive(scope=pd.DataFrame({"userid": ["zs", "ls", "idle"]}), staff=pd.DataFrame({"userid": ["zs", "ls", "idle"]}))
    assert unused_licenses(a)["userid"].tolist() == ["idle"]
    with pytest.warns(FutureWarning, match="renamed unused_licenses"):
        assert unused_licences(a)["userid"].tolist() == ["idle"]  # the old name, for one release


def test_scope_usage_without_staff_directory():
    """Notebook 06 failed whenever --staff was missing: Series.map on an empty datetime table (left_at)."""
    u = scope_usage(tiny_archive(staff=None))
    assert u["left_at"].isna().all() and str(u["left_at"].dtype) == "datetime64[ns, Asia/Shanghai]"
    assert not u["in_staff"].any()
    st = u.set_index("userid")["status"]
    assert st["zs"] == "ok" and st["ww"] == "not_in_scope"


def test_scope_usage_without_any_side_table_or_employee_message():
    with pytest.warns(OpsDataWarning, match="without a scope"):
        u = scope_usage(tiny_archive(staff=None, scope=None))
    assert set(u["status"]) == {"no_scope"}
    customers_only = [r for r in tiny_records() if r["from"].startswith("wm")]
    with pytest.warns(OpsDataWarning, match="1 userid"):  # zs is in the scope only: nobody knows them
        u = scope_usage(tiny_archive(customers_only, staff=None, scope=pd.DataFrame({"userid": ["zs"]})))
    assert u["userid"].tolist() == ["zs"] and u["first_sent_at"].isna().all()


@pytest.mark.parametrize(
    "name",
    [
        "2026-07-02.jsonl",
        "20260702.jsonl",
        "msgaudit_20260702.jsonl",
        "msgaudit_2026-07-02_part2.jsonl.gz",
        "msgaudit_2026_07_02.jsonl",
        "2026.07.02.jsonl",
        "export-2026-7-2.json",
        "v2_msgaudit_20191399_20260702.jsonl",  # an impossible date first: the valid one counts
    ],
)
def test_file_dates_in_the_usual_forms(name):
    recs = [dict(r, _file=name) for r in tiny_records()[:7]]  # sent 2026-07-01: T+1 is 07-02
    f = file_freshness(tiny_archive(recs))
    assert f["status"].tolist() == ["ok"]
    assert f["file_date"].tolist() == [pd.Timestamp("2026-07-02", tz="Asia/Shanghai")]
    assert f["file"].tolist() == [name]


@pytest.mark.parametrize(
    "name", ["msgaudit_20191399.jsonl", "20260230.jsonl", "2026-07_02.jsonl", "msgaudit.jsonl", "1202607021.jsonl"]
)
def test_impossible_or_absent_dates_are_undated(name):
    recs = [dict(r, _file=name) for r in tiny_records()[:7]]
    f = file_freshness(tiny_archive(recs))
    assert f["status"].tolist() == ["undated"] and f["file_date"].isna().all()


def test_dashed_daily_files_find_the_missing_day():
    """Files named YYYY-MM-DD were all 'undated' and the freshness plot was empty."""
    recs = tiny_records()
    for r in recs:
        day = pd.Timestamp(r["msgtime"], unit="ms", tz="UTC").tz_convert("Asia/Shanghai").normalize()
        r["_file"] = f"{day + pd.Timedelta(days=1):%Y-%m-%d}.jsonl"
    for r in recs[13:]:  # the file of 07-04 never came; 07-03's messages arrive with 07-04's
        r["_file"] = "2026-07-05.jsonl"
    f = file_freshness(tiny_archive(recs))
    assert f["status"].tolist() == ["ok", "ok", "missing", "late"]
    assert f.loc[3, "likely_cause"] == "missing_file"

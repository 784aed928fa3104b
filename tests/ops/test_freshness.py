from __future__ import annotations

import pandas as pd
import pytest

from toolkit.ops import OpsDataWarning, file_freshness, scope_usage, unscoped_employees, unused_licences
from toolkit.ops._examples import tiny_archive, tiny_records


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
    assert unused_licences(sample_archive).empty  # everyone in the sample's scope wrote
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
    assert unused_licences(a)["userid"].tolist() == ["idle"]

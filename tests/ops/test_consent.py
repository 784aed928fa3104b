from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from toolkit.archive import schema
from toolkit.exceptions import SchemaError
from toolkit.ops import (
    OpsDataWarning,
    compare_refuser_segments,
    consent_relationships,
    consent_timeline,
    load_customers,
    refusal_rate,
)
from toolkit.testing import tiny_archive, tiny_customers


def test_overall_rate_counts_first_answers_per_relationship():
    r = refusal_rate(tiny_archive())
    assert r.loc[0, ["prompted", "refused", "reagreed"]].tolist() == [3, 1, 1]
    assert r.loc[0, "refusal_rate"] == pytest.approx(1 / 3)
    assert r.loc[0, "ci_low"] < 1 / 3 < r.loc[0, "ci_high"]


def test_small_groups_are_not_flagged_on_noise():
    r = refusal_rate(tiny_archive(), by="employee")  # zs: 1 of 2 refused
    zs = r.set_index("employee_id").loc["zs"]
    assert zs["above_threshold"] and not zs["flagged"]
    r2 = refusal_rate(tiny_archive(), by="employee", min_customers=2)
    assert r2.set_index("employee_id").loc["zs", "flagged"]


def test_ci_rule_is_stricter_than_min_customers(sample_archive):
    a = refusal_rate(sample_archive, by="employee")
    b = refusal_rate(sample_archive, by="employee", rule="ci")
    assert b["flagged"].sum() <= a["flagged"].sum()
    assert (b.loc[b["flagged"], "ci_low"] > 0.2).all()


def test_sample_overall_and_by_channel_match_truth(sample_archive, events, customers_path):
    planted = events["refusal"]
    r = refusal_rate(sample_archive)
    assert int(r.loc[0, "prompted"]) == planted["prompted"]
    assert int(r.loc[0, "refused"]) == planted["refused"]
    assert r.loc[0, "refusal_rate"] == pytest.approx(planted["overall"], abs=5e-4)
    ch = refusal_rate(sample_archive, by="channel", customers=customers_path).set_index("channel")["refusal_rate"]
    for channel, rate in planted["by_channel"].items():
        assert ch[channel] == pytest.approx(rate, abs=5e-4)
    emp = refusal_rate(sample_archive, by="employee")
    assert sorted(emp.loc[emp["flagged"], "employee_id"]) == sorted(planted["above_20pct"])
    assert int(r.loc[0, "reagreed"]) == len(events["reagreed"])


def test_by_employee_matches_truth_per_employee(sample_archive, truth_employees):
    emp = refusal_rate(sample_archive, by="employee").set_index("employee_id")
    t = truth_employees[truth_employees["prompted"] > 0].set_index("userid")
    assert set(emp.index) == set(t.index)
    assert (emp.loc[t.index, "refused"] == t["refused"]).all()
    assert (emp.loc[t.index, "prompted"] == t["prompted"]).all()


def test_weekly_rates_add_up(sample_archive):
    w = refusal_rate(sample_archive, by="week")
    assert w["prompted"].sum() == refusal_rate(sample_archive).loc[0, "prompted"]
    assert (w["week"].dt.day_of_week == 0).all()


def test_channel_without_customers_is_a_clear_error():
    with pytest.raises(ValueError, match="customers="):
        refusal_rate(tiny_archive(), by="channel")


@pytest.mark.parametrize("bad", [{"threshold": 1.5}, {"rule": "x"}, {"min_customers": 0}, {"confidence": 2.0}])
def test_bad_arguments(bad):
    with pytest.raises(ValueError):
        refusal_rate(tiny_archive(), **bad)


def test_unknown_by_column():
    with pytest.raises(KeyError, match="nope"):
        refusal_rate(tiny_archive(), by="nope")


def test_no_consent_records_warns_and_gives_partial_result():
    a = tiny_archive()
    empty = dataclasses.replace(a, consent=schema.empty_frame(schema.CONSENT_COLUMNS, a.tz))
    with pytest.warns(OpsDataWarning, match="no agree/disagree"):
        r = refusal_rate(empty)
    assert r.loc[0, "prompted"] == 0 and pd.isna(r.loc[0, "refusal_rate"]) and not r.loc[0, "flagged"]
    with pytest.warns(OpsDataWarning):
        e = refusal_rate(empty, by="employee")
    assert e.empty
    with pytest.warns(OpsDataWarning):
        assert consent_timeline(empty).empty
    with pytest.warns(OpsDataWarning):
        assert consent_relationships(empty).empty


def test_timeline_tells_agree_refuse_agree_again(sample_archive, events):
    t = consent_timeline(sample_archive)
    again = t[t["event"] == "agree_again"]
    planted = {(r["customer_id"], r["employee_id"]) for r in events["reagreed"]}
    assert set(zip(again["customer_id"], again["employee_id"], strict=True)) == planted
    one = consent_timeline(sample_archive, customer_id=events["reagreed"][0]["customer_id"])
    assert one["event"].tolist()[:2] == ["refuse", "agree_again"]


def test_segments_compare_refusers_with_the_rest(sample_archive, customers_path):
    s = compare_refuser_segments(sample_archive, customers=customers_path)
    ch = s[s["column"] == "channel"]
    assert ch.iloc[0]["value"] == "广告投放"  # the channel over-represented among refusers
    assert ch["refusers_share"].sum() == pytest.approx(1.0)
    assert ch["p_value"].iloc[0] < 0.01
    seg = s[s["column"] == "segment"]
    assert seg["p_value"].iloc[0] > 0.05  # segments were not planted


def test_load_customers_needs_an_id_column():
    with pytest.raises(SchemaError, match="external_userid"):
        load_customers(pd.DataFrame({"name": ["x"]}))
    c = load_customers(tiny_customers())
    assert list(c.columns)[:2] == ["customer_id", "name"] and c["channel"].tolist() == ["扫码", "扫码", "广告投放"]


def test_does_not_change_the_archive():
    a = tiny_archive()
    before = a.consent.copy()
    refusal_rate(a, by="employee")
    pd.testing.assert_frame_equal(a.consent, before)

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.ops import (
    BusinessHours,
    automatic_replies,
    OpsDataWarning,
    business_seconds,
    check_change_date,
    compare_periods,
    first_reply_times,
    reply_times,
    summarize_reply_times,
)
from toolkit.testing import _msg, tiny_archive, tiny_records

TZ = "Asia/Shanghai"


def test_robot_and_automatic_replies_do_not_count():
    recs = tiny_records()
    # an auto-reply one second after each customer question, always the same text
    extra = []
    for i, r in enumerate(recs):
        if r["msgtype"] == "text" and r["from"].startswith("wm") and not r["roomid"]:
            ts = pd.Timestamp(r["msgtime"], unit="ms", tz="UTC").tz_convert(TZ) + pd.Timedelta(seconds=1)
            extra.append(_msg(100 + i, r["tolist"][0], [r["from"]], str(ts.tz_localize(None)), "您好，我现在不在，稍后回复"))
    a = tiny_archive(recs + extra)
    auto = automatic_replies(a.messages, min_repeats=3)
    assert int(auto.sum()) == len(extra)
    with_auto = reply_times(a, exclude_automatic=False)
    without = reply_times(a, auto_min_repeats=3)
    assert with_auto["reply_seconds"].max() == pytest.approx(1200.0)  # the group reply (no auto-reply there)
    assert (with_auto.loc[with_auto["chat_type"] == "single", "reply_seconds"].dropna() == 1.0).all()
    pd.testing.assert_series_equal(without["reply_seconds"], reply_times(tiny_archive())["reply_seconds"])
    assert without.attrs["automatic_replies"] == len(extra)
    assert without.attrs["robot_messages"] == 1
    # the robot's message 1 s after the group question is not a reply
    g = without[without["chat_type"] == "group"].iloc[0]
    assert g["reply_employee_id"] == "ww" and g["reply_seconds"] == 1200.0


def test_templates_flag_auto_replies_whatever_their_speed():
    t = pd.to_datetime(["2026-07-01 09:00", "2026-07-01 09:10"]).tz_localize(TZ)
    m = pd.DataFrame({"msgid": ["a", "b"], "sender_id": ["wmA", "zs"], "sender_kind": ["external", "employee"],
                      "chat_id": "wmA|zs", "sent_at": t, "text": ["在吗", "您好，欢迎咨询！"]})
    assert automatic_replies(m, templates=["您好,欢迎咨询!"]).tolist() == [False, True]


def test_business_hours_count_only_open_time():
    s = pd.Series(pd.to_datetime(["2026-07-03 17:00", "2026-07-06 08:00", "2026-07-06 10:00"]).tz_localize(TZ))
    e = pd.Series(pd.to_datetime(["2026-07-06 10:00", "2026-07-06 09:30", "2026-07-07 10:00"]).tz_localize(TZ))
    got = business_seconds(s, e, BusinessHours()).tolist()
    assert got == [7200.0, 1800.0, 9 * 3600.0]
    hol = BusinessHours(holidays=("2026-07-06",))
    assert business_seconds(s, e, hol).tolist() == [3600.0, 0.0, 3600.0]


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 20 * 86400), st.integers(0, 5 * 86400), st.integers(0, 5 * 86400))
def test_business_seconds_is_additive_and_bounded(a, b, c):
    base = pd.Timestamp("2026-07-01", tz=TZ)
    t0, t1, t2 = (base + pd.Timedelta(seconds=x) for x in (a, a + b, a + b + c))
    s = pd.Series([t0, t1, t0])
    e = pd.Series([t1, t2, t2])
    x = business_seconds(s, e, "09:00-18:00 Mon-Fri").to_numpy()
    assert x[0] + x[1] == pytest.approx(x[2])
    assert 0 <= x[2] <= (t2 - t0).total_seconds()


@pytest.mark.parametrize("bad", ["9-18", "18:00-09:00 Mon-Fri", "09:00-18:00 Mon-Xyz", "25:00-26:00"])
def test_bad_business_hours(bad):
    with pytest.raises(ValueError):
        BusinessHours.parse(bad)


def test_reply_times_find_the_planted_speed_up(sample_archive, events):
    rt = reply_times(sample_archive)
    c = compare_periods(rt, events["suggestions_on"])
    planted = events["reply_median_seconds"]
    assert c.loc[0, "p50_before"] == pytest.approx(planted["before"], rel=0.05)
    assert c.loc[0, "p50_after"] == pytest.approx(planted["after"], rel=0.05)
    assert c.loc[0, "ci_low"] <= c.loc[0, "p50_diff_seconds"] <= c.loc[0, "ci_high"]
    assert c.loc[0, "ci_high"] < 0 and c.loc[0, "is_significant"]
    diff = planted["after"] - planted["before"]
    assert c.loc[0, "ci_low"] - 15 < diff < c.loc[0, "ci_high"] + 15


def test_replies_next_morning_are_paired(sample_archive):
    rt = reply_times(sample_archive)
    assert rt["is_answered"].mean() > 0.99
    assert rt["reply_seconds"].max() > 3 * 3600  # replies after a night's silence are kept


def test_first_reply_times_are_per_customer_opened_conversation(sample_archive):
    f = first_reply_times(sample_archive)
    assert f["conversation_id"].is_unique
    assert (f["reply_seconds"].dropna() > 0).all()
    assert set(f["chat_type"]) <= {"single", "group"}
    assert f["customer_id"].str.startswith(("wm", "wo")).all()


def test_compare_periods_is_seeded():
    rng = np.random.default_rng(1)
    t = pd.date_range("2026-08-01", periods=300, freq="3h", tz=TZ)
    rt = pd.DataFrame({"asked_at": t, "reply_seconds": rng.lognormal(5, 1, 300), "employee_id": ["a", "b", "c"] * 100})
    a = compare_periods(rt, "2026-08-10", random_state=3)
    b = compare_periods(rt, "2026-08-10", random_state=3)
    pd.testing.assert_frame_equal(a, b)
    per = compare_periods(rt, "2026-08-10", by="employee", min_n=10)
    assert per["employee_id"].tolist() == ["a", "b", "c"] and per["ci_low"].notna().all()
    few = compare_periods(rt, "2026-08-01 06:00", min_n=10)
    assert np.isnan(few.loc[0, "ci_low"])


def test_summaries_by_employee_and_week(sample_archive):
    rt = reply_times(sample_archive)
    s = summarize_reply_times(rt, by="employee")
    assert s["n"].sum() == len(rt)
    s = s.dropna(subset=["p50_seconds"])
    assert (s["p90_seconds"] >= s["p50_seconds"]).all()
    w = summarize_reply_times(rt, by="week")
    assert w["week"].is_monotonic_increasing


def test_bad_inputs():
    with pytest.raises(TypeError):
        reply_times("not an archive")
    with pytest.raises(ValueError):
        reply_times(tiny_archive(), max_wait="-1h")
    with pytest.raises(ValueError, match="change_date"):
        compare_periods(reply_times(tiny_archive()), "someday")
    with pytest.raises(KeyError):
        summarize_reply_times(reply_times(tiny_archive()), by="nope")


def test_a_change_date_outside_the_data_warns_and_is_explained():
    """A default written for another archive (the sample's 2026-08-25) must not give a silent all-NaN comparison."""
    rt = reply_times(tiny_archive())  # questions of 2026-07-01 .. 07-04
    with pytest.warns(OpsDataWarning, match=r"change date 2026-08-25 is after the last reply time .*none after"):
        c = compare_periods(rt, "2026-08-25")
    assert c.loc[0, "n_after"] == 0 and np.isnan(c.loc[0, "p50_after"])
    with pytest.warns(OpsDataWarning, match=r"change date 2019-01-01 is not after the first .*none before"):
        compare_periods(rt, "2019-01-01")
    problem = check_change_date(rt, "2026-08-25")
    assert problem is not None and "2026-07-01 to 2026-07-03" in problem
    assert check_change_date(rt, "2019-01-01").endswith("none before")
    assert check_change_date(rt, None) == "no change date given"
    assert check_change_date(rt.iloc[:0], "2026-07-02").startswith("no reply times to compare")


def test_a_change_date_inside_the_data_is_fine_and_silent(recwarn):
    rt = reply_times(tiny_archive())
    assert check_change_date(rt, "2026-07-02") is None
    c = compare_periods(rt, "2026-07-02")
    assert c.loc[0, "n_before"] > 0 and c.loc[0, "n_after"] > 0
    assert not [w for w in recwarn if issubclass(w.category, OpsDataWarning)]
    with pytest.raises(ValueError, match="change_date"):
        check_change_date(rt, "someday")

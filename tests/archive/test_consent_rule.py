"""The consent rule (toolkit.archive.consent.refused_mask), the one implementation every AI feature calls."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.archive.consent import refused_mask

TZ = "Asia/Shanghai"


def _case(sent, events, unit="ns"):
    m = pd.DataFrame({"chat_id": ["emp1|wmA"] * len(sent), "chat_type": "single",
                      "sent_at": pd.Series(pd.to_datetime(sent)).dt.tz_localize(TZ).astype(f"datetime64[{unit}, {TZ}]")})
    c = pd.DataFrame({"customer_id": "wmA", "employee_id": "emp1",
                      "at": pd.to_datetime([t for t, _ in events]).tz_localize(TZ), "status": [s for _, s in events]})
    return m, c


def test_a_message_without_a_time_is_not_refused_and_does_not_raise():
    m, c = _case(["2026-07-02 10:00", None], [("2026-07-01 10:00", "disagree")])
    assert refused_mask(m, c).tolist() == [True, False]


def test_times_compare_to_the_nanosecond_whatever_the_unit_of_sent_at():
    # a refusal half a second after a message stored in whole seconds came after it
    m, c = _case(["2026-07-01 10:00:00"], [("2026-07-01 10:00:00.5", "disagree")], unit="s")
    assert refused_mask(m, c).tolist() == [False]


def test_at_evaluates_today_s_consent_over_the_history():
    m, c = _case(["2026-07-02", "2026-07-04"], [("2026-07-01", "disagree"), ("2026-07-03", "agree")])
    assert refused_mask(m, c).tolist() == [True, False]
    assert refused_mask(m, c, at=pd.Timestamp("2026-07-05", tz=TZ)).tolist() == [False, False]
    assert refused_mask(m, c, at=pd.Timestamp("2026-07-02", tz=TZ)).tolist() == [True, True]
    with pytest.raises(ValueError, match="at holds 3 times for 2 messages"):
        refused_mask(m, c, at=pd.to_datetime(["2026-07-02"] * 3).tz_localize(TZ))


def test_group_messages_are_never_refused():
    m, c = _case(["2026-07-02"], [("2026-07-01", "disagree")])
    m["chat_type"] = "group"
    assert refused_mask(m, c).tolist() == [False]

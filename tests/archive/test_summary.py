"""Tests of toolkit.archive.summary on small hand-made frames."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from toolkit.archive import schema
from toolkit.archive.summary import (
    WEEKDAYS,
    chat_type_counts,
    conversation_length_stats,
    daily_volume,
    msgtype_counts,
    quarantine_reason_counts,
    reconciliation,
    top_senders,
    weekday_hour,
)
from toolkit.exceptions import SchemaError

TZ = schema.DEFAULT_TZ


def make_messages(rows: list[dict], tz: str = TZ) -> pd.DataFrame:
    """A messages frame with every schema column; unspecified cells are missing."""
    if not rows:
        return schema.empty_frame(schema.MESSAGE_COLUMNS, tz)
    data: dict[str, pd.Series] = {}
    for col, dtype in schema.frame_dtypes(schema.MESSAGE_COLUMNS, tz).items():
        values = [r.get(col) for r in rows]
        if col == "sent_at":
            data[col] = pd.Series(pd.to_datetime(values)).dt.tz_localize(tz).astype(dtype)
        elif col == "is_recalled":
            data[col] = pd.Series([bool(v) for v in values], dtype=dtype)
        elif col == "receiver_ids":
            data[col] = pd.Series([v if v is not None else [] for v in values], dtype=dtype)
        else:
            data[col] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data)


def msg(i: int, sent_at: str, sender: str, kind: str, chat: str, chat_type: str = "single", msgtype: str = "text"):
    return {
        "msgid": f"m{i}",
        "msgtype": msgtype,
        "sender_id": sender,
        "sender_kind": kind,
        "chat_type": chat_type,
        "chat_id": chat,
        "sent_at": sent_at,
        "source": "day.jsonl",
        "line": i,
    }


@pytest.fixture
def messages() -> pd.DataFrame:
    return make_messages(
        [
            msg(1, "2026-03-02 09:00", "zhangsan", "employee", "wmA|zhangsan"),  # Monday
            msg(2, "2026-03-02 09:30", "wmA", "external", "wmA|zhangsan", msgtype="image"),
            msg(3, "2026-03-02 23:59", "lisi", "employee", "r1", "group"),
            msg(4, "2026-03-04 10:15", "lisi", "employee", "lisi|zhangsan", "internal", msgtype="voice"),
            msg(5, "2026-03-04 10:20", "zhangsan", "employee", "lisi|zhangsan", "internal"),
            msg(6, "2026-03-08 21:00", "wbBot", "robot", "r1", "group"),  # Sunday
            msg(7, "2026-03-08 21:05", "lisi", "employee", "r1", "group", msgtype="image"),
        ]
    )


def test_make_messages_matches_schema(messages):
    schema.validate_messages(messages)


# ---------------------------------------------------------------- daily_volume


def test_daily_volume_counts_local_days_and_fills_gaps(messages):
    out = daily_volume(messages)
    expected = pd.DataFrame(
        {
            "date": pd.date_range("2026-03-02", "2026-03-08", freq="D").astype("datetime64[ns]"),
            "n_messages": np.array([3, 0, 2, 0, 0, 0, 2], dtype="int64"),
        }
    )
    assert_frame_equal(out, expected, check_freq=False)


def test_daily_volume_uses_the_frames_time_zone():
    utc = make_messages([msg(1, "2026-03-02 23:30", "a", "employee", "c")], tz="UTC")
    shanghai = utc.assign(sent_at=utc["sent_at"].dt.tz_convert("Asia/Shanghai"))
    assert daily_volume(utc)["date"].tolist() == [pd.Timestamp("2026-03-02")]
    assert daily_volume(shanghai)["date"].tolist() == [pd.Timestamp("2026-03-03")]


def test_daily_volume_by_column_gives_full_grid_sorted(messages):
    out = daily_volume(messages, by="chat_type")
    assert list(out.columns) == ["date", "n_messages", "chat_type"]
    assert len(out) == 7 * 3
    first_day = out[out["date"] == pd.Timestamp("2026-03-02")]
    assert first_day["chat_type"].tolist() == ["group", "internal", "single"]
    assert first_day["n_messages"].tolist() == [1, 0, 2]
    assert out["n_messages"].sum() == len(messages)


def test_daily_volume_of_empty_frame_is_empty():
    out = daily_volume(make_messages([]))
    assert list(out.columns) == ["date", "n_messages"]
    assert out.empty


def test_daily_volume_rejects_unknown_by(messages):
    with pytest.raises(ValueError, match="by must be a column of messages; got 'nope'"):
        daily_volume(messages, by="nope")


def test_daily_volume_rejects_naive_times():
    with pytest.raises(SchemaError, match="sent_at"):
        daily_volume(pd.DataFrame({"sent_at": pd.to_datetime(["2026-03-02"])}))


def test_summaries_do_not_change_the_input(messages):
    before = messages.copy()
    daily_volume(messages, by="sender_kind")
    weekday_hour(messages)
    msgtype_counts(messages)
    chat_type_counts(messages)
    top_senders(messages, kind=None)
    assert_frame_equal(messages, before)


# ---------------------------------------------------------------- weekday_hour


def test_weekday_hour_is_7_by_24_with_weekday_names(messages):
    table = weekday_hour(messages)
    assert table.shape == (7, 24)
    assert table.index.tolist() == list(WEEKDAYS)
    assert table.index.name == "weekday"
    assert table.columns.tolist() == list(range(24))
    assert table.columns.name == "hour"
    assert (table.dtypes == "int64").all()
    assert int(table.to_numpy().sum()) == len(messages)
    assert table.loc["Mon", 9] == 2
    assert table.loc["Mon", 23] == 1
    assert table.loc["Wed", 10] == 2
    assert table.loc["Sun", 21] == 2
    assert table.loc["Tue"].sum() == 0


def test_weekday_hour_of_empty_frame_is_zero():
    table = weekday_hour(make_messages([]))
    assert table.shape == (7, 24)
    assert int(table.to_numpy().sum()) == 0


# ---------------------------------------------------------------- counts


def test_msgtype_counts_sorted_with_ties_by_name(messages):
    out = msgtype_counts(messages)
    expected = pd.DataFrame(
        {
            "msgtype": ["text", "image", "voice"],
            "n": np.array([4, 2, 1], dtype="int64"),
            "share": [4 / 7, 2 / 7, 1 / 7],
        }
    )
    assert_frame_equal(out, expected, check_dtype=False)
    assert out["n"].dtype == "int64"


def test_msgtype_counts_tie_order_does_not_depend_on_row_order():
    a = make_messages([msg(i, "2026-03-02", "s", "employee", "c", msgtype=t) for i, t in enumerate("zyxzyx")])
    out1 = msgtype_counts(a)
    out2 = msgtype_counts(a.iloc[::-1])
    assert out1["msgtype"].tolist() == ["x", "y", "z"]
    assert_frame_equal(out1, out2)


def test_msgtype_counts_needs_msgtype():
    with pytest.raises(SchemaError, match="msgtype"):
        msgtype_counts(pd.DataFrame({"x": [1]}))


def test_chat_type_counts_lists_all_types(messages):
    out = chat_type_counts(messages)
    expected = pd.DataFrame(
        {
            "chat_type": ["group", "internal", "single"],
            "n": np.array([3, 2, 2], dtype="int64"),
            "n_chats": np.array([1, 1, 1], dtype="int64"),
            "share": [3 / 7, 2 / 7, 2 / 7],
        }
    )
    assert_frame_equal(out, expected, check_dtype=False)


def test_chat_type_counts_of_empty_frame_has_zero_rows_per_type():
    out = chat_type_counts(make_messages([]))
    assert out["chat_type"].tolist() == sorted(schema.CHAT_TYPES)
    assert out["n"].tolist() == [0, 0, 0]


def test_top_senders_employees(messages):
    out = top_senders(messages)
    expected = pd.DataFrame(
        {
            "sender_id": ["lisi", "zhangsan"],
            "n_messages": np.array([3, 2], dtype="int64"),
            "n_chats": np.array([2, 2], dtype="int64"),
            "share": [3 / 5, 2 / 5],
        }
    )
    assert_frame_equal(out, expected, check_dtype=False)


def test_top_senders_all_kinds_ties_by_id_and_limit(messages):
    out = top_senders(messages, n=3, kind=None)
    assert out["sender_id"].tolist() == ["lisi", "zhangsan", "wbBot"]
    assert out["n_messages"].tolist() == [3, 2, 1]
    assert out["share"].iloc[0] == pytest.approx(3 / 7)


def test_top_senders_of_a_kind_without_messages_is_empty(messages):
    out = top_senders(messages[messages["sender_kind"] != "robot"], kind="robot")
    assert out.empty
    assert list(out.columns) == ["sender_id", "n_messages", "n_chats", "share"]


@pytest.mark.parametrize("n", [0, -1, 2.5, True, "3"])
def test_top_senders_rejects_bad_n(messages, n):
    with pytest.raises(ValueError, match="n must be a positive integer"):
        top_senders(messages, n=n)


def test_top_senders_rejects_unknown_kind(messages):
    with pytest.raises(ValueError, match=r"kind must be one of .*; got 'customer'"):
        top_senders(messages, kind="customer")


def test_quarantine_reason_counts():
    q = schema.empty_frame(schema.QUARANTINE_COLUMNS)
    assert quarantine_reason_counts(q).empty
    q = pd.DataFrame({"reason": pd.Series(["bad_time", "bad_json", "bad_json", "encrypted"], dtype="str")})
    out = quarantine_reason_counts(q)
    assert out["reason"].tolist() == ["bad_json", "bad_time", "encrypted"]
    assert out["n"].tolist() == [2, 1, 1]
    assert out["share"].sum() == pytest.approx(1.0)


# ---------------------------------------------------------------- conversations


def _conversations(lengths: list[int]) -> pd.DataFrame:
    frame = schema.empty_frame(schema.CONVERSATION_COLUMNS)
    return pd.DataFrame({"n_messages": pd.array(lengths, dtype="Int64")}).astype(
        {"n_messages": frame["n_messages"].dtype}
    )


def test_conversation_length_stats_values():
    out = conversation_length_stats(_conversations([1, 2, 3, 4, 10]))
    assert out.columns.tolist() == ["stat", "n_messages"]
    assert out["stat"].tolist() == ["count", "mean", "min", "p25", "p50", "p75", "p90", "p99", "max"]
    got = dict(zip(out["stat"], out["n_messages"]))
    assert got["count"] == 5
    assert got["mean"] == 4
    assert got["min"] == 1
    assert got["p25"] == 2
    assert got["p50"] == 3
    assert got["p75"] == 4
    assert got["p90"] == pytest.approx(7.6)
    assert got["max"] == 10


def test_conversation_length_stats_of_nothing():
    out = conversation_length_stats(schema.empty_frame(schema.CONVERSATION_COLUMNS))
    assert out["n_messages"].iloc[0] == 0
    assert out["n_messages"].iloc[1:].isna().all()


# ---------------------------------------------------------------- reconciliation

REPORT = {
    "records_read": 12,
    "messages": 7,
    "consent": 1,
    "recalls": 1,
    "switches": 1,
    "duplicates": 1,
    "quarantined": 1,
}


def test_reconciliation_lists_keys_in_schema_order_and_reconciles():
    out = reconciliation({**REPORT, "extra": 99})
    assert out.index.tolist() == [*schema.REPORT_KEYS, "reconciles"]
    assert out.columns.tolist() == ["value"]
    assert out.loc["records_read", "value"] == 12
    assert out.loc["reconciles", "value"] is True


def test_reconciliation_detects_a_mismatch():
    out = reconciliation({**REPORT, "records_read": 13})
    assert out.loc["reconciles", "value"] is False


def test_reconciliation_accepts_numpy_integers():
    out = reconciliation({k: np.int64(v) for k, v in REPORT.items()})
    assert type(out.loc["messages", "value"]) is int


def test_reconciliation_rejects_missing_keys():
    report = dict(REPORT)
    del report["switches"]
    with pytest.raises(ValueError, match=r"report lacks keys \['switches'\]"):
        reconciliation(report)


def test_reconciliation_rejects_non_mapping():
    with pytest.raises(TypeError, match="report must be a mapping"):
        reconciliation([1, 2, 3])  # type: ignore[arg-type]


# ---------------------------------------------------------------- with the loader


def test_summaries_accept_what_the_loader_returns(tmp_path):
    try:
        from toolkit.archive import load_archive
    except ImportError:  # the loader lands separately
        pytest.skip("toolkit.archive.load_archive is not available yet")
    import json
    import warnings

    base = 1_772_400_000_000  # 2026-03-02 05:20 +08:00
    recs = [
        {"msgid": "m1", "action": "send", "from": "wmCust1", "tolist": ["zhangsan"], "roomid": "",
         "msgtime": base, "msgtype": "text", "text": {"content": "电池保修多久？"}},
        {"msgid": "m2", "action": "send", "from": "zhangsan", "tolist": ["wmCust1"], "roomid": "",
         "msgtime": base + 60_000, "msgtype": "text", "text": {"content": "两年"}},
        {"msgid": "m3", "action": "send", "from": "lisi", "tolist": ["zhangsan", "wmCust2"], "roomid": "wrRoom1",
         "msgtime": base + 86_400_000, "msgtype": "image", "image": {"md5sum": "abc", "filesize": 10}},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in recs] + ['{"msgid": "broken']
    (tmp_path / "day.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(tmp_path)
    msgs = archive.messages
    assert daily_volume(msgs)["n_messages"].sum() == 3
    assert int(weekday_hour(msgs).to_numpy().sum()) == 3
    assert msgtype_counts(msgs)["msgtype"].tolist() == ["text", "image"]
    assert chat_type_counts(msgs)["n"].sum() == 3
    assert top_senders(msgs, kind=None)["n_messages"].sum() == 3
    assert quarantine_reason_counts(archive.quarantine)["n"].sum() == 1
    assert reconciliation(archive.report).loc["reconciles", "value"] is True

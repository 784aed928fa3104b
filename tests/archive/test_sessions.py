"""Tests of toolkit.archive.sessionize and conversation_ids."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.archive import conversation_ids, schema, sessionize


def frame(rows):
    df = pd.DataFrame(rows, columns=["chat_id", "chat_type", "sent_at", "sender_id", "sender_kind", "receiver_ids"])
    df["sent_at"] = pd.to_datetime(df["sent_at"]).dt.tz_localize("Asia/Shanghai")
    return df


ROWS = [
    ("wmA|zs", "single", "2026-07-01 09:00", "wmA", "external", ["zs"]),
    ("wr1", "group", "2026-07-01 09:01", "wmB", "external", ["zs", "ls", "wmC"]),
    ("wmA|zs", "single", "2026-07-01 09:20", "zs", "employee", ["wmA"]),
    ("wr1", "group", "2026-07-01 09:02", "ls", "employee", ["zs", "wmB", "wmC"]),
    ("wr1", "group", "2026-07-01 09:03", "zs", "employee", ["ls", "wmB", "wmC"]),
    ("wr1", "group", "2026-07-01 09:04", "wbBot", "robot", ["ls", "wmB", "wmC", "zs"]),
    ("wmA|zs", "single", "2026-07-01 10:00", "wmA", "external", ["zs"]),  # 40 min later: new conversation
]


def test_splits_on_the_gap_and_counts_people():
    conv = sessionize(frame(ROWS))
    assert list(conv.columns) == list(schema.CONVERSATION_COLUMNS)
    assert conv["conversation_id"].tolist() == ["wmA|zs@20260701T090000", "wr1@20260701T090100", "wmA|zs@20260701T100000"]
    assert conv["n_messages"].tolist() == [2, 4, 1]
    g = conv.iloc[1]
    assert (g["n_customer"], g["n_employee"]) == (1, 2)
    assert g["employees"] == ["ls", "zs"] and g["customers"] == ["wmB"]
    # In a 1:1 chat the silent other party still takes part.
    assert conv.iloc[2]["employees"] == ["zs"]
    assert (conv["end"] >= conv["start"]).all()


def test_gap_parameter_and_ids_align_to_input():
    df = frame(ROWS)
    ids = conversation_ids(df, gap="2h")
    assert ids.index.equals(df.index)
    assert ids[0] == ids[2] == ids[6] == "wmA|zs@20260701T090000"
    assert sessionize(df, gap="2h")["n_messages"].tolist() == [3, 4]


def test_bad_gap_is_rejected():
    with pytest.raises(ValueError, match="gap must be"):
        sessionize(frame(ROWS), gap="soon")
    with pytest.raises(ValueError, match="gap must be positive"):
        sessionize(frame(ROWS), gap="0s")


def test_empty_input_gives_empty_frame():
    out = sessionize(frame([]))
    assert out.empty and list(out.columns) == list(schema.CONVERSATION_COLUMNS)

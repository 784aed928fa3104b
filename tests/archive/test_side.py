"""Tests of the side-table loaders: scope, rooms, staff."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from toolkit.archive import load_rooms, load_scope, load_staff, schema
from toolkit.exceptions import ArchiveError, QuarantineWarning, SchemaError


def test_scope_from_permit_user_list_json(tmp_path):
    p = tmp_path / "permit.json"
    p.write_text(json.dumps({"errcode": 0, "errmsg": "ok", "ids": ["zs", "ls"]}))
    s = load_scope(p)
    assert s["userid"].tolist() == ["ls", "zs"]
    assert s["since"].isna().all()
    schema.validate_frame(s, schema.SCOPE_COLUMNS)


def test_scope_csv_with_since_until(tmp_path):
    p = tmp_path / "scope.csv"
    p.write_text("userid,since,until\nzs,2026-07-01,\nls,2026-07-01T00:00:00+08:00,2026-08-15\n")
    s = load_scope(p)
    assert s.loc[s.userid == "ls", "until"].iloc[0] == pd.Timestamp("2026-08-15", tz="Asia/Shanghai")
    assert pd.isna(s.loc[s.userid == "zs", "until"].iloc[0])


def test_scope_errors(tmp_path):
    with pytest.raises(ArchiveError, match="scope file not found"):
        load_scope(tmp_path / "none.csv")
    p = tmp_path / "bad.csv"
    p.write_text("user\nzs\n")
    with pytest.raises(SchemaError, match="userid"):
        load_scope(p)
    p2 = tmp_path / "failed.json"
    p2.write_text(json.dumps({"errcode": 301052, "errmsg": "expired"}))
    with pytest.raises(ArchiveError, match="errcode 301052"):
        load_scope(p2)


def test_rooms_both_api_shapes(tmp_path):
    p = tmp_path / "rooms.json"
    p.write_text(json.dumps({
        "wr1": {"roomname": "售后群", "creator": "zs", "room_create_time": 1751330000,
                "members": [{"memberid": "zs", "jointime": 1751330000}, {"memberid": "wmA", "jointime": 1751330100}]},
    }))
    rooms, members = load_rooms(p)
    assert rooms.loc[0, "room_name"] == "售后群" and rooms.loc[0, "n_members"] == 2
    p2 = tmp_path / "ext.json"
    p2.write_text(json.dumps({"errcode": 0, "group_chat": {"chat_id": "wr2", "name": "客户群", "owner": "ls", "create_time": 1751330000,
                   "member_list": [{"userid": "ls", "type": 1, "join_time": 1751330000},
                                   {"userid": "wmB", "type": 2, "join_time": 1751330500}]}}))
    rooms2, members2 = load_rooms(p2)
    assert rooms2.loc[0, "roomid"] == "wr2" and members2["member_kind"].tolist() == ["employee", "external"]
    schema.validate_frame(members2, schema.ROOM_MEMBER_COLUMNS)


def test_rooms_without_roomid_warns_and_empty_fails(tmp_path):
    p = tmp_path / "rooms.json"
    p.write_text(json.dumps([{"roomname": "x", "members": []}, {"roomid": "wr1", "members": []}]))
    with pytest.warns(QuarantineWarning, match="1 group entries without a roomid"):
        rooms, _ = load_rooms(p)
    assert rooms["roomid"].tolist() == ["wr1"]
    p.write_text("[]")
    with pytest.raises(ArchiveError, match="no group info"):
        load_rooms(p)


def test_staff_without_successor_warns(tmp_path):
    p = tmp_path / "staff.csv"
    p.write_text("userid,name,left_at\nzs,张三,2026-08-01\nls,李四,\n")
    with pytest.warns(QuarantineWarning, match="no 'successor' column"):
        s = load_staff(p)
    assert list(s.columns) == list(schema.STAFF_COLUMNS)
    assert s["successor"].isna().all()
    assert s.loc[0, "left_at"] == pd.Timestamp("2026-08-01", tz="Asia/Shanghai")

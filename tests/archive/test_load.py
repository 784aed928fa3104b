"""Tests of toolkit.archive.load_archive: every record shape, bad input, reconciliation."""

from __future__ import annotations

import gzip
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.archive import Reason, load_archive, schema, validate_messages
from toolkit.exceptions import (
    ArchiveError,
    ConsentTimeWarning,
    EmptyArchiveError,
    EncryptedRecordWarning,
    QuarantineWarning,
    RecordError,
)

T0 = 1751330000000  # 2025-07-01 08:33:20 +08:00


def env(i: int, msgtype: str, *, sender="zhangsan", to=("wmCust1",), roomid="", **body) -> dict:
    rec = {
        "msgid": f"m{i}",
        "action": "send",
        "from": sender,
        "tolist": list(to),
        "roomid": roomid,
        "msgtime": T0 + i * 1000,
        "msgtype": msgtype,
    }
    rec.update(body)
    return rec


# One fixture per msgtype of the format reference: (record body, expected text).
MSGTYPE_FIXTURES: dict[str, tuple[dict, str | None]] = {
    "text": ({"text": {"content": "hello [微笑]"}}, "hello [微笑]"),
    "image": ({"image": {"md5sum": "0f1e", "filesize": 70961, "sdkfileid": "CtYB"}}, None),
    "voice": ({"voice": {"md5sum": "9db0", "voice_size": 6810, "play_length": 10, "sdkfileid": "kcyZ"}}, None),
    "video": ({"video": {"md5sum": "d06f", "filesize": 15169724, "play_length": 108, "sdkfileid": "MzAz"}}, None),
    "card": ({"card": {"corpname": "Acme", "userid": "wmXYZ"}}, "Acme"),
    "location": (
        {"location": {"longitude": 116.58, "latitude": 39.91, "address": "Some Rd 1", "title": "Office", "zoom": 15}},
        "Office\nSome Rd 1",
    ),
    "emotion": ({"emotion": {"type": 1, "width": 290, "height": 290, "imagesize": 962604, "md5sum": "94c2", "sdkfileid": "4eE1"}}, None),
    "file": ({"file": {"md5sum": "18e9", "filename": "发票.pdf", "fileext": "pdf", "filesize": 18181, "sdkfileid": "E4OD"}}, "发票.pdf"),
    "link": ({"link": {"title": "退货指南", "description": "三步退货", "link_url": "https://example.com/x"}}, "退货指南\n三步退货"),
    "weapp": ({"weapp": {"title": "Notice", "description": "desc", "username": "gh_abc@app", "displayname": "Service"}}, "Notice\ndesc\nService"),
    "chatrecord": (
        {"chatrecord": {"title": "群聊", "item": [
            {"type": "ChatRecordText", "msgtime": 1700000010, "content": "{\"content\":\"保修多久\"}", "from_chatroom": False},
            {"type": "ChatRecordFile", "msgtime": 1700000011, "content": "{\"filename\":\"a.docx\",\"md5sum\":\"x\"}"},
        ]}},
        "群聊\n保修多久\na.docx",
    ),
    "todo": ({"todo": {"title": "source", "content": "the task"}}, "source\nthe task"),
    "vote": ({"votetitle": "Lunch?", "voteitem": ["A", "B"], "votetype": 101, "voteid": "v123"}, "Lunch?\nA\nB"),
    "collect": (
        {"collect": {"room_name": "Team", "creator": "nick", "create_time": "2023-12-11 11:21:22", "title": "Survey",
                     "details": [{"id": 1, "ques": "Name", "type": "Text"}]}},
        "Survey\nName",
    ),
    "redpacket": ({"redpacket": {"type": 1, "wish": "恭喜发财", "totalcnt": 1, "totalamount": 3000}}, "恭喜发财"),
    "meeting": ({"meeting": {"topic": "Standup", "starttime": 1700000400, "endtime": 1700004000, "address": "", "remarks": "",
                             "meetingtype": 102, "meetingid": 1210342560, "status": 1}}, "Standup"),
    "meeting_notification": ({"info": {"meeting_id": 123456, "notification_type": 1, "content": "会议开始"}}, "会议开始"),
    "docmsg": ({"doc": {"title": "Plan", "doc_creator": "lisi", "link_url": "https://doc.weixin.qq.com/x"}}, "Plan"),
    "markdown": ({"info": {"content": "**please check**"}}, "**please check**"),
    "news": ({"info": {"item": [{"title": "T", "description": "D", "url": "https://e.x", "picurl": "https://e.x/p.jpg"}]}}, "T\nD"),
    "calendar": ({"calendar": {"title": "Review", "creatorname": "test", "attendeename": ["a"], "starttime": 1700000000,
                               "endtime": 1700003600, "place": "", "remarks": ""}}, "Review"),
    "mixed": (
        {"mixed": {"item": [{"type": "text", "content": "{\"content\":\"hello\\n\"}"},
                            {"type": "image", "content": "{\"md5sum\":\"368b\",\"filesize\":13177,\"sdkfileid\":\"CtYB\"}"}]}},
        "hello",
    ),
    "meeting_voice_call": ({"voiceid": "grb8a4c", "meeting_voice_call": {"endtime": 1700000635, "sdkfileid": "CpsB",
                                                                           "demofiledata": [], "sharescreendata": []}}, None),
    "voip_doc_share": ({"voipid": "gr2751", "voip_doc_share": {"filename": "a.pdf", "md5sum": "ff89", "filesize": 4400654,
                                                                 "sdkfileid": "CpsB"}}, "a.pdf"),
    "external_redpacket": ({"redpacket": {"type": 1, "wish": "Best wishes", "totalcnt": 2, "totalamount": 20}}, "Best wishes"),
    "sphfeed": ({"sphfeed": {"feed_type": 4, "sph_name": "SomeChannel", "feed_desc": "text\n#tag"}}, "SomeChannel\ntext\n#tag"),
    "voiptext": ({"info": {"callduration": 35, "invitetype": 1}}, None),
    "qydiskfile": ({"info": {"filename": "budget.xlsx"}}, "budget.xlsx"),
}


def write_jsonl(path: Path, records, *, crlf=False, bom=False, gz=False) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    text = ("\r\n" if crlf else "\n").join(lines) + "\n"
    data = (("\ufeff" if bom else "") + text).encode("utf-8")
    if gz:
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuarantineWarning)
        return load_archive(path, **kw)


def reconciles(a) -> bool:
    r = a.report
    return r["records_read"] == sum(r[k] for k in schema.REPORT_KEYS[1:])


@pytest.mark.parametrize("msgtype", sorted(MSGTYPE_FIXTURES))
def test_loads_every_msgtype_of_the_format_reference(tmp_path, msgtype):
    body, expected = MSGTYPE_FIXTURES[msgtype]
    rec = env(1, msgtype, **body)
    if msgtype in ("meeting_voice_call", "voip_doc_share"):
        del rec["roomid"]  # the official samples have no roomid key
    a = load(write_jsonl(tmp_path / "d.jsonl", [rec]))
    assert a.report["messages"] == 1 and a.report["quarantined"] == 0, a.quarantine.to_dict("records")
    row = a.messages.iloc[0]
    assert row["msgtype"] == msgtype
    if expected is None:
        assert pd.isna(row["text"])
    else:
        assert row["text"] == expected


def test_media_fields_are_extracted(tmp_path):
    recs = [env(1, "file", **MSGTYPE_FIXTURES["file"][0]), env(2, "voice", **MSGTYPE_FIXTURES["voice"][0])]
    m = load(write_jsonl(tmp_path / "d.jsonl", recs)).messages
    assert m.loc[0, ["sdkfileid", "filesize", "md5sum", "fileext"]].tolist() == ["E4OD", 18181, "18e9", "pdf"]
    assert m.loc[1, "filesize"] == 6810 and m.loc[1, "play_seconds"] == 10


def test_unknown_msgtype_is_kept_with_its_raw_record(tmp_path):
    rec = env(1, "jielong", jielong={"title": "报名接龙", "items": ["1. 张三"]})
    m = load(write_jsonl(tmp_path / "d.jsonl", [rec])).messages
    assert m.loc[0, "msgtype"] == "jielong"
    assert json.loads(m.loc[0, "raw"])["jielong"]["items"] == ["1. 张三"]
    assert m.loc[0, "text"] == "报名接龙"


def test_frames_match_the_schema(tmp_path):
    recs = [env(i, t, **MSGTYPE_FIXTURES[t][0]) for i, t in enumerate(sorted(MSGTYPE_FIXTURES))]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    validate_messages(a.messages)
    assert list(a.messages.columns) == list(schema.MESSAGE_COLUMNS)
    for frame, cols in ((a.consent, schema.CONSENT_COLUMNS), (a.recalls, schema.RECALL_COLUMNS),
                        (a.switches, schema.SWITCH_COLUMNS), (a.quarantine, schema.QUARANTINE_COLUMNS),
                        (a.files, schema.FILE_COLUMNS)):
        assert list(frame.columns) == list(cols)
        schema.validate_frame(frame, cols)
    assert str(a.messages["sent_at"].dt.tz) == "Asia/Shanghai"
    assert a.messages["sent_at"].iloc[0] == pd.Timestamp(T0, unit="ms", tz="UTC")


def test_sender_kind_chat_type_and_chat_id(tmp_path):
    recs = [
        env(1, "text", sender="wmCust1", to=["zhangsan"], text={"content": "在吗"}),
        env(2, "text", sender="zhangsan", to=["lisi"], text={"content": "开会"}),
        env(3, "markdown", sender="wbRobot1", to=["zhangsan", "wmCust2"], roomid="wrRoom1", info={"content": "公告"}),
        env(4, "text", sender="woOther", to=["zhangsan"], text={"content": "hi"}),
    ]
    m = load(write_jsonl(tmp_path / "d.jsonl", recs)).messages
    assert m["sender_kind"].tolist() == ["external", "employee", "robot", "external"]
    assert m["chat_type"].tolist() == ["single", "internal", "group", "single"]
    assert m["chat_id"].tolist() == ["wmCust1|zhangsan", "lisi|zhangsan", "wrRoom1", "woOther|zhangsan"]
    assert m.loc[2, "receiver_ids"] == ["zhangsan", "wmCust2"]
    assert pd.isna(m.loc[0, "roomid"])


def test_staff_directory_overrides_id_prefix(tmp_path):
    recs = [env(1, "text", sender="wmlegacy", to=["wmCust1"], text={"content": "x"})]
    staff = pd.DataFrame({"userid": ["wmlegacy"]})
    a = load(write_jsonl(tmp_path / "d.jsonl", recs), staff=staff)
    assert a.messages.loc[0, "sender_kind"] == "employee"
    assert a.messages.loc[0, "chat_type"] == "single"


def test_consent_recall_and_switch_records_go_to_their_frames(tmp_path):
    recs = [
        env(1, "agree", sender="wmCust1", to=["zhangsan"], agree={"userid": "wmCust1", "agree_time": T0 + 5}),
        env(2, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "disagree_time": T0 + 6}),
        env(3, "text", text={"content": "oops"}),
        {"msgid": "r1", "action": "recall", "from": "zhangsan", "tolist": ["wmCust1"], "roomid": "",
         "msgtime": T0 + 9000, "msgtype": "revoke", "revoke": {"pre_msgid": "m3"}},
        {"msgid": "s1", "action": "switch", "time": T0 + 10000, "user": "zhangsan"},
    ]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    assert a.report == {"records_read": 5, "messages": 1, "consent": 2, "recalls": 1, "switches": 1,
                        "duplicates": 0, "quarantined": 0}
    assert a.consent[["customer_id", "employee_id", "status"]].values.tolist() == [
        ["wmCust1", "zhangsan", "agree"], ["wmCust2", "zhangsan", "disagree"]]
    assert a.consent.loc[1, "at"] == pd.Timestamp(T0 + 6, unit="ms", tz="UTC")
    assert a.recalls.loc[0, "pre_msgid"] == "m3"
    assert bool(a.messages.loc[0, "is_recalled"]) is True
    assert a.switches.loc[0, "user_id"] == "zhangsan"


def test_disagree_time_under_agree_time_key_is_read(tmp_path):
    # Several Go SDKs model only agree_time for both record kinds.
    rec = env(1, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "agree_time": T0 + 7})
    a = load(write_jsonl(tmp_path / "d.jsonl", [rec]))
    assert a.consent.loc[0, "at"] == pd.Timestamp(T0 + 7, unit="ms", tz="UTC")


@pytest.mark.parametrize(
    "line, reason",
    [
        ('{"msgid": "x", "action": "send", "from": "a"', Reason.BAD_JSON),
        ("42", Reason.NOT_AN_OBJECT),
        ('"just a string"', Reason.NOT_AN_OBJECT),
        ("[1, 2]", Reason.NOT_AN_OBJECT),
        ('{"action": "send", "from": "a", "tolist": [], "msgtime": 1751330000000, "msgtype": "text", "text": {"content": "x"}}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "action": "send", "tolist": [], "msgtime": 1751330000000, "msgtype": "text", "text": {"content": "x"}}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtype": "text", "text": {"content": "x"}}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": 1751330000000, "text": {"content": "x"}}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": 1751330000000, "msgtype": "text"}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "from": "a", "msgtime": 1751330000000, "msgtype": "text", "text": {"content": "x"}}',
         Reason.MISSING_FIELD),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": 7, "msgtime": 1751330000000, "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TYPE),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": [1], "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TYPE),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": 1751330000000, "msgtype": "text", "text": {"content": {"a": 1}}}',
         Reason.BAD_TYPE),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": 1751330000000, "msgtype": "text", "text": "x"}',
         Reason.BAD_TYPE),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": 0, "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TIME),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": "soon", "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TIME),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": "INF", "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TIME),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": "-infinity", "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TIME),
        ('{"msgid": "x", "action": "send", "from": "a", "tolist": [], "msgtime": "nan", "msgtype": "text", "text": {"content": "x"}}',
         Reason.BAD_TIME),
        ('{"seq": 5, "msgid": "x", "publickey_ver": 2, "encrypt_random_key": "abc", "encrypt_chat_msg": "def"}',
         Reason.ENCRYPTED),
        ('{"msgid": "x", "action": "forward", "from": "a"}', Reason.UNKNOWN_ACTION),
    ],
)
def test_quarantines_bad_records_with_file_line_and_reason(tmp_path, line, reason):
    good = env(1, "text", text={"content": "ok"})
    path = write_jsonl(tmp_path / "d.jsonl", [good, line])
    a = load(path)
    assert a.report["messages"] == 1
    assert a.report["quarantined"] == 1
    q = a.quarantine.iloc[0]
    assert (q["source"], q["line"], q["reason"]) == (path.as_posix(), 2, reason.value)
    assert q["raw"]
    assert reconciles(a)


def test_errors_raise_names_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [env(1, "text", text={"content": "ok"}), "{broken"])
    with pytest.raises(RecordError, match=r"d\.jsonl, line 2: bad_json") as info:
        load_archive(path, errors="raise")
    assert info.value.line == 2 and info.value.reason == "bad_json"


def test_bad_errors_argument_is_rejected(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [env(1, "text", text={"content": "ok"})])
    with pytest.raises(ValueError, match="errors must be 'raise' or 'quarantine'; got 'skip'"):
        load_archive(path, errors="skip")


def test_encrypted_records_warn_how_to_decrypt(tmp_path):
    enc = {"seq": 5, "msgid": "x", "publickey_ver": 2, "encrypt_random_key": "abc", "encrypt_chat_msg": "def"}
    path = write_jsonl(tmp_path / "d.jsonl", [env(1, "text", text={"content": "ok"}), enc])
    with pytest.warns(QuarantineWarning) as caught:
        load_archive(path)
    assert any(issubclass(w.category, EncryptedRecordWarning) and "DecryptData" in str(w.message) for w in caught)


def test_quarantine_warning_counts_reasons(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [env(1, "text", text={"content": "ok"}), "{", "7"])
    with pytest.warns(QuarantineWarning, match=r"2 of 3 records quarantined \(bad_json 1, not_an_object 1\)"):
        load_archive(path)


def test_repairs_seconds_stringified_numbers_and_comma_tolist(tmp_path):
    recs = [
        env(1, "text", text={"content": "a"}) | {"msgtime": 1751330000},
        env(2, "text", text={"content": "b"}) | {"msgtime": "1751330002000", "tolist": "wmCust1,zhangsan"},
    ]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    assert a.report["messages"] == 2
    assert a.messages.loc[0, "sent_at"] == pd.Timestamp(1751330000, unit="s", tz="UTC")
    assert a.messages.loc[1, "receiver_ids"] == ["wmCust1", "zhangsan"]
    assert a.repairs["time_in_seconds"] == 1 and a.repairs["coerced_types"] == 2


def test_control_characters_inside_strings_are_loaded(tmp_path):
    raw = json.dumps(env(1, "text", text={"content": "PLACEHOLDER"}), ensure_ascii=False)
    line = raw.replace("PLACEHOLDER", "a\x01b\x08c")
    a = load(write_jsonl(tmp_path / "d.jsonl", [line]))
    assert a.report["messages"] == 1
    assert a.messages.loc[0, "text"] == "a\x01b\x08c"
    assert a.repairs["control_characters"] == 1


def test_duplicates_across_files_are_kept_once_and_counted(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [env(1, "text", text={"content": "x"}), env(2, "text", text={"content": "y"})])
    write_jsonl(tmp_path / "b.jsonl", [env(2, "text", text={"content": "y"}), env(3, "text", text={"content": "z"})])
    a = load(tmp_path)
    assert a.report["duplicates"] == 1 and a.report["messages"] == 3
    assert a.messages["msgid"].is_unique
    assert a.files["duplicates"].tolist() == [0, 1]
    assert reconciles(a)


def test_gzip_array_bom_crlf_and_folders_in_name_order(tmp_path):
    sub = tmp_path / "nested"
    sub.mkdir()
    write_jsonl(tmp_path / "1.jsonl.gz", [env(1, "text", text={"content": "gz"})], gz=True)
    write_jsonl(tmp_path / "2.jsonl", [env(2, "text", text={"content": "bom crlf"}), env(3, "text", text={"content": "x"})],
                crlf=True, bom=True)
    (tmp_path / "3.json").write_text(json.dumps([env(4, "text", text={"content": "arr"}), env(5, "text", text={"content": "arr2"})]),
                                     encoding="utf-8-sig")
    (sub / "4.json.gz").write_bytes(gzip.compress(json.dumps([env(6, "text", text={"content": "gzarr"})]).encode()))
    (tmp_path / "notes.txt").write_text("ignored: not an archive file")
    a = load(tmp_path)
    assert a.report["messages"] == 6 and a.report["quarantined"] == 0
    assert [Path(s).name for s in a.files["source"]] == ["1.jsonl.gz", "2.jsonl", "3.json", "4.json.gz"]
    assert a.messages["text"].tolist() == ["gz", "bom crlf", "x", "arr", "arr2", "gzarr"]
    assert a.messages["line"].tolist() == [1, 1, 2, 1, 2, 1]


def test_a_list_of_sources(tmp_path):
    f1 = write_jsonl(tmp_path / "x.jsonl", [env(1, "text", text={"content": "a"})])
    f2 = write_jsonl(tmp_path / "y.jsonl", [env(2, "text", text={"content": "b"})])
    assert load([f2, f1]).messages["msgid"].tolist() == ["m2", "m1"]


def test_truncated_json_array_keeps_the_elements_before_the_cut(tmp_path):
    text = json.dumps([env(1, "text", text={"content": "a"}), env(2, "text", text={"content": "b"})])
    (tmp_path / "d.json").write_text(text[:-30], encoding="utf-8")
    a = load(tmp_path / "d.json")
    assert a.report == {"records_read": 2, "messages": 1, "consent": 0, "recalls": 0, "switches": 0,
                        "duplicates": 0, "quarantined": 1}
    assert a.quarantine.loc[0, "line"] == 2


def test_truncated_gzip_keeps_what_decompresses(tmp_path):
    recs = [env(i, "text", text={"content": "消息" * 20}) for i in range(200)]
    data = gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode())
    (tmp_path / "d.jsonl.gz").write_bytes(data[: len(data) // 2])
    with pytest.warns(QuarantineWarning) as caught:
        a = load_archive(tmp_path / "d.jsonl.gz")
    assert any("cut short" in str(w.message) for w in caught)
    assert 0 < a.report["messages"] < 200
    assert reconciles(a)


def test_getchatdata_response_and_seq_wrappers(tmp_path):
    inner = env(1, "text", text={"content": "wrapped"})
    wrapped_obj = {"seq": 11, "msgid": "m1", "message": inner}
    wrapped_str = {"seq": 12, "msgid": "m2", "decrypted": json.dumps(env(2, "text", text={"content": "as string"}))}
    inline = env(3, "text", text={"content": "inline"}) | {"seq": 13}
    a = load(write_jsonl(tmp_path / "d.jsonl", [wrapped_obj, wrapped_str, inline]))
    assert a.messages["seq"].tolist() == [11, 12, 13]
    assert a.messages["text"].tolist() == ["wrapped", "as string", "inline"]
    resp = {"errcode": 0, "errmsg": "ok", "chatdata": [
        {"seq": 1201, "msgid": "e1", "publickey_ver": 2, "encrypt_random_key": "k", "encrypt_chat_msg": "c"}]}
    (tmp_path / "resp.json").write_text(json.dumps(resp, indent=2))
    b = load(tmp_path / "resp.json")
    assert b.quarantine["reason"].tolist() == ["encrypted"]


def test_missing_path_and_empty_folder_are_clear_errors(tmp_path):
    with pytest.raises(ArchiveError, match="archive path not found: .*nope"):
        load_archive(tmp_path / "nope")
    with pytest.raises(EmptyArchiveError, match="no archive files in folder"):
        load_archive(tmp_path)
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(EmptyArchiveError, match="holds no records"):
        load_archive(tmp_path)


def test_corrupt_gzip_is_quarantined_as_a_file_and_the_rest_loads(tmp_path):
    (tmp_path / "d.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    write_jsonl(tmp_path / "e.jsonl", [env(1, "text", text={"content": "x"})])
    with pytest.warns(QuarantineWarning, match="bad_gzip 1"):
        a = load_archive(tmp_path)
    assert a.report["messages"] == 1 and reconciles(a)
    row = a.quarantine.iloc[0]
    assert (Path(row["source"]).name, row["line"], row["reason"]) == ("d.jsonl.gz", 0, "bad_gzip")
    with pytest.raises(ArchiveError, match=r"d\.jsonl\.gz: bad_gzip"):
        load_archive(tmp_path / "d.jsonl.gz", errors="raise")


def test_timezone_is_applied(tmp_path):
    a = load(write_jsonl(tmp_path / "d.jsonl", [env(1, "text", text={"content": "x"})]), tz="Europe/Berlin")
    assert str(a.messages["sent_at"].dt.tz) == "Europe/Berlin"
    with pytest.raises(ValueError, match="tz must be a time zone name"):
        load_archive(tmp_path / "d.jsonl", tz="Mars/Base")


# --------------------------------------------------------------------------- properties

_good_lines = [json.dumps(env(i, t, **MSGTYPE_FIXTURES[t][0]), ensure_ascii=False)
               for i, t in enumerate(sorted(MSGTYPE_FIXTURES))]


@st.composite
def mutated_lines(draw):
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        base = draw(st.sampled_from(_good_lines))
        op = draw(st.sampled_from(["keep", "truncate", "insert", "delete", "junk", "replace_value"]))
        if op == "truncate":
            base = base[: draw(st.integers(0, len(base)))]
        elif op == "insert":
            pos = draw(st.integers(0, len(base)))
            base = base[:pos] + draw(st.text(max_size=5)) + base[pos:]
        elif op == "delete":
            a = draw(st.integers(0, len(base)))
            base = base[:a] + base[a + draw(st.integers(0, 10)):]
        elif op == "junk":
            base = draw(st.text(max_size=40))
        elif op == "replace_value":
            obj = json.loads(base)
            key = draw(st.sampled_from(sorted(obj)))
            obj[key] = draw(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2),
                                      st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
            base = json.dumps(obj, ensure_ascii=False)
        lines.append(base.replace("\n", " ").replace("\r", " "))
    return lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=mutated_lines(), dup=st.booleans())
def test_mutated_lines_never_crash_and_the_report_reconciles(tmp_path_factory, lines, dup):
    d = tmp_path_factory.mktemp("prop")
    write_jsonl(d / "a.jsonl", lines)
    if dup:
        write_jsonl(d / "b.jsonl", lines)
    try:
        a = load(d)
    except EmptyArchiveError:
        assert all(not ln.encode().strip() for ln in lines) or "".join(lines).strip().replace(" ", "") == "[]"
        return
    assert reconciles(a)
    # Blank means ASCII whitespace only (str.strip would also drop \x1c-\x1f).
    non_blank = sum(1 for ln in lines if ln.encode().strip()) * (2 if dup else 1)
    first = next((ln.encode().strip() for ln in lines if ln.encode().strip()), b"")
    if first.startswith(b"["):
        # Read as a JSON array (its records are elements, not lines): every file leaves at least one record.
        assert a.report["records_read"] >= (2 if dup else 1)
    else:
        assert a.report["records_read"] == non_blank
    assert len(a.messages) == a.report["messages"]
    assert len(a.quarantine) == a.report["quarantined"]
    assert a.messages["msgid"].is_unique
    assert set(a.quarantine["reason"]) <= {r.value for r in Reason}


@pytest.mark.parametrize("field", ["seq", "filesize", "play_length"])
def test_integers_beyond_int64_never_crash_the_load(tmp_path, field):
    big = 2**70
    rec = env(1, "video", video={"md5sum": "d", "filesize": 1, "play_length": 2, "sdkfileid": "x"})
    if field == "seq":
        rec["seq"] = big
    else:
        rec["video"][field] = big
    a = load(write_jsonl(tmp_path / "d.jsonl", [rec, env(2, "text", text={"content": "ok"})]))
    assert reconciles(a)
    if field == "seq":
        assert a.quarantine["reason"].tolist() == ["bad_type"]
    else:
        assert a.report["messages"] == 2 and pd.isna(a.messages.loc[0, "filesize" if field == "filesize" else "play_seconds"])


def test_receiver_lists_round_trip_exactly(tmp_path):
    recs = [
        env(1, "text", to=[], text={"content": "a"}),
        env(2, "text", to=["wmCust1"], text={"content": "b"}),
        env(3, "text", to=["zs", "ls", "wmA", "wmB"], roomid="wr1", text={"content": "c"}),
        env(4, "text", to=["bad\x1fid"], text={"content": "d"}),
    ]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    assert a.messages["receiver_ids"].tolist() == [[], ["wmCust1"], ["zs", "ls", "wmA", "wmB"]]
    assert a.quarantine["detail"].tolist() == ["a tolist id holds a control character"]


def test_folder_walk_skips_side_files_with_a_warning(tmp_path):
    from toolkit.exceptions import SkippedFileWarning

    write_jsonl(tmp_path / "day.jsonl", [env(1, "text", text={"content": "a"})])
    (tmp_path / "rooms.json").write_text(json.dumps([{"roomid": "wr1", "roomname": "x", "members": []}]))
    (tmp_path / "permit_user_list.json").write_text(json.dumps({"errcode": 0, "errmsg": "ok", "ids": ["zs"]}))
    (tmp_path / "garbage.jsonl").write_text("not json\n")
    with pytest.warns(SkippedFileWarning, match=r"2 path\(s\) .* permit_user_list\.json \(not an archive file.*rooms\.json"):
        a = load(tmp_path)
    assert [Path(s).name for s in a.skipped] == ["permit_user_list.json", "rooms.json"]
    # a broken file is not "foreign": its line is quarantined, not skipped
    assert a.report["quarantined"] == 1 and a.report["messages"] == 1
    # a file named explicitly is always read
    b = load(tmp_path / "rooms.json")
    assert b.quarantine["reason"].tolist() == ["missing_field"]


def test_sample_data_root_loads_like_its_archive_folder(sample_data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        root = load_archive(sample_data)
        arch = load_archive(sample_data / "archive")
    assert root.report == arch.report
    assert len(root.skipped) >= 2


# --------------------------------------------------------------------------
# A refusal is never lost to a bad time field (issue 18)
# --------------------------------------------------------------------------


def test_disagree_with_unparseable_time_uses_its_msgtime_and_says_so(tmp_path):
    recs = [
        env(1, "text", sender="wmCust2", to=["zhangsan"], text={"content": "在吗"}),
        env(2, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "disagree_time": "garbage"}),
    ]
    with pytest.warns(ConsentTimeWarning, match=r"1 disagree record.*m2.*d\.jsonl:2.*msgtime"):
        a = load_archive(write_jsonl(tmp_path / "d.jsonl", recs))
    assert a.report == {"records_read": 2, "messages": 1, "consent": 1, "recalls": 0, "switches": 0,
                        "duplicates": 0, "quarantined": 0}
    assert reconciles(a)
    assert a.consent[["msgid", "customer_id", "employee_id", "status"]].values.tolist() == [
        ["m2", "wmCust2", "zhangsan", "disagree"]]
    assert a.consent.loc[0, "at"] == pd.Timestamp(T0 + 2000, unit="ms", tz="UTC")
    assert a.repairs == {"disagree_time_from_msgtime": 1}


def test_disagree_with_no_usable_time_is_refused_from_the_start_of_the_archive(tmp_path):
    recs = [
        env(1, "text", sender="wmCust2", to=["zhangsan"], text={"content": "在吗"}),
        env(2, "text", sender="zhangsan", to=["wmCust2"], text={"content": "在的"}),
        {**env(3, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "disagree_time": -5}),
         "msgtime": 0},
    ]
    with pytest.warns(ConsentTimeWarning, match=r"m3.*refused from the start of the archive"):
        a = load_archive(write_jsonl(tmp_path / "d.jsonl", recs))
    assert reconciles(a) and a.report["consent"] == 1 and a.report["quarantined"] == 0
    assert a.consent.loc[0, "at"] == pd.Timestamp(T0 + 1000, unit="ms", tz="UTC")  # the first message
    assert a.repairs == {"disagree_time_assumed_start": 1}
    from toolkit.archive import refused_mask

    assert refused_mask(a.messages, a.consent).tolist() == [True, True]


def test_disagree_with_no_usable_time_and_no_message_is_kept(tmp_path):
    rec = {**env(1, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2"}), "msgtime": "x"}
    with pytest.warns(ConsentTimeWarning):
        a = load_archive(write_jsonl(tmp_path / "d.jsonl", [rec]))
    assert reconciles(a) and a.report["consent"] == 1
    assert a.consent.loc[0, "at"] == pd.Timestamp("2000-01-01", tz="UTC")


def test_agree_with_unparseable_time_stays_quarantined(tmp_path):
    # Fail closed: a bad agree cannot lift an earlier refusal.
    recs = [
        env(1, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "disagree_time": T0}),
        env(2, "agree", sender="wmCust2", to=["zhangsan"], agree={"userid": "wmCust2", "agree_time": "garbage"}),
    ]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    assert a.consent["status"].tolist() == ["disagree"]
    assert a.quarantine["reason"].tolist() == [Reason.BAD_TIME]
    assert reconciles(a) and a.repairs == {}


def test_disagree_with_unparseable_time_raises_with_errors_raise(tmp_path):
    rec = env(1, "disagree", sender="wmCust2", to=["zhangsan"], disagree={"userid": "wmCust2", "disagree_time": "x"})
    with pytest.raises(RecordError, match="line 1: bad_time: disagree_time is not a number"):
        load_archive(write_jsonl(tmp_path / "d.jsonl", [rec]), errors="raise")

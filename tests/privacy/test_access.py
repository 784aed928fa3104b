"""view_for (per-role access) and the exclusion of customers who refused archiving."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit.archive import load_archive
from toolkit.ops._common import OpsDataWarning
from toolkit.testing import tiny_archive, tiny_records
from toolkit.privacy import (
    ROLES,
    exclude_refused,
    refusal_exclusions,
    refused_messages,
    view_for,
    visible_chats,
)
from toolkit.questions import extract_questions

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture(scope="module")
def tiny():
    return tiny_archive()


@pytest.fixture(scope="module")
def sample():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json", staff=SAMPLE / "staff.csv")


# --------------------------------------------------------------------------
# view_for
# --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["admin", "supervisor", "compliance"])
def test_admins_and_supervisors_see_everything(tiny, role):
    v = view_for(tiny, "chenjianhua", role)
    assert v is not tiny
    pd.testing.assert_frame_equal(v.messages, tiny.messages)
    pd.testing.assert_frame_equal(v.consent, tiny.consent)
    pd.testing.assert_frame_equal(v.quarantine, tiny.quarantine)
    assert v.messages.attrs == {"excluded_refused": 0, "includes_refused": False}


def test_employee_sees_only_own_chats(tiny):
    before = tiny.messages.copy()
    assert list(visible_chats(tiny, "zs")) == ["wmA|zs", "wmB|zs", "wmC|zs", "wrG"]
    v = view_for(tiny, "ls", "employee")
    assert sorted(v.messages["msgid"]) == ["m006", "m007", "m011", "m012", "m013"]
    assert v.consent["employee_id"].unique().tolist() == ["ls"]
    assert v.quarantine.empty and list(v.quarantine.columns) == list(tiny.quarantine.columns)
    # The input archive is untouched and the directory is still there.
    pd.testing.assert_frame_equal(tiny.messages, before)
    pd.testing.assert_frame_equal(v.staff, tiny.staff)
    # ww never sent a 1:1 message but is a member of the group.
    assert view_for(tiny, "ww", "employee").messages["chat_id"].unique().tolist() == ["wrG"]


def test_unknown_user_sees_nothing(tiny):
    v = view_for(tiny, "nobody", "employee")
    assert v.messages.empty and v.consent.empty
    assert list(v.messages.columns) == list(tiny.messages.columns)


def test_bad_role_and_user(tiny):
    with pytest.raises(ValueError, match=r"role must be one of \['admin', 'supervisor', 'employee', 'compliance'\]; got 'manager'"):
        view_for(tiny, "zs", "manager")
    with pytest.raises(TypeError, match="user_id must be a str"):
        view_for(tiny, 42, "employee")
    with pytest.raises(ValueError, match="must not be empty"):
        view_for(tiny, " ", "employee")
    with pytest.raises(TypeError, match="Archive"):
        view_for(tiny.messages, "zs", "admin")
    assert set(ROLES) == {"admin", "supervisor", "employee", "compliance"}


def test_employee_views_on_the_sample(sample):
    m = sample.messages
    members = sample.room_members
    refused = refused_messages(sample)
    for uid in ["GaoWei", "HeJuan14", "zhengjun", "chenjianhua"]:
        v = view_for(sample, uid, "employee")
        vm = v.messages
        assert len(vm) > 0
        # Every visible 1:1 chat has the user as one of its pair.
        single = vm[vm["chat_type"] != "group"]
        assert single["chat_id"].str.split("|").map(lambda p, u=uid: u in p).all()
        # Every visible group: the user sent, received, or is a member.
        groups = set(vm.loc[vm["chat_type"] == "group", "chat_id"])
        member_of = set(members.loc[members["member_id"] == uid, "roomid"])
        took_part = set(m.loc[(m["sender_id"] == uid) | m["receiver_ids"].map(lambda r, u=uid: u in list(r)), "chat_id"])
        assert groups <= member_of | took_part
        # Nothing the user took part in is hidden, except refused customers' chats.
        assert not (refused & m["msgid"].isin(set(vm["msgid"]))).any()
        hidden = m[~m["msgid"].isin(set(vm["msgid"])) & ~refused]
        assert not (hidden["sender_id"] == uid).any()
        assert not hidden["receiver_ids"].map(lambda r, u=uid: u in list(r)).any()
        assert set(v.rooms["roomid"]) <= groups | member_of
        assert (v.consent["employee_id"] == uid).all()
        assert v.switches["user_id"].eq(uid).all()
    # An agent sees far less than a supervisor with the supervisor role.
    assert len(view_for(sample, "GaoWei", "employee").messages) < len(view_for(sample, "GaoWei", "supervisor").messages) / 5


# --------------------------------------------------------------------------
# Refused customers
# --------------------------------------------------------------------------


def _msg(n: int, sender: str, to: list[str], ts: str, text: str) -> dict:
    t = int(pd.Timestamp(ts, tz="Asia/Shanghai").value // 1_000_000)
    return {"msgid": f"m{n:03d}", "action": "send", "from": sender, "tolist": to, "roomid": "", "msgtime": t,
            "msgtype": "text", "text": {"content": text}}


def _refusal_archive():
    """wmA refuses zs at 07-01 09:00, writes anyway on 07-02 (leak), agrees on 07-03."""
    records = tiny_records() + [
        _msg(30, "wmA", ["zs"], "2026-07-02 10:00:00", "我的快递到哪了？"),
        _msg(31, "zs", ["wmA"], "2026-07-02 10:01:00", "帮您查一下"),
        _msg(32, "wmA", ["ls"], "2026-07-02 10:02:00", "李四在吗？"),  # another employee: not refused
    ]
    return tiny_archive(sorted(records, key=lambda r: r["msgtime"]))


def test_refused_messages_follow_the_latest_consent():
    arch = _refusal_archive()
    refused = refused_messages(arch)
    assert refused.name == "is_refused" and refused.index.equals(arch.messages.index)
    assert sorted(arch.messages.loc[refused, "msgid"]) == ["m030", "m031"]
    kept, n = exclude_refused(arch)
    assert n == 2 and len(kept.messages) == len(arch.messages) - 2
    assert len(arch.messages) == 21  # the input is untouched
    ex = refusal_exclusions(arch)
    assert ex[["chat_id", "customer_id", "employee_id", "n_customer", "n_employee"]].to_dict("records") == [
        {"chat_id": "wmA|zs", "customer_id": "wmA", "employee_id": "zs", "n_customer": 1, "n_employee": 1}
    ]
    assert ex.loc[0, "disagree_at"] == pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")
    assert ex.attrs["n_customer"] == 1


def test_extract_questions_excludes_refused_and_reports_the_count():
    arch = _refusal_archive()
    q = extract_questions(arch)
    assert q.attrs["excluded_refused"] == refusal_exclusions(arch).attrs["n_customer"] == 1
    asked = {m for ids in q["msgids"] for m in ids}
    assert "m030" not in asked and "m032" in asked
    # Turned off, the leaked question comes back.
    assert "m030" in {m for ids in extract_questions(arch, exclude_refused=False)["msgids"] for m in ids}


def test_sample_leaks_are_found_and_excluded(sample):
    events = json.loads((SAMPLE / "truth" / "events.json").read_text(encoding="utf-8"))
    leaks = {m for leak in events["leaks"] for m in leak["msgids"]}
    assert len(leaks) > 0
    refused = refused_messages(sample)
    assert set(sample.messages.loc[refused, "msgid"]) == leaks
    ex = refusal_exclusions(sample)
    assert set(ex["customer_id"]) == {leak["customer_id"] for leak in events["leaks"]}
    q = extract_questions(sample)
    assert q.attrs["excluded_refused"] == ex.attrs["n_customer"] == int(ex["n_customer"].sum())
    assert not leaks & {m for ids in q["msgids"] for m in ids}


def test_no_consent_records_warns_and_refuses_nothing(tiny):
    import dataclasses

    bare = dataclasses.replace(tiny, consent=tiny.consent.iloc[:0])
    with pytest.warns(OpsDataWarning, match="no consent records"):
        refused = refused_messages(bare)
    assert not refused.any()
    with pytest.warns(OpsDataWarning):
        kept, n = exclude_refused(bare)
    assert n == 0 and len(kept.messages) == len(tiny.messages)


def test_refused_messages_on_a_frame_with_repeated_index():
    arch = _refusal_archive()
    m = arch.messages.copy()
    m.index = np.zeros(len(m), dtype=int)
    refused = refused_messages(m, arch.consent)
    assert refused.index.equals(m.index)
    assert int(refused.sum()) == 2
    with pytest.raises(TypeError, match="Archive or a DataFrame"):
        refused_messages([1, 2])


def _bad_time_refusal_archive(*, msgtime_too: bool = False):
    """As :func:`_refusal_archive`, but wmA's disagree record has an unparseable ``disagree_time``."""
    records = []
    for rec in tiny_records():
        if rec["msgtype"] == "disagree":
            rec = {**rec, "disagree": {**rec["disagree"], "disagree_time": "2026-07-01 09:00"}}
            if msgtime_too:
                rec["msgtime"] = "soon"
                rec["_file"] = "msgaudit_20260702.jsonl"
        records.append(rec)
    records += [
        _msg(30, "wmA", ["zs"], "2026-07-02 10:00:00", "我的快递到哪了？电话13912345678"),
        _msg(31, "zs", ["wmA"], "2026-07-02 10:01:00", "帮您查一下"),
        _msg(32, "wmA", ["ls"], "2026-07-02 10:02:00", "李四在吗？"),
    ]
    return tiny_archive(sorted(records, key=lambda r: r["msgtime"] if isinstance(r["msgtime"], int) else 0))


@pytest.mark.parametrize("msgtime_too", [False, True], ids=["msgtime_valid", "msgtime_bad_too"])
def test_refusal_with_unparseable_time_still_excludes_the_customer(msgtime_too):
    arch = _bad_time_refusal_archive(msgtime_too=msgtime_too)
    assert arch.report["quarantined"] == 0 and arch.reconciles
    assert arch.repairs == {"disagree_time_from_msgtime" if not msgtime_too else "disagree_time_assumed_start": 1}
    assert sorted(arch.messages.loc[refused_messages(arch), "msgid"]) == ["m030", "m031"]
    q = extract_questions(arch)
    assert q.attrs["excluded_refused"] == 1
    asked = {m for ids in q["msgids"] for m in ids}
    assert "m030" not in asked and "m032" in asked
    expected_at = pd.Timestamp("2026-07-01 09:00" if not msgtime_too else "2026-07-01 09:30", tz="Asia/Shanghai")
    assert refusal_exclusions(arch).loc[0, "disagree_at"] == expected_at


@pytest.mark.parametrize("role", ["admin", "supervisor", "employee", "compliance"])
def test_no_role_sees_refused_chats_by_default(role):
    arch = _refusal_archive()
    v = view_for(arch, "zs", role)
    assert not {"m030", "m031"} & set(v.messages["msgid"])
    assert "m032" in set(v.messages["msgid"]) or role == "employee"
    assert v.messages.attrs == {"excluded_refused": 2, "includes_refused": False}
    # The consent records stay: they are the evidence of the refusal.
    assert "disagree" in set(v.consent["status"])
    assert len(arch.messages) == 21  # the input is untouched


def test_compliance_role_sees_refused_chats_only_when_asked_and_it_is_logged(caplog):
    arch = _refusal_archive()
    for role in ("admin", "supervisor", "employee"):
        with pytest.raises(ValueError, match=f"include_refused=True needs role 'compliance'; got {role!r}"):
            view_for(arch, "zs", role, include_refused=True)
    with caplog.at_level("WARNING", logger="toolkit.privacy.access"):
        v = view_for(arch, "auditor1", "compliance", include_refused=True)
    pd.testing.assert_frame_equal(v.messages, arch.messages)
    assert v.messages.attrs == {"excluded_refused": 0, "includes_refused": True, "n_refused": 2}
    [rec] = [r for r in caplog.records if r.name == "toolkit.privacy.access"]
    assert rec.levelname == "WARNING"
    assert "auditor1" in rec.getMessage() and "2 messages" in rec.getMessage() and "1 chat" in rec.getMessage()
    assert "快递" not in rec.getMessage() and "wmA" not in rec.getMessage()  # ids of staff and counts only
    with pytest.raises(TypeError, match="include_refused must be a bool"):
        view_for(arch, "auditor1", "compliance", include_refused="yes")

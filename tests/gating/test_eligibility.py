"""Eligibility: the scope and consent rules, checked on small archives, on a naive reference and on the sample truth."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.exceptions import SchemaError
from toolkit.gating import ELIGIBILITY_COLUMNS, REASONS, eligibility, eligible_questions

from .conftest import make_archive, scope_frame, ts

EMPLOYEES = ["e1", "e2", "e3"]
CUSTOMERS = ["wmA", "wmB"]
ROOMS = ["wr1", "wr2"]


# --------------------------------------------------------------------------
# Small hand-made cases
# --------------------------------------------------------------------------


def test_single_chat_needs_the_employee_in_scope_at_that_time():
    a = make_archive(
        [
            {"msgid": "m1", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 1},
            {"msgid": "m2", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 5},
            {"msgid": "m3", "sender_id": "e1", "chat_type": "single", "chat_id": "e1|wmA", "day": 9},
        ],
        scope=[{"userid": "e1", "since": 3, "until": 8}],
    )
    e = eligibility(a)
    assert e["reason"].tolist() == ["employee_not_in_scope", "eligible_single", "employee_not_in_scope"]
    assert e["employee_id"].tolist() == ["e1"] * 3
    assert e["customer_id"].tolist() == ["wmA"] * 3
    assert list(e.columns) == list(ELIGIBILITY_COLUMNS)


def test_until_is_exclusive_and_since_inclusive():
    a = make_archive(
        [
            {"msgid": "m1", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 3},
            {"msgid": "m2", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 8},
        ],
        scope=[{"userid": "e1", "since": 3, "until": 8}],
    )
    assert eligibility(a)["is_eligible"].tolist() == [True, False]


def test_a_refusal_blocks_later_single_messages_until_the_customer_agrees_again():
    msgs = [{"msgid": f"m{d}", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": d} for d in range(6)]
    a = make_archive(
        msgs,
        consent=[
            {"customer_id": "wmA", "employee_id": "e1", "status": "agree", "day": 0.5},
            {"customer_id": "wmA", "employee_id": "e1", "status": "disagree", "day": 1.5},
            {"customer_id": "wmA", "employee_id": "e1", "status": "agree", "day": 3.5},
            # a refusal with another employee does not matter here
            {"customer_id": "wmA", "employee_id": "e2", "status": "disagree", "day": 4.5},
        ],
        scope=[{"userid": "e1"}],
    )
    e = eligibility(a)
    assert e["reason"].tolist() == [
        "eligible_single", "eligible_single", "customer_refused", "customer_refused", "eligible_single", "eligible_single",
    ]
    assert e["is_refused"].tolist() == [False, False, True, True, False, False]


def test_group_is_eligible_when_any_member_is_in_scope_and_in_the_room():
    msgs = [
        {"msgid": "g1", "sender_id": "wmA", "chat_type": "group", "chat_id": "wr1", "day": 1},
        {"msgid": "g2", "sender_id": "wmA", "chat_type": "group", "chat_id": "wr1", "day": 4},
        {"msgid": "g3", "sender_id": "e2", "chat_type": "group", "chat_id": "wr1", "day": 6},
        {"msgid": "g4", "sender_id": "wmB", "chat_type": "group", "chat_id": "wr2", "day": 6},
    ]
    # e1 (in scope) joined wr1 on day 3 and never wrote; e2 wrote but is not in scope.
    members = [{"roomid": "wr1", "member_id": "e1", "day": 3}, {"roomid": "wr2", "member_id": "e2", "day": None}]
    a = make_archive(msgs, members=members, scope=[{"userid": "e1"}])
    e = eligibility(a)
    assert e["reason"].tolist() == ["no_archived_member", "eligible_group", "eligible_group", "no_archived_member"]
    assert e["employee_id"].tolist()[2] == "e2"
    assert e["customer_id"].tolist()[:2] == ["wmA", "wmA"]


def test_group_without_room_info_uses_senders_seen_in_the_room():
    msgs = [
        {"msgid": "g1", "sender_id": "wmA", "chat_type": "group", "chat_id": "wr1", "day": 1},
        {"msgid": "g2", "sender_id": "e1", "chat_type": "group", "chat_id": "wr1", "day": 2},
        {"msgid": "g3", "sender_id": "wmB", "chat_type": "group", "chat_id": "wr2", "day": 2},
    ]
    a = make_archive(msgs, scope=[{"userid": "e1"}])
    assert eligibility(a)["reason"].tolist() == ["eligible_group", "eligible_group", "no_archived_member"]


def test_internal_chats_have_their_own_reason():
    a = make_archive([{"msgid": "i1", "sender_id": "e1", "chat_type": "internal", "chat_id": "e1|e2", "day": 1}],
                     scope=[{"userid": "e1"}])
    e = eligibility(a)
    assert e.loc[0, "reason"] == "internal"
    assert not e.loc[0, "is_eligible"]


def test_scope_argument_overrides_the_archive_scope_as_list_or_frame():
    msgs = [{"msgid": "m1", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 5}]
    a = make_archive(msgs, scope=[{"userid": "e1"}])
    assert eligibility(a)["is_eligible"].tolist() == [True]
    assert eligibility(a, scope=["e2"])["reason"].tolist() == ["employee_not_in_scope"]
    frame = pd.DataFrame({"userid": ["e1"], "since": ["2026-07-10"]})  # naive: archive tz
    assert eligibility(a, scope=frame)["reason"].tolist() == ["employee_not_in_scope"]
    assert eligibility(a, scope=["e2"]).attrs["scope_source"] == "argument"


def test_as_of_evaluates_scope_and_consent_at_one_time():
    msgs = [{"msgid": f"m{d}", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": d} for d in (1, 9)]
    a = make_archive(msgs, consent=[{"customer_id": "wmA", "employee_id": "e1", "status": "disagree", "day": 5}],
                     scope=[{"userid": "e1", "since": 0, "until": 20}])
    assert eligibility(a)["reason"].tolist() == ["eligible_single", "customer_refused"]
    assert eligibility(a, as_of=ts(10))["reason"].tolist() == ["customer_refused", "customer_refused"]
    assert eligibility(a, as_of="2026-07-03")["reason"].tolist() == ["eligible_single", "eligible_single"]
    assert eligibility(a, as_of=ts(30))["reason"].tolist() == ["employee_not_in_scope"] * 2


def test_missing_scope_is_inferred_from_single_chats_with_a_warning():
    msgs = [
        {"msgid": "m1", "sender_id": "e1", "chat_type": "single", "chat_id": "e1|wmA", "day": 1},
        {"msgid": "g1", "sender_id": "e2", "chat_type": "group", "chat_id": "wr1", "day": 1},
    ]
    a = make_archive(msgs)
    with pytest.warns(UserWarning, match="inferred a scope of 1 employees"):
        e = eligibility(a)
    assert e["reason"].tolist() == ["eligible_single", "no_archived_member"]
    assert e.attrs["scope_source"] == "inferred"


def test_bad_arguments_raise_clear_errors():
    a = make_archive([{"msgid": "m1", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 1}],
                     scope=[{"userid": "e1"}])
    with pytest.raises(TypeError, match="archive must be a toolkit.archive.Archive"):
        eligibility(a.messages)
    with pytest.raises(ValueError, match="as_of must be a time"):
        eligibility(a, as_of="not a date")
    with pytest.raises(SchemaError, match="scope lacks a 'userid' column"):
        eligibility(a, scope=pd.DataFrame({"user": ["e1"]}))
    with pytest.raises(SchemaError, match="lacks columns"):
        eligible_questions(pd.DataFrame({"text": ["x"]}), eligibility(a))


def test_empty_archive_gives_an_empty_frame():
    e = eligibility(make_archive([], scope=[{"userid": "e1"}]))
    assert e.empty and list(e.columns) == list(ELIGIBILITY_COLUMNS)


def test_eligible_questions_joins_on_the_opening_message():
    a = make_archive(
        [
            {"msgid": "m1", "sender_id": "wmA", "chat_type": "single", "chat_id": "e1|wmA", "day": 1},
            {"msgid": "m2", "sender_id": "wmB", "chat_type": "single", "chat_id": "e2|wmB", "day": 1},
        ],
        scope=[{"userid": "e1"}],
    )
    q = pd.DataFrame({"question_id": ["m2", "m1"], "text": ["a", "b"]}, index=[7, 3])
    out = eligible_questions(q, eligibility(a))
    assert out["question_id"].tolist() == ["m2", "m1"]
    assert out["reason"].tolist() == ["employee_not_in_scope", "eligible_single"]
    assert q.columns.tolist() == ["question_id", "text"]  # the caller's frame is untouched


# --------------------------------------------------------------------------
# Property tests against a naive per-message reference
# --------------------------------------------------------------------------


def _naive(messages, consent, members, scope):
    """Per-message Python loop: the rules as written in DOMAIN.md."""

    def in_scope(user, day):
        return any(s["userid"] == user and (s.get("since") is None or s["since"] <= day)
                   and (s.get("until") is None or day < s["until"]) for s in scope)

    out = []
    for m in messages:
        day = m["day"]
        if m["chat_type"] == "internal":
            out.append("internal")
        elif m["chat_type"] == "group":
            room = m["chat_id"]
            mem = {x["sender_id"] for x in messages if x["chat_type"] == "group" and x["chat_id"] == room}
            mem |= {x["member_id"] for x in members if x["roomid"] == room and (x["day"] is None or x["day"] <= day)}
            out.append("eligible_group" if any(in_scope(u, day) for u in mem) else "no_archived_member")
        else:
            emp = [p for p in m["chat_id"].split("|") if not p.startswith("wm")][0]
            cus = [p for p in m["chat_id"].split("|") if p.startswith("wm")][0]
            if not in_scope(emp, day):
                out.append("employee_not_in_scope")
                continue
            events = sorted((c for c in consent if c["customer_id"] == cus and c["employee_id"] == emp
                             and c["day"] <= day), key=lambda c: c["day"])
            out.append("customer_refused" if events and events[-1]["status"] == "disagree" else "eligible_single")
    return out


days = st.integers(0, 40).map(lambda d: d / 2)


@st.composite
def small_archives(draw):
    n = draw(st.integers(0, 25))
    messages = []
    for i in range(n):
        kind = draw(st.sampled_from(["single", "group", "internal"]))
        emp = draw(st.sampled_from(EMPLOYEES))
        if kind == "single":
            cus = draw(st.sampled_from(CUSTOMERS))
            sender = draw(st.sampled_from([emp, cus]))
            chat = "|".join(sorted([emp, cus]))
        elif kind == "group":
            chat = draw(st.sampled_from(ROOMS))
            sender = draw(st.sampled_from(EMPLOYEES + CUSTOMERS))
        else:
            other = draw(st.sampled_from([e for e in EMPLOYEES if e != emp]))
            chat, sender = "|".join(sorted([emp, other])), emp
        messages.append({"msgid": f"m{i}", "sender_id": sender, "chat_type": kind, "chat_id": chat,
                         "day": draw(days) + 0.25})
    consent_days = draw(st.lists(days, max_size=6, unique=True))
    consent = [
        {"customer_id": draw(st.sampled_from(CUSTOMERS)), "employee_id": draw(st.sampled_from(EMPLOYEES)),
         "status": draw(st.sampled_from(["agree", "disagree"])), "day": d}
        for d in consent_days
    ]
    members = [
        {"roomid": draw(st.sampled_from(ROOMS)), "member_id": draw(st.sampled_from(EMPLOYEES)),
         "day": draw(st.none() | days)}
        for _ in range(draw(st.integers(0, 4)))
    ]
    scope = []
    for _ in range(draw(st.integers(0, 5))):
        since = draw(st.none() | days)
        until = draw(st.none() | days)
        scope.append({"userid": draw(st.sampled_from(EMPLOYEES)), "since": since, "until": until})
    return messages, consent, members, scope


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_archives())
def test_matches_the_naive_per_message_rules(case):
    messages, consent, members, scope = case
    a = make_archive(messages, consent, members, scope)
    got = eligibility(a)
    assert got["reason"].tolist() == _naive(messages, consent, members, scope)
    assert set(got["reason"]) <= set(REASONS)
    assert (got["is_eligible"] == got["reason"].isin(["eligible_group", "eligible_single"])).all()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_archives(), st.sampled_from(EMPLOYEES))
def test_removing_an_employee_from_scope_never_makes_a_message_eligible(case, removed):
    messages, consent, members, scope = case
    a = make_archive(messages, consent, members, scope)
    before = eligibility(a)["is_eligible"].to_numpy()
    after = eligibility(a, scope=scope_frame([s for s in scope if s["userid"] != removed]))["is_eligible"].to_numpy()
    assert not (after & ~before).any()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_archives(), st.sampled_from(CUSTOMERS), st.sampled_from(EMPLOYEES), days)
def test_a_refused_customers_later_single_messages_are_never_eligible(case, customer, employee, day):
    messages, consent, members, scope = case
    # the refusal is the customer's last consent event with that employee
    consent = [c for c in consent if not (c["customer_id"] == customer and c["employee_id"] == employee)]
    consent.append({"customer_id": customer, "employee_id": employee, "status": "disagree", "day": day})
    e = eligibility(make_archive(messages, consent, members, scope))
    chat = "|".join(sorted([customer, employee]))
    later = (e["chat_id"] == chat) & (e["sent_at"] >= ts(day))
    assert not e.loc[later, "is_eligible"].any()
    assert (e.loc[later, "reason"].isin(["customer_refused", "employee_not_in_scope"])).all()


# --------------------------------------------------------------------------
# The sample archive and its planted scope and consent events
# --------------------------------------------------------------------------


def test_sample_leaks_are_exactly_the_refused_messages(sample_archive, sample_events):
    e = eligibility(sample_archive)
    leaks = {m for leak in sample_events["leaks"] for m in leak["msgids"]}
    assert leaks and set(e.loc[e["reason"] == "customer_refused", "msgid"]) == leaks
    assert e.attrs["scope_source"] == "archive"


def test_sample_everything_else_that_reached_the_archive_is_eligible(sample_archive):
    e = eligibility(sample_archive)
    counts = e["reason"].value_counts()
    assert counts.get("no_archived_member", 0) == 0
    assert counts.get("employee_not_in_scope", 0) == 0
    assert counts["internal"] == int((sample_archive.messages["chat_type"] == "internal").sum())
    assert len(e) == len(sample_archive.messages)


def test_sample_never_in_scope_employees_are_eligible_only_through_groups(sample_archive, sample_events):
    e = eligibility(sample_archive)
    mine = e[e["sender_id"].isin(sample_events["never_in_scope"])]
    assert len(mine) > 0
    assert set(mine["reason"]) == {"eligible_group"}
    # and they cover no room on their own: only archived members make a room eligible
    only = eligibility(sample_archive, scope=sample_events["never_in_scope"])
    assert only.loc[only["chat_type"] == "single", "is_eligible"].sum() == 0


def test_sample_scope_changes_are_honoured(sample_archive, sample_events):
    e = eligibility(sample_archive)
    single = e[e["chat_type"] == "single"]
    for change in sample_events["scope_changes"]:
        at = pd.Timestamp(change["at"])
        mine = single[single["employee_id"] == change["userid"]]
        assert len(mine) > 0
        if change["change"] == "added":
            assert (mine["sent_at"] >= at).all()
            # without the since, the same messages stay eligible; starting later drops those before
            later = at + pd.Timedelta(days=14)
            s = sample_archive.scope.copy()
            s.loc[s["userid"] == change["userid"], "since"] = later
            e2 = eligibility(sample_archive, scope=s)
            moved = e2.set_index("msgid").loc[mine["msgid"]]
            assert (moved["is_eligible"] == (mine["sent_at"] >= later).to_numpy()).all()
        else:
            # leavers: nothing of theirs after they left, and removing them blocks their 1:1 chats
            assert (mine["sent_at"] < at).all()
            e2 = eligibility(sample_archive, scope=sample_archive.scope[sample_archive.scope["userid"] != change["userid"]])
            assert set(e2.loc[e2["employee_id"].eq(change["userid"]) & e2["chat_type"].eq("single"), "reason"]) == {
                "employee_not_in_scope"
            }


def test_sample_consent_truth_matches(sample_archive):
    truth = pd.read_csv(
        __import__("pathlib").Path(__file__).resolve().parents[2] / "sample_data" / "truth" / "consent.csv", dtype=str,
        keep_default_na=False,
    )
    e = eligibility(sample_archive)
    single = e[e["chat_type"] == "single"].copy()
    single["day"] = single["sent_at"].dt.strftime("%Y-%m-%d")
    refusers = truth[truth["first_status"] == "disagree"]
    assert len(refusers) == 118
    merged = single.merge(refusers, on=["customer_id", "employee_id"], how="inner")
    # a refuser's messages that reached the archive: eligible only after they agreed again
    reagreed = merged["reagree_day"].ne("") & (merged["day"] >= merged["reagree_day"])
    assert merged.loc[reagreed, "is_eligible"].all()
    blocked = merged.loc[~reagreed & (merged["day"] > merged["first_day"])]
    assert not blocked["is_eligible"].any()
    assert (merged.loc[~merged["is_eligible"], "reason"] == "customer_refused").all()


def test_removing_everyone_from_scope_on_the_sample(sample_archive):
    e = eligibility(sample_archive, scope=[])
    assert not e["is_eligible"].any()
    assert np.isin(e["reason"].unique(), ["no_archived_member", "employee_not_in_scope", "internal"]).all()

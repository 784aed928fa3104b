"""Issue 19: search, context and evidence packs (toolkit.evidence)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.evidence import conversation_context, evidence_pack, find_messages, verify_pack
from toolkit.testing import _msg
from toolkit.testing import tiny_archive, tiny_records


def recs_with(*extra):
    return tiny_records() + list(extra)


@pytest.fixture(scope="module")
def dispute():
    """The tiny archive plus a refund promise in two phrasings, a leak after a refusal, a recall and media."""
    extra = [
        _msg(30, "wmC", ["ls"], "2026-07-02 16:05:00", "这个耳机坏了，能退吗？"),
        _msg(31, "ls", ["wmC"], "2026-07-02 16:06:00", "放心，这单给您全额退款"),
        _msg(32, "ls", ["wmC"], "2026-07-02 16:07:00", "钱会全部退回给您的"),
        _msg(33, "ls", ["wmC"], "2026-07-02 16:08:00", "我的电话13912345678，有事打给我"),
        _msg(34, "wmC", ["ls"], "2026-07-02 16:09:00", '=HYPERLINK("http://x.example","点我领取退款")'),
        _msg(35, "wmC", ["ls"], "2026-07-02 16:10:00", "<script>alert('x')</script>"),
        {"msgid": "m036", "action": "send", "from": "wmC", "tolist": ["ls"], "roomid": "",
         "msgtime": int(pd.Timestamp("2026-07-02 16:11:00", tz="Asia/Shanghai").value // 10**6), "msgtype": "image",
         "image": {"md5sum": "abc123", "filesize": 10, "sdkfileid": "SDK1"}},
        {"msgid": "r037", "action": "recall", "from": "ls", "msgtime": int(pd.Timestamp("2026-07-02 16:12:00", tz="Asia/Shanghai").value // 10**6),
         "revoke": {"pre_msgid": "m033"}},
        # wmA refused on 07-01 09:00 and agreed on 07-03 09:00: this message was archived by mistake.
        _msg(38, "wmA", ["zs"], "2026-07-02 10:00:00", "我没同意存档，这条不该被存"),
    ]
    return tiny_archive(recs_with(*extra))


def test_customer_and_employee_names_resolve_and_filters_combine(dispute):
    by_name = find_messages(dispute, employee="李四", customer="wmC", since="2026-07-02 16:00", until="2026-07-02 16:07")
    assert by_name["msgid"].tolist() == ["m013", "m030", "m031", "m032"]
    assert (by_name["sender_name"].iloc[2], by_name["chat_type"].iloc[0]) == ("李四", "single")
    assert by_name["conversation_id"].str.startswith("ls|wmC@").all()
    assert set(by_name.columns) >= {"msgid", "conversation_id", "sent_at", "sender_id", "receiver_ids", "text", "matched"}


def test_unknown_names_suggest_near_ones(dispute):
    with pytest.raises(ValueError, match=r"unknown employee '李三'.*did you mean '李四'"):
        find_messages(dispute, employee="李三")
    with pytest.raises(ValueError, match=r"unknown customer 'wmCC'.*did you mean 'wmC'"):
        find_messages(dispute, customer="wmCC")


def test_contains_any_all_variants_pattern_and_no_match(dispute):
    assert find_messages(dispute, contains=["全额退款", "全部退回"])["msgid"].tolist() == ["m031", "m032"]
    assert find_messages(dispute, contains=["全额", "退款"], match="all")["msgid"].tolist() == ["m031"]
    # traditional and full-width forms find the simplified text
    assert find_messages(dispute, contains="全額退款")["msgid"].tolist() == ["m031"]
    assert find_messages(dispute, pattern=r"1[3-9]\d{9}")["msgid"].tolist() == ["m033"]
    assert find_messages(dispute, contains="退款", chat_type="group").empty
    none = find_messages(dispute, contains="不存在的词")
    assert none.empty and none.attrs["message"] == "no message matches: contains any of 不存在的词"
    with pytest.raises(ValueError, match="pattern is not a valid regular expression"):
        find_messages(dispute, pattern="(")


def test_sender_keeps_only_what_one_person_wrote(dispute):
    assert find_messages(dispute, sender="李四", customer="wmC", since="2026-07-02 16:00")["msgid"].tolist() == [
        "m031", "m032", "m033"]


def test_similar_to_finds_a_promise_in_other_words(dispute):
    hits = find_messages(dispute, employee="ls", similar_to="客服承诺给我全额退款", top=3, min_similarity=0.0)
    assert {"m031", "m032"} <= set(hits["msgid"].head(3))
    assert hits["score"].is_monotonic_decreasing and hits["matched"].str.startswith("similar").all()


def test_roles_restrict_and_refused_chats_stay_hidden(dispute):
    assert find_messages(dispute, contains="保修", role="employee", viewer="ls").empty  # zs's chat
    assert not find_messages(dispute, contains="保修", role="supervisor", viewer="boss").empty
    assert find_messages(dispute, contains="存档", role="supervisor", viewer="boss").empty
    with pytest.raises(ValueError, match="give both role and viewer"):
        find_messages(dispute, contains="x", role="admin")


def test_every_search_and_pack_appends_to_the_access_log(dispute, tmp_path):
    log = tmp_path / "access.jsonl"
    hits = find_messages(dispute, contains="全额退款", role="supervisor", viewer="boss", access_log=log)
    evidence_pack(dispute, hits, tmp_path / "pack", role="supervisor", viewer="boss", context=0, access_log=log)
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["action"], e["viewer"], e["role"], e["n_messages"]) for e in lines] == [
        ("search", "boss", "supervisor", 1), ("evidence_pack", "boss", "supervisor", 1)]
    assert lines[0]["query"]["contains"] == ["全额退款"]


def test_context_shows_recalls_media_and_consent_in_order(dispute):
    ctx = conversation_context(dispute, "m033", before=4, after=3)
    msgs = ctx[ctx["kind"] == "message"]
    assert msgs["msgid"].tolist() == ["m013", "m030", "m031", "m032", "m033", "m034", "m035", "m036"]
    row = msgs.set_index("msgid").loc["m033"]
    assert row["is_target"] and row["is_recalled"] and row["recalled_at"] == pd.Timestamp("2026-07-02 16:12", tz="Asia/Shanghai")
    assert msgs.set_index("msgid").loc["m036", "text"] == "[image sdkfileid=SDK1 md5=abc123]"
    assert ctx["at"].is_monotonic_increasing
    assert ctx["kind"].tolist()[0] == "consent"  # wmC's agree with ls, in force when the window opens
    with pytest.raises(KeyError, match="not a message"):
        conversation_context(dispute, "nope")


def test_consent_in_force_and_consent_changes_appear_in_the_window():
    arch = tiny_archive()
    ctx = conversation_context(arch, "m004", before=5, after=0)  # wmB agreed at 09:30, chat starts at 10:00
    assert ctx["kind"].tolist() == ["consent", "message", "message"] and ctx["text"].iloc[0] == "[agree archiving]"
    ctx = conversation_context(arch, "m016", before=1, after=0)  # wmA: disagree 07-01, agree 07-03 09:00, writes 09:10
    assert ctx[ctx["kind"] == "consent"]["text"].tolist() == ["[agree archiving]"]
    ctx = conversation_context(arch, "m019", before=1, after=0)  # wmC|zs: wmC's consent was given to ls, not zs
    assert "consent" not in set(ctx["kind"])


def test_pack_is_escaped_neutralised_masked_and_verifiable(dispute, tmp_path):
    hits = find_messages(dispute, customer="wmC", contains=["全额退款", "HYPERLINK", "script"])
    out = tmp_path / "pack"
    manifest = evidence_pack(dispute, hits, out, role="supervisor", viewer="boss", context=2, note="工单 42")
    page = (out / "transcript.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "13912345678" not in page  # masked for a supervisor
    assert "工单 42" in page and page.count("★") == 3
    csv = pd.read_csv(out / "messages.csv", encoding="utf-8-sig", dtype=str)
    formula = csv.loc[csv["msgid"] == "m034", "text"].iloc[0]
    assert formula.startswith("'=HYPERLINK")
    assert {m["msgid"] for m in manifest["messages"] if m["is_target"]} == {"m031", "m034", "m035"}
    assert all(m["source"] and m["line"] >= 1 and len(m["content_sha256"]) == 64 for m in manifest["messages"])
    assert all(len(h) == 64 for h in manifest["sources"].values())
    assert verify_pack(out, dispute.files["source"].tolist()).empty


def test_compliance_sees_personal_data_and_refused_chats_are_flagged(dispute, tmp_path):
    sup = evidence_pack(dispute, ["m038", "m031"], tmp_path / "sup", role="supervisor", viewer="boss", context=0)
    assert [p["msgid"] for p in sup["compliance_problems"]] == ["m038"] and sup["compliance_problems"][0]["text_withheld"]
    page = (tmp_path / "sup" / "transcript.html").read_text(encoding="utf-8")
    assert "Compliance problem" in page and "这条不该被存" not in page
    comp = evidence_pack(dispute, ["m038", "m033"], tmp_path / "comp", role="compliance", viewer="auditor", context=0)
    page = (tmp_path / "comp" / "transcript.html").read_text(encoding="utf-8")
    assert not comp["compliance_problems"][0]["text_withheld"] and "这条不该被存" in page
    assert "13912345678" in page and comp["masked"] is False


def test_an_employee_may_pack_only_their_own_chats(dispute, tmp_path):
    with pytest.raises(PermissionError, match="may not pack 1 of the 1 messages"):
        evidence_pack(dispute, ["m004"], tmp_path / "x", role="employee", viewer="ls")
    evidence_pack(dispute, ["m031"], tmp_path / "y", role="employee", viewer="ls", context=0)


def test_verify_pack_names_every_difference(tmp_path):
    folder = tmp_path / "archive"
    arch = tiny_archive(recs_with(_msg(31, "ls", ["wmC"], "2026-07-02 16:06:00", "放心，这单给您全额退款")))
    src = Path(arch.files["source"].iloc[0]).parent
    folder.mkdir()
    for f in src.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from toolkit.archive import load_archive

        arch = load_archive(folder, staff=arch.staff)
    pack = tmp_path / "pack"
    evidence_pack(arch, ["m031", "m012"], pack, role="admin", viewer="boss", context=0)
    assert verify_pack(pack, folder).empty
    day = next(p for p in folder.iterdir() if "全额退款" in p.read_text(encoding="utf-8"))
    day.write_text(day.read_text(encoding="utf-8").replace("全额退款", "部分退款"), encoding="utf-8")
    (pack / "transcript.html").write_text("edited", encoding="utf-8")
    diffs = verify_pack(pack, folder)
    got = {(k, Path(n).name if k == "source_file" else n) for k, n in zip(diffs["kind"], diffs["name"], strict=True)}
    assert got == {("pack_file", "transcript.html"), ("source_file", day.name), ("message", "m031")}
    assert not diffs.attrs["ok"]
    assert re.search("differs", diffs.loc[diffs["kind"] == "message", "detail"].iloc[0])


def test_marks_label_messages_in_the_transcript_and_csv(dispute, tmp_path):
    hits = pd.DataFrame({"msgid": ["m031", "m031", "m032"], "rule": ["refund_promise", "risky", "refund_promise"]})
    evidence_pack(dispute, ["m031"], tmp_path / "p", role="admin", viewer="boss", context=1, marks=hits)
    page = (tmp_path / "p" / "transcript.html").read_text(encoding="utf-8")
    assert page.count('class="flag"') == 2 and "refund_promise, risky" in page
    csv = pd.read_csv(tmp_path / "p" / "messages.csv", encoding="utf-8-sig", dtype=str).set_index("msgid")
    assert csv.loc["m032", "mark"] == "refund_promise" and pd.isna(csv.loc["m030", "mark"])
    evidence_pack(dispute, ["m031"], tmp_path / "q", role="admin", viewer="boss", context=0, marks={"m031": "<b>x</b>"})
    assert "&lt;b&gt;x&lt;/b&gt;" in (tmp_path / "q" / "transcript.html").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="marks must have columns"):
        evidence_pack(dispute, ["m031"], tmp_path / "r", role="admin", viewer="boss", marks=pd.DataFrame({"msgid": ["m031"]}))


def test_pack_masks_a_reply_read_after_the_question_it_answers(tmp_path):
    """Issue 18 §2: a bare WeChat id has no cue of its own; the agent's question before it is its cue."""
    arch = tiny_archive(recs_with(
        _msg(40, "zs", ["wmB"], "2026-07-04 11:05:00", "方便加一下您的微信吗？发您电子发票"),
        _msg(41, "wmB", ["zs"], "2026-07-04 11:06:00", "bella_0607"),
    ))
    evidence_pack(arch, ["m041"], tmp_path / "pack", role="supervisor", viewer="boss", context=1)
    text = (tmp_path / "pack" / "messages.csv").read_text(encoding="utf-8")
    assert "bella_0607" not in text and "[微信号]" in text
    assert "方便加一下您的微信吗" in text

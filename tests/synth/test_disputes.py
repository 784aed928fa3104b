"""Tests of the planted dispute stories (issue 19): truth/disputes.csv, the archive, QA hits, no side effects."""

from __future__ import annotations

import csv
import gzip
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.archive import load_archive, refused_mask
from toolkit.ops import qa_hits
from toolkit.ops.compliance import DEFAULT_QA_RULES
from toolkit.synth import _disputes, make_archive
from toolkit.synth._disputes import DISPUTE_COLUMNS

#: Big enough for both stories (three leavers, 40 days), small enough to stay quick.
CONFIG = dict(n_employees=40, n_customers=500, n_groups=30, n_days=40, random_state=1)
SMALL = dict(n_employees=12, n_customers=60, n_groups=6, n_days=5, random_state=0)
TEXT_RULES = [r for r in DEFAULT_QA_RULES if r.kind != "wait"]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _lines(path: Path) -> list[bytes]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if path.suffix == ".json":  # our JSON arrays hold one element per line
        return [ln.rstrip(b",") for ln in lines[1:-1]]
    return lines


def _load(root: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(root / "archive", scope=root / "scope.csv", rooms=root / "rooms.json", staff=root / "staff.csv")


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("disputes")
    return root, make_archive(root, **CONFIG)


@pytest.fixture(scope="module")
def unplanted(tmp_path_factory) -> Path:
    """The same archive generated with no story planned."""
    root = tmp_path_factory.mktemp("no_disputes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_disputes, "plan_stories", lambda *args, **kwargs: [])
        make_archive(root, **CONFIG)
    return root


@pytest.fixture(scope="module")
def truth(planted) -> pd.DataFrame:
    return pd.read_csv(planted[0] / "truth" / "disputes.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def archive(planted):
    return _load(planted[0])


# ---------------------------------------------------------------- the truth file


def test_truth_file_holds_both_stories_with_their_key_roles(planted, truth):
    _, summary = planted
    assert tuple(truth.columns) == DISPUTE_COLUMNS
    assert truth["msgid"].is_unique
    roles = truth.groupby("story")["role"].agg(list).to_dict()
    assert set(roles) == {"refund_promise", "rudeness"}
    assert {"promise", "promise_paraphrase", "complaint", "reply"} <= set(roles["refund_promise"])
    assert roles["rudeness"].count("rude") == 3 and roles["rudeness"].count("complaint") == 1
    assert summary["disputes"] == truth["story"].value_counts().to_dict()
    assert "planted dispute stories" in (planted[0] / "README.md").read_text(encoding="utf-8")
    assert "## disputes.csv" in (planted[0] / "truth" / "README.md").read_text(encoding="utf-8")


def test_key_messages_have_the_planted_wording(truth):
    text = dict(zip(truth["role"] + "/" + truth["story"], truth["text"]))
    assert text["promise/refund_promise"] == "放心，这单给您全额退款"
    assert "钱会全部退回给您的" in text["promise_paraphrase/refund_promise"]
    assert "全额退款" not in text["promise_paraphrase/refund_promise"]  # a keyword search finds only the promise
    assert text["complaint/refund_promise"] == "之前的客服答应过全额退款的，怎么现在不认了"
    assert text["complaint/rudeness"] == "你们客服态度太差了，我要投诉！"


# ---------------------------------------------------------------- the archive


def test_each_planted_message_is_loaded_with_its_text_sender_and_time(truth, archive):
    m = archive.messages.set_index("msgid")
    assert truth["msgid"].isin(m.index).all()
    got = m.loc[truth["msgid"]]
    assert got["text"].tolist() == truth["text"].tolist()
    assert got["sender_id"].tolist() == truth["sender_id"].tolist()
    assert set(got["chat_type"]) == {"single"} and set(got["msgtype"]) == {"text"}
    assert got["chat_id"].tolist() == truth["chat_id"].tolist()
    sent = got["sent_at"].dt.floor("s").map(lambda t: t.isoformat()).tolist()
    assert sent == truth["sent_at"].tolist()
    # msgids look like the others: <19 digits>_<msgtime ms>_external
    for mid, t in zip(truth["msgid"], got["sent_at"]):
        number, ms, tail = mid.split("_")
        assert len(number) == 19 and number.isdigit() and tail == "external"
        assert int(ms) == t.value // 1_000_000


def test_promise_is_made_before_the_employee_leaves_and_disputed_after(planted, truth, archive):
    root, _ = planted
    story = truth[truth["story"] == "refund_promise"]
    sent = pd.to_datetime(story["sent_at"])
    staff = archive.staff.set_index("userid")
    promise = story[story["role"].isin(["promise", "promise_paraphrase"])]
    complaint = story[story["role"] == "complaint"]
    leaver = promise["employee_id"].unique()
    assert len(leaver) == 1 and len(complaint) == 1
    left_at = staff.at[leaver[0], "left_at"]
    assert pd.notna(left_at)
    assert sent[promise.index].max() < left_at <= sent[complaint.index].min()
    successor = staff.at[leaver[0], "successor"]
    assert set(story.loc[sent >= left_at, "employee_id"]) == {successor}
    # the promise is in the leaver's 1:1 chat with a customer handed over to the successor
    customer = story["customer_id"].unique()
    assert len(customer) == 1
    assert set(story.loc[promise.index, "chat_id"]) == {"|".join(sorted((customer[0], leaver[0])))}
    handed = {c["external_userid"]: c for c in _read_csv(root / "customers.csv")}[customer[0]]
    assert (handed["handover_from"], handed["follow_userid"]) == (leaver[0], successor)


def test_planted_chats_respect_consent_and_scope(planted, truth, archive):
    root, _ = planted
    m = archive.messages.set_index("msgid").loc[truth["msgid"]].reset_index()
    assert not refused_mask(m, archive.consent).any()
    consent = {(r["customer_id"], r["employee_id"]): r["first_status"] for r in _read_csv(root / "truth" / "consent.csv")}
    for cust, emp in set(zip(truth["customer_id"], truth["employee_id"])):
        assert consent[(cust, emp)] == "agree"
        agreed = archive.consent[(archive.consent["customer_id"] == cust) & (archive.consent["employee_id"] == emp)]
        first = pd.to_datetime(truth.loc[(truth["customer_id"] == cust) & (truth["employee_id"] == emp), "sent_at"]).min()
        assert (agreed["at"] < first).any()
    scope = archive.scope.set_index("userid")
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    start, end = pd.Timestamp(events["start"], tz="Asia/Shanghai"), pd.Timestamp(events["end"], tz="Asia/Shanghai") + pd.Timedelta("1D")
    for emp, t in zip(truth["employee_id"], pd.to_datetime(truth["sent_at"])):
        since, until = scope.at[emp, "since"], scope.at[emp, "until"]
        assert (pd.isna(since) or since <= t) and (pd.isna(until) or t < until)
        assert start <= t < end


def test_qa_rules_flag_the_promise_the_rude_replies_and_the_complaint(truth, archive):
    hits = qa_hits(archive, TEXT_RULES)
    found = set(zip(hits["msgid"], hits["rule"]))
    expected = truth[truth["qa_rule"] != ""]
    assert set(zip(expected["msgid"], expected["qa_rule"])) <= found
    rude = truth[truth["role"] == "rude"]
    assert set(rude["qa_rule"]) == {"abusive"}
    # the rude replies are the only abusive messages of the archive; the full-refund promise the only one of its kind
    assert set(hits.loc[hits["rule"] == "abusive", "msgid"]) == set(rude["msgid"])
    promise = truth.loc[truth["role"] == "promise", "msgid"]
    assert set(hits.loc[hits["rule"] == "promise_full_refund", "msgid"]) == set(promise)
    # the paraphrase escapes every text rule; the customer's complaint quoting 全额退款 is not an agent's promise
    quiet = truth.loc[truth["role"].isin(["promise_paraphrase"]) | ((truth["story"] == "refund_promise") & (truth["role"] == "complaint")), "msgid"]
    assert not set(quiet) & set(hits["msgid"])


# ---------------------------------------------------------------- no side effects


def test_every_other_record_is_unchanged_by_the_stories(planted, truth, unplanted):
    root, _ = planted
    ids = [m.encode() for m in truth["msgid"]]
    changed = set()
    for path in sorted((root / "archive").iterdir()):
        other = unplanted / "archive" / path.name
        if path.read_bytes() == other.read_bytes():
            continue
        changed.add(path.name)
        new = _lines(path)
        assert [ln for ln in new if not any(i in ln for i in ids)] == _lines(other), path.name
    days = {pd.Timestamp(t[:10]) + pd.Timedelta("1D") for t in truth["sent_at"]}  # T+1: the file dated the next day
    assert {name[9:17] for name in changed} == {f"{d:%Y%m%d}" for d in days}
    same = ["customers.csv", "kb.csv", "permit_user_list.json", "rooms.json", "scope.csv", "staff.csv",
            "truth/consent.csv", "truth/employees.csv", "truth/intents.csv", "truth/kb_quality.csv", "truth/questions.csv"]
    for name in same:
        assert (root / name).read_bytes() == (unplanted / name).read_bytes(), name
    # faults keep their records; only line numbers after a planted line move
    a, b = _read_csv(root / "truth" / "faults.csv"), _read_csv(unplanted / "truth" / "faults.csv")
    assert [{k: v for k, v in r.items() if k != "line"} for r in a] == [{k: v for k, v in r.items() if k != "line"} for r in b]
    assert any(r["line"] != s["line"] for r, s in zip(a, b))


def test_seq_stays_unique_and_increasing_around_planted_lines(planted, truth):
    root, _ = planted
    faults = _read_csv(root / "truth" / "faults.csv")
    dups = {(f["file"], int(f["line"])) for f in faults if f["kind"] == "duplicate"}
    ids = [m.encode() for m in truth["msgid"]]
    n_planted = 0
    for path in sorted((root / "archive").iterdir()):
        lines = _lines(path)
        if not any(i in ln for ln in lines for i in ids):
            continue
        seqs = []
        for k, line in enumerate(lines, 1):
            if (path.name, k) in dups:
                continue
            try:
                obj = json.loads(line, strict=False)
            except ValueError:
                continue
            seq = obj.get("seq") if isinstance(obj, dict) else None
            if isinstance(seq, str):
                seq = int(seq)
            if isinstance(seq, int):
                seqs.append(seq)
            if isinstance(obj, dict) and obj.get("msgid", "").encode() in ids:
                n_planted += 1
                assert ("seq" in obj) == (path.suffix != ".json" and "noseq" not in path.name)
        assert all(x < y for x, y in zip(seqs, seqs[1:])), path.name
    assert n_planted == len(truth)


# ---------------------------------------------------------------- determinism and small archives


def test_same_seed_gives_the_same_stories_and_bytes(tmp_path, planted):
    make_archive(tmp_path, **CONFIG)
    root, _ = planted
    for name in ["truth/disputes.csv", "truth/faults.csv", "README.md", *(f"archive/{p.name}" for p in (root / "archive").iterdir())]:
        assert (tmp_path / name).read_bytes() == (root / name).read_bytes(), name


def test_small_archives_hold_what_they_can(tmp_path):
    s = make_archive(tmp_path / "small", **SMALL)
    assert s["disputes"] == {"refund_promise": 12, "rudeness": 7}
    s = make_archive(tmp_path / "tiny", n_employees=4, n_customers=30, n_groups=2, n_days=5, random_state=0)
    assert s["disputes"]["refund_promise"] == 0  # nobody leaves with fewer than 8 employees
    rows = _read_csv(tmp_path / "tiny" / "truth" / "disputes.csv")
    assert {r["story"] for r in rows} <= {"rudeness"}
    assert len(rows) == s["disputes"]["rudeness"]

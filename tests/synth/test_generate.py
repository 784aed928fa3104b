"""Tests of toolkit.synth.make_archive: determinism, layout, content and planted faults."""

from __future__ import annotations

import csv
import gzip
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from toolkit.synth import make_archive
from toolkit.synth.__main__ import main

CST = timezone(timedelta(hours=8))
SMALL = dict(n_employees=12, n_customers=60, n_groups=6, n_days=5)
MEDIUM = dict(n_employees=40, n_customers=500, n_groups=30, n_days=40)
SIDE_FILES = ("README.md", "kb.csv", "scope.csv", "permit_user_list.json", "rooms.json", "staff.csv", "customers.csv")
TRUTH_FILES = ("README.md", "questions.csv", "intents.csv", "kb_quality.csv", "employees.csv", "faults.csv", "events.json", "consent.csv")


def _tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _lines(path: Path) -> list[bytes]:
    """The records of one archive file as raw bytes, numbered from index 0 = line 1."""
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


def _parse(line: bytes):
    return json.loads(line.decode("utf-8"), strict=False)


def _records(root: Path) -> list[tuple[str, int, object]]:
    out = []
    for path in sorted((root / "archive").iterdir()):
        for i, line in enumerate(_lines(path), 1):
            try:
                out.append((path.name, i, _parse(line)))
            except ValueError:
                out.append((path.name, i, None))
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("small")
    return root, make_archive(root, **SMALL, random_state=0)


@pytest.fixture(scope="module")
def medium(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("medium")
    return root, make_archive(root, **MEDIUM, random_state=1)


@pytest.fixture(scope="module")
def medium_records(medium) -> list[tuple[str, int, object]]:
    return _records(medium[0])


def _clean_messages(records, faults_rows) -> list[dict]:
    """Records that are real (not an extra faulty line), parsed."""
    bad = {(r["file"], int(r["line"])) for r in faults_rows if r["expected"] != "loaded"}
    return [rec for name, line, rec in records if (name, line) not in bad and isinstance(rec, dict)]


# ---------------------------------------------------------------- determinism


def test_same_seed_gives_byte_identical_files(tmp_path, small):
    root, _ = small
    again = tmp_path / "again"
    make_archive(again, **SMALL, random_state=0)
    assert _tree_bytes(root) == _tree_bytes(again)


def test_generator_random_state_matches_int_seed(tmp_path, small):
    make_archive(tmp_path, **SMALL, random_state=np.random.default_rng(0))
    assert _tree_bytes(tmp_path) == _tree_bytes(small[0])


def test_other_seed_gives_other_files(tmp_path, small):
    make_archive(tmp_path, **SMALL, random_state=1)
    a, b = _tree_bytes(small[0]), _tree_bytes(tmp_path)
    assert a["staff.csv"] != b["staff.csv"]
    assert [a[k] for k in sorted(a) if k.startswith("archive")] != [b[k] for k in sorted(b) if k.startswith("archive")]


def test_gzip_headers_have_no_mtime_or_name(small):
    for path in (small[0] / "archive").glob("*.gz"):
        head = path.read_bytes()[:10]
        assert head[4:8] == b"\x00\x00\x00\x00"  # mtime 0
        assert not head[3] & 0x08  # no FNAME flag


# ---------------------------------------------------------------- layout


def test_expected_files_exist(small):
    root, summary = small
    for name in SIDE_FILES:
        assert (root / name).is_file(), name
    for name in TRUTH_FILES:
        assert (root / "truth" / name).is_file(), name
    files = sorted(p.name for p in (root / "archive").iterdir())
    assert len(files) == summary["n_files"]
    assert all(f.startswith("msgaudit_") for f in files)
    assert {Path(f).suffix for f in files} >= {".gz", ".jsonl", ".json"}


def test_summary_counts_lines_and_messages(medium, medium_records):
    root, s = medium
    assert s["n_records"] == len(medium_records)
    faults = _read_csv(root / "truth" / "faults.csv")
    msgs = [r for r in _clean_messages(medium_records, faults)
            if r.get("action") == "send" and r.get("msgtype") not in ("agree", "disagree")]
    assert len(msgs) == s["n_messages"]
    assert sum(s["msgtype_counts"].values()) == s["n_messages"]
    assert s["n_faults"] == len(faults)


def test_t_plus_one_layout_and_missing_day(medium, medium_records):
    root, _ = medium
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    missing = events["missing_day"]
    faults = _read_csv(root / "truth" / "faults.csv")
    dups = {(f["file"], int(f["line"])) for f in faults if f["kind"] == "duplicate"}
    names = sorted(p.name for p in (root / "archive").iterdir())
    assert not any(n.startswith(missing["missing_file"]) for n in names)
    assert missing["arrived_in"] in names
    for name, line, rec in medium_records:
        if not isinstance(rec, dict) or not isinstance(rec.get("msgtime"), int) or rec["msgtime"] < 10**12 or (name, line) in dups:
            continue
        fday = date(int(name[9:13]), int(name[13:15]), int(name[15:17]))
        sent = datetime.fromtimestamp(rec["msgtime"] / 1000, CST).date()
        if name == missing["arrived_in"]:
            assert sent in (fday - timedelta(days=1), fday - timedelta(days=2))
        else:
            assert sent == fday - timedelta(days=1), (name, line)


def test_msgids_are_unique_apart_from_planted_duplicates(medium, medium_records):
    root, _ = medium
    faults = _read_csv(root / "truth" / "faults.csv")
    dup_lines = {(f["file"], int(f["line"])) for f in faults if f["kind"] == "duplicate"}
    seen = set()
    for name, line, rec in medium_records:
        if not isinstance(rec, dict) or (name, line) in dup_lines or not isinstance(rec.get("msgid"), str):
            continue
        assert rec["msgid"] not in seen
        seen.add(rec["msgid"])


def test_at_least_twenty_msgtypes_with_text_dominant(medium):
    counts = medium[1]["msgtype_counts"]
    assert len(counts) >= 20
    share = counts["text"] / sum(counts.values())
    assert 0.65 < share < 0.85


def test_body_keys_follow_the_format(medium_records):
    seen = set()
    for _, _, rec in medium_records:
        if not isinstance(rec, dict) or rec.get("action") != "send" or "msgtype" not in rec:
            continue
        mt = rec["msgtype"]
        seen.add(mt)
        key = {"docmsg": "doc", "external_redpacket": "redpacket", "markdown": "info", "news": "info", "voiptext": "info",
               "qydiskfile": "info", "meeting_notification": "info"}.get(mt, mt)
        if mt == "vote":
            assert "votetitle" in rec and "vote" not in rec
        elif "encrypt_chat_msg" not in rec:
            assert key in rec, mt
        if mt in ("meeting_voice_call", "voip_doc_share"):
            assert "roomid" not in rec
    assert {"revoke"} - seen  # recalls are action recall, not send


def test_recalls_point_at_an_earlier_message_of_the_same_sender(medium_records):
    by_id = {rec["msgid"]: rec for _, _, rec in medium_records if isinstance(rec, dict) and isinstance(rec.get("msgid"), str)}
    recalls = [rec for _, _, rec in medium_records if isinstance(rec, dict) and rec.get("action") == "recall"]
    assert recalls
    for rec in recalls:
        assert rec["msgtype"] == "revoke"
        orig = by_id[rec["revoke"]["pre_msgid"]]
        assert orig["from"] == rec["from"]
        assert int(orig["msgtime"]) <= int(rec["msgtime"]) or int(orig["msgtime"]) < 10**11


def test_ids_have_the_documented_prefixes(medium):
    root, _ = medium
    customers = _read_csv(root / "customers.csv")
    assert all(c["external_userid"][:2] in ("wm", "wo") for c in customers)
    assert any(c["external_userid"].startswith("wo") for c in customers)
    rooms = json.loads((root / "rooms.json").read_text(encoding="utf-8"))
    assert all(r["roomid"].startswith("wr") for r in rooms)
    robots = [m["memberid"] for r in rooms for m in r["members"] if m["memberid"].startswith("wb")]
    assert robots
    staff = _read_csv(root / "staff.csv")
    assert any(s["userid"].isdigit() for s in staff)
    assert {"supervisor", "admin"} <= {s["role"] for s in staff}
    assert {"销售", "客服"} <= {s["department"] for s in staff}


# ---------------------------------------------------------------- faults


def test_faults_point_at_real_lines(medium):
    root, _ = medium
    faults = _read_csv(root / "truth" / "faults.csv")
    kinds = {f["kind"] for f in faults}
    assert {"bad_json", "encrypted", "duplicate", "missing_field", "bad_type"} <= kinds
    cache: dict[str, list[bytes]] = {}
    for f in faults:
        path = root / "archive" / f["file"]
        lines = cache.setdefault(f["file"], _lines(path))
        line = lines[int(f["line"]) - 1]
        kind = f["kind"]
        if kind == "bom":
            assert path.read_bytes().startswith(b"\xef\xbb\xbf")
            continue
        if kind == "bad_json":
            with pytest.raises(ValueError):
                _parse(line)
            continue
        obj = _parse(line)
        if kind == "not_an_object":
            assert not isinstance(obj, dict)
        elif kind == "encrypted":
            assert "encrypt_chat_msg" in obj and obj["msgid"] == f["msgid"]
        elif kind == "missing_field":
            assert not {"msgid", "from", "msgtime", "msgtype"} <= set(obj)
        elif kind == "bad_type":
            assert not isinstance(obj.get("msgtime"), int) or not isinstance(obj.get("tolist"), list) \
                or isinstance(obj.get("text", {}).get("content"), dict) or not isinstance(obj.get("msgid"), str)
        elif kind == "bad_time":
            assert obj.get("msgtime", obj.get("time")) == 0
        elif kind == "time_in_seconds":
            assert obj["msgtime"] < 10**11 and obj["msgid"] == f["msgid"]
        elif kind == "stringified":
            assert isinstance(obj["msgtime"], str) and isinstance(obj["tolist"], str)
        elif kind == "control_chars":
            assert any(b < 0x20 for b in line)
            assert obj["msgid"] == f["msgid"]
        elif kind == "duplicate":
            assert obj["msgid"] == f["msgid"]
        else:
            raise AssertionError(kind)


def test_duplicates_repeat_a_record_of_an_earlier_file(medium, medium_records):
    root, _ = medium
    faults = [f for f in _read_csv(root / "truth" / "faults.csv") if f["kind"] == "duplicate"]
    assert faults
    first_file = {}
    for name, line, rec in medium_records:
        if isinstance(rec, dict) and isinstance(rec.get("msgid"), str):
            first_file.setdefault(rec["msgid"], name)
    for f in faults:
        assert first_file[f["msgid"]] < f["file"]


# ---------------------------------------------------------------- scope and consent


def test_employees_outside_scope_appear_only_in_groups(medium, medium_records):
    root, _ = medium
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    outside = set(events["never_in_scope"])
    assert outside
    scope = {r["userid"] for r in _read_csv(root / "scope.csv")}
    assert not outside & scope
    in_group = 0
    for _, _, rec in medium_records:
        if not isinstance(rec, dict) or rec.get("action") != "send" or not isinstance(rec.get("tolist"), list):
            continue
        people = {rec.get("from")} | set(rec["tolist"])
        if people & outside:
            assert rec.get("roomid"), rec["msgid"]
            in_group += 1
    assert in_group > 0


def test_refused_customers_are_not_archived_except_planted_leaks(medium, medium_records):
    root, _ = medium
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    leaks = {m for leak in events["leaks"] for m in leak["msgids"]}
    assert 2 <= len(events["leaks"]) <= 3
    faults = _read_csv(root / "truth" / "faults.csv")
    recs = sorted((rec for rec in _clean_messages(medium_records, faults) if rec.get("action") == "send"
                   and isinstance(rec.get("msgtime"), int) and rec["msgtime"] > 10**12 and isinstance(rec.get("tolist"), list)),
                  key=lambda r: r["msgtime"])
    state: dict[tuple[str, str], str] = {}
    n_blocked_checks = 0
    for rec in recs:
        if rec.get("roomid") or "roomid" not in rec or len(rec["tolist"]) != 1:
            continue
        a, b = rec["from"], rec["tolist"][0]
        cust, emp = (a, b) if a[:2] in ("wm", "wo") else (b, a)
        if rec["msgtype"] in ("agree", "disagree"):
            assert rec[rec["msgtype"]]["userid"] == cust == rec["from"]
            state[(cust, emp)] = rec["msgtype"]
            continue
        if cust[:2] not in ("wm", "wo"):
            continue
        if state.get((cust, emp)) == "disagree":
            n_blocked_checks += 1
            assert rec["msgid"] in leaks, rec["msgid"]
    assert n_blocked_checks >= len(leaks) > 0


def test_refusal_rates(medium):
    root, s = medium
    emps = _read_csv(root / "truth" / "employees.csv")
    rates = [float(e["refusal_rate"]) for e in emps if e["refusal_rate"]]
    assert sum(r > 0.2 for r in rates) == 1
    assert 0.06 <= s["refusal_rate"] <= 0.13
    consent = _read_csv(root / "truth" / "consent.csv")
    assert len(consent) == s["n_disagree"] + s["n_agree"] - len(json.loads((root / "truth" / "events.json").read_text())["reagreed"])


def test_scope_changes_mid_period(medium):
    root, _ = medium
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    changes = {c["change"] for c in events["scope_changes"]}
    assert changes == {"added", "removed"}
    permit = json.loads((root / "permit_user_list.json").read_text())
    assert permit["errcode"] == 0
    removed = {c["userid"] for c in events["scope_changes"] if c["change"] == "removed"}
    assert not removed & set(permit["ids"])
    staff = {s["userid"]: s for s in _read_csv(root / "staff.csv")}
    for h in events["handovers"]:
        assert staff[h["from"]]["successor"] == h["to"] and staff[h["from"]]["left_at"]


# ---------------------------------------------------------------- truth content


def test_questions_truth_points_at_customer_messages(medium, medium_records):
    root, _ = medium
    by_id = {rec["msgid"]: rec for _, _, rec in medium_records if isinstance(rec, dict) and isinstance(rec.get("msgid"), str)}
    rows = _read_csv(root / "truth" / "questions.csv")
    intents = {r["intent"]: r for r in _read_csv(root / "truth" / "intents.csv")}
    assert sum(r["is_question"] == "True" for r in rows) > len(rows) / 3
    assert len({r["intent"] for r in rows if r["is_question"] == "True"}) >= 20
    for row in rows:
        assert row["intent"] in intents
        assert row["kb_id"] == intents[row["intent"]]["kb_id"]
        for mid in row["msgids"].split(" "):
            rec = by_id[mid]
            assert rec["from"] == row["customer_id"]
        if row["reply_msgid"]:
            assert by_id[row["reply_msgid"]]["from"] == row["employee_id"]


def test_reply_times_drop_after_suggestions_on(medium):
    root, _ = medium
    events = json.loads((root / "truth" / "events.json").read_text(encoding="utf-8"))
    on = events["suggestions_on"]
    rows = [r for r in _read_csv(root / "truth" / "questions.csv") if r["reply_seconds"]]
    before = np.median([float(r["reply_seconds"]) for r in rows if r["sent_at"][:10] < on])
    after = np.median([float(r["reply_seconds"]) for r in rows if r["sent_at"][:10] >= on])
    assert 150 < before < 900
    assert after < before / 2.5


def test_kb_has_weak_answers_and_shared_ids(small):
    root, _ = small
    kb = _read_csv(root / "kb.csv")
    assert 40 <= len(kb) <= 60
    assert len({r["kb_id"] for r in kb}) < len(kb)
    quality = {r["kb_id"]: r["quality"] for r in _read_csv(root / "truth" / "kb_quality.csv")}
    assert {"good", "vague", "outdated"} == set(quality.values())
    assert any("1年" in r["answer"] for r in kb) and any("7天内出现质量问题" in r["answer"] for r in kb)
    missing = [r for r in _read_csv(root / "truth" / "intents.csv") if r["is_question"] == "True" and not r["kb_id"]]
    assert missing


# ---------------------------------------------------------------- arguments and CLI


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_customers": 0}, "n_customers"),
        ({"n_days": 1.5}, "n_days"),
        ({"fault_rate": 0.9}, "fault_rate"),
        ({"start": "July 1"}, "start"),
    ],
)
def test_bad_arguments_raise(tmp_path, kwargs, match):
    with pytest.raises(ValueError, match=match):
        make_archive(tmp_path, **{**SMALL, **kwargs})


def test_bad_random_state_raises(tmp_path):
    with pytest.raises(TypeError, match="random_state"):
        make_archive(tmp_path, **SMALL, random_state="0")


def test_no_compress_writes_plain_files(tmp_path):
    s = make_archive(tmp_path, **SMALL, compress=False, random_state=0)
    names = [p.name for p in (tmp_path / "archive").iterdir()]
    assert not any(n.endswith(".gz") for n in names)
    assert len(names) == s["n_files"]


def test_cli_writes_the_same_as_the_function(tmp_path, small):
    out = tmp_path / "cli"
    args = ["--out", str(out), "--seed", "0", "--n-employees", "12", "--n-customers", "60", "--n-groups", "6", "--n-days", "5"]
    assert main(args) == 0
    assert _tree_bytes(out) == _tree_bytes(small[0])


def test_volume_scales_with_customers_and_days(tmp_path):
    a = make_archive(tmp_path / "a", n_customers=200, n_days=10, random_state=0)["n_messages"]
    b = make_archive(tmp_path / "b", n_customers=800, n_days=10, random_state=0)["n_messages"]
    assert 3.0 < b / a < 5.0

"""toolkit.store: ingest daily dumps into a Parquet store and read them back."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from toolkit.archive import load_archive, schema
from toolkit.exceptions import ArchiveError
from toolkit.store import MANIFEST_NAME, ingest, is_store, read_store

from .conftest import record, write_dump

FRAMES = ("messages", "consent", "recalls", "switches", "quarantine", "files")
T0 = 1_782_921_600_000  # 2026-07-02 00:00 Asia/Shanghai, in ms
DAY = 86_400_000

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def assert_archives_equal(a, b) -> None:
    for name in FRAMES:
        pdt.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert a.report == b.report
    assert a.repairs == b.repairs
    assert a.tz == b.tz


def linked_dumps(src: Path, files: list[Path]) -> list[Path]:
    """Symlinks to ``files`` inside ``src``, in name order."""
    src.mkdir(exist_ok=True)
    out = []
    for f in files:
        link = src / f.name
        link.symlink_to(f)
        out.append(link)
    return out


def snapshot(store: Path) -> dict[str, tuple[int, int]]:
    files = (p for p in store.rglob("*") if p.is_file())
    return {p.relative_to(store).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size) for p in files}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, sample_archive_dir) -> Path:
    store = tmp_path_factory.mktemp("sample") / "store"
    ingest(sample_archive_dir, store)
    return store


# --------------------------------------------------------------------------- round trips


def test_round_trip_equals_load_archive(sample_store, sample_loaded):
    back = read_store(sample_store)
    assert_archives_equal(sample_loaded, back)
    assert back.reconciles
    for name, cols in (("messages", schema.MESSAGE_COLUMNS), ("consent", schema.CONSENT_COLUMNS),
                       ("quarantine", schema.QUARANTINE_COLUMNS), ("files", schema.FILE_COLUMNS)):
        assert getattr(back, name).dtypes.to_dict() == schema.frame_dtypes(cols, back.tz), name


def test_load_archive_delegates_to_the_store(sample_store, sample_loaded):
    back = load_archive(sample_store)
    assert_archives_equal(sample_loaded, back)
    some = load_archive(sample_store, columns=["msgid", "sent_at"], since="2026-07-05", until="2026-07-07")
    pdt.assert_frame_equal(some.messages, read_store(sample_store, columns=["msgid", "sent_at"],
                                                     since="2026-07-05", until="2026-07-07").messages)


def test_messages_are_partitioned_by_day_in_the_store_tz(sample_store, sample_loaded):
    days = sorted(p.name for p in (sample_store / "messages").iterdir())
    expected = sorted("day=" + d for d in sample_loaded.messages["sent_at"].dt.strftime("%Y-%m-%d").unique())
    assert days == expected
    manifest = json.loads((sample_store / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["report"] == sample_loaded.report
    assert len(manifest["files"]) == len(list(Path(sample_loaded.files["source"][0]).parent.iterdir()))
    assert all(len(f["sha256"]) == 64 and f["size"] > 0 for f in manifest["files"])


@pytest.mark.parametrize("how", ["lists", "growing folder"])
def test_two_runs_equal_one(tmp_path, sample_archive_dir, how):
    files = sorted(sample_archive_dir.iterdir())
    half = len(files) // 2
    src = tmp_path / "src"
    links = linked_dumps(src, files[:half])
    if how == "lists":
        links += linked_dumps(src, files[half:])
        r1 = ingest(links[:half], tmp_path / "two")
        r2 = ingest(links[half:], tmp_path / "two")
    else:
        r1 = ingest(src, tmp_path / "two")
        linked_dumps(src, files[half:])
        r2 = ingest(src, tmp_path / "two")
        assert len(r2["skipped"]) == half and {s["reason"] for s in r2["skipped"]} == {"already ingested"}
    assert (r1["run"], r2["run"]) == (1, 2)
    assert len(r2["ingested"]) == len(files) - half
    once = ingest(src, tmp_path / "once")
    assert r2["total"] == once["total"] and r2["reconciles"]
    assert {k: r1["report"][k] + r2["report"][k] for k in schema.REPORT_KEYS} == r2["total"]
    assert_archives_equal(read_store(tmp_path / "once"), read_store(tmp_path / "two"))


# --------------------------------------------------------------------------- idempotence and duplicates


def test_reingesting_changes_nothing(tmp_path, sample_archive_dir):
    src = tmp_path / "src"
    linked_dumps(src, sorted(sample_archive_dir.iterdir())[:3])
    store = tmp_path / "store"
    first = ingest(src, store)
    before = snapshot(store)
    again = ingest(src, store)
    assert again["run"] is None and again["ingested"] == []
    assert [s["reason"] for s in again["skipped"]] == ["already ingested"] * 3
    assert again["report"] == {k: 0 for k in schema.REPORT_KEYS}
    assert again["total"] == first["total"]
    assert snapshot(store) == before


def test_same_content_under_another_name_is_skipped(tmp_path):
    a = write_dump(tmp_path / "a.jsonl", [record("m1", T0)])
    b = tmp_path / "copy" / "b.jsonl"
    b.parent.mkdir()
    b.write_bytes(a.read_bytes())
    ingest(a, tmp_path / "store")
    r = ingest(b, tmp_path / "store")
    assert r["run"] is None
    assert r["skipped"] == [{"file": b.as_posix(), "reason": f"same content as {a.as_posix()}"}]


def test_duplicate_msgid_in_a_later_run_is_dropped_and_counted(tmp_path):
    store = tmp_path / "store"
    ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0), record("m2", T0 + 60_000)]), store)
    # The same record again, from another pull (another seq): a duplicate. Other content is a
    # conflicting duplicate instead (tests/store/test_conflicts.py).
    d2 = write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + 60_000, seq=7), record("m3", T0 + DAY)])
    r = ingest(d2, store)
    assert r["duplicates_in_store"] == 1 and r["conflicts_in_store"] == 0
    assert r["report"] == {"records_read": 2, "messages": 1, "consent": 0, "recalls": 0, "switches": 0,
                           "duplicates": 1, "quarantined": 0}
    assert r["total"]["messages"] == 3 and r["total"]["duplicates"] == 1 and r["reconciles"]
    back = read_store(store)
    assert back.messages["msgid"].tolist() == ["m1", "m2", "m3"]
    assert back.messages.loc[1, "text"] == "电池保修多久？"  # the first one is kept
    row = back.files.set_index("source").loc[d2.as_posix()]
    assert (row["messages"], row["duplicates"]) == (1, 1)
    assert back.reconciles


def test_recall_in_a_later_run_marks_its_message(tmp_path):
    store = tmp_path / "store"
    ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0), record("m2", T0 + 1000)]), store)
    recall = {"msgid": "r1", "action": "recall", "from": "wmCust1", "tolist": ["zhangsan"], "roomid": "",
              "msgtime": T0 + DAY, "msgtype": "revoke", "revoke": {"pre_msgid": "m1"}}
    ingest(write_dump(tmp_path / "d2.jsonl", [recall]), store)
    back = read_store(store)
    assert back.messages["is_recalled"].tolist() == [True, False]
    assert back.recalls["pre_msgid"].tolist() == ["m1"]
    assert read_store(store, columns=["is_recalled"]).messages.columns.tolist() == ["is_recalled"]


def test_quarantine_accumulates_with_files_and_lines(tmp_path):
    store = tmp_path / "store"
    d1 = write_dump(tmp_path / "d1.jsonl", [record("m1", T0)], bad_lines=('{"msgid": "x", "acti',))
    d2 = write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + DAY), record("m3", T0 + DAY)], bad_lines=("not json",))
    ingest(d1, store)
    r = ingest(d2, store)
    assert r["total"]["quarantined"] == 2 and r["reconciles"]
    q = read_store(store).quarantine
    assert list(zip(q["source"], q["line"])) == [(d1.as_posix(), 2), (d2.as_posix(), 3)]
    assert (q["reason"] == "bad_json").all()


def test_leftovers_of_a_failed_run_are_ignored_then_replaced(tmp_path):
    store = tmp_path / "store"
    ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0)]), store)
    stray = store / "consent" / "part-00002.parquet"
    stray.parent.mkdir()
    read_store(store).consent.to_parquet(stray)  # what a crashed run 2 might leave
    assert len(read_store(store).messages) == 1
    ingest(write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + DAY)]), store)
    assert not stray.exists()
    assert read_store(store).messages["msgid"].tolist() == ["m1", "m2"]


# --------------------------------------------------------------------------- filters


def test_date_filters_prune_days_and_rows(sample_store, sample_loaded):
    m = sample_loaded.messages
    since, until = pd.Timestamp("2026-07-05 12:00", tz="Asia/Shanghai"), pd.Timestamp("2026-07-08", tz="Asia/Shanghai")
    expected = m[(m["sent_at"] >= since) & (m["sent_at"] < until)].reset_index(drop=True)
    got = read_store(sample_store, since="2026-07-05 12:00", until="2026-07-08")
    assert 0 < len(got.messages) < len(m)
    pdt.assert_frame_equal(got.messages, expected)
    c = sample_loaded.consent
    pdt.assert_frame_equal(got.consent, c[(c["at"] >= since) & (c["at"] < until)].reset_index(drop=True))
    # tz-aware bounds are converted to the store's zone; the report stays the store's
    utc = read_store(sample_store, since=since.tz_convert("UTC"), until=until.tz_convert("UTC"))
    pdt.assert_frame_equal(utc.messages, expected)
    assert got.report == sample_loaded.report
    assert len(read_store(sample_store, since="2030-01-01").messages) == 0


def test_column_projection(sample_store, sample_loaded):
    got = read_store(sample_store, columns=["text", "msgid", "receiver_ids"]).messages
    assert got.columns.tolist() == ["text", "msgid", "receiver_ids"]
    pdt.assert_frame_equal(got, sample_loaded.messages[["text", "msgid", "receiver_ids"]])
    assert got["receiver_ids"].dtype == pd.ArrowDtype(schema.LIST_STR_TYPE)


def test_bad_read_arguments(sample_store):
    with pytest.raises(ValueError, match="unknown message columns \\['nope'\\]"):
        read_store(sample_store, columns=["msgid", "nope"])
    with pytest.raises(ValueError, match="since must be a date"):
        read_store(sample_store, since="yesterday-ish")


# --------------------------------------------------------------------------- errors


def test_non_store_folder_is_a_clear_error(tmp_path, sample_archive_dir):
    assert not is_store(tmp_path)
    with pytest.raises(ArchiveError, match="is not a toolkit store"):
        read_store(tmp_path)
    with pytest.raises(ArchiveError, match="store folder not found"):
        read_store(tmp_path / "missing")
    with pytest.raises(ValueError, match="apply to a store folder only"):
        load_archive(sample_archive_dir, since="2026-07-03")


@pytest.mark.parametrize("text, match", [
    ("{not json", "corrupted \\(not valid JSON"),
    ('{"format": "toolkit-archive-store"}', "corrupted \\(missing keys"),
    ("[1, 2]", "corrupted \\(missing keys"),
    ('{"format": "x", "version": 1, "tz": "UTC", "next_row": 0, "report": {}, "repairs": {}, '
     '"files": {}, "runs": []}', "corrupted \\(wrong types of \\['files'\\]"),
])
def test_corrupted_manifest_is_a_clear_error(tmp_path, text, match):
    store = tmp_path / "store"
    ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0)]), store)
    (store / MANIFEST_NAME).write_text(text, encoding="utf-8")
    with pytest.raises(ArchiveError, match=match):
        read_store(store)
    with pytest.raises(ArchiveError, match=match):
        ingest(write_dump(tmp_path / "d2.jsonl", [record("m2", T0)]), store)
    with pytest.raises(ArchiveError, match=match):
        load_archive(store)


def test_ingest_refuses_bad_targets(tmp_path):
    dump = write_dump(tmp_path / "d1.jsonl", [record("m1", T0)])
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    with pytest.raises(ArchiveError, match="non-empty folder without"):
        ingest(dump, busy)
    ingest(dump, tmp_path / "store")
    with pytest.raises(ValueError, match="uses tz 'Asia/Shanghai'"):
        ingest(dump, tmp_path / "store", tz="UTC")
    with pytest.raises(ValueError, match="is a store"):
        ingest(tmp_path / "store", tmp_path / "other")
    with pytest.raises(ArchiveError, match="archive path not found"):
        ingest(tmp_path / "nope.jsonl", tmp_path / "store")


def test_a_store_inside_the_dump_folder_is_not_ingested(tmp_path):
    write_dump(tmp_path / "d1.jsonl", [record("m1", T0)])
    ingest(tmp_path, tmp_path / "store")
    write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + DAY)])
    r = ingest(tmp_path, tmp_path / "store")
    assert r["ingested"] == [(tmp_path / "d2.jsonl").as_posix()]
    assert r["total"]["records_read"] == 2 and r["total"]["quarantined"] == 0


def test_read_store_customer_reads_one_persons_history(tmp_path):
    # Issue 19: one customer's history without loading the whole store (ids scanned, then only those rows read).
    import warnings

    from toolkit.evidence import find_messages
    from toolkit.testing import tiny_archive

    src = Path(tiny_archive().files["source"].iloc[0]).parent
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ingest(src, tmp_path / "store")
        whole = read_store(tmp_path / "store")
        one = read_store(tmp_path / "store", customer="wmB")
    expected = find_messages(whole, customer="wmB")["msgid"].tolist()
    assert one.messages["msgid"].tolist() == expected == ["m003", "m004", "m008", "m009", "m010", "m020", "m021", "m022"]
    assert set(one.consent["customer_id"]) == {"wmB"}
    assert read_store(tmp_path / "store", customer="nobody").messages.empty
    since = read_store(tmp_path / "store", customer="wmB", since="2026-07-02")
    assert since.messages["msgid"].tolist() == ["m020", "m021", "m022"]
    with pytest.raises(ValueError, match="customer must be a non-empty userid"):
        read_store(tmp_path / "store", customer="")

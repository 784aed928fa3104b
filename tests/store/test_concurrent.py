"""toolkit.store.ingest run twice at once: the store lock and the manifest temp file."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import threading
import time
import warnings
from pathlib import Path

import pytest
from filelock import FileLock

from toolkit.archive import load_archive, schema
from toolkit.exceptions import ArchiveError
from toolkit.store import LOCK_NAME, MANIFEST_NAME, StoreBusyError, ingest, is_store, read_store
from toolkit.store import store as store_module

from .conftest import record, write_dump
from .test_store import DAY, T0, assert_archives_equal, linked_dumps, snapshot

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

#: Seconds a child's load_archive sleeps, so that two unlocked ingests would surely overlap.
LOAD_DELAY = 0.3


def _slow_load(seconds: float, started=None):
    """``load_archive`` that sleeps first (and sets ``started`` once inside the ingest)."""
    real = load_archive

    def load(*args, **kwargs):
        if started is not None:
            started.set()
        time.sleep(seconds)
        return real(*args, **kwargs)

    return load


# --------------------------------------------------------------------------- child processes (spawn)


def _ingest_after_barrier(source: str, store: str, out: str, barrier) -> None:
    """Child: start together with the other child, ingest (waiting for the lock), write the report."""
    warnings.simplefilter("ignore")
    store_module.load_archive = _slow_load(LOAD_DELAY)
    barrier.wait(timeout=60)
    report = ingest(source, store, timeout=None)
    Path(out).write_text(json.dumps(report), encoding="utf-8")


def _ingest_and_hang(source: str, store: str, started) -> None:
    """Child: ingest, and hang inside it (lock held) until killed."""
    warnings.simplefilter("ignore")
    store_module.load_archive = _slow_load(600, started)
    ingest(source, store, timeout=None)


# --------------------------------------------------------------------------- two ingests at once


def test_two_processes_ingesting_at_once_are_serialised_and_lose_nothing(tmp_path, sample_archive_dir):
    files = sorted(sample_archive_dir.iterdir())[:4]
    halves = {"a": linked_dumps(tmp_path / "a", files[:2]), "b": linked_dumps(tmp_path / "b", files[2:])}
    store = tmp_path / "store"
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    procs = {
        name: ctx.Process(target=_ingest_after_barrier,
                          args=(str(tmp_path / name), str(store), str(tmp_path / f"{name}.json"), barrier))
        for name in halves
    }
    for p in procs.values():
        p.start()
    for p in procs.values():
        p.join(timeout=120)
    assert {name: p.exitcode for name, p in procs.items()} == {"a": 0, "b": 0}
    reports = {name: json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")) for name in halves}

    # Both succeeded, one after the other, each with its own run number.
    assert sorted(r["run"] for r in reports.values()) == [1, 2]
    first, second = sorted(halves, key=lambda name: reports[name]["run"])
    assert sorted(reports[first]["ingested"]) == sorted(p.as_posix() for p in halves[first])
    assert sorted(reports[second]["ingested"]) == sorted(p.as_posix() for p in halves[second])
    assert reports[second]["total"] == {k: reports["a"]["report"][k] + reports["b"]["report"][k]
                                        for k in schema.REPORT_KEYS}
    assert reports[second]["reconciles"]

    # The manifest lists every file and both runs.
    manifest = json.loads((store / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in manifest["files"]) == sorted(p.as_posix() for p in halves["a"] + halves["b"])
    assert [(r["run"], sorted(r["files"])) for r in manifest["runs"]] == [
        (1, sorted(p.as_posix() for p in halves[first])), (2, sorted(p.as_posix() for p in halves[second]))]

    # Every message of both halves, none doubled; counts add up.
    back = read_store(store)
    loaded = {name: load_archive(tmp_path / name) for name in halves}
    ids = back.messages["msgid"]
    assert not ids.duplicated().any()
    assert set(ids) == set(loaded["a"].messages["msgid"]) | set(loaded["b"].messages["msgid"])
    assert back.report["records_read"] == loaded["a"].report["records_read"] + loaded["b"].report["records_read"]
    assert back.report == reports[second]["total"] and back.reconciles

    # The same store as the two ingests run one after the other, in that order.
    serial = tmp_path / "serial"
    ingest(tmp_path / first, serial)
    ingest(tmp_path / second, serial)
    assert_archives_equal(read_store(serial), back)


def test_two_threads_ingesting_at_once_are_serialised(tmp_path, monkeypatch):
    d1 = write_dump(tmp_path / "d1.jsonl", [record("m1", T0), record("m2", T0 + 60_000)])
    d2 = write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + 60_000), record("m3", T0 + DAY)])
    store = tmp_path / "store"
    monkeypatch.setattr(store_module, "load_archive", _slow_load(0.2))
    barrier = threading.Barrier(2, timeout=30)
    reports: dict[str, dict] = {}

    def run(dump: Path) -> None:
        barrier.wait()
        reports[dump.name] = ingest(dump, store, timeout=None)

    threads = [threading.Thread(target=run, args=(d,)) for d in (d1, d2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(r["run"] for r in reports.values()) == [1, 2]
    back = read_store(store)
    assert sorted(back.messages["msgid"]) == ["m1", "m2", "m3"]
    assert back.report["records_read"] == 4 and back.report["duplicates"] == 1 and back.reconciles
    manifest = json.loads((store / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in manifest["files"]) == [d1.as_posix(), d2.as_posix()]


# --------------------------------------------------------------------------- a busy store


@pytest.mark.parametrize("existing", [True, False], ids=["existing store", "new store"])
def test_busy_store_raises_at_once_and_stays_unchanged(tmp_path, existing):
    store = tmp_path / "store"
    if existing:
        ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0)]), store)
    else:
        store.mkdir()
    dump = write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + DAY)])
    lock = store / LOCK_NAME
    with FileLock(lock):  # another ingest, as far as the store can tell
        before = snapshot(store)
        expected = (f"another ingest into {re.escape(str(store))} is running \\(lock {re.escape(str(lock))}\\); "
                    "wait for it or pass timeout=")
        with pytest.raises(StoreBusyError, match=expected) as info:
            ingest(dump, store)
        assert isinstance(info.value, ArchiveError)
        with pytest.raises(StoreBusyError, match="is running \\(lock .*; waited 0.2 s\\)"):
            ingest(dump, store, timeout=0.2)
        assert snapshot(store) == before
        assert is_store(store) == existing
    r = ingest(dump, store)  # released: the same call goes through
    assert r["run"] == (2 if existing else 1)
    assert read_store(store).messages["msgid"].tolist() == (["m1", "m2"] if existing else ["m2"])


def test_an_ingest_killed_by_sigkill_does_not_block_the_store(tmp_path, sample_archive_dir):
    files = sorted(sample_archive_dir.iterdir())[:2]
    store = tmp_path / "store"
    ingest(linked_dumps(tmp_path / "a", files[:1]), store)
    linked_dumps(tmp_path / "b", files[1:])
    before = snapshot(store)
    ctx = multiprocessing.get_context("spawn")
    started = ctx.Event()
    child = ctx.Process(target=_ingest_and_hang, args=(str(tmp_path / "b"), str(store), started))
    child.start()
    try:
        assert started.wait(timeout=60), "the child never got inside ingest"
        with pytest.raises(StoreBusyError):  # the child holds the lock
            ingest(tmp_path / "b", store)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(timeout=30)
    assert child.exitcode == -signal.SIGKILL
    assert snapshot(store) == before  # the lock file is still there, untouched
    r = ingest(tmp_path / "b", store)  # timeout=0: the OS dropped the dead child's lock
    assert r["run"] == 2 and r["reconciles"]


@pytest.mark.parametrize("timeout, error, match", [
    (-2, ValueError, "timeout must be >= 0 seconds, or None \\(or -1\\) to wait as long as it takes; got -2"),
    (float("nan"), ValueError, "timeout must be >= 0 seconds.*got nan"),
    ("5", TypeError, "timeout must be a number of seconds or None; got str"),
    (True, TypeError, "timeout must be a number of seconds or None; got bool"),
])
def test_bad_timeout_is_refused_before_touching_the_store(tmp_path, timeout, error, match):
    dump = write_dump(tmp_path / "d1.jsonl", [record("m1", T0)])
    with pytest.raises(error, match=match):
        ingest(dump, tmp_path / "store", timeout=timeout)
    assert not (tmp_path / "store").exists()


# --------------------------------------------------------------------------- lock and temp files are no data


def test_lock_file_is_never_taken_for_data(tmp_path):
    dumps = tmp_path / "dumps"
    store = dumps / "store"  # inside the dump folder, holding only the lock: what a killed first ingest leaves
    store.mkdir(parents=True)
    (store / LOCK_NAME).touch()
    assert not is_store(store)
    d1 = write_dump(dumps / "d1.jsonl", [record("m1", T0)])
    r = ingest(dumps, store)
    assert (r["run"], r["ingested"], r["skipped"]) == (1, [d1.as_posix()], [])
    d2 = write_dump(dumps / "d2.jsonl", [record("m2", T0 + DAY)])
    r = ingest(dumps, store)
    assert (r["run"], r["ingested"]) == (2, [d2.as_posix()])
    assert r["skipped"] == [{"file": d1.as_posix(), "reason": "already ingested"}]
    assert r["total"]["records_read"] == 2 and r["total"]["quarantined"] == 0
    assert read_store(store).messages["msgid"].tolist() == ["m1", "m2"]
    assert sorted(p.name for p in store.iterdir() if p.is_file()) == sorted([LOCK_NAME, MANIFEST_NAME])


def test_concurrent_manifest_writes_use_their_own_temp_files(tmp_path, monkeypatch):
    store = tmp_path / "store"
    store.mkdir()
    manifests = [{**store_module._new_manifest("Asia/Shanghai"), "next_row": n} for n in (1, 2)]
    real_replace = os.replace
    barrier = threading.Barrier(2, timeout=10)
    moved: list[str] = []

    def replace(src, dst):
        moved.append(Path(src).name)
        barrier.wait()  # both temp files are written before either is moved
        real_replace(src, dst)

    monkeypatch.setattr(store_module.os, "replace", replace)
    errors: list[BaseException] = []

    def write(manifest: dict) -> None:
        try:
            store_module._write_manifest(store, manifest)
        except BaseException as exc:  # re-raised below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(m,)) for m in manifests]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert len(set(moved)) == 2 and all(name.endswith(".tmp") for name in moved)
    assert json.loads((store / MANIFEST_NAME).read_text(encoding="utf-8")) in manifests
    assert [p.name for p in store.iterdir()] == [MANIFEST_NAME]


def test_a_failed_manifest_write_leaves_the_old_manifest_and_no_temp_file(tmp_path, monkeypatch):
    store = tmp_path / "store"
    ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0)]), store)
    before = (store / MANIFEST_NAME).read_bytes()

    def replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        ingest(write_dump(tmp_path / "d2.jsonl", [record("m2", T0 + DAY)]), store)
    assert (store / MANIFEST_NAME).read_bytes() == before
    assert not list(store.glob(f"{MANIFEST_NAME}.*"))
    monkeypatch.undo()
    assert read_store(store).messages["msgid"].tolist() == ["m1"]
    r = ingest(tmp_path / "d2.jsonl", store)  # the run number is free again: run 2 overwrites its leftovers
    assert r["run"] == 2 and read_store(store).messages["msgid"].tolist() == ["m1", "m2"]

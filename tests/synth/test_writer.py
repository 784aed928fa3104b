"""Tests of the daily-file writer's splicing of planted conversations (toolkit.synth._writer)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from toolkit.synth._writer import ArchiveWriter, Planted

CST = timezone(timedelta(hours=8))
START = date(2026, 7, 1)
START_MS = int(datetime(2026, 7, 1, tzinfo=CST).timestamp() * 1000)
MIN = 60_000


def _writer(folder: Path, **kwargs) -> ArchiveWriter:
    folder.mkdir()
    opts = dict(forms={}, default_form="jsonl", missing_day=None, fault_rate=0.0, seed=0, faults_out=[])
    opts.update(kwargs)
    return ArchiveWriter(folder, START, START_MS, **opts)


def _rec(msgid: str, t: int) -> dict:
    return {"msgid": msgid, "action": "send", "from": "e1", "tolist": ["wmA"], "roomid": "", "msgtime": t,
            "msgtype": "text", "text": {"content": msgid}}


def _fill(w: ArchiveWriter, day: int, n: int = 60) -> None:
    for i in range(n):
        w.add(_rec(f"d{day}_{i}", START_MS + day * 86_400_000 + 9 * 3_600_000 + i * MIN))


def _conv(day: int, minute: int, n: int = 2) -> list[Planted]:
    t0 = START_MS + day * 86_400_000 + 9 * 3_600_000 + minute * MIN + 30_000
    return [Planted({**_rec("", t0 + k * 20_000), "from": "wmB"}, 10**18 + k) for k in range(n)]


def _read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _write_two_days(w: ArchiveWriter, plant: list[Planted] | None) -> None:
    _fill(w, 0)
    if plant:
        w.plant(plant)
    _fill(w, 1)
    w.close()


def test_planted_lines_take_free_seq_values_and_leave_the_rest_unchanged(tmp_path):
    a, b = _writer(tmp_path / "a"), _writer(tmp_path / "b")
    conv = _conv(0, 30)
    _write_two_days(a, conv)
    _write_two_days(b, None)
    for name in ("msgaudit_20260702.jsonl", "msgaudit_20260703.jsonl"):
        got, plain = _read(tmp_path / "a" / name), _read(tmp_path / "b" / name)
        assert [r for r in got if r["from"] != "wmB"] == plain
        seqs = [r["seq"] for r in got]
        assert seqs == sorted(set(seqs))
    planted = [r for r in _read(tmp_path / "a" / "msgaudit_20260702.jsonl") if r["from"] == "wmB"]
    assert [r["msgid"] for r in planted] == [f"{10**18 + k}_{c.rec['msgtime']}_external" for k, c in enumerate(conv)]
    assert a.stats.n_messages == b.stats.n_messages + 2 and a.stats.n_records == b.stats.n_records + 2


def test_without_any_gap_planted_lines_go_last_and_the_cursor_moves_on(tmp_path):
    w = _writer(tmp_path / "a")
    w.r.random = lambda: 0.5  # every step of the cursor is 1: no gap anywhere
    _write_two_days(w, _conv(0, 30))
    day0, day1 = _read(tmp_path / "a" / "msgaudit_20260702.jsonl"), _read(tmp_path / "a" / "msgaudit_20260703.jsonl")
    assert [r["from"] for r in day0[-2:]] == ["wmB", "wmB"]
    seqs = [r["seq"] for r in day0 + day1]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))


def test_files_without_seq_get_planted_lines_in_time_order(tmp_path):
    w = _writer(tmp_path / "a", forms={0: "jsonl_noseq"})
    _write_two_days(w, _conv(0, 30))
    day0 = _read(tmp_path / "a" / "msgaudit_20260702.jsonl")
    assert not any("seq" in r for r in day0)
    times = [r["msgtime"] for r in day0]
    assert times == sorted(times) and [r["from"] for r in day0].count("wmB") == 2


def test_fault_line_numbers_follow_the_planted_lines(tmp_path):
    faults_a: list[tuple] = []
    faults_b: list[tuple] = []
    a = _writer(tmp_path / "a", fault_rate=0.2, faults_out=faults_a)
    b = _writer(tmp_path / "b", fault_rate=0.2, faults_out=faults_b)
    _write_two_days(a, _conv(0, 5, n=3))
    _write_two_days(b, None)
    assert faults_a and [f[:1] + f[2:] for f in faults_a] == [f[:1] + f[2:] for f in faults_b]
    assert any(f[1] != g[1] for f, g in zip(faults_a, faults_b))
    for f, g in zip(faults_a, faults_b):
        lines = (tmp_path / "a" / f[0]).read_bytes().split(b"\n")
        plain = (tmp_path / "b" / g[0]).read_bytes().split(b"\n")
        assert lines[f[1] - 1] == plain[g[1] - 1]


def test_planting_on_the_missing_day_is_refused(tmp_path):
    w = _writer(tmp_path / "a", missing_day=0)
    with pytest.raises(ValueError, match="missing day"):
        w.plant(_conv(0, 30))

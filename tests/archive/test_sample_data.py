"""The loader on the committed sample data, checked against its ground truth."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from toolkit.archive import load_archive, sessionize, validate_messages

from ..conftest import SAMPLE_DATA


@pytest.fixture(scope="module")
def archive():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(
            SAMPLE_DATA / "archive",
            scope=SAMPLE_DATA / "scope.csv",
            rooms=SAMPLE_DATA / "rooms.json",
            staff=SAMPLE_DATA / "staff.csv",
        )


@pytest.fixture(scope="module")
def faults():
    return pd.read_csv(SAMPLE_DATA / "truth" / "faults.csv")


def _with_file(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(file=frame["source"].map(lambda s: Path(s).name))


def test_report_reconciles_and_frames_are_valid(archive):
    r = archive.report
    assert r["records_read"] == r["messages"] + r["consent"] + r["recalls"] + r["switches"] + r["duplicates"] + r["quarantined"]
    assert archive.reconciles
    validate_messages(archive.messages)
    assert archive.messages["msgid"].is_unique
    assert 50_000 <= r["messages"] <= 100_000


def test_every_planted_fault_is_handled_as_the_truth_says(archive, faults):
    q = _with_file(archive.quarantine)
    quarantined = {(f, ln): reason for f, ln, reason in zip(q["file"], q["line"], q["reason"])}
    m = _with_file(archive.messages)
    loaded = set(zip(m["file"], m["line"]))
    for row in faults.itertuples():
        key = (row.file, row.line)
        if row.expected == "loaded":
            assert key in loaded, row
        elif row.expected == "duplicate":
            assert key not in loaded and key not in quarantined, row
        else:
            assert quarantined.get(key) == row.expected, row
    # and nothing else was quarantined
    assert len(q) == int((~faults["expected"].isin(["loaded", "duplicate"])).sum())
    assert archive.report["duplicates"] == int((faults["expected"] == "duplicate").sum())


def test_repairs_match_the_planted_faults(archive, faults):
    kinds = faults["kind"].value_counts()
    assert archive.repairs["time_in_seconds"] == kinds["time_in_seconds"]
    assert archive.repairs["control_characters"] == kinds["control_chars"]


def test_at_least_twenty_msgtypes_and_all_chat_types(archive):
    assert archive.messages["msgtype"].nunique() >= 20
    assert set(archive.messages["chat_type"]) == {"single", "group", "internal"}
    assert set(archive.messages["sender_kind"]) == {"employee", "external", "robot"}


def test_side_tables_loaded(archive):
    assert archive.scope is not None and len(archive.scope) > 0
    assert archive.rooms is not None and archive.room_members is not None
    assert set(archive.messages.loc[archive.messages.chat_type == "group", "roomid"]) <= set(archive.rooms["roomid"])
    assert archive.staff["successor"].notna().any()


def test_sessionize_on_sample(archive):
    conv = sessionize(archive.messages)
    assert conv["n_messages"].sum() == len(archive.messages)
    assert conv["conversation_id"].is_unique

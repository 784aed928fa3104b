"""toolkit.store.ingest: a msgid stored by an earlier run, arriving again (issue 17, integrity).

Same content: a duplicate, as before. Other content: a ``conflicting_duplicate`` in
the store's quarantine, with a warning; the stored (first) version is kept.
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
import warnings
from pathlib import Path

import pandas.testing as pdt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.archive import load_archive, schema
from toolkit.exceptions import QuarantineWarning
from toolkit.store import MANIFEST_NAME, ingest, read_store

from .conftest import record, write_dump
from .test_store import DAY, T0

STORE_CONFLICT = r"1 record\(s\) reuse a msgid the store already holds"

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # the loader's own warnings


def quiet_ingest(source, store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ingest(source, store)


def store_warnings(source, store) -> tuple[dict, list[str]]:
    """``ingest``, and the texts of the QuarantineWarnings about the store's conflicts."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = ingest(source, store)
    texts = [str(w.message) for w in caught if issubclass(w.category, QuarantineWarning)]
    return r, [t for t in texts if "the store already holds" in t]


def counts(**kw) -> dict[str, int]:
    return {k: kw.get(k, 0) for k in schema.REPORT_KEYS}


def image(msgid: str, ms: int, md5: str = "9db0", **extra) -> dict:
    rec = record(msgid, ms, msgtype="image", image={"md5sum": md5, "filesize": 6810, "sdkfileid": "kcyZ"}, **extra)
    del rec["text"]
    return rec


# --------------------------------------------------------------------------- messages


def test_a_msgid_stored_with_other_content_is_quarantined_and_the_stored_version_kept(tmp_path):
    store = tmp_path / "store"
    d1 = write_dump(tmp_path / "d1.jsonl", [record("m1", T0, "我要退款"), record("m2", T0 + 60_000)])
    quiet_ingest(d1, store)

    # Run 2: m1 again, identical (another pull, another seq): a plain duplicate, no warning.
    d2 = write_dump(tmp_path / "d2.jsonl", [record("m1", T0, "我要退款", seq=42), record("m3", T0 + DAY)])
    r2, said = store_warnings(d2, store)
    assert said == []
    assert (r2["duplicates_in_store"], r2["conflicts_in_store"]) == (1, 0)
    assert r2["report"] == counts(records_read=2, messages=1, duplicates=1)

    # Run 3: m1 with other text (line 1), then m1 with another sender (line 3). The store
    # catches the first (its m1 differs), the loader the second (it differs from line 1).
    d3 = write_dump(tmp_path / "d3.jsonl", [record("m1", T0, "我不要退款"), record("m4", T0 + DAY),
                                            record("m1", T0, "我要退款", **{"from": "wmCust2"})])
    with pytest.warns(QuarantineWarning, match=STORE_CONFLICT + r" .*conflicting_duplicate"):
        r3 = ingest(d3, store)
    assert (r3["duplicates_in_store"], r3["conflicts_in_store"]) == (0, 1)
    assert r3["report"] == counts(records_read=3, messages=1, quarantined=2)

    # Run 4: m1 with another sender alone: the store compares the sender too.
    d4 = write_dump(tmp_path / "d4.jsonl", [record("m1", T0, "我要退款", **{"from": "wmCust2"})])
    r4, said = store_warnings(d4, store)
    assert len(said) == 1 and said[0].startswith("1 record(s)")
    assert r4["report"] == counts(records_read=1, quarantined=1) and r4["conflicts_in_store"] == 1

    back = read_store(store)
    m = back.messages.set_index("msgid")
    assert back.messages["msgid"].tolist() == ["m1", "m2", "m3", "m4"]
    assert m.loc["m1", ["text", "sender_id", "source"]].tolist() == ["我要退款", "wmCust1", d1.as_posix()]

    q = back.quarantine
    assert list(zip(q["source"], q["line"], q["reason"])) == [
        (d3.as_posix(), 1, "conflicting_duplicate"),  # the store's
        (d3.as_posix(), 3, "conflicting_duplicate"),  # the loader's
        (d4.as_posix(), 1, "conflicting_duplicate"),
    ]
    stored_at = f"msgid m1 is already in the store (run 1, {d1.as_posix()}) with other content"
    assert q["detail"].iloc[0].startswith(stored_at) and q["detail"].iloc[2].startswith(stored_at)
    assert "我不要退款" in q["raw"].iloc[0] and "wmCust2" in q["raw"].iloc[2]  # the other versions are kept
    assert json.loads(q["raw"].iloc[2])["sender_id"] == "wmCust2"

    assert r4["total"] == back.report == counts(records_read=8, messages=4, duplicates=1, quarantined=3)
    assert r4["reconciles"] and back.reconciles
    files = back.files.set_index("source")
    assert files.loc[d3.as_posix(), ["records_read", "messages", "duplicates", "quarantined"]].tolist() == [3, 1, 0, 2]
    assert files[list(schema.REPORT_KEYS[1:])].sum(axis=1).tolist() == files["records_read"].tolist()
    manifest = json.loads((store / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert [r["conflicts_in_store"] for r in manifest["runs"]] == [0, 0, 1, 1]


@pytest.mark.parametrize("again, conflicts", [
    (record("m1", T0 + 1000), 1),  # other time
    (record("m1", T0, tolist=["lisi"]), 1),  # other receivers
    (record("m1", T0, tolist=["zhangsan", "lisi"]), 1),
    (record("m1", T0, roomid="wrRoom1"), 1),  # in a group
    (record("m1", T0, "  电池保修多久？ "), 0),  # the loader strips text: the same
    (record("m1", T0, seq=7), 0),  # another pull cursor: the same
    (image("m1", T0), 1),  # other msgtype
])
def test_each_content_field_is_compared(tmp_path, again, conflicts):
    store = tmp_path / "store"
    quiet_ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0)]), store)
    r = quiet_ingest(write_dump(tmp_path / "d2.jsonl", [again]), store)
    assert (r["conflicts_in_store"], r["duplicates_in_store"]) == (conflicts, 1 - conflicts)
    assert read_store(store).messages["text"].tolist() == ["电池保修多久？"]
    assert r["reconciles"]


@pytest.mark.parametrize("again, conflicts", [
    (image("m1", T0, seq=3), 0),  # no text on either side: equal
    (image("m1", T0, md5="ffff"), 1),  # other media
    (image("m1", T0, roomid="wrRoom1", tolist=[]), 1),
])
def test_media_fields_and_missing_values_are_compared(tmp_path, again, conflicts):
    store = tmp_path / "store"
    quiet_ingest(write_dump(tmp_path / "d1.jsonl", [image("m1", T0)]), store)
    r = quiet_ingest(write_dump(tmp_path / "d2.jsonl", [again]), store)
    assert (r["conflicts_in_store"], r["duplicates_in_store"]) == (conflicts, 1 - conflicts)
    assert read_store(store).messages["md5sum"].tolist() == ["9db0"]


def test_a_group_message_without_receivers_is_a_duplicate_of_itself(tmp_path):
    store = tmp_path / "store"
    group = record("m1", T0, roomid="wrRoom1", tolist=[])
    quiet_ingest(write_dump(tmp_path / "d1.jsonl", [group]), store)
    r = quiet_ingest(write_dump(tmp_path / "d2.jsonl", [group, record("m2", T0)]), store)
    assert (r["duplicates_in_store"], r["conflicts_in_store"]) == (1, 0)


# --------------------------------------------------------------------------- consent, recalls, switches


def consent(msgid: str, status: str = "agree", customer: str = "wmCust1") -> dict:
    return {"msgid": msgid, "action": "send", "from": customer, "tolist": ["zhangsan"], "roomid": "",
            "msgtime": T0, "msgtype": status, status: {"userid": customer, f"{status}_time": T0}}


def recall(msgid: str, pre: str = "m1") -> dict:
    return {"msgid": msgid, "action": "recall", "from": "zhangsan", "msgtime": T0 + 5000, "revoke": {"pre_msgid": pre}}


def switch(msgid: str, user: str = "zhangsan") -> dict:
    return {"msgid": msgid, "action": "switch", "time": T0 + 9000, "user": user}


def test_consent_recalls_and_switches_follow_the_same_rule(tmp_path):
    store = tmp_path / "store"
    firsts = [record("m1", T0), consent("c1"), recall("r1"), switch("s1")]
    quiet_ingest(write_dump(tmp_path / "d1.jsonl", firsts), store)
    same = quiet_ingest(write_dump(tmp_path / "d2.jsonl", [consent("c1"), recall("r1"), switch("s1")]), store)
    assert (same["duplicates_in_store"], same["conflicts_in_store"]) == (3, 0)

    d3 = write_dump(tmp_path / "d3.jsonl",
                    [consent("c1", "disagree"), recall("r1", pre="m2"), switch("s1", user="lisi")])
    with pytest.warns(QuarantineWarning, match=r"3 record\(s\) reuse a msgid the store already holds"):
        other = ingest(d3, store)
    assert (other["duplicates_in_store"], other["conflicts_in_store"]) == (0, 3)
    assert other["report"] == counts(records_read=3, quarantined=3)

    back = read_store(store)
    assert back.consent["status"].tolist() == ["agree"]
    assert back.recalls["pre_msgid"].tolist() == ["m1"]
    assert back.switches["user_id"].tolist() == ["zhangsan"]
    q = back.quarantine
    assert q["line"].tolist() == [1, 2, 3] and (q["reason"] == "conflicting_duplicate").all()
    assert [d.split(" is already")[0] for d in q["detail"]] == ["msgid c1", "msgid r1", "msgid s1"]
    assert back.reconciles


def test_a_msgid_stored_as_another_kind_of_record_conflicts(tmp_path):
    store = tmp_path / "store"
    quiet_ingest(write_dump(tmp_path / "d1.jsonl", [record("m1", T0), switch("x1")]), store)
    with pytest.warns(QuarantineWarning, match=r"2 record\(s\) reuse a msgid the store already holds"):
        r = ingest(write_dump(tmp_path / "d2.jsonl", [record("x1", T0), recall("m1")]), store)
    assert r["report"] == counts(records_read=2, quarantined=2)
    back = read_store(store)
    assert back.messages["msgid"].tolist() == ["m1"] and back.recalls.empty
    assert back.switches["msgid"].tolist() == ["x1"]
    assert back.quarantine["detail"].str.contains(r"\(run 1, .*d1\.jsonl\)").all()


# --------------------------------------------------------------------------- real-shaped data


def test_the_sample_archive_again_in_other_files_is_all_duplicates(tmp_path, sample_archive_dir):
    # The same records in other bytes (gzip undone or added): new files, every record a duplicate,
    # none a conflict (media, groups, consent, recalls, missing values all compare equal).
    picked = [f for f in sorted(sample_archive_dir.iterdir()) if not f.name.endswith(".gz")][:2]
    picked += sorted(sample_archive_dir.glob("*.gz"))[:3]
    first, again = tmp_path / "first", tmp_path / "again"
    first.mkdir()
    again.mkdir()
    for f in picked:
        shutil.copy(f, first / f.name)
        if f.name.endswith(".gz"):
            (again / f.name[:-3]).write_bytes(gzip.decompress(f.read_bytes()))
        elif f.name.endswith(".jsonl"):
            (again / (f.name + ".gz")).write_bytes(gzip.compress(f.read_bytes()))
        else:
            (again / f.name).write_bytes(f.read_bytes() + b"\n")
    store = tmp_path / "store"
    r1 = quiet_ingest(first, store)
    before = read_store(store)
    r2, said = store_warnings(again, store)
    assert said == [] and r2["conflicts_in_store"] == 0
    stored = sum(r1["report"][k] for k in ("messages", "consent", "recalls", "switches"))
    assert r2["duplicates_in_store"] == stored > 4000
    assert r2["report"]["records_read"] == r1["report"]["records_read"]
    assert r2["report"]["quarantined"] == r1["report"]["quarantined"] and r2["reconciles"]
    after = read_store(store)
    for name in ("messages", "consent", "recalls", "switches"):
        pdt.assert_frame_equal(getattr(after, name), getattr(before, name), obj=name)


# --------------------------------------------------------------------------- property: runs == one load

VERSIONS = (
    {},
    {"text": {"content": "我要退款"}},
    {"from": "wmCust2"},
    {"msgtime": T0 + 1000},
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=st.lists(st.dictionaries(st.sampled_from(["m1", "m2", "m3"]), st.integers(0, len(VERSIONS) - 1),
                                     min_size=1), min_size=1, max_size=4))
def test_ingesting_run_by_run_keeps_and_counts_what_one_load_does(runs):
    # One file per run, each msgid at most once in it: the store across runs must decide
    # exactly as load_archive over all the files at once (first version kept, identical
    # re-deliveries duplicates, other versions conflicting duplicates).
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        dumps = []
        for k, versions in enumerate(runs):
            recs = [{**record(m, T0, seq=k), **VERSIONS[v]} for m, v in versions.items()]  # seq: other bytes
            dumps.append(write_dump(d / f"d{k}.jsonl", recs))
        for f in dumps:
            quiet_ingest(f, d / "store")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            once = load_archive(dumps)
        back = read_store(d / "store")
        assert back.report == once.report and back.reconciles
        cols = ["msgid", "sender_id", "sent_at", "text", "source", "line"]
        pdt.assert_frame_equal(back.messages[cols], once.messages[cols])
        where = ["source", "line", "reason"]
        pdt.assert_frame_equal(back.quarantine[where], once.quarantine[where])

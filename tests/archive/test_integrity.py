"""Issue 17: the loader never loses data silently and one file never stops a folder.

One regression test per hostile probe of the issue, then a Hypothesis test
that feeds whole files of mutated bytes.
"""

from __future__ import annotations

import gzip
import json
import os
import threading
import warnings
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from toolkit.archive import load_archive
from toolkit.archive._read import detect_encoding
from toolkit.exceptions import (
    ArchiveError,
    EmptyArchiveError,
    EncryptedRecordWarning,
    QuarantineWarning,
    SkippedFileWarning,
)

from .test_load import env, load, reconciles, write_jsonl

QUESTIONS = ["发票怎么开？", "退货要几天", "我的订单还没到", "好的谢谢", "麻烦帮我查一下物流", "電池保修多久"]
# Traditional phrasings, for Big5 (which has no simplified characters).
TRADITIONAL = ["發票怎麼開？", "退貨要幾天", "我的訂單還沒到", "好的謝謝", "麻煩幫我查一下物流", "電池保修多久"]


def chat(n: int, start: int = 0, texts=QUESTIONS) -> list[dict]:
    return [env(start + i, "text", text={"content": texts[i % len(texts)] + str(i)}) for i in range(n)]


def lines_of(records) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def quiet_load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(path, **kw)


# --------------------------------------------------------------------------- silent loss


def test_a_jsonl_file_whose_first_line_is_an_array_is_read_as_lines(tmp_path):
    # Before: taken for an array file; reading stopped at the first "]" (records_read = 1, 48 lines gone).
    first = json.dumps([env(0, "text", text={"content": "数组"})], ensure_ascii=False)
    (tmp_path / "d.jsonl").write_text(first + "\n" + lines_of(chat(48, start=1)), encoding="utf-8")
    a = load(tmp_path / "d.jsonl")
    assert a.report["records_read"] == 49 and a.report["messages"] == 48
    assert a.quarantine[["line", "reason"]].values.tolist() == [[1, "not_an_object"]]
    assert reconciles(a)


def test_a_pretty_printed_array_is_still_an_array(tmp_path):
    (tmp_path / "d.json").write_text(json.dumps(chat(3), ensure_ascii=False, indent=2), encoding="utf-8")
    assert quiet_load(tmp_path / "d.json").report["messages"] == 3


def test_a_conflicting_duplicate_is_quarantined_with_a_warning_and_identical_ones_stay_duplicates(tmp_path):
    first = env(1, "text", text={"content": "我要退款"})
    same = {**first, "seq": 99}  # a re-delivery from another pull: same content, another cursor
    other_text = env(1, "text", text={"content": "我不要退款"})
    other_sender = {**first, "from": "lisi"}
    write_jsonl(tmp_path / "a.jsonl", [first, same])
    write_jsonl(tmp_path / "b.jsonl", [other_text, other_sender])
    with pytest.warns(QuarantineWarning, match=r"2 record\(s\) reuse a msgid .*conflicting_duplicate"):
        a = load_archive(tmp_path)
    assert a.report["messages"] == 1 and a.report["duplicates"] == 1 and a.report["quarantined"] == 2
    assert a.messages["text"].tolist() == ["我要退款"]  # the first version is loaded
    q = a.quarantine
    assert q["reason"].tolist() == ["conflicting_duplicate"] * 2
    assert [Path(s).name for s in q["source"]] == ["b.jsonl", "b.jsonl"] and q["line"].tolist() == [1, 2]
    assert "我不要退款" in q["raw"].iloc[0]  # the other version is kept, not lost
    assert reconciles(a)


def test_conflicting_consent_recall_and_switch_records(tmp_path):
    recs = [
        {"msgid": "r1", "action": "recall", "from": "zs", "msgtime": 1751330000000, "revoke": {"pre_msgid": "m1"}},
        {"msgid": "r1", "action": "recall", "from": "zs", "msgtime": 1751330000000, "revoke": {"pre_msgid": "m2"}},
        {"msgid": "s1", "action": "switch", "time": 1751330000000, "user": "zs"},
        {"msgid": "s1", "action": "switch", "time": 1751330000000, "user": "zs"},
    ]
    a = load(write_jsonl(tmp_path / "d.jsonl", recs))
    assert (a.report["recalls"], a.report["switches"], a.report["duplicates"], a.report["quarantined"]) == (1, 1, 1, 1)
    assert a.quarantine["reason"].tolist() == ["conflicting_duplicate"]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "big5", "utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_files_in_other_encodings_are_decoded_not_replaced(tmp_path, encoding):
    # Before: GB18030 loaded as U+FFFD (发票怎么开 -> ��Ʊ��ô��); UTF-16 gave only bad_json.
    recs = chat(30, texts=TRADITIONAL if encoding == "big5" else QUESTIONS)
    if encoding == "gbk":
        recs = [r for r in recs if "電" not in r["text"]["content"]]  # GBK has no traditional 電
    (tmp_path / "d.jsonl").write_bytes(lines_of(recs).encode(encoding))
    a = quiet_load(tmp_path / "d.jsonl")
    assert a.messages["text"].tolist() == [r["text"]["content"] for r in recs]
    assert not a.messages["text"].str.contains("\ufffd").any()
    assert a.report["quarantined"] == 0
    if encoding not in ("utf-8-sig",):
        assert sum(v for k, v in a.repairs.items() if k.startswith("decoded_")) == len(recs)


def test_a_gzip_gb18030_file_and_a_gb_line_inside_a_utf8_file(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines_of(chat(5)).encode("gb18030")))
    mixed = lines_of(chat(3, start=10)).encode("utf-8") + lines_of(chat(1, start=20)).encode("gb18030")
    (tmp_path / "b.jsonl").write_bytes(mixed)
    a = quiet_load(tmp_path)
    assert a.report["messages"] == 9
    assert not a.messages["text"].str.contains("\ufffd").any()
    assert a.repairs["decoded_gb18030"] == 6


def test_a_stray_byte_in_a_utf8_file_is_still_replaced_and_counted(tmp_path):
    data = lines_of(chat(20)).encode("utf-8").replace("退货".encode(), b"\xff\xfe" + "货".encode(), 1)
    (tmp_path / "d.jsonl").write_bytes(data)
    a = quiet_load(tmp_path / "d.jsonl")
    assert a.report["messages"] == 20
    assert a.messages["text"].str.contains("\ufffd").sum() == 1 == a.repairs["invalid_utf8"]


def test_a_file_in_no_known_encoding_is_not_loaded_as_replacement_characters(tmp_path):
    junk = bytes(range(0x80, 0x100)) * 64
    (tmp_path / "d.jsonl").write_bytes(junk)
    write_jsonl(tmp_path / "e.jsonl", chat(2))
    a = quiet_load(tmp_path)
    assert a.report["messages"] == 2
    assert a.quarantine[["line", "reason"]].values.tolist() == [[0, "unknown_encoding"]]
    assert reconciles(a)


def test_encoding_detection_picks_big5_over_gb18030_for_traditional_text():
    assert detect_encoding(lines_of(chat(20, texts=TRADITIONAL)).encode("big5"))[0] == "big5"
    assert detect_encoding(lines_of(chat(20)).encode("gb18030"))[0] == "gb18030"


# --------------------------------------------------------------------------- one file must not stop a folder


def test_a_line_nested_100000_deep_is_quarantined(tmp_path):
    # Before: RecursionError, the whole load lost.
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    (tmp_path / "d.jsonl").write_text(lines_of(chat(2)) + deep + "\n" + "[" * 100_000 + "\n", encoding="utf-8")
    a = load(tmp_path / "d.jsonl")
    assert a.report["messages"] == 2 and a.report["quarantined"] == 2
    assert set(a.quarantine["reason"]) == {"bad_json"}
    assert a.quarantine["detail"].str.contains("nested too deeply").all()


def test_a_deeply_nested_array_file_is_quarantined(tmp_path):
    (tmp_path / "d.json").write_text("[" + '{"a":' * 5000 + "1" + "}" * 5000 + "]", encoding="utf-8")
    write_jsonl(tmp_path / "e.jsonl", chat(1))
    a = load(tmp_path)
    assert a.report["messages"] == 1 and a.report["quarantined"] == 1 and reconciles(a)


def test_a_gzip_with_a_bad_checksum_is_one_quarantine_row_and_the_rest_loads(tmp_path):
    # Before: ArchiveError stopped the whole folder.
    data = bytearray(gzip.compress(lines_of(chat(5)).encode()))
    data[-8] ^= 0xFF  # the CRC32 trailer
    (tmp_path / "a.jsonl.gz").write_bytes(bytes(data))
    write_jsonl(tmp_path / "b.jsonl", chat(3, start=10))
    with pytest.warns(QuarantineWarning, match="bad_gzip 1"):
        a = load_archive(tmp_path)
    assert a.report["messages"] == 3  # nothing of the corrupt file, rather than something wrong
    q = a.quarantine.iloc[0]
    assert (Path(q["source"]).name, q["line"], q["reason"]) == ("a.jsonl.gz", 0, "bad_gzip")
    assert "corrupt" in q["detail"]
    files = a.files.set_index(a.files["source"].map(lambda s: Path(s).name))
    assert files.loc["a.jsonl.gz", "quarantined"] == 1
    assert reconciles(a)


def test_a_gzip_cut_short_at_a_line_end_still_leaves_a_trace(tmp_path):
    raw = lines_of(chat(50)).encode()
    comp = zlib.compressobj(wbits=31)
    body = comp.compress(raw) + comp.flush(zlib.Z_SYNC_FLUSH)  # all lines, no end-of-stream marker
    (tmp_path / "d.jsonl.gz").write_bytes(body)
    a = load(tmp_path / "d.jsonl.gz")
    assert a.report["messages"] == 50
    assert a.quarantine[["line", "reason"]].values.tolist() == [[51, "bad_gzip"]]
    assert reconciles(a)


def test_concatenated_gzip_members_are_all_read(tmp_path):
    data = gzip.compress(lines_of(chat(3)).encode()) + gzip.compress(lines_of(chat(2, start=10)).encode())
    (tmp_path / "d.jsonl.gz").write_bytes(data)
    assert quiet_load(tmp_path / "d.jsonl.gz").report["messages"] == 5


def test_a_file_that_fails_while_reading_keeps_what_was_read(tmp_path, monkeypatch):
    from toolkit.archive import _read

    write_jsonl(tmp_path / "d.jsonl", chat(4))
    real = _read._file_chunks

    def failing(path):
        for chunk in real(path):
            yield chunk[: len(chunk) // 2]
            raise _read.FileProblem(_read.Reason.UNREADABLE, "reading the file failed: Input/output error")

    monkeypatch.setattr(_read, "_file_chunks", failing)
    a = load(tmp_path / "d.jsonl")
    assert a.report["quarantined"] >= 1 and "unreadable_file" in set(a.quarantine["reason"])
    assert reconciles(a)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_read(tmp_path):
    # Before: passing a FIFO explicitly hung for ever.
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    write_jsonl(tmp_path / "b.jsonl", chat(1))
    result: dict = {}

    def run():
        result["explicit"] = quiet_load([fifo, tmp_path / "b.jsonl"])
        result["walked"] = quiet_load(tmp_path)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(20)
    assert not t.is_alive(), "loading a FIFO hung"
    explicit, walked = result["explicit"], result["walked"]
    assert explicit.report["messages"] == 1
    assert explicit.quarantine[["line", "reason"]].values.tolist() == [[0, "unreadable_file"]]
    assert "not a regular file" in explicit.quarantine["detail"].iloc[0]
    assert walked.skipped_reasons == {fifo.as_posix(): "not a regular file"}


def test_symlink_loops_and_dangling_links_are_listed_in_skipped(tmp_path):
    write_jsonl(tmp_path / "d.jsonl", chat(1))
    (tmp_path / "loop").symlink_to(tmp_path)  # a folder link back to its parent
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (tmp_path / "self.jsonl").symlink_to(tmp_path / "self.jsonl")
    with pytest.warns(SkippedFileWarning, match="3 path"):
        a = load_archive(tmp_path)
    assert a.report["messages"] == 1
    reasons = {Path(k).name: v for k, v in a.skipped_reasons.items()}
    assert reasons["gone.jsonl"] == "dangling symlink"
    assert reasons["loop"].startswith("symlink loop")
    assert "self.jsonl" in reasons
    assert sorted(a.skipped) == sorted(a.skipped_reasons)


def test_a_decompression_bomb_is_refused_by_the_size_limit(tmp_path):
    raw = lines_of(chat(2)).encode() + b" " * 5_000_000 + b"\n"
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(raw))
    write_jsonl(tmp_path / "ok.jsonl", chat(1, start=10))
    a = load(tmp_path, max_file_bytes=1_000_000)
    assert a.report["messages"] == 1
    q = a.quarantine.iloc[0]
    assert (Path(q["source"]).name, q["reason"]) == ("bomb.jsonl.gz", "too_large")
    assert "max_file_bytes=1,000,000" in q["detail"]
    assert quiet_load(tmp_path).report["messages"] == 3  # the default limit (4 GiB) reads it
    with pytest.raises(ValueError, match="max_file_bytes"):
        load_archive(tmp_path, max_file_bytes=0)


# --------------------------------------------------------------------------- wrong counts and unclear reasons


def test_a_compact_getchatdata_response_on_one_line_yields_its_records(tmp_path):
    # Before: one record "missing action"; the encrypted item lost its decryption advice.
    resp = {"errcode": 0, "errmsg": "ok", "chatdata": [
        {"seq": 1, "msgid": "m1", "message": env(1, "text", text={"content": "一"})},
        {"seq": 2, "msgid": "e2", "publickey_ver": 2, "encrypt_random_key": "k", "encrypt_chat_msg": "c"},
        env(3, "text", text={"content": "三"}),
    ]}
    (tmp_path / "resp.json").write_text(json.dumps(resp, ensure_ascii=False), encoding="utf-8")
    with pytest.warns(EncryptedRecordWarning, match="decrypt"):
        a = load_archive(tmp_path / "resp.json")
    assert a.report["records_read"] == 3 and a.report["messages"] == 2
    assert a.quarantine["reason"].tolist() == ["encrypted"]
    assert a.quarantine["detail"].iloc[0].startswith("chatdata item 2")


def test_a_bom_in_the_middle_of_a_file_is_a_repair_not_a_quarantine(tmp_path):
    data = ("\ufeff" + lines_of(chat(2)) + "\ufeff" + lines_of(chat(2, start=10))).encode("utf-8")
    (tmp_path / "d.jsonl").write_bytes(data)
    a = quiet_load(tmp_path / "d.jsonl")
    assert a.report["messages"] == 4 and a.report["quarantined"] == 0
    assert a.repairs == {"byte_order_mark": 1}


def test_lone_carriage_returns_separate_records(tmp_path):
    data = "\r".join(json.dumps(r, ensure_ascii=False) for r in chat(3)) + "\n" + lines_of(chat(1, start=10))
    (tmp_path / "d.jsonl").write_text(data, encoding="utf-8", newline="")
    a = quiet_load(tmp_path / "d.jsonl")
    assert a.report["messages"] == 4 and a.report["records_read"] == 4 and a.report["quarantined"] == 0
    assert a.repairs == {"carriage_return_lines": 1}


def test_nan_in_a_field_is_counted_as_nonstandard_json_not_control_characters(tmp_path):
    line = json.dumps(env(1, "image", image={"md5sum": "x", "sdkfileid": "y"}))[:-1] + ', "filesize_extra": NaN}'
    (tmp_path / "d.jsonl").write_text(line + "\n", encoding="utf-8")
    a = quiet_load(tmp_path / "d.jsonl")
    assert a.report["messages"] == 1
    assert a.repairs == {"nonstandard_json": 1}


def test_msgtime_zero_is_quarantined_as_bad_time_with_its_record_kept(tmp_path):
    # The choice is explained in the README: a message without a time cannot be placed in its chat.
    rec = {**env(1, "text", text={"content": "没有时间的消息"}), "msgtime": 0}
    a = load(write_jsonl(tmp_path / "d.jsonl", [rec]))
    q = a.quarantine.iloc[0]
    assert q["reason"] == "bad_time" and "没有时间的消息" in q["raw"]


def test_errors_raise_names_the_file_for_file_level_problems(tmp_path):
    (tmp_path / "d.jsonl").write_bytes(bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ArchiveError, match=r"d\.jsonl: unknown_encoding"):
        load_archive(tmp_path / "d.jsonl", errors="raise")


# --------------------------------------------------------------------------- fuzz: whole files of mutated bytes

_BASE = [env(i, "text", text={"content": QUESTIONS[i % len(QUESTIONS)] + "，谢谢" * (i % 3)}) for i in range(8)] + [
    {"msgid": "r1", "action": "recall", "from": "zhangsan", "msgtime": 1751330009000, "revoke": {"pre_msgid": "m1"}},
    env(9, "disagree", sender="wmCust1", to=("zhangsan",), disagree={"userid": "wmCust1", "disagree_time": 1751330009}),
]
_REPAIRS_THAT_REPLACE = ("invalid_utf8", "undecodable_bytes")


@st.composite
def mutated_file(draw):
    layout = draw(st.sampled_from(["lines", "array", "object"]))
    recs = _BASE[: draw(st.integers(1, len(_BASE)))]
    if layout == "lines":
        text = lines_of(recs)
    elif layout == "array":
        text = json.dumps(recs, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    else:
        text = json.dumps({"errcode": 0, "errmsg": "ok", "chatdata": recs}, ensure_ascii=False, indent=2)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    data = bytearray(text.encode(encoding))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["flip", "cut", "repeat", "splice", "crlf"]))
        if not data:
            break
        a = draw(st.integers(0, len(data) - 1))
        b = draw(st.integers(a, min(len(data), a + 200)))
        if op == "flip":
            data[a] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[a:b]
        elif op == "repeat":
            data[b:b] = data[a:b]
        elif op == "splice":
            c = draw(st.integers(0, len(data)))
            data[c:c] = data[a:b]
        else:
            data[a:a] = b"\r"
    compress = draw(st.sampled_from(["none", "gzip", "gzip-mutated"]))
    if compress != "none":
        data = bytearray(gzip.compress(bytes(data), mtime=0))
        if compress == "gzip-mutated":
            a = draw(st.integers(0, len(data) - 1))
            if draw(st.booleans()):
                data[a] ^= draw(st.integers(1, 255))
            else:
                del data[a:]
    return bytes(data), compress != "none"


_ARCHIVE_KEYS = {"msgid", "action", "msgtype", "msgtime", "seq", "encrypt_chat_msg", "chatdata", "message", "msg",
                 "chat_msg", "decrypted", "decrypt_chat_msg", "plaintext", "data"}


def _holds_no_record(data: bytes, gz: bool) -> bool:
    """No record to load: blank, an empty array or chatdata list, or a side file (first records without archive keys)."""
    try:
        data = gzip.decompress(data) if gz else data
    except (OSError, EOFError, zlib.error):
        return False  # a file that cannot be decompressed is a quarantine row, so the load is not empty
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = data.decode(encoding).strip().lstrip("\ufeff").strip()
        except UnicodeDecodeError:
            continue
        if not text:
            return True
        try:
            whole = json.loads(text)
            objs = whole[:5] if isinstance(whole, list) and whole else [whole]
        except ValueError:
            try:
                objs = [json.loads(ln) for ln in text.splitlines() if ln.strip()][:5]
            except ValueError:
                continue
        if objs == [[]] or (len(objs) == 1 and isinstance(objs[0], dict) and objs[0].get("chatdata") == []):
            return True
        if objs and all(isinstance(o, dict) and o and not (o.keys() & _ARCHIVE_KEYS) for o in objs):
            return True  # skipped as not an archive file, with a SkippedFileWarning
    return False


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(mutated_file(), min_size=1, max_size=3))
def test_whole_files_of_mutated_bytes_never_crash_and_always_reconcile(tmp_path_factory, files):
    d = tmp_path_factory.mktemp("fuzz")
    for k, (data, gz) in enumerate(files):
        (d / f"f{k}.jsonl{'.gz' if gz else ''}").write_bytes(data)
    try:
        a = quiet_load(d)
    except EmptyArchiveError:
        # Only when no file holds a record: blank files, an empty array or chatdata list.
        assert all(_holds_no_record(data, gz) for data, gz in files)
        event("empty archive")
        return
    event(f"quarantined {min(a.report['quarantined'], 3)}+" if a.report["quarantined"] else "nothing quarantined")
    event("file-level row" if (a.quarantine["line"] == 0).any() else "no file-level row")
    assert reconciles(a)
    assert a.files[["records_read", "messages", "consent", "recalls", "switches", "duplicates", "quarantined"]].sum().to_dict() == a.report
    q = a.quarantine
    assert q["source"].notna().all() and q["line"].notna().all() and q["reason"].notna().all()
    assert (q["line"] >= 0).all() and q["source"].map(lambda s: Path(s).parent == d).all()
    replaced = a.messages["text"].dropna().str.contains("\ufffd").sum()
    if replaced:
        assert sum(a.repairs.get(k, 0) for k in _REPAIRS_THAT_REPLACE) > 0, a.repairs


def test_data_after_an_empty_array_is_quarantined_not_dropped(tmp_path):
    # found by the fuzz test above: "[ ]" then the tail of another file
    (tmp_path / "f0.jsonl").write_bytes(b'[\n    ],\n    "roomid": "",\n    "msgtime": 1751330000000,\n  }\n]')
    a = quiet_load(tmp_path)
    assert a.report["quarantined"] == 1 and a.report["records_read"] == 1
    assert a.quarantine["detail"].str.contains("after the end of the array").all()
    assert reconciles(a)

"""The hostile probes of issue 17, each run against the installed toolkit, with its outcome.

Every probe builds its input in a temporary folder, loads it in a child
process with a time limit (a hang is an outcome too) and prints one line:
what came back (the report, the reasons quarantined, the repairs, what was
skipped) or the exception. Run it against another checkout to compare::

    .venv/bin/python bench/integrity_probes.py                          # this checkout
    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/integrity_probes.py

Results are printed as a table; ``--json PATH`` also writes them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

T0 = 1751330000000
TEXTS = ["发票怎么开", "退货要几天", "我的订单还没到", "好的谢谢", "麻烦帮我查一下物流"]


def rec(i: int, text: str | None = None, **kw) -> dict:
    r = {"msgid": f"m{i}", "action": "send", "from": "wmCust1", "tolist": ["zhangsan"], "roomid": "",
         "msgtime": T0 + i * 1000, "msgtype": "text", "text": {"content": text or TEXTS[i % len(TEXTS)]}}
    r.update(kw)
    return r


def lines(recs) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"


def build(d: Path) -> dict[str, tuple[list[str], dict]]:
    """Each probe: (paths to load, load_archive keyword arguments)."""
    probes: dict[str, tuple[list[str], dict]] = {}

    def probe(name: str, paths: list[Path], **kw) -> None:
        probes[name] = ([p.as_posix() for p in paths], kw)

    p = d / "array_first"
    p.mkdir()
    (p / "d.jsonl").write_text(json.dumps([rec(0)], ensure_ascii=False) + "\n" + lines(rec(i) for i in range(1, 49)), encoding="utf-8")
    probe("JSONL, first line a JSON array (49 lines)", [p / "d.jsonl"])

    p = d / "conflict"
    p.mkdir()
    (p / "a.jsonl").write_text(lines([rec(1, "我要退款")]), encoding="utf-8")
    (p / "b.jsonl").write_text(lines([rec(1, "我不要退款"), rec(1, "我要退款", **{"from": "lisi"})]), encoding="utf-8")
    probe("same msgid, other content (3 records)", [p])

    for enc in ("gb18030", "utf-16"):
        p = d / enc
        p.mkdir()
        (p / "d.jsonl").write_bytes(lines(rec(i) for i in range(10)).encode(enc))
        probe(f"{enc.upper()} file (10 records)", [p / "d.jsonl"])

    p = d / "deep"
    p.mkdir()
    (p / "d.jsonl").write_text(lines([rec(1)]) + '{"a":' * 100_000 + "1" + "}" * 100_000 + "\n", encoding="utf-8")
    probe("one line nested 100,000 deep (+1 good)", [p / "d.jsonl"])

    p = d / "badcrc"
    p.mkdir()
    data = bytearray(gzip.compress(lines(rec(i) for i in range(5)).encode()))
    data[-8] ^= 0xFF
    (p / "a.jsonl.gz").write_bytes(bytes(data))
    (p / "b.jsonl").write_text(lines(rec(i) for i in range(10, 13)), encoding="utf-8")
    probe("corrupt .gz (bad CRC) beside a good file (3)", [p])

    if hasattr(os, "mkfifo"):
        p = d / "fifo"
        p.mkdir()
        os.mkfifo(p / "pipe.jsonl")
        (p / "b.jsonl").write_text(lines([rec(1)]), encoding="utf-8")
        probe("FIFO passed explicitly (+1 good file)", [p / "pipe.jsonl", p / "b.jsonl"])

    p = d / "links"
    p.mkdir()
    (p / "b.jsonl").write_text(lines([rec(1)]), encoding="utf-8")
    (p / "loop").symlink_to(p)
    (p / "gone.jsonl").symlink_to(p / "missing.jsonl")
    probe("symlink loop + dangling link in a folder", [p])

    p = d / "bomb"
    p.mkdir()
    (p / "bomb.jsonl.gz").write_bytes(gzip.compress(lines([rec(1)]).encode() + b" " * 50_000_000 + b"\n"))
    probe("gzip bomb (49 KB -> 50 MB), max_file_bytes=10 MB", [p / "bomb.jsonl.gz"], max_file_bytes=10_000_000)
    one = json.dumps(rec(1), ensure_ascii=False).encode() + b"\n"
    (p / "repeat.jsonl.gz").write_bytes(gzip.compress(one * (210_000_000 // len(one)), compresslevel=9))
    probe("gzip of one line repeated to 210 MB (default limit)", [p / "repeat.jsonl.gz"])

    p = d / "compact"
    p.mkdir()
    resp = {"errcode": 0, "errmsg": "ok", "chatdata": [
        {"seq": 1, "msgid": "m1", "message": rec(1)},
        {"seq": 2, "msgid": "e2", "publickey_ver": 2, "encrypt_random_key": "k", "encrypt_chat_msg": "c"}]}
    (p / "resp.json").write_text(json.dumps(resp, ensure_ascii=False), encoding="utf-8")
    probe("GetChatData response on one line (1 plain, 1 encrypted)", [p / "resp.json"])

    p = d / "bom_mid"
    p.mkdir()
    (p / "d.jsonl").write_bytes(("\ufeff" + lines([rec(1)]) + "\ufeff" + lines([rec(2)])).encode())
    probe("BOM in the middle (files joined, 2 records)", [p / "d.jsonl"])

    p = d / "lone_cr"
    p.mkdir()
    (p / "d.jsonl").write_bytes("\r".join(json.dumps(rec(i), ensure_ascii=False) for i in range(3)).encode() + b"\n")
    probe("lone CR line separators (3 records)", [p / "d.jsonl"])

    p = d / "nan"
    p.mkdir()
    (p / "d.jsonl").write_text(json.dumps(rec(1))[:-1] + ', "extra": NaN}\n', encoding="utf-8")
    probe("NaN in a non-time field", [p / "d.jsonl"])

    p = d / "msgtime0"
    p.mkdir()
    (p / "d.jsonl").write_text(lines([rec(1, msgtime=0)]), encoding="utf-8")
    probe("msgtime 0", [p / "d.jsonl"])
    return probes


CHILD = textwrap.dedent(
    """
    import json, resource, sys, warnings
    warnings.simplefilter("ignore")
    from toolkit.archive import load_archive
    paths, kw = json.loads(sys.argv[1])
    try:
        a = load_archive(paths if len(paths) > 1 else paths[0], **kw)
    except BaseException as exc:
        print(json.dumps({"error": f"{type(exc).__name__}: {str(exc)[:90]}"}))
    else:
        r = a.report
        out = {"read": r["records_read"], "loaded": r["messages"] + r["consent"] + r["recalls"] + r["switches"],
               "dup": r["duplicates"], "quar": r["quarantined"],
               "reasons": sorted(set(a.quarantine["reason"])), "repairs": a.repairs,
               "skipped": len(a.skipped),
               "fffd": int(a.messages["text"].dropna().str.contains("\\ufffd").sum()),
               "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}
        print(json.dumps(out, ensure_ascii=False))
    """
)


def run(paths: list[str], kw: dict, timeout: float) -> str:
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, json.dumps([paths, kw])], capture_output=True, text=True,
                             timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"hangs (killed after {timeout:.0f} s)"
    line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip().splitlines()[-1]
    try:
        got = json.loads(line)
    except json.JSONDecodeError:
        return line[:120]
    if "error" in got:
        return got["error"]
    parts = [f"read {got['read']} = loaded {got['loaded']} + dup {got['dup']} + quarantined {got['quar']}"]
    if got["reasons"]:
        parts.append("reasons " + ",".join(got["reasons"]))
    if got["repairs"]:
        parts.append("repairs " + ",".join(f"{k}={v}" for k, v in got["repairs"].items()))
    if got["skipped"]:
        parts.append(f"skipped {got['skipped']}")
    if got["fffd"]:
        parts.append(f"{got['fffd']} texts with U+FFFD")
    parts.append(f"peak RSS {got['rss_mb']} MB")
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a probe counts as hanging")
    parser.add_argument("--json", type=Path, help="also write the outcomes here")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(prefix="integrity_probes_") as tmp:
        for name, (paths, kw) in build(Path(tmp)).items():
            results[name] = run(paths, kw, args.timeout)
            print(f"{name:<58} {results[name]}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

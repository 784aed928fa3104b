"""Benchmark: evidence search on about 1M loaded messages, beside the plain pandas code.

Goal (issue 19)
---------------
A keyword search over 1M loaded messages in at most 1 s on 2 cores; one
customer's history read from a Parquet store without loading the whole store.

Methods, in one process on the same loaded archive (best of ``--repeat``):

- ``find_messages(contains=...)``: the toolkit (each word also searched in
  its simplified/half-width form, conversation ids computed for the hits).
- ``str.contains``: ``m[m["text"].str.contains(word, regex=False, na=False)]``,
  the plain pandas code (vectorised by pandas/Arrow).
- ``python loop``: ``m[[word in t for t in texts]]``, what one writes without
  thinking of vectorising.
- one customer's history: ``find_messages(customer=...)`` against the plain
  ``m[(m.sender_id == c) | m.receiver_ids.apply(lambda r: c in r)]``.

With ``--store`` it also ingests the archive into a store (once, kept in
``bench/_data``) and reads one customer's history from it with
``toolkit.store.read_store(customer=...)`` in a fresh process, against
reading the whole store, reporting time and peak RSS of each.

The archive is the one of ``bench/load.py`` (generated with seed 0 and kept
in ``bench/_data``). Usage::

    .venv/bin/python bench/evidence.py                 # 1M messages
    .venv/bin/python bench/evidence.py --messages 20000 --store

Results go to ``bench/results/evidence.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from load import DATA, _prepare  # noqa: E402

RESULTS = HERE / "results" / "evidence.json"
WORDS = ("退款", "发票", "全额退款")


def _best(fn: Any, repeat: int) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _rss_mb() -> float:
    """Peak RSS of this process image (VmHWM: unlike ru_maxrss, not inherited from a big parent at fork)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _store_child(store: str, customer: str | None) -> None:
    from toolkit.store import read_store

    t = time.perf_counter()
    a = read_store(store, customer=customer) if customer else read_store(store)
    seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "rows": len(a.messages), "peak_rss_mb": _rss_mb()}))


def _store(folder: Path, customer: str) -> dict[str, Any]:
    from toolkit.store import is_store

    store = DATA / (folder.parent.name + "-store")
    if not is_store(store):
        t = time.perf_counter()
        code = f"import warnings; warnings.simplefilter('ignore'); from toolkit.store import ingest; ingest({str(folder)!r}, {str(store)!r})"
        subprocess.run([sys.executable, "-c", code], check=True)
        print(f"ingested into {store} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    out = {}
    for name, who in (("one customer (pushed down)", customer), ("whole store", None)):
        cmd = [sys.executable, __file__, "--_store_child", str(store), who or ""]
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        out[name] = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"  store: {name:<28} {out[name]['seconds']:6.2f} s  {out[name]['rows']:>9,} rows  "
              f"peak RSS {out[name]['peak_rss_mb']:,.0f} MB", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", action="store_true", help="also measure one customer's history read from a store")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--_store_child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._store_child:
        _store_child(args._store_child[0], args._store_child[1] or None)
        return 0

    import numpy as np

    from toolkit.archive import load_archive
    from toolkit.evidence import find_messages

    folder, meta, _ = _prepare(args.messages, False, True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(folder)
    m = archive.messages
    n = len(m)
    print(f"{n:,} messages loaded; peak RSS so far {_rss_mb():,.0f} MB", file=sys.stderr)
    rows = []
    for word in WORDS:
        t_tool, hits = _best(lambda w=word: find_messages(archive, contains=w), args.repeat)
        t_pd, base = _best(lambda w=word: m[m["text"].str.contains(w, regex=False, na=False)], args.repeat)
        texts = m["text"].tolist()
        t_loop, _ = _best(lambda w=word: m[np.fromiter((isinstance(t, str) and w in t for t in texts), bool, len(texts))], 1)
        assert set(base["msgid"]) <= set(hits["msgid"])
        rows.append({"search": f"contains {word}", "hits": len(hits), "toolkit_s": t_tool, "str_contains_s": t_pd,
                     "python_loop_s": t_loop})
    counts = m.loc[m["sender_kind"] == "external", "sender_id"].value_counts()
    customer = str(counts.index[len(counts) // 2])  # a typical customer, not the busiest
    t_tool, hits = _best(lambda: find_messages(archive, customer=customer), args.repeat)
    t_pd, base = _best(lambda: m[(m["sender_id"] == customer) | m["receiver_ids"].apply(lambda r: r is not None and customer in r)],
                       1)
    assert set(base["msgid"]) == set(hits["msgid"])
    rows.append({"search": "one customer's history", "hits": len(hits), "toolkit_s": t_tool, "str_contains_s": None,
                 "python_loop_s": t_pd})
    print(f"{'search':<26} {'hits':>8} {'toolkit s':>10} {'str.contains s':>15} {'python loop s':>14}")
    for r in rows:
        pd_s = f"{r['str_contains_s']:15.3f}" if r["str_contains_s"] is not None else f"{'-':>15}"
        print(f"{r['search']:<26} {r['hits']:>8,} {r['toolkit_s']:10.3f} {pd_s} {r['python_loop_s']:14.3f}")
    meta = {**meta, "folder": os.path.relpath(meta["folder"], HERE.parent)}  # no machine paths in results
    result: dict[str, Any] = {"benchmark": "evidence", "n_messages": n, "archive": meta, "searches": rows,
                              "peak_rss_mb": _rss_mb(), "cpus": os.cpu_count()}
    if args.store:
        result["store"] = _store(folder, customer)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"results written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

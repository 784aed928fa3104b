"""Benchmark: reply times and eligibility on pandas and on Dask, up to 10M messages.

Question
--------
Up to what archive size is pandas fine, and when should an analyst switch to
Dask (``toolkit.scale``)? Measured on one analysis that touches every message:
:func:`toolkit.ops.reply_times` (question turns and their replies, per chat)
plus :func:`toolkit.gating.eligibility` (per message), from a Parquet store
(:mod:`toolkit.store`) to aggregate results.

Data
----
1. **Daily dumps.** ``toolkit.synth.make_archive`` (seed 0, 90 days, gzip
   JSON Lines) with the number of customers set for ``--base-messages``
   messages (default 1M; calibrated as in ``bench/load.py``: about 51.5
   messages per customer).
2. **Ingest** (measured): ``toolkit.store.ingest(dumps, store)`` in its own
   subprocess (time, peak RSS), then the same call again (nothing new: the
   idempotent no-op, which still hashes every file).
3. **Replicas.** Generating 10M messages with the synthesiser and ingesting
   them would take far longer than the analyses measured, so the ingested
   store is replicated, vectorised in pyarrow: replica ``r`` of every part
   gets ``!r`` appended to every id (msgid, senders, receivers, room, chat,
   consent and recall ids; ``!`` sorts before every id character, so the
   ``a|b`` order of 1:1 chat ids is kept) and is written as ingest run
   ``r + 1`` of the same day partitions. Replica 0 is the ingested store
   itself. Each replica is an independent copy of the enterprise (10x the
   members, same 90 days); the store for ``R`` replicas hard-links the parts of
   the first ``R`` runs. Caveat: the texts repeat across replicas, so the
   per-unique-text work (normalisation) grows less than the row count.
   The scope (``scope.csv``) is replicated the same way; rooms are not (the
   members seen in each room are used).

Methods (each in its own subprocess, one at a time)
---------------------------------------------------
pandas
    ``read_archive(store, backend="pandas", columns=...)`` then
    ``reply_times`` and ``eligibility``; skipped above ``--pandas-max``
    messages (it must fit in memory).
dask-<k>ppc
    A ``LocalCluster`` of one single-threaded worker process per core
    (``toolkit.scale.client()``), ``read_archive(store, backend="dask",
    npartitions=k * cores)``, then ``toolkit.scale.reply_times`` and
    ``toolkit.scale.eligibility``, aggregated on the cluster and computed
    together (the read is shared). Cluster start-up is timed apart. Each
    worker may use ``--worker-memory`` (default 8 GiB; Dask spills to disk
    past 60% of it and restarts a worker past 95%); a run whose workers die
    is recorded as failed, with its peak memory.

Both produce the same aggregates (questions, answered, sum of reply seconds,
messages per eligibility reason); the script checks they agree.

Time is measured inside the child around the work (imports excluded). Peak
memory is the peak of the summed RSS of the child and all its descendants
(the Dask workers), sampled every 0.2 s by the parent with psutil; the
child's own ``ru_maxrss`` is reported too.

Usage
-----
::

    .venv/bin/python bench/scale.py                          # 1M and 10M messages
    .venv/bin/python bench/scale.py --messages 200000 --base-messages 100000   # a quick check
    .venv/bin/python bench/scale.py --keep                   # keep bench/_data/scale-* for the next run
    .venv/bin/python bench/scale.py --keep --sizes 10 --ppc 4,2 --append   # more runs into the same results

Results are printed and written to ``bench/results/scale.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "_data"
RESULTS = HERE / "results" / "scale.json"
SEED = 0
N_DAYS = 90
MESSAGES_PER_CUSTOMER = 51.5  # bench/load.py: 19,977 customers -> 1,029,064 messages in 90 days
SUFFIX = "!"
#: Message columns the two analyses need.
COLUMNS = ["msgid", "msgtype", "sender_id", "sender_kind", "receiver_ids", "roomid", "chat_type", "chat_id", "sent_at", "text"]


# --------------------------------------------------------------------------- children


def _aggregate_pandas(rt: Any, el: Any) -> dict[str, Any]:
    return {
        "questions": int(len(rt)),
        "answered": int(rt["is_answered"].sum()),
        "reply_seconds_sum": round(float(rt["reply_seconds"].sum()), 1),
        "reasons": {str(k): int(v) for k, v in sorted(el["reason"].value_counts().items())},
    }


def _work_ingest(dumps: str, store: str) -> dict[str, Any]:
    from toolkit.store import ingest

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    r = ingest(dumps, store)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ingest(dumps, store)
    noop = time.perf_counter() - t0
    return {"seconds": first, "noop_seconds": noop, "noop_run": again["run"], "n_messages": r["report"]["messages"],
            "n_files": len(r["ingested"]), "report": r["report"]}  # fmt: skip


def _work_pandas(store: str, scope: str) -> dict[str, Any]:
    from toolkit.gating import eligibility
    from toolkit.ops import reply_times
    from toolkit.scale import read_archive

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    a = read_archive(store, backend="pandas", columns=COLUMNS, scope=scope)
    read = time.perf_counter() - t0
    rt = reply_times(a)
    el = eligibility(a)
    out = _aggregate_pandas(rt, el)
    return {"seconds": time.perf_counter() - t0, "read_seconds": read, "n_messages": int(len(a.messages)), **out}


def _work_dask(store: str, scope: str, ppc: int, memory_limit: str = "auto") -> dict[str, Any]:
    import dask

    from toolkit import scale

    warnings.simplefilter("ignore")
    cores = os.cpu_count() or 1
    t0 = time.perf_counter()
    with scale.client(n_workers=cores, threads_per_worker=1, memory_limit=memory_limit) as c:
        start = time.perf_counter() - t0
        t0 = time.perf_counter()
        a = scale.read_archive(store, backend="dask", columns=COLUMNS, scope=scope, npartitions=ppc * cores)
        rt = scale.reply_times(a)
        el = scale.eligibility(a)
        n, q, answered, secs, reasons = dask.compute(
            a.messages.shape[0], rt.shape[0], rt["is_answered"].sum(), rt["reply_seconds"].sum(),
            el["reason"].value_counts(),
        )
        seconds = time.perf_counter() - t0
        n_workers = len(c.scheduler_info()["workers"])
    return {
        "seconds": seconds, "cluster_start_seconds": start, "n_messages": int(n), "n_workers": n_workers,
        "npartitions": ppc * cores, "questions": int(q), "answered": int(answered),
        "reply_seconds_sum": round(float(secs), 1),
        "reasons": {str(k): int(v) for k, v in sorted(reasons.items())},
    }  # fmt: skip


def _child(spec: str) -> int:
    args = json.loads(spec)
    kind = args.pop("kind")
    out = {"ingest": _work_ingest, "pandas": _work_pandas, "dask": _work_dask}[kind](**args)
    sys.stdout.write(json.dumps(out))
    return 0


def _measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one method in a child; time from the child, peak RSS of its process tree from here."""
    import psutil

    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    peak = [0]
    done = threading.Event()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, cwd=str(REPO))

    def poll() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                break
            peak[0] = max(peak[0], total)
            done.wait(0.2)

    t = threading.Thread(target=poll, daemon=True)
    t.start()
    out_bytes = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    t.join()
    if status != 0:  # e.g. workers killed for memory: a result too
        return {"failed": f"exit status {status >> 8}", "seconds": None, "peak_rss_mb": round(peak[0] / 2**20, 1),
                "child_maxrss_mb": round(usage.ru_maxrss / 1024, 1)}  # fmt: skip
    result = json.loads(out_bytes.decode())
    result["peak_rss_mb"] = round(peak[0] / 2**20, 1)
    result["child_maxrss_mb"] = round(usage.ru_maxrss / 1024, 1)
    return result


# --------------------------------------------------------------------------- data


def _generate(root: Path, base_messages: int) -> Path:
    from toolkit.synth import make_archive

    dumps = root / "dumps"
    if (dumps / "_done").is_file():
        return dumps
    shutil.rmtree(dumps, ignore_errors=True)
    n_customers = max(20, round(base_messages / MESSAGES_PER_CUSTOMER))
    t0 = time.perf_counter()
    s = make_archive(dumps, n_customers=n_customers, n_days=N_DAYS, compress=True, random_state=SEED)
    (dumps / "_done").write_text(json.dumps({"n_customers": n_customers, "n_messages": s["n_messages"],
                                             "generate_seconds": round(time.perf_counter() - t0, 1)}))  # fmt: skip
    return dumps


def _suffix_ids(arr: Any, r: int) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(arr, pa.scalar(f"{SUFFIX}{r}", arr.type), pa.scalar("", arr.type))


def _replica_table(table: Any, name: str, r: int, row_offset: int) -> Any:
    """Replica ``r`` of one stored table: every id suffixed, ``_row`` shifted."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if r == 0:
        return table
    cols = {"messages": ("msgid", "sender_id", "roomid"), "consent": ("msgid", "customer_id", "employee_id"),
            "recalls": ("msgid", "pre_msgid", "sender_id", "roomid"), "switches": ("msgid", "user_id")}[name]  # fmt: skip
    for c in cols:
        i = table.schema.get_field_index(c)
        table = table.set_column(i, c, _suffix_ids(table.column(c), r).cast(table.schema.field(c).type))
    if name == "messages":
        chat = pc.replace_substring(table.column("chat_id"), "|", f"{SUFFIX}{r}|")
        i = table.schema.get_field_index("chat_id")
        table = table.set_column(i, "chat_id", _suffix_ids(chat, r).cast(table.schema.field("chat_id").type))
        rec = table.column("receiver_ids").combine_chunks()
        values = _suffix_ids(pc.list_flatten(rec), r)
        rec = pa.ListArray.from_arrays(rec.offsets, values, mask=rec.is_null()).cast(table.schema.field("receiver_ids").type)
        table = table.set_column(table.schema.get_field_index("receiver_ids"), "receiver_ids", rec)
    table = table.set_column(table.schema.get_field_index("_row"), "_row", pc.add(table.column("_row"), row_offset))
    return table


def _replicate(base: Path, out: Path, replicas: int) -> None:
    """Write replicas 1..R-1 of the base store's runs into ``out`` (replica 0 is linked)."""
    import pyarrow.parquet as pq

    from toolkit.store.store import MANIFEST_NAME

    manifest = json.loads((base / MANIFEST_NAME).read_text())
    if len(manifest["runs"]) != 1:
        raise RuntimeError("the base store must come from one ingest run")
    shutil.rmtree(out, ignore_errors=True)
    offset = int(manifest["next_row"])
    for f in sorted(base.rglob("part-00001*.parquet")):
        rel = f.relative_to(base)
        name = rel.parts[0]
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(f, target)
        if name in ("quarantine", "files"):
            continue
        table = pq.read_table(f)
        for r in range(1, replicas):
            copy = _replica_table(table, name, r, r * offset)
            pq.write_table(copy, target.parent / f.name.replace("part-00001", f"part-{r + 1:05d}"), compression="zstd")
    runs = [dict(manifest["runs"][0], run=r + 1) for r in range(replicas)]
    report = {k: v * replicas if k not in ("quarantined",) else v for k, v in manifest["report"].items()}
    report["records_read"] = sum(report[k] for k in report if k != "records_read")
    manifest.update(runs=runs, report=report, next_row=offset * replicas)
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))


def _link_store(full: Path, out: Path, replicas: int) -> None:
    """A store of the first ``replicas`` runs of ``full`` (hard links)."""
    from toolkit.store.store import MANIFEST_NAME

    manifest = json.loads((full / MANIFEST_NAME).read_text())
    shutil.rmtree(out, ignore_errors=True)
    for f in full.rglob("part-*.parquet"):
        if int(f.name[5:10]) <= replicas:
            target = out / f.relative_to(full)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(f, target)
    per = {k: v // len(manifest["runs"]) for k, v in manifest["report"].items()}
    manifest.update(runs=manifest["runs"][:replicas], next_row=manifest["next_row"] // len(manifest["runs"]) * replicas)
    report = {k: per[k] * replicas for k in per}
    report["quarantined"] = manifest["report"]["quarantined"]
    report["records_read"] = sum(report[k] for k in report if k != "records_read")
    manifest["report"] = report
    (out / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))


def _scope(dumps: Path, out: Path, replicas: int) -> Path:
    import pandas as pd

    base = pd.read_csv(dumps / "scope.csv", dtype=str)
    parts = [base.assign(userid=base["userid"] + (f"{SUFFIX}{r}" if r else "")) for r in range(replicas)]
    path = out / f"scope-x{replicas}.csv"
    pd.concat(parts, ignore_index=True).to_csv(path, index=False)
    return path


# --------------------------------------------------------------------------- main


def _table(rows: list[dict[str, Any]]) -> str:
    head = f"{'messages':>11} {'method':>10} {'seconds':>8} {'msg/s':>9} {'peak RSS MB':>12} {'vs pandas':>10}"
    lines = [head, "-" * len(head)]
    for r in rows:
        if r.get("failed"):
            lines.append(f"{r['n_messages']:>11,} {r['method']:>10}   FAILED ({r['failed']}), peak RSS {r['peak_rss_mb']:,.0f} MB")
            continue
        ratio = f"{r['ratio_to_pandas']:.2f}x" if r.get("ratio_to_pandas") else "-"
        lines.append(f"{r['n_messages']:>11,} {r['method']:>10} {r['seconds']:>8.1f} {r['n_messages'] / r['seconds']:>9,.0f} "
                     f"{r['peak_rss_mb']:>12,.0f} {ratio:>10}")  # fmt: skip
    return "\n".join(lines)


def _save(rows: list[dict[str, Any]], args: Any, sizes: list[int], gen: dict[str, Any], ingest: dict[str, Any] | None,
          base_n: int, cores: int, t0: float) -> None:  # fmt: skip
    """Write bench/results/scale.json (after every run, so that a stopped benchmark keeps what it measured)."""
    import dask
    import pandas as pd

    result = {
        "benchmark": "scale",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": cores,
                    "pandas": pd.__version__, "dask": dask.__version__,
                    "note": "2 cores shared with other engineers' jobs: timings taken under contention"},  # fmt: skip
        "dumps": gen,
        "ingest": ingest,
        "base_messages": base_n,
        "replicas": sizes,
        "pandas_max": args.pandas_max,
        "runs": list(rows),
        "total_seconds": round(time.perf_counter() - t0, 1),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    if ingest is None and RESULTS.is_file():  # keep the ingest figures of the run that measured them
        result["ingest"] = json.loads(RESULTS.read_text()).get("ingest")
    if args.append:
        result["runs"] = list(args.previous_runs) + list(rows)
        result["replicas"] = sorted(set(args.previous_replicas) | set(sizes))
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--messages", type=int, default=10_000_000, help="largest size (default %(default)s)")
    p.add_argument("--base-messages", type=int, default=1_000_000, help="size of the generated, ingested archive")
    p.add_argument("--sizes", default=None, help="replica counts to run, e.g. 1,3,10 (default: 1 and the largest)")
    p.add_argument("--pandas-max", type=int, default=3_500_000, help="run pandas only up to this many messages")
    p.add_argument("--ppc", default="1,2,4", help="Dask partitions per core to try (default %(default)s)")
    p.add_argument("--worker-memory", default="8GiB", help="memory limit per Dask worker (default %(default)s)")
    p.add_argument("--append", action="store_true", help="add these runs to bench/results/scale.json instead of replacing it")
    p.add_argument("--keep", action="store_true", help="keep (and reuse) the data under bench/_data/")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return _child(args.child)

    cores = os.cpu_count() or 1
    # --append: the runs already in the results file, read once, before this session writes it.
    previous = json.loads(RESULTS.read_text()) if args.append and RESULTS.is_file() else {}
    args.previous_runs = previous.get("runs", [])
    args.previous_replicas = previous.get("replicas", [])
    root = DATA / f"scale-{args.base_messages}"
    root.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    dumps = _generate(root, args.base_messages)
    gen = json.loads((dumps / "_done").read_text())
    print(f"dumps: {gen['n_messages']:,} messages in {dumps} ({gen['generate_seconds']} s to generate)", flush=True)

    base = root / "store-x1"
    ingest = None
    if not (base / "_toolkit_store.json").is_file():
        shutil.rmtree(base, ignore_errors=True)
        ingest = _measure({"kind": "ingest", "dumps": str(dumps), "store": str(base)})
        ingest["messages_per_s"] = ingest["n_messages"] / ingest["seconds"]
        print(f"ingest: {ingest['n_messages']:,} messages from {ingest['n_files']} daily dumps in {ingest['seconds']:.1f} s "
              f"({ingest['messages_per_s']:,.0f}/s), peak RSS {ingest['peak_rss_mb']:,.0f} MB; "
              f"again (nothing new) {ingest['noop_seconds']:.1f} s", flush=True)  # fmt: skip
    else:
        print(f"ingest: reusing {base} (delete it to measure ingest again)", flush=True)
    base_n = int(json.loads((base / "_toolkit_store.json").read_text())["report"]["messages"])
    top = max(1, math.ceil(args.messages / base_n))
    sizes = sorted({int(s) for s in args.sizes.split(",")}) if args.sizes else sorted({1, top})
    top = max(sizes)
    full = root / f"store-x{top}"
    if top > 1 and not (full / "_toolkit_store.json").is_file():
        t1 = time.perf_counter()
        _replicate(base, full, top)
        print(f"replicated the store {top}x in {time.perf_counter() - t1:.0f} s", flush=True)

    rows: list[dict[str, Any]] = []
    for reps in sizes:
        store = base if reps == 1 else (full if reps == top else root / f"store-x{reps}")
        if reps not in (1, top) and not (store / "_toolkit_store.json").is_file():
            _link_store(full, store, reps)
        scope = _scope(dumps, root, reps)
        n = base_n * reps
        ref = None
        if n <= args.pandas_max:
            r = _measure({"kind": "pandas", "store": str(store), "scope": str(scope)})
            r["method"] = "pandas"
            rows.append(r)
            ref = r
            print(_table([r]).splitlines()[-1], flush=True)
            _save(rows, args, sizes, gen, ingest, base_n, cores, t0)
        else:
            print(f"{n:>11,}     pandas  skipped (above --pandas-max {args.pandas_max:,})", flush=True)
        for ppc in [int(x) for x in args.ppc.split(",")]:
            r = _measure({"kind": "dask", "store": str(store), "scope": str(scope), "ppc": ppc,
                          "memory_limit": args.worker_memory})  # fmt: skip
            r["method"] = f"dask-{ppc}ppc"
            r.setdefault("n_messages", n)
            r["worker_memory_limit"] = args.worker_memory
            if ref is not None and not r.get("failed"):
                r["ratio_to_pandas"] = r["seconds"] / ref["seconds"]
                keys = ("n_messages", "questions", "answered", "reasons")
                r["same_as_pandas"] = all(r[k] == ref[k] for k in keys) and abs(r["reply_seconds_sum"] - ref["reply_seconds_sum"]) < 1.0
            rows.append(r)
            print(_table([r]).splitlines()[-1], flush=True)
            _save(rows, args, sizes, gen, ingest, base_n, cores, t0)

    print()
    print(_table(rows))
    _save(rows, args, sizes, gen, ingest, base_n, cores, t0)
    print(f"\nwrote {RESULTS.relative_to(REPO)}")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

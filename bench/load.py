"""Benchmark: load a ~1M-message archive with the toolkit vs. the obvious pandas code.

Goal
----
For an archive of 1M messages (90 daily files), ``toolkit.archive.load_archive``
must be **at least 5x faster** than the baseline below, with a **peak memory
(RSS) under 1.5 GB**.

Methods
-------
toolkit
    ``toolkit.archive.load_archive(folder)``: every record parsed, typed,
    classified and reconciled (messages, consent, recalls, switches,
    duplicates, quarantine).
baseline
    What one writes first: for each file ``pandas.read_json(path, lines=True)``
    (gzip is inferred from the name), then
    ``pandas.json_normalize(df.to_dict("records"))`` to flatten the nested
    message bodies, then ``pandas.concat``. A file that ``read_json`` rejects
    (the synthetic archive contains deliberately broken lines) is read with a
    ``json.loads`` loop that skips bad lines instead, which is what the
    baseline's author would do next. The baseline does less than the toolkit
    (no types, no classification, no reconciliation).

Each method runs in its own subprocess; its time is measured inside the child
around the load only (imports excluded) and its peak RSS is the child's
``ru_maxrss`` from ``os.wait4``, so the two methods are measured separately.

The archive is generated with ``toolkit.synth.make_archive`` (seed 0). The
number of customers is calibrated on a small archive so that the full one
holds about ``--messages`` messages. It is written to ``bench/_data/``
(git-ignored) and deleted afterwards unless ``--keep`` is given; a kept archive
is reused by the next run with the same ``--messages`` and compression.

Usage
-----
::

    .venv/bin/python bench/load.py                     # 1M messages
    .venv/bin/python bench/load.py --messages 20000    # a quick check
    .venv/bin/python bench/load.py --keep --repeat 3   # keep the data, best of 3

Results are printed as a table and written to ``bench/results/load.json``.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "_data"
RESULTS = HERE / "results" / "load.json"

GOAL_SPEEDUP = 5.0
GOAL_RSS_MB = 1.5 * 1024
N_DAYS = 90
SEED = 0
CALIBRATION_CUSTOMERS = (100, 300)
ARCHIVE_SUFFIXES = (".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz")


# --------------------------------------------------------------------------- workers (run in a child)


def _archive_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(ARCHIVE_SUFFIXES))


def _work_toolkit(folder: Path) -> dict[str, Any]:
    import warnings

    from toolkit.archive import load_archive

    warnings.simplefilter("ignore")  # QuarantineWarning: the synthetic archive has bad records on purpose
    t0 = time.perf_counter()
    archive = load_archive(folder)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rows": len(archive.messages), "n_messages": len(archive.messages),
            "report": {k: int(v) for k, v in archive.report.items()}}


def _read_lines_tolerantly(path: Path) -> tuple[list[dict[str, Any]], int]:
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    records, bad = [], 0
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except ValueError:
                    bad += 1
                    continue
                if isinstance(rec, dict):
                    records.append(rec)
                else:
                    bad += 1
    except (EOFError, OSError):  # a truncated or corrupt .gz: keep what was read
        bad += 1
    return records, bad


def _work_baseline(folder: Path) -> dict[str, Any]:
    import pandas as pd

    files = _archive_files(folder)
    t0 = time.perf_counter()
    frames, fallbacks, bad_lines = [], 0, 0
    for path in files:
        try:
            df = pd.read_json(path, lines=True)
            records = df.to_dict("records")
        except (ValueError, TypeError):  # a broken line, or a line that is not an object
            fallbacks += 1
            records, bad = _read_lines_tolerantly(path)
            bad_lines += bad
        frames.append(pd.json_normalize(records))
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "rows": len(result), "columns": result.shape[1],
            "files_needing_fallback": fallbacks, "bad_lines_skipped": bad_lines}


WORKERS = {"toolkit": _work_toolkit, "baseline": _work_baseline}


def _child(method: str, folder: str) -> int:
    result = WORKERS[method](Path(folder))
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


# --------------------------------------------------------------------------- parent


def _measure(method: str, folder: Path) -> dict[str, Any]:
    """Run one method in a fresh interpreter; return its result plus peak RSS."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", method, str(folder)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"{method} failed with exit code {proc.returncode}")
    result = json.loads(text.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux: KiB
    return result


def _n_messages(summary: Any, folder: Path) -> int | None:
    """The message count ``make_archive`` reports, in whatever shape it returns it."""
    for key in ("n_messages", "messages"):
        if isinstance(summary, Mapping) and key in summary:
            return int(summary[key])
        if hasattr(summary, key) and isinstance(getattr(summary, key), int):
            return int(getattr(summary, key))
    report = getattr(summary, "report", None)
    if isinstance(report, Mapping) and "messages" in report:
        return int(report["messages"])
    return None


def _count_records(folder: Path) -> int:
    import gzip

    n = 0
    for path in _archive_files(folder):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rb") as fh:
            n += sum(1 for line in fh if line.strip())
    return n


def _archive_folder(root: Path) -> Path:
    """The folder holding the daily files (``root/archive`` if the generator made one)."""
    sub = root / "archive"
    return sub if sub.is_dir() else root


def _generate(root: Path, n_customers: int, compress: bool) -> tuple[Path, int]:
    from toolkit.synth import make_archive

    kwargs: dict[str, Any] = {"n_customers": n_customers, "n_days": N_DAYS, "random_state": SEED}
    if "compress" in inspect.signature(make_archive).parameters:
        kwargs["compress"] = compress
    root.mkdir(parents=True, exist_ok=True)
    summary = make_archive(root, **kwargs)
    folder = _archive_folder(root)
    n = _n_messages(summary, folder)
    return folder, n if n is not None else _count_records(folder)


def _prepare(target: int, compress: bool, keep: bool) -> tuple[Path, dict[str, Any], Path | None]:
    """Generate (or reuse) an archive of about ``target`` messages.

    Returns the archive folder, its metadata and the folder to delete at the end (None to keep it).
    """
    name = f"archive-{target}-{'gz' if compress else 'plain'}"
    root = DATA / name
    meta_path = root / "_bench.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        print(f"reusing {root.relative_to(REPO)} ({meta['n_messages']:,} messages)", file=sys.stderr)
        return Path(meta["folder"]), meta, None
    if root.exists():
        shutil.rmtree(root)

    t0 = time.perf_counter()
    # Volume grows about linearly with the customers, plus a fixed part (groups,
    # staff): fit n = a + b * customers on two small archives.
    counts = []
    for c in CALIBRATION_CUSTOMERS:
        with tempfile.TemporaryDirectory(dir=DATA if DATA.is_dir() else None) as tmp:
            counts.append(_generate(Path(tmp), c, compress)[1])
    (c1, c2), (n1, n2) = CALIBRATION_CUSTOMERS, counts
    per_customer = max((n2 - n1) / (c2 - c1), 1e-9)
    fixed = n1 - per_customer * c1
    n_customers = max(1, round((target - fixed) / per_customer))
    print(f"calibration: {per_customer:.1f} messages per customer + {fixed:,.0f} -> n_customers={n_customers:,}",
          file=sys.stderr)
    folder, n_messages = _generate(root, n_customers, compress)
    files = _archive_files(folder)
    meta = {
        "folder": str(folder),
        "n_customers": n_customers,
        "n_days": N_DAYS,
        "random_state": SEED,
        "compress": compress,
        "n_messages": n_messages,
        "n_files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "generate_seconds": round(time.perf_counter() - t0, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    print(f"generated {n_messages:,} messages in {len(files)} files ({meta['bytes'] / 2**20:.0f} MB) "
          f"in {meta['generate_seconds']} s", file=sys.stderr)
    return folder, meta, None if keep else root


def _table(rows: list[dict[str, Any]]) -> str:
    header = f"{'method':<10} {'seconds':>9} {'messages/s':>12} {'peak RSS MB':>12} {'rows':>10}"
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(f"{r['method']:<10} {r['seconds']:>9.2f} {r['messages_per_s']:>12,.0f} "
                     f"{r['peak_rss_mb']:>12,.0f} {r['rows']:>10,}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000, help="target number of messages (default 1M)")
    parser.add_argument("--keep", action="store_true", help="keep the generated archive in bench/_data/ for later runs")
    parser.add_argument("--gzip", action="store_true", help="generate gzip-compressed daily files (default: plain)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; the fastest counts (default 1)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        return _child(*args._child)
    if args.messages < 1 or args.repeat < 1:
        parser.error("--messages and --repeat must be positive")

    DATA.mkdir(parents=True, exist_ok=True)
    folder, meta, cleanup = _prepare(args.messages, args.gzip, args.keep)
    try:
        rows = []
        for method in ("toolkit", "baseline"):
            runs = []
            for i in range(args.repeat):
                print(f"running {method} ({i + 1}/{args.repeat}) ...", file=sys.stderr)
                runs.append(_measure(method, folder))
            best = min(runs, key=lambda r: r["seconds"])
            best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
            best["method"] = method
            best["messages_per_s"] = meta["n_messages"] / best["seconds"] if best["seconds"] else float("inf")
            rows.append(best)
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)

    by = {r["method"]: r for r in rows}
    speedup = by["baseline"]["seconds"] / by["toolkit"]["seconds"]
    rss = by["toolkit"]["peak_rss_mb"]
    print(_table(rows))
    print(f"baseline / toolkit time: {speedup:.1f}x (goal >= {GOAL_SPEEDUP:g}x: {'met' if speedup >= GOAL_SPEEDUP else 'NOT met'})")
    print(f"toolkit peak RSS: {rss:,.0f} MB (goal < {GOAL_RSS_MB:,.0f} MB: {'met' if rss < GOAL_RSS_MB else 'NOT met'})")

    import pandas as pd

    import toolkit

    results = {
        "benchmark": "load",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "pandas": pd.__version__, "toolkit": toolkit.__version__},
        "archive": {k: v for k, v in meta.items() if k != "folder"},
        "methods": rows,
        "speedup_baseline_over_toolkit": speedup,
        "goals": {"speedup_min": GOAL_SPEEDUP, "speedup_met": speedup >= GOAL_SPEEDUP,
                  "peak_rss_mb_max": GOAL_RSS_MB, "peak_rss_met": rss < GOAL_RSS_MB},
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"results written to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: cluster 10k / 30k / 100k DISTINCT questions with the toolkit, against one encoder pass.

Goal
----
``toolkit.questions.FrequentQuestions`` (defaults, ``random_state=0``, k not
given) must cluster **100,000 distinct** questions in **at most 60 s** on 2
cores with a **peak memory (RSS) of at most 4 GB**, the fit must take **at
most 1.5x one pass of the sentence encoder** over the same texts, and the time
must grow about linearly with the number of texts.

Data
----
A pool of distinct questions, distinct after ``toolkit.text.normalize_series``
(the first raw text of each normalized form is kept):

real
    Every question of ``../shared/datasets``: ``atec_antfin/questions.csv``
    (15,000), ``lcqmc/questions.csv`` (38,643), ``nonghang_zhidao/kb.csv``
    titles (3,971) and ``queries.csv`` (433), the non-empty customer turns of
    ``stc3_weibo_helpdesk/dialogues.jsonl`` (4,168); about 60k once
    normalized and deduplicated.
generated
    The rest up to 100k: customer questions (``is_question`` True in
    ``truth/questions.csv``) of archives written by ``toolkit.synth.make_archive``
    (seed 0, ``n_employees`` / ``n_groups`` scaled with ``n_customers``),
    normalized, deduplicated against each other and against the real pool.
    They are distinct texts, but templated: the generator varies openings,
    particles, typos, emoji, product names and order numbers around a few
    hundred phrasings, so they hold far fewer distinct question *cores*
    (``toolkit.questions.question_core``), which is reported.

Each size is a random subset (seed 0, nested: 10k within 30k within 100k) of
the 100k pool, so every size has the same share of real and generated texts.
The pool is saved in the git-ignored ``bench/_data/questions-pool/`` and
reused (``--regenerate`` rebuilds it).

Methods (each run in its own subprocess)
----------------------------------------
toolkit
    ``FrequentQuestions(random_state=0).fit(texts)``; the timer covers the fit
    only (imports and reading the data excluded; the encoder model is loaded
    inside, a cold start). Peak RSS is the child's ``ru_maxrss`` from
    ``os.wait4``. The child also times the estimator's private methods and
    the module functions it calls (wrappers installed in the child; inclusive
    times, nested calls overlap; toolkit code unchanged).
encode
    One ``toolkit.text.embed.sentence_embeddings(texts)`` of the same texts,
    model load included (cold, like the toolkit's fit; the load alone is
    also reported). ``fit / encode`` is the toolkit's time over this one.
baseline
    ``TfidfVectorizer(analyzer="char", ngram_range=(1, 2))`` +
    ``MiniBatchKMeans(n_clusters=300, random_state=0)``: what one writes
    first, timed for scale only (there is no gold here; clustering quality is
    ``bench/quality_clusters.py``'s job, and k = 300 is arbitrary).

Usage
-----
::

    .venv/bin/python bench/questions.py               # 10k, 30k and 100k (a long run: 2 shared cores)
    .venv/bin/python bench/questions.py --quick       # 10k only, a smoke run
    .venv/bin/python bench/questions.py --sizes 10000 30000 --methods toolkit encode --timeout 900

Results are printed as a table and written to ``bench/results/questions.json``
(``--quick`` writes the git-ignored ``bench/results/questions-quick.tmp``
instead, unless ``--results`` is given).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATASETS = REPO.parent / "shared" / "datasets"
DATA = HERE / "_data"
POOL = DATA / "questions-pool"
RESULTS = HERE / "results" / "questions.json"
QUICK_RESULTS = HERE / "results" / "questions-quick.tmp"  # git-ignored: smoke runs are not references

GOAL_SECONDS = 60.0
GOAL_RSS_MB = 4 * 1024
GOAL_RATIO = 1.5  # fit / one encode
GOAL_SIZE = 100_000
SIZES = (10_000, 30_000, 100_000)
SEED = 0
N_DAYS = 90
DEFAULTS = {"n_customers": 1500, "n_employees": 40, "n_groups": 60}  # make_archive's defaults
BASELINE_K = 300
METHODS = ("toolkit", "encode", "baseline")


# --------------------------------------------------------------------------- data (run in a child)


def _real_questions() -> Any:
    """Every real question of the shared datasets: columns ``text``, ``source``."""
    import pandas as pd

    parts = [
        ("atec_antfin", pd.read_csv(DATASETS / "atec_antfin" / "questions.csv")["question"]),
        ("lcqmc", pd.read_csv(DATASETS / "lcqmc" / "questions.csv")["question"]),
        ("nonghang_kb", pd.read_csv(DATASETS / "nonghang_zhidao" / "kb.csv")["question"]),
        ("nonghang_queries", pd.read_csv(DATASETS / "nonghang_zhidao" / "queries.csv")["query"]),
    ]
    turns = []
    with open(DATASETS / "stc3_weibo_helpdesk" / "dialogues.jsonl", encoding="utf-8") as f:
        for line in f:
            turns += [t["text"] for t in json.loads(line)["turns"] if t["role"] == "customer"]
    parts.append(("stc3_customer_turns", pd.Series(turns)))
    frame = pd.concat([pd.DataFrame({"text": s.astype(str).to_numpy(), "source": name}) for name, s in parts],
                      ignore_index=True)
    return frame


def _distinct(frame: Any, seen: set[str]) -> Any:
    """Rows whose normalized text is non-empty and not in ``seen`` (first of each); updates ``seen``."""
    from toolkit.text import normalize_series

    norm = normalize_series(frame["text"]).str.strip()
    keep = (norm != "") & ~norm.isin(seen) & ~norm.duplicated()
    seen.update(norm[keep])
    return frame[keep.to_numpy()].assign(text_norm=norm[keep].to_numpy())


def _scale(n_customers: int) -> dict[str, int]:
    f = n_customers / DEFAULTS["n_customers"]
    return {"n_customers": n_customers, "n_employees": max(4, round(DEFAULTS["n_employees"] * f)),
            "n_groups": max(2, round(DEFAULTS["n_groups"] * f))}


def _build_pool(size: int) -> dict[str, Any]:
    """Write the pool of ``size`` distinct questions; return its metadata."""
    import warnings

    import pandas as pd

    from toolkit.questions import question_core
    from toolkit.synth import make_archive

    t0 = time.perf_counter()
    raw = _real_questions()
    seen: set[str] = set()
    real = _distinct(raw, seen)
    by_source = {s: {"raw": int((raw["source"] == s).sum()), "distinct": int((real["source"] == s).sum())}
                 for s in raw["source"].unique()}
    need = size - len(real)
    generated = real.iloc[:0]
    runs = []
    n_customers = 2 * DEFAULTS["n_customers"]
    attempt = 0
    while len(generated) < need:
        attempt += 1
        with tempfile.TemporaryDirectory(dir=DATA) as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            summary = make_archive(tmp, **_scale(n_customers), n_days=N_DAYS, compress=False,
                                   random_state=SEED + attempt - 1)
            truth = pd.read_csv(Path(tmp) / "truth" / "questions.csv")
        asked = truth[truth["is_question"].astype(bool)]
        got = _distinct(pd.DataFrame({"text": asked["text"].astype(str).to_numpy(), "source": "synth"}), seen)
        generated = pd.concat([generated, got], ignore_index=True)
        runs.append({**_scale(n_customers), "random_state": SEED + attempt - 1,
                     "n_messages": int(summary["n_messages"]), "n_question_turns": int(len(asked)),
                     "n_new_distinct": int(len(got))})
        print(f"make_archive({n_customers:,} customers, seed {SEED + attempt - 1}): {len(asked):,} question turns, "
              f"{len(got):,} new distinct; {len(generated):,} of {need:,}", file=sys.stderr)
        if attempt >= 6:
            raise SystemExit("could not generate enough distinct questions")
    generated = generated.iloc[:max(need, 0)]
    pool = pd.concat([real, generated], ignore_index=True).iloc[:size]
    pool = pool.sample(frac=1.0, random_state=SEED).reset_index(drop=True)  # nested prefixes = random subsets
    pool["is_generated"] = pool["source"] == "synth"
    pool["core"] = [question_core(t) for t in pool["text_norm"]]
    POOL.mkdir(parents=True, exist_ok=True)
    pool.to_parquet(POOL / "pool.parquet", index=False)
    meta = {"n_pool": int(len(pool)), "n_real_raw": int(len(raw)), "n_real_distinct": int(len(real)),
            "real_by_source": by_source, "n_generated_distinct": int(pool["is_generated"].sum()),
            "synth_runs": runs, "build_seconds": round(time.perf_counter() - t0, 1)}
    (POOL / "meta.json").write_text(json.dumps(meta, indent=2))
    return meta


def _prepare_child(size: str, regenerate: str) -> int:
    meta_path = POOL / "meta.json"
    if regenerate == "1" or not meta_path.is_file() or json.loads(meta_path.read_text())["n_pool"] < int(size):
        meta = _build_pool(int(size))
        reused = False
    else:
        meta, reused = json.loads(meta_path.read_text()), True
    sys.stdout.write(json.dumps({"meta": meta, "reused": reused}) + "\n")
    return 0


def _subset(n: int) -> Any:
    import pandas as pd

    return pd.read_parquet(POOL / "pool.parquet").iloc[:n]


def describe(n: int) -> dict[str, Any]:
    """Distinct texts and cores of the size-``n`` subset (computed in the parent from the saved pool)."""
    data = _subset(n)
    gen = data["is_generated"].to_numpy()
    return {"n_texts": int(len(data)), "n_distinct_normalized": int(data["text_norm"].nunique()),
            "n_distinct_cores": int(data["core"].nunique()), "n_real": int((~gen).sum()),
            "n_generated": int(gen.sum()), "n_generated_cores": int(data.loc[gen, "core"].nunique()),
            "n_real_cores": int(data.loc[~gen, "core"].nunique()),
            "mean_chars": round(float(data["text"].str.len().mean()), 1)}


# --------------------------------------------------------------------------- workers (run in a child)


class _Timers:
    """Inclusive wall time per wrapped callable (a child-only monkeypatch; toolkit code is unchanged)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, fn: Any) -> Any:
        import functools

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

        return timed


def _instrument() -> _Timers:
    """Wrap FrequentQuestions' private methods and the functions its module calls, whatever they are today."""
    import inspect

    from toolkit.questions import cluster as mod

    timers = _Timers()
    cls = mod.FrequentQuestions
    for name, fn in list(vars(cls).items()):
        if name.startswith("_") and not name.startswith("__") and inspect.isfunction(fn):
            setattr(cls, name, timers.wrap(f"FrequentQuestions.{name}", fn))
    for name, fn in list(vars(mod).items()):
        if (inspect.isfunction(fn) and name not in ("summarize_clusters",)
                and (fn.__module__ == mod.__name__ or fn.__module__.startswith(("toolkit.", "scipy.")))):
            setattr(mod, name, timers.wrap(name, fn))
    return timers


def _work_toolkit(n: int) -> dict[str, Any]:
    import numpy as np

    texts = _subset(n)["text"].tolist()
    timers = _instrument()
    from toolkit.questions import FrequentQuestions

    t0 = time.perf_counter()
    model = FrequentQuestions(random_state=SEED).fit(texts)
    seconds = time.perf_counter() - t0
    labels = np.asarray(model.labels_)
    topics = getattr(model, "topic_labels_", None)
    out = {"seconds": seconds, "n_clusters": int(len(np.unique(labels[labels >= 0]))),
           "outlier_share": float((labels == -1).mean()),
           "n_topics": None if topics is None else int(len(np.unique(np.asarray(topics)[np.asarray(topics) >= 0]))),
           "inclusive_seconds": {k: round(v, 3) for k, v in sorted(timers.seconds.items(), key=lambda kv: -kv[1])}}
    return out


def _work_encode(n: int) -> dict[str, Any]:
    texts = _subset(n)["text"].tolist()
    from toolkit.text import embed

    t0 = time.perf_counter()
    embed._model()
    load = time.perf_counter() - t0
    emb = embed.sentence_embeddings(texts)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "model_load_seconds": load, "shape": list(emb.shape)}


def _work_baseline(n: int) -> dict[str, Any]:
    texts = _subset(n)["text"].tolist()
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    t0 = time.perf_counter()
    x = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit_transform(texts)
    MiniBatchKMeans(n_clusters=BASELINE_K, random_state=SEED).fit_predict(x)
    return {"seconds": time.perf_counter() - t0, "k_given": BASELINE_K, "n_features": int(x.shape[1])}


WORKERS = {"toolkit": _work_toolkit, "encode": _work_encode, "baseline": _work_baseline}


def _child(method: str, n: str) -> int:
    import warnings

    warnings.simplefilter("ignore")
    result = WORKERS[method](int(n))
    sys.stdout.write(json.dumps(result, ensure_ascii=False, default=float) + "\n")
    return 0


# --------------------------------------------------------------------------- parent


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def _measure(method: str, n: int, timeout: float | None) -> dict[str, Any]:
    """Run one method in a fresh interpreter; its result plus peak RSS, CPU time and the load average."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", method, str(n)]
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    timed_out = False
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, env=_env())
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.monotonic() - start > timeout:
                proc.kill()  # only the child started here
                _, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.2)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    base = {"peak_rss_mb": usage.ru_maxrss / 1024,  # Linux: KiB
            "cpu_seconds": usage.ru_utime + usage.ru_stime,  # whole child, imports and reading included
            "load_avg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
    if timed_out:
        return {"seconds": None, "timed_out_after_s": timeout, **base}
    if proc.returncode != 0:
        raise SystemExit(f"{method} at {n:,} failed with exit code {proc.returncode}")
    return {**json.loads(text.strip().splitlines()[-1]), **base}


def _fmt(v: Any, spec: str) -> str:
    return "-" if v is None else format(v, spec)


def _table(rows: list[dict[str, Any]]) -> str:
    header = (f"{'texts':>8} {'cores':>7} {'toolkit s':>9} {'RSS MB':>7} {'encode s':>8} {'RSS MB':>7} "
              f"{'fit/enc':>7} {'baseline s':>10} {'clusters':>8} {'topics':>7}")
    lines = [header, "-" * len(header)]
    for r in rows:
        tk, en, bl = r.get("toolkit", {}), r.get("encode", {}), r.get("baseline", {})
        lines.append(
            f"{r['n_texts']:>8,} {r['n_distinct_cores']:>7,} {_fmt(tk.get('seconds'), '9.1f')} "
            f"{_fmt(tk.get('peak_rss_mb'), '7,.0f')} {_fmt(en.get('seconds'), '8.1f')} "
            f"{_fmt(en.get('peak_rss_mb'), '7,.0f')} {_fmt(r.get('fit_over_encode'), '7.2f')} "
            f"{_fmt(bl.get('seconds'), '10.1f')} {_fmt(tk.get('n_clusters'), '8,')} {_fmt(tk.get('n_topics'), '7,')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="texts per run (default 10k 30k 100k)")
    parser.add_argument("--quick", action="store_true", help="10k only, a smoke run")
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument("--timeout", type=float, default=None, help="kill a run after this many seconds")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the pool in bench/_data/")
    parser.add_argument("--results", type=Path, default=None, help="where to write the JSON results")
    parser.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--_prepare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        return _child(*args._child)
    if args._prepare:
        return _prepare_child(*args._prepare)
    if args.quick:
        args.sizes = [10_000]
    if not DATASETS.exists():
        print(f"datasets not found: {DATASETS}", file=sys.stderr)
        return 2
    sizes = sorted(set(args.sizes))
    results_path = args.results or (QUICK_RESULTS if args.quick else RESULTS)
    DATA.mkdir(parents=True, exist_ok=True)

    # The pool is built in a child: on Linux a child's ru_maxrss starts from its
    # parent's peak RSS at fork time, so the parent must stay small.
    pool_size = max(GOAL_SIZE, *sizes)
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--_prepare", str(pool_size),
                           "1" if args.regenerate else "0"], stdout=subprocess.PIPE, env=_env(), check=False)
    if proc.returncode != 0:
        raise SystemExit(f"building the question pool failed with exit code {proc.returncode}")
    prep = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    pool_meta = prep["meta"]
    print(f"pool ({'reused' if prep['reused'] else 'built'}): {pool_meta['n_pool']:,} distinct normalized texts = "
          f"{pool_meta['n_real_distinct']:,} real (of {pool_meta['n_real_raw']:,} raw) + "
          f"{pool_meta['n_generated_distinct']:,} generated", flush=True)
    import resource

    rows = []
    for n in sizes:
        row: dict[str, Any] = describe(n)
        print(f"{n:,} texts: {row['n_distinct_normalized']:,} distinct normalized, {row['n_distinct_cores']:,} "
              f"distinct cores ({row['n_real']:,} real with {row['n_real_cores']:,} cores, "
              f"{row['n_generated']:,} generated with {row['n_generated_cores']:,} cores)", flush=True)
        for method in args.methods:
            print(f"  running {method} on {n:,} ...", file=sys.stderr, flush=True)
            row[method] = _measure(method, n, args.timeout)
            print(f"  {method}: {json.dumps({k: v for k, v in row[method].items() if k != 'inclusive_seconds'})}",
                  flush=True)
        tk, en = row.get("toolkit", {}), row.get("encode", {})
        row["fit_over_encode"] = (tk["seconds"] / en["seconds"]
                                  if tk.get("seconds") and en.get("seconds") else None)
        rows.append(row)
    parent_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # every child's RSS floor

    print()
    print(_table(rows))
    print("toolkit s: FrequentQuestions(random_state=0).fit, model load included; encode s: one "
          "sentence_embeddings pass over the same texts, model load included; fit/enc: their ratio; baseline: "
          f"char TF-IDF + MiniBatchKMeans(k={BASELINE_K}), time only")
    goals: dict[str, Any] = {"seconds_max": GOAL_SECONDS, "peak_rss_mb_max": GOAL_RSS_MB,
                             "fit_over_encode_max": GOAL_RATIO, "size": GOAL_SIZE}
    at_goal = [r for r in rows if r["n_texts"] == GOAL_SIZE and r.get("toolkit", {}).get("seconds")]
    if at_goal:
        r = at_goal[0]
        goals.update(seconds_met=r["toolkit"]["seconds"] <= GOAL_SECONDS,
                     peak_rss_met=r["toolkit"]["peak_rss_mb"] <= GOAL_RSS_MB,
                     ratio_met=None if r["fit_over_encode"] is None else r["fit_over_encode"] <= GOAL_RATIO)
    timed = [r for r in rows if r.get("toolkit", {}).get("seconds")]
    if len(timed) >= 2:
        import math

        a, b = timed[0], timed[-1]
        exponent = math.log(b["toolkit"]["seconds"] / a["toolkit"]["seconds"]) / math.log(b["n_texts"] / a["n_texts"])
        goals["growth_exponent"] = round(exponent, 2)
        print(f"growth: time ~ n^{exponent:.2f} from {a['n_texts']:,} to {b['n_texts']:,} texts (1 = linear)")
    print(f"goal: {GOAL_SIZE:,} distinct texts in <= {GOAL_SECONDS:g} s, <= {GOAL_RSS_MB:,} MB, fit <= "
          f"{GOAL_RATIO:g}x one encode, growth near-linear: "
          + (", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in goals.items() if k.endswith("_met")
                       and v is not None) if at_goal else f"not measured at {GOAL_SIZE:,}"))
    loads = [x for r in rows for m in METHODS if m in r for x in r[m]["load_avg_1min"]]
    if loads:
        print(f"note: shared 2-core machine, 1-min load average {min(loads):.1f}-{max(loads):.1f} around the runs")

    import pandas as pd
    import sklearn

    import toolkit

    results = {
        "benchmark": "questions",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": " ".join(["bench/questions.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "pandas": pd.__version__, "sklearn": sklearn.__version__,
                    "toolkit": toolkit.__version__,
                    "load_avg_1min_range": [min(loads), max(loads)] if loads else None},
        "pool": pool_meta,
        "parent_peak_rss_mb": parent_rss,
        "baseline": f"TfidfVectorizer(analyzer='char', ngram_range=(1, 2)) + MiniBatchKMeans(n_clusters={BASELINE_K}, "
                    "random_state=0); time only",
        "sizes": rows,
        "goals": goals,
    }
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=float) + "\n")
    print(f"results written to {results_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

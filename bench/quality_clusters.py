"""Quality of question clustering on labelled data, side by side with baselines (not a timed test).

Three labelled sets, each clustered by ``FrequentQuestions`` (k NOT given) and
by the plain baselines the issue names, TF-IDF + k-means GIVEN the true number
of groups (character 1-2-grams, and rjieba words). ``evaluate_clusters`` for
each, one JSON line per (set, method), then a table.

``atec``
    ``../shared/datasets/atec_antfin/questions.csv``: the 9,739 questions of
    gold groups of size >= 2 (4,847 groups, 4,812 of them pairs: paraphrase
    level, and same-intent questions sit in different groups).
``nonghang``
    ``../shared/datasets/nonghang_zhidao/kb.csv``: the 1,119 question titles
    that share their answer text with another title (168 answer groups, the
    largest 137 rows: a canned reply). Topic level.
``sample``
    ``sample_data/truth/questions.csv``: the 20,506 labelled customer
    questions of the synthetic archive, 29 intents (topic level: 价格 covers
    能便宜点吗, 保价吗 and 双十一会降价吗). Synthetic: the generator is ours.

Usage::

    .venv/bin/python bench/quality_clusters.py                   # all sets, default + baselines
    .venv/bin/python bench/quality_clusters.py --sets atec sample
    .venv/bin/python bench/quality_clusters.py --specs use:0.7:0.5:average use:0.7:0.5:complete
    .venv/bin/python bench/quality_clusters.py --no-baselines

A spec is ``embedder:similarity_threshold:lexical_weight[:linkage]``.
Results go to ``bench/results/quality_clusters.json``. The datasets folder is
``../shared/datasets`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
RESULTS = REPO / "bench" / "results" / "quality_clusters.json"
SEED = 0
KEYS = ("nmi", "ari", "v_measure", "purity", "best_match_f1", "outlier_share", "n_clusters", "n_items",
        "n_gold_groups")
DEFAULT_SPECS = ("use:0.7:0.5:average", "use:0.7:0.5:complete")


def load_set(name: str) -> tuple[list[str], list[str]]:
    """Texts and gold labels of one labelled set."""
    if name == "atec":
        df = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv")
        df = df[df["group_size"] >= 2]
        return df["question"].astype(str).tolist(), df["intent_group"].astype(str).tolist()
    if name == "nonghang":
        df = pd.read_csv(DATASETS / "nonghang_zhidao" / "kb.csv")
        df = df[df["answer_group_size"] >= 2]
        return df["question"].astype(str).tolist(), df["answer_group"].astype(str).tolist()
    if name == "sample":
        df = pd.read_csv(REPO / "sample_data" / "truth" / "questions.csv")
        df = df[df["is_question"].astype(bool)]
        return df["text"].astype(str).tolist(), df["intent"].astype(str).tolist()
    raise ValueError(f"unknown set {name!r}; use atec, nonghang or sample")


def run_toolkit(texts: list[str], spec: str) -> np.ndarray:
    from toolkit.questions import FrequentQuestions

    embedder, sim, weight, *rest = spec.split(":")
    model = FrequentQuestions(embedder=embedder, similarity_threshold=float(sim), lexical_weight=float(weight),
                              linkage=rest[0] if rest else "average", random_state=SEED)
    return model.fit_predict(texts)


def run_baseline(texts: list[str], k: int, kind: str) -> np.ndarray:
    """TF-IDF + MiniBatchKMeans with the true number of groups."""
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    if kind == "char":
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True)
    else:
        import rjieba

        vec = TfidfVectorizer(tokenizer=rjieba.cut, token_pattern=None, lowercase=False, sublinear_tf=True)
    x = vec.fit_transform(texts)
    return MiniBatchKMeans(n_clusters=min(k, x.shape[0]), random_state=SEED, n_init=1,
                           batch_size=4096).fit_predict(x)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["atec", "nonghang", "sample"])
    ap.add_argument("--specs", nargs="+", default=list(DEFAULT_SPECS))
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not DATASETS.exists():
        print(f"datasets not found: {DATASETS}", file=sys.stderr)
        return 2
    from toolkit.questions import evaluate_clusters

    warnings.filterwarnings("ignore", category=UserWarning)
    rows: list[dict[str, Any]] = []
    for name in args.sets:
        texts, gold = load_set(name)
        k = len(set(gold))
        print(f"{name}: {len(texts):,} questions, {k:,} gold groups", flush=True)
        methods: list[tuple[str, Any]] = [(f"toolkit {s}", lambda s=s: run_toolkit(texts, s)) for s in args.specs]
        if not args.no_baselines:
            methods += [(f"baseline char tfidf+kmeans k={k}", lambda: run_baseline(texts, k, "char")),
                        (f"baseline word tfidf+kmeans k={k}", lambda: run_baseline(texts, k, "word"))]
        for method, fn in methods:
            t0 = time.perf_counter()
            labels = fn()
            scores = evaluate_clusters(labels, gold)
            row = {"set": name, "method": method, "seconds": round(time.perf_counter() - t0, 1)}
            row.update({key: round(float(scores[key]), 4) if isinstance(scores[key], float) else int(scores[key])
                        for key in KEYS})
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    table = pd.DataFrame(rows)
    print()
    print(table[["set", "method", "nmi", "ari", "purity", "best_match_f1", "outlier_share", "n_clusters",
                 "seconds"]].to_string(index=False))
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        payload = {"benchmark": "quality_clusters", "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                   "command": "bench/quality_clusters.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                   "python": platform.python_version(), "rows": rows}
        args.results.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {args.results.relative_to(REPO) if args.results.is_relative_to(REPO) else args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

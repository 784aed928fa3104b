"""Quality of question clustering on real data (not a timed test).

Runs ``FrequentQuestions`` on the atec_antfin questions that belong to a gold
group of size >= 2 (k is not given) and prints ``evaluate_clusters`` for each
setting, one JSON line each.

Usage::

    .venv/bin/python bench/quality_clusters.py                       # default settings
    .venv/bin/python bench/quality_clusters.py use:0.75:0.5 none:0.6:1  # embedder:similarity:lexical_weight[:assign_threshold]

The datasets folder is ``../shared/datasets`` beside the repository.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pandas as pd

from toolkit.questions import FrequentQuestions, evaluate_clusters

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"


def main(argv: list[str]) -> int:
    path = DATASETS / "atec_antfin" / "questions.csv"
    if not path.exists():
        print(f"dataset not found: {path}", file=sys.stderr)
        return 2
    df = pd.read_csv(path)
    df = df[df["group_size"] >= 2].reset_index(drop=True)
    print(f"{len(df):,} questions in {df['intent_group'].nunique():,} gold groups", flush=True)
    for spec in argv or ["use:0.75:0.5", "use:0.7:0.5", "none:0.6:1"]:
        embedder, sim, weight, *rest = spec.split(":")
        assign = float(rest[0]) if rest else 0.6
        t0 = time.perf_counter()
        model = FrequentQuestions(embedder=embedder, similarity_threshold=float(sim), lexical_weight=float(weight),
                                  assign_threshold=assign)
        labels = model.fit_predict(df["question"])
        scores = evaluate_clusters(labels, df["intent_group"])
        row = {"embedder": embedder, "similarity_threshold": float(sim), "lexical_weight": float(weight), "assign_threshold": assign,
               "seconds": round(time.perf_counter() - t0, 1)}
        row.update({k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()})
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Quality of question detection (and, optionally, clustering) on the sample and on real data (not timed).

Datasets
--------
sample
    ``load_archive("sample_data/archive")`` -> ``extract_questions`` ->
    ``evaluate_question_detection`` against ``sample_data/truth/questions.csv``:
    precision, recall and F1 over all truth turns, and the same over the turns
    whose msgids the extractor cut exactly like the truth (``*_matched``:
    detection apart from how turns were merged).
stc3_weibo_helpdesk
    ``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl`` as a messages
    frame, built by ``tests/questions/test_extract.py::_stc3_messages`` (one
    1:1 chat per dialogue, turns a minute apart; a customer turn is a question
    when its nugget is ``CNUG0``, the customer's problem statement). Precision
    and recall over all customer turns, and over dialogue openings (the
    first turn). Later turns are mostly follow-ups labelled ``CNUG``, not
    ``CNUG0``, so precision over all turns is low by construction.

With ``--clusters``, ``FrequentQuestions`` (defaults, ``random_state=0``) also
clusters the sample's question turns (``is_question`` True) at
``similarity_threshold`` 0.7 (the default) and 0.6, scored with
``evaluate_clusters`` against gold intents from ``align_truth(questions,
truth[truth.is_question], "intent")``.

Usage
-----
::

    .venv/bin/python bench/quality_questions.py
    .venv/bin/python bench/quality_questions.py --clusters

Prints one JSON line per dataset (and per clustering setting) and writes
``bench/results/quality_questions.json``. The datasets folder is
``../shared/datasets`` beside the repository; a missing dataset is reported
and skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import warnings
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import pandas as pd  # noqa: E402

from toolkit.archive import load_archive  # noqa: E402
from toolkit.questions import (  # noqa: E402
    FrequentQuestions,
    align_truth,
    evaluate_clusters,
    evaluate_question_detection,
    extract_questions,
)

SAMPLE = REPO / "sample_data"
DATASETS = REPO.parent / "shared" / "datasets"
RESULTS = REPO / "bench" / "results" / "quality_questions.json"
STC3 = DATASETS / "stc3_weibo_helpdesk" / "dialogues.jsonl"
SIMILARITIES = (0.7, 0.6)
DETECTION_KEYS = ("precision", "recall", "f1", "precision_matched", "recall_matched", "tp", "fp", "fn", "tn",
                  "n_truth", "n_predicted", "matched", "merged", "split", "missing")


def _rounded(d: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in d.items()}


def _emit(row: dict[str, Any]) -> dict[str, Any]:
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return row


def _stc3_messages() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The messages frame and customer truth of stc3, exactly as the test suite builds them."""
    try:
        from tests.questions.test_extract import _stc3_messages as build
    except ImportError as exc:  # e.g. run outside the repository's test environment
        raise SystemExit(f"cannot import the stc3 builder from tests/questions/test_extract.py: {exc}") from exc
    return build()


def sample_detection() -> tuple[dict[str, Any], pd.DataFrame, pd.DataFrame]:
    """Detection scores on the sample, plus its question turns and truth (for ``--clusters``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the sample archive has planted faults
        archive = load_archive(SAMPLE / "archive")
    questions = extract_questions(archive)
    truth = pd.read_csv(SAMPLE / "truth" / "questions.csv")
    r = evaluate_question_detection(questions, truth)
    row = {"dataset": "sample", "source": "sample_data/archive vs sample_data/truth/questions.csv",
           **_rounded({k: r[k] for k in DETECTION_KEYS})}
    return row, questions, truth


def stc3_detection() -> dict[str, Any]:
    """Detection of customers' problem statements (nugget CNUG0) on stc3."""
    msgs, truth = _stc3_messages()
    questions = extract_questions(msgs)
    out: dict[str, Any] = {"dataset": "stc3_weibo_helpdesk",
                           "source": "../shared/datasets/stc3_weibo_helpdesk (CNUG0 = problem statement)",
                           "n_dialogues": int(truth["is_opening"].sum()),
                           "n_customer_turns": int(len(truth)),
                           "n_extracted_turns": int(len(questions)),
                           "share_cnug0": round(float(truth["is_question"].mean()), 4)}
    for name, t in (("all", truth), ("openings", truth[truth["is_opening"]])):
        r = evaluate_question_detection(questions, t)
        out[name] = _rounded({k: r[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn", "tn", "n_truth")})
    return out


def sample_clusters(questions: pd.DataFrame, truth: pd.DataFrame) -> list[dict[str, Any]]:
    """``evaluate_clusters`` for FrequentQuestions on the sample's question turns."""
    asked = questions[questions["is_question"]].reset_index(drop=True)
    gold = align_truth(asked, truth[truth["is_question"].astype(bool)], "intent")
    rows = []
    for sim in SIMILARITIES:
        t0 = time.perf_counter()
        labels = FrequentQuestions(similarity_threshold=sim, random_state=0).fit_predict(asked["text"])
        seconds = time.perf_counter() - t0
        scores = evaluate_clusters(labels, gold)
        rows.append(_emit({"dataset": "sample", "clusters": "FrequentQuestions", "similarity_threshold": sim,
                           "n_questions": int(len(asked)), "n_with_gold": int(gold.notna().sum()),
                           "seconds": round(seconds, 1), **_rounded(scores)}))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clusters", action="store_true",
                        help="also score FrequentQuestions on the sample at similarity 0.7 and 0.6")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)

    detection: list[dict[str, Any]] = []
    row, questions, truth = sample_detection()
    detection.append(_emit(row))
    if not STC3.exists():
        print(f"dataset not found, skipped: {STC3}", file=sys.stderr)
    else:
        try:
            detection.append(_emit(stc3_detection()))
        except SystemExit as exc:  # the builder could not be imported: keep the sample's result
            print(f"stc3_weibo_helpdesk skipped: {exc}", file=sys.stderr)
            detection.append({"dataset": "stc3_weibo_helpdesk", "skipped": str(exc)})
    clusters = sample_clusters(questions, truth) if args.clusters else []

    import sklearn

    import toolkit

    results = {
        "benchmark": "quality_questions",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": " ".join(["bench/quality_questions.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "pandas": pd.__version__, "sklearn": sklearn.__version__,
                    "toolkit": toolkit.__version__},
        "detection": detection,
        "clusters": clusters,
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"results written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a curator sees on chats, not question lists: outlier shares, templates, service requests, top topics.

Two archives of chats go through what notebook 02 runs, with the defaults:
``extract_questions`` (question turns, the ``service_request`` rule) and
``FrequentQuestions(random_state=0).fit(questions)`` (templates left out,
paraphrase clusters, topics). For each:

- customer turns, question turns, turns that only ask for a human
  (``question_rule == "service_request"``) or are closings and thanks;
- question turns left out as templates (``is_template_``);
- the outlier share at both levels (``outlier_share_``: in no paraphrase
  cluster; ``topic_outlier_share_``: in no topic) and how many clusters and
  topics there are;
- the 10 largest topics with their share of customers.

``stc3``
    ``../shared/datasets/stc3_weibo_helpdesk/dialogues.jsonl``: 1,822 real
    Weibo helpdesk dialogues (4,192 customer turns), built into a messages
    frame as the test suite does (``tests/questions/test_extract.py``).
``sample``
    ``sample_data/archive``, the synthetic archive (ours).

Usage::

    .venv/bin/python bench/real_chats.py          # both; writes bench/results/real_chats.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from toolkit.archive import load_archive  # noqa: E402
from toolkit.questions import FrequentQuestions, extract_questions  # noqa: E402

RESULTS = REPO / "bench" / "results" / "real_chats.json"


def messages(name: str) -> pd.DataFrame:
    if name == "stc3":
        from tests.questions.test_extract import _stc3_messages

        return _stc3_messages()[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the sample archive has planted faults
        return load_archive(REPO / "sample_data" / "archive")


def report(name: str) -> dict[str, Any]:
    questions = extract_questions(messages(name))
    t0 = time.perf_counter()
    model = FrequentQuestions(random_state=0).fit(questions)
    seconds = time.perf_counter() - t0
    asked = questions["is_question"].to_numpy()
    topics = model.topics_
    top = topics[~topics["is_follow_up"]].head(10)
    rule = questions["question_rule"]
    return {
        "set": name,
        "customer_turns": int(len(questions)),
        "question_turns": int(asked.sum()),
        "service_request_turns": int((rule == "service_request").sum()),
        "small_talk_turns": int((rule == "small_talk").sum()),
        "template_turns": int(model.is_template_.sum()),
        "n_clusters": int(len(model.clusters_)),
        "n_topics": int(len(topics)),
        "cluster_outlier_share_of_questions": round(float((model.labels_[asked] == -1).mean()), 4),
        "topic_outlier_share_of_questions": round(float((model.topic_labels_[asked] == -1).mean()), 4),
        "follow_up_share_of_questions": round(
            float(topics.loc[topics["is_follow_up"], "n_questions"].sum() / max(asked.sum(), 1)), 4),
        "seconds": round(seconds, 1),
        "top_topics": [
            {"label": r.label, "representative": r.representative, "n_questions": int(r.n_questions),
             "n_clusters": int(r.n_clusters), "share_of_customers": round(float(r.share_of_customers), 4)}
            for r in top.itertuples()
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", default=["stc3", "sample"], choices=["stc3", "sample"])
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    rows = []
    for name in args.sets:
        row = report(name)
        rows.append(row)
        print(json.dumps({k: v for k, v in row.items() if k != "top_topics"}, ensure_ascii=False))
        for t in row["top_topics"]:
            print(f"   {t['share_of_customers']:6.1%}  {t['n_questions']:5d}  {t['label']}  | {t['representative']}")
    args.results.write_text(json.dumps({"benchmark": "real_chats", "command": "bench/real_chats.py",
                                        "rows": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Does the KB fit the archive? ``toolkit.kb.kb_fit`` on real question sets x KBs (not a timed test).

For each (question set, KB) pair: distinct questions, the share answered at
calibrated score >= 0.5 (USE matcher), the share a meaningless KB with the
same words gets (chance), the share of questions where the KB's best score
beats the null KB's (win), and the verdict, next to the verdict expected.
No topics are passed (one overall row per pair), and no threshold is tuned
here: the defaults of ``kb_fit`` are used on every pair.

Pairs:

- sample archive customer questions (``extract_questions``, ``is_question``)
  x the sample KB (fits) and x the nonghang_zhidao bank KB (does not fit);
- nonghang_zhidao queries x its KB (fits) and x the sample KB (does not fit);
- 3,000 atec_antfin questions (seed 0) x a KB of the other atec questions
  (one entry per intent group, singletons alone; fits) and x the sample KB
  (does not fit);
- stc3_weibo_helpdesk customer turns x the sample KB and x the nonghang KB
  (public brand helpdesk threads: mostly unrelated to both).

Usage::

    .venv/bin/python bench/kb_fit.py              # writes bench/results/kb_fit.json
    .venv/bin/python bench/kb_fit.py --embedder none

KB embeddings are cached in ``bench/_data/kb/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
SAMPLE = REPO / "sample_data"
CACHE = REPO / "bench" / "_data" / "kb"


def question_sets() -> dict[str, list[str]]:
    from toolkit.archive import load_archive
    from toolkit.questions import extract_questions

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json",
                               staff=SAMPLE / "staff.csv")
    q = extract_questions(archive)
    sets = {"sample": q.loc[q["is_question"], "text"].tolist()}
    sets["nonghang"] = pd.read_csv(DATASETS / "nonghang_zhidao" / "queries.csv", dtype=str)["query"].tolist()
    atec = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv", dtype=str)
    pick = atec.sample(3000, random_state=0)
    sets["atec_3000"] = pick["question"].tolist()
    turns = []
    for line in (DATASETS / "stc3_weibo_helpdesk" / "dialogues.jsonl").read_text(encoding="utf-8").splitlines():
        turns += [t["text"] for t in json.loads(line)["turns"] if t["role"] == "customer"]
    sets["stc3_customer"] = turns
    return sets


def kbs() -> dict[str, pd.DataFrame]:
    from toolkit.kb import load_kb

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = {"sample_kb": load_kb(SAMPLE / "kb.csv").entries}
    out["nonghang_kb"] = pd.read_csv(DATASETS / "nonghang_zhidao" / "kb.csv", dtype=str)[["kb_id", "question"]]
    atec = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv", dtype=str)
    rest = atec.drop(atec.sample(3000, random_state=0).index)
    out["atec_rest_kb"] = pd.DataFrame({"kb_id": rest["intent_group"], "question": rest["question"]})
    return out


PAIRS = [
    ("sample", "sample_kb", "fits"),
    ("sample", "nonghang_kb", "does_not_fit"),
    ("nonghang", "nonghang_kb", "fits"),
    ("nonghang", "sample_kb", "does_not_fit"),
    ("atec_3000", "atec_rest_kb", "fits"),
    ("atec_3000", "sample_kb", "does_not_fit"),
    ("stc3_customer", "sample_kb", "does_not_fit"),
    ("stc3_customer", "nonghang_kb", "does_not_fit"),
]


def main(argv: list[str] | None = None) -> int:
    from toolkit.kb import KBMatcher, kb_fit

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embedder", default="use", choices=["use", "none"])
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "kb_fit.json"))
    args = ap.parse_args(argv)
    t_all = time.perf_counter()
    qsets, kbsets = question_sets(), kbs()
    matchers = {name: KBMatcher(embedder=args.embedder, cache_dir=CACHE).fit(kb) for name, kb in kbsets.items()}
    rows = []
    for qname, kname, expected in PAIRS:
        t0 = time.perf_counter()
        texts = qsets[qname]
        fit = kb_fit(kbsets[kname], texts, matchers[kname])
        r = fit.table.iloc[0]
        rows.append({
            "questions": qname, "kb": kname, "n_questions": fit.n_questions,
            "n_distinct": len(set(texts)), "answered_share": round(fit.answered_share, 4),
            "chance_share": round(fit.chance_share, 4), "win_share": round(float(r["win_share"]), 4), "p_value": float(f"{r['p_value']:.3g}"),
            "verdict": fit.verdict, "expected": expected, "as_expected": fit.verdict == expected,
            "seconds": round(time.perf_counter() - t0, 1), "message": fit.message,
        })
        print(f"{qname:14s} x {kname:13s} n={fit.n_questions:6d} distinct={rows[-1]['n_distinct']:6d} "
              f"answered={fit.answered_share:.3f} chance={fit.chance_share:.3f} win={r['win_share']:.3f} "
              f"verdict={fit.verdict:12s} expected={expected:12s} {rows[-1]['seconds']:.0f}s", flush=True)
    result = {
        "command": " ".join([".venv/bin/python", "bench/kb_fit.py", *(argv if argv is not None else sys.argv[1:])]),
        "embedder": args.embedder, "threshold": 0.5, "defaults": "kb_fit defaults (alpha 0.01, min_share 0.2, "
        "min_excess 0.1, min_win 2/3, n_null 1, random_state 0), no topics",
        "pairs": rows, "n_as_expected": sum(r["as_expected"] for r in rows), "n_pairs": len(rows),
        "total_seconds": round(time.perf_counter() - t_all, 1),
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Quality of the KB answer scorer (not a timed test).

Two measurements, one JSON line each:

``sample``
    The synthetic sample archive and KB: ``score_answers`` with the real
    ``KBMatcher``; the weak answers planted by the generator
    (``sample_data/truth/kb_quality.csv``, quality ``vague`` or ``outdated``)
    must rank at the bottom. Reports precision at the bottom 10 (the sample
    has 9 weak answers out of 22, so 0.9 is the best possible) and the rank
    of every weak answer.
``nonghang``
    ``../shared/datasets/nonghang_zhidao/answers.csv``: questions with a best
    reply and other replies. ``score_candidates`` scores every reply of a
    question against the others (leave one out); reported is the pairwise
    accuracy (best reply scored above a non-best one; ties count half), side
    by side with the obvious baseline "the longer reply is better".

Usage::

    .venv/bin/python bench/quality_kb.py                 # both
    .venv/bin/python bench/quality_kb.py sample          # one of them
    .venv/bin/python bench/quality_kb.py nonghang --embedder none
    .venv/bin/python bench/quality_kb.py sample --threshold 0.3
    .venv/bin/python bench/quality_kb.py sample --matcher e5   # match with e5, relevance with USE

The datasets folder is ``../shared/datasets`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
SAMPLE = REPO / "sample_data"


def pairwise_accuracy(scored: pd.DataFrame, score: str = "answer_score") -> dict[str, float]:
    """Share of (best, non-best) reply pairs of a question where the best scores higher."""
    wins = ties = n = 0
    for _, g in scored.groupby("group", sort=False):
        best = g.loc[g["is_best"] == 1, score]
        others = g.loc[g["is_best"] == 0, score]
        if len(best) != 1 or others.empty:
            continue
        b = best.iloc[0]
        for o in others:
            n += 1
            if np.isnan(b) or np.isnan(o) or b == o:
                ties += 1
            elif b > o:
                wins += 1
    return {"pairs": n, "pairwise_accuracy": round((wins + 0.5 * ties) / n, 4) if n else float("nan"),
            "ties": round(ties / n, 4) if n else float("nan")}


def nonghang_candidates(limit: int | None = None) -> pd.DataFrame:
    """Questions of nonghang_zhidao with one best and at least one other reply, one row per reply."""
    base = DATASETS / "nonghang_zhidao"
    kb = pd.read_csv(base / "kb.csv", dtype={"kb_id": "str"})
    ans = pd.read_csv(base / "answers.csv", dtype={"kb_id": "str"})
    stats = ans.groupby("kb_id")["is_best"].agg(["sum", "count"])
    keep = stats[(stats["sum"] == 1) & (stats["count"] >= 2)].index
    if limit is not None:
        keep = keep[:limit]
    c = ans[ans["kb_id"].isin(keep)].merge(kb[["kb_id", "question"]], on="kb_id", how="left")
    return c.rename(columns={"kb_id": "group"})[["group", "question", "answer", "is_best"]].reset_index(drop=True)


def run_nonghang(embedder: str, limit: int | None) -> dict[str, object]:
    from toolkit.kb.score import score_candidates

    c = nonghang_candidates(limit)
    t0 = time.perf_counter()
    scored = score_candidates(c, embedder=embedder)
    secs = time.perf_counter() - t0
    out: dict[str, object] = {"dataset": "nonghang_zhidao", "embedder": embedder, "questions": int(c["group"].nunique()),
                              "replies": len(c)}
    out["answer_score"] = pairwise_accuracy(scored)
    for comp in ("relevance_score", "specificity_score", "consistency_score"):
        out[comp] = pairwise_accuracy(scored, comp)
    out["baseline_longer_reply"] = pairwise_accuracy(c.assign(length=c["answer"].str.len().astype(float)), "length")
    out["seconds"] = round(secs, 1)
    return out


def sample_scores(threshold: float, embedder: str = "use", matcher_embedder: str | None = None) -> pd.DataFrame:
    from toolkit.archive import load_archive
    from toolkit.kb import KBMatcher, load_kb
    from toolkit.kb.score import score_answers
    from toolkit.questions import extract_questions

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json",
                               staff=SAMPLE / "staff.csv", tz="Asia/Shanghai")
        kb = load_kb(SAMPLE / "kb.csv").entries
    qa = extract_questions(archive)
    matcher = KBMatcher(embedder=matcher_embedder or embedder).fit(kb)
    return score_answers(kb, qa, matcher=matcher, threshold=threshold, embedder=embedder)


def bottom_precision(scores: pd.DataFrame, truth: pd.DataFrame, n: int = 10) -> dict[str, object]:
    """Precision of "weak" among the n lowest answer_score (NaN scores rank last)."""
    s = scores.merge(truth[["kb_id", "quality"]], on="kb_id", how="left")
    s = s.sort_values(["answer_score", "kb_id"], kind="stable", na_position="last").reset_index(drop=True)
    weak = s["quality"].isin(["vague", "outdated"])
    return {
        f"precision_bottom_{n}": round(float(weak.head(n).mean()), 4),
        "best_possible": round(min(n, int(weak.sum())) / n, 4),
        "weak_ranks": {k: int(i) + 1 for i, k in zip(s.index[weak], s.loc[weak, "kb_id"], strict=True)},
        "unscored": s.loc[s["answer_score"].isna(), "kb_id"].tolist(),
    }


def run_sample(threshold: float, embedder: str, matcher_embedder: str | None = None) -> dict[str, object]:
    t0 = time.perf_counter()
    scores = sample_scores(threshold, embedder, matcher_embedder)
    truth = pd.read_csv(SAMPLE / "truth" / "kb_quality.csv")
    out: dict[str, object] = {"dataset": "sample_data", "embedder": embedder,
                              "matcher": matcher_embedder or embedder, "threshold": threshold}
    out.update(bottom_precision(scores, truth))
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # no ``choices``: with nargs="*", Python 3.11's argparse checks the empty default against them and fails
    p.add_argument("which", nargs="*", help="sample and/or nonghang (default: both)")
    p.add_argument("--embedder", default="use", choices=["use", "none"])
    p.add_argument("--matcher", default=None, choices=["use", "e5", "none"],
                   help="sample: the KBMatcher's embedder (default: --embedder)")
    p.add_argument("--threshold", type=float, default=0.5)
    p.add_argument("--limit", type=int, default=None, help="nonghang: first N questions only")
    args = p.parse_args(argv)
    unknown = sorted(set(args.which) - {"sample", "nonghang"})
    if unknown:
        p.error(f"unknown set(s) {unknown}; choose from sample, nonghang")
    for which in args.which or ["sample", "nonghang"]:
        if which == "nonghang":
            if not (DATASETS / "nonghang_zhidao").exists():
                print(f"dataset not found: {DATASETS / 'nonghang_zhidao'}", file=sys.stderr)
                return 2
            res = run_nonghang(args.embedder, args.limit)
        else:
            res = run_sample(args.threshold, args.embedder, args.matcher)
        print(json.dumps(res, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Benchmark the per-archive calibration (issue 20): ECE of the top-1 score against gold, before and after.

For each set that can be made a KB-matching task, the matcher (default
``"use"`` embedder) is fitted on the set's KB, its top-1 scores on the set's
queries are judged against GOLD correctness, then
:func:`toolkit.kb.fit_archive_calibration` is fitted on the set's weak labels
only (its KB, plus the agents' replies where the set has them; the query
texts are passed as unlabelled archive questions) and the same scores are
judged again. Reported per set: n queries, ECE (10 equal-width bins)
before -> after for the Platt and isotonic maps, top-1 accuracy before/after
(unchanged by construction: checked), weak labels per source, and the
reliability tables (gold) before and after.

Sets:

- ``nonghang_zhidao``: queries.csv against kb.csv; a hit on the gold
  answer_group counts. Weak labels from the KB rows: rows with identical
  answer text (an answer_group) are one answer class. answers.csv is NOT
  used as "agent replies": each of its replies answers a KB row's own title,
  which is in the KB, so matching that title is a self-match (leaked), and
  matching it without its row is the known-negative source, already
  labelled exactly by answer class.
- ``atec_antfin``: 2,000 intent groups of >= 2 questions (seed 0) are
  entries with all but one question as phrasings; the held-out question is
  the query; a hit on its group counts.
- ``lcqmc``: entries = the distinct question2 of all pairs (label-0 ones are
  distractors); queries = question1 of the label-1 pairs; gold = its pair's
  question2 entry.
- ``sample``: sample_data archive questions (``extract_questions``,
  ``is_question``) with a truth row (truth/questions.csv msgids -> kb_id; a
  question whose intent has no KB entry is wrong whatever it matches);
  sample kb.csv; the agents' replies give reply-agreement labels, whose
  agreement with gold is reported.
- ``stc3_weibo_helpdesk`` has no KB and no gold entry per question: not a
  KB-matching task, skipped.

Also reported: ``ablation`` (gold ECE of a Platt fit on the same weak labels
without the answerable-share weighting, ``unweighted``, and with it,
``weighted``, even where ``max_shift`` kept the shipped map), the isotonic
map, the estimated ``answerable_share`` and ``score_shift``, and for
nonghang_zhidao the ECE per query type (``body_extends_title`` queries contain
their own KB title almost verbatim, which no leave-one-out weak label can
represent; ``ece_after_if_not_kept`` is the weighted Platt map that
``max_shift`` refused).

Usage::

    .venv/bin/python bench/calibration.py            # all sets
    .venv/bin/python bench/calibration.py --sets sample,nonghang_zhidao

Results: ``bench/results/calibration.json``; KB embeddings cached in
``bench/_data/kb/`` (git-ignored).
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

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
SAMPLE = REPO / "sample_data"
CACHE = REPO / "bench" / "_data" / "kb"
RESULTS = REPO / "bench" / "results" / "calibration.json"
SETS = ("sample", "nonghang_zhidao", "atec_antfin", "lcqmc")

sys.path.insert(0, str(REPO))


# --------------------------------------------------------------------------- sets
def load_set(name: str) -> dict[str, Any]:
    """kb (kb_id, question, answer), queries (list of str), gold (list), groups (kb_id -> class or None),
    questions (what the archive holds for weak labels: a frame with replies, or the query texts)."""
    if name == "nonghang_zhidao":
        nh = DATASETS / "nonghang_zhidao"
        kb = pd.read_csv(nh / "kb.csv")
        q = pd.read_csv(nh / "queries.csv")
        return {"kb": kb[["kb_id", "question", "answer"]], "queries": q["query"].tolist(),
                "gold": q["gold_kb_id"].tolist(), "groups": dict(zip(kb["kb_id"], kb["answer_group"])),
                "questions": q["query"].tolist()}
    if name == "atec_antfin":
        qs = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv").drop_duplicates("question")
        qs = qs[qs["group_size"] >= 2].sort_values(["intent_group", "question"], kind="stable")
        groups = sorted(qs["intent_group"].unique())
        rng = np.random.default_rng(0)
        keep = set(rng.choice(groups, size=min(2000, len(groups)), replace=False).tolist())
        qs = qs[qs["intent_group"].isin(keep)]
        qs = qs[qs.groupby("intent_group")["question"].transform("size") >= 2]
        last = qs.groupby("intent_group").tail(1)
        kb = qs.drop(last.index).rename(columns={"intent_group": "kb_id"})[["kb_id", "question"]]
        kb = kb.assign(answer="答案 " + kb["kb_id"]).reset_index(drop=True)
        return {"kb": kb, "queries": last["question"].tolist(), "gold": last["intent_group"].tolist(),
                "groups": None, "questions": last["question"].tolist()}
    if name == "lcqmc":
        p = pd.read_csv(DATASETS / "lcqmc" / "pairs.csv")
        q2 = sorted(set(p["question2"].astype(str)))
        kid = {t: f"L{i:05d}" for i, t in enumerate(q2)}
        kb = pd.DataFrame({"kb_id": [kid[t] for t in q2], "question": q2})
        kb["answer"] = "答案 " + kb["kb_id"]
        pos = p[p["label"] == 1]
        return {"kb": kb, "queries": pos["question1"].astype(str).tolist(),
                "gold": [kid[t] for t in pos["question2"].astype(str)], "groups": None,
                "questions": pos["question1"].astype(str).tolist()}
    if name == "sample":
        from toolkit.archive import load_archive
        from toolkit.gating import attach_truth  # the bench may use the higher layer; toolkit.kb does not
        from toolkit.kb import load_kb
        from toolkit.questions import extract_questions

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            archive = load_archive(SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json",
                                   staff=SAMPLE / "staff.csv", tz="Asia/Shanghai")
            kb = load_kb(SAMPLE / "kb.csv").entries
        qa = extract_questions(archive)
        truth = pd.read_csv(SAMPLE / "truth" / "questions.csv", dtype=str, keep_default_na=False)
        t = attach_truth(qa[qa["is_question"]], truth)
        t = t[t["has_gold"]].reset_index(drop=True)
        # a question whose intent has no KB entry: no entry is right (gold = an id no entry has)
        gold = [g if isinstance(g, str) else "<none>" for g in t["gold_kb_id"]]
        return {"kb": kb, "queries": t["text"].tolist(), "gold": gold, "groups": None, "questions": qa,
                "truth": t}
    raise SystemExit(f"unknown set {name}")


def _correct(top: pd.DataFrame, gold: list[Any], groups: dict[str, Any] | None) -> np.ndarray:
    g = [gold[i] for i in top["query_pos"]]
    if groups is None:
        return np.array([a == b for a, b in zip(top["kb_id"], g)], dtype=bool)
    return np.array([groups.get(a, a) == groups.get(b, b) for a, b in zip(top["kb_id"], g)], dtype=bool)


def _table(scores: np.ndarray, ok: np.ndarray) -> list[dict[str, Any]]:
    from toolkit.kb import reliability_table

    return [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}
            for r in reliability_table(scores, ok).to_dict("records")]


def run_set(name: str, embedder: str) -> dict[str, Any]:
    from toolkit.kb import KBMatcher, expected_calibration_error, fit_archive_calibration

    t0 = time.perf_counter()
    d = load_set(name)
    m = KBMatcher(embedder=embedder, cache_dir=CACHE).fit(d["kb"])
    res = m.match(d["queries"], k=2)
    top = res[res["rank"] == 1]
    ok = _correct(top, d["gold"], d["groups"])
    before = top["score"].to_numpy()
    out: dict[str, Any] = {"set": name, "n_queries": len(d["queries"]), "n_matched": int(len(top)),
                           "n_entries": int(m.n_entries_), "n_phrasings": int(len(m.phrasings_)),
                           "gold_accuracy_top1": round(float(ok.mean()), 4),
                           "ece_before": round(expected_calibration_error(before, ok), 4),
                           "reliability_before": _table(before, ok), "methods": {}}
    for method in ("platt", "isotonic"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            cal = fit_archive_calibration(m, d["kb"], d["questions"], method=method, random_state=0)
        after_res = cal.apply(res)
        atop = after_res[after_res["rank"] == 1]
        assert atop["kb_id"].tolist() == top["kb_id"].tolist(), "top-1 changed"
        after = atop["score"].to_numpy()
        out["methods"][method] = {
            "method": cal.method, "warning": cal.warning, "n_warnings": len(w), "n_labels": cal.n_labels,
            "answerable_share": cal.answerable_share, "score_shift": cal.score_shift,
            "params": {k: (round(float(v), 4) if np.isscalar(v) else len(v)) for k, v in cal.params.items()},
            "ece_after": round(expected_calibration_error(after, ok), 4),
            "top1_after": round(float(_correct(atop, d["gold"], d["groups"]).mean()), 4),
            "weak_ece_before": round(expected_calibration_error(cal.labels["score"], cal.labels["is_correct"]), 4)
            if len(cal.labels) else None,
            "weak_ece_after": round(expected_calibration_error(cal.transform(cal.labels["score"].to_numpy()),
                                                               cal.labels["is_correct"]), 4)
            if len(cal.labels) else None,
            "reliability_after": _table(after, ok),
            "weak_reliability": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}
                                 for r in cal.reliability.to_dict("records")],
        }
        if method == "platt":
            out["ablation"] = ablation(cal, before, ok)
            if name == "sample":
                out["reply_agreement_vs_gold"] = reply_vs_gold(cal.labels, d)
            if name == "nonghang_zhidao":
                q = pd.read_csv(DATASETS / "nonghang_zhidao" / "queries.csv")
                qt = q["query_type"].to_numpy()[top["query_pos"].to_numpy()]
                forced = ablation(cal, before, ok, forced=True)
                out["by_query_type"] = {t: {"n": int((qt == t).sum()), "top1": round(float(ok[qt == t].mean()), 4),
                                            "ece_before": round(expected_calibration_error(before[qt == t], ok[qt == t]), 4),
                                            "ece_after_if_not_kept": round(expected_calibration_error(
                                                forced["_scores"][qt == t], ok[qt == t]), 4)}
                                        for t in sorted(set(qt))}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    print(f"{name}: {out['seconds']} s", flush=True)
    return out


def ablation(cal: Any, before: np.ndarray, ok: np.ndarray, forced: bool = False) -> dict[str, Any]:
    """Gold ECE of Platt fits on the same weak labels: unweighted (the labels' own mix: before the
    answerable-share fix) and weighted by the estimated answerable share even where max_shift kept the
    shipped map (``forced``)."""
    from sklearn.linear_model import LogisticRegression

    from toolkit.kb import expected_calibration_error
    from toolkit.kb.calibrate import _logit

    lab = cal.labels
    x, y, a = lab["score"].to_numpy(), lab["is_correct"].to_numpy(), lab["is_answerable"].to_numpy()
    out: dict[str, Any] = {}
    if len(x) < 20 or min(y.sum(), (~y).sum()) < 10:
        return out
    pi = cal.answerable_share
    for name, w in (("unweighted", None),
                    ("weighted", None if pi is None else np.where(a, pi / max(a.sum(), 1),
                                                                  (1 - pi) / max((~a).sum(), 1)) * len(x))):
        lr = LogisticRegression(C=1e4).fit(_logit(x)[:, None], y, sample_weight=w)
        t = 1 / (1 + np.exp(-(lr.coef_[0, 0] * _logit(before) + lr.intercept_[0])))
        out[f"ece_platt_{name}"] = round(expected_calibration_error(t, ok), 4)
        if forced and name == "weighted":
            out["_scores"] = t
    return out


def reply_vs_gold(labels: pd.DataFrame, d: dict[str, Any]) -> dict[str, Any]:
    """How often the reply-agreement weak labels agree with gold (sample truth): the label is about the
    question's top-1 entry; gold says whether that entry is the truth kb_id."""
    from toolkit.gating import attach_truth

    r = labels[labels["source"] == "reply_agreement"]
    qa = d["questions"]
    truth = pd.read_csv(SAMPLE / "truth" / "questions.csv", dtype=str, keep_default_na=False)
    t = attach_truth(qa, truth)
    g = t["gold_kb_id"].to_numpy()[r["item"].to_numpy()]
    has = t["has_gold"].to_numpy()[r["item"].to_numpy()]
    gold_ok = np.array([isinstance(x, str) and x == k for x, k in zip(g, r["kb_id"])])
    lab = r["is_correct"].to_numpy()
    n_q = int(qa["is_question"].sum())
    n_replied = int((qa["is_question"] & qa["reply_text"].map(lambda v: isinstance(v, str))).sum())
    return {"n_questions": n_q, "n_with_reply": n_replied, "n_labelled": int(len(r)),
            "n_with_gold": int(has.sum()),
            "agreement": round(float((lab == gold_ok)[has].mean()), 4) if has.any() else None,
            "positives": int(lab[has].sum()), "positives_gold_correct": round(float(gold_ok[has & lab].mean()), 4)
            if (has & lab).any() else None,
            "negatives": int((~lab[has]).sum()),
            "negatives_gold_wrong": round(float((~gold_ok[has & ~lab]).mean()), 4) if (has & ~lab).any() else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--embedder", default="use", choices=["use", "none", "e5"])
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    import logging

    logging.disable(logging.INFO)
    t0 = time.perf_counter()
    rows = [run_set(s, args.embedder) for s in args.sets.split(",")]
    for r in rows:
        r.get("ablation", {}).pop("_scores", None)
    print(f"\n{'set':<16}{'queries':>8}{'top1':>7}{'ECE before':>11}{'after':>7}{'isotonic':>9}{'unweighted':>11}"
          f"{'share':>7}{'shift':>7}  {'weak labels self/neg/reply (positive)':<38}method")
    for r in rows:
        p, i = r["methods"]["platt"], r["methods"]["isotonic"]
        n = p["n_labels"]
        labs = f"{n['self_retrieval']}/{n['known_negative']}/{n['reply_agreement']} ({n['positive']})"
        unw = r.get("ablation", {}).get("ece_platt_unweighted", float("nan"))
        share, shift = (float("nan") if v is None else v for v in (p["answerable_share"], p["score_shift"]))
        print(f"{r['set']:<16}{r['n_queries']:>8}{r['gold_accuracy_top1']:>7.3f}{r['ece_before']:>11.3f}"
              f"{p['ece_after']:>7.3f}{i['ece_after']:>9.3f}{unw:>11.3f}{share:>7.3f}{shift:>7.3f}  {labs:<38}{p['method']}")
    if any(r["set"] == "sample" for r in rows):
        print("sample reply agreement vs gold:", next(r for r in rows if r["set"] == "sample")["reply_agreement_vs_gold"])
    results = {"benchmark": "calibration", "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
               "command": " ".join([".venv/bin/python bench/calibration.py", *(argv if argv is not None else sys.argv[1:])]),
               "embedder": args.embedder, "seconds": round(time.perf_counter() - t0, 1),
               "skipped": {"stc3_weibo_helpdesk": "no KB and no gold entry per question: not a KB-matching task"},
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count()}, "sets": rows}
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written {args.results.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

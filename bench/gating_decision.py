"""The gating decision notebook 04 ends with, on the sample and on real question sets made into archives.

Each set goes through what notebook 04 runs: ``load_archive`` on a folder of
WeCom JSON Lines records, ``extract_questions``, ``eligibility`` /
``eligible_questions``, ``attach_truth`` (gold KB entries), the default
``KBMatcher`` fitted on the set's KB, ``simulate_gating`` on every eligible
question, the per-archive calibration (``fit_archive_calibration`` on the
eligible questions, ``GatingResult.recalibrated``), then ``gating_decision``
(targets 80/85/90%, 95% confidence).

``sample``
    ``sample_data/archive`` with ``sample_data/kb.csv`` and its truth
    (synthetic); the scope is inferred, as notebook 04 does without
    ``SCOPE``.
``nonghang``
    ``../shared/datasets/nonghang_zhidao``: each of the 433 real queries is
    a customer's message in its own 1:1 chat with one of 8 employees, and
    the employee replies with another community reply to the gold question
    when there is one (``answers.csv``, not the best one), else the best
    answer. KB rows that share an answer (``answer_group``) are one entry
    with several phrasings, so a hit on any of them is correct, as in
    ``bench/kb.py``. The archive is written to a temporary folder; nothing
    is copied into the repository.
``atec``
    ``../shared/datasets/atec_antfin``: a KB of 2,000 intent groups (all
    but one question of each group as phrasings); the held-out question of
    each group is a customer message (no replies exist: hours saved are 0).

The made-up archives come with a scope table naming their 8 agents.

Usage::

    .venv/bin/python bench/gating_decision.py            # all three; writes bench/results/gating_decision.json
    .venv/bin/python bench/gating_decision.py nonghang
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from toolkit.archive import load_archive  # noqa: E402
from toolkit.gating import (  # noqa: E402
    GatingPolicy,
    attach_truth,
    eligibility,
    eligible_questions,
    gating_decision,
    simulate_gating,
)
from toolkit.kb import KBMatcher, expected_calibration_error, fit_archive_calibration  # noqa: E402
from toolkit.questions import extract_questions  # noqa: E402

DATASETS = REPO.parent / "shared" / "datasets"
RESULTS = REPO / "bench" / "results" / "gating_decision.json"
CACHE = REPO / "bench" / "_data" / "kb"
T0 = pd.Timestamp("2026-07-01 09:00", tz="Asia/Shanghai")


def _record(n: int, sender: str, to: str, at: pd.Timestamp, text: str) -> dict[str, Any]:
    return {"msgid": f"{n:08d}_external", "action": "send", "from": sender, "tolist": [to], "roomid": "",
            "msgtime": int(at.value // 1_000_000), "msgtype": "text", "text": {"content": text}}


def write_archive(folder: Path, turns: list[tuple[str, str | None]], seed: int = 0) -> pd.DataFrame:
    """One 1:1 chat per (question, reply) turn; returns the truth frame's ``msgids`` in turn order."""
    rng = np.random.default_rng(seed)
    employees = [f"agent{i}" for i in range(8)]
    records, msgids = [], []
    for i, (question, reply) in enumerate(turns):
        cust, emp = f"wm{i:06d}", employees[i % len(employees)]
        at = T0 + pd.Timedelta(minutes=7 * i)
        records.append(_record(2 * i, cust, emp, at, question))
        msgids.append(records[-1]["msgid"])
        if reply:
            records.append(_record(2 * i + 1, emp, cust, at + pd.Timedelta(seconds=int(rng.integers(30, 900))), reply))
    folder.mkdir(parents=True, exist_ok=True)
    # every agent is archived (the scope table an export would come with)
    pd.DataFrame({"userid": employees, "since": "", "until": ""}).to_csv(folder.parent / "scope.csv", index=False)
    with open(folder / "messages.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return pd.DataFrame({"msgids": msgids})


def nonghang(folder: Path) -> tuple[Path, pd.DataFrame, pd.DataFrame]:
    d = DATASETS / "nonghang_zhidao"
    kb = pd.read_csv(d / "kb.csv")
    queries = pd.read_csv(d / "queries.csv")
    answers = pd.read_csv(d / "answers.csv")
    entry = dict(zip(kb["kb_id"], kb["answer_group"]))
    kb_entries = pd.DataFrame({"kb_id": kb["answer_group"], "question": kb["question"], "answer": kb["answer"]})
    other = answers[answers["is_best"] == 0].drop_duplicates("kb_id").set_index("kb_id")["answer"]
    best = kb.set_index("kb_id")["answer"]
    turns = [(q, str(other.get(g, best.get(g)))) for q, g in zip(queries["query"], queries["gold_kb_id"])]
    truth = write_archive(folder, turns)
    truth["kb_id"] = [entry[g] for g in queries["gold_kb_id"]]
    truth["intent"] = truth["kb_id"]
    return folder, kb_entries, truth


def atec(folder: Path, n_entries: int = 2000) -> tuple[Path, pd.DataFrame, pd.DataFrame]:
    qs = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv")
    qs = qs.drop_duplicates("question").sort_values(["intent_group", "question"], kind="stable")
    groups = qs[qs["group_size"] >= 2]["intent_group"].drop_duplicates().sample(frac=1.0, random_state=0)
    keep = qs[qs["intent_group"].isin(groups.iloc[:n_entries])]
    keep = keep[keep.groupby("intent_group")["question"].transform("size") >= 2]
    held = keep.groupby("intent_group").tail(1)
    kb_entries = keep.drop(held.index).rename(columns={"intent_group": "kb_id"})[["kb_id", "question"]]
    kb_entries["answer"] = ""
    truth = write_archive(folder, [(q, None) for q in held["question"]])
    truth["kb_id"] = held["intent_group"].to_numpy()
    truth["intent"] = truth["kb_id"]
    return folder, kb_entries, truth


def sample() -> tuple[Path, pd.DataFrame, pd.DataFrame]:
    from toolkit.kb import load_kb

    root = REPO / "sample_data"
    truth = pd.read_csv(root / "truth" / "questions.csv", dtype=str, keep_default_na=False)
    return root / "archive", load_kb(root / "kb.csv").entries, truth


def run(name: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder, kb, truth = sample() if name == "sample" else (nonghang if name == "nonghang" else atec)(Path(tmp) / name)
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the sample has planted faults; a made-up archive has no scope table
            scope = folder.parent / "scope.csv"
            archive = load_archive(folder, scope=scope if scope.is_file() and name != "sample" else None)
            questions = extract_questions(archive)
            eq = eligible_questions(questions[questions["is_question"]], eligibility(archive))
        eq = attach_truth(eq[eq["is_eligible"]], truth)
        matcher = KBMatcher(cache_dir=CACHE).fit(kb)
        raw = simulate_gating(eq, matcher, GatingPolicy(threshold=0.5), kb=kb)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a fallback is reported through cal.warning
            cal = fit_archive_calibration(matcher, kb, eq, random_state=0)
        replay = raw.recalibrated(cal)
        d = gating_decision(replay, random_state=0)
        seconds = time.perf_counter() - t0
    pq = replay.per_question
    judged = raw.per_question["score"].notna().to_numpy()
    ok = pq["is_top_correct"].to_numpy(dtype=bool)[judged]
    ece = [round(expected_calibration_error(r.per_question["score"].to_numpy(dtype=float)[judged], ok), 4)
           for r in (raw, replay)]
    return {
        "set": name,
        "distinct_questions": int(pq["text"].nunique()),
        "eligible_questions": int(pq["is_eligible"].sum()),
        "kb_entries": int(kb["kb_id"].nunique()),
        "judged_by_truth": int(replay.totals["n_truth"]),
        "top1_accuracy": round(float(pq["is_top_correct"].mean()), 4),
        "calibration": cal.method, "calibration_warning": cal.warning, "ece_shipped": ece[0], "ece_archive": ece[1],
        "recommended_target": None if np.isnan(d.recommended) else d.recommended,
        "reason": d.reason,
        "table": json.loads(d.table.round(4).to_json(orient="records")),
        "advice": d.advice["what_would"].tolist(),
        "weak_entries": json.loads(d.weak_entries.round(4).to_json(orient="records")),
        "seconds": round(seconds, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="sample, nonghang and/or atec (default: all three)")
    args = ap.parse_args()
    sets = args.sets or ["sample", "nonghang", "atec"]
    if set(sets) - {"sample", "nonghang", "atec"}:
        ap.error(f"unknown set(s) {sorted(set(sets) - {'sample', 'nonghang', 'atec'})}")
    out = []
    for name in sets:
        r = run(name)
        out.append(r)
        print(f"\n== {name}: {r['eligible_questions']:,} eligible questions ({r['distinct_questions']:,} distinct), "
              f"{r['kb_entries']:,} KB entries, top-1 {r['top1_accuracy']:.3f}, {r['seconds']} s; calibration "
              f"{r['calibration']}, ECE {r['ece_shipped']} -> {r['ece_archive']}")
        print(pd.DataFrame(r["table"]).to_string(index=False))
        print(r["reason"])
        for a in r["advice"]:
            print("-", a)
    if set(sets) == {"sample", "nonghang", "atec"}:
        RESULTS.write_text(json.dumps({
            "benchmark": "gating decision on the sample and on real question sets made into archives",
            "command": ".venv/bin/python bench/gating_decision.py",
            "date": time.strftime("%Y-%m-%d"), "machine": platform.machine(), "sets": out,
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()

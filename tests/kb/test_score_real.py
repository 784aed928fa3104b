"""The answer scorer on the sample truth and on real replies (nonghang_zhidao).

Floors sit just under what was measured (see bench/quality_kb.py for the
figures and the USE variant). Lexical matching and scoring (``embedder="none"``)
keep these tests fast; the real-data test skips when ../shared/datasets is absent.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit.kb.score import score_answers, score_candidates

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"
NONGHANG = REPO.parent / "shared" / "datasets" / "nonghang_zhidao"


@pytest.fixture(scope="module")
def sample_scores():
    from toolkit.archive import load_archive
    from toolkit.kb import KBMatcher, load_kb
    from toolkit.questions import extract_questions

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json",
                               staff=SAMPLE / "staff.csv", tz="Asia/Shanghai")
        kb = load_kb(SAMPLE / "kb.csv").entries
    qa = extract_questions(archive)
    matcher = KBMatcher(embedder="none").fit(kb)
    scores = score_answers(kb, qa, matcher=matcher, threshold=0.5, embedder="none")
    truth = pd.read_csv(SAMPLE / "truth" / "kb_quality.csv")
    return scores.merge(truth, on="kb_id", how="left")


def test_planted_weak_answers_rank_at_the_bottom(sample_scores):
    # 9 of the 22 entries are weak, so 0.9 is the best possible; measured 0.8-0.9 depending on the
    # matcher version (the good K22 entry draws mismatched questions with some versions).
    bottom = sample_scores.sort_values(["answer_score", "kb_id"], kind="stable", na_position="last").head(10)
    precision = float(bottom["quality"].isin(["vague", "outdated"]).mean())
    assert precision >= 0.7


def test_outdated_answers_are_caught_contradicting_the_agents(sample_scores):
    s = sample_scores.set_index("kb_id")
    expected = {"K01": "vs agents 2年", "K03": "vs agents 15天", "K19": "vs agents 免费", "K14": "vs agents 2年"}
    for kid, text in expected.items():
        assert text in s.loc[kid, "conflicts"], kid
        assert s.loc[kid, "conflicting_replies"].startswith("“"), kid
    good = s[s["quality"] == "good"]
    assert (good["conflicts"] == "").mean() >= 0.9


def test_vague_answers_lack_the_agents_facts(sample_scores):
    s = sample_scores.set_index("kb_id")
    vague = s[(s["quality"] == "vague") & s["specificity_score"].notna()]
    assert len(vague) >= 4
    # consensus 0 (none of the agents' typical facts) and little substance
    assert (vague["specificity_score"] <= 0.25).all()
    assert (vague["missing_facts"] != "").all()
    good = s[(s["quality"] == "good") & s["specificity_score"].notna()]
    assert good["specificity_score"].median() >= 0.5


def _pairwise(scored: pd.DataFrame) -> float:
    wins = 0.0
    n = 0
    for _, g in scored.groupby("group", sort=False):
        b = g.loc[g["is_best"] == 1, "answer_score"].iloc[0]
        for o in g.loc[g["is_best"] == 0, "answer_score"]:
            n += 1
            wins += 0.5 if (np.isnan(b) or np.isnan(o) or b == o) else float(b > o)
    return wins / n


@pytest.mark.skipif(not NONGHANG.exists(), reason="../shared/datasets/nonghang_zhidao not available")
def test_best_reply_scores_above_the_others_on_nonghang():
    kb = pd.read_csv(NONGHANG / "kb.csv", dtype={"kb_id": "str"})
    ans = pd.read_csv(NONGHANG / "answers.csv", dtype={"kb_id": "str"})
    stats = ans.groupby("kb_id")["is_best"].agg(["sum", "count"])
    keep = stats[(stats["sum"] == 1) & (stats["count"] >= 2)].index
    c = ans[ans["kb_id"].isin(keep)].merge(kb[["kb_id", "question"]], on="kb_id").rename(columns={"kb_id": "group"})
    scored = score_candidates(c, embedder="none")
    # Measured 0.717 on 4,491 pairs (the "longer reply wins" baseline: 0.832).
    assert _pairwise(scored) >= 0.69

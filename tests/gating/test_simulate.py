"""Confidence gating: replay, sweeps, threshold choice with confidence, per-segment thresholds."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.exceptions import SchemaError
from toolkit.gating import (
    GatingPolicy,
    attach_truth,
    choose_threshold,
    eligibility,
    eligible_questions,
    reply_agreement,
    segment_thresholds,
    simulate_gating,
    sweep_thresholds,
)

from .conftest import SAMPLE


def _matches(scores, margins, kb_ids):
    n = len(scores)
    return pd.DataFrame({"query_pos": np.arange(n), "rank": 1, "kb_id": kb_ids, "score": scores, "margin": margins})


def _questions(n, *, gold=None, eligible=None):
    q = pd.DataFrame({"question_id": [f"q{i}" for i in range(n)], "text": ["保修多久"] * n})
    if gold is not None:
        q["has_gold"] = True
        q["gold_kb_id"] = pd.array(gold, dtype="str")
    if eligible is not None:
        q["is_eligible"] = eligible
    return q


def _synthetic(n=4000, seed=0):
    rng = np.random.default_rng(seed)
    score = rng.random(n)
    return pd.DataFrame({"score": score, "margin": rng.random(n) * 0.3, "is_top_correct": rng.random(n) < score,
                         "segment": np.where(rng.random(n) < 0.5, "a", "b")})


# --------------------------------------------------------------------------
# GatingPolicy
# --------------------------------------------------------------------------


def test_policy_is_frozen_hashable_and_validates():
    p = GatingPolicy(threshold=0.6, margin=0.1, segment_by="chat_type", segment_thresholds={"group": 0.9, "single": 0.5})
    assert p.segment_thresholds == (("group", 0.9), ("single", 0.5))
    assert hash(p) == hash(GatingPolicy(0.6, 0.1, "chat_type", {"single": 0.5, "group": 0.9}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.threshold = 0.1  # type: ignore[misc]
    with pytest.raises(ValueError, match="margin must be in"):
        GatingPolicy(margin=-0.1)
    with pytest.raises(ValueError, match="segment_by must name a column"):
        GatingPolicy(segment_thresholds={"group": 0.5})
    with pytest.raises(ValueError, match=r"segment_thresholds\['group'\] must be in"):
        GatingPolicy(segment_by="chat_type", segment_thresholds={"group": 2})
    with pytest.raises(TypeError, match="threshold must be a number"):
        GatingPolicy(threshold="high")


# --------------------------------------------------------------------------
# simulate_gating
# --------------------------------------------------------------------------


def test_shown_needs_eligibility_threshold_and_margin():
    q = _questions(4, gold=["K1", "K1", "K1", "K1"], eligible=[True, True, True, False])
    m = _matches([0.9, 0.9, 0.5, 0.95], [0.3, 0.01, 0.3, 0.3], ["K1", "K2", "K1", "K1"])
    r = simulate_gating(q, m, GatingPolicy(threshold=0.8, margin=0.05))
    pq = r.per_question
    assert pq["is_shown"].tolist() == [True, False, False, False]
    assert pq["is_top_correct"].tolist() == [True, False, True, True]
    assert pq["is_correct"].tolist() == [True, False, False, False]
    assert r.totals["n_eligible"] == 3 and r.totals["coverage"] == pytest.approx(1 / 3)


def test_questions_without_a_match_are_never_shown_and_gold_without_kb_is_wrong():
    q = _questions(3, gold=["K1", None, "K2"])
    m = _matches([0.9, 0.9], [0.5, 0.5], ["K1", "K3"])  # query 2 got no row
    pq = simulate_gating(q, m, GatingPolicy(threshold=0.5)).per_question
    assert pq["is_shown"].tolist() == [True, True, False]
    assert pq["is_correct"].tolist() == [True, False, False]
    assert pd.isna(pq.loc[2, "kb_id"])


def test_segment_thresholds_apply_per_row():
    q = _questions(2, gold=["K1", "K1"]).assign(chat_type=["single", "group"])
    m = _matches([0.7, 0.7], [0.5, 0.5], ["K1", "K1"])
    p = GatingPolicy(threshold=0.6, segment_by="chat_type", segment_thresholds={"group": 0.8})
    assert simulate_gating(q, m, p).per_question["is_shown"].tolist() == [True, False]
    with pytest.raises(SchemaError, match="segment column 'cluster'"):
        simulate_gating(q, m, GatingPolicy(threshold=0.6, segment_by="cluster", segment_thresholds={"x": 0.8}))


def test_time_saved_from_reply_times():
    q = _questions(4, gold=["K1"] * 4).assign(reply_seconds=[300.0, 30.0, 7200.0, np.nan])
    m = _matches([0.9] * 4, [0.5] * 4, ["K1"] * 4)
    r = simulate_gating(q, m, GatingPolicy(threshold=0.5), accept_seconds=60, max_reply_seconds=1800)
    assert r.per_question["saved_seconds"].tolist() == [240.0, 0.0, 1740.0, 0.0]
    assert r.totals["saved_hours"] == pytest.approx(1980 / 3600)


def test_proxy_judges_questions_without_truth():
    kb = pd.DataFrame({"kb_id": ["K1", "K2"], "answer": ["整机保修2年，电池保修1年", "请在小程序申请退货"]})
    q = pd.DataFrame({"question_id": ["a", "b", "c"], "text": ["保修多久", "怎么退货", "发票"],
                      "reply_text": ["整机保修2年哦，电池1年", "你好", None]})
    m = _matches([0.9, 0.9, 0.9], [0.5] * 3, ["K1", "K2", "K2"])
    pq = simulate_gating(q, m, GatingPolicy(threshold=0.5), kb=kb).per_question
    assert pq["correct_basis"].tolist() == ["proxy", "proxy", "none"]
    assert pq["is_correct"].tolist() == [True, False, False]
    assert pq["agreement_score"].iloc[0] > 0.5


def test_matcher_object_is_called_once_per_distinct_text(fake_matcher):
    calls = []

    class Spy:
        def match(self, queries, k=10):
            calls.append(list(queries))
            return fake_matcher.match(queries, k=k)

    q = pd.DataFrame({"question_id": ["a", "b", "c"], "text": ["保修多久", "怎么退货", "保修多久"]})
    r = simulate_gating(q, Spy(), GatingPolicy(threshold=0.0))
    assert calls == [["保修多久", "怎么退货"]]
    pq = r.per_question
    assert pq.loc[0, "kb_id"] == pq.loc[2, "kb_id"] and pq.loc[0, "score"] == pq.loc[2, "score"]
    direct = simulate_gating(q, fake_matcher.match(q["text"], k=2), GatingPolicy(threshold=0.0)).per_question
    pd.testing.assert_frame_equal(pq, direct)


def test_bad_inputs_raise_clear_errors():
    q = _questions(2)
    m = _matches([0.9, 0.8], [0.1, 0.1], ["K1", "K2"])
    with pytest.raises(TypeError, match="policy must be a GatingPolicy"):
        simulate_gating(q, m, 0.5)
    with pytest.raises(TypeError, match="matcher must have a match"):
        simulate_gating(q, "kb.csv", GatingPolicy())
    with pytest.raises(ValueError, match="query_pos must be positions 0..1"):
        simulate_gating(q, m.assign(query_pos=[0, 5]), GatingPolicy())
    with pytest.raises(ValueError, match="score must lie in"):
        simulate_gating(q, m.assign(score=[1.5, 0.2]), GatingPolicy())
    with pytest.raises(SchemaError, match="lacks columns"):
        simulate_gating(q, m.drop(columns="margin"), GatingPolicy())
    with pytest.raises(ValueError, match="not questions"):
        simulate_gating(q.assign(is_question=[True, False]), m, GatingPolicy())


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.booleans(), st.booleans()), min_size=1, max_size=40),
    st.floats(0, 1), st.floats(0, 1), st.floats(0, 0.5),
)
def test_raising_the_threshold_never_shows_more_suggestions(rows, t1, t2, margin):
    score, marg, ok, elig = map(list, zip(*rows))
    q = _questions(len(rows), gold=["K1" if o else "K2" for o in ok], eligible=elig)
    m = _matches(score, marg, ["K1"] * len(rows))
    lo, hi = sorted((t1, t2))
    a = simulate_gating(q, m, GatingPolicy(threshold=lo, margin=margin)).per_question["is_shown"]
    b = simulate_gating(q, m, GatingPolicy(threshold=hi, margin=margin)).per_question["is_shown"]
    assert not (b & ~a).any()  # every question shown at the higher threshold is shown at the lower one
    sweep = sweep_thresholds(simulate_gating(q, m, GatingPolicy()), thresholds=np.linspace(0, 1, 21), margins=[margin])
    assert (np.diff(sweep["shown"].to_numpy()) <= 0).all()


def test_with_policy_equals_a_fresh_replay():
    pq = _synthetic(300)
    q = _questions(300, gold=np.where(pq["is_top_correct"], "K1", "K2")).assign(
        reply_seconds=90.0, chat_type=pq["segment"])
    m = _matches(pq["score"], pq["margin"], ["K1"] * 300)
    base = simulate_gating(q, m, GatingPolicy(threshold=0.2))
    for p in (GatingPolicy(0.7, 0.1), GatingPolicy(0.5, 0.0, "chat_type", {"a": 0.9})):
        pd.testing.assert_frame_equal(base.with_policy(p).per_question, simulate_gating(q, m, p).per_question)
        assert base.with_policy(p).totals == simulate_gating(q, m, p).totals


# --------------------------------------------------------------------------
# sweep_thresholds
# --------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.booleans()), min_size=1, max_size=30),
       st.lists(st.sampled_from([0.0, 0.05, 0.1, 0.5, 0.73, 1.0]), min_size=1, max_size=4),
       st.sampled_from([0.0, 0.1, 0.3]))
def test_sweep_equals_replaying_each_policy(rows, thresholds, margin):
    score, marg, ok = map(list, zip(*rows))
    q = _questions(len(rows), gold=["K1" if o else "K2" for o in ok]).assign(reply_seconds=120.0)
    m = _matches(score, marg, ["K1"] * len(rows))
    sweep = sweep_thresholds(simulate_gating(q, m, GatingPolicy()), thresholds=thresholds, margins=[margin])
    for _, row in sweep.iterrows():
        t = simulate_gating(q, m, GatingPolicy(threshold=row["threshold"], margin=margin)).totals
        assert (row["shown"], row["correct"]) == (t["shown"], t["correct"])
        assert row["saved_hours"] == pytest.approx(t["saved_hours"])


def test_sweep_by_segment_and_grid_shape():
    pq = _synthetic(500)
    out = sweep_thresholds(pq, margins=[0.0, 0.1], by="segment")
    assert list(out.columns[:3]) == ["segment", "margin", "threshold"]
    assert len(out) == 2 * 2 * 101
    both = out.groupby(["margin", "threshold"])[["shown", "correct"]].sum().reset_index()
    glob = sweep_thresholds(pq, margins=[0.0, 0.1])
    assert both["shown"].tolist() == glob["shown"].tolist()
    with pytest.raises(ValueError, match="thresholds must lie in"):
        sweep_thresholds(pq, thresholds=[1.2])


# --------------------------------------------------------------------------
# choose_threshold
# --------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["ltt", "bootstrap"])
def test_choice_reaches_the_target_and_is_reproducible(method):
    pq = _synthetic(4000)
    c = choose_threshold(0.9, pq, method=method, n_resamples=400)
    assert c.found and c.precision_lower >= 0.9 and c.precision >= 0.9
    assert c.ci_low <= c.precision <= c.ci_high
    assert c.curve["is_chosen"].sum() == 1
    assert c.curve.loc[c.curve["is_chosen"], "threshold"].item() == c.threshold
    assert "at least 90% correct with 95% confidence" in c.claim
    again = choose_threshold(0.9, pq, method=method, n_resamples=400)
    assert (again.threshold, again.ci_low, again.ci_high) == (c.threshold, c.ci_low, c.ci_high)
    assert c.policy == GatingPolicy(threshold=c.threshold)


def test_unreachable_target_says_so():
    pq = _synthetic(500).assign(is_top_correct=False)
    c = choose_threshold(0.9, pq)
    assert not c.found and np.isnan(c.threshold) and c.shown == 0
    assert c.claim.startswith("no threshold")
    assert c.policy.threshold == 1.0


def test_ltt_controls_the_error_rate():
    """Over repeated samples, the true precision at the chosen threshold falls below target in at most ~5% of runs."""
    target, fails, runs = 0.85, 0, 60
    for seed in range(runs):
        pq = _synthetic(1500, seed=seed)
        c = choose_threshold(target, pq, n_resamples=50, random_state=seed)
        # scores are uniform and P(correct) = score, so the true precision above t is (1 + t) / 2
        if c.found and (1 + c.threshold) / 2 < target:
            fails += 1
    assert fails <= 0.1 * runs


def test_choose_threshold_rejects_bad_arguments():
    pq = _synthetic(100)
    with pytest.raises(ValueError, match="target_precision must be in"):
        choose_threshold(1.5, pq)
    with pytest.raises(ValueError, match="method must be"):
        choose_threshold(0.9, pq, method="magic")
    with pytest.raises(ValueError, match="confidence must be in"):
        choose_threshold(0.9, pq, confidence=95)


def test_segment_thresholds_hold_the_target_in_each_segment():
    rng = np.random.default_rng(3)
    n = 8000
    seg = np.where(rng.random(n) < 0.5, "easy", "hard")
    score = rng.random(n)
    ok = rng.random(n) < np.where(seg == "easy", 0.5 + score / 2, score)
    pq = pd.DataFrame({"segment": seg, "score": score, "margin": 1.0, "is_top_correct": ok})
    s = segment_thresholds(pq, 0.9, by="segment", n_resamples=200)
    t = s.table.set_index("segment")
    assert t.loc["easy", "threshold"] < s.global_choice.threshold < t.loc["hard", "threshold"]
    assert (t["precision"] >= 0.9).all()
    # one global threshold reaches the target on the mix by hiding a weak segment behind a strong one;
    # per-segment thresholds hold it in each segment, showing more where it is easy and less where it is hard
    assert t.loc["hard", "global_precision"] < 0.9 <= t.loc["easy", "global_precision"]
    assert t.loc["easy", "gain_correct"] > 0 > t.loc["hard", "gain_correct"]
    comp = s.comparison.set_index("policy")
    assert comp.loc["per_segment", "precision"] > comp.loc["global", "precision"] >= 0.9
    assert s.policy.segment_by == "segment" and dict(s.policy.segment_thresholds)["easy"] == t.loc["easy", "threshold"]
    small = segment_thresholds(pq, 0.9, by="segment", min_questions=10**6, n_resamples=100)
    assert set(small.table["source"]) == {"global"}


# --------------------------------------------------------------------------
# Truth and proxy helpers
# --------------------------------------------------------------------------


def test_reply_agreement_is_a_bounded_similarity():
    s = reply_agreement(pd.Series(["保修两年", "保修两年", ""]), pd.Series(["保修两年", "怎么退货", "x"]))
    assert s[0] == pytest.approx(1.0) and 0 <= s[1] < 0.5 and np.isnan(s[2])
    with pytest.raises(ValueError, match="same length"):
        reply_agreement(pd.Series(["a"]), pd.Series(["a", "b"]))


def _without_planted_disputes(questions: pd.DataFrame) -> pd.DataFrame:
    """The sample's questions minus the turns of the planted dispute stories (their truth is truth/disputes.csv)."""
    planted = set(pd.read_csv(SAMPLE / "truth" / "disputes.csv", dtype=str)["msgid"])
    return questions[~questions["question_id"].isin(planted)]


def test_sample_truth_attaches_to_every_extracted_question(sample_archive, sample_questions, sample_truth):
    q = sample_questions[sample_questions["is_question"]]
    g = attach_truth(q, sample_truth)
    dispute_turns = len(q) - len(_without_planted_disputes(q))
    assert 0 < dispute_turns <= 8 and (~g["has_gold"]).sum() == dispute_turns
    g = attach_truth(_without_planted_disputes(q), sample_truth)
    assert g["has_gold"].all()
    assert 0.5 < g["gold_kb_id"].notna().mean() < 0.9  # some intents have no KB entry


def test_sample_replay_with_the_fake_matcher(sample_archive, sample_questions, sample_truth, sample_kb, fake_matcher):
    q = eligible_questions(_without_planted_disputes(sample_questions[sample_questions["is_question"]]),
                           eligibility(sample_archive))
    q = attach_truth(q, sample_truth)
    r = simulate_gating(q, fake_matcher, GatingPolicy(threshold=0.5), kb=sample_kb)
    t = r.totals
    assert t["n_truth"] == len(q) and t["n_eligible"] == len(q)
    assert 0 < t["shown"] < len(q) and 0.3 < t["precision"] <= 1
    c = choose_threshold(0.9, r, n_resamples=300)
    # the claim holds on the replay itself
    assert c.found and c.precision >= 0.9 and c.shown >= 30
    # without truth, the reply proxy judges (conservatively)
    rp = simulate_gating(q.drop(columns="has_gold"), fake_matcher, GatingPolicy(threshold=c.threshold), kb=sample_kb)
    assert rp.totals["n_proxy"] > 0.9 * len(q)
    assert rp.totals["shown"] == c.shown


def test_recalibrated_keeps_the_curve_and_moves_the_thresholds():
    class Sqrt:
        def transform(self, s):
            return np.sqrt(np.asarray(s, dtype=float))

    rng = np.random.default_rng(0)
    n = 500
    s = rng.random(n)
    q = pd.DataFrame({"question_id": [f"q{i}" for i in range(n)], "text": [f"t{i}" for i in range(n)],
                      "has_gold": True, "gold_kb_id": np.where(rng.random(n) < s, "K1", "K2")})
    m = pd.DataFrame({"query_pos": range(n), "rank": 1, "kb_id": "K1", "score": s, "margin": s / 2})
    raw = simulate_gating(q, m, GatingPolicy(threshold=0.5))
    cal = raw.recalibrated(Sqrt())
    assert cal.policy == raw.policy
    # scores mapped, the runner-up mapped too, the order and correctness unchanged
    assert np.allclose(cal.per_question["score"], np.sqrt(s))
    assert np.allclose(cal.per_question["margin"], np.sqrt(s) - np.sqrt(s / 2))
    assert (cal.per_question["is_top_correct"] == raw.per_question["is_top_correct"]).all()
    # the same questions are shown at the mapped threshold
    a = sweep_thresholds(raw, thresholds=[0.25])
    b = sweep_thresholds(cal, thresholds=[0.5])
    assert a["shown"].item() == b["shown"].item() and a["correct"].item() == b["correct"].item()
    assert cal.totals["shown"] > raw.totals["shown"]  # threshold 0.5 now lets more through

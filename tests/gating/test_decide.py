"""gating_decision: a decision for several precision targets, a recommendation, and advice when none is reached."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from toolkit.gating import DECISION_COLUMNS, choose_threshold, gating_decision, needed_to_prove
from toolkit.gating import plots as gplots


def _replay(n: int = 6000, power: float = 0.5, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    score = rng.random(n)
    return pd.DataFrame({
        "score": score,
        "margin": 0.5,
        "is_top_correct": rng.random(n) < score ** power,
        "is_eligible": True,
        "potential_saved_seconds": 120.0,
        "kb_id": rng.choice(["K1", "K2", "K3"], n),
        "topic": rng.choice([0, 1, 2, -1], n),
    })


def test_each_target_matches_choose_threshold_and_counts_are_integers():
    pq = _replay()
    d = gating_decision(pq, targets=(0.9, 0.8, 0.85))
    assert list(d.table.columns) == list(DECISION_COLUMNS)
    assert d.table["target_precision"].tolist() == [0.8, 0.85, 0.9]  # sorted
    for r in d.table.itertuples():
        c = choose_threshold(r.target_precision, pq)
        assert r.threshold == c.threshold and r.shown == c.shown and r.correct == c.correct
    for col in ("n_eligible", "shown", "correct"):
        assert d.table[col].dtype == np.int64
    # hours saved at each threshold: the potential seconds of each correct suggestion
    assert d.table["saved_hours"].tolist() == pytest.approx((d.table["correct"] * 120 / 3600).tolist())


def test_recommends_the_strictest_target_with_useful_coverage():
    pq = _replay()
    d = gating_decision(pq, targets=(0.8, 0.9, 0.97))
    cov = dict(zip(d.table["target_precision"], d.table["coverage"]))
    assert d.found and d.table["is_recommended"].sum() == 1
    useful = [t for t, c in cov.items() if c >= 0.05 and d.table.set_index("target_precision").loc[t, "found"]]
    assert d.recommended == max(useful)
    assert d.choice is d.choices[d.recommended]
    assert d.policy.threshold == d.choice.threshold
    assert f"{d.recommended:.0%} target" in d.reason
    # raising the bar for "useful" moves the recommendation to a looser target
    strict = gating_decision(pq, targets=(0.8, 0.9, 0.97), min_coverage=0.5)
    assert strict.recommended < d.recommended or not strict.table["coverage"].ge(0.5).any()


def test_reason_names_the_cost_of_the_looser_target():
    d = gating_decision(_replay(), targets=(0.8, 0.9))
    assert d.recommended == 0.9
    t = d.table.set_index("target_precision")
    extra = int(t.loc[0.8, "shown"] - t.loc[0.9, "shown"])
    assert f"would show {extra:,} more suggestions" in d.reason


def test_no_target_reached_says_what_would_help():
    # precision about 0.7 everywhere: no threshold proves 0.9, and more labels would not help
    rng = np.random.default_rng(1)
    pq = pd.DataFrame({"score": rng.random(3000), "margin": 0.5, "is_top_correct": rng.random(3000) < 0.7,
                       "kb_id": rng.choice(["K1", "K2"], 3000)})
    d = gating_decision(pq, targets=(0.9,))
    assert not d.found and np.isnan(d.recommended) and d.choice is None
    assert d.policy.threshold == 1.0  # shows nothing
    assert "do not switch suggestions on" in d.reason
    assert len(d.advice) == 1 and np.isnan(d.advice.loc[0, "judged_needed"])
    assert "more labels will not help" in d.advice.loc[0, "what_would"]
    assert set(d.weak_entries["kb_id"]) == {"K1", "K2"} and (d.weak_entries["wrong"] > 0).all()


def test_too_few_judged_suggestions_gives_the_number_needed():
    # 97% precise but only 150 questions: 0.95 cannot be proved yet; the advice says how many would
    rng = np.random.default_rng(2)
    n = 150
    pq = pd.DataFrame({"score": np.linspace(0.5, 1.0, n), "margin": 0.5, "is_top_correct": rng.random(n) < 0.97})
    d = gating_decision(pq, targets=(0.95,), min_shown=100)
    assert not d.found
    need = d.advice.loc[0, "judged_needed"]
    assert need > n
    assert "judged suggestions" in d.advice.loc[0, "what_would"]
    assert need == needed_to_prove(d.advice.loc[0, "best_precision"], 0.95)


@pytest.mark.parametrize("p,t", [(0.95, 0.9), (0.92, 0.9), (0.99, 0.95), (0.85, 0.8)])
def test_needed_to_prove_is_the_first_n_that_clears_the_bound(p, t):
    n = needed_to_prove(p, t)
    assert n is not None

    def lower(m: int) -> float:
        k = round(p * m)
        return stats.binomtest(k, m, t, alternative="greater").proportion_ci(0.95, method="exact").low

    assert lower(n) >= t
    assert lower(n - 1) < t


def test_needed_to_prove_refuses_what_cannot_be_proved():
    assert needed_to_prove(0.9, 0.9) is None
    assert needed_to_prove(0.85, 0.9) is None
    assert needed_to_prove(float("nan"), 0.9) is None
    assert needed_to_prove(0.90001, 0.9, limit=1000) is None


def test_gaps_by_topic_put_the_long_tail_last():
    pq = _replay()
    d = gating_decision(pq, targets=(0.8,), topic_col="topic")
    g = d.gaps
    assert g["topic"].iloc[-1] == "long tail (no topic)"
    head = g.iloc[:-1]
    assert head["n_unanswered"].is_monotonic_decreasing
    assert int(g["n_eligible"].sum()) == len(pq)
    assert (g["n_unanswered"] == g["n_eligible"] - g["shown"]).all()
    # questions with no topic value (generic re-asks) are left out, not put in the long tail
    pq2 = pq.assign(topic=pq["topic"].astype("object").where(pq["topic"] != 2, None))
    g2 = gating_decision(pq2, targets=(0.8,), topic_col="topic").gaps
    assert "2" not in set(g2["topic"]) and int(g2["n_eligible"].sum()) == int((pq["topic"] != 2).sum())
    assert g2.loc[g2["topic"] == "long tail (no topic)", "n_eligible"].item() == int((pq["topic"] == -1).sum())
    assert gating_decision(pq, targets=(0.8,)).gaps.empty


def test_scale_multiplies_hours_only():
    pq = _replay()
    a = gating_decision(pq, targets=(0.8,))
    b = gating_decision(pq, targets=(0.8,), scale=3.0)
    assert b.table["saved_hours"].iloc[0] == pytest.approx(3 * a.table["saved_hours"].iloc[0])
    assert b.table["shown"].iloc[0] == a.table["shown"].iloc[0]


def test_deterministic_and_report_is_text():
    pq = _replay()
    a, b = gating_decision(pq), gating_decision(pq)
    pd.testing.assert_frame_equal(a.table, b.table)
    assert a.report() == b.report()
    assert a.report().count("\n- ") >= 2


def test_curve_band_brackets_the_precision():
    d = gating_decision(_replay(), targets=(0.8,))
    c = d.curve[d.curve["shown"] > 0]
    assert ((c["ci_low"] <= c["precision"]) & (c["precision"] <= c["ci_high"])).all()
    assert d.curve.loc[d.curve["shown"] == 0, "ci_low"].isna().all()


@pytest.mark.parametrize("kwargs", [{"targets": ()}, {"targets": (1.0,)}, {"targets": (0.0,)}, {"scale": -1.0},
                                    {"margin": 2.0}])
def test_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        gating_decision(_replay(500), **kwargs)


def test_plot_draws_targets_and_band():
    import matplotlib.pyplot as plt

    d = gating_decision(_replay(), targets=(0.8, 0.9, 0.999))
    ax = gplots.plot_gating_decision(d)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("(recommended)" in s for s in labels)
    assert any("not reached" in s for s in labels)
    assert len(ax.collections) >= 1  # the band
    plt.close(ax.figure)


def test_a_target_row_does_not_depend_on_the_other_targets():
    pq = _replay()
    one = gating_decision(pq, targets=(0.85,)).table.iloc[0]
    three = gating_decision(pq, targets=(0.8, 0.85, 0.9)).table.set_index("target_precision").loc[0.85]
    assert one["threshold"] == three["threshold"] and one["shown"] == three["shown"]
    c1 = gating_decision(pq, targets=(0.85,)).choices[0.85]
    c3 = gating_decision(pq, targets=(0.8, 0.85, 0.9)).choices[0.85]
    assert (c1.ci_low, c1.ci_high) == (c3.ci_low, c3.ci_high)

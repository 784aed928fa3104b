"""Scope what-ifs, licence optimisation, the funnel, and the gating plots."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from toolkit.archive.load import Archive
from toolkit.gating import (
    GatingPolicy,
    eligibility,
    eligible_questions,
    employee_activity,
    estimate_unarchived,
    gating_funnel,
    optimize_licenses,
    simulate_gating,
    simulate_scope,
)
from toolkit.gating.plots import (
    plot_eligibility_reasons,
    plot_funnel,
    plot_marginal_gains,
    plot_precision_coverage,
)
from toolkit.gating import choose_threshold

from .conftest import SAMPLE


def test_removing_an_employee_is_exact(sample_archive, sample_questions):
    out = simulate_scope(sample_archive, remove=["GaoWei"], licenses=40, questions=sample_questions)
    before, after = out.iloc[0], out.iloc[1]
    assert not after["is_estimate"] and after["basis"].startswith("exact")
    q = sample_questions[sample_questions["is_question"]]
    lost = q[(q["chat_type"] == "single") & (q["employee_id"] == "GaoWei")]
    # GaoWei's 1:1 questions are lost; groups stay eligible only if another member is archived
    e = eligible_questions(q, eligibility(sample_archive, scope=sample_archive.scope[sample_archive.scope["userid"] != "GaoWei"]))
    assert after["eligible_questions_observed"] == int(e["is_eligible"].sum())
    assert before["eligible_questions"] - after["eligible_questions"] >= len(lost)
    assert after["n_in_scope"] == before["n_in_scope"] - 1
    assert bool(after["within_budget"])


def test_adding_a_never_archived_employee_is_an_estimate_and_says_so(sample_archive, sample_questions, sample_events):
    who = sample_events["never_in_scope"][0]
    out = simulate_scope(sample_archive, add=[who], licenses=35, questions=sample_questions,
                         customers=SAMPLE / "customers.csv")
    after = out.iloc[1]
    assert after["is_estimate"] and after["basis"].startswith("estimate")
    assert "customer export" in after["basis"]
    assert after["eligible_questions_estimated"] > 0
    assert after["eligible_questions"] > out.iloc[0]["eligible_questions"]
    assert after["n_in_scope"] == out.iloc[0]["n_in_scope"] + 1
    assert not bool(after["within_budget"])


def test_adding_someone_already_in_scope_changes_nothing(sample_archive, sample_questions):
    out = simulate_scope(sample_archive, add=["GaoWei"], questions=sample_questions)
    assert out["eligible_questions"].nunique() == 1 and not out["is_estimate"].any()
    assert out["within_budget"].isna().all()
    with pytest.raises(ValueError, match="licenses must be a non-negative int"):
        simulate_scope(sample_archive, licenses=-1, questions=sample_questions)
    with pytest.raises(TypeError, match="add must be a userid"):
        simulate_scope(sample_archive, add=5, questions=sample_questions)


def test_activity_estimate_recovers_archived_employees_left_out(sample_archive, sample_questions):
    """Leave-one-out: pretend an archived employee was never archived and estimate their 1:1 questions."""
    act = employee_activity(sample_archive, questions=sample_questions, customers=SAMPLE / "customers.csv")
    assert set(act.loc[~act["is_in_scope"], "basis"]) == {"customer export"}
    assert (act.loc[act["is_in_scope"], "basis"] == "observed").all()
    rates = act.attrs["rates"]
    obs = act[(act["single_questions"] > 0) & (act["export_customers"] > 0)]
    est = obs["export_customers"] * rates["questions_per_export_customer"]
    ratio = est / obs["single_questions"]
    # pooled over employees the estimate is unbiased; per employee within a factor 3 for most of them
    assert est.sum() == pytest.approx(obs["single_questions"].sum())
    assert ((ratio > 1 / 3) & (ratio < 3)).mean() >= 0.8


def test_optimize_licenses_greedy_gains_shrink_and_cover_everything(sample_archive, sample_questions):
    steps = optimize_licenses(sample_archive, 100, questions=sample_questions)
    assert len(steps) == steps["userid"].nunique() == len(employee_activity(sample_archive, questions=sample_questions))
    obs = steps["observed_gain"].to_numpy()
    assert steps["cumulative_share"].iloc[-1] == pytest.approx(1.0)
    assert (np.diff(steps["cumulative_questions"]) >= 0).all()
    # the observed part of the universe is all archived, non-refused questions
    q = sample_questions[sample_questions["is_question"]]
    assert obs.sum() == len(q)
    assert (steps["is_estimate"] == (steps["estimated_gain"] > 0)).all()
    # the greedy order: each pick was the best marginal gain available at that step
    gains = steps["marginal_gain"].to_numpy()
    assert gains[0] == gains.max()
    few = optimize_licenses(sample_archive, 3, questions=sample_questions)
    pd.testing.assert_frame_equal(few, steps.head(3))
    with pytest.raises(ValueError, match="budget must be a non-negative int"):
        optimize_licenses(sample_archive, -2, questions=sample_questions)


def test_greedy_prefers_the_group_member_that_covers_most():
    from .conftest import make_archive

    msgs = [{"msgid": f"g{i}", "sender_id": "wmA", "chat_type": "group", "chat_id": "wr1", "day": i} for i in range(3)]
    msgs += [{"msgid": "s1", "sender_id": "wmB", "chat_type": "single", "chat_id": "e2|wmB", "day": 1}]
    members = [{"roomid": "wr1", "member_id": "e1", "day": None}, {"roomid": "wr1", "member_id": "e2", "day": None}]
    a = make_archive(msgs, members=members, scope=[{"userid": "e1"}, {"userid": "e2"}])
    from toolkit.questions import extract_questions

    q = extract_questions(a.messages, gap="1s")
    steps = optimize_licenses(a, 2, questions=q)
    # e2 covers the three group questions and its own 1:1 question; e1 then adds nothing
    assert steps["userid"].tolist() == ["e2", "e1"]
    assert steps["marginal_gain"].tolist() == [4.0, 0.0]


def test_funnel_stages_and_estimates(sample_archive, sample_questions, sample_truth, fake_matcher):
    from toolkit.gating import attach_truth

    q = eligible_questions(sample_questions[sample_questions["is_question"]], eligibility(sample_archive))
    unarchived = estimate_unarchived(sample_archive, questions=sample_questions, customers=SAMPLE / "customers.csv")
    truth = pd.read_csv(SAMPLE / "truth" / "consent.csv", dtype=str, keep_default_na=False)
    still_refusing = (truth["first_status"] == "disagree") & (truth["reagree_day"] == "")
    assert unarchived.loc[0, "n"] == still_refusing.sum() == 91  # 118 refusals, 27 agreed again later
    sample = attach_truth(q.sample(2000, random_state=0), sample_truth)
    r = simulate_gating(sample, fake_matcher, GatingPolicy(threshold=0.6))
    f = gating_funnel(q, r, unarchived=unarchived)
    assert f["stage"].tolist() == ["all customer questions", "archived", "eligible", "suggestion shown",
                                   "suggestion correct"]
    assert (np.diff(f["n"].to_numpy()) <= 0).all()
    assert f["is_estimate"].tolist() == [True, False, False, True, True]  # sample scaled up
    assert f.loc[2, "n"] == len(q)
    assert f.loc[3, "n"] == round(r.totals["shown"] * len(q) / 2000)  # whole questions
    assert f["n"].dtype == np.int64


def test_plots_draw_the_frames(sample_archive, sample_questions):
    e = eligibility(sample_archive)
    ax = plot_eligibility_reasons(e)
    assert {t.get_text() for t in ax.get_yticklabels()} == set(e["reason"])
    f = gating_funnel(eligible_questions(sample_questions, e), unarchived=100.0)
    ax = plot_funnel(f)
    assert len(ax.patches) == 3 and ax.patches[-1].get_hatch() == "//"  # the estimated first stage, drawn last
    steps = pd.DataFrame({"step": [1, 2], "userid": ["a", "b"], "marginal_gain": [5.0, 2.0], "observed_gain": [3.0, 2.0],
                          "estimated_gain": [2.0, 0.0], "cumulative_share": [5 / 7, 1.0]})
    ax = plot_marginal_gains(steps)
    assert len(ax.patches) == 4
    rng = np.random.default_rng(0)
    score = rng.random(3000)
    pq = pd.DataFrame({"score": score, "margin": 0.5, "is_top_correct": rng.random(3000) < score})
    c = choose_threshold(0.9, pq, n_resamples=200)
    ax = plot_precision_coverage(c.curve, choice=c)
    labels = ax.get_legend_handles_labels()[1]
    assert any(lab.startswith("chosen: threshold") for lab in labels) and "target 90%" in labels


def test_plots_render_chinese_without_missing_glyphs(sample_archive):
    import matplotlib

    from toolkit.plots import use_cjk_font

    use_cjk_font()
    e = eligibility(sample_archive)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot_eligibility_reasons(e)
        ax.figure.canvas.draw()
    assert "适用性" in ax.get_title()
    assert matplotlib.get_backend().lower() == "agg"


def test_archive_without_room_info_still_works(sample_archive):
    a = Archive(messages=sample_archive.messages, consent=sample_archive.consent, recalls=None, switches=None,
                quarantine=None, report={}, files=None, scope=sample_archive.scope, tz=sample_archive.tz)
    e = eligibility(a)
    # senders seen in the room suffice on the sample: every group had an archived member who wrote
    assert (e.loc[e["chat_type"] == "group", "reason"] == "eligible_group").mean() > 0.99

import math

import numpy as np
import pytest

from toolkit.questions import evaluate_clusters


def test_perfect_clustering():
    s = evaluate_clusters([0, 0, 1, 1, 2], ["a", "a", "b", "b", "c"])
    assert s["nmi"] == pytest.approx(1.0)
    assert s["ari"] == pytest.approx(1.0)
    assert s["v_measure"] == pytest.approx(1.0)
    assert s["purity"] == 1.0
    assert s["outlier_share"] == 0.0
    assert s["best_match_f1"] == 1.0
    assert (s["n_items"], s["n_clusters"], s["n_gold_groups"]) == (5, 3, 3)


def test_hand_made_case_exact_values():
    # gold a={0,1}, b={2,3,4}; clusters 0={0,1,2}, 1={3,4}
    s = evaluate_clusters([0, 0, 0, 1, 1], ["a", "a", "b", "b", "b"])
    assert s["purity"] == pytest.approx(4 / 5)
    # b: best vs cluster 1 -> 2*2/(3+2); a: vs cluster 0 -> 2*2/(2+3)
    assert s["best_match_f1"] == pytest.approx(0.8)
    assert s["ari"] == pytest.approx(1 / 6)
    assert s["outlier_share"] == 0.0


def test_unlabelled_items_are_excluded():
    full = evaluate_clusters([0, 0, 0, 1, 1, 5, 1], ["a", "a", "b", "b", "b", None, float("nan")])
    ref = evaluate_clusters([0, 0, 0, 1, 1], ["a", "a", "b", "b", "b"])
    assert full == ref


def test_outliers_never_match_and_are_singletons():
    s = evaluate_clusters([-1, -1, 0, 0], ["a", "a", "b", "b"])
    assert s["outlier_share"] == 0.5
    assert s["purity"] == 1.0  # over clustered items only
    # gold b matches cluster 0 (F1 1), gold a has no match (F1 0)
    assert s["best_match_f1"] == pytest.approx(0.5)
    # outliers as singletons: a is split in two, so ARI < 1
    assert s["ari"] < 1.0
    assert s["n_clusters"] == 1


def test_all_outliers():
    s = evaluate_clusters(np.array([-1, -1, -1]), ["a", "a", "b"])
    assert s["outlier_share"] == 1.0
    assert math.isnan(s["purity"])
    assert s["best_match_f1"] == 0.0


def test_top_k_limits_groups():
    labels = [0, 0, 0, 1, -1]
    gold = ["a", "a", "a", "b", "c"]
    assert evaluate_clusters(labels, gold, top_k=1)["best_match_f1"] == 1.0
    assert evaluate_clusters(labels, gold, top_k=3)["best_match_f1"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("labels", "gold", "kw", "exc"),
    [
        ([0, 1], ["a"], {}, ValueError),
        ([0, -2], ["a", "b"], {}, ValueError),
        ([0, 0.5], ["a", "b"], {}, ValueError),
        ([0, 1], [None, None], {}, ValueError),
        ([0, 1], ["a", "b"], {"top_k": 0}, ValueError),
        ("01", ["a", "b"], {}, TypeError),
    ],
)
def test_bad_arguments(labels, gold, kw, exc):
    with pytest.raises(exc):
        evaluate_clusters(labels, gold, **kw)

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


# --------------------------------------------------------------------------- evaluate_pairs

import pandas as pd  # noqa: E402

from toolkit.questions import evaluate_pairs  # noqa: E402


def _pairs(rows):
    return pd.DataFrame(rows, columns=["question1", "question2", "label"])


PAIRS = _pairs([
    ("a", "b", 1),  # same cluster 0: true positive
    ("a", "c", 0),  # 0 vs 1: true negative
    ("c", "d", 1),  # 1 vs 1: true positive
    ("d", "e", 0),  # 1 vs 1: false positive
    ("e", "f", 1),  # 1 vs -1: false negative
    ("f", "g", 1),  # -1 vs -1: false negative (outliers share nothing)
    ("a", "zz", 1),  # zz has no label: not scored
])
LABELS = {"a": 0, "b": 0, "c": 1, "d": 1, "e": 1, "f": -1, "g": -1}


def test_pairs_hand_made_case_exact_values():
    s = evaluate_pairs(LABELS, PAIRS)
    assert s == {
        "precision": pytest.approx(2 / 3),
        "recall": pytest.approx(2 / 4),
        "f1": pytest.approx(2 * 2 / (4 + 3)),
        "accuracy": pytest.approx(3 / 6),
        "n_pairs": 7,
        "n_scored": 6,
        "n_positive": 4,
        "n_same_cluster": 3,
    }


def test_pairs_outliers_never_share_a_cluster():
    s = evaluate_pairs({"x": -1, "y": -1}, _pairs([("x", "y", 1), ("x", "y", 0)]))
    assert s["n_same_cluster"] == 0
    assert s["recall"] == 0.0
    assert s["f1"] == 0.0
    assert math.isnan(s["precision"])
    assert s["accuracy"] == 0.5


def test_pairs_series_dict_and_aligned_texts_agree():
    texts = list(LABELS)
    by_dict = evaluate_pairs(LABELS, PAIRS)
    by_series = evaluate_pairs(pd.Series(LABELS), PAIRS)
    by_texts = evaluate_pairs(np.array(list(LABELS.values())), PAIRS, texts=texts)
    by_list = evaluate_pairs(list(LABELS.values()), PAIRS, texts=pd.Series(texts))
    assert by_dict == by_series == by_texts == by_list


def test_pairs_repeated_text_with_one_label_is_accepted():
    texts = [*LABELS, "a", "f"]
    labels = [*LABELS.values(), 0, -1]
    assert evaluate_pairs(labels, PAIRS, texts=texts) == evaluate_pairs(LABELS, PAIRS)


def test_pairs_one_cluster_and_singletons_references():
    everything = {t: 0 for t in "abcdefg"}
    one = evaluate_pairs(everything, PAIRS)
    assert one["recall"] == 1.0
    assert one["precision"] == pytest.approx(4 / 6)  # the positive rate of the scored pairs
    assert one["f1"] == pytest.approx(0.8)
    alone = evaluate_pairs({t: i for i, t in enumerate("abcdefg")}, PAIRS)
    assert alone["recall"] == 0.0 and alone["f1"] == 0.0
    assert math.isnan(alone["precision"])
    assert alone["accuracy"] == pytest.approx(2 / 6)  # the negative rate


def test_pairs_bool_labels_and_extra_columns():
    pairs = PAIRS.assign(label=PAIRS["label"].astype(bool), split="dev")
    assert evaluate_pairs(LABELS, pairs) == evaluate_pairs(LABELS, PAIRS)


def test_pairs_nothing_scored_gives_nan():
    s = evaluate_pairs({"q": 0}, PAIRS)
    assert (s["n_pairs"], s["n_scored"], s["n_positive"], s["n_same_cluster"]) == (7, 0, 0, 0)
    assert all(math.isnan(s[k]) for k in ("precision", "recall", "f1", "accuracy"))


def test_pairs_does_not_change_the_inputs():
    pairs = PAIRS.copy()
    labels = pd.Series(LABELS)
    before = labels.copy()
    evaluate_pairs(labels, pairs)
    pd.testing.assert_frame_equal(pairs, PAIRS)
    pd.testing.assert_series_equal(labels, before)


@pytest.mark.parametrize(
    ("labels", "pairs", "kw", "exc", "match"),
    [
        ([0, 1], PAIRS, {}, TypeError, "texts"),
        (LABELS, PAIRS, {"texts": list(LABELS)}, TypeError, "mapping"),
        (LABELS, PAIRS.to_dict("list"), {}, TypeError, "DataFrame"),
        (LABELS, PAIRS.drop(columns="label"), {}, ValueError, "lacks columns"),
        (LABELS, PAIRS.assign(label=2), {}, ValueError, "0 or 1"),
        (LABELS, PAIRS.assign(label=np.nan), {}, ValueError, "0 or 1"),
        ({"a": -2}, PAIRS, {}, ValueError, "integers >= -1"),
        ({"a": 0.5}, PAIRS, {}, ValueError, "integers >= -1"),
        ([0, 1, 2], PAIRS, {"texts": ["a", "b"]}, ValueError, "same length"),
        ([0, 1], PAIRS, {"texts": ["a", "a"]}, ValueError, "more than one cluster label"),
        ("01", PAIRS, {"texts": ["a", "b"]}, TypeError, "1-d"),
    ],
)
def test_pairs_bad_arguments(labels, pairs, kw, exc, match):
    with pytest.raises(exc, match=match):
        evaluate_pairs(labels, pairs, **kw)

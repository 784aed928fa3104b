"""KBMatcher: output contract, entries vs phrasings, robustness, embeddings, calibration plumbing."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from toolkit.exceptions import SchemaError
from toolkit.kb import MATCH_COLUMNS, KBMatcher, evaluate_retrieval, load_kb
from toolkit.kb.match import CALIBRATION, FEATURES, fit_calibration



@pytest.fixture
def lexical(small_kb) -> KBMatcher:
    return KBMatcher(embedder="none").fit(small_kb)


@pytest.fixture(autouse=True)
def _fake(embedder):
    global fake_embedder, FAKE_CALIBRATION
    fake_embedder, FAKE_CALIBRATION = embedder


fake_embedder = FAKE_CALIBRATION = None


@pytest.fixture
def hybrid(small_kb) -> KBMatcher:
    return KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION).fit(small_kb)


def test_output_contract(lexical):
    out = lexical.match(["保修多长时间", "手机怎么开发票"], k=3)
    assert list(out.columns) == list(MATCH_COLUMNS)
    assert out.dtypes.astype(str).tolist()[:2] == ["int64", "int64"]
    assert out["query_pos"].tolist() == [0, 0, 0, 1, 1, 1]
    assert out["rank"].tolist() == [1, 2, 3, 1, 2, 3]
    assert out.loc[out["rank"] == 1, "kb_id"].tolist() == ["K01", "K02"]
    assert out["score"].between(0, 1).all()
    for _, g in out.groupby("query_pos"):
        assert g["score"].is_monotonic_decreasing
        assert g["kb_id"].is_unique


def test_char_ngrams_match_kaifapiao_where_words_do_not(lexical):
    # rjieba cuts 开发票 as one word, so word tokens alone miss 发票.
    out = lexical.match(["发票"], k=1)
    assert out["kb_id"].tolist() == ["K02"]


def test_margin_is_score_minus_next_including_rank_k_plus_one(lexical):
    short = lexical.match(["退货流程是什么"], k=2)
    longer = lexical.match(["退货流程是什么"], k=3)
    assert np.allclose(short["margin"].to_numpy(), longer["score"].to_numpy()[:2] - longer["score"].to_numpy()[1:3])
    # the KB has 4 entries: at the last one the margin is the score itself
    full = lexical.match(["退货流程是什么"], k=10)
    assert len(full) == 4
    assert full["margin"].iloc[-1] == pytest.approx(full["score"].iloc[-1])


def test_rows_of_one_kb_id_are_one_entry_scored_by_best_phrasing(lexical):
    out = lexical.match(["保修期是多长时间"], k=10)
    assert out["kb_id"].tolist().count("K01") == 1
    assert out["matched_question"].iloc[0] == "保修期是多长时间"
    assert lexical.n_entries_ == 4
    assert lexical.entries_["n_phrasings"].tolist() == [2, 1, 2, 1]


def test_exact_phrasing_scores_high_unrelated_low():
    kb = load_kb("sample_data/kb.csv").entries
    m = KBMatcher(embedder="none").fit(kb)
    out = m.match(["退款多久到账", "今天天气真好啊"], k=1)
    assert out["score"].iloc[0] > 0.9
    assert out["score"].iloc[1] < 0.2


def test_missing_empty_and_long_queries(lexical):
    long_q = "我想问一下怎么开发票" * 2000
    out = lexical.match([None, "", "  ", float("nan"), pd.NA, long_q, "!!!"], k=2)
    assert out["query_pos"].unique().tolist() == [5]
    assert out["kb_id"].iloc[0] == "K02"


def test_empty_kb_and_kb_of_blank_phrasings_match_nothing():
    for kb in (pd.DataFrame({"kb_id": [], "question": []}), pd.DataFrame({"kb_id": ["K1"], "question": ["  "]})):
        m = KBMatcher(embedder="none").fit(kb)
        out = m.match(["怎么退货"])
        assert out.empty and list(out.columns) == list(MATCH_COLUMNS)
        assert m.n_entries_ == 0


def test_empty_query_list(lexical):
    out = lexical.match([], k=3)
    assert out.empty and list(out.columns) == list(MATCH_COLUMNS)


def test_bad_arguments(lexical, small_kb):
    with pytest.raises(TypeError, match="single string"):
        lexical.match("怎么退货")
    with pytest.raises(TypeError, match="item 1"):
        lexical.match(["怎么退货", 3])
    for k in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="k must be"):
            lexical.match(["怎么退货"], k=k)
    with pytest.raises(NotFittedError):
        KBMatcher(embedder="none").match(["怎么退货"])
    with pytest.raises(SchemaError, match="question"):
        KBMatcher(embedder="none").fit(small_kb.drop(columns="question"))
    with pytest.raises(SchemaError, match="kb_id"):
        KBMatcher(embedder="none").fit(small_kb.assign(kb_id=[None] + ["K"] * 5))
    with pytest.raises(TypeError, match="DataFrame"):
        KBMatcher(embedder="none").fit(["怎么退货"])
    with pytest.raises(ValueError, match="embedder"):
        KBMatcher(embedder="bert").fit(small_kb)
    with pytest.raises(ValueError, match="calibration"):
        KBMatcher(embedder=fake_embedder).fit(small_kb)
    with pytest.raises(ValueError, match="calibration"):
        KBMatcher(embedder="none", calibration={"intercept": 0.0, "weights": (1.0,)}).fit(small_kb)
    with pytest.raises(ValueError, match="char_ngram"):
        KBMatcher(embedder="none", char_ngram=(3, 2)).fit(small_kb)
    with pytest.raises(ValueError, match="query_embeddings"):
        lexical.match(["怎么退货"], query_embeddings=np.zeros((1, 8)))


def test_precomputed_query_embeddings_give_the_same_result(hybrid):
    qs = ["保修多长时间", None, "手机怎么开发票", "保修多长时间"]
    emb = hybrid.embed_queries(qs)
    assert emb.shape == (4, 64) and not emb[1].any()
    pd.testing.assert_frame_equal(hybrid.match(qs, k=3), hybrid.match(qs, k=3, query_embeddings=emb))
    with pytest.raises(ValueError, match="shape"):
        hybrid.match(qs, query_embeddings=emb[:2])


def test_bad_embedder_output_is_a_clear_error(small_kb):
    m = KBMatcher(embedder=lambda texts: np.zeros((1, 4)), calibration=FAKE_CALIBRATION)
    with pytest.raises(ValueError, match="shape"):
        m.fit(small_kb)


def test_deterministic_and_independent_of_kb_row_order(small_kb):
    qs = ["保修多长时间", "手机怎么开发票", "续航怎么样", "退"]
    a = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION).fit(small_kb).match(qs, k=4)
    shuffled = small_kb.sample(frac=1.0, random_state=3)
    b = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION).fit(shuffled).match(qs, k=4)
    pd.testing.assert_frame_equal(a, b)


def test_ties_broken_by_kb_id():
    kb = pd.DataFrame({"kb_id": ["B", "A", "C"], "question": ["退货", "退货", "退货"]})
    out = KBMatcher(embedder="none").fit(kb).match(["退货"], k=3)
    assert out["kb_id"].tolist() == ["A", "B", "C"]
    assert out["margin"].tolist()[:2] == [0.0, 0.0]


def test_kb_embeddings_cached_on_disk(tmp_path, small_kb):
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return fake_embedder(texts)

    m1 = KBMatcher(embedder=counting, calibration=FAKE_CALIBRATION, cache_dir=tmp_path).fit(small_kb)
    assert calls == [6] and len(list(tmp_path.glob("kb-emb-*.npy"))) == 1
    m2 = KBMatcher(embedder=counting, calibration=FAKE_CALIBRATION, cache_dir=tmp_path).fit(small_kb)
    assert calls == [6]
    np.testing.assert_array_equal(m1.kb_embeddings_, m2.kb_embeddings_)
    KBMatcher(embedder=counting, calibration=FAKE_CALIBRATION, cache_dir=tmp_path).fit(small_kb.iloc[:3])
    assert calls == [6, 3]


def test_each_distinct_query_is_embedded_once(small_kb):
    calls = []

    def counting(texts):
        calls.append(list(texts))
        return fake_embedder(texts)

    m = KBMatcher(embedder=counting, calibration=FAKE_CALIBRATION).fit(small_kb)
    calls.clear()
    out = m.match(["退货", "退貨", "退货", "发票"], k=1)
    assert calls == [["发票", "退货"]]
    assert out["query_pos"].tolist() == [0, 1, 2, 3]


def test_batches_do_not_change_results(small_kb):
    qs = ["保修多长时间", "手机怎么开发票", "续航怎么样", "退货", "怎么退"] * 3
    a = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION).fit(small_kb).match(qs, k=3)
    b = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION, batch_size=2).fit(small_kb).match(qs, k=3)
    pd.testing.assert_frame_equal(a, b)


def test_threads_do_not_change_results(nonghang):
    """Batches scored on several threads (one-thread BLAS each) give bit-identical results."""
    kb = pd.read_csv(nonghang / "kb.csv")
    qs = pd.read_csv(nonghang / "queries.csv")["query"].tolist() * 2
    one = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION, batch_size=64, n_jobs=1).fit(kb)
    many = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION, batch_size=64, n_jobs=3).fit(kb)
    assert many._threads(14) == 3 and one._threads(14) == 1
    pd.testing.assert_frame_equal(one.match(qs, k=5), many.match(qs, k=5), check_exact=True)


def test_concurrent_matches_agree_and_restore_the_blas_threads(small_kb):
    """match called from several threads at once: same results, and the BLAS thread count is restored."""
    from concurrent.futures import ThreadPoolExecutor

    from threadpoolctl import threadpool_info

    def blas_threads():
        return [d["num_threads"] for d in threadpool_info() if d["user_api"] == "blas"]

    before = blas_threads()
    m = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION, batch_size=3, n_jobs=2).fit(small_kb)
    qs = ["保修多长时间", "手机怎么开发票", "续航怎么样", "退货", "怎么退"] * 4
    alone = m.match(qs, k=2)
    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(lambda _: m.match(qs, k=2), range(8)))
    for out in outs:
        pd.testing.assert_frame_equal(out, alone, check_exact=True)
    assert blas_threads() == before


@pytest.mark.parametrize("bad", [0, -2, 1.5, True, "2"])
def test_n_jobs_is_checked(small_kb, bad):
    with pytest.raises(ValueError, match="n_jobs"):
        KBMatcher(embedder="none", n_jobs=bad).fit(small_kb)


def test_similarity_features_agree_with_match(hybrid):
    out = hybrid.match(["保修多长时间", "手机怎么开发票"], k=1)
    f = hybrid.similarity_features(["保修多长时间", "手机怎么开发票"], out["kb_id"])
    assert list(f.columns) == [*FEATURES, "score"]
    np.testing.assert_allclose(f["score"].to_numpy(), out["score"].to_numpy(), rtol=1e-5)
    with pytest.raises(ValueError, match="not in the KB"):
        hybrid.similarity_features(["x"], ["K99"])


def test_clone_and_params():
    m = KBMatcher(embedder="none", max_chars=64)
    assert clone(m).get_params()["max_chars"] == 64


def test_shipped_calibrations_are_complete():
    for name, cal in CALIBRATION.items():
        assert len(cal["weights"]) == len(FEATURES)
        assert all(w >= 0 for w in cal["weights"]), name
    assert CALIBRATION["none"]["weights"][3] == 0


def test_fit_calibration_learns_that_similar_pairs_match():
    pos = [("怎么开发票", "如何开发票"), ("保修多久", "保修期多久"), ("怎么退货", "如何退货"), ("续航多久", "续航多长时间")]
    neg = [("怎么开发票", "保修多久"), ("续航多久", "如何退货"), ("保修多久", "怎么退货"), ("如何开发票", "续航多长时间")]
    pairs = pd.DataFrame([(a, b, 1) for a, b in pos] + [(a, b, 0) for a, b in neg],
                         columns=["question1", "question2", "label"])
    cal = fit_calibration(pairs, embedder="none", n_random=0, augment=False)
    assert cal["roc_auc"] == 1.0
    assert sum(cal["weights"]) > 0 and all(w >= 0 for w in cal["weights"])
    with pytest.raises(ValueError, match="label"):
        fit_calibration(pairs.assign(label=1), embedder="none")


def test_evaluate_retrieval_on_match_output(lexical):
    out = lexical.match(["保修多长时间", "手机怎么开发票", "续航怎么样"], k=3)
    s = evaluate_retrieval(out, ["K01", "K02", None])
    assert s["n_queries"] == 2 and s["top_1"] == 1.0 and s["mrr"] == 1.0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=40)), max_size=6))
def test_messy_queries_never_crash(queries):
    m = KBMatcher(embedder="none").fit(pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么退货", "发票"]}))
    out = m.match(queries, k=2)
    assert out["score"].between(0, 1).all()
    assert set(out["query_pos"]) <= set(range(len(queries)))


def test_plot_match_scores_draws_two_histograms(lexical):
    from toolkit.kb import hit_ranks
    from toolkit.kb.plots_match import plot_match_scores

    out = lexical.match(["保修多长时间", "手机怎么开发票", "续航怎么样"], k=3)
    ranks = hit_ranks(out, ["K01", "K03", "K04"])
    ax = plot_match_scores(ranks, bins=10, title="标题")
    assert len(ax.patches) == 20
    assert ax.get_title() == "标题"
    heights = [p.get_height() for p in ax.patches]
    assert sum(heights[:10]) == int(ranks["is_hit"].sum()) and sum(heights[10:]) == int((~ranks["is_hit"]).sum())
    with pytest.raises(SchemaError):
        plot_match_scores(out)


def test_strip_fillers_drops_openings_before_matching():
    kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么开发票", "在线客服工作时间"]})
    q = ["在吗 请问一下 怎么开发票呀"]
    on = KBMatcher(embedder="none").fit(kb).match(q, k=1)
    off = KBMatcher(embedder="none", strip_fillers=False).fit(kb).match(q, k=1)
    assert on.loc[0, "kb_id"] == off.loc[0, "kb_id"] == "K1"
    assert on.loc[0, "score"] > off.loc[0, "score"]  # the query is now the phrasing itself
    with pytest.raises(ValueError, match="strip_fillers"):
        KBMatcher(embedder="none", strip_fillers="yes").fit(kb)


def test_transposed_top_k_is_a_stable_sort_with_ties():
    from toolkit.kb._topk import _top_k_t

    rng = np.random.default_rng(0)
    x = rng.integers(0, 20, size=(50, 700)).astype(np.float32)  # many ties
    for k in (1, 5, 11):
        full = np.argsort(-x, axis=1, kind="stable")[:, :k]  # value descending, then lower column
        c, v = _top_k_t(np.ascontiguousarray(x.T), k)
        np.testing.assert_array_equal(c, full)
        np.testing.assert_array_equal(v, np.take_along_axis(x, full, axis=1))
    # shapes with and without a partial last block of 32, real-valued and tied
    for shape in ((7, 704), (9, 65), (4, 97)):
        for y in (rng.standard_normal(shape).astype(np.float32), rng.integers(0, 3, size=shape).astype(np.float32)):
            for k in (1, 2, 10):
                full = np.argsort(-y, axis=1, kind="stable")[:, :k]
                c, v = _top_k_t(np.ascontiguousarray(y.T), k)
                np.testing.assert_array_equal(c, full)
                np.testing.assert_array_equal(v, np.take_along_axis(y, full, axis=1))
    # -0.0 and 0.0 are equal values: tied, by ascending index
    z = np.where(rng.random((6, 130)) < 0.5, np.float32(-0.0), np.float32(0.0)).astype(np.float32)
    z[:, 100:] = -1.0
    c, v = _top_k_t(np.ascontiguousarray(z.T), 10)
    np.testing.assert_array_equal(c, np.tile(np.arange(10), (6, 1)))


def test_verbose_shows_progress_and_changes_nothing(small_kb, capsys):
    qs = [f"保修多久{i}" for i in range(1100)] + ["怎么开发票"]
    quiet = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION).fit(small_kb)
    loud = KBMatcher(embedder=fake_embedder, calibration=FAKE_CALIBRATION, verbose=True).fit(small_kb)
    capsys.readouterr()
    pd.testing.assert_frame_equal(quiet.match(qs, k=2), loud.match(qs, k=2))
    assert "embedding" in capsys.readouterr().err
    with pytest.raises(ValueError, match="verbose"):
        KBMatcher(embedder="none", verbose="yes").fit(small_kb)

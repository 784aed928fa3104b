"""Every Dask analysis equals its pandas twin on sample_data/, on a LocalCluster, with 1 and several partitions."""

from __future__ import annotations

import dataclasses
import warnings

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest

from toolkit import scale
from toolkit.archive import conversation_ids, sessionize, summary
from toolkit.gating import eligibility
from toolkit.kb import KBMatcher, load_kb
from toolkit.ops import automatic_replies, first_reply_times, refusal_rate, reply_times
from toolkit.questions import FrequentQuestions, extract_questions

from .conftest import SAMPLE, assert_same, sort

PARTITIONS = [1, 4]


@pytest.fixture(scope="module", params=PARTITIONS, ids=lambda n: f"{n}part")
def dask_archive(request, sample_store, side_paths, dask_client):
    da = scale.read_archive(sample_store, npartitions=request.param, **side_paths)
    return dataclasses.replace(da, messages=da.messages.persist())  # read once per module and partitioning


@pytest.fixture(scope="module")
def dask_archive_4(sample_store, side_paths, dask_client):
    """Four partitions: for the variants, which need not run on both partitionings."""
    da = scale.read_archive(sample_store, npartitions=4, **side_paths)
    return dataclasses.replace(da, messages=da.messages.persist())


# The pandas references, computed once per module.
@pytest.fixture(scope="module")
def ref_questions(pandas_archive):
    return extract_questions(pandas_archive)


@pytest.fixture(scope="module")
def ref_reply_times(pandas_archive):
    return reply_times(pandas_archive)


@pytest.fixture(scope="module")
def ref_eligibility(pandas_archive):
    return eligibility(pandas_archive)


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [("daily_volume", {}), ("daily_volume", {"by": "chat_type"}), ("weekday_hour", {}), ("msgtype_counts", {}),
     ("chat_type_counts", {}), ("top_senders", {"n": 12}), ("top_senders", {"n": 5, "kind": "external"})],
)  # fmt: skip
def test_volumes_equal_pandas(dask_archive, pandas_archive, name, kwargs):
    got = getattr(scale, name)(dask_archive, **kwargs)
    ref = getattr(summary, name)(pandas_archive.messages, **kwargs)
    assert len(ref) > 1
    pd.testing.assert_frame_equal(got, ref)


def test_volumes_accept_the_messages_frame_and_check_arguments(dask_archive_4):
    m = dask_archive_4.messages
    assert scale.msgtype_counts(m)["n"].sum() == dask_archive_4.report["messages"]
    with pytest.raises(ValueError, match="n must be a positive integer"):
        scale.top_senders(m, n=0)
    with pytest.raises(ValueError, match="by must be a column"):
        scale.daily_volume(m, by="nope")
    with pytest.raises(TypeError, match="must be a DaskArchive, a Dask frame of messages, an Archive or a pandas"):
        scale.msgtype_counts([1, 2])


# --------------------------------------------------------------------------- per chat


def test_sessionize_equals_pandas(dask_archive, pandas_archive):
    ref = sessionize(pandas_archive.messages, gap="10min")
    assert_same(scale.sessionize(dask_archive, gap="10min").compute(), ref, ["conversation_id"])


def test_conversation_ids_equal_pandas(dask_archive_4, pandas_archive):
    ids = scale.conversation_ids(dask_archive_4).compute()
    ref_ids = pd.DataFrame({"msgid": pandas_archive.messages["msgid"],
                            "conversation_id": conversation_ids(pandas_archive.messages)})  # fmt: skip
    assert_same(ids, ref_ids, ["msgid"])
    with pytest.raises(ValueError, match="gap must be"):
        scale.sessionize(dask_archive_4, gap="-5min")


def test_extract_questions_equals_pandas_and_honours_refusals(dask_archive, pandas_archive, ref_questions):
    assert_same(scale.extract_questions(dask_archive).compute(), ref_questions, ["question_id"])


def test_extract_questions_without_consent_keeps_refused_turns_as_pandas(dask_archive_4, pandas_archive, ref_questions):
    # A bare messages frame carries no consent records: refused customers' turns come back, as in pandas.
    bare = scale.extract_questions(dask_archive_4.messages, gap="1min").compute()
    ref_bare = extract_questions(pandas_archive.messages, gap="1min")
    assert set(ref_bare["customer_id"]) > set(ref_questions["customer_id"])
    assert_same(bare, ref_bare, ["question_id"])


def test_reply_times_equal_pandas(dask_archive, ref_reply_times):
    assert_same(scale.reply_times(dask_archive).compute(), ref_reply_times, ["question_id"])


def test_reply_times_options_reach_the_partitions(dask_archive_4, pandas_archive):
    kw = {"business_hours": "09:00-18:00 Mon-Fri", "questions_only": False, "max_wait": "8h"}
    assert_same(scale.reply_times(dask_archive_4, **kw).compute(), reply_times(pandas_archive, **kw), ["question_id"])


def test_first_reply_times_equal_pandas(dask_archive, pandas_archive):
    assert_same(scale.first_reply_times(dask_archive).compute(), first_reply_times(pandas_archive), ["conversation_id"])


def test_automatic_replies_are_counted_across_partitions(pandas_archive, dask_client):
    """An employee's canned fast reply, repeated in six chats that land in different partitions."""
    m = pandas_archive.messages
    single = m[(m["chat_type"] == "single") & (m["sender_kind"] == "employee")]
    emp = single["sender_id"].value_counts().index[0]
    chats = sorted(single.loc[single["sender_id"] == emp, "chat_id"].unique())[:6]
    rows = []
    for i, chat in enumerate(chats):
        first = m[m["chat_id"] == chat].iloc[0]
        cust = next(p for p in chat.split("|") if p != emp)
        t = first["sent_at"] - pd.Timedelta(hours=3)
        for j, (sender, kind, text, dt) in enumerate([(cust, "external", "在吗？想问下保修", 0),
                                                      (emp, "employee", "您好，我现在不在，稍后回复您", 1)]):  # fmt: skip
            r = first.copy()
            r[["msgid", "sender_id", "sender_kind", "text", "msgtype"]] = [f"auto{i}-{j}", sender, kind, text, "text"]
            r["sent_at"] = t + pd.Timedelta(seconds=dt)
            rows.append(r)
    # Only this employee's 1:1 chats (enough for the test, and fast).
    mine = m[m["chat_id"].isin(set(single.loc[single["sender_id"] == emp, "chat_id"]))]
    msgs = pd.concat([mine, pd.DataFrame(rows).astype(m.dtypes.to_dict())], ignore_index=True)
    a = dataclasses.replace(pandas_archive, messages=msgs)
    assert automatic_replies(msgs).sum() == 6
    fields = {f.name: getattr(a, f.name) for f in dataclasses.fields(a) if f.name != "messages"}
    # Shuffled rows, so that the six chats are spread over the partitions.
    shuffled = msgs.sample(frac=1.0, random_state=0).reset_index(drop=True)
    da = scale.DaskArchive(messages=dd.from_pandas(shuffled, npartitions=4, sort=False), **fields)
    for fn, ref_fn, key in ((scale.reply_times, reply_times, "question_id"),
                            (scale.first_reply_times, first_reply_times, "conversation_id")):  # fmt: skip
        ref = ref_fn(a)
        assert ref.attrs["automatic_replies"] == 6
        assert_same(fn(da).compute(), ref, [key])
    # Templates are honoured the same way.
    tmpl = {"auto_templates": ["您好，我现在不在，稍后回复您"], "auto_min_repeats": 50}
    assert_same(scale.reply_times(da, **tmpl).compute(), reply_times(a, **tmpl), ["question_id"])


# --------------------------------------------------------------------------- per message and small tables


def test_eligibility_equals_pandas(dask_archive, pandas_archive, ref_eligibility):
    got = scale.eligibility(dask_archive).compute()
    ref = ref_eligibility
    assert set(ref["reason"]) >= {"eligible_group", "eligible_single", "internal"}
    assert_same(got, ref, ["msgid"])
    narrow = sorted(pandas_archive.scope["userid"])[:3]
    assert_same(scale.eligibility(dask_archive, scope=narrow, as_of="2026-09-01").compute(),
                eligibility(pandas_archive, scope=narrow, as_of="2026-09-01"), ["msgid"])  # fmt: skip


def test_eligibility_infers_the_scope_from_the_whole_archive(dask_archive_4, pandas_archive):
    da = dataclasses.replace(dask_archive_4, scope=None, room_members=None)
    a = dataclasses.replace(pandas_archive, scope=None, room_members=None)
    with pytest.warns(UserWarning, match="inferred a scope"):
        got = scale.eligibility(da).compute()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = eligibility(a)
    assert_same(got, ref, ["msgid"])


def test_refusal_rate_runs_on_the_small_consent_table(dask_archive_4, pandas_archive):
    for kw in ({}, {"by": "employee"}, {"by": "week", "rule": "ci"}):
        pd.testing.assert_frame_equal(scale.refusal_rate(dask_archive_4, **kw), refusal_rate(pandas_archive, **kw))
    with pytest.raises(TypeError, match="DaskArchive"):
        scale.refusal_rate(pandas_archive.messages)
    with pytest.raises(TypeError, match="DaskArchive"):
        scale.eligibility(dask_archive_4.messages)


# --------------------------------------------------------------------------- fitted models


@pytest.fixture(scope="module")
def sample_questions(ref_questions):
    q = ref_questions[ref_questions["is_question"]]
    return q[["question_id", "text", "asked_at"]].head(3000).reset_index(drop=True)


def test_predict_clusters_equals_predict(sample_questions, dask_client):
    model = FrequentQuestions(embedder="none", similarity_threshold=0.3, assign_threshold=0.3)
    model.fit(sample_questions["text"].iloc[::3])
    ref = model.predict(sample_questions["text"])
    assert (ref >= 0).sum() > 100 and (ref == -1).any()
    for n in PARTITIONS:
        got = scale.predict_clusters(dd.from_pandas(sample_questions, npartitions=n), model).compute()
        assert_same(got, sample_questions.assign(cluster_id=ref), ["question_id"])
    with pytest.raises(Exception, match="not fitted"):
        scale.predict_clusters(dd.from_pandas(sample_questions, npartitions=1), FrequentQuestions(embedder="none"))


def test_match_questions_equals_match(sample_questions, dask_client):
    matcher = KBMatcher(embedder="none").fit(load_kb(SAMPLE / "kb.csv").entries)
    ref = matcher.match(sample_questions["text"], k=3)
    ref.insert(0, "question_id", sample_questions["question_id"].to_numpy()[ref["query_pos"].to_numpy()])
    ref = ref.drop(columns="query_pos")
    ref["question_id"] = ref["question_id"].astype(sample_questions["question_id"].dtype)
    assert ref["score"].between(0, 1).all() and len(ref) > 1000
    keys = ["question_id", "rank"]
    for n in PARTITIONS:
        got = sort(scale.match_questions(dd.from_pandas(sample_questions, npartitions=n), matcher, k=3).compute(), keys)
        # Same entries in the same ranks; scores equal up to float32 rounding (the matcher's float32
        # matrix products round differently for another batch size, pandas' own too).
        pd.testing.assert_frame_equal(got.drop(columns=["score", "margin"]), sort(ref, keys).drop(columns=["score", "margin"]))
        pd.testing.assert_frame_equal(got[["score", "margin"]], sort(ref, keys)[["score", "margin"]], atol=1e-6, rtol=0)
    with pytest.raises(ValueError, match="k must be a positive int"):
        scale.match_questions(dd.from_pandas(sample_questions, npartitions=1), matcher, k=0)
    with pytest.raises(ValueError, match="'nope' is not a column"):
        scale.match_questions(dd.from_pandas(sample_questions, npartitions=1), matcher, column="nope")


def test_results_are_deterministic(dask_archive_4):
    a = scale.eligibility(dask_archive_4).compute()
    b = scale.eligibility(dask_archive_4).compute()
    pd.testing.assert_frame_equal(a, b)  # same rows in the same order, run after run
    assert np.isin(a["reason"].unique(), ["eligible_group", "eligible_single", "no_archived_member",
                                          "employee_not_in_scope", "customer_refused", "internal"]).all()  # fmt: skip


def test_pandas_input_runs_the_pandas_twin(pandas_archive, ref_questions, ref_eligibility):
    """One notebook for both backends: pandas in, the pandas function's own result out."""
    m = pandas_archive.messages
    pd.testing.assert_frame_equal(scale.msgtype_counts(pandas_archive), summary.msgtype_counts(m))
    pd.testing.assert_frame_equal(scale.daily_volume(m, by="chat_type"), summary.daily_volume(m, by="chat_type"))
    pd.testing.assert_frame_equal(scale.compute(scale.extract_questions(pandas_archive)), ref_questions)
    pd.testing.assert_frame_equal(scale.eligibility(pandas_archive), ref_eligibility)
    pd.testing.assert_frame_equal(scale.refusal_rate(pandas_archive), refusal_rate(pandas_archive))

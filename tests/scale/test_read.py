"""read_store_dask and read_archive: the dtypes and rows of the pandas loader, lazily."""

from __future__ import annotations

import dataclasses

import dask
import dask.dataframe as dd
import pandas as pd
import pytest

from toolkit.archive import Archive, load_archive, schema
from toolkit.exceptions import ArchiveError
from toolkit.scale import DaskArchive, is_dask, partition_by_chat, read_archive, read_store_dask

from .conftest import sort


@pytest.fixture(autouse=True)
def _sync():
    with dask.config.set(scheduler="sync"):
        yield


def test_messages_have_the_loaders_dtypes_and_rows(sample_store, pandas_archive):
    ddf = read_store_dask(sample_store)
    assert isinstance(ddf, dd.DataFrame)
    ref = pandas_archive.messages
    assert dict(ddf.dtypes) == dict(ref.dtypes)  # the lazy meta already has them
    got = ddf.compute()
    assert dict(got.dtypes) == dict(ref.dtypes)
    pd.testing.assert_frame_equal(sort(got, ["msgid"]), sort(ref, ["msgid"]))
    assert got["is_recalled"].sum() == ref["is_recalled"].sum() > 0


def test_one_partition_per_stored_file_or_as_asked(sample_store):
    assert read_store_dask(sample_store).npartitions == len(list((sample_store / "messages").glob("day=*/*.parquet")))
    assert read_store_dask(sample_store, npartitions=3).npartitions == 3


@pytest.mark.parametrize(
    ("columns", "since", "until"),
    [(["msgid", "sent_at"], "2026-07-05", "2026-07-06 12:00"), (["text", "is_recalled"], None, "2026-07-03"),
     (None, "2026-09-20", None)],
)  # fmt: skip
def test_columns_and_time_filters_match_load_archive(sample_store, columns, since, until):
    got = read_store_dask(sample_store, columns=columns, since=since, until=until).compute()
    ref = load_archive(sample_store, columns=columns, since=since, until=until).messages
    assert list(got.columns) == list(ref.columns)
    assert len(got) == len(ref) > 0
    pd.testing.assert_frame_equal(sort(got, list(got.columns[:2])), sort(ref, list(ref.columns[:2])))


def test_a_range_without_data_is_empty_with_the_schema(sample_store):
    got = read_store_dask(sample_store, columns=["msgid", "sent_at"], since="2030-01-01").compute()
    assert got.empty and str(got["sent_at"].dtype) == "datetime64[ns, Asia/Shanghai]"


def test_bad_arguments_and_folders_raise_clear_errors(sample_store, tmp_path):
    with pytest.raises(ValueError, match="unknown message columns"):
        read_store_dask(sample_store, columns=["nope"])
    with pytest.raises(ValueError, match="npartitions must be a positive int"):
        read_store_dask(sample_store, npartitions=0)
    with pytest.raises(ValueError, match="since must be a date"):
        read_store_dask(sample_store, since="yesterday-ish")
    with pytest.raises(ArchiveError, match="not a toolkit store"):
        read_store_dask(tmp_path)
    with pytest.raises(ArchiveError, match="not found"):
        read_archive(tmp_path / "missing")
    with pytest.raises(ValueError, match="backend must be 'dask' or 'pandas'"):
        read_archive(sample_store, backend="spark")
    with pytest.raises(ValueError, match="npartitions applies to backend='dask'"):
        read_archive(sample_store, backend="pandas", npartitions=2)


def test_read_archive_mirrors_the_pandas_archive(sample_store, side_paths, pandas_archive):
    da = read_archive(sample_store, **side_paths)
    assert isinstance(da, DaskArchive) and is_dask(da) and not is_dask(pandas_archive)
    for name in ("consent", "recalls", "switches", "quarantine", "files", "scope", "staff", "rooms", "room_members"):
        pd.testing.assert_frame_equal(getattr(da, name), getattr(pandas_archive, name), obj=name)
    assert da.report == pandas_archive.report and da.reconciles
    small = da.small()
    assert isinstance(small, Archive) and small.messages.empty and len(small.consent) == len(pandas_archive.consent)
    pa_ = read_archive(sample_store, backend="pandas", **side_paths)
    assert isinstance(pa_, Archive)
    pd.testing.assert_frame_equal(pa_.messages, pandas_archive.messages)
    pd.testing.assert_frame_equal(pa_.scope, pandas_archive.scope)


def test_partition_by_chat_puts_each_chat_in_one_partition(sample_store):
    ddf = read_store_dask(sample_store, columns=["msgid", "chat_id"], npartitions=4)
    chats = partition_by_chat(ddf)
    seen: dict[str, int] = {}
    total = 0
    for i in range(chats.npartitions):
        part = chats.partitions[i].compute()
        total += len(part)
        for c in part["chat_id"].unique():
            assert seen.setdefault(c, i) == i
    assert total == len(ddf) and len(seen) > 10
    assert partition_by_chat(chats) is chats  # recognised: no second shuffle
    with pytest.raises(TypeError, match="dask.dataframe.DataFrame"):
        partition_by_chat(ddf.compute())
    with pytest.raises(ValueError, match="chat_id"):
        partition_by_chat(ddf[["msgid"]])


def test_with_messages_builds_a_pandas_archive_per_partition(sample_store):
    da = read_archive(sample_store)
    part = da.messages.partitions[0].compute()
    a = da.with_messages(part)
    assert isinstance(a, Archive) and a.messages is part and a.consent is da.consent
    assert dataclasses.fields(Archive) and schema.validate_messages(a.messages) is part

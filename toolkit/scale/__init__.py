"""The same analyses on Dask: lazily read stores and run the pandas functions per partition.

Every analysis function accepts a :class:`DaskArchive` (or a Dask frame of
messages) and returns what its pandas twin returns; given pandas input it
calls the pandas twin, so one notebook runs on both backends (see
``docs/dask.md``).

Examples
--------
>>> from toolkit.scale import read_archive, DaskArchive
>>> DaskArchive.__name__
'DaskArchive'
"""

from __future__ import annotations

from .analyses import (
    chat_type_counts,
    compute,
    conversation_ids,
    daily_volume,
    eligibility,
    extract_questions,
    first_reply_times,
    match_questions,
    msgtype_counts,
    predict_clusters,
    refusal_rate,
    reply_times,
    sessionize,
    top_senders,
    weekday_hour,
)
from .cluster import client
from .read import DaskArchive, is_dask, partition_by_chat, read_archive, read_store_dask

__all__ = [
    "DaskArchive",
    "chat_type_counts",
    "client",
    "compute",
    "conversation_ids",
    "daily_volume",
    "eligibility",
    "extract_questions",
    "first_reply_times",
    "is_dask",
    "match_questions",
    "msgtype_counts",
    "partition_by_chat",
    "predict_clusters",
    "read_archive",
    "read_store_dask",
    "refusal_rate",
    "reply_times",
    "sessionize",
    "top_senders",
    "weekday_hour",
]

"""Fixtures for the gating tests: the loaded sample archive, its questions, small archives and a fake matcher."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit.archive import load_archive, schema
from toolkit.archive.load import Archive

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"
TZ = "Asia/Shanghai"


@pytest.fixture(scope="session")
def sample_archive() -> Archive:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(
            SAMPLE / "archive", scope=SAMPLE / "scope.csv", rooms=SAMPLE / "rooms.json", staff=SAMPLE / "staff.csv"
        )


@pytest.fixture(scope="session")
def sample_questions(sample_archive: Archive) -> pd.DataFrame:
    from toolkit.questions import extract_questions

    return extract_questions(sample_archive)


@pytest.fixture(scope="session")
def sample_events() -> dict:
    return json.loads((SAMPLE / "truth" / "events.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_truth() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "truth" / "questions.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def sample_kb() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "kb.csv", dtype=str)


def ts(day: float) -> pd.Timestamp:
    """A time ``day`` days after 2026-07-01 00:00 in Asia/Shanghai."""
    return pd.Timestamp("2026-07-01", tz=TZ) + pd.Timedelta(days=day)


def make_archive(messages: list[dict], consent: list[dict] = (), members: list[dict] | None = None,
                 scope: list[dict] | None = None) -> Archive:
    """A tiny Archive from plain rows.

    ``messages``: dicts with msgid, sender_id, chat_type (single/group/internal),
    chat_id (roomid for groups), day. ``consent``: customer_id, employee_id,
    status, day. ``members``: roomid, member_id, day (joined). ``scope``:
    userid, since, until (days or None).
    """
    rows = []
    for r in messages:
        sender = r["sender_id"]
        kind = schema.id_kind(sender)
        rows.append(
            {
                "msgid": r["msgid"],
                "msgtype": "text",
                "sender_id": sender,
                "sender_kind": kind,
                "roomid": r["chat_id"] if r["chat_type"] == "group" else None,
                "chat_type": r["chat_type"],
                "chat_id": r["chat_id"],
                "sent_at": ts(r["day"]),
                "text": r.get("text", "保修多久?"),
            }
        )
    m = schema.empty_frame(schema.MESSAGE_COLUMNS, TZ).reindex(range(len(rows)))
    if rows:
        df = pd.DataFrame(rows)
        for col in df.columns:
            m[col] = df[col].astype(m[col].dtype) if col != "sent_at" else pd.to_datetime(df[col]).astype(m[col].dtype)
    c = schema.empty_frame(schema.CONSENT_COLUMNS, TZ).reindex(range(len(consent)))
    if consent:
        df = pd.DataFrame(list(consent))
        c["msgid"] = [f"c{i}" for i in range(len(df))]
        c["customer_id"] = df["customer_id"].astype("str")
        c["employee_id"] = df["employee_id"].astype("str")
        c["status"] = df["status"].astype("str")
        c["at"] = pd.to_datetime([ts(d) for d in df["day"]]).astype(c["at"].dtype)
    rm = None
    if members is not None:
        rm = schema.empty_frame(schema.ROOM_MEMBER_COLUMNS, TZ).reindex(range(len(members)))
        if members:
            df = pd.DataFrame(members)
            rm["roomid"] = df["roomid"].astype("str")
            rm["member_id"] = df["member_id"].astype("str")
            rm["member_kind"] = [schema.id_kind(x) for x in df["member_id"]]
            rm["joined_at"] = pd.to_datetime([ts(r["day"]) if r["day"] is not None else pd.NaT for r in members],
                                             utc=True).tz_convert(TZ).astype(rm["joined_at"].dtype)
    sc = None
    if scope is not None:
        sc = scope_frame(scope)
    return Archive(messages=m, consent=c, recalls=None, switches=None, quarantine=None, report={}, files=None,
                   scope=sc, room_members=rm, tz=TZ)


def scope_frame(scope: list[dict]) -> pd.DataFrame:
    dt = pd.DatetimeTZDtype(unit="ns", tz=TZ)
    return pd.DataFrame(
        {
            "userid": pd.Series([s["userid"] for s in scope], dtype="str"),
            "since": pd.Series([ts(s["since"]) if s.get("since") is not None else pd.NaT for s in scope], dtype=dt),
            "until": pd.Series([ts(s["until"]) if s.get("until") is not None else pd.NaT for s in scope], dtype=dt),
        }
    )


class FakeMatcher:
    """Same contract as ``toolkit.kb.KBMatcher``: char-bigram TF-IDF cosine, best phrasing per kb_id."""

    def fit(self, kb: pd.DataFrame) -> FakeMatcher:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.kb_ids_ = kb["kb_id"].astype(str).to_numpy()
        self.vec_ = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
        self.x_ = self.vec_.fit_transform(kb["question"].astype(str))
        self.entries_ = np.unique(self.kb_ids_)
        return self

    def match(self, queries, k: int = 10) -> pd.DataFrame:
        q = self.vec_.transform([str(x) for x in queries])
        sim = (q @ self.x_.T).toarray()
        per = np.stack([sim[:, self.kb_ids_ == e].max(axis=1) for e in self.entries_], axis=1)
        order = np.argsort(-per, axis=1, kind="stable")[:, :k]
        scores = np.take_along_axis(per, order, axis=1).clip(0, 1)
        nxt = np.concatenate([scores[:, 1:], np.zeros((len(scores), 1))], axis=1)
        n, kk = scores.shape
        return pd.DataFrame(
            {
                "query_pos": np.repeat(np.arange(n), kk),
                "rank": np.tile(np.arange(1, kk + 1), n),
                "kb_id": self.entries_[order].ravel(),
                "score": scores.ravel(),
                "margin": (scores - nxt).ravel(),
            }
        )


@pytest.fixture(scope="session")
def fake_matcher(sample_kb: pd.DataFrame) -> FakeMatcher:
    return FakeMatcher().fit(sample_kb)

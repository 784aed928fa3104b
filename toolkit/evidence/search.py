"""Find what was said: filter and search an archive's messages, and show a message in its chat.

Everything here works on whole columns (pandas string methods backed by
Arrow, boolean masks): no Python loop runs per message, so a keyword search
over a million messages takes well under a second.

Examples
--------
>>> from toolkit.testing import tiny_archive
>>> arch = tiny_archive()
>>> hits = find_messages(arch, contains="退货")
>>> hits[["msgid", "sender_id", "text", "matched"]]
  msgid sender_id      text     matched
0  m008       wmB   退货怎么申请？  contains 退货
1  m010        ww  小程序里申请退货  contains 退货
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from ..archive import Archive, schema
from ..archive.sessions import conversation_ids
from ..privacy import involves, view_for
from ..text import normalize_text
from ..text.embed import sentence_embeddings
from ._log import log_access

__all__ = ["RESULT_COLUMNS", "CONTEXT_COLUMNS", "find_messages", "conversation_context", "resolve_user"]

#: Columns of :func:`find_messages`.
RESULT_COLUMNS = (
    "msgid", "conversation_id", "chat_id", "chat_type", "sent_at", "sender_id", "sender_name", "sender_kind",
    "receiver_ids", "msgtype", "text", "is_recalled", "matched", "score", "source", "line",
)  # fmt: skip
#: Columns of :func:`conversation_context`.
CONTEXT_COLUMNS = (
    "kind", "at", "msgid", "sender_id", "sender_name", "sender_kind", "msgtype", "text", "is_target",
    "is_recalled", "recalled_at", "sdkfileid", "md5sum", "source", "line",
)  # fmt: skip
#: Most messages ``similar_to`` embeds; narrow the search (customer, employee, time) beyond that.
MAX_SIMILAR_CANDIDATES = 50_000


def _names(archive: Archive, customers: pd.DataFrame | None) -> dict[str, str]:
    """userid -> display name, from the staff directory and a customer list."""
    out: dict[str, str] = {}
    if customers is not None and "name" in customers.columns:
        key = "customer_id" if "customer_id" in customers.columns else "external_userid"
        c = customers[[key, "name"]].dropna()
        out.update(zip(c[key].astype(str), c["name"].astype(str), strict=True))
    if archive.staff is not None:
        s = archive.staff[["userid", "name"]].dropna()
        out.update(zip(s["userid"].astype(str), s["name"].astype(str), strict=True))
    return out


def resolve_user(archive: Archive, who: str, *, kind: str, customers: pd.DataFrame | None = None) -> str:
    """A userid from an id or a display name (staff directory, customer list); a clear error otherwise.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> arch = tiny_archive()
    >>> resolve_user(arch, "zs", kind="employee")
    'zs'
    >>> resolve_user(arch, "zz", kind="employee")
    Traceback (most recent call last):
    ...
    ValueError: unknown employee 'zz': no message or directory entry has this id or name; did you mean 'zs'?
    """
    if not isinstance(who, str) or not who.strip():
        raise ValueError(f"{kind} must be a non-empty userid or name; got {who!r}")
    who = who.strip()
    m = archive.messages
    known_ids = set(m["sender_id"].dropna().astype(str).unique())
    if who in known_ids:
        return who
    names = _names(archive, customers)
    if who in names:
        return who
    by_name: dict[str, list[str]] = {}
    for uid, name in names.items():
        by_name.setdefault(name, []).append(uid)
    if who in by_name:
        ids = sorted(by_name[who])
        if len(ids) > 1:
            raise ValueError(f"{kind} name {who!r} is ambiguous: it names {ids}; pass one userid")
        return ids[0]
    if who in set(archive.consent["customer_id"].dropna().astype(str)) or involves(m, who).any():
        return who  # someone who only ever received messages, or only gave consent
    pool = sorted(known_ids | set(names) | set(by_name))
    near = difflib.get_close_matches(who, pool, n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
    raise ValueError(f"unknown {kind} {who!r}: no message or directory entry has this id or name{hint}")


def _variants(word: str) -> list[str]:
    """The word as typed, simplified and half-width: 保證 also finds 保证, ＶＩＰ also finds VIP."""
    out = [word]
    norm = normalize_text(word, lowercase=False)
    if norm and norm not in out:
        out.append(norm)
    return out


def _contains(text: pd.Series, words: Sequence[str], how: str) -> tuple[np.ndarray, list[str]]:
    """Rows whose text holds any/all of ``words`` (each in its variants), and what each row matched."""
    hits = []
    for w in words:
        mask = np.zeros(len(text), dtype=bool)
        for v in _variants(w):
            mask |= text.str.contains(v, regex=False, na=False).to_numpy(dtype=bool)
        hits.append(mask)
    stack = np.vstack(hits) if hits else np.zeros((0, len(text)), dtype=bool)
    keep = stack.all(axis=0) if how == "all" else stack.any(axis=0)
    why = [""] * len(text)
    for i in np.flatnonzero(keep):
        why[i] = "contains " + ", ".join(w for w, h in zip(words, stack[:, i], strict=True) if h)
    return keep, why


def _as_words(contains: str | Sequence[str] | None) -> list[str]:
    if contains is None:
        return []
    words = [contains] if isinstance(contains, str) else list(contains)
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"contains must be a non-empty string or a list of them; got {contains!r}")
    return [w.strip() for w in words]


def find_messages(
    archive: Archive,
    *,
    customer: str | None = None,
    employee: str | None = None,
    sender: str | None = None,
    room: str | None = None,
    since: Any = None,
    until: Any = None,
    contains: str | Sequence[str] | None = None,
    pattern: str | None = None,
    similar_to: str | None = None,
    chat_type: str | Sequence[str] | None = None,
    match: Literal["any", "all"] = "any",
    top: int = 20,
    min_similarity: float = 0.5,
    customers: pd.DataFrame | None = None,
    role: str | None = None,
    viewer: str | None = None,
    access_log: Any = None,
    gap: str | pd.Timedelta = "30min",
) -> pd.DataFrame:
    """The messages that match every filter given, with why each matched.

    Parameters
    ----------
    archive : Archive
    customer, employee : str, optional
        A userid or a display name (the staff directory, or ``customers``):
        messages of chats the person takes part in (sent by them or received
        by them; group messages list every member as a receiver). An
        unknown name raises ``ValueError`` with the nearest names.
    sender : str, optional
        Only messages sent by this person (userid or name): what an agent
        wrote, not what was written to them.
    room : str, optional
        A group chat's ``roomid``.
    since, until : date or time, optional
        Inclusive bounds on ``sent_at`` (naive values are in the archive's
        time zone).
    contains : str or list of str, optional
        Words to find in the text; each also in its simplified and
        half-width form. ``match="any"`` (default) keeps messages with at
        least one, ``"all"`` those with every one.
    pattern : str, optional
        A regular expression searched in the text.
    similar_to : str, optional
        Rank the remaining messages by meaning (the shared sentence
        encoder) and keep the ``top`` most similar with a cosine of at
        least ``min_similarity``: finds a promise phrased in other words.
        Narrow the search first (customer, employee, time): at most
        :data:`MAX_SIMILAR_CANDIDATES` messages are embedded.
    chat_type : str or list of str, optional
        ``"single"``, ``"group"``, ``"internal"``.
    customers : DataFrame, optional
        A customer list (``toolkit.ops.load_customers``) for customer names.
    role, viewer : str, optional
        Who searches. With both, the search runs on
        :func:`toolkit.privacy.view_for` (an agent sees only their own
        chats; no role sees refused customers' chats) and the log says who.
    access_log : path, optional
        A JSON Lines file the search appends one line to (who, when, the
        query, how many messages). Every search is also logged on the
        ``toolkit.evidence`` logger.
    gap : str or Timedelta
        How ``conversation_id`` cuts conversations (see
        :func:`toolkit.archive.sessionize`).

    Returns
    -------
    pandas.DataFrame
        :data:`RESULT_COLUMNS`, sorted by time (by ``score`` with
        ``similar_to``). ``matched`` says why each row matched; ``score``
        is the cosine for ``similar_to`` (else NaN). Empty, with a printed
        reason in ``attrs["message"]``, when nothing matches.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> arch = tiny_archive()
    >>> find_messages(arch, customer="wmC", since="2026-07-02", until="2026-07-02 23:59")[["msgid", "text"]]
      msgid     text
    0  m011   发票怎么开？
    1  m012  小程序里开发票
    2  m013   换货要几天？
    >>> find_messages(arch, contains=["退货", "保修"], match="all").attrs["message"]
    'no message matches: contains all of 退货, 保修'
    """
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive; got {type(archive).__name__}")
    if match not in ("any", "all"):
        raise ValueError(f"match must be 'any' or 'all'; got {match!r}")
    if not isinstance(top, (int, np.integer)) or top < 1:
        raise ValueError(f"top must be a positive integer; got {top!r}")
    words = _as_words(contains)
    if pattern is not None:
        if not isinstance(pattern, str) or not pattern:
            raise ValueError(f"pattern must be a non-empty regular expression; got {pattern!r}")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern is not a valid regular expression: {exc}") from None
    if similar_to is not None and (not isinstance(similar_to, str) or not similar_to.strip()):
        raise ValueError(f"similar_to must be a non-empty text; got {similar_to!r}")
    if (role is None) != (viewer is None):
        raise ValueError("give both role and viewer (who searches, as what), or neither")
    view = view_for(archive, viewer, role) if role is not None else archive  # type: ignore[arg-type]
    tz = archive.tz
    m = view.messages
    keep = np.ones(len(m), dtype=bool)
    query: dict[str, Any] = {}
    for name, who in (("customer", customer), ("employee", employee)):
        if who is not None:
            uid = resolve_user(archive, who, kind=name, customers=customers)
            keep &= involves(m, uid)
            query[name] = uid
    if sender is not None:
        uid = resolve_user(archive, sender, kind="sender", customers=customers)
        keep &= (m["sender_id"] == uid).to_numpy(dtype=bool, na_value=False)
        query["sender"] = uid
    if room is not None:
        keep &= (m["roomid"] == room).to_numpy(dtype=bool, na_value=False)
        query["room"] = room
    lo, hi = schema.to_timestamp(since, tz, "since"), schema.to_timestamp(until, tz, "until")
    if lo is not None:
        keep &= (m["sent_at"] >= lo).to_numpy(dtype=bool, na_value=False)
        query["since"] = lo.isoformat()
    if hi is not None:
        keep &= (m["sent_at"] <= hi).to_numpy(dtype=bool, na_value=False)
        query["until"] = hi.isoformat()
    if chat_type is not None:
        types = [chat_type] if isinstance(chat_type, str) else list(chat_type)
        bad = sorted(set(types) - set(schema.CHAT_TYPES))
        if bad:
            raise ValueError(f"chat_type must be among {list(schema.CHAT_TYPES)}; got {bad}")
        keep &= m["chat_type"].isin(types).to_numpy(dtype=bool)
        query["chat_type"] = types
    why = np.full(len(m), "", dtype=object)
    if words:
        idx = np.flatnonzero(keep)
        hit, reasons = _contains(m["text"] if len(idx) == len(m) else m["text"].iloc[idx], words, match)
        keep[idx[~hit]] = False
        why[idx[hit]] = np.asarray(reasons, dtype=object)[hit]
        query["contains"] = words
        query["match"] = match
    if pattern is not None:
        idx = np.flatnonzero(keep)
        hit = m["text"].iloc[idx].str.contains(pattern, regex=True, na=False).to_numpy(dtype=bool)
        keep[idx[~hit]] = False
        why[idx[hit]] = [f"{w}; pattern" if w else "pattern" for w in why[idx[hit]]]
        query["pattern"] = pattern
    score = np.full(len(m), np.nan)
    if similar_to is not None:
        idx = np.flatnonzero(keep & m["text"].notna().to_numpy(dtype=bool))
        if len(idx) > MAX_SIMILAR_CANDIDATES:
            raise ValueError(
                f"similar_to would embed {len(idx):,} messages (at most {MAX_SIMILAR_CANDIDATES:,}): "
                "narrow the search with customer, employee, room, since or until"
            )
        keep[:] = False
        if len(idx):
            texts = [normalize_text(t) for t in m["text"].iloc[idx].astype(str)]
            emb = sentence_embeddings([normalize_text(similar_to), *texts])
            emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
            sims = emb[1:] @ emb[0]
            order = np.argsort(-sims, kind="stable")[:top]
            order = order[sims[order] >= min_similarity]
            chosen = idx[order]
            keep[chosen] = True
            score[chosen] = np.round(sims[order], 4)
            why[chosen] = [f"{w}; similar {s:.2f}" if w else f"similar {s:.2f}" for w, s in zip(why[chosen], sims[order], strict=True)]
        query["similar_to"] = similar_to
        query["top"] = int(top)
    out = _result(view, m[keep], why[keep], score[keep], customers, gap)
    if similar_to is not None:
        out = out.sort_values(["score", "sent_at"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if out.empty:
        out.attrs["message"] = "no message matches: " + _describe(query)
    out.attrs["query"] = query
    log_access("search", viewer=viewer, role=role, query=query, n_messages=len(out), path=access_log)
    return out


def _describe(query: dict[str, Any]) -> str:
    parts = []
    for k, v in query.items():
        if k == "contains":
            parts.append(f"contains {query.get('match', 'any')} of {', '.join(v)}")
        elif k not in ("match", "top"):
            parts.append(f"{k} {v}")
    return "; ".join(parts) or "no filter"


def _result(archive: Archive, hits: pd.DataFrame, why: np.ndarray, score: np.ndarray, customers: pd.DataFrame | None,
            gap: str | pd.Timedelta) -> pd.DataFrame:
    m = archive.messages
    cols = ["chat_id", "sent_at", "sender_id", "sender_kind"]
    chats = m[cols][m["chat_id"].isin(hits["chat_id"].unique()).to_numpy(dtype=bool)]
    conv = conversation_ids(chats, gap=gap, only=hits.index) if len(chats) else pd.Series([], dtype="str")
    names = _names(archive, customers)
    out = hits.assign(
        conversation_id=conv.reindex(hits.index).astype("str"),
        sender_name=hits["sender_id"].map(names).astype("str"),
        matched=pd.Series(why, index=hits.index, dtype="str"),
        score=pd.Series(score, index=hits.index, dtype="float64"),
    )
    out = out.sort_values(["sent_at", "chat_id"], kind="stable")
    return out[list(RESULT_COLUMNS)].reset_index(drop=True)


def _placeholder(msgtype: pd.Series, sdkfileid: pd.Series, md5: pd.Series) -> pd.Series:
    """``[image sdkfileid=… md5=…]`` for media without text."""
    tag = "[" + msgtype.astype(str)
    fid = sdkfileid.astype("str").where(sdkfileid.notna(), "")
    md = md5.astype("str").where(md5.notna(), "")
    tag = tag + np.where(fid != "", " sdkfileid=" + fid, "") + np.where(md != "", " md5=" + md, "") + "]"
    return tag


def conversation_context(
    archive: Archive,
    msgid: str,
    before: int = 20,
    after: int = 20,
    *,
    customers: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The messages around one message in the same chat, in order, with the chat's events.

    Recalled messages stay in place, marked ``is_recalled`` with
    ``recalled_at``; media without text show as ``[image sdkfileid=…
    md5=…]``; switches of the chat's people and consent records of its
    customer and employee within the window are rows of their own
    (``kind`` ``"switch"`` / ``"consent"``), and so is the consent record in
    force when the window opens (the customer's latest agree/disagree with
    that employee before it), so a reader sees whether archiving was
    allowed.

    Parameters
    ----------
    archive : Archive
    msgid : str
        The message to show.
    before, after : int, default 20
        How many messages of the same chat to show before and after it.

    Returns
    -------
    pandas.DataFrame
        :data:`CONTEXT_COLUMNS`, in time order; ``is_target`` marks
        ``msgid``.

    Raises
    ------
    KeyError
        ``msgid`` is not a message of the archive.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> ctx = conversation_context(tiny_archive(), "m012", before=1, after=1)
    >>> ctx[["kind", "msgid", "text", "is_target"]]
          kind msgid               text  is_target
    0  consent  m005  [agree archiving]      False
    1  message  m011             发票怎么开？      False
    2  message  m012            小程序里开发票       True
    3  message  m013             换货要几天？      False
    """
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive; got {type(archive).__name__}")
    for name, n in (("before", before), ("after", after)):
        if not isinstance(n, (int, np.integer)) or n < 0:
            raise ValueError(f"{name} must be a non-negative integer; got {n!r}")
    m = archive.messages
    where = np.flatnonzero((m["msgid"] == msgid).to_numpy(dtype=bool, na_value=False))
    if not len(where):
        raise KeyError(f"msgid {msgid!r} is not a message of this archive")
    target = m.iloc[where[0]]
    chat = m[m["chat_id"] == target["chat_id"]].sort_values(["sent_at", "source", "line"], kind="stable")
    pos = int(np.flatnonzero((chat["msgid"] == msgid).to_numpy(dtype=bool))[0])
    win = chat.iloc[max(0, pos - before): pos + after + 1]
    names = _names(archive, customers)
    recalls = archive.recalls
    recalled_at = pd.Series(pd.NaT, index=win.index, dtype=m["sent_at"].dtype)
    if len(recalls):
        first = recalls.drop_duplicates("pre_msgid").set_index("pre_msgid")["recalled_at"]
        recalled_at = win["msgid"].map(first).astype(m["sent_at"].dtype)
    text = win["text"].astype("str").where(win["text"].notna(), _placeholder(win["msgtype"], win["sdkfileid"], win["md5sum"]))
    rows = pd.DataFrame({
        "kind": "message",
        "at": win["sent_at"],
        "msgid": win["msgid"].astype("str"),
        "sender_id": win["sender_id"].astype("str"),
        "sender_name": win["sender_id"].map(names).astype("str"),
        "sender_kind": win["sender_kind"].astype("str"),
        "msgtype": win["msgtype"].astype("str"),
        "text": text.astype("str"),
        "is_target": (win["msgid"] == msgid).to_numpy(dtype=bool),
        "is_recalled": win["is_recalled"].to_numpy(dtype=bool),
        "recalled_at": recalled_at,
        "sdkfileid": win["sdkfileid"].astype("str"),
        "md5sum": win["md5sum"].astype("str"),
        "source": win["source"].astype("str"),
        "line": win["line"].astype("Int64"),
    })
    lo, hi = win["sent_at"].min(), win["sent_at"].max()
    people = set(win["sender_id"].dropna().astype(str))
    if target["chat_type"] != "group":
        people |= set(pd.concat(schema.chat_parties(pd.Series([target["chat_id"]]))).dropna())
    events = [rows]
    sw = archive.switches
    sw = sw[sw["user_id"].isin(people) & (sw["at"] >= lo) & (sw["at"] <= hi)]
    if len(sw):
        events.append(pd.DataFrame({"kind": "switch", "at": sw["at"], "msgid": sw["msgid"].astype("str"),
                                    "sender_id": sw["user_id"].astype("str"),
                                    "sender_name": sw["user_id"].map(names).astype("str"),
                                    "text": "[switched enterprise]", "source": sw["source"].astype("str"),
                                    "line": sw["line"].astype("Int64")}))
    c = archive.consent
    c = c[c["customer_id"].isin(people) & (c["employee_id"].isin(people) | c["employee_id"].isna()) & (c["at"] <= hi)]
    # The consent in force when the window opens (the latest record before it), and any change inside it.
    before_lo = c[c["at"] < lo].sort_values("at", kind="stable").groupby(["customer_id", "employee_id"], dropna=False).tail(1)
    c = pd.concat([before_lo, c[c["at"] >= lo]]).sort_values("at", kind="stable")
    if len(c):
        events.append(pd.DataFrame({"kind": "consent", "at": c["at"], "msgid": c["msgid"].astype("str"),
                                    "sender_id": c["customer_id"].astype("str"),
                                    "sender_name": c["customer_id"].map(names).astype("str"),
                                    "text": "[" + c["status"].astype(str) + " archiving]",
                                    "source": c["source"].astype("str"), "line": c["line"].astype("Int64")}))
    out = pd.concat(events, ignore_index=True) if len(events) > 1 else rows.reset_index(drop=True)
    out["is_target"] = out["is_target"].fillna(False).astype(bool)
    out["is_recalled"] = out["is_recalled"].fillna(False).astype(bool)
    out = out.sort_values(["at", "kind"], kind="stable", key=lambda s: s if s.name == "at" else s.map({"consent": 0, "switch": 1, "message": 2}))
    return out[list(CONTEXT_COLUMNS)].reset_index(drop=True)

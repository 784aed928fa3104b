"""Handover: what a leaver's customers need, and whether the successor took over.

When an employee leaves, admins hand each of their customers to a
successor (staff ``successor``; WeCom's 离职继承). This module reads the
leaver's 1:1 chats to tell the successor, per customer, what was going on,
and then checks what happened after the handover.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._cells import WrittenFiles, safe_frame
from .._validate import require_columns
from ..archive import schema
from ..questions import extract_questions, is_question_text
from ..text import Segmenter
from ._common import OpsDataWarning, _check_archive
from .consent import load_customers
from ..archive.schema import BOOL, DATETIME, FLOAT, INT, STR

__all__ = ["HANDOVER_COLUMNS", "handover_report", "summarize_handover", "export_handover"]

#: Columns of :func:`handover_report`.
HANDOVER_SCHEMA: dict[str, str] = {
    "leaver_id": STR,
    "left_at": DATETIME,
    "successor_id": STR,
    "customer_id": STR,
    "n_messages": INT,
    "last_conversation_at": DATETIME,
    "last_message_at": DATETIME,
    "last_message_by": STR,
    "topic": STR,
    "keywords": STR,
    "has_open_item": BOOL,
    "open_item": STR,
    "customer_wrote_after": BOOL,
    "successor_replied": BOOL,  # nullable pandas ``boolean``: <NA> when the customer did not write after
    "successor_first_reply_at": DATETIME,
    "hours_to_successor_reply": FLOAT,
    "is_silent": BOOL,
    "days_observed": FLOAT,
}
HANDOVER_COLUMNS: tuple[str, ...] = tuple(HANDOVER_SCHEMA)


def handover_report(
    archive: Any,
    *,
    customers: Any = None,
    gap: str | pd.Timedelta = "30min",
    n_keywords: int = 3,
    segmenter: Segmenter | None = None,
) -> pd.DataFrame:
    """One row per customer of each employee who left: context for the successor, and outcomes.

    **Who.** Leavers are the staff with a ``left_at`` (``Archive.staff``);
    their customers are the external contacts of their 1:1 chats before
    ``left_at``, plus, with ``customers``, those whose ``handover_from`` is
    the leaver. The successor is the staff ``successor``; failing that, the
    customer list's ``follow_userid`` of a customer handed over from the
    leaver.

    **Context** (before ``left_at``): the last conversation (a run of
    messages with no silence longer than ``gap``) and its ``topic``: the
    first customer question in it (:func:`toolkit.questions.extract_questions`),
    else its first customer text; ``keywords``: the most frequent words of
    the customer's messages in it (:class:`toolkit.text.Segmenter`,
    stopwords removed). ``has_open_item``: the last message of the chat
    before ``left_at`` is the customer's and is a question
    (:func:`toolkit.questions.is_question_text`; a closing 谢谢 is not an
    open item), so it was never answered; ``open_item`` is that text.

    **Outcomes** (from ``left_at`` to the end of the archive):
    ``customer_wrote_after`` (a 1:1 message of the customer to anyone),
    ``successor_replied`` (the successor wrote to the customer in 1:1),
    ``successor_first_reply_at``, ``hours_to_successor_reply`` (from
    ``left_at``), ``is_silent`` (neither the customer nor the successor
    wrote after ``left_at``: the relationship went quiet), and
    ``days_observed`` (days of archive after ``left_at``; a short window
    makes silence less telling).

    Parameters
    ----------
    archive : toolkit.archive.Archive
        A loaded archive with a staff directory.
    customers : path or DataFrame, optional
        Customer list (see :func:`toolkit.ops.load_customers`).
    gap : str or pandas.Timedelta
        Silence that ends a conversation.
    n_keywords : int
        Keywords per customer.
    segmenter : toolkit.text.Segmenter, optional
        Tokenizer for keywords (default: the shipped dictionary and
        stopwords).

    Returns
    -------
    pandas.DataFrame
        :data:`HANDOVER_COLUMNS`, sorted by ``leaver_id``, open items first,
        then ``last_message_at`` descending. Customer texts are in
        ``topic``, ``keywords`` and ``open_item``: mask them
        (``toolkit.privacy.mask_frame``) before showing them to others.

    Raises
    ------
    ValueError
        The archive has no staff directory.

    Warns
    -----
    OpsDataWarning
        The staff directory has no ``successor`` for some leavers (the
        rows are kept with ``successor_id`` NaN and no outcome columns
        filled), or nobody left.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> r = handover_report(tiny_archive())
    >>> r[["leaver_id", "successor_id", "customer_id", "topic", "has_open_item", "open_item"]]
      leaver_id successor_id customer_id   topic  has_open_item open_item
    0        ls           zs         wmC  换货要几天？           True    换货要几天？
    >>> r[["successor_replied", "hours_to_successor_reply", "is_silent"]]
       successor_replied  hours_to_successor_reply  is_silent
    0               True                      13.0      False
    """
    archive = _check_archive(archive)
    if archive.staff is None:
        raise ValueError("handover needs a staff directory: pass staff= (a CSV of userid, left_at, successor) to load_archive")
    if not isinstance(n_keywords, int) or n_keywords < 0:
        raise ValueError(f"n_keywords must be a non-negative int; got {n_keywords!r}")
    tz = archive.tz
    staff = archive.staff.dropna(subset=["userid"]).drop_duplicates("userid")
    leavers = staff[staff["left_at"].notna()]
    cols = list(HANDOVER_COLUMNS)
    if leavers.empty:
        warnings.warn("nobody left: the staff directory has no left_at dates, so there is nothing to hand over", OpsDataWarning, stacklevel=2)
    cust = None
    if customers is not None:
        cust = load_customers(customers, tz=tz)
    no_succ = leavers["successor"].isna()
    if no_succ.any():
        fallback = "; the customer list's follow_userid is used where it records a handover" if cust is not None else ""
        warnings.warn(
            f"{int(no_succ.sum())} of {len(leavers)} leavers have no successor in the staff directory "
            f"(no 'successor' column, or it is empty){fallback}: their customers are listed without a successor "
            "and the successor outcomes stay empty",
            OpsDataWarning,
            stacklevel=2,
        )
    m = archive.messages
    single = m[m["chat_type"].eq("single")]
    side_a, side_b = (s.to_numpy(dtype=object, na_value=None) for s in schema.chat_parties(single["chat_id"]))
    end = m["sent_at"].max() if len(m) else pd.NaT
    seg = segmenter or Segmenter()
    rows: list[dict[str, Any]] = []
    for lv in leavers.itertuples(index=False):
        uid, left_at = lv.userid, lv.left_at
        chats = single[(side_a == uid) | (side_b == uid)]
        before = chats[chats["sent_at"] < left_at]
        chat_ids = pd.Series(before["chat_id"].unique(), dtype="string")
        partners = schema.other_party(chat_ids, pd.Series(uid, index=chat_ids.index)).dropna()
        ids = {p for p in partners if p and not p.startswith("wb")}
        handed: dict[str, str] = {}
        if cust is not None:
            h = cust[cust["handover_from"].eq(uid)]
            handed = dict(zip(h["customer_id"], h["follow_userid"], strict=True))
            ids |= set(handed)
        q = extract_questions(before, conversation_gap=gap) if len(before) else None
        for cid in sorted(ids):
            succ = lv.successor if isinstance(lv.successor, str) else handed.get(cid)
            succ = succ if isinstance(succ, str) else None
            chat_id = "|".join(sorted((cid, uid)))
            c = before[before["chat_id"].eq(chat_id)].sort_values(["sent_at", "msgid"], kind="stable")
            row: dict[str, Any] = {"leaver_id": uid, "left_at": left_at, "successor_id": succ, "customer_id": cid, "n_messages": len(c)}
            if len(c):
                new = c["sent_at"].diff() > pd.Timedelta(gap)
                conv_start = c["sent_at"][new].iloc[-1] if new.any() else c["sent_at"].iloc[0]
                last_conv = c[c["sent_at"] >= conv_start]
                last = c.iloc[-1]
                texts = last_conv.loc[last_conv["sender_id"].eq(cid), "text"].dropna()
                topic = None
                if q is not None:
                    qq = q[q["chat_id"].eq(chat_id) & q["is_question"] & (q["asked_at"] >= conv_start)]
                    if len(qq):
                        topic = qq["text"].iloc[0]
                if topic is None and len(texts):
                    topic = texts.iloc[0]
                words = Counter(w for t in texts for w in seg(t))
                row.update(
                    last_conversation_at=conv_start,
                    last_message_at=last["sent_at"],
                    last_message_by="customer" if last["sender_id"] == cid else "employee",
                    topic=topic,
                    keywords=" ".join(w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:n_keywords]),
                    has_open_item=bool(last["sender_id"] == cid and is_question_text(last["text"])[0]),
                    open_item=last["text"] if last["sender_id"] == cid and is_question_text(last["text"])[0] else None,
                )
            else:
                row.update(has_open_item=False)
            after = single[((side_a == cid) | (side_b == cid)) & (single["sent_at"] >= left_at).to_numpy()]
            row["customer_wrote_after"] = bool(after["sender_id"].eq(cid).any())
            if succ is not None:
                sr = after[after["sender_id"].eq(succ) & after["chat_id"].eq("|".join(sorted((cid, succ))))]
                first = sr["sent_at"].min() if len(sr) else pd.NaT
                row.update(
                    successor_replied=bool(len(sr)),
                    successor_first_reply_at=first,
                    hours_to_successor_reply=(first - left_at) / pd.Timedelta(hours=1) if len(sr) else np.nan,
                )
                row["is_silent"] = not (row["customer_wrote_after"] or row["successor_replied"])
            else:
                row["is_silent"] = not row["customer_wrote_after"]
            row["days_observed"] = max((end - left_at) / pd.Timedelta(days=1), 0.0) if pd.notna(end) else np.nan
            rows.append(row)
    out = pd.DataFrame(rows, columns=cols)
    dt = pd.DatetimeTZDtype("ns", tz)
    for c in ("left_at", "last_conversation_at", "last_message_at", "successor_first_reply_at"):
        out[c] = pd.to_datetime(out[c], utc=True).dt.tz_convert(tz).astype(dt) if len(out) else pd.Series([], dtype=dt)
    for c in ("leaver_id", "successor_id", "customer_id", "last_message_by", "topic", "keywords", "open_item"):
        out[c] = out[c].astype("str")
    for c in ("has_open_item", "customer_wrote_after", "is_silent"):
        out[c] = out[c].fillna(False).astype(bool)
    out["successor_replied"] = out["successor_replied"].astype("boolean")
    out["n_messages"] = out["n_messages"].astype("int64")
    for c in ("hours_to_successor_reply", "days_observed"):
        out[c] = out[c].astype("float64")
    out = out.sort_values(["leaver_id", "has_open_item", "last_message_at"], ascending=[True, False, False], kind="stable", na_position="last")
    return out.reset_index(drop=True)


def summarize_handover(report: pd.DataFrame) -> pd.DataFrame:
    """Per leaver and successor: customers, open items, and how the takeover went.

    Parameters
    ----------
    report : pandas.DataFrame
        From :func:`handover_report`.

    Returns
    -------
    pandas.DataFrame
        ``leaver_id``, ``successor_id``, ``left_at``, ``n_customers``,
        ``n_open_items``, ``n_customer_wrote_after``,
        ``n_successor_replied``, ``median_hours_to_reply``, ``n_silent``.

    Examples
    --------
    >>> from toolkit.testing import tiny_archive
    >>> s = summarize_handover(handover_report(tiny_archive()))
    >>> s[["leaver_id", "successor_id", "n_customers", "n_open_items", "n_silent"]]
      leaver_id successor_id  n_customers  n_open_items  n_silent
    0        ls           zs            1             1         0
    """
    g = report.groupby(["leaver_id", "successor_id"], dropna=False, sort=True)
    out = pd.DataFrame(
        {
            "left_at": g["left_at"].first(),
            "n_customers": g.size(),
            "n_open_items": g["has_open_item"].sum(),
            "n_customer_wrote_after": g["customer_wrote_after"].sum(),
            "n_successor_replied": g["successor_replied"].apply(lambda s: int(s.fillna(False).sum())),
            "median_hours_to_reply": g["hours_to_successor_reply"].median(),
            "n_silent": g["is_silent"].sum(),
        }
    ).reset_index()
    for c in ("n_customers", "n_open_items", "n_customer_wrote_after", "n_successor_replied", "n_silent"):
        out[c] = out[c].astype("int64")
    return out


_SAFE = re.compile(r"[^\w.-]+")


def export_handover(report: pd.DataFrame, out_dir: str | Path) -> list[Path]:
    """Write one Excel workbook per successor: their inherited customers and a summary.

    Each workbook ``handover_<successor>.xlsx`` (``handover_unassigned.xlsx``
    for customers without a successor) has the sheets ``customers`` (the
    successor's rows of ``report``, open items first; times as local
    ``YYYY-MM-DD HH:MM:SS`` because Excel has no time zones) and
    ``summary`` (:func:`summarize_handover`). Written with pandas and
    openpyxl.

    Customer texts (``topic``, ``open_item``, ...) are untrusted, so every
    text cell goes through :func:`toolkit._cells.safe_frame`: characters a
    workbook cannot hold (control characters such as ``\x0b``, lone
    surrogates, U+FFFE/U+FFFF) are replaced by U+FFFD "�", and text that a
    spreadsheet would read as a formula (starting with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return) gets a leading apostrophe.
    Numbers, times and empty cells are written as they are.

    Parameters
    ----------
    report : pandas.DataFrame
        From :func:`handover_report` (mask it first if the workbooks go to
        people who should not see customer texts).
    out_dir : path
        Folder, created if needed; existing workbooks are overwritten.

    Returns
    -------
    list of pathlib.Path
        The workbooks, sorted by name. The list (a
        :class:`toolkit._cells.WrittenFiles`) also carries
        ``n_neutralized_cells`` (text cells given a leading ``'``) and
        ``n_cleaned_cells`` (cells in which characters were replaced by
        U+FFFD), summed over all the workbooks.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> from toolkit.testing import tiny_archive
    >>> paths = export_handover(handover_report(tiny_archive()), tempfile.mkdtemp())
    >>> [p.name for p in paths]
    ['handover_zs.xlsx']
    >>> pd.read_excel(paths[0], sheet_name="customers")["customer_id"].tolist()
    ['wmC']
    >>> paths.n_neutralized_cells, paths.n_cleaned_cells
    (0, 0)
    """
    require_columns(report, ["leaver_id", "successor_id", "customer_id"], "report", hint="pass the frame handover_report returns")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    n_neutralized = n_cleaned = 0
    succ = report["successor_id"].astype(object).where(report["successor_id"].notna(), None)
    for name in sorted({s for s in succ if s is not None}) + ([None] if succ.isna().any() else []):
        part = report[succ.eq(name)] if name is not None else report[succ.isna()]
        sheet = part.copy()
        summary = summarize_handover(part)
        for frame in (sheet, summary):
            for c in frame.columns:
                if isinstance(frame[c].dtype, pd.DatetimeTZDtype):
                    frame[c] = frame[c].dt.strftime("%Y-%m-%d %H:%M:%S")
        label = _SAFE.sub("_", name) if name is not None else "unassigned"
        path = out / f"handover_{label}.xlsx"
        safe_sheet, safe_summary = safe_frame(sheet), safe_frame(summary)
        n_neutralized += safe_sheet.n_neutralized + safe_summary.n_neutralized
        n_cleaned += safe_sheet.n_cleaned + safe_summary.n_cleaned
        with pd.ExcelWriter(path, engine="openpyxl") as xw:
            safe_sheet.frame.to_excel(xw, sheet_name="customers", index=False)
            safe_summary.frame.to_excel(xw, sheet_name="summary", index=False)
        paths.append(path)
    return WrittenFiles(sorted(paths), n_neutralized_cells=n_neutralized, n_cleaned_cells=n_cleaned)

"""Load a knowledge base (FAQ) from CSV, XLSX or JSON into one tidy frame.

A KB lists entries (``kb_id``) with one answer and one or more phrasings of
the question. Phrasings may be given as several rows sharing a ``kb_id``, as
several phrasings in one cell (separated by a line break or a full-width bar
``｜``), or both; the loaded frame always has one row per phrasing.

Examples
--------
>>> import pandas as pd
>>> from toolkit.kb import load_kb
>>> raw = pd.DataFrame({"kb_id": ["K1", "K1", "K2", ""],
...                     "question": ["怎么退货｜如何退货", "退货流程", "发票怎么开", "在吗"],
...                     "answer": ["7天无理由退货", None, "订单页申请电子发票", "在的"]})
>>> kb = load_kb(raw)
>>> kb.entries[["kb_id", "question", "answer"]]
  kb_id question     answer
0    K1     怎么退货    7天无理由退货
1    K1     如何退货    7天无理由退货
2    K1     退货流程    7天无理由退货
3    K2    发票怎么开  订单页申请电子发票
>>> kb.quarantine[["line", "column", "reason"]]
   line column         reason
0     5  kb_id  missing_field
>>> kb.report["rows_read"], kb.report["entries"], kb.report["phrasings"]
(4, 2, 4)
"""

from __future__ import annotations

import json
import logging
import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from toolkit.archive.quarantine import RAW_LIMIT
from toolkit.exceptions import ArchiveError, QuarantineWarning, RecordError, SchemaError
from toolkit._validate import require_columns
from toolkit.text import normalize_text
from toolkit.archive.schema import INT, NAIVE_DATETIME, STR

__all__ = [
    "ENTRY_COLUMNS",
    "KB_QUARANTINE_COLUMNS",
    "KBReason",
    "KnowledgeBase",
    "PHRASING_SEPARATORS",
    "load_kb",
]

_log = logging.getLogger(__name__)

#: Columns of :attr:`KnowledgeBase.entries`, in order.
ENTRY_SCHEMA: dict[str, str] = {
    "kb_id": STR,
    "question": STR,
    "answer": STR,
    "updated_at": NAIVE_DATETIME,  # naive
    "tags": STR,
    "source": STR,
    "line": INT,
}
ENTRY_COLUMNS: tuple[str, ...] = tuple(ENTRY_SCHEMA)

#: Columns of :attr:`KnowledgeBase.quarantine`, in order.
KB_QUARANTINE_SCHEMA: dict[str, str] = {
    "source": STR,  # empty quarantine: object columns (validate_frame accepts object as STR)
    "line": INT,
    "column": STR,
    "reason": STR,
    "detail": STR,
    "kb_id": STR,
    "question": STR,
    "answer": STR,
}
KB_QUARANTINE_COLUMNS: tuple[str, ...] = tuple(KB_QUARANTINE_SCHEMA)

#: Characters that separate several phrasings in one ``question`` cell: line
#: breaks and the full-width vertical bar ``｜`` (U+FF5C). The ASCII ``|`` is
#: not a separator (it occurs in real questions).
PHRASING_SEPARATORS: str = "\n\r\uff5c"
_SPLIT = re.compile(r"[\n\r\uff5c]+")

#: Header spellings read as the canonical columns (after lowercasing and
#: stripping). Anything else is kept under its own name only if passed
#: through ``columns=``.
_ALIASES: dict[str, str] = {
    "kb_id": "kb_id", "kbid": "kb_id", "id": "kb_id", "faq_id": "kb_id", "编号": "kb_id", "问题编号": "kb_id",
    "question": "question", "questions": "question", "问题": "question", "标准问": "question",
    "标准问题": "question", "问法": "question",
    "answer": "answer", "答案": "answer", "回答": "answer", "标准答案": "answer",
    "updated_at": "updated_at", "updated": "updated_at", "更新时间": "updated_at", "更新日期": "updated_at",
    "tags": "tags", "tag": "tags", "标签": "tags", "分类": "tags",
}
_REQUIRED = ("kb_id", "question", "answer")
_OPTIONAL = ("updated_at", "tags")


class KBReason(StrEnum):
    """Why a KB row (or one phrasing of it) was quarantined.

    The first three codes mean the same as in
    :class:`toolkit.archive.Reason`.

    Examples
    --------
    >>> KBReason.DUPLICATE == "duplicate"
    True
    """

    #: ``kb_id`` or ``question`` is empty, or ``answer`` is empty and no
    #: other row of the same ``kb_id`` gives one.
    MISSING_FIELD = "missing_field"
    #: ``updated_at`` is given but is not a date.
    BAD_TIME = "bad_time"
    #: A cell holds something that is not text (a list, a nested object).
    BAD_TYPE = "bad_type"
    #: The same phrasing (after :func:`toolkit.text.normalize_text`) is
    #: already listed under the same ``kb_id``.
    DUPLICATE = "duplicate"
    #: The row gives an answer that differs from the first answer given for
    #: its ``kb_id``; the first one is kept.
    CONFLICTING_ANSWER = "conflicting_answer"


@dataclass
class KnowledgeBase:
    """A loaded KB: one row per phrasing, plus what could not be loaded.

    Attributes
    ----------
    entries : pandas.DataFrame
        :data:`ENTRY_COLUMNS`: ``kb_id`` (str), ``question`` (str, one
        phrasing, stripped), ``answer`` (str), ``updated_at``
        (``datetime64``, NaT when not given), ``tags`` (str or NA, as
        given), ``source`` (file name or ``"<frame>"``), ``line`` (int: the
        1-based row of a CSV, sheet or frame counting the header as row 1
        (a quoted cell with line breaks does not shift it), or the 1-based
        record of a JSON list or JSON-lines file, blank lines not counted). Sorted by ``kb_id`` then
        input order. Pass it straight to :meth:`toolkit.kb.KBMatcher.fit`.
    quarantine : pandas.DataFrame
        :data:`KB_QUARANTINE_COLUMNS`: where (``source``, ``line``,
        ``column``), why (``reason``, a :class:`KBReason` value, and
        ``detail``) and the raw ``kb_id``, ``question`` and ``answer`` (as
        text, cut to 500 characters).
    report : dict
        ``rows_read``, ``rows_loaded`` (rows with at least one phrasing
        loaded), ``rows_quarantined`` (rows with none; ``rows_read ==
        rows_loaded + rows_quarantined``), ``phrasings`` (rows of
        ``entries``), ``phrasings_quarantined``, ``entries`` (distinct
        ``kb_id``), ``answers_inherited`` (rows without an answer that took
        their ``kb_id``'s), ``shared_phrasings`` (phrasings listed under
        more than one ``kb_id``: ambiguous for matching).
    """

    entries: pd.DataFrame
    quarantine: pd.DataFrame
    report: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.entries["kb_id"].nunique())


# ---------------------------------------------------------------- reading
def _read_json_rows(path: Path) -> pd.DataFrame:
    text = path.read_text(encoding="utf-8-sig")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        # JSON lines: one object per line.
        rows = []
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ArchiveError(f"{path.name}: line {i} is not valid JSON ({exc.msg})") from None
        doc = rows
    if isinstance(doc, dict):
        for key in ("entries", "kb", "faq", "data", "items"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
        else:
            raise ArchiveError(
                f"{path.name}: expected a JSON list of entries or an object with an 'entries' list"
            )
    if not isinstance(doc, list):
        raise ArchiveError(f"{path.name}: expected a JSON list of entries; got {type(doc).__name__}")
    records = [r if isinstance(r, dict) else {"__not_an_object__": r} for r in doc]
    return pd.DataFrame.from_records(records) if records else pd.DataFrame()


def _read_csv(path: Path) -> pd.DataFrame:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding)
        except UnicodeDecodeError:
            continue
    raise ArchiveError(f"{path.name}: not UTF-8 or GB18030 text")


def _read(path: Path, sheet_name: str | int) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".txt", ".tsv"):
            if suffix == ".tsv":
                return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, encoding="utf-8-sig")
            return _read_csv(path)
        if suffix in (".xlsx", ".xlsm", ".xls"):
            return pd.read_excel(path, sheet_name=sheet_name, dtype=object)
        if suffix in (".json", ".jsonl", ".ndjson"):
            return _read_json_rows(path)
    except (OSError, ValueError) as exc:
        if isinstance(exc, ArchiveError):
            raise
        raise ArchiveError(f"{path.name}: cannot read the KB ({type(exc).__name__}: {exc})") from exc
    raise ValueError(f"path must end in .csv, .tsv, .xlsx, .json or .jsonl; got {path.name!r}")


def _canonical_columns(df: pd.DataFrame, columns: Mapping[str, str] | None) -> pd.DataFrame:
    rename: dict[Any, str] = {}
    explicit = dict(columns or {})
    for col in df.columns:
        if col in explicit:
            rename[col] = explicit[col]
            continue
        key = str(col).strip().lower()
        if key in _ALIASES and _ALIASES[key] not in rename.values():
            rename[col] = _ALIASES[key]
    out = df.rename(columns=rename)
    return require_columns(out, _REQUIRED, "the KB", hint=f"its headers are {[str(c) for c in df.columns]}: "
                           "pass columns={'your header': 'kb_id', ...} to map them")


# ---------------------------------------------------------------- cleaning
def _is_missing(v: object) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, (float, np.floating)):
        return bool(np.isnan(v))
    return False


def _as_text(v: object) -> str | None:
    """Cell as stripped text, '' when missing; None when it is not text."""
    if _is_missing(v):
        return ""
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, (bool, np.bool_)):
        return None
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return str(int(v)) if float(v).is_integer() else str(v)
    return None


def _raw(v: object) -> str:
    if _is_missing(v):
        return ""
    text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)
    return text[:RAW_LIMIT]


_CN_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")


def _parse_time(v: object) -> tuple[pd.Timestamp | None, bool]:
    """(timestamp or None, ok). Missing is (None, True)."""
    if _is_missing(v) or (isinstance(v, str) and not v.strip()):
        return None, True
    if isinstance(v, pd.Timestamp):
        return v.tz_localize(None) if v.tzinfo is not None else v, True
    if hasattr(v, "year") and hasattr(v, "month"):  # datetime / date from openpyxl
        try:
            return pd.Timestamp(v).tz_localize(None) if pd.Timestamp(v).tzinfo else pd.Timestamp(v), True
        except (ValueError, TypeError):
            return None, False
    if not isinstance(v, str):
        return None, False
    text = v.strip()
    m = _CN_DATE.match(text)
    if m:
        text = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + text[m.end():]
    try:
        ts = pd.Timestamp(text)
    except (ValueError, TypeError, OverflowError):
        return None, False
    if ts is pd.NaT:
        return None, False
    if ts.tzinfo is not None:
        ts = ts.tz_convert("Asia/Shanghai").tz_localize(None)
    return ts, True


def _question_parts(v: object) -> list[str] | None:
    """Phrasings in a question cell; None if the cell is not text."""
    if isinstance(v, (list, tuple)):
        parts: list[str] = []
        for item in v:
            text = _as_text(item)
            if text is None:
                return None
            parts.extend(_SPLIT.split(text))
        return [p.strip() for p in parts if p.strip()]
    text = _as_text(v)
    if text is None:
        return None
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


def load_kb(
    path: str | os.PathLike[str] | pd.DataFrame,
    *,
    errors: Literal["raise", "quarantine"] = "quarantine",
    columns: Mapping[str, str] | None = None,
    sheet_name: str | int = 0,
) -> KnowledgeBase:
    """Read a KB file (or frame), one row per phrasing, bad rows quarantined.

    Parameters
    ----------
    path : path-like or pandas.DataFrame
        ``.csv`` / ``.tsv`` (UTF-8, with or without BOM, or GB18030 as saved
        by Chinese Excel), ``.xlsx`` (first sheet unless ``sheet_name``),
        ``.json`` (a list of objects, or an object holding one under
        ``entries``), ``.jsonl`` (one object per line), or a frame with the
        same columns. Columns: ``kb_id``, ``question``, ``answer``, optional
        ``updated_at`` and ``tags``; common Chinese headers (问题, 答案,
        标准问, 更新时间, 标签, ...) are recognised. ``question`` holds one
        or more phrasings separated by :data:`PHRASING_SEPARATORS` (in JSON
        it may also be a list); more phrasings may follow as further rows
        with the same ``kb_id`` whose ``answer`` may then be left empty.
    errors : {"quarantine", "raise"}, default "quarantine"
        ``"raise"`` stops at the first bad row with a
        :class:`~toolkit.exceptions.RecordError`.
    columns : mapping, optional
        Header -> canonical name, for headers not recognised
        automatically, e.g. ``{"FAQ编号": "kb_id"}``.
    sheet_name : str or int, default 0
        The sheet of a workbook.

    Returns
    -------
    KnowledgeBase
        ``entries`` (:data:`ENTRY_COLUMNS`, one row per phrasing),
        ``quarantine`` (:data:`KB_QUARANTINE_COLUMNS`) and ``report``.

    Raises
    ------
    ArchiveError
        The file does not exist or cannot be parsed.
    SchemaError
        ``kb_id``, ``question`` or ``answer`` is missing from the header.
    RecordError
        With ``errors="raise"``, the first bad row.
    ValueError
        If ``errors`` is not "raise" or "quarantine" or the file type is
        unknown.
    TypeError
        If ``path`` is neither path-like nor a DataFrame.

    Warns
    -----
    QuarantineWarning
        When rows or phrasings were quarantined.

    Notes
    -----
    Rules, in order, for each row: a cell that is not text (a list or
    object, except a list of phrasings) is ``bad_type``; an empty
    ``kb_id`` or ``question`` is ``missing_field``; a non-empty
    ``updated_at`` that is not a date (ISO, ``2025/05/27``, ``2025年5月27日``
    or an Excel date) is ``bad_time``. The first non-empty answer of a
    ``kb_id`` is its answer: rows without one inherit it (and its
    ``updated_at`` and ``tags`` when they have none); a row whose answer
    differs is ``conflicting_answer``; a ``kb_id`` with no answer at all
    is ``missing_field``. Finally a phrasing equal (after
    :func:`toolkit.text.normalize_text`) to an earlier one of the same
    ``kb_id`` is ``duplicate``. Answers are compared after stripping
    outer whitespace only.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame({"kb_id": ["K1", "K1"], "question": ["保修多久", "保修多久？"],
    ...                     "answer": ["整机保修1年", "整机保修2年"], "updated_at": ["2025年5月27日", "x"]})
    >>> kb = load_kb(raw)
    >>> kb.entries[["kb_id", "question", "updated_at"]]
      kb_id question updated_at
    0    K1     保修多久 2025-05-27
    >>> kb.quarantine[["line", "column", "reason"]]
       line      column reason
    0     3  updated_at  bad_time
    """
    if errors not in ("raise", "quarantine"):
        raise ValueError(f"errors must be 'raise' or 'quarantine'; got {errors!r}")
    if isinstance(path, pd.DataFrame):
        raw_df = path.copy()
        source = "<frame>"
    elif isinstance(path, (str, os.PathLike)):
        p = Path(path)
        if not p.is_file():
            raise ArchiveError(f"KB file not found: {p}")
        raw_df = _read(p, sheet_name)
        source = p.name
    else:
        raise TypeError(f"path must be a path or a DataFrame; got {type(path).__name__}")
    df = _canonical_columns(raw_df, columns) if len(raw_df.columns) else _empty_with_required(raw_df)
    return _clean(df, source=source, errors=errors)


def _empty_with_required(df: pd.DataFrame) -> pd.DataFrame:
    if len(df):
        raise SchemaError("the KB has rows but no columns")
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in _REQUIRED})


def _clean(df: pd.DataFrame, *, source: str, errors: str) -> KnowledgeBase:
    n = len(df)
    is_json = source.lower().endswith((".json", ".jsonl", ".ndjson"))
    # CSV, sheets and frames count the header as line 1; JSON counts elements.
    lines = np.arange(n) + (1 if is_json else 2)
    cols = {c: df[c].tolist() if c in df.columns else [None] * n for c in (*_REQUIRED, *_OPTIONAL)}
    not_obj = df["__not_an_object__"].tolist() if "__not_an_object__" in df.columns else [None] * n

    quarantine: list[dict[str, Any]] = []

    def bad(i: int, column: str, reason: KBReason, detail: str) -> None:
        row = {
            "source": source, "line": int(lines[i]), "column": column, "reason": reason.value, "detail": detail,
            "kb_id": _raw(cols["kb_id"][i]), "question": _raw(cols["question"][i]), "answer": _raw(cols["answer"][i]),
        }
        if errors == "raise":
            raise RecordError(
                f"{source} line {row['line']}: {reason.value} in {column!r} ({detail})",
                source=source, line=row["line"], reason=reason.value,
            )
        quarantine.append(row)

    # Pass 1: per-row checks.
    good: list[tuple[int, str, list[str], str, pd.Timestamp | None, str | None]] = []
    for i in range(n):
        if not _is_missing(not_obj[i]):
            bad(i, "", KBReason.BAD_TYPE, "the JSON element is not an object")
            continue
        kb_id = _as_text(cols["kb_id"][i])
        phr = _question_parts(cols["question"][i])
        answer = _as_text(cols["answer"][i])
        tags_v = cols["tags"][i]
        tags = _as_text(tags_v) if not isinstance(tags_v, (list, tuple)) else "，".join(str(t) for t in tags_v)
        typed = [("kb_id", kb_id), ("question", phr), ("answer", answer), ("tags", tags)]
        wrong = [name for name, v in typed if v is None]
        if wrong:
            bad(i, wrong[0], KBReason.BAD_TYPE, f"{wrong[0]} is not text")
            continue
        assert kb_id is not None and phr is not None and answer is not None
        if not kb_id:
            bad(i, "kb_id", KBReason.MISSING_FIELD, "kb_id is empty")
            continue
        if not phr:
            bad(i, "question", KBReason.MISSING_FIELD, "question is empty")
            continue
        ts, ok = _parse_time(cols["updated_at"][i])
        if not ok:
            bad(i, "updated_at", KBReason.BAD_TIME, "updated_at is not a date")
            continue
        good.append((i, kb_id, phr, answer, ts, tags or None))

    # Pass 2: one answer per kb_id (the first non-empty one).
    first: dict[str, tuple[str, pd.Timestamp | None, str | None]] = {}
    for i, kb_id, _phr, answer, ts, tags in good:
        if answer and kb_id not in first:
            first[kb_id] = (answer, ts, tags)
    rows: list[dict[str, Any]] = []
    seen: dict[str, set[str]] = {}
    loaded_rows: set[int] = set()
    inherited = 0
    n_dup = 0
    for i, kb_id, phr, answer, ts, tags in good:
        if kb_id not in first:
            bad(i, "answer", KBReason.MISSING_FIELD, "no row of this kb_id gives an answer")
            continue
        ref_answer, ref_ts, ref_tags = first[kb_id]
        if answer and answer != ref_answer:
            bad(i, "answer", KBReason.CONFLICTING_ANSWER, "differs from the first answer of this kb_id")
            continue
        if not answer:
            inherited += 1
            ts = ts if ts is not None else ref_ts
            tags = tags if tags is not None else ref_tags
        keys = seen.setdefault(kb_id, set())
        for q in phr:
            key = normalize_text(q)
            if key in keys:
                n_dup += 1
                row = {
                    "source": source, "line": int(lines[i]), "column": "question",
                    "reason": KBReason.DUPLICATE.value, "detail": "phrasing already listed for this kb_id",
                    "kb_id": kb_id, "question": q[:RAW_LIMIT], "answer": _raw(cols["answer"][i]),
                }
                if errors == "raise":
                    raise RecordError(
                        f"{source} line {row['line']}: duplicate phrasing of {kb_id}",
                        source=source, line=row["line"], reason=KBReason.DUPLICATE.value,
                    )
                quarantine.append(row)
                continue
            keys.add(key)
            loaded_rows.add(i)
            rows.append({
                "kb_id": kb_id, "question": q, "answer": ref_answer,
                "updated_at": ts, "tags": tags, "source": source, "line": int(lines[i]), "_order": i,
            })

    entries = _entries_frame(rows)
    quarantine_df = pd.DataFrame(quarantine, columns=list(KB_QUARANTINE_COLUMNS))
    quarantine_df = quarantine_df.astype({"line": "int64"}).sort_values(["line", "column"], kind="stable")
    quarantine_df = quarantine_df.reset_index(drop=True)
    norm_q = entries["question"].map(normalize_text)
    shared = entries.assign(_k=norm_q).groupby("_k")["kb_id"].nunique()
    report = {
        "rows_read": n,
        "rows_loaded": len(loaded_rows),
        "rows_quarantined": n - len(loaded_rows),
        "phrasings": len(entries),
        "phrasings_quarantined": n_dup,
        "entries": int(entries["kb_id"].nunique()),
        "answers_inherited": inherited,
        "shared_phrasings": int((shared > 1).sum()),
    }
    if len(quarantine_df):
        counts = quarantine_df["reason"].value_counts().sort_index()
        warnings.warn(
            f"{source}: {len(quarantine_df)} KB row(s) or phrasing(s) quarantined ("
            + ", ".join(f"{k} {v}" for k, v in counts.items()) + "); see .quarantine",
            QuarantineWarning,
            stacklevel=3,
        )
    _log.info("loaded KB %s: %s", source, report)
    return KnowledgeBase(entries=entries, quarantine=quarantine_df, report=report)


def _entries_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame({
            "kb_id": pd.Series([], dtype="str"), "question": pd.Series([], dtype="str"),
            "answer": pd.Series([], dtype="str"), "updated_at": pd.Series([], dtype="datetime64[ns]"),
            "tags": pd.Series([], dtype="str"), "source": pd.Series([], dtype="str"),
            "line": pd.Series([], dtype="int64"),
        })
    df = pd.DataFrame(rows)
    df = df.sort_values(["kb_id", "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    df["updated_at"] = pd.to_datetime(df["updated_at"]).astype("datetime64[ns]")
    for c in ("kb_id", "question", "answer", "tags", "source"):
        df[c] = df[c].astype("str")
    df["line"] = df["line"].astype("int64")
    return df[list(ENTRY_COLUMNS)]

"""Cells that are safe to open: every xlsx and csv the toolkit writes goes through here.

Customer messages are untrusted, and curators open the exports in Excel,
WPS or LibreOffice. Two things go wrong with raw text:

- **Formula injection.** A cell such as ``=HYPERLINK("http://…","点我领取退款")``
  or ``=cmd|' /C calc'!A0`` is a live formula: openpyxl stores any string
  starting with ``=`` as one, and a spreadsheet reads ``= + - @`` (and a
  leading tab or carriage return) in a CSV as the start of a formula.
  Following OWASP's advice for CSV injection, a text cell starting with
  one of :data:`FORMULA_PREFIXES` gets a leading apostrophe ``'``
  (:func:`neutralize_cell`).
- **Characters a workbook cannot hold.** XML 1.0 forbids most control
  characters (``\\x0b`` from a Word line break, ``\\x00``, ``\\x1b`` ...),
  lone surrogates and U+FFFE/U+FFFF: openpyxl raises
  ``IllegalCharacterError`` on the first, UTF-8 cannot encode the
  second (the CSV crashes too) and the third gives a workbook that
  does not open. Each such character is replaced by U+FFFD "�"
  (:data:`REPLACEMENT`, :func:`clean_cell`), which shows the curator
  that something was there rather than silently joining or splitting
  words.

Only strings are changed. Numbers, booleans, dates and missing values are
written exactly as before: a number stored as a number (``-3.5`` as a
float) is never a formula. A *string* ``"-3.5"`` is neutralized like any
other text (``"'-3.5"``): telling a harmless number from the start of a
formula (``-2+3``, ``+1``) would mean parsing it the way each spreadsheet
does, so keep numbers in numeric columns.

Writers call :func:`safe_frame` on each frame right before ``to_excel``,
write CSV files with :func:`write_safe_csv` (which also quotes carriage
returns inside a text, so that no text can start a row of its own) and
:func:`safe_cell` for a cell written one at a time, and report the counts
in :class:`WrittenFiles` or :class:`WrittenFileMap`.

This module imports nothing from the toolkit, so every layer may use it.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"text": ["=1+1", "你好\\x0b世界", "-3.5"], "n": [-3.5, 2.0, 1.0]})
>>> safe = safe_frame(df)
>>> safe.frame["text"].tolist(), safe.frame["n"].tolist()
(["'=1+1", '你好�世界', "'-3.5"], [-3.5, 2.0, 1.0])
>>> safe.n_neutralized, safe.n_cleaned
(2, 1)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "FORMULA_PREFIXES",
    "ILLEGAL_CHARACTERS_RE",
    "REPLACEMENT",
    "SafeFrame",
    "WrittenFiles",
    "WrittenFileMap",
    "clean_cell",
    "neutralize_cell",
    "safe_cell",
    "safe_frame",
    "write_safe_csv",
]

#: First characters that make Excel, LibreOffice or Sheets read a cell as a formula (or DDE call).
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

#: Characters an xlsx cell cannot hold: the control characters openpyxl rejects
#: (``openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE``), lone surrogates (UTF-8 cannot
#: encode them) and the non-characters U+FFFE and U+FFFF (XML 1.0 forbids them).
ILLEGAL_CHARACTERS_RE: re.Pattern[str] = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: What each illegal character becomes: U+FFFD REPLACEMENT CHARACTER.
REPLACEMENT: str = "\ufffd"


def neutralize_cell(value: Any) -> Any:
    """A text that a spreadsheet would run as a formula, made inert by a leading apostrophe.

    Customer messages are untrusted: ``=HYPERLINK(...)`` or
    ``=cmd|' /C calc'!A0`` in a question would run when a curator opens
    the export. Text starting with one of :data:`FORMULA_PREFIXES` gets a
    ``'`` in front (OWASP's advice for CSV injection); other values,
    numbers included, are returned as they are.

    Parameters
    ----------
    value : object
        A cell value.

    Returns
    -------
    object
        ``value``, or ``"'" + value`` for a risky string.

    See Also
    --------
    safe_cell : Also replaces the characters a workbook cannot hold.

    Examples
    --------
    >>> neutralize_cell("=1+1"), neutralize_cell("-_-"), neutralize_cell("发票怎么开"), neutralize_cell(-3)
    ("'=1+1", "'-_-", '发票怎么开', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def clean_cell(value: Any) -> Any:
    """A text with every character an xlsx cell cannot hold replaced by U+FFFD.

    Parameters
    ----------
    value : object
        A cell value.

    Returns
    -------
    object
        ``value`` with each match of :data:`ILLEGAL_CHARACTERS_RE` replaced
        by :data:`REPLACEMENT`; values other than strings are returned as
        they are. Tabs, line feeds and carriage returns are kept.

    Examples
    --------
    >>> clean_cell("第一行\\x0b第二行"), clean_cell("a\\tb\\nc"), clean_cell(7)
    ('第一行�第二行', 'a\\tb\\nc', 7)
    """
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, value)
    return value


def _safe(value: Any) -> tuple[Any, bool, bool]:
    """``(safe value, was neutralized, was cleaned)``."""
    if not isinstance(value, str):
        return value, False, False
    cleaned = ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, value)
    risky = cleaned.startswith(FORMULA_PREFIXES)
    return ("'" + cleaned if risky else cleaned), risky, cleaned != value


def safe_cell(value: Any) -> Any:
    """A cell value safe to write to xlsx or csv: cleaned (:func:`clean_cell`), then neutralized.

    For cells written one at a time (``ws.cell(row, col, value=...)``);
    frames go through :func:`safe_frame`.

    Parameters
    ----------
    value : object
        A cell value.

    Returns
    -------
    object
        The safe value; anything but a string is returned unchanged.

    Examples
    --------
    >>> safe_cell("=cmd|' /C calc'!A0"), safe_cell("\\x00=1"), safe_cell(-3.5)
    ("'=cmd|' /C calc'!A0", '�=1', -3.5)
    """
    return _safe(value)[0]


class SafeFrame(NamedTuple):
    """What :func:`safe_frame` returns."""

    #: A copy of the frame with every text cell (and text header) made safe.
    frame: pd.DataFrame
    #: Cells (headers included) given a leading apostrophe.
    n_neutralized: int
    #: Cells (headers included) in which characters were replaced by U+FFFD.
    n_cleaned: int


def _is_text_column(s: pd.Series) -> bool:
    return s.dtype == object or isinstance(s.dtype, (pd.StringDtype, pd.CategoricalDtype)) or \
        pd.api.types.is_string_dtype(s.dtype)


def safe_frame(frame: pd.DataFrame) -> SafeFrame:
    """A copy of ``frame`` safe to write with ``to_excel`` or ``to_csv``, and what was changed.

    Every string cell of an object, string or categorical column, and every
    string column label, is cleaned of characters a workbook cannot hold
    and then neutralized (:func:`safe_cell`). Text columns become object
    columns (which write the same); numeric, boolean and datetime columns
    are left untouched, so numbers, dates and missing values look as
    before. The caller's frame is not changed.

    Parameters
    ----------
    frame : pandas.DataFrame
        The frame about to be written.

    Returns
    -------
    SafeFrame
        ``frame`` (the safe copy), ``n_neutralized`` (cells given a leading
        ``'``) and ``n_cleaned`` (cells in which characters were replaced
        by U+FFFD). A cell both cleaned and neutralized counts in both.

    Raises
    ------
    TypeError
        If ``frame`` is not a DataFrame.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"q": ["+1", "@SUM(A1)", "ok"], "x": [1, -2, 3]})
    >>> s = safe_frame(df)
    >>> s.frame
               q  x
    0        '+1  1
    1  '@SUM(A1) -2
    2         ok  3
    >>> s.n_neutralized, s.n_cleaned, df.loc[0, "q"]
    (2, 0, '+1')
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame; got {type(frame).__name__}")
    out = frame.copy()
    n_neutralized = n_cleaned = 0
    for i, (_, s) in enumerate(out.items()):
        if not _is_text_column(s):
            continue
        values = []
        for v in s.astype(object):
            safe, risky, cleaned = _safe(v)
            values.append(safe)
            n_neutralized += risky
            n_cleaned += cleaned
        out.isetitem(i, pd.Series(values, index=out.index, dtype=object))
    if isinstance(out.columns, pd.MultiIndex):
        return SafeFrame(out, n_neutralized, n_cleaned)
    labels = []
    for label in out.columns:
        safe, risky, cleaned = _safe(label)
        labels.append(safe)
        n_neutralized += risky
        n_cleaned += cleaned
    out.columns = pd.Index(labels, dtype=object)
    return SafeFrame(out, n_neutralized, n_cleaned)


def write_safe_csv(frame: pd.DataFrame, path: str | os.PathLike[str]) -> SafeFrame:
    """Write ``frame`` as a CSV file that spreadsheets open safely; the toolkit's one CSV writer.

    The frame goes through :func:`safe_frame` (a frame already made safe
    passes unchanged: both steps are idempotent), then is written without
    its index as UTF-8 with a byte-order mark (so Excel opens Chinese text
    correctly) and ``\\r\\n`` line ends, as RFC 4180 and Excel do. With
    ``\\r\\n`` the csv module quotes every field holding a carriage return
    or a line feed; with pandas' default ``\\n`` a bare carriage return
    inside a text is written unquoted, and a spreadsheet starts a new row
    there, whose first cell (``"你好\\r=cmd|..."``) no prefix check sees.

    Parameters
    ----------
    frame : pandas.DataFrame
        The frame to write.
    path : str or path-like
        The file to write (overwritten).

    Returns
    -------
    SafeFrame
        What :func:`safe_frame` returned for ``frame``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "q.csv"
    >>> s = write_safe_csv(pd.DataFrame({"q": ["你好\\r=1+1", "-2+3"], "n": [-1.5, 2.0]}), p)
    >>> p.read_bytes().decode("utf-8-sig")
    'q,n\\r\\n"你好\\r=1+1",-1.5\\r\\n\\'-2+3,2.0\\r\\n'
    >>> s.n_neutralized
    1
    """
    safe = safe_frame(frame)
    safe.frame.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return safe


class WrittenFiles(list[Any]):
    """The files an export wrote (a plain list of paths), with how many cells were made safe.

    Attributes
    ----------
    n_neutralized_cells : int
        Text cells given a leading ``'`` (:func:`neutralize_cell`).
    n_cleaned_cells : int
        Cells in which characters a workbook cannot hold were replaced by
        U+FFFD (:func:`clean_cell`).

    Examples
    --------
    >>> w = WrittenFiles(["a.xlsx"], n_neutralized_cells=2, n_cleaned_cells=1)
    >>> w, w == ["a.xlsx"], w.n_cleaned_cells
    (['a.xlsx'], True, 1)
    """

    def __init__(self, paths: Iterable[Any] = (), *, n_neutralized_cells: int = 0, n_cleaned_cells: int = 0):
        super().__init__(paths)
        self.n_neutralized_cells = int(n_neutralized_cells)
        self.n_cleaned_cells = int(n_cleaned_cells)


class WrittenFileMap(dict[str, Any]):
    """The files an export wrote (a plain dict of paths), with how many cells were made safe.

    Attributes
    ----------
    n_neutralized_cells : int
        Text cells given a leading ``'`` (:func:`neutralize_cell`).
    n_cleaned_cells : int
        Cells in which characters a workbook cannot hold were replaced by
        U+FFFD (:func:`clean_cell`).

    Examples
    --------
    >>> w = WrittenFileMap({"xlsx": "a.xlsx"}, n_cleaned_cells=1)
    >>> w, w.n_neutralized_cells, w.n_cleaned_cells
    ({'xlsx': 'a.xlsx'}, 0, 1)
    """

    def __init__(self, paths: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), *, n_neutralized_cells: int = 0,
                 n_cleaned_cells: int = 0):
        super().__init__(paths)
        self.n_neutralized_cells = int(n_neutralized_cells)
        self.n_cleaned_cells = int(n_cleaned_cells)

"""Curator export: a workbook of weak answers (evidence, drafts) and coverage gaps, plus CSV.

Examples
--------
>>> import tempfile, pathlib
>>> import pandas as pd
>>> scores = pd.DataFrame({"kb_id": ["K1", "K2"], "answer": ["保修1年", "订单页申请退货"],
...                        "answer_score": [0.2, 0.9], "evidence": ["contradicts the agents", ""]})
>>> cov = pd.DataFrame({"cluster_id": [3], "representative": ["能改地址吗"], "is_answered": [False],
...                     "gap_rank": [1.0], "share_of_customers": [0.12], "examples": [["能改地址吗"]]})
>>> with tempfile.TemporaryDirectory() as d:
...     paths = export_kb_review(scores, cov, pathlib.Path(d) / "review.xlsx")
...     sorted(p.name for p in paths)
...     pd.read_excel(paths[0], sheet_name="weak_answers")["kb_id"].tolist()
['review.xlsx', 'review_coverage_gaps.csv', 'review_weak_answers.csv']
['K1']

Text a spreadsheet would run as a formula gets a leading apostrophe:

>>> bad = scores.assign(answer=['=HYPERLINK("http://x","点我领取退款")', "-3.5"])
>>> with tempfile.TemporaryDirectory() as d:
...     paths = export_kb_review(bad, cov, pathlib.Path(d) / "review.xlsx")
...     print(pd.read_excel(paths[0], sheet_name="weak_answers").loc[0, "answer"])
'=HYPERLINK("http://x","点我领取退款")
>>> paths.n_neutralized_cells, paths.n_cleaned_cells
(3, 0)
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit._cells import WrittenFiles, safe_frame, write_safe_csv
from toolkit.exceptions import SchemaError

__all__ = ["export_kb_review"]

_WEAK_FIRST = [
    "kb_id", "question", "answer", "answer_score", "draft", "added_facts", "evidence", "conflicts",
    "conflicting_replies", "missing_facts", "relevance_score", "specificity_score", "consistency_score",
    "freshness_score", "usage", "usage_share", "priority", "source_replies", "updated_at",
]
_GAP_FIRST = ["gap_rank", "representative", "label", "share_of_customers", "n_customers", "n_questions",
              "share_of_questions", "best_kb_id", "match_score", "examples", "cluster_id"]


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists joined with ' | ', tz-aware times made naive (Excel has no time zones), floats rounded."""
    out = df.copy()
    for c in out.columns:
        s = out[c]
        if s.dtype == object and s.map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any():
            out[c] = s.map(lambda v: " | ".join(map(str, v)) if isinstance(v, (list, tuple, np.ndarray)) else v)
        elif isinstance(s.dtype, pd.DatetimeTZDtype):
            out[c] = s.dt.tz_localize(None)
        elif pd.api.types.is_float_dtype(s):
            out[c] = s.round(4)
    return out


def _order(df: pd.DataFrame, first: list[str]) -> pd.DataFrame:
    cols = [c for c in first if c in df.columns] + [c for c in df.columns if c not in first]
    return df[cols]


def export_kb_review(
    scores: pd.DataFrame,
    coverage: pd.DataFrame | None,
    path: str | os.PathLike[str],
    *,
    suggestions: pd.DataFrame | None = None,
    max_score: float = 0.6,
    csv: bool = True,
) -> list[Path]:
    """Write the curators' review workbook: weak answers with evidence and drafts, coverage gaps.

    Sheets (Excel via pandas and openpyxl):

    - ``weak_answers``: entries of ``scores`` with ``answer_score`` below
      ``max_score``, by priority (``priority`` when present, else lowest
      score first), with the drafts of ``suggestions`` joined on ``kb_id``;
      the first columns are what a curator reads: ``kb_id``, ``question``,
      ``answer``, ``answer_score``, ``draft``, ``added_facts``,
      ``evidence``, ``conflicts``, ``conflicting_replies``,
      ``missing_facts``, then the component scores.
    - ``coverage_gaps``: clusters of ``coverage`` that the KB does not answer,
      by ``gap_rank`` ("add these to the KB").
    - ``all_scores``: every entry of ``scores``.

    Lists are joined with `` | ``; time zones are dropped (Excel has none);
    floats are rounded to 4 decimals. With ``csv=True`` the first two
    sheets are also written as UTF-8 CSV with a byte-order mark (so Excel
    opens the Chinese text correctly) and ``\r\n`` line ends (see
    :func:`toolkit._cells.write_safe_csv`) beside the workbook:
    ``<stem>_weak_answers.csv`` and ``<stem>_coverage_gaps.csv``.

    KB texts, drafts and customer questions are untrusted, so every text
    cell goes through :func:`toolkit._cells.safe_frame`, in the workbook
    and the CSV files alike: characters a workbook cannot hold (control
    characters such as ``\x0b``, lone surrogates, U+FFFE/U+FFFF) are
    replaced by U+FFFD "�", and text that a spreadsheet would read as a
    formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
    return) gets a leading apostrophe. Numbers, dates and empty cells are
    written as they are.

    Parameters
    ----------
    scores : pandas.DataFrame
        :func:`toolkit.kb.score.score_answers` output (``kb_id``,
        ``answer_score`` at least).
    coverage : pandas.DataFrame or None
        :func:`toolkit.kb.coverage` output (``is_answered``;
        ``gap_rank`` used for the order); None writes an empty gap sheet.
    path : str or path-like
        The ``.xlsx`` file to write; its folder is created if needed.
    suggestions : pandas.DataFrame, optional
        :func:`toolkit.kb.suggest.suggest_answers` output.
    max_score : float, default 0.6
        Entries scoring below this are weak. Entries without a score (no
        matched question) are not listed as weak.
    csv : bool, default True
        Also write the CSV files.

    Returns
    -------
    list of pathlib.Path
        The files written, workbook first. The list (a
        :class:`toolkit._cells.WrittenFiles`) also carries
        ``n_neutralized_cells`` (text cells given a leading ``'``) and
        ``n_cleaned_cells`` (cells in which characters were replaced by
        U+FFFD), both counted over the workbook's cells (the CSV files
        repeat two of its sheets).

    Raises
    ------
    toolkit.exceptions.SchemaError
        If ``scores`` lacks ``kb_id`` or ``answer_score``, or ``coverage``
        lacks ``is_answered``.
    ValueError
        If ``path`` does not end in ``.xlsx``.
    """
    if not isinstance(scores, pd.DataFrame) or not {"kb_id", "answer_score"} <= set(scores.columns):
        raise SchemaError("scores must be a score_answers() frame with kb_id and answer_score")
    if coverage is not None and (not isinstance(coverage, pd.DataFrame) or "is_answered" not in coverage.columns):
        raise SchemaError("coverage must be a coverage() frame with is_answered")
    out = Path(path)
    if out.suffix.lower() != ".xlsx":
        raise ValueError(f"path must end in .xlsx; got {str(path)!r}")
    out.parent.mkdir(parents=True, exist_ok=True)

    weak = scores[scores["answer_score"].astype("float64") < float(max_score)].copy()
    if suggestions is not None and len(suggestions):
        extra = suggestions.drop(columns=[c for c in ("answer",) if c in suggestions.columns])
        weak = weak.merge(extra, on="kb_id", how="left")
    by = ["priority", "answer_score", "kb_id"] if "priority" in weak.columns else ["answer_score", "kb_id"]
    asc = [False, True, True] if "priority" in weak.columns else [True, True]
    weak = _order(weak.sort_values(by, ascending=asc, kind="stable"), _WEAK_FIRST)
    if coverage is not None:
        gaps = coverage[~coverage["is_answered"].astype(bool)]
        if "gap_rank" in gaps.columns:
            gaps = gaps.sort_values("gap_rank", kind="stable")
        gaps = _order(gaps, _GAP_FIRST)
    else:
        gaps = pd.DataFrame({c: pd.Series(dtype=object) for c in ("gap_rank", "representative")})

    safe = {name: safe_frame(_flat(f)) for name, f in (("weak_answers", weak), ("coverage_gaps", gaps),
                                                        ("all_scores", scores))}
    sheets = {name: sf.frame for name, sf in safe.items()}
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            ws.freeze_panes = "A2"
            for col_cells in ws.columns:
                width = max((len(str(c.value)) for c in col_cells[:50] if c.value is not None), default=8)
                ws.column_dimensions[col_cells[0].column_letter].width = min(60, max(8, width + 2))
    # cells of the workbook; the CSV files repeat two of its sheets
    written = WrittenFiles([out], n_neutralized_cells=sum(sf.n_neutralized for sf in safe.values()),
                           n_cleaned_cells=sum(sf.n_cleaned for sf in safe.values()))
    if csv:
        for name in ("weak_answers", "coverage_gaps"):
            p = out.with_name(f"{out.stem}_{name}.csv")
            write_safe_csv(sheets[name], p)
            written.append(p)
    return written

"""Knowledge base (FAQ): load it, match questions to its entries, evaluate retrieval, score its answers.

Examples
--------
>>> import pandas as pd
>>> from toolkit.kb import KBMatcher, load_kb
>>> kb = load_kb(pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["怎么开发票", "保修多久"],
...                            "answer": ["订单页申请", "整机保修2年"]}))
>>> m = KBMatcher(embedder="none").fit(kb.entries)
>>> m.match(["发票怎么开"], k=1)[["query_pos", "rank", "kb_id"]]
   query_pos  rank kb_id
0          0     1    K1
"""

from __future__ import annotations

from .load import (
    ENTRY_COLUMNS,
    KB_QUARANTINE_COLUMNS,
    PHRASING_SEPARATORS,
    KBReason,
    KnowledgeBase,
    load_kb,
)
from .match import MATCH_COLUMNS, KBMatcher
from .evaluate import char_tfidf_match, evaluate_retrieval, hit_ranks
from .calibrate import (
    ArchiveCalibration,
    CalibrationWarning,
    expected_calibration_error,
    fit_archive_calibration,
    reliability_table,
)

__all__ = [
    "ArchiveCalibration",
    "CalibrationWarning",
    "ENTRY_COLUMNS",
    "KB_QUARANTINE_COLUMNS",
    "KBMatcher",
    "KBReason",
    "KnowledgeBase",
    "MATCH_COLUMNS",
    "char_tfidf_match",
    "evaluate_retrieval",
    "expected_calibration_error",
    "fit_archive_calibration",
    "hit_ranks",
    "PHRASING_SEPARATORS",
    "load_kb",
    "reliability_table",
]

# The scoring half of toolkit.kb (answer quality, coverage gaps).
from . import coverage as _coverage  # noqa: E402
from . import score as _score  # noqa: E402
from .coverage import *  # noqa: E402,F403
from .score import *  # noqa: E402,F403

__all__ += [*_score.__all__, *_coverage.__all__]

from .export import export_kb_review  # noqa: E402
from .suggest import Suggestion, suggest_answer, suggest_answers  # noqa: E402

__all__ += ["Suggestion", "export_kb_review", "suggest_answer", "suggest_answers"]
from .fit import KBFit, kb_fit  # noqa: E402
__all__ += ["KBFit", "kb_fit"]

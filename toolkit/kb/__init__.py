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

from toolkit.exceptions import CalibrationWarning

from .calibrate import (
    ArchiveCalibration,
    expected_calibration_error,
    fit_archive_calibration,
    reliability_table,
)
from .evaluate import char_tfidf_match, evaluate_retrieval, hit_ranks
from .export import export_kb_review
from .fit import KBFit, kb_fit
from .gaps import (
    COVERAGE_COLUMNS,
    TOPIC_COVERAGE_COLUMNS,
    coverage,
    coverage_summary,
    topic_coverage,
    topic_coverage_summary,
)
from .load import (
    ENTRY_COLUMNS,
    KB_QUARANTINE_COLUMNS,
    PHRASING_SEPARATORS,
    KBReason,
    KnowledgeBase,
    load_kb,
)
from .match import MATCH_COLUMNS, KBMatcher
from .score import (
    DEFAULT_WEIGHTS,
    FACT_COLUMNS,
    REPLY_COLUMNS,
    SCORE_COLUMNS,
    extract_facts,
    match_replies,
    prepare_kb,
    score_answers,
    score_candidates,
)
from .suggest import Suggestion, suggest_answer, suggest_answers

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
    # answer quality (toolkit.kb.score)
    "DEFAULT_WEIGHTS",
    "FACT_COLUMNS",
    "REPLY_COLUMNS",
    "SCORE_COLUMNS",
    "extract_facts",
    "match_replies",
    "prepare_kb",
    "score_answers",
    "score_candidates",
    # coverage gaps (toolkit.kb.gaps)
    "COVERAGE_COLUMNS",
    "TOPIC_COVERAGE_COLUMNS",
    "coverage",
    "coverage_summary",
    "topic_coverage",
    "topic_coverage_summary",
    # review, drafts, fit
    "Suggestion",
    "export_kb_review",
    "suggest_answer",
    "suggest_answers",
    "KBFit",
    "kb_fit",
]

# The dtype schema of each frame above (column -> kind of toolkit.archive.schema), declared once beside it.
from .load import ENTRY_SCHEMA, KB_QUARANTINE_SCHEMA  # noqa: E402
from ._matcher import MATCH_SCHEMA  # noqa: E402
from ._facts import FACT_SCHEMA  # noqa: E402
from ._replies import REPLY_SCHEMA  # noqa: E402
from .score import SCORE_SCHEMA  # noqa: E402
from .gaps import COVERAGE_SCHEMA, TOPIC_COVERAGE_SCHEMA  # noqa: E402

__all__ += ["ENTRY_SCHEMA", "KB_QUARANTINE_SCHEMA", "MATCH_SCHEMA", "FACT_SCHEMA", "REPLY_SCHEMA", "SCORE_SCHEMA", "COVERAGE_SCHEMA", "TOPIC_COVERAGE_SCHEMA"]

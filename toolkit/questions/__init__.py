"""Customer questions: question turns, topics and paraphrase clusters, templates, stable ids, curator exports.

Examples
--------
>>> from toolkit.questions import is_question_text
>>> is_question_text("在吗")
(False, 'small_talk')
"""

from __future__ import annotations

from .extract import (
    QUESTION_COLUMNS,
    TEXT_TYPES,
    detect_questions,
    evaluate_question_detection,
    extract_questions,
    is_question_text,
    question_core,
    ASK_AGAIN,
    is_follow_up_text,
)

__all__ = [
    "QUESTION_COLUMNS",
    "TEXT_TYPES",
    "detect_questions",
    "evaluate_question_detection",
    "extract_questions",
    "is_question_text",
    "question_core",
    "ASK_AGAIN",
    "is_follow_up_text",
]

from .cluster import FrequentQuestions, summarize_clusters  # noqa: E402
from .evaluate import align_truth, evaluate_clusters  # noqa: E402

__all__ += ["FrequentQuestions", "align_truth", "evaluate_clusters", "summarize_clusters"]
from .review import DECISIONS, export_review, match_previous  # noqa: E402

__all__ += ["DECISIONS", "export_review", "match_previous"]
from .evaluate import evaluate_pairs  # noqa: E402

__all__ += ["evaluate_pairs"]
from .templates import SLOTS, TEMPLATE_COLUMNS, find_templates, mask_slots, summarize_templates  # noqa: E402

__all__ += ["SLOTS", "TEMPLATE_COLUMNS", "find_templates", "mask_slots", "summarize_templates"]
from .topics import TOPIC_COLUMNS  # noqa: E402

__all__ += ["TOPIC_COLUMNS"]

# The dtype schema of each frame above (column -> kind of toolkit.archive.schema), declared once beside it.
from .extract import QUESTION_SCHEMA  # noqa: E402
from .templates import TEMPLATE_SCHEMA  # noqa: E402
from .topics import TOPIC_SCHEMA  # noqa: E402
from .cluster import CLUSTER_SCHEMA  # noqa: E402

__all__ += ["QUESTION_SCHEMA", "TEMPLATE_SCHEMA", "TOPIC_SCHEMA", "CLUSTER_SCHEMA"]

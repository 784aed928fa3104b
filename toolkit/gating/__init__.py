"""Suggestion gating: who is eligible for AI answer suggestions, and when to show one.

Examples
--------
>>> from toolkit.gating import REASONS
>>> REASONS[:2]
('eligible_group', 'eligible_single')
"""

from __future__ import annotations

from ._eligibility import ELIGIBILITY_COLUMNS, REASONS, eligibility, eligible_questions, resolve_scope

from .decide import DECISION_COLUMNS, GatingDecision, gating_decision, needed_to_prove
from .scope import employee_activity, estimate_unarchived, gating_funnel, optimize_licenses, simulate_scope
from .simulate import (
    GATING_COLUMNS,
    GatingPolicy,
    GatingResult,
    SegmentChoice,
    ThresholdChoice,
    attach_truth,
    choose_threshold,
    reply_agreement,
    segment_thresholds,
    simulate_gating,
    sweep_thresholds,
)

__all__ = [
    "DECISION_COLUMNS",
    "ELIGIBILITY_COLUMNS",
    "GATING_COLUMNS",
    "GatingDecision",
    "GatingPolicy",
    "GatingResult",
    "REASONS",
    "SegmentChoice",
    "ThresholdChoice",
    "attach_truth",
    "choose_threshold",
    "eligibility",
    "gating_decision",
    "employee_activity",
    "estimate_unarchived",
    "gating_funnel",
    "needed_to_prove",
    "optimize_licenses",
    "simulate_scope",
    "eligible_questions",
    "reply_agreement",
    "resolve_scope",
    "segment_thresholds",
    "simulate_gating",
    "sweep_thresholds",
]

# The dtype schema of each frame above (column -> kind of toolkit.archive.schema), declared once beside it.
from .decide import DECISION_SCHEMA  # noqa: E402
from ._eligibility import ELIGIBILITY_SCHEMA  # noqa: E402
from ._replay import GATING_SCHEMA  # noqa: E402

__all__ += ["DECISION_SCHEMA", "ELIGIBILITY_SCHEMA", "GATING_SCHEMA"]

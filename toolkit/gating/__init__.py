"""Suggestion gating: who is eligible for AI answer suggestions, and when to show one.

Examples
--------
>>> from toolkit.gating import REASONS
>>> REASONS[:2]
('eligible_group', 'eligible_single')
"""

from __future__ import annotations

from .eligibility import ELIGIBILITY_COLUMNS, REASONS, eligibility, eligible_questions, resolve_scope

__all__ = ["ELIGIBILITY_COLUMNS", "REASONS", "eligibility", "eligible_questions", "resolve_scope"]

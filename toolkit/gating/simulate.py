"""Confidence gating: replay customer questions through a KB matcher and decide when to show a suggestion.

A suggestion is *shown* when the question is eligible (see
:func:`toolkit.gating.eligibility`), the matcher's best KB entry scores at
least the policy's threshold, and it leads the second entry by at least the
policy's margin (Rasa's "ambiguity threshold"). It is *correct* when that KB
entry is the right one: the gold KB id where the truth is known, otherwise a
documented proxy (the employee's real reply agrees with the KB answer, see
:func:`reply_agreement`).

:func:`sweep_thresholds` evaluates a whole grid of thresholds and margins
from one sort of the scores (cumulative sums and ``searchsorted``), and
:func:`choose_threshold` picks the lowest threshold whose precision reaches a
target with a stated confidence: by Learn-Then-Test (exact binomial p-values,
fixed-sequence testing from the strictest threshold down) or by a bootstrap
over questions (:func:`scipy.stats.bootstrap`).

The code lives in private modules by responsibility: ``_replay`` (the
policy, :func:`simulate_gating` and its result), ``_truth`` (ground truth and
the reply proxy) and ``_thresholds`` (sweeps, the threshold choice and
per-segment thresholds). This module stays their public home.
"""

from __future__ import annotations

from ._replay import GATING_COLUMNS, GatingPolicy, GatingResult, simulate_gating
from ._thresholds import DEFAULT_THRESHOLDS as DEFAULT_THRESHOLDS  # public name, not in __all__ (as before)
from ._thresholds import (
    SegmentChoice,
    ThresholdChoice,
    choose_threshold,
    segment_thresholds,
    sweep_thresholds,
)
from ._truth import attach_truth, reply_agreement

__all__ = [
    "GATING_COLUMNS",
    "GatingPolicy",
    "GatingResult",
    "SegmentChoice",
    "ThresholdChoice",
    "attach_truth",
    "choose_threshold",
    "reply_agreement",
    "segment_thresholds",
    "simulate_gating",
    "sweep_thresholds",
]

"""Operational analytics of an archive: consent, reply efficiency, scope and freshness, handover.

Each function takes a loaded :class:`~toolkit.archive.Archive` (or a frame
another ops function returned) and gives back a tidy DataFrame whose columns
and definitions are in its docstring; :mod:`toolkit.ops.plots` draws them.

Examples
--------
>>> from toolkit.ops import refusal_rate
>>> from toolkit.testing import tiny_archive
>>> float(refusal_rate(tiny_archive())["refusal_rate"].round(3).iloc[0])
0.333
"""

from __future__ import annotations

from ._common import OpsDataWarning, find_beside
from .efficiency import (
    BusinessHours,
    automatic_replies,
    business_seconds,
    check_change_date,
    compare_periods,
    first_reply_times,
    reply_times,
    summarize_reply_times,
)
from .freshness import FRESHNESS_STATUSES, file_freshness, scope_usage, unscoped_employees, unused_licences
from .handover import HANDOVER_COLUMNS, export_handover, handover_report, summarize_handover
from .plots import (
    plot_file_freshness,
    plot_period_comparison,
    plot_refusal_rates,
    plot_reply_time_distribution,
    plot_reply_time_trend,
)
from .consent import (
    CUSTOMER_COLUMNS,
    RELATIONSHIP_COLUMNS,
    compare_refuser_segments,
    consent_relationships,
    consent_timeline,
    load_customers,
    refusal_rate,
)

__all__ = [
    "HANDOVER_COLUMNS",
    "export_handover",
    "handover_report",
    "summarize_handover",
    "plot_file_freshness",
    "plot_period_comparison",
    "plot_refusal_rates",
    "plot_reply_time_distribution",
    "plot_reply_time_trend",
    "FRESHNESS_STATUSES",
    "file_freshness",
    "scope_usage",
    "unscoped_employees",
    "unused_licences",
    "BusinessHours",
    "automatic_replies",
    "business_seconds",
    "check_change_date",
    "compare_periods",
    "first_reply_times",
    "reply_times",
    "summarize_reply_times",
    "CUSTOMER_COLUMNS",
    "OpsDataWarning",
    "RELATIONSHIP_COLUMNS",
    "compare_refuser_segments",
    "consent_relationships",
    "consent_timeline",
    "find_beside",
    "load_customers",
    "refusal_rate",
]

from . import compliance  # noqa: E402  (retention and QA rules, built alongside)
from .compliance import *  # noqa: E402,F403

__all__ += list(compliance.__all__)

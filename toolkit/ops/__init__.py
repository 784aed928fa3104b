"""Operational analytics of an archive: consent, reply efficiency, scope and freshness, handover.

Each function takes a loaded :class:`~toolkit.archive.Archive` (or a frame
another ops function returned) and gives back a tidy DataFrame whose columns
and definitions are in its docstring; :mod:`toolkit.ops.plots` draws them
(imported on first use of a ``plot_x``, so importing this package does not
load the plot code).

Examples
--------
>>> from toolkit.ops import refusal_rate
>>> from toolkit.testing import tiny_archive
>>> float(refusal_rate(tiny_archive())["refusal_rate"].round(3).iloc[0])
0.333
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import OpsDataWarning, find_beside
from ._lazy import lazy_plots
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
from .freshness import FRESHNESS_STATUSES, file_freshness, scope_usage, unscoped_employees, unused_licences, unused_licenses
from .handover import HANDOVER_COLUMNS, export_handover, handover_report, summarize_handover
from .consent import (
    CUSTOMER_COLUMNS,
    RELATIONSHIP_COLUMNS,
    compare_refuser_segments,
    consent_relationships,
    consent_timeline,
    load_customers,
    refusal_rate,
)
from .compliance import (  # the public home of the retention and QA names
    DEFAULT_QA_RULES,
    HIT_COLUMNS,
    QARule,
    QARuleWarning,
    RetentionCheck,
    RetentionPolicy,
    qa_hits,
    qa_rules_frame,
    retention_check,
)

if TYPE_CHECKING:  # for type checkers and linters; at run time __getattr__ below imports them
    from .plots import (
        plot_file_freshness,
        plot_period_comparison,
        plot_qa_hits,
        plot_refusal_rates,
        plot_reply_time_distribution,
        plot_reply_time_trend,
        plot_retention,
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
    "unused_licenses",
    "unused_licences",  # deprecated: unused_licenses
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
    # retention and QA rules (toolkit.ops.compliance)
    "DEFAULT_QA_RULES",
    "HIT_COLUMNS",
    "QARule",
    "QARuleWarning",
    "RetentionCheck",
    "RetentionPolicy",
    "plot_qa_hits",
    "plot_retention",
    "qa_hits",
    "qa_rules_frame",
    "retention_check",
]

#: Names served by :mod:`toolkit.ops.plots`, imported on first access (PEP 562),
#: so that ``import toolkit.ops`` does not import the plot code and matplotlib.
_PLOTS = frozenset({
    "plot_file_freshness",
    "plot_period_comparison",
    "plot_qa_hits",
    "plot_refusal_rates",
    "plot_reply_time_distribution",
    "plot_reply_time_trend",
    "plot_retention",
})


__getattr__, __dir__ = lazy_plots(globals(), _PLOTS)

# The dtype schema of each frame above (column -> kind of toolkit.archive.schema), declared once beside it.
from .handover import HANDOVER_SCHEMA  # noqa: E402
from .consent import RELATIONSHIP_SCHEMA  # noqa: E402

__all__ += ["HANDOVER_SCHEMA", "RELATIONSHIP_SCHEMA"]

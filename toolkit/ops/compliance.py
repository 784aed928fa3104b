"""Compliance: retention against a policy, and QA rules with evidence rows.

Two questions archive owners in regulated trades ask every week:

- **Retention.** Chinese rules for bank wealth-management products ask to
  keep customer communication for at least 5 years. :func:`retention_check`
  says what a :class:`RetentionPolicy` requires this archive to keep and
  whether it is all there: days without any message inside the covered
  period, long gaps of employees in scope, records that were quarantined
  (unreadable, so not really kept) and the part of the retention window the
  archive does not reach.
- **Quality assurance (会话质检).** :func:`qa_hits` applies configurable
  :class:`QARule` s to the messages: risky promises (全额退款, 保本, 稳赚,
  保证收益, 无风险 ...), sensitive words, and customers kept waiting longer
  than N minutes. Each hit is an evidence row with a masked snippet.

The code lives in :mod:`toolkit.ops.retention`, :mod:`toolkit.ops.qa_rules`
and (the plots :func:`plot_retention` and :func:`plot_qa_hits`)
:mod:`toolkit.ops.plots`; this module is the public home of their names.
The two plots are imported on first access (PEP 562), so this module does
not import :mod:`toolkit.ops.plots` or matplotlib itself.

Examples
--------
>>> from toolkit.ops.compliance import DEFAULT_QA_RULES
>>> sorted({r.kind for r in DEFAULT_QA_RULES})
['keyword', 'regex', 'wait']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qa_rules import DEFAULT_QA_RULES, HIT_COLUMNS, QARule, QARuleWarning, qa_hits, qa_rules_frame
from .retention import FINDING_COLUMNS, RetentionCheck, RetentionPolicy, retention_check  # noqa: F401  (FINDING_COLUMNS: kept at its old address)
from ._lazy import lazy_plots

if TYPE_CHECKING:  # for type checkers and linters; at run time __getattr__ below imports them
    from .plots import plot_qa_hits, plot_retention

__all__ = [
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

#: Names served by :mod:`toolkit.ops.plots`, imported on first access (PEP 562).
_PLOTS = frozenset({"plot_qa_hits", "plot_retention"})


__getattr__, __dir__ = lazy_plots(globals(), _PLOTS)

"""Disputes and audits: find what was said, show it in context, export an evidence pack.

Examples
--------
>>> from toolkit.testing import tiny_archive
>>> from toolkit.evidence import find_messages
>>> find_messages(tiny_archive(), contains="退货")["msgid"].tolist()
['m008', 'm010']
"""

from __future__ import annotations

from ._log import ACCESS_LOG_ENV, log_access
from .pack import PACK_FILES, UNMASKED_ROLES, evidence_pack, verify_pack
from .search import CONTEXT_COLUMNS, MAX_SIMILAR_CANDIDATES, RESULT_COLUMNS, conversation_context, find_messages, resolve_user

__all__ = [
    "ACCESS_LOG_ENV",
    "CONTEXT_COLUMNS",
    "MAX_SIMILAR_CANDIDATES",
    "PACK_FILES",
    "RESULT_COLUMNS",
    "UNMASKED_ROLES",
    "conversation_context",
    "evidence_pack",
    "find_messages",
    "log_access",
    "resolve_user",
    "verify_pack",
]

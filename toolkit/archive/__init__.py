"""Load WeCom archive exports into tidy pandas frames.

Examples
--------
>>> from toolkit.archive import load_archive, sessionize, Reason
>>> Reason.ENCRYPTED.value
'encrypted'
"""

from __future__ import annotations

from . import schema
from .consent import refused_mask
from ._read import is_archive_file
from .load import ARCHIVE_SUFFIXES, Archive, load_archive
from .quarantine import Reason
from .schema import validate_messages
from .sessions import conversation_ids, sessionize
from .side import CUSTOMER_COLUMNS, find_beside, load_customers, load_rooms, load_scope, load_staff, read_side_csv

__all__ = [
    "ARCHIVE_SUFFIXES",
    "is_archive_file",
    "Archive",
    "Reason",
    "conversation_ids",
    "CUSTOMER_COLUMNS",
    "find_beside",
    "load_archive",
    "load_customers",
    "load_rooms",
    "load_scope",
    "load_staff",
    "read_side_csv",
    "refused_mask",
    "schema",
    "sessionize",
    "validate_messages",
]

# The dtype schema of each frame above (column -> kind of toolkit.archive.schema), declared once beside it.
from .side import CUSTOMER_SCHEMA  # noqa: E402

__all__ += ["CUSTOMER_SCHEMA"]

"""Privacy and access: mask personal data, per-role views, refused customers.

Examples
--------
>>> from toolkit.privacy import mask_pii
>>> mask_pii("手机13912345678")
'手机[手机号]'
"""

from __future__ import annotations

from .access import (
    ROLES,
    exclude_refused,
    involves,
    refusal_exclusions,
    refused_messages,
    view_for,
    visible_chats,
)
from .evaluate import evaluate_formats, evaluate_masking
from .frame import mask_frame, pii_counts
from .mask import (
    PII_KINDS,
    PLACEHOLDERS,
    PiiMatch,
    find_pii,
    id_card_is_valid,
    luhn_is_valid,
    mask_pii,
)

__all__ = [
    "ROLES",
    "evaluate_formats",
    "evaluate_masking",
    "exclude_refused",
    "involves",
    "refusal_exclusions",
    "refused_messages",
    "view_for",
    "visible_chats",
    "PII_KINDS",
    "PLACEHOLDERS",
    "PiiMatch",
    "find_pii",
    "id_card_is_valid",
    "luhn_is_valid",
    "mask_frame",
    "mask_pii",
    "pii_counts",
]

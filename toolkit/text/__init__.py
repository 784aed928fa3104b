"""Chinese text handling shared by every module: normalization and segmentation.

Examples
--------
>>> from toolkit.text import normalize_text, segment
>>> normalize_text("請問花唄怎麼還款？？")
'请问花呗怎么还款?'
>>> segment("請問花唄怎麼還款？？")
['花呗', '怎么', '还款']
"""

from __future__ import annotations

from ._resources import default_stopwords, default_user_words
from .normalize import (
    PLACEHOLDER_NAMES,
    PLACEHOLDER_PATTERN,
    WECOM_STICKERS,
    normalize_series,
    normalize_text,
    to_simplified,
)
from .segmenter import Segmenter, char_ngrams, segment

__all__ = [
    "PLACEHOLDER_NAMES",
    "PLACEHOLDER_PATTERN",
    "WECOM_STICKERS",
    "Segmenter",
    "char_ngrams",
    "default_stopwords",
    "default_user_words",
    "normalize_series",
    "normalize_text",
    "segment",
    "to_simplified",
]

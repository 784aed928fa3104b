"""Match customer questions to knowledge-base entries: hybrid lexical + sentence-embedding retrieval.

This module is the public home of the matcher, whose parts live in
private modules by responsibility:

- ``_matcher``: :class:`KBMatcher` (fit, match, similarity features) and ``MATCH_COLUMNS``;
- ``_lexical``: the BM25 index over character n-grams and words;
- ``_topk``: the batched, threaded scoring and the top-k kernels;
- ``_shipped_calibration``: ``FEATURES`` and the shipped ``CALIBRATION``;
- ``_calibration_fit``: :func:`fit_calibration`, which fitted them.

Examples
--------
>>> import pandas as pd
>>> from toolkit.kb import KBMatcher
>>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2"],
...                    "question": ["怎么开发票", "发票怎么开", "保修多久"],
...                    "answer": ["订单页申请电子发票", "订单页申请电子发票", "整机保修2年"]})
>>> m = KBMatcher(embedder="none").fit(kb)
>>> m.match(["手机怎么开发票", "保修期多长"], k=2)[["query_pos", "rank", "kb_id"]]
   query_pos  rank kb_id
0          0     1    K1
1          0     2    K2
2          1     1    K2
3          1     2    K1
"""

from __future__ import annotations

from ._calibration_fit import fit_calibration
from ._matcher import MATCH_COLUMNS, KBMatcher
from ._shipped_calibration import CALIBRATION, FEATURES

__all__ = ["CALIBRATION", "FEATURES", "MATCH_COLUMNS", "KBMatcher", "fit_calibration"]

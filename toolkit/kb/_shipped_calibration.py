"""The shipped calibration of KBMatcher's score: its features, coefficients and link function.

Public through :mod:`toolkit.kb.match` (``FEATURES``, ``CALIBRATION``); the coefficients are
fitted by :func:`toolkit.kb.match.fit_calibration`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["CALIBRATION", "FEATURES"]

#: Names of the similarity features, in the order of the calibration weights.
FEATURES: tuple[str, ...] = ("char_query", "char_entry", "word_query", "embedding")

#: Calibration of the fused score: ``score = sigmoid(intercept + weights .
#: features)``, a logistic regression (weights >= 0,
#: :func:`toolkit.kb.match.fit_calibration`)
#: of "same intent" on the features of question pairs: the 7,675 labelled
#: ``atec_antfin`` pairs plus 7,675 random pairs of its questions as
#: unrelated negatives (seed 0), with all 15,000 atec questions as the KB
#: that gives the idf statistics, features computed with
#: ``strip_fillers=True``. Reproduce with ``.venv/bin/python bench/kb.py
#: calibrate``. "use": ``char_query``, ``char_entry`` and ``embedding`` only
#: (the non-negative fit set ``char_query`` to 0); "e5": the same features,
#: without the appended-question pairs (``augment=False``); ``"none"``: the
#: lexical-only model (``embedder="none"``). The evaluation sets were not
#: used to fit anything. ``char_ngram`` is part of the calibration: the
#: coefficients hold for those n-grams only.
#: figures: bench/README.md, section toolkit.kb.match
CALIBRATION: dict[str, dict[str, Any]] = {
    "use": {"intercept": -7.575291, "weights": (0.0, 4.920424, 0.0, 9.181897), "char_ngram": (2, 2)},
    "none": {"intercept": -2.962735, "weights": (9.467946, 7.606881, 2.883257, 0.0), "char_ngram": (1, 2)},
    "e5": {"intercept": -30.007326, "weights": (6.373508, 4.285284, 0.0, 30.143328), "char_ngram": (2, 2),
           "augment": False},
}


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))

"""Fit the calibration of KBMatcher's score on labelled question pairs (:func:`fit_calibration`).

Public through :mod:`toolkit.kb.match`; the shipped coefficients it produced are
``toolkit.kb.match.CALIBRATION`` (``_shipped_calibration``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from sklearn.metrics import log_loss, roc_auc_score


from ._matcher import KBMatcher
from ._shipped_calibration import FEATURES, _sigmoid
from .._validate import check_random_state, require_columns

__all__ = ["fit_calibration"]


def fit_calibration(
    pairs: pd.DataFrame,
    *,
    embedder: Literal["use", "none"] | Callable[[list[str]], np.ndarray] = "use",
    background: Iterable[str] | None = None,
    n_random: int | None = None,
    augment: bool = True,
    char_ngram: tuple[int, int] | None = None,
    features: Sequence[str] | None = None,
    strip_fillers: bool = True,
    C: float = 1.0,
    random_state: int | np.random.Generator | None = 0,
    cache_dir: str | Path | None = None,
) -> dict[str, Any]:
    """Fit the score calibration on labelled question pairs.

    The pairs' second questions (plus ``background``) form a KB, so the
    idf statistics are those of a real question set; each pair's features
    are :meth:`KBMatcher.similarity_features` of ``question1`` against
    ``question2``, and a logistic regression
    with non-negative weights (a feature that grows must never lower the
    score), fitted by L-BFGS-B with an L2 penalty ``1 / (2 C)`` on the
    weights (as scikit-learn's ``LogisticRegression``), gives the
    coefficients. Deterministic.

    Parameters
    ----------
    pairs : pandas.DataFrame
        ``question1``, ``question2``, ``label`` (1 = same intent, 0 = not).
    embedder : {"use", "none"} or callable, default "use"
    background : iterable of str, optional
        More questions for the idf statistics (e.g. all questions of the
        data set the pairs come from).
    n_random : int, optional
        Random pairs of distinct questions (from the pairs and
        ``background``) added as negatives; by default as many as the
        labelled (and augmented) pairs.
        Labelled pairs are mostly near misses; without unrelated pairs the
        intercept would give an unrelated question a sizeable score, while
        most comparisons a matcher makes are with unrelated entries.
        A random pair that is also a labelled positive pair is skipped.
    augment : bool, default True
        Also add each labelled pair with a random other question appended
        to ``question1`` (same label): customers' questions often say more
        than the KB phrasing (context, details), and without such pairs the
        share of the phrasing found in the query (``char_entry``) is
        under-weighted against the embedding, whose cosine drops as the
        query grows.
    random_state : int, numpy.random.Generator or None, default 0
        Draws the random pairs and the appended questions.
    char_ngram : (int, int), optional
        Character n-grams of the features; by default those of the shipped
        calibration of ``embedder``.
    features : sequence of str, optional
        The ``FEATURES`` that enter the regression; the others get weight
        0 (and ``match`` does not compute them). By default all of them
        (without ``embedding`` for ``embedder="none"``).
    strip_fillers : bool, default True
        As :class:`KBMatcher` (the features are computed the way ``match``
        computes them).
    C : float, default 1.0
        Inverse regularisation strength.
    cache_dir : path-like, optional
        Where the KB side's embeddings are cached (as :class:`KBMatcher`).

    Returns
    -------
    dict
        ``intercept`` (float), ``weights`` (tuple in ``FEATURES`` order),
        ``char_ngram``, ``strip_fillers``,
        ``n_pairs`` (labelled, augmented and random), ``positive_share``, ``log_loss`` and ``roc_auc`` on the
        fitting pairs (rounded to 6 places): pass it as ``calibration=``.

    Raises
    ------
    SchemaError
        If a column is missing.
    ValueError
        If ``label`` holds anything but 0 and 1, or only one of them.

    Examples
    --------
    >>> pairs = pd.DataFrame({"question1": ["怎么开发票", "发票怎么开", "保修多久", "怎么退货"],
    ...                       "question2": ["开发票", "如何开发票", "怎么开发票", "保修多久"],
    ...                       "label": [1, 1, 0, 0]})
    >>> cal = fit_calibration(pairs, embedder="none", n_random=0, augment=False)
    >>> len(cal["weights"]), cal["n_pairs"]
    (4, 4)
    """
    require_columns(pairs, ["question1", "question2", "label"], "pairs")
    y = pd.to_numeric(pairs["label"], errors="coerce").to_numpy()
    if not np.isin(y, (0, 1)).all() or len(np.unique(y)) < 2:
        raise ValueError("label must hold 0 and 1 (both)")
    q1 = [str(x) for x in pairs["question1"]]
    q2 = [str(x) for x in pairs["question2"]]
    pool = sorted(set(q1) | set(q2) | set(str(x) for x in (() if background is None else background)))
    if features is None:
        use = [f for f in FEATURES if not (embedder == "none" and f == "embedding")]
    else:
        use = list(features)
        bad = [f for f in use if f not in FEATURES]
        if bad or not use:
            raise ValueError(f"features must be a non-empty subset of {list(FEATURES)}; got {list(features)!r}")
        if embedder == "none" and "embedding" in use:
            raise ValueError("features cannot hold 'embedding' with embedder='none'")
    if n_random is not None and (isinstance(n_random, bool) or int(n_random) < 0):
        raise ValueError(f"n_random must be >= 0; got {n_random!r}")
    rng = check_random_state(random_state)
    if augment:
        extra = rng.integers(len(pool), size=len(q1))
        q1 = q1 + [f"{a}，{pool[j]}" for a, j in zip(q1, extra)]
        q2 = q2 + q2
        y = np.concatenate([y, y])
    n_rand = len(q1) if n_random is None else int(n_random)
    positives = {(a, b) for a, b, lab in zip(q1, q2, y) if lab == 1} | {(b, a) for a, b, lab in zip(q1, q2, y) if lab == 1}
    ia = rng.integers(len(pool), size=n_rand)
    ib = rng.integers(len(pool), size=n_rand)
    rand = [(pool[a], pool[b]) for a, b in zip(ia, ib) if a != b and (pool[a], pool[b]) not in positives]
    q1 = q1 + [a for a, _ in rand]
    q2 = q2 + [b for _, b in rand]
    y = np.concatenate([y, np.zeros(len(rand))])
    kb_texts = sorted(set(q2) | set(pool))
    dummy = {"intercept": 0.0, "weights": (1.0,) * len(FEATURES)}
    m = KBMatcher(embedder=embedder, calibration=dummy, char_ngram=char_ngram, strip_fillers=strip_fillers,
                  cache_dir=cache_dir)
    m.fit(pd.DataFrame({"kb_id": kb_texts, "question": kb_texts}))
    # a pair whose second question normalizes to nothing has no entry
    known = set(m.entries_["kb_id"])
    keep = np.array([b in known for b in q2])
    feats = m.similarity_features([a for a, k in zip(q1, keep) if k], [b for b, k in zip(q2, keep) if k])
    x = feats[use].to_numpy()
    yk = y[keep].astype(np.float64)
    coef = _nonnegative_logistic(x, yk, C=float(C))
    fitted = dict(zip(use, (float(v) for v in coef[1:])))
    w = [fitted.get(f, 0.0) for f in FEATURES]
    p = _sigmoid(coef[0] + x @ coef[1:])
    return {
        "intercept": round(float(coef[0]), 6),
        "weights": tuple(round(v, 6) for v in w),
        "char_ngram": tuple(m._char_ngram()),
        "strip_fillers": bool(strip_fillers),
        "n_pairs": int(keep.sum()),
        "positive_share": round(float(y[keep].mean()), 6),
        "log_loss": round(float(log_loss(y[keep], p)), 6),
        "roc_auc": round(float(roc_auc_score(y[keep], p)), 6),
    }


def _nonnegative_logistic(x: np.ndarray, y: np.ndarray, *, C: float) -> np.ndarray:
    """[intercept, weights...] of an L2-penalised logistic regression with weights >= 0."""
    n, d = x.shape
    xa = np.hstack([np.ones((n, 1)), x])

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = xa @ beta
        # log(1 + exp(z)) - y z, stably
        ll = np.logaddexp(0.0, z) - y * z
        grad = xa.T @ (_sigmoid(z) - y)
        pen = beta.copy()
        pen[0] = 0.0
        return float(ll.sum() + 0.5 / C * (pen @ pen)), grad + pen / C

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                   bounds=[(None, None)] + [(0.0, None)] * d, options={"maxiter": 1000})
    return np.asarray(res.x)

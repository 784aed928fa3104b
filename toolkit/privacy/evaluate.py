"""Recall and precision of :func:`toolkit.privacy.find_pii` against labelled text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..exceptions import SchemaError
from .mask import PII_KINDS, find_pii

__all__ = ["evaluate_masking"]


def evaluate_masking(
    labelled: pd.DataFrame,
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Recall and precision of the masking, per kind of personal data.

    Definitions, per kind:

    - A labelled entity is *recalled* when finds of its kind cover every
      one of its characters (a partly masked phone number still leaks).
    - A find is *correct* when it overlaps a labelled entity of its kind
      (a find that also takes a neighbouring word is correct, but not
      exact).
    - ``recall = recalled / n_true``, ``precision = correct / n_found``,
      ``exact`` = share of recalled entities found with exactly their span.

    The row ``all`` ignores kinds: an entity is recalled when any finds
    cover it, a find is correct when it overlaps any entity. That is what
    privacy needs (a phone masked as ``[电话]`` is still masked).

    Parameters
    ----------
    labelled : pandas.DataFrame
        ``text`` and ``entities``: a list of ``(kind, start, end)`` per text.
    staff, names, kinds
        As in :func:`toolkit.privacy.find_pii`.

    Returns
    -------
    pandas.DataFrame
        One row per kind (in :data:`PII_KINDS` order, only kinds that occur
        as labels or finds) then ``all``: ``kind``, ``n_true``, ``n_found``,
        ``recalled``, ``correct``, ``recall``, ``precision``, ``exact``
        (floats NaN when undefined).

    Raises
    ------
    SchemaError
        ``labelled`` lacks ``text`` or ``entities``.
    ValueError
        An entity of an unknown kind, or with a span outside its text.

    Examples
    --------
    >>> import pandas as pd
    >>> lab = pd.DataFrame({"text": ["电话13812345678", "订单号20260815123456789"],
    ...                     "entities": [[("mobile", 2, 13)], []]})
    >>> evaluate_masking(lab)[["kind", "n_true", "n_found", "recall", "precision"]]
         kind  n_true  n_found  recall  precision
    0  mobile       1        1     1.0        1.0
    1     all       1        1     1.0        1.0
    """
    if not isinstance(labelled, pd.DataFrame):
        raise TypeError(f"labelled must be a DataFrame; got {type(labelled).__name__}")
    missing = [c for c in ("text", "entities") if c not in labelled.columns]
    if missing:
        raise SchemaError(f"labelled lacks columns {missing}")
    stats: dict[str, dict[str, int]] = {}
    exact: dict[str, int] = {}

    def _s(kind: str) -> dict[str, int]:
        return stats.setdefault(kind, {"n_true": 0, "n_found": 0, "recalled": 0, "correct": 0})

    for text, ents in zip(labelled["text"], labelled["entities"], strict=True):
        ents = list(ents) if ents is not None else []
        for kind, a, b in ents:
            if kind not in PII_KINDS:
                raise ValueError(f"entity kind must be among {list(PII_KINDS)}; got {kind!r}")
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"entity span ({a}, {b}) is outside its text of {len(text)} characters")
        found = find_pii(text, staff=staff, names=names, kinds=kinds)
        for kind, a, b in ents:
            st = _s(kind)
            st["n_true"] += 1
            same = [f for f in found if f.kind == kind and f.start < b and f.end > a]
            covered = set()
            for f in same:
                covered.update(range(max(a, f.start), min(b, f.end)))
            if len(covered) == b - a:
                st["recalled"] += 1
                if any(f.start == a and f.end == b for f in same):
                    exact[kind] = exact.get(kind, 0) + 1
            anyf = [f for f in found if f.start < b and f.end > a]
            cov_any = set()
            for f in anyf:
                cov_any.update(range(max(a, f.start), min(b, f.end)))
            al = _s("all")
            al["n_true"] += 1
            al["recalled"] += int(len(cov_any) == b - a)
            if any(f.start == a and f.end == b for f in anyf):
                exact["all"] = exact.get("all", 0) + 1
        for f in found:
            st = _s(f.kind)
            st["n_found"] += 1
            st["correct"] += int(any(k == f.kind and a < f.end and b > f.start for k, a, b in ents))
            al = _s("all")
            al["n_found"] += 1
            al["correct"] += int(any(a < f.end and b > f.start for _, a, b in ents))
    _s("all")
    order = [k for k in PII_KINDS if k in stats] + ["all"]
    rows = []
    for k in order:
        st = stats[k]
        rows.append(
            {
                "kind": k,
                **st,
                "recall": st["recalled"] / st["n_true"] if st["n_true"] else float("nan"),
                "precision": st["correct"] / st["n_found"] if st["n_found"] else float("nan"),
                "exact": exact.get(k, 0) / st["recalled"] if st["recalled"] else float("nan"),
            }
        )
    out = pd.DataFrame(rows, columns=["kind", "n_true", "n_found", "recalled", "correct", "recall", "precision", "exact"])
    return out.astype({c: "int64" for c in ("n_true", "n_found", "recalled", "correct")})

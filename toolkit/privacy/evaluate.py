"""Recall and precision of :func:`toolkit.privacy.find_pii` against labelled text.

:func:`evaluate_masking` scores each kind of personal data;
:func:`evaluate_formats` scores each *format* (``mobile.dot``,
``qq.扣扣`` ...) and how many labelled near-misses (order numbers, amounts,
hotlines ...) survive unmasked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from .._validate import require_columns
from .mask import PII_KINDS, PiiMatch, find_pii

__all__ = ["evaluate_formats", "evaluate_masking"]


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
    require_columns(labelled, ["text", "entities"], "labelled")
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


def _covered(found: list[PiiMatch], a: int, b: int, kind: str | None = None) -> bool:
    """Whether finds (of ``kind``, or any) cover every character of ``[a, b)``."""
    pos = a
    for f in sorted(found, key=lambda f: f.start):
        if kind is not None and f.kind != kind:
            continue
        if f.start <= pos < f.end:
            pos = f.end
        if pos >= b:
            return True
    return pos >= b


def evaluate_formats(
    labelled: pd.DataFrame,
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Recall per format of personal data and survival per kind of near-miss.

    - A labelled entity is *masked* when finds of any kind cover all its
      characters (what privacy needs), *masked as its kind* when finds of
      its own kind do.
    - A labelled near-miss *survives* when no find overlaps it.

    Parameters
    ----------
    labelled : pandas.DataFrame
        ``text``, ``entities`` (a list of ``(kind, start, end)`` per text),
        ``formats`` (one format name per entity, optional: the kind is used
        without it) and ``near_misses`` (a list of ``(near_kind, start,
        end)``, optional).
    staff, names, kinds
        As in :func:`toolkit.privacy.find_pii`.

    Returns
    -------
    pandas.DataFrame
        One row per format (sorted), then one per near-miss kind (sorted):
        ``group`` (``"pii"`` or ``"near_miss"``), ``label`` (format or
        near-miss kind), ``kind`` (kind of personal data; ``""`` for
        near-misses), ``n``, ``ok`` (masked, resp. survived), ``rate``
        (``ok / n``: recall, resp. survival) and ``as_kind`` (share masked
        as their own kind; NaN for near-misses).

    Raises
    ------
    SchemaError
        ``labelled`` lacks ``text`` or ``entities``.
    ValueError
        ``formats`` does not give one name per entity, or a span is outside
        its text.

    See Also
    --------
    evaluate_masking : Recall and precision per kind.

    Examples
    --------
    >>> import pandas as pd
    >>> lab = pd.DataFrame({"text": ["电话139.8370.5893", "第13800138000次"],
    ...                     "entities": [[("mobile", 2, 15)], []],
    ...                     "formats": [["mobile.dot"], []],
    ...                     "near_misses": [[], [("count", 0, 13)]]})
    >>> evaluate_formats(lab)[["group", "label", "n", "ok", "rate"]]
           group       label  n  ok  rate
    0        pii  mobile.dot  1   1   1.0
    1  near_miss       count  1   1   1.0
    """
    require_columns(labelled, ["text", "entities"], "labelled")
    n_rows = len(labelled)
    formats = labelled["formats"] if "formats" in labelled.columns else pd.Series([None] * n_rows, index=labelled.index)
    nears = labelled["near_misses"] if "near_misses" in labelled.columns else pd.Series([None] * n_rows, index=labelled.index)
    pii: dict[str, list[int]] = {}  # label -> [n, masked, as_kind]
    kind_of: dict[str, str] = {}
    near: dict[str, list[int]] = {}
    for text, ents, fmts, nms in zip(labelled["text"], labelled["entities"], formats, nears, strict=True):
        ents = list(ents) if ents is not None else []
        fmts = list(fmts) if fmts is not None else [k for k, _, _ in ents]
        if len(fmts) != len(ents):
            raise ValueError(f"formats must give one name per entity; got {len(fmts)} for {len(ents)}")
        nms = list(nms) if nms is not None else []
        for _, a, b in ents + nms:
            if not (0 <= a < b <= len(text)):
                raise ValueError(f"span ({a}, {b}) is outside its text of {len(text)} characters")
        found = find_pii(text, staff=staff, names=names, kinds=kinds)
        for (kind, a, b), fmt in zip(ents, fmts, strict=True):
            st = pii.setdefault(fmt, [0, 0, 0])
            kind_of[fmt] = kind
            st[0] += 1
            st[1] += _covered(found, a, b)
            st[2] += _covered(found, a, b, kind)
        for nk, a, b in nms:
            st = near.setdefault(nk, [0, 0])
            st[0] += 1
            st[1] += not any(f.start < b and f.end > a for f in found)
    rows = [
        {"group": "pii", "label": k, "kind": kind_of[k], "n": v[0], "ok": v[1], "rate": v[1] / v[0], "as_kind": v[2] / v[0]}
        for k, v in sorted(pii.items())
    ] + [
        {"group": "near_miss", "label": k, "kind": "", "n": v[0], "ok": v[1], "rate": v[1] / v[0], "as_kind": float("nan")}
        for k, v in sorted(near.items())
    ]
    out = pd.DataFrame(rows, columns=["group", "label", "kind", "n", "ok", "rate", "as_kind"])
    return out.astype({"n": "int64", "ok": "int64", "rate": "float64", "as_kind": "float64"})

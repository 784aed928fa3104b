"""Masking personal data in the text columns of a frame, message by message or read as conversations.

:func:`mask_frame` and :func:`pii_counts` apply :mod:`toolkit.privacy.mask` to every text of a column (each distinct
text once); with ``thread=`` each short reply is also read after the messages before it in its conversation, and a
value sent in two messages is masked in both. The finding itself is :func:`toolkit.privacy.mask.find_pii`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .._validate import require_frame
from .mask import (
    _DIGITS_ONLY,
    _HOUSE_START,
    _MORE,
    _reply_max,
    _WINDOW,
    PII_KINDS,
    PLACEHOLDERS,
    PiiMatch,
    _apply,
    _candidates,
    _check_kinds,
    _directory_names,
    _names_pattern,
    _resolve,
    _split_address,
    _split_value,
    _thread_cue,
    find_pii,
)

__all__ = ["mask_frame", "pii_counts"]


def _mask_column(
    s: pd.Series, chosen: frozenset[str], names_re: re.Pattern[str] | None, cues: pd.Series | None = None
) -> tuple[pd.Series, dict[str, int]]:
    keyed = s if cues is None else pd.Series(list(zip(s, cues)), index=s.index, dtype=object).where(s.notna())
    codes, uniques = pd.factorize(keyed, use_na_sentinel=True)
    counts_u = pd.Series(codes[codes >= 0]).value_counts() if len(codes) else pd.Series(dtype="int64")
    per_kind = dict.fromkeys(PII_KINDS, 0)
    masked = []
    for i, key in enumerate(uniques):
        u, cue = (key, "") if cues is None else key
        if not isinstance(u, str):
            raise TypeError(f"column {s.name!r} holds a {type(u).__name__}, not text")
        spans = _resolve(_candidates(u, chosen, names_re, cue), u)
        masked.append(_apply(u, spans) if spans else u)
        n = int(counts_u.get(i, 0))
        for sp in spans:
            per_kind[sp.kind] += n
    out = pd.Series(pd.array(masked, dtype="str").take(codes, allow_fill=True) if len(uniques) else pd.array([None] * len(s), dtype="str"),
                    index=s.index, name=s.name, dtype="str")
    return out, per_kind


def _mask_and_count(
    df: pd.DataFrame, columns: str | Iterable[str], staff: Any, names: Any, kinds: Iterable[str] | None,
    thread: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    require_frame(df, "df")
    cols = [columns] if isinstance(columns, str) else list(columns)
    if thread is not None and thread not in df.columns:
        raise KeyError(f"thread column {thread!r} is not in the frame; it has {list(df.columns)}")
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise KeyError(f"columns {missing} are not in the frame; it has {list(df.columns)}")
    chosen = _check_kinds(kinds)
    names_re = _names_pattern(_directory_names(staff, names)) if "name" in chosen else None
    out = df.copy()
    rows = []
    order = [k for k in PII_KINDS if k in chosen]
    for c in cols:
        cues = None
        if thread is not None:
            groups = df.groupby(thread, sort=False, dropna=False)[c]
            before = [groups.shift(k) for k in range(_WINDOW, 0, -1)]
            # Only a short reply is read after the messages before it.
            # (or the answers to a form, one per line: longer)
            short = pd.Series([isinstance(v, str) and len(v) <= _reply_max(p) for v, p in zip(df[c], before[-1], strict=True)],
                              index=df.index, dtype=bool)
            cues = pd.Series("", index=df.index, dtype=object)
            cues[short] = [_thread_cue(b, r) for *b, r in zip(*(p[short] for p in before), df[c][short], strict=True)]
        masked, per_kind = _mask_column(df[c], chosen, names_re, cues)
        if thread is not None:
            # A value sent in two messages (``1393853`` then ``4228``; ``卡号622262`` then ``7613055820127``): both
            # halves masked. Rows are found by position in their conversation: conversations may interleave.
            at = pd.Series(range(len(df)), index=df.index).groupby(df[thread], sort=False, dropna=False)
            for i, (p2, p1, i2, i1, t) in enumerate(zip(before[-2], before[-1], at.shift(2), at.shift(1), df[c],
                                                         strict=True)):
                split = _split_value([p2, p1], t, chosen) if _DIGITS_ONLY.fullmatch(str(t)) else None
                if not split:
                    continue
                j = int(i2 if _MORE.fullmatch(p1) else i1)
                first = df[c].iat[j]
                if masked.iat[i] == t and masked.iat[j] == first:  # (neither half masked yet)
                    kind, a, b = split
                    masked.iat[i] = _apply(t, [PiiMatch(kind, *_DIGITS_ONLY.fullmatch(t).span(1))])
                    masked.iat[j] = _apply(first, [PiiMatch(kind, a, b)])
                    per_kind[kind] += 1
            # An address sent in two messages (``南京市鼓楼区湖南路`` then ``314号阳光广场花园2幢2802``): both parts masked.
            # (each half masked again as it was, read after the messages before it, with its part of the address)
            if "address" in chosen:
                for i, (p3, p2, p1, i1, t) in enumerate(zip(*before[-3:], at.shift(1), df[c], strict=True)):
                    half = _split_address(p1, t) if isinstance(t, str) and _HOUSE_START.match(t) else None
                    if half:
                        j = int(i1)
                        # (one value: counted once, unless a part of it was already found and counted)
                        per_kind["address"] += all(PLACEHOLDERS["address"] not in masked.iat[r] for r in (i, j))
                        for row, text, part, earlier in ((i, t, half[1], [p3, p2, p1]), (j, p1, half[0], [p3, p2])):
                            earlier = [e for e in earlier if isinstance(e, str)]
                            spans = find_pii(text, names=None, kinds=chosen - {"name"}, after=earlier or None)
                            masked.iat[row] = _apply(text, _resolve([*spans, PiiMatch("address", *part)], text))
        out[c] = masked
        rows += [{"column": c, "kind": k, "placeholder": PLACEHOLDERS[k], "n": per_kind[k]} for k in order]
    counts = pd.DataFrame(rows, columns=["column", "kind", "placeholder", "n"])
    counts["n"] = counts["n"].astype("int64")
    return out, counts


def mask_frame(
    df: pd.DataFrame,
    columns: str | Iterable[str] = ("text",),
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
    thread: str | None = None,
) -> pd.DataFrame:
    """A copy of ``df`` with personal data masked in text columns.

    Parameters
    ----------
    df : pandas.DataFrame
        Any frame; its other columns are copied unchanged.
    columns : str or iterable of str
        Text columns to mask (default ``("text",)``). Missing values stay
        missing.
    staff, names, kinds
        As in :func:`find_pii`.
    thread : str, optional
        A column that groups the rows into conversations (``chat_id``),
        rows in the order they were sent. A short reply (40 characters at
        most) is then also read after the kind the message before it asks
        for or names: ``您的微信号是多少？`` then ``zhang_san81`` masks the
        id, which alone has no cue (see ``find_pii(after=...)`` for the
        other readings); a value sent in two messages of digits only
        (``1393853`` then ``4228``) is masked in both. Default: each text on
        its own.

    Returns
    -------
    pandas.DataFrame
        The copy, same index (masked columns become ``str``).
        ``attrs["masked"]`` is a dict ``{kind: number of finds}`` over all
        masked columns, with every kind looked for (zeros included).

    Raises
    ------
    KeyError
        A column is not in ``df``.
    ValueError, TypeError
        As in :func:`find_pii`, or ``df`` is not a DataFrame.

    See Also
    --------
    pii_counts : The same counts as a tidy frame, per column and kind.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"msgid": ["a", "b", "c"],
    ...                    "text": ["电话13812345678", None, "邮箱a@b.cn，电话13812345678"]})
    >>> out = mask_frame(df)
    >>> out["text"].tolist()
    ['电话[手机号]', nan, '邮箱[邮箱]，电话[手机号]']
    >>> {k: v for k, v in out.attrs["masked"].items() if v}
    {'email': 1, 'mobile': 2}

    A reply read after the question it answers:

    >>> chat = pd.DataFrame({"chat_id": ["c1", "c1", "c2"],
    ...                      "text": ["方便加个微信吗？", "zhang_san", "zhang_san"]})
    >>> mask_frame(chat, thread="chat_id")["text"].tolist()
    ['方便加个微信吗？', '[微信号]', 'zhang_san']
    """
    out, counts = _mask_and_count(df, columns, staff, names, kinds, thread)
    out.attrs["masked"] = {k: int(v) for k, v in counts.groupby("kind", sort=False)["n"].sum().items()}
    return out


def pii_counts(
    df: pd.DataFrame,
    columns: str | Iterable[str] = ("text",),
    *,
    staff: Any = None,
    names: Any = None,
    kinds: Iterable[str] | None = None,
    thread: str | None = None,
) -> pd.DataFrame:
    """How much personal data of each kind the text columns of ``df`` hold.

    Parameters are those of :func:`mask_frame`.

    Returns
    -------
    pandas.DataFrame
        One row per column and kind looked for (in :data:`PII_KINDS`
        order): ``column``, ``kind``, ``placeholder`` and ``n``, the number
        of finds (a message with two phone numbers counts 2).

    Examples
    --------
    >>> import pandas as pd
    >>> pii_counts(pd.DataFrame({"text": ["13812345678 / 13912345678"]}), kinds=["mobile", "email"])
      column    kind placeholder  n
    0   text   email        [邮箱]  0
    1   text  mobile       [手机号]  2
    """
    return _mask_and_count(df, columns, staff, names, kinds, thread)[1]

"""The dictated reading of a text (private to :mod:`toolkit.privacy.mask`).

Voice input (语音转文字) writes what a customer says, not what they would type:
``杠`` for a dash, ``下划线`` for an underscore, ``艾特`` for ``@``, ``点`` for
the dot of a domain, numerals for digits (``幺三八``), letters spelled one at a
time in capitals (``V I V I A N``). :func:`spoken_reading` rewrites these into
the characters a typist would use and keeps, for each character of the
reading, the span of the text it stands for, so that what the finders find in
the reading maps back onto the text as given.

Only what is read next to a value is rewritten: a spoken separator between
letters, digits or numerals (``wuchao杠八九``, ``零五三幺杠八五零…``,
``sunhao下划线零九两四``), ``点`` before a letter (``163点com``), numerals
touching letters, digits, ``@`` or a rewritten separator
(``两六九二…艾特qq点com``, ``粤A九零九九九``). ``三点半``, ``一杠子``,
``五个`` and ``统一下`` stay as they are.
"""

from __future__ import annotations

import re

from ._patterns import _NUMERAL, _NUMERAL_DIGIT

Span = tuple[int, int]

#: What each spoken separator stands for.
_SEPARATORS = {
    "下划线": "_", "下滑线": "_", "下横线": "_", "横杠": "-", "杠": "-", "艾特": "@", "爱特": "@", "圈a": "@", "点": ".",
}
_TOKEN = re.compile(
    r"(?P<sep>" + "|".join(sorted(_SEPARATORS, key=len, reverse=True)) + r")"
    r"|(?P<num>[" + _NUMERAL + r"]+)"
    # Letters spelled out one at a time (``Z M F A N G``), four or more.
    r"|(?P<spell>(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z]){3,}(?![A-Za-z]))"
    # 叉 said for the X that ends an ID number, after its 17 digits.
    r"|(?<=[0-9" + _NUMERAL + r"]{17})(?P<x>叉)(?![0-9" + _NUMERAL + r"])"
)
#: Texts that may hold something to rewrite; the rest are skipped.
_TRIGGER = re.compile(
    r"杠|划线|滑线|横线|艾特|爱特|圈a|叉|点[ ]?[A-Za-z]|(?<![A-Za-z])[A-Za-z] [A-Za-z] [A-Za-z] [A-Za-z]"
    r"|[A-Za-z0-9@_\-][ ]?[" + _NUMERAL + r"]|[" + _NUMERAL + r"][ ]?[A-Za-z0-9@]"
)
_AT_AHEAD = re.compile(r"艾特|爱特|圈a|@")
#: A numeral that begins a word after a value (``…八九一下``, ``两个``) is no digit.
_WORD_AFTER = re.compile(r"(?:一[直下定般样起共点些]|两[个天次位块])")


def _ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _neighbour(t: str, i: int, step: int) -> tuple[int, str]:
    """The character next to position ``i`` (``step`` -1: before it, +1: at or after it), over one space."""
    j = i - 1 if step < 0 else i
    if 0 <= j < len(t) and t[j] == " ":
        j += step
    return (j, t[j]) if 0 <= j < len(t) else (j, "")


def spoken_reading(t: str) -> tuple[str, list[Span]] | None:
    """The text as a typist would have written what was dictated, or ``None`` when nothing is to rewrite.

    Returns the reading and, for each of its characters, the ``(start, end)``
    of the text it stands for; a find ``[a, b)`` in the reading is
    ``[spans[a][0], spans[b - 1][1])`` in ``t``.

    Examples
    --------
    >>> spoken_reading("我微信号是wuchao杠八九你加我一下")[0]
    '我微信号是wuchao-89你加我一下'
    >>> spoken_reading("邮箱L I U T I N G零九幺八艾特163点com")[0]
    '邮箱liuting0918@163.com'
    >>> spoken_reading("车牌粤A九零九九九，三点半到") [0]
    '车牌粤A90999，三点半到'
    >>> spoken_reading("明天三点半到") is None
    True
    """
    if not _TRIGGER.search(t):
        return None
    tokens = list(_TOKEN.finditer(t))
    seps: dict[int, tuple[int, int, str]] = {}  # token start -> (start, end incl. spaces, char)
    for m in tokens:
        word = m.group("sep")
        if word is None:
            continue
        a, b = m.span()
        la, left = _neighbour(t, a, -1)
        rb, right = _neighbour(t, b, 1)
        left_ok = _ascii_alnum(left) or left in _NUMERAL
        if word == "点":
            # before a domain's letters, or between the parts of a name before the @ (``summer点631艾特…``)
            right_ok = (right.isascii() and right.isalpha()) or (
                _ascii_alnum(right) and _AT_AHEAD.search(t, b, b + 24) is not None)
        else:
            right_ok = _ascii_alnum(right) or right in _NUMERAL
        if left_ok and right_ok:
            seps[a] = (la + 1, rb, _SEPARATORS[word])
    sep_ends = {v[1]: v for v in seps.values()}
    sep_starts = {v[0]: v for v in seps.values()}

    edits: list[tuple[int, int, list[tuple[str, Span]]]] = []  # (start, end, [(char, span)])
    for m in tokens:
        a, b = m.span()
        if m.group("sep") is not None:
            if a in seps:
                s, e, ch = seps[a]
                edits.append((s, e, [(ch, (s, e))]))
        elif m.group("num") is not None:
            tail = _WORD_AFTER.search(t, max(a, b - 1), b + 1)
            if tail is not None and tail.start() == b - 1:
                b -= 1  # ``…九一下``: the last numeral begins a word
            if b <= a:
                continue
            la, left = _neighbour(t, a, -1)
            rb, right = _neighbour(t, b, 1)
            left_ok = _ascii_alnum(left) or left in "@_-." or a in sep_ends
            right_ok = _ascii_alnum(right) or right == "@" or b in sep_starts
            # One numeral alone only between two such, or glued after a letter and ending the value (``青HC八八T六``).
            single_ok = left_ok and right_ok or (la == a - 1 and left.isascii() and left.isalpha()
                                                 and not ("\u4e00" <= t[b : b + 1] <= "\u9fff"))
            if not (left_ok or right_ok) or (b - a == 1 and not single_ok):
                continue
            # A space between letters and the digits they run on with is the recogniser's (``LIYAN 幺九八八``).
            s = la + 1 if left_ok and left.isascii() and left.isalpha() and la == a - 2 else a
            edits.append((s, b, [(c.translate(_NUMERAL_DIGIT), (i, i + 1)) for i, c in enumerate(t[a:b], a)]))
        elif m.group("x") is not None:
            edits.append((a, b, [("X", (a, b))]))
        else:
            letters = [(c.lower(), (i, i + 1)) for i, c in enumerate(t[a:b], a) if c != " "]
            edits.append((a, b, letters))
    if not edits:
        return None
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    for s, e, chars in sorted(edits):
        if s < pos:  # overlapping edits (a space taken twice): keep the first
            continue
        for i in range(pos, s):
            out.append(t[i])
            spans.append((i, i + 1))
        for c, sp in chars:
            out.append(c)
            spans.append(sp)
        pos = e
    for i in range(pos, len(t)):
        out.append(t[i])
        spans.append((i, i + 1))
    reading = "".join(out)
    return (reading, spans) if reading != t else None

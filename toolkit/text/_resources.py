"""Word lists shipped in ``toolkit/text/data``."""

from __future__ import annotations

import functools
from importlib import resources

from .normalize import normalize_text

__all__ = ["default_stopwords", "default_user_words", "parse_word_lines"]


def parse_word_lines(lines: str) -> tuple[tuple[str, int | None, str | None], ...]:
    """Parse jieba-style ``word [freq] [tag]`` lines; ``#`` starts a comment line.

    Words are normalized with :func:`normalize_text` defaults so they match
    normalized text.

    Examples
    --------
    >>> parse_word_lines("# c\\n花唄 5 n\\n\\nK宝\\n")
    (('花呗', 5, 'n'), ('k宝', None, None))
    """
    entries = []
    for raw in lines.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = normalize_text(parts[0])
        freq: int | None = None
        tag: str | None = None
        rest = parts[1:]
        if rest and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest:
            tag = rest[0]
        entries.append((word, freq, tag))
    return tuple(entries)


def _read(name: str) -> str:
    return resources.files("toolkit.text").joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The shipped stopword list ``data/stopwords_zh.txt`` (our own, ~180 words).

    Examples
    --------
    >>> sw = default_stopwords()
    >>> "的" in sw, "怎么" in sw, "不" in sw
    (True, False, False)
    """
    return frozenset(word for word, _, _ in parse_word_lines(_read("stopwords_zh.txt")))


@functools.lru_cache(maxsize=1)
def default_user_words() -> tuple[tuple[str, int | None, str | None], ...]:
    """The shipped domain dictionary ``data/user_dict_zh.txt`` as ``(word, freq, tag)``.

    Examples
    --------
    >>> words = [w for w, _, _ in default_user_words()]
    >>> "花呗" in words and "企业微信" in words
    True
    """
    return parse_word_lines(_read("user_dict_zh.txt"))

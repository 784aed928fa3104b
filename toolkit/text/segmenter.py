"""Chinese word segmentation (rjieba) with a domain dictionary and stopwords.

:class:`Segmenter` owns its own ``rjieba.Jieba`` instance (rjieba 0.2 has a
per-instance dictionary, so segmenters with different user words never
interfere and the module-level ``rjieba`` default instance is never touched).
:func:`segment` is the one-call form and reuses a small cache of segmenters.

Examples
--------
>>> segment("請問花唄分期怎麼還款？")
['花呗', '分期', '怎么', '还款']
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from ._resources import default_stopwords, default_user_words, parse_word_lines
from .normalize import normalize_text

#: A maximal run of letters and digits: ``[^\W_]`` is exactly ``str.isalnum``
#: (``\w`` is isalnum or "_"; checked over every code point).
_ALNUM_RUN = re.compile(r"[^\W_]+")

__all__ = ["Segmenter", "char_ngrams", "segment"]

Mode = Literal["default", "search"]
_MODES = ("default", "search")
_Entry = tuple[str, "int | None", "str | None"]
UserWords = Iterable["str | tuple[Any, ...]"] | os.PathLike[str]


def _check_mode(mode: object) -> None:
    if mode not in _MODES:
        raise ValueError(f"mode must be 'default' or 'search'; got {mode!r}")


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool; got {type(value).__name__}")


def _coerce_words(words: UserWords, name: str) -> tuple[_Entry, ...]:
    """User words as normalized ``(word, freq, tag)`` entries."""
    if isinstance(words, os.PathLike):
        return parse_word_lines(Path(words).read_text(encoding="utf-8"))
    if isinstance(words, (str, bytes)):
        raise TypeError(
            f"{name} must be an iterable of words or a path (pathlib.Path); got a "
            "bare string (wrap one word in a list)"
        )
    entries: list[_Entry] = []
    for item in words:
        if isinstance(item, str):
            word, freq, tag = item, None, None
        elif isinstance(item, tuple) and 1 <= len(item) <= 3:
            word, freq, tag = (*item, None, None)[:3]
        else:
            raise TypeError(
                f"{name} entries must be str or (word, freq, tag) tuples; "
                f"got {type(item).__name__}"
            )
        if not isinstance(word, str) or not (freq is None or isinstance(freq, int)):
            raise TypeError(f"{name} entries must be (str, int or None, str or None)")
        word = normalize_text(word)
        if word:
            entries.append((word, freq, tag))
    return tuple(entries)


def _coerce_stopwords(stopwords: Iterable[str] | None) -> frozenset[str]:
    if stopwords is None:
        return default_stopwords()
    if isinstance(stopwords, (str, bytes)):
        raise TypeError("stopwords must be an iterable of words; got a bare string")
    out = set()
    for word in stopwords:
        if not isinstance(word, str):
            raise TypeError(f"stopwords must hold str; got {type(word).__name__}")
        out.add(normalize_text(word))
    out.discard("")
    return frozenset(out)


class Segmenter:
    """A picklable rjieba tokenizer with a domain dictionary and stopwords.

    The shipped domain dictionary (``toolkit/text/data/user_dict_zh.txt``:
    花呗, 借呗, 企微, 会话存档, 开发票, 七天无理由, ...) is always loaded unless
    ``use_default_dict=False``; ``user_words`` and :meth:`add_words` extend
    it. The settings are read-only properties; only :meth:`add_words`
    changes a segmenter.

    Parameters
    ----------
    user_words : iterable of str or tuple, or path-like, default ()
        Extra words: strings, ``(word, freq, tag)`` tuples (``freq`` and
        ``tag`` may be ``None``), or a :class:`pathlib.Path` to a jieba-style
        ``word [freq] [tag]`` file. Words are normalized like the text.
    stopwords : iterable of str, optional
        Tokens to drop. ``None`` uses the shipped list
        (``toolkit/text/data/stopwords_zh.txt``, ~180 words); ``()`` keeps
        every token. Replaces, not extends, the shipped list.
    mode : {"default", "search"}, default "default"
        ``"search"`` uses ``rjieba.cut_for_search``: long words also yield
        their sub-words (开发票 -> 开发, 发票, 开发票).
    keep_punct : bool, default False
        Keep punctuation and symbol tokens. Whitespace tokens are always
        dropped.
    use_default_dict : bool, default True
        Load the shipped domain dictionary.

    Raises
    ------
    TypeError
        If ``user_words`` is a bare string or holds something other than
        words, or ``keep_punct`` / ``use_default_dict`` is not a bool.
    ValueError
        If ``mode`` is not ``"default"`` or ``"search"``.

    See Also
    --------
    segment : One call, with a cached segmenter.

    Notes
    -----
    Calling the segmenter is :meth:`cut` with its settings, so it can be
    given to scikit-learn as ``TfidfVectorizer(tokenizer=seg,
    token_pattern=None, lowercase=False)``. Pickling keeps the settings and
    words only; the rjieba dictionary (about 0.1 s to build) is rebuilt on
    first use after unpickling or copying. One segmenter can be shared by
    threads: building and :meth:`add_words` take a lock.

    Examples
    --------
    >>> seg = Segmenter()
    >>> seg("企微小助手怎么开发票")
    ['企微小助手', '怎么', '开发票']
    >>> seg.cut("怎么开发票", mode="search")
    ['怎么', '开发', '发票', '开发票']
    >>> seg.add_words(["云朵会员卡"]).cut("我的云朵会员卡")
    ['云朵会员卡']
    >>> import pickle
    >>> pickle.loads(pickle.dumps(seg))("我的云朵会员卡")
    ['云朵会员卡']
    """

    def __init__(
        self,
        user_words: UserWords = (),
        stopwords: Iterable[str] | None = None,
        *,
        mode: Mode = "default",
        keep_punct: bool = False,
        use_default_dict: bool = True,
    ) -> None:
        _check_mode(mode)
        _check_bool("keep_punct", keep_punct)
        _check_bool("use_default_dict", use_default_dict)
        self._user_words = _coerce_words(user_words, "user_words")
        self._stopwords = _coerce_stopwords(stopwords)
        self._mode: Mode = mode
        self._keep_punct = keep_punct
        self._use_default_dict = use_default_dict
        self._jieba: Any = None
        self._lock = threading.Lock()

    # -- read-only settings -------------------------------------------------
    @property
    def user_words(self) -> tuple[str, ...]:
        """The words added on top of the shipped dictionary, in order."""
        return tuple(word for word, _, _ in self._user_words)

    @property
    def stopwords(self) -> frozenset[str]:
        """The tokens dropped from every cut."""
        return self._stopwords

    @property
    def mode(self) -> Mode:
        """``"default"`` or ``"search"``."""
        return self._mode

    @property
    def keep_punct(self) -> bool:
        """Whether punctuation tokens are kept."""
        return self._keep_punct

    @property
    def use_default_dict(self) -> bool:
        """Whether the shipped domain dictionary is loaded."""
        return self._use_default_dict

    # -- rjieba state ---------------------------------------------------------
    def _entries(self) -> tuple[_Entry, ...]:
        shipped = default_user_words() if self._use_default_dict else ()
        return shipped + self._user_words

    def _tokenizer(self) -> Any:
        jieba = self._jieba
        if jieba is None:
            with self._lock:
                if self._jieba is None:
                    import rjieba  # noqa: PLC0415  (lazy: the dictionary loads on first use)

                    new = rjieba.Jieba()
                    for word, freq, tag in self._entries():
                        new.add_word(word, freq, tag)
                    self._jieba = new
                jieba = self._jieba
        return jieba

    def add_words(self, words: UserWords) -> Segmenter:
        """Add words to this segmenter's dictionary.

        Parameters
        ----------
        words : iterable of str or tuple, or path-like
            As ``user_words`` of the constructor.

        Returns
        -------
        Segmenter
            ``self``, so that calls chain.

        Raises
        ------
        TypeError
            If ``words`` is a bare string or holds something other than words.

        Examples
        --------
        >>> seg = Segmenter(use_default_dict=False, stopwords=())
        >>> seg("企微小助手")
        ['企', '微小', '助手']
        >>> seg.add_words(["企微小助手"])("企微小助手")
        ['企微小助手']
        >>> seg.user_words
        ('企微小助手',)
        """
        entries = _coerce_words(words, "words")
        with self._lock:
            self._user_words += entries
            if self._jieba is not None:
                for word, freq, tag in entries:
                    self._jieba.add_word(word, freq, tag)
        return self

    # -- cutting ----------------------------------------------------------------
    def cut(
        self,
        text: str | None,
        *,
        mode: Mode | None = None,
        keep_punct: bool | None = None,
        normalized: bool = False,
    ) -> list[str]:
        """Tokens of one message, without stopwords and punctuation.

        Parameters
        ----------
        text : str or None
            The message; missing values give ``[]``.
        mode : {"default", "search"}, optional
            Overrides the segmenter's ``mode`` for this call.
        keep_punct : bool, optional
            Overrides the segmenter's ``keep_punct`` for this call.
        normalized : bool, default False
            ``text`` has already been through :func:`normalize_text` (with
            any options); skip normalizing it again.

        Returns
        -------
        list of str
            Tokens in text order (search mode adds sub-words before the
            word that contains them).

        Raises
        ------
        TypeError
            If ``text`` is neither a string nor missing.
        ValueError
            If ``mode`` is not ``"default"`` or ``"search"``.

        Examples
        --------
        >>> Segmenter()("您好，我想问一下借唄額度！！")
        ['借呗', '额度']
        >>> Segmenter().cut("借呗额度!!", keep_punct=True)
        ['借呗', '额度', '!']
        """
        mode = self._mode if mode is None else mode
        _check_mode(mode)
        keep_punct = self._keep_punct if keep_punct is None else keep_punct
        _check_bool("keep_punct", keep_punct)
        _check_bool("normalized", normalized)
        if normalized:
            if not isinstance(text, str):
                raise TypeError(
                    f"text must be a str when normalized=True; got {type(text).__name__}"
                )
        else:
            text = normalize_text(text)
        if not text:
            return []
        jieba = self._tokenizer()
        tokens = jieba.cut(text) if mode == "default" else jieba.cut_for_search(text)
        stop = self._stopwords
        if keep_punct:
            return [t for t in tokens if t.strip() and t not in stop]
        return [t for t in tokens if t not in stop and any(c.isalnum() for c in t)]

    def __call__(self, text: str | None) -> list[str]:
        """Same as :meth:`cut` with the segmenter's settings."""
        return self.cut(text)

    # -- pickling, copying, comparing -----------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        return {
            "user_words": self._user_words,
            "stopwords": self._stopwords,
            "mode": self._mode,
            "keep_punct": self._keep_punct,
            "use_default_dict": self._use_default_dict,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._user_words = tuple(state["user_words"])
        self._stopwords = frozenset(state["stopwords"])
        self._mode = state["mode"]
        self._keep_punct = state["keep_punct"]
        self._use_default_dict = state["use_default_dict"]
        self._jieba = None
        self._lock = threading.Lock()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Segmenter):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    __hash__ = None  # type: ignore[assignment]  # mutable through add_words

    def __repr__(self) -> str:
        return (
            f"Segmenter(n_user_words={len(self._user_words)}, "
            f"n_stopwords={len(self._stopwords)}, mode={self._mode!r}, "
            f"keep_punct={self._keep_punct}, use_default_dict={self._use_default_dict})"
        )


@functools.lru_cache(maxsize=8)
def _cached_segmenter(
    user_words: tuple[_Entry, ...], stopwords: frozenset[str] | None
) -> Segmenter:
    return Segmenter(user_words, stopwords)


def segment(
    text: str | None,
    *,
    user_dict: UserWords | None = None,
    stopwords: Iterable[str] | None = None,
    mode: Mode = "default",
    keep_punct: bool = False,
    normalized: bool = False,
) -> list[str]:
    """Segment one message into words with rjieba.

    The text is normalized with :func:`normalize_text` defaults (unless
    ``normalized=True``), cut with the shipped domain dictionary plus
    ``user_dict``, and stripped of stopwords, punctuation and whitespace.

    Parameters
    ----------
    text : str or None
        The message; missing values give ``[]``.
    user_dict : iterable of str or tuple, or path-like, optional
        Extra words on top of the shipped dictionary (see :class:`Segmenter`).
    stopwords : iterable of str, optional
        Tokens to drop; ``None`` uses the shipped list, ``()`` drops none.
    mode : {"default", "search"}, default "default"
        ``"search"`` adds sub-words of long words (``rjieba.cut_for_search``).
    keep_punct : bool, default False
        Keep punctuation tokens.
    normalized : bool, default False
        ``text`` is already normalized; do not normalize it again.

    Returns
    -------
    list of str
        The tokens, in text order.

    Raises
    ------
    TypeError
        If ``text`` is neither a string nor missing, or ``user_dict`` /
        ``stopwords`` is a bare string.
    ValueError
        If ``mode`` is not ``"default"`` or ``"search"``.

    See Also
    --------
    Segmenter : The reusable, picklable tokenizer behind this function.
    normalize_text : The normalization applied first.

    Notes
    -----
    Up to eight segmenters (one per distinct ``user_dict`` and ``stopwords``)
    are cached; for a loop over many messages with one custom dictionary a
    :class:`Segmenter` is clearer.

    Examples
    --------
    >>> segment("花呗分期")
    ['花呗', '分期']
    >>> segment("怎么开发票", mode="search")
    ['怎么', '开发', '发票', '开发票']
    >>> segment("我的云朵会员卡", user_dict=["云朵会员卡"])
    ['云朵会员卡']
    >>> segment("我的花呗", stopwords=())
    ['我', '的', '花呗']
    """
    words = () if user_dict is None else _coerce_words(user_dict, "user_dict")
    stop = None if stopwords is None else _coerce_stopwords(stopwords)
    return _cached_segmenter(words, stop).cut(
        text, mode=mode, keep_punct=keep_punct, normalized=normalized
    )


def char_ngrams(
    text: str | None, n: int | tuple[int, int] = (1, 2), *, normalized: bool = False
) -> list[str]:
    """Character n-grams of the normalized text, without spaces and punctuation.

    n-grams do not span whitespace, punctuation or symbols: the text is
    split into runs of letters and digits (CJK characters included) first.

    Parameters
    ----------
    text : str or None
        The message; missing values give ``[]``.
    n : int or (int, int), default (1, 2)
        One size, or the smallest and largest size (like scikit-learn's
        ``ngram_range``).
    normalized : bool, default False
        ``text`` is already normalized; do not normalize it again.

    Returns
    -------
    list of str
        All n-grams of the smallest size in text order, then the next size.

    Raises
    ------
    TypeError
        If ``text`` is neither a string nor missing.
    ValueError
        If ``n`` is not a positive int or an ordered pair of them.

    Examples
    --------
    >>> char_ngrams("開發票？好")
    ['开', '发', '票', '好', '开发', '发票']
    >>> char_ngrams("开发票", n=3)
    ['开发票']
    """
    if isinstance(n, int) and not isinstance(n, bool):
        low, high = n, n
    elif (
        isinstance(n, tuple)
        and len(n) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in n)
    ):
        low, high = n
    else:
        raise ValueError(f"n must be a positive int or a (min, max) pair; got {n!r}")
    if not 1 <= low <= high:
        raise ValueError(f"n must satisfy 1 <= min <= max; got {n!r}")
    if not normalized:
        text = normalize_text(text)
    elif not isinstance(text, str):
        raise TypeError(f"text must be a str when normalized=True; got {type(text).__name__}")
    runs = _ALNUM_RUN.findall(text)  # maximal runs of str.isalnum() characters
    if low == high == 2 and len(runs) == 1:  # the common case: bigrams of one run
        run = runs[0]
        return [run[i : i + 2] for i in range(len(run) - 1)]
    return [
        run[i : i + size]
        for size in range(low, high + 1)
        for run in runs
        for i in range(len(run) - size + 1)
    ]

"""Does the KB fit the archive? Answered share of the questions against what a meaningless KB gets by chance.

See :func:`kb_fit` for an example.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy.stats import binomtest
from sklearn.utils.validation import check_is_fitted

from toolkit.text import Segmenter, default_stopwords

from .match import KBMatcher
from .._validate import check_random_state, require_columns
from toolkit.archive.schema import BOOL, FLOAT, INT, OBJECT

__all__ = ["FIT_TABLE_COLUMNS", "KBFit", "kb_fit"]

#: Columns of :attr:`KBFit.table`.
FIT_TABLE_SCHEMA: dict[str, str] = {
    "topic_id": INT,  # nullable Int64: <NA> on the one overall row
    "n_questions": INT,
    "n_answered": INT,
    "answered_share": FLOAT,
    "n_chance": FLOAT,  # mean over the null KBs, not a count
    "chance_share": FLOAT,
    "lift": FLOAT,
    "win_share": FLOAT,
    "p_value": FLOAT,
    "covered": BOOL,
    "top_kb_ids": OBJECT,  # list of kb_id
}
FIT_TABLE_COLUMNS: tuple[str, ...] = tuple(FIT_TABLE_SCHEMA)

Verdict = Literal["fits", "partly", "does_not_fit"]

# Question-frame words kept in place in the null KB (besides the segmenter's stopwords and punctuation).
_FRAME_WORDS = frozenset("吗 呢 吧 嘛 啊 呀 么 怎么 怎样 怎么样 怎么办 如何 为什么 为啥 为何 什么 啥 多少 多久 多长 多大 几 几天 哪 哪里 "
                         "哪儿 哪个 谁 是否 能否 可否 何时 咋 咋办 可不可以 能不能 有没有 是不是 会不会 要不要 请问 问 想 要 能 会 是 有 "
                         "没有 不 没 我 我的 你 您 的 了 在 和 还 就 都 时间 时候".split())
_ALNUM = re.compile(r"[^\W_]")
_ASCII_END, _ASCII_START = re.compile(r"[A-Za-z0-9]$"), re.compile(r"^[A-Za-z0-9]")


@dataclass(frozen=True)
class KBFit:
    """How well a KB fits an archive's questions (see :func:`kb_fit`).

    Attributes
    ----------
    verdict : {"fits", "partly", "does_not_fit"}
    message : str
        One or two plain sentences with the figures.
    answered_share, chance_share : float
        Share of the questions whose best entry scores ``>= threshold``,
        with the KB and with the null KB (NaN without questions).
    n_questions, covered_share : int, float
        Questions, and the share in covered topics (without topics 1 or 0).
    table : pandas.DataFrame
        :data:`FIT_TABLE_COLUMNS`, per topic or one overall row.
    entries : pandas.DataFrame
        One row per KB entry: ``kb_id``, ``n_matched`` (questions whose best
        entry it is at ``score >= threshold``), ``n_matched_covered`` (of
        them, in covered topics), ``covered`` (bool).
    """

    verdict: Verdict
    message: str
    answered_share: float
    chance_share: float
    n_questions: int
    covered_share: float
    table: pd.DataFrame
    entries: pd.DataFrame

    @property
    def fits(self) -> bool:
        """True when the verdict is ``"fits"``."""
        return self.verdict == "fits"

    def covers(self, kb_id: str) -> bool:
        """Whether drafts and answer verdicts may be shown for entry ``kb_id``.

        Raises
        ------
        KeyError
            If ``kb_id`` is not a KB entry.
        """
        hit = self.entries.loc[self.entries["kb_id"] == str(kb_id), "covered"]
        if hit.empty:
            raise KeyError(f"kb_id {kb_id!r} is not in the KB")
        return bool(hit.iloc[0])


def kb_fit(
    kb: pd.DataFrame,
    questions: pd.DataFrame | pd.Series | Sequence[str],
    matcher: KBMatcher | None = None,
    *,
    topics: Sequence[int] | np.ndarray | pd.Series | str | None = None,
    threshold: float = 0.5,
    alpha: float = 0.01,
    min_share: float = 0.2,
    min_excess: float = 0.1,
    min_win: float = 2 / 3,
    fits_share: float = 0.5,
    partly_share: float = 0.1,
    n_null: int = 1,
    random_state: int | np.random.Generator | None = 0,
) -> KBFit:
    """Tell whether a KB is about what the archive's customers ask, against chance.

    A question is *answered* when its best entry (``matcher.match(texts,
    k=1)``) scores ``>= threshold``. The same questions are matched against
    a *null KB*, the KB with its meaning destroyed and its words kept (see
    Notes), in a ``KBMatcher(**matcher.get_params())``. A topic (without
    ``topics``: the archive) is *covered* when its answered share is at
    least ``min_share``, above the null rate in a one-sided binomial test
    at level ``alpha``, and above chance by a useful margin: by
    ``min_excess``, or the KB's best score beats the null KB's on at least
    ``min_win`` of the questions (``win_share``: paired, ties left out; it
    does not saturate when both KBs pass the threshold on nearly every
    question). Verdict: ``"fits"`` when covered topics hold ``fits_share``
    of the questions, ``"partly"`` when they hold ``partly_share``, else
    ``"does_not_fit"``; without topics ``"fits"`` when covered, ``"partly"``
    when the test passes with ``min_win`` or half of ``min_excess``.

    Callers withhold drafts: show weak-answer verdicts and drafted fixes
    only for entries with ``fit.covers(kb_id)`` (``fit.entries["covered"]``).

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id``, ``question`` (``answer`` and others ignored), as
        :attr:`toolkit.kb.KnowledgeBase.entries`.
    questions : pandas.DataFrame, pandas.Series or list of str
        Texts, or a frame with ``text`` (e.g. from
        :func:`toolkit.questions.extract_questions`; only rows with
        ``is_question`` when that column exists). Missing or empty texts
        count as unanswered questions.
    matcher : KBMatcher, optional
        Fitted on ``kb``; by default ``KBMatcher().fit(kb)`` (USE embedder).
    topics : array-like of int or str, optional
        A topic label per question row (``-1`` = long tail, reported as one
        row), aligned with all rows of ``questions`` or with its question
        rows only (e.g. ``FrequentQuestions(...).fit(texts).topic_labels_``),
        or the name of a column of ``questions``. Without it, one overall row.
    threshold : float, default 0.5
        Calibrated score from which an entry answers a question.
    alpha : float, default 0.01
        Level of the one-sided binomial test (answered > null rate).
    min_share : float, default 0.2
        Smallest answered share of a covered topic.
    min_excess : float, default 0.1
        Smallest ``answered_share - chance_share`` of a covered topic (on a
        large archive a tiny margin is significant but means little).
    min_win : float, default 2/3
        Or the smallest ``win_share`` of a covered topic (chance: about 1/2).
    fits_share, partly_share : float, default 0.5 and 0.1
        Share of the questions in covered topics for "fits" and "partly".
    n_null : int, default 1
        Null KBs drawn; chance is their mean (each costs a fit and a match).
    random_state : int, numpy.random.Generator or None, default 0
        Draws the permutations of the null KBs.

    Returns
    -------
    KBFit
        ``table`` columns: ``topic_id`` (Int64, ``<NA>`` for the overall
        row), ``n_questions``, ``n_answered``, ``answered_share``,
        ``n_chance`` (mean answered by the null KBs), ``chance_share``,
        ``lift`` (``(n_answered + 1) / (n_chance + 1)``), ``win_share``, ``p_value``,
        ``covered``, ``top_kb_ids`` (up to 3 entries answering most of the
        topic's questions). Rows by ``n_questions`` descending, then
        ``topic_id``.

    Raises
    ------
    TypeError
        If ``kb`` is not a DataFrame, ``questions`` is a string or holds
        non-text, or ``matcher`` is not a :class:`KBMatcher`.
    SchemaError
        If ``kb`` lacks ``kb_id``/``question``, ``questions`` lacks ``text``.
    ValueError
        If an option is out of range or ``topics`` is malformed.
    sklearn.exceptions.NotFittedError
        If ``matcher`` is not fitted.

    See Also
    --------
    toolkit.kb.coverage : Which frequent questions the KB answers.
    toolkit.kb.score_answers : Answer quality, to gate with ``fit.covers``.

    Notes
    -----
    Null KB: each phrasing keeps its question frame (stopwords of
    :func:`toolkit.text.default_stopwords`, interrogatives such as 怎么, 多久,
    吗, punctuation) in place, and the KB's content words
    (:class:`toolkit.text.Segmenter` words) are dealt out to the phrasings
    in a seeded random permutation: same entries, lengths, words and
    question forms; what an entry is about is random. Chance is what the
    words and question forms earn alone: generic phrasings (怎么办, 是真的吗)
    score as well scrambled as intact. Dropped: permuting every word
    (word salad: an unrelated fluent KB beats it by far; USE, sample
    archive x nonghang bank KB: 3.8% answered, 0.4% chance, 1.3% with this
    null) and shuffling characters within a phrasing (keeps the topic:
    10% "chance" on the sample KB against 6.5% for permuted words).
    Limits: one topical word in a frame (退货 + 多久) is a real question, so
    chance is above zero on a fitting KB; on a large one-domain KB the
    words are the topic (atec 花呗/借呗 as KB: 99.8% answered, 97.3% chance;
    ``win_share`` 0.90, unrelated pairs 0.44-0.49). The test counts
    distinct texts (repeats are not independent), null rate ``(chance + 1)
    / (texts + 2)``; shares count every question. With ``embedder="none"``
    the lexical score passes 0.5 on most shared words: chance is high.

    Examples
    --------
    >>> import pandas as pd
    >>> from toolkit.kb import KBMatcher
    >>> bank = pd.DataFrame({"kb_id": ["B1", "B2", "B3", "B4"],
    ...                      "question": ["信用卡年费怎么收", "房贷利率是多少", "网银密码忘了", "银行卡怎么挂失"]})
    >>> qs = ["退货的运费谁出", "快递要几天到", "怎么开发票", "保修多久", "运费谁承担呀", "发票能开吗"]
    >>> fit = kb_fit(bank, qs, KBMatcher(embedder="none").fit(bank))
    >>> fit.table[["n_questions", "n_answered", "covered"]]
       n_questions  n_answered  covered
    0            6           0    False
    >>> fit.verdict, fit.covers("B1")
    ('does_not_fit', False)
    >>> fit.message
    'The KB does not fit this archive: 0.0% of 6 questions get an entry at score >= 0.5, against 0.0% for a meaningless KB with the same words. Drafts and weak-answer verdicts are withheld.'
    """
    require_columns(kb, ["kb_id", "question"], "kb", hint="pass the frame load_kb returns")
    for name, v in (("threshold", threshold), ("alpha", alpha), ("min_share", min_share), ("min_excess", min_excess),
                    ("min_win", min_win), ("fits_share", fits_share), ("partly_share", partly_share)):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
            raise ValueError(f"{name} must be a number in [0, 1]; got {v!r}")
    if partly_share > fits_share:
        raise ValueError(f"partly_share must be <= fits_share; got {partly_share!r} > {fits_share!r}")
    if isinstance(n_null, bool) or not isinstance(n_null, (int, np.integer)) or n_null < 1:
        raise ValueError(f"n_null must be a positive int; got {n_null!r}")
    texts, topic = _question_texts(questions, topics)
    if matcher is None:
        matcher = KBMatcher().fit(kb) if len(kb) else KBMatcher()
    elif not isinstance(matcher, KBMatcher):
        raise TypeError(f"matcher must be a fitted toolkit.kb.KBMatcher; got {type(matcher).__name__}")
    n = len(texts)
    if not (empty_kb := len(kb) == 0 or getattr(matcher, "n_entries_", None) == 0):
        check_is_fitted(matcher, "entries_")
    kb_ids = sorted(set(kb["kb_id"].dropna().astype(str)))
    if empty_kb or n == 0:
        why = "The KB has no entries" if empty_kb else "There are no questions to judge the KB by"
        return _empty_fit(kb_ids, n, f"{why}: it cannot be shown to fit. Drafts and weak-answer verdicts are withheld.")

    uniq, inv = np.unique(np.asarray(texts, dtype=str), return_inverse=True)
    ulist: list[str] = uniq.tolist()
    qe = matcher.embed_queries(ulist) if matcher.embedder != "none" else None
    best_id, score = _answered(matcher, ulist, qe)
    rng = check_random_state(random_state)
    null_ok, win, dec = np.zeros(len(ulist)), np.zeros(len(ulist)), np.zeros(len(ulist))
    for _ in range(int(n_null)):  # each null KB: same matcher settings, its own permutation
        ns = _answered(KBMatcher(**matcher.get_params()).fit(_null_kb(kb, rng)), ulist, qe)[1]
        null_ok, win, dec = null_ok + (ns >= threshold), win + (score > ns), dec + (score != ns)
    frame = pd.DataFrame({"u": inv, "topic": topic, "ok": (score >= threshold)[inv], "null": null_ok[inv] / n_null,
                          "win": win[inv] / n_null, "dec": dec[inv] / n_null, "kb_id": best_id[inv]})
    rows = [_topic_row(tid, g, alpha=alpha, min_share=min_share, min_excess=min_excess, min_win=min_win)
            for tid, g in (frame.groupby("topic", sort=True) if topics is not None else [(pd.NA, frame)])]
    table = pd.DataFrame(rows, columns=list(FIT_TABLE_COLUMNS))
    table["topic_id"] = table["topic_id"].astype("Int64")
    table = table.sort_values(["n_questions", "topic_id"], ascending=[False, True], kind="stable")
    table = table.reset_index(drop=True)
    covered_topics = set(table.loc[table["covered"], "topic_id"].dropna().astype(int))
    answered, chance = float(frame["ok"].mean()), float(frame["null"].mean())
    if topics is None:
        row = table.iloc[0]
        covered_share = 1.0 if bool(row["covered"]) else 0.0
        passed = row["p_value"] <= alpha and (answered - chance >= min_excess / 2 or row["win_share"] >= min_win)
        verdict: Verdict = "fits" if covered_share else "partly" if passed else "does_not_fit"
        in_covered = np.full(n, covered_share > 0)
    else:
        in_covered = frame["topic"].isin(covered_topics).to_numpy()
        covered_share = float(in_covered.mean())
        verdict = ("fits" if covered_share >= fits_share else
                   "partly" if covered_share >= partly_share and covered_share > 0 else "does_not_fit")
    hits = frame[frame["ok"].astype(bool)]
    entries = pd.DataFrame({"kb_id": pd.Series(kb_ids, dtype="str")})
    for col, h in (("n_matched", hits), ("n_matched_covered", hits[in_covered[hits.index]])):
        entries[col] = entries["kb_id"].map(h["kb_id"].value_counts()).fillna(0).astype("int64")
    # with topics: most of its answered questions lie in covered topics; without: the verdict
    entries["covered"] = (verdict != "does_not_fit" if topics is None else
                          (entries["n_matched"] > 0) & (2 * entries["n_matched_covered"] > entries["n_matched"]))
    message = _message(verdict, answered, chance, n, threshold, covered_share, topics is not None,
                       len(covered_topics), len(table))
    return KBFit(verdict=verdict, message=message, answered_share=answered, chance_share=chance,
                 n_questions=n, covered_share=covered_share, table=table, entries=entries)


def _question_texts(questions: Any, topics: Any) -> tuple[list[str], np.ndarray]:
    """Question texts (``is_question`` rows) and their topic labels (0 without topics)."""
    if isinstance(questions, (str, bytes)):
        raise TypeError("questions must be a frame, Series or list of str, not a single string")
    mask = None
    if isinstance(questions, pd.DataFrame):
        require_columns(questions, ["text"], "questions", hint="pass the frame extract_questions returns")
        raw = questions["text"].tolist()
        if "is_question" in questions.columns:
            mask = questions["is_question"].fillna(False).astype(bool).to_numpy()
        if isinstance(topics, str):
            require_columns(questions, [topics], "questions", hint="topics names a column of questions")
            topics = questions[topics].to_numpy()
    elif isinstance(questions, Iterable):
        if isinstance(topics, str):
            raise ValueError("topics may name a column only when questions is a DataFrame")
        raw = list(questions)
    else:
        raise TypeError(f"questions must be a frame, Series or list of str; got {type(questions).__name__}")
    bad = [i for i, t in enumerate(raw) if not (isinstance(t, str) or t is None or t is pd.NA or t != t)]
    if bad:
        raise TypeError(f"questions must hold text; item {bad[0]} is {type(raw[bad[0]]).__name__}")
    n_all = len(raw)
    texts = [t if isinstance(t, str) else "" for i, t in enumerate(raw) if mask is None or mask[i]]
    if topics is None:
        return texts, np.zeros(len(texts), np.int64)
    lab = pd.to_numeric(pd.Series(np.asarray(topics, dtype=object)), errors="coerce")
    if lab.isna().any() or (lab % 1 != 0).any():
        raise ValueError("topics must hold integer labels (-1 for the long tail)")
    lab_a = lab.to_numpy(dtype=np.int64)
    if mask is not None and len(lab_a) == n_all and n_all != len(texts):
        lab_a = lab_a[mask]
    if len(lab_a) != len(texts):
        raise ValueError(f"topics must have one label per question ({len(texts)}"
                         f"{f' or per row, {n_all}' if mask is not None else ''}); got {len(lab_a)}")
    return texts, lab_a


def _answered(m: KBMatcher, texts: list[str], qe: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Best kb_id (None if none) and its score (0 if none), per text."""
    best, score = np.full(len(texts), None, dtype=object), np.zeros(len(texts))
    if m.n_entries_:
        r = m.match(texts, k=1, query_embeddings=qe)
        best[r["query_pos"].to_numpy()] = r["kb_id"].to_numpy()
        score[r["query_pos"].to_numpy()] = r["score"].to_numpy()
    return best, score


def _null_kb(kb: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """The KB with its content words dealt out to its phrasings in random order (question frames kept)."""
    seg = Segmenter(stopwords=(), keep_punct=True)
    frame_words = default_stopwords() | _FRAME_WORDS
    toks = [seg.cut(q) if isinstance(q, str) else [] for q in kb["question"]]
    is_frame = [[w in frame_words or _ALNUM.search(w) is None for w in ts] for ts in toks]
    pool = [w for ts, fr in zip(toks, is_frame) for w, f in zip(ts, fr) if not f]
    order = iter(rng.permutation(len(pool)).tolist())
    out = []
    for words in ([w if f else pool[next(order)] for w, f in zip(ts, fr)] for ts, fr in zip(toks, is_frame)):
        out.append("".join((" " + w if i and _ASCII_END.search(words[i - 1]) and _ASCII_START.search(w) else w)
                           for i, w in enumerate(words)))  # latin words stay apart
    return pd.DataFrame({"kb_id": kb["kb_id"].to_numpy(), "question": out})


def _topic_row(tid: Any, g: pd.DataFrame, *, alpha: float, min_share: float, min_excess: float,
               min_win: float) -> dict[str, Any]:
    n, n_ans, n_null, d = len(g), int(g["ok"].sum()), float(g["null"].sum()), g.drop_duplicates("u")
    k, nd, k0 = int(d["ok"].sum()), len(d), float(d["null"].sum())  # distinct texts
    p = float(binomtest(k, nd, (k0 + 1) / (nd + 2), alternative="greater").pvalue) if nd else 1.0
    lift, share = (n_ans + 1) / (n_null + 1), n_ans / n if n else float("nan")
    wins = float(d["win"].sum() / d["dec"].sum()) if d["dec"].sum() else float("nan")
    covered = bool(n and p <= alpha and share >= min_share and (share - n_null / n >= min_excess or wins >= min_win))
    counts = g.loc[g["ok"].astype(bool), "kb_id"].value_counts()
    top = sorted(counts.index, key=lambda x: (-counts[x], x))[:3]
    return {"topic_id": tid, "n_questions": n, "n_answered": n_ans, "answered_share": share,
            "n_chance": n_null, "chance_share": n_null / n if n else float("nan"), "lift": lift,
            "win_share": wins, "p_value": p, "covered": covered, "top_kb_ids": top}


def _message(verdict: str, answered: float, chance: float, n: int, threshold: float, covered_share: float,
             by_topic: bool, n_cov: int, n_topics: int) -> str:
    def _pct(x: float) -> str:
        return f"{100 * x:.1f}%"

    figures = (f"{_pct(answered)} of {n:,} questions get an entry at score >= {threshold:g}, against "
               f"{_pct(chance)} for a meaningless KB with the same words")
    if verdict == "fits":
        return f"The KB fits this archive: {figures}." + (
            f" {n_cov} of {n_topics} topics ({_pct(covered_share)} of the questions) are covered." if by_topic else "")
    if verdict == "partly":
        where = (f"covered topics ({n_cov} of {n_topics}) hold {_pct(covered_share)} of the questions; "
                 if by_topic else "")
        return (f"The KB partly fits this archive: {where}{figures}. "
                "Drafts and weak-answer verdicts are withheld for entries outside the covered part.")
    return f"The KB does not fit this archive: {figures}. Drafts and weak-answer verdicts are withheld."


def _empty_fit(kb_ids: list[str], n: int, message: str) -> KBFit:
    table = pd.DataFrame({c: pd.Series([], dtype="Int64" if c == "topic_id" else "object") for c in FIT_TABLE_COLUMNS})
    zero = np.zeros(len(kb_ids), np.int64)
    entries = pd.DataFrame({"kb_id": pd.Series(kb_ids, dtype="str"), "n_matched": zero,
                            "n_matched_covered": zero.copy(), "covered": zero.astype(bool)})
    return KBFit(verdict="does_not_fit", message=message, answered_share=float("nan"),
                 chance_share=float("nan"), n_questions=n, covered_share=0.0, table=table, entries=entries)

"""Draft a better KB answer from the best agents' real replies (extractive, no LLM).

Examples
--------
>>> import pandas as pd
>>> replies = pd.DataFrame({
...     "question_id": ["q1", "q2", "q3"], "kb_id": "K1", "reply_msgid": ["r1", "r2", "r3"],
...     "reply_employee_id": ["zs", "ls", "ww"], "reply_outcome": ["thanked", "thanked", "no_follow_up"],
...     "is_good_reply": True,
...     "reply_text": ["亲，整机保修2年，签收日起算。祝您生活愉快！", "保修2年哦，人为损坏除外", "整机保修2年，签收日起算"]})
>>> s = suggest_answer("K1", replies, answer="整机保修1年。")
>>> s.draft
'整机保修2年；签收日起算。'
>>> s.added_facts
('2年',)
>>> s.sources["reply_msgid"].tolist()
['r1', 'r2', 'r3']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from toolkit.exceptions import SchemaError
from toolkit._validate import require_columns
from toolkit.text import normalize_text

from ._checks import _check_positive_int
from ._facts import _bigrams, _fact_keys, _norm
from ._replies import _quote

__all__ = ["Suggestion", "suggest_answer", "suggest_answers"]

_CLAUSE_SPLIT = re.compile(r"[。！!？?；;\n，,]+")
# Clauses that carry no content: greetings, sign-offs, apologies, fillers.
_FILLER = re.compile(
    r"^(?:亲|您好|你好|好的|收到|嗯嗯?|是的|可以的|不好意思久等了|久等了|抱歉|稍等|在的|哈+|~+)[~～呀哈哦啊]*$"
    r"|祝您|还有其他问题|有问题随时|随时联系|随时找我|欢迎|感谢您|谢谢您|不客气|为您服务|请问还有"
)
_LEAD = re.compile(r"^(?:@\S+\s*)+")


@dataclass(frozen=True)
class Suggestion:
    """An extractive draft answer and where it came from.

    Attributes
    ----------
    kb_id : str
    answer : str
        The current KB answer ("" if not given).
    draft : str
        The suggested answer: clauses of good replies joined with ``；``.
    added_facts : tuple of str
        Facts (see :func:`toolkit.kb.score.extract_facts`) the draft states
        and the current answer does not.
    sources : pandas.DataFrame
        The replies the draft's clauses came from: ``question_id``,
        ``reply_msgid``, ``reply_employee_id``, ``reply_outcome``,
        ``reply_text`` and ``clause`` (the part used).
    n_candidates : int
        Good replies considered.
    """

    kb_id: str
    answer: str
    draft: str
    added_facts: tuple[str, ...]
    sources: pd.DataFrame = field(repr=False)
    n_candidates: int


def _clauses(text: str) -> list[str]:
    t = normalize_text(text, remove_emoji=True, remove_mentions=True, lowercase=False)
    t = _LEAD.sub("", t)
    out = []
    for part in _CLAUSE_SPLIT.split(t):
        p = part.strip(" ~～")
        if len(p) < 2 or _FILLER.search(p):
            continue
        out.append(p)
    return out


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def suggest_answer(
    kb_id: str,
    replies: pd.DataFrame,
    *,
    answer: str = "",
    max_clauses: int = 5,
    min_support: int = 2,
    min_share: float = 0.3,
    min_fact_share: float = 0.25,
    dedupe_threshold: float = 0.5,
) -> Suggestion:
    """An improved draft answer for one KB entry, built from its best agents' replies.

    The good replies (``is_good_reply``) to the questions matched to
    ``kb_id`` are cut into clauses (at 。！？；， and line breaks; greetings,
    sign-offs and fillers such as 祝您生活愉快 dropped). Similar clauses
    (character-bigram Jaccard at least ``dedupe_threshold``) are grouped;
    a group's *support* is the number of replies that hold one of its
    clauses, thanked replies counting double. Groups with at least
    ``min_support`` are kept. *Typical facts* are those stated by at least
    ``min_fact_share`` of the replies that state a fact (and
    ``min_support`` replies). The draft is built greedily: among clauses
    whose facts are all typical (a clause with an untypical fact is likely
    an answer to another question): take the most supported typical fact
    not yet in the draft, add the most supported clause that states it
    (ties: more new facts, then earlier position in the replies), repeat
    until every typical fact that some clause states is in; then fact-free clauses whose
    support is at least ``min_share`` of all good replies (same weighting),
    most supported first, until ``max_clauses``. The clauses keep
    the order in which they first appear in the replies. Each group is represented by
    its most frequent clause. Nothing is generated: every clause of the
    draft is a clause an agent wrote.

    Parameters
    ----------
    kb_id : str
        The entry.
    replies : pandas.DataFrame
        :func:`toolkit.kb.score.match_replies` output (``kb_id``,
        ``reply_text``, ``is_good_reply``, ``reply_outcome``;
        ``question_id``, ``reply_msgid``, ``reply_employee_id`` kept in the
        sources when present).
    answer : str, optional
        The current KB answer, to list the facts the draft adds.
    max_clauses : int, default 5
        Longest draft, in clauses.
    min_support : int, default 2
        Fewest replies behind a clause (lowered to 1 when fewer good replies
        exist).
    min_share : float, default 0.3
        Share of support a clause without a new fact needs.
    min_fact_share : float, default 0.25
        Share of fact-stating replies that makes a fact typical.
    dedupe_threshold : float, default 0.5
        Bigram Jaccard above which two clauses say the same thing.

    Returns
    -------
    Suggestion
        ``draft`` is "" when no good reply has content.

    Raises
    ------
    TypeError
        If ``replies`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.
    ValueError
        If an option is out of range.
    """
    require_columns(replies, ["kb_id", "reply_text", "is_good_reply"], "replies")
    max_clauses = _check_positive_int("max_clauses", max_clauses)
    min_support = _check_positive_int("min_support", min_support)
    if not 0.0 < float(dedupe_threshold) <= 1.0:
        raise ValueError(f"dedupe_threshold must be in (0, 1]; got {dedupe_threshold!r}")
    r = replies[(replies["kb_id"].astype("str") == str(kb_id)) & replies["is_good_reply"].astype(bool)
                & replies["reply_text"].notna()].reset_index(drop=True)
    thanked = (r["reply_outcome"].astype("str") == "thanked").to_numpy() if "reply_outcome" in r.columns \
        else [False] * len(r)
    # Thanked replies first, then by position (deterministic).
    order = sorted(range(len(r)), key=lambda i: (not thanked[i], i))

    groups: list[dict[str, object]] = []
    for i in order:
        seen_groups: set[int] = set()
        for pos, cl in enumerate(_clauses(str(r.at[i, "reply_text"]))):
            grams = _bigrams(_norm(cl))
            gi = next((g for g, grp in enumerate(groups) if _jaccard(grams, grp["grams"]) >= dedupe_threshold), None)  # type: ignore[arg-type]
            if gi is None:
                groups.append({"grams": grams, "texts": Counter(), "support": 0.0, "rows": [], "first": (len(groups), pos)})
                gi = len(groups) - 1
            grp = groups[gi]
            grp["texts"][cl] += 1  # type: ignore[index]
            if gi not in seen_groups:
                grp["support"] = float(grp["support"]) + (2.0 if thanked[i] else 1.0)  # type: ignore[arg-type]
                grp["rows"].append((i, cl))  # type: ignore[attr-defined]
                seen_groups.add(gi)
    need = min_support if len(r) >= min_support else 1
    total = float(sum(2.0 if t else 1.0 for t in thanked))
    kept = [g for g in groups if float(g["support"]) >= need]  # type: ignore[arg-type]
    for g in kept:
        texts: Counter[str] = g["texts"]  # type: ignore[assignment]
        g["text"] = sorted(texts, key=lambda t: (-texts[t], -len(_fact_keys(_norm(t))), len(t), t))[0]
        g["facts"] = set(_fact_keys(_norm(str(g["text"]))))

    # Typical facts: stated by enough good replies (as in score_answers).
    fact_support: Counter[str] = Counter()
    n_inf = 0
    for i in range(len(r)):
        keys = set(_fact_keys(_norm(str(r.at[i, "reply_text"]))))
        n_inf += bool(keys)
        fact_support.update(keys)
    typical = {k for k, c in fact_support.items() if c >= max(need, min_fact_share * n_inf)}

    chosen: list[dict[str, object]] = []
    have: set[str] = set()
    pool = [g for g in kept if g["facts"] and g["facts"] <= typical]  # type: ignore[operator]
    while pool and len(chosen) < max_clauses:
        open_facts = {f for g in pool for f in g["facts"]} - have  # type: ignore[attr-defined]
        if not open_facts:
            break
        fact = max(open_facts, key=lambda f: (fact_support[f], f))
        best = max((g for g in pool if fact in g["facts"]),  # type: ignore[operator]
                   key=lambda g: (float(g["support"]), len(g["facts"] - have), [-x for x in g["first"]]))  # type: ignore[operator,union-attr]
        chosen.append(best)
        have |= best["facts"]  # type: ignore[arg-type]
        pool = [g for g in pool if g is not best and _jaccard(g["grams"], best["grams"]) < dedupe_threshold]  # type: ignore[arg-type]
    plain = sorted((g for g in kept if not g["facts"] and float(g["support"]) >= min_share * total  # type: ignore[arg-type]
                    and all(_jaccard(g["grams"], c["grams"]) < dedupe_threshold for c in chosen)),  # type: ignore[arg-type]
                   key=lambda g: (-float(g["support"]), g["first"]))  # type: ignore[arg-type]
    chosen.extend(plain[: max(0, max_clauses - len(chosen))])
    chosen.sort(key=lambda g: g["first"])  # type: ignore[arg-type,return-value]
    draft = "；".join(str(g["text"]) for g in chosen)
    if draft:
        draft += "。"
    old = set(_fact_keys(_norm(answer)))
    added = tuple(k for k in _fact_keys(_norm(draft)) if k not in old)
    src_rows = []
    for g in chosen:
        for i, cl in g["rows"][:3]:  # type: ignore[index]
            row = {c: r.at[i, c] if c in r.columns else None
                   for c in ("question_id", "reply_msgid", "reply_employee_id", "reply_outcome", "reply_text")}
            row["clause"] = cl
            src_rows.append(row)
    sources = pd.DataFrame(src_rows, columns=["question_id", "reply_msgid", "reply_employee_id", "reply_outcome",
                                              "reply_text", "clause"])
    sources = sources.drop_duplicates("reply_msgid" if sources["reply_msgid"].notna().any() else "reply_text")
    return Suggestion(kb_id=str(kb_id), answer=str(answer), draft=draft, added_facts=added,
                      sources=sources.reset_index(drop=True), n_candidates=len(r))


def suggest_answers(
    scores: pd.DataFrame,
    replies: pd.DataFrame,
    *,
    kb_ids: list[str] | None = None,
    max_score: float = 0.6,
    **options: object,
) -> pd.DataFrame:
    """Drafts for the weak answers of :func:`toolkit.kb.score.score_answers`.

    Parameters
    ----------
    scores : pandas.DataFrame
        :func:`toolkit.kb.score.score_answers` output (``kb_id``,
        ``answer``, ``answer_score``).
    replies : pandas.DataFrame
        :func:`toolkit.kb.score.match_replies` output.
    kb_ids : list of str, optional
        Entries to draft; default those with ``answer_score`` below
        ``max_score``.
    max_score : float, default 0.6
        See ``kb_ids``.
    **options
        Options of :func:`suggest_answer`.

    Returns
    -------
    pandas.DataFrame
        One row per entry, in the order of ``scores``: ``kb_id``, ``answer``,
        ``draft``, ``added_facts`` (str, comma-separated), ``n_sources``,
        ``source_replies`` (the quoted replies, @mentions removed, one per
        line).

    Raises
    ------
    toolkit.exceptions.SchemaError
        If ``scores`` lacks ``kb_id``, ``answer`` or ``answer_score``.

    Examples
    --------
    >>> scores = pd.DataFrame({"kb_id": ["K1"], "answer": ["会尽快处理"], "answer_score": [0.2]})
    >>> replies = pd.DataFrame({"kb_id": "K1", "is_good_reply": True, "reply_outcome": "thanked",
    ...                         "reply_text": ["微信1-3个工作日到账", "微信1-3个工作日到账哦"]})
    >>> suggest_answers(scores, replies)[["kb_id", "draft", "added_facts", "n_sources"]]
      kb_id         draft added_facts  n_sources
    0    K1  微信1-3个工作日到账。      1-3工作日          2
    """
    if not isinstance(scores, pd.DataFrame) or not {"kb_id", "answer", "answer_score"} <= set(scores.columns):
        raise SchemaError("scores must be a score_answers() frame with kb_id, answer and answer_score")
    if kb_ids is None:
        sel = scores[scores["answer_score"].astype("float64") < float(max_score)]
    else:
        sel = scores[scores["kb_id"].astype("str").isin([str(k) for k in kb_ids])]
    rows = []
    for kid, ans in zip(sel["kb_id"].astype("str"), sel["answer"].astype("str"), strict=True):
        s = suggest_answer(kid, replies, answer=ans, **options)  # type: ignore[arg-type]
        rows.append({
            "kb_id": kid, "answer": ans, "draft": s.draft, "added_facts": ", ".join(s.added_facts),
            "n_sources": len(s.sources),
            "source_replies": "\n".join(_quote(str(t), 200) for t in s.sources["reply_text"]),
        })
    return pd.DataFrame(rows, columns=["kb_id", "answer", "draft", "added_facts", "n_sources", "source_replies"])

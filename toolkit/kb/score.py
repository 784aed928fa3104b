"""Score KB answers against what customers really ask and what good agents really reply.

The pipeline is LLM-free and deterministic:

1. :func:`match_replies` matches every customer question (an
   :func:`toolkit.questions.extract_questions` frame) to its best KB entry and
   labels the agent's reply: ``thanked``, ``asked_again`` or ``no_follow_up``.
   A *good reply* is a reply after which the customer did not ask again.
2. :func:`extract_facts` pulls the checkable facts out of a text with regular
   expressions over normalized text: quantities with a unit (2年, 3-5个工作日,
   99元, 13%, 免费 = 0元), menu steps (【我的订单】) and conditions (仅支持...,
   ...除外).
3. :func:`score_answers` compares each KB answer with the good replies to the
   questions matched to it: relevance, specificity (typical facts the answer
   lacks), consistency (quantities of the same unit that contradict the
   agents), freshness (``updated_at``) and usage, and says in words why a
   score is low.

This module scores and is the public home of the whole pipeline; its other
parts live in private modules: ``_replies`` (:func:`match_replies`),
``_facts`` (:func:`extract_facts`) and ``_vectors`` (the text vectors of
relevance).

Examples
--------
>>> extract_facts("整机保修两年，过保换电池99元，仅支持2.4G WiFi")["key"].tolist()
['2年', '99元', '仅支持2.4g wifi', '2.4g']
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from toolkit._validate import require_columns, require_frame
from toolkit.text import normalize_series, segment

from ._checks import _check_fraction, _check_positive_int
from ._facts import _NORM, FACT_COLUMNS, _fact_in, _fact_keys, extract_facts
from ._replies import REPLY_COLUMNS, Matcher, _quote, match_replies
from ._replies import ASK_AGAIN, THANKS  # noqa: F401  (documented as toolkit.kb.score.ASK_AGAIN and THANKS)
from ._vectors import Embedder, _Vectors
from .match import KBMatcher
from toolkit.archive.schema import FLOAT, INT, NAIVE_DATETIME, STR

__all__ = [
    "DEFAULT_WEIGHTS",
    "FACT_COLUMNS",
    "REPLY_COLUMNS",
    "SCORE_COLUMNS",
    "extract_facts",
    "match_replies",
    "prepare_kb",
    "score_answers",
    "score_candidates",
]



#: Weights of the components in ``answer_score`` (a weighted mean over the
#: components that could be computed for an entry).
DEFAULT_WEIGHTS: Mapping[str, float] = {
    "consistency": 0.35,
    "specificity": 0.30,
    "relevance": 0.20,
    "freshness": 0.15,
}

#: Columns of :func:`score_answers`.
SCORE_SCHEMA: dict[str, str] = {
    "kb_id": STR,
    "question": STR,
    "answer": STR,
    "updated_at": NAIVE_DATETIME,  # naive, datetime64[us] (ENTRY_SCHEMA's is [ns])
    "usage": INT,
    "usage_share": FLOAT,
    "n_customers": INT,
    "n_replies": INT,
    "n_good_replies": INT,
    "relevance_score": FLOAT,
    "specificity_score": FLOAT,
    "consistency_score": FLOAT,
    "freshness_score": FLOAT,
    "answer_score": FLOAT,
    "priority": FLOAT,
    "missing_facts": STR,
    "conflicts": STR,
    "conflicting_replies": STR,
    "evidence": STR,
}
SCORE_COLUMNS: tuple[str, ...] = tuple(SCORE_SCHEMA)

# --------------------------------------------------------------------------
# KB preparation
# --------------------------------------------------------------------------


def prepare_kb(kb: pd.DataFrame) -> pd.DataFrame:
    """One row per KB entry from a KB frame with one row per question phrasing.

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id``, ``question``, ``answer`` and optionally ``updated_at``
        (e.g. :func:`toolkit.kb.load_kb` data). Several rows with the same
        ``kb_id`` are one entry.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``kb_id``: ``kb_id`` (str), ``question`` (the phrasings
        joined with `` / ``), ``answer`` (the most frequent non-empty answer
        of the entry, first in file order on ties), ``updated_at`` (the
        latest parseable date, NaT if none), ``n_answers`` (distinct answer
        texts; more than one means the entry's rows disagree).

    Raises
    ------
    TypeError
        If ``kb`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K1", "K2"], "question": ["保修多久", "质保期", "怎么退货"],
    ...                    "answer": ["保修2年。", "保修2年。", "订单页申请退货。"]})
    >>> prepare_kb(kb)[["kb_id", "question", "answer", "n_answers"]]
      kb_id    question    answer  n_answers
    0    K1  保修多久 / 质保期     保修2年。          1
    1    K2        怎么退货  订单页申请退货。          1
    """
    require_columns(kb, ["kb_id", "question", "answer"], "kb")
    k = kb.reset_index(drop=True)
    ids = k["kb_id"].astype("str")
    questions = k["question"].astype("str").where(k["question"].notna(), "")
    answers = k["answer"].astype("str").where(k["answer"].notna(), "")
    if "updated_at" in k.columns:
        upd = pd.to_datetime(k["updated_at"], errors="coerce", utc=False, format="mixed")
        if getattr(upd.dt, "tz", None) is not None:
            upd = upd.dt.tz_localize(None)
    else:
        upd = pd.Series(pd.NaT, index=k.index, dtype="datetime64[ns]")
    rows = []
    for kid, idx in ids.groupby(ids, sort=True).groups.items():
        qs = [q for q in dict.fromkeys(questions.loc[idx]) if q.strip()]
        ans = [a for a in answers.loc[idx] if a.strip()]
        counts = Counter(ans)
        best = max(counts, key=lambda a: (counts[a], -ans.index(a))) if ans else ""
        rows.append({
            "kb_id": str(kid),
            "question": " / ".join(qs),
            "answer": best,
            "updated_at": upd.loc[idx].max(),
            "n_answers": len(counts),
        })
    out = pd.DataFrame(rows, columns=["kb_id", "question", "answer", "updated_at", "n_answers"])
    out["updated_at"] = pd.to_datetime(out["updated_at"])
    return out.astype({"kb_id": "str", "question": "str", "answer": "str", "n_answers": "int64"})


def _default_matcher(kb: pd.DataFrame) -> Matcher:
    return KBMatcher().fit(kb)  # type: ignore[no-any-return]


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def _fmt_share(n: int, d: int) -> str:
    return f"{n}/{d}"


def _relevance_to_score(cos: float, lo: float, hi: float) -> float:
    """Logistic map of a cosine: ``lo`` -> 0.05, ``hi`` -> 0.95 (no ties from clipping)."""
    if math.isnan(cos):
        return float("nan")
    mid, scale = (lo + hi) / 2.0, (hi - lo) / (2.0 * math.log(19.0))
    return float(1.0 / (1.0 + math.exp(-(cos - mid) / scale)))


@functools.lru_cache(maxsize=100_000)
def _words(norm_text: str) -> tuple[str, ...]:
    """Content words of a normalized text (segmented, stopwords dropped, one-character words dropped)."""
    return tuple(w for w in segment(norm_text, normalized=True) if len(w) > 1)


def _check_options(
    *,
    threshold: float,
    min_support: int,
    max_quotes: int,
    min_fact_share: float,
    dominant_min_share: float,
    conflict_min_gap: float,
    half_life_days: float,
    relevance_range: tuple[float, float],
    weights: Mapping[str, float] | None,
    embedder: Embedder,
) -> tuple[float, int, int, float, float, dict[str, float]]:
    """The checked options of :func:`score_answers`: threshold, min_support, max_quotes, lo, hi, weights."""
    thr = _check_fraction("threshold", threshold)
    min_support = _check_positive_int("min_support", min_support)
    max_quotes = _check_positive_int("max_quotes", max_quotes)
    for name, v in (("min_fact_share", min_fact_share), ("dominant_min_share", dominant_min_share),
                    ("conflict_min_gap", conflict_min_gap)):
        _check_fraction(name, v)
    if isinstance(half_life_days, bool) or not isinstance(half_life_days, (int, float)) or half_life_days <= 0:
        raise ValueError(f"half_life_days must be a positive number; got {half_life_days!r}")
    lo, hi = relevance_range
    if not (0.0 <= lo < hi <= 1.0):
        raise ValueError(f"relevance_range must be (lo, hi) with 0 <= lo < hi <= 1; got {relevance_range!r}")
    w = dict(DEFAULT_WEIGHTS if weights is None else weights)
    if set(w) != set(DEFAULT_WEIGHTS) or any((not isinstance(v, (int, float))) or v < 0 for v in w.values()) \
            or sum(w.values()) <= 0:
        raise ValueError(
            f"weights must map {sorted(DEFAULT_WEIGHTS)} to non-negative numbers, not all zero; got {weights!r}"
        )
    if not (embedder in ("use", "none") if isinstance(embedder, str) else callable(embedder)):
        raise ValueError(f"embedder must be 'use', 'none' or a callable; got {embedder!r}")
    return thr, min_support, max_quotes, lo, hi, w


def _reference_date(as_of: str | pd.Timestamp | None, replies: pd.DataFrame) -> Any:
    """Reference date for freshness (tz-naive): ``as_of``, else the last ``asked_at``, else NaT."""
    if as_of is not None:
        ref = pd.Timestamp(as_of)
    elif len(replies) and replies["asked_at"].notna().any():
        ref = pd.Timestamp(replies["asked_at"].max())
    else:
        ref = pd.NaT
    if ref is not pd.NaT and ref.tzinfo is not None:
        ref = ref.tz_localize(None)
    return ref


def _freshness(updated_at: Any, ref: Any, half_life_days: float) -> float:
    """``0.5 ** (age_days / half_life_days)``; NaN without a date."""
    if pd.isna(updated_at) or ref is pd.NaT:
        return float("nan")
    age = max(0.0, (ref - pd.Timestamp(updated_at)).total_seconds() / 86400.0)
    return float(0.5 ** (age / float(half_life_days)))


def _relevance(vectors: _Vectors, a_norm: str, a_words: set[str], g: pd.DataFrame, good: pd.DataFrame,
               lo: float, hi: float, reasons: list[str]) -> float:
    """``relevance_score`` of one entry (see :func:`score_answers`); appends the reason when it is low."""
    qcounts = Counter(g["_q"])
    qs = list(qcounts)
    rel_q = vectors.centroid_cos(a_norm, qs, [qcounts[t] for t in qs])
    rcounts = Counter(good["_r"])
    rs = [t for t in rcounts if t]
    rel_r = vectors.centroid_cos(a_norm, rs, [rcounts[t] for t in rs]) if rs else float("nan")
    cos = np.nanmean([rel_q, rel_r]) if not (math.isnan(rel_q) and math.isnan(rel_r)) else float("nan")
    similarity = _relevance_to_score(float(cos), lo, hi)
    cov_num = cov_den = 0.0
    for t in qs:
        qw = set(_words(t))
        if qw:
            cov_num += qcounts[t] * len(qw & a_words) / len(qw)
            cov_den += qcounts[t]
    coverage = cov_num / cov_den if cov_den else float("nan")
    relevance = similarity if math.isnan(coverage) else (
        coverage if math.isnan(similarity) else (similarity + coverage) / 2.0)
    if relevance < 0.5:
        cov_txt = "" if math.isnan(coverage) else f", {coverage:.0%} of the question words used"
        reasons.append(
            f"the answer is far from what customers ask and agents reply (relevance {relevance:.2f}{cov_txt})"
        )
    return relevance


def _specificity(good: pd.DataFrame, informative: list[tuple[int, dict[str, tuple[str, str, str, str, str]]]],
                 a_norm: str, a_keys: Mapping[str, Any], a_words: set[str], *, min_support: int,
                 min_fact_share: float, reasons: list[str]) -> tuple[float, str]:
    """``specificity_score`` and ``missing_facts`` of one entry (see :func:`score_answers`); appends reasons."""
    n_inf = len(informative)
    support: Counter[str] = Counter()
    fact_of: dict[str, tuple[str, str, str, str, str]] = {}
    for _, f in informative:
        for k, v in f.items():
            support[k] += 1
            fact_of.setdefault(k, v)
    need = max(min_support, math.ceil(min_fact_share * n_inf)) if n_inf else math.inf
    typical = sorted((k for k, c in support.items() if c >= need), key=lambda k: (-support[k], k))
    missing_facts = ""
    if typical:
        have = [k for k in typical if _fact_in(fact_of[k], a_keys, a_norm)]
        miss = [k for k in typical if k not in have]
        tot = sum(support[k] for k in typical)
        consensus = sum(support[k] for k in have) / tot
        missing_facts = ", ".join(
            f"{fact_of[k][4] if fact_of[k][0] == 'quantity' and fact_of[k][2] == '0' else k} "
            f"({_fmt_share(support[k], n_inf)})" for k in miss
        )
        if miss:
            reasons.append(
                f"agents usually give facts the answer lacks: {', '.join(miss[:5])}"
                f" (facts stated {consensus:.2f})"
            )
    elif len(good):
        # No recurring fact: fall back on the agents' words the answer lacks.
        wc: Counter[str] = Counter()
        for t in good["_r"]:
            wc.update(set(_words(t)))
        tot = sum(wc.values())
        consensus = sum(c for t, c in wc.items() if t in a_words) / tot if tot else float("nan")
        if tot and consensus < 0.5:
            lacking = [t for t, _ in sorted(wc.items(), key=lambda p: (-p[1], p[0])) if t not in a_words][:5]
            reasons.append(f"the answer lacks words the agents use: {', '.join(lacking)} (words used {consensus:.2f})")
    else:
        consensus = float("nan")
    if not len(good):
        return np.nan, missing_facts
    said = len(a_words) + len(a_keys)
    typical_said = float(np.median([len(set(_words(t))) + len(_fact_keys(t)) for t in good["_r"]]))
    substance = said / (said + typical_said) if said + typical_said > 0 else float("nan")
    parts = [v for v in (consensus, substance) if not math.isnan(v)]
    specificity = float(np.mean(parts)) if parts else np.nan
    if not math.isnan(substance) and substance < 0.4:
        reasons.append(
            f"the answer says less than good agents do ({said} content words and facts vs a median of"
            f" {typical_said:g}; specificity {specificity:.2f})"
        )
    return specificity, missing_facts


def _consistency(good: pd.DataFrame, informative: list[tuple[int, dict[str, tuple[str, str, str, str, str]]]],
                 vectors: _Vectors, a_norm: str, a_keys: Mapping[str, Any], *, min_support: int,
                 dominant_min_share: float, conflict_min_gap: float, max_quotes: int
                 ) -> tuple[float, list[str], list[str]]:
    """``consistency_score``, conflicts and quoted conflicting replies of one entry (see :func:`score_answers`)."""
    n_inf = len(informative)
    checked = 0
    penalty = 0.0
    conflicts: list[str] = []
    quotes: list[str] = []
    kb_q = [f for f in a_keys.values() if f[0] == "quantity"]
    for unit in dict.fromkeys(f[3] for f in kb_q):
        witnesses = [(i, f) for i, f in informative if any(v[3] == unit and v[0] == "quantity" for v in f.values())]
        if len(witnesses) < min_support or len(witnesses) < 0.3 * n_inf:
            continue
        vals: Counter[str] = Counter()
        for _, f in witnesses:
            for v in {v[1] for v in f.values() if v[3] == unit and v[0] == "quantity"}:
                vals[v] += 1
        kb_keys = {f[1] for f in kb_q if f[3] == unit}
        for f in (f for f in kb_q if f[3] == unit):
            checked += 1
            agree = vals[f[1]] / len(witnesses)
            dom_key, dom_n = max(((k, c) for k, c in vals.items() if k not in kb_keys),
                                 key=lambda p: (p[1], p[0]), default=(None, 0))
            dom_share = dom_n / len(witnesses)
            gap = dom_share - agree if dom_key is not None and dom_share >= dominant_min_share else 0.0
            penalty += max(0.0, gap)
            if gap >= conflict_min_gap:
                shown = "免费" if dom_key == "0元" else dom_key
                conflicts.append(f"KB {f[4]} vs agents {shown} ({_fmt_share(dom_n, len(witnesses))} replies)")
                idx = [i for i, fk in witnesses if dom_key in fk]
                texts = good["reply_text"].iloc[idx].astype("str")
                # the replies closest to the KB answer first, so that the
                # quotes are about what it answers (a question matched
                # by mistake brings replies on another topic); ties in
                # the order of the replies
                norm = good["_r"].iloc[idx].tolist()
                near = np.argsort(-vectors.lexical_cos(a_norm, norm), kind="stable")
                # one quote per normalized wording (not the same reply again with a sticker)
                said: set[str] = set()
                for j in near:
                    if len(said) == max_quotes:
                        break
                    if norm[j] not in said:
                        said.add(norm[j])
                        quotes.append(_quote(texts.iloc[j]))
    return (1.0 - penalty / checked if checked else np.nan), conflicts, quotes


def _score_entry(e: Any, g: pd.DataFrame | None, vectors: _Vectors, ref: Any, n_matched_total: int, *,
                 lo: float, hi: float, half_life_days: float, min_support: int, min_fact_share: float,
                 dominant_min_share: float, conflict_min_gap: float, max_quotes: int) -> dict[str, Any]:
    """The row of :func:`score_answers` for one entry (before ``answer_score`` and ``priority``)."""
    a_norm: str = e.a_norm
    a_keys = _fact_keys(a_norm)
    row: dict[str, Any] = {
        "kb_id": e.kb_id, "question": e.question, "answer": e.answer, "updated_at": e.updated_at,
    }
    fresh = _freshness(e.updated_at, ref, half_life_days)
    row["freshness_score"] = fresh
    usage = 0 if g is None else len(g)
    row["usage"] = usage
    row["usage_share"] = usage / n_matched_total if n_matched_total else 0.0
    row["n_customers"] = 0 if g is None else int(g["customer_id"].nunique())
    reasons: list[str] = []
    if g is None:
        row.update({"n_replies": 0, "n_good_replies": 0, "relevance_score": np.nan,
                    "specificity_score": np.nan, "consistency_score": np.nan,
                    "missing_facts": "", "conflicts": "", "conflicting_replies": ""})
        reasons.append("no customer question matched this entry: no evidence")
        row["evidence"] = "; ".join(reasons)
        return row
    rep = g[g["reply_text"].notna()]
    good = rep[rep["is_good_reply"].astype(bool)]
    row["n_replies"] = len(rep)
    row["n_good_replies"] = len(good)
    a_words = set(_words(a_norm))
    row["relevance_score"] = _relevance(vectors, a_norm, a_words, g, good, lo, hi, reasons)

    # facts of good replies
    facts_per: list[dict[str, tuple[str, str, str, str, str]]] = [_fact_keys(t) for t in good["_r"]]
    informative = [(i, f) for i, f in enumerate(facts_per) if f]
    specificity, row["missing_facts"] = _specificity(
        good, informative, a_norm, a_keys, a_words, min_support=min_support, min_fact_share=min_fact_share,
        reasons=reasons)
    row["specificity_score"] = specificity
    consistency, conflicts, quotes = _consistency(
        good, informative, vectors, a_norm, a_keys, min_support=min_support,
        dominant_min_share=dominant_min_share, conflict_min_gap=conflict_min_gap, max_quotes=max_quotes)
    row["consistency_score"] = consistency
    row["conflicts"] = "; ".join(conflicts)
    row["conflicting_replies"] = "\n".join(quotes)
    if conflicts:
        reasons.insert(0, "contradicts the agents: " + "; ".join(conflicts))
    if len(good) == 0:
        reasons.append("no good agent reply to compare with")
    elif len(informative) == 0:
        reasons.append("agents state no checkable facts (numbers, steps, conditions)")
    if not math.isnan(fresh) and fresh < 0.5:
        reasons.append(f"not updated for {int(round(-math.log2(fresh) * half_life_days))} days (freshness {fresh:.2f})")
    row["evidence"] = "; ".join(reasons)
    return row


def _score_frame(rows: list[dict[str, Any]], w: Mapping[str, float]) -> pd.DataFrame:
    """The rows as :data:`SCORE_COLUMNS`, with ``answer_score`` and ``priority``, sorted."""
    out = pd.DataFrame(rows)
    comp = {"consistency": "consistency_score", "specificity": "specificity_score",
            "relevance": "relevance_score", "freshness": "freshness_score"}
    if out.empty:
        out = pd.DataFrame({c: pd.Series(dtype=object) for c in SCORE_COLUMNS})
    vals = out[[comp[k] for k in comp]].astype("float64").to_numpy()
    wv = np.array([float(w[k]) for k in comp])
    avail = ~np.isnan(vals)
    wsum = (avail * wv).sum(axis=1)
    num = np.nansum(vals * wv, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(wsum > 0, num / np.where(wsum > 0, wsum, 1.0), np.nan)
    score = np.where(out["usage"].to_numpy(dtype=np.float64) > 0, score, np.nan) if len(out) else score
    out["answer_score"] = score
    out["priority"] = out["usage_share"].astype("float64") * (1.0 - out["answer_score"].astype("float64"))
    for c in ("usage", "n_customers", "n_replies", "n_good_replies"):
        out[c] = out[c].astype("int64")
    for c in ("relevance_score", "specificity_score", "consistency_score", "freshness_score", "answer_score",
              "priority", "usage_share"):
        out[c] = out[c].astype("float64")
    for c in ("kb_id", "question", "answer", "missing_facts", "conflicts", "conflicting_replies", "evidence"):
        out[c] = out[c].astype("str")
    out["updated_at"] = pd.to_datetime(out["updated_at"])
    out = out.sort_values(["answer_score", "kb_id"], kind="stable", na_position="last").reset_index(drop=True)
    return out[list(SCORE_COLUMNS)]


def score_answers(
    kb: pd.DataFrame,
    qa_pairs: pd.DataFrame,
    *,
    matcher: Matcher | None = None,
    threshold: float = 0.5,
    as_of: str | pd.Timestamp | None = None,
    half_life_days: float = 365.0,
    min_support: int = 3,
    min_fact_share: float = 0.25,
    dominant_min_share: float = 0.5,
    conflict_min_gap: float = 0.25,
    relevance_range: tuple[float, float] = (0.1, 0.6),
    weights: Mapping[str, float] | None = None,
    embedder: Embedder = "use",
    max_quotes: int = 3,
) -> pd.DataFrame:
    """Score every KB answer from the questions matched to it and the agents' real replies.

    For each KB entry, the *evidence* is the customer questions matched to it
    (rank 1, score at least ``threshold``) and the employees' replies to
    them; only **good replies** count (the customer did not ask again after
    them, see :func:`match_replies`). Among them, *informative* replies state
    at least one fact (:func:`extract_facts`).

    Components, each in [0, 1], higher is better, NaN when there is no
    evidence for it:

    - ``relevance_score``: does the answer address what is asked: the mean
      of *similarity* and *coverage*. Similarity: the mean of a character
      1-2-gram TF-IDF cosine and a sentence-embedding cosine between the
      answer and the (count-weighted) centroid of the matched questions,
      averaged with the same between the answer and the centroid of the
      good replies, mapped to [0, 1] by a logistic curve that gives 0.05 at
      ``relevance_range[0]`` and 0.95 at ``relevance_range[1]``. Coverage:
      the share of each matched question's content words
      (:func:`toolkit.text.segment`, two characters or more) that the
      answer uses, averaged over the questions (count-weighted; questions
      without content words are left out; similarity alone then). An
      answer that is about the topic but does not take up what is asked
      scores lower than one that does.
    - ``specificity_score``: does the answer say what good agents say, with
      substance: the mean of *consensus* and *substance*. Consensus: the
      *typical facts* are the facts stated by at least ``min_support`` good
      replies and at least ``min_fact_share`` of the informative ones;
      consensus is the support-weighted share of them that the answer
      states (the others are listed in ``missing_facts``). Without typical
      facts (few or fact-free replies), it falls back on words: the share
      of the good replies' content words (each counted once per reply)
      that the answer uses. Substance: ``n / (n + m)``, ``n`` the answer's
      distinct content words plus its facts (:func:`extract_facts`), ``m``
      the median of the same count over the good replies: 0.5 when the
      answer says as much as a typical good reply, more when it says more
      (a bare "请耐心等待" scores low). NaN without good replies.
    - ``consistency_score``: for each quantity the answer states (value and
      unit, e.g. 1年), the informative good replies that use the same unit
      are its witnesses (at least ``min_support`` and 30% of the informative
      replies). When another value of that unit is stated by at least
      ``dominant_min_share`` of the witnesses, the quantity's *disagreement*
      is that value's share minus the share of witnesses stating the KB's
      value (0 otherwise); values that agents give together, such as 滤网3个月
      and 边刷6个月, cancel out. A disagreement of at least
      ``conflict_min_gap`` is reported as a conflict (KB 1年 vs agents 2年;
      KB 7天 vs agents 15天; KB 50元 vs agents 免费). The score is 1 minus
      the mean disagreement over the checked quantities. NaN if no quantity
      can be checked.
    - ``freshness_score``: ``0.5 ** (age_days / half_life_days)``, the age
      counted from ``updated_at`` to ``as_of``; NaN without ``updated_at``.
    - ``usage``: questions matched to the entry (how often it would be
      suggested); ``usage_share`` of all matched questions.

    ``answer_score`` is the weighted mean of the available components with
    :data:`DEFAULT_WEIGHTS` (consistency 0.35, specificity 0.30, relevance
    0.20, freshness 0.15), the weights renormalized over the components that
    are not NaN; NaN when no question matched the entry (freshness alone is
    no evidence of quality). ``priority`` = ``usage_share * (1 -
    answer_score)``: weak answers that are suggested often come first.

    Parameters
    ----------
    kb : pandas.DataFrame
        ``kb_id``, ``question``, ``answer``, optional ``updated_at`` (see
        :func:`prepare_kb`).
    qa_pairs : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output, or the output of
        :func:`match_replies` (recognized by its ``is_good_reply`` column;
        then ``matcher`` and ``threshold`` are not used).
    matcher : object, optional
        A matcher fitted on ``kb`` (:class:`toolkit.kb.KBMatcher`); by
        default ``KBMatcher().fit(kb)``.
    threshold : float, default 0.5
        Lowest match score for a question to count for an entry. The
        matcher's scores are calibrated probabilities of a correct match, so
        0.5 keeps the questions that more likely than not ask about the
        entry: evidence must be about the entry. On the 20,506 question
        turns of ``sample_data/truth``, the rank-1 matches kept at 0.5 were
        83% right with the hybrid matcher (6,877 kept) and 71% with the
        lexical one (10,608 kept).
    as_of : str or pandas.Timestamp, optional
        Reference date of freshness; default the last ``asked_at`` of
        ``qa_pairs`` (so re-runs give the same scores).
    half_life_days : float, default 365
        Age at which freshness is 0.5.
    min_support : int, default 3
        Fewest good replies behind a typical fact or a consistency check.
    min_fact_share : float, default 0.25
        Share of informative good replies that must state a fact for it to
        be typical.
    dominant_min_share : float, default 0.5
        Share of the witnesses another value needs to contradict a KB
        quantity.
    conflict_min_gap : float, default 0.25
        Smallest disagreement reported in ``conflicts``.
    relevance_range : (float, float), default (0.1, 0.6)
        Cosines mapped to relevance 0.05 and 0.95.
    weights : mapping, optional
        Weights of ``consistency``, ``specificity``, ``relevance``,
        ``freshness`` (non-negative, not all zero).
    embedder : {"use", "none"} or callable, default "use"
        Sentence embeddings for relevance: the offline USE model, none
        (lexical cosine only), or a function from a list of str to an array.
    max_quotes : int, default 3
        Agent replies quoted per conflict in ``conflicting_replies``.

    Returns
    -------
    pandas.DataFrame
        One row per KB entry, sorted by ``answer_score`` (NaN last) then
        ``kb_id`` (:data:`SCORE_COLUMNS`): ``kb_id``, ``question``,
        ``answer``, ``updated_at``, ``usage`` (int), ``usage_share``,
        ``n_customers`` (int), ``n_replies`` (replies to matched questions),
        ``n_good_replies``, ``relevance_score``, ``specificity_score``,
        ``consistency_score``, ``freshness_score``, ``answer_score``,
        ``priority``, ``missing_facts`` (str, typical facts the answer
        lacks with their support, "" if none), ``conflicts`` (str, e.g.
        ``KB 1年 vs agents 2年 (40/42 replies)``), ``conflicting_replies``
        (str, up to ``max_quotes`` quoted replies per conflict stating the
        agents' value, the most similar to the KB answer first (character
        TF-IDF cosine), @mentions removed, one per line) and
        ``evidence`` (str: why the score is low, in words).

    Raises
    ------
    TypeError
        If a frame is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.
    ValueError
        If an option is out of range.

    See Also
    --------
    match_replies : the evidence, and the definition of a good reply.
    toolkit.kb.suggest.suggest_answer : a better draft from the good replies.

    Examples
    --------
    >>> kb = pd.DataFrame({"kb_id": ["K1", "K2"], "question": ["保修多久", "怎么退货"],
    ...                    "answer": ["整机保修1年。", "订单页申请退货，签收后1-2天退款。"]})
    >>> replies = pd.DataFrame({
    ...     "question_id": ["q1", "q2", "q3", "q4"], "conversation_id": ["c1", "c2", "c3", "c4"],
    ...     "customer_id": ["a", "b", "c", "d"],
    ...     "asked_at": pd.to_datetime(["2026-07-01"] * 4).tz_localize("Asia/Shanghai"),
    ...     "text": ["保修多久", "质保几年", "保修期多长", "怎么退货"], "kb_id": ["K1", "K1", "K1", "K2"],
    ...     "match_score": 0.9, "reply_msgid": ["r1", "r2", "r3", "r4"],
    ...     "reply_text": ["保修2年哦", "整机保修2年", "2年，签收日起算", "订单页申请退货，签收后1-2天退款"],
    ...     "reply_employee_id": "zs", "reply_outcome": "thanked", "is_good_reply": True})
    >>> s = score_answers(kb, replies, embedder="none")
    >>> s[["kb_id", "usage", "consistency_score", "specificity_score"]].round(2)
      kb_id  usage  consistency_score  specificity_score
    0    K1      3                0.0               0.25
    1    K2      1                NaN               0.75
    >>> s.loc[0, "conflicts"]
    'KB 1年 vs agents 2年 (3/3 replies)'
    """
    thr, min_support, max_quotes, lo, hi, w = _check_options(
        threshold=threshold, min_support=min_support, max_quotes=max_quotes, min_fact_share=min_fact_share,
        dominant_min_share=dominant_min_share, conflict_min_gap=conflict_min_gap, half_life_days=half_life_days,
        relevance_range=relevance_range, weights=weights, embedder=embedder)

    entries = prepare_kb(kb)
    require_frame(qa_pairs, "qa_pairs")
    if "is_good_reply" in qa_pairs.columns:
        require_columns(qa_pairs, REPLY_COLUMNS, "qa_pairs", hint="pass the frame match_replies returns")
        replies = qa_pairs.reset_index(drop=True)
    else:
        replies = match_replies(qa_pairs, matcher if matcher is not None else _default_matcher(kb), threshold=thr)

    ref = _reference_date(as_of, replies)

    matched = replies[replies["kb_id"].notna()].copy()
    matched["kb_id"] = matched["kb_id"].astype("str")
    matched["_q"] = normalize_series(matched["text"].astype("str"), **_NORM).to_numpy()
    has_rep = matched["reply_text"].notna()
    matched["_r"] = ""
    matched.loc[has_rep, "_r"] = normalize_series(matched.loc[has_rep, "reply_text"].astype("str"), **_NORM).to_numpy()
    entries["a_norm"] = normalize_series(entries["answer"], **_NORM).to_numpy()
    n_matched_total = len(matched)

    vectors = _Vectors(
        [*entries["a_norm"], *matched["_q"], *matched.loc[matched["is_good_reply"].astype(bool) & has_rep, "_r"]],
        embedder,
    )
    groups = dict(tuple(matched.groupby("kb_id", sort=False)))

    rows = [
        _score_entry(e, groups.get(e.kb_id), vectors, ref, n_matched_total, lo=lo, hi=hi,
                     half_life_days=half_life_days, min_support=min_support, min_fact_share=min_fact_share,
                     dominant_min_share=dominant_min_share, conflict_min_gap=conflict_min_gap, max_quotes=max_quotes)
        for e in entries.itertuples(index=False)
    ]
    return _score_frame(rows, w)


def score_candidates(
    candidates: pd.DataFrame,
    *,
    embedder: Embedder = "use",
    **options: Any,
) -> pd.DataFrame:
    """Score several candidate answers to the same question against each other.

    For a question with candidate answers (agents' replies, or KB variants),
    each candidate is scored like a KB answer by :func:`score_answers`, with
    the question as the customer question and the *other* candidates of the
    same question as the agents' good replies (leave one out). Use it to pick
    the best of several replies, or to measure the scorer on data whose best
    reply is known.

    Parameters
    ----------
    candidates : pandas.DataFrame
        One row per candidate: ``group`` (the question's id), ``question``
        (its text) and ``answer``. Optional ``updated_at``.
    embedder : {"use", "none"} or callable, default "use"
        As in :func:`score_answers`.
    **options
        Other keyword options of :func:`score_answers` (``min_support``,
        ``weights`` ...).

    Returns
    -------
    pandas.DataFrame
        ``candidates`` (same order, fresh index) plus ``relevance_score``,
        ``specificity_score``, ``consistency_score``, ``answer_score`` and
        ``evidence``.

    Raises
    ------
    TypeError
        If ``candidates`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        If a required column is missing.

    Examples
    --------
    >>> c = pd.DataFrame({"group": ["g1"] * 3, "question": ["退款多久到账"] * 3,
    ...                   "answer": ["原路退回，1-3个工作日到账", "1-3个工作日退回", "会尽快处理"]})
    >>> score_candidates(c, embedder="none", min_support=1)[["answer", "specificity_score"]].round(2)
               answer  specificity_score
    0  原路退回，1-3个工作日到账               0.79
    1        1-3个工作日退回               0.79
    2           会尽快处理               0.17
    """
    require_columns(candidates, ["group", "question", "answer"], "candidates")
    c = candidates.reset_index(drop=True)
    ids = [f"c{i}" for i in range(len(c))]
    kb = pd.DataFrame({"kb_id": ids, "question": c["question"].astype("str"), "answer": c["answer"].astype("str")})
    if "updated_at" in c.columns:
        kb["updated_at"] = c["updated_at"].to_numpy()
    rows = []
    for _, idx in c.groupby("group", sort=False).groups.items():
        members = list(idx)
        for i in members:
            for j in members:
                if i == j:
                    continue
                rows.append((ids[i], str(c.at[i, "group"]), str(c.at[i, "question"]), str(c.at[j, "answer"]), f"{ids[j]}"))
    replies = pd.DataFrame(rows, columns=["kb_id", "conversation_id", "text", "reply_text", "reply_msgid"])
    replies = replies.assign(
        question_id=replies["kb_id"] + ":" + replies["reply_msgid"],
        customer_id=replies["conversation_id"],
        asked_at=pd.NaT,
        match_score=1.0,
        reply_employee_id="",
        reply_outcome="no_follow_up",
        is_good_reply=True,
    )[list(REPLY_COLUMNS)]
    scored = score_answers(kb, replies, embedder=embedder, **options).set_index("kb_id")
    cols = ["relevance_score", "specificity_score", "consistency_score", "answer_score", "evidence"]
    out = c.copy()
    for col in cols:
        out[col] = scored[col].reindex(ids).to_numpy()
    return out

"""Ground truth and the reply proxy: which KB entry is right for a question.

:func:`attach_truth` joins a labelled truth table to the questions;
:func:`reply_agreement` is the documented proxy where the truth is unknown
(the employee's real reply agrees with the KB answer). Public home:
:mod:`toolkit.gating.simulate`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validate import require_columns
from ..text import normalize_series


# --------------------------------------------------------------------------
# Ground truth and the reply proxy
# --------------------------------------------------------------------------


def attach_truth(questions: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """Add the gold KB entry of each question from a labelled truth table.

    Parameters
    ----------
    questions : pandas.DataFrame
        :func:`toolkit.questions.extract_questions` output (``question_id``,
        and ``msgids`` when present).
    truth : pandas.DataFrame
        One row per labelled turn: ``msgids`` (space-joined or a list),
        ``kb_id`` (empty or NaN = the intent has no KB entry) and optionally
        ``intent`` (``sample_data/truth/questions.csv``).

    Returns
    -------
    pandas.DataFrame
        ``questions`` plus ``gold_kb_id`` (str, NaN when no KB entry answers
        it), ``gold_intent`` (str) and ``has_gold`` (bool: a truth row shares a
        message with the question). A question matched by several truth turns
        takes the earliest one that names a KB entry, else the earliest: a
        customer turn that joins a greeting (客服在吗, no entry) and the
        question after it is judged by its question.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.DataFrame({"question_id": ["a", "c", "z", "g"], "msgids": [["a", "b"], ["c"], ["z"], ["g", "h"]]})
    >>> t = pd.DataFrame({"msgids": ["a b", "c", "g", "h"], "kb_id": ["K01", "", "", "K02"],
    ...                   "intent": ["warranty", "chitchat", "greeting", "invoice"]})
    >>> attach_truth(q, t)[["question_id", "gold_kb_id", "gold_intent", "has_gold"]]
      question_id gold_kb_id gold_intent  has_gold
    0           a        K01    warranty      True
    1           c        NaN    chitchat      True
    2           z        NaN         NaN     False
    3           g        K02     invoice      True
    """
    require_columns(questions, ("question_id",), "questions")
    require_columns(truth, ("msgids", "kb_id"), "truth")
    t = truth.copy()
    t["_msgid"] = t["msgids"].map(lambda v: v.split() if isinstance(v, str) else list(v) if v is not None else [])
    t = t.explode("_msgid").dropna(subset=["_msgid"]).drop_duplicates("_msgid")
    kb = t["kb_id"].astype("str").str.strip()
    t = pd.DataFrame({
        "_msgid": t["_msgid"].astype("str"),
        "gold_kb_id": kb.where(kb.ne("") & kb.notna()).astype("str"),
        "gold_intent": (t["intent"].astype("str") if "intent" in t else pd.Series(pd.NA, index=t.index, dtype="str")),
    })
    q = questions.drop(columns=[c for c in ("gold_kb_id", "gold_intent", "has_gold") if c in questions])
    q = q.reset_index(drop=True)
    ids = q["msgids"] if "msgids" in q else q["question_id"].map(lambda v: [v])
    ex = pd.DataFrame({"_pos": np.arange(len(q)), "_msgid": ids}).explode("_msgid")
    ex["_order"] = np.arange(len(ex))
    ex["_msgid"] = ex["_msgid"].astype("str")
    hit = ex.merge(t, on="_msgid", how="inner")
    hit["_no_entry"] = hit["gold_kb_id"].isna()
    hit = hit.sort_values(["_no_entry", "_order"], kind="stable").drop_duplicates("_pos")
    hit = hit.set_index("_pos")
    pos = np.arange(len(q))
    q["gold_kb_id"] = hit["gold_kb_id"].reindex(pos).astype("str").to_numpy()
    q["gold_intent"] = hit["gold_intent"].reindex(pos).astype("str").to_numpy()
    q["has_gold"] = np.isin(pos, hit.index.to_numpy())
    return q


def reply_agreement(replies: pd.Series, answers: pd.Series) -> np.ndarray:
    """How much each employee reply agrees with a KB answer: cosine of character n-grams.

    Both texts are normalised with :func:`toolkit.text.normalize_series`,
    then compared as TF-IDF vectors of character 1- and 2-grams (fitted on
    both sides together); the cosine lies in [0, 1].

    Parameters
    ----------
    replies, answers : pandas.Series
        Aligned by position; missing or empty texts give NaN.

    Returns
    -------
    numpy.ndarray
        Float scores in [0, 1], NaN where either text is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> s = reply_agreement(pd.Series(["整机保修两年，电池保修一年", "你好", None]),
    ...                     pd.Series(["本公司产品整机保修2年，电池保修1年。", "请在小程序提交维修申请", "x"]))
    >>> [round(float(v), 2) for v in s[:2]], bool(s[0] > s[1]), bool(pd.isna(s[2]))
    ([0.58, 0.0], True, True)
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415  (lazy: scikit-learn is slow to import)

    if len(replies) != len(answers):
        raise ValueError(f"replies and answers must have the same length; got {len(replies)} and {len(answers)}")
    r = normalize_series(pd.Series(replies).reset_index(drop=True).astype("str"))
    a = normalize_series(pd.Series(answers).reset_index(drop=True).astype("str"))
    ok = (r.notna() & a.notna() & r.str.len().gt(0) & a.str.len().gt(0)).to_numpy(dtype=bool, na_value=False)
    out = np.full(len(r), np.nan)
    if not ok.any():
        return out
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False)
    vec.fit(pd.concat([r[ok], a[ok]]).tolist())
    xr = vec.transform(r[ok].tolist())
    xa = vec.transform(a[ok].tolist())
    out[ok] = np.clip(np.asarray(xr.multiply(xa).sum(axis=1)).ravel(), 0.0, 1.0)
    return out

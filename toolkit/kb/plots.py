"""Plots of KB answer quality and coverage (draw only; the frames come from score and coverage).

Call :func:`toolkit.plots.use_cjk_font` once first so Chinese labels render.

Examples
--------
>>> import pandas as pd
>>> s = pd.DataFrame({"kb_id": ["K1", "K2", "K3"], "answer_score": [0.2, 0.8, 0.9]})
>>> ax = plot_answer_scores(s)
>>> [t.get_text() for t in ax.get_yticklabels()]  # bottom to top: the weakest on top
['K3', 'K2', 'K1']
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from .._validate import require_columns
from ..plots.base import new_axes

__all__ = ["plot_answer_scores", "plot_coverage", "plot_score_distribution", "plot_topic_coverage"]

_COMPONENTS = {
    "consistency_score": "一致性 consistency",
    "specificity_score": "具体性 specificity",
    "relevance_score": "相关性 relevance",
    "freshness_score": "时效性 freshness",
}


def plot_answer_scores(
    scores: pd.DataFrame,
    *,
    ax: Axes | None = None,
    threshold: float | None = 0.6,
    title: str = "知识库答案质量 Answer score by entry",
    xlabel: str = "answer_score",
    **style: Any,
) -> Axes:
    """Horizontal bars of ``answer_score`` per entry, weakest at the top.

    Parameters
    ----------
    scores : pandas.DataFrame
        :func:`toolkit.kb.score.score_answers` output (``kb_id``,
        ``answer_score``); entries without a score are left out.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure if None.
    threshold : float or None, default 0.6
        Draws a dashed line there (the "weak" cut of the export).
    title, xlabel : str
        Labels.
    **style
        Passed to ``barh``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(scores, ["kb_id", "answer_score"], "scores")
    s = scores.dropna(subset=["answer_score"]).sort_values(["answer_score", "kb_id"], ascending=[False, False],
                                                            kind="stable")
    ax = new_axes(ax, figsize=(7, max(2.5, 0.28 * len(s) + 1)))
    colors = np.where(s["answer_score"].to_numpy() < (threshold if threshold is not None else -1), "#d62728", "#1f77b4")
    ax.barh(s["kb_id"].astype(str), s["answer_score"].astype(float), color=style.pop("color", colors), **style)
    if threshold is not None:
        ax.axvline(threshold, color="grey", linestyle="--", linewidth=1)
    ax.set_xlim(0, 1)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    return ax


def plot_score_distribution(
    scores: pd.DataFrame,
    *,
    ax: Axes | None = None,
    bins: int = 10,
    title: str = "答案得分分布 Score distribution",
    xlabel: str = "score",
    ylabel: str = "条目数 entries",
) -> Axes:
    """Histograms of ``answer_score`` and its components on [0, 1].

    Parameters
    ----------
    scores : pandas.DataFrame
        :func:`toolkit.kb.score.score_answers` output; NaN scores left out.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure if None.
    bins : int, default 10
        Bins over [0, 1].
    title, xlabel, ylabel : str
        Labels.

    Returns
    -------
    matplotlib.axes.Axes
        One step histogram per score column present (legend in Chinese and
        English).

    Examples
    --------
    >>> s = pd.DataFrame({"answer_score": [0.2, 0.8], "relevance_score": [0.5, 0.9]})
    >>> ax = plot_score_distribution(s)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['总分 answer_score', '相关性 relevance']
    """
    require_columns(scores, ["answer_score"], "scores")
    ax = new_axes(ax, figsize=(7, 3.5))
    edges = np.linspace(0, 1, int(bins) + 1)
    cols = {"answer_score": "总分 answer_score", **_COMPONENTS}
    for col, label in cols.items():
        if col not in scores.columns:
            continue
        v = scores[col].astype("float64").dropna().to_numpy()
        if col == "answer_score":
            ax.hist(v, bins=edges, label=label, color="#1f77b4", alpha=0.6)
        else:
            ax.hist(v, bins=edges, label=label, histtype="step", linewidth=1.5)
    ax.set_xlim(0, 1)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=8)
    return ax


def plot_coverage(
    cov: pd.DataFrame,
    *,
    ax: Axes | None = None,
    n: int = 15,
    max_label: int = 14,
    title: str = "高频问题覆盖情况 Frequent questions: answered by the KB?",
    xlabel: str = "客户占比 share of customers",
    **style: Any,
) -> Axes:
    """Horizontal bars of the ``n`` largest clusters by share of customers, gaps in red.

    Parameters
    ----------
    cov : pandas.DataFrame
        :func:`toolkit.kb.coverage` output (``representative``,
        ``is_answered``, ``share_of_customers`` or ``share_of_questions``,
        ``kb_id``).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure if None.
    n : int, default 15
        Clusters shown.
    max_label : int, default 14
        Labels (the Chinese representative question, with the matched
        ``kb_id``) are cut to this many characters.
    title, xlabel : str
        Labels.
    **style
        Passed to ``barh``.

    Returns
    -------
    matplotlib.axes.Axes
        Bars labelled ``<question> → <kb_id>`` or ``<question> → 未覆盖``
        (not covered); a legend tells answered (蓝) from gaps (红).

    Examples
    --------
    >>> cov = pd.DataFrame({"representative": ["保修多久", "能改地址吗"], "is_answered": [True, False],
    ...                     "share_of_customers": [0.3, 0.1], "kb_id": ["K1", None]})
    >>> ax = plot_coverage(cov)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['能改地址吗 → 未覆盖', '保修多久 → K1']
    """
    require_columns(cov, ["representative", "is_answered"], "cov")
    share = "share_of_customers" if "share_of_customers" in cov.columns and cov["share_of_customers"].notna().any() \
        else "share_of_questions"
    require_columns(cov, [share], "cov")
    top = cov.assign(_s=cov[share].astype("float64")).sort_values(["_s", "representative"], ascending=[False, True],
                                                                  kind="stable").head(int(n))
    top = top.iloc[::-1]
    labels = []
    for rep, ok, kid in zip(top["representative"].astype(str), top["is_answered"].astype(bool),
                            top["kb_id"] if "kb_id" in top.columns else [None] * len(top), strict=True):
        text = rep if len(rep) <= max_label else rep[: max_label - 1] + "…"
        labels.append(f"{text} → {kid if ok and isinstance(kid, str) else '未覆盖'}")
    ax = new_axes(ax, figsize=(8, max(2.5, 0.32 * len(top) + 1)))
    colors = np.where(top["is_answered"].astype(bool).to_numpy(), "#1f77b4", "#d62728")
    ax.barh(np.arange(len(top)), top["_s"].to_numpy(), color=style.pop("color", colors), **style)
    ax.set_yticks(np.arange(len(top)), labels)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.legend(handles=[Patch(color="#1f77b4", label="已覆盖 answered"), Patch(color="#d62728", label="未覆盖 gap")],
              loc="lower right", fontsize=8)
    return ax


def plot_topic_coverage(
    tc: pd.DataFrame,
    *,
    ax: Axes | None = None,
    n: int = 15,
    max_label: int = 16,
    title: str = "主题覆盖 KB coverage of every question, by topic",
) -> Axes:
    """Stacked bars of the ``n`` largest topics and the long tail: questions the KB answers (blue) and not (red).

    Each bar is a topic's share of all question turns, split by its
    ``answered_share``; the long tail (questions in no topic) is the last
    bar; generic re-asks are left out (they are follow-ups, not topics).

    Parameters
    ----------
    tc : pandas.DataFrame
        :func:`toolkit.kb.topic_coverage` output.
    n : int, default 15
        Topics shown, by share of questions.
    max_label : int, default 16
        Labels (topic label and its main KB entry) are cut to this many characters.

    Examples
    --------
    >>> tc = pd.DataFrame({"topic_id": [0, 1, -1, np.nan], "label": ["保修", "改地址", "long tail (no topic)", "re-asks"],
    ...                    "share_of_questions": [0.5, 0.2, 0.2, 0.1], "answered_share": [0.9, 0.1, 0.3, 0.0],
    ...                    "kb_id": ["K1", None, "K2", None], "is_follow_up": [False, False, False, True]})
    >>> ax = plot_topic_coverage(tc)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['其他 long tail (no topic) · 30%', '改地址 → 未覆盖 · 10%', '保修 → K1 · 90%']
    """
    require_columns(tc, ["topic_id", "label", "share_of_questions", "answered_share"], "tc")
    fu = tc["is_follow_up"].astype(bool) if "is_follow_up" in tc.columns else tc["topic_id"].isna()
    t = tc[~fu.to_numpy() & tc["topic_id"].notna().to_numpy()]
    tid = pd.to_numeric(t["topic_id"], errors="coerce")
    head = t[tid >= 0].sort_values(["share_of_questions", "topic_id"], ascending=[False, True], kind="stable").head(int(n))
    rows = pd.concat([head, t[tid < 0]]).iloc[::-1]
    labels = []
    for lab, kid, sh, topic in zip(rows["label"].astype(str), rows["kb_id"] if "kb_id" in rows else [None] * len(rows),
                                   rows["answered_share"].astype(float), rows["topic_id"], strict=True):
        if float(topic) < 0:
            labels.append(f"其他 {lab} · {sh:.0%}")
            continue
        text = lab if len(lab) <= max_label else lab[: max_label - 1] + "…"
        labels.append(f"{text} → {kid if isinstance(kid, str) and sh > 0 else '未覆盖'} · {sh:.0%}")
    ax = new_axes(ax, figsize=(8.5, max(2.5, 0.34 * len(rows) + 1)))
    y = np.arange(len(rows))
    share = rows["share_of_questions"].astype(float).to_numpy()
    ans = share * rows["answered_share"].astype(float).fillna(0.0).to_numpy()
    ax.barh(y, ans, color="#1f77b4")
    ax.barh(y, share - ans, left=ans, color="#d62728")
    ax.set_yticks(y, labels)
    ax.set_xlabel("问题占比 share of all question turns (blue: answered by the KB)")
    ax.set_title(title)
    ax.legend(handles=[Patch(color="#1f77b4", label="已覆盖 answered"), Patch(color="#d62728", label="未覆盖 not answered")],
              loc="lower right", fontsize=8)
    return ax

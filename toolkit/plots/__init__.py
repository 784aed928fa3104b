"""Plots: draw the tidy frames the domain modules return.

The only subpackage that imports matplotlib. Every ``plot_x(frame, *,
ax=None, **style)`` returns its Axes and never shows, saves or closes the
figure. Call :func:`use_cjk_font` once (in a notebook's setup cell) so
Chinese labels render.

Examples
--------
>>> import pandas as pd
>>> from toolkit.plots import plot_msgtypes, use_cjk_font
>>> use_cjk_font()
'Noto Sans SC'
>>> ax = plot_msgtypes(pd.DataFrame({"msgtype": ["text"], "n": [3]}))
>>> ax.get_title()
'消息类型 Message types'
"""

from __future__ import annotations

from ._style import DEFAULT_CJK_FONTS, use_cjk_font
from .archive import (
    CHAT_TYPE_LABELS,
    plot_chat_types,
    plot_conversation_lengths,
    plot_daily_volume,
    plot_msgtypes,
    plot_quarantine_reasons,
    plot_top_senders,
    plot_weekday_hour_heatmap,
)

__all__ = [
    "CHAT_TYPE_LABELS",
    "DEFAULT_CJK_FONTS",
    "plot_chat_types",
    "plot_conversation_lengths",
    "plot_daily_volume",
    "plot_msgtypes",
    "plot_quarantine_reasons",
    "plot_top_senders",
    "plot_weekday_hour_heatmap",
    "use_cjk_font",
]

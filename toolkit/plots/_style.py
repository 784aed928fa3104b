"""CJK font set-up for matplotlib.

A fresh machine has no font with Chinese glyphs, so every Chinese title or
tick label renders as empty boxes and matplotlib warns ``Glyph ... missing
from font(s) DejaVu Sans``. :func:`use_cjk_font` registers the OFL Noto Sans
SC font shipped by the ``pylopdf-fonts-zh-cn`` wheel and puts it first in the
sans-serif family. It is the only function of the toolkit that changes global
``rcParams``; call it once, in a notebook's setup cell.
"""

from __future__ import annotations

import importlib.resources
import logging
import warnings
from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager

from ..exceptions import FontWarning

__all__ = ["DEFAULT_CJK_FONTS", "use_cjk_font"]

log = logging.getLogger(__name__)

#: Fonts tried in order: the packaged one first, then common system fonts.
DEFAULT_CJK_FONTS = (
    "Noto Sans SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)

_FONT_PACKAGE = "pylopdf_fonts_zh_cn"
_FONT_FILE = "NotoSansSC-Regular.otf"
_registered: set[str] = set()


def _packaged_font() -> Path | None:
    """Path of the Noto Sans SC file shipped by ``pylopdf-fonts-zh-cn``, if installed."""
    try:
        path = Path(str(importlib.resources.files(_FONT_PACKAGE).joinpath(_FONT_FILE)))
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


def _register(path: Path) -> bool:
    """``fontManager.addfont`` the file once per process; False if it cannot be read."""
    key = str(path.resolve())
    if key in _registered or any(f.fname == key for f in font_manager.fontManager.ttflist):
        _registered.add(key)
        return True
    try:
        font_manager.fontManager.addfont(key)
    except (OSError, RuntimeError, ValueError) as exc:  # unreadable or not a font
        log.debug("could not register font %s: %s", key, exc)
        return False
    _registered.add(key)
    return True


def use_cjk_font(candidates: Sequence[str] = DEFAULT_CJK_FONTS) -> str:
    """Make matplotlib render Chinese text: pick a CJK font and set rcParams.

    Registers the Noto Sans SC font of the ``pylopdf-fonts-zh-cn`` package
    (once per process), then picks the first of ``candidates`` that
    matplotlib knows, puts it first in ``font.sans-serif``, sets
    ``font.family`` to ``sans-serif`` and ``axes.unicode_minus`` to False
    (the Unicode minus sign is missing from many CJK fonts). Calling it
    again changes nothing.

    Parameters
    ----------
    candidates : sequence of str
        Font family names, in order of preference.

    Returns
    -------
    str
        The chosen family name, or ``""`` when none of the candidates is
        available (rcParams are then left unchanged).

    Raises
    ------
    TypeError
        ``candidates`` is a single string rather than a sequence of names.

    Warns
    -----
    FontWarning
        When no candidate font is available.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> use_cjk_font()
    'Noto Sans SC'
    >>> mpl.rcParams["font.sans-serif"][0], mpl.rcParams["axes.unicode_minus"]
    ('Noto Sans SC', False)
    """
    if isinstance(candidates, str):
        raise TypeError(f"candidates must be a sequence of font names, not a string; got {candidates!r}")
    names = [str(c) for c in candidates]
    packaged = _packaged_font()
    if packaged is not None:
        _register(packaged)
    available = {f.name for f in font_manager.fontManager.ttflist}
    chosen = next((name for name in names if name in available), "")
    if not chosen:
        warnings.warn(
            f"no CJK font found among {names}; Chinese text will render as boxes. "
            "Install pylopdf-fonts-zh-cn (pip) or fonts-noto-cjk (apt).",
            FontWarning,
            stacklevel=2,
        )
        return ""
    rest = [f for f in mpl.rcParams["font.sans-serif"] if f != chosen]
    mpl.rcParams["font.family"] = ["sans-serif"]
    mpl.rcParams["font.sans-serif"] = [chosen, *rest]
    mpl.rcParams["axes.unicode_minus"] = False
    return chosen

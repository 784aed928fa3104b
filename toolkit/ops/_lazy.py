"""Plot functions served lazily by a module of :mod:`toolkit.ops` (PEP 562), so matplotlib loads only when a plot is drawn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def lazy_plots(namespace: dict[str, Any], names: frozenset[str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` that take ``names`` from :mod:`toolkit.ops.plots` on first access.

    Examples
    --------
    >>> ns = {"__name__": "demo"}
    >>> getattr_, dir_ = lazy_plots(ns, frozenset({"plot_retention"}))
    >>> getattr_("plot_retention").__name__, "plot_retention" in ns, "plot_retention" in dir_()
    ('plot_retention', True, True)
    """

    def __getattr__(name: str) -> Any:
        if name in names:
            from . import plots  # noqa: PLC0415  (lazy: matplotlib is imported only when a plot is used)

            value = getattr(plots, name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(namespace) | names)

    return __getattr__, __dir__

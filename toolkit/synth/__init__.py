"""Synthetic WeCom session-content archives for tests, notebooks and benchmarks.

Examples
--------
>>> from toolkit.synth import make_archive
>>> callable(make_archive)
True
"""

from __future__ import annotations

from .generate import make_archive

__all__ = ["make_archive"]

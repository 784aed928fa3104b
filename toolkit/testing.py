"""Small example archives for doctests, tests and trying things out.

Examples
--------
>>> from toolkit.testing import tiny_archive
>>> tiny_archive().report["messages"]
18
"""

from __future__ import annotations

from .ops._examples import tiny_archive, tiny_records

__all__ = ["tiny_archive", "tiny_records"]

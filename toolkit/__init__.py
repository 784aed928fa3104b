"""wecom-archive-toolkit: study WeCom (企业微信) session-content archives in pandas.

Importing the package imports :mod:`toolkit.store`, which registers its reader
with :func:`toolkit.archive.load.register_store_reader`: so
``toolkit.archive.load_archive(store_dir)`` reads a Parquet store, although
the archive package (below the store) never imports it.

Examples
--------
>>> import toolkit
>>> toolkit.__version__
'0.1.0'
"""

from __future__ import annotations

from . import store as store  # registers the store reader with toolkit.archive
from ._version import __version__

__all__ = ["__version__"]

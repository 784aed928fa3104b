"""An incremental Parquet store of archives: ingest daily dumps, read them back fast.

Examples
--------
>>> from toolkit.store import ingest, read_store, MANIFEST_NAME
>>> MANIFEST_NAME
'_toolkit_store.json'
"""

from __future__ import annotations

from .store import MANIFEST_NAME, STORE_FORMAT, ingest, is_store, read_store

__all__ = ["MANIFEST_NAME", "STORE_FORMAT", "ingest", "is_store", "read_store"]

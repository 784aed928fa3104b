"""An incremental Parquet store of archives: ingest daily dumps, read them back fast.

Examples
--------
>>> from toolkit.store import ingest, read_store, MANIFEST_NAME
>>> MANIFEST_NAME
'_toolkit_store.json'
"""

from __future__ import annotations

from ..exceptions import StoreBusyError
from .store import LOCK_NAME, MANIFEST_NAME, STORE_FORMAT, ingest, is_store, read_store

__all__ = ["LOCK_NAME", "MANIFEST_NAME", "STORE_FORMAT", "StoreBusyError", "ingest", "is_store", "read_store"]

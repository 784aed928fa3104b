"""An incremental Parquet store of archives: ingest daily dumps, read them back fast.

Writing: :func:`ingest`. Reading: :func:`read_store` (the whole store as an
:class:`~toolkit.archive.Archive`), and for readers built on the store (such as
:mod:`toolkit.scale`) :func:`read_manifest`, :func:`table_parts`,
:func:`read_table` and :func:`arrow_to_frame`.

Importing this package registers :func:`read_store` with
:func:`toolkit.archive.load.register_store_reader`, so that
``toolkit.archive.load_archive(store_dir)`` reads a store although the archive
package (below this one) never imports it. ``import toolkit`` imports this
package, so the registration is in place whenever ``toolkit.archive`` is.

Examples
--------
>>> from toolkit.store import ingest, read_store, MANIFEST_NAME
>>> MANIFEST_NAME
'_toolkit_store.json'
"""

from __future__ import annotations

from ..archive.load import register_store_reader
from ..exceptions import StoreBusyError
from ._manifest import read_manifest
from ._read import read_table
from ._tables import arrow_to_frame, table_parts
from .store import LOCK_NAME, MANIFEST_NAME, STORE_FORMAT, ingest, is_store, read_store

__all__ = [
    "LOCK_NAME",
    "MANIFEST_NAME",
    "STORE_FORMAT",
    "StoreBusyError",
    "arrow_to_frame",
    "ingest",
    "is_store",
    "read_manifest",
    "read_store",
    "read_table",
    "table_parts",
]

register_store_reader(is_store, read_store)

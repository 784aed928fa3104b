"""The store manifest: the file that marks a folder as a store, read with checks and replaced atomically.

The manifest lists every ingested file (size, SHA-256), the runs and the
cumulative reconciliation report. It is written last by an ingest, so it names
exactly the parts of completed runs (layout: :mod:`toolkit.store.store`).
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from ..archive import schema
from ..exceptions import ArchiveError

__all__ = ["LOCK_NAME", "MANIFEST_NAME", "STORE_FORMAT", "is_store", "read_manifest"]

#: The manifest file that marks a folder as a store.
MANIFEST_NAME = "_toolkit_store.json"
#: The lock file, inside the store folder, that an ingest holds for its whole run.
#: An OS lock (``flock``) on it, not its existence, is the lock: the OS releases
#: it when the holder dies, even by SIGKILL, and the file left behind is harmless.
#: It is never taken for data: not an archive suffix (the source walkers skip
#: it), not a ``part-*`` file (readers skip it), and a folder holding only it
#: counts as empty.
LOCK_NAME = "_toolkit_store.lock"
#: The ``format`` field of the manifest, and its version.
STORE_FORMAT = "toolkit-archive-store"
_VERSION = 1
_REDO = "ingest the dumps again into a new store"


def is_store(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a folder holding a store manifest.

    Examples
    --------
    >>> import tempfile
    >>> is_store(tempfile.mkdtemp())
    False
    """
    p = Path(path)
    return p.is_dir() and (p / MANIFEST_NAME).is_file()


def _new_manifest(tz: str) -> dict[str, Any]:
    return {
        "format": STORE_FORMAT,
        "version": _VERSION,
        "tz": tz,
        "next_row": 0,
        "report": {k: 0 for k in schema.REPORT_KEYS},
        "repairs": {},
        "files": [],
        "runs": [],
    }


def read_manifest(store_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a store, checked: one consistent snapshot of what the store holds.

    Read it once and pass it to :func:`~toolkit.store.table_parts` and
    :func:`~toolkit.store.read_table`: the parts of the runs it lists are all
    complete on disk, whatever an ingest running meanwhile does.

    Parameters
    ----------
    store_dir : path
        The store folder.

    Returns
    -------
    dict
        ``format``, ``version``, ``tz`` (the store's time zone), ``next_row``,
        ``report`` (the cumulative reconciliation report), ``repairs``,
        ``files`` (every ingested file: path, size, SHA-256, run, status) and
        ``runs``.

    Raises
    ------
    ArchiveError
        ``store_dir`` is missing, not a store, or its manifest is corrupted or
        of another format or version.

    Examples
    --------
    >>> from toolkit.testing import tiny_store
    >>> m = read_manifest(tiny_store(days=1))
    >>> m["tz"], len(m["runs"]), m["report"]["messages"]
    ('Asia/Shanghai', 1, 1)
    """
    store = Path(store_dir)
    if not store.exists():
        raise ArchiveError(f"store folder not found: {store}")
    path = store / MANIFEST_NAME
    if not store.is_dir() or not path.is_file():
        raise ArchiveError(
            f"{store} is not a toolkit store (no {MANIFEST_NAME}); "
            "create one with toolkit.store.ingest(source, store_dir)"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArchiveError(f"the store manifest {path} is corrupted (not valid JSON: {exc}); {_REDO}") from exc
    required = {"format": str, "version": int, "tz": str, "next_row": int, "report": dict, "repairs": dict,
                "files": list, "runs": list}  # fmt: skip
    missing = [k for k in required if not isinstance(manifest, dict) or k not in manifest]
    if missing:
        raise ArchiveError(f"the store manifest {path} is corrupted (missing keys {missing}); {_REDO}")
    wrong = [k for k, t in required.items() if not isinstance(manifest[k], t)]
    if wrong:
        raise ArchiveError(f"the store manifest {path} is corrupted (wrong types of {wrong}); {_REDO}")
    if manifest["format"] != STORE_FORMAT or manifest["version"] != _VERSION:
        raise ArchiveError(
            f"the store manifest {path} has format {manifest['format']!r} version {manifest['version']!r}; "
            f"this toolkit reads {STORE_FORMAT!r} version {_VERSION}"
        )
    report = manifest["report"]
    if not isinstance(report, dict) or any(not isinstance(report.get(k), int) for k in schema.REPORT_KEYS):
        raise ArchiveError(f"the store manifest {path} is corrupted (bad report {report!r})")
    return manifest


def _write_manifest(store: Path, manifest: dict[str, Any]) -> None:
    """Replace the manifest atomically, through a temp file no other writer can share.

    The temp name is unique per process and call, and created exclusively
    (``"x"``), so two writers never write into one file even outside the
    lock. Not ``tempfile.mkstemp``: its 0600 mode would be kept by the
    manifest, hiding the store from other accounts. The suffix ``.tmp`` is
    not an archive suffix, so a temp file left by a crash is never ingested.
    """
    tmp = store / f"{MANIFEST_NAME}.{os.getpid()}-{secrets.token_hex(8)}.tmp"
    try:
        with tmp.open("x", encoding="utf-8") as fh:
            fh.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
        os.replace(tmp, store / MANIFEST_NAME)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

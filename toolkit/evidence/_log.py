"""The access log: one line per search or evidence pack (who, when, what, how many messages)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["ACCESS_LOG_ENV", "log_access"]

log = logging.getLogger("toolkit.evidence")

#: Environment variable naming a JSON Lines file every search and pack is appended to.
ACCESS_LOG_ENV = "TOOLKIT_ACCESS_LOG"


def log_access(action: str, *, viewer: str | None, role: str | None, query: dict[str, Any], n_messages: int,
               path: Any = None, **extra: Any) -> dict[str, Any]:
    """Record one access on the ``toolkit.evidence`` logger and, when a file is named, as a JSON line.

    The file is ``path``, else the one named by ``$TOOLKIT_ACCESS_LOG``;
    lines are only appended, never rewritten.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "access.jsonl"
    >>> _ = log_access("search", viewer="lisa", role="supervisor", query={"contains": ["退款"]}, n_messages=3, path=f)
    >>> entry = json.loads(f.read_text(encoding="utf-8"))
    >>> entry["action"], entry["viewer"], entry["n_messages"]
    ('search', 'lisa', 3)
    """
    entry = {
        "at": pd.Timestamp.now(tz="UTC").isoformat(timespec="seconds"),
        "action": action,
        "viewer": viewer,
        "role": role,
        "query": query,
        "n_messages": int(n_messages),
        **extra,
    }
    line = json.dumps(entry, ensure_ascii=False, default=str)
    log.info("access %s", line)
    target = path if path is not None else os.environ.get(ACCESS_LOG_ENV)
    if target:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "a", encoding="utf-8") as f:
            f.write(line + "\n")
    return entry

"""One place for the argument checks every package makes: frames and their columns, random states.

Private to the toolkit (every layer may import it; it imports only pandas,
numpy and :mod:`toolkit.exceptions`). The messages are the same everywhere:
``"<name> lacks columns [...]"`` for a frame that misses columns (a
:class:`~toolkit.exceptions.SchemaError`, which is a ``ValueError``), and one
sentence for a ``random_state`` of the wrong type.

Examples
--------
>>> import pandas as pd
>>> require_columns(pd.DataFrame({"text": ["在吗"]}), ["text", "chat_id"], "questions",
...                 hint="pass what extract_questions returns")
Traceback (most recent call last):
...
toolkit.exceptions.SchemaError: questions lacks columns ['chat_id']; pass what extract_questions returns
>>> bool(check_random_state(0).integers(10) == check_random_state(0).integers(10))
True
>>> random_seed(7)
7
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from .exceptions import SchemaError

__all__ = ["check_random_state", "random_seed", "require_columns", "require_frame"]

RandomState = int | np.random.Generator | None


def require_frame(frame: Any, name: str) -> pd.DataFrame:
    """``frame`` itself, after checking it is a DataFrame (``TypeError`` naming ``name`` if not)."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame; got {type(frame).__name__}")
    return frame


def require_columns(frame: Any, columns: Iterable[str], name: str, *, hint: str | None = None) -> pd.DataFrame:
    """``frame`` itself, after checking it is a DataFrame holding ``columns``.

    Parameters
    ----------
    frame : pandas.DataFrame
        The frame a caller passed.
    columns : iterable of str
        The columns it must hold, in the order they are reported when missing.
    name : str
        What the caller called it (the parameter's name), for the message.
    hint : str, optional
        What to pass instead, appended after a semicolon.

    Raises
    ------
    TypeError
        ``frame`` is not a DataFrame.
    toolkit.exceptions.SchemaError
        Columns are missing: ``"<name> lacks columns [...]"``.
    """
    require_frame(frame, name)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SchemaError(f"{name} lacks columns {missing}" + (f"; {hint}" if hint else ""))
    return frame


def check_random_state(random_state: RandomState) -> np.random.Generator:
    """A :class:`numpy.random.Generator` from an int seed, a Generator (used as it is) or None (fresh entropy)."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or (isinstance(random_state, (int, np.integer)) and not isinstance(random_state, bool)):
        return np.random.default_rng(random_state)
    raise TypeError(f"random_state must be an int, a numpy Generator or None; got {type(random_state).__name__}")


def random_seed(random_state: RandomState) -> int:
    """An int seed for libraries that take one (faiss, igraph): the int itself, or one drawn from the Generator."""
    if isinstance(random_state, (int, np.integer)) and not isinstance(random_state, bool):
        return int(random_state)
    return int(check_random_state(random_state).integers(2**31 - 1))

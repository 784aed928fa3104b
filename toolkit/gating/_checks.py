"""Argument checks shared by the replay and the threshold statistics (private)."""

from __future__ import annotations

from typing import Any


def _unit(name: str, value: Any) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a number in [0, 1]; got {value!r}") from exc
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be in [0, 1]; got {value!r}")
    return v

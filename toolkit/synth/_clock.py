"""Time helpers of the synthetic archive: ms times and day indexes as Asia/Shanghai ISO stamps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

_CST = timezone(timedelta(hours=8))
_DAY_MS = 86_400_000


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, _CST).isoformat(timespec="seconds")


def _day_iso(start_ms: int, day: int) -> str:
    return datetime.fromtimestamp((start_ms + day * _DAY_MS) / 1000, _CST).date().isoformat()


def _day_start_iso(start_ms: int, day: int) -> str:
    return _iso(start_ms + day * _DAY_MS)


"""Fixtures for the store tests: the sample archive loaded once, small dumps."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from toolkit.archive import load_archive

SAMPLE_ARCHIVE = Path(__file__).resolve().parents[2] / "sample_data" / "archive"


@pytest.fixture(scope="session")
def sample_archive_dir() -> Path:
    return SAMPLE_ARCHIVE


@pytest.fixture(scope="session")
def sample_loaded():
    """``load_archive(sample_data/archive)``, the reference for round trips."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(SAMPLE_ARCHIVE)


def record(msgid: str, ms: int, text: str = "电池保修多久？", **extra) -> dict:
    """One decrypted text message record."""
    rec = {"msgid": msgid, "action": "send", "from": "wmCust1", "tolist": ["zhangsan"], "roomid": "",
           "msgtime": ms, "msgtype": "text", "text": {"content": text}}
    rec.update(extra)
    return rec


def write_dump(path: Path, records: list, bad_lines: tuple[str, ...] = ()) -> Path:
    """A JSON Lines dump of ``records`` followed by raw ``bad_lines``."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(bad_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

"""Fixtures for the KB tests: a small KB, a deterministic stand-in embedder, the real data sets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_DATASETS = REPO.parent / "shared" / "datasets"
NONGHANG = SHARED_DATASETS / "nonghang_zhidao"

#: Calibration for the stand-in embedder (any finite coefficients do).
FAKE_CALIBRATION = {"intercept": -6.0, "weights": (2.0, 2.0, 2.0, 6.0)}


def fake_embedder(texts: list[str]) -> np.ndarray:
    """Bag of character hashes in 64 dimensions: deterministic, fast, similar texts are close."""
    out = np.zeros((len(texts), 64))
    for i, t in enumerate(texts):
        for ch in t:
            out[i, int(hashlib.md5(ch.encode()).hexdigest()[:4], 16) % 64] += 1.0
    return out


@pytest.fixture
def small_kb() -> pd.DataFrame:
    return pd.DataFrame({
        "kb_id": ["K01", "K01", "K02", "K03", "K03", "K04"],
        "question": ["产品保修多久", "保修期是多长时间", "怎么开发票", "如何退货", "退货流程", "续航多久"],
        "answer": ["整机保修2年", "整机保修2年", "订单页申请电子发票", "订单页申请退货", "订单页申请退货", "续航7天"],
    })


@pytest.fixture
def sample_kb_path() -> Path:
    return REPO / "sample_data" / "kb.csv"


@pytest.fixture
def nonghang() -> Path:
    if not (NONGHANG / "kb.csv").is_file():
        pytest.skip(f"shared datasets absent: {NONGHANG}")
    return NONGHANG


@pytest.fixture
def embedder():
    """The stand-in embedder and its calibration."""
    return fake_embedder, FAKE_CALIBRATION

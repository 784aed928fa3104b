"""Issue 18 §2: the blind held-out corpus (:mod:`tests.privacy.pii_blind`) as a regression floor.

The corpus was written without reading the masking rules and evaluated once
(``bench/results/pii_blind.md``): overall recall 0.7832 (802/1024), overall
near-miss survival 0.9989 (931/932). That first run stays the honest held-out
estimate. The general gaps it showed were then closed (separators, cue
spellings and cues after the id, written-out e-mail, spaced plates, address
parts), so the corpus is no longer blind: after that, recall 0.9824
(1006/1024), survival 1.0000 (932/932). The floors below are these figures
minus 0.01: they guard against regressions and are not a goal.
"""

from __future__ import annotations

import pytest

from toolkit.privacy import evaluate_formats, id_card_is_valid, luhn_is_valid

from .pii_blind import make_blind_corpus

FIRST_RUN_RECALL = 0.7832
FIRST_RUN_SURVIVAL = 0.9989
MEASURED_RECALL = 0.9824
MEASURED_SURVIVAL = 1.0
RECALL_FLOOR = MEASURED_RECALL - 0.01
SURVIVAL_FLOOR = MEASURED_SURVIVAL - 0.01

_FW = str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")


@pytest.fixture(scope="module")
def corpus():
    return make_blind_corpus()


def test_blind_corpus_size_and_labels(corpus):
    pii_rows = corpus["entities"].map(bool)
    assert pii_rows.sum() >= 800
    assert (~pii_rows).sum() >= 800
    for text, ents, fmts in zip(corpus["text"], corpus["entities"], corpus["formats"], strict=True):
        assert len(ents) == len(fmts)
        for kind, a, b in ents:
            value = "".join(c for c in text[a:b].translate(_FW) if c.isdigit() or c in "Xx")
            if kind == "id_card":
                assert id_card_is_valid(value.upper()), text
            elif kind == "bank_card":
                assert luhn_is_valid(value), text


def test_blind_corpus_is_deterministic():
    a, b = make_blind_corpus(), make_blind_corpus()
    assert a["text"].tolist() == b["text"].tolist()


def test_blind_recall_and_survival_floor(corpus):
    table = evaluate_formats(corpus)
    pii = table[table["group"] == "pii"]
    near = table[table["group"] == "near_miss"]
    recall = pii["ok"].sum() / pii["n"].sum()
    survival = near["ok"].sum() / near["n"].sum()
    assert recall >= RECALL_FLOOR, f"blind recall {recall:.4f} < floor {RECALL_FLOOR:.4f}"
    assert survival >= SURVIVAL_FLOOR, f"blind survival {survival:.4f} < floor {SURVIVAL_FLOOR:.4f}"
    # Issue 18 §2: every near-miss kind survives at 0.98 or more.
    low = near[near["rate"] < 0.98]
    assert low.empty, low[["label", "n", "ok"]].to_dict("records")

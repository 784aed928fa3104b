"""Masking on real public Chinese text (no labels): what it finds and how fast, for false-mask review.

Reads every distinct text (4+ characters, not all digits) of ``../shared/datasets`` (atec and lcqmc questions,
nonghang queries, answers and KB, the stc3 Weibo help-desk dialogues), runs ``toolkit.privacy.find_pii`` on each
once and writes the finds per kind, the number of texts with a find and the time per text to
``bench/results/pii_real.md``. These texts hold almost no personal data, so a change of rules that changes what is
found here is a false mask to look at (``--dump FILE`` writes the finds, text and value, for that review; it is
not committed). Compare two checkouts by running it with each on ``PYTHONPATH``.

Usage::

    .venv/bin/python bench/pii_real.py [--dump finds.json]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "datasets"


def _texts() -> list[str]:
    texts: list[str] = []
    for name in ("atec_antfin/questions.csv", "lcqmc/questions.csv", "nonghang_zhidao/queries.csv",
                 "nonghang_zhidao/answers.csv", "nonghang_zhidao/kb.csv"):
        with open(DATA / name, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                texts += [v for v in row.values() if isinstance(v, str) and len(v) > 3 and not v.isdigit()]

    def walk(x: object) -> None:
        if isinstance(x, str):
            if len(x) > 3:
                texts.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    with open(DATA / "stc3_weibo_helpdesk" / "dialogues.jsonl", encoding="utf-8") as fh:
        for line in fh:
            walk(json.loads(line))
    return sorted(set(texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write the finds (text and value) to this JSON file for review")
    args = ap.parse_args()
    from toolkit.privacy import find_pii  # noqa: PLC0415  (the checkout on PYTHONPATH, after the argument check)

    texts = _texts()
    t0 = time.perf_counter()
    finds = {t: f for t in texts if (f := find_pii(t))}
    dt = time.perf_counter() - t0
    kinds = collections.Counter(m.kind for f in finds.values() for m in f)
    lines = [
        "# Masking on real public text (no labels)",
        "",
        f"`.venv/bin/python bench/pii_real.py`: {len(texts):,} distinct texts ({sum(map(len, texts)):,} characters) of "
        "atec, lcqmc, nonghang and stc3; `find_pii` once each.",
        "",
        f"- texts with a find: {len(finds)}",
        "- finds per kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
        f"- time: {dt:.1f} s, {dt / len(texts) * 1e3:.3f} ms per text (one run; the machine may be shared)",
        "",
    ]
    out = REPO / "bench" / "results" / "pii_real.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    if args.dump:
        Path(args.dump).write_text(json.dumps({t: [(m.kind, t[m.start:m.end]) for m in f] for t, f in finds.items()},
                                              ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()

"""Evaluate a blind PII corpus by an independent writer and write its table.

Each corpus ``tests/privacy/pii_blindN.py`` (N = 3, 4, 5 ...) was written by a
writer who did not read the masking rules, the other corpora or any result (see
its docstring). Its first run, before any rule changed because of it, is the
honest estimate of recall on personal data the rules were not tuned on and is
kept in ``bench/results/pii_blindN.md``; runs after rules were fixed for the
general classes it missed go to ``bench/results/pii_blindN_current.md``.

Usage::

    .venv/bin/python bench/pii_blind_eval.py blind5 --first-run   # once, before any rule changes
    .venv/bin/python bench/pii_blind_eval.py blind4               # later: writes pii_blind4_current.md
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.privacy.pii_blind2 import _esc, _md_table, evaluate_blind2  # noqa: E402  (the evaluation, not the corpus)

RESULTS = REPO / "bench" / "results"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="blind3, blind4, blind5 ...")
    ap.add_argument("--first-run", action="store_true", help="the one run before any rule changed because of it")
    args = ap.parse_args()
    name = args.corpus
    mod = importlib.import_module(f"tests.privacy.pii_{name}")
    df = getattr(mod, f"make_{name}_corpus")()
    res = evaluate_blind2(df)
    out = RESULTS / (f"pii_{name}.md" if args.first_run else f"pii_{name}_current.md")
    note = ("Evaluated once, before any rule changed because of it: the honest estimate on personal data the rules "
            "were not tuned on." if args.first_run else
            f"Not blind any more: rules were fixed for the general classes its first run missed; the first run is in "
            f"`pii_{name}.md`.")
    lines = [
        f"# Blind PII corpus `{name}` (independent writer): " + ("first run" if args.first_run else "current rules"),
        "",
        note,
        "",
        f"Corpus: `tests/privacy/pii_{name}.py` (`make_{name}_corpus()`, seed `{getattr(mod, 'SEED', '?')}`), written "
        "without reading the masking rules, the other corpora, earlier results or the tests. "
        f"{len(df)} sentences: {res['n_pii_sentences']} with personal data ({res['n_entities']} labelled entities), "
        f"{res['n_near_sentences']} near-miss sentences ({res['n_near']} labelled near-misses in all).",
        "",
        "Evaluated with `toolkit.privacy.evaluate_formats` (default `find_pii`, no staff directory) by "
        f"`.venv/bin/python bench/pii_blind_eval.py {name}{' --first-run' if args.first_run else ''}`.",
        "",
        f"**Overall recall: {res['recall']:.4f}** ({res['ok_entities']}/{res['n_entities']})  ",
        f"**Overall near-miss survival: {res['survival']:.4f}** ({res['ok_near']}/{res['n_near']})",
        "",
        "## Per format (recall) and per near-miss kind (survival)",
        "",
        _md_table(res["table"]),
        "",
        f"## Misses (all {len(res['misses'])})",
        "",
        "| format | value | text | masked |",
        "|---|---|---|---|",
    ]
    lines += [f"| {f} | `{_esc(v)}` | {_esc(t)} | {_esc(m)} |" for f, v, t, m in res["misses"]]
    lines += ["", f"## False masks (all {len(res['false_masks'])})", "", "| near-miss kind | value | text | masked |",
              "|---|---|---|---|"]
    lines += [f"| {k} | `{_esc(v)}` | {_esc(t)} | {_esc(m)} |" for k, v, t, m in res["false_masks"]]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: recall {res['recall']:.4f} ({res['ok_entities']}/{res['n_entities']})  survival "
          f"{res['survival']:.4f} ({res['ok_near']}/{res['n_near']}); misses {len(res['misses'])}, false masks "
          f"{len(res['false_masks'])}; wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()

"""Evaluate a blind corpus of whole conversations: each message alone, and read after the message before it.

A corpus ``tests/privacy/pii_threadsN.py`` (``make_threadsN_corpus()``, one row per message with ``chat_id`` and
``seq``) was written by an independent writer who never saw the masking rules. Personal data there is often a bare
reply to the other side's question (``您微信号多少`` then ``zhang_san81``), which no rule can read in the reply alone.
This script scores ``find_pii(text)`` (each message alone) and ``find_pii(text, after=the messages before)`` (what
``mask_frame(..., thread="chat_id")`` does) side by side, per format and per near-miss kind, and writes
``bench/results/pii_threadsN.md`` (``--first-run``, once, before any rule changed because of it) or
``pii_threadsN_current.md``.

Usage::

    .venv/bin/python bench/pii_threads_eval.py threads1 --first-run
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from toolkit.privacy import PLACEHOLDERS, find_pii, mask_frame  # noqa: E402

RESULTS = REPO / "bench" / "results"


def _covered(a: int, b: int, found) -> bool:
    cov: set[int] = set()
    for m in found:
        cov.update(range(max(a, m.start), min(b, m.end)))
    return len(cov) == b - a


def _masked(text: str, found) -> str:
    for m in sorted(found, key=lambda m: -m.start):
        text = text[: m.start] + PLACEHOLDERS[m.kind] + text[m.end :]
    return text


def _esc(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " / ")


def evaluate(df) -> dict:
    """Per format and near-miss kind: how many, found alone, found after the message before."""
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses, false_masks = [], []
    df = df.sort_values(["chat_id", "seq"], kind="stable")
    previous: dict[str, list[str]] = defaultdict(list)
    for chat, text, ents, fmts, nms in zip(df["chat_id"], df["text"], df["entities"], df["formats"],
                                           df["near_misses"], strict=True):
        earlier = previous[chat]
        before = earlier[-1] if earlier else None
        alone, read_after = find_pii(text), find_pii(text, after=earlier[-8:])
        for (_k, a, b), f in zip(ents, fmts, strict=True):
            r = rows[("pii", f)]
            r[0] += 1
            r[1] += _covered(a, b, alone)
            ok = _covered(a, b, read_after)
            r[2] += ok
            if not ok:
                misses.append((f, text[a:b], before or "", text, _masked(text, read_after)))
        for nk, a, b in nms:
            r = rows[("near_miss", nk)]
            r[0] += 1
            r[1] += not any(m.start < b and m.end > a for m in alone)
            hit = any(m.start < b and m.end > a for m in read_after)
            r[2] += not hit
            if hit:
                false_masks.append((nk, text[a:b], before or "", text))
        earlier.append(text)
    return {"rows": dict(rows), "misses": misses, "false_masks": false_masks}


def gone_with_mask_frame(df) -> float:
    """The share of labelled values no longer in their message after ``mask_frame(df, thread="chat_id")``, which
    also masks the first half of a value split over two messages (``find_pii(after=)`` cannot see the message after)."""
    df = df.sort_values(["chat_id", "seq"], kind="stable").reset_index(drop=True)
    masked = mask_frame(df, thread="chat_id")["text"]
    n = gone = 0
    for text, out, ents in zip(df["text"], masked, df["entities"], strict=True):
        for _k, a, b in ents:
            n += 1
            gone += text[a:b] not in out
    return gone / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="threads1, threads2 ...")
    ap.add_argument("--first-run", action="store_true", help="the one run before any rule changed because of it")
    args = ap.parse_args()
    name = args.corpus
    mod = importlib.import_module(f"tests.privacy.pii_{name}")
    df = getattr(mod, f"make_{name}_corpus")()
    res = evaluate(df)
    rows = res["rows"]

    def total(group: str, i: int) -> int:
        return sum(v[i] for (g, _), v in rows.items() if g == group)

    n_pii, n_near = total("pii", 0), total("near_miss", 0)
    figures = {
        "recall alone": total("pii", 1) / n_pii, "recall after the previous message": total("pii", 2) / n_pii,
        "survival alone": total("near_miss", 1) / n_near,
        "survival after the previous message": total("near_miss", 2) / n_near,
        "values gone with mask_frame(thread=)": gone_with_mask_frame(df),
    }
    out = RESULTS / (f"pii_{name}.md" if args.first_run else f"pii_{name}_current.md")
    note = ("Evaluated once, before any rule changed because of it." if args.first_run else
            f"Not blind any more: the first run is in `pii_{name}.md`.")
    lines = [
        f"# Blind corpus of conversations `{name}`: " + ("first run" if args.first_run else "current rules"), "",
        note, "",
        f"Corpus: `tests/privacy/pii_{name}.py` (seed `{getattr(mod, 'SEED', '?')}`): {df['chat_id'].nunique()} "
        f"conversations, {len(df)} messages, {n_pii} labelled values, {n_near} near-misses. "
        f"`.venv/bin/python bench/pii_threads_eval.py {name}{' --first-run' if args.first_run else ''}`: "
        "`find_pii(text)` against `find_pii(text, after=the eight messages before)` (as `mask_frame(..., thread=)`).", "",
        "| figure | value |", "|---|---:|",
        *[f"| {k} | {v:.4f} |" for k, v in figures.items()], "",
        "## Per format (recall) and near-miss kind (survival)", "",
        "| group | label | n | alone | after the previous message |", "|---|---|---:|---:|---:|",
    ]
    for (g, label), (n, a, b) in sorted(rows.items()):
        lines.append(f"| {g} | {label} | {n} | {a / n:.3f} | {b / n:.3f} |")
    lines += ["", f"## Misses read after the previous message (all {len(res['misses'])})", "",
              "| format | value | previous message | message | masked |", "|---|---|---|---|---|"]
    lines += [f"| {f} | `{_esc(v)}` | {_esc(p)} | {_esc(t)} | {_esc(m)} |" for f, v, p, t, m in res["misses"]]
    lines += ["", f"## False masks read after the previous message (all {len(res['false_masks'])})", "",
              "| near-miss kind | value | previous message | message |", "|---|---|---|---|"]
    lines += [f"| {k} | `{_esc(v)}` | {_esc(p)} | {_esc(t)} |" for k, v, p, t in res["false_masks"]]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: " + ", ".join(f"{k} {v:.4f}" for k, v in figures.items()) + f"; wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()

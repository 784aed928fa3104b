"""Masking personal data: speed of ``mask_frame`` against the obvious per-row code, and its quality.

Speed: ``toolkit.privacy.mask_frame`` (one pass per unique text, counts per
kind) against ``df["text"].map(mask_pii)`` (one call per row), on the
sample archive's messages repeated ``--repeat-data`` times (chat logs repeat
many texts: greetings, stickers, canned replies). Each method runs in its own
subprocess so that its peak RSS is its own.

Quality: recall and precision per kind on the labelled synthetic corpus of
``tests/privacy/pii_corpus.py`` (the one the tests assert on).

Usage::

    .venv/bin/python bench/pii.py                   # 80k messages x 5, corpus of 5,000 sentences
    .venv/bin/python bench/pii.py --repeat-data 1   # a quick check

Prints one JSON line per measurement.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _messages(repeat: int):
    import pandas as pd

    from toolkit.archive import load_archive

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arch = load_archive(REPO / "sample_data" / "archive", staff=REPO / "sample_data" / "staff.csv")
    df = pd.concat([arch.messages[["msgid", "text"]]] * repeat, ignore_index=True)
    return df, arch.staff


def _run(method: str, repeat: int) -> dict:
    from toolkit.privacy import mask_frame, mask_pii

    df, staff = _messages(repeat)
    names = staff["name"].dropna().tolist()
    t0 = time.perf_counter()
    if method == "mask_frame":
        masked = mask_frame(df, staff=names)["text"]
    else:
        masked = df["text"].map(lambda t: mask_pii(t, staff=names) if isinstance(t, str) else t)
    seconds = time.perf_counter() - t0
    n_masked = int((masked.fillna("") != df["text"].fillna("")).sum())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"method": method, "rows": len(df), "unique_texts": int(df["text"].nunique()), "seconds": round(seconds, 3),
            "rows_per_s": round(len(df) / seconds), "peak_rss_mb": round(rss_mb, 1), "rows_changed": n_masked}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat-data", type=int, default=5)
    ap.add_argument("--corpus", type=int, default=5000)
    ap.add_argument("--child", choices=["mask_frame", "map_mask_pii"])
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_run(args.child, args.repeat_data)))
        return
    env = {"python": platform.python_version(), "machine": platform.machine(), "cpus": __import__("os").cpu_count(),
           "note": "timed on a shared 2-core machine while other jobs ran: expect noise"}
    print(json.dumps({"environment": env}))
    results = {}
    for method in ("map_mask_pii", "mask_frame"):
        out = subprocess.run([sys.executable, __file__, "--child", method, "--repeat-data", str(args.repeat_data)],
                             capture_output=True, text=True, check=True)
        results[method] = json.loads(out.stdout.strip().splitlines()[-1])
        print(json.dumps(results[method]))
    print(json.dumps({"ratio_map_over_mask_frame": round(results["map_mask_pii"]["seconds"] / results["mask_frame"]["seconds"], 2)}))

    from tests.privacy.pii_corpus import make_pii_corpus
    from toolkit.privacy import evaluate_masking

    corpus, staff = make_pii_corpus(args.corpus, random_state=0)
    res = evaluate_masking(corpus, staff=staff)
    for row in res.round(4).to_dict("records"):
        print(json.dumps({"quality": row, "corpus": args.corpus, "seed": 0}, ensure_ascii=False))

    # Real public customer-service text (unlabelled): how much each kind finds. Counts only, no text.
    shared = REPO.parent / "shared" / "datasets"
    if shared.exists():
        import pandas as pd

        from toolkit.privacy import pii_counts

        texts = []
        for line in (shared / "stc3_weibo_helpdesk" / "dialogues.jsonl").read_text(encoding="utf-8").splitlines():
            texts += [t["text"] for t in json.loads(line)["turns"]]
        texts += pd.read_csv(shared / "nonghang_zhidao" / "answers.csv")["answer"].dropna().tolist()
        texts += pd.read_csv(shared / "atec_antfin" / "questions.csv")["question"].dropna().tolist()
        counts = pii_counts(pd.DataFrame({"text": texts}))
        print(json.dumps({"real_data_finds": dict(zip(counts["kind"], counts["n"].astype(int).tolist())), "texts": len(texts)}))


if __name__ == "__main__":
    main()

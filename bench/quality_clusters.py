"""Quality of question clustering on labelled data, both levels, side by side with baselines (not a timed test).

Four labelled sets. Each is clustered once by ``FrequentQuestions(random_state=0)``
(k NOT given), whose two levels are scored separately: paraphrase clusters
(``labels_``) and topics (``topic_labels_``; skipped while the estimator has
no such attribute). Beside it, in the same run:

``kmeans``
    Character 1-2-gram TF-IDF (``sublinear_tf``) + k-means GIVEN the true k.
    For a set with gold groups k is their number; for a pair-only set it is
    the number of connected components of the positive pairs, singletons
    counted (so it cannot be given in practice). Sparse ``MiniBatchKMeans``
    as one writes it first when k x vocabulary fits in about 1 GB of centres;
    above that (atec, lcqmc: k of 10k-28k) the TF-IDF is first reduced to 256
    dimensions by ``TruncatedSVD`` (rows L2-normalised) and fitted with
    ``KMeans(init="random", n_init=1, max_iter=30)``, because k-means++ seeding
    of 28k centres alone takes longer than everything else here.
``use-average``
    USE embeddings (``toolkit.text.embed.sentence_embeddings`` of the raw
    texts) + average linkage on cosine distance, cut at a distance chosen on
    a DIFFERENT set: the paraphrase cut maximises ARI on atec's groups (applied
    to lcqmc, nonghang, sample; pairwise F1 on atec peaks at a near-one-cluster
    cut, see ``MAIN_METRIC``) or pairwise F1 on lcqmc (applied to atec); the topic cut
    maximises ARI on nonghang (applied to sample, atec, lcqmc) or on the sample
    (applied to nonghang). The row names the set that chose the cut. Linkage
    is exact: for lcqmc (38,643 texts, a 6 GB condensed distance matrix) it is
    run separately inside each connected component of the graph "cosine
    distance <= the largest cut scanned" (average linkage never merges two
    clusters whose every cross distance exceeds the cut, so this is the same
    partition at every cut up to that one). The scan starts at the largest
    cut whose graph has at most ``MAX_EDGES`` edges and is lowered until the
    largest component has at most ``--max-component`` texts (lcqmc: cuts up
    to 0.225, largest component 15,597 texts).
``one cluster`` / ``singletons``
    Trivial references for the pair sets: the pairwise metric only looks at
    labelled pairs, so one cluster gets recall 1 and precision = the positive
    rate (F1 0.67 on lcqmc, 0.78 on atec).

Sets (``../shared/datasets`` beside the repository):

``atec``
    ``atec_antfin/questions.csv``, all 15,000 questions: pairwise on the
    7,675 labelled pairs of ``pairs.csv`` and group metrics on the 9,739
    questions of gold groups of size >= 2 (singletons unlabelled). Paraphrase
    level.
``lcqmc``
    ``lcqmc/questions.csv``, 38,643 texts; pairwise on the 21,302 pairs of
    ``pairs.csv`` (open domain, paraphrase level; no groups).
``nonghang``
    ``nonghang_zhidao/kb.csv``: the 1,119 question titles that share their
    answer text with another title (168 answer groups, the largest 137: a
    canned reply). Topic level; group metrics only.
``sample``
    ``sample_data/truth/questions.csv``: the 20,506 labelled customer
    questions of the synthetic archive (16,625 distinct), 29 intents (topic
    level). Synthetic: the generator is ours.

Baselines cluster each set's distinct texts and give every copy its text's
label; the toolkit gets the texts as they are. Group metrics are
``evaluate_clusters`` (NMI, ARI, best-match F1 of the 30 largest groups, ...),
pairwise metrics ``evaluate_pairs`` (precision, recall, F1, accuracy).

Usage::

    .venv/bin/python bench/quality_clusters.py                    # all sets
    .venv/bin/python bench/quality_clusters.py --sets atec nonghang   # cuts chosen on a set not run are computed anyway
    .venv/bin/python bench/quality_clusters.py --no-toolkit       # baselines only
    .venv/bin/python bench/quality_clusters.py --specs similarity_threshold=0.75,linkage=complete

A spec is ``name=value,...`` keyword arguments for ``FrequentQuestions`` on top
of ``random_state=0`` (``default`` = none). USE embeddings are cached in the
git-ignored ``bench/_data/use-embeddings/``. Results go to
``bench/results/quality_clusters.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATASETS = REPO.parent / "shared" / "datasets"
RESULTS = REPO / "bench" / "results" / "quality_clusters.json"
CACHE = REPO / "bench" / "_data" / "use-embeddings"
SEED = 0
SETS = ("atec", "lcqmc", "nonghang", "sample")
GROUP_KEYS = ("nmi", "ari", "v_measure", "purity", "best_match_f1", "outlier_share", "n_clusters", "n_items",
              "n_gold_groups")
PAIR_KEYS = ("precision", "recall", "f1", "accuracy", "n_pairs", "n_scored", "n_positive", "n_same_cluster")
#: Cosine distances scanned for the USE + average linkage cut.
CUTS = tuple(round(float(c), 3) for c in np.arange(0.05, 0.701, 0.025))
#: Which set chooses the cut applied to which: (level, choosing set, metric) per target set.
CHOOSER = {
    "paraphrase": {"atec": "lcqmc", "lcqmc": "atec", "nonghang": "atec", "sample": "atec"},
    "topic": {"atec": "nonghang", "lcqmc": "nonghang", "nonghang": "sample", "sample": "nonghang"},
}
# atec chooses by ARI on its groups, not by pairwise F1: its negatives are near-misses that the encoder does
# not separate, so pairwise F1 there peaks at a near-one-cluster cut (0.6: 28 clusters, F1 0.783 against
# 0.779 for one cluster), the metric's blind spot.
MAIN_METRIC = {"atec": ("groups", "ari"), "lcqmc": ("pairs", "f1"), "nonghang": ("groups", "ari"),
               "sample": ("groups", "ari")}
KMEANS_SPARSE_MAX = 1.5e8  # k x vocabulary; above it, SVD-256 first
MAX_EDGES = 4e7  # similarity-graph edges held at once when linkage is split by components


@dataclass
class Labelled:
    name: str
    texts: list[str]  # the items, as the toolkit gets them
    gold: list[Any] | None  # gold group per item (None = unlabelled), or no groups at all
    pairs: pd.DataFrame | None
    k: int
    k_note: str

    @property
    def distinct(self) -> tuple[list[str], np.ndarray]:
        """Distinct texts (first-seen order) and each item's index into them."""
        codes, uniques = pd.factorize(pd.Series(self.texts, dtype=object))
        return [str(u) for u in uniques], codes


def _components(texts: pd.Index, pairs: pd.DataFrame) -> int:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    pos = pairs[pairs["label"] == 1]
    a, b = texts.get_indexer(pos["question1"]), texts.get_indexer(pos["question2"])
    keep = (a >= 0) & (b >= 0)
    graph = coo_matrix((np.ones(int(keep.sum())), (a[keep], b[keep])), shape=(len(texts), len(texts)))
    return int(connected_components(graph, directed=False)[0])


def load_set(name: str) -> Labelled:
    """Texts, gold groups and pairs of one labelled set."""
    if name == "atec":
        df = pd.read_csv(DATASETS / "atec_antfin" / "questions.csv")
        pairs = pd.read_csv(DATASETS / "atec_antfin" / "pairs.csv")
        gold = [g if s >= 2 else None for g, s in zip(df["intent_group"].astype(str), df["group_size"])]
        k = int(df["intent_group"].nunique())
        return Labelled(name, df["question"].astype(str).tolist(), gold, pairs, k,
                        f"{k:,} gold groups, singletons counted")
    if name == "lcqmc":
        df = pd.read_csv(DATASETS / "lcqmc" / "questions.csv")
        pairs = pd.read_csv(DATASETS / "lcqmc" / "pairs.csv")
        texts = df["question"].astype(str).tolist()
        k = _components(pd.Index(texts), pairs)
        return Labelled(name, texts, None, pairs, k,
                        f"{k:,} connected components of the positive pairs, singletons counted")
    if name == "nonghang":
        df = pd.read_csv(DATASETS / "nonghang_zhidao" / "kb.csv")
        df = df[df["answer_group_size"] >= 2]
        k = int(df["answer_group"].nunique())
        return Labelled(name, df["question"].astype(str).tolist(), df["answer_group"].astype(str).tolist(), None,
                        k, f"{k:,} answer groups")
    if name == "sample":
        df = pd.read_csv(REPO / "sample_data" / "truth" / "questions.csv")
        df = df[df["is_question"].astype(bool)]
        k = int(df["intent"].nunique())
        return Labelled(name, df["text"].astype(str).tolist(), df["intent"].astype(str).tolist(), None, k,
                        f"{k:,} intents")
    raise ValueError(f"unknown set {name!r}; use one of {', '.join(SETS)}")


# --------------------------------------------------------------------------- scoring


def score(data: Labelled, labels: np.ndarray) -> dict[str, Any]:
    """Pairwise and group metrics of per-item labels (whichever the set has)."""
    from toolkit.questions import evaluate_clusters, evaluate_pairs

    labels = np.asarray(labels, dtype=np.int64)
    out: dict[str, Any] = {"n_clusters_all": int(len(np.unique(labels[labels >= 0]))),
                           # every clustered text counts here, labelled or not (outlier_share: labelled only)
                           "outlier_share_all": round(float((labels == -1).mean()), 4) if len(labels) else 0.0}
    if data.pairs is not None:
        p = evaluate_pairs(labels, data.pairs, texts=data.texts)
        out.update({f"pair_{k}": p[k] for k in PAIR_KEYS})
    if data.gold is not None:
        g = evaluate_clusters(labels, data.gold)
        out.update({k: g[k] for k in GROUP_KEYS})
    return out


def main_metric(name: str, scores: dict[str, Any]) -> float:
    kind, key = MAIN_METRIC[name]
    value = scores[f"pair_{key}" if kind == "pairs" else key]
    return float("-inf") if value != value else float(value)


# --------------------------------------------------------------------------- methods


def run_toolkit(texts: list[str], spec: str) -> tuple[np.ndarray, np.ndarray | None, float]:
    """Fit ``FrequentQuestions``; return paraphrase labels, topic labels (None if absent) and seconds."""
    from toolkit.questions import FrequentQuestions

    kwargs: dict[str, Any] = {}
    if spec != "default":
        for item in spec.split(","):
            key, value = item.split("=", 1)
            try:
                kwargs[key] = json.loads(value)
            except json.JSONDecodeError:
                kwargs[key] = value
    t0 = time.perf_counter()
    model = FrequentQuestions(**{"random_state": SEED, **kwargs}).fit(texts)
    seconds = time.perf_counter() - t0
    topics = getattr(model, "topic_labels_", None)
    return np.asarray(model.labels_), None if topics is None else np.asarray(topics), seconds


def run_kmeans(data: Labelled) -> tuple[np.ndarray, str]:
    """Char 1-2-gram TF-IDF + k-means given the true k, on distinct texts; labels per item."""
    from sklearn.cluster import KMeans, MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    distinct, codes = data.distinct
    x = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True).fit_transform(distinct)
    k = min(data.k, x.shape[0])
    if k * x.shape[1] <= KMEANS_SPARSE_MAX:
        labels = MiniBatchKMeans(n_clusters=k, random_state=SEED, n_init=1, batch_size=4096).fit_predict(x)
        how = "MiniBatchKMeans"
    else:
        z = normalize(TruncatedSVD(n_components=256, random_state=SEED).fit_transform(x))
        labels = KMeans(n_clusters=k, init="random", n_init=1, max_iter=30, random_state=SEED).fit_predict(z)
        how = "SVD-256 + KMeans(init=random)"
    return labels[codes], how


def embeddings(texts: list[str]) -> np.ndarray:
    """USE embeddings of ``texts`` (float32), cached by content in ``bench/_data/``."""
    from toolkit.text.embed import sentence_embeddings

    key = hashlib.sha1("\n".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{key}-{len(texts)}.npy"
    if path.is_file():
        return np.load(path)
    t0 = time.perf_counter()
    emb = sentence_embeddings(texts).astype(np.float32)
    print(f"  embedded {len(texts):,} texts in {time.perf_counter() - t0:.0f} s (cached: {path.name})", flush=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, emb)
    return emb


class Dendrogram:
    """Exact average linkage (cosine) on distinct texts, cut at any distance <= ``t_max``."""

    def __init__(self, emb: np.ndarray, *, t_max: float, max_component: int) -> None:
        from scipy.cluster.hierarchy import linkage
        from scipy.spatial.distance import pdist

        self.n = len(emb)
        self.t_max = t_max
        emb = emb / np.linalg.norm(emb, axis=1, keepdims=True).clip(1e-12)
        if self.n <= max_component:
            self.parts = [(np.arange(self.n), linkage(pdist(emb, "cosine"), "average"))]
            self.note = "exact, whole set"
            return
        # Edges "cosine distance <= t" for the largest cut whose edge count fits in memory, then lower
        # the cut until the largest connected component fits one exact linkage.
        probe = emb[np.random.default_rng(SEED).choice(self.n, size=min(self.n, 2000), replace=False)] @ emb.T
        per_cut = {t: float((probe >= 1.0 - t).sum()) * self.n / len(probe) for t in CUTS if t <= t_max}
        self.t_max = max([t for t, e in per_cut.items() if e <= MAX_EDGES] or [min(CUTS)])
        del probe
        rows, cols, sims = [], [], []
        for i in range(0, self.n, 2048):
            sim = emb[i:i + 2048] @ emb.T
            r, c = np.nonzero(sim >= 1.0 - self.t_max)
            keep = r + i < c
            rows.append(r[keep] + i)
            cols.append(c[keep])
            sims.append(sim[r[keep], c[keep]])
        r, c, sv = np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)
        while True:
            comp = self._components(self.n, r, c, sv >= 1.0 - self.t_max)
            largest = int(np.bincount(comp).max())
            if largest <= max_component:
                break
            lowered = max(t for t in CUTS if t < self.t_max - 1e-9)
            print(f"  largest component at cut {self.t_max} has {largest:,} texts > {max_component:,}: "
                  f"scanning cuts up to {lowered} only", flush=True)
            self.t_max = lowered
        self.parts = []
        order = np.argsort(comp, kind="stable")
        bounds = np.flatnonzero(np.diff(comp[order])) + 1
        for idx in np.split(order, bounds):
            z = linkage(pdist(emb[idx], "cosine"), "average") if len(idx) > 1 else None
            self.parts.append((idx, z))
        sizes = np.bincount(comp)
        self.note = (f"exact, per connected component at cosine distance <= {self.t_max} ({len(sizes):,} "
                     f"components, largest {int(sizes.max()):,})")

    @staticmethod
    def _components(n: int, r: np.ndarray, c: np.ndarray, keep: np.ndarray) -> np.ndarray:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        graph = coo_matrix((np.ones(int(keep.sum()), dtype=np.int8), (r[keep], c[keep])), shape=(n, n))
        return connected_components(graph, directed=False)[1]

    def cut(self, t: float) -> np.ndarray:
        from scipy.cluster.hierarchy import fcluster

        if t > self.t_max + 1e-9:
            raise ValueError(f"cut {t} above the largest exact cut {self.t_max}")
        labels = np.empty(self.n, dtype=np.int64)
        offset = 0
        for idx, z in self.parts:
            lab = np.zeros(1, dtype=np.int64) if z is None else fcluster(z, t, criterion="distance") - 1
            labels[idx] = lab + offset
            offset += int(lab.max()) + 1
        return labels


# --------------------------------------------------------------------------- main


def _row(name: str, method: str, level: str, scores: dict[str, Any], **extra: Any) -> dict[str, Any]:
    row = {"set": name, "method": method, "level": level, **extra}
    row.update({k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()})
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return row


def _table(rows: list[dict[str, Any]]) -> str:
    cols = [("set", "set"), ("method", "method"), ("level", "level"), ("pair_precision", "P"),
            ("pair_recall", "R"), ("pair_f1", "F1"), ("pair_accuracy", "acc"), ("nmi", "NMI"), ("ari", "ARI"),
            ("best_match_f1", "bmF1"), ("outlier_share", "outl"), ("n_clusters_all", "clusters"),
            ("seconds", "s")]
    frame = pd.DataFrame(rows).reindex(columns=[c for c, _ in cols]).rename(columns=dict(cols))
    return frame.to_string(index=False, na_rep="-", float_format=lambda v: f"{v:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    ap.add_argument("--specs", nargs="+", default=["default"],
                    help="FrequentQuestions keyword sets, 'name=value,...' ('default' = random_state=0 only)")
    ap.add_argument("--no-toolkit", action="store_true", help="baselines and references only")
    ap.add_argument("--no-baselines", action="store_true", help="toolkit rows and trivial references only")
    ap.add_argument("--max-component", type=int, default=18_000,
                    help="largest group of texts given to one exact average linkage (memory ~ 12 n^2 bytes)")
    ap.add_argument("--results", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not DATASETS.exists():
        print(f"datasets not found: {DATASETS}", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore", category=UserWarning)

    needed = list(args.sets)
    if not args.no_baselines:  # the sets that choose a cut for the ones asked for
        needed += [CHOOSER[lv][s] for lv in CHOOSER for s in args.sets]
    data = {name: load_set(name) for name in SETS if name in needed}
    for d in data.values():
        n_distinct = len(d.distinct[0])
        extra = []
        if d.pairs is not None:
            extra.append(f"{len(d.pairs):,} pairs ({d.pairs['label'].mean():.3f} positive)")
        if d.gold is not None:
            extra.append(f"{sum(g is not None for g in d.gold):,} in gold groups")
        print(f"{d.name}: {len(d.texts):,} texts ({n_distinct:,} distinct), {', '.join(extra)}; true k = {d.k_note}",
              flush=True)

    rows: list[dict[str, Any]] = []
    scans: dict[str, Any] = {}
    cuts: dict[str, dict[str, Any]] = {}
    if not args.no_baselines:
        dendro: dict[str, Dendrogram] = {}
        for name, d in data.items():
            distinct, codes = d.distinct
            t0 = time.perf_counter()
            emb = embeddings(distinct)
            dendro[name] = Dendrogram(emb, t_max=max(CUTS), max_component=args.max_component)
            curve = []
            for t in CUTS:
                if t > dendro[name].t_max + 1e-9:
                    break
                s = score(d, dendro[name].cut(t)[codes])
                curve.append({"cut": t, **{k: round(v, 4) if isinstance(v, float) else v for k, v in s.items()}})
            scans[name] = {"linkage": dendro[name].note, "seconds": round(time.perf_counter() - t0, 1),
                           "curve": curve}
            best = max(curve, key=lambda c: main_metric(name, c))
            kind, key = MAIN_METRIC[name]
            print(f"  {name}: USE average linkage {dendro[name].note}; best cut by {key} {best['cut']} "
                  f"({key} {main_metric(name, best):.3f})", flush=True)
            cuts[name] = {"cut": best["cut"], "metric": key}
    for name in args.sets:
        d = data[name]
        print(f"\n== {name}", flush=True)
        if not args.no_toolkit:
            for spec in args.specs:
                para, topic, seconds = run_toolkit(d.texts, spec)
                method = "toolkit " + ("default" if spec == "default" else spec)
                rows.append(_row(name, method, "paraphrase", score(d, para), seconds=round(seconds, 1)))
                if topic is None:
                    print(f"  {method}: no topic_labels_ yet, topic level skipped", flush=True)
                else:
                    rows.append(_row(name, method, "topic", score(d, topic), seconds=round(seconds, 1)))
        if not args.no_baselines:
            t0 = time.perf_counter()
            labels, how = run_kmeans(d)
            rows.append(_row(name, f"char tfidf + {how}, k={d.k} given", "k given", score(d, labels),
                             seconds=round(time.perf_counter() - t0, 1), k_note=d.k_note))
            _, codes = d.distinct
            for level, chooser in CHOOSER.items():
                chosen = cuts[CHOOSER[level][name]]
                cut = min(chosen["cut"], dendro[name].t_max)
                capped = "" if cut == chosen["cut"] else f", capped from {chosen['cut']} (largest exact cut)"
                rows.append(_row(name, f"USE average, cut {cut} chosen on {chooser[name]} ({chosen['metric']}){capped}",
                                 level, score(d, dendro[name].cut(cut)[codes]), cut=cut,
                                 chosen_on=chooser[name], linkage=dendro[name].note))
        if d.pairs is not None:
            rows.append(_row(name, "reference: one cluster", "-", score(d, np.zeros(len(d.texts), dtype=np.int64))))
            rows.append(_row(name, "reference: all singletons", "-", score(d, np.arange(len(d.texts)))))
    print()
    print(_table(rows))
    print("\nP/R/F1/acc: pairwise on labelled pairs (evaluate_pairs); NMI/ARI/bmF1 (best-match F1@30)/outl: "
          "gold groups (evaluate_clusters); clusters exclude -1")
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        payload = {"benchmark": "quality_clusters", "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                   "command": "bench/quality_clusters.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                   "python": platform.python_version(),
                   "sets": {n: {"n_texts": len(d.texts), "n_distinct": len(d.distinct[0]), "k": d.k,
                                "k_note": d.k_note} for n, d in data.items()},
                   "cuts_chosen": cuts, "cut_scans": scans, "rows": rows}
        args.results.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten: {args.results.relative_to(REPO) if args.results.is_relative_to(REPO) else args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

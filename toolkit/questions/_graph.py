"""Nearest-neighbour graphs and Leiden communities at two resolutions (private).

:class:`toolkit.questions.FrequentQuestions` builds a k-nearest-neighbour
graph of the unique question texts (cosine, faiss: exact up to
``EXACT_KNN_MAX`` texts, an inverted-file index above), finds paraphrase
clusters with Leiden under the Constant Potts Model (CPM) at a high
resolution, then topics with CPM at a low resolution on the graph of those
clusters, so every topic is a union of whole clusters.

Why CPM: its resolution is a density (a community's mean internal edge
weight must exceed it), so the same setting means the same on 2,000 or
200,000 texts; modularity's resolution depends on the size of the graph.

Examples
--------
>>> import numpy as np
>>> x = np.array([[1, 0], [0.99, 0.1], [0.98, 0.2], [0, 1], [0.1, 0.99]], dtype=np.float32)
>>> x /= np.linalg.norm(x, axis=1, keepdims=True)
>>> g = knn_graph(x, n_neighbors=2)
>>> leiden(g, resolution=0.5, random_state=0).tolist()
[0, 0, 0, 1, 1]
"""

from __future__ import annotations

import random
import threading
from typing import TYPE_CHECKING

import faiss
import numpy as np

if TYPE_CHECKING:
    import igraph as ig

__all__ = ["EXACT_KNN_MAX", "knn_graph", "leiden", "coarsen"]


def _ig():
    """igraph, imported on first use: importing it loads matplotlib (its drawing module) whenever that is installed."""
    import igraph  # noqa: PLC0415  (lazy: igraph imports matplotlib)

    return igraph


#: Above this many points the neighbours come from an inverted-file index
#: (faiss ``IndexIVFFlat``, ``2 * sqrt(n)`` lists, 8 probed): on 71,387
#: distinct real questions (USE) it finds 95% of the exact 10 neighbours,
#: in a fifth of the time of 4 * sqrt(n) lists with 16 probed (97%).
EXACT_KNN_MAX = 10_000

# igraph draws from one process-wide generator; Leiden calls take turns so a
# seeded call is not disturbed by another thread's.
_RNG_LOCK = threading.Lock()


def _search(x: np.ndarray, k: int, random_state: int) -> tuple[np.ndarray, np.ndarray]:
    n, d = x.shape
    if n <= EXACT_KNN_MAX:
        index = faiss.IndexFlatIP(d)
        index.add(x)
        return index.search(x, k)
    quantizer = faiss.IndexFlatIP(d)
    nlist = int(2 * np.sqrt(n))
    index = faiss.IndexIVFFlat(quantizer, d, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = int(random_state)
    index.train(x)
    index.add(x)
    index.nprobe = 8
    return index.search(x, k)


def knn_graph(x: np.ndarray, *, n_neighbors: int = 10, random_state: int = 0) -> ig.Graph:
    """Undirected graph joining each row of ``x`` to its nearest neighbours.

    Parameters
    ----------
    x : numpy.ndarray
        Unit-norm rows (the inner product is the cosine).
    n_neighbors : int, default 10
        Neighbours per point (fewer when there are fewer points).
    random_state : int, default 0
        Seeds the inverted-file index's k-means (large inputs only).

    Returns
    -------
    igraph.Graph
        One vertex per row; an edge for each neighbour pair (kept once),
        with ``weight`` = the cosine clipped to [0, 1]. Exact duplicates
        of a row are joined with weight 1.
    """
    x = np.ascontiguousarray(x, dtype=np.float32)
    n = x.shape[0]
    g = _ig().Graph(n=n)
    if n < 2:
        g.es["weight"] = []
        return g
    k = min(int(n_neighbors) + 1, n)
    sims, idx = _search(x, k, random_state)
    src = np.repeat(np.arange(n), k)
    dst = idx.ravel()
    w = sims.ravel()
    ok = (dst >= 0) & (dst != src)
    a = np.minimum(src[ok], dst[ok]).astype(np.int64)
    b = np.maximum(src[ok], dst[ok]).astype(np.int64)
    key, first = np.unique(a * n + b, return_index=True)
    g.add_edges(np.column_stack([key // n, key % n]))
    g.es["weight"] = np.clip(w[ok][first], 0.0, 1.0).astype(float).tolist()
    return g


def leiden(g: ig.Graph, *, resolution: float, node_weights: np.ndarray | None = None,
           random_state: int = 0, n_iterations: int = 4) -> np.ndarray:
    """Leiden communities under the Constant Potts Model.

    Parameters
    ----------
    g : igraph.Graph
        Weighted graph (edge attribute ``weight``).
    resolution : float
        CPM resolution: a community's internal edge weight must exceed
        ``resolution`` times its number of vertex pairs (with
        ``node_weights``, the products of their weights).
    node_weights : numpy.ndarray, optional
        Vertex weights (default 1 each): on a coarsened graph, the number of
        original vertices each stands for.
    random_state : int, default 0
        Seeds Leiden's random moves (a private generator; the global
        :mod:`random` state is left as it was).
    n_iterations : int, default 4
        Leiden iterations.

    Returns
    -------
    numpy.ndarray of int
        Community per vertex, numbered 0.. in order of first vertex.
    """
    if g.vcount() == 0:
        return np.zeros(0, dtype=np.int64)
    nw = None if node_weights is None else np.asarray(node_weights, dtype=float).tolist()
    with _RNG_LOCK:
        _ig().set_random_number_generator(random.Random(int(random_state)))
        try:
            part = g.community_leiden(objective_function="CPM", weights="weight", resolution=float(resolution),
                                      node_weights=nw, n_iterations=int(n_iterations))
        finally:
            _ig().set_random_number_generator(random)
    # renumber by first vertex so the labels do not depend on igraph's numbering
    mem = np.asarray(part.membership)
    order = {c: i for i, c in enumerate(dict.fromkeys(mem.tolist()))}
    return np.array([order[c] for c in mem.tolist()], dtype=np.int64)


def coarsen(g: ig.Graph, membership: np.ndarray) -> tuple[ig.Graph, np.ndarray]:
    """The graph of communities: one vertex per community, edge weights summed.

    Parameters
    ----------
    g : igraph.Graph
        Weighted graph.
    membership : numpy.ndarray of int
        Community per vertex, 0..k-1 (``-1`` vertices are left out).

    Returns
    -------
    (igraph.Graph, numpy.ndarray)
        The coarse graph (self-loops carry each community's internal
        weight) and the number of vertices in each community, for
        :func:`leiden`'s ``node_weights``.
    """
    mem = np.asarray(membership, dtype=np.int64)
    k = int(mem.max()) + 1 if (mem >= 0).any() else 0
    sizes = np.bincount(mem[mem >= 0], minlength=k).astype(float)
    edges = np.array(g.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    w = np.asarray(g.es["weight"], dtype=float) if g.ecount() else np.zeros(0)
    a, b = mem[edges[:, 0]], mem[edges[:, 1]]
    ok = (a >= 0) & (b >= 0)
    lo, hi = np.minimum(a[ok], b[ok]), np.maximum(a[ok], b[ok])
    key, inv = np.unique(lo * max(k, 1) + hi, return_inverse=True)
    summed = np.bincount(inv, weights=w[ok], minlength=len(key))
    c = _ig().Graph(n=k)
    c.add_edges(np.column_stack([key // max(k, 1), key % max(k, 1)]))
    c.es["weight"] = summed.tolist()
    return c, sizes

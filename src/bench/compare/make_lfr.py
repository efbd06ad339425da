#!/usr/bin/env python3
"""Writes LFR benchmark graphs (networkx LFR_benchmark_graph, fixed seed) as
source,target,weight edge lists (weight 1, nodes 0..n-1, each edge once with source <= target),
plus a directed copy of the 10,000-node graph with each edge oriented at random (seeded).

usage: /usr/bin/python3 make_lfr.py OUT_DIR [SIZES...]   (default sizes: 10000 100000)
"""
import json
import random
import sys
import time
from pathlib import Path

import networkx as nx

# Lancichinetti, Fortunato & Radicchi (2008) parameters used for every size.
PARAMS = dict(tau1=2.5, tau2=1.5, mu=0.3, average_degree=10, max_degree=100,
              min_community=20, max_community=500, max_iters=2000)
SEED = 42


def write(path, edges):
    with open(path, "w") as f:
        f.write("source,target,weight\n")
        for u, v in edges:
            f.write(f"{u},{v},1\n")


def main():
    out = Path(sys.argv[1])
    sizes = [int(s) for s in sys.argv[2:]] or [10000, 100000]
    out.mkdir(parents=True, exist_ok=True)
    info = {}
    for n in sizes:
        t = time.perf_counter()
        g = nx.LFR_benchmark_graph(n, seed=SEED, **PARAMS)
        seconds = time.perf_counter() - t
        g.remove_edges_from(nx.selfloop_edges(g))
        edges = sorted((min(u, v), max(u, v)) for u, v in g.edges())
        name = f"lfr{n // 1000}k"
        write(out / f"{name}.csv", edges)
        communities = {frozenset(g.nodes[v]["community"]) for v in g}
        info[name] = dict(nodes=n, edges=len(edges), planted_communities=len(communities),
                          generator_seconds=round(seconds, 2), seed=SEED, **PARAMS)
        if n == 10000:
            rnd = random.Random(SEED)
            arcs = [(u, v) if rnd.random() < 0.5 else (v, u) for u, v in edges]
            write(out / f"{name}-directed.csv", arcs)
            info[f"{name}-directed"] = dict(nodes=n, arcs=len(arcs), orientation="each LFR edge oriented at random, seed 42")
    print(json.dumps(info))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The reference tools' side of bench/compare.sh: loads one graph, runs one task with one
tool (one warm-up call, then timed calls), prints one JSON line.

usage: /usr/bin/python3 reference.py FILE NODES directed|undirected TASK TOOL [hops|inverse]

TASK/TOOL:
  leiden           igraph   community_leiden(objective_function="modularity", n_iterations=10)
                   leidenalg ModularityVertexPartition, Optimiser.optimise_partition(n_iterations=-1)
  louvain          igraph   community_multilevel
  leiden-directed  networkx louvain_communities on the DiGraph (directed modularity)
  pagerank         igraph   pagerank (PRPACK)
  betweenness      igraph   betweenness(weights=lengths)
  closeness        igraph   closeness(weights=lengths, mode="out")
  hits             igraph   hub_score / authority_score
Undirected tasks on a directed graph use W + W^T (igraph as_undirected(combine_edges="sum")).
Modularity is computed with igraph's modularity(weights=...) (leidenalg's own ignores weights),
and with networkx's modularity on the DiGraph for networkx's directed Louvain.
Timing: one warm-up call, then calls until 3 calls or 10 s (at least one); the median.
"""
import json
import random
import statistics
import sys
import time


def load_edges(path):
    src, dst, w = [], [], []
    with open(path) as f:
        f.readline()
        for line in f:
            a, b, c = line.rstrip("\n").split(",")
            src.append(int(a))
            dst.append(int(b))
            w.append(float(c))
    return src, dst, w


def timed(fn):
    fn()
    times = []
    result = None
    start = time.perf_counter()
    while not times or (len(times) < 3 and time.perf_counter() - start < 10.0):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(times), result


def igraph_graph(n, src, dst, w, directed):
    import igraph as ig
    g = ig.Graph(n=n, edges=list(zip(src, dst)), directed=directed)
    g.es["weight"] = w
    return g


def main():
    path, n, kind, task, tool = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    distance = sys.argv[6] if len(sys.argv) > 6 else "inverse"
    directed = kind == "directed"
    src, dst, w = load_edges(path)
    out = {"tool": tool}
    seed = 42
    if tool in ("igraph", "leidenalg"):
        import igraph as ig
        g = igraph_graph(n, src, dst, w, directed)
        if task in ("leiden", "louvain") and directed:
            g = g.as_undirected(combine_edges="sum")
        if task == "leiden" and tool == "igraph":
            def run():
                random.seed(seed)
                return g.community_leiden(objective_function="modularity", weights="weight", n_iterations=10).membership
        elif task == "leiden" and tool == "leidenalg":
            import leidenalg as la

            def run():
                part = la.ModularityVertexPartition(g, weights="weight")
                opt = la.Optimiser()
                opt.set_rng_seed(seed)
                opt.optimise_partition(part, n_iterations=-1)
                return part.membership
        elif task == "louvain" and tool == "igraph":
            def run():
                random.seed(seed)
                return g.community_multilevel(weights="weight").membership
        elif task == "pagerank":
            def run():
                return g.pagerank(weights="weight", implementation="prpack")
        elif task in ("betweenness", "closeness"):
            # 1/w, scaled by the largest weight so that igraph's epsilon tests see lengths near 1
            # (a common factor changes no shortest path).
            top = max(w)
            lengths = None if distance == "hops" else [top / x for x in w]
            if task == "betweenness":
                def run():
                    return g.betweenness(weights=lengths)
            else:
                def run():
                    return g.closeness(weights=lengths, mode="out")
        elif task == "hits":
            def run():
                return g.hub_score(weights="weight"), g.authority_score(weights="weight")
        else:
            raise SystemExit(f"no {tool} for {task}")
        seconds, runs, result = timed(run)
        if task in ("leiden", "louvain"):
            out["quality"] = g.modularity(result, weights="weight")
            out["communities"] = len(set(result))
        if task == "leiden" and tool == "leidenalg":
            import leidenalg
            out["version"] = leidenalg.version
        else:
            out["version"] = ig.__version__
    elif tool == "networkx":
        import networkx as nx
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from(zip(src, dst, w))
        if task != "leiden-directed":
            raise SystemExit(f"no {tool} for {task}")

        def run():
            return nx.community.louvain_communities(G, weight="weight", seed=seed)
        seconds, runs, result = timed(run)
        out["quality"] = nx.community.modularity(G, result, weight="weight")
        out["communities"] = len(result)
        out["version"] = nx.__version__
    else:
        raise SystemExit(f"unknown tool {tool}")
    out.update(seconds=seconds, runs=runs, warmups=1, nodes=n)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

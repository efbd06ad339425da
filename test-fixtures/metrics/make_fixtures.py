#!/usr/bin/python3
"""Reference values of tradenet's node and network metrics, from networkx 2.8 and
python-igraph 0.10 (Debian packages), saved as JSON for the Java tests.

Usage: /usr/bin/python3 test-fixtures/metrics/make_fixtures.py REPO_ROOT

Reads REPO_ROOT/networks/rare-earths.csv (summed per exporter -> importer pair, self-loops
and non-country areas left out, exactly as TradeNetwork builds it), REPO_ROOT/networks/
countries.csv (UN regions) and REPO_ROOT/test-fixtures/benchmarks/celegansneural.edges.csv
(parallel rows summed, as tradenet's CompactGraph does). Writes
REPO_ROOT/test-fixtures/metrics/{rare-earths,celegansneural}.json.
"""
import csv
import json
import math
import os
import sys
from collections import defaultdict

import igraph as ig
import networkx as nx

DISTANCES = ("inverse", "neglog", "hops")


def add_distances(G):
    total = sum(d["weight"] for _, _, d in G.edges(data=True))
    for _, _, d in G.edges(data=True):
        w = d["weight"]
        d["inverse"] = 1.0 / w
        d["neglog"] = max(0.0, -math.log(w / total))
        d["hops"] = 1.0
    return total


def keyed(d):
    return {str(k): float(v) for k, v in d.items()}


def igraph_betweenness(G, nodes, attr):
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    h = ig.Graph(n=len(nodes), edges=edges, directed=True)
    weights = [G[u][v][attr] for u, v in G.edges()]
    b = h.betweenness(directed=True, weights=weights)
    n = len(nodes)
    scale = 1.0 / ((n - 1) * (n - 2))
    return {str(v): b[index[v]] * scale for v in nodes}


def brute_force_brokerage(G, group):
    """Gould-Fernandez roles by enumerating every ordered triple (open two-paths only)."""
    roles = {v: dict(coordinator=0, itinerant=0, representative=0, gatekeeper=0, liaison=0) for v in G}
    def same(x, y):
        return group.get(x) is not None and group.get(x) == group.get(y)
    for b in G:
        for a in G.predecessors(b):
            if a == b:
                continue
            for c in G.successors(b):
                if c in (a, b) or G.has_edge(a, c):
                    continue
                if same(a, b) and same(b, c):
                    r = "coordinator"
                elif same(a, c):
                    r = "itinerant"
                elif same(a, b):
                    r = "representative"
                elif same(b, c):
                    r = "gatekeeper"
                else:
                    r = "liaison"
                roles[b][r] += 1
    return {str(k): v for k, v in roles.items()}


def hhi(xs):
    t = sum(xs)
    return sum((x / t) ** 2 for x in xs) if t > 0 else None


def gini(xs):
    xs = sorted(xs)
    n, t = len(xs), sum(xs)
    return sum((2 * (i + 1) - n - 1) * x for i, x in enumerate(xs)) / (n * t)


def measures(G, groups=None):
    nodes = sorted(G.nodes(), key=str) if groups is not None else sorted(G.nodes())
    total = add_distances(G)
    out = {"nodes": [str(v) for v in nodes], "totalWeight": total}
    out["pagerank"] = keyed(nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000))
    out["pagerank_default_tolerance"] = keyed(nx.pagerank(G, alpha=0.85, weight="weight"))
    out["pagerank_damping_0.5"] = keyed(nx.pagerank(G, alpha=0.5, weight="weight", tol=1e-14, max_iter=100000))
    hubs, auths = nx.hits(G, max_iter=100000, tol=1e-14)
    out["hub"], out["authority"] = keyed(hubs), keyed(auths)
    for d in DISTANCES:
        out["betweenness_" + d] = keyed(nx.betweenness_centrality(G, weight=d, normalized=True))
        out["betweenness_igraph_" + d] = igraph_betweenness(G, nodes, d)
        out["closeness_incoming_" + d] = keyed(nx.closeness_centrality(G, distance=d))
        out["closeness_outgoing_" + d] = keyed(nx.closeness_centrality(G.reverse(copy=True), distance=d))
        out["harmonic_incoming_" + d] = keyed(nx.harmonic_centrality(G, distance=d))
        out["harmonic_outgoing_" + d] = keyed(nx.harmonic_centrality(G.reverse(copy=True), distance=d))
    out["eigenvector"] = keyed(nx.eigenvector_centrality_numpy(G, weight="weight", max_iter=100000, tol=1e-14))
    out["clustering"] = keyed(nx.clustering(G, weight="weight"))
    out["clustering_binary"] = keyed(nx.clustering(G))
    out["kcore"] = keyed(nx.core_number(G))
    # Network measures.
    net = {}
    net["density"] = nx.density(G)
    net["reciprocity"] = nx.overall_reciprocity(G)
    matched = sum(min(d["weight"], G[v][u]["weight"]) for u, v, d in G.edges(data=True) if G.has_edge(v, u))
    net["weightedReciprocity"] = matched / total
    for x, y in (("out", "in"), ("in", "in"), ("out", "out"), ("in", "out")):
        net["assortativity_" + x + "_" + y] = nx.degree_pearson_correlation_coefficient(G, x=x, y=y, weight="weight")
    weak = list(nx.weakly_connected_components(G))
    strong = list(nx.strongly_connected_components(G))
    net["weakComponents"], net["largestWeak"] = len(weak), max(len(c) for c in weak)
    net["strongComponents"], net["largestStrong"] = len(strong), max(len(c) for c in strong)
    big = G.subgraph(max(strong, key=len)).copy()
    for d in DISTANCES:
        net["averageShortestPath_" + d] = nx.average_shortest_path_length(big, weight=d)
        net["diameter_" + d] = max(max(l.values()) for _, l in nx.all_pairs_dijkstra_path_length(big, weight=d))
    outs = [G.out_degree(v, weight="weight") for v in nodes]
    ins = [G.in_degree(v, weight="weight") for v in nodes]
    net["exportHhi"], net["exportGini"] = hhi(outs), gini(outs)
    net["importHhi"], net["importGini"] = hhi(ins), gini(ins)
    if groups is not None:
        inside = sum(d["weight"] for u, v, d in G.edges(data=True) if groups.get(u) and groups.get(u) == groups.get(v))
        net["withinRegionShare"] = inside / total
    out["network"] = net
    # Supplier dependence: largest supplier share and HHI of supplier shares, per importer.
    largest, supplier_hhi = {}, {}
    for v in nodes:
        ws = [G[u][v]["weight"] for u in G.predecessors(v)]
        if ws:
            largest[str(v)] = max(ws) / sum(ws)
            supplier_hhi[str(v)] = hhi(ws)
    out["largestSupplierShare"], out["supplierHhi"] = largest, supplier_hhi
    if groups is not None:
        out["brokerage_regions"] = brute_force_brokerage(G, groups)
    return out


def rare_earths(root):
    kinds, regions = {}, {}
    with open(os.path.join(root, "networks", "countries.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            kinds[r["id"]] = r["kind"]
            if r["region"]:
                regions[r["id"]] = r["region"]
    sums = defaultdict(float)
    with open(os.path.join(root, "networks", "rare-earths.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a, b = r["exporter"], r["importer"]
            if a == b or kinds.get(a) in ("special", "world") or kinds.get(b) in ("special", "world"):
                continue
            sums[(a, b)] += float(r["value"])
    G = nx.DiGraph()
    for (a, b), w in sums.items():
        G.add_edge(a, b, weight=w)
    return G, {v: regions.get(v) for v in G}


def celegans(root):
    G = nx.DiGraph()
    path = os.path.join(root, "test-fixtures", "benchmarks", "celegansneural.edges.csv")
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            u, v, w = int(r["source"]), int(r["target"]), float(r["weight"])
            if G.has_edge(u, v):
                G[u][v]["weight"] += w  # parallel rows are summed, as in CompactGraph
            else:
                G.add_edge(u, v, weight=w)
    return G


def main():
    root = sys.argv[1]
    outdir = os.path.join(root, "test-fixtures", "metrics")
    G, regions = rare_earths(root)
    data = measures(G, regions)
    data["source"] = "networks/rare-earths.csv summed per exporter->importer pair; networkx " + nx.__version__ + ", igraph " + ig.__version__
    with open(os.path.join(outdir, "rare-earths.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    C = celegans(root)
    data = measures(C)
    data["source"] = "test-fixtures/benchmarks/celegansneural.edges.csv, parallel rows summed; networkx " + nx.__version__ + ", igraph " + ig.__version__
    with open(os.path.join(outdir, "celegansneural.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
    for name in ("rare-earths", "celegansneural"):
        d = json.load(open(os.path.join(outdir, name + ".json")))
        for k in DISTANCES:
            a, b = d["betweenness_" + k], d["betweenness_igraph_" + k]
            print(name, k, "max |networkx - igraph| betweenness:", max(abs(a[v] - b[v]) for v in a))
        print(name, "max pagerank", max(d["pagerank"].values()), "(default tolerance:", max(d["pagerank_default_tolerance"].values()), ")")


if __name__ == "__main__":
    main()

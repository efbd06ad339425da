#!/usr/bin/env python3
"""Reference values for tradenet's community tests, from networkx, igraph, leidenalg and
scikit-learn (Debian packages; run with /usr/bin/python3).

Usage: /usr/bin/python3 make_fixtures.py REPO_ROOT
  Reads REPO_ROOT/networks/rare-earths.csv, REPO_ROOT/networks/countries.csv and
  REPO_ROOT/test-fixtures/benchmarks/*.csv; writes the JSON files beside this script.

Graphs are built the way tradenet builds them:
  * rare-earths: directed, one arc per exporter -> importer pair, value (USD) summed over
    products and years, domestic flows (exporter = importer) left out;
  * its undirected form is W + W^T, built by summing both directions by hand (networkx's
    to_undirected would keep one direction's weight);
  * benchmarks as in test-fixtures/benchmarks (polblogs keeps its 3 self-loops).
Traps avoided: leidenalg's partition.modularity ignores weights, so modularity is always
computed with networkx or igraph's Graph.modularity(weights=...); igraph 0.10's Louvain and
Leiden refuse directed graphs, so directed runs use leidenalg; community_leiden is run with
n_iterations=10 (with -1 it stops after one iteration).
"""
import csv
import json
import math
import os
import random
import sys

import igraph as ig
import leidenalg as la
import networkx as nx
from networkx.algorithms.community import modularity
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(ROOT, "test-fixtures", "benchmarks")


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def communities(membership):
    groups = {}
    for node, c in membership.items():
        groups.setdefault(c, set()).add(node)
    return [groups[c] for c in sorted(groups, key=str)]


def rare_earths():
    arcs = {}
    for r in read_csv(os.path.join(ROOT, "networks", "rare-earths.csv")):
        a, b = r["exporter"], r["importer"]
        if a == b:
            continue
        arcs[(a, b)] = arcs.get((a, b), 0.0) + float(r["value"])
    g = nx.DiGraph()
    for (a, b), w in arcs.items():
        g.add_edge(a, b, weight=w)
    return g


def symmetrised(g):
    u = nx.Graph()
    u.add_nodes_from(g.nodes)
    for a, b, d in g.edges(data=True):
        w = d.get("weight", 1.0)
        if u.has_edge(a, b):
            u[a][b]["weight"] += w
        else:
            u.add_edge(a, b, weight=w)
    return u


def benchmark(name, directed, weighted):
    g = nx.DiGraph() if directed else nx.Graph()
    for r in read_csv(os.path.join(BENCH, name + ".nodes.csv")):
        g.add_node(r["id"])
    for r in read_csv(os.path.join(BENCH, name + ".edges.csv")):
        w = float(r["weight"]) if weighted and "weight" in r else 1.0
        g.add_edge(r["source"], r["target"], weight=w)
    return g


def to_igraph(g):
    nodes = sorted(g.nodes)
    idx = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(idx[a], idx[b]) for a, b in g.edges()], directed=g.is_directed())
    h.es["weight"] = [d.get("weight", 1.0) for _, _, d in g.edges(data=True)]
    return h, nodes


def labels(nodes, membership):
    return {v: int(membership[i]) for i, v in enumerate(nodes)}


def main():
    countries = {r["id"]: r for r in read_csv(os.path.join(ROOT, "networks", "countries.csv"))}
    rare = rare_earths()
    rare_u = symmetrised(rare)
    partitions = {}
    partitions["rare-earths/region"] = {v: countries[v]["region"] or "unknown" for v in rare.nodes}
    partitions["rare-earths/subregion"] = {v: countries[v]["subregion"] or "unknown" for v in rare.nodes}
    h, nodes = to_igraph(rare)
    p = la.find_partition(h, la.ModularityVertexPartition, weights="weight", seed=1, n_iterations=-1)
    partitions["rare-earths/leidenalg-directed-seed1"] = labels(nodes, p.membership)

    graphs = {
        "karate": benchmark("karate", False, False),
        "karate-weighted": benchmark("karate", False, True),
        "football": benchmark("football", False, False),
        "polblogs": benchmark("polblogs", True, False),
        "celegansneural": benchmark("celegansneural", True, True),
    }
    truth = {
        "karate/club": ("karate", "club"),
        "football/value": ("football", "value"),
        "polblogs/value": ("polblogs", "value"),
        "lfr1000_mu0.1/community": ("lfr1000_mu0.1", "community"),
        "lfr1000_mu0.3/community": ("lfr1000_mu0.3", "community"),
        "lfr1000_mu0.5/community": ("lfr1000_mu0.5", "community"),
    }
    for key, (name, column) in truth.items():
        partitions[key] = {r["id"]: r[column] for r in read_csv(os.path.join(BENCH, name + ".nodes.csv"))}

    # Modularity: networkx community.modularity on the graph and a partition of its nodes.
    cases = []

    def case(graph_name, g, part_name, gamma):
        memb = {v: partitions[part_name][v] for v in g.nodes}
        value = modularity(g, communities(memb), weight="weight", resolution=gamma)
        cases.append({"graph": graph_name, "directed": g.is_directed(), "partition": part_name,
                      "resolution": gamma, "modularity": value})

    for part in ["rare-earths/region", "rare-earths/subregion", "rare-earths/leidenalg-directed-seed1"]:
        for gamma in [1.0, 0.5, 2.0]:
            case("rare-earths", rare, part, gamma)
            case("rare-earths-undirected", rare_u, part, gamma)
    case("polblogs", graphs["polblogs"], "polblogs/value", 1.0)
    case("polblogs", graphs["polblogs"], "polblogs/value", 0.7)
    case("karate", graphs["karate"], "karate/club", 1.0)
    case("karate-weighted", graphs["karate-weighted"], "karate/club", 1.0)
    case("football", graphs["football"], "football/value", 1.0)

    # CPM (leidenalg's definition) for fixed partitions.
    cpm = []
    for graph_name, part_name, gamma in [("karate", "karate/club", 0.1), ("karate-weighted", "karate/club", 0.5),
                                         ("celegansneural", "rare-none", 0.05)]:
        g = graphs[graph_name]
        h, nodes = to_igraph(g)
        if part_name == "rare-none":
            memb = la.find_partition(h, la.ModularityVertexPartition, weights="weight", seed=3).membership
            part_name = "celegansneural/leidenalg-seed3"
            partitions[part_name] = labels(nodes, memb)
        else:
            ids = {}
            memb = [ids.setdefault(partitions[part_name][v], len(ids)) for v in nodes]
        q = la.CPMVertexPartition(h, initial_membership=memb, weights="weight", resolution_parameter=gamma).quality()
        cpm.append({"graph": graph_name, "directed": g.is_directed(), "partition": part_name, "resolution": gamma, "cpm": q})

    # Partition comparisons: scikit-learn NMI (four normalisations) and ARI, igraph VI (natural log).
    rng = random.Random(20250101)
    pairs = []

    def compare(name, a, b):
        ia, ib = {}, {}
        la_ = [ia.setdefault(x, len(ia)) for x in a]
        lb_ = [ib.setdefault(x, len(ib)) for x in b]
        row = {"name": name, "a": la_, "b": lb_}
        for method in ["arithmetic", "geometric", "max", "min"]:
            row["nmi_" + method] = normalized_mutual_info_score(la_, lb_, average_method=method)
        row["ari"] = adjusted_rand_score(la_, lb_)
        row["vi"] = ig.compare_communities(la_, lb_, method="vi")
        pairs.append(row)

    kar = graphs["karate"]
    hk, nk = to_igraph(kar)
    club = [partitions["karate/club"][v] for v in nk]
    leid = hk.community_leiden(objective_function="modularity", n_iterations=10, weights=None).membership
    compare("karate club vs igraph leiden", club, leid)
    for mu in ["0.1", "0.3", "0.5"]:
        g = benchmark("lfr1000_mu" + mu, False, False)
        hg, ng = to_igraph(g)
        planted = [partitions["lfr1000_mu" + mu + "/community"][v] for v in ng]
        ml = hg.community_multilevel().membership
        compare("lfr mu=" + mu + " planted vs igraph louvain", planted, ml)
    for n, ka, kb in [(50, 3, 5), (200, 10, 2), (30, 30, 4), (40, 1, 6)]:
        a = [rng.randrange(ka) for _ in range(n)]
        b = [rng.randrange(kb) for _ in range(n)]
        compare("random n=%d ka=%d kb=%d" % (n, ka, kb), a, b)
    compare("identical", [0, 0, 1, 1, 2], [5, 5, 7, 7, 9])
    compare("singletons vs one block", [0, 1, 2, 3], [0, 0, 0, 0])

    # What the reference tools reach on the benchmarks (context for the README; best of seeds).
    runs = []
    for graph_name, weighted in [("karate", False), ("karate-weighted", True), ("football", False),
                                 ("polblogs", False), ("celegansneural", True)]:
        g = graphs[graph_name]
        h, nodes = to_igraph(g)
        w = "weight" if weighted else None
        best = -1.0
        for seed in range(20):
            p = la.find_partition(h, la.ModularityVertexPartition, weights=w, seed=seed, n_iterations=-1)
            best = max(best, h.modularity(p.membership, weights=w, directed=True))
        runs.append({"graph": graph_name, "tool": "leidenalg 0.9.1 ModularityVertexPartition, n_iterations=-1",
                     "seeds": 20, "directed": g.is_directed(), "bestModularity": best})
        if not g.is_directed():
            best = -1.0
            for seed in range(20):
                random.seed(seed)
                ig.set_random_number_generator(random)
                m = h.community_leiden(objective_function="modularity", weights=w, n_iterations=10).membership
                best = max(best, h.modularity(m, weights=w))
            runs.append({"graph": graph_name, "tool": "python-igraph 0.10.2 community_leiden, n_iterations=10",
                         "seeds": 20, "directed": False, "bestModularity": best})
    for mu in ["0.1", "0.3", "0.5"]:
        g = benchmark("lfr1000_mu" + mu, False, False)
        h, nodes = to_igraph(g)
        planted = [partitions["lfr1000_mu" + mu + "/community"][v] for v in nodes]
        p = la.find_partition(h, la.ModularityVertexPartition, seed=0, n_iterations=-1)
        runs.append({"graph": "lfr1000_mu" + mu, "tool": "leidenalg 0.9.1 ModularityVertexPartition, n_iterations=-1",
                     "seeds": 1, "directed": False, "bestModularity": h.modularity(p.membership),
                     "nmiVsPlanted": normalized_mutual_info_score(planted, p.membership)})

    graphs_info = {"rare-earths": {"nodes": rare.number_of_nodes(), "arcs": rare.number_of_edges(),
                                   "totalWeight": sum(d["weight"] for _, _, d in rare.edges(data=True))}}
    write("partitions.json", {k: dict(sorted(v.items())) for k, v in partitions.items()})
    write("modularity.json", {"graphs": graphs_info, "cases": cases})
    write("cpm.json", cpm)
    write("comparisons.json", pairs)
    write("reference-runs.json", runs)


def write(name, obj):
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(obj, f, indent=1, sort_keys=False)
        f.write("\n")
    print("wrote", name)


if __name__ == "__main__":
    main()

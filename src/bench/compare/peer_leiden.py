#!/usr/bin/env python3
"""The peer of tradenet's whole-process Leiden row: what a python-igraph user runs to get a
partition of an edge list. Reads a whitespace-separated edge list with Graph.Read_Ncol
(undirected, unweighted, names kept), runs community_leiden(objective_function="modularity",
n_iterations=10, seed 42 for Python's random module, which igraph draws from), and writes the
partition as JSON {"nodes": {name: community}, "modularity": Q}.

usage: /usr/bin/python3 peer_leiden.py EDGES.txt OUT.json
"""
import json
import random
import sys

import igraph as ig


def main():
    path, out = sys.argv[1], sys.argv[2]
    random.seed(42)
    g = ig.Graph.Read_Ncol(path, names=True, directed=False, weights=False)
    g.simplify(multiple=True, loops=True)
    part = g.community_leiden(objective_function="modularity", n_iterations=10)
    membership = part.membership
    result = {"nodes": {name: membership[v] for v, name in enumerate(g.vs["name"])},
              "communities": len(part), "modularity": g.modularity(membership)}
    with open(out, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Adaptive betweenness attack on the separation-metals tier of the shipped rare-earth-chain,
computed with networkx, independently of tradenet (docs/chain.md, Robustness).

Holme, Kim, Yoon and Han (2002), Phys. Rev. E 65, 056109, doi:10.1103/PhysRevE.65.056109:
after each removal the betweenness is recalculated on the network left and the country with
the largest one goes next.

The tier's network is built from networks/rare-earths.csv as tradenet's default network spec
does: value summed per exporter -> importer over products and years, self-flows and
non-country partners (countries.csv kind world or special) left out. Betweenness: directed,
weighted, length of a link 1/value, unnormalised (tradenet's normalisation divides every
score by the same number, which changes no ranking). Ties go to the country first by id.
After i removals: the share of trade value among the countries left, and the largest weakly
connected component of what is left as a share of all the tier's countries.

Run from the repository root:  /usr/bin/python3 test-fixtures/chain/adaptive_betweenness.py
Writes test-fixtures/chain/adaptive-betweenness-networkx.csv (step, removed, tradeKept,
largestWcc), which RobustnessTest compares with tradenet's adaptive betweenness curve.
"""
import csv
from collections import defaultdict
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
NET = ROOT / "networks"
OUT = Path(__file__).resolve().parent / "adaptive-betweenness-networkx.csv"

kinds = {r["id"]: r["kind"] for r in csv.DictReader(open(NET / "countries.csv", encoding="utf-8"))}
value = defaultdict(float)
for r in csv.DictReader(open(NET / "rare-earths.csv", encoding="utf-8")):
    e, i = r["exporter"], r["importer"]
    if e == i or kinds.get(e) in ("world", "special") or kinds.get(i) in ("world", "special"):
        continue
    value[(e, i)] += float(r["value"])

g = nx.DiGraph()
for (e, i), v in value.items():
    g.add_edge(e, i, value=v, length=1.0 / v)
nodes = sorted(g.nodes)
n = len(nodes)
total = sum(value.values())


def measures(h):
    kept = sum(d["value"] for _, _, d in h.edges(data=True))
    wcc = max((len(c) for c in nx.weakly_connected_components(h)), default=0)
    return kept / total, wcc / n


rows = [(0, "", *measures(g))]
left = g.copy()
for step in range(1, n + 1):
    if left.number_of_edges() > 0:
        b = nx.betweenness_centrality(left, weight="length", normalized=False)
    else:
        b = {u: 0.0 for u in left.nodes}
    best = None
    for u in sorted(left.nodes):
        if best is None or b[u] > b[best]:
            best = u
    left.remove_node(best)
    rows.append((step, best, *measures(left)))

with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["step", "removed", "tradeKept", "largestWcc"])
    for step, who, t, c in rows:
        w.writerow([step, who, repr(t), repr(c)])
print(f"{n} countries, {len(value)} links; wrote {OUT.name}")

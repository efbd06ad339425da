#!/usr/bin/env python3
"""Independent answers for the atlas test on the real BACI 2022 extract.

Reads baci-2022-30hs6-critical-materials.csv (BACI layout t,i,j,k,v,q) and the project's
country table networks/countries.csv, and writes expected-2022.csv: per product, the measures
that have a closed form (countries, links, value in USD, exporter HHI, top exporter and its
share, top-3 share, percent of importers taking more than half from one supplier). Rules as
tradenet's: codes resolved through the table, flows touching a non-country area (kind special
or world) left out, values x 1000, exporter ties broken by id.

Run from the repository root:  python3 test-fixtures/atlas/make-expected.py
"""
import csv
from collections import defaultdict

codes = {}
with open("networks/countries.csv", newline="") as f:
    for r in csv.DictReader(f):
        codes[int(r["code"])] = (r["id"], r["kind"])

links = defaultdict(lambda: defaultdict(float))
with open("test-fixtures/atlas/baci-2022-30hs6-critical-materials.csv", newline="") as f:
    for r in csv.DictReader(f):
        e, ek = codes[int(r["i"])]
        m, mk = codes[int(r["j"])]
        if ek in ("special", "world") or mk in ("special", "world"):
            continue
        k = r["k"].zfill(6)
        links[(k, int(r["t"]))][(e, m)] += float(r["v"]) * 1000.0

with open("test-fixtures/atlas/expected-2022.csv", "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["hs6", "year", "countries", "links", "valueUsd", "exporterHhi", "topExporter", "topExporterShare",
                "top3Share", "importersOver50Pct"])
    for (k, t) in sorted(links):
        pairs = {p: v for p, v in links[(k, t)].items() if v > 0}
        exports = defaultdict(float)
        imports = defaultdict(float)
        largest = defaultdict(float)
        for (e, m), v in pairs.items():
            exports[e] += v
            imports[m] += v
            largest[m] = max(largest[m], v)
        nodes = set(exports) | set(imports)
        total = sum(exports.values())
        hhi = sum((x / total) ** 2 for x in exports.values())
        ranked = sorted(exports.items(), key=lambda kv: (-kv[1], kv[0]))
        top3 = sum(v for _, v in ranked[:3]) / total
        over = sum(1 for m in imports if largest[m] / imports[m] > 0.5)
        w.writerow([k, t, len(nodes), len(pairs), repr(total), repr(hhi), ranked[0][0], repr(ranked[0][1] / total),
                    repr(top3), repr(100.0 * over / len(imports))])

#!/usr/bin/env python3
"""Copies the shared community-detection benchmarks into test-fixtures/benchmarks/ in the
form tradenet's generic edge list reads (source,target[,weight], one row per pair).

Usage: /usr/bin/python3 make_benchmarks.py SHARED_DATA_DIR OUT_DIR
  SHARED_DATA_DIR holds benchmarks/*.edges.csv and *.nodes.csv; OUT_DIR is this folder.

Values are converted, never edited. tradenet's edge list does not sum repeated rows, and two
graphs repeat a pair:
  * polblogs (unweighted, directed): 65 repeated arcs are collapsed into one arc each
    (19,090 rows -> 19,025 arcs), as networkx's DiGraph reads the file; its 3 self-loops stay.
  * celegansneural (weighted, directed): 14 repeated arcs have their weights summed
    (2,359 rows -> 2,345 arcs), as igraph's simplify(combine_edges="sum") does.
Every other file is copied byte for byte.
"""
import csv
import os
import shutil
import sys


def merge(src, dst, weighted):
    with open(src, newline="") as f:
        rows = list(csv.DictReader(f))
    merged = {}
    for r in rows:
        key = (r["source"], r["target"])
        w = float(r["weight"]) if weighted else 1.0
        if key in merged and weighted:
            merged[key] += w
        elif key not in merged:
            merged[key] = w
    with open(dst, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["source", "target", "weight"] if weighted else ["source", "target"])
        for (s, t), w in merged.items():
            out.writerow([s, t, repr(w)] if weighted else [s, t])
    return len(rows), len(merged)


def main():
    shared, out = sys.argv[1], sys.argv[2]
    bench = os.path.join(shared, "benchmarks")
    for name in sorted(os.listdir(bench)):
        src = os.path.join(bench, name)
        dst = os.path.join(out, name)
        if name == "polblogs.edges.csv":
            print(name, "rows -> arcs: %d -> %d" % merge(src, dst, weighted=False))
        elif name == "celegansneural.edges.csv":
            print(name, "rows -> arcs: %d -> %d" % merge(src, dst, weighted=True))
        else:
            shutil.copyfile(src, dst)
            print(name, "copied")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Whole-process rows of bench/compare.sh: what a user waits for when running one command.
Each task runs as a fresh process through the root launcher ./tradenet (its JVM settings and
start-up archive included), timed from outside with /usr/bin/time -v: wall time, user + system
CPU time and maximum resident set size. Where a task has a peer (python-igraph with
/usr/bin/python3), tradenet and the peer run alternately, RUNS times each, and the medians are
compared. The launcher has built the jar and its archive before the first timed run.

usage: /usr/bin/python3 whole_process.py ROOT GRAPHS_DIR OUT_MD [--runs N] [--only TEXT]

Tasks (the targets of issue 15 next to each):
  leiden-enron     communities of SNAP's email-Enron graph (36,692 nodes, 183,831 undirected edges),
                   edge list to partition JSON; peer: igraph Read_Ncol + community_leiden(n_iterations=10)
                   (peer_leiden.py). Wall <= peer, CPU <= 1.5x peer, peak <= 300 MiB, modularity >= peer - 0.002.
  summary-enron    summary of the same graph as a 183,832-line generic edge list: <= 1.0 s.
  read-rate        rows per second of the whole read path once running: (rows of lfr100k - rows of
                   Enron) / (wall of summary lfr100k - wall of summary Enron), medians: >= 1M rows/s.
  summary-shipped  summary of the shipped rare-earth network: <= 0.6 s.
  analyze          analyze of the shipped network, 5 scenarios, to a temporary directory: <= 2.5 s.
  baci-10M         summary of a 10-million-row BACI year file (when GRAPHS_DIR/baci-10M.csv exists):
                   <= 15 s, <= 1 GiB.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PY = "/usr/bin/python3"
HERE = Path(__file__).resolve().parent
MIB = 1024 * 1024


def timed(cmd, cwd):
    """Runs cmd under /usr/bin/time -v; returns (wall s, cpu s, max RSS bytes)."""
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    t = {}
    for line in p.stderr.splitlines():
        if ":" in line:
            k, v = line.strip().rsplit(":", 1) if "Elapsed" not in line else line.strip().split("): ", 1)
            t[k.strip()] = v.strip()
    wall = t["Elapsed (wall clock) time (h:mm:ss or m:ss"]
    parts = [float(x) for x in wall.split(":")]
    seconds = sum(x * 60 ** (len(parts) - 1 - i) for i, x in enumerate(parts))
    cpu = float(t["User time (seconds)"]) + float(t["System time (seconds)"])
    return seconds, cpu, int(t["Maximum resident set size (kbytes)"]) * 1024


def median_of(samples):
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def main():
    root, graphs, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    if only:
        # A partial run never replaces the full table.
        out = out.with_name(out.stem + "-partial" + out.suffix)
    launcher = str(root / "tradenet")
    work = Path(tempfile.mkdtemp(prefix="tradenet-whole-"))
    # ../shared/data next to the repository (or next to the folder of a worktree), or $ENRON.
    candidates = [Path(os.environ["ENRON"])] if "ENRON" in os.environ else []
    candidates += [d / "shared" / "data" / "benchmarks" / "snap-email-Enron.txt" for d in (root.parent, root.parent.parent)]
    enron_txt = next((c for c in candidates if c.exists()), None)
    if enron_txt is None:
        raise SystemExit("snap-email-Enron.txt not found in ../shared/data/benchmarks/ (set ENRON=FILE)")
    enron_csv = work / "enron.csv"
    with open(enron_txt) as f, open(enron_csv, "w") as g:
        g.write("source,target\n")
        for line in f:
            a, b = line.split()
            g.write(f"{a},{b}\n")
    # The launcher builds the jar and its start-up archive on first use: not timed.
    subprocess.run([launcher, "--version"], cwd=root, check=True, capture_output=True)

    tasks = [
        ("leiden-enron", [launcher, "communities", str(enron_csv), "--undirected", "--format", "json", "-o",
                          str(work / "tradenet.json")],
         [PY, str(HERE / "peer_leiden.py"), str(enron_txt), str(work / "igraph.json")]),
        ("summary-enron", [launcher, "summary", str(enron_csv), "--undirected"], None),
        ("summary-lfr100k", [launcher, "summary", str(graphs / "lfr100k.csv"), "--undirected"], None),
        ("summary-shipped", [launcher, "summary"], None),
        ("analyze", [launcher, "analyze", "-o", str(work / "analyze")], None),
    ]
    if (graphs / "baci-10M.csv").exists():
        tasks.append(("baci-10M", [launcher, "summary", str(graphs / "baci-10M.csv")], None))
    results = {}
    for name, mine, peer in tasks:
        if only and only not in name:
            continue
        samples, peer_samples = [], []
        for r in range(runs):
            samples.append(timed(mine, root))
            if peer:
                peer_samples.append(timed(peer, root))
            print(f"{name} run {r + 1}: tradenet {samples[-1]}" + (f", peer {peer_samples[-1]}" if peer else ""),
                  file=sys.stderr)
        res = {"tradenet": median_of(samples), "samples": samples}
        if peer:
            res["peer"] = median_of(peer_samples)
            res["peer_samples"] = peer_samples
        results[name] = res
    if "leiden-enron" in results:
        mine = json.loads((work / "tradenet.json").read_text())
        theirs = json.loads((work / "igraph.json").read_text())
        results["leiden-enron"]["modularity"] = {"tradenet": mine["modularity"], "peer": theirs["modularity"],
                                                 "communities": [mine["communities"] if isinstance(mine["communities"], int)
                                                                 else len(mine["communities"]), theirs["communities"]]}
    if "summary-enron" in results and "summary-lfr100k" in results:
        rows = sum(1 for _ in open(graphs / "lfr100k.csv")) - 1 - 183831
        dt = results["summary-lfr100k"]["tradenet"][0] - results["summary-enron"]["tradenet"][0]
        results["read-rate"] = {"rows_per_s": rows / dt if dt > 0 else float("inf"), "rows": rows, "seconds": dt}
    shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()
    doc = {"runs": runs, "load": f"{load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}", "results": results}
    out.with_suffix(".json").write_text(json.dumps(doc, indent=1) + "\n")
    out.write_text(table(doc))
    print(table(doc))


def fmt(m):
    return f"{m[0]:.2f} s | {m[1]:.2f} s | {m[2] / MIB:.0f} MiB"


def table(doc):
    r = doc["results"]
    lines = [f"Whole process, cold JVM, medians of {doc['runs']} runs (tradenet and peer alternating); "
             f"load average at the end {doc['load']}.", "",
             "| task | tool | wall | CPU (user+sys) | peak RSS | target | met |", "|---|---|---:|---:|---:|---|---|"]

    def row(task, tool, m, target, ok):
        lines.append(f"| {task} | {tool} | {fmt(m)} | {target} | {ok} |")

    if "leiden-enron" in r:
        x = r["leiden-enron"]
        t, p = x["tradenet"], x["peer"]
        q = x.get("modularity", {})
        ok = t[0] <= p[0] and t[1] <= 1.5 * p[1] and t[2] <= 300 * MIB and q.get("tradenet", 0) >= q.get("peer", 1) - 0.002
        row("Leiden, email-Enron → partition JSON", "tradenet", t,
            f"wall ≤ peer ({t[0] / p[0]:.2f}×), CPU ≤ 1.5× ({t[1] / p[1]:.2f}×), ≤ 300 MiB, "
            f"Q {q.get('tradenet', float('nan')):.5f} ≥ peer − 0.002", "yes" if ok else "**no**")
        row("Leiden, email-Enron → partition JSON", "igraph", p, f"Q {q.get('peer', float('nan')):.5f}", "")
    for task, label, limit in [("summary-enron", "summary, 183,832-line generic edge list (email-Enron)", 1.0),
                               ("summary-lfr100k", "summary, 570,863-line generic edge list (lfr100k)", None),
                               ("summary-shipped", "summary, shipped rare-earth network", 0.6),
                               ("analyze", "analyze, shipped network, 5 scenarios", 2.5)]:
        if task in r:
            t = r[task]["tradenet"]
            row(label, "tradenet", t, f"≤ {limit} s" if limit else "", ("yes" if t[0] <= limit else "**no**") if limit else "")
    if "read-rate" in r:
        rate = r["read-rate"]["rows_per_s"]
        lines.append(f"| edge-list read rate once running (lfr100k − Enron rows / wall difference) | tradenet | "
                     f"{rate / 1e6:.2f} M rows/s | | | ≥ 1M rows/s | {'yes' if rate >= 1e6 else '**no**'} |")
    if "baci-10M" in r:
        t = r["baci-10M"]["tradenet"]
        row("summary, 10-million-row BACI year file", "tradenet", t, "≤ 15 s, ≤ 1 GiB",
            "yes" if t[0] <= 15 and t[2] <= 1024 * MIB else "**no**")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()

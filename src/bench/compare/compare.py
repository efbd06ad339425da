#!/usr/bin/env python3
"""Runs tradenet and the reference tools on the same graphs, one process per graph, task and
tool, and prints the comparison table (Markdown). Called by bench/compare.sh.

usage: /usr/bin/python3 compare.py JAR GRAPHS_DIR OUT_MD [--only SUBSTRING]

In-process times come from the processes themselves (after warm-up; see Compare.java and
reference.py); the whole-process time is the wall time of the process as seen from here, JVM or
interpreter start-up, graph loading and warm-up included.
"""
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = "/usr/bin/python3"

# name: (file, nodes, kind, distance for shortest paths)
GRAPHS = {
    "lfr10k": ("lfr10k.csv", 10000, "undirected", "hops"),
    "lfr10k-directed": ("lfr10k-directed.csv", 10000, "directed", "hops"),
    "lfr100k": ("lfr100k.csv", 100000, "undirected", "hops"),
    "trade200": ("trade200.csv", 200, "directed", "inverse"),
    "rare-earths": ("rare-earths.csv", 117, "directed", "inverse"),
}

# (graph, task, tools); tradenet always runs first.
PLAN = [
    ("lfr10k", "leiden", ["igraph", "leidenalg"]),
    ("lfr10k", "leiden-converged", []),
    ("lfr10k", "louvain", ["igraph"]),
    ("lfr10k", "pagerank", ["igraph"]),
    ("lfr10k", "betweenness", ["igraph"]),
    ("lfr10k", "closeness", ["igraph"]),
    ("lfr10k", "hits", ["igraph"]),
    ("lfr10k-directed", "leiden-directed", ["networkx"]),
    ("lfr100k", "leiden", ["igraph", "leidenalg"]),
    ("lfr100k", "leiden-converged", []),
    ("lfr100k", "louvain", ["igraph"]),
    ("lfr100k", "pagerank", ["igraph"]),
    ("lfr100k", "hits", ["igraph"]),
    ("trade200", "leiden", ["igraph", "leidenalg"]),
    ("trade200", "leiden-directed", ["networkx"]),
    ("trade200", "pagerank", ["igraph"]),
    ("trade200", "betweenness", ["igraph"]),
    ("trade200", "closeness", ["igraph"]),
    ("trade200", "hits", ["igraph"]),
    ("rare-earths", "leiden", ["igraph", "leidenalg"]),
    ("rare-earths", "leiden-directed", ["networkx"]),
    ("rare-earths", "pagerank", ["igraph"]),
    ("rare-earths", "betweenness", ["igraph"]),
    ("rare-earths", "closeness", ["igraph"]),
    ("rare-earths", "hits", ["igraph"]),
]

SKIPPED = [
    ("lfr100k", "leiden-directed", "networkx", "no directed graph of this size; networkx Louvain runs on lfr10k-directed"),
    ("lfr100k", "betweenness", "igraph", "exact betweenness on 100,000 nodes takes igraph about an hour here; "
                                         "compared on lfr10k and the weighted graphs"),
    ("lfr100k", "closeness", "igraph", "as betweenness"),
]

GSIM = [
    ("rare-earths", "china-export-tax-25", "linear"),
    ("rare-earths", "china-export-tax-25", "levels"),
    ("rare-earths", "us-china-decoupling", "linear"),
    ("rare-earths", "us-china-decoupling", "levels"),
    ("synthetic200", "china-export-tax-25", "linear"),
    ("synthetic200", "china-export-tax-25", "levels"),
    ("synthetic200", "us-china-decoupling", "linear"),
    ("synthetic200", "us-china-decoupling", "levels"),
    ("rare-earths", "china-export-tax-25", "sensitivity-linear"),
    ("rare-earths", "china-export-tax-25", "sensitivity-levels"),
    ("synthetic200", "china-export-tax-25", "sensitivity-linear"),
    ("synthetic200", "china-export-tax-25", "sensitivity-levels"),
]

BACI_HEAP = "512m"


def run(cmd):
    """Runs one process; returns (its JSON line, wall seconds)."""
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    line = [x for x in p.stdout.splitlines() if x.startswith("{")][-1]
    return json.loads(line), wall


def fmt_seconds(s):
    if s is None:
        return ""
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def machine():
    cores = os.cpu_count()
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    versions = subprocess.run([PY, "-c", "import networkx, igraph, leidenalg, scipy; "
                               "print(networkx.__version__, igraph.__version__, leidenalg.version, scipy.__version__)"],
                              capture_output=True, text=True).stdout.split()
    load = os.getloadavg()
    return {
        "cpu": cpu, "cores": cores, "memory": mem, "os": platform.platform(),
        "jdk": java[1] if len(java) > 1 else (java[0] if java else ""),
        "python": subprocess.run([PY, "--version"], capture_output=True, text=True).stdout.strip(),
        "networkx": versions[0] if versions else "", "igraph": versions[1] if len(versions) > 1 else "",
        "leidenalg": versions[2] if len(versions) > 2 else "", "scipy": versions[3] if len(versions) > 3 else "",
        "load": f"{load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}",
    }


def main():
    jar, graphs, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    only = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == "--only" else None
    if only:
        # A partial run never replaces the full table.
        out = out.with_name("partial.md")
    java = ["java", "-cp", jar, "org.tradenet.bench.Compare"]
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    before = machine()
    rows = []

    def record(graph, task, tool, res, wall):
        res.update(graph=graph, task=task, tool=tool, wall=wall)
        rows.append(res)
        print(f"{graph:16} {task:20} {tool:10} {fmt_seconds(res.get('seconds')):>10} {fmt_seconds(wall):>10}"
              f" {res.get('quality', '')}", file=sys.stderr, flush=True)

    for graph, task, tools in PLAN:
        if only and only not in f"{graph} {task}":
            continue
        file, n, kind, distance = GRAPHS[graph]
        path = str(graphs / file)
        res, wall = run(java + ["graph", path, str(n), kind, task, distance])
        record(graph, task, "tradenet", res, wall)
        for tool in tools:
            ref_task = "leiden-directed" if task == "leiden-directed" else task
            res, wall = run([PY, str(HERE / "reference.py"), path, str(n), kind, ref_task, tool, distance])
            record(graph, task, tool, res, wall)
    for model, scenario, form in GSIM:
        if only and only not in f"{model} {form}":
            continue
        res, wall = run(java + ["gsim", model, scenario, form])
        record(model, f"gsim {form} ({scenario})", "tradenet", res, wall)
    if not only or "baci" in only:
        res, wall = run(["java", f"-Xmx{BACI_HEAP}", "-cp", jar, "org.tradenet.bench.Compare", "baci",
                         str(graphs / "baci-10M.csv")])
        record("baci-10M", "read BACI, build network", "tradenet", res, wall)
    after = machine()
    text = table(rows, started, before, after)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    (out.parent / out.name.replace(".md", ".json")).write_text(json.dumps({"machine": before, "rows": rows}, indent=1) + "\n")
    print(text)


def table(rows, started, before, after):
    lines = []
    lines.append(f"# tradenet against the reference tools, {started}")
    lines.append("")
    lines.append(f"Machine: {before['cpu']}, {before['cores']} cores, {before['memory']} memory, {before['os']}; "
                 f"{before['jdk']}; {before['python']}, networkx {before['networkx']}, python-igraph {before['igraph']}, "
                 f"leidenalg {before['leidenalg']}, scipy {before['scipy']}. Shared machine: load average "
                 f"{before['load']} at the start, {after['load']} at the end (other engineers' builds run beside it).")
    lines.append("")
    lines.append("In-process: median of the timed calls after warm-up (tradenet: at least 3 warm-up calls and 3 s; "
                 "Python: one warm-up call). Whole process: wall time of the process (start-up, loading, warm-up and "
                 "every timed call). Ratio: tradenet's in-process time over the peer's (below 1: tradenet faster). "
                 "Modularity (weighted; undirected tasks on W + Wᵀ): tradenet's for tradenet, igraph's "
                 "`modularity(weights=...)` for igraph and leidenalg, networkx's directed modularity for networkx. "
                 "`leiden-converged` is tradenet's Leiden with tolerance 0: iterated until an iteration no longer "
                 "raises modularity, leidenalg's `n_iterations=-1` rule; `leiden` is tradenet's default "
                 "(the best merge in the refinement, θ = 0; stop when an iteration gains less than 1e-4 relative).")
    lines.append("")
    lines.append("| graph | task | tool | time (in-process) | time (whole process) | modularity | tradenet/peer |")
    lines.append("|---|---|---|---:|---:|---:|---:|")
    tn = {(r["graph"], r["task"]): r for r in rows if r["tool"] == "tradenet"}
    for r in rows:
        q = f"{r['quality']:.5f}" if isinstance(r.get("quality"), float) else ""
        ratio = ""
        if r["tool"] != "tradenet":
            base = tn.get((r["graph"], r["task"]))
            if base and r.get("seconds"):
                ratio = f"{base['seconds'] / r['seconds']:.3f}"
        task = r["task"]
        extra = []
        if r.get("communities"):
            extra.append(f"{r['communities']} communities")
        if r.get("iterations") and r["task"].startswith("leiden"):
            extra.append(f"{r['iterations']} iterations")
        if extra and r["tool"] == "tradenet":
            task += " (" + ", ".join(extra) + ")"
        lines.append(f"| {r['graph']} | {task} | {r['tool']} | {fmt_seconds(r.get('seconds'))} | "
                     f"{fmt_seconds(r['wall'])} | {q} | {ratio} |")
    for graph, task, tool, why in SKIPPED:
        lines.append(f"| {graph} | {task} | {tool} | skipped | | | {why} |")
    lines.append("")
    lines.extend(targets(rows))
    return "\n".join(lines) + "\n"


def targets(rows):
    def get(graph, task, tool):
        for r in rows:
            if r["graph"] == graph and r["task"] == task and r["tool"] == tool:
                return r
        return None

    out = ["## Targets", ""]

    def line(ok, text):
        out.append(f"- {'met' if ok else 'MISSED'}: {text}")

    for graph in ("lfr10k", "lfr100k", "trade200", "rare-earths"):
        t, ig, la = get(graph, "leiden", "tradenet"), get(graph, "leiden", "igraph"), get(graph, "leiden", "leidenalg")
        if t and ig and la:
            ok = t["seconds"] < ig["seconds"] and t["seconds"] < la["seconds"] and t["quality"] >= la["quality"] - 1e-12
            line(ok, f"Leiden (undirected) on {graph}: {t['seconds'] / ig['seconds']:.2f}× igraph's time, "
                     f"{t['seconds'] / la['seconds']:.2f}× leidenalg's; modularity {t['quality']:.5f} vs leidenalg "
                     f"{la['quality']:.5f} ({t['quality'] - la['quality']:+.1e})")
        c = get(graph, "leiden-converged", "tradenet")
        if c and ig and la:
            ok = c["seconds"] < ig["seconds"] and c["seconds"] < la["seconds"] and c["quality"] >= la["quality"] - 1e-12
            line(ok, f"Leiden iterated until no improvement (leidenalg's stopping rule) on {graph}: "
                     f"{c['seconds'] / ig['seconds']:.2f}× igraph's time, {c['seconds'] / la['seconds']:.2f}× "
                     f"leidenalg's; modularity {c['quality']:.5f} ({c['quality'] - la['quality']:+.1e} vs leidenalg)")
    for graph in ("lfr10k-directed", "trade200", "rare-earths"):
        t, nx = get(graph, "leiden-directed", "tradenet"), get(graph, "leiden-directed", "networkx")
        if t and nx:
            speed = nx["seconds"] / t["seconds"]
            line(speed >= 20 and t["quality"] >= nx["quality"] - 1e-12,
                 f"directed Leiden on {graph}: {speed:.0f}× faster than networkx directed Louvain (target 20×); "
                 f"modularity {t['quality']:.5f} vs {nx['quality']:.5f}")
    for graph in ("lfr10k", "lfr100k", "trade200", "rare-earths"):
        t, ig = get(graph, "pagerank", "tradenet"), get(graph, "pagerank", "igraph")
        if t and ig:
            line(t["seconds"] <= 2 * ig["seconds"], f"PageRank on {graph}: {t['seconds'] / ig['seconds']:.2f}× "
                                                     f"igraph PRPACK's time (target ≤ 2)")
    for graph in ("lfr10k", "trade200", "rare-earths"):
        t, ig = get(graph, "betweenness", "tradenet"), get(graph, "betweenness", "igraph")
        if t and ig:
            line(t["seconds"] < ig["seconds"], f"exact betweenness on {graph} (up to {t.get('maxThreads', '?')} threads): "
                                               f"{t['seconds'] / ig['seconds']:.2f}× igraph's time")
    for r in rows:
        if r["task"].startswith("gsim linear") and r["graph"] == "synthetic200":
            line(r["seconds"] < 0.05, f"GSIM linear solve, 200 countries, {r['task'][12:]}: {fmt_seconds(r['seconds'])} (target < 50 ms)")
        if r["task"].startswith("gsim levels") and r["graph"] == "synthetic200":
            line(r["seconds"] < 1.0, f"GSIM levels solve, 200 countries, {r['task'][12:]}: {fmt_seconds(r['seconds'])} (target < 1 s)")
        if r["task"].startswith("gsim sensitivity"):
            line(r["seconds"] < 60, f"1,000 elasticity draws, {r['graph']}, {r['task'][5:]}: {fmt_seconds(r['seconds'])} (target < 1 min)")
        if r["graph"] == "baci-10M":
            line(r["seconds"] < 30, f"10-million-row BACI file ({r['bytes'] / 1e6:.0f} MB) to a {r['nodes']}-node, "
                                    f"{r['links']}-link network: {fmt_seconds(r['seconds'])} (target < 30 s), within a "
                                    f"{r['maxHeapBytes'] / 2**20:.0f} MiB heap (the file is {r['bytes'] / 2**20:.0f} MiB; "
                                    f"{r['retainedHeapBytes'] / 2**20:.0f} MiB in use after the read, network held)")
    return out


if __name__ == "__main__":
    main()

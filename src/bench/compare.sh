#!/usr/bin/env bash
# Runs tradenet and the reference tools (python-igraph, leidenalg, networkx with /usr/bin/python3)
# on the same graphs in one run and prints the comparison table; the table is saved as
# src/bench/results/latest.md (and the raw figures as src/bench/results/latest.json).
#
#   src/bench/compare.sh                 everything (about 15-20 minutes on 2 cores)
#   src/bench/compare.sh --only lfr10k   the rows whose "graph task" contains the text (saved as
#                                    src/bench/results/partial.md, never over the full table)
#   src/bench/compare.sh --whole-process [--runs N] [--only TASK]
#                                    only the whole-process rows (compare/whole_process.py): each task
#                                    through the root launcher, timed with /usr/bin/time -v, tradenet
#                                    and its peer alternately, medians (src/bench/results/whole-process.md;
#                                    with --only, whole-process-partial.md);
#                                    the full run ends with them too
#
# Graphs are generated once into src/bench/graphs/ (not committed): LFR graphs of 10,000 and 100,000
# nodes (networkx, seed 42), the synthetic 200-country x 5,000-product trade world, the shipped
# rare-earth network and a 10-million-row BACI-format file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
root=$(cd "$here/../.." && pwd)
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl src/bench -am package)
jar="$here/target/benchmarks.jar"
graphs="$here/graphs"
mkdir -p "$graphs"
if [[ ! -f "$graphs/lfr100k.csv" || ! -f "$graphs/lfr10k-directed.csv" ]]; then
  "$py" "$here/compare/make_lfr.py" "$graphs" > "$graphs/lfr.json"
fi
if [[ ! -f "$graphs/trade200.csv" || ! -f "$graphs/baci-10M.csv" ]]; then
  java -cp "$jar" org.tradenet.bench.Compare generate "$graphs" > "$graphs/generated.json"
fi
if [[ "${1:-}" == --whole-process ]]; then
  shift
  exec "$py" "$here/compare/whole_process.py" "$root" "$graphs" "$here/results/whole-process.md" "$@"
fi
"$py" "$here/compare/compare.py" "$jar" "$graphs" "$here/results/latest.md" "$@"
if [[ " $* " == *" --only "* ]]; then
  exit 0  # a partial comparison: the whole-process rows are not among them
fi
exec "$py" "$here/compare/whole_process.py" "$root" "$graphs" "$here/results/whole-process.md" "$@"

#!/usr/bin/env bash
# The atlas on a synthetic full year (5,000 products, about 10 million BACI rows in BACI's own
# row order), whole process, through the ./tradenet launcher as a user runs it, measured with
# GNU time (/usr/bin/time -v: wall clock, user + system CPU, maximum resident set size):
#   local          the local engine, 2 threads, default settings (19 null draws)
#   local-nodraws  the same with --null-draws 0 (the issue's 2-minute target was set without the
#                  significance test)
#   spark-local2   the Spark engine in-process, --master local[2]
#   local-512m     the local engine with -Xmx512m: it must finish by spilling to partition files
#                  (checked in its atlas.json notes)
# Each configuration runs REPEATS times (default 3), alternating; the table gives the median and
# the range. Checks that local and Spark write the same atlas.csv. Writes src/bench/results/atlas.md.
# Not a test: nothing here asserts a time. Run it on a quiet machine, and do not edit sources while
# it runs (the launcher would rebuild inside a timed run).
#   src/bench/atlas-bench.sh                  # the full year: 5,000 products, ~10 M rows
#   PRODUCTS=100 REPEATS=1 src/bench/atlas-bench.sh   # ~200,000 rows, to try the script out
#   NULL_DRAWS=0 src/bench/atlas-bench.sh     # local, Spark and the capped run without the significance
#                                             # test (local-nodraws is then the same run and is left out)
# JVM options: BENCH_JAVA_OPTS (default -XX:TieredStopAtLevel=4: the launcher's quick-start C1-only
# setting is meant for runs of seconds; these run for minutes) go to every run; -Xmx512m is added to
# local-512m.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
products=${PRODUCTS:-5000}
repeats=${REPEATS:-3}
draws=${NULL_DRAWS:-19}
jvm=${BENCH_JAVA_OPTS:--XX:TieredStopAtLevel=4}
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl src/bench -am package)
mkdir -p "$here/graphs" "$here/results/work"
file="$here/graphs/atlas-year-$products.csv"
if [ ! -f "$file" ] || [ ! -f "$file.rows" ]; then
  echo "writing $file ..." >&2
  java -cp "$here/target/benchmarks.jar" org.tradenet.bench.AtlasYear "$file" "$products" > "$file.rows"
fi
rows=$(cat "$file.rows")
# The capped run spills: the default in-memory budget (4 M rows) is below the full year; a smaller
# year gets a budget of a quarter of its rows so that it spills too.
budget=$(( rows / 4 < 4000000 ? rows / 4 : 4000000 ))

# Build both engines before timing.
"$root/tradenet" --version > /dev/null
"$root/tradenet" atlas --engine spark --help > /dev/null

seconds() { # GNU time's [h:]m:ss.ss -> seconds
  echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}
run() { # name, repeat, JVM options, then tradenet arguments; appends "wall cpu rssMB" to work/NAME.tsv
  local name=$1 k=$2 opts=$3; shift 3
  local out="$here/results/work/atlas-$name" log="$here/results/work/atlas-$name-$k.time"
  echo "  $name, run $k ..." >&2
  if ! TRADENET_JAVA_OPTS="$opts" /usr/bin/time -v "$root/tradenet" atlas "$file" --out "$out" "$@" \
      > "$here/results/work/atlas-$name-$k.out" 2> "$log"; then
    echo "atlas-bench: $name failed; see $log" >&2
    exit 1
  fi
  local wall user sys rss
  wall=$(seconds "$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')")
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') $((rss / 1024))" >> "$here/results/work/atlas-$name.tsv"
}
stats() { # column of work/NAME.tsv -> "median (min-max)"
  sort -n -k"$2" "$here/results/work/atlas-$1.tsv" | awk -v c="$2" '{ v[NR] = $c } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    if (NR == 1) printf "%s", m; else printf "%s (%s-%s)", m, v[1], v[NR] }'
}

names=(local local-nodraws spark-local2 local-512m)
for n in "${names[@]}"; do rm -f "$here/results/work/atlas-$n.tsv"; done
for k in $(seq 1 "$repeats"); do
  run local "$k" "$jvm" --threads 2 --null-draws "$draws"
  if [ "$draws" != 0 ]; then
    run local-nodraws "$k" "$jvm" --threads 2 --null-draws 0
  fi
  run spark-local2 "$k" "$jvm" --engine spark --master 'local[2]' --null-draws "$draws"
  run local-512m "$k" "$jvm -Xmx512m" --threads 2 --memory-rows "$budget" --null-draws "$draws"
done
work="$here/results/work"
same="DIFFER"
cmp -s "$work/atlas-local/atlas.csv" "$work/atlas-spark-local2/atlas.csv" && same="are identical"
cmp -s "$work/atlas-local/atlas.csv" "$work/atlas-local-512m/atlas.csv" || same="$same; the capped run's DIFFERS"
spill=$(grep -o '[0-9]* rows were grouped through [0-9]* temporary partition files' "$work/atlas-local-512m/atlas.json" || true)
if [ -z "$spill" ]; then
  echo "atlas-bench: the capped run did not spill (no spill note in its atlas.json)" >&2
  exit 1
fi
{
  echo "# Atlas benchmark: one synthetic year, whole process"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "$(java -version 2>&1 | head -1); JVM options \`$jvm\` on every run. Measured with \`/usr/bin/time -v\` around"
  echo "\`./tradenet atlas\` (JVM start, reading, grouping, analysis, the four output files; Spark: its session too)."
  echo
  echo "Input: \`graphs/atlas-year-$products.csv\` ($rows BACI rows, $(du -m "$file" | cut -f1) MB, $products random products"
  echo "and 2 known ones, 150 countries, one year; \`AtlasYear\`, seed 42). Groups: $(($(wc -l < "$work/atlas-local/atlas.csv") - 1))."
  echo "The local and Spark atlas.csv files $same. The -Xmx512m run spilled: $spill."
  echo
  echo "Median of $repeats run(s) (range in brackets):"
  echo
  echo "| run | settings | wall time (s) | CPU user + system (s) | max resident memory (MB) |"
  echo "|---|---|---|---|---|"
  echo "| local | 2 threads, \`--null-draws $draws\` | $(stats local 1) | $(stats local 2) | $(stats local 3) |"
  if [ "$draws" != 0 ]; then
    echo "| local-nodraws | 2 threads, \`--null-draws 0\` | $(stats local-nodraws 1) | $(stats local-nodraws 2) | $(stats local-nodraws 3) |"
  fi
  echo "| spark-local2 | \`--engine spark --master local[2]\`, \`--null-draws $draws\` | $(stats spark-local2 1) | $(stats spark-local2 2) | $(stats spark-local2 3) |"
  echo "| local-512m | 2 threads, \`-Xmx512m\`, \`--memory-rows $budget\`, \`--null-draws $draws\` | $(stats local-512m 1) | $(stats local-512m 2) | $(stats local-512m 3) |"
  echo
  echo "Targets (issue 17): the local engine under 2 minutes for the full year on 2 cores (set before the significance"
  echo "test: compare local-nodraws); Spark local[2] at most 2x the local engine. Check the load average above first."
} > "$here/results/atlas.md"
cat "$here/results/atlas.md"

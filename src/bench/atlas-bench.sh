#!/usr/bin/env bash
# The atlas on a synthetic full year (5,000 products, about 10 million BACI rows in BACI's own
# row order): the local engine with 2 threads, then Spark local[2], both through the ./tradenet
# launcher as a user runs them. Records wall time and peak resident memory (GNU time's
# "Maximum resident set size") and checks that both write the same atlas.csv. Writes
# src/bench/results/atlas-latest.md. Not a test: nothing here asserts a time.
#   src/bench/atlas-bench.sh            # TRADENET_JAVA_OPTS passes JVM options (e.g. -Xmx2g)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl src/bench -am package)
mkdir -p "$here/graphs" "$here/results/work"
file="$here/graphs/atlas-year-5000.csv"
if [ ! -f "$file" ]; then
  echo "writing $file ..." >&2
  java -cp "$here/target/benchmarks.jar" org.tradenet.bench.AtlasYear "$file" > "$file.rows"
fi
rows=$(cat "$file.rows")
run() { # name, then tradenet arguments
  local name=$1; shift
  local log="$here/results/work/atlas-$name.time"
  /usr/bin/time -v "$root/tradenet" atlas "$file" --out "$here/results/work/atlas-$name" "$@" \
    > "$here/results/work/atlas-$name.out" 2> "$log"
  local wall rss user sys
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  echo "| $name | $wall | $user s + $sys s | $((rss / 1024)) MB |"
}
# Build both engines before timing (do not edit sources while this runs: the launcher would rebuild
# inside the timed run).
"$root/tradenet" --version > /dev/null
"$root/tradenet" atlas --engine spark --help > /dev/null || true
local_row=$(run local --threads 2)
spark_row=$(run spark-local2 --engine spark --master 'local[2]')
same="differ"
cmp -s "$here/results/work/atlas-local/atlas.csv" "$here/results/work/atlas-spark-local2/atlas.csv" && same="are identical"
{
  echo "# Atlas benchmark: one synthetic year"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "$(java -version 2>&1 | head -1); TRADENET_JAVA_OPTS='${TRADENET_JAVA_OPTS:-}'."
  echo
  echo "Input: \`graphs/atlas-year-5000.csv\` ($rows BACI rows, $(du -m "$file" | cut -f1) MB, 5,002 products, 150 countries, one year; \`AtlasYear\`, seed 42)."
  echo "Groups: $(($(wc -l < "$here/results/work/atlas-local/atlas.csv") - 1)). The two atlas.csv files $same."
  echo
  echo "| engine | wall time (m:ss) | CPU user + system | peak resident memory |"
  echo "|---|---|---|---|"
  echo "$local_row"
  echo "$spark_row"
  echo
  echo "Wall time includes the JVM start and, for Spark, the session start. Check the load average above before reading times."
} > "$here/results/atlas-latest.md"
cat "$here/results/atlas-latest.md"

#!/usr/bin/env bash
# Runs tradenet's JMH benchmarks: builds src/bench/target/benchmarks.jar with the modules it
# needs (tests skipped) and runs it. Arguments go to JMH, e.g.
#   src/bench/run-jmh.sh ReadBaci -f 1 -wi 2 -i 3
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -pl src/bench -am package)
exec java -jar "$here/target/benchmarks.jar" "$@"

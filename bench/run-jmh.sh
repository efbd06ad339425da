#!/usr/bin/env bash
# Runs tradenet's JMH benchmarks: installs tradenet into the local Maven repository (tests
# skipped), builds bench/target/benchmarks.jar and runs it. Arguments go to JMH, e.g.
#   bench/run-jmh.sh ReadBaci -f 1 -wi 2 -i 3
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
(cd "$here/.." && mvn -q -B -Dstyle.color=never -DskipTests install)
(cd "$here" && mvn -q -B -Dstyle.color=never package)
exec java -jar "$here/target/benchmarks.jar" "$@"

#!/usr/bin/env bash
# Rebuilds the atlas fixtures from the shared BACI extract with tradenet itself.
# Usage: test-fixtures/atlas/make.sh SHARED_DATA_DIR   (the folder holding atlas/)
# tradenet convert turns BACI codes into ISO3 and thousand USD into USD; awk keeps one HS6 code.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${1:?usage: test-fixtures/atlas/make.sh SHARED_DATA_DIR}
all=$(mktemp --suffix=.csv)
trap 'rm -f "$all"' EXIT
"$here/../../tradenet" convert "$data/atlas/baci-2022-30hs6-critical-materials.csv" --input-format baci -o "$all"
keep() { awk -F, -v hs="$1" 'NR == 1 || $5 == hs' "$all" > "$here/$2"; }
keep 283691 lithium-carbonate-2022.csv
keep 282200 cobalt-oxides-2022.csv

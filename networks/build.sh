#!/usr/bin/env bash
# Rebuilds the shipped data sets in networks/ from the shared raw data, with tradenet itself.
# Usage: networks/build.sh SHARED_DATA_DIR   (the folder holding rare-earths/ and countries/)
# Values are converted (units, codes), never edited; see networks/README.md for what each step does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${1:?usage: networks/build.sh SHARED_DATA_DIR}
/usr/bin/env python3 "$here/build-countries.py" "$data" > "$here/countries.csv.tmp" && mv "$here/countries.csv.tmp" "$here/countries.csv"
tn="$here/../tradenet"
"$tn" convert "$data/rare-earths/comtrade-2025-rare-earth-compounds-metals.csv" --input-format edges -o "$here/rare-earths.csv"
"$tn" convert "$data/rare-earths/baci-2024-850511-magnets-raw-layout.csv" --input-format baci -o "$here/magnets-2024.csv"
"$tn" convert "$data/rare-earths/baci-2002-2024-850511-magnets-toplinks.csv" --input-format edges -o "$here/magnets-timeline.csv"

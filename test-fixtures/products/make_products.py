"""Edge lists of one product each, cut from the shared BACI 2022 critical-materials extract.

Run from the repository root:  python3 test-fixtures/products/make_products.py ../shared/data
Reads  atlas/baci-2022-30hs6-critical-materials.csv  (BACI t,i,j,k,v,q; v in thousand USD)
and    countries/baci-country-codes-V202601.csv      (BACI code -> ISO3),
writes cobalt-oxides-2022.csv (HS 282200) and lithium-carbonate-2022.csv (HS 283691) as
tradenet edge lists exporter,importer,value,hs6,year with value in USD (v * 1000).
Code 490 ("Other Asia, nes") is written as S19, which tradenet reads as Taiwan (TWN).
Rows whose code has no ISO3 are counted and left out (printed).
"""
import csv
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
iso3 = {}
with open(root / "countries" / "baci-country-codes-V202601.csv", newline="") as f:
    for row in csv.DictReader(f):
        iso3[row["country_code"]] = row["country_iso3"]
iso3["490"] = "S19"
out = Path(__file__).parent
for hs, name in (("282200", "cobalt-oxides-2022.csv"), ("283691", "lithium-carbonate-2022.csv")):
    rows, skipped = [], 0
    with open(root / "atlas" / "baci-2022-30hs6-critical-materials.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["k"] != hs:
                continue
            e, i = iso3.get(row["i"], ""), iso3.get(row["j"], "")
            if not e or not i or e == "NA" or i == "NA":
                skipped += 1
                continue
            value = round(float(row["v"]) * 1000, 3)
            rows.append((e, i, f"{value:.3f}".rstrip("0").rstrip("."), hs, row["t"]))
    rows.sort(key=lambda r: -float(r[2]))
    with open(out / name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["exporter", "importer", "value", "hs6", "year"])
        w.writerows(rows)
    print(name, len(rows), "rows,", skipped, "skipped (no ISO3 code)")

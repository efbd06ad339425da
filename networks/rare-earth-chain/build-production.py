#!/usr/bin/env python3
"""Writes mine-production.csv (country,value: tonnes of rare-earth oxide, USGS 2024 estimate)
from the USGS Mineral Commodity Summaries 2025 table in the shared data folder.

Usage: build-production.py SHARED_DATA_DIR   (e.g. ../shared/data)

Converts, never edits: the 2024e column is copied as is. Rows without an ISO3 id ("Other",
1,100 t) and the world total are left out, and the script says so.
"""
import csv
import sys
from pathlib import Path

src = Path(sys.argv[1]) / "rare-earths" / "usgs-mcs2025-mine-production-reserves.csv"
out = Path(__file__).resolve().parent / "mine-production.csv"
rows = []
skipped = []
with open(src, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        iso = r["iso3"].strip()
        if not iso or iso == "WLD":
            skipped.append(f'{r["country"]} ({r["mine_production_2024e_t_REO"]} t)')
            continue
        rows.append((iso, r["mine_production_2024e_t_REO"].strip()))
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["country", "value"])
    w.writerows(rows)
print(f"wrote {out.name}: {len(rows)} countries; left out: {', '.join(skipped)}")

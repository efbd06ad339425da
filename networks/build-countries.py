#!/usr/bin/env python3
"""Builds networks/countries.csv, tradenet's country registry, from the shared country tables.

Input:  ../shared/data/countries/country-regions.csv (CEPII BACI V202601 country table joined
        with UN M49 regions). Usage: python3 build-countries.py SHARED_DATA_DIR > countries.csv

One row per numeric code. What this script changes, and why (nothing else is touched):
  * Namibia's ISO2 code "NA" was read as a missing value upstream; it is restored.
  * Names that were UTF-8 decoded as Latin-1 upstream ("CuraÃ§ao") are decoded back ("Curaçao").
  * BACI 490 ("Other Asia, nes", ISO3 S19) is Taiwan in practice; its id becomes TWN so that
    BACI and the Comtrade 2025 files (which spell it TWN) name one country; S19 stays an alias.
  * Codes that were replaced (Belgium-Luxembourg 58, West Germany 280, Sudan before 2011 736)
    share the id of their successor and are marked historical; other historical entities keep
    their own id, kind "historical".
  * Comtrade's partner codes that are not countries are added, with ids of tradenet's own
    (X + code): 0 World (kind "world", always dropped by the readers), 568, 577, 899 (areas nes),
    837 bunkers, 838 free zones, 839 special categories (kind "special"), plus two territories
    missing from the BACI table: 234 Faroe Islands (FRO) and 581 US Minor Outlying Islands (UMI).
"""
import csv
import sys

src = sys.argv[1].rstrip("/") + "/countries/country-regions.csv"
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["code", "id", "iso2", "name", "region", "subregion", "kind", "aliases", "note"])

SUCCESSOR_OF = {"58": "BEL", "280": "DEU", "736": "SDN"}
for r in rows:
    code, iso3, iso2, name = r["baci_code"], r["iso3"], r["iso2"], r["name"]
    kind, aliases, note = "country", "", r["note"]
    if "Ã" in name or "Â" in name:
        name = name.encode("latin-1").decode("utf-8")
    if code == "516" and iso3 == "NAM" and iso2 == "":
        iso2, note = "NA", "ISO2 NA restored (read as a missing value upstream)"
    if code == "490":
        iso3, iso2, name, aliases = "TWN", "TW", "Taiwan", "S19"
        note = "BACI/Comtrade 490 'Other Asia, nes' = Taiwan in practice; region set by the source table"
    if "(..." in name or code in SUCCESSOR_OF:
        kind = "historical"
    if r["region"] == "" and kind == "country":
        # BACI groupings without a UN region (e.g. 697 Europe EFTA nes, 849 US Misc. Pacific Isds)
        kind = "special"
    out.writerow([code, iso3, iso2, name, r["region"], r["subregion"], kind, aliases, note])

EXTRA = [
    ("0", "WLD", "", "World", "", "", "world", "", "Comtrade partner 0: a reporter's total, never a flow"),
    ("234", "FRO", "FO", "Faroe Islands", "Europe", "Northern Europe", "country", "", "Comtrade code missing from the BACI table"),
    ("581", "UMI", "UM", "United States Minor Outlying Islands", "Oceania", "Micronesia", "country", "", "Comtrade code missing from the BACI table"),
    ("568", "X568", "", "Other Europe, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("577", "X577", "", "Other Africa, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("837", "X837", "", "Bunkers", "", "", "special", "", "Comtrade special partner"),
    ("838", "X838", "", "Free Zones", "", "", "special", "", "Comtrade special partner"),
    ("839", "X839", "", "Special Categories", "", "", "special", "", "Comtrade special partner"),
    ("899", "X899", "", "Areas, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
]
known = {r["baci_code"] for r in rows}
for e in EXTRA:
    if e[0] not in known:
        out.writerow(e)

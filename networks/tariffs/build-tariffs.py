#!/usr/bin/env python3
"""Builds networks/tariffs/rare-earths.csv from the observed tariff lines.

Usage: /usr/bin/python3 networks/tariffs/build-tariffs.py SHARED_DATA_DIR REPO_ROOT > networks/tariffs/rare-earths.csv

Input: SHARED_DATA_DIR/rare-earths/tariff-lines-observed.csv (seven real MFN/applied lines)
and REPO_ROOT/networks/rare-earths.csv (the shipped network, for the import weights).

Rules (see networks/tariffs/README.md):
1. Several national lines under one HS6 code (USA 2846.90.20 and 2846.90.80): simple mean,
   since the data has no trade values below HS6.
2. One importer, several HS6 codes with a line: the mean weighted by that importer's 2024-25
   imports of those HS6 codes in the shipped network. Its HS6 codes without any line are
   assumed to carry the same rate (the coverage column says how much of its imports had a line).
3. The EU line (erga omnes) applies to each of the 27 member states on goods from outside the
   EU; trade between member states pays no duty (customs union), written as explicit 0 lines.
No other rate is written: every other flow gets the model's default rate.
"""
import csv
import collections
import sys

EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
        "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]


def main():
    shared, repo = sys.argv[1], sys.argv[2]
    lines = collections.defaultdict(list)          # (importer, hs6) -> [rate %]
    with open(shared + "/rare-earths/tariff-lines-observed.csv", newline="") as f:
        for row in csv.DictReader(f):
            lines[(row["importer"], row["hs6"])].append(float(row["rate_pct"]))
    imports = collections.defaultdict(float)        # (importer, hs6) -> USD
    total = collections.defaultdict(float)
    with open(repo + "/networks/rare-earths.csv", newline="") as f:
        for row in csv.DictReader(f):
            imports[(row["importer"], row["hs6"])] += float(row["value"])
            total[row["importer"]] += float(row["value"])

    by_importer = collections.defaultdict(dict)     # importer -> hs6 -> rate %
    for (imp, hs6), rates in lines.items():
        by_importer[imp][hs6] = sum(rates) / len(rates)

    def aggregate(importer_key, weight_ids):
        hs = by_importer[importer_key]
        w = {h: sum(imports[(c, h)] for c in weight_ids) for h in hs}
        tw = sum(w.values())
        if tw > 0:
            rate = sum(hs[h] * w[h] for h in hs) / tw
        else:
            rate = sum(hs.values()) / len(hs)
        covered = tw / sum(total[c] for c in weight_ids) if sum(total[c] for c in weight_ids) > 0 else 0.0
        return rate, covered

    out = csv.writer(sys.stdout, lineterminator="\n")
    print("# Base import tariffs on rare-earth compounds and metals (HS 280530, 284610, 284690), ad valorem fractions.")
    print("# Built by networks/tariffs/build-tariffs.py from the observed tariff lines (USGS MCS 2025; national schedules);")
    print("# see networks/tariffs/README.md. coverage = share of the importer's imports (by value) in HS6 codes with a line.")
    out.writerow(["importer", "exporter", "rate", "coverage", "basis"])
    for imp in sorted(k for k in by_importer if k != "EU"):
        rate, cov = aggregate(imp, [imp])
        basis = "; ".join(f"{h} {by_importer[imp][h]:g}%" for h in sorted(by_importer[imp]))
        out.writerow([imp, "*", f"{rate / 100:.6f}", f"{cov:.4f}", "MFN, import-weighted mean of " + basis])
    if "EU" in by_importer:
        for m in EU27:
            rate, cov = aggregate("EU", [m])
            basis = "; ".join(f"{h} {by_importer['EU'][h]:g}%" for h in sorted(by_importer["EU"]))
            out.writerow([m, "*", f"{rate / 100:.6f}", f"{cov:.4f}", "EU common external tariff (erga omnes), " + basis])
        for m in EU27:
            for e in EU27:
                if e != m:
                    out.writerow([m, e, "0", "", "intra-EU trade, customs union"])


if __name__ == "__main__":
    main()

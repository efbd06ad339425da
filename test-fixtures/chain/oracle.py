#!/usr/bin/env python3
"""Independent implementation of the value-chain exposure and shortage cascade (docs/chain.md)
on the shipped rare-earth-chain, written with numpy from the equations, not from the Java code.

Run from the repository root:  /usr/bin/python3 test-fixtures/chain/oracle.py
Writes test-fixtures/chain/oracle-exposure.csv and oracle-cascade.csv, which ShippedChainTest
compares with tradenet's results.
"""
import csv
import math
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
NET = ROOT / "networks"
OUT = Path(__file__).resolve().parent

kinds = {r["id"]: r["kind"] for r in csv.DictReader(open(NET / "countries.csv", encoding="utf-8"))}


def links(path):
    """exporter -> importer value (USD) and quantity (tonnes, NaN when no row has one); self-flows
    and non-country partners left out, as tradenet's default network spec does."""
    value = defaultdict(float)
    qty = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        e, i = r["exporter"], r["importer"]
        if e == i or kinds.get(e) in ("world", "special") or kinds.get(i) in ("world", "special"):
            continue
        value[(e, i)] += float(r["value"])
        if r["quantity"].strip():
            qty[(e, i)] = qty.get((e, i), 0.0) + float(r["quantity"])
    return value, qty


production = {r["country"]: float(r["value"]) for r in csv.DictReader(open(NET / "rare-earth-chain" / "mine-production.csv"))}
sep_value, sep_qty = links(NET / "rare-earths.csv")
mag_value, _ = links(NET / "magnets-2024.csv")

# world unit value of the separation tier: value over quantity of the links with a quantity
v = sum(sep_value[k] for k in sep_qty if sep_qty[k] > 0)
q = sum(q for q in sep_qty.values() if q > 0)
per_tonne = v / q

ids = sorted(set(production) | {c for k in sep_value for c in k} | {c for k in mag_value for c in k})
ix = {c: n for n, c in enumerate(ids)}
n = len(ids)


def tier(trade, prod):
    W = np.zeros((n, n))
    for (e, i), val in trade.items():
        W[ix[e], ix[i]] += val
    exports = W.sum(axis=1)
    H = np.zeros(n)
    for c, p in prod.items():
        H[ix[c]] = max(0.0, p - exports[ix[c]])
    F = W + np.diag(H)              # F[k, c]: what k supplies c, home on the diagonal
    U = F.sum(axis=0)                # c's supply
    S = np.divide(F.T, U[:, None], out=np.zeros((n, n)), where=U[:, None] > 0)   # S[c, k]
    return F, U, S


tiers = [
    ("mining", *tier({}, production)),
    ("separation-metals", *tier(sep_value, {c: p * per_tonne for c, p in production.items()})),
    ("magnets", *tier(mag_value, {})),
]

# exposure
E_prev, U_prev = None, None
rows = []
for name, F, U, S in tiers:
    origin = np.eye(n)
    if E_prev is not None:
        has = U_prev > 0
        origin[has] = E_prev[has]
    E = S @ origin
    for c in range(n):
        if U[c] <= 0:
            continue
        for o in range(n):
            if E[c, o] > 0 or S[c, o] > 0:
                rows.append((name, ids[c], ids[o], repr(float(E[c, o])), repr(float(S[c, o]))))
    E_prev, U_prev = E, U
with open(OUT / "oracle-exposure.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["tier", "country", "origin", "upstream", "direct"])
    w.writerows(rows)


def cascade(sigma, kappa):
    """China cuts mining output by half; losses passed down with substitution sigma, re-routing kappa."""
    out = []
    loss_prev, U_prev = None, None
    for t, (name, F, U, S) in enumerate(tiers):
        direct = np.zeros(n)
        if name == "mining":
            direct[ix["CHN"]] = 0.5
        up = np.zeros(n)
        if loss_prev is not None:
            up = np.where(U_prev > 0, loss_prev, 0.0)
        lam = 1 - (1 - direct) * (1 - (1 - sigma) * up)
        output = F.sum(axis=1)
        lam = np.where(output > 0, lam, 0.0)
        lost = F.T @ lam             # lost[c] = sum_k F[k, c] * lam[k]
        if kappa > 0:
            ok = (F > 0) & (lam[:, None] == 0)          # unaffected links k -> c
            open_supply = (F * ok).sum(axis=0)
            ask = np.zeros((n, n))                        # ask[k, c]
            for c in range(n):
                if lost[c] > 0 and open_supply[c] > 0:
                    ask[:, c] = lost[c] * F[:, c] * ok[:, c] / open_supply[c]
            asked = ask.sum(axis=1)
            grant_rate = np.ones(n)
            for k in range(n):
                if asked[k] > 0:
                    grant_rate[k] = min(1.0, kappa * output[k] / asked[k])
            lost = np.maximum(0.0, lost - (ask * grant_rate[:, None]).sum(axis=0))
        loss = np.divide(lost, U, out=np.zeros(n), where=U > 0)
        for c in range(n):
            if lost[c] > 0:
                out.append((name, ids[c], repr(float(loss[c])), repr(float(lost[c]))))
        loss_prev, U_prev = loss, U
    return out


with open(OUT / "oracle-cascade.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sigma", "spareCapacity", "tier", "country", "supplyLoss", "lossValue"])
    for sigma, kappa in [(0.0, 0.0), (0.5, 0.0), (0.0, 0.1)]:
        for r in cascade(sigma, kappa):
            w.writerow([sigma, kappa, *r])
print(f"{n} countries; unit value USD {per_tonne:.2f}/t; {len(rows)} exposure rows")

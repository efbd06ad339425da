#!/usr/bin/env python3
"""Independent second implementation of GSIM (numpy/scipy) for tradenet's shock tests.

Usage: /usr/bin/python3 make_oracle.py REPO_ROOT > REPO_ROOT/test-fixtures/gsim/oracle.json

Reads test-fixtures/gsim/francois-hall-4x4.json, solves a few scenarios in both forms and
prints world price changes, composite price changes, new flows and welfare as JSON.
Linear form: the percentage-change equations written as a residual function, solved with
scipy.optimize.root (embargoed flows pinned at zero with their virtual price as unknown).
Levels form: the CES equations in levels (not logs), solved with scipy.optimize.fsolve
from the base prices.
"""
import json
import sys

import numpy as np
from scipy.integrate import quad
from scipy.optimize import fsolve, root


def linear(M, T0, T1, X1, ban, Em, Es, Ex):
    n = len(M)
    S = M.sum(1)
    E = (T0 * M).sum(0)
    theta = T0 * M / E
    phi = M / S[:, None]
    That = T1 * X1 / T0 - 1
    flows = [(r, v) for r in range(n) for v in range(n) if M[r, v] > 0]
    banned = [f for f in flows if ban[f]]
    bidx = {f: n + i for i, f in enumerate(banned)}

    def phat(u, r, v):
        return u[bidx[(r, v)]] if (r, v) in bidx else u[r] + That[r, v]

    def demand(u, r, v):
        own = theta[r, v] * Em - (1 - theta[r, v]) * Es
        d = own * phat(u, r, v)
        for s in range(n):
            if s != r and M[s, v] > 0:
                d += theta[s, v] * (Em + Es) * phat(u, s, v)
        return d

    def mhat(u, r, v):
        return -1.0 if (r, v) in bidx else demand(u, r, v)

    def resid(u):
        out = []
        for r in range(n):
            out.append(sum(phi[r, v] * mhat(u, r, v) for v in range(n) if M[r, v] > 0) - Ex * u[r])
        for (r, v) in banned:
            out.append(demand(u, r, v) + 1.0)
        return out

    sol = root(resid, np.zeros(n + len(banned)), tol=1e-14)
    u = sol.x
    x = u[:n]
    vol = np.zeros((n, n))
    dpc = np.zeros(n)
    for (r, v) in flows:
        vol[r, v] = M[r, v] * (1 + mhat(u, r, v))
        dp = u[bidx[(r, v)]] if (r, v) in bidx else (1 + x[r]) * T1[r, v] * X1[r, v] / T0[r, v] - 1
        dpc[v] += theta[r, v] * dp
    return x, vol, dpc


def levels(M, T0, T1, X1, ban, Em, Es, Ex):
    n = len(M)
    S = M.sum(1)
    E = (T0 * M).sum(0)
    theta = T0 * M / E
    # CES weights so that the base is an equilibrium at p = 1 and Pc = 1
    beta = np.where((M > 0) & ~ban, theta * T0 ** (Es - 1), 0.0)

    def state(p):
        P = T1 * X1 * p[:, None]
        agg = (beta * P ** (1 - Es)).sum(0)
        cut = agg <= 0
        Pc = np.where(cut, np.inf, np.where(cut, 1.0, agg) ** (1 / (1 - Es)))
        Q = np.where(cut, 0.0, E * np.where(cut, 1.0, Pc) ** Em)
        safe = np.where(cut, 1.0, Pc)
        D = np.where(cut[None, :], 0.0, Q[None, :] * beta * (P / safe[None, :]) ** (-Es))
        return D, Pc

    def resid(p):
        D, _ = state(p)
        return (D.sum(1) - S * p ** Ex) / S

    p = fsolve(resid, np.ones(n), xtol=1e-14)
    D, Pc = state(p)
    return p - 1, D, Pc - 1


def welfare(M, T0, T1, X1, x, vol, dpc, Em, Ex, exact=False):
    n = len(M)
    S = M.sum(1)
    E = (T0 * M).sum(0)
    M1 = vol * (1 + x)[:, None]
    with np.errstate(invalid="ignore"):
        cst = -E * dpc * (1 + 0.5 * Em * dpc)
    cst = np.where(np.isinf(dpc), np.nan, cst)
    if exact:
        # levels form: the areas under composite demand Q(P) = E0 * P^Em and export supply
        # X(p) = X0 * p^Ex (base prices 1), integrated numerically, not from the closed form
        cs = np.array([-quad(lambda P, e=E[v]: e * P ** Em, 1.0, 1.0 + dpc[v], epsabs=1e-13, epsrel=1e-13, limit=200)[0]
                       for v in range(n)])
        ps = np.array([quad(lambda p, s=S[r]: s * p ** Ex, 1.0, 1.0 + x[r], epsabs=1e-13, epsrel=1e-13, limit=200)[0]
                       for r in range(n)])
    else:
        ps = S * x * (1 + 0.5 * Ex * x)
        cs = 0.5 * Em * E * dpc * np.abs(dpc) - E * dpc
    tr = ((T1 - 1) * X1 * M1 - (T0 - 1) * M).sum(0)
    xr = ((X1 - 1) * M1).sum(1)
    def clean(a):
        return [float(v) if np.isfinite(v) else None for v in a]
    return {"producerSurplus": clean(ps), "consumerSurplus": clean(cs), "consumerSurplusTextbook": clean(cst),
            "tariffRevenue": tr.tolist(), "exportTaxRevenue": xr.tolist()}


def main():
    root_dir = sys.argv[1]
    d = json.load(open(root_dir + "/test-fixtures/gsim/francois-hall-4x4.json"))
    ids = d["regions"]
    M = np.array(d["flows"], float)
    T0 = np.array(d["tariff_power"], float)
    el = d["elasticities"]
    Em, Es, Ex = el["import_demand"], el["substitution"], el["export_supply"]
    n = len(ids)
    US, JP, EU, RW = 0, 1, 2, 3

    def base():
        return T0.copy(), np.ones((n, n)), np.zeros((n, n), bool)

    cases = []
    T1, X1, ban = base()
    T1[EU, US] = T1[US, EU] = 1.0
    cases.append(("us-eu-fta", [{"type": "remove-tariffs", "importers": ["US", "EU"], "exporters": ["US", "EU"]}], T1, X1, ban))
    T1, X1, ban = base()
    for v in range(n):
        if v != JP:
            X1[JP, v] = 1.25
    cases.append(("jp-export-tax-25", [{"type": "export-tax", "exporters": ["JP"], "rate": "25%"}], T1, X1, ban))
    T1, X1, ban = base()
    bloc = [US, EU]
    for r in range(n):
        for v in range(n):
            if r == v:
                continue
            if r in bloc and v in bloc:
                T1[r, v] = 1.0
            elif v in bloc:
                T1[r, v] = 1.2
            elif r in bloc:
                X1[r, v] = 1.2
    cases.append(("us-eu-bloc-20", [{"type": "bloc", "members": ["US", "EU"], "rate": 0.2}], T1, X1, ban))
    T1, X1, ban = base()
    ban[JP, US] = True
    cases.append(("embargo-jp-us", [{"type": "embargo", "exporters": ["JP"], "importers": ["US"]}], T1, X1, ban))
    T1, X1, ban = base()
    ban[:, JP] = True
    ban[JP, JP] = False
    cases.append(("embargo-all-jp", [{"type": "embargo", "exporters": "*", "importers": ["JP"]}], T1, X1, ban))

    out = {"generator": "test-fixtures/gsim/make_oracle.py", "ids": ids, "cases": []}
    for name, measures, T1, X1, ban in cases:
        case = {"name": name, "measures": measures}
        for form, fn in (("linear", linear), ("levels", levels)):
            x, vol, dpc = fn(M, T0, T1, X1, ban, Em, Es, Ex)
            case[form] = {"worldPriceChange": x.tolist(), "compositePriceChange": [float(v) if np.isfinite(v) else None for v in dpc],
                          "volume": vol.tolist(),
                          "welfare": welfare(M, T0, T1, X1, x, vol, dpc, Em, Ex, exact=(form == "levels"))}
        out["cases"].append(case)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

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
    (X + code): 0 World (kind "world", always dropped by the readers), the areas "not elsewhere
    specified" (129, 221, 290, 471, 472, 473, 492, 527, 568, 577, 636, 637, 879, 899), 97 EU,
    536 Neutral Zone, 837 bunkers, 838 free zones, 839 special categories (kind "special"), plus
    the UN M49 areas missing from the BACI table (234 Faroe Islands, 581 US Minor Outlying Islands,
    10 Antarctica and 16 more; uninhabited ones such as Antarctica are kind "special"), and the M49
    codes of the five countries whose BACI/Comtrade code differs (840 USA beside 842, ...), and the
    Comtrade partner codes of former entities that the BACI table lacks (230 Fmr Ethiopia, 841 USA
    before 1981, ...; kind "historical") and 80 Br. Antarctic Terr. (kind "special").
  * The Comtrade codes and names were checked against Comtrade's partnerAreas.json (legacy
    comtrade.un.org/Data/cache/partnerAreas.json, as vendored in the public repository
    sashakrasnov/uncomtrade, commit 084154f2); test-fixtures/data/comtrade-partner-areas.csv
    lists the codes checked, and CountryRegistryComtradeTest reads every one.
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
    # The rest of Comtrade's partner codes that are no country (groupings "not elsewhere specified", EU, a neutral zone).
    ("97", "X97", "", "European Union", "", "", "special", "", "Comtrade grouping, not a country (EU-28 in Comtrade's reporter list)"),
    ("129", "X129", "", "Caribbean, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("221", "X221", "", "Eastern Europe, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("290", "X290", "", "Northern Africa, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("471", "X471", "", "CACM, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("472", "X472", "", "Africa CAMEU region, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("473", "X473", "", "LAIA, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("492", "X492", "", "Europe EU, nes", "", "", "special", "",
     "Comtrade area not elsewhere specified (ISO 3166 gives 492 to Monaco, which Comtrade reports with France 251)"),
    ("527", "X527", "", "Oceania, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("536", "X536", "", "Neutral Zone", "", "", "special", "", "Comtrade special partner"),
    ("636", "X636", "", "Rest of America, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("637", "X637", "", "North America and Central America, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    ("879", "X879", "", "Western Asia, nes", "", "", "special", "", "Comtrade area not elsewhere specified"),
    # UN M49 / ISO 3166-1 codes missing from the BACI table, so that every M49 area is known (partner 10 is real).
    # Uninhabited areas without a customs territory are non-country ("special"); the others are territories.
    ("10", "ATA", "AQ", "Antarctica", "", "", "special", "", "M49 area without a region; not a country"),
    ("74", "BVT", "BV", "Bouvet Island", "Americas", "Latin America and the Caribbean", "special", "", "uninhabited M49 area"),
    ("239", "SGS", "GS", "South Georgia and the South Sandwich Islands", "Americas", "Latin America and the Caribbean",
     "special", "", "uninhabited M49 area"),
    ("334", "HMD", "HM", "Heard Island and McDonald Islands", "Oceania", "Australia and New Zealand", "special", "",
     "uninhabited M49 area"),
    ("248", "ALA", "AX", "Aland Islands", "Europe", "Northern Europe", "country", "", "M49 code missing from the BACI table"),
    ("732", "ESH", "EH", "Western Sahara", "Africa", "Northern Africa", "country", "", "M49 code missing from the BACI table"),
    ("831", "GGY", "GG", "Guernsey", "Europe", "Northern Europe", "country", "", "M49 code missing from the BACI table"),
    ("832", "JEY", "JE", "Jersey", "Europe", "Northern Europe", "country", "", "M49 code missing from the BACI table"),
    ("833", "IMN", "IM", "Isle of Man", "Europe", "Northern Europe", "country", "", "M49 code missing from the BACI table"),
    ("312", "GLP", "GP", "Guadeloupe", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("254", "GUF", "GF", "French Guiana", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("474", "MTQ", "MQ", "Martinique", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("638", "REU", "RE", "Reunion", "Africa", "Sub-Saharan Africa", "country", "", "M49 code missing from the BACI table"),
    ("663", "MAF", "MF", "Saint Martin (French part)", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("438", "LIE", "LI", "Liechtenstein", "Europe", "Western Europe", "country", "", "M49 code missing from the BACI table"),
    ("336", "VAT", "VA", "Holy See", "Europe", "Southern Europe", "country", "", "M49 code missing from the BACI table"),
    ("630", "PRI", "PR", "Puerto Rico", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("850", "VIR", "VI", "United States Virgin Islands", "Americas", "Latin America and the Caribbean", "country", "",
     "M49 code missing from the BACI table"),
    ("744", "SJM", "SJ", "Svalbard and Jan Mayen", "Europe", "Northern Europe", "country", "", "M49 code missing from the BACI table"),
    # Comtrade partner codes (partnerAreas.json) missing from the BACI table: an uninhabited territory and
    # former entities, so that an old Comtrade file reads with every partner named.
    ("80", "X80", "", "Br. Antarctic Terr.", "", "", "special", "", "Comtrade partner; uninhabited, not a country"),
] + [(code, "X" + code, "", name, "", "", "historical", "", "former Comtrade partner")
     for code, name in [("230", "Fmr Ethiopia"), ("457", "Sarawak"), ("459", "Peninsula Malaysia"), ("461", "Sabah"),
                        ("532", "Neth. Antilles and Aruba"), ("582", "Fmr Pacific Isds"), ("588", "East and West Pakistan"),
                        ("590", "Fmr Panama, excl.Canal Zone"), ("592", "Fmr Panama-Canal-Zone"), ("647", "Ryukyu Isd"),
                        ("698", "Sikkim"), ("717", "Fmr Rhodesia Nyas"), ("720", "Fmr Dem. Yemen"), ("835", "Fmr Tanganyika"),
                        ("836", "Fmr Zanzibar and Pemba Isd"), ("841", "USA (before 1981)"), ("866", "Fmr Dem. Rep. of Vietnam"),
                        ("868", "Fmr Rep. of Vietnam"), ("886", "Fmr Arab Rep. of Yemen"), ("890", "Fmr Yugoslavia")]]
# M49 (ISO numeric) codes of countries whose BACI/Comtrade code differs: the M49 code reads as the same country.
M49_ALSO = [("250", "FRA"), ("356", "IND"), ("578", "NOR"), ("756", "CHE"), ("840", "USA")]
known = {r["baci_code"] for r in rows}
for e in EXTRA:
    if e[0] not in known:
        out.writerow(e)
by_iso3 = {r["iso3"]: r for r in rows}
for code, iso3 in M49_ALSO:
    if code not in known:
        r = by_iso3[iso3]
        out.writerow([code, iso3, r["iso2"], r["name"], r["region"], r["subregion"], "country", "",
                      "M49 code of " + iso3 + "; BACI and Comtrade use " + r["baci_code"]])

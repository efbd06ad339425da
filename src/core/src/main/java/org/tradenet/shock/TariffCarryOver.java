package org.tradenet.shock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.network.MergedEconomies;
import org.tradenet.network.TradeLink;

/**
 * Carries base tariff lines given for countries over to the economies a network merged them into
 * ({@code --aggregate}, {@code --rest-of-world}); package-private, used by {@link GsimModel#of}.
 *
 * <p>The rule. For an importing economy A and an exporting economy B, at least one of them merged,
 * the base tariff A levies on B is the mean of the rates each member a of A levies on each member
 * b of B (a country that was not merged is its own only member), weighted by the base flow b → a
 * before the merge: the trade-weighted mean, which keeps the tariff revenue of the base flows.
 * A member pair no line covers enters at the schedule's default rate. Where the members do not
 * trade at all (all weights zero) the simple mean is used, and counted. The rate of each member
 * pair is read from the schedule as for any flow (the most specific line wins), so MFN lines
 * ({@code DEU,*}) and lines for all importers ({@code *,CHN}) take part. A line is made for the
 * pair only when its mean differs from what the schedule would give the pair anyway; a line that
 * names the merged economy itself ({@code EU27,CHN}) is used as written and wins. Lines between
 * two members of one economy are dropped and counted: that trade became the economy's home
 * sales, which pay no tariff. Lines naming a merged country that cover no base flow between two
 * economies are kept aside, for the report of unmatched lines.
 *
 * <p>Complexity O(n² + L + T) for n countries before the merge, L links and T tariff lines: each
 * pair of countries of two different economies is looked up once.
 */
final class TariffCarryOver {

    /**
     * The schedule for the merged economies, and what the carry-over did.
     *
     * @param schedule  lines for the economies: the lines that name no merged country, and one per
     *                  economy pair whose trade-weighted mean differs from them
     * @param unchecked the lines to check for flows they match: those naming no merged country, and
     *                  those naming one that cover no base flow between economies
     * @param notes     one sentence for the report, empty when no line named a merged country
     */
    record Result(TariffSchedule schedule, List<TariffSchedule.Line> unchecked, List<String> notes) {
    }

    private TariffCarryOver() {
    }

    static Result apply(TariffSchedule tariffs, MergedEconomies merged) {
        Map<String, String> economyOf = merged.economyOf();
        List<TariffSchedule.Line> kept = new ArrayList<>();
        List<TariffSchedule.Line> unchecked = new ArrayList<>();
        List<TariffSchedule.Line> named = new ArrayList<>();
        int internal = 0;
        for (TariffSchedule.Line l : tariffs.lines()) {
            boolean importerMerged = economyOf.containsKey(l.importer());
            boolean exporterMerged = economyOf.containsKey(l.exporter());
            if (!importerMerged && !exporterMerged) {
                kept.add(l);
                unchecked.add(l);
            } else if (!l.importer().equals("*") && !l.exporter().equals("*")
                    && merged.economy(l.importer()).equals(merged.economy(l.exporter()))) {
                internal++;
            } else {
                named.add(l);
            }
        }
        // base flows between countries of different economies, the weights
        Map<String, Double> flow = new HashMap<>();
        TreeSet<String> countries = new TreeSet<>();
        for (TradeLink k : merged.countryLinks()) {
            countries.add(k.exporter());
            countries.add(k.importer());
            if (!merged.economy(k.exporter()).equals(merged.economy(k.importer())) && k.valueUsd() > 0) {
                flow.merge(k.importer() + "\u0000" + k.exporter(), k.valueUsd(), Double::sum);
            }
        }
        Set<String> importers = new HashSet<>();
        Set<String> exporters = new HashSet<>();
        for (String pair : flow.keySet()) {
            importers.add(pair.substring(0, pair.indexOf('\u0000')));
            exporters.add(pair.substring(pair.indexOf('\u0000') + 1));
        }
        int carried = 0;
        for (TariffSchedule.Line l : named) {
            boolean anyImporter = l.importer().equals("*");
            boolean anyExporter = l.exporter().equals("*");
            boolean covers = anyImporter && anyExporter ? !flow.isEmpty()
                    : anyImporter ? exporters.contains(l.exporter())
                    : anyExporter ? importers.contains(l.importer())
                    : flow.containsKey(l.importer() + "\u0000" + l.exporter());
            if (covers) {
                carried++;
            } else {
                unchecked.add(l);
            }
        }
        unchecked.sort(Comparator.comparingLong(TariffSchedule.Line::lineNumber));
        if (carried == 0 && internal == 0) {
            return new Result(tariffs, tariffs.lines(), List.of());
        }
        Map<String, List<String>> members = new HashMap<>();
        for (String c : countries) {
            members.computeIfAbsent(merged.economy(c), k -> new ArrayList<>()).add(c);
        }
        TariffSchedule base = TariffSchedule.of(tariffs.source(), kept).withDefaultRate(tariffs.defaultRate());
        Set<String> exact = new HashSet<>();
        kept.forEach(l -> exact.add(l.importer() + "\u0000" + l.exporter()));
        Set<String> mergedEconomies = merged.members().keySet();
        List<TariffSchedule.Line> made = new ArrayList<>();
        int simpleMeans = 0;
        List<String> economies = new ArrayList<>(new TreeSet<>(members.keySet()));
        for (String a : economies) {
            for (String b : economies) {
                boolean mergedPair = mergedEconomies.contains(a) || mergedEconomies.contains(b);
                if (a.equals(b) || !mergedPair || exact.contains(a + "\u0000" + b)) {
                    continue;
                }
                double weighted = 0;
                double weight = 0;
                double plain = 0;
                int pairs = 0;
                boolean anyLine = false;
                for (String am : members.get(a)) {
                    for (String bm : members.get(b)) {
                        OptionalDouble r = tariffs.rate(am, bm);
                        anyLine |= r.isPresent();
                        double rate = r.orElse(tariffs.defaultRate());
                        double w = flow.getOrDefault(am + "\u0000" + bm, 0.0);
                        weighted += w * rate;
                        weight += w;
                        plain += rate;
                        pairs++;
                    }
                }
                if (!anyLine) {
                    continue;
                }
                double mean = weight > 0 ? weighted / weight : plain / pairs;
                if (mean != base.rate(a, b).orElse(tariffs.defaultRate())) {
                    made.add(new TariffSchedule.Line(a, b, mean));
                    if (!(weight > 0)) {
                        simpleMeans++;
                    }
                }
            }
        }
        List<TariffSchedule.Line> lines = new ArrayList<>(kept);
        lines.addAll(made);
        TariffSchedule schedule = TariffSchedule.of(tariffs.source(), lines).withDefaultRate(tariffs.defaultRate());
        String note = "tariff lines carried over to the merged economies (" + String.join(", ", mergedEconomies) + "): "
                + carried + " lines naming a merged country give " + made.size() + " economy-level rates, each the mean of the "
                + "members' rates weighted by their base flows (a member pair without a line at the default rate "
                + Rates.show(tariffs.defaultRate()) + ")"
                + (simpleMeans > 0 ? "; " + simpleMeans + " economy pairs without base flows use the simple mean of the members' "
                        + "rates (they carry no flow, so it does not move the result)" : "")
                + (internal > 0 ? "; " + internal + " lines between members of one economy dropped (that trade became its "
                        + "home sales, which pay no tariff)" : "");
        return new Result(schedule, unchecked, List.of(note));
    }
}

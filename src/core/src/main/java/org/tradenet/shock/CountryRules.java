package org.tradenet.shock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tradenet.data.Country;
import org.tradenet.data.CountryGroups;
import org.tradenet.data.CountryRegistry;

/**
 * Resolves the {@link CountryRule}s of a scenario on a model's base trade (package-private; see
 * {@link Scenario#resolve}).
 */
final class CountryRules {

    private CountryRules() {
    }

    static Scenario resolve(Scenario scenario, GsimModel model, CountryGroups groups) {
        if (scenario.isResolved()) {
            return scenario;
        }
        double[] exports = new double[model.n];
        double[] imports = new double[model.n];
        for (int r = 0; r < model.n; r++) {
            for (int v = 0; v < model.n; v++) {
                if (r != v) {
                    exports[r] += model.flows[r][v];
                    imports[v] += model.flows[r][v];
                }
            }
        }
        List<Measure> out = new ArrayList<>();
        for (Measure m : scenario.measures()) {
            List<CountrySelection> sel = new ArrayList<>();
            for (CountrySelection c : m.selections()) {
                sel.add(c.resolved() ? c : c.resolvedTo(apply(c.rule(), c.role(), model, groups, exports, imports)));
            }
            out.add(m.withSelections(sel));
        }
        return new Scenario(scenario.name(), scenario.description(), scenario.studyFinding(), out, scenario.requires());
    }

    private static List<String> apply(CountryRule rule, CountryRule.Role role, GsimModel model, CountryGroups groups,
                                      double[] exports, double[] imports) {
        int n = model.n;
        double[] basis = new double[n];
        double world = 0;
        for (int i = 0; i < n; i++) {
            basis[i] = switch (role) {
                case EXPORTERS -> exports[i];
                case IMPORTERS -> imports[i];
                case TRADERS -> exports[i] + imports[i];
            };
            world += basis[i];
        }
        Set<String> allowed = null;
        if (!rule.group().isEmpty()) {
            if (!groups.contains(rule.group()) && model.indexOf(rule.group()).isEmpty()) {
                throw new IllegalArgumentException("unknown country group '" + rule.group() + "'; known: "
                        + String.join(", ", groups.names()) + " (add your own with --groups FILE)");
            }
            allowed = new HashSet<>();
            allowed.add(rule.group());
            for (String id : groups.members(rule.group()).orElse(List.of())) {
                allowed.add(canonical(id, model));
            }
        }
        Set<String> excluded = new HashSet<>();
        for (String id : rule.exclude()) {
            excluded.add(canonical(id, model));
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = model.ids().get(i);
            if (basis[i] > 0 && (allowed == null || allowed.contains(id)) && !excluded.contains(id)) {
                ranked.add(i);
            }
        }
        ranked.sort(Comparator.<Integer>comparingDouble(i -> -basis[i]).thenComparing(i -> model.ids().get(i)));
        List<String> found = new ArrayList<>();
        for (int k = rule.skip(); k < ranked.size(); k++) {
            int i = ranked.get(k);
            if (world > 0 && basis[i] / world < rule.minShare()) {
                continue;
            }
            if (rule.top() > 0 && found.size() >= rule.top()) {
                break;
            }
            found.add(model.ids().get(i));
        }
        return found;
    }

    /** A model id for an id written in a rule (ISO2 and aliases through the standard registry). */
    private static String canonical(String id, GsimModel model) {
        if (model.indexOf(id).isPresent()) {
            return id;
        }
        Optional<Country> c = CountryRegistry.standard().byAlpha(id);
        return c.map(Country::id).orElse(id);
    }
}

package org.tradenet.shock;

import java.util.List;

/**
 * One trade-policy measure of a {@link Scenario}. Country lists hold ids; {@code "*"} means
 * every country of the model. Measures never touch domestic sales (exporter = importer).
 * Applied in order, a later measure overrides an earlier one's rate on the same flows; an
 * embargo or decoupling is never lifted by a later measure.
 */
public sealed interface Measure {

    /** {@return the JSON {@code type}} */
    String type();

    /** {@return one line for reports} */
    String describe();

    /** {@return every country list of the measure, for validation} */
    List<List<String>> countryLists();

    /** {@code importers} levy {@code rate} on goods from {@code exporters} (replacing the base rate). */
    record Tariff(List<String> importers, List<String> exporters, double rate) implements Measure {
        public Tariff {
            importers = List.copyOf(importers);
            exporters = List.copyOf(exporters);
            Rates.check(rate, rate);
        }

        @Override
        public String type() {
            return "tariff";
        }

        @Override
        public String describe() {
            return "tariff " + Rates.show(rate) + " levied by " + list(importers) + " on goods from " + list(exporters);
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(importers, exporters);
        }
    }

    /** {@code exporters} tax their sales to {@code destinations} at {@code rate}; revenue goes to the exporter. */
    record ExportTax(List<String> exporters, List<String> destinations, double rate) implements Measure {
        public ExportTax {
            exporters = List.copyOf(exporters);
            destinations = List.copyOf(destinations);
            Rates.check(rate, rate);
        }

        @Override
        public String type() {
            return "export-tax";
        }

        @Override
        public String describe() {
            return "export tax " + Rates.show(rate) + " by " + list(exporters) + " on sales to " + list(destinations);
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(exporters, destinations);
        }
    }

    /** {@code importers} drop their tariffs (and any earlier scenario tariff) on goods from {@code exporters}. */
    record RemoveTariffs(List<String> importers, List<String> exporters) implements Measure {
        public RemoveTariffs {
            importers = List.copyOf(importers);
            exporters = List.copyOf(exporters);
        }

        @Override
        public String type() {
            return "remove-tariffs";
        }

        @Override
        public String describe() {
            return "tariffs removed by " + list(importers) + " on goods from " + list(exporters);
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(importers, exporters);
        }
    }

    /** Which flows crossing a bloc's border pay the bloc's rate. */
    enum BlocScope {
        /** Members' imports from outsiders pay a tariff levied by the member. */
        IMPORTS,
        /** Members' exports to outsiders pay an export tax levied by the member. */
        EXPORTS,
        /** Both: every flow crossing the border (the default). */
        BOTH
    }

    /**
     * A bloc ("friend-shoring"): no tariffs or export taxes between members; {@code rate} on
     * every flow crossing the border, as {@code on} says, collected by the member.
     */
    record Bloc(List<String> members, double rate, BlocScope on) implements Measure {
        public Bloc {
            members = List.copyOf(members);
            Rates.check(rate, rate);
            java.util.Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "bloc";
        }

        @Override
        public String describe() {
            String scope = switch (on) {
                case IMPORTS -> "tariff on members' imports from outsiders";
                case EXPORTS -> "export tax on members' sales to outsiders";
                case BOTH -> "tariff on members' imports from outsiders and export tax on their sales to outsiders";
            };
            return "bloc of " + list(members) + ": free inside, " + Rates.show(rate) + " " + scope;
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(members);
        }
    }

    /** No goods from {@code exporters} reach {@code importers} (a prohibitive wedge). */
    record Embargo(List<String> exporters, List<String> importers) implements Measure {
        public Embargo {
            exporters = List.copyOf(exporters);
            importers = List.copyOf(importers);
        }

        @Override
        public String type() {
            return "embargo";
        }

        @Override
        public String describe() {
            return "embargo on goods from " + list(exporters) + " to " + list(importers);
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(exporters, importers);
        }
    }

    /** No trade between side A and side B, either way (two embargoes). */
    record Decoupling(List<String> sideA, List<String> sideB) implements Measure {
        public Decoupling {
            sideA = List.copyOf(sideA);
            sideB = List.copyOf(sideB);
        }

        @Override
        public String type() {
            return "decoupling";
        }

        @Override
        public String describe() {
            return "decoupling of " + list(sideA) + " and " + list(sideB) + " (no trade either way)";
        }

        @Override
        public List<List<String>> countryLists() {
            return List.of(sideA, sideB);
        }
    }

    private static String list(List<String> ids) {
        if (ids.contains("*")) {
            return "all";
        }
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + " and " + (ids.size() - 12) + " more";
    }
}

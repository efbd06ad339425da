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

    /**
     * {@code importers} levy {@code rate} on goods from {@code exporters} (replacing the base rate).
     *
     * @param importers the levying importers' ids
     * @param exporters the exporters whose goods pay it
     * @param rate      the tariff rate as a fraction (0.25 = 25%)
     */
    record Tariff(List<String> importers, List<String> exporters, double rate) implements Measure {
        /**
         * Checks the rate and copies the lists.
         *
         * @param importers the levying importers' ids
         * @param exporters the exporters whose goods pay it
         * @param rate      the tariff rate as a fraction (0.25 = 25%), above -100% and at most {@link
         *                  Rates#MAX_RATE}
         */
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

    /**
     * {@code exporters} tax their sales to {@code destinations} at {@code rate}; revenue goes to the
     * exporter.
     *
     * @param exporters    the taxing exporters' ids
     * @param destinations the importers whose purchases are taxed
     * @param rate         the export-tax rate as a fraction (0.25 = 25%)
     */
    record ExportTax(List<String> exporters, List<String> destinations, double rate) implements Measure {
        /**
         * Checks the rate and copies the lists.
         *
         * @param exporters    the taxing exporters' ids
         * @param destinations the importers whose purchases are taxed
         * @param rate         the export-tax rate as a fraction, above -100% and at most {@link
         *                     Rates#MAX_RATE}
         */
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

    /**
     * {@code importers} drop their tariffs (and any earlier scenario tariff) on goods from {@code exporters}.
     *
     * @param importers the importers' ids
     * @param exporters the exporters whose goods then enter free
     */
    record RemoveTariffs(List<String> importers, List<String> exporters) implements Measure {
        /**
         * Copies the lists.
         *
         * @param importers the importers' ids
         * @param exporters the exporters whose goods then enter free
         */
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
     * A bloc ("friend-shoring"): no tariffs or export taxes between members; {@code rate} on every flow
     * crossing the border, as {@code on} says, collected by the member.
     *
     * @param members the members' ids
     * @param rate    the rate on flows crossing the border, as a fraction
     * @param on      which crossing flows pay it
     */
    record Bloc(List<String> members, double rate, BlocScope on) implements Measure {
        /**
         * Checks the rate and the scope and copies the members.
         *
         * @param members the members' ids
         * @param rate    the rate on flows crossing the border, as a fraction, above -100% and at most {@link
         *                Rates#MAX_RATE}
         * @param on      which crossing flows pay it
         */
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

    /**
     * No goods from {@code exporters} reach {@code importers} (a prohibitive wedge).
     *
     * @param exporters the embargoed exporters' ids
     * @param importers the importers that stop buying from them
     */
    record Embargo(List<String> exporters, List<String> importers) implements Measure {
        /**
         * Copies the lists.
         *
         * @param exporters the embargoed exporters' ids
         * @param importers the importers that stop buying from them
         */
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

    /**
     * No trade between side A and side B, either way (two embargoes).
     *
     * @param sideA one side's ids
     * @param sideB the other side's ids
     */
    record Decoupling(List<String> sideA, List<String> sideB) implements Measure {
        /**
         * Copies the lists.
         *
         * @param sideA one side's ids
         * @param sideB the other side's ids
         */
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

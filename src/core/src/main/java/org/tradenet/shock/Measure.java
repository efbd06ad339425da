package org.tradenet.shock;

import java.util.List;

/**
 * One trade-policy measure of a {@link Scenario}. Countries are named by a
 * {@link CountrySelection}: a list of ids ({@code "*"} = every country of the model) or a rule
 * resolved on the network at hand. Measures never touch domestic sales (exporter = importer).
 * Applied in order, a later measure overrides an earlier one's rate on the same flows; an
 * embargo or decoupling is never lifted by a later measure.
 */
public sealed interface Measure {

    /** {@return the JSON {@code type}} */
    String type();

    /** {@return one line for reports, with rules and what they resolved to} */
    String describe();

    /** {@return every country selection of the measure, in component order} */
    List<CountrySelection> selections();

    /**
     * {@return the same measure with other selections} Resolution uses it to put resolved lists
     * in place of rules.
     *
     * @param s the selections, as many as and in the order of {@link #selections()}
     */
    Measure withSelections(List<CountrySelection> s);

    /**
     * {@code importers} levy {@code rate} on goods from {@code exporters} (replacing the base rate).
     *
     * @param importers the countries levying the tariff
     * @param exporters the countries whose goods pay it
     * @param rate      the ad valorem rate, a fraction above -1 ({@code 0.25} = 25%)
     */
    record Tariff(CountrySelection importers, CountrySelection exporters, double rate) implements Measure {
        /**
         * Checks the rate.
         *
         * @param importers the countries levying the tariff
         * @param exporters the countries whose goods pay it
         * @param rate      the ad valorem rate, a fraction above -1
         * @throws IllegalArgumentException when the rate is not finite or is -100% or lower
         */
        public Tariff {
            Rates.check(rate, rate);
        }

        @Override
        public String type() {
            return "tariff";
        }

        @Override
        public String describe() {
            return "tariff " + Rates.show(rate) + " levied by " + importers.describe() + " on goods from " + exporters.describe();
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(importers, exporters);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new Tariff(s.get(0), s.get(1), rate);
        }
    }

    /**
     * {@code exporters} tax their sales to {@code destinations} at {@code rate}; revenue goes to the exporter.
     *
     * @param exporters    the countries levying the tax on their own sales
     * @param destinations the importers whose purchases from them are taxed
     * @param rate         the ad valorem rate, a fraction above -1 ({@code 0.25} = 25%)
     */
    record ExportTax(CountrySelection exporters, CountrySelection destinations, double rate) implements Measure {
        /**
         * Checks the rate.
         *
         * @param exporters    the countries levying the tax on their own sales
         * @param destinations the importers whose purchases from them are taxed
         * @param rate         the ad valorem rate, a fraction above -1
         * @throws IllegalArgumentException when the rate is not finite or is -100% or lower
         */
        public ExportTax {
            Rates.check(rate, rate);
        }

        @Override
        public String type() {
            return "export-tax";
        }

        @Override
        public String describe() {
            return "export tax " + Rates.show(rate) + " by " + exporters.describe() + " on sales to " + destinations.describe();
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(exporters, destinations);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new ExportTax(s.get(0), s.get(1), rate);
        }
    }

    /**
     * An export quota: {@code exporters} cut the volume of their sales to {@code destinations} by
     * {@code share} of its base. Modelled in either form as the export-tax equivalent of the
     * quota, solved for the quantity: the tax rate on those sales at which the exporter's
     * volume to them equals {@code (1 - share)} of the base. The quota rent goes to the exporter
     * (reported as export-tax revenue), as when the exporter auctions the licences.
     *
     * @param exporters    the countries cutting their sales
     * @param destinations the importers whose purchases from them are cut
     * @param share        the cut, a fraction of base volume above 0 and below 1
     */
    record SupplyCut(CountrySelection exporters, CountrySelection destinations, double share) implements Measure {
        /**
         * Checks the share.
         *
         * @param exporters    the countries cutting their sales
         * @param destinations the importers whose purchases from them are cut
         * @param share        the cut, a fraction of base volume above 0 and below 1
         * @throws IllegalArgumentException when {@code share} is not above 0 and below 1 (a cut of
         *                                  100% is an embargo)
         */
        public SupplyCut {
            if (!(share > 0 && share < 1)) {
                throw new IllegalArgumentException("a supply cut's share is a fraction above 0 and below 1 (was " + share
                        + "); a cut of 100% is an embargo");
            }
        }

        @Override
        public String type() {
            return "supply-cut";
        }

        @Override
        public String describe() {
            return "supply cut (export quota) of " + Rates.show(share) + " of base volume by " + exporters.describe()
                    + " on sales to " + destinations.describe() + ", as its export-tax equivalent";
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(exporters, destinations);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new SupplyCut(s.get(0), s.get(1), share);
        }
    }

    /**
     * {@code importers} drop their tariffs (and any earlier scenario tariff) on goods from {@code exporters}.
     *
     * @param importers the countries removing their tariffs
     * @param exporters the countries whose goods then enter free
     */
    record RemoveTariffs(CountrySelection importers, CountrySelection exporters) implements Measure {

        @Override
        public String type() {
            return "remove-tariffs";
        }

        @Override
        public String describe() {
            return "tariffs removed by " + importers.describe() + " on goods from " + exporters.describe();
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(importers, exporters);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new RemoveTariffs(s.get(0), s.get(1));
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
    record Bloc(CountrySelection members, double rate, BlocScope on) implements Measure {
        /**
         * Checks the rate and scope.
         *
         * @param members the members' ids
         * @param rate    the rate on flows crossing the border, as a fraction above -1
         * @param on      which crossing flows pay it (required)
         * @throws IllegalArgumentException when the rate is not finite or is -100% or lower
         */
        public Bloc {
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
            return "bloc of " + members.describe() + ": free inside, " + Rates.show(rate) + " " + scope;
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(members);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new Bloc(s.get(0), rate, on);
        }
    }

    /**
     * No goods from {@code exporters} reach {@code importers} (a prohibitive wedge).
     *
     * @param exporters the countries whose goods are barred
     * @param importers the countries barring them
     */
    record Embargo(CountrySelection exporters, CountrySelection importers) implements Measure {

        @Override
        public String type() {
            return "embargo";
        }

        @Override
        public String describe() {
            return "embargo on goods from " + exporters.describe() + " to " + importers.describe();
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(exporters, importers);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new Embargo(s.get(0), s.get(1));
        }
    }

    /**
     * No trade between side A and side B, either way (two embargoes).
     *
     * @param sideA one side
     * @param sideB the other side
     */
    record Decoupling(CountrySelection sideA, CountrySelection sideB) implements Measure {

        @Override
        public String type() {
            return "decoupling";
        }

        @Override
        public String describe() {
            return "decoupling of " + sideA.describe() + " and " + sideB.describe() + " (no trade either way)";
        }

        @Override
        public List<CountrySelection> selections() {
            return List.of(sideA, sideB);
        }

        @Override
        public Measure withSelections(List<CountrySelection> s) {
            return new Decoupling(s.get(0), s.get(1));
        }
    }
}

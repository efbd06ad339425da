package org.tradenet.shock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.data.CountryGroups;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.StrictJson;

/**
 * A trade-policy scenario: a name, a description of what it models, optionally the study
 * finding it is compared with, measures applied in order, and when it makes sense.
 *
 * <p>JSON form (read by {@link ScenarioReader}):
 * <pre>{@code
 * {"name": "china-export-tax-25",
 *  "description": "China taxes all its exports at 25%.",
 *  "measures": [{"type": "export-tax", "exporters": ["CHN"], "rate": "25%"}]}
 * }</pre>
 * Countries may be named by rule ({@code {"top": 1}}); {@link #resolve} turns rules into lists
 * on a model before solving (the solvers do it with the standard groups when not done). The
 * built-in scenarios are in {@link BuiltInScenarios}; {@link PolicyWedges#of} applies a scenario
 * to a model. Immutable.
 *
 * @param name         short name
 * @param description  what the scenario models
 * @param studyFinding what the study reported for a comparable scenario; empty when none
 * @param measures     the measures, in order
 * @param requires     when the scenario makes sense
 */
public record Scenario(String name, String description, String studyFinding, List<Measure> measures,
                       Requirements requires) {

    /**
     * When a scenario makes sense on a network.
     *
     * @param tariffs   it needs base tariffs (a tariff schedule with some positive rate)
     * @param countries it needs these countries in the network
     */
    public record Requirements(boolean tariffs, List<String> countries) {

        /** No requirement. */
        public static final Requirements NONE = new Requirements(false, List.of());

        /**
         * Copies the country list.
         *
         * @param tariffs   it needs base tariffs
         * @param countries it needs these countries in the network
         */
        public Requirements {
            countries = List.copyOf(countries);
        }
    }

    /** Every built-in scenario's name ({@link BuiltInScenarios#ALL}). */
    public static final List<String> BUILT_IN = BuiltInScenarios.ALL;

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param name         short name
     * @param description  what the scenario models
     * @param studyFinding what the study reported for a comparable scenario; empty when none
     * @param measures     the measures, in order
     * @param requires     when the scenario makes sense; null for {@link Requirements#NONE}
     * @throws IllegalArgumentException when the name is null or blank
     */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        description = description == null ? "" : description;
        studyFinding = studyFinding == null ? "" : studyFinding;
        measures = List.copyOf(measures);
        requires = requires == null ? Requirements.NONE : requires;
    }

    /**
     * A scenario without requirements ({@link Requirements#NONE}).
     *
     * @param name         short name
     * @param description  what the scenario models
     * @param studyFinding what the study reported for a comparable scenario; empty when none
     * @param measures     the measures, in order
     */
    public Scenario(String name, String description, String studyFinding, List<Measure> measures) {
        this(name, description, studyFinding, measures, Requirements.NONE);
    }

    /** {@return a scenario that changes nothing} */
    public static Scenario none() {
        return new Scenario("none", "No measure: the base equilibrium.", "", List.of());
    }

    /**
     * {@return a built-in scenario's name or a JSON file} An existing file wins.
     *
     * @param nameOrPath a built-in scenario's name or a scenario JSON file
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException when it is neither, or the JSON is malformed
     */
    public static Scenario load(String nameOrPath) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return ScenarioReader.read(p);
        }
        Optional<Scenario> b = builtIn(nameOrPath);
        if (b.isPresent()) {
            return b.get();
        }
        if (Files.isDirectory(p)) {
            throw new DataFormatException(p.toString(), 0, "", "is a directory, not a scenario file");
        }
        throw new DataFormatException(nameOrPath, 0, "", "no such scenario file, and not a built-in scenario ("
                + String.join(", ", BUILT_IN) + ")");
    }

    /**
     * {@return a built-in scenario by name}
     *
     * @param name one of {@link #BUILT_IN}
     */
    public static Optional<Scenario> builtIn(String name) {
        return BuiltInScenarios.byName(name);
    }

    /** {@return every built-in scenario, in {@link #BUILT_IN} order: the study's, then those for any product} */
    public static List<Scenario> builtIns() {
        return BuiltInScenarios.named(BUILT_IN);
    }

    /**
     * Parses scenario JSON ({@link ScenarioReader#parse}).
     *
     * @param json   the text
     * @param source file name for messages
     * @return the scenario
     * @throws DataFormatException naming the file and the field at fault
     */
    public static Scenario parse(String json, String source) {
        return ScenarioReader.parse(json, source);
    }

    /** {@return every country id the measures name in lists (without {@code *}, rules unresolved left out), sorted} */
    public Set<String> countries() {
        Set<String> s = new TreeSet<>();
        for (Measure m : measures) {
            for (CountrySelection c : m.selections()) {
                if (c.rule() == null) {
                    c.ids().stream().filter(x -> !x.equals("*")).forEach(s::add);
                }
            }
        }
        return s;
    }

    /** {@return true when the scenario has no measure} */
    public boolean isEmpty() {
        return measures.isEmpty();
    }

    /** {@return true when every country rule has been resolved to a list} */
    public boolean isResolved() {
        return measures.stream().allMatch(m -> m.selections().stream().allMatch(CountrySelection::resolved));
    }

    /**
     * The scenario with every country rule resolved on {@code model} (see {@link CountryRule});
     * the resolved lists are kept beside the rules for reports. Complexity O(n² + k·n log n).
     *
     * @param model  the model whose base trade ranks the countries
     * @param groups the groups rules may name
     * @return the resolved scenario (this one when there is no rule)
     * @throws IllegalArgumentException when a rule names an unknown group
     */
    public Scenario resolve(GsimModel model, CountryGroups groups) {
        return CountryRules.resolve(this, model, groups);
    }

    /**
     * {@return why the scenario does not make sense on {@code model} (its {@link #requires()} not
     * met), or empty when it does}
     *
     * @param model the model the scenario would run on
     */
    public Optional<String> whyNotApplicable(GsimModel model) {
        if (requires.tariffs() && !model.hasBaseTariffs()) {
            return Optional.of("skipped: it removes base tariffs, and no tariff schedule with a positive rate was given "
                    + "(--tariffs FILE), so it would change nothing");
        }
        List<String> missing = requires.countries().stream().filter(c -> model.indexOf(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return Optional.of("skipped: " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not in this network");
        }
        return Optional.empty();
    }
}

package org.tradenet.shock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scenarios shipped in {@code networks/scenarios/} (bundled in the jar), in two sets:
 *
 * <ul>
 * <li>{@link #STUDY}: the scenarios of the study behind the project (Han et al. 2025,
 *     doi:10.1016/j.isci.2025.113658), written for rare-earth trade; they carry the study's
 *     finding and run by default on the shipped rare-earth data;</li>
 * <li>{@link #GENERIC}: scenarios that make sense for any product, naming countries by rule
 *     (the largest exporter, the next largest), resolved on the network at hand; they run by
 *     default on every other network.</li>
 * </ul>
 */
public final class BuiltInScenarios {

    /** The study's scenarios, for rare-earth trade. */
    public static final List<String> STUDY = List.of("china-export-tax-25", "allied-export-tax-25", "global-free-trade",
            "friend-shoring", "us-china-decoupling");

    /** Scenarios for any product, countries chosen by rule. */
    public static final List<String> GENERIC = List.of("largest-exporter-tax-25", "next-exporters-tax-25",
            "largest-exporter-embargo", "largest-exporter-supply-cut-50", "us-china-decoupling", "tariff-removal");

    /** Every built-in name, study first, each once. */
    public static final List<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>(STUDY);
        all.addAll(GENERIC);
        ALL = List.copyOf(all);
    }

    /** The data set whose default scenarios are the study's. */
    public static final String STUDY_DATASET = "rare-earths";

    private static final String RESOURCE_DIR = "/org/tradenet/networks/scenarios/";

    private BuiltInScenarios() {
    }

    /**
     * {@return a built-in scenario by name, read from the class path; empty for any other name}
     *
     * @param name one of {@link #ALL}
     */
    public static Optional<Scenario> byName(String name) {
        if (!ALL.contains(name)) {
            return Optional.empty();
        }
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("networks/scenarios/" + name + ".json is missing from the class path");
            }
            return Optional.of(ScenarioReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "networks/scenarios/" + name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the scenarios of a list of names, in that order}
     *
     * @param names built-in names, each one of {@link #ALL}
     * @throws java.util.NoSuchElementException when a name is not built in
     */
    public static List<Scenario> named(List<String> names) {
        return names.stream().map(n -> byName(n).orElseThrow()).toList();
    }

    /** {@return the study's scenarios, in {@link #STUDY} order} */
    public static List<Scenario> study() {
        return named(STUDY);
    }

    /** {@return the scenarios for any product, in {@link #GENERIC} order} */
    public static List<Scenario> generic() {
        return named(GENERIC);
    }

    /**
     * The scenarios {@code analyze} runs by default: the study's on the shipped rare-earth data
     * set, the generic ones on any other network.
     *
     * @param dataset the shipped data set's name, or a file name
     * @return the study's scenarios for {@link #STUDY_DATASET}, otherwise the generic ones
     */
    public static List<Scenario> defaultsFor(String dataset) {
        return STUDY_DATASET.equals(dataset) ? study() : generic();
    }

    /**
     * {@return true for a study scenario that carries the study's finding (these alone may print
     * "the study found")}
     *
     * @param s the scenario
     */
    public static boolean isStudy(Scenario s) {
        return STUDY.contains(s.name()) && !s.studyFinding().isEmpty();
    }
}

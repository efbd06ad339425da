package org.tradenet.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.data.DataFormatException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A shock to a value chain: supply cuts and export bans, each at one tier. Read from JSON,
 * either one measure
 * <pre>{@code {"type": "supply-cut", "tier": "mining", "exporters": ["CHN"], "share": 0.5}}</pre>
 * or a named list
 * <pre>{@code {"name": "...", "description": "...", "measures": [
 *    {"type": "supply-cut", "tier": "mining", "exporters": ["CHN"], "share": 0.5},
 *    {"type": "export-ban", "tier": "magnets", "exporters": ["CHN"], "importers": ["USA"]}]}}</pre>
 * A supply cut removes {@code share} of the named producers' output of the tier, home sales
 * included; an export ban stops their sales of the tier to the named importers (all others
 * when {@code importers} is absent), home sales untouched.
 *
 * @param name        the scenario's name
 * @param description what it models
 * @param measures    the measures
 */
public record ChainScenario(String name, String description, List<ChainScenario.Measure> measures) {

    /**
     * Copies the measures into an unmodifiable list.
     *
     * @param name        the scenario's name
     * @param description what it models
     * @param measures    the measures
     */
    public ChainScenario {
        measures = List.copyOf(measures);
    }

    /** One measure, at one tier. */
    public sealed interface Measure {
        /** {@return the tier it hits} */
        String tier();

        /** {@return the producers (exporters) it hits} */
        List<String> exporters();

        /** {@return a sentence for reports} */
        String describe();
    }

    /**
     * The named producers lose {@code share} of their output of the tier.
     *
     * @param tier      the tier's name
     * @param exporters the producers' country ids (ISO3)
     * @param share     in (0, 1]
     */
    public record SupplyCut(String tier, List<String> exporters, double share) implements Measure {
        /**
         * Copies the exporters.
         *
         * @param tier      the tier's name
         * @param exporters the producers' country ids (ISO3)
         * @param share     in (0, 1]
         * @throws IllegalArgumentException when {@code share} is not in (0, 1]
         */
        public SupplyCut {
            exporters = List.copyOf(exporters);
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("a supply cut's share must be in (0, 1], was " + share);
            }
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "supply cut of %.0f%% of %s's output at tier %s", share * 100,
                    String.join(", ", exporters), tier);
        }
    }

    /**
     * The named producers stop selling the tier's product to {@code importers} (every other
     * country when empty).
     *
     * @param tier      the tier's name
     * @param exporters the banning producers' country ids (ISO3)
     * @param importers the importers they stop selling to; empty for every other country
     */
    public record ExportBan(String tier, List<String> exporters, List<String> importers) implements Measure {
        /**
         * Copies the exporters and importers.
         *
         * @param tier      the tier's name
         * @param exporters the banning producers' country ids (ISO3)
         * @param importers the importers they stop selling to; empty for every other country
         */
        public ExportBan {
            exporters = List.copyOf(exporters);
            importers = List.copyOf(importers);
        }

        @Override
        public String describe() {
            return "export ban by " + String.join(", ", exporters) + " at tier " + tier + " on sales to "
                    + (importers.isEmpty() ? "all other countries" : String.join(", ", importers));
        }
    }

    /** {@return the scenario without measures} */
    public static ChainScenario none() {
        return new ChainScenario("none", "no measure", List.of());
    }

    /**
     * Reads a scenario file.
     *
     * @param file a scenario JSON file
     * @return the scenario
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is missing or not a valid scenario (see {@link #parse})
     */
    public static ChainScenario load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file.toString(), 0, "", "no such chain scenario file");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads a scenario file, or takes a scenario the chain names (an existing file wins).
     *
     * @param nameOrPath a chain scenario file, or the name of a scenario the chain's spec lists
     *                   ({@link ValueChain#scenario})
     * @param chain      the chain the scenario is for
     * @return the scenario
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when it is neither a file nor one of the chain's scenarios
     *                             (the message lists them), or the file is not a valid scenario
     */
    public static ChainScenario load(String nameOrPath, ValueChain chain) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return load(p);
        }
        Optional<ChainScenario> named = chain.scenario(nameOrPath);
        if (named.isPresent()) {
            return named.get();
        }
        if (Files.isDirectory(p)) {
            throw new DataFormatException(nameOrPath, 0, "", "is a directory, not a chain scenario file");
        }
        throw new DataFormatException(nameOrPath, 0, "", "no such chain scenario file, and not a scenario of chain " + chain.name()
                + (chain.scenarios().isEmpty() ? " (it names none)" : " (" + String.join(", ", chain.scenarios().keySet()) + ")"));
    }

    /**
     * Parses a scenario.
     *
     * @param json the scenario's JSON text
     * @param source where the text comes from, named in error messages
     * @return the scenario
     * @throws DataFormatException naming the source and the field when something is wrong
     */
    public static ChainScenario parse(String json, String source) {
        JsonNode root = readObject(json, source, "a chain scenario is a JSON object: one measure, or {name, measures}");
        String fileName = Path.of(source).getFileName().toString().replaceFirst("\\.json$", "");
        if (root.has("type")) {
            Measure m = measure(root, source, "");
            return new ChainScenario(fileName, m.describe(), List.of(m));
        }
        JsonNode ms = root.get("measures");
        if (ms == null || !ms.isArray() || ms.isEmpty()) {
            throw new DataFormatException(source, 0, "measures", "missing or empty (or give one measure with a type)");
        }
        List<Measure> list = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            list.add(measure(ms.get(i), source, "measures[" + i + "]."));
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : fileName;
        String description = root.hasNonNull("description") ? root.get("description").asText()
                : String.join("; ", list.stream().map(Measure::describe).toList());
        return new ChainScenario(name, description, list);
    }

    /** Parses JSON text that must be an object; else one line naming the source (and line) and {@code expected}. */
    static JsonNode readObject(String json, String source, String expected) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DataFormatException(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, 1, "", expected);
        }
        return root;
    }

    private static Measure measure(JsonNode m, String source, String prefix) {
        String type = m.path("type").asText("");
        String tier = m.path("tier").asText("");
        if (tier.isEmpty()) {
            throw new DataFormatException(source, 0, prefix + "tier", "missing: name the tier the measure hits");
        }
        List<String> exporters = ids(m.get("exporters"), source, prefix + "exporters");
        if (exporters.isEmpty()) {
            throw new DataFormatException(source, 0, prefix + "exporters", "missing or empty: name the producers hit (ISO3 ids)");
        }
        try {
            switch (type) {
                case "supply-cut": {
                    JsonNode s = m.get("share");
                    if (s == null || !s.isNumber()) {
                        throw new DataFormatException(source, 0, prefix + "share", "missing or not a number in (0, 1]");
                    }
                    return new SupplyCut(tier, exporters, s.asDouble());
                }
                case "export-ban":
                    return new ExportBan(tier, exporters, ids(m.get("importers"), source, prefix + "importers"));
                default:
                    throw new DataFormatException(source, 0, prefix + "type", "'" + type + "' is not a chain measure "
                            + "(supply-cut, export-ban)");
            }
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, prefix + "share", e.getMessage());
        }
    }

    private static List<String> ids(JsonNode node, String source, String field) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            throw new DataFormatException(source, 0, field, "must be a list of ISO3 ids");
        }
        node.forEach(x -> out.add(x.asText().trim().toUpperCase(java.util.Locale.ROOT)));
        return out;
    }

    /**
     * Checks the scenario against a chain: every tier and country must exist in it.
     *
     * @param chain the chain the scenario is run on
     * @throws IllegalArgumentException naming the unknown tiers and countries
     */
    public void checkAgainst(ValueChain chain) {
        Set<String> unknownTiers = new TreeSet<>();
        Set<String> unknownIds = new TreeSet<>();
        for (Measure m : measures) {
            if (chain.tier(m.tier()).isEmpty()) {
                unknownTiers.add(m.tier());
            }
            List<String> all = new ArrayList<>(m.exporters());
            if (m instanceof ExportBan b) {
                all.addAll(b.importers());
            }
            for (String id : all) {
                if (chain.indexOf(id).isEmpty()) {
                    unknownIds.add(id);
                }
            }
        }
        if (!unknownTiers.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " names tiers that chain " + chain.name() + " lacks: "
                    + String.join(", ", unknownTiers) + " (tiers: "
                    + String.join(", ", chain.tiers().stream().map(ChainTier::name).toList()) + ")");
        }
        if (!unknownIds.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " names countries that are in no tier of chain "
                    + chain.name() + ": " + String.join(", ", unknownIds));
        }
    }
}

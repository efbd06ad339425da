package org.tradenet.shock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.StrictJson;

/**
 * A trade-policy scenario: a name, a description of what it models, optionally the study
 * finding it is compared with, and measures applied in order.
 *
 * <p>JSON form:
 * <pre>{@code
 * {"name": "china-export-tax-25",
 *  "description": "China taxes all its exports at 25%.",
 *  "measures": [{"type": "export-tax", "exporters": ["CHN"], "rate": "25%"}]}
 * }</pre>
 * Measure types: {@code tariff} (importers, exporters, rate), {@code export-tax} (exporters,
 * optional destinations, rate), {@code remove-tariffs} (optional importers and exporters),
 * {@code bloc} (members, rate, optional {@code on}: imports, exports or both),
 * {@code embargo} (exporters, importers), {@code decoupling} (sides: two countries or lists).
 * Country lists are arrays of ids or {@code "*"}; rates are fractions or percent strings;
 * a {@code comment} key is allowed anywhere. Immutable.
 *
 * @param name         short name
 * @param description  what the scenario models
 * @param studyFinding what the study reported for a comparable scenario; empty when none
 * @param measures     the measures, in order
 */
public record Scenario(String name, String description, String studyFinding, List<Measure> measures) {

    /** The scenarios shipped in {@code networks/scenarios/}. */
    public static final List<String> BUILT_IN = List.of("china-export-tax-25", "allied-export-tax-25", "global-free-trade",
            "friend-shoring", "us-china-decoupling");

    private static final String RESOURCE_DIR = "/org/tradenet/networks/scenarios/";

    /**
     * Checks the components and copies the collections and arrays it is given, so the record stays immutable.
     *
     * @param name         short name
     * @param description  what the scenario models
     * @param studyFinding what the study reported for a comparable scenario; empty when none
     * @param measures     the measures, in order
     */
    public Scenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        description = description == null ? "" : description;
        studyFinding = studyFinding == null ? "" : studyFinding;
        measures = List.copyOf(measures);
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
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new DataFormatException(p.toString(), 0, "", "is not UTF-8 text: a scenario is a JSON file");
            } catch (java.nio.file.AccessDeniedException e) {
                throw new DataFormatException(p.toString(), 0, "", "cannot be read: permission denied");
            }
            return parse(text, p.toString());
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
        if (!BUILT_IN.contains(name)) {
            return Optional.empty();
        }
        String resource = RESOURCE_DIR + name + ".json";
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("networks/scenarios/" + name + ".json is missing from the class path");
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "networks/scenarios/" + name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every built-in scenario, in {@link #BUILT_IN} order} */
    public static List<Scenario> builtIns() {
        return BUILT_IN.stream().map(n -> builtIn(n).orElseThrow()).toList();
    }

    /**
     * Parses scenario JSON.
     *
     * @param json   the text
     * @param source file name for messages
     * @return the scenario
     * @throws DataFormatException naming the file and the field at fault
     */
    public static Scenario parse(String json, String source) {
        JsonNode root = StrictJson.read(json, source);
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, 0, "", "a scenario is a JSON object with name, description and measures");
        }
        onlyKeys(root, source, "", Set.of("name", "description", "study", "measures", "comment"));
        String name = text(root, "name", source, "");
        JsonNode ms = root.get("measures");
        if (ms == null || !ms.isArray()) {
            throw new DataFormatException(source, 0, "measures", "missing: a list of measures (may be empty)");
        }
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            measures.add(measure(ms.get(i), source, "measures[" + i + "]"));
        }
        String description = optionalText(root, "description", source);
        String study = optionalText(root, "study", source);
        try {
            return new Scenario(name, description, study, measures);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, "", e.getMessage());
        }
    }

    private static Measure measure(JsonNode m, String source, String where) {
        if (m == null || !m.isObject()) {
            throw new DataFormatException(source, 0, where, "a measure is an object with a type");
        }
        String type = text(m, "type", source, where);
        try {
            return switch (type) {
                case "tariff" -> {
                    onlyKeys(m, source, where, Set.of("type", "importers", "exporters", "rate", "comment"));
                    yield new Measure.Tariff(countries(m, "importers", source, where, null),
                            countries(m, "exporters", source, where, null), rate(m, source, where));
                }
                case "export-tax" -> {
                    onlyKeys(m, source, where, Set.of("type", "exporters", "destinations", "rate", "comment"));
                    yield new Measure.ExportTax(countries(m, "exporters", source, where, null),
                            countries(m, "destinations", source, where, List.of("*")), rate(m, source, where));
                }
                case "remove-tariffs" -> {
                    onlyKeys(m, source, where, Set.of("type", "importers", "exporters", "comment"));
                    yield new Measure.RemoveTariffs(countries(m, "importers", source, where, List.of("*")),
                            countries(m, "exporters", source, where, List.of("*")));
                }
                case "bloc" -> {
                    onlyKeys(m, source, where, Set.of("type", "members", "rate", "on", "comment"));
                    Measure.BlocScope on = Measure.BlocScope.BOTH;
                    if (m.has("on")) {
                        String s = text(m, "on", source, where);
                        try {
                            on = Measure.BlocScope.valueOf(s.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new DataFormatException(source, 0, where + ".on", "'" + s + "' is not imports, exports or both");
                        }
                    }
                    yield new Measure.Bloc(countries(m, "members", source, where, null), rate(m, source, where), on);
                }
                case "embargo" -> {
                    onlyKeys(m, source, where, Set.of("type", "exporters", "importers", "comment"));
                    yield new Measure.Embargo(countries(m, "exporters", source, where, null),
                            countries(m, "importers", source, where, null));
                }
                case "decoupling" -> {
                    onlyKeys(m, source, where, Set.of("type", "sides", "comment"));
                    JsonNode sides = m.get("sides");
                    if (sides == null || !sides.isArray() || sides.size() != 2) {
                        throw new DataFormatException(source, 0, where + ".sides", "give two sides, each a country or a list: "
                                + "\"sides\": [\"USA\", [\"CHN\", \"HKG\"]]");
                    }
                    yield new Measure.Decoupling(side(sides.get(0), source, where + ".sides[0]"),
                            side(sides.get(1), source, where + ".sides[1]"));
                }
                default -> throw new DataFormatException(source, 0, where + ".type", "'" + type
                        + "' is not one of tariff, export-tax, remove-tariffs, bloc, embargo, decoupling");
            };
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, where, e.getMessage());
        }
    }

    private static void onlyKeys(JsonNode node, String source, String where, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new DataFormatException(source, 0, where.isEmpty() ? k : where + "." + k,
                        "unknown key; expected " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private static String text(JsonNode node, String key, String source, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new DataFormatException(source, 0, where.isEmpty() ? key : where + "." + key, "missing or not a text");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String key, String source) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new DataFormatException(source, 0, key, "not a text");
        }
        return v.asText();
    }

    private static double rate(JsonNode m, String source, String where) {
        JsonNode r = m.get("rate");
        if (r == null) {
            throw new DataFormatException(source, 0, where + ".rate", "missing: write 0.25 or \"25%\"");
        }
        try {
            return r.isNumber() ? Rates.check(r.asDouble(), r.asText()) : Rates.parse(r.asText());
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, where + ".rate", e.getMessage());
        }
    }

    private static List<String> countries(JsonNode m, String key, String source, String where, List<String> fallback) {
        JsonNode v = m.get(key);
        if (v == null) {
            if (fallback == null) {
                throw new DataFormatException(source, 0, where + "." + key, "missing: a list of country ids, or \"*\" for all");
            }
            return fallback;
        }
        return side(v, source, where + "." + key);
    }

    private static List<String> side(JsonNode v, String source, String where) {
        if (v.isTextual()) {
            return List.of(v.asText().trim());
        }
        if (!v.isArray() || v.isEmpty()) {
            throw new DataFormatException(source, 0, where, "a country id, a non-empty list of ids, or \"*\"");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new DataFormatException(source, 0, where, "country ids are texts, found " + e);
            }
            out.add(e.asText().trim());
        }
        return out;
    }

    /** {@return every country id named by the measures (without {@code *}), sorted} */
    public Set<String> countries() {
        Set<String> s = new TreeSet<>();
        for (Measure m : measures) {
            for (List<String> l : m.countryLists()) {
                l.stream().filter(x -> !x.equals("*")).forEach(s::add);
            }
        }
        return s;
    }

    /** {@return true when the scenario has no measure} */
    public boolean isEmpty() {
        return measures.isEmpty();
    }

    /**
     * Applies the measures to a model's base tariffs. Ids are matched to the model's ids, then
     * through the standard country registry (ISO2 codes, aliases); an id the registry knows but
     * the model lacks is ignored and named in the notes; an id nobody knows is an error.
     *
     * @param model the model whose base tariffs the measures change
     * @return the new tariff and export-tax powers, embargoes and notes
     * @throws IllegalArgumentException naming every unknown country
     */
    public PolicyWedges apply(GsimModel model) {
        int n = model.n;
        Map<String, Integer> resolved = new java.util.HashMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> absent = new TreeSet<>();
        CountryRegistry registry = CountryRegistry.standard();
        for (String id : countries()) {
            Optional<Integer> i = model.indexOf(id);
            if (i.isEmpty()) {
                Optional<Country> c = registry.byAlpha(id);
                if (c.isPresent()) {
                    i = model.indexOf(c.get().id());
                    if (i.isEmpty()) {
                        absent.add(id);
                    }
                } else {
                    unknown.add(id);
                }
            }
            i.ifPresent(x -> resolved.put(id, x));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " names countries that are neither in the network nor known "
                    + "country codes: " + String.join(", ", unknown));
        }
        double[][] tm = new double[n][];
        double[][] tx = new double[n][n];
        boolean[][] ban = new boolean[n][n];
        for (int r = 0; r < n; r++) {
            tm[r] = model.tariffPower[r].clone();
            java.util.Arrays.fill(tx[r], 1.0);
        }
        for (Measure m : measures) {
            if (m instanceof Measure.Tariff t) {
                forPairs(members(t.exporters(), resolved, n), members(t.importers(), resolved, n), (r, v) -> tm[r][v] = 1 + t.rate());
            } else if (m instanceof Measure.ExportTax t) {
                forPairs(members(t.exporters(), resolved, n), members(t.destinations(), resolved, n), (r, v) -> tx[r][v] = 1 + t.rate());
            } else if (m instanceof Measure.RemoveTariffs t) {
                forPairs(members(t.exporters(), resolved, n), members(t.importers(), resolved, n), (r, v) -> tm[r][v] = 1.0);
            } else if (m instanceof Measure.Bloc b) {
                boolean[] in = members(b.members(), resolved, n);
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = !in[i];
                }
                forPairs(in, in, (r, v) -> {
                    tm[r][v] = 1.0;
                    tx[r][v] = 1.0;
                });
                if (b.on() != Measure.BlocScope.EXPORTS) {
                    forPairs(out, in, (r, v) -> tm[r][v] = 1 + b.rate());
                }
                if (b.on() != Measure.BlocScope.IMPORTS) {
                    forPairs(in, out, (r, v) -> tx[r][v] = 1 + b.rate());
                }
            } else if (m instanceof Measure.Embargo e) {
                forPairs(members(e.exporters(), resolved, n), members(e.importers(), resolved, n), (r, v) -> ban[r][v] = true);
            } else if (m instanceof Measure.Decoupling d) {
                boolean[] a = members(d.sideA(), resolved, n);
                boolean[] b = members(d.sideB(), resolved, n);
                forPairs(a, b, (r, v) -> ban[r][v] = true);
                forPairs(b, a, (r, v) -> ban[r][v] = true);
            } else {
                throw new IllegalStateException("unhandled measure " + m.type());
            }
        }
        List<String> notes = new ArrayList<>();
        if (!absent.isEmpty()) {
            notes.add("not in this network, ignored: " + String.join(", ", absent));
        }
        return new PolicyWedges(model, tm, tx, ban, notes);
    }

    private static boolean[] members(List<String> ids, Map<String, Integer> resolved, int n) {
        boolean[] in = new boolean[n];
        if (ids.contains("*")) {
            java.util.Arrays.fill(in, true);
            return in;
        }
        for (String id : new LinkedHashSet<>(ids)) {
            Integer i = resolved.get(id);
            if (i != null) {
                in[i] = true;
            }
        }
        return in;
    }

    private interface PairAction {
        void apply(int r, int v);
    }

    private static void forPairs(boolean[] exporters, boolean[] importers, PairAction action) {
        for (int r = 0; r < exporters.length; r++) {
            if (!exporters[r]) {
                continue;
            }
            for (int v = 0; v < importers.length; v++) {
                if (importers[v] && r != v) {
                    action.apply(r, v);
                }
            }
        }
    }
}

package org.tradenet.shock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.tradenet.data.DataFormatException;
import org.tradenet.data.StrictJson;

/**
 * Reads scenario JSON, strictly: unknown keys, missing fields, wrong types and impossible rates
 * are refused with a message naming the file and the field ({@code measures[1].rate}).
 *
 * <p>Measure types: {@code tariff} (importers, exporters, rate), {@code export-tax} (exporters,
 * optional destinations, rate), {@code supply-cut} (exporters, optional destinations, share),
 * {@code remove-tariffs} (optional importers and exporters), {@code bloc} (members, rate,
 * optional {@code on}: imports, exports or both), {@code embargo} (exporters, importers),
 * {@code decoupling} (sides: two countries, lists or rules). A country field is an id, a list of
 * ids, {@code "*"}, or a rule object ({@link CountryRule}: {@code top}, {@code skip},
 * {@code minShare}, {@code exclude}, {@code group}). Rates are fractions or percent strings; a
 * {@code comment} key is allowed anywhere. An optional {@code requires} object
 * ({@code tariffs: true}, {@code countries: [ids]}) says when the scenario makes sense.
 */
public final class ScenarioReader {


    private ScenarioReader() {
    }

    /**
     * Reads a scenario file (UTF-8 JSON).
     *
     * @param p the file
     * @return the scenario, rules unresolved
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException naming the file and the field at fault, or when the file is not
     *                             UTF-8 text or cannot be read for want of permission
     */
    public static Scenario read(Path p) throws IOException {
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

    /**
     * Parses scenario JSON.
     *
     * @param json   the text
     * @param source file name for messages
     * @return the scenario, rules unresolved
     * @throws DataFormatException naming the file and the field at fault
     */
    public static Scenario parse(String json, String source) {
        JsonNode root = StrictJson.read(json, source);   // duplicate keys and trailing content refused
        if (root == null || !root.isObject()) {
            throw new DataFormatException(source, 0, "", "a scenario is a JSON object with name, description and measures");
        }
        onlyKeys(root, source, "", Set.of("name", "description", "study", "measures", "requires", "comment"));
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
        Scenario.Requirements requires = requirements(root.get("requires"), source);
        try {
            return new Scenario(name, description, study, measures, requires);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, "", e.getMessage());
        }
    }

    private static Scenario.Requirements requirements(JsonNode r, String source) {
        if (r == null || r.isNull()) {
            return Scenario.Requirements.NONE;
        }
        if (!r.isObject()) {
            throw new DataFormatException(source, 0, "requires", "an object: {\"tariffs\": true, \"countries\": [\"USA\"]}");
        }
        onlyKeys(r, source, "requires", Set.of("tariffs", "countries", "comment"));
        JsonNode t = r.get("tariffs");
        if (t != null && !t.isBoolean()) {
            throw new DataFormatException(source, 0, "requires.tariffs", "true or false");
        }
        List<String> countries = r.has("countries") ? ids(r.get("countries"), source, "requires.countries") : List.of();
        return new Scenario.Requirements(t != null && t.asBoolean(), countries);
    }

    private static Measure measure(JsonNode m, String source, String where) {
        if (m == null || !m.isObject()) {
            throw new DataFormatException(source, 0, where, "a measure is an object with a type");
        }
        String type = text(m, "type", source, where);
        CountryRule.Role ex = CountryRule.Role.EXPORTERS;
        CountryRule.Role im = CountryRule.Role.IMPORTERS;
        CountryRule.Role tr = CountryRule.Role.TRADERS;
        try {
            return switch (type) {
                case "tariff" -> {
                    onlyKeys(m, source, where, Set.of("type", "importers", "exporters", "rate", "comment"));
                    yield new Measure.Tariff(countries(m, "importers", im, source, where, false),
                            countries(m, "exporters", ex, source, where, false), rate(m, "rate", source, where));
                }
                case "export-tax" -> {
                    onlyKeys(m, source, where, Set.of("type", "exporters", "destinations", "rate", "comment"));
                    yield new Measure.ExportTax(countries(m, "exporters", ex, source, where, false),
                            countries(m, "destinations", im, source, where, true), rate(m, "rate", source, where));
                }
                case "supply-cut" -> {
                    onlyKeys(m, source, where, Set.of("type", "exporters", "destinations", "share", "comment"));
                    yield new Measure.SupplyCut(countries(m, "exporters", ex, source, where, false),
                            countries(m, "destinations", im, source, where, true), rate(m, "share", source, where));
                }
                case "remove-tariffs" -> {
                    onlyKeys(m, source, where, Set.of("type", "importers", "exporters", "comment"));
                    yield new Measure.RemoveTariffs(countries(m, "importers", im, source, where, true),
                            countries(m, "exporters", ex, source, where, true));
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
                    yield new Measure.Bloc(countries(m, "members", tr, source, where, false), rate(m, "rate", source, where), on);
                }
                case "embargo" -> {
                    onlyKeys(m, source, where, Set.of("type", "exporters", "importers", "comment"));
                    yield new Measure.Embargo(countries(m, "exporters", ex, source, where, false),
                            countries(m, "importers", im, source, where, false));
                }
                case "decoupling" -> {
                    onlyKeys(m, source, where, Set.of("type", "sides", "comment"));
                    JsonNode sides = m.get("sides");
                    if (sides == null || !sides.isArray() || sides.size() != 2) {
                        throw new DataFormatException(source, 0, where + ".sides", "give two sides, each a country or a list: "
                                + "\"sides\": [\"USA\", [\"CHN\", \"HKG\"]]");
                    }
                    yield new Measure.Decoupling(selection(sides.get(0), tr, source, where + ".sides[0]"),
                            selection(sides.get(1), tr, source, where + ".sides[1]"));
                }
                default -> throw new DataFormatException(source, 0, where + ".type", "'" + type
                        + "' is not one of tariff, export-tax, supply-cut, remove-tariffs, bloc, embargo, decoupling");
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

    private static double rate(JsonNode m, String key, String source, String where) {
        JsonNode r = m.get(key);
        if (r == null) {
            throw new DataFormatException(source, 0, where + "." + key, "missing: write 0.25 or \"25%\"");
        }
        try {
            return r.isNumber() ? Rates.check(r.asDouble(), r.asText()) : Rates.parse(r.asText());
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, where + "." + key, e.getMessage());
        }
    }

    private static CountrySelection countries(JsonNode m, String key, CountryRule.Role role, String source, String where,
                                              boolean allByDefault) {
        JsonNode v = m.get(key);
        if (v == null) {
            if (!allByDefault) {
                throw new DataFormatException(source, 0, where + "." + key, "missing: a list of country ids, \"*\" for all, "
                        + "or a rule such as {\"top\": 5}");
            }
            return CountrySelection.all();
        }
        return selection(v, role, source, where + "." + key);
    }

    private static CountrySelection selection(JsonNode v, CountryRule.Role role, String source, String where) {
        if (v.isObject()) {
            onlyKeys(v, source, where, Set.of("top", "skip", "minShare", "exclude", "group", "comment"));
            int top = count(v, "top", source, where);
            int skip = count(v, "skip", source, where);
            double minShare = 0;
            if (v.has("minShare")) {
                JsonNode s = v.get("minShare");
                try {
                    minShare = s.isNumber() ? s.asDouble() : Rates.parse(s.asText());
                } catch (IllegalArgumentException e) {
                    throw new DataFormatException(source, 0, where + ".minShare", e.getMessage());
                }
            }
            List<String> exclude = v.has("exclude") ? ids(v.get("exclude"), source, where + ".exclude") : List.of();
            String group = v.has("group") ? text(v, "group", source, where) : "";
            try {
                return CountrySelection.byRule(new CountryRule(top, skip, minShare, exclude, group), role);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(source, 0, where, e.getMessage());
            }
        }
        return CountrySelection.of(ids(v, source, where));
    }

    private static int count(JsonNode v, String key, String source, String where) {
        JsonNode n = v.get(key);
        if (n == null) {
            return 0;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
            throw new DataFormatException(source, 0, where + "." + key, "a whole number, 1 or more");
        }
        return n.asInt();
    }

    private static List<String> ids(JsonNode v, String source, String where) {
        if (v.isTextual() && !v.asText().isBlank()) {
            return List.of(v.asText().trim());
        }
        if (!v.isArray() || v.isEmpty()) {
            throw new DataFormatException(source, 0, where, "a country id, a non-empty list of ids, \"*\", or a rule object");
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
}

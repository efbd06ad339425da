package org.tradenet.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.CsvTable;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value chain: tiers of products from upstream (mining) to downstream (magnets), each with
 * its trade network and production, each tier made from the tier before it. Immutable.
 *
 * <p>A chain is read from a JSON spec (paths relative to the spec file):
 * <pre>{@code
 * {"name": "rare-earth-chain",
 *  "tiers": [
 *    {"name": "mining", "production": "mine-production.csv", "unit": "tonnes REO"},
 *    {"name": "separation-metals", "data": "../rare-earths.csv", "inputs": "mining",
 *     "production": "mine-production.csv", "productionUnit": "tonnes", "inputCostShare": 0.5},
 *    {"name": "magnets", "data": "../magnets-2024.csv", "inputs": "separation-metals", "inputCostShare": 0.3}]}
 * }</pre>
 * {@code data} is any network input tradenet reads (optional {@code hs} and {@code years}
 * filters); a tier with data weighs trade value (USD). {@code production} is a CSV
 * {@code country,value}; with {@code "productionUnit": "tonnes"} on a tier that weighs value it
 * is converted at the tier's world unit value (value over quantity of the links that have a
 * quantity), and the conversion is stated in the tier's notes. Each tier after the first names
 * the tier before it in {@code inputs} (the chain is linear). An optional {@code scenarios} list
 * names chain scenario files ({@link ChainScenario}) that go with the chain; each is known by
 * its file name without {@code .json} ({@link #scenario}), checked against the chain when it
 * is loaded.
 *
 * <pre>{@code
 * ValueChain chain = ValueChain.load("rare-earth-chain");   // shipped, or a path to a spec
 * Exposure exposure = Exposure.of(chain);
 * }</pre>
 */
public final class ValueChain {

    /** The chain shipped with tradenet. */
    public static final String DEFAULT = "rare-earth-chain";

    private static final String ROOT = "/org/tradenet/networks/";
    private static final String SPEC_FILE = "chain.json";

    private final String name;
    private final String description;
    private final List<ChainTier> tiers;
    private final List<String> countries;
    private final Map<String, Integer> index;
    private final List<TierSupply> supplies;
    private final List<String> notes;
    private final Map<String, ChainScenario> scenarios;

    private ValueChain(String name, String description, List<ChainTier> tiers, List<String> extraNotes) {
        this(name, description, tiers, extraNotes, Map.of());
    }

    private ValueChain(String name, String description, List<ChainTier> tiers, List<String> extraNotes,
                       Map<String, ChainScenario> scenarios) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("chain " + name + " has no tiers");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int t = 0; t < tiers.size(); t++) {
            ChainTier tier = tiers.get(t);
            if (!names.add(tier.name())) {
                throw new IllegalArgumentException("chain " + name + ": tier " + tier.name() + " is listed twice");
            }
            String expected = t == 0 ? null : tiers.get(t - 1).name();
            String given = tier.inputs().orElse(null);
            if (t == 0 && given != null) {
                throw new IllegalArgumentException("chain " + name + ": the first tier " + tier.name() + " cannot have inputs ("
                        + given + "); list the tiers from upstream to downstream");
            }
            if (t > 0 && !expected.equals(given)) {
                throw new IllegalArgumentException("chain " + name + ": tier " + tier.name() + " must take its inputs from the tier "
                        + "before it, " + expected + " (was " + given + "); only linear chains are supported");
            }
        }
        this.name = name;
        this.description = description;
        this.tiers = List.copyOf(tiers);
        Set<String> ids = new TreeSet<>();
        for (ChainTier tier : tiers) {
            ids.addAll(tier.production().keySet());
            tier.trade().ifPresent(net -> net.countries().forEach(c -> ids.add(c.id())));
        }
        this.countries = List.copyOf(ids);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            idx.put(countries.get(i), i);
        }
        this.index = Map.copyOf(idx);
        List<TierSupply> s = new ArrayList<>();
        for (ChainTier tier : tiers) {
            s.add(new TierSupply(tier, countries, index));
        }
        this.supplies = List.copyOf(s);
        List<String> n = new ArrayList<>(extraNotes);
        Set<String> sources = new LinkedHashSet<>();
        for (ChainTier tier : tiers) {
            sources.add(tier.name() + ": " + tier.source());
        }
        n.add("the tiers' data: " + String.join("; ", sources));
        for (ChainTier tier : tiers) {
            for (String note : tier.notes()) {
                n.add(note.startsWith(tier.name() + ":") ? note : tier.name() + ": " + note);
            }
        }
        for (TierSupply ts : supplies) {
            if (!ts.flooredHomeSupply().isEmpty()) {
                n.add(ts.tier().name() + ": exports exceed production for " + ts.flooredHomeSupply().size()
                        + " countries (" + String.join(", ", ts.flooredHomeSupply()) + "); their home supply is set to 0");
            }
        }
        this.notes = List.copyOf(n);
        this.scenarios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
        for (ChainScenario sc : scenarios.values()) {
            sc.checkAgainst(this);
        }
    }

    /**
     * A chain from tiers already built, listed upstream to downstream; each tier after the first
     * must name the one before it as its inputs.
     *
     * @param name the chain's name
     * @param description what the chain models
     * @param tiers the tiers, upstream first
     * @return the chain
     * @throws IllegalArgumentException when the tiers do not form a linear chain
     */
    public static ValueChain of(String name, String description, List<ChainTier> tiers) {
        return new ValueChain(name, description, tiers, List.of());
    }

    /**
     * Loads a chain: a spec file, a folder holding {@code chain.json}, or the name of a chain
     * shipped in {@code networks/} ({@link #DEFAULT}).
     *
     * @param nameOrPath a spec file, a folder with {@code chain.json}, or a shipped chain's name
     * @return the chain, its tiers loaded
     * @throws DataFormatException naming file, line and field for a bad spec or production file
     * @throws IOException         when a file cannot be read
     */
    public static ValueChain load(String nameOrPath) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.isDirectory(p)) {
            p = p.resolve(SPEC_FILE);
        }
        if (Files.isRegularFile(p)) {
            Path base = p.toAbsolutePath().getParent();
            return parse(Files.readString(p, StandardCharsets.UTF_8), p.toString(), new FileBase(base, p.getParent()));
        }
        String resource = ROOT + nameOrPath + "/" + SPEC_FILE;
        try (InputStream in = ValueChain.class.getResourceAsStream(resource)) {
            if (in == null || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
                throw new DataFormatException(nameOrPath, 0, "", "no such chain spec file or folder, and not a shipped chain "
                        + "(shipped: " + DEFAULT + ")");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "networks/" + nameOrPath + "/" + SPEC_FILE,
                    new ShippedBase(nameOrPath));
        }
    }

    /** Where a spec's relative paths point. */
    private interface Base {
        TradeNetwork network(String relative, NetworkSpec spec) throws IOException;

        String label(String relative);

        Reader open(String relative) throws IOException;
    }

    private record FileBase(Path base, Path shown) implements Base {
        @Override
        public TradeNetwork network(String relative, NetworkSpec spec) throws IOException {
            return TradeNetwork.load(base.resolve(relative).normalize().toString(), spec);
        }

        @Override
        public String label(String relative) {
            return (shown == null ? Path.of(relative) : shown.resolve(relative)).normalize().toString();
        }

        @Override
        public Reader open(String relative) throws IOException {
            return Files.newBufferedReader(base.resolve(relative).normalize(), StandardCharsets.UTF_8);
        }
    }

    private record ShippedBase(String folder) implements Base {
        private String path(String relative) {
            return Path.of(folder).resolve(relative).normalize().toString().replace('\\', '/');
        }

        @Override
        public TradeNetwork network(String relative, NetworkSpec spec) throws IOException {
            String file = path(relative);
            Optional<Dataset> d = Datasets.all().stream().filter(x -> x.file().equals(file)).findFirst();
            if (d.isEmpty()) {
                throw new DataFormatException("networks/" + folder + "/" + SPEC_FILE, 0, "data",
                        relative + " is not a shipped data set; a shipped chain can only use shipped data");
            }
            return TradeNetwork.load(d.get().name(), spec);
        }

        @Override
        public String label(String relative) {
            return "networks/" + path(relative);
        }

        @Override
        public Reader open(String relative) throws IOException {
            InputStream in = ValueChain.class.getResourceAsStream(ROOT + path(relative));
            if (in == null) {
                throw new IOException(label(relative) + " is missing from the class path");
            }
            return new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    private static ValueChain parse(String json, String source, Base base) throws IOException {
        JsonNode root = ChainScenario.readObject(json, source, "a chain spec is a JSON object with name and tiers");
        String name = text(root, "name", source);
        String description = root.has("description") ? text(root, "description", source) : "";
        JsonNode tiersNode = root.get("tiers");
        if (tiersNode == null || !tiersNode.isArray() || tiersNode.isEmpty()) {
            throw new DataFormatException(source, 0, "tiers", "missing or empty: list the tiers from upstream to downstream");
        }
        List<String> notes = new ArrayList<>();
        JsonNode assumptions = root.get("assumptions");
        if (assumptions != null) {
            assumptions.forEach(a -> notes.add(a.asText()));
        }
        List<ChainTier> tiers = new ArrayList<>();
        for (JsonNode t : tiersNode) {
            tiers.add(tier(t, source, base));
        }
        Map<String, ChainScenario> scenarios = new LinkedHashMap<>();
        for (String file : scenarioFiles(root, source)) {
            String text;
            try (Reader r = base.open(file)) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int k; (k = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, k);
                }
                text = sb.toString();
            } catch (IOException e) {
                throw new DataFormatException(source, 0, "scenarios", file + ": cannot be read: " + e.getMessage());
            }
            if (scenarios.put(scenarioName(file), ChainScenario.parse(text, base.label(file))) != null) {
                throw new DataFormatException(source, 0, "scenarios", "two scenarios are called " + scenarioName(file));
            }
        }
        try {
            return new ValueChain(name, description, tiers, notes, scenarios);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, e.getMessage().startsWith("scenario ") ? "scenarios" : "tiers", e.getMessage());
        }
    }

    /** The spec's {@code scenarios} field: a list of file names, relative to the spec; empty when absent. */
    private static List<String> scenarioFiles(JsonNode root, String source) {
        JsonNode node = root.get("scenarios");
        List<String> files = new ArrayList<>();
        if (node == null) {
            return files;
        }
        if (!node.isArray()) {
            throw new DataFormatException(source, 0, "scenarios", "must be a list of chain scenario files (JSON)");
        }
        for (JsonNode f : node) {
            if (!f.isTextual() || !f.asText().endsWith(".json") || scenarioName(f.asText()).isEmpty()) {
                throw new DataFormatException(source, 0, "scenarios", f + " is not the name of a chain scenario file (NAME.json)");
            }
            files.add(f.asText());
        }
        return files;
    }

    /** A scenario file's name in the chain: its file name without {@code .json}. */
    private static String scenarioName(String file) {
        return Path.of(file).getFileName().toString().replaceFirst("\\.json$", "");
    }

    /**
     * The names of the scenarios a shipped chain lists, read from its spec alone (no tier is
     * loaded): for help texts and completion.
     *
     * @param shippedChain a shipped chain's name ({@link #DEFAULT})
     * @return the names of its scenarios, in spec order
     * @throws IOException when the spec cannot be read
     * @throws DataFormatException when there is no such shipped chain or its spec is malformed
     */
    public static List<String> shippedScenarioNames(String shippedChain) throws IOException {
        try (InputStream in = ValueChain.class.getResourceAsStream(ROOT + shippedChain + "/" + SPEC_FILE)) {
            if (in == null || shippedChain.contains("/") || shippedChain.contains("\\")) {
                throw new DataFormatException(shippedChain, 0, "", "not a shipped chain (shipped: " + DEFAULT + ")");
            }
            String source = "networks/" + shippedChain + "/" + SPEC_FILE;
            JsonNode root = ChainScenario.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8), source,
                    "a chain spec is a JSON object with name and tiers");
            return scenarioFiles(root, source).stream().map(ValueChain::scenarioName).toList();
        }
    }

    private static ChainTier tier(JsonNode t, String source, Base base) throws IOException {
        String name = text(t, "name", source);
        String field = "tiers[" + name + "].";
        for (java.util.Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("name", "data", "hs", "years", "production", "productionUnit", "unit", "inputs", "inputCostShare",
                    "source", "year").contains(f)) {
                throw new DataFormatException(source, 0, field + f, "unknown field (known: name, data, hs, years, production, "
                        + "productionUnit, unit, inputs, inputCostShare, source, year)");
            }
        }
        String inputs = t.has("inputs") ? text(t, "inputs", source) : null;
        double share = 0;
        if (t.has("inputCostShare")) {
            JsonNode s = t.get("inputCostShare");
            if (!s.isNumber() || !(s.asDouble() >= 0 && s.asDouble() <= 1)) {
                throw new DataFormatException(source, 0, field + "inputCostShare", "must be a number in [0, 1], was " + s);
            }
            share = s.asDouble();
        }
        List<String> notes = new ArrayList<>();
        TradeNetwork trade = null;
        String unit = t.has("unit") ? text(t, "unit", source) : "tonnes";
        if (t.has("data")) {
            NetworkSpec spec = NetworkSpec.defaults();
            if (t.has("hs")) {
                Set<String> hs = new TreeSet<>();
                t.get("hs").forEach(h -> hs.add(h.asText()));
                spec = spec.withProducts(hs);
            }
            if (t.has("years")) {
                Set<Integer> ys = new TreeSet<>();
                t.get("years").forEach(y -> ys.add(y.asInt()));
                spec = spec.withYears(ys);
            }
            trade = base.network(text(t, "data", source), spec);
            unit = "USD";
            notes.addAll(trade.notes());
        }
        String tierSource = t.has("source") ? text(t, "source", source)
                : trade != null ? trade.name() : "no trade data";
        Map<String, Double> production = Map.of();
        String productionSource = "";
        if (t.has("production")) {
            String file = text(t, "production", source);
            production = readProduction(base, file);
            String given = t.has("productionUnit") ? text(t, "productionUnit", source) : unit;
            productionSource = base.label(file) + " (" + given + ")";
            if (trade != null && given.equals("tonnes")) {
                double[] vq = unitValue(trade);
                if (!(vq[1] > 0)) {
                    throw new DataFormatException(source, 0, field + "productionUnit", "production in tonnes needs quantities "
                            + "in the tier's trade data to convert at its unit value, and " + trade.name() + " has none");
                }
                double perTonne = vq[0] / vq[1];
                Map<String, Double> converted = new LinkedHashMap<>();
                production.forEach((c, v) -> converted.put(c, v * perTonne));
                production = converted;
                productionSource += String.format(java.util.Locale.ROOT, ", converted to USD at the tier's world unit value "
                        + "USD %.0f per tonne (trade value over quantity of the %d links with a quantity)", perTonne, (int) vq[2]);
                notes.add(name + ": production in tonnes converted to USD at USD " + String.format(java.util.Locale.ROOT, "%.0f", perTonne)
                        + " per tonne, the tier's world unit value");
            } else if (trade != null && !given.equals(unit)) {
                throw new DataFormatException(source, 0, field + "productionUnit", "must be tonnes or the tier's unit " + unit
                        + ", was " + given);
            }
        }
        int year = 0;
        if (t.has("year")) {
            if (!t.get("year").isInt()) {
                throw new DataFormatException(source, 0, field + "year", "must be a whole year, was " + t.get("year"));
            }
            year = t.get("year").asInt();
        }
        try {
            return new ChainTier(name, inputs, share, unit, year, tierSource, trade, production, productionSource, notes);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(source, 0, field, e.getMessage());
        }
    }

    /** {value, tonnes, links} over the links that have a quantity. */
    private static double[] unitValue(TradeNetwork net) {
        double v = 0;
        double q = 0;
        int links = 0;
        for (TradeLink l : net.links()) {
            if (l.quantityTonnes() > 0 && !l.isSelfLoop()) {
                v += l.valueUsd();
                q += l.quantityTonnes();
                links++;
            }
        }
        return new double[] {v, q, links};
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new DataFormatException(source, 0, field, "missing or not a non-empty string");
        }
        return v.asText();
    }

    /**
     * Reads {@code country,value} (header required, other columns ignored): ISO3 ids that the
     * country table knows, finite values {@code >= 0}, each country once.
     */
    static Map<String, Double> readProduction(Reader reader, String label) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        CountryRegistry registry = CountryRegistry.standard();
        try (CsvTable table = CsvTable.open(label, reader)) {
            for (String col : List.of("country", "value")) {
                if (!table.has(col)) {
                    throw new DataFormatException(label, table.headerLine(), col,
                            "missing column; a production file has the header country,value");
                }
            }
            for (CsvTable.Row row : table) {
                String id = row.get("country");
                Optional<Country> c = registry.byAlpha(id);
                if (c.isEmpty()) {
                    throw row.error("country", "'" + id + "' is not a known ISO3 country code");
                }
                double v;
                try {
                    v = Double.parseDouble(row.get("value"));
                } catch (NumberFormatException e) {
                    throw row.error("value", "'" + row.get("value") + "' is not a number");
                }
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw row.error("value", "must be finite and >= 0, was " + v);
                }
                if (out.put(c.get().id(), v) != null) {
                    throw row.error("country", c.get().id() + " is listed twice");
                }
            }
        }
        return out;
    }

    private static Map<String, Double> readProduction(Base base, String file) throws IOException {
        return readProduction(base.open(file), base.label(file));
    }

    /**
     * Reads a production CSV from a string (for tests and callers that build tiers themselves).
     *
     * @param csv the CSV text, header {@code country,value}
     * @param label the source named in error messages
     * @return production by ISO3 country id, in file order
     * @throws IOException when the text cannot be read
     * @throws DataFormatException naming the line and field of a bad row
     */
    public static Map<String, Double> parseProduction(String csv, String label) throws IOException {
        return readProduction(new StringReader(csv), label);
    }

    /** {@return the chain's name} */
    public String name() {
        return name;
    }

    /** {@return what the chain is, as its spec says} */
    public String description() {
        return description;
    }

    /** {@return the tiers, upstream first} */
    public List<ChainTier> tiers() {
        return tiers;
    }

    /**
     * The tier called {@code name}.
     *
     * @param tierName the tier's name
     * @return the tier; empty when the chain has none by that name
     */
    public Optional<ChainTier> tier(String tierName) {
        return tiers.stream().filter(t -> t.name().equals(tierName)).findFirst();
    }

    /** {@return every country of every tier, sorted by id: the chain's country index} */
    public List<String> countries() {
        return countries;
    }

    /**
     * The index of a country in {@link #countries()}.
     *
     * @param id an ISO3 country id
     * @return its index; empty when no tier has the country
     */
    public Optional<Integer> indexOf(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /** {@return the supply side of each tier, in tier order} */
    public List<TierSupply> supplies() {
        return supplies;
    }

    /**
     * What the chain assumes and where its tiers' data come from (the spec's assumptions, the
     * sources and years of every tier, floored home supplies).
     *
     * @return the notes, one sentence each
     */
    public List<String> notes() {
        return notes;
    }

    /** {@return the scenarios the chain's spec lists, by name (file name without .json), in spec order} */
    public Map<String, ChainScenario> scenarios() {
        return scenarios;
    }

    /**
     * A scenario the chain's spec lists.
     *
     * @param scenarioName its name: the file name without {@code .json}
     * @return the scenario; empty when the spec lists none by that name
     */
    public Optional<ChainScenario> scenario(String scenarioName) {
        return Optional.ofNullable(scenarios.get(scenarioName));
    }

    /** {@return the data year of each tier (0 when the spec gives none), tier order; reports say when they differ} */
    public Map<String, Integer> years() {
        Map<String, Integer> ys = new LinkedHashMap<>();
        tiers.forEach(t -> ys.put(t.name(), t.year()));
        return ys;
    }

    /** {@return true when the tiers' data years are not all the same} */
    public boolean yearsDiffer() {
        return new java.util.HashSet<>(years().values()).size() > 1;
    }
}

package org.tradenet.shock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.CsvTable;
import org.tradenet.data.DataFormatException;
import org.tradenet.data.DataSource;
import org.tradenet.network.TradeLink;
import org.tradenet.network.TradeNetwork;

/**
 * Where GSIM's home sales (each market's own variety, a self-flow {@code M[v][v]}) come from when
 * the trade data has none. Without home sales an importer's demand is for imports only, so its
 * import response to a price change is the whole composite response: overstated.
 *
 * <ul>
 * <li>{@link #fromProduction}: production of the product at home (CSV {@code country,value} in USD
 *     or {@code country,tonnes}); home sales = production − exports, floored at 0 (each floor is
 *     named). Tonnes are turned into USD at the country's export unit value in the network, or
 *     the network's average unit value when it exports nothing with a quantity.</li>
 * <li>{@link #share}: home sales as a share S of each country's absorption (home sales plus
 *     imports): {@code home = S/(1 − S) · imports}.</li>
 * <li>{@link #none}: no home sales (as the data has them, or none at all).</li>
 * </ul>
 * Self-flows already in the data are kept and never replaced. Immutable.
 *
 * @param kind       the source kind
 * @param production production by country id (USD or tonnes), for {@link Kind#PRODUCTION}
 * @param tonnes     true when production is in tonnes
 * @param share      S, for {@link Kind#SHARE}
 * @param origin     the file or option, for reports
 */
public record HomeSales(Kind kind, Map<String, Double> production, boolean tonnes, double share, String origin) {

    /** The source kinds. */
    public enum Kind {
        /** none added */
        NONE,
        /** production minus exports */
        PRODUCTION,
        /** a share of absorption */
        SHARE
    }

    private static final String RESOURCE_DIR = "/org/tradenet/networks/production/";

    /**
     * Copies {@code production} and checks the share.
     *
     * @param kind       the source kind
     * @param production production by country id (USD or tonnes), for {@link Kind#PRODUCTION}
     * @param tonnes     true when production is in tonnes
     * @param share      S, for {@link Kind#SHARE}: a fraction, at least 0 and below 1
     * @param origin     the file or option, for reports
     * @throws IllegalArgumentException when {@code kind} is {@link Kind#SHARE} and {@code share}
     *                                  is outside [0, 1)
     */
    public HomeSales {
        production = Map.copyOf(production);
        if (kind == Kind.SHARE && !(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("a home share is a fraction from 0 up to (not including) 1, was " + share);
        }
    }

    /** {@return no home sales added: the model uses the data's self-flows, if any} */
    public static HomeSales none() {
        return new HomeSales(Kind.NONE, Map.of(), false, 0, "none");
    }

    /**
     * {@return home sales as a share of absorption: {@code home = s/(1 − s) · imports}}
     *
     * @param s the home share S of absorption (home sales plus imports), a fraction in [0, 1)
     * @throws IllegalArgumentException when {@code s} is outside [0, 1)
     */
    public static HomeSales share(double s) {
        return new HomeSales(Kind.SHARE, Map.of(), false, s, "--home-share " + s);
    }

    /**
     * Production from a file or a shipped table ({@code rare-earths}: USGS mine production 2024,
     * tonnes REO, {@code networks/production/}). An existing file wins over a shipped name.
     *
     * @param nameOrPath a production CSV file, or the name of a shipped table
     * @return the production source, for {@link Kind#PRODUCTION}
     * @throws IOException         when the file cannot be read
     * @throws DataFormatException naming file, line and field for a bad line, or when the name is
     *                             neither a file nor a shipped table
     */
    public static HomeSales fromProduction(String nameOrPath) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return read(DataSource.of(p));
        }
        String resource = RESOURCE_DIR + nameOrPath + ".csv";
        if (HomeSales.class.getResource(resource) != null) {
            return read(DataSource.of("networks/production/" + nameOrPath + ".csv", () -> HomeSales.class.getResourceAsStream(resource)));
        }
        throw new DataFormatException(nameOrPath, 0, "", "no such production file, and not a shipped table (rare-earths)");
    }

    /**
     * Reads {@code country,value} (USD) or {@code country,tonnes}; codes as edge lists read them;
     * duplicates refused. Values are finite and 0 or more.
     *
     * @param in the CSV source, named in messages
     * @return the production by country id, for {@link Kind#PRODUCTION}
     * @throws IOException         when the source cannot be read
     * @throws DataFormatException naming file, line and field for a bad line
     */
    public static HomeSales read(DataSource in) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        boolean tonnes;
        try (CsvTable table = CsvTable.open(in)) {
            if (!table.has("country")) {
                throw new DataFormatException(in.name(), table.headerLine(), "country", "missing column; a production file has "
                        + "the header country,value (USD) or country,tonnes");
            }
            tonnes = table.has("tonnes");
            String col = tonnes ? "tonnes" : "value";
            if (!tonnes && !table.has("value")) {
                throw new DataFormatException(in.name(), table.headerLine(), "value", "missing column: give value (USD) or tonnes");
            }
            for (CsvTable.Row row : table) {
                String code = row.get("country");
                String id = CountryRegistry.standard().byAlpha(code).map(Country::id).orElse(code);
                double v;
                try {
                    v = Double.parseDouble(row.get(col));
                } catch (NumberFormatException e) {
                    throw row.error(col, "'" + row.get(col) + "' is not a number");
                }
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw row.error(col, "production is a finite number, 0 or more");
                }
                if (out.put(id, v) != null) {
                    throw row.error("country", "second line for " + id);
                }
            }
        }
        return new HomeSales(Kind.PRODUCTION, out, tonnes, 0, in.name());
    }

    /** {@return one line for report headers: what home sales the model has and where they come from} */
    public String describe() {
        return switch (kind) {
            case NONE -> "none added (only self-flows in the data): import responses are overstated where a country also "
                    + "sells its own production at home";
            case PRODUCTION -> "production minus exports, from " + origin + (tonnes ? " (tonnes, valued at export unit values)" : " (USD)");
            case SHARE -> String.format(Locale.ROOT, "%.0f%% of each country's absorption (--home-share)", 100 * share);
        };
    }

    /** The network with home sales added as self-loops, and notes on what was done. */
    public record Applied(TradeNetwork network, List<String> notes) {
    }

    /**
     * Adds home sales to a network built with self-loops. O(L).
     *
     * @param net the network (self-loops kept)
     * @return the network with home sales, and notes (floors, countries not in the network)
     */
    public Applied apply(TradeNetwork net) {
        List<String> notes = new ArrayList<>();
        if (kind == Kind.NONE) {
            boolean any = net.links().stream().anyMatch(TradeLink::isSelfLoop);
            notes.add(any ? "home sales: the self-flows in the data" : "home sales: none (the data has no self-flows and none "
                    + "were given): each importer's demand is for imports only, which overstates import responses; give "
                    + "--domestic-production FILE or --home-share S");
            return new Applied(net, notes);
        }
        Map<String, double[]> trade = new LinkedHashMap<>();
        double worldValue = 0;
        double worldTonnes = 0;
        for (TradeLink l : net.links()) {
            if (l.isSelfLoop()) {
                trade.computeIfAbsent(l.exporter(), k -> new double[5])[4] = 1;
                continue;
            }
            double[] e = trade.computeIfAbsent(l.exporter(), k -> new double[5]);
            e[0] += l.valueUsd();
            if (!Double.isNaN(l.quantityTonnes())) {
                e[1] += l.quantityTonnes();
                e[2] += l.valueUsd();
                worldValue += l.valueUsd();
                worldTonnes += l.quantityTonnes();
            }
            trade.computeIfAbsent(l.importer(), k -> new double[5])[3] += l.valueUsd();
        }
        List<TradeLink> links = new ArrayList<>(net.links());
        List<String> floored = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        int added = 0;
        double addedValue = 0;
        for (int i = 0; i < net.nodeCount(); i++) {
            String id = net.country(i).id();
            double[] t = trade.getOrDefault(id, new double[5]);
            if (t[4] > 0) {
                continue;
            }
            double home;
            if (kind == Kind.SHARE) {
                home = share / (1 - share) * t[3];
            } else {
                Double p = production.get(id);
                if (p == null) {
                    continue;
                }
                if (tonnes) {
                    double unit = t[1] > 0 ? t[2] / t[1] : worldTonnes > 0 ? worldValue / worldTonnes : Double.NaN;
                    double exportedTonnes = t[1] > 0 ? t[1] : t[0] / unit;
                    home = Double.isNaN(unit) ? 0 : (p - exportedTonnes) * unit;
                } else {
                    home = p - t[0];
                }
                if (home < 0) {
                    floored.add(id);
                    home = 0;
                }
            }
            if (home > 0) {
                links.add(new TradeLink(id, id, home, Double.NaN, 1, home));
                added++;
                addedValue += home;
            }
        }
        for (String id : production.keySet()) {
            if (net.indexOf(id).isEmpty()) {
                absent.add(id);
            }
        }
        notes.add(String.format(Locale.ROOT, "home sales: %s; added for %d countries, USD %,.0f", describe(), added, addedValue));
        if (!floored.isEmpty()) {
            notes.add("home sales floored at 0 (exports exceed production): " + String.join(", ", floored));
        }
        if (!absent.isEmpty()) {
            notes.add("production of countries not in the network, unused: " + String.join(", ", absent));
        }
        if (tonnes) {
            notes.add("production in tonnes is valued at each country's export unit value in the network (USD per tonne of "
                    + "traded product); the units of the production table and of the trade data may differ (rare earths: "
                    + "tonnes REO against tonnes of compounds)");
        }
        return new Applied(net.withLinks(net.name(), links, notes), notes);
    }

    /**
     * {@return the production of a country, in the table's unit (USD or tonnes), if given}
     *
     * @param id the country id
     */
    public Optional<Double> productionOf(String id) {
        return Optional.ofNullable(production.get(id));
    }
}

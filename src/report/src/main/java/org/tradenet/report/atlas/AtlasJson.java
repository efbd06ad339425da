package org.tradenet.report.atlas;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tradenet.TradenetVersion;
import org.tradenet.atlas.AtlasParameters;
import org.tradenet.atlas.AtlasResult;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.report.Json;

/**
 * {@code atlas.json}: what an atlas run used and where its data came from: engine, input
 * files, metadata files, rows read, product and year selection, seed and every parameter,
 * the significance test of the communities (null draws, null model, seed, level), the
 * shock's model form, the units of every column, and the notes of the run.
 */
public final class AtlasJson {

    /** The sentence every atlas output carries about the shock column. */
    public static final String SCREENING = "shockTopExporterTax25Pct is a screening figure: the change of world trade value "
            + "(percent, at world prices) if the product's largest exporter taxed all its exports at the given rate, in a "
            + "linear GSIM partial equilibrium with default elasticities and no base tariffs, product by product. "
            + "It ranks exposure; it is not a forecast.";

    /** Units of each column. */
    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("hs6", "HS 6-digit code"), Map.entry("year", "year"), Map.entry("description", "text"),
            Map.entry("countries", "count"), Map.entry("links", "count (exporter -> importer, self-flows left out)"),
            Map.entry("valueUsd", "USD (BACI thousand USD x 1000)"), Map.entry("quantityTonnes", "tonnes (links reporting one)"),
            Map.entry("exporterHhi", "fraction, sum of squared exporter value shares"), Map.entry("topExporter", "ISO3"),
            Map.entry("topExporterShare", "fraction of value"), Map.entry("top3Share", "fraction of value"),
            Map.entry("importersOver50Pct", "percent of importers taking > 50% from one supplier"),
            Map.entry("communities", "count of directed Leiden communities with 2+ countries"),
            Map.entry("modularity", "directed modularity (Leicht-Newman)"),
            Map.entry("modularityZ", "z-score of the modularity against the null networks' best modularity"),
            Map.entry("modularityP", "empirical p-value (1 + #{null >= observed}) / (draws + 1)"),
            Map.entry("topHubs", "ISO3 lists by throughput (exports + imports) and PageRank (damping 0.85)"),
            Map.entry("shockTopExporterTax25Pct", "percent change of world trade value"),
            Map.entry("focusCountry", "ISO3"), Map.entry("focusLargestSupplierShare", "fraction of the focus country's imports"),
            Map.entry("focusTopExporterShare", "fraction of the focus country's imports"), Map.entry("notes", "text"));

    private AtlasJson() {
    }

    /**
     * The JSON tree of a result's parameters and provenance (no rows: they are in atlas.csv and atlas.parquet).
     *
     * @param r the atlas result
     * @return the JSON tree
     */
    public static ObjectNode of(AtlasResult r) {
        ObjectNode root = Json.object();
        root.put("tool", TradenetVersion.current().describe());
        root.put("command", "atlas");
        root.put("engine", r.engine());
        if (!r.job().master().isEmpty()) {
            root.put("master", r.job().master());
        }
        ArrayNode inputs = root.putArray("inputs");
        r.sources().forEach(inputs::add);
        ArrayNode meta = root.putArray("metadataFiles");
        r.metadata().forEach(meta::add);
        root.put("rowsRead", r.rowsRead());
        root.put("groups", r.rows().size());
        ObjectNode selection = root.putObject("selection");
        ArrayNode hs = selection.putArray("hs6");
        r.job().products().stream().sorted().forEach(hs::add);
        ArrayNode years = selection.putArray("years");
        r.job().years().stream().sorted().forEach(years::add);
        AtlasParameters p = r.job().parameters();
        ObjectNode params = root.putObject("parameters");
        params.put("seed", p.seed());
        params.put("leidenRuns", p.runs());
        params.put("resolution", p.resolution());
        params.put("hubsPerCriterion", p.hubs());
        params.put("exportTaxRate", p.exportTaxRate());
        params.put("focus", p.focus());
        ObjectNode significance = root.putObject("significance");
        significance.put("nullDraws", p.nullDraws());
        p.significance().ifPresentOrElse(t -> {
            significance.put("nullModel", "strength-preserving rewiring: every country's out- and in-strength kept");
            significance.put("swapsPerLink", t.swapsPerLink());
            significance.put("leidenRuns", t.runs());
            significance.put("seed", t.seed());
            significance.put("level", t.level());
            significance.put("method", "best directed modularity of the product-year against the best of each null network, "
                    + "found alike (Guimera, Sales-Pardo & Amaral 2004, doi:10.1103/PhysRevE.70.025101); z-score and "
                    + "empirical p-value; not significant when p > level");
        }, () -> significance.put("method", "not tested (null draws 0): modularityZ and modularityP are empty"));
        ObjectNode model = root.putObject("shockModel");
        model.put("form", "linear GSIM (Francois & Hall 2003)");
        model.put("measure", "the largest exporter's export tax on all its exports of the product");
        model.put("baseTariffs", "none");
        model.put("importDemandElasticity", p.elasticities().importDemand());
        model.put("substitutionElasticity", p.elasticities().substitution());
        model.put("exportSupplyElasticity", p.elasticities().exportSupply());
        model.put("caveat", SCREENING);
        root.put("communities", "Leiden (Traag, Waltman & van Eck 2019), directed modularity (Leicht & Newman 2008), "
                + "runs with seeds seed, seed+1, ..., best kept");
        root.put("network", "per product and year: edges exporter -> importer weighted by value (USD); self-flows and "
                + "non-country areas left out");
        ObjectNode units = root.putObject("columns");
        for (String c : AtlasRow.columns(p.hasFocus())) {
            units.put(c, UNITS.get(c));
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }

    /**
     * {@code atlas.json} as text.
     *
     * @param r the atlas result
     * @return the JSON text
     */
    public static String text(AtlasResult r) {
        return Json.write(of(r));
    }
}

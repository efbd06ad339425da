package org.tradenet.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import org.tradenet.atlas.AtlasParameters;
import org.tradenet.atlas.AtlasRow;
import org.tradenet.atlas.BaciRows;
import org.tradenet.atlas.ProductYearAnalysis;
import org.tradenet.data.CountryRegistry;
import org.tradenet.data.Flow;
import org.tradenet.shock.Elasticities;

/**
 * What an executor does with one (product, year) group: turn its rows into flows (BACI rows
 * with {@link BaciRows}, or rows that already are flows, {@link FlowRows}), analyse them
 * ({@link ProductYearAnalysis}) and return the {@link AtlasRow} as a Spark row. Serializable:
 * it carries the parameters as plain values, and the product descriptions.
 */
final class GroupTask implements FlatMapGroupsFunction<String, Row, Row>, Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int runs;
    private final double resolution;
    private final int hubs;
    private final double exportTaxRate;
    private final double importDemand;
    private final double substitution;
    private final double exportSupply;
    private final String focus;
    private final int nullDraws;
    private final java.util.HashMap<String, String> descriptions;
    private final boolean baciRows;

    /**
     * A task with these settings.
     *
     * @param p            the per-group settings (global elasticities only)
     * @param descriptions product descriptions by HS6 code
     * @param baciRows     true when the rows are BACI's {@code t,i,j,k,v,q}, false when they are {@link FlowRows}
     */
    GroupTask(AtlasParameters p, Map<String, String> descriptions, boolean baciRows) {
        Elasticities e = p.elasticities();
        if (!e.importDemandByCountry().isEmpty() || !e.substitutionByCountry().isEmpty() || !e.exportSupplyByCountry().isEmpty()) {
            throw new IllegalArgumentException("the Spark engine takes global elasticities only, not per-country ones");
        }
        this.seed = p.seed();
        this.runs = p.runs();
        this.resolution = p.resolution();
        this.hubs = p.hubs();
        this.exportTaxRate = p.exportTaxRate();
        this.importDemand = e.importDemand();
        this.substitution = e.substitution();
        this.exportSupply = e.exportSupply();
        this.focus = p.focus();
        this.nullDraws = p.nullDraws();
        this.descriptions = new java.util.HashMap<>(descriptions);
        this.baciRows = baciRows;
    }

    AtlasParameters parameters() {
        return new AtlasParameters(seed, runs, resolution, hubs, exportTaxRate,
                new Elasticities(importDemand, substitution, exportSupply, Map.of(), Map.of(), Map.of()), focus, nullDraws);
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        CountryRegistry registry = CountryRegistry.standard();
        List<Flow> flows = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            flows.add(baciRows ? FlowRows.baci(r, registry) : FlowRows.flow(r));
        }
        if (baciRows) {
            BaciRows.requireUniquePairs(flows);
        }
        Flow first = flows.get(0);
        AtlasRow row = new ProductYearAnalysis(parameters()).analyse(first.hs6(), first.year(),
                descriptions.getOrDefault(first.hs6(), ""), flows, BaciRows.nodes(flows, registry));
        return List.of(RowFactory.create(row.values(!focus.isEmpty()).toArray())).iterator();
    }
}

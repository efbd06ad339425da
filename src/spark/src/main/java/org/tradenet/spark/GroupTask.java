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
 * What an executor does with one (product, year) group of BACI rows: turn them into flows
 * ({@link BaciRows}), analyse them ({@link ProductYearAnalysis}) and return the {@link
 * AtlasRow} as a Spark row. Serializable: it carries the parameters as plain values, and the
 * product descriptions.
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

    GroupTask(AtlasParameters p, Map<String, String> descriptions) {
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
            try {
                if (r.isNullAt(0) || r.isNullAt(1) || r.isNullAt(2) || r.isNullAt(3) || r.isNullAt(4)) {
                    throw new IllegalArgumentException("t, i, j, k and v must not be empty");
                }
                flows.add(BaciRows.flow(r.getInt(0), r.getInt(1), r.getInt(2), r.getString(3), r.getDouble(4),
                        r.isNullAt(5) ? null : r.getDouble(5), registry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("BACI row " + r.mkString(",") + ": " + e.getMessage(), e);
            }
        }
        BaciRows.requireUniquePairs(flows);
        Flow first = flows.get(0);
        AtlasRow row = new ProductYearAnalysis(parameters()).analyse(first.hs6(), first.year(),
                descriptions.getOrDefault(first.hs6(), ""), flows, BaciRows.nodes(flows, registry));
        return List.of(RowFactory.create(row.values(!focus.isEmpty()).toArray())).iterator();
    }
}

package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares a result with a case of the numpy/scipy oracle (test-fixtures/gsim/oracle.json). */
final class OracleAssert {

    private OracleAssert() {
    }

    static void matches(GsimModel model, ShockResult res, JsonNode expected, double tol) {
        double[] x = FrancoisHall.vector(expected.get("worldPriceChange"));
        double[] dpc = FrancoisHall.vector(expected.get("compositePriceChange"));
        double[][] vol = FrancoisHall.matrix(expected.get("volume"));
        for (int i = 0; i < model.size(); i++) {
            String id = model.ids().get(i);
            assertThat(res.worldPriceChange().get(id)).as("x %s %s", res.scenario().name(), id).isCloseTo(x[i], within(tol));
            assertThat(res.compositePriceChange().get(id)).as("dPc %s %s", res.scenario().name(), id).isCloseTo(dpc[i], within(tol));
        }
        for (ShockResult.FlowChange f : res.flows()) {
            int r = model.indexOf(f.exporter()).orElseThrow();
            int v = model.indexOf(f.importer()).orElseThrow();
            assertThat(f.volumeAfter()).as("volume %s→%s", f.exporter(), f.importer()).isCloseTo(vol[r][v], within(tol * 1000));
        }
        JsonNode w = expected.get("welfare");
        for (int i = 0; i < model.size(); i++) {
            WelfareChange c = res.welfare().get(model.ids().get(i));
            assertThat(c.producerSurplus()).isCloseTo(w.get("producerSurplus").get(i).asDouble(), within(tol * 1000));
            assertThat(c.consumerSurplus()).isCloseTo(w.get("consumerSurplus").get(i).asDouble(), within(tol * 1000));
            assertThat(c.consumerSurplusTextbook()).isCloseTo(w.get("consumerSurplusTextbook").get(i).asDouble(), within(tol * 1000));
            assertThat(c.tariffRevenue()).isCloseTo(w.get("tariffRevenue").get(i).asDouble(), within(tol * 1000));
            assertThat(c.exportTaxRevenue()).isCloseTo(w.get("exportTaxRevenue").get(i).asDouble(), within(tol * 1000));
        }
    }
}

package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares a result with a case of the numpy/scipy oracle (test-fixtures/gsim/oracle.json). */
final class OracleAssert {

    private OracleAssert() {
    }

    /** A JSON array of numbers, null read as NaN (the oracle writes null for an infinite or undefined value). */
    static double[] values(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).isNull() ? Double.NaN : a.get(i).asDouble();
        }
        return out;
    }

    private static void close(double actual, JsonNode expected, double tol, String what) {
        if (expected.isNull()) {
            assertThat(Double.isFinite(actual)).as(what + " is not finite").isFalse();
        } else {
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(tol));
        }
    }

    static void matches(GsimModel model, ShockResult res, JsonNode expected, double tol) {
        double[] x = FrancoisHall.vector(expected.get("worldPriceChange"));
        double[] dpc = values(expected.get("compositePriceChange"));
        double[][] vol = FrancoisHall.matrix(expected.get("volume"));
        for (int i = 0; i < model.size(); i++) {
            String id = model.ids().get(i);
            assertThat(res.worldPriceChange().get(id)).as("x %s %s", res.scenario().name(), id).isCloseTo(x[i], within(tol));
            if (Double.isNaN(dpc[i])) {
                assertThat(res.compositePriceChange().get(id)).as("dPc %s %s", res.scenario().name(), id).isInfinite();
            } else {
                assertThat(res.compositePriceChange().get(id)).as("dPc %s %s", res.scenario().name(), id).isCloseTo(dpc[i], within(tol));
            }
        }
        for (ShockResult.FlowChange f : res.flows()) {
            int r = model.indexOf(f.exporter()).orElseThrow();
            int v = model.indexOf(f.importer()).orElseThrow();
            assertThat(f.volumeAfter()).as("volume %s→%s", f.exporter(), f.importer()).isCloseTo(vol[r][v], within(tol * 1000));
        }
        JsonNode w = expected.get("welfare");
        for (int i = 0; i < model.size(); i++) {
            WelfareChange c = res.welfare().get(model.ids().get(i));
            String what = res.scenario().name() + " " + model.ids().get(i) + " ";
            close(c.producerSurplus(), w.get("producerSurplus").get(i), tol * 1000, what + "producer surplus");
            close(c.consumerSurplus(), w.get("consumerSurplus").get(i), tol * 1000, what + "consumer surplus");
            close(c.consumerSurplusTextbook(), w.get("consumerSurplusTextbook").get(i), tol * 1000, what + "textbook consumer surplus");
            close(c.tariffRevenue(), w.get("tariffRevenue").get(i), tol * 1000, what + "tariff revenue");
            close(c.exportTaxRevenue(), w.get("exportTaxRevenue").get(i), tol * 1000, what + "export-tax revenue");
        }
    }
}

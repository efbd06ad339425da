package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Invariants every solve must satisfy, checked from the public result alone. */
final class ShockChecks {

    private ShockChecks() {
    }

    /**
     * Clearing: for every exporter, the new volume of its sales equals its new supply,
     * {@code S*(1 + Ex*x)} (linear) or {@code S*(1+x)^Ex} (levels); relative to base sales.
     */
    static void clearing(GsimModel model, ShockResult res, double tol) {
        for (int r = 0; r < model.size(); r++) {
            double sales = model.sales(r);
            if (sales <= 0) {
                continue;
            }
            String id = model.ids().get(r);
            double sold = res.flows().stream().filter(f -> f.exporter().equals(id)).mapToDouble(ShockResult.FlowChange::volumeAfter).sum();
            double x = res.worldPriceChange().get(id);
            double ex = model.elasticities().exportSupply(id);
            double supply = res.form() == Form.LINEAR ? sales * (1 + ex * x) : sales * Math.pow(1 + x, ex);
            assertThat((sold - supply) / sales).as("clearing of %s", id).isCloseTo(0.0, within(tol));
        }
    }

    /** Conservation: totals equal the sums of the flows; value = volume × new world price. */
    static void conservation(ShockResult res, double tol) {
        double before = 0;
        double after = 0;
        double producer = 0;
        double volume = 0;
        for (ShockResult.FlowChange f : res.flows()) {
            double x = res.worldPriceChange().get(f.exporter());
            assertThat(f.producerValueAfter()).isCloseTo(f.volumeAfter() * (1 + x), within(tol * Math.max(1, f.valueBefore())));
            assertThat(f.valueAfter()).isCloseTo(f.producerValueAfter() * (1 + f.exportTaxAfter()),
                    within(tol * Math.max(1, f.valueBefore())));
            if (!f.domestic()) {
                before += f.valueBefore();
                after += f.valueAfter();
                producer += f.producerValueAfter();
                volume += f.volumeAfter();
            }
        }
        assertThat(res.totals().valueBefore()).isCloseTo(before, within(tol * before));
        assertThat(res.totals().valueAfter()).isCloseTo(after, within(tol * Math.max(1, before)));
        assertThat(res.totals().producerValueAfter()).isCloseTo(producer, within(tol * Math.max(1, before)));
        assertThat(res.totals().volumeAfter()).isCloseTo(volume, within(tol * Math.max(1, before)));
        for (WelfareChange w : res.welfare().values()) {
            if (!Double.isNaN(w.total())) {
                assertThat(w.total()).isCloseTo(w.producerSurplus() + w.consumerSurplus() + w.tariffRevenue()
                        + w.exportTaxRevenue(), within(1e-9 * Math.max(1, Math.abs(w.total()))));
            }
        }
    }
}

package org.tradenet.shock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exact CES areas; the levels-form solves are checked against scipy's quad in LevelsSolverTest (oracle.json). */
class WelfareTest {

    @Test
    void unitElasticDemandGivesTheLogarithm() {
        assertThat(Welfare.exactConsumerSurplus(100, 0.1, -1.0)).isCloseTo(-100 * Math.log(1.1), within(1e-12));
        // the general formula tends to the logarithm as Em -> -1
        assertThat(Welfare.exactConsumerSurplus(100, 0.1, -1.0 + 1e-7)).isCloseTo(-100 * Math.log(1.1), within(1e-5));
    }

    @Test
    void smallPriceChangesAgreeWithTheSecondOrderFormulas() {
        double d = 1e-3;
        double exact = Welfare.exactConsumerSurplus(500, d, -1.25);
        double textbook = -500 * d * (1 + 0.5 * -1.25 * d);
        assertThat(exact).isCloseTo(textbook, within(500 * d * d * d));
        double ps = Welfare.exactProducerSurplus(200, d, 1.5);
        assertThat(ps).isCloseTo(200 * d * (1 + 0.5 * 1.5 * d), within(200 * d * d * d));
    }

    @Test
    void lostMarketsLoseTheWholeArea() {
        assertThat(Welfare.exactConsumerSurplus(337.5, Double.POSITIVE_INFINITY, -1.25)).isCloseTo(-1350.0, within(1e-9));
        assertThat(Welfare.exactConsumerSurplus(337.5, Double.POSITIVE_INFINITY, -0.8)).isNaN();
        assertThat(Welfare.exactProducerSurplus(60, -1.0, 1.5)).isCloseTo(-24.0, within(1e-12));
        assertThat(Welfare.exactProducerSurplus(60, 0.2, Double.POSITIVE_INFINITY)).isZero();
    }
}

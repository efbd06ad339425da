package org.tradenet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the networkx/igraph reference values of test-fixtures/metrics (made by make_fixtures.py). */
final class Fixtures {

    private Fixtures() {
    }

    static JsonNode read(String name) throws IOException {
        return new ObjectMapper().readTree(Path.of("test-fixtures", "metrics", name + ".json").toFile());
    }

    /** A per-node fixture column in the order of {@code ids}; NaN where the fixture has no value. */
    static double[] column(JsonNode fixture, String key, List<String> ids) {
        JsonNode col = fixture.get(key);
        assertThat(col).as("fixture column " + key).isNotNull();
        double[] v = new double[ids.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = col.get(ids.get(i));
            v[i] = x == null || x.isNull() ? Double.NaN : x.asDouble();
        }
        return v;
    }

    /** Asserts {@code |actual - expected| <= tol · max(1, |expected|)} node by node. */
    static void assertClose(String what, double[] actual, double[] expected, double tol, List<String> ids) {
        assertThat(actual).as(what + ": length").hasSize(expected.length);
        for (int i = 0; i < actual.length; i++) {
            double e = expected[i];
            if (Double.isNaN(e)) {
                assertThat(actual[i]).as(what + " at " + ids.get(i)).isNaN();
                continue;
            }
            assertThat(actual[i]).as(what + " at " + ids.get(i)).isCloseTo(e, org.assertj.core.data.Offset.offset(tol * Math.max(1, Math.abs(e))));
        }
    }
}

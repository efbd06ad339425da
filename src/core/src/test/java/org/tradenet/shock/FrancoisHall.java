package org.tradenet.shock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The 4×4 example of Francois &amp; Hall (test-fixtures/gsim) and the numpy/scipy oracle. */
final class FrancoisHall {

    static final Path DIR = Path.of("test-fixtures", "gsim");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FrancoisHall() {
    }

    static JsonNode example() throws IOException {
        return MAPPER.readTree(DIR.resolve("francois-hall-4x4.json").toFile());
    }

    static JsonNode oracle() throws IOException {
        return MAPPER.readTree(DIR.resolve("oracle.json").toFile());
    }

    static List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        example().get("regions").forEach(r -> ids.add(r.asText()));
        return ids;
    }

    static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[node.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = node.get(i).get(j).asDouble();
            }
        }
        return m;
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    /** The calibrated 4×4 model with its elasticities -1.25, 5, 1.5. */
    static GsimModel model() throws IOException {
        JsonNode d = example();
        JsonNode el = d.get("elasticities");
        Elasticities e = Elasticities.defaults().withImportDemand(el.get("import_demand").asDouble())
                .withSubstitution(el.get("substitution").asDouble()).withExportSupply(el.get("export_supply").asDouble());
        return GsimModel.of(ids(), matrix(d.get("flows")), matrix(d.get("tariff_power")), e);
    }

    /** The US–EU free-trade scenario of the example. */
    static Scenario usEuFta() {
        return Scenario.parse("{\"name\":\"us-eu-fta\",\"measures\":[{\"type\":\"remove-tariffs\",\"importers\":[\"US\",\"EU\"],"
                + "\"exporters\":[\"US\",\"EU\"]}]}", "test");
    }

    /** A scenario from one oracle case's measures. */
    static Scenario scenario(JsonNode oracleCase) {
        return Scenario.parse("{\"name\":\"" + oracleCase.get("name").asText() + "\",\"measures\":"
                + oracleCase.get("measures").toString() + "}", "oracle");
    }
}

package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BACI file of four million rows is summarised by a JVM limited to 256 MB of heap: the
 * rows alone, held as flows, would need about 460 MB (the duplicate check needs 12 bytes a row, under 150 MB at its peak), so this passes only if reading
 * streams into the network.
 */
@Tag("slow")
class LargeFileStreamingTest {

    @Test
    void fourMillionRowsInABoundedHeap(@TempDir Path dir) throws Exception {
        List<Integer> codes = new ArrayList<>();
        // 200 country codes from the registry's numeric codes.
        for (int code = 1; code < 1000 && codes.size() < 200; code++) {
            var c = CountryRegistry.standard().byCode(code);
            if (c.isPresent() && c.get().kind() == Country.Kind.COUNTRY && c.get().id().equals(
                    CountryRegistry.standard().byAlpha(c.get().id()).map(Country::id).orElse(""))
                    && codes.stream().noneMatch(x -> CountryRegistry.standard().byCode(x).get().equals(c.get()))) {
                codes.add(code);
            }
        }
        assertThat(codes).hasSize(200);
        Path file = dir.resolve("big-baci.csv");
        Random rnd = new Random(7);
        long rows = 0;
        double total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("t,i,j,k,v,q\n");
            for (int product = 0; product < 101; product++) {
                String k = String.valueOf(850000 + product);
                for (int a : codes) {
                    for (int b : codes) {
                        if (a == b) {
                            continue;
                        }
                        double v = 1 + rnd.nextInt(1000);
                        total += v;
                        w.write("2024," + a + "," + b + "," + k + "," + v + ",NA\n");
                        rows++;
                    }
                }
            }
        }
        assertThat(rows).isGreaterThan(4_000_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.tradenet.cli.Main", "summary", file.toString(), "--format", "json")
                .redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.get("nodes").asInt()).isEqualTo(200);
        assertThat(j.get("links").asInt()).isEqualTo(200 * 199);
        assertThat(j.get("totalValueUsd").asDouble()).isEqualTo(total * 1000, org.assertj.core.api.Assertions.within(1e-6 * total * 1000));
    }
}

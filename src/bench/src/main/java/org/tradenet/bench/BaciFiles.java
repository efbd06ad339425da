package org.tradenet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;

/**
 * Writes BACI-format files ({@code t,i,j,k,v,q}) of a given number of rows for the read
 * benchmarks: 200 countries by their BACI numeric codes, every ordered pair once per product,
 * products numbered from 100000 as needed, values in thousand USD drawn uniformly from
 * 0.1–10,000 (seeded), quantities {@code NA}. 10 million rows make about 250 products and a
 * 200-node network of 39,800 links, so the file is hundreds of MB while the network is small.
 */
public final class BaciFiles {

    private BaciFiles() {
    }

    /** Writes {@code rows} rows to {@code file}. */
    public static void write(Path file, long rows, long seed) throws IOException {
        List<Integer> codes = new ArrayList<>();
        List<Country> seen = new ArrayList<>();
        CountryRegistry reg = CountryRegistry.standard();
        for (int code = 1; code < 1000 && codes.size() < 200; code++) {
            var c = reg.byCode(code);
            if (c.isPresent() && c.get().kind() == Country.Kind.COUNTRY && !seen.contains(c.get())) {
                codes.add(code);
                seen.add(c.get());
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        long written = 0;
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("t,i,j,k,v,q\n");
            for (int product = 0; written < rows; product++) {
                for (int a : codes) {
                    for (int b : codes) {
                        if (a != b && written < rows) {
                            line.setLength(0);
                            line.append("2024,").append(a).append(',').append(b).append(',').append(100000 + product)
                                    .append(',').append((1 + rnd.nextInt(100000)) / 10.0).append(",NA\n");
                            w.append(line);
                            written++;
                        }
                    }
                }
            }
        }
    }
}

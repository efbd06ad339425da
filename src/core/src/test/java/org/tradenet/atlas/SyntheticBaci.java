package org.tradenet.atlas;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.tradenet.data.Country;
import org.tradenet.data.CountryRegistry;

/**
 * Synthetic BACI files ({@code t,i,j,k,v,q}, v in thousand USD, q in tonnes or NA) in BACI's
 * own row order (year, then exporter, importer, product), with two groups per year whose
 * answer is known exactly:
 * <ul>
 * <li>k = 10121 (HS 010121, written without its leading zero as BACI does): a monopoly, the
 *     first country sells 1.000 (thousand USD) to each of the next ten: HHI 1, top-exporter
 *     share 1, every importer over 50%, 11 countries, 10 links, USD 10,000.</li>
 * <li>k = 10129: the first four countries each sell 1.000 to each of the next five: HHI 0.25,
 *     top-exporter share 0.25 (ties to the lowest id), top-3 share 0.75, no importer over 50%,
 *     9 countries, 20 links, USD 20,000.</li>
 * </ul>
 * Every other product k = 100000 + 7p gets random flows: each exporter–importer pair trades
 * it with probability {@code density}, a value from a heavy-tailed distribution.
 */
public final class SyntheticBaci {

    /** The HS6 code of the monopoly group. */
    public static final String MONOPOLY = "010121";
    /** The HS6 code of the four-equal-exporters group. */
    public static final String FOUR_EQUAL = "010129";

    private SyntheticBaci() {
    }

    /** BACI codes of {@code n} countries of the standard table (kind country), in code order. */
    public static int[] countryCodes(int n) {
        CountryRegistry r = CountryRegistry.standard();
        List<Integer> codes = new ArrayList<>();
        for (int code = 1; code < 1000 && codes.size() < n; code++) {
            var c = r.byCode(code);
            if (c.isPresent() && c.get().kind() == Country.Kind.COUNTRY && r.byCode(code).get().id().length() == 3
                    && codes.stream().noneMatch(k -> r.byCode(k).get().id().equals(c.get().id()))) {
                codes.add(code);
            }
        }
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The ids, in the order of {@link #countryCodes}. */
    public static String id(int code) {
        return CountryRegistry.standard().byCode(code).orElseThrow().id();
    }

    /**
     * Writes a file.
     *
     * @param file      where (a {@code .gz} name is compressed)
     * @param years     the years
     * @param products  random products per year (besides the two known groups)
     * @param countries countries (at least 11)
     * @param density   probability that a pair trades a random product
     * @param seed      the seed
     * @return the number of data rows written
     */
    public static long write(Path file, int[] years, int products, int countries, double density, long seed) throws IOException {
        int[] codes = countryCodes(countries);
        SplittableRandom rnd = new SplittableRandom(seed);
        long rows = 0;
        var raw = Files.newOutputStream(file);
        var stream = file.toString().endsWith(".gz") ? new java.util.zip.GZIPOutputStream(raw, 1 << 16) : raw;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("t,i,j,k,v,q\n");
            StringBuilder line = new StringBuilder(64);
            for (int t : years) {
                for (int a = 0; a < codes.length; a++) {
                    for (int b = 0; b < codes.length; b++) {
                        if (a == b) {
                            continue;
                        }
                        if (a == 0 && b >= 1 && b <= 10) {
                            w.write(t + "," + codes[a] + "," + codes[b] + ",10121,1.000,NA\n");
                            rows++;
                        }
                        if (a < 4 && b >= 4 && b <= 8) {
                            w.write(t + "," + codes[a] + "," + codes[b] + ",10129,1.000,0.5\n");
                            rows++;
                        }
                        for (int p = 0; p < products; p++) {
                            if (rnd.nextDouble() >= density) {
                                continue;
                            }
                            double v = Math.floor(1000 * Math.exp(4 * rnd.nextDouble()) * (1 + 20 * rnd.nextDouble() * rnd.nextDouble())) / 1000;
                            line.setLength(0);
                            line.append(t).append(',').append(codes[a]).append(',').append(codes[b]).append(',')
                                    .append(100000 + 7 * p).append(',').append(String.format(Locale.ROOT, "%.3f", v)).append(',');
                            if (rnd.nextInt(5) == 0) {
                                line.append("NA");
                            } else {
                                line.append(String.format(Locale.ROOT, "%.3f", v / 3));
                            }
                            w.write(line.append('\n').toString());
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }
}

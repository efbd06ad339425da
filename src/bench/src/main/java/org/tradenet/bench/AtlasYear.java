package org.tradenet.bench;

import java.nio.file.Path;

import org.tradenet.atlas.SyntheticBaci;

/**
 * Writes the atlas benchmark's synthetic full year: BACI layout in BACI's row order (exporter,
 * importer, product), 150 real countries, 5,000 random products plus the two known groups of
 * {@link SyntheticBaci}, each ordered pair trading a product with probability 0.0895: about 10
 * million rows. Seeded (42). Usage: {@code java -cp benchmarks.jar org.tradenet.bench.AtlasYear FILE [PRODUCTS]}: fewer
 * products (default 5,000) make a smaller year of about 2,000 rows a product, to try the benchmark out. Prints the
 * number of rows written.
 */
public final class AtlasYear {

    private AtlasYear() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: AtlasYear FILE [PRODUCTS]");
            System.exit(2);
        }
        int products = args.length == 2 ? Integer.parseInt(args[1]) : 5000;
        long rows = SyntheticBaci.write(Path.of(args[0]), new int[] {2022}, products, 150, 0.0895, 42);
        System.out.println(rows);
    }
}

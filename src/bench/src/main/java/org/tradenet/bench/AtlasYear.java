package org.tradenet.bench;

import java.nio.file.Path;

import org.tradenet.atlas.SyntheticBaci;

/**
 * Writes the atlas benchmark's synthetic full year: BACI layout in BACI's row order (exporter,
 * importer, product), 150 real countries, 5,000 random products plus the two known groups of
 * {@link SyntheticBaci}, each ordered pair trading a product with probability 0.0895: about 10
 * million rows. Seeded (42). Usage: {@code java -cp benchmarks.jar org.tradenet.bench.AtlasYear FILE}.
 */
public final class AtlasYear {

    private AtlasYear() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AtlasYear FILE");
            System.exit(2);
        }
        long rows = SyntheticBaci.write(Path.of(args[0]), new int[] {2022}, 5000, 150, 0.0895, 42);
        System.out.println(rows);
    }
}

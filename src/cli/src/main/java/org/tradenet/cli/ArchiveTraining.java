package org.tradenet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.tradenet.report.AtomicFiles;

/**
 * The training run behind the launcher's class-data-sharing archive: runs the commands users
 * run most, in one JVM, with their output discarded, so that a JVM started with
 * {@code -XX:DumpLoadedClassList} lists every class they load; the launcher dumps those
 * classes into a static archive ({@code -Xshare:dump}), and a later {@code tradenet} maps them
 * from the archive instead of reading, verifying and linking them from the jar. The runs are ordinary commands on the shipped data and two small generated files
 * (a generic graph and a BACI year file); nothing is kept after the run.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /**
     * Runs the training commands; exits 0 when every one of them succeeded, 1 otherwise (the
     * launcher then keeps no archive).
     *
     * @param args ignored: the runs are fixed, so every archive records the same classes
     * @throws IOException when the temporary directory or its two input files cannot be
     *         written, or the directory cannot be removed afterwards
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("tradenet-archive");
        try {
            Path graph = dir.resolve("graph.csv");
            StringBuilder g = new StringBuilder("source,target,weight\n");
            for (int i = 0; i < 400; i++) {
                g.append(i).append(',').append((i * 7 + 1) % 400).append(',').append(1 + i % 3).append('\n');
                g.append(i).append(',').append((i / 10) * 10).append(",1.5\n");
            }
            AtomicFiles.writeString(graph, g.toString());
            Path baci = dir.resolve("baci.csv");
            StringBuilder b = new StringBuilder("t,i,j,k,v,q\n");
            int[] codes = {156, 842, 276, 392, 410, 699};
            for (int e : codes) {
                for (int i : codes) {
                    if (e != i) {
                        b.append("2022,").append(e).append(',').append(i).append(",280530,").append(e + i).append(".5,1.25\n");
                    }
                }
            }
            AtomicFiles.writeString(baci, b.toString());
            String out = dir.resolve("out").toString();
            List<String[]> runs = List.of(
                    new String[] {"summary"},
                    new String[] {"summary", "--format", "json"},
                    new String[] {"summary", graph.toString(), "--undirected"},
                    new String[] {"summary", baci.toString()},
                    new String[] {"communities", graph.toString(), "--undirected", "--format", "json"},
                    new String[] {"communities", "--format", "markdown"},
                    new String[] {"metrics"},
                    new String[] {"hubs"},
                    new String[] {"shock", "--scenario", "china-export-tax-25"},
                    new String[] {"analyze", "-o", out},
                    new String[] {"--help"});
            PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            int failed = 0;
            for (String[] run : runs) {
                if (Main.run(run, sink, err) != ExitCodes.OK) {
                    System.err.println("archive training: 'tradenet " + String.join(" ", run) + "' failed");
                    failed++;
                }
            }
            if (failed > 0) {
                System.exit(1);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

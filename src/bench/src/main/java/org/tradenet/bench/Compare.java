package org.tradenet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.tradenet.community.CommunityResult;
import org.tradenet.community.Leiden;
import org.tradenet.community.LeidenParameters;
import org.tradenet.community.Louvain;
import org.tradenet.metrics.Betweenness;
import org.tradenet.metrics.BetweennessParameters;
import org.tradenet.metrics.Closeness;
import org.tradenet.metrics.ClosenessParameters;
import org.tradenet.metrics.DistanceKind;
import org.tradenet.metrics.Hits;
import org.tradenet.metrics.IterationParameters;
import org.tradenet.metrics.NodeScores;
import org.tradenet.metrics.PageRank;
import org.tradenet.metrics.PageRankParameters;
import org.tradenet.network.CompactGraph;
import org.tradenet.network.NetworkSpec;
import org.tradenet.network.TradeNetwork;
import org.tradenet.shock.Elasticities;
import org.tradenet.shock.GsimModel;
import org.tradenet.shock.LevelsSolver;
import org.tradenet.shock.LinearSolver;
import org.tradenet.shock.Scenario;
import org.tradenet.shock.Sensitivity;
import org.tradenet.shock.ShockSolver;
import org.tradenet.shock.TariffSchedule;

/**
 * tradenet's side of {@code bench/compare.sh}: one process per graph and task, which loads
 * the input, warms the JIT up, times the task in-process and prints one JSON line. The
 * whole-process time is measured by the caller.
 *
 * <pre>
 * Compare generate DIR                         trade200.csv, rare-earths.csv, baci-10M.csv into DIR
 * Compare graph FILE NODES directed|undirected TASK [hops|inverse]
 *         TASK: leiden, leiden-converged (tolerance 0), louvain (undirected modularity; W + Wᵀ of a directed graph),
 *               leiden-directed, louvain-directed, pagerank, betweenness, closeness, hits
 * Compare gsim rare-earths|synthetic200 SCENARIO linear|levels|sensitivity-linear|sensitivity-levels
 * Compare baci FILE
 * </pre>
 *
 * <p>Timing: warm-up runs until at least 3 runs and 3 s (at most 20 s, at least one run),
 * then measured runs until at least 3 runs and 1 s, or 10 s (at least one); the median is printed.
 */
public final class Compare {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seed of every randomised task. */
    static final long SEED = 42;

    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, Object> out = switch (args[0]) {
            case "generate" -> generate(Path.of(arg(args, 1)));
            case "graph" -> graph(Path.of(arg(args, 1)), Integer.parseInt(arg(args, 2)), "directed".equals(arg(args, 3)),
                    arg(args, 4), args.length > 5 ? args[5] : "inverse");
            case "gsim" -> gsim(arg(args, 1), arg(args, 2), arg(args, 3));
            case "baci" -> baci(Path.of(arg(args, 1)));
            default -> {
                usage();
                yield null;
            }
        };
        System.out.println(JSON.writeValueAsString(out));
    }

    private static String arg(String[] args, int i) {
        if (i >= args.length) {
            usage();
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: Compare generate DIR | graph FILE NODES directed|undirected TASK [hops|inverse]"
                + " | gsim MODEL SCENARIO FORM | baci FILE");
        System.exit(2);
    }

    private static Map<String, Object> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> out = new LinkedHashMap<>();
        SyntheticTrade world = SyntheticTrade.generate(200, 5000, SEED);
        CompactGraph trade = world.graph();
        GraphFiles.write(trade, dir.resolve("trade200.csv"));
        out.put("trade200", Map.of("nodes", trade.n(), "arcs", trade.entries(), "productFlows", world.productFlows()));
        CompactGraph re = TradeNetwork.load("rare-earths").compact();
        GraphFiles.write(re, dir.resolve("rare-earths.csv"));
        out.put("rare-earths", Map.of("nodes", re.n(), "arcs", re.entries()));
        Path baci = dir.resolve("baci-10M.csv");
        if (!Files.exists(baci)) {
            BaciFiles.write(baci, 10_000_000L, 1);
        }
        out.put("baci-10M", Map.of("bytes", Files.size(baci), "rows", 10_000_000L));
        return out;
    }

    private static Map<String, Object> graph(Path file, int n, boolean directed, String task, String distanceName)
            throws IOException {
        CompactGraph g = GraphFiles.read(file, n, directed);
        DistanceKind distance = DistanceKind.valueOf(distanceName.toUpperCase(Locale.ROOT));
        Supplier<Object> run = switch (task) {
            case "leiden" -> {
                CompactGraph u = g.symmetrized();
                Leiden l = new Leiden();
                yield () -> l.detect(u);
            }
            case "leiden-converged" -> {
                CompactGraph u = g.symmetrized();
                Leiden l = new Leiden(LeidenParameters.defaults().withTolerance(0));
                yield () -> l.detect(u);
            }
            case "louvain" -> {
                CompactGraph u = g.symmetrized();
                Louvain l = new Louvain();
                yield () -> l.detect(u);
            }
            case "leiden-directed" -> {
                Leiden l = new Leiden();
                yield () -> l.detect(g);
            }
            case "louvain-directed" -> {
                Louvain l = new Louvain();
                yield () -> l.detect(g);
            }
            case "pagerank" -> {
                PageRank p = new PageRank(PageRankParameters.defaults());
                yield () -> p.compute(g);
            }
            case "betweenness" -> {
                Betweenness b = new Betweenness(BetweennessParameters.defaults().withDistance(distance));
                yield () -> b.compute(g);
            }
            case "closeness" -> {
                Closeness c = new Closeness(ClosenessParameters.defaults().withDistance(distance));
                yield () -> c.compute(g);
            }
            case "hits" -> {
                Hits h = new Hits(IterationParameters.defaults());
                yield () -> h.compute(g);
            }
            default -> throw new IllegalArgumentException("unknown task " + task);
        };
        Timing t = Timing.of(run);
        Map<String, Object> out = t.json();
        out.put("nodes", g.n());
        out.put("arcs", g.entries());
        if (t.last instanceof CommunityResult r) {
            out.put("quality", r.quality());
            out.put("communities", r.partition().communityCount());
            out.put("iterations", r.iterations());
        } else if (t.last instanceof NodeScores s) {
            out.put("iterations", s.iterations());
            // PageRank runs in one thread; the searches use up to one per processor (one for small graphs).
            out.put("maxThreads", task.equals("pagerank") ? 1 : Runtime.getRuntime().availableProcessors());
        } else if (t.last instanceof Hits.Scores s) {
            out.put("iterations", s.hub().iterations());
        }
        return out;
    }

    /**
     * The GSIM benchmark models: {@code rare-earths} (the shipped network and tariff schedule,
     * default elasticities) or {@code synthetic200} ({@link SyntheticTrade#model} of the
     * 200-country world).
     */
    static GsimModel model(String name) throws IOException {
        return switch (name) {
            case "rare-earths" -> GsimModel.of(TradeNetwork.load("rare-earths"),
                    TariffSchedule.forDataset("rare-earths").orElse(TariffSchedule.none()), Elasticities.defaults());
            case "synthetic200" -> SyntheticTrade.generate(200, 5000, SEED).model(7);
            default -> throw new IllegalArgumentException("unknown model " + name);
        };
    }

    private static Map<String, Object> gsim(String modelName, String scenarioName, String form) throws IOException {
        GsimModel model = model(modelName);
        Scenario scenario = Scenario.load(scenarioName);
        ShockSolver solver = form.endsWith("levels") ? LevelsSolver.defaults() : LinearSolver.create();
        Supplier<Object> run;
        if (form.startsWith("sensitivity")) {
            List<String> exporters = Sensitivity.largestExporters(model, 3);
            List<String> traders = Sensitivity.largestTraders(model, 5);
            run = () -> Sensitivity.run(model, scenario, solver, Sensitivity.Ranges.defaults(), 1000, SEED, exporters,
                    traders, i -> { });
        } else {
            run = () -> solver.solve(model, scenario);
        }
        Timing t = Timing.of(run);
        Map<String, Object> out = t.json();
        out.put("countries", model.size());
        out.put("tradeFlows", model.tradeFlows());
        if (t.last instanceof Sensitivity.Result r) {
            out.put("samples", r.samples());
            out.put("converged", r.converged());
        }
        return out;
    }

    private static Map<String, Object> baci(Path file) throws IOException {
        Supplier<Object> run = () -> {
            try {
                return TradeNetwork.load(file.toString(), NetworkSpec.defaults());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Timing t = Timing.of(run, 1, 0, 3, 0);
        Map<String, Object> out = t.json();
        TradeNetwork net = (TradeNetwork) t.last;
        out.put("bytes", Files.size(file));
        out.put("nodes", net.nodeCount());
        out.put("links", net.linkCount());
        out.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        out.put("retainedHeapBytes", retainedHeap(net));
        return out;
    }

    /** Heap in use after a full collection while {@code keep} is still referenced. */
    private static long retainedHeap(Object keep) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        java.lang.ref.Reference.reachabilityFence(keep);
        return used;
    }

    /** Warm-up and measured runs of one task. */
    static final class Timing {
        final int warmups;
        final double[] seconds;
        final Object last;

        private Timing(int warmups, double[] seconds, Object last) {
            this.warmups = warmups;
            this.seconds = seconds;
            this.last = last;
        }

        static Timing of(Supplier<Object> task) {
            return of(task, 3, 3.0, 3, 10.0);
        }

        static Timing of(Supplier<Object> task, int warmRuns, double warmSeconds, int runs, double runSeconds) {
            long start = System.nanoTime();
            int w = 0;
            while (w < 1 || (w < warmRuns || elapsed(start) < warmSeconds) && elapsed(start) < 20.0) {
                task.get();
                w++;
            }
            List<Double> times = new ArrayList<>();
            Object last = null;
            long measured = System.nanoTime();
            // At least `runs` calls and one second of them (so that a task of a millisecond is the
            // median of hundreds of calls, not of three that may fall in a late compilation), at
            // most `runSeconds` once `runs` are done.
            while (times.isEmpty() || (times.size() < runs || elapsed(measured) < Math.min(1.0, runSeconds))
                    && elapsed(measured) < runSeconds) {
                long t0 = System.nanoTime();
                last = task.get();
                times.add((System.nanoTime() - t0) / 1e9);
            }
            return new Timing(w, times.stream().mapToDouble(Double::doubleValue).toArray(), last);
        }

        private static double elapsed(long since) {
            return (System.nanoTime() - since) / 1e9;
        }

        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            int k = s.length;
            return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tool", "tradenet");
            m.put("seconds", median());
            m.put("runs", seconds.length);
            m.put("warmups", warmups);
            return m;
        }
    }
}

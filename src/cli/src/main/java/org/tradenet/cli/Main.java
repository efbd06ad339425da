package org.tradenet.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.tradenet.TradenetVersion;
import org.tradenet.data.DataFormatException;
import org.tradenet.report.ControlCharacters;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code tradenet}: trade-network analysis from the command line. Maps failures to exit
 * codes in one place: 2 usage, 3 bad input, 4 model did not converge, 1 internal error.
 * Stack traces only with {@code --debug}.
 */
@Command(name = "tradenet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Trade-network analysis: data to network, metrics, communities, GSIM trade shocks.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order help lists them. Not in the {@code @Command} annotation:
     * picocli would inspect all of them on every start; {@link #commandLine(String[])} adds only
     * the one a command line names.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            AnalyzeCommand.class,
            SummaryCommand.class,
            ConvertCommand.class,
            DatasetsCommand.class,
            ShockCommand.class,
            ScenariosCommand.class,
            MetricsCommand.class,
            HubsCommand.class,
            CommunitiesCommand.class,
            ComparePartitionsCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            NotebooksCommand.class,
            TimelineCommand.class,
            ChainCommand.class,
            AtlasCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its exit code (0 ok, 2 usage, 3 bad input, 4 not converged, 1 internal).
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line with the given terminal streams and returns the exit code (for tests).
     *
     * @param args the command-line arguments
     * @param out the terminal's standard output
     * @param err the terminal's standard error, for messages and skipped rows
     * @return the exit code (0 ok, 2 usage, 3 bad input, 4 not converged, 1 internal)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /** The one line for a run that ran out of memory (made before any memory runs out). */
    static final String OUT_OF_MEMORY = "tradenet: out of memory; give Java more with TRADENET_JAVA_OPTS, e.g. "
            + "TRADENET_JAVA_OPTS=-Xmx4g (the Java heap now holds at most ";

    /**
     * {@return the configured command line with every subcommand added, as the usage and
     * {@code help} show it}
     */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured command line for {@code argv}: when the first word that is not an option
     * names a subcommand (other than {@code help} and {@code completion}), only that subcommand is added, so a run
     * inspects and loads the classes of the command it runs and no others; otherwise all are
     * (the usage lists them, {@code help} and unknown names need them).
     */
    static CommandLine commandLine(String[] argv) {
        CommandLine cl = new CommandLine(new Main());
        String word = null;
        for (String a : argv) {
            if (!a.startsWith("-")) {
                word = a;
                break;
            }
        }
        Class<?> only = null;
        for (Class<?> c : SUBCOMMANDS) {
            // help and completion describe every command, so they need them all
            if (c != CommandLine.HelpCommand.class && c != CompletionCommand.class
                    && c.getAnnotation(Command.class).name().equals(word)) {
                only = c;
            }
        }
        for (Class<?> c : only != null ? List.<Class<?>>of(only) : SUBCOMMANDS) {
            cl.addSubcommand(c);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug") || hasDebug(parseResult);
            PrintWriter err = commandLine.getErr();
            if (debug) {
                ex.printStackTrace(err);
            }
            int code = exitCode(ex);
            err.println("tradenet: " + message(ex));
            if (code == ExitCodes.INTERNAL && !debug) {
                err.println("tradenet: this is a bug; run again with --debug for details");
            }
            err.flush();
            return code;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("tradenet: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    private static boolean hasDebug(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof UserException u) {
            return u.exitCode();
        }
        if (ex instanceof DataFormatException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof java.io.IOException || ex instanceof UncheckedIOException) {
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return ControlCharacters.visible(m.replaceAll("[\\r\\n]+", " "));
    }

    /** The release and build commit that core's build recorded, and the Java running it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                TradenetVersion.current().describe(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
            };
        }
    }
}

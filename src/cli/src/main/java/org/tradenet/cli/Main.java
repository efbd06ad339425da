package org.tradenet.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.tradenet.TradenetVersion;
import org.tradenet.data.DataFormatException;

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
        description = "Trade-network analysis: data to network, metrics, communities, GSIM trade shocks.",
        subcommands = {
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
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

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
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** {@return the configured command line} */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
        return m.replaceAll("[\\r\\n]+", " ");
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

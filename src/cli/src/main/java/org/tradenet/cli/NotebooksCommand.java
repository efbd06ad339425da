package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradenet.report.notebook.Notebooks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet notebooks}: re-run the notebooks and re-export them, or check that the exports are fresh. */
@Command(name = "notebooks", mixinStandardHelpOptions = true,
        description = "Run the notebooks (notebooks/NN-name.md, Java cells run by JShell) and export them with their outputs "
                + "to notebooks-exported/ as .ipynb and .md with SVG figures. With --check, only report exports that are stale.")
final class NotebooksCommand implements Callable<Integer> {

    @Option(names = "--check", description = "Re-run and compare with the exported files; change nothing. Exit 3 when any is stale.")
    boolean check;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "notebooks",
            description = "Where the notebook sources are (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "notebooks-exported",
            description = "Where the exports go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StandardOutput.refuseForFolder("--out", out, "one export per notebook");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter terminal = spec.commandLine().getOut();
        List<Path> sources = Notebooks.sources(source);
        if (sources.isEmpty()) {
            throw new UserException(ExitCodes.BAD_INPUT, source + ": no notebooks (NN-name.md) found");
        }
        if (check) {
            List<String> stale = Notebooks.check(source, out);
            if (!stale.isEmpty()) {
                for (String s : stale) {
                    err.println(out.resolve(s.substring(0, s.indexOf(" ("))) + s.substring(s.indexOf(" (")));
                }
                throw new UserException(ExitCodes.BAD_INPUT, stale.size() + " exported notebook file(s) are stale; run 'tradenet notebooks'");
            }
            terminal.println(sources.size() + " notebook(s) ran; the exports in " + out + " are fresh");
        } else {
            List<String> written = Notebooks.export(source, out);
            terminal.println(sources.size() + " notebook(s) ran; wrote " + written.size() + " files to " + out);
        }
        terminal.flush();
        return ExitCodes.OK;
    }
}

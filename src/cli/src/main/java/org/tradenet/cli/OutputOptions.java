package org.tradenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.tradenet.report.AtomicFiles;
import org.tradenet.report.text.OutputFormat;

import picocli.CommandLine.Option;

/** {@code --format} and {@code --out}, shared by every command that prints a report. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Enums.OutputFormatConverter.class,
            description = "Output format: text, markdown, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all; a link is written through, a device or FIFO "
                    + "written into) instead of the terminal; - is standard output.")
    Path out;

    /** {@return the chosen format} */
    public OutputFormat format() {
        return format;
    }

    /** Writes the rendered report to --out, atomically, or to the terminal. */
    void emit(String content, PrintWriter terminal) {
        if (out == null || out.toString().equals("-")) {
            terminal.print(content);
            terminal.flush();
            return;
        }
        try {
            AtomicFiles.writeString(out, content);
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write: " + e.getMessage());
        }
    }
}

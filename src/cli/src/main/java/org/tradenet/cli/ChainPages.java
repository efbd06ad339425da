package org.tradenet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tradenet.report.AtomicFiles;
import org.tradenet.report.text.ChainReport;
import org.tradenet.report.text.OutputFormat;
import org.tradenet.report.ReportHeader;
import org.tradenet.report.html.ChainPage;

/** Writes a chain analysis to a folder: chain.html and chain.json, each whole or not at all. */
final class ChainPages {

    private ChainPages() {
    }

    static void write(Path dir, ReportHeader header, ChainReport.Input in) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve("chain.json"), ChainReport.render(header, in, OutputFormat.JSON));
            AtomicFiles.writeString(dir.resolve("chain.html"), ChainPage.render(header, in));
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, dir + ": cannot write: " + e.getMessage());
        }
    }
}

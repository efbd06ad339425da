package org.tradenet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tradenet.report.AtomicFiles;
import org.tradenet.report.ChainReport;
import org.tradenet.report.OutputFormat;
import org.tradenet.report.ReportHeader;

/** Writes a chain analysis to a folder: chain.json now, chain.html (report module) when available. */
final class ChainPages {

    private ChainPages() {
    }

    static void write(Path dir, ReportHeader header, ChainReport.Input in) {
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve("chain.json"), ChainReport.render(header, in, OutputFormat.JSON));
        } catch (IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, dir + ": cannot write: " + e.getMessage());
        }
    }
}

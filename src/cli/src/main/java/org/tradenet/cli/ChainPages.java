package org.tradenet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.tradenet.chain.Robustness;
import org.tradenet.chain.ShortageCascade;
import org.tradenet.chain.ValueChain;
import org.tradenet.report.Json;

import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /**
     * {@code tradenet analyze --chain SPEC}: the chain analysis (no scenario) as a section
     * appended to report.md, a {@code chain} field of report.json, and chain.html and
     * chain.json beside them; added to the set of rendered files that analyze then writes
     * all or none.
     */
    static void addToAnalysis(Map<Path, String> content, Path dir, String spec) throws IOException {
        ValueChain chain = ValueChain.load(spec);
        ChainReport.Input in = ChainCommand.analyse(chain, ChainReport.largestOrigin(chain), null,
                ShortageCascade.Parameters.defaults(), Robustness.Parameters.defaults());
        ReportHeader header = ChainCommand.header(chain, spec, in, null);
        content.computeIfPresent(dir.resolve("report.md"), (f, md) -> md + "\n" + ChainReport.markdownSection(header, in));
        Path json = dir.resolve("report.json");
        ObjectNode report = (ObjectNode) Json.mapper().readTree(content.get(json));
        report.set("chain", Json.mapper().readTree(ChainReport.render(header, in, OutputFormat.JSON)));
        content.put(json, Json.write(report));
        content.put(dir.resolve("chain.json"), ChainReport.render(header, in, OutputFormat.JSON));
        content.put(dir.resolve("chain.html"), ChainPage.render(header, in));
    }
}

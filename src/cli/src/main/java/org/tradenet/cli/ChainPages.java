package org.tradenet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.tradenet.chain.ChainScenario;
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
import org.tradenet.report.html.HtmlReport;

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
     * {@code tradenet analyze --chain SPEC [--chain-scenario NAME|FILE]}: the chain analysis,
     * run before the main analysis so that a bad spec or scenario fails at once, then added to
     * the analysis' reports: a section of report.html ({@link #appendTo}), of report.md and a
     * {@code chain} field of report.json, and chain.html and chain.json beside them
     * ({@link #addTo}).
     *
     * @param header the chain analysis' header
     * @param in     the chain analysis
     */
    record AnalysisSection(ReportHeader header, ChainReport.Input in) {

        /** The chain page's file name, beside report.html. */
        static final String PAGE = "chain.html";

        /** Runs the chain analysis of {@code spec}, with {@code scenario} (a name the chain lists or a file) when not null. */
        static AnalysisSection run(String spec, String scenario) throws IOException {
            ValueChain chain = ValueChain.load(spec);
            ChainReport.Input in = ChainCommand.analyse(chain, ChainReport.largestOrigin(chain),
                    scenario == null ? null : ChainScenario.load(scenario, chain), ShortageCascade.Parameters.defaults(),
                    Robustness.Parameters.defaults());
            return new AnalysisSection(ChainCommand.header(chain, spec, in, scenario), in);
        }

        /** Adds the chain section to report.html. */
        void appendTo(HtmlReport page) {
            ChainPage.section(page, header, in, PAGE);
        }

        /**
         * Adds the chain to the set of rendered files that analyze then writes all or none: a
         * section appended to report.md, a {@code chain} field of report.json, chain.html and
         * chain.json.
         */
        void addTo(Map<Path, String> content, Path dir) throws IOException {
            content.computeIfPresent(dir.resolve("report.md"), (f, md) -> md + "\n" + ChainReport.markdownSection(header, in));
            Path json = dir.resolve("report.json");
            ObjectNode report = (ObjectNode) Json.mapper().readTree(content.get(json));
            report.set("chain", Json.mapper().readTree(ChainReport.render(header, in, OutputFormat.JSON)));
            content.put(json, Json.write(report));
            content.put(dir.resolve("chain.json"), ChainReport.render(header, in, OutputFormat.JSON));
            content.put(dir.resolve(PAGE), ChainPage.render(header, in));
        }
    }
}

package org.tradenet.cli;

import java.util.concurrent.Callable;

import org.tradenet.data.Dataset;
import org.tradenet.data.Datasets;
import org.tradenet.report.Json;
import org.tradenet.report.Table;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet datasets}: the shipped data sets and their provenance. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the data sets shipped with tradenet, with source, units, licence and caveats.")
final class DatasetsCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Table t = new Table("name", "title", "source", "licence", "caveat");
        for (Dataset d : Datasets.all()) {
            t.row(d.name(), d.title(), d.source(), d.licence(), d.caveat());
        }
        String out = switch (output.format()) {
            case TEXT -> {
                StringBuilder sb = new StringBuilder();
                for (Dataset d : Datasets.all()) {
                    sb.append(d.name()).append('\n').append("  ").append(d.title()).append('\n')
                            .append("  source:  ").append(d.source()).append('\n')
                            .append("  units:   ").append(d.units()).append('\n')
                            .append("  licence: ").append(d.licence()).append('\n');
                    if (!d.caveat().isEmpty()) {
                        sb.append("  caveat:  ").append(d.caveat()).append('\n');
                    }
                    sb.append('\n');
                }
                yield sb.toString();
            }
            case MARKDOWN -> t.toMarkdown();
            case CSV -> t.toCsv();
            case JSON -> Json.write(Datasets.all());
        };
        output.emit(out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

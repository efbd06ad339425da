package org.tradenet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradenet.data.Flow;
import org.tradenet.data.FlowTable;
import org.tradenet.report.AtomicFiles;
import org.tradenet.report.ControlCharacters;
import org.tradenet.report.Numbers;
import org.tradenet.report.Table;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradenet convert}: any input format to tradenet's edge list, product by product
 * (not aggregated), with values in USD and quantities in tonnes. The shipped data sets in
 * {@code networks/} are made with it ({@code networks/build.sh}).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert BACI, Comtrade (mirror-reconciled), matrix or edge-list input to tradenet's edge list "
                + "exporter,importer,value,quantity,hs6,year (USD, tonnes), one row per product flow.")
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    NetworkOptions network;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The edge list to write (whole or not at all); - is standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        FlowTable table = network.readFlows(err);
        // A generic graph stays one: its weights have no unit, and a trade edge list would read them as USD.
        Table t = table.countryIds() ? new Table("exporter", "importer", "value", "quantity", "hs6", "year")
                : new Table("source", "target", "weight", "quantity", "hs6", "year");
        for (Flow f : table.flows()) {
            t.row(f.exporter(), f.importer(), Numbers.raw(f.valueUsd()), Numbers.raw(f.quantityTonnes()), f.hs6(),
                    f.year() == 0 ? "" : String.valueOf(f.year()));
        }
        try {
            if (out.toString().equals("-")) {
                spec.commandLine().getOut().print(t.toCsv());
                spec.commandLine().getOut().flush();
            } else {
                AtomicFiles.writeString(out, t.toCsv());
            }
        } catch (java.io.IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, out + ": cannot write: " + e.getMessage());
        }
        for (String n : table.report().notes()) {
            err.println("note: " + ControlCharacters.visible(n));
        }
        err.println("wrote " + table.flows().size() + " flows (USD " + Numbers.usd(table.totalValueUsd()) + ") to " + out);
        err.flush();
        return ExitCodes.OK;
    }
}

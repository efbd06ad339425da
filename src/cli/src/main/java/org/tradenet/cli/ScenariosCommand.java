package org.tradenet.cli;

import java.util.concurrent.Callable;

import org.tradenet.report.text.ShockReport;
import org.tradenet.shock.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradenet scenarios}: the built-in GSIM scenarios with what each models. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in trade-shock scenarios (networks/scenarios/) with their descriptions and measures.")
final class ScenariosCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.emit(ShockReport.scenarios(Scenario.builtIns(), output.format()), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

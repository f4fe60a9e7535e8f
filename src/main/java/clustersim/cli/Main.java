package clustersim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The clustersim command line: a thin layer that calls the rooms below it. */
@Command(name = "clustersim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based model of make-or-buy, division of labour and value-added in an industrial cluster.",
        subcommands = {RunCommand.class, ValidateCommand.class, GuiCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, BenchCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status for bad input (scenario, sweep, or command line). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clustersim " + clustersim.experiment.Provenance.version()};
        }
    }
}

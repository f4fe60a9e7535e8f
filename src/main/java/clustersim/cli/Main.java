package clustersim.cli;

import clustersim.io.AtomicFiles;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The clustersim command line: a thin layer that calls the rooms below it. */
@Command(name = "clustersim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based model of make-or-buy, division of labour and value-added in an industrial cluster.",
        exitCodeListHeading = "%nExit status (every command):%n",
        exitCodeList = {
            " 0:success",
            " 1:the environment failed: a file could not be written or read (full disk, read-only file system, "
                    + "permission), a run failed, out of memory",
            " 2:bad input: scenario, sweep or design file, or command line; nothing is written",
            "130:interrupted (Ctrl-C)"},
        subcommands = {RunCommand.class, ValidateCommand.class, GuiCommand.class, SweepCommand.class, MergeCommand.class, SlurmCommand.class, BenchCommand.class,
            FactsCommand.class, CompareCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status when the environment failed: an I/O error, a failed run, too little memory. */
    public static final int FAILED = 1;
    /** Exit status for bad input (scenario, sweep, or command line). */
    public static final int BAD_INPUT = 2;
    /** Exit status after an interruption (128 + SIGINT, as shells report Ctrl-C). */
    public static final int INTERRUPTED = 130;

    // the lines of the commands' "Exit status" sections (picocli's exitCodeList: "code:text")
    static final String EXIT_HEADING = "%nExit status:%n";
    static final String EXIT_0 = "  0:success";
    static final String EXIT_1_WRITE = "  1:a file could not be written (full disk, read-only file system, no permission, "
            + "a path that cannot be created), the run outgrew the memory, or it failed; one line says what and why";
    static final String EXIT_2 = "  2:bad input (scenario file or command line): one line names the file, line and field; nothing is written";
    static final String EXIT_130 = "130:interrupted (Ctrl-C); no partial file is left";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        // what escapes the handler (it rethrows nothing it knows) is a bug: picocli prints it, status 1
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        return cl;
    }

    public static void main(String[] args) {
        int status;
        try {
            status = commandLine().execute(launchArgs(args, System.console() != null,
                    java.awt.GraphicsEnvironment.isHeadless()));
        } catch (OutOfMemoryError e) {
            System.err.println("clustersim: out of memory (the Java heap holds at most "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): give it more, e.g. CLUSTERSIM_JAVA_OPTS=-Xmx8g, "
                    + "or ask for a smaller run");
            status = FAILED;
        }
        System.exit(status);
    }

    /**
     * The arguments to run: a double-clicked jar (no arguments, no console attached, a screen to draw on)
     * opens the window with its scenario chooser, as the `gui` command without a file does; anything else,
     * including `java -jar clustersim.jar` typed at a terminal, runs as given (no arguments: the usage).
     */
    static String[] launchArgs(String[] args, boolean hasConsole, boolean headless) {
        if (args.length == 0 && !hasConsole && !headless) return new String[] {"gui"};
        return args;
    }

    /**
     * Turns what a command threw into one line on stderr and an exit status: bad input 2, a failing
     * environment 1, an interruption 130. Anything else is a bug and keeps its stack trace, to be reported.
     */
    static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String who = cl.getCommandSpec().qualifiedName();
        Throwable e = ex instanceof UncheckedIOException ? ex.getCause() : ex;
        if (e instanceof ScenarioException || e instanceof CommandLine.ParameterException) {
            System.err.println(who + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof InterruptedException || e instanceof InterruptedIOException || e instanceof ClosedByInterruptException) {
            System.err.println(who + ": interrupted");
            return INTERRUPTED;
        }
        if (e instanceof IOException) {
            System.err.println(who + ": " + ioMessage((IOException) e));
            return FAILED;
        }
        if (e instanceof clustersim.experiment.PopulationLimit.Exceeded) {
            System.err.println(who + ": " + e.getMessage());
            return FAILED;
        }
        System.err.println(who + ": internal error (please report it with the lines below): " + e);
        e.printStackTrace(System.err);
        return FAILED;
    }

    /** One line for an I/O failure: the file and the reason, without Java's exception names. */
    static String ioMessage(IOException e) {
        if (e instanceof AtomicFiles.CannotWrite) return e.getMessage();
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            return (f.getFile() != null ? f.getFile() + ": " : "") + AtomicFiles.reason(e);
        }
        return "I/O error: " + AtomicFiles.reason(e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String commit = clustersim.experiment.Provenance.gitCommit();
            return new String[] {"clustersim " + clustersim.experiment.Provenance.version()
                    + (commit != null ? " (git " + commit + ")" : " (built without git: commit unknown)")};
        }
    }
}

package clustersim.cli;

import clustersim.experiment.PopulationLimit;
import clustersim.experiment.SingleRun;
import clustersim.io.FolderBusyException;
import clustersim.metrics.Metric;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one simulation headless and write timeseries.csv, firms.csv and run.json.",
            "Bad input exits with status 2 and writes nothing. Each file is written whole or not at all: "
                    + "a failed or interrupted run leaves the folder's earlier outputs as they were.",
            "While it runs it holds DIR/.run.lock: a second run into the same folder is refused (status 1), "
                    + "so two runs never mix their rows."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {Main.EXIT_0, Main.EXIT_1_WRITE, Main.EXIT_2, Main.EXIT_130})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<scenario name>/)")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolve();
        Path dir = out != null ? checkedOut(out) : Paths.get("results", s.name());
        String tooMany = PopulationLimit.tooManyAtStart(s.config());
        if (tooMany != null) throw new ScenarioException(s.source(), 0, Param.INITIAL_FIRMS.key, tooMany);
        SingleRun run = new SingleRun(s, s.seed());
        SingleRun.Result r;
        Thread onCtrlC = new Thread(() -> System.err.println("clustersim run: interrupted; nothing written, "
                + "the earlier outputs in " + dir + " are unchanged"));
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            if (quiet || System.console() == null) {
                r = run.writeTo(dir, null);
            } else {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName(s.name()).setInitialMax(s.steps())
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setUnit(" steps", 1).build()) {
                    r = run.writeTo(dir, m -> bar.step());
                }
            }
        } catch (FolderBusyException e) {
            System.err.println("clustersim run: " + e.getMessage() + ": wait for it to end, or give this run another --out");
            return Main.FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException e) {
                // shutting down already: the hook says why
            }
        }
        System.out.printf("Ran %s: %d steps, seed %d, %d firms at the end, in %.1f s.%n", s.name(), s.steps(), s.seed(),
                (int) r.finalMetric(Metric.FIRMS), r.wallSeconds);
        System.out.println("Wrote:");
        System.out.println("  " + dir.resolve(SingleRun.TIMESERIES) + "  (one row a step)");
        System.out.println("  " + dir.resolve(SingleRun.FIRMS) + "  (one row a firm at the end)");
        System.out.println("  " + dir.resolve(SingleRun.RUN_JSON) + "  (parameters, seed, version)");
        System.out.printf("Final division of labour: %.3f   value-added rate (va_to_sales): %.3f%n",
                r.finalMetric(Metric.DIVISION_OF_LABOR), r.finalMetric(Metric.VA_TO_SALES));
        return 0;
    }

    /** --out as given, refused when it cannot name a folder (empty, or an existing file). */
    static Path checkedOut(Path out) throws ScenarioException {
        if (out.toString().isBlank()) {
            throw new ScenarioException("--out", 0, null, "empty: name the output folder (or leave --out out for results/<scenario name>/)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ScenarioException("--out", 0, null, "'" + out + "' is a file, not a folder: name a folder for the outputs");
        }
        return out;
    }
}

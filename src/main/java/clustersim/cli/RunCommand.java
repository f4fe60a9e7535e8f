package clustersim.cli;

import clustersim.experiment.SingleRun;
import clustersim.io.FolderBusyException;
import clustersim.metrics.Metric;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
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
            "While it runs it holds DIR/.run.lock: a second run into the same folder is",
            "refused, so two runs never mix their rows.",
            "Exit status: 0 done; 1 the environment failed (another run is writing DIR, a",
            "file could not be written; earlier outputs are kept); 2 bad input (scenario",
            "or command line; nothing written); 130 interrupted (Ctrl-C; earlier outputs",
            "are kept, no partial file is left)."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<scenario name>/)")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Scenario s;
        try {
            s = scenario.resolve();
        } catch (ScenarioException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Paths.get("results", s.name());
        SingleRun run = new SingleRun(s, s.seed());
        SingleRun.Result r;
        try {
            r = write(run, dir, s);
        } catch (FolderBusyException e) {
            System.err.println("clustersim run: " + e.getMessage() + ": wait for it to end, or give this run another --out");
            return 1;
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

    private SingleRun.Result write(SingleRun run, Path dir, Scenario s) throws java.io.IOException, FolderBusyException {
        if (quiet || System.console() == null) return run.writeTo(dir, null);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(s.name()).setInitialMax(s.steps())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setUnit(" steps", 1).build()) {
            return run.writeTo(dir, m -> bar.step());
        }
    }
}

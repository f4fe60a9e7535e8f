package clustersim.cli;

import clustersim.experiment.ScenarioComparison;
import clustersim.report.ComparisonReport;
import clustersim.report.PathBands;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run scenarios side by side over the same seeds (1..N) on all cores and write paths.csv (scenario, seed, "
                + "step, metrics: the rows `run --seed K` writes), bands.csv (per scenario and step: mean and 95%% interval of each "
                + "metric, n) and figures/<metric>.png/.svg: one band per scenario, policy events as labelled lines. Results do not "
                + "depend on the number of threads (docs/FACTS.md)."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:done",
            "  1:a run failed or a file could not be written",
            "  2:bad input (a scenario, a metric, the command line); nothing written",
            "130:interrupted (Ctrl-C); nothing half-written"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "scenario files to compare")
    List<Path> files = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "seeds per scenario, 1..N (default: ${DEFAULT-VALUE})")
    int seeds = 10;

    @Option(names = "--metrics", paramLabel = "a,b", split = ",",
            description = "timeseries.csv columns to keep and draw (default: " + ScenarioComparison.DEFAULT_METRICS_TEXT + ")")
    List<String> metrics;

    @Option(names = "--steps", paramLabel = "N", description = "months to run (default: each scenario's steps)")
    Integer steps;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/compare/)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || seeds < 1 || seeds > 100_000) {
            System.err.println("clustersim compare: " + (n < 1 ? "--threads must be at least 1, got " + n : "--seeds must be 1 to 100000, got " + seeds));
            return Main.BAD_INPUT;
        }
        ScenarioComparison c;
        try {
            c = ScenarioComparison.of(files, steps, seeds, metrics == null ? ScenarioComparison.DEFAULT_METRICS : metrics);
        } catch (ScenarioException e) {
            System.err.println("clustersim compare: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Paths.get("results", "compare");
        try {
            Files.createDirectories(dir.resolve("figures"));
        } catch (IOException e) {
            System.err.println("clustersim compare: could not write " + dir + ": " + PartFiles.why(e));
            return 1;
        }
        long t0 = System.nanoTime();
        try {
            c.run(n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            System.err.println("clustersim compare: a run failed: " + e);
            return 1;
        }
        List<Path> written;
        Thread hook = PartFiles.removeOnExit(dir, dir.resolve("figures"));
        try {
            List<PathBands.Event> events = new ArrayList<>();
            for (ScenarioComparison.Event e : c.events()) events.add(new PathBands.Event(e.step(), e.label()));
            written = ComparisonReport.write(dir, c.labels(), c.metrics(), c.paths(), events);
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("clustersim compare: could not write " + dir + ": " + PartFiles.why(e));
            return 1;
        } finally {
            PartFiles.done(hook);
        }
        System.out.printf(Locale.ROOT, "Compared %s: %d seeds each, %d runs in %.1f s on %d threads.%n", String.join(", ", c.labels()), seeds,
                seeds * c.labels().size(), (System.nanoTime() - t0) / 1e9, n);
        System.out.println("Wrote " + dir + "/:");
        System.out.println("  paths.csv   one row a scenario, seed and step");
        System.out.println("  bands.csv   one row a scenario and step: mean and 95% interval of each metric");
        System.out.println("  figures/    " + written.stream().filter(p -> p.toString().endsWith(".png")).count() + " figures (PNG and SVG)");
        return 0;
    }
}

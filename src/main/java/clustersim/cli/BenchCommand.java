package clustersim.cli;

import clustersim.bench.Bench;
import clustersim.bench.BenchPlan;
import clustersim.bench.BenchReport;
import clustersim.bench.VersionComparison;
import clustersim.scenario.ScenarioException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:the figures are printed (whether they meet their targets is in the table, not the status)",
            "  1:a measurement failed (out of memory at 100,000 firms: give Java more with CLUSTERSIM_JAVA_OPTS=-Xmx4g)",
            "  2:bad options, or the baseline scenario is missing or invalid; nothing is measured",
            "130:interrupted (Ctrl-C)"},
        description = {"Measure the model's speed and memory against the targets in docs/PERFORMANCE.md.",
            "Speed: firm-steps a second at 1k, 10k and 100k firms and how it scales, sweep",
            "runs a second on one thread and on all, the credit x IP sweep's estimated",
            "time. Memory: heap bytes a firm, and that the heap does not grow over a run.",
            "Prints one line a figure, 'name value unit', then a table with the machine,",
            "targets, repetitions and spreads; progress goes to stderr. Takes several",
            "minutes (--quick: well under one, for a smoke test). Run it on an idle machine:",
            "other processes on the cores lower every figure.",
            "With --versus JAR it measures only this build's model against another build's",
            "(issue 12: version 2 at most 1.5 times version 1's CPU time per firm-step):",
            "both in this JVM, alternating 600-month runs of the baseline at 3,000 firms."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "a small workload: checks that everything runs, figures not comparable")
    boolean quick;

    @Option(names = "--reps", paramLabel = "N", description = "repetitions of every timed measurement (default: 15/5/3 at 1k/10k/100k firms, 3 for sweeps; --quick: 3/2/1, 1)")
    Integer reps;

    @Option(names = "--warmup-steps", paramLabel = "N", description = "untimed steps before the timed ones, at every size (default: 50; --quick: 3)")
    Integer warmup;

    @Option(names = "--steps", paramLabel = "N", description = "timed steps at every size (default: 50; --quick: 4)")
    Integer steps;

    @Option(names = "--versus", paramLabel = "JAR", description = "compare this build's model with the one in JAR (e.g. version 1's jar, built from its last commit): CPU time per firm-step, alternating runs in one JVM, 2 warm-ups of each, then --reps pairs (default 5; --quick: 1 pair of 20 steps, no warm-up)")
    Path versus;

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder with scenarios/ (default: the current folder, else the one the jar was built in)")
    Path project;

    @Override
    public Integer call() {
        if (versus != null) return versus();
        BenchPlan plan;
        try {
            plan = (quick ? BenchPlan.quick() : BenchPlan.full()).with(warmup, steps, reps);
        } catch (IllegalArgumentException e) {
            System.err.println("clustersim bench: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Path root = project != null ? project : projectRoot();
        Bench bench;
        try {
            bench = Bench.of(plan, root, Bench.progressTo(System.err));
        } catch (ScenarioException e) {
            System.err.println("clustersim bench: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        BenchReport report = bench.run();
        report.print(System.out);
        return 0;
    }

    private Integer versus() {
        if (!Files.isRegularFile(versus)) {
            System.err.println("clustersim bench: --versus " + versus + ": no such file (give the jar of the build to compare with)");
            return Main.BAD_INPUT;
        }
        int n = reps != null ? reps : quick ? 1 : 5;
        if (n < 1) {
            System.err.println("clustersim bench: --reps " + n + ": at least 1 is needed");
            return Main.BAD_INPUT;
        }
        Path root = project != null ? project : projectRoot();
        Path baseline = root.resolve(Bench.BASELINE);
        if (!Files.isRegularFile(baseline)) {
            System.err.println("clustersim bench: " + baseline + ": no such file (run it from the project folder, or give --project)");
            return Main.BAD_INPUT;
        }
        try {
            VersionComparison c = VersionComparison.against(versus, baseline, n, quick ? 0 : 2, quick ? 20 : 600);
            c.run(System.err).print(System.out);
            return 0;
        } catch (ReflectiveOperationException | MalformedURLException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("clustersim bench: --versus " + versus + ": cannot run its model (" + cause + "): is it a clustersim jar?");
            return Main.FAILED;
        }
    }

    /** The current folder if it holds the baseline scenario, else the project the jar sits in (target/..). */
    private static Path projectRoot() {
        Path here = Paths.get("");
        if (Files.exists(here.resolve(Bench.BASELINE))) return here;
        try {
            Path jar = Paths.get(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(Bench.BASELINE))) return p;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: fall back to the current folder, whose missing file the error will name
        }
        return here;
    }
}

package clustersim.cli;

import clustersim.experiment.Provenance;
import clustersim.facts.FactCatalogue;
import clustersim.facts.FactsSuite;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "facts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the stylised facts of MODEL.md section 5 (the catalogue: src/main/java/clustersim/facts/FactCatalogue.java) "
                + "and write facts.md, facts.html (one self-contained file) and a figure per fact (PNG and SVG) into DIR: for each fact "
                + "its statistics with 95%% intervals, the thresholds, the source, pass or fail. Run it from the project folder "
                + "(the facts read scenarios/)."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:every fact passes",
            "  1:a fact fails, or a run or a file could not be written",
            "  2:bad input (the command line, a scenario the catalogue names); nothing written",
            "130:interrupted (Ctrl-C); nothing half-written"})
public final class FactsCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "the reduced version the tests run: 3 seeds, 60 firms, a fifth of the market (under a minute)")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/facts/)")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", description = "seeds per condition, instead of each fact's own (" + FactCatalogue.SEEDS + ")")
    Integer seeds;

    @Option(names = "--first-seed", paramLabel = "N", description = "the first model seed (default 1): the runs use seeds N, N+1, ...; "
            + "a second set of seeds shows whether a fact holds or passed on its seeds' luck")
    Long firstSeed;

    @Option(names = "--set", paramLabel = "name=value", description = "change a parameter in every condition, after its scenario file "
            + "and before the condition's own settings (a fact's contrast keeps its meaning); repeatable")
    List<String> set = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || (seeds != null && seeds < 2)) {
            System.err.println("clustersim facts: " + (n < 1 ? "--threads must be at least 1, got " + n : "--seeds must be at least 2, got " + seeds));
            return Main.BAD_INPUT;
        }
        FactsSuite.Settings s = quick ? FactsSuite.Settings.quick(n) : FactsSuite.Settings.full(n);
        if (seeds != null) s = s.withSeeds(seeds);
        int most = s.seeds() > 0 ? s.seeds() : FactCatalogue.all().stream().mapToInt(f -> f.seeds()).max().orElse(1);
        if (firstSeed != null && (firstSeed < 0 || firstSeed + most - 1 > Scenario.MAX_SEED)) {
            System.err.println("clustersim facts: --first-seed must be from 0 to " + (Scenario.MAX_SEED - most + 1) + " (seeds are 0 to " + Scenario.MAX_SEED
                    + " and " + most + " are used), got " + firstSeed);
            return Main.BAD_INPUT;
        }
        if (firstSeed != null) s = s.withFirstSeed(firstSeed);
        try {
            // a misspelt name or a value out of range is bad input before any run, whatever the conditions
            Scenario.defaults().withOverrides(set, "--set");
        } catch (ScenarioException e) {
            System.err.println("clustersim facts: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        s = s.withSet(set);
        Path dir = out != null ? out : Paths.get("results", "facts");
        FactsSuite suite = new FactsSuite(FactCatalogue.all(), s);
        try {
            // before hours of runs: can the report be written at all?
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            System.err.println("clustersim facts: could not write " + dir + ": " + PartFiles.why(e));
            return 1;
        }
        long t0 = System.nanoTime();
        List<FactsSuite.FactResult> results;
        int planned;
        try {
            planned = suite.runCount();
        } catch (ScenarioException e) {
            System.err.println("clustersim facts: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.err.printf("clustersim facts: %d facts, %d runs on %d thread%s%s%n", FactCatalogue.all().size(), planned, n, n == 1 ? "" : "s",
                quick ? " (quick)" : "");
        AtomicInteger done = new AtomicInteger();
        try {
            results = suite.run(i -> {
                int d = done.incrementAndGet();
                if (d % Math.max(1, planned / 10) == 0) System.err.printf("clustersim facts: %d of %d runs%n", d, planned);
            });
        } catch (ScenarioException e) {
            System.err.println("clustersim facts: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            System.err.println("clustersim facts: a run failed: " + e);
            return 1;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> about = List.of(
                "clustersim " + Provenance.version() + ", commit " + Provenance.gitCommit() + "; written " + Instant.now().toString().replaceFirst("\\.\\d+Z$", "Z"),
                String.format(Locale.ROOT, "%s version: %d runs in %.0f s on %d threads%s", s.name(), planned, wall, n,
                        s.set().isEmpty() ? "" : "; every condition also sets " + String.join(", ", s.set())),
                "Each condition's runs use model seeds " + s.seedRange(most) + ": `clustersim run SCENARIO --seed k` redoes any run.");
        List<Path> written;
        Thread hook = PartFiles.removeOnExit(dir);
        try {
            written = suite.writeReport(dir, results, about);
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("clustersim facts: could not write " + dir + ": " + PartFiles.why(e));
            return 1;
        } finally {
            PartFiles.done(hook);
        }
        long failed = results.stream().filter(r -> !r.pass()).count();
        System.out.printf(Locale.ROOT, "Facts (%s): %d of %d pass, in %.0f s (%d runs).%n", s.name(), results.size() - failed, results.size(), wall, planned);
        for (FactsSuite.FactResult r : results) {
            long ok = r.checks().stream().filter(FactsSuite.CheckResult::pass).count();
            System.out.printf(Locale.ROOT, "  %2d %-50s %s (%d of %d checks)%n", r.fact().id(), r.fact().title(), r.pass() ? "pass" : "FAIL", ok, r.checks().size());
        }
        System.out.println("Wrote " + dir.resolve("facts.md") + ", " + dir.resolve("facts.html") + " and " + (written.size() - 2) + " figure files.");
        return failed == 0 ? 0 : 1;
    }
}

package clustersim.cli;

import clustersim.experiment.Factor;
import clustersim.experiment.Shard;
import clustersim.experiment.Sweep;
import clustersim.experiment.SweepEstimate;
import clustersim.experiment.SweepJob;
import clustersim.experiment.SweepLoader;
import clustersim.experiment.SweepManifest;
import clustersim.experiment.SweepStateException;
import clustersim.io.CsvFormat;
import clustersim.report.SweepReport;
import clustersim.scenario.ScenarioException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a parameter sweep: every design point and replication, on all cores.",
            "Writes runs.csv (one row a run), summary.csv (one row a point, with 95%%",
            "Student-t intervals), failures.csv, design.csv, sweep.json and figures/",
            "(docs/SWEEPS.md). Runs already in the folder are skipped, so an interrupted",
            "sweep resumes; --extend adds replications or points to it.",
            "Exit status: 0 done, 1 some runs failed (failures.csv), 2 bad input (nothing",
            "written)."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "sweep file (docs/SWEEPS.md)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<sweep name>/, shards in .../shard-I)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all ${sys:clustersim.cores} cores)")
    Integer threads;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only the I-th of N interleaved slices of the runs (I from 1)")
    String shard;

    @Option(names = "--resume", description = "continue the sweep in DIR (also what a re-run into the same folder does)")
    boolean resume;

    @Option(names = "--extend", description = {"the folder holds this sweep with fewer replications or design points:",
            "keep its runs (same seeds) and run the rest, instead of refusing it"})
    boolean extend;

    @Option(names = "--retry-failed", description = "run again the runs listed in failures.csv (skipped otherwise)")
    boolean retryFailed;

    @Option(names = "--dry-run", description = "print the design, run count, seeds and an estimated time; write nothing")
    boolean dryRun;

    @Option(names = "--timeseries", description = "also write timeseries/run-<run_id>.csv.gz, one gzip CSV per run")
    boolean timeseries;

    @Mixin
    SweepChanges changes;

    @Option(names = "--no-figures", description = "write summary.csv but no figures")
    boolean noFigures;

    @Option(names = "--quiet", description = "no progress bar (there is none anyway when the output is not a terminal)")
    boolean quiet;

    @Option(names = "--fingerprint", paramLabel = "SHA256", hidden = true,
            description = "refuse to run unless the sweep has this fingerprint (SLURM tasks: the file must not change after submission)")
    String fingerprint;

    static {
        System.setProperty("clustersim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Sweep sweep;
        try {
            sweep = SweepLoader.load(file, changes.overrides());
        } catch (ScenarioException e) {
            err.println("clustersim sweep: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Shard sh;
        try {
            sh = shard == null ? Shard.WHOLE : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            err.println("clustersim sweep: --shard " + e.getMessage());
            return Main.BAD_INPUT;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            err.println("clustersim sweep: --threads must be at least 1, got " + n);
            return Main.BAD_INPUT;
        }
        if (fingerprint != null && !fingerprint.equals(sweep.fingerprint())) {
            err.println("clustersim sweep: " + file + " is no longer the sweep that was submitted (fingerprint " + abbreviate(sweep.fingerprint())
                    + ", expected " + abbreviate(fingerprint) + "): the sweep file or its scenario changed after submission");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Paths.get("results", sweep.name());
        if (out == null && !sh.isWhole()) dir = dir.resolve("shard-" + sh.index);
        SweepJob job = new SweepJob(sweep, dir, sh);
        SweepJob.State state;
        try {
            if (extend) {
                if (!sh.isWhole()) throw new SweepStateException("--extend works on a whole sweep: extend the merged folder, then shard again");
                clustersim.experiment.SweepExtension x = clustersim.experiment.SweepExtension.check(sweep, dir);
                if (x != null) {
                    err.println("clustersim sweep: " + x.describe() + (dryRun ? " (not done: --dry-run)" : ""));
                    if (dryRun) return 0;
                    x.apply();
                }
            }
            state = job.inspect();
        } catch (SweepStateException e) {
            err.println("clustersim sweep: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String w : sweep.warnings()) err.println("clustersim sweep: note: " + w);
        if (dryRun) {
            describe(sweep, sh, dir, state, n, System.out);
            return 0;
        }
        if (state.previous != null) {
            err.printf("clustersim sweep: resuming %s: %d of %d runs already done%s%n", dir, state.done, state.planned,
                    state.failed > 0 ? ", " + state.failed + " failed" + (retryFailed ? " (retrying them)" : " (skipped; --retry-failed runs them again)") : "");
        } else if (resume) {
            err.println("clustersim sweep: nothing to resume in " + dir + ": starting the sweep");
        }

        int left = state.planned - state.done - (retryFailed ? 0 : state.failed);
        boolean bar = !quiet && System.console() != null && left > 0;
        SweepJob.Result r;
        try {
            if (bar) {
                try (ProgressBar pb = new ProgressBarBuilder().setTaskName(sweep.name()).setInitialMax(state.planned)
                        .startsFrom(state.planned - left, Duration.ZERO).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500).setUnit(" runs", 1).showSpeed(new java.text.DecimalFormat("0.0"))
                        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build()) {
                    r = job.run(n, timeseries, retryFailed, (id, ok) -> pb.step());
                }
            } else {
                r = job.run(n, timeseries, retryFailed, null);
            }
        } catch (SweepStateException e) {
            err.println("clustersim sweep: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (r.droppedBytes > 0) err.println("clustersim sweep: cut a partial last line (" + r.droppedBytes + " bytes) left by an interrupted run");
        for (String w : r.warnings) err.println("clustersim sweep: warning: " + w);
        SweepReport.Written written = SweepReport.of(dir).writeAll(!noFigures);
        if (written.figureProblem != null) {
            err.println("clustersim sweep: warning: figures not drawn (" + written.figureProblem + "); the tables are complete. "
                    + "Draw them elsewhere with: clustersim merge " + dir + " --out " + dir);
        }

        System.out.printf(Locale.ROOT, "Sweep %s%s: %d runs in %.1f s (%.2f runs/s on %d thread%s); %d of %d runs of %s done, %d failed.%n",
                sweep.name(), sh.isWhole() ? "" : " shard " + sh, r.ok + r.failed, r.wallSeconds,
                r.wallSeconds > 0 ? (r.ok + r.failed) / r.wallSeconds : 0, n, n == 1 ? "" : "s", r.done(), r.planned,
                sh.isWhole() ? "the sweep" : "this shard", r.failedBefore + r.failed);
        System.out.println("Wrote " + dir + "/:");
        System.out.println("  " + SweepJob.RUNS + "      one row a run (run_id, point_id, replication, seed, factors, outcomes)");
        System.out.println("  " + SweepReport.SUMMARY + "   one row a design point: mean, sd, 95% CI of each outcome, n");
        if (r.failedBefore + r.failed > 0) System.out.println("  " + SweepJob.FAILURES + "  runs that threw: parameters, seed, error");
        System.out.println("  " + SweepJob.DESIGN + "    the design points;  " + SweepManifest.NAME + "  the sweep as resolved, versions, times");
        long figs = written.figures();
        if (figs > 0) System.out.println("  " + SweepReport.FIGURES + "/       " + figs + " figures (PNG and SVG)");
        if (r.failedBefore + r.failed > 0) {
            err.println("clustersim sweep: " + (r.failedBefore + r.failed) + " runs failed: see " + dir.resolve(SweepJob.FAILURES));
            return 1;
        }
        return 0;
    }

    private static void describe(Sweep s, Shard sh, Path dir, SweepJob.State state, int threads, PrintStream out) {
        out.printf("Sweep %s (%s), fingerprint %s%n", s.name(), s.source(), abbreviate(s.fingerprint()));
        out.printf("  base scenario: %s (%s)%s%n", s.base().name(), s.base().source(), s.fixed().isEmpty() ? "" : ", set " + s.fixed());
        StringBuilder f = new StringBuilder();
        for (Factor x : s.factors()) {
            if (f.length() > 0) f.append(s.design().key().equals("grid") ? " x " : ", ");
            f.append(x.name());
            if (x.hasLevels()) {
                double[] lv = x.levels();
                f.append(' ').append(lv.length).append(" levels [");
                for (int k = 0; k < lv.length; k++) {
                    if (lv.length > 8 && k == 3) {
                        f.append(", ...");
                        k = lv.length - 2;
                        continue;
                    }
                    f.append(k == 0 ? "" : ", ").append(CsvFormat.number(lv[k]));
                }
                f.append(']');
            } else {
                f.append(" in [").append(CsvFormat.number(x.min)).append(", ").append(CsvFormat.number(x.max)).append(']');
            }
        }
        out.printf("  design: %s, %d points: %s%n", s.design().key(), s.pointCount(), f);
        long seeds = clustersim.experiment.RunPlan.of(s, Shard.WHOLE).distinctSeeds();
        out.printf("  replications: %d -> %d runs; %d distinct seeds from master seed %d (%s seeding)%n", s.replications(), s.runCount(),
                seeds, s.masterSeed(), s.seeding().name().toLowerCase(Locale.ROOT));
        if (!sh.isWhole()) out.printf("  shard %s: %d of the %d runs%n", sh, state.planned, s.runCount());
        out.printf("  steps: %d; outcomes: mean over the last %d steps of %s%s%n", s.steps(), s.outcomes().window, String.join(", ", s.outcomes().metrics()),
                s.outcomes().reporters().isEmpty() ? "" : "; reporters " + String.join(", ", s.outcomes().columns().subList(s.outcomes().metrics().size(), s.outcomes().columns().size())));
        out.printf("  output: %s/%s%n", dir, state.previous == null ? " (new)" : " (holds this sweep: " + state.done + " runs done, " + state.failed + " failed)");
        long left = state.planned - state.done - state.failed;
        if (left > 0) {
            SweepEstimate e = SweepEstimate.of(s);
            out.printf(Locale.ROOT, "  estimated time: about %s for %d runs on %d threads (%.2f s a run on one thread, from %d calibration run%s of point 1;"
                            + " points differ in cost)%n", SweepEstimate.duration(e.seconds(left, threads)), left, threads, e.secondsPerRun,
                    e.calibrationRuns, e.calibrationRuns == 1 ? "" : "s");
        } else {
            out.println("  nothing left to run");
        }
        out.println("Nothing written (--dry-run).");
    }

    static String abbreviate(String fp) {
        return fp == null ? "none" : fp.substring(0, Math.min(12, fp.length()));
    }
}

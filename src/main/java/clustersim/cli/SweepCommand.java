package clustersim.cli;

import clustersim.experiment.SweepDryRun;
import clustersim.experiment.SweepJob;
import clustersim.experiment.SweepManifest;
import clustersim.experiment.SweepStateException;
import clustersim.io.FolderBusyException;
import clustersim.report.SweepReport;
import clustersim.scenario.ScenarioException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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
            "sweep resumes; --extend adds replications or points to it. Its rows are",
            "checked against the sweep first (an exact second copy of a row is dropped; a",
            "row that is not this sweep's is refused, naming file and line). One process",
            "writes a folder at a time (DIR/.sweep.lock)."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:done",
            "  1:some runs failed (failures.csv), another process is writing DIR, or a file could not be written",
            "  2:bad input: sweep file, option, or a folder holding another sweep or rows not of this sweep (nothing written)",
            "130:interrupted (Ctrl-C): the rows written are kept, sweep.json says \"interrupted\"; the same command resumes"})
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

    @Option(names = "--list-runs", description = "print every run (of the shard) as CSV: run_id, point_id, replication, seed, factors; write nothing")
    boolean listRuns;

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
        SweepJob job;
        try {
            job = SweepJob.prepare(new SweepJob.Request(file, changes.overrides(), out, threads, shard, fingerprint, extend));
        } catch (ScenarioException | SweepStateException e) {
            err.println("clustersim sweep: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String w : job.sweep().warnings()) err.println("clustersim sweep: note: " + w);
        if (job.pendingExtension() != null) {
            err.println("clustersim sweep: " + job.pendingExtension().describe() + (dryRun || listRuns ? " (not done: --dry-run)" : ""));
            if (dryRun || listRuns) return 0;
        }
        if (listRuns) {
            SweepDryRun.listRuns(job, System.out);
            return 0;
        }
        if (dryRun) {
            SweepDryRun.describe(job, System.out);
            return 0;
        }
        SweepJob.Result r;
        SweepReport.Written written;
        try (SweepJob.Session session = job.lock()) {
            String announcement = session.announcement(resume, retryFailed);
            if (announcement != null) err.println("clustersim sweep: " + announcement);
            r = run(job, session);
            if (r.droppedBytes > 0) err.println("clustersim sweep: cut a partial last line (" + r.droppedBytes + " bytes) left by an interrupted run");
            for (String w : r.warnings) err.println("clustersim sweep: warning: " + w);
            written = SweepReport.of(job.dir()).writeAll(!noFigures); // still holding the folder
        } catch (FolderBusyException e) {
            err.println("clustersim sweep: " + e.getMessage() + ": wait for it to end, or use another --out");
            return 1;
        } catch (SweepStateException e) {
            err.println("clustersim sweep: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (written.figureProblem != null) {
            err.println("clustersim sweep: warning: figures not drawn (" + written.figureProblem + "); the tables are complete. "
                    + "Draw them elsewhere with: clustersim merge " + job.dir() + " --out " + job.dir() + " --allow-incomplete");
        }
        System.out.println(job.summary(r));
        printWritten(job.dir(), r.failedNow() > 0, timeseries, written);
        if (r.failedNow() > 0) {
            err.println("clustersim sweep: " + r.failedNow() + " runs failed: see " + job.dir().resolve(SweepJob.FAILURES));
            return 1;
        }
        return 0;
    }

    /** Runs the sweep, with a progress bar on a terminal; Ctrl-C prints how much is kept. */
    private SweepJob.Result run(SweepJob job, SweepJob.Session session) throws java.io.IOException, SweepStateException {
        SweepJob.Interruption said = (kept, planned) -> System.err.printf("%nclustersim sweep: interrupted: %d of %d runs kept; run the same command to resume%n",
                kept, planned);
        int planned = session.state().planned(), left = session.state().left(retryFailed);
        if (quiet || System.console() == null || left <= 0) return session.run(timeseries, retryFailed, null, said);
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName(job.sweep().name()).setInitialMax(planned)
                .startsFrom(planned - left, Duration.ZERO).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500).setUnit(" runs", 1).showSpeed(new java.text.DecimalFormat("0.0"))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build()) {
            return session.run(timeseries, retryFailed, (id, ok) -> pb.step(), said);
        }
    }

    private static void printWritten(Path dir, boolean failures, boolean timeseries, SweepReport.Written written) {
        PrintStream o = System.out;
        o.println("Wrote " + dir + "/:");
        o.println("  " + SweepJob.RUNS + "         one row a run (run_id, point_id, replication, seed, factors, outcomes)");
        o.println("  " + SweepReport.SUMMARY + "      one row a design point: mean, sd, 95% CI of each outcome, n");
        if (written.files.contains(dir.resolve(SweepReport.SENSITIVITY))) {
            o.println("  " + SweepReport.SENSITIVITY + "  standardised regression coefficient of each outcome on each factor");
        }
        if (failures) o.println("  " + SweepJob.FAILURES + "     runs that threw: parameters, seed, error");
        o.println("  " + SweepJob.DESIGN + "       the design points;  " + SweepManifest.NAME + "  the sweep as resolved, versions, times");
        if (timeseries) o.println("  " + SweepJob.TIMESERIES + "/       one gzip CSV a run, one row a step");
        long figs = written.figures();
        if (figs > 0) o.println("  " + SweepReport.FIGURES + "/          " + figs + (figs == 1 ? " figure" : " figures") + " (PNG and SVG)");
    }

    static String abbreviate(String fp) {
        return fp == null ? "none" : fp.substring(0, Math.min(12, fp.length()));
    }
}

package clustersim.experiment;

import clustersim.io.CsvFormat;
import java.io.PrintStream;
import java.util.Locale;

/** What {@code sweep --dry-run} prints: the design, the runs and their seeds, the folder and an estimate. */
public final class SweepDryRun {
    /** Seeds shown by name before the line points to {@code --list-runs}. */
    static final int SEEDS_SHOWN = 5;

    private SweepDryRun() {
    }

    public static void describe(SweepJob job, PrintStream out) {
        Sweep s = job.sweep();
        Shard sh = job.shard();
        SweepJob.State state = job.state();
        out.printf("Sweep %s (%s), fingerprint %s%n", s.name(), s.source(), SweepJob.abbreviate(s.fingerprint()));
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
        RunPlan whole = RunPlan.of(s, Shard.WHOLE);
        out.printf("  replications: %d -> %d runs; %d distinct seeds from master seed %d (%s seeding)%n", s.replications(), s.runCount(),
                whole.distinctSeeds(), s.masterSeed(), s.seeding().name().toLowerCase(Locale.ROOT));
        RunPlan plan = job.plan();
        StringBuilder seeds = new StringBuilder();
        int shown = 0;
        for (long id = 1; id <= s.runCount() && shown < SEEDS_SHOWN; id++) {
            if (!sh.includes(id)) continue;
            seeds.append(shown++ == 0 ? "" : ", ").append("run ").append(id).append(": ").append(plan.seed((int) id));
        }
        out.printf("  seeds%s: %s%s (every run with its point, replication and seed: add --list-runs)%n", sh.isWhole() ? "" : " of shard " + sh, seeds,
                plan.size() > shown ? ", ..." : "");
        if (!sh.isWhole()) out.printf("  shard %s: %d of the %d runs%n", sh, state.planned(), s.runCount());
        out.printf("  steps: %d; outcomes: mean over the last %d steps of %s%n", s.steps(), s.outcomes().window, String.join(", ", s.outcomes().metrics()));
        out.printf("  output: %s/%s%n", job.dir(), state.previous() == null ? " (new)"
                : " (holds this sweep: " + state.done() + " runs done, " + state.failed() + " failed)");
        long left = state.planned() - state.done() - state.failed();
        if (left > 0) {
            SweepEstimate e = SweepEstimate.of(s);
            out.printf(Locale.ROOT, "  estimated time: about %s for %d runs on %d threads (%.2f s a run on one thread, from %d calibration run%s of point 1;"
                            + " points differ in cost)%n", SweepEstimate.duration(e.seconds(left, job.threads())), left, job.threads(), e.secondsPerRun,
                    e.calibrationRuns, e.calibrationRuns == 1 ? "" : "s");
        } else {
            out.println("  nothing left to run");
        }
        out.println("Nothing written (--dry-run).");
    }

    /** Every run of the job's shard as CSV, in run_id order: run_id, point_id, replication, seed, the factors. */
    public static void listRuns(SweepJob job, PrintStream out) {
        Sweep s = job.sweep();
        RunPlan plan = job.plan();
        StringBuilder b = new StringBuilder("run_id,point_id,replication,seed");
        for (Factor f : s.factors()) b.append(',').append(f.name());
        out.println(b);
        for (long id = 1; id <= s.runCount(); id++) {
            if (!job.shard().includes(id)) continue;
            int r = (int) id, p = plan.pointId(r);
            b.setLength(0);
            b.append(id).append(',').append(p).append(',').append(plan.replication(r)).append(',').append(plan.seed(r));
            for (int j = 0; j < s.factors().size(); j++) b.append(',').append(CsvFormat.number(s.value(p, j)));
            out.println(b);
        }
    }
}

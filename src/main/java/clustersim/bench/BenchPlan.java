package clustersim.bench;

/**
 * How much work each measurement does. The full plan gives figures to compare with the targets; the
 * quick plan measures the same things on a small workload (a smoke test: its figures are noisy and
 * taken in different windows, so they are not for comparisons).
 */
public final class BenchPlan {
    /** Initial firms of the three firm-step sizes; their names are fixed (_1k, _10k, _100k). */
    static final int[] SIZES = {1_000, 10_000, 100_000};
    static final String[] SIZE_NAMES = {"1k", "10k", "100k"};

    final boolean quick;
    /**
     * Before anything is timed: {@code jitWarmupRuns} runs of {@code jitWarmupSteps} steps of a 1,000-firm
     * model, then one untimed repetition at {@code warmupFirms} (0: none), so that the JIT has compiled
     * the step for good and the heap has grown to a large model. Measured on an idle machine, repetitions
     * still got faster for the first 3 seconds of stepping after a shorter warm-up.
     */
    final int jitWarmupRuns;
    final int jitWarmupSteps;
    final int warmupFirms;
    /** Untimed steps of each repetition before its timed steps; the same at every size, so sizes compare like with like. */
    final int warmupSteps;
    final int measuredSteps;
    /** Repetitions at each size. */
    final int[] repetitions;
    /** The sweep subset is 1 run in this many of the sweep (an interleaved shard). */
    final int sweepSlices;
    final int sweepRepetitions;
    final int leakEarlyStep;
    final int leakLateStep;
    /** Initial firms of the leak check's run. */
    final int leakFirms;

    private BenchPlan(boolean quick, int jitWarmupRuns, int jitWarmupSteps, int warmupFirms, int warmupSteps, int measuredSteps, int[] repetitions,
                      int sweepSlices, int sweepRepetitions, int leakEarlyStep, int leakLateStep, int leakFirms) {
        this.quick = quick;
        this.jitWarmupRuns = jitWarmupRuns;
        this.jitWarmupSteps = jitWarmupSteps;
        this.warmupFirms = warmupFirms;
        this.warmupSteps = warmupSteps;
        this.measuredSteps = measuredSteps;
        this.repetitions = repetitions.clone();
        this.sweepSlices = sweepSlices;
        this.sweepRepetitions = sweepRepetitions;
        this.leakEarlyStep = leakEarlyStep;
        this.leakLateStep = leakLateStep;
        this.leakFirms = leakFirms;
    }

    /**
     * JIT warm-up: 3 runs of 600 steps at 1,000 firms and one repetition at 10,000. Firm steps 51 to 100
     * at each size, 15/5/3 repetitions (the 1,000-firm window lasts only some
     * 50 ms, so more repetitions steady its median); sweeps: 58 of the 1,210 credit x IP runs (1 in 21:
     * coprime with the grid's 11 levels and 10 replications, so every level and replication is in the subset),
     * 3 times with 1 thread and 3 with all cores; leak check: steps 2,000 and 20,000.
     */
    public static BenchPlan full() {
        return new BenchPlan(false, 3, 600, 10_000, 50, 50, new int[] {15, 5, 3}, 21, 3, 2_000, 20_000, 1_000);
    }

    /** A smoke test: a few steps at each size, 2 sweep runs, leak check at steps 100 and 1,000. */
    public static BenchPlan quick() {
        return new BenchPlan(true, 1, 60, 0, 3, 4, new int[] {3, 2, 1}, 605, 1, 100, 1_000, 1_000);
    }

    /** This plan with another firm-step window and number of repetitions (null keeps the plan's). */
    public BenchPlan with(Integer warmup, Integer measured, Integer reps) {
        int[] r = repetitions.clone();
        if (reps != null) {
            if (reps < 1) throw new IllegalArgumentException("repetitions must be at least 1, got " + reps);
            java.util.Arrays.fill(r, reps);
        }
        int w = warmup != null ? warmup : warmupSteps, m = measured != null ? measured : measuredSteps;
        if (w < 0) throw new IllegalArgumentException("warm-up steps must be at least 0, got " + w);
        if (m < 1) throw new IllegalArgumentException("measured steps must be at least 1, got " + m);
        return new BenchPlan(quick, jitWarmupRuns, jitWarmupSteps, warmupFirms, w, m, r, sweepSlices, reps != null ? reps : sweepRepetitions,
                leakEarlyStep, leakLateStep, leakFirms);
    }
}

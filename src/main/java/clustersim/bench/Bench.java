package clustersim.bench;

import clustersim.experiment.Sweep;
import clustersim.experiment.SweepLoader;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue 5: how fast the model steps at 1,000, 10,000 and 100,000 firms, how well a
 * sweep uses the cores, how much heap a firm takes, and whether a long run leaks. Runs in this JVM, one
 * measurement after the other (never two at once: they would compete for the cores).
 */
public final class Bench {
    /** The scenario the firm-step, heap and leak figures use. */
    public static final String BASELINE = "scenarios/baseline.yaml";
    /** The sweep the sweep figures use. */
    public static final String SWEEP = "scenarios/sweeps/credit-x-ip.yaml";

    private final BenchPlan plan;
    private final Scenario baseline;
    private final Sweep sweep;
    private final Progress progress;

    private Bench(BenchPlan plan, Scenario baseline, Sweep sweep, Progress progress) {
        this.plan = plan;
        this.baseline = baseline;
        this.sweep = sweep;
        this.progress = progress;
    }

    /**
     * Reads the baseline scenario and the credit x IP sweep from the project folder.
     *
     * @throws ScenarioException if either file is missing or invalid (the message names file and field)
     */
    public static Bench of(BenchPlan plan, Path projectRoot, Progress progress) throws ScenarioException {
        Scenario b = ScenarioLoader.load(projectRoot.resolve(BASELINE));
        Sweep s = SweepLoader.load(projectRoot.resolve(SWEEP));
        return new Bench(plan, b, s, progress);
    }

    public static Progress progressTo(java.io.PrintStream err) {
        return new Progress(err);
    }

    public BenchReport run() {
        Machine machine = Machine.current();
        double loadStart = Machine.loadAverage();
        long started = System.currentTimeMillis();
        List<Figure> figures = new ArrayList<>();
        boolean gc = HeapMeter.explicitGcWorks();
        if (!gc) progress.note("System.gc() does nothing in this JVM (-XX:+DisableExplicitGC?): heap figures will be NaN");

        warmUp();
        FirmStepRate.Run heapRun = firmSteps(figures, gc);
        double allCoresRate = sweeps(figures, machine.cores);
        heapPerFirm(figures, heapRun);
        LeakCheck leak = gc ? leak() : null;
        leakFigures(figures, leak);
        figures.add(Figure.derived("credit_x_ip_sweep_s_est", sweep.runCount() / allCoresRate, "s", 1, Target.below(180),
                String.format(Locale.ROOT, "the whole sweep (%,d runs) on %d threads, estimated as runs / sweep_runs_per_s_all", sweep.runCount(), machine.cores)));

        double loadEnd = Machine.loadAverage();
        double loadMax = maxKnown(progress.maxLoad(), maxKnown(loadStart, loadEnd));
        double minutes = (System.currentTimeMillis() - started) / 60000.0;
        progress.note("done in %.1f min", minutes);
        return new BenchReport(plan, machine, figures, loadStart, loadMax, loadEnd, started, minutes);
    }

    /** Untimed: the JIT compiles the step for good and the heap grows to a large model before anything is timed. */
    private void warmUp() {
        progress.note("JIT warm-up: %d run(s) of %,d steps at 1,000 firms%s (untimed)", plan.jitWarmupRuns, plan.jitWarmupSteps,
                plan.warmupFirms > 0 ? String.format(Locale.ROOT, ", then %,d steps at %,d", plan.warmupSteps + plan.measuredSteps, plan.warmupFirms) : "");
        for (int k = 0; k < plan.jitWarmupRuns; k++) {
            FirmStepRate.once(FirmStepRate.scaled(baseline, 1_000), 1000 + k, plan.jitWarmupSteps, 1, false);
        }
        if (plan.warmupFirms > 0) {
            FirmStepRate.once(FirmStepRate.scaled(baseline, plan.warmupFirms), 999, plan.warmupSteps, plan.measuredSteps, false);
        }
    }

    private static double maxKnown(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** Firm-steps per second at each size, one thread; returns the repetition whose heap was measured (or null). */
    private FirmStepRate.Run firmSteps(List<Figure> figures, boolean gc) {
        double[] medians = new double[BenchPlan.SIZES.length];
        int[] firmsAtEnd = new int[BenchPlan.SIZES.length];
        FirmStepRate.Run heapRun = null;
        for (int z = 0; z < BenchPlan.SIZES.length; z++) {
            int n = BenchPlan.SIZES[z], reps = plan.repetitions[z];
            Scenario sc = FirmStepRate.scaled(baseline, n);
            double[] rates = new double[reps];
            double cpu = Double.POSITIVE_INFINITY;
            for (int r = 0; r < reps; r++) {
                boolean heap = gc && z == BenchPlan.SIZES.length - 1 && r == reps - 1;
                FirmStepRate.Run run = FirmStepRate.once(sc, r + 1, plan.warmupSteps, plan.measuredSteps, heap);
                rates[r] = run.firmStepsPerSecond;
                cpu = Math.min(cpu, run.cpuShare);
                firmsAtEnd[z] = run.firmsAtEnd;
                if (heap) heapRun = run;
                progress.note("firm steps, %,d initial firms: repetition %d of %d: %,.0f firm-steps/s (%,d firm-steps in %.2f s, %.0f%% CPU, %,d firms at the end)",
                        n, r + 1, reps, run.firmStepsPerSecond, run.firmSteps, run.seconds, 100 * run.cpuShare, run.firmsAtEnd);
            }
            Samples s = new Samples(rates);
            medians[z] = s.median();
            figures.add(Figure.measured("firm_steps_per_s_" + BenchPlan.SIZE_NAMES[z], s, cpu, "firm-steps/s", 0,
                    n == 10_000 ? Target.atLeast(2_000_000) : Target.NONE,
                    String.format(Locale.ROOT, "one thread; %s with initialFirms %,d and marketSize %,.0f; steps %d-%d timed after %d untimed; "
                            + "%s; %,d firms at the end of the last",
                            BASELINE, n, sc.get(clustersim.model.Param.MARKET_SIZE), plan.warmupSteps + 1, plan.warmupSteps + plan.measuredSteps,
                            plan.warmupSteps, reps == 1 ? "one run (seed 1)" : "median of " + reps + " runs (seeds 1 to " + reps + ")", firmsAtEnd[z])));
        }
        figures.add(Figure.derived("scaling_ratio", medians[0] / medians[2], "ratio", 3, Target.atMost(1.5),
                "time per firm-step at 100,000 initial firms / at 1,000 (from the medians)"));
        return heapRun;
    }

    /** Sweep runs per second on one thread and on all cores, alternating; returns the all-core median. */
    private double sweeps(List<Figure> figures, int cores) {
        SweepThroughput sweepBench = new SweepThroughput(sweep, plan.sweepSlices);
        if (!plan.quick) {
            progress.note("sweep warm-up: 2 runs on %d threads (untimed)", cores);
            new SweepThroughput(sweep, 605).run(cores, Progress.silent());
        }
        double[] one = new double[plan.sweepRepetitions], all = new double[plan.sweepRepetitions];
        double cpuOne = Double.POSITIVE_INFINITY, cpuAll = Double.POSITIVE_INFINITY;
        for (int r = 0; r < plan.sweepRepetitions; r++) {
            progress.note("sweep, %d runs of %s on 1 thread (repetition %d of %d)", sweepBench.runs(), SWEEP, r + 1, plan.sweepRepetitions);
            SweepThroughput.Result a = sweepBench.run(1, progress);
            one[r] = a.runsPerSecond;
            cpuOne = Math.min(cpuOne, a.cpuShare);
            progress.note("  %.3f runs/s, %.0f%% CPU", a.runsPerSecond, 100 * a.cpuShare);
            progress.note("sweep, %d runs of %s on %d threads (repetition %d of %d)", sweepBench.runs(), SWEEP, cores, r + 1, plan.sweepRepetitions);
            SweepThroughput.Result b = sweepBench.run(cores, progress);
            all[r] = b.runsPerSecond;
            cpuAll = Math.min(cpuAll, b.cpuShare);
            progress.note("  %.3f runs/s, %.0f%% CPU per thread", b.runsPerSecond, 100 * b.cpuShare);
        }
        String subset = String.format(Locale.ROOT, "%s: %d of its %,d runs (shard 1/%d, %d steps each) through SweepRunner.runDiscardingRows",
                SWEEP, sweepBench.runs(), sweep.runCount(), plan.sweepSlices, sweep.steps());
        Samples s1 = new Samples(one), sAll = new Samples(all);
        figures.add(Figure.measured("sweep_runs_per_s_1t", s1, cpuOne, "runs/s", 3, Target.NONE, subset + ", 1 thread"));
        figures.add(Figure.measured("sweep_runs_per_s_all", sAll, cpuAll, "runs/s", 3, Target.NONE, subset + ", " + cores + " threads"));
        figures.add(Figure.derived("parallel_efficiency", sAll.median() / (cores * s1.median()), "ratio", 3, Target.atLeast(0.9),
                "sweep_runs_per_s_all / (" + cores + " cores x sweep_runs_per_s_1t)"));
        return sAll.median();
    }

    private void heapPerFirm(List<Figure> figures, FirmStepRate.Run heapRun) {
        double perFirm = heapRun == null ? Double.NaN : (double) heapRun.modelHeapBytes / heapRun.firmsAtEnd;
        figures.add(Figure.derived("heap_bytes_per_firm", perFirm, "bytes/firm", 0, Target.atMost(2048),
                heapRun == null ? "not measured: System.gc() is disabled"
                        : String.format(Locale.ROOT, "live heap of the last 100,000-firm run after its %d steps (used heap after full GC minus before the model was built): "
                                + "%,.1f MB for %,d firms", plan.warmupSteps + plan.measuredSteps, heapRun.modelHeapBytes / 1e6, heapRun.firmsAtEnd)));
    }

    private LeakCheck leak() {
        progress.note("leak check: %,d steps of a stationary %,d-firm run (demandGrowth 0)", plan.leakLateStep, plan.leakFirms);
        return LeakCheck.run(LeakCheck.stationary(FirmStepRate.scaled(baseline, plan.leakFirms)), 1, plan.leakEarlyStep, plan.leakLateStep, progress);
    }

    /** leak_ratio and, since the "stationary" population still moves, the ratio per firm; NaN when System.gc() does nothing. */
    private void leakFigures(List<Figure> figures, LeakCheck leak) {
        figures.add(Figure.derived("leak_ratio", leak == null ? Double.NaN : leak.ratio(), "ratio", 3, Target.atMost(1.1),
                leak == null ? "not measured: System.gc() is disabled"
                        : String.format(Locale.ROOT, "stationary baseline (demandGrowth 0, %,d initial firms, seed 1): live heap after step %,d / after step %,d = %,.2f MB / %,.2f MB "
                                + "(firms %,d / %,d)%s", plan.leakFirms, leak.lateStep, leak.earlyStep, leak.heapLate / 1e6, leak.heapEarly / 1e6, leak.firmsLate, leak.firmsEarly,
                                leak.populationChanged() ? "; the population changed between the two points, so judge by leak_heap_per_firm_ratio too" : "")));
        figures.add(Figure.derived("leak_heap_per_firm_ratio", leak == null ? Double.NaN : leak.perFirmRatio(), "ratio", 3, Target.NONE,
                leak == null ? "not measured: System.gc() is disabled"
                        : String.format(Locale.ROOT, "live heap per firm after the leak check's late step / after its early step = %,.0f / %,.0f bytes: near 1 when a heap change "
                                + "is only population change; well above 1 when the heap did not shrink with a shrinking population (something keeps departed firms or buffers alive)",
                                (double) leak.heapLate / leak.firmsLate, (double) leak.heapEarly / leak.firmsEarly)));
    }
}

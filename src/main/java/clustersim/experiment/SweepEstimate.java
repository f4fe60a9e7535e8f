package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;

/**
 * A rough duration of a sweep, for --dry-run: times runs of the first design point on one thread (a few,
 * so that the JIT has warmed up, within a budget of a few seconds) and scales by runs and threads. Points
 * differ in cost (firm counts grow with division of labour), so this is an order of magnitude, said so.
 */
public final class SweepEstimate {
    /** Seconds of calibration at most. */
    static final double BUDGET_SECONDS = 3;

    public final double secondsPerRun;
    public final int calibrationRuns;

    private SweepEstimate(double secondsPerRun, int calibrationRuns) {
        this.secondsPerRun = secondsPerRun;
        this.calibrationRuns = calibrationRuns;
    }

    private static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super(null, null, false, false);
        }
    }

    public static SweepEstimate of(Sweep sweep) {
        long seed = sweep.seeds()[0];
        long start = System.nanoTime(), deadline = start + (long) (BUDGET_SECONDS * 1e9);
        double perRun = Double.NaN;
        int runs = 0;
        while (runs < 3) {
            long t0 = System.nanoTime();
            int[] steps = {0};
            MetricsListener clock = (ClusterMetrics m) -> {
                steps[0]++;
                if (System.nanoTime() > deadline) throw new OutOfTime();
            };
            try {
                HeadlessRun.run(sweep.configAt(1), seed, sweep.steps(), clock);
            } catch (OutOfTime e) {
                // extrapolate from the steps done
            } catch (RuntimeException e) {
                break; // a failing first point: no estimate
            }
            double t = (System.nanoTime() - t0) / 1e9;
            if (steps[0] > 0) perRun = t / steps[0] * sweep.steps();
            runs++;
            if (System.nanoTime() > deadline || System.nanoTime() - start + t * 1e9 > deadline - start) break;
        }
        return new SweepEstimate(perRun, runs);
    }

    /** Seconds for {@code runs} runs on {@code threads} threads (assuming near-linear speed-up). */
    public double seconds(long runs, int threads) {
        return secondsPerRun * runs / Math.max(1, Math.min(threads, runs));
    }

    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) return "unknown";
        if (seconds < 90) return String.format(java.util.Locale.ROOT, "%.0f s", Math.max(1, seconds));
        if (seconds < 5400) return String.format(java.util.Locale.ROOT, "%.0f min", seconds / 60);
        return String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600);
    }
}

package clustersim.experiment;

import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterConfig;

/**
 * One run reduced to its outcomes: the {@code run(parameters) -> outcomes} entry point for external
 * drivers (EMA Workbench or SALib through a Java bridge, benchmarks). The same computation as a sweep's
 * row: each outcome is the metric's mean over the run's last {@code window} steps.
 */
public final class OutcomeRun {
    private OutcomeRun() {
    }

    /**
     * @return the outcomes, in the order of {@code outcomes.columns()} (window means, then reporters)
     * @throws IllegalStateException if the run ended before its last window could be averaged
     */
    public static double[] run(ClusterConfig config, long seed, int steps, Outcomes outcomes, MetricsListener... more) {
        if (outcomes.window > steps) throw new IllegalArgumentException("window " + outcomes.window + " is longer than the run (" + steps + " steps)");
        OutcomeWindow w = new OutcomeWindow(outcomes, steps);
        MetricsListener[] all = new MetricsListener[more.length + 1];
        all[0] = w;
        System.arraycopy(more, 0, all, 1, more.length);
        HeadlessRun.run(config, seed, steps, all);
        return w.outcomes(outcomes.window);
    }
}

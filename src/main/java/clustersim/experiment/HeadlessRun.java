package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;

/**
 * Runs one model without a window: the entry point every batch driver (the run command, sweeps,
 * benchmarks, external tools) calls. Same model, same metrics object as the GUI.
 */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    /**
     * Builds the model from {@code config} with {@code seed}, runs {@code steps} steps and returns it,
     * finished. Listeners hear every step's metrics.
     *
     * @throws PopulationLimit.Exceeded if the population does not fit in the heap, at the start or later
     */
    public static ClusterModel run(ClusterConfig config, long seed, int steps, MetricsListener... listeners) {
        PopulationLimit.checkStart(config);
        return runCapped(config, seed, steps, PopulationLimit.maxFirms(), listeners);
    }

    /** {@link #run} with the population capped at {@code cap} firms. */
    static ClusterModel runCapped(ClusterConfig config, long seed, int steps, long cap, MetricsListener... listeners) {
        ClusterModel model = new ClusterModel(seed, config);
        ClusterMetrics metrics = ClusterMetrics.of(model);
        for (MetricsListener l : listeners) metrics.addListener(l);
        model.start();
        try {
            while (model.stepsDone() < steps) {
                if (!model.schedule.step(model)) break;
                PopulationLimit.check(model.firms().size(), cap, model.stepsDone());
            }
        } finally {
            model.finish();
            for (MetricsListener l : listeners) metrics.removeListener(l);
        }
        return model;
    }
}

package clustersim.metrics;

/** Told after every step, once the metrics are computed (writers, live charts, tests). */
@FunctionalInterface
public interface MetricsListener {
    void stepMeasured(ClusterMetrics metrics);

    /**
     * The first step (1 is the first) this listener needs to hear. When every listener of a run needs
     * only its last steps (a sweep keeping the mean of a final window), the steps before are not
     * measured at all: the metrics are a pass over every firm, and nobody would read them.
     */
    default long firstStepNeeded() {
        return 1;
    }
}

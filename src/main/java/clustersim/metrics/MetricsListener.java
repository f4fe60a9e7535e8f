package clustersim.metrics;

/** Told after every step, once the metrics are computed (writers, live charts, tests). */
@FunctionalInterface
public interface MetricsListener {
    void stepMeasured(ClusterMetrics metrics);
}

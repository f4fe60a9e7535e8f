package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.metrics.MetricsListener;
import java.util.Arrays;

/**
 * Hears every step of one run and keeps, for each outcome metric, the sum of its values over the last
 * {@code window} steps: the run's outcomes without storing its series. Allocates nothing per step. A
 * month where a metric is undefined (NaN: a mean over no relations, say) is left out of its mean, not
 * counted as 0; a metric undefined in every month of the window has no mean (NaN, an empty field).
 */
final class OutcomeWindow implements MetricsListener {
    private final String[] metrics;
    private final int firstCounted;
    private final double[] sums;
    /** Months of the window in which each metric was defined. */
    private final int[] defined;
    private int[] columns;
    private int seen;
    private int counted;

    /**
     * @param steps  the run length
     * @param window how many of the last steps to average
     */
    OutcomeWindow(java.util.List<String> metrics, int steps, int window) {
        this.metrics = metrics.toArray(new String[0]);
        this.firstCounted = steps - window + 1;
        this.sums = new double[this.metrics.length];
        this.defined = new int[this.metrics.length];
    }

    @Override
    public long firstStepNeeded() {
        return firstCounted;
    }

    @Override
    public void stepMeasured(ClusterMetrics m) {
        if (columns == null) columns = locate(m.columns());
        // steps are numbered by the model: the steps before the window may not have been measured at all
        seen = (int) m.get(Metric.STEP);
        if (seen < firstCounted) return;
        double[] v = m.values();
        for (int k = 0; k < columns.length; k++) {
            double x = v[columns[k]];
            if (Double.isNaN(x)) continue;
            sums[k] += x;
            defined[k]++;
        }
        counted++;
    }

    private int[] locate(String[] all) {
        int[] c = new int[metrics.length];
        for (int k = 0; k < metrics.length; k++) {
            c[k] = Arrays.asList(all).indexOf(metrics[k]);
            if (c[k] < 0) throw new IllegalStateException("the model has no metric column '" + metrics[k] + "'");
        }
        return c;
    }

    /** The means over the window; throws if the run ended before the window was full. */
    double[] means(int window) {
        if (counted != window) {
            throw new IllegalStateException("the run measured " + seen + " steps, so its last " + window + " could not be averaged");
        }
        double[] out = new double[sums.length];
        for (int k = 0; k < sums.length; k++) out[k] = defined[k] > 0 ? sums[k] / defined[k] : Double.NaN;
        return out;
    }
}

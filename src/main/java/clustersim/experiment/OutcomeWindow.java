package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.metrics.MetricsListener;
import java.util.Arrays;
import java.util.List;

/**
 * Hears every step of one run and keeps, for each outcome metric, the sum of its values over the last
 * {@code window} steps, and for each reporter its running final value, extreme or first crossing: the
 * run's outcomes without storing its series. Allocates nothing per step. A month where a metric is
 * undefined (NaN: a mean over no relations, say) is left out of its mean, not counted as 0; a metric
 * undefined in every month of the window has no mean (NaN, an empty field).
 */
final class OutcomeWindow implements MetricsListener {
    private final String[] metrics;
    private final List<Outcomes.Reporter> reporters;
    private final int firstCounted;
    private final long firstNeeded;
    private final double[] sums;
    /** Months of the window in which each metric was defined. */
    private final int[] defined;
    private final double[] reported;
    private int[] columns;
    private int[] reporterColumns;
    private int seen;
    private int counted;

    /**
     * @param steps  the run length
     * @param window how many of the last steps to average
     */
    OutcomeWindow(List<String> metrics, int steps, int window) {
        this(new Outcomes(window, metrics), steps);
    }

    OutcomeWindow(Outcomes outcomes, int steps) {
        this.metrics = outcomes.metrics().toArray(new String[0]);
        this.reporters = outcomes.reporters();
        this.firstCounted = steps - outcomes.window + 1;
        this.firstNeeded = outcomes.firstStepNeeded(steps);
        this.sums = new double[this.metrics.length];
        this.defined = new int[this.metrics.length];
        this.reported = new double[reporters.size()];
        for (int k = 0; k < reported.length; k++) {
            Outcomes.Kind kind = reporters.get(k).kind();
            reported[k] = kind == Outcomes.Kind.MAX ? Double.NEGATIVE_INFINITY : kind == Outcomes.Kind.MIN ? Double.POSITIVE_INFINITY : Double.NaN;
        }
    }

    @Override
    public long firstStepNeeded() {
        return firstNeeded;
    }

    @Override
    public void stepMeasured(ClusterMetrics m) {
        if (columns == null) {
            columns = locate(m.columns(), metrics);
            String[] rm = new String[reporters.size()];
            for (int k = 0; k < rm.length; k++) rm[k] = reporters.get(k).metric();
            reporterColumns = locate(m.columns(), rm);
        }
        // steps are numbered by the model: the steps before the window may not have been measured at all
        seen = (int) m.get(Metric.STEP);
        double[] v = m.values();
        for (int k = 0; k < reporterColumns.length; k++) {
            double x = v[reporterColumns[k]];
            Outcomes.Reporter r = reporters.get(k);
            switch (r.kind()) {
                case FINAL: reported[k] = x; break;
                case MAX: if (x > reported[k]) reported[k] = x; break; // NaN (a mean over nothing) never wins
                case MIN: if (x < reported[k]) reported[k] = x; break;
                default: if (Double.isNaN(reported[k]) && x > r.threshold()) reported[k] = seen;
            }
        }
        if (seen < firstCounted) return;
        for (int k = 0; k < columns.length; k++) {
            double x = v[columns[k]];
            if (Double.isNaN(x)) continue;
            sums[k] += x;
            defined[k]++;
        }
        counted++;
    }

    private static int[] locate(String[] all, String[] wanted) {
        int[] c = new int[wanted.length];
        for (int k = 0; k < wanted.length; k++) {
            c[k] = Arrays.asList(all).indexOf(wanted[k]);
            if (c[k] < 0) throw new IllegalStateException("the model has no metric column '" + wanted[k] + "'");
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

    /** The window means, then the reporters (NaN, written empty, for an extreme of a metric never defined). */
    double[] outcomes(int window) {
        double[] m = means(window);
        double[] out = Arrays.copyOf(m, m.length + reported.length);
        for (int k = 0; k < reported.length; k++) out[m.length + k] = Double.isInfinite(reported[k]) ? Double.NaN : reported[k];
        return out;
    }
}

package clustersim.experiment;

import java.util.Collections;
import java.util.List;

/**
 * What a sweep records of each run: for each named metric column, its mean over the last {@code window}
 * steps. A mean over a window rather than the last step, because one month of a stochastic cluster is
 * noisy and an economist compares states, not snapshots.
 */
public final class Outcomes {
    public final int window;
    private final List<String> metrics;

    public Outcomes(int window, List<String> metrics) {
        this.window = window;
        this.metrics = Collections.unmodifiableList(List.copyOf(metrics));
    }

    /** Metric column names (as in timeseries.csv), in the order of the runs.csv columns. */
    public List<String> metrics() {
        return metrics;
    }
}

package clustersim.experiment;

import clustersim.io.CsvFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep records of each run: for each named metric column, its mean over the last {@code window}
 * steps. A mean over a window rather than the last step, because one month of a stochastic cluster is
 * noisy and an economist compares states, not snapshots. Reporters add other readings of a metric's
 * path: its final value, its maximum or minimum over the run, and the first month it rises above a
 * threshold (the EMA Workbench's and BehaviorSpace's "reporters").
 */
public final class Outcomes {
    public final int window;
    private final List<String> metrics;
    private final List<Reporter> reporters;

    /** What a reporter reads from a run's path of one metric. */
    public enum Kind {
        FINAL("final"), MAX("max"), MIN("min"), FIRST_STEP_ABOVE("first_step_above");

        public final String key;

        Kind(String key) {
            this.key = key;
        }

        /** Whether the reporter needs every step of the run, not only the last window. */
        boolean wholeRun() {
            return this != FINAL;
        }

        public static Kind byKey(String key) {
            for (Kind k : values()) if (k.key.equals(key)) return k;
            return null;
        }
    }

    /**
     * One reporter column: {@code <metric>_final}, {@code <metric>_max}, {@code <metric>_min}, or
     * {@code <metric>_first_step_above_<threshold>} (the step, 1 = the first month, at which the metric is
     * first strictly above the threshold; empty when it never is).
     */
    public record Reporter(String metric, Kind kind, double threshold) {
        public String column() {
            return metric + "_" + kind.key + (kind == Kind.FIRST_STEP_ABOVE ? "_" + CsvFormat.number(threshold) : "");
        }

        /** In words, for codebooks. */
        public String meaning() {
            switch (kind) {
                case FINAL: return "value of " + metric + " at the last step of the run";
                case MAX: return "largest value of " + metric + " over the run";
                case MIN: return "smallest value of " + metric + " over the run";
                default: return "first step (month) at which " + metric + " is above " + CsvFormat.number(threshold) + "; empty if never";
            }
        }
    }

    public Outcomes(int window, List<String> metrics) {
        this(window, metrics, List.of());
    }

    public Outcomes(int window, List<String> metrics, List<Reporter> reporters) {
        this.window = window;
        this.metrics = Collections.unmodifiableList(List.copyOf(metrics));
        this.reporters = Collections.unmodifiableList(List.copyOf(reporters));
    }

    /** Metric column names (as in timeseries.csv) whose window means are outcomes, in runs.csv order. */
    public List<String> metrics() {
        return metrics;
    }

    public List<Reporter> reporters() {
        return reporters;
    }

    /** Every outcome column of runs.csv: the window means, then the reporters. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(metrics);
        for (Reporter r : reporters) c.add(r.column());
        return c;
    }

    /** The first step any outcome needs to hear. */
    long firstStepNeeded(int steps) {
        for (Reporter r : reporters) if (r.kind.wholeRun()) return 1;
        return steps - window + 1;
    }

    static String kindsAllowed() {
        List<String> k = new ArrayList<>();
        for (Kind x : Kind.values()) k.add(x.key.toLowerCase(Locale.ROOT));
        return String.join(", ", k);
    }
}

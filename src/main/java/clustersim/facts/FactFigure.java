package clustersim.facts;

import java.util.List;

/** What a fact's figure shows. */
public sealed interface FactFigure {
    /** A metric's window mean over the levels of one factor: the mean, its 95% band and every run as a dot. */
    record OverFactor(Condition base, String factor, double[] levels, Quantity.Window quantity) implements FactFigure {
    }

    /** Several window means under several conditions: a dot with its 95% interval for each. */
    record Conditions(List<Condition> conditions, List<String> labels, List<String> metrics, int window, List<String> metricNames)
            implements FactFigure {
        /** The metrics named as in the figures of sweeps. */
        public Conditions(List<Condition> conditions, List<String> labels, List<String> metrics, int window) {
            this(conditions, labels, metrics, window, List.of());
        }
    }

    /** A metric's time path under each condition: the mean over seeds with its 95% band; marks at some months. */
    record Paths(List<Condition> conditions, List<String> labels, String metric, List<Integer> marks, List<String> markLabels)
            implements FactFigure {
    }
}

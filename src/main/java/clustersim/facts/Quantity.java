package clustersim.facts;

/**
 * What one run contributes to a statistic: a metric's mean over a span of months, or the change of that
 * mean between two spans. Months count from 1; a negative {@code from} means "the last -from months".
 */
public sealed interface Quantity {
    /** The metric column(s) this quantity reads. */
    String metric();

    /** Mean of {@code metric} over months {@code from..to}; {@code last(m, w)} is the last w months. */
    record Window(String metric, int from, int to) implements Quantity {
        public static Window last(String metric, int months) {
            return new Window(metric, -months, 0);
        }

        public String describe() {
            return from < 0 ? "mean of " + metric + " over the last " + (-from) + " months"
                    : "mean of " + metric + " over months " + from + "\u2013" + to;
        }
    }

    /** after - before, or (after - before) / before when {@code relative}; {@code absolute} takes its size. */
    record Change(Window before, Window after, boolean relative, boolean absolute) implements Quantity {
        @Override
        public String metric() {
            return after.metric();
        }

        public String describe() {
            String d = (relative ? "relative change" : "change") + " of " + after.metric() + " from months " + before.from() + "\u2013"
                    + before.to() + " to months " + after.from() + "\u2013" + after.to() + " (each a mean)";
            return absolute ? "size of the " + d : d;
        }
    }

    static String describe(Quantity q) {
        return q instanceof Window w ? w.describe() : ((Change) q).describe();
    }
}

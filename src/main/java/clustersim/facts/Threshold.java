package clustersim.facts;

import java.util.Locale;

/**
 * Where a statistic must lie for a check to pass, and whether its 95% interval (the statistical margin:
 * the whole interval must clear the threshold) or its point estimate is judged.
 */
public record Threshold(Direction direction, double value, double upper, boolean onInterval) {
    public enum Direction { ABOVE, BELOW, WITHIN, AT_LEAST }

    public static Threshold ciAbove(double v) { return new Threshold(Direction.ABOVE, v, Double.NaN, true); }
    public static Threshold ciBelow(double v) { return new Threshold(Direction.BELOW, v, Double.NaN, true); }
    public static Threshold ciAtLeast(double v) { return new Threshold(Direction.AT_LEAST, v, Double.NaN, true); }
    public static Threshold ciWithin(double lo, double hi) { return new Threshold(Direction.WITHIN, lo, hi, true); }
    public static Threshold above(double v) { return new Threshold(Direction.ABOVE, v, Double.NaN, false); }
    public static Threshold below(double v) { return new Threshold(Direction.BELOW, v, Double.NaN, false); }
    public static Threshold atLeast(double v) { return new Threshold(Direction.AT_LEAST, v, Double.NaN, false); }
    public static Threshold within(double lo, double hi) { return new Threshold(Direction.WITHIN, lo, hi, false); }

    public boolean passes(Measurement m) {
        double lo = onInterval ? m.low() : m.estimate(), hi = onInterval ? m.high() : m.estimate();
        if (Double.isNaN(lo) || Double.isNaN(hi)) return false;
        return switch (direction) {
            case ABOVE -> lo > value;
            case BELOW -> hi < value;
            case AT_LEAST -> lo >= value;
            case WITHIN -> lo >= value && hi <= upper;
        };
    }

    /** "95% CI above 0.4", "estimate at least 1". */
    public String describe() {
        String what = onInterval ? "95% CI" : "estimate";
        return switch (direction) {
            case ABOVE -> what + " above " + fmt(value);
            case BELOW -> what + " below " + fmt(value);
            case AT_LEAST -> what + " at least " + fmt(value);
            case WITHIN -> what + " within [" + fmt(value) + ", " + fmt(upper) + "]";
        };
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("0+$", "");
    }
}

package clustersim.bench;

import java.util.Locale;

/** What a figure must reach (issue 5's targets for this 2-core machine), or nothing to reach. */
final class Target {
    private enum Kind { NONE, AT_LEAST, AT_MOST, BELOW }

    private final Kind kind;
    private final double bound;
    private final String text;

    private Target(Kind kind, double bound, String text) {
        this.kind = kind;
        this.bound = bound;
        this.text = text;
    }

    static final Target NONE = new Target(Kind.NONE, Double.NaN, "-");

    static Target atLeast(double bound) {
        return new Target(Kind.AT_LEAST, bound, ">= " + plain(bound));
    }

    static Target atMost(double bound) {
        return new Target(Kind.AT_MOST, bound, "<= " + plain(bound));
    }

    static Target below(double bound) {
        return new Target(Kind.BELOW, bound, "< " + plain(bound));
    }

    boolean exists() {
        return kind != Kind.NONE;
    }

    /** Whether the value meets the target; a figure that could not be measured (NaN) does not. */
    boolean isMet(double value) {
        switch (kind) {
            case AT_LEAST: return value >= bound;
            case AT_MOST: return value <= bound;
            case BELOW: return value < bound;
            default: return true;
        }
    }

    /** "pass", "FAIL", or "-" for a figure without a target. */
    String verdict(double value) {
        return exists() ? (isMet(value) ? "pass" : "FAIL") : "-";
    }

    @Override
    public String toString() {
        return text;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}

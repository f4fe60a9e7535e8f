package clustersim.bench;

import java.util.Locale;

/**
 * One figure of the benchmark: a fixed name and unit (the machine-readable line {@code name value unit}),
 * the value, the target it is judged by, and the repetitions it was taken from (none for a figure derived
 * from others).
 */
final class Figure {
    final String name;
    final double value;
    final String unit;
    final Target target;
    /** The repetitions, or null for a derived figure. */
    final Samples samples;
    /** How the figure was obtained, for the table. */
    final String how;
    /** The lowest CPU share of the timed threads over the repetitions (NaN for a derived figure). */
    final double worstCpuShare;
    private final int decimals;

    Figure(String name, double value, String unit, int decimals, Target target, Samples samples, double worstCpuShare, String how) {
        if (name.contains(" ") || unit.contains(" ")) throw new IllegalArgumentException("name and unit are single words: " + name + ", " + unit);
        this.name = name;
        this.value = value;
        this.unit = unit;
        this.decimals = decimals;
        this.target = target;
        this.samples = samples;
        this.worstCpuShare = worstCpuShare;
        this.how = how;
    }

    /** From repetitions: the value is their median. */
    static Figure measured(String name, Samples samples, double worstCpuShare, String unit, int decimals, Target target, String how) {
        return new Figure(name, samples.median(), unit, decimals, target, samples, worstCpuShare, how);
    }

    static Figure derived(String name, double value, String unit, int decimals, Target target, String how) {
        return new Figure(name, value, unit, decimals, target, null, Double.NaN, how);
    }

    /** The line {@code name value unit}; the value in plain decimal notation (no grouping, no exponent). */
    String line() {
        return name + " " + number(value) + " " + unit;
    }

    String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NaN";
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** The same number with thousands separators, for people. */
    String readable(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "n/a";
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}

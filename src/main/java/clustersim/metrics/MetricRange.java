package clustersim.metrics;

import java.util.Map;

/**
 * The range a metric column can take by its definition (MODEL.md section 4): shares lie in [0, 1],
 * counts, rates per producer, money flows that cannot be negative and lengths are at least 0. Confidence
 * intervals of such a metric's mean must stay inside it (an interval of a share below 0 is a statement
 * the data cannot make). A metric not listed here (value-added, net worth: they can be negative) has no
 * bounds.
 */
public record MetricRange(double lower, double upper) {
    public static final MetricRange UNBOUNDED = new MetricRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    public static final MetricRange SHARE = new MetricRange(0, 1);
    public static final MetricRange NON_NEGATIVE = new MetricRange(0, Double.POSITIVE_INFINITY);
    /** A ratio of value-added to sales: at most 1, without a lower bound (purchases can exceed sales). */
    public static final MetricRange AT_MOST_ONE = new MetricRange(Double.NEGATIVE_INFINITY, 1);

    private static final Map<String, MetricRange> RANGES = Map.ofEntries(
            Map.entry("step", NON_NEGATIVE),
            Map.entry("firms", NON_NEGATIVE),
            Map.entry("producers", NON_NEGATIVE),
            Map.entry("specialists", NON_NEGATIVE),
            Map.entry("entries", NON_NEGATIVE),
            Map.entry("exits", NON_NEGATIVE),
            Map.entry("division_of_labor", SHARE),
            Map.entry("vertical_integration", SHARE),
            Map.entry("va_to_sales", AT_MOST_ONE),
            Map.entry("mean_firm_va_to_sales", AT_MOST_ONE),
            Map.entry("mean_quality", NON_NEGATIVE),
            Map.entry("rd_intensity", NON_NEGATIVE),
            Map.entry("independent_development_share", SHARE),
            Map.entry("imitation_rate", NON_NEGATIVE),
            Map.entry("default_rate", SHARE),
            Map.entry("mean_trust", SHARE),
            Map.entry("mean_relation_length", NON_NEGATIVE),
            Map.entry("specialists_per_stage", NON_NEGATIVE),
            Map.entry("credit_constrained_share", SHARE),
            Map.entry("mean_markup", NON_NEGATIVE),
            Map.entry("hhi", SHARE),
            Map.entry("innovation_rate", SHARE),
            Map.entry("employment", NON_NEGATIVE),
            Map.entry("entry_barrier", NON_NEGATIVE),
            Map.entry("university_share", SHARE),
            Map.entry("association_members", SHARE),
            Map.entry("guaranteed_loans", SHARE),
            Map.entry("talent_moves", NON_NEGATIVE),
            Map.entry("bankruptcies", NON_NEGATIVE),
            Map.entry("blocked_entries", NON_NEGATIVE),
            Map.entry("role_changes", NON_NEGATIVE),
            Map.entry("innovations", NON_NEGATIVE),
            Map.entry("mean_rd_share", SHARE),
            Map.entry("mean_rung", NON_NEGATIVE),
            Map.entry("price_index", NON_NEGATIVE),
            Map.entry("total_output", NON_NEGATIVE),
            Map.entry("final_sales", NON_NEGATIVE),
            Map.entry("gross_output", NON_NEGATIVE),
            Map.entry("outside_inputs", NON_NEGATIVE),
            Map.entry("small_credit_constrained_share", SHARE));

    /** The range of a timeseries.csv column; per-stage columns dol_sK are shares, specialists_sK counts. */
    public static MetricRange of(String column) {
        MetricRange r = RANGES.get(column);
        if (r != null) return r;
        if (column.matches("dol_s\\d+")) return SHARE;
        if (column.matches("specialists_s\\d+")) return NON_NEGATIVE;
        return UNBOUNDED;
    }

    public boolean isBounded() {
        return !Double.isInfinite(lower) || !Double.isInfinite(upper);
    }

    /** "share, 0 to 1", "at least 0", "at most 1" or "" for the documentation and figure notes. */
    public String describe() {
        if (!Double.isInfinite(lower) && !Double.isInfinite(upper)) return "in [" + fmt(lower) + ", " + fmt(upper) + "]";
        if (!Double.isInfinite(lower)) return "at least " + fmt(lower);
        if (!Double.isInfinite(upper)) return "at most " + fmt(upper);
        return "";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

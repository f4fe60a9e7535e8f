package clustersim.metrics;

/**
 * The measured quantities, one column each of timeseries.csv. The first block is MODEL.md section 4,
 * with exactly those names and in that order; the second block adds diagnostics after them. Per-stage
 * columns follow these (see {@link ClusterMetrics#columns()}).
 */
public enum Metric {
    STEP("step", "month", "the step (month) just completed"),
    FIRMS("firms", "firms", "firms alive at the end of the step"),
    PRODUCERS("producers", "firms", "brand owners selling the final product"),
    SPECIALISTS("specialists", "firms", "firms selling at least one stage to other firms (a firm doing both counts in both)"),
    ENTRIES("entries", "firms per month", "firms that entered this step"),
    EXITS("exits", "firms per month", "firms that left this step (bankrupt or closed)"),
    DIVISION_OF_LABOR("division_of_labor", "share (0-1)", "value-weighted share of producers' stage inputs bought from another firm"),
    VERTICAL_INTEGRATION("vertical_integration", "share (0-1)", "mean over producers of the value share of stages made in-house"),
    VA_TO_SALES("va_to_sales", "ratio (0-1)", "cluster value-added / gross output (final plus intermediate sales)"),
    MEAN_FIRM_VA_TO_SALES("mean_firm_va_to_sales", "ratio", "mean over firms of (sales - purchased inputs) / sales"),
    VALUE_ADDED("value_added", "money per month", "cluster value-added this step (money)"),
    VALUE_ADDED_PER_FIRM("value_added_per_firm", "money per firm per month", "value_added / firms"),
    MEAN_QUALITY("mean_quality", "quality units", "mean product quality, weighted by physical units sold"),
    RD_INTENSITY("rd_intensity", "ratio (R&D / sales)", "cluster R&D spending / cluster sales"),
    INDEPENDENT_DEVELOPMENT_SHARE("independent_development_share",
            "share of producers (0-1)", "share of producers with a product innovation of their own in the last 12 steps"),
    IMITATION_RATE("imitation_rate", "designs per producer per month", "designs copied or leaked this step, per producer"),
    DEFAULT_RATE("default_rate", "share of transactions (0-1)", "breached transactions / transactions this step"),
    MEAN_TRUST("mean_trust", "trust (0-1)", "mean trust over active buyer-supplier relations"),
    MEAN_RELATION_LENGTH("mean_relation_length", "months", "mean age in steps of active buyer-supplier relations"),
    SPECIALISTS_PER_STAGE("specialists_per_stage", "firms per stage", "mean number of active specialists (with a customer) per outsourceable stage"),
    CREDIT_CONSTRAINED_SHARE("credit_constrained_share", "share of make decisions (0-1)", "share of make decisions refused for lack of finance this step"),
    MEAN_MARKUP("mean_markup", "markup (ratio)", "output-weighted (quality units) mean markup of producers"),
    HHI("hhi", "index (0-1)", "Herfindahl index of final-product market shares"),

    // ---- diagnostics (after the fixed columns) ----
    BANKRUPTCIES("bankruptcies", "firms per month", "firms bankrupt this step, cascades included"),
    BLOCKED_ENTRIES("blocked_entries", "would-be entrants per month", "would-be entrants that could not finance their plants this step"),
    ROLE_CHANGES("role_changes", "producers per month", "producers that began selling a stage or retreated into one this step"),
    INNOVATIONS("innovations", "innovations per month", "successful innovations this step"),
    MEAN_RD_SHARE("mean_rd_share", "share of revenue (0-1)", "mean R&D share of revenue over producers"),
    MEAN_RUNG("mean_rung", "rungs of the quality ladder", "mean rung on the quality ladder, weighted by physical units sold"),
    PRICE_INDEX("price_index", "money per quality unit", "share-weighted price of the final product per quality unit"),
    TOTAL_OUTPUT("total_output", "units per month", "physical units of final product sold"),
    FINAL_SALES("final_sales", "money per month", "sales of the final product (money)"),
    GROSS_OUTPUT("gross_output", "money per month", "all sales of cluster firms, final and intermediate (money)"),
    OUTSIDE_INPUTS("outside_inputs", "money per month", "inputs bought from outside the cluster (money)"),
    MEAN_NET_WORTH("mean_net_worth", "money", "mean net worth of firms (money)");

    public final String column;
    /** What one number of the column is counted in (codebooks, sweep.json, axis labels). */
    public final String unit;
    public final String description;

    Metric(String column, String unit, String description) {
        this.column = column;
        this.unit = unit;
        this.description = description;
    }

    /** The metric of a column name, or null (per-stage columns such as dol_s1 have none). */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column.equals(column)) return m;
        return null;
    }

    /** Number of columns MODEL.md fixes (step .. hhi). */
    public static final int FIXED = HHI.ordinal() + 1;
}

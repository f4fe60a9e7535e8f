package clustersim.metrics;

/**
 * The measured quantities, one column each of timeseries.csv. The first block is MODEL.md section 4,
 * with exactly those names and in that order; the second block adds diagnostics after them. Per-stage
 * columns follow these (see {@link ClusterMetrics#columns()}).
 */
public enum Metric {
    STEP("step", "the step (month) just completed"),
    FIRMS("firms", "firms alive at the end of the step"),
    PRODUCERS("producers", "brand owners selling the final product"),
    SPECIALISTS("specialists", "firms selling at least one stage to other firms (a firm doing both counts in both)"),
    ENTRIES("entries", "firms that entered this step"),
    EXITS("exits", "firms that left this step (bankrupt or closed)"),
    DIVISION_OF_LABOR("division_of_labor", "value-weighted share of producers' stage inputs bought from another firm"),
    VERTICAL_INTEGRATION("vertical_integration", "mean over producers of the value share of stages made in-house"),
    VA_TO_SALES("va_to_sales", "cluster value-added / gross output (final plus intermediate sales)"),
    MEAN_FIRM_VA_TO_SALES("mean_firm_va_to_sales", "mean over firms of (sales - purchased inputs) / sales"),
    VALUE_ADDED("value_added", "cluster value-added this step (money)"),
    VALUE_ADDED_PER_FIRM("value_added_per_firm", "value_added / firms"),
    MEAN_QUALITY("mean_quality", "mean product quality, weighted by physical units sold"),
    RD_INTENSITY("rd_intensity", "cluster R&D spending / cluster sales"),
    INDEPENDENT_DEVELOPMENT_SHARE("independent_development_share",
            "share of producers with a product innovation of their own in the last 12 steps"),
    IMITATION_RATE("imitation_rate", "designs copied or leaked this step, per producer"),
    DEFAULT_RATE("default_rate", "breached transactions / transactions this step"),
    MEAN_TRUST("mean_trust", "mean trust over active buyer-supplier relations"),
    MEAN_RELATION_LENGTH("mean_relation_length", "mean age in steps of active buyer-supplier relations"),
    SPECIALISTS_PER_STAGE("specialists_per_stage", "mean number of active specialists (with a customer) per outsourceable stage"),
    CREDIT_CONSTRAINED_SHARE("credit_constrained_share", "share of make decisions refused for lack of finance this step"),
    MEAN_MARKUP("mean_markup", "output-weighted (quality units) mean markup of producers"),
    HHI("hhi", "Herfindahl index of final-product market shares"),

    // ---- diagnostics (after the fixed columns) ----
    BANKRUPTCIES("bankruptcies", "firms bankrupt this step, cascades included"),
    BLOCKED_ENTRIES("blocked_entries", "would-be entrants that could not finance their plants this step"),
    ROLE_CHANGES("role_changes", "producers that began selling a stage or retreated into one this step"),
    INNOVATIONS("innovations", "successful innovations this step"),
    MEAN_RD_SHARE("mean_rd_share", "mean R&D share of revenue over producers"),
    MEAN_RUNG("mean_rung", "mean rung on the quality ladder, weighted by physical units sold"),
    PRICE_INDEX("price_index", "share-weighted price of the final product per quality unit"),
    TOTAL_OUTPUT("total_output", "physical units of final product sold"),
    FINAL_SALES("final_sales", "sales of the final product (money)"),
    GROSS_OUTPUT("gross_output", "all sales of cluster firms, final and intermediate (money)"),
    OUTSIDE_INPUTS("outside_inputs", "inputs bought from outside the cluster (money)"),
    MEAN_NET_WORTH("mean_net_worth", "mean net worth of firms (money)");

    public final String column;
    public final String description;

    Metric(String column, String description) {
        this.column = column;
        this.description = description;
    }

    /** Number of columns MODEL.md fixes (step .. hhi). */
    public static final int FIXED = HHI.ordinal() + 1;
}

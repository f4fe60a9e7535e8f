package clustersim.metrics;

/**
 * The measured quantities, one column each of timeseries.csv. The first block is MODEL.md section 4,
 * with exactly those names and in that order; the second block adds diagnostics after them. Per-stage
 * columns follow these (see {@link ClusterMetrics#columns()}).
 */
public enum Metric {
    STEP("step", "Month", "month", "the step (month) just completed"),
    FIRMS("firms", "Firms", "firms", "firms alive at the end of the step"),
    PRODUCERS("producers", "Producers (brand owners)", "firms", "brand owners selling the final product"),
    SPECIALISTS("specialists", "Specialists (firms selling a stage)", "firms", "firms selling at least one stage to other firms (a firm doing both counts in both)"),
    ENTRIES("entries", "Entries this month", "firms per month", "firms that entered this step"),
    EXITS("exits", "Exits this month", "firms per month", "firms that left this step (bankrupt or closed)"),
    DIVISION_OF_LABOR("division_of_labor", "Division of labour (share of inputs bought)", "share", "value-weighted share of producers' stage inputs bought from another firm"),
    VERTICAL_INTEGRATION("vertical_integration", "Vertical integration (value share made in-house)", "share", "mean over producers of the value share of stages made in-house"),
    VA_TO_SALES("va_to_sales", "Value-added rate (value-added / gross output)", "share", "cluster value-added / gross output (final plus intermediate sales)"),
    MEAN_FIRM_VA_TO_SALES("mean_firm_va_to_sales", "Mean firm value-added / sales", "share", "mean over firms of (sales - purchased inputs) / sales"),
    VALUE_ADDED("value_added", "Cluster value-added (money per month)", "money per month", "cluster value-added this step (money)"),
    VALUE_ADDED_PER_FIRM("value_added_per_firm", "Value-added per firm (money per month)", "money per month", "value_added / firms"),
    MEAN_QUALITY("mean_quality", "Mean product quality (output-weighted)", "quality index", "mean product quality, weighted by physical units sold"),
    RD_INTENSITY("rd_intensity", "R&D intensity (R&D spending / sales)", "share", "cluster R&D spending / cluster sales"),
    INDEPENDENT_DEVELOPMENT_SHARE("independent_development_share", "Share of producers selling a design of their own", "share",
            "share of producers whose current product design is their own (own R&D or brought at founding), not copied or leaked"),
    IMITATION_RATE("imitation_rate", "Imitation rate (designs copied or leaked per producer and month)", "per producer and month", "designs copied or leaked this step, per producer"),
    DEFAULT_RATE("default_rate", "Default rate (breached / all transactions)", "share", "breached transactions / transactions this step"),
    MEAN_TRUST("mean_trust", "Mean trust in active relations", "trust index in [0, 1]", "mean trust over active buyer-supplier relations"),
    MEAN_RELATION_LENGTH("mean_relation_length", "Mean age of active relations (months)", "months", "mean age in steps of active buyer-supplier relations"),
    SPECIALISTS_PER_STAGE("specialists_per_stage", "Active specialists per outsourceable stage", "firms per stage", "mean number of active specialists (with a customer) per outsourceable stage"),
    CREDIT_CONSTRAINED_SHARE("credit_constrained_share", "Share of make decisions refused for lack of finance", "share", "share of make decisions refused for lack of finance this step"),
    MEAN_MARKUP("mean_markup", "Mean markup (output-weighted)", "share of cost", "output-weighted (quality units) mean markup of producers"),
    HHI("hhi", "Herfindahl index of final-product market shares", "index in [0, 1]", "Herfindahl index of final-product market shares"),

    // ---- version 2 (MODEL.md section 4; the institution columns of section 6 come later) ----
    INNOVATION_RATE("innovation_rate", "Share of producers with an own product innovation (last 12 months)", "share",
            "share of producers that brought a product innovation of their own in the last 12 steps"),
    EMPLOYMENT("employment", "Employment (workers)", "workers", "workers employed by cluster firms this step"),
    LABOUR_PRODUCTIVITY("labour_productivity", "Labour productivity (value-added per worker-month)", "money per worker-month",
            "value_added / employment; empty with no employment"),
    ENTRY_BARRIER("entry_barrier", "Entry barrier (capital plus entry cost per entrant)", "money",
            "capital plus entry cost an entrant needed this step, mean over entrants; empty with no entrant"),
    // ---- MODEL.md section 6, knowledge institutions (issue 13); association_members and guaranteed_loans go between these two ----
    UNIVERSITY_SHARE("university_share", "Share of innovations drawing on a university", "share",
            "share of this step's successful innovations (R&D successes and licences) that drew on a university or research institute; empty with no innovation"),
    TALENT_MOVES("talent_moves", "Skilled workers changing employer (per 1,000 workers)", "per 1,000 workers per month",
            "skilled workers who changed employer inside the cluster (or left to found a firm) this step, per 1,000 workers; empty with no employment"),

    // ---- diagnostics (after the fixed columns) ----
    BANKRUPTCIES("bankruptcies", "Bankruptcies this month", "firms per month", "firms bankrupt this step, cascades included"),
    BLOCKED_ENTRIES("blocked_entries", "Entrants blocked by finance this month", "firms per month", "would-be entrants that could not finance their plants this step"),
    ROLE_CHANGES("role_changes", "Role changes this month", "firms per month", "producers that began selling a stage or retreated into one this step"),
    INNOVATIONS("innovations", "Innovations this month", "per month", "successful innovations this step (R&D successes and university licences)"),
    MEAN_RD_SHARE("mean_rd_share", "Mean R&D share of revenue", "share", "mean R&D share of revenue over producers"),
    MEAN_RUNG("mean_rung", "Mean quality rung", "rungs", "mean rung on the quality ladder, weighted by physical units sold"),
    PRICE_INDEX("price_index", "Price index (per quality unit)", "money per quality unit", "share-weighted price of the final product per quality unit"),
    TOTAL_OUTPUT("total_output", "Final product sold (physical units)", "units per month", "physical units of final product sold"),
    FINAL_SALES("final_sales", "Final sales (money per month)", "money per month", "sales of the final product (money)"),
    GROSS_OUTPUT("gross_output", "Gross output (money per month)", "money per month", "all sales of cluster firms, final and intermediate (money)"),
    OUTSIDE_INPUTS("outside_inputs", "Inputs bought outside the cluster (money per month)", "money per month", "inputs bought from outside the cluster (money)"),
    MEAN_NET_WORTH("mean_net_worth", "Mean net worth of firms (money)", "money", "mean net worth of firms (money)");

    /** The timeseries.csv column name (MODEL.md section 4). */
    public final String column;
    /** Axis and legend text, in words, with the unit where it helps. */
    public final String label;
    /** The unit of a value. */
    public final String unit;
    /** The definition, as in MODEL.md section 4. */
    public final String description;

    Metric(String column, String label, String unit, String description) {
        this.column = column;
        this.label = label;
        this.unit = unit;
        this.description = description;
    }

    /** The metric of that column name, or null (per-stage columns have none). */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column.equals(column)) return m;
        return null;
    }

    /** Number of columns MODEL.md fixes (step .. hhi). */
    public static final int FIXED = HHI.ordinal() + 1;
}

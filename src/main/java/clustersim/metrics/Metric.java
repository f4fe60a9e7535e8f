package clustersim.metrics;

/**
 * The measured quantities, one column each of timeseries.csv. The first blocks are MODEL.md section 4
 * (the 23 columns, then version 2's, then the institutions'), with exactly those names and in that order; the last block adds
 * diagnostics after them. Per-stage
 * columns follow these (see {@link ClusterMetrics#columns()}).
 */
public enum Metric {
    STEP("step", "Month", "Month", "month", "the step (month) just completed"),
    FIRMS("firms", "Firms", "Firms", "firms", "firms alive at the end of the step"),
    PRODUCERS("producers", "Producers", "Producers (brand owners)", "firms", "brand owners selling the final product"),
    SPECIALISTS("specialists", "Specialists", "Specialists (firms selling a stage)", "firms", "firms selling at least one stage to other firms (a firm doing both counts in both)"),
    ENTRIES("entries", "Entries", "Entries this month", "firms per month", "firms that entered this step"),
    EXITS("exits", "Exits", "Exits this month", "firms per month", "firms that left this step (bankrupt or closed)"),
    DIVISION_OF_LABOR("division_of_labor", "Division of labour", "Division of labour (share of inputs bought)", "share of inputs bought, 0\u20131", "value-weighted share of producers' stage inputs bought from another firm"),
    VERTICAL_INTEGRATION("vertical_integration", "Vertical integration", "Vertical integration (value share made in-house)", "value share made in-house, 0\u20131", "mean over producers of the value share of stages made in-house"),
    VA_TO_SALES("va_to_sales", "Value-added rate", "Value-added rate (value-added / gross output)", "value-added / gross output", "cluster value-added / gross output (final plus intermediate sales)"),
    MEAN_FIRM_VA_TO_SALES("mean_firm_va_to_sales", "Mean firm value-added rate", "Mean firm value-added / sales", "value-added / sales", "mean over firms of (sales - purchased inputs) / sales"),
    VALUE_ADDED("value_added", "Cluster value-added", "Cluster value-added (money per month)", "money per month", "cluster value-added this step (money)"),
    VALUE_ADDED_PER_FIRM("value_added_per_firm", "Value-added per firm", "Value-added per firm (money per month)", "money per month", "value_added / firms"),
    MEAN_QUALITY("mean_quality", "Mean quality", "Mean product quality (output-weighted)", "quality index", "mean product quality, weighted by physical units sold"),
    RD_INTENSITY("rd_intensity", "R&D intensity", "R&D intensity (R&D spending / sales)", "R&D spending / sales", "cluster R&D spending / cluster sales"),
    INDEPENDENT_DEVELOPMENT_SHARE("independent_development_share", "Independent development", "Share of producers selling a design of their own", "share of producers, 0\u20131",
            "share of producers whose current product design is their own (own R&D or brought at founding), not copied or leaked"),
    IMITATION_RATE("imitation_rate", "Imitation rate", "Imitation rate (designs copied or leaked per producer and month)", "designs per producer and month", "designs copied or leaked this step, per producer"),
    DEFAULT_RATE("default_rate", "Default rate", "Default rate (breached / all transactions)", "share of transactions, 0\u20131", "breached transactions / transactions this step"),
    MEAN_TRUST("mean_trust", "Mean trust", "Mean trust in active relations", "0\u20131", "mean trust over active buyer-supplier relations"),
    MEAN_RELATION_LENGTH("mean_relation_length", "Mean relation length", "Mean age of active relations (months)", "months", "mean age in steps of active buyer-supplier relations"),
    SPECIALISTS_PER_STAGE("specialists_per_stage", "Specialists per stage", "Active specialists per outsourceable stage", "firms", "mean number of active specialists (with a customer) per outsourceable stage"),
    CREDIT_CONSTRAINED_SHARE("credit_constrained_share", "Credit-constrained make decisions", "Share of make decisions refused for lack of finance", "share, 0\u20131", "share of make decisions refused for lack of finance this step"),
    MEAN_MARKUP("mean_markup", "Mean markup", "Mean markup (output-weighted)", "share of cost", "output-weighted (quality units) mean markup of producers"),
    HHI("hhi", "Herfindahl index", "Herfindahl index of final-product market shares", "0\u20131", "Herfindahl index of final-product market shares"),

    // ---- version 2 (MODEL.md section 4) ----
    INNOVATION_RATE("innovation_rate", "Innovation rate", "Share of producers with an own product innovation (last 12 months)", "share of producers, 0\u20131",
            "share of producers that brought a product innovation of their own in the last 12 steps"),
    EMPLOYMENT("employment", "Employment", "Employment (workers)", "workers", "workers employed by cluster firms this step"),
    LABOUR_PRODUCTIVITY("labour_productivity", "Labour productivity", "Labour productivity (value-added per worker-month)", "money per worker-month",
            "value_added / employment; empty with no employment"),
    ENTRY_BARRIER("entry_barrier", "Entry barrier", "Entry barrier (capital plus entry cost per entrant)", "money per entrant",
            "capital plus entry cost an entrant needed this step, mean over entrants; empty with no entrant"),

    // ---- the seed's institutions (MODEL.md section 4, after version 2's; section 6) ----
    UNIVERSITY_SHARE("university_share", "University share of innovations", "Share of innovations drawing on a university or research institute", "share of innovations, 0\u20131",
            "share of this step's successful innovations (R&D successes and licences) that drew on a university or research institute; empty with no innovation"),
    ASSOCIATION_MEMBERS("association_members", "Association members", "Share of firms in the industry association", "share of firms, 0\u20131",
            "share of firms in the industry association (0 where there is none)"),
    GUARANTEED_LOANS("guaranteed_loans", "Guaranteed loans", "Share of outstanding debt covered by the guarantee fund", "share of debt, 0\u20131",
            "share of outstanding debt covered by the guarantee institution (0 without a fund or guarantee; empty with no debt)"),
    TALENT_MOVES("talent_moves", "Talent moves", "Skilled workers changing employer (per 1,000 workers a month)", "per 1,000 workers per month",
            "skilled workers who changed employer inside the cluster (or left to found a firm) this step, per 1,000 workers; empty with no employment"),

    // ---- diagnostics (after the fixed columns) ----
    BANKRUPTCIES("bankruptcies", "Bankruptcies this month", "Bankruptcies this month", "firms per month", "firms bankrupt this step, cascades included"),
    BLOCKED_ENTRIES("blocked_entries", "Entrants blocked by finance this month", "Entrants blocked by finance this month", "firms per month", "would-be entrants that could not finance their plants this step"),
    ROLE_CHANGES("role_changes", "Role changes this month", "Role changes this month", "firms per month", "producers that began selling a stage or retreated into one this step"),
    INNOVATIONS("innovations", "Innovations this month", "Innovations this month", "per month", "successful innovations this step (R&D successes and university licences)"),
    MEAN_RD_SHARE("mean_rd_share", "Mean R&D share of revenue", "Mean R&D share of revenue", "share", "mean R&D share of revenue over producers"),
    MEAN_RUNG("mean_rung", "Mean quality rung", "Mean quality rung", "rungs", "mean rung on the quality ladder, weighted by physical units sold"),
    PRICE_INDEX("price_index", "Price index", "Price index (per quality unit)", "money per quality unit", "share-weighted price of the final product per quality unit"),
    TOTAL_OUTPUT("total_output", "Final product sold", "Final product sold (physical units)", "units per month", "physical units of final product sold"),
    FINAL_SALES("final_sales", "Final sales", "Final sales (money per month)", "money per month", "sales of the final product (money)"),
    GROSS_OUTPUT("gross_output", "Gross output", "Gross output (money per month)", "money per month", "all sales of cluster firms, final and intermediate (money)"),
    OUTSIDE_INPUTS("outside_inputs", "Inputs bought outside the cluster", "Inputs bought outside the cluster (money per month)", "money per month", "inputs bought from outside the cluster (money)"),
    MEAN_NET_WORTH("mean_net_worth", "Mean net worth of firms", "Mean net worth of firms (money)", "money", "mean net worth of firms (money)"),
    SMALL_CREDIT_CONSTRAINED_SHARE("small_credit_constrained_share", "Small firms' credit-constrained make decisions",
            "Share of small firms' make decisions refused for lack of finance", "share, 0\u20131",
            "credit_constrained_share of small firms (not lead firms, plants worth less than two sets: those a guarantee fund serves); empty with none");

    /** The timeseries.csv column name (MODEL.md section 4). */
    public final String column;
    /** A name short enough for a colour bar or a legend: "Division of labour". */
    public final String shortName;
    /** Axis and legend text, in words, with the unit where it helps. */
    public final String label;
    /** The unit of a value, with its range where it has one ("share of inputs bought, 0-1"). */
    public final String unit;
    /** The definition, as in MODEL.md section 4. */
    public final String description;

    Metric(String column, String shortName, String label, String unit, String description) {
        this.column = column;
        this.shortName = shortName;
        this.label = label;
        this.unit = unit;
        this.description = description;
    }

    /** The metric of that column name, or null (per-stage columns have none). */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column.equals(column)) return m;
        return null;
    }

    /**
     * Number of columns MODEL.md section 4 fixes (step .. hhi, then version 2's innovation_rate ..
     * entry_barrier, then the institutions' columns).
     */
    public static final int FIXED = TALENT_MOVES.ordinal() + 1;
}

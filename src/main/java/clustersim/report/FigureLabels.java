package clustersim.report;

import clustersim.metrics.Metric;
import clustersim.model.Param;
import java.util.Locale;
import java.util.Map;

/**
 * Axis and legend text of figures: parameter names with their units (from {@link Param}), metric names
 * in words with their definitions (from {@link Metric}), so a figure can be read without the code.
 */
public final class FigureLabels {
    /** Readable names of the outcomes economists plot most; others are spelt out from the column name. */
    private static final Map<String, String> METRIC_NAMES = Map.ofEntries(
            Map.entry("division_of_labor", "Division of labour (share of inputs bought)"),
            Map.entry("vertical_integration", "Vertical integration (value share made in-house)"),
            Map.entry("va_to_sales", "Value-added rate (value-added / gross output)"),
            Map.entry("mean_firm_va_to_sales", "Mean firm value-added / sales"),
            Map.entry("value_added", "Cluster value-added (money per month)"),
            Map.entry("value_added_per_firm", "Value-added per firm (money per month)"),
            Map.entry("independent_development_share", "Share of producers with own product innovation (last 12 months)"),
            Map.entry("rd_intensity", "R&D intensity (R&D spending / sales)"),
            Map.entry("imitation_rate", "Imitation rate (designs copied or leaked per producer and month)"),
            Map.entry("default_rate", "Default rate (breached / all transactions)"),
            Map.entry("mean_trust", "Mean trust in active relations"),
            Map.entry("specialists_per_stage", "Active specialists per outsourceable stage"),
            Map.entry("credit_constrained_share", "Share of make decisions refused for lack of finance"),
            Map.entry("mean_quality", "Mean product quality (output-weighted)"),
            Map.entry("mean_markup", "Mean markup (output-weighted)"),
            Map.entry("hhi", "Herfindahl index of final-product market shares"));

    /** Short name and unit of the outcomes, for colour bars and axes where the long name does not fit. */
    private static final Map<String, String[]> SHORT = Map.ofEntries(
            Map.entry("division_of_labor", new String[] {"Division of labour", "share of inputs bought, 0\u20131"}),
            Map.entry("vertical_integration", new String[] {"Vertical integration", "value share made in-house, 0\u20131"}),
            Map.entry("va_to_sales", new String[] {"Value-added rate", "value-added / gross output"}),
            Map.entry("mean_firm_va_to_sales", new String[] {"Mean firm value-added rate", "value-added / sales"}),
            Map.entry("value_added", new String[] {"Cluster value-added", "money per month"}),
            Map.entry("value_added_per_firm", new String[] {"Value-added per firm", "money per month"}),
            Map.entry("independent_development_share", new String[] {"Independent development", "share of producers, 0\u20131"}),
            Map.entry("innovation_rate", new String[] {"Innovation rate", "share of producers, 0\u20131"}),
            Map.entry("rd_intensity", new String[] {"R&D intensity", "R&D spending / sales"}),
            Map.entry("imitation_rate", new String[] {"Imitation rate", "designs per producer and month"}),
            Map.entry("default_rate", new String[] {"Default rate", "share of transactions, 0\u20131"}),
            Map.entry("mean_trust", new String[] {"Mean trust", "0\u20131"}),
            Map.entry("mean_relation_length", new String[] {"Mean relation length", "months"}),
            Map.entry("specialists_per_stage", new String[] {"Specialists per stage", "firms"}),
            Map.entry("credit_constrained_share", new String[] {"Credit-constrained make decisions", "share, 0\u20131"}),
            Map.entry("mean_quality", new String[] {"Mean quality", "quality index"}),
            Map.entry("mean_markup", new String[] {"Mean markup", "share of cost"}),
            Map.entry("hhi", new String[] {"Herfindahl index", "0\u20131"}),
            Map.entry("firms", new String[] {"Firms", "firms"}),
            Map.entry("producers", new String[] {"Producers", "firms"}),
            Map.entry("specialists", new String[] {"Specialists", "firms"}),
            Map.entry("entries", new String[] {"Entries", "firms per month"}),
            Map.entry("exits", new String[] {"Exits", "firms per month"}),
            Map.entry("employment", new String[] {"Employment", "workers"}),
            Map.entry("labour_productivity", new String[] {"Labour productivity", "money per worker-month"}));

    private FigureLabels() {
    }

    /** "Division of labour": a name short enough for a colour bar or a legend. */
    public static String metricShort(String column) {
        String[] s = SHORT.get(column);
        return s != null ? s[0] : capitalise(column.replace('_', ' '));
    }

    /** The unit of a metric ("share of inputs bought, 0-1", "months"), or "" when none is recorded. */
    public static String unit(String column) {
        String[] s = SHORT.get(column);
        if (s != null) return s[1];
        if (column.matches("dol_s\\d+")) return "share of producers buying the stage, 0\u20131";
        if (column.matches("specialists_s\\d+")) return "firms";
        return "";
    }

    /** "Division of labour, mean (share of inputs bought, 0-1)": a colour bar's or axis's label. */
    public static String metricWithUnit(String column, String statistic) {
        String u = unit(column);
        return metricShort(column) + (statistic == null ? "" : ", " + statistic) + (u.isEmpty() ? "" : " (" + u + ")");
    }

    /** "Credit environment (creditEnvironment, probability)". */
    public static String factor(String key) {
        Param p = Param.byName(key);
        String words = words(key);
        return p == null ? words : words + " (" + key + ", " + p.unit + ")";
    }

    /** Short name of a factor for panel titles: "Credit environment". */
    public static String factorShort(String key) {
        return words(key);
    }

    /** "Division of labour (share of inputs bought)". */
    public static String metric(String column) {
        String n = METRIC_NAMES.get(column);
        return n != null ? n : capitalise(column.replace('_', ' '));
    }

    /** The metric's definition from MODEL.md section 4, or null. */
    public static String definition(String column) {
        for (Metric m : Metric.values()) if (m.column.equals(column)) return m.description;
        return null;
    }

    /** camelCase to words: "creditEnvironment" becomes "Credit environment", "ipProtection" "IP protection". */
    static String words(String camel) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < camel.length(); k++) {
            char c = camel.charAt(k);
            if (Character.isUpperCase(c) && k > 0) b.append(' ').append(Character.toLowerCase(c));
            else b.append(c);
        }
        String[] w = b.toString().split(" ");
        for (int k = 0; k < w.length; k++) {
            String acronym = ACRONYMS.get(w[k]);
            if (acronym != null) w[k] = acronym;
        }
        return capitalise(String.join(" ", w));
    }

    private static final Map<String, String> ACRONYMS = Map.of("ip", "IP", "rd", "R&D", "hhi", "HHI", "va", "VA");

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

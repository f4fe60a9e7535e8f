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

    private FigureLabels() {
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

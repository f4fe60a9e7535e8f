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
    private FigureLabels() {
    }

    /** "Division of labour": a name short enough for a colour bar or a legend. */
    public static String metricShort(String column) {
        Metric m = Metric.byColumn(column);
        return m != null ? m.shortName : capitalise(column.replace('_', ' '));
    }

    /** The unit of a metric ("share of inputs bought, 0-1", "months"), or "" when none is recorded. */
    public static String unit(String column) {
        Metric m = Metric.byColumn(column);
        if (m != null) return m.unit;
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
        Metric m = Metric.byColumn(column);
        return m != null ? m.label : capitalise(column.replace('_', ' '));
    }

    /** The metric's definition from MODEL.md section 4, or null. */
    public static String definition(String column) {
        Metric m = Metric.byColumn(column);
        return m == null ? null : m.description;
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

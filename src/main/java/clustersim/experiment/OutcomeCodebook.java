package clustersim.experiment;

import clustersim.metrics.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit and meaning of every outcome column of a sweep, for sweep.json and the report's codebook:
 * a reader of runs.csv should not need the code to know what a number counts.
 */
final class OutcomeCodebook {
    private OutcomeCodebook() {
    }

    static List<Map<String, Object>> of(Outcomes outcomes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String m : outcomes.metrics()) {
            out.add(entry(m, unit(m), "mean over the run's last " + outcomes.window + " steps of " + m + ": " + meaning(m)));
        }
        for (Outcomes.Reporter r : outcomes.reporters()) {
            String unit = r.kind() == Outcomes.Kind.FIRST_STEP_ABOVE ? "month (step)" : unit(r.metric());
            out.add(entry(r.column(), unit, r.meaning() + ": " + meaning(r.metric())));
        }
        return out;
    }

    private static Map<String, Object> entry(String column, String unit, String meaning) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("column", column);
        e.put("unit", unit);
        e.put("meaning", meaning);
        return e;
    }

    static String unit(String column) {
        Metric m = Metric.byColumn(column);
        if (m != null) return m.unit;
        if (column.startsWith("dol_s")) return "share (0-1)";
        if (column.startsWith("specialists_s")) return "firms";
        return "";
    }

    static String meaning(String column) {
        Metric m = Metric.byColumn(column);
        if (m != null) return m.description;
        if (column.startsWith("dol_s")) return "division of labour at stage " + column.substring(5) + ": share of producers' input of that stage bought";
        if (column.startsWith("specialists_s")) return "firms selling stage " + column.substring(13) + " to other firms";
        return column;
    }
}

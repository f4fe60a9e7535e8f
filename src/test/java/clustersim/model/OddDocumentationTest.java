package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import clustersim.experiment.FirmTable;
import clustersim.metrics.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/ODD.md is what economists read before the code, so its tables must not drift from the code: every
 * {@link Param} with its default, range and group, the default value chain with every stage field, and
 * the columns of timeseries.csv and firms.csv. The tables sit between HTML comment markers
 * ({@code <!-- param-table:begin -->} ...) so that prose elsewhere may name parameters freely.
 */
class OddDocumentationTest {
    static final Path ODD = Paths.get("docs", "ODD.md");
    /** A cell boundary: a pipe not escaped as \| (the metric definitions write |A| for a count). */
    private static final Pattern CELL = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern RANGE = Pattern.compile("\\[\\s*(\\S+)\\s*,\\s*(\\S+)\\s*\\](\\s+whole)?");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    static List<String> region(String marker) throws IOException {
        List<String> lines = Files.readAllLines(ODD, StandardCharsets.UTF_8);
        int begin = lines.indexOf("<!-- " + marker + ":begin -->"), end = lines.indexOf("<!-- " + marker + ":end -->");
        assertTrue(begin >= 0 && end > begin, ODD + " must hold a table between <!-- " + marker + ":begin --> and <!-- " + marker + ":end -->");
        return lines.subList(begin + 1, end);
    }

    /** The cells of a table row, trimmed, without the outer pipes; null if the line is not a row. */
    static String[] cells(String line) {
        String t = line.trim();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) return null;
        String[] c = CELL.split(t.substring(1, t.length() - 1), -1);
        for (int k = 0; k < c.length; k++) c[k] = c[k].trim();
        return c;
    }

    /** The name in backticks of a row's first cell, or null (header and separator rows have none). */
    static String rowName(String[] cells) {
        Matcher m = NAME.matcher(cells[0]);
        return m.matches() ? m.group(1) : null;
    }

    static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            fail(ODD + ": " + what + " is '" + text + "', not a number");
            return Double.NaN;
        }
    }

    @Test
    void everyParameterIsDocumentedWithItsDefaultRangeAndGroup() throws IOException {
        Map<String, Param> documented = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        String heading = "";
        for (String line : region("param-table")) {
            if (line.startsWith("#")) {
                heading = line;
                continue;
            }
            String[] c = cells(line);
            if (c == null) continue;
            String name = rowName(c);
            if (name == null) continue;
            Param p = Param.byName(name);
            if (p == null) {
                errors.add(name + " is documented but is no parameter of Param.java");
                continue;
            }
            if (documented.put(name, p) != null) errors.add(name + " is documented twice");
            if (c.length != 5) {
                errors.add(name + ": expected 5 cells (parameter, meaning, unit, default, range), found " + c.length);
                continue;
            }
            if (c[1].isEmpty() || c[2].isEmpty()) errors.add(name + ": meaning and unit must not be empty");
            if (!heading.contains("`" + p.kind.name() + "`")) {
                errors.add(name + " is listed under '" + heading + "' but its group is " + p.kind);
            }
            double def = number(c[3], "the default of " + name);
            if (def != p.defaultValue) errors.add(name + ": documented default " + c[3] + ", Param.java has " + Param.fmt(p.defaultValue));
            Matcher r = RANGE.matcher(c[4]);
            if (!r.matches()) {
                errors.add(name + ": range '" + c[4] + "' is not of the form [min, max] (followed by 'whole' for whole numbers)");
                continue;
            }
            double lo = number(r.group(1), "the minimum of " + name), hi = number(r.group(2), "the maximum of " + name);
            if (lo != p.min || hi != p.max) {
                errors.add(name + ": documented range " + c[4] + ", Param.java has [" + Param.fmt(p.min) + ", " + Param.fmt(p.max) + "]");
            }
            if ((r.group(3) != null) != p.isInteger()) {
                errors.add(name + (p.isInteger() ? " takes whole numbers only: mark its range 'whole'" : " is not restricted to whole numbers: drop 'whole'"));
            }
        }
        for (Param p : Param.values()) {
            if (!documented.containsKey(p.key)) errors.add(p.key + " (" + p.kind + ") is missing from the parameter tables");
        }
        assertTrue(errors.isEmpty(), ODD + " is out of date with Param.java:\n  " + String.join("\n  ", errors));
    }

    @Test
    void defaultStagesAreDocumentedFieldByField() throws IOException {
        List<Stage> standard = ValueChain.standard().stages();
        List<String> errors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String[] header = null;
        for (String line : region("stage-table")) {
            String[] c = cells(line);
            if (c == null) continue;
            String name = rowName(c);
            if (name == null) {
                if (header == null) header = c;
                continue;
            }
            int k = seen.size();
            seen.add(name);
            if (k >= standard.size()) {
                errors.add("stage '" + name + "' is documented but ValueChain.standard() has only " + standard.size() + " stages");
                continue;
            }
            Stage st = standard.get(k);
            if (!st.name.equals(name)) errors.add("row " + (k + 1) + " documents stage '" + name + "', ValueChain.standard() has '" + st.name + "' there");
            double[] actual = {st.valueShare, st.specificity, st.knowledgeIntensity, st.scaleFactor, st.learningFactor,
                st.capital, st.baseCost, st.materialShare};
            if (c.length != Stage.FIELDS.length) {
                errors.add(name + ": expected " + Stage.FIELDS.length + " cells, found " + c.length);
                continue;
            }
            for (int f = 1; f < Stage.FIELDS.length; f++) {
                double doc = number(c[f], Stage.FIELDS[f] + " of stage " + name);
                if (doc != actual[f - 1]) {
                    errors.add(name + "." + Stage.FIELDS[f] + ": documented " + c[f] + ", ValueChain.standard() has " + Param.fmt(actual[f - 1]));
                }
            }
        }
        assertTrue(header != null, "the stage table needs a header row");
        List<String> expectedHeader = new ArrayList<>(Arrays.asList(Stage.FIELDS));
        expectedHeader.set(0, "stage");
        assertEquals(expectedHeader, Arrays.asList(header), "the stage table's columns must be the stage fields, in Stage.FIELDS order");
        if (seen.size() < standard.size()) errors.add("only " + seen.size() + " of the " + standard.size() + " default stages are documented");
        assertTrue(errors.isEmpty(), ODD + " is out of date with ValueChain.standard():\n  " + String.join("\n  ", errors));
    }

    static Set<String> documentedNames(String marker) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : region(marker)) {
            String[] c = cells(line);
            if (c == null) continue;
            String name = rowName(c);
            if (name != null) assertTrue(names.add(name), name + " is documented twice in the " + marker);
        }
        return names;
    }

    @Test
    void everyTimeseriesColumnIsDefined() throws IOException {
        Set<String> documented = documentedNames("metric-table");
        // the per-stage columns are documented once, as a family (dol_sN for dol_s1, dol_s2, ...)
        List<String> actual = Arrays.asList(ClusterMetrics.of(new ClusterModel(1)).columns());
        List<String> errors = new ArrayList<>();
        Set<String> expected = new LinkedHashSet<>();
        for (String column : actual) expected.add(column.replaceFirst("_s\\d+$", "_sN"));
        for (String column : expected) if (!documented.contains(column)) errors.add(column + " is not defined");
        for (String column : documented) if (!expected.contains(column)) errors.add(column + " is defined but timeseries.csv has no such column");
        for (Metric m : Metric.values()) assertFalse(m.column.endsWith("_sN"), "a metric named like a per-stage family: " + m.column);
        assertTrue(errors.isEmpty(), ODD + " is out of date with the metrics:\n  " + String.join("\n  ", errors));
    }

    @Test
    void everyFirmsCsvColumnIsDefined() throws IOException {
        Set<String> documented = documentedNames("firm-table");
        assertEquals(Arrays.asList(FirmTable.COLUMNS), new ArrayList<>(documented),
                ODD + " must define the columns of firms.csv, in FirmTable.COLUMNS order");
    }
}

package clustersim.report;

import clustersim.analysis.RegressionSensitivity;
import clustersim.analysis.SampleSummary;
import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import clustersim.metrics.MetricRange;
import clustersim.experiment.RunsTable;
import clustersim.experiment.SweepJob;
import clustersim.experiment.SweepManifest;
import clustersim.experiment.SweepStateException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a sweep folder's runs.csv says, written beside it: summary.csv (one row a design point: factors,
 * then mean, sd and 95% Student-t interval of each outcome, and n), sensitivity.csv for sampled designs
 * (standardised regression coefficients), and figures/ (PNG and SVG): a heatmap per outcome when two grid
 * factors vary, a line with its 95% band when one does, a panel per factor otherwise. Works from the
 * folder alone (sweep.json and runs.csv), so that merges and resumed sweeps recompute it the same way.
 */
public final class SweepReport {
    public static final String SUMMARY = "summary.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String FIGURES = "figures";

    private final Path dir;
    private final SweepManifest manifest;
    private final RunsTable table;
    /** Point id to its runs, in run_id order. */
    private final TreeMap<Integer, List<RunsTable.Row>> byPoint = new TreeMap<>();

    private SweepReport(Path dir, SweepManifest manifest, RunsTable table) {
        this.dir = dir;
        this.manifest = manifest;
        this.table = table;
        for (RunsTable.Row r : table.rows()) byPoint.computeIfAbsent(r.pointId, k -> new ArrayList<>()).add(r);
    }

    SweepManifest manifest() {
        return manifest;
    }

    RunsTable table() {
        return table;
    }

    Path dir() {
        return dir;
    }

    public static SweepReport of(Path dir) throws IOException, SweepStateException {
        SweepManifest m = SweepManifest.read(dir);
        if (m == null) throw new SweepStateException(dir + ": not a sweep folder (no sweep.json)");
        RunsTable t = RunsTable.read(dir.resolve(SweepJob.RUNS), m.factorNames().size(), m.labelNames().size());
        return new SweepReport(dir, m, t);
    }

    /** What {@link #writeAll} wrote, and why figures are missing if they are. */
    public static final class Written {
        public final List<Path> files = new ArrayList<>();
        /** Null, or why the figures could not be drawn (the tables are written all the same). */
        public String figureProblem;

        public long figures() {
            return files.stream().filter(p -> p.toString().endsWith(".png")).count();
        }
    }

    /**
     * Writes summary, sensitivity (sampled designs) and figures. A figure that cannot be drawn (a compute
     * node without fonts, say) does not cost the tables: the problem is reported and the figures can be
     * drawn later with {@code clustersim merge DIR --out DIR}.
     */
    public Written writeAll(boolean figures) throws IOException {
        Written w = new Written();
        w.files.add(writeSummary());
        if (!manifest.design().equals("grid")) {
            Path s = writeSensitivity();
            if (s != null) w.files.add(s);
        }
        if (figures && !table.rows().isEmpty()) {
            try {
                w.files.addAll(writeFigures());
            } catch (IOException | RuntimeException | LinkageError | InternalError e) {
                w.figureProblem = e.toString();
            }
        }
        return w;
    }

    /** summary.csv: point_id, the factors, then per outcome _mean, _sd, _ci_low, _ci_high, then n. */
    public Path writeSummary() throws IOException {
        StringBuilder b = new StringBuilder("point_id");
        for (String f : table.factors) b.append(',').append(f);
        for (String o : table.outcomes) {
            b.append(',').append(o).append("_mean").append(',').append(o).append("_sd")
                    .append(',').append(o).append("_ci_low").append(',').append(o).append("_ci_high");
        }
        b.append(",n\n");
        for (var e : byPoint.entrySet()) {
            List<RunsTable.Row> rows = e.getValue();
            b.append(e.getKey());
            for (double v : rows.get(0).factors) b.append(',').append(CsvFormat.number(v));
            for (int o = 0; o < table.outcomes.size(); o++) {
                SampleSummary s = summary(rows, o);
                b.append(',').append(CsvFormat.number(s.mean)).append(',').append(CsvFormat.number(s.sd))
                        .append(',').append(CsvFormat.number(s.ciLow)).append(',').append(CsvFormat.number(s.ciHigh));
            }
            b.append(',').append(rows.size()).append('\n');
        }
        return writeText(dir.resolve(SUMMARY), b.toString());
    }

    private SampleSummary summary(List<RunsTable.Row> rows, int outcome) {
        double[] v = new double[rows.size()];
        for (int k = 0; k < v.length; k++) v[k] = rows.get(k).outcomes[outcome];
        // a metric with a known range (a share, a count) keeps its interval inside it (issue 11, item 13)
        MetricRange range = MetricRange.of(table.outcomes.get(outcome));
        return SampleSummary.of(v, range.lower(), range.upper());
    }

    /** sensitivity.csv: outcome, factor, src, r_squared, n (runs); null when there are too few runs. */
    Path writeSensitivity() throws IOException {
        StringBuilder b = new StringBuilder("outcome,factor,src,r_squared,n\n");
        boolean any = false;
        for (int o = 0; o < table.outcomes.size(); o++) {
            RegressionSensitivity s = sensitivity(o);
            if (s == null) continue;
            any = true;
            for (int j = 0; j < table.factors.size(); j++) {
                b.append(table.outcomes.get(o)).append(',').append(table.factors.get(j)).append(',').append(CsvFormat.number(s.src[j]))
                        .append(',').append(CsvFormat.number(s.rSquared)).append(',').append(s.n).append('\n');
            }
        }
        return any ? writeText(dir.resolve(SENSITIVITY), b.toString()) : null;
    }

    private RegressionSensitivity sensitivity(int outcome) {
        List<RunsTable.Row> rows = table.rows();
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int r = 0; r < y.length; r++) {
            x[r] = rows.get(r).factors;
            y[r] = rows.get(r).outcomes[outcome];
        }
        try {
            return RegressionSensitivity.of(x, y);
        } catch (RuntimeException e) {
            return null; // a singular design (e.g. factors that move together): no coefficients
        }
    }

    /** The factors (indices) that take more than one value in the runs. */
    private List<Integer> varying() {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < table.factors.size(); j++) {
            TreeSet<Double> values = new TreeSet<>();
            for (RunsTable.Row r : table.rows()) values.add(r.factors[j]);
            if (values.size() > 1) out.add(j);
        }
        return out;
    }

    public List<Path> writeFigures() throws IOException {
        Path figs = dir.resolve(FIGURES);
        List<Path> out = new ArrayList<>();
        List<Integer> vary = varying();
        boolean grid = manifest.design().equals("grid");
        if (grid && vary.size() == 2) {
            int xi = vary.get(0), yi = vary.get(1);
            double[] xs = levels(xi), ys = levels(yi);
            for (int o = 0; o < table.outcomes.size(); o++) {
                double[][] mean = new double[xs.length][ys.length], width = new double[xs.length][ys.length];
                for (double[] col : mean) Arrays.fill(col, Double.NaN);
                for (double[] col : width) Arrays.fill(col, Double.NaN);
                for (List<RunsTable.Row> rows : byPoint.values()) {
                    RunsTable.Row r0 = rows.get(0);
                    int i = Arrays.binarySearch(xs, r0.factors[xi]), j = Arrays.binarySearch(ys, r0.factors[yi]);
                    SampleSummary s = summary(rows, o);
                    mean[i][j] = s.mean;
                    width[i][j] = s.ciHigh - s.ciLow;
                }
                String metric = table.outcomes.get(o);
                out.addAll(FigureFiles.write(Heatmap.chart(table.factors.get(xi), xs, table.factors.get(yi), ys, mean, metric,
                        note("cell: mean of", metric)), Heatmap.WIDTH, Heatmap.HEIGHT, figs, "heatmap-" + metric));
                // the companion: how far each cell's mean can be trusted (a map of means hides it)
                out.addAll(FigureFiles.write(Heatmap.chart(table.factors.get(xi), xs, table.factors.get(yi), ys, width, metric,
                        "Uncertainty: " + FigureLabels.metricShort(metric), FigureLabels.metricWithUnit(metric, "width of the 95% CI"),
                        note("cell: width of the 95% confidence interval of the mean of", metric)), Heatmap.WIDTH, Heatmap.HEIGHT, figs,
                        "heatmap-" + metric + "-ci-width"));
            }
        } else if (grid && vary.size() == 1) {
            int xi = vary.get(0);
            double[] xs = levels(xi);
            for (int o = 0; o < table.outcomes.size(); o++) {
                double[] mean = new double[xs.length], lo = new double[xs.length], hi = new double[xs.length];
                Arrays.fill(mean, Double.NaN);
                Arrays.fill(lo, Double.NaN);
                Arrays.fill(hi, Double.NaN);
                for (List<RunsTable.Row> rows : byPoint.values()) {
                    int i = Arrays.binarySearch(xs, rows.get(0).factors[xi]);
                    SampleSummary s = summary(rows, o);
                    mean[i] = s.mean;
                    lo[i] = s.ciLow;
                    hi[i] = s.ciHigh;
                }
                String metric = table.outcomes.get(o);
                out.addAll(FigureFiles.write(BandChart.chart(table.factors.get(xi), xs, mean, lo, hi, metric,
                        note("point: mean of", metric) + "; band: 95% confidence interval, kept inside the metric's range"),
                        BandChart.WIDTH, BandChart.HEIGHT, figs, "line-" + metric));
            }
        } else if (!vary.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int j : vary) names.add(table.factors.get(j));
            List<RunsTable.Row> rows = table.rows();
            double[][] x = new double[rows.size()][vary.size()];
            for (int r = 0; r < rows.size(); r++) for (int k = 0; k < vary.size(); k++) x[r][k] = rows.get(r).factors[vary.get(k)];
            for (int o = 0; o < table.outcomes.size(); o++) {
                double[] y = new double[rows.size()];
                for (int r = 0; r < y.length; r++) y[r] = rows.get(r).outcomes[o];
                RegressionSensitivity s = vary.size() == table.factors.size() ? sensitivity(o) : null;
                String metric = table.outcomes.get(o);
                ScatterPanels p = new ScatterPanels(names, x, y, metric, s == null ? null : s.src,
                        "dot: one run (mean over its last " + manifest.window() + " steps); " + rows.size() + " runs, base scenario "
                                + baseName() + (s == null ? "" : String.format(java.util.Locale.ROOT, "; SRC: standardised regression coefficient, R\u00b2 = %.2f", s.rSquared)));
                out.addAll(FigureFiles.write(p.drawing(), p.width(), p.height(), figs, "scatter-" + metric));
            }
        }
        return out;
    }

    private String note(String what, String metric) {
        int min = Integer.MAX_VALUE, max = 0;
        for (List<RunsTable.Row> rows : byPoint.values()) {
            min = Math.min(min, rows.size());
            max = Math.max(max, rows.size());
        }
        String n = min == max ? Integer.toString(min) : min + "\u2013" + max;
        return what + " " + n + " runs, each averaged over its last " + manifest.window() + " steps (months); base scenario "
                + baseName() + "; sweep " + manifest.name();
    }

    private String baseName() {
        JsonObject base = manifest.sweep().getAsJsonObject("base_scenario");
        JsonElement n = base == null ? null : base.get("name");
        return n == null ? "?" : n.getAsString();
    }

    private double[] levels(int factor) {
        TreeSet<Double> values = new TreeSet<>();
        for (RunsTable.Row r : table.rows()) values.add(r.factors[factor]);
        // the design's levels, so that points without runs yet still get their place on the axis
        List<double[]> design = manifest.factorLevels();
        if (factor < design.size() && design.get(factor) != null) for (double v : design.get(factor)) values.add(v);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Path writeText(Path f, String text) throws IOException {
        AtomicFiles.writeString(f, text);
        return f;
    }
}

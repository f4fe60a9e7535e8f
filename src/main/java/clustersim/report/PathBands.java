package clustersim.report;

import clustersim.analysis.SampleSummary;
import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import clustersim.metrics.MetricRange;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * Time paths with bands: for each group of runs (a scenario of a comparison, a design point of a sweep)
 * the mean of a metric over the runs at every step and the 95% confidence interval of that mean (Student
 * t over runs; a share or a count keeps it inside its range), one band per group in one figure, with
 * policy events as labelled vertical lines. Used by {@code clustersim compare}, the facts report, and by
 * {@link #fromSweep} for a sweep run with {@code --timeseries}.
 */
public final class PathBands {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 600;
    /** Colour-blind-safe (Okabe and Ito 2008), in order of the groups. */
    static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private PathBands() {
    }

    /** One group's band: mean and interval at each step (NaN where no run has a value). */
    public record Band(String label, double[] steps, double[] mean, double[] low, double[] high, int runs) {
    }

    /** A vertical line at a step, labelled (a policy event, a month a fact compares). */
    public record Event(double step, String label) {
    }

    /**
     * The band of one metric over runs.
     *
     * @param paths {@code paths[run][t]}: the metric at step t + 1 of each run (NaN: undefined that step)
     */
    public static Band band(String label, String metric, double[][] paths) {
        int steps = 0;
        for (double[] p : paths) steps = Math.max(steps, p.length);
        MetricRange r = MetricRange.of(metric);
        double[] x = new double[steps], m = new double[steps], lo = new double[steps], hi = new double[steps];
        double[] v = new double[paths.length];
        for (int t = 0; t < steps; t++) {
            for (int k = 0; k < paths.length; k++) v[k] = t < paths[k].length ? paths[k][t] : Double.NaN;
            SampleSummary s = SampleSummary.of(v, r.lower(), r.upper());
            x[t] = t + 1;
            m[t] = s.mean;
            lo[t] = s.ciLow;
            hi[t] = s.ciHigh;
        }
        return new Band(label, x, m, lo, hi, paths.length);
    }

    /** One metric, one band per group, the events as labelled vertical lines. */
    public static JFreeChart chart(String metric, List<Band> bands, List<Event> events, String note) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        double top = 0;
        for (int g = 0; g < bands.size(); g++) {
            Band b = bands.get(g);
            YIntervalSeries s = new YIntervalSeries(b.label() + " (" + b.runs() + " runs)", false, true);
            for (int t = 0; t < b.steps().length; t++) {
                double mean = b.mean()[t];
                if (Double.isNaN(mean)) continue;
                double lo = Double.isNaN(b.low()[t]) ? mean : b.low()[t], hi = Double.isNaN(b.high()[t]) ? mean : b.high()[t];
                s.add(b.steps()[t], mean, lo, hi);
                top = Math.max(top, Math.abs(hi));
            }
            data.addSeries(s);
            Color c = COLOURS[g % COLOURS.length];
            r.setSeriesPaint(g, c);
            r.setSeriesFillPaint(g, c);
            r.setSeriesStroke(g, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        r.setAlpha(0.2f);
        Font axisFont = new Font("SansSerif", Font.PLAIN, 15), tickFont = new Font("SansSerif", Font.PLAIN, 13);
        NumberAxis xa = new NumberAxis("Month (step)");
        NumberAxis ya = new NumberAxis(FigureLabels.metricWithUnit(metric, null));
        for (NumberAxis a : new NumberAxis[] {xa, ya}) {
            a.setLabelFont(axisFont);
            a.setTickLabelFont(tickFont);
        }
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        ya.setAutoRangeMinimumSize(Math.max(1e-3, 0.05 * top));
        XYPlot plot = new XYPlot(data, xa, ya, r);
        ChartStyle.plain(plot);
        for (Event e : events) {
            ValueMarker mk = new ValueMarker(e.step(), new Color(0x555555), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10, new float[] {6, 4}, 0));
            mk.setLabel(e.label());
            mk.setLabelFont(new Font("SansSerif", Font.PLAIN, 13));
            mk.setLabelPaint(new Color(0x333333));
            mk.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            mk.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            mk.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
            plot.addDomainMarker(mk, Layer.FOREGROUND);
        }
        return ChartStyle.chart(plot, FigureLabels.metric(metric), note);
    }

    /** The note under a band figure's title. */
    public static String note(int runsPerGroup) {
        return "line: mean over " + runsPerGroup + " runs at each month; band: 95% confidence interval of that mean";
    }

    /**
     * bands.csv, tidy: one row a group and step, for each metric its mean and 95% interval
     * ({@code <metric>_mean, <metric>_ci_low, <metric>_ci_high}) and n, the runs.
     *
     * @param bands {@code bands.get(metric)} holds the groups' bands of that metric, groups in the same order
     */
    public static String bandsCsv(String groupColumn, List<String> metrics, Map<String, List<Band>> bands) {
        StringBuilder b = new StringBuilder(groupColumn).append(",step");
        for (String m : metrics) b.append(',').append(m).append("_mean,").append(m).append("_ci_low,").append(m).append("_ci_high");
        b.append(",n\n");
        List<Band> first = bands.get(metrics.get(0));
        for (int g = 0; g < first.size(); g++) {
            Band f = first.get(g);
            for (int t = 0; t < f.steps().length; t++) {
                b.append(csvText(f.label())).append(',').append(CsvFormat.number(f.steps()[t]));
                for (String m : metrics) {
                    Band x = bands.get(m).get(g);
                    b.append(',').append(CsvFormat.number(x.mean()[t])).append(',').append(CsvFormat.number(x.low()[t]))
                            .append(',').append(CsvFormat.number(x.high()[t]));
                }
                b.append(',').append(f.runs()).append('\n');
            }
        }
        return b.toString();
    }

    static String csvText(String s) {
        return s.matches("[^,\"\\n\\r]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /**
     * The band figures of a sweep run with {@code --timeseries}: the runs of runs.csv grouped by
     * point_id, each run's path read from {@code timeseries/run-<run_id>.csv.gz}, one figure per metric
     * with one band per design point (labelled by its factor values), written to {@code out} as
     * {@code paths-<metric>.png/.svg}. Runs whose file is missing (a sweep without --timeseries) are
     * skipped; returns the files written (none when no run has a time series).
     */
    public static List<Path> fromSweep(Path sweepDir, List<String> metrics, Path out) throws IOException {
        Path runs = sweepDir.resolve("runs.csv"), ts = sweepDir.resolve("timeseries");
        Map<Integer, String> labels = new TreeMap<>();
        Map<Integer, List<Path>> files = new TreeMap<>();
        Map<Long, Path> byRun = new TreeMap<>();
        if (Files.isDirectory(ts)) {
            try (var list = Files.list(ts)) {
                list.forEach(x -> {
                    java.util.regex.Matcher mt = java.util.regex.Pattern.compile("run-0*(\\d+)\\.csv\\.gz").matcher(x.getFileName().toString());
                    if (mt.matches()) byRun.put(Long.parseLong(mt.group(1)), x);
                });
            }
        }
        try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = p.getHeaderNames();
            int firstFactor = header.indexOf("seed") + 1;
            for (CSVRecord rec : p) {
                int point = Integer.parseInt(rec.get("point_id"));
                Path f = byRun.get(Long.parseLong(rec.get("run_id")));
                if (f == null) continue;
                files.computeIfAbsent(point, k -> new ArrayList<>()).add(f);
                if (!labels.containsKey(point)) {
                    StringBuilder l = new StringBuilder("point " + point);
                    for (int c = firstFactor; c < header.size() && c < rec.size(); c++) {
                        String h = header.get(c);
                        if (clustersim.model.Param.byName(h) == null) break; // the factors end where the outcomes begin
                        l.append(c == firstFactor ? ": " : ", ").append(h).append(' ').append(rec.get(c));
                    }
                    labels.put(point, l.toString());
                }
            }
        }
        List<Path> written = new ArrayList<>();
        if (files.isEmpty()) return written;
        Map<String, List<Band>> bands = new LinkedHashMap<>();
        for (String m : metrics) bands.put(m, new ArrayList<>());
        int runsPer = 0;
        for (var e : files.entrySet()) {
            List<double[][]> byMetric = new ArrayList<>();
            for (String m : metrics) byMetric.add(new double[e.getValue().size()][]);
            for (int r = 0; r < e.getValue().size(); r++) {
                double[][] series = readGz(e.getValue().get(r), metrics);
                for (int k = 0; k < metrics.size(); k++) byMetric.get(k)[r] = series[k];
            }
            for (int k = 0; k < metrics.size(); k++) bands.get(metrics.get(k)).add(band(labels.get(e.getKey()), metrics.get(k), byMetric.get(k)));
            runsPer = Math.max(runsPer, e.getValue().size());
        }
        for (String m : metrics) {
            written.addAll(FigureFiles.write(chart(m, bands.get(m), List.of(), note(runsPer)), WIDTH, HEIGHT, out, "paths-" + m));
        }
        return written;
    }

    private static double[][] readGz(Path f, List<String> metrics) throws IOException {
        List<List<Double>> cols = new ArrayList<>();
        for (int k = 0; k < metrics.size(); k++) cols.add(new ArrayList<>());
        try (Reader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8));
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord rec : p) {
                for (int k = 0; k < metrics.size(); k++) {
                    String v = rec.isMapped(metrics.get(k)) ? rec.get(metrics.get(k)) : "";
                    cols.get(k).add(v.isEmpty() ? Double.NaN : Double.parseDouble(v));
                }
            }
        }
        double[][] out = new double[metrics.size()][];
        for (int k = 0; k < out.length; k++) out[k] = cols.get(k).stream().mapToDouble(Double::doubleValue).toArray();
        return out;
    }

    /** Writes text under a temporary name and renames it. */
    public static Path writeText(Path f, String text) throws IOException {
        Files.createDirectories(f.toAbsolutePath().getParent());
        Path tmp = AtomicFiles.temporary(f);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            AtomicFiles.commit(tmp, f);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return f;
    }
}

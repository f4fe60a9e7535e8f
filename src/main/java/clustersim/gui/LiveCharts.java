package clustersim.gui;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.Metric;
import clustersim.model.ClusterModel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JSplitPane;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYDataItem;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import sim.display.ChartUtilities;
import sim.util.IntBag;
import sim.util.media.chart.DataCuller;
import sim.util.media.chart.HistogramSeriesAttributes;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts: MASON time-series chart generators for the cluster's organisation, value-added,
 * innovation, trust and demography, and a MASON histogram of producers' vertical integration. Policy
 * events and slider moves are marked on the time axis of every chart.
 *
 * <p>The charts redraw a few times a second from {@link ChartFeed}'s batches, never once per step, so a
 * fast run is not held back by JFreeChart (MASON's Console waits for Swing after every step). When the
 * charts take long to draw, the next redraw waits four times as long as the last one took, so drawing
 * charts stays under about a fifth of Swing's time. History is bounded: MASON's data culler thins a series
 * that passes 1000 points (its default, set in each chart's properties), so the whole run stays on the time
 * axis at coarser resolution, and if a student turns culling off each series still keeps only its last
 * {@link #HARD_CAP} points.
 */
final class LiveCharts {
    /** Milliseconds between two redraws of the charts. */
    static final int REDRAW_MS = 200;
    static final int HARD_CAP = 20_000;
    /** Markers kept per chart (the oldest go first). */
    static final int MAX_MARKERS = 60;
    static final int HISTOGRAM_BINS = 20;
    private static final Color MARKER = new Color(0xcc, 0x55, 0x00);
    /** What month 0 shows: what exists when a run starts. Flows over a month begin at month 1. */
    static final java.util.Set<Metric> START_STOCKS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            Metric.FIRMS, Metric.PRODUCERS, Metric.SPECIALISTS, Metric.DIVISION_OF_LABOR, Metric.VERTICAL_INTEGRATION));

    /** One plotted metric. */
    private static final class Line {
        final Metric metric;
        final String label;
        final Color color;
        final boolean rightAxis;
        /** Months averaged into each point (1: the month's own value). */
        int months = 1;
        /** The last {@link #months} values, for the running mean. */
        double[] recent;
        int seen;
        int column;
        XYSeries series;
        TimeSeriesAttributes attributes;

        Line(Metric metric, String label, Color color, boolean rightAxis) {
            this.metric = metric;
            this.label = label;
            this.color = color;
            this.rightAxis = rightAxis;
        }
    }

    /** One chart window. */
    private static final class Chart {
        final String title;
        final String leftLabel;
        final String rightLabel;
        final double[] leftRange;
        final List<Line> lines = new ArrayList<>();
        /** Line widths other than the usual 2 pixels. */
        final Map<Metric, Float> thickness = new java.util.EnumMap<>(Metric.class);
        /** Space above the right axis's data, as a multiple of its range (JFreeChart's upper margin). */
        double rightUpperMargin = 0.05;
        /** Smallest span of the axes, so that a series flat at 0 does not get an axis from 0 to 1E-9. */
        double leftMinimumRange = 0.01, rightMinimumRange = 0.01;
        TimeSeriesChartGenerator generator;
        XYSeriesCollection right;
        final Deque<ValueMarker> markers = new ArrayDeque<>();
        /** The compared cluster's lines (B, dashed), one for each of {@link #lines}; empty unless comparing. */
        final List<Line> linesB = new ArrayList<>();

        Chart(String title, String leftLabel, String rightLabel, double[] leftRange) {
            this.title = title;
            this.leftLabel = leftLabel;
            this.rightLabel = rightLabel;
            this.leftRange = leftRange;
        }

        Chart line(Metric m, String label, Color c) {
            lines.add(new Line(m, label, c, false));
            return this;
        }

        Chart right(Metric m, String label, Color c) {
            lines.add(new Line(m, label, c, true));
            return this;
        }

        /** The last line added shows the mean of the last {@code months} months (counts that jump month to month). */
        Chart meanOver(int months) {
            Line l = lines.get(lines.size() - 1);
            l.months = months;
            l.recent = new double[months];
            return this;
        }
    }

    private final List<Chart> charts = new ArrayList<>();
    private final ChartFeed feed;
    /** The compared cluster's feed, or null when the window shows one cluster. */
    private ChartFeed feedB;
    private String nameA, nameB;
    private HistogramSeriesAttributes histogramSeriesB;
    private int histogramValuesB;
    private final List<JFrame> frames = new ArrayList<>();
    private FixedRangeHistogramGenerator histogram;
    private HistogramSeriesAttributes histogramSeries;
    private int histogramValues;
    private javax.swing.Timer timer;
    private long key;
    private long redraws;
    /** The months a run plays: the time axis shows them all from month 0 on. */
    private long runLength = 1;
    private double lastMonth;
    /** Time JFreeChart spent drawing the charts since the last batch, and when the current drawing began. */
    private long drawingNanos;
    private final Map<org.jfree.chart.JFreeChart, Long> drawingSince = new java.util.IdentityHashMap<>();

    LiveCharts() {
        Color blue = new Color(0x1f77b4), red = new Color(0xd62728), green = new Color(0x2ca02c),
                purple = new Color(0x9467bd), orange = new Color(0xff7f0e), teal = new Color(0x17becf),
                brown = new Color(0x8c564b), dark = new Color(0x333333);
        charts.add(new Chart("Division of labour", "share of value", null, new double[] {0, 1})
                .line(Metric.DIVISION_OF_LABOR, "division of labour (bought)", blue)
                .line(Metric.VERTICAL_INTEGRATION, "vertical integration (made)", red));
        charts.add(new Chart("Value-added", "value-added / gross output", "money per firm per month", null)
                .line(Metric.VA_TO_SALES, "value-added rate", green)
                .right(Metric.VALUE_ADDED_PER_FIRM, "value-added per firm (right axis)", purple));
        // one axis: the three are shares or rates of similar size, and two right-hand scales read alike
        // own designs are a share near 0.2 to 1, copying and R&D a percent or two: on one axis the two small
        // ones would lie flat on 0, so they get the right axis
        charts.add(new Chart("Innovation and imitation", "share of producers", "rate per month, share of sales", new double[] {0, 1})
                .line(Metric.INDEPENDENT_DEVELOPMENT_SHARE, "independent development (share of producers)", orange)
                .right(Metric.IMITATION_RATE, "imitation (designs copied per producer per month, right axis)", brown)
                .right(Metric.RD_INTENSITY, "R&D intensity (R&D spending / sales, right axis)", teal));
        charts.add(new Chart("Trust and defaults", "mean trust", "breaches / transactions", new double[] {0, 1})
                .line(Metric.MEAN_TRUST, "mean trust in suppliers", blue)
                .right(Metric.DEFAULT_RATE, "default rate (right axis)", red));
        // firms is a wide pale band under producers, which often equal it; entries and exits, which jump from
        // month to month, are smoothed and keep to the lower third of the plot
        Chart firms = new Chart("Firms", "firms", "entries, exits per month", null)
                .line(Metric.FIRMS, "firms", new Color(0xbdbdbd))
                .line(Metric.PRODUCERS, "producers", orange)
                .line(Metric.SPECIALISTS, "specialists (firms selling a stage)", blue)
                .right(Metric.ENTRIES, "entries per month, mean of 12 (right axis)", green).meanOver(12)
                .right(Metric.EXITS, "exits per month, mean of 12 (right axis)", red).meanOver(12);
        firms.thickness.put(Metric.FIRMS, 7f);
        firms.rightUpperMargin = 2.0;
        firms.leftMinimumRange = 10;
        firms.rightMinimumRange = 1;
        charts.add(firms);
        // the seed's institutions (MODEL.md section 6), as the metrics measure them; a guarantee fund that runs
        // dry is marked on every chart's time axis (ChartFeed's notices)
        Chart institutions = new Chart("Institutions", "share", "moves per 1,000 workers a month", new double[] {0, 1})
                .line(Metric.ASSOCIATION_MEMBERS, "association members (share of firms)", green)
                .line(Metric.GUARANTEED_LOANS, "guaranteed loans (share of debt)", blue)
                .line(Metric.UNIVERSITY_SHARE, "university share of innovations (12-month mean)", purple).meanOver(12)
                .right(Metric.TALENT_MOVES, "talent moves per 1,000 workers (right axis)", orange);
        institutions.rightMinimumRange = 1;
        charts.add(institutions);

        List<Metric> columns = new ArrayList<>();
        columns.add(Metric.STEP);
        for (Chart c : charts) {
            for (Line l : c.lines) {
                l.column = columns.indexOf(l.metric);
                if (l.column < 0) {
                    l.column = columns.size();
                    columns.add(l.metric);
                }
            }
        }
        feed = new ChartFeed(columns.toArray(new Metric[0]));
    }

    ChartFeed feed() {
        return feed;
    }

    /** The compared cluster's feed (null unless comparing). */
    ChartFeed feedB() {
        return feedB;
    }

    /**
     * Makes every chart show a second cluster (call before {@link #build}): the same lines dashed, named
     * with "(B)" in the legend, and a subtitle saying which scenario is which.
     */
    void compare(String scenarioA, String scenarioB) {
        nameA = scenarioA;
        nameB = scenarioB;
        feedB = new ChartFeed(feed.metrics());
        for (Chart c : charts) {
            for (Line l : c.lines) {
                Line b = new Line(l.metric, l.label + " (B)", l.color, l.rightAxis);
                b.column = l.column;
                b.months = l.months;
                b.recent = l.recent == null ? null : new double[l.months];
                c.linesB.add(b);
            }
        }
    }

    boolean comparing() {
        return feedB != null;
    }

    /** Builds the chart windows (Swing thread); they are shown by the window layout. */
    void build(String scenarioName, long runLength) {
        this.runLength = runLength;
        for (Chart c : charts) {
            TimeSeriesChartGenerator g = ChartUtilities.buildTimeSeriesChartGenerator(c.title, "step (month)");
            g.setYAxisLabel(c.leftLabel);
            c.generator = g;
            XYPlot plot = g.getChart().getXYPlot();
            // later lines on top of earlier ones (JFreeChart draws the first series last by default)
            plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
            // the whole run on the time axis from month 0, so the lines grow towards the end of the run
            plot.getDomainAxis().setRange(0, runLength);
            if (c.leftRange != null) plot.getRangeAxis().setRange(c.leftRange[0], c.leftRange[1]);
            else {
                ((NumberAxis) plot.getRangeAxis()).setRangeType(RangeType.POSITIVE);
                ((NumberAxis) plot.getRangeAxis()).setAutoRangeMinimumSize(c.leftMinimumRange);
            }
            XYLineAndShapeRenderer rightRenderer = null;
            for (Line l : c.lines) {
                if (!l.rightAxis) {
                    l.attributes = ChartUtilities.addSeries(g, l.label);
                    l.attributes.setStrokeColor(l.color);
                    l.attributes.setThickness(c.thickness.getOrDefault(l.metric, 2f));
                    l.series = l.attributes.getSeries();
                } else {
                    if (c.right == null) {
                        c.right = new XYSeriesCollection();
                        NumberAxis axis = new NumberAxis(c.rightLabel);
                        // every charted quantity is >= 0: keep zero at the bottom even while a series is flat at 0
                        axis.setRangeType(RangeType.POSITIVE);
                        axis.setUpperMargin(c.rightUpperMargin);
                        axis.setAutoRangeMinimumSize(c.rightMinimumRange);
                        plot.setRangeAxis(1, axis);
                        plot.setDataset(1, c.right);
                        plot.mapDatasetToRangeAxis(1, 1);
                        rightRenderer = new XYLineAndShapeRenderer(true, false);
                        plot.setRenderer(1, rightRenderer);
                    }
                    addRightSeries(c, rightRenderer, l, new float[] {5f, 3f});
                }
                l.series.setMaximumItemCount(HARD_CAP);
            }
            for (Line l : c.linesB) {
                if (!l.rightAxis) {
                    l.attributes = ChartUtilities.addSeries(g, l.label);
                    l.attributes.setStrokeColor(l.color);
                    l.attributes.setThickness(Math.min(3f, c.thickness.getOrDefault(l.metric, 2f)));
                    l.attributes.setDashPattern(TimeSeriesAttributes.PATTERN_DASH);
                    l.series = l.attributes.getSeries();
                    // B's lines are A's, dashed: the subtitle says so, and a legend twice as long would leave
                    // a comparison's small charts no room to plot (the CSV still names them "(B)")
                    plot.getRenderer(0).setSeriesVisibleInLegend(plot.getDataset(0).getSeriesCount() - 1, false);
                } else {
                    rightRenderer.setSeriesVisibleInLegend(addRightSeries(c, rightRenderer, l, new float[] {1.5f, 3f}), false);
                }
                l.series.setMaximumItemCount(HARD_CAP);
            }
            if (comparing()) g.getChart().addSubtitle(compareSubtitle());
            g.addLegend();
            timeDrawing(g.getChart());
            frames.add(frame(g, c.title, scenarioName, "month"));
        }
        histogram = new FixedRangeHistogramGenerator(0, 1);
        histogram.setTitle("Producers' vertical integration");
        histogram.setXAxisLabel("share of value made in-house");
        histogram.setYAxisLabel("producers");
        histogramSeries = ChartUtilities.addSeries(histogram, "producers", HISTOGRAM_BINS);
        histogramSeries.setValues(new double[0]);
        histogramSeries.setFillColor(new Color(0xd7191c));
        if (comparing()) {
            histogramSeriesB = ChartUtilities.addSeries(histogram, "producers (B)", HISTOGRAM_BINS);
            histogramSeriesB.setValues(new double[0]);
            histogramSeriesB.setFillColor(new Color(0x2c7bb6));
            histogramSeriesB.setFillOpacity(0.55);
            histogram.getChart().addSubtitle(new org.jfree.chart.title.TextTitle("A (red): " + nameA + "     B (blue, \"(B)\"): "
                    + nameB, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        }
        timeDrawing(histogram.getChart());
        frames.add(frame(histogram, "Producers' vertical integration", scenarioName, null));

        timer = new javax.swing.Timer(REDRAW_MS, e -> flush());
        timer.setCoalesce(true);
        timer.start();
    }

    private org.jfree.chart.title.TextTitle compareSubtitle() {
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(
                "A (solid): " + nameA + "     B (dashed, the same colours): " + nameB, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return t;
    }

    /** Adds a line to a chart's right-axis series, drawn in its colour with the given dash; returns its index. */
    private static int addRightSeries(Chart c, XYLineAndShapeRenderer renderer, Line l, float[] dash) {
        l.series = new XYSeries(l.label, false);
        int index = c.right.getSeriesCount();
        c.right.addSeries(l.series);
        renderer.setSeriesPaint(index, l.color);
        renderer.setSeriesStroke(index, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        return index;
    }

    private void timeDrawing(org.jfree.chart.JFreeChart chart) {
        chart.addProgressListener(e -> {
            if (e.getType() == org.jfree.chart.event.ChartProgressEvent.DRAWING_STARTED) {
                drawingSince.put(chart, System.nanoTime());
            } else if (e.getType() == org.jfree.chart.event.ChartProgressEvent.DRAWING_FINISHED) {
                Long t = drawingSince.remove(chart);
                if (t != null) drawingNanos += System.nanoTime() - t;
            }
        });
    }

    private static JFrame frame(sim.util.media.chart.ChartGenerator g, String title, String scenarioName, String xName) {
        JFrame f = g.createFrame();
        f.setTitle(title + " - " + scenarioName);
        ChartSaveMenu.install(f, g, title, xName);
        // the series-attribute panel is MASON's; keep it one drag away so the chart gets the window
        for (Component c : g.getComponents()) if (c instanceof JSplitPane) ((JSplitPane) c).setDividerLocation(0);
        return f;
    }

    /** Every chart window: the time series, then the histogram. */
    List<JFrame> frames() {
        return frames;
    }

    List<JFrame> timeSeriesFrames() {
        return frames.subList(0, charts.size());
    }

    JFrame histogramFrame() {
        return frames.get(frames.size() - 1);
    }

    /**
     * Shapes each chart to its window after the windows are placed: MASON draws a chart at a fixed height
     * and proportion and scales the picture, which leaves tiny text and an empty band in a small window.
     */
    void fitToWindows() {
        List<sim.util.media.chart.ChartGenerator> all = new ArrayList<>();
        for (Chart c : charts) all.add(c.generator);
        all.add(histogram);
        for (sim.util.media.chart.ChartGenerator g : all) {
            g.getFrame().validate();
            Component viewport = g.getChartPanel().getParent();
            int w = viewport.getWidth(), h = viewport.getHeight();
            if (w < 50 || h < 50) continue;
            g.DEFAULT_CHART_HEIGHT = Math.max(220, h * 1.2);
            // a hair flatter than the window, so that no vertical scroll bar is needed
            g.setProportion(Math.round(w / (double) h * 102) / 100.0);
        }
    }

    /**
     * Starts the charts of a run at month 0: measures the model as it starts (before its first step, and
     * before any listener of the run is attached) and queues that as the first point of every chart.
     */
    void showStart(ClusterModel model) {
        ClusterMetrics m = ClusterMetrics.of(model);
        m.step(model);
        feed.reset();
        feed.recordStart(model, m, START_STOCKS);
    }

    /** As {@link #showStart} for the compared cluster. */
    void showStartB(ClusterModel model) {
        ClusterMetrics m = ClusterMetrics.of(model);
        m.step(model);
        feedB.reset();
        feedB.recordStart(model, m, START_STOCKS);
    }

    /** Empties every chart (Swing thread); the feed is reset by the caller. */
    void clear() {
        lastMonth = 0;
        for (Chart c : charts) c.generator.getChart().getXYPlot().getDomainAxis().setRange(0, runLength);
        for (Chart c : charts) {
            for (Line l : c.lines) {
                l.series.clear();
                l.seen = 0;
            }
            for (Line l : c.linesB) {
                l.series.clear();
                l.seen = 0;
            }
            XYPlot plot = c.generator.getChart().getXYPlot();
            for (ValueMarker m : c.markers) plot.removeDomainMarker(m);
            c.markers.clear();
        }
        histogramSeries.setValues(new double[0]);
        histogramValues = 0;
        if (histogramSeriesB != null) {
            histogramSeriesB.setValues(new double[0]);
            histogramValuesB = 0;
        }
        histogram.update(sim.util.media.chart.ChartGenerator.FORCE_KEY, true);
    }

    /** Moves what the model produced since the last redraw into the charts, and redraws (Swing thread). */
    void flush() {
        ChartFeed.Batch b = feed.drain();
        ChartFeed.Batch bb = feedB == null ? null : feedB.drain();
        if (b.rows == 0 && b.changes.isEmpty() && b.integration == null
                && (bb == null || (bb.rows == 0 && bb.changes.isEmpty() && bb.integration == null))) return;
        if (timer != null) {
            long ms = drawingNanos / 1_000_000;
            timer.setDelay((int) Math.max(REDRAW_MS, Math.min(5000, 4 * ms)));
        }
        drawingNanos = 0;
        int w = feed.width();
        for (Chart c : charts) {
            for (Line l : c.lines) {
                for (int r = 0; r < b.rows; r++) {
                    if (l.attributes != null) l.attributes.possiblyCull();
                    else cull(c.generator.getDataCuller(), l.series);
                    l.series.add(b.get(r, 0, w), smoothed(l, b.get(r, l.column, w)), false);
                }
                l.series.fireSeriesChanged();
            }
            for (Line l : c.linesB) {
                for (int r = 0; r < bb.rows; r++) {
                    if (l.attributes != null) l.attributes.possiblyCull();
                    else cull(c.generator.getDataCuller(), l.series);
                    l.series.add(bb.get(r, 0, w), smoothed(l, bb.get(r, l.column, w)), false);
                }
                l.series.fireSeriesChanged();
            }
        }
        // a move of both clusters is marked once (the same text at the same month); B's own events are added
        List<ClusterModel.ParameterChange> changesB = bb == null ? List.of() : bb.changes;
        List<ChartFeed.Notice> noticesB = bb == null ? List.of() : bb.notices;
        if (!b.changes.isEmpty() || !changesB.isEmpty() || !b.notices.isEmpty() || !noticesB.isEmpty()) {
            mark(b.changes, changesB, b.notices, noticesB);
        }
        if (b.rows > 0) {
            // a run played past its planned end (a student's Console setting) widens the axis
            double last = b.get(b.rows - 1, 0, w);
            if (last > runLength && last > lastMonth) {
                for (Chart c : charts) c.generator.getChart().getXYPlot().getDomainAxis().setRange(0, last * 1.1);
            }
            lastMonth = last;
        }
        key++;
        redraws++;
        for (Chart c : charts) c.generator.update(key, true);
        if (b.integration != null || (bb != null && bb.integration != null)) {
            if (b.integration != null) {
                histogramSeries.setValues(b.integration);
                histogramValues = b.integration.length;
            }
            if (bb != null && bb.integration != null) {
                histogramSeriesB.setValues(bb.integration);
                histogramValuesB = bb.integration.length;
            }
            histogram.update(key, true);
        }
    }

    /** The value to plot: the month's own, or the running mean of the line's last months (NaN: no month yet). */
    private static double smoothed(Line l, double v) {
        if (l.months == 1 || Double.isNaN(v)) return v;
        l.recent[l.seen % l.months] = v;
        l.seen++;
        int n = Math.min(l.seen, l.months);
        double sum = 0;
        for (int k = 0; k < n; k++) sum += l.recent[k];
        return sum / n;
    }

    /** Thins a series the way MASON thins its own (for the series MASON does not manage). */
    private static void cull(DataCuller culler, XYSeries s) {
        if (culler == null || !culler.tooManyPoints(s.getItemCount())) return;
        int n = s.getItemCount();
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = s.getX(i).doubleValue();
        IntBag drop = culler.cull(xs, true);
        boolean[] dropped = new boolean[n];
        for (int i = 0; i < drop.numObjs; i++) dropped[drop.objs[i]] = true;
        List<XYDataItem> keep = new ArrayList<>(n - drop.numObjs);
        for (int i = 0; i < n; i++) if (!dropped[i]) keep.add(s.getDataItem(i));
        s.clear();
        for (XYDataItem item : keep) s.add(item, false);
    }

    /**
     * Draws a vertical marker per step at which parameters changed, labelled with what changed; in a
     * comparison a move is prefixed with the side(s) it reached ("A+B: ", "A: ", "B: ").
     */
    private void mark(List<ClusterModel.ParameterChange> changes, List<ClusterModel.ParameterChange> changesB,
                      List<ChartFeed.Notice> notices, List<ChartFeed.Notice> noticesB) {
        Map<Integer, StringBuilder> byStep = new java.util.TreeMap<>();
        for (ChartFeed.Notice n : notices) append(byStep, n.step(), (comparing() ? "A: " : "") + n.text());
        for (ChartFeed.Notice n : noticesB) append(byStep, n.step(), "B: " + n.text());
        List<ClusterModel.ParameterChange> all = new ArrayList<>(changes);
        all.addAll(changesB);
        for (int i = 0; i < all.size(); i++) {
            ClusterModel.ParameterChange ch = all.get(i);
            boolean ofB = i >= changes.size();
            StringBuilder b = byStep.computeIfAbsent(ch.step(), k -> new StringBuilder());
            String text;
            if (ch.source().startsWith("event: ")) {
                // an event is the scenario's own
                text = (ofB ? "B: " : "") + ch.source().substring(7);
            } else {
                String move = ch.param().key + " " + clustersim.model.Param.fmt(ch.value());
                if (!comparing()) {
                    text = move;
                } else if (ofB) {
                    if (sameMove(ch, changes)) continue; // drawn with A's as "A+B"
                    text = "B: " + move;
                } else {
                    text = (sameMove(ch, changesB) ? "A+B: " : "A: ") + move;
                }
            }
            if (b.indexOf(text) >= 0) continue;
            if (b.length() > 0) b.append(", ");
            b.append(text);
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (Map.Entry<Integer, StringBuilder> e : byStep.entrySet()) {
            for (Chart c : charts) {
                ValueMarker m = new ValueMarker(e.getKey(), MARKER, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
                m.setLabel(e.getValue().toString());
                m.setLabelFont(font);
                m.setLabelPaint(MARKER);
                XYPlot plot = c.generator.getChart().getXYPlot();
                // a label right of a line near the axis' end would be cut off by the plot's edge: put it left
                boolean nearEnd = e.getKey() > 0.75 * plot.getDomainAxis().getUpperBound();
                m.setLabelAnchor(nearEnd ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(nearEnd ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                // successive labels step down a line, so that two moves a short time apart stay legible
                m.setLabelOffset(new org.jfree.ui.RectangleInsets(3 + 11 * (c.markers.size() % 3), 3, 3, 3));
                plot.addDomainMarker(m);
                c.markers.addLast(m);
                while (c.markers.size() > MAX_MARKERS) plot.removeDomainMarker(c.markers.removeFirst());
            }
        }
    }

    private static void append(Map<Integer, StringBuilder> byStep, int step, String text) {
        StringBuilder b = byStep.computeIfAbsent(step, k -> new StringBuilder());
        if (b.indexOf(text) >= 0) return;
        if (b.length() > 0) b.append(", ");
        b.append(text);
    }

    /** Whether {@code others} holds a move of the same parameter to the same value at the same step. */
    private static boolean sameMove(ClusterModel.ParameterChange ch, List<ClusterModel.ParameterChange> others) {
        for (ClusterModel.ParameterChange o : others) {
            if (o.step() == ch.step() && o.param() == ch.param() && o.value() == ch.value()
                    && !o.source().startsWith("event: ")) return true;
        }
        return false;
    }

    /** Batches drawn into the charts since the window opened (each redraws every chart once). */
    long redraws() {
        return redraws;
    }

    void stop() {
        if (timer != null) timer.stop();
    }

    // ------------------------------------------------------------------ read access (tests, snapshot)

    int timeSeriesCharts() {
        return charts.size();
    }

    /** Fewest points held by any series of the time-series chart {@code k}. */
    int points(int k) {
        int min = Integer.MAX_VALUE;
        for (Line l : charts.get(k).lines) min = Math.min(min, l.series.getItemCount());
        return min;
    }

    /** Time span, in steps, covered by the series of chart {@code k}: first and last x of its first line. */
    double[] span(int k) {
        XYSeries s = charts.get(k).lines.get(0).series;
        if (s.getItemCount() == 0) return new double[0];
        return new double[] {s.getX(0).doubleValue(), s.getX(s.getItemCount() - 1).doubleValue()};
    }

    /** Most points held by any series of the time-series chart {@code k}. */
    int maxPoints(int k) {
        int max = 0;
        for (Line l : charts.get(k).lines) max = Math.max(max, l.series.getItemCount());
        return max;
    }

    /** The plot of time-series chart {@code k} (tests). */
    XYPlot plot(int k) {
        return charts.get(k).generator.getChart().getXYPlot();
    }

    /** The series of a metric on chart {@code k}, as plotted (tests). */
    XYSeries series(int k, Metric m) {
        for (Line l : charts.get(k).lines) if (l.metric == m) return l.series;
        throw new IllegalArgumentException(m + " is not on chart " + k);
    }

    /** The index of the time-series chart with this title. */
    int chart(String title) {
        for (int k = 0; k < charts.size(); k++) if (charts.get(k).title.equals(title)) return k;
        throw new IllegalArgumentException("no chart " + title);
    }

    String title(int k) {
        return charts.get(k).title;
    }

    /** The chart of time-series chart {@code k}, or the histogram's for {@code k == timeSeriesCharts()}. */
    org.jfree.chart.JFreeChart chartOf(int k) {
        return k < charts.size() ? charts.get(k).generator.getChart() : histogram.getChart();
    }

    /** The series of a metric of the compared cluster on chart {@code k} (tests). */
    XYSeries seriesB(int k, Metric m) {
        for (Line l : charts.get(k).linesB) if (l.metric == m) return l.series;
        throw new IllegalArgumentException(m + " of B is not on chart " + k);
    }

    /** Values (producers of the compared cluster) in the integration histogram. */
    int histogramValuesB() {
        return histogramValuesB;
    }

    /** Values (producers) in the integration histogram. */
    int histogramValues() {
        return histogramValues;
    }

    /** Markers on the time axis of the first chart. */
    int markers() {
        return charts.isEmpty() ? 0 : charts.get(0).markers.size();
    }

    /** Labels of the markers of the first chart, oldest first. */
    List<String> markerLabels() {
        List<String> out = new ArrayList<>();
        if (!charts.isEmpty()) for (ValueMarker m : charts.get(0).markers) out.add(m.getLabel());
        return out;
    }
}

package clustersim.report;

import clustersim.io.CsvFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * A heatmap of one outcome's mean over two grid factors: one cell per design point, viridis colours
 * with a labelled colour bar, and the value printed in each cell when the grid is small enough to read.
 * Cells are drawn at level positions 0, 1, 2, ... with the levels as tick labels, so uneven grids (a list
 * of levels) draw as evenly as even ones.
 */
public final class Heatmap {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 760;
    /** Beyond this many levels on an axis, values are not printed in the cells. */
    static final int MAX_ANNOTATED_LEVELS = 15;

    private Heatmap() {
    }

    /**
     * @param mean   mean[i][j] at x level i and y level j; NaN where the point has no runs (left blank)
     * @param note   a line under the title: what a cell is (replications, window, base scenario)
     */
    public static JFreeChart chart(String xKey, double[] xLevels, String yKey, double[] yLevels, double[][] mean,
                                   String metric, String note) {
        return chart(xKey, xLevels, yKey, yLevels, mean, metric, FigureLabels.metric(metric), FigureLabels.metricWithUnit(metric, "mean"), note);
    }

    /**
     * The same with its own title and colour-bar label: the companion map of the 95% confidence
     * intervals' widths uses it.
     */
    public static JFreeChart chart(String xKey, double[] xLevels, String yKey, double[] yLevels, double[][] mean,
                                   String metric, String titleText, String barLabel, String note) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = 0;
        for (double[] col : mean) for (double v : col) if (!Double.isNaN(v)) n++;
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < xLevels.length; i++) {
            for (int j = 0; j < yLevels.length; j++) {
                double v = mean[i][j];
                if (Double.isNaN(v)) continue;
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k++] = v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        data.addSeries(metric, xyz);
        if (n == 0) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            double pad = Math.max(1e-9, Math.abs(lo) * 0.01);
            lo -= pad;
            hi += pad;
        }
        Viridis scale = new Viridis(lo, hi);

        Font axisFont = new Font("SansSerif", Font.PLAIN, 15);
        Font tickFont = new Font("SansSerif", Font.PLAIN, 13);
        SymbolAxis x = new SymbolAxis(FigureLabels.factor(xKey), labels(xLevels));
        SymbolAxis y = new SymbolAxis(FigureLabels.factor(yKey), labels(yLevels));
        for (SymbolAxis a : new SymbolAxis[] {x, y}) {
            a.setGridBandsVisible(false);
            a.setLabelFont(axisFont);
            a.setTickLabelFont(tickFont);
            a.setAxisLineVisible(false);
        }
        x.setRange(-0.5, xLevels.length - 0.5);
        y.setRange(-0.5, yLevels.length - 0.5);

        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(1);
        r.setBlockHeight(1);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(new Color(0xE8E8E8)); // cells without runs show as grey
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));

        if (xLevels.length <= MAX_ANNOTATED_LEVELS && yLevels.length <= MAX_ANNOTATED_LEVELS) {
            int size = Math.max(9, Math.min(13, 150 / Math.max(xLevels.length, yLevels.length)));
            Font cellFont = new Font("SansSerif", Font.PLAIN, size);
            int decimals = decimals(Math.max(Math.abs(lo), Math.abs(hi)));
            for (int i = 0; i < n; i++) {
                double v = xyz[2][i];
                XYTextAnnotation a = new XYTextAnnotation(cellText(v, decimals), xyz[0][i], xyz[1][i]);
                a.setFont(cellFont);
                a.setPaint(scale.position(v) < 0.55 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(a);
            }
        }

        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.BOLD, 18), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 10, 10, 10));
        TextTitle title = new TextTitle(titleText, new Font("SansSerif", Font.BOLD, 18));
        chart.setTitle(title);
        if (note != null) {
            TextTitle sub = new TextTitle(note, new Font("SansSerif", Font.PLAIN, 13));
            sub.setPaint(new Color(0x444444));
            sub.setPadding(new RectangleInsets(2, 0, 8, 0));
            chart.addSubtitle(sub);
        }
        NumberAxis bar = new NumberAxis(barLabel);
        bar.setLabelFont(new Font("SansSerif", Font.PLAIN, 13));
        bar.setTickLabelFont(tickFont);
        bar.setRange(lo, hi);
        // left to itself the axis picks 25-35 ticks on a bar this tall; about five read at a glance
        double tick = niceTick(lo, hi);
        bar.setTickUnit(new NumberTickUnit(tick, tickFormat(tick)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, bar);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setStripOutlineVisible(true);
        legend.setStripOutlineStroke(new BasicStroke(0.5f));
        legend.setSubdivisionCount(256);
        legend.setMargin(new RectangleInsets(40, 12, 50, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The "nice" step (1, 2, 2.5 or 5 times a power of ten) that puts closest to five ticks on [lo, hi]. */
    static double niceTick(double lo, double hi) {
        if (!(hi > lo) || Double.isInfinite(hi - lo)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(hi - lo)) - 2), best = hi - lo;
        long bestMiss = Long.MAX_VALUE;
        for (int e = 0; e < 4; e++, p *= 10) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double step = m * p;
                long ticks = (long) (Math.floor(hi / step + 1e-9) - Math.ceil(lo / step - 1e-9)) + 1;
                long miss = Math.abs(ticks - 5);
                if (miss < bestMiss || (miss == bestMiss && step > best)) {
                    bestMiss = miss;
                    best = step;
                }
            }
        }
        return best;
    }

    static java.text.NumberFormat tickFormat(double tick) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(tick) - 1e-9));
        if (Math.abs(tick * Math.pow(10, decimals) - Math.rint(tick * Math.pow(10, decimals))) > 1e-6) decimals++;
        java.text.DecimalFormat f = new java.text.DecimalFormat("0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }

    static String[] labels(double[] levels) {
        String[] s = new String[levels.length];
        for (int k = 0; k < levels.length; k++) s[k] = CsvFormat.number(levels[k]);
        return s;
    }

    /**
     * Decimals for the cells of one map: three significant digits of its largest value, the same for
     * every cell, so the numbers line up like a table and tiny values read 0.000 rather than 1.42E-5.
     */
    static int decimals(double maxAbs) {
        if (!(maxAbs > 0)) return 0;
        return Math.max(0, Math.min(4, 2 - (int) Math.floor(Math.log10(maxAbs))));
    }

    static String cellText(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}

package clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

/**
 * Figures of sensitivity indices: Sobol' first- and total-order indices as paired bars with their 95%
 * bootstrap intervals (one bar pair per factor, factors down the side so long names stay readable), and
 * Morris's mu*-sigma plane (a factor far right matters; far up, it acts non-linearly or with others).
 */
public final class IndexCharts {
    public static final int WIDTH = 900;
    private static final Color FIRST = new Color(0x31688E);
    private static final Color TOTAL = new Color(0xB5DE2B).darker();

    private IndexCharts() {
    }

    public static int sobolHeight(int factors) {
        return 150 + 46 * factors;
    }

    /** Bars: first order (dark) and total order (light) per factor, whiskers: 95% bootstrap intervals. */
    public static JFreeChart sobol(List<String> factors, double[] s1, double[] s1Low, double[] s1High, double[] st, double[] stLow,
                                   double[] stHigh, String metric, String note) {
        XYIntervalSeries first = new XYIntervalSeries("first order S (alone)");
        XYIntervalSeries total = new XYIntervalSeries("total order ST (with interactions)");
        int k = factors.size();
        for (int j = 0; j < k; j++) {
            double y = k - 1 - j; // the first factor on top
            add(first, y + 0.18, s1[j], s1Low[j], s1High[j]);
            add(total, y - 0.18, st[j], stLow[j], stHigh[j]);
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(first);
        bars.addSeries(total);
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, FIRST);
        br.setSeriesPaint(1, TOTAL);
        br.setUseYInterval(false);
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setBaseShapesVisible(false);
        er.setBaseLinesVisible(false);
        er.setErrorPaint(Color.BLACK);
        er.setErrorStroke(new BasicStroke(1.4f));
        er.setCapLength(6);
        er.setSeriesVisibleInLegend(0, false);
        er.setSeriesVisibleInLegend(1, false);

        String[] names = new String[k];
        for (int j = 0; j < k; j++) names[k - 1 - j] = FigureLabels.factorShort(factors.get(j));
        SymbolAxis fa = new SymbolAxis(null, names);
        fa.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 13));
        fa.setGridBandsVisible(false);
        fa.setRange(-0.6, k - 0.4);
        NumberAxis ia = new NumberAxis("Sobol' index (share of the outcome's variance)");
        ia.setLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        ia.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        double lo = 0, hi = 1;
        for (double[] v : new double[][] {s1Low, stLow, s1, st}) for (double x : v) if (!Double.isNaN(x)) lo = Math.min(lo, x);
        for (double[] v : new double[][] {s1High, stHigh, s1, st}) for (double x : v) if (!Double.isNaN(x)) hi = Math.max(hi, x);
        ia.setRange(lo - 0.02, hi + 0.02);

        XYPlot plot = new XYPlot(bars, fa, ia, br);
        plot.setDataset(1, bars);
        plot.setRenderer(1, er);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD); // whiskers over the bars
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        legend.add(new org.jfree.chart.LegendItem(first.getKey().toString(), FIRST));
        legend.add(new org.jfree.chart.LegendItem(total.getKey().toString(), TOTAL));
        legend.add(new org.jfree.chart.LegendItem("95% bootstrap interval", null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                new BasicStroke(1.4f), Color.BLACK));
        plot.setFixedLegendItems(legend);
        style(plot);
        return chart(plot, "Sobol' indices: " + FigureLabels.metric(metric), note);
    }

    private static void add(XYIntervalSeries s, double y, double v, double lo, double hi) {
        if (Double.isNaN(v)) return;
        // x is the factor's slot (the bar's position), y the index; the y interval carries the bootstrap whisker
        s.add(y, y - 0.17, y + 0.17, v, Double.isNaN(lo) ? v : lo, Double.isNaN(hi) ? v : hi);
    }

    /** Morris: each factor a labelled dot at (mu*, sigma). */
    public static JFreeChart morris(List<String> factors, double[] muStar, double[] sigma, String metric, String note) {
        XYSeries s = new XYSeries("factor", false, true);
        XYPlot plot;
        NumberAxis xa = new NumberAxis("\u03bc* (mean |elementary effect|, outcome per whole range of the factor)");
        NumberAxis ya = new NumberAxis("\u03c3 (standard deviation of the elementary effects)");
        for (NumberAxis a : new NumberAxis[] {xa, ya}) {
            a.setLabelFont(new Font("SansSerif", Font.PLAIN, 14));
            a.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 12));
        }
        double max = 0;
        for (int j = 0; j < factors.size(); j++) {
            if (Double.isNaN(muStar[j]) || Double.isNaN(sigma[j])) continue;
            s.add(muStar[j], sigma[j]);
            max = Math.max(max, Math.max(muStar[j], sigma[j]));
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(0, FIRST);
        r.setSeriesVisibleInLegend(0, false);
        plot = new XYPlot(new XYSeriesCollection(s), xa, ya, r);
        double top = max > 0 ? max * 1.15 : 1;
        xa.setRange(0, top);
        ya.setRange(0, top);
        for (int j = 0; j < factors.size(); j++) {
            if (Double.isNaN(muStar[j]) || Double.isNaN(sigma[j])) continue;
            XYTextAnnotation a = new XYTextAnnotation("  " + FigureLabels.factorShort(factors.get(j)), muStar[j], sigma[j]);
            a.setFont(new Font("SansSerif", Font.PLAIN, 12));
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        // sigma = mu*: above the diagonal a factor's effect depends more on where it is measured than its size
        XYSeries diag = new XYSeries("\u03c3 = \u03bc*");
        diag.add(0, 0);
        diag.add(top, top);
        XYLineAndShapeRenderer dr = new XYLineAndShapeRenderer(true, false);
        dr.setSeriesPaint(0, new Color(0x999999));
        dr.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(diag));
        plot.setRenderer(1, dr);
        style(plot);
        return chart(plot, "Morris screening: " + FigureLabels.metric(metric), note);
    }

    private static void style(XYPlot plot) {
        ChartStyle.plain(plot);
    }

    private static JFreeChart chart(XYPlot plot, String title, String note) {
        return ChartStyle.chart(plot, title, note);
    }
}

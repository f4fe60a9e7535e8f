package clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The figures of the facts report that are not time paths: a metric over a factor, and metrics under a few conditions. */
public final class FactCharts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;
    private static final Color LINE = new Color(0x0072B2);

    private FactCharts() {
    }

    /**
     * The mean over seeds at each level with its 95% band, and every run as a small grey dot, so that the
     * spread between histories (fact 6) shows.
     *
     * @param runs {@code runs[level][seed]}
     */
    public static JFreeChart overFactor(String factor, double[] levels, double[] mean, double[] low, double[] high, double[][] runs,
                                        String metric, String note) {
        YIntervalSeries s = new YIntervalSeries("mean over seeds, 95% confidence interval");
        for (int k = 0; k < levels.length; k++) s.add(levels[k], mean[k], low[k], high[k]);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, LINE);
        r.setSeriesFillPaint(0, LINE);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setAlpha(0.2f);
        XYSeries dots = new XYSeries("one run (seed)", false, true);
        for (int k = 0; k < levels.length; k++) for (double v : runs[k]) if (!Double.isNaN(v)) dots.add(levels[k], v);
        XYLineAndShapeRenderer d = new XYLineAndShapeRenderer(false, true);
        d.setSeriesPaint(0, new Color(0x888888));
        d.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));

        NumberAxis xa = axis(FigureLabels.factor(factor)), ya = axis(FigureLabels.metricWithUnit(metric, null));
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        ya.setAutoRangeMinimumSize(1e-3);
        XYPlot plot = new XYPlot(band, xa, ya, r);
        plot.setDataset(1, new XYSeriesCollection(dots));
        plot.setRenderer(1, d);
        return finish(plot, FigureLabels.metric(metric), note);
    }

    /**
     * Metrics under a few conditions: for each condition (on the x axis) and metric (a colour), the mean
     * over seeds with its 95% interval as an error bar.
     *
     * @param names legend names of the metrics (null or a null entry: the metric's usual name and unit)
     * @param mean {@code mean[metric][condition]}
     */
    public static JFreeChart conditions(List<String> conditions, List<String> metrics, List<String> names, double[][] mean, double[][] low,
                                        double[][] high, String note) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(10);
        for (int m = 0; m < metrics.size(); m++) {
            String name = names != null && m < names.size() && names.get(m) != null ? names.get(m) : FigureLabels.metricWithUnit(metrics.get(m), null);
            XYIntervalSeries s = new XYIntervalSeries(name);
            double shift = metrics.size() == 1 ? 0 : -0.15 + 0.3 * m / (metrics.size() - 1);
            for (int c = 0; c < conditions.size(); c++) {
                double x = c + shift;
                s.add(x, x, x, mean[m][c], Double.isNaN(low[m][c]) ? mean[m][c] : low[m][c], Double.isNaN(high[m][c]) ? mean[m][c] : high[m][c]);
            }
            data.addSeries(s);
            Color col = PathBands.COLOURS[m % PathBands.COLOURS.length];
            r.setSeriesPaint(m, col);
            r.setSeriesShape(m, new Ellipse2D.Double(-5, -5, 10, 10));
            r.setSeriesLinesVisible(m, false);
        }
        r.setErrorPaint(null);
        SymbolAxis xa = new SymbolAxis(null, conditions.toArray(new String[0]));
        xa.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 14));
        xa.setGridBandsVisible(false);
        xa.setRange(-0.6, conditions.size() - 0.4);
        NumberAxis ya = axis(metrics.size() == 1 ? FigureLabels.metricWithUnit(metrics.get(0), "mean") : "mean of the last months");
        ya.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        String title = metrics.size() == 1 ? FigureLabels.metric(metrics.get(0)) : "Outcomes by scenario";
        return finish(plot, title, note);
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(new Font("SansSerif", Font.PLAIN, 15));
        a.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 13));
        return a;
    }

    private static JFreeChart finish(XYPlot plot, String title, String note) {
        ChartStyle.plain(plot);
        return ChartStyle.chart(plot, title, note);
    }
}

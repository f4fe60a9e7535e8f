package clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** One outcome against one factor: the mean over replications as a line, its 95% confidence band shaded. */
public final class BandChart {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 600;
    private static final Color LINE = new Color(0x31688E);

    private BandChart() {
    }

    /**
     * @param x    factor levels, ascending
     * @param mean mean at each level (NaN: no runs)
     * @param low  lower end of the 95% interval (NaN when fewer than 2 runs: no band there)
     * @param high upper end
     */
    public static JFreeChart chart(String factor, double[] x, double[] mean, double[] low, double[] high, String metric, String note) {
        YIntervalSeries s = new YIntervalSeries("mean with 95% confidence interval");
        for (int k = 0; k < x.length; k++) {
            if (Double.isNaN(mean[k])) continue;
            boolean band = !Double.isNaN(low[k]) && !Double.isNaN(high[k]);
            s.add(x[k], mean[k], band ? low[k] : mean[k], band ? high[k] : mean[k]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, LINE);
        r.setSeriesFillPaint(0, LINE);
        r.setSeriesStroke(0, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setAlpha(0.22f);

        Font axisFont = new Font("SansSerif", Font.PLAIN, 15), tickFont = new Font("SansSerif", Font.PLAIN, 13);
        NumberAxis xa = new NumberAxis(FigureLabels.factor(factor));
        NumberAxis ya = new NumberAxis(FigureLabels.metric(metric));
        for (NumberAxis a : new NumberAxis[] {xa, ya}) {
            a.setLabelFont(axisFont);
            a.setTickLabelFont(tickFont);
        }
        xa.setAutoRangeIncludesZero(false);
        if (x.length > 1) xa.setRange(x[0] - 0.04 * (x[x.length - 1] - x[0]), x[x.length - 1] + 0.04 * (x[x.length - 1] - x[0]));
        ya.setAutoRangeIncludesZero(false);
        // a flat outcome (e.g. no division of labour anywhere) would otherwise get an axis of +-5E-9
        double top = 0;
        for (double v : high) if (!Double.isNaN(v)) top = Math.max(top, Math.abs(v));
        for (double v : mean) if (!Double.isNaN(v)) top = Math.max(top, Math.abs(v));
        ya.setAutoRangeMinimumSize(Math.max(1e-3, 0.05 * top));
        XYPlot plot = new XYPlot(data, xa, ya, r);
        ChartStyle.plain(plot);

        return ChartStyle.chart(plot, FigureLabels.metric(metric), note);
    }
}

package clustersim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleInsets;

/**
 * One outcome against each factor of a sampled (or many-factor) design: a panel per factor showing every
 * run, with the factor's standardised regression coefficient in the panel title. The eye finds the
 * factors that matter and the shape of their effect; the SRC rank them.
 */
public final class ScatterPanels {
    static final int PANEL_WIDTH = 420;
    static final int PANEL_HEIGHT = 330;
    static final int TITLE_HEIGHT = 70;
    static final int MAX_COLUMNS = 3;
    private static final Color DOT = new Color(0x31688E);

    private final List<JFreeChart> panels = new ArrayList<>();
    private final TextTitle title;
    private final TextTitle note;

    /**
     * @param x   x[run][factor]
     * @param y   the outcome of each run
     * @param src standardised regression coefficient of each factor, or null
     */
    public ScatterPanels(List<String> factors, double[][] x, double[] y, String metric, double[] src, String note) {
        this.title = new TextTitle(FigureLabels.metric(metric), new Font("SansSerif", Font.BOLD, 18));
        this.note = new TextTitle(note == null ? "" : note, new Font("SansSerif", Font.PLAIN, 13));
        this.note.setPaint(new Color(0x444444));
        for (int j = 0; j < factors.size(); j++) {
            XYSeries s = new XYSeries(factors.get(j), false, true);
            for (int r = 0; r < y.length; r++) if (!Double.isNaN(y[r])) s.add(x[r][j], y[r]);
            XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(false, true);
            rend.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            rend.setSeriesPaint(0, new Color(DOT.getRed(), DOT.getGreen(), DOT.getBlue(), 150));
            NumberAxis xa = new NumberAxis(FigureLabels.factor(factors.get(j)));
            NumberAxis ya = new NumberAxis(metric);
            for (NumberAxis a : new NumberAxis[] {xa, ya}) {
                a.setLabelFont(new Font("SansSerif", Font.PLAIN, 12));
                a.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
                a.setAutoRangeIncludesZero(false);
            }
            XYPlot plot = new XYPlot(new XYSeriesCollection(s), xa, ya, rend);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(0xDDDDDD));
            plot.setRangeGridlinePaint(new Color(0xDDDDDD));
            String head = FigureLabels.factorShort(factors.get(j))
                    + (src != null ? String.format(Locale.ROOT, "   (SRC %+.2f)", src[j]) : "");
            JFreeChart c = new JFreeChart(head, new Font("SansSerif", Font.BOLD, 13), plot, false);
            c.setBackgroundPaint(Color.WHITE);
            c.setPadding(new RectangleInsets(6, 6, 6, 6));
            panels.add(c);
        }
    }

    public int columns() {
        return Math.min(MAX_COLUMNS, panels.size());
    }

    public int width() {
        return columns() * PANEL_WIDTH;
    }

    public int height() {
        int rows = (panels.size() + columns() - 1) / columns();
        return TITLE_HEIGHT + rows * PANEL_HEIGHT;
    }

    /** Draws a title's text centred on a baseline (TextTitle.draw needs a chart's layout pass first). */
    private static void centred(java.awt.Graphics2D g, TextTitle t, double x, double baseline, double width) {
        g.setFont(t.getFont());
        g.setPaint(t.getPaint());
        double w = g.getFontMetrics().getStringBounds(t.getText(), g).getWidth();
        g.drawString(t.getText(), (float) (x + (width - w) / 2), (float) baseline);
    }

    public FigureFiles.Drawing drawing() {
        return (g, area) -> {
            centred(g, title, area.getX(), area.getY() + 30, area.getWidth());
            centred(g, note, area.getX(), area.getY() + 54, area.getWidth());
            int cols = columns();
            for (int k = 0; k < panels.size(); k++) {
                double px = area.getX() + (k % cols) * PANEL_WIDTH;
                double py = area.getY() + TITLE_HEIGHT + (k / cols) * PANEL_HEIGHT;
                panels.get(k).draw(g, new Rectangle2D.Double(px, py, PANEL_WIDTH, PANEL_HEIGHT));
            }
        };
    }
}

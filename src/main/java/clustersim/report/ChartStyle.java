package clustersim.report;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleInsets;

/** The one look of the figures the program writes: white ground, light grid, a bold title, a grey note. */
final class ChartStyle {
    private ChartStyle() {
    }

    /** A plot on white with a light grid and no frame. */
    static void plain(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
    }

    /** The chart around a plot: its title, a note under it (or none) and a frameless legend. */
    static JFreeChart chart(Plot plot, String title, String note) {
        JFreeChart chart = new JFreeChart(null, new Font("SansSerif", Font.BOLD, 18), plot, true);
        chart.setTitle(new TextTitle(title, new Font("SansSerif", Font.BOLD, 18)));
        if (note != null) {
            TextTitle sub = new TextTitle(note, new Font("SansSerif", Font.PLAIN, 13));
            sub.setPaint(new Color(0x444444));
            chart.addSubtitle(sub);
        }
        chart.getLegend().setItemFont(new Font("SansSerif", Font.PLAIN, 13));
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 10, 10, 10));
        return chart;
    }
}

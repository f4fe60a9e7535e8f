package clustersim.gui;

import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Saves a chart of the window as a student sees it: its picture (PNG, or SVG for a report) and its data
 * (CSV), each written whole or not at all (through a temporary, {@link AtomicFiles}).
 *
 * <p>A time chart's CSV has one row a month and one column a line, named as in the chart's legend; a month
 * a line has no point for (thinned away, or a flow at month 0) is an empty field. The histogram's CSV has one
 * row a bin: where it starts, where it ends and the count.
 */
final class ChartFiles {
    /** Picture size: what the chart is drawn at when saved, whatever the window's size. */
    static final int WIDTH = 1000, HEIGHT = 600;

    private ChartFiles() {
    }

    static void png(JFreeChart chart, Path file) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
        });
    }

    static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D s = new SVGGraphics2D(WIDTH, HEIGHT);
        s.setColor(Color.WHITE);
        s.fillRect(0, 0, WIDTH, HEIGHT);
        chart.draw(s, new Rectangle(0, 0, WIDTH, HEIGHT));
        AtomicFiles.writeString(file, s.getSVGDocument());
    }

    static void csv(JFreeChart chart, String xName, Path file) throws IOException {
        List<List<String>> rows = table(chart, xName);
        AtomicFiles.write(file, out -> {
            CSVPrinter p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            for (List<String> r : rows) p.printRecord(r);
            p.flush();
        });
    }

    /** The chart's data as rows of text, the header first (tests read it too). */
    static List<List<String>> table(JFreeChart chart, String xName) {
        XYPlot plot = chart.getXYPlot();
        List<XYSeries> lines = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data instanceof XYSeriesCollection) {
                for (int s = 0; s < data.getSeriesCount(); s++) lines.add(((XYSeriesCollection) data).getSeries(s));
            } else if (data instanceof IntervalXYDataset && data.getSeriesCount() > 0) {
                return bins((IntervalXYDataset) data);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(xName);
        for (XYSeries s : lines) header.add(String.valueOf(s.getKey()));
        rows.add(header);
        // months in order; a TreeMap, so the rows come out sorted and the same every time
        Map<Double, String[]> byX = new TreeMap<>();
        for (int k = 0; k < lines.size(); k++) {
            XYSeries s = lines.get(k);
            for (int i = 0; i < s.getItemCount(); i++) {
                String[] r = byX.computeIfAbsent(s.getX(i).doubleValue(), x -> new String[lines.size()]);
                Number y = s.getY(i);
                r[k] = y == null ? "" : CsvFormat.number(y.doubleValue());
            }
        }
        for (Map.Entry<Double, String[]> e : byX.entrySet()) {
            List<String> r = new ArrayList<>();
            r.add(CsvFormat.number(e.getKey()));
            for (String v : e.getValue()) r.add(v == null ? "" : v);
            rows.add(r);
        }
        return rows;
    }

    private static List<List<String>> bins(IntervalXYDataset data) {
        // every series has the same bins (a comparison's two clusters): one count column each
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("bin_start", "bin_end"));
        for (int s = 0; s < data.getSeriesCount(); s++) header.add(String.valueOf(data.getSeriesKey(s)));
        rows.add(header);
        for (int i = 0; i < data.getItemCount(0); i++) {
            List<String> r = new ArrayList<>(List.of(CsvFormat.number(data.getStartXValue(0, i)),
                    CsvFormat.number(data.getEndXValue(0, i))));
            for (int s = 0; s < data.getSeriesCount(); s++) r.add(CsvFormat.number(data.getYValue(s, i)));
            rows.add(r);
        }
        return rows;
    }
}

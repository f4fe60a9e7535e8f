package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.metrics.Metric;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JMenu;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("gui")
@Timeout(120)
class ChartSaveTest extends WindowTest {
    @Test
    void everyChartWindowHasASaveMenuForPngSvgAndCsv() throws Exception {
        console = GuiTestSupport.open(Scenario.defaults().with(Param.INITIAL_FIRMS, 60).with(Param.MARKET_SIZE, 600));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        for (JFrame f : gui.charts().frames()) {
            List<String> items = Snapshot.onSwing(() -> {
                assertNotNull(f.getJMenuBar(), f.getTitle() + " has no menu bar");
                JMenu save = null;
                for (int k = 0; k < f.getJMenuBar().getMenuCount(); k++) {
                    if ("Save".equals(f.getJMenuBar().getMenu(k).getText())) save = f.getJMenuBar().getMenu(k);
                }
                assertNotNull(save, f.getTitle() + " has no Save menu");
                List<String> out = new ArrayList<>();
                for (int k = 0; k < save.getItemCount(); k++) out.add(save.getItem(k).getText());
                return out;
            });
            assertEquals(List.of("Save picture as PNG…", "Save picture as SVG…", "Save data as CSV…"), items, f.getTitle());
        }
    }

    @Test
    void aChartSavedAsPngSvgAndCsvHoldsItsPictureAndExactlyItsSeries(@TempDir Path dir) throws Exception {
        console = GuiTestSupport.open(Scenario.defaults().with(Param.INITIAL_FIRMS, 80).with(Param.MARKET_SIZE, 800));
        ClusterModelWithUI gui = GuiTestSupport.gui(console);
        GuiTestSupport.playUntilPaused(console, 40);
        LiveCharts charts = gui.charts();
        int k = charts.chart("Value-added");
        Path png = dir.resolve("va.png"), svg = dir.resolve("va.svg"), csv = dir.resolve("va.csv"),
                hist = dir.resolve("hist.csv");
        Snapshot.onSwing(() -> {
            charts.flush();
            ChartSaveMenu.save(charts.chartOf(k), ChartSaveMenu.Kind.PNG, "month", png);
            ChartSaveMenu.save(charts.chartOf(k), ChartSaveMenu.Kind.SVG, "month", svg);
            ChartSaveMenu.save(charts.chartOf(k), ChartSaveMenu.Kind.CSV, "month", csv);
            ChartSaveMenu.save(charts.chartOf(charts.timeSeriesCharts()), ChartSaveMenu.Kind.CSV, null, hist);
            return null;
        });
        try (var files = Files.list(dir)) {
            assertEquals(List.of("hist.csv", "va.csv", "va.png", "va.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporaries left behind");
        }

        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(ChartFiles.WIDTH, img.getWidth());
        assertEquals(ChartFiles.HEIGHT, img.getHeight());
        assertTrue(distinctColours(img) > 5, "the PNG is a picture, not a blank");

        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("Value-added"), "the SVG carries the chart's title");
        assertTrue(text.contains("<path") || text.contains("<polyline") || text.contains("<line"), "the SVG draws lines");

        XYSeries rate = charts.series(k, Metric.VA_TO_SALES), perFirm = charts.series(k, Metric.VALUE_ADDED_PER_FIRM);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("month", String.valueOf(rate.getKey()), String.valueOf(perFirm.getKey())), p.getHeaderNames());
            rows = p.getRecords();
        }
        assertEquals(41, rows.size(), "month 0 and the 40 months played");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, Integer.parseInt(rows.get(i).get("month")));
            check(rate, i, rows.get(i).get(1));
            check(perFirm, i, rows.get(i).get(2));
        }

        List<CSVRecord> bins;
        try (Reader in = Files.newBufferedReader(hist);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("bin_start", "bin_end", "producers"), p.getHeaderNames());
            bins = p.getRecords();
        }
        assertEquals(LiveCharts.HISTOGRAM_BINS, bins.size());
        double total = 0;
        for (CSVRecord r : bins) total += Double.parseDouble(r.get(2));
        assertEquals(charts.histogramValues(), total, 1e-9, "every producer is in a bin");
        assertEquals(0, Double.parseDouble(bins.get(0).get(0)), 1e-12);
        assertEquals(1, Double.parseDouble(bins.get(bins.size() - 1).get(1)), 1e-12);
    }

    /** The series' value at month {@code month} written exactly, or an empty field where it has none. */
    private static void check(XYSeries s, int month, String field) {
        int i = s.indexOf(month * 1.0);
        if (i < 0) {
            assertEquals("", field, s.getKey() + " has no point at month " + month);
            return;
        }
        Number y = s.getY(i);
        if (y == null || Double.isNaN(y.doubleValue())) assertEquals("", field, s.getKey() + " month " + month);
        else assertEquals(y.doubleValue(), Double.parseDouble(field), 0.0, s.getKey() + " month " + month);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}

package clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import clustersim.experiment.SweepFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {
    @TempDir
    Path tmp;

    @Test
    void twoGridFactorsGiveAHeatmapPerOutcomeWithLabelledAxes() throws Exception {
        Path out = tmp.resolve("grid");
        Cli c = Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--out", out.toString());
        assertEquals(0, c.status, c.toString());
        for (String m : List.of("division_of_labor", "va_to_sales", "value_added_per_firm")) {
            BufferedImage img = ImageIO.read(out.resolve("figures/heatmap-" + m + ".png").toFile());
            assertEquals(2 * Heatmap.WIDTH, img.getWidth());
            String svg = Files.readString(out.resolve("figures/heatmap-" + m + ".svg"));
            assertTrue(svg.contains("Credit environment (creditEnvironment, probability)"), "x axis names parameter and unit");
            assertTrue(svg.contains("IP protection (ipProtection, probability)"), "y axis names parameter and unit");
            assertTrue(svg.contains(FigureLabels.metricWithUnit(m, "mean")), "colour bar is labelled with name and unit");
            assertTrue(Files.exists(out.resolve("figures/heatmap-" + m + "-ci-width.png")), "a map of the CIs' widths beside each heatmap");
            assertTrue(Files.readString(out.resolve("figures/heatmap-" + m + "-ci-width.svg")).contains("width of the 95% CI"));
        }
        assertTrue(Files.readString(out.resolve("figures/heatmap-division_of_labor.svg")).contains("share of inputs bought"), "unit on the bar");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("point_id,creditEnvironment,ipProtection,division_of_labor_mean,division_of_labor_sd,division_of_labor_ci_low,"
                + "division_of_labor_ci_high,va_to_sales_mean,va_to_sales_sd,va_to_sales_ci_low,va_to_sales_ci_high,value_added_per_firm_mean,"
                + "value_added_per_firm_sd,value_added_per_firm_ci_low,value_added_per_firm_ci_high,n", summary.get(0));
        for (String row : summary.subList(1, summary.size())) {
            String[] f = row.split(",", -1);
            assertEquals("2", f[f.length - 1]);
            double mean = Double.parseDouble(f[7]), lo = Double.parseDouble(f[9]), hi = Double.parseDouble(f[10]);
            assertTrue(lo <= mean && mean <= hi, row);
            // a share's interval stays in [0, 1] (issue 11, item 13)
            double dlo = Double.parseDouble(f[5]), dhi = Double.parseDouble(f[6]);
            assertTrue(dlo >= 0 && dhi <= 1, row);
        }
    }

    @Test
    void oneGridFactorGivesALineWithItsBandAndSampledDesignsGiveScatterPanelsAndSensitivity() throws Exception {
        String base = "scenario: " + SweepFiles.prd() + "\nsteps: 40\nseed: 3\nset: {initialFirms: 30, marketSize: 300}\n"
                + "outcomes: {window: 10, metrics: [va_to_sales, division_of_labor]}\n";
        Path line = SweepFiles.write(tmp, "line.yaml", "name: line\nreplications: 3\nfactors:\n  ipProtection: [0.1, 0.5, 0.9]\n" + base);
        Cli c = Cli.run("sweep", line.toString(), "--out", tmp.resolve("line").toString());
        assertEquals(0, c.status, c.toString());
        assertTrue(Files.exists(tmp.resolve("line/figures/line-va_to_sales.png")));
        assertTrue(Files.readString(tmp.resolve("line/figures/line-va_to_sales.svg")).contains("95% confidence interval"));

        Path lhs = SweepFiles.write(tmp, "lhs.yaml", "name: lhs\ndesign: lhs\nsamples: 12\nfactors:\n  ipProtection: {min: 0, max: 1}\n"
                + "  creditEnvironment: {min: 0, max: 1}\n  financeAccess: {min: 0, max: 1}\n" + base);
        c = Cli.run("sweep", lhs.toString(), "--out", tmp.resolve("lhs").toString());
        assertEquals(0, c.status, c.toString());
        assertTrue(Files.exists(tmp.resolve("lhs/figures/scatter-va_to_sales.png")));
        List<String> sens = Files.readAllLines(tmp.resolve("lhs/sensitivity.csv"));
        assertEquals("outcome,factor,src,r_squared,n", sens.get(0));
        assertTrue(sens.size() >= 4, "three factors of at least one outcome: " + sens);
    }

    @Test
    void labelsCarryParameterNamesAndUnits() {
        assertEquals("Interest rate (interestRate, per step)", FigureLabels.factor("interestRate"));
        assertEquals("IP protection", FigureLabels.factorShort("ipProtection"));
        assertTrue(FigureLabels.metric("va_to_sales").startsWith("Value-added rate"));
        assertEquals("0.219", Heatmap.cellText(0.21909, Heatmap.decimals(0.745)));
        assertEquals("0.000", Heatmap.cellText(0.0000142, Heatmap.decimals(0.61)));
        assertEquals("12.3", Heatmap.cellText(12.31, Heatmap.decimals(12.31)));
        assertEquals("1234", Heatmap.cellText(1234.4, Heatmap.decimals(2000)));
    }

    @Test
    void theColourBarHasAFewRoundTicks() {
        for (double[] range : new double[][] {{0, 0.745}, {0.0012, 0.0563}, {3, 412}, {0.2, 0.21}}) {
            double[][] v = {{range[0], range[1]}, {range[1], range[0]}};
            org.jfree.chart.JFreeChart c = Heatmap.chart("creditEnvironment", new double[] {0, 1}, "ipProtection", new double[] {0, 1}, v,
                    "division_of_labor", "note");
            BufferedImage img = new BufferedImage(Heatmap.WIDTH, Heatmap.HEIGHT, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            c.draw(g, new java.awt.Rectangle(0, 0, Heatmap.WIDTH, Heatmap.HEIGHT));
            g.dispose();
            org.jfree.chart.title.PaintScaleLegend legend = null;
            for (Object t : c.getSubtitles()) if (t instanceof org.jfree.chart.title.PaintScaleLegend p) legend = p;
            org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) legend.getAxis();
            double size = axis.getTickUnit().getSize();
            long ticks = (long) (Math.floor(range[1] / size) - Math.ceil(range[0] / size)) + 1;
            assertTrue(ticks >= 3 && ticks <= 7, "ticks of " + size + " over " + range[0] + "-" + range[1] + ": " + ticks);
        }
        assertEquals(0.2, Heatmap.niceTick(0, 0.745), 1e-12);
        assertEquals(100, Heatmap.niceTick(3, 412), 1e-12);
        assertEquals("0.25", Heatmap.tickFormat(0.25).format(0.25));
        assertEquals("Division of labour, mean (share of inputs bought, 0\u20131)", FigureLabels.metricWithUnit("division_of_labor", "mean"));
    }
}

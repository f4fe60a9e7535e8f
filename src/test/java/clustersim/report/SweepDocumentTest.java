package clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import clustersim.experiment.Cli;
import clustersim.experiment.SweepFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a small saltelli sweep: its content, and that a browser shows it (Chromium, headless). */
class SweepDocumentTest {
    /** Set to 1 (CI does, with Debian's chromium installed) to make a missing chromium a failure instead of a skip. */
    static final String REQUIRE_CHROMIUM = "CLUSTERSIM_REQUIRE_CHROMIUM";

    @TempDir
    static Path tmp;
    static Path out;
    static Cli report;

    @BeforeAll
    static void sweepAndReport() throws Exception {
        Path sweep = SweepFiles.write(tmp, "sal.yaml", String.join("\n",
                "name: sal",
                "scenario: " + SweepFiles.prd(),
                "steps: 30",
                "seed: 3",
                "design: saltelli",
                "samples: 2",
                "factors:",
                "  creditEnvironment: {min: 0.0, max: 1.0}",
                "  ipProtection: {min: 0.0, max: 1.0}",
                "set: {initialFirms: 20, marketSize: 200}",
                "outcomes:",
                "  window: 10",
                "  metrics: [division_of_labor, va_to_sales]",
                "  reporters: {va_to_sales: [max, {first_step_above: 0.05}]}",
                ""));
        out = tmp.resolve("sal");
        Cli c = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "2", "--no-figures", "--timeseries");
        assertEquals(0, c.status, c.toString());
        report = Cli.run("report", out.toString());
    }

    @Test
    void aSweepWithTimeseriesGetsTimePathBandsPerDesignPoint() throws Exception {
        assertEquals(0, report.status, report.toString());
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("Time paths per design point"), "the section is there");
        assertTrue(Files.size(out.resolve("report-figures/paths-division_of_labor.png")) > 1000, "the band figure is drawn");
        assertTrue(md.contains("report-figures/paths-va_to_sales.png"), "one figure per outcome");
        assertFalse(md.contains("paths-va_to_sales_max"), "a reporter is no time series");
    }

    @Test
    void theReportHasProvenanceCodebookIndicesAndRegressionForEveryOutcome() throws Exception {
        assertEquals(0, report.status, report.toString());
        String md = Files.readString(out.resolve("report.md"));
        for (String s : List.of("## Design and provenance", "## Codebook", "Saltelli 2010", "`creditEnvironment` | probability",
                "`va_to_sales` | " + clustersim.metrics.Metric.VA_TO_SALES.unit, "`va_to_sales_first_step_above_0.05` | month (step)", "HC1 s.e.", "total order ST",
                "## Which factor drives which outcome")) {
            assertTrue(md.contains(s), "report.md lacks '" + s + "'");
        }
        for (String m : List.of("division_of_labor", "va_to_sales", "va_to_sales_max", "va_to_sales_first_step_above_0.05")) {
            assertTrue(md.contains("(`" + m + "`)"), m);
        }
        for (String m : List.of("va_to_sales", "va_to_sales_max")) {
            assertTrue(Files.isRegularFile(out.resolve("report-figures/sobol-" + m + ".png")), m);
        }
        List<String> sobol = Files.readAllLines(out.resolve("sobol.csv"));
        assertEquals("outcome,factor,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high,base_samples", sobol.get(0));
        assertTrue(Files.readString(out.resolve("ols.csv")).contains("va_to_sales,creditEnvironment:ipProtection,"));
    }

    @Test
    void theHtmlIsOneFileWithEveryFigureEmbedded() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        String md = Files.readString(out.resolve("report.md"));
        int figures = count(md, "![");
        assertTrue(figures >= 6, figures + " figures");
        assertEquals(figures, count(html, "<img "));
        assertEquals(figures, count(html, "src=\"data:image/png;base64,") + count(html, "src=\"data:image/jpeg;base64,"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"(https?:|//)").matcher(html).find(), "nothing fetched from the network");
    }

    @Test
    void aFolderThatIsNoSweepIsBadInput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli c = Cli.run("report", empty.toString());
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains("not a sweep folder"), c.err);
        assertFalse(Files.exists(empty.resolve("report.html")));
    }

    @Test
    @Tag("chromium")
    void chromiumShowsEveryFigureWithoutConsoleErrors() throws Exception {
        String chromium = chromium();
        // a copy of the report with a probe appended: it counts images that decoded, and any script error
        String html = Files.readString(out.resolve("report.html"));
        String probe = "<script>window.__errors=0;window.addEventListener('error',function(){window.__errors++;},true);"
                + "window.addEventListener('load',function(){var i=document.images,ok=0;for(var k=0;k<i.length;k++)"
                + "if(i[k].complete&&i[k].naturalWidth>0)ok++;document.body.setAttribute('data-probe','images='+i.length+' decoded='+ok"
                + "+' errors='+window.__errors);});</script>";
        Path probed = out.resolve("probed.html");
        Files.writeString(probed, html.replace("<body>", "<body>" + probe), StandardCharsets.UTF_8);
        Path stderr = tmp.resolve("chromium.err");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=10000", "--user-data-dir=" + tmp.resolve("chromium-profile"), "--dump-dom", probed.toUri().toString())
                .redirectError(stderr.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish");
        }
        Matcher m = Pattern.compile("data-probe=\"images=(\\d+) decoded=(\\d+) errors=(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the probe ran; chromium said:\n" + Files.readString(stderr));
        int figures = count(Files.readString(out.resolve("report.md")), "![");
        assertEquals(figures, Integer.parseInt(m.group(1)), "images in the page");
        assertEquals(figures, Integer.parseInt(m.group(2)), "images decoded");
        assertEquals(0, Integer.parseInt(m.group(3)), "errors in the page");
        for (String line : Files.readAllLines(stderr)) {
            assertFalse(line.contains(":CONSOLE") && (line.contains("ERROR") || line.contains("Uncaught")), "console error: " + line);
        }
    }

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
            }
        }
        if ("1".equals(System.getenv(REQUIRE_CHROMIUM))) fail(REQUIRE_CHROMIUM + "=1 but no chromium on the PATH");
        assumeTrue(false, "no chromium on the PATH: browser test skipped (apt-get install chromium)");
        return null;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + 1)) n++;
        return n;
    }
}

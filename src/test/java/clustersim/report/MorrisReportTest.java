package clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import clustersim.experiment.SweepFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MorrisReportTest {
    @TempDir
    Path tmp;

    @Test
    void aMorrisSweepsReportHasMuStarAndSigmaPerFactor() throws Exception {
        Path sweep = SweepFiles.write(tmp, "m.yaml", String.join("\n",
                "name: m",
                "scenario: " + SweepFiles.prd(),
                "steps: 30",
                "seed: 9",
                "design: morris",
                "samples: 3",
                "factors:",
                "  creditEnvironment: {min: 0.0, max: 1.0}",
                "  initialFirms: {min: 20, max: 30}",
                "set: {marketSize: 250}",
                "outcomes: {window: 5, metrics: [value_added_per_firm]}",
                ""));
        Path out = tmp.resolve("m");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--no-figures").status);
        Cli c = Cli.run("report", out.toString());
        assertEquals(0, c.status, c.toString());
        List<String> morris = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals("outcome,factor,mu_star,mu_star_ci_low,mu_star_ci_high,mu,sigma,effects", morris.get(0));
        assertEquals(3, morris.size());
        assertTrue(morris.get(2).startsWith("value_added_per_firm,initialFirms,") && morris.get(2).endsWith(",3"), morris.get(2));
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("### Morris elementary effects") && md.contains("report-figures/morris-value_added_per_firm.png"), md);
        assertTrue(md.contains("3 trajectories of 3 points on a grid of 4 levels"), md);
    }
}

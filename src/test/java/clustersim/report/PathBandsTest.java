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

class PathBandsTest {
    @TempDir
    Path tmp;

    @Test
    void aBandIsTheMeanOverRunsWithAnIntervalInsideTheMetricsRange() {
        double[][] paths = {{0, 0.2, 0.5}, {0, 0, 0.7}, {0, 0, 0.6}};
        PathBands.Band b = PathBands.band("x", "division_of_labor", paths);
        assertEquals(3, b.runs());
        assertEquals(0.2 / 3, b.mean()[1], 1e-12);
        assertTrue(b.low()[1] > 0 && b.high()[1] < 1, "a share's band stays in [0, 1]");
        assertEquals(0, b.low()[0], 0);
        assertEquals(0.6, b.mean()[2], 1e-12);
        assertEquals(3, b.steps()[2], 0);
    }

    @Test
    void aSweepWithTimeseriesGetsABandPerDesignPoint() throws Exception {
        Path out = tmp.resolve("grid");
        Cli c = Cli.run("sweep", SweepFiles.tinyGrid(tmp).toString(), "--out", out.toString(), "--timeseries", "--no-figures");
        assertEquals(0, c.status, c.toString());
        List<Path> written = PathBands.fromSweep(out, List.of("division_of_labor", "va_to_sales"), out.resolve("figures"));
        assertEquals(4, written.size(), written.toString());
        String svg = Files.readString(out.resolve("figures/paths-division_of_labor.svg"));
        assertTrue(svg.contains("point 1: creditEnvironment"), "each band is labelled by its point's factor values");
    }
}

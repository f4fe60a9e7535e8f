package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepExtensionTest {
    @TempDir
    Path tmp;

    private Path sobol(String name, int samples) throws Exception {
        return SweepFiles.write(tmp, name + ".yaml", String.join("\n",
                "name: ext",
                "scenario: " + SweepFiles.prd(),
                "steps: 30",
                "seed: 5",
                "replications: 2",
                "design: sobol",
                "samples: " + samples,
                "factors:",
                "  creditEnvironment: {min: 0.0, max: 1.0}",
                "set: {initialFirms: 20, marketSize: 200}",
                "outcomes: {window: 5, metrics: [va_to_sales]}",
                ""));
    }

    @Test
    void anExtendedSweepHasTheRowsOfTheLargerSweepRunAtOnce() throws Exception {
        Path small = sobol("small", 2), big = sobol("big", 3);
        Path ext = tmp.resolve("extended"), fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("sweep", small.toString(), "--out", ext.toString(), "--threads", "2", "--no-figures").status);
        String before = Files.readString(ext.resolve("runs.csv"));

        Cli refused = Cli.run("sweep", big.toString(), "--out", ext.toString(), "--replications", "3", "--no-figures");
        assertEquals(2, refused.status, "without --extend a larger sweep is another sweep");
        assertEquals(before, Files.readString(ext.resolve("runs.csv")), "and nothing is touched");

        Cli c = Cli.run("sweep", big.toString(), "--out", ext.toString(), "--replications", "3", "--extend", "--threads", "2", "--no-figures");
        assertEquals(0, c.status, c.toString());
        assertTrue(c.err.contains("extending") && c.err.contains("from 2 points x 2 replications to 3 x 3"), c.err);
        assertTrue(c.out.contains("5 runs in"), "only the new runs ran: " + c.out);
        assertEquals(0, Cli.run("sweep", big.toString(), "--out", fresh.toString(), "--replications", "3", "--threads", "2", "--no-figures").status);
        assertEquals(Files.readString(fresh.resolve("runs.csv")), Files.readString(ext.resolve("runs.csv")));
        assertTrue(Files.readString(ext.resolve("sweep.json")).contains("\"from_replications\": 2"));
    }

    @Test
    void aChangeBeyondReplicationsAndPointsIsRefused() throws Exception {
        Path small = sobol("small", 2);
        Path dir = tmp.resolve("d");
        assertEquals(0, Cli.run("sweep", small.toString(), "--out", dir.toString(), "--no-figures").status);
        Cli c = Cli.run("sweep", small.toString(), "--out", dir.toString(), "--set", "steps=31", "--extend", "--no-figures");
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains("steps") && c.err.contains("changed"), c.err);
        c = Cli.run("sweep", small.toString(), "--out", dir.toString(), "--replications", "1", "--extend", "--no-figures");
        assertEquals(2, c.status, c.toString());
        assertTrue(c.err.contains("cannot drop replications"), c.err);
    }
}

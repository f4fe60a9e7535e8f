package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during `run`: status 130, a line that says so, no .part file, the earlier outputs untouched. */
class CtrlCTest {
    @TempDir
    Path tmp;

    @Test
    void anInterruptedRunExits130AndLeavesNoPartialFile() throws Exception {
        assumeTrue(JavaProcess.ask(tmp, "kill", "-l") != null, "a system with kill(1)");
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("timeseries.csv"), "earlier\n");
        Path project = Path.of("").toAbsolutePath();
        // a cluster ten times the baseline: model v2 runs the baseline's 100,000 months within seconds
        JavaProcess run = JavaProcess.start(project, tmp, "run", "scenarios/baseline.yaml", "--steps", "100000", "--set", "initialFirms=3000",
                "--set", "marketSize=30000", "--out", out.toString(), "--quiet");
        // the run writes into a temporary of its own (.timeseries.csv.<pid>-<n>.part) until it is done
        boolean writing = false;
        for (int k = 0; k < 600 && !writing; k++) {
            try (Stream<Path> s = Files.list(out)) {
                writing = s.anyMatch(p -> p.getFileName().toString().matches("\\.timeseries\\.csv.*\\.part") && p.toFile().length() > 0);
            }
            if (!writing) Thread.sleep(50);
        }
        assertTrue(writing, "the run has started writing");
        assertEquals("", JavaProcess.ask(tmp, "kill", "-INT", Long.toString(run.process.pid())));
        assertEquals(130, run.await(60), () -> "stderr: " + run.errQuietly());
        assertTrue(run.err().contains("clustersim run: interrupted"), run.err());
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no .part left behind");
        }
        assertEquals("earlier\n", Files.readString(out.resolve("timeseries.csv")));
    }
}

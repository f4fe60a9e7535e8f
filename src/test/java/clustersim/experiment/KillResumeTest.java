package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in a child JVM is killed with SIGKILL twice, at different moments, and resumed; it must end
 * with exactly the rows of a sweep that was never interrupted.
 */
class KillResumeTest {
    @TempDir
    Path tmp;

    private Path sweep() throws IOException {
        return SweepFiles.write(tmp, "kill.yaml", String.join("\n",
                "name: kill",
                "scenario: " + SweepFiles.prd(),
                "steps: 120",
                "seed: 11",
                "replications: 24",
                "factors:",
                "  creditEnvironment: [0.2, 0.8]",
                "  ipProtection: [0.3, 0.7]",
                "set: {initialFirms: 80, marketSize: 800}",
                "outcomes: {window: 40, metrics: [division_of_labor, va_to_sales, value_added_per_firm]}",
                ""));
    }

    @Test
    void aSweepKilledWithSigkillAndResumedEndsWithTheRowsOfAnUninterruptedOne() throws Exception {
        Path sweep = sweep();
        Path killed = tmp.resolve("killed");
        int total = 4 * 24;
        int first = killAfterRows(sweep, killed, 4);
        int second = killAfterRows(sweep, killed, first + 8);
        assertTrue(first < second && second < total, "both kills landed mid-sweep (" + first + ", then " + second + " of " + total + " rows)");

        Cli resumed = Cli.run("sweep", sweep.toString(), "--out", killed.toString(), "--threads", "2", "--no-figures");
        assertEquals(0, resumed.status, resumed.toString());
        Cli whole = Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("whole").toString(), "--threads", "1", "--no-figures");
        assertEquals(0, whole.status, whole.toString());

        List<String> a = SweepFiles.sortedLines(tmp.resolve("whole/runs.csv")), b = SweepFiles.sortedLines(killed.resolve("runs.csv"));
        assertEquals(1 + total, b.size());
        assertEquals(a, b);
        assertEquals(Files.readString(tmp.resolve("whole/summary.csv")), Files.readString(killed.resolve("summary.csv")));
    }

    /** Starts the sweep in a child JVM, kills it with SIGKILL once runs.csv has at least {@code rows} rows; returns the rows then. */
    private int killAfterRows(Path sweep, Path out, int rows) throws Exception {
        Path log = tmp.resolve("child-" + rows + ".log");
        Process p = new ProcessBuilder(SweepFiles.java(), "-cp", SweepFiles.classpath(), "clustersim.cli.Main", "sweep", sweep.toString(),
                "--out", out.toString(), "--threads", "2", "--no-figures", "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path runs = out.resolve("runs.csv");
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (completeRows(runs) >= rows) break;
                Thread.sleep(2);
            }
            assertTrue(p.isAlive(), "the child ended before it could be killed:\n" + Files.readString(log));
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
            return completeRows(runs);
        } finally {
            p.destroyForcibly();
        }
    }

    private static int completeRows(Path runs) throws IOException {
        if (!Files.exists(runs)) return 0;
        String text = new String(Files.readAllBytes(runs), StandardCharsets.UTF_8);
        int n = 0;
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) == '\n') n++;
        return Math.max(0, n - 1);
    }
}

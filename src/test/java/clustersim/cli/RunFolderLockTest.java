package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import clustersim.experiment.SingleRun;
import clustersim.experiment.SweepFiles;
import clustersim.io.FolderLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs into one folder must not mix their rows: the second is refused while the first writes. */
class RunFolderLockTest {
    @TempDir
    Path tmp;

    private Cli run(Path out, String seed) {
        return Cli.run("run", "scenarios/baseline.yaml", "--steps", "20", "--set", "initialFirms=30", "--set", "marketSize=300",
                "--seed", seed, "--out", out.toString(), "--quiet");
    }

    @Test
    void aRunIntoAFolderAnotherRunIsWritingIsRefusedWithExitOneAndWritesNothing() throws Exception {
        Path out = tmp.resolve("busy");
        try (FolderLock other = FolderLock.take(out, SingleRun.LOCK)) {
            Cli second = run(out, "12");
            assertEquals(1, second.status, second.toString());
            assertEquals(1, second.err.lines().count(), "one line: " + second.err);
            assertTrue(second.err.contains("is being written by another clustersim process"), second.err);
            assertFalse(Files.exists(out.resolve("timeseries.csv")), "nothing written");
        }
        Cli after = run(out, "12");
        assertEquals(0, after.status, after.toString());
        try (var s = Files.list(out)) {
            assertEquals(List.of("firms.csv", "run.json", "timeseries.csv"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the lock is gone after the run, and no temporary is left");
        }
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolderAndItsKillFreesIt() throws Exception {
        Path out = tmp.resolve("other");
        Process p = new ProcessBuilder(SweepFiles.java(), "-cp", SweepFiles.classpath(), "clustersim.cli.Main", "run", "scenarios/baseline.yaml",
                "--steps", "100000", "--set", "initialFirms=300", "--set", "marketSize=3000", "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive() && !hasTemporary(out)) Thread.sleep(5);
            assertTrue(p.isAlive(), Files.readString(tmp.resolve("child.log")));
            Cli second = run(out, "12");
            assertEquals(1, second.status, second.toString());
            assertTrue(second.err.contains("is being written by another clustersim process"), second.err);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
        Cli after = run(out, "12");
        assertEquals(0, after.status, "a lock file left by a killed run does not block: " + after);
        assertFalse(Files.exists(out.resolve(SingleRun.LOCK)));
    }

    private static boolean hasTemporary(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return false;
        try (var s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void temporariesLeftByAKilledRunAreClearedByTheNextRun() throws Exception {
        Path out = tmp.resolve("stale");
        Files.createDirectories(out);
        Files.writeString(out.resolve(".timeseries.csv.123456.part"), "step,firms\n1,");
        assertEquals(0, run(out, "3").status);
        assertFalse(Files.exists(out.resolve(".timeseries.csv.123456.part")));
    }

    @Test
    void runJsonKeepsEqualsSignsReadable() throws Exception {
        Path out = tmp.resolve("json");
        assertEquals(0, run(out, "5").status);
        String json = Files.readString(out.resolve("run.json"));
        assertFalse(json.contains("\\u003d"), "no HTML escapes");
        assertTrue(json.contains("\"s1 = "), json.substring(0, Math.min(400, json.length())));
    }
}

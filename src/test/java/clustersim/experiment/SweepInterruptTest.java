package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) to a sweep in a child JVM: it must say how many runs it kept and how to resume, exit
 * 130, record "interrupted" in sweep.json and leave no lock behind.
 */
class SweepInterruptTest {
    @TempDir
    Path tmp;

    @Test
    void ctrlCSaysWhatWasKeptExits130AndRecordsTheInterruption() throws Exception {
        Path sweep = SweepFiles.write(tmp, "long.yaml", String.join("\n",
                "name: long",
                "scenario: " + SweepFiles.prd(),
                "steps: 120",
                "seed: 5",
                "replications: 30",
                "factors:",
                "  creditEnvironment: [0.2, 0.8]",
                "set: {initialFirms: 80, marketSize: 800}",
                "outcomes: {window: 40, metrics: [va_to_sales]}",
                ""));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("child.log");
        List<String> cmd = new ArrayList<>();
        // a child started from a shell in the background may inherit SIGINT as ignored: give it back its default
        if (envCanResetSignals()) cmd.addAll(List.of("env", "--default-signal=INT"));
        cmd.addAll(List.of(SweepFiles.java(), "-cp", SweepFiles.classpath(), "clustersim.cli.Main", "sweep", sweep.toString(),
                "--out", out.toString(), "--threads", "1", "--no-figures", "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive() && rows(out.resolve("runs.csv")) < 2) Thread.sleep(5);
            assertTrue(p.isAlive(), "the child ended before it could be interrupted:\n" + Files.readString(log));
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor());
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the child ends on SIGINT");
            String said = Files.readString(log);
            assertEquals(130, p.exitValue(), said);
            Matcher m = Pattern.compile("clustersim sweep: interrupted: (\\d+) of 60 runs kept; run the same command to resume").matcher(said);
            assertTrue(m.find(), said);
            int kept = Integer.parseInt(m.group(1));
            assertEquals(kept, rows(out.resolve("runs.csv")), "the count said is the rows in runs.csv");
            assertTrue(kept >= 2 && kept < 60, said);
            String json = Files.readString(out.resolve("sweep.json"));
            assertTrue(json.contains("\"status\": \"interrupted\""), json);
            assertTrue(json.contains("\"ok\": " + kept), json);
            assertFalse(Files.exists(out.resolve(".sweep.lock")), "the lock is let go");
            assertFalse(said.contains("Exception"), said);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void ctrlCDuringARunExits130KeepsTheEarlierOutputsAndLeavesNoTemporaryNorLock() throws Exception {
        Path out = tmp.resolve("run");
        Cli first = Cli.run("run", "scenarios/baseline.yaml", "--steps", "20", "--set", "initialFirms=30", "--set", "marketSize=300",
                "--out", out.toString(), "--quiet");
        assertEquals(0, first.status, first.toString());
        byte[] before = Files.readAllBytes(out.resolve("timeseries.csv"));
        Path log = tmp.resolve("run.log");
        List<String> cmd = new ArrayList<>();
        if (envCanResetSignals()) cmd.addAll(List.of("env", "--default-signal=INT"));
        cmd.addAll(List.of(SweepFiles.java(), "-cp", SweepFiles.classpath(), "clustersim.cli.Main", "run", "scenarios/baseline.yaml",
                "--steps", "100000", "--set", "initialFirms=300", "--set", "marketSize=3000", "--out", out.toString(), "--quiet"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && p.isAlive() && partSize(out) < 4096) Thread.sleep(5);
            assertTrue(p.isAlive(), "the child ended before it could be interrupted:\n" + Files.readString(log));
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor());
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the child ends on SIGINT");
            assertEquals(130, p.exitValue(), Files.readString(log));
        } finally {
            p.destroyForcibly();
        }
        try (var s = Files.list(out)) {
            assertEquals(List.of("firms.csv", "run.json", "timeseries.csv"), s.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("timeseries.csv"))), "the earlier run's file is kept");
    }

    /** Bytes in the running run's temporary timeseries file, 0 if there is none yet. */
    private static long partSize(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().matches("\\.timeseries\\.csv\\..*\\.part")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static boolean envCanResetSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int rows(Path runs) throws IOException {
        if (!Files.exists(runs)) return 0;
        String text = new String(Files.readAllBytes(runs), StandardCharsets.UTF_8);
        int n = 0;
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) == '\n') n++;
        return Math.max(0, n - 1);
    }
}

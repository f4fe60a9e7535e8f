package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep submitted to a real SLURM (the single-node cluster .ci/run starts) as an array job of shards
 * plus a merge job must end with the rows of the same sweep run locally. Skipped when no SLURM answers,
 * unless CLUSTERSIM_REQUIRE_SLURM=1 (CI), where a missing SLURM is a failure.
 */
@Tag("slurm")
class SlurmSweepTest {
    @TempDir
    Path tmp;

    @Test
    void anArrayJobOfShardsMergesToTheRowsOfALocalSweep() throws Exception {
        requireSlurm();
        Path sweep = SweepFiles.tinyGrid(tmp);
        Path cluster = tmp.resolve("cluster"), local = tmp.resolve("local");
        Cli submitted = assertTimeoutPreemptively(Duration.ofSeconds(240), () -> Cli.run("slurm", sweep.toString(), "--tasks", "3",
                "--out", cluster.toString(), "--classpath", SweepFiles.classpath(), "--time", "00:10:00", "--wait"));
        String logs = logs(cluster);
        assertEquals(0, submitted.status, submitted + logs);
        assertTrue(submitted.out.contains("Submitted sweep tiny: array job"), submitted.out);

        Cli here = Cli.run("sweep", sweep.toString(), "--out", local.toString(), "--no-figures");
        assertEquals(0, here.status, here.toString());
        assertEquals(Files.readString(local.resolve("runs.csv")), Files.readString(cluster.resolve("runs.csv")), logs);
        assertEquals(Files.readString(local.resolve("summary.csv")), Files.readString(cluster.resolve("summary.csv")));
        for (int i = 1; i <= 3; i++) {
            String json = Files.readString(cluster.resolve("shard-" + i + "/sweep.json"));
            assertTrue(json.contains("\"shard\": \"" + i + "/3\"") && json.contains("\"slurm_job\""), json);
        }
        String merged = Files.readString(cluster.resolve("sweep.json"));
        assertTrue(merged.contains("\"status\": \"merged\""), merged);
        assertTrue(Files.exists(cluster.resolve("figures/heatmap-va_to_sales.png")), "the merge job drew the figures");
    }

    private static String logs(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        Path slurm = dir.resolve("slurm");
        if (Files.isDirectory(slurm)) {
            try (var s = Files.list(slurm)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                    b.append("\n--- ").append(p).append('\n').append(Files.readString(p));
                }
            }
        }
        return b.toString();
    }

    /** Skips (or, with CLUSTERSIM_REQUIRE_SLURM=1, fails) unless sbatch exists and a controller answers. */
    static void requireSlurm() throws Exception {
        String why = null;
        if (!onPath("sbatch")) {
            why = "sbatch is not on the PATH";
        } else {
            Process p = new ProcessBuilder("scontrol", "ping").redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                why = "scontrol ping did not answer within 20 s";
            } else {
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!out.contains("is UP")) why = "no SLURM controller is up (scontrol ping: " + out.trim() + ")";
            }
        }
        if (why == null) return;
        if ("1".equals(System.getenv("CLUSTERSIM_REQUIRE_SLURM"))) fail("SLURM is required (CLUSTERSIM_REQUIRE_SLURM=1) but " + why);
        Assumptions.abort("no SLURM here: " + why);
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Paths.get(d, program))) return true;
        }
        return false;
    }
}

package clustersim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.cli.Main;
import clustersim.experiment.Cli;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code clustersim bench --quick} run in this JVM: every figure is printed as {@code name value unit}
 * with a number and the right unit, followed by the table. Whether the targets are met is the
 * benchmark's business, not a test's: nothing here depends on how fast the machine is.
 */
class BenchCommandTest {
    private static final Map<String, String> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("firm_steps_per_s_1k", "firm-steps/s");
        UNITS.put("firm_steps_per_s_10k", "firm-steps/s");
        UNITS.put("firm_steps_per_s_100k", "firm-steps/s");
        UNITS.put("scaling_ratio", "ratio");
        UNITS.put("sweep_runs_per_s_1t", "runs/s");
        UNITS.put("sweep_runs_per_s_all", "runs/s");
        UNITS.put("parallel_efficiency", "ratio");
        UNITS.put("heap_bytes_per_firm", "bytes/firm");
        UNITS.put("leak_ratio", "ratio");
        UNITS.put("credit_x_ip_sweep_s_est", "s");
        UNITS.put("leak_heap_per_firm_ratio", "ratio");
    }

    @Test
    void quickBenchPrintsEveryFigureAsNameValueUnitThenTheTable() {
        Cli r = Cli.run("bench", "--quick");
        assertEquals(0, r.status, () -> "stdout:\n" + r.out + "\nstderr:\n" + r.err);
        String[] lines = r.out.split("\\R", -1);
        int k = 0;
        for (Map.Entry<String, String> e : UNITS.entrySet()) {
            String[] parts = lines[k++].split(" ");
            assertEquals(3, parts.length, "a figure line is 'name value unit': " + String.join(" ", parts));
            assertEquals(e.getKey(), parts[0], "figures in the documented order");
            double v = Double.parseDouble(parts[1]);
            assertTrue(Double.isFinite(v) && v > 0, e.getKey() + " is a positive number: " + parts[1]);
            assertTrue(parts[1].matches("[0-9]+(\\.[0-9]+)?"), "plain decimal notation (no grouping, no exponent): " + parts[1]);
            assertEquals(e.getValue(), parts[2], "unit of " + e.getKey());
        }
        assertEquals("", lines[k], "a blank line between the figures and the table");
        String table = String.join("\n", java.util.Arrays.copyOfRange(lines, k + 1, lines.length));
        assertTrue(table.contains("QUICK"), "the table says the quick figures are not for comparisons");
        assertTrue(table.matches("(?s).*machine: \\d+ cores.*"), table);
        assertTrue(table.contains("heap: max"), table);
        for (String name : UNITS.keySet()) {
            assertTrue(table.matches("(?s).*\\n" + name + " +[0-9,.]+ .*"), name + " has a row in the table:\n" + table);
        }
        assertTrue(table.matches("(?s).*firm_steps_per_s_10k .*>= 2,000,000 +(pass|FAIL) .*"), "the 10k figure shows its target and verdict");
        assertTrue(table.matches("(?s).*leak_ratio .*<= 1.1 +(pass|FAIL) .*"), table);
        assertTrue(table.contains("demandGrowth 0"), "the leak check says it runs a stationary cluster");
        assertTrue(r.err.contains("[bench"), "progress goes to stderr");
    }

    @Test
    void badOptionsExitWithStatus2AndNameTheProblem() {
        Cli reps = Cli.run("bench", "--quick", "--reps", "0");
        assertEquals(Main.BAD_INPUT, reps.status);
        assertTrue(reps.err.contains("repetitions must be at least 1"), reps.err);

        Cli missing = Cli.run("bench", "--quick", "--project", "/nonexistent-clustersim-project");
        assertEquals(Main.BAD_INPUT, missing.status);
        assertTrue(missing.err.contains("baseline.yaml"), "names the missing file: " + missing.err);
        assertEquals("", missing.out, "prints no figures when it cannot run");
    }

    @Test
    void medianAndSpreadOfRepetitions() {
        Samples odd = new Samples(3, 1, 2);
        assertEquals(2, odd.median());
        assertEquals(1, odd.min());
        assertEquals(3, odd.max());
        assertEquals(1.0, odd.relativeSpread(), 1e-12);
        assertEquals(2.5, new Samples(4, 1, 2, 3).median());
    }

    @Test
    void versusComparesTwoBuildsLoadedApartRunByRun() throws Exception {
        // this build against itself, each from a class loader of its own: the same model, so the same firm-steps
        java.net.URL[] urls = VersionComparison.thisBuild();
        VersionComparison c = new VersionComparison("itself", urls, urls, java.nio.file.Paths.get(Bench.BASELINE), 2, 0, 5);
        VersionComparison.Result r = c.run(null);
        assertEquals(2, r.other().length);
        assertEquals(r.otherFirmSteps(), r.myFirmSteps(), "the same model from two loaders runs the same cluster");
        assertTrue(r.myFirmSteps() >= 5 * 2950 && r.myFirmSteps() < 5 * 3100, "five steps of the speed scenario's 3,000 firms (a few entrants, and a few leavers, exitHazard): " + r.myFirmSteps());
        assertTrue(r.ratio() > 0 && Double.isFinite(r.ratio()));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        r.print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String[] lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).split("\\R");
        assertTrue(lines[0].matches("versus_other_us_cpu_per_firm_step [0-9]+\\.[0-9]{3} us"), lines[0]);
        assertTrue(lines[2].matches("versus_ratio [0-9]+\\.[0-9]{3} ratio"), lines[2]);
        assertTrue(lines[4].contains("target <= 1.5"), lines[4]);
    }

    @Test
    void versusWithoutTheJarIsBadInput() {
        Cli r = Cli.run("bench", "--versus", "no-such-build.jar");
        assertEquals(Main.BAD_INPUT, r.status);
        assertTrue(r.err.contains("--versus no-such-build.jar: no such file"), r.err);
    }
}

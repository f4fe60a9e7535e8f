package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.SweepRunner.ModelRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedRunTest {
    @TempDir
    Path tmp;

    @Test
    void aRunThatThrowsIsRecordedWithItsParametersAndSeedAndTheSweepGoesOn() throws Exception {
        Sweep sweep = SweepLoader.load(SweepFiles.tinyGrid(tmp));
        RunPlan plan = RunPlan.of(sweep, Shard.WHOLE);
        long badSeed = plan.seed(7);
        ModelRun flaky = (config, seed, steps, listeners) -> {
            if (seed == badSeed) throw new IllegalStateException("matching found no equilibrium, \"quoted\"\nsecond line");
            HeadlessRun.run(config, seed, steps, listeners);
        };
        Path runs = tmp.resolve("runs.csv"), failures = tmp.resolve("failures.csv");
        int[] all = new int[plan.size()];
        for (int k = 0; k < all.length; k++) all[k] = plan.runId(k);
        SweepRunner.Counts c;
        try (AppendOnlyCsv r = AppendOnlyCsv.open(runs, SweepRunner.runsHeader(sweep), SweepRunner.runsFields(sweep));
             AppendOnlyCsv f = AppendOnlyCsv.open(failures, SweepRunner.failuresHeader(sweep), 0)) {
            c = new SweepRunner(plan, 2, flaky).run(all, r, f, null, null, new java.util.concurrent.atomic.AtomicBoolean());
        }
        assertEquals(11, c.ok());
        assertEquals(1, c.failed());
        assertEquals(12, Files.readAllLines(runs).size());
        List<String> fl = Files.readAllLines(failures);
        assertEquals(2, fl.size(), "one line per failure, even for a message with a newline");
        assertEquals("run_id,point_id,replication,seed,creditEnvironment,ipProtection,error", fl.get(0));
        assertTrue(fl.get(1).startsWith("7,4,1," + badSeed + ",0.9,0.2,\"java.lang.IllegalStateException: matching found no equilibrium, \"\"quoted\"\" second line at "),
                fl.get(1));

        // a resumed sweep skips the failed run unless asked to retry it
        try (AppendOnlyCsv f = AppendOnlyCsv.open(failures, SweepRunner.failuresHeader(sweep), 0)) {
            assertTrue(f.has(7));
        }
    }
}

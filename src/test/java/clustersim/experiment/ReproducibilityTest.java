package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

class ReproducibilityTest {
    @TempDir
    Path tmp;

    static Scenario shortPrd() throws Exception {
        return ScenarioLoader.load(Paths.get("scenarios", "ip-reform.yaml")).with(Param.STEPS, 320);
    }

    byte[][] run(Scenario s, long seed, String dir) throws Exception {
        Path out = tmp.resolve(dir);
        new SingleRun(s, seed).writeTo(out, null);
        return new byte[][] {Files.readAllBytes(out.resolve(SingleRun.TIMESERIES)), Files.readAllBytes(out.resolve(SingleRun.FIRMS))};
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalOutputs() throws Exception {
        Scenario s = shortPrd();
        byte[][] a = run(s, 7, "a"), b = run(s, 7, "b");
        assertArrayEquals(a[0], b[0], "timeseries.csv must be byte-identical");
        assertArrayEquals(a[1], b[1], "firms.csv must be byte-identical");
        assertEquals(321, new String(a[0], "UTF-8").split("\n").length, "a header and one row a step");
    }

    @Test
    void differentSeedsGiveDifferentRuns() throws Exception {
        Scenario s = shortPrd();
        assertFalse(Arrays.equals(run(s, 7, "a")[0], run(s, 8, "b")[0]));
    }

    @Test
    void runsInParallelThreadsAreIdenticalToASerialRun() throws Exception {
        Scenario s = shortPrd().with(Param.STEPS, 150);
        byte[] serial = run(s, 11, "serial")[0];
        Thread[] threads = new Thread[2];
        byte[][] results = new byte[2][];
        for (int k = 0; k < 2; k++) {
            final int idx = k;
            threads[k] = new Thread(() -> {
                try {
                    results[idx] = run(s, 11, "parallel" + idx)[0];
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) t.join();
        assertArrayEquals(serial, results[0]);
        assertArrayEquals(serial, results[1]);
    }

    @Test
    void masonVersionIs18() {
        assertEquals(18.0, SimState.version(), 0.0);
    }
}

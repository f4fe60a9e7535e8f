package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.ClusterConfig;
import clustersim.model.Param;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps and runs too big to finish are refused before they start, in a line, not with OutOfMemoryError. */
class SweepLimitsTest {
    @TempDir
    Path tmp;

    private static final String OUT = "outcomes: {window: 10, metrics: [division_of_labor]}\n";

    private Path sweep(String body) throws IOException {
        return SweepFiles.write(tmp, "s.yaml", "scenario: " + SweepFiles.prd() + "\nsteps: 20\n" + body);
    }

    private ScenarioException bad(String body) throws IOException {
        Path f = sweep(body);
        return assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
    }

    @Test
    void aGridOfNinetyNineMillionRunsIsRefusedAtOnce() throws Exception {
        // 2,999 x 3,000 points x 11 replications: passed validation and then ran out of memory in the plan
        ScenarioException e = bad("name: huge\nreplications: 11\nfactors:\n  creditEnvironment: {from: 0, to: 0.2998, step: 0.0001}\n"
                + "  ipProtection: {from: 0, to: 0.2999, step: 0.0001}\n" + OUT);
        assertEquals("factors", e.field());
        assertTrue(e.getMessage().contains("8997000 points x 11 replications = 98967000 runs; at most 1000000"), e.getMessage());
    }

    @Test
    void replicationsOnTheCommandLineHaveTheFilesLimit() throws Exception {
        Path f = sweep("name: s\nfactors:\n  creditEnvironment: [0.1, 0.9]\n" + OUT);
        SweepLoader.Overrides o = new SweepLoader.Overrides();
        o.replications = 2_000_000;
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f, o));
        assertEquals("--replications", e.source());
        assertTrue(e.getMessage().contains("[1, 1000000]"), e.getMessage());
    }

    @Test
    void aSweepNamedLikeAPathIsRefused() throws Exception {
        for (String name : new String[] {"..", ".", ".hidden"}) {
            ScenarioException e = bad("name: '" + name + "'\nfactors:\n  creditEnvironment: [0.1, 0.9]\n" + OUT);
            assertEquals("name", e.field(), name);
            assertEquals(3, e.line(), name);
        }
    }

    @Test
    void stepsAndPopulationHaveCaps() throws Exception {
        assertTrue(!Param.STEPS.allows(10_000_000) && Param.STEPS.allows(100_000), "steps: at most 100,000 months");
        assertTrue(!Param.INITIAL_FIRMS.allows(5_000_000) && Param.INITIAL_FIRMS.allows(1_000_000), "initialFirms: at most a million");
        Path f = SweepFiles.write(tmp, "long.yaml", "name: s\nsteps: 10000000\nfactors:\n  creditEnvironment: [0.1, 0.9]\n" + OUT);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
        assertTrue(e.getMessage().contains("[1, 100000]"), e.getMessage());
    }

    @Test
    void aRunWhosePopulationOutgrowsTheHeapStopsWithAReason() {
        ClusterConfig boom = ClusterConfig.defaults().with(Param.INITIAL_FIRMS, 40).with(Param.MARKET_SIZE, 1e12)
                .with(Param.EXPLORATORY_ENTRY, 10).with(Param.PRODUCER_ENTRY_RATE, 10);
        PopulationLimit.Exceeded e = assertThrows(PopulationLimit.Exceeded.class, () -> HeadlessRun.runCapped(boom, 1, 200, 100));
        assertTrue(e.getMessage().matches("the run stopped at step \\d+: \\d+ firms, more than the 100 .*"), e.getMessage());
        assertTrue(PopulationLimit.tooManyAtStart(ClusterConfig.defaults()) == null, "300 firms fit in any heap");
        assertEquals(1_048_576, PopulationLimit.maxFirms(4L << 30), "4 KiB a firm: a million in 4 GiB");
    }

    @Test
    void aDesignFileWithAByteOrderMarkAndATrailingBlankLineIsRead() throws Exception {
        Files.write(tmp.resolve("points.csv"), "\uFEFFcreditEnvironment,ipProtection\n0.2,0.4\n0.6,0.8\n\n".getBytes(StandardCharsets.UTF_8));
        Sweep s = SweepLoader.load(sweep("name: s\ndesign: file\ndesignFile: points.csv\n" + OUT));
        assertEquals(2, s.pointCount());
        assertEquals(0.6, s.configAt(2).get(Param.CREDIT_ENVIRONMENT));
        Files.writeString(tmp.resolve("points.csv"), "creditEnvironment,ipProtection\n0.2,0.4\n\n0.6,0.8\r\n \r\n\n");
        assertEquals(2, SweepLoader.load(sweep("name: s\ndesign: file\ndesignFile: points.csv\n" + OUT)).pointCount(),
                "blank lines, between rows or after them, are no points");
        Files.writeString(tmp.resolve("points.csv"), "creditEnvironment,ipProtection\r\n0.2,0.4\r\n\r\n");
        assertEquals(1, SweepLoader.load(sweep("name: s\ndesign: file\ndesignFile: points.csv\n" + OUT)).pointCount());
    }

    @Test
    void distinctSeedsCountsWithoutAHashSet() throws Exception {
        Sweep s = SweepLoader.load(sweep("name: s\nreplications: 3\nseeding: common\nfactors:\n  creditEnvironment: [0.1, 0.5, 0.9]\n" + OUT));
        assertEquals(3, RunPlan.of(s, Shard.WHOLE).distinctSeeds());
        Sweep i = SweepLoader.load(sweep("name: s\nreplications: 3\nfactors:\n  creditEnvironment: [0.1, 0.5, 0.9]\n" + OUT));
        assertEquals(9, RunPlan.of(i, Shard.WHOLE).distinctSeeds());
    }
}

package clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLoaderTest {
    @TempDir
    Path tmp;

    private Path sweep(String body) throws IOException {
        return SweepFiles.write(tmp, "s.yaml", "name: s\nscenario: " + SweepFiles.prd() + "\n" + body);
    }

    private ScenarioException bad(String body) throws IOException {
        Path f = sweep(body);
        return assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
    }

    private static final String OUT = "outcomes: {window: 10, metrics: [division_of_labor]}\n";

    @Test
    void gridLevelsAreTheDecimalsWrittenAndPointsVaryLastFactorFastest() throws Exception {
        Sweep s = SweepLoader.load(sweep("steps: 50\nreplications: 3\nfactors:\n  creditEnvironment: {from: 0.0, to: 1.0, step: 0.1}\n"
                + "  ipProtection: [0.1, 0.5]\n" + OUT));
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}, s.factors().get(0).levels(), 0.0,
                "0.3, not 0.30000000000000004");
        assertEquals(22, s.pointCount());
        assertEquals(66, s.runCount());
        assertArrayEquals(new double[] {0, 0.1}, s.point(1));
        assertArrayEquals(new double[] {0, 0.5}, s.point(2));
        assertArrayEquals(new double[] {0.1, 0.1}, s.point(3));
        assertEquals(0.3, s.configAt(7).get(Param.CREDIT_ENVIRONMENT));
        assertEquals(0.1, s.configAt(7).get(Param.IP_PROTECTION));
        assertEquals(50, s.steps());
    }

    @Test
    void theShippedSweepsLoad() throws Exception {
        Sweep c = SweepLoader.load(Paths.get("scenarios/sweeps/credit-x-ip.yaml"));
        assertEquals(121, c.pointCount());
        assertEquals(1210, c.runCount());
        assertEquals("pearl-river-delta", c.base().name());
        assertTrue(c.outcomes().metrics().containsAll(List.of("division_of_labor", "va_to_sales", "value_added_per_firm",
                "independent_development_share", "rd_intensity")));
        Sweep s = SweepLoader.load(Paths.get("scenarios/sweeps/sensitivity.yaml"));
        assertEquals(Design.SOBOL, s.design());
        assertTrue(s.factors().size() >= 6);
    }

    @Test
    void fingerprintChangesWithWhatChangesTheRowsAndOnlyWithThat() throws Exception {
        String body = "steps: 50\nfactors:\n  creditEnvironment: [0.1, 0.5]\n" + OUT;
        String a = SweepLoader.load(sweep(body)).fingerprint();
        assertEquals(a, SweepLoader.load(sweep("# a comment\n" + body)).fingerprint());
        assertNotEquals(a, SweepLoader.load(sweep(body.replace("0.5", "0.6"))).fingerprint());
        assertNotEquals(a, SweepLoader.load(sweep("seed: 3\n" + body)).fingerprint());
        SweepLoader.Overrides o = new SweepLoader.Overrides();
        o.set = List.of("socialTrust=0.9");
        assertNotEquals(a, SweepLoader.load(sweep(body), o).fingerprint());
    }

    @Test
    void unknownFactorNamesTheLineAndSuggestsTheParameter() throws Exception {
        ScenarioException e = bad("factors:\n  creditEnviroment: [0.1, 0.2]\n" + OUT);
        assertEquals(4, e.line());
        assertEquals("factors.creditEnviroment", e.field());
        assertTrue(e.getMessage().contains("did you mean 'creditEnvironment'"), e.getMessage());
        assertTrue(e.getMessage().startsWith(tmp.resolve("s.yaml").toString() + ":4:"), e.getMessage());
    }

    @Test
    void factorRangeOutsideTheParametersRangeSaysWhatIsAllowed() throws Exception {
        ScenarioException e = bad("factors:\n  ipProtection: {from: 0.5, to: 1.5, step: 0.5}\n" + OUT);
        assertEquals("factors.ipProtection", e.field());
        assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
        e = bad("design: lhs\nsamples: 10\nfactors:\n  searchBreadth: {min: 0, max: 50}\n" + OUT);
        assertTrue(e.getMessage().contains("a whole number in [0, 20]"), e.getMessage());
    }

    @Test
    void badDesignsAreRefusedWithWhatIsAllowed() throws Exception {
        ScenarioException e = bad("design: sobolx\nfactors:\n  ipProtection: {min: 0, max: 1}\n" + OUT);
        assertEquals("design", e.field());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("grid, random, lhs, sobol, file"), e.getMessage());

        e = bad("design: lhs\nfactors:\n  ipProtection: {min: 0, max: 1}\n" + OUT);
        assertEquals("samples", e.field());

        e = bad("design: sobol\nsamples: 8\nfactors:\n  ipProtection: [0.1, 0.2]\n" + OUT);
        assertTrue(e.getMessage().contains("{min: 0.0, max: 1.0}"), e.getMessage());

        e = bad("factors:\n  ipProtection: {min: 0, max: 1}\n" + OUT);
        assertTrue(e.getMessage().contains("min/max ranges are for random, lhs and sobol"), e.getMessage());

        e = bad("factors:\n  ipProtection: 0.5\n" + OUT);
        assertTrue(e.getMessage().contains("belongs under 'set:'"), e.getMessage());
    }

    @Test
    void designFileWithMissingColumnsNamesThem() throws Exception {
        SweepFiles.write(tmp, "points.csv", "creditEnvironment,other\n0.1,1\n0.2,2\n");
        ScenarioException e = bad("design: file\ndesignFile: points.csv\nfactors: [creditEnvironment, ipProtection]\n" + OUT);
        assertEquals("ipProtection", e.field());
        assertTrue(e.getMessage().contains("points.csv:1"), e.getMessage());
        assertTrue(e.getMessage().contains("missing column ipProtection"), e.getMessage());

        SweepFiles.write(tmp, "points.csv", "creditEnvironment,ipProtection\n0.1,0.2\n0.3,1.7\n");
        e = bad("design: file\ndesignFile: points.csv\n" + OUT);
        assertEquals(3, e.line());
        assertEquals("ipProtection", e.field());

        e = bad("design: file\ndesignFile: nowhere.csv\n" + OUT);
        assertEquals("designFile", e.field());
    }

    @Test
    void designFileSuppliesThePoints() throws Exception {
        SweepFiles.write(tmp, "points.csv", "ipProtection,creditEnvironment,ignored\n0.1,0.2,x\n0.3,0.4,y\n0.5,0.6,z\n");
        Sweep s = SweepLoader.load(sweep("design: file\ndesignFile: points.csv\nfactors: [creditEnvironment, ipProtection]\n" + OUT));
        assertEquals(3, s.pointCount());
        assertArrayEquals(new double[] {0.4, 0.3}, s.point(2));
    }

    @Test
    void outcomesAreCheckedAgainstTheMetricColumns() throws Exception {
        ScenarioException e = bad("factors:\n  ipProtection: [0.1]\noutcomes: {window: 10, metrics: [division_of_labour]}\n");
        assertTrue(e.getMessage().contains("did you mean 'division_of_labor'"), e.getMessage());
        e = bad("steps: 50\nfactors:\n  ipProtection: [0.1]\noutcomes: {window: 80, metrics: [va_to_sales]}\n");
        assertEquals("outcomes.window", e.field());
        assertTrue(e.getMessage().contains("[1, 50]"), e.getMessage());
    }

    @Test
    void aParameterCannotBeBothFixedAndVaried() throws Exception {
        ScenarioException e = bad("set: {ipProtection: 0.2}\nfactors:\n  ipProtection: [0.1, 0.3]\n" + OUT);
        assertEquals("factors.ipProtection", e.field());
        e = bad("factors:\n  ipProtection: [0.1]\nreplicas: 3\n" + OUT);
        assertTrue(e.getMessage().contains("did you mean 'replications'"), e.getMessage());
    }
}

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
        assertEquals(Design.SALTELLI, s.design());
        assertEquals(s.samples() * (s.factors().size() + 2), s.pointCount());
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
        assertTrue(e.getMessage().contains("min/max ranges are for random, lhs, sobol, saltelli and morris"), e.getMessage());

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

    // ---- design CSV files as spreadsheets and SALib write them (issue 11, items 2 and 11) ----

    @Test
    void aDesignFileWithADuplicatedColumnIsRefusedNamingIt() throws Exception {
        // pandas and R read the first column, Commons CSV's header map the last: no silent choice
        SweepFiles.write(tmp, "points.csv", "creditEnvironment,creditEnvironment\n0.2,0.3\n");
        ScenarioException e = bad("design: file\ndesignFile: points.csv\n" + OUT);
        assertTrue(e.getMessage().contains("points.csv:1"), e.getMessage());
        assertEquals("creditEnvironment", e.field());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        e = bad("design: file\ndesignFile: points.csv\nfactors: [creditEnvironment]\n" + OUT);
        assertEquals("creditEnvironment", e.field());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsRefused() throws Exception {
        SweepFiles.write(tmp, "points.csv", "creditEnvironment,ipProtection\n0.1,0.2\n0.3,0.4,0.5\n");
        ScenarioException e = bad("design: file\ndesignFile: points.csv\n" + OUT);
        assertTrue(e.getMessage().contains("points.csv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("3 fields"), e.getMessage());
    }

    @Test
    void anExcelByteOrderMarkAndTrailingBlankLinesAreAccepted() throws Exception {
        SweepFiles.write(tmp, "points.csv", "\uFEFFcreditEnvironment,ipProtection\r\n0.1,0.2\r\n0.3,0.4\r\n\r\n\n");
        Sweep s = SweepLoader.load(sweep("design: file\ndesignFile: points.csv\n" + OUT));
        assertEquals(2, s.pointCount());
        assertEquals("creditEnvironment", s.factors().get(0).name());
        assertArrayEquals(new double[] {0.3, 0.4}, s.point(2));
    }

    // ---- saltelli and morris designs, reporters (issue 14) ----

    private static final String NINE = "factors:\n  creditEnvironment: {min: 0.0, max: 1.0}\n  ipProtection: {min: 0.2, max: 0.6}\n"
            + "  initialFirms: {min: 20, max: 40}\n";

    @Test
    void aSaltelliDesignHasNTimesKPlusTwoPointsInSalibsOrder() throws Exception {
        Sweep s = SweepLoader.load(sweep("design: saltelli\nsamples: 8\n" + NINE + OUT));
        assertEquals(8 * 5, s.pointCount());
        for (int i = 0; i < 8; i++) {
            double[] a = s.point(i * 5 + 1), b = s.point(i * 5 + 5);
            for (int j = 0; j < 3; j++) {
                double[] ab = s.point(i * 5 + 2 + j);
                for (int m = 0; m < 3; m++) assertEquals(m == j ? b[m] : a[m], ab[m], 0.0, "AB_" + (j + 1) + " of base " + (i + 1));
            }
        }
        assertEquals("saltelli", s.resolved().get("design"));
    }

    @Test
    void aMorrisDesignMovesOneFactorAStepAtATime() throws Exception {
        Sweep s = SweepLoader.load(sweep("design: morris\nsamples: 6\nlevels: 4\n" + NINE + OUT));
        assertEquals(6 * 4, s.pointCount());
        for (int t = 0; t < 6; t++) {
            for (int step = 0; step < 3; step++) {
                double[] x = s.point(t * 4 + 1 + step), y = s.point(t * 4 + 2 + step);
                int moved = 0;
                for (int j = 0; j < 3; j++) if (x[j] != y[j]) moved++;
                assertEquals(1, moved, "trajectory " + (t + 1) + " step " + (step + 1));
            }
        }
        assertArrayEquals(s.point(5), SweepLoader.load(sweep("design: morris\nsamples: 6\n" + NINE + OUT)).point(5), 0.0, "levels default to 4, reproducibly");
        ScenarioException e = bad("design: morris\nsamples: 6\nlevels: 3\n" + NINE + OUT);
        assertEquals("levels", e.field());
        assertTrue(e.getMessage().contains("s.yaml:"), e.getMessage());
        e = bad("design: sobol\nsamples: 6\nlevels: 4\n" + NINE + OUT);
        assertEquals("levels", e.field());
        e = bad("design: saltelli\n" + NINE + OUT);
        assertEquals("samples", e.field());
    }

    @Test
    void reportersAddColumnsAndAreValidated() throws Exception {
        Sweep s = SweepLoader.load(sweep("factors:\n  ipProtection: [0.1]\noutcomes:\n  window: 10\n  metrics: [division_of_labor]\n"
                + "  reporters: {division_of_labor: [final, max], va_to_sales: [min, {first_step_above: 0.25}]}\n"));
        assertEquals(List.of("division_of_labor", "division_of_labor_final", "division_of_labor_max", "va_to_sales_min",
                "va_to_sales_first_step_above_0.25"), s.outcomes().columns());
        ScenarioException e = bad("factors:\n  ipProtection: [0.1]\noutcomes:\n  window: 10\n  metrics: [division_of_labor]\n"
                + "  reporters: {division_of_labor: [last]}\n");
        assertEquals("outcomes.reporters.division_of_labor[0]", e.field());
        assertTrue(e.getMessage().contains("s.yaml:8"), e.getMessage());
        e = bad("factors:\n  ipProtection: [0.1]\noutcomes:\n  window: 10\n  metrics: [division_of_labor]\n"
                + "  reporters: {division_of_labour: [max]}\n");
        assertTrue(e.getMessage().contains("did you mean 'division_of_labor'"), e.getMessage());
        e = bad("factors:\n  ipProtection: [0.1]\noutcomes:\n  window: 10\n  metrics: [division_of_labor]\n"
                + "  reporters: {division_of_labor: [first_step_above]}\n");
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    }

    @Test
    void designFileColumnsThatAreNotFactorsAreCarriedIntoRunsCsvAsLabels() throws Exception {
        SweepFiles.write(tmp, "points.csv", "scenario,creditEnvironment,policy\n1,0.2,baseline\n2,0.8,ip reform\n");
        Path out = tmp.resolve("out");
        Path f = sweep("steps: 20\nset: {initialFirms: 20, marketSize: 200}\ndesign: file\ndesignFile: points.csv\nfactors: [creditEnvironment]\n" + OUT);
        Cli c = Cli.run("sweep", f.toString(), "--out", out.toString(), "--no-figures");
        assertEquals(0, c.status, c.toString());
        List<String> runs = java.nio.file.Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("run_id,point_id,replication,seed,creditEnvironment,scenario,policy,division_of_labor", runs.get(0));
        assertTrue(runs.get(2).startsWith("2,2,1,") && runs.get(2).contains(",0.8,2,ip reform,"), runs.get(2));
        assertTrue(java.nio.file.Files.readString(out.resolve("design.csv")).contains("1,0.2,1,baseline"));
        assertTrue(java.nio.file.Files.readString(out.resolve("summary.csv")).startsWith("point_id,creditEnvironment,division_of_labor_mean"));

        SweepFiles.write(tmp, "points.csv", "creditEnvironment,policy\n0.2,\"a, b\"\n");
        ScenarioException e = bad("design: file\ndesignFile: points.csv\nfactors: [creditEnvironment]\n" + OUT);
        assertTrue(e.getMessage().contains("points.csv:2") && e.getMessage().contains("unquoted"), e.getMessage());
    }
}

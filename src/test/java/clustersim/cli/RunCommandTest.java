package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runWritesTheThreeOutputsAndReportsTheFinalNumbers() throws Exception {
        Path out = tmp.resolve("prd");
        Cli r = Cli.run("run", "scenarios/pearl-river-delta.yaml", "--steps", "60", "--set", "initialFirms=60",
                "--set", "marketSize=600", "--out", out.toString(), "--quiet");
        assertEquals(0, r.status, r.err);
        for (String f : new String[] {"timeseries.csv", "firms.csv", "run.json"}) assertTrue(Files.exists(out.resolve(f)), f);
        String stdout = r.out;
        assertTrue(stdout.contains("Final division of labour") && stdout.contains("va_to_sales"), stdout);
        String header = Files.readAllLines(out.resolve("timeseries.csv")).get(0);
        assertTrue(header.startsWith("step,firms,producers,specialists,entries,exits,division_of_labor,vertical_integration,"
                + "va_to_sales,mean_firm_va_to_sales,value_added,value_added_per_firm,mean_quality,rd_intensity,"
                + "independent_development_share,imitation_rate,default_rate,mean_trust,mean_relation_length,"
                + "specialists_per_stage,credit_constrained_share,mean_markup,hhi"), header);
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"seed\": 1") && json.contains("\"initialFirms\": 60"), json);
        try (var s = Files.list(out)) {
            assertEquals(3, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void badInputExitsWithStatus2AndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nipProtection: 2\n");
        Path out = tmp.resolve("never");
        Cli r = Cli.run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.status);
        assertTrue(r.err.contains("bad.yaml:2: field 'ipProtection'"), r.err);
        assertFalse(Files.exists(out), "nothing written for bad input");

        Cli missing = Cli.run("run", tmp.resolve("missing.yaml").toString(), "--out", out.toString());
        assertEquals(2, missing.status);
        Cli unknownSet = Cli.run("run", "scenarios/baseline.yaml", "--set", "ipProtecton=0.3", "--out", out.toString());
        assertEquals(2, unknownSet.status);
        assertTrue(unknownSet.err.contains("did you mean 'ipProtection'"));
        Cli badOption = Cli.run("run", "scenarios/baseline.yaml", "--steps", "many");
        assertEquals(2, badOption.status);
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailedRunKeepsTheEarlierOutputs() throws Exception {
        Path out = tmp.resolve("keep");
        assertEquals(0, Cli.run("run", "scenarios/baseline.yaml", "--steps", "20", "--set", "initialFirms=30",
                "--set", "marketSize=300", "--out", out.toString(), "--quiet").status);
        byte[] before = Files.readAllBytes(out.resolve("timeseries.csv"));
        Path bad = tmp.resolve("late.yaml");
        Files.writeString(bad, "steps: 10\nevents:\n  - {step: 30, set: {ipProtection: 0.5}}\n");
        assertEquals(2, Cli.run("run", bad.toString(), "--out", out.toString()).status);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("timeseries.csv"))));
    }

    @Test
    void validatePrintsTheResolvedParameters() {
        Cli r = Cli.run("validate", "scenarios/ip-reform.yaml");
        assertEquals(0, r.status);
        assertTrue(r.out.contains("\"ipProtection\": 0.15") && r.out.contains("IP reform"), r.out);
        assertEquals(2, Cli.run("validate", "scenarios/ip-reform.yaml", "--steps", "100").status, "the event at step 300 is beyond a 100-step run");
    }
}

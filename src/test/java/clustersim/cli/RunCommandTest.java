package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    /** Runs the CLI in-process; returns {exit status, stdout, stderr}. */
    static Object[] cli(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Object[] {code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void runWritesTheThreeOutputsAndReportsTheFinalNumbers() throws Exception {
        Path out = tmp.resolve("prd");
        Object[] r = cli("run", "scenarios/pearl-river-delta.yaml", "--steps", "60", "--set", "initialFirms=60",
                "--set", "marketSize=600", "--out", out.toString(), "--quiet");
        assertEquals(0, r[0], (String) r[2]);
        for (String f : new String[] {"timeseries.csv", "firms.csv", "run.json"}) assertTrue(Files.exists(out.resolve(f)), f);
        String stdout = (String) r[1];
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
        Object[] r = cli("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("bad.yaml:2: field 'ipProtection'"), (String) r[2]);
        assertFalse(Files.exists(out), "nothing written for bad input");

        Object[] missing = cli("run", tmp.resolve("missing.yaml").toString(), "--out", out.toString());
        assertEquals(2, missing[0]);
        Object[] unknownSet = cli("run", "scenarios/baseline.yaml", "--set", "ipProtecton=0.3", "--out", out.toString());
        assertEquals(2, unknownSet[0]);
        assertTrue(((String) unknownSet[2]).contains("did you mean 'ipProtection'"));
        Object[] badOption = cli("run", "scenarios/baseline.yaml", "--steps", "many");
        assertEquals(2, badOption[0]);
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailedRunKeepsTheEarlierOutputs() throws Exception {
        Path out = tmp.resolve("keep");
        assertEquals(0, cli("run", "scenarios/baseline.yaml", "--steps", "20", "--set", "initialFirms=30",
                "--set", "marketSize=300", "--out", out.toString(), "--quiet")[0]);
        byte[] before = Files.readAllBytes(out.resolve("timeseries.csv"));
        Path bad = tmp.resolve("late.yaml");
        Files.writeString(bad, "steps: 10\nevents:\n  - {step: 30, set: {ipProtection: 0.5}}\n");
        assertEquals(2, cli("run", bad.toString(), "--out", out.toString())[0]);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("timeseries.csv"))));
    }

    @Test
    void validatePrintsTheResolvedParameters() {
        Object[] r = cli("validate", "scenarios/ip-reform.yaml");
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("\"ipProtection\": 0.15") && ((String) r[1]).contains("IP reform"), (String) r[1]);
        assertEquals(2, cli("validate", "scenarios/ip-reform.yaml", "--steps", "100")[0], "the event at step 300 is beyond a 100-step run");
    }
}

package clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input for the knowledge institutions' parameters (issue 13): `clustersim run` exits 2 with one
 * line naming the file, the line and the field and what is allowed, and writes nothing.
 */
class KnowledgeInstitutionInputTest {
    @TempDir
    Path tmp;

    Cli run(String yaml) throws Exception {
        return Cli.runScenario(tmp, yaml);
    }

    @Test
    void aValueOutOfRangeExitsTwoNamingFileLineAndField() throws Exception {
        Cli r = run("name: x\nuniversityResearch: 0.2\ntalentMobility: 0.5\n");
        assertEquals(2, r.status, r.toString());
        String f = tmp.resolve("s.yaml").toString();
        assertTrue(r.err.contains(f + ":3:") && r.err.contains("'talentMobility'") && r.err.contains("[0, 0.2]"), r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void aWrongTypeExitsTwoNamingFileLineAndField() throws Exception {
        Cli r = run("name: x\n\neducationLevel: high\n");
        assertEquals(2, r.status, r.toString());
        assertTrue(r.err.contains(tmp.resolve("s.yaml") + ":3:") && r.err.contains("'educationLevel'")
                && r.err.contains("expected a number, got 'high'"), r.err);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void anEventOutOfRangeIsCaughtToo() throws Exception {
        Cli r = run("name: x\nsteps: 100\nevents:\n  - {step: 50, set: {spinoutRate: 2}}\n");
        assertEquals(2, r.status, r.toString());
        assertTrue(r.err.contains("spinoutRate") && r.err.contains("[0, 1]"), r.err);
    }
}

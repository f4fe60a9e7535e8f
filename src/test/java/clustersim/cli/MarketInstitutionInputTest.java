package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.experiment.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values of the market institutions' parameters (issue 13) are bad input: exit 2, file, line and field named, nothing written. */
class MarketInstitutionInputTest {
    @TempDir
    Path tmp;

    Cli run(String yaml) throws Exception {
        return Cli.runScenario(tmp, yaml);
    }

    @Test
    void anOutOfRangeGuaranteeCoverageExits2NamingFileLineAndField() throws Exception {
        Cli r = run("name: bad\ncreditEnvironment: 0.2\nguaranteeCoverage: 1.5\n");
        assertEquals(2, r.status, r.err);
        assertTrue(r.err.contains("s.yaml:3: field 'guaranteeCoverage'"), r.err);
        assertTrue(r.err.contains("[0, 1]"), r.err);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written for bad input");
    }

    @Test
    void aWrongTypeOfAssociationStrengthExits2NamingFileLineAndField() throws Exception {
        Cli r = run("name: bad\nassociationStrength: strong\n");
        assertEquals(2, r.status, r.err);
        assertTrue(r.err.contains("s.yaml:2: field 'associationStrength'"), r.err);
        assertTrue(r.err.contains("expected a number"), r.err);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aNegativeGovernmentBudgetInAnEventExits2() throws Exception {
        Cli r = run("name: bad\nevents:\n  - step: 10\n    set: {governmentBudget: -5}\n");
        assertEquals(2, r.status, r.err);
        assertTrue(r.err.contains("s.yaml:4") && r.err.contains("governmentBudget"), r.err);
    }
}

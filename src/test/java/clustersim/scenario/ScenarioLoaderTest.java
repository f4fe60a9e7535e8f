package clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clustersim.model.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path tmp;

    Path write(String text) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, text);
        return f;
    }

    ScenarioException fails(String text) throws IOException {
        Path f = write(text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void everyShippedScenarioLoads() throws Exception {
        try (Stream<Path> files = Files.list(Paths.get("scenarios"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
                Scenario s = ScenarioLoader.load(f);
                assertTrue(s.steps() > 0, f.toString());
            }
        }
    }

    @Test
    void aScenarioListsOnlyWhatDiffersFromTheDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(write("name: x\ncreditEnvironment: 0.8\n"));
        assertEquals(0.8, s.get(Param.CREDIT_ENVIRONMENT));
        assertEquals(Param.IP_PROTECTION.defaultValue, s.get(Param.IP_PROTECTION));
        assertEquals("x", s.name());
    }

    @Test
    void unknownParameterNamesFileLineAndSuggestsTheClosestName() throws Exception {
        ScenarioException e = fails("name: x\n\ncreditEnviroment: 0.5\n");
        assertEquals(3, e.line());
        assertEquals("creditEnviroment", e.field());
        assertTrue(e.getMessage().contains("did you mean 'creditEnvironment'"), e.getMessage());
        assertTrue(e.getMessage().startsWith(tmp.resolve("s.yaml").toString() + ":3:"), e.getMessage());
    }

    @Test
    void wrongTypeAndOutOfRangeSayWhatIsAllowed() throws Exception {
        ScenarioException type = fails("ipProtection: high\n");
        assertTrue(type.getMessage().contains("expected a number, got 'high'"), type.getMessage());
        ScenarioException range = fails("ipProtection: 1.5\n");
        assertEquals(1, range.line());
        assertTrue(range.getMessage().contains("[0, 1]"), range.getMessage());
        ScenarioException whole = fails("initialFirms: 12.5\n");
        assertTrue(whole.getMessage().contains("whole number"), whole.getMessage());
    }

    @Test
    void malformedYamlNamesTheLine() throws Exception {
        ScenarioException e = fails("name: x\ncreditEnvironment: [0.1\nipProtection: 0.2\n");
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    }

    @Test
    void yamlIsLoadedSafely() throws Exception {
        ScenarioException e = fails("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        assertTrue(e.getMessage().contains("s.yaml"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(tmp.resolve("nope.yaml")));
        assertTrue(e.getMessage().contains("nope.yaml") && e.getMessage().contains("no such file"));
    }

    @Test
    void eventsAreCheckedAgainstTheRunLength() throws Exception {
        ScenarioException e = fails("steps: 100\nevents:\n  - {step: 50, set: {ipProtection: 0.5}}\n  - {step: 150, set: {ipProtection: 0.9}}\n");
        assertEquals(4, e.line());
        assertEquals("events[1].step", e.field());
        assertTrue(e.getMessage().contains("beyond the run"), e.getMessage());
        Scenario ok = ScenarioLoader.load(write("steps: 100\nevents:\n  - {step: 50, set: {ipProtection: 0.5}, label: reform}\n"));
        assertEquals(1, ok.events().size());
        assertThrows(ScenarioException.class, () -> ok.with(Param.STEPS, 40).checkEvents(40));
        ScenarioException bad = fails("events:\n  - {step: 5, set: {ipProtecton: 0.5}}\n");
        assertTrue(bad.getMessage().contains("did you mean 'ipProtection'"), bad.getMessage());
    }

    @Test
    void stagesReplaceTheValueChainAndTakeStandardValuesForWhatTheyOmit() throws Exception {
        Scenario s = ScenarioLoader.load(write("stages:\n  - {name: design, specificity: 0.9}\n  - {name: assembly & marketing}\n"));
        assertEquals(2, s.chain().size());
        assertEquals(0.9, s.chain().get(0).specificity);
        ScenarioException e = fails("stages:\n  - {name: weaving, specificity: 0.9}\n  - {name: design}\n");
        assertTrue(e.getMessage().contains("must give every field"), e.getMessage());
        ScenarioException f = fails("stages:\n  - {name: design, specifity: 0.9}\n  - {name: design2}\n");
        assertTrue(f.getMessage().contains("did you mean 'specificity'"), f.getMessage());
    }

    @Test
    void aValueChainOfMoreThan64StagesIsRefused() throws Exception {
        StringBuilder yaml = new StringBuilder("stages:\n");
        for (int k = 0; k < 65; k++) yaml.append("  - {name: design}\n");
        ScenarioException e = fails(yaml.toString());
        assertTrue(e.getMessage().contains("'stages'") && e.getMessage().contains("at most 64 stages, got 65"), e.getMessage());
    }

    @Test
    void commandLineOverridesAreCheckedLikeFields() throws Exception {
        Scenario s = Scenario.defaults();
        assertEquals(0.7, s.withOverrides(List.of("creditEnvironment=0.7"), "--set").get(Param.CREDIT_ENVIRONMENT));
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("creditEnvironment=7"), "--set"));
        assertTrue(e.getMessage().startsWith("--set: field 'creditEnvironment'"), e.getMessage());
        assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("credit=0.1"), "--set"));
        assertThrows(ScenarioException.class, () -> s.withOverrides(List.of("creditEnvironment"), "--set"));
    }
}

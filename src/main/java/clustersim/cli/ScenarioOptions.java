package clustersim.cli;

import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that pick and adjust a scenario, shared by run, validate and gui. */
public final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "scenario file")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "random seed, 0 to 4294967295 (default: the scenario's, else 1)")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "steps to run (default: the scenario's steps)")
    Integer steps;

    @Option(names = "--set", paramLabel = "name=value", description = "override a scenario parameter; repeatable")
    List<String> set = new ArrayList<>();

    /** The scenario with every command-line override applied and checked. */
    public Scenario resolve() throws ScenarioException {
        return apply(ScenarioLoader.load(file), set, steps, seed);
    }

    /** Applies --set, --steps and --seed to a scenario and checks its events against the run length. */
    static Scenario apply(Scenario s, List<String> set, Integer steps, Long seed) throws ScenarioException {
        s = s.withOverrides(set, "--set");
        if (steps != null) {
            if (!Param.STEPS.allows(steps)) throw new ScenarioException("--steps", 0, "steps", "must be " + Param.STEPS.rangeText());
            s = s.with(Param.STEPS, steps);
        }
        if (seed != null) {
            if (!Scenario.allowsSeed(seed)) throw new ScenarioException("--seed", 0, null, Scenario.SEED_RANGE_TEXT + ", got " + seed);
            s = s.withSeed(seed);
        }
        s.checkEvents(s.steps());
        return s;
    }
}

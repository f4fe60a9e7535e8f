package clustersim.cli;

import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import com.google.gson.GsonBuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and print the resolved parameters (JSON). Exit status 2 if it is invalid.",
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:the scenario is valid (its resolved parameters are on stdout)",
            "  2:it is not, or cannot be read (missing, not a regular file, over 1 MiB, not UTF-8): one line names the "
                    + "file, line and field"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Override
    public Integer call() {
        try {
            Scenario s = scenario.resolve();
            System.out.println(new GsonBuilder().setPrettyPrinting().create().toJson(s.resolved()));
            System.err.println(s.source() + ": valid");
            return 0;
        } catch (ScenarioException e) {
            System.err.println("clustersim validate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }
}

package clustersim.cli;

import clustersim.experiment.SweepLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The command-line options that change a sweep (so its fingerprint), shared by sweep and slurm: slurm
 * passes them on to every task, which must resolve the very same sweep.
 */
public final class SweepChanges {
    @Option(names = "--set", paramLabel = "name=value", description = "fix a parameter of the base scenario (after the file's set:); repeatable")
    List<String> set = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", description = "replications per point (overrides the file)")
    Integer replications;

    /** As the sweep loader takes them. */
    SweepLoader.Overrides overrides() {
        SweepLoader.Overrides o = new SweepLoader.Overrides();
        o.set = set;
        o.replications = replications;
        return o;
    }

    /** The same options again, as arguments of a sweep command. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        for (String a : set) {
            args.add("--set");
            args.add(a);
        }
        if (replications != null) {
            args.add("--replications");
            args.add(replications.toString());
        }
        return args;
    }
}

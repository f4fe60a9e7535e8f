package clustersim.cli;

import clustersim.experiment.SweepJob;
import clustersim.experiment.SweepMerge;
import clustersim.experiment.SweepStateException;
import clustersim.report.SweepReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the output folders of one sweep's shards (sweep --shard I/N, SLURM",
            "tasks) into one folder: runs.csv with every run once, failures.csv, then",
            "summary.csv and figures recomputed. Refuses folders of different sweeps.",
            "'merge DIR --out DIR' redraws a folder's summary and figures.",
            "Exit status: 0 merged, 2 bad input (nothing written)."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "sweep output folders to join")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the merged sweep (runs already there are kept)")
    Path out;

    @Option(names = "--no-figures", description = "write summary.csv but no figures")
    boolean noFigures;

    @Override
    public Integer call() throws Exception {
        SweepMerge.Result r;
        try {
            r = SweepMerge.merge(inputs, out);
        } catch (SweepStateException e) {
            System.err.println("clustersim merge: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String w : r.warnings) System.err.println("clustersim merge: warning: " + w);
        SweepReport.Written w = SweepReport.of(out).writeAll(!noFigures);
        if (w.figureProblem != null) System.err.println("clustersim merge: warning: figures not drawn (" + w.figureProblem + "); the tables are complete");
        System.out.printf("Merged %d folder%s into %s: %d of %d runs, %d failed, %d missing.%n", inputs.size(), inputs.size() == 1 ? "" : "s", out, r.ok, r.designRuns,
                r.failed, r.missing());
        if (r.missing() > 0) System.err.println("clustersim merge: the sweep is incomplete: " + r.missing() + " runs are in none of the folders");
        System.out.println("Wrote " + out.resolve(SweepJob.RUNS) + ", " + out.resolve(SweepReport.SUMMARY) + " and " + out.resolve(SweepReport.FIGURES) + "/");
        return 0;
    }
}

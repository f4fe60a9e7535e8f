package clustersim.cli;

import clustersim.experiment.SweepJob;
import clustersim.experiment.SweepMerge;
import clustersim.experiment.SweepStateException;
import clustersim.report.SweepReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the output folders of one sweep's shards into one folder.",
            "The folders come from sweep --shard I/N or SLURM tasks; the merged folder",
            "holds runs.csv with every run once, failures.csv, then summary.csv and",
            "figures recomputed. Every row is checked first (run_id, point, replication,",
            "seed and factor values against the design; outcomes must be numbers); an",
            "exact second copy of a row is dropped, anything else wrong is refused and",
            "nothing is written. Refuses folders of different sweeps.",
            "'merge DIR --out DIR' redraws a folder's summary and figures."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:merged (complete, or incomplete with --allow-incomplete)",
            "  1:the merge would be incomplete (runs missing or failed: nothing written without --allow-incomplete), or a file could not be written",
            "  2:bad input (folders, rows, options): one line names the file and line; nothing written",
            "130:interrupted (Ctrl-C); each file is written whole or not at all"})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "sweep output folders to join")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the merged sweep (runs already there are kept)")
    Path out;

    @Option(names = "--allow-incomplete", description = "write the merge even if some runs of the design have no row (missing or failed); exit 0")
    boolean allowIncomplete;

    @Option(names = "--no-figures", description = "write summary.csv but no figures")
    boolean noFigures;

    @Override
    public Integer call() throws Exception {
        SweepMerge.Result r;
        try {
            r = SweepMerge.merge(inputs, out, allowIncomplete);
        } catch (SweepStateException e) {
            System.err.println("clustersim merge: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String w : r.warnings()) System.err.println("clustersim merge: warning: " + w);
        String counts = String.format("%d of %d runs have rows, %d failed, %d missing", r.ok(), r.designRuns(), r.failed(), r.missing());
        if (!r.written()) {
            System.err.println("clustersim merge: the sweep is incomplete (" + counts + "); nothing written. Run the rest (the same sweep"
                    + " command resumes a folder), or merge what is there with --allow-incomplete");
            return 1;
        }
        SweepReport.Written w = SweepReport.of(out).writeAll(!noFigures);
        if (w.figureProblem != null) System.err.println("clustersim merge: warning: figures not drawn (" + w.figureProblem + "); the tables are complete");
        System.out.printf("Merged %d folder%s into %s: %s.%n", inputs.size(), inputs.size() == 1 ? "" : "s", out, counts);
        if (r.incomplete()) System.err.println("clustersim merge: the sweep is incomplete: " + (r.designRuns() - r.ok()) + " runs have no row (--allow-incomplete)");
        List<String> files = new ArrayList<>(List.of(SweepJob.RUNS, SweepReport.SUMMARY));
        if (w.files.contains(out.resolve(SweepReport.SENSITIVITY))) files.add(SweepReport.SENSITIVITY);
        long figs = w.figures();
        if (figs > 0) files.add(SweepReport.FIGURES + "/ (" + figs + (figs == 1 ? " figure" : " figures") + ", PNG and SVG)");
        System.out.println("Wrote in " + out + "/: " + String.join(", ", files));
        return 0;
    }
}

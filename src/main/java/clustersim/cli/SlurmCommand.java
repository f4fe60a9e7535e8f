package clustersim.cli;

import clustersim.experiment.SlurmArray;
import clustersim.experiment.SweepStateException;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "slurm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread a sweep over a SLURM cluster as an array job of shards and a merge job.",
            "Writes DIR/slurm/sweep-array.sbatch (an array job: task I runs shard I/N into",
            "DIR/shard-I) and DIR/slurm/merge.sbatch (joins the shards into DIR when the",
            "array has ended, also when some runs are missing: merge --allow-incomplete),",
            "and submits both with sbatch. The program, the sweep file and DIR must be on",
            "a file system the nodes share."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {"  0:submitted (with --wait: merged, complete)",
            "  1:SLURM refused, or with --wait the merge failed or is incomplete, or a file could not be written",
            "  2:bad input: sweep file, option, or DIR holding another sweep (nothing written or submitted)",
            "130:interrupted (Ctrl-C); with --wait the jobs go on in SLURM"})
public final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "sweep file")
    Path file;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "array tasks, i.e. shards")
    int tasks;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1", description = "cores per task = threads per shard (default: ${DEFAULT-VALUE})")
    int cpus;

    @Option(names = "--time", paramLabel = "D-HH:MM:SS", description = "time limit per task (sbatch --time)")
    String time;

    @Option(names = "--mem", paramLabel = "SIZE", description = "memory per task (sbatch --mem, e.g. 4G; pair with --java-option -Xmx3g)")
    String mem;

    @Option(names = "--partition", paramLabel = "P", description = "partition (sbatch --partition)")
    String partition;

    @Option(names = "--sbatch-option", paramLabel = "OPT", description = "extra #SBATCH line, e.g. --account=econ; repeatable")
    List<String> sbatchOptions = new ArrayList<>();

    @Option(names = "--setup", paramLabel = "CMD", description = "shell line to run before java on the node, e.g. 'module load java/17'; repeatable")
    List<String> setup = new ArrayList<>();

    @Option(names = "--java", paramLabel = "PATH", description = "java on the nodes (default: the one running this command)")
    String java;

    @Option(names = "--java-option", paramLabel = "OPT", description = "JVM option for the tasks, e.g. -Xmx3g; repeatable")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "CP", description = "class path on the nodes (default: this program's jar)")
    String classpath;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<sweep name>/)")
    Path out;

    @Mixin
    SweepChanges changes;

    @Option(names = "--timeseries", description = "as for sweep; passed on to every task")
    boolean timeseries;

    @Option(names = "--dry-run", description = "print the scripts and the sbatch commands; write and submit nothing")
    boolean dryRun;

    @Option(names = "--wait", description = "after submitting, wait for the merge job to end; exit 0 only if the sweep merged complete")
    boolean await;

    @Override
    public Integer call() throws Exception {
        List<String> sweepOptions = new ArrayList<>(changes.asArguments());
        if (timeseries) sweepOptions.add("--timeseries");
        SlurmArray array;
        try {
            array = SlurmArray.prepare(new SlurmArray.Request(file, changes.overrides(), sweepOptions, out, tasks, cpus, time, mem, partition,
                    sbatchOptions, setup, java, javaOptions, classpath));
        } catch (ScenarioException | SweepStateException e) {
            System.err.println("clustersim slurm: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (dryRun) {
            System.out.print(array.dryRun());
            return 0;
        }
        array.write();
        SlurmArray.Submission sub;
        try {
            sub = array.submit();
        } catch (IOException e) {
            System.err.println("clustersim slurm: " + e.getMessage());
            System.err.println("clustersim slurm: the scripts are in " + array.settings().dir().resolve(SlurmArray.FOLDER) + "; submit them by hand once SLURM answers");
            return 1;
        }
        System.out.print(array.submitted(sub));
        if (!await) return 0;
        String status = array.awaitMerge(sub);
        System.out.println("Merge job ended: sweep.json status " + status);
        return "merged".equals(status) ? 0 : 1;
    }
}

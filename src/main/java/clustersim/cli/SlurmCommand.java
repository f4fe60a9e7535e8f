package clustersim.cli;

import clustersim.experiment.SlurmArray;
import clustersim.experiment.Sweep;
import clustersim.experiment.SweepLoader;
import clustersim.experiment.SweepManifest;
import clustersim.experiment.SweepStateException;
import clustersim.scenario.ScenarioException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "slurm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread a sweep over a SLURM cluster. Writes DIR/slurm/sweep-array.sbatch (an",
            "array job: task I runs shard I/N into DIR/shard-I) and",
            "DIR/slurm/merge.sbatch (joins the shards into DIR when the array has ended),",
            "and submits both with sbatch. The program, the sweep file and DIR must be on",
            "a file system the nodes share.",
            "Exit status: 0 submitted (with --wait: merged), 1 SLURM refused or the merge",
            "failed, 2 bad input."})
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
        Sweep sweep;
        try {
            sweep = SweepLoader.load(file, changes.overrides());
        } catch (ScenarioException e) {
            System.err.println("clustersim slurm: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (tasks < 1 || tasks > sweep.runCount()) {
            System.err.println("clustersim slurm: --tasks must be in [1, " + sweep.runCount() + "] (the sweep's runs), got " + tasks);
            return Main.BAD_INPUT;
        }
        if (cpus < 1) {
            System.err.println("clustersim slurm: --cpus-per-task must be at least 1, got " + cpus);
            return Main.BAD_INPUT;
        }
        Path dir = (out != null ? out : Paths.get("results", sweep.name())).toAbsolutePath().normalize();
        try {
            SweepManifest m = SweepManifest.read(dir);
            if (m != null && !sweep.fingerprint().equals(m.fingerprint())) {
                System.err.println("clustersim slurm: " + dir + " holds results of another sweep ('" + m.name() + "'): use another --out");
                return Main.BAD_INPUT;
            }
        } catch (SweepStateException e) {
            System.err.println("clustersim slurm: " + e.getMessage());
            return Main.BAD_INPUT;
        }

        SlurmArray.Settings s = new SlurmArray.Settings();
        s.sweepFile = file.toAbsolutePath().normalize();
        s.dir = dir;
        s.name = sweep.name();
        s.fingerprint = sweep.fingerprint();
        s.tasks = tasks;
        s.cpusPerTask = cpus;
        s.time = time;
        s.memory = mem;
        s.partition = partition;
        s.sbatchOptions = sbatchOptions;
        s.setup = setup;
        s.java = java != null ? java : Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        s.javaOptions = javaOptions;
        s.classpath = classpath != null ? classpath : ownClasspath();
        s.sweepOptions.addAll(changes.asArguments());
        if (timeseries) s.sweepOptions.add("--timeseries");
        SlurmArray array = new SlurmArray(s);

        if (dryRun) {
            System.out.println("# " + array.arrayScriptPath());
            System.out.println(array.arrayScript());
            System.out.println("# " + array.mergeScriptPath());
            System.out.println(array.mergeScript());
            System.out.println("# would run:");
            System.out.println("#   sbatch --parsable " + array.arrayScriptPath());
            System.out.println("#   sbatch --parsable --dependency=afterany:<array job id> " + array.mergeScriptPath());
            System.out.println("# Nothing written or submitted (--dry-run).");
            return 0;
        }
        array.write();
        SlurmArray.Submission sub;
        try {
            sub = array.submit();
        } catch (IOException e) {
            System.err.println("clustersim slurm: " + e.getMessage());
            System.err.println("clustersim slurm: the scripts are in " + dir.resolve(SlurmArray.FOLDER) + "; submit them by hand once SLURM answers");
            return 1;
        }
        System.out.printf("Submitted sweep %s: array job %s (%d tasks x %d cpus, %d runs), merge job %s after it.%n", sweep.name(), sub.arrayJob,
                tasks, cpus, sweep.runCount(), sub.mergeJob);
        System.out.println("  watch:   squeue -j " + sub.arrayJob + "," + sub.mergeJob);
        System.out.println("  logs:    " + dir.resolve(SlurmArray.FOLDER) + "/shard-<I>.log, merge.log");
        System.out.println("  results: " + dir + "/runs.csv, summary.csv, figures/ (when the merge job has run)");
        if (!await) return 0;
        while (SlurmArray.inQueue(sub.arrayJob) || SlurmArray.inQueue(sub.mergeJob)) Thread.sleep(1000);
        SweepManifest m = SweepManifest.read(dir);
        String status = m == null ? "none" : m.status();
        System.out.println("Merge job ended: sweep.json status " + status);
        return "merged".equals(status) ? 0 : 1;
    }

    /** This program's jar when it runs from one (the shaded jar), else its class path made absolute. */
    static String ownClasspath() throws java.net.URISyntaxException {
        Path self = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(self)) return self.toAbsolutePath().toString();
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!p.isEmpty()) parts.add(Paths.get(p).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, parts);
    }
}

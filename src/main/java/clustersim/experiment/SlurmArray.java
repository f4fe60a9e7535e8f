package clustersim.experiment;

import clustersim.io.AtomicFiles;
import clustersim.scenario.ScenarioException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sweep spread over a SLURM cluster: an array job of N tasks, task I running shard I/N of the sweep
 * into DIR/shard-I (resuming if requeued), then a merge job that waits for the whole array
 * ({@code --dependency=afterany}) and joins the shards into DIR, with summary and figures. afterany, not
 * afterok: if some tasks fail, the merge still gathers what finished and says what is missing.
 */
public final class SlurmArray {
    /**
     * Everything a script needs.
     *
     * @param sweepOptions options passed on to every shard's sweep command (--set, --replications, --timeseries)
     */
    public record Settings(Path sweepFile, Path dir, String name, String fingerprint, int tasks, int cpusPerTask, String time, String memory,
                           String partition, List<String> sbatchOptions, List<String> setup, String java, List<String> javaOptions,
                           String classpath, List<String> sweepOptions) {
    }

    /**
     * A slurm command's options.
     *
     * @param sweepOptions the options that change the sweep, as arguments (--set, --replications), plus --timeseries
     * @param out          output folder, or null for results/NAME
     * @param java         java on the nodes, or null for the one running this program
     * @param classpath    class path on the nodes, or null for this program's
     */
    public record Request(Path file, SweepLoader.Overrides overrides, List<String> sweepOptions, Path out, int tasks, int cpusPerTask,
                          String time, String memory, String partition, List<String> sbatchOptions, List<String> setup, String java,
                          List<String> javaOptions, String classpath) {
    }

    public static final String FOLDER = "slurm";
    public static final String ARRAY_SCRIPT = "sweep-array.sbatch";
    public static final String MERGE_SCRIPT = "merge.sbatch";
    static final String MAIN = "clustersim.cli.Main";

    private final Settings s;
    private final Sweep sweep;

    public SlurmArray(Settings settings) {
        this(settings, null);
    }

    private SlurmArray(Settings settings, Sweep sweep) {
        this.s = settings;
        this.sweep = sweep;
    }

    /**
     * Reads the sweep and checks the options and the output folder; writes nothing.
     *
     * @throws ScenarioException   bad sweep file or option
     * @throws SweepStateException the folder holds another sweep
     */
    public static SlurmArray prepare(Request q) throws IOException, ScenarioException, SweepStateException {
        Sweep sweep = SweepLoader.load(q.file(), q.overrides());
        if (q.tasks() < 1 || q.tasks() > sweep.runCount()) {
            throw new ScenarioException("--tasks", 0, null, "must be in [1, " + sweep.runCount() + "] (the sweep's runs), got " + q.tasks());
        }
        if (q.cpusPerTask() < 1) throw new ScenarioException("--cpus-per-task", 0, null, "must be at least 1, got " + q.cpusPerTask());
        Path dir = (q.out() != null ? q.out() : Paths.get("results", sweep.name())).toAbsolutePath().normalize();
        SweepManifest m = SweepManifest.read(dir);
        if (m != null && !sweep.fingerprint().equals(m.fingerprint())) throw SweepJob.anotherSweep(dir, m, sweep);
        String java = q.java() != null ? q.java() : Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Settings s = new Settings(q.file().toAbsolutePath().normalize(), dir, sweep.name(), sweep.fingerprint(), q.tasks(), q.cpusPerTask(),
                q.time(), q.memory(), q.partition(), List.copyOf(q.sbatchOptions()), List.copyOf(q.setup()), java, List.copyOf(q.javaOptions()),
                q.classpath() != null ? q.classpath() : ownClasspath(), List.copyOf(q.sweepOptions()));
        return new SlurmArray(s, sweep);
    }

    /** This program's jar when it runs from one (the shaded jar), else its class path made absolute. */
    static String ownClasspath() {
        try {
            Path self = Paths.get(SlurmArray.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self)) return self.toAbsolutePath().toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no code source: the class path below
        }
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!p.isEmpty()) parts.add(Paths.get(p).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, parts);
    }

    public Settings settings() {
        return s;
    }

    /** What --dry-run prints: both scripts and the sbatch commands. */
    public String dryRun() {
        return "# " + arrayScriptPath() + "\n" + arrayScript() + "\n"
                + "# " + mergeScriptPath() + "\n" + mergeScript() + "\n"
                + "# would run:\n"
                + "#   sbatch --parsable " + arrayScriptPath() + "\n"
                + "#   sbatch --parsable --dependency=afterany:<array job id> " + mergeScriptPath() + "\n"
                + "# Nothing written or submitted (--dry-run).\n";
    }

    /** What a submission prints: the job ids and where to look. */
    public String submitted(Submission sub) {
        long runs = sweep != null ? sweep.runCount() : 0;
        return String.format("Submitted sweep %s: array job %s (%d tasks x %d cpus, %d runs), merge job %s after it.%n", s.name(), sub.arrayJob(),
                s.tasks(), s.cpusPerTask(), runs, sub.mergeJob())
                + "  watch:   squeue -j " + sub.arrayJob() + "," + sub.mergeJob() + "\n"
                + "  logs:    " + s.dir().resolve(FOLDER) + "/shard-<I>.log, merge.log\n"
                + "  results: " + s.dir() + "/runs.csv, summary.csv, figures/ (when the merge job has run)\n";
    }

    /** Waits until both jobs have left the queue; returns the merged folder's sweep.json status ("none" if there is none). */
    public String awaitMerge(Submission sub) throws IOException, SweepStateException, InterruptedException {
        while (inQueue(sub.arrayJob()) || inQueue(sub.mergeJob())) Thread.sleep(1000);
        SweepManifest m = SweepManifest.read(s.dir());
        return m == null ? "none" : m.status();
    }

    public Path arrayScriptPath() {
        return s.dir().resolve(FOLDER).resolve(ARRAY_SCRIPT);
    }

    public Path mergeScriptPath() {
        return s.dir().resolve(FOLDER).resolve(MERGE_SCRIPT);
    }

    public String arrayScript() {
        StringBuilder b = header("clustersim-" + s.name, s.dir().resolve(FOLDER).resolve("shard-%a.log"));
        b.append("#SBATCH --array=1-").append(s.tasks()).append('\n');
        b.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask()).append('\n');
        options(b);
        b.append("#\n# Sweep '").append(s.name()).append("' (fingerprint ").append(s.fingerprint()).append(")\n");
        b.append("# from ").append(s.sweepFile()).append(", split into ").append(s.tasks()).append(" interleaved shards.\n");
        b.append("# Task I runs shard I/").append(s.tasks()).append(" into ").append(s.dir()).append("/shard-I; a requeued task resumes.\n");
        b.append("# Written by clustersim ").append(Provenance.version()).append(" (git ").append(Provenance.gitCommit()).append(") at ")
                .append(Instant.now()).append(".\n");
        b.append("set -euo pipefail\n");
        for (String line : s.setup()) b.append(line).append('\n');
        b.append("exec ").append(javaCommand()).append(" sweep ").append(q(s.sweepFile().toString())).append(" \\\n");
        b.append("  --shard \"${SLURM_ARRAY_TASK_ID}/").append(s.tasks()).append("\" --out ").append(q(s.dir().toString()))
                .append("/shard-\"${SLURM_ARRAY_TASK_ID}\" \\\n");
        b.append("  --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume --quiet --no-figures --fingerprint ").append(s.fingerprint());
        for (String o : s.sweepOptions()) b.append(' ').append(q(o));
        b.append('\n');
        return b.toString();
    }

    public String mergeScript() {
        StringBuilder b = header("clustersim-" + s.name() + "-merge", s.dir().resolve(FOLDER).resolve("merge.log"));
        b.append("#SBATCH --cpus-per-task=1\n");
        options(b);
        b.append("#\n# Joins the shards of sweep '").append(s.name()).append("' into ").append(s.dir())
                .append(" (runs.csv, summary.csv, figures); submitted to start after the array job ends.\n");
        b.append("set -euo pipefail\nshopt -s nullglob\n");
        for (String line : s.setup()) b.append(line).append('\n');
        b.append("shards=(").append(q(s.dir().toString())).append("/shard-*)\n");
        b.append("exec ").append(javaCommand()).append(" merge \"${shards[@]}\" --allow-incomplete --out ").append(q(s.dir().toString())).append('\n');
        return b.toString();
    }

    private StringBuilder header(String job, Path log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(job).append('\n');
        b.append("#SBATCH --output=").append(log).append('\n');
        return b;
    }

    private void options(StringBuilder b) {
        if (s.time() != null) b.append("#SBATCH --time=").append(s.time()).append('\n');
        if (s.memory() != null) b.append("#SBATCH --mem=").append(s.memory()).append('\n');
        if (s.partition() != null) b.append("#SBATCH --partition=").append(s.partition()).append('\n');
        for (String o : s.sbatchOptions()) b.append("#SBATCH ").append(o).append('\n');
    }

    private String javaCommand() {
        StringBuilder b = new StringBuilder(q(s.java()));
        for (String o : s.javaOptions()) b.append(' ').append(q(o));
        b.append(" -cp ").append(q(s.classpath())).append(' ').append(MAIN);
        return b.toString();
    }

    /** Single-quotes a word for bash. */
    static String q(String word) {
        if (word.matches("[A-Za-z0-9_./:=,+@%-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Writes both scripts into DIR/slurm/. */
    public void write() throws IOException {
        Files.createDirectories(s.dir().resolve(FOLDER));
        writeScript(arrayScriptPath(), arrayScript());
        writeScript(mergeScriptPath(), mergeScript());
    }

    private static void writeScript(Path f, String text) throws IOException {
        AtomicFiles.write(f, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: sbatch reads the script anyway
        }
    }

    /** Job ids of a submission. */
    public record Submission(String arrayJob, String mergeJob) {
    }

    /** Submits the array, then the merge after it. Throws with sbatch's message if either is refused. */
    public Submission submit() throws IOException {
        String array = sbatch(List.of("sbatch", "--parsable", arrayScriptPath().toString()));
        String merge = sbatch(List.of("sbatch", "--parsable", "--dependency=afterany:" + array, mergeScriptPath().toString()));
        return new Submission(array, merge);
    }

    private static String sbatch(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": no answer within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + out);
        String last = out.lines().reduce((a, b) -> b).orElse("");
        String id = last.split(";")[0].trim();
        if (!id.matches("\\d+")) throw new IOException(String.join(" ", cmd) + ": unexpected answer '" + out + "'");
        return id;
    }

    /** Whether SLURM still knows the job as pending or running. */
    public static boolean inQueue(String jobId) throws IOException {
        Process p = new ProcessBuilder("squeue", "-h", "-j", jobId).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        // squeue says "Invalid job id" once a finished job has been purged
        return p.exitValue() == 0 && !out.isEmpty();
    }
}

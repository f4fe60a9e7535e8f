package clustersim.experiment;

import clustersim.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Everything a script needs. */
    public static final class Settings {
        public Path sweepFile;
        public Path dir;
        public String name;
        public String fingerprint;
        public int tasks;
        public int cpusPerTask = 1;
        public String time;
        public String memory;
        public String partition;
        public List<String> sbatchOptions = new ArrayList<>();
        public List<String> setup = new ArrayList<>();
        public String java;
        public List<String> javaOptions = new ArrayList<>();
        public String classpath;
        /** Options passed on to every shard's sweep command (--set, --replications, --timeseries). */
        public List<String> sweepOptions = new ArrayList<>();
    }

    public static final String FOLDER = "slurm";
    public static final String ARRAY_SCRIPT = "sweep-array.sbatch";
    public static final String MERGE_SCRIPT = "merge.sbatch";
    static final String MAIN = "clustersim.cli.Main";

    private final Settings s;

    public SlurmArray(Settings settings) {
        this.s = settings;
    }

    public Path arrayScriptPath() {
        return s.dir.resolve(FOLDER).resolve(ARRAY_SCRIPT);
    }

    public Path mergeScriptPath() {
        return s.dir.resolve(FOLDER).resolve(MERGE_SCRIPT);
    }

    public String arrayScript() {
        StringBuilder b = header("clustersim-" + s.name, s.dir.resolve(FOLDER).resolve("shard-%a.log"));
        b.append("#SBATCH --array=1-").append(s.tasks).append('\n');
        b.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask).append('\n');
        options(b);
        b.append("#\n# Sweep '").append(s.name).append("' (fingerprint ").append(s.fingerprint).append(")\n");
        b.append("# from ").append(s.sweepFile).append(", split into ").append(s.tasks).append(" interleaved shards.\n");
        b.append("# Task I runs shard I/").append(s.tasks).append(" into ").append(s.dir).append("/shard-I; a requeued task resumes.\n");
        b.append("# Written by clustersim ").append(Provenance.version()).append(" (git ").append(Provenance.gitCommit()).append(") at ")
                .append(Instant.now()).append(".\n");
        b.append("set -euo pipefail\n");
        for (String line : s.setup) b.append(line).append('\n');
        b.append("exec ").append(javaCommand()).append(" sweep ").append(q(s.sweepFile.toString())).append(" \\\n");
        b.append("  --shard \"${SLURM_ARRAY_TASK_ID}/").append(s.tasks).append("\" --out ").append(q(s.dir.toString()))
                .append("/shard-\"${SLURM_ARRAY_TASK_ID}\" \\\n");
        b.append("  --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume --quiet --no-figures --fingerprint ").append(s.fingerprint);
        for (String o : s.sweepOptions) b.append(' ').append(q(o));
        b.append('\n');
        return b.toString();
    }

    public String mergeScript() {
        StringBuilder b = header("clustersim-" + s.name + "-merge", s.dir.resolve(FOLDER).resolve("merge.log"));
        b.append("#SBATCH --cpus-per-task=1\n");
        options(b);
        b.append("#\n# Joins the shards of sweep '").append(s.name).append("' into ").append(s.dir)
                .append(" (runs.csv, summary.csv, figures); submitted to start after the array job ends.\n");
        b.append("set -euo pipefail\nshopt -s nullglob\n");
        for (String line : s.setup) b.append(line).append('\n');
        b.append("shards=(").append(q(s.dir.toString())).append("/shard-*)\n");
        b.append("exec ").append(javaCommand()).append(" merge \"${shards[@]}\" --out ").append(q(s.dir.toString())).append('\n');
        return b.toString();
    }

    private StringBuilder header(String job, Path log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(job).append('\n');
        b.append("#SBATCH --output=").append(log).append('\n');
        return b;
    }

    private void options(StringBuilder b) {
        if (s.time != null) b.append("#SBATCH --time=").append(s.time).append('\n');
        if (s.memory != null) b.append("#SBATCH --mem=").append(s.memory).append('\n');
        if (s.partition != null) b.append("#SBATCH --partition=").append(s.partition).append('\n');
        for (String o : s.sbatchOptions) b.append("#SBATCH ").append(o).append('\n');
    }

    private String javaCommand() {
        StringBuilder b = new StringBuilder(q(s.java));
        for (String o : s.javaOptions) b.append(' ').append(q(o));
        b.append(" -cp ").append(q(s.classpath)).append(' ').append(MAIN);
        return b.toString();
    }

    /** Single-quotes a word for bash. */
    static String q(String word) {
        if (word.matches("[A-Za-z0-9_./:=,+@%-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Writes both scripts into DIR/slurm/. */
    public void write() throws IOException {
        Files.createDirectories(s.dir.resolve(FOLDER));
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
    public static final class Submission {
        public final String arrayJob;
        public final String mergeJob;

        Submission(String arrayJob, String mergeJob) {
            this.arrayJob = arrayJob;
            this.mergeJob = mergeJob;
        }
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

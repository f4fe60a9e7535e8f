package clustersim.experiment;

import clustersim.io.CsvFormat;
import clustersim.io.AtomicFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sweep (or one shard of it) in its output folder: checks that the folder is new or holds this very
 * sweep, resumes what is there, runs the rest and leaves runs.csv, failures.csv, design.csv and
 * sweep.json behind. Summary and figures are the report's job (clustersim.report).
 */
public final class SweepJob {
    public static final String RUNS = "runs.csv";
    public static final String FAILURES = "failures.csv";
    public static final String DESIGN = "design.csv";
    public static final String TIMESERIES = "timeseries";
    static final String LOCK = ".sweep.lock";

    private final Sweep sweep;
    private final Path dir;
    private final Shard shard;
    private final RunPlan plan;

    public SweepJob(Sweep sweep, Path dir, Shard shard) {
        this.sweep = sweep;
        this.dir = dir;
        this.shard = shard;
        this.plan = RunPlan.of(sweep, shard);
    }

    public RunPlan plan() {
        return plan;
    }

    /** What is in the folder already, as far as this sweep is concerned. */
    public static final class State {
        /** Runs of this shard. */
        public final int planned;
        /** Of those, runs with a row in runs.csv. */
        public final int done;
        /** Of those, runs recorded in failures.csv. */
        public final int failed;
        /** The manifest found, or null for a new folder. */
        public final SweepManifest previous;

        State(int planned, int done, int failed, SweepManifest previous) {
            this.planned = planned;
            this.done = done;
            this.failed = failed;
            this.previous = previous;
        }
    }

    /**
     * Looks at the folder without changing anything.
     *
     * @throws SweepStateException if the folder holds another sweep, another shard, or files not ours
     */
    public State inspect() throws IOException, SweepStateException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new SweepStateException(dir + " is a file, not a folder");
        SweepManifest m = SweepManifest.read(dir);
        Path runs = dir.resolve(RUNS);
        if (m == null) {
            if (Files.exists(runs)) {
                throw new SweepStateException(dir + " has a runs.csv but no sweep.json, so it cannot be told apart from another"
                        + " program's output; choose another --out");
            }
            return new State(plan.size(), 0, 0, null);
        }
        if (!sweep.fingerprint().equals(m.fingerprint())) {
            throw new SweepStateException(dir + " holds results of another sweep ('" + m.name() + "', fingerprint "
                    + abbreviate(m.fingerprint()) + "); this sweep is '" + sweep.name() + "' (" + abbreviate(sweep.fingerprint())
                    + "). A change to the sweep file, its scenario, --set or --replications makes a new sweep: use another --out,"
                    + " or move " + dir + " away.");
        }
        String here = shard.isWhole() ? null : shard.toString();
        if (!Objects.equals(here, m.shard())) {
            throw new SweepStateException(dir + " holds " + (m.shard() == null ? "the whole sweep" : "shard " + m.shard())
                    + ", not " + (here == null ? "the whole sweep" : "shard " + here) + ": give each shard its own --out");
        }
        BitSet done = ids(runs), failed = ids(dir.resolve(FAILURES));
        int d = 0, f = 0;
        for (int k = 0; k < plan.size(); k++) {
            int id = plan.runId(k);
            if (done.get(id)) d++;
            else if (failed.get(id)) f++;
        }
        return new State(plan.size(), d, f, m);
    }

    /** Run ids of the complete lines of a file (read-only). */
    private static BitSet ids(Path file) throws IOException {
        BitSet b = new BitSet();
        if (!Files.isRegularFile(file)) return b;
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        boolean header = true;
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] != '\n') continue;
            if (!header) {
                int id = 0, j = start;
                while (j < k && bytes[j] >= '0' && bytes[j] <= '9') id = id * 10 + (bytes[j++] - '0');
                if (j > start) b.set(id);
            }
            header = false;
            start = k + 1;
        }
        return b;
    }

    /** What one execution did. */
    public static final class Result {
        public int planned, doneBefore, failedBefore, ok, failed, retried;
        public long droppedBytes;
        public double wallSeconds;
        public final List<String> warnings = new ArrayList<>();

        /** Runs of this shard with a row in runs.csv now. */
        public int done() {
            return doneBefore + ok;
        }

        public boolean complete() {
            return done() + failedBefore + failed == planned;
        }
    }

    /**
     * Runs what is left of this shard.
     *
     * @param retryFailed run again the runs recorded in failures.csv (they are skipped otherwise)
     */
    public Result run(int threads, boolean timeseries, boolean retryFailed, SweepRunner.Listener listener)
            throws IOException, SweepStateException {
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) throw new SweepStateException(dir + " is being written by another clustersim process (it holds " + dir.resolve(LOCK) + ")");
            return runLocked(threads, timeseries, retryFailed, listener);
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private Result runLocked(int threads, boolean timeseries, boolean retryFailed, SweepRunner.Listener listener)
            throws IOException, SweepStateException {
        State state = inspect();
        Result r = new Result();
        r.planned = plan.size();
        Instant start = Instant.now();
        long t0 = System.nanoTime();

        SweepManifest manifest = SweepManifest.start(sweep, shard);
        List<Object> sessions = manifest.sessions();
        if (state.previous != null) {
            sessions.addAll(state.previous.sessions());
            manifest.put("started", state.previous.get("started"));
            if (state.previous.get("extensions") != null) manifest.put("extensions", state.previous.get("extensions"));
            String before = state.previous.gitCommit(), now = Provenance.gitCommit();
            if (!Objects.equals(before, now)) {
                r.warnings.add("this folder was started by git commit " + before + " and is resumed by " + now
                        + ": if the model changed in between, its runs mix two model versions (sessions in sweep.json)");
            }
        }
        if (manifest.get("started") == null) manifest.put("started", start.toString());
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("started", start.toString());
        session.put("finished", null);
        session.put("git_commit", Provenance.gitCommit());
        session.put("version", Provenance.version());
        session.put("host", host());
        session.put("threads", threads);
        session.put("java", System.getProperty("java.version"));
        String slurmJob = System.getenv("SLURM_JOB_ID");
        if (slurmJob != null) {
            String array = System.getenv("SLURM_ARRAY_JOB_ID"), task = System.getenv("SLURM_ARRAY_TASK_ID");
            session.put("slurm_job", array != null && task != null ? array + "_" + task : slurmJob);
        }
        sessions.add(session);
        manifest.write(dir);
        writeDesign();

        int[] todo;
        try (AppendOnlyCsv runs = AppendOnlyCsv.open(dir.resolve(RUNS), SweepRunner.runsHeader(sweep), SweepRunner.runsFields(sweep))) {
            BitSet retry = new BitSet();
            if (retryFailed && Files.exists(dir.resolve(FAILURES))) {
                try (AppendOnlyCsv f = AppendOnlyCsv.open(dir.resolve(FAILURES), SweepRunner.failuresHeader(sweep), 0)) {
                    retry = f.present();
                }
                AppendOnlyCsv.sortByRunId(dir.resolve(FAILURES), retry);
            }
            try (AppendOnlyCsv failures = AppendOnlyCsv.open(dir.resolve(FAILURES), SweepRunner.failuresHeader(sweep), 0)) {
                r.droppedBytes = runs.droppedBytes() + failures.droppedBytes();
                List<Integer> left = new ArrayList<>();
                for (int k = 0; k < plan.size(); k++) {
                    int id = plan.runId(k);
                    if (runs.has(id)) r.doneBefore++;
                    else if (failures.has(id)) r.failedBefore++;
                    else left.add(id);
                    if (retry.get(id) && !runs.has(id)) r.retried++;
                }
                todo = left.stream().mapToInt(Integer::intValue).toArray();
                Path ts = null;
                if (timeseries) {
                    ts = dir.resolve(TIMESERIES);
                    Files.createDirectories(ts);
                    deleteTemporaries(ts);
                }
                SweepRunner.Counts c = new SweepRunner(plan, threads).run(todo, runs, failures, ts, listener);
                r.ok = c.ok;
                r.failed = c.failed;
            }
        }
        // a complete shard's files are rewritten in run_id order: equal sweeps, equal bytes
        AppendOnlyCsv.sortByRunId(dir.resolve(RUNS), null);
        AppendOnlyCsv.sortByRunId(dir.resolve(FAILURES), null);
        r.wallSeconds = (System.nanoTime() - t0) / 1e9;

        Instant end = Instant.now();
        session.put("finished", end.toString());
        session.put("wall_seconds", Math.round(r.wallSeconds * 1000) / 1000.0);
        session.put("runs_ok", r.ok);
        session.put("runs_failed", r.failed);
        manifest.put("status", r.complete() ? "finished" : "incomplete");
        manifest.put("finished", end.toString());
        Map<String, Object> counts = manifest.runs();
        counts.put("design", sweep.runCount());
        counts.put("planned", r.planned);
        counts.put("ok", r.done());
        counts.put("failed", r.failedBefore + r.failed);
        counts.put("missing", r.planned - r.done() - r.failedBefore - r.failed);
        manifest.write(dir);
        return r;
    }

    /** design.csv: point_id and the factor values of every point of the design (all shards). */
    private void writeDesign() throws IOException {
        StringBuilder b = new StringBuilder("point_id");
        for (Factor f : sweep.factors()) b.append(',').append(f.name());
        for (String l : sweep.labels()) b.append(',').append(l);
        b.append('\n');
        for (int p = 1; p <= sweep.pointCount(); p++) {
            b.append(p);
            for (int j = 0; j < sweep.factors().size(); j++) b.append(',').append(CsvFormat.number(sweep.value(p, j)));
            for (int l = 0; l < sweep.labels().size(); l++) b.append(',').append(sweep.label(p, l));
            b.append('\n');
        }
        Path f = dir.resolve(DESIGN);
        Path tmp = AtomicFiles.temporary(f);
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        AtomicFiles.commit(tmp, f);
    }

    /** Half-written timeseries files of runs a kill interrupted. */
    private static void deleteTemporaries(Path folder) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return null;
        }
    }

    static String abbreviate(String fingerprint) {
        return fingerprint == null ? "none" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}

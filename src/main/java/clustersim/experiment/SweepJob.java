package clustersim.experiment;

import clustersim.io.AtomicFiles;
import clustersim.io.CsvFormat;
import clustersim.io.FolderBusyException;
import clustersim.io.FolderLock;
import clustersim.scenario.ScenarioException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 *
 * <p>The order of a sweep command: {@link #prepare} (read the sweep, look at the folder; nothing
 * written), then {@link #lock} (one writer per folder), then {@link Session#run}. A sweep interrupted by
 * Ctrl-C (SIGINT) or SIGTERM records status "interrupted" in sweep.json and lets go of its folder before
 * the process ends; the rows written are kept, and the same command resumes.
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
    private final int threads;
    private State state;

    private SweepJob(Sweep sweep, Path dir, Shard shard, int threads) {
        this.sweep = sweep;
        this.dir = dir;
        this.shard = shard;
        this.plan = RunPlan.of(sweep, shard);
        this.threads = threads;
    }

    /**
     * A sweep command's options.
     *
     * @param out         output folder, or null for results/NAME (shards: results/NAME/shard-I)
     * @param threads     worker threads, or null for all cores
     * @param shard       "I/N", or null for the whole sweep
     * @param fingerprint the fingerprint the sweep must have (SLURM tasks), or null
     */
    public record Request(Path file, SweepLoader.Overrides overrides, Path out, Integer threads, String shard, String fingerprint,
                          boolean extend) {
    }

    /**
     * Reads the sweep, checks the options and looks at the output folder; writes nothing.
     *
     * @throws ScenarioException   bad sweep file or option
     * @throws SweepStateException the folder cannot take this sweep (another sweep's, another shard's, ...)
     */
    public static SweepJob prepare(Request q) throws IOException, ScenarioException, SweepStateException {
        Sweep sweep = SweepLoader.load(q.file(), q.overrides());
        Shard sh;
        try {
            sh = q.shard() == null ? Shard.WHOLE : Shard.parse(q.shard());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("--shard", 0, null, e.getMessage());
        }
        int n = q.threads() == null ? Runtime.getRuntime().availableProcessors() : q.threads();
        if (n < 1) throw new ScenarioException("--threads", 0, null, "must be at least 1, got " + n);
        if (q.fingerprint() != null && !q.fingerprint().equals(sweep.fingerprint())) {
            throw new ScenarioException(q.file().toString(), 0, null, "no longer the sweep that was submitted (fingerprint " + abbreviate(sweep.fingerprint())
                    + ", expected " + abbreviate(q.fingerprint()) + "): the sweep file or its scenario changed after submission");
        }
        Path dir = q.out() != null ? q.out() : Paths.get("results", sweep.name());
        if (q.out() == null && !sh.isWhole()) dir = dir.resolve("shard-" + sh.index);
        SweepJob job = new SweepJob(sweep, dir, sh, n);
        if (q.extend()) {
            if (!sh.isWhole()) throw new SweepStateException("--extend works on a whole sweep: extend the merged folder, then shard again");
            job.extension = SweepExtension.check(sweep, dir);
            // the folder holds the smaller sweep until the extension is applied, under the lock (lock())
            if (job.extension != null) return job;
        }
        job.state = job.inspect();
        return job;
    }

    /** The extension --extend will apply when the folder is locked, or null when there is none to apply. */
    public SweepExtension pendingExtension() {
        return extension;
    }

    /** What --extend found to add (applied, under the lock, by lock()). */
    private SweepExtension extension;

    public Sweep sweep() {
        return sweep;
    }

    public Path dir() {
        return dir;
    }

    public Shard shard() {
        return shard;
    }

    public int threads() {
        return threads;
    }

    public RunPlan plan() {
        return plan;
    }

    /** The folder as {@link #prepare} found it. */
    public State state() {
        return state;
    }

    /**
     * What is in the folder already, as far as this sweep is concerned.
     *
     * @param planned  runs of this shard
     * @param done     of those, runs with a row in runs.csv
     * @param failed   of those, runs recorded in failures.csv
     * @param previous the manifest found, or null for a new folder
     */
    public record State(int planned, int done, int failed, SweepManifest previous) {
        /** Runs an execution would run. */
        public int left(boolean retryFailed) {
            return planned - done - (retryFailed ? 0 : failed);
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
        if (!sweep.fingerprint().equals(m.fingerprint())) throw anotherSweep(dir, m, sweep);
        String here = shard.isWhole() ? null : shard.toString();
        if (!Objects.equals(here, m.shard())) {
            throw new SweepStateException(dir + " holds " + (m.shard() == null ? "the whole sweep" : "shard " + m.shard())
                    + ", not " + (here == null ? "the whole sweep" : "shard " + here) + ": give each shard its own --out");
        }
        BitSet done = new BitSet();
        if (Files.isRegularFile(runs)) for (int id : RunsCheck.of(sweep, shard).read(runs).byId.keySet()) done.set(id);
        BitSet failed = ids(dir.resolve(FAILURES));
        int d = 0, f = 0;
        for (int k = 0; k < plan.size(); k++) {
            int id = plan.runId(k);
            if (done.get(id)) d++;
            else if (failed.get(id)) f++;
        }
        return new State(plan.size(), d, f, m);
    }

    /** The refusal of a folder that holds another sweep, saying what changed. */
    public static SweepStateException anotherSweep(Path dir, SweepManifest m, Sweep sweep) {
        String changed;
        try {
            changed = SweepDifference.between(m.sweep(), sweep);
        } catch (RuntimeException e) {
            changed = "its sweep.json cannot be compared (" + e.getMessage() + ")";
        }
        return new SweepStateException(dir + " holds results of another sweep ('" + m.name() + "', fingerprint "
                + abbreviate(m.fingerprint()) + "; this one " + abbreviate(sweep.fingerprint()) + "): changed: " + changed
                + ". A change to the sweep file, its scenario, --set or --replications makes a new sweep: use another --out, or move "
                + dir + " away.");
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

        /** Runs of this shard in failures.csv now. */
        public int failedNow() {
            return failedBefore + failed;
        }
    }

    /** Told, from the thread that ends the process, that Ctrl-C (or SIGTERM) interrupted the sweep. */
    public interface Interruption {
        void interrupted(int kept, int planned);
    }

    /**
     * Takes the folder's lock ({@code .sweep.lock}; created with the folder) and looks at the folder again,
     * now that no other process can change it. Nothing else is written.
     *
     * @throws FolderBusyException if another process is writing the folder
     */
    public Session lock() throws IOException, FolderBusyException, SweepStateException {
        FolderLock lock = FolderLock.take(dir, LOCK);
        try {
            if (extension != null) {
                extension.apply();
                extension = null;
            }
            state = inspect();
        } catch (IOException | SweepStateException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return new Session(lock);
    }

    /** The folder held by this process. Closing it deletes the lock file and lets go. */
    public final class Session implements AutoCloseable {
        private final FolderLock lock;

        private Session(FolderLock lock) {
            this.lock = lock;
        }

        /** The folder as found under the lock. */
        public State state() {
            return state;
        }

        /** What a resumed sweep says before it runs ("resuming DIR: 48 of 120 runs already done"), or null. */
        public String announcement(boolean resume, boolean retryFailed) {
            if (state.previous() != null) {
                return String.format("resuming %s: %d of %d runs already done%s", dir, state.done(), state.planned(), state.failed() > 0
                        ? ", " + state.failed() + " failed" + (retryFailed ? " (retrying them)" : " (skipped; --retry-failed runs them again)") : "");
            }
            return resume ? "nothing to resume in " + dir + ": starting the sweep" : null;
        }

        /**
         * Runs what is left of this shard.
         *
         * @param retryFailed run again the runs recorded in failures.csv (they are skipped otherwise)
         * @param interruption told if Ctrl-C ends the process during the runs, or null
         */
        public Result run(boolean timeseries, boolean retryFailed, SweepRunner.Listener listener, Interruption interruption)
                throws IOException, SweepStateException {
            return runLocked(threads, timeseries, retryFailed, listener, interruption, lock);
        }

        @Override
        public void close() throws IOException {
            lock.close();
        }
    }

    private Result runLocked(int threads, boolean timeseries, boolean retryFailed, SweepRunner.Listener listener,
                             Interruption interruption, FolderLock lock) throws IOException, SweepStateException {
        State state = inspect();
        this.state = state;
        Result r = new Result();
        RunsCheck check = RunsCheck.of(sweep, shard);
        r.planned = plan.size();
        Instant start = Instant.now();
        long t0 = System.nanoTime();

        SweepManifest manifest = SweepManifest.start(sweep, shard);
        List<Object> sessions = manifest.sessions();
        if (state.previous() != null) {
            sessions.addAll(state.previous().sessions());
            manifest.put("started", state.previous().get("started"));
            if (state.previous().get("extensions") != null) manifest.put("extensions", state.previous().get("extensions"));
            String before = state.previous().gitCommit(), now = Provenance.gitCommit();
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
        Stop stop = null;
        try {
            try (AppendOnlyCsv runs = AppendOnlyCsv.open(dir.resolve(RUNS), check)) {
                r.warnings.addAll(runs.warnings());
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
                    stop = new Stop(runs, failures, ts, manifest, r, interruption, lock);
                    Runtime.getRuntime().addShutdownHook(stop);
                    SweepRunner.Counts c;
                    try {
                        c = new SweepRunner(plan, threads).run(todo, runs, failures, ts, listener, stop.requested);
                    } catch (IOException | RuntimeException e) {
                        stop.finishing(); // interrupted: waits there for the process to end
                        throw e;
                    }
                    stop.finishing();
                    r.ok = c.ok();
                    r.failed = c.failed();
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
        } finally {
            if (stop != null) stop.finished();
        }
    }

    /**
     * The shutdown hook of a running sweep. On Ctrl-C (or SIGTERM) the JVM runs it while the workers go
     * on: it stops them from starting or appending runs, counts the rows kept, records "interrupted" in
     * sweep.json, deletes half-written timeseries and the lock, and tells the caller. If the sweep is
     * already writing its final files, it lets them finish instead, so they are never cut.
     */
    private final class Stop extends Thread {
        final java.util.concurrent.atomic.AtomicBoolean requested = new java.util.concurrent.atomic.AtomicBoolean();
        private final AppendOnlyCsv runs, failures;
        private final Path timeseries;
        private final SweepManifest manifest;
        private final Result result;
        private final Interruption interruption;
        private final FolderLock lock;
        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        private boolean finishing;

        Stop(AppendOnlyCsv runs, AppendOnlyCsv failures, Path timeseries, SweepManifest manifest, Result result, Interruption interruption,
             FolderLock lock) {
            super("sweep-interrupted");
            this.runs = runs;
            this.failures = failures;
            this.timeseries = timeseries;
            this.manifest = manifest;
            this.result = result;
            this.interruption = interruption;
            this.lock = lock;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (!finishing) {
                    requested.set(true);
                } else {
                    awaitFinish();
                    return;
                }
            }
            int kept = runs.stopAppending();
            failures.stopAppending();
            try {
                if (timeseries != null) deleteTemporaries(timeseries);
                manifest.put("status", "interrupted");
                manifest.put("finished", Instant.now().toString());
                Map<String, Object> counts = manifest.runs();
                counts.put("design", sweep.runCount());
                counts.put("planned", result.planned);
                counts.put("ok", kept);
                counts.put("failed", failures.rows());
                counts.put("missing", result.planned - kept - failures.rows());
                manifest.write(dir);
            } catch (IOException | RuntimeException e) {
                // the process is ending; the rows are safe and the same command resumes
            }
            if (interruption != null) interruption.interrupted(kept, result.planned);
            try {
                lock.close();
            } catch (IOException e) {
                // released by the operating system as the process ends
            }
        }

        private void awaitFinish() {
            try {
                done.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The runs are over: from here on an interruption waits for the final files. Parks if interrupted. */
        void finishing() {
            synchronized (this) {
                if (!requested.get()) {
                    finishing = true;
                    return;
                }
            }
            // the hook is recording the interruption and the JVM ends when it returns: write nothing more
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    // keep waiting for the end
                }
            }
        }

        void finished() {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(this);
            } catch (IllegalStateException e) {
                // the JVM is ending: the hook only waits for done
            }
        }
    }

    /** "Sweep NAME: 12 runs in 3.1 s (3.87 runs/s on 2 threads); 12 of 12 runs of the sweep done, 0 failed." */
    public String summary(Result r) {
        return String.format(java.util.Locale.ROOT, "Sweep %s%s: %d runs in %.1f s (%.2f runs/s on %d thread%s); %d of %d runs of %s done, %d failed.",
                sweep.name(), shard.isWhole() ? "" : " shard " + shard, r.ok + r.failed, r.wallSeconds,
                r.wallSeconds > 0 ? (r.ok + r.failed) / r.wallSeconds : 0, threads, threads == 1 ? "" : "s", r.done(), r.planned,
                shard.isWhole() ? "the sweep" : "this shard", r.failedNow());
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
        AtomicFiles.writeString(dir.resolve(DESIGN), b);
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

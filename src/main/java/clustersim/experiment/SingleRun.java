package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.io.AtomicFiles;
import clustersim.io.FolderBusyException;
import clustersim.io.FolderLock;
import clustersim.metrics.Metric;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterModel;
import clustersim.scenario.Scenario;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One headless run with its outputs: timeseries.csv (one row a step), firms.csv (one row a firm at the
 * end) and run.json (resolved parameters, seed, version, commit, wall time). Each file is written under a
 * temporary name and renamed only when the run has finished, so a failed run leaves no CSV posing as
 * complete and does not overwrite the outputs of an earlier run.
 */
public final class SingleRun {
    public static final String TIMESERIES = "timeseries.csv";
    public static final String FIRMS = "firms.csv";
    public static final String RUN_JSON = "run.json";
    /** Held while a run writes its folder: a second run into the same folder is refused. */
    public static final String LOCK = ".run.lock";

    private final Scenario scenario;
    private final long seed;
    private final int steps;

    public SingleRun(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
        this.steps = scenario.steps();
    }

    /** What a finished run reports. */
    public static final class Result {
        public final ClusterModel model;
        public final Path directory;
        public final List<Path> files;
        public final double wallSeconds;

        Result(ClusterModel model, Path directory, List<Path> files, double wallSeconds) {
            this.model = model;
            this.directory = directory;
            this.files = files;
            this.wallSeconds = wallSeconds;
        }

        public double finalMetric(Metric m) {
            return ClusterMetrics.of(model).get(m);
        }
    }

    /**
     * Runs the model and writes its three files into {@code dir}, holding {@link #LOCK} there meanwhile.
     *
     * @throws FolderBusyException if another run is writing into the same folder (nothing is written)
     * @throws AtomicFiles.CannotWrite naming the file that could not be written and why; no temporary is left
     */
    public Result writeTo(Path dir, MetricsListener progress) throws IOException, FolderBusyException {
        boolean newFolder = !Files.exists(dir);
        AtomicFiles.createFolder(dir);
        boolean done = false;
        try {
            try (FolderLock lock = FolderLock.take(dir, LOCK)) {
                deleteStaleTemporaries(dir);
                Result r = writeLocked(dir, progress, lock);
                done = true;
                return r;
            }
        } finally {
            // a failed run into a folder of its own leaves no empty folder behind (only an empty one is removed)
            if (!done && newFolder) AtomicFiles.removeQuietly(dir);
        }
    }

    /** Temporaries of runs killed before they could clean up (no other run writes here: we hold the lock). */
    private static void deleteStaleTemporaries(Path dir) throws IOException {
        for (String name : List.of(TIMESERIES, FIRMS, RUN_JSON)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + name + "*.part")) {
                for (Path p : s) Files.deleteIfExists(p);
            }
        }
    }

    private Result writeLocked(Path dir, MetricsListener progress, FolderLock lock) throws IOException {
        Path ts = dir.resolve(TIMESERIES), firms = dir.resolve(FIRMS), json = dir.resolve(RUN_JSON);
        // temporaries of their own, so that not even a writer that ignores the lock can mix its lines into ours
        Path tsTmp = temporary(ts), firmsTmp = temporary(firms), jsonTmp = temporary(json);
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        ClusterModel model;
        // Ctrl-C ends the JVM without running finally blocks: the hook leaves the folder as it was before
        Thread cleanup = new Thread(() -> {
            AtomicFiles.removeQuietly(tsTmp);
            AtomicFiles.removeQuietly(firmsTmp);
            AtomicFiles.removeQuietly(jsonTmp);
            try {
                lock.close();
            } catch (IOException e) {
                // the JVM is ending; the next run deletes what is left
            }
        }, "clustersim-run-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            try (OutputStream out = Files.newOutputStream(tsTmp); TimeseriesWriter writer = new TimeseriesWriter(out)) {
                model = progress == null
                        ? HeadlessRun.run(scenario.config(), seed, steps, writer)
                        : HeadlessRun.run(scenario.config(), seed, steps, writer, progress);
            } catch (UncheckedIOException e) {
                throw AtomicFiles.cannotWrite(ts, e.getCause());
            } catch (IOException e) {
                throw AtomicFiles.cannotWrite(ts, e);
            }
            try (OutputStream out = Files.newOutputStream(firmsTmp)) {
                FirmTable.write(model, out);
            } catch (IOException e) {
                throw AtomicFiles.cannotWrite(firms, e);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            try {
                Files.writeString(jsonTmp, runJson(model, start, Instant.now(), wall), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw AtomicFiles.cannotWrite(json, e);
            }
            commit(tsTmp, ts);
            commit(firmsTmp, firms);
            commit(jsonTmp, json);
            return new Result(model, dir, List.of(ts, firms, json), wall);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // already shutting down: the hook does the rest
            }
            AtomicFiles.removeQuietly(tsTmp);
            AtomicFiles.removeQuietly(firmsTmp);
            AtomicFiles.removeQuietly(jsonTmp);
        }
    }

    private static void commit(Path tmp, Path target) throws IOException {
        try {
            AtomicFiles.commit(tmp, target);
        } catch (IOException e) {
            throw AtomicFiles.cannotWrite(target, e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIAL = new java.util.concurrent.atomic.AtomicLong();

    /** A temporary name no other writer uses: this process's id and a serial number. */
    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet() + ".part");
    }

    private String runJson(ClusterModel model, Instant start, Instant end, double wall) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "clustersim");
        m.put("version", Provenance.version());
        m.put("git_commit", Provenance.gitCommit());
        m.put("scenario", scenario.name());
        m.put("scenario_file", scenario.source());
        m.put("seed", seed);
        m.put("steps", steps);
        m.put("started", start.toString());
        m.put("finished", end.toString());
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        Map<String, Object> fin = new LinkedHashMap<>();
        String[] cols = ClusterMetrics.of(model).columns();
        double[] vals = ClusterMetrics.of(model).values();
        // undefined in the last month: null, as JSON readers expect (NaN is not JSON)
        for (int k = 0; k < Metric.FIXED; k++) fin.put(cols[k], Double.isNaN(vals[k]) ? null : vals[k]);
        m.put("final", fin);
        List<String> stageColumns = new ArrayList<>();
        for (int s = 0; s < model.chain().size() - 1; s++) stageColumns.add("s" + (s + 1) + " = " + model.chain().get(s).name);
        m.put("stage_columns", stageColumns);
        m.put("resolved", scenario.resolved());
        List<String> changes = new ArrayList<>();
        for (ClusterModel.ParameterChange c : model.parameterChanges()) changes.add(c.toString());
        m.put("parameter_changes", changes);
        return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().create().toJson(m) + "\n";
    }
}

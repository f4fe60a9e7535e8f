package clustersim.experiment;

import clustersim.io.CsvFormat;
import clustersim.io.AtomicFiles;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;

/**
 * Executes runs of a sweep in one warm JVM on a fixed number of threads. Each worker takes the next run
 * of the plan, builds its own model (models share nothing), hears its metrics through an
 * {@link OutcomeWindow}, and appends the finished row. A run that throws is written to failures.csv and
 * the sweep goes on; a failure to write the results themselves stops the sweep.
 */
public final class SweepRunner {
    /** Told after each run, from the worker thread that ran it. */
    public interface Listener {
        void runFinished(int runId, boolean ok);
    }

    /** How one model is run: {@link HeadlessRun#run}, or a stand-in that tests make fail. */
    interface ModelRun {
        void run(ClusterConfig config, long seed, int steps, MetricsListener... listeners);
    }

    private final RunPlan plan;
    private final Sweep sweep;
    private final int threads;
    private final ModelRun model;

    public SweepRunner(RunPlan plan, int threads) {
        this(plan, threads, HeadlessRun::run);
    }

    SweepRunner(RunPlan plan, int threads, ModelRun model) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.plan = plan;
        this.sweep = plan.sweep();
        this.threads = threads;
        this.model = model;
    }

    /** Counts of one execution. */
    public record Counts(int ok, int failed) {
    }

    /** runs.csv header: run_id, point_id, replication, seed, the factors, the outcomes. */
    public static String runsHeader(Sweep sweep) {
        StringBuilder b = new StringBuilder("run_id,point_id,replication,seed");
        for (Factor f : sweep.factors()) b.append(',').append(f.name());
        for (String l : sweep.labels()) b.append(',').append(l);
        for (String m : sweep.outcomes().columns()) b.append(',').append(m);
        return b.toString();
    }

    public static String failuresHeader(Sweep sweep) {
        StringBuilder b = new StringBuilder("run_id,point_id,replication,seed");
        for (Factor f : sweep.factors()) b.append(',').append(f.name());
        for (String l : sweep.labels()) b.append(',').append(l);
        return b.append(",error").toString();
    }

    static int runsFields(Sweep sweep) {
        return 4 + sweep.factors().size() + sweep.labels().size() + sweep.outcomes().columns().size();
    }

    /**
     * Runs every run of the plan and keeps no rows: for benchmarks, which measure the runner (threads,
     * models, outcome windows) without the disk.
     */
    public Counts runDiscardingRows(Listener listener) throws IOException {
        int[] all = new int[plan.size()];
        for (int k = 0; k < all.length; k++) all[k] = plan.runId(k);
        return run(all, null, null, null, listener, new AtomicBoolean());
    }

    /**
     * Runs the given run ids (a subset of the plan, in the plan's order) and appends their rows (not when
     * {@code runs} and {@code failures} are null).
     *
     * @param timeseries folder for one gzip CSV per run, or null for none
     * @param stop       once true, workers start no more runs (an interrupted sweep)
     */
    Counts run(int[] todo, AppendOnlyCsv runs, AppendOnlyCsv failures, Path timeseries, Listener listener, AtomicBoolean stop) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger(), failed = new AtomicInteger();
        List<Throwable> fatal = new ArrayList<>();
        int width = Long.toString(sweep.runCount()).length();
        Runnable worker = () -> {
            while (true) {
                synchronized (fatal) {
                    if (!fatal.isEmpty()) return;
                }
                if (stop.get()) return;
                int k = next.getAndIncrement();
                if (k >= todo.length) return;
                int id = todo[k];
                try {
                    boolean good = runOne(id, runs, failures, timeseries, width);
                    (good ? ok : failed).incrementAndGet();
                    if (listener != null) listener.runFinished(id, good);
                } catch (IOException | RuntimeException | Error e) {
                    synchronized (fatal) {
                        fatal.add(e);
                    }
                    return;
                }
            }
        };
        int n = Math.max(1, Math.min(threads, todo.length));
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread th = new Thread(worker, "sweep-worker-" + (t + 1));
            pool.add(th);
            th.start();
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the sweep's workers", e);
            }
        }
        if (!fatal.isEmpty()) {
            Throwable e = fatal.get(0);
            if (e instanceof IOException) throw (IOException) e;
            throw new IOException("the sweep stopped: " + e, e);
        }
        return new Counts(ok.get(), failed.get());
    }

    /** Runs one model and records it; returns false if the model threw. Throws only if recording fails. */
    private boolean runOne(int id, AppendOnlyCsv runs, AppendOnlyCsv failures, Path timeseries, int width) throws IOException {
        int point = plan.pointId(id), rep = plan.replication(id);
        long seed = plan.seed(id);
        double[] outcomes;
        try {
            ClusterConfig config = sweep.configAt(point);
            OutcomeWindow window = new OutcomeWindow(sweep.outcomes(), sweep.steps());
            if (timeseries == null) {
                model.run(config, seed, sweep.steps(), window);
            } else {
                runWithTimeseries(config, seed, window, timeseries.resolve(timeseriesName(id, width)), id);
            }
            outcomes = window.outcomes(sweep.outcomes().window);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (VirtualMachineError e) {
            if (!(e instanceof OutOfMemoryError || e instanceof StackOverflowError)) throw e;
            if (failures != null) failures.append(failureRow(id, point, rep, seed, e));
            return false;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            if (failures != null) failures.append(failureRow(id, point, rep, seed, e));
            return false;
        }
        if (runs == null) return true;
        StringBuilder b = prefix(id, point, rep, seed);
        for (double v : outcomes) b.append(',').append(CsvFormat.number(v));
        runs.append(b.toString());
        return true;
    }

    private void runWithTimeseries(ClusterConfig config, long seed, MetricsListener window, Path file, int id) throws IOException {
        Path tmp = AtomicFiles.temporary(file);
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 TimeseriesWriter w = new TimeseriesWriter(out, new String[] {"run_id"}, new String[] {Integer.toString(id)})) {
                model.run(config, seed, sweep.steps(), window, w);
            }
            AtomicFiles.commit(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** timeseries/run-000042.csv.gz: zero-padded, so that file listings sort by run_id. */
    static String timeseriesName(int id, int width) {
        return String.format("run-%0" + width + "d.csv.gz", id);
    }

    private StringBuilder prefix(int id, int point, int rep, long seed) {
        StringBuilder b = new StringBuilder(128);
        b.append(id).append(',').append(point).append(',').append(rep).append(',').append(seed);
        for (int j = 0; j < sweep.factors().size(); j++) b.append(',').append(CsvFormat.number(sweep.value(point, j)));
        for (int l = 0; l < sweep.labels().size(); l++) b.append(',').append(sweep.label(point, l));
        return b;
    }

    private String failureRow(int id, int point, int rep, long seed, Throwable e) {
        StringBuilder msg = new StringBuilder(e.toString());
        StackTraceElement[] st = e.getStackTrace();
        for (int k = 0; k < Math.min(4, st.length); k++) msg.append(k == 0 ? " at " : " < ").append(st[k]);
        String text = msg.toString().replace('\n', ' ').replace('\r', ' ');
        return prefix(id, point, rep, seed).append(',').append(CSVFormat.RFC4180.format(text)).toString();
    }
}

package clustersim.experiment;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a set of (configuration, seed) pairs on a pool of threads and keeps each run's whole time path of
 * some metrics: what scenario comparisons and the facts suite are made of. Each run is independent and
 * its path is stored under its own index, so the result is the same whatever the number of threads.
 */
public final class SeedPaths {
    private SeedPaths() {
    }

    /** One run to do. */
    public record Job(ClusterConfig config, long seed, int steps) {
    }

    /**
     * The path of one run: {@code values[t][k]} is metric {@code metrics.get(k)} at step t + 1. A metric
     * the model does not have (yet) is listed in {@link #missing()} and its values are NaN.
     */
    public record Path(List<String> metrics, double[][] values, List<String> missing) {
        /** The metric's value at every step (index 0 is step 1), or null when the model has no such metric. */
        public double[] series(String metric) {
            int k = metrics.indexOf(metric);
            if (k < 0) throw new IllegalArgumentException("metric '" + metric + "' was not recorded");
            if (missing.contains(metric)) return null;
            double[] out = new double[values.length];
            for (int t = 0; t < out.length; t++) out[t] = values[t][k];
            return out;
        }

        public int steps() {
            return values.length;
        }
    }

    /** Told when a run has finished (from a worker thread). */
    public interface Progress {
        void runDone(int index);
    }

    /**
     * @param metrics the columns to keep (any of timeseries.csv; unknown ones come back as missing)
     * @return one path per job, in the jobs' order
     */
    public static List<Path> run(List<Job> jobs, List<String> metrics, int threads, Progress progress) throws InterruptedException {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, jobs.size())), r -> {
            Thread t = new Thread(r, "clustersim-seed-paths");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Path>> fs = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                final int index = i;
                fs.add(pool.submit(() -> {
                    Path p = one(jobs.get(index), metrics);
                    if (progress != null) progress.runDone(index);
                    return p;
                }));
            }
            List<Path> out = new ArrayList<>();
            for (Future<Path> f : fs) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) throw r;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException(c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run, headless, on the calling thread. */
    public static Path one(Job job, List<String> metrics) {
        Recorder r = new Recorder(metrics, job.steps());
        HeadlessRun.run(job.config(), job.seed(), job.steps(), r);
        return new Path(List.copyOf(metrics), Arrays.copyOf(r.values, r.count), r.missing);
    }

    /** Copies the chosen columns of every step. */
    private static final class Recorder implements MetricsListener {
        private final List<String> metrics;
        private final double[][] values;
        private int[] columns;
        private final List<String> missing = new ArrayList<>();
        private int count;

        Recorder(List<String> metrics, int steps) {
            this.metrics = metrics;
            this.values = new double[steps][];
        }

        @Override
        public void stepMeasured(ClusterMetrics m) {
            if (columns == null) {
                List<String> all = Arrays.asList(m.columns());
                columns = new int[metrics.size()];
                for (int k = 0; k < columns.length; k++) {
                    columns[k] = all.indexOf(metrics.get(k));
                    if (columns[k] < 0) missing.add(metrics.get(k));
                }
            }
            if (count >= values.length) return;
            double[] v = m.values(), row = new double[columns.length];
            for (int k = 0; k < row.length; k++) row[k] = columns[k] < 0 ? Double.NaN : v[columns[k]];
            values[count++] = row;
        }
    }
}

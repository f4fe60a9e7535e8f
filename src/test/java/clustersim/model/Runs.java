package clustersim.model;

import clustersim.metrics.ClusterMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/** Test kit: runs a configuration over several seeds in parallel and summarises an outcome with a 95% CI. */
final class Runs {
    private Runs() {
    }

    /** Mean of a metric over the months of the last {@code window} of {@code steps} in which it is defined. */
    static Function<ClusterModel, Double> windowMean(String column, int steps, int window) {
        return model -> {
            double sum = 0;
            int defined = 0;
            while (model.stepsDone() < steps) {
                model.schedule.step(model);
                if (model.stepsDone() > steps - window) {
                    double v = ClusterMetrics.of(model).get(column);
                    if (Double.isNaN(v)) continue;
                    sum += v;
                    defined++;
                }
            }
            return defined > 0 ? sum / defined : Double.NaN;
        };
    }

    /** Means of several metrics over the last {@code window} of {@code steps} steps (one run, several outcomes). */
    static Function<ClusterModel, double[]> windowMeans(String[] columns, int steps, int window) {
        return model -> {
            double[] sum = new double[columns.length];
            int[] n = new int[columns.length];
            ClusterMetrics metrics = ClusterMetrics.of(model);
            while (model.stepsDone() < steps) {
                model.schedule.step(model);
                if (model.stepsDone() > steps - window) {
                    for (int k = 0; k < columns.length; k++) {
                        double v = metrics.get(columns[k]);
                        if (!Double.isNaN(v)) {
                            sum[k] += v;
                            n[k]++;
                        }
                    }
                }
            }
            for (int k = 0; k < columns.length; k++) sum[k] = n[k] > 0 ? sum[k] / n[k] : Double.NaN;
            return sum;
        };
    }

    /**
     * Means of several metrics over windows of {@code window} steps ending at each of {@code ends} (ascending;
     * the run stops at the last): result[column * ends.length + w].
     */
    static Function<ClusterModel, double[]> windowMeansEnding(String[] columns, int[] ends, int window) {
        return model -> {
            double[] sum = new double[columns.length * ends.length];
            int[] n = new int[sum.length];
            ClusterMetrics metrics = ClusterMetrics.of(model);
            while (model.stepsDone() < ends[ends.length - 1]) {
                model.schedule.step(model);
                long t = model.stepsDone();
                for (int w = 0; w < ends.length; w++) {
                    if (t <= ends[w] - window || t > ends[w]) continue;
                    for (int k = 0; k < columns.length; k++) {
                        double v = metrics.get(columns[k]);
                        if (Double.isNaN(v)) continue;
                        sum[k * ends.length + w] += v;
                        n[k * ends.length + w]++;
                    }
                }
            }
            for (int k = 0; k < sum.length; k++) sum[k] = n[k] > 0 ? sum[k] / n[k] : Double.NaN;
            return sum;
        };
    }

    /** Several outcomes per seed 1..seeds: result[outcome][seed]. */
    static double[][] overSeedsMany(ClusterConfig config, int seeds, Function<ClusterModel, double[]> outcome) {
        double[][] bySeed = new double[seeds][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<double[]>> fs = new ArrayList<>();
            for (int s = 1; s <= seeds; s++) {
                final long seed = s;
                fs.add(pool.submit(() -> {
                    ClusterModel m = new ClusterModel(seed, config);
                    ClusterMetrics.of(m);
                    m.start();
                    try {
                        return outcome.apply(m);
                    } finally {
                        m.finish();
                    }
                }));
            }
            for (int k = 0; k < seeds; k++) bySeed[k] = fs.get(k).get();
        } catch (Exception e) {
            throw new RuntimeException(e);
        } finally {
            pool.shutdown();
        }
        double[][] out = new double[bySeed[0].length][seeds];
        for (int k = 0; k < seeds; k++) for (int o = 0; o < out.length; o++) out[o][k] = bySeed[k][o];
        return out;
    }

    /** One outcome per seed 1..seeds, computed on fresh models in parallel. */
    static double[] overSeeds(ClusterConfig config, int seeds, Function<ClusterModel, Double> outcome) {
        return overSeedsMany(config, seeds, m -> new double[] {outcome.apply(m)})[0];
    }

    /** A mean with its 95% Student-t confidence interval. */
    static final class Estimate {
        final double mean, low, high;

        Estimate(double mean, double low, double high) {
            this.mean = mean;
            this.low = low;
            this.high = high;
        }

        static Estimate of(double[] x) {
            SummaryStatistics s = new SummaryStatistics();
            for (double v : x) s.addValue(v);
            double half = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975)
                    * s.getStandardDeviation() / Math.sqrt(x.length);
            return new Estimate(s.getMean(), s.getMean() - half, s.getMean() + half);
        }

        /** Difference of means a - b with Welch's 95% interval (seeds give independent histories). */
        static Estimate difference(double[] a, double[] b) {
            clustersim.analysis.WelchDifference d = clustersim.analysis.WelchDifference.of(a, b);
            return new Estimate(d.estimate(), d.low(), d.high());
        }

        @Override
        public String toString() {
            return String.format("%.4f [95%% CI %.4f, %.4f]", mean, low, high);
        }
    }
}

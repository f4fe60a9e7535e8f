package clustersim.analysis;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Percentile bootstrap over replications (Efron and Tibshirani 1993, ch. 13): the statistic is computed
 * again on samples of the replication indices drawn with replacement, and the 2.5% and 97.5% quantiles
 * of those values make the 95% interval. For statistics without a textbook interval (a ratio of means, a
 * range, the share of a rise in a band). A fixed generator seed makes the interval reproducible.
 */
public final class Bootstrap {
    public static final int RESAMPLES = 2000;
    private static final int SEED = 20261201;

    private Bootstrap() {
    }

    /**
     * @param n         the number of replications
     * @param statistic the statistic of a sample, given the replication indices it holds (with repeats)
     * @return {low, high}; NaN when n &lt; 2 or the statistic is NaN on most samples
     */
    public static double[] interval(int n, ToDoubleFunction<int[]> statistic) {
        if (n < 2) return new double[] {Double.NaN, Double.NaN};
        MersenneTwister rng = new MersenneTwister(SEED);
        double[] values = new double[RESAMPLES];
        int kept = 0;
        int[] idx = new int[n];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < n; i++) idx[i] = rng.nextInt(n);
            double v = statistic.applyAsDouble(idx);
            if (!Double.isNaN(v)) values[kept++] = v;
        }
        if (kept < RESAMPLES / 2) return new double[] {Double.NaN, Double.NaN};
        double[] v = Arrays.copyOf(values, kept);
        Arrays.sort(v);
        return new double[] {quantile(v, 0.025), quantile(v, 0.975)};
    }

    /** Linear interpolation between order statistics (type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Wilson's score interval (1927) of a proportion of {@code successes} in {@code n} trials at 95%: stays
     * inside [0, 1] and behaves at 0 and n, unlike the normal approximation.
     */
    public static double[] wilson(int successes, int n) {
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        double z = 1.959963984540054, p = (double) successes / n, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // at 0 or n successes the interval ends exactly on the bound (the formula gives 1e-17 off it)
        return new double[] {successes == 0 ? 0 : Math.max(0, centre - half), successes == n ? 1 : Math.min(1, centre + half)};
    }
}

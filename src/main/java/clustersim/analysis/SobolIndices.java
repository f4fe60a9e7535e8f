package clustersim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * First- and total-order Sobol' indices from a Saltelli (2010) radial sample: for N base samples, the
 * outcome at A_i, at B_i and at AB_i^j (A_i with factor j taken from B_i). First order by Saltelli et
 * al. (2010, table 2 (b)): S_j = mean(f(B)(f(AB^j) - f(A))) / V; total order by Jansen (1999):
 * ST_j = mean((f(A) - f(AB^j))^2) / (2V); V the variance of f over A and B together (the estimators of
 * SALib's sobol.analyze). S_j is the share of the outcome's variance that factor j explains alone;
 * ST_j includes all its interactions, so ST_j - S_j measures how much j acts through other factors.
 * Confidence intervals: percentile bootstrap over base samples, from a seeded generator, so the same
 * data give the same intervals.
 */
public final class SobolIndices {
    public final double[] first;
    public final double[] firstLow;
    public final double[] firstHigh;
    public final double[] total;
    public final double[] totalLow;
    public final double[] totalHigh;
    /** Base samples used (those with every outcome defined). */
    public final int n;
    /** The outcome's variance over A and B. */
    public final double variance;
    public final int resamples;

    private SobolIndices(double[][] est, double[][] lo, double[][] hi, int n, double variance, int resamples) {
        this.first = est[0];
        this.total = est[1];
        this.firstLow = lo[0];
        this.totalLow = lo[1];
        this.firstHigh = hi[0];
        this.totalHigh = hi[1];
        this.n = n;
        this.variance = variance;
        this.resamples = resamples;
    }

    /**
     * @param fA  outcome at A_i, i = 1..N
     * @param fB  outcome at B_i
     * @param fAB fAB[j][i]: outcome at AB_i^j
     * @param resamples bootstrap resamples for the 95% intervals (0: intervals NaN)
     * @param seed seed of the bootstrap's generator
     * @return the indices, or null when fewer than 2 base samples have every outcome or the outcome does not vary
     */
    public static SobolIndices of(double[] fA, double[] fB, double[][] fAB, int resamples, long seed) {
        int k = fAB.length;
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < fA.length; i++) {
            boolean ok = !Double.isNaN(fA[i]) && !Double.isNaN(fB[i]);
            for (int j = 0; j < k && ok; j++) ok = !Double.isNaN(fAB[j][i]);
            if (ok) keep.add(i);
        }
        int n = keep.size();
        if (n < 2) return null;
        double[] a = new double[n], b = new double[n];
        double[][] ab = new double[k][n];
        for (int r = 0; r < n; r++) {
            int i = keep.get(r);
            a[r] = fA[i];
            b[r] = fB[i];
            for (int j = 0; j < k; j++) ab[j][r] = fAB[j][i];
        }
        int[] all = new int[n];
        for (int r = 0; r < n; r++) all[r] = r;
        double v = variance(a, b, all);
        if (!(v > 0)) return null;
        double[][] est = estimate(a, b, ab, all);
        double[][] lo = new double[2][k], hi = new double[2][k];
        for (double[] x : lo) Arrays.fill(x, Double.NaN);
        for (double[] x : hi) Arrays.fill(x, Double.NaN);
        if (resamples > 0) {
            MersenneTwister rng = new MersenneTwister(seed);
            double[][][] boot = new double[2][k][resamples];
            int[] idx = new int[n];
            for (int s = 0; s < resamples; s++) {
                for (int r = 0; r < n; r++) idx[r] = rng.nextInt(n);
                double[][] e = estimate(a, b, ab, idx);
                for (int t = 0; t < 2; t++) for (int j = 0; j < k; j++) boot[t][j][s] = e[t][j];
            }
            for (int t = 0; t < 2; t++) {
                for (int j = 0; j < k; j++) {
                    double[] d = boot[t][j];
                    Arrays.sort(d);
                    lo[t][j] = Quantiles.sorted(d, 0.025);
                    hi[t][j] = Quantiles.sorted(d, 0.975);
                }
            }
        }
        return new SobolIndices(est, lo, hi, n, v, resamples);
    }

    /** [0]: first order, [1]: total order, over the base samples idx (with repeats). */
    private static double[][] estimate(double[] a, double[] b, double[][] ab, int[] idx) {
        int k = ab.length;
        double v = variance(a, b, idx);
        double[][] e = new double[2][k];
        for (int j = 0; j < k; j++) {
            double s1 = 0, st = 0;
            for (int i : idx) {
                double d = ab[j][i] - a[i];
                s1 += b[i] * d;
                st += d * d;
            }
            e[0][j] = s1 / idx.length / v;
            e[1][j] = st / (2.0 * idx.length) / v;
        }
        return e;
    }

    /** Variance (divisor 2n, as numpy's var) of f(A) and f(B) together. */
    private static double variance(double[] a, double[] b, int[] idx) {
        double m = 0;
        for (int i : idx) m += a[i] + b[i];
        m /= 2.0 * idx.length;
        double ss = 0;
        for (int i : idx) ss += (a[i] - m) * (a[i] - m) + (b[i] - m) * (b[i] - m);
        return ss / (2.0 * idx.length);
    }
}

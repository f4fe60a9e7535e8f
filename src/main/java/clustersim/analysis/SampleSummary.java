package clustersim.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and a two-sided Student-t confidence interval of the mean of a sample
 * (replications of one design point). Missing values (NaN) are left out. Sums run in the order given,
 * so a sample in a fixed order (by replication) gives bit-identical results.
 */
public final class SampleSummary {
    /** Confidence level of the intervals: 95%. */
    public static final double LEVEL = 0.95;

    public final int n;
    public final double mean;
    /** Sample standard deviation (n - 1 in the denominator); NaN when n &lt; 2. */
    public final double sd;
    public final double ciLow;
    public final double ciHigh;

    private SampleSummary(int n, double mean, double sd, double ciLow, double ciHigh) {
        this.n = n;
        this.mean = mean;
        this.sd = sd;
        this.ciLow = ciLow;
        this.ciHigh = ciHigh;
    }

    /** Summarises the first {@code length} values. */
    public static SampleSummary of(double[] values, int length) {
        int n = 0;
        double sum = 0;
        for (int k = 0; k < length; k++) {
            if (Double.isNaN(values[k])) continue;
            sum += values[k];
            n++;
        }
        if (n == 0) return new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = sum / n;
        if (n == 1) return new SampleSummary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        double ss = 0;
        for (int k = 0; k < length; k++) {
            if (Double.isNaN(values[k])) continue;
            double d = values[k] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half);
    }

    public static SampleSummary of(double[] values) {
        return of(values, values.length);
    }

    /**
     * Like {@link #of(double[])}, for a quantity known to lie in [lower, upper] (either end may be
     * infinite): the interval is computed on a scale where the range is the whole real line and mapped
     * back, so it never leaves the range. Two bounds: the logit of (x - lower) / (upper - lower); a lower
     * bound only: the log of x - lower; an upper bound only: the log of upper - x. The standard error is
     * carried over by the delta method (se / derivative of the transform at the mean), as Stata's
     * {@code proportion} does. A mean on a bound (every value there) has the point as its interval.
     * Without bounds this is the Student-t interval of {@link #of(double[])}.
     */
    public static SampleSummary of(double[] values, double lower, double upper) {
        SampleSummary t = of(values);
        boolean lo = !Double.isInfinite(lower), hi = !Double.isInfinite(upper);
        if (t.n < 2 || !(lo || hi)) return t;
        double m = t.mean, se = t.sd / Math.sqrt(t.n), q = tQuantile(t.n - 1);
        if (lo && hi) {
            double w = upper - lower, p = (m - lower) / w;
            if (!(p > 0 && p < 1)) return new SampleSummary(t.n, m, t.sd, m, m);
            double z = Math.log(p / (1 - p)), half = q * (se / w) / (p * (1 - p));
            return new SampleSummary(t.n, m, t.sd, lower + w * logistic(z - half), lower + w * logistic(z + half));
        }
        double d = lo ? m - lower : upper - m;
        if (!(d > 0)) return new SampleSummary(t.n, m, t.sd, m, m);
        double a = d * Math.exp(-q * se / d), b = d * Math.exp(q * se / d);
        return lo ? new SampleSummary(t.n, m, t.sd, lower + a, lower + b) : new SampleSummary(t.n, m, t.sd, upper - b, upper - a);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static final double[] QUANTILES = new double[1001];

    /** The (1 + LEVEL) / 2 quantile of Student's t with df degrees of freedom. */
    public static double tQuantile(int df) {
        if (df < QUANTILES.length) {
            synchronized (QUANTILES) {
                if (QUANTILES[df] == 0) QUANTILES[df] = quantile(df);
                return QUANTILES[df];
            }
        }
        return quantile(df);
    }

    private static double quantile(int df) {
        // no random generator: this distribution is only ever asked for quantiles
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }
}

package clustersim.analysis;

/** Quantiles of sorted samples. */
final class Quantiles {
    private Quantiles() {
    }

    /** The p-quantile of sorted values, interpolating linearly between order statistics (R's type 7). */
    static double sorted(double[] v, double p) {
        if (v.length == 0) return Double.NaN;
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}

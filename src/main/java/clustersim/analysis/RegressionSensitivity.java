package clustersim.analysis;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Standardised regression coefficients (SRC) of an outcome on the factors of a sampled design: the
 * change of the outcome, in its standard deviations, per standard deviation of a factor, from a linear
 * regression on all factors at once. With R^2 near 1 the SRC^2 add up to the share of the outcome's
 * variance each factor explains; a low R^2 warns that the response is non-linear or interacting and the
 * SRC tell only part of the story (Saltelli et al. 2008, Global Sensitivity Analysis, ch. 1.2).
 */
public final class RegressionSensitivity {
    /** One SRC per factor, in the factors' order. */
    public final double[] src;
    public final double rSquared;
    public final int n;

    private RegressionSensitivity(double[] src, double rSquared, int n) {
        this.src = src;
        this.rSquared = rSquared;
        this.n = n;
    }

    /**
     * @param x one row per run, one column per factor
     * @param y the outcome of each run (NaN rows are left out)
     * @return the SRC, or null when there are too few runs or a factor or the outcome does not vary
     */
    public static RegressionSensitivity of(double[][] x, double[] y) {
        int k = x.length == 0 ? 0 : x[0].length;
        int n = 0;
        for (double v : y) if (!Double.isNaN(v)) n++;
        if (k == 0 || n < k + 2) return null;
        double[][] xs = new double[n][k];
        double[] ys = new double[n];
        int i = 0;
        for (int r = 0; r < y.length; r++) {
            if (Double.isNaN(y[r])) continue;
            xs[i] = x[r].clone();
            ys[i++] = y[r];
        }
        double ySd = sd(ys);
        if (!(ySd > 0)) return null;
        double[] xSd = new double[k];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int r = 0; r < n; r++) col[r] = xs[r][j];
            xSd[j] = sd(col);
            if (!(xSd[j] > 0)) return null;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(ys, xs);
        double[] beta = ols.estimateRegressionParameters();
        double[] src = new double[k];
        for (int j = 0; j < k; j++) src[j] = beta[j + 1] * xSd[j] / ySd;
        return new RegressionSensitivity(src, ols.calculateRSquared(), n);
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (v.length - 1));
    }
}

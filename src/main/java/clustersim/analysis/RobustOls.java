package clustersim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Ordinary least squares with heteroskedasticity-robust standard errors, HC1 (White 1980 with the
 * degrees-of-freedom factor n / (n - p) of MacKinnon and White 1985; Stata's {@code regress, robust}):
 * Var(b) = n / (n - p) (X'X)^-1 X' diag(e_i^2) X (X'X)^-1. Robust, because the spread of a simulated
 * outcome changes across the design (a share near 0 or 1 varies little). t statistics against the
 * Student t with n - p degrees of freedom, as Stata does.
 */
public final class RobustOls {
    public final List<String> terms;
    public final double[] coefficient;
    public final double[] se;
    public final double[] t;
    public final double[] p;
    public final double rSquared;
    public final int n;

    private RobustOls(List<String> terms, double[] b, double[] se, double[] t, double[] p, double r2, int n) {
        this.terms = terms;
        this.coefficient = b;
        this.se = se;
        this.t = t;
        this.p = p;
        this.rSquared = r2;
        this.n = n;
    }

    /**
     * @param x     one row per observation, one column per regressor (no intercept: it is added first, as "(intercept)")
     * @param y     outcomes; rows with a NaN outcome are left out
     * @param names regressor names
     * @return the fit, or null when there are not more observations than coefficients or X'X is singular
     */
    public static RobustOls fit(double[][] x, double[] y, List<String> names) {
        int k = names.size(), p = k + 1;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < y.length; i++) if (!Double.isNaN(y[i])) rows.add(i);
        int n = rows.size();
        if (n <= p) return null;
        double[][] xm = new double[n][p];
        double[] yv = new double[n];
        for (int r = 0; r < n; r++) {
            int i = rows.get(r);
            xm[r][0] = 1;
            System.arraycopy(x[i], 0, xm[r], 1, k);
            yv[r] = y[i];
        }
        RealMatrix X = new Array2DRowRealMatrix(xm, false);
        RealMatrix xtxInv;
        try {
            xtxInv = new LUDecomposition(X.transpose().multiply(X), 1e-12).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            return null;
        }
        double[] b = xtxInv.operate(X.transpose().operate(new ArrayRealVector(yv, false))).toArray();
        double[] e = new double[n];
        double my = 0;
        for (double v : yv) my += v;
        my /= n;
        double sse = 0, sst = 0;
        for (int r = 0; r < n; r++) {
            double fit = 0;
            for (int c = 0; c < p; c++) fit += xm[r][c] * b[c];
            e[r] = yv[r] - fit;
            sse += e[r] * e[r];
            sst += (yv[r] - my) * (yv[r] - my);
        }
        // meat: X' diag(e^2) X
        double[][] meat = new double[p][p];
        for (int r = 0; r < n; r++) {
            double w = e[r] * e[r];
            for (int c = 0; c < p; c++) for (int d = 0; d < p; d++) meat[c][d] += w * xm[r][c] * xm[r][d];
        }
        RealMatrix v = xtxInv.multiply(new Array2DRowRealMatrix(meat, false)).multiply(xtxInv).scalarMultiply(n / (double) (n - p));
        double[] se = new double[p], t = new double[p], pv = new double[p];
        TDistribution td = new TDistribution(null, n - p);
        for (int c = 0; c < p; c++) {
            se[c] = Math.sqrt(v.getEntry(c, c));
            t[c] = b[c] / se[c];
            pv[c] = Double.isNaN(t[c]) ? Double.NaN : 2 * td.cumulativeProbability(-Math.abs(t[c]));
        }
        List<String> terms = new ArrayList<>();
        terms.add("(intercept)");
        terms.addAll(names);
        return new RobustOls(terms, b, se, t, pv, sst > 0 ? 1 - sse / sst : Double.NaN, n);
    }

    /**
     * The regressors of a model with main effects and all pairwise interactions, each factor centred at
     * its sample mean (so a main effect is the slope at the other factors' means, and products are not
     * nearly collinear with their factors) and its product terms named "a:b".
     */
    public static Design interactions(double[][] factors, List<String> names) {
        int k = names.size(), n = factors.length;
        double[] mean = new double[k];
        for (double[] row : factors) for (int j = 0; j < k; j++) mean[j] += row[j] / n;
        List<String> terms = new ArrayList<>(names);
        for (int a = 0; a < k; a++) for (int c = a + 1; c < k; c++) terms.add(names.get(a) + ":" + names.get(c));
        double[][] x = new double[n][terms.size()];
        for (int i = 0; i < n; i++) {
            int col = 0;
            for (int j = 0; j < k; j++) x[i][col++] = factors[i][j] - mean[j];
            for (int a = 0; a < k; a++) for (int c = a + 1; c < k; c++) x[i][col++] = (factors[i][a] - mean[a]) * (factors[i][c] - mean[c]);
        }
        return new Design(x, terms, mean);
    }

    /** Regressors built from factors: the matrix, the term names, and the means the factors were centred at. */
    public record Design(double[][] x, List<String> terms, double[] centre) {
    }
}

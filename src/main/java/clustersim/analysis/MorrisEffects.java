package clustersim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Morris's (1991) elementary effects from one-at-a-time trajectories, with Campolongo et al.'s (2007)
 * mu*: for each factor, the elementary effects EE = (f(x + delta e_j) - f(x)) / delta measured along the
 * trajectories, with x in the unit cube (so an EE is the change of the outcome per whole range of the
 * factor). mu* (mean |EE|) ranks the factors by overall influence; mu (mean EE) gives the direction when
 * effects do not change sign; sigma (standard deviation of EE) is large when the effect depends on where
 * in the space it is measured: non-linearity or interaction. mu*'s 95% interval: a percentile bootstrap
 * over the effects, seeded.
 */
public final class MorrisEffects {
    public final double[] muStar;
    public final double[] muStarLow;
    public final double[] muStarHigh;
    public final double[] mu;
    public final double[] sigma;
    /** Elementary effects measured per factor. */
    public final int[] effects;

    private MorrisEffects(double[] muStar, double[] lo, double[] hi, double[] mu, double[] sigma, int[] effects) {
        this.muStar = muStar;
        this.muStarLow = lo;
        this.muStarHigh = hi;
        this.mu = mu;
        this.sigma = sigma;
        this.effects = effects;
    }

    /**
     * @param x unit-cube coordinates of the points, trajectory after trajectory, k + 1 points each, each
     *          point differing from the one before in exactly one factor
     * @param y the outcome at each point (a step with a NaN end gives no effect)
     */
    public static MorrisEffects of(double[][] x, double[] y, int resamples, long seed) {
        int k = x[0].length;
        if (x.length % (k + 1) != 0) throw new IllegalArgumentException(x.length + " points are not whole trajectories of " + (k + 1));
        List<List<Double>> ee = new ArrayList<>();
        for (int j = 0; j < k; j++) ee.add(new ArrayList<>());
        for (int t = 0; t < x.length; t += k + 1) {
            for (int s = t; s < t + k; s++) {
                int moved = -1;
                for (int j = 0; j < k; j++) {
                    if (x[s + 1][j] != x[s][j]) {
                        if (moved >= 0) throw new IllegalArgumentException("points " + s + " and " + (s + 1) + " differ in more than one factor");
                        moved = j;
                    }
                }
                if (moved < 0 || Double.isNaN(y[s]) || Double.isNaN(y[s + 1])) continue;
                ee.get(moved).add((y[s + 1] - y[s]) / (x[s + 1][moved] - x[s][moved]));
            }
        }
        double[] muStar = new double[k], mu = new double[k], sigma = new double[k], lo = new double[k], hi = new double[k];
        int[] count = new int[k];
        MersenneTwister rng = new MersenneTwister(seed);
        for (int j = 0; j < k; j++) {
            double[] e = ee.get(j).stream().mapToDouble(Double::doubleValue).toArray();
            count[j] = e.length;
            mu[j] = mean(e, false);
            muStar[j] = mean(e, true);
            double ss = 0;
            for (double v : e) ss += (v - mu[j]) * (v - mu[j]);
            sigma[j] = e.length > 1 ? Math.sqrt(ss / (e.length - 1)) : Double.NaN;
            lo[j] = hi[j] = Double.NaN;
            if (resamples > 0 && e.length > 1) {
                double[] boot = new double[resamples];
                for (int s = 0; s < resamples; s++) {
                    double sum = 0;
                    for (int r = 0; r < e.length; r++) sum += Math.abs(e[rng.nextInt(e.length)]);
                    boot[s] = sum / e.length;
                }
                Arrays.sort(boot);
                lo[j] = Quantiles.sorted(boot, 0.025);
                hi[j] = Quantiles.sorted(boot, 0.975);
            }
        }
        return new MorrisEffects(muStar, lo, hi, mu, sigma, count);
    }

    private static double mean(double[] e, boolean abs) {
        if (e.length == 0) return Double.NaN;
        double s = 0;
        for (double v : e) s += abs ? Math.abs(v) : v;
        return s / e.length;
    }
}

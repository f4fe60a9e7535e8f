package clustersim.experiment;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * How a sweep chooses its design points. Grid: every combination of the factors' levels, the first
 * factor varying slowest. Random: independent uniform draws. LHS: a Latin hypercube (each factor's range
 * cut into {@code samples} equal strata, each stratum used once, strata paired at random). Sobol': the
 * quasi-random sequence of Commons Math (Joe and Kuo direction numbers), without its first point (the
 * origin). File: points read from a CSV file (SALib, EMA Workbench, OpenMOLE). Random and LHS draw from a
 * MersenneTwisterFast seeded from the master seed ({@link RunSeeds#designSeed}), so the design is
 * reproducible.
 */
public enum Design {
    GRID, RANDOM, LHS, SOBOL, FILE, SALTELLI, MORRIS;

    /** The name used in sweep files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Design byKey(String key) {
        for (Design d : values()) if (d.key().equals(key)) return d;
        return null;
    }

    /** Whether the design needs {@code samples} and {min, max} factors. */
    public boolean isSampled() {
        return this == RANDOM || this == LHS || this == SOBOL || this == SALTELLI || this == MORRIS;
    }

    /** Design points of a sampling design of {@code samples} (N base samples, r trajectories). */
    public static long points(Design kind, int samples, int factors) {
        if (kind == SALTELLI) return (long) samples * (factors + 2);
        if (kind == MORRIS) return (long) samples * (factors + 1);
        return samples;
    }

    /**
     * Saltelli's (2010) radial sample for first- and total-order Sobol' indices: from a Sobol' sequence of
     * dimension 2k (from its point 64, see below), A is the first k columns and B the last k. Base
     * sample i contributes k + 2 consecutive points, in SALib's order (saltelli.sample with
     * calc_second_order=False): A_i, then AB_i^1 .. AB_i^k (A_i with factor j taken from B_i), then B_i.
     * So point (i - 1)(k + 2) + 1 is A_i, and a SALib user can read runs.csv in point order.
     */
    static double[][] saltelli(List<Factor> factors, int n) {
        int k = factors.size();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        // skip the first 64 points, the corners and centres of the cube: at the point after the origin A = B
        // in every dimension and the base sample would teach nothing. A fixed skip, not one growing with n
        // (SALib's 2^ceil(log2 n)), so that a larger n extends a smaller one point for point (--extend)
        sobol.skipTo(SALTELLI_SKIP);
        double[][] u = new double[n * (k + 2)][];
        for (int i = 0; i < n; i++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k), b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            int row = i * (k + 2);
            u[row] = a;
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                u[row + 1 + j] = ab;
            }
            u[row + k + 1] = b;
        }
        return scale(factors, u);
    }

    /**
     * Morris's (1991) one-at-a-time trajectories: {@code r} trajectories of k + 1 points on a grid of
     * {@code levels} levels per factor (levels even), each step moving one factor, in random order, by
     * delta = levels / (2 (levels - 1)) of its range, up or down at random. The start of each factor is
     * drawn uniformly among the levels from which that move stays inside the range. Trajectory t is points
     * (t - 1)(k + 1) + 1 .. t (k + 1). Drawn from the master seed's design generator.
     */
    static double[][] morris(List<Factor> factors, int r, int levels, long masterSeed) {
        int k = factors.size();
        long s = RunSeeds.designSeed(masterSeed);
        MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {(int) s, (int) (s >>> 32)});
        int jump = levels / 2; // delta in grid steps
        double[][] u = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            int[] order = new int[k];
            for (int j = 0; j < k; j++) order[j] = j;
            for (int j = k - 1; j > 0; j--) {
                int m = rng.nextInt(j + 1);
                int x = order[j];
                order[j] = order[m];
                order[m] = x;
            }
            int[] level = new int[k];
            int[] dir = new int[k];
            for (int j = 0; j < k; j++) {
                dir[j] = rng.nextBoolean() ? 1 : -1;
                // levels - jump starting levels allow the move: 0 .. levels - jump - 1 upwards, jump .. levels - 1 down
                int start = rng.nextInt(levels - jump);
                level[j] = dir[j] > 0 ? start : start + jump;
            }
            int row = t * (k + 1);
            u[row] = unit(level, levels);
            for (int step = 0; step < k; step++) {
                int j = order[step];
                level[j] += dir[j] * jump;
                u[row + step + 1] = unit(level, levels);
            }
        }
        return scale(factors, u);
    }

    private static double[] unit(int[] level, int levels) {
        double[] u = new double[level.length];
        for (int j = 0; j < u.length; j++) u[j] = level[j] / (double) (levels - 1);
        return u;
    }

    /** Unit-cube points to factor values; u = 1 (Morris's top level) is the range's maximum. */
    private static double[][] scale(List<Factor> factors, double[][] u) {
        double[][] points = new double[u.length][factors.size()];
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < factors.size(); j++) {
                Factor f = factors.get(j);
                points[i][j] = u[i][j] >= 1 ? f.max : f.at(u[i][j]);
            }
        }
        return points;
    }

    /** Every combination of the factors' levels; the last factor varies fastest. */
    static double[][] grid(List<Factor> factors) {
        long n = 1;
        for (Factor f : factors) n *= f.levelCount();
        double[][] points = new double[(int) n][factors.size()];
        for (int i = 0; i < n; i++) {
            long rest = i;
            for (int j = factors.size() - 1; j >= 0; j--) {
                double[] lv = factors.get(j).levels();
                points[i][j] = lv[(int) (rest % lv.length)];
                rest /= lv.length;
            }
        }
        return points;
    }

    /** {@code samples} points of a random, Latin hypercube or Sobol' design over the factors' ranges. */
    static double[][] sample(Design kind, List<Factor> factors, int samples, long masterSeed) {
        int d = factors.size();
        double[][] u = new double[samples][d];
        long s = RunSeeds.designSeed(masterSeed);
        MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {(int) s, (int) (s >>> 32)});
        switch (kind) {
            case RANDOM:
                for (double[] row : u) for (int j = 0; j < d; j++) row[j] = rng.nextDouble();
                break;
            case LHS:
                for (int j = 0; j < d; j++) {
                    int[] stratum = new int[samples];
                    for (int i = 0; i < samples; i++) stratum[i] = i;
                    for (int i = samples - 1; i > 0; i--) {
                        int k = rng.nextInt(i + 1);
                        int t = stratum[i];
                        stratum[i] = stratum[k];
                        stratum[k] = t;
                    }
                    for (int i = 0; i < samples; i++) u[i][j] = (stratum[i] + rng.nextDouble()) / samples;
                }
                break;
            case SOBOL:
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(d);
                sobol.nextVector(); // the origin: every factor at its minimum, a corner rather than a sample
                for (int i = 0; i < samples; i++) u[i] = sobol.nextVector();
                break;
            default:
                throw new IllegalArgumentException(kind + " is not a sampling design");
        }
        double[][] points = new double[samples][d];
        for (int i = 0; i < samples; i++) for (int j = 0; j < d; j++) points[i][j] = factors.get(j).at(u[i][j]);
        return points;
    }

    /** Sobol' points a saltelli design skips. */
    static final int SALTELLI_SKIP = 64;

    /** Largest Sobol' dimension Commons Math's built-in direction numbers support. */
    static final int SOBOL_MAX_DIMENSION = 1000;
}

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
    GRID, RANDOM, LHS, SOBOL, FILE;

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
        return this == RANDOM || this == LHS || this == SOBOL;
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

    /** Largest Sobol' dimension Commons Math's built-in direction numbers support. */
    static final int SOBOL_MAX_DIMENSION = 1000;
}

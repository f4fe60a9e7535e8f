package clustersim.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {
    /** Ishigami and Homma (1990), a = 7, b = 0.1, factors uniform on [-pi, pi]. */
    static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Its indices, analytically (Sobol' and Levitan 1999): first order and total order. */
    static final double[] FIRST = {0.3139, 0.4424, 0.0};
    static final double[] TOTAL = {0.5576, 0.4424, 0.2437};

    static SobolIndices ishigamiIndices(int n, int resamples) {
        int k = 3;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(n);
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int i = 0; i < n; i++) {
            double[] u = sobol.nextVector();
            double[] a = new double[k], b = new double[k];
            for (int j = 0; j < k; j++) {
                a[j] = -Math.PI + 2 * Math.PI * u[j];
                b[j] = -Math.PI + 2 * Math.PI * u[k + j];
            }
            fA[i] = ishigami(a);
            fB[i] = ishigami(b);
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                fAB[j][i] = ishigami(ab);
            }
        }
        return SobolIndices.of(fA, fB, fAB, resamples, 1);
    }

    @Test
    void recoversTheIshigamiFunctionsKnownIndices() {
        SobolIndices s = ishigamiIndices(4096, 200);
        for (int j = 0; j < 3; j++) {
            assertEquals(FIRST[j], s.first[j], 0.05, "first order of x" + (j + 1));
            assertEquals(TOTAL[j], s.total[j], 0.05, "total order of x" + (j + 1));
            assertTrue(s.firstLow[j] <= s.first[j] && s.first[j] <= s.firstHigh[j], "the estimate lies in its interval");
            assertTrue(s.totalLow[j] < TOTAL[j] + 0.05 && s.totalHigh[j] > TOTAL[j] - 0.05, "the interval is near the truth");
        }
    }

    @Test
    void bootstrapIntervalsAreTheSameForTheSameSeedAndNarrowWithMoreSamples() {
        SobolIndices a = ishigamiIndices(256, 100), b = ishigamiIndices(256, 100);
        assertArrayEquals(a.firstLow, b.firstLow, 0.0);
        assertArrayEquals(a.totalHigh, b.totalHigh, 0.0);
        SobolIndices big = ishigamiIndices(4096, 100);
        assertTrue(big.totalHigh[0] - big.totalLow[0] < a.totalHigh[0] - a.totalLow[0]);
    }

    @Test
    void baseSamplesWithAMissingOutcomeAreLeftOutAndAConstantOutcomeHasNoIndices() {
        double[] fA = {1, 2, Double.NaN, 4}, fB = {2, 1, 3, 3};
        double[][] fAB = {{1, 1, 1, 1}};
        assertEquals(3, SobolIndices.of(fA, fB, fAB, 0, 1).n);
        assertNull(SobolIndices.of(new double[] {1, 1}, new double[] {1, 1}, new double[][] {{1, 1}}, 0, 1));
    }
}

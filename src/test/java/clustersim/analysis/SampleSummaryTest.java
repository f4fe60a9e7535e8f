package clustersim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleSummaryTest {
    @Test
    void studentTIntervalOfTheMean() {
        // 1..10: mean 5.5, sd sqrt(55/6); t(0.975, 9) = 2.262157 (tables)
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        SampleSummary s = SampleSummary.of(v);
        assertEquals(10, s.n);
        assertEquals(5.5, s.mean, 1e-12);
        assertEquals(Math.sqrt(55.0 / 6), s.sd, 1e-12);
        assertEquals(2.2621571627, SampleSummary.tQuantile(9), 1e-8);
        double half = 2.2621571627 * Math.sqrt(55.0 / 6) / Math.sqrt(10);
        assertEquals(5.5 - half, s.ciLow, 1e-8);
        assertEquals(5.5 + half, s.ciHigh, 1e-8);
        assertEquals(12.7062047362, SampleSummary.tQuantile(1), 1e-8);
    }

    @Test
    void missingValuesAreLeftOutAndOneValueHasNoInterval() {
        SampleSummary s = SampleSummary.of(new double[] {2, Double.NaN, 4});
        assertEquals(2, s.n);
        assertEquals(3, s.mean, 0);
        SampleSummary one = SampleSummary.of(new double[] {7});
        assertEquals(7, one.mean, 0);
        assertTrue(Double.isNaN(one.sd) && Double.isNaN(one.ciLow));
        assertEquals(0, SampleSummary.of(new double[] {Double.NaN}).n);
    }

    @Test
    void regressionCoefficientsRankTheFactors() {
        // y = 3 x1 - 0.5 x2 on a grid: x1 dominates, x2 is negative, the fit is exact
        int n = 0;
        double[][] x = new double[25][];
        double[] y = new double[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                x[n] = new double[] {i, j};
                y[n++] = 3 * i - 0.5 * j;
            }
        }
        RegressionSensitivity s = RegressionSensitivity.of(x, y);
        assertNotNull(s);
        assertEquals(1, s.rSquared, 1e-9);
        assertTrue(s.src[0] > 0.9 && s.src[1] < 0 && s.src[1] > -0.3, java.util.Arrays.toString(s.src));
        assertEquals(1, s.src[0] * s.src[0] + s.src[1] * s.src[1], 1e-9, "uncorrelated factors: SRC^2 sum to R^2");
        assertNull(RegressionSensitivity.of(new double[][] {{1}, {2}}, new double[] {1, 2}), "too few runs");
    }
}

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

    @Test
    void aShareKeepsItsIntervalInsideZeroToOne() {
        // issue 11 item 13: a share that is 0 in most runs; the Student-t interval goes below 0
        double[] v = {0, 0, 0, 0, 0, 0, 0, 0.02, 0, 0.3};
        SampleSummary t = SampleSummary.of(v);
        assertTrue(t.ciLow < 0, "the plain t interval leaves the range: " + t.ciLow);
        SampleSummary b = SampleSummary.of(v, 0, 1);
        assertEquals(t.mean, b.mean, 0);
        assertEquals(t.sd, b.sd, 0);
        assertTrue(b.ciLow > 0 && b.ciLow < b.mean && b.mean < b.ciHigh && b.ciHigh < 1, b.ciLow + " " + b.ciHigh);
        double[] high = {1, 1, 1, 0.97, 1, 0.8};
        SampleSummary h = SampleSummary.of(high, 0, 1);
        assertTrue(SampleSummary.of(high).ciHigh > 1 && h.ciHigh < 1 && h.ciLow < h.mean, h.ciLow + " " + h.ciHigh);
    }

    @Test
    void aBoundedIntervalIsTheLogitOfTheDeltaMethod() {
        // mean 0.5, sd 0.1, n 4: logit 0 +- t(3) * (0.05 / 0.25), mapped back
        double[] v = {0.4, 0.6, 0.4, 0.6};
        SampleSummary b = SampleSummary.of(v, 0, 1);
        double sd = Math.sqrt(4 * 0.01 / 3), half = SampleSummary.tQuantile(3) * sd / 2 / 0.25;
        assertEquals(1 / (1 + Math.exp(half)), b.ciLow, 1e-12);
        assertEquals(1 / (1 + Math.exp(-half)), b.ciHigh, 1e-12);
    }

    @Test
    void aCountKeepsItsIntervalAboveZeroAndAllValuesOnTheBoundGiveThePoint() {
        double[] v = {0, 0, 0, 5, 0};
        SampleSummary b = SampleSummary.of(v, 0, Double.POSITIVE_INFINITY);
        assertTrue(SampleSummary.of(v).ciLow < 0 && b.ciLow > 0 && b.ciHigh > b.mean, b.ciLow + " " + b.ciHigh);
        SampleSummary zero = SampleSummary.of(new double[] {0, 0, 0}, 0, 1);
        assertEquals(0, zero.ciLow, 0);
        assertEquals(0, zero.ciHigh, 0);
        SampleSummary free = SampleSummary.of(new double[] {-1, 2, 3}, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(SampleSummary.of(new double[] {-1, 2, 3}).ciLow, free.ciLow, 0);
    }
}

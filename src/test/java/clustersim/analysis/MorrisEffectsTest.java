package clustersim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MorrisEffectsTest {
    /** r Morris trajectories on a 4-level grid of the unit cube (delta = 2/3), for the test only. */
    static double[][] trajectories(int r, int k, long seed) {
        Random rng = new Random(seed);
        double delta = 2.0 / 3;
        double[][] x = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            double[] p = new double[k];
            for (int j = 0; j < k; j++) p[j] = rng.nextInt(2) / 3.0; // 0 or 1/3: room to move up by delta
            x[t * (k + 1)] = p.clone();
            for (int s = 0; s < k; s++) {
                int j = (s + t) % k;
                p[j] += delta;
                x[t * (k + 1) + s + 1] = p.clone();
            }
        }
        return x;
    }

    static MorrisEffects screen(ToDoubleFunction<double[]> f, int k) {
        double[][] x = trajectories(40, k, 5);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = f.applyAsDouble(x[i]);
        return MorrisEffects.of(x, y, 200, 3);
    }

    @Test
    void ranksTheFactorsOfSobolsGFunctionByImportance() {
        // G(x) = prod (|4 x_j - 2| + a_j) / (1 + a_j): the smaller a_j, the more x_j matters (Saltelli et al. 2008, 3.4)
        double[] a = {0, 1, 4.5, 9, 99};
        MorrisEffects m = screen(u -> {
            double g = 1;
            for (int j = 0; j < a.length; j++) g *= (Math.abs(4 * u[j] - 2) + a[j]) / (1 + a[j]);
            return g;
        }, a.length);
        for (int j = 0; j + 1 < a.length; j++) {
            assertTrue(m.muStar[j] > m.muStar[j + 1], "mu*: " + java.util.Arrays.toString(m.muStar));
        }
    }

    @Test
    void ishigamisThirdFactorActsOnlyThroughTheFirst() {
        // x3 enters as 0.1 x3^4 sin(x1): its effects change sign with x1, so mu is small beside mu* and sigma
        MorrisEffects m = screen(u -> SobolIndicesTest.ishigami(new double[] {
            -Math.PI + 2 * Math.PI * u[0], -Math.PI + 2 * Math.PI * u[1], -Math.PI + 2 * Math.PI * u[2]}), 3);
        assertTrue(m.sigma[2] > m.muStar[2], "sigma " + m.sigma[2] + " mu* " + m.muStar[2]);
        assertTrue(Math.abs(m.mu[2]) < 0.5 * m.muStar[2], "mu " + m.mu[2] + " mu* " + m.muStar[2]);
    }

    @Test
    void aLinearFunctionHasItsSlopesAsMuAndNoSpread() {
        MorrisEffects m = screen(u -> 4 * u[0] - 2 * u[1] + u[2] + 0 * u[3], 4);
        assertEquals(4, m.muStar[0], 1e-9);
        assertEquals(-2, m.mu[1], 1e-9);
        assertEquals(2, m.muStar[1], 1e-9);
        assertEquals(1, m.muStar[2], 1e-9);
        assertEquals(0, m.muStar[3], 1e-9);
        for (int j = 0; j < 4; j++) {
            assertEquals(0, m.sigma[j], 1e-9);
            assertEquals(40, m.effects[j]);
        }
    }

    @Test
    void anInteractionShowsAsSpread() {
        MorrisEffects m = screen(u -> u[0] * u[1] + 0.5 * u[2], 3);
        assertTrue(m.sigma[0] > 0.1 && m.sigma[1] > 0.1);
        assertEquals(0, m.sigma[2], 1e-9);
    }
}
